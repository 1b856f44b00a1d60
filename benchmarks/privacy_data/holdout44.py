#!/usr/bin/env python3
# ruff: noqa: B007, B905, C408, C416, E501, E741, E743, F841, RUF005, RUF034, RUF059, SIM108, SIM114, SIM905, UP031, UP032
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout44 -- blind labelled evaluation set for a Chinese PII detector (政务公开 documents).

Usage:
  python holdout44.py --docs 400 --seed 199 -o out.jsonl [--stats]
  python holdout44.py --check out.jsonl          (validate an existing file, print counts)
  python holdout44.py --decisions                (print this docstring)

Output: JSON Lines, one document per line:
  {"type": family[".pdf"], "text": ..., "spans": [{"kind", "start", "end"}, ...]}
start/end are Python str offsets (text[start:end] is the value); spans are sorted and never overlap.
Everything is synthetic (random names and numbers with valid checksums); regions and their
administrative codes are real.  Output is deterministic for a given --seed.

DECISIONS
D1  General.  A span is the value only.  It never includes the field label, the colon, brackets,
    quotes, 书名号, trailing punctuation, or whitespace at its ends.  Every occurrence is labelled,
    repeats included.  Sex, nation (民族), age, birth date, 家庭人口, amounts and dates are never labelled.
D2  id_card: the 18 characters of a 公民身份号码, check character included ("X" or "x").  Every
    labelled one has a valid GB 11643 checksum, a real date and a real county code.  A 驾驶证号 or
    从业资格证号 that is the ID number is labelled id_card.  NOT labelled: masked forms (533325********1234,
    5333251985****123X), Excel scientific notation (5.33325E+17).  In CSV exports the leading
    apostrophe or tab that keeps the number as text stays outside the span.
D3  id_card_15: the 15 digits of a first-generation number (6-digit area code, YYMMDD, 3-digit
    sequence), with a valid date.  It only appears for older people in rosters and forms.
D4  mobile: the 11 digits, with any spaces or dashes inside them ("138 1234 5678", "138-1234-5678").
    A "+86", "+86 ", "86-" or "(+86)" prefix stays outside the span.  Masked numbers (138****5678)
    are NOT labelled.
D5  landline: only a private household's phone (家庭电话/固定电话/宅电, or a household roster's
    电话 column), from the first digit of the area code to the last digit, dash or space included
    ("0886-3212345", "023 48671234").  NOT labelled: agency, office, company and shop phones,
    监督电话, 咨询电话, fax numbers, hotlines (12345, 12315, 12348, 110) and "0886-12345".
D6  bank_card: a private person's card or account (社保卡号, 一卡通/惠农卡号, 收款账号): 16-19
    digits, valid Luhn check, real issuer prefix (622202/621700/623668/622848/621799/622908).
    Group spaces are inside the span.  NOT labelled: agency or company accounts (罚没款账户),
    transaction, order and 缴款 numbers (even when Luhn-valid), scientific notation, masked cards.
D7  email: private persons' mailboxes only.  Agency mailboxes (xxgk@..., even on 163.com or
    126.com) are NOT labelled.
D8  passport: E+8 digits, E+letter+7 digits, G+8 digits.  hk_macau_permit: 往来港澳通行证 (C+8
    digits, C+letter+7 digits) and 港澳居民来往内地通行证 (H or M + 8 digits).  tw_permit:
    大陆居民往来台湾通行证 (T+8 digits) and 台湾居民来往大陆通行证 (8 digits, labelled only in that
    context).  Spans cover the document number only.
D9  license_plate: the plate of a vehicle driven or owned by a private person: province character,
    letter, optional "·" or space, 5-6 characters ("湘L·3B567", "宁DD12345").  NOT labelled:
    vehicles of transport companies and other enterprises, masked plates (湘L·3B***).
D10 address: where a private person lives: 住址, 现住址, 家庭住址, 户籍地址/户籍所在地, 通信地址,
    送达地址, 所在村组 columns, and "XX村X组村民" in prose.  Labelled only when it is written down
    to 号/栋/单元/室/组 (村民小组 included), optionally followed by a room such as "5-2" after 单元
    or 号.  The span starts at the first administrative unit written together with it (province,
    city, county, town or village, as written) and ends at the last component.  If a PDF line wrap
    splits the address, the span includes the line break and any indentation.
    NOT labelled: bare village, 嘎查 or town names (e.g. a 村 column), land parcels, incident
    sites, building sites (拟建位置, 违法用地位置), agency addresses (办公地址, 地址 in letterheads),
    company 住所 and 个体户 经营场所, meeting places, care homes (XX镇敬老院 for 集中供养).
D11 name: a private natural person wherever they appear: applicants, beneficiaries and their
    household members, parties (当事人/违法行为人), victims, witnesses, passengers, complainants,
    legal representatives and operators of companies and 个体户, 村民代表 (in attendance lists and
    signatures), people discussed in minutes, people signing as 申请人/受送达人.
    NOT labelled: people acting in a public role: officials and staff (局长, 执法人员, 办案民警, 承办人,
    审核人, 审批人, 经办人, 受理人, 送达人, 制表人, 联系人 of an agency), town cadres and 驻村干部,
    village 两委 members (书记, 主任, 委员, 监委会主任, 文书) when they chair, attend, record or sign
    as cadres.  Masked forms (张某, 张某某, 李*, 王**), and names inside company, shop or place names
    (李家湾村, 张程乡, 陈靳乡), are not labelled either.
    The span runs from the first to the last character of the name; padding inside a name aligned
    to a column ("王　芳", "王  芳") is inside the span.  Minority names with "·" are one span
    ("阿依古丽·吐尔逊").  Han names have 2-4 characters (compound surnames included); Mongolian
    names written without "·" have up to 6; each part of a "·" name has 2-6 characters.
D12 health: the condition phrase only ("尿毒症", "肢体二级", "乳腺增生", "乙肝病毒携带"; generic
    status words in a 健康状况 cell also count: "残疾", "重病", "长期慢性病", "患病"),
    when it is stated about a specific person (named, masked or unnamed family member), in prose
    or in a 健康状况/残疾类别等级/筛查结果/风险评估 cell.
    NOT labelled: normal findings (健康, 正常, 未见异常, 阴性, 一般人群), the words around the condition
    (患有, 高风险（…）), 致贫原因 categories (因病, 因残, 因学), programme names (重度残疾人护理补贴,
    两癌筛查, 孕前优生健康检查), care levels (全自理, 半护理, 全护理), injury grades in police cases
    (轻微伤).
D13 Hard negatives that are never labelled: 统一社会信用代码 (valid GB 32100 checksum), 索引号,
    文号 (〔2024〕12号), 行罚决字 numbers, 案件编号, 受理编号, 执法证号, 警号, EMS单号, order and transaction
    numbers (some Luhn-valid without an issuer prefix), agency bank accounts, amounts, dates,
    postcodes, office phones, hotlines, agency mailboxes, officials' names, company and shop names,
    place names that contain surnames, masked values.
D14 PDF variants (type ends in ".pdf"): text as it comes out of a PDF, with hard wraps, running
    titles, page numbers ("— 3 —", "第 2 页 共 5 页", "-3-") and form feeds.  Wraps never split a
    span of any kind except address (D10).  Page furniture is never labelled.
D15 Tables: TSV, CSV exports, space-aligned text, box-drawn text and PDF cell streams.  A cell's
    value gets a span; the header cell and the separators do not.
"""

import argparse
import collections
import datetime
import json
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------- checksums

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    tot = 0
    for ch, w in zip(s8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        tot += v * w
    c = 11 - tot % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_check(s17):
    tot = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W))
    return CC_CHARS[(31 - tot % 31) % 31]


def credit_ok(s):
    return len(s) == 18 and all(c in CC_CHARS for c in s) and credit_check(s[:17]) == s[17]


# ----------------------------------------------------------------------------- regions

OTHER_CODES = [
    "110105",
    "310104",
    "440106",
    "510107",
    "530102",
    "640104",
    "430102",
    "650102",
    "150102",
    "500101",
    "532901",
]
VALID_AREA = set(["533325", "640423", "431026", "500110", "500222", "653125", "150526"] + OTHER_CODES)
PROVINCES = set(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65".split()
)

REGIONS = [
    dict(
        key="lanping",
        full="兰坪白族普米族自治县",
        short="兰坪县",
        prov="云南省",
        city="怒江傈僳族自治州",
        code="533325",
        area="0886",
        local=7,
        post="671400",
        plates=["云Q"],
        abbr="兰",
        dom="lanping",
        towns=["金顶镇", "啦井镇", "营盘镇", "通甸镇", "河西乡", "中排乡", "石登乡", "兔峨乡"],
        vroots=[
            "水俸",
            "黄松",
            "箐头",
            "大羊",
            "丰华",
            "德胜",
            "龙塘",
            "弩弓",
            "高坪",
            "沧东",
            "拉竹",
            "金凤",
            "三界",
            "下甸",
            "白草坪",
        ],
        natural=["福登", "大龙场", "小村", "岩头", "马场坪", "松柏", "梨园", "新建"],
        roads=["沧江路", "德胜路", "江头河路", "玉龙街", "金凤路", "文笔路"],
        surn=[
            ("和", 22),
            ("杨", 10),
            ("李", 8),
            ("张", 6),
            ("赵", 5),
            ("段", 4),
            ("字", 4),
            ("熊", 4),
            ("罗", 4),
            ("胡", 4),
            ("王", 3),
            ("施", 3),
            ("陈", 3),
            ("余", 3),
            ("蜂", 1),
        ],
        nations=[("白", 35), ("普米", 12), ("傈僳", 20), ("汉", 23), ("彝", 5), ("怒", 5)],
        mix=dict(han=1.0),
        court="兰坪白族普米族自治县人民法院",
        gov="兰坪白族普米族自治县人民政府",
    ),
    dict(
        key="longde",
        full="隆德县",
        short="隆德县",
        prov="宁夏回族自治区",
        city="固原市",
        code="640423",
        area="0954",
        local=7,
        post="756300",
        plates=["宁D"],
        abbr="隆",
        dom="nxld",
        towns=[
            "城关镇",
            "沙塘镇",
            "联财镇",
            "陈靳乡",
            "好水乡",
            "观庄乡",
            "杨河乡",
            "神林乡",
            "张程乡",
            "凤岭乡",
            "山河镇",
            "温堡乡",
            "奠安乡",
        ],
        vroots=[
            "锦华",
            "红旗",
            "新和",
            "光联",
            "清凉",
            "杨沟",
            "大庄",
            "峰台",
            "张楼",
            "马河",
            "光明",
            "前进",
            "庄洼",
            "李士",
            "三星",
        ],
        natural=[],
        roads=["六盘山西路", "东环路", "新民路", "北象路", "城关西路", "文化路"],
        surn=[
            ("马", 18),
            ("王", 9),
            ("杨", 7),
            ("李", 7),
            ("张", 6),
            ("苏", 4),
            ("海", 3),
            ("穆", 2),
            ("兰", 3),
            ("刘", 5),
            ("赵", 4),
            ("柳", 2),
            ("何", 2),
            ("禹", 2),
            ("魏", 2),
            ("陈", 3),
        ],
        nations=[("汉", 85), ("回", 15)],
        mix=dict(han=1.0),
        court="隆德县人民法院",
        gov="隆德县人民政府",
    ),
    dict(
        key="rucheng",
        full="汝城县",
        short="汝城县",
        prov="湖南省",
        city="郴州市",
        code="431026",
        area="0735",
        local=7,
        post="424100",
        plates=["湘L"],
        abbr="汝",
        dom="hnrc",
        towns=[
            "卢阳镇",
            "热水镇",
            "土桥镇",
            "泉水镇",
            "暖水镇",
            "三江口瑶族镇",
            "井坡镇",
            "大坪镇",
            "马桥镇",
            "延寿瑶族乡",
            "文明瑶族乡",
            "南洞乡",
            "岭秀瑶族乡",
        ],
        vroots=[
            "沙洲",
            "金山",
            "东岭",
            "益道",
            "先锋",
            "永丰",
            "高滩",
            "上湾",
            "朱家",
            "何家",
            "叶家",
            "竹山",
            "横坑",
            "岭头",
            "排下",
        ],
        natural=[],
        roads=["东门东路", "津江路", "三星路", "卢阳大道", "朱子路", "城南路"],
        surn=[
            ("朱", 8),
            ("何", 7),
            ("李", 6),
            ("陈", 6),
            ("黄", 5),
            ("叶", 5),
            ("范", 4),
            ("曹", 4),
            ("袁", 4),
            ("胡", 4),
            ("邓", 3),
            ("赵", 3),
            ("盘", 3),
            ("欧阳", 3),
            ("郭", 3),
            ("卢", 3),
        ],
        nations=[("汉", 90), ("瑶", 10)],
        mix=dict(han=1.0),
        court="汝城县人民法院",
        gov="汝城县人民政府",
    ),
    dict(
        key="qijiang",
        full="重庆市綦江区",
        short="綦江区",
        prov="重庆市",
        city="",
        code="500110",
        area="023",
        local=8,
        post="401420",
        plates=["渝A", "渝B", "渝D"],
        abbr="綦",
        dom="cqqj",
        towns=[
            "古南街道",
            "文龙街道",
            "三江街道",
            "通惠街道",
            "新盛街道",
            "篆塘镇",
            "隆盛镇",
            "东溪镇",
            "赶水镇",
            "打通镇",
            "石壕镇",
            "永新镇",
            "三角镇",
            "郭扶镇",
            "扶欢镇",
            "安稳镇",
            "横山镇",
            "中峰镇",
            "石角镇",
        ],
        vroots=[
            "新桥",
            "石佛",
            "永乐",
            "长田",
            "双龙",
            "黄荆",
            "高庙",
            "王家",
            "土台",
            "青年",
            "红岩",
            "松林",
            "白杨",
            "刘家湾",
            "大同",
        ],
        natural=[],
        roads=["沙溪路", "九龙大道", "綦河路", "通惠大道", "文龙大道", "北渡路", "营盘山路"],
        surn=[
            ("王", 6),
            ("李", 6),
            ("张", 5),
            ("刘", 5),
            ("陈", 5),
            ("杨", 4),
            ("罗", 4),
            ("周", 3),
            ("吴", 3),
            ("冉", 2),
            ("邹", 2),
            ("霍", 2),
            ("蒋", 2),
            ("龚", 2),
            ("谭", 2),
            ("向", 2),
            ("母", 1),
            ("幸", 1),
        ],
        nations=[("汉", 97), ("苗", 2), ("土家", 1)],
        mix=dict(han=1.0),
        court="重庆市綦江区人民法院",
        gov="重庆市綦江区人民政府",
    ),
    dict(
        key="shache",
        full="莎车县",
        short="莎车县",
        prov="新疆维吾尔自治区",
        city="喀什地区",
        code="653125",
        area="0998",
        local=7,
        post="844700",
        plates=["新Q"],
        abbr="莎",
        dom="xjsc",
        towns=[
            "莎车镇",
            "恰热克镇",
            "艾力西湖镇",
            "荒地镇",
            "阿瓦提镇",
            "托木吾斯塘乡",
            "米夏乡",
            "阿扎特巴格镇",
            "伊什库力乡",
            "孜热甫夏提塔吉克族乡",
        ],
        vroots=["库木巴格", "阿克提坎", "英巴格", "喀拉苏", "阿热勒", "吐格曼", "亚喀艾日克", "巴格万"],
        natural=[],
        roads=["团结路", "喀群路", "阿曼尼沙汗路", "叶尔羌路", "东城路", "新城路"],
        surn=[("王", 5), ("李", 5), ("张", 5), ("刘", 4), ("陈", 3), ("杨", 3), ("赵", 2), ("马", 2)],
        nations=[("维吾尔", 85), ("汉", 12), ("塔吉克", 3)],
        mix=dict(han=0.2, uyghur=0.8),
        court="莎车县人民法院",
        gov="莎车县人民政府",
    ),
    dict(
        key="zalute",
        full="扎鲁特旗",
        short="扎鲁特旗",
        prov="内蒙古自治区",
        city="通辽市",
        code="150526",
        area="0475",
        local=7,
        post="029100",
        plates=["蒙G"],
        abbr="扎",
        dom="zlt",
        towns=[
            "鲁北镇",
            "黄花山镇",
            "巨日合镇",
            "香山镇",
            "阿日昆都楞镇",
            "嘎亥图镇",
            "乌力吉木仁苏木",
            "格日朝鲁苏木",
            "巴雅尔图胡硕镇",
            "道老杜苏木",
        ],
        vroots=["巴彦塔拉", "乌兰哈达", "哈日努拉", "查干淖尔", "宝力根", "阿拉坦", "白音花", "吉日嘎郎"],
        natural=[],
        roads=["罕山街", "扎旗大街", "新华路", "团结路", "鲁北大街", "繁荣街"],
        surn=[
            ("王", 6),
            ("李", 5),
            ("张", 5),
            ("刘", 4),
            ("包", 6),
            ("白", 4),
            ("韩", 3),
            ("于", 3),
            ("孙", 3),
            ("赵", 3),
            ("吴", 2),
            ("宝", 2),
            ("鲍", 2),
        ],
        nations=[("蒙古", 45), ("汉", 52), ("满", 3)],
        mix=dict(han=0.62, mongol=0.38),
        court="扎鲁特旗人民法院",
        gov="扎鲁特旗人民政府",
    ),
]

COMMON_SURN = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤"
)
RARE_SURN = list("亓芈禤冼佘厍仝邸隗昝靳仇佴郗蒯逄晁訾扈缪")
COMPOUND_SURN = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "尉迟",
    "公孙",
    "司徒",
    "夏侯",
]
G_MALE = list(
    "伟强军平明华建国志勇斌刚涛磊杰鹏波辉林峰海文德福贵春生荣成兵学俊超宇浩轩博晨睿家航洋东龙旭昌顺有才金元"
    "忠祥发光红永正清义仁武亮"
)
G_FEMALE = list("芳娟秀英兰霞丽敏静燕艳玲梅红琴桂珍凤花萍婷雪慧琳欣怡涵悦佳雨晓婉菊莲翠香月秋云彩娥妹")
UY_MALE = [
    "艾力",
    "买买提",
    "阿不都热依木",
    "吐尔逊",
    "艾买提",
    "阿卜杜拉",
    "努尔麦麦提",
    "热合曼",
    "麦麦提敏",
    "伊敏",
    "亚森",
    "卡德尔",
    "肉孜",
    "吾斯曼",
    "依明",
    "阿布都外力",
    "托合提",
    "玉素甫",
    "喀迪尔",
    "阿力木",
    "买合木提",
    "图尔洪",
    "艾合买提",
    "司马义",
    "吐逊",
]
UY_FEMALE = [
    "阿依古丽",
    "古丽米热",
    "帕提古丽",
    "热依拉",
    "布买热木",
    "阿依努尔",
    "再努尔",
    "米热古丽",
    "祖丽胡玛尔",
    "努尔尼萨",
    "阿米娜",
    "图尔荪古丽",
    "热孜宛古丽",
    "阿瓦汗",
    "古再丽努尔",
    "沙地古丽",
    "玛依拉",
    "阿娜尔",
]
MG_MALE = [
    "巴特尔",
    "乌力吉",
    "额尔敦",
    "宝音",
    "那日苏",
    "朝鲁",
    "额尔敦毕力格",
    "巴雅尔",
    "孟和",
    "哈斯",
    "满都拉",
    "白音",
    "胡日查",
    "吉日嘎拉",
    "敖特根",
    "阿拉坦仓",
    "苏和",
    "巴图",
    "特木尔",
    "达瓦",
]
MG_FEMALE = [
    "斯琴",
    "其其格",
    "萨仁",
    "乌兰",
    "图雅",
    "苏日娜",
    "格日乐",
    "娜仁",
    "乌云",
    "塔娜",
    "其木格",
    "高娃",
    "萨日娜",
    "阿拉坦其其格",
    "敖登",
    "琪琪格",
]

PINYIN = [
    "zhang",
    "wang",
    "li",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "guo",
    "he",
    "gao",
    "lin",
    "luo",
    "ye",
    "fan",
    "mei",
    "xiao",
    "jun",
    "hong",
    "ping",
    "hua",
    "ming",
    "fang",
    "li",
    "jian",
    "guo",
    "yan",
    "xin",
    "yu",
    "hao",
    "ting",
    "qiang",
    "dong",
    "lan",
    "bate",
]

MOBILE_PREFIX = [
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
    ("622202", 19, "中国工商银行"),
    ("621700", 19, "中国建设银行"),
    ("623668", 19, "中国建设银行"),
    ("622848", 19, "中国农业银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622908", 18, "兴业银行"),
]
ISSUERS = [b[0] for b in BANKS]
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

ILLNESS = [
    "尿毒症",
    "脑梗塞",
    "肺癌",
    "胃癌",
    "乳腺癌",
    "白血病",
    "肝硬化",
    "糖尿病并发症",
    "精神分裂症",
    "冠心病",
    "脑出血后遗症",
    "慢性阻塞性肺病",
    "类风湿性关节炎",
    "肾病综合征",
    "癫痫",
    "脑瘫",
    "高血压三级",
    "结核病",
    "重度烧伤",
    "先天性心脏病",
    "帕金森病",
    "股骨头坏死",
]
DISAB = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
GRADE = ["一级", "二级", "三级", "四级"]
CN = "〇一二三四五六七八九"


def cn_num(n):
    if n <= 10:
        return "十" if n == 10 else CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(dt):
    y = "".join(CN[int(c)] for c in str(dt.year))
    return "%s年%s月%s日" % (y, cn_num(dt.month), cn_num(dt.day))


def cwidth(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def dw(s):
    return sum(cwidth(c) for c in s)


# ----------------------------------------------------------------------------- document builder


class Doc:
    """Character array with a span id per character (0 = unlabelled)."""

    def __init__(self):
        self.chars = []
        self.sids = []
        self.kinds = {}
        self.nsid = 0

    def t(self, s):
        self.chars.extend(s)
        self.sids.extend([0] * len(s))
        return self

    def l(self, kind, s):
        assert s and s == s.strip(), (kind, s)
        self.nsid += 1
        self.kinds[self.nsid] = kind
        self.chars.extend(s)
        self.sids.extend([self.nsid] * len(s))
        return self

    def put(self, cell):
        for p in norm_cell(cell):
            if isinstance(p, str):
                self.t(p)
            else:
                self.l(p[0], p[1])
        return self

    def line(self, *cells):
        for c in cells:
            self.put(c)
        self.t("\n")
        return self

    def text(self):
        return "".join(self.chars)

    def finish(self):
        spans = []
        prev = 0
        for i, s in enumerate(self.sids):
            if s and s != prev:
                spans.append([self.kinds[s], i, i + 1])
            elif s and s == prev:
                spans[-1][2] = i + 1
            prev = s
        return self.text(), [{"kind": k, "start": a, "end": b} for k, a, b in spans]

    def rebuild(self, chars, sids):
        d = Doc()
        d.chars, d.sids, d.kinds, d.nsid = chars, sids, dict(self.kinds), self.nsid
        return d


def norm_cell(c):
    if c is None:
        return []
    if isinstance(c, str):
        return [c]
    if isinstance(c, tuple):
        return [c]
    return list(c)


def cell_text(c):
    return "".join(p if isinstance(p, str) else p[1] for p in norm_cell(c))


# ----------------------------------------------------------------------------- PDF transforms

NO_START = set("，。、；：？！）》”’】")


def _alnum(ch):
    return ch.isascii() and ch.isalnum()


def hard_wrap(d, width):
    chars, sids, n = d.chars, d.sids, len(d.chars)
    breaks = []
    i, line_start, w = 0, 0, 0
    while i < n:
        ch = chars[i]
        if ch == "\n" or ch == "\f":
            i += 1
            line_start, w = i, 0
            continue
        c = cwidth(ch)
        if w + c > width and i > line_start:
            k = i
            while k < n and chars[k] in NO_START and sids[k] == 0:
                k += 1
            if k >= n or chars[k] in "\n\f":
                i = k
                continue
            k0 = k
            while k > line_start + 1 and _alnum(chars[k - 1]) and _alnum(chars[k]):
                k -= 1  # keep runs of ASCII letters/digits together, as word processors do
            if k <= line_start + 1:
                k = k0
            sid = sids[k]
            nsid = 0
            if sid and sids[k - 1] == sid:
                if d.kinds[sid] == "address" and chars[k - 1] != " " and chars[k] != " ":
                    nsid = sid
                else:
                    s = k
                    while s > line_start and sids[s - 1] == sid:
                        s -= 1
                    if s > line_start:
                        k = s
                    else:
                        e = k
                        while e < n and sids[e] == sid:
                            e += 1
                        k = e
                        if k >= n or chars[k] in "\n\f":
                            i = k
                            continue
            breaks.append((k, nsid))
            line_start, w, i = k, 0, k
            continue
        w += c
        i += 1
    out_c, out_s, j = [], [], 0
    for k, nsid in breaks:
        out_c.extend(chars[j:k])
        out_s.extend(sids[j:k])
        out_c.append("\n")
        out_s.append(nsid)
        j = k
    out_c.extend(chars[j:])
    out_s.extend(sids[j:])
    return d.rebuild(out_c, out_s)


def paginate(d, rng, lpp, running=None, style=None):
    chars, sids = d.chars, d.sids
    bounds = [i for i, ch in enumerate(chars) if ch == "\n" and sids[i] == 0]
    total = max(1, (len(bounds) + lpp - 1) // lpp)
    style = style or rng.choice(["dash", "cn", "hyph", "slash"])
    ff = rng.random() < 0.3

    def footer(p):
        if style == "dash":
            return "— %d —" % p
        if style == "cn":
            return "第 %d 页 共 %d 页" % (p, total)
        if style == "hyph":
            return "-%d-" % p
        return "%d/%d" % (p, total)

    out_c, out_s = [], []
    page, cnt, j = 1, 0, 0
    for b in bounds:
        cnt += 1
        if cnt == lpp and b < len(chars) - 1:
            out_c.extend(chars[j : b + 1])
            out_s.extend(sids[j : b + 1])
            ins = "\n" + footer(page) + "\n" + ("\f" if ff else "")
            if running:
                ins += running + "\n"
            out_c.extend(ins)
            out_s.extend([0] * len(ins))
            j = b + 1
            page += 1
            cnt = 0
    out_c.extend(chars[j:])
    out_s.extend(sids[j:])
    if out_c and out_c[-1] != "\n":
        out_c.append("\n")
        out_s.append(0)
    tail = "\n" + footer(page) + "\n"
    out_c.extend(tail)
    out_s.extend([0] * len(tail))
    return d.rebuild(out_c, out_s)


# ----------------------------------------------------------------------------- context / generators


class Ctx:
    def __init__(self, rng, R, year):
        self.rng = rng
        self.R = R
        self.year = year
        self.used = set()
        self.pdf = False
        self.pad = None  # None, "ideo", "ascii"

    # --- random helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def wch(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.rng.uniform(0, tot)
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def p(self, prob):
        return self.rng.random() < prob

    def digits(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def date(self, m1=1, m2=12, year=None):
        y = year or self.year
        m = self.rng.randint(m1, m2)
        dd = self.rng.randint(1, 28)
        return datetime.date(y, m, dd)

    def fdate(self, dt, style=None):
        style = style or self.ch(["cn", "cn", "cn", "iso", "dot"])
        if style == "cn":
            return "%d年%d月%d日" % (dt.year, dt.month, dt.day)
        if style == "iso":
            return dt.strftime("%Y-%m-%d")
        if style == "dot":
            return "%d.%d.%d" % (dt.year, dt.month, dt.day)
        return cn_date(dt)

    # --- names
    def _han_name(self, sex, surn=None):
        rng = self.rng
        if surn is None:
            r = rng.random()
            if r < 0.025:
                surn = rng.choice(COMPOUND_SURN)
            elif r < 0.06:
                surn = rng.choice(RARE_SURN)
            elif r < 0.6:
                surn = self.wch(self.R["surn"])
            else:
                surn = rng.choice(COMMON_SURN)
        pool = G_MALE if sex == "男" else G_FEMALE
        if len(surn) == 2:
            n = 1 if rng.random() < 0.4 else 2
        else:
            n = 1 if rng.random() < 0.28 else 2
        given = "".join(rng.choice(pool) for _ in range(n))
        return surn + given

    def new_name(self, sex=None, style=None):
        rng = self.rng
        if sex is None:
            sex = rng.choice(["男", "女"])
        mix = self.R["mix"]
        if style is None:
            r = rng.random()
            style = "han"
            acc = 0
            for k, v in mix.items():
                acc += v
                if r < acc:
                    style = k
                    break
        for _ in range(50):
            if style == "uyghur":
                a = rng.choice(UY_MALE if sex == "男" else UY_FEMALE)
                b = rng.choice(UY_MALE)
                nm = a + "·" + b
            elif style == "mongol":
                a = rng.choice(MG_MALE if sex == "男" else MG_FEMALE)
                nm = (
                    (rng.choice(["包", "白", "宝", "鲍", "韩", "吴"]) + a)
                    if (len(a) <= 3 and rng.random() < 0.35)
                    else a
                )
            else:
                nm = self._han_name(sex)
            if nm not in self.used and not any(nm in u or u in nm for u in self.used):
                self.used.add(nm)
                return nm, sex, style
        self.used.add(nm)
        return nm, sex, style

    def nation(self, style):
        if style == "uyghur":
            return "维吾尔"
        if style == "mongol":
            return "蒙古"
        nat = self.wch(self.R["nations"])
        if nat in ("维吾尔", "蒙古") and style == "han":
            nat = "汉"
        return nat

    def person(self, sex=None, age=(20, 70), style=None, id15=False, local=0.95):
        nm, sex, st = self.new_name(sex, style)
        a = self.rng.randint(age[0], age[1])
        by = self.year - a
        birth = datetime.date(by, self.rng.randint(1, 12), 1) + datetime.timedelta(
            days=self.rng.randint(0, 27)
        )
        code = self.R["code"]
        if self.R["key"] == "qijiang" and by < 2008 and self.p(0.5):
            code = "500222"
        if not self.p(local):
            code = self.ch(OTHER_CODES)
        seq = self.rng.randint(1, 998)
        if (seq % 2 == 1) != (sex == "男"):
            seq += 1
        s17 = code + birth.strftime("%Y%m%d") + "%03d" % seq
        c = id_check(s17)
        if c == "X" and self.p(0.15):
            c = "x"
        per = dict(name=nm, sex=sex, style=st, birth=birth, age=a, id=s17 + c, nation=self.nation(st))
        if id15 and by <= 1984 and self.p(0.5 if id15 is True else id15):
            per["id15"] = code + birth.strftime("%y%m%d") + "%03d" % seq
        return per

    def staff(self):
        return self.new_name()[0]

    # --- pieces
    def nm(self, per, pad=None):
        n = per["name"] if isinstance(per, dict) else per
        pad = self.pad if pad is None else pad
        if pad and len(n) == 2:
            n = n[0] + ("　" if pad == "ideo" else "  ") + n[1]
        return ("name", n)

    def idp(self, per):
        if "id15" in per:
            return ("id_card_15", per["id15"])
        return ("id_card", per["id"])

    def mask_id(self, per):
        s = per.get("id15") or per["id"]
        st = self.rng.randint(0, 3)
        if st == 0:
            return s[:6] + "*" * (len(s) - 10) + s[-4:]
        if st == 1:
            return s[:10] + "****" + s[-4:]
        if st == 2:
            return s[:3] + "*" * (len(s) - 7) + s[-4:]
        return s[:6] + "********" + s[-4:] if len(s) == 18 else s[:6] + "******" + s[-3:]

    def mask_name(self, per):
        n = per["name"] if isinstance(per, dict) else per
        if "·" in n:
            return n.split("·")[0] + "·**"
        sur = n[:2] if n[:2] in COMPOUND_SURN else n[0]
        return sur + self.ch(["某", "某某", "*", "**", "某某"])

    def mobile_raw(self):
        return self.ch(MOBILE_PREFIX) + self.digits(8)

    def mob(self, raw=None):
        m = raw or self.mobile_raw()
        r = self.rng.random()
        if r < 0.8:
            return ("mobile", m)
        if r < 0.9:
            return ("mobile", m[:3] + " " + m[3:7] + " " + m[7:])
        return ("mobile", m[:3] + "-" + m[3:7] + "-" + m[7:])

    def mob_cell(self):
        """mobile with an optional +86 prefix outside the span"""
        r = self.rng.random()
        if r < 0.06:
            return ["+86 ", self.mob()]
        if r < 0.1:
            return ["86-", self.mob()]
        if r < 0.12:
            return ["(+86)", self.mob()]
        return [self.mob()]

    def mask_mob(self):
        m = self.mobile_raw()
        return m[:3] + "****" + m[-4:]

    def local_no(self):
        n = self.R["local"]
        return self.ch("2345678") + self.digits(n - 1)

    def landline(self):
        a, num = self.R["area"], self.local_no()
        sep = self.wch([("-", 7), (" ", 2), ("", 1)])
        return ("landline", a + sep + num)

    def office(self):
        """agency/office phone (never labelled)"""
        a, num = self.R["area"], self.local_no()
        return a + self.ch(["-", "-", "-", " ", "—"]) + num

    def hotline(self):
        return self.ch(
            ["12345", "12345", "12345政务服务便民热线", "%s-12345" % self.R["area"], "12315", "12348"]
        )

    def card_raw(self):
        pre, ln, bank = self.ch(BANKS)
        body = pre + self.digits(ln - len(pre) - 1)
        return body + luhn_digit(body), bank

    def card(self, raw=None):
        c = raw or self.card_raw()[0]
        if self.p(0.18):
            c = " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        return ("bank_card", c)

    def txn_no(self, n=19):
        """transaction/order number: Luhn-valid half the time, never an issuer prefix"""
        pre = self.ch(["2024", "2023", "4200", "1000", "8800", "3100", "9100"])
        body = pre + self.digits(n - len(pre) - 1)
        last = luhn_digit(body) if self.p(0.5) else self.digits(1)
        return body + last

    def agency_account(self):
        pre = self.ch(["2503", "2406", "1911", "5300", "3100", "1402"])
        return pre + self.digits(self.rng.choice([15, 16, 17]))

    def email(self, per=None):
        r = self.rng.random()
        if r < 0.35:
            local = str(self.rng.randint(10**5, 10**10))
            dom = "qq.com"
        else:
            local = (
                self.ch(PINYIN)
                + self.ch(PINYIN + [""])
                + self.ch(["", str(self.rng.randint(1, 99)), str(self.rng.randint(1960, 2005))])
            )
            if self.p(0.3):
                local = (
                    self.ch(PINYIN)
                    + self.ch(["_", ".", ""])
                    + self.ch(PINYIN)
                    + str(self.rng.randint(1, 999))
                )
            dom = self.ch(
                [
                    "163.com",
                    "126.com",
                    "sina.com",
                    "foxmail.com",
                    "139.com",
                    "hotmail.com",
                    "yeah.net",
                    "outlook.com",
                ]
            )
        return ("email", local + "@" + dom)

    def agency_email(self):
        return (
            self.ch(
                ["%sxxgk@163.com", "%szfxxgk@126.com", "xxgk@%s.gov.cn", "%smzj@163.com", "zwgk@%s.gov.cn"]
            )
            % self.R["dom"]
        )

    def passport(self):
        r = self.rng.random()
        if r < 0.6:
            return ("passport", "E" + self.digits(8))
        if r < 0.85:
            return ("passport", "E" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7))
        return ("passport", "G" + self.digits(8))

    def hkmo(self, resident=False):
        if resident:
            return ("hk_macau_permit", self.ch("HHM") + self.digits(8))
        if self.p(0.6):
            return ("hk_macau_permit", "C" + self.digits(8))
        return ("hk_macau_permit", "C" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7))

    def twp(self, resident=False):
        if resident:
            return ("tw_permit", self.digits(8))
        return ("tw_permit", "T" + self.digits(8))

    def plate(self, raw=False):
        pre = self.ch(self.R["plates"])
        r = self.rng.random()
        if r < 0.45:
            body = self.digits(5)
        elif r < 0.75:
            body = self.ch(PLATE_LET) + self.digits(4)
        elif r < 0.88:
            body = self.digits(1) + self.ch(PLATE_LET) + self.digits(3)
        else:
            body = self.ch("DF") + self.digits(5)
        sep = self.wch([("", 6), ("·", 4), (" ", 1)])
        s = pre + sep + body
        return s if raw else ("license_plate", s)

    def credit_code(self, kind="91"):
        body = "".join(self.rng.choice(CC_CHARS) for _ in range(6))
        if kind in ("91", "92") and self.p(0.7):
            org8 = "MA" + "".join(self.rng.choice(CC_CHARS) for _ in range(6))
        elif kind == "11":
            org8 = "0" + self.digits(7)
        else:
            org8 = self.digits(2) + body
        org = org8 + org_check(org8)
        s17 = kind + self.R["code"] + org
        return s17 + credit_check(s17)

    def index_no(self):
        return "%s/%d-%05d" % (self.credit_code("11"), self.year, self.rng.randint(1, 800))

    def doc_no(self, dept):
        return "%s%s〔%d〕%d号" % (self.R["abbr"], dept, self.year, self.rng.randint(1, 260))

    # --- places
    def town(self):
        return self.ch(self.R["towns"])

    def village(self):
        R = self.R
        if R["key"] == "shache":
            if self.p(0.55):
                return "%d村" % self.rng.randint(1, 28)
            return self.ch(R["vroots"]) + "村"
        if R["key"] == "zalute" and self.p(0.55):
            return self.ch(R["vroots"]) + "嘎查"
        if R["key"] == "lanping" and self.p(0.4):
            return self.ch(R["vroots"]) + "村委会"
        if self.p(0.25):
            return (
                self.ch(list("李王张马何刘杨陈赵黄朱叶"))
                + "家"
                + self.ch(list("湾沟庄坪寨山河岭洼坝"))
                + "村"
            )
        return self.ch(R["vroots"]) + "村"

    def group(self):
        n = self.rng.randint(1, 12)
        if self.R["key"] == "lanping" and self.R["natural"] and self.p(0.5):
            return self.ch(self.R["natural"]) + "村民小组"
        st = self.rng.random()
        if st < 0.5:
            return cn_num(n) + "组"
        if st < 0.85:
            return "%d组" % n
        return "第%s村民小组" % cn_num(n)

    def county_prefix(self, level):
        R = self.R
        if level == 0:
            return ""
        if level == 1:
            return R["short"]
        if level == 2:
            return R["full"]
        return R["prov"] + R["city"] + (R["full"][3:] if R["key"] == "qijiang" else R["full"])

    def home_address(self, rural=None, level=None, vg=None):
        """returns (address text, village)"""
        if rural is None:
            rural = self.p(0.7)
        if level is None:
            level = self.wch([(0, 4), (1, 3), (2, 2), (3, 1)])
        pre = self.county_prefix(level)
        if rural:
            town = self.town()
            village, group = vg or (self.village(), self.group())
            r = self.rng.random()
            if group.endswith("小组") and r < 0.7:
                tail = group
            elif r < 0.45:
                tail = group
            else:
                tail = group + "%d号" % self.rng.randint(1, 160)
            if village.endswith("嘎查") and self.p(0.5):
                tail = "%d号" % self.rng.randint(1, 200)
            start = pre + town if (level or self.p(0.6)) else ""
            return start + village + tail, village
        town = self.ch([t for t in self.R["towns"] if t.endswith(("镇", "街道"))][:3] or self.R["towns"])
        road = self.ch(self.R["roads"])
        no = self.rng.randint(1, 300)
        r = self.rng.random()
        if r < 0.3:
            tail = "%d号%d栋%d单元%d室" % (
                no,
                self.rng.randint(1, 20),
                self.rng.randint(1, 4),
                self.rng.randint(1, 18) * 100 + self.rng.randint(1, 4),
            )
        elif r < 0.5:
            tail = "%d号%d单元%d-%d" % (
                no,
                self.rng.randint(1, 4),
                self.rng.randint(1, 25),
                self.rng.randint(1, 4),
            )
        elif r < 0.7:
            tail = "%d号院%d号楼%d单元%d室" % (
                no,
                self.rng.randint(1, 12),
                self.rng.randint(1, 4),
                self.rng.randint(1, 6) * 100 + self.rng.randint(1, 4),
            )
        elif r < 0.85:
            tail = "%d号附%d号" % (no, self.rng.randint(1, 30))
        else:
            tail = "%d号" % no
        start = pre + (town if self.p(0.7) else "")
        return start + road + tail, None

    def addr(self, **kw):
        return ("address", self.home_address(**kw)[0])

    def agency_address(self):
        return "%s%s%s%d号" % (
            self.ch(["", self.R["short"]]),
            self.ch([t for t in self.R["towns"]][:2]),
            self.ch(self.R["roads"]),
            self.rng.randint(1, 120),
        )

    def company(self):
        roots = [
            "鑫达",
            "恒泰",
            "兴旺",
            "利民",
            "宏发",
            "永盛",
            "顺通",
            "金源",
            "康达",
            "瑞丰",
            "福源",
            "华联",
        ]
        trades = [
            "建材有限公司",
            "商贸有限公司",
            "农业开发有限公司",
            "运输有限公司",
            "餐饮管理有限公司",
            "食品有限公司",
            "药房连锁有限公司",
            "物流有限公司",
            "农牧业专业合作社",
        ]
        pre = self.ch(
            [self.R["short"], self.R["short"].replace("县", "").replace("区", "").replace("旗", ""), ""]
        )
        return pre + self.ch(roots) + self.ch(trades)

    def shop(self, owner=None):
        if owner and self.p(0.3) and "·" not in owner:
            return (
                self.R["short"] + owner[0] + self.ch(["记", "氏"]) + self.ch(["小吃店", "副食店", "农资店"])
            )
        return (
            self.R["short"]
            + self.ch(["城关", "老街", "惠民", "便民", "兴隆", "新街"])
            + self.ch(["副食店", "小吃店", "药店", "农资店", "五金店", "超市", "烧烤店"])
        )

    def agency(self, dept):
        R = self.R
        if dept == "gov":
            return R["gov"]
        return R["full"] + dept


def fam_type(ctx, base):
    return base + (".pdf" if ctx.pdf else "")


def checkbox(ctx, options, chosen):
    return "".join(("☑" if o == chosen else "□") + o + " " for o in options).rstrip()


def maybe_pdf(ctx, d, width=None, lpp=None, running=None):
    if not ctx.pdf:
        return d
    d = hard_wrap(d, width or ctx.ch([60, 66, 70, 76, 80]))
    return paginate(d, ctx.rng, lpp or ctx.rng.randint(24, 40), running=running)


# ----------------------------------------------------------------------------- family: 依申请公开


def apply_desc(ctx, d, third=None):
    r = ctx.rng.random()
    town, vil = ctx.town(), ctx.village()
    if third is not None and r < 0.45:
        rel = ctx.ch(["我父亲", "我母亲", "本人配偶", "我哥哥", "本人之子"])
        d.t("申请公开%s" % rel).l("name", third["name"]).t("（身份证号：").put(ctx.idp(third)).t("）")
        if ctx.p(0.5):
            d.t("因患").l("health", ctx.ch(ILLNESS)).t("申请")
        d.t(ctx.ch(["特困人员救助供养", "最低生活保障", "临时救助", "残疾人两项补贴"]))
        d.t("的审批材料，包括入户调查表、民主评议记录及%s不予批准的依据。" % ctx.ch(["", "最终"]))
    elif r < 0.58:
        d.t(
            "申请公开%s%s%d年度农村低保对象民主评议会议记录、评议结果及公示材料。" % (town, vil, ctx.year - 1)
        )
    elif r < 0.68:
        dn, val = ctx.ch(
            [("护照", ctx.passport()), ("往来港澳通行证", ctx.hkmo()), ("大陆居民往来台湾通行证", ctx.twp())]
        )
        d.t("申请公开本人（%s号码：" % dn).put(val).t(
            "）%d年至%d年的出入境记录及该证件的签发审批材料。" % (ctx.year - 5, ctx.year - 1)
        )
    elif r < 0.75:
        d.t(
            "申请公开《%s》（%s）全文及附件。"
            % (
                ctx.ch(
                    [
                        "关于印发%s农村人居环境整治实施方案的通知" % ctx.R["short"],
                        "%s征地补偿安置方案" % ctx.R["short"],
                        "关于调整城乡低保标准的通知",
                    ]
                ),
                ctx.doc_no(ctx.ch(["政办发", "政发", "民发", "自然资发"])),
            )
        )
    elif r < 0.9:
        d.t(
            "申请公开本人承包地所在%s%s“%s”地块被征收的征地批复文件、补偿标准及补偿款发放明细。"
            % (town, vil, ctx.ch(["大湾田", "河坝地", "后山坡", "老林地", "新开地"]))
        )
    else:
        d.t("申请公开%s%s通组公路硬化工程的招投标文件、中标单位及工程决算资料。" % (town, vil))


def gen_apply_form(ctx):
    rng = ctx.rng
    d = Doc()
    dept = ctx.ch(["民政局", "自然资源局", "住房和城乡建设局", "人民政府办公室", "农业农村局", "乡村振兴局"])
    ag = ctx.agency(dept)
    org = ctx.p(0.15)
    app = ctx.person(age=(25, 72), local=0.85)
    third = ctx.person(age=(55, 88), id15=True) if ctx.p(0.45) else None
    idtype = ctx.wch(
        [
            ("身份证", 46),
            ("护照", 14),
            ("港澳通行证", 10),
            ("港澳居民来往内地通行证", 10),
            ("台湾居民来往大陆通行证", 10),
            ("大陆居民往来台湾通行证", 10),
        ]
    )
    idval = {
        "身份证": ctx.idp(app),
        "护照": ctx.passport(),
        "港澳通行证": ctx.hkmo(),
        "港澳居民来往内地通行证": ctx.hkmo(True),
        "台湾居民来往大陆通行证": ctx.twp(True),
        "大陆居民往来台湾通行证": ctx.twp(),
    }[idtype]
    opts = (
        ["身份证", "护照", "港澳通行证", "其他"]
        if idtype in ("身份证", "护照", "港澳通行证")
        else ["身份证", "护照", "其他（%s）" % idtype]
    )
    chosen = idtype if idtype in opts else "其他（%s）" % idtype
    email = ctx.email() if ctx.p(0.7) else None
    land = ctx.landline() if ctx.p(0.35) else None
    addr = ctx.addr()
    no = "YSQ-%d-%04d" % (ctx.year, rng.randint(1, 300))
    rec = ctx.date(1, 11)
    layout = ctx.ch(["form_grid", "form_lines"])
    if layout == "form_grid":
        d.line("%s政府信息公开申请表" % ag)
        d.line("受理编号：%s" % no)
        if not org:
            d.line(
                "申请人信息\t公民\t姓　　名\t",
                ctx.nm(app, pad=False),
                "\t工作单位\t",
                ctx.ch(["无", "务农", "个体", ctx.company()]),
            )
            d.line("\t\t证件名称\t%s\t证件号码\t" % checkbox(ctx, opts, chosen), idval)
            d.line(
                "\t\t联系电话\t",
                ctx.mob_cell(),
                *(["\t固定电话\t", land] if land else ["\t邮政编码\t", ctx.R["post"]]),
            )
            d.line("\t\t通信地址\t", addr, "\t电子邮箱\t", email if email else "")
            d.line("\t法人或者其他组织\t名　　称\t\t统一社会信用代码\t")
            d.line("\t\t法定代表人\t\t联系人\t")
        else:
            rep, con = ctx.person(), ctx.person()
            co = ctx.company()
            d.line("申请人信息\t公民\t姓　　名\t\t工作单位\t")
            d.line("\t\t证件名称\t□身份证 □护照 □其他\t证件号码\t")
            d.line("\t法人或者其他组织\t名　　称\t%s\t统一社会信用代码\t%s" % (co, ctx.credit_code()))
            d.line("\t\t法定代表人\t", ctx.nm(rep, pad=False), "\t联系人\t", ctx.nm(con, pad=False))
            d.line("\t\t联系电话\t", ctx.mob_cell(), "\t办公电话\t", ctx.office())
            d.line("\t\t营业执照\t□已附  ☑未附\t电子邮箱\t", email if email else "")
        d.t("所需信息情况\t所需信息的内容描述\t")
        apply_desc(ctx, d, third)
        d.t("\n")
        d.line("\t所需信息的用途（选填）\t%s" % ctx.ch(["", "维护自身合法权益", "了解政策", "诉讼使用"]))
        d.line("\t是否申请减免费用\t%s" % checkbox(ctx, ["申请", "不申请"], "不申请"))
        d.line(
            "\t所需信息的指定提供方式\t%s"
            % checkbox(ctx, ["纸面", "电子邮件", "光盘", "磁盘"], ctx.ch(["纸面", "电子邮件"]))
        )
        d.line(
            "\t获取信息的方式\t%s"
            % checkbox(
                ctx,
                ["邮寄", "快递", "电子邮件", "传真", "自行领取/当场阅读、抄录"],
                ctx.ch(["邮寄", "电子邮件", "自行领取/当场阅读、抄录"]),
            )
        )
        d.line(
            "申请人签名（盖章）\t",
            ctx.nm(app if not org else ctx.person(), pad=False),
            "\t申请时间\t%s" % ctx.fdate(rec),
        )
        d.line("以下由受理机关填写")
        d.line("受理人\t%s\t收到日期\t%s\t联系电话\t%s" % (ctx.staff(), ctx.fdate(rec), ctx.office()))
    else:
        d.line("政府信息公开申请表")
        d.line("（%s）" % ag)
        d.line("")
        d.line("编号：%s                 收到申请日期：%s" % (no, ctx.fdate(rec)))
        d.line("一、申请人信息")
        if not org:
            d.line("申请人类型：☑公民 □法人或者其他组织")
            d.line(
                "姓　　名：",
                ctx.nm(app, pad=False),
                "　　性别：%s　　民族：%s族" % (app["sex"], app["nation"]),
            )
            d.line("证件类型：%s" % checkbox(ctx, opts, chosen))
            d.line("证件号码：", idval)
            d.line("联系电话：", ctx.mob_cell())
            if land:
                d.line(ctx.ch(["家庭电话：", "固定电话：", "宅　　电："]), land)
            d.line("通信地址：", addr)
            d.line("邮政编码：%s" % ctx.R["post"])
            if email:
                d.line("电子邮箱：", email)
        else:
            rep, con = ctx.person(), ctx.person()
            d.line("申请人类型：□公民 ☑法人或者其他组织")
            d.line("名　　称：%s" % ctx.company())
            d.line("统一社会信用代码：%s" % ctx.credit_code())
            d.line("法定代表人：", ctx.nm(rep, pad=False))
            d.line("联 系 人：", ctx.nm(con, pad=False), "　联系电话：", ctx.mob_cell())
            d.line("单位电话：%s" % ctx.office())
            if email:
                d.line("电子邮箱：", email)
        d.line("二、所需信息情况")
        d.t("内容描述：")
        apply_desc(ctx, d, third)
        d.t("\n")
        d.line("提供方式：%s" % checkbox(ctx, ["纸质", "电子邮件", "光盘"], ctx.ch(["纸质", "电子邮件"])))
        d.line("获取方式：%s" % checkbox(ctx, ["邮寄", "电子邮件", "当面领取"], ctx.ch(["邮寄", "当面领取"])))
        d.line("是否申请减免费用：□是 ☑否")
        d.line("")
        d.line("申请人（签字）：", ctx.nm(app if not org else ctx.person(), pad=False))
        d.line(ctx.fdate(rec))
        d.line("")
        d.line(
            "注：受理机关地址：%s，邮编%s，咨询电话%s，电子邮箱%s。"
            % (ctx.agency_address(), ctx.R["post"], ctx.office(), ctx.agency_email())
        )
    d = maybe_pdf(ctx, d, running=ctx.ch([None, "政府信息公开申请表"]))
    return d, fam_type(ctx, "依申请公开申请表"), layout + ("_pdf" if ctx.pdf else "")


def gen_reply(ctx):
    d = Doc()
    kind = ctx.ch(["open", "none", "other", "private", "published", "query"])
    dept = (
        "公安局"
        if kind == "query"
        else ctx.ch(["民政局", "自然资源局", "住房和城乡建设局", "人民政府办公室", "农业农村局", "公安局"])
    )
    ag = ctx.agency(dept)
    app = ctx.person(age=(25, 72), local=0.85)
    rec = ctx.date(1, 10)
    rep = rec + datetime.timedelta(days=ctx.rng.randint(8, 27))
    d.line(ag)
    d.line("政府信息公开申请答复书")
    d.line(ctx.doc_no(ctx.ch(["政公开答", "依申复", "信公开答字"])))
    d.line("")
    d.line(ctx.nm(app, pad=False), "：")
    ch = ctx.ch(["邮寄", "当面提交", "政府门户网站在线申请", "电子邮件"])
    d.t("　　本机关于%s收到您通过%s方式提交的《政府信息公开申请表》，" % (ctx.fdate(rec, "cn"), ch))
    third = ctx.person(age=(40, 85)) if ctx.p(0.5) else None
    d.t("申请获取“")
    if kind == "query":
        d.t("本人近%s年出入境记录" % ctx.ch(["三", "五", "十"]))
    elif third and ctx.p(0.6):
        d.t("%s%s" % (ctx.town(), ctx.village()))
        d.l("name", third["name"])
        d.t("户享受农村低保的审批材料")
    else:
        d.t(
            "%s%d年度%s"
            % (
                ctx.R["short"],
                ctx.year - 1,
                ctx.ch(
                    [
                        "农村危房改造补助资金发放明细",
                        "征地补偿安置方案",
                        "低保对象名册",
                        "道路建设项目批复文件",
                    ]
                ),
            )
        )
    d.t("”（受理编号：YSQ-%d-%04d）。经审查，现答复如下：\n" % (ctx.year, ctx.rng.randint(1, 300)))
    if kind == "open":
        d.t(
            "　　您申请的信息属于可以公开的政府信息，现将%s提供给您（详见附件）。"
            % ctx.ch(["相关文件复印件", "审批表及公示材料"])
        )
        if third and ctx.p(0.5):
            d.t("其中涉及").l("name", third["name"]).t("家庭成员")
            d.t("健康状况（").l("health", ctx.ch(ILLNESS)).t("）等个人信息，本机关已作区分处理。")
        d.t("\n")
    elif kind == "none":
        d.t(
            "　　经检索，本机关未制作或获取您申请公开的政府信息，根据《中华人民共和国政府信息公开条例》第三十六条第（四）项之规定，告知您该政府信息不存在。\n"
        )
    elif kind == "other":
        oth = ctx.agency(ctx.ch(["农业农村局", "财政局", "住房和城乡建设局"]))
        d.t(
            "　　您申请公开的信息不属于本机关负责公开，根据《中华人民共和国政府信息公开条例》第三十六条第（五）项之规定，建议您向%s咨询，联系电话：%s。\n"
            % (oth, ctx.office())
        )
    elif kind == "query":
        dn, val = ctx.ch(
            [("护照", ctx.passport()), ("往来港澳通行证", ctx.hkmo()), ("大陆居民往来台湾通行证", ctx.twp())]
        )
        d.t("　　您申请查询本人%s（证件号码：" % dn).put(val)
        d.t(
            "）的出入境记录，属于行政查询事项，根据《中华人民共和国政府信息公开条例》第三十六条第（七）项之规定，请您持本人有效身份证件到%s公安局出入境管理大队窗口办理（地址：%s，电话：%s）。\n"
            % (ctx.R["short"], ctx.agency_address(), ctx.office())
        )
    elif kind == "private":
        d.t(
            "　　您申请公开的信息涉及第三方%s的身份证号码、家庭住址及健康状况等个人隐私，本机关已书面征求第三方意见，第三方不同意公开。根据《中华人民共和国政府信息公开条例》第十五条、第三十二条之规定，决定不予公开。\n"
            % ctx.mask_name(third or ctx.person())
        )
    else:
        d.t(
            "　　您申请的信息已经主动公开，您可登录%s人民政府门户网站（http://www.%s.gov.cn）“政府信息公开”栏目查询，索引号：%s。\n"
            % (ctx.R["short"], ctx.R["dom"], ctx.index_no())
        )
    d.t(
        "　　如对本答复不服，可以在收到本答复之日起六十日内向%s申请行政复议，或者在六个月内依法向%s提起行政诉讼。\n"
        % (ctx.R["gov"], ctx.R["court"])
    )
    if ctx.p(0.35):
        d.line("　　本答复书电子版已同时发送至您申请时留存的电子邮箱（", ctx.email(), "），请注意查收。")
    d.line("　　特此告知。")
    d.line("")
    d.line("　　联系人：%s　　联系电话：%s" % (ctx.staff(), ctx.office()))
    if ctx.p(0.4):
        d.line("　　本机关电子邮箱：%s" % ctx.agency_email())
    d.line("")
    d.line("%s%s" % (" " * 24, ag))
    d.line("%s%s" % (" " * 26, ctx.fdate(rep, ctx.ch(["cn", "cnnum"]))))
    d.line("")
    st = ctx.rng.random()
    if st < 0.5:
        d.line("送达回证")
        d.line("受送达人：", ctx.nm(app, pad=False), "　　送达方式：%s" % ctx.ch(["邮寄（EMS）", "直接送达"]))
        if ctx.p(0.7):
            dn, val = ctx.ch(
                [
                    ("居民身份证", ctx.idp(app)),
                    ("护照", ctx.passport()),
                    ("往来港澳通行证", ctx.hkmo()),
                    ("港澳居民来往内地通行证", ctx.hkmo(True)),
                    ("台湾居民来往大陆通行证", ctx.twp(True)),
                    ("大陆居民往来台湾通行证", ctx.twp()),
                ]
            )
            d.line("证件类型及号码：%s " % dn, val)
        d.line("送达地址：", ctx.addr(), "　邮编：%s" % ctx.R["post"])
        d.line("联系电话：", ctx.mob_cell())
        d.line("EMS单号：%s" % ("1" + ctx.digits(12)))
        d.line("送达人：%s　%s" % (ctx.staff(), ctx.staff()))
        d.line(
            "受送达人签收：", ctx.nm(app, pad=False), "　　%s" % ctx.fdate(rep + datetime.timedelta(days=3))
        )
    elif st < 0.8:
        d.line("（邮寄地址：", ctx.addr(), "，", ctx.nm(app, pad=False), " 收，电话 ", ctx.mob(), "）")
    d = maybe_pdf(ctx, d, running=ctx.ch([None, ag]))
    return d, fam_type(ctx, "依申请公开答复书"), "letter" + ("_pdf" if ctx.pdf else "")


def gen_buzheng(ctx):
    d = Doc()
    ag = ctx.agency(ctx.ch(["民政局", "自然资源局", "人民政府办公室", "市场监督管理局", "交通运输局"]))
    app = ctx.person(age=(25, 70), local=0.85)
    rec = ctx.date(1, 10)
    d.line(ag)
    d.line("政府信息公开申请补正告知书")
    d.line(ctx.doc_no(ctx.ch(["政公开补", "补正告字"])))
    d.line("")
    d.line(ctx.nm(app, pad=False), ctx.ch(["：", "女士：" if app["sex"] == "女" else "先生："]))
    d.t(
        "　　本机关于%s收到您提交的政府信息公开申请（受理编号：YSQ-%d-%04d）。经审查，您的申请存在以下需要补正的事项：\n"
        % (ctx.fdate(rec, "cn"), ctx.year, ctx.rng.randint(1, 300))
    )
    items = []
    items.append(
        "所需信息的内容描述不明确，请写明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述；"
    )
    docitem = None
    if ctx.p(0.35):
        dn, val = ctx.ch(
            [
                ("护照", ctx.passport()),
                ("往来港澳通行证", ctx.hkmo()),
                ("港澳居民来往内地通行证", ctx.hkmo(True)),
                ("台湾居民来往大陆通行证", ctx.twp(True)),
                ("大陆居民往来台湾通行证", ctx.twp()),
            ]
        )
        docitem = [
            "您提交的身份证明为%s（证件号码：" % dn,
            val,
            "），%s；"
            % ctx.ch(
                [
                    "该证件已超过有效期，请提供有效的身份证明",
                    "复印件缺少个人资料页，请补充提供",
                    "与申请表填写的申请人姓名不一致，请核实",
                ]
            ),
        ]
        items.append(docitem)  # type: ignore[arg-type]
    elif ctx.p(0.6):
        items.append(
            "您提供的身份证明复印件（证件号码 %s）字迹模糊，请重新提供清晰的身份证明；" % ctx.mask_id(app)
        )
    if ctx.p(0.5):
        items.append("申请表未填写联系电话，原留电话 %s 无法接通，请补充有效联系方式；" % ctx.mask_mob())
    if ctx.p(0.4):
        items.append("您申请的“%s%s土地调整”信息涉及多个年度，请明确具体年度。" % (ctx.town(), ctx.village()))
    for i, it in enumerate(items, 1):
        d.line("　　%s、" % cn_num(i), it)
    d.t(
        "　　请您于收到本告知书之日起%d个工作日内，将补正后的申请通过%s提交本机关。补正后的申请可寄至：%s（地址：%s，邮编%s）。无正当理由逾期不补正的，视为放弃申请。\n"
        % (ctx.ch([10, 15, 15, 20]), ctx.ch(["邮寄或当面", "邮寄"]), ag, ctx.agency_address(), ctx.R["post"])
    )
    d.line("　　咨询电话：%s（工作日 8:30—12:00，14:30—18:00）" % ctx.office())
    if ctx.p(0.4):
        d.line("　　本告知书已同时发送至您的电子邮箱：", ctx.email())
    d.line("")
    d.line("%s%s" % (" " * 20, ag))
    d.line("%s%s" % (" " * 22, ctx.fdate(rec + datetime.timedelta(days=ctx.rng.randint(2, 9)), "cn")))
    d.line("")
    if ctx.p(0.6):
        d.line("本告知书寄送地址：", ctx.addr(), "（", ctx.nm(app, pad=False), "，", ctx.mob(), "）")
    if ctx.p(0.35):
        d.line("抄送：%s" % ctx.ch(["本机关法制股", "%s政务公开办" % ctx.R["short"]]))
    d = maybe_pdf(ctx, d)
    return d, fam_type(ctx, "依申请公开补正告知书"), "notice_items" + ("_pdf" if ctx.pdf else "")


# ----------------------------------------------------------------------------- tables


def render_table(ctx, d, headers, rows, layout, colmax=None):
    """headers: list of header rows; rows: list of list of cells"""
    ncol = max(len(r) for r in headers + rows)
    if layout == "tsv":
        for h in headers:
            d.line("\t".join(h))
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    d.t("\t")
                d.put(c)
            d.t("\n")
    elif layout == "csv":
        qa = ctx.p(0.3)
        for h in headers:
            d.line(",".join(('"%s"' % x) if qa else x for x in h))
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    d.t(",")
                txt = cell_text(c)
                q = qa or ("," in txt)
                if q:
                    d.t('"')
                d.put(c)
                if q:
                    d.t('"')
            d.t("\n")
    elif layout in ("aligned", "boxed", "pdf_layout"):
        widths = [0] * ncol
        for r in headers + rows:
            for i, c in enumerate(r):
                widths[i] = max(widths[i], dw(cell_text(c)))
        if colmax:
            for i in range(ncol):
                if colmax.get(i):
                    widths[i] = min(widths[i], colmax[i])
        gap = 2 if layout != "boxed" else 1
        for ri, r in enumerate(headers + rows):
            is_data = ri >= len(headers)
            cont = []  # continuation lines (address wraps)
            if layout == "boxed":
                d.t("│")
            col = 0
            for i in range(ncol):
                c = r[i] if i < len(r) else ""
                txt = cell_text(c)
                pieces = norm_cell(c)
                width = widths[i]
                if (
                    layout == "pdf_layout"
                    and dw(txt) > width
                    and is_data
                    and len(pieces) == 1
                    and isinstance(pieces[0], tuple)
                    and pieces[0][0] == "address"
                ):
                    a = pieces[0][1]
                    cut, acc = 0, 0
                    while cut < len(a) and acc + cwidth(a[cut]) <= width:
                        acc += cwidth(a[cut])
                        cut += 1
                    while 1 < cut < len(a) and _alnum(a[cut - 1]) and _alnum(a[cut]):
                        cut -= 1
                    head, rest = a[:cut], a[cut:]
                    if rest and head:
                        d.l("address", head + "\n" + " " * (col + (1 if layout == "boxed" else 0)) + rest)
                        d.t(" " * max(0, width - dw(rest)))
                    else:
                        d.put(c)
                    col += width
                else:
                    d.put(c)
                    if i < ncol - 1 or layout == "boxed":
                        d.t(" " * max(0, width - dw(txt)))
                    col += width
                if i < ncol - 1:
                    d.t("│" if layout == "boxed" else " " * gap)
                    col += gap if layout != "boxed" else 1
            if layout == "boxed":
                d.t("│")
            d.t("\n")
            if layout == "boxed" and ri == len(headers) - 1:
                d.line("├" + "┼".join("─" * (w // 1) for w in widths) + "┤")
    elif layout == "pdf_rows":
        for h in headers:
            d.line(" ".join(x for x in h if x))
        for r in rows:
            first = True
            for c in r:
                if not cell_text(c):
                    continue
                if not first:
                    d.t(" ")
                d.put(c)
                first = False
            d.t("\n")
    elif layout == "pdf_lines":
        for h in headers:
            for x in h:
                if x:
                    d.line(x)
        for r in rows:
            for c in r:
                if cell_text(c):
                    d.line(c)
    else:
        raise ValueError(layout)


def id_cell(ctx, per, layout, masked=False):
    if masked:
        return ctx.mask_id(per)
    if layout == "csv":
        r = ctx.rng.random()
        if r < 0.12 and "id15" not in per:
            s = per["id"]
            return "%s.%sE+17" % (s[0], s[1:6].rstrip("0") or "0")
        if r < 0.35:
            return ["\t", ctx.idp(per)]
        if r < 0.55:
            return ["'", ctx.idp(per)]
    return [ctx.idp(per)]


def card_cell(ctx, layout):
    raw, bank = ctx.card_raw()
    if layout == "csv":
        r = ctx.rng.random()
        if r < 0.15:
            return "%s.%sE+%d" % (raw[0], raw[1:6].rstrip("0") or "0", len(raw) - 1)
        if r < 0.4:
            return ["\t", ("bank_card", raw)]
    return [ctx.card(raw)]


def pick_table_layout(ctx, allow=("tsv", "csv", "aligned", "boxed")):
    if ctx.pdf:
        return ctx.ch(["pdf_rows", "pdf_lines", "pdf_layout", "pdf_layout"])
    return ctx.ch(list(allow))


def finish_table_doc(ctx, d, layout, running):
    if layout.startswith("pdf"):
        lpp = ctx.rng.randint(28, 50)
        d = paginate(d, ctx.rng, lpp, running=running if ctx.p(0.7) else None)
    return d


def household(ctx, size=None, head_age=(35, 85), id15=True, rural=True):
    size = size or ctx.wch([(1, 3), (2, 4), (3, 4), (4, 3), (5, 2), (6, 1)])
    id15 = 0.18 if id15 is True else id15
    head = ctx.person(age=head_age, id15=id15)
    mem = [("户主", head)]
    st = head["style"] if head["style"] != "han" else None
    if size >= 2:
        sp = ctx.person(
            sex="女" if head["sex"] == "男" else "男",
            age=(max(18, head["age"] - 8), min(95, head["age"] + 5)),
            id15=id15,
            style=st,
        )
        mem.append(("配偶", sp))
    for _ in range(size - len(mem)):
        ca = head["age"] - ctx.rng.randint(20, 35)
        if ca < 1:
            break
        sx = ctx.ch(["男", "女"])
        c = ctx.person(sex=sx, age=(max(0, ca - 2), max(0, ca + 2)), id15=id15, style=st)
        father = (
            head if head["sex"] == "男" else (mem[1][1] if len(mem) > 1 and mem[1][0] == "配偶" else None)
        )
        if father is not None and father["style"] == "han" and "·" not in c["name"] and ctx.p(0.9):
            # children share the father's surname
            sur = father["name"][:2] if father["name"][:2] in COMPOUND_SURN else father["name"][0]
            if True:
                ctx.used.discard(c["name"])
                nm = ctx._han_name(sx, sur)
                if nm not in ctx.used:
                    c["name"] = nm
                    ctx.used.add(nm)
        mem.append(("子" if c["sex"] == "男" else "女", c))
    vg = (ctx.village(), ctx.group())
    addr, village = ctx.home_address(rural=rural, vg=vg)
    return dict(head=head, members=mem, addr=addr, village=vg[0], group=vg[1])


def health_status(ctx, prob=0.3):
    if ctx.p(prob):
        r = ctx.rng.random()
        if r < 0.5:
            return ("health", ctx.ch(ILLNESS))
        if r < 0.8:
            return ("health", ctx.ch(DISAB) + ctx.ch(["残疾", ""]) + ctx.ch(GRADE))
        return ("health", ctx.ch(["残疾", "重病", "长期慢性病", "患病"]))
    return ctx.ch(["健康", "健康", "健康", "良好"])


def gen_dibao(ctx):
    rng = ctx.rng
    town = ctx.town()
    n = rng.randint(6, 22)
    variant = ctx.ch(["household", "members"])
    layout = pick_table_layout(ctx)
    if ctx.pdf or layout in ("aligned", "boxed"):
        ctx.pad = ctx.ch([None, "ideo", "ascii"])
    d = Doc()
    title = "%s%d年%d月农村最低生活保障对象%s" % (
        town,
        ctx.year,
        rng.randint(1, 12),
        ctx.ch(["花名册", "名册", "保障金发放花名册", "公示名单"]),
    )
    if layout == "csv":
        d.line(title + "," * 6)
        d.line("填报单位：%s人民政府（盖章）,,,,填报日期：%s,," % (town, ctx.fdate(ctx.date())))
    else:
        d.line(title)
        d.line(
            "填报单位：%s人民政府（盖章）%s填报日期：%s"
            % (town, "\t\t" if layout == "tsv" else "      ", ctx.fdate(ctx.date()))
        )
    rows = []
    tot_p = tot_m = 0
    masked_ids = ctx.p(0.12)
    if variant == "household":
        with_card = ctx.p(0.6)
        with_phone = ctx.p(0.6)
        with_addr = ctx.p(0.5)
        h1 = (
            ["序号", "村（社区）", "户主", ""]
            + (["住址"] if with_addr else [])
            + ["家庭人口", "保障人数", "保障类别", "月保障金"]
            + (["社保卡号"] if with_card else [])
            + (["联系电话"] if with_phone else [])
            + ["备注"]
        )
        h2 = (
            ["", "", "姓名", "身份证号码"]
            + ([""] if with_addr else [])
            + ["", "", "", "（元）"]
            + ([""] if with_card else [])
            + ([""] if with_phone else [])
            + [""]
        )
        headers = (
            [h1, h2]
            if ctx.p(0.7) or layout.startswith("pdf")
            else [[a + b if a != "户主" else "户主姓名" for a, b in zip(h1, h2)]]
        )
        if len(headers) == 1:
            headers[0][3] = "身份证号码"
        for i in range(n):
            hh = household(ctx)
            ppl = len(hh["members"])
            cov = rng.randint(1, ppl)
            amt = cov * ctx.ch([420, 460, 510, 560, 620, 700])
            tot_p += ppl
            tot_m += amt
            row = [
                str(i + 1),
                hh["village"],
                [ctx.nm(hh["head"])],
                id_cell(ctx, hh["head"], layout, masked_ids),
            ]
            if with_addr:
                row.append(
                    [("address", hh["addr"])]
                    if hh["addr"].endswith(("组", "号", "室", "单元")) or re.search(r"\d-\d+$", hh["addr"])
                    else hh["addr"]
                )
            row += [str(ppl), str(cov), ctx.ch(["A类", "B类", "C类", "一类", "二类"]), str(amt)]
            if with_card:
                row.append(card_cell(ctx, layout))
            if with_phone:
                r = rng.random()
                row.append([ctx.mob()] if r < 0.7 else ([ctx.landline()] if r < 0.85 else ""))
            row.append(ctx.ch(["", "", "", "新增", "提标", "重残", "单人保"]))
            rows.append(row)
        total = (
            ["合计", "", "", ""]
            + ([""] if with_addr else [])
            + [str(tot_p), "", "", str(tot_m)]
            + ([""] if with_card else [])
            + ([""] if with_phone else [])
            + [""]
        )
        rows.append(total)
    else:
        headers = [
            [
                "序号",
                "户主姓名",
                "家庭成员姓名",
                "与户主关系",
                "性别",
                "身份证号",
                "健康状况",
                "致贫原因",
                "所在村组",
                "保障类型",
            ]
        ]
        for i in range(n):
            hh = household(ctx)
            reason = ctx.ch(["因病", "因残", "缺劳力", "因学", "因灾", "缺技术"])
            vg = hh["village"] + hh["group"]
            typ = ctx.ch(["A类", "B类", "C类"])
            for j, (rel, per) in enumerate(hh["members"]):
                hs = health_status(ctx, 0.35 if reason in ("因病", "因残") else 0.12)
                rows.append(
                    [
                        str(i + 1) if j == 0 else "",
                        [ctx.nm(hh["head"])] if j == 0 else "",
                        [ctx.nm(per)],
                        rel,
                        per["sex"],
                        id_cell(ctx, per, layout, masked_ids),
                        [hs],
                        reason if j == 0 else "",
                        [("address", vg)] if j == 0 else "",
                        typ if j == 0 else "",
                    ]
                )
    render_table(ctx, d, headers, rows, layout, colmax={8: 16} if variant == "members" else None)
    d.line("")
    d.line("制表人：%s    审核人：%s    审批人：%s" % (ctx.staff(), ctx.staff(), ctx.staff()))
    if ctx.p(0.5):
        d.line(
            "监督举报电话：%s（%s民政办）  %s民政局：%s  %s"
            % (ctx.office(), town, ctx.R["short"], ctx.office(), ctx.hotline())
        )
    d = finish_table_doc(ctx, d, layout, title)
    return d, fam_type(ctx, "低保花名册"), "roster_" + layout


def gen_tekun(ctx):
    rng = ctx.rng
    n = rng.randint(5, 20)
    layout = pick_table_layout(ctx)
    if ctx.pdf or layout in ("aligned", "boxed"):
        ctx.pad = ctx.ch([None, "ideo", "ideo", "ascii"])
    d = Doc()
    title = "%s%d年特困人员救助供养对象花名册" % (ctx.R["short"], ctx.year)
    d.line(title + ("," * 8 if layout == "csv" else ""))
    d.line("单位：元/月" + ("," * 8 if layout == "csv" else ""))
    headers = [
        [
            "序号",
            "乡镇",
            "姓名",
            "性别",
            "出生年月",
            "身份证号码",
            "供养方式",
            "自理能力",
            "健康状况",
            "所在村组",
            "基本生活费",
            "照料护理费",
        ]
    ]
    if ctx.p(0.5):
        headers = [
            [
                "序号",
                "乡镇",
                "姓名",
                "性别",
                "出生年月",
                "身份证号码",
                "供养方式",
                "自理能力",
                "健康状况",
                "所在村组",
                "供养标准",
                "",
            ],
            ["", "", "", "", "", "", "", "", "", "", "基本生活费", "照料护理费"],
        ]
    rows = []
    for i in range(n):
        per = ctx.person(age=(60, 95), id15=ctx.p(0.35))
        care = ctx.ch(["全自理", "全自理", "半护理", "全护理"])
        vg = ctx.village() + ctx.group()
        mode = ctx.ch(["分散供养", "分散供养", "集中供养"])
        home = [("address", vg)] if mode == "分散供养" else "%s敬老院" % ctx.town()
        rows.append(
            [
                str(i + 1),
                ctx.town(),
                [ctx.nm(per)],
                per["sex"],
                "%d.%02d" % (per["birth"].year, per["birth"].month),
                id_cell(ctx, per, layout),
                mode,
                care,
                [health_status(ctx, 0.45)],
                home,
                str(ctx.ch([780, 820, 866, 910, 1040])),
                str({"全自理": 80, "半护理": 260, "全护理": 520}[care]),
            ]
        )
    render_table(ctx, d, headers, rows, layout)
    d.line("")
    d.line("填表人：%s　　　　科室负责人：%s　　　　分管领导：%s" % (ctx.staff(), ctx.staff(), ctx.staff()))
    d = finish_table_doc(ctx, d, layout, title)
    return d, fam_type(ctx, "特困人员花名册"), "roster_" + layout


# ----------------------------------------------------------------------------- 行政处罚决定书


def party_block(ctx, d, per, labels="police"):
    """违法行为人/当事人 identity paragraph"""
    id_kind = ctx.wch([("id", 66), ("hk", 9), ("tw", 9), ("pp", 9), ("id15", 7)])
    addr1 = ctx.addr(level=ctx.ch([2, 3]))
    addr2 = ctx.addr()
    mob = ctx.mob()
    d.l("name", per["name"]).t(
        "，%s，%s族，%d岁，出生日期%s，"
        % (per["sex"], per["nation"], per["age"], ctx.fdate(per["birth"], "cn"))
    )
    if id_kind == "hk":
        d.t("%s居民，身份证件种类及号码：港澳居民来往内地通行证 " % ctx.ch(["香港", "澳门"])).put(
            ctx.hkmo(True)
        )
        d.t("，现住址").put(addr2)
    elif id_kind == "tw":
        d.t("台湾居民，身份证件种类及号码：台湾居民来往大陆通行证 ").put(ctx.twp(True))
        d.t("，现住址").put(addr2)
    elif id_kind == "pp":
        d.t("身份证件种类及号码：护照 ").put(ctx.passport()).t("（居民身份证 ").put(ctx.idp(per)).t("）")
        d.t("，户籍所在地").put(addr1).t("，现住址").put(addr2)
    else:
        if id_kind == "id15" and per["age"] >= 41:
            per = dict(per)
            per["id15"] = per["id"][:6] + per["id"][8:17]
        d.t("身份证件种类及号码：居民身份证 ").put(ctx.idp(per))
        d.t("，户籍所在地").put(addr1)
        if ctx.p(0.6):
            d.t("，现住址").put(addr2)
    d.t("，工作单位%s，联系方式" % ctx.ch(["无", "无", "务农", ctx.company()])).put(mob).t("。\n")


def gen_police(ctx):
    d = Doc()
    ag = ctx.agency("公安局")
    station = ctx.ch(["治", "刑", "交"] + [t[0] for t in ctx.R["towns"][:4]])
    no = "%s公（%s）行罚决字〔%d〕%d号" % (ctx.R["abbr"], station, ctx.year, ctx.rng.randint(10, 999))
    per = ctx.person(age=(18, 65))
    dt = ctx.date(1, 11)
    meta_header(ctx, d, ag)
    d.line(ag)
    d.line("行政处罚决定书")
    d.line(no)
    if ctx.p(0.4):
        d.line("案件编号：A%s%s%d%s" % (ctx.R["code"], ctx.digits(6), ctx.year, ctx.digits(6)))
    d.line("")
    d.t("　　违法行为人")
    party_block(ctx, d, per)
    if ctx.p(0.3):
        d.line(
            "　　违法经历：%s"
            % ctx.ch(["无。", "%d年因赌博被%s公安局行政拘留五日。" % (ctx.year - 3, ctx.R["short"])])
        )
    town, vil = ctx.town(), ctx.village()
    case = ctx.ch(["assault", "gamble", "theft", "drive", "drunk", "exit", "exit", "exit"])
    nm = per["name"]
    d.t("　　现查明：%s%d时许，" % (ctx.fdate(dt, "cn"), ctx.rng.randint(0, 23)))
    if case == "assault":
        vic = ctx.person()
        vn = [("name", vic["name"])] if ctx.p(0.55) else [ctx.mask_name(vic)]
        d.t("违法行为人").l("name", nm).t(
            "在%s%s%s因%s与"
            % (
                town,
                vil,
                ctx.ch(["一小卖部门口", "村道旁", "家中院坝", "集市"]),
                ctx.ch(["宅基地界址", "琐事", "灌溉用水", "债务"]),
            )
        )
        d.put(vn).t("发生争执，后").l("name", nm).t("用拳头殴打").put(vn).t(
            "面部，致其面部软组织挫伤，经鉴定为轻微伤。"
        )
        wit = ctx.person()
        d.t("以上事实有违法行为人的陈述和申辩、被侵害人").put(vn).t("的陈述、证人").l("name", wit["name"]).t(
            "的证言、伤情鉴定意见等证据证实。\n"
        )
        law = "《中华人民共和国治安管理处罚法》第四十三条第一款"
        pen = "行政拘留%s日，并处罚款%d元" % (ctx.ch(["五", "七", "十"]), ctx.ch([200, 300, 500]))
    elif case == "gamble":
        others = [ctx.person() for _ in range(ctx.rng.randint(2, 3))]
        d.t("违法行为人").l("name", nm).t("伙同")
        for i, o in enumerate(others):
            if i:
                d.t("、")
            d.l("name", o["name"]) if ctx.p(0.6) else d.t(ctx.mask_name(o))
        d.t(
            "在%s%s一农户家中以“%s”的方式赌博，赌资共计%d元，被民警当场查获。"
            % (town, vil, ctx.ch(["斗地主", "扎金花", "推筒子"]), ctx.rng.randint(8, 60) * 100)
        )
        d.t("以上事实有违法行为人的陈述和申辩、同案人员陈述、现场检查笔录、扣押清单等证据证实。\n")
        law = "《中华人民共和国治安管理处罚法》第七十条"
        pen = "行政拘留%s日，并处罚款%d元" % (ctx.ch(["五", "七", "十"]), ctx.ch([500, 1000, 1500]))
    elif case == "theft":
        vic = ctx.person()
        d.t("违法行为人").l("name", nm).t("在%s%s" % (town, vil)).put(
            ctx.ch([[("name", vic["name"])], [ctx.mask_name(vic)]])
        ).t("家中盗窃现金%d元及%s一部，" % (ctx.rng.randint(3, 19) * 100, ctx.ch(["手机", "电动车电瓶"])))
        d.t(
            "被盗财物已追回并发还被侵害人。以上事实有违法行为人的陈述和申辩、被侵害人陈述、视频监控截图等证据证实。\n"
        )
        law = "《中华人民共和国治安管理处罚法》第四十九条"
        pen = "行政拘留%s日" % ctx.ch(["五", "十"])
    elif case == "drive":
        pl = ctx.plate()
        d.t("违法行为人").l("name", nm).t("在未取得机动车驾驶证的情况下，驾驶号牌为").put(pl)
        d.t(
            "的%s在%s至%s路段行驶，被执勤民警查获。以上事实有违法行为人的陈述和申辩、现场视频、机动车驾驶人信息查询结果等证据证实。\n"
            % (ctx.ch(["小型轿车", "普通二轮摩托车", "小型普通客车"]), town, ctx.town())
        )
        law = "《中华人民共和国道路交通安全法》第九十九条第一款第（一）项"
        pen = "罚款%d元，并处行政拘留%s日" % (ctx.ch([1000, 1500, 2000]), ctx.ch(["五", "十"]))
    elif case == "exit":
        other = ctx.person(sex=per["sex"], age=(max(18, per["age"] - 6), per["age"] + 6))
        dn, val = ctx.ch(
            [("护照", ctx.passport()), ("往来港澳通行证", ctx.hkmo()), ("大陆居民往来台湾通行证", ctx.twp())]
        )
        port = ctx.ch(
            ["拱北口岸", "罗湖口岸", "厦门高崎国际机场", "昆明长水国际机场", "乌鲁木齐地窝堡国际机场"]
        )
        if ctx.p(0.5):
            d.t("违法行为人").l("name", nm).t("持用").l("name", other["name"]).t("的%s（证件号码：" % dn).put(
                val
            )
            d.t(
                "）在%s出境时被边防检查机关查获，证件已依法收缴。以上事实有违法行为人的陈述和申辩、%s出具的查获经过、证件核查记录等证据证实。\n"
                % (port, port)
            )
        else:
            d.t("违法行为人").l("name", nm).t("明知其%s（证件号码：" % dn).put(val)
            d.t(
                "）已被宣布作废，仍持该证件在%s办理出境手续，被边检民警查获。以上事实有违法行为人的陈述和申辩、出入境证件信息查询结果等证据证实。\n"
                % port
            )
        law = "《中华人民共和国出境入境管理法》第七十一条"
        pen = "罚款%d元" % ctx.ch([1000, 2000, 3000, 5000])
    else:
        d.t("违法行为人").l("name", nm).t(
            "酒后在%s%s%s无故滋事，随意损毁他人财物，经民警劝阻仍不听，情节较重。"
            % (town, vil, ctx.ch(["一烧烤店内", "村委会门前", "农贸市场"]))
        )
        d.t("以上事实有违法行为人的陈述和申辩、证人证言、现场视频资料等证据证实。\n")
        law = "《中华人民共和国治安管理处罚法》第二十六条第（三）项"
        pen = "行政拘留%s日" % ctx.ch(["五", "十", "十二"])
    d.t("　　根据%s之规定，现决定对违法行为人" % law).l("name", nm).t("处以%s。\n" % pen)
    if "拘留" in pen and ctx.p(0.3):
        d.t("　　经查，违法行为人").l("name", nm).t("患有").l("health", ctx.ch(ILLNESS)).t(
            "，经医院诊断不宜羁押，依法决定暂缓执行行政拘留。\n"
        )
    d.t(
        "　　执行方式和期限：%s"
        % ("送%s拘留所执行%s" % (ctx.R["short"], "；" if "罚款" in pen else "。\n") if "拘留" in pen else "")
    )
    if "罚款" in pen:
        d.t(
            "罚款于收到本决定书之日起十五日内到%s缴纳（户名：%s财政局非税收入汇缴结算户，账号：%s）。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
            % (
                ctx.ch(["中国农业银行", "中国建设银行", "农村信用合作联社"]) + ctx.R["short"] + "支行",
                ctx.R["short"],
                ctx.agency_account(),
            )
        )
    d.t(
        "　　如不服本决定，可以在收到本决定书之日起六十日内向%s申请行政复议或者在六个月内依法向%s提起行政诉讼。\n"
        % (ctx.R["gov"], ctx.R["court"])
    )
    if ctx.p(0.2):
        dn, val = ctx.ch(
            [("往来港澳通行证", ctx.hkmo()), ("护照", ctx.passport()), ("大陆居民往来台湾通行证", ctx.twp())]
        )
        d.t("　　附：扣押物品清单（").l("name", nm).t("本人%s一本，证件号码" % dn).put(val)
        d.t("；%s一部）\n" % ctx.ch(["手机", "苹果牌手机", "华为牌手机"]))
    else:
        d.line("　　附：%s" % ctx.ch(["无", "收缴/追缴物品清单", "扣押物品清单"]))
    if ctx.p(0.5):
        d.line(
            "　　办案民警：%s、%s（警号 %s、%s）" % (ctx.staff(), ctx.staff(), ctx.digits(6), ctx.digits(6))
        )
    d.line("")
    d.line("%s%s" % (" " * 26, ag))
    d.line(
        "%s%s"
        % (" " * 26, ctx.fdate(dt + datetime.timedelta(days=ctx.rng.randint(1, 8)), ctx.ch(["cn", "cnnum"])))
    )
    d.line("")
    d.line("　　一式三份，被处罚人一份，执行单位一份，附卷一份。")
    if ctx.p(0.5):
        d.line(
            "　　被处罚人签名：",
            ctx.nm(per, pad=False),
            "　　捺指印　　%s" % ctx.fdate(dt + datetime.timedelta(days=2)),
        )
    d = maybe_pdf(ctx, d, running=ctx.ch([None, ag + "行政处罚决定书"]))
    return d, fam_type(ctx, "行政处罚决定书-公安"), "decision_police" + ("_pdf" if ctx.pdf else "")


def gen_market(ctx):
    d = Doc()
    ag = ctx.agency("市场监督管理局")
    no = ctx.doc_no(ctx.ch(["市监处罚", "市监罚字", "市监处字"]))
    individual = ctx.p(0.55)
    boss = ctx.person(age=(25, 62))
    meta_header(ctx, d, ag)
    d.line(ag)
    d.line("行政处罚决定书")
    d.line(no)
    d.line("")
    if individual:
        shop = ctx.shop(boss["name"])
        d.line("当事人：%s" % shop)
        d.line("主体类型：个体工商户")
        d.line("统一社会信用代码：%s" % ctx.credit_code("92"))
        d.line("经营场所：%s" % ctx.agency_address())
        r = ctx.rng.random()
        if r < 0.12:
            d.line(
                "经营者：",
                ("name", boss["name"]),
                "（台湾居民）　　台湾居民来往大陆通行证号码：",
                ctx.twp(True),
            )
        elif r < 0.24:
            d.line(
                "经营者：",
                ("name", boss["name"]),
                "（%s居民）　　港澳居民来往内地通行证号码：" % ctx.ch(["香港", "澳门"]),
                ctx.hkmo(True),
            )
        else:
            d.line("经营者：", ("name", boss["name"]), "　　身份证号码：", ctx.idp(boss))
        if ctx.p(0.6):
            d.line("住　　所：", ctx.addr())
        d.line("联系电话：", ctx.mob_cell())
    else:
        co = ctx.company()
        d.line("当事人：%s" % co)
        d.line("主体类型：有限责任公司（自然人投资或控股）")
        d.line("统一社会信用代码：%s" % ctx.credit_code("91"))
        d.line("住所：%s" % ctx.agency_address())
        d.line("法定代表人：", ("name", boss["name"]))
        if ctx.p(0.4):
            d.line("委托代理人：", ("name", ctx.person()["name"]), "，身份证号码：", ctx.idp(ctx.person()))
        d.line("联系电话：%s" % ctx.office())
    dt = ctx.date(1, 11)
    s1, s2 = ctx.staff(), ctx.staff()
    d.t(
        "\n　　%s，本局执法人员%s、%s（执法证号：%s、%s）"
        % (ctx.fdate(dt, "cn"), s1, s2, "53" + ctx.digits(9), "53" + ctx.digits(9))
    )
    if ctx.p(0.5):
        comp = ctx.person()
        d.t("根据消费者").l("name", comp["name"]).t("（联系电话：").put(ctx.mob())
        if ctx.p(0.4):
            d.t("，电子邮箱：").put(ctx.email())
        d.t("）的投诉举报，")
    case = ctx.ch(["expired", "price", "license", "drug"])
    if case == "expired":
        d.t(
            "对当事人经营场所进行检查，发现其货架上摆放待售的%s共计%d袋已超过保质期，货值金额%d.%02d元。\n"
            % (
                ctx.ch(["某品牌牛奶", "方便面", "饼干", "火腿肠"]),
                ctx.rng.randint(3, 40),
                ctx.rng.randint(20, 400),
                ctx.rng.randint(0, 99),
            )
        )
        law = "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项"
    elif case == "price":
        d.t("对当事人进行检查，发现其销售的商品未按规定明码标价，涉及商品%d种。\n" % ctx.rng.randint(5, 30))
        law = "《明码标价和禁止价格欺诈规定》第二十一条"
    elif case == "license":
        d.t(
            "检查发现当事人未取得食品经营许可从事%s经营活动，违法所得%d元。\n"
            % (ctx.ch(["熟食", "餐饮", "预包装食品"]), ctx.rng.randint(300, 5000))
        )
        law = "《中华人民共和国食品安全法》第一百二十二条第一款"
    else:
        d.t(
            "检查发现当事人从不具备药品经营资质的人员处购进%s，购进票据显示交易单号%s。\n"
            % (ctx.ch(["阿莫西林胶囊", "感冒灵颗粒", "布洛芬缓释胶囊"]), ctx.txn_no(ctx.ch([16, 18, 19])))
        )
        law = "《中华人民共和国药品管理法》第一百二十九条"
    if ctx.p(0.5):
        d.t(
            "　　%s，本局向当事人送达了《行政处罚告知书》，当事人在法定期限内未提出陈述、申辩意见，也未要求听证。\n"
            % ctx.fdate(dt + datetime.timedelta(days=10), "cn")
        )
    conf = {"expired": "超过保质期的食品", "price": "", "license": "违法所得", "drug": "违法购进的药品"}[case]
    d.t(
        "　　依据%s的规定，本局决定：%s罚款人民币%s元。\n"
        % (law, ("1.没收%s；2." % conf) if conf else "", ctx.ch(["2,000.00", "5000", "10,000", "800.00"]))
    )
    d.t(
        "　　当事人应当自收到本决定书之日起十五日内，通过%s缴纳罚款（收款账户：%s非税收入专户，账号：%s）。逾期不缴纳罚款的，本局将依法加处罚款。\n"
        % (ctx.ch(["“非税缴款”小程序", "指定银行"]), ctx.R["short"], ctx.agency_account())
    )
    d.t(
        "　　如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向%s申请行政复议；也可以在六个月内依法向%s提起行政诉讼。\n"
        % (ctx.R["gov"], ctx.R["court"])
    )
    d.line("")
    if ctx.p(0.4):
        d.line("%s局长：%s" % (" " * 28, ctx.staff()))
    d.line("%s%s" % (" " * 28, ag))
    d.line(
        "%s%s"
        % (
            " " * 28,
            ctx.fdate(dt + datetime.timedelta(days=ctx.rng.randint(20, 60)), ctx.ch(["cn", "cnnum"])),
        )
    )
    d.line("（市场监督管理部门将依法向社会公示本行政处罚决定信息）")
    d = maybe_pdf(ctx, d, running=ctx.ch([None, no]))
    return d, fam_type(ctx, "行政处罚决定书-市场监管"), "decision_market" + ("_pdf" if ctx.pdf else "")


def gen_traffic(ctx):
    d = Doc()
    ag = ctx.agency("交通运输局")
    no = ctx.doc_no(ctx.ch(["交执罚", "交罚字", "交运罚"]))
    dt = ctx.date(1, 11)
    company = ctx.p(0.3)
    d.line("%s\n行政处罚决定书\n%s\n" % (ag, no))
    form = ctx.p(0.5)
    if not company:
        per = ctx.person(age=(22, 60))
        pl = ctx.plate()
        if form:
            d.line("当事人：", ("name", per["name"]), "　　性别：%s" % per["sex"])
            d.line("身份证号：", ctx.idp(per))
            d.line("住　　址：", ctx.addr())
            d.line("联系电话：", ctx.mob_cell())
            d.line(
                "驾驶证号：", ("id_card", per["id"]), "　　准驾车型：%s" % ctx.ch(["C1", "C2", "B2", "A2"])
            )
            d.line(
                "车辆牌号：", pl, "　　车辆类型：%s" % ctx.ch(["小型轿车", "小型普通客车", "小型越野客车"])
            )
        else:
            d.t("当事人").l("name", per["name"]).t("，%s，身份证号码" % per["sex"]).put(ctx.idp(per)).t(
                "，住址"
            ).put(ctx.addr()).t("，联系电话").put(ctx.mob()).t("。\n")
        d.t(
            "\n　　违法事实：%s%d时%d分，本机关执法人员在%s%s检查时发现，当事人驾驶"
            % (
                ctx.fdate(dt, "cn"),
                ctx.rng.randint(6, 22),
                ctx.rng.randint(0, 59),
                ctx.town(),
                ctx.ch(["客运站外", "G326线", "S%d线" % ctx.rng.randint(200, 320), "县城汽车站门口"]),
            )
        )
        d.put(pl).t(
            "%s，在未取得道路运输经营许可的情况下，擅自从事道路旅客运输经营，载客%d人从%s至%s，每人收取车费%d元。"
            % (
                ctx.ch(["小型轿车", "小型普通客车"]),
                ctx.rng.randint(2, 6),
                ctx.town(),
                ctx.R["short"],
                ctx.rng.randint(10, 60),
            )
        )
        pas = ctx.person()
        d.t("乘客").l("name", pas["name"]).t("（联系电话：").put(ctx.mob()).t(
            "）证实了上述事实。以上事实有现场笔录、询问笔录、现场照片及视频等证据证实。\n"
        )
        law = "《中华人民共和国道路运输条例》第六十三条"
        fine = ctx.ch(["5000", "8000", "10000", "20000"])
        who = [("name", per["name"])]
    else:
        co = (
            ctx.R["short"]
            + ctx.ch(["鑫达", "恒泰", "顺通", "通达", "宏运", "安顺"])
            + ctx.ch(["运输有限公司", "物流有限公司", "汽车运输有限责任公司"])
        )
        boss = ctx.person()
        drv = ctx.person(sex="男", age=(25, 55))
        d.line("当事人：%s" % co)
        d.line("统一社会信用代码：%s" % ctx.credit_code())
        d.line("地址：%s" % ctx.agency_address())
        d.line("法定代表人：", ("name", boss["name"]), "　　联系电话：%s" % ctx.office())
        d.t(
            "\n　　违法事实：%s，本机关执法人员在%s治超检测站检查时发现，当事人所属车牌号为%s的%s（驾驶员"
            % (
                ctx.fdate(dt, "cn"),
                ctx.town(),
                ctx.plate(raw=True),
                ctx.ch(["重型半挂牵引车", "重型自卸货车", "中型厢式货车"]),
            )
        )
        d.l("name", drv["name"]).t("，从业资格证号").put(ctx.idp(drv)).t(
            "）车货总质量%d.%d吨，超过限定标准%d.%d吨。以上事实有称重检测单（单号%s）、现场笔录等证据证实。\n"
            % (
                ctx.rng.randint(50, 90),
                ctx.rng.randint(0, 9),
                ctx.rng.randint(3, 40),
                ctx.rng.randint(0, 9),
                ctx.txn_no(16),
            )
        )
        law = "《公路安全保护条例》第六十六条"
        fine = ctx.ch(["3000", "5000", "10000"])
        who = [co]
    d.t("　　以上行为违反了%s的规定，依据该条之规定，本机关决定对" % law).put(who).t(
        "处以罚款人民币%s元。\n" % fine
    )
    d.t(
        "　　请在收到本决定书之日起十五日内，将罚款缴至%s（户名：%s财政局，账号：%s），到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款。\n"
        % (
            ctx.ch(["中国建设银行%s支行" % ctx.R["short"], "%s农村商业银行" % ctx.R["short"]]),
            ctx.R["short"],
            ctx.agency_account(),
        )
    )
    d.t(
        "　　如不服本决定，可以在收到本决定书之日起六十日内依法向%s申请行政复议，或者在六个月内依法向%s提起行政诉讼。\n"
        % (ctx.R["gov"], ctx.R["court"])
    )
    d.line(
        "　　执法人员：%s（执法证号 %s）  %s（执法证号 %s）"
        % (ctx.staff(), ctx.digits(8), ctx.staff(), ctx.digits(8))
    )
    d.line("　　咨询电话：%s　投诉电话：%s" % (ctx.office(), ctx.ch(["12328", "12345"])))
    d.line("")
    if ctx.p(0.4):
        d.line("局长（签发）：%s" % ctx.staff())
    d.line("%s（印章）" % ag)
    d.line(ctx.fdate(dt + datetime.timedelta(days=ctx.rng.randint(5, 30)), ctx.ch(["cn", "cnnum"])))
    d = maybe_pdf(ctx, d)
    return (
        d,
        fam_type(ctx, "行政处罚决定书-交通"),
        "decision_traffic" + ("_form" if form else "") + ("_pdf" if ctx.pdf else ""),
    )


def gen_land(ctx):
    d = Doc()
    ag = ctx.agency("自然资源局")
    no = ctx.doc_no(ctx.ch(["自然资罚", "自然资规罚", "自资罚字"]))
    dt = ctx.date(1, 11)
    per = ctx.person(age=(30, 75), id15=ctx.p(0.1))
    town, vil, grp = ctx.town(), ctx.village(), ctx.group()
    d.line(ag)
    d.line("行政处罚决定书")
    d.line(no)
    d.line("")
    home = ctx.home_address(rural=True, level=ctx.ch([1, 2, 3]), vg=(vil, grp))[0]
    d.t("当事人：").l("name", per["name"]).t(
        "，%s，%s族，%d年%d月出生，身份证号码："
        % (per["sex"], per["nation"], per["birth"].year, per["birth"].month)
    )
    d.put(ctx.idp(per)).t("，%s：" % ctx.ch(["家庭住址", "住址", "户籍地址"])).l("address", home).t("。\n")
    if ctx.p(0.4):
        d.t("联系电话：").put(ctx.mob()).t("\n")
    area = ctx.rng.randint(80, 600)
    dec = ctx.rng.randint(0, 9)
    d.t(
        "\n　　经查，%d年%d月，当事人未经批准，擅自占用%s%s%s“%s”的集体%s%d.%d平方米建设%s。"
        % (
            ctx.year - ctx.rng.randint(1, 2),
            ctx.rng.randint(1, 12),
            town,
            vil,
            grp if ctx.p(0.6) else "",
            ctx.ch(["大湾田", "河坝地", "后山坡", "沟边地"]),
            ctx.ch(["耕地", "一般耕地", "园地", "林地"]),
            area,
            dec,
            ctx.ch(["二层砖混结构住宅", "养殖圈舍", "钢架结构厂房", "住宅及附属用房"]),
        )
    )
    if ctx.p(0.5):
        d.t(
            "经%s测绘，该地块不符合%s国土空间总体规划。"
            % (ctx.ch(["本局委托", "第三方机构"]), ctx.R["short"])
        )
    d.t(
        "上述事实有现场勘验笔录、询问笔录、土地利用现状图、%s等证据为证。\n"
        % ctx.ch(["测绘报告", "卫星影像图斑"])
    )
    if ctx.p(0.3):
        d.t("　　当事人在陈述申辩中称，其家中有").put(ctx.ch(["老母亲", "儿子", "妻子"])).t("患").l(
            "health", ctx.ch(ILLNESS)
        ).t("，生活困难，请求从轻处罚。经复核，本局予以部分采纳。\n")
    d.t(
        "　　当事人的上述行为违反了《中华人民共和国土地管理法》第四十四条、第六十二条的规定，依据该法第七十八条、《中华人民共和国土地管理法实施条例》第五十七条的规定，本局决定：\n"
    )
    d.t(
        "　　一、责令当事人退还非法占用的土地，限%d日内拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状；\n　　二、处以罚款人民币%s元（%d.%d平方米×%d元/平方米）。\n"
        % (ctx.ch([15, 30, 60]), "{:,}".format(area * 30), area, dec, 30)
    )
    d.t(
        "　　罚款请于收到本决定书之日起十五日内缴至指定银行，缴款码%s。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
        % ctx.txn_no(20)
    )
    d.t(
        "　　如不服本决定，可以在收到本决定书之日起六十日内向%s申请行政复议，或者在六个月内直接向%s提起行政诉讼。\n"
        % (ctx.R["gov"], ctx.R["court"])
    )
    d.line("")
    if ctx.p(0.4):
        d.line("%s局长　%s" % (" " * 24, ctx.staff()))
    d.line("%s%s" % (" " * 24, ag))
    d.line("%s%s" % (" " * 24, ctx.fdate(dt, ctx.ch(["cn", "cnnum"]))))
    d.line("（联系人：%s，联系电话：%s，地址：%s）" % (ctx.staff(), ctx.office(), ctx.agency_address()))
    d = maybe_pdf(ctx, d)
    return d, fam_type(ctx, "行政处罚决定书-自然资源"), "decision_land" + ("_pdf" if ctx.pdf else "")


# ----------------------------------------------------------------------------- 公示


def meta_header(ctx, d, publisher):
    if ctx.p(0.4):
        d.line(
            "索引号：%s　　主题分类：%s"
            % (
                ctx.index_no(),
                ctx.ch(
                    [
                        "民政、扶贫、救灾\\社会福利",
                        "综合政务\\政务公开",
                        "城乡建设、环境保护\\城乡建设（含住房）",
                        "公安、安全、司法\\公安",
                    ]
                ),
            )
        )
        d.line("发布机构：%s　　发布日期：%s" % (publisher, ctx.fdate(ctx.date(), "iso")))
        d.line("")


def gongshi_head(ctx, d, title, basis, town, dept="民政局"):
    meta_header(ctx, d, town + "人民政府")
    d.line(title)
    d.line("")
    s = ctx.date(1, 11)
    e = s + datetime.timedelta(days=ctx.ch([5, 7, 7, 10]))
    d.t(
        "　　%s，现将%s予以公示。公示期为%s至%s。公示期间，如有异议，请以书面、电话等方式向%s人民政府或%s反映。\n"
        % (
            basis,
            ctx.ch(["有关情况", "拟享受对象名单", "审核结果"]),
            ctx.fdate(s, "cn"),
            ctx.fdate(e, "cn"),
            town,
            ctx.agency(dept),
        )
    )
    d.line(
        "　　监督电话：%s；%s"
        % (ctx.office(), ctx.ch(["12345", "12345政务服务便民热线", "%s-12345" % ctx.R["area"]]))
    )
    if ctx.p(0.6):
        d.line("　　%s" % ctx.ch(["名单如下：", "具体名单如下：", "现将名单公示如下："]))
    return s


def gen_weifang(ctx):
    town = ctx.town()
    d = Doc()
    layout = pick_table_layout(ctx, ("tsv", "aligned", "boxed", "csv"))
    if layout in ("aligned", "boxed") or ctx.pdf:
        ctx.pad = ctx.ch([None, "ideo"])
    title = "关于%s%d年农村危房改造拟补助对象的公示" % (town, ctx.year)
    s = gongshi_head(
        ctx,
        d,
        title,
        "根据《%s%d年农村低收入群体等重点对象危房改造实施方案》（%s）要求，经农户申请、村民代表会议民主评议、乡镇审核"
        % (ctx.R["short"], ctx.year, ctx.doc_no("住建发")),
        town,
        "住房和城乡建设局",
    )
    d.line("")
    masked = ctx.p(0.3)
    show_id = ctx.p(0.75)
    headers = [
        ["序号", "村（社区）", "户主姓名"]
        + (["身份证号码"] if show_id else [])
        + ["家庭人口", "户类型", "危房等级", "改造方式", "补助资金（元）"]
    ]
    rows = []
    for i in range(ctx.rng.randint(5, 18)):
        hh = household(ctx, head_age=(40, 85))
        typ = ctx.ch(
            ["低保户", "分散供养特困人员", "低保边缘户", "因病因灾因意外事故刚性支出较大家庭", "脱贫不稳定户"]
        )
        mode = ctx.ch(["拆除重建", "加固改造", "加固改造", "农房抗震改造"])
        rows.append(
            [
                str(i + 1),
                hh["village"] if ctx.p(0.6) else [("address", hh["village"] + hh["group"])],
                [ctx.nm(hh["head"])],
            ]
            + ([id_cell(ctx, hh["head"], layout, masked)] if show_id else [])
            + [
                str(len(hh["members"])),
                typ,
                ctx.ch(["C级", "D级"]),
                mode,
                ctx.ch(["35000", "20000", "15000", "10000", "8000"]),
            ]
        )
    render_table(ctx, d, headers, rows, layout)
    d.line("")
    d.line("%s%s人民政府" % (" " * 20, town))
    d.line("%s%s" % (" " * 20, ctx.fdate(s, "cn")))
    d = finish_table_doc(ctx, d, layout, title[:20])
    return d, fam_type(ctx, "危房改造公示"), "gongshi_table_" + layout


def gen_linshi(ctx):
    town = ctx.town()
    d = Doc()
    title = "%s%d年第%s批次临时救助对象公示" % (town, ctx.year, cn_num(ctx.rng.randint(1, 6)))
    s = gongshi_head(
        ctx,
        d,
        title,
        "根据《%s临时救助实施办法》规定，经本人申请、入户调查、民主评议、乡镇审核" % ctx.R["short"],
        town,
    )
    layout = ctx.ch(["cards", "numbered", "inline_list"])
    if layout == "inline_list":
        d.line("")
        for v in range(ctx.rng.randint(2, 5)):
            vil = ctx.village()
            ppl = [ctx.person(age=(20, 88)) for _ in range(ctx.rng.randint(1, 6))]
            d.t("　　%s（%d户）：" % (vil, len(ppl)))
            for j, per in enumerate(ppl):
                if j:
                    d.t("、")
                d.l("name", per["name"])
                if ctx.p(0.2):
                    d.t("（").l("health", ctx.ch(ILLNESS)).t("）")
            d.t("。\n")
        d.line(
            "　　以上对象拟分别给予%s元不等的临时救助。" % ctx.ch(["500至3000", "800至5000", "1000至2000"])
        )
    for i in range(ctx.rng.randint(4, 12) if layout != "inline_list" else 0):
        per = ctx.person(age=(20, 85))
        vil, grp = ctx.village(), ctx.group()
        if layout == "cards":
            d.line("")
            d.line(
                "　　%s、" % cn_num(i + 1),
                ("name", per["name"]),
                "，%s，%d岁，" % (per["sex"], per["age"]),
                ("address", vil + grp),
                "村民。",
            )
        else:
            d.t("%d. " % (i + 1)).l("name", per["name"]).t("（%s" % per["sex"])
            if ctx.p(0.5):
                d.t("，").l("address", ctx.home_address(rural=True, vg=(vil, grp))[0])
            else:
                d.t("，%s" % vil)
            d.t("）：")
        r = ctx.rng.random()
        if r < 0.35:
            d.t("因突发").l("health", ctx.ch(ILLNESS)).t(
                "住院治疗，自付医疗费用%d元，家庭生活困难" % (ctx.rng.randint(8, 90) * 1000)
            )
        elif r < 0.6:
            kid = ctx.person(age=(2, 17), style=per["style"] if per["style"] != "han" else None)
            if per["style"] == "han" and per["sex"] == "男" and kid["style"] == "han":
                sur = per["name"][:2] if per["name"][:2] in COMPOUND_SURN else per["name"][0]
                nm2 = ctx._han_name(kid["sex"], sur)
                if nm2 not in ctx.used:
                    ctx.used.add(nm2)
                    kid["name"] = nm2
            d.t("其%s" % ctx.ch(["子", "女", "孙子"]))
            if ctx.p(0.6):
                d.l("name", kid["name"])
            d.t("患").l("health", ctx.ch(["白血病", "先天性心脏病", "脑瘫", "肾病综合征", "癫痫"])).t(
                "，长期治疗，负担沉重"
            )
        elif r < 0.8:
            d.t(
                "家中房屋于%d月遭受%s，损失严重"
                % (ctx.rng.randint(1, 12), ctx.ch(["火灾", "洪灾", "山体滑坡"]))
            )
        else:
            d.t("本人系").l("health", ctx.ch(DISAB) + "残疾" + ctx.ch(GRADE)).t(
                "，无固定收入，突遇%s" % ctx.ch(["车祸", "意外事故"])
            )
        d.t("。拟救助金额%s元。\n" % ctx.ch(["1000", "1500", "2000", "3000", "5000", "800"]))
    d.line("")
    d.line("%s%s人民政府" % (" " * 20, town))
    d.line("%s%s" % (" " * 20, ctx.fdate(s, "cn")))
    d = maybe_pdf(ctx, d)
    return d, fam_type(ctx, "临时救助公示"), "gongshi_" + layout + ("_pdf" if ctx.pdf else "")


def gen_canji(ctx):
    d = Doc()
    layout = pick_table_layout(ctx, ("csv", "tsv", "aligned", "boxed"))
    if layout in ("aligned", "boxed") or ctx.pdf:
        ctx.pad = ctx.ch([None, "ideo", "ascii"])
    town = ctx.town()
    title = "%s%d年%s残疾人两项补贴%s" % (
        town,
        ctx.year,
        ctx.ch(["第一季度", "第二季度", "第三季度", "第四季度", "新增"]),
        ctx.ch(["公示名单", "发放花名册", "拟享受对象公示"]),
    )
    if layout == "csv":
        d.line(title + ",,,,,,,")
    else:
        d.line(title)
        if ctx.p(0.5):
            d.line(
                "　　根据《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号），现将%s审核结果公示如下："
                % town
            )
    combined = ctx.p(0.7)
    headers = [
        [
            "序号",
            "姓名",
            "性别",
            "身份证号",
            ("残疾类别等级" if combined else "残疾类别"),
            "补贴类型",
            "所在村（社区）",
            "补贴标准（元/月）",
        ]
    ]
    rows = []
    for i in range(ctx.rng.randint(6, 20)):
        per = ctx.person(age=(3, 88))
        cat, gr = ctx.ch(DISAB), ctx.ch(GRADE[:2] if ctx.p(0.6) else GRADE)
        hcell = [("health", cat + ctx.ch(["", "残疾"]) + gr)] if combined else [("health", cat + "残疾" + gr)]
        typ = (
            "重度残疾人护理补贴"
            if gr in ("一级", "二级") and ctx.p(0.6)
            else ctx.ch(["困难残疾人生活补贴", "两项补贴"])
        )
        rows.append(
            [
                str(i + 1),
                [ctx.nm(per)],
                per["sex"],
                id_cell(ctx, per, layout, ctx.p(0.1)),
                hcell,
                typ,
                ctx.village(),
                ctx.ch(["80", "90", "100", "150", "190"]),
            ]
        )
    render_table(ctx, d, headers, rows, layout)
    d.line("")
    d.line(
        "监督电话：%s残联 %s　　%s民政局 %s" % (ctx.R["short"], ctx.office(), ctx.R["short"], ctx.office())
    )
    d = finish_table_doc(ctx, d, layout, title)
    return d, fam_type(ctx, "残疾人两项补贴公示"), "gongshi_table_" + layout


def gen_zhaiji(ctx):
    d = Doc()
    town = ctx.town()
    title = "%s农村宅基地和建房（规划许可）审批公示%s" % (
        town,
        ctx.ch(["", "（第%d期）" % ctx.rng.randint(1, 12)]),
    )
    s = gongshi_head(
        ctx,
        d,
        title,
        "根据《中华人民共和国土地管理法》《农村宅基地管理办法》等规定，经农户申请、村民小组会议讨论、村级审查、乡镇联审",
        town,
        "自然资源局",
    )
    style = ctx.ch(["items", "table"])
    d.line("")
    for i in range(ctx.rng.randint(2, 7)):
        hh = household(ctx, head_age=(25, 60), id15=False)
        head = hh["head"]
        reason = ctx.ch(
            ["分户新建", "原址翻建（原房屋为C级危房）", "异地新建（原址位于地质灾害隐患点）", "子女成年分户"]
        )
        area = ctx.rng.randint(90, 150)
        if style == "items":
            d.t("　　%s、申请人：" % cn_num(i + 1)).l("name", head["name"]).t("，身份证号：").put(
                ctx.idp(head) if ctx.p(0.7) else ctx.mask_id(head)
            )
            d.t("，户籍地址：").l("address", hh["addr"]) if re.search(
                r"(组|号|室|单元|\d-\d+)$", hh["addr"]
            ) else d.t("，户籍地址：" + hh["addr"])
            d.t("，家庭人口%d人" % len(hh["members"]))
            if len(hh["members"]) > 1:
                d.t("（")
                for j, (rel, p) in enumerate(hh["members"][1:]):
                    if j:
                        d.t("、")
                    d.t(rel).l("name", p["name"])
                d.t("）")
            d.t(
                "，申请理由：%s，拟建位置：%s%s%s，占地面积%d平方米，建筑面积%d平方米，层数%d层。\n"
                % (
                    reason,
                    hh["village"],
                    hh["group"],
                    ctx.ch(["村道东侧", "原宅基地", "“%s”" % ctx.ch(["大湾田", "新房子", "坡脚"])]),
                    area,
                    area * 2,
                    ctx.ch([1, 2, 2, 3]),
                )
            )
        else:
            if i == 0:
                d.line("序号\t申请人\t家庭人口\t所在村组\t申请理由\t拟建位置\t占地面积（㎡）\t审批意见")
            d.t("%d\t" % (i + 1)).l("name", head["name"]).t("\t%d\t" % len(hh["members"])).l(
                "address", hh["village"] + hh["group"]
            )
            d.t(
                "\t%s\t%s\t%d\t%s\n"
                % (
                    reason,
                    ctx.ch(["原址", "村道东侧", "%s西侧" % hh["village"]]),
                    area,
                    ctx.ch(["同意", "同意", "拟同意"]),
                )
            )
    d.line("")
    d.line("　　监督单位：%s纪委（%s）　%s自然资源所（%s）" % (town, ctx.office(), town, ctx.office()))
    d.line("%s%s人民政府（章）" % (" " * 20, town))
    d.line("%s%s" % (" " * 20, ctx.fdate(s, "cn")))
    d = maybe_pdf(ctx, d)
    return d, fam_type(ctx, "宅基地审批公示"), "gongshi_" + style + ("_pdf" if ctx.pdf else "")


# ----------------------------------------------------------------------------- screening lists

YUN_RISK = [
    "乙肝病毒携带",
    "贫血",
    "甲状腺功能减退",
    "地中海贫血",
    "梅毒螺旋体抗体阳性",
    "高血压",
    "巨细胞病毒感染",
    "多囊卵巢综合征",
    "弓形虫感染",
]
LC_CERV = [
    "HPV高危型阳性",
    "HPV16型阳性",
    "宫颈炎",
    "宫颈低级别鳞状上皮内病变",
    "宫颈高级别鳞状上皮内病变",
    "宫颈息肉",
]
LC_BREAST = ["乳腺增生", "乳腺结节", "乳腺纤维腺瘤", "乳腺囊肿"]


def gen_yunqian(ctx):
    d = Doc()
    layout = pick_table_layout(ctx, ("tsv", "csv", "aligned", "boxed"))
    if layout in ("aligned", "boxed") or ctx.pdf:
        ctx.pad = ctx.ch([None, "ideo"])
    title = "%s%d年国家免费孕前优生健康检查%s" % (
        ctx.R["short"],
        ctx.year,
        ctx.ch(["名单", "服务对象登记表", "花名册（第%d批）" % ctx.rng.randint(1, 5)]),
    )
    d.line(title + ("," * 9 if layout == "csv" else ""))
    two = ctx.p(0.5)
    if two:
        headers = [
            ["序号", "女方", "", "男方", "", "联系电话", "现住址", "检查日期", "风险评估"],
            ["", "姓名", "身份证号", "姓名", "身份证号", "", "", "", "结果"],
        ]
    else:
        headers = [
            [
                "序号",
                "女方姓名",
                "女方身份证号",
                "男方姓名",
                "男方身份证号",
                "联系电话",
                "现住址",
                "检查日期",
                "风险评估结果",
            ]
        ]
    rows = []
    for i in range(ctx.rng.randint(6, 20)):
        w = ctx.person(sex="女", age=(21, 38))
        st = w["style"] if w["style"] != "han" else None
        h = ctx.person(sex="男", age=(max(22, w["age"] - 2), w["age"] + 6), style=st)
        if ctx.p(0.2):
            risk = ["高风险（", ("health", ctx.ch(YUN_RISK)), "）"]
        elif ctx.p(0.1):
            risk = [("health", ctx.ch(YUN_RISK))]
        else:
            risk = ctx.ch(["一般人群", "低风险", "一般人群"])
        rows.append(
            [
                str(i + 1),
                [ctx.nm(w)],
                id_cell(ctx, w, layout),
                [ctx.nm(h)],
                id_cell(ctx, h, layout),
                [ctx.mob()],
                [ctx.addr()],
                ctx.fdate(ctx.date(), "iso"),
                risk,
            ]
        )
    render_table(ctx, d, headers, rows, layout, colmax={6: 22})
    d.line("")
    d.line(
        "填报单位：%s妇幼保健院　　填报人：%s　　联系电话：%s" % (ctx.R["short"], ctx.staff(), ctx.office())
    )
    d = finish_table_doc(ctx, d, layout, title)
    return d, fam_type(ctx, "孕前优生健康检查名单"), "screening_" + layout


def gen_liangai(ctx):
    d = Doc()
    layout = pick_table_layout(ctx, ("tsv", "csv", "aligned", "boxed"))
    if layout in ("aligned", "boxed") or ctx.pdf:
        ctx.pad = ctx.ch([None, "ideo", "ascii"])
    town = ctx.town()
    title = "%s%d年农村妇女“两癌”筛查%s" % (
        town,
        ctx.year,
        ctx.ch(["结果登记表", "名单", "异常结果随访登记表"]),
    )
    d.line(title + ("," * 8 if layout == "csv" else ""))
    headers = [
        [
            "序号",
            "姓名",
            "年龄",
            "身份证号",
            "所在村组",
            "联系电话",
            "宫颈癌筛查结果",
            "乳腺癌筛查结果",
            "处理意见",
        ]
    ]
    rows = []
    for i in range(ctx.rng.randint(6, 22)):
        w = ctx.person(sex="女", age=(35, 64))
        c = [("health", ctx.ch(LC_CERV))] if ctx.p(0.25) else ctx.ch(["未见异常", "阴性", "未见异常"])
        b = (
            [("health", ctx.ch(LC_BREAST))]
            if ctx.p(0.25)
            else ctx.ch(["未见异常", "BI-RADS 1类", "未见异常"])
        )
        ab = not isinstance(c, str) or not isinstance(b, str)
        rows.append(
            [
                str(i + 1),
                [ctx.nm(w)],
                str(w["age"]),
                id_cell(ctx, w, layout, ctx.p(0.08)),
                [("address", ctx.village() + ctx.group())],
                [ctx.mob()] if ctx.p(0.85) else [ctx.landline()],
                c,
                b,
                ctx.ch(["转诊上级医院", "定期复查", "阴道镜检查"]) if ab else "无",
            ]
        )
    render_table(ctx, d, headers, rows, layout)
    d.line("")
    d.line(
        "筛查机构：%s人民医院　　审核人：%s　　报告日期：%s"
        % (ctx.R["short"], ctx.staff(), ctx.fdate(ctx.date()))
    )
    d = finish_table_doc(ctx, d, layout, title)
    return d, fam_type(ctx, "两癌筛查名单"), "screening_" + layout


# ----------------------------------------------------------------------------- 会议纪要


def gen_minutes(ctx, liangwei=False):
    d = Doc()
    town, vil = ctx.town(), ctx.village()
    vname = vil.replace("村委会", "村")
    dt = ctx.date(1, 12)
    sec, dirc = ctx.staff(), ctx.staff()
    cadres = [ctx.staff() for _ in range(ctx.rng.randint(2, 4))]
    recorder = ctx.staff()
    town_cadre = ctx.staff()
    reps = [ctx.person(age=(30, 75)) for _ in range(0 if liangwei else ctx.rng.randint(5, 11))]
    title = "%s%s%s会议纪要" % (town, vname, "“两委”" if liangwei else "村民代表")
    d.line(title)
    d.line("")
    d.line("时　　间：%s%s" % (ctx.fdate(dt, "cn"), ctx.ch(["上午9时", "下午2时30分", "晚上8时"])))
    d.line("地　　点：%s%s" % (vname, ctx.ch(["村委会会议室", "党群服务中心二楼会议室", "活动室"])))
    d.line("主 持 人：%s（村党支部书记）" % sec)
    if liangwei:
        d.line("参会人员：%s（村委会主任）、%s" % (dirc, "、".join(cadres)))
    else:
        d.t("参会人员：村“两委”成员%s、%s，村民代表" % (dirc, "、".join(cadres)))
        for i, r in enumerate(reps):
            if i:
                d.t("、")
            d.l("name", r["name"])
        d.t("（应到%d人，实到%d人）\n" % (len(reps) + len(cadres) + 3, len(reps) + len(cadres) + 2))
    d.line("列　　席：%s人民政府驻村干部%s" % (town, town_cadre))
    d.line("记 录 人：%s" % recorder)
    d.line("")
    topic = ctx.ch(["dibao", "weifang", "zhaiji"])
    d.line(
        "会议议题：%s"
        % {
            "dibao": "%d年度低保对象民主评议" % ctx.year,
            "weifang": "农村危房改造对象评议",
            "zhaiji": "村民建房申请审查",
        }[topic]
    )
    d.line("")
    d.t(
        "　　会议由%s主持。%s首先传达了%s%s，%s宣读了申请人名单及入户调查情况。经参会人员逐户评议，形成如下意见：\n"
        % (
            sec,
            sec,
            town,
            ctx.ch(
                [
                    "关于做好社会救助对象动态管理工作的通知",
                    "农村危房改造工作会议精神",
                    "宅基地审批管理有关规定",
                ]
            ),
            town_cadre,
        )
    )
    n = ctx.rng.randint(2, 6)
    for i in range(n):
        per = ctx.person(age=(28, 85), id15=ctx.p(0.1))
        grp = ctx.group()
        d.t("　　%s、" % cn_num(i + 1)).l("name", per["name"]).t("户（").l(
            "address", vil + grp if not vil.endswith("村委会") else vil + grp
        ).t("），家庭人口%d人。" % ctx.rng.randint(1, 6))
        r = ctx.rng.random()
        if r < 0.45:
            d.t(ctx.ch(["本人", "其妻", "其子", "其母"]) + "患").l("health", ctx.ch(ILLNESS)).t(
                "，常年服药，"
            )
        elif r < 0.65:
            d.t("本人").l("health", ctx.ch(DISAB) + "残疾" + ctx.ch(GRADE)).t("，")
        d.t(
            "%s。"
            % ctx.ch(["家庭收入主要依靠务农", "无稳定收入来源", "子女在外务工，收入微薄", "住房为C级危房"])
        )
        if ctx.p(0.35):
            d.t("联系电话").put(ctx.mob()).t("。")
        if ctx.p(0.25):
            d.t("身份证号").put(ctx.idp(per)).t("。")
        d.t(
            "评议结果：%s。\n"
            % ctx.ch(
                [
                    "同意上报",
                    "同意（%d票）" % ctx.rng.randint(8, 20),
                    "暂缓，待补充材料",
                    "不同意（家庭有机动车辆）",
                ]
            )
        )
        if ctx.p(0.15):
            d.t("　　（该户").put(ctx.ch([[("name", per["name"])], [ctx.mask_name(per)]])).t(
                "名下登记有小型轿车一辆，号牌"
            ).put(ctx.plate()).t("，经核实已于%d年转让。）\n" % (ctx.year - 1))
    if not liangwei and reps and ctx.p(0.5):
        r = ctx.ch(reps)
        d.t("　　村民代表").l("name", r["name"]).t(
            "提出，%s。%s作了解释说明。\n"
            % (ctx.ch(["评议应张榜公示", "希望加快审批进度", "部分户的收入核算需再核实"]), sec)
        )
    d.t("　　会议要求，评议结果在村务公开栏公示7天，公示无异议后报%s人民政府审核。\n" % town)
    d.line("")
    d.line(
        "表决情况：应到%d人，实到%d人，同意%d人，反对0人，弃权%d人。"
        % (len(reps) + len(cadres) + 3, len(reps) + len(cadres) + 2, len(reps) + len(cadres) + 1, 1)
    )
    d.line("")
    d.line("参会人员签字：")
    sep = ctx.ch(["　", "  ", "、", "\t"])
    d.line("村“两委”：%s%s%s%s%s" % (sec, sep, dirc, sep, sep.join(cadres)))
    if reps:
        d.t("村民代表：")
        per_line = ctx.rng.randint(3, 6)
        for i, r in enumerate(reps):
            if i and i % per_line == 0:
                d.t("\n　　　　　")
            elif i:
                d.t(sep)
            d.put(ctx.nm(r, pad=ctx.ch([None, "ideo"]) if sep != "、" else False))
        d.t("\n")
    d.line("记录人：%s" % recorder)
    d.line("")
    d.line("%s%s%s（盖章）" % (" " * 20, vname, ctx.ch(["村民委员会", "党支部"])))
    d.line("%s%s" % (" " * 20, ctx.fdate(dt, "cn")))
    d = maybe_pdf(ctx, d)
    fam = "两委会议纪要" if liangwei else "村民代表会议纪要"
    return d, fam_type(ctx, fam), "minutes_signatures" + ("_pdf" if ctx.pdf else "")


def gen_minutes_lw(ctx):
    return gen_minutes(ctx, True)


FAMILIES = [
    (40, gen_apply_form, 0.25),
    (32, gen_reply, 0.3),
    (22, gen_buzheng, 0.25),
    (34, gen_dibao, 0.3),
    (22, gen_tekun, 0.25),
    (28, gen_police, 0.3),
    (20, gen_market, 0.25),
    (20, gen_traffic, 0.2),
    (18, gen_land, 0.3),
    (18, gen_weifang, 0.25),
    (20, gen_linshi, 0.2),
    (18, gen_canji, 0.25),
    (16, gen_zhaiji, 0.25),
    (18, gen_yunqian, 0.2),
    (20, gen_liangai, 0.25),
    (22, gen_minutes, 0.2),
    (16, gen_minutes_lw, 0.2),
]


def generate(ndocs, seed):
    rng = random.Random(seed)
    out = []
    for i in range(ndocs):
        R = rng.choice(REGIONS)
        year = rng.choice([2021, 2022, 2023, 2023, 2024, 2024])
        ctx = Ctx(random.Random(rng.randrange(1 << 30)), R, year)
        tot = sum(f[0] for f in FAMILIES)
        x = rng.uniform(0, tot)
        for w, f, pp in FAMILIES:
            x -= w
            if x <= 0:
                break
        ctx.pdf = rng.random() < pp
        d, typ, layout = f(ctx)
        text, spans = d.finish()
        out.append(({"type": typ, "text": text, "spans": spans}, layout, R["key"]))
    return out


# ----------------------------------------------------------------------------- validation

HAN = re.compile(r"^[\u3400-\u9fff]+$")
AREA_RE = re.compile(r"^\d{6}$")


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_value(kind, v):
    if v != v.strip() or not v:
        return "whitespace at ends"
    if kind == "id_card":
        if not re.fullmatch(r"\d{17}[\dXx]", v):
            return "id format"
        if id_check(v[:17]) != v[17].upper():
            return "id checksum"
        if v[:6] not in VALID_AREA or v[:2] not in PROVINCES:
            return "id area"
        if not valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14])) or int(v[6:10]) > 2024:
            return "id date"
    elif kind == "id_card_15":
        if not re.fullmatch(r"\d{15}", v) or v[:2] not in PROVINCES:
            return "id15 format"
        if not valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12])):
            return "id15 date"
    elif kind == "mobile":
        if not re.fullmatch(r"1[3-9]\d{9}", re.sub(r"[ \-]", "", v)) or not re.fullmatch(r"[\d \-]+", v):
            return "mobile"
    elif kind == "landline":
        if not re.fullmatch(r"0\d{2,3}[ \-]?\d{7,8}", v):
            return "landline"
    elif kind == "bank_card":
        c = v.replace(" ", "")
        if not re.fullmatch(r"\d{16,19}", c) or not luhn_ok(c) or c[:6] not in ISSUERS:
            return "bank_card"
    elif kind == "email":
        if not re.fullmatch(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", v):
            return "email"
    elif kind == "passport":
        if not re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", v):
            return "passport"
    elif kind == "hk_macau_permit":
        if not re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}", v):
            return "hkmo"
    elif kind == "tw_permit":
        if not re.fullmatch(r"T\d{8}|\d{8}", v):
            return "tw"
    elif kind == "license_plate":
        if not re.fullmatch(
            r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][· ]?[A-HJ-NP-Z0-9]{5,6}",
            v,
        ):
            return "plate"
    elif kind == "address":
        c = re.sub(r"\s+", "", v)
        if (
            not re.search(r"(号|栋|单元|室|组|\d+-\d+)$", c)
            or len(c) < 4
            or not re.match(r"^[\u3400-\u9fff]|^\d+村", c)
        ):
            return "address"
        if "\n" in v.strip() and not re.search(r"\n *", v):
            return "address wrap"
    elif kind == "name":
        if "\n" in v:
            return "name newline"
        parts = re.sub(r"[ 　]", "", v).split("·")
        if len(parts) == 1:
            if not HAN.match(parts[0]) or not 2 <= len(parts[0]) <= 6:
                return "name"
        else:
            if len(parts) > 3 or any(not HAN.match(p) or not 2 <= len(p) <= 6 for p in parts):
                return "name parts"
        if re.search(r"[ 　]{3,}", v):
            return "name padding"
    elif kind == "health":
        if "\n" in v or not re.fullmatch(r"[\u3400-\u9fffA-Za-z0-9\-]+", v):
            return "health"
    else:
        return "unknown kind"
    return None


def validate(records, verbose=True):
    errors = []
    kinds = collections.Counter()  # type: ignore[var-annotated]
    fams = collections.Counter()  # type: ignore[var-annotated]
    for n, rec in enumerate(records):
        text, spans = rec["text"], rec["spans"]
        fams[rec["type"]] += 1
        prev_end = -1
        covered = [False] * len(text)
        for s in spans:
            k, a, b = s["kind"], s["start"], s["end"]
            kinds[k] += 1
            if not (0 <= a < b <= len(text)):
                errors.append((n, "offsets", s))
                continue
            if a < prev_end:
                errors.append((n, "overlap/unsorted", s))
            prev_end = b
            e = check_value(k, text[a:b])
            if e:
                errors.append((n, e, text[a:b]))
            for i in range(a, b):
                covered[i] = True
        # unlabelled look-alikes that must not exist
        for m in re.finditer(r"(?<![0-9A-Za-z*])\d{17}[\dXx](?![0-9A-Za-z*])", text):
            v = m.group()
            if (
                not covered[m.start()]
                and id_check(v[:17]) == v[17].upper()
                and valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
            ):
                errors.append((n, "unlabelled valid id", v))
        for m in re.finditer(r"(?<![0-9A-Za-z*])1[3-9]\d{9}(?![0-9A-Za-z*])", text):
            if not covered[m.start()]:
                errors.append((n, "unlabelled mobile", m.group()))
        for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", text):
            v = m.group()
            if not covered[m.start()] and luhn_ok(v) and v[:6] in ISSUERS:
                errors.append((n, "unlabelled bank card", v))
    return errors, kinds, fams


def negatives_census(records):
    c = collections.Counter()  # type: ignore[var-annotated]
    pats = {
        "credit_code(valid)": r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])",
        "wenhao": r"〔\d{4}〕\d+号",
        "masked_id": r"\d{3,10}\*{4,}\d{3}[\dXx]?",
        "masked_mobile": r"1\d{2}\*{4}\d{4}",
        "masked_name": r"[\u4e00-\u9fff](?:某某?|\*\*?)(?![\u4e00-\u9fff])",
        "luhn_txn(no issuer)": r"(?<!\d)\d{16,20}(?!\d)",
        "hotline": r"12345|12315|12348|12328",
        "sci_notation": r"\d\.\d+E\+\d+",
    }
    for rec in records:
        t = rec["text"]
        cov = [False] * len(t)
        for s in rec["spans"]:
            for i in range(s["start"], s["end"]):
                cov[i] = True
        for k, p in pats.items():
            for m in re.finditer(p, t):
                if cov[m.start()]:
                    continue
                if k.startswith("credit") and not credit_ok(m.group()):
                    continue
                if k.startswith("luhn") and not (luhn_ok(m.group()) and m.group()[:6] not in ISSUERS):
                    continue
                c[k] += 1
    return c


def print_stats(records, layouts=None, regions=None):
    errors, kinds, fams = validate(records)
    print(
        "documents: %d   spans: %d   pdf variants: %d (%.0f%%)"
        % (
            len(records),
            sum(kinds.values()),
            sum(1 for r in records if r["type"].endswith(".pdf")),
            100.0 * sum(1 for r in records if r["type"].endswith(".pdf")) / max(1, len(records)),
        )
    )
    print("\n-- spans per kind")
    for k in [
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
        "address",
        "health",
    ]:
        print("  %-16s %6d" % (k, kinds.get(k, 0)))
    print("\n-- documents per family")
    base = collections.Counter(t.replace(".pdf", "") for t in fams.elements())
    for k, v in sorted(base.items(), key=lambda x: -x[1]):
        print("  %-24s %4d  (pdf %d)" % (k, v, fams.get(k + ".pdf", 0)))
    if layouts:
        print("\n-- documents per layout (%d layouts)" % len(set(layouts)))
        for k, v in sorted(collections.Counter(layouts).items()):
            print("  %-28s %4d" % (k, v))
    if regions:
        print("\n-- documents per region")
        for k, v in sorted(collections.Counter(regions).items()):
            print("  %-10s %4d" % (k, v))
    print("\n-- unlabelled hard negatives present (census)")
    for k, v in sorted(negatives_census(records).items()):
        print("  %-22s %5d" % (k, v))
    print("\n-- validation: %d errors" % len(errors))
    for e in errors[:30]:
        print("  ", e)
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=199)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check", metavar="JSONL")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(__doc__)
        return 0
    if a.check:
        with open(a.check, encoding="utf-8") as f:
            recs = [json.loads(x) for x in f if x.strip()]
        errs = print_stats(recs)
        return 1 if errs else 0
    res = generate(a.docs, a.seed)
    recs = [r for r, _, _ in res]
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif not a.stats:
        for r in recs:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        errs = print_stats(recs, [l for _, l, _ in res], [g for _, _, g in res])
        assert not errs, "validation failed"
    return 0


if __name__ == "__main__":
    sys.exit(main())
