# Conventio — importer un horaire depuis un agenda (.ics) ou un tableur (.csv).

## Erreurs qui arrêtent l'import (rien n'est importé)

import-not-utf8 = le fichier n'est pas du texte UTF-8 (exportez-le à nouveau en UTF-8)
import-too-large = le fichier dépasse { $limit } Mio : c'est plus qu'un horaire. Exportez de l'agenda une période plus courte (quelques semaines autour de la semaine voulue) et importez ce fichier-là
import-ics-unreadable = ce n'est pas un fichier d'agenda (.ics) : { $detail }
import-ics-line = cette ligne de l'agenda ne se lit pas : « { $content } ». Exportez l'agenda à nouveau, ou corrigez ou retirez cette ligne.
import-at-cell = ligne { $line }, colonne { $column } ({ $header }) : { $detail }
import-at-line = ligne { $line } : { $detail }
import-csv-empty = le fichier est vide : une ligne d'en-tête est attendue (jour;début;fin;lieu;tarifs;activité;remarque)
import-csv-syntax = la ligne est illisible ({ $detail })
import-csv-header-unknown = colonne « { $name } » inconnue ; les colonnes sont { $expected }
import-csv-header-twice = la colonne « { $name } » apparaît deux fois
import-csv-header-missing = la colonne « { $name } » manque ; les colonnes sont { $expected }
import-csv-extra-cell = { $found } cellules alors que l'en-tête en a { $expected }
import-csv-day = « { $value } » n'est pas un jour de la semaine (lundi, maandag, Montag, monday…)
import-csv-time = « { $value } » n'est pas une heure (écrivez 8:30, 08h30 ou 0830)
import-csv-start-midnight = une plage ne peut pas commencer à 24:00
import-csv-time-order = la fin ({ $end }) n'est pas après le début ({ $start }) ; une plage qui se termine à minuit finit à 24:00
import-csv-rates = « { $value } » n'est pas un type de tarif : écrivez accord ou libre (akkoord / vrij, agreement / free)
import-csv-setting = « { $value } » n'est pas une activité : cabinet, visites à domicile, hospitalisation ou hôpital de jour
import-csv-site-empty = le lieu est vide et la déclaration compte plusieurs lieux : indiquez-en un
import-csv-site-unknown = « { $value } » n'est aucun des lieux de la déclaration
import-csv-too-long = plus de { $limit } caractères

## Comparaison d'une plage proposée avec la déclaration

import-rates-guessed = tarifs devinés d'après le titre : vérifiez-les
import-status-new = nouvelle
import-status-identical = déjà dans la déclaration
import-status-overlapping = chevauche une plage existante

## Pourquoi un événement de l'agenda est écarté

import-skip-moved = occurrence déplacée ou modifiée d'une série (c'est la série qui compte)
import-skip-cancelled = événement annulé
import-skip-no-start = événement sans début
import-skip-all-day = événement d'une journée entière
import-skip-bad-date = date illisible « { $value } »
import-skip-no-end = événement sans fin ni durée
import-skip-too-long = événement de plus de 24 heures
import-skip-not-weekly = ne se répète pas chaque semaine ({ $rule })
import-skip-bad-rule = règle de répétition illisible ({ $rule })
import-skip-unknown-zone = fuseau horaire inconnu « { $zone } »
import-skip-no-place = aucun lieu indiqué et la déclaration en compte plusieurs : choisissez celui de ces événements
import-skip-no-place-no-site = aucun lieu indiqué et la déclaration n'a encore aucun lieu : créez-en un pour ces événements
import-skip-unknown-place = le lieu « { $place } » n'est aucun des lieux de la déclaration

## Ligne de commande : conventio import

cli-import-unknown-format = { $path } : extension inconnue ; importez un agenda (.ics) ou un tableur (.csv)
cli-import-unknown-site = --site { $site } : la déclaration n'a aucun lieu de cet identifiant (ses lieux : { $known })
cli-import-heading-ics = { $path } : la semaine du { $week }, heure de Bruxelles
cli-import-heading-csv = { $path } :
cli-import-slot = { $day } { $start }–{ $end }, { $site } ({ $rates }, { $setting }) : { $status } — { $taken ->
    [yes] ajoutée
    [would] serait ajoutée
   *[no] non ajoutée
}
cli-import-slot-note = { $slot } — « { $note } »
cli-import-new-site = { $name } (nouveau lieu)
cli-import-skipped = Écarté : « { $what } » — { $reason }
cli-import-outside-week = { $count ->
    [one] { $count } événement n'a
   *[other] { $count } événements n'ont
} aucune occurrence cette semaine-là (choisissez-en une autre avec --week).
cli-import-overlapping-hint = Les plages qui chevauchent une plage existante ne sont ajoutées qu'avec --overlapping.
cli-import-no-place-hint = { $count ->
    [one] { $count } événement sans lieu : donnez son lieu avec --site ID, ou créez-en un avec --new-site NOM.
   *[other] { $count } événements sans lieu : donnez leur lieu avec --site ID, ou créez-en un avec --new-site NOM.
}
cli-import-written = Ajouté à { $path } : { $slots ->
    [one] { $slots } plage
   *[other] { $slots } plages
}, { $sites ->
    [0] aucun nouveau lieu
    [one] { $sites } nouveau lieu
   *[other] { $sites } nouveaux lieux
}. La version précédente est conservée dans { $backup }.
cli-import-nothing = Rien à ajouter : { $path } est inchangé.
cli-import-dry-run = Essai (--dry-run) : { $path } est inchangé.

## Fenêtre : importer dans l'étape horaire

gui-import-button = Importer un agenda ou un tableur…
gui-import-title = Importer un agenda ou un tableur
gui-import-path = Fichier (agenda .ics ou tableur .csv)
gui-import-read = Lire
gui-import-no-dialog = Aucune boîte de dialogue de fichiers n'est disponible ici : tapez le chemin du fichier dans le panneau d'import et appuyez sur Lire.
gui-import-failed = { $path } : { $error }. Rien n'a été importé.
gui-import-week-label = Semaine des événements isolés
gui-import-week-go = Aller à la semaine du
gui-import-example-file = agenda.ics
gui-import-week = Semaine du lundi { $monday }
gui-import-week-help = Les séries hebdomadaires sont reprises telles qu'elles se répètent ; les événements isolés seulement s'ils tombent dans cette semaine.
gui-import-proposed = Plages proposées (cochez celles à importer)
gui-import-nothing = Le fichier ne propose aucune plage pour cette semaine.
gui-import-new-site = Nouveau lieu proposé : { $name }
gui-import-unplaced = { $count ->
    [one] { $count } événement n'a pas de lieu. Créez un lieu pour lui :
   *[other] { $count } événements n'ont pas de lieu. Créez un lieu pour eux :
}
gui-import-unplaced-name = Nom du nouveau lieu
gui-import-unplaced-create = Créer ce lieu et reprendre ces événements
gui-import-skipped = Laissés de côté
gui-import-note = « { $note } »
gui-import-skipped-line = « { $what } » — { $reason }
gui-import-outside-week = { $count ->
    [one] { $count } événement ou série sans occurrence dans cette semaine.
   *[other] { $count } événements ou séries sans occurrence dans cette semaine.
}
gui-import-apply = { $count ->
    [0] Aucune plage choisie
    [one] Importer la plage choisie
   *[other] Importer les { $count } plages choisies
}
gui-import-close = Fermer
gui-import-done = { $count ->
    [one] { $count } plage importée
   *[other] { $count } plages importées
}, { $sites ->
    [0] aucun nouveau lieu
    [one] { $sites } nouveau lieu
   *[other] { $sites } nouveaux lieux
}. Annuler (Ctrl+Z) retire tout l'import d'un coup.
