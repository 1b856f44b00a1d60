"""Character n-grams for Chinese full-text search (pure; no Django).

Text is lower-cased (NFKC, so full-width digits and letters match their ASCII forms) and cut into runs of
letters and digits; every run yields its overlapping character bigrams (a one-character run yields the
character itself). A query is cut the same way and becomes a phrase of the same bigrams, so a match is an
exact substring of one run: no dictionary, no model, no word segmentation to get wrong. One-character
queries use a separate unigram stream, because a character may only appear as the second half of a
bigram.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator


def _is_token_char(ch: str) -> bool:
    # Letters (CJK are category Lo) and digits; punctuation and spaces split runs.
    return unicodedata.category(ch)[0] in "LN"


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def runs(text: str) -> Iterator[str]:
    current: list[str] = []
    for ch in normalise(text):
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            yield "".join(current)
            current = []
    if current:
        yield "".join(current)


def run_bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def bigrams(text: str) -> str:
    """The bigram stream, space-separated (what the index stores)."""
    return " ".join(" ".join(run_bigrams(r)) for r in runs(text))


def unigrams(text: str) -> str:
    """Distinct characters, space-separated: one-character queries only need to know a character is there."""
    seen: dict[str, None] = {}
    for r in runs(text):
        for ch in r:
            seen.setdefault(ch)
    return " ".join(seen)


def query_terms(query: str) -> list[list[str]]:
    """A query as a list of phrases (one per run, each a list of bigrams or one unigram).

    Every phrase must match (AND). A one-character run is looked up in the unigram stream.
    """
    return [run_bigrams(r) for r in runs(query)]
