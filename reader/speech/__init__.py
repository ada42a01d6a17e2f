"""Read aloud: the speech text (spoken.py), the engines (synthesis.py), the worker process that owns the
engine and the sound (worker.py, stream.py) and the service the window talks to (service.py).

``WORKER_OPTION`` is the app's hidden first argument that runs its speech worker instead: how the window
starts the worker, the same way from source (``python -m reader``), an installed package and a frozen bundle.
"""

from __future__ import annotations

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
