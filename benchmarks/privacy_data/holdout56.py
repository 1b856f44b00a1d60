#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout56 -- blind, synthetic evaluation set for a personal-information detector
working on Chinese government disclosure (政务公开) publications.

Every document is synthetic: every person, number and account is generated.
Output: JSON Lines, one document per line:
  {"type": family, "text": text, "spans": [{"kind": k, "start": i, "end": j}, ...]}
(start/end are Python str offsets, end exclusive).

Usage:
  python holdout56.py --docs 400 --seed 271 -o OUT.jsonl
  python holdout56.py --docs 400 --seed 271 --check      (validate; exit 1 on problems)
  python holdout56.py --docs 400 --seed 271 --stats      (counts per kind / family)
  python holdout56.py --decisions                        (print the DECISIONS section)
  (--check and --stats may be combined with -o; with -i FILE they read an existing set)

FAMILIES (value of "type")
  退耕还林补助兑现公示          tables of households, areas, amounts, 一卡通 accounts
  生态护林员续聘考核名单        forest rangers: ID, home address, phone, assessment, 续聘/解聘
  残疾人两项补贴发放表          困难残疾人生活补贴 / 重度残疾人护理补贴 payment tables
  防返贫监测对象认定公示        monitored households, risk type, household narratives
  农村低收入人口动态调整名单    低保/特困/低保边缘 新增、退出、增减发 lists with reasons
  村级财务公开                  village ledger: 误工费/劳务费 paid to villagers
  行政许可准予决定公示          食品经营许可 / 个体工商户 decisions and 双公示 lists
  拆除违法建筑限期拆除决定书    enforcement decisions addressed to a 当事人
  学生资助雨露计划公示          雨露计划 vocational-education grants to students
  惠民殡葬补贴名单              basic funeral / cremation subsidy lists

PRESENTATIONS: prose with labels, tab-separated tables, pdftotext -layout fixed-width
  tables (long cells wrapped into the next lines, optionally vertically centred rows,
  page footers and form feeds), one-cell-per-line (DOCX/HTML flattened), CSV exports
  (quoted cells, embedded line breaks, leading ' or tab before long numbers, 6.22926E+17),
  HTML remnants (&nbsp; / &emsp; / <br>), hard-wrapped PDF prose, full-width digits,
  padded two-character names, masked documents.

COUNTIES (6-digit division codes; town/township names are real)
  622926 甘肃省临夏回族自治州东乡族自治县  (Dongxiang / Hui names, area code 0930, plate 甘N)
  530724 云南省丽江市宁蒗彝族自治县        (Yi, Mosuo, Tibetan/Pumi names, 0888, 云P)
  652927 新疆维吾尔自治区阿克苏地区乌什县  (Uyghur, Kyrgyz names, 0997, 新N)
  150723 内蒙古自治区呼伦贝尔市鄂伦春自治旗 (Oroqen, Mongolian, Daur names, 0470, 蒙E)
  433124 湖南省湘西土家族苗族自治州花垣县  (Miao / Tujia surnames, 0743, 湘U)
  340828 安徽省安庆市岳西县                (储/汪/王/程..., 0556, 皖H)
  Village names: 布楞沟村 (高山乡, 东乡), 十八洞村 (双龙镇, 花垣), 落水村 (永宁, 宁蒗),
  石佛村 (包家乡, 岳西) are real; other village / community / road names are plausible
  illustrations built from common village naming patterns and are not claimed to exist.
  ID numbers use the county's own code most of the time, other real division codes otherwise.

DECISIONS (labelling conventions)
 1. name = the name of a private natural person, wherever context (a 姓名/户主/申请人/当事人/
    领款人 column or label, a kinship word, a narrative about the person) shows it is a person.
    Beneficiaries, household heads, household members, guardians, payees, students, deceased
    persons, applicants, individual-business operators, 法定代表人/负责人 of enterprises,
    witnesses and neighbours are all private persons and are labelled.
 2. Officials and cadres acting in role are NOT labelled: signatories (制表人, 审核人, 局长),
    联系人 for an office, 执法人员 with 执法证号, 驻村第一书记, 村党支部书记/村委会主任/报账员/
    村务监督委员会 members in sign-off blocks.  If a village cadre appears as a payee in the
    ledger rows, he is a private payee there and is labelled (the same person is not
    labelled in the sign-off block).
 3. The name span is the name only: titles and suffixes are excluded (马尔沙同志 -> 马尔沙,
    马尔沙户 -> 马尔沙, 其子马哈比 -> 马哈比, 储先生 / 王某 / 李某某 are not names).
 4. Uyghur/Kyrgyz two-part names are one span including the separator (·, •, ., ．) or
    without one if the source omits it; Yi clan+given names, Mosuo and Tibetan names are one
    span.  Compound surnames (欧阳, 司马, 上官 ...) are part of the span.
 5. Padded names (王  芳, 王　芳 -- Word tables align two-character names) are one span from
    the first to the last character, padding included.
 6. Masked values are never labelled, even if a part is visible: 张*, 张*华, 李某, 王某某,
    138****1234, 6222********1234, 622926********123X, 6229261980****123X.
    Values destroyed by spreadsheet export (6.22926E+17) are not labelled either.
 7. Wrapped / broken values: if the pieces of one value are separated only by whitespace
    (line break, indentation, padding) they form ONE span covering the break.  If other
    text intervenes (pdftotext -layout rows where the value's column is not the last one,
    or a vertically centred row), each piece is labelled separately with the same kind.
    Identity numbers, cards and phones are never split by intervening text in this set.
 8. address = home/residence address of a private person reaching 号/栋/幢/单元/室/组 level.
    The span starts at the first administrative element written in the value (province,
    county, town or village -- whatever the source gives first) and ends at the last
    house-level element (号/室/组 ...); trailing words (家中, 附近, 东侧) are excluded.
    Gansu's 社 (村民小组) is treated as equivalent to 组.
 9. A combined village+group cell attached to a person's row (e.g. 万山村3组 under 村组 or
    住址) is an address.  Village and group written in SEPARATE columns are not labelled
    (the village name is a public place name; 3组 alone locates nobody).  A residence that
    stops at the village (天堂镇万山村) is not labelled.
10. In enforcement decisions, the location of the private person's illegal building is
    labelled as address when it reaches 组/号 level: it locates the person's property.
11. Business premises (经营场所) of enterprises and 个体工商户 are NOT home addresses and are
    not labelled; a natural person's 住所/住址/家庭住址 is.  Organisation addresses are not.
12. Phones: a private person's mobile or home landline is labelled (span = the number with
    internal spaces/hyphens and a +86 prefix if present).  Office phones, 监督电话, 举报电话,
    hotlines (12345, 12317, 12388, 96110...) and office mailboxes are not.
13. id_card spans cover the 18 characters (plus internal spaces if grouped); a leading
    apostrophe or tab added by spreadsheet export is excluded.  A 20-digit 残疾人证号
    (ID + category digit + grade digit) has its first 18 characters labelled id_card; the
    two suffix digits are not labelled (the category/grade is labelled where spelled out).
    15-digit legacy IDs are id_card_15.
14. bank_card = a private person's card / 一卡通 / 社保卡 number (16-19 digits, Luhn valid).
    Accounts of village committees, companies and government units are not labelled.
15. health = an identifiable person's health, disease or disability status: 残疾类别 and 残疾等级
    cells (labelled separately when in separate columns, as one span when combined such as
    肢体二级), disease names (尿毒症, 脑梗死后遗症...), 因病 / 因残 risk types attached to a
    named household, 重度残疾, 长期卧床.  The span is the condition phrase without verbs
    (患 / 因病致 ... -> the condition).  Not health: the NAME of a subsidy programme
    (重度残疾人护理补贴, 生活补贴), 因学 / 因灾 / 务工就业不稳, death (死亡 / 已故 is a vital
    event, not a health status), age, 低保/特困 status.  Health values in a row whose name
    and ID are masked (胡*全, 4331241956****7350, same village) are STILL labelled: inside a
    village such a row remains identifiable, and the masking protects the name, not the
    diagnosis.
16. Not labelled although personal: sex, ethnicity, birth dates and ages, kinship, amounts,
    land areas, household size, school and major -- none of them is one of the kinds.
17. Near-misses never labelled: 文号 and case numbers (…〔2023〕15号 ends in 号 but is not an
    address), 索引号, 统一社会信用代码 (valid GB 32100 check), 食品经营许可证号 JY…, 执法证号,
    火化证号, 凭证号, amounts, dates, postcodes, office phones, hotlines, company / village /
    road / shop names containing surnames (唐家村, 程氏茶业, 吴记米粉店).
18. License plates of private persons' vehicles are labelled (with or without the ·).
19. Passports, 往来港澳通行证 and 台湾居民来往大陆通行证 / 往来台湾通行证 numbers of private
    persons are labelled as passport / hk_macau_permit / tw_permit.
20. An individual business registered without a 字号 carries the operator's own name as
    行政相对人名称; that name is labelled.  Shop / company names are never labelled.
21. Publication being required by law (双公示, 公示期) does not make a datum non-personal:
    the detector's job is to find it; whether it may be published is a separate decision.
22. Full-width digits (６２２９…, １３８…) are labelled exactly like half-width ones.
23. Email addresses of private persons are labelled; organisational mailboxes are not.
"""

import argparse
import datetime
import json
import re
import random
import sys
import unicodedata
from collections import Counter, defaultdict

# ----------------------------------------------------------------------------
# checksums / generators of identifiers
# ----------------------------------------------------------------------------
W18 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CK18 = "10X98765432"
PROV = {
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
OTHER_CODES = [
    "110105",
    "310104",
    "440106",
    "510107",
    "620102",
    "530102",
    "650102",
    "150102",
    "430102",
    "340102",
    "622901",
    "530721",
    "652901",
    "150702",
    "433101",
    "340881",
    "320106",
    "370102",
    "420106",
    "500103",
    "610113",
    "640104",
    "630102",
]


def id_check(s17):
    return CK18[sum(int(a) * w for a, w in zip(s17, W18)) % 11]


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def id18_ok(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[:2] not in PROV:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2024 and valid_date(y, m, d)):
        return False
    return id_check(s[:17]) == s[17]


def id15_ok(s):
    s = re.sub(r"\s", "", unicodedata.normalize("NFKC", s))
    if not re.fullmatch(r"\d{15}", s) or s[:2] not in PROV:
        return False
    return valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


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


BINS = [
    ("622848", 19),
    ("621700", 19),
    ("622202", 19),
    ("623058", 19),
    ("621799", 19),
    ("622908", 18),
    ("622588", 16),
    ("622848", 19),
    ("621799", 19),
]
BIN_PREFIXES = sorted({b for b, _ in BINS})

USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(rng, code, kind="92", digits_only=False):
    pool = "0123456789" if digits_only else "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body8 = (
        "".join(rng.choice("0123456789") for _ in range(8))
        if digits_only
        else "MA" + "".join(rng.choice(pool) for _ in range(6))
    )
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    cc = "X" if c == 10 else ("0" if c == 11 else str(c))
    s17 = kind + code + body8 + cc
    t = sum(USCC_CH.index(ch) * w for ch, w in zip(s17, USCC_W))
    return s17 + USCC_CH[(31 - t % 31) % 31]


def uscc_ok(s):
    if len(s) != 18 or any(c not in USCC_CH for c in s):
        return False
    t = sum(USCC_CH.index(ch) * w for ch, w in zip(s[:17], USCC_W))
    return USCC_CH[(31 - t % 31) % 31] == s[17]


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
    "193",
    "195",
    "198",
    "199",
]

FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def fwd(s):
    return s.translate(FW)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ----------------------------------------------------------------------------
# counties
# ----------------------------------------------------------------------------
COUNTIES = [
    dict(
        key="dx",
        name="东乡族自治县",
        short="东乡县",
        prov="甘肃省",
        pref="临夏回族自治州",
        code="622926",
        area="0930",
        post="731400",
        plate="甘N",
        abbr="东",
        style="dongxiang",
        grp="社",
        towns={
            "锁南镇": ["东塬村", "城郊村", "红柳村"],
            "达板镇": ["达板村", "新庄村"],
            "河滩镇": ["河滩村", "大湾村"],
            "那勒寺镇": ["那勒寺村", "王家村"],
            "唐汪镇": ["唐家村", "汪家村", "张家村"],
            "果园镇": ["果园村", "马家村"],
            "高山乡": ["布楞沟村", "高山村"],
            "龙泉镇": ["龙泉村", "拱北湾村"],
            "春台乡": ["春台村", "阳洼村"],
            "柳树乡": ["柳树村", "红崖村"],
        },
        roads=["东塬路", "城关路", "团结路", "新华路", "民族路"],
    ),
    dict(
        key="nl",
        name="宁蒗彝族自治县",
        short="宁蒗县",
        prov="云南省",
        pref="丽江市",
        code="530724",
        area="0888",
        post="674300",
        plate="云P",
        abbr="宁",
        style="ninglang",
        grp="组",
        towns={
            "大兴镇": ["城关社区", "大村村", "石佛山村"],
            "永宁乡": ["落水村", "温泉村", "木底箐村"],
            "拉伯乡": ["拉伯村", "加泽村"],
            "跑马坪乡": ["跑马坪村", "沙力村"],
            "蝉战河乡": ["蝉战河村", "阿凹村"],
            "新营盘乡": ["新营盘村", "牦牛坪村"],
            "西布河乡": ["西布河村", "三家村"],
            "红桥乡": ["红桥村", "大坪子村"],
            "西川乡": ["西川村", "沙坝村"],
            "烂泥箐乡": ["烂泥箐村", "火烧坪村"],
        },
        roads=["团结路", "民族路", "金海路", "宁蒗大道", "新华路"],
    ),
    dict(
        key="ws",
        name="乌什县",
        short="乌什县",
        prov="新疆维吾尔自治区",
        pref="阿克苏地区",
        code="652927",
        area="0997",
        post="843400",
        plate="新N",
        abbr="乌",
        style="uyghur",
        grp="组",
        towns={
            "乌什镇": ["城北社区", "英阿瓦提村", "燕泉社区"],
            "阿合雅镇": ["1村", "3村", "8村"],
            "依麻木镇": ["2村", "5村", "依麻木村"],
            "亚曼苏柯尔克孜族乡": ["1村", "4村"],
            "英阿瓦提乡": ["2村", "6村"],
            "奥特贝希乡": ["3村", "7村"],
            "阿克托海乡": ["1村", "5村"],
            "亚科瑞克乡": ["2村", "4村"],
            "前进镇": ["1村", "3村"],
        },
        roads=["沙依巴克路", "英阿瓦提路", "团结路", "燕泉路", "新城路"],
    ),
    dict(
        key="elc",
        name="鄂伦春自治旗",
        short="鄂伦春旗",
        prov="内蒙古自治区",
        pref="呼伦贝尔市",
        code="150723",
        area="0470",
        post="165450",
        plate="蒙E",
        abbr="鄂",
        style="oroqen",
        grp="组",
        towns={
            "阿里河镇": ["阿里河村", "向阳社区", "友好社区"],
            "大杨树镇": ["大杨树村", "东方红村"],
            "吉文镇": ["吉文村", "永胜村"],
            "甘河镇": ["甘河村", "永兴村"],
            "克一河镇": ["克一河村", "东山村"],
            "乌鲁布铁镇": ["乌鲁布铁村", "朝阳村"],
            "宜里镇": ["宜里村", "新发村"],
            "诺敏镇": ["诺敏村", "前进村"],
            "古里乡": ["古里猎民村", "新民村"],
            "托扎敏乡": ["希日特奇猎民村", "新兴村"],
        },
        roads=["鄂伦春路", "兴安路", "拓跋路", "阿里河大街", "林业路"],
    ),
    dict(
        key="hy",
        name="花垣县",
        short="花垣县",
        prov="湖南省",
        pref="湘西土家族苗族自治州",
        code="433124",
        area="0743",
        post="416400",
        plate="湘U",
        abbr="花",
        style="miao",
        grp="组",
        towns={
            "花垣镇": ["紫霞村", "桥头社区", "大桥社区"],
            "双龙镇": ["十八洞村", "金龙村", "排碧村"],
            "边城镇": ["茶峒村", "隘门村", "磨老村"],
            "龙潭镇": ["龙潭村", "排吾村"],
            "民乐镇": ["民乐村", "火岩村"],
            "吉卫镇": ["吉卫村", "夯来村"],
            "麻栗场镇": ["麻栗场村", "沙科村"],
            "雅酉镇": ["雅酉村", "扪岱村"],
            "石栏镇": ["石栏村", "董马库村"],
            "长乐乡": ["长乐村", "芷耳村"],
        },
        roads=["建设路", "红卫路", "新城大道", "吉峒路", "花垣大道"],
    ),
    dict(
        key="yx",
        name="岳西县",
        short="岳西县",
        prov="安徽省",
        pref="安庆市",
        code="340828",
        area="0556",
        post="246600",
        plate="皖H",
        abbr="岳",
        style="yuexi",
        grp="组",
        towns={
            "天堂镇": ["城西村", "天峡社区", "石河社区"],
            "店前镇": ["店前村", "水畈村"],
            "来榜镇": ["来榜村", "团林村"],
            "菖蒲镇": ["菖蒲村", "水畈村"],
            "头陀镇": ["头陀村", "桥口村"],
            "温泉镇": ["汤池村", "龙井村"],
            "响肠镇": ["响肠村", "请水寨村"],
            "河图镇": ["河图村", "明堂村"],
            "包家乡": ["石佛村", "鹿角村"],
            "姚河乡": ["姚河村", "香炉村"],
            "主簿镇": ["主簿村", "南庄村"],
            "五河镇": ["五河村", "和平村"],
        },
        roads=["天堂路", "建设路", "城西大道", "人民路", "天峡路"],
    ),
]

# ----------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------
HAN_SUR = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于"
    "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
    "闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "司徒", "公孙", "夏侯", "端木"]
RARE = [
    "禤",
    "亓",
    "逄",
    "昝",
    "覃",
    "郦",
    "仉",
    "佘",
    "冼",
    "蹇",
    "隗",
    "鞠",
    "訾",
    "晁",
    "邝",
    "菅",
    "厍",
    "戢",
    "笪",
    "郗",
    "粟",
    "麴",
    "缑",
    "揭",
]
MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳胜国建文德志永海春成兵东亮新祥云峰江金荣福贵生发全昌元顺忠"
FEMALE = "芳娜敏静丽艳娟霞秀英兰玉珍梅红燕萍琴云莲凤花翠菊桂香琳婷雪慧芬蓉月巧银彩"
YOUNG2 = [
    "梓涵",
    "子轩",
    "欣怡",
    "浩然",
    "雨涵",
    "宇航",
    "佳怡",
    "思远",
    "俊杰",
    "诗琪",
    "嘉豪",
    "一鸣",
    "若曦",
    "明轩",
    "心怡",
    "博文",
    "雅琪",
    "子豪",
    "思涵",
    "天佑",
    "晨阳",
    "梦瑶",
    "家乐",
    "锦程",
]

DX_SUR = "马马马马马妥汪唐何张赵韩马马"
DX_M = [
    "尔沙",
    "哈比",
    "舍勒",
    "穆萨",
    "一不拉",
    "由布",
    "哈三",
    "尔里",
    "努哈",
    "阿力",
    "尤努斯",
    "伊斯哈",
    "沙木",
    "哈木则",
    "者麦",
    "麦志",
    "尔德",
    "海麦",
    "乙布拉",
]
DX_F = [
    "法土麦",
    "阿西也",
    "哈娃",
    "麦燕",
    "者乃拜",
    "赛力麦",
    "海力麦",
    "阿依舍",
    "尔里麦",
    "米乃",
    "乃麦",
    "索菲也",
    "秀兰",
    "玉梅",
]
YI_CLAN = [
    "吉克",
    "沙马",
    "阿苏",
    "海来",
    "吉伍",
    "阿约",
    "金古",
    "曲比",
    "俄木",
    "马海",
    "的日",
    "吉木",
    "阿尔",
    "瓦渣",
    "阿侯",
    "补约",
    "阿鲁",
]
YI_GIV = [
    "阿呷",
    "阿牛",
    "拉且",
    "木呷",
    "拉格",
    "么格",
    "阿鲁",
    "阿乌",
    "木基",
    "伍各",
    "尔布",
    "拉哈",
    "石者",
    "日火",
    "子哈",
    "阿支",
    "史者",
    "阿果",
    "尔古",
]
MOSUO = [
    "格则次尔",
    "达史拉措",
    "阿珠拉措",
    "独支玛",
    "次尔直玛",
    "格土独支",
    "拉木次尔",
    "宾玛拉措",
    "扎实次尔",
    "阿若直玛",
    "鲁汝次尔",
    "尔青拉措",
    "甲措",
    "拉珠",
]
TIBETAN = [
    "扎西顿珠",
    "格桑卓玛",
    "次仁拉姆",
    "央金卓玛",
    "扎西拉姆",
    "格茸次里",
    "尼玛次仁",
    "达瓦",
    "拉姆",
    "顿珠",
    "卓玛",
]
UY_M = [
    "买买提",
    "艾尔肯",
    "吐尔逊",
    "阿不都热合曼",
    "艾力",
    "麦合木提",
    "阿卜杜拉",
    "伊力哈木",
    "吾斯曼",
    "肉孜",
    "玉苏甫",
    "麦麦提敏",
    "亚森",
    "图尔荪",
    "阿布都克热木",
    "吐尔洪",
    "努尔麦麦提",
    "依明",
    "司马义",
    "阿里木",
    "买买提明",
    "热合曼",
]
UY_F = [
    "阿依古丽",
    "古丽娜尔",
    "热依拉",
    "帕提古丽",
    "如先古丽",
    "祖丽菲亚",
    "米日古丽",
    "阿依努尔",
    "吐尼沙汗",
    "布再乃普",
    "阿丽米热",
    "热孜万古丽",
    "努尔古丽",
    "再努尔",
    "海丽其汗",
    "排孜丽亚",
]
KG = ["托合托逊", "玛木特", "阿斯卡尔", "苏来曼", "卡德尔别克", "库尔曼别克", "吐尔地别克"]
ORO_SUR = "孟关莫吴葛魏何白"
MONGOL = [
    "巴特尔",
    "其其格",
    "乌云其木格",
    "苏日娜",
    "额尔敦",
    "宝音",
    "那仁",
    "朝鲁",
    "萨仁",
    "图雅",
    "斯琴高娃",
    "哈斯",
    "布和",
    "格日勒",
    "乌日娜",
    "阿拉坦仓",
]
DAUR_SUR = "敖郭沃何"
MIAO_SUR = "龙龙龙石石麻麻吴杨施田彭向隆滕梁"
YX_SUR = "储储储王王刘汪汪程胡徐吴余黄陈石方朱江查"
UY_SEP = ["·", "·", "·", "•", ".", "．", ""]


def given(rng, sex, n=None):
    pool = MALE if sex == "M" else FEMALE
    n = n or rng.choice([1, 2, 2, 2])
    return "".join(rng.choice(pool) for _ in range(n))


def han_name(rng, sex, surs=HAN_SUR, young=False):
    r = rng.random()
    if r < 0.05:
        sur = rng.choice(COMPOUND)
    elif r < 0.11:
        sur = rng.choice(RARE)
    else:
        sur = rng.choice(surs)
    if young and rng.random() < 0.6:
        return sur + rng.choice(YOUNG2)
    return sur + given(rng, sex)


def person_name(rng, ctx, sex, young=False):
    st = ctx.county["style"]
    r = rng.random()
    if st == "dongxiang":
        if r < 0.65:
            return rng.choice(DX_SUR) + rng.choice(DX_M if sex == "M" else DX_F)
        return han_name(rng, sex, DX_SUR + "王李张", young)
    if st == "ninglang":
        if r < 0.45:
            return rng.choice(YI_CLAN) + rng.choice(YI_GIV)
        if r < 0.6:
            return rng.choice(MOSUO)
        if r < 0.68:
            return rng.choice(TIBETAN)
        return han_name(rng, sex, "杨和李胡王张毛赵", young)
    if st == "uyghur":
        if r < 0.75:
            g = rng.choice(UY_M if sex == "M" else UY_F)
            return g + ctx.uysep + rng.choice(UY_M)
        if r < 0.83:
            return rng.choice(KG) + ctx.uysep + rng.choice(UY_M + KG)
        return han_name(rng, sex, young=young)
    if st == "oroqen":
        if r < 0.2:
            return rng.choice(ORO_SUR) + given(rng, sex)
        if r < 0.35:
            return rng.choice(MONGOL)
        if r < 0.42:
            return rng.choice(DAUR_SUR) + given(rng, sex)
        return han_name(rng, sex, young=young)
    if st == "miao":
        if r < 0.7:
            if young and rng.random() < 0.5:
                return rng.choice(MIAO_SUR) + rng.choice(YOUNG2)
            return rng.choice(MIAO_SUR) + given(rng, sex)
        return han_name(rng, sex, young=young)
    if r < 0.7:
        if young and rng.random() < 0.5:
            return rng.choice(YX_SUR) + rng.choice(YOUNG2)
        return rng.choice(YX_SUR) + given(rng, sex)
    return han_name(rng, sex, young=young)


def mask_name(rng, nm):
    if "·" in nm or "•" in nm:
        a = re.split("[·•]", nm)[0]
        return rng.choice([a + "·***", a[0] + "**·***"])
    sur = nm[:2] if nm[:2] in COMPOUND else nm[0]
    return rng.choice([sur + "*", sur + "**", sur + "某", sur + "某某", sur + "*" + nm[-1]])


# ----------------------------------------------------------------------------
# text builder with span pieces
# ----------------------------------------------------------------------------
_cell_ids = [0]


class Cell:
    """A table cell / value: text plus spans relative to it.  parts: str or (str, kind)."""

    def __init__(self, *parts):
        _cell_ids[0] += 1
        self.cid = _cell_ids[0]
        self.text = ""
        self.spans = []
        for p in parts:
            if isinstance(p, tuple):
                s, k = p
                if k and s:
                    self.spans.append((len(self.text), len(self.text) + len(s), k))
                self.text += s
            elif isinstance(p, Cell):
                for a, b, k in p.spans:
                    self.spans.append((a + len(self.text), b + len(self.text), k))
                self.text += p.text
            elif p:
                self.text += p


class B:
    def __init__(self):
        self.chunks = []
        self.n = 0
        self.pieces = []
        self.g = 0

    def w(self, s, kind=None):
        if kind and s:
            self.g += 1
            self.pieces.append((self.n, self.n + len(s), kind, ("w", self.g)))
        self.chunks.append(s)
        self.n += len(s)

    def wc(self, cell, a=0, b=None):
        b = len(cell.text) if b is None else b
        for i, (s, e, k) in enumerate(cell.spans):
            lo, hi = max(s, a), min(e, b)
            if lo < hi:
                self.pieces.append((self.n + lo - a, self.n + hi - a, k, (cell.cid, i)))
        self.chunks.append(cell.text[a:b])
        self.n += b - a

    def P(self, *parts):
        self.wc(Cell(*parts))

    def finish(self):
        text = "".join(self.chunks)
        groups = defaultdict(list)
        for s, e, k, g in self.pieces:
            groups[g].append([s, e, k])
        spans = []
        for ps in groups.values():
            ps.sort()
            cur = ps[0]
            for p in ps[1:]:
                if text[cur[1] : p[0]].strip() == "":
                    cur[1] = p[1]
                else:
                    spans.append(cur)
                    cur = p
            spans.append(cur)
        out = []
        for s, e, k in spans:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append({"kind": k, "start": s, "end": e})
        out.sort(key=lambda d: (d["start"], d["end"]))
        return text, out


def hardwrap(cell, width, rng):
    """Insert hard line breaks into a prose cell every ~width display columns
    (never inside an ASCII alnum run).  Returns a new Cell."""
    t = cell.text
    ends = {a: e for a, e, k in cell.spans if k in ATOMIC}
    ins = []
    w = 0
    i = 0
    while i < len(t):
        if t[i] == "\n":
            w = 0
            i += 1
            continue
        k = i
        if i in ends:
            k = ends[i]
        elif t[i].isascii() and t[i].isalnum():
            while k < len(t) and t[k].isascii() and t[k].isalnum():
                k += 1
        else:
            k = i + 1
        tw = dw(t[i:k])
        if w + tw > width and w > 0:
            ins.append(i)
            w = 0
        w += tw
        i = k
    if not ins:
        return cell
    new = Cell()
    pos = 0
    out = []
    for p in ins:
        out.append(t[pos:p])
        out.append("\n")
        pos = p
    out.append(t[pos:])
    new.text = "".join(out)

    def shift(x, is_end):
        c = 0
        for p in ins:
            if p < x or (p == x and not is_end):
                c += 1
        return x + c

    new.spans = [(shift(s, False), shift(e, True), k) for s, e, k in cell.spans]
    return new


# ----------------------------------------------------------------------------
# table renderers
# ----------------------------------------------------------------------------

ATOMIC = {
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


def wrap_ranges(text, width, atomic=()):
    """split a cell into display lines no wider than width; never inside an ASCII
    alnum run or inside an atomic span (numbers, plates, e-mails)."""
    ends = {}
    for s, e in atomic:
        ends[s] = e
    res = []
    start = 0
    for line in text.split("\n"):
        a, end = start, start + len(line)
        start = end + 1
        if a == end:
            continue
        cur, w, j = a, 0, a
        while j < end:
            k = j
            if j in ends:
                k = min(ends[j], end)
            elif text[j].isascii() and text[j].isalnum():
                while k < end and text[k].isascii() and text[k].isalnum():
                    k += 1
            else:
                k = j + 1
            tw = dw(text[j:k])
            if w + tw > width and j > cur:
                res.append((cur, j))
                cur, w = j, 0
            w += tw
            j = k
        res.append((cur, end))
    return res


def render_layout(b, rng, headers, rows, wrap):
    hcells = [Cell(h) for h in headers]
    allrows = [hcells] + rows
    nc = len(headers)
    widths = []
    for c in range(nc):
        if c in wrap:
            widths.append(wrap[c])
        else:
            widths.append(max(max((dw(x) for x in r[c].text.split("\n")), default=0) for r in allrows))
    gap = rng.choice([2, 3, 4])
    indent = rng.choice(["", " ", "   "])
    vcenter = rng.random() < 0.4
    starts = []
    acc = 0
    for c in range(nc):
        starts.append(acc)
        acc += widths[c] + gap
    for r in allrows:
        frags = [
            wrap_ranges(r[c].text, widths[c], [(a, e) for a, e, k in r[c].spans if k in ATOMIC])
            for c in range(nc)
        ]
        n = max(1, max(len(f) for f in frags))
        offs = [((n - len(f) + 1) // 2 if vcenter else 0) for f in frags]
        for L in range(n):
            b.w(indent)
            cur = 0
            for c in range(nc):
                k = L - offs[c]
                if 0 <= k < len(frags[c]):
                    a, e = frags[c][k]
                    b.w(" " * max(1 if c else 0, starts[c] - cur))
                    cur = max(starts[c], cur + (1 if c else 0))
                    b.wc(r[c], a, e)
                    cur += dw(r[c].text[a:e])
            b.w("\n")


def render_tsv(b, rng, headers, rows):
    b.w("\t".join(headers) + "\n")
    trail = rng.random() < 0.3
    for r in rows:
        for i, c in enumerate(r):
            if i:
                b.w("\t")
            b.wc(c)
        b.w("\t\n" if trail else "\n")


def render_cellline(b, rng, headers, rows):
    for h in headers:
        b.w(h + "\n")
    blank = rng.random() < 0.4
    for r in rows:
        for c in r:
            if c.text == "" and rng.random() < 0.5:
                continue
            b.wc(c)
            b.w("\n")
        if blank:
            b.w("\n")


def render_csv(b, rng, headers, rows):
    qall = rng.random() < 0.35
    nl = "\r\n" if rng.random() < 0.2 else "\n"
    b.w(",".join(('"%s"' % h) if qall else h for h in headers) + nl)
    for r in rows:
        for i, c in enumerate(r):
            if i:
                b.w(",")
            need = qall or any(ch in c.text for ch in ',\n"')
            if need:
                b.w('"')
            b.wc(c)
            if need:
                b.w('"')
        b.w(nl)


def render_html(b, rng, headers, rows):
    sep = rng.choice(["&nbsp;&nbsp;", "&nbsp;", " &nbsp; ", "&nbsp;&nbsp;&nbsp;&nbsp;"])
    end = rng.choice(["", "<br>", "<br/>", "</p>"])
    b.w(sep.join(headers) + end + "\n")
    for r in rows:
        for i, c in enumerate(r):
            if i:
                b.w(sep)
            b.wc(c)
        b.w(end + "\n")


def render_records(b, rng, headers, rows):
    fsep = rng.choice(["，", "；", "  ", " "])
    colon = rng.choice(["：", ":", "："])
    for n, r in enumerate(rows, 1):
        lab = rng.choice(["%d. ", "%d、", "（%d）", ""])
        b.w(lab % n if lab else "")
        first = True
        for h, c in zip(headers, r):
            if h in ("序号",) or c.text == "":
                continue
            if not first:
                b.w(fsep)
            first = False
            b.w(h + colon)
            b.wc(c)
        b.w("。\n" if fsep in "，；" else "\n")


FMTS = ["layout", "tsv", "cellline", "csv", "html", "records"]


def render_table(ctx, headers, rows, wrap=None):
    b, rng = ctx.b, ctx.rng
    f = ctx.fmt
    if f == "layout":
        render_layout(b, rng, headers, rows, wrap or {})
    elif f == "tsv":
        render_tsv(b, rng, headers, rows)
    elif f == "cellline":
        render_cellline(b, rng, headers, rows)
    elif f == "csv":
        render_csv(b, rng, headers, rows)
    elif f == "html":
        render_html(b, rng, headers, rows)
    else:
        render_records(b, rng, headers, rows)


# ----------------------------------------------------------------------------
# document context and value factories
# ----------------------------------------------------------------------------
class Ctx:
    pass


def rdate(rng, y1, y2):
    a = datetime.date(y1, 1, 1).toordinal()
    b = datetime.date(y2, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


class Person:
    pass


def make_person(ctx, sex=None, age=(25, 80), young=False, town=None, village=None):
    rng = ctx.rng
    p = Person()
    p.sex = sex or rng.choice("MF")
    p.name = person_name(rng, ctx, p.sex, young)
    y = ctx.year - rng.randint(*age)
    p.birth = rdate(rng, y, y)
    code = ctx.county["code"] if rng.random() < 0.85 else rng.choice(OTHER_CODES)
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if p.sex == "M" else [0, 2, 4, 6, 8])
    s17 = code + p.birth.strftime("%Y%m%d") + "%03d" % seq
    p.id = s17 + id_check(s17)
    p.id15 = code + p.birth.strftime("%y%m%d") + "%03d" % seq
    p.mobile = rng.choice(MOBILE_PREFIX) + "%08d" % rng.randint(0, 99999999)
    pre, ln = rng.choice(BINS)
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    p.bank = body + luhn_digit(body)
    p.town = town or ctx.town
    p.village = village or rng.choice(ctx.county["towns"][p.town])
    p.grp = rng.randint(1, 12)
    p.house = rng.randint(1, 188)
    return p


def fmt_id(ctx, s, allow_space=True):
    rng = ctx.rng
    if ctx.fw:
        s = fwd(s)
    if allow_space and ctx.id_spaced:
        s = s[:6] + " " + s[6:14] + " " + s[14:]
    if rng.random() < 0.15 and s[-1] in "X":
        s = s[:-1] + "x"
    return s


def id_cell(ctx, p, mode=None):
    rng = ctx.rng
    mode = mode or ctx.idmode
    if mode == "mask":
        v = rng.choice(
            [
                p.id[:6] + "********" + p.id[-4:],
                p.id[:10] + "****" + p.id[-4:],
                p.id[:3] + "*" * 11 + p.id[-4:],
                p.id[:14] + "****",
            ]
        )
        return Cell(v)
    if mode == "sci" and rng.random() < 0.6:
        return Cell("%.5E" % int(p.id[:17]) if False else "%sE+17" % (p.id[0] + "." + p.id[1:6].rstrip("0")))
    if mode == "id15" and p.birth.year < 1980 and rng.random() < 0.55:
        return Cell((fwd(p.id15) if ctx.fw else p.id15, "id_card_15"))
    pre = ""
    if ctx.fmt == "csv" and rng.random() < 0.3:
        pre = rng.choice(["'", "\t"])
    return Cell(pre, (fmt_id(ctx, p.id), "id_card"))


def bank_cell(ctx, p, mode=None):
    rng = ctx.rng
    mode = mode or ctx.bankmode
    if mode == "mask":
        v = rng.choice(
            [
                p.bank[:4] + "*" * (len(p.bank) - 8) + p.bank[-4:],
                p.bank[:6] + "*" * (len(p.bank) - 10) + p.bank[-4:],
                "**** **** **** " + p.bank[-4:],
            ]
        )
        return Cell(v)
    v = p.bank
    if ctx.bank_spaced:
        v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    if ctx.fw:
        v = fwd(v)
    pre = ""
    if ctx.fmt == "csv" and rng.random() < 0.3:
        pre = "'"
    return Cell(pre, (v, "bank_card"))


def phone_cell(ctx, p, mode=None):
    rng = ctx.rng
    mode = mode or ctx.phonemode
    if mode == "mask":
        return Cell(p.mobile[:3] + "****" + p.mobile[-4:])
    r = rng.random()
    if r < 0.1:
        return Cell(
            (
                ctx.county["area"]
                + rng.choice(["-", "-", ""])
                + str(rng.randint(2, 8))
                + "%06d" % rng.randint(0, 999999),
                "landline",
            )
        )
    v = p.mobile
    r = rng.random()
    if r < 0.1:
        v = v[:3] + " " + v[3:7] + " " + v[7:]
    elif r < 0.15:
        v = v[:3] + "-" + v[3:7] + "-" + v[7:]
    elif r < 0.19:
        v = "+86 " + v
    if ctx.fw:
        v = fwd(v)
    return Cell((v, "mobile"))


def name_cell(ctx, nm, mode=None):
    mode = mode or ctx.namemode
    if mode == "mask":
        return Cell(mask_name(ctx.rng, nm))
    if ctx.pad and len(nm) == 2:
        nm = nm[0] + ctx.pad + nm[1]
    return Cell((nm, "name"))


def brk(ctx):
    """a hard line break inside a value, only where the format can carry one"""
    if ctx.fmt in ("cellline", "csv", "layout", "records") and ctx.rng.random() < ctx.brk_rate:
        return "\n"
    return ""


def addr_text(ctx, p, full=None, urban=None):
    """returns list of string pieces of a home address (reaching 组/号/室)."""
    rng, c = ctx.rng, ctx.county
    full = rng.random() < 0.45 if full is None else full
    urban = (rng.random() < 0.2) if urban is None else urban
    head = ""
    if full:
        head = rng.choice([c["short"], c["name"], c["prov"] + c["pref"] + c["name"], c["pref"] + c["name"]])
    grp = c["grp"]
    if urban:
        road = rng.choice(c["roads"])
        tail = rng.choice(
            [
                "%s%d号" % (road, p.house),
                "%s%d号%d栋%d单元%d室"
                % (
                    road,
                    p.house,
                    rng.randint(1, 12),
                    rng.randint(1, 4),
                    rng.randint(1, 6) * 100 + rng.randint(1, 4),
                ),
                "%s小区%d幢%d室"
                % (
                    rng.choice(["幸福", "阳光", "锦绣", "团结", "民族", "金色"]),
                    rng.randint(1, 20),
                    rng.randint(1, 6) * 100 + rng.randint(1, 4),
                ),
            ]
        )
        return [head + p.town, tail]
    if grp == "社":
        g = rng.choice(["%d社%d号" % (p.grp, p.house), "%d社" % p.grp, "%d社%d号" % (p.grp, p.house)])
    else:
        g = rng.choice(
            ["%d组" % p.grp, "%d组%d号" % (p.grp, p.house), "%s组" % cn_num(p.grp), "%d组" % p.grp]
        )
    return [head + p.town + p.village, g]


def cn_num(n):
    d = "零一二三四五六七八九十"
    if n <= 10:
        return d[n]
    if n < 20:
        return "十" + d[n - 10]
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def addr_cell(ctx, p, full=None, urban=None, mask=None):
    parts = addr_text(ctx, p, full, urban)
    mask = ctx.addrmask if mask is None else mask
    if mask:
        return Cell(parts[0] + "***")
    s = parts[0] + brk(ctx) + parts[1]
    if ctx.fw and ctx.rng.random() < 0.5:
        s = fwd(s)
    return Cell((s, "address"))


def vg_cell(ctx, p):
    """village+group cell (labelled address per decision 9)."""
    g = ctx.county["grp"]
    s = "%s%d%s" % (p.village, p.grp, g)
    if ctx.addrmask:
        return Cell(p.village)
    return Cell((s, "address"))


def official(ctx):
    return person_name(ctx.rng, ctx, ctx.rng.choice("MF"))


def office_phone(ctx):
    return "%s-%d%06d" % (ctx.county["area"], ctx.rng.choice([2, 3, 6, 8]), ctx.rng.randint(0, 999999))


def dstr(ctx, d, style=None):
    style = style if style is not None else ctx.dstyle
    if style == 0:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    return d.strftime("%Y年%m月%d日")


def para(ctx, *parts, wrap=True):
    """a prose paragraph; may be hard-wrapped like PDF-extracted text."""
    b, rng = ctx.b, ctx.rng
    cell = Cell(*parts)
    if ctx.fmt == "html":
        b.w(rng.choice(["&emsp;&emsp;", "&nbsp;&nbsp;&nbsp;&nbsp;", ""]))
    elif ctx.indent:
        b.w(ctx.indent)
    if wrap and ctx.hardwrap:
        cell = hardwrap(cell, ctx.hardwrap, rng)
    b.wc(cell)
    b.w(("<br>" if ctx.fmt == "html" and rng.random() < 0.4 else "") + "\n")


def idx_no(ctx, unit_code=None):
    rng = ctx.rng
    return "%s/%d-%05d" % (
        uscc(rng, ctx.county["code"], "11", digits_only=True),
        ctx.year,
        rng.randint(1, 3000),
    )


def doc_header(ctx, title, unit):
    rng, b = ctx.rng, ctx.b
    if rng.random() < 0.45:
        b.w("索引号：%s%s" % (idx_no(ctx), rng.choice(["\n", "    ", "\t"])))
        b.w("发布机构：%s%s" % (unit, rng.choice(["\n", "    ", "\t"])))
        b.w("发布日期：%s\n" % dstr(ctx, ctx.pubdate, 1))
    b.w(title + "\n")
    if ctx.fmt == "html" and rng.random() < 0.5:
        b.w("&nbsp;\n")


def footer(ctx, unit, supervise=True):
    rng, b = ctx.rng, ctx.b
    if supervise:
        r = rng.random()
        if r < 0.4:
            para(
                ctx,
                "监督电话：%s（%s）；%s"
                % (
                    office_phone(ctx),
                    unit,
                    rng.choice(["12317", "12345", "12388", "全国防返贫监测和乡村振兴咨询服务平台12317"]),
                ),
            )
        elif r < 0.7:
            para(
                ctx,
                "如有异议，请于公示期内向%s反映，联系人：%s，联系电话：%s。"
                % (unit, official(ctx), office_phone(ctx)),
            )
        else:
            para(
                ctx,
                "举报电话：%s  政务服务便民热线：12345  邮政编码：%s"
                % (office_phone(ctx), ctx.county["post"]),
            )
    if rng.random() < 0.5:
        b.w(
            "制表人：%s%s审核人：%s\n"
            % (official(ctx), rng.choice(["    ", "\u3000\u3000", "  "]), official(ctx))
        )
    b.w(rng.choice(["", "\n"]) + unit + "\n" + dstr(ctx, ctx.pubdate) + "\n")
    if ctx.fmt == "layout" and rng.random() < 0.4:
        b.w("\n第 %d 页 共 %d 页\n\f" % (1, rng.randint(1, 3)))


def new_ctx(rng, family_index):
    ctx = Ctx()
    ctx.rng = rng
    ctx.county = rng.choice(COUNTIES)
    ctx.year = rng.randint(2019, 2024)
    ctx.town = rng.choice(list(ctx.county["towns"]))
    ctx.village = rng.choice(ctx.county["towns"][ctx.town])
    ctx.fmt = rng.choice(FMTS)
    ctx.pubdate = rdate(rng, ctx.year, ctx.year)
    ctx.dstyle = rng.randint(0, 3)
    ctx.fw = rng.random() < 0.08
    ctx.id_spaced = rng.random() < 0.06
    ctx.bank_spaced = rng.random() < 0.2
    ctx.pad = (
        rng.choice(["", "", "", "  ", "\u3000", " "])
        if ctx.fmt in ("layout", "tsv", "cellline", "records")
        else ""
    )
    ctx.uysep = rng.choice(UY_SEP)
    r = rng.random()
    ctx.namemode = "mask" if r < 0.07 else "full"
    ctx.idmode = rng.choices(["full", "mask", "sci", "id15"], [0.55, 0.35, 0.04, 0.06])[0]
    if ctx.idmode == "sci" and ctx.fmt != "csv":
        ctx.idmode = "full"
    ctx.bankmode = "mask" if rng.random() < 0.4 else "full"
    ctx.phonemode = "mask" if rng.random() < 0.35 else "full"
    ctx.addrmask = rng.random() < 0.1
    if ctx.namemode == "mask":
        # documents that mask names usually mask the other identifiers as well
        if rng.random() < 0.85:
            ctx.idmode = "mask"
        ctx.phonemode = "mask"
        ctx.bankmode = "mask" if rng.random() < 0.85 else ctx.bankmode
        ctx.addrmask = rng.random() < 0.7
    ctx.brk_rate = rng.choice([0.0, 0.1, 0.3])
    ctx.hardwrap = rng.choice([0, 0, 0, 30, 36, 40]) if ctx.fmt in ("layout", "records", "cellline") else 0
    ctx.indent = rng.choice(["", "  ", "\u3000\u3000"])
    ctx.b = B()
    return ctx


def before(ctx):
    a = datetime.date(ctx.year, 1, 1).toordinal()
    return datetime.date.fromordinal(ctx.rng.randint(a, max(a, ctx.pubdate.toordinal() - 3)))


def money(rng, lo, hi, step=1):
    return rng.randrange(lo, hi, step)


def famt(v, rng=None, comma=None):
    s = "%.2f" % v
    if v >= 1000 and (comma if comma is not None else (rng and rng.random() < 0.4)):
        s = "{:,.2f}".format(v)
    return s


def docno(ctx, mid):
    return "%s%s〔%d〕%d号" % (ctx.county["abbr"], mid, ctx.year, ctx.rng.randint(1, 180))


def C(*parts):
    return Cell(*parts)


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------


def fam_tuigeng(ctx):
    rng, c = ctx.rng, ctx.county
    unit = rng.choice(["%s林业和草原局" % c["short"], "%s人民政府" % ctx.town, "%s村民委员会" % ctx.village])
    title = rng.choice(
        [
            "%s%s%d年度新一轮退耕还林补助资金兑现公示" % (ctx.town, ctx.village, ctx.year),
            "%s%d年退耕还林政策补助兑现花名册" % (ctx.town, ctx.year),
            "关于%s%d年巩固退耕还林成果补助资金兑现情况的公示" % (c["short"], ctx.year),
        ]
    )
    doc_header(ctx, title, unit)
    para(
        ctx,
        "根据《%s关于下达%d年退耕还林补助资金的通知》（%s）精神，现将%s%d年退耕还林补助资金兑现情况予以公示，"
        "公示期为7天（%s至%s）。"
        % (
            c["short"] + "林业和草原局",
            ctx.year,
            docno(ctx, "林草发"),
            ctx.town,
            ctx.year,
            dstr(ctx, ctx.pubdate),
            dstr(ctx, ctx.pubdate + datetime.timedelta(days=7)),
        ),
    )
    std = rng.choice([300, 400, 800, 1200, 1500])
    sepcols = rng.random() < 0.3
    headers = (
        ["序号", "户主姓名", "身份证号码"]
        + (["村", "组"] if sepcols else ["村组"])
        + ["面积（亩）", "补助标准（元/亩）", "补助金额（元）", "一卡通账号", "备注"]
    )
    rows = []
    if ctx.idmode == "full" and rng.random() < 0.3:
        ctx.idmode = "id15"
    for i in range(rng.randint(5, 14)):
        p = make_person(ctx, age=(35, 85))
        area = round(rng.uniform(0.3, 12), 1)
        note = C("")
        r = rng.random()
        if r < 0.12:
            q = make_person(ctx, sex="M", age=(25, 50))
            note = C("户主已故，由其子", name_cell(ctx, q.name), "代领")
        elif r < 0.2:
            q = make_person(ctx, age=(25, 60))
            note = C("代领人：", name_cell(ctx, q.name))
        elif r < 0.26:
            note = C("补植补造后兑现")
        loc = [C(p.village), C("%d%s" % (p.grp, c["grp"]))] if sepcols else [vg_cell(ctx, p)]
        rows.append(
            [C(str(i + 1)), name_cell(ctx, p.name), id_cell(ctx, p)]
            + loc
            + [C("%.1f" % area), C(str(std)), C(famt(area * std, rng)), bank_cell(ctx, p), note]
        )
    render_table(ctx, headers, rows, {1: rng.choice([6, 8, 10]), len(headers) - 1: rng.choice([10, 14, 18])})
    footer(ctx, unit)


def fam_huliyuan(ctx):
    rng, c = ctx.rng, ctx.county
    unit = rng.choice(["%s林业和草原局" % c["short"], "%s人民政府" % ctx.town])
    kind = rng.choice(["续聘", "考核结果", "续聘及解聘"])
    title = "%s%d年度建档立卡生态护林员%s名单公示" % (
        ctx.town if rng.random() < 0.5 else c["short"],
        ctx.year,
        kind,
    )
    doc_header(ctx, title, unit)
    people = [make_person(ctx, age=(28, 60)) for _ in range(rng.randint(5, 13))]
    lead = people[0]
    para(
        ctx,
        "根据《建档立卡贫困人口生态护林员选聘管理办法》，经村级推荐、乡镇审核、县级审定，拟续聘",
        name_cell(ctx, lead.name, "full" if ctx.namemode == "full" else "mask"),
        "等%d名同志为%d年度生态护林员，现将名单公示如下。公示期间如有异议，请向%s反映。"
        % (len(people), ctx.year + 1, unit),
    )
    headers = [
        "序号",
        "姓名",
        "性别",
        "民族",
        "身份证号",
        "家庭住址",
        "管护面积（亩）",
        "管护区域",
        "考核等次",
        "是否续聘",
        "联系电话",
    ]
    eth = {
        "dongxiang": "东乡族",
        "ninglang": "彝族",
        "uyghur": "维吾尔族",
        "oroqen": "鄂伦春族",
        "miao": "苗族",
        "yuexi": "汉族",
    }[c["style"]]
    rows = []
    for i, p in enumerate(people):
        grade = rng.choice(["优秀", "合格", "合格", "合格", "基本合格", "不合格"])
        cont = C("是")
        if grade == "不合格":
            cont = C("否（考核不合格）")
        elif rng.random() < 0.1:
            cont = C(
                "否（",
                (rng.choice(["腰椎间盘突出症", "患高血压三级", "右腿骨折", "慢性阻塞性肺疾病"]), "health"),
                "，无法胜任巡护）",
            )
        region = "%s%s林班%d小班" % (
            p.village,
            rng.choice(["后山", "阴坡", "东沟", "老林"]),
            rng.randint(1, 30),
        )
        rows.append(
            [
                C(str(i + 1)),
                name_cell(ctx, p.name),
                C("男" if p.sex == "M" else "女"),
                C(eth if rng.random() < 0.8 else "汉族"),
                id_cell(ctx, p),
                addr_cell(ctx, p),
                C(str(rng.randint(800, 6000))),
                C(region),
                C(grade),
                cont,
                phone_cell(ctx, p),
            ]
        )
    render_table(ctx, headers, rows, {5: rng.choice([14, 18, 22]), 7: rng.choice([12, 16]), 9: 10})
    if rng.random() < 0.25:
        p = people[-1]
        para(
            ctx,
            "备注：",
            name_cell(ctx, p.name),
            "巡护使用的摩托车（",
            (
                "%s%s%05d" % (c["plate"], rng.choice(["·", "", " "]), rng.randint(10000, 99999))
                if rng.random() < 0.6
                else "%s·%s%d%s"
                % (c["plate"], rng.choice("ABCDEFGHJK"), rng.randint(100, 999), rng.choice("ABCDEF")),
                "license_plate",
            ),
            "）已登记备案。",
        )
    footer(ctx, unit)


DIS_TYPES = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"]
GRADES = ["一级", "二级", "三级", "四级"]


def fam_canbu(ctx):
    rng, c = ctx.rng, ctx.county
    unit = rng.choice(["%s残疾人联合会" % c["short"], "%s民政局" % c["short"], "%s人民政府" % ctx.town])
    m = rng.randint(1, 12)
    title = rng.choice(
        [
            "%s%d年%d月困难残疾人生活补贴和重度残疾人护理补贴发放表" % (ctx.town, ctx.year, m),
            "%s残疾人两项补贴%d年第%s季度发放名册" % (c["short"], ctx.year, rng.choice("一二三四")),
            "关于%d年%d月残疾人两项补贴资金发放情况的公示" % (ctx.year, m),
        ]
    )
    doc_header(ctx, title, unit)
    para(
        ctx,
        "根据《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号），"
        "现将%s%d年%d月残疾人两项补贴发放情况公示如下。" % (ctx.town, ctx.year, m),
    )
    combined = rng.random() < 0.35
    certcol = rng.random() < 0.3
    headers = (
        ["序号", "姓名", "性别", "残疾人证号" if certcol else "身份证号"]
        + (["残疾类别及等级"] if combined else ["残疾类别", "残疾等级"])
        + ["补贴类型", "月标准（元）", "发放月数", "发放金额（元）", "代领人", "所在村组", "银行账号"]
    )
    rows = []
    for i in range(rng.randint(5, 14)):
        p = make_person(ctx, age=(8, 88))
        t, g = rng.choice(DIS_TYPES), rng.choice(GRADES)
        if certcol:
            suf = "%d%d" % (DIS_TYPES.index(t) + 1, GRADES.index(g) + 1)
            if ctx.idmode == "full":
                idc = C((fmt_id(ctx, p.id, False), "id_card"), fwd(suf) if ctx.fw else suf)
            else:
                idc = C(p.id[:6] + "********" + p.id[-4:] + suf)
        else:
            idc = id_cell(ctx, p)
        dis = (
            [C((t + rng.choice(["", "残疾"]) + g, "health"))]
            if combined
            else [C((t, "health")), C((g, "health"))]
        )
        sub = (
            rng.choice(["生活补贴", "护理补贴", "生活补贴、护理补贴"])
            if g in ("一级", "二级")
            else "生活补贴"
        )
        std = {"生活补贴": 80, "护理补贴": 90, "生活补贴、护理补贴": 170}[sub] + rng.choice([0, 10, 20])
        months = rng.choice([1, 1, 1, 3])
        agent = C("")
        if rng.random() < 0.3:
            q = make_person(ctx, age=(30, 60))
            agent = C(name_cell(ctx, q.name), rng.choice(["", "（监护人）", "（子）", "（妻）"]))
        rows.append(
            [C(str(i + 1)), name_cell(ctx, p.name), C("男" if p.sex == "M" else "女"), idc]
            + dis
            + [
                C(sub),
                C(str(std)),
                C(str(months)),
                C(famt(std * months)),
                agent,
                vg_cell(ctx, p),
                bank_cell(ctx, p),
            ]
        )
    render_table(ctx, headers, rows, {1: rng.choice([8, 10, 12])})
    footer(ctx, unit)


def fam_fangfanpin(ctx):
    rng, c = ctx.rng, ctx.county
    unit = rng.choice(["%s乡村振兴局" % c["short"], "%s农业农村局" % c["short"], "%s人民政府" % ctx.town])
    title = rng.choice(
        [
            "%s%d年第%s批防止返贫监测对象认定公示" % (ctx.town, ctx.year, rng.choice("一二三四")),
            "关于%s新识别纳入防返贫监测对象的公示" % ctx.village,
            "%s%d年防返贫动态监测帮扶对象名单" % (c["short"], ctx.year),
        ]
    )
    doc_header(ctx, title, unit)
    para(
        ctx,
        "按照防止返贫动态监测和帮扶工作要求，经农户申请（或干部排查发现）、村级评议、乡镇审核，"
        "拟将以下农户认定为防止返贫监测对象，现予以公示。公示期间，如有异议，请向%s或%s反映。"
        % (unit, "%s村民委员会" % ctx.village),
    )
    narrative = rng.random() < 0.4
    risks = [
        ("因病", True),
        ("因残", True),
        ("因学", False),
        ("因灾", False),
        ("务工就业不稳", False),
        ("产业项目失败", False),
        ("因意外事故", False),
        ("住房安全", False),
    ]
    if narrative:
        for i in range(rng.randint(2, 5)):
            p = make_person(ctx, age=(30, 75))
            q = make_person(ctx, age=(5, 80))
            disease = rng.choice(
                [
                    "尿毒症",
                    "脑梗死后遗症",
                    "恶性肿瘤",
                    "精神分裂症",
                    "白血病",
                    "慢性肾衰竭",
                    "重度烧伤",
                    "股骨头坏死",
                    "肝硬化",
                    "先天性心脏病",
                ]
            )
            rel = rng.choice(["妻子", "儿子", "女儿", "母亲", "父亲", "孙子"])
            typ = rng.choice(["突发严重困难户", "边缘易致贫户", "脱贫不稳定户"])
            para(
                ctx,
                "%d. 户主" % (i + 1),
                name_cell(ctx, p.name),
                "，家住",
                addr_cell(ctx, p, mask=False if ctx.namemode == "full" else True),
                "，家庭人口%d人。其%s" % (rng.randint(2, 7), rel),
                name_cell(ctx, q.name),
                "于%d年%d月确诊" % (ctx.year, rng.randint(1, 12)),
                (disease, "health"),
                "，自付医疗费用%s元，家庭人均纯收入降至%s元，存在返贫致贫风险，拟认定为%s，风险类型："
                % (famt(rng.randint(20000, 150000)), famt(rng.randint(4000, 8000)), typ),
                ("因病", "health"),
                "。联系电话：",
                phone_cell(ctx, p, "full" if ctx.namemode == "full" else "mask"),
                "。",
            )
    else:
        headers = [
            "序号",
            "乡镇",
            "村",
            "户主姓名",
            "身份证号",
            "家庭人口",
            "监测对象类型",
            "主要风险类型",
            "识别时间",
            "联系电话",
        ]
        rows = []
        for i in range(rng.randint(5, 14)):
            p = make_person(ctx, age=(30, 80))
            rk, h = rng.choice(risks)
            rows.append(
                [
                    C(str(i + 1)),
                    C(p.town),
                    C(p.village),
                    name_cell(ctx, p.name),
                    id_cell(ctx, p),
                    C(str(rng.randint(1, 7))),
                    C(rng.choice(["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"])),
                    C((rk, "health") if h else rk),
                    C(dstr(ctx, before(ctx), 1)),
                    phone_cell(ctx, p),
                ]
            )
        render_table(ctx, headers, rows, {3: rng.choice([8, 10, 12])})
    footer(ctx, unit)


def fam_dishouru(ctx):
    rng, c = ctx.rng, ctx.county
    unit = rng.choice(["%s民政局" % c["short"], "%s人民政府" % ctx.town])
    m = rng.randint(1, 12)
    title = rng.choice(
        [
            "%s%d年%d月农村低收入人口动态调整（新增、退出）名单公示" % (ctx.town, ctx.year, m),
            "%s%d年第%s季度农村最低生活保障对象动态管理情况公示"
            % (c["short"], ctx.year, rng.choice("一二三四")),
            "%s低保、特困供养对象调整公示" % ctx.village,
        ]
    )
    doc_header(ctx, title, unit)
    para(
        ctx,
        "根据《社会救助暂行办法》和《%s最低生活保障实施细则》，经入户调查、家庭经济状况核对、民主评议，"
        "现将%d年%d月动态调整情况公示如下：" % (c["prov"], ctx.year, m),
    )
    headers = ["序号", "姓名", "身份证号", "保障类别", "保障人数", "调整类型", "调整原因", "家庭住址"]
    rows = []
    for i in range(rng.randint(5, 14)):
        p = make_person(ctx, age=(20, 90))
        adj = rng.choice(["新增", "新增", "退出", "增发", "减发"])
        if adj in ("新增", "增发"):
            q = make_person(ctx, age=(5, 80))
            reason = rng.choice(
                [
                    C(
                        "本人患",
                        (rng.choice(["尿毒症", "乳腺癌", "类风湿关节炎", "癫痫", "帕金森病"]), "health"),
                        "，长期治疗",
                    ),
                    C(
                        "家庭成员",
                        name_cell(ctx, q.name),
                        "（",
                        (rng.choice(["肢体残疾一级", "智力残疾二级", "重度残疾", "精神残疾二级"]), "health"),
                        "）",
                    ),
                    C(
                        "本人",
                        (rng.choice(["长期卧床", "脑出血后遗症", "重度残疾"]), "health"),
                        "，无劳动能力",
                    ),
                    C("因病支出型困难，", (rng.choice(["肺癌", "肝癌", "脑瘫"]), "health"), "治疗"),
                    C("家庭收入低于当地低保标准"),
                    C("子女在校就读，家庭负担重"),
                    C("遭受自然灾害，房屋受损"),
                ]
            )
        else:
            reason = rng.choice(
                [
                    C("家庭收入超过当地低保标准"),
                    C("死亡"),
                    C("户籍迁出"),
                    C("子女务工收入增加"),
                    C("购置小轿车，不符合条件"),
                    C("本人已故，家庭成员", name_cell(ctx, make_person(ctx).name), "收入超标"),
                ]
            )
        rows.append(
            [
                C(str(i + 1)),
                name_cell(ctx, p.name),
                id_cell(ctx, p),
                C(rng.choice(["农村低保", "农村低保", "特困供养", "低保边缘"])),
                C(str(rng.randint(1, 6))),
                C(adj),
                reason,
                addr_cell(ctx, p),
            ]
        )
    render_table(ctx, headers, rows, {6: rng.choice([14, 18, 24]), 7: rng.choice([16, 20, 26])})
    footer(ctx, unit)


def fam_cunwu(ctx):
    rng, c = ctx.rng, ctx.county
    unit = "%s%s村民委员会" % (ctx.town, ctx.village)
    q = rng.choice("一二三四")
    title = rng.choice(
        [
            "%s%d年第%s季度村级财务收支明细公开" % (ctx.village, ctx.year, q),
            "%s村务公开栏——%d年%d月财务支出明细" % (ctx.village, ctx.year, rng.randint(1, 12)),
        ]
    )
    doc_header(ctx, title, unit)
    acct = "%s农村商业银行账号：%s" % (c["short"], "".join(rng.choice("0123456789") for _ in range(20)))
    para(
        ctx,
        "根据村务公开和民主管理有关规定，现将本村%d年第%s季度财务收支情况公开如下，接受村民监督。"
        "村集体基本账户：%s。" % (ctx.year, q, acct),
    )
    headers = ["日期", "凭证号", "摘要", "领款人", "身份证号", "金额（元）", "收款账号"]
    rows = []
    cadres = [official(ctx) for _ in range(4)]
    cadre_pays = rng.random() < 0.35
    works = [
        "修建机耕道误工费",
        "清理河道劳务费",
        "村道硬化用工劳务费",
        "防汛值守误工费",
        "森林防火巡查误工费",
        "人居环境整治劳务费",
        "饮水管道维修工费",
        "疫情防控卡点值守误工费",
    ]
    for i in range(rng.randint(6, 14)):
        p = make_person(ctx, age=(25, 70))
        if i == 0 and cadre_pays:
            p.name = cadres[3] if rng.random() < 0.5 else cadres[1]
        d = before(ctx)
        w = rng.choice(works)
        days = rng.randint(2, 25)
        amt = days * rng.choice([80, 100, 120, 150])
        r = rng.random()
        if r < 0.35:
            summ = C("支付", name_cell(ctx, p.name), w + "%d天" % days)
        elif r < 0.5:
            o = make_person(ctx)
            summ = C(
                "支付",
                name_cell(ctx, p.name),
                "、",
                name_cell(ctx, o.name),
                "等%d人%s" % (rng.randint(3, 9), w),
            )
        elif r < 0.6:
            plate = (
                ("%s%s%05d" % (c["plate"], rng.choice(["·", "", "·"]), rng.randint(10000, 99999)))
                if rng.random() < 0.7
                else "%s%s%s" % (c["plate"], rng.choice(["D", "F"]), "%05d" % rng.randint(0, 99999))
            )
            summ = C(
                "租用",
                name_cell(ctx, p.name),
                "农用车（",
                (plate, "license_plate"),
                "）运土%d车次" % rng.randint(5, 40),
            )
        else:
            summ = C(w)
        rows.append(
            [
                C(dstr(ctx, d, 1)),
                C("记-%03d" % rng.randint(1, 240)),
                summ,
                name_cell(ctx, p.name),
                id_cell(ctx, p),
                C(famt(amt)),
                bank_cell(ctx, p),
            ]
        )
    rows.append(
        [
            C(dstr(ctx, before(ctx), 1)),
            C("记-%03d" % rng.randint(1, 240)),
            C(
                "%s工程款（%s）"
                % (
                    rng.choice(["文化广场建设", "村部维修", "太阳能路灯安装"]),
                    rng.choice(
                        [
                            "%s%s建筑工程有限公司"
                            % (c["short"], rng.choice(["程氏", "马家", "龙腾", "吴记"])),
                            "%s宏达建材经营部" % c["short"],
                        ]
                    ),
                )
            ),
            C(""),
            C(""),
            C(famt(rng.randint(20000, 200000), comma=True)),
            C("对公转账"),
        ]
    )
    render_table(ctx, headers, rows, {2: rng.choice([16, 20, 26])})
    b = ctx.b
    b.w(
        "本期收入合计：%s元    本期支出合计：%s元\n"
        % (famt(rng.randint(50000, 400000), comma=True), famt(rng.randint(50000, 300000), comma=True))
    )
    b.w("村党支部书记：%s  村委会主任：%s  村务监督委员会主任：%s  报账员：%s\n" % tuple(cadres))
    b.w("村务公开监督电话：%s\n%s\n" % (office_phone(ctx), dstr(ctx, ctx.pubdate)))


def plate(ctx):
    rng, c = ctx.rng, ctx.county
    return "%s%s%s" % (
        c["plate"],
        rng.choice(["·", "", " "]),
        rng.choice(
            [
                "%05d" % rng.randint(0, 99999),
                "%s%04d" % (rng.choice("ABCDEFGHJKLMN"), rng.randint(0, 9999)),
                "%d%s%03d" % (rng.randint(1, 9), rng.choice("ABCDEFGH"), rng.randint(0, 999)),
            ]
        ),
    )


def fam_xuke(ctx):
    rng, c = ctx.rng, ctx.county
    unit = "%s市场监督管理局" % c["short"]
    shop_kind = rng.choice(
        ["牛肉面馆", "农家乐", "便利店", "米粉店", "茶叶店", "烧烤店", "小吃店", "蔬菜店", "副食店"]
    )
    if rng.random() < 0.5:
        # single decision letter
        p = make_person(ctx, age=(22, 65))
        num = "%s市监食许〔%d〕第%04d号" % (c["abbr"], ctx.year, rng.randint(1, 900))
        shop = "%s%s%s" % (
            c["short"],
            rng.choice(["马家", "程氏", "吴记", "龙记", "阿依", "鑫源", "兴旺", "老杨家"]),
            shop_kind,
        )
        noshop = rng.random() < 0.25
        doc_header(ctx, rng.choice(["食品经营许可准予决定书", "准予行政许可决定书"]), unit)
        ctx.b.w(num + "\n")
        if noshop:
            para(ctx, name_cell(ctx, p.name), "（个体工商户）：")
        else:
            para(ctx, shop, "（经营者：", name_cell(ctx, p.name), "）：")
        para(
            ctx,
            "你（单位）于%s提出的食品经营许可申请，经审查，符合《中华人民共和国食品安全法》《食品经营许可和备案管理办法》"
            "的规定，决定准予行政许可。"
            % dstr(ctx, ctx.pubdate - datetime.timedelta(days=rng.randint(3, 20))),
        )
        lines = [
            ("经营者名称", C((p.name, "name")) if noshop else C(shop)),
            ("统一社会信用代码", C(uscc(rng, c["code"], "92"))),
            ("经营者（负责人）", name_cell(ctx, p.name)),
            ("身份证件类型", None),
            ("住所", addr_cell(ctx, p)),
            (
                "经营场所",
                C("%s%s%s%d号" % (c["short"], ctx.town, rng.choice(c["roads"]), rng.randint(1, 300))),
            ),
            ("主体业态", C(rng.choice(["小餐饮", "食品销售经营者", "餐饮服务经营者（小型）"]))),
            ("许可证编号", C("JY%d%s%07d" % (rng.choice([1, 2, 3]), c["code"], rng.randint(0, 9999999)))),
            ("联系电话", phone_cell(ctx, p)),
        ]
        r = rng.random()
        if r < 0.12:
            lines[3] = (
                "身份证件类型及号码",
                C("中华人民共和国护照 ", ("E%08d" % rng.randint(0, 99999999), "passport")),
            )
        elif r < 0.22:
            lines[3] = (
                "身份证件类型及号码",
                C("往来港澳通行证 ", ("C%08d" % rng.randint(10000000, 99999999), "hk_macau_permit")),
            )
        elif r < 0.3:
            lines[3] = (
                "身份证件类型及号码",
                C("台湾居民来往大陆通行证 ", ("%08d" % rng.randint(10000000, 99999999), "tw_permit")),
            )
        elif r < 0.36:
            lines[3] = (
                "身份证件类型及号码",
                C("往来台湾通行证 ", ("L%08d" % rng.randint(10000000, 99999999), "tw_permit")),
            )
        else:
            lines[3] = ("身份证件类型及号码", C("居民身份证 ", id_cell(ctx, p)))
        if rng.random() < 0.35:
            em = "%s%d@%s" % (
                rng.choice(["ma", "chu", "long", "wang", "li", "ayg", "zhang", "wu", "shi"]),
                rng.randint(1, 9999),
                rng.choice(["163.com", "qq.com", "126.com", "sina.com"]),
            )
            if rng.random() < 0.4:
                em = "%d@qq.com" % rng.randint(10000000, 3999999999)
            lines.append(("电子邮箱", C((em, "email"))))
        sep = rng.choice(["：", ":", "： "])
        for k, v in lines:
            para(ctx, k + sep, v, wrap=False)
        para(
            ctx,
            "有效期至%s。如不服本决定，可在收到本决定书之日起六十日内向%s人民政府申请行政复议，"
            "或者在六个月内依法向%s人民法院提起行政诉讼。"
            % (dstr(ctx, ctx.pubdate.replace(year=ctx.year + 5)), c["short"], c["short"]),
        )
        ctx.b.w("%s（印章）\n%s\n" % (unit, dstr(ctx, ctx.pubdate)))
        ctx.b.w("（本局政务邮箱：%sscjgj@163.com；咨询电话：%s）\n" % (c["key"], office_phone(ctx)))
        return
    doc_header(ctx, "%s%d年%d月行政许可信息公示（双公示）" % (unit, ctx.year, rng.randint(1, 12)), unit)
    para(
        ctx,
        "根据“双公示”工作要求，现将本局%d年%d月作出的行政许可决定信息公示如下："
        % (ctx.year, rng.randint(1, 12)),
    )
    headers = [
        "行政相对人名称",
        "统一社会信用代码",
        "法定代表人",
        "证件号码",
        "许可决定文书号",
        "许可内容",
        "许可决定日期",
        "许可机关",
    ]
    rows = []
    for i in range(rng.randint(5, 12)):
        p = make_person(ctx, age=(22, 65))
        r = rng.random()
        if r < 0.3:
            nmc = C((p.name, "name") if ctx.namemode == "full" else mask_name(rng, p.name))
        else:
            nmc = C(
                "%s%s%s"
                % (
                    rng.choice([c["short"], ""]),
                    rng.choice(["马家", "程氏", "吴记", "龙记", "禾丰", "兴旺", "老杨家", "阿依"]),
                    rng.choice([shop_kind, "商店", "种养殖专业合作社", "有限公司"]),
                )
            )
        code = uscc(rng, c["code"], "93" if "合作社" in nmc.text else ("91" if "公司" in nmc.text else "92"))
        r2 = rng.random()
        if r2 < 0.05:
            idc = C(("E%08d" % rng.randint(0, 99999999), "passport"))
        elif r2 < 0.09:
            idc = C(("C%08d" % rng.randint(10000000, 99999999), "hk_macau_permit"))
        elif r2 < 0.12:
            idc = C(("%08d" % rng.randint(10000000, 99999999), "tw_permit"))
        else:
            idc = id_cell(ctx, p)
        rows.append(
            [
                nmc,
                C(code),
                name_cell(ctx, p.name),
                idc,
                C("%s市监食许〔%d〕第%04d号" % (c["abbr"], ctx.year, rng.randint(1, 900))),
                C(
                    rng.choice(
                        [
                            "食品经营许可（新办）",
                            "食品经营许可（延续）",
                            "食品经营许可（变更）",
                            "个体工商户设立登记",
                        ]
                    )
                ),
                C(dstr(ctx, before(ctx), 1)),
                C(unit),
            ]
        )
    render_table(ctx, headers, rows, {0: rng.choice([14, 18, 22]), 4: 16, 5: 14, 7: 12})
    footer(ctx, unit, supervise=False)


def fam_chaiwei(ctx):
    rng, c = ctx.rng, ctx.county
    unit = rng.choice(
        ["%s人民政府" % ctx.town, "%s城市管理行政执法局" % c["short"], "%s自然资源局" % c["short"]]
    )
    p = make_person(ctx, age=(28, 75))
    anon = ctx.namemode == "mask"
    doc_header(
        ctx, rng.choice(["限期拆除违法建筑决定书", "责令限期拆除决定书", "关于限期拆除违法建筑的决定"]), unit
    )
    ctx.b.w(
        "%s%s拆字〔%d〕第%03d号\n"
        % (c["abbr"], rng.choice(["城管执", "政", "自然资"]), ctx.year, rng.randint(1, 300))
    )
    nm = name_cell(ctx, p.name)
    para(
        ctx,
        "当事人：",
        nm,
        "，%s，%s年%d月生，" % ("男" if p.sex == "M" else "女", p.birth.year, p.birth.month),
        "公民身份号码：",
        id_cell(ctx, p, "mask" if anon else None),
        "，住址：",
        addr_cell(ctx, p, mask=anon),
        "，联系电话：",
        phone_cell(ctx, p, "mask" if anon else None),
        "。",
        wrap=True,
    )
    loc = (
        addr_cell(ctx, p, full=rng.random() < 0.5, mask=anon)
        if rng.random() < 0.5
        else C(("%s%s%d%s" % (p.town, p.village, p.grp, c["grp"]), "address") if not anon else p.village)
    )
    area = rng.randint(20, 400)
    wit = make_person(ctx)
    parts = [
        "经查，你（户）于%d年%d月在" % (ctx.year - rng.randint(0, 2), rng.randint(1, 12)),
        loc,
        "未经批准，擅自占用%s建设%s，占地面积约%d平方米，"
        % (
            rng.choice(["耕地", "集体土地", "基本农田", "河道管理范围"]),
            rng.choice(["砖混结构房屋一栋", "彩钢棚", "二层砖混楼房", "养殖圈舍"]),
            area,
        ),
        "该行为违反了《中华人民共和国土地管理法》第四十四条、《中华人民共和国城乡规划法》第六十五条的规定。"
        "%s执法人员于%s进行现场勘查，"
        % (unit, dstr(ctx, ctx.pubdate - datetime.timedelta(days=rng.randint(10, 60)))),
        "村民",
        name_cell(ctx, wit.name, "mask" if anon else None),
        "在场见证。",
    ]
    if rng.random() < 0.3 and not anon:
        parts += ["现场停放当事人所有的小型货车一辆（", (plate(ctx), "license_plate"), "）。"]
    para(ctx, *parts)
    para(
        ctx,
        "根据上述规定，现责令你（户）于本决定书送达之日起%d日内自行拆除上述违法建筑，恢复土地原状。"
        "逾期不拆除的，本机关将依法强制拆除，所需费用由你（户）承担。" % rng.choice([7, 10, 15]),
    )
    para(
        ctx,
        "如不服本决定，可在收到本决定书之日起六十日内向%s人民政府申请行政复议，或者在六个月内直接向%s人民法院提起行政诉讼。"
        % (c["short"], c["short"]),
    )
    ctx.b.w(
        "执法人员：%s（执法证号：%s%08d）、%s（执法证号：%s%08d）\n"
        % (
            official(ctx),
            c["code"][:2],
            rng.randint(0, 99999999),
            official(ctx),
            c["code"][:2],
            rng.randint(0, 99999999),
        )
    )
    ctx.b.w(
        "联系地址：%s%s%d号  邮编：%s  联系电话：%s\n"
        % (c["short"], rng.choice(c["roads"]), rng.randint(1, 200), c["post"], office_phone(ctx))
    )
    ctx.b.w("%s\n%s\n" % (unit, dstr(ctx, ctx.pubdate)))
    if rng.random() < 0.4:
        q = make_person(ctx)
        para(
            ctx,
            "送达回证：受送达人",
            name_cell(ctx, p.name, "mask" if anon else None),
            "拒收，由其",
            rng.choice(["妻子", "儿子", "母亲"]),
            name_cell(ctx, q.name, "mask" if anon else None),
            "代收，代收人电话：",
            phone_cell(ctx, q, "mask" if anon else None),
            "。",
        )


def fam_yulu(ctx):
    rng, c = ctx.rng, ctx.county
    unit = rng.choice(["%s教育局" % c["short"], "%s乡村振兴局" % c["short"], "%s人民政府" % ctx.town])
    term = rng.choice(["春季", "秋季"])
    title = "%s%d年%s学期“雨露计划”职业教育补助资金拟补助对象公示" % (
        c["short"] if rng.random() < 0.5 else ctx.town,
        ctx.year,
        term,
    )
    doc_header(ctx, title, unit)
    para(
        ctx,
        "根据《关于进一步做好雨露计划职业教育工作的通知》要求，经学生申报、村级初审、乡镇审核、县级复核，"
        "现将%d年%s学期雨露计划补助对象公示如下，每生补助1500元。" % (ctx.year, term),
    )
    headers = [
        "序号",
        "乡镇",
        "学生姓名",
        "身份证号",
        "就读学校",
        "专业",
        "年级",
        "户主姓名",
        "与户主关系",
        "户主一卡通",
    ]
    rows = []
    schools = [
        "%s职业高级中学" % c["short"],
        "%s技师学院" % c["pref"][:2],
        "%s职业技术学院" % c["prov"][:2],
        "%s卫生学校" % c["pref"][:2],
        "%s交通职业技术学院" % c["prov"][:2],
    ]
    for i in range(rng.randint(5, 14)):
        h = make_person(ctx, age=(38, 60))
        s = make_person(ctx, age=(16, 21), young=True, town=h.town, village=h.village)
        if c["style"] not in ("ninglang", "uyghur", "oroqen") and rng.random() < 0.7:
            # Han-style students usually share the father's surname
            sur = h.name[:2] if h.name[:2] in COMPOUND else h.name[0]
            s.name = sur + (rng.choice(YOUNG2) if rng.random() < 0.6 else given(rng, s.sex))
        rel = "之子" if s.sex == "M" else "之女"
        if rng.random() < 0.1:
            rel = "之孙" if s.sex == "M" else "之孙女"
        rows.append(
            [
                C(str(i + 1)),
                C(h.town),
                name_cell(ctx, s.name),
                id_cell(ctx, s),
                C(rng.choice(schools)),
                C(
                    rng.choice(
                        [
                            "汽车运用与维修",
                            "护理",
                            "计算机应用",
                            "电子商务",
                            "学前教育",
                            "旅游服务与管理",
                            "农业机械使用与维护",
                        ]
                    )
                ),
                C(rng.choice(["一年级", "二年级", "三年级", "2022级", "2023级"])),
                name_cell(ctx, h.name),
                C(rel),
                bank_cell(ctx, h),
            ]
        )
    render_table(ctx, headers, rows, {4: rng.choice([12, 16, 20]), 5: 12})
    if rng.random() < 0.3:
        p = make_person(ctx, young=True, age=(17, 20))
        para(
            ctx,
            "补充说明：",
            name_cell(ctx, p.name),
            "同学因学籍信息变更，补助资金待核实后发放，学生本人联系邮箱：",
            (
                "%s%d@%s"
                % (
                    rng.choice(["xs", "stu", "yl", "abc"]),
                    rng.randint(100, 99999),
                    rng.choice(["qq.com", "163.com"]),
                ),
                "email",
            ),
            "。",
        )
    footer(ctx, unit)


def fam_binzang(ctx):
    rng, c = ctx.rng, ctx.county
    unit = rng.choice(["%s民政局" % c["short"], "%s殡仪馆" % c["short"], "%s人民政府" % ctx.town])
    muslim = c["style"] in ("dongxiang", "uyghur")
    sub = "惠民殡葬基本服务补助" if muslim else rng.choice(["火化补贴", "惠民殡葬补贴", "基本殡葬服务费减免"])
    title = "%s%d年%d月%s发放名单公示" % (c["short"], ctx.year, rng.randint(1, 12), sub)
    doc_header(ctx, title, unit)
    para(
        ctx,
        "根据《%s惠民殡葬政策实施办法》（%s），现将%d年享受%s人员名单公示如下："
        % (c["short"], docno(ctx, "民发"), ctx.year, sub),
    )
    headers = (
        ["序号", "逝者姓名", "性别", "身份证号", "户籍地址", "死亡日期"]
        + ([] if muslim else ["火化日期", "火化证号"])
        + ["补贴金额（元）", "申领人", "与逝者关系", "申领人电话", "收款账号"]
    )
    rows = []
    for i in range(rng.randint(5, 13)):
        p = make_person(ctx, age=(45, 98))
        q = make_person(ctx, age=(25, 65), town=p.town, village=p.village)
        dd = before(ctx)
        row = [
            C(str(i + 1)),
            name_cell(ctx, p.name),
            C("男" if p.sex == "M" else "女"),
            id_cell(ctx, p),
            addr_cell(ctx, p),
            C(dstr(ctx, dd, 1)),
        ]
        if not muslim:
            row += [
                C(dstr(ctx, dd + datetime.timedelta(days=rng.randint(1, 4)), 1)),
                C("%s殡火字第%d-%04d号" % (c["abbr"], ctx.year, rng.randint(1, 900))),
            ]
        row += [
            C(str(rng.choice([800, 1000, 1500, 2000]))),
            name_cell(ctx, q.name),
            C(
                rng.choice(
                    ["子", "儿子", "孙子", "侄子", "配偶"]
                    if q.sex == "M"
                    else ["女", "女儿", "孙女", "配偶", "儿媳"]
                )
            ),
            phone_cell(ctx, q),
            bank_cell(ctx, q),
        ]
        rows.append(row)
    render_table(ctx, headers, rows, {4: rng.choice([14, 18, 24])})
    footer(ctx, unit)


FAMILIES = [
    ("退耕还林补助兑现公示", fam_tuigeng),
    ("生态护林员续聘考核名单", fam_huliyuan),
    ("残疾人两项补贴发放表", fam_canbu),
    ("防返贫监测对象认定公示", fam_fangfanpin),
    ("农村低收入人口动态调整名单", fam_dishouru),
    ("村级财务公开", fam_cunwu),
    ("行政许可准予决定公示", fam_xuke),
    ("拆除违法建筑限期拆除决定书", fam_chaiwei),
    ("学生资助雨露计划公示", fam_yulu),
    ("惠民殡葬补贴名单", fam_binzang),
]


def generate(ndocs, seed):
    master = random.Random(seed)
    docs = []
    for i in range(ndocs):
        rng = random.Random(master.getrandbits(64))
        fname, fn = FAMILIES[i % len(FAMILIES)]
        ctx = new_ctx(rng, i % len(FAMILIES))
        fn(ctx)
        text, spans = ctx.b.finish()
        docs.append({"type": fname, "text": text, "spans": spans})
    return docs


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
KINDS = {
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
}
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def norm(s):
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", s))


def check_span(text, sp, frag=False):
    k, s, e = sp.get("kind"), sp.get("start"), sp.get("end")
    if k not in KINDS:
        return "unknown kind %r" % k
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        return "offsets out of range"
    v = text[s:e]
    if v != v.strip():
        return "span has outer whitespace %r" % v
    n = norm(v)
    if "*" in n or "某" in n:
        return "masked value labelled %r" % v
    if k == "id_card" and not id18_ok(n):
        return "id_card fails checksum/date %r" % v
    if k == "id_card_15" and not id15_ok(n):
        return "id_card_15 invalid %r" % v
    if k == "bank_card":
        if not (re.fullmatch(r"\d{16,19}", n) and luhn_ok(n)):
            return "bank_card fails Luhn %r" % v
        if not any(n.startswith(p) for p in BIN_PREFIXES):
            return "bank_card unknown issuer %r" % v
    if k == "mobile" and not re.fullmatch(r"(\+?86)?1[3-9]\d{9}", n.replace("-", "")):
        return "bad mobile %r" % v
    if k == "landline" and not re.fullmatch(r"0\d{2,3}-?[2-9]\d{6,7}", n):
        return "bad landline %r" % v
    if k == "email" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", n):
        return "bad email %r" % v
    if k == "passport" and not re.fullmatch(r"[EG][A-Z0-9]?\d{7,8}", n):
        return "bad passport %r" % v
    if k == "hk_macau_permit" and not re.fullmatch(r"[CWH][A-Z0-9]?\d{7,8}", n):
        return "bad hk/macau permit %r" % v
    if k == "tw_permit" and not re.fullmatch(r"L?\d{8}|\d{10}", n):
        return "bad tw permit %r" % v
    if k == "license_plate" and not re.fullmatch("[%s][A-Z][·]?[A-Z0-9]{5,6}" % PLATE_PROV, n):
        return "bad plate %r" % v
    if k == "address" and not re.search("[号栋幢单元室组社]$", n) and not frag:
        return "address not ending at house/group level %r" % v
    if k == "name" and (
        (len(n) < 2 and not frag)
        or re.search(r"[\d\W]", n.replace("·", "").replace("•", "").replace(".", ""))
    ):
        return "odd name %r" % v
    return None


def is_fragment(text, sp, spans):
    """a piece of a wrapped value (decision 7): a later span of the same kind starts on a
    later line, or an earlier one ends on an earlier line."""
    for o in spans:
        if o is sp or o["kind"] != sp["kind"]:
            continue
        if (
            o["start"] >= sp["end"]
            and "\n" in text[sp["end"] : o["start"]]
            and text[sp["end"] : o["start"]].count("\n") <= 2
        ):
            return True
        if (
            o["end"] <= sp["start"]
            and "\n" in text[o["end"] : sp["start"]]
            and text[o["end"] : sp["start"]].count("\n") <= 2
        ):
            return True
    return False


def uncovered(text, spans):
    """pattern sweep for obviously personal numbers that are not inside a span."""
    probs = []
    cov = [False] * len(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            cov[i] = True
    t = unicodedata.normalize("NFKC", text)
    if len(t) != len(text):
        return probs
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
        if id18_ok(m.group()) and not cov[m.start()]:
            probs.append("uncovered id %s" % m.group())
    for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", t):
        if not cov[m.start()]:
            probs.append("uncovered mobile-like %s" % m.group())
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])", t):
        g = m.group()
        if luhn_ok(g) and any(g.startswith(p) for p in BIN_PREFIXES) and not cov[m.start()]:
            probs.append("uncovered card %s" % g)
    return probs


def check(docs):
    problems = []
    for di, d in enumerate(docs):
        text, spans = d["text"], d["spans"]
        if d.get("type") not in [f for f, _ in FAMILIES]:
            problems.append((di, "unknown type %r" % d.get("type")))
        last_end = -1
        for sp in sorted(spans, key=lambda x: (x["start"], x["end"])):
            p = check_span(text, sp, is_fragment(text, sp, spans))
            if p:
                problems.append((di, p))
            if sp["start"] < last_end:
                problems.append((di, "overlapping span at %d" % sp["start"]))
            last_end = max(last_end, sp["end"])
        for p in uncovered(text, spans):
            problems.append((di, p))
        for m in re.finditer(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", text):
            g = m.group()
            if (
                uscc_ok(g)
                and not id18_ok(g)
                and not (g.isdigit() and luhn_ok(g))
                and any(sp["start"] <= m.start() < sp["end"] for sp in spans)
            ):
                problems.append((di, "USCC labelled %s" % g))
    return problems


def stats(docs):
    kinds = Counter()
    fam = Counter()
    famk = defaultdict(Counter)
    for d in docs:
        fam[d["type"]] += 1
        for sp in d["spans"]:
            kinds[sp["kind"]] += 1
            famk[d["type"]][sp["kind"]] += 1
    lines = ["documents: %d   spans: %d" % (len(docs), sum(kinds.values())), "", "per kind:"]
    for k in sorted(KINDS, key=lambda x: -kinds[x]):
        lines.append("  %-16s %6d" % (k, kinds[k]))
    lines.append("")
    lines.append("per family (docs, spans, top kinds):")
    for f, _ in FAMILIES:
        top = ", ".join("%s %d" % kv for kv in famk[f].most_common())
        lines.append("  %s  docs %d  spans %d  [%s]" % (f, fam[f], sum(famk[f].values()), top))
    return "\n".join(lines)


def decisions_text():
    doc = __doc__
    i = doc.index("\nDECISIONS") + 1
    return doc[i:].rstrip()


def main():
    ap = argparse.ArgumentParser(description="holdout56 generator")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=271)
    ap.add_argument("-o", "--out")
    ap.add_argument("-i", "--input", help="check/stats an existing JSONL instead of generating")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(decisions_text())
        if not (a.out or a.check or a.stats):
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
        probs = check(docs)
        for di, p in probs:
            print("doc %d: %s" % (di, p))
        print(
            "check: %d documents, %d spans, %d problems"
            % (len(docs), sum(len(d["spans"]) for d in docs), len(probs))
        )
        rc = 1 if probs else 0
    if a.stats:
        print(stats(docs))
    if not (a.out or a.check or a.stats or a.decisions):
        for d in docs:
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    return rc


if __name__ == "__main__":
    sys.exit(main())
