#!/usr/bin/env bash
# Installs what Herning Læser needs on Debian 12 / Ubuntu: the missing Debian packages (with sudo when
# not root) and the Python environment in .venv.
#
#   bash tools/setup.sh          # what the app needs to run (tools/run.sh calls this)
#   bash tools/setup.sh --test   # that, and the test toolchain (tools/test.sh calls this)
#
# When another program is installing packages (an update, unattended-upgrades), it waits for it to
# finish (up to APT_LOCK_WAIT seconds) instead of giving up.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=run
case "${1:-}" in
  "") ;;
  --test) mode=test ;;
  *) echo "usage: bash tools/setup.sh [--test]" >&2; exit 2 ;;
esac

# To run: Qt's xcb platform (a real window), the fonts Qt falls back to, and read aloud: espeak-ng (its
# library and voices), ALSA (with aplay, to check a sound card) and PulseAudio's client library, which
# the sound device (PyPI miniaudio) opens on a desktop with PulseAudio or PipeWire.
RUN_PACKAGES=(
  python3-venv python3-pip
  libx11-xcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  fonts-dejavu-core
  espeak-ng alsa-utils libpulse0
)
# To test, besides: a private X server, D-Bus session and AT-SPI bus for the screen-reader tests (tests/atspi),
# Orca with a window manager and a key presser (tests/orca, and the bundle's window in tests/test_bundle.py),
# a private PulseAudio sound server to record what is heard (tests/speech/test_heard.py), PDF text
# extraction (poppler-utils) and a Java runtime for EPUBCheck (the EPUB take-away's tests).
TEST_PACKAGES=(
  xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi
  orca openbox xdotool x11-utils libglib2.0-bin dconf-gsettings-backend gsettings-desktop-schemas
  pulseaudio pulseaudio-utils
  poppler-utils
  default-jre-headless
)
APT_LOCK_WAIT=${APT_LOCK_WAIT:-900}  # seconds to wait for another apt or dpkg to finish

packages=("${RUN_PACKAGES[@]}")
[ "$mode" = test ] && packages+=("${TEST_PACKAGES[@]}")

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"

apt_get() {
  # English messages (the lock check below reads them); dpkg's own lock is waited for by apt itself.
  LC_ALL=C DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout="$APT_LOCK_WAIT" "$@"
}

update_package_lists() {
  # apt-get update takes the package lists' lock without waiting (DPkg::Lock::Timeout covers dpkg's
  # lock, not that one): while another apt holds it, wait for it to be released, up to the same deadline.
  local deadline=$((SECONDS + APT_LOCK_WAIT)) output
  while ! output=$(apt_get update -qq 2>&1); do
    if [[ $output != *"Could not get lock"* ]] || ((SECONDS >= deadline)); then
      echo "$output" >&2
      return 1
    fi
    echo "Another program is installing packages; waiting for it to finish..."
    sleep 5
  done
}

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if ((${#missing[@]})); then
    echo "Installing Debian packages: ${missing[*]}"
    update_package_lists
    apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# The Python environment: the app alone to run it, with the dev extras to test it; reinstalled only
# when pyproject.toml changes. An environment set up for the tests also runs the app.
[ -x .venv/bin/python ] || python3 -m venv .venv
fingerprint=$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -e ".venv/.installed-$mode-$fingerprint" ] && [ ! -e ".venv/.installed-test-$fingerprint" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "$mode" = test ]; then
    .venv/bin/python -m pip install -q -e '.[dev]'
  else
    .venv/bin/python -m pip install -q -e .
  fi
  rm -f .venv/.installed-*
  touch ".venv/.installed-$mode-$fingerprint"
fi
