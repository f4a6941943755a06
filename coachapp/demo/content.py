"""Demo journal text, in French and English, for CoachApp's journal entries.

Demo journals let people try the app without typing their own notes, and feed training sessions
and benchmarks with entries that read like a real manager's journal in a French local authority.
Every sentence here is our own writing, not taken from any source (DOMAIN.md section 8).

Strings may hold the placeholders {person}, {team}, {project}, {method}, {usagers}, {partner} and
{tool}, filled with `str.format`; the app supplies `person` and `team`, `SLOTS` the others. No
other brace appears, so formatting never fails. French slot values for `partner` and `tool` carry
their own article ("la CAF", "le portail famille"), so the text never puts "de" or "à" before them,
and no text agrees an adjective with `person`, whose gender is unknown.

Long because it is the demo's text itself, each French passage beside its English one: cut in
pieces, the two languages would only drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryKind


@dataclass(frozen=True)
class KindContent:
    """Building blocks for one kind of entry in one language."""

    titles: tuple[str, ...]  # one is picked as the entry title
    paragraphs: tuple[str, ...]  # one to three sentences each, assembled into the body
    actions: tuple[str, ...]  # follow-ups, written out as "- [ ] ..." checklist lines
    tags: tuple[str, ...]  # short, lower case, without '#'
    pillars: tuple[Pillar, ...]  # the pillars this kind of entry usually serves


_FR: dict[EntryKind, KindContent] = {
    EntryKind.NOTE: KindContent(
        titles=(
            "Fin de semaine, bilan rapide",
            "Notes du lundi matin",
            "Ambiance dans l'équipe {team}",
            "Journée chargée au guichet",
            "Revue hebdomadaire",
            "Quelques idées en vrac",
            "Point d'étape sur le projet {project}",
            "Avant les congés",
            "Retour de réunion de service",
            "Une semaine en demi-teinte",
            "Ce que je veux garder en tête",
        ),
        paragraphs=(
            "Semaine dense : deux absences non remplacées et une file d'attente qui débordait "
            "dans le hall mardi matin. L'équipe {team} a tenu, mais j'ai senti la fatigue monter "
            "dès jeudi.",
            "Pris dix minutes ce matin pour faire le tour des bureaux avant l'ouverture. Rien "
            "d'extraordinaire, mais les échanges étaient détendus et ça donne le ton de la "
            "journée.",
            "Le projet {project} avance moins vite que prévu. Je ne sais pas encore si c'est une "
            "question de priorités ou si nous avons sous-estimé le travail ; à creuser.",
            "Trop de réunions cette semaine, pas assez de temps sur le terrain. Je n'ai passé "
            "qu'une heure au guichet et je le regrette.",
            "Bonne surprise : {person} a pris l'initiative de réorganiser l'affichage du hall "
            "sans attendre mon feu vert. C'est exactement le réflexe que j'espérais voir "
            "apparaître.",
            "Les usagers posent de plus en plus de questions sur {tool}. Nous répondons au cas "
            "par cas ; il nous faudrait une réponse commune.",
            "Humeur de l'équipe : correcte, un peu tendue à cause des plannings d'été. Personne "
            "ne l'a dit franchement, mais les pauses café étaient plus courtes.",
            "Note pour moi-même : j'ai encore tranché trop vite en réunion d'équipe. La "
            "prochaine fois, je pose la question et j'attends.",
            "Trois semaines que nous testons le nouvel accueil. Les chiffres ne disent pas "
            "grand-chose pour l'instant ; les retours des agents sont plus parlants.",
            "Journée calme, enfin. J'en ai profité pour relire les retours du dernier atelier et "
            "préparer la réunion avec {partner}.",
            "Rien de marquant aujourd'hui, et c'est plutôt bon signe. Les nouvelles procédures "
            "commencent à devenir des habitudes.",
            "Fatigue de fin de trimestre. Je garde le cap sur trois priorités et je laisse le "
            "reste attendre une semaine de plus.",
            "Échange informel à la machine à café avec {person} sur la charge de travail. Rien "
            "d'alarmant, mais à surveiller d'ici la rentrée.",
            "Côté élus, la pression monte sur les délais d'attente. Je veux éviter que cela se "
            "traduise par des consignes descendantes que l'équipe subirait sans comprendre.",
        ),
        actions=(
            "Faire le point avec {person} sur la charge de la semaine prochaine",
            "Bloquer une demi-journée au guichet la semaine prochaine",
            "Relire les notes de l'atelier avant vendredi",
            "Envoyer à l'équipe {team} un message court sur l'avancement du projet {project}",
            "Lister les questions récurrentes des usagers sur {tool}",
            "Revoir les plannings d'été avec les agents concernés",
            "Supprimer une réunion qui ne sert plus",
            "Prévoir un moment convivial avant les congés",
        ),
        tags=(
            "hebdo",
            "équipe",
            "ambiance",
            "organisation",
            "accueil",
            "charge-de-travail",
        ),
        pillars=(Pillar.MANAGER_ROLE, Pillar.CHANGE),
    ),
    EntryKind.DECISION: KindContent(
        titles=(
            "Décision : horaires d'ouverture du jeudi",
            "Arbitrage sur le projet {project}",
            "Le format {method} devient un rendez-vous régulier",
            "Décision partagée sur les plannings d'accueil",
            "Ce que l'équipe décide désormais seule",
            "Arbitrage : accompagnement des usagers sur {tool}",
            "Fin de l'expérimentation du guichet mobile",
            "Niveau de délégation pour l'équipe {team}",
            "Décision prise, reste à l'expliquer",
            "Priorités du trimestre arrêtées",
        ),
        paragraphs=(
            "Nous avons décidé d'ouvrir le guichet sur rendez-vous le jeudi après-midi, à titre "
            "d'essai pendant deux mois. Trois options étaient sur la table : ne rien changer, "
            "tout passer sur rendez-vous, ou un créneau mixte ; c'est la troisième qui a été "
            "retenue.",
            "J'ai consulté l'équipe {team} avant de trancher : chacun a pu donner son avis en "
            "format {method}, puis j'ai décidé. C'était un niveau « consulter », et je l'ai "
            "annoncé clairement dès le début.",
            "Cette fois, la décision revient entièrement à l'équipe. J'ai donné mon avis une "
            "fois, puis j'ai laissé la discussion se faire sans moi.",
            "Décision prise seule, faute de temps : la direction voulait une réponse dans "
            "l'heure. Je l'assume, mais je dois l'expliquer à l'équipe demain et dire pourquoi "
            "elle n'a pas été consultée.",
            "Option écartée : recruter un vacataire pour l'été. Le budget ne le permet pas, et "
            "l'intégration aurait demandé plus d'énergie qu'elle n'en aurait rapporté.",
            "Nous arrêtons l'expérimentation du guichet mobile. La fréquentation était faible, "
            "mais nous gardons les permanences tenues avec {partner}, qui ont bien fonctionné.",
            "Sur le projet {project}, la question n'était pas de savoir si on le faisait, mais "
            "comment. J'ai posé le cadre (budget, délai, ce qui n'est pas négociable) et laissé "
            "l'équipe construire le reste.",
            "J'ai hésité longtemps. Les deux solutions se défendaient, et j'ai fini par choisir "
            "celle que l'équipe pourrait porter au quotidien sans moi.",
            "Délégation : {person} décide désormais de l'organisation des permanences numériques "
            "et me tient au courant une fois par mois. Nous revoyons ce niveau en septembre.",
            "Les élus souhaitaient une réponse rapide sur {tool}. Nous proposons un déploiement "
            "progressif, service par service, plutôt qu'une bascule générale.",
            "Ce qui a fait pencher la balance : les échanges de la semaine dernière avec des "
            "{usagers}. Sans eux, nous serions partis sur une solution pensée pour nous, pas "
            "pour les usagers.",
            "Décision réversible, donc inutile de viser la perfection. Nous testons jusqu'aux "
            "vacances et nous regardons ensemble ce que ça donne.",
            "J'ai consulté {partner} avant d'arrêter le calendrier : leurs pics d'activité "
            "tombent aux mêmes dates que les nôtres, il fallait décaler.",
        ),
        actions=(
            "Annoncer la décision à l'équipe {team} en réunion de service, avec ses raisons",
            "Mettre à jour le tableau de délégation",
            "Fixer la date du bilan de l'essai",
            "Informer {partner} du nouveau calendrier",
            "Rédiger la note pour l'élu référent",
            "Prévoir un point à mi-parcours avec {person}",
            "Préparer l'affichage destiné aux usagers",
            "Écrire les critères qui diront si c'était la bonne décision",
        ),
        tags=(
            "décision",
            "délégation",
            "arbitrage",
            "consultation",
            "priorités",
            "cadre",
        ),
        pillars=(Pillar.MANAGER_ROLE, Pillar.CO_CONSTRUCTION),
    ),
    EntryKind.LEARNING_ERROR: KindContent(
        titles=(
            "Mon erreur sur le planning",
            "Une consigne mal transmise",
            "J'ai lancé le projet {project} trop vite",
            "Erreur de bonne foi, corrigée à temps",
            "Ce que j'aurais dû vérifier",
            "Un courrier parti avec la mauvaise date",
            "Retour sur une erreur d'équipe",
            "Mon raté de la semaine, raconté à l'équipe",
            "Information erronée donnée aux usagers",
            "Trop d'outils d'un coup",
        ),
        paragraphs=(
            "J'ai envoyé le nouveau planning sans le faire relire, et deux agents se sont "
            "retrouvés sur le même créneau pendant que la mairie annexe restait fermée. L'erreur "
            "est la mienne ; je l'ai dit en réunion, sans détour.",
            "Nous avons affiché une mauvaise date limite pour les inscriptions scolaires pendant "
            "trois jours. Personne n'a cherché de coupable : nous avons corrigé, prévenu les "
            "familles concernées et ajouté une relecture à deux.",
            "J'ai voulu aller vite sur le projet {project} et j'ai présenté une solution déjà "
            "ficelée. L'équipe s'est sentie mise devant le fait accompli, à juste titre.",
            "{person} m'a signalé une erreur dans un acte avant sa signature. Ma première "
            "réaction a été un soupir ; je m'en suis rendu compte, et j'ai surtout remercié pour "
            "le signalement.",
            "Erreur de ma part : j'ai supposé que tout le monde savait se servir de l'outil. En "
            "réalité, la moitié de l'équipe n'avait jamais eu de vraie prise en main sur {tool}.",
            "Ce n'était ni de la négligence ni une répétition : une première fois, de bonne foi, "
            "signalée vite. C'est exactement le type d'erreur dont on doit pouvoir parler sans "
            "crainte.",
            "Ce qui change : une liste de trois vérifications avant chaque envoi groupé, et le "
            "droit pour chacun de demander une relecture sans avoir à se justifier.",
            "J'ai oublié de prévenir {partner} du changement d'horaires. Des usagers orientés "
            "par leurs soins ont trouvé porte close. J'ai appelé pour m'excuser et nous avons "
            "convenu d'un canal d'information commun.",
            "Je me rends compte que j'ai corrigé le dossier moi-même au lieu d'expliquer ce qui "
            "n'allait pas. Gain de temps immédiat, occasion d'apprendre perdue pour l'équipe.",
            "Nous avons mal estimé la durée des rendez-vous : vingt minutes ne suffisent pas "
            "pour une première démarche en ligne avec des {usagers}. Nous passons à trente "
            "minutes pour ce type de demande.",
            "Cette erreur, je l'ai racontée à l'équipe. Quelques secondes de silence, puis deux "
            "agents ont partagé les leurs. Ça valait le coup.",
            "L'erreur contient une information utile : notre procédure comportait une étape que "
            "personne ne comprenait vraiment, et que tout le monde contournait.",
            "J'ai répondu à un élu sans vérifier les chiffres de fréquentation. Je lui ai envoyé "
            "un correctif le lendemain ; mieux vaut ça que laisser circuler un chiffre faux.",
        ),
        actions=(
            "Ajouter une relecture à deux avant chaque envoi groupé",
            "Mettre à jour la fiche procédure concernée",
            "En parler en réunion d'équipe, en commençant par ma part",
            "Recontacter les usagers concernés et leur proposer un nouveau rendez-vous",
            "Remercier {person} pour le signalement",
            "Organiser une séance de prise en main sur {tool} pour toute l'équipe",
            "Convenir avec {partner} d'un canal d'information sur les changements d'horaires",
            "Vérifier dans un mois que la correction tient",
        ),
        tags=(
            "erreur",
            "droit-à-l'erreur",
            "bonne-foi",
            "procédure",
            "amélioration",
            "apprentissage",
        ),
        pillars=(Pillar.RIGHT_TO_ERROR, Pillar.MANAGER_ROLE),
    ),
    EntryKind.LEARNING_INCIDENT: KindContent(
        titles=(
            "Tension au guichet ce matin",
            "Panne de la borne numérique",
            "Un usager reparti sans réponse",
            "Incident sur {tool}",
            "File d'attente hors de contrôle",
            "Rendez-vous en double",
            "Appel difficile à l'accueil téléphonique",
            "Dossier égaré entre deux services",
            "Coupure réseau en pleine matinée",
            "Retour sur l'incident de mardi",
        ),
        paragraphs=(
            "Un usager s'est emporté au guichet après quarante minutes d'attente. {person} a "
            "gardé son calme et lui a proposé un rendez-vous ; il est reparti apaisé, mais "
            "l'équipe a été secouée.",
            "Panne générale sur {tool} à 10 h, en plein pic d'affluence. Nous avons basculé sur "
            "les formulaires papier en un quart d'heure : pas élégant, mais personne n'est "
            "reparti les mains vides.",
            "Deux usagers avaient reçu la même heure de rendez-vous. Le problème venait du "
            "paramétrage, pas des agents : le créneau avait été ouvert deux fois.",
            "Un dossier transmis à l'équipe {team} est resté trois semaines sans réponse : "
            "chacun pensait que l'autre s'en occupait. Nous avons trouvé le trou dans le "
            "circuit.",
            "La file d'attente débordait sur le parvis. Ce n'était pas un manque d'effort mais "
            "un pic prévisible : la dernière semaine avant la date limite d'inscription.",
            "Une usagère est revenue pour la troisième fois avec le même justificatif refusé. "
            "Personne ne lui avait expliqué clairement ce qui manquait ; chacun avait appliqué "
            "la règle, sans vraiment l'accompagner.",
            "Après l'incident, nous avons pris vingt minutes en équipe avec trois questions : "
            "que s'est-il passé, qu'est-ce que ça veut dire, que fait-on maintenant. Les faits "
            "d'abord, les ressentis ensuite, les actions à la fin.",
            "Je remarque que l'incident m'a été signalé tout de suite, sans que personne ne "
            "cherche à le cacher. Il y a un an, ce n'était pas gagné.",
            "Coupure réseau de 9 h 30 à 11 h. L'équipe a improvisé un accueil « sans écran » : "
            "prise de coordonnées, rappel dans l'après-midi. Tous les rappels ont été faits.",
            "Un appel très tendu pour {person}, à propos d'un refus qui ne dépendait pas de "
            "nous. J'ai proposé un temps d'échange juste après ; protéger l'équipe fait aussi "
            "partie du travail.",
            "Ce que l'incident révèle : ce que nous disons à l'accueil sur {tool} ne correspond "
            "pas à ce qu'indique le site internet.",
            "Incident clos côté usager, pas encore côté équipe. J'y reviendrai en réunion pour "
            "que chacun sache quoi faire la prochaine fois.",
        ),
        actions=(
            "Faire un retour d'incident en équipe dans les quinze jours",
            "Rédiger une conduite à tenir en cas de panne sur {tool}",
            "Corriger le paramétrage des créneaux de rendez-vous",
            "Aligner les informations du site internet et celles de l'accueil",
            "Proposer à {person} un temps d'échange après cet appel difficile",
            "Clarifier qui prend en charge les dossiers transmis entre services",
            "Prévoir un renfort pendant les semaines de date limite",
            "Rappeler l'usager pour m'assurer que son dossier est réglé",
        ),
        tags=(
            "incident",
            "guichet",
            "usagers",
            "procédure",
            "retour-d'expérience",
            "continuité",
        ),
        pillars=(Pillar.RIGHT_TO_ERROR, Pillar.INCLUSION, Pillar.AGENT_SUPPORT),
    ),
    EntryKind.LEARNING_INSIGHT: KindContent(
        titles=(
            "Ce que j'ai compris cette semaine",
            "Les usagers ne lisent pas nos affiches",
            "Déclic pendant l'atelier",
            "Le silence n'est pas l'adhésion",
            "Accompagner n'est pas faire à la place",
            "Une idée qui vient du terrain",
            "Ce que m'apprend le projet {project}",
            "Mes réunions sont trop longues",
            "Le numérique ne remplace pas l'accueil",
            "Prendre le temps, vraiment",
        ),
        paragraphs=(
            "En observant le hall pendant une heure, j'ai vu que personne ne lisait l'affichage "
            ": les usagers vont droit vers la personne la plus proche. Nos informations doivent "
            "passer par les agents, pas par les murs.",
            "J'ai compris que le silence en réunion ne voulait pas dire accord. En format "
            "{method}, les mêmes personnes ont exprimé des réserves qu'elles n'auraient jamais "
            "formulées à voix haute.",
            "Accompagner un usager sur {tool}, ce n'est pas faire la démarche à sa place. C'est "
            "plus long la première fois, et beaucoup plus utile la deuxième.",
            "En rencontrant des {usagers}, j'ai compris que le problème venait de notre "
            "vocabulaire, pas du numérique lui-même.",
            "Les meilleures idées du projet {project} sont venues des agents d'accueil, pas des "
            "comités de pilotage. Je dois leur faire plus de place dès le départ.",
            "Je passe plus de temps à valider qu'à écouter. Sur une semaine type, j'estime le "
            "rapport à deux tiers contre un tiers ; j'aimerais l'inverser d'ici l'été.",
            "Les résistances que j'entends contiennent presque toujours une information utile. "
            "Quand {person} dit « ça ne marchera jamais », il y a derrière une expérience de "
            "terrain que je n'ai pas.",
            "Les agents qui redoutent le plus le changement sont souvent ceux qui tiennent le "
            "plus à la qualité du service. Ce n'est pas de l'opposition, c'est de l'attachement.",
            "Un changement annoncé n'est pas un changement installé. Trois mois après le "
            "lancement, les anciennes habitudes reviennent dès qu'il y a du monde.",
            "La culture du droit à l'erreur ne se décrète pas. Elle se voit dans ma façon de "
            "réagir la première fois qu'on me signale une erreur.",
            "Travailler avec {partner} sur les mêmes usagers change ma manière de voir le "
            "guichet : nous ne sommes qu'une étape de leur parcours.",
            "Ce n'est pas la formation qui a fait progresser l'équipe, c'est le binôme qui a "
            "suivi. Chez nous, l'apprentissage entre pairs marche mieux que je ne le pensais.",
            "Petite expérimentation, grand effet : déplacer le poste d'accueil de deux mètres a "
            "réduit les allers-retours de moitié.",
        ),
        actions=(
            "Partager cet enseignement à la prochaine réunion d'équipe",
            "Tester un affichage simplifié avec trois usagers",
            "Réécrire les consignes sur {tool} avec les mots des usagers",
            "Associer les agents d'accueil dès la prochaine réunion de lancement",
            "Noter chaque semaine le temps passé à valider et le temps passé à écouter",
            "Proposer un binôme de pairs aux prochains arrivants",
            "Revenir sur cette idée dans un mois pour voir si elle tient",
            "En discuter avec {person}",
        ),
        tags=(
            "enseignement",
            "déclic",
            "observation",
            "usages",
            "posture",
            "terrain",
        ),
        pillars=(Pillar.EXPERIMENTATION, Pillar.INCLUSION, Pillar.MANAGER_ROLE),
    ),
    EntryKind.ONE_TO_ONE: KindContent(
        titles=(
            "Entretien avec {person}",
            "Point individuel du mois",
            "Échange sur les envies d'évolution",
            "Accompagnement sur {tool}",
            "Retour sur la formation suivie",
            "Bilan des six premiers mois",
            "Ce qui motive {person}",
            "Préparer l'entretien annuel",
            "Point après une période difficile",
            "Savoir-être au guichet : on en parle",
        ),
        paragraphs=(
            "Une heure avec {person}, sans ordre du jour imposé. J'ai surtout posé des questions "
            "ouvertes et j'ai essayé de ne proposer aucune solution avant la fin.",
            "{person} se sent à l'aise avec les procédures, beaucoup moins quand il faut "
            "accompagner un usager pas à pas sur {tool}. Nous avons parlé de posture plus que "
            "d'outil.",
            "Envie exprimée : prendre en charge l'accueil des nouveaux arrivants dans l'équipe. "
            "L'idée me paraît bonne et je veux lui laisser la main sur l'organisation.",
            "Nous avons parlé savoir-être : comment dire non à un usager sans lui fermer la "
            "porte, comment reformuler une demande confuse. {person} a des réflexes que d'autres "
            "pourraient apprendre.",
            "Formation CNFPT sur l'accueil des publics en difficulté : retour très positif. Ce "
            "qui a le plus servi, ce sont les mises en situation.",
            "J'ai demandé à {person} de classer ce qui compte le plus dans son travail. "
            "L'autonomie et le sentiment d'être utile arrivent en tête, bien avant le statut.",
            "Les derniers mois ont été lourds. Je n'ai pas cherché à tout régler : nous avons "
            "convenu d'alléger deux tâches jusqu'à la rentrée et de refaire un point dans trois "
            "semaines.",
            "Objectif convenu ensemble : animer une permanence numérique par semaine d'ici deux "
            "mois, avec un binôme au début.",
            "{person} s'inquiète de voir son métier « disparaître derrière les écrans ». J'ai "
            "reconnu cette inquiétude sans la balayer, et nous avons regardé ce qui, dans son "
            "travail, restera irremplaçable.",
            "Je remarque que je parle trop pendant ces entretiens. Cette fois, j'ai compté : "
            "trois solutions proposées avant même d'avoir compris la question.",
            "Souhait de mobilité à moyen terme vers l'équipe {team}. Je préfère le savoir "
            "maintenant et aider à préparer cette évolution plutôt que de la découvrir au moment "
            "du départ.",
            "Point sur la montée en compétences : les démarches courantes sont maîtrisées, "
            "l'accompagnement des usagers très éloignés du numérique reste difficile. Piste : "
            "une journée d'immersion avec une conseillère numérique.",
            "{person} a proposé de former deux collègues sur {tool}. Je veux que ce temps soit "
            "pris sur les heures de travail, pas en plus.",
        ),
        actions=(
            "Inscrire {person} à la formation demandée",
            "Organiser une demi-journée d'immersion avec la conseillère numérique",
            "Alléger deux tâches jusqu'à la rentrée",
            "Refaire un point dans trois semaines",
            "Mettre en place un binôme pour les premières permanences",
            "Noter l'objectif convenu et la date du prochain point",
            "Dégager du temps pour que {person} forme ses collègues sur {tool}",
            "Préparer l'entretien annuel avec les éléments de cet échange",
        ),
        tags=(
            "entretien",
            "accompagnement",
            "compétences",
            "savoir-être",
            "formation",
            "motivation",
            "évolution",
        ),
        pillars=(Pillar.AGENT_SUPPORT, Pillar.MANAGER_ROLE),
    ),
    EntryKind.STAKEHOLDER_CONTACT: KindContent(
        titles=(
            "Rencontre avec des {usagers}",
            "Réunion avec {partner}",
            "Échange avec l'élue référente",
            "Atelier usagers sur le projet {project}",
            "Ce que les {usagers} nous ont dit",
            "Observation au guichet avec {person}",
            "Comité de quartier : retours sur l'accueil",
            "Tester {tool} avec de vrais usagers",
            "Point avec l'adjoint au numérique",
            "Permanence commune avec {partner}",
        ),
        paragraphs=(
            "Rencontre avec six {usagers} au centre social. Ce qui revient le plus : le "
            "sentiment d'être renvoyé d'un guichet à l'autre sans savoir qui fait quoi.",
            "Échange avec {partner} : même constat que nous sur {tool}, les usagers abandonnent "
            "à l'étape des justificatifs.",
            "L'élue à la citoyenneté souhaite des résultats visibles avant l'automne. Je lui ai "
            "proposé de passer une matinée au guichet plutôt que de lire un rapport ; elle a "
            "accepté.",
            "Séance en format {method} avec des {usagers} et trois agents d'accueil. Les agents "
            "ont découvert des difficultés qu'ils ne soupçonnaient pas, et les usagers ont vu "
            "l'envers du guichet.",
            "Une participante nous a dit, en substance, qu'elle ne voulait pas qu'on fasse à sa "
            "place mais comprendre pour la prochaine fois. C'est la meilleure définition de "
            "l'accompagnement que j'aie entendue cette année.",
            "Le comité de quartier trouve l'accueil chaleureux mais les horaires inadaptés pour "
            "ceux qui travaillent. La demande d'une ouverture en soirée revient pour la "
            "troisième fois.",
            "Nous avons fait tester {tool} à cinq usagers volontaires : trois ont bloqué au même "
            "écran. Nous n'aurions jamais trouvé ça entre nous.",
            "Réunion avec {partner} pour coordonner nos permanences. Nous recevons souvent les "
            "mêmes personnes à deux jours d'intervalle, avec des informations parfois "
            "contradictoires.",
            "L'adjoint au numérique veut aller vite. Je comprends l'enjeu politique ; j'ai "
            "surtout insisté sur le temps nécessaire aux agents pour s'approprier l'outil.",
            "Ce que je retiens des entretiens : les {usagers} ne demandent pas moins de "
            "numérique, mais quelqu'un à qui poser une question quand ça bloque.",
            "J'ai invité {person} à la réunion avec {partner}. Sa connaissance du terrain a été "
            "plus convaincante que tous mes arguments.",
            "Les associations d'usagers demandent à être associées avant, pas après. C'est "
            "juste, et c'est d'ailleurs ce que dit notre propre feuille de route.",
            "Échange avec la préfecture sur les titres d'identité : les délais se sont allongés, "
            "et nos agents reçoivent la frustration des usagers sans avoir la main sur la cause.",
        ),
        actions=(
            "Envoyer un compte rendu aux participants sous huit jours",
            "Dire aux usagers ce que nous ferons de leurs remarques, et ce que nous ne ferons pas",
            "Corriger l'écran où les usagers bloquent sur {tool}",
            "Organiser une permanence commune avec {partner}",
            "Inviter l'élu référent à passer une matinée au guichet",
            "Associer des agents d'accueil au prochain atelier usagers",
            "Étudier une ouverture en soirée un jour par semaine",
            "Partager les verbatims avec l'équipe {team}",
        ),
        tags=(
            "usagers",
            "partenaires",
            "élus",
            "écoute",
            "terrain",
            "parcours-usager",
        ),
        pillars=(Pillar.INCLUSION, Pillar.CO_CONSTRUCTION),
    ),
    EntryKind.RECOGNITION: KindContent(
        titles=(
            "Merci à {person}",
            "Bravo à l'équipe {team}",
            "Un remerciement bien mérité",
            "Reconnaissance : l'ouverture du samedi",
            "Ce que {person} a rendu possible",
            "Carte de remerciement pour l'équipe",
            "Une belle initiative à saluer",
            "Retour d'usager à transmettre",
            "Merci pour la patience",
            "Le travail invisible de la semaine",
        ),
        paragraphs=(
            "Merci à {person}, qui a pris une heure hier pour accompagner une usagère âgée dans "
            "son dossier, sans jamais la presser. Elle est revenue ce matin rien que pour le "
            "dire.",
            "L'équipe {team} a tenu l'accueil pendant la semaine des inscriptions avec deux "
            "personnes en moins. Je l'ai dit en réunion, et je l'écris ici pour m'en souvenir.",
            "{person} a repéré l'erreur dans le formulaire avant son départ chez l'imprimeur. Ce "
            "genre de vigilance ne se voit pas, alors je tiens à le dire.",
            "J'ai remercié {person} devant l'équipe pour l'idée du tableau des questions "
            "fréquentes. Elle est simple, elle fait gagner du temps à tout le monde, et elle "
            "vient du terrain.",
            "Reçu un courriel d'un usager qui remercie nommément {person}. Je l'ai transmis tel "
            "quel avec un mot de ma part, et nous l'avons affiché dans la salle de pause, avec "
            "son accord.",
            "Merci pour la patience, en particulier à {person}, pendant ces semaines de pannes à "
            "répétition sur {tool}. Personne n'a reporté sa frustration sur les usagers.",
            "Je veux saluer le travail de binôme de {person} avec les nouveaux arrivants : "
            "personne n'avait demandé un accompagnement aussi attentif, et ça change tout.",
            "Pour la première fois, c'est un membre de l'équipe qui a présenté notre projet en "
            "commission, et non moi. Bravo à {person} pour une présentation claire et sans "
            "jargon.",
            "Kudo de la semaine : {person}, pour avoir osé dire en réunion que la procédure ne "
            "marchait pas, et pour avoir proposé une autre façon de faire.",
            "Les usagers ne voient pas le travail de préparation des dossiers de mariage. Moi je "
            "le vois, et je tenais à remercier toute l'équipe {team} pour ce soin.",
            "Merci à {person} d'avoir accepté de tester le format {method} avec moi, alors que "
            "c'était une première pour nous deux.",
            "Je tiens à remercier {partner} pour sa réactivité : un dossier bloqué depuis un "
            "mois a été débloqué en deux jours.",
            "Reconnaissance dite en face, pas seulement par écrit : je l'ai fait ce matin, et je "
            "vois la différence.",
        ),
        actions=(
            "Le dire à {person} de vive voix, pas seulement par courriel",
            "Mentionner cette initiative dans la lettre interne",
            "Transmettre le retour de l'usager à toute l'équipe",
            "Proposer à {person} de présenter son idée au prochain comité de direction",
            "Glisser une carte de remerciement dans la boîte à kudos",
            "Remercier {partner} par écrit, avec copie à l'élu référent",
            "Prévoir un moment convivial pour fêter la fin des inscriptions",
            "Noter cette réussite pour l'entretien annuel",
        ),
        tags=(
            "reconnaissance",
            "merci",
            "kudos",
            "équipe",
            "initiative",
            "fierté",
        ),
        pillars=(Pillar.MANAGER_ROLE, Pillar.EMPLOYER_BRAND),
    ),
    EntryKind.SHOWCASE: KindContent(
        titles=(
            "Article intranet sur le projet {project}",
            "Présentation au forum des métiers",
            "Offre d'emploi : parler de nos pratiques",
            "Le projet {project} dans la lettre municipale",
            "Témoignage d'agent pour la page carrières",
            "Stand au Mois de l'innovation publique",
            "Présentation en comité de direction",
            "Vidéo courte sur l'accueil numérique",
            "Partage d'expérience avec une commune voisine",
            "Visite du service pour les nouveaux élus",
        ),
        paragraphs=(
            "Article publié sur l'intranet à propos du projet {project}. J'ai demandé à deux "
            "agents de l'écrire avec moi, pour que ce soit le projet qui parle et pas seulement "
            "mon tableau de bord.",
            "Forum des métiers au lycée : {person} a parlé du travail d'accueil avec beaucoup de "
            "justesse. Plusieurs jeunes ont découvert qu'on pouvait accompagner des gens sans "
            "être travailleur social.",
            "Nous avons réécrit l'offre d'emploi d'agent d'accueil : moins de liste de tâches, "
            "plus de concret sur l'équipe, l'accompagnement des usagers sur {tool} et les "
            "formations proposées.",
            "Présentation du projet {project} en comité de direction. J'ai parlé de ce qui n'a "
            "pas marché autant que des résultats ; les questions ont été plus riches que "
            "d'habitude.",
            "La lettre municipale consacre une demi-page à l'accueil numérique. Photo de "
            "l'équipe {team} près de la borne, avec l'accord de chacun.",
            "Une commune voisine nous a demandé comment nous avions organisé les permanences "
            "avec {partner}. Nos erreurs leur seront plus utiles que nos réussites.",
            "Témoignage de {person} pour la page carrières : trois paragraphes sans langue de "
            "bois sur ce qui a changé depuis que nous accompagnons les usagers au lieu de "
            "simplement traiter des dossiers.",
            "Vidéo de deux minutes tournée avec le service communication. Le plus difficile a "
            "été de convaincre l'équipe que ce qu'elle fait au quotidien mérite d'être montré.",
            "Candidate reçue cette semaine : elle avait lu l'article sur le projet {project}, et "
            "c'est ce qui l'a décidée à postuler. Premier retour concret sur notre marque "
            "employeur.",
            "Stand pendant le Mois de l'innovation publique, avec une démonstration du format "
            "{method}. Beaucoup de collègues d'autres services sont venus poser des questions.",
            "Je me rends compte que nous valorisons surtout les projets numériques. Le travail "
            "relationnel de l'accueil mérite la même visibilité.",
            "Accord des agents demandé avant toute publication de photo ou de nom. Une personne "
            "a préféré ne pas apparaître, et c'est très bien ainsi.",
        ),
        actions=(
            "Faire relire l'article par les agents cités avant publication",
            "Proposer un témoignage d'agent pour la page carrières",
            "Revoir les offres d'emploi en cours avec le service RH",
            "Envoyer la présentation à la commune voisine",
            "Préparer le stand du forum des métiers avec {person}",
            "Recueillir l'accord écrit des agents pour les photos",
            "Proposer le projet {project} pour la prochaine lettre interne",
            "Partager avec l'équipe le nombre de candidatures reçues",
        ),
        tags=(
            "valorisation",
            "marque-employeur",
            "intranet",
            "recrutement",
            "communication",
            "forum-des-métiers",
        ),
        pillars=(Pillar.EMPLOYER_BRAND, Pillar.MANAGER_ROLE),
    ),
    EntryKind.CHANGE_STEP: KindContent(
        titles=(
            "Étape de lancement : {tool}",
            "Expliquer le pourquoi du changement",
            "Nouvelle organisation de l'accueil, semaine 1",
            "Premières résistances",
            "Une petite victoire à célébrer",
            "Trois mois après le lancement",
            "Le changement prend du temps",
            "Réunion d'information aux agents concernés",
            "On ajuste le calendrier",
            "Ancrer les nouvelles pratiques",
        ),
        paragraphs=(
            "Réunion d'information sur le nouveau circuit, qui s'appuiera désormais sur {tool}. "
            "J'ai commencé par le pourquoi, en deux phrases, avant de parler calendrier. Les "
            "questions ont porté sur la charge de travail plus que sur l'outil.",
            "Les agents d'accueil sont les premiers concernés, mais aussi l'équipe {team}, qui "
            "recevra les dossiers en aval. Je l'avais oubliée dans la première version du plan.",
            "Première résistance ouverte : {person} ne voit pas l'intérêt de changer une "
            "organisation qui marche. L'argument mérite d'être entendu ; il y a des choses à "
            "garder de l'ancienne façon de faire.",
            "Nous décalons le lancement d'un mois. La formation n'était pas terminée pour tout "
            "le monde, et démarrer sans elle aurait mis les agents en difficulté face aux "
            "usagers.",
            "Séance en format {method} pour lister ce qui freine et ce qui pousse. Les freins "
            "les plus cités : le manque de temps pour apprendre, et la peur de ne pas savoir "
            "répondre.",
            "Petite victoire : pour la première fois, la file d'attente du lundi a été absorbée "
            "avant 11 h. Je l'ai dit à l'équipe le jour même.",
            "Trois mois après le lancement, les nouvelles habitudes tiennent les jours calmes et "
            "s'effritent les jours de forte affluence. Le changement n'est pas encore installé, "
            "et ce n'est pas grave.",
            "J'ai partagé un calendrier réaliste : six mois pour que la nouvelle organisation "
            "devienne normale. Plusieurs agents m'ont dit que c'était la première fois qu'on "
            "leur donnait un délai honnête.",
            "Ce que j'ai moi-même du mal à lâcher : le contrôle de chaque dossier avant envoi. "
            "Si je demande à l'équipe de changer, je dois changer aussi.",
            "Point d'étape avec {partner} sur le nouveau circuit : quelques ajustements à "
            "prévoir pour la transmission des dossiers.",
            "Nous avons prévenu les {usagers} par courrier, par affichage et sur le site. Malgré "
            "ça, beaucoup découvrent le changement au guichet : il faudra du temps et de la "
            "patience.",
            "Je ne crie pas victoire trop tôt : nous gardons le point hebdomadaire jusqu'à la "
            "fin de l'année, même si tout semble rodé.",
            "Deux agents référents sur le projet {project} relaient les questions de leurs "
            "collègues. Ça marche mieux que mes réunions d'information.",
        ),
        actions=(
            "Écrire le pourquoi du changement en deux phrases et le partager",
            "Ajouter l'équipe {team} à la liste des personnes concernées",
            "Prendre un temps d'écoute avec les agents les plus inquiets",
            "Célébrer la première semaine réussie avec l'équipe",
            "Maintenir le point hebdomadaire jusqu'à la fin de l'année",
            "Informer {partner} du nouveau circuit de transmission",
            "Prévoir une session de rattrapage pour se former sur {tool}",
            "Faire le bilan à trois mois avec les agents référents",
        ),
        tags=(
            "changement",
            "conduite-du-changement",
            "résistances",
            "calendrier",
            "communication",
            "ancrage",
        ),
        pillars=(Pillar.CHANGE, Pillar.AGENT_SUPPORT),
    ),
}


_EN: dict[EntryKind, KindContent] = {
    EntryKind.NOTE: KindContent(
        titles=(
            "End of the week: quick review",
            "Monday morning notes",
            "How the {team} team is doing",
            "Busy day at the counter",
            "Weekly review",
            "A few loose ideas",
            "Where the {project} project stands",
            "Before the holidays",
            "After the service meeting",
            "A mixed sort of week",
            "Things to keep in mind",
        ),
        paragraphs=(
            "Heavy week: two absences with no cover and a queue spilling into the lobby on "
            "Tuesday morning. The {team} team held up, but I could feel the tiredness building "
            "by Thursday.",
            "Took ten minutes this morning to walk round the offices before opening. Nothing "
            "special, but people were relaxed and it set the tone for the day.",
            "The {project} project is moving more slowly than planned. I can't yet tell whether "
            "it's a question of priorities or whether we underestimated the work; worth digging "
            "into.",
            "Too many meetings this week and not enough time on the ground. I spent barely an "
            "hour at the counter and I regret it.",
            "Nice surprise: {person} took the initiative of rearranging the lobby noticeboards "
            "without waiting for my go-ahead. That's exactly the reflex I was hoping to see.",
            "Service users are asking more and more questions about {tool}. We answer case by "
            "case; we need a shared answer.",
            "Team mood: fine, a bit tense because of the summer rota. Nobody said so outright, "
            "but the coffee breaks were shorter.",
            "Note to self: I settled things too quickly again in the team meeting. Next time "
            "I'll ask the question and wait.",
            "Three weeks into testing the new reception set-up. The figures don't say much yet; "
            "what the agents tell me says more.",
            "A quiet day, at last. I used it to reread the feedback from the last workshop and "
            "prepare the meeting with {partner}.",
            "Nothing remarkable today, which is rather a good sign. The new procedures are "
            "starting to become habits.",
            "End-of-quarter fatigue. I'm sticking to three priorities and letting everything "
            "else wait another week.",
            "Informal chat by the coffee machine with {person} about workload. Nothing alarming, "
            "but one to keep an eye on before September.",
            "On the elected officials' side, pressure is growing about waiting times. I want to "
            "avoid it turning into top-down instructions the team simply has to put up with.",
        ),
        actions=(
            "Check in with {person} about next week's workload",
            "Block out half a day at the counter next week",
            "Reread the workshop notes before Friday",
            "Send the {team} team a short update on the {project} project",
            "List the questions service users keep asking about {tool}",
            "Go over the summer rota with the agents concerned",
            "Drop a meeting that no longer serves any purpose",
            "Plan something informal before the holidays",
        ),
        tags=(
            "weekly",
            "team",
            "mood",
            "organisation",
            "front-desk",
            "workload",
        ),
        pillars=(Pillar.MANAGER_ROLE, Pillar.CHANGE),
    ),
    EntryKind.DECISION: KindContent(
        titles=(
            "Decision: Thursday opening hours",
            "Decision made on the {project} project",
            "Decision: we keep using {method}",
            "Shared decision on the reception rota",
            "What the team now decides on its own",
            "Decision: how we support service users with {tool}",
            "Ending the mobile desk trial",
            "Delegation level for the {team} team",
            "Decision made, now to explain it",
            "Priorities for the quarter agreed",
        ),
        paragraphs=(
            "We've decided to run the counter by appointment on Thursday afternoons, as a "
            "two-month trial. Three options were on the table: change nothing, move everything "
            "to appointments, or a mixed slot; we went for the third.",
            "I consulted the {team} team before deciding: everyone had their say using {method}, "
            "then I made the call. That was the 'consult' level, and I said so clearly from the "
            "start.",
            "This time the decision is entirely the team's. I gave my advice once, then let the "
            "discussion run without me.",
            "Decision taken alone, for lack of time: senior management wanted an answer within "
            "the hour. I stand by it, but I need to explain it to the team tomorrow and say why "
            "they weren't consulted.",
            "Option ruled out: taking on a temp for the summer. The budget doesn't allow it, and "
            "bringing someone up to speed would have cost more energy than it saved.",
            "We're stopping the mobile desk trial. Footfall was low, but we're keeping the "
            "drop-in sessions at {partner}, which worked well.",
            "On the {project} project, the question wasn't whether but how. I set the frame "
            "(budget, deadline, what isn't up for negotiation) and left the team to build the "
            "rest.",
            "I went back and forth for a long time. Both options held up, and in the end I chose "
            "the one the team could carry day to day without me.",
            "Delegation: {person} now decides how the digital help sessions are organised and "
            "updates me once a month. We'll review that level in September.",
            "The elected officials wanted a quick answer on {tool}. We're proposing a gradual "
            "roll-out, one service at a time, rather than switching everyone over at once.",
            "What tipped the balance: feedback from the {usagers} we met last week. Without it "
            "we'd have gone for a solution designed around us, not around them.",
            "A reversible decision, so no need to aim for perfect. We'll test it until the "
            "holidays and look at the results together.",
            "I checked with {partner} before fixing the timetable: their busy periods fall on "
            "the same dates as ours, so we had to shift things.",
        ),
        actions=(
            "Announce the decision to the {team} team at the service meeting, with the reasons",
            "Update the delegation board",
            "Set a date to review the trial",
            "Let {partner} know about the new timetable",
            "Write the briefing note for the lead elected official",
            "Plan a mid-point check-in with {person}",
            "Prepare the notices for service users",
            "Write down the criteria that will tell us whether it was the right call",
        ),
        tags=(
            "decision",
            "delegation",
            "trade-offs",
            "consultation",
            "priorities",
            "framing",
        ),
        pillars=(Pillar.MANAGER_ROLE, Pillar.CO_CONSTRUCTION),
    ),
    EntryKind.LEARNING_ERROR: KindContent(
        titles=(
            "My mistake on the rota",
            "An instruction that got lost",
            "I launched the {project} project too fast",
            "Good-faith mistake, caught in time",
            "What I should have checked",
            "A letter sent out with the wrong date",
            "Looking back at a team mistake",
            "My slip-up of the week, shared with the team",
            "Wrong information given to service users",
            "Too many tools at once",
        ),
        paragraphs=(
            "I sent out the new rota without having it checked, and two agents ended up on the "
            "same slot while the branch office stayed closed. The mistake is mine; I said so "
            "plainly at the meeting.",
            "We displayed the wrong deadline for school enrolment for three days. Nobody went "
            "looking for a culprit: we corrected it, contacted the families affected and added a "
            "second pair of eyes.",
            "I wanted to move fast on the {project} project and presented a solution that was "
            "already wrapped up. The team felt handed a fait accompli, and rightly so.",
            "{person} flagged an error in a certificate before it was signed. My first reaction "
            "was a sigh; I noticed it, and above all I said thank you for raising it.",
            "My mistake: I assumed everyone knew how to use the tool. In fact half the team had "
            "never had a proper hands-on session with {tool}.",
            "It was neither carelessness nor a repeat: a first time, in good faith, reported "
            "quickly. That's exactly the kind of mistake we must be able to talk about without "
            "fear.",
            "What changes: a three-point check before every bulk mailing, and everyone's right "
            "to ask for a second read without having to justify it.",
            "I forgot to tell {partner} about the change in opening hours. Service users they "
            "had sent our way found the door closed. I rang to apologise and we agreed on a "
            "shared channel for that kind of news.",
            "I realise I fixed the file myself instead of explaining what was wrong. Time saved "
            "today, a learning opportunity lost for the team.",
            "We underestimated appointment length: twenty minutes isn't enough for a first "
            "online application with {usagers}. We're moving to thirty minutes for that kind of "
            "request.",
            "I did tell the team about this one. A few seconds of silence, then two agents "
            "shared theirs. It was worth it.",
            "The mistake itself carries useful information: our procedure had a step that nobody "
            "really understood and everybody worked around.",
            "I answered an elected official without checking the footfall figures. I sent a "
            "correction the next day; better that than leave a wrong number doing the rounds.",
        ),
        actions=(
            "Add a second read before every bulk mailing",
            "Update the procedure sheet concerned",
            "Raise it at the team meeting, starting with my own part",
            "Contact the service users affected and offer them a new appointment",
            "Thank {person} for flagging it",
            "Organise a hands-on session on {tool} for the whole team",
            "Agree with {partner} on how we warn each other about changes to opening hours",
            "Check in a month that the fix has held",
        ),
        tags=(
            "mistake",
            "right-to-error",
            "good-faith",
            "procedure",
            "improvement",
            "learning",
        ),
        pillars=(Pillar.RIGHT_TO_ERROR, Pillar.MANAGER_ROLE),
    ),
    EntryKind.LEARNING_INCIDENT: KindContent(
        titles=(
            "Tension at the counter this morning",
            "Self-service kiosk down",
            "A service user left without an answer",
            "Incident with {tool}",
            "Queue out of control",
            "Double-booked appointments",
            "A difficult call on the phone line",
            "A file lost between two services",
            "Network outage mid-morning",
            "Looking back at Tuesday's incident",
        ),
        paragraphs=(
            "A service user lost his temper at the counter after a forty-minute wait. {person} "
            "stayed calm and offered him an appointment; he left reassured, but the team was "
            "shaken.",
            "Total outage on {tool} at 10 a.m., right at peak time. We switched to paper forms "
            "within fifteen minutes: not elegant, but nobody left empty-handed.",
            "Two service users had been given the same appointment time. The problem lay in the "
            "settings, not with the agents: the slot had been opened twice.",
            "A file passed to the {team} team sat unanswered for three weeks: each side thought "
            "the other was dealing with it. We found the hole in the process.",
            "The queue spilled out onto the square. It wasn't a lack of effort but a predictable "
            "peak: the last week before the enrolment deadline.",
            "A woman came back for the third time with the same rejected document. Nobody had "
            "explained clearly what was missing; everyone had applied the rule without really "
            "helping her.",
            "After the incident we took twenty minutes as a team with three questions: what "
            "happened, what does it mean, what do we do now. Facts first, feelings next, actions "
            "last.",
            "I notice the incident was reported to me straight away, with no attempt to hide it. "
            "A year ago that wasn't a given.",
            "Network down from 9.30 to 11. The team improvised a 'screen-free' front desk: take "
            "contact details, call back in the afternoon. Every call-back was made.",
            "A very tense call for {person}, about a refusal that wasn't ours to decide. I "
            "offered time to talk straight afterwards; protecting the team is part of the job "
            "too.",
            "What the incident shows: what we say at the front desk about {tool} doesn't match "
            "what the website says.",
            "Incident closed for the service user, not yet for the team. I'll come back to it at "
            "the meeting so that everyone knows what to do next time.",
        ),
        actions=(
            "Hold a team debrief on the incident within a fortnight",
            "Write a what-to-do sheet for outages on {tool}",
            "Fix the appointment slot settings",
            "Bring the website and front-desk information into line",
            "Offer {person} time to talk after that difficult call",
            "Clarify who owns files passed between services",
            "Plan extra cover for deadline weeks",
            "Call the service user back to make sure the file is sorted",
        ),
        tags=(
            "incident",
            "front-desk",
            "service-users",
            "procedure",
            "debrief",
            "continuity",
        ),
        pillars=(Pillar.RIGHT_TO_ERROR, Pillar.INCLUSION, Pillar.AGENT_SUPPORT),
    ),
    EntryKind.LEARNING_INSIGHT: KindContent(
        titles=(
            "What I understood this week",
            "Service users don't read our posters",
            "Lightbulb moment in the workshop",
            "Silence isn't agreement",
            "Supporting isn't doing it for them",
            "An idea from the front line",
            "What the {project} project is teaching me",
            "My meetings are too long",
            "Digital doesn't replace the front desk",
            "Really taking the time",
        ),
        paragraphs=(
            "After watching the lobby for an hour, I saw that nobody reads the signs: people "
            "head straight for the nearest person. Our information has to go through the agents, "
            "not the walls.",
            "I've understood that silence in a meeting doesn't mean agreement. Using {method}, "
            "the same people voiced reservations they would never have said out loud.",
            "Helping a service user with {tool} doesn't mean doing it for them. It takes longer "
            "the first time and pays off the second.",
            "Meeting {usagers}, I realised the problem was our vocabulary, not digital tools as "
            "such.",
            "The best ideas in the {project} project came from the front-desk agents, not from "
            "the steering committees. I need to give them more room from the outset.",
            "I spend more time signing things off than listening. In a typical week I'd put it "
            "at two thirds to one third; I'd like to flip that by the summer.",
            "The resistance I hear nearly always carries useful information. When {person} says "
            "'that'll never work', there's front-line experience behind it that I don't have.",
            "The agents most wary of change are often the ones who care most about the quality "
            "of the service. It isn't opposition, it's attachment.",
            "A change announced isn't a change embedded. Three months after launch, old habits "
            "come back as soon as it gets busy.",
            "A culture where mistakes are allowed can't be decreed. It shows in how I react the "
            "first time someone reports one to me.",
            "Working with {partner} on the same service users changes how I see the counter: "
            "we're only one step in their journey.",
            "It wasn't the training that moved the team forward, it was the buddy pairs that "
            "followed. Peer learning works better here than I expected.",
            "Small experiment, big effect: moving the reception desk two metres halved the "
            "back-and-forth.",
        ),
        actions=(
            "Share this with the team at the next meeting",
            "Test simpler signs with three service users",
            "Rewrite the guidance on {tool} in service users' own words",
            "Bring front-desk agents into the next kick-off meeting",
            "Note each week the time spent signing off and the time spent listening",
            "Offer the next newcomers a peer buddy",
            "Come back to this in a month to see if it holds",
            "Talk it over with {person}",
        ),
        tags=(
            "insight",
            "lightbulb",
            "observation",
            "real-use",
            "stance",
            "front-line",
        ),
        pillars=(Pillar.EXPERIMENTATION, Pillar.INCLUSION, Pillar.MANAGER_ROLE),
    ),
    EntryKind.ONE_TO_ONE: KindContent(
        titles=(
            "One-to-one with {person}",
            "Monthly one-to-one",
            "Talking about career wishes",
            "Support with {tool}",
            "Debrief on the training course",
            "Review of the first six months",
            "What motivates {person}",
            "Preparing the annual review",
            "Check-in after a hard patch",
            "Interpersonal skills at the counter: talking it through",
        ),
        paragraphs=(
            "An hour with {person}, with no imposed agenda. I mostly asked open questions and "
            "tried not to suggest any solution before the end.",
            "{person} is comfortable with the procedures but much less so when it comes to "
            "walking a service user through {tool} step by step. We talked about stance more "
            "than about the tool.",
            "Wish expressed: to take charge of welcoming newcomers to the team. I think it's a "
            "good idea and I want to hand over the organisation of it.",
            "We talked about interpersonal skills: how to say no to a service user without "
            "shutting the door, how to rephrase a muddled request. {person} has instincts others "
            "could learn from.",
            "CNFPT course on receiving people in difficult situations: very positive feedback. "
            "The role-plays were what helped most.",
            "I asked {person} to rank what matters most in their work. Autonomy and feeling "
            "useful came top, well ahead of status.",
            "The last few months have been heavy. I didn't try to fix everything: we agreed to "
            "lighten two tasks until September and meet again in three weeks.",
            "Goal agreed together: run one digital help session a week within two months, with a "
            "buddy at the start.",
            "{person} worries about the job 'disappearing behind screens'. I acknowledged the "
            "worry without brushing it aside, and we looked at what in their work will stay "
            "irreplaceable.",
            "I notice I talk too much in these conversations. This time I counted: three "
            "solutions offered before I'd even understood the question.",
            "Wish to move to the {team} team in the medium term. I'd rather know now and help "
            "prepare the move than find out on the day they leave.",
            "Skills check: routine applications are mastered; supporting service users who are "
            "far from digital tools is still hard. Idea: a day shadowing a digital adviser.",
            "{person} offered to train two colleagues on {tool}. I want that time to come out of "
            "working hours, not on top of them.",
        ),
        actions=(
            "Sign {person} up for the requested course",
            "Arrange half a day shadowing the digital adviser",
            "Lighten two tasks until September",
            "Meet again in three weeks",
            "Set up a buddy for the first help sessions",
            "Write down the agreed goal and the date of the next check-in",
            "Free up time for {person} to train colleagues on {tool}",
            "Prepare the annual review using what came out of this conversation",
        ),
        tags=(
            "one-to-one",
            "support",
            "skills",
            "soft-skills",
            "training",
            "motivation",
            "career",
        ),
        pillars=(Pillar.AGENT_SUPPORT, Pillar.MANAGER_ROLE),
    ),
    EntryKind.STAKEHOLDER_CONTACT: KindContent(
        titles=(
            "Meeting with {usagers}",
            "Meeting with {partner}",
            "Talk with the lead councillor",
            "Service-user workshop on the {project} project",
            "What the {usagers} told us",
            "Watching the counter with {person}",
            "Neighbourhood committee: feedback on reception",
            "Testing {tool} with real service users",
            "Catch-up with the deputy mayor for digital services",
            "Joint drop-in session with {partner}",
        ),
        paragraphs=(
            "Met six {usagers} at the community centre. What came up most: the feeling of being "
            "sent from one counter to the next without knowing who does what.",
            "Over at {partner}, they see the same problem as we do with {tool}: people give up "
            "at the supporting-documents stage.",
            "The councillor for citizenship wants visible results before the autumn. I suggested "
            "she spend a morning at the counter rather than read a report; she agreed.",
            "Session using {method} with {usagers} and three front-desk agents. The agents "
            "discovered difficulties they had never suspected, and the service users saw the "
            "other side of the counter.",
            "One participant told us, more or less, that she didn't want us to do it for her but "
            "to understand it for next time. The best definition of support I've heard this "
            "year.",
            "The neighbourhood committee finds reception friendly but the opening hours no good "
            "for people who work. The request for an evening opening has now come up three "
            "times.",
            "We had five volunteer service users try {tool}: three got stuck on the same screen. "
            "We'd never have found that among ourselves.",
            "Meeting with {partner} to coordinate our drop-in sessions. We often see the same "
            "people two days apart, sometimes with contradictory information.",
            "The deputy mayor for digital services wants to move fast. I understand the "
            "political stakes; I mainly stressed how much time the agents need to make the tool "
            "their own.",
            "What I take from the interviews: the {usagers} aren't asking for less digital, but "
            "for someone to ask when they get stuck.",
            "I invited {person} to the meeting with {partner}. Their knowledge of the ground was "
            "more convincing than all my arguments.",
            "The service-user associations want to be involved before, not after. They're right, "
            "and it's what our own roadmap says too.",
            "Talk with the prefecture about identity documents: waiting times have grown, and "
            "our agents bear people's frustration with no control over the cause.",
        ),
        actions=(
            "Send participants a summary within a week",
            "Tell service users what we'll do with their comments, and what we won't",
            "Fix the screen where service users get stuck on {tool}",
            "Set up a joint drop-in with {partner}",
            "Invite the lead elected official to spend a morning at the counter",
            "Bring front-desk agents into the next service-user workshop",
            "Look into an evening opening one day a week",
            "Share the quotes with the {team} team",
        ),
        tags=(
            "service-users",
            "partners",
            "elected-officials",
            "listening",
            "front-line",
            "user-journey",
        ),
        pillars=(Pillar.INCLUSION, Pillar.CO_CONSTRUCTION),
    ),
    EntryKind.RECOGNITION: KindContent(
        titles=(
            "Thank you, {person}",
            "Well done, {team} team",
            "A well-deserved thank-you",
            "Recognition: the Saturday opening",
            "What {person} made possible",
            "Thank-you card for the team",
            "An initiative worth celebrating",
            "Feedback from a service user to pass on",
            "Thanks for the patience",
            "This week's invisible work",
        ),
        paragraphs=(
            "Thank you to {person}, who spent an hour yesterday helping an elderly woman with "
            "her application, never rushing her. She came back this morning just to say so.",
            "The {team} team kept reception going through enrolment week two people short. I "
            "said so at the meeting, and I'm writing it here so I remember.",
            "{person} spotted the mistake in the form before it went to the printer. That kind "
            "of vigilance goes unseen, so I want to say it out loud.",
            "I thanked {person} in front of the team for the idea of the FAQ board. It's simple, "
            "it saves everyone time, and it came from the front line.",
            "Received an email from a service user thanking {person} by name. I passed it on as "
            "it was, with a note from me, and with their agreement we pinned it up in the staff "
            "room.",
            "Thanks for the patience, {person} especially, during those weeks of repeated "
            "outages on {tool}. Nobody took their frustration out on service users.",
            "I want to acknowledge how {person} has buddied the newcomers: nobody asked for that "
            "much care, and it makes all the difference.",
            "For the first time, it was a team member, not me, who presented our project to the "
            "committee. Well done to {person} for a clear, jargon-free presentation.",
            "Kudo of the week: {person}, for daring to say in the meeting that the procedure "
            "didn't work, and for suggesting another way of doing it.",
            "Service users don't see the work that goes into preparing wedding files. I do, and "
            "I wanted to thank the whole {team} team for their care.",
            "Thank you to {person} for agreeing to try {method} with me, when it was a first for "
            "both of us.",
            "I want to thank {partner} for their responsiveness: a file stuck for a month was "
            "unblocked in two days.",
            "Recognition said face to face, not just in writing: I did it this morning and I can "
            "see the difference.",
        ),
        actions=(
            "Tell {person} in person, not just by email",
            "Mention the initiative in the internal newsletter",
            "Pass the service user's feedback on to the whole team",
            "Suggest {person} presents the idea at the next management meeting",
            "Drop a thank-you card in the kudo box",
            "Thank {partner} in writing, copying in the lead elected official",
            "Plan a get-together to mark the end of enrolment",
            "Note this achievement for the annual review",
        ),
        tags=(
            "recognition",
            "thanks",
            "kudos",
            "team",
            "initiative",
            "pride",
        ),
        pillars=(Pillar.MANAGER_ROLE, Pillar.EMPLOYER_BRAND),
    ),
    EntryKind.SHOWCASE: KindContent(
        titles=(
            "Intranet article on the {project} project",
            "Presentation at the careers fair",
            "Job ad: talking about how we work",
            "The {project} project in the town newsletter",
            "Agent testimonial for the careers page",
            "Stand at the Public Innovation Month",
            "Presentation to the management team",
            "Short video on digital support at reception",
            "Sharing experience with a neighbouring town",
            "Service visit for the newly elected councillors",
        ),
        paragraphs=(
            "Article published on the intranet about the {project} project. I asked two agents "
            "to write it with me, so that the project does the talking and not just my "
            "dashboard.",
            "Careers fair at the secondary school: {person} spoke about front-desk work with "
            "real accuracy. Several young people discovered you can support people without being "
            "a social worker.",
            "We rewrote the front-desk agent job ad: less of a task list, more concrete detail "
            "about the team, supporting service users with {tool}, and the training on offer.",
            "Presented the {project} project to the management team. I spent as long on what "
            "didn't work as on the results; the questions were richer than usual.",
            "The town newsletter gives half a page to digital support at reception. Photo of the "
            "{team} team by the kiosk, with everyone's consent.",
            "A neighbouring town asked how we set up the drop-in sessions with {partner}. Our "
            "mistakes will be more use to them than our successes.",
            "Testimonial from {person} for the careers page: three honest, jargon-free "
            "paragraphs on what changed once we started supporting service users instead of just "
            "processing files.",
            "Two-minute video shot with the communications team. The hardest part was convincing "
            "the team that what they do every day deserves to be shown.",
            "Candidate interviewed this week: she had read the article on the {project} project, "
            "and that's what made her apply. First concrete sign that the employer-brand work is "
            "paying off.",
            "Stand during the Public Innovation Month, with a demonstration of {method}. Lots of "
            "colleagues from other services came over to ask questions.",
            "I realise we mostly showcase digital projects. The relational work done at the "
            "front desk deserves the same visibility.",
            "Agents' consent requested before publishing any photo or name. One person preferred "
            "not to appear, and that's absolutely fine.",
        ),
        actions=(
            "Have the agents quoted check the article before it goes out",
            "Propose an agent testimonial for the careers page",
            "Review current job ads with HR",
            "Send the presentation to the neighbouring town",
            "Prepare the careers-fair stand with {person}",
            "Get the agents' written consent for photos",
            "Put the {project} project forward for the next internal newsletter",
            "Share the number of applications received with the team",
        ),
        tags=(
            "showcase",
            "employer-brand",
            "intranet",
            "recruitment",
            "communication",
            "careers-fair",
        ),
        pillars=(Pillar.EMPLOYER_BRAND, Pillar.MANAGER_ROLE),
    ),
    EntryKind.CHANGE_STEP: KindContent(
        titles=(
            "Launch step: {tool}",
            "Explaining why we're changing",
            "New reception set-up, week 1",
            "First signs of resistance",
            "A small win to celebrate",
            "Three months after launch",
            "Change takes time",
            "Briefing for the agents affected",
            "Adjusting the timetable",
            "Making the new practices stick",
        ),
        paragraphs=(
            "Briefing on the new process, which will now rely on {tool}. I started with the why, "
            "in two sentences, before talking dates. The questions were about workload more than "
            "about the tool.",
            "Front-desk agents are the first affected, but so is the {team} team, who will "
            "receive the files downstream. I'd left them out of the first version of the plan.",
            "First open resistance: {person} can't see the point of changing an organisation "
            "that works. The argument deserves a hearing; some things from the old way are worth "
            "keeping.",
            "We're pushing the launch back a month. Not everyone had finished the training, and "
            "starting without it would have left agents struggling in front of service users.",
            "Session using {method} to list what's holding us back and what's pushing us "
            "forward. The brakes mentioned most: no time to learn, and fear of not knowing the "
            "answer.",
            "Small win: for the first time, the Monday queue was cleared before 11. I told the "
            "team the same day.",
            "Three months after launch, the new habits hold on quiet days and crumble on busy "
            "ones. The change isn't embedded yet, and that's fine.",
            "I shared a realistic timetable: six months for the new organisation to feel normal. "
            "Several agents told me it was the first time they'd been given an honest timescale.",
            "What I myself find hard to let go of: checking every file before it goes out. If I "
            "ask the team to change, I have to change too.",
            "Progress meeting with {partner} on the new process: a few adjustments needed on how "
            "files are handed over.",
            "We told the {usagers} by letter, posters and a message on the website. Even so, "
            "many discover the change at the counter: it will take time and patience.",
            "I'm not declaring victory too early: we're keeping the weekly check-in until the "
            "end of the year, even if everything seems to be running smoothly.",
            "Two lead agents on the {project} project relay their colleagues' questions. It "
            "works better than my briefing meetings.",
        ),
        actions=(
            "Write the why of the change in two sentences and share it",
            "Add the {team} team to the list of people affected",
            "Take time to listen to the most worried agents",
            "Celebrate the first successful week with the team",
            "Keep the weekly check-in until the end of the year",
            "Tell {partner} about the new hand-over process",
            "Plan a catch-up training session on {tool}",
            "Review at three months with the lead agents",
        ),
        tags=(
            "change",
            "change-management",
            "resistance",
            "timescale",
            "communication",
            "embedding",
        ),
        pillars=(Pillar.CHANGE, Pillar.AGENT_SUPPORT),
    ),
}


CONTENT: dict[str, dict[EntryKind, KindContent]] = {"fr": _FR, "en": _EN}


_SLOTS_FR: dict[str, tuple[str, ...]] = {
    "project": (
        "Guichet unique",
        "Accueil sans attente",
        "Rendez-vous du numérique",
        "Parcours nouvel arrivant",
        "Mairie mobile",
        "Charte d'accueil",
        "Zéro papier État civil",
        "Espace numérique accompagné",
        "Formulaires en langage clair",
        "Inscriptions scolaires en ligne",
        "Accueil téléphonique partagé",
        "Signalétique du hall",
        "Permanences de quartier",
    ),
    "method": (
        "world café",
        "brainstorming inversé",
        "1-2-4-all",
        "atelier de co-design",
        "marché aux idées",
        "speedboat",
        "carte d'empathie",
        "entretiens usagers",
        "test guerrilla",
        "lean coffee",
        "forum ouvert",
        "pré-mortem",
        "brainwriting 6-3-5",
        "six chapeaux",
    ),
    "usagers": (
        "parents d'élèves",
        "seniors",
        "demandeurs d'emploi",
        "nouveaux habitants",
        "familles monoparentales",
        "jeunes de 16 à 25 ans",
        "personnes en situation de handicap",
        "bénéficiaires du RSA",
        "étudiants",
        "futurs mariés",
        "commerçants du centre-ville",
        "aidants familiaux",
    ),
    "partner": (
        "la CAF",
        "la CPAM",
        "France Travail",
        "le centre social",
        "la médiathèque",
        "la préfecture",
        "le CCAS",
        "la MSA",
        "la mission locale",
        "le centre des finances publiques",
        "la maison départementale des solidarités",
        "le bailleur social",
    ),
    "tool": (
        "la prise de rendez-vous en ligne",
        "les démarches ANTS",
        "le portail famille",
        "la borne numérique",
        "la téléprocédure d'inscription scolaire",
        "la pré-demande de passeport en ligne",
        "le formulaire de signalement en ligne",
        "la file d'attente virtuelle",
        "le paiement en ligne de la cantine",
        "la demande d'acte de naissance en ligne",
        "le nouveau logiciel d'état civil",
        "l'agent conversationnel du site",
    ),
}


_SLOTS_EN: dict[str, tuple[str, ...]] = {
    "project": (
        "One-Stop Desk",
        "No-Wait Welcome",
        "Digital Help Tuesdays",
        "Newcomer Pathway",
        "Mobile Town Hall",
        "Welcome Charter",
        "Paperless Registry",
        "Supported Digital Corner",
        "Plain-Language Forms",
        "Online School Enrolment",
        "Shared Phone Line",
        "Lobby Signage",
        "Neighbourhood Drop-ins",
    ),
    "method": (
        "a world café",
        "reverse brainstorming",
        "1-2-4-All",
        "a co-design workshop",
        "an ideas market",
        "a speedboat retrospective",
        "an empathy map",
        "user interviews",
        "guerrilla testing",
        "Lean Coffee",
        "Open Space",
        "a premortem",
        "6-3-5 brainwriting",
        "the six thinking hats",
    ),
    "usagers": (
        "parents of schoolchildren",
        "older residents",
        "jobseekers",
        "new residents",
        "single-parent families",
        "young people aged 16 to 25",
        "disabled residents",
        "people on RSA benefit",
        "students",
        "couples planning to marry",
        "town-centre shopkeepers",
        "family carers",
    ),
    "partner": (
        "the CAF",
        "the CPAM",
        "France Travail",
        "the community centre",
        "the town library",
        "the prefecture",
        "the CCAS",
        "the MSA",
        "the local youth employment centre",
        "the public finance office",
        "the departmental social services",
        "the social housing landlord",
    ),
    "tool": (
        "online appointment booking",
        "ANTS online applications",
        "the family portal",
        "the self-service kiosk",
        "online school enrolment",
        "the online passport pre-application",
        "the online reporting form",
        "the virtual queue",
        "online payment for school meals",
        "online birth certificate requests",
        "the new civil-registry software",
        "the website chatbot",
    ),
}


# Values for every placeholder except `person` and `team`, which the app supplies.
SLOTS: dict[str, dict[str, tuple[str, ...]]] = {"fr": _SLOTS_FR, "en": _SLOTS_EN}


# Markdown section titles for an entry body (without the leading '#').
HEADINGS: dict[str, dict[str, str]] = {
    "fr": {
        "context": "Contexte",
        "actions": "Suites à donner",
        "learned": "Ce que j'en retiens",
    },
    "en": {
        "context": "Context",
        "actions": "Next steps",
        "learned": "What I take from it",
    },
}
