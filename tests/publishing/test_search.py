from __future__ import annotations

import pytest

from gongkai.publishing import search, services
from gongkai.publishing.models import Document


@pytest.fixture
def corpus(cast, make_doc, publish):
    a = publish(
        make_doc(
            title="关于印发利通区义务教育阶段招生工作方案的通知",
            doc_number="吴利教发〔2022〕5号",
            body="为做好义务教育招生工作，现将方案印发给你们。",
        )
    )
    b = publish(
        make_doc(
            org=cast.fin,
            actor=cast.fin_liaison,
            title="利通区财政局关于预算公开的通知",
            topic="财政、金融、审计\\财政",
            body="各单位：请按要求公开部门预算。",
        )
    )
    c = make_doc(title="草稿：教育经费预算", body="未发布的草稿不可检索")
    return a, b, c


def ids(query, **filters):
    return set(
        search.search(Document.objects.published().filter(**filters), query).values_list("pk", flat=True)
    )


def test_two_character_query_matches(corpus):
    a, b, _ = corpus
    assert ids("预算") == {b.pk}
    assert ids("通知") == {a.pk, b.pk}


def test_one_character_query_matches(corpus):
    a, b, _ = corpus
    assert ids("招") == {a.pk}
    assert ids("财") == {b.pk}


def test_four_character_query_is_an_exact_substring(corpus):
    a, _, _ = corpus
    assert ids("义务教育") == {a.pk}
    assert ids("教育义务") == set()


def test_phrase_query(corpus):
    a, _, _ = corpus
    assert ids("义务教育阶段招生工作方案") == {a.pk}
    assert ids("义务教育阶段财政工作方案") == set()


def test_doc_number_is_searchable(corpus):
    a, _, _ = corpus
    assert ids("吴利教发〔2022〕5号") == {a.pk}
    assert ids("2022") == {a.pk}


def test_filters_combine_with_the_query(cast, corpus):
    _, b, _ = corpus
    assert ids("通知", organisation=cast.fin) == {b.pk}
    assert ids("通知", topic="财政、金融、审计\\财政") == {b.pk}
    assert ids("通知", published_on__year=1999) == set()


def test_drafts_are_not_indexed(corpus):
    assert ids("草稿") == set()


def test_index_follows_an_update(cast, corpus):
    a, _, _ = corpus
    services.update_document(a, actor=cast.edu_liaison, body="招生范围按学区划分。")
    assert ids("学区") == {a.pk}
    assert ids("印发给你们") == set()


def test_index_follows_a_delete(cast, corpus):
    a, _, _ = corpus
    services.delete_document(a, actor=cast.edu_liaison)
    assert ids("义务教育") == set()


def test_masked_copy_is_what_gets_indexed(cast, make_doc):
    doc = make_doc(body="联系人电话13812345678")
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.approve(doc, actor=cast.reviewer2)
    services.make_masked_copy(doc, actor=cast.privacy_reviewer)
    services.approve_masked_copy(doc, actor=cast.privacy_reviewer)
    services.approve(doc, actor=cast.reviewer3)
    assert ids("联系人") == {doc.pk}
    assert ids("12345678") == set()


def test_empty_query_is_refused():
    with pytest.raises(search.QueryError, match="检索词"):
        search.parse("，。 ")


def test_snippet_highlights_the_match():
    html = search.snippet("一" * 100 + "义务教育招生" + "二" * 100, "教育")
    assert "<mark>教育</mark>" in html
    assert html.startswith("…")


def test_snippet_escapes_html():
    assert "<script>" not in search.snippet("<script>教育</script>", "教育")


def test_rebuild_reindexes_published_documents(corpus):
    _, b, _ = corpus
    assert search.rebuild() == 2
    assert ids("预算") == {b.pk}


def test_long_documents_match_past_the_first_chunk(cast, make_doc, publish):
    doc = publish(make_doc(body="甲乙" * 6000 + "末尾的独特短语"))
    assert ids("独特短语") == {doc.pk}


def test_highlight_keeps_the_whole_title():
    html = search.highlight("利通区人民政府办公室关于义务教育学校招生的意见", "教育")
    assert html.startswith("利通区") and "<mark>教育</mark>" in html


def test_highlight_marks_several_runs_without_nesting():
    html = search.highlight("义务教育 教育", "义务教育 教育")
    assert html == "<mark>义务教育</mark> <mark>教育</mark>"


def test_words_far_apart_in_a_long_document_both_match(cast, make_doc, publish):
    doc = publish(make_doc(body="开头的甲方词" + "乙丙" * 6000 + "结尾的丁方词"))
    assert ids("甲方词 丁方词") == {doc.pk}
    assert ids("甲方词 戊方词") == set()


@pytest.mark.parametrize("limit", [0, 5000])
def test_both_query_strategies_give_the_same_results(corpus, monkeypatch, limit):
    from gongkai.publishing.search import backends

    a, b, _ = corpus
    monkeypatch.setattr(backends, "ADAPTIVE_LIMIT", limit)
    assert ids("通知") == {a.pk, b.pk}
    assert ids("招") == {a.pk}
    assert ids("义务教育 印发") == {a.pk}


@pytest.mark.parametrize(("limit", "total"), [(0, None), (5000, 2)])
def test_search_page_counts_only_small_results(corpus, monkeypatch, limit, total):
    from gongkai.publishing.search import backends

    monkeypatch.setattr(backends, "ADAPTIVE_LIMIT", limit)
    page = search.search_page(Document.objects.published().order_by("pk"), "通知", 1, 1)
    assert page.total == total
    assert len(page) == 1 and page.has_next()
    second = search.search_page(Document.objects.published().order_by("pk"), "通知", 2, 1)
    assert not second.has_next() and second.object_list[0].pk != page.object_list[0].pk
