#!/usr/bin/env bash
# Sets up (see setup.sh) and runs the whole test suite, then the linters.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
.venv/bin/ruff check reader tests tools bench main.py
.venv/bin/mypy
