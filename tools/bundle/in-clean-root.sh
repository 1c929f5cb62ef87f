#!/bin/bash
# Run by tools/bundle/try-in-clean-root inside the clean root (bash, coreutils, X tools; no Python):
# the bundle's checks and start times. Argument: how many runs each time is measured over.
set -u
RUNS="${1:-5}"
A=/opt/testimony-annotator/annotator
export ANNOTATOR_CONFIG_DIR=/root/.config/testimony-annotator ANNOTATOR_CODER=mina
fails=0
check() {  # check WHAT COMMAND...: run it, show its output, count a failure
  local what=$1
  shift
  echo "\$ $*"
  if "$@" 2>&1 | sed 's/^/    /'; [ "${PIPESTATUS[0]}" = 0 ]; then :; else echo "FAILED: $what"; fails=$((fails + 1)); fi
}
echo "python3 here: $(command -v python3 python 2>/dev/null || echo none) ($(ls /usr/bin/python* /usr/lib/python3* 2>/dev/null | wc -l) python files)"

check "version" "$A" --version
check "demo" "$A" demo -o /tmp/d.sqlite
check "info" "$A" info /tmp/d.sqlite
check "literal search" "$A" search /tmp/d.sqlite 브로커 --limit 2
echo "\$ $A search /tmp/d.sqlite 팔다 --mode word   (no Korean analyzer in this bundle: one line, exit 1)"
"$A" search /tmp/d.sqlite 팔다 --mode word 2>&1 | sed 's/^/    /'
echo "    exit status ${PIPESTATUS[0]}"

# encryption at rest (SQLCipher inside the bundle)
cp /tmp/d.sqlite /tmp/e.sqlite
printf 'correct horse battery staple\n' >/tmp/pass
check "encrypt" "$A" --passphrase-file /tmp/pass encrypt /tmp/e.sqlite --remove-plaintext
check "open encrypted" "$A" --passphrase-file /tmp/pass info /tmp/e.sqlite
echo "\$ $A info /tmp/e.sqlite   (no passphrase: refused in one line)"
"$A" info /tmp/e.sqlite </dev/null 2>&1 | sed 's/^/    /'
echo "\$ head -c 16 /tmp/e.sqlite | od -c   (not 'SQLite format 3')"
head -c 16 /tmp/e.sqlite | od -c | head -1 | sed 's/^/    /'

# --- start times --------------------------------------------------------------------------
now() { date +%s%N; }
evict() {  # drop the bundle's and the system libraries' pages from the page cache
  sync  # dirty pages (the archive was just unpacked) cannot be dropped
  find /opt/testimony-annotator /usr/lib /usr/share/fonts -type f -exec dd if={} iflag=nocache count=0 status=none \; 2>/dev/null
}
cached() { fincore -b -n -o RES /opt/testimony-annotator/_internal/libpython3.11.so.1.0 2>/dev/null | tr -d ' '; }
stats() {  # stats LABEL MS...: min / median / max
  local label=$1
  shift
  local sorted
  sorted=$(printf '%s\n' "$@" | sort -n | tr '\n' ' ')
  local arr=($sorted)
  echo "$label: median ${arr[$((${#arr[@]} / 2))]} ms (min ${arr[0]}, max ${arr[-1]}; runs: $*)"
}
evict
echo "page cache check: libpython resident after eviction: $(cached) bytes"
cold=()
warm=()
for _ in $(seq "$RUNS"); do
  evict
  t0=$(now); "$A" --version >/dev/null; t1=$(now)
  cold+=($(((t1 - t0) / 1000000)))
done
for _ in $(seq "$RUNS"); do
  t0=$(now); "$A" --version >/dev/null; t1=$(now)
  warm+=($(((t1 - t0) / 1000000)))
done
stats "annotator --version, cold" "${cold[@]}"
evict
echo "page cache check: libpython resident after eviction: $(cached) bytes"
stats "annotator --version, warm" "${warm[@]}"

# A free display number, reachable only through this root's /tmp/.X11-unix: the root shares the
# host's network namespace, hence its abstract sockets ("local"), where another X server may sit.
# -noreset: a client connecting while the last one leaves would find a server resetting.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp -nolisten local -noreset 3>/tmp/display \
  >/tmp/xvfb.log 2>&1 &
xvfb=$!
for _ in $(seq 200); do [ -s /tmp/display ] && break; sleep 0.05; done
export DISPLAY=":$(cat /tmp/display)"
xwininfo -root >/dev/null || { echo "FAILED: Xvfb ($(tr '\n' ' ' </tmp/xvfb.log))"; exit 1; }
window_of() {  # the id of the mapped window whose title holds $1, else nothing
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | grep -F "$1" | awk '{print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q "IsViewable" && { echo "$id"; return; }
  done
}
open_window() {  # open_window TITLE_PART LOG COMMAND...: start the app, wait for its window; ms in $took
  local part=$1 log=$2
  shift 2
  local t0 t1
  t0=$(now)
  "$@" >"$log" 2>&1 &
  app=$!
  win=""
  for _ in $(seq 600); do  # every 50 ms: the poll's own processes must not slow the app down much
    win=$(window_of "$part")
    [ -n "$win" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.05
  done
  t1=$(now)
  took=$(((t1 - t0) / 1000000))
  [ -n "$win" ] || { echo "FAILED: no window with '$part' (log: $(tr '\n' ' ' <"$log"))"; fails=$((fails + 1)); }
}
close_window() { kill -TERM "$app" 2>/dev/null; wait "$app" 2>/dev/null; }
TITLE="Demo: fictional testimonies"
cold=()
warm=()
for _ in $(seq "$RUNS"); do
  evict
  open_window "$TITLE" /tmp/gui.log "$A" gui /tmp/d.sqlite
  cold+=("$took")
  close_window
done
for _ in $(seq "$RUNS"); do
  open_window "$TITLE" /tmp/gui.log "$A" gui /tmp/d.sqlite
  warm+=("$took")
  close_window
done
stats "window with the project open, cold" "${cold[@]}"
stats "window with the project open, warm" "${warm[@]}"

# Screenshots: `annotator` with no command on a fresh config (it builds the demo project and opens
# it), in English; then `annotator gui` in Korean (the bundle's translations, Noto CJK).
rm -rf "$ANNOTATOR_CONFIG_DIR"
open_window "$TITLE" /tmp/gui-en.log "$A"
echo "annotator (no command, first run): window after $took ms"
sleep 3
xwd -silent -id "$win" -out /tmp/shot-en.xwd || { echo "FAILED: xwd"; fails=$((fails + 1)); }
close_window
open_window "$TITLE" /tmp/gui-ko.log env LANG=ko_KR.UTF-8 LC_CTYPE=C.UTF-8 "$A" gui /tmp/d.sqlite
sleep 3
xwd -silent -id "$win" -out /tmp/shot-ko.xwd || { echo "FAILED: xwd (Korean)"; fails=$((fails + 1)); }
close_window
kill "$xvfb"
echo "app log lines (English run): $(wc -l </tmp/gui-en.log); warnings: $(grep -ci -E 'warn|error|cannot' /tmp/gui-en.log)"
grep -i -E 'warn|error|cannot' /tmp/gui-en.log | head -5 | sed 's/^/    /'
echo "$fails failed checks"
exit "$fails"
