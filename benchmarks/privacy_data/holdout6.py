# ruff: noqa: E501
"""Holdout set 6: an independent labelled-document generator for the privacy detector.

    .venv/bin/python benchmarks/privacy_data/holdout6.py --docs 400 --seed 19 -o /tmp/h6.jsonl

Writes JSON Lines {"type", "text", "spans": [{"kind", "start", "end"}]} (Python str offsets). Text is
built by appending pieces; a span is recorded when a personal datum is appended. Standard library only,
deterministic for a seed.

Document types (a city district or county publishing personal data):
    公租房配租公示, 城市低收入家庭认定公示, 生产安全事故调查报告, 疫情流调通报(2022), 信访复查意见书,
    政府信息公开行政诉讼判决摘要, 退捕渔民/移民搬迁安置名单, 见义勇为确认公示, 征收(拆迁)补偿协议摘要,
    物业专项维修资金使用公示, 养犬登记违规通报, 义务教育入学资格公示.
Layouts vary: prose, "标签：值" forms, tables separated by "|", tab, "，" or spaces, numbered lines,
headings, signatures, footers with the office's phone.

Labelling policy:
- id_card: 18 digits with a valid GB 11643 check, real birth date and real county code (some lower-case x);
  id_card_15: 15-digit first-generation numbers. Masked numbers (330106********1234) are not labelled.
- mobile: issued segments only; the span is the number as written (with its "-" or spaces), without "+86".
- landline: a person's home phone incl. area code. Office phones, hotlines (12345, 12315, 12333, 12350)
  and the office's contact number are not labelled.
- bank_card: Luhn-valid card numbers with an issuer prefix, as written (spaces included).
- email: personal mailboxes; gov.cn mailboxes are not labelled.
- passport, hk_macau_permit (往来港澳通行证 C…, 回乡证 H…/M…), tw_permit (台胞证 8 digits, 往来台湾通行证 L…).
- license_plate: every motor-vehicle plate, as written (with "·" if present).
- address: a person's home (or household / allocated dwelling / 房号 of an owner) address, from its first
  character as written to its last house-level part (号/栋/幢/单元/室/组/队). Offices, companies, shops,
  accident sites, places visited in a 流调 行程 and the 小区 name alone are not labelled.
- name: private persons, each occurrence in the document. Not labelled: officials with a title or acting in
  their role (法定代表人, 局长, 承办人, 审判员 …), an office's contact person, names in 见义勇为 lists,
  anonymised names (王某某, 张某), shops and companies named after people, place names with surnames.
- health: the condition phrase (illness, disability, injury, infection status) of an identifiable person.
  In 见义勇为 notices the honoree's name is not labelled but their ID, phone and injury are.
- Near misses never labelled: 文号, 索引号, valid 统一社会信用代码, 组织机构代码, 房屋编号, 案号, 报名号,
  合同/流水/户号 (16–20 digits failing every check), invalid IDs (wrong check digit), dates, amounts,
  areas, postcodes, hotlines, office phones, gov.cn mail, fishing-boat numbers, dog-licence numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

# --- checksums (standard library only) -------------------------------------------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_W, strict=True)) % 11]


def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def org_check(first8: str) -> str:
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first8, _ORG_W, strict=True))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_check(first17: str) -> str:
    total = sum(_CC_ALPHA.index(c) * w for c, w in zip(first17, _CC_W, strict=True))
    return _CC_ALPHA[(31 - total % 31) % 31]


# --- locales ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Locale:
    province: str
    city: str
    district: str
    code: str
    area: str
    post: str
    plate: str
    abbr: str
    streets: tuple[str, ...]
    towns: tuple[str, ...]
    villages: tuple[str, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]


LOCALES = (
    Locale(
        "浙江省",
        "杭州市",
        "西湖区",
        "330106",
        "0571",
        "310012",
        "浙A",
        "西湖",
        ("文新街道", "翠苑街道", "蒋村街道", "古荡街道"),
        ("三墩镇", "双浦镇"),
        ("马家湾村", "紫荆村", "杨家牌楼村", "双灵村"),
        ("文一西路", "古墩路", "天目山路", "紫荆花路"),
        ("金都华庭", "文鼎苑", "西溪花园", "三坝雅苑"),
    ),
    Locale(
        "湖北省",
        "武汉市",
        "洪山区",
        "420111",
        "027",
        "430070",
        "鄂A",
        "洪山",
        ("珞南街道", "关山街道", "狮子山街道", "和平街道"),
        ("花山街道", "九峰街道"),
        ("花山村", "严西湖村", "王家店村", "新春村"),
        ("珞喻路", "雄楚大道", "南湖大道", "书城路"),
        ("保利花园", "南湖山庄", "金地格林小城", "福星惠誉城"),
    ),
    Locale(
        "四川省",
        "成都市",
        "郫都区",
        "510117",
        "028",
        "611730",
        "川A",
        "郫都",
        ("郫筒街道", "犀浦街道", "红光街道", "安靖街道"),
        ("唐昌镇", "三道堰镇", "友爱镇"),
        ("战旗村", "青杠树村", "农科村", "白云村"),
        ("望丛中路", "创智南二路", "蜀源大道", "红光大道"),
        ("华润凤凰城", "蜀都金沙苑", "望丛锦苑", "犀浦安居小区"),
    ),
    Locale(
        "河南省",
        "周口市",
        "川汇区",
        "411602",
        "0394",
        "466000",
        "豫P",
        "川汇",
        ("陈州回族街道", "七一路街道", "人和街道", "荷花路街道"),
        ("李埠口乡", "华耀城乡"),
        ("马庄村", "王营村", "许湾村", "周庄村"),
        ("七一路", "八一大道", "交通路", "文昌大道"),
        ("建业森林半岛", "鑫源小区", "水岸新城", "阳光花园"),
    ),
    Locale(
        "宁夏回族自治区",
        "吴忠市",
        "利通区",
        "640302",
        "0953",
        "751100",
        "宁C",
        "利通",
        ("胜利镇", "东塔寺乡", "金积镇"),
        ("上桥镇", "古城镇"),
        ("牛家坊村", "朝阳村", "高闸村", "涝河桥村"),
        ("利通北街", "开元大道", "明珠路", "裕民西街"),
        ("金星小区", "新华园小区", "朝阳花园", "滨河家园"),
    ),
    Locale(
        "广西壮族自治区",
        "南宁市",
        "武鸣区",
        "450110",
        "0771",
        "530100",
        "桂A",
        "武鸣",
        ("城厢镇", "太平镇", "双桥镇"),
        ("锣圩镇", "宁武镇", "府城镇"),
        ("伏林村", "邓广村", "庆乐村", "那汉村"),
        ("香山路", "灵源路", "永宁路", "客站路"),
        ("香山豪庭", "灵源花园", "武鸣新城", "东盟城"),
    ),
    Locale(
        "甘肃省",
        "临夏回族自治州",
        "临夏市",
        "622901",
        "0930",
        "731100",
        "甘N",
        "临夏",
        ("城南街道", "八坊街道", "东关街道", "西关街道"),
        ("折桥镇", "枹罕镇"),
        ("大庄村", "马家庄村", "王坪村", "罗家堡村"),
        ("团结路", "解放路", "红园路", "前河沿路"),
        ("鸿运小区", "八坊苑", "凤凰城", "团结家园"),
    ),
    Locale(
        "湖南省",
        "常德市",
        "汉寿县",
        "430722",
        "0736",
        "415900",
        "湘J",
        "汉寿",
        ("龙阳街道", "辰阳街道"),
        ("岩汪湖镇", "坡头镇", "罐头嘴镇", "沧港镇"),
        ("青山嘴村", "周文庙村", "陈家湾村", "新兴村"),
        ("龙阳大道", "辰阳大道", "西湖路", "东堤路"),
        ("清水湖家园", "辰阳新城", "汉寿明珠小区", "龙池小区"),
    ),
    Locale(
        "江西省",
        "赣州市",
        "于都县",
        "360731",
        "0797",
        "342300",
        "赣B",
        "于都",
        ("贡江镇",),
        ("罗坳镇", "岭背镇", "银坑镇", "梓山镇"),
        ("潭头村", "谢屋村", "孟口村", "大桥村"),
        ("长征大道", "红军大道", "渡江大道", "环城路"),
        ("长征源小区", "锦绣华城", "于都翰林苑", "东方明珠花园"),
    ),
    Locale(
        "安徽省",
        "安庆市",
        "怀宁县",
        "340822",
        "0556",
        "246100",
        "皖H",
        "怀宁",
        ("高河镇",),
        ("石牌镇", "月山镇", "黄墩镇", "江镇镇"),
        ("合兴村", "新安村", "茶庵村", "查冲村"),
        ("独秀大道", "振宁路", "高河大道", "育才路"),
        ("独秀新城", "振宁花园", "怀宁华府", "凤凰城小区"),
    ),
)
OTHER_CODES = (
    "110105",
    "120104",
    "130104",
    "140105",
    "150102",
    "210102",
    "220104",
    "230103",
    "310115",
    "320106",
    "330282",
    "340104",
    "350102",
    "360111",
    "370112",
    "410105",
    "420106",
    "430104",
    "440306",
    "450103",
    "500112",
    "510107",
    "520102",
    "530102",
    "610113",
    "620102",
    "630104",
    "640104",
    "650104",
    "362132",
    "422801",
    "433101",
    "532901",
    "513401",
)
PLATE_PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CN_NUM = "零一二三四五六七八九十"

# --- names -----------------------------------------------------------------------------------------
COMMON = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤"
RARE = (
    "禤",
    "敖",
    "佘",
    "覃",
    "仉",
    "亓",
    "哈",
    "买",
    "纳",
    "拜",
    "妥",
    "虎",
    "海",
    "沙",
    "喇",
    "者",
    "撒",
    "穆",
    "脱",
    "鲜",
    "铁",
    "冶",
    "蒯",
    "阚",
    "逯",
    "栾",
    "甄",
    "芮",
    "檀",
    "揭",
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "皇甫", "慕容", "令狐", "尉迟", "端木", "公孙")
DOT_NAMES = (
    "买买提·艾力",
    "阿依古丽·吐尔逊",
    "热依拉·买买提",
    "艾尔肯·吾拉木",
    "古丽米拉·阿布都",
    "努尔兰·哈力克",
    "帕提古丽·热合曼",
    "阿力木·司马义",
    "迪丽娜尔·卡德尔",
    "吐尔洪·艾买提",
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉鹏宇浩欣怡梓涵子轩佳琪雨萱博晨睿诗思嘉俊凯瑶婷雪梅林海波斌莉燕琳慧宏亮成新春福生荣德喜根桃翠凤珍兵金银水顺保全东云峰旭帆蓉茂秋菊彩琴爱莲有财发旺翔锐航铭泽"
OFFICIALS_GIVEN = "建国志强卫东立新光明振华德明宏伟永红"


def person_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.03:
        return rng.choice(DOT_NAMES)
    if r < 0.07:
        sur = rng.choice(COMPOUND)
    elif r < 0.22:
        sur = rng.choice(RARE)
    else:
        sur = rng.choice(COMMON)
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(rng.choice(GIVEN) for _ in range(n))


def anon_name(rng: random.Random) -> str:
    return rng.choice(COMMON) + rng.choice(("某", "某某", "某某"))


# --- generators of data ----------------------------------------------------------------------------
def birth(rng: random.Random, lo: int, hi: int) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(hi, 12, 31).toordinal()))


def id18(rng: random.Random, loc: Locale, born: dt.date, female: bool | None = None) -> str:
    code = loc.code if rng.random() < 0.7 else rng.choice(OTHER_CODES)
    seq = rng.randint(0, 99) * 10 + (rng.choice((0, 2, 4, 6, 8)) if female else rng.choice((1, 3, 5, 7, 9)))
    first = f"{code}{born:%Y%m%d}{seq:03d}"
    chk = id_check(first)
    if chk == "X" and rng.random() < 0.35:
        chk = "x"
    return first + chk


def id18_invalid(rng: random.Random, loc: Locale) -> str:
    b = birth(rng, 1950, 2005)
    first = f"{loc.code}{b:%Y%m%d}{rng.randint(0, 999):03d}"
    good = id_check(first)
    bad = [c for c in "0123456789X" if c != good and not (c.isdigit() and luhn_valid(first + c))]
    return first + rng.choice(bad)


def id15(rng: random.Random, loc: Locale) -> str:
    b = birth(rng, 1930, 1965)
    code = loc.code if rng.random() < 0.8 else rng.choice(OTHER_CODES)
    return f"{code}{b:%y%m%d}{rng.randint(0, 999):03d}"


SEGMENTS = (
    *range(130, 140),
    *(145, 146, 147, 148, 149, 150, 151, 152, 153, 155, 156, 157, 158, 159, 162, 165, 166, 167),
    *range(170, 179),
    *range(180, 190),
    *(190, 191, 192, 193, 195, 196, 197, 198, 199),
)


def mobile(rng: random.Random) -> str:
    d = f"{rng.choice(SEGMENTS)}{rng.randint(0, 99999999):08d}"
    r = rng.random()
    if r < 0.1:
        return f"{d[:3]}-{d[3:7]}-{d[7:]}"
    if r < 0.16:
        return f"{d[:3]} {d[3:7]} {d[7:]}"
    return d


def landline(rng: random.Random, loc: Locale) -> str:
    k = local_len(loc)
    n = f"{rng.randint(2, 8)}{rng.randint(0, 10 ** (k - 1) - 1):0{k - 1}d}"
    return f"({loc.area}){n}" if rng.random() < 0.2 else f"{loc.area}-{n}"


BANK_PREFIXES = (
    "622848",
    "622202",
    "621700",
    "622700",
    "621226",
    "623059",
    "622588",
    "621483",
    "601382",
    "622262",
    "621799",
    "622908",
    "436742",
    "518710",
    "622823",
    "623668",
)


def bank_card(rng: random.Random) -> str:
    pre = rng.choice(BANK_PREFIXES)
    length = 16 if pre[0] in "45" else rng.choice((16, 19, 19))
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) - 1))
    num = body + luhn_digit(body)
    if rng.random() < 0.2:
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    return num


def junk_digits(rng: random.Random) -> str:
    """A 16–20-digit number failing every check (Luhn, ID)."""
    while True:
        n = rng.randint(16, 20)
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if luhn_valid(s):
            continue
        if n == 18 and id_check(s[:17]) == s[17]:
            continue
        return s


def email(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return f"{rng.randint(10000, 2999999999)}@qq.com"
    user = "".join(rng.choice("abcdefghjkmnprstwxyz") for _ in range(rng.randint(3, 7)))
    if rng.random() < 0.6:
        user += str(rng.randint(1, 2024))
    return f"{user}@{rng.choice(('163.com', '126.com', 'sina.com', 'foxmail.com', 'gmail.com', 'hotmail.com', 'aliyun.com'))}"


def passport(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"E{rng.randint(10000000, 99999999)}"
    return f"E{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randint(1000000, 9999999)}"


def hk_permit(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return f"C{rng.randint(10000000, 99999999)}"
    if r < 0.75:
        return f"C{rng.choice('ABCDEFGHJKLMNPQRSTUVWXY')}{rng.randint(1000000, 9999999)}"
    return f"{rng.choice('HM')}{rng.randint(10000000, 99999999)}"


def tw_permit(rng: random.Random, taiwanese: bool) -> str:
    return f"{rng.randint(10000000, 99999999)}" if taiwanese else f"L{rng.randint(10000000, 99999999)}"


def plate(rng: random.Random, loc: Locale) -> str:
    pre = loc.plate if rng.random() < 0.8 else rng.choice(PLATE_PROVINCES) + rng.choice(PLATE_LETTERS)
    if rng.random() < 0.2:
        tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = "".join(rng.choice(chars if i < 2 else "0123456789" + chars[10:]) for i in range(5))
    return f"{pre}·{tail}" if rng.random() < 0.5 else pre + tail


def org_code(rng: random.Random) -> str:
    first = "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i == 0 else "0123456789") for i in range(8)
    )
    return first + org_check(first)


def credit_code(rng: random.Random, loc: Locale, gov: bool = False) -> str:
    head = "11" if gov else "91"
    first = head + loc.code + org_code(rng)[:8]
    first = first[:8] + first[8:16] + org_check(first[8:16])
    return first + credit_check(first)


def cnum(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def home_address(rng: random.Random, loc: Locale, rural: bool | None = None) -> str:
    if rural is None:
        rural = rng.random() < 0.35
    pre = ""
    r = rng.random()
    if r < 0.2:
        pre = loc.province + loc.city + loc.district
    elif r < 0.45:
        pre = loc.city + loc.district
    elif r < 0.7:
        pre = loc.district
    if rural:
        town = rng.choice(loc.towns)
        vil = rng.choice(loc.villages)
        g = rng.randint(1, 12)
        grp = f"{cnum(g)}组" if rng.random() < 0.5 else f"{g}组"
        k = rng.random()
        if k < 0.4:
            return f"{pre}{town}{vil}{grp}{rng.randint(1, 120)}号"
        if k < 0.6:
            return f"{pre}{town}{vil}{grp}"
        if k < 0.75:
            return f"{pre}{town}{vil}{cnum(rng.randint(1, 9))}队"
        return f"{town}{vil}{rng.randint(1, 200)}号"
    street = rng.choice(loc.streets) if rng.random() < 0.5 else ""
    road = rng.choice(loc.roads)
    est = rng.choice(loc.estates)
    b, u, f, rm = rng.randint(1, 32), rng.randint(1, 4), rng.randint(1, 28), rng.randint(1, 4)
    k = rng.random()
    if k < 0.35:
        return f"{pre}{street}{road}{rng.randint(1, 999)}号{est}{b}栋{u}单元{f}{rm:02d}室"
    if k < 0.55:
        return f"{pre}{street}{est}{b}幢{f}{rm:02d}室"
    if k < 0.7:
        return f"{pre}{road}{rng.randint(1, 999)}号{b}栋{u}单元"
    if k < 0.85:
        return f"{pre}{street}{est}{b}-{u}-{f}{rm:02d}室"
    return f"{pre}{road}{rng.randint(1, 400)}弄{rng.randint(1, 60)}号{f}{rm:02d}室"


def unit_address(rng: random.Random, est: str) -> str:
    return f"{est}{rng.randint(1, 20)}栋{rng.randint(1, 4)}单元{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"


ILLNESS = (
    "尿毒症",
    "慢性肾功能衰竭",
    "肺癌晚期",
    "乳腺癌术后",
    "白血病",
    "脑梗死后遗症",
    "重度抑郁症",
    "精神分裂症",
    "帕金森病",
    "阿尔茨海默病",
    "2型糖尿病并发症",
    "冠心病",
    "系统性红斑狼疮",
    "再生障碍性贫血",
    "肝硬化失代偿期",
    "脑瘫",
    "先天性心脏病",
    "孤独症谱系障碍",
    "癫痫",
    "强直性脊柱炎",
)
DISABILITY = (
    "肢体残疾二级",
    "肢体残疾三级",
    "视力残疾一级",
    "听力残疾二级",
    "言语残疾三级",
    "智力残疾二级",
    "精神残疾二级",
    "多重残疾一级",
    "重度视力残疾",
    "双下肢瘫痪",
)
INJURY = (
    "右股骨骨折",
    "左前臂开放性骨折",
    "颅脑损伤",
    "面部及双手二度烧伤",
    "全身多处烧伤（约35%体表面积）",
    "吸入性肺损伤",
    "腰椎压缩性骨折",
    "右手三指离断",
    "肋骨多发骨折",
    "轻微脑震荡",
    "左踝关节扭伤",
    "头皮裂伤",
)


def health(rng: random.Random) -> str:
    return rng.choice(ILLNESS) if rng.random() < 0.6 else rng.choice(DISABILITY)


def official(rng: random.Random) -> str:
    return rng.choice(COMMON) + "".join(rng.choice(OFFICIALS_GIVEN) for _ in range(2))


# --- document builder ------------------------------------------------------------------------------
@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    pos: int = 0

    def t(self, *texts: str) -> Doc:
        for x in texts:
            self.parts.append(x)
            self.pos += len(x)
        return self

    def s(self, kind: str, text: str) -> Doc:
        self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(text)})
        return self.t(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    name: str
    female: bool
    born: dt.date
    idno: str
    phone: str
    addr: str


def make_person(
    rng: random.Random, loc: Locale, lo: int = 1945, hi: int = 2000, rural: bool | None = None
) -> Person:
    female = rng.random() < 0.5
    b = birth(rng, lo, hi)
    return Person(
        person_name(rng), female, b, id18(rng, loc, b, female), mobile(rng), home_address(rng, loc, rural)
    )


def phone(rng: random.Random, loc: Locale, p: Person) -> tuple[str, str]:
    """A person's contact number: mostly the mobile, sometimes a home landline."""
    return ("landline", landline(rng, loc)) if rng.random() < 0.15 else ("mobile", p.phone)


def sex(p: Person) -> str:
    return "女" if p.female else "男"


def pub_date(rng: random.Random) -> dt.date:
    return birth(rng, 2021, 2025)


def cdate(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def docno(rng: random.Random, loc: Locale, dept: str) -> str:
    return f"{loc.abbr}{dept}〔{rng.randint(2021, 2025)}〕{rng.randint(1, 180)}号"


def index_no(rng: random.Random, loc: Locale) -> str:
    return f"{credit_code(rng, loc, gov=True)}/{rng.randint(2021, 2025)}-{rng.randint(1, 99999):05d}"


def local_len(loc: Locale) -> int:
    """Digits of a local number: 8 in 武汉, 成都, 杭州; 7 elsewhere in these locales."""
    return 8 if loc.area in ("027", "028", "0571") else 7


PINYIN = {
    "西湖": "xihu",
    "洪山": "hongshan",
    "郫都": "pidu",
    "川汇": "chuanhui",
    "利通": "litong",
    "武鸣": "wuming",
    "临夏": "linxia",
    "汉寿": "hanshou",
    "于都": "yudu",
    "怀宁": "huaining",
}


def office_mail(rng: random.Random, loc: Locale) -> str:
    return f"{rng.choice(('zjj', 'mzj', 'xfj', 'jyj', 'yjj', 'xxgk', 'bgs'))}@{PINYIN[loc.abbr]}.gov.cn"


def office_phone(rng: random.Random, loc: Locale) -> str:
    n = local_len(loc)
    return f"{loc.area}-{rng.randint(6, 8)}{rng.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}"


HOTLINES = (
    "12345",
    "12345政务服务便民热线",
    "12315",
    "12333（人社服务热线）",
    "12350（安全生产举报）",
    "0571-12345",
)


def footer(d: Doc, rng: random.Random, loc: Locale, office: str, when: dt.date | None = None) -> None:
    r = rng.random()
    if r < 0.4:
        d.t(f"\n\n监督电话：{office_phone(rng, loc)}（{office}），{rng.choice(HOTLINES)}\n")
    elif r < 0.7:
        d.t(
            f"\n\n联系人：{official(rng)}（{office}）  联系电话：{office_phone(rng, loc)}\n电子邮箱：{office_mail(rng, loc)}\n"
        )
    else:
        d.t(
            f"\n\n{office}地址：{loc.district}{rng.choice(loc.roads)}{rng.randint(1, 300)}号  邮编：{loc.post}  电话：{office_phone(rng, loc)}\n"
        )
    if rng.random() < 0.3:
        d.t(f"\n{office}（盖章）  签发人：{official(rng)}\n{cdate(when or pub_date(rng))}\n")
    else:
        d.t(f"\n{office}\n{cdate(when or pub_date(rng))}\n")


def sep_choice(rng: random.Random) -> str:
    return rng.choice(("|", "\t", "，", "  ", " | "))


# --- document types --------------------------------------------------------------------------------
def doc_gongzufang(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    office = f"{loc.district}住房和城乡建设局"
    d.t(
        f"索引号：{index_no(rng, loc)}\n",
        f"关于{loc.district}{pub_date(rng).year}年第{cnum(rng.randint(1, 4))}批公共租赁住房配租结果的公示\n",
    )
    d.t(f"（{docno(rng, loc, '住建')}）\n\n")
    d.t(
        f"根据《{loc.city}公共租赁住房管理办法》，经审核、摇号，现将配租结果予以公示，公示期{rng.choice(('7', '10', '15'))}个工作日。\n\n"
    )
    sep = sep_choice(rng)
    masked = rng.random() < 0.3
    d.t(sep.join(("序号", "申请人", "身份证号码", "家庭人口", "现居住地址", "配租房源", "面积(㎡)")) + "\n")
    est = f"{rng.choice(('幸福里', '安居苑', '和园', '惠民家园'))}公租房"
    for i in range(rng.randint(3, 8)):
        p = make_person(rng, loc, 1950, 1998)
        d.t(f"{i + 1}{sep}").s("name", p.name).t(sep)
        if masked and i % 2 == 0:
            d.t(p.idno[:6] + "********" + p.idno[-4:])
        else:
            d.s("id_card", p.idno)
        d.t(f"{sep}{rng.randint(1, 5)}{sep}").s("address", p.addr).t(sep)
        d.s("address", unit_address(rng, est)).t(f"{sep}{rng.randint(35, 60)}.{rng.randint(0, 99):02d}\n")
    d.t(f"\n公示期间如有异议，请向{office}住房保障科反映，不接受匿名举报。")
    footer(d, rng, loc, office)
    return d


def doc_dishouru(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    office = f"{loc.district}民政局"
    d.t(f"{loc.district}城市低收入家庭认定公示（{pub_date(rng).year}年第{rng.randint(1, 12)}期）\n\n")
    d.t(f"经{rng.choice(loc.streets)}初审、区民政局审核，下列家庭符合城市低收入家庭认定条件，现予公示。\n\n")
    for i in range(rng.randint(2, 4)):
        p = make_person(rng, loc, 1948, 1990, rural=False)
        mate = person_name(rng)
        d.t(f"{cnum(i + 1)}、申请人：").s("name", p.name).t(f"，{sex(p)}，身份证号：")
        if rng.random() < 0.2:
            d.s("id_card_15", id15(rng, loc))
        else:
            d.s("id_card", p.idno)
        d.t("，家住").s("address", p.addr).t(f"。家庭人口{rng.randint(2, 5)}人，")
        d.t(f"月人均可支配收入{rng.randint(900, 2100)}元。")
        k = rng.random()
        if k < 0.5:
            d.t("配偶").s("name", mate).t("患").s("health", health(rng)).t("，长期治疗，")
            d.t(f"{rng.randint(2021, 2024)}年自付医疗费用{rng.randint(2, 15)}.{rng.randint(0, 9)}万元。")
        elif k < 0.8:
            d.t("申请人本人").s("health", rng.choice(DISABILITY)).t("，无固定收入。")
        else:
            d.t("家庭成员").s("name", mate).t("系在校大学生。")
        if rng.random() < 0.4:
            d.t("家庭名下车辆一辆（").s("license_plate", plate(rng, loc)).t(
                f"，评估价值{rng.randint(1, 4)}.{rng.randint(0, 9)}万元），未超过规定标准。"
            )
        if rng.random() < 0.5:
            d.t("联系电话：+86 " if rng.random() < 0.2 else "联系电话：").s(*phone(rng, loc, p)).t("。")
        if rng.random() < 0.4:
            d.t("经入户核查，").s("name", p.name).t("家庭情况属实。")
        d.t("\n")
    d.t(f"\n公示期{rng.randint(5, 7)}天。举报电话：{office_phone(rng, loc)}，12345。")
    footer(d, rng, loc, office)
    return d


def doc_accident(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    company = f"{loc.city[:2]}{rng.choice(('宏达', '鑫盛', '永丰', '华川', '恒泰'))}{rng.choice(('建材有限公司', '纺织有限公司', '物流有限公司', '化工有限公司', '建筑工程有限公司'))}"
    boss = official(rng)
    office = f"{loc.district}应急管理局"
    md = f"{rng.randint(1, 12)}·{rng.randint(1, 28)}"
    d.t(
        f"{company}“{md}”{rng.choice(('火灾', '机械伤害', '高处坠落', '物体打击', '车辆伤害'))}事故调查报告\n\n"
    )
    d.t("一、事故单位基本情况\n")
    d.t(
        f"{company}，统一社会信用代码：{credit_code(rng, loc)}，法定代表人：{boss}，注册地址：{loc.district}{rng.choice(loc.roads)}{rng.randint(1, 500)}号，"
    )
    d.t(f"成立于{rng.randint(2003, 2019)}年，职工{rng.randint(20, 300)}人。\n\n二、事故经过及伤亡情况\n")
    d.t(
        f"{cdate(pub_date(rng))}{rng.randint(6, 22)}时{rng.randint(0, 59)}分许，该公司{rng.choice(('一号车间', '仓库', '厂区东侧装卸区', '在建项目三号楼'))}发生事故。"
    )
    victims = [make_person(rng, loc, 1965, 2002) for _ in range(rng.randint(1, 3))]
    for j, v in enumerate(victims):
        role = rng.choice(("操作工", "搬运工", "电焊工", "叉车司机", "杂工"))
        if j == 0 and rng.random() < 0.5:
            d.t("\n死者").s("name", v.name).t(
                f"，{sex(v)}，{dt.date(2024, 1, 1).year - v.born.year}岁，该公司{role}，身份证号码"
            ).s("id_card", v.idno)
            d.t("，户籍地址").s("address", v.addr).t("。")
        else:
            d.t("\n伤者").s("name", v.name).t(f"，{sex(v)}，{role}，经{loc.district}人民医院诊断为").s(
                "health", rng.choice(INJURY)
            )
            d.t("，").t(rng.choice(("目前已脱离生命危险。", "住院治疗。", "经治疗后出院。")))
            if rng.random() < 0.5:
                d.t("家属联系电话：").s("mobile", mobile(rng)).t("。")
    if rng.random() < 0.6:
        drv = person_name(rng)
        d.t("\n事发时，").s("name", drv).t("驾驶").s("license_plate", plate(rng, loc)).t(
            "号货车倒车，未观察后方情况。"
        )
        d.t("经检测，").s("name", drv).t("血液中未检出酒精。")
    d.t(f"\n事故直接经济损失约{rng.randint(30, 600)}万元。\n\n三、事故原因\n")
    d.t(f"该公司安全生产主体责任不落实，主要负责人{boss}未组织制定本单位安全生产规章制度。")
    d.t(
        f"\n\n四、责任认定及处理建议\n建议由{office}依据《中华人民共和国安全生产法》第九十五条对{company}处罚款{rng.randint(20, 100)}万元。"
    )
    d.t(f"\n\n事故调查组组长：{official(rng)}（区应急管理局局长）\n")
    footer(d, rng, loc, f"{loc.district}“{md}”事故调查组")
    return d


def doc_epidemic(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    office = f"{loc.district}新冠肺炎疫情防控指挥部办公室"
    d.t(
        f"{loc.district}新冠肺炎疫情防控指挥部通告（{rng.choice(('第12号', '第27号', '第35号', '第8号'))}）\n\n"
    )
    d.t(
        f"2022年{rng.randint(3, 12)}月{rng.randint(1, 28)}日0—24时，我区新增本土确诊病例{rng.randint(1, 5)}例、无症状感染者{rng.randint(0, 9)}例。现将病例活动轨迹公布如下：\n\n"
    )
    for i in range(rng.randint(1, 3)):
        named = rng.random() < 0.45
        age = rng.randint(3, 80)
        who = person_name(rng) if named else anon_name(rng)
        d.t(f"病例{i + 1}：")
        if named:
            d.s("name", who)
        else:
            d.t(who)
        d.t(f"，{rng.choice('男女')}，{age}岁，现住").s("address", home_address(rng, loc, rural=False)).t(
            "，"
        )
        cond = rng.choice(
            (
                "新冠病毒无症状感染者",
                "新冠肺炎确诊病例（轻型）",
                "新冠肺炎确诊病例（普通型）",
                "核酸检测结果阳性",
            )
        )
        d.t("系").s("health", cond).t("。")
        if rng.random() < 0.4:
            d.t("既往有").s("health", rng.choice(("高血压", "糖尿病", "慢性阻塞性肺病", "哮喘"))).t("病史。")
        d.t("\n")
        for _ in range(rng.randint(1, 3)):
            place = rng.choice(
                (
                    f"{rng.choice(COMMON)}记{rng.choice(('面馆', '饺子馆', '烧烤店', '卤味'))}",
                    f"{official(rng)}{rng.choice(('诊所', '口腔诊所'))}",
                    f"{rng.choice(loc.villages)}{rng.choice(('便民超市', '卫生室'))}",
                )
                if rng.random() < 0.35
                else rng.choice(
                    (
                        f"{rng.choice(loc.estates)}菜市场",
                        "永辉超市",
                        "华联超市",
                        f"{rng.choice(loc.roads)}农贸市场",
                        "社区卫生服务中心",
                    )
                )
            )
            d.t(
                f"  {rng.randint(1, 28)}日{(h := rng.randint(7, 19))}:{rng.choice(('00', '15', '30', '45'))}—{h + rng.randint(1, 3)}:{rng.choice(('00', '20', '40'))}  {place}（{rng.choice(loc.roads)}{rng.randint(1, 400)}号）{rng.choice(('购物', '就餐', '就诊', '停留'))}\n"
            )
        if named and rng.random() < 0.6:
            d.t("  ").s("name", who).t("已被转运至定点医院隔离治疗。\n")
        if rng.random() < 0.35:
            k = rng.random()
            if k < 0.4:
                d.t("  该病例此前由境外入境，护照号：").s("passport", passport(rng)).t("。\n")
            elif k < 0.75:
                d.t("  该病例曾持往来港澳通行证（").s("hk_macau_permit", hk_permit(rng)).t(
                    "）经深圳湾口岸入境。\n"
                )
            else:
                d.t("  该病例持大陆居民往来台湾通行证（").s("tw_permit", tw_permit(rng, False)).t(
                    "）经厦门入境。\n"
                )
    if rng.random() < 0.5:
        d.t("\n密切接触者排查名单：\n")
        sep = sep_choice(rng)
        d.t(sep.join(("姓名", "身份证号", "联系电话", "居住地址")) + "\n")
        for _ in range(rng.randint(2, 5)):
            p = make_person(rng, loc, 1950, 2015)
            d.s("name", p.name).t(sep).s("id_card", p.idno).t(sep).s("mobile", p.phone).t(sep).s(
                "address", p.addr
            ).t("\n")
    d.t(
        f"\n请与上述轨迹有交集的人员立即向所在社区报备，或拨打疫情防控热线{office_phone(rng, loc)}、12345、12320。"
    )
    footer(d, rng, loc, office, dt.date(2022, rng.randint(3, 12), rng.randint(1, 28)))
    return d


def doc_xinfang(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    office = f"{loc.district}人民政府信访局"
    p = make_person(rng, loc, 1945, 1990)
    d.t(f"{loc.district}信访事项复查意见书\n{docno(rng, loc, '信复字')}\n\n")
    d.t("复查申请人：").s("name", p.name).t(f"，{sex(p)}，{cdate(p.born)}出生，")
    d.t("公民身份号码：").s("id_card", p.idno).t("，住").s("address", p.addr).t("。\n")
    d.t("联系电话：").s("mobile", p.phone)
    if rng.random() < 0.4:
        d.t("；家庭电话：").s("landline", landline(rng, loc))
    if rng.random() < 0.4:
        d.t("；电子邮箱：").s("email", email(rng))
    d.t("。\n\n")
    d.t(
        f"复查申请人不服{loc.district}{rng.choice(('住房和城乡建设局', '人力资源和社会保障局', '民政局', rng.choice(loc.towns) + '人民政府'))}作出的《信访事项处理意见书》（{docno(rng, loc, '信处')}），于{cdate(pub_date(rng))}向本机关提出复查申请。\n\n"
    )
    kin = person_name(rng)
    d.t("申请人称：其").t(rng.choice(("儿子", "女儿", "母亲", "丈夫"))).s("name", kin).t("患有").s(
        "health", health(rng)
    )
    d.t(f"，家庭困难，请求{rng.choice(('纳入低保', '解决医疗费用', '重新认定残疾等级', '落实住房保障'))}。")
    d.t(
        f"\n\n经查明：申请人户籍于{rng.choice(loc.streets)}，原处理机关于{cdate(pub_date(rng))}受理，业务流水号{id18_invalid(rng, loc)}，"
    )
    d.t(f"合同编号{junk_digits(rng)}，处理程序合法。").s("name", p.name).t("所提诉求已部分解决。\n\n")
    d.t(
        f"本机关认为，原处理意见认定事实清楚，予以维持。如不服本复查意见，可在收到之日起30日内向{loc.city}人民政府信访局请求复核。\n\n"
    )
    d.t(f"承办人：{official(rng)}  审核人：{official(rng)}（副局长）\n")
    footer(d, rng, loc, office)
    return d


def doc_lawsuit(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    court = (
        f"{loc.city}{rng.choice(('中级人民法院', '铁路运输法院'))}"
        if rng.random() < 0.5
        else f"{loc.district}人民法院"
    )
    d.t(
        f"{court}政府信息公开行政诉讼案件判决摘要\n\n案号：（{rng.randint(2021, 2025)}）{loc.plate[0]}{loc.code[:2]}{rng.randint(1, 99):02d}行初{rng.randint(1, 400)}号\n"
    )
    p = make_person(rng, loc, 1950, 1995)
    d.t("原告：").s("name", p.name).t(f"，{sex(p)}，{rng.choice(('汉族', '回族', '壮族', '汉族'))}，住").s(
        "address", p.addr
    ).t("，")
    d.t("公民身份号码").s("id_card", p.idno).t("。\n")
    if rng.random() < 0.5:
        d.t("送达地址确认：电子邮箱").s("email", email(rng)).t("，手机").s("mobile", p.phone).t("。\n")
    head = official(rng)
    d.t(
        f"被告：{loc.district}人民政府，住所地{loc.district}{rng.choice(loc.roads)}{rng.randint(1, 200)}号。\n法定代表人：{head}，区长。\n"
    )
    d.t(f"出庭负责人：{official(rng)}，副区长。\n\n")
    nb = person_name(rng)
    d.t(f"原告于{cdate(pub_date(rng))}向被告申请公开“{rng.choice(loc.villages)}征地补偿安置方案及").s(
        "name", nb
    ).t("户安置补偿款发放情况”，")
    d.t(
        f"被告作出{docno(rng, loc, '政依复')}《政府信息公开申请答复书》，以涉及第三方个人隐私为由不予公开。原告不服，诉至本院。\n\n"
    )
    d.t("本院认为：").s("name", nb).t("户的补偿款数额及银行账户")
    if rng.random() < 0.4:
        d.t("（").s("bank_card", bank_card(rng)).t("）")
    d.t("属于个人信息，被告征求第三方意见后不予公开，符合《中华人民共和国政府信息公开条例》第十五条之规定。")
    d.t("\n\n判决如下：驳回原告").s("name", p.name).t("的诉讼请求。案件受理费50元，由原告负担。\n\n")
    d.t(f"审判长 {official(rng)}\n审判员 {official(rng)}\n书记员 {official(rng)}\n{cdate(pub_date(rng))}\n")
    d.t(f"\n（本摘要由{loc.district}司法局整理，索引号：{index_no(rng, loc)}）\n")
    return d


def doc_resettle(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    fisher = rng.random() < 0.5
    office = f"{loc.district}{'农业农村局' if fisher else '发展和改革局'}"
    title = "长江流域重点水域退捕渔民安置补助发放名单" if fisher else "易地扶贫搬迁安置对象名单"
    d.t(f"{loc.district}{title}公示\n{docno(rng, loc, '农' if fisher else '发改')}\n\n")
    sep = sep_choice(rng)
    if fisher:
        d.t(
            sep.join(
                (
                    "序号",
                    "姓名",
                    "身份证号",
                    "原渔船编号",
                    "安置方式",
                    "补助金额(元)",
                    "社保卡银行账号",
                    "联系电话",
                )
            )
            + "\n"
        )
    else:
        d.t(
            sep.join(("序号", "户主", "身份证号", "人口", "原住址", "安置地址", "补助(元)", "联系电话"))
            + "\n"
        )
    est = f"{rng.choice(('幸福', '和谐', '新民', '兴业'))}安置小区"
    for i in range(rng.randint(3, 8)):
        p = make_person(rng, loc, 1940, 1990, rural=True)
        d.t(f"{i + 1}{sep}").s("name", p.name).t(sep)
        if rng.random() < 0.15:
            d.s("id_card_15", id15(rng, loc))
        else:
            d.s("id_card", p.idno)
        d.t(sep)
        if fisher:
            d.t(
                f"{loc.province[0]}{loc.abbr[0]}渔{rng.randint(10000, 99999)}{sep}{rng.choice(('转产就业', '自主创业', '养老保险兜底', '公益岗位'))}{sep}{rng.randint(5, 60) * 1000}{sep}"
            )
            d.s("bank_card", bank_card(rng))
        else:
            d.t(f"{rng.randint(1, 6)}{sep}").s("address", p.addr).t(sep).s(
                "address", unit_address(rng, est)
            ).t(f"{sep}{rng.randint(10, 40) * 1000}")
        d.t(sep)
        if rng.random() < 0.8:
            d.s(*phone(rng, loc, p))
        else:
            d.t("无")
        d.t("\n")
    d.t(f"\n注：补助资金通过“一卡通”发放。咨询电话：{office_phone(rng, loc)}；12345。")
    footer(d, rng, loc, office)
    return d


def doc_hero(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    office = f"{loc.district}见义勇为基金会"
    d.t(f"关于确认{rng.randint(1, 3)}名同志见义勇为行为的公示\n\n")
    d.t(
        f"根据《{loc.province}见义勇为人员奖励和保障条例》，经{loc.district}见义勇为评定委员会评审，拟确认下列人员的行为为见义勇为，现予公示：\n\n"
    )
    for i in range(rng.randint(1, 3)):
        p = make_person(rng, loc, 1960, 2004)
        taiwanese = rng.random() < 0.12
        d.t(f"{cnum(i + 1)}、{p.name}，{sex(p)}，{p.born.year}年{p.born.month}月出生，")
        if taiwanese:
            d.t("台湾居民，台湾居民来往大陆通行证号码：").s("tw_permit", tw_permit(rng, True))
        else:
            d.t("身份证号码：").s("id_card", p.idno)
        if rng.random() < 0.6:
            d.t("，联系电话：").s("mobile", p.phone)
        d.t(f"，{rng.choice(('某快递公司员工', '个体经营户', '外卖骑手', '退役军人', '在校学生'))}。\n")
        rescued = anon_name(rng)
        d.t(
            f"{cdate(pub_date(rng))}，{p.name}在{rng.choice(loc.villages)}附近河段发现{rescued}落水，不顾个人安危跳入水中施救，"
        )
        if rng.random() < 0.6:
            d.t("救援中本人").s("health", rng.choice(INJURY)).t("。")
        else:
            d.t("成功救起落水者。")
        d.t("\n\n")
    d.t(f"公示期间，如有异议，请向{loc.district}委政法委反映。联系电话：{office_phone(rng, loc)}。")
    footer(d, rng, loc, office)
    return d


def doc_chaiqian(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    office = f"{loc.district}国有土地上房屋征收与补偿办公室"
    p = make_person(rng, loc, 1940, 1985, rural=False)
    d.t(f"{rng.choice(loc.roads)}片区旧城改造项目房屋征收补偿协议摘要（第{rng.randint(1, 300)}号）\n\n")
    lines: list[Callable[[], Doc]] = []
    lines.append(lambda: d.t("被征收人：").s("name", p.name).t("\n"))
    if rng.random() < 0.2:
        lines.append(lambda: d.t("身份证号：").s("id_card_15", id15(rng, loc)).t("\n"))
    else:
        lines.append(lambda: d.t("身份证号：").s("id_card", p.idno).t("\n"))
    lines.append(lambda: d.t("被征收房屋坐落：").s("address", p.addr).t("\n"))
    lines.append(lambda: d.t(f"房屋编号：FW{loc.code}{rng.randint(2019, 2024)}{rng.randint(0, 99999):05d}\n"))
    lines.append(
        lambda: d.t(
            f"建筑面积：{rng.randint(40, 160)}.{rng.randint(0, 99):02d}平方米  补偿总额：{rng.randint(30, 300)}万{rng.randint(1000, 9999)}元\n"
        )
    )
    first, rest = lines[0], lines[1:]
    rng.shuffle(rest)
    for fn in [first, *rest]:
        fn()
    if rng.random() < 0.5:
        co = person_name(rng)
        d.t("共有人：").s("name", co).t("（现居境外，委托办理，护照号码").s("passport", passport(rng)).t(
            "）\n"
        )
    d.t("补偿款收款账户：").s("bank_card", bank_card(rng)).t(
        f"（{rng.choice(('中国农业银行', '中国建设银行', '中国工商银行', '农村商业银行'))}{loc.abbr}支行）\n"
    )
    d.t("联系电话：").s(*phone(rng, loc, p))
    if rng.random() < 0.3:
        d.t("  邮箱：").s("email", email(rng))
    d.t(
        f"\n签约日期：{cdate(pub_date(rng))}  协议编号：ZS{rng.randint(2021, 2025)}-{rng.randint(1, 999):03d}  原水电户号：{junk_digits(rng)}\n"
    )
    d.t(
        f"征收实施单位：{loc.district}{rng.choice(loc.streets)}征迁办（统一社会信用代码{credit_code(rng, loc, gov=True)}），负责人：{official(rng)}\n"
    )
    d.t(f"\n征收部门：{loc.district}人民政府（{office}）  项目咨询电话：{office_phone(rng, loc)}\n")
    return d


def doc_weixiu(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    est = rng.choice(loc.estates)
    office = f"{est}业主委员会"
    d.t(f"{est}住宅专项维修资金使用公示\n\n")
    cc = credit_code(rng, loc)
    contractor = f"{loc.city[:2]}{rng.choice(('安居', '宏建', '美家'))}建筑工程有限公司"
    d.t(
        f"维修项目：{rng.randint(1, 20)}栋屋面防水及外墙修缮。施工单位：{contractor}（统一社会信用代码：{cc}，组织机构代码：{cc[8:16]}-{cc[16]}），"
    )
    d.t(f"预算金额{rng.randint(5, 80)}万元，总建筑面积{rng.randint(3000, 20000)}平方米。\n\n分摊明细：\n")
    sep = sep_choice(rng)
    b = rng.randint(1, 20)
    d.t(sep.join(("房号", "业主", "面积(㎡)", "分摊金额(元)")) + "\n")
    for _ in range(rng.randint(4, 10)):
        u, f, rm = rng.randint(1, 4), rng.randint(1, 30), rng.randint(1, 4)
        room = rng.choice(
            (f"{b}栋{u}单元{f}{rm:02d}室", f"{b}幢{f}{rm:02d}室", f"{est}{b}栋{u}单元{f}{rm:02d}室")
        )
        d.s("address", room).t(sep).s("name", person_name(rng)).t(
            f"{sep}{rng.randint(60, 180)}.{rng.randint(0, 99):02d}{sep}{rng.randint(300, 3000)}.{rng.randint(0, 99):02d}\n"
        )
    d.t(
        f"\n资金划拨凭证号：{junk_digits(rng)}。公示期7日。联系人：物业服务中心 {official(rng)}，电话：{office_phone(rng, loc)}。"
    )
    footer(d, rng, loc, office)
    return d


def doc_dog(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    office = f"{loc.district}公安分局治安管理大队"
    d.t(
        f"关于{pub_date(rng).year}年第{cnum(rng.randint(1, 4))}季度违规养犬情况的通报\n{docno(rng, loc, '公治')}\n\n"
    )
    d.t(f"为规范养犬行为，{loc.district}联合各街道开展专项整治，现将违规养犬情况通报如下：\n\n")
    for i in range(rng.randint(2, 5)):
        p = make_person(rng, loc, 1955, 2003, rural=rng.random() < 0.2)
        d.t(f"{i + 1}. 犬主：").s("name", p.name).t("；住址：").s("address", p.addr)
        d.t(
            f"；犬只登记证号：{loc.abbr[0]}犬{rng.randint(2019, 2024)}{rng.randint(0, 99999):05d}；犬种：{rng.choice(('金毛', '中华田园犬', '柯基', '泰迪', '阿拉斯加'))}；"
        )
        if rng.random() < 0.7:
            d.t("联系电话：").s(*phone(rng, loc, p)).t("；")
        d.t(f"违规情形：{rng.choice(('未拴犬绳', '未办理养犬登记', '犬只未免疫', '遛犬未清理粪便'))}")
        if rng.random() < 0.4:
            victim = person_name(rng)
            d.t("，致路人").s("name", victim).t("").s(
                "health", rng.choice(("左小腿咬伤", "右手二级咬伤", "左前臂三级暴露咬伤"))
            ).t("，")
            d.t("").s("name", victim).t("已在社区卫生服务中心接种狂犬病疫苗")
        d.t(f"。处理结果：罚款{rng.choice((200, 500, 1000))}元。\n")
    d.t("\n请广大市民文明养犬，举报电话110、12345。")
    footer(d, rng, loc, office)
    return d


def doc_school(rng: random.Random, loc: Locale) -> Doc:
    d = Doc()
    school = f"{loc.district}{rng.choice(('实验小学', '第一小学', '外国语学校', '第二中学'))}"
    office = school
    d.t(f"{school}{pub_date(rng).year}年秋季一年级新生入学资格审核结果公示\n\n")
    d.t(
        f"依据《{loc.district}{pub_date(rng).year}年义务教育招生工作实施意见》，现将入学资格审核结果公示如下：\n\n"
    )
    sep = sep_choice(rng)
    d.t(sep.join(("报名号", "学生姓名", "性别", "监护人", "户籍地址", "审核结果")) + "\n")
    for _ in range(rng.randint(3, 8)):
        child = person_name(rng)
        parent = person_name(rng)
        d.t(f"BM{rng.randint(2021, 2025)}{rng.randint(0, 99999):05d}{sep}").s("name", child).t(
            f"{sep}{rng.choice('男女')}{sep}"
        ).s("name", parent)
        d.t(sep).s("address", home_address(rng, loc)).t(sep)
        r = rng.random()
        if r < 0.1:
            d.t("符合（随班就读，").s(
                "health", rng.choice(("听力残疾三级", "轻度智力残疾", "孤独症", "视力残疾二级"))
            ).t("）")
        elif r < 0.18:
            d.t("符合（港澳子女，回乡证号").s(
                "hk_macau_permit", f"{rng.choice('HM')}{rng.randint(10000000, 99999999)}"
            ).t("）")
        elif r < 0.24:
            d.t("符合（台胞子女，台胞证号").s("tw_permit", tw_permit(rng, True)).t("）")
        else:
            d.t(rng.choice(("符合", "符合（第一批次）", "不符合（房产证明不全）")))
        d.t("\n")
    d.t(
        f"\n如有异议，请于公示期内向{loc.district}教育局基础教育科反映，电话{office_phone(rng, loc)}，邮箱{office_mail(rng, loc)}。教育服务热线：12345。"
    )
    footer(d, rng, loc, office)
    return d


TYPES: dict[str, Callable[[random.Random, Locale], Doc]] = {
    "公租房配租公示": doc_gongzufang,
    "城市低收入家庭认定公示": doc_dishouru,
    "生产安全事故调查报告": doc_accident,
    "疫情流调通报": doc_epidemic,
    "信访复查意见书": doc_xinfang,
    "政府信息公开行政诉讼判决摘要": doc_lawsuit,
    "退捕渔民/移民搬迁安置名单": doc_resettle,
    "见义勇为确认公示": doc_hero,
    "征收补偿协议摘要": doc_chaiqian,
    "物业维修资金使用公示": doc_weixiu,
    "养犬违规通报": doc_dog,
    "入学资格公示": doc_school,
}


def consistent(doc: Doc) -> bool:
    """Every labelled name's other occurrences are labelled, and spans do not overlap."""
    text = doc.text
    spans = sorted((int(str(s["start"])), int(str(s["end"])), str(s["kind"])) for s in doc.spans)
    for a, b in itertools.pairwise(spans):
        if b[0] < a[1]:
            return False
    name_spans = [(s, e) for s, e, k in spans if k == "name"]
    for name in {text[s:e] for s, e in name_spans}:
        i = text.find(name)
        while i >= 0:
            if not any(s <= i and i + len(name) <= e for s, e in name_spans):
                return False
            i = text.find(name, i + 1)
    return True


def generate(docs: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    names = list(TYPES)
    out: list[dict[str, object]] = []
    for i in range(docs):
        kind = names[i % len(names)]
        while True:
            loc = rng.choice(LOCALES)
            doc = TYPES[kind](rng, loc)
            if consistent(doc):
                break
        out.append({"type": kind, "text": doc.text, "spans": doc.spans})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args(argv)
    rows = generate(args.docs, args.seed)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.output == "-":
        sys.stdout.write(lines)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
