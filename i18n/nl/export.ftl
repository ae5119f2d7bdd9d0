# Conventio — teksten van de uitgevoerde documenten: pdf-overzicht, agenda, voorwaarden als tekst.

## Gemeenschappelijk

export-place-with-address = { $name } ({ $address })
export-hours-with-setting = { $hours } ({ $setting })
export-setting-office = praktijk
export-setting-home_visit = huisbezoeken
export-setting-hospital = gehospitaliseerde patiënten
export-setting-day_hospital = daghospitalisatie
export-role-unknown = Hoedanigheid niet opgegeven (huisarts of arts-specialist)
export-day-short-monday = ma
export-day-short-tuesday = di
export-day-short-wednesday = wo
export-day-short-thursday = do
export-day-short-friday = vr
export-day-short-saturday = za
export-day-short-sunday = zo

## Tijds- en plaatsvoorwaarden (tekst)

export-text-title = Tijds- en plaatsvoorwaarden — nationaal akkoord artsen-ziekenfondsen { $agreement }
export-text-doctor = Arts: { $name } — RIZIV { $inami } — { $role }
export-text-choice = Keuze: { $choice }
export-text-no-slots = Geen uurrooster opgegeven.
export-text-full = Volledige toetreding: de akkoordtarieven gelden voor de hele praktijk; er zijn geen tijds- en plaatsvoorwaarden op te geven.
export-text-refusal = Weigering van toetreding: er zijn geen tijds- en plaatsvoorwaarden op te geven.
export-text-line = { $day } — { $place } — { $parts }
export-text-agreement-hours = akkoordtarieven: { $hours }
export-text-free-hours = vrije honoraria: { $hours }
export-text-parts-separator = {"; "}

## Agenda

export-ics-calendar-name = { $name } — uurrooster akkoord { $agreement }
export-ics-slot-summary = { $rates } — { $place }
export-ics-slot-description = { $setting } — { $choice } — akkoord { $agreement } ({ $name })
export-ics-deadline-summary = Uiterste datum: verklaring van toetreding tot het akkoord { $agreement }
export-ics-deadline-description = Laatste dag, inbegrepen, voor { $window } bij het akkoord { $agreement } ({ $allows }): uiterlijk op { $date }. Zonder verklaring wordt de arts geacht tot het akkoord toe te treden.
export-ics-alarm = Over een week: uiterste datum van de verklaring van toetreding tot het akkoord { $agreement }

## Pdf-overzicht

export-pdf-title = Verklaring van toetreding tot het nationaal akkoord artsen-ziekenfondsen { $agreement }
export-pdf-subtitle = Overzicht voor uw dossier, opgesteld op { $date } met Conventio
export-pdf-meta-title = Verklaring van toetreding { $agreement } — { $name }
export-pdf-portal-note = Dit document is niet de verklaring zelf: die wordt uiterlijk op de laatste dag van de termijn online geregistreerd via het portaal ProGezondheid.
export-pdf-section-identity = Arts en keuze
export-pdf-name = Arts
export-pdf-inami = RIZIV-nummer
export-pdf-role = Hoedanigheid
export-pdf-agreement = Akkoord
export-pdf-period = van { $start } tot { $end }
export-pdf-choice = Keuze
export-pdf-deadline = Uiterste datum
export-pdf-prepared = Opgesteld op
export-pdf-choice-explained-full = U past de akkoordtarieven toe op al uw verstrekkingen, op elke plaats en op elk uur.
export-pdf-choice-explained-partial = U past de akkoordtarieven toe, behalve op de dagen, uren en plaatsen die hieronder als vrije honoraria vermeld staan.
export-pdf-choice-explained-refusal = U treedt niet toe tot het akkoord: de akkoordtarieven zijn niet verplicht voor uw verstrekkingen en het sociaal statuut wordt niet toegekend.
export-pdf-section-sites = Plaatsen van uitoefening
export-pdf-no-sites = Geen plaats opgegeven.
export-pdf-section-free = Uren met vrije honoraria (niet geconventioneerd)
export-pdf-section-agreement = Uren met akkoordtarieven, per plaats
export-pdf-col-days = Dagen
export-pdf-col-place = Plaats
export-pdf-col-hours = Uren
export-pdf-none = Geen.
export-pdf-specialist-statement = Ik verklaar dat ik minstens { $fraction ->
    [half] de helft
   *[other] { $numerator }/{ $denominator }
} van mijn ambulante verstrekkingen tegen akkoordtarieven verricht, op uren die normaal gezien schikken voor de rechthebbenden{ $clause }.
export-pdf-section-week = Weekrooster
# The week grid in words (the PDF's alternative text): the section's name, then each slot.
export-pdf-week-in-words = { $week }: { $slots }.
export-pdf-week-in-words-between = {"; "}
export-pdf-legend-agreement = Akkoordtarieven
export-pdf-legend-free = Vrije honoraria
export-pdf-section-check = Controle van de voorwaarden: { $errors ->
    [0] geen fouten
    [one] { $errors } fout
   *[other] { $errors } fouten
}, { $warnings ->
    [0] geen waarschuwingen
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
}
export-pdf-no-findings = Geen bevindingen: de verklaring voldoet aan de voorwaarden van het akkoord die Conventio controleert.
export-pdf-section-figures = Cijfers
export-pdf-failed = de PDF kon niet worden gemaakt ({ $reason })
export-pdf-signature-place-date = Opgemaakt te ……………………………………, op ……………………
export-pdf-signature = Handtekening van de arts
export-pdf-footer = { $name } — RIZIV { $inami } — pagina { $page } van { $pages }
export-pdf-window = Aangiftevenster
export-pdf-effective = Inwerkingtreding
export-pdf-deadline-none-full = geen: niets te registreren (geconventioneerde arts: volledige toetreding wordt niet geregistreerd)

# The practice overview printed as a list (landscape A4).
export-list-title = Overzicht van de praktijk
export-list-subtitle = Afgedrukt op { $date }. Artsen: { $filter } ({ $shown } van { $total }).
export-list-filter-all = allemaal
export-list-filter-unregistered = enkel wie nog in ProGezondheid te registreren is
export-list-none = Geen arts te tonen.
export-list-unreadable = Onleesbare profielen, niet in de lijst opgenomen: { $ids }
export-list-footer = Overzicht van de praktijk, afgedrukt op { $date } — pagina { $page } van { $pages }
export-list-meta-title = Overzicht van de praktijk op { $date }
export-text-join = Toetreding tot het akkoord door een arts die het geweigerd had: op elk moment, geldt vanaf de registratie in ProGezondheid.
