# Conventio — command-line texts.

cli-cannot-read = cannot read { $path }: { $reason }
cli-file-unreadable = { $path }: unreadable — { $error }
cli-file-heading = { $path } — { $name }: { $errors ->
    [0] no errors
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [0] no warnings
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
cli-summary-choice = Choice: { $choice } — agreement { $agreement }
cli-brief-line = { $name } — { $choice } — { $errors ->
    [0] valid
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [0] no warnings
    [one] { $warnings } warning
   *[other] { $warnings } warnings
} — { $deadline } — { $path }
cli-brief-deadline = deadline { $date }
cli-brief-total = Total: { $total ->
    [one] { $total } declaration
   *[other] { $total } declarations
}, { $valid ->
    [0] none valid
   *[other] { $valid } valid
}
cli-practice-version = last version of { $date }
cli-practice-draft = draft, no version saved yet
cli-confirmed = confirmed
cli-unconfirmed = unconfirmed
cli-agreements-heading = Known agreements (* = the latest, used by default):
cli-agreements-line = { $id }: from { $start } to { $end }, published on { $published }, deadline { $deadline } ({ $status })
cli-export-unknown-format = { $path }: unknown extension; use .json, .pdf, .ics, .csv or .txt
cli-export-exists = { $path } already exists: nothing was written (add --force to replace it)
cli-export-written = Written: { $path }
cli-export-failed = Cannot write { $path }: { $reason }
cli-check-list-unknown-format = { $path }: unknown extension for the list; use .pdf or .csv
cli-deadline-heading = Agreement { $agreement } (published on { $published }) — declaration windows on { $today }:
cli-agreement-added = Agreement { $id } added: { $path }
cli-agreement-replaced = Agreement { $id } replaced by your file: { $path }
cli-agreement-refused = { $path } was not added, nothing changed: { $error }
agreement-added-by-you = added by you

cli-check-still-needs-list = --still-to-register goes with --to LIST or --practice.
cli-practice-exported = Practice exported to { $path }: { $doctors ->
    [one] { $doctors } doctor
   *[other] { $doctors } doctors
}, { $versions ->
    [one] { $versions } version
   *[other] { $versions } versions
}, { $marks ->
    [one] { $marks } mark
   *[other] { $marks } marks
}.
cli-practice-imported = Imported from { $path }: { $doctors ->
    [one] { $doctors } new doctor
   *[other] { $doctors } new doctors
}, { $versions ->
    [one] { $versions } version
   *[other] { $versions } versions
}, { $marks ->
    [one] { $marks } mark
   *[other] { $marks } marks
} added.
cli-practice-conflict = Conflict: { $doctor } differs in the file (name or draft); the practice's version is kept.
cli-practice-backed-up = Practice backup written: { $path }
cli-practice-restored = Practice restored from { $path } (the old database is kept beside it, “.before-restore-”).
cli-practice-archive-invalid = { $path } is not a readable practice export ({ $reason }): nothing was changed.
