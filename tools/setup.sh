#!/usr/bin/env bash
# Install Testimony Annotator from this checkout into ./.venv. No root needed.
usage() {
  cat <<'EOF'
usage: tools/setup.sh [test] [--no-system]

Makes .venv in this checkout with the app and its command line (.venv/bin/annotator).
  test          also the test tools (pytest, pytest-qt, hypothesis, ruff, mypy, import-linter)
  --no-system   leave the system alone: don't check or install the libraries Qt needs
  -h, --help    this text

Then it checks that the system libraries Qt's window needs are there (ldd on PySide6's Qt
files; no display needed). Missing ones are installed when that needs no password (as root,
or sudo without a prompt) with apt-get, dnf or pacman; otherwise it prints the packages and
the command someone with admin rights would run, and the command line works all the same.
EOF
}
mode=app
system=1
for arg in "$@"; do
  case "$arg" in
    test) mode="test" ;;
    --no-system) system=0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "setup: unknown argument '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "setup: $*" >&2; }
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Who may install system packages without a password: root, or sudo that never asks (-n).
admin=none
if [ "$(id -u)" = 0 ]; then
  admin=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  admin="sudo -n"
fi

# Install system packages quietly; on failure show the package manager's own words.
system_install() { # distro packages...
  local distro=$1; shift
  say "installing the system packages Qt needs: $*"
  case "$distro" in
    debian)
      { $admin env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
          && $admin env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
      } >"$log" 2>&1 ;;
    fedora) $admin dnf install -y -q "$@" >"$log" 2>&1 ;;
    arch) $admin pacman -S --needed --noconfirm "$@" >"$log" 2>&1 ;;
    *) return 1 ;;
  esac || { say "installing them failed:"; tail -n 20 "$log" >&2; return 1; }
}

# Python 3.11 or newer.
python=""
for candidate in python3 python3.14 python3.13 python3.12 python3.11; do
  if command -v "$candidate" >/dev/null 2>&1 \
    && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$candidate; break
  fi
done
if [ -z "$python" ]; then
  say "needs Python 3.11 or newer. Someone with admin rights can install it:"
  echo "  Debian/Ubuntu:  sudo apt-get install python3 python3-venv" >&2
  echo "  Fedora:  sudo dnf install python3" >&2
  echo "  Arch:  sudo pacman -S --needed python" >&2
  exit 1
fi
distro=$("$python" tools/qt_libs.py distro) # debian, fedora, arch or unknown

# The venv. Debian and Ubuntu ship venv's pip bootstrap (ensurepip) in a package of its own.
if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  if ! "$python" -m venv --clear .venv >"$log" 2>&1; then
    if [ "$system" = 1 ] && [ "$admin" != none ] && [ "$distro" = debian ]; then
      system_install debian python3-venv || exit 1
      "$python" -m venv --clear .venv >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    else
      say "$python can't make a virtual environment (no ensurepip)."
      if [ "$distro" = debian ] || [ "$distro" = unknown ]; then
        say "Someone with admin rights can install it with:  sudo apt-get install python3-venv"
      else
        cat "$log" >&2
      fi
      exit 1
    fi
  fi
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = test ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi

# The system libraries Qt's window needs (the command line needs none of them).
window=yes
if [ "$system" = 1 ]; then
  if [ "$admin" != none ] && [ "$distro" != unknown ]; then
    missing=$(.venv/bin/python tools/qt_libs.py missing --distro "$distro")
    # shellcheck disable=SC2086
    [ -z "$missing" ] || system_install "$distro" $missing || true
  fi
  report=$(.venv/bin/python tools/qt_libs.py report --distro "$distro") || window=no
  [ -z "$report" ] || echo "$report" >&2
fi

.venv/bin/annotator --version >/dev/null || { say "the command line was installed but does not start (.venv/bin/annotator --version)."; exit 1; }
if [ "$system" = 0 ]; then
  say "done (Qt's system libraries not checked: --no-system). Run .venv/bin/annotator (the app) or .venv/bin/annotator --help (the command line)."
elif [ "$window" = yes ]; then
  say "done. Run .venv/bin/annotator (the app) or .venv/bin/annotator --help (the command line)."
else
  say "done. The command line works now: .venv/bin/annotator --help; the app's window once the packages above are in."
fi
