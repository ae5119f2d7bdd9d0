# Conventio — Texte der exportierten Dokumente: PDF-Übersicht, Kalender, Bedingungen als Text.

## Gemeinsam

export-place-with-address = { $name } ({ $address })
export-hours-with-setting = { $hours } ({ $setting })
export-setting-office = Praxis
export-setting-home_visit = Hausbesuche
export-setting-hospital = stationäre Patienten
export-setting-day_hospital = Tagesklinik
export-role-unknown = Eigenschaft nicht angegeben (Allgemeinmediziner oder Facharzt)
export-day-short-monday = Mo.
export-day-short-tuesday = Di.
export-day-short-wednesday = Mi.
export-day-short-thursday = Do.
export-day-short-friday = Fr.
export-day-short-saturday = Sa.
export-day-short-sunday = So.

## Zeit- und Ortsbedingungen (Text)

export-text-title = Zeit- und Ortsbedingungen — Nationales Abkommen Ärzte-Krankenkassen { $agreement }
export-text-doctor = Arzt: { $name } — LIKIV { $inami } — { $role }
export-text-choice = Wahl: { $choice }
export-text-no-slots = Kein Zeitfenster angegeben.
export-text-full = Vollständiger Beitritt: die Tarife des Abkommens gelten für die gesamte Praxis; es sind keine Zeit- und Ortsbedingungen anzugeben.
export-text-refusal = Ablehnung des Beitritts: es sind keine Zeit- und Ortsbedingungen anzugeben.
export-text-line = { $day } — { $place } — { $parts }
export-text-agreement-hours = Tarife des Abkommens: { $hours }
export-text-free-hours = freie Honorare: { $hours }
export-text-parts-separator = {"; "}

## Kalender

export-ics-calendar-name = { $name } — Zeitplan für das Abkommen { $agreement }
export-ics-slot-summary = { $rates } — { $place }
export-ics-slot-description = { $setting } — { $choice } — Abkommen { $agreement } ({ $name })
export-ics-deadline-summary = Frist: Erklärung des Beitritts zum Abkommen { $agreement }
export-ics-deadline-description = Letzter Tag, einschließlich, für { $window } zum Abkommen { $agreement } ({ $allows }): spätestens am { $date }. Ohne Erklärung gilt der Arzt als dem Abkommen beigetreten.
export-ics-alarm = In einer Woche: Frist für die Erklärung des Beitritts zum Abkommen { $agreement }

## PDF-Übersicht

export-pdf-title = Erklärung des Beitritts zum Nationalen Abkommen Ärzte-Krankenkassen { $agreement }
export-pdf-subtitle = Übersicht für Ihre Unterlagen, erstellt am { $date } mit Conventio
export-pdf-meta-title = Beitrittserklärung { $agreement } — { $name }
export-pdf-portal-note = Dieses Dokument ist nicht die Erklärung selbst: sie wird spätestens am letzten Tag der Frist online über das Portal ProSanté / ProGezondheid registriert.
export-pdf-section-identity = Arzt und Wahl
export-pdf-name = Arzt
export-pdf-inami = LIKIV-Nummer
export-pdf-role = Eigenschaft
export-pdf-agreement = Abkommen
export-pdf-period = vom { $start } bis { $end }
export-pdf-choice = Wahl
export-pdf-deadline = Frist
export-pdf-prepared = Erstellt am
export-pdf-choice-explained-full = Sie wenden die Tarife des Abkommens auf alle Ihre Leistungen an, an jedem Ort und zu jeder Uhrzeit.
export-pdf-choice-explained-partial = Sie wenden die Tarife des Abkommens an, außer an den Tagen, zu den Uhrzeiten und an den Orten, die unten als freie Honorare angegeben sind.
export-pdf-choice-explained-refusal = Sie treten dem Abkommen nicht bei: die Tarife des Abkommens sind für Ihre Leistungen nicht verbindlich, und das Sozialstatut wird nicht gewährt.
export-pdf-section-sites = Praxisorte
export-pdf-no-sites = Kein Ort angegeben.
export-pdf-section-free = Zeitfenster mit freien Honoraren (nicht konventioniert)
export-pdf-section-agreement = Zeitfenster zu den Tarifen des Abkommens, pro Ort
export-pdf-col-days = Tage
export-pdf-col-place = Ort
export-pdf-col-hours = Uhrzeiten
export-pdf-none = Keine.
export-pdf-specialist-statement = Ich erkläre, dass ich mindestens { $fraction ->
    [half] die Hälfte
   *[other] { $numerator }/{ $denominator }
} meiner ambulanten Leistungen zu den Tarifen des Abkommens erbringe, zu Zeiten, die den Anspruchsberechtigten normalerweise passen{ $clause }.
export-pdf-section-week = Musterwoche
# The week grid in words (the PDF's alternative text): the section's name, then each slot.
export-pdf-week-in-words = { $week }: { $slots }.
export-pdf-week-in-words-between = {"; "}
export-pdf-legend-agreement = Tarife des Abkommens
export-pdf-legend-free = Freie Honorare
export-pdf-section-check = Prüfung der Bedingungen: { $errors ->
    [0] keine Fehler
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [0] keine Warnungen
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}
export-pdf-no-findings = Keine Befunde: die Erklärung erfüllt die Bedingungen des Abkommens, die Conventio prüft.
export-pdf-section-figures = Zahlen
export-pdf-failed = das PDF konnte nicht erstellt werden ({ $reason })
export-pdf-signature-place-date = Ausgefertigt in ……………………………………, am ……………………
export-pdf-signature = Unterschrift des Arztes
export-pdf-footer = { $name } — LIKIV { $inami } — Seite { $page } von { $pages }
export-pdf-window = Erklärungsfenster
export-pdf-effective = Wirksamkeit
export-pdf-deadline-none-full = keiner: nichts zu registrieren (konventionierter Arzt: der vollständige Beitritt wird nicht registriert)

# The practice overview printed as a list (landscape A4).
export-list-title = Übersicht der Praxis
export-list-subtitle = Gedruckt am { $date }. Ärztinnen und Ärzte: { $filter } ({ $shown } von { $total }).
export-list-filter-all = alle
export-list-filter-unregistered = nur die noch in ProSanté zu registrierenden
export-list-none = Keine Ärztin und kein Arzt anzuzeigen.
export-list-unreadable = Unlesbare Profile, nicht in der Liste: { $ids }
export-list-footer = Übersicht der Praxis, gedruckt am { $date } — Seite { $page } von { $pages }
export-list-meta-title = Übersicht der Praxis am { $date }
export-text-join = Beitritt zum Abkommen durch einen Arzt, der es abgelehnt hatte: jederzeit, wirksam ab der Registrierung in ProSanté.
