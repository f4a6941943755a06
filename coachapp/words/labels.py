"""Translated names for the values services use (kinds of people, kinds of backups...)."""

from __future__ import annotations

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.i18n import render
from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryKind
from coachapp.services.people.people import PersonKind
from coachapp.services.rituals.methods import Method, Purpose
from coachapp.services.rituals.rituals import Stakeholder, Status

_KINDS = {
    PersonKind.AGENT: QT_TRANSLATE_NOOP("Labels", "Agent"),
    PersonKind.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
    PersonKind.USAGER_REPRESENTATIVE: QT_TRANSLATE_NOOP("Labels", "Service-user representative"),
    PersonKind.ELECTED_OFFICIAL: QT_TRANSLATE_NOOP("Labels", "Elected official"),
    PersonKind.PARTNER: QT_TRANSLATE_NOOP("Labels", "Partner"),
    PersonKind.COACH: QT_TRANSLATE_NOOP("Labels", "Coach"),
    PersonKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_RECORD_KINDS = {
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "entry": QT_TRANSLATE_NOOP("Labels", "Journal entry"),
    "ritual": QT_TRANSLATE_NOOP("Labels", "Ritual"),
    "delegation": QT_TRANSLATE_NOOP("Labels", "Delegation"),
    "skill": QT_TRANSLATE_NOOP("Labels", "Skill"),
    "experiment": QT_TRANSLATE_NOOP("Labels", "Experiment"),
}

_PURPOSES = {
    Purpose.UNDERSTAND_USERS: QT_TRANSLATE_NOOP("Labels", "Understand users"),
    Purpose.CONNECT: QT_TRANSLATE_NOOP("Labels", "Connect"),
    Purpose.DIVERGE: QT_TRANSLATE_NOOP("Labels", "Open up ideas"),
    Purpose.CONVERGE: QT_TRANSLATE_NOOP("Labels", "Narrow down"),
    Purpose.DECIDE: QT_TRANSLATE_NOOP("Labels", "Decide"),
    Purpose.REFLECT: QT_TRANSLATE_NOOP("Labels", "Reflect"),
    Purpose.CELEBRATE: QT_TRANSLATE_NOOP("Labels", "Celebrate"),
}

_STAKEHOLDERS = {
    Stakeholder.AGENTS: QT_TRANSLATE_NOOP("Labels", "Agents"),
    Stakeholder.MANAGERS: QT_TRANSLATE_NOOP("Labels", "Managers"),
    Stakeholder.USAGERS: QT_TRANSLATE_NOOP("Labels", "Service users"),
    Stakeholder.ELECTED: QT_TRANSLATE_NOOP("Labels", "Elected officials"),
    Stakeholder.PARTNERS: QT_TRANSLATE_NOOP("Labels", "Partners"),
    Stakeholder.OTHER: QT_TRANSLATE_NOOP("Labels", "Others"),
}

_STATUSES = {
    Status.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    Status.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

_ENTRY_KINDS = {
    EntryKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
    EntryKind.DECISION: QT_TRANSLATE_NOOP("Labels", "Decision"),
    EntryKind.LEARNING_ERROR: QT_TRANSLATE_NOOP("Labels", "Learning: a mistake"),
    EntryKind.LEARNING_INCIDENT: QT_TRANSLATE_NOOP("Labels", "Learning: an incident"),
    EntryKind.LEARNING_INSIGHT: QT_TRANSLATE_NOOP("Labels", "Learning: an insight"),
    EntryKind.ONE_TO_ONE: QT_TRANSLATE_NOOP("Labels", "One-to-one with an agent"),
    EntryKind.STAKEHOLDER_CONTACT: QT_TRANSLATE_NOOP("Labels", "Contact with a stakeholder"),
    EntryKind.RECOGNITION: QT_TRANSLATE_NOOP("Labels", "Recognition"),
    EntryKind.SHOWCASE: QT_TRANSLATE_NOOP("Labels", "Showcasing a project"),
    EntryKind.CHANGE_STEP: QT_TRANSLATE_NOOP("Labels", "Change step"),
}

_PILLARS = {
    Pillar.EXPERIMENTATION: QT_TRANSLATE_NOOP("Labels", "Experimentation and risk-taking"),
    Pillar.RIGHT_TO_ERROR: QT_TRANSLATE_NOOP("Labels", "Right to error"),
    Pillar.CO_CONSTRUCTION: QT_TRANSLATE_NOOP(
        "Labels", "Co-construction and collective intelligence"
    ),
    Pillar.INCLUSION: QT_TRANSLATE_NOOP("Labels", "Including every stakeholder"),
    Pillar.AGENT_SUPPORT: QT_TRANSLATE_NOOP("Labels", "Supporting agents' skills"),
    Pillar.MANAGER_ROLE: QT_TRANSLATE_NOOP("Labels", "The manager's role"),
    Pillar.EMPLOYER_BRAND: QT_TRANSLATE_NOOP("Labels", "Employer attractiveness"),
    Pillar.CHANGE: QT_TRANSLATE_NOOP("Labels", "Openness to change, and giving it time"),
}

_MOODS = {
    1: QT_TRANSLATE_NOOP("Labels", "1 · very low"),
    2: QT_TRANSLATE_NOOP("Labels", "2 · low"),
    3: QT_TRANSLATE_NOOP("Labels", "3 · even"),
    4: QT_TRANSLATE_NOOP("Labels", "4 · good"),
    5: QT_TRANSLATE_NOOP("Labels", "5 · very good"),
}

_BACKUP_REASONS = {
    "auto": QT_TRANSLATE_NOOP("Labels", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Made by you"),
    "before-restore": QT_TRANSLATE_NOOP("Labels", "Before a restore"),
    "before-demo": QT_TRANSLATE_NOOP("Labels", "Before demo data"),
}
_UPGRADE = QT_TRANSLATE_NOOP("Labels", "Before an upgrade")


def kind_label(kind: PersonKind) -> str:
    return render(_KINDS[kind])


def entry_kind_label(kind: EntryKind) -> str:
    return render(_ENTRY_KINDS[kind])


def pillar_label(pillar: Pillar) -> str:
    return render(_PILLARS[pillar])


def purpose_label(purpose: Purpose) -> str:
    return render(_PURPOSES[purpose])


def stakeholder_label(stakeholder: Stakeholder) -> str:
    return render(_STAKEHOLDERS[stakeholder])


def status_label(status: Status) -> str:
    return render(_STATUSES[status])


def scale_label(value: int) -> str:
    """1-5 mood or energy, with words."""
    return render(_MOODS[value])


def record_kind_label(kind: str) -> str:
    message = _RECORD_KINDS.get(kind)
    return render(message) if message else kind


def backup_reason_label(reason: str) -> str:
    if reason.startswith("before-v"):
        return render(_UPGRADE)
    message = _BACKUP_REASONS.get(reason)
    return render(message) if message else reason


def method_size(method: Method) -> str:
    """How long the method takes and for how many people, e.g. "30 to 60 minutes · 4 to 12"."""
    low, high = method.minutes
    if low == high:
        minutes = render(QT_TRANSLATE_NOOP("Labels", "{low} minutes"), {"low": low})
    else:
        minutes = render(
            QT_TRANSLATE_NOOP("Labels", "{low} to {high} minutes"), {"low": low, "high": high}
        )
    few, many = method.group
    if many is None:
        group = render(QT_TRANSLATE_NOOP("Labels", "{low} people or more"), {"low": few})
    else:
        group = render(
            QT_TRANSLATE_NOOP("Labels", "{low} to {high} people"), {"low": few, "high": many}
        )
    return f"{minutes} · {group}"
