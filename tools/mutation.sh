#!/usr/bin/env bash
# Mutation testing of the Qt-free modules with mutmut (README, "Mutation testing"). Slow (about half
# an hour on two shared cores), so not part of CI. Runs at the lowest priority, one test process at a time.
#
#   bash tools/mutation.sh                           # reader/document, speech/spoken.py, reader/presentation
#   bash tools/mutation.sh "reader.presentation.*"   # one module (mutmut's name patterns)
#
# Prints the score of each module: killed / all mutants ("no tests": no selected test runs that code).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh --test
.venv/bin/python -m pip install -q -e '.[mutation]'
export QT_QPA_PLATFORM=offscreen
nice -n 19 .venv/bin/mutmut run --max-children 1 "$@" >/dev/null
.venv/bin/mutmut results --all true | .venv/bin/python tools/mutation_score.py
