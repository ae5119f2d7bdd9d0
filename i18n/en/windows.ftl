## Declaration windows, last days, taking effect (RULES.md, "Deadline and windows")

list-separator = {"; "}
empty = {""}
summary-suffix = {"; "}{ $text }
choice-lower-full = full adherence
choice-lower-partial = partial adherence
choice-lower-refusal = refusal
window-kind-initial = initial window
window-kind-recognition = newly recognised doctors' window
window-kind-second-year = second year
window-kind-join = joining during the agreement
window-kind-amendment = change of conditions
window-name-initial = the declaration within 30 days of publication
window-name-recognition = the declaration within 30 days of recognition (newly recognised doctor)
window-name-second-year = the declaration for { $year }
window-name-join = joining the agreement during its term (doctor who refused)
window-name-amendment = the change of time and place conditions (doctor already partially adherent)
window-title-initial = Declare within 30 days of publication
window-title-recognition = Declare within 30 days of your recognition
window-title-second-year = Declare for { $year }
window-title-join = Join the agreement
window-title-amendment = Change your time and place conditions
window-allows = { $allows ->
    [full-partial] full or partial adherence
    [full] full adherence
    [partial-refusal] refusal or partial adherence
    [partial] partial adherence
    [refusal] refusal
   *[none] nothing to register
}{ $note }
last-day = no later than { $date }
last-day-none = no last day
last-day-after-recognition = no later than { $days } days after recognition
last-day-set-by-you = date set by you; published date: { $published }
date-confirmed = date confirmed
date-unconfirmed = date not confirmed
window-state-not-yet-open = not open yet
window-state-open = open
window-state-closed = closed
window-state-open-days = { $state ->
    [today] today is the last day
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } left
}
window-state-closed-days = closed { $days } { $days ->
    [one] day
   *[other] days
} ago
window-line = { $window } ({ $allows }) — { $until }, { $state } ({ $confirmation })
window-open-item = { $window } ({ $allows }), { $until }
windows-open = Still possible: { $list }.
windows-none-open = No other declaration window is open today.
summary-window-unavailable = Last day: this agreement has no “{ $window }” window.
summary-prepared-in-time = {"; "}prepared on { $prepared }, in time
summary-prepared-late = {"; "}prepared on { $prepared }, after the last day
effective-full = Takes effect: full adherence applies from the agreement's entry into force, with nothing to register.
effective-on = The declared conditions take effect on { $date }.
effective-from-registration = Takes effect: from registration in ProSanté ({ $date } if registered that day).
effective-unknown = Takes effect: date not known (the agreement's entry into force).
finding-deadline-passed = Last day passed for { $window }: no later than { $deadline }, the declaration was prepared on { $prepared }. A refusal or partial adherence can no longer be registered in this window; without a declaration the doctor is deemed to adhere. { $open }
finding-window-unavailable = Agreement { $agreement } has no “{ $window }” window. { $open }
finding-window-choice = In { $window }, the choice “{ $choice }” is not possible: only { $allowed }. Doing nothing is full adherence; a refusal is declared in a declaration window.
interpretation-normal-hours-minutes = Conventio's interpretation: “hours that normally suit patients” are Monday to Friday before 21:00, and the share is counted in scheduled minutes (the text counts services).
interpretation-minutes = Conventio's interpretation: the share is counted in scheduled minutes (the text counts services).
interpretation-site-rule = Conventio's interpretation: the “every possible site” rule is applied to the sites where you have ambulatory slots.
read-text-too-long = the field “{ $field }” is longer than its limit of { $limit } characters
agreement-file-too-large = agreement file too large (more than 1 MB)
agreement-file-invalid = invalid agreement file ({ $what })
agreement-io-not-found = { $path } does not exist: check the path
agreement-io-permission-denied = no permission to access { $path }: choose another place or ask for access
agreement-io-is-a-folder = { $path } is a folder: choose a file
agreement-io-other = { $path } could not be read
effective-value-on = on { $date }
effective-value-from-registration = from registration ({ $date } if registered that day)
effective-value-full = from the agreement's entry into force, with nothing to register
effective-value-unknown = date not known
window-line-short = { $allows } — { $until }, { $state } ({ $confirmation })
window-allows-unconfirmed = {", "}{ $choice } not confirmed for { $year }
finding-window-standing = { $window } is for doctors who refused the agreement; today the doctor is { $current }: there is nothing to join.
current-choice-full = fully adherent
current-choice-partial = partially adherent
current-choice-refusal = non-adherent (refused)
window-join-line = Join the agreement — at any time, effective from registration
