"""Herning Læser: an accessible reader for Herning Kommune's Børne- og Ungepolitik."""

__version__ = "0.1.0"
# The app's hidden first argument that runs its speech worker instead (reader/speech/worker.py): how the
# window starts the worker, the same way from source, an installed package and a frozen bundle.
WORKER_OPTION = "--speech-worker"
