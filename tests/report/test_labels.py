"""gongkai.report.labels.normalise: the fast path gives what NFKC + Simplified + stripping gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from gongkai.report import labels


def reference(text: str) -> str:
    # The definition: NFKC, Traditional → Simplified, no pinyin glosses, no blanks or '?'.
    text = unicodedata.normalize("NFKC", text).translate(labels._TRAD_MAP)
    text = labels._PINYIN.sub("", text)
    return re.sub(r"[\s\u3000\u00a0*#|]+", "", text).replace("?", "")


ALPHABET = st.sampled_from(
    list("（）()，：；？！％　 \t\n*#|?一二三四五六七八九十年度申请公开總計數據區(qū)qū①㈠ＡＢ１２３abc.、")
)


@given(st.text(ALPHABET, max_size=80))
def test_normalise_matches_its_definition(text: str) -> None:
    assert labels.normalise(text) == reference(text)


@given(st.text(max_size=120))
def test_normalise_matches_its_definition_on_any_text(text: str) -> None:
    assert labels.normalise(text) == reference(text)


def test_long_prose_is_normalised_like_short_labels() -> None:
    label = "（三）不予公开，1．属于國家秘密"
    assert labels.normalise(label * 10) == labels.normalise(label) * 10
