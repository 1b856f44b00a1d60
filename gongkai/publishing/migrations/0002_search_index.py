"""Vendor-specific search structures (gongkai/publishing/search): an FTS5 table on SQLite, GIN expression
indexes over to_tsvector('simple', …) on PostgreSQL. Neither needs an extension or a dictionary."""

from typing import Any

from django.db import migrations

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS publishing_fts USING fts5("
    "bigrams, unigrams, tokenize = 'unicode61 remove_diacritics 0')"
)
# Stored (generated) tsvectors: a phrase query rechecks positions on every candidate row, and re-parsing
# the text there (an expression index) made 4-character queries ~100x slower.
PG_CREATE = [
    "ALTER TABLE publishing_searchentry ADD COLUMN IF NOT EXISTS bigrams_tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, bigrams)) STORED",
    "ALTER TABLE publishing_searchentry ADD COLUMN IF NOT EXISTS unigrams_tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, unigrams)) STORED",
    "CREATE INDEX IF NOT EXISTS publishing_search_bigrams ON publishing_searchentry USING gin (bigrams_tsv)",
    "CREATE INDEX IF NOT EXISTS publishing_search_unigrams ON publishing_searchentry USING gin (unigrams_tsv)",
]


def forwards(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_CREATE)
    elif vendor == "postgresql":
        for sql in PG_CREATE:
            schema_editor.execute(sql)


def backwards(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS publishing_fts")
    elif vendor == "postgresql":
        schema_editor.execute("ALTER TABLE publishing_searchentry DROP COLUMN IF EXISTS bigrams_tsv")
        schema_editor.execute("ALTER TABLE publishing_searchentry DROP COLUMN IF EXISTS unigrams_tsv")


class Migration(migrations.Migration):
    dependencies = [("publishing", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
