# Conventio — textes de la fenêtre.

gui-title = Conventio
gui-step-start = Accueil
gui-step-doctor = Médecin
gui-step-choice = Choix
gui-step-schedule = Horaire
gui-step-review = Vérifier et enregistrer
gui-next = Continuer
gui-undo = Annuler
gui-redo = Rétablir
gui-dismiss = Fermer
gui-open = Ouvrir
gui-browse = Parcourir…
gui-remove = Supprimer
gui-save = Enregistrer
# The Save button while the file is being written (it waits meanwhile).
gui-saving = Enregistrement…
gui-example-file-name = declaration.json
gui-date-placeholder = jj/mm/aaaa
gui-date-invalid = Date attendue sous la forme jj/mm/aaaa, par exemple 23/11/2026.
gui-theme-system = Thème du système
gui-theme-light = Clair
gui-theme-dark = Sombre
gui-theme-high-contrast = Contraste élevé
gui-autosave-note = Chaque modification est enregistrée automatiquement : vous pouvez fermer la fenêtre à tout moment.
gui-autosave-failed = L'enregistrement automatique a échoué ({ $error }) : votre travail reste dans la fenêtre, enregistrez-le ailleurs.
gui-work-not-kept = Le travail à l'écran n'a pas pu être gardé ({ $error }) : il reste ouvert, rien d'autre n'a été ouvert.
gui-work-needs-doctor = Le travail à l'écran n'a pas encore de médecin : donnez-lui un nom ou un numéro INAMI pour le garder avant d'en ouvrir un autre.
gui-work-copy-held = Ce travail est une copie d'un médecin ouvert dans une autre fenêtre de Conventio : enregistrez-la (elle devient une version de ce médecin) ou fermez l'autre fenêtre avant d'ouvrir autre chose. Elle reste ouverte.
gui-doctor-has-draft = { $doctor } a un travail en cours non enregistré dans le cabinet (son brouillon) : ce fichier est ouvert comme une copie, qui n'y touche pas. Ouvrez le médecin depuis la liste pour reprendre son brouillon.
gui-work-doctor-has-draft = { $doctor } a déjà un travail en cours non enregistré dans le cabinet : enregistrez celui-ci (il devient une version de ce médecin) avant d'ouvrir autre chose. Il reste ouvert.
gui-settings-failed = Impossible d'enregistrer les préférences ({ $error }).
gui-settings-newer = Vos préférences viennent d'une version plus récente de Conventio (version { $version }) : elles ne sont pas modifiées, les réglages par défaut s'appliquent.
gui-draft-restored = Le brouillon de votre dernière session a été restauré.
gui-draft-unreadable = Le brouillon enregistré n'a pas pu être relu ({ $error }) ; une déclaration vierge est ouverte, le fichier est conservé.

## Accueil

gui-banner-unconfirmed = Date ou montant non confirmé par le texte publié : vérifiez-le sur le site de l'INAMI.
gui-start-what = Que voulez-vous faire ?
gui-start-new = Nouvelle déclaration
gui-start-continue = Reprendre le brouillon en cours ({ $name })
gui-start-continue-unnamed = Reprendre le brouillon en cours (médecin pas encore indiqué)
gui-start-recent = Déclarations récentes
gui-start-open-file = Ouvrir un fichier de déclaration
gui-example-gp = Exemple : médecin généraliste
gui-example-specialist = Exemple : médecin spécialiste
gui-no-dialog-open = Aucune fenêtre de choix de fichier n'est disponible : tapez le chemin du fichier ci-dessous.
gui-opened = Ouvert : { $path }
gui-open-failed = Impossible d'ouvrir { $path } : { $error }. Votre travail en cours est conservé.

## Médecin

gui-doctor-title = Le médecin
gui-doctor-name = Nom du médecin
gui-doctor-name-placeholder = Dr Prénom Nom
gui-doctor-inami = Numéro INAMI
gui-inami-help = 11 chiffres, par exemple 1-23456-78-901 ; tirets, points et espaces sont acceptés.
gui-inami-valid = Numéro valable : { $number } ({ $role }).
gui-inami-role-unknown = qualification à préciser
gui-doctor-role = Qualité
gui-role-derived = Déduite du code de compétence du numéro INAMI ; vous pouvez la modifier.
gui-role-needed = Le code de compétence ne permet pas de la déduire : choisissez-la.
gui-role-not-needed = Demandée seulement pour une adhésion partielle ; facultative sinon.
gui-role-stated = Choisie par vous.
gui-doctor-agreement = Accord
gui-doctor-recognised = Date de reconnaissance (seulement si elle suit la publication de l'accord)
gui-doctor-recognised-help = Un médecin reconnu après la publication dispose de 30 jours à partir de sa reconnaissance.
gui-doctor-sites = Lieux d'exercice
gui-sites-help = Chaque lieu où vous consultez : cabinet, hôpital, polyclinique. Chaque plage horaire est liée à un lieu.
gui-site-name = Nom du lieu
gui-site-address = Adresse
gui-site-new-placeholder = Nom d'un nouveau lieu, puis Entrée
gui-site-add = Ajouter le lieu

## Choix

gui-choice-title = Votre choix pour cet accord
gui-choice-intro = Sans déclaration dans le délai, vous êtes réputé adhérer entièrement.
gui-choice-full-fees = Vous appliquez les tarifs de l'accord à toute votre pratique, sauf exigences particulières du patient (après 21 h, le week-end, chambre particulière…).
gui-choice-full-patients = Vos patients savent d'avance ce qu'ils paieront ; vous recevez aussi la prime de conventionnement.
gui-choice-partial-fees = Vous appliquez les tarifs de l'accord, sauf durant quelques plages par semaine où vos honoraires sont libres, dans les limites de l'accord.
gui-choice-partial-patients = Vous déclarez vos jours, heures et lieux ; les patients doivent pouvoir vous consulter aux tarifs de l'accord.
gui-choice-refusal-fees = Vous fixez librement vos honoraires pour toute votre pratique.
gui-choice-refusal-patients = Vos patients sont moins bien remboursés par rapport à ce qu'ils paient ; vous devez les informer de vos tarifs.
gui-choice-statut = Statut social pour { $year } : { $amount } par an (si le seuil d'activité est atteint).
gui-choice-statut-none = Pas de statut social : il est réservé aux médecins qui adhèrent à l'accord.
gui-choice-statut-unknown = Statut social : montant non encore connu pour cet accord.

## Horaire

gui-schedule-title = Horaire de la semaine
gui-schedule-no-site = Aucun lieu de pratique n'est encore déclaré : ajoutez-en un à l'étape Médecin, chaque plage devant appartenir à un lieu.
gui-schedule-add-site = Ajouter un lieu
gui-schedule-grid = Semaine
gui-schedule-list = Liste
gui-schedule-help = Cliquez ou glissez sur un espace vide pour créer une plage ; cliquez sur une plage pour la modifier. Bleu : tarifs de l'accord ; orange hachuré : honoraires libres ; la lettre indique le lieu.
gui-schedule-list-help = Cliquez sur une plage pour la modifier ; « { $add } » en ajoute une.
gui-slot-add = Ajouter une plage
gui-slot-add-another = + Ajouter une autre plage
gui-slot-label = { $day } { $start }–{ $end }
gui-slot-none = Aucune plage sélectionnée
gui-slot-none-help = Sélectionnez une plage dans la semaine ou la liste pour la modifier ici.
gui-schedule-list-empty = Aucune plage pour l'instant : « { $add } » en ajoute une.
gui-slot-edit = Plage sélectionnée
gui-slot-day = Jour
gui-slot-hours = Heures
gui-slot-start = Début
gui-slot-end = Fin
gui-slot-site = Lieu
gui-slot-site-pick = Choisir un lieu
gui-slot-rates = Tarifs
gui-slot-setting = Type d'activité
gui-slot-note = Remarque
gui-slot-duplicate = Copier vers
gui-slot-delete = Supprimer la plage
gui-slot-keys = Au clavier : flèches haut et bas pour déplacer la plage d'un quart d'heure, gauche et droite pour changer de jour, Maj+flèches pour changer sa fin, Suppr pour l'effacer.
gui-time-help = Heures acceptées : 8:30, 08h30, 0830, de 00:00 à 24:00 (24:00 pour minuit en fin de plage).
gui-time-shape = Heure non comprise.
gui-time-range = Heure impossible.

## Vérification

gui-check-title = Vérification
gui-check-ok = Conforme à l'accord.
gui-check-folded-counts = { $errors ->
    [0] aucune erreur
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [0] aucun avertissement
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
gui-check-unfold = Afficher la vérification
gui-check-fold = Replier la vérification
gui-check-not-ok = À corriger avant de déclarer.
gui-check-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
gui-check-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
gui-check-to-complete = À compléter avant de déclarer.
gui-check-to-fill-in = { $count ->
    [one] { $count } champ à remplir
   *[other] { $count } champs à remplir
}
gui-figures-title = Chiffres

## Vérifier et enregistrer

gui-review-title = Vérifier et enregistrer
gui-review-ready = La déclaration est conforme : enregistrez-la, puis recopiez les conditions dans ProSanté.
gui-review-ready-nothing = La déclaration est conforme : rien à enregistrer dans ProSanté ; enregistrez-la pour le dossier du cabinet.
gui-review-ready-no-conditions = La déclaration est conforme : enregistrez-la, puis enregistrez ce choix dans ProSanté (il n'a pas de conditions de temps et de lieu à recopier).
gui-review-not-ready = La vérification signale des erreurs : vous pouvez enregistrer, mais corrigez-les avant de déclarer.
gui-review-conditions = Conditions de temps et de lieu
gui-review-save = Fichier de la déclaration
gui-review-save-help = Si aucune fenêtre de choix de fichier ne s'ouvre, tapez le chemin complet puis Entrée.
gui-review-portal = La déclaration officielle se fait en ligne sur ProSanté, au plus tard le dernier jour du délai. Gardez le PDF comme preuve.
gui-copy-conditions = Copier les conditions
gui-copied = Conditions copiées : collez-les dans ProSanté.
gui-export-pdf = Récapitulatif PDF
gui-export-calendar = Calendrier (.ics)
gui-export-text = Texte (.txt)
gui-no-dialog-save = Aucune fenêtre de choix de fichier n'est disponible : tapez le chemin ci-dessous et appuyez sur Entrée.
gui-save-no-path = Indiquez où enregistrer le fichier.
gui-saved = Déclaration enregistrée : { $path }
gui-exported = Fichier écrit : { $path }
gui-save-failed = Impossible d'écrire { $path } : { $error }
gui-save-incomplete = Pas encore enregistré : { $reason }. Votre travail reste dans le brouillon.
gui-save-needs-name = le nom du médecin manque (étape « Médecin »)
gui-save-needs-site-name = un lieu d'exercice n'a pas de nom (étape « Médecin »)
gui-save-needs-role = indiquez si le médecin est généraliste ou spécialiste (étape « Médecin »)

## Cabinet : plusieurs médecins, historique

gui-practice-title = Médecins du cabinet
gui-practice-search = Rechercher un médecin par son nom
gui-practice-empty = Les médecins dont vous enregistrez la déclaration apparaîtront ici, avec leur choix et leur date limite.
gui-practice-line = { $choice } — { $status } — { $deadline }
gui-practice-valid = conforme
gui-practice-duplicate = Copier l'horaire pour un autre médecin
gui-practice-duplicated = Nouvelle déclaration à partir de l'horaire de { $name } : indiquez le nom et le numéro INAMI du médecin.
gui-practice-unreadable = Profil « { $id } » illisible : le fichier est conservé tel quel.
gui-practice-restore = Restaurer la sauvegarde du { $date }
gui-practice-restored = La sauvegarde du { $date } est restaurée. La base endommagée est gardée à côté : { $aside }
gui-practice-restore-failed = La sauvegarde n'a pas pu être restaurée ; rien n'a été supprimé : { $error }
gui-history-none = Chaque enregistrement est conservé, daté, dans l'historique du médecin.
gui-history-title = Historique des déclarations
gui-history-declaration = { $when } — déclaration
gui-history-amendment = { $when } — modification, d'application le { $effective }
gui-history-last-change = Changements de la dernière version
gui-history-since = Changements depuis la dernière version enregistrée
gui-history-no-change = Aucun changement.
gui-banner-published-on = Publié au Moniteur belge le { $published }. Ce que vous pouvez encore faire aujourd'hui, { $today } :
gui-window-effective = Prise d'effet des conditions déclarées : { $date }
gui-window-start = Commencer { $window }
gui-last-day-label = Dernier jour annoncé plus tard par l'INAMI :
gui-last-day-apply = Utiliser cette date
gui-last-day-reset-button = Revenir à la date publiée
gui-last-day-help = Si l'INAMI prolonge le délai, entrez le nouveau dernier jour : Conventio l'utilise partout et le signale.
gui-last-day-before-published = Cette date est antérieure au dernier jour publié ({ $published }) : l'INAMI prolonge les délais, il ne les raccourcit pas. Vérifiez la date.
gui-last-day-none = Cette fenêtre n'a pas de dernier jour fixe à remplacer.
gui-last-day-set = Dernier jour fixé par vous : { $date }. Conventio l'utilise partout.
gui-last-day-reset = Le dernier jour publié est de nouveau utilisé.
gui-no-dialog-agreement = Aucune fenêtre de choix de fichier n'est disponible : tapez le chemin du fichier d'accord ci-dessous, puis « Ajouter un accord ».
gui-agreement-import = Ajouter un accord…
gui-agreement-import-help = Un nouvel accord publié après cette version : fichier JSON (assets/agreement.schema.json).
gui-doctor-window = Fenêtre de déclaration
gui-window-start-short = Commencer

## Times still being typed
gui-unfinished-time = Plage { $slot }, { $field } : l'heure « { $typed } » n'est pas encore prise. La plage garde son heure tant que vous ne quittez pas le champ (ou n'appuyez pas sur Entrée) avec une heure valable.
gui-unconfirmed-time = Plage { $slot }, { $field } : { $typed } attend votre confirmation (une consultation en dehors de 06:00–22:00).
gui-time-unusual = { $time } — vraiment ? Une consultation en dehors de 06:00–22:00 est rare : Entrée ou « Oui » pour la garder.
gui-time-unusual-yes = Oui, { $time }
gui-time-unusual-no = Non, garder { $time }
gui-check-unfinished = Saisie en cours
gui-save-unfinished = Rien n'a été écrit : la plage { $slot } a une heure inachevée. Corrigez-la dans le panneau de la plage (ou choisissez une autre plage pour l'abandonner), puis recommencez.
gui-site-removed = Lieu « { $site } » supprimé{ $count ->
    [0] .
    [one] , avec sa plage horaire. Annuler (Ctrl+Z) la remet.
   *[other] , avec ses { $count } plages horaires. Annuler (Ctrl+Z) les remet.
}
gui-review-export = Exporter (PDF, calendrier, texte) vers
gui-review-export-help = Chaque export prend l'extension de son type (.pdf, .ics, .txt). « Parcourir » choisit l'endroit dans une fenêtre du système.
gui-no-dialog-export = Aucune fenêtre de choix de fichier n'est disponible : tapez le chemin dans le champ d'export et appuyez sur le bouton du type voulu.
gui-export-unknown-agreement = la déclaration nomme un accord inconnu ({ $id }) : choisissez l'accord à l'étape Médecin
gui-export-pdf-failed = le PDF n'a pas pu être produit : exportez le texte ou le calendrier, et signalez le problème
gui-draft-second-window = Conventio est déjà ouvert sur ce dossier : cette fenêtre garde son propre brouillon, sans toucher à celui de l'autre fenêtre.

## Vue d'ensemble du cabinet

gui-overview-file-name = apercu-cabinet-{ $date }
gui-overview-open = Vue d'ensemble du cabinet…
gui-overview-title = Vue d'ensemble du cabinet
gui-overview-help = Tous les médecins du cabinet, les plus urgents d'abord : pas encore enregistrés dans ProSanté, puis le moins de jours restants. « Enregistré » note la date du jour et votre nom dans l'historique du médecin. Une note par médecin (ex. mandat eHealth à demander) se garde avec Entrée.
gui-overview-filter = Seulement ceux à enregistrer
gui-overview-none = Aucun médecin à afficher.
gui-overview-mark = Enregistré dans ProSanté aujourd'hui
gui-overview-mark-failed = L'enregistrement n'a pas pu être noté : { $error }
gui-overview-registered = Enregistré dans ProSanté le { $date }
gui-overview-registered-by-name = Enregistré dans ProSanté le { $date } par { $name }
gui-overview-deadline = Dernier jour le { $date } : { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
gui-overview-no-deadline = Pas de dernier jour connu pour cette période
gui-overview-saved = Enregistré pour la dernière fois le { $when }
gui-overview-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
gui-overview-export-label = Exporter la liste comme tableur (.csv) ou l'imprimer en PDF (même nom, .pdf)
gui-overview-export = Exporter en CSV
gui-overview-user-name = Votre nom (affiché sur les marques d'enregistrement)
gui-overview-user-name-placeholder = p. ex. Sophie Martin
gui-overview-print = Imprimer la liste (PDF)
gui-overview-print-failed = La liste n'a pas pu être produite en PDF : exportez-la en CSV, et signalez le problème.
gui-overview-print-all = Imprimer les PDF de tous les médecins
gui-overview-print-all-label = Dossier des PDF de tous les médecins
gui-overview-print-all-folder = pdf-medecins-{ $date }
gui-overview-printed-all = { $count } PDF écrits dans { $folder }.
gui-overview-printed-some = { $count } PDF écrits dans { $folder }. Pas imprimés : { $failed }
gui-overview-printed-failed-one = { $doctor } ({ $why })
gui-overview-print-all-failed = Les PDF n'ont pas pu être imprimés : { $error }
gui-overview-exported = Vue d'ensemble écrite dans { $path }
gui-overview-export-failed = { $path } n'a pas pu être écrit : { $error }
gui-overview-name = Nom
gui-overview-inami = INAMI
gui-overview-role = Qualification
gui-overview-choice = Choix
gui-overview-window = Période
gui-overview-status = Contrôle
gui-overview-last-saved = Dernier enregistrement
gui-overview-last-day = Dernier jour
gui-overview-days-left = Jours restants
gui-overview-registered-on = Enregistré dans ProSanté le
gui-overview-registered-by = Enregistré par
gui-history-registered = { $when } — enregistré dans ProSanté le { $date }
gui-overview-overdue = Le dernier jour était le { $date } : { $days ->
    [one] dépassé depuis 1 jour
   *[other] dépassé depuis { $days } jours
}

gui-practice-save-failed = Le fichier est enregistré, mais pas dans le cabinet : { $error }
gui-doctor-draft-restored = Le travail en cours de ce médecin est repris là où vous l'aviez laissé.
gui-doctor-open-elsewhere = Ce médecin est ouvert dans une autre fenêtre de Conventio : vous travaillez ici sur une copie, qui ne touche pas à son travail en cours.
gui-overwrite-other-doctor = { $path } contient la déclaration de { $doctor }. La remplacer par celle-ci ?
gui-overwrite-same-doctor = { $path } contient une autre déclaration de ce médecin. La remplacer par celle-ci ?
gui-overwrite-other-file = { $path } existe et n'est pas une déclaration lisible. Le remplacer ?
gui-overwrite-changed = { $path } a été modifié sur le disque depuis que Conventio l'a ouvert ou enregistré (par un autre programme ou sur un autre PC). Le remplacer par cette déclaration ?
gui-overwrite-saved-elsewhere = { $path } contient une version de ce médecin qu'une autre fenêtre de Conventio a enregistrée depuis que cette fenêtre l'a ouvert. La remplacer par cette déclaration ?
gui-overwrite-yes = Oui, remplacer
gui-overwrite-no = Non
gui-overview-confirm-one = Marquer { $doctor } comme enregistré dans ProSanté le { $date } ? Entrée confirme, Échap annule.
gui-overview-confirm-many = Marquer ces { $count } médecins comme enregistrés dans ProSanté le { $date } ? Entrée confirme, Échap annule.
gui-overview-confirm = Confirmer
gui-overview-cancel = Annuler
gui-overview-unmark = Retirer la marque
gui-overview-sort-again = Trier à nouveau
gui-overview-mark-ticked = Marquer les { $count } cochés comme enregistrés
gui-practice-no-match = Aucun médecin ne correspond à « { $query } ».
gui-practice-not-registered = pas encore enregistré dans ProSanté
gui-standing-question = Aujourd'hui, vous êtes :
gui-standing-register = Ce choix doit être enregistré dans ProSanté, dans le délai de sa période.
gui-standing-nothing = Vous restez conventionné : rien à enregistrer, aucun délai.
gui-join-for = Pour les médecins qui ont refusé l'accord (déconventionnés).
gui-join-statut = Statut social : enregistrée au plus tard le 31/12/{ $registered }, l'adhésion peut compter pour { $year } ; jamais pour l'année en cours.
gui-join-statut-none = Statut social : enregistrée aujourd'hui, l'adhésion ne peut compter pour aucune année de cet accord (jamais pour l'année en cours).
gui-practice-join = Adhérer à l'accord
gui-doctor-recognised-first = Entrez d'abord la date de votre agrément : la déclaration se fait dans les 30 jours qui suivent.
gui-overview-all-done = Plus aucun médecin à enregistrer.
gui-history-mark-removed = marque retirée le { $when }
gui-history-mark-removed-by = marque retirée le { $when } par { $name }
gui-overview-note = Note
gui-overview-note-placeholder = Note
gui-overview-back-up = Sauvegarder la pratique
gui-overview-back-up-hint = Une copie datée de la base du cabinet dans « backups » du dossier des données ; Conventio en fait aussi une par jour à l'ouverture et garde les { $count } dernières.
gui-overview-backed-up = Sauvegarde du cabinet écrite : { $path }
gui-overview-backup-failed = La sauvegarde du cabinet n'a pas pu être écrite ({ $error }) : rien n'a changé dans le cabinet.
