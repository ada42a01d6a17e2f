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
# Orca or sound server, run one at a time beside them.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh --test || exit
export QT_QPA_PLATFORM=offscreen

SERIAL="orca or atspi or sound"
workers=$(nproc 2>/dev/null || echo 2)
((workers > 4)) && workers=4

results=()
failed=0
record() {  # name, exit status, seconds
  if (($2 == 0)); then
    results+=("$1: passed ($3 s)")
  else
    results+=("$1: FAILED, exit status $2 ($3 s)")
    failed=1
  fi
}
step() {
  local name=$1
  shift
  echo "== $name"
  local started=$SECONDS status=0
  "$@" || status=$?
  record "$name" "$status" $((SECONDS - started))
}

started=$SECONDS
if (($#)); then
  step "pytest $*" .venv/bin/python -m pytest "$@"
else
  # The screen-reader and sound tests run one at a time, beside the others: each starts private services
  # of its own (display, D-Bus session, sound server), so they share nothing with them. Their output
  # follows the others'.
  serial_name="pytest, screen-reader and sound tests (one at a time, beside the others)"
  serial_log=$(mktemp)
  serial_took=$(mktemp)  # its own time, not the time until the other group ends too
  {
    serial_started=$SECONDS
    .venv/bin/python -m pytest -m "$SERIAL" >"$serial_log" 2>&1
    serial_status=$?
    echo $((SECONDS - serial_started)) >"$serial_took"
    exit $serial_status
  } &
  serial=$!
  step "pytest, independent tests ($workers processes)" .venv/bin/python -m pytest -n "$workers" --dist loadgroup \
    -m "not ($SERIAL)"
  serial_status=0
  wait "$serial" || serial_status=$?
  echo "== $serial_name"
  cat "$serial_log"
  record "$serial_name" "$serial_status" "$(cat "$serial_took")"
  rm -f "$serial_log" "$serial_took"
fi
step "ruff" .venv/bin/ruff check reader tests tools bench main.py
step "mypy" .venv/bin/mypy

echo
echo "== Summary ($((SECONDS - started)) s)"
printf '%s\n' "${results[@]}"
exit $failed
