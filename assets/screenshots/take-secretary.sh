#!/usr/bin/env bash
# Screenshots of the secretary's desk (issue 12): the calendar import preview on the schedule step
# and the practice overview, in French and Dutch, from the real window under a virtual display.
# Needs: xvfb xdotool imagemagick python3 and a build (CONVENTIO_BIN, default target/release/conventio).
# SHOTS="overview" retakes only the overview; DESK_HOME names the (fresh) data folder to use.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=assets/screenshots
display=:${SCREENSHOT_DISPLAY:-58}
Xvfb "$display" -screen 0 1280x820x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1
bin=${CONVENTIO_BIN:-./target/release/conventio}
# Relative to the repository, where the app is started: the picture shows no path of this machine.
fixture=tests/fixtures/ics/outlook.ics

key() { xdotool key "$@" 2>/dev/null; sleep 0.6; }
click() { xdotool mousemove --window "$window" "$1" "$2" click 1; sleep 0.8; }
shot() { import -window "$window" "$out/$1.png"; }

# A practice of four doctors (the examples renamed), one already registered in ProSanté by the
# secretary, whose name is in the settings.
practice() {
  python3 - "$1" <<'PY'
import json, sys, pathlib
home = pathlib.Path(sys.argv[1]) / "data"
(home / "profiles").mkdir(parents=True)
config = pathlib.Path(sys.argv[1]) / "config"
config.mkdir(parents=True)
json.dump({"format": "conventio-settings", "version": 1, "user_name": "Sophie Martin"},
          open(config / "settings.json", "w"))
gp = json.load(open("assets/examples/gp-partial-valid.json"))
sp = json.load(open("assets/examples/specialist-partial-valid.json"))
doctors = [
    ("dr-anne-peeters", gp, "Dr Anne Peeters", "second-year"),
    ("dr-jan-claes", gp, "Dr Jan Claes", "second-year"),
    ("dr-pieter-van-den-bossche", sp, "Dr Pieter Van den Bossche", "second-year"),
    ("dr-helene-noel", sp, "Dr Hélène Noël", "initial"),
]
for id, base, name, window in doctors:
    d = json.loads(json.dumps(base))
    d["doctor"]["name"] = name
    d["window"] = window
    json.dump(d, open(home / "profiles" / f"{id}.json", "w"), ensure_ascii=False, indent=2)
    if id == "dr-jan-claes":
        (home / "history" / id).mkdir(parents=True)
        entry = {"format": "conventio-history-entry", "version": 1, "saved_at": "2026-11-20T10:12:00",
                 "kind": "registered", "effective_on": "2026-11-20", "set_by": "Sophie Martin",
                 "declaration": d}
        json.dump(entry, open(home / "history" / id / "20261120-101200.json", "w"), ensure_ascii=False)
PY
}

launch() {
  local language=$1; shift
  if [ -n "${DESK_HOME:-}" ]; then home=$DESK_HOME; rm -rf "$home"; mkdir -p "$home"; else home=$(mktemp -d); fi
  practice "$home"
  CONVENTIO_HOME=$home LANG=$language "$bin" "$@" >/dev/null 2>&1 &
  app=$!
  window=$(xdotool search --sync --onlyvisible --pid "$app" | head -1)
  xdotool windowsize "$window" 1280 820
  xdotool windowfocus "$window" 2>/dev/null
  sleep 1.5
  key Escape; key Escape
}
quit() { kill "$app"; wait "$app" 2>/dev/null || true; rm -rf "$home"; }

for lang in fr nl; do
  case $lang in fr) locale=fr_BE.UTF-8 ;; nl) locale=nl_BE.UTF-8 ;; esac
  if [[ " ${SHOTS:-import overview} " == *" import "* ]]; then
  launch "$locale" assets/examples/gp-partial-valid.json
  key ctrl+Next; key ctrl+Next
  # "Import a calendar or spreadsheet…": no file dialog on this display, so the panel opens with
  # its path field focused; type the fixture's path and read it.
  click 656 80
  sleep 1; key Escape
  xdotool windowfocus "$window" 2>/dev/null
  click 670 227
  xdotool type --delay 5 "$fixture"; key Return; sleep 1
  # Tick Friday's teleconsultations (they overlap the Friday slot, so they wait for a choice).
  click 487 562
  shot "import-$lang"
  quit
  fi

  launch "$locale"
  key ctrl+Home
  click 392 684
  shot "overview-$lang"
  quit
done
