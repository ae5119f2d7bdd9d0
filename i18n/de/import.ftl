# Conventio — einen Stundenplan aus einem Kalender (.ics) oder einer Tabelle (.csv) importieren.

## Fehler, die den Import abbrechen (nichts wird importiert)

import-not-utf8 = die Datei ist kein UTF-8-Text (exportieren Sie sie erneut in UTF-8)
import-too-large = die Datei ist größer als { $limit } MiB: mehr als ein Stundenplan. Exportieren Sie aus dem Kalender einen kürzeren Zeitraum (einige Wochen um die gewünschte Woche) und importieren Sie diese Datei
import-ics-unreadable = keine Kalenderdatei (.ics): { $detail }
import-ics-line = diese Kalenderzeile ist nicht lesbar: „{ $content }“. Exportieren Sie den Kalender erneut oder korrigieren oder entfernen Sie diese Zeile.
import-at-cell = Zeile { $line }, Spalte { $column } ({ $header }): { $detail }
import-at-line = Zeile { $line }: { $detail }
import-csv-empty = die Datei ist leer: eine Kopfzeile wird erwartet (Tag;Beginn;Ende;Ort;Tarife;Tätigkeit;Bemerkung)
import-csv-syntax = die Zeile ist nicht lesbar ({ $detail })
import-csv-header-unknown = unbekannte Spalte „{ $name }“; die Spalten sind { $expected }
import-csv-header-twice = die Spalte „{ $name }“ kommt zweimal vor
import-csv-header-missing = die Spalte „{ $name }“ fehlt; die Spalten sind { $expected }
import-csv-extra-cell = { $found } Zellen, die Kopfzeile hat aber { $expected }
import-csv-day = „{ $value }“ ist kein Wochentag (Montag, lundi, maandag, monday…)
import-csv-time = „{ $value }“ ist keine Uhrzeit (schreiben Sie 8:30, 08h30 oder 0830)
import-csv-start-midnight = ein Zeitfenster kann nicht um 24:00 beginnen
import-csv-time-order = das Ende ({ $end }) liegt nicht nach dem Beginn ({ $start }); ein Zeitfenster, das um Mitternacht endet, endet um 24:00
import-csv-rates = „{ $value }“ ist keine Tarifart: schreiben Sie Abkommen oder frei (accord / libre, akkoord / vrij)
import-csv-setting = „{ $value }“ ist keine Tätigkeit: Praxis, Hausbesuche, Krankenhaus oder Tagesklinik
import-csv-site-empty = der Ort ist leer und die Erklärung hat mehrere Orte: geben Sie einen an
import-csv-site-unknown = „{ $value }“ ist keiner der Orte der Erklärung
import-csv-too-long = länger als { $limit } Zeichen

## Vergleich eines vorgeschlagenen Zeitfensters mit der Erklärung

import-rates-guessed = Tarife aus dem Titel erraten: bitte prüfen
import-status-new = neu
import-status-identical = schon in der Erklärung
import-status-overlapping = überschneidet ein vorhandenes Zeitfenster

## Warum ein Kalendertermin ausgelassen wird

import-skip-moved = verschobener oder geänderter Termin einer Serie (es zählt die Serie selbst)
import-skip-cancelled = abgesagter Termin
import-skip-no-start = Termin ohne Beginn
import-skip-all-day = ganztägiger Termin
import-skip-bad-date = unlesbares Datum „{ $value }“
import-skip-no-end = Termin ohne Ende oder Dauer
import-skip-too-long = Termin von mehr als 24 Stunden
import-skip-not-weekly = wiederholt sich nicht jede Woche ({ $rule })
import-skip-bad-rule = unlesbare Wiederholungsregel ({ $rule })
import-skip-unknown-zone = unbekannte Zeitzone „{ $zone }“
import-skip-no-place = kein Ort angegeben und die Erklärung hat mehrere: wählen Sie den dieser Termine
import-skip-no-place-no-site = kein Ort angegeben und die Erklärung hat noch keinen Ort: legen Sie einen für diese Termine an
import-skip-unknown-place = der Ort „{ $place }“ ist keiner der Orte der Erklärung

## Befehlszeile: conventio import

cli-import-unknown-format = { $path }: unbekannte Endung; importieren Sie einen Kalender (.ics) oder eine Tabelle (.csv)
cli-import-unknown-site = --site { $site }: die Erklärung hat keinen Ort mit dieser Kennung (ihre Orte: { $known })
cli-import-heading-ics = { $path }: die Woche vom { $week }, Brüsseler Zeit
cli-import-heading-csv = { $path }:
cli-import-slot = { $day } { $start }–{ $end }, { $site } ({ $rates }, { $setting }): { $status } — { $taken ->
    [yes] hinzugefügt
    [would] würde hinzugefügt
   *[no] nicht hinzugefügt
}
cli-import-slot-note = { $slot } — „{ $note }“
cli-import-new-site = { $name } (neuer Ort)
cli-import-skipped = Ausgelassen: „{ $what }“ — { $reason }
cli-import-outside-week = { $count ->
    [one] { $count } Termin fällt
   *[other] { $count } Termine fallen
} nicht in diese Woche (wählen Sie eine andere mit --week).
cli-import-overlapping-hint = Zeitfenster, die ein vorhandenes überschneiden, werden nur mit --overlapping hinzugefügt.
cli-import-no-place-hint = { $count ->
    [one] { $count } Termin ohne Ort: geben Sie den Ort mit --site ID an oder legen Sie einen mit --new-site NAME an.
   *[other] { $count } Termine ohne Ort: geben Sie ihren Ort mit --site ID an oder legen Sie einen mit --new-site NAME an.
}
cli-import-written = Zu { $path } hinzugefügt: { $slots ->
    [one] { $slots } Zeitfenster
   *[other] { $slots } Zeitfenster
}, { $sites ->
    [0] kein neuer Ort
    [one] { $sites } neuer Ort
   *[other] { $sites } neue Orte
}. Die vorige Fassung bleibt in { $backup } erhalten.
cli-import-nothing = Nichts hinzuzufügen: { $path } ist unverändert.
cli-import-dry-run = Probelauf (--dry-run): { $path } ist unverändert.

## Fenster: in den Schritt Sprechzeiten importieren

gui-import-button = Einen Kalender oder eine Tabelle importieren…
gui-import-title = Einen Kalender oder eine Tabelle importieren
gui-import-path = Datei (Kalender .ics oder Tabelle .csv)
gui-import-read = Lesen
gui-import-no-dialog = Hier ist kein Dateidialog verfügbar: Geben Sie den Pfad der Datei im Importbereich ein und drücken Sie auf Lesen.
gui-import-failed = { $path }: { $error }. Es wurde nichts importiert.
gui-import-week-label = Woche der Einzeltermine
gui-import-week-go = Zur Woche vom
gui-import-example-file = Kalender.ics
gui-import-week = Woche ab Montag, { $monday }
gui-import-week-help = Wöchentliche Serien werden so übernommen, wie sie sich wiederholen; Einzeltermine nur, wenn sie in diese Woche fallen.
gui-import-proposed = Vorgeschlagene Zeiten (die zu importierenden ankreuzen)
gui-import-nothing = Die Datei schlägt für diese Woche keine Zeit vor.
gui-import-new-site = Neuer Ort vorgeschlagen: { $name }
gui-import-unplaced = { $count ->
    [one] { $count } Termin hat keinen Ort. Legen Sie einen Ort dafür an:
   *[other] { $count } Termine haben keinen Ort. Legen Sie einen Ort dafür an:
}
gui-import-unplaced-name = Name des neuen Orts
gui-import-unplaced-create = Diesen Ort anlegen und die Termine übernehmen
gui-import-skipped = Ausgelassen
gui-import-note = „{ $note }“
gui-import-skipped-line = „{ $what }“ — { $reason }
gui-import-outside-week = { $count ->
    [one] { $count } Termin oder Serie ohne Vorkommen in dieser Woche.
   *[other] { $count } Termine oder Serien ohne Vorkommen in dieser Woche.
}
gui-import-apply = { $count ->
    [0] Kein Zeitfenster gewählt
    [one] Das gewählte Zeitfenster importieren
   *[other] Die { $count } gewählten Zeitfenster importieren
}
gui-import-close = Schließen
gui-import-done = { $count ->
    [one] { $count } Zeitfenster importiert
   *[other] { $count } Zeitfenster importiert
}, { $sites ->
    [0] keine neuen Orte
    [one] { $sites } neuer Ort
   *[other] { $sites } neue Orte
}. Rückgängig (Strg+Z) nimmt den ganzen Import auf einmal zurück.
