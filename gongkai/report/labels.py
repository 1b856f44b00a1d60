"""Tolerant matching of the report's row and item labels.

Labels are matched by distinctive keywords on a normalised form (NFKC, Traditional → Simplified for
the characters the tables use, whitespace and pinyin glosses removed), never by position alone: a
published table may lose, split or repeat rows, and the keywords survive OCR slips such as
行政法复议 or 其他法律行政止公开.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Traditional → Simplified for the characters of the official labels and headings; enough for the
# mirror sites that convert whole pages, cheap enough to apply to every line.
_TRAD = (
    "數数據据關关係系為为項项請请開开處处況况條条規规範范廢废現现發发務务許许罰罚強强費费額额單单"
    "萬万總总計计體体結结轉转議议訟讼復复審审維维糾纠經经訴讼機机構构會会組组織织業业報报問问題题"
    "進进與与國国內内資资屬属於于險险權权護护類类過过執执檔档詢询無无製制補补確确訪访舉举複复獲获"
    "區区間间門门號号貫贯員员檢检實实際际況况達达這这來来對对並并產产決决戶户稅税幹干勞劳辦办"
    "從从時时識识達达專专責责導导領领歸归務务態态負负傳传備备說说讀读設设網网頁页圖图態态營营"
    "環环衛卫動动聯联織织統统績绩禮礼雙双廣广東东陽阳縣县鎮镇鄉乡長长數数"
)
_TRAD_MAP = str.maketrans(_TRAD[0::2], _TRAD[1::2])
# Mirror sites add pinyin glosses after some characters: 區(qū)委.
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")


_TRAD_CHAR = re.compile(f"[{_TRAD[0::2]}]")
# The full-width punctuation of Chinese prose, replaced by what NFKC maps it to: one NFKC pass
# over text holding any of them costs ~80 ns a character, while NFKC of already-normal text is a
# quick check. (Replacing first gives the same result: these characters compose with nothing.)
_FULLWIDTH = (
    ("，", ","), ("（", "("), ("）", ")"), ("：", ":"), ("；", ";"), ("\u3000", " "), ("？", "?"),
    ("！", "!"), ("％", "%"),
)  # fmt: skip


def normalise(text: str) -> str:
    """The form labels are compared in: NFKC, Simplified, no whitespace, no pinyin glosses."""
    if len(text) <= _CACHED_LENGTH:
        return _normalise_short(text)
    return _normalise(text)


# Row and item labels recur in every report of a batch; prose (long) is not worth caching.
_CACHED_LENGTH = 48


@lru_cache(maxsize=8192)
def _normalise_short(text: str) -> str:
    return _normalise(text)


def _normalise(text: str) -> str:
    if not text.isascii():
        for wide, narrow in _FULLWIDTH:
            if wide in text:
                text = text.replace(wide, narrow)
        text = unicodedata.normalize("NFKC", text)
        # str.translate looks every character up in a dict: only pay for it when needed.
        if _TRAD_CHAR.search(text):
            text = text.translate(_TRAD_MAP)
    if "(" in text:
        text = _PINYIN.sub("", text)
    # No blanks: str.split() drops exactly the whitespace \s matches (\u3000, \u00a0 included).
    text = "".join(text.split())
    for mark in "*#|?":
        if mark in text:
            text = text.replace(mark, "")
    return text


# Table 三 rows: keyword regexes on the normalised label. Order matters only for readability; a
# label matching two different rows is a header line (e.g. a repeated column header) and is ignored.
_ROW_PATTERNS: dict[str, str] = {
    "new": r"本年新收|新收.{0,6}申请数量",
    "carried_over": r"上年结转|上年度结转",
    "granted": r"予以公开",
    "partially_granted": r"部分公开",
    "withheld_state_secret": r"国家秘密",
    "withheld_prohibited_by_law": r"其他法律|法规禁止|行政止公开",
    "withheld_security_stability": r"三安全|一稳定",
    "withheld_third_party": r"第三方",
    "withheld_internal_affairs": r"内部事务",
    "withheld_process_info": r"过程性",
    "withheld_enforcement_file": r"执法案卷",
    "withheld_inquiry_matter": r"查询事项",
    "unable_not_held": r"不掌握",
    "unable_needs_creation": r"另行制作|没有现成",
    "unable_still_unclear": r"仍不明确|补正后申请",
    "rejected_petition": r"信访|举报投诉",
    "rejected_repeat": r"重复申请",
    "rejected_publication": r"出版物",
    "rejected_excessive": r"大量反复",
    "rejected_confirmation": r"重新出具|确认或",
    "other_no_correction": r"逾期不补|不补正",
    "other_no_fee": r"收费通知|缴纳费用",
    # Also the keyed form "三(六)3 其他" / "(六)3.其他" (group prefix kept with the item number).
    "other_other": r"^(?:\d[.、]?)?其他(?:处理)?$|^3[.、]其他|^(?:三)?\(六\)3[.、]?其他$",
    "total_handled": r"\(七\)总计|^七[、.)]?总计|^\(七\)",
    "carried_forward": r"结转下年度|下年度继续",
}
ROW_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in _ROW_PATTERNS.items())
# One pass that rejects the many labels (prose) naming no row before trying each row's regex.
_ANY_ROW = re.compile("|".join(f"(?:{p})" for p in _ROW_PATTERNS.values()))

# The 2019/2021 （六）其他处理 heading: a row of its own in the 2019 format (and in some 2021-format
# reports that collapse the group), a group label above sub-rows otherwise.
SIX_OTHER_RE = re.compile(r"\(六\)其他(?:处理)?$|^\(六\)其他处理")

_ART20_PATTERNS: dict[str, str] = {
    "rules": r"规章$|^规章",
    "normative_documents": r"规范性文件",
    "licensing": r"^行政许可|行政许可$",
    "other_services": r"其他对外管理服务事项",
    "penalty": r"^行政处罚|行政处罚$",
    "enforcement": r"^行政强制|行政强制$",
    "fees": r"行政事业性收费",
    "procurement": r"政府集中采购",
}
ART20_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (k, re.compile(p)) for k, p in _ART20_PATTERNS.items()
)

# Markers of the 2019 trial format's table 二 (国办公开办函〔2019〕60号).
FORMAT_2019_RE = re.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|第二十条第\(九\)项")


@lru_cache(maxsize=4096)
def _match_rows(label: str) -> tuple[str, ...]:
    if not _ANY_ROW.search(label):
        return ()
    return tuple(key for key, regex in ROW_RES if regex.search(label))


def match_rows(label: str) -> list[str]:
    """The table 三 row keys whose keywords occur in a normalised label."""
    return list(_match_rows(label))


@lru_cache(maxsize=4096)
def match_row(label: str) -> str | None:
    """The one row a label names, or None if none or several (a header line)."""
    keys = _match_rows(label)
    if len(keys) == 1:
        return keys[0]
    # 三(三)2 and 三(五)5 share words with other rows only through 其他; prefer the specific row.
    if len(keys) == 2 and "other_other" in keys:
        return next(k for k in keys if k != "other_other")
    return None


@lru_cache(maxsize=1024)
def match_art20(label: str) -> str | None:
    keys = [key for key, regex in ART20_RES if regex.search(label)]
    return keys[0] if len(keys) == 1 else None


# Section headings (tolerant): key → keyword regex on a normalised short line.
_SECTION_PATTERNS: dict[str, str] = {
    "overview": r"总体情况",
    "proactive": r"主动公开政府信息(?:情况)?$|主动公开政府信息情况",
    "requests": r"收到和处理政府信息公开申请|政府信息公开申请情况",
    "appeals": r"行政(?:法)?复议.{0,3}(?:提起)?行政诉讼|复议、行政诉讼",
    "problems": r"存在的主要问题",
    "other": r"其他需要报告的事项",
}
SECTION_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (k, re.compile(p)) for k, p in _SECTION_PATTERNS.items()
)
_HEADING_PREFIX = re.compile(r"^(?:#+)?(?:[一二三四五六七八九十]{1,2}[、.．]|第[一二三四五六]部分)")


def section_of_heading(line: str) -> str | None:
    """The section a short heading line opens (一、总体情况 …), or None."""
    norm = normalise(line)
    if not norm or len(norm) > 36 or not _HEADING_PREFIX.match(norm):
        return None
    for key, regex in SECTION_RES:
        if regex.search(norm):
            return key
    return None
