"""The search picks a query plan from how common the query is (docs/search.md, "Choosing the query plan");
every plan must return exactly the same documents."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gongkai.publishing import search
from gongkai.publishing.models import Document
from gongkai.publishing.search import backends


@pytest.fixture
def corpus(cast, make_doc, publish):
    a = publish(
        make_doc(
            title="关于印发义务教育招生工作方案的通知",
            doc_number="吴利教发〔2022〕5号",
            body="为做好义务教育招生工作，现将方案印发。附件：Enrolment Plan",
        )
    )
    b = publish(
        make_doc(
            org=cast.fin,
            actor=cast.fin_liaison,
            title="财政局关于预算公开的通知",
            body="各单位：请按要求公开部门预算。",
        )
    )
    c = publish(make_doc(title="关于教育经费的通知", body="教育经费按预算执行。"))
    make_doc(title="草稿：预算通知", body="未发布")
    search.analyze(everything=True)
    return a, b, c


def ids(query, **filters):
    qs = Document.objects.published().filter(**filters)
    return set(search.search(qs, query).values_list("pk", flat=True))


def first_page(query):
    qs = Document.objects.published().order_by("-published_on", "-id")
    return [d.pk for d in search.search_page(qs, query, 1, 2)]


# (ADAPTIVE_LIMIT, SQLITE_PER_ROW_ABOVE): id list; date walk against the match list; date walk testing
# each row against the index (SQLite; PostgreSQL always tests each row when it walks).
PLANS = [(5000, 10**9), (0, 10**9), (0, 0)]


@pytest.mark.parametrize(("limit", "per_row"), PLANS)
def test_every_plan_gives_the_same_results(cast, corpus, monkeypatch, limit, per_row):
    a, b, c = corpus
    monkeypatch.setattr(backends, "ADAPTIVE_LIMIT", limit)
    monkeypatch.setattr(backends, "SQLITE_PER_ROW_ABOVE", per_row)
    assert ids("通知") == {a.pk, b.pk, c.pk}  # one bigram in every document
    assert ids("预算") == {b.pk, c.pk}
    assert ids("招") == {a.pk}  # one character
    assert ids("教") == {a.pk, c.pk}
    assert ids("义务教育 印发") == {a.pk}  # two phrases
    assert ids("教育经费") == {c.pk}
    assert ids("草稿") == set()
    assert ids("吴利教发〔2022〕5号") == {a.pk}  # 文号: three runs
    assert ids("ENROLMENT plan") == {a.pk}  # case and width folded the same way on both sides
    assert ids("作现") == set()  # "工作，现将": not across punctuation
    assert ids("通知", organisation=cast.fin) == {b.pk}
    assert ids("预算", organisation=cast.edu) == {c.pk}


@pytest.mark.parametrize(("limit", "per_row"), PLANS)
def test_every_plan_pages_newest_first(corpus, monkeypatch, limit, per_row):
    a, b, c = corpus
    expected = sorted([a, b, c], key=lambda d: (d.published_on, d.pk), reverse=True)
    monkeypatch.setattr(backends, "ADAPTIVE_LIMIT", limit)
    monkeypatch.setattr(backends, "SQLITE_PER_ROW_ABOVE", per_row)
    assert first_page("通知") == [d.pk for d in expected[:2]]


def test_sqlite_probes_instead_of_estimating(corpus):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's")
    assert search.get_backend().estimate([["通知"]]) is None


def test_postgres_estimates_from_planner_statistics(corpus):
    if connection.vendor != "postgresql":
        pytest.skip("planner statistics are PostgreSQL's")
    backend = search.get_backend()
    assert backend.estimate([["通知"]]) == 3  # in every indexed row: ANALYZE saw it
    # Not in the statistics: 0, not the planner's default guess (a share of the table, which would make
    # a rare term look common in a large one).
    assert backend.estimate([["草稿"]]) == 0
    assert backend.estimate([["义务", "务教"]]) is None


def test_a_term_estimated_common_skips_the_id_probe(corpus, monkeypatch):
    a, b, c = corpus
    backend_class = type(search.get_backend())
    monkeypatch.setattr(backend_class, "estimate", lambda self, phrases: 10**6)
    with CaptureQueriesContext(connection) as queries:
        matches = search.search(Document.objects.published(), "通知")
    assert matches.search_dense
    probe = f"LIMIT {backends.ADAPTIVE_LIMIT + 1}"
    assert not [q for q in queries.captured_queries if probe in q["sql"]]
    assert set(matches.values_list("pk", flat=True)) == {a.pk, b.pk, c.pk}


def test_a_term_estimated_rare_is_still_probed(corpus, monkeypatch):
    # An estimate is only a plan choice: a term more common than estimated still gets the dense plan.
    a, b, c = corpus
    backend_class = type(search.get_backend())
    monkeypatch.setattr(backend_class, "estimate", lambda self, phrases: 0)
    monkeypatch.setattr(backends, "ADAPTIVE_LIMIT", 1)
    matches = search.search(Document.objects.published(), "通知")
    assert matches.search_dense
    assert set(matches.values_list("pk", flat=True)) == {a.pk, b.pk, c.pk}


def test_rebuild_restores_the_index_structures(corpus):
    _, b, c = corpus
    assert search.rebuild() == 3
    assert ids("预算") == {b.pk, c.pk}
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'publishing_searchentry'")
            names = {row[0] for row in cur.fetchall()}
        assert {name for name, _ in backends.PG_GIN_INDEXES} <= names


def test_a_failed_rebuild_keeps_the_old_index(corpus, monkeypatch):
    _, b, c = corpus
    backend_class = type(search.get_backend())

    def broken(self, items):
        raise RuntimeError("disk full")

    monkeypatch.setattr(backend_class, "index_many", broken)
    with pytest.raises(RuntimeError):
        search.rebuild()
    monkeypatch.undo()
    assert ids("预算") == {b.pk, c.pk}


@pytest.mark.parametrize(("count_limit", "total"), [(1000, 3), (2, None)])
def test_the_pager_counts_only_a_few_matches(corpus, monkeypatch, count_limit, total):
    monkeypatch.setattr(search, "COUNT_LIMIT", count_limit)
    page = search.search_page(Document.objects.published().order_by("pk"), "通知", 1, 2)
    assert page.total == total
    assert len(page) == 2 and page.has_next()


@pytest.mark.django_db
def test_postgres_keeps_the_search_tables_main_heap_narrow():
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL storage parameter")
    with connection.cursor() as cur:
        cur.execute("SELECT reloptions FROM pg_class WHERE relname = 'publishing_searchentry'")
        (options,) = cur.fetchone()
    assert "toast_tuple_target=128" in (options or [])


@pytest.mark.parametrize(
    "filters",
    [{}, {"organisation": "edu"}, {"organisation": "fin"}, {"kind": "document"}, {"kind": "interpretation"}],
)
def test_a_small_match_list_gives_the_walks_page(cast, corpus, monkeypatch, filters):
    # PostgreSQL sends the id list as one array (backends.InArray): same documents, order and filters as
    # the date walk, which does not use the list.
    from gongkai.publishing.models import Kind

    filters = {k: getattr(cast, v) if k == "organisation" else v for k, v in filters.items()}
    qs = Document.objects.published().exclude(kind=Kind.INTERPRETATION).filter(**filters)

    def page(query):
        matches = search.search(qs, query)
        return matches.search_dense, [d.pk for d in matches[:2]], matches.count()

    with CaptureQueriesContext(connection) as queries:
        listed = {q: page(q) for q in ("通知", "预算", "教")}
    monkeypatch.setattr(backends, "ADAPTIVE_LIMIT", 0)
    walked = {q: page(q) for q in ("通知", "预算", "教")}
    assert not any(dense for dense, _, _ in listed.values())
    assert all(dense for dense, _, _ in walked.values())
    assert {q: v[1:] for q, v in listed.items()} == {q: v[1:] for q, v in walked.items()}
    if not filters:
        a, b, c = corpus
        newest = sorted([a, b, c], key=lambda d: (d.published_on, d.signed_on, d.pk), reverse=True)
        assert listed["通知"][1:] == ([d.pk for d in newest[:2]], 3)
    if connection.vendor == "postgresql":
        pages = [q["sql"] for q in queries.captured_queries if '"publishing_document"."title"' in q["sql"]]
        assert pages and all("= ANY(" in sql and " IN (" not in sql for sql in pages)
