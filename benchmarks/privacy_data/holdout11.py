"""Holdout 11: labelled synthetic 政务公开 documents of twelve families no other set covers.

    python benchmarks/privacy_data/holdout11.py --docs 400 --seed 41 -o OUT.jsonl
    python benchmarks/privacy_data/holdout11.py --decisions

Written blind: without reading the detector, its vocabulary, its tests or the other generators, from
docs/privacy.md (the labelling policy) and rules.md §6 (the checksums) only, so that the first run
of benchmarks/privacy.py on its output says how the detector does on forms it has not seen.

Families (one document in twelve each): 社区矫正 (调查评估意见书, 解除矫正宣告书), 环境信访投诉办理
情况, 道路运输从业资格证注销公告, 农民工工资清偿公示 (建筑工人实名制), 继承公证公示, 家庭医生签约
服务公示, 用人单位安排残疾人就业审核 (保障金减免), 异地就医备案名单, 职业技能培训补贴公示, 预防
接种异常反应补偿, 户口注销公告, 大中型水库移民后期扶持人口核定 (text extracted from a PDF).

Layouts: tab tables, space-padded tables, pipe tables, HTML tables, numbered comma lines, label：
value forms, prose, PDF extraction (spaced names, page footers and a repeated header inside a table,
a row wrapped over two lines), full-width digits. Near misses left unlabelled: 文号, 索引号, valid
统一社会信用代码, case, order, certificate and batch numbers, dates, amounts, postcodes, office and
hotline numbers, gov.cn mail, officials with titles, contacts for questions, office and company
addresses, "王某某" and "张先生".

Every labelled value is validated (GB 11643 check digit, real date and county code; Luhn and a real
issuer prefix; real mobile ranges; permit and plate formats), every mention of a labelled name is
labelled, and a document is drawn again when an unlabelled string looks personal (a valid ID, a
mobile, a card, a mail address, a plate, a permit number) or a name turns up inside another word.

First contact (--docs 400 --seed 41, 5451 spans, detector unchanged, hyperscan and re alike): every
number kind 100 / 100 except landline P 58.3 / R 94.9 (office numbers on the 户口注销 and 接种决定书
contact lines); name P 95.5 / R 85.8; address P 91.5 / R 99.1; health P 77.9 / R 71.2 (the "N人"
column of the 残疾人就业 table read as a grade).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

DECISIONS: tuple[str, ...] = (
    "A number that serves as another number but is a valid 公民身份号码 (社会保障卡号, 道路运输从业资格证号,"
    " 重复户口's second number) is labelled id_card every time it appears, even twice on one row.",
    "残疾人证号 (20 characters = ID + 类别 + 等级): only its first 18 characters are labelled id_card;"
    " the two trailing digits stay outside the span.",
    "A 15-digit first-generation number is labelled id_card_15 only after an ID label "
    "(原身份证号, 身份证号码);"
    " the synthetic ones use today's county codes and a real date.",
    "Deceased persons (被继承人, 死亡注销) are private persons: name, ID and address labelled.",
    "Minors (受种者 in 接种异常反应) are labelled as names like adults; nothing marks them as minors.",
    "Officials and staff in a role are unlabelled: 司法所所长, 社区民警, 调查人 (司法所 staff), 公证员,"
    " 家庭医生 / 团队长 (including the '张三团队' cell of a 签约 table), 村委会主任, 劳资专管员 given as"
    " the contact, 经办人 of the office.",
    "A company's 负责人 named in a complaint result is unlabelled (public role, as '负责人：张三').",
    "'张先生'/'李女士' (surname + honorific) and '王某某' are unlabelled; '匿名' is not a name.",
    "A property's 坐落 in an estate (继承公证: the deceased's house) is labelled address; the deceased's"
    " 生前住址 likewise. A company's, shop's, office's, hospital's or project site's address is not.",
    "A complainant's home address given in a complaint text (家住…) is labelled; the complained-about"
    " business address is not.",
    "Village-level addresses ending at 组/队 without a house number are labelled (水库移民 户籍地址).",
    "PDF extraction: a spaced name ('马 文 华', '王　芳') is one name span including the inner spaces; an"
    " address cell that wraps (last column) is one address span across the newline and the padding.",
    "Full-width digits (ID numbers, mobiles) are labelled like half-width ones; values validated after"
    " folding to half-width.",
    "Mobiles written +86 / 86- / with spaces or dashes: the span covers the prefix and separators.",
    "Bank cards written in groups of four: one span over the groups and their spaces.",
    "License plates with a middle dot ('宁C·3A521') are one span including the dot.",
    "health: only the condition words ('2型糖尿病', '肢体残疾三级', '癫痫'); the words 患者, 患有, 诊断为"
    " stay outside. A 签约类别 like '高血压患者' yields the span '高血压'. 老年人, 孕产妇, 0-6岁儿童 are"
    " not health. '健康状况：良好', '死亡', '超过法定年龄', '预防接种异常反应' itself are not health; the"
    " diagnosis that the reaction is ('过敏性紫癜') is, at every mention.",
    "health of a relative named only by relation ('其母患有哮喘') is labelled: it is a person's illness.",
    "A cause of death ('因肺癌去世') is labelled health.",
    "Landline: only a private person's number (家庭电话, a phone column of a person's row); office,"
    " 监督电话, 12369 and 12345 lines stay unlabelled.",
    "往来港澳通行证 (C…) and 港澳居民来往内地通行证 (H…) are both hk_macau_permit; 台湾居民来往大陆通行证"
    " (8 digits) and 大陆居民往来台湾通行证 (L…) are both tw_permit.",
    "A Taiwan home address (台湾省高雄市…号) is labelled address like a mainland one.",
    "Email: private mailboxes (qq.com, 163.com …) labelled; office mailboxes on gov.cn unlabelled.",
)

# ---------------------------------------------------------------------------------------------------
# checksums and formats

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_HALF = str.maketrans("０１２３４５６７８９Ｘｘ　", "0123456789Xx ")

PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
    ]
)
OTHER_CODES = [
    "110105",
    "310115",
    "320106",
    "330102",
    "420106",
    "440305",
    "510107",
    "610113",
    "620102",
    "621102",
    "640221",
    "640324",
    "640323",
    "130102",
    "410105",
    "150102",
    "632123",
    "622901",
]
MOBILE_PREFIXES = tuple(
    [str(n) for n in range(130, 140)]
    + [
        "150",
        "151",
        "152",
        "153",
        "155",
        "156",
        "157",
        "158",
        "159",
        "166",
        "173",
        "175",
        "176",
        "177",
        "178",
        "147",
        "191",
        "193",
        "195",
        "198",
        "199",
    ]
    + [str(n) for n in range(180, 190)]
)
BINS: tuple[tuple[str, int, str], ...] = (
    ("622202", 19, "中国工商银行"),
    ("621226", 19, "中国工商银行"),
    ("622848", 19, "中国农业银行"),
    ("623052", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622700", 19, "中国建设银行"),
    ("621661", 19, "中国银行"),
    ("601382", 19, "中国银行"),
    ("622588", 16, "招商银行"),
    ("621483", 16, "招商银行"),
    ("622262", 19, "交通银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
)
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(ch) * w for ch, w in zip(s17, _ID_W, strict=True)) % 11]


def real_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def valid_id18(s: str, today: dt.date) -> bool:
    s = s.translate(_HALF).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or s[:2] not in PROVINCES:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not real_date(y, m, d) or dt.date(y, m, d) > today or y < 1900:
        return False
    return id_check(s[:17]) == s[17]


def valid_id15(s: str) -> bool:
    s = s.translate(_HALF)
    return (
        bool(re.fullmatch(r"\d{15}", s))
        and s[:2] in PROVINCES
        and real_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    )


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


def card_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return s.isdigit() and any(s.startswith(p) and len(s) == n for p, n, _ in BINS) and luhn_ok(s)


def mobile_ok(s: str) -> bool:
    s = s.translate(_HALF)
    s = re.sub(r"^(\+86|0086|86-)\s*-?", "", s)
    s = re.sub(r"[\s-]", "", s)
    return bool(re.fullmatch(r"1\d{10}", s)) and s[:3] in MOBILE_PREFIXES


def org_code(r: random.Random) -> str:
    body = "".join(r.choice(_CC[:10] if i > 1 else _CC) for i in range(8))
    total = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, _ORG_W, strict=True))
    c9 = 11 - total % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(r: random.Random, region: str, kind: str = "91") -> str:
    body = kind + region + org_code(r)
    total = sum(_CC.index(ch) * w for ch, w in zip(body, _CC_W, strict=True))
    code = body + _CC[(31 - total % 31) % 31]
    assert credit_ok(code), code
    return code


def credit_ok(s: str) -> bool:
    if len(s) != 18 or any(ch not in _CC for ch in s):
        return False
    total = sum(_CC.index(ch) * w for ch, w in zip(s[:17], _CC_W, strict=True))
    return _CC[(31 - total % 31) % 31] == s[17]


VALIDATORS: dict[str, Callable[[str, dt.date], bool]] = {
    "id_card": lambda s, t: valid_id18(s, t),
    "id_card_15": lambda s, t: valid_id15(s),
    "mobile": lambda s, t: mobile_ok(s),
    "bank_card": lambda s, t: card_ok(s),
    "landline": lambda s, t: bool(re.fullmatch(r"\(?0\d{2,3}\)?[- ]?[2-8]\d{6,7}", s)),
    "email": lambda s, t: bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+\.(com|net|cn)", s)) and "gov.cn" not in s,
    "passport": lambda s, t: bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", s)),
    "hk_macau_permit": lambda s, t: bool(re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}|H\d{8}", s)),
    "tw_permit": lambda s, t: bool(re.fullmatch(r"\d{8}|L\d{8}", s)),
    "license_plate": lambda s, t: bool(
        re.fullmatch(f"[{PLATE_PROV}][A-HJ-NP-Z]·?(?:[DF][0-9]{{5}}|[A-HJ-NP-Z0-9]{{5}})", s)
    ),
    "address": lambda s, t: s[-1] in "号栋元室组队",
    "name": lambda s, t: 2 <= len(s.replace(" ", "").replace("　", "")) <= 4,
    "health": lambda s, t: 2 <= len(s) <= 12,
}

# ---------------------------------------------------------------------------------------------------
# places and people


@dataclass(frozen=True)
class County:
    code: str
    prov: str
    city: str
    name: str
    kind: str  # 区, 县, 市 — decides 公安分局 / 公安局
    plate: str
    area: str
    post: str
    towns: tuple[str, ...]
    streets: tuple[str, ...]
    web: str

    @property
    def short(self) -> str:
        return self.name[:-1] if len(self.name) > 2 else self.name

    @property
    def abbr(self) -> str:
        return self.plate[0]

    @property
    def court(self) -> str:
        return f"{self.abbr}{self.code[2:]}"


COUNTIES = (
    County("640302", "宁夏回族自治区", "吴忠市", "利通区", "区", "宁C", "0953", "751100",
           ("金积镇", "金银滩镇", "高闸镇", "扁担沟镇", "上桥镇", "古城镇", "郭家桥乡", "马莲渠乡"),
           ("胜利街道", "古城街道", "朝阳街道", "金星街道"), "wzlt.gov.cn"),
    County("640104", "宁夏回族自治区", "银川市", "兴庆区", "区", "宁A", "0951", "750001",
           ("掌政镇", "大新镇", "通贵乡", "月牙湖乡"),
           ("凤凰北街街道", "解放西街街道", "文化街街道", "富宁街街道", "新华街街道"), "ycxq.gov.cn"),
    County("640381", "宁夏回族自治区", "吴忠市", "青铜峡市", "市", "宁C", "0953", "751600",
           ("小坝镇", "大坝镇", "叶盛镇", "瞿靖镇", "峡口镇", "邵岗镇", "陈袁滩镇"),
           ("裕民街道",), "qtx.gov.cn"),
    County("640522", "宁夏回族自治区", "中卫市", "海原县", "县", "宁E", "0955", "755200",
           ("海城镇", "李旺镇", "西安镇", "七营镇", "三河镇", "关桥乡", "贾塘乡"),
           (), "nxhy.gov.cn"),
    County("350481", "福建省", "三明市", "永安市", "市", "闽G", "0598", "366000",
           ("小陶镇", "西洋镇", "贡川镇", "安砂镇", "洪田镇", "槐南镇"),
           ("燕东街道", "燕西街道", "燕南街道", "燕北街道"), "ya.gov.cn"),
    County("370812", "山东省", "济宁市", "兖州区", "区", "鲁H", "0537", "272100",
           ("新驿镇", "小孟镇", "大安镇", "漕河镇", "颜店镇"),
           ("鼓楼街道", "龙桥街道", "酒仙桥街道", "兴隆庄街道"), "yanzhou.gov.cn"),
    County("441702", "广东省", "阳江市", "江城区", "区", "粤Q", "0662", "529500",
           ("埠场镇", "双捷镇"),
           ("南恩街道", "城南街道", "城北街道", "城东街道", "城西街道"), "yjjc.gov.cn"),
    County("341881", "安徽省", "宣城市", "宁国市", "市", "皖P", "0563", "242300",
           ("港口镇", "梅林镇", "中溪镇", "宁墩镇", "仙霞镇", "甲路镇", "霞西镇"),
           ("西津街道", "河沥溪街道", "汪溪街道", "南山街道"), "ningguo.gov.cn"),
)  # fmt: skip

VILLAGES = [
    "新华",
    "红星",
    "团结",
    "永丰",
    "保安",
    "利民",
    "新民",
    "东升",
    "南湖",
    "北滩",
    "西河",
    "马家湖",
    "杨家庄",
    "塘坊",
    "柳湾",
    "高桥",
    "石坝",
    "太平",
    "和平",
    "光明",
    "五星",
    "联合",
    "建设",
    "丰收",
    "早元",
    "秦坝",
    "园艺",
    "涝河桥",
    "庙山",
    "双庙",
    "黄河",
    "三合",
    "清水",
    "沙湾",
    "龙泉",
    "长胜",
]
ROADS = [
    "朝阳街",
    "裕民西街",
    "开元大道",
    "明珠路",
    "红星路",
    "文卫路",
    "新华街",
    "解放街",
    "建设路",
    "人民路",
    "利民路",
    "滨河路",
    "迎宾大道",
]
ESTATES = [
    "金水湾小区",
    "嘉禾苑",
    "翠柳园",
    "康居小区",
    "阳光花园",
    "世纪城",
    "御景园",
    "锦绣华庭",
    "紫荆花园",
    "汇丰苑",
    "馨园小区",
    "幸福里",
    "滨河家园",
    "盛世华庭",
]
SURNAMES = (
    "王王王李李李张张张刘刘刘陈陈杨杨黄赵赵吴周徐孙马马马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁"
    "潘于蒋蔡余杜叶程苏魏吕丁丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶"
    "黎贺顾毛郝龚邵万严覃武戴孔向汤纳海拓"
)
RARE_SURNAMES = ("仉", "厍", "剡", "禤", "亓", "冶", "喇")
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "皇甫", "司徒")
MALE = "伟刚勇军建国明强磊涛斌鹏辉杰波超华平林峰亮海东文志宏福贵成兵锋凯浩宇轩晨阳俊德学忠生旭荣新春正祥"
FEMALE = "芳娟敏静丽艳霞燕玲丹萍红梅兰英琴云莉娜婷雪慧倩洁佳欣怡秀凤桂月玉珍花彩"
CN = "〇一二三四五六七八九十"

DISEASES = (
    "高血压", "2型糖尿病", "冠心病", "脑梗死后遗症", "慢性阻塞性肺疾病", "尿毒症", "肺结核", "精神分裂症",
    "双相情感障碍", "癫痫", "类风湿性关节炎", "乳腺癌", "肝硬化", "慢性肾功能衰竭", "帕金森病", "肺癌",
    "股骨颈骨折", "白血病", "脑出血后遗症", "强直性脊柱炎",
)  # fmt: skip
DISABLE_TYPES = ("肢体", "视力", "听力", "言语", "智力", "精神", "多重")
GRADES = "一二三四"


def surname_of(name: str) -> str:
    return name[:2] if name[:2] in COMPOUND else name[0]


def cn_num(n: int) -> str:
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def disability(r: random.Random) -> tuple[str, int, int]:
    t = r.randrange(len(DISABLE_TYPES))
    g = r.randrange(4)
    text = f"{DISABLE_TYPES[t]}残疾{GRADES[g]}级" if r.random() < 0.8 else f"{DISABLE_TYPES[t]}{GRADES[g]}级"
    return text, t + 1, g + 1


@dataclass
class Person:
    name: str
    male: bool
    birth: dt.date
    id18: str
    code: str

    @property
    def sex(self) -> str:
        return "男" if self.male else "女"

    def age(self, on: dt.date) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))

    @property
    def id15(self) -> str:
        return self.code + self.birth.strftime("%y%m%d") + self.id18[14:17]


class Redraw(Exception):
    """The draw produced something that would make the label wrong: draw the document again."""


class Ctx:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.c: County = r.choice(COUNTIES)
        self.y = r.choice((2023, 2024, 2024, 2025))
        self.today = dt.date(self.y, r.randint(1, 12), r.randint(1, 28))
        self.names: set[str] = set()

    # -- names and people
    def name(self, male: bool | None = None, surname: str | None = None) -> str:
        r = self.r
        if male is None:
            male = r.random() < 0.55
        for _ in range(100):
            x = r.random()
            sur = surname or (
                r.choice(COMPOUND)
                if x < 0.02
                else r.choice(RARE_SURNAMES)
                if x < 0.05
                else r.choice(SURNAMES)
            )
            pool = MALE if male else FEMALE
            given = r.choice(pool) if r.random() < 0.35 else r.choice(pool) + r.choice(pool + MALE)
            n = sur + given
            if len(set(given)) < len(given) or any(n in o or o in n for o in self.names):
                continue
            self.names.add(n)
            return n
        raise Redraw("no fresh name")

    def person(
        self,
        lo: int = 20,
        hi: int = 80,
        male: bool | None = None,
        local: bool = True,
        surname: str | None = None,
    ) -> Person:
        r = self.r
        if male is None:
            male = r.random() < 0.55
        days = r.randint(lo * 365 + 1, hi * 365)
        birth = self.today - dt.timedelta(days=days)
        code = self.c.code if local or r.random() < 0.3 else r.choice(OTHER_CODES)
        seq = r.randrange(1, 999)
        if (seq % 2 == 1) != male:
            seq += 1
        s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
        return Person(self.name(male, surname), male, birth, s17 + id_check(s17), code)

    # -- numbers
    def mobile(self, style: bool = True) -> str:
        r = self.r
        m = r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))
        if not style:
            return m
        x = r.random()
        if x < 0.08:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if x < 0.14:
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if x < 0.2:
            return "+86 " + m
        if x < 0.23:
            return "86-" + m
        return m

    def landline(self) -> str:
        r = self.r
        area = self.c.area
        n = str(r.randint(2, 8)) + "".join(r.choice("0123456789") for _ in range(6 if len(area) == 4 else 7))
        return r.choice((f"{area}-{n}", f"{area}-{n}", f"({area}){n}", f"{area} {n}"))

    def office_phone(self) -> str:
        area = self.c.area
        return f"{area}-{self.r.randint(2, 8)}{self.r.randint(0, 999999):06d}"

    def card(self) -> tuple[str, str]:
        r = self.r
        prefix, n, bank = r.choice(BINS)
        body = prefix + "".join(r.choice("0123456789") for _ in range(n - len(prefix) - 1))
        num = body + luhn_digit(body)
        if r.random() < 0.15:
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return num, bank

    def email(self, p: Person | None = None) -> str:
        r = self.r
        dom = r.choice(("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "hotmail.com"))
        if dom == "qq.com" and r.random() < 0.6:
            return f"{r.randint(10**7, 3 * 10**9)}@qq.com"
        syl = ("zhang", "wang", "li", "liu", "chen", "ma", "yang", "hai", "xiao", "jun", "hong", "ning", "yu")
        local = r.choice(syl) + r.choice(syl) + (str(r.randint(1, 999)) if r.random() < 0.7 else "")
        return f"{local}@{dom}"

    def plate(self, local: bool = True) -> str:
        r = self.r
        head = self.c.plate if local else r.choice(PLATE_PROV) + r.choice("ABCDEFGH")
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if r.random() < 0.2:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            chars = [r.choice("0123456789") for _ in range(5)]
            for i in r.sample(range(5), r.choice((0, 1, 1, 2))):
                chars[i] = r.choice(letters)
            tail = "".join(chars)
        return head + ("·" if r.random() < 0.3 else "") + tail

    def passport(self) -> str:
        r = self.r
        if r.random() < 0.5:
            return "E" + f"{r.randint(0, 99999999):08d}"
        return "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + f"{r.randint(0, 9999999):07d}"

    def hk_permit(self) -> str:
        r = self.r
        if r.random() < 0.6:
            return "C" + f"{r.randint(10**7, 10**8 - 1)}"
        return "C" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + f"{r.randint(0, 9999999):07d}"

    # -- places
    def town(self) -> str:
        return self.r.choice(self.c.towns)

    def village(self) -> str:
        return self.r.choice(VILLAGES) + "村"

    def prefix(self, level: int | None = None) -> str:
        c = self.c
        if level is None:
            level = self.r.choice((0, 1, 1, 2, 2, 3))
        return ("", c.name, c.city + c.name, c.prov + c.city + c.name)[level]

    def rural(self, level: int | None = None, house: bool | None = None, town: str | None = None) -> str:
        r = self.r
        g = r.randint(1, 12)
        grp = (cn_num(g) if r.random() < 0.7 else str(g)) + r.choice("组组组组队")
        if house is None:
            house = r.random() < 0.6
        tail = f"{r.randint(1, 120)}号" if house else ""
        return self.prefix(level) + (town or self.town()) + self.village() + grp + tail

    def urban(self, level: int | None = None) -> str:
        r = self.r
        c = self.c
        street = r.choice(c.streets) if c.streets and r.random() < 0.7 else ""
        road = f"{r.choice(ROADS)}{r.randint(1, 300)}号" if r.random() < 0.5 else ""
        estate = r.choice(ESTATES)
        x = r.random()
        if x < 0.55:
            flat = f"{r.randint(1, 30)}号楼{r.randint(1, 6)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室"
        elif x < 0.8:
            flat = f"{r.randint(1, 30)}栋{r.randint(1, 18)}0{r.randint(1, 4)}室"
        elif x < 0.9:
            flat = f"{r.randint(1, 30)}栋"
        else:
            flat = f"{r.randint(1, 30)}号楼{r.randint(1, 6)}单元"
        return self.prefix(level) + street + road + estate + flat

    def home(self, level: int | None = None) -> str:
        return self.rural(level) if self.r.random() < 0.55 else self.urban(level)

    def office_addr(self) -> str:
        return f"{self.c.city}{self.c.name}{self.r.choice(ROADS)}{self.r.randint(1, 300)}号"

    # -- dates and document furniture
    def date(self, back: int = 0, fwd: int = 0, style: int | None = None) -> str:
        d = self.today + dt.timedelta(days=self.r.randint(-back, fwd))
        if style is None:
            style = self.r.randrange(3)
        if style == 0:
            return f"{d.year}年{d.month}月{d.day}日"
        if style == 1:
            return f"{d:%Y-%m-%d}"
        return f"{d.year}.{d.month}.{d.day}"

    def index_no(self, kind: str = "11") -> str:
        return f"{credit_code(self.r, self.c.code, kind)}/{self.y}-{self.r.randint(1, 9999):05d}"


# ---------------------------------------------------------------------------------------------------
# documents

Part = str | tuple[str, str]


@dataclass
class Span:
    kind: str
    start: int
    end: int
    text: str


class Doc:
    def __init__(self, kind: str) -> None:
        self.type = kind
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[Span] = []

    def w(self, *parts: Part) -> None:
        for p in parts:
            if isinstance(p, tuple):
                kind, s = p
                assert s, kind
                self.spans.append(Span(kind, self.n, self.n + len(s), s))
            else:
                s = p
            self.buf.append(s)
            self.n += len(s)

    def line(self, *parts: Part) -> None:
        self.w(*parts, "\n")

    def row(
        self,
        cells: Sequence[Part],
        sep: str = "\t",
        lead: str = "",
        end: str = "\n",
        tail: Sequence[Part] = (),
    ) -> None:
        parts: list[Part] = [lead]
        for i, cell in enumerate(cells):
            if i:
                parts.append(sep)
            parts.append(cell)
        parts += [*tail, end]
        self.w(*parts)

    def padded(
        self, cells: Sequence[Part], widths: Sequence[int], tail: Sequence[Part] = (), end: str = "\n"
    ) -> None:
        """Cells padded with spaces to display widths; tail (several parts) ends the line as one more cell."""
        parts: list[Part] = []
        for i, cell in enumerate(cells):
            s = cell[1] if isinstance(cell, tuple) else cell
            parts.append(cell)
            if i < len(cells) - 1 or tail:
                parts.append(" " * max(2, widths[i] - disp(s)))
        parts += [*tail, end]
        self.w(*parts)

    def html_row(self, cells: Sequence[Part], tag: str = "td") -> None:
        parts: list[Part] = ["<tr>"]
        for cell in cells:
            parts += [f"<{tag}>", cell, f"</{tag}>"]
        parts.append("</tr>\n")
        self.w(*parts)

    @property
    def text(self) -> str:
        return "".join(self.buf)


def disp(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def N(s: str) -> tuple[str, str]:
    return ("name", s)


def ID(s: str) -> tuple[str, str]:
    return ("id_card", s)


def MOB(s: str) -> tuple[str, str]:
    return ("mobile", s)


def ADDR(s: str) -> tuple[str, str]:
    return ("address", s)


def HL(s: str) -> tuple[str, str]:
    return ("health", s)


def CARD(s: str) -> tuple[str, str]:
    return ("bank_card", s)


def opt(cond: bool, *parts: Part) -> list[Part]:
    return list(parts) if cond else []


def spaced(name: str, r: random.Random) -> str:
    if len(name) == 2:
        return name[0] + r.choice(("　", " ", "  ")) + name[1]
    return " ".join(name) if r.random() < 0.6 else name


def meta(d: Doc, x: Ctx, org: str) -> None:
    r = x.r
    if r.random() < 0.6:
        d.line(f"索引号：{x.index_no(r.choice(('11', '12')))}")
        d.line(f"发布机构：{org}")
        d.line(f"发布日期：{x.date(10, 0, 1)}")
        if r.random() < 0.4:
            d.line("主题分类：" + r.choice(("综合政务\\政务公开", "综合政务\\其他")))
        d.line("")


def footer(d: Doc, x: Ctx, org: str) -> None:
    r = x.r
    c = x.c
    k = r.randrange(4)
    if k == 0:
        d.line(f"监督电话：{x.office_phone()}（工作日）；政务服务便民热线：12345")
    elif k == 1:
        d.line(f"咨询电话：{x.office_phone()}  邮政编码：{c.post}")
        d.line(f"通讯地址：{x.office_addr()}{org}")
    elif k == 2:
        box = r.choice(("ltgk", "xxgk", "zwgk", "bgs")) + f"@{c.web}"
        d.line(f"电子邮箱：{box}  传真：{x.office_phone()}")
    d.line(org)
    d.line(x.date(0, 0, 0))


# -- A 社区矫正 ---------------------------------------------------------------------------------------


def fam_jiaozheng(x: Ctx) -> Doc:
    d = Doc("社区矫正")
    r, c = x.r, x.c
    p = x.person(20, 62)
    bureau = f"{c.name}司法局"
    town = x.town()
    court = f"{c.city}{c.name}人民法院"
    if r.random() < 0.55:
        meta(d, x, bureau)
        d.line(bureau)
        d.line("社区矫正调查评估意见书")
        d.line(f"{c.short}司矫评〔{x.y}〕{r.randint(3, 90)}号")
        d.line(f"{court}：")
        d.line(
            f"受你院委托（委托调查函编号：（{x.y}）{c.court}刑初{r.randint(10, 999)}号）"
            f"，本局于{x.date(30, 0, 0)}"
            "对被告人",
            N(p.name),
            "开展社区矫正调查评估，现将有关情况报告如下：",
        )
        d.line("一、被告人基本情况")
        d.line("姓名：", N(p.name), f"\t性别：{p.sex}\t民族：", r.choice(("汉族", "回族")))
        d.line(
            f"出生日期：{p.birth.year}年{p.birth.month}月{p.birth.day}日\t文化程度：",
            r.choice(("初中", "高中", "小学")),
        )
        d.line("公民身份号码：", ID(p.id18))
        home = x.home(r.choice((1, 2, 3)))
        d.line("户籍地：", ADDR(home))
        if r.random() < 0.5:
            d.line("居住地：", ADDR(x.urban(r.choice((1, 2)))))
        else:
            d.line("居住地：同户籍地")
        if r.random() < 0.5:
            d.line("家庭电话：", ("landline", x.landline()), "\t本人电话：", MOB(x.mobile()))
        else:
            d.line("联系电话：", MOB(x.mobile()))
        if r.random() < 0.5:
            d.line("健康状况：", HL(r.choice(DISEASES)))
        else:
            d.line("健康状况：良好")
        crime = r.choice(("危险驾驶罪", "交通肇事罪", "盗窃罪", "帮助信息网络犯罪活动罪"))
        d.line(f"涉嫌罪名：{crime}")
        d.line("二、调查评估情况")
        if crime in ("危险驾驶罪", "交通肇事罪"):
            d.line(
                "（一）犯罪情况。",
                N(p.name),
                f"于{x.date(200, 0, 0)}驾驶",
                ("license_plate", x.plate()),
                f"号小型轿车行驶至{r.choice(ROADS)}"
                f"时被查获，经鉴定血液中乙醇含量为{r.randint(81, 240)}mg/100ml。",
            )
        else:
            d.line(
                "（一）犯罪情况。",
                N(p.name),
                f"涉案金额{r.randint(3, 90)}{r.randint(100, 999)}元，已全部退赔。",
            )
        wife = x.name(not p.male)
        rel = "妻子" if p.male else "丈夫"
        d.line(
            "（二）家庭和社会关系。",
            N(p.name),
            f"已婚，与{rel}",
            N(wife),
            "及子女共同居住。其",
            rel,
            N(wife),
            "（电话",
            MOB(x.mobile()),
            "）表示愿意协助监管。",
        )
        vil = x.village()
        head = x.name()
        d.line(f"（三）社会评价。{town}{vil}党支部书记、村委会主任{head}证实其平时遵纪守法、邻里关系和睦。")
        docs: list[Part] = ["（四）出入境证件情况。经查，", N(p.name), "持有"]
        if r.random() < 0.6:
            docs += ["护照（证件号码", ("passport", x.passport()), "）"]
            if r.random() < 0.5:
                docs += ["、往来港澳通行证（证件号码", ("hk_macau_permit", x.hk_permit()), "）"]
        elif r.random() < 0.7:
            docs += ["往来港澳通行证", ("hk_macau_permit", x.hk_permit())]
        else:
            docs += ["大陆居民往来台湾通行证", ("tw_permit", f"L{r.randint(10**7, 10**8 - 1)}")]
        docs.append(f"，已通报{c.name}公安{'分' if c.kind == '区' else ''}局出入境管理部门。")
        d.line(*docs)
        d.line("三、评估意见")
        d.line(
            "综上，",
            N(p.name),
            "居住地固定，家庭成员愿意协助监管，本局认为对其适用社区矫正不致对所居住社区产生重大不良影响。",
        )
        d.line(f"调查人：{x.name()}、{x.name()}（{town}司法所）")
        d.line(f"联系电话：{x.office_phone()}")
    else:
        d.line(bureau)
        d.line("解除社区矫正宣告书")
        d.line(f"{c.short}司矫解字〔{x.y}〕第{r.randint(3, 90)}号")
        home = x.home()
        d.line(
            "社区矫正对象",
            N(p.name),
            f"，{p.sex}，{p.age(x.today)}岁，身份证号码",
            ID(p.id18),
            "，住",
            ADDR(home),
            f"。因犯{r.choice(('盗窃罪', '危险驾驶罪', '寻衅滋事罪'))}"
            f"于{x.y - 2}年{r.randint(1, 12)}月被{court}判处有期徒刑"
            f"{cn_num(r.randint(6, 11))}个月，"
            f"缓刑一年（刑事判决书编号：（{x.y - 2}）{c.court}刑初{r.randint(10, 600)}号），"
            f"社区矫正期限自{x.y - 2}年{r.randint(1, 12)}月{r.randint(1, 28)}日起至{x.date(20, 0, 0)}止。",
        )
        d.line(
            N(p.name),
            "在社区矫正期间，能够遵守法律法规和社区矫正监督管理规定，按时报告、参加教育学习和公益活动。"
            "矫正期满，依照《中华人民共和国社区矫正法》第四十四条规定，现宣告解除社区矫正。",
        )
        if r.random() < 0.5:
            d.line(
                "本局暂予收存的往来港澳通行证",
                ("hk_macau_permit", x.hk_permit()),
                "、护照",
                ("passport", x.passport()),
                "同日发还本人。",
            )
        father = x.name(True, surname_of(p.name))
        d.line(
            f"宣告时在场人员：{town}司法所所长{x.name()}、社区民警{x.name()}、",
            N(p.name),
            "之父",
            N(father),
            "（联系电话",
            MOB(x.mobile()),
            "）。",
        )
        if r.random() < 0.5:
            d.line(
                "其父",
                N(father),
                "患",
                HL(r.choice(DISEASES)),
                "多年，需",
                N(p.name),
                "照料，已告知可申请临时救助。",
            )
        d.line(f"如有疑问，请联系{town}司法所，电话{x.office_phone()}。")
    footer(d, x, bureau)
    return d


# -- B 环境信访投诉办理 --------------------------------------------------------------------------------

COMPANY_WORDS = [
    "恒达",
    "宏源",
    "鑫盛",
    "瑞丰",
    "华泰",
    "金源",
    "兴业",
    "顺通",
    "天禾",
    "永盛",
    "中汇",
    "金鼎",
    "远航",
    "德润",
]
COMPANY_KINDS = (
    "建材有限公司",
    "餐饮有限公司",
    "混凝土有限公司",
    "物流有限公司",
    "塑料制品厂",
    "汽车修理厂",
    "食品有限公司",
)


def company(x: Ctx) -> str:
    return f"{x.c.city[:2]}{x.r.choice(COMPANY_WORDS)}{x.r.choice(COMPANY_KINDS)}"


def fam_huanjing(x: Ctx) -> Doc:
    d = Doc("环境信访投诉办理")
    r, c = x.r, x.c
    org = f"{c.city}生态环境局{c.name}分局"
    meta(d, x, org)
    q = r.randint(1, 4)
    d.line(f"{org}{x.y}年第{cn_num(q)}季度环境信访投诉办理情况公开")
    d.line(
        f"本季度共受理环境信访投诉{r.randint(20, 90)}件（其中12345转办{r.randint(5, 30)}件、12369环保热线"
        f"{r.randint(3, 20)}件），已办结率{r.randint(90, 100)}%。现将部分投诉办理情况公开如下："
    )
    tab = r.random() < 0.5
    if tab:
        d.row(("序号", "受理编号", "投诉人", "联系方式", "投诉内容", "办理结果"))
    problems = ("夜间施工噪声扰民", "油烟直排", "粉尘污染", "露天焚烧垃圾", "异味扰民", "污水外排")
    named: list[str] = []
    for i in range(r.randint(5, 6)):
        no = f"HJ{x.y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 999):03d}"
        comp = company(x)
        cc = credit_code(r, c.code, "91")
        prob = r.choice(problems)
        who: Part
        contact: Part
        kind = r.random()
        home: str | None = None
        health: str | None = None
        if kind < 0.6 or i < 3:
            nm = x.name()
            named.append(nm)
            who = N(nm)
            z = r.random()
            if z < 0.15:
                contact = MOB(x.mobile(False).translate(_FULL))
            elif z < 0.35:
                contact = ("email", x.email())
            elif z < 0.5:
                contact = ("landline", x.landline())
            else:
                contact = MOB(x.mobile())
            if r.random() < 0.5:
                home = x.urban(r.choice((0, 1)))
            if r.random() < 0.3:
                health = r.choice(("哮喘", "慢性支气管炎", "过敏性鼻炎", "冠心病"))
        elif kind < 0.8:
            who, contact = "匿名", "—"
        else:
            who = r.choice(("王某某", "李某", "张先生", "刘女士", "马某某"))
            contact = "（已保密）"
        content: list[Part] = [f"反映{comp}（{x.office_addr()}）{prob}"]
        if home:
            content += ["，投诉人家住", ADDR(home)]
        if health:
            content += ["，称其母患有", HL(health), "，受影响较大"]
        boss = x.name()
        result = (
            f"经现场核查，该单位（统一社会信用代码：{cc}，负责人：{boss}）存在{prob}问题，已责令限期整改，"
            f"{x.date(40, 0, 1)}复查整改到位，已回复投诉人"
        )
        if tab:
            d.row((str(i + 1), no, who, contact), end="")
            d.w("\t", *content, "\t", result, "\n")
        else:
            d.w(
                f"{i + 1}．受理编号{no}，投诉人：",
                who,
                "，联系方式：",
                contact,
                "。",
                *content,
                "。",
                result,
                "。\n",
            )
    if named and r.random() < 0.7:
        nm = r.choice(named)
        d.line(
            "其中，投诉人",
            N(nm),
            f"对办理结果不满意，我分局于{x.date(20, 0, 0)}组织二次现场核查并当面向",
            N(nm),
            "反馈，投诉人表示认可。",
        )
    d.line(f"如对办理结果有异议，可拨打12369环保举报热线或{org}监督电话{x.office_phone()}反映。")
    footer(d, x, org)
    return d


# -- C 道路运输从业资格证注销 --------------------------------------------------------------------------


def fam_congye(x: Ctx) -> Doc:
    d = Doc("道路运输从业资格注销")
    r, c = x.r, x.c
    org = f"{c.name}交通运输局"
    meta(d, x, org)
    d.line("关于注销道路运输从业人员从业资格证件的公告")
    d.line(f"{c.short}交公告〔{x.y}〕第{r.randint(2, 30)}号")
    d.line(
        "根据《道路运输从业人员管理规定》第二十八条、第四十条规定，下列人员的道路运输从业资格证件予以注销，"
        "注销后的证件自公告之日起作废。"
    )
    same = r.random() < 0.7
    widths = (6, 10, 22, 22, 28, 12) if same else (6, 10, 22, 28, 16, 12)
    head = (
        ("序号", "姓名", "身份证号码", "从业资格证号", "从业资格类别", "注销原因")
        if same
        else ("序号", "姓名", "身份证号码", "从业资格类别", "发证日期", "注销原因")
    )
    padded = r.random() < 0.6
    if padded:
        d.padded(head, widths)
    else:
        d.row(head)
    cats = (
        "经营性道路旅客运输驾驶员",
        "经营性道路货物运输驾驶员",
        "道路危险货物运输驾驶员",
        "道路危险货物运输押运人员",
    )
    people: list[Person] = []
    for i in range(r.randint(3, 4)):
        p = x.person(24, 72)
        people.append(p)
        reason: Part
        extra: list[Part] = []
        z = r.random()
        if z < 0.3:
            reason = "超过法定年龄" if p.age(x.today) >= 60 else "本人申请注销"
        elif z < 0.45:
            reason = "死亡"
        elif z < 0.75:
            reason = "身体健康状况不适合继续从事（"
            extra = [HL(r.choice(("癫痫", "精神分裂症", "脑出血后遗症", "帕金森病", "肢体残疾三级"))), "）"]
        else:
            reason = "被吊销机动车驾驶证"
        cells: list[Part] = [str(i + 1), N(p.name), ID(p.id18)]
        if same:
            cells.append(ID(p.id18))
        cells.append(r.choice(cats))
        if not same:
            cells.append(f"{r.randint(2010, x.y - 1)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
        if padded:
            d.padded(cells, widths, tail=[reason, *extra])
        else:
            d.row([*cells, reason], tail=extra)
    owners = r.sample(people, k=min(len(people), r.randint(1, 2)))
    d.w("同时注销下列个体运输业户营运车辆道路运输证：")
    for j, p in enumerate(owners):
        d.w("、" if j else "", ("license_plate", x.plate()), "（业户：", N(p.name), "）")
    d.line("。")
    d.line(f"如有疑问，请与{org}运输管理股联系，联系人：{x.name()}，联系电话：{x.office_phone()}。")
    footer(d, x, org)
    return d


# -- D 农民工工资清偿公示 ------------------------------------------------------------------------------


def fam_qianxin(x: Ctx) -> Doc:
    d = Doc("农民工工资清偿公示")
    r, c = x.r, x.c
    org = f"{c.name}人力资源和社会保障局"
    proj = f"{c.name}{r.choice(ESTATES)}{r.choice(('二期', '三期', '安置区'))}建设项目"
    builder = f"{c.prov[:2]}{r.choice(COMPANY_WORDS)}建设工程有限公司"
    d.line(f"{proj}农民工工资清偿情况公示")
    d.line(f"施工总承包单位：{builder}（统一社会信用代码：{credit_code(r, c.code[:4] + '00', '91')}）")
    d.line(f"项目地址：{c.name}{x.town()}{r.choice(ROADS)}与{r.choice(ROADS)}交叉口东南侧")
    d.line(
        f"根据《保障农民工工资支付条例》，经{c.name}劳动保障监察大队督促（案件编号：{c.short}劳监〔{x.y}〕"
        f"{r.randint(10, 300)}号），施工单位已通过农民工工资专用账户（账号{r.randint(10**13, 10**14 - 1)}）"
        "代发拖欠工资，现将清偿明细公示如下："
    )
    pdf = r.random() < 0.5
    head = ("序号", "姓名", "身份证号码", "工种", "联系电话", "工资卡号", "实发金额(元)")
    widths = (6, 10, 22, 8, 16, 24, 12)
    if pdf:
        d.padded(head, widths)
    else:
        d.row(head)
    rows = 3 if r.random() < 0.75 else 4
    workers: list[Person] = []
    for i in range(rows):
        p = x.person(22, 60, local=False)
        workers.append(p)
        card, _bank = x.card()
        nm = spaced(p.name, r) if pdf and r.random() < 0.4 else p.name
        cells: list[Part] = [
            str(i + 1),
            N(nm),
            ID(p.id18),
            r.choice(("钢筋工", "木工", "瓦工", "架子工", "杂工", "电焊工")),
            MOB(x.mobile(False)),
            CARD(card),
            f"{r.randint(3, 40)}{r.randint(0, 9)}00.00",
        ]
        if pdf and i == 1 and rows > 2 and r.random() < 0.6:
            d.line("— 2 —" if r.random() < 0.5 else f"第 1 页 共 {r.randint(2, 3)} 页")
            d.padded(head, widths)
        if pdf:
            d.padded(cells, widths)
        else:
            d.row(cells)
    p = r.choice(workers)
    kin = x.person(22, 60, male=not p.male, local=False)
    d.line(
        "备注：",
        N(p.name),
        "因",
        HL(r.choice(("腰椎间盘突出症", "股骨颈骨折", "脑梗死", "尿毒症"))),
        f"住院治疗，其工资由其{'妻子' if p.male else '丈夫'}",
        N(kin.name),
        *opt(r.random() < 0.5, "（身份证号", ID(kin.id18), "）"),
        "代领。",
    )
    d.line(
        f"公示期{r.choice(('五', '七'))}个工作日。"
        f"如有异议，请与劳资专管员{x.name()}联系，联系电话：{x.office_phone()}。"
    )
    footer(d, x, org)
    return d


# -- E 继承公证公示 ------------------------------------------------------------------------------------


def fam_gongzheng(x: Ctx) -> Doc:
    d = Doc("继承公证公示")
    r, c = x.r, x.c
    office = f"{c.city}{c.name}公证处"
    dead = x.person(62, 95)
    kin = surname_of(dead.name) if dead.male and r.random() < 0.8 else None
    heirs = [x.person(30, 65, surname=kin) for _ in range(2 if r.random() < 0.7 else 3)]
    spouse = x.person(60, 95, male=not dead.male)
    d.line("公  示")
    d.line(f"（{x.y}）{c.abbr}{c.city[:2]}{c.short}证字第{r.randint(100, 3999)}号")
    intro: list[Part] = ["申请人"]
    for i, h in enumerate(heirs):
        intro.append("、" if i else "")
        intro += [N(h.name), f"（{h.sex}，"]
        z = r.random()
        if i == len(heirs) - 1 and z < 0.25:
            intro += [
                "台湾居民来往大陆通行证号码：",
                ("tw_permit", f"{r.randint(10**7, 10**8 - 1)}"),
                "，住台湾省",
                ADDR(
                    f"{r.choice(('高雄市苓雅区四维三路', '台中市西区民权路', '台北市大安区复兴南路一段'))}"
                    f"{r.randint(1, 300)}号"
                ),
                "）",
            ]
        elif i == len(heirs) - 1 and z < 0.45:
            intro += ["现居美国，护照号码：", ("passport", x.passport()), "）"]
        elif i == len(heirs) - 1 and z < 0.55:
            intro += [
                "港澳居民来往内地通行证号码：",
                ("hk_macau_permit", f"H{r.randint(10**7, 10**8 - 1)}"),
                "，住香港特别行政区）",
            ]
        else:
            intro += ["公民身份号码：", ID(h.id18), "，住", ADDR(x.home()), "）"]
    deathd = x.date(400, -30, 0)
    intro += [f"于{x.date(20, 0, 0)}向本处申请办理被继承人", N(dead.name), "遗产继承公证。"]
    d.line(*intro)
    if r.random() < 0.4:
        h = heirs[0]
        tel: Part = ("landline", x.landline()) if r.random() < 0.5 else MOB(x.mobile())
        d.line(
            "申请人",
            N(h.name),
            "联系电话：",
            tel,
            *opt(r.random() < 0.5, "，电子邮箱：", ("email", x.email())),
        )
    z = r.random()
    cause: list[Part] = []
    if z < 0.4:
        cause = ["因", HL(r.choice(("肺癌", "肝癌", "脑出血", "慢性肾功能衰竭", "心肌梗死"))), "医治无效，"]
    d.line(
        "经查，被继承人",
        N(dead.name),
        f"（{dead.sex}，生前公民身份号码：",
        ID(dead.id18),
        "）生前住",
        ADDR(x.home(r.choice((1, 2)))),
        "，",
        *cause,
        f"于{deathd}死亡。",
    )
    estate: list[Part] = ["被继承人生前遗有："]
    estate += [
        "坐落于",
        ADDR(x.urban(r.choice((1, 2)))),
        f"的房屋一套（不动产权证号：{c.abbr}（{x.y - r.randint(3, 15)}）"
        f"{c.name}不动产权第{r.randint(1, 99999):07d}号）",
    ]
    if r.random() < 0.6:
        estate += ["；车牌号为", ("license_plate", x.plate()), "的小型轿车一辆"]
    if r.random() < 0.6:
        card, bank = x.card()
        estate += [
            f"；{bank}存款（账号",
            CARD(card),
            f"）人民币{r.randint(2, 90)}{r.randint(0, 9)}{r.randint(100, 999)}元",
        ]
    estate.append("。")
    d.line(*estate)
    sp_dead = r.random() < 0.6
    sp_txt = f"已于{x.y - r.randint(2, 15)}年死亡" if sp_dead else "自愿放弃继承权"
    d.line(
        "被继承人的配偶",
        N(spouse.name),
        sp_txt,
        "，被继承人的父母均先于其死亡。被继承人生前生育子女",
        f"{cn_num(len(heirs))}人，即申请人",
        *[p for i, h in enumerate(heirs) for p in (("、" if i else ""), N(h.name))],
        "。被继承人生前无遗嘱，亦未与他人签订遗赠扶养协议。",
    )
    d.line(
        "现予公示。如对上述继承事项有异议，请于公示之日起十五日内向本处提出。",
    )
    d.line(f"联系人：{x.name()}（公证员）  联系电话：{x.office_phone()}")
    if r.random() < 0.5:
        d.line(f"电子邮箱：{r.choice(('gzc', 'gzcb', 'notary'))}@{r.choice(('sifa', 'sfj'))}.{c.code}.gov.cn")
    d.line(f"地址：{x.office_addr()}{office}")
    d.line(office)
    d.line(x.date(0, 0, 0))
    return d


# -- F 家庭医生签约 -----------------------------------------------------------------------------------


def fam_qianyue(x: Ctx) -> Doc:
    d = Doc("家庭医生签约服务公示")
    r, c = x.r, x.c
    town = x.town()
    org = f"{c.name}{town}卫生院"
    meta(d, x, org)
    d.line(f"{org}{x.y}年重点人群家庭医生签约服务名单公示")
    doctors = [x.name() for _ in range(2)]
    d.line(
        f"为落实家庭医生签约服务工作，我院组建家庭医生团队{r.randint(4, 9)}个"
        f"（团队长：{doctors[0]}、{doctors[1]}），"
        f"截至{x.date(30, 0, 0)}签约重点人群{r.randint(800, 3000)}人。"
        f"现将{town}{x.village()}部分签约居民名单公示如下："
    )
    html = r.random() < 0.45
    head = ("序号", "姓名", "性别", "年龄", "身份证号", "家庭住址", "签约类别", "签约医生")
    if html:
        d.line('<table border="1">')
        d.html_row(head, "th")
    else:
        d.row(head)
    for i in range(r.randint(3, 4)):
        z = r.random()
        if z < 0.2:
            p = x.person(0, 6)
            cat: list[Part] = ["0-6岁儿童"]
        elif z < 0.3:
            p = x.person(22, 38, male=False)
            cat = ["孕产妇"]
        elif z < 0.45:
            p = x.person(65, 92)
            cat = ["65岁及以上老年人"]
        elif z < 0.55:
            p = x.person(20, 70)
            cat = ["残疾人（", HL(disability(r)[0]), "）"]
        else:
            p = x.person(35, 85)
            dz = r.choice(("高血压", "2型糖尿病", "严重精神障碍", "肺结核"))
            cat = [HL(dz), "患者"]
            if r.random() < 0.3:
                cat += ["、", HL("高血压" if dz != "高血压" else "冠心病"), "患者"]
        addr = x.rural(0, town=town) if r.random() < 0.7 else x.urban(0)
        cells: list[Part] = [str(i + 1), N(p.name), p.sex, str(p.age(x.today)), ID(p.id18), ADDR(addr)]
        doc = f"{r.choice(doctors)}团队"
        if html:
            parts: list[Part] = ["<tr>"]
            for cell in cells:
                parts += ["<td>", cell, "</td>"]
            parts += ["<td>", *cat, "</td>", "<td>", doc, "</td></tr>\n"]
            d.w(*parts)
        else:
            d.row(cells, tail=["\t", *cat, "\t", doc])
    if html:
        d.line("</table>")
    d.line(f"签约居民如需预约随访，请拨打{org}家庭医生服务电话{x.office_phone()}。")
    d.line(f"如对签约信息有异议，请于公示期内向{org}公共卫生科反映，联系人：{x.name()}。")
    footer(d, x, org)
    return d


# -- G 残疾人按比例就业审核 ---------------------------------------------------------------------------


def fam_canjiu(x: Ctx) -> Doc:
    d = Doc("残疾人按比例就业审核")
    r, c = x.r, x.c
    org = f"{c.name}残疾人联合会"
    meta(d, x, org)
    d.line(f"{x.y - 1}年度用人单位按比例安排残疾人就业情况审核结果公示")
    d.line(
        "根据《残疾人就业保障金征收使用管理办法》（财税〔2015〕72号）和《关于调整残疾人就业保障金征收政策的公告》"
        "（财政部公告2019年第98号），经审核，下列用人单位安排残疾人就业达到规定比例，予以免征残疾人就业保障金："
    )
    d.row(("单位名称", "统一社会信用代码", "在职职工年平均人数", "安排残疾人数", "审核结论"))
    comps = [
        f"{c.city[:2]}{w}{k}"
        for w, k in zip(r.sample(COMPANY_WORDS, 3), r.sample(COMPANY_KINDS, 3), strict=True)
    ]
    for comp in comps:
        d.row(
            (
                comp,
                credit_code(r, c.code, "91"),
                f"{r.randint(20, 300)}人",
                f"{r.randint(1, 6)}人",
                "达标，免征",
            )
        )
    d.line(f"其中{comps[0]}安排残疾人就业人员明细如下：")
    style = r.randrange(3)
    head = ("序号", "姓名", "性别", "残疾人证号", "残疾类别及等级", "劳动合同期限", "社保缴纳月数")
    if style == 0:
        d.line("<table>")
        d.html_row(head, "th")
    elif style == 1:
        d.row(head, sep=" | ", lead="| ", end=" |\n")
        d.line("|" + "---|" * len(head))
    else:
        d.row(head)
    for i in range(r.randint(3, 5)):
        p = x.person(20, 58)
        txt, t, g = disability(r)
        cert: list[Part] = [ID(p.id18), f"{t}{g}"]
        cells: list[Part] = [str(i + 1), N(p.name), p.sex]
        rest: list[Part] = [HL(txt), f"{x.y - 2}.{r.randint(1, 12)}—{x.y + 1}.{r.randint(1, 12)}", "12"]
        if style == 0:
            d.w(
                "<tr>",
                *[q for cell in cells for q in ("<td>", cell, "</td>")],
                "<td>",
                *cert,
                "</td>",
                *[q for cell in rest for q in ("<td>", cell, "</td>")],
                "</tr>\n",
            )
        elif style == 1:
            d.row(cells, sep=" | ", lead="| ", end="")
            d.w(" | ", *cert, " | ")
            d.row(rest, sep=" | ", end=" |\n")
        else:
            d.row(cells, end="\t")
            d.w(*cert, "\t")
            d.row(rest)
    if style == 0:
        d.line("</table>")
    d.line(
        f"公示期为{x.date(0, 0, 0)}至{x.date(0, 10, 0)}。"
        f"对公示内容有异议的，请以书面形式向{org}劳动就业服务所反映"
        f"（联系人：{x.name()}，电话：{x.office_phone()}）。"
    )
    footer(d, x, org)
    return d


# -- H 异地就医备案 -----------------------------------------------------------------------------------

HOSPITALS = {
    "上海市": "复旦大学附属中山医院",
    "成都市": "四川大学华西医院",
    "西安市": "空军军医大学西京医院",
    "北京市": "北京协和医院",
    "广州市": "中山大学肿瘤防治中心",
    "深圳市": "北京大学深圳医院",
    "兰州市": "兰州大学第一医院",
    "杭州市": "浙江大学医学院附属第一医院",
}
CITIES = {
    "上海市": ("浦东新区", "闵行区", "宝山区"),
    "成都市": ("武侯区", "锦江区", "成华区"),
    "西安市": ("雁塔区", "未央区", "长安区"),
    "北京市": ("朝阳区", "海淀区", "丰台区"),
    "广州市": ("天河区", "越秀区", "番禺区"),
    "深圳市": ("南山区", "福田区", "龙岗区"),
    "兰州市": ("城关区", "七里河区", "安宁区"),
    "杭州市": ("西湖区", "拱墅区", "余杭区"),
}


def fam_yidi(x: Ctx) -> Doc:
    d = Doc("异地就医备案")
    r, c = x.r, x.c
    org = f"{c.name}医疗保障局"
    meta(d, x, org)
    d.line(f"{org}关于{x.y}年第{cn_num(r.randint(1, 12))}批跨省异地就医备案人员名单的公示")
    d.line(
        "依据《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号），现将备案人员公示如下："
    )
    html = r.random() < 0.5
    head = ("序号", "姓名", "社会保障卡号", "参保险种", "备案类型", "就医地", "备案情况", "联系电话")
    if html:
        d.line('<table class="gk-table">')
        d.html_row(head, "th")
    else:
        d.row(head)
    for i in range(r.randint(3, 4)):
        p = x.person(18, 88, local=r.random() < 0.8)
        city = r.choice(list(CITIES))
        if r.random() < 0.5:
            typ = "转外就医"
            info: list[Part] = [
                f"经{x.c.city}人民医院诊断为",
                HL(r.choice(DISEASES)),
                f"，转诊至{HOSPITALS[city]}",
            ]
        else:
            typ = r.choice(("异地长期居住", "异地安置退休"))
            info = [
                "随子女居住，现居住地：",
                ADDR(
                    f"{city}{r.choice(CITIES[city])}{r.choice(ROADS)}{r.randint(1, 300)}号"
                    f"{r.choice(ESTATES)}{r.randint(1, 20)}栋{r.randint(1, 30)}0{r.randint(1, 4)}室"
                ),
            ]
        phone: Part = ("landline", x.landline()) if r.random() < 0.3 else MOB(x.mobile())
        cells: list[Part] = [
            str(i + 1),
            N(p.name),
            ID(p.id18),
            r.choice(("职工医保", "城乡居民医保")),
            typ,
            city,
        ]
        if html:
            d.w(
                "<tr>",
                *[q for cell in cells for q in ("<td>", cell, "</td>")],
                "<td>",
                *info,
                "</td><td>",
                phone,
                "</td></tr>\n",
            )
        else:
            d.row(cells, tail=["\t", *info, "\t", phone])
    if html:
        d.line("</table>")
    d.line(
        f"备案有效期内在就医地定点医疗机构就医可直接结算。政策咨询：{org}医保经办窗口（{x.office_addr()}），"
        f"电话{x.office_phone()}，或拨打12345。"
    )
    footer(d, x, org)
    return d


# -- I 职业技能培训补贴 -------------------------------------------------------------------------------

TRADES = (
    "中式烹调师",
    "育婴员",
    "保育师",
    "电工",
    "焊工",
    "美容师",
    "养老护理员",
    "农业经理人",
    "家政服务员",
    "汽车维修工",
)


def fam_peixun(x: Ctx) -> Doc:
    d = Doc("职业技能培训补贴")
    r, c = x.r, x.c
    org = f"{c.name}就业创业服务中心"
    school = f"{c.city[:2]}{r.choice(COMPANY_WORDS)}职业技能培训学校"
    meta(d, x, org)
    d.line(f"关于{x.y}年第{cn_num(r.randint(1, 6))}批职业技能培训补贴拟发放人员的公示")
    batch = f"PX{x.y}-{r.randint(1, 99):03d}"
    d.line(
        f"{school}（统一社会信用代码：{credit_code(r, c.code, '52')}）"
        f"承办的{r.choice(TRADES)}等培训班（班次编号：{batch}），"
        f"经考核合格并取得职业技能等级证书，"
        f"拟发放培训补贴共计{r.randint(2, 40)}{r.randint(100, 999)}元，名单如下："
    )
    table = r.random() < 0.35
    if table:
        d.row(
            (
                "序号",
                "姓名",
                "性别",
                "身份证号码",
                "培训工种（等级）",
                "证书编号",
                "补贴金额（元）",
                "社保卡银行账号",
            )
        )
    for i in range(r.randint(4, 5)):
        p = x.person(18, 58)
        cert = f"S{r.randint(10**6, 10**7 - 1)}{c.code}{r.randint(10**5, 10**6 - 1)}"
        trade = f"{r.choice(TRADES)}（{r.choice(('五级/初级工', '四级/中级工', '专项能力'))}）"
        amt = str(r.choice((600, 800, 1000, 1200, 1500, 1800)))
        pay: Part
        pay = CARD(x.card()[0]) if r.random() < 0.8 else MOB(x.mobile())
        if table:
            d.row((str(i + 1), N(p.name), p.sex, ID(p.id18), trade, cert, amt, pay))
        else:
            sep = r.choice(("．", ".", "、"))
            lead = f"{i + 1}{sep}" if r.random() < 0.85 else f"（{cn_num(i + 1)}）"
            payl = "银行卡号" if pay[0] == "bank_card" else "联系电话"
            d.line(
                lead,
                N(p.name),
                f"，{p.sex}，",
                ID(p.id18),
                f"，{trade}，证书编号{cert}，补贴{amt}元，{payl}",
                pay,
                *opt(r.random() < 0.15, "，邮箱", ("email", x.email())),
            )
    d.line(f"公示期{r.randint(5, 7)}个工作日。举报电话：{x.office_phone()}，举报邮箱：jyfw@{c.code}.gov.cn")
    footer(d, x, org)
    return d


# -- J 预防接种异常反应补偿 ---------------------------------------------------------------------------

REACTIONS = (
    "过敏性紫癜",
    "热性惊厥",
    "血小板减少性紫癜",
    "急性播散性脑脊髓炎",
    "臂丛神经炎",
    "卡介苗淋巴结炎",
    "过敏性休克",
)
VACCINES = (
    "麻腮风联合减毒活疫苗",
    "百白破疫苗",
    "乙型脑炎减毒活疫苗",
    "卡介苗",
    "脊髓灰质炎灭活疫苗",
    "A群C群脑膜炎球菌多糖疫苗",
)


def fam_jiezhong(x: Ctx) -> Doc:
    d = Doc("预防接种异常反应补偿")
    r, c = x.r, x.c
    org = f"{c.name}卫生健康局"
    if r.random() < 0.6:
        g = x.person(24, 45)
        child = x.person(0, 6, surname=surname_of(g.name) if g.male or r.random() < 0.2 else None)
        dx = r.choice(REACTIONS)
        rel = "之子" if child.male else "之女"
        d.line(org)
        d.line("预防接种异常反应补偿决定书")
        d.line(f"{c.short}卫补决〔{x.y}〕{r.randint(1, 20)}号")
        d.line(
            "申请人：",
            N(g.name),
            f"，{g.sex}，{g.age(x.today)}岁，公民身份号码：",
            ID(g.id18),
            "，住",
            ADDR(x.home()),
            "，联系电话：",
            ("landline", x.landline()) if r.random() < 0.25 else MOB(x.mobile()),
            *opt(r.random() < 0.3, "，电子邮箱：", ("email", x.email())),
            "。",
        )
        d.line(
            "受种者：",
            N(child.name),
            f"，{child.sex}，{child.birth.year}年{child.birth.month}月{child.birth.day}日出生，系申请人",
            rel,
            "。",
        )
        lot = f"{x.y - 1}{r.randint(1, 12):02d}{r.randint(1, 99):02d}{r.randint(1, 9)}"
        d.line(
            N(child.name),
            f"于{x.date(200, -60, 0)}在{x.town()}卫生院预防接种门诊接种{r.choice(VACCINES)}（批号{lot}），"
            f"接种后出现不良反应，经{c.city}人民医院诊断为",
            HL(dx),
            "。",
        )
        d.line(
            f"{x.date(60, -10, 0)}，{c.city}预防接种异常反应调查诊断专家组作出调查诊断结论"
            f"（编号：{c.abbr}{c.city[:1]}异诊〔{x.y}〕"
            f"{r.randint(1, 30)}号）：",
            N(child.name),
            "所患",
            HL(dx),
            "属于预防接种异常反应，"
            f"对照《医疗事故分级标准》，相当于{r.choice(('三级乙等', '四级', '三级丁等'))}医疗事故。",
        )
        amount = r.randint(5, 120) * 1000
        card, bank = x.card()
        d.line(
            f"根据《疫苗管理法》第五十六条和《{c.prov}预防接种异常反应补偿办法》，本局决定给予一次性补偿人民币{amount}元，"
            "补偿款转入申请人",
            N(g.name),
            f"指定账户（{bank}，卡号",
            CARD(card),
            "）。",
        )
        d.line(f"如不服本决定，可自收到本决定书之日起六十日内向{c.city}人民政府申请行政复议。")
        d.line(f"（联系人：{x.name()}，电话：{x.office_phone()}）")
        d.line(org)
        d.line(x.date(0, 0, 0))
    else:
        meta(d, x, org)
        d.line(f"{c.name}{x.y}年度预防接种异常反应补偿情况公示")
        d.line(
            "根据《疫苗管理法》及补偿办法相关规定，现将本年度经调查诊断属于预防接种异常反应并给予补偿的情况公示如下："
        )
        d.row(("序号", "受种者", "监护人", "家庭住址", "接种疫苗", "诊断结论", "补偿金额（元）"))
        for i in range(r.randint(3, 4)):
            child = x.person(0, 7)
            g = x.person(24, 45, surname=surname_of(child.name) if r.random() < 0.6 else None)
            d.row(
                (
                    str(i + 1),
                    N(child.name),
                    N(g.name),
                    ADDR(x.home(0)),
                    r.choice(VACCINES),
                    HL(r.choice(REACTIONS)),
                    str(r.randint(5, 120) * 1000),
                )
            )
        d.line(f"补偿资金由{c.name}财政列支，已于{x.date(30, 0, 0)}前拨付到位。")
        footer(d, x, org)
    return d


# -- K 户口注销公告 -----------------------------------------------------------------------------------

COUNTRIES = ("加拿大", "澳大利亚", "新西兰", "美国", "新加坡", "马来西亚")


def fam_hukou(x: Ctx) -> Doc:
    d = Doc("户口注销公告")
    r, c = x.r, x.c
    town = x.town()
    station = f"{town[:-1]}派出所"
    bureau = f"{c.name}公安{'分' if c.kind == '区' else ''}局"
    full = r.random() < 0.25
    d.line(f"{bureau}{station}")
    d.line("关于注销户口的公告")
    d.line(f"{c.short}公（{town[:2]}）告字〔{x.y}〕{r.randint(2, 40)}号")
    d.line(
        f"根据《中华人民共和国户口登记条例》和《{c.prov}常住户口登记管理规定》，经调查核实，以下人员户口已由本所依法注销，"
        "其居民身份证同时作废，特此公告。"
    )
    n = 0
    labelled = r.random() < 0.5
    counts = {"d": r.randint(1, 2), "a": r.randint(0, 2), "r": r.randint(0, 1)}
    counts["d"] += max(0, 3 - sum(counts.values()))
    titles = {"d": "死亡注销", "a": "出国（境）定居注销", "r": "重复户口注销"}
    sects = [k for k in "dar" if counts[k]]
    for si, kinds in enumerate(sects):
        d.line(f"{CN[si + 1]}、{titles[kinds]}")
        for _ in range(counts[kinds]):
            n += 1
            old = kinds == "d" and r.random() < 0.4
            p = x.person(70, 98) if kinds == "d" else x.person(18, 70)
            num = p.id18.translate(_FULL) if full else p.id18
            idp: list[Part] = (
                ["原身份证号（15位）：", ("id_card_15", p.id15)] if old else ["公民身份号码：", ID(num)]
            )
            addr = x.home(r.choice((0, 1, 1, 2)))
            if kinds == "d":
                tail: list[Part] = [f"注销原因：死亡（{x.date(300, 0, 0)}）"]
            elif kinds == "a":
                z = r.random()
                if z < 0.6:
                    tail = [
                        f"注销原因：已在{r.choice(COUNTRIES)}定居，护照号码：",
                        ("passport", x.passport()),
                    ]
                else:
                    tail = [
                        "注销原因：经批准赴香港定居，原持往来港澳通行证",
                        ("hk_macau_permit", x.hk_permit()),
                        "同时作废",
                    ]
            else:
                p2 = f"{r.choice(OTHER_CODES)}{p.id18[6:14]}{r.randrange(1, 999):03d}"
                if (int(p2[14:17]) % 2 == 1) != p.male:
                    p2 = p2[:14] + f"{(int(p2[14:17]) + 1) % 1000:03d}"
                p2 += id_check(p2)
                tail = [
                    "注销原因：重复登记，注销其在",
                    f"{r.choice(('外省', '原籍'))}登记的户口（公民身份号码",
                    ID(p2),
                    "）",
                ]
            if labelled:
                d.line(
                    f"{n}．姓名：",
                    N(p.name),
                    f"；性别：{p.sex}；",
                    *idp,
                    "；户籍地址：",
                    ADDR(addr),
                    "；",
                    *tail,
                    "。",
                )
            else:
                d.line(
                    f"{n}．", N(p.name), f"，{p.sex}，", *idp, "，户籍地址：", ADDR(addr), "，", *tail, "。"
                )
    d.line(
        f"如对上述注销有异议，请于公告之日起三十日内到{station}户籍室反映（地址：{c.name}{town}{r.choice(ROADS)}"
        f"{r.randint(1, 99)}号，电话：{x.office_phone()}）。"
    )
    d.line(f"{bureau}{station}")
    d.line(x.date(0, 0, 0))
    return d


# -- L 水库移民后期扶持（PDF） -------------------------------------------------------------------------


def fam_yimin(x: Ctx) -> Doc:
    d = Doc("水库移民后期扶持")
    r, c = x.r, x.c
    town = x.town()
    org = f"{town}人民政府"
    d.line(f"{c.name}{x.y}年度大中型水库移民后期扶持人口核定登记公示表")
    d.line(f"填报单位：{org}（盖章）" + " " * 24 + "单位：人、元")
    head = ("序号", "户主姓名", "身份证号码", "家庭人口", "核定扶持人口", "开户银行", "银行账号", "户籍地址")
    widths = (6, 12, 22, 10, 14, 18, 24, 10)
    d.padded(head, widths)
    rows = r.randint(3, 4)
    footer_at = r.randint(1, rows - 1)
    wrap_at = r.randrange(rows)
    fw = r.random() < 0.3
    pages = r.randint(2, 4)
    for i in range(rows):
        if i == footer_at:
            d.line(" " * 40 + f"— {r.randint(1, pages - 1)} —")
            if r.random() < 0.6:
                d.padded(head, widths)
        p = x.person(28, 85)
        card, bank = x.card()
        nm = spaced(p.name, r) if r.random() < 0.7 else p.name
        num = p.id18.translate(_FULL) if fw and i == rows - 1 else p.id18
        fam = r.randint(1, 7)
        addr = x.rural(0, town=town)
        cells: list[Part] = [
            str(i + 1),
            N(nm),
            ID(num),
            str(fam),
            str(fam - r.randint(0, 1) if fam > 1 else fam),
            bank,
            CARD(card.replace(" ", "")),
        ]
        if i == wrap_at:
            cut = addr.index("村") + 1
            pad = " " * sum(widths[:-1])
            d.padded(cells, widths, tail=[ADDR(addr[:cut] + "\n" + pad + addr[cut:])])
        else:
            d.padded(cells, widths, tail=[ADDR(addr)])
    d.line(f"合计：{rows}户  {r.randint(rows, rows * 5)}人")
    d.line(f"村（居）委会负责人：{x.name()}        经办人：{x.name()}        公示日期：{x.date(0, 0, 0)}")
    d.line(f"公示期7天。如有异议，请向{org}移民工作站反映，监督电话：{x.office_phone()}。")
    d.line(" " * 40 + f"— {pages} —")
    return d


FAMILIES: tuple[Callable[[Ctx], Doc], ...] = (
    fam_jiaozheng, fam_huanjing, fam_congye, fam_qianxin, fam_gongzheng, fam_qianyue,
    fam_canjiu, fam_yidi, fam_peixun, fam_jiezhong, fam_hukou, fam_yimin,
)  # fmt: skip


# ---------------------------------------------------------------------------------------------------
# checks

_LOOKS = (
    re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])"),
    re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)"),
    re.compile(r"(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])"),
    re.compile(r"[A-Za-z0-9._]+@[A-Za-z0-9.]+"),
    re.compile(f"[{PLATE_PROV}][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{{5,6}}(?![A-Za-z0-9])"),
    re.compile(r"(?<![0-9A-Za-z])[ECGHL][A-Z]?\d{7,8}(?!\d)"),
    re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])"),
)


def check(doc: Doc, today: dt.date) -> None:
    text = doc.text
    for s in doc.spans:
        assert text[s.start : s.end] == s.text, s
        assert VALIDATORS[s.kind](s.text.strip(), today), (doc.type, s)
        assert s.text == s.text.strip(), s
    spans = sorted(doc.spans, key=lambda s: s.start)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start, (a, b)
    # every mention of a labelled name is labelled
    covered = [False] * len(text)
    for s in doc.spans:
        if s.kind == "name":
            for i in range(s.start, s.end):
                covered[i] = True
    for s in doc.spans:
        if s.kind != "name":
            continue
        for form in {s.text, re.sub(r"\s", "", s.text)}:
            for m in re.finditer(re.escape(form), text):
                if not all(covered[m.start() : m.end()]):
                    raise Redraw(f"unlabelled mention of {form}")
    # nothing unlabelled looks personal
    masked = list(text.translate(_HALF))
    for s in doc.spans:
        masked[s.start : s.end] = "■" * (s.end - s.start)
    rest = "".join(masked)
    for pat in _LOOKS:
        for m in pat.finditer(rest):
            v = m.group()
            if "@" in v:
                if not v.endswith("gov.cn"):
                    raise Redraw(f"mail {v}")
            elif len(v) == 18 and v[:17].isdigit():
                if valid_id18(v, today):
                    raise Redraw(f"ID-like {v}")
            elif len(v) == 11 and v.isdigit():
                if mobile_ok(v):
                    raise Redraw(f"mobile-like {v}")
            elif v.isdigit() and 16 <= len(v) <= 19:
                if card_ok(v) or (luhn_ok(v) and v[:2] in ("62", "60", "43", "52", "51")):
                    raise Redraw(f"card-like {v}")
            elif v.isdigit() and len(v) == 15:
                if valid_id15(v):
                    raise Redraw(f"old-ID-like {v}")
            else:
                raise Redraw(f"document-like {v}")


def build(seed: int, i: int) -> dict[str, object]:
    fam = FAMILIES[i % len(FAMILIES)]
    for attempt in range(200):
        r = random.Random(f"holdout11-{seed}-{i}-{attempt}")
        x = Ctx(r)
        try:
            doc = fam(x)
            check(doc, x.today)
        except Redraw:
            continue
        spans = sorted(doc.spans, key=lambda s: s.start)
        return {
            "type": doc.type,
            "text": doc.text,
            "spans": [{"kind": s.kind, "start": s.start, "end": s.end, "text": s.text} for s in spans],
        }
    raise RuntimeError(f"document {i}: no clean draw")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("-o", "--out", type=Path)
    ap.add_argument("--decisions", action="store_true", help="print the labelling decisions and stop")
    args = ap.parse_args(argv)
    if args.decisions:
        for n, line in enumerate(DECISIONS, 1):
            print(f"{n}. {line}")
        return 0
    docs = [build(args.seed, i) for i in range(args.docs)]
    lines = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
    if args.out:
        args.out.write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    kinds: Counter[str] = Counter()
    for doc in docs:
        spans = doc["spans"]
        assert isinstance(spans, list)
        kinds.update(s["kind"] for s in spans)
    per = sum(kinds.values()) / max(1, len(docs))
    print(f"{len(docs)} documents, {sum(kinds.values())} spans ({per:.1f} a document)", file=sys.stderr)
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {k:16} {v}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
