# Conventio — een uurrooster importeren uit een agenda (.ics) of een rekenblad (.csv).

## Fouten die de import stoppen (er wordt niets geïmporteerd)

import-not-utf8 = het bestand is geen UTF-8-tekst (exporteer het opnieuw in UTF-8)
import-too-large = het bestand is groter dan { $limit } MiB: meer dan een uurrooster. Exporteer uit de agenda een kortere periode (enkele weken rond de gewenste week) en importeer dat bestand
import-ics-unreadable = geen agendabestand (.ics): { $detail }
import-ics-line = deze agendaregel is niet leesbaar: ‘{ $content }’. Exporteer de agenda opnieuw, of verbeter of verwijder deze regel.
import-at-cell = regel { $line }, kolom { $column } ({ $header }): { $detail }
import-at-line = regel { $line }: { $detail }
import-csv-empty = het bestand is leeg: een kopregel wordt verwacht (dag;begin;einde;plaats;tarieven;activiteit;opmerking)
import-csv-syntax = de regel is onleesbaar ({ $detail })
import-csv-header-unknown = onbekende kolom ‘{ $name }’; de kolommen zijn { $expected }
import-csv-header-twice = de kolom ‘{ $name }’ komt twee keer voor
import-csv-header-missing = de kolom ‘{ $name }’ ontbreekt; de kolommen zijn { $expected }
import-csv-extra-cell = { $found } cellen terwijl de kopregel er { $expected } heeft
import-csv-day = ‘{ $value }’ is geen dag van de week (maandag, lundi, Montag, monday…)
import-csv-time = ‘{ $value }’ is geen uur (schrijf 8:30, 08u30 of 0830)
import-csv-start-midnight = een tijdvak kan niet om 24:00 beginnen
import-csv-time-order = het einde ({ $end }) ligt niet na het begin ({ $start }); een tijdvak dat om middernacht eindigt, eindigt om 24:00
import-csv-rates = ‘{ $value }’ is geen soort tarief: schrijf akkoord of vrij (accord / libre, agreement / free)
import-csv-setting = ‘{ $value }’ is geen activiteit: praktijk, huisbezoeken, ziekenhuis of daghospitalisatie
import-csv-site-empty = de plaats is leeg en de verklaring heeft meerdere plaatsen: vul er één in
import-csv-site-unknown = ‘{ $value }’ is geen van de plaatsen van de verklaring
import-csv-too-long = langer dan { $limit } tekens

## Vergelijking van een voorgesteld tijdvak met de verklaring

import-rates-guessed = tarieven geraden uit de titel: kijk ze na
import-status-new = nieuw
import-status-identical = staat al in de verklaring
import-status-overlapping = overlapt een bestaand tijdvak

## Waarom een agenda-afspraak wordt weggelaten

import-skip-moved = verplaatste of gewijzigde keer van een reeks (de reeks zelf telt)
import-skip-cancelled = geannuleerde afspraak
import-skip-no-start = afspraak zonder begin
import-skip-all-day = afspraak voor de hele dag
import-skip-bad-date = onleesbare datum ‘{ $value }’
import-skip-no-end = afspraak zonder einde of duur
import-skip-too-long = afspraak van meer dan 24 uur
import-skip-not-weekly = herhaalt zich niet elke week ({ $rule })
import-skip-bad-rule = onleesbare herhalingsregel ({ $rule })
import-skip-unknown-zone = onbekende tijdzone ‘{ $zone }’
import-skip-no-place = geen plaats vermeld en de verklaring heeft er meerdere: kies die van deze afspraken
import-skip-no-place-no-site = geen plaats vermeld en de verklaring heeft nog geen plaats: maak er een voor deze afspraken
import-skip-unknown-place = de plaats ‘{ $place }’ is geen van de plaatsen van de verklaring

## Opdrachtregel: conventio import

cli-import-unknown-format = { $path }: onbekende extensie; importeer een agenda (.ics) of een rekenblad (.csv)
cli-import-unknown-site = --site { $site }: de verklaring heeft geen plaats met deze id (haar plaatsen: { $known })
cli-import-heading-ics = { $path }: de week van { $week }, Brusselse tijd
cli-import-heading-csv = { $path }:
cli-import-slot = { $day } { $start }–{ $end }, { $site } ({ $rates }, { $setting }): { $status } — { $taken ->
    [yes] toegevoegd
    [would] zou worden toegevoegd
   *[no] niet toegevoegd
}
cli-import-slot-note = { $slot } — ‘{ $note }’
cli-import-new-site = { $name } (nieuwe plaats)
cli-import-skipped = Weggelaten: ‘{ $what }’ — { $reason }
cli-import-outside-week = { $count ->
    [one] { $count } afspraak valt
   *[other] { $count } afspraken vallen
} niet in die week (kies een andere met --week).
cli-import-overlapping-hint = Tijdvakken die een bestaand tijdvak overlappen, worden alleen met --overlapping toegevoegd.
cli-import-no-place-hint = { $count ->
    [one] { $count } afspraak zonder plaats: geef de plaats met --site ID, of maak er een met --new-site NAAM.
   *[other] { $count } afspraken zonder plaats: geef hun plaats met --site ID, of maak er een met --new-site NAAM.
}
cli-import-written = Toegevoegd aan { $path }: { $slots ->
    [one] { $slots } tijdvak
   *[other] { $slots } tijdvakken
}, { $sites ->
    [0] geen nieuwe plaats
    [one] { $sites } nieuwe plaats
   *[other] { $sites } nieuwe plaatsen
}. De vorige versie blijft bewaard in { $backup }.
cli-import-nothing = Niets toe te voegen: { $path } is ongewijzigd.
cli-import-dry-run = Proef (--dry-run): { $path } is ongewijzigd.

## Venster: importeren in de stap uurrooster

gui-import-button = Een agenda of rekenblad importeren…
gui-import-title = Een agenda of rekenblad importeren
gui-import-path = Bestand (agenda .ics of rekenblad .csv)
gui-import-read = Lezen
gui-import-no-dialog = Hier is geen bestandsvenster beschikbaar: typ het pad van het bestand in het importpaneel en druk op Lezen.
gui-import-failed = { $path }: { $error }. Er werd niets geïmporteerd.
gui-import-week-label = Week van de losse afspraken
gui-import-week-go = Naar de week van
gui-import-example-file = agenda.ics
gui-import-week = Week van maandag { $monday }
gui-import-week-help = Wekelijkse reeksen worden genomen zoals ze zich herhalen; losse afspraken alleen als ze in deze week vallen.
gui-import-proposed = Voorgestelde blokken (vink aan wat u wilt importeren)
gui-import-nothing = Het bestand stelt geen enkel blok voor deze week voor.
gui-import-new-site = Nieuwe plaats voorgesteld: { $name }
gui-import-unplaced = { $count ->
    [one] { $count } afspraak heeft geen plaats. Maak er een plaats voor:
   *[other] { $count } afspraken hebben geen plaats. Maak er een plaats voor:
}
gui-import-unplaced-name = Naam van de nieuwe plaats
gui-import-unplaced-create = Deze plaats maken en de afspraken overnemen
gui-import-skipped = Weggelaten
gui-import-note = ‘{ $note }’
gui-import-skipped-line = ‘{ $what }’ — { $reason }
gui-import-outside-week = { $count ->
    [one] { $count } afspraak of reeks zonder voorkomen in deze week.
   *[other] { $count } afspraken of reeksen zonder voorkomen in deze week.
}
gui-import-apply = { $count ->
    [0] Geen tijdvak gekozen
    [one] Het gekozen tijdvak importeren
   *[other] De { $count } gekozen tijdvakken importeren
}
gui-import-close = Sluiten
gui-import-done = { $count ->
    [one] { $count } blok geïmporteerd
   *[other] { $count } blokken geïmporteerd
}, { $sites ->
    [0] geen nieuwe plaatsen
    [one] { $sites } nieuwe plaats
   *[other] { $sites } nieuwe plaatsen
}. Ongedaan maken (Ctrl+Z) neemt de hele import in één keer terug.
