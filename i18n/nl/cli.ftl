# Conventio — teksten van de opdrachtregel.

cli-cannot-read = kan { $path } niet lezen: { $reason }
cli-file-unreadable = { $path }: onleesbaar — { $error }
cli-file-heading = { $path } — { $name }: { $errors ->
    [0] geen fouten
    [one] { $errors } fout
   *[other] { $errors } fouten
}, { $warnings ->
    [0] geen waarschuwingen
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
}
cli-summary-choice = Keuze: { $choice } — akkoord { $agreement }
cli-brief-line = { $name } — { $choice } — { $errors ->
    [0] geldig
    [one] { $errors } fout
   *[other] { $errors } fouten
}, { $warnings ->
    [0] geen waarschuwingen
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
} — { $deadline } — { $path }
cli-brief-deadline = uiterste datum { $date }
cli-brief-total = Totaal: { $total ->
    [one] { $total } verklaring
   *[other] { $total } verklaringen
}, waarvan { $valid ->
    [0] geen geldig
   *[other] { $valid } geldig
}
cli-practice-version = laatste versie van { $date }
cli-practice-draft = ontwerp, nog geen versie bewaard
cli-confirmed = bevestigd
cli-unconfirmed = niet bevestigd
cli-agreements-heading = Bekende akkoorden (* = het meest recente, standaard gebruikt):
cli-agreements-line = { $id }: van { $start } tot { $end }, bekendgemaakt op { $published }, uiterste datum { $deadline } ({ $status })
cli-export-unknown-format = { $path }: onbekende extensie; gebruik .json, .pdf, .ics, .csv of .txt
cli-export-exists = { $path } bestaat al: er is niets geschreven (voeg --force toe om het te vervangen)
cli-export-written = Geschreven: { $path }
cli-export-failed = Kan { $path } niet schrijven: { $reason }
cli-check-list-unknown-format = { $path }: onbekende extensie voor de lijst; gebruik .pdf of .csv
cli-deadline-heading = Akkoord { $agreement } (bekendgemaakt op { $published }) — aangiftevensters op { $today }:
cli-agreement-added = Akkoord { $id } toegevoegd: { $path }
cli-agreement-replaced = Akkoord { $id } vervangen door uw bestand: { $path }
cli-agreement-refused = { $path } werd niet toegevoegd, er is niets gewijzigd: { $error }
agreement-added-by-you = door u toegevoegd

cli-check-still-needs-list = --still-to-register hoort bij --to LIJST of --practice.
cli-practice-exported = Praktijk geëxporteerd naar { $path }: { $doctors ->
    [one] { $doctors } arts
   *[other] { $doctors } artsen
}, { $versions ->
    [one] { $versions } versie
   *[other] { $versions } versies
}, { $marks ->
    [one] { $marks } markering
   *[other] { $marks } markeringen
}.
cli-practice-imported = Geïmporteerd uit { $path }: { $doctors ->
    [one] { $doctors } nieuwe arts
   *[other] { $doctors } nieuwe artsen
}, { $versions ->
    [one] { $versions } versie
   *[other] { $versions } versies
}, { $marks ->
    [one] { $marks } markering
   *[other] { $marks } markeringen
} toegevoegd.
cli-practice-conflict = Conflict: { $doctor } verschilt in het bestand (naam of ontwerp); de versie van de praktijk blijft behouden.
cli-practice-backed-up = Back-up van de praktijk geschreven: { $path }
cli-practice-restored = Praktijk teruggezet uit { $path } (de oude databank blijft ernaast bewaard, ‘.before-restore-’).
cli-practice-archive-invalid = { $path } is geen leesbare export van een praktijk ({ $reason }): er is niets gewijzigd.
