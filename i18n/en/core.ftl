# Conventio — core texts: rule findings, read errors, domain names.

## Domain names

day-monday = Monday
day-tuesday = Tuesday
day-wednesday = Wednesday
day-thursday = Thursday
day-friday = Friday
day-saturday = Saturday
day-sunday = Sunday
role-general_practitioner = General practitioner
role-lower-general_practitioner = general practitioner
role-lower-specialist = specialist
role-specialist = Specialist
choice-full = Full adherence (fully conventioned)
choice-partial = Partial adherence (partially conventioned)
choice-refusal = Refusal to adhere (non-conventioned)
rates-agreement = Agreement rates
rates-free = Free fees
setting-office = Practice (consultations, appointments)
setting-home_visit = Home visits
setting-hospital = Hospitalised patients
setting-day_hospital = Day hospital / flat fees
severity-error = Error
severity-warning = Warning
clause = clause { $clause }
agreement-name = National medico-mutualist agreement { $id }
unconfirmed = unconfirmed

## INAMI numbers

inami-empty = the number is empty
inami-invalid-character = only digits and the separators - . and space are allowed
inami-wrong-length = 11 digits are needed, there are { $digits }
inami-not-physician = a physician's number starts with 1
inami-check-digits = the check digits (7th and 8th) should be { $expected97 } or { $expected89 }, not { $found }

## Findings

finding-slot-time-order = Slot { $slot } ({ $day } { $start }–{ $end }): the end must come after the start on the same day. Split a slot that crosses midnight in two.
finding-slot-unknown-site = Slot { $slot } ({ $day } { $start }–{ $end }): the place “{ $site }” is not one of the declared places.
finding-slot-overlap = On { $day }, slots { $slots } overlap. A doctor is in one place at a time.
finding-site-unused = The place “{ $site }” has no slot.
finding-doctor-inami-invalid = The INAMI number “{ $number }” is not valid: { $reason ->
    [inami-empty] the number is empty.
    [inami-invalid-character] only digits and the separators - . and space are allowed.
    [inami-wrong-length] 11 digits are needed, there are { $digits }.
    [inami-not-physician] a physician's number starts with 1.
   *[inami-check-digits] the check digits (7th and 8th) should be { $expected97 } or { $expected89 }, not { $found }.
}
finding-doctor-role-mismatch = The stated role ({ $role }) does not match competence code { $code } of the INAMI number, which is that of a { $implied }.
finding-doctor-role-missing = State whether the doctor is a general practitioner or a specialist: the conditions of partial adherence depend on it.
finding-full-has-free-slots = Full adherence, but { $count ->
    [one] one slot has
   *[other] { $count } slots have
} free fees: a fully conventioned doctor applies agreement rates to the whole practice.
finding-partial-without-free-slots = Partial adherence without any free-fee slot: that amounts to full adherence.
finding-gp-free-setting = A partially conventioned general practitioner may charge free fees only for consultations, appointments and care organised at the practice ({ $count ->
    [one] one slot
   *[other] { $count } slots
} outside the practice).
finding-sp-free-setting = A partially conventioned specialist may charge free fees only to ambulatory patients, never to hospitalised or day-hospital patients ({ $count ->
    [one] one slot
   *[other] { $count } slots
} concerned).
finding-gp-free-blocks-per-week = { $count } free-fee blocks a week: the agreement allows at most { $max }.
finding-sp-free-blocks-per-week = { $count } free-fee blocks a week: the agreement allows at most { $max }.
finding-gp-free-days-per-week = Free fees on { $count } days a week: the agreement allows at most { $max }.
finding-sp-free-days-per-week = Free fees on { $count } days a week: the agreement allows at most { $max }.
finding-gp-free-block-length = On { $day } from { $start } to { $end }, a free-fee block of { $hours } h { $mins }; the maximum is { $maxhours } h { $maxmins } continuous.
finding-sp-free-block-length = On { $day } from { $start } to { $end }, a free-fee block of { $hours } h { $mins }; the maximum is { $maxhours } h { $maxmins } continuous.
finding-gp-agreement-share = Only { $percent } % of the practice at agreement rates ({ $counted } min out of { $base }): at least { $numerator }/{ $denominator } ({ $required } %) is required.
finding-sp-agreement-share = Only { $percent } % of ambulatory care at agreement rates in normal hours ({ $counted } min out of { $base }): at least { $numerator }/{ $denominator } ({ $required } %) is required. Normal hours are Monday to Friday before 9 pm.
finding-sp-site-access = The place “{ $site }” offers no agreement-rate slot for ambulatory patients: every place of practice must have one.
finding-gp-site-access = The place “{ $site }” offers no agreement-rate slot: every place of practice must have one.

## Reading files

read-at-position = line { $line }, column { $column }: { $detail }
read-syntax = malformed JSON: “{ $found }” is not expected here
read-truncated = the file ends too early (truncated?)
read-invalid = invalid content ({ $detail })
read-too-large = file too large for a declaration (over { $limit } MB)
read-not-utf8 = the file is not UTF-8 text
read-wrong-format = this is not a Conventio declaration (“format” must be “conventio-declaration”)
read-missing-key = the key “{ $key }” is required
read-duplicate-key = the key “{ $key }” appears twice
read-unknown-key = unknown key “{ $key }” (expected: { $expected })
read-unknown-value = unknown value “{ $value }” (expected: { $expected })
read-wrong-type = unexpected kind of value: found { $found }, expected { $wanted }
read-wrong-type-found = unexpected kind of value: { $found }
read-value-boolean = a boolean (true or false)
read-value-number = a number
read-value-text = a text
read-value-null = null (no value)
read-value-list = a list […]
read-value-object = an object {"{"}…{"}"}
read-value-other = another value
read-bad-time = invalid time “{ $value }”: the format is HH:MM, from 00:00 to 23:59, and 24:00 as an end
read-bad-date = invalid date: the format is YYYY-MM-DD ({ $detail })
read-bad-number = the number “{ $value }” is outside the values allowed here
read-bad-value = the value “{ $value }” is not allowed here
read-bad-value-kind = value not allowed here: { $found }
read-bad-length = { $length ->
    [one] a list of one item is not allowed here
   *[other] a list of { $length } items is not allowed here
}
read-empty-name = the doctor's name cannot be empty
read-newer-version = this file uses version { $found } of the format; this version of Conventio reads only version { $known }: update Conventio
read-bad-version = “version” must be a whole number
read-unknown-agreement = unknown agreement “{ $id }” (known agreements: { $known })
read-site-empty = every place needs an id and a name
read-site-duplicate = the place id “{ $id }” is used twice
read-role-needed = the competence code of the INAMI number does not tell whether the doctor is a general practitioner or a specialist: add “role” in “doctor”

## Practice: profiles and history

practice-unreadable = unreadable file ({ $reason })
change-choice = Choice changed: { $before } → { $after }
change-site-added = Place added: { $site }
change-site-removed = Place removed: { $site }
change-site-changed = Place changed: { $before } → { $after }
change-slot-added = Slot added: { $day } { $start }–{ $end }, { $rates } ({ $site })
change-slot-removed = Slot removed: { $day } { $start }–{ $end }, { $rates } ({ $site })
change-slot-changed = Slot changed: { $beforeday } { $beforestart }–{ $beforeend }, { $beforerates } ({ $beforesite }) → { $afterday } { $afterstart }–{ $afterend }, { $afterrates } ({ $aftersite })

settings-newer-kept = the preferences file comes from a newer version of Conventio (version { $version }): it is left unchanged

## Summary figures: a label and a value each, the same in the window, the command line and the PDF
figure-line = { $label }: { $value }
figure-time = Time declared a week
figure-time-value = { $total }, of which { $agreement } at agreement rates
figure-free-periods = { $unit ->
    [days] Free-fee days
   *[blocks] Free-fee blocks
} a week
figure-free-periods-value = { $count } (maximum { $max })
figure-longest = Longest free-fee block
figure-longest-value = { $longest } (maximum { $max })
figure-longest-value-unlimited = { $longest }
figure-share = Share at agreement rates
figure-share-value = { $percent } % ({ $counted } min out of { $base }); minimum { $numerator }/{ $denominator }
figure-site = Place “{ $site }”
figure-site-yes = at least one ambulatory agreement-rate slot
figure-site-no = no ambulatory agreement-rate slot (hospital slots do not count here: add office hours or home visits at agreement rates)
figure-deadline = Last day to declare
figure-deadline-value = { $until } ({ $state ->
    [today] that is today
    [past] passed { $days } { $days ->
        [one] day
       *[other] days
    } ago
   *[future] { $days } { $days ->
        [one] day
       *[other] days
    } left
}{ $prepared }{ $confirmation })
figure-deadline-full = none, nothing to register: doing nothing is full adherence
figure-deadline-none = no fixed day for { $window }
figure-deadline-unavailable = this agreement has no “{ $window }” window
figure-statut = Social benefits (statut social)
figure-statut-kept = { $amount } a year, kept with this choice
figure-statut-none = none when refusing to adhere
figure-statut-unknown = amount not known for this agreement

## Errors from the system, with what to do
io-not-found = this file or folder does not exist: check the path or pick it with “Browse”
io-permission-denied = you are not allowed to use this place: choose a folder of your own, such as Documents
io-is-a-directory = this is a folder, not a file: choose a declaration file (.json) inside it
io-not-a-directory = part of the path is a file, not a folder: correct the path
io-storage-full = the disk is full: free some space or choose another disk
io-read-only = this place is read-only: choose another folder
io-bad-name = the file name is too long or has a character that is not allowed: shorten it
io-already-exists = a file with this name already exists: choose another name
io-not-text = the file cannot be read as text: choose a declaration file (.json)
io-other = the system refused (code { $code }): check the path and try again, or choose another folder
change-doctor-name = Doctor's name changed: { $before } → { $after }
change-doctor-inami = INAMI number changed: { $before } → { $after }
gui-overview-to-register = To register
register-state-registered = registered
register-state-nothing = nothing to register
register-state-by = to register no later than { $date }
register-state-late = too late since { $date }
register-state-any-time = to register, no last day
register-headline = { $count } { $count ->
    [one] doctor
   *[other] doctors
} to register no later than { $date } — { $state ->
    [today] today is the last day
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } left
}{ $others ->
    [0] {""}
   *[other] {"; "}{ $others } later
}
register-headline-no-date = { $count } { $count ->
    [one] doctor
   *[other] doctors
} to register (no open last day)
figure-statut-year = Statut social after joining
figure-statut-join = can count for { $year } if the adherence is registered by 31/12/{ $registered }; never for the current year
figure-statut-join-none = cannot count for any year of this agreement (never for the current year)

# The practice database (issue 17).
store-unwritable = The practice's database cannot be written ({ $reason }): nothing already in it is lost, but changes are not kept in the practice.
store-full = The disk is full: this change was not stored in the practice; everything already there is intact. Free some space and try again.
store-corrupt = The practice's database { $path } is damaged: it was neither changed nor recreated. Restore a backup with “conventio practice restore FILE”.
store-corrupt-backup = The practice's database { $path } is damaged: it was neither changed nor recreated. Last backup: { $backup } (“conventio practice restore { $backup }”).
store-busy = Another Conventio window has been writing to the practice for over 5 seconds: nothing was changed, try again in a moment.
store-read-only = The practice is open read-only: this change is not stored.
store-newer = The practice's database was made by a newer version of Conventio: update Conventio to open it.
store-inami-taken = INAMI number { $inami } is already { $name }'s in this practice: nothing was saved. Correct the number, or open { $name } from the list of doctors.
store-other-number = The practice already has a { $name } with INAMI number { $inami }: this one ({ $number }) is saved as another doctor.
store-no-doctor = This doctor is no longer in the practice.
store-failed = The practice's database refused the change ({ $reason }): nothing was changed.
practice-changed-since = registered on { $date } — changed since: to register again
