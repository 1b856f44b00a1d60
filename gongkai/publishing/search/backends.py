"""Search backends: one interface, one implementation per database. See docs/search.md.

A backend stores the n-gram streams of a document's *public* text and turns a query into a filter on a
Document queryset. Writes happen inside the caller's transaction, so the index can never disagree with the
register after a commit or a rollback.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from . import tokens

# PostgreSQL keeps at most 16,383 positions in a tsvector (and 256 per lexeme); phrase matching needs
# exact positions, so long texts are indexed in overlapping chunks. The overlap is the longest query
# (in characters) guaranteed to be found across a chunk boundary.
PG_CHUNK_CHARS = 4000
PG_CHUNK_OVERLAP = 64
MAX_QUERY_CHARS = PG_CHUNK_OVERLAP


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
        return qs.filter(pk__in=RawSQL(sql, [self.match_expression(phrases)]))


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
        # One subquery per phrase: each phrase may sit in a different chunk of a long document (the chunks
        # overlap, so a single phrase is never cut).
        for phrase in phrases:
            if len(phrase) == 1 and len(phrase[0]) == 1:
                condition = "unigrams_tsv @@ plainto_tsquery('simple', %s)"
            else:
                condition = "bigrams_tsv @@ phraseto_tsquery('simple', %s)"
            sql = f"SELECT document_id FROM publishing_searchentry WHERE {condition}"
            qs = qs.filter(pk__in=RawSQL(sql, [" ".join(phrase)]))
        return qs


def get_backend() -> SearchBackend:
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SqliteFts5Backend()
    raise RuntimeError(f"no search backend for database {connection.vendor!r}")
