# Conventio — window texts.

gui-title = Conventio
gui-step-start = Start
gui-step-doctor = Doctor
gui-step-choice = Choice
gui-step-schedule = Schedule
gui-step-review = Check and save
gui-next = Continue
gui-undo = Undo
gui-redo = Redo
gui-dismiss = Close
gui-open = Open
gui-browse = Browse…
gui-remove = Remove
gui-save = Save
# The Save button while the file is being written (it waits meanwhile).
gui-saving = Saving…
gui-example-file-name = declaration.json
gui-date-placeholder = dd/mm/yyyy
gui-date-invalid = Enter the date as dd/mm/yyyy, for example 23/11/2026.
gui-theme-system = System theme
gui-theme-light = Light
gui-theme-dark = Dark
gui-theme-high-contrast = High contrast
gui-autosave-note = Every change is saved automatically: you can close the window at any time.
gui-autosave-failed = Saving automatically failed ({ $error }): your work is still in the window, save it somewhere else.
gui-work-not-kept = The work on screen could not be kept ({ $error }): it stays open and nothing else was opened.
gui-work-needs-doctor = The work on screen has no doctor yet: give a name or an INAMI number to keep it before opening another.
gui-work-copy-held = This work is a copy of a doctor open in another Conventio window: save it (it becomes a version of that doctor) or close the other window before opening something else. It stays open.
gui-doctor-has-draft = { $doctor } has unsaved work in progress in the practice (their draft): this file is open as a copy, which leaves it alone. Open the doctor from the list to take their draft up again.
gui-work-doctor-has-draft = { $doctor } already has unsaved work in progress in the practice: save this work (it becomes a version of that doctor) before opening something else. It stays open.
gui-settings-failed = The preferences cannot be saved ({ $error }).
gui-settings-newer = Your preferences come from a newer version of Conventio (version { $version }): they are left unchanged and the default settings apply.
gui-draft-restored = The draft from your last session has been restored.
gui-draft-unreadable = The saved draft could not be read ({ $error }); a blank declaration is open and the file has been kept.

## Start

gui-banner-unconfirmed = Date or amount not confirmed by the published text: check it on the INAMI website.
gui-start-what = What would you like to do?
gui-start-new = New declaration
gui-start-continue = Continue the current draft ({ $name })
gui-start-continue-unnamed = Continue the current draft (doctor not given yet)
gui-start-recent = Recent declarations
gui-start-open-file = Open a declaration file
gui-example-gp = Example: general practitioner
gui-example-specialist = Example: specialist
gui-no-dialog-open = No file chooser is available: type the file's path below.
gui-opened = Opened: { $path }
gui-open-failed = Cannot open { $path }: { $error }. Your current work is kept.

## Doctor

gui-doctor-title = The doctor
gui-doctor-name = Doctor's name
gui-doctor-name-placeholder = Dr First name Surname
gui-doctor-inami = INAMI number
gui-inami-help = 11 digits, for example 1-23456-78-901; dashes, dots and spaces are accepted.
gui-inami-valid = Valid number: { $number } ({ $role }).
gui-inami-role-unknown = qualification to be stated
gui-doctor-role = Role
gui-role-derived = Derived from the competence code of the INAMI number; you can change it.
gui-role-needed = The competence code does not tell: choose it.
gui-role-not-needed = Needed only for a partial adherence; optional otherwise.
gui-role-stated = Chosen by you.
gui-doctor-agreement = Agreement
gui-doctor-recognised = Date of recognition (only if after the agreement's publication)
gui-doctor-recognised-help = A doctor recognised after the publication has 30 days from recognition.
gui-doctor-sites = Places of practice
gui-sites-help = Every place where you see patients: practice, hospital, polyclinic. Each time slot belongs to a place.
gui-site-name = Name of the place
gui-site-address = Address
gui-site-new-placeholder = Name of a new place, then Enter
gui-site-add = Add the place

## Choice

gui-choice-title = Your choice for this agreement
gui-choice-intro = Without a declaration in time, you are deemed to adhere fully.
gui-choice-full-fees = You apply the agreement rates to your whole practice, except for particular requests of the patient (after 9 pm, at weekends, a single room…).
gui-choice-full-patients = Your patients know in advance what they will pay; you also receive the conventioning bonus.
gui-choice-partial-fees = You apply the agreement rates, except during a few time slots a week when your fees are free (set by you), within the limits of the agreement.
gui-choice-partial-patients = You declare your days, hours and places; patients must be able to see you at the agreement rates.
gui-choice-refusal-fees = You set your fees freely for your whole practice.
gui-choice-refusal-patients = Your patients are reimbursed less of what they pay; you must inform them of your rates.
gui-choice-statut = Social benefits (statut social) for { $year }: { $amount } a year (if the activity threshold is reached).
gui-choice-statut-none = No social benefits (statut social): they are reserved for doctors who adhere to the agreement.
gui-choice-statut-unknown = Social benefits (statut social): amount not yet known for this agreement.

## Schedule

gui-schedule-title = Weekly schedule
gui-schedule-no-site = No practice site yet: add one at the Doctor step, as every slot belongs to a site.
gui-schedule-add-site = Add a site
gui-schedule-grid = Week
gui-schedule-list = List
gui-schedule-help = Click or drag on an empty space to create a time slot; click a slot to change it. Blue: agreement rates; hatched orange: free fees; the letter shows the place.
gui-schedule-list-help = Click a slot to change it; “{ $add }” adds one.
gui-slot-add = Add a time slot
gui-slot-add-another = + Add another slot
gui-slot-label = { $day } { $start }–{ $end }
gui-slot-none = No time slot selected
gui-slot-none-help = Select a slot in the week or the list to change it here.
gui-schedule-list-empty = No slots yet: “{ $add }” adds one.
gui-slot-edit = Selected time slot
gui-slot-day = Day
gui-slot-hours = Hours
gui-slot-start = Start
gui-slot-end = End
gui-slot-site = Place
gui-slot-site-pick = Choose a place
gui-slot-rates = Rates
gui-slot-setting = Kind of activity
gui-slot-note = Note
gui-slot-duplicate = Copy to
gui-slot-delete = Remove the time slot
gui-slot-keys = Keyboard: up and down arrows move the slot by a quarter hour, left and right by a day, Shift+arrows change its end, Delete removes it.
gui-time-help = Accepted times: 8:30, 8.30, 0830, from 00:00 to 24:00 (24:00 for midnight at the end of a slot).
gui-time-shape = Time not understood.
gui-time-range = Impossible time.

## Check

gui-check-title = Check
gui-check-ok = In line with the agreement.
gui-check-folded-counts = { $errors ->
    [0] no errors
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [0] no warnings
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
gui-check-unfold = Show the check
gui-check-fold = Fold the check
gui-check-not-ok = To be corrected before declaring.
gui-check-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
gui-check-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
gui-check-to-complete = To be completed before declaring.
gui-check-to-fill-in = { $count ->
    [one] { $count } field to fill in
   *[other] { $count } fields to fill in
}
gui-figures-title = Figures

## Check and save

gui-review-title = Check and save
gui-review-ready = The declaration is in order: save it, then copy the conditions into the ProSanté / ProGezondheid portal.
gui-review-ready-nothing = The declaration is in order: nothing to register in the ProSanté / ProGezondheid portal; save it for the practice's records.
gui-review-ready-no-conditions = The declaration is in order: save it, then register this choice in the ProSanté / ProGezondheid portal (it has no time and place conditions to copy).
gui-review-not-ready = The check reports errors: you can save, but correct them before declaring.
gui-review-conditions = Time and place conditions
gui-review-save = Declaration file
gui-review-save-help = If no file chooser opens, type the full path and press Enter.
gui-review-portal = The official declaration is made online in the ProSanté / ProGezondheid portal, on the last day at the latest. Keep the PDF as proof.
gui-copy-conditions = Copy the conditions
gui-copied = Conditions copied: paste them into ProSanté / ProGezondheid.
gui-export-pdf = PDF summary
gui-export-calendar = Calendar (.ics)
gui-export-text = Text (.txt)
gui-no-dialog-save = No file chooser is available: type the path below and press Enter.
gui-save-no-path = Say where to save the file.
gui-saved = Declaration saved: { $path }
gui-exported = File written: { $path }
gui-save-failed = Cannot write { $path }: { $error }
gui-save-incomplete = Not saved yet: { $reason }. Your work stays in the draft.
gui-save-needs-name = the doctor's name is missing (the Doctor step)
gui-save-needs-site-name = a practice site has no name (the Doctor step)
gui-save-needs-role = say whether the doctor is a general practitioner or a specialist (the Doctor step)

## Practice: several doctors, history

gui-practice-title = The practice's doctors
gui-practice-search = Search for a doctor by name
gui-practice-empty = The doctors whose declaration you save will appear here, with their choice and deadline.
gui-practice-line = { $choice } — { $status } — { $deadline }
gui-practice-valid = in order
gui-practice-duplicate = Copy the schedule for another doctor
gui-practice-duplicated = New declaration based on { $name }'s schedule: enter the doctor's name and INAMI number.
gui-practice-unreadable = Profile “{ $id }” unreadable: the file is kept as it is.
gui-practice-restore = Restore the backup of { $date }
gui-practice-restored = The backup of { $date } is restored. The damaged database is kept beside it: { $aside }
gui-practice-restore-failed = The backup could not be restored; nothing was deleted: { $error }
gui-history-none = Every save is kept, dated, in the doctor's history.
gui-history-title = Declaration history
gui-history-declaration = { $when } — declaration
gui-history-amendment = { $when } — amendment, effective from { $effective }
gui-history-last-change = Changes in the latest version
gui-history-since = Changes since the last saved version
gui-history-no-change = No changes.
gui-banner-published-on = Published in the Belgian Official Gazette on { $published }. What you can still do today, { $today }:
gui-window-effective = The declared conditions take effect on { $date }
gui-window-start = Start { $window }
gui-last-day-label = Last day announced later by INAMI:
gui-last-day-apply = Use this date
gui-last-day-reset-button = Back to the published date
gui-last-day-help = If INAMI extends the deadline, enter the new last day: Conventio uses it everywhere and says so.
gui-last-day-before-published = This date is before the published last day ({ $published }): INAMI extends deadlines, it does not shorten them. Check the date.
gui-last-day-none = This window has no fixed last day to replace.
gui-last-day-set = Last day set by you: { $date }. Conventio uses it everywhere.
gui-last-day-reset = The published last day is used again.
gui-no-dialog-agreement = No file chooser is available: type the agreement file's path below, then “Add an agreement”.
gui-agreement-import = Add an agreement…
gui-agreement-import-help = A new agreement published after this version: a JSON file (assets/agreement.schema.json).
gui-doctor-window = Declaration window
gui-window-start-short = Start

## Times still being typed
gui-unfinished-time = Slot { $slot }, { $field }: the time “{ $typed }” is not taken yet. The slot keeps its time until you leave the field (or press Enter) with a valid time.
gui-unconfirmed-time = Slot { $slot }, { $field }: { $typed } waits for your confirmation (a consultation outside 06:00–22:00).
gui-time-unusual = { $time } — really? A consultation outside 06:00–22:00 is rare: Enter or “Yes” to keep it.
gui-time-unusual-yes = Yes, { $time }
gui-time-unusual-no = No, keep { $time }
gui-check-unfinished = Still being typed
gui-save-unfinished = Nothing was written: slot { $slot } has an unfinished time. Correct it in the slot panel (or pick another slot to drop it), then try again.
gui-site-removed = Site “{ $site }” removed{ $count ->
    [0] .
    [one] , with its slot. Undo (Ctrl+Z) brings it back.
   *[other] , with its { $count } slots. Undo (Ctrl+Z) brings them back.
}
gui-review-export = Export (PDF, calendar, text) to
gui-review-export-help = Each export takes its kind's extension (.pdf, .ics, .txt). “Browse” picks the place in a system window.
gui-no-dialog-export = No file dialog is available: type the path in the export field and press the button of the kind you want.
gui-export-unknown-agreement = the declaration names an unknown agreement ({ $id }): choose the agreement on the Doctor step
gui-export-pdf-failed = the PDF could not be made: export the text or the calendar, and report the problem
gui-draft-second-window = Conventio is already open on this folder: this window keeps its own draft and leaves the other window's alone.

## Practice overview

gui-overview-file-name = practice-overview-{ $date }
gui-overview-open = Practice overview…
gui-overview-title = Practice overview
gui-overview-help = Every doctor of the practice, most urgent first: not yet registered in ProSanté, then the fewest days left. “Registered” records today's date and your name in the doctor's history. A note per doctor (e.g. eHealth mandate to ask for) is kept with Enter.
gui-overview-filter = Only those still to register
gui-overview-none = No doctor to show.
gui-overview-mark = Registered in ProSanté today
gui-overview-mark-failed = The registration could not be recorded: { $error }
gui-overview-registered = Registered in ProSanté on { $date }
gui-overview-registered-by-name = Registered in ProSanté on { $date } by { $name }
gui-overview-deadline = Last day { $date }: { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
gui-overview-no-deadline = No last day known for this window
gui-overview-saved = Last saved { $when }
gui-overview-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
gui-overview-export-label = Export the list as a spreadsheet (.csv) or print it as a PDF (same name, .pdf)
gui-overview-export = Export CSV
gui-overview-user-name = Your name (shown on the registered marks)
gui-overview-user-name-placeholder = e.g. Sophie Martin
gui-overview-print = Print list (PDF)
gui-overview-print-failed = The list could not be made as a PDF: export it as CSV, and report the problem.
gui-overview-print-all = Print every doctor's PDF
gui-overview-print-all-label = Folder for every doctor's PDF
gui-overview-print-all-folder = pdf-doctors-{ $date }
gui-overview-printed-all = { $count } PDFs written in { $folder }.
gui-overview-printed-some = { $count } PDFs written in { $folder }. Not printed: { $failed }
gui-overview-printed-failed-one = { $doctor } ({ $why })
gui-overview-print-all-failed = The PDFs could not be printed: { $error }
gui-overview-exported = Overview written to { $path }
gui-overview-export-failed = { $path } could not be written: { $error }
gui-overview-name = Name
gui-overview-inami = INAMI
gui-overview-role = Role
gui-overview-choice = Choice
gui-overview-window = Window
gui-overview-status = Check
gui-overview-last-saved = Last saved
gui-overview-last-day = Last day
gui-overview-days-left = Days left
gui-overview-registered-on = Registered in ProSanté on
gui-overview-registered-by = Registered by
gui-history-registered = { $when } — registered in ProSanté on { $date }
gui-overview-overdue = Last day was { $date }: { $days ->
    [one] passed 1 day ago
   *[other] passed { $days } days ago
}

gui-practice-save-failed = The file is saved, but not in the practice: { $error }
gui-doctor-draft-restored = This doctor's work in progress is back where you left it.
gui-doctor-open-elsewhere = This doctor is open in another Conventio window: here you work on a copy, which leaves their work in progress alone.
gui-overwrite-other-doctor = { $path } holds { $doctor }'s declaration. Replace it with this one?
gui-overwrite-same-doctor = { $path } holds another declaration of this doctor. Replace it with this one?
gui-overwrite-other-file = { $path } exists and is not a readable declaration. Replace it?
gui-overwrite-changed = { $path } changed on disk since Conventio opened or saved it (another program, or another PC). Replace it with this declaration?
gui-overwrite-saved-elsewhere = { $path } holds a version of this doctor that another Conventio window saved after this window opened them. Replace it with this declaration?
gui-overwrite-yes = Yes, replace
gui-overwrite-no = No
gui-overview-confirm-one = Mark { $doctor } as registered in ProSanté on { $date }? Enter confirms, Escape cancels.
gui-overview-confirm-many = Mark these { $count } doctors as registered in ProSanté on { $date }? Enter confirms, Escape cancels.
gui-overview-confirm = Confirm
gui-overview-cancel = Cancel
gui-overview-unmark = Remove the mark
gui-overview-sort-again = Sort again
gui-overview-mark-ticked = Mark the { $count } ticked as registered
gui-practice-no-match = No doctor matches “{ $query }”.
gui-practice-not-registered = not registered in ProSanté yet
gui-standing-question = Today, you are:
gui-standing-register = This choice must be registered in ProSanté, within its window.
gui-standing-nothing = You stay fully adherent: nothing to register, no deadline.
gui-join-for = For doctors who refused the agreement (non-adherent).
gui-join-statut = Statut social: registered by 31/12/{ $registered }, adherence can count for { $year }; never for the current year.
gui-join-statut-none = Statut social: registered today, adherence cannot count for any year of this agreement (never for the current year).
gui-practice-join = Join the agreement
gui-doctor-recognised-first = First enter the date of your recognition: the declaration is made within the 30 days after it.
gui-overview-all-done = No doctor left to register.
gui-history-mark-removed = mark removed on { $when }
gui-history-mark-removed-by = mark removed on { $when } by { $name }
gui-overview-note = Note
gui-overview-note-placeholder = Note
gui-overview-back-up = Back up the practice
gui-overview-back-up-hint = A dated copy of the practice database in “backups” in the data folder; Conventio also makes one a day when it opens and keeps the last { $count }.
gui-overview-backed-up = Practice backup written: { $path }
gui-overview-backup-failed = The practice backup could not be written ({ $error }): nothing changed in the practice.
