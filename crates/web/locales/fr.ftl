# The user interface in French (unofficial translation). Every message of en.ftl is here.

site-name = Base de données sur la violence à l'égard des travailleuses migrantes
site-tagline = Mesures signalées par les États et les organisations internationales
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-measures = Mesures
nav-countries = Pays
nav-cycles = Cycles de présentation des rapports
nav-vocabularies = Vocabulaires
footer-languages = Langues
footer-api = API JSON (document OpenAPI)
footer-about = Cette base de données recense ce que les États et les organisations internationales déclarent faire pour lutter contre la violence à l'égard des travailleuses migrantes, à partir des informations recueillies aux fins des rapports du Secrétaire général.

home-title = Mesures de lutte contre la violence à l'égard des travailleuses migrantes
home-intro = Lois, politiques, services, campagnes, formations, collecte de données et coopération dont les États, les entités des Nations Unies et l'Organisation internationale pour les migrations (OIM) ont fait état, classés de manière à vous permettre de savoir ce qui a été fait et où.
home-count-measures = { $count ->
    [0] aucune mesure publiée
    [one] une mesure publiée
    [many] { $count } mesures publiées
   *[other] { $count } mesures publiées
}
home-count-countries = { $count ->
    [0] dans aucun pays ni aucune zone
    [one] dans un pays ou une zone
    [many] dans { $count } pays et zones
   *[other] dans { $count } pays et zones
}
home-count-cycles = { $count ->
    [0] au titre d'aucun cycle de présentation des rapports
    [one] au titre d'un cycle de présentation des rapports
    [many] au titre de { $count } cycles de présentation des rapports
   *[other] au titre de { $count } cycles de présentation des rapports
}
home-latest-cycle = Dernier cycle de présentation des rapports
home-find = Trouver des mesures
home-find-country = Pays
home-find-button = Afficher les mesures
home-browse-types = Parcourir par type de mesure
home-any-country = Tous les pays
filter-country = Pays ou zone
filter-region = Région
filter-cycle = Cycle de présentation des rapports
filter-actor-kind = Type d'acteur
filter-implementation = Mise en œuvre
filter-year-from = Année de début
filter-year-to = Année de fin
filter-clear = Effacer tous les filtres
filters-active = Filtres actifs
filter-remove = Supprimer le filtre : { $label }
sort-label = Trier par :
sort-by-country = pays
sort-by-year = année
pagination-label = Pages
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-page = Page { $number }
pagination-status = Page { $current } sur { $pages }

actor-kind-member-state = État Membre
actor-kind-observer-state = État observateur
actor-kind-un-entity = Entité des Nations Unies
actor-kind-intergovernmental-organization = Organisation intergouvernementale
actor-kind-other = Autre
implementation-in-place = En place
implementation-in-preparation = En préparation

measure-in-preparation = En préparation
measure-actor = Communiquée par
measure-cycle = Cycle de présentation des rapports
measure-effectiveness = Éléments attestant l'efficacité
measure-effectiveness-unknown = Aucun élément attestant l'efficacité n'a été communiqué.
measure-classification = Classification
measure-source = Source
measure-other-languages = Également disponible en
measure-text-language-note = Ce texte n'est pas disponible dans la langue de la page ; il est présenté dans la langue dans laquelle il a été communiqué.
measure-id = Identifiant
measure-updated = Dernière mise à jour
measure-period = Période
measure-period-not-stated = Non précisée dans la source
measure-reported-in = Signalée dans le document { $report } ({ $year })
footer-about-link = À propos de cette base de données : sources et citation
data-as-at = Données arrêtées au { $date }
about-sources-and-citation = Sources et citation
about-title = À propos de cette base de données
about-default = Cette base de données recense les mesures que les États prennent pour lutter contre la violence à l'égard des travailleuses migrantes (lois, politiques, services, campagnes, formation, collecte de données et coopération), telles que les gouvernements, les entités des Nations Unies et d'autres organisations les signalent aux fins des rapports du Secrétaire général sur la violence à l'égard des travailleuses migrantes. Elle indique aussi l'état des traités que citent ces rapports et publie des statistiques sur cette violence sous une forme qui protège chaque victime.
about-data-as-at = Données arrêtées au
about-count-measures = Mesures publiées
about-count-countries = Pays et zones ayant des mesures
about-sources = Sources
about-sources-cycles = Les mesures proviennent des réponses aux demandes d'informations du Secrétaire général, à raison d'un cycle de présentation de rapports par rapport.
about-cycles-caption = Cycles de présentation de rapports couverts
about-cycle-report = Rapport
about-cycle-title = Titre
about-cycle-as-at = Informations arrêtées au
about-sources-treaties = L'état des traités provient des tableaux publiés par les dépositaires ; la page de chaque instrument indique jusqu'à quelle date son état est complet et en cite les sources.
about-sources-statistics = Les statistiques sur la violence proviennent des jeux de données que versent les fournisseurs de statistiques ; chaque tableau indique les jeux de données qu'il compte, et les petits effectifs sont masqués afin qu'aucune victime ne puisse être identifiée.
about-cite = Comment citer
about-cite-note = Citez l'adresse de la page utilisée et la date de consultation : les données changent à mesure que de nouvelles réponses sont publiées.
about-cite-measure = Une mesure
about-cite-table = Un tableau statistique
about-cite-table-example = Actes de violence à l'égard des travailleuses migrantes, par forme de violence
about-cite-api = L'ensemble des données
about-cite-api-note = Chaque liste peut être téléchargée (CSV, XLSX, JSON) et consultée au moyen de l'interface de programmation publique, décrite à l'adresse
about-contact = Contact
measure-cite = Comment citer cette mesure
citation-measure = { $source }, « { $title } », mesure { $id }. Disponible à l'adresse { $address } (consulté le { $date }).
citation-measure-with-report = { $source }, « { $title } », mesure { $id }, signalée dans le document { $report }. Disponible à l'adresse { $address } (consulté le { $date }).
citation-table = { $source }, « { $title } ». Disponible à l'adresse { $address } (consulté le { $date }).
citation-source = { $publisher }, { $site }
measure-json = Cette mesure au format JSON
measure-details = Détails

countries-title = Pays et zones
countries-intro = { $with_measures } des { $in_all } pays et zones de la norme M49 de l'Organisation des Nations Unies ont des mesures publiées. La liste présente ceux-ci ; cochez la case ci-dessous pour voir tous les pays et zones.
countries-map-title = Mesures publiées, par pays ou zone
countries-map-value-label = mesures
countries-map-no-measure = aucune mesure publiée
countries-map-description = La carte colore les { $count } pays et zones ayant des mesures publiées selon leur nombre de mesures ; la liste ci-dessous donne chaque nombre.
countries-filter-name = Nom
countries-filter-region = Région
countries-any-region = Toutes les régions
countries-filter-all = Inclure les pays et zones sans mesure publiée
countries-filter-apply = Afficher
countries-filter-clear = Effacer
countries-letters = Aller à une lettre
countries-column-region = Région
countries-none = Aucun pays ni aucune zone ne correspond. Effacez les filtres pour en voir davantage.
countries-shown = { $count ->
    [0] Aucun pays ni zone
    [one] { $count } pays ou zone
   *[other] { $count } pays et zones
}
countries-column-name = Nom
countries-column-status = Statut auprès de l'Organisation des Nations Unies
countries-column-measures = Mesures
country-status-member = État Membre
country-status-observer = État observateur
country-status-other = Zone

page-contents = Sur cette page
country-formal-name = Nom officiel
country-codes = Codes
country-regions = Régions
country-status = Statut
country-names = Noms dans les langues officielles
country-former-names = Anciens noms
country-former-until = jusqu'au { $date }
country-measures = { $count ->
    [0] Aucune mesure publiée
    [one] Une mesure publiée
    [many] { $count } mesures publiées
   *[other] { $count } mesures publiées
}
country-no-measures = Aucune mesure de ce pays n'a encore été publiée.
country-all-measures = Toutes les mesures de ce pays, avec filtres
country-measures-of-type = Toutes les mesures de ce type

cycles-title = Cycles de présentation des rapports
cycles-replies = { $count ->
    [0] aucune réponse
    [one] une réponse
    [many] { $count } réponses
   *[other] { $count } réponses
}
cycles-as-at = au { $date }
cycles-none = Aucun cycle de présentation des rapports n'a encore été enregistré.

cycle-mandate = Mandat
cycle-symbol = Rapport
cycle-previous-report = Rapport précédent
cycle-requested-on = Demande envoyée
cycle-deadline = Date limite
cycle-published-on = Parution du rapport
cycle-responded = { $n ->
    [0] Au { $date }, aucun État Membre n'avait répondu.
    [one] Au { $date }, un État Membre avait répondu.
    [many] Au { $date }, { $count } États Membres avaient répondu.
   *[other] Au { $date }, { $count } États Membres avaient répondu.
}
cycle-as-at-label = Compter les réponses reçues au
cycle-as-at-button = Compter
cycle-member-states = États Membres ayant répondu
cycle-organizations = Entités des Nations Unies et autres organisations ayant répondu
cycle-received = reçue le { $date }
cycle-late = après la date limite
cycle-after-as-at = après la date de décompte
cycle-no-replies = Aucune.
cycle-measures-link = Mesures communiquées au cours de ce cycle

vocabulary-others = Vocabulaires
vocabulary-intro = Chaque terme renvoie aux mesures classées sous ce terme ou sous un terme spécifique.

error-no-such-page = Il n'existe aucune page à cette adresse.
error-no-such-measure = Il n'existe aucune mesure publiée à cette adresse.
error-no-such-country = Il n'existe aucun pays ni aucune zone portant ce code.
error-no-such-cycle = Il n'existe aucun cycle de présentation des rapports portant ce code.
error-no-such-vocabulary = Il n'existe aucun vocabulaire portant ce code.
error-back-home = Aller à la page d'accueil

nav-instruments = Traités
instruments-title = Instruments internationaux
instruments-intro = Les conventions et protocoles qui protègent les travailleuses migrantes, et le nombre d'États qui y étaient devenus parties à la date de votre choix. Les chiffres ne sont exacts que là où le relevé est complet ; ailleurs, le nombre réel est au moins égal au nombre indiqué.
instruments-caption = Parties au { $date }
instruments-column-title = Instrument
instruments-column-adopted = Date d'adoption
instruments-column-parties = Parties
instruments-column-record = Relevé
instruments-at-least = au moins { $count }
instrument-abbreviation = Abréviation
instrument-parent = Additionnel à
instrument-depositary = Dépositaire
instrument-adopted = Date d'adoption
instrument-entry-into-force = Entrée en vigueur
instrument-record = Relevé
instrument-party-count = { $count ->
    [0] Au { $date }, aucun État n'était devenu partie.
    [one] Au { $date }, un État était devenu partie.
    [many] Au { $date }, { $count } États étaient devenus parties.
   *[other] Au { $date }, { $count } États étaient devenus parties.
}
instrument-party-count-partial = Au { $date }, au moins { $count } États étaient devenus parties (le relevé n'est pas complet pour cette date).
instrument-chart-alt = Graphique en escalier de l'évolution dans le temps du nombre d'États parties à l'instrument suivant : { $title }
instrument-downloads = Téléchargements
instrument-download-status-csv = État de l'instrument, présentation de la Collection des traités des Nations Unies (CSV)
instrument-download-status-xlsx = État de l'instrument, présentation de la Collection des traités des Nations Unies (XLSX)
instrument-parties = Parties au { $date }
instrument-no-parties = Aucun État n'est enregistré comme partie à cette date.
instrument-signatories = Signataires non parties à cette date
instrument-column-action = Acte
instrument-column-date = Date
instrument-column-signed = Signature
treaty-as-at-label = Situation au
treaty-as-at-button = Afficher
treaty-party-since = Partie depuis le { $date } ({ $action })
treaty-denounced = A dénoncé l'instrument, avec effet à compter du { $date }
treaty-signatory = A signé le { $date } ; n'est pas partie
treaty-not-party = N'est pas partie
treaty-no-record = Aucun acte enregistré (le relevé pour cet instrument est incomplet)
treaty-data-complete = Complet : les actes de tous les États sont enregistrés.
treaty-data-complete-until = Complet jusqu'au { $date } ; les actes ultérieurs ne sont enregistrés que pour certains États.
treaty-data-partial = Partiel : seuls les actes de certains États sont enregistrés.
treaty-action-signature = signature
treaty-action-ratification = ratification
treaty-action-accession = adhésion
treaty-action-acceptance = acceptation
treaty-action-approval = approbation
treaty-action-succession = succession
treaty-action-definitive-signature = signature définitive
treaty-action-denunciation = dénonciation
country-treaties = Situation au regard des traités au { $date }
error-no-such-instrument = Il n'existe aucun instrument portant ce code.

cycle-report-link = Le rapport, établi à partir des données actuelles
report-back-to-cycle = Retour au cycle de présentation des rapports
report-intro = Ce rapport est établi à partir du modèle par défaut et des données publiées : chaque chiffre, chaque date et chaque liste d'États est calculé, conformément aux règles éditoriales de l'Organisation des Nations Unies, à partir des données que contient la base à ce jour.
report-download-docx = Document Word
report-download-pdf = PDF
report-download-markdown = Markdown
report-footnotes = Notes
report-back-to-text = Retour au texte

## Recherche
search-title = Rechercher des mesures
search-label = Rechercher dans l'une quelconque des langues officielles de l'ONU
search-hint = Des mots dans l'une quelconque des six langues ; « mots entre guillemets » pour une expression exacte ; OR entre des variantes ; -mot pour exclure un mot.
search-button = Rechercher
search-count = { $count ->
    [0] Aucune mesure trouvée
    [one] Une mesure trouvée
    [many] { $count } mesures trouvées
   *[other] { $count } mesures trouvées
}
search-none = Aucun résultat. Vérifiez l'orthographe, utilisez moins de mots ou supprimez un filtre.
search-named-terms = Sont également affichées les mesures indexées sous :
search-more = { $count ->
    [one] Un autre
    [many] { $count } autres
   *[other] { $count } autres
}
search-past-the-end = Il n'y a pas de page { $page } : les résultats s'arrêtent à la page { $last }.
search-last-page = Aller à la dernière page
search-api-link = Ces résultats et leurs décomptes au format JSON
search-years = Années
search-years-apply = Appliquer les années
search-facets-heading = Affiner
search-filters-jump = { $count ->
    [0] Affiner ces résultats
    [one] Affiner ces résultats ({ $count } choisi)
   *[other] Affiner ces résultats ({ $count } choisis)
}
search-within-country = Rechercher parmi les mesures de ce pays
sort-by-relevance = pertinence
term-other-names = Également recherché sous
term-narrower = Termes spécifiques
term-measures = { $count ->
    [0] Aucune mesure publiée n'est indexée sous ce terme
    [one] Une mesure
    [many] { $count } mesures
   *[other] { $count } mesures
}
term-search-all = Rechercher et filtrer l'ensemble des { $count } mesures
error-no-such-term = Ce terme n'existe pas.

nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-accounts = Comptes

sign-in-title = Connexion
sign-in-intro = Les éditeurs, les coordonnateurs nationaux et les fournisseurs de données se connectent pour saisir et examiner des mesures. Tout ce qui est publié peut être consulté sans connexion.
sign-in-username = Nom d'utilisateur
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-forgotten = Mot de passe oublié ? Demandez à un administrateur de la base de données de le réinitialiser.

account-title = Votre compte
account-name = Nom
account-role = Rôle
account-change-password = Changer de mot de passe
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-new-password-again = Confirmer le nouveau mot de passe
account-password-rule = Au moins 12 caractères. Quelques mots sans rapport les uns avec les autres font un bon mot de passe.
account-password-changed = Votre mot de passe a été changé. Tout autre navigateur connecté à ce compte a été déconnecté.

admin-accounts-title = Comptes
admin-accounts-count = { $count ->
    [0] Aucun compte
    [one] Un compte
    [many] { $count } comptes
   *[other] { $count } comptes
}
admin-accounts-state = Statut
admin-accounts-since = Depuis
admin-accounts-actions = Actions
admin-accounts-reset = Réinitialiser le mot de passe
admin-accounts-disable = Désactiver
admin-accounts-new = Nouveau compte
admin-accounts-country = État ou zone
admin-accounts-no-country = Aucun (secrétariat)
admin-accounts-country-rule = Les coordonnateurs et les fournisseurs de données agissent pour un seul État ; les administrateurs et les éditeurs, pour aucun.
admin-accounts-create = Créer le compte
admin-password-title = Nouveau mot de passe
admin-password-created = Le compte { $username } a été créé avec le mot de passe suivant :
admin-password-reset = Le mot de passe de { $username } a été réinitialisé ; le nouveau mot de passe est le suivant :
admin-password-once = Communiquez-le à son titulaire par un autre canal que celui du nom d'utilisateur. Il n'est affiché que cette seule fois, et son titulaire devrait le changer après s'être connecté.

admin-audit-title = Journal d'audit
admin-audit-sign-ins = Tentatives de connexion
admin-audit-writes = Écritures
admin-audit-when = Date et heure (UTC)
admin-audit-outcome = Résultat
admin-audit-address = Adresse
admin-audit-who = Auteur
admin-audit-record = Enregistrement
admin-audit-action = Action

workflow-title = Flux de travail
workflow-state = Statut :
workflow-version = version { $version }
workflow-history = Historique
workflow-last-comment = Dernier commentaire :
workflow-comment = Motif (visible par le coordonnateur)
state-draft = brouillon
state-submitted = soumise
state-published = publiée
state-withdrawn = retirée
transition-submit = Soumettre au secrétariat
transition-publish = Publier
transition-send_back = Renvoyer au coordonnateur
transition-withdraw = Retirer de la publication
transition-reopen = Rouvrir en tant que brouillon

history-title = Historique
history-moves = Changements de statut
history-versions = Versions
history-version = Version { $number }
history-current = actuelle
history-field = Champ
history-before = Avant
history-after = Après
history-restore = Restaurer la version { $number }

search-export = { $count ->
    [one] Télécharger cette mesure :
    [many] Télécharger ces { $count } mesures :
   *[other] Télécharger ces { $count } mesures :
}

nav-work = Espace de travail
nav-import = Importer
work-own = Brouillons et mesures soumises de votre État
work-review = Mesures soumises à examiner
work-count = { $count ->
    [0] Aucune mesure
    [one] Une mesure
    [many] { $count } mesures
   *[other] { $count } mesures
}
work-measure = Mesure

import-title = Importer des mesures
import-file = Fichier (CSV, XLSX ou JSON)
import-file-rule = { $megabytes } Mo au maximum. La première ligne donne le nom des colonnes ; utilisez l'un des modèles ci-dessous. La vérification n'enregistre rien.
import-check = Vérifier le fichier
import-confirm = Importer ces mesures
import-templates = Modèles
import-columns = Les colonnes
import-columns-note = Seule la colonne id est obligatoire dans l'en-tête ; une mesure doit comporter un pays ou un acteur, un type, ainsi qu'un titre et une description dans au moins une langue. Plusieurs termes se placent dans une même cellule, séparés par des points-virgules. Les lignes portant l'id d'une mesure déjà enregistrée mettent celle-ci à jour ; importer deux fois le même fichier ne change rien.
import-refused = { $file } : { $count ->
    [one] un problème
    [many] { $count } problèmes
   *[other] { $count } problèmes
}
import-nothing-written = Rien n'a été enregistré. Corrigez le fichier et vérifiez-le à nouveau.
import-where = Emplacement
import-value = Valeur
import-problem = Problème
import-checked = { $file } est prêt à être importé
import-would = À l'importation, mesures qui seront créées : { $created } ; modifiées : { $updated } ; inchangées : { $unchanged }.
import-done = { $file } a été importé
import-counts = Mesures créées : { $created } ; modifiées : { $updated } ; inchangées : { $unchanged }.
import-to-work = Voir vos mesures

form-new = Nouvelle mesure
form-edit = Modifier
form-problems = { $count ->
    [one] Un point à corriger :
    [many] { $count } points à corriger :
   *[other] { $count } points à corriger :
}
form-identity = La mesure
form-actor = Prise par
form-actor-state = L'État lui-même
form-actor-rule = Laissez « L'État lui-même » pour les mesures propres à un État ; choisissez l'organisation pour les mesures des entités des Nations Unies ou de l'OIM.
form-year-from = Année de début
form-year-to = Année de fin
form-implementation = Stade
form-in-place = En place
form-texts = Texte
form-texts-rule = Un titre et une description dans au moins une langue ; ajoutez les autres langues si vous en disposez.
form-title = Titre
form-description = Description
form-save = Enregistrer
form-edit-heading = Modifier : { $title }
form-not-a-year = Indiquez une année de quatre chiffres, par exemple 2026.
form-cycle-closed = Le rapport de ce cycle a été publié le { $date } ; une mesure signalée depuis relève d'un cycle ultérieur.
form-cycle-none = Hors cycle de présentation de rapports
form-cycle-rule = Les cycles dont le rapport a été publié ne sont pas proposés.
form-error-prefix = Erreur :
form-error-field = Ce champ
label-separator = {"\u00A0: "}
form-source-rule = Où la mesure est signalée, par exemple une cote de document et un paragraphe : A/64/152, par. 6.
form-id-optional = Identifiant (facultatif)
form-id-optional-rule = Laissez vide pour qu'un identifiant soit formé à partir du pays, de l'année et du titre, par exemple PHL-2026-shelters-women. Lettres, chiffres, points, traits d'union, tirets bas et deux-points.
replies-status = Réponse
replies-no-addressee-list = Aucune liste des destinataires de la demande n'est enregistrée pour ce cycle : le tableau indique ceux qui ont répondu.
timestamp-utc = { $date }, { $time } (UTC)
dataset-kind-records = Données sur les incidents
dataset-kind-counts = Décomptes
datasets-uploaded-by-command-line = Ligne de commande
datasets-left-out = { $without_consent } sans consentement et { $reported_elsewhere } déjà signalés ailleurs ne sont comptés dans aucun tableau.

cycle-new-title = Ouvrir un cycle de présentation des rapports
cycle-new-report = Le rapport
cycle-code = Code
cycle-code-rule = Un code court et stable, par exemple 2011.
cycle-as-at = Chiffres arrêtés au
cycle-addressees = Destinataires
cycle-all-member-states = Tous les États Membres
cycle-region-states = Les États Membres d'une région
cycle-region = Région
cycle-no-states = Aucun État (entités seulement)
cycle-entities = Entités des Nations Unies et OIM
cycle-open = Ouvrir le cycle
replies-title = Réponses
replies-on = À la date du
replies-show = Afficher
replies-responded = { $count ->
    [0] Au { $date }, aucun État Membre n'avait répondu.
    [one] Au { $date }, un État Membre avait répondu.
    [many] Au { $date }, { $count } États Membres avaient répondu.
   *[other] Au { $date }, { $count } États Membres avaient répondu.
}
replies-who = Répondant
replies-received = Reçue le
replies-language = Langue
replies-documents = Documents
replies-not-asked = non sollicité
replies-record = Enregistrer une réponse
replies-note = Note
reply-replied = ayant répondu
reply-outstanding = en attente
reply-late = en retard

tokens-title = Jetons API
tokens-intro = Un jeton permet à un programme d'utiliser l'API en votre nom, avec uniquement les portées que vous lui accordez. Révoquez-le lorsqu'il n'est plus nécessaire.
tokens-name = Nom du jeton
tokens-scopes = Portées
tokens-created = Créé le
tokens-expires = Expire le
tokens-last-used = Dernière utilisation
tokens-revoke = Révoquer
tokens-dead = révoqué ou expiré
tokens-valid-for = Durée de validité (jours)
tokens-create = Créer le jeton
token-issued-title = Nouveau jeton API
token-issued = Voici le jeton { $name }, valable { $days } jours, avec les portées { $scopes } :
token-issued-once = Copiez-le maintenant : il n'est affiché que cette seule fois, et la base de données n'en conserve que la somme de contrôle.

## Statistiques sur les incidents
nav-statistics = Statistiques
nav-datasets = Ensembles de données
statistics-title = Statistiques sur les incidents
statistics-lead = Nombre d'incidents de violence à l'égard des travailleuses migrantes signalés par la police, les tribunaux, les services de l'immigration et du travail, les services d'aide aux victimes et les enquêtes. Les tableaux publiés croisent la forme de violence avec une autre caractéristique, toutes années publiées confondues, et ne divulguent ni les petits effectifs ni aucune autre donnée qui permettrait de les déduire d'une combinaison quelconque de tableaux publiés, de sorte qu'aucune des personnes comptabilisées ne puisse être reconnue.
statistics-release-years = Années : { $years }, regroupées (ventilez un tableau par année pour obtenir chaque année séparément).
statistics-catalogue = Les tableaux publiés présentent la forme de violence selon une autre caractéristique (État, source, sexe, groupe d'âge, nationalité, statut migratoire, profession, auteur, cadre, étape du cycle migratoire ou année), toutes années publiées confondues.
statistics-choose = Choisir le tableau
statistics-rows = Lignes
statistics-columns = Colonnes
statistics-from = De
statistics-to = À
statistics-filters = Limiter aux incidents présentant
statistics-show = Afficher le tableau
statistics-whole-note = Vous voyez le tableau complet, non protégé, des ensembles de données dont vous êtes responsable. Ne le publiez pas.
statistics-see-published = Voir le tableau publié
statistics-see-whole = Voir le tableau complet, non protégé, de vos ensembles de données
statistics-table-whole = Tableau complet (non destiné à la publication)
statistics-table-published = Tableau publié
statistics-empty = Aucune donnée publiée ne correspond encore à ce tableau.
statistics-total = Total
statistics-withheld = non divulgué afin de protéger les personnes comptabilisées
statistics-counted = { $datasets ->
    [0] Aucun ensemble de données utilisé.
    [one] Calculé à partir d'un ensemble de données.
    [many] Calculé à partir de { $datasets } ensembles de données.
   *[other] Calculé à partir de { $datasets } ensembles de données.
}
statistics-download = Télécharger ce tableau :
statistics-structure = définition de structure de données
statistics-chart = Graphique
statistics-map = Carte
statistics-map-alt = Carte du monde des totaux de ce tableau par État ou par nationalité, plus foncée là où les incidents sont plus nombreux ; le tableau ci-dessus donne tous les chiffres.
country-statistics = Statistiques sur les incidents
country-statistics-more = Explorer les statistiques : { $country }
datasets-title = Ensembles de données statistiques
datasets-uploaded = L'ensemble de données { $id } a été téléversé en tant que brouillon. Un éditeur le publiera.
datasets-upload = Téléverser des données : { $country }
datasets-upload-rule = Un fichier CSV ou XLSX d'enregistrements d'incidents (une ligne par incident) ou d'effectifs (une colonne d'effectifs). Ni noms, ni coordonnées, ni dates de naissance, ni dates exactes, ni texte libre : de telles colonnes et cellules sont refusées. Tout problème entraîne le refus de l'ensemble du fichier.
datasets-provider = Fournisseur de données
datasets-threshold = Seuil de publication (k)
datasets-threshold-rule = Les effectifs de 1 à k-1 ne sont pas divulgués dans les tableaux publiés ; k vaut { $k } par défaut.
datasets-upload-button = Vérifier et téléverser
datasets-records-template = Modèle pour les enregistrements (CSV)
datasets-counts-template = Modèle pour les effectifs (CSV)
datasets-list = Ensembles de données
datasets-country = État
datasets-kind = Type
datasets-rows = Lignes
datasets-state = Statut de publication
datasets-uploaded-by = Téléversé par
datasets-actions = Actions
datasets-move-published = Publier
datasets-move-withdrawn = Retirer
datasets-move-draft = Repasser en brouillon
datasets-none = Aucun ensemble de données pour l'instant.

## Where a measure's text comes from
form-text-origin = Origine du texte
text-origin-not-stated = Non indiquée
text-origin-original = Original
text-origin-official-translation = Traduction officielle
text-origin-unofficial-translation = Traduction non officielle
measure-text-original = Original : { $language }
measure-text-is-official-translation = Traduction officielle.
measure-text-is-unofficial-translation = Traduction non officielle, qui n'émane pas de l'Organisation des Nations Unies.
text-language-ar = arabe
text-language-zh = chinois
text-language-en = anglais
text-language-fr = français
text-language-ru = russe
text-language-es = espagnol

## Statistics tables, charts and their titles
statistics-table-title = Incidents par { $dimensions }, { $years }
statistics-table-title-filtered = Incidents par { $dimensions }, { $years } ({ $filters })
statistics-form-by = Forme de violence par { $dimension }
statistics-no-columns = (aucune : totaux seulement)
statistics-all-values = Toutes
statistics-left-out = Le jeu de données { $dataset } donne des chiffres qui ne sont pas ventilés par { $dimensions } ; il ne figure donc pas dans ce tableau.
statistics-chart-description = Graphique à barres. { $title }. { $rows }.
statistics-chart-withheld = non communiqué
statistics-chart-withheld-cells = cellules non communiquées
statistics-chart-in-withheld-cells = dans des cellules non communiquées
statistics-map-no-data = pas de données
statistics-map-title = Carte : { $title }
statistics-map-value-label = incidents
statistics-map-description = Carte du monde où chaque pays est ombré selon son nombre d'incidents ; les autres pays n'ont pas de données.
statistics-map-description-highest = Pays pour lesquels un chiffre est donné : { $countries } ; le plus élevé est celui de { $highest }, avec { $count }.
statistics-map-description-withheld = Pays dont le chiffre n'est pas communiqué afin de protéger les personnes recensées : { $withheld }.

## Errors
error-internal = Une erreur s'est produite de notre côté ; elle a été consignée.
error-busy = La base de données est occupée ; veuillez réessayer dans un instant.
error-search-rebuilding = L’index de recherche est en cours de reconstruction à partir de la base de données ; veuillez réessayer dans une minute. Les autres pages restent disponibles.
error-heavy-requests = Le serveur traite d’autres importations, exportations et téléchargements de rapports. Veuillez réessayer dans quelques secondes.
error-export-rate = Trop d’exportations ont été téléchargées depuis votre adresse en peu de temps. Veuillez patienter une minute avant de réessayer, ou connectez-vous.
error-only-administrators = Seuls les administrateurs peuvent ouvrir cette page.
error-only-secretariat = Seul le secrétariat (éditeurs et administrateurs) peut ouvrir cette page.
error-form-refused = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
error-providers-enter-no-measures = Les fournisseurs de données fournissent des statistiques ; les mesures sont saisies par les coordonnateurs nationaux et les éditeurs.
error-providers-import-no-measures = Les fournisseurs de données fournissent des statistiques ; les mesures sont importées par les coordonnateurs nationaux et les éditeurs.
error-providers-have-no-work = Les fournisseurs de données n'ont pas de mesures à traiter.
error-no-such-measure-for-you = Il n'y a à cette adresse aucune mesure que votre compte puisse consulter.
error-focal-point-keeps-the-state = Un coordonnateur national ne peut pas rattacher une mesure à un autre État.
error-statistics-uploaded-by-providers = Les statistiques sont versées par les fournisseurs de données, pour leur propre État.
error-datasets-for-providers-and-secretariat = Les jeux de données statistiques sont réservés aux fournisseurs de données et au secrétariat.
error-form-lost-version = Le formulaire a perdu la version de la mesure ; rechargez la page.
error-no-such-document = Ce document n'existe pas.
error-no-such-token = Ce jeton n'existe pas.
error-status-400 = Requête incorrecte
error-status-401 = Connexion requise
error-status-403 = Action non autorisée
error-status-404 = Page introuvable
error-status-409 = Conflit
error-status-413 = Fichier trop volumineux
error-status-415 = Type de fichier non pris en charge
error-status-422 = Traitement impossible
error-status-429 = Trop de tentatives
error-status-500 = Erreur interne
error-status-503 = Service momentanément indisponible
statistics-withheld-note = { $mark } : non communiqué afin de protéger les personnes recensées (un chiffre compris entre 1 et { $largest }, ou un nombre non communiqué pour qu'aucun chiffre de ce type ne puisse être déduit d'une combinaison quelconque de tableaux publiés).

## Depositaries of instruments
depositary-un-secretary-general = Secrétaire général de l'Organisation des Nations Unies
depositary-ilo-director-general = Directeur général du Bureau international du Travail
depositary-oas-general-secretariat = Secrétariat général de l'Organisation des États américains

## Why a table is not published; sign-in refusals
statistics-unpublished-combination = Les caractéristiques suivantes ne peuvent pas être réunies dans un même tableau publié : { $dimensions }. Chaque tableau croise la forme de violence avec une seule autre caractéristique.
statistics-unpublished-years = Les tableaux publiés couvrent ensemble toutes les années publiées ({ $years }) ; pour des années isolées, ventilez un tableau par année.
statistics-unpublished-too-few = Trop peu d'incidents sont publiés pour qu'un tableau puisse être présenté sans risque pour les personnes recensées.
sign-in-wrong = Le nom d'utilisateur ou le mot de passe est incorrect.
sign-in-locked = Après un trop grand nombre de tentatives de connexion infructueuses, ce compte est bloqué jusqu'à { $time } UTC.
sign-in-locked-later = Après un trop grand nombre de tentatives de connexion infructueuses, ce compte est bloqué pour un temps ; réessayez plus tard.
sign-in-disabled = Ce compte est désactivé. Demandez à un administrateur de le réactiver.

## Roles of accounts
role-administrator = Administrateur
role-editor = Éditeur
role-focal-point = Coordonnateur national
role-data-provider = Fournisseur de données

## The chart of an instrument's parties
instrument-chart-title = Parties : { $instrument }
instrument-chart-description = Le nombre de parties passe de 0 après l'adoption en { $year } à { $count } le { $date }.
instrument-chart-no-party = Aucune partie n'est enregistrée.

## Emplacements et problèmes dans les fichiers téléversés, les formulaires et les documents. Ils suivent le nom
## d'un champ ou d'un emplacement, d'où la minuscule initiale ; les valeurs citées sont celles de l'utilisateur.
upload-place-row = { $file }, ligne { $row }
upload-place-cell = { $file }, ligne { $row }, colonne { $column }
upload-place-cycles-and-replies = cycles et réponses
problem-text-empty = ne doit pas être vide
problem-text-too-long = compte { $length } caractères ; la limite est de { $limit }
problem-text-missing = une mesure doit comporter un titre et une description dans au moins une langue
problem-not-a-date = « { $text } » n'est pas une date : écrivez-la sous la forme YYYY-MM-DD, par exemple 2009-06-01
problem-not-a-cycle-code = « { $text } » n'est pas un code de cycle : utilisez des lettres minuscules, des chiffres et des traits d'union, par exemple 2009
problem-not-a-measure-id = « { $text } » n'est pas un identifiant de mesure : utilisez de 1 à 100 lettres, chiffres, points, traits d'union, tirets bas et deux-points
problem-year-out-of-range = { $year } n'est pas une année comprise entre { $earliest } et { $latest }
problem-last-year-before-first = la dernière année, { $to }, est antérieure à la première, { $from }
problem-year-to-without-year = est indiqué sans l'année de début (year)
problem-period-to-before-from = { $to } précède period_from ({ $from })
problem-deadline-before-request = { $deadline } précède requested_on ({ $requested })
problem-unknown-format = « { $format } » n'est pas un format que cette version sait lire ; format attendu : « { $expected } »
problem-duplicate-cycle = code en double : { $first } porte le même
problem-duplicate-reply = réponse en double : { $first } est la réponse du même acteur au même cycle
problem-duplicate-measure = identifiant en double : { $first } porte le même
problem-unknown-cycle = cycle inconnu « { $code } » (cycles connus : { $known })
problem-unknown-cycle-none-yet = cycle inconnu « { $code } » (aucun cycle n'existe encore)
problem-unknown-country = pays inconnu « { $code } » : indiquez un code ISO 3166 alpha-3, par exemple AZE, un code alpha-2 ou un code M49
problem-unknown-actor = acteur inconnu « { $code } » : utilisez le code ISO alpha-3 d'un État ou le code d'une organisation, par exemple IOM ou ILO
problem-unknown-actor-did-you-mean = acteur inconnu « { $code } » ; vouliez-vous dire « { $suggestion } » ?
problem-country-or-actor = indiquez un pays, un acteur ou les deux
problem-country-not-a-state = { $country } n'est pas un État ; la mesure doit donc indiquer son acteur
problem-country-not-the-actors = { $country } n'est pas le pays de l'acteur { $actor } ({ $own }) ; les mesures d'un État se rapportent à son propre pays
problem-not-one-of = « { $value } » ne fait pas partie des valeurs suivantes : { $allowed }
problem-not-a-un-language = « { $code } » n'est pas l'une des six langues officielles de l'Organisation des Nations Unies ({ $allowed })
problem-not-an-origin = « { $value } » n'est pas une origine : utilisez { $allowed }
problem-several-originals = un seul texte peut être l'original, mais { $languages } sont marqués comme tels ; marquez les autres official_translation ou unofficial_translation
problem-needs-type-of-measure = une mesure au statut « { $state } » doit comporter au moins un type de mesure
problem-unknown-vocabulary = vocabulaire inconnu « { $vocabulary } » (vocabulaires connus : { $known })
problem-unknown-term = code inconnu « { $code } » dans le vocabulaire « { $vocabulary } » ({ $label })
problem-unknown-term-did-you-mean = code inconnu « { $code } » dans le vocabulaire « { $vocabulary } » ({ $label }) ; vouliez-vous dire « { $suggestion } » ?
problem-listed-twice = « { $code } » figure deux fois dans la liste
problem-json-syntax = ligne { $line }, colonne { $column } : { $details }
problem-json-shape = ligne { $line }, colonne { $column }, à l'emplacement { $path } : { $details }
problem-file-unreadable = impossible de lire le fichier : { $details }
problem-file-not-utf8 = le texte n'est pas en UTF-8 (l'octet { $byte } n'est pas valide) : enregistrez-le en UTF-8
problem-file-csv-line = ligne { $line } : { $details }
problem-file-not-a-workbook = n'est pas un classeur XLSX lisible : { $details }
problem-file-no-such-sheet = il n'existe aucune feuille nommée « { $sheet } » (feuilles du classeur : { $sheets })
problem-file-formula = feuille « { $sheet } », cellule { $cell } : contient une formule ({ $formula }) ; enregistrez la feuille avec les valeurs seulement
problem-file-xlsx-not-a-workbook = le fichier porte l'extension .xlsx mais n'est pas un classeur XLSX ; enregistrez-le au format .xlsx depuis le tableur
problem-file-workbook-named-as-text = le fichier porte l'extension .{ $extension } mais est un classeur ou un autre fichier zip ; s'il s'agit d'un classeur, donnez-lui l'extension .xlsx
problem-file-unknown-kind = les fichiers « { $extension } » ne sont pas lus ; utilisez .csv, .tsv, .txt ou .xlsx
problem-file-archive-refused = refusé : { $details }
problem-file-too-many-cells = feuille « { $sheet } » : contient plus de { $limit } cellules, le maximum autorisé pour un tableau ; scindez-la en fichiers plus petits
problem-file-sheet-too-wide = feuille « { $sheet } » : ses cellules s'étendent sur { $rows } lignes et { $columns } colonnes, soit plus que les { $limit } cellules autorisées pour un tableau
problem-file-cell-too-long = { $place } : contient { $characters } caractères, soit plus que les { $limit } autorisés pour une cellule
problem-file-empty-table = le fichier est vide : la première ligne doit donner le nom des colonnes
problem-table-unknown-column = n'est pas une colonne du tableau des mesures ; les colonnes sont énumérées dans le modèle
problem-table-column-twice = cette colonne figure deux fois
problem-table-no-id-column = il n'y a pas de colonne id : chaque mesure doit avoir son identifiant stable
problem-table-not-a-year = une année s'écrit avec quatre chiffres, par exemple 2008
problem-table-no-measures = il n'y a aucune mesure sous la ligne d'en-tête
problem-import-choose-a-file = fichier : choisissez un fichier CSV, XLSX ou JSON
problem-import-cycles-by-secretariat = seul le secrétariat importe les cycles de présentation de rapports et les réponses
problem-import-data-provider = les fournisseurs de données fournissent des statistiques ; les mesures sont importées par les coordonnateurs nationaux et les éditeurs
problem-import-other-state = un coordonnateur national n'importe que les mesures de son propre État
problem-import-not-a-draft = les coordonnateurs nationaux importent des brouillons ; soumettez-les ensuite, et un éditeur les publiera
problem-import-id-unavailable = cet identifiant ne peut pas être utilisé pour les mesures de votre État ; choisissez-en un autre
problem-import-no-longer-a-draft = une mesure portant cet identifiant existe et n'est plus un brouillon de votre État ; adressez-vous à un éditeur
problem-statistics-column-missing = cette colonne est obligatoire mais absente
problem-statistics-column-twice = ce nom de colonne figure deux fois
problem-statistics-unknown-column = vawdb ne lit aucune colonne portant ce nom ; les colonnes sont { $columns }, et { $count } pour les effectifs
problem-statistics-no-counts = le fichier ne contient aucune ligne d'effectifs
problem-statistics-no-records = le fichier ne contient aucun enregistrement d'incident
problem-statistics-code-required = chaque enregistrement doit comporter un code ici (utilisez _U si la valeur est inconnue)
problem-statistics-unknown-code = code inconnu pour la caractéristique { $dimension } ; utilisez { $allowed }
problem-statistics-year-required = l'année est obligatoire
problem-statistics-number-range = indiquez un nombre entier compris entre { $low } et { $high }
problem-statistics-yes-or-no = indiquez yes ou no
problem-statistics-negative-count = un effectif ne peut pas être négatif
problem-statistics-count-not-whole = un effectif doit être un nombre entier
problem-statistics-month-not-in-quarter = le mois { $month } n'appartient pas au trimestre { $quarter }
problem-statistics-future-period = cette période se situe dans l'avenir (nous sommes en { $today })
problem-statistics-duplicate-count = la ligne { $row } donne déjà un effectif pour la même combinaison et la même période
problem-statistics-breakdown-contradicts-total = les effectifs par { $dimension } des lignes { $rows } totalisent { $sum }, ce qui contredit le total de { $total } indiqué à la ligne { $row }
problem-identifying-column-names = cette colonne semble contenir des noms ; vawdb n'enregistre ni noms, ni coordonnées, ni dates de naissance, ni dates exactes, ni numéros de dossier, ni texte libre : supprimez la colonne
problem-identifying-column-phone-numbers = cette colonne semble contenir des numéros de téléphone ; vawdb n'enregistre ni noms, ni coordonnées, ni dates de naissance, ni dates exactes, ni numéros de dossier, ni texte libre : supprimez la colonne
problem-identifying-column-contact-details = cette colonne semble contenir des coordonnées ; vawdb n'enregistre ni noms, ni coordonnées, ni dates de naissance, ni dates exactes, ni numéros de dossier, ni texte libre : supprimez la colonne
problem-identifying-column-dates-of-birth = cette colonne semble contenir des dates de naissance ; vawdb n'enregistre ni noms, ni coordonnées, ni dates de naissance, ni dates exactes, ni numéros de dossier, ni texte libre : supprimez la colonne
problem-identifying-column-exact-ages = cette colonne semble contenir des âges exacts (indiquez plutôt un age_group) ; vawdb n'enregistre ni noms, ni coordonnées, ni dates de naissance, ni dates exactes, ni numéros de dossier, ni texte libre : supprimez la colonne
problem-identifying-column-exact-dates = cette colonne semble contenir des dates exactes (indiquez l'année, ainsi que le trimestre ou le mois s'ils sont connus) ; vawdb n'enregistre ni noms, ni coordonnées, ni dates de naissance, ni dates exactes, ni numéros de dossier, ni texte libre : supprimez la colonne
problem-identifying-column-case-numbers = cette colonne semble contenir des numéros d'identité ou de dossier ; vawdb n'enregistre ni noms, ni coordonnées, ni dates de naissance, ni dates exactes, ni numéros de dossier, ni texte libre : supprimez la colonne
problem-identifying-column-free-text = cette colonne semble contenir du texte libre ; vawdb n'enregistre ni noms, ni coordonnées, ni dates de naissance, ni dates exactes, ni numéros de dossier, ni texte libre : supprimez la colonne
problem-identifying-value-email = ceci ressemble à une adresse électronique ; vawdb n'enregistre ni coordonnées ni dates exactes
problem-identifying-value-phone = ceci ressemble à un numéro de téléphone ; vawdb n'enregistre ni coordonnées ni dates exactes
problem-identifying-value-date = ceci ressemble à une date exacte ; vawdb n'enregistre ni coordonnées ni dates exactes

## Paramètres de requête d'une adresse qui ne peuvent pas être lus. `problem-parameter` ouvre le message
## de la page et cite l'un des autres messages comme détail.
problem-parameter = paramètre « { $parameter } » : { $details }
problem-parameter-unknown-country = pays inconnu « { $value } » : utilisez un code ISO 3166 alpha-3, par exemple AZE
problem-parameter-unknown-region = région M49 inconnue « { $value } » ; indiquez par exemple 419 pour la région Amérique latine et Caraïbes
problem-parameter-unknown-actor = acteur inconnu « { $value } »
problem-parameter-unknown-term = code inconnu « { $value } » dans le vocabulaire « { $vocabulary } »
problem-parameter-unknown-cycle = cycle de présentation des rapports inconnu « { $value } »
problem-parameter-not-a-page = « { $value } » n'est pas un numéro de page compris entre 1 et { $last }
problem-parameter-not-a-page-size = « { $value } » n'est pas une taille de page comprise entre 1 et { $largest }
problem-parameter-year-to-before-from = { $to } précède year_from ({ $from })
problem-parameter-not-a-year = « { $value } » n'est pas une année comprise entre { $earliest } et { $latest }
problem-parameter-search-text-too-long = le texte de recherche compte { $length } caractères ; la limite est de { $limit }
problem-parameter-not-a-dimension = « { $value } » n'est pas une caractéristique ({ $allowed })
problem-parameter-not-a-statistics-year = « { $value } » n'est pas une année comprise entre { $earliest } et { $latest }
problem-parameter-from-after-to = { $from } est postérieur à to ({ $to })
problem-parameter-map-needs-states = une carte exige un tableau par État (state) ou par nationalité (nationality)

## Refus d'un formulaire ou d'un téléversement, affichés comme message de la page.
error-upload-too-large = Le fichier dépasse { $megabytes } Mo : scindez-le en plusieurs fichiers.
error-upload-unreadable = Impossible de lire les données téléversées : { $details }
error-document-too-large = Un document dépasse { $megabytes } Mo.
error-reply-document-too-large = documents : { $file } dépasse { $megabytes } Mo
error-reply-document-kind = documents : { $file } : seuls les fichiers PDF, Word (.docx, .doc), OpenDocument (.odt), XLSX et texte sont conservés
error-reply-document-content = documents : { $file } : son contenu n'est pas celui d'un fichier .{ $extension }
error-reply-received-after-today = La date de réception d'une réponse ne peut pas être postérieure à aujourd'hui.
error-comment-needed = Indiquez le motif dans le commentaire, afin que le coordonnateur national sache ce qu'il doit faire.
error-comment-too-long = Le commentaire ne peut pas dépasser 4 000 caractères.
error-no-such-dataset = Cet ensemble de données n'existe pas.
error-no-such-account = Ce compte n'existe pas.
error-checked-file-expired = Le fichier vérifié n'est plus en attente (il est conservé 30 minutes) : choisissez-le de nouveau.
error-not-allowed-on-measure = Votre compte ne peut pas effectuer cette opération sur la mesure dans son statut actuel.
error-not-allowed-on-measure-focal-point = Votre compte ne peut pas effectuer cette opération sur la mesure dans son statut actuel : les coordonnateurs nationaux travaillent sur les brouillons de leur propre État.
error-statistics-provider-needed = Indiquez le nom de l'organisation dont proviennent les données (200 caractères au maximum).
error-statistics-threshold = threshold : indiquez un nombre entier compris entre { $minimum } et 1000, et non « { $value } »
error-statistics-file-needed = Choisissez un fichier CSV ou XLSX.

## Enregistrements introuvables ou déjà pris au moment où un formulaire est sauvegardé, et problèmes du formulaire de cycle de présentation des rapports.
problem-store-no-account = il n'existe aucun compte { $username }
problem-store-no-actor = l'acteur « { $code } » n'existe pas
problem-store-no-cycle = le cycle « { $code } » n'existe pas
problem-store-no-dataset = il n'existe aucun ensemble de données { $id }
problem-store-no-measure = il n'existe aucune mesure { $id }
problem-store-username-taken = le nom d'utilisateur { $username } est déjà pris
problem-store-cycle-exists = un cycle portant le code { $code } existe déjà
problem-store-file-uploaded-before = ce fichier a déjà été téléversé en tant qu'ensemble de données { $id }
problem-store-measure-id-taken = une mesure portant l'identifiant { $id } existe déjà ; choisissez un autre identifiant
problem-store-measure-changed = la mesure a été modifiée depuis que vous l'avez ouverte (version { $current } à présent, { $expected } à l'ouverture) ; rechargez-la et réessayez
problem-cycle-date-needed = indiquez une date
problem-cycle-mandate-needed = indiquez la résolution qui demande le rapport
problem-cycle-title-needed = indiquez le titre du rapport
problem-cycle-deadline-before-request = elle est antérieure à la demande
problem-cycle-not-a-region = « { $value } » n'est pas une région
problem-cycle-not-an-entity = « { $value } » n'est ni une entité des Nations Unies ni l'OIM
problem-cycle-no-addressees = adressez la demande aux États Membres, à une région ou à au moins une entité
problem-parameter-search-text-too-many-words = le texte de recherche compte { $items } mots et expressions ; la limite est de { $limit }
problem-form-not-a-term = « { $value } » n'est pas un terme
error-no-free-id = { $count } mesures ont déjà un identifiant formé à partir de « { $id } ». Indiquez un identifiant.
