"""Full-text search over the public register: title, 文号, body and attachment text.

    index_document(doc)        — call inside the transaction that changed doc (services do)
    remove_document(doc_id)
    search(qs, query) -> qs    — filter a Document queryset; raises QueryError for an empty query
    search_page(qs, query, number, size) -> SearchPage  — one page, without counting a large result
    snippet(text, query)       — highlighted excerpt (escaped HTML with <mark>)
    rebuild() -> int           — reindex every published document

Only public text is indexed (the approved masked copy where there is one), so a search can never reveal
what the page does not show.
"""

from __future__ import annotations

import html
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.db import transaction
from django.utils.safestring import SafeString, mark_safe

from . import tokens
from .backends import MAX_QUERY_CHARS, analyze, get_backend

__all__ = [
    "QueryError",
    "SearchPage",
    "analyze",
    "bulk_index",
    "catalog_changed",
    "get_backend",
    "highlight",
    "index_document",
    "public_text",
    "public_text_fields",
    "rebuild",
    "remove_document",
    "search",
    "search_page",
    "snippet",
]

if TYPE_CHECKING:
    from ..models import Document


class QueryError(ValueError):
    """The query cannot be searched; the message is Chinese."""


def public_text_fields(doc: Document) -> str:
    """Title, 文号 and body as the public sees them (no attachments: for freshly created rows)."""
    parts = (doc.public_title, doc.doc_number, doc.public_summary, doc.public_body)
    return "\n".join(p for p in parts if p)


def public_text(doc: Document) -> str:
    parts = [public_text_fields(doc)]
    parts += [a.text for a in doc.attachments.all() if a.is_public_version]
    return "\n".join(p for p in parts if p)


def is_indexable(doc: Document) -> bool:
    return doc.is_published and doc.disclosure == doc.Disclosure.PROACTIVE


CATALOG_CACHE_KEYS = ("publishing:facets",)


def catalog_changed() -> None:
    # After commit: a rolled-back change must not leave the cache rebuilt from rows that never existed.
    transaction.on_commit(lambda: cache.delete_many(list(CATALOG_CACHE_KEYS)))


def index_document(doc: Document) -> None:
    catalog_changed()
    backend = get_backend()
    if is_indexable(doc):
        backend.index(doc.pk, public_text(doc))
    else:
        backend.remove(doc.pk)


def remove_document(doc_id: int) -> None:
    catalog_changed()
    get_backend().remove(doc_id)


class BuildTimer:
    seconds = 0.0


@contextmanager
def bulk_index() -> Iterator[BuildTimer]:
    """Around a bulk load: the backend may suspend index maintenance and rebuild at the end (PostgreSQL
    drops and recreates its GIN indexes). `seconds` is the time spent rebuilding at the end."""
    timer = BuildTimer()
    inner = get_backend().bulk()
    inner.__enter__()
    try:
        yield timer
    except BaseException:
        inner.__exit__(*sys.exc_info())
        raise
    t0 = time.perf_counter()
    inner.__exit__(None, None, None)
    timer.seconds = time.perf_counter() - t0


def rebuild() -> int:
    """Reindex every published document, in one transaction: searches see the old index until it commits
    (on PostgreSQL they wait for it, as the bulk load drops the GIN indexes; see backends.bulk)."""
    from ..models import Document

    catalog_changed()
    backend = get_backend()
    n = 0
    with transaction.atomic(), bulk_index():
        backend.clear()
        docs = Document.objects.published().prefetch_related("attachments")
        batch: list[tuple[int, str]] = []
        for doc in docs.iterator(chunk_size=1000):
            batch.append((doc.pk, public_text(doc)))
            if len(batch) >= 1000:
                backend.index_many(batch)
                n += len(batch)
                batch = []
        if batch:
            backend.index_many(batch)
            n += len(batch)
    analyze(everything=True)
    return n


def parse(query: str) -> list[list[str]]:
    phrases = tokens.query_terms(query)
    if not phrases:
        raise QueryError("请输入检索词（汉字、字母或数字）")
    if any(sum(len(t) for t in p) > 2 * MAX_QUERY_CHARS for p in phrases):
        raise QueryError(f"检索词过长，请不超过{MAX_QUERY_CHARS}个字")
    return phrases


def search(qs: Any, query: str) -> Any:
    return get_backend().filter(qs, parse(query))


def _mark(excerpt: str, runs: list[str]) -> str:
    """Escape, then wrap every run in <mark> (one pass, longest run first, so marks never nest)."""
    if not runs:
        return html.escape(excerpt)
    pattern = re.compile("|".join(re.escape(r) for r in runs), re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(excerpt):
        out += [html.escape(excerpt[last : m.start()]), "<mark>", html.escape(m.group(0)), "</mark>"]
        last = m.end()
    out.append(html.escape(excerpt[last:]))
    return "".join(out)


@dataclass
class SearchPage:
    """A page of results. `total` is None when the matches are many (COUNT_LIMIT): counting them all would
    cost time proportional to their number, so the pager only offers the next page."""

    object_list: list[Any]
    number: int
    size: int
    has_next_page: bool
    total: int | None

    def __iter__(self) -> Iterator[Any]:
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    def has_next(self) -> bool:
        return self.has_next_page

    def has_previous(self) -> bool:
        return self.number > 1

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def num_pages(self) -> int | None:
        return None if self.total is None else max(1, -(-self.total // self.size))


# The pager shows a total only up to this many index matches: counting reads every matching row again (on
# PostgreSQL at 1,000,000 documents, 45 ms for 4,000 matches, which doubled the page's time).
COUNT_LIMIT = 1000


def search_page(qs: Any, query: str, number: int | str | None, size: int) -> SearchPage:
    try:
        n = max(1, min(int(number or 1), 10_000))
    except (TypeError, ValueError):
        n = 1
    matches = search(qs, query)
    rows = list(matches[(n - 1) * size : n * size + 1])
    total = None
    if not getattr(matches, "search_dense", False) and getattr(matches, "search_matches", 0) <= COUNT_LIMIT:
        total = matches.count()
    return SearchPage(rows[:size], n, size, len(rows) > size, total)


def snippet(text: str, query: str, width: int = 60) -> SafeString:
    """An excerpt around the first match of the query's longest run, matches wrapped in <mark>."""
    runs = sorted(tokens.runs(query), key=len, reverse=True)
    text = " ".join(text.split())
    start = 0
    if runs:
        m = re.search(re.escape(runs[0]), text, re.IGNORECASE)
        if m:
            start = max(0, m.start() - width // 3)
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(text) else ""
    # Safe: _mark escapes everything it does not wrap.
    return mark_safe(prefix + _mark(text[start : start + width], runs) + suffix)


def highlight(text: str, query: str) -> SafeString:
    """The whole (short) text, escaped, with every query run wrapped in <mark>."""
    return mark_safe(_mark(text, sorted(tokens.runs(query), key=len, reverse=True)))
