"""发文字号 (文号) validation, GB/T 9704-2012 7.2.5 (rules.md §5.4). Pure module.

"年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位
（即1不编为01），在阿拉伯数字后加“号”字。" Orders (令) use "…令第N号" and are checked by their own pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

VALID = re.compile(r"^(?P<code>[\u4e00-\u9fa5A-Za-z]+)〔(?P<year>\d{4})〕(?P<seq>[1-9]\d*)号$")
ORDER = re.compile(r"^(?P<code>[\u4e00-\u9fa5A-Za-z]+)令第(?P<seq>[1-9]\d*)号$")
# Anything that looks like code + bracketed year + number, with the usual mistakes allowed.
_LOOSE = re.compile(
    r"^(?P<code>[\u4e00-\u9fa5A-Za-z]*)\s*"
    r"(?P<open>[〔\[［(（【〖{])\s*(?P<year>\d{2,4})\s*(?P<close>[〕\]］)）】〗}])\s*"
    r"(?P<di>第)?\s*(?P<seq>\d+)\s*(?P<hao>号)?$"
)


@dataclass(frozen=True)
class DocNumberCheck:
    value: str
    ok: bool
    corrected: str | None = None
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def message(self) -> str:
        if self.ok:
            return ""
        text = "；".join(self.problems)
        return f"{text}，应为{self.corrected}" if self.corrected else text


def check(value: str) -> DocNumberCheck:
    """Check a 文号; an empty value is fine (many documents have none)."""
    value = value.strip()
    if not value or VALID.match(value) or ORDER.match(value):
        return DocNumberCheck(value, True)
    m = _LOOSE.match(value)
    if m is None:
        return DocNumberCheck(
            value, False, None, ("文号格式应为“机关代字〔年份〕序号号”，如“国办发〔2017〕47号”",)
        )
    problems: list[str] = []
    if not m["code"]:
        problems.append("缺少发文机关代字")
    if m["open"] != "〔" or m["close"] != "〕":
        problems.append("年份应使用六角括号“〔〕”")
    year: str | None = m["year"]
    if len(m["year"]) != 4:
        problems.append("年份应标全称（四位数字）")
        # A two-digit year of an administrative document can only mean 20xx.
        year = ("20" + m["year"]) if len(m["year"]) == 2 else None
    if m["di"]:
        problems.append("发文顺序号不加“第”字")
    seq = m["seq"]
    if seq.startswith("0"):
        problems.append("发文顺序号不编虚位（1不编为01）")
        seq = seq.lstrip("0") or "0"
    if not m["hao"]:
        problems.append("发文顺序号后应加“号”字")
    if seq == "0":
        problems.append("发文顺序号不能为0")
        return DocNumberCheck(value, False, None, tuple(problems))
    corrected = f"{m['code']}〔{year}〕{seq}号" if year else None
    return DocNumberCheck(value, False, corrected, tuple(problems))
