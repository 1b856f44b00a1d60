#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout65 - blind evaluation set for a personal-information detector on Chinese
county-level government-disclosure (政务公开) publications.

Standard library only.  Usage:
    python holdout65.py --docs 400 --seed 331 -o OUT.jsonl
    python holdout65.py --docs 400 --seed 331 --check          (validate generated docs)
    python holdout65.py --input OUT.jsonl --check --stats      (validate / count a file)
    python holdout65.py --decisions

Output: JSON Lines, one document per line:
    {"type": family, "text": ..., "spans": [{"kind", "start", "end"}]}
Offsets are Python str (code point) offsets.  Kinds: id_card, id_card_15, mobile,
landline, bank_card, email, passport, hk_macau_permit, tw_permit, license_plate,
address, name, health.

FAMILIES (type values)
  1 困境儿童留守儿童关爱台账        (民政局 / 乡镇, ledger of children)
  2 农村留守老人关爱探访记录        (乡镇, table or narrative visit records)
  3 老年人能力评估结果公示          (民政局)
  4 养老机构入住名单                (民政局 / 敬老院)
  5 经济困难老年人护理补贴名单      (民政局)
  6 孤儿基本生活费发放名单          (社会散居孤儿, 民政局)
  7 殡葬惠民骨灰安放名单            (民政局 / 公益性公墓)
  8 收养登记公告                    (民政局, prose)
  9 新生儿疾病筛查阳性随访名单      (卫健局 / 妇幼保健院)
 10 严重精神障碍患者监护补助发放表  (卫健局)

COUNTIES (6-digit GB/T 2260 codes)
  广西壮族自治区 南宁市 马山县 450124  (Zhuang, Yao; plates 桂A; area code 0771)
  贵州省 黔东南苗族侗族自治州 雷山县 522634  (Miao; 贵H; 0855)
  云南省 迪庆藏族自治州 德钦县 533422  (Tibetan, Lisu; 云R; 0887)
  湖南省 怀化市 通道侗族自治县 431230  (Dong, Miao; 湘N; 0745)
  江西省 赣州市 于都县 360731  (Han/Hakka; 赣B; 0797)
  四川省 凉山彝族自治州 昭觉县 513431  (Yi; 川W; 0834)
  Town (乡镇) names are real.  Village names known to me as real are used where
  possible (e.g. 西江镇羊排村/平寨村/东引村/南贵村, 坪坦乡皇都村/高步村, 双江镇芋头村,
  梓山镇潭头村, 三岔河乡三河村, 解放沟乡火普村, 支尔莫乡阿土勒尔村, 燕门乡茨中村,
  奔子栏镇奔子栏村, 云岭乡西当村); other villages, 屯/组 names, house numbers
  and street names are plausible composites.  All persons, numbers and
  addresses are synthetic.

DECISIONS
 1. name = the name of a private natural person (children, elderly, guardians,
    applicants, adopters, patients, mothers, relatives, family contacts and the
    deceased).  Han, compound-surname (欧阳/司马/...), rare-surname, Zhuang,
    Yao, Miao, Dong, Tibetan (扎西次仁, no surname) and Yi (吉克阿呷, 家支 name +
    given name) names are all labelled as ONE span covering the full name.
 2. Officials and staff acting in role are NOT labelled: 经办人, 审核人, 填表人,
    评估员, 随访医生, 儿童主任, 帮扶责任人, village cadres who made a visit,
    联系人 of an office.  Their duty contact numbers printed next to the role
    (office landline, and the duty mobile of 儿童主任/帮扶责任人) are treated as
    public by design and are NOT labelled either.
 3. Names of the deceased (殡葬 lists) are labelled name; their ID numbers are
    labelled id_card / id_card_15, their former household address is address and
    a specific cause of death (肺癌, 脑出血) is health - a disclosure officer
    protects them because they identify surviving families.
 4. A name padded for table alignment (韦　兰, 韦  兰, 韦&nbsp;&nbsp;兰) is ONE
    name span from the first to the last character, padding included.
    Names embedded in a reference to another person (韦秀兰之女) label only the
    name (韦秀兰).
 5. Masked values are never labelled: 张*, 张*兰, 李某, 李某某, 吉克**, 138****1234,
    6222********1234, 450127********1234, 4501241985****1234, and village-only or
    starred addresses (白山镇合群村****).  Nothing in a fully masked row is
    labelled, including its health value (see 11).
 6. address = a private person's home / household-registration / residence
    address reaching 号, 栋, 幢, 单元, 室, 组 or 屯 level (a Guangxi 屯 is a natural
    village equivalent to a 组).  The span starts at the first toponym written
    (province, city, county or town - whichever comes first) and ends at the last
    unit character (号/室/组/屯...).  Labels and verbs (家庭住址：, 住, 现住) and
    trailing punctuation or parenthesised notes are outside the span.
 7. Addresses that stop at village / community level (乡镇 + 村 columns), workplaces
    of migrant parents (广东省东莞市), pickup places of foundlings, hospitals,
    elderly homes, offices, cemeteries and ash-niche positions (A区3排12号) are NOT
    addresses (not a private home).  Office addresses in footers are not labelled.
 8. A value broken by a hard line break (prose, one-cell-per-line layout) stays ONE
    span that contains the newline.  A value wrapped in a space-aligned
    fixed-width table, where the continuation is separated by other columns'
    padding, is labelled as one span PER visible fragment, each with the same kind.
    Identity and card numbers are never wrapped in fixed-width tables.
 9. Numbers written with spaces/hyphens (6228 4800 ...), full-width digits
    (４５０１...) and lowercase x check characters are labelled as written; the span
    covers the whole number including internal spaces.  A +86 prefix of a mobile is
    inside the span.
10. health = disease, disorder, disability, impairment or dependency status of an
    identifiable person: diagnoses (精神分裂症, G6PD缺乏症), screening positives,
    disability grades, 失能 levels, 护理等级 other than 自理, treatment that reveals a
    disease, child categories that encode health (重病儿童, 重残儿童).  Normal states
    (健康, 良好, 能力完好, 自理, 筛查未见异常) and generic 病故 are NOT labelled.
    The span is the whole condition phrase as written in the cell/clause.
11. Health is labelled only when the person is identifiable in the same row or
    clause (an unmasked name, ID number, phone or address of that person, or of a
    relative through whom the person is identified, e.g. a newborn via its mother,
    a father "父亲患尿毒症" via the named child).  The title of a list (严重精神障碍患者
    ...) is not itself a health span; the patients' names are labelled as names.
12. Children's data are labelled like adults' (names, ID numbers, health); being a
    child is not a reason to omit and not a separate kind.
13. Legally mandated publication (收养公告, 公示) does not make a private
    person's data public: adopters, adoptees and relatives are labelled.
14. NOT personal (never labelled): 文号 (马民发〔2023〕12号), 索引号, 统一社会信用代码
    (GB 32100-valid), 评估编号, 批次号, 床位号, case/order numbers, amounts,
    dates, ages, sex, ethnicity, relationship words, postcodes, office phones,
    hotlines (12345/12349/12320), official mailboxes, institution bank accounts,
    institution / village / road names that contain surnames (韦家坡卫生室,
    刘家祠堂, 中山路), town and village names on their own.
15. Birth dates and ages are personal but are not a kind in this scheme, so they
    are not labelled.
16. Private landlines in a person's row (家庭电话) are landline; the same format in a
    footer next to an office is not.
17. license_plate is labelled when the vehicle belongs to a private person or
    their household (e.g. 核查 notes "名下有机动车桂A·3K521").
18. Identity documents of HK/Macau/Taiwan residents and mainland travel permits:
    港澳居民来往内地通行证 (H/M + 8 digits) and 往来港澳通行证 (C...) ->
    hk_macau_permit; 台湾居民来往大陆通行证 (8 digits) and 大陆居民往来台湾通行证
    (L + 8 digits) -> tw_permit; ordinary passports (E + 8 chars) -> passport.
"""

import argparse
import json
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

# ---------------------------------------------------------------- constants
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
PROVINCES = {
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
}
CARD_PREFIXES = ["622848", "621700", "622202", "623058", "621799", "622908"]
USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
MOBILE_PRE = [
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "157",
    "158",
    "159",
    "166",
    "173",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
]
FAMILIES = [
    "困境儿童留守儿童关爱台账",
    "农村留守老人关爱探访记录",
    "老年人能力评估结果公示",
    "养老机构入住名单",
    "经济困难老年人护理补贴名单",
    "孤儿基本生活费发放名单",
    "殡葬惠民骨灰安放名单",
    "收养登记公告",
    "新生儿疾病筛查阳性随访名单",
    "严重精神障碍患者监护补助发放表",
]

COUNTIES = [
    dict(
        prov="广西壮族自治区",
        city="南宁市",
        county="马山县",
        code="450124",
        area="0771",
        post="530600",
        plate="桂A",
        abbr="马",
        seat="白山镇",
        unit="屯",
        eth=[("zhuang", 60), ("yao", 10), ("han", 30)],
        towns={
            "白山镇": ["合群村", "新汉村", "大同村"],
            "古零镇": ["羊山村", "古零村", "乔老村"],
            "百龙滩镇": ["龙岸村", "那满村"],
            "林圩镇": ["林圩村", "那汉村"],
            "金钗镇": ["金钗村", "古朗村"],
            "周鹿镇": ["周鹿村", "六青村"],
            "永州镇": ["永州村", "东敢村"],
            "乔利乡": ["乔利村", "伏台村"],
            "加方乡": ["加方村", "弄内村"],
            "古寨瑶族乡": ["古寨村", "本立村"],
            "里当瑶族乡": ["里当村", "龙乐村"],
        },
        subs=["那汉", "弄麻", "伏龙", "岜独", "那坡", "弄桑", "板兰", "内学", "那良", "弄拉", "百合"],
        roads=["人民路", "民族大道", "城东路", "新兴路", "建设路", "朝阳路"],
    ),
    dict(
        prov="贵州省",
        city="黔东南苗族侗族自治州",
        county="雷山县",
        code="522634",
        area="0855",
        post="557100",
        plate="贵H",
        abbr="雷",
        seat="丹江镇",
        unit="组",
        eth=[("miao", 80), ("han", 20)],
        towns={
            "西江镇": ["羊排村", "平寨村", "东引村", "南贵村"],
            "郎德镇": ["报德村", "郎德村"],
            "丹江镇": ["乌东村", "白岩村"],
            "永乐镇": ["永乐村", "乔歪村"],
            "大塘镇": ["大塘村", "新桥村"],
            "望丰乡": ["望丰村", "三角田村"],
            "达地水族乡": ["达地村", "乌空村"],
            "方祥乡": ["方祥村", "雀鸟村"],
        },
        subs=[],
        roads=["团结路", "民族路", "人民路", "丹江大道", "新华路"],
    ),
    dict(
        prov="云南省",
        city="迪庆藏族自治州",
        county="德钦县",
        code="533422",
        area="0887",
        post="674500",
        plate="云R",
        abbr="德",
        seat="升平镇",
        unit="组",
        eth=[("tibetan", 70), ("lisu", 10), ("han", 20)],
        towns={
            "升平镇": ["阿东村", "巨水村"],
            "奔子栏镇": ["奔子栏村", "书松村"],
            "佛山乡": ["江坡村", "溜筒江村"],
            "云岭乡": ["西当村", "红坡村"],
            "燕门乡": ["茨中村", "春多乐村"],
            "拖顶傈僳族乡": ["拖顶村", "大村村"],
            "霞若傈僳族乡": ["霞若村", "夺通村"],
            "羊拉乡": ["羊拉村", "甲功村"],
        },
        subs=[],
        roads=["南坪街", "阿东路", "人民路", "建设路"],
    ),
    dict(
        prov="湖南省",
        city="怀化市",
        county="通道侗族自治县",
        code="431230",
        area="0745",
        post="418500",
        plate="湘N",
        abbr="通",
        seat="双江镇",
        unit="组",
        eth=[("dong", 70), ("miao", 10), ("han", 20)],
        towns={
            "双江镇": ["芋头村", "黄柏村"],
            "坪坦乡": ["皇都村", "坪坦村", "高步村"],
            "陇城镇": ["陇城村", "中步村"],
            "县溪镇": ["县溪村", "恭城村"],
            "播阳镇": ["播阳村", "上湘村"],
            "牙屯堡镇": ["牙屯堡村", "文坡村"],
            "菁芜洲镇": ["菁芜洲村", "江口村"],
            "独坡镇": ["独坡村", "上岩村"],
            "大高坪苗族乡": ["大高坪村", "冷水溪村"],
        },
        subs=[],
        roads=["双江路", "民族路", "侗乡大道", "人民路"],
    ),
    dict(
        prov="江西省",
        city="赣州市",
        county="于都县",
        code="360731",
        area="0797",
        post="342300",
        plate="赣B",
        abbr="于",
        seat="贡江镇",
        unit="组",
        eth=[("hakka", 100)],
        towns={
            "贡江镇": ["上欧村", "杨公村"],
            "梓山镇": ["潭头村", "梓山村"],
            "岭背镇": ["岭背村", "谢屋村"],
            "罗坳镇": ["罗坳村", "步前村"],
            "禾丰镇": ["禾丰村", "岭下村"],
            "银坑镇": ["银坑村", "平安村"],
            "盘古山镇": ["盘古山村", "上坪村"],
            "车溪乡": ["车溪村", "坳脑村"],
            "段屋乡": ["段屋村", "寒信村"],
            "黄麟乡": ["黄麟村", "井塘村"],
        },
        subs=["钟屋", "刘屋", "上坪", "下湾", "曾家", "塘背", "老屋", "新屋"],
        roads=["长征大道", "建设路", "渡江大道", "人民路", "中山路"],
    ),
    dict(
        prov="四川省",
        city="凉山彝族自治州",
        county="昭觉县",
        code="513431",
        area="0834",
        post="616150",
        plate="川W",
        abbr="昭",
        seat="新城镇",
        unit="组",
        eth=[("yi", 85), ("han", 15)],
        towns={
            "新城镇": ["城北村", "城南村"],
            "支尔莫乡": ["阿土勒尔村", "古曲洛村"],
            "三岔河乡": ["三河村", "瓦吉村"],
            "解放沟乡": ["火普村", "解放沟村"],
            "竹核乡": ["竹核村", "温泉村"],
            "四开乡": ["四开村", "好谷村"],
            "比尔乡": ["比尔村", "瓦都村"],
            "谷曲乡": ["谷曲村", "尔曲村"],
        },
        subs=[],
        roads=["解放路", "建设路", "人民路", "新城大道"],
    ),
]
OTHER_CODES = [
    "450102",
    "450103",
    "450107",
    "522601",
    "533401",
    "431202",
    "360702",
    "513401",
    "440106",
    "440304",
    "330206",
    "441900",
]
WORK_PLACES = [
    "广东省东莞市",
    "广东省深圳市宝安区",
    "浙江省宁波市",
    "福建省厦门市",
    "广东省佛山市",
    "浙江省义乌市",
    "江苏省苏州市",
    "上海市松江区",
    "广东省中山市",
    "成都市",
]

HAN_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
RARE_SUR = [
    "禤",
    "佘",
    "隗",
    "訾",
    "帅",
    "冼",
    "揭",
    "巫",
    "麦",
    "阮",
    "苟",
    "亓",
    "笪",
    "逄",
    "昝",
    "粟",
    "覃",
    "查",
    "仇",
    "区",
]
COMPOUND_SUR = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "司徒", "尉迟"]
ETH_SUR = {
    "zhuang": list("韦覃蒙黄陆莫农蓝梁潘卢李何罗"),
    "yao": list("蓝盘赵邓黄李"),
    "miao": list("杨吴龙潘王李侯唐文余张宋姜"),
    "dong": list("吴杨石龙粟陆梁胡欧李张"),
    "hakka": list("刘钟曾谢赖邱管肖温丁李黄陈王宋易袁罗张朱廖郭邓何"),
    "han": HAN_SUR,
    "lisu": list("余李和蜂熊"),
}
GIV_OLD_M = list("建国志明军华德福春永光荣成贵勇忠兴祥清生林金富有发文昌海山")
GIV_OLD_F = list("秀英兰芳桂花玉凤梅丽娟红艳霞琴燕萍妹莲珍翠菊")
GIV_YNG_M = list("子轩梓豪天佑宇浩鹏俊杰涛博文睿泽辰航宏铭晨烨锦")
GIV_YNG_F = list("欣怡涵梦诗佳雨萱雅婷静雪思琪可馨悦瑶语彤妍")
TIB_M = [
    "扎西",
    "次仁",
    "多吉",
    "农布",
    "江初",
    "都吉",
    "松吉",
    "格茸",
    "降措",
    "鲁茸",
    "七林",
    "此里",
    "阿主",
    "斯那",
    "格桑",
    "达瓦",
    "尼玛",
    "洛桑",
]
TIB_F_END = ["卓玛", "拉姆", "央金", "曲珍", "品初", "永宗", "央宗", "此称", "阿称"]
YI_SUR = [
    "吉克",
    "阿苦",
    "沙马",
    "曲比",
    "海来",
    "马海",
    "俄木",
    "勒尔",
    "阿尔",
    "吉伍",
    "阿说",
    "日古",
    "俄底",
    "巴莫",
    "阿西",
    "加拉",
    "吉吉",
    "木苦",
]
YI_M = [
    "拉且",
    "木呷",
    "尔布",
    "伍沙",
    "石日",
    "曲者",
    "约布",
    "日体",
    "子哈",
    "布哈",
    "拉博",
    "阿木",
    "尔古",
    "惹几",
]
YI_F = ["阿呷", "阿果", "阿衣", "伍合", "阿支", "布日", "莫色", "日作", "阿加", "史打", "衣各", "石各"]


# ---------------------------------------------------------------- checksums
def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def luhn_digit(body):
    t = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return str((10 - t % 10) % 10)


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = sum((int(c) if c.isdigit() else ord(c) - 55) * x for c, x in zip(body8, w))
    c9 = 11 - v % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def uscc(rng, p2, code6):
    b8 = "".join(rng.choice("0123456789") for _ in range(8))
    s17 = p2 + code6 + b8 + org_check(b8)
    c = 31 - sum(USCC_CH.index(ch) * w for ch, w in zip(s17, USCC_W)) % 31
    return s17 + USCC_CH[0 if c == 31 else c]


def uscc_ok(s):
    if len(s) != 18 or any(ch not in USCC_CH for ch in s):
        return False
    c = 31 - sum(USCC_CH.index(ch) * w for ch, w in zip(s[:17], USCC_W)) % 31
    return USCC_CH[0 if c == 31 else c] == s[17]


def valid_date(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def id18_ok(s):
    if not re.fullmatch(r"\d{17}[\dXx]", s) or s[:2] not in PROVINCES:
        return False
    if not valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14])) or not 1900 <= int(s[6:10]) <= 2024:
        return False
    return id_check(s[:17]) == s[17].upper()


def id15_ok(s):
    return (
        bool(re.fullmatch(r"\d{15}", s))
        and s[:2] in PROVINCES
        and valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    )


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def add(self, text, kind=None):
        if not text:
            return
        if kind:
            self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(text)})
        self.parts.append(text)
        self.n += len(text)

    def segs(self, segs):
        for t, k in segs:
            self.add(t, k)

    def text(self):
        return "".join(self.parts)


def P(t):
    return [(t, None)]


# ---------------------------------------------------------------- generator context
class Gen:
    def __init__(self, rng, c, family, style):
        self.rng, self.c, self.family, self.style = rng, c, family, style
        self.mask = rng.choices([0, 1, 2], [56, 24, 20])[0]
        self.fw = rng.random() < 0.12
        self.pad = rng.random() < 0.5
        self.breaks = style in ("prose", "cellline") and rng.random() < 0.45
        self.year = rng.randint(2021, 2024)

    # ---------- primitives
    def pick_eth(self):
        e = self.c["eth"]
        return self.rng.choices([x for x, _ in e], [w for _, w in e])[0]

    def name(self, g, young=False, eth=None):
        r = self.rng
        eth = eth or self.pick_eth()
        if eth == "tibetan":
            first = r.choice(TIB_M)
            if r.random() < 0.06:
                return first
            second = r.choice([x for x in TIB_M if x != first]) if g == "男" else r.choice(TIB_F_END)
            return first + second
        if eth == "yi":
            return r.choice(YI_SUR) + r.choice(YI_M if g == "男" else YI_F)
        x = r.random()
        if x < 0.04:
            sur = r.choice(COMPOUND_SUR)
        elif x < 0.09:
            sur = r.choice(RARE_SUR)
        else:
            sur = r.choice(ETH_SUR.get(eth, HAN_SUR))
        pool = (GIV_YNG_M if g == "男" else GIV_YNG_F) if young else (GIV_OLD_M if g == "男" else GIV_OLD_F)
        n = 1 if r.random() < (0.25 if not young else 0.12) else 2
        if len(sur) == 2 and r.random() < 0.5:
            n = 1
        return sur + "".join(r.choice(pool) for _ in range(n))

    def birth(self, lo, hi):
        a, b = date(lo, 1, 1), date(hi, 12, 28)
        return a + timedelta(days=self.rng.randint(0, (b - a).days))

    def make_id(self, b, male, code=None):
        code = code or (self.c["code"] if self.rng.random() < 0.88 else self.rng.choice(OTHER_CODES))
        seq = self.rng.randint(0, 99) * 10 + self.rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
        s17 = code + b.strftime("%Y%m%d") + "%03d" % seq
        s = s17 + id_check(s17)
        if s.endswith("X") and self.rng.random() < 0.3:
            s = s[:-1] + "x"
        return s

    def make_id15(self, b, male):
        seq = self.rng.randint(0, 99) * 10 + self.rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
        return self.c["code"] + b.strftime("%y%m%d") + "%03d" % seq

    def person(self, lo, hi, g=None, young=False, eth=None, id15=0.0):
        r = self.rng
        g = g or r.choice("男女")
        b = self.birth(lo, hi)
        town = r.choice(list(self.c["towns"]))
        vil = r.choice(self.c["towns"][town])
        p = dict(g=g, name=self.name(g, young, eth), birth=b, town=town, vil=vil)
        p["id"] = (
            self.make_id15(b, g == "男")
            if (b.year < 1960 and r.random() < id15)
            else self.make_id(b, g == "男")
        )
        p["addr"] = self.address(town, vil)
        p["mobile"] = r.choice(MOBILE_PRE) + "%08d" % r.randint(0, 99999999)
        return p

    def address(self, town, vil):
        r, c = self.rng, self.c
        pre = r.choices(
            ["", c["county"], c["city"] + c["county"], c["prov"] + c["city"] + c["county"]], [45, 35, 10, 10]
        )[0]
        if r.random() < 0.15:
            s = c["seat"] + r.choice(c["roads"]) + "%d号" % r.randint(1, 260)
            x = r.random()
            if x < 0.4:
                s += "%d栋%d单元%d%02d室" % (
                    r.randint(1, 12),
                    r.randint(1, 4),
                    r.randint(1, 9),
                    r.randint(1, 6),
                )
            elif x < 0.6:
                s += "%d幢%d%02d室" % (r.randint(1, 9), r.randint(1, 7), r.randint(1, 4))
            return pre + s
        base = pre + town + vil
        if c["unit"] == "屯":
            s = base + r.choice(c["subs"]) + "屯"
            return s + ("%d号" % r.randint(1, 88) if r.random() < 0.8 else "")
        if c["subs"] and r.random() < 0.4:
            s = base + r.choice(c["subs"]) + "组"
        else:
            s = base + "%d组" % r.randint(1, 12)
        return s + ("%d号" % r.randint(1, 120) if r.random() < 0.65 else "")

    def num(self, s):
        return s.translate(FW) if self.fw else s

    def mobile_num(self):
        return self.rng.choice(MOBILE_PRE) + "%08d" % self.rng.randint(0, 99999999)

    def office_phone(self):
        return "%s-%s" % (
            self.c["area"],
            self.rng.choice(["68", "52", "38", "86", "56"]) + "%05d" % self.rng.randint(0, 99999),
        )

    def card(self, n=None):
        pre = self.rng.choice(CARD_PREFIXES)
        n = n or self.rng.choice([19, 19, 19, 16, 18])
        body = pre + "".join(self.rng.choice("0123456789") for _ in range(n - 7))
        return body + luhn_digit(body)

    def off_name(self):
        return self.name(self.rng.choice("男女"))

    def date_str(self, d):
        f = self.rng.choice(["%Y年%m月%d日", "%Y-%m-%d", "%Y.%m.%d"])
        s = d.strftime(f)
        if "年" in f:
            s = "%d年%d月%d日" % (d.year, d.month, d.day)
        return self.num(s)

    def pub_date(self):
        return date(self.year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    # ---------- cells
    def pad_name(self, n):
        if len(n) == 2 and self.pad and self.style in ("fixed", "cellline", "tsv", "html"):
            if self.style == "html":
                return n[0] + "&nbsp;&nbsp;" + n[1]
            return n[0] + self.rng.choice(["\u3000", "  ", " "]) + n[1]
        return n

    def mask_name(self, n):
        r = self.rng
        if len(n) >= 4 and not n.startswith(tuple(COMPOUND_SUR)):
            return n[:2] + "**"
        sur = n[:2] if n[:2] in COMPOUND_SUR else n[0]
        return sur + r.choice(
            ["*", "*" * (len(n) - len(sur)), "某", "某某", "*" + n[-1] if len(n) - len(sur) > 1 else "*"]
        )

    def name_cell(self, n, official=False, pad=True):
        if official:
            return P(n)
        if self.mask == 2:
            return P(self.mask_name(n))
        return [(self.pad_name(n) if pad else n, "name")]

    def brk(self, s, lo, hi):
        if self.breaks and self.rng.random() < 0.25 and len(s) > hi:
            k = self.rng.randint(lo, min(hi, len(s) - 2))
            return s[:k] + "\n" + s[k:]
        return s

    def id_cell(self, s):
        r = self.rng
        if self.mask:
            if len(s) == 15:
                return P(s[:6] + "******" + s[-3:])
            return P(
                r.choice([s[:6] + "********" + s[-4:], s[:10] + "****" + s[-4:], s[:3] + "*" * 11 + s[-4:]])
            )
        kind = "id_card" if len(s) == 18 else "id_card_15"
        if r.random() < 0.06 and len(s) == 18:
            s = s[:6] + " " + s[6:14] + " " + s[14:]
        s = self.num(s)
        return [(self.brk(s, 6, 14), kind)]

    def mobile_cell(self, m):
        r = self.rng
        if self.mask:
            return P(m[:3] + "****" + m[-4:])
        x = r.random()
        if x < 0.08:
            m = m[:3] + " " + m[3:7] + " " + m[7:]
        elif x < 0.13:
            m = m[:3] + "-" + m[3:7] + "-" + m[7:]
        m = self.num(m)
        if r.random() < 0.04:
            m = "+86 " + m
        return [(m, "mobile")]

    def landline_cell(self):
        s = "%s-%s" % (
            self.c["area"],
            self.rng.choice(["6", "7", "3", "5"]) + "%06d" % self.rng.randint(0, 999999),
        )
        if self.mask:
            return P(s[:-4] + "****")
        return [(self.num(s), "landline")]

    def card_cell(self, s):
        if self.mask:
            return P(s[:4] + "*" * (len(s) - 8) + s[-4:])
        if self.rng.random() < 0.15:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return [(self.brk(self.num(s), 6, 12), "bank_card")]

    def addr_cell(self, p):
        if self.mask == 2:
            return P(p["town"] + p["vil"] + self.rng.choice(["****", "**组", "（略）", ""]))
        a = p["addr"]
        if self.breaks and self.rng.random() < 0.3:
            cut = [m.end() for m in re.finditer("[县镇乡村]", a) if 2 < m.end() < len(a) - 2]
            if cut:
                k = self.rng.choice(cut)
                a = a[:k] + "\n" + a[k:]
        return [(a, "address")]

    def health_cell(self, h, ident=True, normal=False):
        if normal or not h:
            return P(h)
        if self.mask == 2 or not ident:
            return P(h)
        return [(h, "health")]


# ---------------------------------------------------------------- table rendering
def wrap_segs(segs, cap):
    lines, cur_w = [[]], 0
    for t, k in segs:
        if k and k not in ("address", "health"):
            w = dwidth(t)
            if cur_w + w > cap and lines[-1]:
                lines.append([])
                cur_w = 0
            lines[-1].append((t, k))
            cur_w += w
            continue
        cur = ""
        for ch in t:
            cw = dwidth(ch)
            if cur_w + cw > cap and (cur or lines[-1]):
                if cur:
                    lines[-1].append((cur, k))
                    cur = ""
                lines.append([])
                cur_w = 0
            cur += ch
            cur_w += cw
        if cur:
            lines[-1].append((cur, k))
    return lines


def seg_text(segs):
    return "".join(t for t, _ in segs)


def render_table(doc, g, headers, rows):
    """headers: list of (title, wrappable).  rows: list of list of segment lists."""
    r, style = g.rng, g.style
    opt = {
        "儿童主任",
        "父母务工地",
        "出生日期",
        "开户行",
        "探访时间",
        "评估员",
        "床位号",
        "随访医生",
        "与儿童关系",
        "出生年月",
        "死亡原因",
        "关系",
        "与患者关系",
        "联系电话",
        "年龄",
        "备注",
    }
    keep = [j for j, (h, _) in enumerate(headers) if not (h in opt and r.random() < 0.35)]
    headers = [headers[j] for j in keep]
    rows = [[row[j] for j in keep] for row in rows]
    hs = [h for h, _ in headers]
    if style == "prose":
        for i, row in enumerate(rows):
            doc.add(r.choice(["%d. " % (i + 1), "%d、" % (i + 1), "（%d）" % (i + 1)]))
            first = True
            for (h, _), cell in zip(headers[1:], row[1:]):
                if not seg_text(cell):
                    continue
                if not first:
                    doc.add("，")
                first = False
                doc.add(h + "：")
                doc.segs(cell)
            doc.add("。\n")
        return
    if style == "tsv":
        doc.add("\t".join(hs) + "\n")
        for row in rows:
            for j, cell in enumerate(row):
                if j:
                    doc.add("\t")
                doc.segs([(t.replace("\n", ""), k) for t, k in cell])
            doc.add("\n")
        return
    if style == "csv":
        qall = r.random() < 0.4
        doc.add(",".join(('"%s"' % h) if qall else h for h in hs) + "\n")
        for row in rows:
            for j, cell in enumerate(row):
                if j:
                    doc.add(",")
                cell = [(t.replace("\n", ""), k) for t, k in cell]
                txt = seg_text(cell)
                q = qall or "," in txt or "，" in txt or (txt.isdigit() and len(txt) > 11) or r.random() < 0.1
                if txt.isdigit() and len(txt) > 11 and r.random() < 0.3:
                    doc.add("\t")  # spreadsheet text-forcing tab
                if q:
                    doc.add('"')
                doc.segs(cell)
                if q:
                    doc.add('"')
            doc.add("\n")
        return
    if style == "cellline":
        for h in hs:
            doc.add(h + "\n")
        for row in rows:
            for cell in row:
                doc.segs(cell)
                doc.add("\n")
        return
    if style == "html":
        sep = r.choice(["&nbsp;&nbsp;", "&nbsp; ", " &nbsp;&nbsp; "])
        doc.add(sep.join(hs) + "<br>\n" if r.random() < 0.5 else sep.join(hs) + "\n")
        for row in rows:
            for j, cell in enumerate(row):
                if j:
                    doc.add(sep)
                if not seg_text(cell):
                    doc.add("&nbsp;")
                doc.segs([(t.replace("\n", ""), k) for t, k in cell])
            doc.add("\n")
        return
    # fixed width
    rows = [[[(t.replace("\n", ""), k) for t, k in cell] for cell in row] for row in rows]
    widths = []
    for j, (h, wr) in enumerate(headers):
        w = max([dwidth(h)] + [dwidth(seg_text(row[j])) for row in rows])
        if wr:
            atom = [dwidth(t) for row in rows for t, k in row[j] if k and k not in ("address", "health")]
            w = min(w, max([dwidth(h), r.choice([14, 16, 18, 20, 24])] + atom))
        widths.append(w)
    gap = r.choice(["  ", "   ", " "])

    def emit(lines_per_col):
        n = max(len(x) for x in lines_per_col)
        for li in range(n):
            out = []
            for j, col in enumerate(lines_per_col):
                segs = col[li] if li < len(col) else []
                out.append((segs, widths[j] - dwidth(seg_text(segs))))
            # trim trailing empties
            while out and not seg_text(out[-1][0]):
                out.pop()
            for j, (segs, padn) in enumerate(out):
                doc.segs(segs)
                if j < len(out) - 1:
                    doc.add(" " * padn + gap)
            doc.add("\n")

    emit([wrap_segs(P(h), widths[j]) if headers[j][1] else [P(h)] for j, (h, _) in enumerate(headers)])
    for row in rows:
        emit([wrap_segs(cell, widths[j]) if headers[j][1] else [cell] for j, cell in enumerate(row)])


# ---------------------------------------------------------------- common header/footer
def header(doc, g, title, issuer, wh_prefix):
    r, c = g.rng, g.c
    d = g.pub_date()
    g.pdate = d
    org = uscc(r, r.choice(["11", "12"]), c["code"])
    idx = r.choice(
        [
            org + "/%d-%05d" % (g.year, r.randint(1, 9999)),
            "%09d/%d-%05d" % (r.randint(0, 999999999), g.year, r.randint(1, 9999)),
            "%s-%d-%04d" % (c["code"] + "%03d" % r.randint(1, 999), g.year, r.randint(1, 999)),
        ]
    )
    lines = []
    if r.random() < 0.6:
        lines.append("索引号：" + idx)
    if r.random() < 0.5:
        lines.append("发布机构：" + issuer)
    if r.random() < 0.5:
        lines.append("文号：%s〔%d〕%d号" % (wh_prefix, g.year, r.randint(1, 160)))
    if r.random() < 0.25:
        lines.append("统一社会信用代码：" + org)
    if r.random() < 0.5:
        lines.append("发布日期：" + g.date_str(d))
    r.shuffle(lines)
    sep = r.choice(["\n", "  ", "\n"])
    for i, l in enumerate(lines):
        doc.add(l + sep)
    if lines and sep != "\n":
        doc.add("\n")
    doc.add(title + "\n")


def footer(doc, g, issuer, hotline):
    r, c = g.rng, g.c
    bits = []
    if r.random() < 0.7:
        bits.append("监督电话：" + g.num(g.office_phone()))
    if r.random() < 0.4:
        bits.append("服务热线：" + hotline)
    if r.random() < 0.4:
        bits.append("联系人：%s（%s）" % (g.off_name(), r.choice(["经办人", "股室负责人", "工作人员"])))
    if r.random() < 0.35:
        bits.append(
            "通讯地址：%s%s%s%d号（%s）"
            % (c["county"], c["seat"], r.choice(c["roads"]), r.randint(1, 200), issuer)
        )
    if r.random() < 0.3:
        bits.append("邮编：" + c["post"])
    if r.random() < 0.2:
        bits.append(
            "电子邮箱：%smzj%d@163.com"
            % (r.choice(["ms", "ls", "dq", "td", "yd", "zj"]), r.randint(10, 2024))
        )
    if r.random() < 0.25:
        bits.append(
            "单位账户：%s %d"
            % (r.choice(["县农村信用合作联社营业部", "国库集中支付专户"]), r.randint(10**13, 10**14))
        )
    for b in bits:
        doc.add(b + "\n")
    doc.add(issuer + "\n")
    if r.random() < 0.7:
        doc.add(g.date_str(g.pdate) + "\n")


# ---------------------------------------------------------------- families
CHILD_HEALTH = [
    "先天性心脏病",
    "脑性瘫痪（肢体残疾二级）",
    "肢体残疾三级",
    "急性淋巴细胞白血病",
    "孤独症谱系障碍",
    "癫痫",
    "唐氏综合征",
    "听力残疾二级",
    "智力残疾三级",
    "视力残疾一级",
    "地中海贫血（重型）",
    "肾病综合征",
    "先天性唇腭裂",
]
ELDER_HEALTH = [
    "高血压",
    "糖尿病",
    "高血压、冠心病",
    "脑梗后遗症，右侧偏瘫",
    "阿尔茨海默病",
    "慢性阻塞性肺疾病",
    "类风湿关节炎，行动不便",
    "白内障，视力差",
    "肢体残疾二级",
    "腰椎间盘突出，行动不便",
    "帕金森病",
    "双耳听力残疾",
    "胃癌术后",
]
DISABLE = ["轻度失能", "中度失能", "重度失能", "完全失能"]
PSY = [
    "精神分裂症",
    "双相情感障碍",
    "偏执性精神病",
    "分裂情感性障碍",
    "癫痫所致精神障碍",
    "精神发育迟滞伴发精神障碍",
]
NEWBORN = [
    "先天性甲状腺功能减低症（确诊）",
    "先天性甲状腺功能减低症（疑似）",
    "苯丙酮尿症（初筛阳性）",
    "G6PD缺乏症",
    "葡萄糖-6-磷酸脱氢酶缺乏症",
    "先天性肾上腺皮质增生症（疑似）",
    "高苯丙氨酸血症",
    "听力初筛未通过（双耳）",
    "α地中海贫血（轻型）",
    "先天性心脏病（室间隔缺损）",
]


def rows_to_fit(g, lo=5, hi=13):
    return g.rng.randint(lo, hi)


def fam_children(doc, g):
    r, c = g.rng, g.c
    issuer = r.choice([c["county"] + "民政局", r.choice(list(c["towns"])) + "人民政府"])
    header(
        doc,
        g,
        r.choice(
            [
                "%s%d年困境儿童、留守儿童关爱保护工作台账",
                "%s农村留守儿童和困境儿童信息台账（%d年）",
                "%s困境儿童基本情况登记台账（%d年度）",
            ]
        )
        % (c["county"], g.year),
        issuer,
        c["abbr"] + "民发",
    )
    if r.random() < 0.6:
        doc.add(
            "根据《国务院关于加强困境儿童保障工作的意见》（国发〔2016〕36号）要求，现将%s困境儿童、留守儿童信息汇总如下：\n"
            % c["county"]
        )
    heads = [
        ("序号", 0),
        ("乡镇", 0),
        ("村（社区）", 0),
        ("儿童姓名", 0),
        ("性别", 0),
        ("出生日期", 0),
        ("身份证号", 0),
        ("儿童类别", 1),
        ("健康状况", 1),
        ("监护人", 0),
        ("与儿童关系", 0),
        ("监护人电话", 0),
        ("家庭住址", 1),
        ("父母务工地", 1),
        ("儿童主任", 0),
        ("备注", 1),
    ]
    rows = []
    for i in range(rows_to_fit(g)):
        ch = g.person(2007, 2022, young=True)
        gu = g.person(1950, 1990, eth=None)
        gu["town"], gu["vil"], gu["addr"] = ch["town"], ch["vil"], ch["addr"]
        sick = r.random() < 0.4
        cat = (
            r.choice(["重病儿童", "重残儿童"])
            if sick
            else r.choice(["留守儿童", "留守儿童", "事实无人抚养儿童", "低保家庭儿童", "孤儿"])
        )
        hh = r.choice(CHILD_HEALTH) if sick else r.choice(["健康", "良好", "健康"])
        rel = r.choice(["祖父", "祖母", "外祖母", "母亲", "父亲", "叔叔"])
        note = []
        if r.random() < 0.2 and g.mask == 0:
            kind = r.random()
            par = g.name("女" if 0.4 <= kind < 0.7 else "男")
            if kind < 0.4:
                note = (
                    P("父亲")
                    + g.name_cell(par, pad=False)
                    + P("患")
                    + g.health_cell(r.choice(["尿毒症", "肝硬化", "肺结核", "严重精神障碍"]))
                    + P("，丧失劳动能力")
                )
            elif kind < 0.7:
                pp = (
                    "C%08d" % r.randint(0, 99999999)
                    if r.random() < 0.5
                    else "C" + r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + "%07d" % r.randint(0, 9999999)
                )
                note = (
                    P("母亲")
                    + g.name_cell(par, pad=False)
                    + P("在澳门务工，往来港澳通行证号")
                    + [(pp, "hk_macau_permit")]
                )
            else:
                pp = (
                    "E%08d" % r.randint(0, 99999999)
                    if r.random() < 0.5
                    else "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + "%07d" % r.randint(0, 9999999)
                )
                note = (
                    P("父亲")
                    + g.name_cell(par, pad=False)
                    + P("出国务工（马来西亚），护照号")
                    + [(pp, "passport")]
                )
        elif r.random() < 0.2:
            note = P(
                r.choice(
                    [
                        "已纳入低保",
                        "已落实基本生活保障",
                        "已签订委托照护协议",
                        "已办理残疾人证",
                        "请于%d年%d月前复核" % (g.year, r.randint(1, 12)),
                    ]
                )
            )
        elif r.random() < 0.1 and g.mask == 0:
            note = P("监护人邮箱：") + [("%d@qq.com" % r.randint(10**7, 10**10), "email")]
        dm = g.mobile_num()
        rows.append(
            [
                P(str(i + 1)),
                P(ch["town"]),
                P(ch["vil"]),
                g.name_cell(ch["name"]),
                P(ch["g"]),
                P(g.date_str(ch["birth"])),
                g.id_cell(ch["id"]),
                g.health_cell(cat, normal=not sick),
                g.health_cell(hh, normal=not sick),
                g.name_cell(gu["name"]),
                P(rel),
                g.mobile_cell(gu["mobile"]),
                g.addr_cell(ch),
                P(r.choice(WORK_PLACES)),
                P("%s %s" % (g.off_name(), g.num(dm if r.random() < 0.5 else g.office_phone()))),
                note,
            ]
        )
    render_table(doc, g, heads, rows)
    footer(doc, g, issuer, "12349")


def fam_visit(doc, g):
    r, c = g.rng, g.c
    town = r.choice(list(c["towns"]))
    issuer = town + "人民政府"
    header(
        doc,
        g,
        r.choice(
            [
                "%s农村留守老年人关爱探访记录（%d年第%d季度）" % (town, g.year, r.randint(1, 4)),
                "%s%d年农村留守老人探访关爱服务登记表" % (town, g.year),
            ]
        ),
        issuer,
        c["abbr"] + town[0] + "政发",
    )
    narrative = g.style == "prose" and r.random() < 0.7
    rows = []
    heads = [
        ("序号", 0),
        ("村", 0),
        ("老人姓名", 0),
        ("性别", 0),
        ("年龄", 0),
        ("身份证号", 0),
        ("居住地址", 1),
        ("身体状况", 1),
        ("子女姓名", 0),
        ("子女联系电话", 0),
        ("子女务工地", 1),
        ("探访时间", 0),
        ("探访人", 0),
        ("探访情况", 1),
    ]
    for i in range(rows_to_fit(g, 4, 12)):
        old = g.person(1930, 1963, id15=0.4)
        old["town"] = town
        old["vil"] = r.choice(c["towns"][town])
        old["addr"] = g.address(town, old["vil"])
        kid = g.person(1960, 1995)
        ill = r.random() < 0.65
        hh = r.choice(ELDER_HEALTH) if ill else r.choice(["良好", "尚可", "一般"])
        vd = date(g.year, r.randint(1, 12), r.randint(1, 28))
        off = g.off_name()
        role = r.choice(["村委会主任", "村党支部书记", "驻村工作队员", "村民政协理员", "网格员"])
        age = g.year - old["birth"].year
        plate = None
        if r.random() < 0.1 and g.mask == 0:
            plate = (
                c["plate"]
                + r.choice(["·", "", ""])
                + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
                + "%03d" % r.randint(0, 999)
            )
        if narrative:
            doc.add("%d. %s，%s%s" % (i + 1, g.date_str(vd), role, off))
            doc.add("到%s" % old["vil"])
            doc.segs(g.name_cell(old["name"]))
            doc.add("（%s，%d岁）家中探访。老人" % (old["g"], age))
            if g.mask != 2:
                doc.add(r.choice(["现居住在", "独居于", "家住"]))
                doc.segs(g.addr_cell(old))
                doc.add("，")
            if ill:
                doc.add(r.choice(["患有", "身患"]))
                doc.segs(g.health_cell(hh))
                doc.add("，")
            else:
                doc.add("身体状况%s，" % hh)
            doc.add(
                "其%s" % r.choice(["儿子", "长子", "次子"] if kid["g"] == "男" else ["女儿", "长女", "次女"])
            )
            doc.segs(g.name_cell(kid["name"]))
            doc.add("在%s务工，联系电话" % r.choice(WORK_PLACES))
            doc.segs(g.mobile_cell(kid["mobile"]))
            if plate:
                doc.add("，春节返乡驾驶车辆")
                doc.add(plate, "license_plate")
            doc.add(
                "。"
                + r.choice(
                    [
                        "探访人员为老人测量了血压，宣传了防范电信诈骗知识。",
                        "已协助老人办理高龄津贴。",
                        "老人生活基本能够自理，屋内用电安全隐患已排查。",
                        "送去慰问金500元及米油。",
                    ]
                )
                + "\n"
            )
            continue
        rows.append(
            [
                P(str(i + 1)),
                P(old["vil"]),
                g.name_cell(old["name"]),
                P(old["g"]),
                P(g.num(str(age))),
                g.id_cell(old["id"]),
                g.addr_cell(old),
                g.health_cell(hh, normal=not ill),
                g.name_cell(kid["name"]),
                g.mobile_cell(kid["mobile"]),
                P(r.choice(WORK_PLACES)),
                P(g.date_str(vd)),
                P("%s（%s）" % (off, role)),
                (P("子女车辆") + [(plate, "license_plate")] + P("，每月返乡一次"))
                if plate
                else P(r.choice(["生活能自理", "已送米油", "房屋安全", "需定期上门", "已纳入特困供养"])),
            ]
        )
    if not narrative:
        render_table(doc, g, heads, rows)
    footer(doc, g, issuer, "12345")


def fam_assess(doc, g):
    r, c = g.rng, g.c
    issuer = c["county"] + "民政局"
    header(
        doc,
        g,
        "%s%d年第%d批老年人能力评估结果公示" % (c["county"], g.year, r.randint(1, 6)),
        issuer,
        c["abbr"] + "民函",
    )
    doc.add(
        "依据《老年人能力评估规范》（GB/T 42195-2022），经%s第三方评估机构评估，现将评估结果予以公示，公示期为%s至%s。\n"
        % (c["county"], g.date_str(g.pdate), g.date_str(g.pdate + timedelta(days=7)))
    )
    heads = [
        ("序号", 0),
        ("姓名", 0),
        ("性别", 0),
        ("年龄", 0),
        ("身份证号", 0),
        ("乡镇", 0),
        ("村（社区）", 0),
        ("评估等级", 1),
        ("评估编号", 0),
        ("评估员", 0),
    ]
    rows = []
    inst = "%s%s养老服务评估中心" % (c["county"], r.choice(["颐康", "康宁", "福寿"]))
    for i in range(rows_to_fit(g, 6, 16)):
        p = g.person(1925, 1962, id15=0.3)
        lvl = r.choice(["能力完好"] + DISABLE + DISABLE)
        rows.append(
            [
                P(str(i + 1)),
                g.name_cell(p["name"]),
                P(p["g"]),
                P(str(g.year - p["birth"].year)),
                g.id_cell(p["id"]),
                P(p["town"]),
                P(p["vil"]),
                g.health_cell(lvl, normal=(lvl == "能力完好")),
                P("PG%s%d%04d" % (c["code"], g.year, r.randint(1, 9999))),
                P(g.off_name()),
            ]
        )
    render_table(doc, g, heads, rows)
    doc.add("评估机构：%s\n如有异议，请于公示期内向%s养老服务股反映。\n" % (inst, issuer))
    footer(doc, g, issuer, "12349")


def fam_nursing(doc, g):
    r, c = g.rng, g.c
    inst = r.choice(
        [
            c["county"] + "社会福利中心",
            r.choice(list(c["towns"])) + "敬老院",
            c["county"] + "中心敬老院",
            c["county"] + r.choice(["韦家坡", "刘家湾", "杨家寨"]) + "颐养院",
        ]
    )
    issuer = c["county"] + "民政局"
    header(
        doc,
        g,
        "%s入住老人名单（截至%d年%d月）" % (inst, g.year, r.randint(1, 12)),
        issuer,
        c["abbr"] + "民发",
    )
    doc.add(
        "机构名称：%s  统一社会信用代码：%s  床位数：%d张\n"
        % (inst, uscc(r, "52", c["code"]), r.randint(40, 220))
    )
    heads = [
        ("序号", 0),
        ("姓名", 0),
        ("性别", 0),
        ("出生年月", 0),
        ("身份证号", 0),
        ("原户籍地址", 1),
        ("入住时间", 0),
        ("供养类型", 0),
        ("护理等级", 0),
        ("紧急联系人", 0),
        ("联系电话", 0),
        ("床位号", 0),
    ]
    rows = []
    for i in range(rows_to_fit(g, 6, 15)):
        p = g.person(1925, 1962, id15=0.35)
        kin = g.person(1955, 1995)
        lvl = r.choice(["自理", "自理", "半护理", "全护理", "专护"])
        tel = g.landline_cell() if r.random() < 0.2 else g.mobile_cell(kin["mobile"])
        rows.append(
            [
                P(str(i + 1)),
                g.name_cell(p["name"]),
                P(p["g"]),
                P(g.num("%d.%02d" % (p["birth"].year, p["birth"].month))),
                g.id_cell(p["id"]),
                g.addr_cell(p),
                P(g.date_str(date(r.randint(2012, g.year), r.randint(1, 12), r.randint(1, 28)))),
                P(r.choice(["特困供养", "特困供养", "社会寄养", "低保"])),
                g.health_cell(lvl, normal=(lvl == "自理")),
                g.name_cell(kin["name"]),
                tel,
                P("%d-%d%02d" % (r.randint(1, 3), r.randint(1, 4), r.randint(1, 30))),
            ]
        )
    render_table(doc, g, heads, rows)
    footer(doc, g, issuer, "12349")


def fam_subsidy(doc, g):
    r, c = g.rng, g.c
    issuer = c["county"] + "民政局"
    header(
        doc,
        g,
        "%s%d年%d月经济困难失能老年人护理补贴发放名单" % (c["county"], g.year, r.randint(1, 12)),
        issuer,
        c["abbr"] + "民发",
    )
    heads = [
        ("序号", 0),
        ("乡镇", 0),
        ("姓名", 0),
        ("身份证号码", 0),
        ("失能等级", 0),
        ("补贴标准（元/月）", 0),
        ("发放账号", 0),
        ("开户行", 0),
        ("家庭住址", 1),
        ("核查情况", 1),
    ]
    rows = []
    total = 0
    for i in range(rows_to_fit(g, 6, 15)):
        p = g.person(1925, 1962, id15=0.25)
        lvl = r.choice(DISABLE)
        amt = {"轻度失能": 50, "中度失能": 100, "重度失能": 200, "完全失能": 300}[lvl]
        total += amt
        chk = P("符合")
        if r.random() < 0.12 and g.mask == 0:
            pl = (
                c["plate"]
                + r.choice(["·", ""])
                + r.choice("0123456789")
                + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                + "%03d" % r.randint(0, 999)
            )
            chk = (
                P("家庭成员")
                + g.name_cell(g.name(r.choice("男女")), pad=False)
                + P("名下有机动车")
                + [(pl, "license_plate")]
                + P("，待复核")
            )
        elif r.random() < 0.15:
            chk = P(r.choice(["已去世，停发", "迁出本县，停发", "新增", "补发%d个月" % r.randint(1, 3)]))
        rows.append(
            [
                P(str(i + 1)),
                P(p["town"]),
                g.name_cell(p["name"]),
                g.id_cell(p["id"]),
                g.health_cell(lvl),
                P(g.num(str(amt))),
                g.card_cell(g.card()),
                P(r.choice(["农村信用社", "邮储银行", "农业银行", "建设银行"])),
                g.addr_cell(p),
                chk,
            ]
        )
    render_table(doc, g, heads, rows)
    doc.add("合计：%s元\n" % g.num("{:,}.00".format(total)))
    footer(doc, g, issuer, "12349")


def fam_orphan(doc, g):
    r, c = g.rng, g.c
    issuer = c["county"] + "民政局"
    header(
        doc,
        g,
        "%s%d年第%d季度社会散居孤儿基本生活费发放花名册" % (c["county"], g.year, r.randint(1, 4)),
        issuer,
        c["abbr"] + "民发",
    )
    std = r.choice([1100, 1200, 1250, 1320, 1400])
    doc.add("发放标准：%s元/人/月，资金已通过“一卡通”系统打卡发放。\n" % g.num(str(std)))
    heads = [
        ("序号", 0),
        ("乡镇", 0),
        ("孤儿姓名", 0),
        ("性别", 0),
        ("出生日期", 0),
        ("身份证号", 0),
        ("监护人", 0),
        ("关系", 0),
        ("监护人银行卡号", 0),
        ("发放金额（元）", 0),
        ("备注", 1),
    ]
    rows = []
    for i in range(rows_to_fit(g, 4, 12)):
        ch = g.person(2007, 2022, young=True)
        gu = g.person(1948, 1990)
        note = P("")
        x = r.random()
        if x < 0.25:
            note = P("该儿童") + g.health_cell(r.choice(CHILD_HEALTH))
        elif x < 0.4:
            note = P("随%s生活" % r.choice(["祖父母", "外祖父母", "伯父", "姑姑"]))
        elif x < 0.5 and g.mask != 2:
            note = P("住") + g.addr_cell(ch)
        rows.append(
            [
                P(str(i + 1)),
                P(ch["town"]),
                g.name_cell(ch["name"]),
                P(ch["g"]),
                P(g.date_str(ch["birth"])),
                g.id_cell(ch["id"]),
                g.name_cell(gu["name"]),
                P(r.choice(["祖母", "祖父", "外祖母", "伯父", "姑姑", "哥哥"])),
                g.card_cell(g.card()),
                P(g.num("%d.00" % (std * 3))),
                note,
            ]
        )
    render_table(doc, g, heads, rows)
    footer(doc, g, issuer, "12349")


def fam_funeral(doc, g):
    r, c = g.rng, g.c
    issuer = c["county"] + "民政局"
    cem = c["county"] + r.choice(["公益性公墓", "殡仪馆骨灰堂", "城东公益性骨灰堂"])
    header(
        doc,
        g,
        "%s%d年殡葬惠民政策（骨灰安放）补助对象名单" % (c["county"], g.year),
        issuer,
        c["abbr"] + "民发",
    )
    doc.add(
        "根据《%s惠民殡葬政策实施办法》，对下列逝者免除基本殡葬服务费用，骨灰安放于%s，现公示如下：\n"
        % (c["county"], cem)
    )
    heads = [
        ("序号", 0),
        ("逝者姓名", 0),
        ("性别", 0),
        ("身份证号", 0),
        ("死亡日期", 0),
        ("死亡原因", 1),
        ("户籍地址", 1),
        ("安放位置", 0),
        ("申请人（家属）", 0),
        ("家属电话", 0),
        ("减免金额", 0),
    ]
    rows = []
    for i in range(rows_to_fit(g, 5, 14)):
        p = g.person(1920, 1975, id15=0.5)
        fam = g.person(1950, 1995)
        dd = date(g.year, r.randint(1, 12), r.randint(1, 28))
        cause = r.choice(["病故", "病故", "正常死亡", "肺癌", "脑出血", "肝癌", "心肌梗死", "尿毒症", "意外"])
        rows.append(
            [
                P(str(i + 1)),
                g.name_cell(p["name"]),
                P(p["g"]),
                g.id_cell(p["id"]),
                P(g.date_str(dd)),
                g.health_cell(cause, normal=cause in ("病故", "正常死亡", "意外")),
                g.addr_cell(p),
                P("%s区%d排%d号" % (r.choice("ABCDE"), r.randint(1, 30), r.randint(1, 40))),
                g.name_cell(fam["name"]),
                g.mobile_cell(fam["mobile"]),
                P(g.num("%d.00" % r.choice([1200, 1500, 1800, 2000]))),
            ]
        )
    render_table(doc, g, heads, rows)
    doc.add(
        "火化证号段：HZ%s%d%04d至HZ%s%d%04d\n"
        % (c["code"], g.year, r.randint(1, 200), c["code"], g.year, r.randint(300, 900))
    )
    footer(doc, g, issuer, "12349")


def fam_adopt(doc, g):
    r, c = g.rng, g.c
    issuer = c["county"] + "民政局"
    g.mask = 0 if r.random() < 0.8 else 2
    header(
        doc,
        g,
        r.choice(
            [
                "收养登记公告",
                "查找被收养人生父母公告",
                "%s收养登记公告（%d）第%d号" % (c["county"], g.year, r.randint(1, 30)),
            ]
        ),
        issuer,
        c["abbr"] + "民收",
    )
    for k in range(r.randint(1, 3)):
        doc.add("\n" if k else "")
        a1 = g.person(1975, 1995, g="男")
        a2 = g.person(1975, 1995, g="女")
        a2["addr"] = a1["addr"]
        child = g.person(2015, 2023, young=True)
        x = r.random()
        doc.add(r.choice(["收养人", "申请人", "当事人"]))
        doc.segs(g.name_cell(a1["name"]))
        if x < 0.12 and g.mask == 0:
            doc.add("（男，香港居民，港澳居民来往内地通行证号码：")
            doc.add(r.choice("HM") + "%08d" % r.randint(0, 99999999), "hk_macau_permit")
        elif x < 0.22 and g.mask == 0:
            doc.add("（男，台湾居民，台湾居民来往大陆通行证号码：")
            doc.add("%08d" % r.randint(0, 99999999), "tw_permit")
        elif x < 0.3 and g.mask == 0:
            doc.add("（男，华侨，护照号码：")
            doc.add("E%08d" % r.randint(0, 99999999), "passport")
        else:
            doc.add("（男，%d年%d月出生，公民身份号码：" % (a1["birth"].year, a1["birth"].month))
            doc.segs(g.id_cell(a1["id"]))
        doc.add("）与")
        doc.segs(g.name_cell(a2["name"]))
        doc.add("（女，公民身份号码：")
        doc.segs(g.id_cell(a2["id"]))
        if r.random() < 0.2 and g.mask == 0:
            doc.add("，大陆居民往来台湾通行证号码：")
            doc.add("L%08d" % r.randint(0, 99999999), "tw_permit")
        doc.add("）夫妇，")
        if g.mask != 2:
            doc.add(r.choice(["住", "家住", "现住"]))
            doc.segs(g.addr_cell(a1))
            doc.add("，联系电话")
            doc.segs(g.mobile_cell(a1["mobile"]))
            if r.random() < 0.2:
                doc.add("，电子邮箱")
                doc.add(
                    "%s%d@%s"
                    % (
                        r.choice(["wei", "lzy", "yang", "huang", "tenzin", "jike"]),
                        r.randint(1970, 2005),
                        r.choice(["163.com", "qq.com", "126.com", "sina.com"]),
                    ),
                    "email",
                )
            doc.add("，")
        if r.random() < 0.6:
            swi = c["county"] + "儿童福利院" if r.random() < 0.5 else c["city"] + "社会福利院"
            doc.add("向本机关申请收养%s抚养的" % swi)
            doc.segs(g.name_cell(child["name"]))
            doc.add(
                "（%s，%s出生）。该儿童于%s在%s被捡拾，"
                % (
                    child["g"],
                    g.date_str(child["birth"]),
                    g.date_str(child["birth"] + timedelta(days=r.randint(1, 40))),
                    r.choice(
                        [
                            c["county"] + "人民医院门口",
                            c["seat"] + "汽车站候车室",
                            c["county"] + r.choice(c["roads"]) + "与" + r.choice(c["roads"]) + "交叉路口",
                            r.choice(list(c["towns"])) + "卫生院门口",
                        ]
                    ),
                )
            )
            if r.random() < 0.4:
                doc.add("入院时经检查")
                doc.segs(
                    g.health_cell(
                        r.choice(
                            [
                                "患有先天性唇腭裂，已手术治疗",
                                "患有先天性心脏病（房间隔缺损）",
                                "双眼弱视",
                                "左手多指畸形",
                            ]
                        ),
                        ident=True,
                    )
                )
                doc.add("，")
            doc.add("被收养后拟更名为")
            nn = (
                a1["name"][: 2 if a1["name"][:2] in COMPOUND_SUR else 1]
                + g.name(child["g"], True, "han")[-2:]
                if len(a1["name"]) <= 3
                else g.name(child["g"], True)
            )
            doc.segs(g.name_cell(nn))
            doc.add(
                "。请该儿童的生父母或其他监护人自公告之日起60日内，持有效证件到%s婚姻收养登记处认领。逾期无人认领的，视为查找不到生父母的儿童。\n"
                % issuer
            )
        else:
            rel = r.choice(["继子", "侄子", "外孙"] if child["g"] == "男" else ["继女", "侄女", "外孙女"])
            doc.add("申请收养其%s" % rel)
            doc.segs(g.name_cell(child["name"]))
            doc.add("（%s，%s出生，公民身份号码：" % (child["g"], g.date_str(child["birth"])))
            doc.segs(g.id_cell(child["id"]))
            doc.add("）。被收养人生母")
            doc.segs(g.name_cell(g.name("女")))
            doc.add("已书面同意送养。根据《中华人民共和国民法典》第一千一百零五条规定，现予公告。\n")
    doc.add(
        "登记机关地址：%s%s%s%d号，邮编%s，联系电话%s。\n"
        % (c["county"], c["seat"], r.choice(c["roads"]), r.randint(1, 200), c["post"], g.office_phone())
    )
    footer(doc, g, issuer, "12349")


def fam_newborn(doc, g):
    r, c = g.rng, g.c
    issuer = r.choice([c["county"] + "卫生健康局", c["county"] + "妇幼保健院"])
    header(
        doc,
        g,
        "%s%d年新生儿疾病筛查阳性病例随访管理名单" % (c["county"], g.year),
        issuer,
        c["abbr"] + "卫健发",
    )
    if r.random() < 0.5:
        doc.add(
            "筛查中心：%s新生儿疾病筛查中心  采血机构：%s妇幼保健院\n"
            % (c["city"] if "州" not in c["city"] else c["prov"], c["county"])
        )
    heads = [
        ("序号", 0),
        ("母亲姓名", 0),
        ("母亲身份证号", 0),
        ("新生儿", 0),
        ("出生日期", 0),
        ("分娩机构", 1),
        ("筛查结果", 1),
        ("联系电话", 0),
        ("家庭住址", 1),
        ("随访情况", 1),
        ("随访医生", 0),
    ]
    rows = []
    for i in range(rows_to_fit(g, 3, 10)):
        mo = g.person(1985, 2004, g="女")
        bb = date(g.year, r.randint(1, 12), r.randint(1, 28))
        sx = r.choice("子女")
        if r.random() < 0.7:
            baby = g.name_cell(mo["name"]) + P("之" + sx)
        else:
            baby = g.name_cell(
                g.name("男" if sx == "子" else "女", True, "han" if r.random() < 0.5 else None)
            )
        res = r.choice(NEWBORN)
        treat = []
        if "甲状腺" in res:
            treat = [g.health_cell("确诊后口服左甲状腺素钠片治疗")]
        elif "苯丙" in res:
            treat = [g.health_cell("已转诊至省妇幼保健院，低苯丙氨酸饮食治疗")]
        elif "G6PD" in res or "葡萄糖" in res:
            treat = [g.health_cell("已告知家长避免接触蚕豆及樟脑丸")]
        fu = r.choice([P("已召回复查"), P("失访，电话无法接通"), P("复查正常，结案")] + treat * 2)
        rows.append(
            [
                P(str(i + 1)),
                g.name_cell(mo["name"]),
                g.id_cell(mo["id"]),
                baby,
                P(g.date_str(bb)),
                P(
                    r.choice(
                        [
                            c["county"] + "人民医院",
                            c["county"] + "妇幼保健院",
                            r.choice(list(c["towns"])) + "卫生院",
                        ]
                    )
                ),
                g.health_cell(res),
                g.mobile_cell(mo["mobile"]),
                g.addr_cell(mo),
                fu,
                P(g.off_name()),
            ]
        )
    render_table(doc, g, heads, rows)
    footer(doc, g, issuer, "12320")


def fam_psych(doc, g):
    r, c = g.rng, g.c
    issuer = c["county"] + "卫生健康局"
    header(
        doc,
        g,
        "%s%d年严重精神障碍患者监护人看护管理补助发放表" % (c["county"], g.year),
        issuer,
        c["abbr"] + "卫健发",
    )
    std = r.choice([600, 800, 1000, 1200])
    doc.add("补助标准：%s元/人/年。\n" % g.num(str(std)))
    heads = [
        ("序号", 0),
        ("乡镇", 0),
        ("患者姓名", 0),
        ("身份证号", 0),
        ("诊断", 1),
        ("监护人姓名", 0),
        ("与患者关系", 0),
        ("监护人身份证号", 0),
        ("银行卡号", 0),
        ("金额", 0),
        ("家庭住址", 1),
        ("联系电话", 0),
    ]
    rows = []
    for i in range(rows_to_fit(g, 5, 14)):
        p = g.person(1950, 2004)
        gu = g.person(1945, 1995)
        tel = g.landline_cell() if r.random() < 0.2 else g.mobile_cell(gu["mobile"])
        rows.append(
            [
                P(str(i + 1)),
                P(p["town"]),
                g.name_cell(p["name"]),
                g.id_cell(p["id"]),
                g.health_cell(r.choice(PSY)),
                g.name_cell(gu["name"]),
                P(r.choice(["父亲", "母亲", "配偶", "兄", "姐", "子", "女"])),
                g.id_cell(gu["id"]),
                g.card_cell(g.card()),
                P(g.num("%d.00" % std)),
                g.addr_cell(p),
                tel,
            ]
        )
    render_table(doc, g, heads, rows)
    doc.add("审核人：%s  填表人：%s\n" % (g.off_name(), g.off_name()))
    footer(doc, g, issuer, "12320")


FAM_FUNCS = [
    fam_children,
    fam_visit,
    fam_assess,
    fam_nursing,
    fam_subsidy,
    fam_orphan,
    fam_funeral,
    fam_adopt,
    fam_newborn,
    fam_psych,
]
STYLES = ["prose", "tsv", "fixed", "cellline", "csv", "html"]


def generate(n, seed):
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        fi = i % len(FAMILIES)
        c = COUNTIES[rng.randrange(len(COUNTIES))]
        style = "prose" if fi == 7 else rng.choice(STYLES + ["prose", "tsv", "fixed"])
        g = Gen(rng, c, FAMILIES[fi], style)
        doc = Doc()
        FAM_FUNCS[fi](doc, g)
        docs.append({"type": FAMILIES[fi], "text": doc.text(), "spans": doc.spans})
    return docs


# ---------------------------------------------------------------- checking
def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check_span(kind, s):
    raw = s
    s = norm(s)
    if not raw or raw != raw.strip():
        return "leading/trailing whitespace"
    if kind == "id_card":
        return None if id18_ok(s) else "bad id_card"
    if kind == "id_card_15":
        return None if id15_ok(s) else "bad id_card_15"
    if kind == "bank_card":
        return (
            None
            if re.fullmatch(r"\d{16,19}", s) and luhn_ok(s) and s[:6] in CARD_PREFIXES
            else "bad bank_card"
        )
    if kind == "mobile":
        s = re.sub(r"^\+?86", "", s).replace("-", "")
        return None if re.fullmatch(r"1[3-9]\d{9}", s) else "bad mobile"
    if kind == "landline":
        return None if re.fullmatch(r"0\d{2,3}-?\d{7,8}", s) else "bad landline"
    if kind == "email":
        return None if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s) else "bad email"
    if kind == "passport":
        return None if re.fullmatch(r"E[0-9A-HJ-NP-Z]\d{7}", s) else "bad passport"
    if kind == "hk_macau_permit":
        return (
            None if re.fullmatch(r"([CHM]\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{10})", s) else "bad hk_macau_permit"
        )
    if kind == "tw_permit":
        return None if re.fullmatch(r"(L?\d{8})", s) else "bad tw_permit"
    if kind == "license_plate":
        return (
            None
            if re.fullmatch(
                r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{5,6}",
                s,
            )
            else "bad plate"
        )
    if kind == "name":
        s2 = s.replace("&nbsp;", "")
        return None if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", s2) and "某" not in s2 else "bad name"
    if kind == "address":
        return None if not re.search(r"[，。；、：,]$", s) else "bad address end"
    if kind == "health":
        return None
    return "unknown kind"


def check(docs):
    problems = []
    for i, d in enumerate(docs):
        t = d["text"]
        last = -1
        if d.get("type") not in FAMILIES:
            problems.append((i, "bad type"))
        covered = [False] * len(t)
        for sp in sorted(d["spans"], key=lambda x: (x["start"], x["end"])):
            a, b = sp["start"], sp["end"]
            if not (0 <= a < b <= len(t)):
                problems.append((i, "offset out of range %r" % sp))
                continue
            if a < last:
                problems.append((i, "overlap %r" % sp))
            last = max(last, b)
            err = check_span(sp["kind"], t[a:b])
            if err:
                problems.append((i, "%s: %r" % (err, t[a:b])))
            for k in range(a, b):
                covered[k] = True
        # completeness guard: unlabelled valid ids / issuer-prefixed Luhn cards / unmasked mobiles in person rows
        nt = t.translate({0xFF10 + k: 0x30 + k for k in range(10)})
        for m in re.finditer(r"(?<![\dA-Z])\d{17}[\dXx](?![\dA-Za-z])", nt):
            if id18_ok(m.group()) and not all(covered[m.start() : m.end()]):
                problems.append((i, "unlabelled id %s" % m.group()))
        for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", nt):
            if (
                m.group()[:6] in CARD_PREFIXES
                and luhn_ok(m.group())
                and not all(covered[m.start() : m.end()])
            ):
                problems.append((i, "unlabelled card %s" % m.group()))
    return problems


def stats(docs):
    kinds, fams, fk = {}, {}, {}
    for d in docs:
        fams[d["type"]] = fams.get(d["type"], 0) + 1
        for sp in d["spans"]:
            kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
            fk.setdefault(d["type"], {}).setdefault(sp["kind"], 0)
            fk[d["type"]][sp["kind"]] += 1
    out = ["documents: %d   spans: %d" % (len(docs), sum(kinds.values())), "per kind:"]
    for k in [
        "id_card",
        "id_card_15",
        "mobile",
        "landline",
        "bank_card",
        "email",
        "passport",
        "hk_macau_permit",
        "tw_permit",
        "license_plate",
        "address",
        "name",
        "health",
    ]:
        out.append("  %-16s %6d" % (k, kinds.get(k, 0)))
    out.append("per family (docs, spans, top kinds):")
    for f in FAMILIES:
        ks = fk.get(f, {})
        out.append(
            "  %-22s docs=%3d spans=%5d  %s"
            % (
                f,
                fams.get(f, 0),
                sum(ks.values()),
                " ".join("%s=%d" % kv for kv in sorted(ks.items(), key=lambda x: -x[1])),
            )
        )
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=331)
    ap.add_argument("-o", "--out")
    ap.add_argument("--input", help="check/stats an existing JSONL file instead of generating")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print("DECISIONS" + __doc__.split("DECISIONS", 1)[1])
        if not (a.out or a.check or a.stats or a.input):
            return 0
    if a.input:
        with open(a.input, encoding="utf-8") as f:
            docs = [json.loads(l) for l in f if l.strip()]
    else:
        docs = generate(a.docs, a.seed)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    rc = 0
    if a.check:
        pr = check(docs)
        for i, p in pr:
            print("doc %d: %s" % (i, p))
        print("check: %d documents, %d problems" % (len(docs), len(pr)))
        rc = 1 if pr else 0
    if a.stats:
        print(stats(docs))
    return rc


if __name__ == "__main__":
    sys.exit(main())
