"""Holdout set 16: disasters, veterans, housing, civil registration, mental-health management.

A blind labelled test set for a Chinese personal-information detector, written without reading the
detector. ``python holdout16.py --docs 400 --seed 61 -o out.jsonl`` writes one JSON object per line,
``{"type", "text", "spans": [{"kind", "start", "end", "text"}]}``; ``--decisions`` prints the labelling
decisions taken where the policy (docs/privacy.md) is silent.

Documents are those of a county/district government and its departments, in eight families
(``type`` is ``family.subkind``):

1. ``disaster.*`` 应急管理局: 倒房重建对象公示, 冬春生活救助发放花名册 (户主, 身份证号, 一卡通账号),
   自然灾害生活救助申请审批表 (label-value form with family members), 过渡期生活救助名单 (numbered list).
2. ``veteran.*`` 退役军人事务局: 抚恤补助/定期生活补助发放名册 (优抚类别, 伤残等级 = health),
   新增/停发公示, 伤残等级评定公示 (injury + grade), 答复 letter to a veteran.
3. ``housing.*`` 公租房: 轮候名单, 摇号配租结果 (家庭成员 with relations, 配租房源 down to 室),
   腾退通知 letter, 资格审核表 (form + members), 资格取消公示 (vehicle plates).
4. ``shantytown.*`` 棚户区改造: 安置房抽签结果, 补偿协议公示, 评估报告送达公告, 入户调查结果 list.
5. ``civil.*``: 出生医学证明作废/补发公告, 收养登记公告 (minors, 送养人, 收养人 with passports or
   permits), 户口注销公告 (old 15-digit IDs), 户籍迁移/出国定居注销 letters.
6. ``mental.*`` 严重精神障碍患者以奖代补/监护补贴发放表 (diagnosis = health, 监护人 with relation,
   mobile or home landline), 公示 lists, 监护人申请表.
7. ``juror.*`` 人民陪审员拟选任名单, 人民调解员聘任公告, 陪审员候选人随机抽选名单: names published
   by design (not labelled); IDs, mobiles and home addresses that slip into such lists are labelled.
8. ``court.*`` 执行悬赏公告, 限制消费令, 失信被执行人名单, 执行公告: natural persons are labelled
   (names, full IDs, homes, plates, passports); IDs already masked by the court are not.

Layouts: prose (indented paragraphs, numbered lists, letters with greetings), label-value forms (one or
two pairs a line, Word-spaced labels), tables (tab, space-aligned, pipe, one cell a line, HTML
remnants, quoted CSV). About a quarter of the documents are "extracted from PDF/Word": prose
hard-wrapped at a fixed width (never inside a labelled span), names spaced out ("张 三", "张　三"),
page footers ("第 2 页 共 3 页", "— 2 —") and running titles with a repeated header inside tables, and
table rows whose long cell wraps onto the next line.

Near-misses that are never labelled: GB 32100 credit codes, 文号, 索引号, case numbers, 18- and
19-digit transaction numbers (some Luhn-valid, none with a card-issuer prefix), 出生医学证明编号,
amounts, dates, postcodes, 12345, office phones after 监督电话/咨询电话/联系电话, gov.cn mail, office and
shop addresses, bare villages, masked IDs and mobiles, officials and 经办人 in role, company legal
representatives, anonymised names (王某某, 李女士).

Every document is self-checked before it is written (span offsets, no valid ID / mobile / issuer-prefixed
Luhn card / non-gov mail outside a span, every occurrence of a labelled name inside a name span);
a document that fails is drawn again. Standard library only; deterministic for a seed.

First contact (--docs 400 --seed 61, measured by the lead with the detector of 4454d84 and the fixes
for holdout 17 in progress, before any for this set): name P 78.7 / R 72.7, address 96.9 / 82.5,
health 67.4 / 56.1, landline P 76.0, bank_card R 97.8 and id_card R 99.8 (a table whose rows drift
from its headers); every other kind 100 / 100.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from random import Random
from typing import TypedDict, TypeGuard

R = Random(0)


def ch[T](seq: Sequence[T]) -> T:
    return R.choice(seq)


def ri(a: int, b: int) -> int:
    return R.randint(a, b)


def rp(p: float) -> bool:
    return R.random() < p


# --------------------------------------------------------------------------- spans and documents


@dataclass(frozen=True)
class Sp:
    kind: str
    text: str


type Seg = tuple[str, str | None]  # (text, kind); kind None for unlabelled text
# What the document builders accept: plain text, a labelled Sp, a ready segment, nothing (None or ""),
# or any nesting of these.
type Part = str | Sp | Seg | Sequence[Part] | None


def N(x: str) -> Sp:
    return Sp("name", x)


def ID(x: str) -> Sp:
    return Sp("id_card", x)


def ID15(x: str) -> Sp:
    return Sp("id_card_15", x)


def MOB(x: str) -> Sp:
    return Sp("mobile", x)


def TEL(x: str) -> Sp:
    return Sp("landline", x)


def CARD(x: str) -> Sp:
    return Sp("bank_card", x)


def ADDR(x: str) -> Sp:
    return Sp("address", x)


def H(x: str) -> Sp:
    return Sp("health", x)


def MAIL(x: str) -> Sp:
    return Sp("email", x)


def PLATE(x: str) -> Sp:
    return Sp("license_plate", x)


def PASS(x: str) -> Sp:
    return Sp("passport", x)


def HKM(x: str) -> Sp:
    return Sp("hk_macau_permit", x)


def TW(x: str) -> Sp:
    return Sp("tw_permit", x)


def is_seg(p: object) -> TypeGuard[Seg]:
    return isinstance(p, tuple) and len(p) == 2 and (p[1] is None or isinstance(p[1], str))


def norm(parts: Iterable[Part]) -> list[Seg]:
    out: list[Seg] = []
    for p in parts:
        if p is None or p == "":
            continue
        if isinstance(p, str):
            out.append((p, None))
        elif isinstance(p, Sp):
            out.append((p.text, p.kind))
        elif is_seg(p):
            out.append(p)
        else:
            out.extend(norm(p))
    return out


def plain(parts: Iterable[Part]) -> str:
    return "".join(t for t, _ in norm(parts))


def dwidth(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


CN_NUM = "〇一二三四五六七八九"


def cn(n: int) -> str:
    if n <= 10:
        return "十" if n == 10 else CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def wrap_segs(segs: list[Seg], width: int) -> list[Seg]:
    """Hard-wrap plain text at ``width`` display columns; a labelled span is never cut."""
    out: list[Seg] = []
    col = 0
    for text, kind in segs:
        if kind is not None:
            w = dwidth(text)
            if col and col + w > width + 6:
                out.append(("\n", None))
                col = 0
            out.append((text, kind))
            col += w
            continue
        buf: list[str] = []
        for c in text:
            if c == "\n":
                buf.append(c)
                col = 0
                continue
            cw = 2 if ord(c) > 0x2E80 else 1
            if col + cw > width and c not in "，。、；：）》”":
                buf.append("\n")
                col = 0
            buf.append(c)
            col += cw
        out.append(("".join(buf), None))
    return out


class Span(TypedDict):
    kind: str
    start: int
    end: int
    text: str


class Record(TypedDict):
    """One line of the output."""

    type: str
    text: str
    spans: list[Span]


class Doc:
    def __init__(self, typ: str, pdf: bool) -> None:
        self.typ = typ
        self.pdf = pdf
        self.segs: list[Seg] = []
        self.width = ri(30, 44) if pdf else 0
        self.page = 1
        self.pages = ri(2, 4)

    def t(self, *parts: Part) -> None:
        self.segs.extend(norm(parts))

    def line(self, *parts: Part) -> None:
        self.segs.extend(norm(parts))
        self.segs.append(("\n", None))

    def blank(self) -> None:
        self.segs.append(("\n", None))

    def para(self, *parts: Part, indent: bool | None = None) -> None:
        segs = norm(parts)
        if indent is None:
            indent = rp(0.65)
        if indent:
            segs = [(ch(["　　", "    ", "  "]), None), *segs]
        if self.pdf:
            segs = wrap_segs(segs, self.width)
        self.segs.extend(segs)
        self.segs.append(("\n", None))

    def footer(self) -> None:
        self.segs.append((page_footer(self.page, self.pages) + "\n", None))
        self.page += 1
        self.pages = max(self.pages, self.page)

    def build(self) -> Record:
        if self.pdf and self.page == 1:
            self.footer()
        text_parts: list[str] = []
        spans: list[Span] = []
        pos = 0
        for text, kind in self.segs:
            if kind is not None:
                spans.append({"kind": kind, "start": pos, "end": pos + len(text), "text": text})
            text_parts.append(text)
            pos += len(text)
        text = "".join(text_parts)
        return {"type": self.typ, "text": text, "spans": spans}


def page_footer(p: int, total: int) -> str:
    return ch(
        [
            f"第 {p} 页 共 {total} 页",
            f"第{p}页，共{total}页",
            f"— {p} —",
            f"- {p} -",
            f"第 {p} 页",
            f"{p}/{total}",
        ]
    )


# --------------------------------------------------------------------------- numbers

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
}  # fmt: skip
OTHER_AREAS = [
    "110105", "120104", "130102", "140105", "150102", "210102", "220102", "230103", "310115",
    "320106", "330106", "340104", "350102", "360102", "370102", "410105", "420106", "430104",
    "440106", "450103", "500103", "510107", "520102", "530102", "610113", "620102", "630102",
    "640104", "650102", "640381", "640221", "411602", "430521", "513401", "653101", "152501",
]  # fmt: skip


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, ID_W, strict=True)) % 11]


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def id_ok(s: str) -> bool:
    if len(s) != 18 or not s[:17].isdigit() or s[:2] not in PROVINCES:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2025 and valid_date(y, m, d)):
        return False
    return id_check(s[:17]) == s[17].upper()


def id15_like(s: str) -> bool:
    if len(s) != 15 or not s.isdigit() or s[:2] not in PROVINCES:
        return False
    return valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


def rand_birth(lo: int, hi: int) -> date:
    """A birth date for an age between lo and hi in 2024."""
    start = date(2024 - hi, 1, 1)
    end = date(2024 - lo, 12, 28)
    return start + timedelta(days=ri(0, (end - start).days))


def make_id(area: str, birth: date, sex: str, want_x: bool = False) -> str:
    for _ in range(200):
        seq = ri(1, 99) * 10 + (ch([1, 3, 5, 7, 9]) if sex == "男" else ch([0, 2, 4, 6, 8]))
        s17 = f"{area}{birth:%Y%m%d}{seq:03d}"
        c = id_check(s17)
        if want_x and c != "X":
            continue
        if c == "X" and rp(0.25):
            c = "x"
        return s17 + c
    return s17 + id_check(s17)


def make_id15(area: str, birth: date, sex: str) -> str:
    seq = ri(1, 99) * 10 + (ch([1, 3, 5, 7, 9]) if sex == "男" else ch([0, 2, 4, 6, 8]))
    return f"{area}{birth:%y%m%d}{seq:03d}"


MASK = [0]  # the masking style of the current document


def mask_id(s: str) -> str:
    return [
        s[:6] + "********" + s[-4:],
        s[:10] + "****" + s[-4:],
        s[:6] + "****" + s[10:14] + "****",
        s[:3] + "*" * 11 + s[-4:],
        s[:14] + "****",
    ][MASK[0]]


MOBILE_PREFIX = [
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
]  # fmt: skip


def make_mobile() -> str:
    return ch(MOBILE_PREFIX) + f"{ri(0, 99999999):08d}"


def fmt_mobile(m: str) -> str:
    r = R.random()
    if r < 0.6:
        return m
    if r < 0.7:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.78:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.86:
        return "+86 " + m
    if r < 0.92:
        return "86-" + m
    if r < 0.96:
        return "+86-" + f"{m[:3]}-{m[3:7]}-{m[7:]}"
    return "0086 " + m


def mask_mobile(m: str) -> str:
    return m[:3] + "****" + m[7:]


def luhn_digit(s: str) -> str:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


ISSUERS = [
    ("622848", 19), ("622202", 19), ("621700", 19), ("622700", 19), ("621799", 19),
    ("622188", 19), ("621226", 19), ("621661", 19), ("623052", 19), ("622908", 19),
    ("621483", 16), ("622588", 16), ("625965", 16), ("601382", 19), ("620200", 19),
]  # fmt: skip
ISSUER_PREFIXES = (*tuple(p for p, _ in ISSUERS), "62", "4", "5")


def make_card() -> str:
    pre, n = ch(ISSUERS)
    body = pre + "".join(str(ri(0, 9)) for _ in range(n - len(pre) - 1))
    return body + luhn_digit(body)


def fmt_card(c: str) -> str:
    if rp(0.3):
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    return c


def txn_number(n: int, luhn: bool) -> str:
    s = f"{ri(2022, 2025)}{ri(1, 12):02d}{ri(1, 28):02d}" + "".join(str(ri(0, 9)) for _ in range(n - 9))
    return s + (luhn_digit(s) if luhn else str(ri(0, 9)))


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
OC_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code() -> str:
    body = "".join(ch("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWY") for _ in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, OC_W, strict=True)) % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(kind: str, area: str) -> str:
    s17 = kind + area + org_code()
    total = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W, strict=True))
    return s17 + CC_CHARS[(31 - total % 31) % 31]


def office_phone(c: County) -> str:
    return f"{c['area']}-{ri(2, 8)}{ri(0, 999999):06d}"


def home_phone(c: County) -> str:
    num = f"{ri(2, 8)}{ri(0, 999999):06d}"
    return ch([f"{c['area']}-{num}", f"{c['area']}{num}", f"（{c['area']}）{num}", f"{c['area']} {num}"])


def make_passport() -> str:
    p = ch(["E", "EA", "EB", "EH"])
    return p + "".join(str(ri(0, 9)) for _ in range(9 - len(p)))


def make_hk_permit() -> str:
    return ch(["C", "H", "M"]) + "".join(str(ri(0, 9)) for _ in range(8))


def make_tw_permit() -> str:
    return "".join(str(ri(0, 9)) for _ in range(8))


def make_email(pinyin: str) -> str:
    local = ch(
        [
            pinyin + str(ri(1970, 2005)),
            pinyin + "_" + str(ri(1, 999)),
            pinyin,
            str(ri(10000000, 2999999999)),
            pinyin[:3] + str(ri(100, 9999)),
        ]
    )
    domain = ch(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "hotmail.com"])
    return local + "@" + domain


PINYIN = [
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
    "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han",
]  # fmt: skip


def make_plate(c: County) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    r = R.random()
    if r < 0.3:
        tail = ch("DF") + "".join(str(ri(0, 9)) for _ in range(5))
    elif r < 0.4:
        tail = "".join(str(ri(0, 9)) for _ in range(5)) + ch("DF")
    else:
        chars = [str(ri(0, 9)) for _ in range(5)]
        for i in R.sample(range(5), ri(0, 2)):
            chars[i] = ch(letters)
        tail = "".join(chars)
    sep = ch(["", "", "", "·", "·"]) if r < 0.4 else ch(["", "", "·", " "])
    return c["plate"] + sep + tail


# --------------------------------------------------------------------------- places


class County(TypedDict):
    prov: str  # province
    ps: str  # its short name
    city: str
    county: str
    code: str  # administrative division code
    area: str  # telephone area code
    plate: str  # licence plate prefix
    ab: str  # one-character abbreviation used in document numbers
    court: str  # court code used in case numbers
    post: str  # postcode
    style: str  # naming style
    dom: str  # gov.cn mail domain
    co: list[str]  # place words for company names
    towns: list[str]
    streets: list[str]
    roads: list[str]


def county(
    prov: str,
    ps: str,
    city: str,
    name: str,
    code: str,
    area: str,
    plate: str,
    ab: str,
    court: str,
    post: str,
    style: str,
    dom: str,
    co: list[str],
    towns: list[str],
    streets: list[str],
    roads: list[str],
) -> County:
    return {
        "prov": prov, "ps": ps, "city": city, "county": name, "code": code, "area": area, "plate": plate,
        "ab": ab, "court": court, "post": post, "style": style, "dom": dom, "co": co, "towns": towns,
        "streets": streets, "roads": roads,
    }  # fmt: skip


COUNTIES = [
    county(
        "宁夏回族自治区", "宁夏", "吴忠市", "利通区", "640302", "0953", "宁C", "利", "宁0302", "751100",
        "hui",
        "wuzhong", ["吴忠", "利通"],
        ["金积镇", "金银滩镇", "高闸镇", "扁担沟镇", "上桥镇", "古城镇", "东塔寺乡", "郭家桥乡", "马莲渠乡"],
        ["胜利街道", "古城街道", "朝阳街道", "金星街道"],
        ["裕民街", "朝阳街", "明珠路", "开元大道", "利宁街", "新华街", "文卫路"],
    ),
    county(
        "四川省", "四川", "凉山彝族自治州", "昭觉县", "513431", "0834", "川W", "昭", "川3431", "616150", "yi",
        "zhaojue", ["凉山", "昭觉"],
        ["新城镇", "谷曲乡", "四开乡", "竹核乡", "比尔乡", "解放乡", "三岔河乡", "地莫乡"],
        ["新城镇"],
        ["建设路", "解放路", "东风路", "南坪街", "团结路"],
    ),
    county(
        "新疆维吾尔自治区", "新疆", "喀什地区", "疏附县", "653121", "0998", "新Q", "疏", "新3121", "844100",
        "uyghur", "shufu", ["喀什", "疏附"],
        ["托克扎克镇", "吾库萨克镇", "乌帕尔镇", "塔什米里克乡", "铁日木乡", "布拉克苏乡", "站敏乡"],
        ["托克扎克镇"],
        ["广州大道", "人民路", "团结路", "迎宾路", "文化路"],
    ),
    county(
        "内蒙古自治区", "内蒙古", "锡林郭勒盟", "正蓝旗", "152530", "0479", "蒙H", "正蓝", "蒙2530", "027200",
        "mongol", "zlq", ["锡林郭勒", "正蓝旗"],
        ["上都镇", "桑根达来镇", "哈毕日嘎镇", "扎格斯台苏木", "宝绍岱苏木", "那日图苏木"],
        ["上都镇"],
        ["元上都大街", "察哈尔路", "锡林大街", "敖包路"],
    ),
    county(
        "西藏自治区", "西藏", "日喀则市", "桑珠孜区", "540202", "0892", "藏D", "桑", "藏0202", "857000",
        "tibetan", "sangzhuzi", ["日喀则", "桑珠孜"],
        ["年木乡", "东嘎乡", "聂日雄乡", "甲措雄乡", "曲布雄乡", "江当乡"],
        ["城南街道", "城北街道"],
        ["上海中路", "青岛路", "珠峰路", "山东路", "吉林南路"],
    ),
    county(
        "湖南省", "湖南", "邵阳市", "隆回县", "430524", "0739", "湘E", "隆", "湘0524", "422200", "han",
        "longhui", ["邵阳", "隆回"],
        ["高平镇", "六都寨镇", "荷香桥镇", "横板桥镇", "周旺镇", "滩头镇", "金石桥镇", "司门前镇"],
        ["桃洪镇", "花门街道"],
        ["朝阳路", "人民路", "紫阳路", "迎宾路", "龙山大道"],
    ),
    county(
        "河南省", "河南", "周口市", "郸城县", "411625", "0394", "豫P", "郸", "豫1625", "477150", "han",
        "dancheng", ["周口", "郸城"],
        ["东风乡", "宁平镇", "宜路镇", "钱店镇", "汲冢镇", "石槽镇", "胡集乡", "双楼乡"],
        ["洺北街道", "洺南街道", "新城街道"],
        ["世纪大道", "和谐路", "富民路", "光明路", "鸣鹿大道"],
    ),
    county(
        "江苏省", "江苏", "徐州市", "铜山区", "320312", "0516", "苏C", "铜", "苏0312", "221100", "han",
        "tongshan", ["徐州", "铜山"],
        ["棠张镇", "张集镇", "房村镇", "伊庄镇", "单集镇", "利国镇", "柳泉镇", "大许镇"],
        ["铜山街道", "三堡街道", "汉王街道", "刘集街道"],
        ["北京南路", "昆仑大道", "银山路", "黄河路", "珠江路"],
    ),
    county(
        "广东省", "广东", "梅州市", "五华县", "441424", "0753", "粤M", "华", "粤1424", "514400", "hakka",
        "wuhua", ["梅州", "五华"],
        ["河东镇", "转水镇", "华城镇", "岐岭镇", "安流镇", "横陂镇", "长布镇", "棉洋镇"],
        ["水寨镇"],
        ["五华大道", "华兴路", "新城路", "狮雄路", "水寨大道"],
    ),
    county(
        "甘肃省", "甘肃", "定西市", "岷县", "621126", "0932", "甘J", "岷", "甘1126", "748400", "han",
        "minxian", ["定西", "岷县"],
        ["蒲麻镇", "西寨镇", "梅川镇", "西江镇", "闾井镇", "十里镇", "中寨镇", "清水镇"],
        ["岷阳镇"],
        ["和平路", "叠藏路", "岷州大道", "东大街", "北大街"],
    ),
]  # fmt: skip

VILLAGE_ROOT = [
    "田桥", "新华", "红星", "杨庄", "李寨", "高桥", "东湖", "马湾", "沙坝", "柳林", "石门", "黄泥", "双河",
    "青龙", "大坪", "五星", "团结", "光明", "胜利", "永安", "太平", "桃园", "王营", "白塔", "龙潭", "金沙",
    "上游", "下湾", "中滩", "岔路", "三合", "新庄", "后营", "前进", "长乐", "枣园",
]  # fmt: skip
MONGOL_VIL = ["乌兰", "巴音", "查干", "宝力根", "额很", "哈夏图", "伊和", "阿拉腾"]
YI_VIL = ["洒拉地坡", "阿并洛古", "火普", "尼地", "且莫", "博洛", "支尔莫", "拉且"]
ESTATES = [
    "锦绣家园", "幸福里", "阳光新城", "和谐小区", "康居苑", "安居花园", "东方名苑", "滨河小区", "碧水湾",
    "翠园小区", "书香苑", "金色家园", "民安小区", "福润园", "春晖佳苑", "华府名邸", "丽景花园",
]  # fmt: skip
PRH_ESTATES = ["保障房小区", "公租房小区", "安居小区", "廉租房小区", "人才公寓"]


def village(c: County) -> str:
    if c["style"] == "mongol":
        return ch(MONGOL_VIL) + "嘎查"
    if c["style"] == "yi" and rp(0.5):
        return ch(YI_VIL) + "村"
    return ch(VILLAGE_ROOT) + "村"


def group_word() -> str:
    n = ri(1, 12)
    return ch([f"{cn(n)}组", f"{n}组", f"{cn(n)}社", f"{n}队", f"{cn(n)}队", f"{n}组"])


def rural_addr(c: County, town: str | None = None, vil: str | None = None, lead: float | None = None) -> str:
    town = town or ch(c["towns"])
    vil = vil or village(c)
    tail = ch(
        [group_word() + f"{ri(1, 99)}号", group_word(), group_word() + f"{ri(1, 60)}号", f"{ri(1, 199)}号"]
    )
    lead = lead if lead is not None else R.random()
    if lead < 0.15:
        return f"{c['ps']}{c['city']}{c['county']}{town}{vil}{tail}"
    if lead < 0.4:
        return f"{c['county']}{town}{vil}{tail}"
    if lead < 0.9:
        return f"{town}{vil}{tail}"
    return f"{vil}{tail}"


def urban_addr(c: County, lead: float | None = None) -> str:
    st = ch(c["streets"])
    road = ch(c["roads"])
    est = ch(ESTATES)
    b, u, f, r = ri(1, 28), ri(1, 4), ri(1, 18), ri(1, 4)
    room = f"{f}{r:02d}"
    tail = ch(
        [
            f"{road}{ri(1, 300)}号{est}{b}号楼{u}单元{room}室",
            f"{est}{b}栋{u}单元{room}室",
            f"{road}{ri(1, 300)}号{b}栋{room}室",
            f"{est}{b}幢{room}室",
            f"{road}{ri(1, 300)}号院{b}号楼{u}单元{room}室",
            f"{road}{ri(1, 300)}号",
        ]
    )
    lead = lead if lead is not None else R.random()
    if lead < 0.15:
        return f"{c['ps']}{c['city']}{c['county']}{st}{tail}"
    if lead < 0.45:
        return f"{c['county']}{st}{tail}"
    if lead < 0.8:
        return f"{st}{tail}"
    return tail


def home_addr(c: County, rural: bool | None = None) -> str:
    if rural is None:
        rural = rp(0.6)
    return rural_addr(c) if rural else urban_addr(c)


def flat(c: County, estate: str | None = None) -> str:
    est = estate or (c["county"][:-1] + ch(["城东", "城南", "北苑", "西城", "新区"]) + ch(PRH_ESTATES))
    b, u, f, r = ri(1, 18), ri(1, 3), ri(1, 11), ri(1, 4)
    return ch(
        [
            f"{est}{b}号楼{u}单元{f}{r:02d}室",
            f"{est}{b}栋{u}单元{f}{r:02d}室",
            f"{est}{b}幢{f}{r:02d}室",
            f"{est}{b}-{u}-{f}{r:02d}室",
        ]
    )


def office_addr(c: County) -> str:
    return f"{c['county']}{ch(c['roads'])}{ri(1, 200)}号"


# --------------------------------------------------------------------------- names

COMMON_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
RARE_SUR = list("仉厍剡禤佴訾亓逄蒯眭甯郗琚隗佘笪昝冼靳羿冉蔺芮宓璩牟糜昌")
COMPOUND_SUR = [
    "欧阳", "司马", "诸葛", "上官", "皇甫", "东方", "尉迟", "慕容", "令狐", "夏侯", "公孙", "司徒", "端木",
    "长孙", "宇文", "申屠", "呼延", "闻人",
]  # fmt: skip
HUI_SUR = list("马马马马海杨李王撒拓喇锁纳虎金丁田冶白者摆买")
HAKKA_SUR = list("钟曾古李张魏温刘黄陈罗廖赖缪")
MALE_G = list(
    "伟强军勇杰涛斌超明刚平辉鹏华飞鑫波宁海林文建国志永成东俊德福生宝兴忠荣立春学义山云龙全喜贵峰浩宇轩睿博晨泽凯锦洪"
)
FEMALE_G = list("芳娟敏静丽艳娜霞玲燕秀英梅红琴兰萍凤洁婷雪慧颖倩雅琳欣悦月彤晓佳瑶桂花珍玉翠秋")
CHILD_G = [
    "梓涵",
    "浩宇",
    "一诺",
    "欣怡",
    "子轩",
    "雨桐",
    "思远",
    "梓萱",
    "沐阳",
    "若曦",
    "宇航",
    "语嫣",
    "佳琪",
]
UY_M = [
    "买买提", "艾力", "阿不都热合曼", "吐尔逊", "艾合买提", "努尔买买提", "亚森", "依明", "吾斯曼", "热合曼",
    "阿卜杜拉", "麦麦提敏", "艾克拜尔", "阿迪力", "托合提",
]  # fmt: skip
UY_F = [
    "阿依古丽", "古丽努尔", "热依汗古丽", "帕提古丽", "阿依努尔", "布合力其", "祖丽皮亚", "玛依拉",
    "努尔尼萨", "再娜甫", "海尼沙", "米热古丽",
]  # fmt: skip
MG_M = [
    "巴特尔", "额尔敦", "宝音德力格尔", "那仁满都拉", "敖特根巴雅尔", "图门吉日嘎拉", "朝鲁", "苏和",
    "毕力格", "巴图孟和", "额尔敦毕力格", "哈斯巴根",
    "阿拉坦仓",
]  # fmt: skip
MG_F = [
    "其其格",
    "乌兰图雅",
    "斯琴高娃",
    "苏日娜",
    "萨仁高娃",
    "乌云其木格",
    "娜仁花",
    "图雅",
    "托娅",
    "高娃",
]
TB_A = [
    "扎西", "次仁", "格桑", "旦增", "索朗", "拉巴", "普布", "尼玛", "白玛", "平措", "达瓦", "边巴", "巴桑",
    "米玛", "洛桑", "次旦", "桑珠", "德庆",
]  # fmt: skip
TB_M = ["多吉", "旺堆", "顿珠", "次仁", "平措", "罗布", "扎西", "群培", "朗杰"]
TB_F = ["卓玛", "央金", "央宗", "曲珍", "拉姆", "德吉", "琼达", "玉珍", "卓嘎"]
YI_SUR = [
    "吉克", "阿西", "沙马", "曲比", "俄木", "马海", "阿苦", "吉伍", "勒格", "海来", "阿尔", "倮伍", "瓦扎",
    "木乃", "日色", "苏呷",
]  # fmt: skip


YI_M = ["拉则", "木呷", "日哈", "日者", "五呷", "尔古", "石者", "伍各", "拉哈", "子哈", "克夫"]
YI_F = ["阿依", "阿呷", "阿果", "阿牛", "阿木", "阿支", "史莫", "么么", "木果"]


def han_name(sex: str, style: str = "han", child: bool = False, sur: str | None = None) -> str:
    r = R.random()
    if sur:
        pass
    elif style == "hui" and r < 0.6:
        sur = ch(HUI_SUR)
    elif style == "hakka" and r < 0.6:
        sur = ch(HAKKA_SUR)
    elif r < 0.84:
        sur = ch(COMMON_SUR)
    elif r < 0.93:
        sur = ch(RARE_SUR)
    else:
        sur = ch(COMPOUND_SUR)
    if child and rp(0.7):
        return sur + ch(CHILD_G)
    pool = MALE_G if sex == "男" else FEMALE_G
    if rp(0.28) and len(sur) == 1:
        given = ch(pool)
        if given == sur:
            given = ch(pool)
        return sur + given
    a, b = ch(pool), ch(pool)
    if a == b and rp(0.7):
        b = ch(pool)
    return sur + a + b


def person_name(
    c: County, sex: str, child: bool = False, sur: str | None = None, uy: str | None = None
) -> tuple[str, str | None, str | None, str]:
    """Return (name, family name or None, Uyghur given name or None, 民族)."""
    st = c["style"]
    r = R.random()
    if uy or (st == "uyghur" and r < 0.75 and not sur):
        given = ch([x for x in (UY_M if sex == "男" else UY_F) if x != uy])
        father = uy or ch([x for x in UY_M if x != given])
        return given + ch(["·", "·", "·", ""]) + father, None, given, "维吾尔族"
    if not sur and st == "mongol" and r < 0.5:
        g = ch(MG_M if sex == "男" else MG_F)
        return ((ch(["包", "宝", "白"]) + g) if rp(0.2) and len(g) <= 3 else g), None, None, "蒙古族"
    if not sur and st == "tibetan" and r < 0.8:
        a = ch(TB_A)
        b = ch([x for x in (TB_M if sex == "男" else TB_F) if x != a])
        return a + b, None, None, "藏族"
    if (sur in YI_SUR) or (not sur and st == "yi" and r < 0.65):
        ys = sur or ch(YI_SUR)
        return ys + ch(YI_M if sex == "男" else YI_F), ys, None, "彝族"
    name = han_name(sex, st, child, sur)
    s = sur or (name[:2] if name[:2] in COMPOUND_SUR else name[0])
    nat = "汉族"
    if st == "hui" and s in HUI_SUR and rp(0.8):
        nat = "回族"
    elif st == "han" and rp(0.04):
        nat = ch(["土家族", "苗族", "回族", "满族"])
    return name, s, None, nat


USED: set[str] = set()


class Person:
    name: str
    sur: str | None  # family name passed on to children (None for Uyghur, Mongolian, Tibetan names)
    uy: str | None  # Uyghur given name, the children's second part
    nat: str  # 民族

    def __init__(
        self,
        c: County,
        sex: str | None = None,
        lo: int = 20,
        hi: int = 85,
        child: bool = False,
        want_x: bool | None = None,
        sur: str | None = None,
        uy: str | None = None,
        age: int | None = None,
    ) -> None:
        self.c = c
        self.sex = sex or ch("男女")
        if age is not None:
            lo = hi = age
        child = child or hi < 18
        for _ in range(40):
            self.name, self.sur, self.uy, self.nat = person_name(c, self.sex, child, sur, uy)
            if self.name not in USED:
                break
        USED.add(self.name)
        self.birth = rand_birth(lo, hi)
        self.age = 2024 - self.birth.year
        area = c["code"] if rp(0.8) else ch(OTHER_AREAS)
        self.id = make_id(area, self.birth, self.sex, want_x if want_x is not None else rp(0.1))
        self.mobile = make_mobile()
        self.addr = home_addr(c)


def official(c: County) -> str:
    for _ in range(40):
        name = han_name(ch("男女"), c["style"] if c["style"] in ("hui", "hakka") else "han")
        if name not in USED:
            break
    USED.add(name)
    return name


SPOUSE = {"配偶", "妻子", "丈夫", "妻", "夫"}
CHILDREN = {"儿子", "女儿", "长子", "次子", "长女", "次女", "子", "女"}
GRANDCH = {"孙子", "孙女"}
PARENTS = {"父亲", "母亲", "父", "母", "生父", "生母"}
MALE_REL = {
    "丈夫",
    "夫",
    "儿子",
    "长子",
    "次子",
    "子",
    "孙子",
    "父亲",
    "父",
    "生父",
    "哥哥",
    "弟弟",
    "兄",
    "弟",
}


def relative(c: County, p: Person, rel: str, age: int | None = None) -> Person:
    """A family member of p; rel is what the member is to p."""
    opposite = "女" if p.sex == "男" else "男"
    sex = opposite if rel == "配偶" else ("男" if rel in MALE_REL else "女")
    inherit = False
    if rel in SPOUSE:
        a = p.age + ri(-6, 6)
    elif rel in CHILDREN:
        a = p.age - ri(20, 36)
        inherit = p.sex == "男"
    elif rel in GRANDCH:
        a = p.age - ri(45, 60)
        inherit = p.sex == "男"
    elif rel in PARENTS:
        a = p.age + ri(20, 34)
        inherit = sex == "男"
    else:
        a = p.age + ri(-10, 10)
        inherit = True
    if age is not None:
        a = age
    a = max(0, min(a, 96))
    uy = p.uy if p.sex == "男" and (rel in CHILDREN or rel in GRANDCH) else None
    return Person(c, sex=sex, age=a, sur=p.sur if inherit else None, uy=uy)


def spaced(name: str) -> str:
    if "·" in name or len(name) > 3:
        return name
    if len(name) == 2:
        return name[0] + ch(["　", "  ", " ", "   "]) + name[1]
    return ch([" ", "  "]).join(name)


# --------------------------------------------------------------------------- dates, orgs, boilerplate


def rdate(y0: int = 2022, y1: int = 2025) -> date:
    start = date(y0, 1, 1)
    end = date(y1, 6, 30)
    return start + timedelta(days=ri(0, (end - start).days))


def cdate(d: date) -> str:
    return ch(
        [
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}年{d.month}月{d.day}日",
            f"{d:%Y-%m-%d}",
            f"{d:%Y.%m.%d}",
        ]
    )


def cdate_cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def wenhao(c: County, org_ab: str, y: int) -> str:
    return f"{c['ab']}{org_ab}{ch(['发', '字', '函', '通'])}〔{y}〕{ri(1, 160)}号"


def suoyin(c: County, y: int) -> str:
    return f"{credit_code('11', c['code'])}/{y}-{ri(1, 2000):05d}"


ORG_ABBR = [
    ("应急", "应急"), ("退役", "退役"), ("住", "住建"), ("征收", "征"), ("棚户", "棚改"), ("卫生", "卫健"),
    ("医院", "卫健"), ("公安", "公"), ("民政", "民"), ("司法", "司"), ("法院", "法"), ("调解", "司"),
]  # fmt: skip


def meta_head(d: Doc, c: County, org: str, y: int, title: str) -> None:
    if rp(0.35):
        sep = ch(["　", "  ", "\n"])
        d.line(f"索引号：{suoyin(c, y)}", sep, f"发布机构：{org}")
        topic = ch(["民政", "社会保障", "住房保障", "公共安全", "其他"])
        d.line(f"发文日期：{cdate(rdate(y, y))}", ch(["　", "  ", "\n"]), f"主题分类：{topic}")
    d.line(title)
    if rp(0.3):
        ab = next((val for key, val in ORG_ABBR if key in org), "政")
        d.line(wenhao(c, ab, y))
    d.blank()


def sign(d: Doc, org: str, dt: date, extra: list[str] | None = None) -> None:
    d.blank()
    if extra:
        d.line(*extra)
    pad = ch(["", "　　　　　　　　", "                    "])
    d.line(pad + org)
    d.line(pad + cdate_cn(dt))


def gov_mail(c: County) -> str:
    return f"{ch(['yjj', 'mzj', 'tyjrj', 'zjj', 'sfj', 'wjj', 'bgs'])}@{c['dom']}.gov.cn"


def supervise(d: Doc, c: County, who: str) -> None:
    tel = office_phone(c)
    txt = ch(
        [
            f"公示期间，如对上述对象有异议，请以书面或电话形式向{who}反映。监督电话：{tel}。",
            f"如有异议，请于公示期内向{who}反映，咨询电话：{tel}，也可拨打12345政务服务便民热线。",
            (
                f"公示期内，任何单位和个人均可通过来电、来信、来访等方式反映问题。联系电话：{tel}；"
                f"通信地址：{office_addr(c)}，邮编：{c['post']}。"
            ),
            f"监督举报电话：{tel}（{who}），{c['county']}纪委监委举报电话：{office_phone(c)}。",
        ]
    )
    d.para(txt)
    if rp(0.2):
        d.para(f"电子邮箱：{gov_mail(c)}")


# --------------------------------------------------------------------------- tables

STYLES = ["tab", "tab", "space", "space", "pipe", "cellline", "html", "csv"]


def render_table(
    d: Doc, header: list[str], rows: Sequence[Sequence[Part]], style: str | None = None, title: str = ""
) -> None:
    if style is None:
        style = "pdf" if d.pdf else ch(STYLES)
    hdr = [norm([h]) for h in header]
    body = [[norm([cell]) for cell in row] for row in rows]
    if style == "pdf":
        _table_pdf(d, hdr, body, title)
        return
    if style == "tab":
        for row in [hdr, *body]:
            for i, cell in enumerate(row):
                if i:
                    d.t("\t")
                d.segs.extend(cell)
            d.blank()
    elif style == "space":
        if rp(0.4):
            body = [[_pad_name(cell) for cell in row] for row in body]
        widths = [max(dwidth(plain(r[i])) for r in [hdr, *body] if i < len(r)) for i in range(len(hdr))]
        for row in [hdr, *body]:
            for i, cell in enumerate(row):
                d.segs.extend(cell)
                if i < len(row) - 1:
                    d.t(" " * (widths[i] - dwidth(plain(cell)) + 2))
            d.blank()
    elif style == "pipe":
        for k, row in enumerate([hdr, *body]):
            d.t("|")
            for cell in row:
                d.t(" ")
                d.segs.extend(cell)
                d.t(" |")
            d.blank()
            if k == 0 and rp(0.6):
                d.line("|" + "---|" * len(hdr))
    elif style == "cellline":
        for cell in hdr:
            d.segs.extend(cell)
            d.blank()
        for row in body:
            if rp(0.3):
                d.blank()
            for cell in row:
                d.segs.extend(cell)
                d.blank()
    elif style == "html":
        d.line('<table border="1" cellspacing="0">')
        d.t("<tr>")
        for cell in hdr:
            d.t("<th>")
            d.segs.extend(cell)
            d.t("</th>")
        d.line("</tr>")
        for row in body:
            d.t("<tr>")
            for cell in row:
                d.t(ch(["<td>", '<td align="center">']))
                d.segs.extend(cell if plain(cell) else [("&nbsp;", None)])
                d.t("</td>")
            d.line("</tr>")
        d.line("</table>")
    elif style == "csv":
        for row in [hdr, *body]:
            for i, cell in enumerate(row):
                if i:
                    d.t(",")
                d.t('"')
                d.segs.extend(cell)
                d.t('"')
            d.blank()


def _pad_name(cell: list[Seg]) -> list[Seg]:
    if len(cell) == 1 and cell[0][1] == "name" and len(cell[0][0]) == 2:
        return [(cell[0][0][0] + "　" + cell[0][0][1], "name")]
    return cell


def _table_pdf(d: Doc, hdr: list[list[Seg]], body: list[list[list[Seg]]], title: str) -> None:
    per_page = ri(4, 9)
    spaced_names = rp(0.6)

    def emit(row: list[list[Seg]]) -> None:
        gap = ch(["  ", " ", "   "])
        wrap_col = 4  # indent of what wraps onto the next line
        wrap_text: str | None = None  # the end of a long cell
        wrap_cells: list[list[Seg]] = []  # or the last cells
        cells: list[list[Seg]] = []
        for cell in row:
            if spaced_names and len(cell) == 1 and cell[0][1] == "name" and rp(0.8):
                cell = [(spaced(cell[0][0]), "name")]
            cells.append(cell)
        # a long plain cell wraps onto the next line, or the last cells do
        cand = [i for i, c in enumerate(cells) if len(c) == 1 and c[0][1] is None and len(c[0][0]) >= 8]
        if cand and rp(0.45):
            i = ch(cand)
            txt = cells[i][0][0]
            cut = ri(3, len(txt) - 3)
            wrap_col = sum(dwidth(plain(x)) + len(gap) for x in cells[:i])
            cells[i] = [(txt[:cut], None)]
            wrap_text = txt[cut:]
        elif len(cells) >= 6 and rp(0.12):
            k = len(cells) - ri(1, 2)
            wrap_cells = cells[k:]
            cells = cells[:k]
        for i, cell in enumerate(cells):
            if i:
                d.t(gap)
            d.segs.extend(cell)
        d.blank()
        if wrap_text is not None:
            d.line(" " * wrap_col + wrap_text)
        elif wrap_cells:
            d.t(" " * wrap_col)
            for i, cell in enumerate(wrap_cells):
                if i:
                    d.t(gap)
                d.segs.extend(cell)
            d.blank()

    emit(hdr)
    for k, row in enumerate(body):
        if k and k % per_page == 0:
            d.footer()
            if title and rp(0.7):
                d.line(title + ch(["（续）", "", "（续表）"]))
            if rp(0.7):
                emit(hdr)
        emit(row)


type Pair = tuple[str, Sequence[Part]]  # (label, parts of the value)


def form(d: Doc, pairs: Sequence[Pair], style: str | None = None) -> None:
    """Label-value pairs. ``pairs`` is a list of (label, parts)."""
    if style is None:
        style = ch(["line", "line", "two", "spaced", "pipe"] if not d.pdf else ["spaced", "pdfgrid", "line"])
    if style == "line":
        for lab, val in pairs:
            d.line(lab, ch(["：", "：", ":"]), val)
    elif style == "spaced":
        for lab, val in pairs:
            lab2 = lab[0] + "　　" + lab[1] if len(lab) == 2 else lab
            d.line(lab2, "：", val)
    elif style == "two":
        i = 0
        while i < len(pairs):
            lab, val = pairs[i]
            d.t(lab, "：", val)
            short = len(plain([val])) <= 12
            if short and i + 1 < len(pairs) and len(plain([pairs[i + 1][1]])) <= 14:
                lab2, val2 = pairs[i + 1]
                d.t(ch(["　　", "    ", "\t"]), lab2, "：", val2)
                i += 1
            d.blank()
            i += 1
    elif style == "pipe":
        for lab, val in pairs:
            d.line("| ", lab, " | ", val, " |")
    else:  # pdfgrid: label and value as cells of a Word/PDF table
        for lab, val in pairs:
            d.line(lab, ch(["  ", " ", "\t"]), val)


# --------------------------------------------------------------------------- health vocab

DIS_TYPES = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
DISEASES = [
    "尿毒症", "肺癌", "乳腺癌", "白血病", "脑梗塞后遗症", "冠心病", "糖尿病", "慢性肾衰竭", "肝硬化",
    "股骨颈骨折", "类风湿性关节炎", "脑出血后遗症", "帕金森病", "慢性阻塞性肺疾病", "胃癌", "系统性红斑狼疮",
    "再生障碍性贫血",
]  # fmt: skip
MENTAL = [
    "精神分裂症", "分裂情感性障碍", "偏执性精神病", "双相情感障碍", "癫痫所致精神障碍",
    "精神发育迟滞伴发精神障碍",
]  # fmt: skip
INJURIES = [
    "左胫腓骨骨折", "右股骨骨折", "腰椎压缩性骨折", "右手拇指缺失", "双耳神经性耳聋", "左眼视力丧失",
    "颅脑外伤后遗症", "右上肢功能障碍", "左小腿截肢", "脊髓损伤",
]  # fmt: skip


def disease(sex: str | None = None) -> str:
    pool = [x for x in DISEASES if not (sex == "男" and x == "乳腺癌")]
    return ch(pool)


def disability() -> str:
    t = ch(DIS_TYPES)
    g = ch("一二三四")
    return ch([f"{t}{g}级", f"{t}残疾{g}级", f"{g}级{t}残疾", f"{t}{g}级残疾"])


# --------------------------------------------------------------------------- helpers for families


def id_or_mask(p: Person, full: bool) -> Sp | str:
    return ID(p.id) if full else mask_id(p.id)


type Col = tuple[bool, str, Callable[[int, Person], Part]]  # (required, header, cell of row i / person)


def pick_cols(cols: list[Col], keep_min: int) -> list[Col]:
    """cols: list of (required, header, fn). Drop some optional columns."""
    out = [c for c in cols if c[0] or rp(0.6)]
    while len(out) < keep_min:
        out = [c for c in cols if c[0] or rp(0.8)]
    return out


def apply_cols(d: Doc, cols: list[Col], people: list[Person], title: str, style: str | None = None) -> None:
    header = [c[1] for c in cols]
    rows = [[c[2](i, p) for c in cols] for i, p in enumerate(people)]
    render_table(d, header, rows, style=style, title=title)


def money(lo: int, hi: int, step: int = 100) -> int:
    return ri(lo // step, hi // step) * step


def signers(d: Doc, c: County) -> None:
    roles = R.sample(["制表人", "填表人", "审核人", "复核人", "负责人", "单位负责人", "经办人"], ri(2, 3))
    sep = ch(["　　", "    ", "\t"])
    d.line(sep.join(f"{r}：{official(c)}" for r in roles))


DISASTERS = ["洪涝", "风雹", "山体滑坡", "地震", "暴雨", "低温冷冻", "雪灾", "泥石流", "干旱"]
DAMAGE = [
    "房屋倒塌3间", "土木结构房屋倒塌2间", "主房倒塌，需原址重建", "房屋严重损坏，经鉴定为D级危房",
    "因暴雨致房屋整体垮塌", "山体滑坡致住房损毁", "房屋倒塌4间、厨房1间", "墙体开裂、屋顶坍塌",
    "圈舍倒塌，口粮受损", "农作物绝收，口粮短缺",
]  # fmt: skip


# --------------------------------------------------------------------------- 1. disaster relief


def f_dis_rebuild(c: County, pdf: bool) -> Doc:
    d = Doc("disaster.rebuild_notice", pdf)
    y = ri(2022, 2025)
    town = ch(c["towns"])
    org = f"{c['county']}应急管理局"
    title = ch(
        [
            f"{c['county']}{y}年因灾倒损民房恢复重建对象公示",
            f"关于{town}{y}年“{ri(5, 8)}·{ri(1, 30)}”{ch(DISASTERS)}灾害倒房重建户的公示",
            f"{y}年度自然灾害倒房重建补助对象名单公示",
        ]
    )
    meta_head(d, c, org, y, title)
    n = ri(3, 5)
    dt = rdate(y, y)
    d.para(
        f"根据《自然灾害救助条例》和《{c['prov']}自然灾害救助资金管理办法》有关规定，经农户申请、村民小组民主评议、"
        f"村委会审核、{town}人民政府审查、{org}复核，现将{n}户因灾倒房重建对象予以公示，公示期为"
        f"{cdate_cn(dt)}至{cdate_cn(dt + timedelta(days=7))}。"
    )
    full = rp(0.6)
    cols = pick_cols(
        [
            (True, "序号", lambda i, p: str(i + 1)),
            (True, ch(["户主姓名", "户主", "姓名"]), lambda i, p: N(p.name)),
            (False, "身份证号码", lambda i, p: id_or_mask(p, full)),
            (True, "家庭住址", lambda i, p: ADDR(rural_addr(c, town=town))),
            (False, "家庭人口", lambda i, p: str(ri(1, 7))),
            (True, "受灾情况", lambda i, p: ch(DAMAGE[:7])),
            (
                True,
                ch(["补助金额（元）", "拟补助资金（元）"]),
                lambda i, p: str(ch([15000, 20000, 25000, 30000, 40000])),
            ),
        ],
        5,
    )
    apply_cols(d, cols, [Person(c, lo=28, hi=86) for _ in range(n)], title)
    supervise(d, c, f"{town}人民政府或{org}")
    sign(d, org, dt)
    return d


def remark_cell(c: County) -> Part:
    r = R.random()
    if r < 0.45:
        return ""
    if r < 0.7:
        return ch(["低保户", "特困供养", "脱贫户", "监测户", "一般户", "五保户"])
    if r < 0.85:
        return ["家有残疾人（", H(disability()), "）"]
    return ["户主患", H(disease("男"))]


def f_dis_winter(c: County, pdf: bool) -> Doc:
    d = Doc("disaster.winter_roster", pdf)
    y = ri(2022, 2024)
    town = ch(c["towns"])
    org = f"{town}人民政府"
    title = ch(
        [
            f"{y}—{y + 1}年冬春受灾群众生活救助资金发放花名册",
            f"{town}{y}年冬春临时生活困难救助发放明细表",
            f"{c['county']}{y}年冬春救助资金“一卡通”发放花名册（{town}）",
        ]
    )
    meta_head(d, c, f"{c['county']}应急管理局", y, title)
    if rp(0.6):
        d.line(f"填报单位（盖章）：{org}　　填报日期：{cdate(rdate(y, y))}　　单位：元")
    n = ri(3, 5)
    people = [Person(c, lo=35, hi=88) for _ in range(n)]
    amounts = [money(300, 2400) for _ in people]
    bank = ch(["农商银行", "农业银行", "邮政储蓄银行", "信用社", "黄河农商银行"])
    cols = pick_cols(
        [
            (True, "序号", lambda i, p: str(i + 1)),
            (False, "村（社区）", lambda i, p: village(c)),
            (True, ch(["户主姓名", "户主"]), lambda i, p: N(p.name)),
            (True, "身份证号码", lambda i, p: ID(p.id)),
            (False, "家庭人口", lambda i, p: str(ri(1, 6))),
            (False, "救助人数", lambda i, p: str(ri(1, 4))),
            (True, "救助金额", lambda i, p: str(amounts[i])),
            (
                True,
                ch(["一卡通账号", "“一卡通”账号", "银行账号", "社保卡金融账号"]),
                lambda i, p: CARD(fmt_card(make_card())),
            ),
            (False, "开户行", lambda i, p: bank),
            (False, "备注", lambda i, p: remark_cell(c)),
        ],
        6,
    )
    apply_cols(d, cols, people, title)
    d.line(f"合计：{n}户，金额{sum(amounts)}元")
    if rp(0.4):
        d.line(f"代发批次号：{txn_number(ch([18, 19]), rp(0.5))}")
    signers(d, c)
    if pdf:
        d.footer()
    return d


def f_dis_form(c: County, pdf: bool) -> Doc:
    d = Doc("disaster.approval_form", pdf)
    y = ri(2022, 2025)
    title = ch(
        ["自然灾害生活救助申请审批表", "受灾人员冬春生活救助申请审批表", "因灾倒损住房恢复重建补助申请表"]
    )
    d.line(f"{c['county']}{title}")
    d.line(f"编号：{c['ab']}救{y}{ri(1, 999):03d}")
    d.blank()
    town = ch(c["towns"])
    p = Person(c, lo=40, hi=70)
    addr = rural_addr(c, town=town)
    srel = ch(["妻子", "配偶"]) if p.sex == "男" else ch(["丈夫", "配偶"])
    spouse = relative(c, p, srel)
    crel = ch(["长子", "女儿", "儿子", "次子", "长女"])
    child = relative(c, p, crel)
    mother = relative(c, p, "母亲")
    k = 4 if rp(0.6) else 3
    members: list[Part] = [
        f"家中共{k}口人：户主",
        N(p.name),
        "，",
        srel,
        N(spouse.name),
        f"，{crel}",
        N(child.name),
        f"（{ch(['在外务工', '在校就读', '务农'] if child.age >= 16 else ['上小学', '在校就读'])}）",
    ]
    if k == 4:
        members += [
            "，母亲",
            N(mother.name),
            f"（{mother.age}岁，",
            ch(["患", "长期患", "身患"]),
            H(disease("女")),
            "）",
        ]
    members.append(f"。{y}年{ri(5, 9)}月{ri(1, 28)}日遭受{ch(DISASTERS)}灾害，{ch(DAMAGE)}，家庭生活困难。")
    pairs: list[Pair] = [
        ("户主姓名", [N(p.name)]),
        ("性别", [p.sex]),
        ("民族", [p.nat]),
        ("身份证号", [ID(p.id)]),
        ("联系电话", [MOB(fmt_mobile(p.mobile))]),
        ("家庭住址", [ADDR(addr)]),
        ("家庭人口", [f"{k}人"]),
        ("受灾情况", members),
        ("申请类别", [ch(["冬春生活救助", "过渡期生活救助", "倒房重建补助", "应急救助"])]),
        ("申请金额", [f"{money(500, 30000)}元"]),
    ]
    if rp(0.7):
        pairs.append(
            (
                "开户银行",
                [ch(["农商银行", "农业银行", "邮储银行"]) + ch(["", town + "支行", town + "营业所"])],
            )
        )
        pairs.append(("银行账号", [CARD(fmt_card(make_card()))]))
    form(d, pairs)
    d.blank()
    d.line("村（居）委会意见：经村民代表民主评议，情况属实，同意上报。")
    d.line(f"评议时间：{cdate(rdate(y, y))}　　村委会主任（签字）：{official(c)}")
    d.line(f"乡镇（街道）审核意见：经入户核查，同意救助。经办人：{official(c)}　　{cdate(rdate(y, y))}")
    d.line(f"县应急管理局审批意见：同意。　审批人：{official(c)}")
    if pdf:
        d.footer()
    return d


def f_dis_transition(c: County, pdf: bool) -> Doc:
    d = Doc("disaster.transition_list", pdf)
    y = ri(2022, 2025)
    town = ch(c["towns"])
    org = f"{town}人民政府"
    title = ch([f"{town}{y}年过渡期生活救助对象名单公示", f"关于{y}年受灾群众过渡期生活救助对象的公示"])
    meta_head(d, c, org, y, title)
    n = ri(3, 5)
    dt = date(y, ri(7, 12), ri(1, 28))
    numfmt = ri(0, 3)
    d.para(
        f"{y}年{ri(4, dt.month - 1)}月，{'我镇' if town.endswith('镇') else '我乡'}遭受{ch(DISASTERS)}灾害。"
        "经入户核查、村级评议、乡镇审核，"
        f"以下{n}户符合过渡期生活救助条件，现予公示："
    )
    for i in range(n):
        p = Person(c, lo=30, hi=85)
        num = [f"{i + 1}. ", f"{i + 1}．", f"（{cn(i + 1)}）", f"{i + 1}、"][numfmt]
        form_ = R.random()
        if form_ < 0.5:
            d.para(
                num,
                N(p.name),
                f"，{p.sex}，{p.age}岁，",
                ADDR(rural_addr(c, town=town, lead=0.5 + 0.4 * R.random())),
                f"，{ch(DAMAGE)}，救助{ri(1, 5)}人，{ri(1, 3)}个月，共计{money(600, 5400)}元；",
                indent=False,
            )
        elif form_ < 0.8:
            d.para(
                num,
                "户主",
                N(p.name),
                "（身份证号：",
                ID(p.id),
                "），家住",
                ADDR(rural_addr(c, town=town)),
                f"，{ch(DAMAGE)}，救助{ri(1, 5)}人；",
                indent=False,
            )
        else:
            d.para(num, N(p.name), f"户（{ri(1, 6)}人），{village(c)}，{ch(DAMAGE)}；", indent=False)
    supervise(d, c, org)
    sign(d, org, dt)
    return d


# --------------------------------------------------------------------------- 2. veterans

VET_CATS = [
    "残疾军人", "残疾军人", "残疾军人", "在乡复员军人", "带病回乡退伍军人", "参战退役人员", "参试退役人员",
    "烈士遗属", "因公牺牲军人遗属", "病故军人遗属",
    "60周岁以上农村籍退役士兵",
]  # fmt: skip
GRADES = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
NATURES = ["因战", "因公", "因病"]


@dataclass(frozen=True)
class VetStatus:
    cat: str  # 优抚类别
    grade: str | None  # 伤残等级, for a 残疾军人
    nature: str | None  # 伤残性质 (因战/因公/因病), with a grade

    def grade_cell(self, dash: str) -> Part:
        return H(self.grade) if self.grade else dash


def vet_status(p: Person) -> VetStatus:
    cat = ch(VET_CATS) if p.sex == "男" else ch(VET_CATS[7:10])
    grade = ch(GRADES[3:]) + "级" if cat == "残疾军人" else None
    nature = ch(NATURES) if grade else None
    return VetStatus(cat, grade, nature)


def f_vet_roster(c: County, pdf: bool) -> Doc:
    d = Doc("veteran.roster", pdf)
    y = ri(2022, 2025)
    org = f"{c['county']}退役军人事务局"
    title = ch(
        [
            f"{c['county']}{y}年第{cn(ri(1, 4))}季度优抚对象抚恤补助金发放名册",
            f"{y}年{ri(1, 12)}月重点优抚对象定期抚恤补助发放花名册",
            f"{c['county']}{y}年残疾军人伤残抚恤金及定期生活补助发放表",
        ]
    )
    meta_head(d, c, org, y, title)
    n = ri(3, 5)
    people = [Person(c, sex="男" if rp(0.8) else "女", lo=40, hi=95) for _ in range(n)]
    status = [vet_status(p) for p in people]
    dash = ch(["—", "/", "", "-"])
    cols = pick_cols(
        [
            (True, "序号", lambda i, p: str(i + 1)),
            (False, "乡镇", lambda i, p: ch(c["towns"])),
            (True, "姓名", lambda i, p: N(p.name)),
            (False, "性别", lambda i, p: p.sex),
            (True, "身份证号", lambda i, p: ID(p.id)),
            (True, "优抚类别", lambda i, p: status[i].cat),
            (True, "伤残等级", lambda i, p: status[i].grade_cell(dash)),
            (False, "伤残性质", lambda i, p: status[i].nature or dash),
            (False, "月标准（元）", lambda i, p: str(money(600, 4800, 10))),
            (True, "发放金额（元）", lambda i, p: str(money(1800, 14400, 10))),
            (False, ch(["银行账号", "社保卡账号", "一卡通账号"]), lambda i, p: CARD(fmt_card(make_card()))),
        ],
        7,
    )
    apply_cols(d, cols, people, title)
    signers(d, c)
    d.line(f"{org}　　{cdate(rdate(y, y))}")
    if pdf:
        d.footer()
    return d


def f_vet_change(c: County, pdf: bool) -> Doc:
    d = Doc("veteran.change_notice", pdf)
    y = ri(2022, 2025)
    org = f"{c['county']}退役军人事务局"
    title = ch([f"关于{y}年新增及停发重点优抚对象的公示", f"{c['county']}{y}年优抚对象抚恤补助调整情况公示"])
    meta_head(d, c, org, y, title)
    d.para(
        "根据《军人抚恤优待条例》及有关规定，经本人申请、乡镇（街道）退役军人服务站初审、我局审核，"
        "现将新增和停发的重点优抚对象予以公示："
    )
    n = ri(2, 5)
    d.line(f"一、新增对象（{n}人）")
    for i in range(n):
        cat = ch(VET_CATS)
        kin = "遗属" in cat
        p = Person(c, sex=ch("男女") if kin else "男", lo=45 if not kin else 50, hi=88)
        extra: list[Part] = []
        if cat == "残疾军人":
            extra = [f"，{ch(NATURES)}致残，伤残等级", H(ch(GRADES[4:]) + "级")]
        elif cat == "带病回乡退伍军人":
            extra = ["，患", H(ch([*DISEASES[3:7], "慢性支气管炎", "风湿性心脏病", "肺结核"]))]
        enlist = "" if kin else f"{p.birth.year + ri(17, 20)}年入伍，"
        d.para(
            f"{i + 1}. ",
            N(p.name),
            f"，{p.sex}，{p.age}岁，{ch(c['towns'])}{village(c)}人，{enlist}{cat}",
            *extra,
            "；",
            indent=False,
        )
    m = ri(1, 3)
    d.line(f"二、停发对象（{m}人）")
    for i in range(m):
        p = Person(c, sex="男", lo=70, hi=98)
        dt = rdate(y - 1, y)
        if rp(0.6):
            d.para(
                f"{i + 1}. ",
                N(p.name),
                "（身份证号：",
                ID(p.id),
                f"），因于{cdate_cn(dt)}病故，自{dt.year}年{dt.month % 12 + 1}月起停发定期抚恤补助金。",
                indent=False,
            )
        else:
            d.para(
                f"{i + 1}. ",
                N(p.name),
                f"，户籍迁往{ch(OTHER_CITY)}，自{dt.year}年{dt.month}月起转移抚恤关系，停发本县抚恤补助金。",
                indent=False,
            )
    supervise(d, c, org)
    sign(d, org, rdate(y, y))
    return d


OTHER_CITY = [
    "银川市兴庆区", "西安市雁塔区", "成都市武侯区", "乌鲁木齐市天山区", "呼和浩特市新城区", "长沙市岳麓区",
    "郑州市金水区", "南京市鼓楼区", "广州市天河区", "兰州市城关区",
]  # fmt: skip
CAUSES = [
    "执行抗洪抢险任务", "执行边境巡逻任务", "参加军事训练", "执行营区施工任务", "参加对越自卫还击作战",
    "执行森林灭火任务", "执行实弹射击任务",
]  # fmt: skip


def f_vet_assess(c: County, pdf: bool) -> Doc:
    d = Doc("veteran.assessment", pdf)
    y = ri(2022, 2025)
    org = f"{c['county']}退役军人事务局"
    title = ch([f"{c['county']}{y}年残疾等级评定对象公示", f"关于{y}年度新办评残及调整残疾等级人员的公示"])
    meta_head(d, c, org, y, title)
    d.para(
        f"根据《伤残抚恤管理办法》（退役军人事务部令第{ri(1, 9)}"
        f"号）规定，经本人申请、{c['city']}退役军人事务局"
        "组织伤残鉴定，现将评定（调整）残疾等级人员情况公示如下，公示期7天："
    )
    n = ri(2, 6)
    people = [Person(c, sex="男" if rp(0.85) else "女", lo=28, hi=80) for _ in range(n)]
    if rp(0.55):
        header = [
            "序号",
            "姓名",
            "性别",
            "出生年月",
            "入伍时间",
            "致残原因",
            "伤残情况",
            "评定等级",
            "伤残性质",
        ]
        rows: list[list[Part]] = []
        for i, p in enumerate(people):
            rows.append(
                [
                    str(i + 1),
                    N(p.name),
                    p.sex,
                    f"{p.birth.year}.{p.birth.month:02d}",
                    f"{p.birth.year + 18}.{ri(1, 12):02d}",
                    ch(CAUSES),
                    H(ch(INJURIES)),
                    H(ch(GRADES[4:]) + "级"),
                    ch(NATURES[:2]),
                ]
            )
        render_table(d, header, rows, title=title)
    else:
        for i, p in enumerate(people):
            d.para(
                f"{i + 1}．",
                N(p.name),
                f"，{p.sex}，{p.birth.year}年{p.birth.month}月出生，{p.birth.year + 18}年入伍，原系某部战士，"
                f"{p.birth.year + ri(19, 22)}年在{ch(CAUSES)}中致",
                H(ch(INJURIES)),
                "。经鉴定，拟评定伤残等级为",
                H(ch(GRADES[4:]) + "级"),
                f"（{ch(NATURES[:2])}）。",
            )
    supervise(d, c, org)
    sign(d, org, rdate(y, y))
    return d


def f_vet_reply(c: County, pdf: bool) -> Doc:
    d = Doc("veteran.reply_letter", pdf)
    y = ri(2022, 2025)
    org = f"{c['county']}退役军人事务局"
    p = Person(c, sex="男", lo=45, hi=85)
    d.line(
        ch([f"{org}关于", ""])
        + ch(["调整残疾等级申请的答复", "信访事项处理意见书", "政府信息公开申请答复书"])
    )
    d.line(wenhao(c, "退役", y))
    d.blank()
    d.line(N(p.name), ch(["同志：", "：", "先生："]))
    g = ch(GRADES[4:]) + "级"
    d.para(
        f"你于{cdate_cn(rdate(y, y))}通"
        f"过{ch(['来信', '来访', '12345热线转办', '网上信访'])}提出的关于调整残疾等级的"
        f"申请收悉。经查，你于{p.birth.year + 18}年入伍"
        f"，{p.birth.year + ri(21, 26)}年退出现役，现为残疾军人，"
        f"{ch(NATURES)}致残，原评定伤残等级为",
        H(g),
        "，致残部位为",
        H(ch(INJURIES)),
        "。",
    )
    d.para(
        f"根据《伤残抚恤管理办法》第十二条规定，经{c['city']}退役军人事务局组织医疗卫生专家小组鉴定，你的伤情与原评定"
        "等级相符，不予调整。",
    )
    if rp(0.4):
        d.para("你反映的", H(ch(DISEASES)), "不属于因战因公致残的范围，可按规定申请城乡居民医疗救助。")
    d.para(
        f"如对本答复不服，可自收到本答复之日起六十日内向{c['city']}人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。"
    )
    if rp(0.5):
        d.para("送达地址：", ADDR(p.addr), indent=False)
    sign(d, org, rdate(y, y), extra=[f"（联系人：{official(c)}，联系电话：{office_phone(c)}）"])
    return d


# --------------------------------------------------------------------------- 3. public rental housing

PRH_TYPES = [
    "城镇中等偏下收入住房困难家庭",
    "城镇低收入住房困难家庭",
    "新就业无房职工",
    "外来务工人员",
    "城镇低保家庭",
]
EMPLOYERS = [
    "个体",
    "无固定职业",
    "灵活就业",
    "某物流公司",
    "县第二中学",
    "县人民医院",
    "某超市",
    "环卫所",
    "务工",
]


def housing_org(c: County) -> str:
    return ch(
        [f"{c['county']}住房和城乡建设局", f"{c['county']}住房保障服务中心", f"{c['county']}房产服务中心"]
    )


def f_housing_wait(c: County, pdf: bool) -> Doc:
    d = Doc("housing.waitlist", pdf)
    y = ri(2022, 2025)
    org = housing_org(c)
    title = ch(
        [
            f"{c['county']}{y}年第{cn(ri(1, 4))}批公共租赁住房轮候家庭名单",
            f"{y}年公租房保障资格审核通过及轮候名单公示",
        ]
    )
    meta_head(d, c, org, y, title)
    d.para(
        f"依据《公共租赁住房管理办法》和《{c['city']}公共租赁住房管理实施细则》，经申请人申请、街道（乡镇）初审、"
        f"民政等部门联审、{org}复核，以下家庭符合公共租赁住房保障条件，按登记时间先后进入轮候，现予公示。"
    )
    n = ri(3, 5)
    full = rp(0.45)
    people = [Person(c, lo=22, hi=70) for _ in range(n)]
    cols = pick_cols(
        [
            (True, ch(["轮候号", "轮候序号"]), lambda i, p: f"LH{y}-{i * 3 + ri(1, 3):04d}"),
            (True, ch(["申请人", "申请人姓名"]), lambda i, p: N(p.name)),
            (True, "身份证号", lambda i, p: id_or_mask(p, full)),
            (True, "家庭人口", lambda i, p: str(ri(1, 5))),
            (False, "保障类型", lambda i, p: ch(PRH_TYPES)),
            (False, "申请户型", lambda i, p: ch(["一居室", "两居室", "单间"])),
            (False, "联系电话", lambda i, p: mask_mobile(p.mobile)),
            (False, "登记日期", lambda i, p: f"{y}-{ri(1, 12):02d}-{ri(1, 28):02d}"),
        ],
        5,
    )
    apply_cols(d, cols, people, title)
    supervise(d, c, org)
    sign(d, org, rdate(y, y))
    return d


def member_parts(c: County, p: Person, k: int) -> list[Part]:
    parts: list[Part] = []
    rels: list[str] = []
    if rp(0.7):
        rels.append(ch(["配偶", "妻子"]) if p.sex == "男" else ch(["配偶", "丈夫"]))
    for _ in range(k):
        rels.append(ch(["儿子", "女儿", "子", "女"]))
    if rp(0.15):
        rels.append(ch(["母亲", "父亲"]))
    style = R.random()
    for j, rel in enumerate(rels):
        m = relative(c, p, rel)
        if j:
            parts.append(ch(["、", "，", "；", " "]))
        if style < 0.5:
            parts += [rel, ch(["：", " "]) if len(rel) == 1 else ch(["：", " ", ""]), N(m.name)]
        else:
            parts += [N(m.name), f"（{rel}）"]
    return parts or ["无"]


def f_housing_lottery(c: County, pdf: bool) -> Doc:
    d = Doc("housing.lottery_result", pdf)
    y = ri(2022, 2025)
    org = housing_org(c)
    est = c["county"][:-1] + ch(["城东", "城南", "北苑", "西城", "新区"]) + ch(PRH_ESTATES)
    title = ch([f"{est}公共租赁住房摇号配租结果公示", f"{c['county']}{y}年公共租赁住房实物配租结果公告"])
    meta_head(d, c, org, y, title)
    dt = rdate(y, y)
    watch = ch(["纪检监察、人大代表、政协委员及申请人代表参加了现场监督。", "全过程进行了网络直播。"])
    d.para(
        f"{cdate_cn(dt)}，{org}在{c['county']}公证处公证员{official(c)}的现场监督下，对已取得保障资格的轮候家庭"
        f"进行了公开摇号配租，{watch}现将配租结果公示如下："
    )
    n = ri(3, 5)
    people = [Person(c, lo=30, hi=60) for _ in range(n)]
    header = ["序号", "摇号顺序号", "申请人", "共同申请人", "配租房源", "建筑面积（㎡）", "月租金（元）"]
    if rp(0.3):
        header.pop(3)
    rows: list[list[Part]] = []
    for i, p in enumerate(people):
        row: list[Part] = [str(i + 1), str(ri(1, 120)), N(p.name)]
        if len(header) == 7:
            row.append(member_parts(c, p, ri(0, 2)))
        row += [ADDR(flat(c, est)), f"{ri(38, 62)}.{ri(10, 99)}", str(ri(120, 420))]
        rows.append(row)
    render_table(d, header, rows, title=title)
    d.para(
        f"请配租家庭于{cdate_cn(dt + timedelta(days=15))}前持身份证、户口簿到{org}"
        f"（{office_addr(c)}）办理签约手续，"
        f"逾期视为自动放弃。咨询电话：{office_phone(c)}。"
    )
    sign(d, org, dt)
    return d


def f_housing_evict(c: County, pdf: bool) -> Doc:
    d = Doc("housing.evict_notice", pdf)
    y = ri(2022, 2025)
    org = housing_org(c)
    p = Person(c, lo=28, hi=70)
    d.line(ch(["公共租赁住房限期腾退通知书", "关于限期腾退公共租赁住房的通知", "责令腾退公租房决定书"]))
    d.line(f"{c['ab']}住保{ch(['腾', '退', '字'])}〔{y}〕{ri(1, 90)}号")
    d.blank()
    d.line(N(p.name), ch(["：", "（承租人）：", "同志："]))
    home = flat(c)
    first: list[Part] = ["你（身份证号：", ID(p.id), "）"] if rp(0.6) else ["你"]
    reason = R.random()
    why: list[Part]
    if reason < 0.3:
        why = [
            "你家庭名下登记有小型汽车一辆（车牌号：",
            PLATE(make_plate(c)),
            "），车辆价值超过规定标准，已不再符合公共租赁住房保障条件。",
        ]
    elif reason < 0.55:
        srel = ch(["配偶", "妻子" if p.sex == "男" else "丈夫"])
        sp = relative(c, p, srel)
        why = [
            "你的",
            srel,
            N(sp.name),
            f"于{y - 1}年在{ch(c['streets'])}购置商品住房一套（坐落于",
            ADDR(urban_addr(c, lead=0.9)),
            "），你家庭已不再符合保障条件。",
        ]
    elif reason < 0.8:
        why = [
            (
                f"你无正当理由连续{ri(6, 14)}个月未在所承租住房居住，且将住房转借他人使用，"
                "违反了《公共租赁住房管理办法》第二十七条规定。"
            )
        ]
    else:
        why = [f"你累计{ri(6, 18)}个月未缴纳租金，经多次催缴仍未缴纳，欠缴租金{money(1000, 6000, 10)}元。"]
    d.para(*first, f"于{y - ri(1, 5)}年承租位于", ADDR(home), "的公共租赁住房。经我中心年度资格复核，", *why)
    d.para(
        f"根据《公共租赁住房管理办法》第三十一条规定，请你于{cdate_cn(rdate(y, y))}前结清租金、水电费等费用，"
        "腾退所承租住房并办理退房手续。逾期不腾退的，我中心将依法申请人民法院强制执行，并记入诚信档案。"
    )
    if rp(0.4):
        d.para(
            "送达地址确认：电子邮箱",
            MAIL(make_email(ch(PINYIN))),
            "；联系电话",
            MOB(fmt_mobile(p.mobile)),
            "。",
        )
    sign(d, org, rdate(y, y), extra=[f"联系人：{official(c)}　联系电话：{office_phone(c)}"])
    return d


def f_housing_form(c: County, pdf: bool) -> Doc:
    d = Doc("housing.review_form", pdf)
    y = ri(2022, 2025)
    d.line(f"{c['county']}公共租赁住房申请审核表")
    d.line(f"受理编号：GZF{y}{ri(1, 9999):04d}　　　申请日期：{cdate(rdate(y, y))}")
    d.blank()
    p = Person(c, lo=26, hi=50)
    pairs: list[Pair] = [
        ("申请人", [N(p.name)]),
        ("性别", [p.sex]),
        ("身份证号", [ID(p.id)]),
        ("婚姻状况", [ch(["已婚", "未婚", "离异", "丧偶"])]),
        ("工作单位", [ch(EMPLOYERS)]),
        ("户籍地址", [ADDR(rural_addr(c) if rp(0.5) else urban_addr(c))]),
        ("现居住地址", [ADDR(urban_addr(c))]),
        ("联系电话", [MOB(fmt_mobile(p.mobile))]),
    ]
    if rp(0.4):
        pairs.append(("电子邮箱", [MAIL(make_email(ch(PINYIN)))]))
    if rp(0.5):
        pairs.append(("优先保障情形", ["申请人系", H(disability())]))
    else:
        pairs.append(("优先保障情形", [ch(["无", "低保家庭", "优抚对象", "无"])]))
    pairs.append(("家庭年收入", [f"{money(12000, 48000)}元"]))
    form(d, pairs)
    d.blank()
    d.line("共同申请家庭成员：")
    rels = [ch(["配偶", "妻子" if p.sex == "男" else "丈夫"])] if rp(0.7) else []
    rels += [ch(["儿子", "女儿"]) for _ in range(ri(0, 2))]
    if rp(0.2) or not rels:
        rels.append(ch(["母亲", "父亲"]))
    rows: list[list[Part]] = []
    for rel in rels:
        m = relative(c, p, rel, age=ri(2, 17) if rel in ("儿子", "女儿") else None)
        job_ = "学生" if m.age < 19 else ("退休" if m.age > 60 else ch(["务工", "无业", "个体", "灵活就业"]))
        rows.append([rel, N(m.name), ID(m.id), job_])
    render_table(d, ["与申请人关系", "姓名", "身份证号", "职业"], rows)
    d.blank()
    d.line(f"街道（乡镇）初审意见：经入户调查，情况属实。　经办人：{official(c)}")
    d.line(f"住房保障部门审核意见：符合条件，同意纳入轮候。　审核人：{official(c)}")
    if pdf:
        d.footer()
    return d


def f_housing_revoke(c: County, pdf: bool) -> Doc:
    d = Doc("housing.revoke_notice", pdf)
    y = ri(2022, 2025)
    org = housing_org(c)
    title = ch(
        ["关于取消部分家庭公共租赁住房保障资格的公示", f"{c['county']}{y}年公租房年度复核不合格家庭名单"]
    )
    meta_head(d, c, org, y, title)
    d.para(f"根据{y}年度公共租赁住房保障对象资格复核情况，以下承租家庭已不再符合保障条件，拟取消其保障资格：")
    n = ri(2, 6)
    for i in range(n):
        p = Person(c, lo=28, hi=70)
        r = R.random()
        why: list[Part]
        if r < 0.4:
            why = ["名下登记有机动车（", PLATE(make_plate(c)), "）"]
        elif r < 0.6:
            why = ["家庭成员", N(relative(c, p, ch(["配偶", "儿子", "女儿"])).name), "名下新增商品住房一套"]
        else:
            why = [
                ch(
                    [
                        "家庭人均收入超过规定标准",
                        "连续6个月以上未在承租住房居住",
                        "擅自转租",
                        "累计6个月未缴纳租金",
                    ]
                )
            ]
        d.para(
            f"{i + 1}. 承租人",
            N(p.name),
            "，承租房屋：",
            ADDR(flat(c)),
            "，取消原因：",
            *why,
            "；",
            indent=False,
        )
    supervise(d, c, org)
    sign(d, org, rdate(y, y))
    return d


# --------------------------------------------------------------------------- 4. shantytown renovation


def project_name(c: County) -> str:
    area = ch(
        [
            f"{ch(c['roads'])}片区",
            f"{c['county'][:-1]}老城区{ch(['东关', '西关', '南关', '北关'])}片区",
            f"{ch(c['towns'])}老街",
            f"{ch(['火车站', '老粮站', '农机厂', '纺织厂', '机砖厂'])}周边",
        ]
    )
    return area + "棚户区改造项目"


def old_house(c: County) -> str:
    road = ch(c["roads"])
    return ch(
        [
            f"{road}{ri(1, 260)}号",
            f"{c['county']}{ch(c['streets'])}{road}{ri(1, 260)}号",
            f"{ch(c['streets'])}{road}{ri(1, 99)}巷{ri(1, 40)}号",
            f"{road}{ri(1, 260)}号院{ri(1, 6)}栋{ri(1, 6)}0{ri(1, 4)}室",
            f"{ch(c['towns'])}{ch(VILLAGE_ROOT)}村{group_word()}{ri(1, 80)}号",
        ]
    )


def fangshi() -> str:
    return ch(["产权调换", "货币补偿", "产权调换", "房票安置"])


def f_shanty_draw(c: County, pdf: bool) -> Doc:
    d = Doc("shantytown.draw_result", pdf)
    y = ri(2022, 2025)
    proj = project_name(c)
    org = ch(
        [
            f"{c['county']}房屋征收与补偿办公室",
            f"{c['county']}棚户区改造工作指挥部",
            f"{c['county']}房屋征收事务中心",
        ]
    )
    est = ch(ESTATES)
    title = f"{proj}安置房{ch(['抽签选房', '选房顺序号抽签', '摇号分房'])}结果公示"
    meta_head(d, c, org, y, title)
    dt = rdate(y, y)
    d.para(
        f"{cdate_cn(dt)}，{proj}安置房抽签工作在{c['county']}公证处公证员、被征收人代表的监督下，按照“公开、公平、公正”"
        f"的原则进行。本次共有{ri(20, 300)}户被征收人参加抽签，现将{est}安置房抽签结果公示如下："
    )
    n = ri(3, 5)
    people = [Person(c, lo=30, hi=88) for _ in range(n)]
    cols = pick_cols(
        [
            (True, "序号", lambda i, p: str(i + 1)),
            (False, "抽签号", lambda i, p: f"{ri(1, 300):03d}"),
            (True, "被征收人", lambda i, p: N(p.name)),
            (True, ch(["原房屋坐落", "被征收房屋坐落", "房屋坐落"]), lambda i, p: ADDR(old_house(c))),
            (False, "安置面积（㎡）", lambda i, p: f"{ri(60, 130)}.{ri(0, 99):02d}"),
            (True, ch(["安置房号", "抽中房号", "安置房源"]), lambda i, p: ADDR(flat(c, est))),
        ],
        4,
    )
    apply_cols(d, cols, people, title)
    supervise(d, c, org)
    sign(d, org, dt)
    return d


def f_shanty_agree(c: County, pdf: bool) -> Doc:
    d = Doc("shantytown.agreement_list", pdf)
    y = ri(2022, 2025)
    proj = project_name(c)
    org = f"{c['county']}房屋征收与补偿办公室"
    title = f"{proj}{ch(['分户补偿情况公示', '房屋征收补偿协议签订情况公示', '被征收房屋补偿明细表'])}"
    meta_head(d, c, org, y, title)
    d.para(
        "根据《国有土地上房屋征收与补偿条例》第二十九条规定，房屋征收部门应当将分户补偿情况在房屋征收范围内向"
        f"被征收人公布。现将{proj}第{cn(ri(1, 5))}批已签订补偿协议的分户补偿情况公布如下："
    )
    n = ri(3, 5)
    rows: list[list[Part]] = []
    nostyle = ri(0, 2)
    for _ in range(n):
        p = Person(c, lo=30, hi=88)
        owner: list[Part] = [N(p.name)]
        if rp(0.25):
            owner = [N(p.name), "、", N(relative(c, p, "配偶").name)]
        area = ri(40, 180) + ri(0, 99) / 100
        price = ri(2800, 7800)
        number = [f"PG-{y}-{ri(1, 500):03d}", f"{c['ab']}征补〔{y}〕{ri(1, 500)}号", f"{y}{ri(1, 500):04d}"]
        rows.append(
            [
                number[nostyle],
                owner,
                ADDR(old_house(c)),
                f"{area:.2f}",
                str(price),
                f"{int(area * price) + money(10000, 90000):,}",
                fangshi(),
            ]
        )
    header = [
        "协议编号",
        "被征收人",
        "房屋坐落",
        "证载面积（㎡）",
        "评估单价（元/㎡）",
        "补偿金额合计（元）",
        "补偿方式",
    ]
    render_table(d, header, rows, title=title)
    d.para(f"评估机构：{company_line(c)}")
    supervise(d, c, org)
    sign(d, org, rdate(y, y))
    return d


APPRAISERS = ["房地产土地评估有限公司", "资产评估有限责任公司", "房地产估价有限公司"]
TRADERS = ["建设工程有限公司", "商贸有限公司", "农牧业开发有限公司", "建材有限公司", "运输有限公司"]


def company(c: County, appraiser: bool = False) -> str:
    mid = ch(["恒信", "诚达", "正衡", "中联", "天元", "鼎信", "华夏"])
    return ch(c["co"]) + mid + ch(APPRAISERS if appraiser else TRADERS)


def company_line(c: County) -> str:
    return (
        f"{company(c, True)}（统一社会信用代码：{credit_code('91', c['code'])}，法定代表人：{official(c)}）"
    )


def f_shanty_service(c: County, pdf: bool) -> Doc:
    d = Doc("shantytown.service_notice", pdf)
    y = ri(2022, 2025)
    proj = project_name(c)
    org = f"{c['county']}人民政府" if rp(0.5) else f"{c['county']}房屋征收与补偿办公室"
    p = Person(c, lo=35, hi=85)
    d.line(ch(["公告送达", "房屋征收评估报告送达公告", "关于送达《房屋征收补偿决定书》的公告"]))
    d.line(wenhao(c, "征", y))
    d.blank()
    if rp(0.6):
        d.line(N(p.name), "（身份证号：", ID(p.id), "）：")
    else:
        d.line(N(p.name), "：")
    d.para(
        f"因{proj}建设需要，{c['county']}人民政府于{cdate_cn(rdate(y - 1, y))}作出《房屋征收决定》"
        f"（{wenhao(c, '政', y - 1)}），你位于",
        ADDR(old_house(c)),
        f"的房屋（建筑面积{ri(40, 160)}.{ri(0, 99):02d}平方米）在征收范围内。经被征收人投票选定的"
        f"{company_line(c)}已完成评估。",
    )
    d.para(
        "因你下落不明，" if rp(0.5) else "因多次联系无果、无法直接送达，",
        "根据《中华人民共和国民事诉讼法》有关规定，现向你公告送达",
        f"《分户评估报告》（编号：{c['ab']}估字{y}第{ri(1, 800):04d}号）。"
        "自公告发布之日起满三十日，即视为送达。",
    )
    if rp(0.4):
        co = Person(c, lo=30, hi=80)
        d.para(
            "该房屋共有人",
            N(co.name),
            "（",
            ch(["你的配偶", "你的弟弟", "你的儿子", "你的姐姐"]),
            "）已于",
            cdate_cn(rdate(y, y)),
            "领取评估报告。",
        )
    if rp(0.3):
        d.para(
            "你在《送达地址确认书》中确认的电子送达邮箱为",
            MAIL(make_email(ch(PINYIN))),
            "，因邮件被退回，无法电子送达。",
        )
    d.para(
        f"如对评估结果有异议，可自送达之日起10日内向{company(c, True)}申请复核评估。"
        f"联系电话：{office_phone(c)}。"
    )
    sign(d, org, rdate(y, y))
    return d


def f_shanty_survey(c: County, pdf: bool) -> Doc:
    d = Doc("shantytown.survey_result", pdf)
    y = ri(2022, 2025)
    proj = project_name(c)
    org = f"{c['county']}房屋征收与补偿办公室"
    title = f"{proj}{ch(['房屋调查登记结果公布', '入户调查结果公示', '征收意愿征询结果公告'])}"
    meta_head(d, c, org, y, title)
    if "意愿" in title:
        n = ri(2, 6)
        names = [Person(c).name for _ in range(n)]
        parts: list[Part] = ["经入户征询，片区内同意改造的有"]
        for j, nm in enumerate(names):
            if j:
                parts.append("、")
            parts.append(N(nm))
        parts.append(
            f"等{ri(n + 40, 300)}户，同意率{ri(90, 99)}.{ri(0, 9)}%，达到规定比例。"
            f"未签字同意的{ri(1, 5)}户中，"
        )
        q = Person(c)
        parts += [
            N(q.name),
            f"户提出{ch(['房屋面积认定', '安置区位', '过渡费标准'])}异议，工作组已入户解释。",
        ]
        d.para(*parts)
    else:
        d.para(
            f"依据《国有土地上房屋征收与补偿条例》第十五条，{org}对征收范围内房屋的权属、区位、用途、建筑面积等情况"
            "进行了调查登记，现将结果公布如下："
        )
        for i in range(ri(2, 6)):
            p = Person(c, lo=30, hi=85)
            d.para(
                f"{i + 1}．",
                N(p.name),
                "户，房屋坐落：",
                ADDR(old_house(c)),
                f"，{ch(['砖混', '砖木', '土木', '框架'])}结构，证载面积{ri(30, 160)}.{ri(0, 99):02d}平方米，"
                f"未登记面积{ri(0, 40)}.{ri(0, 99):02d}平方米；",
                indent=False,
            )
    supervise(d, c, org)
    sign(d, org, rdate(y, y))
    return d


# --------------------------------------------------------------------------- 5. civil registration

HOSPITALS = ["人民医院", "妇幼保健院", "中医医院", "第二人民医院"]
CHILD_HEALTH = [
    "先天性心脏病",
    "唇腭裂",
    "脑性瘫痪",
    "先天性髋关节脱位",
    "唐氏综合征",
    "先天性白内障",
    "脑积水",
]
COUNTRIES = [
    ("加拿大", "ca"),
    ("美国", "us"),
    ("澳大利亚", "au"),
    ("新西兰", "nz"),
    ("德国", "de"),
    ("日本", "jp"),
]


def birth_cert_no() -> str:
    return ch("ABCDEFGHJKLMNOPQRSTUVW") + f"{ri(0, 999999999):09d}"


def foreign_passport(code: str) -> str:
    if code == "us":
        return f"{ri(100000000, 699999999)}"
    if code in ("ca", "au", "nz"):
        return ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + f"{ri(0, 9999999):07d}"
    if code == "jp":
        return "T" + ch("KRZ") + f"{ri(0, 9999999):07d}"
    return ch("CFGHJK") + ch("0123456789") + f"{ri(0, 9999999):07d}"


def f_civil_birthcert(c: County, pdf: bool) -> Doc:
    d = Doc("civil.birth_certificate", pdf)
    y = ri(2022, 2025)
    hosp = c["county"] + ch(HOSPITALS)
    org = ch([hosp, f"{c['county']}卫生健康局"])
    latest = date(2022, 1, 1)
    if rp(0.45):
        title = ch(["《出生医学证明》作废公告", f"{y}年第{cn(ri(1, 6))}批《出生医学证明》补发公示"])
        meta_head(d, c, org, y, title)
        d.para(
            "根据《国家卫生健康委关于进一步加强出生医学证明管理的通知》规定，下列《出生医学证明》因遗失、"
            "损毁或信息错误申请补发（换发），原证件自公告之日起作废："
        )
        rows: list[list[Part]] = []
        for i in range(ri(2, 6)):
            father = Person(c, sex="男", lo=24, hi=45)
            mother = relative(c, father, "妻子")
            baby = relative(c, father, ch(["儿子", "女儿"]), age=ri(0, 3))
            latest = max(latest, baby.birth)
            rows.append(
                [
                    str(i + 1),
                    N(baby.name),
                    baby.sex,
                    f"{baby.birth:%Y-%m-%d}",
                    N(mother.name),
                    N(father.name) if rp(0.8) else "",
                    birth_cert_no(),
                    ch(["遗失", "损毁", "补发", "换发（信息错误）"]),
                ]
            )
        header = ["序号", "新生儿姓名", "性别", "出生日期", "母亲姓名", "父亲姓名", "原证编号", "作废原因"]
        render_table(d, header, rows, title=title)
    else:
        mother = Person(c, sex="女", lo=22, hi=42)
        father = relative(c, mother, "丈夫")
        baby = relative(c, father, ch(["儿子", "女儿"]), age=ri(0, 1))
        latest = baby.birth
        d.line(ch(["遗失声明", "《出生医学证明》作废声明", "出生医学证明补发公告"]))
        d.blank()
        bits: list[Part] = [N(mother.name)]
        if rp(0.7):
            bits += ["（身份证号：", ID(mother.id), "）"]
        bits += [f"于{cdate_cn(baby.birth)}在{hosp}分娩一名{'男婴' if baby.sex == '男' else '女婴'}"]
        if rp(0.7):
            bits += ["，取名", N(baby.name)]
        bits += [f"，其《出生医学证明》（编号：{birth_cert_no()}）因保管不慎遗失，现声明作废。"]
        d.para(*bits)
        if rp(0.6):
            tail: list[Part] = ["；电子邮箱：", MAIL(make_email(ch(PINYIN)))] if rp(0.25) else []
            d.para(
                "父亲：",
                N(father.name),
                "，身份证号：",
                ID(father.id),
                "；联系电话：",
                MOB(fmt_mobile(father.mobile)),
                *tail,
                "。",
                indent=False,
            )
        if rp(0.4):
            d.para("家庭住址：", ADDR(home_addr(c)), indent=False)
    dt = max(rdate(y, y), latest + timedelta(days=ri(20, 200)))
    sign(d, org, dt, extra=[f"咨询电话：{office_phone(c)}（{hosp}出生医学证明办公室）"])
    return d


def f_civil_adoption(c: County, pdf: bool) -> Doc:
    d = Doc("civil.adoption_notice", pdf)
    y = ri(2022, 2025)
    org = f"{c['county']}民政局"
    if rp(0.5):
        title = ch(["收养登记公告", "查找弃婴（儿童）生父母公告"])
        meta_head(d, c, org, y, title)
        for _ in range(ri(1, 3)):
            child = Person(c, lo=0, hi=4, child=True)
            place = ch(
                [
                    f"{ch(c['towns'])}卫生院门口",
                    f"{ch(c['roads'])}与{ch(c['roads'])}交叉口",
                    f"{c['county']}汽车站候车厅",
                    f"{ch(c['towns'])}集市路边",
                ]
            )
            health: list[Part] = ["健康"] if rp(0.4) else ["患有", H(ch(CHILD_HEALTH))]
            mark = ch(["包裹红色小被", "身穿蓝色棉衣", "附有写有出生日期的纸条"])
            d.para(
                f"{cdate_cn(rdate(y - 3, y))}，在{place}捡拾{'男' if child.sex == '男' else '女'}婴一名，"
                f"约{ri(1, 12)}个月大，现取名",
                N(child.name),
                "，身体状况：",
                *health,
                f"。捡拾时{mark}。",
            )
        d.para(
            f"请该儿童的生父母或其他监护人自本公告发布之日起60日内，持有效证件到{org}或{c['county']}社会福利院认领。"
            f"逾期无人认领的，视为查找不到生父母的儿童，依法安置。联系电话：{office_phone(c)}。"
        )
        sign(d, org, rdate(y, y))
        return d
    title = ch(["收养登记公示", f"关于{y}年收养登记事项的公示"])
    meta_head(d, c, org, y, title)
    a = Person(c, sex="男", lo=32, hi=55)
    b = relative(c, a, "妻子")
    child = Person(c, lo=1, hi=12, child=True)
    sender = Person(c, lo=25, hi=70)
    d.para(
        "经审查，下列收养登记申请符合《中华人民共和国民法典》第一千零九十八条规定的收养条件，拟予登记，现予公示："
    )
    r = R.random()
    doc_parts: list[Part]
    if r < 0.2:
        cname, code = ch(COUNTRIES)
        doc_parts = [f"{cname}籍华人，护照号码：", PASS(foreign_passport(code))]
    elif r < 0.35:
        doc_parts = ["华侨，中华人民共和国护照号：", PASS(make_passport())]
    elif r < 0.5:
        doc_parts = ["香港居民，港澳居民来往内地通行证号码：", HKM(make_hk_permit())]
    elif r < 0.6:
        doc_parts = ["台湾居民，台湾居民来往大陆通行证号码：", TW(make_tw_permit())]
    else:
        doc_parts = ["身份证号：", ID(a.id), "，住", ADDR(home_addr(c))]
    kin = ch(["生父", "生母", "祖父", "外祖母", "姑母"])
    adopted: list[Part] = ["被收养人：", N(child.name), f"，{child.sex}，{cdate_cn(child.birth)}出生"]
    if rp(0.3):
        adopted += ["，", H(ch(CHILD_HEALTH))]
    lines: list[list[Part]] = [
        ["收养人：", N(a.name), "，男，", *doc_parts],
        ["收养人：", N(b.name), "，女，身份证号：", ID(b.id), "，系", N(a.name), "之妻"],
        adopted,
        ["送养人：", N(sender.name), f"（被收养人之{kin}），身份证号：", ID(sender.id)],
    ]
    if rp(0.3):
        lines[3] = [
            "送养人：",
            f"{c['county']}社会福利院（统一社会信用代码：{credit_code('12', c['code'])}）",
        ]
    for ln in lines:
        d.para(*ln, "；", indent=rp(0.5))
    if rp(0.3):
        d.para(
            "收养人联系方式：", MOB(fmt_mobile(a.mobile)), "，", MAIL(make_email(ch(PINYIN))), indent=False
        )
    d.para(f"公示期为10日。如有异议，请向{org}婚姻（收养）登记处反映，联系电话：{office_phone(c)}。")
    sign(d, org, rdate(y, y))
    return d


def f_civil_hukou_cancel(c: County, pdf: bool) -> Doc:
    d = Doc("civil.hukou_cancel_list", pdf)
    y = ri(2022, 2025)
    town = ch(c["towns"] + c["streets"])
    org = f"{c['county']}公安局{town.replace('镇', '').replace('乡', '').replace('街道', '')}派出所"
    title = ch(["拟注销户口人员公告", f"关于注销{ri(3, 20)}名死亡人员户口的公告", "重复户口注销公示"])
    meta_head(d, c, org, y, title)
    d.para(
        "根据《中华人民共和国户口登记条例》及户籍管理有关规定，经调查核实，以下人员符合户口注销条件，"
        "现予公告。如有异议，请自公告之日起30日内持相关证明材料到本所户籍窗口反映，逾期将依法注销。"
    )
    rows: list[list[Part]] = []
    for i in range(ri(3, 7)):
        old = rp(0.35)
        p = Person(c, lo=60 if old else 18, hi=99 if old else 90)
        idcell = ID15(make_id15(c["code"], p.birth, p.sex)) if old and p.birth.year < 1984 else ID(p.id)
        why = "死亡" if p.age > 70 else ch(["死亡", "重复户口", "出国（境）定居", "被判处刑罚"])
        if p.age < 24 and rp(0.5):
            why = "服现役"
        rows.append([str(i + 1), N(p.name), p.sex, idcell, ADDR(home_addr(c)), why])
    hdr_addr = ch(["户籍地址", "住址", "户籍所在地"])
    render_table(d, ["序号", "姓名", "性别", "公民身份号码", hdr_addr, "注销原因"], rows, title=title)
    sign(d, org, rdate(y, y), extra=[f"联系电话：{office_phone(c)}（户籍室）"])
    return d


def f_civil_hukou_letter(c: County, pdf: bool) -> Doc:
    d = Doc("civil.hukou_letter", pdf)
    y = ri(2022, 2025)
    org = f"{c['county']}公安局"
    p = Person(c, lo=25, hi=70)
    branch = R.random()
    if branch < 0.18:
        d.line(ch(["注销户口告知书", "关于注销赴港澳定居人员户口的公告"]))
        d.line(f"{c['ab']}公户告字〔{y}〕{ri(1, 300)}号")
        d.blank()
        d.line(N(p.name), "：")
        d.para(
            f"你于{cdate_cn(rdate(y - 3, y - 1))}经批准赴{ch(['香港', '澳门'])}定居，"
            "所持往来港澳通行证号码为",
            HKM("C" + f"{ri(0, 99999999):08d}"),
            "。根据《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》及户籍管理规定，本局依法注销你在",
            ADDR(home_addr(c)),
            "的常住户口。",
        )
        sign(d, org, rdate(y, y))
        return d
    if branch < 0.5:
        cname, code = ch(COUNTRIES)
        d.line("注销户口告知书")
        d.line(f"{c['ab']}公户告字〔{y}〕{ri(1, 300)}号")
        d.blank()
        d.line(N(p.name), "：")
        d.para(
            f"经核查，你已于{cdate_cn(rdate(y - 6, y - 1))}自愿加入{cname}国籍，持有{cname}护照（护照号码：",
            PASS(foreign_passport(code)),
            "）。根据《中华人民共和国国籍法》第九条规定，你已自动丧失中国国籍。依据户籍管理规定，本局拟注销你在",
            ADDR(home_addr(c)),
            "的常住户口，并收缴你的居民身份证（",
            ID(p.id),
            "）。",
        )
        d.para(f"如有异议，请于收到本告知书之日起{ch(['7', '15'])}日内向本局提出陈述和申辩。")
        sign(d, org, rdate(y, y))
        return d
    d.line(ch(["准予迁入证明", "户口迁移证明信息公示", "户籍迁入审批决定书"]))
    d.line(f"{c['ab']}公准迁字第{y}{ri(1, 9999):04d}号")
    d.blank()
    rel = ch(["投靠配偶", "投靠子女", "购房落户", "大中专毕业生", "退役安置"])
    p = Person(c, lo=56, hi=78) if rel == "投靠子女" else Person(c, lo=22 if rel != "购房落户" else 28, hi=45)
    pairs: list[Pair] = [
        ("申请人", [N(p.name)]),
        ("性别", [p.sex]),
        ("公民身份号码", [ID(p.id)]),
        ("迁入原因", [rel]),
        ("原户籍地址", [ADDR(rural_addr(ch(COUNTIES)))]),
        ("迁入地址", [ADDR(urban_addr(c))]),
    ]
    if rel.startswith("投靠"):
        if rel == "投靠配偶":
            hrel = ch(["配偶", "丈夫" if p.sex == "女" else "妻子"])
        else:
            hrel = ch(["儿子", "女儿"])
        host = relative(c, p, hrel)
        pairs.append(("被投靠人", [N(host.name), f"（{hrel}），身份证号：", ID(host.id)]))
    if rp(0.5) and rel != "投靠子女" and p.age >= 26:
        follow: list[Part] = []
        for j in range(ri(1, 2)):
            crel = ch(["子", "女"])
            m = relative(c, p, crel, age=ri(1, min(16, p.age - 20)))
            if j:
                follow.append("；")
            follow += [N(m.name), f"（{crel}），", ID(m.id)]
        pairs.append(("随迁人员", follow))
    form(d, pairs)
    d.blank()
    d.line(f"经审核，符合迁入条件，准予迁入。承办人：{official(c)}　　审批人：{official(c)}")
    d.line(f"有效期至：{cdate(rdate(y, y))}")
    sign(d, f"{org}户政管理大队", rdate(y, y))
    return d


# --------------------------------------------------------------------------- 6. severe mental disorders

GUARD_REL = ["父亲", "母亲", "配偶", "妻子", "丈夫", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹"]


def guardian_for(c: County, patient: Person) -> tuple[str, Person]:
    """The guardian of a patient: (relation to the patient, guardian)."""
    if patient.age < 30:
        rel = ch(["父亲", "母亲", "哥哥", "姐姐"])
    elif patient.age > 55:
        rel = ch(["配偶", "儿子", "女儿", "妻子" if patient.sex == "男" else "丈夫"])
    else:
        rel = ch(GUARD_REL)
        if rel == "妻子" and patient.sex == "女":
            rel = "丈夫"
        elif rel == "丈夫" and patient.sex == "男":
            rel = "妻子"
        if rel in ("父亲", "母亲") and patient.age > 45:
            rel = ch(["配偶", "哥哥", "姐姐"])
    return rel, relative(c, patient, rel)


def contact(c: County, g: Person) -> Sp | str:
    r = R.random()
    if r < 0.75:
        return MOB(fmt_mobile(g.mobile))
    if r < 0.9:
        return TEL(home_phone(c))
    return mask_mobile(g.mobile)


def f_mental_roster(c: County, pdf: bool) -> Doc:
    d = Doc("mental.subsidy_roster", pdf)
    y = ri(2022, 2025)
    org = f"{c['county']}卫生健康局" if rp(0.5) else f"{c['county']}严重精神障碍管理治疗工作领导小组办公室"
    title = ch(
        [
            f"{c['county']}{y}年严重精神障碍患者监护人“以奖代补”资金发放花名册",
            f"{y}年度在册严重精神障碍患者监护补贴发放明细",
            f"{ch(c['towns'])}{y}年{ch(['上半年', '下半年', '第四季度'])}精神障碍患者监护补助发放表",
        ]
    )
    meta_head(d, c, org, y, title)
    people: list[Person] = []
    guardians: list[tuple[str, Person]] = []  # (relation, guardian) of people[i]
    for _ in range(ri(3, 5)):
        p = Person(c, lo=16, hi=80)
        guardians.append(guardian_for(c, p))
        people.append(p)
    cols = pick_cols(
        [
            (True, "序号", lambda i, p: str(i + 1)),
            (False, "乡镇（街道）", lambda i, p: ch(c["towns"] + c["streets"])),
            (True, ch(["患者姓名", "患者"]), lambda i, p: N(p.name)),
            (False, "性别", lambda i, p: p.sex),
            (False, "年龄", lambda i, p: str(p.age)),
            (False, "患者身份证号", lambda i, p: ID(p.id)),
            (True, ch(["诊断", "疾病诊断", "病种"]), lambda i, p: H(ch(MENTAL))),
            (True, ch(["监护人", "监护人姓名"]), lambda i, p: N(guardians[i][1].name)),
            (True, ch(["与患者关系", "关系"]), lambda i, p: guardians[i][0]),
            (False, "联系电话", lambda i, p: contact(c, guardians[i][1])),
            (True, "发放金额（元）", lambda i, p: str(ch([600, 800, 1000, 1200, 1500, 2400]))),
            (False, "银行账号", lambda i, p: CARD(fmt_card(make_card()))),
        ],
        7,
    )
    apply_cols(d, cols, people, title)
    signers(d, c)
    if pdf:
        d.footer()
    return d


def f_mental_notice(c: County, pdf: bool) -> Doc:
    d = Doc("mental.subsidy_notice", pdf)
    y = ri(2022, 2025)
    town = ch(c["towns"])
    org = f"{town}人民政府" if rp(0.5) else f"{town}卫生院"
    title = ch(
        [
            f"{town}{y}年严重精神障碍患者监护人以奖代补对象公示",
            f"关于{y}年精神障碍患者监护补贴拟发放对象的公示",
        ]
    )
    meta_head(d, c, org, y, title)
    d.para(
        f"根据《{c['prov']}严重精神障碍患者监护人“以奖代补”实施办法》，经监护人申请、村（社区）初审、{org}审核，"
        "以下监护人履行监护责任到位，拟给予以奖代补，现予公示："
    )
    for i in range(ri(2, 6)):
        p = Person(c, lo=16, hi=78)
        rel, g = guardian_for(c, p)
        form_ = R.random()
        if form_ < 0.4:
            d.para(
                f"{i + 1}. 患者",
                N(p.name),
                "（",
                H(ch(MENTAL)),
                "），监护人",
                N(g.name),
                f"（{rel}），{village(c)}，{ch([600, 800, 1000, 1200])}元；",
                indent=False,
            )
        elif form_ < 0.75:
            d.para(
                f"{i + 1}．",
                N(g.name),
                "，系患者",
                N(p.name),
                f"之{rel}，住",
                ADDR(rural_addr(c, town=town)),
                "，患者诊断为",
                H(ch(MENTAL)),
                "，联系电话：",
                contact(c, g),
                "；",
                indent=False,
            )
        else:
            d.para(
                f"{i + 1}、",
                N(g.name),
                "（监护人）——",
                N(p.name),
                f"（患者，{p.sex}，{p.age}岁）；",
                indent=False,
            )
    supervise(d, c, org)
    sign(d, org, rdate(y, y))
    return d


def f_mental_form(c: County, pdf: bool) -> Doc:
    d = Doc("mental.guardian_form", pdf)
    y = ri(2022, 2025)
    d.line(ch(["严重精神障碍患者监护人“以奖代补”申请审批表", "严重精神障碍患者监护责任补助申请表"]))
    d.line(f"申请日期：{cdate(rdate(y, y))}")
    d.blank()
    p = Person(c, lo=16, hi=78)
    rel, g = guardian_for(c, p)
    pairs: list[Pair] = [
        ("患者姓名", [N(p.name)]),
        ("性别", [p.sex]),
        ("身份证号", [ID(p.id)]),
        ("疾病诊断", [H(ch(MENTAL))]),
        ("首次发病时间", [f"{ri(min(max(1995, p.birth.year + 14), 2020), 2020)}年{ri(1, 12)}月"]),
        ("现住址", [ADDR(home_addr(c))]),
        ("监护人姓名", [N(g.name)]),
        ("与患者关系", [rel]),
        ("监护人身份证号", [ID(g.id)]),
        ("联系电话", [MOB(fmt_mobile(g.mobile))]),
    ]
    if rp(0.4):
        pairs.append(("家庭电话", [TEL(home_phone(c))]))
    if rp(0.6):
        pairs.append(("开户行", [ch(["农商银行", "农业银行", "邮储银行"])]))
        pairs.append(("银行卡号", [CARD(fmt_card(make_card()))]))
    pairs.append(("签订监护协议时间", [cdate(rdate(y - 2, y))]))
    form(d, pairs)
    d.blank()
    d.line(
        "村（居）委会意见：该户监护人能按要求督促患者规律服药，无肇事肇祸行为，同意申请。"
        f"　经办人：{official(c)}"
    )
    d.line(f"乡镇卫生院（精防医生）意见：已纳入管理，随访{ri(4, 12)}次。　精防医生：{official(c)}")
    d.line(f"县卫生健康局审核意见：同意。　　{cdate(rdate(y, y))}")
    if pdf:
        d.footer()
    return d


# --------------------------------------------------------------------------- 7. jurors, mediators

EDU = ["大学本科", "大专", "研究生", "高中", "中专", "大学"]
JOBS = [
    "个体工商户", "{town}{vil}村民", "县第一中学教师", "{town}卫生院医生", "退休职工", "某建筑公司职工",
    "社区工作者", "农民", "律师事务所行政人员", "县供电公司职工", "{town}中心小学教师",
]  # fmt: skip


def job(c: County) -> str:
    return ch(JOBS).format(town=ch(c["towns"]), vil=ch(VILLAGE_ROOT))


def f_juror_list(c: County, pdf: bool) -> Doc:
    d = Doc("juror.candidate_list", pdf)
    y = ri(2022, 2025)
    org = ch(
        [
            f"{c['county']}司法局",
            f"{c['county']}人民法院",
            f"{c['county']}司法局　{c['county']}人民法院　{c['county']}公安局",
        ]
    )
    title = ch(
        [
            f"{c['county']}人民法院拟选任人民陪审员名单公示",
            f"关于{y}年{c['county']}人民陪审员拟选任人选的公示",
        ]
    )
    meta_head(d, c, org, y, title)
    d.para(
        f"根据《中华人民共和国人民陪审员法》第十条、《人民陪审员选任办法》的规定，{c['county']}司法局会同{c['county']}人民法院、"
        "公安局从辖区符合条件的常住居民名单中随机抽选并经资格审查、个人"
        f"意愿征询，确定了{ri(30, 120)}名拟任人民陪审员人选，"
        "现予公示："
    )
    n = ri(4, 7)
    rows: list[list[Part]] = []
    for i in range(n):
        p = Person(c, lo=28, hi=65)
        rows.append(
            [
                str(i + 1),
                p.name,
                p.sex,
                p.nat,
                f"{p.birth.year}.{p.birth.month:02d}",
                ch(EDU),
                job(c),
                ch(["随机抽选", "随机抽选", "个人申请", "组织推荐"]),
            ]
        )
    render_table(
        d,
        ["序号", "姓名", "性别", "民族", "出生年月", "文化程度", "工作单位或职业", "产生方式"],
        rows,
        title=title,
    )
    d.para(
        f"公示期间，对拟任人选有异议的，可以书面形式向{c['county']}司法局反映，反映情况要署真实姓名。联系电话："
        f"{office_phone(c)}，通讯地址：{office_addr(c)}。"
    )
    sign(d, org, rdate(y, y))
    return d


def f_juror_mediator(c: County, pdf: bool) -> Doc:
    d = Doc("juror.mediator_appointment", pdf)
    y = ri(2022, 2025)
    town = ch(c["towns"] + c["streets"])
    org = ch([f"{town}人民调解委员会", f"{c['county']}司法局", f"{town}人民政府"])
    title = ch(
        [
            f"关于聘任{town}人民调解员的公告",
            f"{c['county']}{y}年专职人民调解员聘任公示",
            f"关于公布{town}人民调解委员会组成人员的通知",
        ]
    )
    meta_head(d, c, org, y, title)
    names = [
        han_name(ch("男女"), "han") if rp(0.5) else person_name(c, ch("男女"))[0] for _ in range(ri(4, 9))
    ]
    d.para(
        f"根据《中华人民共和国人民调解法》第十三条、第十四条规定，经村（居）民推选、{town}司法所考察、"
        f"{c['county']}司法局备案，决定聘任",
        "、".join(names[:3]),
        f"等{len(names)}名同志为{town}人民调解委员会人民调解员，聘期三年。名单如下：",
    )
    if rp(0.5):
        d.para("主任：", names[0], "；副主任：", names[1], "；委员：", "、".join(names[2:]), "。")
    else:
        rows = [
            [str(i + 1), nm, ch(["男", "女"]), ch(EDU), job(c), ch(["专职", "兼职", "兼职"])]
            for i, nm in enumerate(names)
        ]
        render_table(d, ["序号", "姓名", "性别", "文化程度", "单位及职务", "专兼职"], rows, title=title)
    d.para(
        f"群众如需调解服务，可到{town}矛盾纠纷调解中心（{office_addr(c)}）或拨打调解热线{office_phone(c)}。"
    )
    sign(d, org, rdate(y, y))
    return d


def f_juror_random(c: County, pdf: bool) -> Doc:
    d = Doc("juror.random_draw", pdf)
    y = ri(2022, 2025)
    org = f"{c['county']}司法局"
    title = ch(
        [f"{y}年人民陪审员候选人随机抽选结果", f"{c['county']}人民陪审员候选人名单（第{cn(ri(1, 3))}批）"]
    )
    meta_head(d, c, org, y, title)
    d.para(
        f"{cdate_cn(rdate(y, y))}，{org}会同{c['county']}"
        f"人民法院、{c['county']}公安局，在{c['county']}公证处的监督下，"
        f"通过计算机从辖区年满二十八周岁的常住居民名单中随机抽选了人民陪审员候选人，结果如下："
    )
    n = ri(3, 5)
    leak = rp(0.4)
    rows: list[list[Part]] = []
    for i in range(n):
        p = Person(c, lo=28, hi=65)
        row: list[Part] = [str(i + 1), p.name, p.sex]
        if leak:
            row.append(ID(p.id))
            row.append(ADDR(home_addr(c)))
        else:
            row.append(f"{p.birth.year}年{p.birth.month}月")
            row.append(ch(c["towns"] + c["streets"]))
        rows.append(row)
    hdr = (
        ["序号", "姓名", "性别", "身份证号", "户籍地址"]
        if leak
        else ["序号", "姓名", "性别", "出生年月", "所在乡镇（街道）"]
    )
    render_table(d, hdr, rows, title=title)
    d.para("候选人将进行资格审查和个人意愿征询，符合条件的人员将另行公示。")
    sign(d, org, rdate(y, y))
    return d


# --------------------------------------------------------------------------- 8. court enforcement

CASE_CAUSES = [
    "民间借贷", "买卖合同", "劳务合同", "机动车交通事故责任", "离婚后财产", "抚养费", "追索劳动报酬",
    "租赁合同", "建设工程施工合同", "借款合同",
]  # fmt: skip
NATIONS = ["汉族", "回族", "彝族", "维吾尔族", "蒙古族", "藏族"]


def court(c: County) -> str:
    return f"{c['county']}人民法院"


def case_no(c: County, y: int, kind: str = "执") -> str:
    return f"（{y}）{c['court']}{kind}{ri(1, 3999)}号"


def party_person(c: County, p: Person, full_id: bool, addr: bool = True) -> list[Part]:
    parts: list[Part] = [N(p.name), f"，{p.sex}，{cdate_cn(p.birth)}出生，{p.nat}，公民身份号码"]
    parts.append(ID(p.id) if full_id else mask_id(p.id))
    if addr:
        parts += ["，住", ADDR(p.addr)]
    return parts


def f_court_reward(c: County, pdf: bool) -> Doc:
    d = Doc("court.reward_notice", pdf)
    y = ri(2022, 2025)
    org = court(c)
    p = Person(c, lo=25, hi=65)
    d.line(org)
    d.line(ch(["悬赏公告", "执行悬赏公告", "关于悬赏查找被执行人及其财产的公告"]))
    d.line(case_no(c, y))
    d.blank()
    applicant: list[Part]
    if rp(0.6):
        ap = Person(c, lo=25, hi=70)
        applicant = [N(ap.name)]
    else:
        applicant = [company(c)]
    cause = ch(CASE_CAUSES)
    d.para(
        "本院在执行申请执行人",
        *applicant,
        "与被执行人",
        N(p.name),
        f"{cause}纠纷一案中，因被执行人未履行{case_no(c, y - 1, '民初')}"
        "民事判决书确定的义务，申请执行人向本院申请悬赏。"
        "根据《最高人民法院关于民事执行中财产调查若干问题的规定》第二十一条，现将有关事项公告如下：",
    )
    full = rp(0.5)
    d.line("一、被执行人基本情况")
    d.para("被执行人：", *party_person(c, p, full, addr=rp(0.85)), "。")
    extra = R.random()
    if extra < 0.45:
        d.para(
            "被执行人名下车辆：",
            ch(["小型轿车", "重型半挂牵引车", "小型普通客车", "轻型厢式货车"]),
            "一辆，车牌号",
            PLATE(make_plate(c)),
            "。",
        )
    elif extra < 0.6:
        d.para("被执行人持有因私护照（护照号码：", PASS(make_passport()), "），可能出境。")
    elif extra < 0.72:
        d.para(
            "被执行人持有往来港澳通行证（证件号码：",
            HKM("C" + f"{ri(0, 99999999):08d}"),
            "），近期频繁往来香港。",
        )
    elif extra < 0.8:
        partner = Person(c, lo=35, hi=70)
        d.para(
            "据申请执行人反映，被执行人可能与其合伙人、台湾居民",
            N(partner.name),
            "（台湾居民来往大陆通行证号码：",
            TW(make_tw_permit()),
            "）共同经营，其经营场所已停业。",
        )
    d.line("二、悬赏内容")
    d.para(
        "凡提供被执行人下落、可供执行财产线索（包括车辆、不动产、存款、股权等），经查证属实并实际执行到位的，"
        f"按执行到位金额的{ri(5, 20)}%给予奖励，最高不超过{money(10000, 100000, 1000)}元。"
    )
    d.line("三、执行标的")
    d.para(f"执行标的金额{money(30000, 900000, 100)}元及利息、迟延履行期间的加倍部分债务利息。")
    d.para(
        f"举报人可向本院执行局{official(c)}法官反映，联系电话：{office_phone(c)}，地址：{office_addr(c)}。"
        "本院对举报人信息严格保密。"
    )
    sign(d, org, rdate(y, y))
    return d


def f_court_restrict(c: County, pdf: bool) -> Doc:
    d = Doc("court.restriction_order", pdf)
    y = ri(2022, 2025)
    org = court(c)
    p = Person(c, lo=25, hi=65)
    d.line(org)
    d.line("限制消费令")
    d.line(case_no(c, y))
    d.blank()
    r = R.random()
    if r < 0.4:
        d.line(N(p.name), "（公民身份号码：", ID(p.id), "）：")
    elif r < 0.7:
        d.line(N(p.name), "（公民身份号码：", ID(p.id), "，住", ADDR(p.addr), "）：")
    else:
        d.line(N(p.name), "：")
    ap = Person(c, lo=25, hi=70)
    applicant: list[Part] = [N(ap.name)] if rp(0.6) else [company(c)]
    d.para(
        f"本院于{cdate_cn(rdate(y, y))}立案执行申请执行人",
        *applicant,
        f"与你{ch(CASE_CAUSES)}纠纷一案，因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
        "依照《中华人民共和国民事诉讼法》第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
        "第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：",
    )
    items = [
        "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
        "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
        "（三）购买不动产或者新建、扩建、高档装修房屋；",
        "（四）租赁高档写字楼、宾馆、公寓等场所办公；",
        "（五）购买非经营必需车辆；",
        "（六）旅游、度假；",
        "（七）子女就读高收费私立学校；",
        "（八）支付高额保费购买保险理财产品；",
        "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
    ]
    for it in items[: ri(4, 7)]:
        d.para(it)
    d.para(
        "如你因私消费以个人财产实施前述行为的，可以向本院提出申请。如你违反本限制消费令，经查证属实的，本院将依照"
        "《中华人民共和国民事诉讼法》第一百一十四条的规定，予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。"
    )
    sign(d, org, rdate(y, y))
    return d


def f_court_dishonest(c: County, pdf: bool) -> Doc:
    d = Doc("court.dishonest_list", pdf)
    y = ri(2022, 2025)
    org = court(c)
    title = ch([f"{org}失信被执行人名单（{y}年第{cn(ri(1, 12))}期）", f"{org}关于公布失信被执行人名单的公告"])
    meta_head(d, c, org, y, title)
    d.para(
        "根据《最高人民法院关于公布失信被执行人名单信息的若干规定》，现将本院纳入失信被执行人名单的被执行人予以公布，"
        "敦促其尽快履行生效法律文书确定的义务。"
    )
    full = rp(0.2)
    n = ri(3, 5)
    rows: list[list[Part]] = []  # all columns but the amount
    owed: list[int] = []  # 未履行金额 of rows[i]
    for i in range(n):
        if rp(0.75):
            p = Person(c, lo=25, hi=70)
            rows.append(
                [
                    str(i + 1),
                    N(p.name),
                    p.sex,
                    str(p.age),
                    ID(p.id) if full else mask_id(p.id),
                    "",
                    case_no(c, y),
                    ch(
                        [
                            "有履行能力而拒不履行生效法律文书确定义务",
                            "违反财产报告制度",
                            "违反限制消费令",
                            "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行",
                        ]
                    ),
                ]
            )
            owed.append(money(5000, 500000))
        else:
            rows.append(
                [
                    str(i + 1),
                    company(c),
                    "",
                    "",
                    credit_code("91", c["code"]),
                    official(c),
                    case_no(c, y),
                    "有履行能力而拒不履行生效法律文书确定义务",
                ]
            )
            owed.append(money(50000, 3000000))
    comma = rp(0.5)
    table = [[*r, f"{a:,}" if comma else str(a)] for r, a in zip(rows, owed, strict=True)]
    render_table(
        d,
        [
            "序号",
            "被执行人姓名/名称",
            "性别",
            "年龄",
            "身份证号码/统一社会信用代码",
            "法定代表人",
            "案号",
            "失信情形",
            "未履行金额（元）",
        ],
        table,
        title=title,
    )
    d.para(
        f"举报电话：{office_phone(c)}（{org}执行局）；全国法院失信被执行人名单信息可通过“中国执行信息公开网”查询。"
    )
    sign(d, org, rdate(y, y))
    return d


def f_court_notice(c: County, pdf: bool) -> Doc:
    d = Doc("court.enforcement_notice", pdf)
    y = ri(2022, 2025)
    org = court(c)
    p = Person(c, lo=25, hi=70)
    d.line(org)
    d.line("公　告")
    d.line(case_no(c, y))
    d.blank()
    d.line(N(p.name), "：")
    ap = Person(c, lo=25, hi=70)
    d.para(
        "本院受理申请执行人",
        N(ap.name),
        "与被执行人",
        N(p.name),
        f"{ch(CASE_CAUSES)}纠纷一案，因你下落不明，依照《中华人民共和国民事诉讼法》第九十五条的规定，向你公告送达"
        "执行通知书、报告财产令、执行裁定书。",
    )
    if rp(0.7):
        d.para(
            "本院已依法查封你名下位于",
            ADDR(urban_addr(c) if rp(0.6) else rural_addr(c)),
            f"的房产（不动产权证号：{c['ps']}（{y - ri(2, 8)}"
            f"）{c['county']}不动产权第{ri(1, 9999999):07d}号）",
            ch(["。", "，并将依法拍卖。"]),
        )
    if rp(0.4):
        d.para(
            f"本院已冻结你名下尾号为{ri(1000, 9999)}的银行账户，并查封你名下",
            ch(["小型轿车", "轻型货车", "小型普通客车"]),
            "一辆（号牌号码：",
            PLATE(make_plate(c)),
            "），请你于公告期满后到本院执行局接受处理。",
        )
    d.para(
        "自本公告发出之日起经过三十日，即视为送达。你应在送达后十日内履行生效法律文书确定的义务，逾期不履行的，本院将依法强制执行。"
    )
    sign(d, org, rdate(y, y), extra=[f"承办人：{official(c)}　联系电话：{office_phone(c)}"])
    return d


# --------------------------------------------------------------------------- driver

FAMILIES: list[tuple[str, list[Callable[[County, bool], Doc]]]] = [
    ("disaster", [f_dis_rebuild, f_dis_winter, f_dis_form, f_dis_transition]),
    ("veteran", [f_vet_roster, f_vet_change, f_vet_assess, f_vet_reply]),
    ("housing", [f_housing_wait, f_housing_lottery, f_housing_evict, f_housing_form, f_housing_revoke]),
    ("shantytown", [f_shanty_draw, f_shanty_agree, f_shanty_service, f_shanty_survey]),
    ("civil", [f_civil_birthcert, f_civil_adoption, f_civil_hukou_cancel, f_civil_hukou_letter]),
    ("mental", [f_mental_roster, f_mental_notice, f_mental_form]),
    ("juror", [f_juror_list, f_juror_mediator, f_juror_random]),
    ("court", [f_court_reward, f_court_restrict, f_court_dishonest, f_court_notice]),
]

RE_DIGITS = re.compile(r"\d+[Xx]?")
RE_MOB_SEP = re.compile(r"(?<!\d)1[3-9]\d[- ]\d{4}[- ]\d{4}(?!\d)")
RE_CARD_SP = re.compile(r"(?<!\d)\d{4}(?: \d{4}){3}(?: \d{1,4})?(?!\d)")
RE_MAIL = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def check(doc: Record) -> str | None:
    """Return None if the document is consistent, else a reason."""
    text = doc["text"]
    cov: list[str | None] = [None] * len(text)
    prev = 0
    for s in sorted(doc["spans"], key=lambda s: s["start"]):
        if text[s["start"] : s["end"]] != s["text"] or not s["text"]:
            return "offset"
        if s["start"] < prev:
            return "overlap"
        if s["text"] != s["text"].strip():
            return "whitespace at span edge"
        prev = s["end"]
        for i in range(s["start"], s["end"]):
            cov[i] = s["kind"]
        t = s["text"]
        if s["kind"] == "id_card" and not id_ok(t):
            return "bad id"
        if s["kind"] == "id_card_15" and not id15_like(t):
            return "bad id15"
        if s["kind"] == "bank_card":
            digits = t.replace(" ", "")
            if not (luhn_ok(digits) and 16 <= len(digits) <= 19):
                return "bad card"

    def outside(a: int, b: int) -> bool:
        return all(cov[i] is None for i in range(a, b))

    for s in doc["spans"]:
        if s["kind"] != "name":
            continue
        raw = re.sub(r"[ 　]+", "", s["text"])
        for m in re.finditer(re.escape(raw), text):
            if any(cov[i] != "name" for i in range(m.start(), m.end())):
                return f"name {raw} outside a name span"
    for m in RE_DIGITS.finditer(text):
        run = m.group()
        if not outside(m.start(), m.end()):
            if any(cov[i] is None for i in range(m.start(), m.end())):
                return "digit run partly in a span"
            continue
        n = len(run)
        for k in range(n - 17):
            if id_ok(run[k : k + 18]):
                return f"valid id outside spans: {run}"
        if n == 15 and id15_like(run):
            return "id15-like outside spans"
        if n == 11 and run[:3] in MOBILE_PREFIX:
            return f"mobile outside spans: {run}"
        if 16 <= n <= 19 and run.isdigit() and luhn_ok(run) and run.startswith(ISSUER_PREFIXES):
            return "card outside spans"
    for m in RE_MOB_SEP.finditer(text):
        if outside(m.start(), m.end()):
            return "separated mobile outside"
    for m in RE_CARD_SP.finditer(text):
        if outside(m.start(), m.end()) and luhn_ok(m.group().replace(" ", "")):
            return "spaced card outside"
    for m in RE_MAIL.finditer(text):
        if outside(m.start(), m.end()) and not m.group().endswith(".gov.cn"):
            return "mail outside"
    return None


def htmlify(d: Doc) -> None:
    out: list[Seg] = [("<p>", None)]
    for text, kind in d.segs:
        if kind is None:
            text = text.replace("　　", "&nbsp;&nbsp;&nbsp;&nbsp;").replace("\n", "</p>\n<p>")
        out.append((text, kind))
    out.append(("</p>", None))
    d.segs = out


def generate(n_docs: int, seed: int) -> list[Record]:
    global R
    R = Random(seed)
    docs: list[Record] = []
    order = list(range(len(FAMILIES)))
    for i in range(n_docs):
        if i % len(FAMILIES) == 0:
            R.shuffle(order)
        _, fns = FAMILIES[order[i % len(FAMILIES)]]
        fn = ch(fns)
        for _attempt in range(100):
            USED.clear()
            MASK[0] = ri(0, 4)
            c = ch(COUNTIES)
            pdf = rp(0.27)
            d = fn(c, pdf)
            if not pdf and rp(0.08):
                htmlify(d)
            doc = d.build()
            if check(doc) is None:
                break
        else:  # pragma: no cover - a template that never passes is a bug
            raise RuntimeError(f"{fn.__name__}: {check(doc)}")
        docs.append(doc)
    return docs


DECISIONS = """\
Labelling decisions where docs/privacy.md is silent (holdout16):

1. 人民陪审员 拟选任名单 / 随机抽选候选人名单 and 人民调解员 聘任公告: names are published by design
   (人民陪审员法 第十条 requires the 公示; 聘任 is a 聘用-type list) and are NOT labelled, in tables, "、"
   lists and "主任：…" lines alike. A full 身份证号 or a home address down to 号/组 that slipped into such a
   list IS labelled (the design covers the name, not the numbers); birth month, 民族, 学历, 职业 and a
   bare 乡镇 are not.
2. Court 失信被执行人 / 限制消费令 / 悬赏公告 / 公告送达: a natural-person 被执行人 or 申请执行人 is a
   private person and IS labelled (name, full ID, home address, plate, passport), like 被处罚人; the gate
   flags and the reviewer decides whether the legal basis covers it. An ID already masked by the court
   ("6403021985****1234", "640302********123X") is NOT labelled (no full number is left). Company
   被执行人, their 统一社会信用代码 and 法定代表人, judges and 承办人 are not labelled.
3. Veterans: the 优抚类别 ("残疾军人", "带病回乡退伍军人", "烈士遗属") is an entitlement category and is
   NOT labelled; the 伤残等级 value ("七级") IS health (the grade only, not 因战/因公/因病, which say how,
   not what); an injury ("左胫腓骨骨折") or a disease named for a veteran is health.
4. Severe mental disorder lists: the diagnosis in a patient's row or sentence ("精神分裂症") is health;
   the programme name in the title ("严重精神障碍患者监护补贴") is not. The guardian's relation word
   ("母亲") is not labelled; guardian and patient names are.
5. Flats: an allotted 公租房 / 安置房 flat written with its estate ("…公租房小区3号楼2单元501室") is the
   tenant's home and IS an address; a 原房屋坐落 / 房屋坐落 of a 被征收人 is an address; an office's,
   court's, hospital's or 调解中心's seat, a place where a foundling was found, and a bare 村 / 嘎查 in a
   村 column or after a name ("，田桥村，") are not.
6. A child's name (新生儿, 被收养人, 随迁人员) is a name; a foundling's condition ("唇腭裂") is health.
   Physical marks and clothing of a foundling are not labelled. "健康" is not health.
7. 出生医学证明编号 (letter + 9 digits), 不动产权证号, 协议编号, 轮候号, 抽签号, 受理编号, 代发批次号 and
   case numbers are not personal numbers and are not labelled. Masked mobiles ("139****5678") are not.
8. Passports: a Chinese passport (E/EA… + digits) or a foreign one beside "护照", a 港澳居民来往内地通行证
   (H/M + 8 digits) and a 台湾居民来往大陆通行证 (8 digits) beside their names are labelled with their kinds
   (passport, hk_macau_permit, tw_permit); the label words are not part of the span.
9. Spans: a name spaced out by a PDF ("张  三", "张　三") is labelled with its inner spaces; a mobile's
   "+86 ", "86-", "0086 " prefix and a card's group spaces are inside the span; "家住", "住", "坐落于"
   are not. Hard-wrapped prose never breaks inside a labelled span.
10. A household remark such as "家有残疾人（肢体二级）" labels the condition although the member is not
    named (it is the household's datum); "低保户", "特困供养", "脱贫户" are not health.
11. Officials in role (制表人, 审核人, 经办人, 村委会主任, 公证员, 精防医生, 执行法官, 承办人, 审批人) are not
    labelled; a generated document is redrawn if one of them shares a labelled person's name.
12. "马文华户" labels 马文华 only; a home landline written "（0834）4473202" is labelled with its brackets.
    A bare village never stands in a 住址 / 户籍地址 column here (every such cell goes down to 号/组/室),
    so the policy's "bare village in a 住址 column" case is deliberately not tested.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=61)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--decisions", action="store_true")
    args = ap.parse_args(argv)
    if args.decisions:
        sys.stdout.write(DECISIONS)
        return 0
    docs = generate(args.docs, args.seed)
    fh = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if fh is not sys.stdout:
            fh.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
