## Erklärungsfenster, letzte Tage, Wirksamkeit (RULES.md, "Deadline and windows")

list-separator = {"; "}
empty = {""}
summary-suffix = {"; "}{ $text }
choice-lower-full = vollständiger Beitritt
choice-lower-partial = teilweiser Beitritt
choice-lower-refusal = Ablehnung
window-kind-initial = ursprüngliche Frist
window-kind-recognition = Frist für neu anerkannte Ärzte
window-kind-second-year = zweites Jahr
window-kind-join = Beitritt während des Abkommens
window-kind-amendment = Änderung der Bedingungen
window-name-initial = die Erklärung binnen 30 Tagen nach der Veröffentlichung
window-name-recognition = die Erklärung binnen 30 Tagen nach der Anerkennung (neu anerkannter Arzt)
window-name-second-year = die Erklärung für { $year }
window-name-join = der Beitritt während des Abkommens (nicht konventionierter Arzt)
window-name-amendment = die Änderung der Zeit- und Ortsbedingungen (bereits teilweise konventionierter Arzt)
window-title-initial = Binnen 30 Tagen nach der Veröffentlichung erklären
window-title-recognition = Binnen 30 Tagen nach Ihrer Anerkennung erklären
window-title-second-year = Für { $year } erklären
window-title-join = Dem Abkommen beitreten
window-title-amendment = Ihre Zeit- und Ortsbedingungen ändern
window-allows = { $allows ->
    [full-partial] vollständiger oder teilweiser Beitritt
    [full] vollständiger Beitritt
    [partial-refusal] Ablehnung oder teilweiser Beitritt
    [partial] teilweiser Beitritt
    [refusal] Ablehnung
   *[none] nichts zu registrieren
}{ $note }
last-day = spätestens am { $date }
last-day-none = ohne letzten Tag
last-day-after-recognition = spätestens { $days } Tage nach der Anerkennung
last-day-set-by-you = von Ihnen festgelegtes Datum; veröffentlichtes Datum: { $published }
date-confirmed = Datum bestätigt
date-unconfirmed = Datum nicht bestätigt
window-state-not-yet-open = noch nicht offen
window-state-open = offen
window-state-closed = geschlossen
window-state-open-days = { $state ->
    [today] heute ist der letzte Tag
   *[other] noch { $days } { $days ->
        [one] Tag
       *[other] Tage
    }
}
window-state-closed-days = seit { $days } { $days ->
    [one] Tag
   *[other] Tagen
} geschlossen
window-line = { $window } ({ $allows }) — { $until }, { $state } ({ $confirmation })
window-open-item = { $window } ({ $allows }), { $until }
windows-open = Noch möglich: { $list }.
windows-none-open = Heute ist kein anderes Erklärungsfenster offen.
summary-window-unavailable = Letzter Tag: dieses Abkommen hat kein Fenster „{ $window }“.
summary-prepared-in-time = {"; "}vorbereitet am { $prepared }, rechtzeitig
summary-prepared-late = {"; "}vorbereitet am { $prepared }, nach dem letzten Tag
effective-full = Wirksamkeit: der vollständige Beitritt gilt ab dem Inkrafttreten des Abkommens, ohne Registrierung.
effective-on = Wirksamkeit der erklärten Bedingungen: am { $date }.
effective-from-registration = Wirksamkeit: ab der Registrierung in ProSanté ({ $date }, wenn sie an diesem Tag registriert werden).
effective-unknown = Wirksamkeit: Datum nicht bekannt (Inkrafttreten des Abkommens).
finding-deadline-passed = Frist abgelaufen für { $window }: spätestens am { $deadline }, die Erklärung wurde am { $prepared } vorbereitet. Eine Ablehnung oder ein teilweiser Beitritt kann in diesem Fenster nicht mehr registriert werden; ohne Erklärung gilt der Arzt als beigetreten. { $open }
finding-window-unavailable = Das Abkommen { $agreement } hat kein Fenster „{ $window }“. { $open }
finding-window-choice = In { $window } ist die Wahl „{ $choice }“ nicht möglich: nur { $allowed }. Nichts tun gilt als vollständiger Beitritt; eine Ablehnung wird in einem Erklärungsfenster erklärt.
interpretation-normal-hours-minutes = Auslegung von Conventio: die „normalerweise passenden Stunden“ sind Montag bis Freitag vor 21 Uhr, und der Anteil wird in geplanten Minuten gezählt (der Text zählt Leistungen).
interpretation-minutes = Auslegung von Conventio: der Anteil wird in geplanten Minuten gezählt (der Text zählt Leistungen).
interpretation-site-rule = Auslegung von Conventio: die Regel „jeder mögliche Ort“ wird auf die Orte angewandt, an denen Sie ambulante Zeiten haben.
read-text-too-long = das Feld „{ $field }“ überschreitet die Grenze von { $limit } Zeichen
agreement-file-too-large = Abkommensdatei zu groß (mehr als 1 MB)
agreement-file-invalid = ungültige Abkommensdatei ({ $what })
agreement-io-not-found = { $path } existiert nicht: prüfen Sie den Pfad
agreement-io-permission-denied = kein Zugriff auf { $path }: wählen Sie einen anderen Ort oder bitten Sie um Zugriff
agreement-io-is-a-folder = { $path } ist ein Ordner: wählen Sie eine Datei
agreement-io-other = { $path } konnte nicht gelesen werden
effective-value-on = am { $date }
effective-value-from-registration = ab der Registrierung ({ $date }, wenn sie an diesem Tag registriert werden)
effective-value-full = ab dem Inkrafttreten des Abkommens, ohne Registrierung
effective-value-unknown = Datum nicht bekannt
window-line-short = { $allows } — { $until }, { $state } ({ $confirmation })
window-allows-unconfirmed = {", "}{ $choice } für { $year } nicht bestätigt
finding-window-standing = { $window } ist für Ärzte, die das Abkommen abgelehnt haben; heute ist der Arzt { $current }: es gibt nichts, dem er beitreten müsste.
current-choice-full = konventioniert
current-choice-partial = teilweise konventioniert
current-choice-refusal = nicht konventioniert
window-join-line = Dem Abkommen beitreten — jederzeit, wirksam ab der Registrierung
