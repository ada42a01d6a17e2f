"""``python -m reader``: the app, or with the hidden first argument ``--speech-worker`` its speech
worker, which then loads none of the window's modules."""

import sys

from reader.speech import WORKER_OPTION, run_speech_worker

if sys.argv[1:2] == [WORKER_OPTION]:
    sys.exit(run_speech_worker())

from reader.app import main

sys.exit(main())
