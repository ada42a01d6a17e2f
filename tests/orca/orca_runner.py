"""Starts Orca (Debian's screen reader) with no speech server, every utterance logged.

Runs in Debian's /usr/bin/python3 (Orca is a Debian package), inside the test's D-Bus session:

    orca_runner.py DEBUG_LOG

Not /usr/bin/orca: with speech-dispatcher and no sound card Orca 43 hangs waiting for the
speech server, its --debug-file is block-buffered, and --replace kills every process named
"orca" of the user. Here Orca's own module runs with the "no speech server" factory and a
line-buffered debug file, where each utterance appears as ``SPEECH OUTPUT: '...'``.
"""

from __future__ import annotations

import sys

from orca import debug, settings  # type: ignore[import-not-found]


def main() -> int:
    debug.debugLevel = debug.LEVEL_ALL
    debug.eventDebugLevel = debug.LEVEL_OFF
    debug.debugFile = open(sys.argv[1], "w", buffering=1, encoding="utf-8")  # noqa: SIM115 - Orca writes to it until it ends
    settings.speechFactoryModules = []
    from orca import orca  # type: ignore[import-not-found]

    manager = orca.getSettingsManager()
    manager.activate(None, {"speechServerFactory": "no_speech_server", "enableSpeech": True})
    return int(orca.main() or 0)


if __name__ == "__main__":
    sys.exit(main())
