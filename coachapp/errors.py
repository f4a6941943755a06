"""Errors a user can act on, carrying untranslated text that the UI or CLI translates.

Services and storage have no Qt, so they cannot translate. They mark their messages with
`QT_TRANSLATE_NOOP(context, text)` (pyside6-lupdate collects those calls into the .ts
catalogues) and the presentation layer renders them with `coachapp.i18n.render`.
Placeholders use `{name}` fields filled from the error's params.
"""

from __future__ import annotations

from typing import NamedTuple


class Message(NamedTuple):
    context: str
    text: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:
    """Mark `text` for translation in `context` without translating it now."""
    return Message(context, text)


class UserError(Exception):
    """Something the user can fix or must know about; never a bug."""

    def __init__(self, message: Message, **params: object) -> None:
        super().__init__(message.text.format(**params))
        self.message = message
        self.params = params


class ValidationError(UserError):
    """Input that cannot be saved; `field` names the offending input."""

    def __init__(self, field: str, message: Message, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field


class NotFoundError(UserError):
    """The record asked for does not exist (any more)."""
