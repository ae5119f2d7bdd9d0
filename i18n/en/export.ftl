# Conventio — texts of exported documents: PDF summary, calendar, conditions as text.

## Common

export-place-with-address = { $name } ({ $address })
export-hours-with-setting = { $hours } ({ $setting })
export-setting-office = practice
export-setting-home_visit = home visits
export-setting-hospital = hospitalised patients
export-setting-day_hospital = day hospital
export-role-unknown = Role not stated (general practitioner or specialist)
export-day-short-monday = Mon
export-day-short-tuesday = Tue
export-day-short-wednesday = Wed
export-day-short-thursday = Thu
export-day-short-friday = Fri
export-day-short-saturday = Sat
export-day-short-sunday = Sun

## Time and place conditions (text)

export-text-title = Time and place conditions — national medico-mutualist agreement { $agreement }
export-text-doctor = Doctor: { $name } — INAMI { $inami } — { $role }
export-text-choice = Choice: { $choice }
export-text-no-slots = No time slot declared.
export-text-full = Full adherence: the agreement rates apply to the whole practice; there are no time and place conditions to declare.
export-text-refusal = Refusal to adhere: there are no time and place conditions to declare.
export-text-line = { $day } — { $place } — { $parts }
export-text-agreement-hours = agreement rates: { $hours }
export-text-free-hours = free fees: { $hours }
export-text-parts-separator = {"; "}

## Calendar

export-ics-calendar-name = { $name } — schedule for agreement { $agreement }
export-ics-slot-summary = { $rates } — { $place }
export-ics-slot-description = { $setting } — { $choice } — agreement { $agreement } ({ $name })
export-ics-deadline-summary = Deadline: declaration of adherence to agreement { $agreement }
export-ics-deadline-description = Last day, inclusive, for { $window } under agreement { $agreement } ({ $allows }): no later than { $date }. Without a declaration, the doctor is deemed to adhere to the agreement.
export-ics-alarm = In one week: deadline for the declaration of adherence to agreement { $agreement }

## PDF summary

export-pdf-title = Declaration of adherence to the national medico-mutualist agreement { $agreement }
export-pdf-subtitle = Summary for your records, prepared on { $date } with Conventio
export-pdf-meta-title = Declaration of adherence { $agreement } — { $name }
export-pdf-portal-note = This document is not the declaration itself: that is registered online, in the ProSanté / ProGezondheid portal, on the last day at the latest.
export-pdf-section-identity = Doctor and choice
export-pdf-name = Doctor
export-pdf-inami = INAMI number
export-pdf-role = Role
export-pdf-agreement = Agreement
export-pdf-period = from { $start } to { $end }
export-pdf-choice = Choice
export-pdf-deadline = Deadline
export-pdf-prepared = Prepared on
export-pdf-choice-explained-full = You apply the agreement rates to all your services, in every place and at every hour.
export-pdf-choice-explained-partial = You apply the agreement rates, except on the days, at the hours and in the places listed below as free fees (fees you set yourself).
export-pdf-choice-explained-refusal = You do not adhere to the agreement: the agreement rates are not binding on your services and the social benefits (statut social) are not granted.
export-pdf-section-sites = Places of practice
export-pdf-no-sites = No place declared.
export-pdf-section-free = Free-fee time slots (not at agreement rates)
export-pdf-section-agreement = Time slots at agreement rates, by place
export-pdf-col-days = Days
export-pdf-col-place = Place
export-pdf-col-hours = Hours
export-pdf-none = None.
export-pdf-specialist-statement = I declare that at least { $fraction ->
    [half] half
   *[other] { $numerator }/{ $denominator }
} of my ambulatory services are provided at agreement rates, at hours that normally suit patients{ $clause }.
export-pdf-section-week = Typical week
# The week grid in words (the PDF's alternative text): the section's name, then each slot.
export-pdf-week-in-words = { $week }: { $slots }.
export-pdf-week-in-words-between = {"; "}
export-pdf-legend-agreement = Agreement rates
export-pdf-legend-free = Free fees
export-pdf-section-check = Check of the conditions: { $errors ->
    [0] no errors
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [0] no warnings
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
export-pdf-no-findings = No findings: the declaration meets the conditions of the agreement that Conventio checks.
export-pdf-section-figures = Figures
export-pdf-failed = the PDF could not be made ({ $reason })
export-pdf-signature-place-date = Done at ……………………………………, on ……………………
export-pdf-signature = Doctor's signature
export-pdf-footer = { $name } — INAMI { $inami } — page { $page } of { $pages }
export-pdf-window = Declaration window
export-pdf-effective = Takes effect
export-pdf-deadline-none-full = none: nothing to register (adherent doctor: full adherence is not registered)

# The practice overview printed as a list (landscape A4).
export-list-title = Practice overview
export-list-subtitle = Printed on { $date }. Doctors: { $filter } ({ $shown } of { $total }).
export-list-filter-all = all
export-list-filter-unregistered = only those still to register in ProSanté
export-list-none = No doctor to show.
export-list-unreadable = Unreadable profiles, left out of the list: { $ids }
export-list-footer = Practice overview, printed on { $date } — page { $page } of { $pages }
export-list-meta-title = Practice overview on { $date }
export-text-join = Joining the agreement by a doctor who had refused it: at any time, effective from registration in ProSanté.
