#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""Holdout set 53: blind evaluation documents for a personal-information detector.

Synthetic 政务公开 publications of six real counties, rendered the way they look
after text extraction (XLSX->CSV, pdftotext -layout / raw, DOCX flattened, HTML
flattened, OCR of photographed boards), with gold spans of personal data.

Counties (GB/T 2260 code, area code, plate prefix):
  河北省保定市唐县 130627 0312 冀F;  湖南省湘西州凤凰县 433123 0743 湘U;
  贵州省黔东南州雷山县 522634 0855 贵H;  新疆喀什地区疏附县 653121 0998 新Q;
  福建省泉州市永春县 350525 0595 闽C;  内蒙古通辽市科尔沁左翼后旗 150522 0475 蒙G.

DECISIONS
1. name = the full name of a private natural person that the document identifies:
   subsidy recipients, patients, disabled persons, 优抚对象, 失信被执行人 and the
   法定代表人 of a defaulting company, drivers, complainants, callers who give a full
   name, third parties named in prose, and the candidates in 拟聘用人员公示 (they are
   private individuals even though the 公示 is lawful; publication being lawful does
   not change what the string is).
2. Names are NOT labelled when the person acts in an official or public-service role:
   officials, 制表人/审核人/负责人 of the publishing unit, judges and 执行员, traffic
   police, 信访 handling staff, village cadres (村支书/村主任) acting in role,
   社区民警, and 网格长/网格员 on a 网格员信息公示牌 (the board exists to publish them
   in their role).  Their office landlines are not labelled either.
3. mobile: every unmasked 11-digit mainland mobile number is labelled, whoever owns
   it (including 网格员 and officials' mobiles given as contacts), because a mobile
   number is tied to one person.  Spaced (139 0855 1234) and full-width forms are
   labelled with one span covering the digits and inner spaces.
4. landline: labelled only when it is a private person's number (complainant,
   defaulting individual, caller).  Office numbers, 监督电话, 举报电话, 12345, 110,
   12348 and other hotlines are never labelled.
5. Masked values are never labelled: 张*, 王**, 李某某, 张女士/王先生 (surname+title),
   138****1234, 1306271978****1234, 433123********1234, 6228****1234.
6. Spreadsheet-mangled numbers (1.30627E+17, 6.22848E+18) are never labelled.  A
   leading apostrophe ('130627...) is excluded from the span.
7. id_card spans cover the 18 characters only.  In a 20-character 残疾人证号 (ID +
   category digit + grade digit) the first 18 characters are labelled id_card and
   the two trailing digits are not labelled.  id_card_15 is used for first-generation
   15-digit numbers.  驾驶证号 equal to the ID number is labelled id_card.
8. bank_card: full card numbers of private persons (一卡通/社保卡金融账户) that pass
   Luhn and start with a real issuer BIN.  Card numbers written in groups of four
   with spaces are one span.
9. address: a private person's home address at 组/号/栋/幢/单元/室 level.  The span
   starts at the first place-name character (province/county/town included if they
   are written contiguously) and excludes labels such as 住/住址：/家住.  Village-level
   places without 组/号 (南店头村, 乌帕尔镇3村) are not labelled, nor are business
   addresses, office addresses, 网格 service ranges (XX路1-35号) or 违法地点.
   A 村+组 cell in a roster (东王京村二组) is labelled as an address.
10. health: a specific person's diagnosis, disability category and/or grade,
   伤残等级 (因战七级), or an illness named in prose.  In tables the category cell
   and the grade cell are separate spans; in prose 肢体残疾二级 is one span.  Program
   names (重度残疾人护理补贴), 优抚 category names (带病回乡退伍军人), hospital
   names and generic disease lists in policy text are not labelled.
11. license_plate: full plates of private vehicles, separator (· or space) included
   inside the span.  Masked plates (湘U·A***5) are not labelled.
12. email/passport/hk_macau_permit/tw_permit: private persons' values only;
   an office mailbox (e.g. the 报名 or 信访 mailbox) is not labelled.
13. Wrapped values: when a value is broken by a line break with nothing else between
   the pieces (hard-wrapped prose, pdftotext raw, quoted multi-line CSV cell), one
   span covers both pieces including the line break.  When other text intervenes
   (pdftotext -layout puts other columns between the pieces) each piece is its own
   span of the same kind.  Numbers (IDs, cards, mobiles) are never split in -layout.
14. OCR noise inside a value (spaces, full-width digits) stays inside the span;
   spans never start or end on whitespace.
15. Never labelled: 文号, 索引号, 统一社会信用代码, 案号, 决定书编号, 档案编号, 工单编号,
   准考证号 (including 18-digit ones that start with a county code and a date but fail
   the checksum), batch/serial numbers, amounts, dates, birth months, ages, postcodes,
   ethnicity, gender, school names, hospital names, company names, place names that
   contain surnames (王京镇, 张家庄), and names of deceased persons are not used.
"""

import argparse
import json
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------
# basic validators
# ----------------------------------------------------------------------------
W18 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def id_check(s17):
    return CHK[sum(int(a) * w for a, w in zip(s17, W18)) % 11]


def real_date(y, m, d):
    if not (1 <= m <= 12) or d < 1:
        return False
    md = [
        31,
        29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
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
    return d <= md[m - 1]


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(s):
    for c in "0123456789":
        if luhn_ok(s + c):
            return c


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(r, code, kind="11"):
    body = kind + code + "".join(r.choice("0123456789") for _ in range(8)) + r.choice(USCC_CH[:20])
    s = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CH[(31 - s % 31) % 31]


# ----------------------------------------------------------------------------
# counties
# ----------------------------------------------------------------------------
COUNTIES = [
    dict(
        key="tang",
        prov="河北省",
        city="保定市",
        name="唐县",
        code="130627",
        area="0312",
        loc=["64", "65"],
        ln=7,
        plate="冀F",
        post="072350",
        eth="north",
        court="唐县人民法院",
        cc="冀0627",
        near=["130626", "130628", "130682", "130602"],
        towns=[
            "仁厚镇",
            "王京镇",
            "高昌镇",
            "北罗镇",
            "白合镇",
            "军城镇",
            "川里镇",
            "长古城乡",
            "罗庄乡",
            "都亭乡",
            "宋家庄乡",
            "于家庄乡",
            "黄石口乡",
            "倒马关乡",
            "齐家佐乡",
            "羊角乡",
            "石门乡",
            "大洋乡",
            "迷城乡",
            "雹水乡",
        ],
        vill=[
            "南店头村",
            "东王京村",
            "北罗村",
            "大洋村",
            "洪城村",
            "西高昌村",
            "雹水村",
            "川里村",
            "北放水村",
            "东留营村",
            "张家庄村",
            "李家峪村",
            "葛堡村",
            "赵庄村",
        ],
        seat="仁厚镇",
        roads=["唐尧路", "中山路", "东环路", "向阳路", "唐河街", "兴华西路"],
        comms=["尧都小区", "阳光花园", "康泰苑", "唐河名苑"],
        bins=[("622848", 19), ("621700", 19), ("622188", 19), ("621661", 19)],
        cardname="社会保障卡",
        hosp=[
            "唐县人民医院",
            "唐县中医医院",
            "保定市第一中心医院",
            "河北医科大学第四医院",
            "北京大学肿瘤医院",
        ],
    ),
    dict(
        key="fh",
        prov="湖南省",
        city="湘西土家族苗族自治州",
        name="凤凰县",
        code="433123",
        area="0743",
        loc=["32", "35"],
        ln=7,
        plate="湘U",
        post="416200",
        eth="miao",
        court="凤凰县人民法院",
        cc="湘3123",
        near=["433101", "433124", "433122"],
        towns=[
            "沱江镇",
            "阿拉营镇",
            "廖家桥镇",
            "木江坪镇",
            "山江镇",
            "吉信镇",
            "腊尔山镇",
            "禾库镇",
            "千工坪镇",
            "落潮井镇",
            "新场镇",
            "茶田镇",
            "筸子坪镇",
            "麻冲乡",
            "水打田乡",
            "两林乡",
            "米良乡",
        ],
        vill=[
            "黄丝桥村",
            "舒家塘村",
            "拉毫村",
            "老家寨村",
            "早岗村",
            "菖蒲塘村",
            "勾良村",
            "凉灯村",
            "竹山村",
            "大马村",
            "龙角村",
        ],
        seat="沱江镇",
        roads=["虹桥中路", "南华路", "道门口", "回龙阁", "凤凰大道", "建设路"],
        comms=["沱江花园", "金水湾小区", "南华山庄", "凤凰新城"],
        bins=[("622169", 19), ("622848", 19), ("621799", 19)],
        cardname="福祥卡",
        hosp=["凤凰县人民医院", "凤凰县中医医院", "湘西自治州人民医院", "中南大学湘雅医院", "湖南省肿瘤医院"],
    ),
    dict(
        key="ls",
        prov="贵州省",
        city="黔东南苗族侗族自治州",
        name="雷山县",
        code="522634",
        area="0855",
        loc=["33"],
        ln=7,
        plate="贵H",
        post="557100",
        eth="miao",
        court="雷山县人民法院",
        cc="黔2634",
        near=["522601", "522635", "522636"],
        towns=["丹江镇", "西江镇", "永乐镇", "郎德镇", "大塘镇", "望丰乡", "达地水族乡", "方祥乡", "桃江乡"],
        vill=[
            "西江村",
            "郎德上寨村",
            "南猛村",
            "乌东村",
            "格头村",
            "白岩村",
            "干皎村",
            "脚尧村",
            "开屯村",
            "控拜村",
        ],
        seat="丹江镇",
        roads=["环城北路", "雷公山大道", "丹江大道", "营盘路", "民族路"],
        comms=["丹江苑", "苗都小区", "雷公山小区"],
        bins=[("622848", 19), ("622188", 19), ("621700", 19)],
        cardname="一卡通",
        hosp=["雷山县人民医院", "雷山县中医院", "黔东南州人民医院", "贵州医科大学附属医院"],
    ),
    dict(
        key="sf",
        prov="新疆维吾尔自治区",
        city="喀什地区",
        name="疏附县",
        code="653121",
        area="0998",
        loc=["25", "27"],
        ln=7,
        plate="新Q",
        post="844100",
        eth="uyghur",
        court="疏附县人民法院",
        cc="新3121",
        near=["653101", "653122", "653123"],
        towns=[
            "托克扎克镇",
            "吾库萨克镇",
            "乌帕尔镇",
            "塔什米里克乡",
            "铁日木乡",
            "布拉克苏乡",
            "萨依巴格乡",
            "站敏乡",
            "木什乡",
            "兰干乡",
        ],
        vill=[
            "阿亚格曼干村",
            "托万克巴格村",
            "博斯坦村",
            "阔纳巴格村",
            "英买里村",
            "喀拉巴格村",
            "1村",
            "3村",
            "5村",
            "8村",
            "12村",
            "14村",
        ],
        seat="托克扎克镇",
        roads=["广州路", "团结路", "人民路", "友谊路", "迎宾大道"],
        comms=["广州新城小区", "幸福小区", "团结小区"],
        bins=[("622848", 19), ("621700", 19), ("622202", 19)],
        cardname="惠农卡",
        hosp=["疏附县人民医院", "疏附县维吾尔医医院", "喀什地区第一人民医院", "新疆医科大学第一附属医院"],
    ),
    dict(
        key="yc",
        prov="福建省",
        city="泉州市",
        name="永春县",
        code="350525",
        area="0595",
        loc=["2388", "2387", "2389"],
        ln=8,
        plate="闽C",
        post="362600",
        eth="min",
        court="永春县人民法院",
        cc="闽0525",
        near=["350524", "350526", "350583"],
        towns=[
            "桃城镇",
            "五里街镇",
            "一都镇",
            "下洋镇",
            "蓬壶镇",
            "达埔镇",
            "吾峰镇",
            "石鼓镇",
            "岵山镇",
            "东平镇",
            "湖洋镇",
            "坑仔口镇",
            "玉斗镇",
            "锦斗镇",
            "东关镇",
            "桂洋镇",
            "苏坑镇",
            "仙夹镇",
            "横口乡",
            "呈祥乡",
            "介福乡",
            "外山乡",
        ],
        vill=[
            "桃溪村",
            "美山村",
            "仙岭村",
            "鹏溪村",
            "外碧村",
            "玉美村",
            "吾东村",
            "高垅村",
            "林垵村",
            "陈坂村",
        ],
        seat="桃城镇",
        roads=["八二三中路", "八二三西路", "环城路", "留安路", "桃源北路", "城西路"],
        comms=["桃源小区", "永春新城", "丽景家园", "东门洋小区"],
        bins=[("622184", 19), ("622848", 19), ("622188", 19), ("621661", 19)],
        cardname="社保卡",
        hosp=[
            "永春县医院",
            "永春县中医院",
            "泉州市第一医院",
            "福建医科大学附属第二医院",
            "福建医科大学附属协和医院",
        ],
    ),
    dict(
        key="kz",
        prov="内蒙古自治区",
        city="通辽市",
        name="科尔沁左翼后旗",
        code="150522",
        area="0475",
        loc=["52", "53"],
        ln=7,
        plate="蒙G",
        post="028100",
        eth="mongol",
        court="科尔沁左翼后旗人民法院",
        cc="内0522",
        near=["150502", "150521", "150523"],
        towns=[
            "甘旗卡镇",
            "吉尔嘎朗镇",
            "金宝屯镇",
            "常胜镇",
            "查日苏镇",
            "双胜镇",
            "阿古拉镇",
            "朝鲁吐镇",
            "海鲁吐镇",
            "努古斯台镇",
            "散都苏木",
            "茂道吐苏木",
            "巴嘎塔拉苏木",
            "巴彦毛都苏木",
        ],
        vill=[
            "努古斯台嘎查",
            "查干诺尔嘎查",
            "宝力格嘎查",
            "哈日干图嘎查",
            "乌兰敖道嘎查",
            "协代嘎查",
            "阿其玛嘎查",
            "巴彦塔拉嘎查",
            "胡四台嘎查",
            "双胜村",
        ],
        seat="甘旗卡镇",
        roads=["科尔沁大街", "博王府路", "团结路", "金宝屯大街", "新华街"],
        comms=["博王府小区", "阳光家园", "水岸名城"],
        bins=[("622848", 19), ("622202", 19), ("622188", 19)],
        cardname="一卡通",
        hosp=["科左后旗人民医院", "科左后旗蒙医医院", "通辽市医院", "内蒙古民族大学附属医院"],
    ),
]
SHORT = {"tang": "唐", "fh": "凤", "ls": "雷", "sf": "疏附", "yc": "永", "kz": "后旗"}
KNOWN_CODES = set()
for _c in COUNTIES:
    KNOWN_CODES.add(_c["code"])
    KNOWN_CODES.update(_c["near"])
ALL_BINS = sorted({b for c in COUNTIES for b, _ in c["bins"]} | {"456351"})
PLATE_PREFIXES = [c["plate"] for c in COUNTIES]

# ----------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------
SUR_COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
SUR_COMPOUND = [
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "皇甫",
    "令狐",
    "慕容",
    "端木",
    "司徒",
    "东方",
    "夏侯",
    "公孙",
    "尉迟",
    "宇文",
]
SUR_BOOST = {
    "north": list("王李张刘赵杨高齐郭田王李张刘"),
    "miao": list("龙吴麻石杨田滕隆欧向龙吴杨潘文侯余唐"),
    "uyghur": list("王李张刘陈马"),
    "min": list("陈林郑黄李周颜尤康潘吕陈林郑黄留"),
    "mongol": list("包白宝韩吴王李张刘孙于包白"),
}
GIV_M = list(
    "伟强磊军勇杰涛明超亮刚平辉建国华文斌志宏海波鹏飞兵东晓春林永生洪庆德福祥昌荣贵金山宇浩俊峰成旭顺"
)
GIV_F = list("芳娜敏静丽艳娟霞燕玲桂英兰红梅秀凤琴云莲翠萍丹妍婷雪慧娇欣怡")
UY_M = [
    "买买提",
    "艾合买提",
    "阿不都热依木",
    "吐尔逊",
    "阿布拉",
    "努尔麦麦提",
    "阿卜杜拉",
    "热合曼",
    "艾力",
    "伊敏",
    "吾买尔",
    "卡德尔",
    "肉孜",
    "玉素甫",
    "亚森",
    "依明",
    "阿不力孜",
    "麦麦提敏",
    "图尔荪",
    "艾尔肯",
]
UY_F = [
    "阿依古丽",
    "古丽努尔",
    "热依拉",
    "帕提古丽",
    "祖丽胡玛尔",
    "阿孜古丽",
    "米热古丽",
    "努尔妮萨",
    "布维阿依谢姆",
    "图尔荪阿依",
    "吐尼沙汗",
    "热娜古丽",
    "阿瓦古丽",
    "再努尔",
]
MG = [
    "巴特尔",
    "那顺",
    "额尔敦",
    "宝音",
    "朝鲁",
    "乌力吉",
    "巴雅尔",
    "图门",
    "阿拉坦",
    "苏和",
    "满都拉",
    "格日勒",
    "其其格",
    "萨仁",
    "乌云",
    "高娃",
    "斯琴",
    "塔娜",
    "托娅",
    "娜仁",
    "图雅",
    "毕力格",
    "吉日嘎拉",
    "白音",
    "孟和",
    "敖其尔",
    "达来",
    "特木尔",
    "哈斯",
    "额尔德木图",
    "仓",
    "朝克图",
    "乌兰",
    "其木格",
]


def person(r, C, male=None):
    if male is None:
        male = r.random() < 0.55
    eth = C["eth"]
    if eth == "uyghur" and r.random() < 0.85:
        g = r.choice(UY_M if male else UY_F)
        f = r.choice(UY_M)
        sep = r.choice(["·", "·", "·", "•"])
        return (g + sep + f if r.random() < 0.9 else g + f), male
    if eth == "mongol" and r.random() < 0.45:
        a_ = r.choice(MG)
        n = a_ + (r.choice([x for x in MG if x != a_]) if r.random() < 0.6 else "")
        return n[:6], male
    x = r.random()
    if x < 0.015:
        s = r.choice(SUR_COMPOUND)
    elif x < 0.45:
        s = r.choice(SUR_BOOST[eth])
    else:
        s = r.choice(SUR_COMMON)
    pool = GIV_M if male else GIV_F
    g = r.choice(pool) + (r.choice(pool) if r.random() < 0.72 else "")
    return s + g, male


def mask_name(r, n):
    if "·" in n or "•" in n:
        return n.split("·")[0].split("•")[0][:2] + "**"
    if r.random() < 0.5:
        return n[0] + "*" * (len(n) - 1)
    return n[0] + "某某"


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def gen_id(r, C, y0=1940, y1=2005, male=None, code=None):
    if code is None:
        code = C["code"] if r.random() < 0.85 else r.choice(C["near"])
    while True:
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else 30)
        seq = r.randint(0, 99) * 10 + r.randint(0, 9)
        if male is not None:
            if (seq % 2 == 1) != male:
                seq = (seq + 1) % 1000
        s17 = "%s%04d%02d%02d%03d" % (code, y, m, d, seq)
        return s17 + id_check(s17)


def gen_id15(r, C, male=None):
    y = r.randint(30, 69)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    seq = r.randint(1, 999)
    if male is not None and (seq % 2 == 1) != male:
        seq = seq + 1 if seq < 999 else seq - 1
    return "%s%02d%02d%02d%03d" % (C["code"], y, m, d, seq)


def mask_id(r, i):
    v = r.random()
    if v < 0.4:
        return i[:6] + "********" + i[-4:]
    if v < 0.7:
        return i[:10] + "****" + i[-4:]
    if v < 0.85:
        return i[:2] + "*" * 13 + i[-3:]
    return i[:14] + "****"


def gen_card(r, C):
    b, n = r.choice(C["bins"])
    body = b + "".join(r.choice("0123456789") for _ in range(n - len(b) - 1))
    return body + luhn_digit(body)


MOB_PRE = [
    "130",
    "131",
    "132",
    "133",
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
    "193",
    "195",
    "198",
    "199",
    "147",
    "175",
]


def gen_mobile(r):
    return r.choice(MOB_PRE) + "".join(r.choice("0123456789") for _ in range(8))


def mask_mobile(m):
    return m[:3] + "****" + m[-4:]


def gen_landline(r, C, office=False):
    loc = r.choice(C["loc"])
    rest = "".join(r.choice("0123456789") for _ in range(C["ln"] - len(loc)))
    return C["area"], loc + rest


def fmt_landline(r, a, n):
    v = r.random()
    if v < 0.7:
        return a + "-" + n
    if v < 0.85:
        return a + n
    return a + " " + n


PL_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate(r, C):
    p = C["plate"]
    if r.random() < 0.15:
        tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
    else:
        k = r.random()
        if k < 0.5:
            tail = r.choice(PL_CH) + "".join(r.choice("0123456789") for _ in range(4))
        elif k < 0.8:
            tail = "".join(r.choice("0123456789") for _ in range(3)) + r.choice(PL_CH) + r.choice(PL_CH)
        else:
            tail = (
                "".join(r.choice("0123456789") for _ in range(2))
                + r.choice(PL_CH)
                + "".join(r.choice("0123456789") for _ in range(2))
            )
    sep = r.choice(["", "", "·", " "])
    return p + sep + tail


def serial(r, n, lead=None):
    """a digit string of length n that is never a valid ID / BIN card / mobile"""
    while True:
        s = (lead or "") + "".join(r.choice("0123456789") for _ in range(n - len(lead or "")))
        if not unlabelled_hit(s):
            return s


CN_NUM = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    return CN_NUM[n // 10 - 1] + "十" + (CN_NUM[n % 10 - 1] if n % 10 else "")


def zu(r, n=None):
    n = n or r.randint(1, 12)
    v = r.random()
    if v < 0.45:
        return "%d组" % n
    if v < 0.8:
        return cn(n) + "组"
    return "第%s村民小组" % cn(n)


def rural_addr(r, C, with_county=0.3, with_town=0.75):
    parts = ""
    if r.random() < with_county:
        parts += (C["prov"] if r.random() < 0.2 else "") + C["name"]
    if r.random() < with_town or parts:
        parts += r.choice(C["towns"])
    v = r.choice(C["vill"])
    parts += v
    k = r.random()
    if C["key"] == "kz" and k < 0.4:
        return parts + "%d号" % r.randint(1, 180)
    if k < 0.7:
        return parts + zu(r)
    if k < 0.9:
        return parts + zu(r) + "%d号" % r.randint(1, 99)
    return parts + "%d号" % r.randint(1, 260)


def urban_addr(r, C, with_county=0.4):
    s = C["name"] if r.random() < with_county else ""
    s += C["seat"] if (s or r.random() < 0.6) else ""
    unit = r.choice(["%d栋%d单元%d室", "%d幢%d单元%d", "%d号楼%d单元%d室", "%d栋%d单元%d号"]) % (
        r.randint(1, 18),
        r.randint(1, 4),
        r.randint(1, 6) * 100 + r.randint(1, 4),
    )
    if r.random() < 0.5:
        s += r.choice(C["roads"]) + "%d号" % r.randint(1, 388)
        if r.random() < 0.6:
            s += unit
    else:
        s += r.choice(C["comms"]) + (
            unit
            if r.random() < 0.6
            else "%d幢%d室" % (r.randint(1, 18), r.randint(1, 6) * 100 + r.randint(1, 4))
        )
    return s


def home_addr(r, C):
    return rural_addr(r, C) if r.random() < 0.7 else urban_addr(r, C)


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


def ocr(r, s, p_space=0.08, p_fw=0.0):
    out = []
    full = bool(p_fw) and r.random() < p_fw
    for i, c in enumerate(s):
        if full and "0" <= c <= "9":
            c = fw(c)
        out.append(c)
        if i < len(s) - 1 and r.random() < p_space:
            out.append(" ")
    return "".join(out)


def date(r, y0=2022, y1=2024):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def dstr(d, style=0):
    y, m, dd = d
    if style == 0:
        return "%d年%d月%d日" % (y, m, dd)
    if style == 1:
        return "%d-%02d-%02d" % (y, m, dd)
    if style == 2:
        return "%d.%d.%d" % (y, m, dd)
    return "%d/%d/%d" % (y, m, dd)


# ----------------------------------------------------------------------------
# builder and renderers
# ----------------------------------------------------------------------------
_EID = [0]


def T(x):
    return [(x, None, 0)]


def P(kind, x):
    _EID[0] += 1
    return [(x, kind, _EID[0])]


class B:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, x):
        if x:
            self.parts.append(x)
            self.n += len(x)

    def p(self, kind, x):
        if kind is None:
            return self.t(x)
        l = len(x) - len(x.lstrip())
        rr = len(x.rstrip())
        if rr <= l:
            return self.t(x)
        self.t(x[:l])
        st = self.n
        self.t(x[l:rr])
        self.spans.append((kind, st, self.n))
        self.t(x[rr:])

    def segs(self, cell):
        for x, k, _ in cell:
            self.p(k, x)

    def text(self):
        return "".join(self.parts)


def dw(ch):
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def dws(s):
    return sum(dw(c) for c in s)


def ctext(cell):
    return "".join(x for x, _, _ in cell)


def render_tab(b, rows, sep="\t"):
    for row in rows:
        for j, cell in enumerate(row):
            if j:
                b.t(sep)
            b.segs(cell)
        b.t("\n")


def render_lines(b, rows, blank=False):
    for row in rows:
        for cell in row:
            if ctext(cell).strip():
                b.segs(cell)
                b.t("\n")
        if blank:
            b.t("\n")


def render_csv(b, rows):
    for row in rows:
        for j, cell in enumerate(row):
            if j:
                b.t(",")
            txt = ctext(cell)
            if any(c in txt for c in ',"\n'):
                b.t('"')
                for x, k, _ in cell:
                    b.p(k, x.replace('"', '""'))
                b.t('"')
            else:
                b.segs(cell)
        b.t("\r\n" if False else "\n")


def wrap_cell(cell, w):
    chars = [(ch, k, e) for (x, k, e) in cell for ch in x]
    lines, cur, cw = [], [], 0
    for c in chars:
        if c[0] == "\n":
            lines.append(cur)
            cur, cw = [], 0
            continue
        d = dw(c[0])
        if cur and cw + d > w:
            lines.append(cur)
            cur, cw = [], 0
        if not cur and c[0] == " ":
            continue
        cur.append(c)
        cw += d
    if cur:
        lines.append(cur)
    if len(lines) > 1 and len(lines[-1]) == 1 and len(lines[-2]) >= 3:
        lines[-1].insert(0, lines[-2].pop())
    out = []
    for ln in lines:
        segs = []
        for ch, k, e in ln:
            if segs and segs[-1][1] == k and segs[-1][2] == e:
                segs[-1][0] += ch
            else:
                segs.append([ch, k, e])
        out.append([tuple(s) for s in segs])
    return out


def render_layout(b, r, rows, caps, center=True, indent=None):
    ncol = len(rows[0])
    widths = []
    for j in range(ncol):
        m = max(dws(ctext(row[j])) for row in rows)
        widths.append(min(m, caps[j]) if caps[j] else m)
    gaps = [r.randint(2, 5) for _ in range(ncol)]
    ind = indent if indent is not None else r.randint(0, 6)
    starts = []
    pos = ind
    for j in range(ncol):
        starts.append(pos)
        pos += widths[j] + gaps[j]
    for row in rows:
        wrapped = [wrap_cell(c, max(widths[j], 1)) for j, c in enumerate(row)]
        h = max([len(x) for x in wrapped] + [1])
        L = 2 * h - 1 if (center and h > 1) else h
        grid = [[] for _ in range(L)]
        for j, wl in enumerate(wrapped):
            k = len(wl)
            for i, segs in enumerate(wl):
                if center and h > 1:
                    pos_ = (h - k) + 2 * i
                else:
                    pos_ = i
                grid[pos_].append((j, segs))
        for line in grid:
            if not line:
                continue
            col = 0
            for j, segs in line:
                need = starts[j] - col
                if need < 1 and col > 0:
                    need = 1
                b.t(" " * max(need, 0))
                col += max(need, 0)
                for x, k, _ in segs:
                    b.p(k, x)
                    col += dws(x)
            b.t("\n")


def render_raw(b, r, rows, wrap_p=0.0, maxw=14):
    """pdftotext raw: cells in reading order, one per line or space-separated; long
    cells hard-broken with a newline (span continues across it)."""
    for row in rows:
        one_line = r.random() < 0.5
        for j, cell in enumerate(row):
            txt = ctext(cell)
            if not txt.strip():
                continue
            brk = None
            if len(txt) > maxw // 2 and r.random() < wrap_p:
                brk = r.randint(2, len(txt) - 2)
            pos = 0
            for x, k, _ in cell:
                if brk is not None and pos <= brk < pos + len(x) and not any(c.isdigit() for c in x):
                    cut = brk - pos
                    x = x[:cut] + "\n" + x[cut:]
                    brk = None
                pos += len(x)
                b.p(k, x)
            b.t(" " if (one_line and j < len(row) - 1) else "\n")
        if one_line:
            b.t("\n")


def hard_wrap(b, segs, width, r):
    """hard-wrap prose at a display width; a newline inside a span stays in the span."""
    chars = [(ch, k, e) for (x, k, e) in segs for ch in x]
    out = []
    col = 0
    for i, c in enumerate(chars):
        if c[0] == "\n":
            out.append(("\n", None, 0))
            col = 0
            continue
        d = dw(c[0])
        if col + d > width and not (c[0] in "，。、；：）》”" and col <= width + 2):
            prev = out[-1] if out else ("", None, 0)
            tag = (
                (prev[1], prev[2])
                if (prev[1] is not None and (prev[1], prev[2]) == (c[1], c[2]))
                else (None, 0)
            )
            out.append(("\n", tag[0], tag[1]))
            col = 0
        out.append(c)
        col += d
    segs2 = []
    for ch, k, e in out:
        if segs2 and segs2[-1][1] == k and segs2[-1][2] == e:
            segs2[-1][0] += ch
        else:
            segs2.append([ch, k, e])
    for x, k, _ in segs2:
        b.p(k, x)


class Prose:
    def __init__(self):
        self.segs = []

    def t(self, x):
        self.segs += T(x)
        return self

    def p(self, k, x):
        self.segs += P(k, x)
        return self


def emit_prose(b, r, pr, mode=None, width=None):
    mode = mode or r.choice(["wrap", "wrap", "flat", "indent"])
    if mode == "flat":
        b.segs(pr.segs)
    elif mode == "indent":
        b.t("　　")
        b.segs(pr.segs)
    else:
        hard_wrap(b, pr.segs, width or r.randint(60, 80), r)
    b.t("\n")


# ----------------------------------------------------------------------------
# shared document furniture (near-misses)
# ----------------------------------------------------------------------------
def topic_of(title):
    for kw, t in (
        ("残疾", "民政、扶贫、救灾\\社会福利"),
        ("优抚", "民政、扶贫、救灾\\优抚安置"),
        ("大病", "劳动、人事、监察\\社会保障"),
        ("聘用", "劳动、人事、监察\\人事工作"),
        ("耕地", "农业、林业、水利\\农业"),
        ("交通", "公安、安全、司法\\公安"),
        ("信访", "综合政务\\信访"),
    ):
        if kw in title:
            return t
    return "综合政务\\其他"


def meta_block(r, b, C, dept, title, d):
    idx = uscc(r, C["code"]) + "/%d-%05d" % (d[0], r.randint(1, 2999))
    v = r.random()
    if v < 0.35:
        b.t(
            "索引号：%s\n信息分类：%s\n发布机构：%s\n生成日期：%s\n名称：%s\n文号：%s\n"
            % (
                idx,
                topic_of(title),
                dept,
                dstr(d, 1),
                title,
                r.choice(
                    [
                        "无",
                        "%s%s〔%d〕%d号"
                        % (
                            SHORT[C["key"]],
                            r.choice(["民发", "农字", "医保发", "人社字", "政办"]),
                            d[0],
                            r.randint(1, 120),
                        ),
                    ]
                ),
            )
        )
    elif v < 0.6:
        b.t(
            "首页 > 政务公开 > 法定主动公开内容 > %s\n"
            % r.choice(["社会救助", "公示公告", "财政资金", "其他"])
        )
        b.t("%s\n" % title)
        b.t(
            "发布时间：%s %02d:%02d   来源：%s   浏览次数：%d\n"
            % (dstr(d, 1), r.randint(8, 18), r.randint(0, 59), dept, r.randint(12, 3000))
        )
    else:
        b.t(title + "\n")


def office_phone(r, C):
    a, n = gen_landline(r, C)
    return fmt_landline(r, a, n)


def sign_off(r, b, C, dept, d):
    b.t("\n" + " " * r.choice([0, 20, 30]) + dept + "\n" + " " * r.choice([0, 22, 32]) + dstr(d) + "\n")


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
def fam_gengdi(r, C):
    b = B()
    d = date(r)
    town = r.choice(C["towns"])
    dept = C["name"] + r.choice(["农业农村局", "财政局", town + "人民政府"])
    rows = []
    n = r.choice([r.randint(25, 70), r.randint(50, 110), r.randint(90, 200)])
    id_mode = r.choice(["apos", "plain", "sci", "mixed"])
    card_mode = r.choice(["apos", "plain", "sci", "mixed", "space"])
    variant = r.randint(0, 2)
    if variant == 0:
        hdr = [
            "序号",
            "乡镇",
            "村",
            "户主姓名",
            "身份证号码",
            C["cardname"] + "账号",
            "计税面积（亩）",
            "补贴面积（亩）",
            "补贴标准（元/亩）",
            "补贴金额（元）",
            "备注",
        ]
    elif variant == 1:
        hdr = [
            "序号",
            "姓名",
            "身份证号",
            "村组",
            "一卡通卡号",
            "开户银行",
            "面积(亩)",
            "金额(元)",
            "联系电话",
        ]
    else:
        hdr = ["序号", "村组", "农户姓名", "公民身份号码", "补贴面积", "补贴金额", "一卡通账号", "备注"]
    b.t(
        '"%s%d年耕地地力保护补贴发放清册"%s\n'
        % (C["name"] if r.random() < 0.5 else C["name"] + town, d[0], "," * (len(hdr) - 1))
    )
    b.t(
        "填报单位：%s（盖章）%s填报日期：%s%s\n"
        % (town + "人民政府", "," * (len(hdr) // 2), dstr(d), "," * (len(hdr) - len(hdr) // 2 - 1))
    )
    if r.random() < 0.4:
        b.t("发放批次号：%s%s\n" % (serial(r, 19, "%d%02d" % (d[0], d[1])), "," * (len(hdr) - 1)))
    render_csv(b, [[T(h) for h in hdr]])
    std = r.choice(["105.00", "98.6", "121.3", "76.45", "113.2"])
    tot_area = 0.0
    tot_amt = 0.0
    vill = r.choice(C["vill"])
    body = []
    for i in range(1, n + 1):
        if r.random() < 0.08:
            vill = r.choice(C["vill"])
        nm, male = person(r, C)
        idv = gen_id(r, C, 1935, 1995, male)
        m = id_mode if id_mode != "mixed" else r.choice(["apos", "plain", "sci"])
        if m == "sci" and r.random() < 0.7:
            idc = T("%.5E" % int(idv[:17]) if False else "%s.%sE+17" % (idv[0], idv[1:6]))
        elif m == "apos" or (m == "sci"):
            idc = T("'") + P("id_card", idv)
        else:
            idc = P("id_card", idv)
        if r.random() < 0.02:
            idc = T(mask_id(r, idv))
        card = gen_card(r, C)
        cm = card_mode if card_mode != "mixed" else r.choice(["apos", "plain", "sci"])
        if cm == "sci" and r.random() < 0.7:
            cc = T("%s.%sE+%d" % (card[0], card[1:6], len(card) - 1))
        elif cm == "space":
            cc = P("bank_card", " ".join(card[k : k + 4] for k in range(0, len(card), 4)))
        elif cm in ("apos", "sci"):
            cc = T("'") + P("bank_card", card)
        else:
            cc = P("bank_card", card)
        area = round(r.uniform(0.6, 25.0), r.choice([1, 2]))
        amt = round(area * float(std), 2)
        tot_area += area
        tot_amt += amt
        g = r.random()
        vz = vill + zu(r)
        if g < 0.1:
            villc = T("") + P("address", vill + "\n" + zu(r))
        elif g < 0.2:
            villc = T(vill)
        else:
            villc = P("address", vz)
        namec = P("name", nm + (" " if r.random() < 0.05 else ""))
        if r.random() < 0.03:
            namec = namec + T("（户主已故，由%s代领）" % mask_name(r, person(r, C)[0]))
        if variant == 0:
            row = [
                T(str(i)),
                T(town),
                T(vill),
                namec,
                idc,
                cc,
                T("%.2f" % (area * 1.05)),
                T(str(area)),
                T(std),
                T("%.2f" % amt),
                T(r.choice(["", "", "", "", "代发", "新增"])),
            ]
        elif variant == 1:
            mv = r.random()
            mob = (
                P("mobile", gen_mobile(r))
                if mv < 0.6
                else (P("landline", fmt_landline(r, *gen_landline(r, C))) if mv < 0.7 else T(""))
            )
            row = [
                T(str(i)),
                namec,
                idc,
                villc,
                cc,
                T(r.choice(["农村信用社", "邮储银行", "农业银行", "农商银行"])),
                T(str(area)),
                T("%.2f" % amt),
                mob,
            ]
        else:
            row = [T(str(i)), villc, namec, idc, T(str(area)), T("%.2f" % amt), cc, T("")]
        body.append(row)
    render_csv(b, body)
    tr = [T("合计")] + [T("") for _ in hdr[1:]]
    tr[-3] = T("%.2f" % tot_amt)
    render_csv(b, [tr])
    b.t(
        "制表人：%s,,审核人：%s,,%s负责人：%s%s\n"
        % (person(r, C)[0], person(r, C)[0], "" if r.random() < 0.5 else town, person(r, C)[0], "," * 3)
    )
    b.t(
        '"公示期：%s至%s。如有异议，请于公示期内向%s反映，举报电话：%s。"\n'
        % (dstr(d), dstr((d[0], d[1], min(d[2] + 7, 28))), dept, office_phone(r, C))
    )
    # names of officials in signature lines are deliberately not labelled (decision 2)
    return b


def fam_canji(r, C):
    b = B()
    d = date(r)
    dept = C["name"] + r.choice(["残疾人联合会", "民政局", "残联"])
    title = "%s%d年%d月困难残疾人生活补贴和重度残疾人护理补贴发放%s" % (
        C["name"],
        d[0],
        d[1],
        r.choice(["公示", "名单公示", "情况公示"]),
    )
    meta_block(r, b, C, dept, title, d)
    mode = r.choice(["layout", "layout", "layout", "raw"])
    zmode = r.choice(["none", "mask", "full20", "full18"])
    hdr = (
        ["序号", "乡镇", "村（社区）", "姓名", "性别"]
        + ([] if zmode == "none" else ["残疾证号"])
        + ["残疾类别", "残疾等级", "生活补贴", "护理补贴", "合计（元）"]
    )
    rows = [[T(h) for h in hdr]]
    cats = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"]
    suf = r.random() < 0.5
    n = r.randint(14, 48)
    tl = tn = 0
    for i in range(1, n + 1):
        nm, male = person(r, C)
        twn = r.choice(C["towns"])
        vl = r.choice(C["vill"]) if r.random() < 0.75 else r.choice(C["comms"]).replace("小区", "社区")
        cat = r.choice(cats) + ("残疾" if suf else "")
        g = r.choice([1, 1, 2, 2, 3, 4])
        gs = r.choice(["%s级", "%s级", "%s"]) % cn(g)
        if gs == cn(g) and r.random() < 0.5:
            gs = str(g) + "级"
        life = r.choice([0, 70, 80, 100]) if g <= 2 else r.choice([70, 80, 100])
        care = r.choice([80, 90, 100]) if g <= 2 else 0
        tl += life
        tn += care
        row = [T(str(i)), T(twn), T(vl), P("name", nm), T("男" if male else "女")]
        if zmode != "none":
            idv = gen_id(r, C, 1940, 2018, male)
            if zmode == "mask":
                row.append(
                    T(mask_id(r, idv) + ("%d%d" % (cats.index(cat[:2]) + 1, g) if r.random() < 0.5 else ""))
                )
            elif zmode == "full20":
                row.append(P("id_card", idv) + T("%d%d" % (cats.index(cat[:2]) + 1, g)))
            else:
                row.append(P("id_card", idv))
        row += [
            P("health", cat),
            P("health", gs),
            T(str(life) if life else "/"),
            T(str(care) if care else "/"),
            T(str(life + care)),
        ]
        rows.append(row)
    caps = [4, 10, 8, 6, 4] + ([None] if zmode != "none" else []) + [4 if suf else 4, 4, 8, 8, 10]
    b.t("\n")
    if mode == "layout":
        center = r.random() < 0.6
        per = r.randint(25, 40)
        for k in range(0, len(rows) - 1, per):
            chunk = [rows[0]] + rows[1 + k : 1 + k + per]
            render_layout(b, r, chunk, caps, center=center)
            b.t("\n" + " " * 30 + "第 %d 页，共 %d 页\n\x0c" % (k // per + 1, (len(rows) - 2) // per + 1))
    else:
        render_raw(b, r, rows, wrap_p=0.15)
    b.t(
        "\n本月共发放困难残疾人生活补贴%d元，重度残疾人护理补贴%d元。公示期为7天，如有异议请向%s反映。\n"
        % (tl, tn, dept)
    )
    b.t(
        "监督电话：%s   %s\n"
        % (
            office_phone(r, C),
            r.choice(["残疾人服务热线：12385", "民政服务热线：12349", "政务服务便民热线：12345"]),
        )
    )
    sign_off(r, b, C, dept, d)
    return b


DIAG = [
    "肺恶性肿瘤",
    "乳腺恶性肿瘤",
    "胃恶性肿瘤",
    "结肠恶性肿瘤",
    "慢性肾功能衰竭（尿毒症期）",
    "急性心肌梗死",
    "脑梗死",
    "脑出血",
    "2型糖尿病伴多个并发症",
    "肝硬化失代偿期",
    "急性髓系白血病",
    "再生障碍性贫血",
    "系统性红斑狼疮",
    "股骨颈骨折",
    "重症肺炎",
    "耐多药肺结核",
    "精神分裂症",
    "冠状动脉粥样硬化性心脏病",
    "食管恶性肿瘤",
    "宫颈恶性肿瘤",
    "终末期肾病维持性血液透析",
    "鼻咽恶性肿瘤",
    "肝恶性肿瘤",
    "重度颅脑损伤",
    "先天性心脏病（室间隔缺损）",
]
DIAG_X = {"sf": ["肝包虫病", "肺包虫病"], "yc": ["鼻咽恶性肿瘤"], "ls": ["地中海贫血"]}


def fam_dabing(r, C):
    b = B()
    d = date(r)
    dept = C["name"] + "医疗保障局"
    title = "%s%d年度城乡居民大病保险二次报销%s" % (
        C["name"],
        d[0] - 1,
        r.choice(["结果公示", "人员名单公示", "公示"]),
    )
    meta_block(r, b, C, dept, title, d)
    pr = Prose().t(
        "根据《%s城乡居民大病保险二次报销实施办法》（%s医保发〔%d〕%d号）规定，经个人申请、乡镇初审、县医保局审核，现将%d年度符合二次报销条件的参保人员名单予以公示，公示期为%d个工作日（%s至%s）。"
        % (
            C["name"],
            SHORT[C["key"]],
            d[0] - 1,
            r.randint(2, 40),
            d[0] - 1,
            r.choice([5, 7]),
            dstr(d),
            dstr((d[0], d[1], min(28, d[2] + 7))),
        )
    )
    emit_prose(b, r, pr)
    idm = r.choice(["mask", "mask", "full", "none"])
    hdr = (
        ["序号", "姓名", "性别", "年龄"]
        + ([] if idm == "none" else ["身份证号码"])
        + [
            "参保地",
            "疾病诊断",
            "就诊医院",
            "政策范围内费用",
            "基本医保已报销",
            "大病保险一次报销",
            "二次报销金额",
        ]
    )
    rows = [[T(h) for h in hdr]]
    for i in range(1, r.randint(9, 34)):
        nm, male = person(r, C)
        idv = gen_id(r, C, 1940, 2015, male)
        age = d[0] - int(idv[6:10])
        dg = r.choice(DIAG + DIAG_X.get(C["key"], []))
        if r.random() < 0.15:
            dg += r.choice(["；", "、", "，"]) + r.choice(["肺部感染", "高血压3级", "贫血", "低蛋白血症"])
        tot = r.randint(30000, 400000) + r.randint(0, 99) / 100
        row = [T(str(i)), P("name", nm), T("男" if male else "女"), T(str(age))]
        if idm == "mask":
            row.append(T(mask_id(r, idv)))
        elif idm == "full":
            row.append(P("id_card", idv))
        row += [
            T(r.choice(C["towns"]) + (r.choice(C["vill"]) if r.random() < 0.6 else "")),
            P("health", dg),
            T(r.choice(C["hosp"])),
            T("%.2f" % tot),
            T("%.2f" % (tot * 0.55)),
            T("%.2f" % (tot * 0.2)),
            T("%.2f" % (tot * r.uniform(0.03, 0.12))),
        ]
        rows.append(row)
    fmt = r.choice(["tab", "html", "csv", "lines"])
    if fmt == "tab":
        render_tab(b, rows)
    elif fmt == "csv":
        render_csv(b, rows)
    elif fmt == "lines":
        render_lines(b, rows, blank=r.random() < 0.5)
    else:
        for row in rows:
            b.t(r.choice(["", " ", "&nbsp;"]))
            for j, c in enumerate(row):
                if j:
                    b.t(r.choice([" ", "  ", " | ", "&nbsp;&nbsp;"]))
                b.segs(c)
            b.t("\n")
    b.t(
        "公示期间，如有异议，请以书面或电话形式向%s医疗保障局反映。\n联系电话：%s  地址：%s%s%d号  邮编：%s\n"
        % (C["name"], office_phone(r, C), C["seat"], r.choice(C["roads"]), r.randint(1, 300), C["post"])
    )
    sign_off(r, b, C, dept, d)
    if fmt == "html":
        b.t(
            "【打印本页】【关闭窗口】\n分享到：\n主办单位：%s人民政府办公室  网站标识码：%s%04d  %sICP备%08d号\n"
            % (C["name"], C["code"], r.randint(1, 9999), C["prov"][0], r.randint(10000000, 99999999))
        )
    return b


LAST_BIRTH = [None]


def ethnic(r, C, nm):
    if "·" in nm or "•" in nm:
        return "维吾尔"
    if C["eth"] == "mongol":
        return "蒙古" if (nm[0] not in SUR_COMMON or r.random() < 0.4) else "汉"
    if C["key"] == "fh":
        return r.choice(["苗", "苗", "土家", "汉"])
    if C["key"] == "ls":
        return r.choice(["苗", "苗", "苗", "汉", "水"])
    if C["key"] == "sf":
        return "汉"
    return "汉" if r.random() < 0.95 else "回"


def fam_shixin(r, C):
    b = B()
    d = date(r)
    title = "%s关于公布失信被执行人名单的公告" % C["court"]
    b.t(title + "\n")
    b.t("（%d）第%d期\n\n" % (d[0], r.randint(1, 12)))
    pr = Prose().t(
        "根据《最高人民法院关于公布失信被执行人名单信息的若干规定》，本院决定将下列拒不履行生效法律文书确定义务的被执行人纳入失信被执行人名单，依法对其进行信用惩戒。现予公布："
    )
    emit_prose(b, r, pr)
    mode = r.choice(["prose", "table", "prose", "layout"])
    n = r.randint(4, 14)
    rows = [
        [
            T(h)
            for h in [
                "序号",
                "被执行人姓名/名称",
                "性别",
                "身份证号码/组织机构代码",
                "住所地",
                "案号",
                "执行标的（元）",
                "失信情形",
            ]
        ]
    ]
    for i in range(1, n + 1):
        case = "（%d）%s执%d号" % (d[0] - r.randint(0, 2), C["cc"], r.randint(1, 2999))
        amt = "%d.%02d" % (r.randint(3000, 900000), r.randint(0, 99))
        sit = r.choice(
            [
                "有履行能力而拒不履行生效法律文书确定义务",
                "违反财产报告制度",
                "违反限制消费令",
                "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行",
            ]
        )
        if r.random() < 0.22:
            comp = (
                C["name"]
                + r.choice(["鑫达", "恒盛", "宏源", "金穗", "兴旺", "德润", "泰丰"])
                + r.choice(
                    [
                        "建材有限公司",
                        "农业开发有限公司",
                        "商贸有限责任公司",
                        "养殖专业合作社",
                        "建筑工程有限公司",
                    ]
                )
            )
            lr, _ = person(r, C)
            code = uscc(r, C["code"], r.choice(["91", "93", "92"]))
            if mode in ("prose",):
                pr = (
                    Prose()
                    .t(
                        "%d. 被执行人%s，统一社会信用代码%s，住所地%s%s%d号，法定代表人"
                        % (i, comp, code, C["seat"], r.choice(C["roads"]), r.randint(1, 300))
                    )
                    .p("name", lr)
                    .t("。案号%s，执行标的%s元，失信情形：%s。" % (case, amt, sit))
                )
                emit_prose(b, r, pr)
            else:
                rows.append(
                    [
                        T(str(i)),
                        T(comp + "（法定代表人：") + P("name", lr) + T("）"),
                        T("/"),
                        T(code),
                        T(C["seat"]),
                        T(case),
                        T(amt),
                        T(sit),
                    ]
                )
            continue
        nm, male = person(r, C)
        idkind = r.random()
        LAST_BIRTH[0] = None
        if idkind < (0.3 if C["key"] == "yc" else 0.03):
            k = r.choice(["passport", "hk_macau_permit", "tw_permit"])
            if k == "passport":
                v = "E" + serial(r, 8)
                lab = "护照号码"
            elif k == "hk_macau_permit":
                v = "C" + serial(r, 8)
                lab = "往来港澳通行证号码"
            else:
                v = "L" + serial(r, 8)
                lab = "往来台湾通行证号码"
            idseg = T(lab) + P(k, v)
            idcell = P(k, v)
        elif idkind < 0.45:
            idv = gen_id(r, C, 1950, 2000, male)
            LAST_BIRTH[0] = (int(idv[6:10]), int(idv[10:12]), int(idv[12:14]))
            idseg = T("公民身份号码") + T(mask_id(r, idv))
            idcell = T(mask_id(r, idv))
        elif idkind < 0.52:
            v = gen_id15(r, C, male)
            idseg = T("身份证号") + P("id_card_15", v)
            idcell = P("id_card_15", v)
        else:
            idv = gen_id(r, C, 1950, 2000, male)
            LAST_BIRTH[0] = (int(idv[6:10]), int(idv[10:12]), int(idv[12:14]))
            idseg = T(r.choice(["公民身份号码", "身份证号码：", "身份证号"])) + P("id_card", idv)
            idcell = P("id_card", idv)
        addr = home_addr(r, C)
        if mode == "prose":
            bd = LAST_BIRTH[0] or (r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28))
            pr = (
                Prose()
                .t("%d. 被执行人" % i)
                .p("name", nm)
                .t("，%s，%s出生，%s族，" % ("男" if male else "女", dstr(bd), ethnic(r, C, nm)))
            )
            pr.segs += idseg
            pr.t("，住").p("address", addr).t("。案号%s，执行标的%s元，失信情形：%s。" % (case, amt, sit))
            if r.random() < 0.25:
                if r.random() < 0.4:
                    pr.t("联系电话：").p("landline", fmt_landline(r, *gen_landline(r, C))).t("。")
                else:
                    pr.t("联系电话：").p("mobile", gen_mobile(r)).t("。")
            emit_prose(b, r, pr)
        else:
            village_only = r.random() < 0.3
            ac = T(r.choice(C["towns"]) + r.choice(C["vill"])) if village_only else P("address", addr)
            rows.append(
                [T(str(i)), P("name", nm), T("男" if male else "女"), idcell, ac, T(case), T(amt), T(sit)]
            )
    if mode == "table":
        render_tab(b, rows, sep=r.choice(["\t", "\t", " "]))
    elif mode == "layout":
        render_layout(b, r, rows, [4, 12, 4, None, 22, None, 12, 20], center=r.random() < 0.5)
    b.t(
        "\n请社会各界监督，如发现上述被执行人的财产线索，请及时向本院执行局举报。举报电话：%s，执行局%s法官。\n"
        % (office_phone(r, C), person(r, C)[0])
    )
    if r.random() < 0.5:
        b.t("诉讼服务热线：12368   法律援助热线：12348\n")
    sign_off(r, b, C, C["court"], d)
    return b


SCHOOLS = [
    "贵州大学",
    "湖南师范大学",
    "河北师范大学",
    "新疆大学",
    "喀什大学",
    "福建师范大学",
    "集美大学",
    "内蒙古民族大学",
    "吉首大学",
    "凯里学院",
    "河北农业大学",
    "中南民族大学",
    "西南大学",
    "华侨大学",
    "泉州师范学院",
    "黔南民族师范学院",
    "保定学院",
    "内蒙古大学",
]
MAJ = [
    "汉语言文学",
    "临床医学",
    "护理学",
    "会计学",
    "计算机科学与技术",
    "土木工程",
    "小学教育",
    "学前教育",
    "法学",
    "农学",
    "动物医学",
    "思想政治教育",
    "数学与应用数学",
    "财务管理",
    "行政管理",
]


def fam_zhaopin(r, C):
    b = B()
    d = date(r)
    kind = r.choice(["事业单位公开招聘", "引进高层次人才", "特岗教师招聘", "卫生专业技术人员招聘"])
    dept = C["name"] + r.choice(["人力资源和社会保障局", "委组织部", "教育局", "卫生健康局"])
    title = "%s%d年%s拟聘用人员公示" % (C["name"], d[0], kind)
    meta_block(r, b, C, dept, title, d)
    pr = Prose().t(
        "根据《事业单位公开招聘人员暂行规定》和《%s%d年%s公告》，经笔试、面试、资格复审、体检和考察等程序，确定"
        % (C["name"], d[0], kind)
    )
    pr.t(
        "以下人员为拟聘用人员，现予以公示。公示期为%s至%s（7个工作日）。"
        % (dstr(d), dstr((d[0], d[1], min(28, d[2] + 9))))
    )
    emit_prose(b, r, pr)
    tk = r.choice(["ticket10", "ticket18", "ticket13"])
    hdr = [
        "序号",
        "姓名",
        "性别",
        "出生年月",
        "学历",
        "毕业院校",
        "所学专业",
        "准考证号",
        "笔试成绩",
        "面试成绩",
        "综合成绩",
        "拟聘单位",
        "岗位代码",
    ]
    rows = [[T(h) for h in hdr]]
    for i in range(1, r.randint(5, 30)):
        nm, male = person(r, C)
        by = r.randint(1990, 2001)
        if tk == "ticket18":
            while True:
                s17 = "%s%d%02d%02d%03d" % (
                    C["code"],
                    d[0],
                    r.randint(5, 7),
                    r.randint(1, 28),
                    r.randint(1, 300),
                )
                c = id_check(s17)
                alt = [x for x in "0123456789" if x != c]
                tkt = s17 + r.choice(alt)
                break
        elif tk == "ticket13":
            tkt = serial(r, 13, "1" + C["code"][:4])
        else:
            tkt = serial(r, 10, str(d[0])[2:])
        w = round(r.uniform(55, 88), 1)
        m = round(r.uniform(65, 92), 2)
        namec = P("name", nm)
        if r.random() < 0.05:
            namec = T(mask_name(r, nm))
        rows.append(
            [
                T(str(i)),
                namec,
                T("男" if male else "女"),
                T("%d.%02d" % (by, r.randint(1, 12))),
                T(r.choice(["本科", "大学本科", "硕士研究生", "大专"])),
                T(r.choice(SCHOOLS)),
                T(r.choice(MAJ)),
                T(tkt),
                T(str(w)),
                T(str(m)),
                T("%.2f" % (w * 0.5 + m * 0.5)),
                T(
                    C["name"]
                    + r.choice(
                        [
                            "第一中学",
                            "人民医院",
                            "中医医院",
                            r.choice(C["towns"]) + "中心小学",
                            "农业技术推广中心",
                            r.choice(C["towns"]) + "卫生院",
                        ]
                    )
                ),
                T("%s%02d" % (str(d[0])[2:], r.randint(1, 60))),
            ]
        )
    fmt = r.choice(["tab", "lines", "layout", "csv"])
    if fmt == "tab":
        render_tab(b, rows)
    elif fmt == "lines":
        render_lines(b, rows)
    elif fmt == "csv":
        render_csv(b, rows)
    else:
        render_layout(b, r, rows, [4, 8, 4, 8, 8, 12, 12, None, 6, 6, 6, 14, 6], center=r.random() < 0.5)
    b.t(
        "\n公示期间，对拟聘用人员有异议的，可以书面或电话形式向%s反映。反映问题要实事求是，并提供联系方式。\n"
        % dept
    )
    b.t(
        "监督电话：%s（%s人社局）  %s（县纪委监委驻%s纪检监察组）\n"
        % (office_phone(r, C), C["name"], office_phone(r, C), r.choice(["人社局", "教育局", "卫健局"]))
    )
    if r.random() < 0.5:
        b.t(
            "联系人：%s老师  联系邮箱：%s%d@163.com\n"
            % (person(r, C)[0][0], r.choice(["rsj", "jyj", "wjj", "zzb"]) + C["key"], r.randint(100, 999))
        )
    if r.random() < 0.3:
        b.t("联系人：%s  手机：" % person(r, C)[0])
        b.p("mobile", gen_mobile(r))
        b.t("（工作日8:30-18:00）\n")
    if r.random() < 0.35:
        nm, _ = person(r, C)
        pr = (
            Prose()
            .t("另：原拟聘用人员")
            .p("name", nm)
            .t("（准考证号%s）因个人原因自愿放弃，按规定递补" % serial(r, 10, str(d[0])[2:]))
        )
        nm2, _ = person(r, C)
        pr.p("name", nm2).t("为拟聘用人员。")
        emit_prose(b, r, pr)
    sign_off(r, b, C, dept, d)
    return b


def fam_youfu(r, C):
    b = B()
    d = date(r)
    dept = C["name"] + "退役军人事务局"
    q = r.randint(1, 4)
    title = "%s%d年第%s季度重点优抚对象定期抚恤补助发放%s" % (
        C["name"],
        d[0],
        cn(q),
        r.choice(["公示", "花名册", "名单"]),
    )
    meta_block(r, b, C, dept, title, d)
    cats = [
        ("残疾军人", True),
        ("在乡复员军人", False),
        ("带病回乡退伍军人", False),
        ("参战参试退役人员", False),
        ("60周岁以上农村籍退役士兵", False),
        ("伤残人民警察", True),
    ]
    hdr = [
        "序号",
        "姓名",
        "性别",
        "身份证号码",
        "优抚对象类别",
        "伤残等级（性质）",
        "乡镇",
        "村（社区）",
        "年标准（元）",
        "本季度发放（元）",
        "发放账号",
    ]
    rows = [[T(h) for h in hdr]]
    acct_mode = r.choice(["full", "mask", "none"])
    for i in range(1, r.randint(8, 38)):
        nm, male = person(r, C, male=r.random() < 0.93)
        cat, dis = r.choice(cats)
        if r.random() < 0.18:
            idc = P("id_card_15", gen_id15(r, C, male))
        else:
            idv = gen_id(r, C, 1928, 1975, male)
            idc = P("id_card", idv) if r.random() < 0.75 else T(mask_id(r, idv))
        if dis:
            nat = r.choice(["因战", "因公", "因公", "因病"])
            lv = r.randint(1, 6) if nat == "因病" else r.randint(1, 10)
            lvs = nat + cn(lv) + "级"
            if r.random() < 0.3:
                dc = P("health", nat) + T("/") + P("health", cn(lv) + "级")
            else:
                dc = P("health", lvs)
        else:
            dc = T("/" if r.random() < 0.7 else "")
        std = r.choice([5616, 6480, 7440, 15960, 24120, 36360, 58000])
        if acct_mode == "full":
            ac = P("bank_card", gen_card(r, C))
        elif acct_mode == "mask":
            cd = gen_card(r, C)
            ac = T(cd[:4] + "*" * (len(cd) - 8) + cd[-4:])
        else:
            ac = T("")
        rows.append(
            [
                T(str(i)),
                P("name", nm),
                T("男" if male else "女"),
                idc,
                T(cat),
                dc,
                T(r.choice(C["towns"])),
                T(r.choice(C["vill"])),
                T(str(std)),
                T("%.2f" % (std / 4)),
                ac,
            ]
        )
    if acct_mode == "none":
        rows = [row[:-1] for row in rows]
    fmt = r.choice(["tab", "lines", "csv", "layout"])
    if fmt == "tab":
        render_tab(b, rows)
    elif fmt == "lines":
        render_lines(b, rows, blank=r.random() < 0.4)
    elif fmt == "csv":
        render_csv(b, rows)
    else:
        caps = [4, 6, 4, None, 10, 8, 10, 8, 8, 8, None][: len(rows[0])]
        render_layout(b, r, rows, caps, center=r.random() < 0.5)
    b.t("\n注：定期抚恤补助标准按照退役军人事务部、财政部最新文件执行，%d年1月1日起调整。\n" % d[0])
    b.t("如有异议，请在公示期内向%s优抚安置股反映，电话：%s。\n" % (dept, office_phone(r, C)))
    sign_off(r, b, C, dept, d)
    return b


ILLEG = [
    ("驾驶机动车违反道路交通信号灯通行的", "1625", 200, 6),
    ("机动车驾驶人未按规定使用安全带的", "6011", 50, 1),
    ("驾驶机动车在高速公路以外的道路上行驶超过规定时速20%以上未达到50%的", "1636", 200, 3),
    ("驾驶摩托车不戴安全头盔的", "3021", 20, 1),
    ("驾驶时拨打接听手持电话的", "1223", 50, 3),
    ("饮酒后驾驶机动车的", "1711", 1500, 12),
    ("机动车违反规定停放、临时停车，驾驶人不在现场，妨碍其他车辆、行人通行的", "1039", 100, 0),
]


def fam_jiaotong(r, C):
    b = B()
    d = date(r)
    brig = C["city"][:2] + ("州" if "州" in C["city"] else "") + "公安局交通警察支队" + C["name"] + "大队"
    brig = C["name"] + "公安局交通管理大队" if r.random() < 0.5 else brig
    if r.random() < 0.3:
        # 公告送达 list
        title = "%s公安交通管理行政处罚决定书公告送达%s" % (brig, r.choice(["公告", "名单"]))
        meta_block(r, b, C, brig, title, d)
        pr = Prose().t(
            "下列当事人因交通违法行为被我大队依法作出行政处罚决定，因无法直接送达，现依据《公安机关办理行政案件程序规定》予以公告送达。自公告之日起满六十日，视为送达。"
        )
        emit_prose(b, r, pr)
        rows = [
            [T(h) for h in ["序号", "当事人", "驾驶证号", "号牌号码", "决定书编号", "违法行为", "处罚内容"]]
        ]
        for i in range(1, r.randint(5, 25)):
            nm, male = person(r, C)
            il = r.choice(ILLEG)
            pl = gen_plate(r, C)
            plc = (
                P("license_plate", pl)
                if r.random() < 0.85
                else T(
                    pl[:3] + "·" + pl[-5:-3] + "***" if False else C["plate"] + "·" + pl[-5] + "***" + pl[-1]
                )
            )
            rows.append(
                [
                    T(str(i)),
                    P("name", nm),
                    P("id_card", gen_id(r, C, 1960, 2004, male)),
                    plc,
                    T(serial(r, 16, C["code"])),
                    T(il[0]),
                    T("罚款%d元%s" % (il[2], "，记%d分" % il[3] if il[3] else "")),
                ]
            )
        fmt = r.choice(["tab", "layout", "lines"])
        if fmt == "tab":
            render_tab(b, rows)
        elif fmt == "lines":
            render_lines(b, rows)
        else:
            render_layout(b, r, rows, [4, 8, None, None, None, 24, 14], center=r.random() < 0.5)
        b.t(
            "\n联系地址：%s%s%d号%s   咨询电话：%s\n"
            % (C["seat"], r.choice(C["roads"]), r.randint(1, 300), brig, office_phone(r, C))
        )
        sign_off(r, b, C, brig, d)
        return b
    ocrp = r.choice([0.0, 0.0, 0.05, 0.12])
    fwp = r.choice([0.0, 0.0, 0.3])
    simple = r.random() < 0.6
    nm, male = person(r, C)
    idv = gen_id(r, C, 1960, 2004, male)
    pl = gen_plate(r, C)
    il = r.choice(ILLEG)
    no = serial(r, 16, C["code"])

    def L(*items):
        for it in items:
            if isinstance(it, tuple):
                b.p(it[0], ocr(r, it[1], ocrp * 0.5, fwp) if it[0] != "name" else it[1])
            else:
                b.t(ocr(r, it, ocrp, 0))
        b.t("\n")

    L(brig)
    L("公安交通管理简易程序处罚决定书" if simple else "行政处罚决定书")
    L(
        "编号："
        + (no if simple else "%s公（交）行罚决字〔%d〕%d号" % (SHORT[C["key"]], d[0], r.randint(100, 9999)))
    )
    L("被处罚人：", ("name", nm), "  性别：", "男" if male else "女")
    if r.random() < 0.5:
        L("驾驶证号：", ("id_card", idv), "  档案编号：", serial(r, 12, C["code"][:4]))
    else:
        L("机动车驾驶证号（身份证明号码）：", ("id_card", idv))
    L(
        "准驾车型：",
        r.choice(["C1", "C2", "B2", "A2", "D", "E"]),
        "  发证机关：",
        C["prov"][:2] + "省公安厅交通警察总队" if "省" in C["prov"] else C["prov"][:2] + "公安厅交通管理局",
    )
    if not simple or r.random() < 0.4:
        L("住址：", ("address", home_addr(r, C)))
    if r.random() < 0.5:
        if r.random() < 0.2:
            L("联系电话：", ("landline", fmt_landline(r, *gen_landline(r, C))))
        else:
            L("联系电话：", ("mobile", gen_mobile(r)))
    L(
        "车辆牌号：",
        ("license_plate", pl),
        "  车辆类型：",
        r.choice(["小型轿车", "小型普通客车", "普通二轮摩托车", "重型半挂牵引车", "轻型普通货车"]),
    )
    loc = r.choice(
        [
            "G%d线%d公里+%d米"
            % (r.choice([207, 209, 314, 108, 324, 111]), r.randint(10, 2999), r.randint(0, 9) * 100),
            C["seat"] + r.choice(C["roads"]) + "与" + r.choice(C["roads"]) + "交叉口",
            C["seat"] + r.choice(C["roads"]) + "%d号路段" % r.randint(1, 300),
        ]
    )
    y, m, dd = d
    pr = Prose().t(
        "被处罚人于%d年%d月%d日%d时%d分，在%s实施%s（代码%s）的违法行为，违反了《中华人民共和国道路交通安全法》第%s条的规定。依据《中华人民共和国道路交通安全法》第%s条之规定，决定予以罚款%d元%s的处罚。"
        % (
            y,
            m,
            dd,
            r.randint(0, 23),
            r.randint(0, 59),
            loc,
            il[0],
            il[1],
            cn(r.randint(20, 56)),
            cn(r.randint(87, 99)),
            il[2],
            "，记%d分" % il[3] if il[3] else "",
        )
    )
    emit_prose(b, r, pr, mode=r.choice(["flat", "wrap"]), width=60)
    L(
        "持本决定书在十五日内到%s%s支行或通过网上缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"
        % (r.choice(["中国农业银行", "中国工商银行", "中国邮政储蓄银行"]), C["name"])
    )
    L(
        "如不服本决定，可以在收到本决定书之日起六十日内向%s人民政府申请行政复议；或者在六个月内依法向%s人民法院提起行政诉讼。"
        % (C["name"], C["name"])
    )
    L("交通警察：", person(r, C)[0], "  警号：", serial(r, 6, "0"))
    L("被处罚人签名：", ("name", nm) if r.random() < 0.5 else "（拒签）")
    L(dstr(d))
    return b


def fam_wangge(r, C):
    b = B()
    d = date(r)
    town = C["seat"] if r.random() < 0.6 else r.choice(C["towns"])
    comm = (
        r.choice(C["comms"]).replace("小区", "").replace("苑", "").replace("花园", "") + "社区"
        if r.random() < 0.6
        else r.choice(C["vill"])
    )
    ocrp = r.choice([0.0, 0.04, 0.1])
    fwp = r.choice([0.0, 0.0, 0.4, 1.0])
    spaced = r.random() < 0.3

    def mob():
        m = gen_mobile(r)
        if spaced and r.random() < 0.6:
            m = m[:3] + " " + m[3:7] + " " + m[7:]
        return ocr(r, m, 0, fwp)

    def L(*items):
        for it in items:
            if isinstance(it, tuple):
                b.p(it[0], it[1])
            else:
                b.t(ocr(r, it, ocrp, fwp))
        b.t("\n")

    L(r.choice(["%s%s网格化服务管理公示牌", "%s%s网格员信息公示", "%s%s“网格连心”服务牌"]) % (town, comm))
    if r.random() < 0.5:
        L("一张网格管到底  服务群众零距离")
    gz, _ = person(r, C)
    L("网格长：", gz, "（社区党支部书记）  电话：", ("mobile", mob()))
    if r.random() < 0.5:
        L("专职网格指导员：", person(r, C)[0], "（", town, "干部）  ", ("mobile", mob()))
    for g in range(1, r.randint(3, 9)):
        wy, _ = person(r, C)
        rng = r.choice(C["roads"]) + "%d-%d号" % (r.randint(1, 20), r.randint(21, 200))
        if r.random() < 0.5:
            rng += "、" + r.choice(C["comms"]) + "%d-%d栋" % (r.randint(1, 3), r.randint(4, 12))
        style = r.random()
        if style < 0.5:
            L(
                "第%s网格" % (cn(g) if r.random() < 0.5 else str(g)),
                "  网格员：",
                wy,
                "  联系电话：",
                ("mobile", mob()),
            )
            L("服务范围：", rng, "  户数：%d户  人口：%d人" % (r.randint(80, 400), r.randint(200, 1200)))
        else:
            L("%d号网格 | %s | " % (g, wy), ("mobile", mob()), " | ", rng)
    L("社区民警：", person(r, C)[0], "  警务室电话：", office_phone(r, C))
    L("社区服务站电话：", office_phone(r, C), "  服务时间：周一至周五 8:00-12:00 14:30-17:30")
    L("紧急求助：110  火警：119  急救：120  政务服务热线：12345")
    if r.random() < 0.3:
        L("网格职责：信息采集、矛盾排查、政策宣传、便民服务、安全巡查")
    L(dstr(d, r.choice([0, 2])))
    return b


PY = [
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "lin",
    "long",
    "shi",
    "pan",
    "bao",
    "bai",
    "tian",
    "ma",
    "gao",
    "zheng",
]


def private_email(r):
    v = r.random()
    if v < 0.45:
        return "%d@qq.com" % r.randint(10000000, 3999999999)
    dom = r.choice(["163.com", "126.com", "sina.com", "139.com", "foxmail.com"])
    return "%s%s%s@%s" % (
        r.choice(PY),
        r.choice(["", "_", ""]),
        r.choice([str(r.randint(60, 99)), r.choice(PY), str(r.randint(1000, 9999))]),
        dom,
    )


def fam_xinfang(r, C):
    b = B()
    d = date(r)
    org = C["name"] + r.choice(
        [
            "人民政府",
            "住房和城乡建设局",
            "自然资源局",
            "人力资源和社会保障局",
            r.choice(C["towns"]) + "人民政府",
            "农业农村局",
        ]
    )
    b.t(org + "\n信访事项%s\n" % r.choice(["处理意见书", "答复意见书", "复查意见书"]))
    b.t("%s信%s〔%d〕%d号\n\n" % (SHORT[C["key"]], r.choice(["复", "处", "答"]), d[0], r.randint(1, 300)))
    nm, male = person(r, C)
    pr = Prose()
    if r.random() < 0.85:
        pr.p("name", nm).t("：")
    else:
        pr.t(mask_name(r, nm) + "：")
    emit_prose(b, r, pr, mode="flat")
    d0 = (d[0], max(1, d[1] - 1), r.randint(1, 28))
    pr = Prose().t("你（")
    parts = []
    if C["key"] == "yc" and r.random() < 0.3:
        k = r.choice(["tw_permit", "hk_macau_permit", "passport"])
        if k == "tw_permit":
            parts.append(("台湾居民来往大陆通行证号码：", k, serial(r, 8, "0")))
        elif k == "hk_macau_permit":
            parts.append(("港澳居民来往内地通行证号码：", k, r.choice("HM") + serial(r, 10, "0")))
        else:
            parts.append(("护照号码：", k, "E" + serial(r, 8)))
    elif r.random() < 0.6:
        parts.append(("身份证号码：", "id_card", gen_id(r, C, 1950, 1998, male)))
    if r.random() < 0.8:
        parts.append(("住", "address", home_addr(r, C)))
    if r.random() < 0.7:
        if r.random() < 0.5:
            a, n_ = gen_landline(r, C)
            parts.append(("联系电话：", "landline", fmt_landline(r, a, n_)))
        else:
            parts.append(("联系电话：", "mobile", gen_mobile(r)))
    if r.random() < 0.2:
        parts.append(("电子邮箱：", "email", private_email(r)))
    if not parts:
        parts.append(("住", None, r.choice(C["towns"]) + r.choice(C["vill"])))
    for j, (lab, k, v) in enumerate(parts):
        if j:
            pr.t("，")
        pr.t(lab).p(k, v)
    pr.t("）于%s通过%s反映的" % (dstr(d0), r.choice(["来访", "来信", "网上信访", "12345热线转办"])))
    topic = r.choice(["宅基地", "工资", "低保", "征地", "噪音", "医疗"])
    third, _ = person(r, C)
    cadre, _ = person(r, C)
    if topic == "宅基地":
        pr.t("邻居").p("name", third).t("新建房屋侵占你家宅基地一事收悉。")
    elif topic == "工资":
        pr.t(
            "%s%s建筑工程有限公司拖欠你务工工资%d元一事收悉。"
            % (C["name"], r.choice(["鑫达", "宏源", "恒盛"]), r.randint(3000, 60000))
        )
    elif topic == "低保":
        ill = r.choice(["尿毒症", "肺癌", "脑梗死后遗症", "精神分裂症", "肢体残疾二级"])
        pr.t("你因本人患有").p("health", ill).t("、家庭生活困难，申请纳入最低生活保障一事收悉。")
    elif topic == "征地":
        pr.t("%s%s征地补偿款分配问题一事收悉。" % (r.choice(C["towns"]), r.choice(C["vill"])))
    elif topic == "噪音":
        pr.t("%s%s路段夜间施工噪音扰民一事收悉。" % (C["seat"], r.choice(C["roads"])))
    else:
        pr.t("你母亲").p("name", third).t("在%s住院期间诊疗费用报销问题一事收悉。" % r.choice(C["hosp"]))
    emit_prose(b, r, pr, mode=r.choice(["wrap", "wrap", "indent"]), width=r.randint(34, 42))
    pr = Prose().t(
        "经调查核实，%s组织%s、%s村支书%s等人员进行了实地调查，并查阅了相关档案资料。"
        % (org, r.choice(["信访办", "综治中心", "执法大队"]), r.choice(C["vill"]), cadre)
    )
    if topic == "医疗":
        pr.t("经核查，患者住院诊断为").p("health", r.choice(DIAG)).t("，相关费用已按政策予以报销。")
    elif topic == "宅基地" and r.random() < 0.6:
        pr.t("经测量，").p("name", third).t("新建房屋位于其本人宅基地范围内，未侵占你家宅基地。")
    else:
        pr.t("你反映的问题部分属实，现已责成相关单位于%s前处理完毕。" % dstr((d[0], min(12, d[1] + 1), d[2])))
    emit_prose(b, r, pr, mode=r.choice(["wrap", "indent"]), width=r.randint(34, 42))
    pr = Prose().t(
        "如对本处理意见不服，可自收到本意见书之日起30日内向%s人民政府（信访局）书面申请复查。复查机关地址：%s%s%d号，邮政编码%s，联系电话：%s。"
        % (C["name"], C["seat"], r.choice(C["roads"]), r.randint(1, 300), C["post"], office_phone(r, C))
    )
    if r.random() < 0.4:
        pr.t("电子信箱：%sxfj@163.com。" % C["key"])
    emit_prose(b, r, pr, mode=r.choice(["wrap", "indent"]), width=r.randint(34, 42))
    if r.random() < 0.3:
        pr = Prose().t("（本意见书同时抄送：%s）" % r.choice(["县信访局", "县纪委监委", "乡镇人民政府"]))
        emit_prose(b, r, pr, mode="flat")
    sign_off(r, b, C, org, d)
    return b


def fam_12345(r, C):
    b = B()
    d = date(r)
    b.t("首页 | 政务公开 | 互动交流 | 办事服务\n您当前的位置：首页 > 互动交流 > 12345热线\n")
    b.t(
        "%s12345政务服务便民热线%d年%d月%s\n"
        % (C["name"], d[0], d[1], r.choice(["典型工单摘编", "工单办理情况通报", "热点诉求摘编"]))
    )
    b.t(
        "发布时间：%s&nbsp;&nbsp;来源：%s政务服务中心&nbsp;&nbsp;【字体：大 中 小】\n"
        % (dstr(d, 1), C["name"])
    )
    nb = r.random() < 0.5
    for k in range(1, r.randint(4, 12)):
        nm, male = person(r, C)
        no = r.choice(
            [
                serial(r, 13, "%d%02d" % (d[0] % 100, d[1])),
                "GD" + serial(r, 14, str(d[0])),
                serial(r, 20, str(d[0])),
            ]
        )
        v = r.random()
        head = (
            "噪音扰民"
            if v < 0.3
            else "养老服务"
            if v < 0.45
            else "拖欠工资"
            if v < 0.6
            else "道路破损"
            if v < 0.8 or (v < 0.84 and C["key"] != "yc")
            else "证件办理"
            if v < 0.87
            else "民生诉求"
        )
        unit = {
            "噪音扰民": C["name"] + "城市管理综合执法局",
            "养老服务": C["name"] + "民政局",
            "拖欠工资": C["name"] + "人力资源和社会保障局",
            "道路破损": C["name"] + "交通运输局",
            "证件办理": C["name"] + "公安局出入境管理大队",
            "民生诉求": r.choice(C["towns"]) + "人民政府",
        }[head]
        b.t(("<p>" if r.random() < 0.1 else "") + "%s、%s\n" % (cn(k), head))
        sep = "&nbsp;" if nb else " "
        b.t(
            "工单编号："
            + no
            + sep * 2
            + "来电时间：%s %02d:%02d\n"
            % (dstr((d[0], d[1], r.randint(1, 28)), 1), r.randint(7, 22), r.randint(0, 59))
        )
        b.t("来电人：")
        cv = r.random()
        if cv < 0.6:
            b.t(nm[0] + ("先生" if male else "女士"))
        elif cv < 0.8:
            b.t(mask_name(r, nm))
        else:
            b.p("name", nm)
        b.t(sep * 2 + "来电号码：")
        mb = gen_mobile(r)
        if r.random() < 0.8:
            b.t(mask_mobile(mb))
        else:
            b.p("mobile", mb)
        b.t("\n诉求内容：")
        pr = Prose()
        if v < 0.3:
            pr.t("来电人反映，其居住在").p("address", urban_addr(r, C, 0.2)).t(
                "，楼下%s%s店（%s%d号）夜间经营噪音扰民，希望相关部门处理。"
                % (
                    r.choice(["老王", "阿杜", "兄弟", "川味"]),
                    r.choice(["烧烤", "KTV", "麻辣烫"]),
                    r.choice(C["roads"]),
                    r.randint(1, 300),
                )
            )
        elif v < 0.45:
            pr.t("市民反映其父亲").p("name", person(r, C)[0]).t("患有").p(
                "health", r.choice(["阿尔茨海默病", "脑梗死后遗症", "慢性阻塞性肺疾病", "帕金森病"])
            ).t("，长期卧床，咨询能否申请重度残疾人护理补贴及居家养老服务。")
        elif v < 0.6:
            pr.t(
                "来电人反映在%s%s工地务工，被拖欠工资%d元，请求协调。回访电话："
                % (r.choice(C["towns"]), r.choice(["安置房", "道路改造", "学校"]), r.randint(2000, 30000))
            )
            if r.random() < 0.35:
                pr.p("landline", fmt_landline(r, *gen_landline(r, C)))
            else:
                pr.p("mobile", gen_mobile(r))
            pr.t("。")
            if r.random() < 0.3:
                pr.t("相关材料已发送至来电人邮箱").p("email", private_email(r)).t("。")
        elif v < 0.8 or (v < 0.84 and C["key"] != "yc"):
            pr.t(
                "来电人反映%s%s道路破损严重，雨天积水，出行不便。"
                % (r.choice(C["towns"]), r.choice(C["vill"]))
            )
        elif v < 0.87:
            k = r.choice(["hk_macau_permit", "hk_macau_permit", "passport", "tw_permit"])
            lab = {
                "hk_macau_permit": "往来港澳通行证",
                "passport": "普通护照",
                "tw_permit": "往来台湾通行证",
            }[k]
            val = {
                "hk_macau_permit": "C" + serial(r, 8),
                "passport": "E" + serial(r, 8),
                "tw_permit": "L" + serial(r, 8),
            }[k]
            pr.t("来电人咨询其%s（证件号码" % lab).p(k, val).t(
                "）补办进度，称已于%d月在%s出入境接待大厅提交材料，至今未收到。"
                % (max(1, d[1] - 1), C["name"])
            )
        else:
            pr.t("来电人反映家住").p("address", rural_addr(r, C, 0.1, 0.9)).t("，").t(
                "家中%s，要求核实。" % r.choice(["自来水浑浊", "低保停发", "电压不稳", "子女入学未分配学位"])
            )
        b.segs(pr.segs)
        b.t("\n承办单位：%s\n" % unit)
        b.t(
            "办理结果：经%s工作人员%s现场核实，%s。已电话回复来电人，来电人%s。\n"
            % (
                r.choice(["社区", "执法大队", "镇政府"]),
                person(r, C)[0],
                r.choice(["问题已解决", "已责令整改", "已协调企业支付", "已纳入维修计划", "已按政策答复"]),
                r.choice(["表示满意", "表示基本满意", "表示认可"]),
            )
        )
        b.t(r.choice(["", "&nbsp;\n", "\n"]))
    b.t(
        "如有诉求请拨打12345热线或登录%s人民政府门户网站“%s”栏目反映。\n"
        % (C["name"], r.choice(["书记信箱", "县长信箱", "旗长信箱", "12345在线"]))
    )
    b.t(
        "【打印本页】 【关闭窗口】\n网站标识码：%s%04d  %sICP备%08d号  %s公网安备 %s号\n"
        % (
            C["code"],
            r.randint(1, 9999),
            C["prov"][0],
            r.randint(10000000, 99999999),
            C["prov"][0],
            serial(r, 14, C["code"][:2]),
        )
    )
    return b


FAMILIES = [
    ("耕地地力保护补贴发放清册", fam_gengdi),
    ("残疾人两项补贴月度公示", fam_canji),
    ("城乡居民大病保险二次报销公示", fam_dabing),
    ("失信被执行人名单", fam_shixin),
    ("事业单位招聘拟聘用人员公示", fam_zhaopin),
    ("退役军人优抚对象定期抚恤补助", fam_youfu),
    ("道路交通违法处罚决定书", fam_jiaotong),
    ("社区网格员信息公示牌", fam_wangge),
    ("信访事项答复意见书", fam_xinfang),
    ("12345热线工单摘编", fam_12345),
]


# ----------------------------------------------------------------------------
# checking
# ----------------------------------------------------------------------------
def norm(s):
    return "".join(unicodedata.normalize("NFKC", c) for c in s if not c.isspace())


def valid_id18(v):
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    if v[:6] not in KNOWN_CODES:
        return False
    if not real_date(int(v[6:10]), int(v[10:12]), int(v[12:14])):
        return False
    return id_check(v[:17]) == v[17]


def valid_card(v):
    return bool(re.fullmatch(r"\d{16,19}", v)) and luhn_ok(v) and any(v.startswith(x) for x in ALL_BINS)


def unlabelled_hit(s):
    """used for near-miss generation: a digit string that a strict detector would
    legitimately flag (valid ID, BIN+Luhn card, mobile)."""
    if len(s) == 18 and valid_id18(s):
        return True
    if 16 <= len(s) <= 19 and valid_card(s):
        return True
    if len(s) == 11 and re.fullmatch(r"1[3-9]\d{9}", s):
        return True
    return False


PLATE_RE = re.compile(r"^(%s)[A-Z0-9]{5,6}$" % "|".join(re.escape(p) for p in PLATE_PREFIXES))


def check_span(kind, raw):
    v = norm(raw)
    if kind == "id_card":
        return valid_id18(v)
    if kind == "id_card_15":
        return (
            bool(re.fullmatch(r"\d{15}", v))
            and v[:6] in KNOWN_CODES
            and real_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
        )
    if kind == "bank_card":
        return valid_card(v)
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", v))
    if kind == "landline":
        return bool(re.fullmatch(r"0\d{2,3}-?\d{7,8}", v))
    if kind == "license_plate":
        return bool(PLATE_RE.match(v.replace("·", "")))
    if kind == "email":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v))
    if kind == "passport":
        return bool(re.fullmatch(r"[EGDSP][A-Z]?\d{7,8}", v))
    if kind == "hk_macau_permit":
        return bool(re.fullmatch(r"[CHM][A-Z]?\d{7,10}", v))
    if kind == "tw_permit":
        return bool(re.fullmatch(r"(L|T)?\d{8,10}", v))
    if kind == "address":
        return len(v) >= 2 and not re.search(r"\*", v)
    if kind == "name":
        return 1 <= len(v) <= 20 and not re.search(r"[\d*]", v)
    if kind == "health":
        return len(v) >= 1
    return False


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


def check_file(path):
    probs = 0
    counts = {k: 0 for k in KINDS}
    fams = {}
    ndoc = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            ndoc += 1
            try:
                o = json.loads(line)
            except Exception as e:
                print("line %d: bad json %s" % (ln, e))
                probs += 1
                continue
            t = o["text"]
            fams[o["type"]] = fams.get(o["type"], 0) + 1
            prev = 0
            covered = []
            for sp in o["spans"]:
                k, s, e = sp["kind"], sp["start"], sp["end"]
                bad = None
                if k not in counts:
                    bad = "unknown kind"
                elif not (0 <= s < e <= len(t)):
                    bad = "offsets out of range"
                elif s < prev:
                    bad = "unsorted/overlap"
                elif t[s].isspace() or t[e - 1].isspace():
                    bad = "span starts/ends on space"
                elif not check_span(k, t[s:e]):
                    bad = "value fails validation"
                if bad:
                    print("doc %d: %s %s %r" % (ln, bad, k, t[max(0, s) : e][:60]))
                    probs += 1
                else:
                    counts[k] += 1
                    covered.append((s, e))
                prev = max(prev, e)
            # unlabelled look-alikes that a strict checksum detector would flag
            for m in re.finditer(r"(?<![\dA-Za-z])(\d{17}[\dX]|\d{16,19}|1[3-9]\d{9})(?![\dA-Za-z])", t):
                if unlabelled_hit(m.group(1)) and not any(
                    a <= m.start() and m.end() <= b_ for a, b_ in covered
                ):
                    print("doc %d: unlabelled look-alike %r" % (ln, m.group(1)))
                    probs += 1
    print("documents: %d" % ndoc)
    for k in KINDS:
        print("  %-16s %d" % (k, counts[k]))
    print("families:")
    for k in sorted(fams):
        print("  %s %d" % (k, fams[k]))
    print("problems: %d" % probs)
    return 1 if probs else 0


# ----------------------------------------------------------------------------
COUNTY_OF = []


def generate(ndocs, seed):
    out = []
    del COUNTY_OF[:]
    _EID[0] = 0
    for i in range(ndocs):
        r = random.Random(seed * 1000003 + i * 7919)
        fname, fn = FAMILIES[i % len(FAMILIES)]
        C = COUNTIES[r.randrange(len(COUNTIES))] if i % 3 else COUNTIES[(i // 10) % len(COUNTIES)]
        b = fn(r, C)
        spans = sorted(b.spans, key=lambda x: x[1])
        out.append(
            {
                "type": fname,
                "text": b.text(),
                "spans": [{"kind": k, "start": s, "end": e} for k, s, e in spans],
            }
        )
        COUNTY_OF.append(C["name"])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=257)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        doc = __doc__
        print(doc[doc.index("DECISIONS") :].rstrip())
        return 0
    if a.check:
        return check_file(a.check)
    docs = generate(a.docs, a.seed)
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
    else:
        sys.stdout.write(data)
    if a.stats:
        kc = {}
        fc = {}
        cc = {}
        for d, cname in zip(docs, COUNTY_OF):
            cc[cname] = cc.get(cname, 0) + 1
            fc[d["type"]] = fc.get(d["type"], 0) + 1
            for s in d["spans"]:
                kc[s["kind"]] = kc.get(s["kind"], 0) + 1
        print(
            "docs %d  bytes %d  spans %d" % (len(docs), len(data.encode("utf-8")), sum(kc.values())),
            file=sys.stderr,
        )
        for k in KINDS:
            print("  %-16s %d" % (k, kc.get(k, 0)), file=sys.stderr)
        for k in sorted(fc):
            print("  %s %d" % (k, fc[k]), file=sys.stderr)
        for k in sorted(cc):
            print("  %s %d" % (k, cc[k]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
