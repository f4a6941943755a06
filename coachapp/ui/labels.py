"""Translated names for the values services use (kinds of people, kinds of backups...)."""

from __future__ import annotations

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.i18n import render
from coachapp.services.people import PersonKind

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


def record_kind_label(kind: str) -> str:
    message = _RECORD_KINDS.get(kind)
    return render(message) if message else kind


def backup_reason_label(reason: str) -> str:
    if reason.startswith("before-v"):
        return render(_UPGRADE)
    message = _BACKUP_REASONS.get(reason)
    return render(message) if message else reason
