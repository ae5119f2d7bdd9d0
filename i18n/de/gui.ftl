# Conventio — Texte des Fensters.

gui-title = Conventio
gui-step-start = Start
gui-step-doctor = Arzt
gui-step-choice = Wahl
gui-step-schedule = Zeitplan
gui-step-review = Prüfen und speichern
gui-next = Weiter
gui-undo = Rückgängig
gui-redo = Wiederholen
gui-dismiss = Schließen
gui-open = Öffnen
gui-browse = Durchsuchen…
gui-remove = Entfernen
gui-save = Speichern
# The Save button while the file is being written (it waits meanwhile).
gui-saving = Wird gespeichert…
gui-example-file-name = erklaerung.json
gui-date-placeholder = TT/MM/JJJJ
gui-date-invalid = Geben Sie das Datum als TT/MM/JJJJ ein, zum Beispiel 23/11/2026.
gui-theme-system = Design des Systems
gui-theme-light = Hell
gui-theme-dark = Dunkel
gui-theme-high-contrast = Hoher Kontrast
gui-autosave-note = Jede Änderung wird automatisch gespeichert: Sie können das Fenster jederzeit schließen.
gui-autosave-failed = Das automatische Speichern ist fehlgeschlagen ({ $error }): Ihre Arbeit bleibt im Fenster, speichern Sie sie an einem anderen Ort.
gui-work-not-kept = Die Arbeit im Fenster konnte nicht aufbewahrt werden ({ $error }): sie bleibt geöffnet, nichts anderes wurde geöffnet.
gui-work-needs-doctor = Die Arbeit im Fenster hat noch keinen Arzt: geben Sie einen Namen oder eine LIKIV-Nummer an, um sie aufzubewahren, bevor Sie eine andere öffnen.
gui-work-copy-held = Diese Arbeit ist eine Kopie eines Arztes, der in einem anderen Conventio-Fenster geöffnet ist: Speichern Sie sie (sie wird eine Version dieses Arztes) oder schließen Sie das andere Fenster, bevor Sie etwas anderes öffnen. Sie bleibt geöffnet.
gui-doctor-has-draft = { $doctor } hat in der Praxis nicht gespeicherte laufende Arbeit (seinen Entwurf): Diese Datei ist als Kopie geöffnet, die ihn nicht berührt. Öffnen Sie den Arzt aus der Liste, um seinen Entwurf fortzusetzen.
gui-work-doctor-has-draft = { $doctor } hat in der Praxis bereits nicht gespeicherte laufende Arbeit: Speichern Sie diese Arbeit (sie wird eine Version dieses Arztes), bevor Sie etwas anderes öffnen. Sie bleibt geöffnet.
gui-settings-failed = Die Einstellungen können nicht gespeichert werden ({ $error }).
gui-settings-newer = Ihre Einstellungen stammen aus einer neueren Version von Conventio (Version { $version }): Sie werden nicht verändert, es gelten die Standardeinstellungen.
gui-draft-restored = Der Entwurf Ihrer letzten Sitzung wurde wiederhergestellt.
gui-draft-unreadable = Der gespeicherte Entwurf konnte nicht gelesen werden ({ $error }); eine leere Erklärung ist geöffnet, die Datei bleibt erhalten.

## Start

gui-banner-unconfirmed = Datum oder Betrag durch den veröffentlichten Text nicht bestätigt: prüfen Sie es auf der Website des LIKIV.
gui-start-what = Was möchten Sie tun?
gui-start-new = Neue Erklärung
gui-start-continue = Aktuellen Entwurf fortsetzen ({ $name })
gui-start-continue-unnamed = Aktuellen Entwurf fortsetzen (Arzt noch nicht angegeben)
gui-start-recent = Letzte Erklärungen
gui-start-open-file = Eine Erklärungsdatei öffnen
gui-example-gp = Beispiel: Allgemeinmediziner
gui-example-specialist = Beispiel: Facharzt
gui-no-dialog-open = Es ist kein Fenster zur Dateiauswahl verfügbar: geben Sie unten den Pfad der Datei ein.
gui-opened = Geöffnet: { $path }
gui-open-failed = { $path } kann nicht geöffnet werden: { $error }. Ihre aktuelle Arbeit bleibt erhalten.

## Arzt

gui-doctor-title = Der Arzt
gui-doctor-name = Name des Arztes
gui-doctor-name-placeholder = Dr. Vorname Name
gui-doctor-inami = LIKIV-Nummer
gui-inami-help = 11 Ziffern, zum Beispiel 1-23456-78-901; Bindestriche, Punkte und Leerzeichen sind erlaubt.
gui-inami-valid = Gültige Nummer: { $number } ({ $role }).
gui-inami-role-unknown = Qualifikation noch anzugeben
gui-doctor-role = Eigenschaft
gui-role-derived = Aus dem Qualifikationscode der LIKIV-Nummer abgeleitet; Sie können sie ändern.
gui-role-needed = Der Qualifikationscode erlaubt keine Ableitung: wählen Sie sie aus.
gui-role-not-needed = Nur für einen teilweisen Beitritt nötig; sonst freiwillig.
gui-role-stated = Von Ihnen gewählt.
gui-doctor-agreement = Abkommen
gui-doctor-recognised = Datum der Anerkennung (nur wenn sie nach der Veröffentlichung des Abkommens liegt)
gui-doctor-recognised-help = Ein nach der Veröffentlichung anerkannter Arzt hat 30 Tage ab seiner Anerkennung.
gui-doctor-sites = Praxisorte
gui-sites-help = Jeder Ort, an dem Sie Sprechstunden halten: Praxis, Krankenhaus, Poliklinik. Jedes Zeitfenster gehört zu einem Ort.
gui-site-name = Name des Ortes
gui-site-address = Adresse
gui-site-new-placeholder = Name eines neuen Ortes, dann Eingabetaste
gui-site-add = Ort hinzufügen

## Wahl

gui-choice-title = Ihre Wahl für dieses Abkommen
gui-choice-intro = Ohne Erklärung innerhalb der Frist gelten Sie als vollständig beigetreten.
gui-choice-full-fees = Sie wenden die Tarife des Abkommens auf Ihre gesamte Praxis an, außer bei besonderen Wünschen des Patienten (nach 21 Uhr, am Wochenende, Einzelzimmer…).
gui-choice-full-patients = Ihre Patienten wissen im Voraus, was sie zahlen; Sie erhalten auch die Konventionierungsprämie.
gui-choice-partial-fees = Sie wenden die Tarife des Abkommens an, außer in einigen Zeitfenstern pro Woche, in denen Ihre Honorare frei sind, innerhalb der Grenzen des Abkommens.
gui-choice-partial-patients = Sie geben Ihre Tage, Uhrzeiten und Orte an; Patienten müssen Sie zu den Tarifen des Abkommens konsultieren können.
gui-choice-refusal-fees = Sie legen Ihre Honorare für Ihre gesamte Praxis frei fest.
gui-choice-refusal-patients = Ihre Patienten erhalten im Verhältnis zu dem, was sie zahlen, weniger erstattet; Sie müssen sie über Ihre Tarife informieren.
gui-choice-statut = Sozialstatut für { $year }: { $amount } pro Jahr (wenn die Aktivitätsschwelle erreicht ist).
gui-choice-statut-none = Kein Sozialstatut: es ist Ärzten vorbehalten, die dem Abkommen beitreten.
gui-choice-statut-unknown = Sozialstatut: Betrag für dieses Abkommen noch nicht bekannt.

## Zeitplan

gui-schedule-title = Wochenplan
gui-schedule-no-site = Noch kein Praxisort angegeben: fügen Sie im Schritt Arzt einen hinzu, denn jedes Zeitfenster gehört zu einem Ort.
gui-schedule-add-site = Ort hinzufügen
gui-schedule-grid = Woche
gui-schedule-list = Liste
gui-schedule-help = Klicken oder ziehen Sie auf einer freien Stelle, um ein Zeitfenster anzulegen; klicken Sie auf ein Zeitfenster, um es zu ändern. Blau: Tarife des Abkommens; orange schraffiert: freie Honorare; der Buchstabe zeigt den Ort.
gui-schedule-list-help = Klicken Sie auf ein Zeitfenster, um es zu ändern; „{ $add }“ fügt eines hinzu.
gui-slot-add = Zeitfenster hinzufügen
gui-slot-add-another = + Weiteres Zeitfenster hinzufügen
gui-slot-label = { $day } { $start }–{ $end }
gui-slot-none = Kein Zeitfenster ausgewählt
gui-slot-none-help = Wählen Sie ein Zeitfenster in der Woche oder der Liste, um es hier zu ändern.
gui-schedule-list-empty = Noch keine Zeitfenster: „{ $add }“ fügt eines hinzu.
gui-slot-edit = Ausgewähltes Zeitfenster
gui-slot-day = Tag
gui-slot-hours = Uhrzeiten
gui-slot-start = Beginn
gui-slot-end = Ende
gui-slot-site = Ort
gui-slot-site-pick = Ort wählen
gui-slot-rates = Tarife
gui-slot-setting = Art der Tätigkeit
gui-slot-note = Bemerkung
gui-slot-duplicate = Kopieren nach
gui-slot-delete = Zeitfenster entfernen
gui-slot-keys = Tastatur: Pfeile nach oben und unten verschieben das Zeitfenster um eine Viertelstunde, links und rechts um einen Tag, Umschalt+Pfeile ändern sein Ende, Entf entfernt es.
gui-time-help = Erlaubte Uhrzeiten: 8:30, 8.30, 0830, von 00:00 bis 24:00 (24:00 für Mitternacht als Ende).
gui-time-shape = Unklare Uhrzeit.
gui-time-range = Unmögliche Uhrzeit.

## Prüfung

gui-check-title = Prüfung
gui-check-ok = Entspricht dem Abkommen.
gui-check-folded-counts = { $errors ->
    [0] keine Fehler
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [0] keine Warnungen
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}
gui-check-unfold = Prüfung anzeigen
gui-check-fold = Prüfung einklappen
gui-check-not-ok = Vor der Erklärung zu korrigieren.
gui-check-errors = { $count ->
    [one] { $count } Fehler
   *[other] { $count } Fehler
}
gui-check-warnings = { $count ->
    [one] { $count } Warnung
   *[other] { $count } Warnungen
}
gui-check-to-complete = Vor der Erklärung zu vervollständigen.
gui-check-to-fill-in = { $count ->
    [one] { $count } Feld auszufüllen
   *[other] { $count } Felder auszufüllen
}
gui-figures-title = Zahlen

## Prüfen und speichern

gui-review-title = Prüfen und speichern
gui-review-ready = Die Erklärung ist in Ordnung: speichern Sie sie und übertragen Sie dann die Bedingungen in ProSanté / ProGezondheid.
gui-review-ready-nothing = Die Erklärung ist in Ordnung: in ProSanté / ProGezondheid ist nichts zu registrieren; speichern Sie sie für die Unterlagen der Praxis.
gui-review-ready-no-conditions = Die Erklärung ist in Ordnung: speichern Sie sie und registrieren Sie diese Wahl dann in ProSanté / ProGezondheid (sie hat keine Zeit- und Ortsbedingungen zu übertragen).
gui-review-not-ready = Die Prüfung meldet Fehler: Sie können speichern, korrigieren Sie sie aber vor der Erklärung.
gui-review-conditions = Zeit- und Ortsbedingungen
gui-review-save = Erklärungsdatei
gui-review-save-help = Wenn sich kein Fenster zur Dateiauswahl öffnet, geben Sie den vollständigen Pfad ein und drücken Sie die Eingabetaste.
gui-review-portal = Die offizielle Erklärung erfolgt online über ProSanté / ProGezondheid, spätestens am letzten Tag der Frist. Bewahren Sie das PDF als Nachweis auf.
gui-copy-conditions = Bedingungen kopieren
gui-copied = Bedingungen kopiert: fügen Sie sie in ProSanté / ProGezondheid ein.
gui-export-pdf = Übersicht (PDF)
gui-export-calendar = Kalender (.ics)
gui-export-text = Text (.txt)
gui-no-dialog-save = Es ist kein Fenster zur Dateiauswahl verfügbar: geben Sie unten den Pfad ein und drücken Sie die Eingabetaste.
gui-save-no-path = Geben Sie an, wo die Datei gespeichert werden soll.
gui-saved = Erklärung gespeichert: { $path }
gui-exported = Datei geschrieben: { $path }
gui-save-failed = { $path } kann nicht geschrieben werden: { $error }
gui-save-incomplete = Noch nicht gespeichert: { $reason }. Ihre Arbeit bleibt im Entwurf.
gui-save-needs-name = der Name des Arztes fehlt (Schritt „Arzt“)
gui-save-needs-site-name = ein Praxisort hat keinen Namen (Schritt „Arzt“)
gui-save-needs-role = geben Sie an, ob der Arzt Allgemeinmediziner oder Facharzt ist (Schritt „Arzt“)

## Praxis: mehrere Ärzte, Verlauf

gui-practice-title = Ärzte der Praxis
gui-practice-search = Einen Arzt nach Namen suchen
gui-practice-empty = Die Ärzte, deren Erklärung Sie speichern, erscheinen hier, mit ihrer Wahl und ihrer Frist.
gui-practice-line = { $choice } — { $status } — { $deadline }
gui-practice-valid = in Ordnung
gui-practice-duplicate = Zeitplan für einen anderen Arzt kopieren
gui-practice-duplicated = Neue Erklärung auf Grundlage des Zeitplans von { $name }: geben Sie den Namen und die LIKIV-Nummer des Arztes ein.
gui-practice-unreadable = Profil „{ $id }“ unlesbar: die Datei bleibt unverändert erhalten.
gui-practice-restore = Die Sicherung vom { $date } wiederherstellen
gui-practice-restored = Die Sicherung vom { $date } ist wiederhergestellt. Die beschädigte Datenbank ist daneben aufbewahrt: { $aside }
gui-practice-restore-failed = Die Sicherung konnte nicht wiederhergestellt werden; nichts wurde gelöscht: { $error }
gui-history-none = Jede Speicherung wird mit Datum im Verlauf des Arztes aufbewahrt.
gui-history-title = Verlauf der Erklärungen
gui-history-declaration = { $when } — Erklärung
gui-history-amendment = { $when } — Änderung, gültig ab { $effective }
gui-history-last-change = Änderungen der letzten Version
gui-history-since = Änderungen seit der zuletzt gespeicherten Version
gui-history-no-change = Keine Änderungen.
gui-banner-published-on = Veröffentlicht im Belgischen Staatsblatt am { $published }. Was Sie heute, am { $today }, noch tun können:
gui-window-effective = Wirksamkeit der erklärten Bedingungen: { $date }
gui-window-start = Beginnen: { $window }
gui-last-day-label = Später vom LIKIV angekündigter letzter Tag:
gui-last-day-apply = Dieses Datum verwenden
gui-last-day-reset-button = Zurück zum veröffentlichten Datum
gui-last-day-help = Verlängert das LIKIV die Frist, geben Sie den neuen letzten Tag ein: Conventio verwendet ihn überall und weist darauf hin.
gui-last-day-before-published = Dieses Datum liegt vor dem veröffentlichten letzten Tag ({ $published }): das LIKIV verlängert Fristen, es verkürzt sie nicht. Prüfen Sie das Datum.
gui-last-day-none = Dieses Fenster hat keinen festen letzten Tag, der ersetzt werden könnte.
gui-last-day-set = Von Ihnen festgelegter letzter Tag: { $date }. Conventio verwendet ihn überall.
gui-last-day-reset = Der veröffentlichte letzte Tag wird wieder verwendet.
gui-no-dialog-agreement = Es ist kein Dateiauswahlfenster verfügbar: geben Sie unten den Pfad der Abkommensdatei ein und klicken Sie auf „Abkommen hinzufügen“.
gui-agreement-import = Abkommen hinzufügen…
gui-agreement-import-help = Ein nach dieser Version veröffentlichtes Abkommen: JSON-Datei (assets/agreement.schema.json).
gui-doctor-window = Erklärungsfenster
gui-window-start-short = Beginnen

## Times still being typed
gui-unfinished-time = Zeitblock { $slot }, { $field }: die Uhrzeit „{ $typed }“ ist noch nicht übernommen. Der Block behält seine Uhrzeit, bis Sie das Feld mit einer gültigen Uhrzeit verlassen (oder Enter drücken).
gui-unconfirmed-time = Zeitblock { $slot }, { $field }: { $typed } wartet auf Ihre Bestätigung (eine Sprechstunde außerhalb von 06:00–22:00).
gui-time-unusual = { $time } — wirklich? Eine Sprechstunde außerhalb von 06:00–22:00 ist selten: Enter oder „Ja“, um sie zu behalten.
gui-time-unusual-yes = Ja, { $time }
gui-time-unusual-no = Nein, { $time } behalten
gui-check-unfinished = Eingabe läuft
gui-save-unfinished = Nichts wurde geschrieben: Zeitblock { $slot } hat eine unvollständige Uhrzeit. Korrigieren Sie sie im Feld des Blocks (oder wählen Sie einen anderen Block, um sie zu verwerfen) und versuchen Sie es erneut.
gui-site-removed = Ort „{ $site }“ entfernt{ $count ->
    [0] .
    [one] , mit seinem Zeitblock. Rückgängig (Strg+Z) stellt ihn wieder her.
   *[other] , mit seinen { $count } Zeitblöcken. Rückgängig (Strg+Z) stellt sie wieder her.
}
gui-review-export = Exportieren (PDF, Kalender, Text) nach
gui-review-export-help = Jeder Export erhält die Endung seiner Art (.pdf, .ics, .txt). „Durchsuchen“ wählt den Ort in einem Fenster des Systems.
gui-no-dialog-export = Kein Dateiauswahlfenster verfügbar: geben Sie den Pfad im Exportfeld ein und drücken Sie die Schaltfläche der gewünschten Art.
gui-export-unknown-agreement = die Erklärung nennt ein unbekanntes Abkommen ({ $id }): wählen Sie das Abkommen im Schritt Arzt
gui-export-pdf-failed = das PDF konnte nicht erstellt werden: exportieren Sie den Text oder den Kalender und melden Sie das Problem
gui-draft-second-window = Conventio ist bereits für diesen Ordner geöffnet: dieses Fenster führt einen eigenen Entwurf, ohne den des anderen Fensters anzutasten.

## Übersicht der Praxis

gui-overview-file-name = praxisuebersicht-{ $date }
gui-overview-open = Übersicht der Praxis…
gui-overview-title = Übersicht der Praxis
gui-overview-help = Alle Ärztinnen und Ärzte der Praxis, die dringendsten zuerst: noch nicht in ProSanté registriert, dann die wenigsten verbleibenden Tage. „Registriert“ trägt das heutige Datum und Ihren Namen in die Historie ein. Eine Notiz pro Ärztin oder Arzt (z. B. eHealth-Mandat anfragen) wird mit der Eingabetaste gespeichert.
gui-overview-filter = Nur die noch zu registrierenden
gui-overview-none = Keine Ärztin, kein Arzt anzuzeigen.
gui-overview-mark = Heute in ProSanté registriert
gui-overview-mark-failed = Die Registrierung konnte nicht vermerkt werden: { $error }
gui-overview-registered = In ProSanté registriert am { $date }
gui-overview-registered-by-name = In ProSanté registriert am { $date } von { $name }
gui-overview-deadline = Letzter Tag { $date }: { $days ->
    [one] noch 1 Tag
   *[other] noch { $days } Tage
}
gui-overview-no-deadline = Kein letzter Tag für diesen Zeitraum bekannt
gui-overview-saved = Zuletzt gespeichert am { $when }
gui-overview-warnings = { $count ->
    [one] { $count } Warnung
   *[other] { $count } Warnungen
}
gui-overview-export-label = Die Liste als Tabelle exportieren (.csv) oder als PDF drucken (gleicher Name, .pdf)
gui-overview-export = CSV exportieren
gui-overview-user-name = Ihr Name (erscheint bei den Registrierungsvermerken)
gui-overview-user-name-placeholder = z. B. Sophie Martin
gui-overview-print = Liste drucken (PDF)
gui-overview-print-failed = Die Liste konnte nicht als PDF erstellt werden: exportieren Sie sie als CSV und melden Sie das Problem.
gui-overview-print-all = Die PDFs aller Ärzte drucken
gui-overview-print-all-label = Ordner für die PDFs aller Ärzte
gui-overview-print-all-folder = pdf-aerzte-{ $date }
gui-overview-printed-all = { $count } PDFs in { $folder } geschrieben.
gui-overview-printed-some = { $count } PDFs in { $folder } geschrieben. Nicht gedruckt: { $failed }
gui-overview-printed-failed-one = { $doctor } ({ $why })
gui-overview-print-all-failed = Die PDFs konnten nicht gedruckt werden: { $error }
gui-overview-exported = Übersicht geschrieben nach { $path }
gui-overview-export-failed = { $path } konnte nicht geschrieben werden: { $error }
gui-overview-name = Name
gui-overview-inami = LIKIV
gui-overview-role = Qualifikation
gui-overview-choice = Wahl
gui-overview-window = Zeitraum
gui-overview-status = Prüfung
gui-overview-last-saved = Zuletzt gespeichert
gui-overview-last-day = Letzter Tag
gui-overview-days-left = Verbleibende Tage
gui-overview-registered-on = In ProSanté registriert am
gui-overview-registered-by = Registriert von
gui-history-registered = { $when } — in ProSanté registriert am { $date }
gui-overview-overdue = Der letzte Tag war der { $date }: { $days ->
    [one] seit 1 Tag überschritten
   *[other] seit { $days } Tagen überschritten
}

gui-practice-save-failed = Die Datei ist gespeichert, aber nicht in der Praxis: { $error }
gui-doctor-draft-restored = Die laufende Arbeit dieses Arztes wird dort fortgesetzt, wo Sie sie verlassen haben.
gui-doctor-open-elsewhere = Dieser Arzt ist in einem anderen Conventio-Fenster geöffnet: Sie arbeiten hier an einer Kopie, die seine laufende Arbeit nicht berührt.
gui-overwrite-other-doctor = { $path } enthält die Erklärung von { $doctor }. Durch diese ersetzen?
gui-overwrite-same-doctor = { $path } enthält eine andere Erklärung dieses Arztes. Durch diese ersetzen?
gui-overwrite-other-file = { $path } existiert und ist keine lesbare Erklärung. Ersetzen?
gui-overwrite-changed = { $path } wurde auf dem Datenträger geändert, seit Conventio die Datei geöffnet oder gespeichert hat (von einem anderen Programm oder auf einem anderen PC). Durch diese Erklärung ersetzen?
gui-overwrite-saved-elsewhere = { $path } enthält eine Fassung dieses Arztes, die ein anderes Conventio-Fenster gespeichert hat, nachdem dieses Fenster ihn geöffnet hat. Durch diese Erklärung ersetzen?
gui-overwrite-yes = Ja, ersetzen
gui-overwrite-no = Nein
gui-overview-confirm-one = { $doctor } am { $date } als in ProSanté registriert markieren? Eingabe bestätigt, Esc bricht ab.
gui-overview-confirm-many = Diese { $count } Ärzte am { $date } als in ProSanté registriert markieren? Eingabe bestätigt, Esc bricht ab.
gui-overview-confirm = Bestätigen
gui-overview-cancel = Abbrechen
gui-overview-unmark = Markierung entfernen
gui-overview-sort-again = Neu sortieren
gui-overview-mark-ticked = Die { $count } angekreuzten als registriert markieren
gui-practice-no-match = Kein Arzt passt zu „{ $query }“.
gui-practice-not-registered = noch nicht in ProSanté registriert
gui-standing-question = Heute sind Sie:
gui-standing-register = Diese Wahl muss in ProSanté registriert werden, innerhalb der Frist ihres Zeitraums.
gui-standing-nothing = Sie bleiben konventioniert: nichts zu registrieren, keine Frist.
gui-join-for = Für Ärzte, die das Abkommen abgelehnt haben (nicht konventioniert).
gui-join-statut = Sozialstatut: spätestens am 31/12/{ $registered } registriert, kann der Beitritt für { $year } zählen; nie für das laufende Jahr.
gui-join-statut-none = Sozialstatut: heute registriert kann der Beitritt für kein Jahr dieses Abkommens zählen (nie für das laufende Jahr).
gui-practice-join = Dem Abkommen beitreten
gui-doctor-recognised-first = Geben Sie zuerst das Datum Ihrer Anerkennung ein: die Erklärung erfolgt binnen 30 Tagen danach.
gui-overview-all-done = Kein Arzt mehr zu registrieren.
gui-history-mark-removed = Markierung entfernt am { $when }
gui-history-mark-removed-by = Markierung entfernt am { $when } von { $name }
gui-overview-note = Notiz
gui-overview-note-placeholder = Notiz
gui-overview-back-up = Praxis sichern
gui-overview-back-up-hint = Eine datierte Kopie der Praxisdatenbank in „backups“ des Datenordners; Conventio erstellt auch eine pro Tag beim Öffnen und behält die letzten { $count }.
gui-overview-backed-up = Sicherung der Praxis geschrieben: { $path }
gui-overview-backup-failed = Die Sicherung der Praxis konnte nicht geschrieben werden ({ $error }): In der Praxis hat sich nichts geändert.
