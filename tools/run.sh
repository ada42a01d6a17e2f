#!/usr/bin/env bash
# Sets up what the app needs to run (tools/setup.sh) and starts Herning Læser; arguments go to the
# app (--help lists them).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
exec .venv/bin/python main.py "$@"
