# Conventio — textes du cœur : constats des règles, erreurs de lecture, noms du domaine.

## Noms du domaine

day-monday = lundi
day-tuesday = mardi
day-wednesday = mercredi
day-thursday = jeudi
day-friday = vendredi
day-saturday = samedi
day-sunday = dimanche
role-general_practitioner = Médecin généraliste
role-lower-general_practitioner = médecin généraliste
role-lower-specialist = médecin spécialiste
role-specialist = Médecin spécialiste
choice-full = Adhésion complète (entièrement conventionné)
choice-partial = Adhésion partielle (partiellement conventionné)
choice-refusal = Refus d'adhésion (non conventionné)
rates-agreement = Tarifs de l'accord
rates-free = Honoraires libres
setting-office = Cabinet (consultations, rendez-vous)
setting-home_visit = Visites à domicile
setting-hospital = Patients hospitalisés
setting-day_hospital = Hôpital de jour / forfaits
severity-error = Erreur
severity-warning = Avertissement
clause = point { $clause }
agreement-name = Accord national médico-mutualiste { $id }
unconfirmed = non confirmé

## Numéros INAMI

inami-empty = le numéro est vide
inami-invalid-character = seuls les chiffres et les séparateurs - . et espace sont admis
inami-wrong-length = il faut 11 chiffres, il y en a { $digits }
inami-not-physician = un numéro de médecin commence par 1
inami-check-digits = les chiffres de contrôle (7e et 8e) devraient être { $expected97 } ou { $expected89 }, pas { $found }

## Constats

finding-slot-time-order = Plage { $slot } ({ $day } { $start }–{ $end }) : la fin doit suivre le début le même jour. Une plage qui passe minuit se découpe en deux.
finding-slot-unknown-site = Plage { $slot } ({ $day } { $start }–{ $end }) : le lieu « { $site } » n'est pas un des lieux déclarés.
finding-slot-overlap = Le { $day }, les plages { $slots } se chevauchent. Un médecin n'est qu'à un endroit à la fois.
finding-site-unused = Le lieu « { $site } » n'a aucune plage horaire.
finding-doctor-inami-invalid = Le numéro INAMI « { $number } » n'est pas valable : { $reason ->
    [inami-empty] le numéro est vide.
    [inami-invalid-character] seuls les chiffres et les séparateurs - . et espace sont admis.
    [inami-wrong-length] il faut 11 chiffres, il y en a { $digits }.
    [inami-not-physician] un numéro de médecin commence par 1.
   *[inami-check-digits] les chiffres de contrôle (7e et 8e) devraient être { $expected97 } ou { $expected89 }, pas { $found }.
}
finding-doctor-role-mismatch = Le rôle déclaré ({ $role }) ne correspond pas au code de compétence { $code } du numéro INAMI, qui est celui d'un { $implied }.
finding-doctor-role-missing = Indiquez si le médecin est généraliste ou spécialiste : les conditions de l'adhésion partielle en dépendent.
finding-full-has-free-slots = Adhésion complète, mais { $count ->
    [one] une plage applique
   *[other] { $count } plages appliquent
} des honoraires libres : un médecin entièrement conventionné applique les tarifs de l'accord à toute sa pratique.
finding-partial-without-free-slots = Adhésion partielle sans aucune plage à honoraires libres : cela revient à une adhésion complète.
finding-gp-free-setting = Un médecin généraliste partiellement conventionné ne peut pratiquer des honoraires libres que pour les consultations, rendez-vous et prestations en cabinet organisés ({ $count ->
    [one] une plage
   *[other] { $count } plages
} hors cabinet).
finding-sp-free-setting = Un médecin spécialiste partiellement conventionné ne peut pratiquer des honoraires libres qu'auprès des patients ambulatoires, jamais pour les patients hospitalisés ni en hôpital de jour ({ $count ->
    [one] une plage
   *[other] { $count } plages
} concernée{ $count ->
    [one] {""}
   *[other] s
}).
finding-gp-free-blocks-per-week = { $count } plages à honoraires libres par semaine : l'accord en permet au maximum { $max }.
finding-sp-free-blocks-per-week = { $count } plages à honoraires libres par semaine : l'accord en permet au maximum { $max }.
finding-gp-free-days-per-week = Honoraires libres { $count } jours par semaine : l'accord en permet au maximum { $max }.
finding-sp-free-days-per-week = Honoraires libres { $count } jours par semaine : l'accord en permet au maximum { $max }.
finding-gp-free-block-length = Le { $day } de { $start } à { $end }, une plage à honoraires libres de { $hours } h { $mins } ; le maximum est de { $maxhours } h { $maxmins } continues.
finding-sp-free-block-length = Le { $day } de { $start } à { $end }, une plage à honoraires libres de { $hours } h { $mins } ; le maximum est de { $maxhours } h { $maxmins } continues.
finding-gp-agreement-share = Seulement { $percent } % de la pratique aux tarifs de l'accord ({ $counted } min sur { $base }) : il en faut au moins { $numerator }/{ $denominator } ({ $required } %).
finding-sp-agreement-share = Seulement { $percent } % des prestations ambulatoires aux tarifs de l'accord à des heures normales ({ $counted } min sur { $base }) : il en faut au moins { $numerator }/{ $denominator } ({ $required } %). Les heures normales sont du lundi au vendredi avant 21 h.
finding-sp-site-access = Le lieu « { $site } » n'offre aucune plage d'accès aux tarifs de l'accord pour les patients ambulatoires : chaque lieu d'exercice doit en avoir une.
finding-gp-site-access = Le lieu « { $site } » n'offre aucune plage aux tarifs de l'accord : chaque lieu d'exercice doit en avoir une.

## Lecture des fichiers

read-at-position = ligne { $line }, colonne { $column } : { $detail }
read-syntax = JSON mal formé : « { $found } » n'est pas attendu ici
read-truncated = le fichier s'arrête avant la fin (fichier tronqué ?)
read-invalid = contenu non valable ({ $detail })
read-too-large = fichier trop volumineux pour une déclaration (plus de { $limit } Mo)
read-not-utf8 = le fichier n'est pas du texte UTF-8
read-wrong-format = ce n'est pas une déclaration Conventio (« format » doit valoir « conventio-declaration »)
read-missing-key = la clé « { $key } » est obligatoire
read-duplicate-key = la clé « { $key } » apparaît deux fois
read-unknown-key = clé inconnue « { $key } » (attendu : { $expected })
read-unknown-value = valeur inconnue « { $value } » (attendu : { $expected })
read-wrong-type = type de valeur inattendu : { $found } trouvé, { $wanted } attendu
read-wrong-type-found = type de valeur inattendu : { $found }
read-value-boolean = un booléen (true ou false)
read-value-number = un nombre
read-value-text = un texte
read-value-null = null (aucune valeur)
read-value-list = une liste […]
read-value-object = un objet {"{"}…{"}"}
read-value-other = une autre valeur
read-bad-time = heure « { $value } » non valable : le format est HH:MM, de 00:00 à 23:59, et 24:00 pour une fin
read-bad-date = date non valable : le format est AAAA-MM-JJ ({ $detail })
read-bad-number = le nombre « { $value } » est hors des valeurs permises ici
read-bad-value = la valeur « { $value } » n'est pas permise ici
read-bad-value-kind = valeur non permise ici : { $found }
read-bad-length = { $length ->
    [one] une liste d'un élément n'est pas permise ici
   *[other] une liste de { $length } éléments n'est pas permise ici
}
read-empty-name = le nom du médecin ne peut pas être vide
read-newer-version = ce fichier est en version { $found } du format, cette version de Conventio ne lit que la version { $known } : mettez Conventio à jour
read-bad-version = « version » doit être un nombre entier
read-unknown-agreement = accord « { $id } » inconnu (accords connus : { $known })
read-site-empty = chaque lieu doit avoir un identifiant et un nom
read-site-duplicate = l'identifiant de lieu « { $id } » est utilisé deux fois
read-role-needed = le code de compétence du numéro INAMI ne permet pas de savoir si le médecin est généraliste ou spécialiste : ajoutez « role » dans « doctor »

## Cabinet : profils et historique

practice-unreadable = fichier illisible ({ $reason })
change-choice = Choix modifié : { $before } → { $after }
change-site-added = Lieu ajouté : { $site }
change-site-removed = Lieu supprimé : { $site }
change-site-changed = Lieu modifié : { $before } → { $after }
change-slot-added = Plage ajoutée : { $day } { $start }–{ $end }, { $rates } ({ $site })
change-slot-removed = Plage supprimée : { $day } { $start }–{ $end }, { $rates } ({ $site })
change-slot-changed = Plage modifiée : { $beforeday } { $beforestart }–{ $beforeend }, { $beforerates } ({ $beforesite }) → { $afterday } { $afterstart }–{ $afterend }, { $afterrates } ({ $aftersite })

settings-newer-kept = le fichier des préférences vient d'une version plus récente de Conventio (version { $version }) : il n'est pas modifié

## Summary figures: a label and a value each, the same in the window, the command line and the PDF
figure-line = { $label } : { $value }
figure-time = Temps déclaré par semaine
figure-time-value = { $total }, dont { $agreement } aux tarifs de l'accord
figure-free-periods = { $unit ->
    [days] Jours à honoraires libres
   *[blocks] Plages à honoraires libres
} par semaine
figure-free-periods-value = { $count } (maximum { $max })
figure-longest = Plage à honoraires libres la plus longue
figure-longest-value = { $longest } (maximum { $max })
figure-longest-value-unlimited = { $longest }
figure-share = Part aux tarifs de l'accord
figure-share-value = { $percent } % ({ $counted } min sur { $base }) ; minimum { $numerator }/{ $denominator }
figure-site = Lieu « { $site } »
figure-site-yes = au moins une plage ambulatoire aux tarifs de l'accord
figure-site-no = aucune plage ambulatoire aux tarifs de l'accord (les plages à l'hôpital ne comptent pas ici : ajoutez une consultation ou des visites aux tarifs de l'accord)
figure-deadline = Date limite de déclaration
figure-deadline-value = { $until } ({ $state ->
    [today] c'est aujourd'hui
    [past] dépassée depuis { $days } { $days ->
        [one] jour
       *[other] jours
    }
   *[future] encore { $days } { $days ->
        [one] jour
       *[other] jours
    }
}{ $prepared }{ $confirmation })
figure-deadline-full = aucune, rien à enregistrer : ne rien faire vaut adhésion complète
figure-deadline-none = pas de date fixe pour { $window }
figure-deadline-unavailable = cet accord n'a pas de fenêtre « { $window } »
figure-statut = Statut social
figure-statut-kept = { $amount } par an, conservé par ce choix
figure-statut-none = aucun en cas de refus d'adhésion
figure-statut-unknown = montant non connu pour cet accord

## Errors from the system, with what to do
io-not-found = ce fichier ou ce dossier n'existe pas : vérifiez le chemin ou choisissez-le avec « Parcourir »
io-permission-denied = vous n'avez pas le droit d'accéder à cet endroit : choisissez un dossier à vous, par exemple Documents
io-is-a-directory = c'est un dossier, pas un fichier : choisissez un fichier de déclaration (.json) dans ce dossier
io-not-a-directory = une partie du chemin est un fichier et non un dossier : corrigez le chemin
io-storage-full = le disque est plein : libérez de la place ou choisissez un autre disque
io-read-only = cet endroit est en lecture seule : choisissez un autre dossier
io-bad-name = le nom du fichier est trop long ou contient un caractère refusé : raccourcissez-le
io-already-exists = un fichier de ce nom existe déjà : choisissez un autre nom
io-not-text = le fichier n'est pas lisible comme texte : choisissez un fichier de déclaration (.json)
io-other = le système a refusé l'opération (code { $code }) : vérifiez le chemin et réessayez, ou choisissez un autre dossier
change-doctor-name = Nom du médecin modifié : { $before } → { $after }
change-doctor-inami = Numéro INAMI modifié : { $before } → { $after }
gui-overview-to-register = À enregistrer
register-state-registered = enregistré
register-state-nothing = rien à enregistrer
register-state-by = à enregistrer au plus tard le { $date }
register-state-late = délai dépassé le { $date }
register-state-any-time = à enregistrer, sans date limite
register-headline = { $count } { $count ->
    [one] médecin
   *[other] médecins
} à enregistrer au plus tard le { $date } — { $state ->
    [today] c'est le dernier jour
   *[other] encore { $days } { $days ->
        [one] jour
       *[other] jours
    }
}{ $others ->
    [0] {""}
   *[other] {" ; "}{ $others } ensuite
}
register-headline-no-date = { $count } { $count ->
    [one] médecin
   *[other] médecins
} à enregistrer (sans date limite ouverte)
figure-statut-year = Statut social après adhésion
figure-statut-join = peut compter pour { $year } si l'adhésion est enregistrée au plus tard le 31/12/{ $registered } ; jamais pour l'année en cours
figure-statut-join-none = ne peut compter pour aucune année de cet accord (jamais pour l'année en cours)

# The practice database (issue 17).
store-unwritable = La base de données du cabinet ne peut pas être écrite ({ $reason }) : rien de ce qui y est déjà n'est perdu, mais les changements ne sont pas gardés dans le cabinet.
store-full = Le disque est plein : ce changement n'a pas été enregistré dans le cabinet ; tout ce qui y était déjà est intact. Libérez de la place puis réessayez.
store-corrupt = La base de données du cabinet { $path } est endommagée : elle n'a pas été modifiée ni recréée. Restaurez une sauvegarde avec « conventio practice restore FICHIER ».
store-corrupt-backup = La base de données du cabinet { $path } est endommagée : elle n'a pas été modifiée ni recréée. Dernière sauvegarde : { $backup } (« conventio practice restore { $backup } »).
store-busy = Une autre fenêtre de Conventio écrit dans le cabinet depuis plus de 5 secondes : rien n'a été changé, réessayez dans un instant.
store-read-only = Le cabinet est ouvert en lecture seule : ce changement n'est pas enregistré.
store-newer = La base de données du cabinet a été faite par une version plus récente de Conventio : mettez Conventio à jour pour l'ouvrir.
store-inami-taken = Le numéro INAMI { $inami } est déjà celui de { $name } dans ce cabinet : rien n'a été enregistré. Corrigez le numéro, ou ouvrez { $name } depuis la liste des médecins.
store-other-number = Le cabinet a déjà un { $name } avec le numéro INAMI { $inami } : celui-ci ({ $number }) est enregistré comme un autre médecin.
store-no-doctor = Ce médecin n'est plus dans le cabinet.
store-failed = La base de données du cabinet a refusé le changement ({ $reason }) : rien n'a été changé.
practice-changed-since = enregistré le { $date } — modifié depuis : à réenregistrer
