#!/usr/bin/env bash
# Screenshots of what must be registered on 2 December 2026 (issue 16): the start screen (the 2027
# window with 12 days left, joining after a refusal) and the practice overview of six doctors (full
# adherent, full after a refusal, partial, refusal, newly recognised, registered) with its headline,
# in French and Dutch, from the real window under a virtual display, today set by CONVENTIO_TODAY.
# Needs: xvfb xdotool imagemagick python3 and a build (CONVENTIO_BIN, default target/release/conventio).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${OUT:-assets/screenshots}
display=:${SCREENSHOT_DISPLAY:-59}
Xvfb "$display" -screen 0 1280x820x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1
bin=${CONVENTIO_BIN:-./target/release/conventio}

key() { xdotool key "$@" 2>/dev/null; sleep 0.6; }
click() { xdotool mousemove --window "$window" "$1" "$2" click 1; sleep 0.8; }
shot() { import -window "$window" "$out/$1.png"; }

# Six doctors of one practice, each a 2026-2027 declaration prepared on 1 December 2026; the last
# one's refusal already registered in ProSanté by the secretary.
practice() {
  python3 - "$1" <<'PY'
import json, sys, pathlib
home = pathlib.Path(sys.argv[1]) / "data"
(home / "profiles").mkdir(parents=True)
config = pathlib.Path(sys.argv[1]) / "config"
config.mkdir(parents=True)
json.dump({"format": "conventio-settings", "version": 1, "user_name": "Sophie Martin"},
          open(config / "settings.json", "w"))
def doctor(name, inami, window, current, choice, recognised=None):
    d = {"format": "conventio-declaration", "version": 1, "agreement": "2026-2027",
         "prepared_on": "2026-12-01", "window": window,
         "doctor": {"name": name, "inami": inami},
         "choice": choice, "sites": [{"id": "a", "name": "Cabinet Ixelles", "address": ""}],
         "slots": [{"site": "a", "day": "monday", "start": "08:00", "end": "16:00",
                    "rates": "agreement", "setting": "office"}]}
    if current: d["doctor"]["current_choice"] = current
    if recognised: d["doctor"]["recognised_on"] = recognised
    if choice == "partial":
        d["doctor"]["role"] = "specialist"
        d["slots"].append({"site": "a", "day": "tuesday", "start": "17:00", "end": "19:00",
                           "rates": "free", "setting": "office"})
    return d
doctors = [
    ("dr-anne-adherente", doctor("Dr Anne Adhérente", "1-00011-93-580", "second-year", None, "full")),
    ("dr-bruno-revient", doctor("Dr Bruno Revient", "1-00012-92-580", "second-year", "refusal", "full")),
    ("dr-chloe-partielle", doctor("Dr Chloé Partielle", "1-00013-91-580", "second-year", "partial", "partial")),
    ("dr-david-refuse", doctor("Dr David Refuse", "1-00014-90-580", "second-year", None, "refusal")),
    ("dr-eva-agreee", doctor("Dr Eva Agréée", "1-00015-89-580", "initial", None, "refusal", "2026-11-20")),
    ("dr-fanny-enregistree", doctor("Dr Fanny Enregistrée", "1-00016-88-580", "second-year", None, "refusal")),
]
for id, d in doctors:
    json.dump(d, open(home / "profiles" / f"{id}.json", "w"), ensure_ascii=False, indent=2)
    if id == "dr-fanny-enregistree":
        (home / "history" / id).mkdir(parents=True)
        entry = {"format": "conventio-history-entry", "version": 1, "saved_at": "2026-11-30T10:12:00",
                 "kind": "registered", "effective_on": "2026-11-30", "set_by": "Sophie Martin",
                 "declaration": d}
        json.dump(entry, open(home / "history" / id / "20261130-101200.json", "w"), ensure_ascii=False)
PY
}

launch() {
  local language=$1; shift
  home=$(mktemp -d)
  practice "$home"
  CONVENTIO_TODAY=2026-12-02 CONVENTIO_HOME=$home LANG=$language "$bin" "$@" >/dev/null 2>&1 &
  app=$!
  window=$(xdotool search --sync --onlyvisible --pid "$app" | head -1)
  xdotool windowsize "$window" 1280 820
  xdotool windowfocus "$window" 2>/dev/null
  sleep 2
  key Escape; key Escape
}
quit() { kill "$app"; wait "$app" 2>/dev/null || true; rm -rf "$home"; }

for lang in fr nl; do
  case $lang in fr) locale=fr_BE.UTF-8 ;; nl) locale=nl_BE.UTF-8 ;; esac
  launch "$locale"
  shot "start-2026-12-02-$lang"
  # The practice list, its headline and a refused doctor's "join" button, further down (French
  # only: in Dutch the list's end scrolls its headline out of sight).
  xdotool mousemove --window "$window" 640 500
  for _ in $(seq 12); do xdotool click 5; sleep 0.1; done
  sleep 0.8
  [ "$lang" = fr ] && shot "start-2026-12-02-practice-$lang"
  # "Practice overview…", beside the list's title, two wheel steps down from the top.
  for _ in $(seq 12); do xdotool click 4; sleep 0.1; done
  for _ in $(seq 2); do xdotool click 5; sleep 0.1; done
  sleep 0.8
  [ -n "${PROBE:-}" ] && shot "probe-$lang"
  case $lang in fr) y=${OVERVIEW_Y_FR:-510} ;; nl) y=${OVERVIEW_Y_NL:-546} ;; esac
  click "${OVERVIEW_X:-398}" "$y"
  sleep 1
  # The overview opens where the start screen was scrolled to: back to its top and headline.
  xdotool mousemove --window "$window" 640 500
  for _ in $(seq 12); do xdotool click 4; sleep 0.1; done
  sleep 0.8
  shot "overview-2026-12-02-$lang"
  quit
done
