# Conventio — teksten van het venster.

gui-title = Conventio
gui-step-start = Start
gui-step-doctor = Arts
gui-step-choice = Keuze
gui-step-schedule = Uurrooster
gui-step-review = Nakijken en bewaren
gui-next = Verder
gui-undo = Ongedaan maken
gui-redo = Opnieuw
gui-dismiss = Sluiten
gui-open = Openen
gui-browse = Bladeren…
gui-remove = Verwijderen
gui-save = Bewaren
# The Save button while the file is being written (it waits meanwhile).
gui-saving = Bezig met bewaren…
gui-example-file-name = verklaring.json
gui-date-placeholder = dd/mm/jjjj
gui-date-invalid = Geef een datum in als dd/mm/jjjj, bijvoorbeeld 23/11/2026.
gui-theme-system = Thema van het systeem
gui-theme-light = Licht
gui-theme-dark = Donker
gui-theme-high-contrast = Hoog contrast
gui-autosave-note = Elke wijziging wordt automatisch bewaard: u kunt het venster op elk moment sluiten.
gui-autosave-failed = Automatisch bewaren is mislukt ({ $error }): uw werk blijft in het venster, bewaar het elders.
gui-work-not-kept = Het werk op het scherm kon niet bewaard worden ({ $error }): het blijft open, er is niets anders geopend.
gui-work-needs-doctor = Het werk op het scherm heeft nog geen arts: geef een naam of een RIZIV-nummer om het te bewaren voor u een andere opent.
gui-work-copy-held = Dit werk is een kopie van een arts die in een ander Conventio-venster geopend is: sla ze op (ze wordt een versie van die arts) of sluit het andere venster voor u iets anders opent. Ze blijft open.
gui-doctor-has-draft = { $doctor } heeft lopend werk dat niet bewaard is in de praktijk (zijn ontwerp): dit bestand is geopend als een kopie, die er niet aan raakt. Open de arts vanuit de lijst om zijn ontwerp verder te zetten.
gui-work-doctor-has-draft = { $doctor } heeft al lopend werk dat niet bewaard is in de praktijk: bewaar dit werk (het wordt een versie van die arts) voor u iets anders opent. Het blijft open.
gui-settings-failed = De voorkeuren kunnen niet worden bewaard ({ $error }).
gui-settings-newer = Uw voorkeuren komen van een recentere versie van Conventio (versie { $version }): ze worden niet gewijzigd, de standaardinstellingen gelden.
gui-draft-restored = Het ontwerp van uw vorige sessie is hersteld.
gui-draft-unreadable = Het bewaarde ontwerp kon niet worden gelezen ({ $error }); er is een lege verklaring geopend, het bestand blijft bewaard.

## Start

gui-banner-unconfirmed = Datum of bedrag niet bevestigd door de bekendgemaakte tekst: kijk het na op de website van het RIZIV.
gui-start-what = Wat wilt u doen?
gui-start-new = Nieuwe verklaring
gui-start-continue = Verder met het huidige ontwerp ({ $name })
gui-start-continue-unnamed = Verder met het huidige ontwerp (arts nog niet ingevuld)
gui-start-recent = Recente verklaringen
gui-start-open-file = Een verklaringsbestand openen
gui-example-gp = Voorbeeld: huisarts
gui-example-specialist = Voorbeeld: arts-specialist
gui-no-dialog-open = Er is geen venster om een bestand te kiezen: typ hieronder het pad van het bestand.
gui-opened = Geopend: { $path }
gui-open-failed = Kan { $path } niet openen: { $error }. Uw huidige werk blijft behouden.

## Arts

gui-doctor-title = De arts
gui-doctor-name = Naam van de arts
gui-doctor-name-placeholder = Dr Voornaam Naam
gui-doctor-inami = RIZIV-nummer
gui-inami-help = 11 cijfers, bijvoorbeeld 1-23456-78-901; streepjes, punten en spaties zijn toegelaten.
gui-inami-valid = Geldig nummer: { $number } ({ $role }).
gui-inami-role-unknown = kwalificatie op te geven
gui-doctor-role = Hoedanigheid
gui-role-derived = Afgeleid uit de bekwaamheidscode van het RIZIV-nummer; u kunt ze wijzigen.
gui-role-needed = De bekwaamheidscode laat niet toe ze af te leiden: kies ze.
gui-role-not-needed = Alleen nodig bij een gedeeltelijke toetreding; anders facultatief.
gui-role-stated = Door u gekozen.
gui-doctor-agreement = Akkoord
gui-doctor-recognised = Datum van erkenning (alleen als die na de bekendmaking van het akkoord valt)
gui-doctor-recognised-help = Een arts die na de bekendmaking erkend wordt, heeft 30 dagen vanaf zijn erkenning.
gui-doctor-sites = Praktijkadressen
gui-sites-help = Elke plaats waar u raadpleegt: praktijk, ziekenhuis, polikliniek. Elk tijdvak hoort bij een plaats.
gui-site-name = Naam van de plaats
gui-site-address = Adres
gui-site-new-placeholder = Naam van een nieuwe plaats, dan Enter
gui-site-add = Plaats toevoegen

## Keuze

gui-choice-title = Uw keuze voor dit akkoord
gui-choice-intro = Zonder verklaring binnen de termijn wordt u geacht volledig toe te treden.
gui-choice-full-fees = U past de akkoordtarieven toe op uw hele praktijk, behalve bij bijzondere eisen van de patiënt (na 21 uur, in het weekend, eenpersoonskamer…).
gui-choice-full-patients = Uw patiënten weten vooraf wat ze betalen; u krijgt ook de conventiepremie.
gui-choice-partial-fees = U past de akkoordtarieven toe, behalve tijdens enkele tijdvakken per week waarin uw honoraria vrij zijn, binnen de grenzen van het akkoord.
gui-choice-partial-patients = U geeft uw dagen, uren en plaatsen op; patiënten moeten u tegen akkoordtarieven kunnen raadplegen.
gui-choice-refusal-fees = U bepaalt vrij uw honoraria voor uw hele praktijk.
gui-choice-refusal-patients = Uw patiënten worden minder terugbetaald in verhouding tot wat ze betalen; u moet hen over uw tarieven informeren.
gui-choice-statut = Sociaal statuut voor { $year }: { $amount } per jaar (als de activiteitsdrempel bereikt is).
gui-choice-statut-none = Geen sociaal statuut: dat is voorbehouden aan artsen die tot het akkoord toetreden.
gui-choice-statut-unknown = Sociaal statuut: bedrag voor dit akkoord nog niet bekend.

## Uurrooster

gui-schedule-title = Uurrooster van de week
gui-schedule-no-site = Er is nog geen praktijkadres opgegeven: voeg er een toe bij de stap Arts, want elk tijdvak hoort bij een plaats.
gui-schedule-add-site = Plaats toevoegen
gui-schedule-grid = Week
gui-schedule-list = Lijst
gui-schedule-help = Klik of sleep op een lege plek om een tijdvak te maken; klik op een tijdvak om het te wijzigen. Blauw: akkoordtarieven; oranje gearceerd: vrije honoraria; de letter geeft de plaats aan.
gui-schedule-list-help = Klik op een tijdvak om het te wijzigen; ‘{ $add }’ voegt er een toe.
gui-slot-add = Tijdvak toevoegen
gui-slot-add-another = + Nog een tijdvak toevoegen
gui-slot-label = { $day } { $start }–{ $end }
gui-slot-none = Geen tijdvak geselecteerd
gui-slot-none-help = Selecteer een tijdvak in de week of de lijst om het hier te wijzigen.
gui-schedule-list-empty = Nog geen tijdvakken: ‘{ $add }’ voegt er een toe.
gui-slot-edit = Geselecteerd tijdvak
gui-slot-day = Dag
gui-slot-hours = Uren
gui-slot-start = Begin
gui-slot-end = Einde
gui-slot-site = Plaats
gui-slot-site-pick = Kies een plaats
gui-slot-rates = Tarieven
gui-slot-setting = Soort activiteit
gui-slot-note = Opmerking
gui-slot-duplicate = Kopiëren naar
gui-slot-delete = Tijdvak verwijderen
gui-slot-keys = Met het toetsenbord: pijltjes omhoog en omlaag verschuiven het tijdvak een kwartier, links en rechts een dag, Shift+pijltjes wijzigen het einde, Delete verwijdert het.
gui-time-help = Aanvaarde uren: 8:30, 08u30, 0830, van 00:00 tot 24:00 (24:00 voor middernacht als einde).
gui-time-shape = Uur niet begrepen.
gui-time-range = Onmogelijk uur.

## Controle

gui-check-title = Controle
gui-check-ok = In orde met het akkoord.
gui-check-folded-counts = { $errors ->
    [0] geen fouten
    [one] { $errors } fout
   *[other] { $errors } fouten
}, { $warnings ->
    [0] geen waarschuwingen
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
}
gui-check-unfold = Controle tonen
gui-check-fold = Controle inklappen
gui-check-not-ok = Te verbeteren vóór de verklaring.
gui-check-errors = { $count ->
    [one] { $count } fout
   *[other] { $count } fouten
}
gui-check-warnings = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}
gui-check-to-complete = Aan te vullen vóór de verklaring.
gui-check-to-fill-in = { $count ->
    [one] { $count } veld in te vullen
   *[other] { $count } velden in te vullen
}
gui-figures-title = Cijfers

## Nakijken en bewaren

gui-review-title = Nakijken en bewaren
gui-review-ready = De verklaring is in orde: bewaar ze en neem de voorwaarden over in ProGezondheid.
gui-review-ready-nothing = De verklaring is in orde: niets te registreren in ProGezondheid; bewaar ze voor het dossier van de praktijk.
gui-review-ready-no-conditions = De verklaring is in orde: bewaar ze en registreer deze keuze in ProGezondheid (ze heeft geen tijds- en plaatsvoorwaarden om over te nemen).
gui-review-not-ready = De controle meldt fouten: u kunt bewaren, maar verbeter ze vóór u verklaart.
gui-review-conditions = Voorwaarden inzake tijd en plaats
gui-review-save = Verklaringsbestand
gui-review-save-help = Als er geen venster opent om een bestand te kiezen, typ dan het volledige pad en druk op Enter.
gui-review-portal = De officiële verklaring gebeurt online in ProGezondheid, uiterlijk op de laatste dag van de termijn. Bewaar de pdf als bewijs.
gui-copy-conditions = Voorwaarden kopiëren
gui-copied = Voorwaarden gekopieerd: plak ze in ProGezondheid.
gui-export-pdf = Overzicht (pdf)
gui-export-calendar = Agenda (.ics)
gui-export-text = Tekst (.txt)
gui-no-dialog-save = Er is geen venster om een bestand te kiezen: typ hieronder het pad en druk op Enter.
gui-save-no-path = Geef aan waar het bestand bewaard moet worden.
gui-saved = Verklaring bewaard: { $path }
gui-exported = Bestand geschreven: { $path }
gui-save-failed = Kan { $path } niet schrijven: { $error }
gui-save-incomplete = Nog niet bewaard: { $reason }. Uw werk blijft in het concept.
gui-save-needs-name = de naam van de arts ontbreekt (stap ‘Arts’)
gui-save-needs-site-name = een praktijkadres heeft geen naam (stap ‘Arts’)
gui-save-needs-role = geef aan of de arts huisarts of arts-specialist is (stap ‘Arts’)

## Praktijk: meerdere artsen, geschiedenis

gui-practice-title = Artsen van de praktijk
gui-practice-search = Een arts zoeken op naam
gui-practice-empty = De artsen van wie u de verklaring bewaart, verschijnen hier, met hun keuze en uiterste datum.
gui-practice-line = { $choice } — { $status } — { $deadline }
gui-practice-valid = in orde
gui-practice-duplicate = Uurrooster kopiëren voor een andere arts
gui-practice-duplicated = Nieuwe verklaring op basis van het uurrooster van { $name }: vul de naam en het RIZIV-nummer van de arts in.
gui-practice-unreadable = Profiel ‘{ $id }’ onleesbaar: het bestand blijft ongewijzigd bewaard.
gui-practice-restore = De back-up van { $date } terugzetten
gui-practice-restored = De back-up van { $date } is teruggezet. De beschadigde databank is ernaast bewaard: { $aside }
gui-practice-restore-failed = De back-up kon niet worden teruggezet; er is niets verwijderd: { $error }
gui-history-none = Elke bewaring wordt gedateerd bijgehouden in de geschiedenis van de arts.
gui-history-title = Geschiedenis van de verklaringen
gui-history-declaration = { $when } — verklaring
gui-history-amendment = { $when } — wijziging, van toepassing vanaf { $effective }
gui-history-last-change = Wijzigingen in de laatste versie
gui-history-since = Wijzigingen sinds de laatst bewaarde versie
gui-history-no-change = Geen wijzigingen.
gui-banner-published-on = Bekendgemaakt in het Belgisch Staatsblad op { $published }. Wat u vandaag, { $today }, nog kunt doen:
gui-window-effective = Inwerkingtreding van de verklaarde voorwaarden: { $date }
gui-window-start = Begin { $window }
gui-last-day-label = Laatste dag later aangekondigd door het RIZIV:
gui-last-day-apply = Deze datum gebruiken
gui-last-day-reset-button = Terug naar de bekendgemaakte datum
gui-last-day-help = Als het RIZIV de termijn verlengt, vul dan de nieuwe laatste dag in: Conventio gebruikt die overal en vermeldt het.
gui-last-day-before-published = Deze datum ligt vóór de bekendgemaakte laatste dag ({ $published }): het RIZIV verlengt termijnen, het verkort ze niet. Controleer de datum.
gui-last-day-none = Dit venster heeft geen vaste laatste dag om te vervangen.
gui-last-day-set = Laatste dag door u ingesteld: { $date }. Conventio gebruikt die overal.
gui-last-day-reset = De bekendgemaakte laatste dag wordt opnieuw gebruikt.
gui-no-dialog-agreement = Er is geen venster om een bestand te kiezen: typ hieronder het pad van het akkoordbestand en klik op ‘Akkoord toevoegen’.
gui-agreement-import = Akkoord toevoegen…
gui-agreement-import-help = Een nieuw akkoord, bekendgemaakt na deze versie: JSON-bestand (assets/agreement.schema.json).
gui-doctor-window = Aangiftevenster
gui-window-start-short = Beginnen

## Times still being typed
gui-unfinished-time = Blok { $slot }, { $field }: het uur ‘{ $typed }’ is nog niet overgenomen. Het blok houdt zijn uur tot u het veld verlaat (of op Enter drukt) met een geldig uur.
gui-unconfirmed-time = Blok { $slot }, { $field }: { $typed } wacht op uw bevestiging (een raadpleging buiten 06:00–22:00).
gui-time-unusual = { $time } — echt? Een raadpleging buiten 06:00–22:00 is zeldzaam: Enter of ‘Ja’ om het te houden.
gui-time-unusual-yes = Ja, { $time }
gui-time-unusual-no = Nee, { $time } houden
gui-check-unfinished = Invoer bezig
gui-save-unfinished = Er is niets geschreven: blok { $slot } heeft een onvolledig uur. Verbeter het in het paneel van het blok (of kies een ander blok om het te laten vallen) en probeer opnieuw.
gui-site-removed = Plaats ‘{ $site }’ verwijderd{ $count ->
    [0] .
    [one] , met haar tijdsblok. Ongedaan maken (Ctrl+Z) zet het terug.
   *[other] , met haar { $count } tijdsblokken. Ongedaan maken (Ctrl+Z) zet ze terug.
}
gui-review-export = Exporteren (PDF, agenda, tekst) naar
gui-review-export-help = Elke export krijgt de extensie van zijn soort (.pdf, .ics, .txt). ‘Bladeren’ kiest de plaats in een venster van het systeem.
gui-no-dialog-export = Er is geen venster om een bestand te kiezen: typ het pad in het exportveld en druk op de knop van de gewenste soort.
gui-export-unknown-agreement = de verklaring noemt een onbekend akkoord ({ $id }): kies het akkoord bij de stap Arts
gui-export-pdf-failed = de PDF kon niet worden gemaakt: exporteer de tekst of de agenda en meld het probleem
gui-draft-second-window = Conventio is al open op deze map: dit venster houdt een eigen ontwerp bij, zonder dat van het andere venster aan te raken.

## Overzicht van de praktijk

gui-overview-file-name = praktijkoverzicht-{ $date }
gui-overview-open = Overzicht van de praktijk…
gui-overview-title = Overzicht van de praktijk
gui-overview-help = Alle artsen van de praktijk, de dringendste eerst: nog niet geregistreerd in ProGezondheid, dan het minst aantal resterende dagen. ‘Geregistreerd’ noteert de datum van vandaag en uw naam in de geschiedenis van de arts. Een notitie per arts (bv. eHealth-mandaat aanvragen) wordt bewaard met Enter.
gui-overview-filter = Alleen wie nog te registreren is
gui-overview-none = Geen arts om te tonen.
gui-overview-mark = Vandaag geregistreerd in ProGezondheid
gui-overview-mark-failed = De registratie kon niet worden genoteerd: { $error }
gui-overview-registered = Geregistreerd in ProGezondheid op { $date }
gui-overview-registered-by-name = Geregistreerd in ProGezondheid op { $date } door { $name }
gui-overview-deadline = Laatste dag { $date }: { $days ->
    [one] nog 1 dag
   *[other] nog { $days } dagen
}
gui-overview-no-deadline = Geen laatste dag bekend voor deze periode
gui-overview-saved = Laatst opgeslagen op { $when }
gui-overview-warnings = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}
gui-overview-export-label = De lijst als rekenblad exporteren (.csv) of als PDF afdrukken (zelfde naam, .pdf)
gui-overview-export = CSV exporteren
gui-overview-user-name = Uw naam (getoond bij de registratiemarkeringen)
gui-overview-user-name-placeholder = bv. Sophie Martin
gui-overview-print = Lijst afdrukken (PDF)
gui-overview-print-failed = De lijst kon niet als PDF worden gemaakt: exporteer ze als CSV en meld het probleem.
gui-overview-print-all = De pdf's van alle artsen afdrukken
gui-overview-print-all-label = Map voor de pdf's van alle artsen
gui-overview-print-all-folder = pdf-artsen-{ $date }
gui-overview-printed-all = { $count } pdf's geschreven in { $folder }.
gui-overview-printed-some = { $count } pdf's geschreven in { $folder }. Niet afgedrukt: { $failed }
gui-overview-printed-failed-one = { $doctor } ({ $why })
gui-overview-print-all-failed = De pdf's konden niet worden afgedrukt: { $error }
gui-overview-exported = Overzicht geschreven naar { $path }
gui-overview-export-failed = { $path } kon niet worden geschreven: { $error }
gui-overview-name = Naam
gui-overview-inami = RIZIV
gui-overview-role = Kwalificatie
gui-overview-choice = Keuze
gui-overview-window = Periode
gui-overview-status = Controle
gui-overview-last-saved = Laatst opgeslagen
gui-overview-last-day = Laatste dag
gui-overview-days-left = Resterende dagen
gui-overview-registered-on = Geregistreerd in ProGezondheid op
gui-overview-registered-by = Geregistreerd door
gui-history-registered = { $when } — geregistreerd in ProGezondheid op { $date }
gui-overview-overdue = De laatste dag was { $date }: { $days ->
    [one] { $days } dag geleden verstreken
   *[other] { $days } dagen geleden verstreken
}

gui-practice-save-failed = Het bestand is bewaard, maar niet in de praktijk: { $error }
gui-doctor-draft-restored = Het lopende werk van deze arts wordt hervat waar u het had gelaten.
gui-doctor-open-elsewhere = Deze arts is geopend in een ander Conventio-venster: u werkt hier op een kopie, die zijn lopende werk niet aanraakt.
gui-overwrite-other-doctor = { $path } bevat de verklaring van { $doctor }. Vervangen door deze?
gui-overwrite-same-doctor = { $path } bevat een andere verklaring van deze arts. Vervangen door deze?
gui-overwrite-other-file = { $path } bestaat en is geen leesbare verklaring. Vervangen?
gui-overwrite-changed = { $path } is op de schijf gewijzigd sinds Conventio het opende of bewaarde (door een ander programma of op een andere pc). Vervangen door deze verklaring?
gui-overwrite-saved-elsewhere = { $path } bevat een versie van deze arts die een ander Conventio-venster bewaarde nadat dit venster de arts opende. Vervangen door deze verklaring?
gui-overwrite-yes = Ja, vervangen
gui-overwrite-no = Nee
gui-overview-confirm-one = { $doctor } als geregistreerd in ProGezondheid markeren op { $date }? Enter bevestigt, Esc annuleert.
gui-overview-confirm-many = Deze { $count } artsen als geregistreerd in ProGezondheid markeren op { $date }? Enter bevestigt, Esc annuleert.
gui-overview-confirm = Bevestigen
gui-overview-cancel = Annuleren
gui-overview-unmark = Markering weghalen
gui-overview-sort-again = Opnieuw sorteren
gui-overview-mark-ticked = De { $count } aangevinkten als geregistreerd markeren
gui-practice-no-match = Geen arts komt overeen met ‘{ $query }’.
gui-practice-not-registered = nog niet geregistreerd in ProGezondheid
gui-standing-question = Vandaag bent u:
gui-standing-register = Deze keuze moet in ProGezondheid geregistreerd worden, binnen de termijn van haar periode.
gui-standing-nothing = U blijft geconventioneerd: niets te registreren, geen termijn.
gui-join-for = Voor artsen die het akkoord geweigerd hebben (gedeconventioneerd).
gui-join-statut = Sociaal statuut: uiterlijk op 31/12/{ $registered } geregistreerd, kan de toetreding tellen voor { $year }; nooit voor het lopende jaar.
gui-join-statut-none = Sociaal statuut: vandaag geregistreerd kan de toetreding voor geen enkel jaar van dit akkoord tellen (nooit voor het lopende jaar).
gui-practice-join = Tot het akkoord toetreden
gui-doctor-recognised-first = Vul eerst de datum van uw erkenning in: de verklaring gebeurt binnen de 30 dagen daarna.
gui-overview-all-done = Geen enkele arts meer te registreren.
gui-history-mark-removed = markering weggehaald op { $when }
gui-history-mark-removed-by = markering weggehaald op { $when } door { $name }
gui-overview-note = Notitie
gui-overview-note-placeholder = Notitie
gui-overview-back-up = Praktijk back-uppen
gui-overview-back-up-hint = Een gedateerde kopie van de praktijkdatabase in ‘backups’ van de gegevensmap; Conventio maakt er ook één per dag bij het openen en bewaart de laatste { $count }.
gui-overview-backed-up = Back-up van de praktijk geschreven: { $path }
gui-overview-backup-failed = De back-up van de praktijk kon niet geschreven worden ({ $error }): er is niets veranderd in de praktijk.
