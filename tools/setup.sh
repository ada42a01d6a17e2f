#!/usr/bin/env bash
# Installs what Herning Læser needs on Debian 12 / Ubuntu: system packages (only the
# missing ones, with sudo when not root) and the Python environment in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb platform (a real window), fonts, speech (espeak-ng + aplay), sound checks
# (sox), PDF text extraction (poppler-utils), the AT-SPI accessibility bus for the
# screen-reader tests, Orca with a window manager and a key presser for the test where a
# real screen reader narrates the app (tests/orca) and for the packaged app's test
# (tests/test_bundle.py), and a Java runtime for EPUBCheck (the EPUB export tests).
DEBIAN_PACKAGES=(
  python3-venv python3-pip
  libx11-xcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  fonts-dejavu-core
  espeak-ng alsa-utils sox libpulse0 pulseaudio pulseaudio-utils
  xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi
  orca openbox xdotool x11-utils libglib2.0-bin dconf-gsettings-backend gsettings-desktop-schemas
  poppler-utils
  default-jre-headless
)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# The Python environment, reinstalled only when pyproject.toml changes.
[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -e "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  rm -f .venv/.installed-* && touch "$stamp"
fi
