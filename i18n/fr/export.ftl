# Conventio — textes des documents exportés : récapitulatif PDF, calendrier, conditions en texte.

## Commun

export-place-with-address = { $name } ({ $address })
export-hours-with-setting = { $hours } ({ $setting })
export-setting-office = cabinet
export-setting-home_visit = visites à domicile
export-setting-hospital = patients hospitalisés
export-setting-day_hospital = hôpital de jour
export-role-unknown = Qualité non indiquée (généraliste ou spécialiste)
export-day-short-monday = lun.
export-day-short-tuesday = mar.
export-day-short-wednesday = mer.
export-day-short-thursday = jeu.
export-day-short-friday = ven.
export-day-short-saturday = sam.
export-day-short-sunday = dim.

## Conditions de temps et de lieu (texte)

export-text-title = Conditions de temps et de lieu — accord national médico-mutualiste { $agreement }
export-text-doctor = Médecin : { $name } — INAMI { $inami } — { $role }
export-text-choice = Choix : { $choice }
export-text-no-slots = Aucune plage horaire déclarée.
export-text-full = Adhésion complète : les tarifs de l'accord s'appliquent à toute la pratique ; il n'y a pas de conditions de temps et de lieu à déclarer.
export-text-refusal = Refus d'adhésion : il n'y a pas de conditions de temps et de lieu à déclarer.
export-text-line = { $day } — { $place } — { $parts }
export-text-agreement-hours = tarifs de l'accord : { $hours }
export-text-free-hours = honoraires libres : { $hours }
export-text-parts-separator = {" ; "}

## Calendrier

export-ics-calendar-name = { $name } — horaire de l'accord { $agreement }
export-ics-slot-summary = { $rates } — { $place }
export-ics-slot-description = { $setting } — { $choice } — accord { $agreement } ({ $name })
export-ics-deadline-summary = Date limite : déclaration d'adhésion à l'accord { $agreement }
export-ics-deadline-description = Dernier jour, inclus, pour { $window } à l'accord { $agreement } ({ $allows }) : au plus tard le { $date }. Sans déclaration, le médecin est réputé adhérer à l'accord.
export-ics-alarm = Dans une semaine : date limite de la déclaration d'adhésion à l'accord { $agreement }

## Récapitulatif PDF

export-pdf-title = Déclaration d'adhésion à l'accord national médico-mutualiste { $agreement }
export-pdf-subtitle = Récapitulatif pour votre dossier, préparé le { $date } avec Conventio
export-pdf-meta-title = Déclaration d'adhésion { $agreement } — { $name }
export-pdf-portal-note = Ce document n'est pas la déclaration elle-même : elle s'enregistre en ligne, sur le portail ProSanté, au plus tard le dernier jour du délai.
export-pdf-section-identity = Médecin et choix
export-pdf-name = Médecin
export-pdf-inami = Numéro INAMI
export-pdf-role = Qualité
export-pdf-agreement = Accord
export-pdf-period = du { $start } au { $end }
export-pdf-choice = Choix
export-pdf-deadline = Date limite
export-pdf-prepared = Préparé le
export-pdf-choice-explained-full = Vous appliquez les tarifs de l'accord à toutes vos prestations, en tout lieu et à toute heure.
export-pdf-choice-explained-partial = Vous appliquez les tarifs de l'accord, sauf aux jours, heures et lieux indiqués ci-dessous comme honoraires libres.
export-pdf-choice-explained-refusal = Vous n'adhérez pas à l'accord : les tarifs de l'accord ne s'imposent pas à vos prestations et le statut social n'est pas accordé.
export-pdf-section-sites = Lieux d'exercice
export-pdf-no-sites = Aucun lieu déclaré.
export-pdf-section-free = Plages à honoraires libres (non conventionnées)
export-pdf-section-agreement = Plages aux tarifs de l'accord, par lieu
export-pdf-col-days = Jours
export-pdf-col-place = Lieu
export-pdf-col-hours = Heures
export-pdf-none = Aucune.
export-pdf-specialist-statement = Je déclare qu'au moins { $fraction ->
    [half] la moitié
   *[other] { $numerator }/{ $denominator }
} de mes prestations ambulatoires sont effectuées aux tarifs de l'accord, à des heures qui conviennent normalement aux bénéficiaires{ $clause }.
export-pdf-section-week = Semaine type
# The week grid in words (the PDF's alternative text): the section's name, then each slot.
export-pdf-week-in-words = { $week } : { $slots }.
export-pdf-week-in-words-between = {" ; "}
export-pdf-legend-agreement = Tarifs de l'accord
export-pdf-legend-free = Honoraires libres
export-pdf-section-check = Vérification des conditions : { $errors ->
    [0] aucune erreur
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [0] aucun avertissement
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
export-pdf-no-findings = Aucun constat : la déclaration respecte les conditions de l'accord que Conventio vérifie.
export-pdf-section-figures = Chiffres
export-pdf-failed = le PDF n'a pas pu être produit ({ $reason })
export-pdf-signature-place-date = Fait à ……………………………………, le ……………………
export-pdf-signature = Signature du médecin
export-pdf-footer = { $name } — INAMI { $inami } — page { $page } sur { $pages }
export-pdf-window = Fenêtre de déclaration
export-pdf-effective = Prise d'effet
export-pdf-deadline-none-full = aucune : rien à enregistrer (médecin conventionné : l'adhésion complète ne s'enregistre pas)

# The practice overview printed as a list (landscape A4).
export-list-title = Vue d'ensemble du cabinet
export-list-subtitle = Imprimée le { $date }. Médecins : { $filter } ({ $shown } sur { $total }).
export-list-filter-all = tous
export-list-filter-unregistered = seulement ceux encore à enregistrer dans ProSanté
export-list-none = Aucun médecin à afficher.
export-list-unreadable = Profils illisibles, non repris dans la liste : { $ids }
export-list-footer = Vue d'ensemble du cabinet, imprimée le { $date } — page { $page } sur { $pages }
export-list-meta-title = Vue d'ensemble du cabinet au { $date }
export-text-join = Adhésion à l'accord d'un médecin qui l'avait refusé : à tout moment, elle prend effet à l'enregistrement dans ProSanté.
