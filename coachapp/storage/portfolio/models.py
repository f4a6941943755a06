"""The portfolio's tables as peewee models (created by its migrations, never `create_table`).

Everything a coachee's name or text is in hangs from their `coachee` row by a foreign key that
cascades, so erasing the row erases them whole.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from coachapp.storage.models import UtcDateTimeField
from coachapp.storage.portfolio.database import portfolio_db


class PortfolioModel(Model):
    class Meta:
        database = portfolio_db
        legacy_table_names = False


class Coachee(PortfolioModel):
    """A manager the coach follows, by the name the coach gives them."""

    id = AutoField()
    uuid = TextField(unique=True)
    name = TextField()
    name_key = TextField(unique=True)  # folded: "Hélène" and "helene" are one coachee
    notes = TextField(default="")  # the coach's own, never in a feedback file
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()


class CoacheeJournal(PortfolioModel):
    """A journal whose exports are this coachee's (a new workstation may give them another)."""

    journal_id = TextField(primary_key=True)
    coachee = ForeignKeyField(Coachee, on_delete="CASCADE", column_name="coachee_id")
    coachee_id: int  # peewee's accessor for the column, declared for type checkers

    class Meta:
        table_name = "coachee_journal"


class StoredExport(PortfolioModel):
    """One export read in: the document whole (compressed), what the overview reads of it
    (`facts`) and what the change digest compares (`catalogue`)."""

    id = AutoField()
    export_id = TextField(unique=True)
    coachee = ForeignKeyField(Coachee, on_delete="CASCADE", column_name="coachee_id")
    coachee_id: int  # peewee's accessor for the column, declared for type checkers
    journal_id = TextField(null=True)
    file_name = TextField()
    source = TextField(default="")  # where it was added from (erasing may delete it there)
    added_at = UtcDateTimeField()
    exported_at = UtcDateTimeField()
    pseudonymised = BooleanField(default=False)
    first_day = TextField(null=True)  # the entries' first and last day
    last_day = TextField(null=True)
    entries = IntegerField(default=0)
    facts = TextField()  # JSON
    catalogue = BlobField()  # zlib JSON
    document = BlobField()  # zlib JSON

    class Meta:
        table_name = "stored_export"


class Session(PortfolioModel):
    """A meeting with a coachee, held or to come, and the coach's private notes on it."""

    id = AutoField()
    uuid = TextField(unique=True)
    coachee = ForeignKeyField(Coachee, on_delete="CASCADE", column_name="coachee_id")
    coachee_id: int  # peewee's accessor for the column, declared for type checkers
    day = TextField()
    notes = TextField(default="")
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()


class ReviewDraft(PortfolioModel):
    """The feedback being written on one export (a coachapp-feedback document)."""

    export = ForeignKeyField(
        StoredExport, on_delete="CASCADE", column_name="export_id", primary_key=True
    )
    document = TextField()
    updated_at = UtcDateTimeField()

    class Meta:
        table_name = "review_draft"


class WrittenFile(PortfolioModel):
    """A file written for a coachee (a feedback file, a preparation sheet): listed in the
    sharing record, and deleted with the coachee."""

    id = AutoField()
    coachee = ForeignKeyField(Coachee, on_delete="CASCADE", column_name="coachee_id")
    coachee_id: int  # peewee's accessor for the column, declared for type checkers
    kind = TextField()  # feedback, sheet
    path = TextField()
    written_at = UtcDateTimeField()
    export_id = TextField(default="")
    feedback_id = TextField(default="")
    items = IntegerField(default=0)  # comments in a feedback file

    class Meta:
        table_name = "written_file"


class Erasure(PortfolioModel):
    """A coachee erased: when, and how much went; never who."""

    id = AutoField()
    at = UtcDateTimeField()
    exports = IntegerField()
    files = IntegerField()
