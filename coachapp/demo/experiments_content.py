"""Demo text, in French and English, for experiments and learning entries. Long because it is
the text itself, one table per language whose rows must stay in step.

It feeds the demo data with small experiments written as test cards ("We believe that / To
verify it, we will / And measure / We are right if"), each with its risk level and what makes it
safe to fail (scope, duration, reversibility), the learning card written once it is concluded
("We observed / We learned / Therefore we will"), reasons for abandoning an experiment, and
journal entries of the learning type. Every sentence is our own writing, set in a
citizen-services department of a French local authority; no real person is named.

The "en" entry is the translation of the "fr" entry: same keys, and tuples of the same length in
the same order, so that index i means the same thing in both languages. Tuples hold:

- "experiments": (title, believe, verify, measure, right_if, risk, scope, duration,
  reversibility), risk "low", "medium" or "high". The test-card fields read on their own and
  after their label.
- "observed", "learned", "next_steps_notes": one string per experiment, same index. Read with
  their experiment, they imply these outcomes and next steps (index: outcome, next step):
  0, 1, 5, 8, 15: validated, scale; 3, 7, 12: validated, adapt; 6, 10, 14: invalidated, adapt;
  4, 11: invalidated, stop; 2, 9, 13: inconclusive, retest.
- "abandon_reasons": plain strings, blame-free.
- "learning_entries": (kind, title, body), kind "learning_error", "learning_incident" or
  "learning_insight", four of each.
"""

from __future__ import annotations

from typing import Any

EXPERIMENT_TEXT: dict[str, dict[str, Any]] = {
    "fr": {
        "experiments": (
            (
                "Un agent d'orientation en salle d'attente le lundi matin",
                "Un agent qui accueille et oriente les usagers dès leur arrivée le lundi matin "
                "réduira l'attente au guichet et les passages au mauvais guichet.",
                "Placer un agent volontaire à l'entrée de la salle d'attente le lundi de 8 h 30 à "
                "12 h, pendant quatre semaines.",
                "Le temps d'attente moyen relevé sur les tickets et le nombre d'usagers "
                "réorientés après être passés au mauvais guichet.",
                "L'attente moyenne passe sous 15 minutes et les réorientations baissent au moins "
                "de moitié.",
                "low",
                "Seulement le lundi matin, avec un agent volontaire",
                "Quatre lundis",
                "On revient à l'organisation habituelle dès le lundi suivant",
            ),
            (
                "Rappel par SMS la veille des rendez-vous d'état civil",
                "Un SMS de rappel envoyé la veille fera baisser le nombre de rendez-vous non "
                "honorés pour les cartes d'identité et les passeports.",
                "Envoyer la veille un SMS de rappel, avec la liste des pièces à apporter, pour "
                "tous les rendez-vous de titres d'identité pendant six semaines.",
                "Le taux de rendez-vous non honorés et le nombre de dossiers incomplets au "
                "guichet, comparés aux six semaines précédentes.",
                "Les absences passent de 18 % à moins de 10 % des rendez-vous.",
                "low",
                "Rendez-vous de titres d'identité uniquement",
                "Six semaines",
                "On coupe l'envoi d'un clic dans l'outil de rendez-vous",
            ),
            (
                "Proposer d'être rappelé plutôt que d'attendre au téléphone",
                "Proposer aux appelants d'être rappelés dans les deux heures fera baisser les "
                "appels abandonnés le mardi après-midi.",
                "Le mardi après-midi, quand la ligne est saturée, noter le numéro de l'appelant "
                "et le rappeler dans les deux heures, pendant cinq semaines.",
                "Le nombre d'appels abandonnés, la part de rappels passés dans les deux heures et "
                "le temps que cela prend aux agents.",
                "Les appels abandonnés baissent d'un tiers et au moins 90 % des rappels sont "
                "passés dans le délai.",
                "medium",
                "Le mardi après-midi, sur la ligne principale de l'accueil",
                "Cinq semaines",
                "On reprend l'attente téléphonique habituelle dès le mardi suivant",
            ),
            (
                "Un formulaire d'inscription scolaire sur une seule page",
                "Un formulaire d'inscription scolaire en ligne plus court fera baisser les "
                "dossiers incomplets et les appels des familles.",
                "Remplacer le formulaire de quatre pages par une page unique de douze questions "
                "pendant la campagne d'inscription du printemps.",
                "La part de dossiers complets dès le premier envoi et le nombre d'appels reçus au "
                "sujet du formulaire.",
                "Au moins 80 % des dossiers sont complets dès le premier envoi, contre 55 % l'an "
                "dernier.",
                "medium",
                "Premières inscriptions en maternelle et familles nouvellement arrivées",
                "La campagne de printemps, soit six semaines",
                "L'ancien formulaire reste prêt et peut être remis en ligne en une journée",
            ),
            (
                "Ouverture jusqu'à 19 h le jeudi",
                "Une ouverture tardive le jeudi permettra aux habitants qui travaillent de faire "
                "leurs démarches sans poser de congé.",
                "Ouvrir l'accueil et l'état civil jusqu'à 19 h le jeudi pendant huit semaines, "
                "avec deux agents volontaires en horaires décalés.",
                "Le nombre d'usagers reçus entre 17 h et 19 h, l'objet de leur venue et le "
                "ressenti des agents sur les horaires décalés.",
                "Au moins 15 usagers par soirée, dont une majorité qui ne pouvait pas venir en "
                "journée.",
                "high",
                "Le jeudi soir, accueil et état civil, deux agents volontaires",
                "Huit semaines, annoncées au public comme un essai",
                "Retour aux horaires habituels, annoncé deux semaines à l'avance",
            ),
            (
                "L'aide numérique au club des aînés plutôt qu'en mairie",
                "Les habitants âgés viendront plus volontiers à l'aide numérique si elle a lieu "
                "dans un endroit qu'ils fréquentent déjà.",
                "Tenir la permanence de médiation numérique du vendredi matin au club des aînés, "
                "avec le conseiller numérique, pendant six semaines.",
                "Le nombre de personnes de plus de 70 ans accompagnées et le nombre de démarches "
                "menées à terme pendant la séance.",
                "Au moins deux fois plus de personnes de plus de 70 ans qu'à la permanence tenue "
                "en mairie.",
                "low",
                "Une seule permanence par semaine, le vendredi matin",
                "Six semaines",
                "La permanence revient en mairie dès la semaine suivante",
            ),
            (
                "Pictogrammes et marquage au sol dans le hall",
                "Une signalétique à pictogrammes et un marquage au sol réduiront les questions « "
                "où dois-je aller ? » posées à l'accueil.",
                "Installer des panneaux à pictogrammes et trois couleurs au sol vers l'état "
                "civil, les rendez-vous et France Services, pendant quatre semaines.",
                "Le nombre de demandes d'orientation notées par les agents d'accueil, comparé aux "
                "quatre semaines précédentes.",
                "Les demandes d'orientation baissent d'au moins 30 %.",
                "low",
                "Le hall d'entrée uniquement, avec des adhésifs amovibles",
                "Quatre semaines",
                "Panneaux et adhésifs se retirent en une heure",
            ),
            (
                "Un point d'équipe debout de 15 minutes le lundi",
                "Un point debout de 15 minutes chaque lundi peut remplacer une bonne partie de la "
                "réunion mensuelle d'une heure.",
                "Tenir un point debout le lundi à 8 h 45 autour de trois questions fixes, et "
                "ramener la réunion mensuelle à 30 minutes, pendant deux mois.",
                "La durée réelle des points, les informations manquées signalées par les agents "
                "et leur avis en fin de période.",
                "Les points tiennent en 15 minutes et au moins 7 agents sur 10 souhaitent "
                "continuer.",
                "low",
                "L'équipe accueil et état civil",
                "Deux mois",
                "On revient à la réunion mensuelle d'une heure quand on veut",
            ),
            (
                "Liste des pièces envoyée avant les rendez-vous France Services",
                "Envoyer la liste des pièces à apporter avant un rendez-vous CAF ou retraite "
                "évitera aux usagers de devoir revenir.",
                "Envoyer deux jours avant chaque rendez-vous France Services une liste de pièces "
                "propre à la démarche, pendant un mois.",
                "La part de rendez-vous où la démarche aboutit dès la première venue.",
                "Au moins 75 % des démarches aboutissent dès le premier rendez-vous, contre "
                "environ 60 % aujourd'hui.",
                "low",
                "Rendez-vous CAF et retraite du point France Services",
                "Un mois",
                "On arrête l'envoi sans aucun effet sur les rendez-vous",
            ),
            (
                "Deux heures sans guichet pour traiter les dossiers",
                "Deux heures protégées par semaine, sans guichet ni téléphone, permettront à "
                "l'état civil de résorber les dossiers en retard.",
                "Le mardi de 9 h à 11 h, un agent à tour de rôle traite les dossiers sans être "
                "interrompu, pendant six semaines.",
                "Le nombre de dossiers en attente chaque vendredi et la charge ressentie par les "
                "agents, notée de 1 à 5.",
                "Le stock de dossiers en attente baisse d'au moins 25 % et la charge ressentie "
                "s'améliore d'un point.",
                "medium",
                "Un agent par semaine, le mardi matin",
                "Six semaines",
                "L'agent revient au guichet immédiatement en cas d'affluence",
            ),
            (
                "Des créneaux de rendez-vous ouverts le jour même",
                "Ouvrir un créneau sur cinq le matin même fera baisser le nombre d'usagers qui se "
                "présentent sans rendez-vous.",
                "Libérer chaque matin à 8 h un créneau sur cinq dans l'agenda en ligne, "
                "réservable pour la journée, pendant quatre semaines.",
                "Le nombre d'usagers venus sans rendez-vous et le profil de ceux qui réservent "
                "les créneaux du jour.",
                "Les venues sans rendez-vous baissent d'au moins un quart.",
                "medium",
                "L'agenda des démarches de l'accueil général",
                "Quatre semaines",
                "On referme les créneaux du jour dans l'agenda en cinq minutes",
            ),
            (
                "Afficher le temps d'attente estimé en salle d'attente",
                "Afficher un temps d'attente estimé, mis à jour toutes les 30 minutes, rendra "
                "l'attente moins pénible et réduira les tensions au guichet.",
                "Tenir à jour à la main un tableau du temps d'attente, toutes les 30 minutes, les "
                "matinées d'affluence pendant trois semaines.",
                "Le nombre de tensions notées par les agents et la régularité des mises à jour du "
                "tableau.",
                "Les tensions notées baissent de moitié et le tableau est à jour au moins 9 fois "
                "sur 10.",
                "low",
                "Les matinées d'affluence, salle d'attente principale",
                "Trois semaines",
                "On retire le tableau le jour même",
            ),
            (
                "Délivrer les extraits d'actes de naissance à l'accueil",
                "Si les agents d'accueil délivrent eux-mêmes les extraits d'actes de naissance, "
                "les usagers n'auront plus à passer par un second guichet.",
                "Former trois agents d'accueil volontaires, puis leur confier pendant un mois les "
                "extraits d'actes de naissance établis dans la commune.",
                "Le nombre de demandes traitées à l'accueil, le temps de passage et les erreurs "
                "repérées par l'état civil lors d'une relecture avant remise.",
                "Au moins 70 % des demandes sont traitées à l'accueil et aucune erreur ne "
                "parvient à un usager.",
                "high",
                "Extraits d'actes de naissance seulement, trois agents formés",
                "Un mois, avec relecture systématique par l'état civil",
                "Les demandes repartent vers l'état civil au moindre doute",
            ),
            (
                "Faire avec l'usager plutôt qu'à sa place au guichet numérique",
                "Guider les usagers pour qu'ils fassent eux-mêmes leur démarche sur une tablette "
                "les rendra plus autonomes la fois suivante.",
                "Au guichet numérique, pendant six semaines, guider l'usager pas à pas sur la "
                "tablette au lieu de saisir la démarche à sa place.",
                "La durée de l'accompagnement et la part d'usagers qui disent, lors d'un appel un "
                "mois plus tard, avoir refait une démarche seuls.",
                "Au moins 40 % des usagers rappelés ont refait une démarche seuls, avec un "
                "accompagnement de 30 minutes au plus.",
                "medium",
                "Guichet numérique, usagers volontaires uniquement",
                "Six semaines, puis un appel un mois plus tard",
                "L'agent reprend la main dès que l'usager le demande ou se décourage",
            ),
            (
                "Des jetons de satisfaction à la sortie de l'accueil",
                "Une urne à jetons de trois couleurs à la sortie de l'accueil nous donnera un "
                "avis rapide et régulier des usagers sur leur passage.",
                "Installer l'urne près de la sortie pendant quatre semaines et proposer un jeton "
                "à chaque usager reçu au guichet.",
                "Le nombre de jetons déposés rapporté au nombre de passages, et la répartition "
                "entre vert, orange et rouge.",
                "Au moins un usager sur trois dépose un jeton et nous en tirons au moins une "
                "action d'amélioration.",
                "low",
                "L'accueil principal, sans aucune donnée personnelle",
                "Quatre semaines",
                "On retire l'urne à tout moment",
            ),
            (
                "Une demi-journée d'immersion croisée accueil et état civil",
                "Passer une demi-journée dans l'autre équipe fera baisser les transferts inutiles "
                "d'usagers entre l'accueil et l'état civil.",
                "Organiser pour chaque agent volontaire une demi-journée en binôme dans l'autre "
                "équipe, sur deux mois.",
                "Le nombre de transferts vers l'état civil qui auraient pu être réglés à "
                "l'accueil, relevé chaque semaine.",
                "Les transferts évitables baissent d'au moins 30 % et chaque participant y trouve "
                "un intérêt pour son travail.",
                "low",
                "Agents volontaires, une demi-journée chacun",
                "Deux mois",
                "Chaque immersion peut être reportée sans conséquence pour le service",
            ),
        ),
        "observed": (
            "L'attente moyenne est passée de 24 à 13 minutes ; 6 réorientations sur les quatre "
            "lundis, contre 19 sur les quatre précédents.",
            "Les absences sont tombées à 7 %, contre 18 % avant. Les dossiers incomplets sont "
            "passés de 22 à 12 par semaine grâce à la liste des pièces.",
            "Les appels abandonnés n'ont baissé que de 15 % et 78 % des rappels ont été passés "
            "dans les deux heures ; deux semaines ont été perturbées par une absence.",
            "83 % des dossiers étaient complets dès le premier envoi et les appels sur le "
            "formulaire ont diminué de moitié. Quand un dossier restait incomplet, c'était "
            "surtout faute de justificatif de domicile.",
            "En moyenne 6 usagers par soirée, presque tous après 18 h 15 ; la moitié seulement "
            "disait ne pas pouvoir venir en journée.",
            "41 personnes de plus de 70 ans accompagnées en six séances, contre 14 sur la même "
            "durée en mairie ; 29 démarches terminées sur place.",
            "Les demandes d'orientation sont passées de 310 à 285, soit 8 % de moins. Beaucoup "
            "d'usagers entrent par la porte latérale, où rien n'était affiché.",
            "Les points ont duré 14 minutes en moyenne et 9 agents sur 11 veulent continuer. Les "
            "agents à temps partiel absents le lundi se sont sentis à l'écart.",
            "Sur 96 rendez-vous, 81 % des démarches ont abouti dès la première venue. Les usagers "
            "sans téléphone portable ont été prévenus par un appel.",
            "Le stock est passé de 64 à 55 dossiers, soit 14 % de moins, et la charge ressentie "
            "n'a pas bougé. Trois mardis sur six ont sauté à cause d'absences imprévues.",
            "Les venues sans rendez-vous n'ont baissé que de 5 %. Les créneaux du jour partaient "
            "en 20 minutes, surtout vers des usagers qui réservaient déjà en ligne.",
            "Le tableau n'était à jour que 5 fois sur 10 ; quand l'estimation était dépassée, les "
            "remarques se multipliaient. 17 tensions notées, contre 15 avant.",
            "78 % des demandes traitées à l'accueil, en 6 minutes en moyenne contre 19 "
            "auparavant. La relecture a repéré 4 erreurs, toutes corrigées avant remise.",
            "Accompagnements de 34 minutes en moyenne ; sur 38 usagers, 17 seulement ont pu être "
            "joints un mois plus tard, dont 7 avaient refait une démarche seuls.",
            "Un usager sur huit a déposé un jeton, vert à 88 %. Les quelques remarques entendues "
            "en tendant le jeton étaient bien plus parlantes que l'urne.",
            "12 agents sur 14 ont participé ; les transferts évitables sont passés de 42 à 23 par "
            "mois. Plusieurs agents ont proposé des fiches réflexes pour l'accueil.",
        ),
        "learned": (
            "Trier les demandes dès l'entrée évite surtout les files inutiles ; l'agent "
            "d'orientation règle aussi sur place près d'une demande simple sur cinq.",
            "Le rappel sert autant à rappeler les pièces qu'à rappeler l'heure. Les créneaux "
            "libérés par une annulation ont presque tous été repris.",
            "Le principe plaît aux usagers, mais avec une seule personne au téléphone, les "
            "rappels passent après le guichet. Il leur faut un créneau réservé.",
            "Raccourcir suffit pour la plupart des familles. Les dossiers encore incomplets "
            "tiennent aux justificatifs, qu'il faut expliquer au moment où on les demande.",
            "Le besoin existe mais il est faible et concentré sur la dernière heure. Nous l'avons "
            "appris sans engager durablement ni les agents ni les horaires.",
            "Aller vers les usagers change tout : plusieurs personnes sont venues accompagner un "
            "ami, puis ont posé leurs propres questions.",
            "Une bonne idée au mauvais endroit : il fallait d'abord observer par où entrent les "
            "usagers. Les pictogrammes, eux, sont bien compris.",
            "Le format court convient à l'équipe, mais le jour choisi écartait une partie des "
            "agents. Un compte rendu de trois lignes ne suffit pas à compenser.",
            "Une liste courte et propre à chaque démarche vaut mieux qu'un document général. Les "
            "conseillers ont rédigé les listes ensemble en une matinée.",
            "Nous n'avons pas vraiment testé l'idée : le temps protégé sautait dès qu'il manquait "
            "quelqu'un. Il faut décider à l'avance ce qui passe en priorité.",
            "Les usagers qui viennent sans rendez-vous ne réservent pas en ligne, même le jour "
            "même : le canal compte plus que le délai.",
            "Une information fausse irrite plus que pas d'information. Et confier les mises à "
            "jour à l'agent du guichet ajoutait de la pression au pire moment.",
            "Le gain pour les usagers est net. Les 4 erreurs venaient du même cas, les actes "
            "portant des mentions en marge ; la relecture a bien joué son rôle de filet.",
            "La méthode semble porter, mais nos mesures ne permettent pas de conclure : trop "
            "d'usagers injoignables. Le suivi doit se prévoir dès le premier rendez-vous.",
            "Le jeton seul ne dit pas pourquoi ; c'est la question posée en le tendant qui "
            "faisait parler les usagers. Nous mesurions la mauvaise chose.",
            "Connaître le travail de l'autre équipe change les réflexes plus vite qu'une note de "
            "service. Les fiches réflexes sont venues des agents eux-mêmes.",
        ),
        "next_steps_notes": (
            "Validé : on étend au mardi matin et le rôle tourne entre volontaires.",
            "Validé : le rappel est généralisé à tous les rendez-vous du service.",
            "Non concluant : on reteste quatre semaines avec un créneau fixe de rappels de 16 h à "
            "17 h.",
            "Validé : on garde la page unique et on ajoute une aide sur les justificatifs "
            "acceptés.",
            "Invalidé : on arrête et on étudiera plutôt quelques rendez-vous en fin de journée.",
            "Validé : la permanence reste au club et on cherche un deuxième lieu de quartier.",
            "Invalidé : on adapte en posant la signalétique dès la porte latérale et le parking.",
            "Validé : on garde le format en alternant le lundi et le jeudi.",
            "Validé : la liste s'étend à toutes les démarches accompagnées.",
            "Non concluant : on reteste avec une règle écrite sur les cas où le créneau peut "
            "sauter.",
            "Invalidé : on adapte en réservant ces créneaux aux demandes reçues par téléphone ou "
            "au guichet.",
            "Invalidé : on arrête l'affichage à la main ; à revoir si l'outil de file d'attente "
            "peut le faire.",
            "Validé : on exclut les actes avec mentions et on garde la relecture trois mois de "
            "plus.",
            "Non concluant : on reteste en fixant un second rendez-vous plutôt qu'un appel.",
            "Invalidé : on remplace l'urne par une question ouverte, posée une journée par "
            "semaine.",
            "Validé : l'immersion s'étend à France Services et à la médiation numérique.",
        ),
        "abandon_reasons": (
            "La nouvelle version de l'outil de rendez-vous fait déjà ce que nous voulions tester.",
            "Deux départs non remplacés dans l'équipe : nous avons préféré préserver le service.",
            "Les travaux dans le hall ont changé les conditions ; les mesures n'auraient rien dit "
            "d'utile.",
            "Après discussion en équipe, le besoin de départ n'était plus prioritaire.",
            "Le calendrier des inscriptions a changé et le créneau prévu pour le test a disparu.",
        ),
        "learning_entries": (
            (
                "learning_error",
                "J'ai lancé un test sans critère de réussite",
                "J'ai lancé l'essai des créneaux du jour sans écrire à partir de quel chiffre "
                "nous le garderions. Au bilan, chacun lisait les résultats à sa façon. Désormais, "
                "aucun test ne démarre sans la ligne « nous aurons raison si » remplie et relue "
                "en équipe.",
            ),
            (
                "learning_error",
                "Un résultat annoncé trop tôt",
                "J'ai présenté en comité de direction le succès du rappel par SMS après deux "
                "semaines seulement. La suite a été moins nette et j'ai dû nuancer. Je retiens "
                "d'attendre la fin prévue d'un test avant d'en parler, ou de dire clairement « "
                "premiers signaux ».",
            ),
            (
                "learning_error",
                "De mauvais horaires publiés en ligne",
                "Nous avons affiché pendant une semaine de mauvais horaires pour le point France "
                "Services, après une modification faite dans l'urgence. Personne n'est en cause : "
                "le changement passait par une seule personne, sans relecture. Nous ajoutons une "
                "relecture à deux et une vérification du site le lendemain de chaque changement.",
            ),
            (
                "learning_error",
                "J'ai désigné les volontaires à leur place",
                "Pour l'ouverture du jeudi soir, j'ai sollicité directement les deux agents que "
                "je pensais disponibles. L'un d'eux a accepté par loyauté plus que par envie, et "
                "me l'a dit ensuite. La prochaine fois, l'appel à volontaires sera ouvert à toute "
                "l'équipe, avec le droit de dire non sans se justifier.",
            ),
            (
                "learning_incident",
                "Panne du distributeur de tickets un lundi",
                "Le distributeur de tickets est tombé en panne à 8 h 40, en pleine affluence. "
                "L'agent d'orientation a pris le relais avec une liste papier et la salle est "
                "restée calme. Nous rédigeons une conduite à tenir d'une page pour que la "
                "solution ne dépende pas de qui est présent ce jour-là.",
            ),
            (
                "learning_incident",
                "Une relance envoyée en double aux familles",
                "Une centaine de familles a reçu deux fois la relance d'inscription scolaire, "
                "dont une avec une date limite déjà passée. Plusieurs ont appelé, inquiètes. Nous "
                "avons envoyé un message d'excuse clair le jour même, puis revu l'ordre des "
                "étapes d'envoi, qui laissait passer le doublon.",
            ),
            (
                "learning_incident",
                "Tension au point France Services",
                "Un usager s'est emporté parce qu'une prestation de la CAF était suspendue, ce "
                "qui ne dépend pas de nous. L'agent a gardé son calme et a contacté la CAF devant "
                "lui. Nous avons fait un retour à chaud de dix minutes et listé les contacts "
                "directs à garder sous la main.",
            ),
            (
                "learning_incident",
                "Une erreur de bonne foi mal accueillie",
                "Une usagère venue corriger une erreur de bonne foi dans son dossier "
                "d'inscription a reçu pour réponse qu'il était trop tard. C'était inexact : la "
                "correction était encore possible. Nous avons pris un quart d'heure en équipe sur "
                "l'accueil des erreurs de bonne foi et ajouté une fiche repère au guichet.",
            ),
            (
                "learning_insight",
                "Un échec bien raconté fait avancer l'équipe",
                "Le test des pictogrammes n'a pas donné le résultat attendu, mais il nous a "
                "appris par où entrent vraiment les usagers. Présenté en réunion comme une "
                "découverte plutôt que comme un raté, il a donné envie à deux agents de proposer "
                "le test suivant. C'est tout l'intérêt de la grille de célébration : fêter ce "
                "qu'on apprend.",
            ),
            (
                "learning_insight",
                "Court et réversible, l'équipe dit oui plus vite",
                "Quand un essai est limité à quatre semaines et qu'on sait comment faire marche "
                "arrière, l'équipe accepte beaucoup plus vite. La question « est-ce que ça va "
                "marcher ? » laisse place à « qu'est-ce qu'on mesure ? ». Je garde la règle : "
                "toujours annoncer la durée et le moyen de revenir en arrière.",
            ),
            (
                "learning_insight",
                "Les meilleures idées viennent du guichet",
                "Sur nos six derniers tests, quatre ont été proposés par des agents d'accueil. Ce "
                "sont eux qui voient chaque jour où les usagers bloquent. Mon rôle est surtout de "
                "leur donner un cadre et du temps pour essayer.",
            ),
            (
                "learning_insight",
                "Observer sur place avant de tester",
                "Une demi-heure passée dans le hall à regarder les usagers nous aurait évité un "
                "test entier. Nous commençons désormais chaque idée par une courte observation "
                "sur place, menée par un agent qui n'est pas au guichet ce jour-là. La pratique a "
                "déjà fait ses preuves deux fois ce trimestre.",
            ),
        ),
    },
    "en": {
        "experiments": (
            (
                "A greeter in the waiting room on Monday mornings",
                "A staff member who welcomes and directs service users as they arrive on Monday "
                "mornings will cut waiting times and visits to the wrong counter.",
                "Place a volunteer at the waiting-room entrance on Mondays from 8.30 am to noon, "
                "over four weeks.",
                "The average waiting time taken from the tickets, and the number of service users "
                "redirected after going to the wrong counter.",
                "The average wait drops below 15 minutes and redirections fall by at least half.",
                "low",
                "Monday mornings only, with one volunteer",
                "Four Mondays",
                "We go back to the usual set-up the following Monday",
            ),
            (
                "Text reminder the day before civil registry appointments",
                "A text reminder sent the day before will reduce the number of missed "
                "appointments for identity cards and passports.",
                "Send a text reminder the day before, with the list of documents to bring, for "
                "every identity document appointment over six weeks.",
                "The rate of missed appointments and the number of incomplete applications at the "
                "counter, compared with the previous six weeks.",
                "Missed appointments fall from 18% to under 10%.",
                "low",
                "Identity document appointments only",
                "Six weeks",
                "Reminders can be switched off in one click in the booking tool",
            ),
            (
                "Offering a call-back instead of waiting on the line",
                "Offering callers a call-back within two hours will reduce abandoned calls on "
                "Tuesday afternoons.",
                "On Tuesday afternoons, when the line is saturated, take the caller's number and "
                "call them back within two hours, over five weeks.",
                "The number of abandoned calls, the share of call-backs made within two hours and "
                "the time it takes staff.",
                "Abandoned calls fall by a third and at least 90% of call-backs are made on time.",
                "medium",
                "Tuesday afternoons, on the main front-desk line",
                "Five weeks",
                "We return to the usual phone queue from the following Tuesday",
            ),
            (
                "A one-page school enrolment form",
                "A shorter online school enrolment form will reduce incomplete applications and "
                "calls from families.",
                "Replace the four-page form with a single page of twelve questions during the "
                "spring enrolment period.",
                "The share of applications complete on first submission and the number of calls "
                "received about the form.",
                "At least 80% of applications are complete on first submission, against 55% last "
                "year.",
                "medium",
                "First nursery school enrolments and newly arrived families",
                "The spring enrolment period, six weeks",
                "The old form is kept ready and can be put back online within a day",
            ),
            (
                "Opening until 7 pm on Thursdays",
                "Late opening on Thursdays will let working residents deal with their paperwork "
                "without taking leave.",
                "Keep the front desk and civil registry open until 7 pm on Thursdays for eight "
                "weeks, with two volunteers on adjusted hours.",
                "The number of service users seen between 5 and 7 pm, what they came for, and how "
                "staff feel about the adjusted hours.",
                "At least 15 service users per evening, most of whom could not come during the "
                "day.",
                "high",
                "Thursday evenings, front desk and civil registry, two volunteers",
                "Eight weeks, announced to the public as a trial",
                "Back to usual hours, announced two weeks in advance",
            ),
            (
                "Digital help at the seniors' club rather than the town hall",
                "Older residents will come to digital help more readily if it takes place "
                "somewhere they already go.",
                "Hold the Friday morning digital help session at the seniors' club, with the "
                "digital adviser, for six weeks.",
                "The number of people over 70 helped and the number of procedures completed "
                "during the session.",
                "At least twice as many people over 70 as at the town hall session.",
                "low",
                "A single session a week, on Friday mornings",
                "Six weeks",
                "The session moves back to the town hall the following week",
            ),
            (
                "Pictograms and floor markings in the entrance hall",
                'Pictogram signs and floor markings will reduce the "where do I go?" questions '
                "asked at the front desk.",
                "Put up pictogram signs and three coloured floor paths to the civil registry, "
                "appointments and France Services, over four weeks.",
                "The number of requests for directions logged by front-desk staff, compared with "
                "the previous four weeks.",
                "Requests for directions fall by at least 30%.",
                "low",
                "The entrance hall only, with removable stickers",
                "Four weeks",
                "Signs and stickers come down in an hour",
            ),
            (
                "A 15-minute stand-up team meeting on Mondays",
                "A 15-minute stand-up every Monday can replace a good part of the hour-long "
                "monthly meeting.",
                "Hold a stand-up on Mondays at 8.45 am around three set questions, and cut the "
                "monthly meeting to 30 minutes, for two months.",
                "How long the stand-ups actually last, information staff say they missed, and "
                "their views at the end.",
                "Stand-ups take 15 minutes and at least 7 staff in 10 want to carry on.",
                "low",
                "The front desk and civil registry team",
                "Two months",
                "We go back to the hour-long monthly meeting whenever we like",
            ),
            (
                "Document list sent before France Services appointments",
                "Sending the list of documents to bring before a CAF or pension appointment will "
                "save service users a second visit.",
                "Two days before each France Services appointment, send a list of documents "
                "specific to the procedure, for one month.",
                "The share of appointments where the procedure is completed on the first visit.",
                "At least 75% of procedures are completed at the first appointment, against about "
                "60% today.",
                "low",
                "CAF and pension appointments at the France Services point",
                "One month",
                "We stop sending lists with no effect on appointments",
            ),
            (
                "Two hours away from the counter to process files",
                "Two protected hours a week, with no counter or phone duty, will let the civil "
                "registry clear its backlog.",
                "On Tuesdays from 9 to 11 am, one staff member in turn processes files without "
                "interruption, over six weeks.",
                "The number of files pending each Friday and staff's perceived workload, rated "
                "from 1 to 5.",
                "The backlog falls by at least 25% and perceived workload improves by one point.",
                "medium",
                "One staff member a week, on Tuesday mornings",
                "Six weeks",
                "The staff member returns to the counter at once if it gets busy",
            ),
            (
                "Same-day appointment slots",
                "Opening one slot in five on the morning itself will reduce the number of service "
                "users who turn up without an appointment.",
                "Release one slot in five in the online diary at 8 am each morning, bookable for "
                "that day, over four weeks.",
                "The number of service users arriving without an appointment, and who books the "
                "same-day slots.",
                "Visits without an appointment fall by at least a quarter.",
                "medium",
                "The general front-desk appointment diary",
                "Four weeks",
                "Same-day slots can be closed in the diary in five minutes",
            ),
            (
                "Showing the estimated wait in the waiting room",
                "Displaying an estimated waiting time, updated every 30 minutes, will make "
                "waiting easier to bear and reduce tension at the counter.",
                "Keep a waiting-time board updated by hand every 30 minutes on busy mornings, for "
                "three weeks.",
                "The number of tense moments logged by staff and how regularly the board is "
                "updated.",
                "Logged tension halves and the board is up to date at least 9 times out of 10.",
                "low",
                "Busy mornings, main waiting room",
                "Three weeks",
                "We take the board down the same day",
            ),
            (
                "Issuing birth certificate extracts at the front desk",
                "If front-desk staff issue birth certificate extracts themselves, service users "
                "will no longer need to go to a second counter.",
                "Train three volunteer front-desk staff, then let them issue extracts of birth "
                "certificates registered in the commune for one month.",
                "The number of requests handled at the front desk, the time taken, and errors "
                "caught by the civil registry when checking before handover.",
                "At least 70% of requests are handled at the front desk and no error reaches a "
                "service user.",
                "high",
                "Birth certificate extracts only, three trained staff",
                "One month, with every extract checked by the civil registry",
                "Requests go back to the civil registry at the slightest doubt",
            ),
            (
                "Doing it with service users, not for them, at the digital desk",
                "Guiding service users to complete their procedure themselves on a tablet will "
                "make them more independent next time.",
                "At the digital desk, for six weeks, guide service users step by step on the "
                "tablet instead of entering the procedure for them.",
                "How long each session lasts and the share of service users who say, in a call a "
                "month later, that they have since done a procedure alone.",
                "At least 40% of those called back have done a procedure alone, with sessions of "
                "30 minutes at most.",
                "medium",
                "Digital desk, volunteer service users only",
                "Six weeks, then a call a month later",
                "Staff take over as soon as the service user asks or loses heart",
            ),
            (
                "Satisfaction tokens at the front-desk exit",
                "A box with three colours of token at the front-desk exit will give us quick, "
                "regular feedback from service users on their visit.",
                "Put the box near the exit for four weeks and offer a token to every service user "
                "seen at the counter.",
                "The number of tokens dropped compared with the number of visits, and the split "
                "between green, amber and red.",
                "At least one service user in three drops a token and we draw at least one "
                "improvement from it.",
                "low",
                "The main front desk, with no personal data",
                "Four weeks",
                "We can remove the box at any time",
            ),
            (
                "Half-day job swaps between front desk and civil registry",
                "Spending half a day in the other team will reduce unnecessary transfers of "
                "service users between the front desk and the civil registry.",
                "Arrange a half-day for each volunteer, paired with a colleague in the other "
                "team, over two months.",
                "The number of transfers to the civil registry that could have been dealt with at "
                "the front desk, logged each week.",
                "Avoidable transfers fall by at least 30% and every participant finds it useful "
                "for their own work.",
                "low",
                "Volunteers only, half a day each",
                "Two months",
                "Any swap can be postponed with no impact on the service",
            ),
        ),
        "observed": (
            "The average wait fell from 24 to 13 minutes; 6 redirections over the four Mondays, "
            "against 19 over the previous four.",
            "Missed appointments fell to 7%, from 18% before. Incomplete applications went from "
            "22 to 12 a week thanks to the document list.",
            "Abandoned calls fell by only 15% and 78% of call-backs were made within two hours; "
            "two weeks were disrupted by an absence.",
            "83% of applications were complete on first submission and calls about the form "
            "halved. When an application was still incomplete, it was mostly for lack of proof of "
            "address.",
            "An average of 6 service users per evening, almost all after 6.15 pm; only half said "
            "they could not come during the day.",
            "41 people over 70 helped in six sessions, against 14 over the same period at the "
            "town hall; 29 procedures completed on the spot.",
            "Requests for directions went from 310 to 285, 8% fewer. Many service users come in "
            "through the side door, where nothing was displayed.",
            "Stand-ups lasted 14 minutes on average and 9 staff out of 11 want to carry on. "
            "Part-time staff who are off on Mondays felt left out.",
            "Out of 96 appointments, 81% of procedures were completed on the first visit. Service "
            "users without a mobile phone were told by phone call.",
            "The backlog went from 64 to 55 files, 14% fewer, and perceived workload did not "
            "change. Three Tuesdays out of six were lost to unplanned absences.",
            "Visits without an appointment fell by only 5%. Same-day slots went in 20 minutes, "
            "mostly to service users who already booked online.",
            "The board was up to date only 5 times out of 10; when the estimate was exceeded, "
            "complaints multiplied. 17 tense moments logged, against 15 before.",
            "78% of requests handled at the front desk, in 6 minutes on average against 19 "
            "before. Checking caught 4 errors, all corrected before handover.",
            "Sessions lasted 34 minutes on average; of 38 service users, only 17 could be reached "
            "a month later, and 7 of them had done a procedure alone.",
            "One service user in eight dropped a token, 88% of them green. The few comments heard "
            "while handing out tokens said far more than the box.",
            "12 staff out of 14 took part; avoidable transfers went from 42 to 23 a month. "
            "Several staff suggested quick-reference sheets for the front desk.",
        ),
        "learned": (
            "Sorting requests at the door mainly avoids pointless queuing; the greeter also "
            "settles nearly one simple request in five on the spot.",
            "The reminder is as much about the documents as about the time. Slots freed up by "
            "cancellations were almost all rebooked.",
            "Service users like the idea, but with only one person on the phone, call-backs come "
            "after the counter. They need a dedicated slot.",
            "Shortening the form is enough for most families. The applications still incomplete "
            "come down to supporting documents, which need explaining where they are asked for.",
            "The need exists but it is small and concentrated in the last hour. We learned this "
            "without committing staff or opening hours for the long term.",
            "Going to where service users are changes everything: several people came along with "
            "a friend, then asked their own questions.",
            "A good idea in the wrong place: we should first have watched where service users "
            "come in. The pictograms themselves are well understood.",
            "The short format suits the team, but the chosen day left some staff out. A "
            "three-line summary is not enough to make up for it.",
            "A short list specific to each procedure works better than a general leaflet. The "
            "advisers wrote the lists together in one morning.",
            "We did not really test the idea: the protected time was dropped whenever someone was "
            "missing. We need to decide in advance what takes priority.",
            "Service users who come without an appointment do not book online, even on the day: "
            "the channel matters more than the lead time.",
            "Wrong information is more irritating than none. And asking the counter staff to "
            "update the board added pressure at the worst moment.",
            "The gain for service users is clear. The 4 errors all came from the same case, "
            "certificates with marginal notes; checking did its job as a safety net.",
            "The method looks promising, but our measures do not allow a conclusion: too many "
            "service users could not be reached. Follow-up must be planned at the first session.",
            "A token alone does not say why; it was the question asked while handing it over that "
            "got service users talking. We were measuring the wrong thing.",
            "Knowing the other team's work changes habits faster than a memo. The quick-reference "
            "sheets came from the staff themselves.",
        ),
        "next_steps_notes": (
            "Validated: we extend it to Tuesday mornings and the role rotates among volunteers.",
            "Validated: reminders are rolled out to all the department's appointments.",
            "Inconclusive: we test again for four weeks with a fixed call-back slot from 4 to 5 "
            "pm.",
            "Validated: we keep the single page and add guidance on accepted supporting documents.",
            "Invalidated: we stop, and will look at a few late-afternoon appointments instead.",
            "Validated: the session stays at the club and we are looking for a second local venue.",
            "Invalidated: we adapt by putting signs at the side door and in the car park.",
            "Validated: we keep the format, alternating between Mondays and Thursdays.",
            "Validated: the list is extended to every assisted procedure.",
            "Inconclusive: we test again with a written rule on when the slot may be dropped.",
            "Invalidated: we adapt by keeping these slots for requests made by phone or at the "
            "counter.",
            "Invalidated: we stop updating the board by hand; to revisit if the queue system can "
            "do it.",
            "Validated: we exclude certificates with marginal notes and keep checking for three "
            "more months.",
            "Inconclusive: we test again, booking a second session instead of a phone call.",
            "Invalidated: we replace the box with an open question, asked one day a week.",
            "Validated: job swaps are extended to France Services and digital inclusion.",
        ),
        "abandon_reasons": (
            "The new version of the booking tool already does what we wanted to test.",
            "Two departures not yet replaced in the team: we chose to protect the service.",
            "Building work in the hall changed the conditions; the measures would have told us "
            "nothing useful.",
            "After talking it over as a team, the original need was no longer a priority.",
            "The enrolment calendar changed and the slot planned for the test disappeared.",
        ),
        "learning_entries": (
            (
                "learning_error",
                "I started a test with no success criterion",
                "I launched the same-day slots trial without writing down what figure would make "
                "us keep it. At the review, everyone read the results their own way. From now on, "
                'no test starts until the "we are right if" line is filled in and read through '
                "as a team.",
            ),
            (
                "learning_error",
                "A result announced too early",
                "I presented the text reminder as a success to the management team after only two "
                "weeks. What followed was less clear-cut and I had to qualify it. My lesson: wait "
                'for the planned end of a test before talking about it, or say plainly "early '
                'signs".',
            ),
            (
                "learning_error",
                "Wrong opening hours published online",
                "For a week we displayed the wrong opening hours for the France Services point, "
                "after a change made in a rush. Nobody is to blame: the change went through one "
                "person with no second check. We are adding a second pair of eyes and a check of "
                "the website the day after every change.",
            ),
            (
                "learning_error",
                "I picked the volunteers myself",
                "For the Thursday late opening, I went straight to the two staff members I "
                "thought were available. One of them agreed out of loyalty rather than interest, "
                "and told me so afterwards. Next time, the call for volunteers will go to the "
                "whole team, with the right to say no without giving a reason.",
            ),
            (
                "learning_incident",
                "Ticket machine breakdown on a Monday",
                "The ticket machine broke down at 8.40 am, right in the rush. The greeter took "
                "over with a paper list and the waiting room stayed calm. We are writing a "
                "one-page procedure so that the fix does not depend on who happens to be in that "
                "day.",
            ),
            (
                "learning_incident",
                "A reminder sent twice to families",
                "About a hundred families received the school enrolment reminder twice, one of "
                "them with a deadline already past. Several called, worried. We sent a clear "
                "apology the same day, then reordered the sending steps that had let the "
                "duplicate through.",
            ),
            (
                "learning_incident",
                "Tension at the France Services point",
                "A service user lost his temper because a CAF benefit had been suspended, which "
                "is not in our hands. Our colleague stayed calm and contacted the CAF in front of "
                "him. We held a ten-minute debrief straight afterwards and listed the direct "
                "contacts to keep to hand.",
            ),
            (
                "learning_incident",
                "A good-faith error poorly received",
                "A service user who came to correct a good-faith error in her enrolment "
                "application was told it was too late. That was wrong: the correction was still "
                "possible. We spent a quarter of an hour as a team on handling good-faith errors "
                "and added a reference sheet at the counter.",
            ),
            (
                "learning_insight",
                "A failure well told moves the team forward",
                "The pictogram test did not give the result we expected, but it taught us where "
                "service users really come in. Presented at the team meeting as a discovery "
                "rather than a flop, it prompted two staff members to suggest the next test. That "
                "is the whole point of the Celebration Grid: celebrating what we learn.",
            ),
            (
                "learning_insight",
                "Short and reversible gets a quicker yes",
                "When a trial is limited to four weeks and we know how to back out, the team "
                'agrees much more readily. The question "will it work?" gives way to "what are '
                'we measuring?". I am keeping the rule: always announce the duration and the way '
                "back.",
            ),
            (
                "learning_insight",
                "The best ideas come from the counter",
                "Of our last six tests, four were suggested by front-desk staff. They are the "
                "ones who see every day where service users get stuck. My role is mainly to give "
                "them a framework and time to try things.",
            ),
            (
                "learning_insight",
                "Watching on site before testing",
                "Half an hour in the hall watching service users would have saved us a whole "
                "test. We now start every idea with a short observation on site, carried out by a "
                "staff member who is not on the counter that day. The practice has already proved "
                "its worth twice this quarter.",
            ),
        ),
    },
}
