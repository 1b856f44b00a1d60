"""Holdout 14: a blind labelled test set for the personal-information detector.

The documents are those a county (旗/区) government and its departments publish about the
政府信息公开 office's own work and about rural support programmes.  Eight families:

1. 政府信息公开 letters to an applicant: 答复书 (予以公开 / 部分公开 / 信息不存在 / 非本机关),
   补正通知书, 延期答复告知书, 征求第三方意见书 with its 回执, and the 申请登记表 (a form, a
   pipe table or one cell a line).  The applicant's name, ID or travel document, phone, e-mail,
   address and vehicle plate are labelled; the office's 联系人 and telephone are not.
2. 行政复议决定书 (申请人 with a relative or a lawyer as 委托代理人, 被申请人 an office, 第三人)
   and 行政应诉 summaries (a table of cases, a numbered prose list, an annual 通报).
3. 信访事项处理意见书 / 复查意见书 / 不予受理告知书 and a 信访 台账 table.
4. 农村危房改造补助对象公示 tables, 农村住房安全鉴定 lists, a single 鉴定报告 form and the
   minutes of a village 评议 meeting.
5. 土地承包经营权确权登记公示 per household (承包方代表, 家庭成员 table with relations, 地块 table
   whose 四至 cells name neighbours), a village summary list and a 变更 (inheritance) notice.
6. 计划生育奖励扶助 / 特别扶助 对象公示 (husband and wife with IDs, 子女 disability or death),
   an application form one cell a line, and an exit list in prose.
7. 草原生态保护补助奖励 and 耕地地力保护补贴 发放明细 (户名, ID, 一卡通 account = bank card,
   areas, amounts) as pipe, tab, space-aligned, CSV and HTML-remnant tables, with totals.
8. 光伏扶贫收益分配 and 公益性岗位补贴 lists whose IDs are already masked in the source
   ("6403**********1234": not labelled), some with full bank cards or disability columns, and
   公益性岗位拟聘用 lists (published by design: names not labelled).

Layouts: letters in prose, label–value forms, tab / pipe / space-padded / CSV / HTML tables, one
cell a line.  About a quarter of the documents imitate text extracted from PDF or Word: names
spaced or padded with full-width spaces ("张　三", "马 文 华"), page footers ("第 2 页 共 3 页")
and running titles with a repeated header inside tables, rows wrapped onto the next line (a tail
cell, or the last cell's address continued under it), and prose hard-wrapped at a fixed width.

Places are eight real counties (宁夏同心, 内蒙古正蓝旗, 青海贵南, 四川昭觉, 新疆疏附, 甘肃通渭,
河南光山, 湖南隆回) with Hui, Mongolian, Tibetan, Yi and Uyghur names beside Han names (common,
rare and two-character surnames).  IDs carry a real county code, a real birth date and the GB 11643
check digit; bank cards have real issuer prefixes and a valid Luhn digit; credit codes pass
GB 32100.  Near-misses (credit codes, 文号, 索引号, 申请编号, 案号, 地块编码, Luhn-valid 交易流水号,
office telephones, 12345, postcodes, gov.cn mail, offices' seats, officials, lawyers, anonymised
names, masked numbers) stay unlabelled.  Every document is self-checked and redrawn on failure.

    python holdout14.py --docs 400 --seed 53 -o out.jsonl
    python holdout14.py --decisions

First contact (--docs 400 --seed 53, measured by the lead with the detector of 7028a68, before
any fix for this set): name P 90.2 / R 76.4, address 99.4 / 91.5, health 100 / 94.7, landline
48.0 / 70.6, bank_card 100 / 99.6, mobile 100 / 99.5; every other kind 100 / 100.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Sequence, Set
from typing import TypedDict, TypeVar

T = TypeVar("T")
Span = tuple[str, int, int]  # (kind, start, end)

# ---------------------------------------------------------------- decisions

DECISIONS = [
    "A masked ID as published in the source (6403**********1234, 640324********123X) is not labelled; "
    "the name beside it is.",
    "A masked mobile (139****5678) is not labelled.",
    "公益性岗位拟聘用/拟安置人员公示 is a 聘用 list published by design: its names are not labelled "
    "(its masked IDs neither); a 公益性岗位补贴发放 list is a payment list and its names are labelled.",
    "委托代理人 who is a relative (系申请人之子/妻 …) is a private person: name, ID, address labelled. "
    "A lawyer or legal worker (…律师事务所律师, 法律服务所) is not labelled.",
    "The office's 联系人/经办人/承办人, 鉴定人员, 村干部 signing a 公示, judges, 法定代表人 of an office or "
    "company, and officials named in role are not labelled.",
    "Anonymised names (王某某, 马某, 李女士, 申请人张某) are not labelled.",
    "A mobile written with +86 / 86- / 0086 is labelled including that prefix; spaces and dashes inside "
    "are part of the span.",
    "A landline is labelled only when it is a person's (家庭电话/座机/联系电话 of the applicant, 信访人 …); "
    "the span includes the area code when written. Office phones after 联系电话/咨询电话/监督电话 are not.",
    "Health: only the condition words are labelled (肢体残疾二级, 智力三级, 尿毒症, 脑梗死后遗症). "
    "Programme categories (特别扶助（伤残）, 残疾人家庭, 因病致贫, 致贫原因：因病) without a named "
    "condition are not labelled; '死亡' / '去世' is not health.",
    "A bare household category such as 低保户/特困供养 is not labelled (not one of the kinds).",
    "Addresses are labelled from the first place name (省/市/县/乡镇/村, whichever is written first) to "
    "the last house-level unit (号/栋/单元/室/组/队/社); '住' or '家住' before it is not in the span. "
    "A 所在村 column with only a village is not labelled; 住址 columns always reach 组 or 号 in this set.",
    "An office's seat (住所地, 地址 of an office, 政务服务中心) is never labelled, even when shaped "
    "like a home address.",
    "四至 cells naming a neighbour (东至张三, a bare name in a 东/南/西/北 column, 张三地) label the name "
    "only; 道路/沟渠/集体荒地 are not labelled.",
    "PDF-extracted prose is hard-wrapped; a wrap never splits a name, ID, phone, card, mail or plate, but "
    "may split an address or a health phrase: the span then includes the line break.",
    "In a PDF table whose last cell (an address) continues on the next line, the span runs from the "
    "address's first character to its last, including the line break and the indentation.",
    "Spaced or padded names (张　三, 马 文 华) are labelled as written, spaces included; a Uyghur name "
    "with '·' or '•' is one span.",
    "A government body's 对公 account and a 交易流水号 are not bank cards and are not labelled, even when "
    "Luhn-valid (none of them starts with a card-issuer prefix).",
    "A vehicle plate of a private person (applicant's car, a truck named in a 信访) is labelled; the "
    "'·' inside a plate is part of the span.",
    "In a 20-digit 残疾人证号 the first 18 characters (the holder's ID) are labelled id_card; the trailing "
    "category and grade digits are not labelled.",
    "A 15-digit first-generation ID is labelled id_card_15 only in an ID column or after an ID label.",
    "Birth dates, sex, ethnicity, ages, areas, amounts and household sizes are not labelled (no kind).",
]

# ---------------------------------------------------------------- checksums

W_ID = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
PROVS = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
PROVS |= {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W_ID, strict=True)) % 11]


def id_valid(s: str) -> bool:
    if len(s) != 18 or not s[:17].isdigit() or int(s[:2]) not in PROVS:
        return False
    try:
        d = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= d.year <= 2025 and id_check(s[:17]) == s[17].upper()


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
OC_W = (3, 7, 9, 10, 5, 8, 4, 2)


def org_code(rng: random.Random, letters: bool) -> str:
    pool = "0123456789ABCDEFGHJKLMNPQRTUWXY" if letters else "0123456789"
    body = "".join(rng.choice(pool) for _ in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, OC_W, strict=True)) % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def not_luhn(s: str) -> str:
    """A code number that must not read as a bank card: spoil its Luhn sum."""
    return s[:-1] + str((int(s[-1]) + 1) % 10) if luhn_ok(s) else s


def credit_code(rng: random.Random, region: str, head: str = "11") -> str:
    body = head + region + org_code(rng, head != "11")
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body, CC_W, strict=True))
    return body + CC_CHARS[(31 - s % 31) % 31]


# ---------------------------------------------------------------- places


class Profile(TypedDict):
    prov: str
    city: str
    county: str
    short: str
    code: str
    area: str
    post: str
    court: str
    style: str
    unit: str
    vil: str
    towns: list[str]
    villages: list[str]
    pastoral: bool


PROFILES: list[Profile] = [
    {
        "prov": "宁夏回族自治区",
        "city": "吴忠市",
        "county": "同心县",
        "short": "同",
        "code": "640324",
        "area": "0953",
        "post": "751300",
        "court": "宁0324",
        "style": "hui",
        "unit": "组",
        "vil": "村",
        "towns": [
            "豫海镇",
            "河西镇",
            "丁塘镇",
            "韦州镇",
            "下马关镇",
            "预旺镇",
            "王团镇",
            "田老庄乡",
            "兴隆乡",
        ],
        "villages": [
            "南关村",
            "西沟村",
            "菊花台村",
            "杨家河湾村",
            "田家岔村",
            "周新村",
            "刘家滩村",
            "红城水村",
        ],
        "pastoral": True,
    },
    {
        "prov": "内蒙古自治区",
        "city": "锡林郭勒盟",
        "county": "正蓝旗",
        "short": "蓝",
        "code": "152530",
        "area": "0479",
        "post": "027200",
        "court": "内2530",
        "style": "mongol",
        "unit": "组",
        "vil": "嘎查",
        "towns": ["上都镇", "桑根达来镇", "哈毕日嘎镇", "宝绍岱苏木", "那日图苏木", "赛音胡都嘎苏木"],
        "villages": [
            "敖力克嘎查",
            "巴彦胡舒嘎查",
            "乌兰沟嘎查",
            "宝日胡舒嘎查",
            "伊和淖尔嘎查",
            "巴音查干嘎查",
        ],
        "pastoral": True,
    },
    {
        "prov": "青海省",
        "city": "海南藏族自治州",
        "county": "贵南县",
        "short": "贵南",
        "code": "632525",
        "area": "0974",
        "post": "813100",
        "court": "青2525",
        "style": "tibetan",
        "unit": "社",
        "vil": "村",
        "towns": ["茫曲镇", "过马营镇", "森多镇", "沙沟乡", "茫拉乡", "塔秀乡"],
        "villages": ["沙加村", "达玉村", "阿什贡村", "切扎村", "加什科村", "黄沙头村", "鲁仓村"],
        "pastoral": True,
    },
    {
        "prov": "四川省",
        "city": "凉山彝族自治州",
        "county": "昭觉县",
        "short": "昭",
        "code": "513431",
        "area": "0834",
        "post": "616150",
        "court": "川3431",
        "style": "yi",
        "unit": "组",
        "vil": "村",
        "towns": ["新城镇", "谷曲乡", "四开乡", "竹核乡", "比尔乡", "解放乡"],
        "villages": ["解放沟村", "火普村", "三河村", "谷莫村", "阿并洛古村", "阿土列尔村"],
        "pastoral": False,
    },
    {
        "prov": "新疆维吾尔自治区",
        "city": "喀什地区",
        "county": "疏附县",
        "short": "疏",
        "code": "653121",
        "area": "0998",
        "post": "844100",
        "court": "新3121",
        "style": "uyghur",
        "unit": "组",
        "vil": "村",
        "towns": ["托克扎克镇", "乌帕尔镇", "吾库萨克镇", "站敏乡", "塔什米里克乡", "布拉克苏乡"],
        "villages": ["阔纳协海尔村", "英吾斯坦村", "巴格其村", "阿克提坎村", "喀拉吐孜村", "萨依巴格村"],
        "pastoral": True,
    },
    {
        "prov": "甘肃省",
        "city": "定西市",
        "county": "通渭县",
        "short": "通",
        "code": "621121",
        "area": "0932",
        "post": "743300",
        "court": "甘1121",
        "style": "han",
        "unit": "社",
        "vil": "村",
        "towns": ["平襄镇", "马营镇", "鸡川镇", "榜罗镇", "常家河镇", "义岗川镇", "陇阳镇", "寺子川乡"],
        "villages": ["锦屏村", "温泉村", "中林村", "何川村", "新庄村", "王家山村", "张川村"],
        "pastoral": False,
    },
    {
        "prov": "河南省",
        "city": "信阳市",
        "county": "光山县",
        "short": "光",
        "code": "411522",
        "area": "0376",
        "post": "465450",
        "court": "豫1522",
        "style": "han",
        "unit": "组",
        "vil": "村",
        "towns": ["十里镇", "寨河镇", "孙铁铺镇", "马畈镇", "泼陂河镇", "白雀园镇", "槐店乡", "晏河乡"],
        "villages": ["新四村", "东岳村", "詹湾村", "方洼村", "桥店村", "何畈村"],
        "pastoral": False,
    },
    {
        "prov": "湖南省",
        "city": "邵阳市",
        "county": "隆回县",
        "short": "隆",
        "code": "430524",
        "area": "0739",
        "post": "422200",
        "court": "湘0524",
        "style": "han",
        "unit": "组",
        "vil": "村",
        "towns": ["桃洪镇", "六都寨镇", "荷香桥镇", "横板桥镇", "周旺镇", "滩头镇", "鸭田镇"],
        "villages": ["大花村", "崇木凼村", "龙寨村", "白竹坪村", "向家村", "岩头村"],
        "pastoral": False,
    },
]
OTHER_REGIONS = [
    "640302",
    "640381",
    "640104",
    "620102",
    "632123",
    "150102",
    "513401",
    "650102",
    "411502",
    "430502",
    "610113",
    "110105",
    "320106",
    "370202",
    "440305",
    "510107",
]
ROADS = ["人民路", "团结路", "解放街", "新华街", "文化路", "长城路", "建设路", "幸福巷", "民族街", "迎宾大道"]
ESTATES = ["康居小区", "阳光花园", "锦绣家园", "翠湖苑", "鑫泰小区", "丽景苑", "惠民安置小区", "福泽园"]

# ---------------------------------------------------------------- names

COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
RARE = list("仉厍剡禤佴亓逄訾隗牟冶敬鲜粟母豆妥者拜撒喇虎脱锁仝郗鄢璩")
COMPOUND = [
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "令狐",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "端木",
]
HUI_SUR = list("马马马杨丁海金纳虎拜冶锁妥撒喇田李王苏白哈")
MALE_G = list(
    "伟强磊军洋勇杰涛明超平刚建国文辉林峰海鹏飞斌宁学忠福贵成德生荣宏志永金山宝俊龙虎义礼仁新喜存有发旺"
    "满全兴顺才亮东晓浩宇轩睿博泽锦彦廷占武鑫"
)
FEMALE_G = list("芳娜秀英敏静丽艳娟霞桂兰玉梅华红燕春花凤琴云莲珍彩婷雪倩佳欣悦怡彤萱雨思琪涵岚璐琳娥翠")
MONGOL = [
    "巴特尔",
    "额尔敦",
    "其其格",
    "乌云",
    "阿拉坦仓",
    "那仁格日乐",
    "斯琴高娃",
    "图雅",
    "宝音",
    "朝鲁",
    "苏和",
    "敖登",
    "孟和",
    "吉日嘎拉",
    "娜仁",
    "萨仁",
    "格日勒",
    "乌力吉",
    "哈斯",
    "布和",
    "特木尔",
    "额尔德尼",
    "达来",
    "呼和",
    "满都拉",
    "阿拉腾",
    "苏日娜",
    "巴雅尔",
    "道尔吉",
    "乌日娜",
    "额尔顿其木格",
]
MONGOL_HAN_SUR = list("包白韩吴鲍陈宝")
TIB_A = [
    "扎西",
    "才让",
    "多杰",
    "索南",
    "尕藏",
    "华旦",
    "加羊",
    "贡保",
    "仁青",
    "更登",
    "旦增",
    "洛桑",
    "公保",
    "万玛",
    "东知",
    "拉毛",
    "卓玛",
    "周毛",
    "德吉",
    "桑杰",
]
TIB_B = [
    "才让",
    "卓玛",
    "东周",
    "措",
    "吉",
    "加",
    "草",
    "当周",
    "多杰",
    "拉毛",
    "本",
    "旦",
    "太",
    "加布",
    "吉措",
    "卓嘎",
    "措毛",
    "才旦",
    "尖措",
]
YI_A = [
    "阿苦",
    "吉克",
    "沙马",
    "俄木",
    "阿的",
    "吉伍",
    "曲比",
    "海来",
    "勒尔",
    "吉木",
    "阿尔",
    "马海",
    "俄底",
    "日火",
    "阿西",
    "瓦扎",
    "木乃",
]
YI_B = [
    "日呷",
    "阿呷",
    "拉格",
    "伍呷",
    "木呷",
    "五各",
    "阿果",
    "拉作",
    "约哈",
    "伍沙",
    "么且",
    "阿支",
    "石者",
    "以作",
    "尔古",
    "阿牛",
    "莫色",
]
UY = [
    "阿不都热合曼",
    "买买提",
    "热依拉",
    "吐尔逊",
    "艾尔肯",
    "阿布都拉",
    "古丽",
    "努尔",
    "帕提古丽",
    "阿依努尔",
    "麦麦提",
    "艾则孜",
    "吾买尔",
    "亚森",
    "如克亚",
    "阿迪力",
    "塔依尔",
    "图尔荪",
    "热合曼",
    "阿依古丽",
    "依明",
    "阿卜杜克热木",
    "努尔曼古丽",
    "艾合买提",
    "再努尔",
    "玉苏甫",
]

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
    "145",
    "147",
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
    "180",
    "181",
    "182",
    "183",
    "184",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
]
BANKS = [
    ("622848", "中国农业银行"),
    ("621700", "中国建设银行"),
    ("622202", "中国工商银行"),
    ("621226", "中国工商银行"),
    ("621799", "中国邮政储蓄银行"),
    ("622188", "中国邮政储蓄银行"),
    ("622262", "交通银行"),
    ("621661", "中国银行"),
    ("622700", "中国建设银行"),
]
PLATE_PROV = {
    "640324": "宁",
    "152530": "蒙",
    "632525": "青",
    "513431": "川",
    "653121": "新",
    "621121": "甘",
    "411522": "豫",
    "430524": "湘",
}
PLATE_CITY = {
    "640324": "C",
    "152530": "H",
    "632525": "E",
    "513431": "W",
    "653121": "Q",
    "621121": "J",
    "411522": "S",
    "430524": "E",
}
MAILS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "hotmail.com"]
CN_NUM = "〇一二三四五六七八九"

NAME_UNBREAK = {
    "name",
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
}


def dwidth(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def cn_date(d: dt.date) -> str:
    y = "".join(CN_NUM[int(c)] for c in str(d.year))

    def n(v: int) -> str:
        if v < 10:
            return "一二三四五六七八九"[v - 1]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + "一二三四五六七八九"[v - 11]
        return (
            "一二三四五六七八九"[v // 10 - 1]
            + "十"
            + ("" if v % 10 == 0 else "一二三四五六七八九"[v % 10 - 1])
        )

    return f"{y}年{n(d.month)}月{n(d.day)}日"


# ---------------------------------------------------------------- document builder


class Doc:
    """Text built piece by piece; a piece is a str or a (kind, text) tuple, lists are flattened."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.spans: list[Span] = []
        self.pos = 0

    def add(self, *items: object) -> Doc:
        for it in items:
            if isinstance(it, list):
                self.add(*it)
            elif isinstance(it, tuple):
                kind, text = it
                self.spans.append((kind, self.pos, self.pos + len(text)))
                self.buf.append(text)
                self.pos += len(text)
            elif it:
                s = str(it)
                self.buf.append(s)
                self.pos += len(s)
        return self

    def text(self) -> str:
        return "".join(self.buf)


def insert_strings(text: str, spans: list[Span], inserts: list[tuple[int, str]]) -> tuple[str, list[Span]]:
    inserts = sorted(inserts, key=lambda x: x[0])
    out, last = [], 0
    for p, piece in inserts:
        out.append(text[last:p])
        out.append(piece)
        last = p
    out.append(text[last:])
    new = []
    for kind, s, e in spans:
        ns = s + sum(len(x) for p, x in inserts if p <= s)
        ne = e + sum(len(x) for p, x in inserts if p < e)
        new.append((kind, ns, ne))
    return "".join(out), new


def hard_wrap(text: str, spans: list[Span], width: int) -> tuple[str, list[Span]]:
    """Break lines longer than `width` display units, never inside an unbreakable span."""
    hard = [(s, e) for k, s, e in spans if k in NAME_UNBREAK]
    inserts = []
    i, n = 0, len(text)
    col, line_start = 0, 0
    while i < n:
        c = text[i]
        if c == "\n":
            col, line_start = 0, i + 1
            i += 1
            continue
        w = dwidth(c)
        if col + w > width and i > line_start:
            b = i
            if text[b] in "，。；：、）》”！？":
                b += 1
            for s, e in hard:
                if s < b < e:
                    b = s if s > line_start else e
                    break
            if b >= n or text[b] == "\n" or b <= line_start:
                col += w
                i += 1
                continue
            inserts.append((b, "\n"))
            line_start = b
            col = sum(dwidth(x) for x in text[b:i])
            continue
        col += w
        i += 1
    return insert_strings(text, spans, inserts)


# ---------------------------------------------------------------- per-document generator


class Gen:
    def __init__(self, rng: random.Random, prof: Profile, pdf: bool) -> None:
        self.rng = rng
        self.p = prof
        self.pdf = pdf
        self.used: set[str] = set()
        self.styles: list[str] = []
        self.private: set[str] = set()
        self.officials: set[str] = set()
        self.year = rng.choice([2022, 2023, 2024, 2024, 2025])

    # -- small helpers
    def c(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def date(self, lo_month: int = 1, hi_month: int = 12) -> dt.date:
        m = self.rng.randint(lo_month, hi_month)
        return dt.date(self.year, m, self.rng.randint(1, 28))

    def dstr(self, d: dt.date) -> str:
        if self.chance(0.15):
            return cn_date(d)
        if self.chance(0.1):
            return f"{d.year}.{d.month:02d}.{d.day:02d}"
        return f"{d.year}年{d.month}月{d.day}日"

    # -- names
    def _han(self, sex: str, style: str) -> str:
        r = self.rng.random()
        if style == "hui" and r < 0.6:
            sur = self.c(HUI_SUR)
        elif r < 0.07:
            sur = self.c(COMPOUND)
        elif r < 0.15:
            sur = self.c(RARE)
        else:
            sur = self.c(COMMON)
        pool = MALE_G if sex == "男" else FEMALE_G
        n = 1 if self.chance(0.3) else 2
        if len(sur) == 2 and self.chance(0.5):
            n = 2
        return sur + "".join(self.c(pool) for _ in range(n))

    def name(self, sex: str | None = None, style: str | None = None, official: bool = False) -> str:
        sex = sex or self.c("男女")
        style = style or self.p["style"]
        for _ in range(50):
            minority = style not in ("hui", "han") and self.chance(0.3 if official else 0.6)
            if not minority:
                nm = self._han(sex, style)
            elif style == "mongol":
                nm = self.c(MONGOL)
                if self.chance(0.2):
                    nm = self.c(MONGOL_HAN_SUR) + self.c(MALE_G if sex == "男" else FEMALE_G) * 1
                    nm += self.c(MALE_G if sex == "男" else FEMALE_G)
            elif style == "tibetan":
                nm = self.c(TIB_A) + self.c(TIB_B)
            elif style == "yi":
                nm = self.c(YI_A) + self.c(YI_B)
            else:
                a, b = self.c(UY), self.c(UY)
                if a == b:
                    continue
                nm = a + self.c(["·", "·", "·", ""]) + b
            if nm not in self.used and not any(nm in u or u in nm for u in self.used):
                self.used.add(nm)
                (self.officials if official else self.private).add(nm)
                return nm
        raise RuntimeError("no name")

    def sname(self, nm: str, table: bool = False) -> str:
        """The name as a PDF/Word extraction may show it."""
        if not self.pdf or not self.chance(0.55 if table else 0.2):
            return nm
        if "·" in nm:
            return nm.replace("·", "•") if self.chance(0.5) else nm
        if len(nm) == 2:
            return nm[0] + self.c(["　", " ", "  "]) + nm[1]
        if len(nm) == 3 and self.chance(0.6):
            return " ".join(nm)
        return nm

    # -- numbers
    def idno(self, by: tuple[int, int], sex: str, region: str | None = None) -> str:
        region = region or (self.p["code"] if self.chance(0.85) else self.c(OTHER_REGIONS))
        y = self.rng.randint(*by)
        d = dt.date(y, 1, 1) + dt.timedelta(days=self.rng.randint(0, 364))
        want_x = self.chance(0.05)
        for _ in range(200):
            seq = self.rng.randint(0, 99) * 10 + self.rng.choice(
                [1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8]
            )
            s17 = f"{region}{d:%Y%m%d}{seq:03d}"
            ck = id_check(s17)
            if not want_x or ck == "X":
                break
        if ck == "X" and self.chance(0.2):
            ck = "x"
        return s17 + ck

    def id15(self, sex: str) -> str:
        y = self.rng.randint(1935, 1965)
        d = dt.date(y, 1, 1) + dt.timedelta(days=self.rng.randint(0, 364))
        seq = self.rng.randint(0, 99) * 10 + self.rng.choice(
            [1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8]
        )
        return f"{self.p['code']}{d:%y%m%d}{seq:03d}"

    def masked_id(self, real: str) -> str:
        r = self.rng.random()
        if r < 0.5:
            return real[:4] + "*" * 10 + real[-4:]
        if r < 0.8:
            return real[:6] + "*" * 8 + real[-4:]
        return real[:3] + "*" * 11 + real[-4:]

    def mobile_digits(self) -> str:
        return self.c(MOBILE_PRE) + "".join(str(self.rng.randint(0, 9)) for _ in range(8))

    def mobile(self, plain: bool = False) -> str:
        m = self.mobile_digits()
        if plain:
            return m
        r = self.rng.random()
        if r < 0.62:
            return m
        if r < 0.72:
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if r < 0.80:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if r < 0.88:
            return "+86 " + m if self.chance(0.5) else "+86-" + m
        if r < 0.95:
            return "86-" + m
        return "0086 " + m

    def landline(self, with_area: bool = True) -> str:
        num = str(self.rng.randint(2, 7)) + "".join(str(self.rng.randint(0, 9)) for _ in range(6))
        if not with_area:
            return num
        return f"{self.p['area']}-{num}" if self.chance(0.8) else f"（{self.p['area']}）{num}"

    def office_phone(self) -> str:
        num = self.c("58") + "".join(str(self.rng.randint(0, 9)) for _ in range(6))
        return f"{self.p['area']}-{num}" if self.chance(0.85) else f"{self.p['area']}{num}"

    def card(self, spaced: bool | None = None) -> tuple[str, str]:
        pre, bank = self.c(BANKS)
        ln = 19 if self.chance(0.85) else 16
        body = pre + "".join(str(self.rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
        num = luhn_complete(body)
        if spaced is None:
            spaced = self.chance(0.2)
        if spaced:
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return num, bank

    def flow_no(self) -> str:
        """A 交易流水号: 19 digits starting with the year, sometimes Luhn-valid."""
        body = f"{self.year}{self.rng.randint(1, 12):02d}" + "".join(
            str(self.rng.randint(0, 9)) for _ in range(12)
        )
        return luhn_complete(body) if self.chance(0.5) else body + str(self.rng.randint(0, 9))

    def email(self, nm_hint: str = "") -> str:
        dom = self.c(MAILS)
        if dom == "qq.com" or self.chance(0.2):
            user = str(self.rng.randint(10000, 3999999999))
        else:
            letters = "abcdefghijklmnopqrstuvwxyz"
            user = "".join(self.c(letters) for _ in range(self.rng.randint(3, 8)))
            if self.chance(0.6):
                user += str(self.rng.randint(1, 2005))
            if self.chance(0.2):
                user = user[:3] + self.c("._") + user[3:]
        return f"{user}@{dom}"

    def plate(self) -> str:
        pv, ct = PLATE_PROV[self.p["code"]], PLATE_CITY[self.p["code"]]
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        r = self.rng.random()
        if r < 0.55:
            tail = "".join(
                self.c("0123456789" + letters[:8]) if i < 2 else self.c("0123456789") for i in range(5)
            )
            if not any(ch.isdigit() for ch in tail):
                tail = tail[:-1] + "7"
        elif r < 0.8:
            tail = self.c("DF") + "".join(self.c("0123456789") for _ in range(5))
        else:
            tail = "".join(self.c("0123456789") for _ in range(5)) + self.c("DF")
        sep = "·" if self.chance(0.3) else ""
        return f"{pv}{ct}{sep}{tail}"

    def passport(self) -> tuple[str, str]:
        r = self.rng.random()
        digits = "0123456789"
        if r < 0.4:
            return "护照", "E" + "".join(self.c(digits) for _ in range(8))
        if r < 0.6:
            return "护照", "E" + self.c("ABCDEFGHJK") + "".join(self.c(digits) for _ in range(7))
        if r < 0.85:
            return "往来港澳通行证", "C" + "".join(self.c(digits) for _ in range(8))
        return "台湾居民来往大陆通行证", "".join(self.c(digits) for _ in range(8))

    # -- places
    def village(self) -> str:
        return self.c(self.p["villages"])

    def town(self) -> str:
        return self.c(self.p["towns"])

    def addr(
        self, prefix: str | None = None, urban: float = 0.15, town: str | None = None, vil: str | None = None
    ) -> str:
        """A home address down to the house level."""
        p = self.p
        if prefix is None:
            prefix = self.c(["", "", "county", "county", "city", "full"])
        head = {
            "": "",
            "county": p["county"],
            "city": p["city"] + p["county"],
            "full": p["prov"] + p["city"] + p["county"],
        }[prefix]
        town = town or self.town()
        if self.chance(urban):
            if self.chance(0.5):
                tail = f"{self.c(ROADS)}{self.rng.randint(1, 260)}号"
                if self.chance(0.4):
                    tail += f"{self.rng.randint(1, 3)}单元{self.rng.randint(1, 6)}0{self.rng.randint(1, 4)}室"
            else:
                tail = (
                    f"{self.c(ESTATES)}{self.rng.randint(1, 24)}{self.c(['号楼', '栋', '幢'])}"
                    f"{self.rng.randint(1, 4)}单元{self.rng.randint(1, 18)}0{self.rng.randint(1, 4)}"
                    f"{self.c(['室', '室', '号'])}"
                )
            return head + town + tail
        vil = vil or self.village()
        grp = f"{self.rng.randint(1, 12)}{p['unit']}"
        r = self.rng.random()
        if r < 0.55:
            tail = f"{grp}{self.rng.randint(1, 120)}号"
        elif r < 0.8:
            tail = grp
        else:
            tail = f"{self.c(['一', '二', '三', '四', '五', '六'])}{p['unit']}{self.rng.randint(1, 60)}号"
        if not head and self.chance(0.25):
            return vil + tail
        return head + town + vil + tail

    def office_addr(self) -> str:
        p = self.p
        if self.chance(0.3):
            num = self.rng.randint(1, 120)
            return f"{p['county']}{p['towns'][0]}{self.c(ROADS)}{num}号政务服务中心{self.c('二三四')}楼"
        return f"{p['county']}{p['towns'][0]}{self.c(ROADS)}{self.rng.randint(1, 200)}号"

    def office(self, kind: str | None = None) -> str:
        kinds = [
            "人民政府办公室",
            "自然资源局",
            "农业农村局",
            "住房和城乡建设局",
            "卫生健康局",
            "乡村振兴局",
            "人力资源和社会保障局",
            "财政局",
            "林业和草原局",
            "信访局",
            "民政局",
            "交通运输局",
        ]
        return self.p["county"] + (kind or self.c(kinds))

    def wh(self, tag: str) -> str:
        return f"{self.p['short']}{tag}〔{self.year}〕{self.rng.randint(1, 160)}号"

    def index_no(self, region_cc: str | None = None) -> str:
        cc = region_cc or credit_code(self.rng, self.p["code"], "11")
        return f"{cc}/{self.year}-{self.rng.randint(1, 2000):05d}"

    def amount(self, lo: float, hi: float) -> str:
        v = self.rng.uniform(lo, hi)
        return f"{v:.2f}"

    # -- tables
    def table(
        self,
        d: Doc,
        header: list,
        rows: list,
        style: str,
        running: str | None = None,
        foot_note: str | None = None,
    ) -> None:
        """Render a table; cells are items for Doc.add (str, (kind, text) or lists of them)."""

        def norm(cell: object) -> list:
            if isinstance(cell, list):
                return cell
            return [cell]

        def ctext(cell: list) -> str:
            return "".join(x[1] if isinstance(x, tuple) else str(x) for x in cell)

        header = [norm(c) for c in header]
        rows = [[norm(c) for c in r] for r in rows]
        self.styles.append(style)
        ncol = len(header)
        widths = [max(dwidth(ctext(r[i])) for r in [header, *rows]) for i in range(ncol)]
        per_page = self.rng.randint(3, 6) if self.pdf and len(rows) >= 4 else 0
        pages = (len(rows) + per_page - 1) // per_page if per_page else 1
        page0 = self.rng.randint(1, 2)
        pages_total = pages + page0 - 1 + self.rng.randint(0, 1)
        sep = self.c(["\t", "\t", "\t\t"]) if style == "tab" else "  "

        def emit(row: list, th: bool = False, wrap: bool = False) -> None:
            if style == "html":
                tag = "th" if th else "td"
                d.add("<tr>")
                for cell in row:
                    d.add(f"<{tag}>", cell, f"</{tag}>")
                d.add("</tr>\n")
                return
            if style == "csv":
                for i, cell in enumerate(row):
                    d.add("," if i else "", '"', cell, '"')
                d.add("\n")
                return
            if style == "cells":
                for cell in row:
                    d.add(cell if ctext(cell) else "", "\n")
                if not th and self.chance(0.3):
                    d.add("\n")
                return
            cut = len(row)
            split_addr = None
            if wrap:
                last = row[-1]
                if (
                    len(last) == 1
                    and isinstance(last[0], tuple)
                    and last[0][0] == "address"
                    and len(last[0][1]) > 9
                ):
                    split_addr = last[0][1]
                else:
                    cut = self.rng.randint(max(2, len(row) - 2), len(row) - 1)
            if style == "pipe":
                d.add("|")
            col = 0
            for i, cell in enumerate(row[:cut]):
                if style == "pipe":
                    d.add(" ")
                if i == len(row) - 1 and split_addr:
                    k = self.rng.randint(len(split_addr) // 2 - 2, len(split_addr) // 2 + 2)
                    indent = " " * (col + (2 if style == "pipe" else 0))
                    d.add(("address", split_addr[:k] + "\n" + indent + split_addr[k:]))
                else:
                    d.add(cell)
                w = dwidth(ctext(cell))
                if style == "pipe":
                    d.add(" " * (widths[i] - w if self.pdf else 0), " |")
                    col += widths[i] + 3
                elif i < len(row) - 1:
                    pad = widths[i] - w + 2 if style == "space" else 0
                    d.add(" " * pad if style == "space" else sep)
                    col += widths[i] + 2
            if cut < len(row):
                indent = " " * (sum(widths[:cut]) + 2 * cut)
                d.add("\n", indent)
                for i, cell in enumerate(row[cut:]):
                    d.add(cell, "  " if i < len(row) - cut - 1 else "")
            d.add("\n")

        if style == "html":
            d.add('<table border="1">\n')
        if style == "pipe" and self.chance(0.4):
            emit(header, True)
            d.add("|" + "|".join("---" for _ in range(ncol)) + "|\n")
        else:
            emit(header, True)
        for i, r in enumerate(rows):
            wrap = self.pdf and style in ("space", "pipe", "tab") and self.chance(0.2) and len(r) > 3
            emit(r, wrap=wrap)
            if per_page and (i + 1) % per_page == 0 and i + 1 < len(rows):
                pg = page0 + (i + 1) // per_page - 1
                d.add(
                    self.c(
                        [
                            f"第 {pg} 页 共 {pages_total} 页\n",
                            f"第{pg}页，共{pages_total}页\n",
                            f"- {pg} -\n",
                            f"{pg}/{pages_total}\n",
                        ]
                    )
                )
                if running and self.chance(0.7):
                    d.add(running, "（续）\n" if self.chance(0.5) else "\n")
                if self.chance(0.6):
                    emit(header, True)
        if style == "html":
            d.add("</table>\n")
        if foot_note:
            d.add(foot_note, "\n")
        if per_page and self.chance(0.6):
            d.add(f"第 {page0 + pages - 1} 页 共 {pages_total} 页\n")

    def style(self, allowed: tuple[str, ...] = ("tab", "pipe", "space", "cells", "html", "csv")) -> str:
        if self.pdf:
            pref = [s for s in allowed if s in ("space", "pipe", "tab", "cells")] or list(allowed)
            return self.c(pref)
        return self.c(list(allowed))

    def close_contact(self, d: Doc, office: str) -> None:
        who = self.name(official=True)
        r = self.rng.random()
        if r < 0.35:
            d.add(f"联系人：{who}    联系电话：{self.office_phone()}\n")
        elif r < 0.6:
            d.add(f"（联系人：{self.c(['', '办公室'])}{who}，电话：{self.office_phone()}）\n")
        elif r < 0.8:
            d.add(f"咨询电话：{self.office_phone()}    监督电话：{self.office_phone()}、12345\n")
        else:
            d.add(f"经办人：{who}    联系电话：{self.office_phone()}    邮编：{self.p['post']}\n")
        if self.chance(0.25):
            mail = (
                self.c(["zfxxgk", "xxgk", "gkb", "ysqgk"])
                + "@"
                + self.c(["nx", "gs", "ha", "hn", "sc", "xj", "qh", "nmg"])
                + ".gov.cn"
            )
            d.add(f"电子邮箱：{mail}\n")


class Person:
    def __init__(
        self,
        g: Gen,
        sex: str | None = None,
        by: tuple[int, int] = (1955, 1995),
        style: str | None = None,
        parent: str | None = None,
    ) -> None:
        self.sex = sex or g.c("男男女")
        self.name = kin_name(g, parent, self.sex) if parent else g.name(self.sex, style)
        self.by = by
        self.id = g.idno(by, self.sex)
        self.birth = dt.date(int(self.id[6:10]), int(self.id[10:12]), int(self.id[12:14]))
        self.mob = g.mobile()
        self.addr = g.addr()
        self.nat = nationality(g, self.name)


def is_han(nm: str) -> bool:
    return nm[:2] in COMPOUND or (
        nm[0] in COMMON + RARE + HUI_SUR + MONGOL_HAN_SUR and nm not in MONGOL and len(nm) <= 3
    )


def nationality(g: Gen, nm: str) -> str:
    st = g.p["style"]
    if is_han(nm):
        return (
            g.c(["回族", "回族", "汉族"])
            if st == "hui"
            else "蒙古族"
            if nm[0] in MONGOL_HAN_SUR and st == "mongol"
            else "汉族"
        )
    return {"mongol": "蒙古族", "tibetan": "藏族", "yi": "彝族", "uyghur": "维吾尔族"}.get(st, "汉族")


def kin_name(g: Gen, parent: str, sex: str) -> str:
    """A child's name that follows the parent's naming custom."""
    for _ in range(30):
        if parent[:2] in COMPOUND:
            nm = parent[:2] + "".join(
                g.c(MALE_G if sex == "男" else FEMALE_G) for _ in range(g.rng.randint(1, 2))
            )
        elif is_han(parent):
            nm = parent[0] + "".join(
                g.c(MALE_G if sex == "男" else FEMALE_G) for _ in range(g.rng.randint(1, 2))
            )
        elif g.p["style"] == "yi" and len(parent) == 4:
            nm = parent[:2] + g.c(YI_B)
        elif g.p["style"] == "uyghur":
            first = re.split("[·•]", parent)[0] if re.search("[·•]", parent) else g.c(UY)
            nm = g.c(UY) + "·" + first
        else:
            return g.name(sex)
        if nm not in g.used and not any(nm in u or u in nm for u in g.used):
            g.used.add(nm)
            g.private.add(nm)
            return nm
    return g.name(sex)


def N(nm: str) -> tuple[str, str]:
    return ("name", nm)


# ---------------------------------------------------------------- family 1: 依申请公开 letters

CHANNELS = ["信函", "当面", "政府网站依申请公开平台", "电子邮件", "电子邮件", "传真", "政务服务APP"]


def f1_request(g: Gen, a: Person) -> tuple[list, str]:
    """What the applicant asked for: items for Doc.add and a short plain label."""
    vil = g.village()
    r = g.rng.random()
    if r < 0.18:
        return [f"{g.town()}{vil}{g.year - 1}年度农村危房改造补助对象名单及补助资金发放情况"], "危房改造"
    if r < 0.32:
        return [
            "本人位于",
            ("address", g.addr(prefix="county")),
            "的房屋安全鉴定报告及鉴定等级认定依据",
        ], "鉴定"
    if r < 0.46:
        pl = g.plate()
        return ["车牌号为", ("license_plate", pl), "的车辆被扣押的现场笔录及扣押决定书"], "扣押"
    if r < 0.6:
        nb = g.name()
        return [
            N(nb),
            "户（住",
            ("address", g.addr(prefix=g.c(["", "county"]))),
            "）宅基地审批档案",
        ], "宅基地"
    if r < 0.72:
        fa = g.name("男")
        fid = g.idno((1935, 1960), "男")
        return [
            "我父亲",
            N(fa),
            "（身份证号：",
            ("id_card", fid),
            "）名下的土地承包经营权确权登记簿及地块示意图",
        ], "确权"
    if r < 0.86:
        return [f"{g.p['county']}{g.year - 1}年草原生态保护补助奖励资金分配方案及{vil}发放明细"], "草原补奖"
    return [f"{g.p['county']}{g.town()}征地补偿安置方案及{g.c(['批复', '公告', '听证笔录'])}"], "征地"


def f1_header_block(g: Gen, d: Doc, a: Person) -> None:
    """申请人信息 as a form or a table."""
    doc_kind, doc_no = ("居民身份证", a.id) if g.chance(0.5) else g.passport()
    kind = {
        "居民身份证": "id_card",
        "护照": "passport",
        "往来港澳通行证": "hk_macau_permit",
        "台湾居民来往大陆通行证": "tw_permit",
    }[doc_kind]
    mail = g.email() if g.chance(0.6) else ""
    app_no = g.c(
        [
            f"YSQ{g.year}{g.rng.randint(1, 12):02d}{g.rng.randint(1, 999):04d}",
            f"{g.year}{g.rng.randint(100000, 999999)}",
            f"GK-{g.year}-{g.rng.randint(1, 500):03d}",
        ]
    )
    style = g.c(["form", "pipe", "cells", "form"])
    g.styles.append(style)
    nm = g.sname(a.name, table=True)
    if style == "form":
        lab = "姓　　名" if g.pdf or g.chance(0.3) else "姓名"
        d.add("政府信息公开申请登记表\n", f"申请编号：{app_no}    登记日期：{g.dstr(g.date())}\n")
        d.add(f"{lab}：", N(nm), f"    性别：{a.sex}\n")
        d.add(f"证件名称：{doc_kind}    证件号码：", (kind, doc_no), "\n")
        d.add("联系电话：", ("mobile", a.mob))
        if g.chance(0.3):
            d.add("    固定电话：", ("landline", g.landline()))
        d.add("\n通信地址：", ("address", a.addr), f"    邮政编码：{g.p['post']}\n")
        if mail:
            d.add("电子邮箱：", ("email", mail), "\n")
    elif style == "pipe":
        d.add(f"政府信息公开申请表（编号：{app_no}）\n")
        d.add("| 申请人 | 姓名 | ", N(nm), f" | 工作单位 | {g.c(['无', '务农', '个体', '退休'])} |\n")
        d.add(f"| | 证件名称 | {doc_kind} | 证件号码 | ", (kind, doc_no), " |\n")
        d.add("| | 联系电话 | ", ("mobile", a.mob), " | 邮政编码 | ", g.p["post"], " |\n")
        d.add(
            "| | 联系地址 | ", ("address", a.addr), " | 电子邮箱 | ", ("email", mail) if mail else "", " |\n"
        )
    else:
        d.add("申请人信息\n", "姓名\n", N(nm), "\n证件类型\n", doc_kind, "\n证件号码\n", (kind, doc_no), "\n")
        d.add("联系电话\n", ("mobile", a.mob), "\n通讯地址\n", ("address", a.addr), "\n")
        if mail:
            d.add("电子邮箱\n", ("email", mail), "\n")
        d.add(f"申请编号\n{app_no}\n")
    req, _ = f1_request(g, a)
    d.add("所需信息内容描述：", req, "\n")
    d.add(f"获取方式：{g.c(['邮寄', '电子邮件', '当面领取', '在线查阅'])}    ")
    d.add(f"是否申请减免费用：{g.c(['否', '否', '是'])}\n")
    if g.chance(0.5):
        d.add(f"受理机关：{g.office()}    受理人：{g.name(official=True)}\n")


def f1_letter(g: Gen, d: Doc, a: Person, sub: str) -> None:
    office = g.office()
    d.add(f"{office}\n")
    title = {
        "gk": "政府信息公开申请答复书",
        "bf": "政府信息公开申请答复书",
        "bcz": "政府信息公开申请答复书",
        "fbjg": "政府信息公开申请告知书",
        "bz": "政府信息公开申请补正通知书",
        "yq": "政府信息公开延期答复告知书",
    }[sub]
    d.add(title, "\n", g.wh(g.c(["政公开", "依申请", "政信复", "公开答"])), "\n\n")
    nm = a.name
    greet = g.rng.random()
    if greet < 0.7:
        d.add(N(nm), "：\n")
    elif greet < 0.85:
        d.add(N(nm), "先生：\n" if a.sex == "男" else "女士：\n")
    else:
        if g.chance(0.6):
            d.add("申请人", N(nm), "（身份证号：", ("id_card", a.id), "）：\n")
        else:
            lab, num = g.passport()
            kind = {
                "护照": "passport",
                "往来港澳通行证": "hk_macau_permit",
                "台湾居民来往大陆通行证": "tw_permit",
            }[lab]
            d.add("申请人", N(nm), f"（{lab}号码：", (kind, num), "）：\n")
    d1 = g.date(1, 9)
    ch = g.c(CHANNELS)
    no = g.c(
        [
            f"（申请编号：{g.year}{g.rng.randint(1, 9999):04d}）",
            f"（登记号：YSQ-{g.year}-{g.rng.randint(1, 300):03d}）",
            "",
        ]
    )
    d.add(f"    本机关于{g.dstr(d1)}收到您以{ch}方式")
    if ch == "电子邮件":
        d.add("（", ("email", g.email()), "）")
    d.add(f"提交的政府信息公开申请{no}。")
    req, tag = f1_request(g, a)
    d.add("您申请获取“", req, "”的政府信息。")
    if sub == "gk":
        d.add(
            f"经审查，您申请的信息属于公开范围，现将《{g.p['county']}{tag}工作相关文件》（{g.wh('政办发')}）"
            f"提供给您，请查收。\n"
        )
    elif sub == "bf":
        d.add(
            "经审查，您申请的信息中含有第三方自然人的身份证号码、银行账号、联系方式等个人信息，公开后可能损害"
            "第三方合法权益。根据《中华人民共和国政府信息公开条例》第十五条、第三十七条的规定，本机关对上述"
            "内容作区分处理后予以公开，现将处理后的材料提供给您。\n"
        )
    elif sub == "bcz":
        d.add(
            "经检索，本机关未制作、获取您申请公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条"
            "第（四）项的规定，告知您该政府信息不存在。\n"
        )
    elif sub == "fbjg":
        other = g.office()
        d.add(
            f"经审查，您申请的信息不属于本机关负责公开。根据条例第三十六条第（五）项，建议您向{other}咨询"
            f"（地址：{g.office_addr()}，联系电话：{g.office_phone()}）。\n"
        )
    elif sub == "bz":
        d.add(
            "经审查，您的申请内容不明确，本机关无法确定您所需政府信息的具体范围。根据条例第三十条的规定，请您"
            "自收到本通知之日起15个工作日内对申请作出补正，说明申请获取政府信息的名称、文号或者便于本机关查询"
            "的其他特征性描述。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。\n"
        )
        d.add(
            f"    补正材料可寄至：{office}（{g.office_addr()}"
            f"，邮编{g.p['post']}），或发送至本机关公开邮箱。\n"
        )
    else:
        due = d1 + dt.timedelta(days=g.rng.randint(35, 50))
        d.add(
            f"因{g.c(['所申请信息涉及面广、数量较大', '需要征求第三方意见', '需要与其他行政机关协商'])}，"
            f"本机关无法在规定期限内作出答复。根据条例第三十三条第二款的规定，经本机关政府信息公开工作机构负责人"
            f"同意，答复期限延长20个工作日，本机关将于{g.dstr(due)}前作出答复。\n"
        )
    if sub in ("gk", "bf", "bcz", "fbjg") and g.chance(0.8):
        d.add(
            f"    如对本答复不服，可以自收到本答复之日起60日内向{g.p['county']}人民政府申请行政复议，"
            f"或者在6个月内向{g.p['county']}人民法院提起行政诉讼。\n"
        )
    d.add("\n", office, "\n", g.dstr(d1 + dt.timedelta(days=g.rng.randint(5, 20))), "\n")
    if g.chance(0.55):
        d.add("\n送达信息\n")
        d.add(g.c(["收件人：", "受送达人："]), N(nm), "\n")
        d.add(g.c(["收件地址：", "送达地址："]), ("address", a.addr), "\n")
        d.add("联系电话：", ("mobile", a.mob), "\n")
        d.add(
            f"送达方式：{g.c(['EMS邮寄', '挂号信', '直接送达'])}    邮件号"
            f"：{g.c('EKLX')}{g.rng.randint(10**11, 10**12 - 1)}\n"
        )
    g.close_contact(d, office)


def f1_third(g: Gen, d: Doc) -> None:
    office = g.office(g.c(["住房和城乡建设局", "自然资源局", "农业农村局", "乡村振兴局"]))
    t = Person(g, by=(1950, 1985))
    d.add(office, "\n政府信息公开征求第三方意见书\n", g.wh("征意"), "\n\n")
    d.add(N(t.name), "：\n")
    anon = g.c(["王某某", "马某", "李女士", "申请人张某", "杨某某"])
    if not anon.startswith("申请人"):
        anon = "申请人" + anon
    d0 = g.date(1, 9)
    d.add(
        f"    本机关于{g.dstr(d0)}收到{anon}提出的政府信息公开申请，申请公开“{g.village()}",
        N(t.name),
        "户",
        g.c(["危房改造补助资金发放情况", "宅基地使用权审批材料", "土地承包经营权登记信息"]),
        "”。",
    )
    d.add(
        "该信息可能涉及您的个人隐私或商业秘密，依据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求"
        "您的意见。请您自收到本意见书之日起15个工作日内提出意见；逾期未提出意见的，由本机关依照条例的规定决定是否"
        "公开。\n\n"
    )
    d.add(office, "\n", g.dstr(d0 + dt.timedelta(days=g.rng.randint(3, 12))), "\n\n")
    d.add("第三方意见回执\n")
    rs = g.c(["form", "cells", "pipe"])
    g.styles.append("prose+" + rs)
    if rs == "form":
        d.add("第三方姓名：", N(g.sname(t.name)), "    身份证号：", ("id_card", t.id), "\n")
        d.add("住址：", ("address", t.addr), "\n联系电话：", ("mobile", t.mob), "\n")
    elif rs == "cells":
        d.add("姓名\n", N(g.sname(t.name, True)), "\n身份证号码\n", ("id_card", t.id), "\n")
        d.add("家庭住址\n", ("address", t.addr), "\n联系电话\n", ("mobile", t.mob), "\n")
    else:
        d.add("| 姓名 | ", N(t.name), " | 身份证号 | ", ("id_card", t.id), " |\n")
        d.add("| 住址 | ", ("address", t.addr), " | 电话 | ", ("mobile", t.mob), " |\n")
    d.add("意见：□同意公开  □不同意公开（请说明理由）\n签名：__________  日期：____年__月__日\n")
    g.close_contact(d, office)


def fam1(g: Gen) -> tuple[Doc, str]:
    d = Doc()
    r = g.rng.random()
    if r < 0.15:
        a = Person(g)
        office = g.office()
        f1_header_block(g, d, a)
        g.close_contact(d, office) if g.chance(0.5) else None
        return d, "f1/登记表"
    if r < 0.3:
        f1_third(g, d)
        return d, "f1/征求第三方意见书"
    sub = g.c(["gk", "bf", "bcz", "fbjg", "bz", "yq", "bf", "gk"])
    a = Person(g)
    if g.chance(0.12):
        d.add(f"索引号：{g.index_no()}    发布日期：{g.dstr(g.date())}\n")
    f1_letter(g, d, a, sub)
    return d, "f1/" + {
        "gk": "答复书-公开",
        "bf": "答复书-部分公开",
        "bcz": "答复书-不存在",
        "fbjg": "告知书-非本机关",
        "bz": "补正通知书",
        "yq": "延期答复告知书",
    }[sub]


# ---------------------------------------------------------------- family 2: 行政复议 / 应诉

FIRMS = [
    "{prov}正衡律师事务所",
    "{prov}宁人律师事务所",
    "{county}法律援助中心",
    "{prov}天元律师事务所",
    "{county}{town}法律服务所",
]
REL = [
    ("之子", "男", (1980, 2000)),
    ("之女", "女", (1980, 2000)),
    ("之妻", "女", None),
    ("之夫", "男", None),
    ("之兄", "男", None),
    ("之父", "男", (1940, 1965)),
]


def person_intro(g: Gen, d: Doc, p: Person, lead: str, full: bool = True) -> None:
    d.add(lead, N(p.name))
    if full:
        d.add(f"，{p.sex}，{p.birth.year}年{p.birth.month}月{p.birth.day}日出生，{p.nat}，")
        d.add("住", ("address", p.addr), "，")
        if g.chance(0.9):
            d.add(g.c(["公民身份号码", "身份证号码", "身份证号"]), ("id_card", p.id))
        else:
            lab, num = g.passport()
            kind = {
                "护照": "passport",
                "往来港澳通行证": "hk_macau_permit",
                "台湾居民来往大陆通行证": "tw_permit",
            }[lab]
            d.add(f"{lab}号码", (kind, num))
        if g.chance(0.5):
            d.add("，联系电话", ("mobile", p.mob))
        d.add("。\n")
    else:
        d.add(f"，{p.sex}，{p.nat}，住", ("address", p.addr), "。\n")


def f2_decision(g: Gen, d: Doc) -> str:
    gov = g.p["county"] + "人民政府"
    d.add(gov, "\n行政复议决定书\n", g.wh("政复决字"), "\n\n")
    a = Person(g, by=(1950, 1992))
    person_intro(g, d, a, "申请人：")
    agent = g.rng.random()
    if agent < 0.4:
        rel, sex, by = g.c(REL)
        if rel in ("之妻", "之夫"):
            rel, sex = ("之妻", "女") if a.sex == "男" else ("之夫", "男")
        if by is None:
            by = (a.birth.year - 5, min(a.birth.year + 5, 2000))
        rp = Person(g, sex=sex, by=by, parent=a.name if rel in ("之子", "之女") else None)
        d.add(
            "委托代理人：",
            N(rp.name),
            f"，{rp.sex}，{rp.birth.year}年出生，住",
            ("address", rp.addr),
            f"，系申请人{rel}。\n",
        )
    elif agent < 0.75:
        firm = g.c(FIRMS).format(prov=g.p["prov"][:2], county=g.p["county"], town=g.town())
        d.add(f"委托代理人：{g.name(official=True)}，{firm}{'律师' if '律师' in firm else '工作人员'}。\n")
    respondent = g.office(
        g.c(["自然资源局", "住房和城乡建设局", "农业农村局", "人民政府办公室", "乡村振兴局"])
    )
    if g.chance(0.3):
        respondent = g.p["county"] + g.town() + "人民政府"
    d.add(f"被申请人：{respondent}，住所地：{g.office_addr()}。\n")
    title = (
        "镇长"
        if respondent.endswith("镇人民政府")
        else "乡长"
        if respondent.endswith("乡人民政府")
        else "苏木达"
        if respondent.endswith("苏木人民政府")
        else "主任"
        if respondent.endswith("办公室")
        else "局长"
    )
    d.add(f"法定代表人：{g.name(official=True)}，{title}。\n")
    third = g.chance(0.3)
    if third:
        t = Person(g, by=(1950, 1990))
        person_intro(g, d, t, "第三人：", full=g.chance(0.5))
    d1 = g.date(1, 6)
    act = g.c(
        [
            "《政府信息公开申请答复书》",
            "《政府信息公开申请告知书》",
            "农村危房改造补助对象认定行为",
            "土地承包经营权确权登记行为",
            "不予受理告知",
        ]
    )
    d.add(
        f"    申请人不服被申请人于{g.dstr(d1)}作出的{act}（{g.wh('公开答')}），于"
        f"{g.dstr(d1 + dt.timedelta(days=g.rng.randint(10, 40)))}向本机关申请行政复议，本机关依法予以受理。"
        f"本案现已审理终结。\n"
    )
    d.add("    申请人请求：撤销被申请人作出的上述行为，责令被申请人重新作出答复。\n")
    d.add("    申请人称：")
    r = g.rng.random()
    if r < 0.35:
        d.add(
            "申请人系",
            g.c(g.p["villages"]),
            "村民，其房屋经鉴定为D级危房，但未被列入改造对象名单。申请人患有",
            ("health", g.c(["慢性肾衰竭", "类风湿性关节炎", "糖尿病并发症", "脑梗死后遗症", "肺结核"])),
            "，家庭困难，被申请人未予答复其申请的补助名单信息，违反了条例规定。\n",
        )
    elif r < 0.5:
        d.add(
            "申请人所有的",
            ("license_plate", g.plate()),
            g.c(["号重型自卸货车", "号小型普通客车", "号农用运输车"]),
            "被扣押，申请人申请公开扣押依据及现场执法记录，被申请人答复不完整。\n",
        )
    elif r < 0.7 and third:
        d.add("被申请人将申请人承包的地块错误登记在第三人", N(t.name), "名下，且未公开确权公示材料。\n")
    else:
        d.add("被申请人答复内容不完整，未提供其申请的全部信息，程序违法。\n")
    if g.chance(0.6):
        d.add("    被申请人称：其已在法定期限内作出答复，答复内容适当，程序合法，请求予以维持。\n")
    if third and g.chance(0.6):
        d.add(
            "    第三人",
            N(t.name),
            "述称：",
            g.c(["其对争议地块依法享有承包经营权。", "同意被申请人意见。", "不同意公开其个人信息。"]),
            "\n",
        )
    if g.chance(0.6):
        d.add(
            f"    经审理查明：{g.dstr(d1 - dt.timedelta(days=g.rng.randint(15, 40)))}"
            "，申请人向被申请人提出政府信息公开"
            f"申请，被申请人于{g.dstr(d1)}作出答复，并于当日邮寄送达申请人。\n"
        )
    res = g.c(["维持", "撤销", "确认违法", "驳回"])
    d.add(
        "    本机关认为：",
        {
            "维持": "被申请人作出的答复认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。",
            "撤销": "被申请人未对申请人申请的全部信息作出答复，属于答复不完整。",
            "确认违法": "被申请人未在法定期限内作出答复，程序违法，但该行为已无撤销内容。",
            "驳回": "申请人的复议申请不符合《中华人民共和国行政复议法》规定的受理条件。",
        }[res],
        "\n",
    )
    d.add(
        "    根据《中华人民共和国行政复议法》第",
        g.c(["六十八", "六十四", "六十五", "三十三"]),
        "条的规定，本机关决定：",
        {
            "维持": "维持被申请人作出的答复。",
            "撤销": "撤销被申请人作出的答复，责令其在十五个工作日内重新作出答复。",
            "确认违法": "确认被申请人的行为违法。",
            "驳回": "驳回申请人的行政复议申请。",
        }[res],
        "\n",
    )
    d.add(
        f"    申请人如不服本决定，可以自收到本决定书之日起15日内向{g.p['county']}人民法院提起行政诉讼。\n\n"
    )
    d.add(f"{gov}\n{g.dstr(d1 + dt.timedelta(days=g.rng.randint(60, 90)))}\n")
    if g.chance(0.3):
        d.add(f"（本件与原件核对无异）\n承办人：{g.name(official=True)}\n")
    return "f2/行政复议决定书-" + res


def f2_cases_table(g: Gen, d: Doc) -> str:
    d.add(f"{g.p['county']}{g.year}年度行政应诉案件情况统计表\n")
    d.add(f"填报单位：{g.p['county']}司法局    统计时间：{g.year}年1月1日至{g.year}年12月31日\n")
    header = ["序号", "案号", "原告", "被告", "案由", "负责人出庭", "审理结果"]
    rows = []
    for i in range(g.rng.randint(3, 6)):
        if g.chance(0.2):
            plaintiff: list | str = g.c(["马某某", "张某", "李某某", "海某"])
        elif g.chance(0.12):
            plaintiff = (
                f"{g.p['county']}{g.c(['鑫源', '丰泽', '宏达'])}{g.c(['农牧', '建材', '光伏'])}有限公司"
            )
        else:
            plaintiff = [N(g.sname(g.name(), True))]
        rows.append(
            [
                str(i + 1),
                f"（{g.year}）{g.p['court']}行初{g.rng.randint(1, 120)}号",
                plaintiff,
                g.office(),
                g.c(["政府信息公开", "行政复议", "土地行政确认", "房屋征收补偿", "行政许可"]),
                g.c(["是", "是", "否"]),
                g.c(["驳回诉讼请求", "撤诉", "撤销被诉行为", "审理中", "确认违法"]),
            ]
        )
    g.table(d, header, rows, g.style(("tab", "pipe", "space", "html")), running="行政应诉案件情况统计表")
    d.add(f"填表人：{g.name(official=True)}    审核人：{g.name(official=True)}    电话：{g.office_phone()}\n")
    return "f2/应诉统计表"


def f2_summary(g: Gen, d: Doc) -> str:
    d.add(f"关于{g.year}年度行政复议和行政应诉工作情况的通报\n", g.wh("司通"), "\n\n")
    n1, n2 = g.rng.randint(8, 40), g.rng.randint(5, 25)
    d.add(
        f"    {g.year}年，全县共收到行政复议申请{n1}件，受理{n1 - 2}件；办理行政应诉案件{n2}件，"
        f"行政机关负责人出庭应诉率100%。现将典型案例通报如下：\n"
    )
    for i in range(g.rng.randint(2, 3)):
        p, q = g.name(), g.name()
        r = g.rng.random()
        d.add(f"    {i + 1}．")
        if r < 0.35:
            d.add(
                "原告",
                N(p),
                "诉被告",
                g.office(),
                "政府信息公开一案。原告",
                N(p),
                f"申请公开其所在村{g.year - 1}年危房改造名单，"
                "被告以涉及第三方隐私为由不予公开，法院判决撤销该答复。\n",
            )
        elif r < 0.6:
            d.add(
                "申请人",
                N(p),
                "、",
                N(q),
                "不服",
                g.p["county"],
                g.town(),
                "人民政府土地确权行为申请行政复议一案。经审理，复议机关决定撤销原行为，责令重新登记。\n",
            )
        elif r < 0.8:
            d.add("马某某诉", g.office(), "不履行法定职责一案，因原告撤回起诉结案。\n")
        else:
            d.add(
                N(p),
                "（住",
                ("address", g.addr(prefix="county")),
                "）诉被告",
                g.office(),
                "行政处罚一案，法院判决驳回原告诉讼请求，原告",
                N(p),
                "已提起上诉。\n",
            )
    d.add(f"\n{g.p['county']}人民政府行政复议办公室\n{g.dstr(g.date(1, 3))}\n")
    return "f2/复议应诉通报"


def fam2(g: Gen) -> tuple[Doc, str]:
    d = Doc()
    r = g.rng.random()
    if r < 0.55:
        return d, f2_decision(g, d)
    if r < 0.78:
        return d, f2_cases_table(g, d)
    return d, f2_summary(g, d)


# ---------------------------------------------------------------- family 3: 信访

DISEASES = [
    "尿毒症",
    "慢性肾衰竭",
    "脑梗死后遗症",
    "肺结核",
    "乳腺癌",
    "肝硬化",
    "类风湿性关节炎",
    "精神分裂症",
    "白血病",
    "股骨头坏死",
    "冠心病",
    "糖尿病",
    "强直性脊柱炎",
    "腰椎间盘突出症",
]
DISAB = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
GRADE = ["一级", "二级", "三级", "四级"]


def disability(g: Gen, with_word: bool = True) -> str:
    t, gr = g.c(DISAB), g.c(GRADE)
    if with_word or g.chance(0.5):
        return f"{t}残疾{gr}"
    return f"{t}{gr}"


def f3_issue(g: Gen, d: Doc, a: Person) -> None:
    r = g.rng.random()
    if r < 0.25:
        nb = g.name()
        d.add(
            "反映其邻居",
            N(nb),
            "在建房过程中占用其宅基地约",
            f"{g.rng.randint(8, 60)}平方米",
            "，要求依法处理。",
        )
        return
    if r < 0.42:
        pl = g.plate()
        d.add(
            "反映",
            g.c(["车牌号为", "一辆号牌为", ""]),
            ("license_plate", pl),
            g.c(["的重型货车", "号货车", "的农用三轮车", "的小型轿车"]),
            "长期在其家门口停放、夜间运输扰民，要求有关部门处理。",
        )
        return
    if r < 0.6:
        d.add(
            "反映其本人患有",
            ("health", g.c(DISEASES)),
            "，家庭生活困难，申请纳入农村危房改造和临时救助范围。",
        )
        return
    if r < 0.75:
        d.add(f"反映{g.village()}{g.year - 1}年草原生态补奖资金发放不公，要求公开发放明细。")
        return
    if r < 0.88:
        sp = Person(g, sex="女" if a.sex == "男" else "男")
        d.add("反映其配偶", N(sp.name), "系", ("health", disability(g)), "，未享受残疾人两项补贴，要求落实。")
        return
    d.add(f"反映{g.town()}征地补偿款未足额发放问题。")


def f3_opinion(g: Gen, d: Doc, sub: str) -> str:
    office = g.office(g.c(["信访局", "住房和城乡建设局", "自然资源局", "农业农村局", "民政局"]))
    if sub == "fc":
        office = g.p["county"] + "人民政府"
    title = {"cl": "信访事项处理意见书", "fc": "信访事项复查意见书", "bsl": "信访事项不予受理告知书"}[sub]
    d.add(office, "\n", title, "\n", g.wh({"cl": "信处", "fc": "信复查", "bsl": "信不受"}[sub]), "\n\n")
    a = Person(g, by=(1945, 1990))
    form = g.rng.random()
    if form < 0.5:
        d.add(N(a.name), "：\n")
    else:
        d.add(
            g.c(["信访人：", "复查申请人："] if sub == "fc" else ["信访人："]),
            N(a.name),
            f"，{a.sex}，{a.nat}，{a.birth.year}年{a.birth.month}月出生，",
            g.c(["住", "家住", "现住"]),
            ("address", a.addr),
            "，",
        )
        if g.chance(0.3):
            d.add("身份证号：", ("id_card", a.id), "，")
        if g.chance(0.35):
            d.add("联系电话：", ("landline", g.landline()), "（家庭电话）。\n")
        else:
            d.add("联系电话：", ("mobile", a.mob), "。\n")
        if g.chance(0.3):
            co = Person(g)
            d.add("共同信访人：", N(co.name), "，", co.sex, "，住", ("address", co.addr), "。\n")
        d.add("\n")
    d1 = g.date(1, 8)
    ch = g.c(["来访", "来信", "网上信访", "12345热线转办", "人民网留言", "电子邮件"])
    d.add(f"    {'你' if g.chance(0.7) else '您'}于{g.dstr(d1)}通过{ch}")
    if ch == "电子邮件":
        d.add("（", ("email", g.email()), "）")
    d.add("反映的问题已收悉。经了解，你")
    f3_issue(g, d, a)
    d.add("\n")
    if sub == "bsl":
        d.add(
            "    经审查，你反映的事项已经或者依法应当通过诉讼"
            "、仲裁、行政复议等法定途径解决，根据《信访工作条例》"
            "第三十一条的规定，本机关不予受理，请你依照有关法律、行政法规规定的程序向有关机关提出。\n"
        )
    else:
        d.add(
            f"    经调查核实：{g.dstr(d1 + dt.timedelta(days=g.rng.randint(3, 20)))}，"
            f"{g.p['county']}{g.town()}{g.c(['信访办', '综治中心', '包村干部'])}"
            f"会同{g.c(['村两委', '县住建局', '自然资源所'])}"
            f"工作人员{g.name(official=True)}、{g.name(official=True)}到现场进行了核查，"
        )
        d.add(g.c(["情况基本属实。", "反映情况部分属实。", "反映情况不属实。"]), "\n")
        d.add(
            "    处理意见：",
            g.c(
                [
                    "责成属地乡镇依法调处，恢复原状。",
                    "对你的诉求予以支持，已纳入下一年度改造计划。",
                    "你的诉求缺乏政策依据，不予支持。",
                    "维持原处理意见。",
                ]
            ),
            "\n",
        )
        if sub == "cl":
            d.add(
                f"    如对本处理意见不服，可以自收到本意见书之日起30日内向{g.p['county']}人民政府"
                f"{g.c(['信访局', ''])}请求复查。\n"
            )
        else:
            d.add(
                f"    如对本复查意见不服，可以自收到本意见书之日起30日内向{g.p['city']}人民政府请求复核。\n"
            )
    d.add("\n", office, "\n", g.dstr(d1 + dt.timedelta(days=g.rng.randint(20, 60))), "\n")
    if g.chance(0.4):
        d.add(f"（联系人：{g.name(official=True)}  联系电话：{g.office_phone()}）\n")
    if g.chance(0.2):
        d.add("抄送：", g.p["county"], g.town(), "人民政府\n")
    return "f3/" + title


def f3_ledger(g: Gen, d: Doc) -> str:
    d.add(f"{g.p['county']}{g.town()}{g.year}年第{g.c('一二三四')}季度信访事项办理台账\n")
    header = ["编号", "信访人", "住址", "联系电话", "反映问题", "办理结果"]
    rows = []
    for _ in range(g.rng.randint(3, 7)):
        a = Person(g)
        phone: tuple[str, str] | str = ("mobile", a.mob) if g.chance(0.8) else ("landline", g.landline())
        if g.chance(0.15):
            phone = a.mob[:3] + "****" + a.mob[-4:] if a.mob.isdigit() else "—"
        issue: list | str = g.c(
            ["宅基地纠纷", "危房改造", "草原补奖", "低保申请", "征地补偿", "拖欠工资", "plate"]
        )
        if issue == "plate":
            issue = [
                g.c(["反映", "举报"]),
                ("license_plate", g.plate()),
                g.c(["货车超载扰民", "车辆占道停放"]),
            ]
        rows.append(
            [
                f"XF{g.year}{g.rng.randint(1, 999):04d}",
                [N(g.sname(a.name, True))],
                [("address", a.addr)],
                [phone],
                issue,
                g.c(["已办结", "办理中", "已答复", "转交办"]),
            ]
        )
    g.table(d, header, rows, g.style(("tab", "pipe", "space", "cells")), running="信访事项办理台账")
    d.add(f"登记人：{g.name(official=True)}\n")
    return "f3/信访台账"


def fam3(g: Gen) -> tuple[Doc, str]:
    d = Doc()
    if g.chance(0.2):
        return d, f3_ledger(g, d)
    return d, f3_opinion(g, d, g.c(["cl", "cl", "fc", "bsl"]))


# ---------------------------------------------------------------- family 4: 危房改造 / 住房安全鉴定

HH_TYPES = [
    "低保户",
    "分散供养特困人员",
    "低收入户",
    "脱贫不稳定户",
    "边缘易致贫户",
    "残疾人家庭",
    "突发严重困难户",
]


def f4_list(g: Gen, d: Doc) -> str:
    town = g.town()
    kind = g.c(["gs", "jd"])
    if kind == "gs":
        d.add(f"{g.p['county']}{g.year}年农村危房改造补助对象公示\n")
        d.add(
            f"    根据《{g.p['county']}{g.year}年农村低收入群体等重点对象住房安全保障实施方案》"
            f"（{g.wh('建发')}），经农户申请、村级评议、乡镇审核，现将{town}拟补助对象予以公示：\n"
        )
    else:
        d.add(f"{town}{g.year}年农村住房安全性鉴定结果汇总表\n")
        d.add(
            f"鉴定单位：{g.p['county']}{g.c(['建筑工程质量检测中心', '住房和城乡建设局'])}    "
            f"统一社会信用代码：{credit_code(g.rng, g.p['code'], g.c(['12', '91']))}\n"
        )
    use = ["序号", "户主姓名", "身份证号"]
    if g.chance(0.5):
        use.append("人口")
    addr_mode = g.c(["addr", "vil", "both"])
    if addr_mode in ("vil", "both"):
        use.append("所在村")
    use += [g.c(["户类别", "户类别", "残疾类别"]), "鉴定等级"]
    if kind == "gs":
        use += ["改造方式", "补助金额（元）"]
    if g.chance(0.25):
        use.append("联系电话")
    if addr_mode in ("addr", "both"):
        use.append("家庭住址")
    rows = []
    total = 0.0
    for i in range(g.rng.randint(3, 5)):
        p = Person(g, by=(1938, 1985))
        row: list = []
        for c in use:
            if c == "序号":
                row.append(str(i + 1))
            elif c == "户主姓名":
                row.append([N(g.sname(p.name, True))])
            elif c == "身份证号":
                if g.chance(0.05):
                    row.append([("id_card_15", g.id15(p.sex))])
                else:
                    row.append([("id_card", p.id)])
            elif c == "人口":
                row.append(str(g.rng.randint(1, 6)))
            elif c == "所在村":
                row.append(g.village())
            elif c == "家庭住址":
                row.append([("address", g.addr(prefix=g.c(["", "", "county"]), urban=0.0, town=town))])
            elif c == "户类别":
                row.append(g.c(HH_TYPES))
            elif c == "残疾类别":
                row.append([("health", disability(g, with_word=False))] if g.chance(0.7) else "—")
            elif c == "鉴定等级":
                row.append(g.c(["C级", "D级", "D级"]))
            elif c == "改造方式":
                row.append(g.c(["原址重建", "维修加固", "维修加固", "置换"]))
            elif c == "补助金额（元）":
                v = g.c([15000, 20000, 25000, 8000, 10000, 12000])
                total += v
                row.append(str(v))
            elif c == "联系电话":
                row.append([("mobile", g.mobile(plain=True))])
        rows.append(row)
    g.table(d, use, rows, g.style(), running=f"{town}农村危房改造对象名单")
    if kind == "gs":
        d.add(f"合计：{len(rows)}户，补助资金{total:.0f}元。\n")
        d.add(
            f"    公示期为{g.rng.randint(5, 7)}个工作日。公示期间"
            f"如有异议，请向{g.p['county']}住房和城乡建设局村镇股反映。\n"
        )
        d.add(f"    监督电话：{g.office_phone()}    {g.p['county']}纪委监委举报电话：{g.office_phone()}\n")
    else:
        d.add(
            f"鉴定人员：{g.name(official=True)}（证书编号：JD{g.year}{g.rng.randint(1000, 9999)}）、"
            f"{g.name(official=True)}\n"
        )
    d.add(f"{g.p['county']}{g.c(['住房和城乡建设局', town + '人民政府'])}\n{g.dstr(g.date())}\n")
    return "f4/" + ("危房改造公示" if kind == "gs" else "鉴定汇总表")


def f4_report(g: Gen, d: Doc) -> str:
    p = Person(g, by=(1940, 1980))
    d.add("农村住房安全性鉴定报告\n", f"报告编号：{g.p['short']}JD-{g.year}-{g.rng.randint(1, 999):04d}\n\n")

    def lab(s: str) -> str:
        return "　".join(s) if g.pdf and len(s) == 2 else s

    d.add(lab("户主"), "：", N(g.sname(p.name)), "    ", "身份证号：", ("id_card", p.id), "\n")
    if g.chance(0.5):
        d.add(lab("电话"), "：", ("mobile", p.mob), "\n")
    d.add("房屋坐落：", ("address", g.addr(prefix=g.c(["county", "full", ""]), urban=0.0)), "\n")
    d.add(
        f"建造年代：{g.rng.randint(1975, 2005)}年    结构类型：{g.c(['土木', '砖木', '砖混', '石木'])}    "
        f"层数：{g.c('一二')}层    建筑面积：{g.rng.randint(40, 140)}㎡\n"
    )
    d.add(f"家庭人口：{g.rng.randint(1, 6)}人    户类别：{g.c(HH_TYPES)}\n")
    if g.chance(0.4):
        d.add("家庭成员健康状况：", ("health", g.c([*DISEASES, "肢体残疾二级", "智力残疾三级"])), "\n")
    d.add(
        f"鉴定结论：该房屋{g.c(['承重墙体开裂', '屋面漏雨严重', '地基不均匀沉降', '木构件腐朽'])}，"
        f"评定为{g.c(['C', 'D'])}级危房，建议{g.c(['拆除重建', '维修加固'])}。\n"
    )
    d.add(f"鉴定人员：{g.name(official=True)}、{g.name(official=True)}    审核：{g.name(official=True)}\n")
    d.add(f"鉴定机构：{g.p['county']}住房和城乡建设局    鉴定日期：{g.dstr(g.date())}\n")
    return "f4/鉴定报告"


def f4_minutes(g: Gen, d: Doc) -> str:
    vil = g.village()
    d.add(f"{vil}{g.year}年农村危房改造对象民主评议会议纪要\n\n")
    d.add(f"    时间：{g.dstr(g.date(2, 5))}    地点：{vil}村委会会议室\n")
    d.add(f"    主持人：{g.name(official=True)}（村党支部书记）    记录人：{g.name(official=True)}\n")
    d.add(
        f"    参会人员：村两委成员、村民代表共{g.rng.randint(15, 40)}"
        f"人，包村干部{g.name(official=True)}列席。\n"
    )
    names = [g.name() for _ in range(g.rng.randint(2, 5))]
    d.add("    会议对申请的农户逐户进行了评议。经投票表决，同意")
    for i, n in enumerate(names):
        d.add("、" if i else "", N(n))
    d.add(f"等{len(names)}户列为改造对象。其中，")
    x = names[0]
    d.add(N(x), "户同意", f"{g.rng.randint(12, 30)}票，")
    d.add(
        N(x),
        "家住",
        ("address", g.addr(prefix="", urban=0.0)),
        "，",
        g.c(["本人患", "其妻患"]),
        ("health", g.c(DISEASES)),
        "，住房为土坯房。",
    )
    if len(names) > 2 and g.chance(0.6):
        d.add(
            N(names[1]),
            f"，{g.c(['男', '女'])}，{g.rng.randint(60, 88)}岁，",
            "系",
            g.c(["分散供养特困人员", "低保户"]),
            "。",
        )
    d.add("\n    另有马某某户因已享受过危改补助，不予通过。\n")
    d.add("    评议结果在村务公开栏公示7天。\n")
    return "f4/评议纪要"


def fam4(g: Gen) -> tuple[Doc, str]:
    d = Doc()
    r = g.rng.random()
    if r < 0.6:
        return d, f4_list(g, d)
    if r < 0.82:
        return d, f4_report(g, d)
    return d, f4_minutes(g, d)


# ---------------------------------------------------------------- family 5: 土地承包经营权确权

RELS = [
    ("配偶", None),
    ("长子", "男"),
    ("次子", "男"),
    ("长女", "女"),
    ("次女", "女"),
    ("儿媳", "女"),
    ("孙子", "男"),
    ("孙女", "女"),
    ("母亲", "女"),
    ("父亲", "男"),
    ("女婿", "男"),
]
FIELDS = ["川地", "山地", "塬地", "梁地", "水浇地", "坡地", "台地", "滩地"]
LANDMARKS = ["道路", "沟渠", "集体荒地", "林带", "田埂", "机耕路", "河沟", "村道"]


def neighbour(g: Gen, pool: list[str]) -> list:
    if g.chance(0.45):
        return [g.c(LANDMARKS)]
    if pool and g.chance(0.3):
        nb = g.c(pool)
    else:
        nb = g.name()
        pool.append(nb)
    return [N(nb)] if g.chance(0.7) else [N(nb), g.c(["地", "家", "承包地"])]


def f5_household(g: Gen, d: Doc) -> str:
    town, vil = g.town(), g.village()
    head = Person(g, sex="男" if g.chance(0.85) else "女", by=(1945, 1980))
    code = not_luhn(
        f"{g.p['code']}{g.rng.randint(100, 120)}{g.rng.randint(200, 220)}{g.rng.randint(1, 30):04d}"
    )
    d.add(f"{g.p['county']}{town}{vil}农村土地承包经营权确权登记公示表\n")
    if g.chance(0.5):
        d.add(f"承包方编码：{code}    承包合同编号：{code}J\n")
    d.add("承包方代表：", N(g.sname(head.name)), "    身份证号：", ("id_card", head.id), "\n")
    d.add(
        g.c(["承包方地址：", "住址：", "地址："]),
        ("address", g.addr(prefix=g.c(["", "county"]), urban=0.0, town=town, vil=vil)),
        "\n",
    )
    if g.chance(0.3):
        d.add("联系电话：", ("mobile", head.mob), "\n")
    d.add("家庭成员情况：\n")
    mem_rows = [["1", [N(g.sname(head.name, True))], "户主", [("id_card", head.id)], ""]]
    used_rel: set[str] = set()
    for i in range(g.rng.randint(1, 4)):
        rel, sex = g.c(RELS)
        if rel in used_rel:
            continue
        used_rel.add(rel)
        if rel == "配偶":
            sex = "女" if head.sex == "男" else "男"
        by = {
            "长子": (1968, 2000),
            "次子": (1970, 2002),
            "长女": (1968, 2000),
            "次女": (1970, 2002),
            "儿媳": (1968, 2000),
            "孙子": (1995, 2018),
            "孙女": (1995, 2018),
            "母亲": (1925, 1950),
            "父亲": (1925, 1948),
            "女婿": (1968, 2000),
        }.get(rel, (head.birth.year - 5, head.birth.year + 5))
        kin = rel in ("长子", "次子", "长女", "次女", "孙子", "孙女")
        m = Person(g, sex=sex, by=by, parent=head.name if kin else None)
        note = g.c(["", "", "", "外嫁", "在外务工", "已故"]) if rel not in ("孙子", "孙女") else ""
        mem_rows.append([str(i + 2), [N(g.sname(m.name, True))], rel, [("id_card", m.id)], note])
    g.table(
        d,
        ["序号", "姓名", "与户主关系", "身份证号码", "备注"],
        mem_rows,
        g.style(("tab", "pipe", "space", "cells")),
    )
    d.add("承包地块情况：\n")
    pool: list[str] = []
    prose = g.chance(0.35)
    total = 0.0
    rows = []
    for j in range(g.rng.randint(2, 4)):
        area = round(g.rng.uniform(0.4, 12.0), 2)
        total += area
        fcode = not_luhn(
            f"{g.p['code']}{g.rng.randint(100, 120)}{g.rng.randint(200, 220)}{g.rng.randint(10000, 99999)}"
        )
        sides = [neighbour(g, pool) for _ in range(4)]
        if prose:
            d.add(f"    地块{j + 1}：{g.c(FIELDS)}，地块编码{fcode}，面积{area}亩，")
            for k, lab in enumerate(["东至", "南至", "西至", "北至"]):
                d.add(lab, sides[k], "，" if k < 3 else "。\n")
        else:
            rows.append([g.c(FIELDS), fcode, f"{area}", *sides])
    if not prose:
        g.table(
            d,
            ["地块名称", "地块编码", "确权面积（亩）", "东", "南", "西", "北"],
            rows,
            g.style(("tab", "pipe", "space", "html")),
            running="承包地块情况（续）",
        )
    d.add(f"合计面积：{total:.2f}亩\n")
    d.add(
        f"    公示期{g.rng.randint(7, 15)}天。如有异议"
        f"，请于公示期内向{vil}村民委员会或{town}农村经营管理站提出。"
        f"联系电话：{g.office_phone()}\n"
    )
    d.add(f"{vil}村民委员会（盖章）    {g.dstr(g.date())}\n")
    return "f5/户确权公示" + ("-四至文字" if prose else "")


def f5_village(g: Gen, d: Doc) -> str:
    vil = g.village()
    d.add(f"{g.p['county']}{vil}土地承包经营权确权登记结果公示（第{g.c('一二三')}榜）\n")
    header = ["序号", "承包方编码", "承包方代表", "身份证号", "家庭成员数", "地块数", "确权面积（亩）"]
    with_addr = g.chance(0.4)
    if with_addr:
        header.append("承包方地址")
    rows = []
    for i in range(g.rng.randint(3, 5)):
        p = Person(g, by=(1940, 1985))
        row = [
            str(i + 1),
            not_luhn(f"{g.p['code']}{g.rng.randint(100, 120)}{g.rng.randint(200, 220)}{i + 1:04d}"),
            [N(g.sname(p.name, True))],
            [("id_card", p.id)],
            str(g.rng.randint(1, 7)),
            str(g.rng.randint(1, 8)),
            f"{g.rng.uniform(2, 40):.2f}",
        ]
        if with_addr:
            row.append([("address", g.addr(prefix="", urban=0.0, vil=vil))])
        rows.append(row)
    g.table(d, header, rows, g.style(), running=f"{vil}确权登记结果公示")
    d.add(f"公示人：{vil}村民委员会    监督人：{g.name(official=True)}（村务监督委员会主任）\n")
    return "f5/村级确权公示"


def f5_change(g: Gen, d: Doc) -> str:
    vil = g.village()
    d.add(f"关于{vil}土地承包经营权变更登记的公示\n\n")
    n = g.rng.randint(1, 3)
    for _ in range(n):
        old = Person(g, sex="男", by=(1930, 1955))
        heir = Person(g, by=(1960, 1990), parent=old.name)
        rel = "其子" if heir.sex == "男" else "其女"
        d.add(
            "    ",
            g.c(["原承包方代表", "承包方代表"]),
            N(old.name),
            "（身份证号：",
            ("id_card", old.id),
            "）已于",
            f"{g.year - 1}年去世，经家庭成员协商一致，承包方代表变更为{rel}",
            N(heir.name),
            "，身份证号：",
            ("id_card", heir.id),
            "，住",
            ("address", g.addr(prefix="", urban=0.0, vil=vil)),
            f"。涉及地块{g.rng.randint(1, 6)}块，面积{g.rng.uniform(1, 20):.2f}亩。\n",
        )
    d.add(f"    公示期7天，如有异议请向{g.town()}农经站反映，电话{g.office_phone()}。\n")
    return "f5/变更登记公示"


def fam5(g: Gen) -> tuple[Doc, str]:
    d = Doc()
    r = g.rng.random()
    if r < 0.55:
        return d, f5_household(g, d)
    if r < 0.85:
        return d, f5_village(g, d)
    return d, f5_change(g, d)


# ---------------------------------------------------------------- family 6: 计划生育奖励扶助 / 特别扶助


def couple(g: Gen, special: bool) -> tuple[Person, Person]:
    by = (1958, 1975) if special else (1945, 1964)
    h = Person(g, sex="男", by=by)
    w = Person(g, sex="女", by=(h.birth.year - 4, min(h.birth.year + 6, 1976)))
    return h, w


def child_state(g: Gen) -> tuple[list, str]:
    if g.chance(0.5):
        cond = disability(g, with_word=g.chance(0.7)) if g.chance(0.7) else g.c(["伤残", "病残"]) + g.c(GRADE)
        if cond.startswith(("伤残", "病残")):
            return ["独生子女", ("health", cond)], "伤残"
        return ["独生子女伤残（", ("health", cond), "）"], "伤残"
    return [g.c(["独生子女死亡", "死亡", "独生子女死亡（无再生育）"])], "死亡"


def f6_table(g: Gen, d: Doc) -> str:
    special = g.chance(0.5)
    prog = "特别扶助" if special else "奖励扶助"
    d.add(f"{g.p['county']}{g.year}年农村部分计划生育家庭{prog}新增对象公示\n")
    d.add(
        f"    根据国家和{'自治区' if g.p['prov'].endswith('自治区') else '省'}"
        "人口计生奖励扶助政策规定，经本人申请、村级初审、乡镇审核、县级审批，"
        f"现将{g.year}年度新增{prog}对象名单予以公示（第{g.c('一二')}批）。\n"
    )
    mask = g.chance(0.15)
    header = ["序号", "乡镇", "村", "男方姓名", "男方身份证号", "女方姓名", "女方身份证号"]
    header += ["子女情况", "扶助标准（元/年）"] if special else ["扶助类别", "扶助标准（元/年）"]
    rows = []
    for i in range(g.rng.randint(3, 5)):
        h, w = couple(g, special)
        hid: list | str = [("id_card", h.id)] if not mask else g.masked_id(h.id)
        wid: list | str = [("id_card", w.id)] if not mask else g.masked_id(w.id)
        hn: list | str = [N(g.sname(h.name, True))]
        wn: list | str = [N(g.sname(w.name, True))]
        if g.chance(0.12):
            if g.chance(0.5):
                hn, hid = "—", "—"
            else:
                wn, wid = "—", "—"
        row = [str(i + 1), g.town(), g.village(), hn, hid, wn, wid]
        if special:
            st, kind = child_state(g)
            row += [st, g.c(["7440", "9120"]) if kind == "死亡" else g.c(["5640", "7080"])]
        else:
            row += [g.c(["独生子女", "两女户"]), "960"]
        rows.append(row)
    g.table(d, header, rows, g.style(), running=f"{prog}对象名单")
    d.add(
        f"    公示期间，如有异议请向{g.p['county']}卫生健康局人口家庭股反映。监督电话：{g.office_phone()}\n"
    )
    d.add(f"{g.p['county']}卫生健康局\n{g.dstr(g.date())}\n")
    if mask:
        return f"f6/{prog}公示-身份证已脱敏"
    return f"f6/{prog}公示"


def f6_form(g: Gen, d: Doc) -> str:
    h, w = couple(g, True)
    applicant = w if g.chance(0.6) else h
    spouse = h if applicant is w else w
    d.add("计划生育特别扶助申请审批表\n")
    d.add(
        f"乡镇（街道）：{g.town()}    村（社区）：{g.village()}   "
        f" 编号：TB{g.year}{g.rng.randint(1, 999):03d}\n"
    )
    child = Person(g, by=(1982, 2002), parent=h.name)
    st, kind = child_state(g)
    cells = g.chance(0.6)
    g.styles.append("cells" if cells else "form")
    items = [
        ("申请人姓名", [N(g.sname(applicant.name, True))]),
        ("性别", applicant.sex),
        ("出生年月", f"{applicant.birth.year}年{applicant.birth.month}月"),
        ("身份证号码", [("id_card", applicant.id)]),
        ("联系电话", [("mobile", applicant.mob)]),
        ("家庭住址", [("address", applicant.addr)]),
        ("配偶姓名", [N(g.sname(spouse.name, True))]),
        ("配偶身份证号码", [("id_card", spouse.id)]),
        ("独生子女姓名", [N(g.sname(child.name, True))]),
        ("子女状况", st),
    ]
    if kind == "伤残":
        items.append(("残疾证号", [("id_card", child.id), f"{g.rng.randint(1, 7)}{g.rng.randint(1, 4)}"]))
    else:
        items.append(("死亡时间", f"{g.rng.randint(2005, g.year - 1)}年"))
    items.append(("开户银行", g.c(BANKS)[1] if g.chance(0.5) else "农村信用合作联社"))
    num, _ = g.card()
    items.append(("银行账号", [("bank_card", num)]))
    for lab, val in items:
        if cells:
            d.add(lab, "\n", val, "\n")
        else:
            d.add(lab, "：", val, "\n")
    d.add(f"村级初审意见：情况属实    经办人：{g.name(official=True)}\n")
    d.add(f"乡镇审核意见：同意上报    {g.dstr(g.date())}\n")
    return "f6/特别扶助申请表" + ("-单元格逐行" if cells else "")


def f6_exit(g: Gen, d: Doc) -> str:
    d.add(f"关于{g.year}年度计划生育奖励扶助对象资格确认及退出情况的公示\n\n")
    d.add(f"    经年度资格确认，以下{g.c(['对象', '人员'])}因不再符合条件退出扶助：\n")
    k = g.rng.randint(2, 5)
    for i in range(k):
        p = Person(g, by=(1935, 1960))
        reasons = ["本人死亡", "户籍迁出", "重复享受", "身份核查不符"]
        reason = g.c(reasons if p.birth.year < 1955 else [*reasons, "再生育"])
        r = g.rng.random()
        if r < 0.5:
            d.add(
                f"    {i + 1}．",
                N(p.name),
                f"，{p.sex}，",
                g.c(["身份证号", "公民身份号码"]),
                ("id_card", p.id),
                f"，{g.village()}村民，退出原因：{reason}。\n",
            )
        else:
            d.add(
                f"    {i + 1}．",
                N(p.name),
                "（",
                ("id_card", p.id),
                f"），退出原因：{reason}，自{g.year}年起停止发放。\n",
            )
    d.add(f"    另：{g.town()}王某某因提供虚假材料，已追回扶助金{g.rng.randint(960, 5000)}元。\n")
    d.add(f"\n{g.p['county']}卫生健康局\n{g.dstr(g.date())}\n")
    return "f6/退出名单"


def fam6(g: Gen) -> tuple[Doc, str]:
    d = Doc()
    r = g.rng.random()
    if r < 0.6:
        return d, f6_table(g, d)
    if r < 0.82:
        return d, f6_form(g, d)
    return d, f6_exit(g, d)


# ---------------------------------------------------------------- family 7: 补贴发放明细


def f7_grass(g: Gen, d: Doc) -> str:
    vil = g.village()
    grass = g.p["pastoral"] and g.chance(0.6)
    if grass:
        d.add(f"{g.p['county']}{g.year}年草原生态保护补助奖励资金发放明细（{g.town()}{vil}）\n")
        header = [
            "序号",
            "户名",
            "身份证号",
            "一卡通账号",
            "禁牧面积（亩）",
            "草畜平衡面积（亩）",
            "补奖金额（元）",
        ]
    else:
        d.add(f"{g.p['county']}{g.year}年耕地地力保护补贴发放明细表\n")
        d.add(
            f"乡镇：{g.town()}    村：{vil}    批次号"
            f"：{g.year}{g.rng.randint(1, 12):02d}{g.rng.randint(100, 999)}\n"
        )
        header = [
            "序号",
            "户名",
            "身份证号",
            "一卡通账号",
            "确权面积（亩）",
            "补贴面积（亩）",
            "补贴金额（元）",
        ]
    note = g.chance(0.3)
    if note:
        header.append(g.c(["备注", "领取人签字"]))
    drop_id = g.chance(0.3)
    if drop_id:
        header.remove("身份证号")
    rows: list[Sequence[object]] = []
    tot_a, tot_m = 0.0, 0.0
    spaced = g.chance(0.25)
    for i in range(g.rng.randint(3, 5)):
        p = Person(g, by=(1940, 1990))
        num, _ = g.card(spaced=spaced)
        a1 = round(g.rng.uniform(1, 600 if grass else 40), 1)
        a2 = round(g.rng.uniform(0, 300), 1) if grass else round(a1 * g.rng.uniform(0.8, 1.0), 1)
        money = round(a1 * (7.5 if grass else 95) + (a2 * 2.5 if grass else 0), 2)
        tot_a += a1
        tot_m += money
        row = [str(i + 1), [N(g.sname(p.name, True))]]
        if not drop_id:
            row.append([("id_card", p.id)])
        row += [[("bank_card", num)], f"{a1}", f"{a2}", f"{money:.2f}"]
        if note:
            row.append(g.c(["", "", "代领", "已故继承人领取", "新增"]))
        rows.append(row)
    total = ["合计", "", *([""] if not drop_id else []), "", f"{tot_a:.1f}", "", f"{tot_m:.2f}"]
    if note:
        total.append("")
    rows.append(total)
    g.table(d, header, rows, g.style(), running="补助资金发放明细")
    d.add(
        f"    资金已于{g.dstr(g.date())}通过“一卡通”发放到户。付款单位：{g.p['county']}财政局，"
        f"单位账号：{g.rng.randint(29000, 29099)}{g.rng.randint(100000000000, 999999999999)}。\n"
    )
    d.add(f"    如有疑问请致电{g.office_phone()}，或拨打12345政务服务便民热线。\n")
    d.add(f"制表人：{g.name(official=True)}    审核人：{g.name(official=True)}\n")
    return "f7/" + ("草原补奖明细" if grass else "耕地地力保护补贴明细")


def f7_roster(g: Gen, d: Doc) -> str:
    vil = g.village()
    d.add(f"{vil}{g.year}年惠农补贴“一卡通”发放花名册\n")
    if g.chance(0.5):
        d.add(f"发放单位：{g.p['county']}{g.town()}人民政府    交易流水号：{g.flow_no()}\n")
    rows = []
    for i in range(g.rng.randint(3, 5)):
        p = Person(g, by=(1940, 1990))
        num, bank = g.card()
        rows.append(
            [
                str(i + 1),
                [N(g.sname(p.name, True))],
                bank,
                [("bank_card", num)],
                g.c(["耕地地力保护补贴", "草原禁牧补助", "农机购置补贴", "玉米生产者补贴"]),
                f"{g.rng.uniform(80, 6000):.2f}",
                [("mobile", p.mob)] if g.chance(0.4) else "",
            ]
        )
    g.table(
        d,
        ["序号", "姓名", "开户行", "卡号", "补贴项目", "金额（元）", "联系电话"],
        rows,
        g.style(("tab", "pipe", "csv", "space")),
        running=f"{vil}惠农补贴发放花名册",
    )
    d.add(f"经办人：{g.name(official=True)}    村负责人：{g.name(official=True)}\n")
    return "f7/一卡通花名册"


def fam7(g: Gen) -> tuple[Doc, str]:
    d = Doc()
    if g.chance(0.7):
        return d, f7_grass(g, d)
    return d, f7_roster(g, d)


# ---------------------------------------------------------------- family 8: 光伏收益 / 公益性岗位

POSTS = [
    "村级保洁员",
    "护林员",
    "护路员",
    "水管员",
    "草管员",
    "公益性岗位-治安巡逻",
    "孤寡老人看护员",
    "村级光伏管护员",
]


def f8_pv(g: Gen, d: Doc) -> str:
    vil = g.village()
    comp = f"{g.p['county']}{g.c(['阳光', '正泰', '隆基', '中能'])}光伏发电有限公司"
    d.add(f"{vil}{g.year}年度村级光伏扶贫电站收益分配公示\n")
    d.add(
        f"    {g.year}年，我村光伏扶贫电站（运维单位：{comp}，统一社会信用代码："
        f"{credit_code(g.rng, g.p['code'], '91')}，法定代表人：{g.name(official=True)}）共实现收益"
        f"{g.rng.uniform(10, 60):.2f}万元。经村民代表大会讨论，收益主要用于设置公益岗位和小型公益事业，"
        f"现将分配明细公示如下：\n"
    )
    header = ["序号", "姓名", "身份证号", "岗位", "工作月数", "分配金额（元）"]
    card_col = g.chance(0.3)
    if card_col:
        header.append("收款账号")
    rows = []
    for i in range(g.rng.randint(3, 5)):
        p = Person(g, by=(1950, 1995))
        row = [
            str(i + 1),
            [N(g.sname(p.name, True))],
            g.masked_id(p.id),
            g.c(POSTS),
            str(g.rng.randint(3, 12)),
            f"{g.rng.randint(6, 60) * 100}",
        ]
        if card_col:
            row.append([("bank_card", g.card()[0])])
        rows.append(row)
    g.table(d, header, rows, g.style(), running="光伏收益分配明细")
    d.add(
        f"    小型公益事业支出{g.rng.randint(1, 20)}.{g.rng.randint(0, 99):02d}万元，奖励补助支出"
        f"{g.rng.randint(0, 5)}万元。公示期7天，监督电话：{g.office_phone()}。\n"
    )
    d.add(f"{vil}村民委员会    {g.dstr(g.date())}\n")
    return "f8/光伏收益分配" + ("-含账号" if card_col else "")


def f8_post_pay(g: Gen, d: Doc) -> str:
    m = g.rng.randint(1, 12)
    disabled = g.chance(0.35)
    d.add(f"{g.p['county']}{g.year}年{m}月{'残疾人' if disabled else '乡村'}公益性岗位补贴发放明细\n")
    d.add(f"文件依据：{g.wh('人社发')}    单位：{g.p['county']}人力资源和社会保障局\n")
    header = ["序号", "姓名", "性别", "身份证号", "岗位", "所在村", "补贴金额（元）"]
    if disabled:
        header.insert(4, "残疾类别及等级")
    phone_col = g.chance(0.3)
    if phone_col:
        header.append("联系电话")
    rows = []
    for i in range(g.rng.randint(3, 5)):
        p = Person(g, by=(1960, 2000))
        idc: list | str = g.masked_id(p.id) if g.chance(0.85) else [("id_card", p.id)]
        row = [str(i + 1), [N(g.sname(p.name, True))], p.sex, idc]
        if disabled:
            row.append([("health", disability(g, with_word=g.chance(0.5)))])
        row += [g.c(POSTS), g.village(), g.c(["800", "1000", "1200", "1500", "2190"])]
        if phone_col:
            row.append(
                p.mob[:3] + "****" + p.mob[-4:] if p.mob.isdigit() and g.chance(0.5) else [("mobile", p.mob)]
            )
        rows.append(row)
    g.table(d, header, rows, g.style(), running="公益性岗位补贴发放明细")
    d.add(f"    补贴资金已通过社会保障卡发放。咨询电话：{g.office_phone()}\n")
    return "f8/公益岗位补贴发放" + ("-残疾人" if disabled else "")


def f8_hire(g: Gen, d: Doc) -> str:
    d.add(f"{g.p['county']}{g.year}年乡村公益性岗位拟聘用人员公示\n")
    d.add(
        f"    根据《{g.p['county']}乡村公益性岗位开"
        "发管理办法》，经个人申请、村级推荐、乡镇审核，拟聘用以下人员"
        f"从事乡村公益性岗位工作，现予公示：\n"
    )
    rows = []
    for i in range(g.rng.randint(3, 6)):
        nm = g.name(official=True)
        idn = g.idno((1965, 2000), g.c("男女"))
        rows.append([str(i + 1), g.sname(nm, True), g.masked_id(idn), g.town(), g.c(POSTS)])
    g.table(
        d, ["序号", "姓名", "身份证号", "乡镇", "拟聘岗位"], rows, g.style(("tab", "pipe", "space", "html"))
    )
    d.add(f"    公示期5个工作日。如有异议，请向县人社局就业股反映，电话：{g.office_phone()}。\n")
    return "f8/公益岗位拟聘用公示"


def fam8(g: Gen) -> tuple[Doc, str]:
    d = Doc()
    r = g.rng.random()
    if r < 0.45:
        return d, f8_pv(g, d)
    if r < 0.82:
        return d, f8_post_pay(g, d)
    return d, f8_hire(g, d)


# ---------------------------------------------------------------- checking and output

FAMILIES = [fam1, fam2, fam3, fam4, fam5, fam6, fam7, fam8]
PROSE = (
    "f1/答复书",
    "f1/告知书",
    "f1/补正",
    "f1/延期",
    "f1/征求",
    "f2/行政复议决定书",
    "f2/复议应诉通报",
    "f3/信访事项",
    "f4/评议纪要",
    "f5/变更",
    "f6/退出",
)
RE_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
RE_ID15 = re.compile(r"(?<![0-9A-Za-z*])\d{15}(?![0-9A-Za-z*])")
RE_MOB = re.compile(r"(?<![\d*])1[3-9]\d{9}(?![\d*])")
RE_RUN = re.compile(r"(?<!\d)\d{16,19}(?!\d)")
RE_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
ISSUER = ("62", "60", "4", "51", "52", "53", "54", "55", "35")


def verify(
    text: str,
    spans: list[Span],
    private: Set[str] = frozenset(),
    officials: Set[str] = frozenset(),
) -> bool:
    last = -1
    for _kind, s, e in sorted(spans, key=lambda x: x[1]):
        if s < last or s >= e:
            return False
        last = e

    def covered(s: int, e: int, kinds: tuple[str, ...]) -> bool:
        return any(k in kinds and a <= s and e <= b for k, a, b in spans)

    for kind, s, e in spans:
        t = text[s:e]
        if t != t.strip() or not t:
            return False
        if kind == "id_card" and not id_valid(t):
            return False
        if kind == "id_card_15" and not (len(t) == 15 and t.isdigit()):
            return False
        if kind == "mobile":
            digits = re.sub(r"^(\+86|0086|86-)", "", t).replace(" ", "").replace("-", "")
            if not re.fullmatch(r"1[3-9]\d{9}", digits):
                return False
        if kind == "bank_card" and not luhn_ok(t.replace(" ", "")):
            return False
        if kind == "email" and not RE_MAIL.fullmatch(t):
            return False
        if kind == "name":
            canon = re.sub(r"[ 　]", "", t).replace("•", "·")
            for m in re.finditer(re.escape(canon), text):
                if not covered(m.start(), m.end(), ("name",)):
                    return False
    for nm in private:
        for m in re.finditer(re.escape(nm), text):
            if not covered(m.start(), m.end(), ("name",)):
                return False
    for nm in officials:
        for m in re.finditer(re.escape(nm), text):
            if covered(m.start(), m.end(), ("name",)):
                return False
    for m in RE_ID.finditer(text):
        if id_valid(m.group()) and not covered(m.start(), m.end(), ("id_card",)):
            return False
    for m in RE_MOB.finditer(text):
        if not covered(m.start(), m.end(), ("mobile",)):
            return False
    for m in RE_RUN.finditer(text):
        v = m.group()
        if covered(m.start(), m.end(), ("bank_card", "id_card")):
            continue
        if luhn_ok(v) and v.startswith(ISSUER):
            return False
    for m in RE_MAIL.finditer(text):
        if not m.group().endswith(".gov.cn") and not covered(m.start(), m.end(), ("email",)):
            return False
    return True


def pdf_prose(g: Gen, text: str, spans: list[Span]) -> tuple[str, list[Span]]:
    text, spans = hard_wrap(text, spans, g.rng.randint(30, 42) * 2)
    starts = [m.end() for m in re.finditer("\n", text)]
    starts = [p for p in starts if 0 < p < len(text) and not any(s < p < e for _k, s, e in spans)]
    if len(starts) > 6:
        p = starts[len(starts) // 2 + g.rng.randint(-2, 2)]
        foot = g.c(["第 1 页 共 2 页\n", "— 1 —\n", "- 1 -\n", "第1页/共2页\n"])
        if g.chance(0.4):
            foot += g.c([f"{g.p['county']}人民政府\n", "政府信息公开\n", f"{g.p['county']}信访局\n"])
        text, spans = insert_strings(text, spans, [(p, foot)])
    return text, spans


def make_doc(seed: int, i: int, fam_idx: int) -> dict:
    for attempt in range(200):
        rng = random.Random(f"h14:{seed}:{i}:{attempt}")
        prof = rng.choice(PROFILES)
        pdf = rng.random() < 0.25
        g = Gen(rng, prof, pdf)
        try:
            d, typ = FAMILIES[fam_idx](g)
        except RuntimeError:
            continue
        text, spans = d.text(), list(d.spans)
        if pdf and typ.startswith(PROSE):
            text, spans = pdf_prose(g, text, spans)
        if not verify(text, spans, g.private, g.officials):
            continue
        layout = "+".join(dict.fromkeys(g.styles)) or "prose"
        typ = f"{typ}/{layout}" + ("/pdf" if pdf else "")
        return {
            "type": typ,
            "text": text,
            "spans": [
                {"kind": k, "start": s, "end": e, "text": text[s:e]}
                for k, s, e in sorted(spans, key=lambda x: x[1])
            ],
        }
    raise RuntimeError(f"document {i} could not be drawn")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=53)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--decisions", action="store_true", help="print the labelling decisions and exit")
    args = ap.parse_args(argv)
    if args.decisions:
        for k, line in enumerate(DECISIONS, 1):
            sys.stdout.write(f"{k}. {line}\n")
        return 0
    order = [k % len(FAMILIES) for k in range(args.docs)]
    random.Random(f"h14-order:{args.seed}").shuffle(order)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for i, fam in enumerate(order):
            out.write(json.dumps(make_doc(args.seed, i, fam), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
