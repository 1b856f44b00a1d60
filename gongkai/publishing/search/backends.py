"""Search backends: one interface, one implementation per database. See docs/search.md.

A backend stores the n-gram streams of a document's *public* text and turns a query into a filter on a
Document queryset. Writes happen inside the caller's transaction, so the index can never disagree with the
register after a commit or a rollback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL

from . import tokens

# PostgreSQL keeps at most 16,383 positions in a tsvector (and 256 per lexeme); phrase matching needs
# exact positions, so long texts are indexed in overlapping chunks. The overlap is the longest query
# (in characters) guaranteed to be found across a chunk boundary.
PG_CHUNK_CHARS = 4000
PG_CHUNK_OVERLAP = 64
MAX_QUERY_CHARS = PG_CHUNK_OVERLAP


# Up to this many matches, the ids are fetched first and the page is read by primary key; beyond it the
# match stays a subquery and the database walks its date index until the page is full. Measured: a rare
# phrase as a subquery made SQLite scan the whole register in date order (25 ms at 200,000 rows, over a
# second cold), while a very common term fetched as a list would cost more than it saves.
ADAPTIVE_LIMIT = 5000


def adaptive_filter(
    qs: QuerySet[Any],
    sql: str,
    params: list[Any],
    dense: Callable[[], QuerySet[Any]] | None = None,
    probe: str = "SELECT * FROM ({sql}) AS m LIMIT %s",
) -> QuerySet[Any]:
    """`sql` selects the matching ids; `dense` (optional) builds the filter used when there are many."""
    with connection.cursor() as cur:
        cur.execute(probe.format(sql=sql), [*params, ADAPTIVE_LIMIT + 1])
        ids = [row[0] for row in cur.fetchall()]
    if len(ids) <= ADAPTIVE_LIMIT:
        result = qs.filter(pk__in=ids)
        result.search_dense = False  # type: ignore[attr-defined]
    else:
        result = dense() if dense is not None else qs.filter(pk__in=RawSQL(sql, params))
        # Counting every match would cost time proportional to the matches: search_page() skips it.
        result.search_dense = True  # type: ignore[attr-defined]
    return result


class SearchBackend(Protocol):
    name: str

    def index(self, doc_id: int, text: str) -> None: ...

    def index_many(self, items: Iterable[tuple[int, str]]) -> None: ...

    def remove(self, doc_id: int) -> None: ...

    def clear(self) -> None: ...

    def filter(self, qs: QuerySet[Any], phrases: list[list[str]]) -> QuerySet[Any]: ...


class SqliteFts5Backend:
    """SQLite FTS5 (unicode61 tokenizer over application-made bigrams): table publishing_fts, rowid = id."""

    name = "sqlite-fts5"
    table = "publishing_fts"

    def index(self, doc_id: int, text: str) -> None:
        self.index_many([(doc_id, text)])

    def index_many(self, items: Iterable[tuple[int, str]]) -> None:
        rows = [(i, tokens.bigrams(t), tokens.unigrams(t)) for i, t in items]
        with connection.cursor() as cur:
            cur.executemany(f"DELETE FROM {self.table} WHERE rowid = %s", [(r[0],) for r in rows])
            cur.executemany(f"INSERT INTO {self.table}(rowid, bigrams, unigrams) VALUES (%s, %s, %s)", rows)

    def remove(self, doc_id: int) -> None:
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM {self.table} WHERE rowid = %s", [doc_id])

    def clear(self) -> None:
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM {self.table}")

    @staticmethod
    def match_expression(phrases: list[list[str]]) -> str:
        # Tokens hold letters and digits only (tokens.py), so quoting them needs no escaping.
        parts = []
        for phrase in phrases:
            column = "unigrams" if len(phrase) == 1 and len(phrase[0]) == 1 else "bigrams"
            parts.append(f'{column} : "{" ".join(phrase)}"')
        return " AND ".join(parts)

    def filter(self, qs: QuerySet[Any], phrases: list[list[str]]) -> QuerySet[Any]:
        sql = f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s"
        params = [self.match_expression(phrases)]

        def dense() -> QuerySet[Any]:
            # Many matches: "+id" keeps SQLite from driving the query from the match list (reading and sorting
            # every match: 15-28 ms for ~10,000 matches, 0.5 s for a character in all of 1,000,000 documents);
            # it walks the date index against the in-memory match list and stops when the page is full
            # (3-4 ms and 0.1 s).
            table = qs.model._meta.db_table
            return qs.filter(RawSQL(f'+"{table}"."id" IN ({sql})', params, output_field=BooleanField()))

        return adaptive_filter(qs, sql, params, dense)


class PostgresBackend:
    """PostgreSQL stock full text: to_tsvector('simple', …) over the bigram stream, GIN-indexed
    (publishing_searchentry; stored generated tsvector columns and their indexes come from migration 0002)."""

    name = "postgres-tsvector"

    @staticmethod
    def chunks(text: str) -> list[str]:
        if len(text) <= PG_CHUNK_CHARS:
            return [text]
        step = PG_CHUNK_CHARS - PG_CHUNK_OVERLAP
        return [text[i : i + PG_CHUNK_CHARS] for i in range(0, len(text) - PG_CHUNK_OVERLAP, step)]

    def index(self, doc_id: int, text: str) -> None:
        self.index_many([(doc_id, text)])

    def index_many(self, items: Iterable[tuple[int, str]]) -> None:
        from ..models import SearchEntry

        items = list(items)
        SearchEntry.objects.filter(document_id__in=[i for i, _ in items]).delete()
        SearchEntry.objects.bulk_create(
            [
                SearchEntry(document_id=i, chunk=n, bigrams=tokens.bigrams(c), unigrams=tokens.unigrams(c))
                for i, text in items
                for n, c in enumerate(self.chunks(text))
            ],
            batch_size=2000,
        )

    def remove(self, doc_id: int) -> None:
        from ..models import SearchEntry

        SearchEntry.objects.filter(document_id=doc_id).delete()

    def clear(self) -> None:
        from ..models import SearchEntry

        SearchEntry.objects.all().delete()

    def filter(self, qs: QuerySet[Any], phrases: list[list[str]]) -> QuerySet[Any]:
        # One SELECT per phrase, intersected: each phrase may sit in a different chunk of a long document
        # (the chunks overlap, so a single phrase is never cut).
        conditions, params = [], []
        for phrase in phrases:
            if len(phrase) == 1 and len(phrase[0]) == 1:
                conditions.append("unigrams_tsv @@ plainto_tsquery('simple', %s)")
            else:
                conditions.append("bigrams_tsv @@ phraseto_tsquery('simple', %s)")
            params.append(" ".join(phrase))
        selects = [f"SELECT document_id FROM publishing_searchentry WHERE {c}" for c in conditions]

        def dense() -> QuerySet[Any]:
            # Many matches: fetching them all from the heap cost ~0.6 s at 200,000 documents; instead walk the
            # register in the page's order and probe each row's chunks (document_id index) until it is full.
            table = qs.model._meta.db_table
            out = qs
            for condition, param in zip(conditions, params, strict=True):
                # A scalar subquery with LIMIT, not EXISTS: PostgreSQL turns EXISTS into a (hash) semi-join
                # over every match, which is the cost this path avoids; a SubPlan is probed per row.
                exists = (
                    f"COALESCE((SELECT true FROM publishing_searchentry s WHERE s.document_id = {table}.id "
                    f"AND s.{condition} LIMIT 1), false)"
                )
                out = out.filter(RawSQL(exists, [param], output_field=BooleanField()))
            return out

        # MATERIALIZED: planned without the LIMIT, the match uses the GIN index; with it, PostgreSQL chose a
        # sequential scan that re-checked every row (200 ms instead of 26 ms for a common bigram).
        probe = "WITH m AS MATERIALIZED ({sql}) SELECT * FROM m LIMIT %s"
        return adaptive_filter(qs, " INTERSECT ".join(selects), params, dense, probe)


def analyze() -> None:
    """Refresh SQLite's planner statistics (PostgreSQL's autovacuum does this itself). Without them SQLite
    takes `status = 'published'` for a selective filter and walks the whole register for a rare word."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cur:
            cur.execute("ANALYZE publishing_document")


def get_backend() -> SearchBackend:
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SqliteFts5Backend()
    raise RuntimeError(f"no search backend for database {connection.vendor!r}")
