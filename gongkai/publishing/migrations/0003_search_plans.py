"""Structures the search's query plans rely on (docs/search.md, "Choosing the query plan").

- Indexes in the catalog's order (Document.Meta.ordering: published_on, signed_on, id, newest first) behind
  its equality filters: the register, one organisation's part of it, one topic's. Without them SQLite
  cannot read the register in that order (status/published_on leaves signed_on to a sort), so for a common
  search term it sorted every match: 0.5-0.7 s at 1,000,000 documents; filtered by organisation it tested
  each of the organisation's documents (0.5 s); within a topic, PostgreSQL read ten rows for each one in
  the topic (38 ms instead of 22 ms). With them both databases walk the index and stop when the page is
  full.
- PostgreSQL: a larger statistics target for the tsvector columns, so ANALYZE keeps the frequency of every
  bigram in more than ~0.3% of documents (10,000 lexemes instead of 1,000) and of every character in more
  than ~0.1% (instead of ~1%); the search reads the planner's estimate to choose its plan. ANALYZE of
  1,000,000 rows took 9-16 s instead of ~3 s.

Plain SQL, not Meta.indexes: models.py is the register's, the indexes are the search's. IF NOT EXISTS lets
an index created by hand (CONCURRENTLY, on a large table) stand.
"""

from typing import Any

from django.db import migrations

INDEXES = {
    "publishing_catalog_order": "status, disclosure, published_on, signed_on, id",
    "publishing_catalog_org_order": "organisation_id, status, disclosure, published_on, signed_on, id",
    "publishing_catalog_topic_order": "topic, status, disclosure, published_on, signed_on, id",
}
PG_STATISTICS = (
    "ALTER TABLE publishing_searchentry ALTER COLUMN bigrams_tsv SET STATISTICS {0}, "
    "ALTER COLUMN unigrams_tsv SET STATISTICS {0}"
)


def forwards(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        return
    for name, columns in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON publishing_document ({columns})")
    if vendor == "postgresql":
        schema_editor.execute(PG_STATISTICS.format(1000))


def backwards(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    if vendor == "postgresql":
        schema_editor.execute(PG_STATISTICS.format(-1))


class Migration(migrations.Migration):
    dependencies = [("publishing", "0002_search_index")]
    operations = [migrations.RunPython(forwards, backwards)]
