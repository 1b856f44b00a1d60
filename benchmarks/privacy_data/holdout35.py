#!/usr/bin/env python3
# ruff: noqa: E501, B007, B905, C408, F841, RUF005, RUF034, SIM108, SIM115, UP031
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""Blind labelled holdout set #35 for a PII detector on Chinese 政务公开 documents.

Usage:
    python holdout35.py --docs 400 --seed 157 -o out.jsonl [--stats]
    python holdout35.py --decisions

Output: JSON Lines, one document per line:
    {"type": "family.subkind[.pdf]", "text": "...", "spans": [{"kind","start","end","text"}, ...]}

Families (family = index mod 8, sub-kind = (index // 8) mod 3):
  0 dibao        : roster (花名册/发放名单) | approval form (审批表/家庭情况登记表) | adjustment notice (动态调整公示)
  1 penalty      : police decision (公安行政处罚决定书) | market/environment decision (市场监管/生态环境) |
                   on-the-spot / 双公示 table (simple)
  2 gongshi      : award/subsidy notice (award) | housing/relocation notice (housing) | proposed list (proposed)
  3 application  : info-disclosure request form (disclosure) | relief application form (relief) | prose letter (letter)
  4 minutes      : villager representatives (villager) | dibao review meeting (review) | hearing transcript (hearing)
  5 health_lists : pre-pregnancy check list (prepreg) | two-cancer / chronic follow-up ledger (followup) |
                   family-doctor contract roster (contract)
  6 student_aid  : aid list (list) | aid application form (form) | class notice (notice)
  7 replies      : reply letter (reply) | correction notice (correction) | extension notice (extension)

Regions: 贵州 黔东南 凯里市 522601 / 榕江县 522632 (Miao/Dong names), 云南 大理市 532901 (Bai),
红河 个旧市 532501 (Hani/Yi), 河北 张家口 蔚县 130726, 安徽 阜阳 临泉县 341221, 黑龙江 哈尔滨 双城区 230113
(older residents keep the pre-2014 code 230182 of 双城市), 福建 宁德 霞浦县 350921 (She names).  Area codes, plate
prefixes, postcodes and town names are real; villages, roads and house numbers are partly invented.

Layouts (mixed across families): label-value forms (one or two fields per line, full-width or ASCII colon,
U+3000-spaced labels), prose, tab tables, space-aligned tables, markdown pipe tables, HTML <table>, CSV,
one cell per line, numbered lists, 、-separated name lists.  ~25% of documents are rendered as PDF text
extraction: lines hard-wrapped at 28-40 characters (only address spans may contain the inserted line break;
any other span moves whole to the next line), tables flattened, page numbers and running titles between rows,
two-character names spaced by U+3000 (the span covers the space).

Near-misses (present, never labelled): GB 32100-valid 统一社会信用代码, 文号, 索引号, case numbers, Luhn-valid
16-19 digit order/transaction numbers without an issuer prefix, amounts, dates, ages, postcodes, office
landlines and hotlines, gov.cn mailboxes, masked values (138****1234, 5226**********123X, 张*, 王某某),
officials and staff in their public role, addresses of agencies/companies/shops/sites, place names that
contain surnames (张新镇, 杨桥镇, 王家庄村 ...).

Self-checks per document (on failure the document is redrawn with attempt+1):
  * spans sorted, non-overlapping, non-empty, text[s:e] == t, no leading/trailing whitespace;
    only address spans may contain a line break;
  * every number kind matches its format and checksum (GB 11643 + real date + known region code for id_card,
    date + region for id_card_15, Luhn + issuer BIN for bank_card, ...);
  * with all labelled spans masked, no remaining substring looks like a mobile, a valid 18-digit ID, or a
    Luhn-valid 16-19 digit card with a real issuer prefix (digit-bounded matches);
  * a labelled name never also occurs outside labelled spans of the same text (also checked in its
    U+3000-spaced and unspaced forms).

Labelling decisions (the DECISIONS list below, printed by --decisions):
  1. name: full names of private persons the document names: applicants, recipients and their household
     members, students and guardians, offenders/当事人, 个体户 经营者, legal representatives and contact persons of
     applicant companies, villager representatives and other villagers who speak, vote or sign, witnesses,
     hearing parties and their agents (including lawyers acting as agents).
  2. name: NOT labelled: officials and staff in their public role (局长, 承办人, 经办人, 审核人, 执法人员, 记录人, 主持人, 驻村干部,
     村支书/村委会主任 when acting in office, 签约医生/随访医生, teachers as contacts), masked names (张*, 王某, 王某某, 张××), and
     forms like 张先生/李女士/杨老师.
  3. name: the span covers the name only (no title, no role, no brackets).  A two-character name written with
     a U+3000 in between (PDF table style) is one span covering the space.
  4. name: minority names (Miao/Dong 小名 style, Hani 父子连名, Bai 字 surname, She 雷/蓝/钟) and compound surnames (欧阳,
     司马, 尉迟, ...) are labelled like any other name, whole.
  5. id_card: 18-digit numbers with a valid GB 11643 check digit, a real birth date and a real county code;
     the span covers the 18 characters only.  An ID embedded in a 全国学籍号 (G + 18 digits) is labelled as id_card
     without the leading G.
  6. id_card_15: 15-digit first-generation numbers (county code + YYMMDD + 3 digits) of older residents.
  7. mobile: every 11-digit mobile number is labelled, including a staff member's mobile given as a contact
     (the number belongs to a person; the staff name itself stays unlabelled).  Spaced or hyphenated forms
     (139 8552 1234 / 139-8552-1234) are one span.
  8. landline: a private person's home landline (联系电话/家庭电话 of a citizen) is labelled with its area code
     (0855-8231234 or （0855）8231234, the span covers brackets).  Office landlines, 监督电话, 举报电话 and hotlines
     (12345, 12315, 12369, 12348) are not labelled.
  9. bank_card: personal account/card numbers (16-19 digits, Luhn, real issuer BIN), grouped forms with spaces
     are one span.  Order/transaction/non-tax payment numbers are not labelled.
  10. email: personal mailboxes (qq.com, 163.com, 126.com, ...) are labelled; gov.cn and agency mailboxes are
     not.
  11. passport / hk_macau_permit / tw_permit: document numbers of a person (E/EA.. passport, C/CA.. 往来港澳通行证,
     L.. 往来台湾通行证), number only.
  12. license_plate: plates of vehicles driven or owned by private persons; the span includes the 省
     abbreviation and any middle dot.
  13. address: a person's residence (住址, 家庭住址, 现住, 户籍地址, 通信地址 when it is a home, 送达地址 of a citizen, an
     assigned 安置房 unit) written down to 号/栋/单元/室/组; the span starts at the first place element written
     (province, county, town or road) and ends at the last 号/栋/单元/室/组 element.  A bare village or township
     (古州镇车江村) is NOT an address and is not labelled.
  14. address: NOT labelled: addresses of agencies, village committees, schools, clinics, companies, shops
     (经营场所), construction or resettlement sites named as projects, hearing rooms.
  15. health: a disease, diagnosis, abnormal screening result, disability type/grade, pregnancy status or
     serious-illness wording stated for an identifiable person; the span covers the condition phrase.
  16. health: NOT labelled: 正常/未见异常/健康/一般人群 results, column headers, programme names (两癌筛查, 残疾人两项补贴, 孕前优生健康检查)
     and poverty-reason categories without a condition (缺劳力, 因学, 因灾).
  17. Not labelled at all: gender, ethnicity, age, birth month written alone, household size, relationship,
     school/class, amounts, dates, postcodes, 统一社会信用代码, 文号, 索引号, case numbers, masked values (138****1234,
     5226**********123X).
  18. Signatures: a private person's name after 签名/签字/手印 is labelled; a staff signature is not.
  19. A 个体工商户 trade name (凯里市阿强烧烤店) is not a personal name and is not labelled, even if it contains a surname;
     its operator (经营者) is labelled.
"""

import argparse
import datetime
import json
import random
import re
import sys

DECISIONS = [
    "name: full names of private persons the document names: applicants, recipients and their household "
    "members, students and guardians, offenders/当事人, 个体户 经营者, legal representatives and contact persons "
    "of applicant companies, villager representatives and other villagers who speak, vote or sign, witnesses, "
    "hearing parties and their agents (including lawyers acting as agents).",
    "name: NOT labelled: officials and staff in their public role (局长, 承办人, 经办人, 审核人, 执法人员, 记录人, "
    "主持人, 驻村干部, 村支书/村委会主任 when acting in office, 签约医生/随访医生, teachers as contacts), "
    "masked names (张*, 王某, 王某某, 张××), and forms like 张先生/李女士/杨老师.",
    "name: the span covers the name only (no title, no role, no brackets).  A two-character name written "
    "with a U+3000 in between (PDF table style) is one span covering the space.",
    "name: minority names (Miao/Dong 小名 style, Hani 父子连名, Bai 字 surname, She 雷/蓝/钟) and compound "
    "surnames (欧阳, 司马, 尉迟, ...) are labelled like any other name, whole.",
    "id_card: 18-digit numbers with a valid GB 11643 check digit, a real birth date and a real county code; "
    "the span covers the 18 characters only.  An ID embedded in a 全国学籍号 (G + 18 digits) is labelled "
    "as id_card without the leading G.",
    "id_card_15: 15-digit first-generation numbers (county code + YYMMDD + 3 digits) of older residents.",
    "mobile: every 11-digit mobile number is labelled, including a staff member's mobile given as a contact "
    "(the number belongs to a person; the staff name itself stays unlabelled).  Spaced or hyphenated forms "
    "(139 8552 1234 / 139-8552-1234) are one span.",
    "landline: a private person's home landline (联系电话/家庭电话 of a citizen) is labelled with its area code "
    "(0855-8231234 or （0855）8231234, the span covers brackets).  Office landlines, 监督电话, 举报电话 and "
    "hotlines (12345, 12315, 12369, 12348) are not labelled.",
    "bank_card: personal account/card numbers (16-19 digits, Luhn, real issuer BIN), grouped forms with spaces "
    "are one span.  Order/transaction/non-tax payment numbers are not labelled.",
    "email: personal mailboxes (qq.com, 163.com, 126.com, ...) are labelled; gov.cn and agency mailboxes are not.",
    "passport / hk_macau_permit / tw_permit: document numbers of a person (E/EA.. passport, C/CA.. 往来港澳通行证, "
    "L.. 往来台湾通行证), number only.",
    "license_plate: plates of vehicles driven or owned by private persons; the span includes the 省 "
    "abbreviation and any middle dot.",
    "address: a person's residence (住址, 家庭住址, 现住, 户籍地址, 通信地址 when it is a home, 送达地址 of a "
    "citizen, an assigned 安置房 unit) written down to 号/栋/单元/室/组; the span starts at the first "
    "place element written (province, county, town or road) and ends at the last 号/栋/单元/室/组 element.  "
    "A bare village or township (古州镇车江村) is NOT an address and is not labelled.",
    "address: NOT labelled: addresses of agencies, village committees, schools, clinics, companies, shops "
    "(经营场所), construction or resettlement sites named as projects, hearing rooms.",
    "health: a disease, diagnosis, abnormal screening result, disability type/grade, pregnancy status or "
    "serious-illness wording stated for an identifiable person; the span covers the condition phrase.",
    "health: NOT labelled: 正常/未见异常/健康/一般人群 results, column headers, programme names (两癌筛查, "
    "残疾人两项补贴, 孕前优生健康检查) and poverty-reason categories without a condition (缺劳力, 因学, 因灾).",
    "Not labelled at all: gender, ethnicity, age, birth month written alone, household size, relationship, "
    "school/class, amounts, dates, postcodes, 统一社会信用代码, 文号, 索引号, case numbers, masked values "
    "(138****1234, 5226**********123X).",
    "Signatures: a private person's name after 签名/签字/手印 is labelled; a staff signature is not.",
    "A 个体工商户 trade name (凯里市阿强烧烤店) is not a personal name and is not labelled, even if it contains "
    "a surname; its operator (经营者) is labelled.",
]

# --------------------------------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------------------------------
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(body17):
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return ID_C[s % 11]


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body, rng=None):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise ValueError


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(rng.choice(chars if i >= 2 else "0123456789MP") for i in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))  # type: ignore[assignment]
    return body + c9  # type: ignore[operator]


def credit_code(rng, region, head="91"):
    body = head + region + org_code(rng)
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body, CC_W))
    return body + CC_CHARS[(31 - s % 31) % 31]


def credit_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", code):
        return False
    s = sum(CC_CHARS.index(c) * w for c, w in zip(code[:17], CC_W))
    return CC_CHARS[(31 - s % 31) % 31] == code[17]


BINS = [
    "622202",
    "622208",
    "621226",
    "621558",
    "621700",
    "622700",
    "436742",
    "622848",
    "622845",
    "621661",
    "621785",
    "621799",
    "622188",
    "621098",
    "622262",
    "623059",
    "621779",
]
BIN_LEN = {
    "622202": 19,
    "622208": 19,
    "621226": 19,
    "621558": 19,
    "621700": 19,
    "622700": 19,
    "436742": 19,
    "622848": 19,
    "622845": 19,
    "621661": 19,
    "621785": 19,
    "621799": 19,
    "622188": 19,
    "621098": 19,
    "622262": 19,
    "623059": 19,
    "621779": 19,
}
ISSUER_PREFIXES = ("62", "4", "5", "35", "37", "60", "9")

# --------------------------------------------------------------------------------------------------
# regions
# --------------------------------------------------------------------------------------------------
REGIONS = [
    dict(
        key="kaili",
        prov="贵州省",
        city="黔东南苗族侗族自治州",
        county="凯里市",
        code="522601",
        area="0855",
        ll=7,
        llhead="8",
        plate="黔H",
        post="556000",
        short="凯",
        style="miao",
        mail="kaili.gov.cn",
        towns=[
            "大十字街道",
            "西门街道",
            "洗马河街道",
            "城西街道",
            "开怀街道",
            "湾溪街道",
            "三棵树镇",
            "舟溪镇",
            "旁海镇",
            "湾水镇",
            "炉山镇",
            "万潮镇",
            "龙场镇",
            "碧波镇",
            "大风洞镇",
            "下司镇",
        ],
        roads=[
            "北京东路",
            "韶山南路",
            "宁波路",
            "营盘东路",
            "文化北路",
            "环城西路",
            "永丰路",
            "清江路",
            "金井路",
        ],
        vil=[
            "排乐",
            "南花",
            "季刀",
            "格细",
            "青曼",
            "鸭塘",
            "舟溪",
            "平乐",
            "大中",
            "龙井",
            "翁项",
            "挂丁",
            "麻乐",
        ],
        estates=["金泉湖小区", "鸿运花园", "苗岭华府", "清江花园", "开怀安置区"],
        villsuf=["村"],
    ),
    dict(
        key="rongjiang",
        prov="贵州省",
        city="黔东南苗族侗族自治州",
        county="榕江县",
        code="522632",
        area="0855",
        ll=7,
        llhead="6",
        plate="黔H",
        post="557200",
        short="榕",
        style="miao",
        mail="rongjiang.gov.cn",
        towns=[
            "古州镇",
            "忠诚镇",
            "寨蒿镇",
            "平永镇",
            "乐里镇",
            "朗洞镇",
            "栽麻镇",
            "两汪乡",
            "平江镇",
            "八开镇",
            "定威乡",
            "兴华乡",
            "计划乡",
            "三江乡",
            "仁里乡",
            "塔石乡",
            "崇义乡",
            "水尾乡",
        ],
        roads=["古州北路", "古州中路", "古州东路", "车江大道", "河西大道", "榕江大道", "滨江路"],
        vil=[
            "车江",
            "章鲁",
            "口寨",
            "宰荡",
            "大利",
            "脚车",
            "摆贝",
            "宰麻",
            "乌略",
            "高排",
            "月寨",
            "归柳",
            "党相",
        ],
        estates=["卧龙岗安置区", "城北新区", "滨江花园", "丰乐小区"],
        villsuf=["村"],
    ),
    dict(
        key="dali",
        prov="云南省",
        city="大理白族自治州",
        county="大理市",
        code="532901",
        area="0872",
        ll=7,
        llhead="2",
        plate="云L",
        post="671000",
        short="大市",
        style="bai",
        mail="dali.gov.cn",
        towns=[
            "下关街道",
            "大理镇",
            "喜洲镇",
            "湾桥镇",
            "银桥镇",
            "凤仪镇",
            "海东镇",
            "挖色镇",
            "双廊镇",
            "上关镇",
            "太邑彝族乡",
            "满江街道",
            "太和街道",
        ],
        roads=["建设路", "人民路", "苍山路", "洱河南路", "泰安路", "文献路", "龙溪路", "金星路"],
        vil=[
            "周城",
            "沙村",
            "作邑",
            "上末",
            "仁里邑",
            "磻曲",
            "江上",
            "大营",
            "庆洞",
            "石岭",
            "向阳",
            "长育",
        ],
        estates=["苍海雅园", "洱海花园", "龙山小区", "金星小区"],
        villsuf=["村"],
    ),
    dict(
        key="gejiu",
        prov="云南省",
        city="红河哈尼族彝族自治州",
        county="个旧市",
        code="532501",
        area="0873",
        ll=7,
        llhead="2",
        plate="云G",
        post="661000",
        short="个",
        style="hani",
        mail="gejiu.gov.cn",
        towns=[
            "城区街道",
            "大屯街道",
            "沙甸街道",
            "鸡街镇",
            "锡城镇",
            "老厂镇",
            "卡房镇",
            "蔓耗镇",
            "贾沙乡",
            "保和街道",
            "乍甸镇",
        ],
        roads=["金湖东路", "金湖西路", "五一路", "中山路", "建设路", "宝华路", "红旗路"],
        vil=[
            "倘甸",
            "新瓦房",
            "大箐",
            "龙树脚",
            "期白",
            "阿邦",
            "他期",
            "斗姆阁",
            "石头寨",
            "黄草坝",
            "戈贾",
        ],
        estates=["金湖花园", "锡都小区", "宝华苑", "云锡新村"],
        villsuf=["村", "寨"],
    ),
    dict(
        key="yuxian",
        prov="河北省",
        city="张家口市",
        county="蔚县",
        code="130726",
        area="0313",
        ll=7,
        llhead="7",
        plate="冀G",
        post="075700",
        short="蔚",
        style="hebei",
        mail="yuxian.gov.cn",
        towns=[
            "蔚州镇",
            "代王城镇",
            "西合营镇",
            "吉家庄镇",
            "暖泉镇",
            "南留庄镇",
            "北水泉镇",
            "桃花镇",
            "阳眷镇",
            "宋家庄镇",
            "下宫村乡",
            "南杨庄乡",
            "柏树乡",
            "常宁乡",
            "涌泉庄乡",
            "杨庄窠乡",
            "白乐镇",
        ],
        roads=["新华街", "鼓楼北街", "振兴路", "滨河路", "玉泉路", "东关街", "府前街"],
        vil=[
            "王家庄",
            "北方城",
            "千字",
            "西古堡",
            "大固城",
            "水涧子",
            "上苏庄",
            "任家涧",
            "张家窑",
            "西大坪",
        ],
        estates=["玉泉花园", "古城佳苑", "蔚州新村", "华府小区"],
        villsuf=["村"],
    ),
    dict(
        key="linquan",
        prov="安徽省",
        city="阜阳市",
        county="临泉县",
        code="341221",
        area="0558",
        ll=7,
        llhead="6",
        plate="皖K",
        post="236400",
        short="临",
        style="anhui",
        mail="linquan.gov.cn",
        towns=[
            "城关街道",
            "城东街道",
            "城南街道",
            "邢塘街道",
            "田桥街道",
            "杨桥镇",
            "鲖城镇",
            "谭棚镇",
            "老集镇",
            "滑集镇",
            "吕寨镇",
            "单桥镇",
            "长官镇",
            "宋集镇",
            "张新镇",
            "艾亭镇",
            "陈集镇",
            "韦寨镇",
            "迎仙镇",
            "瓦店镇",
            "姜寨镇",
            "庙岔镇",
            "黄岭镇",
            "白庙镇",
            "关庙镇",
        ],
        roads=["光明路", "人民路", "临化路", "光武大道", "沈子国大道", "城中路", "解放路"],
        vil=["李庄", "前营", "大刘庄", "孙楼", "后魏", "周庄", "马寨", "小杨庄", "新集", "胡营", "贾店"],
        estates=["泉河花园", "阳光城", "华府名邸", "锦绣家园"],
        villsuf=["村", "社区"],
    ),
    dict(
        key="shuangcheng",
        prov="黑龙江省",
        city="哈尔滨市",
        county="双城区",
        code="230113",
        area="0451",
        ll=8,
        llhead="53",
        plate="黑A",
        post="150100",
        short="双",
        style="heilong",
        mail="hrbsc.gov.cn",
        towns=[
            "承旭街道",
            "承恩街道",
            "五家镇",
            "兰棱镇",
            "周家镇",
            "韩甸镇",
            "单城镇",
            "农丰镇",
            "杏山镇",
            "东官镇",
            "新兴满族镇",
            "青岭满族乡",
            "永胜乡",
            "乐群满族乡",
            "万隆乡",
            "临江乡",
            "希勤满族乡",
        ],
        roads=["西大街", "东大街", "南大街", "北大街", "友谊路", "园林路", "承旭路"],
        vil=[
            "正蓝旗头屯",
            "镶黄旗二屯",
            "前进",
            "永和",
            "太平",
            "双兴",
            "东发",
            "胜利",
            "跃进",
            "富强",
            "红旗",
        ],
        estates=["金城小区", "阳光家园", "双城府", "园林小区"],
        villsuf=["村"],
    ),
    dict(
        key="xiapu",
        prov="福建省",
        city="宁德市",
        county="霞浦县",
        code="350921",
        area="0593",
        ll=7,
        llhead="8",
        plate="闽J",
        post="355100",
        short="霞",
        style="she",
        mail="xiapu.gov.cn",
        towns=[
            "松城街道",
            "松港街道",
            "长春镇",
            "牙城镇",
            "溪南镇",
            "沙江镇",
            "下浒镇",
            "三沙镇",
            "盐田畲族乡",
            "水门畲族乡",
            "崇儒畲族乡",
            "柏洋乡",
            "北壁乡",
            "海岛乡",
        ],
        roads=["福宁大道", "太康路", "建设路", "龙首路", "松岗路", "解放路", "燕窝路"],
        vil=["半月里", "樟坑", "上水", "后港", "东冲", "竹江", "青官兰", "下尾", "赤岸", "大京", "洋里"],
        estates=["福宁花园", "太康新苑", "城东小区", "龙首佳园"],
        villsuf=["村"],
    ),
]
EXTRA_CODES = {"230182": "双城市(2014年前)"}
VALID_REGION_CODES = [r["code"] for r in REGIONS] + list(EXTRA_CODES)

# --------------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------------
SUR = {
    "miao": "杨杨杨吴吴吴龙龙潘潘石石王王欧邰顾蒙陆姜张李杜万文罗彭刘",
    "bai": "杨杨杨段段赵赵李李张张董尹何王苏杜施严字字",
    "hani": "李李白白普普罗陆马朱龙车卢杨王张高钱",
    "hebei": "李李王王张张刘刘赵杨郝高武贾田梁霍白任",
    "anhui": "张张王王李李刘刘陈杨赵黄周吴孙韩朱魏韦宋",
    "heilong": "王王李李张张刘赵孙于杨关佟那富白徐马郭",
    "she": "雷雷雷蓝蓝蓝钟钟李林陈郑黄吴刘王张郭杨",
}
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "尉迟", "夏侯", "慕容"]
GM = "伟建国军明强勇志华平东海文斌军涛辉林鹏超波刚峰杰亮成龙贵忠祥福德荣胜兴义永昌光进生宝财兵"
GF = "秀英芳丽娟敏燕玲梅霞兰凤琴艳萍红丹慧静雪莉芬桂珍月娥春花翠云菊玉巧妹银"
MINOR_GIVEN = {
    "miao": ["老耶", "务略", "榜往", "你金", "老四", "乜花", "妹仙", "老三", "金往", "故送", "略英"],
    "bai": ["金花", "阿鹏", "绍先", "润生", "宝珍", "家福", "兰英", "树林"],
    "hani": ["者然", "批者", "阿普", "沙则", "然诺", "阿嘎", "黑然", "秀梅", "斗龙", "普嘎"],
    "she": ["阿妹", "石妹", "金娣", "细弟", "灶弟", "春娣", "朝凤"],
}


def gen_name(rng, style, sex=None, used=None):
    for _ in range(200):
        if sex is None:
            sex = rng.choice("男女")
        if rng.random() < 0.03:
            sur = rng.choice(COMPOUND)
        else:
            sur = rng.choice(SUR[style])
        if style in MINOR_GIVEN and rng.random() < 0.18:
            given = rng.choice(MINOR_GIVEN[style])
        else:
            pool = GM if sex == "男" else GF
            if rng.random() < 0.3:
                given = rng.choice(pool)
            else:
                given = rng.choice(pool) + rng.choice(pool + GM[:10])
                if given[0] == given[1] and rng.random() < 0.5:
                    given = given[0] + rng.choice(pool)
        nm = sur + given
        if used is not None:
            if nm in used or any(nm in u or u in nm for u in used):
                continue
            used.append(nm)
        return nm
    raise RuntimeError("name pool exhausted")


def mask_name(rng, nm):
    return rng.choice([nm[0] + "*" * (len(nm) - 1), nm[0] + "某", nm[0] + "某某", nm[0] + "××"])


# --------------------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------------------


def rand_date(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


def gen_id(rng, region, birth, sex):
    code = region["code"]
    if region["key"] == "shuangcheng" and birth.year < 2010 and rng.random() < 0.35:
        code = "230182"
    seq = rng.randint(0, 99) * 10 + (
        rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8])
    )
    body = code + birth.strftime("%Y%m%d") + "%03d" % seq
    return body + id_check(body)


def gen_id15(rng, region, birth, sex):
    code = region["code"]
    if region["key"] == "shuangcheng":
        code = "230182"
    seq = rng.randint(0, 99) * 10 + (
        rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8])
    )
    return code + birth.strftime("%y%m%d") + "%03d" % seq


MOB_HEADS = [
    "130",
    "131",
    "132",
    "133",
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
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
]


def gen_mobile(rng, fmt=None):
    m = rng.choice(MOB_HEADS) + "%08d" % rng.randint(0, 99999999)
    if fmt is None:
        fmt = rng.choices(["plain", "space", "dash"], [90, 5, 5])[0]
    if fmt == "space":
        return m[:3] + " " + m[3:7] + " " + m[7:]
    if fmt == "dash":
        return m[:3] + "-" + m[3:7] + "-" + m[7:]
    return m


def mask_mobile(m):
    m = m.replace(" ", "").replace("-", "")
    return m[:3] + "****" + m[7:]


def mask_id(rng, i):
    k = rng.choice([(6, 4), (2, 3), (6, 3), (10, 4), (14, 0)])
    head, tail = k
    mid = len(i) - head - tail
    return i[:head] + "*" * mid + i[len(i) - tail :]


def gen_landline(rng, region, office=False):
    head = region["llhead"]
    n = head + "".join(rng.choice("0123456789") for _ in range(region["ll"] - len(head)))
    if office:
        return rng.choice(
            [region["area"] + "-" + n, region["area"] + "-" + n, "（" + region["area"] + "）" + n]
        )
    return rng.choice(
        [
            region["area"] + "-" + n,
            region["area"] + "-" + n,
            region["area"] + "-" + n,
            "（" + region["area"] + "）" + n,
            "(" + region["area"] + ")" + n,
        ]
    )


def gen_card(rng, grouped=None):
    b = rng.choice(BINS)
    ln = rng.choice([16, 19, 19, 19]) if b == "436742" else BIN_LEN[b]
    body = b + "".join(rng.choice("0123456789") for _ in range(ln - len(b) - 1))
    c = luhn_complete(body)
    if grouped is None:
        grouped = rng.random() < 0.12
    if grouped:
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    return c


def mask_card(c):
    c = c.replace(" ", "")
    return c[:4] + "*" * (len(c) - 8) + c[-4:]


def gen_order_no(rng, year=2023):
    """Luhn-valid 16-19 digit order/transaction number without an issuer prefix (near-miss)."""
    ln = rng.choice([16, 18, 19])
    d = rand_date(rng, year, year)
    head = rng.choice(["", "10", "80", "73"]) + d.strftime("%Y%m%d")
    body = head + "".join(rng.choice("0123456789") for _ in range(ln - len(head) - 1))
    return luhn_complete(body[: ln - 1])


PINYIN = [
    "zhang",
    "wang",
    "li",
    "liu",
    "yang",
    "wu",
    "long",
    "pan",
    "shi",
    "duan",
    "zhao",
    "lei",
    "lan",
    "zhong",
    "chen",
    "huang",
    "zhou",
    "bai",
    "pu",
    "ming",
    "hua",
    "jun",
    "fang",
    "xiu",
    "ying",
    "lin",
]


def gen_email(rng):
    kind = rng.choice(["qq", "qq", "163", "126", "sina", "foxmail", "139"])
    if kind == "qq":
        return str(rng.randint(10000, 2999999999)) + "@qq.com"
    user = rng.choice(PINYIN) + rng.choice(PINYIN + [""]) + str(rng.randint(1, 9999))
    if kind == "139":
        return gen_mobile(rng, "plain") + "@139.com"
    return user + {"163": "@163.com", "126": "@126.com", "sina": "@sina.com", "foxmail": "@foxmail.com"}[kind]


def gen_passport(rng):
    if rng.random() < 0.6:
        return "E" + "%08d" % rng.randint(10000000, 99999999)
    return "E" + rng.choice("ABCDEFGHJK") + "%07d" % rng.randint(0, 9999999)


def gen_hkm(rng):
    if rng.random() < 0.6:
        return "C" + "%08d" % rng.randint(10000000, 99999999)
    return "C" + rng.choice("ABCDEFGHJKLM") + "%07d" % rng.randint(0, 9999999)


def gen_tw(rng):
    return "L" + "%08d" % rng.randint(10000000, 99999999)


def gen_plate(rng, region):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if rng.random() < 0.2:
        tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        tail = "".join(rng.choice(letters + "0123456789" * 2) for _ in range(5))
        if not any(c.isdigit() for c in tail):
            tail = tail[:4] + "7"
    return region["plate"] + rng.choice(["", "·", ""]) + tail


def gen_address(rng, region, kind=None, prefix=None, village=None, town=None):
    """A residence down to 号/栋/单元/室/组."""
    if kind is None:
        kind = rng.choice(["urban", "estate", "rural", "rural", "rural_no"])
    if prefix is None:
        prefix = rng.choices(["none", "county", "city", "prov"], [35, 40, 15, 10])[0]
    pre = {
        "none": "",
        "county": region["county"],
        "city": region["city"] + region["county"],
        "prov": region["prov"] + region["city"] + region["county"],
    }[prefix]
    if kind == "urban":
        town = town or rng.choice([t for t in region["towns"] if t.endswith("街道")] or region["towns"])
        road = rng.choice(region["roads"])
        s = pre + rng.choice(["", town]) + road + "%d号" % rng.randint(1, 298)
        r = rng.random()
        if r < 0.4:
            s += "%d栋%d单元%d%02d室" % (
                rng.randint(1, 12),
                rng.randint(1, 4),
                rng.randint(1, 18),
                rng.randint(1, 6),
            )
        elif r < 0.6:
            s += "%d单元%d%02d室" % (rng.randint(1, 4), rng.randint(1, 8), rng.randint(1, 4))
        elif r < 0.7:
            s += "附%d号" % rng.randint(1, 9)
        return s
    if kind == "estate":
        town = town or rng.choice(region["towns"])
        est = rng.choice(region["estates"])
        return (
            pre
            + rng.choice(["", town])
            + est
            + "%d栋%d单元%d%02d室"
            % (rng.randint(1, 30), rng.randint(1, 4), rng.randint(1, 26), rng.randint(1, 4))
        )
    town = town or rng.choice(region["towns"])
    village = village or gen_village(rng, region)
    if region["key"] == "shuangcheng":
        tun = rng.choice(["前屯", "后屯", "东屯", "西屯", "腰屯"])
        tail = tun + "%d号" % rng.randint(1, 120) if rng.random() < 0.6 else "%d组" % rng.randint(1, 9)
    elif kind == "rural_no":
        tail = "%d组%d号" % (rng.randint(1, 12), rng.randint(1, 99))
    else:
        tail = rng.choice(
            [
                "%d组" % rng.randint(1, 12),
                "%s组" % rng.choice("一二三四五六七八九十"),
                "%d号" % rng.randint(1, 260),
            ]
        )
    return pre + town + village + tail


def gen_village(rng, region):
    return rng.choice(region["vil"]) + rng.choice(region["villsuf"])


# --------------------------------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------------------------------


def T(text):
    return [[text, None]]


def V(kind, text):
    return [[text, kind]]


def cat(*parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append([p, None])
        elif p and isinstance(p[0], str):
            out.append([p[0], p[1]])
        else:
            out.extend(p)
    return out


def plain(cell):
    return "".join(t for t, _ in cell)


class Doc:
    def __init__(self, rng, region, pdf):
        self.rng = rng
        self.R = region
        self.pdf = pdf
        self.segs = []
        self.used = []  # names used in this document (list: deterministic order)
        self.colon = rng.choice(["：", "：", "：", ":"])
        self.running = ""

    # --- raw
    def t(self, text):
        self.segs.append([text, None])

    def p(self, kind, text):
        self.segs.append([text, kind])

    def add(self, cell):
        self.segs.extend([list(x) for x in cell])

    def line(self, *parts):
        self.add(cat(*parts))
        self.t("\n")

    # --- people
    def name(self, sex=None):
        return gen_name(self.rng, self.R["style"], sex, self.used)

    def person(self, age=(25, 80), sex=None, id15=False):
        rng = self.rng
        sex = sex or rng.choice("男女")
        nm = self.name(sex)
        birth = rand_date(rng, 2023 - age[1], 2023 - age[0])
        pid = gen_id15(rng, self.R, birth, sex) if id15 else gen_id(rng, self.R, birth, sex)
        return dict(
            name=nm,
            sex=sex,
            birth=birth,
            id=pid,
            idkind="id_card_15" if id15 else "id_card",
            age=2023 - birth.year,
            mobile=gen_mobile(rng),
            card=gen_card(rng),
        )

    def staff(self):
        return self.name()

    # --- blocks
    def title(self, text):
        self.running = text if len(text) < 30 else text[:24]
        self.t(text + "\n\n")

    def para(self, *parts):
        ind = self.rng.choice(["", "　　", "    ", "　　"])
        self.add(cat(ind, *parts))
        self.t("\n")

    def blank(self):
        self.t("\n")

    # --- tables
    def table(self, headers, rows, layout=None):
        rng = self.rng
        if layout is None:
            layout = rng.choice(["tab", "space", "md", "html", "csv", "cells", "numbered"])
        if self.pdf:
            layout = rng.choice(["pdfrow", "pdfrow", "pdfcell"])
        render_table(self, headers, rows, layout)
        return layout

    def form(self, fields, layout=None):
        rng = self.rng
        if layout is None:
            layout = rng.choice(["colon1", "colon1", "colon2", "spaced", "cells", "html", "md"])
        if self.pdf and layout in ("html", "md"):
            layout = rng.choice(["colon1", "colon2", "spaced", "cells"])
        render_form(self, fields, layout)
        return layout


def cjk_width(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def render_table(doc, headers, rows, layout):
    rng = doc.rng
    if layout == "tab":
        doc.t("\t".join(headers) + "\n")
        for r in rows:
            for j, c in enumerate(r):
                if j:
                    doc.t("\t")
                doc.add(c)
            doc.t("\n")
    elif layout == "space":
        widths = [cjk_width(h) for h in headers]
        for r in rows:
            for j, c in enumerate(r):
                widths[j] = max(widths[j], cjk_width(plain(c)))

        def emit(cells):
            for j, c in enumerate(cells):
                doc.add(c)
                if j < len(cells) - 1:
                    doc.t(" " * (widths[j] - cjk_width(plain(c)) + 2))
            doc.t("\n")

        emit([T(h) for h in headers])
        for r in rows:
            emit(r)
    elif layout == "md":
        doc.t("| " + " | ".join(headers) + " |\n")
        doc.t("|" + "|".join(["---"] * len(headers)) + "|\n")
        for r in rows:
            doc.t("| ")
            for j, c in enumerate(r):
                if j:
                    doc.t(" | ")
                doc.add(c)
            doc.t(" |\n")
    elif layout == "html":
        doc.t('<table border="1">\n<tr>' + "".join("<th>%s</th>" % h for h in headers) + "</tr>\n")
        for r in rows:
            doc.t("<tr>")
            for c in r:
                doc.t("<td>")
                doc.add(c)
                doc.t("</td>")
            doc.t("</tr>\n")
        doc.t("</table>\n")
    elif layout == "csv":
        doc.t(",".join(headers) + "\n")
        for r in rows:
            for j, c in enumerate(r):
                if j:
                    doc.t(",")
                if "," in plain(c) or '"' in plain(c):
                    doc.t('"')
                    doc.add(c)
                    doc.t('"')
                else:
                    doc.add(c)
            doc.t("\n")
    elif layout == "cells":
        for h in headers:
            doc.t(h + "\n")
        for r in rows:
            for c in r:
                doc.add(c)
                doc.t("\n")
    elif layout == "numbered":
        sep = rng.choice(["，", "；", "  "])
        num = rng.choice(["%d．", "%d.", "（%d）", "%d、"])
        for i, r in enumerate(rows):
            doc.t(num % (i + 1))
            first = True
            for h, c in zip(headers, r):
                if h in ("序号", "编号") or not plain(c):
                    continue
                if not first:
                    doc.t(sep)
                first = False
                doc.t(h + doc.colon)
                doc.add(c)
            doc.t("\n")
    elif layout in ("pdfrow", "pdfcell"):
        every = rng.randint(8, 16)
        pg = rng.randint(1, 2)
        if layout == "pdfrow":
            doc.t(" ".join(headers) + "\n")
        else:
            for h in headers:
                doc.t(h + "\n")
        for i, r in enumerate(rows):
            if i and i % every == 0:
                pg += 1
                doc.t(page_mark(rng, pg) + "\n" + (doc.running + "\n" if rng.random() < 0.6 else ""))
            for j, c in enumerate(r):
                if layout == "pdfrow":
                    if j:
                        doc.t(" ")
                    doc.add(c)
                else:
                    if plain(c):
                        doc.add(c)
                        doc.t("\n")
            if layout == "pdfrow":
                doc.t("\n")
    else:
        raise ValueError(layout)


def page_mark(rng, pg):
    return rng.choice(
        ["— %d —" % pg, "- %d -" % pg, "第 %d 页" % pg, "%d" % pg, "第%d页 共%d页" % (pg, pg + 1)]
    )


def spaced_label(lbl):
    if len(lbl) == 2:
        return lbl[0] + "　　" + lbl[1]
    if len(lbl) == 3:
        return lbl[0] + "　" + lbl[1] + "　" + lbl[2]
    return lbl


def render_form(doc, fields, layout):
    rng = doc.rng
    col = doc.colon
    if layout == "colon1":
        for lbl, c in fields:
            doc.t(lbl + col)
            doc.add(c)
            doc.t("\n")
    elif layout == "colon2":
        i = 0
        gap = rng.choice(["    ", "\t", "　　", "   "])
        while i < len(fields):
            lbl, c = fields[i]
            doc.t(lbl + col)
            doc.add(c)
            if i + 1 < len(fields) and len(plain(c)) < 20 and len(plain(fields[i + 1][1])) < 20:
                lbl2, c2 = fields[i + 1]
                doc.t(gap + lbl2 + col)
                doc.add(c2)
                i += 1
            doc.t("\n")
            i += 1
    elif layout == "spaced":
        for lbl, c in fields:
            doc.t(spaced_label(lbl) + col)
            doc.add(c)
            doc.t("\n")
    elif layout == "cells":
        for lbl, c in fields:
            doc.t(lbl + "\n")
            if plain(c):
                doc.add(c)
                doc.t("\n")
    elif layout == "html":
        doc.t("<table>\n")
        for i in range(0, len(fields), 2):
            doc.t("<tr>")
            for lbl, c in fields[i : i + 2]:
                doc.t("<td>%s</td><td>" % lbl)
                doc.add(c)
                doc.t("</td>")
            doc.t("</tr>\n")
        doc.t("</table>\n")
    elif layout == "md":
        doc.t("| 项目 | 内容 | 项目 | 内容 |\n|---|---|---|---|\n")
        for i in range(0, len(fields), 2):
            doc.t("|")
            for lbl, c in fields[i : i + 2]:
                doc.t(" %s | " % lbl)
                doc.add(c)
                doc.t(" |")
            if len(fields[i : i + 2]) == 1:
                doc.t("  |  |")
            doc.t("\n")
    else:
        raise ValueError(layout)


# --------------------------------------------------------------------------------------------------
# PDF post-processing and assembly
# --------------------------------------------------------------------------------------------------


def pdf_transform(doc):
    rng = doc.rng
    segs = doc.segs
    if rng.random() < 0.75:
        for s in segs:
            if s[1] == "name" and len(s[0]) == 2:
                s[0] = s[0][0] + "\u3000" + s[0][1]
    W = rng.randint(28, 40)
    out = []
    col = 0
    for text, kind in segs:
        if kind is None:
            buf = []
            for ch in text:
                if ch == "\n":
                    col = 0
                    buf.append(ch)
                    continue
                if col >= W:
                    buf.append("\n")
                    col = 0
                buf.append(ch)
                col += 1
            out.append(["".join(buf), None])
        else:
            L = len(text)
            if col + L <= W or col == 0:
                out.append([text, kind])
                col += L
            elif kind == "address" and W - col >= 2 and L - (W - col) >= 2:
                k = W - col
                out.append([text[:k] + "\n" + text[k:], kind])
                col = L - k
            else:
                out.append(["\n", None])
                out.append([text, kind])
                col = L
    # page marks between lines
    every = rng.randint(30, 45)
    pg = 1
    n = 0
    res = []
    for text, kind in out:
        if kind is not None or "\n" not in text:  # type: ignore[operator]
            res.append([text, kind])
            continue
        pieces = text.split("\n")  # type: ignore[union-attr]
        buf = pieces[0]  # type: ignore[assignment]
        for pc in pieces[1:]:
            n += 1
            if n % every == 0:
                pg += 1
                buf += "\n" + page_mark(rng, pg)
                if rng.random() < 0.5 and doc.running:
                    buf += "\n" + doc.running
            buf += "\n" + pc
        res.append([buf, None])  # type: ignore[list-item]
    if rng.random() < 0.7:
        res.append(["\n" + page_mark(rng, pg + 1 if rng.random() < 0.3 else pg) + "\n", None])
    doc.segs = res


def assemble(segs):
    parts = []
    spans = []
    pos = 0
    for text, kind in segs:
        if kind is not None:
            spans.append({"kind": kind, "start": pos, "end": pos + len(text), "text": text})
        parts.append(text)
        pos += len(text)
    return "".join(parts), spans


# --------------------------------------------------------------------------------------------------
# self-checks
# --------------------------------------------------------------------------------------------------


def valid_date(s):
    try:
        datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
        return True
    except ValueError:
        return False


def id18_ok(s):
    return (
        re.fullmatch(r"\d{17}[\dX]", s) is not None
        and id_check(s[:17]) == s[17]
        and s[:6] in VALID_REGION_CODES
        and valid_date(s[6:14])
        and 1900 <= int(s[6:10]) <= 2023
    )


def id18_looks_valid(s):
    """Broad test used on unlabelled text: checksum + any real-looking date + plausible code."""
    return (
        re.fullmatch(r"\d{17}[\dXx]", s) is not None
        and id_check(s[:17]) == s[17].upper()
        and valid_date(s[6:14])
        and 1900 <= int(s[6:10]) <= 2030
        and s[0] in "1234568"
    )


def card_ok(c):
    d = c.replace(" ", "")
    return re.fullmatch(r"\d{16,19}", d) is not None and luhn_ok(d) and d[:6] in BINS


FORMAT = {
    "mobile": lambda s: re.fullmatch(r"1[3-9]\d{9}", re.sub(r"[ -]", "", s)) is not None,
    "landline": lambda s: re.fullmatch(r"(?:0\d{2,3}-|（0\d{2,3}）|\(0\d{2,3}\))\d{7,8}", s) is not None,
    "email": lambda s: (
        re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s) is not None and "gov.cn" not in s
    ),
    "passport": lambda s: re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}", s) is not None,
    "hk_macau_permit": lambda s: re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}", s) is not None,
    "tw_permit": lambda s: re.fullmatch(r"L\d{8}", s) is not None,
    "license_plate": lambda s: re.fullmatch(r"[黔云冀皖黑闽][A-Z]·?[A-Z0-9]{5,6}", s) is not None,
    "id_card": id18_ok,
    "id_card_15": lambda s: (
        re.fullmatch(r"\d{15}", s) is not None and s[:6] in VALID_REGION_CODES and valid_date("19" + s[6:12])
    ),
    "bank_card": card_ok,
    "address": lambda s: re.search(r"(号|栋|单元|室|组)$", s) is not None and len(s) >= 6,
    "name": lambda s: re.fullmatch(r"[\u4e00-\u9fff]{1,2}\u3000?[\u4e00-\u9fff]{1,3}", s) is not None,
    "health": lambda s: len(s) >= 2,
}


def check_doc(text, spans):
    last = 0
    for sp in spans:
        s, e, t, k = sp["start"], sp["end"], sp["text"], sp["kind"]
        if s < last or e <= s or text[s:e] != t:
            return "span invariant"
        if t != t.strip():
            return "edge whitespace " + k
        if "\n" in t and k != "address":
            return "newline in " + k
        if not FORMAT[k](t.replace("\n", "") if k == "address" else t):
            return "format %s %r" % (k, t)
        last = e
    masked = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            if masked[i] != "\n":
                masked[i] = "#"
    m = "".join(masked)
    if re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", m) or re.search(r"(?<!\d)1[3-9]\d[ -]\d{4}[ -]\d{4}(?!\d)", m):
        return "unlabelled mobile"
    for mm in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", m):
        if id18_looks_valid(mm.group()):
            return "unlabelled id"
    for mm in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", m):
        d = mm.group()
        if luhn_ok(d) and d.startswith(ISSUER_PREFIXES):
            return "unlabelled card"
    for sp in spans:
        if sp["kind"] != "name":
            continue
        forms = [sp["text"].replace("\u3000", "")]
        if len(forms[0]) == 2:
            forms.append(forms[0][0] + "\u3000" + forms[0][1])
        for f in forms:
            for mm in re.finditer(re.escape(f), text):
                a, b = mm.start(), mm.end()
                if not any(x["start"] <= a and b <= x["end"] for x in spans):
                    return "unlabelled name occurrence " + f
    return None


# --------------------------------------------------------------------------------------------------
# shared content helpers
# --------------------------------------------------------------------------------------------------
DISEASES = [
    "尿毒症",
    "肝癌晚期",
    "乳腺癌术后",
    "脑梗死后遗症",
    "精神分裂症",
    "急性白血病",
    "肺结核",
    "2型糖尿病",
    "高血压",
    "慢性阻塞性肺疾病",
    "类风湿性关节炎",
    "先天性心脏病",
    "癫痫",
    "冠心病",
    "股骨头坏死",
    "帕金森病",
    "阿尔茨海默病",
    "胃癌术后化疗中",
    "双肾衰竭（长期透析）",
    "脑瘫",
    "系统性红斑狼疮",
]
DIS_TYPES = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
GRADES = "一二三四"


def disability(rng):
    t = rng.choice(DIS_TYPES)
    g = rng.choice(GRADES)
    return rng.choice(["%s残疾%s级" % (t, g), "%s%s级残疾" % (t, g), "%s残疾%s级" % (t, g), "%s残疾" % t])


def illness(rng):
    return rng.choice(DISEASES)


def health_value(rng):
    return disability(rng) if rng.random() < 0.45 else illness(rng)


def date_cn(rng, d, style=None):
    style = style or rng.choice(["cn", "cn", "cn", "dash", "dot"])
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "dash":
        return d.strftime("%Y-%m-%d")
    return "%d.%d.%d" % (d.year, d.month, d.day)


def cnnum(n):
    return "〇一二三四五六七八九"[n]


def date_upper(d):
    y = "".join(cnnum(int(c)) for c in str(d.year))

    def two(x):
        if x < 10:
            return cnnum(x)
        if x == 10:
            return "十"
        if x < 20:
            return "十" + cnnum(x % 10)
        return cnnum(x // 10) + "十" + (cnnum(x % 10) if x % 10 else "")

    return "%s年%s月%s日" % (y, two(d.month), two(d.day))


def doc_date(rng):
    return rand_date(rng, 2021, 2024)


def agency_name(R, dept):
    return R["county"] + dept


def agency_addr(rng, R):
    return R["county"] + rng.choice(R["roads"]) + "%d号" % rng.randint(1, 200)


def gov_mail(rng, R):
    return rng.choice(["xxgk", "mzj", "zwgk", "bgs", "scjgj", "gaj", "jyj", "wjj"]) + "@" + R["mail"]


def wenhao(rng, R, code, year):
    return "%s%s〔%d〕%d号" % (R["short"], code, year, rng.randint(1, 260))


def index_no(rng, R, year):
    return "%s/%d-%05d" % (credit_code(rng, R["code"], "11"), year, rng.randint(1, 3000))


def meta_header(doc, dept, year, code="民发"):
    rng = doc.rng
    R = doc.R
    if rng.random() < 0.5:
        return
    lines = [
        "索引号%s%s" % (doc.colon, index_no(rng, R, year)),
        "发布机构%s%s" % (doc.colon, agency_name(R, dept)),
        "发文字号%s%s" % (doc.colon, wenhao(rng, R, code, year) if rng.random() < 0.7 else "无"),
        "公开方式%s主动公开" % doc.colon,
        "主题分类%s%s"
        % (
            doc.colon,
            {
                "民政局": rng.choice(
                    ["民政、扶贫、救灾\\社会福利", "劳动、人事、监察\\社会保障", "民政、扶贫、救灾\\扶贫"]
                ),
                "教育局": "科技、教育\\教育",
                "农业农村局": "农业、林业、水利\\农业、畜牧业、渔业",
            }.get(dept, rng.choice(["综合政务\\政务公开", "城乡建设、环境保护\\城乡建设（含住房）"])),
        ),
    ]
    if rng.random() < 0.4:
        doc.t(" | ".join(lines[:3]) + "\n\n")
    else:
        doc.t("\n".join(lines) + "\n\n")


def contact_block(doc, dept, staff_name=None, mobile_ok=True):
    rng = doc.rng
    R = doc.R
    parts = []
    doc.t(
        rng.choice(
            [
                "公示期间如有异议，请以书面或电话形式向",
                "对公示对象有异议的，可在公示期内向",
                "如有异议，请于公示期内向",
            ]
        )
        + agency_name(R, dept)
        + rng.choice(["反映", "实名反映", "提出"])
        + "。\n"
    )
    if staff_name is None:
        staff_name = doc.staff()
    doc.t("联系人%s%s" % (doc.colon, staff_name))
    doc.t("    联系电话%s%s" % (doc.colon, gen_landline(rng, R, office=True)))
    if mobile_ok and rng.random() < 0.35:
        doc.t("、")
        doc.p("mobile", gen_mobile(rng, "plain"))
    doc.t("\n")
    if rng.random() < 0.6:
        doc.t(
            "监督电话%s%s%s\n"
            % (
                doc.colon,
                gen_landline(rng, R, office=True),
                rng.choice(["（工作日）", "", "；12345政务服务便民热线", "，12345"]),
            )
        )
    if rng.random() < 0.4:
        doc.t("电子邮箱%s%s\n" % (doc.colon, gov_mail(rng, R)))
    if rng.random() < 0.4:
        doc.t("来信地址%s%s（邮编%s）\n" % (doc.colon, agency_addr(rng, R), R["post"]))


def sign_off(doc, org, d):
    rng = doc.rng
    doc.t("\n" + rng.choice(["", "                    ", "\t\t\t"]) + org + "\n")
    doc.t(
        rng.choice(["", "                    ", "\t\t\t"])
        + (date_upper(d) if rng.random() < 0.25 else date_cn(rng, d, "cn"))
        + "\n"
    )


def addr_cell(doc, bare_ok=True, **kw):
    """Residence cell: mostly a full address (labelled), sometimes a bare village (not labelled)."""
    rng = doc.rng
    if bare_ok and rng.random() < 0.2:
        return T(kw.get("town") or rng.choice(doc.R["towns"])) + T(gen_village(rng, doc.R))
    return V("address", gen_address(rng, doc.R, **kw))


def id_cell(doc, p, mask_p=0.0):
    if doc.rng.random() < mask_p:
        return T(mask_id(doc.rng, p["id"]))
    return V(p["idkind"], p["id"])


def mob_cell(doc, p, mask_p=0.0):
    if doc.rng.random() < mask_p:
        return T(mask_mobile(p["mobile"]))
    return V("mobile", p["mobile"])


def card_cell(doc, p, mask_p=0.0):
    if doc.rng.random() < mask_p:
        return T(mask_card(p["card"]))
    return V("bank_card", p["card"])


def name_cell(doc, p):
    return V("name", p["name"])


def nation(rng, R):
    st = R["style"]
    opts = {
        "miao": ["苗族", "侗族", "苗族", "汉族", "水族"],
        "bai": ["白族", "白族", "汉族", "彝族"],
        "hani": ["哈尼族", "彝族", "汉族", "汉族", "回族"],
        "she": ["畲族", "汉族", "汉族"],
        "heilong": ["汉族", "汉族", "满族", "朝鲜族"],
    }.get(st, ["汉族"])
    return rng.choice(opts)


# --------------------------------------------------------------------------------------------------
# family 1: dibao
# --------------------------------------------------------------------------------------------------


def fam_dibao(doc, sub):
    rng = doc.rng
    R = doc.R
    d = doc_date(rng)
    town = rng.choice(R["towns"])
    if sub == 0:
        prog = rng.choice(["农村最低生活保障", "城市最低生活保障", "特困人员供养", "临时救助"])
        doc.title(
            "%s%d年%d月%s资金发放%s" % (town, d.year, d.month, prog, rng.choice(["花名册", "名单", "明细表"]))
        )
        meta_header(doc, "民政局", d.year)
        if rng.random() < 0.5:
            doc.t("填报单位（盖章）%s%s人民政府%s\n" % (doc.colon, town, rng.choice(["", "    单位：元"])))
        mask_id_p = rng.choice([0, 0, 0, 0.3, 1.0])
        mask_card_p = rng.choice([0, 0, 0.5, 1.0])
        cols = [
            "序号",
            rng.choice(["户主姓名", "姓名", "户主"]),
            "身份证号码",
            rng.choice(["家庭人口", "保障人口"]),
        ]
        if prog != "临时救助":
            cols.append(rng.choice(["保障类别", "类别"]))
        cols += [
            rng.choice(["月保障金额", "保障金额（元）", "发放金额"]),
            rng.choice(["银行账号", "一折通账号", "社保卡号"]),
            rng.choice(["家庭住址", "住址", "所在村组"]),
        ]
        has_phone = rng.random() < 0.35
        if has_phone:
            cols.append("联系电话")
        has_reason = prog == "临时救助" or rng.random() < 0.25
        if has_reason:
            cols.append(rng.choice(["救助原因", "致困原因", "备注"]))
        rows = []
        for i in range(rng.randint(4, 14)):
            p = doc.person(age=(25, 92), id15=rng.random() < 0.1)
            if rng.random() < 0.15:
                p["mobile"] = gen_landline(rng, R)
            row = [T(str(i + 1)), name_cell(doc, p), id_cell(doc, p, mask_id_p), T(str(rng.randint(1, 6)))]
            if prog != "临时救助":
                row.append(T(rng.choice(["A类", "B类", "C类", "一类", "二类", "全供养", "半供养"])))
            amt = rng.choice([365, 420, 512, 600, 633, 720, 810, 1260, 1500, 2000, 3000])
            row.append(T("%d%s" % (amt, rng.choice(["", ".00", "元"]))))
            row.append(card_cell(doc, p, mask_card_p))
            row.append(addr_cell(doc, town=town))
            if has_phone:
                if p["mobile"].startswith(("0", "(", "（")):
                    row.append(V("landline", p["mobile"]))
                else:
                    row.append(mob_cell(doc, p, 0.1))
            if has_reason:
                r = rng.random()
                if r < 0.45:
                    row.append(V("health", health_value(rng)))
                elif r < 0.8:
                    row.append(
                        T(
                            rng.choice(
                                ["缺劳力", "因学", "因灾（房屋受损）", "火灾", "缺技术", "突发事件", "无"]
                            )
                        )
                    )
                else:
                    row.append(T(""))
            rows.append(row)
        doc.table(cols, rows)
        doc.t("\n合计%s%d户\n" % (doc.colon, len(rows)))
        doc.t(
            "制表人%s%s    审核人%s%s    制表日期%s%s\n"
            % (doc.colon, doc.staff(), doc.colon, doc.staff(), doc.colon, date_cn(rng, d))
        )
    elif sub == 1:
        doc.title(
            rng.choice(["%s最低生活保障申请审批表", "%s低保家庭情况登记表", "%s特困人员救助供养审批表"])
            % R["county"]
        )
        doc.t(
            "%s乡镇（街道）%s%s    村（社区）%s%s\n" % ("", doc.colon, town, doc.colon, gen_village(rng, R))
        )
        p = doc.person(age=(30, 80))
        hv = rng.random() < 0.6
        fields = [
            ("申请人", name_cell(doc, p)),
            ("性别", T(p["sex"])),
            ("民族", T(nation(rng, R))),
            ("出生年月", T("%d.%02d" % (p["birth"].year, p["birth"].month))),
            ("身份证号码", id_cell(doc, p)),
            ("健康状况", V("health", health_value(rng)) if hv else T(rng.choice(["健康", "良好", "一般"]))),
            (
                "联系电话",
                V("mobile", p["mobile"]) if rng.random() < 0.85 else V("landline", gen_landline(rng, R)),
            ),
            ("户籍地址", V("address", gen_address(rng, R, town=town))),
        ]
        if rng.random() < 0.5:
            fields.append(
                ("现居住地址", V("address", gen_address(rng, R, kind=rng.choice(["urban", "estate"]))))
            )
        fields += [
            ("开户银行", T(rng.choice(["农村信用社", "邮储银行", "农业银行", "农商银行"]))),
            ("银行账号", V("bank_card", p["card"])),
            ("家庭人口", T("%d人" % rng.randint(2, 6))),
            ("家庭月人均收入", T("%d元" % rng.randint(120, 560))),
        ]
        doc.form(fields)
        doc.t("\n家庭成员情况\n")
        rows = []
        pa = p["age"]
        ages = {
            "配偶": (max(20, pa - 8), pa + 5),
            "长子": (max(1, pa - 40), max(2, pa - 18)),
            "次子": (max(1, pa - 42), max(2, pa - 20)),
            "长女": (max(1, pa - 40), max(2, pa - 18)),
            "次女": (max(1, pa - 42), max(2, pa - 20)),
            "孙子": (1, max(2, pa - 40)),
            "孙女": (1, max(2, pa - 40)),
            "母亲": (pa + 18, pa + 35),
            "父亲": (pa + 20, pa + 38),
        }
        rels = [
            r
            for r in ["配偶", "长子", "次子", "长女", "次女", "孙子", "孙女", "母亲", "父亲"]
            if ages[r][0] <= ages[r][1] and ages[r][1] <= 100 and (r[0] != "孙" or pa >= 55)
        ]
        for rel in rng.sample(rels, min(len(rels), rng.randint(1, 4))):
            m = doc.person(age=ages[rel])
            hs = (
                V("health", health_value(rng))
                if rng.random() < 0.3
                else T(rng.choice(["健康", "健康", "良好"]))
            )
            rows.append(
                [
                    name_cell(doc, m),
                    T(rel),
                    id_cell(doc, m),
                    hs,
                    T(rng.choice(["务农", "在校学生", "无", "务工", "学龄前", "丧失劳动能力"])),
                ]
            )
        doc.table(["姓名", "与申请人关系", "身份证号", "健康状况", "就业/就学情况"], rows)
        doc.t("\n申请理由%s" % doc.colon)
        doc.add(
            cat(
                "本人",
                V("name", p["name"]),
                "，家中",
                rng.choice(["劳动力少，", "收入微薄，", ""]),
                rng.choice(["本人患有", "本人长期患"]),
                V("health", illness(rng)),
                rng.choice(["，常年服药，", "，无法从事重体力劳动，", "，医疗支出大，"]),
                "家庭生活困难，特申请最低生活保障。\n",
            )
        )
        doc.t("申请人签字（手印）%s" % doc.colon)
        doc.p("name", p["name"])
        doc.t("    %s\n" % date_cn(rng, d))
        doc.t(
            "村（居）民委员会意见%s经入户调查、民主评议，情况属实，同意上报。  经办人%s%s\n"
            % (doc.colon, doc.colon, doc.staff())
        )
        doc.t(
            "乡镇（街道）审核意见%s同意。  审核人%s%s  %s\n"
            % (doc.colon, doc.colon, doc.staff(), date_cn(rng, d))
        )
        doc.t(
            "县级民政部门审批意见%s%s\n"
            % (doc.colon, rng.choice(["同意纳入，保障金额每月%d元。" % rng.randint(200, 900), "同意。", ""]))
        )
    else:
        doc.title(
            "%s关于%d年第%s季度%s动态调整情况的公示"
            % (
                town,
                d.year,
                "一二三四"[rng.randint(0, 3)],
                rng.choice(["农村低保", "城乡低保", "低保和特困"]),
            )
        )
        meta_header(doc, "民政局", d.year)
        doc.para(
            "根据《社会救助暂行办法》和%s最低生活保障工作有关规定，经入户调查、民主评议、乡镇审核和县民政局审批，"
            "现将本季度低保对象动态调整情况公示如下：" % R["prov"][:-1]
        )
        for sec, reasons in (
            ("一、新增对象", None),
            (
                "二、停发对象",
                [
                    "家庭人均收入超过当地低保标准",
                    "户主死亡，家庭无其他成员",
                    "子女外出务工收入稳定",
                    "购置机动车辆",
                    "死亡",
                ],
            ),
            ("三、减发对象", ["家庭成员就业", "收入增加", "享受其他救助"]),
        ):
            doc.t(sec + "\n")
            items = []
            for i in range(rng.randint(1, 5)):
                p = doc.person(age=(20, 90))
                vill = gen_village(rng, R)
                if reasons is None:
                    r = rng.random()
                    if r < 0.5:
                        why = cat(
                            rng.choice(["本人患", "户主患", "因"]),
                            V("health", health_value(rng)),
                            rng.choice(["，家庭支出大", "，无劳动能力", "致贫", ""]),
                        )
                    else:
                        why = T(
                            rng.choice(
                                ["家庭无劳动力", "年老体弱，无固定收入", "因学致困", "单亲家庭，子女年幼"]
                            )
                        )
                else:
                    why = T(rng.choice(reasons))
                items.append(
                    [
                        V("name", p["name"]),
                        T(vill),
                        T("%d人" % rng.randint(1, 5)),
                        T("%d元" % rng.choice([150, 220, 300, 412, 560, 700])),
                        why,
                    ]
                )
            style = rng.random()
            if style < 0.5:
                doc.table(["户主", "所在村", "人口", "金额", "原因"], items)
            else:
                for i, it in enumerate(items):
                    doc.add(
                        cat(
                            "%d. " % (i + 1),
                            it[0],
                            "，",
                            it[1],
                            "，家庭人口",
                            it[2],
                            "，",
                            "月保障金额" if sec[0] != "二" else "原保障金",
                            it[3],
                            "，",
                            it[4],
                            "。\n",
                        )
                    )
        doc.para(
            "公示时间：%s至%s。" % (date_cn(rng, d, "cn"), date_cn(rng, d + datetime.timedelta(days=7), "cn"))
        )
        contact_block(doc, "民政局")
        sign_off(doc, town + "人民政府", d)


# --------------------------------------------------------------------------------------------------
# family 2: penalty
# --------------------------------------------------------------------------------------------------
POLICE_CASES = [
    ("参与赌博", "《中华人民共和国治安管理处罚法》第七十条", "罚款五百元"),
    ("殴打他人", "《中华人民共和国治安管理处罚法》第四十三条第一款", "行政拘留五日并处罚款二百元"),
    (
        "饮酒后驾驶机动车",
        "《中华人民共和国道路交通安全法》第九十一条第一款",
        "暂扣机动车驾驶证六个月，并处罚款一千元",
    ),
    ("盗窃", "《中华人民共和国治安管理处罚法》第四十九条", "行政拘留十日"),
    ("违反规定燃放烟花爆竹", "《中华人民共和国治安管理处罚法》第三十条", "罚款二百元"),
    ("无证驾驶机动车", "《中华人民共和国道路交通安全法》第九十九条", "罚款一千元"),
]


def fam_penalty(doc, sub):
    rng = doc.rng
    R = doc.R
    d = doc_date(rng)
    if sub == 0:
        town = rng.choice(R["towns"])
        doc.title(R["county"] + "公安局\n行政处罚决定书")
        doc.t("%s公（%s）行罚决字〔%d〕%d号\n\n" % (R["short"], town[:2], d.year, rng.randint(10, 2999)))
        case = rng.choice(POLICE_CASES + POLICE_CASES[2:3] + POLICE_CASES[5:6])
        p = doc.person(age=(18, 65), sex=rng.choice("男男男女"))
        doc.add(
            cat(
                "违法行为人",
                doc.colon,
                V("name", p["name"]),
                "，",
                p["sex"],
                "，",
                nation(rng, R),
                "，",
                date_cn(rng, p["birth"], "cn"),
                "出生，",
                rng.choice(["", "文化程度初中，", "无业，", "务农，"]),
                rng.choice(["身份证件种类及号码：居民身份证 ", "公民身份号码：", "身份证号码"]),
                V("id_card", p["id"]),
                "，",
                rng.choice(["户籍所在地：", "现住址：", "住"]),
                V("address", gen_address(rng, R)),
                "。",
            )
        )
        if rng.random() < 0.4:
            doc.add(cat("联系电话：", V("mobile", p["mobile"]), "。"))
        doc.t("\n")
        others = []
        if case[0] == "参与赌博" and rng.random() < 0.7:
            for _ in range(rng.randint(1, 3)):
                others.append(doc.person(age=(20, 70)))
        doc.t("\n")
        when = rand_date(rng, d.year, d.year)
        facts = cat(
            "现查明：%s%d时许，违法行为人" % (date_cn(rng, when, "cn"), rng.randint(0, 23)),
            V("name", p["name"]),
        )
        if case[0] in ("饮酒后驾驶机动车", "无证驾驶机动车"):
            facts += cat(
                "驾驶车牌号为",
                V("license_plate", gen_plate(rng, R)),
                "的%s行驶至%s%s路段时，被执勤民警查获"
                % (
                    rng.choice(["小型轿车", "普通二轮摩托车", "轻型厢式货车"]),
                    R["county"],
                    rng.choice(R["roads"]),
                ),
            )
            if case[0] == "饮酒后驾驶机动车":
                facts += T("，经呼气式酒精检测，其血液中酒精含量为%dmg/100ml" % rng.randint(22, 76))
        elif case[0] == "参与赌博" and others:
            facts += T("伙同")
            for j, o in enumerate(others):
                if j:
                    facts += T("、")
                facts += V("name", o["name"])
            facts += T(
                "等人在%s%s一出租屋内以“%s”方式赌博，赌资共计%d元"
                % (
                    rng.choice(R["towns"]),
                    gen_village(rng, R),
                    rng.choice(["斗地主", "扎金花", "推筒子"]),
                    rng.randint(300, 6000),
                )
            )
        elif case[0] == "殴打他人":
            v = doc.person()
            facts += cat(
                "在",
                rng.choice(R["towns"]),
                "一烧烤摊因琐事与",
                V("name", v["name"]),
                "发生争执，用拳头殴打",
                V("name", v["name"]),
                "头部，致其",
                rng.choice(["轻微伤", "面部软组织挫伤"]),
                "",
            )
        else:
            facts += T(
                "在%s实施%s行为"
                % (rng.choice(R["towns"]) + rng.choice(["集市", "某超市", "农贸市场"]), case[0])
            )
        facts += T("。\n")
        doc.para(*facts)
        evid = cat(
            "以上事实有违法行为人",
            V("name", p["name"]),
            "的陈述和申辩、",
            rng.choice(["证人证言、", "现场检测结果、", "视听资料、"]),
            "辨认笔录等证据证实。\n",
        )
        doc.para(*evid)
        doc.para(
            "根据%s之规定，现决定对违法行为人" % case[1], V("name", p["name"]), "给予%s的行政处罚。" % case[2]
        )
        doc.para(
            "执行方式和期限：%s。"
            % rng.choice(
                ["被处罚人持本决定书在十五日内到指定银行缴纳罚款", "送%s拘留所执行" % R["county"], "当场执行"]
            )
        )
        doc.para(
            "如不服本决定，可以在收到本决定书之日起六十日内向%s人民政府申请行政复议或者在六个月内依法向%s人民法院提起行政诉讼。"
            % (R["county"], R["county"])
        )
        sign_off(doc, R["county"] + "公安局", d)
        if rng.random() < 0.5:
            doc.t("\n承办人：%s、%s\n" % (doc.staff(), doc.staff()))
        if rng.random() < 0.4:
            doc.add(cat("被处罚人签名：", V("name", p["name"]), "    " + date_cn(rng, d, "cn") + "\n"))
    elif sub == 1:
        env = rng.random() < 0.4
        dept = "生态环境局" if env else "市场监督管理局"
        if env:
            cshort = {
                "黔东南苗族侗族自治州": "黔东南州",
                "大理白族自治州": "大理州",
                "红河哈尼族彝族自治州": "红河州",
            }
            org = cshort.get(R["city"], R["city"]) + "生态环境局" + R["county"] + "分局"
        else:
            org = agency_name(R, dept)
        doc.title(org + "\n行政处罚决定书")
        doc.t(
            "%s〔%d〕%d号\n\n"
            % ((R["short"] + "市监处罚") if not env else (R["short"] + "环罚"), d.year, rng.randint(1, 300))
        )
        p = doc.person(age=(24, 64))
        shop = (
            R["county"]
            + rng.choice(R["towns"])
            + rng.choice(
                [
                    "阿强烧烤店",
                    "鑫源小卖部",
                    "老杨米粉店",
                    "惠民超市",
                    "兴旺养殖场",
                    "顺达汽修厂",
                    "福来副食店",
                    "金鑫砂石场",
                    "利民农资店",
                    "张记豆腐坊",
                    "好又多便利店",
                ]
            )
        )
        cc = credit_code(rng, R["code"], "92")
        fields = [
            ("当事人", T(shop)),
            ("主体类型", T("个体工商户")),
            ("统一社会信用代码", T(cc)),
            (
                "经营场所",
                T(
                    R["county"]
                    + rng.choice(R["towns"])
                    + rng.choice(R["roads"])
                    + "%d号门面" % rng.randint(1, 88)
                ),
            ),
            ("经营者", V("name", p["name"])),
            ("身份证号码", id_cell(doc, p, 0.2)),
            ("住址", V("address", gen_address(rng, R))),
            ("联系电话", mob_cell(doc, p, 0.1)),
        ]
        if rng.random() < 0.5:
            doc.form(fields)
        else:
            doc.para(
                *cat(
                    "当事人：",
                    shop,
                    "，统一社会信用代码：",
                    cc,
                    "，经营者：",
                    V("name", p["name"]),
                    "，",
                    rng.choice(["公民身份号码", "身份证号"]),
                    "：",
                    id_cell(doc, p, 0.2),
                    "，住",
                    V("address", gen_address(rng, R)),
                    "，联系电话",
                    mob_cell(doc, p, 0.1),
                    "。",
                )
            )
        doc.blank()
        if env:
            doc.para(
                "%s，我局执法人员对你单位进行现场检查，发现你单位%s，未配套建设污染防治设施，废水直接排入%s。"
                % (
                    date_cn(rng, d - datetime.timedelta(days=rng.randint(20, 90)), "cn"),
                    rng.choice(["从事石材切割加工", "从事生猪养殖", "从事砂石加工"]),
                    rng.choice(["附近沟渠", "清水江支流", "河道"]),
                )
            )
            doc.para(
                "上述行为违反了《中华人民共和国水污染防治法》第三十九条的规定。依据该法第八十三条，决定处罚款%d元。"
                % rng.choice([20000, 50000, 100000])
            )
        else:
            doc.para(
                "%s，本局执法人员%s、%s（执法证号：%s、%s）对当事人经营场所进行检查，发现当事人销售的%s超过保质期，"
                "货值金额%d元。"
                % (
                    date_cn(rng, d - datetime.timedelta(days=rng.randint(10, 60)), "cn"),
                    doc.staff(),
                    doc.staff(),
                    "%08d" % rng.randint(10000000, 99999999),
                    "%08d" % rng.randint(10000000, 99999999),
                    rng.choice(["“康师傅”方便面", "散装白酒", "腊肉制品", "儿童饮料"]),
                    rng.randint(30, 900),
                )
            )
            doc.para(
                "当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。经营者",
                V("name", p["name"]),
                "对违法事实无异议。依据该法第一百二十四条，决定：没收违法经营的食品，并处罚款%d元。"
                % rng.choice([5000, 10000, 50000]),
            )
        doc.para(
            "请当事人在收到本决定书之日起十五日内，通过%s缴纳罚款（缴款码：%s）。"
            % (rng.choice(["非税收入缴款二维码", "指定银行"]), gen_order_no(rng, d.year))
        )
        doc.para(
            "当事人如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议；或者六个月内向人民法院提起行政诉讼。"
        )
        sign_off(doc, org, d)
        doc.t("（联系人：%s  电话：%s）\n" % (doc.staff(), gen_landline(rng, R, office=True)))
    else:
        if rng.random() < 0.45:
            doc.title("当场行政处罚决定书（简易程序）")
            doc.t("编号：%s%d%05d\n" % (R["short"], d.year, rng.randint(1, 99999)))
            p = doc.person(age=(18, 70))
            fields = [
                ("被处罚人", V("name", p["name"])),
                ("性别", T(p["sex"])),
                ("出生日期", T(date_cn(rng, p["birth"], "cn"))),
            ]
            cert = rng.random()
            if cert < 0.8:
                fields.append(("身份证号码", V("id_card", p["id"])))
            elif cert < 0.87:
                fields += [("证件类型", T("护照")), ("证件号码", V("passport", gen_passport(rng)))]
            elif cert < 0.94:
                fields += [
                    ("证件类型", T("往来港澳通行证")),
                    ("证件号码", V("hk_macau_permit", gen_hkm(rng))),
                ]
            else:
                fields += [("证件类型", T("往来台湾通行证")), ("证件号码", V("tw_permit", gen_tw(rng)))]
            fields += [("住址", V("address", gen_address(rng, R))), ("联系电话", V("mobile", p["mobile"]))]
            if rng.random() < 0.5:
                fields += [
                    ("车辆牌号", V("license_plate", gen_plate(rng, R))),
                    ("准驾车型", T(rng.choice(["C1", "C2", "D", "B2"]))),
                ]
            doc.form(fields)
            doc.para(
                "被处罚人于%s在%s实施%s的违法行为，违反了%s，依据%s，决定给予%s。"
                % (
                    date_cn(rng, d, "cn"),
                    R["county"] + rng.choice(R["roads"]),
                    rng.choice(
                        [
                            "驾驶机动车不按规定使用安全带",
                            "驾驶摩托车未戴安全头盔",
                            "在禁止吸烟场所吸烟",
                            "违反规定停车",
                        ]
                    ),
                    "相关规定",
                    "《中华人民共和国行政处罚法》第五十一条",
                    rng.choice(["警告", "罚款五十元", "罚款二百元"]),
                )
            )
            doc.t("执法人员：%s  %s\n被处罚人签名：" % (doc.staff(), doc.staff()))
            doc.p("name", p["name"])
            doc.t("\n")
        else:
            doc.title(
                "%s行政处罚信息公示（双公示）"
                % agency_name(R, rng.choice(["市场监督管理局", "交通运输局", "农业农村局", "城市管理局"]))
            )
            doc.t("更新日期：%s\n" % date_cn(rng, d))
            rows = []
            for i in range(rng.randint(3, 10)):
                if rng.random() < 0.55:
                    p = doc.person(age=(20, 70))
                    if rng.random() < 0.3:
                        rows.append(
                            [
                                T(mask_name(rng, p["name"])),
                                T("自然人"),
                                T(""),
                                T(""),
                                T("身份证"),
                                T(mask_id(rng, p["id"])),
                            ]
                        )
                    else:
                        rows.append(
                            [
                                V("name", p["name"]),
                                T("自然人"),
                                T(""),
                                T(""),
                                T("身份证"),
                                id_cell(doc, p, 0.4),
                            ]
                        )
                else:
                    p = doc.person(age=(25, 65))
                    shop = (
                        R["county"]
                        + rng.choice(["鸿发", "顺心", "兴隆", "利源", "诚信", "金穗"])
                        + rng.choice(["餐馆", "商店", "农资经营部", "货运部", "建材店"])
                    )
                    rows.append(
                        [
                            T(shop),
                            T("个体工商户"),
                            T(credit_code(rng, R["code"], "92")),
                            V("name", p["name"]),
                            T("身份证"),
                            id_cell(doc, p, 0.6),
                        ]
                    )
                viol = rng.choice(
                    ["未取得许可从事经营", "超限运输", "销售假劣农资", "占道经营", "未按规定公示信息"]
                )
                vcell = T(viol)
                if viol == "超限运输" and rng.random() < 0.7:
                    vcell = cat(viol + "（车牌号", V("license_plate", gen_plate(rng, R)), "）")
                rows[-1] += [
                    T(wenhao(rng, R, rng.choice(["市监罚字", "交罚", "农罚", "城管罚"]), d.year)),
                    vcell,
                    T("罚款%d元" % rng.choice([200, 500, 1000, 3000, 5000])),
                    T(date_cn(rng, rand_date(rng, d.year, d.year), "dash")),
                ]
            doc.table(
                [
                    "行政相对人名称",
                    "行政相对人类别",
                    "统一社会信用代码",
                    "法定代表人/经营者",
                    "证件类型",
                    "证件号码",
                    "处罚决定书文号",
                    "违法行为类型",
                    "处罚内容",
                    "处罚决定日期",
                ],
                rows,
            )
            doc.t("\n数据来源：%s\n" % agency_name(R, "市场监督管理局"))


# --------------------------------------------------------------------------------------------------
# family 3: gongshi
# --------------------------------------------------------------------------------------------------


def fam_gongshi(doc, sub):
    rng = doc.rng
    R = doc.R
    d = doc_date(rng)
    town = rng.choice(R["towns"])
    if sub == 0:
        kind = rng.choice(["award", "subsidy", "subsidy"])
        if kind == "award":
            honor = rng.choice(["“最美家庭”", "“好婆婆好媳妇”", "“文明户”", "“致富带头人”", "“孝老爱亲模范”"])
            doc.title("关于%d年度%s评选结果的公示" % (d.year, honor))
            doc.para(
                "经各村（社区）推荐、镇评审小组评审，拟评选以下同志为%s%d年度%s，现予以公示："
                % (town, d.year, honor)
            )
            names = []
            for _ in range(rng.randint(5, 14)):
                names.append((doc.name(), gen_village(rng, R)))
            if rng.random() < 0.5:
                for j, (nm, vil) in enumerate(names):
                    if j:
                        doc.t("、")
                    doc.p("name", nm)
                    doc.t("（%s）" % vil)
                doc.t("\n")
            else:
                rows = [
                    [
                        T(str(j + 1)),
                        V("name", nm),
                        T(vil),
                        T(rng.choice(["孝老爱亲", "勤劳致富", "邻里互助", "热心公益"])),
                    ]
                    for j, (nm, vil) in enumerate(names)
                ]
                doc.table(["序号", "姓名", "所在村", "主要事迹"], rows)
            if rng.random() < 0.5:
                nm, vil = names[0]
                doc.para(
                    *cat(
                        V("name", nm),
                        "同志多年来悉心照顾",
                        rng.choice(["瘫痪在床的婆婆", "患病的丈夫", "年迈的父母"]),
                        "，",
                        rng.choice(["邻里称赞。", "事迹感人。"]),
                    )
                )
            doc.para("公示期为%d个工作日。" % rng.choice([5, 7]))
            contact_block(doc, "妇联")
            sign_off(doc, town + rng.choice(["人民政府", "妇女联合会", "党委宣传办"]), d)
        else:
            sub_name = rng.choice(
                [
                    "耕地地力保护补贴",
                    "高龄老人生活补贴",
                    "困难残疾人生活补贴",
                    "农机购置补贴",
                    "生猪养殖补贴",
                    "退耕还林补助",
                ]
            )
            doc.title("%s%s%d年%s发放公示" % (town, gen_village(rng, R), d.year, sub_name))
            meta_header(doc, "农业农村局" if "补贴" in sub_name else "民政局", d.year, "农发")
            rows = []
            mcard = rng.choice([0, 0.5, 1.0])
            for i in range(rng.randint(5, 16)):
                p = doc.person(age=(30, 95))
                row = [T(str(i + 1)), V("name", p["name"]), id_cell(doc, p, rng.choice([0, 0.5, 1.0]))]
                if "耕地" in sub_name or "退耕" in sub_name:
                    row.append(T("%.2f" % (rng.randint(50, 1200) / 100)))
                elif "残疾" in sub_name:
                    row.append(V("health", disability(rng)))
                elif "高龄" in sub_name:
                    row.append(T(str(p["age"] if p["age"] >= 80 else 80 + rng.randint(0, 15))))
                else:
                    row.append(T(str(rng.randint(1, 60))))
                row += [T("%.2f" % (rng.randint(5000, 300000) / 100)), card_cell(doc, p, mcard)]
                rows.append(row)
            if "耕地" in sub_name or "退耕" in sub_name:
                third = "面积（亩）"
            elif "残疾" in sub_name:
                third = "残疾类别等级"
            elif "高龄" in sub_name:
                third = "年龄"
            else:
                third = "数量"
            doc.table(["序号", "姓名", "身份证号", third, "补贴金额（元）", "账号"], rows)
            doc.t("\n")
            contact_block(doc, "农业农村局")
    elif sub == 1:
        prog = rng.choice(["农村危房改造", "易地扶贫搬迁", "农房抗震改造"])
        doc.title("%s%d年%s对象公示" % (R["county"], d.year, prog))
        meta_header(
            doc, "住房和城乡建设局" if "危房" in prog or "抗震" in prog else "生态移民局", d.year, "住建发"
        )
        doc.para(
            "根据%s要求，经农户申请、村级评议、乡镇审核、县级审批，现将%s对象名单公示如下："
            % (rng.choice(["《农村危房改造实施方案》", "上级有关文件"]), prog)
        )
        rows = []
        for i in range(rng.randint(3, 12)):
            p = doc.person(age=(30, 88))
            htown = rng.choice(R["towns"])
            row = [
                T(str(i + 1)),
                T(htown),
                V("name", p["name"]),
                id_cell(doc, p, rng.choice([0, 0.7])),
                T(str(rng.randint(1, 7))),
            ]
            if prog == "易地扶贫搬迁":
                row.append(V("address", gen_address(rng, R, kind="rural", town=htown)))
                row.append(V("address", gen_address(rng, R, kind="estate", prefix="none")))
            else:
                row.append(addr_cell(doc, kind=rng.choice(["rural", "rural_no"]), town=htown))
                row.append(T(rng.choice(["C级", "D级"])))
                row.append(T(rng.choice(["拆除重建", "修缮加固", "维修加固"])))
            if rng.random() < 0.3:
                row.append(T(rng.choice(["低保户", "分散供养特困人员", "脱贫户", "低保边缘户"])))
            else:
                r = rng.random()
                row.append(V("health", disability(rng)) if r < 0.2 else T("一般户"))
            rows.append(row)
        if prog == "易地扶贫搬迁":
            hdr = ["序号", "乡镇", "户主", "身份证号码", "人口", "迁出地址", "安置房号", "类别"]
        else:
            hdr = ["序号", "乡镇", "户主", "身份证号码", "人口", "住址", "危险等级", "改造方式", "类别"]
        doc.table(hdr, rows)
        doc.t("\n")
        if prog == "易地扶贫搬迁":
            doc.para(
                "安置点：%s%s（项目地址：%s%s）。"
                % (
                    R["county"],
                    rng.choice(R["estates"]),
                    R["county"],
                    rng.choice(R["roads"]) + "%d号" % rng.randint(1, 300),
                )
            )
        contact_block(doc, "住房和城乡建设局")
        sign_off(doc, agency_name(R, "住房和城乡建设局"), d)
    else:
        what = rng.choice(
            [
                "特困人员",
                "防止返贫监测对象",
                "困难残疾人生活补贴和重度残疾人护理补贴对象",
                "孤儿和事实无人抚养儿童",
                "城乡低保对象",
            ]
        )
        doc.title("关于拟%s%s名单的公示" % (rng.choice(["认定", "纳入"]), what))
        doc.para(
            "经本人申请、村（居）委会初审、乡镇（街道）审核，拟将以下人员%s%s，现予以公示。"
            % (rng.choice(["认定为", "纳入"]), what)
        )
        rows = []
        for i in range(rng.randint(2, 9)):
            p = doc.person(age=(3, 90) if "儿童" in what else (18, 90))
            row = [
                T(str(i + 1)),
                V("name", p["name"]),
                T(p["sex"]),
                T(str(p["age"])),
                T(rng.choice(R["towns"]) + gen_village(rng, R)),
            ]
            if "残疾" in what:
                row.append(V("health", disability(rng)))
            elif "监测" in what:
                r = rng.random()
                row.append(
                    cat(V("health", illness(rng)), "，医疗支出较大")
                    if r < 0.5
                    else T(rng.choice(["因灾", "因意外事故", "务工收入下降"]))
                )
            elif "儿童" in what:
                pa = doc.name()
                row.append(cat("父亲", V("name", pa), rng.choice(["服刑", "失联", "死亡"])))
            else:
                row.append(T(rng.choice(["无劳动能力、无生活来源、无法定赡养人", "家庭人均收入低于标准"])))
            rows.append(row)
        doc.table(["序号", "姓名", "性别", "年龄", "户籍地", "认定理由"], rows)
        doc.para(
            "公示期：%s—%s。" % (date_cn(rng, d, "cn"), date_cn(rng, d + datetime.timedelta(days=5), "cn"))
        )
        contact_block(doc, "民政局")
        sign_off(doc, town + "人民政府", d)


# --------------------------------------------------------------------------------------------------
# family 4: application
# --------------------------------------------------------------------------------------------------
REQ_TOPICS = [
    "本村2019年至2021年土地征收补偿款发放明细",
    "%s棚户区改造项目的征收补偿安置方案",
    "本人房屋被认定为违法建筑的相关文件",
    "2022年度本村低保评议会议记录",
    "某路段道路拓宽工程的立项批复文件",
    "本人承包地确权登记的原始资料",
    "镇政府2022年“三公”经费支出明细",
    "学校撤并的论证材料及批复",
]


def cert_cells(doc):
    rng = doc.rng
    r = rng.random()
    if r < 0.7:
        return T("居民身份证"), None
    if r < 0.82:
        return T("护照"), V("passport", gen_passport(rng))
    if r < 0.95:
        return T("往来港澳通行证"), V("hk_macau_permit", gen_hkm(rng))
    return T("往来台湾通行证"), V("tw_permit", gen_tw(rng))


def fam_application(doc, sub):
    rng = doc.rng
    R = doc.R
    d = doc_date(rng)
    if sub == 0:
        doc.title(
            "%s政府信息公开申请表"
            % agency_name(R, rng.choice(["人民政府", "自然资源局", "住房和城乡建设局", "民政局"]))
        )
        doc.t("编号：%d-%04d\n" % (d.year, rng.randint(1, 400)))
        if rng.random() < 0.7:
            p = doc.person(age=(22, 75))
            ct, cn = cert_cells(doc)
            fields = [
                ("申请人类型", T("公民")),
                ("姓名", V("name", p["name"])),
                ("工作单位", T(rng.choice(["无", "务农", "个体", "%s某公司" % R["county"], "退休"]))),
                ("证件名称", ct),
                ("证件号码", cn if cn else V("id_card", p["id"])),
            ]
            home = rng.random() < 0.8
            fields.append(
                (
                    "通信地址",
                    V("address", gen_address(rng, R))
                    if home
                    else T(
                        R["county"]
                        + rng.choice(R["roads"])
                        + "%d号%s" % (rng.randint(1, 99), rng.choice(["某律师事务所", "县第一中学"]))
                    ),
                )
            )
            fields += [("邮政编码", T(R["post"])), ("联系电话", V("mobile", p["mobile"]))]
            if rng.random() < 0.4:
                fields.append(("固定电话", V("landline", gen_landline(rng, R))))
            if rng.random() < 0.6:
                fields.append(("电子邮箱", V("email", gen_email(rng))))
            signer = p["name"]
        else:
            lp = doc.person(age=(28, 65))
            contact = doc.person(age=(22, 50))
            comp = (
                R["county"]
                + rng.choice(["鑫达", "黔程", "宏远", "苍洱", "锡源", "福宁", "阳光", "龙江"])
                + rng.choice(["建筑工程有限公司", "农业开发有限公司", "商贸有限公司", "房地产开发有限公司"])
            )
            fields = [
                ("申请人类型", T("法人或者其他组织")),
                ("名称", T(comp)),
                ("统一社会信用代码", T(credit_code(rng, R["code"], "91"))),
                ("法定代表人", V("name", lp["name"])),
                ("联系人姓名", V("name", contact["name"])),
                ("联系人电话", V("mobile", contact["mobile"])),
                (
                    "通信地址",
                    T(
                        R["county"]
                        + rng.choice(R["towns"])
                        + rng.choice(R["roads"])
                        + "%d号" % rng.randint(1, 300)
                    ),
                ),
                ("邮政编码", T(R["post"])),
            ]
            if rng.random() < 0.5:
                fields.append(("电子邮箱", V("email", gen_email(rng))))
            signer = contact["name"]
        topic = rng.choice(REQ_TOPICS)
        if "%s" in topic:
            topic = topic % rng.choice(R["towns"])
        fields += [
            ("所需信息的内容描述", T(topic)),
            ("所需信息的用途", T(rng.choice(["自身生产生活需要", "维权", "", "了解补偿标准"]))),
            ("获取信息方式", T(rng.choice(["邮寄", "电子邮件", "自行领取", "当面查阅"]))),
            ("申请日期", T(date_cn(rng, d))),
        ]
        doc.form(fields)
        doc.t("\n申请人签名（盖章）%s" % doc.colon)
        doc.p("name", signer)
        doc.t("\n受理机关%s%s政务公开办    受理人%s%s\n" % (doc.colon, R["county"], doc.colon, doc.staff()))
    elif sub == 1:
        doc.title(
            rng.choice(["%s临时救助申请审批表", "%s困难群众救助申请书（表）", "%s医疗救助申请表"])
            % R["county"]
        )
        p = doc.person(age=(25, 80))
        fields = [
            ("申请人姓名", V("name", p["name"])),
            ("性别", T(p["sex"])),
            ("年龄", T(str(p["age"]))),
            ("民族", T(nation(rng, R))),
            ("身份证号", V("id_card", p["id"])),
            ("联系电话", V("mobile", p["mobile"])),
            ("家庭住址", V("address", gen_address(rng, R))),
            (
                "开户银行",
                T(
                    rng.choice(["农村信用合作联社", "中国邮政储蓄银行", "中国农业银行", "农商银行"])
                    + rng.choice(R["towns"]).replace("街道", "").replace("镇", "").replace("乡", "")
                    + "支行"
                ),
            ),
            ("银行卡号", V("bank_card", p["card"])),
            ("救助类型", T(rng.choice(["急难型临时救助", "支出型临时救助", "医疗救助"]))),
        ]
        doc.form(fields)
        doc.t("\n家庭成员情况\n")
        rows = [
            [
                V("name", p["name"]),
                T("本人"),
                T(str(p["age"])),
                V("health", illness(rng)) if rng.random() < 0.6 else T("健康"),
                T(rng.choice(["务农", "无业", "零工"])),
            ]
        ]
        for rel in rng.sample(["配偶", "儿子", "女儿", "母亲", "孙子"], rng.randint(1, 3)):
            m = doc.person(age=(2, 80))
            rows.append(
                [
                    V("name", m["name"]),
                    T(rel),
                    T(str(m["age"])),
                    V("health", health_value(rng)) if rng.random() < 0.3 else T(rng.choice(["健康", "良好"])),
                    T(rng.choice(["在校", "务工", "务农", "无"])),
                ]
            )
        doc.table(["姓名", "关系", "年龄", "健康状况", "职业"], rows)
        doc.t("\n申请事由%s" % doc.colon)
        ev = rng.random()
        if ev < 0.5:
            doc.add(
                cat(
                    rng.choice(["本人", "申请人"]),
                    "于%d年%d月被确诊为" % (d.year, max(1, d.month - 1)),
                    V("health", illness(rng)),
                    "，在%s住院治疗，自付医疗费用%d元，家庭无力承担。\n"
                    % (
                        rng.choice(["%s人民医院" % R["county"], "州人民医院", "省人民医院"]),
                        rng.randint(8000, 90000),
                    ),
                )
            )
        else:
            doc.add(
                cat(
                    "%d年%d月，申请人家中房屋因%s受损，家庭财产损失严重，生活陷入困境。\n"
                    % (d.year, d.month, rng.choice(["火灾", "山体滑坡", "暴雨"]))
                )
            )
        doc.t("申请人（签字）%s" % doc.colon)
        doc.p("name", p["name"])
        doc.t("\n村（居）委会调查人%s%s、%s\n" % (doc.colon, doc.staff(), doc.staff()))
        doc.t(
            "乡镇（街道）意见%s情况属实，建议给予临时救助%d元。\n"
            % (doc.colon, rng.choice([800, 1000, 1500, 2000, 3000, 5000]))
        )
    else:
        p = doc.person(age=(30, 80))
        if rng.random() < 0.6:
            doc.title("申 请 书")
            doc.t(
                "%s%s：\n"
                % (
                    rng.choice(["尊敬的", ""]),
                    rng.choice(
                        [
                            R["county"] + "民政局",
                            rng.choice(R["towns"]) + "人民政府",
                            gen_village(rng, R) + "村民委员会",
                        ]
                    ),
                )
            )
            intro = cat(
                "　　我叫",
                V("name", p["name"]),
                "，",
                p["sex"],
                "，",
                nation(rng, R),
                "，现年%d岁，" % p["age"],
            )
            if rng.random() < 0.7:
                intro += cat("身份证号", rng.choice(["：", "", "码"]), V(p["idkind"], p["id"]), "，")
            intro += cat("家住", V("address", gen_address(rng, R)), "。")
            doc.add(intro)
            fam = cat("我家共有%d口人，" % rng.randint(2, 6))
            sp = doc.person(age=(30, 80), sex="女" if p["sex"] == "男" else "男")
            fam += cat(
                rng.choice(["妻子" if p["sex"] == "男" else "丈夫", "老伴"]),
                V("name", sp["name"]),
                rng.choice(["患有", "常年患", "因病致残，为"]),
                V("health", health_value(rng)),
                "，",
                rng.choice(["长期吃药，", "生活不能自理，", "需要人照顾，"]),
            )
            if rng.random() < 0.5:
                kid = doc.person(age=(6, 20))
                fam += cat(
                    "儿子",
                    V("name", kid["name"]),
                    "在",
                    rng.choice(["县一中", "镇中学", "州民族中学"]),
                    "读书，",
                )
            fam += T("家里主要靠我种地和打零工维持生活，收入很低。")
            doc.add(fam)
            doc.t("\n")
            doc.para(
                "为此，特向%s申请%s，恳请领导给予批准为盼。"
                % (
                    rng.choice(["政府", "组织", "民政部门"]),
                    rng.choice(["最低生活保障", "临时救助", "危房改造补助", "大病医疗救助"]),
                )
            )
            doc.t("\n此致\n敬礼！\n\n")
            doc.t(rng.choice(["", "                  "]) + "申请人：")
            doc.p("name", p["name"])
            if rng.random() < 0.7:
                doc.t("\n" + rng.choice(["", "                  "]) + "联系电话：")
                doc.p("mobile", p["mobile"])
            doc.t("\n" + rng.choice(["", "                  "]) + date_cn(rng, d, "cn") + "\n")
        else:
            doc.title(rng.choice(["承 诺 书", "低保申请家庭承诺书", "个人承诺书"]))
            doc.para(
                "本人",
                V("name", p["name"]),
                "（身份证号码：",
                V(p["idkind"], p["id"]),
                "），现居住于",
                V("address", gen_address(rng, R)),
                "。本人郑重承诺：在申请%s时所提供的家庭收入、财产、人口等情况真实完整，"
                "如有隐瞒、虚报，愿承担一切法律责任，并退还已领取的救助资金。"
                % rng.choice(["最低生活保障", "特困供养", "临时救助"]),
            )
            doc.para(
                "本人同意并授权%s通过相关部门核对本人及家庭成员的户籍、车辆、房产、存款、工商登记等信息。"
                % agency_name(R, "民政局")
            )
            if rng.random() < 0.5:
                doc.para(
                    "本人银行账户：",
                    V("bank_card", p["card"]),
                    "（%s）" % rng.choice(["农信社", "邮储银行", "农业银行"]),
                )
            doc.t("\n承诺人（签字、手印）：")
            doc.p("name", p["name"])
            doc.t("\n联系电话：")
            doc.p("mobile", p["mobile"])
            doc.t("\n见证人：%s（村委会）\n%s\n" % (doc.staff(), date_cn(rng, d, "cn")))


# --------------------------------------------------------------------------------------------------
# family 5: minutes
# --------------------------------------------------------------------------------------------------


def name_list(doc, names):
    rng = doc.rng
    sep = rng.choice(["、", "、", "，", " ", "　"])
    for j, nm in enumerate(names):
        if j:
            doc.t(sep)
        doc.p("name", nm)


def fam_minutes(doc, sub):
    rng = doc.rng
    R = doc.R
    d = doc_date(rng)
    town = rng.choice(R["towns"])
    vill = gen_village(rng, R)
    host = doc.staff()
    rec = doc.staff()
    if sub == 0:
        doc.title("%s%s村民代表大会会议记录" % (town, vill))
        topic = rng.choice(
            [
                "村集体经济合作社分红方案",
                "通组公路修建占地补偿",
                "村规民约修订",
                "土地流转给合作社种植茶叶",
                "人居环境整治卫生费收取",
            ]
        )
        reps = [doc.name() for _ in range(rng.randint(6, 15))]
        fields = [
            ("时间", T(date_cn(rng, d, "cn") + rng.choice(["上午9:00", "下午2时30分", "晚上7:30"]))),
            ("地点", T("%s村委会会议室" % vill)),
            ("主持人", T(host + rng.choice(["（村党支部书记）", "（村委会主任）", ""]))),
            ("记录人", T(rec)),
            ("应到人数", T("%d人" % (len(reps) + rng.randint(0, 4)))),
            ("实到人数", T("%d人" % len(reps))),
        ]
        doc.form(fields, rng.choice(["colon1", "colon2", "spaced"]))
        doc.t("参会村民代表%s" % doc.colon)
        name_list(doc, reps)
        doc.t("\n列席%s%s包村干部%s\n" % (doc.colon, town, doc.staff()))
        doc.t("会议议题%s讨论%s。\n会议内容：\n" % (doc.colon, topic))
        doc.para("%s：今天召集大家来，主要是讨论%s的事情，请大家发表意见。" % (host, topic))
        speakers = rng.sample(reps, min(len(reps), rng.randint(2, 5)))
        lines = [
            "我同意，这个事早该办了。",
            "我有意见，补偿标准太低，每亩应该再提高一点。",
            "我家那块地在路边，希望优先考虑。",
            "钱要公开，账目要贴出来让大家看。",
            "我赞成，但是要把老人的情况考虑进去。",
            "同意，建议分两年实施。",
        ]
        for sp in speakers:
            lab = rng.choice(["村民代表", "代表", ""])
            doc.add(cat(lab, V("name", sp), doc.colon, rng.choice(lines), "\n"))
            if rng.random() < 0.2:
                doc.add(
                    cat(
                        "（",
                        V("name", sp),
                        "家住",
                        V("address", gen_address(rng, R, kind="rural", town=town)),
                        "，联系电话",
                        V("mobile", gen_mobile(rng)),
                        "）\n",
                    )
                )
        agree = len(reps) - rng.randint(0, 3)
        doc.t("表决结果：同意%d票，反对%d票，弃权%d票。" % (agree, rng.randint(0, len(reps) - agree), 0))
        if agree < len(reps) and rng.random() < 0.6:
            doc.t("其中反对：")
            doc.p("name", reps[-1])
            doc.t("。")
        doc.t("\n\n参会代表签名：\n")
        if rng.random() < 0.5:
            for nm in reps:
                doc.p("name", nm)
                doc.t("\n")
        else:
            name_list(doc, reps)
            doc.t("\n")
    elif sub == 1:
        doc.title("%s%s%d年低保民主评议会议纪要" % (town, vill, d.year))
        doc.para(
            "%s，%s在村委会召开低保民主评议会。会议由%s主持，镇民政办%s、包村干部%s参加。"
            % (date_cn(rng, d, "cn"), vill, host, doc.staff(), doc.staff())
        )
        members = [doc.name() for _ in range(rng.randint(5, 11))]
        doc.t("评议小组成员（村民代表、党员代表）：")
        name_list(doc, members)
        doc.t("\n\n评议情况：\n")
        rows = []
        for i in range(rng.randint(3, 8)):
            p = doc.person(age=(25, 90), id15=rng.random() < 0.05)
            r = rng.random()
            cond = (
                V("health", health_value(rng))
                if r < 0.55
                else T(rng.choice(["年老无劳力", "单亲，子女上学", "收入低"]))
            )
            votes = rng.randint(len(members) // 2, len(members))
            res = "通过" if votes * 2 > len(members) else "未通过"
            rows.append(
                [
                    T(str(i + 1)),
                    V("name", p["name"]),
                    V(p["idkind"], p["id"]) if rng.random() < 0.5 else T(mask_id(rng, p["id"])),
                    T(str(rng.randint(1, 6))),
                    cond,
                    T("%d/%d" % (votes, len(members))),
                    T(res),
                ]
            )
        doc.table(["序号", "申请人", "身份证号", "人口", "家庭情况", "赞成票", "评议结果"], rows)
        if rng.random() < 0.6:
            doc.para(
                *cat(
                    "评议中，代表",
                    V("name", members[0]),
                    "提出：",
                    V("name", plain(rows[0][1])),
                    "家儿子在外打工，收入不低，建议核实。经现场说明，其儿子",
                    rng.choice(["已于去年", "因"]),
                    rng.choice(["受伤回家，无收入。", "失业在家，无收入。"]),
                )
            )
        doc.para("评议结果在村务公开栏公示7天。")
        doc.t("记录人：%s    主持人：%s\n" % (rec, host))
    else:
        doc.title("听 证 笔 录")
        dept = rng.choice(["市场监督管理局", "自然资源局", "综合行政执法局", "交通运输局"])
        p = doc.person(age=(25, 65))
        agent = doc.name()
        fields = [
            ("案由", T(rng.choice(["涉嫌违法占地建房", "涉嫌未取得许可从事经营", "涉嫌超限运输"]))),
            (
                "听证时间",
                T(date_cn(rng, d, "cn") + " %d时%02d分" % (rng.randint(9, 15), rng.choice([0, 30]))),
            ),
            ("听证地点", T(agency_name(R, dept) + "听证室（%s）" % agency_addr(rng, R))),
            ("听证主持人", T(doc.staff())),
            ("听证员", T(doc.staff())),
            ("记录员", T(doc.staff())),
            ("案件调查人员", T("%s、%s" % (doc.staff(), doc.staff()))),
            ("当事人", V("name", p["name"])),
            ("性别", T(p["sex"])),
            ("身份证号码", V("id_card", p["id"])),
            ("住址", V("address", gen_address(rng, R))),
            ("联系电话", V("mobile", p["mobile"])),
        ]
        lawyer = rng.random() < 0.5
        fields.append(
            (
                "委托代理人",
                cat(
                    V("name", agent),
                    "，"
                    + (
                        rng.choice(["贵州", "云南", "河北", "安徽", "黑龙江", "福建"]) + "某律师事务所律师"
                        if lawyer
                        else "系当事人之" + rng.choice(["子", "女", "弟"])
                    ),
                ),
            )
        )
        doc.form(fields, rng.choice(["colon1", "spaced", "colon1"]))
        doc.t("\n")
        host2 = plain(fields[3][1])
        inv = plain(fields[6][1]).split("、")[0]
        dlg = [
            (T("主持人"), "现在开始听证。当事人对听证人员是否申请回避？"),
            (cat("当事人", V("name", p["name"])), "不申请回避。"),
            (
                T("调查人员" + inv),
                "经查，当事人于%d年在%s未经批准%s，违反了相关规定。"
                % (
                    d.year - 1,
                    rng.choice(R["towns"]) + gen_village(rng, R),
                    rng.choice(["建房", "经营", "运输"]),
                ),
            ),
            (
                cat("代理人", V("name", agent)),
                "当事人情况特殊，其" + rng.choice(["母亲", "父亲", "妻子"]) + "长期患有",
            ),
            (T("主持人"), "请当事人陈述最后意见。"),
            (cat("当事人", V("name", p["name"])), "希望从轻处理，我家确实困难。"),
        ]
        for who, what in dlg:
            doc.add(who)
            doc.t(rng.choice(["：", ":", "："]))
            doc.t(what)
            if what.endswith("长期患有"):
                doc.p("health", illness(rng))
                doc.t("，请求从轻。")
            doc.t("\n")
        doc.t("\n当事人签名：")
        doc.p("name", p["name"])
        doc.t("    代理人签名：")
        doc.p("name", agent)
        doc.t("\n主持人签名：%s    记录员签名：%s\n" % (host2, plain(fields[5][1])))


# --------------------------------------------------------------------------------------------------
# family 6: health_lists
# --------------------------------------------------------------------------------------------------
PREPREG_RISK = [
    "乙肝病毒携带",
    "地中海贫血基因携带",
    "梅毒螺旋体抗体阳性",
    "TORCH筛查巨细胞病毒IgM阳性",
    "甲状腺功能减退",
    "贫血（中度）",
    "风疹病毒易感",
    "G6PD缺乏症",
    "精液常规异常",
]
SCREEN_POS = [
    "HPV16型阳性",
    "HPV52型阳性",
    "宫颈细胞学ASC-US",
    "宫颈CIN2",
    "乳腺BI-RADS 4A类",
    "乳腺BI-RADS 3类",
    "乳腺结节",
    "宫颈癌（已转诊）",
    "乳腺癌（已确诊）",
]
CHRONIC = [
    "高血压",
    "2型糖尿病",
    "高血压合并糖尿病",
    "慢性阻塞性肺疾病",
    "冠心病",
    "严重精神障碍（精神分裂症）",
    "严重精神障碍（双相情感障碍）",
    "肺结核",
    "脑卒中后遗症",
]


def fam_health(doc, sub):
    rng = doc.rng
    R = doc.R
    d = doc_date(rng)
    town = rng.choice(R["towns"])
    hc = town.replace("街道", "").replace("镇", "").replace("乡", "") + rng.choice(
        ["镇卫生院", "社区卫生服务中心", "中心卫生院"]
    )
    if sub == 0:
        doc.title(
            "%s%d年免费孕前优生健康检查%s" % (hc, d.year, rng.choice(["名单", "登记台账", "人员花名册"]))
        )
        rows = []
        for i in range(rng.randint(4, 12)):
            w = doc.person(age=(20, 38), sex="女")
            h = doc.person(age=(22, 42), sex="男")
            r = rng.random()
            if r < 0.35:
                res = V("health", rng.choice(PREPREG_RISK))
            elif r < 0.5:
                res = T("一般人群")
            else:
                res = T(rng.choice(["未见异常", "正常", "低风险"]))
            rows.append(
                [
                    T(str(i + 1)),
                    V("name", w["name"]),
                    T(str(w["age"])),
                    id_cell(doc, w, rng.choice([0, 0.3])),
                    V("name", h["name"]),
                    T(str(h["age"])),
                    id_cell(doc, h, rng.choice([0, 0.3])),
                    addr_cell(doc, town=town),
                    mob_cell(doc, w if rng.random() < 0.7 else h, 0.1),
                    T(date_cn(rng, rand_date(rng, d.year, d.year), "dash")),
                    res,
                ]
            )
        doc.table(
            [
                "序号",
                "女方姓名",
                "年龄",
                "身份证号",
                "男方姓名",
                "年龄",
                "身份证号",
                "住址",
                "联系电话",
                "检查日期",
                "风险评估",
            ],
            rows,
        )
        doc.t(
            "\n填报人：%s    负责人：%s    联系电话：%s\n"
            % (doc.staff(), doc.staff(), gen_landline(rng, R, office=True))
        )
    elif sub == 1:
        if rng.random() < 0.5:
            doc.title(
                "%s%d年农村适龄妇女“两癌”筛查%s"
                % (hc, d.year, rng.choice(["异常结果随访台账", "结果登记表", "名单"]))
            )
            rows = []
            for i in range(rng.randint(4, 12)):
                p = doc.person(age=(35, 64), sex="女")
                r = rng.random()
                res = V("health", rng.choice(SCREEN_POS)) if r < 0.6 else T("未见异常")
                rows.append(
                    [
                        T(str(i + 1)),
                        V("name", p["name"]),
                        T(str(p["age"])),
                        id_cell(doc, p, rng.choice([0, 0.2])),
                        mob_cell(doc, p, 0.15),
                        addr_cell(doc, town=town),
                        T(rng.choice(["宫颈癌", "乳腺癌", "宫颈癌+乳腺癌"])),
                        res,
                        T(rng.choice(["已转诊州医院", "已电话告知", "3个月后复查", "—", "已随访"])),
                    ]
                )
            doc.table(
                ["序号", "姓名", "年龄", "身份证号", "联系电话", "住址", "筛查项目", "筛查结果", "随访情况"],
                rows,
            )
        else:
            doc.title("%s慢性病患者随访服务台账（%d年第%d季度）" % (hc, d.year, rng.randint(1, 4)))
            rows = []
            for i in range(rng.randint(4, 14)):
                p = doc.person(age=(40, 90))
                rows.append(
                    [
                        T(str(i + 1)),
                        V("name", p["name"]),
                        T(p["sex"]),
                        T(str(p["age"])),
                        id_cell(doc, p, rng.choice([0, 0, 0.5])),
                        V("health", rng.choice(CHRONIC)),
                        addr_cell(doc, town=town),
                        mob_cell(doc, p, 0.1),
                        T(rng.choice(["门诊", "家庭", "电话"])),
                        T(date_cn(rng, rand_date(rng, d.year, d.year), "dot")),
                        T(doc.staff() if i == 0 or rng.random() < 0.2 else "同上"),
                    ]
                )
            doc.table(
                [
                    "序号",
                    "姓名",
                    "性别",
                    "年龄",
                    "身份证号",
                    "疾病名称",
                    "现住址",
                    "联系电话",
                    "随访方式",
                    "随访日期",
                    "随访医生",
                ],
                rows,
            )
        doc.t("\n%s公共卫生科  %s\n" % (hc, date_cn(rng, d)))
    else:
        doc.title("%s家庭医生签约服务花名册" % hc)
        team = "%s团队（队长：%s）" % (
            rng.choice(["第一", "第二", "第三"]) if rng.random() < 0.5 else gen_village(rng, R),
            doc.staff(),
        )
        doc.t(
            "签约团队%s%s    服务电话%s%s\n" % (doc.colon, team, doc.colon, gen_landline(rng, R, office=True))
        )
        rows = []
        for i in range(rng.randint(5, 15)):
            p = doc.person(age=(1, 92))
            r = rng.random()
            if r < 0.45:
                grp = V(
                    "health",
                    rng.choice(
                        [
                            "高血压患者",
                            "糖尿病患者",
                            "严重精神障碍患者",
                            "肺结核患者",
                            "残疾人（%s）" % disability(rng),
                            "孕产妇",
                        ]
                    ),
                )
            else:
                grp = T(rng.choice(["一般人群", "65岁以上老年人", "0-6岁儿童", "脱贫人口", "计生特殊家庭"]))
            rows.append(
                [
                    T(str(i + 1)),
                    V("name", p["name"]),
                    T(p["sex"]),
                    id_cell(doc, p, rng.choice([0, 0, 0.4])),
                    mob_cell(doc, p, 0.1),
                    addr_cell(doc, town=town),
                    grp,
                    T(rng.choice(["基础包", "高血压服务包", "老年人服务包", "个性化服务包"])),
                    T(date_cn(rng, rand_date(rng, d.year, d.year), "dash")),
                ]
            )
        doc.table(
            ["序号", "姓名", "性别", "身份证号", "联系电话", "住址", "人群分类", "服务包", "签约日期"], rows
        )
        doc.t("\n签约医生：%s    %s\n" % (doc.staff(), date_cn(rng, d)))


# --------------------------------------------------------------------------------------------------
# family 7: student_aid
# --------------------------------------------------------------------------------------------------


def school(rng, R):
    return R["county"] + rng.choice(
        [
            "第一中学",
            "民族中学",
            "第三中学",
            "职业技术学校",
            "实验小学",
            rng.choice(R["towns"]) + "中学",
            rng.choice(R["towns"]) + "中心小学",
        ]
    )


def klass(rng, age=None):
    if age is not None:
        if age <= 12:
            return "%s年级（%d）班" % ("一二三四五六"[max(0, min(5, age - 7))], rng.randint(1, 6))
        if age <= 15:
            return "%s年级%s班" % (
                "七八九"[min(2, age - 13)],
                rng.choice(["（%d）" % rng.randint(1, 12), str(rng.randint(1, 12))]),
            )
        return rng.choice(
            [
                "高%s（%d）班" % ("一二三"[min(2, age - 16)], rng.randint(1, 16)),
                "%d级%s专业%d班"
                % (
                    2023 - max(0, age - 16),
                    rng.choice(["汽修", "护理", "电子商务", "学前教育"]),
                    rng.randint(1, 4),
                ),
            ]
        )
    return rng.choice(
        [
            "七年级（%d）班",
            "八年级%d班",
            "九(%d)班",
            "高一（%d）班",
            "高二%d班",
            "三年级（%d）班",
            "2022级%d班",
        ]
    ) % rng.randint(1, 12)


def fam_student(doc, sub):
    rng = doc.rng
    R = doc.R
    d = doc_date(rng)
    if sub == 0:
        prog = rng.choice(
            [
                "“雨露计划”职业教育补助",
                "普通高中国家助学金",
                "义务教育家庭经济困难学生生活补助",
                "农村义务教育学生营养改善计划",
            ]
        )
        doc.title(
            "%s%d年%s%s资助名单" % (R["county"], d.year, rng.choice(["春季学期", "秋季学期", ""]), prog)
        )
        meta_header(doc, "教育局", d.year, "教发")
        rows = []
        use_xj = rng.random() < 0.3
        for i in range(rng.randint(4, 14)):
            s = doc.person(age=(7, 19))
            g = doc.person(age=(32, 60))
            row = [T(str(i + 1)), V("name", s["name"]), T(s["sex"])]
            if use_xj:
                row.append(cat("G", V("id_card", s["id"])))
            else:
                row.append(id_cell(doc, s, rng.choice([0, 0, 0.5])))
            row += [
                T(school(rng, R)),
                T(klass(rng, s["age"])),
                V("name", g["name"]),
                card_cell(doc, g, rng.choice([0, 0.3])),
                mob_cell(doc, g, 0.1),
            ]
            r = rng.random()
            if r < 0.15:
                row.append(cat("残疾学生（", V("health", disability(rng)), "）"))
            else:
                row.append(T(rng.choice(["脱贫户", "低保户", "监测户", "特困供养", "孤儿", "建档立卡"])))
            row.append(T(str(rng.choice([500, 750, 1000, 1500, 3000]))))
            rows.append(row)
        doc.table(
            [
                "序号",
                "学生姓名",
                "性别",
                "全国学籍号" if use_xj else "身份证号",
                "就读学校",
                "班级",
                "监护人",
                "监护人银行卡号",
                "联系电话",
                "资助类别",
                "金额（元）",
            ],
            rows,
        )
        doc.t("\n学生资助管理中心  咨询电话：%s\n" % gen_landline(rng, R, office=True))
    elif sub == 1:
        doc.title(rng.choice(["“雨露计划”助学补助申请表", "家庭经济困难学生资助申请表", "国家助学金申请表"]))
        s = doc.person(age=(14, 20))
        g = doc.person(age=(35, 62))
        fields = [
            ("学生姓名", V("name", s["name"])),
            ("性别", T(s["sex"])),
            ("民族", T(nation(rng, R))),
            ("出生日期", T(date_cn(rng, s["birth"], "dot"))),
            ("身份证号", V("id_card", s["id"])),
            ("就读学校", T(school(rng, R))),
            ("班级", T(klass(rng, s["age"]))),
            ("家庭住址", V("address", gen_address(rng, R))),
            ("户主姓名", V("name", g["name"])),
            ("户主身份证号", V("id_card", g["id"])),
            ("联系电话", V("mobile", g["mobile"])),
            ("开户行", T(rng.choice(["邮储银行", "农村信用社", "农业银行"]))),
            ("银行卡号", V("bank_card", g["card"])),
        ]
        if rng.random() < 0.3:
            fields.append(("学生本人电话", V("mobile", s["mobile"])))
        if rng.random() < 0.3:
            fields.append(("QQ邮箱", V("email", gen_email(rng))))
        doc.form(fields)
        doc.t("\n家庭成员\n")
        rows = []
        for rel in rng.sample(["父亲", "母亲", "爷爷", "奶奶", "哥哥", "妹妹"], rng.randint(2, 4)):
            m = doc.person(age=(5, 85))
            hs = V("health", health_value(rng)) if rng.random() < 0.25 else T("健康")
            rows.append(
                [
                    V("name", m["name"]),
                    T(rel),
                    T(str(m["age"])),
                    hs,
                    T(rng.choice(["务农", "外出务工", "在校", "无"])),
                ]
            )
        doc.table(["姓名", "关系", "年龄", "健康状况", "工作或学习单位"], rows)
        doc.t("\n家庭经济困难情况说明%s" % doc.colon)
        doc.t(
            rng.choice(
                [
                    "家中人口多，收入来源单一，主要靠务农。",
                    "父母在外打零工，收入不稳定。",
                    "家庭遭受自然灾害，损失较大。",
                ]
            )
        )
        doc.t("\n学生签名%s" % doc.colon)
        doc.p("name", s["name"])
        doc.t("    家长签名%s" % doc.colon)
        doc.p("name", g["name"])
        doc.t("\n班主任意见%s情况属实。  班主任%s%s\n" % (doc.colon, doc.colon, doc.staff()))
    else:
        sch = school(rng, R)
        doc.title(
            "%s%d—%d学年%s家庭经济困难学生资助名单公示"
            % (sch, d.year, d.year + 1, rng.choice(["第一学期", "第二学期", ""]))
        )
        doc.para(
            "根据上级文件精神，经学生申请、班级评议、学校资助工作领导小组审核，拟资助以下学生，现予公示："
        )
        rows = []
        for i in range(rng.randint(6, 18)):
            s = doc.person(age=(12, 18))
            rows.append(
                [
                    T(str(i + 1)),
                    T(klass(rng, s["age"])),
                    V("name", s["name"]),
                    T(rng.choice(["一档", "二档", "三档"])),
                    T(str(rng.choice([625, 1000, 1250, 1500, 2000]))),
                ]
            )
        if rng.random() < 0.3:
            doc.t("受助学生：")
            name_list(doc, [plain(r[2]) for r in rows])
            doc.t("\n")
        else:
            doc.table(["序号", "班级", "姓名", "资助档次", "金额（元）"], rows)
        doc.para("公示时间为%d个工作日。如有异议，请向学校资助办反映。" % rng.choice([5, 7]))
        doc.t("联系人：%s老师    电话：%s\n" % (doc.staff()[0], gen_landline(rng, R, office=True)))
        if rng.random() < 0.3:
            doc.t("县教育局学生资助管理中心监督电话：%s\n" % gen_landline(rng, R, office=True))
        sign_off(doc, sch, d)


# --------------------------------------------------------------------------------------------------
# family 8: replies
# --------------------------------------------------------------------------------------------------


def fam_reply(doc, sub):
    rng = doc.rng
    R = doc.R
    d = doc_date(rng)
    dept = rng.choice(
        ["人民政府办公室", "自然资源局", "民政局", "住房和城乡建设局", rng.choice(R["towns"]) + "人民政府"]
    )
    org = R["county"] + dept if not dept.endswith("镇人民政府") else dept
    p = doc.person(age=(25, 75))
    recv = d - datetime.timedelta(days=rng.randint(3, 18))
    kind = ["答复书", "补正告知书", "延期答复告知书"][sub]
    doc.title("%s\n政府信息公开申请%s" % (org, kind))
    doc.t(
        "%s〔%d〕第%d号\n\n"
        % (R["short"] + rng.choice(["政信", "依申请", "公开"]) + kind[:2], d.year, rng.randint(1, 120))
    )
    if rng.random() < 0.3:
        ct, cn = cert_cells(doc)
        doc.add(
            cat(
                "申请人：",
                V("name", p["name"]),
                "，",
                ct,
                "号码：",
                cn if cn else V("id_card", p["id"]),
                "\n",
            )
        )
    doc.p("name", p["name"])
    doc.t(rng.choice(["：", "女士：" if p["sex"] == "女" else "先生：", "同志："]) + "\n")
    chan = rng.choice(["信函", "网上申请平台", "当面提交", "电子邮件"])
    topic = rng.choice(REQ_TOPICS)
    if "%s" in topic:
        topic = topic % rng.choice(R["towns"])
    doc.para(
        "本机关于%s收到您通过%s提交的政府信息公开申请，您申请获取“%s”。"
        % (date_cn(rng, recv, "cn"), chan, topic)
    )
    if sub == 0:
        res = rng.random()
        if res < 0.4:
            doc.para("经审查，您申请的信息属于公开范围，现将相关信息提供给您（见附件）。")
        elif res < 0.7:
            doc.para(
                "经检索查找，本机关未制作或获取该政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项之规定，告知您该政府信息不存在。"
            )
        else:
            third = mask_name(rng, doc.name())
            doc.para(
                "经审查，您申请的信息中包含第三方%s的%s等个人信息，根据《中华人民共和国政府信息公开条例》第十五条、第三十七条，本机关对"
                "相关内容作区分处理后予以公开，其中%s的联系电话显示为%s。"
                % (
                    third,
                    rng.choice(["身份证号码、银行账号", "家庭住址、联系电话"]),
                    third,
                    mask_mobile(gen_mobile(rng, "plain")),
                )
            )
    elif sub == 1:
        doc.para(
            "经审查，您的申请内容不明确，%s。根据《中华人民共和国政府信息公开条例》第三十条之规定，请您自收到本告知书之日起"
            "%d个工作日内对申请作出补正，说明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。逾期未补正的，视为放弃申请。"
            % (
                rng.choice(["未明确具体时间段", "无法确定所指项目", "所述文件名称不准确"]),
                rng.choice([10, 15]),
            )
        )
    else:
        doc.para(
            "因%s，本机关无法在20个工作日内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款之规定，经本机关政府信息公开工作机构负责人同意，"
            "答复期限延长20个工作日，最迟于%s前答复。"
            % (
                rng.choice(["所需信息涉及第三方，需征求第三方意见", "所需信息量大，需检索调阅历年档案"]),
                date_cn(rng, d + datetime.timedelta(days=28), "cn"),
            )
        )
    if rng.random() < 0.4:
        doc.para(
            "如对本答复不服，可以在收到本答复之日起六十日内向%s人民政府申请行政复议，或者在六个月内向%s人民法院提起行政诉讼。"
            % (R["county"] if "镇" not in dept else R["county"], R["county"])
        )
    doc.t("\n联系人：%s    联系电话：%s\n" % (doc.staff(), gen_landline(rng, R, office=True)))
    if rng.random() < 0.3:
        doc.t("电子邮箱：%s\n" % gov_mail(rng, R))
    sign_off(doc, org + rng.choice(["", "（印章）"]), d)
    if rng.random() < 0.75:
        doc.t("\n" + rng.choice(["送达回证", "送达信息", "邮寄信息"]) + "\n")
        fields = [("受送达人", V("name", p["name"])), ("送达地址", V("address", gen_address(rng, R)))]
        r = rng.random()
        if r < 0.75:
            fields.append(("联系电话", V("mobile", p["mobile"])))
        elif r < 0.87:
            fields.append(("联系电话", V("landline", gen_landline(rng, R))))
        if chan == "电子邮件" or rng.random() < 0.3:
            fields.append(("电子邮箱", V("email", gen_email(rng))))
        fields += [
            ("送达方式", T(rng.choice(["EMS邮寄", "直接送达", "电子邮件"]))),
            (
                "邮件号",
                T("1%012d" % rng.randint(0, 10**12 - 1))
                if rng.random() < 0.5
                else T(gen_order_no(rng, d.year)),
            ),
            ("送达人", T(doc.staff())),
        ]
        if rng.random() < 0.5:
            fields.append(("签收人", V("name", p["name"])))
        doc.form(fields)


# --------------------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------------------
FAMILIES = [
    ("dibao", fam_dibao, ["roster", "approval", "adjust"]),
    ("penalty", fam_penalty, ["police", "market_env", "simple"]),
    ("gongshi", fam_gongshi, ["award", "housing", "proposed"]),
    ("application", fam_application, ["disclosure", "relief", "letter"]),
    ("minutes", fam_minutes, ["villager", "review", "hearing"]),
    ("health_lists", fam_health, ["prepreg", "followup", "contract"]),
    ("student_aid", fam_student, ["list", "form", "notice"]),
    ("replies", fam_reply, ["reply", "correction", "extension"]),
]


def make_doc(seed, i):
    fam = i % 8
    sub = (i // 8) % 3
    fname, fn, subs = FAMILIES[fam]
    last = None
    for attempt in range(200):
        rng = random.Random(f"{seed}:{i}:{attempt}")
        region = REGIONS[rng.randrange(len(REGIONS))]
        pdf = rng.random() < 0.25
        doc = Doc(rng, region, pdf)
        fn(doc, sub)
        if pdf:
            pdf_transform(doc)
        # merge adjacent plain segments, drop empties
        segs = [s for s in doc.segs if s[0] != ""]
        text, spans = assemble(segs)
        err = check_doc(text, spans)
        if err is None:
            typ = "%s.%s" % (fname, subs[sub]) + (".pdf" if pdf else "")
            return {"type": typ, "text": text, "spans": spans}, attempt, region["key"]
        last = err
    raise RuntimeError("document %d failed self-checks: %s" % (i, last))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=157)
    ap.add_argument("-o", "--output")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.decisions:
        for k, dd in enumerate(DECISIONS, 1):
            print("%d. %s" % (k, dd))
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    kinds = {}  # type: ignore[var-annotated]
    types = {}  # type: ignore[var-annotated]
    regions = {}  # type: ignore[var-annotated]
    redraws = 0
    for i in range(a.docs):
        rec, attempt, rkey = make_doc(a.seed, i)
        redraws += attempt
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for sp in rec["spans"]:
            kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
        types[rec["type"]] = types.get(rec["type"], 0) + 1
        regions[rkey] = regions.get(rkey, 0) + 1
    if a.output:
        out.close()
    if a.stats:
        print("documents: %d  redraws: %d" % (a.docs, redraws), file=sys.stderr)
        for k in sorted(kinds):
            print("  %-16s %d" % (k, kinds[k]), file=sys.stderr)
        print("types:", file=sys.stderr)
        for k in sorted(types):
            print("  %-32s %d" % (k, types[k]), file=sys.stderr)
        print("regions:", " ".join("%s=%d" % (k, regions[k]) for k in sorted(regions)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
