"""Demo text, in French and English, for delegation commitments and agents' skill plans. Long
because it is the text itself, one table per language whose rows must stay in step.

It feeds the demo data with decision areas placed on the seven Management 3.0 delegation levels
(1 Tell / Annoncer to 7 Delegate / Déléguer), check-in notes, reasons for changing a level,
Delegation Poker cases, and skill plans for front-desk agents moving from applying procedures to
accompanying service users with digital tools. Every sentence is our own writing, set in a
citizen-services team of a French local authority; no real person is named.

The "en" entry is the translation of the "fr" entry: same keys, and tuples of the same length in
the same order, so that index i means the same thing in both languages. Tuples hold:

- "areas": (text, kind, suggested_start_level, suggested_target_level), kind "decision" or
  "task", levels 1-7; two areas are deliberately taken back (target below start).
- "skills": (name, kind), kind "know_how" (savoir-faire) or "interpersonal" (savoir-être).
- "actions": (kind, description, provider, provider_name), kind "training", "pairing",
  "immersion" or "one_to_one"; provider "internal", "cnfpt" or "other"; provider_name is empty
  for internal actions.
- every other key: plain strings.
"""

from __future__ import annotations

from typing import Any

GROWTH_TEXT: dict[str, dict[str, Any]] = {
    "fr": {
        "areas": (
            ("Planning des permanences à l'accueil", "decision", 3, 5),
            ("Réponse aux demandes complexes reçues en ligne", "task", 2, 5),
            ("Choix de l'affichage et de la documentation au guichet", "decision", 4, 7),
            ("Traitement d'une réclamation d'usager", "task", 3, 5),
            ("Organisation du créneau d'aide numérique", "decision", 4, 6),
            ("Commande des fournitures du service", "task", 5, 7),
            ("Mise à jour des fiches de procédure", "task", 4, 6),
            ("Accueil et intégration d'un nouvel agent", "decision", 3, 4),
            ("Exceptions aux horaires d'ouverture", "decision", 2, 3),
            ("Aménagement de l'espace d'attente", "decision", 3, 5),
            ("Priorités de la file d'attente un jour d'affluence", "decision", 4, 6),
            ("Paramétrage de l'outil de prise de rendez-vous", "task", 6, 4),
            ("Réponse aux sollicitations directes d'un élu", "decision", 5, 3),
            ("Choix des thèmes des ateliers numériques", "decision", 4, 6),
        ),
        "teams": ("Accueil", "État civil", "Médiation numérique"),
        "notes_well": (
            "L'équipe a tenu le planning seule tout le mois, sans que j'aie eu à arbitrer.",
            "Les réponses en ligne partent plus vite et les usagers remercient souvent. "
            "Je n'ai relu que deux messages, par curiosité.",
            "On m'a montré le nouvel agencement du guichet, photos avant et après à l'appui ; "
            "j'ai seulement posé deux questions.",
            "Le créneau d'aide numérique affiche complet et l'équipe a ajusté les horaires "
            "d'elle-même.",
            "Une réclamation délicate a été traitée sans moi, et bien traitée. "
            "L'équipe me l'a signalé après coup, comme nous l'avions convenu.",
            "Les fiches de procédure sont à jour pour la première fois depuis longtemps ; "
            "l'équipe s'est réparti le travail.",
            "Point d'étape de dix minutes : rien à corriger, nous avons surtout parlé de la suite.",
            "J'ai résisté à l'envie d'intervenir et j'ai bien fait : la solution trouvée par "
            "l'équipe est meilleure que celle que j'avais en tête.",
        ),
        "notes_mixed": (
            "Le planning tient, mais deux échanges de créneaux se sont faits sans prévenir "
            "le reste de l'équipe.",
            "Les réponses en ligne sont justes sur le fond ; le ton reste parfois trop "
            "administratif.",
            "Bonne autonomie sur les commandes, mais un oubli d'enveloppes nous a bloqués deux "
            "jours.",
            "Ça avance, mais on vient encore me demander une validation que je n'attends plus.",
            "La réclamation a été bien gérée avec l'usager ; il manquait seulement la trace écrite "
            "dans le dossier.",
            "Le niveau convenu me semble juste, mais il faut clarifier qui informe qui, et à quel "
            "moment.",
            "L'atelier numérique a bien fonctionné, les inscriptions beaucoup moins : "
            "nous revoyons la communication ensemble.",
            "J'ai repris la main une fois par réflexe ; je l'ai reconnu devant l'équipe, mais je "
            "dois y rester attentif.",
        ),
        "notes_difficult": (
            "Semaine très tendue avec deux absences : nous avons dû redécider ensemble des "
            "priorités au jour le jour.",
            "L'équipe ne se sent pas prête pour ce niveau et me l'a dit franchement. "
            "C'est déjà une bonne chose que l'on puisse en parler.",
            "Un désaccord sur les exceptions d'horaires a créé des tensions ; je propose un temps "
            "d'échange la semaine prochaine.",
            "La nouvelle version de l'outil de rendez-vous a tout bousculé ; personne n'a eu le "
            "temps de s'occuper du reste.",
            "Un usager mécontent s'est adressé directement à un élu ; nous devons revoir ensemble "
            "le circuit de réponse.",
            "Je n'ai pas tenu le point d'étape prévu, le flou s'est installé, "
            "et c'est de mon fait.",
            "Les consignes de la direction ont changé deux fois en un mois ; l'équipe ne sait plus "
            "sur quoi elle peut décider.",
            "Une erreur dans une fiche de procédure a été reproduite au guichet ; nous en tirons "
            "les leçons sans chercher de coupable.",
        ),
        "change_reasons_up": (
            "Trois mois sans incident, et l'agent demande davantage de marge de manœuvre.",
            "La formation est terminée et la pratique est solide au guichet.",
            "L'équipe a écrit ses propres règles de décision ; je n'ai plus besoin de trancher.",
            "Mes conseils ne changent plus leurs choix : autant leur laisser la décision.",
            "Le binôme a fait ses preuves pendant la période d'affluence.",
            "Les retours des usagers sont bons et réguliers depuis le début de l'année.",
            "Je serai moins disponible ce trimestre et l'équipe est prête à prendre le relais.",
            "Les décisions prises ce mois-ci étaient argumentées et bien tracées.",
        ),
        "change_reasons_down": (
            "Nouvelle réglementation : nous décidons de nouveau ensemble, le temps de "
            "l'appropriation.",
            "Changement d'outil : je reprends la validation quelques semaines pour sécuriser "
            "la bascule.",
            "Le sujet est devenu sensible pour les élus ; nous revenons pour un temps à une "
            "décision concertée.",
            "L'équipe est en partie renouvelée ; nous repartons d'un niveau plus bas pour laisser "
            "le temps aux nouveaux venus.",
        ),
        "delegation_notes": (
            "Engagement pris en réunion d'équipe après une partie de Delegation Poker.",
            "Périmètre : les jours ordinaires seulement ; les fermetures exceptionnelles restent "
            "hors champ.",
            "Point d'étape en fin de mois, dix minutes pendant le point d'équipe.",
            "Montant plafonné : au-delà de ce qui a été convenu, on en parle avant de commander.",
            "L'équipe m'informe par écrit dans le cahier de liaison ; je le relis le vendredi.",
            "Délégation à l'essai pendant trois mois, puis bilan ensemble pour décider "
            "de la suite.",
        ),
        "poker_cases": (
            "Un usager demande un rendez-vous en dehors des horaires habituels : qui décide ?",
            "Qui choisit les outils numériques présentés pendant le créneau d'aide ?",
            "Faut-il changer le message du répondeur pendant les vacances scolaires ?",
            "Qui valide la réponse écrite à une réclamation ?",
            "Qui décide de fermer le guichet une heure pour une formation collective ?",
            "Qui désigne l'agent référent chargé d'accompagner un nouvel arrivant ?",
        ),
        "skills": (
            ("Guider un usager pas à pas dans une démarche en ligne", "know_how"),
            ("Utiliser le logiciel de prise de rendez-vous", "know_how"),
            ("Aider à créer un compte en ligne et à garder ses identifiants", "know_how"),
            ("Numériser et transmettre des pièces justificatives", "know_how"),
            ("Orienter l'usager vers le bon partenaire", "know_how"),
            ("Repérer les situations d'exclusion numérique", "know_how"),
            ("Accueillir un usager mécontent", "interpersonal"),
            ("Expliquer un refus avec clarté et respect", "interpersonal"),
            ("Rédiger avec l'usager plutôt qu'à sa place", "interpersonal"),
            ("Rassurer un usager inquiet devant l'écran", "interpersonal"),
            ("Adapter son langage à la personne en face", "interpersonal"),
            ("Partager ses savoirs avec les collègues", "interpersonal"),
        ),
        "actions": (
            (
                "training",
                "Formation à l'accompagnement des usagers dans les démarches en ligne",
                "cnfpt",
                "CNFPT, délégation régionale",
            ),
            (
                "training",
                "Stage sur l'accueil des publics en situation difficile",
                "cnfpt",
                "CNFPT, délégation régionale",
            ),
            (
                "training",
                "Module de sensibilisation à l'illectronisme",
                "cnfpt",
                "CNFPT, antenne départementale",
            ),
            (
                "pairing",
                "Binôme au guichet avec un agent expérimenté, deux matinées par semaine",
                "internal",
                "",
            ),
            (
                "immersion",
                "Journée d'immersion dans un espace France Services voisin",
                "other",
                "France Services du canton",
            ),
            (
                "immersion",
                "Demi-journée aux côtés du médiateur numérique de la médiathèque",
                "other",
                "Médiathèque intercommunale",
            ),
            (
                "one_to_one",
                "Entretien de développement pour faire le point sur les besoins",
                "internal",
                "",
            ),
            ("one_to_one", "Point mensuel d'accompagnement avec le manager", "internal", ""),
            (
                "training",
                "Prise en main du logiciel de rendez-vous avec l'éditeur",
                "other",
                "Éditeur du logiciel de rendez-vous",
            ),
            ("training", "Atelier interne d'analyse de cas difficiles", "internal", ""),
            ("pairing", "Tutorat croisé entre agents sur les outils numériques", "internal", ""),
            (
                "immersion",
                "Observation d'une permanence de la caisse d'allocations familiales",
                "other",
                "CAF, point d'accueil",
            ),
            (
                "one_to_one",
                "Retour d'observation après une séance au guichet",
                "internal",
                "",
            ),
            (
                "training",
                "Initiation aux usages de base de l'ordinateur et du smartphone",
                "other",
                "Conseiller numérique du territoire",
            ),
        ),
        "skill_notes": (
            "Nets progrès sur l'outil de rendez-vous ; reste à gagner en aisance quand la file "
            "s'allonge.",
            "La formation CNFPT a été reportée ; le binôme continue en attendant.",
            "Les usagers accompagnés reviennent moins souvent pour la même démarche : "
            "c'est encourageant.",
            "Le savoir-être progresse moins vite que le savoir-faire ; nous en reparlerons au "
            "prochain entretien.",
            "Niveau 3 atteint sur l'accueil des usagers mécontents, constaté en observation.",
            "L'agent souhaite devenir référent numérique de l'équipe ; nous construisons le "
            "parcours ensemble.",
        ),
    },
    "en": {
        "areas": (
            ("Front-desk rota planning", "decision", 3, 5),
            ("Answering complex requests received online", "task", 2, 5),
            ("Choosing the signage and leaflets at the counter", "decision", 4, 7),
            ("Handling a service user's complaint", "task", 3, 5),
            ("Organising the digital help slot", "decision", 4, 6),
            ("Ordering the service's supplies", "task", 5, 7),
            ("Updating procedure sheets", "task", 4, 6),
            ("Welcoming and onboarding a new agent", "decision", 3, 4),
            ("Exceptions to opening hours", "decision", 2, 3),
            ("Arranging the waiting area", "decision", 3, 5),
            ("Queue priorities on a busy day", "decision", 4, 6),
            ("Configuring the appointment booking tool", "task", 6, 4),
            ("Responding to direct requests from an elected official", "decision", 5, 3),
            ("Choosing topics for the digital workshops", "decision", 4, 6),
        ),
        "teams": ("Front desk", "Civil registry", "Digital help"),
        "notes_well": (
            "The team ran the rota on its own all month, without my having to settle anything.",
            "Online replies go out faster and service users often say thank you. "
            "I only reread two messages, out of curiosity.",
            "I was shown the new counter layout, with before-and-after photos; "
            "I only asked two questions.",
            "The digital help slot is fully booked and the team adjusted the times on its own.",
            "A delicate complaint was handled without me, and handled well. "
            "The team told me afterwards, as we had agreed.",
            "The procedure sheets are up to date for the first time in ages; "
            "the team shared out the work.",
            "A ten-minute check-in: nothing to correct, we mostly talked about what comes next.",
            "I resisted the urge to step in and I was right to: the team's solution is better "
            "than the one I had in mind.",
        ),
        "notes_mixed": (
            "The rota holds, but two shift swaps were made without telling the rest of the team.",
            "Online replies are right on substance; the tone is still sometimes too bureaucratic.",
            "Good autonomy on ordering, but forgetting envelopes held us up for two days.",
            "Things are moving, but people still come to me for an approval I no longer expect.",
            "The complaint was handled well with the service user; only the written record in "
            "the file was missing.",
            "The agreed level feels right, but we need to clarify who informs whom, and when.",
            "The digital workshop went well, sign-ups much less so: we are reviewing how we "
            "advertise it together.",
            "I took back control once out of habit; I owned up to it in front of the team, but I "
            "need to keep an eye on it.",
        ),
        "notes_difficult": (
            "A very tense week with two people off: we had to rework priorities together day by "
            "day.",
            "The team does not feel ready for this level and told me so plainly. "
            "It is already a good thing that we can talk about it.",
            "A disagreement over opening-hour exceptions caused tension; I am suggesting a time "
            "to talk it through next week.",
            "The new version of the appointment tool turned everything upside down; nobody had "
            "time for anything else.",
            "An unhappy service user went straight to an elected official; we need to review the "
            "reply process together.",
            "I did not hold the planned check-in, things became blurred, and that is down to me.",
            "Management's instructions changed twice in a month; the team no longer knows what "
            "it can decide.",
            "A mistake in a procedure sheet was repeated at the counter; we are learning from it "
            "without looking for someone to blame.",
        ),
        "change_reasons_up": (
            "Three months without incident, and the agent is asking for more room to manoeuvre.",
            "The training is finished and the practice at the counter is solid.",
            "The team wrote its own decision rules; I no longer need to arbitrate.",
            "My advice no longer changes their choices, so they may as well decide.",
            "The pair proved themselves during the busy period.",
            "Feedback from service users has been good and steady since the start of the year.",
            "I will be less available this quarter and the team is ready to take over.",
            "This month's decisions were well argued and well recorded.",
        ),
        "change_reasons_down": (
            "New regulation: we decide together again while we get to grips with it.",
            "New tool: I am taking back approval for a few weeks to make the switch safely.",
            "The subject has become sensitive for elected officials; for a while we go back to "
            "deciding jointly.",
            "The team is partly new; we start again from a lower level to give newcomers time.",
        ),
        "delegation_notes": (
            "Commitment made at a team meeting after a round of Delegation Poker.",
            "Scope: ordinary days only; exceptional closures stay outside it.",
            "Check-in at the end of the month, ten minutes during the team meeting.",
            "Capped amount: above what we agreed, we talk before ordering.",
            "The team keeps me informed in writing in the shared logbook; I read it on Fridays.",
            "Delegation on trial for three months, then a joint review to decide what comes next.",
        ),
        "poker_cases": (
            "A service user asks for an appointment outside the usual hours: who decides?",
            "Who chooses the digital tools shown during the help slot?",
            "Should the answerphone message change during the school holidays?",
            "Who approves the written reply to a complaint?",
            "Who decides to close the counter for an hour for a group training session?",
            "Who appoints the agent who will look after a newcomer?",
        ),
        "skills": (
            ("Guiding a service user step by step through an online procedure", "know_how"),
            ("Using the appointment booking software", "know_how"),
            ("Helping to create an online account and keep track of logins", "know_how"),
            ("Scanning and sending supporting documents", "know_how"),
            ("Referring the service user to the right partner", "know_how"),
            ("Spotting digital exclusion", "know_how"),
            ("Welcoming an upset service user", "interpersonal"),
            ("Explaining a refusal clearly and respectfully", "interpersonal"),
            ("Writing with the service user rather than for them", "interpersonal"),
            ("Reassuring a service user who is anxious at the screen", "interpersonal"),
            ("Adapting one's language to the person in front of you", "interpersonal"),
            ("Sharing know-how with colleagues", "interpersonal"),
        ),
        "actions": (
            (
                "training",
                "Course on supporting service users with online procedures",
                "cnfpt",
                "CNFPT, regional office",
            ),
            (
                "training",
                "Course on receiving members of the public in difficult situations",
                "cnfpt",
                "CNFPT, regional office",
            ),
            (
                "training",
                "Awareness module on digital illiteracy",
                "cnfpt",
                "CNFPT, local branch",
            ),
            (
                "pairing",
                "Working in a pair at the counter with an experienced agent, two mornings a week",
                "internal",
                "",
            ),
            (
                "immersion",
                "A day's immersion in a nearby France Services centre",
                "other",
                "France Services, district centre",
            ),
            (
                "immersion",
                "Half a day shadowing the library's digital mediator",
                "other",
                "Intermunicipal library",
            ),
            (
                "one_to_one",
                "Development conversation to take stock of needs",
                "internal",
                "",
            ),
            ("one_to_one", "Monthly support meeting with the manager", "internal", ""),
            (
                "training",
                "Getting started with the appointment software, run by the vendor",
                "other",
                "Appointment software vendor",
            ),
            ("training", "In-house workshop reviewing difficult cases", "internal", ""),
            ("pairing", "Reciprocal peer tutoring on digital tools", "internal", ""),
            (
                "immersion",
                "Observing a session at the family allowance office",
                "other",
                "CAF, local office",
            ),
            (
                "one_to_one",
                "Feedback after an observed session at the counter",
                "internal",
                "",
            ),
            (
                "training",
                "Introduction to basic computer and smartphone use",
                "other",
                "Local digital adviser",
            ),
        ),
        "skill_notes": (
            "Clear progress with the appointment tool; still needs more ease when the queue grows.",
            "The CNFPT course has been postponed; the pairing continues in the meantime.",
            "Service users who were supported come back less often for the same procedure: "
            "encouraging.",
            "Interpersonal skills are progressing more slowly than know-how; we will discuss it "
            "at the next one-to-one.",
            "Level 3 reached on welcoming upset service users, seen during observation.",
            "The agent would like to become the team's digital lead; we are building the path "
            "together.",
        ),
    },
}
