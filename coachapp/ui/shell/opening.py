"""The journal's file checked at start, and opened now or once the window has painted; a
damaged, emptied or foreign file gets the newest healthy backup offered in its place."""

from __future__ import annotations

import logging

from coachapp.context import UNREADABLE, Journal
from coachapp.errors import UserError
from coachapp.i18n import render_error, translate
from coachapp.services.protection.opening import check_at_start
from coachapp.ui.common import messages

log = logging.getLogger("coachapp.ui.shell.opening")
CLOSED = "journal_closed_as"  # the journal file as the last clean close left it


def open_or_recover(journal: Journal, *, now: bool = True) -> bool:
    """Check the journal's file, and open it (`now`) or leave that to `Journal.open` after the
    first paint; if the file is damaged, emptied or foreign, offer the newest healthy backup
    instead, naming the moment it goes back to. False if the journal cannot be shown.

    The checks read the file with the standard library alone, so that the window's frame
    paints before peewee and the models are loaded. A protected journal (its `key` known) is
    checked by opening it, since its pages are encrypted.
    """
    paths = journal.paths
    title = translate("App", "CoachApp cannot open your journal")
    try:
        closed_as = journal.settings.state(CLOSED) or ""
        check_at_start(paths.database, paths.backups, journal.key, closed_as=closed_as)
        if now:
            journal.open()
        return True
    except UNREADABLE as exc:
        log.error("Cannot open the journal: %s", exc)
        problem = render_error(exc)
    newest = journal.backups.newest_healthy()
    if newest is None:
        none_left = translate("App", "There is no healthy backup to restore.")
        messages.error(None, title, f"{problem}\n\n{none_left}")
        return False
    question = translate(
        "App",
        "{problem}\n\nRestore the newest healthy backup? You will find your journal as it was "
        "on {moment}: what you wrote since may be missing. The damaged file is kept in the "
        "backup folder.",
    ).format(problem=problem, moment=messages.moment(newest.created_at))
    if not messages.confirm(None, title, question, translate("App", "Restore")):
        return False
    journal.recover(newest.path)
    return True


def checked(journal: Journal, *, now: bool = True) -> Journal | None:
    """`journal` once `open_or_recover` accepts it, None otherwise; a refusal the user can act
    on (a newer version, a full disk) is said first."""
    try:
        return journal if open_or_recover(journal, now=now) else None
    except UserError as exc:
        messages.user_error(None, translate("App", "CoachApp cannot open your journal"), exc)
        return None
