# ruff: noqa: E501
"""Independent labelled set of 乡镇/街道 office documents for the privacy detector (holdout 3).

    .venv/bin/python benchmarks/privacy_data/holdout3.py --docs 400 --seed 9 -o /tmp/h3.jsonl

Written without reference to the detector or the other generators. Standard library only and
deterministic for a seed. Each text is built by appending pieces; a span is recorded at the moment
its piece is appended, so offsets (Python str indices) are exact.

Document types ("type" field):
  cunwu_prose     村务公开 低保/临时救助/特困/产业补贴 results written as running prose
  cunwu_list      the same as numbered lines ("1、马文华（户主）  金星镇塘南村五组  3人  因病（…）")
  cunwu_table     the same as a space-aligned plain-text table
  meeting         村民代表大会/评议会 会议记录
  mediation       人民调解协议书
  review          行政复议决定书 / 行政诉讼答辩状
  aid_form        社会救助 入户调查表 / 申请审批表 (key-value forms)
  notice          电子邮件 / 短信 通知 (email, mobile, plate, passport, permits in context)
  fupin           扶贫/乡村振兴 帮扶手册 excerpts
  excel           Excel exports pasted as text (tab, comma, spaces, "|"; varied column order)

Labelling policy:
  * id_card: 18-digit number with a valid GB 11643 check digit, real birth date, real county code
    (some with lower-case x). id_card_15: 15-digit 一代证 numbers written as a person's ID.
  * mobile: the whole number as written, including "+86"/"86-" and inner spaces or hyphens.
  * landline: a private person's phone (area code, brackets, hyphen and "转" extension included).
    Office phones after 监督电话/举报电话/办公电话/咨询电话 and 12345 are NOT labelled.
  * bank_card: 16–19 digits passing Luhn, with the spaces as written.
  * email, passport, hk_macau_permit, tw_permit, license_plate: the identifier itself.
  * address: a person's home address from its first character as written to its last
    house-level part (号/栋/单元/室/组). "塘南村五组" alone counts. A village, town or district
    written alone, place names (马家湾村, 杨家庄), office addresses and postcodes are not labelled.
  * name: a private person's name, labelled every time it appears. NOT labelled: officials acting
    in their public role (镇长马强, 包村干部李明, 帮扶责任人, 调解员, 记录人, 主持人, 法定代表人),
    names already anonymised (王某某, 张某), names inside company/shop names (马强牛肉面馆).
  * health: the condition phrase only: "因病（尿毒症）" → "尿毒症"; "二级肢体残疾"; "患有糖尿病" →
    "糖尿病". A bare 致贫原因 "因病"/"因残" (no condition given) is labelled as health too
    (it states that a household member is ill or disabled).
  Near misses (never labelled): 文号, 索引号, 统一社会信用代码 (valid GB 32100 check), order and
  express numbers, 案号, dates, amounts, statistics, postcodes, 12345, office phones, 18-digit
  numbers with a wrong check digit, 20-digit numbers.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# Document builder


class Doc:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict[str, object]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def k(self, kind: str, s: str) -> Doc:
        if kind and s:
            self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(s)})
        return self.t(s)

    def seq(self, pieces: list[tuple[str, str]]) -> Doc:
        for kind, s in pieces:
            self.k(kind, s)
        return self

    def out(self) -> dict[str, object]:
        return {"type": self.kind, "text": "".join(self.parts), "spans": self.spans}


Pieces = list[tuple[str, str]]

# ---------------------------------------------------------------------------------------------
# Value generators

COUNTIES = [
    "640302", "640303", "640323", "640324", "640381", "640402", "640422", "640423", "640424",
    "640425", "640502", "640521", "640522", "640104", "640105", "640106", "640121", "640122",
    "640181", "640202", "640205", "640221", "110105", "110108", "120101", "130102", "140105",
    "150102", "210102", "220102", "230102", "310101", "320102", "330106", "340104", "350102",
    "360102", "370212", "410105", "420106", "430104", "440106", "450103", "460105", "500103",
    "510104", "520102", "530102", "540102", "610113", "620102", "620521", "630102", "650102",
]  # fmt: skip
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, W, strict=True)) % 11]


def birth(r: random.Random, lo: int = 1938, hi: int = 2012) -> datetime.date:
    start = datetime.date(lo, 1, 1).toordinal()
    return datetime.date.fromordinal(r.randint(start, datetime.date(hi, 12, 28).toordinal()))


def id18(r: random.Random, lower: bool = True) -> str:
    body = r.choice(COUNTIES) + birth(r).strftime("%Y%m%d") + f"{r.randint(0, 999):03d}"
    c = id_check(body)
    if c == "X" and lower and r.random() < 0.4:
        c = "x"
    return body + c


def id18_bad(r: random.Random) -> str:
    while True:
        body = r.choice(COUNTIES) + birth(r).strftime("%Y%m%d") + f"{r.randint(0, 999):03d}"
        good = id_check(body)
        c = r.choice([d for d in "0123456789" if d != good])
        if not luhn(body + c):
            return body + c


def id15(r: random.Random) -> str:
    return r.choice(COUNTIES) + birth(r, 1930, 1980).strftime("%y%m%d") + f"{r.randint(0, 999):03d}"


def luhn(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def bank(r: random.Random) -> str:
    prefix, length = r.choice(
        [("622848", 19), ("621700", 19), ("622202", 19), ("621799", 19), ("623059", 19), ("622588", 16),
         ("625965", 16), ("621226", 19), ("622908", 18), ("436742", 16), ("621483", 16), ("622280", 19),
         ("623095", 19), ("940012", 19), ("622180", 17)]
    )  # fmt: skip
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn(body + c):
            num = body + c
            break
    x = r.random()
    if x < 0.45:
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    if x < 0.5:
        return num[:6] + " " + num[6:]
    return num


MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
              "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183",
              "185", "186", "187", "188", "189", "191", "193", "195", "198", "199", "147", "178"]  # fmt: skip


def mobile(r: random.Random) -> str:
    p = r.choice(MOB_PREFIX)
    a, b = f"{r.randint(0, 9999):04d}", f"{r.randint(0, 9999):04d}"
    x = r.random()
    if x < 0.6:
        return p + a + b
    if x < 0.7:
        return f"{p} {a} {b}"
    if x < 0.8:
        return f"{p}-{a}-{b}"
    if x < 0.9:
        return f"+86 {p} {a} {b}"
    if x < 0.95:
        return f"+86{p}{a}{b}"
    return f"86-{p}{a}{b}"


AREAS = ["0951", "0952", "0953", "0954", "0955", "010", "029", "0931", "0971", "021"]


def landline(r: random.Random, ext: bool = False) -> str:
    a = r.choice(AREAS)
    local = str(r.randint(2, 8)) + "".join(r.choice("0123456789") for _ in range(7 if len(a) == 3 else 6))
    x = r.random()
    if x < 0.55:
        s = f"{a}-{local}"
    elif x < 0.75:
        s = f"({a}){local}"
    elif x < 0.85:
        s = f"（{a}）{local}"
    elif x < 0.93:
        s = f"{a} {local}"
    else:
        s = a + local
    if ext:
        s += "转" + str(r.randint(800, 8999))
    return s


PINYIN = ["ma", "wang", "li", "zhang", "ding", "yang", "hai", "na", "su", "han", "liu", "bai", "jin"]
GIVEN_PY = ["wenhua", "yulan", "xuejun", "fugui", "xiaoli", "jianguo", "hong", "ying", "ping", "jie", "lei"]


def email(r: random.Random) -> str:
    x = r.random()
    if x < 0.35:
        return f"{r.randint(10000, 3999999999)}@qq.com"
    user = r.choice(PINYIN) + r.choice(["", ".", "_"]) + r.choice(GIVEN_PY)
    if r.random() < 0.6:
        user += str(r.choice([r.randint(1960, 2005), r.randint(1, 999)]))
    return user + "@" + r.choice(["163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "yeah.net",
                                  "139.com", "sohu.com", "outlook.com"])  # fmt: skip


LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def passport(r: random.Random) -> str:
    x = r.random()
    if x < 0.6:
        return "E" + f"{r.randint(0, 99999999):08d}"
    if x < 0.85:
        return "E" + r.choice(LET) + f"{r.randint(0, 9999999):07d}"
    return "G" + f"{r.randint(0, 99999999):08d}"


def hkmo(r: random.Random) -> str:
    x = r.random()
    if x < 0.7:
        return "C" + f"{r.randint(0, 99999999):08d}"
    if x < 0.85:
        return "C" + r.choice(LET) + f"{r.randint(0, 9999999):07d}"
    return "W" + f"{r.randint(0, 99999999):08d}"


def twp(r: random.Random) -> str:
    return f"{r.randint(0, 99999999):08d}"


def plate(r: random.Random) -> str:
    prov = r.choice("宁宁宁宁甘陕青新蒙京川")
    city = r.choice("ABCDE") if prov == "宁" else r.choice("ABCDEFG")
    digits = "0123456789"
    if r.random() < 0.25:  # 新能源 small car
        tail = r.choice("DF") + "".join(r.choice(digits) for _ in range(5))
    else:
        chars = [r.choice(digits) for _ in range(5)]
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            chars[r.randint(0, 3)] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        tail = "".join(chars)
    sep = r.choice(["", "", "", "·", " "])
    return prov + city + sep + tail


# Names -----------------------------------------------------------------------------------------

COMMON_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤马马马杨丁"
)
RARE_SUR = list("禤敖佘覃仉亓哈买纳拜妥虎海撒冶者喇锁铁脱达麻穆沙把明兰保鲜哈妥")
COMPOUND_SUR = ["欧阳", "司马", "上官", "诸葛", "慕容", "皇甫", "尉迟", "东方"]
GIVEN = list(
    "文华玉兰学军福贵海涛秀英春梅建国志强明丽娟芳红霞凤琴德成有才金花燕萍永生忠平宏伟俊杰子涵雨欣浩宇梓轩佳怡珍桂彦尕存仓进良秀云霞成林忠义虎娃娥莲"
)
DOT_NAMES = ["买买提·艾力", "阿依古丽·买买提", "热依拉·阿不都", "艾力·吐尔逊", "古丽娜尔·艾买提", "阿不都热合曼·托合提",
             "努尔艾力·司马义", "帕提古丽·依明"]  # fmt: skip


def person(r: random.Random) -> str:
    x = r.random()
    if x < 0.03:
        return r.choice(DOT_NAMES)
    if x < 0.06:
        sur = r.choice(COMPOUND_SUR)
    elif x < 0.21:
        sur = r.choice(RARE_SUR)
    else:
        sur = r.choice(COMMON_SUR)
    g = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.72 else "")
    return sur + g


def people(r: random.Random, n: int) -> list[str]:
    seen: list[str] = []
    while len(seen) < n:
        p = person(r)
        if p not in seen:
            seen.append(p)
    return seen


def anon(r: random.Random) -> str:
    return r.choice(COMMON_SUR) + r.choice(["某某", "某", "某某", "某甲", "某乙"])


# Places and addresses --------------------------------------------------------------------------

PLACES = {
    ("宁夏回族自治区", "吴忠市", "利通区"): ["金星镇", "上桥镇", "古城镇", "金积镇", "东塔寺乡", "扁担沟镇", "马莲渠乡"],
    ("宁夏回族自治区", "吴忠市", "红寺堡区"): ["红寺堡镇", "太阳山镇", "大河乡", "新庄集乡", "柳泉乡"],
    ("宁夏回族自治区", "吴忠市", "同心县"): ["豫海镇", "丁塘镇", "韦州镇", "预旺镇", "王团镇"],
    ("宁夏回族自治区", "固原市", "西吉县"): ["吉强镇", "兴隆镇", "将台堡镇", "硝河乡", "偏城乡"],
    ("宁夏回族自治区", "固原市", "原州区"): ["三营镇", "头营镇", "开城镇", "彭堡镇"],
    ("甘肃省", "临夏回族自治州", "东乡族自治县"): ["锁南镇", "达板镇", "河滩镇"],
}  # fmt: skip
VILLAGES = ["塘南村", "马家湾村", "杨家庄村", "早元村", "涝河桥村", "新华桥村", "罗家湖村", "清宁河村", "秦渠村", "利宁村",
            "金塔村", "高闸村", "朝阳村", "团结村", "红星村", "李家堡村", "海家湾村", "苏家沟村", "马套子村", "下马关村",
            "杨家河村", "白家滩村"]  # fmt: skip
NUMS = "一二三四五六七八九十"
URBAN = {"利通区": ["裕民街道", "胜利街道", "朝阳街道", "金花园街道"], "原州区": ["南关街道", "古雁街道"],
         "金凤区": ["满城北街街道", "黄河东路街道"]}  # fmt: skip
ROADS = [
    "朝阳路",
    "明珠路",
    "利宁街",
    "开元大道",
    "文卫南街",
    "裕西路",
    "古峰街",
    "友爱街",
    "黄河东路",
    "政府街",
]
ESTATES = [
    "明珠花园",
    "金水湾小区",
    "富康家园",
    "世纪花园",
    "阳光水岸",
    "盛世华庭",
    "民馨苑",
    "东方花城",
    "鑫河湾小区",
]


def group(r: random.Random) -> str:
    n = r.randint(1, 12)
    cn = NUMS[n - 1] if n <= 10 else "十" + NUMS[n - 11]
    return r.choice([cn + "组", f"{n}组", cn + "队", f"{n}队", cn + "组", "第" + cn + "村民小组"])


def rural(r: random.Random, level: int | None = None) -> tuple[str, str, str, str]:
    """(province+city, county, town, below-town part)."""
    (prov, city, county), towns = r.choice(list(PLACES.items()))
    tail = r.choice(VILLAGES) + group(r)
    if r.random() < 0.35:
        tail += f"{r.randint(1, 160)}号"
    return prov + city, county, r.choice(towns), tail


def urban(r: random.Random) -> tuple[str, str, str, str]:
    county = r.choice(list(URBAN))
    city = {"利通区": "吴忠市", "原州区": "固原市", "金凤区": "银川市"}[county]
    street = r.choice(URBAN[county])
    x = r.random()
    b, u, room = r.randint(1, 32), r.randint(1, 6), r.randint(1, 18) * 100 + r.randint(1, 4)
    if x < 0.4:
        tail = f"{r.choice(ROADS)}{r.choice(ESTATES)}{b}号楼{u}单元{room}室"
    elif x < 0.6:
        tail = f"{r.choice(ESTATES)}{b}栋{u}单元{room}"
    elif x < 0.8:
        tail = f"{r.choice(ROADS)}{r.randint(1, 300)}号{r.choice(ESTATES)}{b}-{u}-{room}室"
    else:
        tail = f"{r.choice(ROADS)}{r.randint(1, 300)}号"
    return "宁夏" + city, county, street, tail


def address(r: random.Random, style: str = "any") -> str:
    a, c, t, tail = urban(r) if (style == "urban" or (style == "any" and r.random() < 0.3)) else rural(r)
    x = r.random()
    if style == "short" or x < 0.25:
        return t + tail
    if x < 0.45:
        return tail
    if x < 0.7:
        return c + t + tail
    return a + c + t + tail


DISEASES = ["尿毒症", "脑梗塞", "脑梗死后遗症", "乳腺癌", "肺癌", "胃癌", "肝硬化", "慢性肾衰竭", "糖尿病", "高血压", "冠心病",
            "白血病", "肺结核", "类风湿性关节炎", "股骨头坏死", "精神分裂症", "癫痫", "脑瘫", "帕金森病", "慢性阻塞性肺疾病",
            "宫颈癌", "先天性心脏病", "重度抑郁症", "风湿性心脏病", "腰椎间盘突出症"]  # fmt: skip
DIS_TYPES = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]


def disability(r: random.Random) -> str:
    lv = r.choice("一二三四")
    t = r.choice(DIS_TYPES)
    return r.choice([f"{lv}级{t}残疾", f"{t}残疾{lv}级", f"{t}{lv}级残疾", f"{t}残疾（{lv}级）"])


def health_phrase(r: random.Random) -> str:
    return r.choice(DISEASES) if r.random() < 0.65 else disability(r)


def sex(r: random.Random) -> str:
    return r.choice("男女")


def date_cn(r: random.Random) -> str:
    d = birth(r, 2021, 2025)
    return f"{d.year}年{d.month}月{d.day}日"


# Near misses -----------------------------------------------------------------------------------

CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(r: random.Random) -> str:
    body = r.choice(["91", "92", "93", "12", "11", "52"]) + r.choice(COUNTIES)
    body += "".join(r.choice(CC) for _ in range(9))
    s = sum(CC.index(c) * w for c, w in zip(body, CCW, strict=True))
    return body + CC[(31 - s % 31) % 31]


OFFICES = ["利通区金星镇人民政府", "红寺堡区太阳山镇人民政府", "同心县民政局", "西吉县乡村振兴局", "吴忠市利通区民政局",
           "原州区三营镇人民政府", "利通区裕民街道办事处"]  # fmt: skip
TITLES = ["镇长", "副镇长", "乡长", "党委书记", "村党支部书记", "村委会主任", "包村干部", "驻村第一书记", "民政专干",
          "社会事务办主任", "会计", "监委会主任", "工作队队员", "网格员"]  # fmt: skip
SHOPS = ["牛肉面馆", "清真餐厅", "农机修理部", "养殖专业合作社", "家庭农场", "便利店", "建材门市部"]


def official(r: random.Random) -> Pieces:
    """An official with a title: never labelled."""
    nm = person(r)
    t = r.choice(TITLES)
    return [("", r.choice([t + nm, t + nm, t + " " + nm, nm + "（" + t + "）", nm + t]))]


def office_phone(r: random.Random) -> str:
    a = r.choice(["0953", "0954", "0951"])
    return f"{a}-{r.choice('2356')}{r.randint(0, 999999):06d}"


def noise(r: random.Random) -> Pieces:
    """One near-miss sentence or line: nothing in it is personal data."""
    y = r.randint(2019, 2025)
    x = r.randrange(16)
    if x == 0:
        return [
            (
                "",
                f"文号：{r.choice(['利政发', '金政发', '红民发', '同政办发', '西乡振发'])}〔{y}〕{r.randint(1, 120)}号",
            )
        ]
    if x == 1:
        return [("", f"索引号：{credit_code(r)}/{y}-{r.randint(1, 999):05d}")]
    if x == 2:
        shop = person(r) + r.choice(SHOPS)
        return [("", f"{shop}（统一社会信用代码：{credit_code(r)}）")]
    if x == 3:
        return [("", f"案号：（{y}）宁{r.choice(['0302', '0303', '0324', '0422'])}{r.choice(['民初', '行初', '民终', '执'])}"
                     f"{r.randint(1, 3999)}号")]  # fmt: skip
    if x == 4:
        return [("", f"{r.choice(['监督电话', '举报电话', '办公电话', '咨询电话'])}：{office_phone(r)}，"
                     f"也可拨打12345政务服务便民热线反映。")]  # fmt: skip
    if x == 5:
        return [
            (
                "",
                f"本村共有低保户{r.randint(10, 90)}户{r.randint(30, 260)}人，月发放金额{r.randint(2, 90)}"
                f"{r.randint(100, 999)}.{r.randint(0, 99):02d}元，较上年增长{r.randint(1, 30)}.{r.randint(0, 9)}%。",
            )
        ]
    if x == 6:
        return [("", f"邮政编码：{r.choice(['751100', '751600', '751300', '756000', '756300'])}  "
                     f"地址：{r.choice(OFFICES)}（{r.choice(ROADS)}{r.randint(1, 200)}号）")]  # fmt: skip
    if x == 7:
        return [("", f"快递单号：{r.choice(['SF', 'YT', 'JT', 'ZTO'])}{r.randint(10**11, 10**13 - 1)}，"
                     f"订单编号：{r.randint(10**19, 10**20 - 1)}")]  # fmt: skip
    if x == 8:
        return [("", f"登记编号：{id18_bad(r)}（系统自动生成）")]
    if x == 9:
        return [
            ("", "带队领导："),
            *official(r),
            ("", "；参加人员："),
            *official(r),
            ("", "、"),
            *official(r),
        ]
    if x == 10:
        sur = r.choice(["马", "杨", "李", "海", "丁"])
        return [("", f"{sur}家湾村、{sur}家庄、{r.choice(VILLAGES)}村民委员会")]
    if x == 11:
        return [("", f"资金由{r.choice(['农村商业银行', '黄河农村商业银行', '邮政储蓄银行'])}“一折通”代发，"
                     f"发放日期为{date_cn(r)}，流水号{r.randint(10**19, 10**20 - 1)}。")]  # fmt: skip
    if x == 12:
        return [("", f"公示期：{date_cn(r)}至{date_cn(r)}（共7天）")]
    if x == 13:
        return [
            (
                "",
                f"{r.choice(OFFICES)}  {y}年{r.randint(1, 12)}月{r.randint(1, 28)}日  （{r.choice(['盖章', '印'])}）",
            )
        ]
    if x == 14:
        return [("", f"发布时间：{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(8, 18):02d}:"
                     f"{r.randint(0, 59):02d}  浏览次数：{r.randint(10, 9999)}")]  # fmt: skip
    return [("", "镇长"), ("", person(r)), ("", "主持召开专题会议，副镇长"), ("", person(r)), ("", "参加。")]


# ---------------------------------------------------------------------------------------------
# Document types

PROGRAMS = [
    "农村最低生活保障",
    "临时救助",
    "特困人员救助供养",
    "产业发展补贴",
    "残疾人两项补贴",
    "危房改造补助",
]
REASONS_PLAIN = ["缺劳动力", "缺技术", "因学", "因灾", "缺资金", "子女上学", "房屋倒塌", "交通事故"]


def reason(r: random.Random) -> Pieces:
    """致贫原因 / 申请原因 with the health part labelled."""
    x = r.random()
    if x < 0.35:
        return [("", "因病（"), ("health", r.choice(DISEASES)), ("", "）")]
    if x < 0.5:
        lv, t = r.choice("一二三四"), r.choice(DIS_TYPES)
        return [
            ("", "因残（"),
            ("health", r.choice([f"{lv}级{t}残疾", f"{t}残疾{lv}级", f"{t}{lv}级残疾"])),
            ("", "）"),
        ]
    if x < 0.6:
        return [("", "患"), ("health", r.choice(DISEASES))]
    if x < 0.68:
        return [("health", disability(r))]
    if x < 0.74:
        return [("health", r.choice(["因病", "因残"]))]
    return [("", r.choice(REASONS_PLAIN))]


def cunwu_prose(r: random.Random) -> Doc:
    d = Doc("cunwu_prose")
    prog = r.choice(PROGRAMS)
    vil = r.choice(VILLAGES)
    d.t(f"{vil}{prog}评议结果公示\n\n")
    d.t(f"根据《{r.choice(['宁夏回族自治区最低生活保障条例', '社会救助暂行办法', '特困人员认定办法'])}》有关规定，"
        f"{vil}于{date_cn(r)}召开村民代表大会，")  # fmt: skip
    d.seq(official(r))
    d.t("主持会议，镇包村干部")
    d.t(person(r))
    d.t("列席。经村民代表大会评议，同意")
    names = people(r, r.randint(2, 5))
    for i, nm in enumerate(names):
        if i:
            d.t(r.choice(["、", "、", "，"]))
        d.k("name", nm)
    d.t(f"{len(names)}户纳入{prog}，")
    drop = person(r)
    d.t("不同意")
    d.k("name", drop)
    d.t("户的申请（家庭有营运车辆")
    d.k("license_plate", plate(r))
    d.t("一辆）。现将有关情况公示如下：\n")
    for nm in names:
        d.k("name", nm)
        x = r.random()
        if x < 0.4:
            d.t("户，家住")
            d.k("address", address(r, "short"))
            d.t(f"，家庭人口{r.randint(1, 7)}人，")
            d.seq(reason(r))
            d.t("，拟按" + r.choice(["一类", "二类", "三类"]) + "保障。\n")
        elif x < 0.7:
            rel = r.choice(["妻子", "丈夫", "儿子", "母亲", "父亲", "女儿"])
            d.t(f"，{r.randint(28, 80)}岁，其{rel}")
            if r.random() < 0.5:
                d.k("name", person(r))
            else:
                d.t(anon(r))
            d.t(r.choice(["患有", "长期患", "于去年确诊"]))
            d.k("health", r.choice(DISEASES))
            d.t(
                f"，医疗支出{r.randint(1, 20)}.{r.randint(1, 9)}万元，拟给予临时救助{r.randint(1, 8)}000元。\n"
            )
        else:
            d.t("（身份证号")
            d.k("id_card", id18(r))
            d.t("），本人")
            d.k("health", disability(r))
            d.t("，无劳动能力。\n")
    if r.random() < 0.6:
        d.seq(noise(r))
        d.t("\n")
    d.t(f"公示期间如有异议，请向镇民政办反映。监督电话：{office_phone(r)}\n")
    d.t(f"{vil}村民委员会\n{date_cn(r)}\n")
    return d


def cunwu_list(r: random.Random) -> Doc:
    d = Doc("cunwu_list")
    prog = r.choice(PROGRAMS)
    d.t(
        f"{r.choice(VILLAGES)}{r.choice(['2024', '2025', '2023'])}年第{r.choice(NUMS[:4])}季度{prog}名单公示\n"
    )
    for i in range(r.randint(3, 9)):
        nm = person(r)
        d.t(r.choice([f"{i + 1}、", f"{i + 1}.", f"（{NUMS[i]}）", f"{i + 1}．"]))
        d.k("name", nm)
        d.t(r.choice(["（户主）", "", "（户主）", " "]) + r.choice(["  ", " ", "\u3000", "，"]))
        d.k("address", address(r, r.choice(["short", "short", "any"])))
        d.t(r.choice(["  ", " ", "，"]) + f"{r.randint(1, 7)}人" + r.choice(["  ", " ", "，"]))
        d.seq(reason(r))
        if r.random() < 0.35:
            d.t("  ")
            d.k("mobile", mobile(r))
        if r.random() < 0.25:
            d.t(f"  {r.randint(100, 900)}元/月")
        d.t("\n")
    if r.random() < 0.7:
        d.seq(noise(r))
        d.t("\n")
    d.t("公示单位：")
    d.t(r.choice(OFFICES) + "  联系人：")
    d.seq(official(r))
    d.t(f"  办公电话：{office_phone(r)}\n")
    return d


def pad(s: str, w: int) -> str:
    width = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
    return s + " " * max(1, w - width)


def table_doc(r: random.Random, kind: str) -> Doc:
    d = Doc(kind)
    cols_all = [
        "序号",
        "姓名",
        "性别",
        "年龄",
        "身份证号码",
        "家庭住址",
        "联系电话",
        "人口",
        "致贫原因",
        "银行账号",
        "备注",
    ]
    if kind == "cunwu_table":
        cols = ["序号", "姓名", "家庭住址", "人口", "致贫原因", "备注"]
        if r.random() < 0.5:
            cols.insert(2, "身份证号码")
        sep = "spaces"
        d.t(f"{r.choice(VILLAGES)}{r.choice(PROGRAMS)}对象花名册\n")
    else:
        cols = ["序号", "姓名", *r.sample(cols_all[2:], r.randint(3, 7))]
        r.shuffle(cols)
        sep = r.choice(["\t", ",", "spaces", "|", "\t"])
        d.t(r.choice(["Sheet1\n", "", f"{r.choice(PROGRAMS)}台账（导出）\n", "附件2\n"]))
    widths = {"序号": 6, "姓名": 10, "性别": 6, "年龄": 6, "身份证号码": 22, "家庭住址": 40, "联系电话": 18, "人口": 6,
              "致贫原因": 24, "银行账号": 26, "备注": 10}  # fmt: skip
    hdr = {c: c for c in cols}
    if r.random() < 0.3:
        hdr.update(
            {"身份证号码": "身份证号", "家庭住址": "住址", "联系电话": "电话", "银行账号": "一折通账号"}
        )

    def emit(cells: list[Pieces]) -> None:
        for i, cell in enumerate(cells):
            if i:
                if sep == "spaces":
                    prev = "".join(s for _, s in cells[i - 1])
                    w = widths[cols[i - 1]]
                    d.t(" " * max(2, w - sum(2 if ord(c) > 0x2E80 else 1 for c in prev)))
                elif sep == "|":
                    d.t(" | ")
                else:
                    d.t(sep)
            d.seq(cell)
        d.t("\n")

    emit([[("", hdr[c])] for c in cols])
    for i in range(r.randint(3, 12)):
        cells: list[Pieces] = []
        age = r.randint(18, 88)
        for c in cols:
            if c == "序号":
                cells.append([("", str(i + 1))])
            elif c == "姓名":
                cells.append([("name", person(r))])
            elif c == "性别":
                cells.append([("", sex(r))])
            elif c == "年龄":
                cells.append([("", str(age))])
            elif c == "身份证号码":
                if r.random() < 0.08:
                    cells.append([("id_card_15", id15(r))])
                elif r.random() < 0.06:
                    v = id18(r)
                    cells.append([("", "'"), ("id_card", v)])
                else:
                    cells.append([("id_card", id18(r))])
            elif c == "家庭住址":
                a = address(r)
                if sep == ",":
                    a = a.replace(",", "，")
                cells.append([("address", a)])
            elif c == "联系电话":
                if r.random() < 0.12:
                    cells.append([("landline", landline(r))])
                elif r.random() < 0.06:
                    cells.append([("", "无")])
                else:
                    m = mobile(r)
                    cells.append([("mobile", m.replace(" ", "") if sep == "spaces" else m)])
            elif c == "人口":
                cells.append([("", str(r.randint(1, 7)))])
            elif c == "致贫原因":
                cells.append(reason(r))
            elif c == "银行账号":
                b = bank(r)
                cells.append([("bank_card", b.replace(" ", "") if sep == "spaces" else b)])
            else:
                cells.append([("", r.choice(["", "新增", "续保", "退出", "重点户", "监测户", "单人户"]))])
        emit(cells)
    if r.random() < 0.6:
        d.t(r.choice(["合计", "共计"]) + f"：{r.randint(3, 12)}户{r.randint(8, 40)}人\n")
    if r.random() < 0.5:
        d.t("制表人：")
        d.seq(official(r))
        d.t(f"  审核：{r.choice(TITLES)}{person(r)}  制表日期：{date_cn(r)}\n")
    return d


def meeting(r: random.Random) -> Doc:
    d = Doc("meeting")
    vil = r.choice(VILLAGES)
    d.t(f"{vil}村民代表大会会议记录\n\n时间：{date_cn(r)}上午9时\n地点：{vil}村部会议室\n主持人：")
    d.t(r.choice(["村党支部书记", "村委会主任"]) + person(r))
    d.t("\n记录人：")
    d.t(r.choice(["村文书", "村会计", "网格员"]) + person(r))
    d.t(f"\n参会人员：村“两委”成员{r.randint(3, 7)}人、村民代表{r.randint(15, 40)}人，镇包村干部")
    d.t(person(r))
    d.t("列席。\n\n议题：评议")
    d.t(r.choice(PROGRAMS) + "申请对象\n\n")
    d.seq(official(r))
    d.t("：今天主要评议本季度新申请的几户，大家有什么说什么。\n")
    names = people(r, r.randint(2, 5))
    for nm in names:
        d.t(r.choice(["村民代表发言：", "代表甲：", "会计汇报："]))
        d.k("name", nm)
        d.t("家" + r.choice(["住", "在"]))
        d.k("address", address(r, "short"))
        d.t(f"，{r.choice(['两口子', '一家', '老两口'])}{r.randint(2, 6)}口人，")
        x = r.random()
        if x < 0.5:
            d.t(r.choice(["男人", "媳妇", "老人", "娃娃"]) + r.choice(["得了", "去年查出", "一直是"]))
            d.k("health", r.choice(DISEASES))
            d.t("，" + r.choice(["一周透析两次", "花了不少钱", "地也种不了了", "常年吃药"]) + "。")
        elif x < 0.75:
            d.t("本人是")
            d.k("health", disability(r))
            d.t("，有残疾证。")
        else:
            d.t("家里有辆车")
            d.k("license_plate", plate(r))
            d.t("，是跑运输的，我看不太符合。")
        if r.random() < 0.4:
            d.t("他的电话是")
            d.k("mobile", mobile(r))
            d.t("，可以再核实。")
        d.t("\n")
    d.t("\n表决结果：")
    for nm in names:
        d.k("name", nm)
        d.t(f"户同意{r.randint(15, 40)}票，不同意{r.randint(0, 5)}票；")
    d.t("\n")
    if r.random() < 0.7:
        d.seq(noise(r))
        d.t("\n")
    d.t("参会人员签字：（略）\n")
    return d


def mediation(r: random.Random) -> Doc:
    d = Doc("mediation")
    d.t(
        f"人民调解协议书\n{r.choice(['金星镇', '三营镇', '豫海镇'])}调〔{r.randint(2021, 2025)}〕{r.randint(1, 90)}号\n\n"
    )
    a, b = people(r, 2)
    for role, nm in (("甲方", a), ("乙方", b)):
        d.t(f"{role}：")
        d.k("name", nm)
        d.t(f"，{sex(r)}，{r.choice(['回族', '汉族', '汉族', '东乡族'])}，")
        if r.random() < 0.3:
            bd = birth(r, 1950, 2000)
            d.t(f"{bd.year}年{bd.month}月{bd.day}日出生，")
        d.t(r.choice(["身份证号：", "公民身份号码", "身份证号码："]))
        d.k("id_card", id18(r))
        d.t(r.choice(["，住", "，住址：", "，家住"]))
        d.k("address", address(r))
        d.t(r.choice(["，联系电话：", "，电话", "，手机："]))
        d.k("mobile", mobile(r))
        d.t("。\n")
    d.t("\n纠纷简要情况：")
    d.k("name", a)
    d.t("与")
    d.k("name", b)
    d.t(r.choice(["系邻居，因宅基地界限", "因土地流转费", "因牛羊损坏庄稼", "因交通事故赔偿"]) + "发生纠纷。")
    if r.random() < 0.5:
        d.k("name", b)
        d.t("驾驶的")
        d.k("license_plate", plate(r))
        d.t("号车辆将")
        d.k("name", a)
        d.t("撞伤，造成")
        d.k("health", r.choice(["右腿骨折", "左臂骨折", "颅脑外伤", "肋骨骨折"]))
        d.t("。")
    d.t("\n经调解，双方自愿达成如下协议：\n一、")
    d.k("name", b)
    d.t("一次性赔偿")
    d.k("name", a)
    d.t(f"人民币{r.randint(2, 50)}000元，于{date_cn(r)}前转入")
    d.k("name", a)
    d.t("名下账户（开户行：" + r.choice(["农村商业银行", "农业银行", "邮政储蓄银行"]) + "，账号：")
    d.k("bank_card", bank(r))
    d.t("）。\n二、双方今后不再因此事发生纠纷。\n\n")
    d.t("甲方（签名）：")
    d.k("name", a)
    d.t("    乙方（签名）：")
    d.k("name", b)
    d.t("\n人民调解员：")
    d.t(person(r))
    d.t(f"    {r.choice(['金星镇', '三营镇'])}人民调解委员会（印）\n{date_cn(r)}\n")
    if r.random() < 0.5:
        d.seq(noise(r))
        d.t("\n")
    return d


def review(r: random.Random) -> Doc:
    d = Doc("review")
    office = r.choice(OFFICES)
    app = person(r)
    third = person(r)
    if r.random() < 0.6:
        d.t(f"行政复议决定书\n{r.choice(['吴利政复决字', '同政复决字', '西政复决字'])}〔{r.randint(2021, 2025)}〕"
            f"{r.randint(1, 60)}号\n\n申请人：")  # fmt: skip
    else:
        d.t("行政答辩状\n\n（原告）申请人：")
    d.k("name", app)
    d.t(f"，{sex(r)}，{r.randint(1945, 1999)}年{r.randint(1, 12)}月生，{r.choice(['回族', '汉族'])}，")
    d.t("住")
    d.k("address", address(r))
    d.t("，公民身份号码")
    if r.random() < 0.1:
        d.k("id_card_15", id15(r))
    else:
        d.k("id_card", id18(r))
    d.t("，联系电话")
    if r.random() < 0.25:
        d.k("landline", landline(r))
    else:
        d.k("mobile", mobile(r))
    d.t("。\n被申请人：" + office + "，住所地" + r.choice(ROADS) + f"{r.randint(1, 200)}号。\n法定代表人：")
    d.t(person(r))
    d.t("，" + r.choice(["镇长", "局长", "主任"]) + "。\n第三人：")
    d.k("name", third)
    d.t(f"，{sex(r)}，住")
    d.k("address", address(r))
    d.t("。\n委托代理人：" + anon(r) + "，宁夏某律师事务所律师。\n\n")
    d.t(
        "申请人对被申请人作出的"
        + r.choice(["停止发放最低生活保障金", "不予纳入特困供养", "土地确权登记"])
        + "行为不服，"
    )
    d.t(f"于{date_cn(r)}向本机关申请行政复议。申请人称：")
    d.k("name", app)
    d.t("本人")
    d.k("health", health_phrase(r))
    d.t("，家庭人均收入低于当地低保标准，被申请人仅凭其子")
    d.t(anon(r))
    d.t("名下有车辆")
    d.k("license_plate", plate(r))
    d.t("即停发低保，认定事实不清。\n被申请人称：经入户核查，第三人")
    d.k("name", third)
    d.t("反映申请人长期在外务工，")
    d.t(f"经办人员{r.choice(['民政专干', '包村干部'])}" + person(r) + "核实属实。\n")
    if r.random() < 0.7:
        d.seq(noise(r))
        d.t("\n")
    d.t("本机关认为……决定如下：维持被申请人作出的行政行为。\n申请人如不服本决定，可以自收到本决定书之日起十五日内"
        "向人民法院提起行政诉讼。\n")  # fmt: skip
    d.t(f"{date_cn(r)}\n")
    return d


def aid_form(r: random.Random) -> Doc:
    d = Doc("aid_form")
    d.t(r.choice(["社会救助家庭经济状况入户调查表\n", "最低生活保障申请审批表\n", "临时救助申请审批表\n"]))
    sep = r.choice(["  ", "\n", "    ", "\t"])
    app = person(r)
    d.t(r.choice(["申请人姓名：", "姓名：", "户主姓名："]))
    d.k("name", app)
    d.t(f"{sep}性别：{sex(r)}{sep}民族：{r.choice(['回族', '汉族'])}{sep}")
    d.t(r.choice(["身份证号码：", "身份证号：", "公民身份号码："]))
    d.k("id_card", id18(r))
    d.t(sep + r.choice(["家庭住址：", "户籍地址：", "现住址："]))
    d.k("address", address(r))
    d.t(sep + r.choice(["联系电话：", "手机号码：", "联系方式："]))
    if r.random() < 0.2:
        d.k("landline", landline(r, ext=r.random() < 0.3))
    else:
        d.k("mobile", mobile(r))
    d.t(sep + "家庭成员：")
    for _ in range(r.randint(1, 4)):
        rel = r.choice(["丈夫", "妻子", "儿子", "女儿", "父亲", "母亲", "孙子"])
        d.t(rel + " ")
        if r.random() < 0.35:
            d.t(anon(r))
        else:
            d.k("name", person(r))
        if r.random() < 0.4:
            d.t(" ")
            d.k("id_card", id18(r))
        d.t(r.choice(["；", "，", " "]))
    d.t(sep + r.choice(["患病情况：", "健康状况：", "残疾情况："]))
    x = r.random()
    if x < 0.4:
        d.t("本人")
        d.k("health", health_phrase(r))
    elif x < 0.7:
        d.t(r.choice(["丈夫", "妻子", "儿子"]) + "患")
        d.k("health", r.choice(DISEASES))
        d.t("，" + r.choice(["需长期服药", "已做手术", "每月透析"]))
    else:
        d.t(r.choice(["健康", "无", "良好"]))
    d.t(sep + "开户银行：" + r.choice(["黄河农商银行", "农业银行", "邮储银行"]) + sep + "银行账号：")
    d.k("bank_card", bank(r))
    d.t(sep + f"家庭年收入：{r.randint(3000, 30000)}元{sep}耕地面积：{r.randint(1, 20)}.{r.randint(0, 9)}亩")
    if r.random() < 0.4:
        d.t(sep + "车辆情况：")
        d.k("license_plate", plate(r))
        d.t(r.choice(["（三轮车）", "（农用车）", "（已报废）"]))
    d.t(f"{sep}调查人：")
    d.seq(official(r))
    d.t(f"{sep}审核人：")
    d.seq(official(r))
    d.t(f"{sep}调查日期：{date_cn(r)}\n")
    d.t(f"村委会意见：经村民代表评议，同意上报。  乡镇审核意见：同意。（{r.choice(OFFICES)}）\n")
    if r.random() < 0.5:
        d.seq(noise(r))
        d.t("\n")
    return d


def notice(r: random.Random) -> Doc:
    d = Doc("notice")
    nm = person(r)
    x = r.random()
    if x < 0.5:
        d.t(f"发件人：{r.choice(['金星镇民政办', '利通区民政局社会救助科', '西吉县乡村振兴局'])}\n")
        d.t("收件人：")
        d.k("email", email(r))
        d.t(f"\n主题：关于补充提交{r.choice(['出境', '探亲', '赴港务工', '赴台交流'])}材料的通知\n\n")
        d.k("name", nm)
        d.t("同志：\n  您提交的材料已收到。经核对，您填写的")
        ids: Pieces = []
        for kind, labels, fn in (
            ("passport", ["护照号码：", "护照号 ", "普通护照号"], passport),
            ("hk_macau_permit", ["港澳通行证 ", "往来港澳通行证号码：", "港澳通行证号"], hkmo),
            ("tw_permit", ["台胞证 ", "台湾居民来往大陆通行证号码：", "台胞证号"], twp),
        ):
            if r.random() < 0.5:
                if ids:
                    ids.append(("", r.choice(["、", "，", "；"])))
                ids += [("", r.choice(labels)), (kind, fn(r))]
        if not ids:
            ids = [("", "港澳通行证号码"), ("hk_macau_permit", hkmo(r))]
        d.seq(ids)
        d.t("与系统不一致，请于" + date_cn(r) + "前回复本邮件，或将材料发送至")
        d.k("email", email(r))
        d.t("。如有疑问请联系")
        d.seq(official(r))
        d.t(f"，办公电话{office_phone(r)}。\n")
    else:
        d.t("【" + r.choice(["金星镇人民政府", "红寺堡区民政局", "同心县乡村振兴局"]) + "】")
        d.k("name", nm)
        d.t(r.choice(["您好，", "，您好！", "户主您好："]))
        y = r.random()
        if y < 0.4:
            d.t("您名下车辆")
            d.k("license_plate", plate(r))
            d.t("已纳入" + r.choice(["农机购置补贴", "新能源汽车下乡补贴"]) + "名单，补贴资金将发放至尾号")
            d.t(f"{r.randint(1000, 9999)}的一折通账户。")
        elif y < 0.7:
            d.t("您的" + r.choice(PROGRAMS) + "已审批，如信息有变，请联系包村干部")
            d.t(person(r))
            d.t("（")
            d.k("mobile", mobile(r))
            d.t("）。")
        else:
            kind, label, fn = r.choice(
                [
                    ("passport", "护照", passport),
                    ("hk_macau_permit", "港澳通行证", hkmo),
                    ("tw_permit", "台胞证", twp),
                ]
            )
            d.t(f"请携带户口本及{label}（")
            d.k(kind, fn(r))
            d.t("）于" + date_cn(r) + "到镇便民服务中心办理。")
        d.t("回复TD退订\n")
        d.t("——转发自" + r.choice(["群主", "网格员"]) + "：联系人")
        d.k("name", person(r))
        d.t("，手机")
        d.k("mobile", mobile(r))
        d.t("，邮箱")
        d.k("email", email(r))
        d.t("\n")
    if r.random() < 0.5:
        d.seq(noise(r))
        d.t("\n")
    return d


def fupin(r: random.Random) -> Doc:
    d = Doc("fupin")
    nm = person(r)
    d.t(
        r.choice(["脱贫户帮扶手册", "乡村振兴 防返贫监测户帮扶手册", "建档立卡贫困户扶贫手册"]) + "（节选）\n"
    )
    d.t(r.choice(["户主姓名：", "户主："]))
    d.k("name", nm)
    d.t("  " + r.choice(["家庭住址：", "住址："]))
    d.k("address", address(r, r.choice(["any", "short"])))
    d.t(f"  家庭人口：{r.randint(1, 8)}人  " + r.choice(["致贫原因：", "主要致贫原因：", "风险类型："]))
    d.seq(reason(r))
    d.t("\n家庭成员情况：\n")
    for _ in range(r.randint(1, 4)):
        m = person(r)
        d.t(r.choice(["  ", "", "\t"]))
        d.k("name", m)
        rel, lo, hi = r.choice(
            [("配偶", 30, 80), ("之子", 5, 50), ("之女", 5, 50), ("之孙", 2, 20), ("之母", 60, 92)]
        )
        d.t(f"  {rel}  {r.randint(lo, hi)}岁  ")
        h = r.random()
        if h < 0.35:
            d.k("health", health_phrase(r))
        elif h < 0.5:
            d.t("在校学生")
        else:
            if h < 0.62:
                d.t("长期")
                d.k("health", "慢性病")
            else:
                d.t(r.choice(["健康", "健康", "务工", "务农"]))
        d.t("\n")
    d.t("帮扶责任人：")
    d.t(person(r))
    d.t(
        f"（{r.choice(['县农业农村局', '镇政府', '县卫健局'])}{r.choice(['干部', '副局长', '科员'])}）  联系电话："
    )
    d.t(office_phone(r))
    d.t(
        "\n帮扶措施："
        + r.choice(["落实慢病签约服务", "发放养殖补贴5000元", "安排公益性岗位", "落实教育资助"])
    )
    d.t("。户主")
    d.k("name", nm)
    d.t("表示满意，签字确认。户主电话：")
    d.k("mobile", mobile(r))
    if r.random() < 0.3:
        d.t("，家庭固话")
        d.k("landline", landline(r))
    d.t("\n")
    if r.random() < 0.6:
        d.seq(noise(r))
        d.t("\n")
    return d


BUILDERS: list[tuple[Callable[[random.Random], Doc], int]] = [
    (cunwu_prose, 2),
    (cunwu_list, 2),
    (lambda r: table_doc(r, "cunwu_table"), 1),
    (meeting, 2),
    (mediation, 2),
    (review, 2),
    (aid_form, 2),
    (notice, 2),
    (fupin, 2),
    (lambda r: table_doc(r, "excel"), 2),
]


def generate(docs: int, seed: int) -> list[dict[str, object]]:
    r = random.Random(seed)
    fns = [f for f, w in BUILDERS for _ in range(w)]
    out: list[dict[str, object]] = []
    for _ in range(docs):
        d = r.choice(fns)(r)
        out.append(d.out())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("-o", "--out", type=Path, default=None)
    args = ap.parse_args(argv)
    lines = [json.dumps(doc, ensure_ascii=False) for doc in generate(args.docs, args.seed)]
    if args.out is None:
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
