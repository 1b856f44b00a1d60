"""The report's text: its six sections and the figures it states (for R8, R9 and the text checks).

Reports word figures loosely, so every pattern here names a *quantity* and rules.py accepts any
reading of it the table supports. Patterns run on text with whitespace removed (PDF conversions put
spaces and line breaks inside numbers' sentences).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from gongkai.report.model import SECTION_KEYS

_HEADING_NUM = r"(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,2}\s*[、.．]\s*"
# A literal each section heading ends with, to find candidates before running the regex (whose
# leading look-behind gives re no prefix to skip to: it would try every position of the text).
_SECTION_KEYWORD: dict[str, str] = {
    "overview": "总体情况",
    "proactive": "主动公开政府信息情况",
    "requests": "收到和处理政府信息公开申请情况",
    "appeals": "复议",
    "problems": "存在的主要问题",
    "other": "其他需要报告的事项",
}
# How far before its keyword a heading can start: numeral, mark, blanks and the longest optional
# words of the appeals pattern (因政府信息公开工作申请被申请行政法).
_HEADING_REACH = 40
_SECTION_RE: dict[str, re.Pattern[str]] = {
    "overview": re.compile(_HEADING_NUM + r"总体情况"),
    "proactive": re.compile(_HEADING_NUM + r"主动公开政府信息情况"),
    "requests": re.compile(_HEADING_NUM + r"收到和处理政府信息公开申请情况"),
    "appeals": re.compile(
        _HEADING_NUM + r"(?:因)?政府信息公开(?:工作)?(?:申请)?(?:被申请)?行政(?:法)?复议[、和]"
    ),
    "problems": re.compile(_HEADING_NUM + r"(?:政府信息公开工作)?存在的主要问题"),
    "other": re.compile(_HEADING_NUM + r"其他需要报告的事项"),
}


@lru_cache(maxsize=64)
def _flat(text: str) -> str:
    """The text without whitespace (the rules read each section several times: flatten it once)."""
    # str.split() splits on exactly the whitespace \s matches, several times faster than re.sub.
    return "".join(text.split())


# Unnumbered or differently numbered headings, tried (as whole short lines) only where a numbered
# heading was not found: PDF conversions drop heading lines ("五、…" lost, leaving its sub-headings
# （一）主要问题 / （二）改进情况) and some reports word or number the headings their own way.
_NUMERAL = r"[一二三四五六七八九十]{1,2}"
_LINE_PREFIX = rf"^[ \t#*]*(?:[（(]{_NUMERAL}[)）]|{_NUMERAL}\s*[、.．]|第[一二三四五六]部分)?[ \t]*"
_SECTION_LINE: dict[str, re.Pattern[str]] = {
    key: re.compile(_LINE_PREFIX + body + r"[ \t*:：]*$", re.M)
    for key, body in {
        "overview": r"总体情况",
        "proactive": r"主动公开政府信息(?:的)?(?:工作)?情况",
        "requests": r"收到和处理政府信息公开申请(?:的)?情况",
        "appeals": r"(?:政府信息公开)?行政(?:法)?复议[、和及]行政诉讼(?:的)?情况",
        # 存在的主要问题及改进情况 / 存在问题的改进情况 / 主要问题 / 工作中存在的问题和整改措施
        "problems": r"[^\n。；，,]{0,16}?(?:存在的?(?:主要)?问题|主要问题)[^\n。；，,]{0,14}",
        "other": r"其他需要报告的事项",
    }.items()
}


def split_sections(text: str) -> dict[str, str]:
    """Section key → its text (heading included), found in order; absent sections are left out.

    The text before the first heading is kept under "preamble".
    """
    found: dict[str, int] = {}
    pos = 0
    for key in SECTION_KEYS:
        m = _search_heading(key, text, pos)
        if m is None:
            continue
        found[key] = m.start()
        pos = m.end()
    if len(found) < len(SECTION_KEYS):
        _find_unnumbered(text, found)
    starts = sorted((start, key) for key, start in found.items())
    out: dict[str, str] = {}
    # The text above 一、总体情况 states the statistics period (R9), so keep it too.
    preamble = text[: starts[0][0]].strip() if starts else text.strip()
    if preamble:
        out["preamble"] = preamble
    for i, (start, key) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        out[key] = text[start:end].strip()
    return out


def _search_heading(key: str, text: str, pos: int) -> re.Match[str] | None:
    """_SECTION_RE[key].search(text, pos), tried only just before each occurrence of its keyword."""
    regex, keyword = _SECTION_RE[key], _SECTION_KEYWORD[key]
    at = text.find(keyword, pos)
    while at >= 0:
        # Back over at most _HEADING_REACH visible characters (blanks, unbounded in the pattern,
        # do not count); +1 after the keyword for the appeals pattern's trailing 、/和.
        start, budget = at, _HEADING_REACH
        while start > pos and budget:
            start -= 1
            if not text[start].isspace():
                budget -= 1
        m = regex.search(text, start, at + len(keyword) + 1)
        if m is not None:
            return m
        at = text.find(keyword, at + 1)
    return None


def _find_unnumbered(text: str, found: dict[str, int]) -> None:
    """Look for each missing section as a heading line between its neighbours that were found."""
    if not found:
        return  # no numbered heading at all: not a report's body (or not one we can lay out)
    for i, key in enumerate(SECTION_KEYS):
        if key in found:
            continue
        before = [found[k] for k in SECTION_KEYS[:i] if k in found]
        after = [found[k] for k in SECTION_KEYS[i + 1 :] if k in found]
        lo = max(before) + 1 if before else 0
        hi = min(after) if after else len(text)
        if lo >= hi:
            continue
        m = _SECTION_LINE[key].search(text, lo, hi)
        if m is not None:
            found[key] = m.start() + len(m.group(0)) - len(m.group(0).lstrip())


@dataclass(frozen=True, slots=True)
class Claim:
    quantity: str
    value: int
    phrase: str
    section: str
    exact: bool  # wording that can only mean one table quantity


_N = r"(\d+)"
# (quantity, exact, regex); the regexes run on whitespace-free text.
_CLAIMS: tuple[tuple[str, bool, re.Pattern[str]], ...] = tuple(
    (q, exact, re.compile(p))
    for q, exact, p in (
        ("new", True, r"本年(?:度)?新收(?:到)?(?:政府信息公开)?申请(?:共)?" + _N + r"件"),
        (
            "received",
            False,
            # (?<!新) after the first character, so the pattern starts with literals re can skip to.
            r"(?:收(?<!新收)到|受(?<!新受)理|接(?<!新接)收)(?:各类|依)?(?:政府信息公开)?申请(?:共|总数)?(?:为)?"
            + _N
            + r"件",
        ),
        ("handled", False, r"(?:办结|答复)(?:政府信息公开申请)?(?:共)?" + _N + r"件"),
        ("carried_over", True, r"上年(?:度)?结转(?:的)?(?:政府信息公开)?申请(?:共)?" + _N + r"件"),
        (
            "carried_forward",
            True,
            r"(?:转下一?年度|结转下年度|结转到下一?年度|顺延到下一?年度)(?:办理|答复|继续办理)?(?:的有)?"
            + _N
            + r"件",
        ),
        ("carried_forward", True, r"另有" + _N + r"件(?:顺延|结转)到?下一?年度"),
        (
            "granted_or_partial",
            True,
            r"(?:予以公开|同意公开)(?:答复)?(?:及|和|或)部分公开(?:答复)?" + _N + r"件",
        ),
        ("granted", True, r"(?:予以公开|同意公开)(?:答复)?" + _N + r"件"),
        # (The look-behind after 部, so the pattern starts with a literal re can skip to.)
        ("partially_granted", True, r"部(?<![及和]部)分公开(?:答复)?" + _N + r"件"),
        ("withheld", True, r"不予公开(?:答复)?" + _N + r"件"),
        ("unable", True, r"无法提供(?:的)?" + _N + r"件"),
        ("rejected", True, r"不予处理" + _N + r"件"),
        ("other_handling", True, r"其他处理" + _N + r"件"),
        ("reconsideration", True, r"行政复议(?:案件)?(?:共)?" + _N + r"件"),
        ("reconsideration", True, _N + r"件涉及政府信息公开(?:工作)?的行政复议"),
        ("litigation", True, r"行政诉讼(?:案件)?(?:数为|共)?" + _N + r"件"),
    )
)


_CLAIMS_EXACT_FIRST = tuple(sorted(_CLAIMS, key=lambda c: not c[1]))
# Literals one of which every match of a claim pattern contains, for the patterns that do not start
# with a literal (re then tries them at every position): a substring test skips most sections.
_NEEDLES: dict[str, tuple[str, ...]] = {
    "received": ("申请",),
    "carried_forward": ("年度",),
    "granted_or_partial": ("部分公开",),
    "granted": ("予以公开", "同意公开"),
    "reconsideration": ("行政复议",),
}
# Per pattern where one quantity has several: '12件涉及政府信息公开的行政复议' starts with digits.
_PATTERN_NEEDLES: dict[str, tuple[str, ...]] = {_N + r"件涉及政府信息公开(?:工作)?的行政复议": ("件涉及",)}


def claims(sections: dict[str, str]) -> list[Claim]:
    out: list[Claim] = []
    for section in ("overview", "requests", "appeals"):
        text = _flat(sections.get(section, ""))
        taken: list[tuple[int, int]] = []
        # Specific wordings first, so '同意公开答复9件' is 予以公开, not a loose '答复9件'.
        for quantity, exact, regex in _CLAIMS_EXACT_FIRST:
            needles = _PATTERN_NEEDLES.get(regex.pattern) or _NEEDLES.get(quantity)
            if needles is not None and not any(n in text for n in needles):
                continue
            for m in regex.finditer(text):
                span = (m.start(), m.end())
                # A pattern inside a longer match ('予以公开' in '予以公开及部分公开') is the same claim.
                if any(span[0] < e and s < span[1] for s, e in taken):
                    continue
                if _scoped_elsewhere(text, m.start()):
                    continue
                taken.append(span)
                out.append(Claim(quantity, int(m.group(1)), m.group(0), section, exact))
    return out


def _scoped_elsewhere(text: str, start: int) -> bool:
    # '其中结果维持72件' is a part, '同比增长' a comparison; neither names the table quantity.
    before = text[max(0, start - 6) : start]
    return any(w in before for w in ("同比", "较上年", "上年同期", "去年"))


_PERIOD = re.compile(
    # (\d\d{3}) rather than (\d{4}): a leading character class lets re skip to the digits.
    r"(\d\d{3})年(\d{1,2})月(\d{1,2})日(?:起)?(?:至|到|—|-|－|~)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"
)


def statistics_period(text: str) -> tuple[date, date] | None:
    flat = _flat(text)
    for m in _PERIOD.finditer(flat):
        window = flat[max(0, m.start() - 40) : m.start()]
        if "统计" not in window and "期限" not in window and "周期" not in window:
            continue
        try:
            start = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            end = date(int(m.group(4) or m.group(1)), int(m.group(5)), int(m.group(6)))
        except ValueError:
            continue
        return start, end
    return None


_BOILERPLATE = re.compile(r"^(?:无|暂无|没有|无相关情况|本年度无|不存在)[。.]?$")


def is_empty_or_boilerplate(section_text: str) -> bool:
    body = _flat(section_text)
    body = re.sub(
        r"^[一二三四五六七八九十]+[、.．](?:政府信息公开工作)?存在的主要问题(?:及|和)(?:改进|整改)(?:情况|措施)",
        "",
        body,
    )
    return len(body) < 20 or bool(_BOILERPLATE.match(body))


@dataclass(frozen=True, slots=True)
class Inconsistency:
    section: str
    message: str
    expected: object
    found: object


_INTERPRETATION = re.compile(
    r"(?:发布|制作|开展)?(?:各项|各类)?政策解读(?:材料|稿件|文章)?(?:共)?(\d+)(期|条|篇|个|件)"
)
_DOCS_TOTAL = re.compile(r"(?:区|市|县|镇|乡)?政府[（(]办[)）]公文(\d+)件")
_DOCS_GOV = re.compile(r"(?:区|市|县)?政府名义(?:下发|印发|制发)?文件(\d+)(?:个|件|份)")
_DOCS_OFFICE = re.compile(r"(?:区|市|县)?政府办公室名义(?:下发|印发|制发)?文件(\d+)(?:个|件|份)")


def inconsistencies(sections: dict[str, str]) -> list[Inconsistency]:
    """The same figure stated twice with different values (warnings: they may count different things)."""
    out: list[Inconsistency] = []
    seen: list[tuple[str, int, str]] = []
    for key, text in sections.items():
        flat = _flat(text)
        if "政策解读" not in flat:  # the regex has no literal prefix to scan for: skip it cheaply
            continue
        for m in _INTERPRETATION.finditer(flat):
            sentence = flat[
                max(flat.rfind("。", 0, m.start()), flat.rfind("；", 0, m.start())) + 1 : m.start()
            ]
            if "刊登" in sentence:
                continue  # '公报…刊登…政策解读83件': those printed in the gazette, a part of the total
            seen.append((key, int(m.group(1)), m.group(0)))
    values = {v for _k, v, _p in seen}
    if len(values) > 1:
        desc = "; ".join(f"{p!r} in {k}" for k, _v, p in seen)
        out.append(
            Inconsistency(
                seen[0][0], f"政策解读 is stated with different figures: {desc}", seen[0][1], sorted(values)
            )
        )
    flat_all = {k: _flat(t) for k, t in sections.items()}
    total = _first(_DOCS_TOTAL, flat_all, "公文")
    gov = _first(_DOCS_GOV, flat_all, "政府名义")
    office = _first(_DOCS_OFFICE, flat_all, "办公室名义")
    if total and gov and office:
        parts = int(gov[1].group(1)) + int(office[1].group(1))
        if parts != int(total[1].group(1)):  # section, match
            out.append(
                Inconsistency(
                    total[0],
                    f"{total[1].group(0)!r}, but {gov[1].group(0)!r} + {office[1].group(0)!r} = {parts}",
                    parts,
                    int(total[1].group(1)),
                )
            )
    return out


def _first(regex: re.Pattern[str], texts: dict[str, str], needle: str) -> tuple[str, re.Match[str]] | None:
    # `needle` is a literal every match contains: a cheap test before a regex with no literal prefix.
    for key, text in texts.items():
        if needle not in text:
            continue
        m = regex.search(text)
        if m:
            return key, m
    return None


_FEE_NONE = re.compile(
    r"(?:未|没有|不)(?:产生|收取|发生)(?:任何)?(?:政府)?(?:信息公开)?(?:信息处理费|收费|处理费)|收取(?:政府信息公开)?信息处理费0元"
)
_FEE_SOME = re.compile(r"收取(?:政府信息公开)?(?:信息)?处理费(?:共)?(\d+(?:\.\d+)?)元")


def fee_conflict(sections: dict[str, str]) -> str | None:
    """信息处理费 said to be both charged (N元 > 0) and not charged."""
    flat = _flat("\n".join(sections.values()))
    some = [m for m in _FEE_SOME.finditer(flat) if float(m.group(1)) > 0]
    none = _FEE_NONE.search(flat) if "费" in flat else None  # every match names a 费
    if some and none:
        return f"the text says {some[0].group(0)!r} and also {none.group(0)!r}"
    return None


_PUBLISHED = re.compile(r"(?:发布时间|发布日期|成文日期)[:：]\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})")
_DATE_LINE = re.compile(r"^[（(]?\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[)）]?$")


def published_date(text: str) -> date | None:
    """The publication date when the file states one (crawler header, date line under the title)."""
    m = _PUBLISHED.search(text[:3000])
    if m is None:
        for line in text[:1500].splitlines()[:15]:
            m = _DATE_LINE.match(line.strip())
            if m:
                break
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
