#!/usr/bin/env bash
# Takes the window screenshots shown in the README, from the real window under a virtual display.
# Needs: xvfb xdotool imagemagick, and `cargo build --release` first. Usage: assets/screenshots/take.sh
# (CONVENTIO_BIN=target/debug/conventio uses a debug build instead.)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=assets/screenshots
display=:${SCREENSHOT_DISPLAY:-57}
Xvfb "$display" -screen 0 1280x820x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1

# Opens the app on FILE in LANGUAGE with a throw-away data folder; sets $app and $window.
launch() {
  local language=$1 file=$2
  home=$(mktemp -d)
  CONVENTIO_HOME=$home LANG=$language "${CONVENTIO_BIN:-./target/release/conventio}" "$file" >/dev/null 2>&1 &
  app=$!
  window=$(xdotool search --sync --onlyvisible --pid "$app" | head -1)
  xdotool windowsize "$window" 1280 820
  # No window manager here: give the window the keyboard by hand.
  xdotool windowfocus "$window" 2>/dev/null
  sleep 1.5
  # Escape dismisses the "file opened" notice, whose path would differ between machines (the
  # first one leaves the name field, which has the keyboard focus when the window opens).
  key Escape; key Escape
}

key() { xdotool key "$@" 2>/dev/null; sleep 0.6; }
shot() { import -window "$window" "$out/app-$1.png"; }
click() { xdotool mousemove --window "$window" "$1" "$2" click 1; sleep 0.6; }
quit() { kill "$app"; wait "$app" 2>/dev/null || true; rm -rf "$home"; }

for lang in fr nl; do
  case $lang in fr) locale=fr_BE.UTF-8 ;; nl) locale=nl_BE.UTF-8 ;; esac

  # A specialist's valid partial adherence: every step from start to review.
  launch "$locale" assets/examples/specialist-partial-valid.json
  shot "$lang-doctor"
  key ctrl+Next; shot "$lang-choice"
  key ctrl+Next; key ctrl+Next; shot "$lang-review"
  key ctrl+Prior; key ctrl+Prior; key ctrl+Prior; key ctrl+Prior; shot "$lang-start"
  quit

  # A GP's schedule that breaks the limits: the first finding selects its slots in the grid.
  launch "$locale" assets/examples/gp-partial-invalid.json
  key ctrl+Next; key ctrl+Next
  click 1100 200
  shot "$lang-schedule"
  if [ "$lang" = fr ]; then
    click 758 80; shot fr-list                 # the "Liste" toggle
    click 686 80                               # back to the week
    xdotool windowsize "$window" 1024 700; sleep 1; shot small-schedule
  fi
  quit
done

# Keyboard focus, small screens and zoom (issue 9), in French.
launch fr_BE.UTF-8 assets/examples/gp-partial-valid.json
# Ctrl+Page Down to the choice: the focus lands on the chosen card; one Tab to the next card.
key ctrl+Next; key Tab; shot fr-focus-ring
key ctrl+Next
# The week at 130 % zoom.
key ctrl+plus; key ctrl+plus; key ctrl+plus; shot fr-grid-130
key ctrl+0
quit

# The list view in a 1024×700 window, with a long site name (Dutch).
long=$(mktemp --suffix=.json)
sed 's/Cabinet Ixelles/Wijkgezondheidscentrum Ledeberg/' assets/examples/gp-partial-valid.json > "$long"
launch nl_BE.UTF-8 "$long"
xdotool windowsize "$window" 1024 700; sleep 1
key ctrl+Next; key ctrl+Next
# The focus is on "Add a slot"; Shift+Tab reaches the "List" toggle, Enter shows the list.
key shift+Tab; key Return; sleep 0.5; shot nl-list-1024
quit
rm -f "$long"
