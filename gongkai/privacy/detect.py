"""Detection of personal information in text (rules.md §6).

Design, for speed: one combined scan per text finds the *lines* that contain a trigger of some
family (digits, '@', a plate prefix, a name label, …). hyperscan does that scan when it can be
imported; otherwise a pure-`re` pass over the same trigger patterns finds the same lines. Only
those lines (plus the rows of tables and name lists that a triggered header line opens) go through
the Python analysers and checksum validators, so both engines give identical results.

Python's `\\b` sees no boundary between a Chinese character and a digit ("号6222…"), so boundaries
are explicit ASCII look-arounds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from gongkai.lib.checksums import (
    PROVINCE_CODES,
    id_card_birth_date,
    is_valid_credit_code,
    is_valid_id_card,
    is_valid_id_card_15,
    luhn_ok,
)
from gongkai.privacy.mask import mask_value
from gongkai.privacy.model import Hit, PrivacyConfig
from gongkai.privacy.vocab import COMPOUND_SURNAMES, NAME_STOPS, NOT_NAMES, PLATE_PROVINCES, SURNAMES, TITLES

# --- trigger families -------------------------------------------------------------------------------
# Each pattern must mean the same to hyperscan (UTF-8 mode) and to `re`, and must not match "\n".
NAME_LABELS = (
    "申请人", "户主", "联系人", "当事人", "被处罚人", "被申请人", "委托代理人", "代理人", "监护人",
    "收款人", "持卡人", "家庭成员", "举报人", "投诉人", "受助人", "救助对象", "领取人", "患者",
    "受害人", "被害人", "被检查人", "经营者", "户名", "姓名",
)  # fmt: skip
ADDRESS_LABELS = (
    "家庭住址", "家庭地址", "居住地址", "现住址", "现居住地", "住址", "户籍地址", "户籍所在地", "户籍地",
    "住所地", "住所", "家住", "现住", "居住于", "居住在", "居住地", "住在", "通讯地址", "联系地址",
    "送达地址", "地址",
)  # fmt: skip
HEALTH_TRIGGERS = (
    "残", "患", "病", "症", "瘫", "失能", "智障", "HIV", "艾滋", "癌", "肿瘤", "植物人", "脑", "肝硬化",
    "劳动能力", "卧床", "癫痫", "聋", "失明", "截肢",
)  # fmt: skip
# Labels that say what a number is. The nearest one before a number decides.
_NEGATIVE_LABELS = (
    "订单", "流水", "单号", "编号", "文号", "索引号", "合同", "发票", "注册号", "许可证", "案号", "交易",
    "批次", "税号", "登记号", "批准", "备案", "凭证", "序列号", "条码", "工号", "学号", "准考证", "信用代码",
    "机构代码", "邮编", "邮政编码", "金额", "价格", "数量", "总计", "合计", "人口", "识别号", "运单",
    "快递", "代码", "ID", "No", "NO", "编码", "档案号", "证书号", "项目", "票据", "单据", "受理号", "登记",
    "参考号", "回执", "查询码", "验证码", "批号", "型号", "货号", "会员",
)  # fmt: skip
_POSITIVE_LABELS = (
    "身份证", "证件", "公民身份", "电话", "手机", "联系方式", "座机", "固话", "卡号", "账号", "帐号",
    "银行", "开户", "Tel", "TEL", "tel", "传真", "手机号", "护照", "通行证", "台胞证", "回乡证",
)  # fmt: skip
_DOC_LABELS = {
    "护照": "passport",
    "港澳通行证": "hk_macau_permit",
    "往来港澳": "hk_macau_permit",
    "回乡证": "hk_macau_permit",
    "港澳居民来往内地": "hk_macau_permit",
    "港澳居民居住证": "hk_macau_permit",
    "台胞证": "tw_permit",
    "台湾居民来往大陆": "tw_permit",
    "往来台湾": "tw_permit",
    "大陆居民往来台湾": "tw_permit",
}
DOOR = "[0-9〇一二三四五六七八九十](?:号|栋|幢|单元|室|组)"
FAMILIES: dict[str, tuple[str, ...]] = {
    "num": (r"[0-9]{7}", r"[0-9]{3}[ \-][0-9]{4}", r"[0-9]{4}[ \-][0-9]{3}"),
    "email": ("@",),
    "plate": (f"[{PLATE_PROVINCES}][A-HJ-NP-Z]",),
    "name": (*NAME_LABELS, "姓[ 　]+名", "[，,（(][男女][，,）)]", "[，,（(]户主[，,）)]"),
    "list": ("名单", "花名册"),
    "addr": (*ADDRESS_LABELS, DOOR, "[，,]住"),
    "health": HEALTH_TRIGGERS,
    "table": ("姓名", "户主", "住址", "地址", "残疾", "病"),  # plus the number labels, below
}
FAMILIES["table"] += tuple(re.escape(w) for w in (*_NEGATIVE_LABELS, *_POSITIVE_LABELS, *_DOC_LABELS))
FAMILY_NAMES = tuple(FAMILIES)
_FAMILY_BIT = {name: 1 << i for i, name in enumerate(FAMILY_NAMES)}

# --- numeric candidates ------------------------------------------------------------------------------
_NUM_GROUP = re.compile(
    r"(?<![0-9A-Za-z_@])(?<![0-9]\.)"
    r"(?:\+|00)?(?:[(（]0[0-9]{2,3}[)）] ?)?"
    r"[0-9]+(?:[ \-－][0-9]+)*[Xx]?"
    r"(?:(?:转|分机|ext\.?) ?[0-9]{1,6})?"
    r"(?![0-9A-Za-z_@])(?!\.[0-9])"
)
_DIGIT_PART = re.compile(r"[0-9]+[Xx]?")
_NOT_ID_CHAR = re.compile(r"[^0-9Xx]")
_NOT_DIGIT = re.compile(r"[^0-9]")
_ASCII_KEPT = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-+_")
_MOBILE = re.compile(r"1(?:3[0-9]|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8[0-9]|9[0-35-9])[0-9]{8}")
_AREA = re.compile(r"0(?:10|2[0-9]|[3-9][0-9]{2})")
_LOCAL = re.compile(r"[2-9][0-9]{6,7}")
# Card-issuer prefixes seen on cards issued in China: UnionPay 62/60/65/68/69/94/95, Visa 4,
# Mastercard 51–55 and 2221–2720, JCB 35, Amex 34/37, Diners 30/36/38.
_CARD_PREFIX = re.compile(
    r"(?:6[025689]|9[45]|4|5[1-5]|2(?:22[1-9]|2[3-9][0-9]|[3-6][0-9]{2}|7[01][0-9]|720)|3[04-8])"
)
_UNIT_AFTER = re.compile(
    r" ?(?:元|万|亿|人|户|次|件|吨|千克|公斤|平方|亩|册|份|个|%|％|米|公里|套|间|台|辆|页|字节|KB|MB)"
)
_DOC = re.compile(r"(?<![0-9A-Za-z])(?:[A-Z]{1,2}[0-9]{7,10}|[0-9]{8}|[0-9]{10})(?![0-9A-Za-z])")
_DOC_FORMATS = {
    "passport": re.compile(r"(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[GDSP][0-9]{7,8}|[DSP]E[0-9]{7}|K[0-9]{8})"),
    "hk_macau_permit": re.compile(r"(?:C[0-9]{8}|C[A-HJ-NP-Z][0-9]{7}|[HM][0-9]{8}(?:[0-9]{2})?|W[0-9]{8})"),
    "tw_permit": re.compile(r"(?:[TL][0-9]{8}|[0-9]{8}|[0-9]{10})"),
}
_LABEL_RE = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted({*_NEGATIVE_LABELS, *_POSITIVE_LABELS, *_DOC_LABELS}, key=len, reverse=True)
    )
)
_DOC_LABEL_RE = re.compile("|".join(re.escape(w) for w in _DOC_LABELS))
_NEGATIVE = frozenset(_NEGATIVE_LABELS)
_ID_LABELS = frozenset({"身份证", "公民身份"})
_PHONE_LABELS = frozenset({"电话", "手机", "联系方式", "座机", "固话", "Tel", "TEL", "tel", "传真", "手机号"})

# --- other candidates --------------------------------------------------------------------------------
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,12}(?![A-Za-z0-9])"
)
_PLATE = re.compile(
    rf"[{PLATE_PROVINCES}][A-HJ-NP-Z][·• ]?"
    r"(?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳])(?![A-Za-z0-9])"
)
_HAN = "\u4e00-\u9fff"
_HAN_RUN = re.compile(rf"[{_HAN}·]{{1,12}}")
_NAME_LABEL = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in sorted(NAME_LABELS, key=len, reverse=True))
    + r"|姓[ 　]+名)(?:姓名)?(?:[（(][^）)\n]{0,10}[）)])?[ \t　]*[:：]?[ \t　]*"
)
_SEX_AFTER = re.compile(rf"([{_HAN}·]{{2,4}})(?=[，,（(](?:[男女]|户主|申请人)[，,）)])")
_LIST_START = re.compile(r"(?:名单|花名册)(?:如下|公示如下|见下表)?[:：]?")
_TOKEN_ENUM = re.compile(r"(?:[0-9]+[)）]|[（(][0-9一二三四五六七八九十]+[)）])")
_TRAILING_NOTE = re.compile(r"[（(][^）)]*[）)]$")
_ENUM = re.compile(r"^(?:[0-9]+[.、．)）]|[（(][0-9一二三四五六七八九十]+[)）])\s*")
_DOOR = re.compile(
    r"[0-9〇一二三四五六七八九十百零]+[A-Za-z]?(?:号楼|号院|号|栋|幢|座|单元|层|楼|室|组|户)(?:[0-9]+(?:室|号)?)?"
)
_ADDR_LABEL = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in sorted(ADDRESS_LABELS, key=len, reverse=True))
    + r"|(?<=[，,])住)(?:[（(][^）)\n]{0,8}[）)])?[ \t　]*[:：]?[ \t　]*"
)
_ADDR_SEGMENT = re.compile(rf"[{_HAN}0-9A-Za-z\-－#·]+")
# A bare "地址" may be an office's; only a residential address below 乡镇/街道 counts then.
_RESIDENTIAL = re.compile(r"街道|镇|乡|村|社区|小区|室|单元|栋|幢|组|苑|花园|公寓")
_ADDR_SHAPE = re.compile(
    rf"(?<![{_HAN}])(?:[{_HAN}]{{2,6}}?(?:省|自治区|市|州|盟|县|区|旗))*[{_HAN}]{{1,8}}?(?:街道|镇|乡)"
    rf"[{_HAN}0-9\-]{{1,24}}?(?:村|社区|小区|居委会|新村)[{_HAN}0-9\-]{{0,12}}?"
    r"(?:[0-9〇一二三四五六七八九十百零]+[A-Za-z]?(?:号楼|号院|号|栋|幢|座|单元|层|楼|室|组|户))+"
)
# A part every _ADDR_SHAPE match contains: a cheap search for it skips the costly pattern on most lines.
_ADDR_SHAPE_HINT = re.compile(rf"(?:街道|镇|乡)[{_HAN}0-9\-]{{1,24}}?(?:村|社区|小区|居委会|新村)")
_OFFICE_BEFORE = ("办公", "单位", "机关", "注册", "经营", "公司", "企业", "机构", "窗口", "受理", "大厅")
_HEALTH = re.compile(
    r"(?:(?:一|二|三|四|[1-4])级)?(?:肢体|视力|听力|言语|智力|精神|多重|重度|轻度|中度)残疾(?:人)?(?:[（(]?(?:一|二|三|四|[1-4])级[）)]?)?"
    r"|残疾(?:等级|类别)?[:：]?(?:一|二|三|四|[1-4])级"
    r"|患有?[\u4e00-\u9fff]{1,8}?(?:病|症|癌|瘤|炎|血压|梗|障碍|损伤|衰竭)"
    r"|尿毒症|白血病|癌症|恶性肿瘤|精神分裂症|抑郁症|艾滋病|HIV阳性|瘫痪|偏瘫|截瘫|失能|半失能|智障|植物人"
    r"|脑瘫|脑梗|脑溢血|肝硬化|先天性心脏病|重大疾病|慢性病|大病|重病|因病致贫|因残致贫|持证残疾人"
    r"|丧失劳动能力|长期卧床|精神病|癫痫|聋哑|失明|截肢"
)
_PERSON_CUE = re.compile(
    r"户主|本人|患者|其(?:妻|夫|子|女|父|母)|该户|家庭成员|男|女|姓名|申请人|当事人|[0-9]{15}"
)

# Patterns used inside the per-hit rules, compiled once rather than looked up in re's cache per call.
_CODE_CHAR = re.compile(r"[A-Za-z/\-]")
_LIST_TOKEN = re.compile(r"[^、，,；;。.\s　]+")
_WS_CELL = re.compile(r"[^\s　]+")
_RULE_LINE = re.compile(r"[\s|:\-+]*")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_OFFICE_END = re.compile(r"(?:局|委|办|院|所|厅|中心|政府|公司)$")
_NAME_SEP = re.compile(r"[、，,；; 　]")

# Kinds ranked for overlap resolution: a number that is an ID is never also a bank card.
_PRIORITY = {
    k: i
    for i, k in enumerate(
        ("id_card", "id_card_15", "bank_card", "mobile", "passport", "hk_macau_permit", "tw_permit",
         "landline", "email", "license_plate", "address", "name", "health")
    )
}  # fmt: skip


@dataclass(slots=True)
class _Cell:
    start: int
    end: int
    header: str


@dataclass
class _Ctx:
    """The analysis state of one text: what the table pass learnt about rows and columns."""

    text: str
    config: PrivacyConfig
    rows: dict[int, list[_Cell]]
    found: list[tuple[str, int, int]]
    # Rows of tables without personal columns, split into cells only when a number needs its header.
    lazy_rows: dict[int, tuple[list[str], str]] = field(default_factory=dict)
    # config.public_role_labels as a tuple for str.startswith/endswith, built once per text.
    public_roles: tuple[str, ...] = ()

    def is_row(self, line_start: int) -> bool:
        return line_start in self.rows or line_start in self.lazy_rows

    def add(self, kind: str, start: int, end: int) -> None:
        if kind in self.config.kinds and end > start:
            self.found.append((kind, start, end))

    def cell_at(self, line_start: int, pos: int) -> _Cell | None:
        if line_start in self.lazy_rows:
            headers, sep = self.lazy_rows.pop(line_start)
            cells = _split_cells(self.text, line_start, _line_end(self.text, line_start), sep)
            self.rows[line_start] = [_Cell(s, e, h) for (s, e), h in zip(cells, headers, strict=False)]
        for cell in self.rows.get(line_start, ()):
            if cell.start <= pos <= cell.end:
                return cell
        return None

    def label_before(self, line_start: int, pos: int) -> str | None:
        """The nearest label in the 16 characters before pos, else the table column's header."""
        lo = max(line_start, pos - 16)
        last: str | None = None
        for m in _LABEL_RE.finditer(self.text, lo, pos):
            last = m.group()
        if last is None and self.is_row(line_start):
            cell = self.cell_at(line_start, pos)
            for m in _LABEL_RE.finditer(cell.header if cell else ""):
                last = m.group()
        return last


# --- engines -----------------------------------------------------------------------------------------
class _Engine:
    def triggered_lines(self, text: str) -> dict[int, int]:
        """Map each line start (character offset) that holds a trigger to a bit set of families."""
        raise NotImplementedError


class _ReEngine(_Engine):
    def __init__(self) -> None:
        self.families = [
            (_FAMILY_BIT[name], re.compile("|".join(f"(?:{p})" for p in pats)))
            for name, pats in FAMILIES.items()
        ]

    def triggered_lines(self, text: str) -> dict[int, int]:
        newlines = [m.start() for m in re.finditer("\n", text)]
        out: dict[int, int] = {}
        for bit, pattern in self.families:
            last_line = -1
            for m in pattern.finditer(text):
                i = bisect.bisect_left(newlines, m.start())
                if i == last_line:
                    continue
                last_line = i
                start = newlines[i - 1] + 1 if i else 0
                out[start] = out.get(start, 0) | bit
        return out


# hyperscan reports every end offset, so "[0-9]{7}" fires once per digit beyond the sixth of each
# run (12 times per ID number). Anchoring the run's start reports it once and finds the same lines.
_HS_REWRITE = {r"[0-9]{7}": r"(?:^|[^0-9])[0-9]{7}"}


class _HyperscanEngine(_Engine):
    def __init__(self) -> None:
        import hyperscan

        expressions: list[bytes] = []
        self.bits: list[int] = []
        for name, pats in FAMILIES.items():
            for p in pats:
                expressions.append(_HS_REWRITE.get(p, p).encode("utf-8"))
                self.bits.append(_FAMILY_BIT[name])
        self.db = hyperscan.Database()
        self.db.compile(
            expressions=expressions,
            ids=list(range(len(expressions))),
            elements=len(expressions),
            flags=[hyperscan.HS_FLAG_UTF8] * len(expressions),
        )

    def triggered_lines(self, text: str) -> dict[int, int]:
        data = text.encode("utf-8")
        ends: list[tuple[int, int]] = []
        append = ends.append

        def on_match(pid: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            append((to, pid))

        self.db.scan(data, match_event_handler=on_match)
        if not ends:
            return {}
        ends.sort()
        by_byte: dict[int, int] = {}
        line_lo, line_hi = -1, -1
        bits = self.bits
        for to, pid in ends:
            if not (line_lo <= to - 1 < line_hi):
                line_lo = data.rfind(b"\n", 0, to - 1) + 1
                nl = data.find(b"\n", to - 1)
                line_hi = len(data) if nl < 0 else nl
            by_byte[line_lo] = by_byte.get(line_lo, 0) | bits[pid]
        if len(data) == len(text):  # ASCII: byte and character offsets agree
            return by_byte
        out: dict[int, int] = {}
        char_pos, byte_pos = 0, 0
        for b in sorted(by_byte):
            char_pos += len(data[byte_pos:b].decode("utf-8"))
            byte_pos = b
            out[char_pos] = by_byte[b]
        return out


_ENGINES: dict[str, _Engine] = {}


def hyperscan_available() -> bool:
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


def get_engine(name: str = "auto") -> _Engine:
    if name == "auto":
        name = "hyperscan" if hyperscan_available() else "re"
    if name not in _ENGINES:
        if name == "hyperscan":
            _ENGINES[name] = _HyperscanEngine()
        elif name == "re":
            _ENGINES[name] = _ReEngine()
        else:
            raise ValueError(f"unknown engine {name!r}")
    return _ENGINES[name]


# --- the analysis ------------------------------------------------------------------------------------
# Full-width digits, letters and a few signs, mapped one character to one (offsets stay valid).
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c - 0xFEE0) in _ASCII_KEPT}
_HAS_FULL_WIDTH = re.compile("[０-９Ａ-Ｚａ-ｚ＠]")


def detect(text: str, config: PrivacyConfig | None = None) -> list[Hit]:
    """All findings in `text`, sorted by position, non-overlapping."""
    config = config or PrivacyConfig()
    if _HAS_FULL_WIDTH.search(text):
        # "１３８…" is read as "138…"; the hits keep the original characters.
        plain = text.translate(_FULL_WIDTH)
        return [_restore_width(text, h) for h in _detect(plain, config)]
    return _detect(text, config)


def _restore_width(original: str, hit: Hit) -> Hit:
    source = original[hit.start : hit.end]
    masked = hit.masked
    if len(masked) == len(source):
        masked = "".join(o if m == p else m for o, m, p in zip(source, masked, hit.text, strict=True))
    return Hit(hit.kind, hit.start, hit.end, source, masked, hit.page)


def _detect(text: str, config: PrivacyConfig) -> list[Hit]:
    lines = get_engine(config.engine).triggered_lines(text)
    ctx = _Ctx(text=text, config=config, rows={}, found=[], public_roles=tuple(config.public_role_labels))
    table_bit, list_bit = _FAMILY_BIT["table"], _FAMILY_BIT["list"]
    order = sorted(lines.items())
    for start, bits in order:
        if bits & table_bit and not ctx.is_row(start):
            _table(ctx, start)
    for start, bits in order:
        if bits & list_bit:
            _name_list(ctx, start)
    analysers: tuple[tuple[int, Callable[[_Ctx, int, int], None]], ...] = (
        (_FAMILY_BIT["num"], _numbers),
        (_FAMILY_BIT["num"], _documents),
        (_FAMILY_BIT["email"], _emails),
        (_FAMILY_BIT["plate"], _plates),
        (_FAMILY_BIT["name"], _names),
        (_FAMILY_BIT["addr"], _addresses),
        (_FAMILY_BIT["health"], _health),
    )
    for start, bits in order:
        end = _line_end(text, start)
        for bit, analyse in analysers:
            if bits & bit:
                analyse(ctx, start, end)
    return _resolve(ctx)


def _line_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl


def _resolve(ctx: _Ctx) -> list[Hit]:
    # Position, longest first, then rank; no two distinct findings tie on these three.
    priority = _PRIORITY
    found = sorted([(s, s - e, priority[k], k, e) for k, s, e in set(ctx.found)])
    hits: list[Hit] = []
    taken_end = -1
    for start, _, _, kind, end in found:
        if start < taken_end:
            # Overlap: keep the earlier, longer one unless this one outranks it on the same span.
            prev = hits[-1]
            if (start, end) == (prev.start, prev.end) and _PRIORITY[kind] < _PRIORITY[prev.kind]:
                hits[-1] = _hit(ctx, kind, start, end)
            continue
        hits.append(_hit(ctx, kind, start, end))
        taken_end = end
    return hits


def _hit(ctx: _Ctx, kind: str, start: int, end: int) -> Hit:
    text = ctx.text[start:end]
    return Hit(kind, start, end, text, mask_value(kind, text, ctx.config))


# --- numbers -----------------------------------------------------------------------------------------
def _classify_digits(digits: str, seps: str) -> str | None:
    n = len(digits)
    if n == 18 and is_valid_id_card(digits):
        return "id_card"
    if n == 18 and is_valid_credit_code(digits.upper()):
        return None  # 统一社会信用代码 (GB 32100) written with digits only
    if n == 15 and "-" not in seps and is_valid_id_card_15(digits):
        return "id_card_15"
    national = digits
    if n == 13 and digits.startswith("86"):
        national = digits[2:]
    elif n == 15 and digits.startswith("0086"):
        national = digits[4:]
    if len(national) == 11 and _MOBILE.fullmatch(national):
        return "mobile"
    if 16 <= n <= 19 and digits.isdigit() and _CARD_PREFIX.match(digits) and luhn_ok(digits):
        # An 18-digit number shaped like an ID (province, real birth date) is an ID with a wrong
        # check digit, not a card that happens to pass Luhn.
        if n == 18 and digits[:2] in PROVINCE_CODES and id_card_birth_date(digits) is not None:
            return None
        return "bank_card"
    if 10 <= n <= 12 and digits[0] == "0":
        area = _AREA.match(digits)
        if area and _LOCAL.fullmatch(digits[area.end() :]):
            return "landline"
    if 7 <= n <= 8 and _LOCAL.fullmatch(digits):
        return "local"
    return None


def _numbers(ctx: _Ctx, ls: int, le: int) -> None:
    text = ctx.text
    for m in _NUM_GROUP.finditer(text, ls, le):
        raw = m.group()
        if len(raw) < 7:
            continue
        if raw.isascii() and raw.isdigit():
            # One plain run of digits (most groups): the general loop below would try just this.
            kind = _classify_digits(raw, raw)
            if kind is not None and _accept_number(ctx, ls, kind, m.start(), m.end(), raw):
                ctx.add("landline" if kind == "local" else kind, m.start(), m.end())
            continue
        # Split the group into parts at separators and at an extension marker.
        parts = [(p.start() + m.start(), p.end() + m.start()) for p in _DIGIT_PART.finditer(raw)]
        i = 0
        while i < len(parts):
            for j in range(len(parts) - 1, i - 1, -1):
                s, e = parts[i][0], parts[j][1]
                chunk = text[s:e]
                digits = _NOT_ID_CHAR.sub("", chunk)
                if "X" in digits[:-1].upper():
                    continue
                kind = _classify_digits(digits, chunk)
                if kind is None and j == i + 1 and j == len(parts) - 1 and _is_extension(text, parts, i):
                    kind = (
                        "landline"
                        if _classify_digits(_NOT_DIGIT.sub("", text[s : parts[i][1]]), "") == "landline"
                        else None
                    )
                if kind is None and j == i + 1 and _is_area_local(text, parts, i):
                    kind = "landline"
                if (
                    kind is None
                    and j == i + 2
                    and _is_area_local(text, parts, i)
                    and _is_extension(text, parts, i + 1)
                ):
                    kind = "landline"
                if kind is not None:
                    start = m.start() if i == 0 else s  # keep a leading "+", "00" or "(0591)"
                    end = e
                    if _accept_number(ctx, ls, kind, start, end, digits):
                        ctx.add("landline" if kind == "local" else kind, start, end)
                    i = j + 1
                    break
            else:
                i += 1


def _is_area_local(text: str, parts: list[tuple[int, int]], i: int) -> bool:
    area = text[parts[i][0] : parts[i][1]]
    local = text[parts[i + 1][0] : parts[i + 1][1]]
    return bool(_AREA.fullmatch(area) and _LOCAL.fullmatch(local))


def _is_extension(text: str, parts: list[tuple[int, int]], i: int) -> bool:
    between = text[parts[i][1] : parts[i + 1][0]]
    ext = text[parts[i + 1][0] : parts[i + 1][1]]
    return len(ext) <= 6 and between.strip() in ("-", "－", "转", "分机", "ext", "ext.")


def _accept_number(ctx: _Ctx, ls: int, kind: str, start: int, end: int, digits: str) -> bool:
    text = ctx.text
    if _UNIT_AFTER.match(text, end):
        return False
    label = ctx.label_before(ls, start)
    if label in _NEGATIVE:
        return False
    if label in _ID_LABELS and kind not in ("id_card", "id_card_15"):
        return False
    if kind in ("mobile", "landline", "local"):
        plain = _NOT_DIGIT.sub("", digits)
        if ctx.config.phone_allowed(plain) or ctx.config.phone_allowed(plain[-11:]):
            return False
    if kind == "local":
        return label in _PHONE_LABELS
    if kind == "id_card_15" and label not in ("身份证", "证件", "公民身份"):
        # A first-generation number has no check digit: demand that nothing else explains it.
        return label is not None or not _looks_like_code_context(text, ls, start)
    return True


def _looks_like_code_context(text: str, ls: int, start: int) -> bool:
    before = text[max(ls, start - 3) : start]
    return bool(_CODE_CHAR.search(before))


def _documents(ctx: _Ctx, ls: int, le: int) -> None:
    text = ctx.text
    if not ctx.is_row(ls) and not _DOC_LABEL_RE.search(text, max(0, ls - 40), le):
        return  # _doc_label looks no further than this span (or a column header): no document here
    for m in _DOC.finditer(text, ls, le):
        kind = _doc_label(ctx, ls, m.start())
        if kind and _DOC_FORMATS[kind].fullmatch(m.group()):
            ctx.add(kind, m.start(), m.end())


def _doc_label(ctx: _Ctx, ls: int, pos: int) -> str | None:
    lo = max(ls, pos - 24)
    window = ctx.text[lo:pos]
    cell = ctx.cell_at(ls, pos)
    if cell is not None:
        window = cell.header + " " + window
    if ls > 0 and not any(label in window for label in _DOC_LABELS):
        # Forms put the document type on the line before the number ("证件类型：护照").
        window = ctx.text[max(0, ls - 40) : ls] + " " + window
    best: tuple[int, str] | None = None
    for label, kind in _DOC_LABELS.items():
        at = window.rfind(label)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, kind)
    return best[1] if best else None


# --- email, plates -----------------------------------------------------------------------------------
def _emails(ctx: _Ctx, ls: int, le: int) -> None:
    for m in _EMAIL.finditer(ctx.text, ls, le):
        domain = m.group().rpartition("@")[2].lower()
        if any(domain == d or domain.endswith("." + d) for d in ctx.config.allow_email_domains):
            continue
        ctx.add("email", m.start(), m.end())


def _plates(ctx: _Ctx, ls: int, le: int) -> None:
    for m in _PLATE.finditer(ctx.text, ls, le):
        body = m.group()[2:]
        if any(c.isdigit() for c in body):
            ctx.add("license_plate", m.start(), m.end())


# --- names -------------------------------------------------------------------------------------------
def _surname_len(s: str) -> int:
    if s[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if s[:1] in SURNAMES else 0


def _valid_name(ctx: _Ctx, name: str) -> bool:
    if name[_surname_len(name) or 1 :] in TITLES:
        return False
    return (
        2 <= len(name) <= (10 if "·" in name else 4)
        and name not in NOT_NAMES
        and not any(c in name[1:] for c in "某*×ＸX")
        and name not in ctx.config.public_names
    )


def _pick_name(run: str, relaxed: bool = False) -> int:
    """Length of the name at the start of a run of Chinese characters, or 0."""
    if "·" in run:  # minority names such as 阿卜杜·热合曼
        return len(run) if len(run) <= 10 and not run.startswith("·") else 0
    sl = _surname_len(run)
    if sl == 0:
        if not relaxed:
            return 0
        sl = 1
    longest = 4 if sl == 2 else 3
    for length in range(sl + 1, min(longest, len(run)) + 1):
        rest = run[length:]
        if not rest:
            return length
        if rest.startswith(NAME_STOPS):
            return length
    return 0


def _names_at(ctx: _Ctx, pos: int, end: int, relaxed: bool = False) -> Iterator[tuple[int, int]]:
    """Names starting at pos, including a list "张三、李四" that follows."""
    text = ctx.text
    while True:
        m = _HAN_RUN.match(text, pos, end)
        if not m:
            return
        length = _pick_name(m.group(), relaxed)
        name = text[pos : pos + length]
        if not length or not _valid_name(ctx, name):
            return
        if not relaxed and not _pick_name(m.group()):
            return
        yield pos, pos + length
        sep = _NAME_SEP.match(text, pos + length, end)
        if not sep or (
            sep.group() in ("，", ",", " ", "　") and not relaxed and not _list_follows(ctx, sep.end(), end)
        ):
            return
        pos = sep.end()


def _list_follows(ctx: _Ctx, pos: int, end: int) -> bool:
    m = _HAN_RUN.match(ctx.text, pos, end)
    return m is not None and _pick_name(m.group()) in (2, 3, 4) and len(m.group()) <= 4


def _public_role_before(ctx: _Ctx, ls: int, pos: int) -> bool:
    before = ctx.text[max(ls, pos - 6) : pos]
    return before.endswith(ctx.public_roles)


def _names(ctx: _Ctx, ls: int, le: int) -> None:
    text = ctx.text
    for m in _NAME_LABEL.finditer(text, ls, le):
        if _public_role_before(ctx, ls, m.start()):
            continue
        if m.end() < le and text[m.end()] in "\t" and ctx.cell_at(ls, m.start()) is not None:
            continue  # a table header cell, handled by the table pass
        for s, e in _names_at(ctx, m.end(), le):
            ctx.add("name", s, e)
    for m in _SEX_AFTER.finditer(text, ls, le):
        run = m.group(1)
        # The name is the end of the run: "当事人张三，男" is covered above; "经查张三，男" is not.
        for length in (4, 3, 2):
            cand = run[-length:] if len(run) >= length else ""
            if (
                cand
                and _surname_len(cand)
                and _valid_name(ctx, cand)
                and (length > 2 or _surname_len(cand) == 1)
            ):
                if length == 4 and _surname_len(cand) != 2:
                    continue
                ctx.add("name", m.end(1) - length, m.end(1))
                break


def _name_list(ctx: _Ctx, ls: int) -> None:
    """Names listed after a 名单/花名册 heading, on the same line and on the following lines."""
    text = ctx.text
    le = _line_end(text, ls)
    m = _LIST_START.search(text, ls, le)
    if not m:
        return
    found = _list_line(ctx, m.end(), le)
    pos = le + 1
    while pos < len(text):
        end = _line_end(text, pos)
        if ctx.is_row(pos) or not text[pos:end].strip():
            if found or (not text[pos:end].strip() and pos == le + 1):
                pos = end + 1
                if found:
                    break
                continue
            break
        n = _list_line(ctx, pos, end)
        if n == 0:
            break
        found += n
        pos = end + 1


def _list_line(ctx: _Ctx, start: int, end: int) -> int:
    text = ctx.text
    count = 0
    enum = _ENUM.match(text, start, end)
    if enum:
        start = enum.end()
    tokens = [(t.start(), t.end()) for t in _LIST_TOKEN.finditer(text[start:end])]
    names: list[tuple[int, int]] = []
    for ts, te in tokens:
        token = text[start + ts : start + te]
        lead = _TOKEN_ENUM.match(token)
        if lead:  # "(1)张三"
            ts, token = ts + lead.end(), token[lead.end() :]
        token = _TRAILING_NOTE.sub("", token)  # "张三（青云村）"
        if token and _pick_name(token) == len(token) and _valid_name(ctx, token):
            names.append((start + ts, start + ts + len(token)))
        elif not _ENUM.fullmatch(token + " ") and not token.isdigit():
            return 0  # not a plain list of names
    for s, e in names:
        ctx.add("name", s, e)
        count += 1
    return count


# --- tables ------------------------------------------------------------------------------------------
_NAME_HEADER = re.compile(
    r"姓名|^(?:户主|申请人|联系人|当事人|被处罚人|家庭成员|成员|监护人|收款人|户名|持卡人|领取人|救助对象|享受人|保障对象)$"
)
_ADDR_HEADER = re.compile(r"住址|住所|居住地|户籍地|^(?:家庭)?地址$|通讯地址|联系地址")
_HEALTH_HEADER = re.compile(r"残疾|病|健康|致贫原因|身体状况")
_GENERIC_HEADER = re.compile(
    r"序号|性别|年龄|民族|备注|金额|人口|人数|关系|类别|等级|日期|职业|标准|户数|编号|单位|职务|时间|数量|村|组"
)
_NOT_HEADER = re.compile(rf"[0-9]{{3}}|@|[{_HAN}]:")
_HEADER_WORDS = frozenset(
    {"关系", "金额", "单位", "时间", "年龄", "人口", "人数", "户数", "职务", "类别", "备注", "标准", "成员"}
)
_NOT_HEALTH = frozenset({"", "无", "健康", "良好", "正常", "否", "-", "/", "—", "无残疾", "非残疾"})


def _split_cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    line = text[start:end]
    if sep == "ws":
        return [(start + m.start(), start + m.end()) for m in _WS_CELL.finditer(line)]
    cells: list[tuple[int, int]] = []
    pos = 0
    parts = line.split(sep)
    if sep == "|" and line.strip().startswith("|"):
        pos = line.index("|") + 1
        parts = line.strip()[1:].rstrip("|").split("|")
    for part in parts:
        s = start + pos
        lead = len(part) - len(part.lstrip())
        cells.append((s + lead, s + len(part.rstrip())))
        pos += len(part) + 1
    return cells


def _table(ctx: _Ctx, ls: int) -> None:
    text = ctx.text
    le = _line_end(text, ls)
    line = text[ls:le]
    if len(line) > 300 or "：" in line or "。" in line:
        return  # a header row is short and has no "label：value" pairs or sentences
    if _NOT_HEADER.search(line):
        # No match of _NOT_HEADER can hold a separator, so it lies in some cell: reject before
        # splitting, the common case on form lines such as "证件号码\t3501…".
        return
    sep = "\t" if "\t" in line else "|" if "|" in line else "," if "," in line else "ws"
    if sep == "ws" and (len(line) > 100 or "，" in line):
        return
    cells = _split_cells(text, ls, le, sep)
    headers = [text[s:e] for s, e in cells]
    if len(cells) < 2 or any(len(h) > 14 or "：" in h or _NOT_HEADER.search(h) for h in headers):
        return
    roles: list[str | None] = []
    for h in headers:
        public = h.startswith(ctx.public_roles)
        if _NAME_HEADER.search(h) and not public:
            roles.append("name")
        elif _ADDR_HEADER.search(h) and not h.startswith(_OFFICE_BEFORE):
            roles.append("address")
        elif _HEALTH_HEADER.search(h):
            roles.append("health")
        else:
            roles.append(None)
    labelled = [
        role is not None or _LABEL_RE.search(h) is not None for role, h in zip(roles, headers, strict=True)
    ]
    headerish = sum(1 for ok, h in zip(labelled, headers, strict=True) if ok or _GENERIC_HEADER.search(h))
    if not any(labelled) or (len(cells) == 2 and not all(labelled)) or (sep == "ws" and headerish < 2):
        return  # "证件类型\t护照" is a form line (label, value), not a table header
    if any(h not in _HEADER_WORDS and _pick_name(h) == len(h) and _valid_name(ctx, h) for h in headers):
        return  # "姓名\t张三\t性别\t男" is a form with values, not a table header
    ctx.rows[ls] = [_Cell(s, e, h) for (s, e), h in zip(cells, headers, strict=True)]
    pos = le + 1
    while pos < len(text):
        end = _line_end(text, pos)
        row_line = text[pos:end]
        if _RULE_LINE.fullmatch(row_line) and row_line.strip():
            pos = end + 1  # a Markdown rule under the header
            continue
        if not row_line.strip():
            break
        if not any(roles) and sep in ("\t", ","):
            # Nothing to find in the cells themselves: count them cheaply, split them later if needed.
            if not 2 <= row_line.count(sep) + 1 <= len(cells):
                break
            ctx.lazy_rows[pos] = (headers, sep)
            pos = end + 1
            continue
        row = _split_cells(text, pos, end, sep)
        if len(row) < 2 or len(row) > len(cells):
            break
        ctx.rows[pos] = [_Cell(s, e, h) for (s, e), h in zip(row, headers, strict=False)]
        for (s, e), role in zip(row, roles, strict=False):
            if role is not None and e > s:
                _table_cell(ctx, role, s, e)
        pos = end + 1


def _table_cell(ctx: _Ctx, role: str, s: int, e: int) -> None:
    value = ctx.text[s:e]
    if role == "name":
        for ns, ne in _names_at(ctx, s, e, relaxed=True):
            ctx.add("name", ns, ne)
    elif role == "address":
        door_end = _last_door_end(ctx.text, s, e)
        if door_end:
            ctx.add("address", s, door_end)
    elif role == "health" and value.strip() not in _NOT_HEALTH and _HAN_CHAR.search(value):
        ctx.add("health", s, e)


# --- addresses ---------------------------------------------------------------------------------------
def _last_door_end(text: str, start: int, end: int) -> int:
    """End of the last house-level part (号/栋/单元/室/组) in text[start:end], or 0."""
    last = 0
    for door in _DOOR.finditer(text, start, end):
        last = door.end()
    return last


def _addresses(ctx: _Ctx, ls: int, le: int) -> None:
    text = ctx.text
    labelled = False
    for m in _ADDR_LABEL.finditer(text, ls, le):
        before = text[max(ls, m.start() - 4) : m.start()]
        if before.endswith(_OFFICE_BEFORE) or (m.group().startswith("地址") and _office_context(before)):
            continue
        seg = _ADDR_SEGMENT.match(text, m.end(), le)
        if not seg:
            continue
        door_end = _last_door_end(text, seg.start(), seg.end())
        if door_end - seg.start() < 4:
            continue
        if m.group().startswith(("地址", "联系地址")) and not _RESIDENTIAL.search(
            text, seg.start(), door_end
        ):
            continue
        ctx.add("address", seg.start(), door_end)
        labelled = True
    if not labelled and _PERSON_CUE.search(text, ls, le) and _ADDR_SHAPE_HINT.search(text, ls, le):
        for m in _ADDR_SHAPE.finditer(text, ls, le):
            before = text[max(ls, m.start() - 6) : m.start()]
            if not any(w in before for w in _OFFICE_BEFORE):
                ctx.add("address", m.start(), m.end())


def _office_context(before: str) -> bool:
    return bool(_OFFICE_END.search(before))


# --- health ------------------------------------------------------------------------------------------
def _health(ctx: _Ctx, ls: int, le: int) -> None:
    text = ctx.text
    matches = list(_HEALTH.finditer(text, ls, le))
    if not matches:
        return
    if not ctx.is_row(ls) and not _PERSON_CUE.search(text, ls, le):
        return  # a policy sentence about 残疾人 in general, not a person's status
    for m in matches:
        ctx.add("health", m.start(), m.end())
