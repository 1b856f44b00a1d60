#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout58 -- blind evaluation set generator for a personal-information detector
working on Chinese government-disclosure (政务公开) publications.

Standard library only.  Deterministic for a given --seed (random.Random(seed);
no clock, no hash-order dependence).

Usage
    python holdout58.py --docs 400 --seed 281 -o OUT.jsonl   # generate
    python holdout58.py --docs 400 --seed 281 -o OUT.jsonl --check --stats
    python holdout58.py --check FILE.jsonl                   # validate a file
    python holdout58.py --stats FILE.jsonl                   # counts of a file
    python holdout58.py --decisions                          # labelling conventions

Output: JSON Lines, one document per line:
    {"type": family, "text": text, "spans": [{"kind", "start", "end"}, ...]}
start/end are Python str offsets (end exclusive).

Kinds: id_card, id_card_15, mobile, landline, bank_card, email, passport,
hk_macau_permit, tw_permit, license_plate, address, name, health.

FAMILIES (the "type" field)
    1. 水库移民后期扶持直补资金发放名单          (town government, table)
    2. 草原生态保护补助奖励发放公示              (town / 嘎查村, table, phones)
    3. 养老保险待遇暂停发放/冒领追回公告          (人社局 / 社保中心, table + prose)
    4. 失业保险金领取公示                        (人社局, table)
    5. 收养登记公告(查找弃婴生父母)               (民政局, prose)
    6. 流浪乞讨人员寻亲公告                      (救助管理站, labelled prose)
    7. 法院公告送达(民事判决书/起诉状副本公告)     (县人民法院, prose)
    8. 欠税公告(个体工商户/自然人)               (县税务局, table + list)
    9. 生产安全事故调查报告(对责任人员的处理建议)   (县人民政府 / 调查组, long prose)
   10. 不动产首次登记/更正登记公告               (不动产登记中心, table + prose)

COUNTIES (real 6-digit division codes; towns are real 乡镇; villages are the
seat villages of those 乡镇 or villages the author is confident about)
    520526 贵州省毕节市威宁彝族回族苗族自治县   (彝/回/苗; tel 0857, 贵F, 黔0526)
    140926 山西省忻州市静乐县                   (汉; tel 0350, 晋H, 晋0926)
    530828 云南省普洱市澜沧拉祜族自治县         (拉祜/佤/哈尼; tel 0879, 云J, 云0828)
    422823 湖北省恩施土家族苗族自治州巴东县     (土家; tel 0718, 鄂Q, 鄂2823)
    540425 西藏自治区林芝市察隅县               (藏; tel 0894, 藏G, 藏0425)
    150926 内蒙古自治区乌兰察布市察哈尔右翼前旗 (汉/蒙古; tel 0474, 蒙J, 蒙0926)
  Persons from elsewhere (vagrants, litigants, victims) come from 四川昭觉县 513431
  (Liangshan Yi names), 新疆疏附县 653121 and 乌鲁木齐天山区 650102 (Uyghur names),
  贵州赫章县 520527, 西藏波密县 540424, 内蒙古察右后旗 150928.

DECISIONS (labelling conventions)
 1. name = the personal name of a private natural person, wherever it occurs
    (table cell, prose, the addressee line "张三：" of a court notice, a family
    member, a witness, a minor, an abandoned infant named by the welfare home, a
    deceased person).  Every occurrence is a separate span.  Han names incl.
    compound (欧阳, 司马 ...) and rare surnames; minority transliterations are
    one span including the middle dot (阿依古丽·买买提), Tibetan/Mongolian/Lahu/Wa
    names without surname (扎西顿珠, 乌云其木格, 扎约, 岩块) are names.
 2. NOT names: masked names (张*, 王**, 李某, 李某某), surname + honorific/title
    (王警官, 李女士, 赵站长), "无名氏", and organisation / village / road / shop
    names that contain surnames (王村乡, 段家寨乡, 李家湾, 王记粮油店).
 3. Officials acting in role are NOT labelled: government and party officials,
    judges, clerks, police, welfare-home and social-security staff, village
    committee cadres signing a notice or given as 联系人/经办人/审核人, members and
    leaders of an accident investigation team.  Practising lawyers named as
    agents together with their law firm are also not labelled (court publication
    rules retain them; they act professionally).
 4. BUT a person who is the SUBJECT of the document is labelled whatever their
    office: an official recommended for discipline in an accident report, the
    deceased/injured, and the legal representative / principal person of an
    enterprise (a private natural person, even where the law requires
    publication, e.g. 欠税公告).  "Public by design" (法定公示) does NOT make a
    datum non-personal: statutory lists are labelled in full.
 5. Padded names in tables ("王　芳", "王  芳"): one span from the first to the
    last character, the padding inside included.
 6. address = home / residence / household-registration (户籍地) address of a
    private person, or the location of a private residential property
    (宅基地/住宅 坐落 in 不动产登记公告), and only when it reaches 组, 号, 栋, 幢,
    单元 or 室 level.  The span starts at the first place element actually
    written (province, city, county, town, village or road) and ends at the last
    组/号/栋/幢/单元/室 element.  Labels (住, 住址：, 家住, 户籍地, 生前住, 坐落：)
    and trailing punctuation, "人" ("...三组人"), notes in brackets are outside.
    A cell "迤那村三组" (village + 组, no higher units) IS an address; a bare
    "三组" cell, a village-level "迤那村" or a town-level residence is not, even
    when separate columns together would locate the household.
 7. NOT addresses even at 号/组 level: government offices, courts, welfare homes,
    hospitals, company registered addresses, business premises (经营地点) of
    enterprises AND of 个体工商户, the place where an infant was found or a
    vagrant was picked up, the accident scene.
 8. Wrapped / broken values: when a value is broken by a hard line break (PDF
    prose) or wrapped onto the next line of a pdftotext -layout table (only
    whitespace between the fragments), it is ONE span that includes the break
    and the indentation.  Spans never start or end with whitespace.
 9. Identifiers written with internal spaces or hyphens (5205 2619 ..., 6228 4800
    ..., 138-1234-5678, 138 1234 5678) are one span including the separators.
    Full-width digits are labelled exactly like ASCII digits.  A lower-case x
    check character is a valid id_card.
10. Masked values are never labelled, however much remains visible
    (138****1234, 520526********1234, 6222********1234, 张*).  An unmasked
    name next to a masked ID is still labelled; an unmasked address of a
    household whose head is masked is still labelled.
11. mobile = 11-digit mobile number of a private person.  landline = a private
    person's fixed-line number incl. area code; an attached "（0857）" or
    "0857-" is inside the span.  Office phones, supervision phones, hotlines
    (12345, 12333, 12366, 12348) and welfare-home 24h lines are never labelled.
12. bank_card = a private person's debit/social-security card number
    (一卡通, 社保卡金融账户).  Organisation accounts (财政专户, 对公账户) and
    transaction/serial numbers are not labelled.
13. license_plate: every complete vehicle plate is labelled, company trucks
    included (a plate leads to the driver/owner); the "·" separator is inside,
    a following 号/号牌 is outside.  Masked plates are not labelled.
14. health = the health, disease, disability or injury status of an
    identifiable person (a named person, or the uniquely described infant /
    受助人员 of a notice).  The span is the condition noun phrase only
    (二级肢体残疾, 尿毒症, 左股骨粉碎性骨折, 十级伤残, 智力障碍), without verbs
    such as 患有/诊断为/经鉴定构成.  Death is not health.  General policy text
    (对重度残疾、长期卧床人员提供上门认证) is not health.
15. Gender, ethnicity, date of birth, age, height, amounts, areas, dates are
    not labelled (no kind for them).
16. A taxpayer identification number that IS a citizen ID number (自然人) is
    id_card.  统一社会信用代码 (incl. 92... of 个体工商户, 11... of organs),
    索引号, 文号, case numbers （2023）黔0526民初123号, 不动产单元号,
    业务流水号, postcodes are never labelled.
17. hk_macau_permit covers both 往来港澳通行证 (C........) and 港澳居民来往内地
    通行证 (H/M........); tw_permit covers 大陆居民往来台湾通行证 (L........) and
    台湾居民来往大陆通行证 (8 digits).  passport = 中华人民共和国护照 (E/G...).
18. A suspected / self-reported identity is still labelled ("疑似为王小军",
    "自称名叫扎西"), as are the erroneous name variant in an 更正登记 notice and
    the name of a deceased person whose pension was claimed fraudulently.
19. CSV quotes, HTML tags, &nbsp; and table separators are never inside spans.
20. email: private mailboxes labelled; institutional mailboxes are not.
21. Spans never overlap; the name inside an address is impossible by
    construction (addresses contain only place names).
"""

import argparse
import json
import random
import re
import sys
import unicodedata

KINDS = [
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
]

FAMILIES = [
    "水库移民后期扶持直补资金发放名单",
    "草原生态保护补助奖励发放公示",
    "养老保险待遇暂停发放/冒领追回公告",
    "失业保险金领取公示",
    "收养登记公告(查找弃婴生父母)",
    "流浪乞讨人员寻亲公告",
    "法院公告送达(民事判决书/起诉状副本公告)",
    "欠税公告(个体工商户/自然人)",
    "生产安全事故调查报告(对责任人员的处理建议)",
    "不动产首次登记/更正登记公告",
]

FW = str.maketrans("0123456789", "０１２３４５６７８９")
FW_BACK = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")

# ---------------------------------------------------------------- checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
PROV_CODES = [
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
    "71",
    "81",
    "82",
]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def valid_date(y, m, d):
    if not (1 <= m <= 12) or d < 1:
        return False
    mdays = [
        31,
        29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ]
    return d <= mdays[m - 1]


def id18_valid(s):
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[:2] not in PROV_CODES:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2024 and valid_date(y, m, d)):
        return False
    return id_check(s[:17]) == s[17].upper()


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_digit(partial):
    tot = 0
    for i, c in enumerate(reversed(partial)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    tot = 0
    for c, w in zip(s8, ORG_W):
        v = int(c) if c.isdigit() else ord(c) - 55
        tot += v * w
    c = 11 - tot % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(s17):
    tot = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    c = 31 - tot % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(s):
    if len(s) != 18 or any(c not in USCC_CHARS for c in s):
        return False
    return uscc_check(s[:17]) == s[17] and org_check(s[8:16]) == s[16]


def make_uscc(rng, reg, typ, area):
    letters = "ABCDEFGHJKLMNPQRTUWXY"
    while True:
        if rng.random() < 0.6:
            body = "MA" + "".join(rng.choice("0123456789" + letters) for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        o9 = body + org_check(body)
        s17 = reg + typ + area + o9
        s = s17 + uscc_check(s17)
        if not id18_valid(s):
            return s


ISSUERS = [
    ("622848", 19),
    ("621700", 19),
    ("622202", 19),
    ("623058", 19),
    ("621799", 19),
    ("622908", 18),
    ("622208", 19),
    ("621661", 19),
    ("622700", 19),
    ("621226", 19),
]
ISSUER_PREFIXES = [p for p, _ in ISSUERS]


def make_card(rng, prefix=None):
    p, ln = rng.choice(ISSUERS) if prefix is None else next(x for x in ISSUERS if x[0] == prefix)
    body = p + "".join(rng.choice("0123456789") for _ in range(ln - len(p) - 1))
    return body + luhn_digit(body)


MOBILE_PFX = [
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
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
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
    "198",
    "199",
]


def make_mobile(rng):
    return rng.choice(MOBILE_PFX) + "".join(rng.choice("0123456789") for _ in range(8))


# ---------------------------------------------------------------- geography
GENERIC_ROADS = [
    "人民路",
    "建设路",
    "文化路",
    "团结路",
    "民族路",
    "新华路",
    "解放路",
    "环城路",
    "向阳路",
    "振兴路",
    "滨河路",
    "东风路",
]
ESTATES = [
    "锦绣花园",
    "阳光小区",
    "幸福家园",
    "金桂苑",
    "民族新村",
    "祥和小区",
    "滨河花园",
    "移民新村",
    "安居小区",
    "和谐家园",
]

COUNTIES = [
    dict(
        key="weining",
        co="威宁",
        code="520526",
        prov="贵州省",
        city="毕节市",
        full="威宁彝族回族苗族自治县",
        short="威宁县",
        abbr="威",
        tel="0857",
        plate="贵F",
        court="黔0526",
        post="553100",
        seat="草海镇",
        towns=[
            ("幺站镇", ["幺站村"]),
            ("金钟镇", ["金钟村"]),
            ("炉山镇", ["炉山村"]),
            ("龙场镇", ["龙场村"]),
            ("黑石头镇", ["黑石头村"]),
            ("哲觉镇", ["哲觉村"]),
            ("观风海镇", ["观风海村"]),
            ("牛棚镇", ["牛棚村"]),
            ("迤那镇", ["迤那村"]),
            ("中水镇", ["中水村"]),
            ("二塘镇", ["二塘村"]),
            ("雪山镇", ["雪山村"]),
            ("羊街镇", ["羊街村"]),
            ("小海镇", ["小海村"]),
            ("盐仓镇", ["盐仓村"]),
        ],
        eth=[
            ("汉族", 45, "han"),
            ("彝族", 18, "han_wn"),
            ("回族", 15, "hui"),
            ("苗族", 15, "han_wn"),
            ("彝族", 7, "yi_ls"),
        ],
    ),
    dict(
        key="jingle",
        co="静乐",
        code="140926",
        prov="山西省",
        city="忻州市",
        full="静乐县",
        short="静乐县",
        abbr="静",
        tel="0350",
        plate="晋H",
        court="晋0926",
        post="035100",
        seat="鹅城镇",
        towns=[
            ("杜家村镇", ["杜家村村"]),
            ("康家会镇", ["康家会村"]),
            ("丰润镇", ["丰润村"]),
            ("娘子神乡", ["娘子神村"]),
            ("堂尔上乡", ["堂尔上村"]),
            ("赤泥洼乡", ["赤泥洼村"]),
            ("双路乡", ["双路村"]),
            ("中庄乡", ["中庄村"]),
            ("神峪沟乡", ["神峪沟村"]),
            ("王村乡", ["王村村"]),
            ("辛村乡", ["辛村村"]),
            ("段家寨乡", ["段家寨村"]),
            ("娑婆乡", ["娑婆村"]),
        ],
        eth=[("汉族", 100, "han")],
    ),
    dict(
        key="lancang",
        co="澜沧",
        code="530828",
        prov="云南省",
        city="普洱市",
        full="澜沧拉祜族自治县",
        short="澜沧县",
        abbr="澜",
        tel="0879",
        plate="云J",
        court="云0828",
        post="665600",
        seat="勐朗镇",
        towns=[
            ("惠民镇", ["芒景村", "景迈村"]),
            ("酒井哈尼族乡", ["勐根村"]),
            ("上允镇", ["上允村"]),
            ("糯扎渡镇", ["糯扎渡村"]),
            ("东回镇", ["东回村"]),
            ("谦六彝族乡", ["谦六村"]),
            ("木戛乡", ["木戛村"]),
            ("南岭乡", ["南岭村"]),
            ("雪林佤族乡", ["雪林村"]),
            ("竹塘乡", ["竹塘村"]),
        ],
        eth=[
            ("拉祜族", 45, "lahu"),
            ("汉族", 25, "han"),
            ("佤族", 15, "wa"),
            ("哈尼族", 8, "han"),
            ("彝族", 7, "han"),
        ],
    ),
    dict(
        key="badong",
        co="巴东",
        code="422823",
        prov="湖北省",
        city="恩施土家族苗族自治州",
        full="巴东县",
        short="巴东县",
        abbr="巴",
        tel="0718",
        plate="鄂Q",
        court="鄂2823",
        post="444300",
        seat="信陵镇",
        towns=[
            ("东瀼口镇", ["东瀼口村"]),
            ("沿渡河镇", ["沿渡河村"]),
            ("官渡口镇", ["官渡口村"]),
            ("茶店子镇", ["茶店子村"]),
            ("绿葱坡镇", ["绿葱坡村"]),
            ("大支坪镇", ["大支坪村"]),
            ("野三关镇", ["野三关村"]),
            ("清太坪镇", ["清太坪村"]),
            ("水布垭镇", ["水布垭村"]),
            ("溪丘湾乡", ["溪丘湾村"]),
            ("金果坪乡", ["金果坪村"]),
        ],
        eth=[("土家族", 50, "tujia"), ("汉族", 45, "han"), ("苗族", 5, "han")],
    ),
    dict(
        key="chayu",
        co="察隅",
        code="540425",
        prov="西藏自治区",
        city="林芝市",
        full="察隅县",
        short="察隅县",
        abbr="察",
        tel="0894",
        plate="藏G",
        court="藏0425",
        post="860600",
        seat="竹瓦根镇",
        towns=[
            ("上察隅镇", ["上察隅村"]),
            ("下察隅镇", ["沙琼村", "下察隅村"]),
            ("古拉乡", ["古拉村"]),
            ("古玉乡", ["古玉村"]),
            ("察瓦龙乡", ["察瓦龙村"]),
            ("竹瓦根镇", ["竹瓦根村"]),
        ],
        eth=[("藏族", 80, "tibetan"), ("汉族", 20, "han")],
    ),
    dict(
        key="chayouqian",
        co="察右前旗",
        code="150926",
        prov="内蒙古自治区",
        city="乌兰察布市",
        full="察哈尔右翼前旗",
        short="察右前旗",
        abbr="察右前",
        tel="0474",
        plate="蒙J",
        court="蒙0926",
        post="012200",
        seat="土贵乌拉镇",
        towns=[
            ("平地泉镇", ["平地泉村"]),
            ("玫瑰营镇", ["玫瑰营村"]),
            ("巴音塔拉镇", ["巴音塔拉村"]),
            ("黄茂营乡", ["黄茂营村"]),
            ("三岔口乡", ["三岔口村"]),
            ("乌拉哈乡", ["乌拉哈村"]),
            ("煤窑乡", ["煤窑村"]),
        ],
        eth=[("汉族", 85, "han"), ("蒙古族", 12, "mongol"), ("回族", 3, "hui")],
    ),
]

EXT = [
    dict(
        code="513431",
        prefix="四川省凉山彝族自治州昭觉县",
        town="支尔莫乡",
        vills=["阿土列尔村"],
        eth=[("彝族", 1, "yi_ls")],
        accent="彝语，会说简单汉语",
    ),
    dict(
        code="653121",
        prefix="新疆维吾尔自治区喀什地区疏附县",
        town="乌帕尔镇",
        vills=["3村", "7村", "11村"],
        eth=[("维吾尔族", 1, "uyghur")],
        accent="维吾尔语",
    ),
    dict(
        code="650102",
        prefix="新疆维吾尔自治区乌鲁木齐市天山区",
        town="",
        urban="解放南路",
        vills=[],
        eth=[("维吾尔族", 1, "uyghur")],
        accent="维吾尔语口音普通话",
    ),
    dict(
        code="520527",
        prefix="贵州省毕节市赫章县",
        town="妈姑镇",
        vills=["妈姑村"],
        eth=[("汉族", 2, "han"), ("彝族", 1, "han_wn")],
        accent="贵州口音",
    ),
    dict(
        code="540424",
        prefix="西藏自治区林芝市波密县",
        town="扎木镇",
        vills=["扎木村"],
        eth=[("藏族", 1, "tibetan")],
        accent="藏语",
    ),
    dict(
        code="150928",
        prefix="内蒙古自治区乌兰察布市察哈尔右翼后旗",
        town="白音察干镇",
        vills=["白音察干村"],
        eth=[("蒙古族", 1, "mongol"), ("汉族", 2, "han")],
        accent="内蒙古口音",
    ),
]

# ---------------------------------------------------------------- names
COMMON_SN = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
COMPOUND_SN = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "尉迟",
    "司徒",
    "夏侯",
    "端木",
    "公孙",
    "长孙",
    "宇文",
]
RARE_SN = list("禤亓仉郗宓厍谌禚甯逯冼芈隗昝邝佘阚蒯鄢訾笪蹇麻")
SN_POOLS = {
    "han_wn": list("安禄陇龙杨张王李陈朱管吴罗苏杜邓熊胡韩"),
    "hui": list("马丁穆海沙纳锁虎杨李"),
    "tujia": list("向谭覃田冉黄邓张李杨刘王彭秦谢"),
}
MALE_G = "伟强军勇杰涛明超斌磊鹏辉刚平建国华林峰波海文俊志忠德福贵祥荣发生成玉山兵亮宏光永春才学富云龙江"
FEMALE_G = "芳娟敏静丽艳霞秀英兰凤梅琴燕萍红玲翠花桂珍莲春慧婷雪娜琼菊仙香"
TIB_A = [
    "扎西",
    "次仁",
    "格桑",
    "达瓦",
    "尼玛",
    "索朗",
    "洛桑",
    "白玛",
    "旦增",
    "平措",
    "拉巴",
    "边巴",
    "普布",
    "贡嘎",
    "强巴",
    "丹增",
    "益西",
    "阿旺",
]
TIB_B = [
    "顿珠",
    "卓玛",
    "央宗",
    "多吉",
    "曲珍",
    "拉姆",
    "罗布",
    "次仁",
    "德吉",
    "桑珠",
    "央金",
    "旺堆",
    "措姆",
    "玉珍",
    "加措",
    "卓嘎",
]
MONGOL = [
    "巴特尔",
    "乌云其木格",
    "其其格",
    "额尔敦",
    "苏和",
    "那仁满都拉",
    "布仁巴雅尔",
    "斯琴",
    "图雅",
    "哈斯",
    "阿拉坦仓",
    "孟和",
    "朝鲁",
    "宝音",
    "乌力吉",
    "格日勒",
    "萨仁",
    "敖其尔",
    "吉日嘎拉",
    "阿木古楞",
    "满都呼",
    "特古斯",
    "娜仁花",
    "高娃",
    "塔娜",
]
LAHU_SN = list("李张胡石刘罗彭杨钟")
LAHU_G2 = list("约发克努丕倮妥朵拉迫门思海阿妞块")
WA = [
    "岩块",
    "岩嘎",
    "岩帅",
    "岩那",
    "叶块",
    "叶嘎",
    "叶那",
    "尼嘎",
    "艾门",
    "艾块",
    "娜块",
    "岩艾",
    "叶茸",
    "岩拉",
]
YI_SN = [
    "吉克",
    "阿苏",
    "沙马",
    "吉木",
    "马海",
    "俄底",
    "海来",
    "阿尔",
    "吉伍",
    "俄木",
    "依火",
    "阿西",
    "拉马",
]
YI_G = [
    "阿呷",
    "拉则",
    "阿果",
    "子洛",
    "木呷",
    "伍各",
    "阿木",
    "尔古",
    "日哈",
    "阿支",
    "伍果",
    "阿衣",
    "石布",
    "有福",
]
UY_A_M = ["买买提", "艾力", "吐尔逊", "阿不都热依木", "努尔买买提", "艾尼瓦尔", "麦合木提", "依明", "阿布拉"]
UY_A_F = ["阿依古丽", "古丽娜尔", "热依汗", "帕提古丽", "祖丽皮亚", "米热古丽"]
UY_B = [
    "买买提",
    "吐尔逊",
    "阿不都热依木",
    "吐尔洪",
    "热合曼",
    "艾买提",
    "阿西木",
    "肉孜",
    "卡德尔",
    "司马义",
]


def han_name(rng, gender, pool=None):
    r = rng.random()
    if r < 0.05:
        sn = rng.choice(COMPOUND_SN)
    elif r < 0.10:
        sn = rng.choice(RARE_SN)
    else:
        sn = rng.choice(pool or COMMON_SN)
    g = MALE_G if gender == "男" else FEMALE_G
    n = 1 if (rng.random() < 0.3 and len(sn) == 1) else (1 if len(sn) == 2 and rng.random() < 0.5 else 2)
    return sn + "".join(rng.choice(g) for _ in range(n))


def gen_name(rng, style, gender):
    if style == "han":
        return han_name(rng, gender)
    if style in SN_POOLS:
        return han_name(rng, gender, SN_POOLS[style])
    if style == "tibetan":
        if rng.random() < 0.15:
            return rng.choice(TIB_B)
        return rng.choice(TIB_A) + rng.choice(TIB_B)
    if style == "mongol":
        n = rng.choice(MONGOL)
        return (rng.choice("包白宝韩") + n) if rng.random() < 0.3 else n
    if style == "lahu":
        g = ("扎" if gender == "男" else "娜") + rng.choice(LAHU_G2)
        return g if rng.random() < 0.2 else rng.choice(LAHU_SN) + g
    if style == "wa":
        n = rng.choice([w for w in WA if (w[0] in "岩艾") == (gender == "男")])
        return (rng.choice("赵李鲍陈") + n) if rng.random() < 0.3 else n
    if style == "yi_ls":
        return rng.choice(YI_SN) + rng.choice(YI_G)
    if style == "uyghur":
        a = rng.choice(UY_A_M if gender == "男" else UY_A_F)
        b = rng.choice([x for x in UY_B if x != a])
        dot = rng.choice(["·", "·", "·", "•"])
        return a + dot + b
    raise ValueError(style)


def wchoice(rng, items):
    tot = sum(w for _, w, _ in items)
    r = rng.random() * tot
    for it in items:
        r -= it[1]
        if r < 0:
            return it
    return items[-1]


def official(rng):
    return han_name(rng, rng.choice("男女"))


def person(rng, C, ymin=1950, ymax=1998, gender=None, ext=None):
    src = ext if ext else C
    eth, _, style = wchoice(rng, src["eth"])
    gender = gender or rng.choice("男女")
    name = gen_name(rng, style, gender)
    y = rng.randint(ymin, ymax)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    s2 = rng.randint(0, 99)
    last = rng.choice("13579") if gender == "男" else rng.choice("02468")
    s17 = src["code"] + "%04d%02d%02d" % (y, m, d) + "%02d" % s2 + last
    return dict(
        name=name, gender=gender, eth=eth, y=y, m=m, d=d, id=s17 + id_check(s17), ext=ext, C=C, style=style
    )


def age_of(p, year):
    return year - p["y"]


# ---------------------------------------------------------------- formatting
CN_NUM = [
    "〇",
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
]


def cn(n):
    return CN_NUM[n] if n < len(CN_NUM) else str(n)


def cn_year(y):
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


def cn_day(d):
    if d <= 10:
        return CN_NUM[d]
    if d < 20:
        return "十" + CN_NUM[d - 10]
    if d % 10 == 0:
        return CN_NUM[d // 10] + "十"
    return CN_NUM[d // 10] + "十" + CN_NUM[d % 10]


def rdate(rng, year, m0=1, m1=12):
    m = rng.randint(m0, m1)
    return (year, m, rng.randint(1, 28))


def fdate(dt, style="cn"):
    y, m, d = dt
    if style == "cn":
        return "%d年%d月%d日" % (y, m, d)
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "dot":
        return "%d.%d.%d" % (y, m, d)
    if style == "han":
        return cn_year(y) + "年" + cn_day(m) + "月" + cn_day(d) + "日"
    return "%d/%02d/%02d" % (y, m, d)


def add_days(dt, n):
    y, m, d = dt
    d += n
    while d > 28:
        d -= 28
        m += 1
        if m > 12:
            m = 1
            y += 1
    return (y, m, d)


def fmt_id(rng, s, p_space=0.06, p_fw=0.03, p_lower=0.5):
    if s.endswith("X") and rng.random() < p_lower * 0.5:
        s = s[:-1] + "x"
    r = rng.random()
    if r < p_space:
        s = s[:6] + " " + s[6:14] + " " + s[14:]
    elif r < p_space + p_fw:
        s = s.translate(FW)
    return s


def id15(p):
    return p["id"][:6] + p["id"][8:17]


def id_cell(rng, p, p15=0.05, **kw):
    """Full (unmasked) ID cell; old 15-digit IDs of elderly people survive in legacy data."""
    if p["y"] < 1960 and rng.random() < p15 * 3:
        return L("id_card_15", id15(p))
    return L("id_card", fmt_id(rng, p["id"], **kw))


def fmt_card(rng, c):
    r = rng.random()
    if r < 0.35:
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    return c


def fmt_mobile(rng, m):
    r = rng.random()
    if r < 0.08:
        return m[:3] + " " + m[3:7] + " " + m[7:]
    if r < 0.13:
        return m[:3] + "-" + m[3:7] + "-" + m[7:]
    if r < 0.16:
        return m.translate(FW)
    return m


def local_no(rng):
    return rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(6))


def office_phone(rng, C):
    return rng.choice(["%s-%s", "%s-%s", "（%s）%s", "%s—%s"]) % (C["tel"], local_no(rng))


def private_landline(rng, C):
    return rng.choice(["%s-%s", "%s-%s", "（%s）%s", "%s%s", "%s－%s"]) % (C["tel"], local_no(rng))


def mask_name(rng, n):
    sn = n[:2] if n[:2] in COMPOUND_SN else n[:1]
    r = rng.random()
    if r < 0.4:
        return sn + "*" * (len(n) - len(sn))
    if r < 0.7:
        return sn + "某"
    if r < 0.85:
        return sn + "某某"
    return sn + "**"


def mask_id(rng, s):
    r = rng.random()
    if r < 0.45:
        return s[:6] + "********" + s[-4:]
    if r < 0.65:
        return s[:10] + "****" + s[-4:]
    if r < 0.85:
        return s[:14] + "****"
    return s[:3] + "***********" + s[-4:]


def mask_mobile(rng, m):
    return m[:3] + "****" + m[-4:]


def mask_card(rng, c):
    if rng.random() < 0.5:
        return c[:4] + "*" * (len(c) - 8) + c[-4:]
    return c[:6] + "******" + c[-4:]


def pad_name(rng, n, p=0.35):
    if len(n) == 2 and rng.random() < p:
        return n[0] + rng.choice(["　", "  ", " ", "　"]) + n[1]
    return n


def make_email(rng, p):
    base = rng.choice(
        [
            "zhang",
            "li",
            "wang",
            "liu",
            "chen",
            "yang",
            "ma",
            "an",
            "long",
            "tashi",
            "batu",
            "yanzi",
            "xiaoyu",
            "hongmei",
            "jianjun",
        ]
    )
    r = rng.random()
    if r < 0.35:
        return str(rng.randint(10000000, 3999999999)) + "@qq.com"
    return (
        base
        + str(rng.randint(1, 9999))
        + "@"
        + rng.choice(["163.com", "126.com", "sina.com", "139.com", "foxmail.com"])
    )


def make_plate(rng, pfx, newenergy=None):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if newenergy is None:
        newenergy = rng.random() < 0.12
    if newenergy:
        tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        tail = "".join(rng.choice("0123456789" if rng.random() < 0.75 else letters) for _ in range(5))
    sep = rng.choice(["", "", "·", "·"])
    return pfx + sep + tail


def make_passport(rng):
    if rng.random() < 0.5:
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    return "E" + rng.choice("ABCDEFGHJK") + "".join(rng.choice("0123456789") for _ in range(7))


def make_hk(rng, inbound=False):
    if inbound:
        return rng.choice("HM") + "".join(rng.choice("0123456789") for _ in range(8))
    if rng.random() < 0.5:
        return "C" + "".join(rng.choice("0123456789") for _ in range(8))
    return "C" + rng.choice("ABCDEFGH") + "".join(rng.choice("0123456789") for _ in range(7))


def make_tw(rng, inbound=True):
    if inbound:
        return "".join(rng.choice("0123456789") for _ in range(8))
    return "L" + "".join(rng.choice("0123456789") for _ in range(8))


# ---------------------------------------------------------------- addresses
def group_str(rng, n=None):
    n = n or rng.randint(1, 12)
    r = rng.random()
    if r < 0.4:
        return cn(n) + "组"
    if r < 0.75:
        return "%d组" % n
    return "第" + cn(n) + "村民小组"


def addr_prefix(rng, C, style=None):
    style = style or rng.choice(["full", "full", "county", "short", "short", "none"])
    if style == "full":
        return C["prov"] + C["city"] + C["full"]
    if style == "county":
        return C["full"]
    if style == "short":
        return C["short"]
    return ""


def pick_town(rng, C):
    return rng.choice(C["towns"])


def rural_addr(rng, C, town=None, vill=None, style=None, house=0.3):
    if town is None:
        town, vills = pick_town(rng, C)
        vill = vill or rng.choice(vills)
    pre = addr_prefix(rng, C, style)
    if vill == "勐根村" and rng.random() < 0.5:
        g = "老达保村民小组"
    else:
        g = group_str(rng)
    s = pre + town + vill + g
    if rng.random() < house:
        s += "%d号" % rng.randint(1, 120)
    return s


def urban_addr(rng, C, style=None):
    pre = addr_prefix(rng, C, style)
    s = pre + C["seat"] + rng.choice(GENERIC_ROADS) + "%d号" % rng.randint(1, 388)
    r = rng.random()
    if r < 0.45:
        s += "%s%d栋%d单元%d%02d室" % (
            rng.choice(ESTATES),
            rng.randint(1, 18),
            rng.randint(1, 4),
            rng.randint(1, 18),
            rng.randint(1, 4),
        )
    elif r < 0.65:
        s += "%d幢%d%02d室" % (rng.randint(1, 12), rng.randint(1, 7), rng.randint(1, 4))
    elif r < 0.75:
        s += "附%d号" % rng.randint(1, 9)
    return s


def home_addr(rng, p, style=None, urban=None):
    ext = p["ext"]
    if ext:
        if ext.get("urban"):
            return (
                ext["prefix"]
                + ext["urban"]
                + "%d号%d栋%d单元%d%02d室"
                % (
                    rng.randint(1, 300),
                    rng.randint(1, 20),
                    rng.randint(1, 3),
                    rng.randint(1, 9),
                    rng.randint(1, 4),
                )
            )
        pre = ext["prefix"] if rng.random() < 0.8 else ext["prefix"][-3:]
        return pre + ext["town"] + rng.choice(ext["vills"]) + group_str(rng)
    C = p["C"]
    if urban is None:
        urban = rng.random() < 0.3
    return urban_addr(rng, C, style) if urban else rural_addr(rng, C, style=style)


def office_addr(rng, C, what):
    return "%s%s%s%d号%s" % (C["short"], C["seat"], rng.choice(GENERIC_ROADS), rng.randint(1, 200), what)


# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.p = []

    def t(self, s):
        if s:
            self.p.append([None, s])
        return self

    def v(self, kind, s):
        assert kind in KINDS, kind
        assert s and s == s.strip(), repr(s)
        self.p.append([kind, s])
        return self

    def cell(self, c):
        for k, s in c:
            if k:
                self.v(k, s)
            else:
                self.t(s)
        return self

    def extend(self, parts):
        self.p.extend([list(x) for x in parts])
        return self

    def build(self):
        text, spans, pos = [], [], 0
        for k, s in self.p:
            if k:
                spans.append({"kind": k, "start": pos, "end": pos + len(s)})
            text.append(s)
            pos += len(s)
        return "".join(text), spans


def T(s):
    return [(None, s)]


def L(kind, s):
    return [(kind, s)]


def cell_text(c):
    return "".join(s for _, s in c)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def hard_wrap(parts, width):
    """Insert hard line breaks every `width` characters (PDF extraction)."""
    out, col = [], 0
    for kind, s in parts:
        cur = []
        for j, ch in enumerate(s):
            if ch == "\n":
                col = 0
                cur.append(ch)
                continue
            if col >= width and not ch.isspace():
                if kind is None or j > 0:
                    cur.append("\n")
                else:
                    out.append([None, "\n"])
                col = 0
            cur.append(ch)
            col += 1
        out.append([kind, "".join(cur)])
    return out


def emit_prose(b, pb, rng, mode):
    parts = pb.p
    if mode == "pdf":
        parts = hard_wrap(parts, rng.randint(26, 40))
    elif mode == "html":
        new = []
        for k, s in parts:
            if k is None:
                s = (
                    s.replace("\n", "</p>\n<p>&nbsp;&nbsp;")
                    if rng.random() < 0.5
                    else s.replace("\n", "\n&nbsp;&nbsp;&nbsp;&nbsp;")
                )
            new.append([k, s])
        parts = [[None, "<p>&nbsp;&nbsp;"]] + new + [[None, "</p>\n"]]
    b.extend(parts)


def render_table(b, header, rows, layout, rng):
    if layout == "tsv":
        b.t("\t".join(header) + "\n")
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    b.t("\t")
                b.cell(c)
            b.t("\n")
    elif layout == "csv":
        qall = rng.random() < 0.5

        def q(s):
            return '"' + s.replace('"', '""') + '"'

        b.t(",".join(q(h) if qall else h for h in header) + "\n")
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    b.t(",")
                txt = cell_text(c)
                if qall or any(x in txt for x in ',"\n'):
                    b.t('"')
                    for k, s in c:
                        if k:
                            b.v(k, s)
                        else:
                            b.t(s.replace('"', '""'))
                    b.t('"')
                else:
                    b.cell(c)
            b.t("\n")
    elif layout == "cells":
        blank = rng.random() < 0.5
        for h in header:
            b.t(h + "\n")
        for r in rows:
            if blank:
                b.t("\n")
            for c in r:
                b.cell(c)
                b.t("\n")
    elif layout == "html":
        if rng.random() < 0.5:
            b.t("<table>\n<tr>" + "".join("<td>%s</td>" % h for h in header) + "</tr>\n")
            for r in rows:
                b.t("<tr>")
                for c in r:
                    b.t("<td>")
                    b.cell(c)
                    b.t("</td>")
                b.t("</tr>\n")
            b.t("</table>\n")
        else:
            sep = rng.choice(["&nbsp;", "&nbsp;&nbsp;", " &nbsp; "])
            b.t(sep.join(header) + "\n")
            for r in rows:
                for i, c in enumerate(r):
                    if i:
                        b.t(sep)
                    b.cell(c)
                b.t("<br>\n" if rng.random() < 0.5 else "\n")
    else:  # fixed width, pdftotext -layout
        n = len(header)
        gap = rng.choice([2, 3, 4])
        cap = rng.choice([14, 16, 18, 20, 24])
        widths = []
        for i in range(n):
            w = max([dw(header[i])] + [dw(cell_text(r[i])) for r in rows])
            if i == n - 1:
                w = min(w, cap)
            widths.append(w)
        starts, acc = [], 0
        for w in widths:
            starts.append(acc)
            acc += w + gap
        line = ""
        for i, h in enumerate(header):
            line += h if i == n - 1 else h + " " * (widths[i] - dw(h) + gap)
        b.t(line.rstrip() + "\n")
        for r in rows:
            for i, c in enumerate(r):
                txt = cell_text(c)
                if i < n - 1:
                    b.cell(c)
                    b.t(" " * (widths[i] - dw(txt) + gap))
                    continue
                if dw(txt) > cap and len(c) == 1:
                    chunks, cur = [], ""
                    for ch in txt:
                        if dw(cur + ch) > cap:
                            chunks.append(cur)
                            cur = ""
                        cur += ch
                    chunks.append(cur)
                    joined = ("\n" + " " * starts[i]).join(chunks)
                    k = c[0][0]
                    if k:
                        b.v(k, joined)
                    else:
                        b.t(joined)
                else:
                    b.cell(c)
            b.t("\n")


def pick_layout(rng):
    return rng.choices(["tsv", "fixed", "cells", "csv", "html"], [3, 3, 2, 2, 2])[0]


def pick_prose(rng):
    return rng.choices(["plain", "pdf", "html"], [5, 3, 2])[0]


# ---------------------------------------------------------------- page chrome
def meta_block(b, rng, C, org, dt, dept):
    r = rng.random()
    y = dt[0]
    if r < 0.45:
        idx = make_uscc(rng, "1", "1", C["code"]) + "/%d-%05d" % (y, rng.randint(1, 20000))
        b.t(
            "索引号：%s\n信息分类：%s\n发布机构：%s\n生成日期：%s\n文号：%s%s发〔%d〕%d号\n\n"
            % (
                idx,
                rng.choice(["公示公告", "通知公告", "其他", "社会救助"]),
                org,
                fdate(dt, "iso"),
                C["abbr"],
                dept,
                y,
                rng.randint(1, 160),
            )
        )
    elif r < 0.75:
        b.t(
            "来源：%s　　发布时间：%s %02d:%02d　　浏览次数：%d\n\n"
            % (org, fdate(dt, "iso"), rng.randint(8, 18), rng.randint(0, 59), rng.randint(20, 4000))
        )


def page_tail(b, rng):
    r = rng.random()
    if r < 0.3:
        b.t("\n【打印本页】　【关闭窗口】\n")
    elif r < 0.45:
        b.t("\n扫一扫在手机打开当前页\n")


def signoff(b, org, dt, rng):
    b.t("\n" + org + "\n" + fdate(dt, rng.choice(["cn", "cn", "han"])) + "\n")


HEALTH_DIS = [
    "一级肢体残疾",
    "二级肢体残疾",
    "二级视力残疾",
    "三级智力残疾",
    "四级听力残疾",
    "精神残疾二级",
    "多重残疾一级",
    "重度智力残疾",
]
HEALTH_DISEASE = [
    "尿毒症",
    "脑梗塞后遗症",
    "肺结核",
    "乳腺癌",
    "白血病",
    "精神分裂症",
    "糖尿病并发症",
    "阿尔茨海默病",
    "重度抑郁症",
    "癫痫",
    "肝硬化",
    "食管癌",
]
HEALTH_INFANT = [
    "唇腭裂",
    "先天性心脏病",
    "脑性瘫痪",
    "唐氏综合征",
    "先天性脑积水",
    "先天性髋关节脱位",
    "先天性巨结肠",
]
HEALTH_INJ = [
    "左股骨粉碎性骨折",
    "颅脑损伤",
    "右手三指离断",
    "多发肋骨骨折",
    "全身多处烧伤",
    "腰椎压缩性骨折",
    "右胫腓骨开放性骨折",
]
HEALTH_VAG = ["智力障碍", "精神障碍", "聋哑", "左腿残疾", "双下肢残疾", "精神分裂症"]


# ================================================================ families
def f_reservoir(rng, C):
    b = B()
    year = rng.choice([2021, 2022, 2023, 2024])
    dt = rdate(rng, year, 3, 11)
    town, vills = pick_town(rng, C)
    org = "%s%s人民政府" % (C["short"], town)
    meta_block(b, rng, C, org, dt, "移")
    b.t("%s%d年度大中型水库移民后期扶持直补资金发放名单公示\n\n" % (town, year))
    pb = B()
    pb.t(
        "根据《国务院关于完善大中型水库移民后期扶持政策的意见》（国发〔2006〕17号）和省、市有关文件精神，"
        "经村级申报、乡镇审核、县级复核，现将%s%d年度大中型水库移民后期扶持直补资金发放名单予以公示。"
        "扶持标准为每人每年600元，资金通过惠民惠农财政补贴资金“一卡通”直接发放到移民个人账户。"
        "公示期为%s至%s，如有异议，请在公示期内向%s或%s移民服务中心反映。\n"
        % (town, year, fdate(dt), fdate(add_days(dt, 7)), org, C["short"])
    )
    pb.t(
        "监督电话：%s（%s）　%s（县移民服务中心）　邮政编码：%s\n\n"
        % (office_phone(rng, C), town, office_phone(rng, C), C["post"])
    )
    emit_prose(b, pb, rng, pick_prose(rng))
    mode = rng.choices(["full", "mask_id", "mask_all"], [5, 3, 1])[0]
    addr_mode = rng.choices(["full", "villgroup", "split"], [5, 3, 2])[0]
    header = ["序号", "户主姓名", "身份证号码"]
    header += {"full": ["家庭住址"], "villgroup": ["村组"], "split": ["村", "组别"]}[addr_mode]
    header += ["扶持人数", "补助金额（元）", "一卡通账号", "备注"]
    layout = pick_layout(rng)
    if layout == "fixed" and rng.random() < 0.6:
        # move address to last column so pdftotext wraps it
        ai = 3
        header = (
            header[:ai]
            + header[ai + (2 if addr_mode == "split" else 1) :]
            + header[ai : ai + (2 if addr_mode == "split" else 1)]
        )
        header = [h for h in header if h != "备注"]
        moved = True
    else:
        moved = False
    rows = []
    tot_n = tot_a = 0
    for i in range(rng.randint(6, 18)):
        vill = rng.choice(vills)
        p = person(rng, C, 1940, 1985)
        nm = pad_name(rng, p["name"]) if layout in ("fixed", "tsv", "cells") else p["name"]
        namec = T(mask_name(rng, p["name"])) if mode == "mask_all" else L("name", nm)
        idc = id_cell(rng, p, p_space=0.03) if mode == "full" else T(mask_id(rng, p["id"]))
        card = make_card(rng, rng.choice(["622848", "621799", "623058", "622202"]))
        cardc = L("bank_card", fmt_card(rng, card)) if mode == "full" else T(mask_card(rng, card))
        n = rng.randint(1, 7)
        amt = n * 600
        tot_n += n
        tot_a += amt
        if addr_mode == "full":
            if mode == "mask_all":
                ac = [T(town + vill)]
            else:
                ac = [
                    L(
                        "address",
                        rural_addr(
                            rng, C, town, vill, style=rng.choice(["none", "short", "none"]), house=0.25
                        ),
                    )
                ]
        elif addr_mode == "villgroup":
            ac = [L("address", vill + group_str(rng))] if mode != "mask_all" else [T(vill)]
        else:
            ac = [T(vill), T(group_str(rng))]
        r = rng.random()
        if r < 0.08 and mode != "mask_all":
            note = L("health", rng.choice(HEALTH_DIS))
        elif r < 0.2:
            note = T(rng.choice(["新增", "户主变更", "核减1人", "迁入"]))
        else:
            note = T("")
        row = [T(str(i + 1)), namec, idc]
        rest = [T(str(n)), T("%d" % amt if rng.random() < 0.5 else "%.2f" % amt), cardc]
        if moved:
            row += rest + ac
        else:
            row += ac + rest + [note]
        rows.append(row)
    render_table(b, header, rows, layout, rng)
    b.t("合计：%d人，%s元\n" % (tot_n, "{:,}".format(tot_a)))
    if rng.random() < 0.6:
        b.t("\n经办人：%s　　审核人：%s\n" % (official(rng), official(rng)))
    signoff(b, org, dt, rng)
    page_tail(b, rng)
    return b


def f_grassland(rng, C):
    b = B()
    year = rng.choice([2021, 2022, 2023, 2024])
    dt = rdate(rng, year, 4, 10)
    town, vills = pick_town(rng, C)
    vill = rng.choice(vills)
    unit = "嘎查村" if C["key"] == "chayouqian" else "村"
    org = "%s%s人民政府" % (C["short"], town)
    meta_block(b, rng, C, org, dt, "农牧")
    std_jm = rng.choice([7.5, 9.5, 6.0])
    std_ph = rng.choice([2.5, 2.0, 3.0])
    b.t("%s%s%d年草原生态保护补助奖励资金发放公示\n\n" % (town, vill, year))
    pb = B()
    pb.t(
        "根据《第三轮草原生态保护补助奖励政策实施方案》，经农牧户申报、%s民委员会初审、%s审核，"
        "现将%s%d年度禁牧补助和草畜平衡奖励资金发放情况公示如下。禁牧补助标准%.1f元/亩，"
        "草畜平衡奖励标准%.1f元/亩。公示时间：%s—%s。\n"
        % (
            unit[:-1] if unit == "嘎查村" else "村",
            town,
            vill,
            year,
            std_jm,
            std_ph,
            fdate(dt, "iso"),
            fdate(add_days(dt, 5), "iso"),
        )
    )
    emit_prose(b, pb, rng, pick_prose(rng))
    b.t("\n")
    mode = rng.choices(["full", "mask_id", "mask_phone"], [4, 3, 2])[0]
    header = [
        "序号",
        "户主",
        "身份证号",
        "所在组",
        "禁牧面积（亩）",
        "草畜平衡面积（亩）",
        "补奖资金（元）",
        "联系电话",
    ]
    if rng.random() < 0.5:
        header.insert(7, "银行卡号")
    layout = pick_layout(rng)
    rows = []
    for i in range(rng.randint(6, 16)):
        p = person(rng, C, 1945, 1990)
        nm = pad_name(rng, p["name"]) if layout != "csv" else p["name"]
        jm = round(rng.uniform(0, 800), 1) if rng.random() < 0.6 else 0
        ph = round(rng.uniform(50, 1500), 1)
        amt = jm * std_jm + ph * std_ph
        mob = make_mobile(rng)
        r = rng.random()
        if r < 0.5:
            gc = L("address", vill + group_str(rng))
        elif r < 0.75:
            gc = T(group_str(rng))
        else:
            gc = L("address", town + vill + group_str(rng))
        row = [
            T(str(i + 1)),
            L("name", nm),
            L("id_card", fmt_id(rng, p["id"], 0.02, 0.02)) if mode == "full" else T(mask_id(rng, p["id"])),
            gc,
            T("%.1f" % jm if jm else "0"),
            T("%.1f" % ph),
            T("{:,.2f}".format(amt)),
        ]
        if "银行卡号" in header:
            card = make_card(rng)
            row.append(L("bank_card", fmt_card(rng, card)) if mode != "mask_id" else T(mask_card(rng, card)))
        if mode == "mask_phone":
            row.append(T(mask_mobile(rng, mob)))
        elif rng.random() < 0.12:
            row.append(L("landline", private_landline(rng, C)))
        else:
            row.append(L("mobile", fmt_mobile(rng, mob)))
        rows.append(row)
    render_table(b, header, rows, layout, rng)
    b.t(
        "\n公示单位：%s%s民委员会（盖章）\n"
        % (vill[:-1] if vill.endswith("村") else vill, "村" if unit == "村" else "嘎查村")
    )
    b.t("%s党支部书记：%s　　监督员：%s\n" % (vill, official(rng), official(rng)))
    b.t("举报电话：12345　%s\n" % office_phone(rng, C))
    signoff(b, org, dt, rng)
    page_tail(b, rng)
    return b


def f_pension(rng, C):
    b = B()
    year = rng.choice([2022, 2023, 2024])
    dt = rdate(rng, year)
    org = "%s人力资源和社会保障局" % C["short"]
    meta_block(b, rng, C, org, dt, "人社")
    b.t("%s关于暂停发放部分人员城乡居民基本养老保险待遇及追回冒领待遇的公告\n\n" % org)
    pb = B()
    pb.t(
        "为确保城乡居民基本养老保险基金安全，根据《社会保险法》及省人社厅有关规定，我局通过与公安、民政、"
        "卫健等部门数据比对，发现以下人员存在死亡未申报、服刑期间领取待遇或未按规定完成领取资格认证等情况，"
        "自%s起暂停发放其养老保险待遇。对因重度残疾、长期卧床等原因行动不便的领取人员，可申请上门认证。\n"
        % fdate((year, dt[1], 1))
    )
    emit_prose(b, pb, rng, pick_prose(rng))
    b.t("\n一、暂停发放人员名单\n")
    mask = rng.random() < 0.6
    header = ["序号", "姓名", "性别", "身份证号码", "所属乡镇", "暂停原因", "暂停时间"]
    layout = pick_layout(rng)
    rows = []
    for i in range(rng.randint(5, 14)):
        p = person(rng, C, 1925, 1962)
        town = pick_town(rng, C)[0]
        rs = rng.choice(["死亡未申报", "服刑", "未完成资格认证", "失联", "重复领取", "死亡未申报"])
        rows.append(
            [
                T(str(i + 1)),
                L("name", pad_name(rng, p["name"], 0.25) if layout != "csv" else p["name"]),
                T(p["gender"]),
                T(mask_id(rng, p["id"])) if mask else id_cell(rng, p),
                T(town),
                T(rs),
                T("%d年%d月" % (year, dt[1])),
            ]
        )
    render_table(b, header, rows, layout, rng)
    b.t("\n二、冒领待遇追回情况\n")
    pb = B()
    rels = ["儿子", "女儿", "儿媳", "女婿", "配偶", "孙子"]
    for i in range(rng.randint(1, 3)):
        dec = person(rng, C, 1925, 1950)
        rel = person(rng, C, 1955, 1985)
        rd = rdate(rng, year - rng.randint(1, 3))
        months = rng.randint(6, 40)
        amt = months * rng.choice([138, 153, 168, 203])
        pb.t("%d．" % (i + 1)).v("name", dec["name"]).t("（公民身份号码：").v(
            "id_card", fmt_id(rng, dec["id"])
        ).t("），生前住")
        pb.v("address", home_addr(rng, dec)).t("，于%s死亡。其%s" % (fdate(rd), rng.choice(rels))).v(
            "name", rel["name"]
        )
        pb.t(
            "未按规定办理注销登记，%d个月期间继续领取养老保险待遇共计%s元，属冒领行为。"
            % (months, "{:,}".format(amt))
        )
        if rng.random() < 0.6:
            pb.t("经多次联系，").v("name", rel["name"]).t("（住").v("address", home_addr(rng, rel)).t(
                "，联系电话："
            )
            pb.v("mobile", fmt_mobile(rng, make_mobile(rng))).t("）至今未退回。")
        pb.t("\n")
    if rng.random() < 0.5:
        p = person(rng, C, 1930, 1955)
        rel = person(rng, C, 1955, 1985)
        pb.t("另，").v("name", p["name"]).t("因").v("health", rng.choice(HEALTH_DISEASE))
        pb.t("长期住院，本人无法完成领取资格认证，经其家属").v("name", rel["name"])
        pb.t("申请，已由乡镇社保所工作人员上门认证，待遇恢复发放。\n")
    pb.t(
        "请上述冒领人员自本公告发布之日起30日内到%s社会保险事业服务中心（%s）退回冒领资金，逾期未退回的，"
        "我局将依法移送司法机关处理。\n联系人：%s　联系电话：%s　咨询电话：12333\n"
        % (C["short"], office_addr(rng, C, "政务服务中心二楼"), official(rng), office_phone(rng, C))
    )
    emit_prose(b, pb, rng, pick_prose(rng))
    signoff(b, org, dt, rng)
    page_tail(b, rng)
    return b


COMP_WORDS = [
    "鑫源",
    "兴旺",
    "宏达",
    "金鼎",
    "顺通",
    "恒信",
    "利民",
    "永盛",
    "天成",
    "华丰",
    "瑞祥",
    "广源",
    "新世纪",
    "大地",
]


def company(rng, C, kind=None):
    kind = kind or rng.choice(
        [
            "建筑工程有限公司",
            "商贸有限公司",
            "农牧业发展有限公司",
            "运输有限责任公司",
            "矿业有限公司",
            "农业开发有限公司",
            "劳务有限公司",
        ]
    )
    r = rng.random()
    if r < 0.2:
        word = rng.choice(COMMON_SN[:30]) + rng.choice(["家湾", "家沟", "氏", "家庄"])
    else:
        word = rng.choice(COMP_WORDS)
    return C["co"] + word + kind if rng.random() < 0.5 else C["short"] + word + kind


def f_unemployment(rng, C):
    b = B()
    year = rng.choice([2021, 2022, 2023, 2024])
    dt = rdate(rng, year)
    org = "%s人力资源和社会保障局" % C["short"]
    meta_block(b, rng, C, org, dt, "人社")
    b.t("%s%d年%d月失业保险金领取人员公示\n\n" % (C["short"], year, dt[1]))
    pb = B()
    pb.t(
        "根据《失业保险条例》有关规定，经审核，下列人员符合失业保险金申领条件，现予以公示，"
        "公示期5个工作日。如有异议，请在公示期内向%s就业和社会保障服务中心反映，监督电话：%s，"
        "人社服务热线：12333。\n" % (C["short"], office_phone(rng, C))
    )
    emit_prose(b, pb, rng, pick_prose(rng))
    mask = rng.choices(["full", "mask_id", "mask_name"], [4, 4, 1])[0]
    header = [
        "序号",
        "姓名",
        "性别",
        "身份证号码",
        "原参保单位",
        "缴费月数",
        "领取期限（月）",
        "月标准（元）",
        "领取起止时间",
    ]
    layout = pick_layout(rng)
    if layout == "fixed" and rng.random() < 0.5:
        header = header[:4] + header[5:] + [header[4]]
        unit_last = True
    else:
        unit_last = False
    rows = []
    for i in range(rng.randint(5, 15)):
        p = person(rng, C, 1968, 2000)
        months = rng.randint(12, 180)
        lq = min(24, max(3, months // 12 * 2))
        std = rng.choice([1530, 1620, 1710, 1800, 1440])
        st = rdate(rng, year)
        namec = (
            T(mask_name(rng, p["name"]))
            if mask == "mask_name"
            else L("name", pad_name(rng, p["name"], 0.3) if layout != "csv" else p["name"])
        )
        idc = L("id_card", fmt_id(rng, p["id"])) if mask == "full" else T(mask_id(rng, p["id"]))
        unit = T(company(rng, C))
        rest = [
            T(str(months)),
            T(str(lq)),
            T(str(std)),
            T("%d.%02d-%d.%02d" % (st[0], st[1], st[0] + (st[1] + lq - 1) // 12, (st[1] + lq - 1) % 12 + 1)),
        ]
        row = [T(str(i + 1)), namec, T(p["gender"]), idc]
        row += (rest + [unit]) if unit_last else ([unit] + rest)
        rows.append(row)
    render_table(b, header, rows, layout, rng)
    signoff(b, org, dt, rng)
    page_tail(b, rng)
    return b


def f_adoption(rng, C):
    b = B()
    year = rng.choice([2021, 2022, 2023, 2024])
    dt = rdate(rng, year)
    org = "%s民政局" % C["short"]
    meta_block(b, rng, C, org, dt, "民")
    kind = rng.random()
    if kind < 0.65:
        b.t("查找弃婴（儿童）生父母公告\n\n")
        pb = B()
        for i in range(rng.randint(1, 3)):
            town, vills = pick_town(rng, C)
            fd = rdate(rng, year)
            g = rng.choice(["男", "女"])
            place = rng.choice(
                [
                    "%s%s%s通村公路旁" % (town, rng.choice(vills), group_str(rng)),
                    "%s人民医院门诊大楼一楼" % C["short"],
                    "%s集市路口" % town,
                    "%s%s村委会大门外" % (town, rng.choice(vills)[:-1]),
                ]
            )
            pb.t("%s，" % fdate(fd))
            finder = person(rng, C, 1950, 1995)
            pb.t("群众").v("name", finder["name"]).t("在%s捡拾%s婴一名，" % (place, g))
            pb.t(rng.choice(["约出生3天", "约2个月大", "出生约10天", "约1岁", "约5个月大"]) + "，")
            if rng.random() < 0.7:
                pb.t("经%s人民医院检查，该婴儿患有" % C["short"]).v("health", rng.choice(HEALTH_INFANT)).t(
                    "。"
                )
            else:
                pb.t("身体健康。")
            pb.t(
                "随身物品有%s。"
                % rng.choice(["红色小棉被一条、奶瓶一个", "纸条一张（写有出生日期）", "衣物若干及现金200元"])
            )
            if rng.random() < 0.5:
                pb.t("捡拾人").v("name", finder["name"]).t("，住").v("address", home_addr(rng, finder)).t(
                    "，联系电话"
                )
                pb.v("mobile", fmt_mobile(rng, make_mobile(rng))).t("。")
            inf = (
                rng.choice(["党", "国", "福", "民"])
                + rng.choice(MALE_G if g == "男" else FEMALE_G)
                + rng.choice(MALE_G if g == "男" else FEMALE_G)
            )
            pb.t("该儿童现由%s社会福利院代为抚养，取名" % C["short"]).v("name", inf).t("。\n")
        pb.t(
            "请该儿童的生父母或其他监护人自本公告发布之日起60日内，持有效证明材料到%s民政局（地址：%s）认领。"
            "逾期无人认领的，该儿童将被依法安置。\n联系人：%s　联系电话：%s\n"
            % (C["short"], office_addr(rng, C, "民政局"), official(rng), office_phone(rng, C))
        )
    else:
        b.t("收养登记公告\n\n")
        pb = B()
        h = person(rng, C, 1970, 1992, gender="男")
        w = person(rng, C, 1970, 1992, gender="女")
        child_g = rng.choice("男女")
        child = (
            rng.choice(["党", "国", "福"])
            + rng.choice(MALE_G if child_g == "男" else FEMALE_G)
            + rng.choice(MALE_G if child_g == "男" else FEMALE_G)
        )
        pb.t("收养人：").v("name", h["name"]).t("，男，%d年%d月出生，公民身份号码：" % (h["y"], h["m"])).v(
            "id_card", fmt_id(rng, h["id"])
        )
        pb.t("；").v("name", w["name"]).t("，女，%d年%d月出生，公民身份号码：" % (w["y"], w["m"])).v(
            "id_card", fmt_id(rng, w["id"])
        )
        pb.t("。住址：").v("address", home_addr(rng, h)).t("。\n")
        pb.t("被收养人：").v("name", child).t("，%s，%s社会福利院抚养儿童" % (child_g, C["short"]))
        if rng.random() < 0.5:
            pb.t("，患有").v("health", rng.choice(HEALTH_INFANT))
        pb.t("。\n收养人").v("name", h["name"]).t("、").v("name", w["name"])
        pb.t(
            "夫妇向我局申请收养上述儿童，经审查，符合《中华人民共和国民法典》规定的收养条件。"
            "现予公告，如对该收养登记有异议，请自公告之日起30日内向%s民政局婚姻收养登记处反映。联系电话：%s\n"
            % (C["short"], office_phone(rng, C))
        )
    emit_prose(b, pb, rng, pick_prose(rng))
    signoff(b, org, dt, rng)
    page_tail(b, rng)
    return b


def f_vagrant(rng, C):
    b = B()
    year = rng.choice([2021, 2022, 2023, 2024])
    dt = rdate(rng, year)
    org = "%s救助管理站" % C["short"]
    meta_block(b, rng, C, "%s民政局" % C["short"], dt, "民")
    b.t("%s受助人员寻亲公告\n\n" % org)
    pb = B()
    pb.t(
        "%s救助管理站近期救助了以下受助人员，因其无法准确提供个人及家庭信息，现发布寻亲公告，"
        "望其亲属或知情者见公告后与我站联系。\n" % C["short"]
    )
    emit_prose(b, pb, rng, pick_prose(rng))
    labelled = rng.random() < 0.7
    for i in range(rng.randint(1, 3)):
        ext = rng.choice(EXT) if rng.random() < 0.45 else None
        p = person(rng, C, 1955, 2005, ext=ext)
        pb = B()
        fd = rdate(rng, year)
        town = pick_town(rng, C)[0]
        named = rng.random() < 0.75
        pb.t("\n受助人员%s：\n" % cn(i + 1) if labelled else "\n%d．" % (i + 1))
        sep = "\n" if labelled else "，"
        if named:
            pb.t("姓名：" if labelled else "自报姓名").v("name", p["name"])
        else:
            pb.t("姓名：无名氏" if labelled else "无名氏")
        pb.t(sep + "性别：%s" % p["gender"] + sep + "年龄：约%d岁" % (year - p["y"]))
        pb.t(
            sep
            + "身高：约%dcm" % rng.randint(150, 182)
            + sep
            + "口音：%s" % (ext["accent"] if ext else rng.choice(["本地口音", "普通话"]))
        )
        r = rng.random()
        pb.t(sep + "身体状况：")
        if r < 0.6:
            pb.v("health", rng.choice(HEALTH_VAG))
        else:
            pb.t("无明显异常")
        pb.t(sep + "救助时间：%s" % fdate(fd))
        pb.t(
            sep
            + "发现地点：%s%s"
            % (town, rng.choice(["客运站", "集市", "%s组路边" % cn(rng.randint(1, 9)), "加油站附近"]))
        )
        pb.t(sep + "基本情况：该受助人员")
        r = rng.random()
        if r < 0.55:
            pb.t("自述家住").v("address", home_addr(rng, p)).t("，")
        elif r < 0.75:
            pb.t("自述家住%s一带，无法说清具体村组，" % (ext["prefix"] if ext else C["short"]))
        rel = person(rng, C, 1930, 1990, ext=ext)
        if rng.random() < 0.6:
            relw = rng.choice(["父亲", "母亲", "哥哥", "姐姐", "儿子"])
            if relw in ("父亲", "哥哥", "儿子") and p["style"] in ("han", "han_wn", "hui", "tujia"):
                rel["name"] = (
                    p["name"][: 2 if p["name"][:2] in COMPOUND_SN else 1]
                    + rng.choice(MALE_G)
                    + rng.choice(MALE_G)
                )
            pb.t("自称其%s名叫" % relw).v("name", rel["name"]).t("，")
        if rng.random() < 0.35:
            pb.t("经公安机关人像比对，疑似为").v("name", p["name"]).t("（公民身份号码").v(
                "id_card", fmt_id(rng, p["id"])
            ).t("），")
        elif rng.random() < 0.15:
            pb.t("随身携带往来港澳通行证一本，证件号码").v("hk_macau_permit", make_hk(rng)).t("，")
        elif rng.random() < 0.15:
            pb.t("随身携带护照一本，护照号").v("passport", make_passport(rng)).t("，")
        pb.t("现在我站接受救助。\n")
        emit_prose(b, pb, rng, "plain" if labelled else pick_prose(rng))
    b.t(
        "\n联系单位：%s\n联系人：%s（站长）　%s\n联系电话：%s（24小时）\n地址：%s\n"
        "也可登录全国救助寻亲网查询。\n"
        % (
            org,
            official(rng),
            rng.choice(["王警官", "李同志", "张站长", "杨老师"]),
            office_phone(rng, C),
            office_addr(rng, C, "救助管理站"),
        )
    )
    signoff(b, org, dt, rng)
    page_tail(b, rng)
    return b


CAUSES = [
    "民间借贷纠纷",
    "离婚纠纷",
    "机动车交通事故责任纠纷",
    "买卖合同纠纷",
    "劳务合同纠纷",
    "赡养纠纷",
    "金融借款合同纠纷",
    "健康权纠纷",
]
LAWFIRMS = [
    "贵州黔西北律师事务所",
    "山西晋北律师事务所",
    "云南普洱律师事务所",
    "湖北巴楚律师事务所",
    "西藏林芝律师事务所",
    "内蒙古察哈尔律师事务所",
]


def party_block(pb, rng, p, role, year):
    pb.t(role + "：").v("name", p["name"]).t(
        "，%s，%d年%d月%d日出生，%s，" % (p["gender"], p["y"], p["m"], p["d"], p["eth"])
    )
    r = rng.random()
    pb.t("住" if r < 0.85 else "户籍地").v("address", home_addr(rng, p))
    pb.t("，公民身份号码：").v("id_card", fmt_id(rng, p["id"], 0.05, 0.05))
    r = rng.random()
    if r < 0.5:
        pb.t("，联系电话：").v("mobile", fmt_mobile(rng, make_mobile(rng)))
    elif r < 0.6:
        pb.t("，联系电话：").v("landline", private_landline(rng, p["C"]))
    if rng.random() < 0.3:
        pb.t("，电子送达地址：").v("email", make_email(rng, p))
    if rng.random() < 0.08:
        pb.t("，护照号码：").v("passport", make_passport(rng))
    elif rng.random() < 0.06:
        pb.t("，往来港澳通行证号码：").v("hk_macau_permit", make_hk(rng))
    pb.t("。\n")


def f_court(rng, C):
    b = B()
    year = rng.choice([2021, 2022, 2023, 2024])
    dt = rdate(rng, year)
    court = "%s人民法院" % C["full"]
    cause = rng.choice(CAUSES)
    caseno = "（%d）%s民初%d号" % (year, C["court"], rng.randint(12, 3999))
    plaintiff_bank = cause == "金融借款合同纠纷"
    pl = person(rng, C, 1955, 1998)
    ext = rng.choice(EXT) if rng.random() < 0.25 else None
    df = person(rng, C, 1960, 2000, ext=ext)
    df2 = person(rng, C, 1960, 2000) if rng.random() < 0.25 else None
    if cause == "离婚纠纷":
        pl = person(rng, C, 1975, 2000, gender="女")
        df = person(rng, C, 1972, 1998, gender="男", ext=ext)
        df2 = None
    if plaintiff_bank:
        bank = (
            rng.choice(
                [
                    "中国农业银行股份有限公司%s支行",
                    "中国邮政储蓄银行股份有限公司%s支行",
                    "%s农村商业银行股份有限公司",
                ]
            )
            % C["short"][:-1]
        )
        pl_name = bank
    b.t(court + "\n公　告\n" + caseno + "\n\n")
    pb = B()
    pb.v("name", df["name"])
    if df2:
        pb.t("、").v("name", df2["name"])
    pb.t("：\n")
    mode = rng.choice(["complaint", "judgment", "detailed"])
    pb.t("本院受理原告")
    if plaintiff_bank:
        pb.t(pl_name)
    else:
        pb.v("name", pl["name"])
    pb.t("诉被告").v("name", df["name"])
    if df2:
        pb.t("、").v("name", df2["name"])
    pb.t(cause + "一案，")
    if mode == "judgment":
        amt = rng.randint(8, 300) * 1000
        pb.t("已审理终结。因你下落不明，现依法向你公告送达%s民事判决书。判决如下：一、被告" % caseno).v(
            "name", df["name"]
        )
        if cause == "离婚纠纷":
            child = person(rng, C, year - 15, year - 2)
            pb.t("与原告").v("name", pl["name"]).t("离婚；二、婚生子（女）").v("name", child["name"])
            pb.t("由原告").v("name", pl["name"]).t("抚养，被告").v("name", df["name"]).t(
                "每月支付抚养费%d元；" % rng.choice([500, 600, 800, 1000])
            )
        else:
            pb.t("于本判决生效之日起十日内偿还原告")
            if plaintiff_bank:
                pb.t(pl_name)
            else:
                pb.v("name", pl["name"])
            pb.t(
                "%s%s元及利息；二、驳回原告的其他诉讼请求。"
                % (
                    {"买卖合同纠纷": "货款", "劳务合同纠纷": "劳务费", "赡养纠纷": "赡养费"}.get(
                        cause, "借款"
                    ),
                    "{:,}".format(amt),
                )
            )
        pb.t(
            "案件受理费%d元，由被告负担。自公告之日起60日内来本院领取民事判决书，逾期则视为送达。"
            "如不服本判决，可在公告期满后15日内向本院递交上诉状，上诉于%s中级人民法院。\n"
            % (rng.randint(50, 3000), C["city"])
        )
    else:
        pb.t(
            "因你下落不明，依照《中华人民共和国民事诉讼法》第九十五条之规定，向你公告送达起诉状副本、应诉通知书、"
            "举证通知书、开庭传票及合议庭组成人员通知书。自公告之日起经过30日即视为送达。提出答辩状和举证的期限分别为"
            "公告期满后的15日和30日内。本案定于%s上午9时在本院第%s法庭公开开庭审理，逾期将依法缺席判决。\n"
            % (fdate(add_days(dt, 75)), cn(rng.randint(1, 6)))
        )
        if mode == "detailed":
            pb.t("\n附：起诉状副本\n")
            if plaintiff_bank:
                pb.t(
                    "原告：%s，统一社会信用代码：%s，住所地%s。\n负责人："
                    % (pl_name, make_uscc(rng, "9", "1", C["code"]), office_addr(rng, C, ""))
                )
                pb.v("name", official(rng)).t("，行长。\n")
            else:
                party_block(pb, rng, pl, "原告", year)
            if rng.random() < 0.4:
                pb.t(
                    "委托诉讼代理人：%s，%s%s律师事务所律师。\n"
                    % (official(rng), C["co"], rng.choice(["正义", "明德", "公信", "博正"]))
                )
            party_block(pb, rng, df, "被告", year)
            if df2:
                party_block(pb, rng, df2, "被告", year)
            pb.t("诉讼请求：")
            if cause in ("机动车交通事故责任纠纷", "健康权纠纷"):
                amt = rng.randint(20, 300) * 1000
                pb.t(
                    "判令被告赔偿原告医疗费、误工费、护理费、残疾赔偿金等共计%s元。\n事实与理由：%s，被告"
                    % ("{:,}".format(amt), fdate(rdate(rng, year - 1)))
                )
                pb.v("name", df["name"])
                if cause == "机动车交通事故责任纠纷":
                    pb.t("驾驶").v("license_plate", make_plate(rng, C["plate"])).t("号小型普通客车与原告")
                    pb.v("name", pl["name"]).t("驾驶的").v(
                        "license_plate", make_plate(rng, C["plate"], False)
                    ).t("号二轮摩托车相撞，致原告受伤。")
                else:
                    pb.t("因琐事与原告").v("name", pl["name"]).t("发生争执并将原告打伤。")
                pb.t("原告经%s人民医院诊断为" % C["short"]).v("health", rng.choice(HEALTH_INJ))
                if rng.random() < 0.6:
                    pb.t("，经司法鉴定构成").v("health", rng.choice(["十级伤残", "九级伤残", "八级伤残"]))
                pb.t("。\n")
            elif cause == "离婚纠纷":
                pb.t(
                    "判令原告与被告离婚。\n事实与理由：原、被告于%d年经人介绍相识并登记结婚，婚后生育一子"
                    % rng.randint(2005, 2018)
                )
                child = person(rng, C, year - 15, year - 2)
                pb.v("name", child["name"]).t("。被告常年在外务工，下落不明，夫妻感情确已破裂。\n")
            else:
                amt = rng.randint(5, 200) * 1000
                pb.t(
                    "判令被告偿还原告款项%s元及利息。\n事实与理由：被告因%s向原告借款，出具借条一张，约定%s前归还，到期后经原告多次催要未果。\n"
                    % (
                        "{:,}".format(amt),
                        rng.choice(["购车", "修建房屋", "经营", "子女上学"]),
                        fdate(rdate(rng, year - 1)),
                    )
                )
    pb.t("特此公告。\n")
    emit_prose(b, pb, rng, pick_prose(rng))
    b.t(
        "\n审判员　%s\n书记员　%s\n本院地址：%s　邮编：%s　联系电话：%s\n"
        % (official(rng), official(rng), office_addr(rng, C, ""), C["post"], office_phone(rng, C))
    )
    signoff(b, court, dt, rng)
    page_tail(b, rng)
    return b


SHOP = [
    "饭店",
    "五金店",
    "粮油店",
    "副食店",
    "烧烤店",
    "农资经营部",
    "汽车修理厂",
    "建材经营部",
    "服装店",
    "小卖部",
]
TAXES = ["增值税", "个人所得税", "城市维护建设税", "房产税", "城镇土地使用税", "资源税", "印花税"]


def f_tax(rng, C):
    b = B()
    year = rng.choice([2021, 2022, 2023, 2024])
    dt = rdate(rng, year)
    org = "国家税务总局%s税务局" % C["full"]
    meta_block(b, rng, C, org, dt, "税")
    b.t("%s\n欠税公告\n（%d年第%s期）\n\n" % (org, year, cn(rng.randint(1, 4))))
    pb = B()
    pb.t(
        "根据《中华人民共和国税收征收管理法》第四十五条及《欠税公告办法（试行）》的规定，现将截至%s欠缴税款的纳税人"
        "予以公告，请相关纳税人及时到主管税务机关缴清税款及滞纳金。纳税服务热线：12366。\n"
        % fdate(rdate(rng, year))
    )
    emit_prose(b, pb, rng, pick_prose(rng))
    b.t("\n一、企业及个体工商户欠税情况\n")
    header = [
        "序号",
        "纳税人名称",
        "纳税人识别号",
        "法定代表人（负责人、业主）姓名",
        "身份证件号码",
        "经营地点",
        "欠税税种",
        "欠税余额（元）",
    ]
    layout = pick_layout(rng)
    maskid = rng.random() < 0.3
    rows = []
    for i in range(rng.randint(4, 12)):
        p = person(rng, C, 1955, 1995)
        town = pick_town(rng, C)[0]
        if rng.random() < 0.45:
            nm = company(rng, C)
            tid = make_uscc(rng, "9", "1", C["code"])
        else:
            nm = "%s%s%s%s" % (
                C["short"],
                rng.choice([town, C["seat"]]),
                rng.choice(COMP_WORDS + [rng.choice(COMMON_SN[:20]) + "记"]),
                rng.choice(SHOP),
            )
            tid = make_uscc(rng, "9", "2", C["code"])
        place = (
            "%s%s%s%d号" % (C["short"], C["seat"], rng.choice(GENERIC_ROADS), rng.randint(1, 300))
            if rng.random() < 0.6
            else "%s%s%s" % (C["short"], town, rng.choice(["集镇", "街上", "工业园区"]))
        )
        r = rng.random()
        if r < 0.06:
            idc = L("tw_permit", make_tw(rng, True))
            p["name"] = han_name(rng, p["gender"])
        elif r < 0.1:
            idc = L("hk_macau_permit", make_hk(rng, True))
            p["name"] = han_name(rng, p["gender"])
        else:
            idc = T(mask_id(rng, p["id"])) if maskid else L("id_card", fmt_id(rng, p["id"]))
        amt = rng.uniform(1000, 300000)
        rows.append(
            [
                T(str(i + 1)),
                T(nm),
                T(tid),
                L("name", p["name"]),
                idc,
                T(place),
                T("、".join(rng.sample(TAXES, rng.randint(1, 3)))),
                T("{:,.2f}".format(amt)),
            ]
        )
    render_table(b, header, rows, layout, rng)
    b.t("\n二、自然人欠税情况\n")
    pb = B()
    for i in range(rng.randint(1, 4)):
        p = person(rng, C, 1950, 1995)
        pb.t("%d．纳税人姓名：" % (i + 1)).v("name", p["name"]).t("；纳税人识别号：")
        pb.v("id_card", fmt_id(rng, p["id"])).t("；住所：").v("address", home_addr(rng, p))
        pb.t(
            "；欠缴税种：%s；欠税余额：%s元。\n"
            % (rng.choice(["个人所得税", "房产税", "增值税"]), "{:,.2f}".format(rng.uniform(500, 90000)))
        )
    emit_prose(b, pb, rng, pick_prose(rng))
    b.t(
        "\n对公账户：%s财政局国库专户　账号：%s\n"
        % (C["short"], "".join(rng.choice("0123456789") for _ in range(rng.choice([15, 17, 20]))))
    )
    signoff(b, org, dt, rng)
    page_tail(b, rng)
    return b


def f_accident(rng, C):
    b = B()
    year = rng.choice([2020, 2021, 2022, 2023])
    dt = rdate(rng, year)
    kind = rng.choice(["road", "mine", "construction"])
    ck = {"road": "运输有限责任公司", "mine": "矿业有限公司", "construction": "建筑工程有限公司"}[kind]
    comp = company(rng, C, ck)
    ev = {"road": "道路运输", "mine": "煤矿顶板", "construction": "高处坠落"}[kind]
    town, vills = pick_town(rng, C)
    legal = person(rng, C, 1960, 1988)
    safety = person(rng, C, 1965, 1995)
    worker = person(rng, C, 1965, 2000, gender="男")
    dead = [
        person(rng, C, 1960, 2002, ext=rng.choice(EXT) if rng.random() < 0.25 else None)
        for _ in range(rng.randint(1, 2))
    ]
    inj = [person(rng, C, 1960, 2002) for _ in range(rng.randint(0, 2))]
    subj_off = person(rng, C, 1970, 1990)
    loss = rng.randint(80, 900)
    title = "%s“%d·%d”%s事故调查报告" % (comp, dt[1], dt[2], ev)
    b.t(title + "\n\n")
    pb = B()
    pb.t(
        "%s%d时%d分许，%s在%s%s发生一起%s事故，造成%d人死亡、%d人受伤，直接经济损失约%d万元。\n"
        % (
            fdate(dt),
            rng.randint(0, 23),
            rng.randint(1, 59),
            comp,
            town,
            rng.choice(vills),
            ev,
            len(dead),
            len(inj),
            loss,
        )
    )
    pb.t(
        "事故发生后，%s人民政府成立了由县应急管理局局长%s任组长，县公安局、县总工会、县人力资源和社会保障局及%s人民政府"
        "等单位人员参加的事故调查组。调查组邀请县纪委监委派员参加，并聘请%s、%s等专家参与事故调查。\n"
        % (C["short"], official(rng), town, official(rng), official(rng))
    )
    pb.t(
        "一、基本情况\n（一）事故单位情况\n%s，统一社会信用代码：%s，类型：有限责任公司（自然人投资或控股），法定代表人："
        % (comp, make_uscc(rng, "9", "1", C["code"]))
    )
    pb.v("name", legal["name"]).t(
        "，住所：%s，成立日期：%s。\n" % (office_addr(rng, C, ""), fdate(rdate(rng, year - 6), "iso"))
    )
    pb.t("（二）事故相关人员情况\n")
    pb.v("name", worker["name"]).t(
        "，男，%s，%d年%d月出生，公民身份号码：" % (worker["eth"], worker["y"], worker["m"])
    )
    pb.v("id_card", fmt_id(rng, worker["id"])).t("，住").v("address", home_addr(rng, worker))
    if kind == "road":
        plate = make_plate(rng, C["plate"], False)
        pb.t("，持A2驾驶证，系%s驾驶员，事发时驾驶" % comp).v("license_plate", plate).t(
            "号重型自卸货车（登记所有人为%s）。\n" % comp
        )
    else:
        pb.t("，系%s%s。\n" % (comp, rng.choice(["采煤工", "架子工", "施工班组长"])))
    pb.v("name", safety["name"]).t("，%s，%s专职安全员。\n" % (safety["gender"], comp))
    pb.t("二、事故经过及救援情况\n%s%d时许，" % (fdate(dt), rng.randint(6, 20)))
    if kind == "road":
        other = make_plate(rng, rng.choice([C["plate"], C["plate"], "川W", "新Q"]))
        pb.v("name", worker["name"]).t("驾驶").v("license_plate", plate).t(
            "号车辆行驶至%s路段时，与对向行驶的" % rng.choice(["G356线", "S307线", "县道X012线", "乡道"])
        )
        pb.v("license_plate", other).t("号小型轿车发生碰撞，")
    else:
        if kind == "mine":
            pb.v("name", worker["name"]).t(
                "带领作业人员在%s作业时，%s，"
                % (
                    rng.choice(["3号工作面", "掘进巷道", "回采工作面"]),
                    rng.choice(["顶板突然垮落", "支护失效发生冒顶"]),
                )
            )
        else:
            pb.v("name", worker["name"]).t(
                "带领作业人员在%s作业时，%s，"
                % (
                    rng.choice(["脚手架顶部", "三层楼面临边", "塔吊平台"]),
                    rng.choice(["安全带未系挂", "临边防护缺失"]),
                )
            )
    pb.t("致")
    for j, d in enumerate(dead):
        if j:
            pb.t("、")
        pb.v("name", d["name"])
    pb.t("当场死亡")
    if inj:
        pb.t("，")
        for j, d in enumerate(inj):
            if j:
                pb.t("、")
            pb.v("name", d["name"])
        pb.t("受伤")
    pb.t("。现场目击者").v("name", person(rng, C)["name"]).t("立即拨打120和110报警。\n")
    pb.t("三、人员伤亡情况\n")
    for d in dead:
        pb.t("死者：").v("name", d["name"]).t("，%s，%s，%d岁，" % (d["gender"], d["eth"], year - d["y"]))
        if d["ext"] and d["ext"].get("urban"):
            pb.t("住").v("address", home_addr(rng, d)).t("，公民身份号码：")
        else:
            pb.v("address", home_addr(rng, d, urban=False)).t("人，公民身份号码：").v(
                "id_card", fmt_id(rng, d["id"])
            ).t("。\n")
    for d in inj:
        pb.t("伤者：").v("name", d["name"]).t(
            "，%s，%d岁，经%s人民医院诊断为" % (d["gender"], year - d["y"], C["short"])
        )
        pb.v("health", rng.choice(HEALTH_INJ)).t(
            "，%s。\n" % rng.choice(["现已出院", "仍在住院治疗", "已脱离生命危险"])
        )
    pb.t(
        "四、事故原因\n直接原因：%s。间接原因：%s安全生产主体责任不落实，安全教育培训不到位；%s人民政府对辖区安全生产监督检查不到位。\n"
        % (
            {
                "road": "驾驶人超速行驶、疲劳驾驶",
                "mine": "作业人员违章冒险作业，顶板支护不及时",
                "construction": "作业人员未正确使用安全带，现场未设置临边防护设施",
            }[kind],
            comp,
            town,
        )
    )
    pb.t("五、责任认定及处理建议\n（一）建议移送司法机关处理人员\n1．").v("name", worker["name"])
    pb.t(
        "，%s" % comp
        + ("驾驶员" if kind == "road" else "作业负责人")
        + "，对事故发生负有直接责任，涉嫌重大责任事故罪，建议由公安机关依法追究刑事责任。\n"
    )
    pb.t("（二）建议给予行政处罚人员\n2．").v("name", legal["name"])
    pb.t(
        "，%s法定代表人，未履行安全生产管理职责，建议由县应急管理局依据《中华人民共和国安全生产法》第九十五条规定，"
        "对其处上一年年收入百分之四十的罚款。\n3．" % comp
    ).v("name", safety["name"])
    pb.t("，%s专职安全员，建议由县应急管理局依法给予罚款处罚。\n（三）建议给予处分的公职人员\n4．" % comp).v(
        "name", subj_off["name"]
    )
    pb.t(
        "，中共党员，%s人民政府安全生产监督管理站站长，对辖区企业监督检查不到位，建议由县纪委监委给予政务警告处分。\n"
        % town
    )
    pb.t(
        "（四）对事故单位的处理建议\n建议由县应急管理局对%s处以%d万元罚款。\n" % (comp, rng.randint(30, 100))
    )
    pb.t("六、整改和防范措施建议\n（略）\n")
    emit_prose(b, pb, rng, pick_prose(rng))
    b.t("\n%s“%d·%d”%s事故调查组\n%s\n" % (C["short"], dt[1], dt[2], ev, fdate(add_days(dt, 60))))
    page_tail(b, rng)
    return b


def unit_no(rng, C):
    return "%s%03d%03dJC%05dF%08d" % (
        C["code"],
        rng.randint(100, 120),
        rng.randint(1, 30),
        rng.randint(1, 99999),
        rng.choice([10001, 10002, 10003, 99990001]),
    )


def f_realestate(rng, C):
    b = B()
    year = rng.choice([2021, 2022, 2023, 2024])
    dt = rdate(rng, year)
    org = "%s不动产登记中心" % C["short"]
    meta_block(b, rng, C, "%s自然资源局" % C["short"], dt, "自然资")
    correction = rng.random() < 0.3
    if not correction:
        b.t("%s不动产首次登记公告\n（%d年第%d号）\n\n" % (C["short"], year, rng.randint(1, 80)))
        pb = B()
        pb.t(
            "根据《不动产登记暂行条例实施细则》第十七条规定，经初步审定，我机构拟对下列不动产权利予以首次登记，现予公告。"
            "如有异议，请自本公告之日起十五个工作日内（%s之前）将异议书面材料送达我机构。逾期无人提出异议或者异议不成立的，"
            "我机构将予以登记。\n" % fdate(add_days(dt, 21))
        )
        emit_prose(b, pb, rng, pick_prose(rng))
        header = ["序号", "权利人", "证件号码", "不动产权利类型", "不动产单元号", "坐落", "面积（㎡）"]
        layout = pick_layout(rng)
        if layout == "fixed" and rng.random() < 0.6:
            header = header[:5] + [header[6], header[5]]
            loc_last = True
        else:
            loc_last = False
        maskid = rng.random() < 0.3
        rows = []
        town, vills = pick_town(rng, C)
        for i in range(rng.randint(4, 14)):
            if rng.random() < 0.1:
                v = rng.choice(vills)
                who = T(v + "股份经济合作社")
                idc = T(make_uscc(rng, "N", "2", C["code"]))
                typ = "集体土地所有权"
                loc = T("%s%s" % (town, v))
                area = "%.2f" % rng.uniform(100000, 900000)
            else:
                p = person(rng, C, 1945, 1995)
                if rng.random() < 0.2:
                    p2 = person(rng, C, 1945, 1995)
                    who = [("name", p["name"]), (None, "、"), ("name", p2["name"])]
                    idc = (
                        T(mask_id(rng, p["id"]) + "、" + mask_id(rng, p2["id"]))
                        if maskid
                        else [
                            ("id_card", fmt_id(rng, p["id"], 0, 0)),
                            (None, "、"),
                            ("id_card", fmt_id(rng, p2["id"], 0, 0)),
                        ]
                    )
                else:
                    who = L("name", pad_name(rng, p["name"], 0.3) if layout != "csv" else p["name"])
                    r = rng.random()
                    if r < 0.05:
                        idc = L("tw_permit", make_tw(rng, True))
                    elif r < 0.08:
                        idc = L("hk_macau_permit", make_hk(rng, True))
                    else:
                        idc = T(mask_id(rng, p["id"])) if maskid else id_cell(rng, p)
                typ = "宅基地使用权/房屋所有权"
                loc = L(
                    "address",
                    rural_addr(
                        rng,
                        C,
                        town,
                        rng.choice(vills),
                        style=rng.choice(["none", "short", "county"]),
                        house=0.6,
                    ),
                )
                area = "%.2f" % rng.uniform(60, 400)
            row = [T(str(i + 1)), who, idc, T(typ), T(unit_no(rng, C))]
            row += [T(area), loc] if loc_last else [loc, T(area)]
            rows.append(row)
        render_table(b, header, rows, layout, rng)
    else:
        b.t("更正登记公告\n\n")
        pb = B()
        p = person(rng, C, 1945, 1990)
        wrong = p["name"][:-1] + rng.choice([c for c in MALE_G + FEMALE_G if c != p["name"][-1]])
        pb.t("申请人").v("name", p["name"]).t("（公民身份号码：").v("id_card", fmt_id(rng, p["id"])).t(
            "）向我机构申请对坐落于"
        )
        pb.v(
            "address",
            rural_addr(rng, C, style="full", house=0.8)
            if rng.random() < 0.6
            else urban_addr(rng, C, "county"),
        )
        pb.t("的不动产（不动产单元号：%s）办理更正登记，将不动产登记簿记载的权利人姓名由“" % unit_no(rng, C))
        pb.v("name", wrong).t("”更正为“").v("name", p["name"]).t(
            "”。经初步审核，申请人提交的材料符合更正登记条件，"
        )
        pb.t(
            "根据《不动产登记暂行条例实施细则》第八十一条规定，现予公告。如有异议，请自公告之日起15个工作日内书面提出。\n"
        )
        emit_prose(b, pb, rng, pick_prose(rng))
    b.t(
        "\n异议受理单位：%s\n地址：%s\n联系电话：%s\n"
        % (org, office_addr(rng, C, "政务服务中心一楼"), office_phone(rng, C))
    )
    signoff(b, org, dt, rng)
    page_tail(b, rng)
    return b


GENERATORS = [
    f_reservoir,
    f_grassland,
    f_pension,
    f_unemployment,
    f_adoption,
    f_vagrant,
    f_court,
    f_tax,
    f_accident,
    f_realestate,
]


def fullwidth_doc(b):
    for part in b.p:
        if part[0] != "email":
            part[1] = part[1].translate(FW)


def generate(n, seed):
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        fi = i % len(GENERATORS)
        C = COUNTIES[rng.randrange(len(COUNTIES))]
        b = GENERATORS[fi](rng, C)
        if rng.random() < 0.05:
            fullwidth_doc(b)
        text, spans = b.build()
        docs.append({"type": FAMILIES[fi], "text": text, "spans": spans})
    rng.shuffle(docs)
    return docs


# ---------------------------------------------------------------- checking
def norm(s):
    return re.sub(r"\s", "", s.translate(FW_BACK))


def check_span(kind, s):
    n = norm(s)
    if kind == "id_card":
        return id18_valid(n)
    if kind == "id_card_15":
        return bool(re.fullmatch(r"\d{15}", n)) and valid_date(
            1900 + int(n[6:8]), int(n[8:10]), int(n[10:12])
        )
    if kind == "bank_card":
        return bool(re.fullmatch(r"\d{16,19}", n)) and luhn_ok(n) and n[:6] in ISSUER_PREFIXES
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", n.replace("-", "")))
    if kind == "landline":
        d = re.sub(r"[（）()\-－—]", "", n)
        return bool(re.fullmatch(r"0\d{9,11}", d))
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", n))
    if kind == "passport":
        return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", n))
    if kind == "hk_macau_permit":
        return bool(re.fullmatch(r"C\d{8}|C[A-Z]\d{7}|[HM]\d{8}", n))
    if kind == "tw_permit":
        return bool(re.fullmatch(r"L\d{8}|\d{8}", n))
    if kind == "license_plate":
        return bool(
            re.fullmatch(
                r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]·?[A-Z0-9]{5,6}", n
            )
        )
    if kind == "address":
        return bool(re.search(r"(号|栋|幢|单元|室|组)$", n))
    if kind == "name":
        return bool(n) and not re.search(r"[\d*某A-Za-z]", n) and 2 <= len(n) <= 12
    if kind == "health":
        return bool(n)
    return False


def check_docs(docs):
    problems = []
    for di, d in enumerate(docs):
        text = d.get("text")
        if not isinstance(text, str) or d.get("type") not in FAMILIES:
            problems.append("doc %d: bad text/type" % di)
            continue
        last_end = -1
        covered = [False] * len(text)
        for sp in sorted(d["spans"], key=lambda x: (x["start"], x["end"])):
            k, a, e = sp.get("kind"), sp.get("start"), sp.get("end")
            where = "doc %d span %s[%s:%s]" % (di, k, a, e)
            if k not in KINDS:
                problems.append(where + ": unknown kind")
                continue
            if not (isinstance(a, int) and isinstance(e, int) and 0 <= a < e <= len(text)):
                problems.append(where + ": offsets out of range")
                continue
            if a < last_end:
                problems.append(where + ": overlaps previous span")
            last_end = max(last_end, e)
            s = text[a:e]
            if s != s.strip():
                problems.append(where + ": leading/trailing whitespace %r" % s)
            if "*" in s or "某" in s:
                problems.append(where + ": masked value labelled %r" % s)
            if not check_span(k, s):
                problems.append(where + ": invalid value %r" % s)
            for i in range(a, e):
                covered[i] = True
        # unlabelled look-alikes that would be personal data
        t = text.translate(FW_BACK)
        for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
            if id18_valid(m.group()) and not all(covered[m.start() : m.end()]):
                problems.append("doc %d: unlabelled valid ID %s" % (di, m.group()))
        for m in re.finditer(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9])", t):
            if not all(covered[m.start() : m.end()]):
                problems.append("doc %d: unlabelled mobile %s" % (di, m.group()))
        for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", t):
            g = m.group()
            if g[:6] in ISSUER_PREFIXES and luhn_ok(g) and not all(covered[m.start() : m.end()]):
                problems.append("doc %d: unlabelled card %s" % (di, g))
    return problems


def stats(docs):
    from collections import Counter

    kinds, fams, fk = Counter(), Counter(), {}
    for d in docs:
        fams[d["type"]] += 1
        for sp in d["spans"]:
            kinds[sp["kind"]] += 1
            fk.setdefault(d["type"], Counter())[sp["kind"]] += 1
    out = [
        "docs: %d   spans: %d   chars: %d"
        % (len(docs), sum(kinds.values()), sum(len(d["text"]) for d in docs)),
        "",
        "per kind:",
    ]
    for k in KINDS:
        out.append("  %-16s %6d" % (k, kinds.get(k, 0)))
    out += ["", "per family (docs / spans / top kinds):"]
    for f in FAMILIES:
        c = fk.get(f, Counter())
        top = ", ".join("%s=%d" % (k, v) for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])))
        out.append("  %s  docs=%d spans=%d  [%s]" % (f, fams.get(f, 0), sum(c.values()), top))
    return "\n".join(out)


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv=None):
    ap = argparse.ArgumentParser(description="holdout58 generator")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=281)
    ap.add_argument("-o", "--out")
    ap.add_argument("--check", nargs="?", const=True, default=None, metavar="FILE")
    ap.add_argument("--stats", nargs="?", const=True, default=None, metavar="FILE")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args(argv)
    if a.decisions:
        doc = __doc__
        print(doc[doc.index("DECISIONS") :].rstrip())
        return 0
    file_mode = isinstance(a.check, str) or isinstance(a.stats, str)
    if file_mode:
        docs = load(a.check if isinstance(a.check, str) else a.stats)
    else:
        docs = generate(a.docs, a.seed)
        if a.out:
            with open(a.out, "w", encoding="utf-8") as fh:
                for d in docs:
                    fh.write(json.dumps(d, ensure_ascii=False) + "\n")
            docs = load(a.out)
        elif a.check is None and a.stats is None:
            for d in docs:
                sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    rc = 0
    if a.stats is not None:
        print(stats(docs))
    if a.check is not None:
        probs = check_docs(docs)
        for p in probs:
            print(p)
        print("check: %d docs, %d problems" % (len(docs), len(probs)))
        rc = 1 if probs else 0
    return rc


if __name__ == "__main__":
    sys.exit(main())
