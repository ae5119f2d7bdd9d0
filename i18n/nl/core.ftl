# Conventio — teksten van de kern: bevindingen van de regels, leesfouten, namen uit het domein.

## Namen uit het domein

day-monday = maandag
day-tuesday = dinsdag
day-wednesday = woensdag
day-thursday = donderdag
day-friday = vrijdag
day-saturday = zaterdag
day-sunday = zondag
role-general_practitioner = Huisarts
role-lower-general_practitioner = huisarts
role-lower-specialist = arts-specialist
role-specialist = Arts-specialist
choice-full = Volledige toetreding (volledig geconventioneerd)
choice-partial = Gedeeltelijke toetreding (gedeeltelijk geconventioneerd)
choice-refusal = Weigering van toetreding (niet-geconventioneerd)
rates-agreement = Akkoordtarieven
rates-free = Vrije honoraria
setting-office = Praktijk (raadplegingen, afspraken)
setting-home_visit = Huisbezoeken
setting-hospital = Gehospitaliseerde patiënten
setting-day_hospital = Daghospitalisatie / forfaits
severity-error = Fout
severity-warning = Waarschuwing
clause = punt { $clause }
agreement-name = Nationaal akkoord artsen-ziekenfondsen { $id }
unconfirmed = niet bevestigd

## RIZIV-nummers

inami-empty = het nummer is leeg
inami-invalid-character = alleen cijfers en de scheidingstekens - . en spatie zijn toegelaten
inami-wrong-length = er zijn 11 cijfers nodig, er zijn er { $digits }
inami-not-physician = een artsennummer begint met 1
inami-check-digits = de controlecijfers (7de en 8ste) moeten { $expected97 } of { $expected89 } zijn, niet { $found }

## Bevindingen

finding-slot-time-order = Tijdvak { $slot } ({ $day } { $start }–{ $end }): het einde moet na het begin liggen, op dezelfde dag. Een tijdvak over middernacht splitst u in twee.
finding-slot-unknown-site = Tijdvak { $slot } ({ $day } { $start }–{ $end }): de plaats ‘{ $site }’ is geen van de opgegeven praktijkadressen.
finding-slot-overlap = Op { $day } overlappen de tijdvakken { $slots } elkaar. Een arts is op één plaats tegelijk.
finding-site-unused = De plaats ‘{ $site }’ heeft geen enkel tijdvak.
finding-doctor-inami-invalid = Het RIZIV-nummer ‘{ $number }’ is niet geldig: { $reason ->
    [inami-empty] het nummer is leeg.
    [inami-invalid-character] alleen cijfers en de scheidingstekens - . en spatie zijn toegelaten.
    [inami-wrong-length] er zijn 11 cijfers nodig, er zijn er { $digits }.
    [inami-not-physician] een artsennummer begint met 1.
   *[inami-check-digits] de controlecijfers (7de en 8ste) moeten { $expected97 } of { $expected89 } zijn, niet { $found }.
}
finding-doctor-role-mismatch = De opgegeven hoedanigheid ({ $role }) klopt niet met bekwaamheidscode { $code } van het RIZIV-nummer, die van een { $implied } is.
finding-doctor-role-missing = Geef aan of de arts huisarts of arts-specialist is: de voorwaarden van de gedeeltelijke toetreding hangen ervan af.
finding-full-has-free-slots = Volledige toetreding, maar { $count ->
    [one] één tijdvak past
   *[other] { $count } tijdvakken passen
} vrije honoraria toe: een volledig geconventioneerde arts past de akkoordtarieven toe op zijn hele praktijk.
finding-partial-without-free-slots = Gedeeltelijke toetreding zonder één tijdvak met vrije honoraria: dat komt neer op een volledige toetreding.
finding-gp-free-setting = Een gedeeltelijk geconventioneerde huisarts mag alleen vrije honoraria vragen voor georganiseerde raadplegingen, afspraken en verstrekkingen in de praktijk ({ $count ->
    [one] één tijdvak
   *[other] { $count } tijdvakken
} buiten de praktijk).
finding-sp-free-setting = Een gedeeltelijk geconventioneerde arts-specialist mag alleen vrije honoraria vragen aan ambulante patiënten, nooit aan gehospitaliseerde patiënten of in daghospitalisatie ({ $count ->
    [one] één tijdvak
   *[other] { $count } tijdvakken
} betrokken).
finding-gp-free-blocks-per-week = { $count } tijdvakken met vrije honoraria per week: het akkoord staat er hoogstens { $max } toe.
finding-sp-free-blocks-per-week = { $count } tijdvakken met vrije honoraria per week: het akkoord staat er hoogstens { $max } toe.
finding-gp-free-days-per-week = Vrije honoraria op { $count } dagen per week: het akkoord staat er hoogstens { $max } toe.
finding-sp-free-days-per-week = Vrije honoraria op { $count } dagen per week: het akkoord staat er hoogstens { $max } toe.
finding-gp-free-block-length = Op { $day } van { $start } tot { $end }: een tijdvak met vrije honoraria van { $hours } u { $mins }; het maximum is { $maxhours } u { $maxmins } aaneengesloten.
finding-sp-free-block-length = Op { $day } van { $start } tot { $end }: een tijdvak met vrije honoraria van { $hours } u { $mins }; het maximum is { $maxhours } u { $maxmins } aaneengesloten.
finding-gp-agreement-share = Slechts { $percent } % van de praktijk tegen akkoordtarieven ({ $counted } min op { $base }): dat moet minstens { $numerator }/{ $denominator } zijn ({ $required } %).
finding-sp-agreement-share = Slechts { $percent } % van de ambulante verstrekkingen tegen akkoordtarieven op normale uren ({ $counted } min op { $base }): dat moet minstens { $numerator }/{ $denominator } zijn ({ $required } %). Normale uren zijn van maandag tot vrijdag vóór 21 uur.
finding-sp-site-access = De plaats ‘{ $site }’ biedt geen enkel tijdvak tegen akkoordtarieven voor ambulante patiënten: elke plaats waar u praktiseert, moet er een hebben.
finding-gp-site-access = De plaats ‘{ $site }’ biedt geen enkel tijdvak tegen akkoordtarieven: elke plaats waar u praktiseert, moet er een hebben.

## Bestanden lezen

read-at-position = regel { $line }, kolom { $column }: { $detail }
read-syntax = ongeldige JSON: ‘{ $found }’ wordt hier niet verwacht
read-truncated = het bestand houdt op vóór het einde (afgebroken bestand?)
read-invalid = ongeldige inhoud ({ $detail })
read-too-large = bestand te groot voor een verklaring (meer dan { $limit } MB)
read-not-utf8 = het bestand is geen UTF-8-tekst
read-wrong-format = dit is geen Conventio-verklaring (‘format’ moet ‘conventio-declaration’ zijn)
read-missing-key = de sleutel ‘{ $key }’ is verplicht
read-duplicate-key = de sleutel ‘{ $key }’ staat er twee keer
read-unknown-key = onbekende sleutel ‘{ $key }’ (verwacht: { $expected })
read-unknown-value = onbekende waarde ‘{ $value }’ (verwacht: { $expected })
read-wrong-type = onverwacht soort waarde: { $found } gevonden, { $wanted } verwacht
read-wrong-type-found = onverwacht soort waarde: { $found }
read-value-boolean = een booleaanse waarde (true of false)
read-value-number = een getal
read-value-text = een tekst
read-value-null = null (geen waarde)
read-value-list = een lijst […]
read-value-object = een object {"{"}…{"}"}
read-value-other = een andere waarde
read-bad-time = ongeldig uur ‘{ $value }’: de vorm is UU:MM, van 00:00 tot 23:59, en 24:00 als einde
read-bad-date = ongeldige datum: de vorm is JJJJ-MM-DD ({ $detail })
read-bad-number = het getal ‘{ $value }’ valt buiten de toegelaten waarden
read-bad-value = de waarde ‘{ $value }’ is hier niet toegelaten
read-bad-value-kind = waarde hier niet toegelaten: { $found }
read-bad-length = { $length ->
    [one] een lijst van één element is hier niet toegelaten
   *[other] een lijst van { $length } elementen is hier niet toegelaten
}
read-empty-name = de naam van de arts mag niet leeg zijn
read-newer-version = dit bestand gebruikt versie { $found } van het formaat, deze versie van Conventio leest alleen versie { $known }: werk Conventio bij
read-bad-version = ‘version’ moet een geheel getal zijn
read-unknown-agreement = onbekend akkoord ‘{ $id }’ (bekende akkoorden: { $known })
read-site-empty = elke plaats moet een identificatie en een naam hebben
read-site-duplicate = de plaatsidentificatie ‘{ $id }’ wordt twee keer gebruikt
read-role-needed = uit de bekwaamheidscode van het RIZIV-nummer blijkt niet of de arts huisarts of arts-specialist is: voeg ‘role’ toe in ‘doctor’

## Praktijk: profielen en geschiedenis

practice-unreadable = onleesbaar bestand ({ $reason })
change-choice = Keuze gewijzigd: { $before } → { $after }
change-site-added = Plaats toegevoegd: { $site }
change-site-removed = Plaats verwijderd: { $site }
change-site-changed = Plaats gewijzigd: { $before } → { $after }
change-slot-added = Tijdvak toegevoegd: { $day } { $start }–{ $end }, { $rates } ({ $site })
change-slot-removed = Tijdvak verwijderd: { $day } { $start }–{ $end }, { $rates } ({ $site })
change-slot-changed = Tijdvak gewijzigd: { $beforeday } { $beforestart }–{ $beforeend }, { $beforerates } ({ $beforesite }) → { $afterday } { $afterstart }–{ $afterend }, { $afterrates } ({ $aftersite })

settings-newer-kept = het voorkeurenbestand komt van een recentere versie van Conventio (versie { $version }): het wordt niet gewijzigd

## Summary figures: a label and a value each, the same in the window, the command line and the PDF
figure-line = { $label }: { $value }
figure-time = Opgegeven tijd per week
figure-time-value = { $total }, waarvan { $agreement } tegen akkoordtarieven
figure-free-periods = { $unit ->
    [days] Dagen met vrije honoraria
   *[blocks] Blokken met vrije honoraria
} per week
figure-free-periods-value = { $count } (maximum { $max })
figure-longest = Langste blok met vrije honoraria
figure-longest-value = { $longest } (maximum { $max })
figure-longest-value-unlimited = { $longest }
figure-share = Aandeel akkoordtarieven
figure-share-value = { $percent } % ({ $counted } min van { $base }); minimum { $numerator }/{ $denominator }
figure-site = Plaats ‘{ $site }’
figure-site-yes = minstens één ambulant tijdvak tegen akkoordtarieven
figure-site-no = geen ambulant tijdvak tegen akkoordtarieven (tijdvakken in het ziekenhuis tellen hier niet: voeg een raadpleging of huisbezoeken tegen akkoordtarieven toe)
figure-deadline = Uiterste datum van de verklaring
figure-deadline-value = { $until } ({ $state ->
    [today] dat is vandaag
    [past] verstreken sinds { $days } { $days ->
        [one] dag
       *[other] dagen
    }
   *[future] nog { $days } { $days ->
        [one] dag
       *[other] dagen
    }
}{ $prepared }{ $confirmation })
figure-deadline-full = geen, niets te registreren: niets doen geldt als volledige toetreding
figure-deadline-none = geen vaste datum voor { $window }
figure-deadline-unavailable = dit akkoord heeft geen venster ‘{ $window }’
figure-statut = Sociaal statuut
figure-statut-kept = { $amount } per jaar, behouden met deze keuze
figure-statut-none = geen bij weigering van toetreding
figure-statut-unknown = bedrag niet gekend voor dit akkoord

## Errors from the system, with what to do
io-not-found = dit bestand of deze map bestaat niet: controleer het pad of kies het met ‘Bladeren’
io-permission-denied = u hebt geen toegang tot deze plaats: kies een eigen map, bijvoorbeeld Documenten
io-is-a-directory = dit is een map, geen bestand: kies een verklaringsbestand (.json) in deze map
io-not-a-directory = een deel van het pad is een bestand en geen map: verbeter het pad
io-storage-full = de schijf is vol: maak ruimte vrij of kies een andere schijf
io-read-only = deze plaats is alleen-lezen: kies een andere map
io-bad-name = de bestandsnaam is te lang of bevat een verboden teken: maak hem korter
io-already-exists = er bestaat al een bestand met deze naam: kies een andere naam
io-not-text = het bestand is niet leesbaar als tekst: kies een verklaringsbestand (.json)
io-other = het systeem weigerde de bewerking (code { $code }): controleer het pad en probeer opnieuw, of kies een andere map
change-doctor-name = Naam van de arts gewijzigd: { $before } → { $after }
change-doctor-inami = RIZIV-nummer gewijzigd: { $before } → { $after }
gui-overview-to-register = Te registreren
register-state-registered = geregistreerd
register-state-nothing = niets te registreren
register-state-by = te registreren uiterlijk op { $date }
register-state-late = termijn verstreken op { $date }
register-state-any-time = te registreren, zonder uiterste datum
register-headline = { $count } { $count ->
    [one] arts
   *[other] artsen
} te registreren uiterlijk op { $date } — { $state ->
    [today] vandaag is de laatste dag
   *[other] nog { $days } { $days ->
        [one] dag
       *[other] dagen
    }
}{ $others ->
    [0] {""}
   *[other] {"; "}{ $others } daarna
}
register-headline-no-date = { $count } { $count ->
    [one] arts
   *[other] artsen
} te registreren (zonder open uiterste datum)
figure-statut-year = Sociaal statuut na toetreding
figure-statut-join = kan tellen voor { $year } als de toetreding uiterlijk op 31/12/{ $registered } geregistreerd is; nooit voor het lopende jaar
figure-statut-join-none = kan voor geen enkel jaar van dit akkoord tellen (nooit voor het lopende jaar)

# The practice database (issue 17).
store-unwritable = De databank van de praktijk kan niet worden geschreven ({ $reason }): wat er al in staat gaat niet verloren, maar wijzigingen worden niet in de praktijk bewaard.
store-full = De schijf is vol: deze wijziging is niet in de praktijk bewaard; alles wat er al in stond is intact. Maak ruimte vrij en probeer opnieuw.
store-corrupt = De databank van de praktijk { $path } is beschadigd: ze werd niet gewijzigd of opnieuw aangemaakt. Zet een back-up terug met ‘conventio practice restore BESTAND’.
store-corrupt-backup = De databank van de praktijk { $path } is beschadigd: ze werd niet gewijzigd of opnieuw aangemaakt. Laatste back-up: { $backup } (‘conventio practice restore { $backup }’).
store-busy = Een ander Conventio-venster schrijft al meer dan 5 seconden in de praktijk: er is niets gewijzigd, probeer zo dadelijk opnieuw.
store-read-only = De praktijk is alleen-lezen geopend: deze wijziging wordt niet bewaard.
store-newer = De databank van de praktijk werd gemaakt door een nieuwere versie van Conventio: werk Conventio bij om ze te openen.
store-inami-taken = Het RIZIV-nummer { $inami } is in deze praktijk al dat van { $name }: er is niets bewaard. Verbeter het nummer, of open { $name } vanuit de lijst van artsen.
store-other-number = De praktijk heeft al een { $name } met RIZIV-nummer { $inami }: deze ({ $number }) is als een andere arts bewaard.
store-no-doctor = Deze arts staat niet meer in de praktijk.
store-failed = De databank van de praktijk weigerde de wijziging ({ $reason }): er is niets gewijzigd.
practice-changed-since = geregistreerd op { $date } — sindsdien gewijzigd: opnieuw te registreren
