"""Translated names for delegations and skill plans: levels, statuses, kinds."""

from __future__ import annotations

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.i18n import render
from coachapp.services.delegations.delegation_levels import Level
from coachapp.services.delegations.delegations import AreaKind, DelegationStatus, Source, Went
from coachapp.services.people.skills import ActionKind, ActionStatus, Provider, SkillKind

_LEVELS = {
    Level.TELL: QT_TRANSLATE_NOOP("Growth", "Tell"),
    Level.SELL: QT_TRANSLATE_NOOP("Growth", "Sell"),
    Level.CONSULT: QT_TRANSLATE_NOOP("Growth", "Consult"),
    Level.AGREE: QT_TRANSLATE_NOOP("Growth", "Agree"),
    Level.ADVISE: QT_TRANSLATE_NOOP("Growth", "Advise"),
    Level.INQUIRE: QT_TRANSLATE_NOOP("Growth", "Inquire"),
    Level.DELEGATE: QT_TRANSLATE_NOOP("Growth", "Delegate"),
}

_MEANINGS = {
    Level.TELL: QT_TRANSLATE_NOOP("Growth", "I decide and announce it."),
    Level.SELL: QT_TRANSLATE_NOOP("Growth", "I decide and explain why, to win them over."),
    Level.CONSULT: QT_TRANSLATE_NOOP("Growth", "I ask for their views, then I decide."),
    Level.AGREE: QT_TRANSLATE_NOOP("Growth", "We decide together."),
    Level.ADVISE: QT_TRANSLATE_NOOP("Growth", "They decide after hearing my advice."),
    Level.INQUIRE: QT_TRANSLATE_NOOP("Growth", "They decide and tell me afterwards."),
    Level.DELEGATE: QT_TRANSLATE_NOOP("Growth", "They decide; I do not need to know."),
}

_STATUSES = {
    DelegationStatus.ACTIVE: QT_TRANSLATE_NOOP("Growth", "Active"),
    DelegationStatus.COMPLETED: QT_TRANSLATE_NOOP("Growth", "Completed"),
    DelegationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Growth", "Withdrawn"),
}

_WENT = {
    Went.WELL: QT_TRANSLATE_NOOP("Growth", "Went well"),
    Went.MIXED: QT_TRANSLATE_NOOP("Growth", "Mixed"),
    Went.DIFFICULT: QT_TRANSLATE_NOOP("Growth", "Difficult"),
}

_SOURCES = {
    Source.CREATED: QT_TRANSLATE_NOOP("Growth", "Starting level"),
    Source.FORM: QT_TRANSLATE_NOOP("Growth", "Changed in the form"),
    Source.BOARD: QT_TRANSLATE_NOOP("Growth", "Moved on the board"),
    Source.CHECKIN: QT_TRANSLATE_NOOP("Growth", "At a check-in"),
    Source.POKER: QT_TRANSLATE_NOOP("Growth", "Delegation poker"),
}

_AREA_KINDS = {
    AreaKind.DECISION: QT_TRANSLATE_NOOP("Growth", "A decision"),
    AreaKind.TASK: QT_TRANSLATE_NOOP("Growth", "A task"),
}

_SKILL_KINDS = {
    SkillKind.KNOW_HOW: QT_TRANSLATE_NOOP("Growth", "Know-how"),
    SkillKind.INTERPERSONAL: QT_TRANSLATE_NOOP("Growth", "Interpersonal skill"),
}

_SKILL_LEVELS = {
    1: QT_TRANSLATE_NOOP("Growth", "1 · Discovering: needs someone alongside"),
    2: QT_TRANSLATE_NOOP("Growth", "2 · Practising, with support"),
    3: QT_TRANSLATE_NOOP("Growth", "3 · Autonomous"),
    4: QT_TRANSLATE_NOOP("Growth", "4 · Confident: passes it on to others"),
}

_ACTION_KINDS = {
    ActionKind.TRAINING: QT_TRANSLATE_NOOP("Growth", "Training"),
    ActionKind.PAIRING: QT_TRANSLATE_NOOP("Growth", "Pairing"),
    ActionKind.IMMERSION: QT_TRANSLATE_NOOP("Growth", "Immersion"),
    ActionKind.ONE_TO_ONE: QT_TRANSLATE_NOOP("Growth", "One-to-one"),
}

_PROVIDERS = {
    Provider.INTERNAL: QT_TRANSLATE_NOOP("Growth", "In-house"),
    Provider.CNFPT: QT_TRANSLATE_NOOP("Growth", "CNFPT"),
    Provider.OTHER: QT_TRANSLATE_NOOP("Growth", "Other"),
}

_ACTION_STATUSES = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("Growth", "Planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Growth", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Growth", "Done"),
}


def level_name(level: int) -> str:
    return render(_LEVELS[Level(level)])


def level_label(level: int) -> str:
    """ "3 · Consult"."""
    return f"{level} · {level_name(level)}"


def level_meaning(level: int) -> str:
    return render(_MEANINGS[Level(level)])


def delegation_status_label(status: DelegationStatus) -> str:
    return render(_STATUSES[status])


def went_label(went: Went) -> str:
    return render(_WENT[went])


def source_label(source: Source) -> str:
    return render(_SOURCES[source])


def area_kind_label(kind: AreaKind) -> str:
    return render(_AREA_KINDS[kind])


def skill_kind_label(kind: SkillKind) -> str:
    return render(_SKILL_KINDS[kind])


def skill_level_label(level: int) -> str:
    return render(_SKILL_LEVELS[level])


def action_kind_label(kind: ActionKind) -> str:
    return render(_ACTION_KINDS[kind])


def provider_label(provider: Provider) -> str:
    return render(_PROVIDERS[provider])


def action_status_label(status: ActionStatus) -> str:
    return render(_ACTION_STATUSES[status])
