# Conventio — Texte der Befehlszeile.

cli-cannot-read = { $path } kann nicht gelesen werden: { $reason }
cli-file-unreadable = { $path }: unlesbar — { $error }
cli-file-heading = { $path } — { $name }: { $errors ->
    [0] keine Fehler
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [0] keine Warnungen
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}
cli-summary-choice = Wahl: { $choice } — Abkommen { $agreement }
cli-brief-line = { $name } — { $choice } — { $errors ->
    [0] gültig
   *[other] { $errors } Fehler
}, { $warnings ->
    [0] keine Warnungen
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
} — { $deadline } — { $path }
cli-brief-deadline = Frist { $date }
cli-brief-total = Insgesamt: { $total ->
    [one] { $total } Erklärung
   *[other] { $total } Erklärungen
}, davon { $valid ->
    [0] keine gültig
   *[other] { $valid } gültig
}
cli-practice-version = letzte Version vom { $date }
cli-practice-draft = Entwurf, noch keine Version gespeichert
cli-confirmed = bestätigt
cli-unconfirmed = nicht bestätigt
cli-agreements-heading = Bekannte Abkommen (* = das neueste, standardmäßig verwendet):
cli-agreements-line = { $id }: vom { $start } bis { $end }, veröffentlicht am { $published }, Frist { $deadline } ({ $status })
cli-export-unknown-format = { $path }: unbekannte Endung; verwenden Sie .json, .pdf, .ics, .csv oder .txt
cli-export-exists = { $path } existiert bereits: nichts wurde geschrieben (fügen Sie --force hinzu, um es zu ersetzen)
cli-export-written = Geschrieben: { $path }
cli-export-failed = { $path } kann nicht geschrieben werden: { $reason }
cli-check-list-unknown-format = { $path }: unbekannte Endung für die Liste; verwenden Sie .pdf oder .csv
cli-deadline-heading = Abkommen { $agreement } (veröffentlicht am { $published }) — Erklärungsfenster am { $today }:
cli-agreement-added = Abkommen { $id } hinzugefügt: { $path }
cli-agreement-replaced = Abkommen { $id } durch Ihre Datei ersetzt: { $path }
cli-agreement-refused = { $path } wurde nicht hinzugefügt, nichts wurde geändert: { $error }
agreement-added-by-you = von Ihnen hinzugefügt

cli-check-still-needs-list = --still-to-register gehört zu --to LISTE oder --practice.
cli-practice-exported = Praxis exportiert nach { $path }: { $doctors ->
    [one] { $doctors } Arzt
   *[other] { $doctors } Ärzte
}, { $versions ->
    [one] { $versions } Version
   *[other] { $versions } Versionen
}, { $marks ->
    [one] { $marks } Markierung
   *[other] { $marks } Markierungen
}.
cli-practice-imported = Importiert aus { $path }: { $doctors ->
    [one] { $doctors } neuer Arzt
   *[other] { $doctors } neue Ärzte
}, { $versions ->
    [one] { $versions } Version
   *[other] { $versions } Versionen
}, { $marks ->
    [one] { $marks } Markierung
   *[other] { $marks } Markierungen
} hinzugefügt.
cli-practice-conflict = Konflikt: { $doctor } weicht in der Datei ab (Name oder Entwurf); die Fassung der Praxis bleibt erhalten.
cli-practice-backed-up = Sicherung der Praxis geschrieben: { $path }
cli-practice-restored = Praxis aus { $path } wiederhergestellt (die alte Datenbank bleibt daneben erhalten, „.before-restore-“).
cli-practice-archive-invalid = { $path } ist kein lesbarer Praxisexport ({ $reason }): Nichts wurde geändert.
