# ruff: noqa: E501
"""Holdout set 5: labelled county-government documents for the privacy benchmark.

    .venv/bin/python benchmarks/privacy_data/holdout5.py --docs 400 --seed 17 -o /tmp/h5.jsonl

Writes JSON Lines {"type", "text", "spans": [{"kind", "start", "end"}]} (Python str offsets). The text
is built by appending pieces; a span is recorded when a personal datum is appended, never searched for
afterwards. Standard library only; the same --seed gives the same file.

Document types (one per document, in rotation; layouts vary inside each type):
  耕地地力保护补贴发放清册        table (tab, "|", "，", spaces): 户主, 身份证, 一卡通账号, 亩, 元
  生态护林员/公益性岗位人员公示   numbered lines or table: name, ID, mobile, home address to 组, 巡护车牌
  农村宅基地审批公示              label：value form: 申请人, ID, 现住址, 四至 with neighbours' names
  惠民殡葬补贴发放公示            table: 逝者, 死亡原因 (health), 申领人, 银行卡
  计划生育家庭奖励扶助/特别扶助对象公示  table: name, ID (some 15-digit), 扶助类别 (独生子女伤残 …)
  食品经营许可准予公示            records: 个体工商户 经营者 name + ID; 企业 法定代表人; 经营场所
  法律援助受援人指派公示/通知书    prose: 受援人 name, ID, address, phone/landline, 残疾 or illness
  征收安置房分配摇号结果公示      table: 被征收人, ID, 摇号顺序号, 安置房 full address
  林权/草原承包经营权公示         table + prose: 承包方代表, ID, 地块编码 (near miss), 四至 names
  城乡居民医保参保缴费异常名单     table: name, ID (full or masked), mobile, 门诊慢特病 (health)
  劳动保障监察欠薪公告            prose + table: employer, 法定代表人 (public), workers (personal)
  农机购置补贴资金兑付公示         table: 购机者, ID, 机具, 出厂编号 (near miss), 号牌, mobile
  失业保险金申领公示              table: name, ID, bank card, email for notification
  境外务工人员备案公示            table: name, 护照 / 往来港澳通行证 / 往来台湾通行证, mobile, email

Labelling policy:
- Labelled kinds are those of gongkai.privacy.model.KINDS. Every personal datum is labelled, and a
  labelled name is labelled at each occurrence in the document (generation retries a document until
  this holds).
- name: private persons (recipients, applicants, workers, neighbours in 四至, deceased persons, the
  个体工商户 经营者 named with the label "经营者"). Not labelled: officials and staff acting in their
  role (局长, 乡长, 书记, 经办人, 审核人, 村委会主任), an office's 联系人, 企业 "法定代表人", 承办律师 and
  法律援助 lawyers acting in their profession, anonymised forms (王某某, 张某), shops and companies named
  after people (张记面馆, 刘氏农机合作社), place names with surnames (马家湾村, 崔家桥镇).
- 生态护林员/公益性岗位: the people are selected from 脱贫户/困难人员 as a form of assistance, so their
  names ARE labelled (this is not a 录用 list).
- address: a person's home address down to 号/栋/单元/室/组/队, from its first character as written
  to its last house-level part. A shop's 经营场所, a plot's location and a bare village are not labelled.
  An allocated 安置房 written as 小区 + 楼/单元/室 is the person's future home and is labelled.
- health: the condition phrase only ("肢体二级残疾", "尿毒症", "独生子女伤残"), for the person or a
  relative named or implied in the record.
- mobile/landline: a person's number. Office phones, 12345/12315/12333, masked numbers (138****1234)
  are not labelled. Landlines of persons are written with the area code.
- id_card: valid GB 11643 numbers only (real county code, real birth date, check digit; some with a
  lower-case x). Invalid numbers (wrong check digit) and masked numbers are not labelled.
- bank_card: Luhn-valid 16–19 digit numbers with an issuer prefix, plain or grouped by 4.
- Near misses never labelled: 文号, 索引号, 统一社会信用代码 (valid GB 32100), 组织机构代码, 许可证编号,
  案号, 合同/地块/出厂编号 and 16–20-digit numbers failing every check, dates, amounts, areas, counts,
  postcodes, gov.cn mailboxes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

# --- checksums (stdlib copies, so the generator is independent) ------------------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_W, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def org_check(first8: str) -> str:
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first8, _ORG_W, strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def credit_check(first17: str) -> str:
    total = sum(_CC_ALPHA.index(c) * w for c, w in zip(first17, _CC_W, strict=True))
    return _CC_ALPHA[(31 - total % 31) % 31]


# --- places ------------------------------------------------------------------------------------------
# code, county, plate prefix, area code, postcode, towns, roads
COUNTIES: list[tuple[str, str, str, str, str, list[str], list[str]]] = [
    (
        "410522",
        "安阳县",
        "豫E",
        "0372",
        "455000",
        ["吕村镇", "白璧镇", "瓦店乡", "崔家桥镇", "韩陵镇"],
        ["文明大道", "永和路", "建设路"],
    ),
    (
        "622921",
        "临夏县",
        "甘N",
        "0930",
        "731800",
        ["韩集镇", "土桥镇", "马集镇", "尹集镇"],
        ["河州大道", "新华路", "团结路"],
    ),
    (
        "640122",
        "贺兰县",
        "宁A",
        "0951",
        "750200",
        ["习岗镇", "洪广镇", "立岗镇", "金贵镇"],
        ["银河路", "富兴街", "利民路"],
    ),
    (
        "450721",
        "灵山县",
        "桂N",
        "0777",
        "535400",
        ["灵城街道", "檀圩镇", "陆屋镇", "武利镇"],
        ["凤凰路", "荔香路", "六峰大道"],
    ),
    (
        "341122",
        "来安县",
        "皖M",
        "0550",
        "239200",
        ["新安镇", "半塔镇", "汊河镇", "张山镇"],
        ["永阳西路", "建阳路", "金宁路"],
    ),
    (
        "511321",
        "南部县",
        "川R",
        "0817",
        "637300",
        ["南隆街道", "河东镇", "定水镇", "王家镇"],
        ["满福街", "滨江大道", "红岩子路"],
    ),
    (
        "653121",
        "疏附县",
        "新Q",
        "0998",
        "844100",
        ["托克扎克镇", "吾库萨克镇", "塔什米里克乡"],
        ["迎宾大道", "团结路", "幸福路"],
    ),
    (
        "130121",
        "井陉县",
        "冀A",
        "0311",
        "050300",
        ["微水镇", "上安镇", "威州镇", "秀林镇"],
        ["前进大街", "建设路", "振兴路"],
    ),
]
# Extra real county codes used only for birth places inside ID numbers.
BIRTH_CODES = ["410526", "410523", "622922", "622923", "640121", "450722", "341124", "511322", "653122",
               "130123", "410184", "370124", "420117", "430121", "360121", "520121", "530124", "610124"]  # fmt: skip

COMMON_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
)
RARE_SURNAMES = list("禤敖佘覃仉亓哈买纳拜妥虎海沙穆撒喇米冶訾逯郇芮阚栾昝亢")
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "令狐", "慕容", "端木", "公孙"]
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉力云凤春梅林宏德福生金荣成喜来顺燕俊鹏浩宇欣怡梓涵子轩晨雪琴翠莲永长富贵保全学光新民素彩会利朝亮东"
)
GIVEN_ONE = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华玉兰萍红建国文辉力云凤春梅林宏德福荣成燕俊鹏浩宇欣雪琴翠莲永学光新民彩亮东"
)
UYGHUR = ["买买提", "艾力", "阿不都", "热合曼", "吐尔逊", "努尔", "阿依古丽", "古丽娜尔", "帕提古丽", "艾尔肯",
          "托合提", "依明", "麦麦提", "阿卜杜拉", "米娜瓦尔", "肉孜", "玉苏甫", "布合力其"]  # fmt: skip

MOBILE_SEGMENTS = [*range(130, 140), *range(145, 150), 150, 151, 152, 153, *range(155, 160), 162, 165, 166, 167,
                   *range(170, 179), *range(180, 190), 190, 191, 192, 193, *range(195, 200)]  # fmt: skip
BANK_PREFIXES = [("622848", 19), ("621799", 19), ("622821", 19), ("621700", 19), ("622202", 19), ("623059", 19),
                 ("621226", 19), ("601382", 19), ("622575", 16), ("436742", 16), ("524094", 16), ("625966", 16),
                 ("621483", 18)]  # fmt: skip
MAIL_DOMAINS = [
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "foxmail.com",
    "139.com",
    "hotmail.com",
    "yeah.net",
]

HEALTH_ILL = ["尿毒症", "恶性肿瘤", "白血病", "脑梗死后遗症", "重度抑郁症", "先天性心脏病", "肺结核", "肝硬化",
              "2型糖尿病", "高血压病Ⅲ级", "慢性肾功能衰竭", "帕金森病", "类风湿性关节炎", "乳腺癌", "精神分裂症"]  # fmt: skip
HEALTH_DISAB = ["肢体二级残疾", "肢体一级残疾", "视力残疾一级", "听力残疾二级", "智力残疾三级", "精神残疾二级",
                "言语残疾四级", "多重残疾一级"]  # fmt: skip
DEATH_CAUSES = ["肺癌", "心肌梗死", "脑出血", "肝癌", "慢性阻塞性肺疾病", "胃癌", "冠心病"]


class Doc:
    """A document built by appending pieces; spans are recorded at append time."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict[str, object]] = []

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def k(self, kind: str | None, s: str) -> None:
        if kind is not None:
            self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(s)})
        self.t(s)

    def row(self, cells: list[tuple[str | None, str]], sep: str, lead: str = "", end: str = "\n") -> None:
        self.t(lead)
        for i, (kind, val) in enumerate(cells):
            if i:
                self.t(sep)
            self.k(kind, val)
        self.t(end)

    def text(self) -> str:
        return "".join(self.parts)


Cell = tuple[str | None, str]


class Gen:
    """Random personal data and near misses for one document."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.county = r.choice(COUNTIES)
        self.used_names: set[str] = set()
        self.year = r.choice([2022, 2023, 2024, 2025])

    # names
    def name(self) -> str:
        r = self.r
        for _ in range(100):
            x = r.random()
            if (self.county[1] == "疏附县" and r.random() < 0.6) or x < 0.02:
                n = r.choice(UYGHUR) + "·" + r.choice(UYGHUR)
            elif x < 0.06:
                n = r.choice(COMPOUND_SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2])))
            else:
                sur = r.choice(RARE_SURNAMES) if x < 0.21 else r.choice(COMMON_SURNAMES)
                n = sur + (
                    "".join(r.choice(GIVEN) for _ in range(2)) if r.random() < 0.75 else r.choice(GIVEN_ONE)
                )
            if n not in self.used_names:
                self.used_names.add(n)
                return n
        raise AssertionError("names")

    def anon(self) -> str:
        return self.r.choice(COMMON_SURNAMES) + self.r.choice(["某", "某某", "某某"])

    # identifiers
    def birth(self, lo: int = 1940, hi: int = 2004) -> dt.date:
        return dt.date(self.r.randint(lo, hi), 1, 1) + dt.timedelta(days=self.r.randint(0, 364))

    def seq(self, sex: str | None) -> str:
        """顺序码: odd for men, even for women."""
        n = self.r.randint(0, 998)
        if sex is not None and (n % 2 == 1) != (sex == "男"):
            n += 1
        return f"{n:03d}"

    def id17(self, born: dt.date | None = None, sex: str | None = None) -> str:
        r = self.r
        code = self.county[0] if r.random() < 0.7 else r.choice(BIRTH_CODES)
        born = born or self.birth()
        return code + born.strftime("%Y%m%d") + self.seq(sex)

    def id_card(self, born: dt.date | None = None, sex: str | None = None) -> str:
        body = self.id17(born, sex)
        c = id_check(body)
        if c == "X" and self.r.random() < 0.35:
            c = "x"
        return body + c

    def bad_id(self) -> str:
        while True:
            body = self.id17()
            good = id_check(body)
            bad = body + self.r.choice([c for c in "0123456789X" if c != good])
            if not (bad.isdigit() and luhn_ok(bad)):  # fails Luhn too: no reading as a card
                return bad

    def masked_id(self) -> str:
        full = self.id_card()
        return self.r.choice(
            [
                full[:6] + "********" + full[14:],
                full[:2] + "*" * 13 + full[15:],
                full[:4] + "**********" + full[14:],
            ]
        )

    def id15(self, born: dt.date | None = None, sex: str | None = None) -> str:
        born = born or self.birth(1935, 1975)
        return self.r.choice([self.county[0], *BIRTH_CODES]) + born.strftime("%y%m%d") + self.seq(sex)

    def mobile(self) -> str:
        r = self.r
        n = str(r.choice(MOBILE_SEGMENTS)) + f"{r.randint(0, 99999999):08d}"
        x = r.random()
        if x < 0.08:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if x < 0.13:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        return n

    def phone(self) -> Cell:
        """A person's phone: mostly a mobile, sometimes a home landline."""
        return ("landline", self.landline()) if self.r.random() < 0.15 else ("mobile", self.mobile())

    def masked_mobile(self) -> str:
        n = self.mobile().replace(" ", "").replace("-", "")
        return n[:3] + "****" + n[7:]

    def landline(self) -> str:
        area = self.county[3]
        local = str(self.r.randint(2, 8)) + f"{self.r.randint(0, 999999):06d}"
        if len(area) == 3:
            local += str(self.r.randint(0, 9))
        return self.r.choice([f"{area}-{local}", f"{area}-{local}", f"（{area}）{local}", f"{area} {local}"])

    def office_phone(self) -> str:
        area = self.county[3]
        local = str(self.r.choice([2, 3, 5, 6, 8])) + f"{self.r.randint(0, 999999):06d}"
        return f"{area}-{local}"

    def bank(self) -> str:
        prefix, length = self.r.choice(BANK_PREFIXES)
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        card = luhn_complete(body)
        if self.r.random() < 0.15:
            return " ".join(card[i : i + 4] for i in range(0, len(card), 4))
        return card

    def email(self) -> str:
        r = self.r
        dom = r.choice(MAIL_DOMAINS)
        if dom == "qq.com" and r.random() < 0.6:
            local = str(r.randint(10000000, 3999999999))
        else:
            local = "".join(r.choice("abcdefghjklmnpqrstwxyz") for _ in range(r.randint(3, 8)))
            local += r.choice(
                ["", str(r.randint(1, 99)), str(r.randint(1970, 2005)), "_" + str(r.randint(1, 999))]
            )
        return f"{local}@{dom}"

    def passport(self) -> str:
        r = self.r
        if r.random() < 0.7:
            return "E" + f"{r.randint(0, 99999999):08d}"
        return "E" + r.choice("ABCDEFGHJKLMN") + f"{r.randint(0, 9999999):07d}"

    def hk_macau(self) -> str:
        r = self.r
        if r.random() < 0.75:
            return "C" + f"{r.randint(0, 99999999):08d}"
        return "C" + r.choice("ABCDEFGHJKLMN") + f"{r.randint(0, 9999999):07d}"

    def tw_permit(self) -> str:
        return "L" + f"{self.r.randint(0, 99999999):08d}"

    def plate(self) -> str:
        r = self.r
        p = self.county[2]
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        x = r.random()
        if x < 0.2:
            tail = r.choice("DF") + f"{r.randint(0, 99999):05d}"
        else:
            chars = [r.choice("0123456789") for _ in range(5)]
            for i in r.sample(range(5), r.choice([0, 1, 1, 2])):
                chars[i] = r.choice(letters)
            tail = "".join(chars)
        return p + (r.choice(["·", " "]) if r.random() < 0.25 else "") + tail

    def long_number(self, lo: int = 16, hi: int = 20) -> str:
        """A 16–20-digit number that fails Luhn and is no valid ID number."""
        while True:
            n = str(self.r.randint(1, 9)) + "".join(
                str(self.r.randint(0, 9)) for _ in range(self.r.randint(lo, hi) - 1)
            )
            if luhn_ok(n):
                continue
            if len(n) == 18 and id_check(n[:17]) == n[17]:
                continue
            return n

    def org_code(self) -> str:
        body = "".join(self.r.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        return body + org_check(body)

    def credit(self, kind: str = "11") -> str:
        body = kind + self.county[0] + self.org_code()
        return body + credit_check(body)

    def doc_no(self, code: str) -> str:
        return f"{code}〔{self.year}〕{self.r.randint(1, 180)}号"

    def index_no(self) -> str:
        return f"{self.credit('11')}/{self.year}-{self.r.randint(1, 999):05d}"

    def date(self) -> str:
        d = dt.date(self.year, 1, 1) + dt.timedelta(days=self.r.randint(0, 360))
        return self.r.choice(
            [f"{d.year}年{d.month}月{d.day}日", d.isoformat(), f"{d.year}.{d.month}.{d.day}"]
        )

    def village(self) -> str:
        r = self.r
        s = r.choice(COMMON_SURNAMES + RARE_SURNAMES[:6])
        return r.choice(
            [
                f"{s}家{r.choice(['湾', '庄', '寨', '沟', '营', '坪'])}村",
                f"{r.choice('东西南北前后')}{s}村",
                f"{s}{r.choice(['庄', '楼', '集', '岗'])}村",
                f"{r.choice(['新华', '红星', '团结', '永丰', '和平'])}村",
            ]
        )

    def town(self) -> str:
        return self.r.choice(self.county[5])

    def rural_address(self, town: str | None = None, village: str | None = None) -> str:
        r = self.r
        town = town or self.town()
        village = village or self.village()
        grp = r.choice(
            [
                f"{r.randint(1, 12)}组",
                f"{'一二三四五六七八九十'[r.randint(0, 9)]}组",
                f"第{r.randint(1, 9)}村民小组",
                f"{r.randint(1, 8)}队",
            ]
        )
        house = r.choice(["", f"{r.randint(1, 120)}号", f"{r.randint(1, 120)}号"])
        prefix = r.choice(["", "", self.county[1]])
        return prefix + town + village + grp + house

    def urban_address(self) -> str:
        r = self.r
        town = self.town()
        road = r.choice(self.county[6])
        estate = r.choice(
            ["幸福家园", "阳光小区", "锦绣花园", "金桂苑", "南湖新城", "供销社家属院", "凤凰城"]
        )
        unit = r.choice(
            [
                f"{r.randint(1, 30)}号楼{r.randint(1, 4)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室",
                f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 18)}0{r.randint(1, 4)}",
                f"{r.randint(1, 30)}栋{r.randint(101, 1804)}室",
            ]
        )
        return r.choice(
            [
                f"{town}{road}{r.randint(1, 300)}号{estate}{unit}",
                f"{self.county[1]}{road}{estate}{unit}",
                f"{estate}{unit}",
            ]
        )

    def address(self) -> str:
        return self.rural_address() if self.r.random() < 0.6 else self.urban_address()

    def shop_address(self) -> str:
        r = self.r
        return f"{self.county[1]}{self.town()}{r.choice(self.county[6])}{r.randint(1, 300)}号{r.choice(['一楼门面', '', '商铺', '东侧门面房'])}"

    def official(self) -> tuple[str, str]:
        return self.r.choice(["局长", "副局长", "乡长", "镇长", "党委书记", "主任", "副县长"]), self.name()

    def money(self, lo: float = 50, hi: float = 5000) -> str:
        return f"{self.r.uniform(lo, hi):.2f}"

    def sep(self) -> str:
        return self.r.choice(["\t", " | ", "|", "，", "  ", "\t"])


def footer(d: Doc, g: Gen, office: str) -> None:
    r = g.r
    d.t("\n")
    if r.random() < 0.5:
        d.t(f"公示期间如有异议，请向{office}反映，也可拨打12345政务服务便民热线。\n")
    else:
        d.t(f"监督电话：{g.office_phone()}（{office}），{r.choice(['12345', '12315', '12333'])}\n")
    if r.random() < 0.5:
        contact = g.name()
        # An office's contact person is not personal; reserve the name so no private person shares it.
        d.t(f"联系人：{contact}  联系电话：{g.office_phone()}\n")
    if r.random() < 0.4:
        d.t(
            f"电子邮箱：{r.choice(['xxgk', 'nyj', 'bgs', 'rsj', 'sfj', 'scjg'])}@{r.choice(['ay', 'lx', 'hl', 'ls', 'la', 'nb', 'sf', 'jx'])}x.gov.cn  邮编：{g.county[4]}\n"
        )
    if r.random() < 0.35:
        title, official = g.official()
        d.t(f"\n{title}：{official}")
    d.t(f"\n{office}\n{g.date()}\n")


def header(d: Doc, g: Gen, office: str, title: str, code: str) -> None:
    r = g.r
    x = r.random()
    if x < 0.35:
        d.t(f"索引号：{g.index_no()}\n发布机构：{office}\n文号：{g.doc_no(code)}\n")
    elif x < 0.55:
        d.t(f"{office}\n{g.doc_no(code)}\n")
    d.t(f"\n{title}\n\n")


# --- document types ---------------------------------------------------------------------------------
def farmland(d: Doc, g: Gen) -> None:
    r = g.r
    town = g.town()
    office = f"{g.county[1]}{town}人民政府"
    header(d, g, office, f"{town}{g.year}年耕地地力保护补贴发放清册（{g.village()}）", "乡政")
    rate = r.choice(["106.5", "112.76", "95.3", "120.0"])
    d.t(
        f"根据县农业农村局、县财政局联合下发的{g.doc_no('农财')}文件，补贴标准为每亩{rate}元，现将发放情况公示如下：\n\n"
    )
    sep = g.sep()
    d.row(
        [
            (None, h)
            for h in [
                "序号",
                "户主姓名",
                "身份证号码",
                "一卡通账号",
                "确权面积（亩）",
                "补贴金额（元）",
                "备注",
            ]
        ],
        sep,
    )
    total = 0.0
    for i in range(r.randint(4, 12)):
        area = round(r.uniform(0.8, 18.0), 2)
        amt = round(area * float(rate), 2)
        total += amt
        idv: Cell = ("id_card", g.id_card()) if r.random() < 0.85 else (None, g.masked_id())
        note: Cell = (None, r.choice(["", "", "代领", "已核实", "户主变更"]))
        if r.random() < 0.1:
            note = (None, "身份证号码校验有误待核：" + g.bad_id())
        d.row(
            [
                (None, str(i + 1)),
                ("name", g.name()),
                idv,
                ("bank_card", g.bank()),
                (None, f"{area}"),
                (None, f"{amt:.2f}"),
                note,
            ],
            sep,
        )
    d.t(f"合计{sep}{sep}{sep}{sep}{sep}{total:.2f}\n")
    d.t(f"\n审核人：{g.name()}  经办人：{g.name()}  村委会主任：{g.name()}\n")
    footer(d, g, office)


def forest_ranger(d: Doc, g: Gen) -> None:
    r = g.r
    kind = r.choice(["生态护林员", "乡村公益性岗位", "护林员（草管员）"])
    office = f"{g.county[1]}{r.choice(['林业局', '人力资源和社会保障局', '乡村振兴局'])}"
    header(d, g, office, f"关于{g.year}年{kind}选聘（续聘）人员的公示", "林")
    d.t(
        f"按照“县建、乡聘、村用”的管理原则，经个人申请、村级评议、乡镇审核，拟从脱贫户和监测对象中选聘{kind}{r.randint(20, 300)}名，现予公示。\n\n"
    )
    numbered = r.random() < 0.5
    sep = g.sep()
    if not numbered:
        d.row(
            [
                (None, h)
                for h in [
                    "序号",
                    "姓名",
                    "性别",
                    "身份证号",
                    "联系电话",
                    "家庭住址",
                    "管护面积（亩）",
                    "巡护车辆号牌",
                ]
            ],
            sep,
        )
    for i in range(r.randint(3, 9)):
        nm = g.name()
        sex = r.choice(["男", "女"])
        addr = g.rural_address()
        area = f"{r.randint(300, 3000)}"
        if numbered:
            d.t(f"{i + 1}. ")
            d.k("name", nm)
            d.t(f"，{sex}，身份证号：")
            d.k("id_card", g.id_card(g.birth(1960, 1995), sex))
            d.t("，住")
            d.k("address", addr)
            d.t("，电话")
            d.k(*g.phone())
            d.t(f"，管护面积{area}亩")
            if r.random() < 0.4:
                d.t("，巡护摩托车号牌")
                d.k("license_plate", g.plate())
            if r.random() < 0.25:
                d.t(f"，家庭困难情况：{r.choice(['妻子', '父亲', '母亲', '儿子'])}患")
                d.k("health", r.choice(HEALTH_ILL))
            d.t("。\n")
        else:
            plate: Cell = ("license_plate", g.plate()) if r.random() < 0.5 else (None, "无")
            d.row(
                [
                    (None, str(i + 1)),
                    ("name", nm),
                    (None, sex),
                    ("id_card", g.id_card(g.birth(1960, 1995), sex)),
                    g.phone(),
                    ("address", addr),
                    (None, area),
                    plate,
                ],
                sep,
            )
    start = dt.date(g.year, r.randint(1, 11), r.randint(1, 20))
    d.t(
        f"\n公示时间：{start.year}年{start.month}月{start.day}日至{start.month}月{start.day + 7}日（5个工作日）。\n"
    )
    footer(d, g, office)


def homestead(d: Doc, g: Gen) -> None:
    r = g.r
    town = g.town()
    office = f"{town}人民政府"
    village = g.village()
    header(d, g, office, f"农村宅基地审批公示（{village}）", "乡宅批")
    colon = r.choice(["：", ":", "："])
    for _ in range(r.randint(1, 3)):
        appl = g.name()
        d.t(f"申请人{colon}")
        d.k("name", appl)
        d.t(f"\n身份证号码{colon}")
        d.k("id_card", g.id_card(g.birth(1965, 2000)))
        d.t(f"\n家庭人口{colon}{r.randint(2, 7)}人（")
        for j in range(r.randint(1, 3)):
            if j:
                d.t("、")
            d.k("name", g.name())
        d.t(f"）\n现住址{colon}")
        d.k("address", g.rural_address(town, village))
        d.t(f"\n联系电话{colon}")
        if r.random() < 0.7:
            d.k("mobile", g.mobile())
        else:
            d.k("landline", g.landline())
        d.t(
            f"\n申请类型{colon}{r.choice(['新建', '原址翻建', '改建'])}\n拟用地位置{colon}{village}{r.choice(['西头', '南侧', '老宅基地', '村部北'])}\n"
        )
        d.t(
            f"用地面积{colon}{r.randint(120, 200)}平方米，其中房屋占地{r.randint(80, 150)}平方米\n四至{colon}东至"
        )
        d.k("name", g.name())
        d.t("宅基地，西至村道，南至")
        d.k("name", g.name())
        d.t(f"承包地，北至{r.choice(['沟渠', '空地', '村道'])}\n")
        d.t(f"地类{colon}{r.choice(['建设用地', '村内空闲地'])}  是否符合国土空间规划{colon}是\n\n")
    d.t(
        f"村民小组意见：同意。组长：{g.name()}\n村委会意见：经{g.year}年村民会议讨论通过。村委会主任：{g.name()}\n"
    )
    d.t(
        f"乡镇审核意见：经自然资源所、农业综合服务中心现场踏勘，符合“一户一宅”规定。审批编号：{g.long_number(16, 20)}\n"
    )
    footer(d, g, office)


def funeral(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}民政局"
    header(d, g, office, f"{g.county[1]}{g.year}年第{r.choice('一二三四')}季度惠民殡葬补贴发放公示", "民")
    d.t(
        f"依据《{g.county[1]}惠民殡葬政策实施办法》（{g.doc_no('政办')}），对本季度火化遗体的逝者家属发放基本殡葬服务补贴每人{r.choice(['1000', '1200', '1500', '2000'])}元。本季度共计{r.randint(80, 400)}人，金额{g.money(100000, 600000)}元。\n\n"
    )
    sep = g.sep()
    show_cause = r.random() < 0.6
    hdr = (
        ["序号", "逝者姓名", "性别", "年龄", "逝者身份证号"]
        + (["死亡原因"] if show_cause else [])
        + ["申领人", "关系", "申领人银行卡号", "火化证明编号"]
    )
    d.row([(None, h) for h in hdr], sep)
    for i in range(r.randint(3, 10)):
        born = g.birth(1925, 1980)
        sex = r.choice(["男", "女"])
        cells: list[Cell] = [
            (None, str(i + 1)),
            ("name", g.name()),
            (None, sex),
            (None, str(g.year - born.year)),
            ("id_card", g.id_card(born, sex)),
        ]
        if show_cause:
            cells.append(("health", r.choice(DEATH_CAUSES)))
        cells += [
            ("name", g.name()),
            (None, r.choice(["儿子", "女儿", "配偶", "孙子"])),
            ("bank_card", g.bank()),
            (None, f"HH{g.year}{r.randint(1, 9999):04d}"),
        ]
        d.row(cells, sep)
    d.t(f"\n殡仪馆：{g.county[1]}殡仪馆  殡仪馆服务电话：{g.office_phone()}\n")
    footer(d, g, office)


def family_planning(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}卫生健康委员会"
    header(d, g, office, f"{g.year}年度农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助对象公示", "卫健")
    d.t(
        f"经个人申报、村级初审、乡镇审核、县级审批，{g.year}年新增奖励扶助对象{r.randint(100, 900)}人、特别扶助对象{r.randint(5, 60)}人，现将名单公示如下：\n\n"
    )
    sep = g.sep()
    d.row(
        [(None, h) for h in ["序号", "乡镇", "村", "姓名", "性别", "出生年月", "身份证号", "扶助类别"]], sep
    )
    for i in range(r.randint(4, 10)):
        born = g.birth(1945, 1964)
        sex = r.choice(["男", "女"])
        if r.random() < 0.2:
            idc: Cell = ("id_card_15", g.id15(born, sex))
        else:
            idc = ("id_card", g.id_card(born, sex))
        x = r.random()
        cat: list[Cell]
        if x < 0.4:
            cat = [(None, "奖励扶助")]
        elif x < 0.75:
            cat = [(None, "特别扶助（"), ("health", "独生子女伤残"), (None, f"，{r.choice('一二三')}级）")]
        else:
            cat = [
                (
                    None,
                    r.choice(["特别扶助（独生子女死亡）", "特别扶助（独生子女死亡）", "奖励扶助（两女户）"]),
                )
            ]
        d.t(f"{i + 1}{sep}{g.town()}{sep}{g.village()}{sep}")
        d.row(
            [
                ("name", g.name()),
                (None, sex),
                (None, f"{born.year}.{born.month:02d}"),
                idc,
            ],
            sep,
            end=sep,
        )
        for kind, val in cat:
            d.k(kind, val)
        d.t("\n")
    d.t(f"\n举报电话：{g.office_phone()}，12345\n")
    footer(d, g, office)


def food_licence(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}市场监督管理局"
    header(d, g, office, f"食品经营许可准予许可决定公示（{g.year}年第{r.randint(1, 40)}期）", "市监食许")
    for i in range(r.randint(2, 6)):
        indiv = r.random() < 0.65
        owner = g.name()
        surname = owner[0] if "·" not in owner else owner.split("·")[0][:2]
        shop = r.choice(
            [
                f"{g.county[1]}{surname}记面馆",
                f"{g.county[1]}{g.town()}老{surname}家烩面馆",
                f"{g.county[1]}{g.name()}便利店",
            ]
            if indiv
            else [
                f"{g.county[1][:2]}{r.choice(['鑫源', '惠民', '百佳'])}商贸有限公司",
                f"{g.county[1][:2]}{surname}氏餐饮管理有限公司",
            ]
        )
        d.t(f"{'一二三四五六'[i]}、经营者名称：{shop}\n")
        d.t(f"统一社会信用代码：{g.credit('92' if indiv else '91')}\n")
        if indiv:
            d.t("经营者：")
            d.k("name", owner)
            d.t(r.choice(["  身份证号：", "\n经营者身份证号码："]))
            d.k("id_card", g.id_card(g.birth(1965, 2002)))
            if r.random() < 0.4:
                d.t("  经营者联系电话：")
                d.k("mobile", g.mobile())
            if r.random() < 0.25:
                d.t("  经营者住所：")
                d.k("address", g.address())
            d.t("\n")
        else:
            d.t(f"法定代表人（负责人）：{owner}\n")
        d.t(
            f"经营场所：{g.shop_address()}\n主体业态：{r.choice(['小餐饮', '食品销售经营者', '单位食堂', '餐饮服务经营者'])}\n"
        )
        d.t(
            f"许可证编号：JY{r.choice('123')}{g.county[0]}{r.randint(1, 9999999):07d}\n有效期至：{g.year + 5}年{r.randint(1, 12)}月{r.randint(1, 28)}日\n"
        )
        if indiv and r.random() < 0.3:
            d.t("自备运输车辆号牌：")
            d.k("license_plate", g.plate())
            d.t("\n")
        d.t("\n")
    d.t(f"投诉举报：12315  办公电话：{g.office_phone()}\n")
    footer(d, g, office)


def legal_aid(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}法律援助中心"
    d.t(f"{office}\n指派通知书\n{g.county[1][0]}法援指〔{g.year}〕{r.randint(1, 300)}号\n\n")
    firm = f"{g.county[1][:2]}{r.choice(['正义', '中原', '明德', '天平'])}律师事务所"
    d.t(f"{firm}：\n本中心决定对下列受援人给予法律援助，指派你所律师{g.name()}承办。受援人基本情况如下：\n\n")
    name = g.name()
    d.t("受援人")
    d.k("name", name)
    sex = r.choice(["男", "女"])
    born = g.birth(1950, 2000)
    d.t(
        f"，{sex}，{r.choice(['汉族', '回族', '壮族', '维吾尔族', '东乡族'])}，{born.year}年{born.month}月{born.day}日出生，公民身份号码"
    )
    d.k("id_card", g.id_card(born, sex))
    d.t("，住")
    d.k("address", g.address())
    d.t("，联系电话")
    if r.random() < 0.75:
        d.k("mobile", g.mobile())
    else:
        d.k("landline", g.landline())
    d.t("。")
    if r.random() < 0.6:
        d.t("受援人系")
        d.k("health", r.choice(HEALTH_DISAB))
        d.t("人员，持有残疾人证，符合经济困难标准。")
    elif r.random() < 0.5:
        d.t("受援人患有")
        d.k("health", r.choice(HEALTH_ILL))
        d.t("，丧失劳动能力。")
    d.t("\n\n案情简述：")
    other = g.name()
    case = r.choice(["追索劳动报酬", "工伤赔偿", "赡养费", "机动车交通事故责任纠纷"])
    d.t("受援人")
    d.k("name", name)
    d.t("与")
    d.k("name", other)
    d.t(f"因{case}发生纠纷，")
    d.k("name", other)
    d.t(
        f"拒不履行，受援人已向法院起诉，案号（{g.year}）{g.county[2][0]}{g.county[0][2:]}民初{r.randint(100, 9999)}号。"
    )
    if "交通" in case:
        d.t("肇事车辆号牌为")
        d.k("license_plate", g.plate())
        d.t("。")
    if r.random() < 0.3:
        d.t("受援人同意通过电子邮箱")
        d.k("email", g.email())
        d.t("接收文书。")
    d.t(f"\n\n请承办律师于{g.date()}前与受援人联系。相关材料同王某某的证人证言一并移交。\n")
    d.t(f"\n中心主任：{g.name()}\n联系电话：{g.office_phone()}  12348公共法律服务热线\n{g.date()}\n")


def resettlement(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}房屋征收与补偿办公室"
    project = (
        f"{g.town()}{r.choice(['棚户区改造', '旧城改造', '城中村改造'])}{r.choice(['一期', '二期', ''])}项目"
    )
    header(d, g, office, f"{project}安置房分配摇号结果公示", "征收办")
    estate = r.choice(["幸福家园", "安居苑", "和谐新城", "锦绣花园"])
    d.t(
        f"{project}安置房摇号工作于{g.date()}在县公证处监督下进行，共有{r.randint(50, 600)}户参加，公证书编号（{g.year}）{g.county[2][0]}证民字第{r.randint(100, 999)}号。结果如下：\n\n"
    )
    sep = g.sep()
    d.row(
        [(None, h) for h in ["摇号顺序号", "被征收人", "身份证号", "协议编号", "安置面积（㎡）", "安置房源"]],
        sep,
    )
    for _ in range(r.randint(4, 10)):
        house: Cell = (
            (
                "address",
                f"{g.county[1]}{estate}{r.randint(1, 24)}号楼{r.randint(1, 3)}单元{r.randint(1, 26)}0{r.randint(1, 4)}室",
            )
            if r.random() < 0.5
            else (
                "address",
                f"{estate}{r.randint(1, 24)}栋{r.randint(1, 3)}单元{r.randint(1, 26)}0{r.randint(1, 2)}",
            )
        )
        idc: Cell = ("id_card", g.id_card()) if r.random() < 0.8 else (None, g.masked_id())
        d.row(
            [
                (None, f"{r.randint(1, 600):03d}"),
                ("name", g.name()),
                idc,
                (None, f"ZS-{g.year}-{r.randint(1, 999):04d}"),
                (None, f"{r.uniform(60, 140):.2f}"),
                house,
            ],
            sep,
        )
    d.t("\n被征收人王某、刘某某因未签订协议，暂不参加本次摇号。\n")
    footer(d, g, office)


def forest_tenure(d: Doc, g: Gen) -> None:
    r = g.r
    kind = r.choice(["集体林地承包经营权", "草原承包经营权", "林权类不动产"])
    kind = kind if "不动产" not in kind else "集体林地承包经营权"
    office = f"{g.county[1]}{'林业局' if '林' in kind else '农业农村局'}"
    village = g.village()
    header(d, g, office, f"{g.town()}{village}{kind}确权登记公示", "林")
    d.t(f"根据《农村土地承包法》，现将{village}{kind}调查结果公示如下，公示期7天。\n\n")
    sep = g.sep()
    d.row(
        [(None, h) for h in ["地块编码", "承包方代表", "身份证号码", "面积（亩）", "四至（东/西/南/北）"]],
        sep,
    )
    for _ in range(r.randint(3, 8)):
        d.k(None, g.long_number(19, 19))
        d.t(sep)
        d.k("name", g.name())
        d.t(sep)
        d.k("id_card", g.id_card())
        d.t(f"{sep}{r.uniform(2, 300):.1f}{sep}")
        d.k("name", g.name())
        d.t("/山脊/")
        d.t(r.choice(["沟", "林道", "集体林"]))
        d.t("/")
        d.k("name", g.name())
        d.t("\n")
    d.t(f"\n本村集体经济组织代码：{g.credit('N2')}\n")
    d.t(f"合同编号：{g.long_number(17, 18)}\n")
    footer(d, g, office)


def insurance_anomaly(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}医疗保障局"
    header(d, g, office, f"关于{g.year}年度城乡居民基本医疗保险参保缴费异常人员名单的公告", "医保")
    d.t(
        f"经与税务部门比对，以下人员存在{r.choice(['重复参保', '缴费未到账', '身份信息不一致'])}情况，请本人于{g.date()}前携带身份证到乡镇便民服务中心或拨打12393核实。\n\n"
    )
    sep = g.sep()
    show_ill = r.random() < 0.5
    d.row(
        [
            (None, h)
            for h in ["序号", "姓名", "公民身份号码", "联系电话", "异常类型"]
            + (["门诊慢特病"] if show_ill else [])
        ],
        sep,
    )
    for i in range(r.randint(4, 12)):
        x = r.random()
        idc: Cell = (
            ("id_card", g.id_card()) if x < 0.65 else (None, g.masked_id()) if x < 0.9 else (None, g.bad_id())
        )
        ph: Cell = ("mobile", g.mobile()) if r.random() < 0.6 else (None, g.masked_mobile())
        cells: list[Cell] = [
            (None, str(i + 1)),
            ("name", g.name()),
            idc,
            ph,
            (None, r.choice(["重复参保", "缴费未到账", "身份信息不一致", "已死亡未注销"])),
        ]
        if show_ill:
            cells.append(("health", r.choice(HEALTH_ILL)) if r.random() < 0.5 else (None, "无"))
        d.row(cells, sep)
    d.t(
        f"\n统计：共{r.randint(100, 5000)}人，占参保人数的{r.uniform(0.1, 3):.2f}%。医保服务热线：{g.office_phone()}\n"
    )
    footer(d, g, office)


def wage_arrears(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}人力资源和社会保障局"
    comp = f"{g.county[1][:2]}{r.choice(['宏达', '鼎盛', '华建', '恒泰'])}建筑工程有限公司"
    legal = g.name()
    oc = g.org_code()
    header(d, g, office, "拖欠农民工工资违法行为公告", "人社监察")
    d.t(
        f"{comp}（统一社会信用代码：{g.credit('91')}，法定代表人：{legal}，组织机构代码：{oc[:8]}-{oc[8]}）在承建{g.town()}{r.choice(['安置小区', '学校教学楼', '农贸市场'])}项目中，拖欠"
    )
    n = r.randint(3, 9)
    d.t(
        f"{n}名农民工工资共计{g.money(50000, 900000)}元。经本局调查，该公司法定代表人{legal}对拖欠事实无异议。"
    )
    if r.random() < 0.4:
        d.t("实际施工人张某某已被移送公安机关。")
    d.t(f"本局依法作出{g.doc_no('人社监令')}责令支付决定。被拖欠工资人员名单如下：\n\n")
    sep = g.sep()
    d.row(
        [(None, h) for h in ["姓名", "身份证号", "工种", "欠薪金额（元）", "代发银行卡号", "联系方式"]], sep
    )
    for _ in range(n):
        idc: Cell = ("id_card", g.id_card(g.birth(1960, 2003)))
        d.row(
            [
                ("name", g.name()),
                idc,
                (None, r.choice(["木工", "钢筋工", "瓦工", "小工", "架子工"])),
                (None, g.money(3000, 60000)),
                ("bank_card", g.bank()),
                ("mobile", g.mobile()),
            ],
            sep,
        )
    d.t(f"\n请上述人员或知情人与劳动保障监察大队联系，举报投诉电话：12333、{g.office_phone()}。\n")
    footer(d, g, office)


def farm_machinery(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}农业农村局"
    header(d, g, office, f"{g.year}年农机购置与应用补贴资金兑付情况公示（第{r.randint(1, 12)}批）", "农机")
    d.t(
        f"本批共兑付补贴资金{g.money(100000, 3000000)}元，涉及购机者{r.randint(20, 200)}户、机具{r.randint(20, 260)}台（套）。\n\n"
    )
    sep = g.sep()
    d.row(
        [
            (None, h)
            for h in [
                "购机者姓名",
                "身份证号",
                "所在乡镇",
                "机具品目",
                "生产企业",
                "出厂编号",
                "号牌",
                "补贴额（元）",
                "联系电话",
            ]
        ],
        sep,
    )
    for _ in range(r.randint(3, 9)):
        plate: Cell = ("license_plate", g.plate()) if r.random() < 0.5 else (None, "—")
        ph: Cell = ("mobile", g.mobile()) if r.random() < 0.6 else (None, g.masked_mobile())
        maker = r.choice(
            [
                "第一拖拉机股份有限公司",
                "雷沃智慧农业科技股份有限公司",
                f"{r.choice(['山东', '河南'])}{r.choice(COMMON_SURNAMES)}氏农机制造有限公司",
            ]
        )
        d.row(
            [
                ("name", g.name()),
                ("id_card", g.id_card(g.birth(1960, 2000))),
                (None, g.town()),
                (None, r.choice(["轮式拖拉机", "谷物联合收割机", "植保无人机", "旋耕机"])),
                (None, maker),
                (None, g.long_number(16, 20)),
                plate,
                (None, g.money(500, 90000)),
                ph,
            ],
            sep,
        )
    d.t(
        f"\n销售企业：{g.county[1][:2]}刘氏农机专业合作社、{g.county[1][:2]}{r.choice(COMMON_SURNAMES)}记农机门市部\n"
    )
    footer(d, g, office)


def unemployment(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}就业服务中心"
    header(d, g, office, f"{g.year}年{r.randint(1, 12)}月失业保险金申领人员公示", "就业")
    d.t("下列人员符合失业保险金领取条件，现予公示：\n\n")
    numbered = r.random() < 0.4
    sep = g.sep()
    if not numbered:
        d.row(
            [
                (None, h)
                for h in [
                    "序号",
                    "姓名",
                    "身份证号",
                    "原工作单位",
                    "领取月数",
                    "月发放标准（元）",
                    "社保卡金融账号",
                ]
            ],
            sep,
        )
    for i in range(r.randint(3, 9)):
        comp = f"{g.county[1][:2]}{r.choice(['华润', '金源', '永兴', '鸿运'])}{r.choice(['纺织', '食品', '建材'])}有限公司"
        if numbered:
            d.t(f"（{'一二三四五六七八九'[i]}）")
            d.k("name", g.name())
            d.t("，身份证号")
            d.k("id_card", g.id_card(g.birth(1965, 2002)))
            d.t(f"，原单位{comp}，领取{r.randint(3, 24)}个月，金融账号")
            d.k("bank_card", g.bank())
            if r.random() < 0.4:
                d.t("，通知邮箱")
                d.k("email", g.email())
            d.t("。\n")
        else:
            d.row(
                [
                    (None, str(i + 1)),
                    ("name", g.name()),
                    ("id_card", g.id_card(g.birth(1965, 2002))),
                    (None, comp),
                    (None, str(r.randint(3, 24))),
                    (None, g.money(1500, 2200)),
                    ("bank_card", g.bank()),
                ],
                sep,
            )
    d.t(f"\n咨询电话：12333、{g.office_phone()}；邮箱：jyzx@{r.choice(['ay', 'hl', 'jx'])}.gov.cn\n")
    footer(d, g, office)


def overseas_labour(d: Doc, g: Gen) -> None:
    r = g.r
    office = f"{g.county[1]}商务局"
    header(d, g, office, f"{g.year}年境外务工人员备案及一次性交通补贴公示", "商务")
    d.t(
        f"经对外劳务合作企业{g.county[1][:2]}{r.choice(['海外', '国际'])}经济技术合作有限公司（统一社会信用代码{g.credit('91')}）申报，下列人员已办理外派备案：\n\n"
    )
    sep = g.sep()
    d.row(
        [(None, h) for h in ["姓名", "证件类型", "证件号码", "派往国家（地区）", "联系电话", "电子邮箱"]], sep
    )
    for _ in range(r.randint(3, 9)):
        x = r.random()
        if x < 0.5:
            doc: list[Cell] = [
                (None, "护照"),
                ("passport", g.passport()),
                (None, r.choice(["新加坡", "日本", "阿联酋", "沙特阿拉伯"])),
            ]
        elif x < 0.8:
            doc = [
                (None, "往来港澳通行证"),
                ("hk_macau_permit", g.hk_macau()),
                (None, r.choice(["澳门", "香港"])),
            ]
        else:
            doc = [(None, "往来台湾通行证"), ("tw_permit", g.tw_permit()), (None, "台湾地区")]
        mail: Cell = ("email", g.email()) if r.random() < 0.6 else (None, "—")
        d.row([("name", g.name()), *doc, ("mobile", g.mobile()), mail], sep)
    d.t(
        f"\n补贴标准每人{r.choice(['500', '800', '1000'])}元，统计共{r.randint(10, 200)}人。咨询：{g.office_phone()}，swj@{r.choice(['ay', 'lx'])}.gov.cn\n"
    )
    footer(d, g, office)


DOC_TYPES: list[tuple[str, Callable[[Doc, Gen], None]]] = [
    ("耕地地力保护补贴发放清册", farmland),
    ("生态护林员/公益性岗位人员公示", forest_ranger),
    ("农村宅基地审批公示", homestead),
    ("惠民殡葬补贴发放公示", funeral),
    ("计划生育家庭奖励扶助对象公示", family_planning),
    ("食品经营许可准予公示", food_licence),
    ("法律援助指派通知书", legal_aid),
    ("征收安置房分配摇号结果公示", resettlement),
    ("林权/草原承包经营权公示", forest_tenure),
    ("居民医保参保缴费异常名单", insurance_anomaly),
    ("劳动保障监察欠薪公告", wage_arrears),
    ("农机购置补贴兑付公示", farm_machinery),
    ("失业保险金申领公示", unemployment),
    ("境外务工人员备案公示", overseas_labour),
]


def _consistent(text: str, spans: list[dict[str, object]]) -> bool:
    """No overlaps, and every occurrence of a labelled name is itself labelled as a name."""
    ordered = sorted((int(str(s["start"])), int(str(s["end"])), str(s["kind"])) for s in spans)
    for (_, e1, _), (s2, _, _) in itertools.pairwise(ordered):
        if s2 < e1:
            return False
    names = {(s, e) for s, e, k in ordered if k == "name"}
    for nm in {text[s:e] for s, e in names}:
        for m in re.finditer(re.escape(nm), text):
            if (m.start(), m.end()) not in names:
                return False
    return True


def generate(docs: int, seed: int) -> list[dict[str, object]]:
    r = random.Random(seed)
    out: list[dict[str, object]] = []
    for i in range(docs):
        label, fn = DOC_TYPES[i % len(DOC_TYPES)]
        while True:
            d = Doc()
            fn(d, Gen(r))
            text = d.text()
            if _consistent(text, d.spans):
                break
        out.append({"type": label, "text": text, "spans": d.spans})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args()
    rows = generate(args.docs, args.seed)
    with args.output.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
