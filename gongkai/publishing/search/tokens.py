"""Character n-grams for Chinese full-text search (pure; no Django).

Text is lower-cased (NFKC, so full-width digits and letters match their ASCII forms) and cut into runs of
letters and digits; every run yields its overlapping character bigrams (a one-character run yields the
character itself). A query is cut the same way and becomes a phrase of the same bigrams, so a match is an
exact substring of one run: no dictionary, no model, no word segmentation to get wrong. One-character
queries use a separate unigram stream, because a character may only appear as the second half of a
bigram.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Letters (CJK are category Lo) and digits, i.e. Unicode categories L* and N*; punctuation and spaces split
# runs. `[^\W_]` is exactly that set (str.isalnum; checked over every code point); one regex halves the
# time to cut a document compared with testing each character's category.
_RUN = re.compile(r"[^\W_]+")


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def runs(text: str) -> Iterator[str]:
    yield from _RUN.findall(normalise(text))


def run_bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def bigrams(text: str) -> str:
    """The bigram stream, space-separated (what the index stores)."""
    return streams(text)[0]


def unigrams(text: str) -> str:
    """Distinct characters, space-separated: one-character queries only need to know a character is there."""
    return streams(text)[1]


def streams(text: str) -> tuple[str, str]:
    """(bigrams, unigrams) of a text, normalised and cut once."""
    cut = list(runs(text))
    return " ".join(" ".join(run_bigrams(r)) for r in cut), " ".join(dict.fromkeys("".join(cut)))


def query_terms(query: str) -> list[list[str]]:
    """A query as a list of phrases (one per run, each a list of bigrams or one unigram).

    Every phrase must match (AND). A one-character run is looked up in the unigram stream.
    """
    return [run_bigrams(r) for r in runs(query)]
