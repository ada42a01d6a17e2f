#!/usr/bin/env bash
# Sets up the app and the test toolchain (tools/setup.sh --test), then runs the whole test suite, ruff
# and mypy. Each of them runs whatever the others found, the end says how each went, and the exit
# status is not 0 if any of them failed.
#
#   bash tools/test.sh                 # everything (docs/testing.md)
#   bash tools/test.sh tests/ui -x     # pytest with these arguments instead of the whole suite, then ruff and mypy
#
# The whole suite runs in two groups: the tests that need nothing but their own process run in
# parallel (pytest-xdist, one worker per CPU, at most 4; a module marked xdist_group stays on one
# worker); the screen-reader and sound tests, which start their own display, D-Bus session, AT-SPI bus,
# Orca or sound server, run one at a time after.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh --test || exit
export QT_QPA_PLATFORM=offscreen

SERIAL="orca or atspi or sound"
workers=$(nproc 2>/dev/null || echo 2)
((workers > 4)) && workers=4

results=()
failed=0
step() {
  local name=$1
  shift
  echo "== $name"
  local started=$SECONDS status=0
  "$@" || status=$?
  local took=$((SECONDS - started))
  if ((status == 0)); then
    results+=("$name: passed (${took} s)")
  else
    results+=("$name: FAILED, exit status $status (${took} s)")
    failed=1
  fi
}

started=$SECONDS
if (($#)); then
  step "pytest $*" .venv/bin/python -m pytest "$@"
else
  step "pytest, independent tests ($workers processes)" .venv/bin/python -m pytest -n "$workers" --dist loadgroup \
    -m "not ($SERIAL)"
  step "pytest, screen-reader and sound tests (one at a time)" .venv/bin/python -m pytest -m "$SERIAL"
fi
step "ruff" .venv/bin/ruff check reader tests tools bench main.py
step "mypy" .venv/bin/mypy

echo
echo "== Summary ($((SECONDS - started)) s)"
printf '%s\n' "${results[@]}"
exit $failed
