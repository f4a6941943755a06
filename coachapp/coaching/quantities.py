"""Values a prompt's text names with their unit or article in the reader's language.

Apart from the facts (coachapp.coaching.facts) because the language layer (coachapp.i18n)
writes them, and it must not load the facts' many record types before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Days:
    """A number of days in a prompt's text, written with its unit in the reader's language
    ("1 day", "5 jours"), so no text ever says "1 days"."""

    count: int


@dataclass(frozen=True)
class Team:
    """A team named in a prompt's text, written as the language names a team ("the Accueil
    team", « l’équipe Accueil »): « avec Accueil » would read as a place."""

    name: str
