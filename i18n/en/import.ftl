# Conventio — importing a schedule from a calendar (.ics) or a spreadsheet (.csv).

## Errors that stop an import (nothing is imported)

import-not-utf8 = the file is not UTF-8 text (export it again in UTF-8)
import-too-large = the file is larger than { $limit } MiB: more than a schedule. Export a shorter period from the calendar (a few weeks around the week you want) and import that file
import-ics-unreadable = not a calendar file (.ics): { $detail }
import-ics-line = this calendar line cannot be read: “{ $content }”. Export the calendar again, or correct or remove this line.
import-at-cell = line { $line }, column { $column } ({ $header }): { $detail }
import-at-line = line { $line }: { $detail }
import-csv-empty = the file is empty: a header row is expected (day;start;end;site;rates;setting;note)
import-csv-syntax = the row cannot be read ({ $detail })
import-csv-header-unknown = unknown column “{ $name }”; the columns are { $expected }
import-csv-header-twice = the column “{ $name }” appears twice
import-csv-header-missing = the column “{ $name }” is missing; the columns are { $expected }
import-csv-extra-cell = { $found } cells where the header has { $expected }
import-csv-day = “{ $value }” is not a day of the week (monday, lundi, maandag, Montag…)
import-csv-time = “{ $value }” is not a time (write 8:30, 08h30 or 0830)
import-csv-start-midnight = a slot cannot start at 24:00
import-csv-time-order = the end ({ $end }) is not after the start ({ $start }); a slot ending at midnight ends at 24:00
import-csv-rates = “{ $value }” is not a kind of rates: write agreement or free (accord / libre, akkoord / vrij)
import-csv-setting = “{ $value }” is not a setting: office, home visits, hospital or day hospital
import-csv-site-empty = the place is empty, and the declaration has several places: name one
import-csv-site-unknown = “{ $value }” is none of the declaration's places
import-csv-too-long = longer than { $limit } characters

## How a proposed slot compares with the declaration

import-rates-guessed = rates guessed from the title: check them
import-status-new = new
import-status-identical = already in the declaration
import-status-overlapping = overlaps an existing slot

## Why a calendar event is left out

import-skip-moved = a moved or changed occurrence of a series (the series itself counts)
import-skip-cancelled = cancelled event
import-skip-no-start = event without a start
import-skip-all-day = all-day event
import-skip-bad-date = unreadable date “{ $value }”
import-skip-no-end = event without an end or duration
import-skip-too-long = event of more than 24 hours
import-skip-not-weekly = does not repeat every week ({ $rule })
import-skip-bad-rule = unreadable repeat rule ({ $rule })
import-skip-unknown-zone = unknown time zone “{ $zone }”
import-skip-no-place = no place given and the declaration has several: choose the one of these events
import-skip-no-place-no-site = no place given and the declaration has no site yet: create one for these events
import-skip-unknown-place = place “{ $place }” is none of the declaration's places

## Command line: conventio import

cli-import-unknown-format = { $path }: unknown extension; import a calendar (.ics) or a spreadsheet (.csv)
cli-import-unknown-site = --site { $site }: the declaration has no place with this id (its places: { $known })
cli-import-heading-ics = { $path }: the week of { $week }, in Brussels time
cli-import-heading-csv = { $path }:
cli-import-slot = { $day } { $start }–{ $end }, { $site } ({ $rates }, { $setting }): { $status } — { $taken ->
    [yes] added
    [would] would be added
   *[no] not added
}
cli-import-slot-note = { $slot } — “{ $note }”
cli-import-new-site = { $name } (new place)
cli-import-skipped = Left out: “{ $what }” — { $reason }
cli-import-outside-week = { $count ->
    [one] { $count } event has
   *[other] { $count } events have
} no occurrence in that week (choose another with --week).
cli-import-overlapping-hint = Slots that overlap existing ones are added only with --overlapping.
cli-import-no-place-hint = { $count ->
    [one] { $count } event without a place: give its site with --site ID, or create one with --new-site NAME.
   *[other] { $count } events without a place: give their site with --site ID, or create one with --new-site NAME.
}
cli-import-written = Added to { $path }: { $slots ->
    [one] { $slots } slot
   *[other] { $slots } slots
}, { $sites ->
    [0] no new place
    [one] { $sites } new place
   *[other] { $sites } new places
}. The previous version is kept in { $backup }.
cli-import-nothing = Nothing to add: { $path } is unchanged.
cli-import-dry-run = Trial run (--dry-run): { $path } is unchanged.

## Window: import into the schedule step

gui-import-button = Import a calendar or spreadsheet…
gui-import-title = Import a calendar or spreadsheet
gui-import-path = File (.ics calendar or .csv spreadsheet)
gui-import-read = Read
gui-import-no-dialog = No file dialog is available here: type the file's path in the import panel and press Read.
gui-import-failed = { $path }: { $error }. Nothing was imported.
gui-import-week-label = Week of the single events
gui-import-week-go = Go to the week of
gui-import-example-file = calendar.ics
gui-import-week = Week of Monday { $monday }
gui-import-week-help = Weekly series are taken as they repeat; single events only when they fall in this week.
gui-import-proposed = Proposed slots (tick those to import)
gui-import-nothing = The file proposes no slot for this week.
gui-import-new-site = New place offered: { $name }
gui-import-unplaced = { $count ->
    [one] { $count } event has no place. Create a site for it:
   *[other] { $count } events have no place. Create a site for them:
}
gui-import-unplaced-name = Name of the new site
gui-import-unplaced-create = Create this site and take these events
gui-import-skipped = Left out
gui-import-note = “{ $note }”
gui-import-skipped-line = “{ $what }” — { $reason }
gui-import-outside-week = { $count ->
    [one] { $count } event or series with no occurrence in this week.
   *[other] { $count } events or series with no occurrence in this week.
}
gui-import-apply = { $count ->
    [0] No slot chosen
    [one] Import the chosen slot
   *[other] Import the { $count } chosen slots
}
gui-import-close = Close
gui-import-done = { $count ->
    [one] { $count } slot imported
   *[other] { $count } slots imported
}, { $sites ->
    [0] no new sites
    [one] { $sites } new site
   *[other] { $sites } new sites
}. Undo (Ctrl+Z) takes the whole import back.
