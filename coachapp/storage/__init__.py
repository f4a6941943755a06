"""Persistence: the journal database, its schema, migrations and backups (peewee on SQLite)."""
