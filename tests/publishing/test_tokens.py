"""The n-gram tokenizer (pure): a phrase of bigrams matches exactly the substrings of a run."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gongkai.publishing.search import tokens

CHARS = st.sampled_from(list("政府信息公开教育招生财政预算2022号AB，。 "))


def _phrase_in(doc: str, query: str) -> bool:
    """What the index answers: the query's bigrams appear consecutively in one run's bigram stream."""
    (phrase,) = tokens.query_terms(query)
    for run in tokens.runs(doc):
        grams = tokens.run_bigrams(run)
        if any(grams[i : i + len(phrase)] == phrase for i in range(len(grams) - len(phrase) + 1)):
            return True
    return False


@given(
    st.text(CHARS, max_size=40),
    st.text(st.sampled_from(list("政府信息公开教育2022")), min_size=2, max_size=5),
)
def test_bigram_phrase_is_an_exact_substring_match(doc, query):
    expected = any(query.lower() in run for run in tokens.runs(doc))
    assert _phrase_in(doc, query) == expected


def test_punctuation_splits_runs():
    assert list(tokens.runs("政府，信息 公开")) == ["政府", "信息", "公开"]


def test_full_width_digits_and_case_are_normalised():
    assert tokens.bigrams("２０２２Ab") == tokens.bigrams("2022ab")


def test_one_character_run_is_kept_whole():
    assert tokens.bigrams("5号") == "5号"
    assert tokens.bigrams("号") == "号"
    assert tokens.query_terms("政") == [["政"]]


def test_unigrams_are_distinct():
    assert tokens.unigrams("政府政府") == "政 府"
