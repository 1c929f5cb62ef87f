#!/usr/bin/env bash
# Install Testimony Annotator from this checkout into ./.venv, with what Qt needs on Debian/Ubuntu.
#   tools/setup.sh          the app
#   tools/setup.sh test     the app plus the test tools (pytest, pytest-qt, hypothesis, ruff, mypy, import-linter)
set -euo pipefail
cd "$(dirname "$0")/.."
QT_DEBS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0 xvfb xauth \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 \
libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fonts-noto-cjk fonts-dejavu-core python3-venv"
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  echo "setup: installing the Debian packages Qt needs (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $QT_DEBS >/dev/null
fi
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi
echo "setup: done. Run .venv/bin/annotator (the app) or .venv/bin/annotator --help (the command line)." >&2
