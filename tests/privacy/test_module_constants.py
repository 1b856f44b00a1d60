"""The detector's patterns are module constants; two of one name silently shadow each other."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import gongkai.privacy.detect as detect_module
from gongkai.privacy.model import PrivacyConfig


def test_no_module_constant_is_assigned_twice() -> None:
    # _FIELD_BEFORE once stood for two patterns: the later one, the health rules', replaced the one
    # _contact_field was written for. Each pattern now has its own name.
    tree = ast.parse(Path(detect_module.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name) and target.id.startswith("_") and target.id.isupper()
    )
    assert [name for name, n in names.items() if n > 1] == []


# _diseases tries _DISEASE only where _DISEASE_CUE finds the start of a cue: the two must stay in step.
_CUE_FRAGMENTS = [
    "因病（", "因残（", "风险因素：", "检查发现", "经检查存在", "造成", "得了", "一直是", "本人", "自述是",
    "诊断为：", "鉴定为", "不合格（", "既往有", "术后出现", "记录载明", "受伤（", "户因", "子女患", "配偶",
    "家庭成员", "坠落致", "事故致", "摔倒致", "跌倒致", "车祸致", "撞击致", "患者", "患有", "确诊为", "查出",
    "长期", "认定为", "：因病", ":因残", "出现", "相关", "症状", "食物中毒", "糖尿病", "高血压", "腰椎骨折",
    "肺癌", "贫血", "多发伤", "完全丧失劳动能力", "色盲", "张三", "在", "，", "\n", " ", "2", "A",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_FRAGMENTS), max_size=24))
def test_diseases_finds_what_the_full_pattern_finds(parts: list[str]) -> None:
    text = "".join(parts)
    fast = [(m.span(), m.groups()) for m in detect_module._diseases(text, 0, len(text))]
    assert fast == [(m.span(), m.groups()) for m in detect_module._DISEASE.finditer(text)]


def _first_chars(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters a parsed pattern may begin with; None when it may begin with any (or be empty)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, arg in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width: the next item decides
        if op is c.LITERAL:
            return {chr(arg)}  # type: ignore[arg-type]
        if op is c.IN and all(kind is c.LITERAL for kind, _ in arg):  # type: ignore[attr-defined]
            return {chr(value) for _, value in arg}  # type: ignore[attr-defined]
        if op is c.SUBPATTERN:
            return _first_chars(list(arg[-1]))  # type: ignore[index]
        if op is c.BRANCH:
            out: set[str] = set()
            for branch in arg[1]:  # type: ignore[index]
                first = _first_chars(list(branch))
                if first is None:
                    return None
                out |= first
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:  # type: ignore[index]
            return _first_chars(list(arg[2]))  # type: ignore[index]
        return None  # a class, an optional item, anything else: not worked out here
    return None


def test_every_disease_cue_begins_where_the_cue_pattern_looks() -> None:
    # A cue added to _DISEASE with a new first character, and not to _DISEASE_CUE, would never be tried.
    from re import _parser  # type: ignore[attr-defined]

    disease = _first_chars(list(_parser.parse(detect_module._DISEASE.pattern)))
    cue = _first_chars(list(_parser.parse(detect_module._DISEASE_CUE.pattern)))
    assert disease and cue, "both must open with plain characters"
    assert disease - cue == set()


def test_names_at_tries_a_relation_wherever_one_may_begin() -> None:
    # _names_at matches _KIN_BEFORE_NAME only at a character of _KIN_BEFORE_FIRST: a relation added
    # with a new first character, and not to the set, would never be read.
    from re import _parser  # type: ignore[attr-defined]

    first = _first_chars(list(_parser.parse(detect_module._KIN_BEFORE_NAME.pattern)))
    assert first and first - detect_module._KIN_BEFORE_FIRST == set()


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["张三", "  ", "", "6401", " 某村 ", "男", "　"]), min_size=1, max_size=8),
    st.sampled_from(["\t", ",", "，", "|", "ws", "ws2"]),
)
def test_cell_at_finds_the_first_cell_holding_a_position(cells: list[str], sep: str) -> None:
    # cell_at bisects on the cells' starts: it must find what a walk through the row finds, blank and
    # padded cells included (a trimmed blank cell ends before it starts and holds no position).
    joiner = {"ws": " ", "ws2": "  "}.get(sep, sep)
    text = joiner.join(cells)
    row = detect_module._split_cells(text, 0, len(text), sep)
    headers = [f"h{i}" for i in range(len(row))]
    ctx = detect_module._Ctx(text=text, config=PrivacyConfig(), rows={0: (row, headers)}, found=[])
    for pos in range(len(text) + 1):
        walk = next(((s, e, h) for (s, e), h in zip(row, headers, strict=False) if s <= pos <= e), None)
        assert ctx.cell_at(0, pos) == walk
