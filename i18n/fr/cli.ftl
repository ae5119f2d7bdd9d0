# Conventio — textes de la ligne de commande.

cli-cannot-read = impossible de lire { $path } : { $reason }
cli-file-unreadable = { $path } : illisible — { $error }
cli-file-heading = { $path } — { $name } : { $errors ->
    [0] aucune erreur
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [0] aucun avertissement
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
cli-summary-choice = Choix : { $choice } — accord { $agreement }
cli-brief-line = { $name } — { $choice } — { $errors ->
    [0] valable
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [0] aucun avertissement
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} — { $deadline } — { $path }
cli-brief-deadline = date limite { $date }
cli-brief-total = Total : { $total ->
    [one] { $total } déclaration
   *[other] { $total } déclarations
}, dont { $valid ->
    [0] aucune valable
    [one] { $valid } valable
   *[other] { $valid } valables
}
cli-practice-version = dernière version du { $date }
cli-practice-draft = brouillon, aucune version sauvegardée
cli-confirmed = confirmé
cli-unconfirmed = non confirmé
cli-agreements-heading = Accords connus (* = le plus récent, utilisé par défaut) :
cli-agreements-line = { $id } : du { $start } au { $end }, publié le { $published }, date limite { $deadline } ({ $status })
cli-export-unknown-format = { $path } : extension inconnue ; utilisez .json, .pdf, .ics, .csv ou .txt
cli-export-exists = { $path } existe déjà : rien n'a été écrit (ajoutez --force pour le remplacer)
cli-export-written = Écrit : { $path }
cli-export-failed = Impossible d'écrire { $path } : { $reason }
cli-check-list-unknown-format = { $path } : extension inconnue pour la liste ; utilisez .pdf ou .csv
cli-deadline-heading = Accord { $agreement } (publié le { $published }) — fenêtres de déclaration au { $today } :
cli-agreement-added = Accord { $id } ajouté : { $path }
cli-agreement-replaced = Accord { $id } remplacé par votre fichier : { $path }
cli-agreement-refused = { $path } n'a pas été ajouté, rien n'a changé : { $error }
agreement-added-by-you = ajouté par vous

cli-check-still-needs-list = --still-to-register va avec --to LISTE ou --practice.
cli-practice-exported = Cabinet exporté dans { $path } : { $doctors ->
    [one] { $doctors } médecin
   *[other] { $doctors } médecins
}, { $versions ->
    [one] { $versions } version
   *[other] { $versions } versions
}, { $marks ->
    [one] { $marks } marque
   *[other] { $marks } marques
}.
cli-practice-imported = Importé depuis { $path } : { $doctors ->
    [0] aucun nouveau médecin
    [one] { $doctors } nouveau médecin
   *[other] { $doctors } nouveaux médecins
}, { $versions ->
    [one] { $versions } version
   *[other] { $versions } versions
}, { $marks ->
    [one] { $marks } marque ajoutée
   *[other] { $marks } marques ajoutées
}.
cli-practice-conflict = Conflit : { $doctor } diffère dans le fichier (nom ou brouillon) ; la version du cabinet est gardée.
cli-practice-backed-up = Sauvegarde du cabinet écrite : { $path }
cli-practice-restored = Cabinet restauré depuis { $path } (l'ancienne base est gardée à côté, « .before-restore- »).
cli-practice-archive-invalid = { $path } n'est pas un export de cabinet lisible ({ $reason }) : rien n'a été changé.
