## Aangiftevensters, uiterste data, inwerkingtreding (RULES.md, "Deadline and windows")

list-separator = {"; "}
empty = {""}
summary-suffix = {"; "}{ $text }
choice-lower-full = volledige toetreding
choice-lower-partial = gedeeltelijke toetreding
choice-lower-refusal = weigering
window-kind-initial = oorspronkelijke termijn
window-kind-recognition = termijn voor pas erkende artsen
window-kind-second-year = tweede jaar
window-kind-join = toetreding tijdens het akkoord
window-kind-amendment = wijziging van de voorwaarden
window-name-initial = de verklaring binnen 30 dagen na de bekendmaking
window-name-recognition = de verklaring binnen 30 dagen na de erkenning (pas erkende arts)
window-name-second-year = de verklaring voor { $year }
window-name-join = de toetreding tijdens het akkoord (gedeconventioneerde arts)
window-name-amendment = de wijziging van de voorwaarden inzake tijd en plaats (arts die al gedeeltelijk geconventioneerd is)
window-title-initial = Verklaren binnen 30 dagen na de bekendmaking
window-title-recognition = Verklaren binnen 30 dagen na uw erkenning
window-title-second-year = Verklaren voor { $year }
window-title-join = Tot het akkoord toetreden
window-title-amendment = Uw voorwaarden inzake tijd en plaats wijzigen
window-allows = { $allows ->
    [full-partial] volledige of gedeeltelijke toetreding
    [full] volledige toetreding
    [partial-refusal] weigering of gedeeltelijke toetreding
    [partial] gedeeltelijke toetreding
    [refusal] weigering
   *[none] niets te registreren
}{ $note }
last-day = uiterlijk op { $date }
last-day-none = zonder uiterste datum
last-day-after-recognition = uiterlijk { $days } dagen na de erkenning
last-day-set-by-you = datum door u ingesteld; bekendgemaakte datum: { $published }
date-confirmed = datum bevestigd
date-unconfirmed = datum niet bevestigd
window-state-not-yet-open = nog niet open
window-state-open = open
window-state-closed = gesloten
window-state-open-days = { $state ->
    [today] vandaag is de laatste dag
   *[other] nog { $days } { $days ->
        [one] dag
       *[other] dagen
    }
}
window-state-closed-days = gesloten sinds { $days } { $days ->
    [one] dag
   *[other] dagen
}
window-line = { $window } ({ $allows }) — { $until }, { $state } ({ $confirmation })
window-open-item = { $window } ({ $allows }), { $until }
windows-open = Nog mogelijk: { $list }.
windows-none-open = Vandaag is geen ander aangiftevenster open.
summary-window-unavailable = Uiterste datum: dit akkoord heeft geen venster ‘{ $window }’.
summary-prepared-in-time = {"; "}voorbereid op { $prepared }, binnen de termijn
summary-prepared-late = {"; "}voorbereid op { $prepared }, na de uiterste datum
effective-full = Inwerkingtreding: de volledige toetreding geldt vanaf de inwerkingtreding van het akkoord, zonder iets te registreren.
effective-on = Inwerkingtreding van de verklaarde voorwaarden: op { $date }.
effective-from-registration = Inwerkingtreding: vanaf de registratie in ProGezondheid ({ $date } als ze die dag geregistreerd worden).
effective-unknown = Inwerkingtreding: datum niet bekend (inwerkingtreding van het akkoord).
finding-deadline-passed = Termijn verstreken voor { $window }: uiterlijk op { $deadline }, de verklaring werd voorbereid op { $prepared }. Een weigering of gedeeltelijke toetreding kan in dit venster niet meer worden geregistreerd; zonder verklaring wordt de arts geacht toe te treden. { $open }
finding-window-unavailable = Het akkoord { $agreement } heeft geen venster ‘{ $window }’. { $open }
finding-window-choice = In { $window } is de keuze ‘{ $choice }’ niet mogelijk: alleen { $allowed }. Niets doen geldt als volledige toetreding; een weigering wordt in een aangiftevenster verklaard.
interpretation-normal-hours-minutes = Interpretatie van Conventio: de ‘uren die normaal passen’ zijn maandag tot vrijdag vóór 21 uur, en het aandeel wordt geteld in geplande minuten (de tekst telt verstrekkingen).
interpretation-minutes = Interpretatie van Conventio: het aandeel wordt geteld in geplande minuten (de tekst telt verstrekkingen).
interpretation-site-rule = Interpretatie van Conventio: de regel ‘elke mogelijke plaats’ wordt toegepast op de plaatsen waar u ambulante blokken hebt.
read-text-too-long = het veld ‘{ $field }’ is langer dan de grens van { $limit } tekens
agreement-file-too-large = akkoordbestand te groot (meer dan 1 MB)
agreement-file-invalid = ongeldig akkoordbestand ({ $what })
agreement-io-not-found = { $path } bestaat niet: controleer het pad
agreement-io-permission-denied = geen toegang tot { $path }: kies een andere plaats of vraag toegang
agreement-io-is-a-folder = { $path } is een map: kies een bestand
agreement-io-other = { $path } kon niet gelezen worden
effective-value-on = op { $date }
effective-value-from-registration = vanaf de registratie ({ $date } als ze die dag geregistreerd worden)
effective-value-full = vanaf de inwerkingtreding van het akkoord, zonder iets te registreren
effective-value-unknown = datum niet bekend
window-line-short = { $allows } — { $until }, { $state } ({ $confirmation })
window-allows-unconfirmed = {", "}{ $choice } niet bevestigd voor { $year }
finding-window-standing = { $window } is voor artsen die het akkoord geweigerd hebben; vandaag is de arts { $current }: er is niets om toe te treden.
current-choice-full = geconventioneerd
current-choice-partial = gedeeltelijk geconventioneerd
current-choice-refusal = gedeconventioneerd
window-join-line = Tot het akkoord toetreden — op elk moment, geldt vanaf de registratie
