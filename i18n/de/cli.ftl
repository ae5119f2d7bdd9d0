# Conventio — Texte der Befehlszeile.

cli-cannot-read = { $path } kann nicht gelesen werden: { $reason }
cli-file-unreadable = { $path }: unlesbar — { $error }
cli-file-heading = { $path } — { $name }: { $errors ->
    [0] keine Fehler
    [one] 1 Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [0] keine Warnungen
    [one] 1 Warnung
   *[other] { $warnings } Warnungen
}
cli-summary-choice = Wahl: { $choice } — Abkommen { $agreement }
cli-brief-line = { $name } — { $choice } — { $errors ->
    [0] gültig
   *[other] { $errors } Fehler
}, { $warnings } Warnung(en) — Frist { $deadline } — { $path }
cli-brief-total = Insgesamt: { $total } Erklärung(en), davon { $valid } gültig
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
cli-practice-exported = Praxis exportiert nach { $path }: { $doctors } Ärzte, { $versions } Versionen, { $marks } Markierungen.
cli-practice-imported = Importiert aus { $path }: { $doctors } neue Ärzte, { $versions } Versionen, { $marks } Markierungen hinzugefügt.
cli-practice-conflict = Konflikt: { $doctor } weicht in der Datei ab (Name oder Entwurf); die Fassung der Praxis bleibt erhalten.
cli-practice-backed-up = Sicherung der Praxis geschrieben: { $path }
cli-practice-restored = Praxis aus { $path } wiederhergestellt (die alte Datenbank bleibt daneben erhalten, „.before-restore-“).
cli-practice-archive-invalid = { $path } ist kein lesbarer Praxisexport ({ $reason }): Nichts wurde geändert.
