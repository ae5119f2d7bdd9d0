# Conventio — Texte des Kerns: Befunde der Regeln, Lesefehler, Begriffe.

## Begriffe

day-monday = Montag
day-tuesday = Dienstag
day-wednesday = Mittwoch
day-thursday = Donnerstag
day-friday = Freitag
day-saturday = Samstag
day-sunday = Sonntag
role-general_practitioner = Allgemeinmediziner
role-lower-general_practitioner = Allgemeinmediziner
role-lower-specialist = Facharzt
role-specialist = Facharzt
choice-full = Vollständiger Beitritt (vollständig konventioniert)
choice-partial = Teilweiser Beitritt (teilweise konventioniert)
choice-refusal = Ablehnung des Beitritts (nicht konventioniert)
rates-agreement = Tarife des Abkommens
rates-free = Freie Honorare
setting-office = Praxis (Sprechstunden, Termine)
setting-home_visit = Hausbesuche
setting-hospital = Stationäre Patienten
setting-day_hospital = Tagesklinik / Pauschalen
severity-error = Fehler
severity-warning = Warnung
clause = Punkt { $clause }
agreement-name = Nationales Abkommen Ärzte-Krankenkassen { $id }
unconfirmed = nicht bestätigt

## LIKIV-Nummern

inami-empty = die Nummer ist leer
inami-invalid-character = nur Ziffern und die Trennzeichen - . und Leerzeichen sind erlaubt
inami-wrong-length = 11 Ziffern sind nötig, es sind { $digits }
inami-not-physician = eine Arztnummer beginnt mit 1
inami-check-digits = die Prüfziffern (7. und 8.) müssten { $expected97 } oder { $expected89 } sein, nicht { $found }

## Befunde

finding-slot-time-order = Zeitfenster { $slot } ({ $day } { $start }–{ $end }): das Ende muss am selben Tag nach dem Beginn liegen. Ein Zeitfenster über Mitternacht teilen Sie in zwei.
finding-slot-unknown-site = Zeitfenster { $slot } ({ $day } { $start }–{ $end }): der Ort „{ $site }“ ist keiner der angegebenen Orte.
finding-slot-overlap = Am { $day } überschneiden sich die Zeitfenster { $slots }. Ein Arzt ist immer nur an einem Ort.
finding-site-unused = Der Ort „{ $site }“ hat kein Zeitfenster.
finding-doctor-inami-invalid = Die LIKIV-Nummer „{ $number }“ ist ungültig: { $reason ->
    [inami-empty] die Nummer ist leer.
    [inami-invalid-character] nur Ziffern und die Trennzeichen - . und Leerzeichen sind erlaubt.
    [inami-wrong-length] 11 Ziffern sind nötig, es sind { $digits }.
    [inami-not-physician] eine Arztnummer beginnt mit 1.
   *[inami-check-digits] die Prüfziffern (7. und 8.) müssten { $expected97 } oder { $expected89 } sein, nicht { $found }.
}
finding-doctor-role-mismatch = Die angegebene Eigenschaft ({ $role }) passt nicht zum Qualifikationscode { $code } der LIKIV-Nummer, der zu einem { $implied } gehört.
finding-doctor-role-missing = Geben Sie an, ob der Arzt Allgemeinmediziner oder Facharzt ist: davon hängen die Bedingungen des teilweisen Beitritts ab.
finding-full-has-free-slots = Vollständiger Beitritt, aber { $count ->
    [one] ein Zeitfenster hat
   *[other] { $count } Zeitfenster haben
} freie Honorare: ein vollständig konventionierter Arzt wendet die Tarife des Abkommens auf seine gesamte Praxis an.
finding-partial-without-free-slots = Teilweiser Beitritt ohne ein einziges Zeitfenster mit freien Honoraren: das entspricht einem vollständigen Beitritt.
finding-gp-free-setting = Ein teilweise konventionierter Allgemeinmediziner darf freie Honorare nur für organisierte Sprechstunden, Termine und Leistungen in der Praxis verlangen ({ $count ->
    [one] ein Zeitfenster
   *[other] { $count } Zeitfenster
} außerhalb der Praxis).
finding-sp-free-setting = Ein teilweise konventionierter Facharzt darf freie Honorare nur von ambulanten Patienten verlangen, nie von stationären Patienten oder in der Tagesklinik ({ $count ->
    [one] ein Zeitfenster
   *[other] { $count } Zeitfenster
} betroffen).
finding-gp-free-blocks-per-week = { $count } Zeitblöcke mit freien Honoraren pro Woche: das Abkommen erlaubt höchstens { $max }.
finding-sp-free-blocks-per-week = { $count } Zeitblöcke mit freien Honoraren pro Woche: das Abkommen erlaubt höchstens { $max }.
finding-gp-free-days-per-week = Freie Honorare an { $count } Tagen pro Woche: das Abkommen erlaubt höchstens { $max }.
finding-sp-free-days-per-week = Freie Honorare an { $count } Tagen pro Woche: das Abkommen erlaubt höchstens { $max }.
finding-gp-free-block-length = Am { $day } von { $start } bis { $end } ein Zeitblock mit freien Honoraren von { $hours } h { $mins }; das Maximum sind { $maxhours } h { $maxmins } am Stück.
finding-sp-free-block-length = Am { $day } von { $start } bis { $end } ein Zeitblock mit freien Honoraren von { $hours } h { $mins }; das Maximum sind { $maxhours } h { $maxmins } am Stück.
finding-gp-agreement-share = Nur { $percent } % der Praxis zu den Tarifen des Abkommens ({ $counted } Min. von { $base }): mindestens { $numerator }/{ $denominator } ({ $required } %) sind nötig.
finding-sp-agreement-share = Nur { $percent } % der ambulanten Leistungen zu den Tarifen des Abkommens zu normalen Zeiten ({ $counted } Min. von { $base }): mindestens { $numerator }/{ $denominator } ({ $required } %) sind nötig. Normale Zeiten sind montags bis freitags vor 21 Uhr.
finding-sp-site-access = Der Ort „{ $site }“ bietet kein Zeitfenster zu den Tarifen des Abkommens für ambulante Patienten: jeder Praxisort muss eines haben.
finding-gp-site-access = Der Ort „{ $site }“ bietet kein Zeitfenster zu den Tarifen des Abkommens: jeder Praxisort muss eines haben.

## Dateien lesen

read-at-position = Zeile { $line }, Spalte { $column }: { $detail }
read-syntax = fehlerhaftes JSON: „{ $found }“ ist hier nicht erwartet
read-truncated = die Datei endet zu früh (abgeschnitten?)
read-invalid = ungültiger Inhalt ({ $detail })
read-too-large = Datei zu groß für eine Erklärung (über { $limit } MB)
read-not-utf8 = die Datei ist kein UTF-8-Text
read-wrong-format = dies ist keine Conventio-Erklärung („format“ muss „conventio-declaration“ sein)
read-missing-key = der Schlüssel „{ $key }“ ist erforderlich
read-duplicate-key = der Schlüssel „{ $key }“ kommt zweimal vor
read-unknown-key = unbekannter Schlüssel „{ $key }“ (erwartet: { $expected })
read-unknown-value = unbekannter Wert „{ $value }“ (erwartet: { $expected })
read-wrong-type = unerwarteter Werttyp: { $found } gefunden, { $wanted } erwartet
read-wrong-type-found = unerwarteter Werttyp: { $found }
read-value-boolean = ein Wahrheitswert (true oder false)
read-value-number = eine Zahl
read-value-text = ein Text
read-value-null = null (kein Wert)
read-value-list = eine Liste […]
read-value-object = ein Objekt {"{"}…{"}"}
read-value-other = ein anderer Wert
read-bad-time = ungültige Uhrzeit „{ $value }“: das Format ist HH:MM, von 00:00 bis 23:59, und 24:00 als Ende
read-bad-date = ungültiges Datum: das Format ist JJJJ-MM-TT ({ $detail })
read-bad-number = die Zahl „{ $value }“ liegt außerhalb der hier erlaubten Werte
read-bad-value = der Wert „{ $value }“ ist hier nicht erlaubt
read-bad-value-kind = hier nicht erlaubter Wert: { $found }
read-bad-length = { $length ->
    [one] eine Liste mit einem Element ist hier nicht erlaubt
   *[other] eine Liste mit { $length } Elementen ist hier nicht erlaubt
}
read-empty-name = der Name des Arztes darf nicht leer sein
read-newer-version = diese Datei verwendet Version { $found } des Formats, diese Conventio-Version liest nur Version { $known }: aktualisieren Sie Conventio
read-bad-version = „version“ muss eine ganze Zahl sein
read-unknown-agreement = unbekanntes Abkommen „{ $id }“ (bekannte Abkommen: { $known })
read-site-empty = jeder Ort braucht eine Kennung und einen Namen
read-site-duplicate = die Ortskennung „{ $id }“ wird zweimal verwendet
read-role-needed = der Qualifikationscode der LIKIV-Nummer zeigt nicht, ob der Arzt Allgemeinmediziner oder Facharzt ist: fügen Sie „role“ in „doctor“ hinzu

## Praxis: Profile und Verlauf

practice-unreadable = unlesbare Datei ({ $reason })
change-choice = Wahl geändert: { $before } → { $after }
change-site-added = Ort hinzugefügt: { $site }
change-site-removed = Ort entfernt: { $site }
change-site-changed = Ort geändert: { $before } → { $after }
change-slot-added = Zeitfenster hinzugefügt: { $day } { $start }–{ $end }, { $rates } ({ $site })
change-slot-removed = Zeitfenster entfernt: { $day } { $start }–{ $end }, { $rates } ({ $site })
change-slot-changed = Zeitfenster geändert: { $beforeday } { $beforestart }–{ $beforeend }, { $beforerates } ({ $beforesite }) → { $afterday } { $afterstart }–{ $afterend }, { $afterrates } ({ $aftersite })

settings-newer-kept = die Einstellungsdatei stammt aus einer neueren Version von Conventio (Version { $version }): sie wird nicht verändert

## Summary figures: a label and a value each, the same in the window, the command line and the PDF
figure-line = { $label }: { $value }
figure-time = Angegebene Zeit pro Woche
figure-time-value = { $total }, davon { $agreement } zu Tarifen des Abkommens
figure-free-periods = { $unit ->
    [days] Tage mit freien Honoraren
   *[blocks] Zeitblöcke mit freien Honoraren
} pro Woche
figure-free-periods-value = { $count } (Maximum { $max })
figure-longest = Längster Zeitblock mit freien Honoraren
figure-longest-value = { $longest } (Maximum { $max })
figure-longest-value-unlimited = { $longest }
figure-share = Anteil zu Tarifen des Abkommens
figure-share-value = { $percent } % ({ $counted } Min. von { $base }); Minimum { $numerator }/{ $denominator }
figure-site = Ort „{ $site }“
figure-site-yes = mindestens ein ambulantes Zeitfenster zu Tarifen des Abkommens
figure-site-no = kein ambulantes Zeitfenster zu Tarifen des Abkommens (Zeitfenster im Krankenhaus zählen hier nicht: fügen Sie eine Sprechstunde oder Hausbesuche zu Tarifen des Abkommens hinzu)
figure-deadline = Letzter Tag der Erklärung
figure-deadline-value = { $until } ({ $state ->
    [today] das ist heute
    [past] seit { $days } { $days ->
        [one] Tag
       *[other] Tagen
    } abgelaufen
   *[future] noch { $days } { $days ->
        [one] Tag
       *[other] Tage
    }
}{ $prepared }{ $confirmation })
figure-deadline-full = keiner, nichts zu registrieren: nichts tun gilt als vollständiger Beitritt
figure-deadline-none = kein fester Tag für { $window }
figure-deadline-unavailable = dieses Abkommen hat kein Fenster „{ $window }“
figure-statut = Sozialstatut
figure-statut-kept = { $amount } pro Jahr, mit dieser Wahl erhalten
figure-statut-none = keines bei Ablehnung des Beitritts
figure-statut-unknown = Betrag für dieses Abkommen nicht bekannt

## Errors from the system, with what to do
io-not-found = diese Datei oder dieser Ordner existiert nicht: prüfen Sie den Pfad oder wählen Sie ihn mit „Durchsuchen“
io-permission-denied = Sie haben keinen Zugriff auf diesen Ort: wählen Sie einen eigenen Ordner, zum Beispiel Dokumente
io-is-a-directory = das ist ein Ordner, keine Datei: wählen Sie eine Erklärungsdatei (.json) in diesem Ordner
io-not-a-directory = ein Teil des Pfades ist eine Datei und kein Ordner: korrigieren Sie den Pfad
io-storage-full = der Datenträger ist voll: schaffen Sie Platz oder wählen Sie einen anderen Datenträger
io-read-only = dieser Ort ist schreibgeschützt: wählen Sie einen anderen Ordner
io-bad-name = der Dateiname ist zu lang oder enthält ein unzulässiges Zeichen: kürzen Sie ihn
io-already-exists = eine Datei mit diesem Namen existiert bereits: wählen Sie einen anderen Namen
io-not-text = die Datei ist nicht als Text lesbar: wählen Sie eine Erklärungsdatei (.json)
io-other = das System hat den Vorgang abgelehnt (Code { $code }): prüfen Sie den Pfad und versuchen Sie es erneut, oder wählen Sie einen anderen Ordner
change-doctor-name = Name des Arztes geändert: { $before } → { $after }
change-doctor-inami = LIKIV-Nummer geändert: { $before } → { $after }
gui-overview-to-register = Zu registrieren
register-state-registered = registriert
register-state-nothing = nichts zu registrieren
register-state-by = spätestens am { $date } zu registrieren
register-state-late = Frist am { $date } abgelaufen
register-state-any-time = zu registrieren, ohne Frist
register-headline = { $count } { $count ->
    [one] Arzt
   *[other] Ärzte
} spätestens am { $date } zu registrieren — { $state ->
    [today] heute ist der letzte Tag
   *[other] noch { $days } { $days ->
        [one] Tag
       *[other] Tage
    }
}{ $others ->
    [0] {""}
   *[other] {"; "}{ $others } danach
}
register-headline-no-date = { $count } { $count ->
    [one] Arzt
   *[other] Ärzte
} zu registrieren (ohne offene Frist)
figure-statut-year = Sozialstatut nach dem Beitritt
figure-statut-join = kann für { $year } zählen, wenn der Beitritt spätestens am 31/12/{ $registered } registriert ist; nie für das laufende Jahr
figure-statut-join-none = kann für kein Jahr dieses Abkommens zählen (nie für das laufende Jahr)

# The practice database (issue 17).
store-unwritable = Die Datenbank der Praxis kann nicht geschrieben werden ({ $reason }): Was bereits darin ist, geht nicht verloren, aber Änderungen werden nicht in der Praxis gespeichert.
store-full = Der Datenträger ist voll: Diese Änderung wurde nicht in der Praxis gespeichert; alles bereits Gespeicherte ist unversehrt. Schaffen Sie Platz und versuchen Sie es erneut.
store-corrupt = Die Datenbank der Praxis { $path } ist beschädigt: Sie wurde weder geändert noch neu angelegt. Stellen Sie eine Sicherung mit „conventio practice restore DATEI“ wieder her.
store-corrupt-backup = Die Datenbank der Praxis { $path } ist beschädigt: Sie wurde weder geändert noch neu angelegt. Letzte Sicherung: { $backup } („conventio practice restore { $backup }“).
store-busy = Ein anderes Conventio-Fenster schreibt seit über 5 Sekunden in die Praxis: Nichts wurde geändert, versuchen Sie es gleich erneut.
store-read-only = Die Praxis ist schreibgeschützt geöffnet: Diese Änderung wird nicht gespeichert.
store-newer = Die Datenbank der Praxis stammt von einer neueren Conventio-Version: Aktualisieren Sie Conventio, um sie zu öffnen.
store-inami-taken = Die LIKIV-Nummer { $inami } gehört in dieser Praxis bereits { $name }: Nichts wurde gespeichert. Korrigieren Sie die Nummer oder öffnen Sie { $name } aus der Ärzteliste.
store-other-number = Die Praxis hat bereits { $name } mit der LIKIV-Nummer { $inami }: Dieser ({ $number }) wurde als anderer Arzt gespeichert.
store-no-doctor = Dieser Arzt ist nicht mehr in der Praxis.
store-failed = Die Datenbank der Praxis hat die Änderung abgelehnt ({ $reason }): Nichts wurde geändert.
practice-changed-since = registriert am { $date } — seither geändert: neu zu registrieren
