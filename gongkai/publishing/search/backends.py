"""Search backends: one interface, one implementation per database. See docs/search.md.

A backend stores the n-gram streams of a document's *public* text and turns a query into a filter on a
Document queryset. Writes happen inside the caller's transaction, so the index can never disagree with the
register after a commit or a rollback.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, Protocol

from django.db import connection
from django.db.models import BooleanField, F, Lookup, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.sql.compiler import SQLCompiler

from . import tokens

# PostgreSQL keeps at most 16,383 positions in a tsvector (and 256 per lexeme); phrase matching needs
# exact positions, so long texts are indexed in overlapping chunks. The overlap is the longest query
# (in characters) guaranteed to be found across a chunk boundary.
PG_CHUNK_CHARS = 4000
PG_CHUNK_OVERLAP = 64
MAX_QUERY_CHARS = PG_CHUNK_OVERLAP
# As created by migration 0002.
PG_GIN_INDEXES = [
    ("publishing_search_bigrams", "bigrams_tsv"),
    ("publishing_search_unigrams", "unigrams_tsv"),
]


# Up to this many matches, the ids are fetched first and the page is read by primary key; beyond it the
# match stays a subquery and the database walks its date index until the page is full. Measured: a rare
# phrase as a subquery made SQLite scan the whole register in date order (25 ms at 200,000 rows, over a
# second cold), while a very common term fetched as a list would cost more than it saves.
ADAPTIVE_LIMIT = 5000
# SQLite, many matches: beyond this many, test each row of the date walk (row_test) rather than against
# an in-memory list of every match. Measured at 1,000,000 documents, first page: the list costs ~0.1 us a
# match, the row test ~2-8 us a row walked (20 * N / matches rows): they cross near 50,000.
SQLITE_PER_ROW_ABOVE = 50_000


class InArray(Lookup[Any]):
    """`pk = ANY(%s)` with the id list as one array parameter (PostgreSQL), where `pk__in` sends one
    parameter per id. Same plan and rows. Measured at 1,000,000 documents with 3,600-4,800 ids: building
    and sending a statement with one parameter per id, and PostgreSQL parsing and planning it, cost ~10 ms
    of the page query's ~15 ms; executing it took 4-7 ms warm. The pager's count uses the same filter."""

    lookup_name = "in_array"
    prepare_rhs = False

    # Params as Any: the stubs allow only str/int, but psycopg adapts the list to one array.
    def as_sql(self, compiler: SQLCompiler, connection: Any) -> tuple[str, Any]:
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::bigint[])", (*lhs_params, list(self.rhs))


def adaptive_filter(
    qs: QuerySet[Any],
    sql: str,
    params: list[Any],
    dense: Callable[[], QuerySet[Any]] | None = None,
    probe: str = "SELECT * FROM ({sql}) AS m LIMIT %s",
    estimate: int | None = None,
    as_array: bool = False,
) -> QuerySet[Any]:
    """`sql` selects the matching ids; `dense` (optional) builds the filter used when there are many.

    `estimate`, when the backend can tell cheaply, is how many documents match: above ADAPTIVE_LIMIT the
    id probe is skipped (for a term in most documents it read thousands of rows only to be thrown away).
    `as_array` (PostgreSQL): pass the id list as one array parameter (InArray).
    """
    ids: list[Any] | None = None
    if estimate is None or estimate <= ADAPTIVE_LIMIT:
        with connection.cursor() as cur:
            cur.execute(probe.format(sql=sql), [*params, ADAPTIVE_LIMIT + 1])
            ids = [row[0] for row in cur.fetchall()]
    if ids is not None and len(ids) <= ADAPTIVE_LIMIT:
        result = qs.filter(InArray(F("pk"), ids)) if as_array and ids else qs.filter(pk__in=ids)
        result.search_dense = False  # type: ignore[attr-defined]
        result.search_matches = len(ids)  # type: ignore[attr-defined]
    else:
        result = dense() if dense is not None else qs.filter(pk__in=RawSQL(sql, params))
        # Counting every match would cost time proportional to the matches: search_page() skips it.
        result.search_dense = True  # type: ignore[attr-defined]
    return result


def is_single_term(phrases: list[list[str]]) -> bool:
    """One unigram or one bigram: the index knows how many documents hold it. (A phrase of several
    bigrams can be rare even when each bigram is common, so it keeps the id probe.)"""
    return len(phrases) == 1 and len(phrases[0]) == 1


def is_unigram(phrase: list[str]) -> bool:
    return len(phrase) == 1 and len(phrase[0]) == 1


class SearchBackend(Protocol):
    name: str

    def index(self, doc_id: int, text: str) -> None: ...

    def index_many(self, items: Iterable[tuple[int, str]]) -> None: ...

    def remove(self, doc_id: int) -> None: ...

    def clear(self) -> None: ...

    def filter(self, qs: QuerySet[Any], phrases: list[list[str]]) -> QuerySet[Any]: ...

    def bulk(self) -> AbstractContextManager[None]: ...

    def estimate(self, phrases: list[list[str]]) -> int | None: ...


class SqliteFts5Backend:
    """SQLite FTS5 (unicode61 tokenizer over application-made bigrams): table publishing_fts, rowid = id."""

    name = "sqlite-fts5"
    table = "publishing_fts"

    def index(self, doc_id: int, text: str) -> None:
        self.index_many([(doc_id, text)])

    def index_many(self, items: Iterable[tuple[int, str]]) -> None:
        rows = [(i, *tokens.streams(t)) for i, t in items]
        with connection.cursor() as cur:
            cur.executemany(f"DELETE FROM {self.table} WHERE rowid = %s", [(r[0],) for r in rows])
            cur.executemany(f"INSERT INTO {self.table}(rowid, bigrams, unigrams) VALUES (%s, %s, %s)", rows)

    def remove(self, doc_id: int) -> None:
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM {self.table} WHERE rowid = %s", [doc_id])

    def clear(self) -> None:
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM {self.table}")

    def bulk(self) -> AbstractContextManager[None]:
        return nullcontext()

    @staticmethod
    def match_expression(phrases: list[list[str]]) -> str:
        # Tokens hold letters and digits only (tokens.py), so quoting them needs no escaping.
        parts = []
        for phrase in phrases:
            column = "unigrams" if is_unigram(phrase) else "bigrams"
            parts.append(f'{column} : "{" ".join(phrase)}"')
        return " AND ".join(parts)

    def filter(self, qs: QuerySet[Any], phrases: list[list[str]]) -> QuerySet[Any]:
        sql = f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s"
        params = [self.match_expression(phrases)]
        table = qs.model._meta.db_table

        def dense() -> QuerySet[Any]:
            # Counting up to the threshold reads at most that many rowids from the index (<= 2 ms).
            with connection.cursor() as cur:
                cur.execute(f"SELECT count(*) FROM ({sql} LIMIT %s)", [*params, SQLITE_PER_ROW_ABOVE + 1])
                many = cur.fetchone()[0] > SQLITE_PER_ROW_ABOVE
            if many:
                # A term in most documents: test the few rows the walk needs (~20 * N / matches).
                return qs.filter(self.row_test(phrases, table))
            # Many matches: "+id" keeps SQLite from driving the query from the match list (reading and sorting
            # every match); it walks the date index against the in-memory match list and stops when the page
            # is full (1.2 ms for 6,800 matches at 1,000,000 documents; 12 ms for 120,000, where the row
            # test took 1.5 ms).
            return qs.filter(RawSQL(f'+"{table}"."id" IN ({sql})', params, output_field=BooleanField()))

        return adaptive_filter(qs, sql, params, dense, estimate=self.estimate(phrases))

    def row_test(self, phrases: list[list[str]], table: str) -> RawSQL:
        """Does this register row hold every phrase? Read from the row's own index text, not by MATCH.

        A phrase matches when its tokens stand next to each other in the column's token stream; the stream
        is stored as space-separated tokens, so that is a substring test on " tok1 tok2 ". Measured at
        1,000,000 documents: ~2-8 us a row, against ~50 us for a per-row MATCH (FTS5 parses the query and
        opens a cursor each time), and against 0.1 s for building the list of a character's 1,000,000 matches.
        """
        tests, params = [], []
        for phrase in phrases:
            column = "unigrams" if is_unigram(phrase) else "bigrams"
            tests.append(
                f"(SELECT instr(' ' || f.{column} || ' ', %s) FROM {self.table} f "
                f'WHERE f.rowid = "{table}"."id") > 0'
            )
            params.append(f" {' '.join(phrase)} ")
        return RawSQL(" AND ".join(tests), params, output_field=BooleanField())

    def estimate(self, phrases: list[list[str]]) -> int | None:
        """None: the probe is cheap here (FTS5 returns rowids from the index, ~0.2 ms for 5,001)."""
        return None


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
        rows = [(i, n, *tokens.streams(c)) for i, text in items for n, c in enumerate(self.chunks(text))]
        # COPY: faster than multi-row INSERT for a bulk load, and as transactional.
        copy_sql = "COPY publishing_searchentry (document_id, chunk, bigrams, unigrams) FROM STDIN"
        with connection.cursor() as cur, cur.cursor.copy(copy_sql) as copy:
            for row in rows:
                copy.write_row(row)

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Load many rows without maintaining the GIN indexes row by row: drop them, build them once at the
        end (1,000,000 documents: ~23 minutes of inserts into indexed tables before). Only for rebuild() and
        the benchmark; the DROP holds an exclusive lock on the table until the caller's transaction ends."""
        with connection.cursor() as cur:
            for name, _ in PG_GIN_INDEXES:
                cur.execute(f"DROP INDEX IF EXISTS {name}")
        try:
            yield
        except BaseException:
            # Inside a transaction the rollback brings the indexes back (and the aborted transaction could
            # not build them); outside one, build them now.
            if not connection.in_atomic_block:
                self.create_indexes()
            raise
        self.create_indexes()

    @staticmethod
    def create_indexes() -> None:
        with connection.cursor() as cur:
            in_transaction = connection.in_atomic_block
            if in_transaction:
                # Django's foreign keys are checked at commit; PostgreSQL will not build an index on a table
                # with such checks pending, so run them now (and defer again afterwards).
                cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cur.execute("SET LOCAL maintenance_work_mem = '256MB'")
            else:
                cur.execute("SET maintenance_work_mem = '256MB'")
            for name, column in PG_GIN_INDEXES:
                cur.execute(
                    f"CREATE INDEX IF NOT EXISTS {name} ON publishing_searchentry USING gin ({column})"
                )
            if in_transaction:
                cur.execute("SET CONSTRAINTS ALL DEFERRED")
            else:
                cur.execute("RESET maintenance_work_mem")

    def remove(self, doc_id: int) -> None:
        from ..models import SearchEntry

        SearchEntry.objects.filter(document_id=doc_id).delete()

    def clear(self) -> None:
        from ..models import SearchEntry

        SearchEntry.objects.all().delete()

    def filter(self, qs: QuerySet[Any], phrases: list[list[str]]) -> QuerySet[Any]:
        # One SELECT per phrase, intersected: each phrase may sit in a different chunk of a long document
        # (the chunks overlap, so a single phrase is never cut).
        conditions, params = self.conditions(phrases)
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
        sql = " INTERSECT ".join(selects)
        return adaptive_filter(qs, sql, params, dense, probe, self.estimate(phrases), as_array=True)

    @staticmethod
    def conditions(phrases: list[list[str]]) -> tuple[list[str], list[str]]:
        conditions, params = [], []
        for phrase in phrases:
            if is_unigram(phrase):
                conditions.append("unigrams_tsv @@ plainto_tsquery('simple', %s)")
            else:
                conditions.append("bigrams_tsv @@ phraseto_tsquery('simple', %s)")
            params.append(" ".join(phrase))
        return conditions, params

    def estimate(self, phrases: list[list[str]]) -> int | None:
        """For a single-term query, the planner's row estimate: from the tsvector element statistics ANALYZE
        keeps (most common lexemes and their frequencies), so a common term costs a plan, not a probe.

        A lexeme missing from the statistics is estimated at a fixed fraction of the table (at most 0.5%),
        which grows with the table and would send a rare term to the walk; so the estimate counts only
        when it beats that of a lexeme that cannot exist (tokens never hold "_"), else 0. None for other
        queries."""
        if not is_single_term(phrases):
            return None
        conditions, params = self.conditions(phrases)
        column = conditions[0].split(" ", 1)[0]
        rows = []
        with connection.cursor() as cur:
            for condition, param in ((conditions[0], params), (f"{column} @@ %s::tsquery", ["'_'"])):
                cur.execute(
                    f"EXPLAIN (FORMAT JSON) SELECT 1 FROM publishing_searchentry WHERE {condition}", param
                )
                plan = cur.fetchone()[0]
                if isinstance(plan, str):
                    plan = json.loads(plan)
                rows.append(int(plan[0]["Plan"]["Plan Rows"]))
        term, unknown = rows
        return term if term > unknown else 0


def analyze(*, everything: bool = False) -> None:
    """Refresh the planner statistics after a bulk change. Without them SQLite takes `status = 'published'`
    for a selective filter and walks the whole register for a rare word. PostgreSQL's autovacuum does this
    itself; `everything` (rebuild, benchmark) runs it at once there too, since the term estimates that pick
    the plan lag until autovacuum gets to the table. Not by default: with the larger statistics target
    (migration 0003) ANALYZE of the index table took 9-16 s at 1,000,000 documents."""
    with connection.cursor() as cur:
        if connection.vendor == "sqlite":
            cur.execute("ANALYZE publishing_document")
        elif connection.vendor == "postgresql" and everything:
            cur.execute("ANALYZE publishing_document")
            cur.execute("ANALYZE publishing_searchentry")


def get_backend() -> SearchBackend:
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SqliteFts5Backend()
    raise RuntimeError(f"no search backend for database {connection.vendor!r}")
