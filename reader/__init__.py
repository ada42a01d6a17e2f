"""Herning Læser: an accessible reader for Herning Kommune's Børne- og Ungepolitik."""

__version__ = "0.1.0"
# The app's hidden first argument that runs its speech worker instead (reader/speech/worker.py): how the
# window starts the worker, the same way from source, an installed package and a frozen bundle.
WORKER_OPTION = "--speech-worker"


def run_speech_worker() -> int:
    """Runs the speech worker. Even a worker that cannot be imported answers on its protocol and exits:
    in a frozen app an exception left to the windowed bootloader would become a message box behind the
    window."""
    try:
        from reader.speech import worker
    except Exception as error:
        import json

        print(json.dumps({"ev": "error", "id": None, "code": "engine", "message": f"{type(error).__name__}: {error}"}),
              flush=True)
        return 1
    return worker.main()
