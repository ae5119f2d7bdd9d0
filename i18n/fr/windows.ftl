## Fenêtres de déclaration, dates limites, prise d'effet (RULES.md, « Deadline and windows »)

list-separator = {" ; "}
empty = {""}
summary-suffix = {" ; "}{ $text }
choice-lower-full = adhésion complète
choice-lower-partial = adhésion partielle
choice-lower-refusal = refus
window-kind-initial = délai initial
window-kind-recognition = délai des médecins nouvellement agréés
window-kind-second-year = deuxième année
window-kind-join = adhésion en cours d'accord
window-kind-amendment = modification des conditions
window-name-initial = la déclaration dans les 30 jours de la publication
window-name-recognition = la déclaration dans les 30 jours de l'agrément (médecin nouvellement agréé)
window-name-second-year = la déclaration pour { $year }
window-name-join = l'adhésion en cours d'accord (médecin déconventionné)
window-name-amendment = la modification des conditions de temps et de lieu (médecin déjà partiellement conventionné)
window-title-initial = Déclarer dans les 30 jours de la publication
window-title-recognition = Déclarer dans les 30 jours de votre agrément
window-title-second-year = Déclarer pour { $year }
window-title-join = Adhérer à l'accord
window-title-amendment = Modifier vos conditions de temps et de lieu
window-allows = { $allows ->
    [full-partial] adhésion complète ou partielle
    [full] adhésion complète
    [partial-refusal] refus ou adhésion partielle
    [partial] adhésion partielle
    [refusal] refus
   *[none] rien à enregistrer
}{ $note }
last-day = au plus tard le { $date }
last-day-none = sans date limite
last-day-after-recognition = au plus tard { $days } jours après l'agrément
last-day-set-by-you = date fixée par vous ; date publiée : { $published }
date-confirmed = date confirmée
date-unconfirmed = date non confirmée
window-state-not-yet-open = pas encore ouverte
window-state-open = ouverte
window-state-closed = fermée
window-state-open-days = { $state ->
    [today] c'est le dernier jour
   *[other] encore { $days } { $days ->
        [one] jour
       *[other] jours
    }
}
window-state-closed-days = fermée depuis { $days } { $days ->
    [one] jour
   *[other] jours
}
window-line = { $window } ({ $allows }) — { $until }, { $state } ({ $confirmation })
window-open-item = { $window } ({ $allows }), { $until }
windows-open = Encore possible : { $list }.
windows-none-open = Aucune autre fenêtre de déclaration n'est ouverte aujourd'hui.
summary-window-unavailable = Date limite : cet accord n'a pas de fenêtre « { $window } ».
summary-prepared-in-time = {" ; "}préparée le { $prepared }, dans le délai
summary-prepared-late = {" ; "}préparée le { $prepared }, après la date limite
effective-full = Prise d'effet : l'adhésion complète s'applique dès l'entrée en vigueur de l'accord, sans rien enregistrer.
effective-on = Prise d'effet des conditions déclarées : le { $date }.
effective-from-registration = Prise d'effet : dès l'enregistrement dans ProSanté (le { $date } si elles sont enregistrées ce jour-là).
effective-unknown = Prise d'effet : date non connue (entrée en vigueur de l'accord).
finding-deadline-passed = Délai dépassé pour { $window } : au plus tard le { $deadline }, la déclaration a été préparée le { $prepared }. Un refus ou une adhésion partielle ne peut plus être enregistré dans cette fenêtre ; sans déclaration, le médecin est réputé adhérer. { $open }
finding-window-unavailable = L'accord { $agreement } n'a pas de fenêtre « { $window } ». { $open }
finding-window-choice = Dans { $window }, le choix « { $choice } » n'est pas possible : seulement { $allowed }. Ne rien faire vaut adhésion complète ; un refus se déclare dans une fenêtre de déclaration.
interpretation-normal-hours-minutes = Interprétation de Conventio : les « heures qui conviennent normalement » sont du lundi au vendredi avant 21 h, et la part est comptée en minutes planifiées (le texte compte des prestations).
interpretation-minutes = Interprétation de Conventio : la part est comptée en minutes planifiées (le texte compte des prestations).
interpretation-site-rule = Interprétation de Conventio : la règle « chaque lieu possible » est appliquée aux lieux où vous avez des plages ambulatoires.
read-text-too-long = le champ « { $field } » dépasse la limite de { $limit } caractères
agreement-file-too-large = fichier d'accord trop volumineux (plus de 1 Mo)
agreement-file-invalid = fichier d'accord non valable ({ $what })
agreement-io-not-found = { $path } n'existe pas : vérifiez le chemin
agreement-io-permission-denied = pas d'autorisation d'accès à { $path } : choisissez un autre emplacement ou demandez l'accès
agreement-io-is-a-folder = { $path } est un dossier : choisissez un fichier
agreement-io-other = { $path } n'a pas pu être lu
effective-value-on = le { $date }
effective-value-from-registration = dès l'enregistrement (le { $date } si elles sont enregistrées ce jour-là)
effective-value-full = dès l'entrée en vigueur de l'accord, sans rien enregistrer
effective-value-unknown = date non connue
window-line-short = { $allows } — { $until }, { $state } ({ $confirmation })
window-allows-unconfirmed = {", "}{ $choice } non confirmée pour { $year }
finding-window-standing = { $window } est pour les médecins qui ont refusé l'accord ; aujourd'hui, le médecin est { $current } : il n'y a rien à rejoindre.
current-choice-full = conventionné
current-choice-partial = partiellement conventionné
current-choice-refusal = déconventionné
window-join-line = Adhérer à l'accord — à tout moment, prend effet à l'enregistrement
