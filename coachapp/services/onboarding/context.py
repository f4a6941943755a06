"""The manager's context, told at the first start and changeable in the setup assistant: the
kind of organisation, the service, the size of the team. All optional, kept in the settings
file with the window's state (a description of oneself, not something IT sets for everyone).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coachapp.config import Settings

ORGANISATION_STATE = "context.organisation"
SERVICE_STATE = "context.service"
TEAM_SIZE_STATE = "context.team_size"
MAX_TEAM_SIZE = 999


class Organisation(StrEnum):
    UNSAID = ""
    COMMUNE = "commune"
    INTERCOMMUNALITY = "intercommunality"
    DEPARTMENT = "department"
    REGION = "region"
    LOCAL_BODY = "local_body"  # CCAS, management centre, syndicate...
    STATE = "state"
    HEALTH_SOCIAL = "health_social"
    OTHER = "other"


@dataclass(frozen=True)
class ManagerContext:
    organisation: Organisation = Organisation.UNSAID
    service: str = ""
    team_size: int = 0  # 0: not said


def read_context(settings: Settings) -> ManagerContext:
    """What was told, anything unreadable read as not said."""
    organisation = settings.state(ORGANISATION_STATE) or ""
    size = settings.state(TEAM_SIZE_STATE) or ""
    return ManagerContext(
        Organisation(organisation) if organisation in set(Organisation) else Organisation.UNSAID,
        settings.state(SERVICE_STATE) or "",
        int(size) if size.isdigit() and int(size) <= MAX_TEAM_SIZE else 0,
    )


def keep_context(settings: Settings, context: ManagerContext) -> None:
    settings.set_state(ORGANISATION_STATE, context.organisation.value)
    settings.set_state(SERVICE_STATE, " ".join(context.service.split())[:200])
    settings.set_state(TEAM_SIZE_STATE, str(min(max(context.team_size, 0), MAX_TEAM_SIZE)))
