#!/usr/bin/env python3
# ruff: noqa: B905, C408, E501, E741, F841, RUF005, RUF021, SIM110, SIM115, UP031
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout41 -- blind labelled evaluation set for a PII detector on Chinese
government-disclosure (政务公开) documents.

Usage:
    python holdout41.py --docs 400 --seed 191 -o out.jsonl [--stats]
    python holdout41.py --decisions

Each output line: {"type": "family.subkind[.pdf]", "text": ..., "spans": [...]}
with spans {"kind", "start", "end", "text"} (Python str offsets).

Families: 依申请公开答复书/补正告知书, 行政复议决定书, 12345热线工单, 信访答复意见书,
低保/特困审批表, 动态管理台账, 孕前检查名单, 行政处罚决定书/告知书, 公示名单
(临时救助/危房改造/公益性岗位), 申请表 (临时救助/残疾人证), 会议纪要 (低保评审会/
村民代表会议).  Regions: 日喀则桑珠孜区, 梅州大埔县, 保定阜平县, 吴忠利通区,
十堰郧西县, 甘孜康定市.  About a quarter of the documents are "PDF text extraction"
variants (hard-wrapped, page numbers/running titles, U+3000-spaced names).

Standard library only; output is deterministic for a given seed.

DECISIONS
D1. A name is labelled (kind name) for every natural person who is not acting for an agency: applicants, petitioners, callers, 当事人 (including 个体工商户 operators), 法定代表人 of a penalised company, 委托代理人 (relatives and lawyers alike), household members, recipients, couples in 孕前检查 lists, family contacts, villagers who speak or sign in minutes.
D2. Officials and staff acting for an agency are never labelled: 经办人, 承办人, 审核人, 执法人员 (with their 执法证号), 复议机关负责人, meeting hosts/recorders, 村委会主任/村支书/驻村干部 speaking in their role, signatories of the agency; their office phones and gov.cn mailboxes are not labelled either.
D3. Masked values (张某, 李*, 马**, 138****1234, 5402**********123X, 6228 **** **** 1234) are never labelled, nor are partially masked names or surname-only references (马女士, 张先生).
D4. address = a private person's home/户籍/居住 address only when it reaches 号/栋/单元/室/组 level; the span runs from the first administrative unit written (province, city, county or township) to the end of the house-level part. Agency, company, shop and 经营场所 addresses, and bare village/township names, are not labelled.
D5. mobile spans include a written +86 / 0086 / +86- prefix; internal spaces or dashes (138 1234 5678, 138-1234-5678) stay inside the span. landline spans include the area code and a written (0xxx) form; only private (home) landlines are labelled; office lines, hotlines (12345, 12315, 0953-12345) and extensions of office lines are not.
D6. bank_card = a personal account/card number (16-19 digits, Luhn-valid, real issuer BIN), spaced or not; the bank name (开户银行) is not part of the span and is not labelled. Order, transaction, 工单 and 流水 numbers (no issuer prefix, sometimes Luhn-valid) are not labelled.
D7. id_card spans cover the 18 characters (written 6-8-4 with spaces when the source did so); id_card_15 covers 15-digit first-generation numbers. Historic county codes that really existed (日喀则市 542301, 康定县 513321) count as known region codes and are labelled.
D8. health = a specific illness or disability status attached to a person: diagnoses (尿毒症, 包虫病, 乙肝表面抗原阳性 ...), disability category and/or grade (肢体残疾二级; in a split form both the category value and the grade value), and hardship causes that reveal illness/disability (因病, 因残, 因病致贫, 残疾人, 重病). Non-health hardship causes (因学, 因灾, 缺劳力, 零就业家庭, 4050人员) and neutral statuses (健康, 良好, 未见异常, 正常) are not labelled.
D9. Birth dates, ages, gender, 民族, household size, relationship words (户主, 配偶, 之子), amounts, dates, postcodes and village group numbers on their own are not labelled.
D10. 统一社会信用代码 (GB 32100-valid, also of 个体工商户), 文号, 索引号, case numbers, 工单编号, order numbers, 执法证号, 受理编号, 缴款识别码 and 20-digit agency (对公/非税) accounts are not labelled; license_plate is labelled for vehicles of private persons (当事人, applicants' household vehicles, 残疾人专用车).
D11. In PDF-extraction variants a two-character name spaced with U+3000 (张　伟) is labelled as one name span including the U+3000; hard wraps never split a span except an address, whose span then contains the newline.
D12. passport / hk_macau_permit / tw_permit numbers of private persons are labelled (E/G-series passports, C-series 港澳通行证, L-series 台湾通行证); the document type word is not part of the span.
D13. email is labelled for private mailboxes (qq.com, 163.com, 126.com, ...); mailboxes under gov.cn or of an agency are not.
D14. Place names that contain surnames (马莲渠乡, 郭家桥乡, 杨家湾村, 丁家寨) are never names; a person's name is labelled at each occurrence in the text.
"""

import argparse
import json
import random
import re
import sys
from datetime import date, timedelta

# ---------------------------------------------------------------------------
# Region data
# ---------------------------------------------------------------------------

REGIONS = {
    "szz": dict(
        prov="西藏自治区",
        city="日喀则市",
        county="桑珠孜区",
        code="540202",
        old_codes=["542301"],
        area="0892",
        plate="藏D",
        post="857000",
        towns=[
            "城南街道",
            "城北街道",
            "东城街道",
            "甲措雄乡",
            "江当乡",
            "聂日雄乡",
            "年木乡",
            "曲美乡",
            "东嘎乡",
            "边雄乡",
            "纳尔乡",
        ],
        villages=[
            "夏鲁村",
            "嘎东村",
            "曲美村",
            "江当村",
            "达那村",
            "强庆村",
            "仁布村",
            "帕热村",
            "甲措雄村",
            "德庆村",
        ],
        roads=[
            "珠峰路",
            "上海中路",
            "青岛路",
            "山东路",
            "黑龙江路",
            "吉林南路",
            "贡觉林路",
            "雪强路",
            "德勒路",
        ],
        estates=["扎什伦布小区", "雪强小区", "城南安居园", "吉祥苑", "珠峰家园"],
        agency_road="上海中路",
        style="tibet",
        bank="中国农业银行日喀则分行",
    ),
    "dp": dict(
        prov="广东省",
        city="梅州市",
        county="大埔县",
        code="441422",
        old_codes=[],
        area="0753",
        plate="粤M",
        post="514200",
        towns=[
            "湖寮镇",
            "茶阳镇",
            "高陂镇",
            "百侯镇",
            "三河镇",
            "大麻镇",
            "枫朗镇",
            "光德镇",
            "桃源镇",
            "西河镇",
            "青溪镇",
            "洲瑞镇",
            "银江镇",
            "大东镇",
        ],
        villages=[
            "黎家坪村",
            "侯南村",
            "坪山村",
            "双溪村",
            "大宁村",
            "古村村",
            "莒村村",
            "福岭村",
            "白石村",
            "漳溪村",
            "罗屋村",
            "何家村",
        ],
        roads=["同仁路", "城南路", "虎山路", "文化路", "新城大道", "城中路", "人民路"],
        estates=["东湖花园", "虎山新村", "侨兴花园", "同仁小区", "碧桂园"],
        agency_road="同仁路",
        style="hakka",
        bank="广东大埔农村商业银行",
    ),
    "fp": dict(
        prov="河北省",
        city="保定市",
        county="阜平县",
        code="130624",
        old_codes=[],
        area="0312",
        plate="冀F",
        post="073200",
        towns=[
            "阜平镇",
            "龙泉关镇",
            "平阳镇",
            "城南庄镇",
            "天生桥镇",
            "王林口乡",
            "台峪乡",
            "大台乡",
            "史家寨乡",
            "砂窝乡",
            "吴王口乡",
            "夏庄乡",
            "北果园镇",
        ],
        villages=[
            "骆驼湾村",
            "顾家台村",
            "罗峪村",
            "王家沟村",
            "张家庄村",
            "李家庄村",
            "龙王庙村",
            "北庄村",
            "麻棚村",
            "楼房村",
        ],
        roads=["中华路", "阜康路", "东环路", "城西路", "兴华街", "迎宾路"],
        estates=["阜康小区", "温泉小区", "城南新区", "嘉和苑", "龙泉小区"],
        agency_road="中华路",
        style="north",
        bank="阜平县农村信用合作联社",
    ),
    "lt": dict(
        prov="宁夏回族自治区",
        city="吴忠市",
        county="利通区",
        code="640302",
        old_codes=[],
        area="0953",
        plate="宁C",
        post="751100",
        towns=[
            "胜利镇",
            "金积镇",
            "金银滩镇",
            "高闸镇",
            "扁担沟镇",
            "上桥镇",
            "古城镇",
            "东塔寺乡",
            "板桥乡",
            "马莲渠乡",
            "郭家桥乡",
            "朝阳街道",
            "裕民街道",
        ],
        villages=[
            "马家湾村",
            "杨家湖村",
            "丁家湾村",
            "早元村",
            "秦坝关村",
            "涝河桥村",
            "新华桥村",
            "清宁河村",
            "巴浪湖村",
            "柳条湾村",
        ],
        roads=["明珠路", "利宁街", "开元大道", "朝阳街", "文卫路", "裕民街", "世纪大道"],
        estates=["盛元广场", "新时代小区", "朝阳小区", "金水花园", "东方家园"],
        agency_road="开元大道",
        style="hui",
        bank="宁夏黄河农村商业银行",
    ),
    "yx": dict(
        prov="湖北省",
        city="十堰市",
        county="郧西县",
        code="420322",
        old_codes=[],
        area="0719",
        plate="鄂C",
        post="442600",
        towns=[
            "城关镇",
            "土门镇",
            "上津镇",
            "店子镇",
            "夹河镇",
            "羊尾镇",
            "观音镇",
            "马安镇",
            "河夹镇",
            "香口乡",
            "六郎乡",
            "景阳乡",
            "关防乡",
            "湖北口回族乡",
            "安家乡",
            "涧池乡",
        ],
        villages=[
            "上津村",
            "鲍家店村",
            "黄龙村",
            "柯家湾村",
            "向家岭村",
            "程家河村",
            "桂花村",
            "泥河口村",
            "石门村",
            "杨家院村",
        ],
        roads=["天河大道", "金门街", "金州路", "秦楚路", "学府路", "银河路"],
        estates=["天河国际", "金门小区", "银河苑", "秦楚家园", "学府华庭"],
        agency_road="天河大道",
        style="central",
        bank="湖北郧西农村商业银行",
    ),
    "kd": dict(
        prov="四川省",
        city="甘孜藏族自治州",
        county="康定市",
        code="513301",
        old_codes=["513321"],
        area="0836",
        plate="川V",
        post="626000",
        towns=[
            "炉城镇",
            "姑咱镇",
            "新都桥镇",
            "塔公镇",
            "沙德镇",
            "金汤镇",
            "孔玉乡",
            "捧塔乡",
            "麦崩乡",
            "三合乡",
            "呷巴乡",
            "甲根坝乡",
            "朋布西乡",
            "瓦泽乡",
            "雅拉乡",
            "前溪乡",
        ],
        villages=[
            "营官村",
            "头道桥村",
            "瓦斯沟村",
            "日地村",
            "榆林村",
            "塔公村",
            "章古村",
            "菩提村",
            "水桥村",
            "色龙村",
        ],
        roads=["向阳街", "光明路", "团结路", "滨河路", "新市前街", "榆林大道", "子耳路"],
        estates=["榆林新区", "情歌花园", "跑马山小区", "阳光嘉苑", "炉城家园"],
        agency_road="光明路",
        style="kham",
        bank="四川康定农村商业银行",
    ),
}
REGION_KEYS = list(REGIONS)

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

TIB_PARTS_M = [
    "次仁",
    "多吉",
    "扎西",
    "平措",
    "旦增",
    "达瓦",
    "尼玛",
    "索朗",
    "边巴",
    "巴桑",
    "顿珠",
    "罗布",
    "米玛",
    "普布",
    "次旦",
    "格桑",
    "群培",
    "仁青",
    "加措",
    "洛桑",
    "强巴",
    "白玛",
    "晋美",
    "土登",
    "贡嘎",
]
TIB_PARTS_F = [
    "卓玛",
    "央金",
    "拉姆",
    "德吉",
    "卓嘎",
    "曲珍",
    "桑姆",
    "普赤",
    "玉珍",
    "次珍",
    "旺姆",
    "央宗",
    "仓决",
    "白珍",
    "措姆",
]
KHAM_PARTS_M = [
    "泽仁",
    "降措",
    "洛绒",
    "呷绒",
    "贡布",
    "四郎",
    "益西",
    "曲批",
    "格绒",
    "根秋",
    "阿初",
    "邓珠",
    "泽翁",
    "彭措",
    "昂旺",
    "登巴",
    "多吉",
    "扎西",
]
KHAM_PARTS_F = ["翁姆", "拥措", "志玛", "卓玛", "拉姆", "央宗", "曲措", "格西", "泽姆", "邓姆"]

SURNAMES = {
    "hakka": list("张杨罗何邱萧钟温黄李刘丘饶蓝邹江谢曾廖范吴"),
    "north": list("王李张刘赵郭陈杨曹韩齐顾苏孙高崔魏"),
    "hui": list("马马马杨丁撒海纳金穆冶哈拜余李王"),
    "central": list("陈王张刘李程周胡向柯余吴徐黄鲍汪"),
    "han_kd": list("杨李王张罗刘何陈高周"),
}
GIVEN_M = [
    "伟强",
    "嘉豪",
    "振华",
    "文辉",
    "建国",
    "国强",
    "海涛",
    "志刚",
    "德华",
    "光明",
    "显兵",
    "兴旺",
    "学明",
    "文忠",
    "海军",
    "富贵",
    "耀武",
    "永福",
    "俊杰",
    "春生",
    "锦松",
    "荣生",
    "占奎",
    "有福",
    "成林",
    "保平",
    "宏伟",
    "家旺",
    "晓东",
    "玉林",
    "福",
]
GIVEN_F = [
    "秀英",
    "丽珍",
    "碧云",
    "梅兰",
    "玉芬",
    "秀芝",
    "小红",
    "春梅",
    "玉兰",
    "秀兰",
    "梅花",
    "玉梅",
    "桂英",
    "凤霞",
    "雪莲",
    "艳萍",
    "金凤",
    "翠花",
    "海燕",
    "丽娟",
    "淑珍",
    "萍",
]
HUI_GIVEN_EXTRA = {False: ["尔撒", "木沙", "伊布拉", "尔德"], True: ["法图麦", "阿依舍", "海迪彻", "麦燕"]}


def person_name(rng, style, female):
    if style == "tibet" or (style == "kham" and rng.random() < 0.7):
        pm, pf = (TIB_PARTS_M, TIB_PARTS_F) if style == "tibet" else (KHAM_PARTS_M, KHAM_PARTS_F)
        parts = pf if female else pm
        r = rng.random()
        if r < 0.25:
            return rng.choice(parts)
        a = rng.choice(pm + pf if r < 0.5 else pm)
        b = rng.choice(parts)
        if a == b:
            b = rng.choice(parts)
            if a == b:
                return a
        return a + b
    sty = "han_kd" if style == "kham" else style
    sur = rng.choice(SURNAMES[sty])
    pool = GIVEN_F if female else GIVEN_M
    if style == "hui" and rng.random() < 0.15:
        g = rng.choice(HUI_GIVEN_EXTRA[bool(female)])
    else:
        g = rng.choice(pool)
        if len(g) == 2 and rng.random() < 0.2:
            g = g[0]
    return sur + g


OFFICIAL_NAMES = [
    "王建军",
    "李红梅",
    "张海峰",
    "刘志勇",
    "陈晓燕",
    "杨立新",
    "赵文静",
    "周明亮",
    "马玉宝",
    "丁学勤",
    "旦增平措",
    "次仁央宗",
    "罗建英",
    "钟宏伟",
    "郭靖宇",
    "胡春华",
    "余海洋",
    "泽仁拉姆",
    "黄丽萍",
    "孙国庆",
    "何少华",
    "白玛次仁",
]

# ---------------------------------------------------------------------------
# Checksums and validators
# ---------------------------------------------------------------------------

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
    "71",
    "81",
    "82",
}


def id_check(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def valid_date(y, m, d):
    try:
        date(y, m, d)
        return 1900 <= y <= 2024
    except ValueError:
        return False


def looks_like_id18(s):
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[:2] not in PROVINCES:
        return False
    if not valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return id_check(s[:17]) == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d


def issuer_prefix(s):
    return s[0] in "3456"  # conservative: UnionPay 62, Visa 4, MC 5, JCB/Amex 3


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(rng):
    while True:
        body = "".join(
            rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i < 2 and rng.random() < 0.5 else "0123456789")
            for i in range(8)
        )
        vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
        c9 = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
        ch = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
        return body + ch


def credit_code(rng, region, kind="11"):
    s17 = kind + region["code"] + org_code(rng)
    tot = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W))
    return s17 + CC_CHARS[(31 - tot % 31) % 31]


# ---------------------------------------------------------------------------
# PII value generators
# ---------------------------------------------------------------------------


def rand_birth(rng, lo=1940, hi=2004):
    d0 = date(lo, 1, 1)
    d1 = date(hi, 12, 31)
    return d0 + timedelta(days=rng.randrange((d1 - d0).days))


def gen_id18(rng, region, birth, female):
    code = region["code"]
    if region["old_codes"] and birth.year < 2012 and rng.random() < 0.3:
        code = rng.choice(region["old_codes"])
    seq = rng.randrange(0, 100) * 10 + rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    s17 = code + birth.strftime("%Y%m%d") + "%03d" % seq
    return s17 + id_check(s17)


def gen_id15(rng, region, birth, female):
    code = region["old_codes"][0] if region["old_codes"] else region["code"]
    seq = rng.randrange(0, 100) * 10 + rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    return code + birth.strftime("%y%m%d") + "%03d" % seq


MOBILE_PFX = [
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


def gen_mobile_digits(rng):
    return rng.choice(MOBILE_PFX) + "%08d" % rng.randrange(10**8)


def fmt_mobile(rng, m, allow_fancy=True):
    if not allow_fancy:
        return m
    r = rng.random()
    if r < 0.70:
        return m
    if r < 0.78:
        return "%s-%s-%s" % (m[:3], m[3:7], m[7:])
    if r < 0.86:
        return "%s %s %s" % (m[:3], m[3:7], m[7:])
    if r < 0.94:
        return "+86 " + m if rng.random() < 0.5 else "+86-" + m
    return "+86" + m if rng.random() < 0.5 else "0086-" + m


def gen_landline(rng, region, fancy=True):
    local = str(rng.randrange(2, 9)) + "%06d" % rng.randrange(10**6)
    a = region["area"]
    r = rng.random() if fancy else 0
    if r < 0.6:
        return "%s-%s" % (a, local)
    if r < 0.75:
        return "(%s)%s" % (a, local)
    if r < 0.85:
        return "%s %s" % (a, local)
    if r < 0.93:
        return "（%s）%s" % (a, local)
    return "+86-%s-%s" % (a[1:], local)


def office_phone(rng, region):
    local = str(rng.choice([2, 3, 5, 6, 8])) + "%06d" % rng.randrange(10**6)
    a = region["area"]
    r = rng.random()
    if r < 0.5:
        return "%s-%s" % (a, local)
    if r < 0.7:
        return "%s-%s转%d" % (a, local, rng.randrange(800, 8999))
    if r < 0.85:
        return "（%s）%s" % (a, local)
    return "%s-12345" % a


BINS = [
    ("中国农业银行", "622848", 19),
    ("中国农业银行", "622845", 19),
    ("中国建设银行", "621700", 19),
    ("中国建设银行", "622700", 19),
    ("中国工商银行", "622202", 19),
    ("中国工商银行", "622208", 19),
    ("中国邮政储蓄银行", "621799", 19),
    ("中国邮政储蓄银行", "622188", 19),
    ("中国银行", "621785", 19),
    ("中国银行", "621661", 19),
    ("招商银行", "622588", 16),
    ("农村信用社", "622827", 19),
    ("农村商业银行", "623058", 19),
    ("中国农业银行", "623052", 19),
    ("交通银行", "622262", 19),
    ("中国建设银行", "436742", 19),
]


def gen_card(rng):
    bank, pfx, n = rng.choice(BINS)
    if rng.random() < 0.15 and n == 19:
        n = rng.choice([16, 17, 18])
    body = pfx + "".join(str(rng.randrange(10)) for _ in range(n - len(pfx) - 1))
    return bank, body + luhn_digit(body)


def fmt_card(rng, c, spaced_p=0.25):
    if rng.random() < spaced_p:
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    return c


def gen_order_no(rng, luhn=None):
    n = rng.choice([16, 17, 18, 19])
    d = rand_birth(rng, 2019, 2023)
    body = d.strftime("%Y%m%d") + "".join(str(rng.randrange(10)) for _ in range(n - 9))
    if luhn is None:
        luhn = rng.random() < 0.5
    if luhn:
        return body + luhn_digit(body)
    last = str(rng.randrange(10))
    return body + last


PINYIN = [
    "zhang",
    "wang",
    "li",
    "liu",
    "ma",
    "yang",
    "ding",
    "chen",
    "luo",
    "huang",
    "zhaxi",
    "ciren",
    "dawa",
    "nima",
    "zeren",
    "qiu",
    "zhong",
    "wen",
    "hai",
    "xiao",
    "jun",
    "mei",
    "hua",
    "hong",
    "ming",
    "long",
    "feng",
]


def gen_email(rng):
    r = rng.random()
    if r < 0.4:
        user = str(rng.randrange(10**7, 10**10))
        dom = "qq.com"
    else:
        user = (
            rng.choice(PINYIN)
            + rng.choice(PINYIN)
            + rng.choice(["", str(rng.randrange(1, 999)), "_" + str(rng.randrange(1970, 2005))])
        )
        dom = rng.choice(["163.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com"])
    return user + "@" + dom


def gen_passport(rng):
    if rng.random() < 0.6:
        return "E" + "%08d" % rng.randrange(10**8)
    if rng.random() < 0.5:
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") + "%07d" % rng.randrange(10**7)
    return "G" + "%08d" % rng.randrange(10**8)


def gen_hk(rng):
    return (
        "C" + "%08d" % rng.randrange(10**8)
        if rng.random() < 0.7
        else "C" + rng.choice("ABCDEFGHJKLMN") + "%07d" % rng.randrange(10**7)
    )


def gen_tw(rng):
    return "L" + "%08d" % rng.randrange(10**8)


def gen_plate(rng, region):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    p = region["plate"]
    r = rng.random()
    if r < 0.2:
        tail = rng.choice("DF") + "%05d" % rng.randrange(10**5)
    else:
        tail = "".join(rng.choice(letters + "0123456789" * 3) for _ in range(5))
        if tail.isdigit() is False and rng.random() < 0.5:
            tail = "%05d" % rng.randrange(10**5)
    sep = rng.choice(["", "", "·", " "])
    return p + sep + tail


HEALTH = [
    "尿毒症",
    "白血病",
    "脑梗死后遗症",
    "恶性肿瘤（肺癌）",
    "精神分裂症",
    "慢性肾衰竭",
    "2型糖尿病",
    "先天性心脏病",
    "包虫病",
    "大骨节病",
    "高血压三级",
    "乳腺癌",
    "肝硬化",
    "类风湿性关节炎",
    "脑瘫",
    "尘肺病",
    "股骨头坏死",
    "系统性红斑狼疮",
    "癫痫",
]
DIS_CAT = ["肢体残疾", "视力残疾", "听力残疾", "言语残疾", "智力残疾", "精神残疾", "多重残疾"]
DIS_LVL = ["一级", "二级", "三级", "四级"]
PREG_ABN = [
    "乙肝表面抗原阳性",
    "梅毒螺旋体抗体阳性",
    "甲状腺功能减退",
    "轻度贫血",
    "TORCH风疹IgM阳性",
    "地中海贫血基因携带",
]


def disease(rng, region):
    h = rng.choice(HEALTH)
    if h in ("包虫病", "大骨节病") and region["style"] not in ("tibet", "kham"):
        h = "慢性肾衰竭"
    return h


def gen_health(rng, region):
    r = rng.random()
    if r < 0.45:
        h = rng.choice(HEALTH)
        if h in ("包虫病", "大骨节病") and region["style"] not in ("tibet", "kham"):
            h = "慢性肾衰竭"
        return h
    return rng.choice(DIS_CAT) + rng.choice(DIS_LVL)


KIN = ["户主", "配偶", "长子", "次子", "长女", "次女", "父亲", "母亲", "孙子", "孙女", "儿媳"]


# ---------------------------------------------------------------------------
# Persons and addresses
# ---------------------------------------------------------------------------


def home_address(rng, region, urban=None, prefix=None):
    if urban is None:
        urban = rng.random() < 0.45
    if prefix is None:
        prefix = rng.choice(["", "county", "county", "city", "full"])
    pre = {
        "": "",
        "county": region["county"],
        "city": region["city"] + region["county"],
        "full": region["prov"] + region["city"] + region["county"],
    }[prefix]
    if urban:
        town = rng.choice([t for t in region["towns"] if t.endswith(("街道", "镇"))])
        if rng.random() < 0.5:
            body = "%s%d号%s%d栋%d单元%d室" % (
                rng.choice(region["roads"]),
                rng.randrange(1, 300),
                rng.choice(region["estates"]),
                rng.randrange(1, 30),
                rng.randrange(1, 6),
                rng.randrange(1, 18) * 100 + rng.randrange(1, 5),
            )
        elif rng.random() < 0.5:
            body = "%s%d号楼%d单元%d室" % (
                rng.choice(region["estates"]),
                rng.randrange(1, 30),
                rng.randrange(1, 6),
                rng.randrange(1, 18) * 100 + rng.randrange(1, 5),
            )
        else:
            body = "%s%d号" % (rng.choice(region["roads"]), rng.randrange(1, 400))
            if rng.random() < 0.5:
                body += "附%d号" % rng.randrange(1, 9)
        if rng.random() < 0.4:
            body = town + body
        return pre + body
    town = rng.choice([t for t in region["towns"] if not t.endswith("街道")])
    vil = rng.choice(region["villages"])
    r = rng.random()
    if r < 0.4:
        tail = "%d组%d号" % (rng.randrange(1, 12), rng.randrange(1, 90))
    elif r < 0.7:
        tail = "%d组" % rng.randrange(1, 12)
    else:
        tail = "%d号" % rng.randrange(1, 200)
    if region["style"] in ("tibet", "kham") and r >= 0.4 and rng.random() < 0.5:
        tail = "%d组" % rng.randrange(1, 8)
    return pre + town + vil + tail


def bare_place(rng, region):
    r = rng.random()
    if r < 0.5:
        return rng.choice(region["towns"]) + rng.choice(region["villages"])
    if r < 0.8:
        return region["county"] + rng.choice(region["towns"])
    return rng.choice(region["villages"])


class Person:
    def __init__(self, rng, region, doc, female=None, lo=1945, hi=2002, minor=False, surname=None):
        self.female = rng.random() < 0.5 if female is None else female
        style = region["style"]
        if surname and style == "kham":
            style = "han_kd"
        for _ in range(50):
            if style == "han_kd":
                n = rng.choice(SURNAMES["han_kd"]) + rng.choice(GIVEN_F if self.female else GIVEN_M)
            else:
                n = person_name(rng, style, self.female)
            if surname and style != "tibet":
                n = surname + n[1:]
            if doc.name_ok(n):
                break
        doc.used_names.add(n)
        self.name = n
        self.birth = rand_birth(rng, 2006, 2021) if minor else rand_birth(rng, lo, hi)
        self.id = gen_id18(rng, region, self.birth, self.female)
        self.mobile = gen_mobile_digits(rng)
        self.addr = home_address(rng, region)
        self.region = region

    @property
    def sex(self):
        return "女" if self.female else "男"

    def age(self, ref=2023):
        return ref - self.birth.year


def official(rng, doc):
    for _ in range(60):
        n = rng.choice(OFFICIAL_NAMES)
        if doc.name_ok(n):
            doc.used_names.add(n)
            doc.official_names.add(n)
            return n
    return "工作人员"


# ---------------------------------------------------------------------------
# Document builder
# ---------------------------------------------------------------------------


def dwidth(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


class Doc:
    def __init__(self, rng, region, pdf=False):
        self.rng = rng
        self.region = region
        self.pdf = pdf
        self.segs = []
        self.used_names = set()
        self.official_names = set()
        self.space_names = pdf and rng.random() < 0.7

    def name_ok(self, n):
        for u in self.used_names:
            if n in u or u in n:
                return False
        return True

    # -- appending
    def t(self, *parts):
        for s in parts:
            if s:
                self.segs.append((s, None))
        return self

    def p(self, kind, s):
        assert s == s.strip(), s
        if kind == "name" and self.space_names and len(s) == 2:
            s = s[0] + "\u3000" + s[1]
        self.segs.append((s, kind))
        return self

    def add(self, cell):
        """cell: str | (kind, text) | list of those | None"""
        if cell is None:
            return self
        if isinstance(cell, str):
            return self.t(cell)
        if isinstance(cell, tuple):
            return self.p(*cell)
        for c in cell:
            self.add(c)
        return self

    def line(self, *cells):
        for c in cells:
            self.add(c)
        self.t("\n")
        return self

    # -- build
    def build(self):
        chars, labs, kinds = [], [], []
        for i, (s, k) in enumerate(self.segs):
            for ch in s:
                chars.append(ch)
                labs.append(i if k else -1)
            kinds.append(k)
        return chars, labs, kinds


def cell_text(cell):
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, tuple):
        return cell[1]
    return "".join(cell_text(c) for c in cell)


def cell_width(doc, cell):
    s = cell_text(cell)
    if doc.space_names and isinstance(cell, tuple) and cell[0] == "name" and len(cell[1]) == 2:
        s = cell[1][0] + "\u3000" + cell[1][1]
    return dwidth(s)


# ---------------------------------------------------------------------------
# Table layouts.  header: list of header rows (each a list of str); rows: list of list of cells
# ---------------------------------------------------------------------------


def lay_tab(doc, heads, rows):
    for h in heads:
        doc.line("\t".join(h))
    for r in rows:
        for j, c in enumerate(r):
            if j:
                doc.t("\t")
            doc.add(c)
        doc.t("\n")


def lay_space(doc, heads, rows):
    n = max(len(r) for r in heads + rows)
    w = [0] * n
    for r in heads + rows:
        for j, c in enumerate(r):
            w[j] = max(w[j], cell_width(doc, c))
    gap = doc.rng.choice([2, 3, 4])
    for r in heads + rows:
        for j, c in enumerate(r):
            doc.add(c)
            if j < len(r) - 1:
                doc.t(" " * (w[j] - cell_width(doc, c) + gap))
        doc.t("\n")


def lay_md(doc, heads, rows):
    for i, h in enumerate(heads):
        doc.line("| " + " | ".join(h) + " |")
        if i == len(heads) - 1:
            doc.line("|" + "|".join(["---"] * len(h)) + "|")
    for r in rows:
        doc.t("| ")
        for j, c in enumerate(r):
            if j:
                doc.t(" | ")
            doc.add(c)
        doc.t(" |\n")


def lay_html(doc, heads, rows, merged=None):
    doc.line('<table border="1" cellspacing="0">')
    if merged:
        doc.t("<tr>")
        for label, span in merged:
            if span > 1:
                doc.t('<th colspan="%d">%s</th>' % (span, label))
            else:
                doc.t('<th rowspan="2">%s</th>' % label)
        doc.t("</tr>\n")
    for h in heads:
        doc.line("<tr>" + "".join("<th>%s</th>" % x for x in h if x) + "</tr>")
    for r in rows:
        doc.t("<tr>")
        for c in r:
            doc.t("<td>")
            doc.add(c)
            doc.t("</td>")
        doc.t("</tr>\n")
    doc.line("</table>")


def lay_csv(doc, heads, rows):
    for h in heads:
        doc.line(",".join(h))
    for r in rows:
        for j, c in enumerate(r):
            if j:
                doc.t(",")
            txt = cell_text(c)
            q = "," in txt or doc.rng.random() < 0.1
            if q:
                doc.t('"')
            doc.add(c)
            if q:
                doc.t('"')
        doc.t("\n")


def lay_cells(doc, heads, rows):
    for h in heads:
        for x in h:
            if x:
                doc.line(x)
    for r in rows:
        for c in r:
            if cell_text(c):
                doc.add(c)
                doc.t("\n")


def lay_numbered(doc, heads, rows):
    h = heads[-1]
    for i, r in enumerate(rows):
        doc.t(doc.rng.choice(["%d. ", "%d、", "（%d）", "%d．"]) % (i + 1))
        first = True
        for j, c in enumerate(r):
            if j == 0 and cell_text(c).isdigit():
                continue
            if not cell_text(c):
                continue
            if not first:
                doc.t("，")
            first = False
            if j < len(h) and h[j] and j > 1:
                doc.t(h[j] + "：")
            doc.add(c)
        doc.t("；\n" if i < len(rows) - 1 else "。\n")


LAYOUTS = {
    "tab": lay_tab,
    "space": lay_space,
    "md": lay_md,
    "html": lay_html,
    "csv": lay_csv,
    "cells": lay_cells,
    "numbered": lay_numbered,
}


def table(doc, heads, rows, layout=None, merged=None):
    if layout is None:
        layout = doc.rng.choice(list(LAYOUTS))
    if layout == "html":
        lay_html(doc, heads, rows, merged)
    elif merged and layout in ("tab", "space", "csv") and doc.rng.random() < 0.6:
        top = []
        for label, span in merged:
            top += [label] + [""] * (span - 1)
        LAYOUTS[layout](doc, [top] + heads, rows)
    else:
        LAYOUTS[layout](doc, heads, rows)
    return layout


# ---------------------------------------------------------------------------
# Label-value forms
# ---------------------------------------------------------------------------


def pad_label(lbl):
    if len(lbl) == 2:
        return lbl[0] + "\u3000\u3000" + lbl[1]
    return lbl


def kv(doc, pairs, style=None):
    rng = doc.rng
    if style is None:
        style = rng.choice(["colon", "colon", "ascii", "spaced", "inline2", "tabbed"])
    pairs = [(a, b) for a, b in pairs if b is not None and cell_text(b) != ""]
    if style == "inline2":
        for i in range(0, len(pairs), 2):
            for j, (a, b) in enumerate(pairs[i : i + 2]):
                if j:
                    doc.t(rng.choice(["    ", "\u3000\u3000", "\t"]))
                doc.t(a + "：")
                doc.add(b)
            doc.t("\n")
        return
    for a, b in pairs:
        if style == "colon":
            doc.t(a + "：")
        elif style == "ascii":
            doc.t(a + ": ")
        elif style == "spaced":
            doc.t(pad_label(a) + "：")
        else:
            doc.t(a + "\t")
        doc.add(b)
        doc.t("\n")


# ---------------------------------------------------------------------------
# PDF extraction transform
# ---------------------------------------------------------------------------


def pdf_transform(rng, chars, labs, kinds, title):
    width = rng.randrange(28, 41)
    out_c, out_l = [], []
    # hard wrap
    line_c, line_l = [], []  # type: ignore[var-annotated]

    def flush_line(lc, ll):
        i = 0
        row = "".join(lc)
        if "\t" in row or "   " in row or row.startswith(("|", "<")):
            # table rows are extracted one row per line; only prose is hard-wrapped
            out_c.extend(lc)
            out_l.extend(ll)
            return
        while len(lc) - i > width:
            cut = None
            for k in range(i + width, max(i + width - 14, i + 1), -1):
                a, b = ll[k - 1], ll[k]
                if a == -1 or b == -1 or a != b or kinds[a] == "address":
                    cut = k
                    break
            if cut is None:
                k = i + width
                while k < len(lc) and ll[k - 1] == ll[k] and ll[k] != -1:
                    k += 1
                cut = k
            if cut >= len(lc):
                break
            out_c.extend(lc[i:cut])
            out_l.extend(ll[i:cut])
            # newline inside an address keeps the address label
            inside = ll[cut - 1] == ll[cut] and ll[cut] != -1
            out_c.append("\n")
            out_l.append(ll[cut] if inside else -1)
            i = cut
        out_c.extend(lc[i:])
        out_l.extend(ll[i:])

    for ch, lb in zip(chars, labs):
        if ch == "\n":
            flush_line(line_c, line_l)
            out_c.append("\n")
            out_l.append(-1)
            line_c, line_l = [], []
        else:
            line_c.append(ch)
            line_l.append(lb)
    flush_line(line_c, line_l)
    # page breaks
    lines, cur = [], ([], [])  # type: ignore[var-annotated]
    for ch, lb in zip(out_c, out_l):
        if ch == "\n" and lb == -1:
            lines.append(cur)
            cur = ([], [])
        else:
            cur[0].append(ch)
            cur[1].append(lb)
    lines.append(cur)
    every = rng.randrange(14, 30)
    style = rng.randrange(4)
    total = len(lines) // every + 1
    res_c, res_l = [], []
    page = 1
    for i, (lc, ll) in enumerate(lines):
        if i and i % every == 0:
            if style == 0:
                foot = "- %d -" % page
            elif style == 1:
                foot = "第 %d 页 共 %d 页" % (page, total)
            elif style == 2:
                foot = "%d" % page
            else:
                foot = "— %d —" % page
            ins = foot + "\n" + ("\f" if rng.random() < 0.3 else "") + title
            for ch in ins:
                res_c.append(ch)
                res_l.append(-1)
            res_c.append("\n")
            res_l.append(-1)
            page += 1
        res_c.extend(lc)
        res_l.extend(ll)
        if i < len(lines) - 1:
            res_c.append("\n")
            res_l.append(-1)
    return res_c, res_l


def finalize(doc, title):
    chars, labs, kinds = doc.build()
    if doc.pdf:
        chars, labs = pdf_transform(doc.rng, chars, labs, kinds, title)
    text = "".join(chars)
    spans = []
    i = 0
    n = len(labs)
    while i < n:
        lb = labs[i]
        if lb == -1:
            i += 1
            continue
        j = i
        while j < n and labs[j] == lb:
            j += 1
        spans.append({"kind": kinds[lb], "start": i, "end": j, "text": text[i:j]})
        i = j
    return text, spans


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------

KNOWN_CODES = {r["code"] for r in REGIONS.values()} | {c for r in REGIONS.values() for c in r["old_codes"]}
RE_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
RE_ID = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")
RE_CARD = re.compile(r"(?<!\d)\d{16,19}(?!\d)")
RE_CARD_SP = re.compile(r"(?<!\d)\d{4}(?: \d{4}){3}(?: \d{1,3})?(?![\d])")


def kind_valid(kind, t):
    if kind == "id_card":
        s = t.replace(" ", "")
        return looks_like_id18(s) and s[:6] in KNOWN_CODES
    if kind == "id_card_15":
        return (
            bool(re.fullmatch(r"\d{15}", t))
            and t[:6] in KNOWN_CODES
            and valid_date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
        )
    if kind == "mobile":
        s = re.sub(r"^(\+86|0086)-?\s?", "", t)
        s = re.sub(r"[ -]", "", s)
        return bool(re.fullmatch(r"1[3-9]\d{9}", s))
    if kind == "landline":
        s = re.sub(r"[()（）\s-]", "", t.replace("+86", "0"))
        return bool(re.fullmatch(r"0\d{2,3}[2-8]\d{6,7}", s))
    if kind == "bank_card":
        s = t.replace(" ", "")
        return bool(re.fullmatch(r"\d{16,19}", s)) and luhn_ok(s) and issuer_prefix(s)
    if kind == "email":
        return bool(re.fullmatch(r"[\w.]+@[a-z0-9]+\.(com|cn|net)", t)) and "gov.cn" not in t
    if kind == "passport":
        return bool(re.fullmatch(r"[EG][A-Z]?\d{7,8}", t)) and len(t) == 9
    if kind == "hk_macau_permit":
        return bool(re.fullmatch(r"C[A-Z]?\d{7,8}", t)) and len(t) == 9
    if kind == "tw_permit":
        return bool(re.fullmatch(r"L\d{8}", t))
    if kind == "license_plate":
        return bool(re.fullmatch(r"[藏粤冀宁鄂川][A-Z][·\s]?[A-Z0-9]{5,6}", t))
    if kind == "address":
        return t.endswith(("号", "栋", "单元", "室", "组"))
    if kind == "name":
        return bool(re.fullmatch(r"[\u4e00-\u9fff\u3000]{1,6}", t)) and not t.endswith("某")
    if kind == "health":
        return len(t) >= 2
    return False


def check(text, spans):
    last = 0
    for s in spans:
        if s["start"] < last or s["end"] <= s["start"]:
            return "order"
        last = s["end"]
        t = text[s["start"] : s["end"]]
        if t != s["text"] or t != t.strip():
            return "text"
        if not kind_valid(s["kind"], t):
            return "invalid %s %r" % (s["kind"], t)
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "\u25a0"
    m = "".join(masked)
    if RE_MOBILE.search(m):
        return "mobile left %r" % RE_MOBILE.search(m).group()  # type: ignore[union-attr]
    for x in RE_ID.finditer(m):
        if looks_like_id18(x.group()):
            return "id left %r" % x.group()
    for x in list(RE_CARD.finditer(m)) + list(RE_CARD_SP.finditer(m)):
        s = x.group().replace(" ", "")
        if 16 <= len(s) <= 19 and luhn_ok(s) and issuer_prefix(s):
            return "card left %r" % x.group()
    covered = [(s["start"], s["end"]) for s in spans if s["kind"] == "name"]
    for s in spans:
        if s["kind"] != "name":
            continue
        base = s["text"].replace("\u3000", "")
        forms = {base, s["text"]}
        if len(base) == 2:
            forms.add(base[0] + "\u3000" + base[1])
        for f in forms:
            for mm in re.finditer(re.escape(f), text):
                if not any(a <= mm.start() and mm.end() <= b for a, b in covered):
                    return "name unlabelled %r" % f
    return None


# ---------------------------------------------------------------------------
# Near-miss helpers (never labelled)
# ---------------------------------------------------------------------------

SHORT = {"szz": "桑", "dp": "埔", "fp": "阜", "lt": "利", "yx": "郧西", "kd": "康"}
DOMAIN = {
    "szz": "sangzhuzi.gov.cn",
    "dp": "dabu.gov.cn",
    "fp": "fuping.gov.cn",
    "lt": "litong.gov.cn",
    "yx": "yunxi.gov.cn",
    "kd": "kangding.gov.cn",
}
DEPT_ABBR = {
    "民政局": ("民", "mzj"),
    "人民政府办公室": ("政办", "zfb"),
    "卫生健康局": ("卫健", "wjj"),
    "市场监督管理局": ("市监", "scjg"),
    "城市管理综合执法局": ("城管", "cgj"),
    "人力资源和社会保障局": ("人社", "rsj"),
    "信访局": ("信", "xfj"),
    "住房和城乡建设局": ("住建", "zjj"),
    "残疾人联合会": ("残联", "cl"),
    "自然资源局": ("自然资源", "zrzyj"),
    "公安局": ("公", "gaj"),
}


def rkey(region):
    for k, v in REGIONS.items():
        if v is region:
            return k


def agency(region, dept):
    return region["county"] + dept


def wenhao(rng, region, dept, kind=None):
    ab = SHORT[rkey(region)] + DEPT_ABBR.get(dept, ("政", ""))[0]
    kind = kind or rng.choice(["发", "函", "字", "复"])
    return "%s%s〔%d〕%d号" % (ab, kind, rng.choice([2021, 2022, 2023]), rng.randrange(1, 160))


def suoyin(rng, region):
    return "%s/%d-%05d" % (credit_code(rng, region, "11"), rng.choice([2022, 2023]), rng.randrange(1, 900))


def gov_mail(region, dept):
    return DEPT_ABBR.get(dept, ("", "gk"))[1] + "@" + DOMAIN[rkey(region)]


def agency_addr(rng, region):
    return "%s%s%s%d号" % (region["city"], region["county"], region["agency_road"], rng.randrange(1, 200))


def day(rng, y=None):
    y = y or rng.choice([2022, 2023])
    d = date(y, 1, 1) + timedelta(days=rng.randrange(360))
    return d


def cdate(d, style=0):
    if style == 1:
        return "%d-%02d-%02d" % (d.year, d.month, d.day)
    if style == 2:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def mask_mobile(m):
    return m[:3] + "****" + m[7:]


def mask_id(s, rng):
    k = rng.choice([2, 6])
    return s[:k] + "*" * (18 - k - 4) + s[-4:]


def mask_name(n, rng):
    if rng.random() < 0.5:
        return n[0] + "某" + ("某" if len(n) > 2 and rng.random() < 0.5 else "")
    return n[0] + "*" * (len(n) - 1)


def ethnic(region, rng):
    st = region["style"]
    if st == "tibet":
        return "藏族"
    if st == "kham":
        return rng.choice(["藏族", "藏族", "汉族", "彝族"])
    if st == "hui":
        return rng.choice(["回族", "回族", "汉族"])
    return "汉族"


def mob(doc, m):
    return ("mobile", fmt_mobile(doc.rng, m))


def idc(doc, p, spaced_p=0.04):
    if doc.rng.random() < spaced_p:
        return ("id_card", "%s %s %s" % (p.id[:6], p.id[6:14], p.id[14:]))
    return ("id_card", p.id)


def nm(p):
    return ("name", p.name if isinstance(p, Person) else p)


def addr(p):
    return ("address", p.addr if isinstance(p, Person) else p)


def health_cell(doc, p=None):
    return ("health", gen_health(doc.rng, doc.region))


def contact_cell(doc, p, land_p=0.12):
    if doc.rng.random() < land_p:
        return ("landline", gen_landline(doc.rng, doc.region))
    return mob(doc, p.mobile)


def pick_layout(doc, allowed=None):
    allowed = allowed or list(LAYOUTS)
    if doc.pdf:
        allowed = [a for a in allowed if a in ("tab", "space", "cells", "numbered")] or ["space"]
    return doc.rng.choice(allowed)


def order_line(doc):
    rng = doc.rng
    r = rng.random()
    if r < 0.4:
        return "支付流水号：%s" % gen_order_no(rng)
    if r < 0.7:
        return "交易单号：%s" % gen_order_no(rng)
    return "业务受理编号：%s" % gen_order_no(rng)


def hotline_note(doc):
    rng = doc.rng
    R = doc.region
    return rng.choice(
        [
            "监督电话：%s；%s政务服务便民热线：12345。" % (office_phone(rng, R), R["city"]),
            "如有异议，请于公示期内向%s反映（电话：%s，邮编：%s）。"
            % (agency(R, "民政局"), office_phone(rng, R), R["post"]),
            "举报电话：%s，电子邮箱：%s。" % (office_phone(rng, R), gov_mail(R, "民政局")),
            "咨询电话：%s-12345（工作日9:00—17:30）。" % R["area"],
        ]
    )


TIB_ALL = set(TIB_PARTS_M + TIB_PARTS_F + KHAM_PARTS_M + KHAM_PARTS_F)


def is_tibetan_name(n):
    return n[:2] in TIB_ALL


def occupation(p):
    a = p.age()
    if a < 7:
        return "学龄前"
    if a < 19:
        return "在校学生"
    if a > 65:
        return "无劳动能力"
    return p.rng_occ


def household(doc, head, n):
    rng = doc.rng
    R = doc.region
    mem = []
    spouse = None
    father_sur = None
    for i in range(n):
        if i == 0 and rng.random() < 0.7:
            spouse = Person(
                rng, R, doc, female=not head.female, lo=head.birth.year - 6, hi=min(head.birth.year + 6, 2002)
            )
            mem.append(("配偶", spouse))
        else:
            minor = head.birth.year > 1968 and rng.random() < 0.7
            father = head if not head.female else (spouse or head)
            sur = None
            if not is_tibetan_name(father.name) and R["style"] != "tibet":
                sur = father.name[0]
            kid = minor or head.birth.year < 1984
            p = (
                Person(rng, R, doc, minor=minor, lo=max(1940, head.birth.year + 18), hi=2004, surname=sur)
                if kid
                else Person(
                    rng,
                    R,
                    doc,
                    lo=max(1930, head.birth.year - 35),
                    hi=head.birth.year - 18,
                    surname=head.name[0] if not head.female and sur else None,
                )
            )
            if kid:
                rel = ("长子" if not p.female else "长女") if i <= 1 else ("次子" if not p.female else "次女")
            else:
                rel = "母亲" if p.female else "父亲"
            mem.append((rel, p))
        mem[-1][1].addr = head.addr
        mem[-1][1].rng_occ = rng.choice(["务农", "外出务工", "无业", "灵活就业"])  # type: ignore[attr-defined]
    return mem


# ---------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------

CHANNELS = ["通过政府网站在线申请平台", "以信函方式", "当面", "通过电子邮件", "在政务服务中心窗口"]
REQ_TOPICS = [
    "本村2022年度农村低保户名单及保障金发放情况",
    "%s征地补偿安置方案及补偿标准",
    "本人房屋所在地块的土地征收批复文件",
    "%s道路改造项目的立项批复及资金来源",
    "2022年度临时救助资金使用明细",
    "本组集体土地流转合同",
    "我户危房改造补助资金发放记录",
    "%s污水处理厂环境影响评价报告",
]


def applicant_id_cell(doc, p):
    r = doc.rng.random()
    if r < 0.5:
        return "居民身份证", idc(doc, p)
    if r < 0.75:
        return "护照", ("passport", gen_passport(doc.rng))
    if r < 0.88:
        return "港澳居民来往内地通行证" if False else "往来港澳通行证", ("hk_macau_permit", gen_hk(doc.rng))
    return "大陆居民往来台湾通行证", ("tw_permit", gen_tw(doc.rng))


def fam_yisq(doc):
    rng, R = doc.rng, doc.region
    dept = rng.choice(["人民政府办公室", "民政局", "自然资源局", "住房和城乡建设局"])
    ag = agency(R, dept)
    p = Person(rng, R, doc)
    staff = official(rng, doc)
    topic = rng.choice(REQ_TOPICS)
    if "%s" in topic:
        topic = topic % bare_place(rng, R)
    recv = day(rng, 2023)
    sub = rng.choice(["dafu", "dafu", "buzheng"])
    title = "政府信息公开申请答复书" if sub == "dafu" else "政府信息公开申请补正告知书"
    doc.line(ag)
    doc.line(title)
    doc.line(wenhao(rng, R, dept, "复" if sub == "dafu" else "函"))
    if rng.random() < 0.4:
        doc.line("索引号：" + suoyin(rng, R))
    doc.t("\n")
    doc.line(nm(p), rng.choice(["：", "先生：" if not p.female else "女士：", "同志："]))
    doc.t(
        "    本机关于%s收到您%s提交的政府信息公开申请（申请编号：YSQ%d%04d），"
        % (cdate(recv), rng.choice(CHANNELS), recv.year, rng.randrange(1, 400))
    )
    doc.t("您申请公开“%s”。" % topic)
    idtype, idcell = applicant_id_cell(doc, p)
    mode = rng.random()
    if mode < 0.35:
        doc.t("\n您提交的申请人信息如下：\n")
        kv(
            doc,
            [
                ("姓名", nm(p)),
                ("证件类型", idtype),
                ("证件号码", idcell),
                ("通信地址", addr(p)),
                ("邮政编码", R["post"]),
                ("联系电话", contact_cell(doc, p)),
                ("电子邮箱", ("email", gen_email(rng)) if rng.random() < 0.6 else None),
                ("获取信息方式", rng.choice(["邮寄", "电子邮件", "自行领取"])),
            ],
        )
    elif mode < 0.8:
        doc.t("您在申请表中填写的证件类型为%s，证件号码" % idtype)
        doc.add(idcell)
        doc.t("，通信地址为")
        doc.add(addr(p))
        doc.t("，联系电话")
        doc.add(mob(doc, p.mobile))
        doc.t("。")
    doc.t("\n")
    if sub == "dafu":
        kind = rng.randrange(3)
        if kind == 0:
            doc.line(
                "    经审查，您申请的信息属于公开范围，根据《中华人民共和国政府信息公开条例》第三十六条第（二）项之规定，现将相关信息提供给您（见附件，共%d页）。"
                % rng.randrange(2, 30)
            )
        elif kind == 1:
            doc.line(
                "    经检索，本机关未制作或获取您申请的政府信息，根据《中华人民共和国政府信息公开条例》第三十六条第（四）项之规定，该政府信息不存在。"
            )
        else:
            q = Person(rng, R, doc)
            doc.t("    经审查，您申请的信息中含有第三方")
            doc.add(nm(q))
            doc.t(
                "的个人信息（身份证号码、银行账号等），本机关已于%s书面征求第三方意见，第三方不同意公开。"
                % cdate(day(rng, 2023))
            )
            doc.line(
                "根据《中华人民共和国政府信息公开条例》第十五条、第三十二条之规定，决定不予公开上述个人信息，其余部分予以公开。"
            )
        if rng.random() < 0.3:
            doc.line(
                "    本次申请需缴纳信息处理费%d元，%s。" % (rng.choice([100, 200, 300]), order_line(doc))
            )
        doc.line(
            "    如对本答复不服，可以自收到本答复之日起六十日内向%s人民政府或%s人民政府申请行政复议，也可以自收到本答复之日起六个月内向%s人民法院提起行政诉讼。"
            % (R["county"], R["city"], rng.choice([R["county"], R["city"] + "中级"]))
        )
    else:
        doc.line(
            "    经审查，您的申请内容不够明确，无法确定具体的政府信息。根据《中华人民共和国政府信息公开条例》第三十条之规定，请您于收到本告知书之日起15个工作日内对申请内容作出补正，写明所需信息的名称、文号或者便于查询的其他特征性描述。"
        )
        doc.line(
            "    无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。补正期间不计算在答复期限内。"
        )
    doc.t("\n")
    doc.line("    联系人：%s    联系电话：%s" % (staff, office_phone(rng, R)))
    if rng.random() < 0.5:
        doc.line("    电子邮箱：%s" % gov_mail(R, dept))
    doc.t("\n")
    doc.line(" " * 20 + ag)
    doc.line(" " * 20 + cdate(recv + timedelta(days=rng.randrange(5, 20))))
    doc.t("\n")
    if rng.random() < 0.75:
        doc.line("送达回证")
        kv(
            doc,
            [
                ("受送达人", nm(p)),
                ("送达地址", addr(p)),
                ("邮政编码", R["post"]),
                ("联系电话", contact_cell(doc, p)),
                ("电子邮箱", ("email", gen_email(rng)) if rng.random() < 0.4 else None),
                (
                    "送达方式",
                    rng.choice(
                        ["EMS邮寄（运单号：%d）" % rng.randrange(10**12, 10**13), "直接送达", "电子邮件"]
                    ),
                ),
                ("送达人", staff),
            ],
        )
    return "yisq." + sub, title


def fam_fuyi(doc):
    rng, R = doc.rng, doc.region
    city_ag = R["city"] + "人民政府"
    p = Person(rng, R, doc)
    doc.line(city_ag)
    doc.line("行政复议决定书")
    no = "%s政复决字〔%d〕%d号" % (R["city"][:2], rng.choice([2022, 2023]), rng.randrange(1, 120))
    doc.line(no)
    doc.t("\n")
    doc.t("申请人：")
    doc.add(nm(p))
    doc.t("，%s，%s，%d年%d月%d日出生，" % (p.sex, ethnic(R, rng), p.birth.year, p.birth.month, p.birth.day))
    doc.t(rng.choice(["住", "户籍地址：", "住址："]))
    doc.add(addr(p))
    r = rng.random()
    if r < 0.6:
        doc.t("，公民身份号码：")
        doc.add(idc(doc, p))
    elif r < 0.75:
        idtype, idcell = applicant_id_cell(doc, p)
        doc.t("，%s号码：" % idtype)
        doc.add(idcell)
    if rng.random() < 0.6:
        doc.t("，联系电话：")
        doc.add(contact_cell(doc, p))
    doc.t("。\n")
    agent = None
    if rng.random() < 0.8:
        agent = Person(rng, R, doc)
        doc.t("委托代理人：")
        doc.add(nm(agent))
        if rng.random() < 0.5:
            doc.t("，%s，系申请人之%s，住" % (agent.sex, rng.choice(["子", "女", "兄", "妹", "侄子"])))
            doc.add(addr(agent))
            doc.t("。\n")
        else:
            doc.t(
                "，%s%s律师事务所律师，联系电话："
                % (R["city"], rng.choice(["正义", "明德", "天平", "雪域", "客都", "塞上"]))
            )
            doc.add(mob(doc, agent.mobile))
            doc.t("。\n")
    resp = agency(R, rng.choice(["人民政府办公室", "民政局", "自然资源局"]))
    doc.line("被申请人：%s。" % resp)
    doc.line("住所地：%s。" % agency_addr(rng, R))
    doc.line("法定代表人：%s，%s。" % (official(rng, doc), "主任" if resp.endswith("办公室") else "局长"))
    doc.t("\n")
    d0 = day(rng, 2023)
    doc.t("    申请人")
    doc.add(nm(p))
    doc.t(
        "不服被申请人于%s作出的《政府信息公开申请答复书》（%s），于%s向本机关提出行政复议申请，本机关依法已予受理。"
        % (cdate(d0), wenhao(rng, R, "民政局", "复"), cdate(d0 + timedelta(days=rng.randrange(10, 50))))
    )
    doc.line("本案现已审理终结。")
    doc.t(
        "    申请人称：%s年，申请人向被申请人申请公开%s，被申请人以信息不存在为由答复，申请人认为被申请人未尽检索义务。"
        % (d0.year, rng.choice(REQ_TOPICS).replace("%s", bare_place(rng, R)))
    )
    if rng.random() < 0.4:
        kin = Person(rng, R, doc)
        doc.t("申请人之母")
        doc.add(nm(kin))
        doc.t("长期患有")
        doc.add(("health", disease(rng, R)))
        doc.t("，家庭生活困难，申请人多次申请低保未果。")
    doc.t("\n")
    doc.line("    被申请人称：被申请人已按照规定进行了检索，答复程序合法，请求维持。")
    doc.line(
        "    本机关认为：%s"
        % rng.choice(
            [
                "被申请人在法定期限内作出答复，适用法律正确，程序合法。",
                "被申请人未能提供其已尽合理检索义务的证据，认定事实不清。",
            ]
        )
    )
    doc.line(
        "    根据《中华人民共和国行政复议法》第%s条之规定，本机关决定：%s。"
        % (
            rng.choice(["二十八", "六十八", "六十四"]),
            rng.choice(
                ["维持被申请人作出的答复", "撤销被申请人作出的答复，责令被申请人在十五个工作日内重新作出答复"]
            ),
        )
    )
    doc.line(
        "    申请人如不服本决定，可以自收到本决定书之日起十五日内向%s人民法院提起行政诉讼。" % R["county"]
    )
    doc.t("\n")
    doc.line(" " * 24 + city_ag)
    doc.line(" " * 24 + cdate(d0 + timedelta(days=rng.randrange(60, 100))))
    if rng.random() < 0.4:
        doc.line("（联系人：%s，电话：%s）" % (official(rng, doc), office_phone(rng, R)))
    return "fuyi.jueding", "行政复议决定书"


HOTLINE_ISSUES = [
    "小区楼上住户装修噪音扰民",
    "小区门口占道经营",
    "物业公司拒不维修漏水管道",
    "村里道路硬化质量差",
    "低保资格被取消不知原因",
    "孩子入学户籍证明办理难",
    "农民工工资被拖欠",
    "家门口排水沟堵塞",
]


def fam_rexian(doc):
    rng, R = doc.rng, doc.region
    if rng.random() < 0.35:
        # summary table of work orders
        title = "%s12345政务服务便民热线工单办理情况汇总表（%d年第%d期）" % (
            R["county"],
            2023,
            rng.randrange(1, 40),
        )
        doc.line(title)
        heads = [["序号", "工单编号", "来电人", "来电号码", "诉求地址", "诉求内容", "承办单位", "办理状态"]]
        rows = []
        for i in range(rng.randrange(3, 9)):
            p = Person(rng, R, doc)
            d = day(rng, 2023)
            if rng.random() < 0.2:
                caller = p.name[0] + rng.choice(["先生", "女士"])
                doc.used_names.discard(p.name)
            else:
                caller = nm(p)
            place = addr(p) if rng.random() < 0.6 else bare_place(rng, R)
            ph = mob(doc, p.mobile) if rng.random() < 0.85 else mask_mobile(p.mobile)
            rows.append(
                [
                    str(i + 1),
                    "%s%04d" % (d.strftime("%Y%m%d"), rng.randrange(10000)),
                    caller,
                    ph,
                    place,
                    rng.choice(HOTLINE_ISSUES),
                    agency(R, rng.choice(list(DEPT_ABBR))),
                    rng.choice(["已办结", "办理中", "已回访"]),
                ]
            )
        table(doc, heads, rows, pick_layout(doc))
        doc.line("备注：来电人信息仅供承办单位内部使用。" + hotline_note(doc))
        return "rexian.huizong", title
    title = "%s12345政务服务便民热线工单" % R["city"]
    doc.line(title)
    p = Person(rng, R, doc)
    d = day(rng, 2023)
    staff = official(rng, doc)
    caller = nm(p)
    pairs = [
        ("工单编号", "%s%06d" % (d.strftime("%Y%m%d"), rng.randrange(10**6))),
        (
            "来电时间",
            "%s %02d:%02d:%02d" % (cdate(d, 1), rng.randrange(8, 21), rng.randrange(60), rng.randrange(60)),
        ),
        ("来电人", caller),
        ("性别", p.sex),
        ("来电号码", mob(doc, p.mobile)),
        ("联系地址", addr(p)),
        ("诉求类型", rng.choice(["投诉", "求助", "咨询", "建议"])),
        ("紧急程度", rng.choice(["一般", "紧急"])),
    ]
    if rng.random() < 0.25:
        pairs.insert(5, ("备用电话", ("landline", gen_landline(rng, R))))
    if rng.random() < 0.2:
        pairs.append(("回复邮箱", ("email", gen_email(rng))))
    style = rng.choice(["colon", "inline2", "tabbed", "spaced", "cells"])
    if style == "cells":
        for a, b in pairs:
            doc.line(a)
            doc.line(b)
    else:
        kv(doc, pairs, style)
    issue = rng.choice(HOTLINE_ISSUES)
    if rng.random() < 0.2:
        kind, doc_name, num = rng.choice(
            [
                ("passport", "普通护照", gen_passport(rng)),
                ("hk_macau_permit", "往来港澳通行证", gen_hk(rng)),
                ("tw_permit", "往来台湾通行证", gen_tw(rng)),
            ]
        )
        doc.t("诉求内容：来电人称其%s（证件号码" % doc_name)
        doc.add((kind, num))
        doc.t("）即将到期，咨询在%s出入境接待大厅办理换发的所需材料及办理时限。" % R["county"])
    else:
        doc.t("诉求内容：来电人称其居住在")
        doc.add(addr(p))
        doc.t("，反映%s。" % issue)
    if rng.random() < 0.5:
        nb = Person(rng, R, doc)
        doc.t("来电人称邻居")
        doc.add(nm(nb))
        doc.t("（电话")
        doc.add(mob(doc, nb.mobile))
        doc.t("）可以作证。")
    if rng.random() < 0.3:
        doc.t("来电人称其本人患有")
        doc.add(("health", gen_health(rng, R)))
        doc.t("，行动不便，请求上门处理。")
    doc.t("请相关单位核实处理。\n")
    doc.line(
        "承办单位：%s"
        % agency(R, rng.choice(["城市管理综合执法局", "住房和城乡建设局", "民政局", "人力资源和社会保障局"]))
    )
    doc.t(
        "办理结果：经核实，来电人反映情况属实，我局已于%s安排工作人员现场处理，并电话回复来电人"
        % cdate(d + timedelta(days=rng.randrange(1, 6)))
    )
    doc.add(nm(p))
    doc.t("，来电人表示%s。\n" % rng.choice(["满意", "基本满意", "不满意"]))
    doc.line("承办人：%s    联系电话：%s" % (staff, office_phone(rng, R)))
    if rng.random() < 0.4:
        doc.line("回访号码：%s（系统脱敏）" % mask_mobile(gen_mobile_digits(rng)))
    return "rexian.gongdan", title


def fam_xinfang(doc):
    rng, R = doc.rng, doc.region
    ag = agency(R, rng.choice(["民政局", "人力资源和社会保障局", "自然资源局", "信访局"]))
    p = Person(rng, R, doc)
    title = "信访事项处理意见书" if rng.random() < 0.5 else "信访事项答复意见书"
    doc.line(ag)
    doc.line(title)
    doc.line("%s信复〔%d〕%d号" % (SHORT[rkey(R)], 2023, rng.randrange(1, 99)))
    doc.t("\n")
    if rng.random() < 0.6:
        kv(
            doc,
            [
                ("信访人", nm(p)),
                ("身份证号", idc(doc, p) if rng.random() < 0.7 else mask_id(p.id, rng)),
                ("住址", addr(p)),
                ("联系电话", contact_cell(doc, p)),
                (
                    "信访件编号",
                    "%d%010d" % (rng.choice([6401, 4414, 1306, 5402, 4203, 5133]), rng.randrange(10**10)),
                ),
            ],
        )
        doc.t("\n")
    doc.line(nm(p), "：")
    d = day(rng, 2023)
    if rng.random() < 0.2:
        doc.t("    你于%s通过电子邮件（" % cdate(d))
        doc.add(("email", gen_email(rng)))
        doc.t("）反映")
    else:
        doc.t(
            "    你于%s通过%s反映" % (cdate(d), rng.choice(["网上信访平台", "来信", "来访", "12345热线转办"]))
        )
    others = []
    if rng.random() < 0.4:
        others = [Person(rng, R, doc) for _ in range(rng.randrange(1, 4))]
        doc.t("（同来信访人：")
        for i, o in enumerate(others):
            if i:
                doc.t("、")
            doc.add(nm(o))
        doc.t("）")
    issue = rng.choice(
        [
            "家庭生活困难要求纳入低保",
            "房屋拆迁补偿标准过低",
            "危房改造补助资金未到位",
            "公益性岗位工资未足额发放",
            "承包地被占用",
        ]
    )
    doc.t("的“%s”问题，本机关已依法受理。经调查核实，现答复如下：\n" % issue)
    doc.t("    一、经入户调查，你家庭共有%d口人，" % rng.randrange(2, 7))
    if rng.random() < 0.6:
        kin = Person(rng, R, doc)
        doc.t(
            "你%s"
            % (rng.choice(["妻子", "女儿", "母亲"]) if kin.female else rng.choice(["丈夫", "儿子", "父亲"]))
        )
        doc.add(nm(kin))
        doc.t("患")
        doc.add(("health", gen_health(rng, R)))
        doc.t("，")
    inc, std = rng.randrange(300, 1200), rng.choice([560, 610, 680, 750, 820])
    doc.t("家庭月人均收入%d元，%s当地低保标准%d元。\n" % (inc, "低于" if inc < std else "高于", std))
    doc.line(
        "    二、根据《社会救助暂行办法》及%s最低生活保障实施办法，%s。"
        % (
            R["prov"],
            rng.choice(["你户符合低保条件，已纳入保障范围", "你户不符合低保条件，建议申请临时救助"]),
        )
    )
    doc.line(
        "    如对本答复意见不服，可以自收到本意见书之日起30日内向%s人民政府信访工作机构请求复查。"
        % R["county"]
    )
    doc.t("\n")
    doc.line(" " * 20 + ag)
    doc.line(" " * 20 + cdate(d + timedelta(days=rng.randrange(20, 60))))
    doc.line("（经办人：%s  电话：%s）" % (official(rng, doc), office_phone(rng, R)))
    return "xinfang.dafu", title


def bank_pair(doc):
    bank, c = gen_card(doc.rng)
    if bank in ("农村信用社", "农村商业银行") or (
        bank == "中国农业银行" and doc.rng.random() < 0.3 and doc.region["style"] == "tibet"
    ):
        bank = doc.region["bank"]
    return bank, ("bank_card", fmt_card(doc.rng, c))


POOR_CAUSE_H = ["因病", "因残", "因病致贫", "因残致贫", "重病", "残疾人"]
POOR_CAUSE_N = ["因学", "因灾", "缺劳力", "缺技术", "缺资金", "自身发展动力不足"]


def cause_cell(doc, p_health=0.5):
    if doc.rng.random() < p_health:
        return ("health", doc.rng.choice(POOR_CAUSE_H))
    return doc.rng.choice(POOR_CAUSE_N)


def health_status_cell(doc, p):
    r = doc.rng.random()
    if r < 0.3:
        return ("health", gen_health(doc.rng, doc.region))
    if r < 0.4 and p.age() > 55:
        return ("health", doc.rng.choice(["慢性病", "长期卧床", "偏瘫"]))
    return doc.rng.choice(["健康", "健康", "良好", "一般"])


def fam_dibao_shenpi(doc):
    rng, R = doc.rng, doc.region
    tekun = rng.random() < 0.3
    title = "%s%s审批表" % (R["county"], "特困人员救助供养" if tekun else "最低生活保障")
    doc.line(title)
    town = rng.choice(R["towns"])
    doc.line(
        "乡镇（街道）：%s        村（社区）：%s        编号：%s%04d"
        % (town, rng.choice(R["villages"]), SHORT[rkey(R)][0] + "DB", rng.randrange(1, 3000))
    )
    head = Person(rng, R, doc, lo=1940, hi=1995)
    mems = [] if tekun else household(doc, head, rng.randrange(0, 4))
    bank, card = bank_pair(doc)
    pairs = [
        ("申请人姓名", nm(head)),
        ("性别", head.sex),
        ("民族", ethnic(R, rng)),
        ("出生年月", "%d年%d月" % (head.birth.year, head.birth.month)),
        ("身份证号码", idc(doc, head)),
        ("户籍地址", addr(head)),
        ("联系电话", contact_cell(doc, head)),
        ("健康状况", health_status_cell(doc, head)),
        ("家庭人口", "%d人" % (len(mems) + 1)),
        ("致贫原因", cause_cell(doc)),
        ("家庭月人均收入", "%d元" % rng.randrange(200, 900)),
        ("开户银行", bank),
        ("银行账号", card),
    ]
    if rng.random() < 0.2:
        pairs.append(
            (
                "车辆情况",
                [
                    "无机动车"
                    if rng.random() < 0.5
                    else ["农用三轮车一辆（", ("license_plate", gen_plate(rng, R)), "）"]
                ],
            )
        )
    kv(doc, pairs)
    if mems:
        doc.line("家庭成员情况：")
        heads = [["姓名", "与申请人关系", "身份证号码", "健康状况", "就业/就学情况"]]
        rows = []
        for rel, m in mems:
            rows.append([nm(m), rel, idc(doc, m), health_status_cell(doc, m), occupation(m)])
        table(doc, heads, rows, pick_layout(doc, ["tab", "space", "md", "html", "cells"]))
    doc.line(
        "保障类别：%s    月保障金额：%d元"
        % (
            rng.choice(["A类", "B类", "C类", "一类", "二类"])
            if not tekun
            else "集中供养"
            if rng.random() < 0.3
            else "分散供养",
            rng.randrange(300, 1500),
        )
    )
    c1, c2, c3 = official(rng, doc), official(rng, doc), official(rng, doc)
    doc.line(
        "村（居）委会意见：经民主评议，情况属实，同意上报。    负责人：%s    %s" % (c1, cdate(day(rng, 2023)))
    )
    doc.line("乡镇（街道）审核意见：经入户调查核实，同意。    审核人：%s" % c2)
    doc.line("县级民政部门审批意见：同意纳入保障。    审批人：%s    （%s盖章）" % (c3, agency(R, "民政局")))
    doc.t("申请人（签字）：")
    doc.add(nm(head))
    doc.line("    " + cdate(day(rng, 2023)))
    return "dibao.shenpi", title


def fam_dibao_taizhang(doc):
    rng, R = doc.rng, doc.region
    town = rng.choice(R["towns"])
    kind = rng.choice(["农村最低生活保障", "城市最低生活保障", "特困人员救助供养"])
    title = "%s%s%s对象动态管理台账（%d年%d月）" % (R["county"], town, kind, 2023, rng.randrange(1, 13))
    doc.line(title)
    mask_ids = rng.random() < 0.15
    cols = [
        "序号",
        "村（社区）",
        "户主姓名",
        "身份证号码",
        "保障人数",
        "保障类别",
        "月保障金（元）",
        "开户银行",
        "银行账号",
        "联系电话",
        "变动情况",
        "备注",
    ]
    if rng.random() < 0.4:
        # unusual column order
        cols = [
            "序号",
            "户主姓名",
            "银行账号",
            "身份证号码",
            "村（社区）",
            "保障人数",
            "月保障金（元）",
            "开户银行",
            "联系电话",
            "保障类别",
            "变动情况",
            "备注",
        ]
    rows = []
    for i in range(rng.randrange(4, 13)):
        old = rng.random() < 0.12
        p = Person(rng, R, doc, lo=1930 if old else 1945, hi=1959 if old else 1998)
        bank, card = bank_pair(doc)
        if old:
            idv = ("id_card_15", gen_id15(rng, R, p.birth, p.female))
        elif mask_ids:
            idv = mask_id(p.id, rng)
        else:
            idv = idc(doc, p)
        note = ""
        r = rng.random()
        if r < 0.25:
            note = ("health", gen_health(rng, R))  # type: ignore[assignment]
        elif r < 0.35:
            note = "家庭收入增加，%s起停保" % cdate(day(rng, 2023))
        elif r < 0.45:
            note = "原账号%s已销户" % ("**** **** **** " + card[1][-4:])
        vals = {
            "序号": str(i + 1),
            "村（社区）": rng.choice(R["villages"]),
            "户主姓名": nm(p),
            "身份证号码": idv,
            "保障人数": str(rng.randrange(1, 6)),
            "保障类别": rng.choice(["A类", "B类", "C类"]),
            "月保障金（元）": str(rng.randrange(150, 2500)),
            "开户银行": bank,
            "银行账号": card,
            "联系电话": contact_cell(doc, p) if rng.random() < 0.8 else "",
            "变动情况": rng.choice(["新增", "续保", "续保", "调标", "停保"]),
            "备注": note,
        }
        rows.append([vals[c] for c in cols])
    table(doc, [cols], rows, pick_layout(doc), merged=None)
    doc.line(
        "填表人：%s    审核人：%s    填表日期：%s"
        % (official(rng, doc), official(rng, doc), cdate(day(rng, 2023), rng.randrange(3)))
    )
    if rng.random() < 0.5:
        doc.line(
            "备注：1.保障金按月发放至对象一卡通账户；2.资金拨付凭证号%s；3.%s"
            % (gen_order_no(rng), hotline_note(doc))
        )
    return "dibao.taizhang", title


def fam_yunjian(doc):
    rng, R = doc.rng, doc.region
    y = rng.choice([2022, 2023])
    title = "%s%d年国家免费孕前优生健康检查%s" % (
        R["county"],
        y,
        rng.choice(["名单", "对象花名册", "目标人群登记表"]),
    )
    doc.line(title)
    doc.line("填报单位：%s妇幼保健计划生育服务中心    填报日期：%s" % (R["county"], cdate(day(rng, y))))
    heads = [
        ["序号", "女方姓名", "身份证号", "男方姓名", "身份证号", "联系电话", "现住址", "检查日期", "检查结果"]
    ]
    merged = [
        ("序号", 1),
        ("女方", 2),
        ("男方", 2),
        ("联系电话", 1),
        ("现住址", 1),
        ("检查日期", 1),
        ("检查结果", 1),
    ]
    use_merged = rng.random() < 0.4
    if use_merged:
        heads = [["", "姓名", "身份证号", "姓名", "身份证号", "", "", "", ""]]
    rows = []
    for i in range(rng.randrange(3, 12)):
        w = Person(rng, R, doc, female=True, lo=1985, hi=2002)
        h = Person(rng, R, doc, female=False, lo=1982, hi=2000)
        res = (
            ("health", rng.choice(PREG_ABN))
            if rng.random() < 0.25
            else rng.choice(["未见异常", "正常", "低风险"])
        )
        rows.append(
            [
                str(i + 1),
                nm(w),
                idc(doc, w),
                nm(h),
                idc(doc, h),
                mob(doc, w.mobile if rng.random() < 0.7 else h.mobile),
                addr(w) if rng.random() < 0.7 else bare_place(rng, R),
                cdate(day(rng, y), 1),
                res,
            ]
        )
    table(doc, heads, rows, pick_layout(doc), merged=merged if use_merged else None)
    doc.line("制表人：%s    审核：%s" % (official(rng, doc), official(rng, doc)))
    if rng.random() < 0.4:
        doc.line("备注：检查结果异常者已由乡镇卫生院随访。咨询电话：%s" % office_phone(rng, R))
    return "yunjian.mingdan", title


SHOP_KIND = ["便利店", "副食店", "小吃店", "农资店", "烟酒商行", "牛羊肉店", "藏式茶馆", "客家菜馆", "药店"]
VIOL = [
    ("销售过期食品", "《中华人民共和国食品安全法》第三十四条第（十）项", "市场监督管理局"),
    ("未取得食品经营许可从事食品经营活动", "《中华人民共和国食品安全法》第三十五条第一款", "市场监督管理局"),
    ("占道经营", "《城市市容和环境卫生管理条例》第十四条", "城市管理综合执法局"),
    ("驾驶机动车违规运输建筑垃圾遗撒", "《城市市容和环境卫生管理条例》第十五条", "城市管理综合执法局"),
    ("未经批准擅自占用耕地建房", "《中华人民共和国土地管理法》第七十八条", "自然资源局"),
]


def fam_chufa(doc):
    rng, R = doc.rng, doc.region
    viol, law, dept = rng.choice(VIOL)
    ag = agency(R, dept)
    sub = rng.choice(["jueding", "jueding", "gaozhi"])
    title = "行政处罚决定书" if sub == "jueding" else "行政处罚告知书"
    doc.line(ag)
    doc.line(title)
    d = day(rng, 2023)
    doc.line(
        "%s%s罚%s〔%d〕%d号"
        % (
            SHORT[rkey(R)],
            DEPT_ABBR[dept][0],
            "决" if sub == "jueding" else "告",
            d.year,
            rng.randrange(1, 300),
        )
    )
    doc.t("\n")
    company = rng.random() < 0.35
    p = Person(rng, R, doc)
    shop = (
        R["county"]
        + rng.choice(["兴旺", "福源", "雪域", "客家", "清真", "吉祥", "鑫源"])
        + rng.choice(SHOP_KIND)
    )
    shop_addr = "%s%s%d号" % (R["county"], rng.choice(R["roads"]), rng.randrange(1, 300))
    if company:
        cname = (
            R["county"]
            + rng.choice(["恒通", "瑞丰", "雪域", "兴达", "客都"])
            + rng.choice(["商贸有限公司", "建材有限公司", "运输有限公司"])
        )
        kv(
            doc,
            [
                ("当事人", cname),
                ("统一社会信用代码", credit_code(rng, R, "91")),
                ("住所", shop_addr),
                ("法定代表人", nm(p)),
                ("身份证号码", idc(doc, p) if rng.random() < 0.5 else None),
                ("联系电话", mob(doc, p.mobile) if rng.random() < 0.6 else office_phone(rng, R)),
            ],
            rng.choice(["colon", "spaced", "inline2"]),
        )
        who = cname
    else:
        pairs = [
            ("当事人", nm(p)),
            ("性别", p.sex),
            ("民族", ethnic(R, rng)),
            ("出生日期", cdate(p.birth)),
            ("身份证号码", idc(doc, p)),
            ("住址", addr(p)),
            ("联系电话", contact_cell(doc, p)),
        ]
        if rng.random() < 0.5:
            pairs.insert(1, ("字号名称", shop))
            pairs.insert(2, ("统一社会信用代码", credit_code(rng, R, "92")))
            pairs.insert(3, ("经营场所", shop_addr))
        if rng.random() < 0.15:
            pairs.append(("电子邮箱", ("email", gen_email(rng))))
        kv(doc, pairs, rng.choice(["colon", "spaced", "inline2", "ascii"]))
        who = None
    doc.t("\n")
    doc.t(
        "    %s%s，本机关执法人员%s（执法证号：%s）、%s（执法证号：%s）在%s进行检查时发现，当事人"
        % (
            cdate(d),
            rng.choice(["上午", "下午"]),
            official(rng, doc),
            "%s%06d" % (R["code"][:4], rng.randrange(10**6)),
            official(rng, doc),
            "%s%06d" % (R["code"][:4], rng.randrange(10**6)),
            shop_addr,
        )
    )
    if who is None and rng.random() < 0.5:
        doc.add(nm(p))
    if "机动车" in viol or (dept == "城市管理综合执法局" and rng.random() < 0.5):
        doc.t("驾驶号牌为" if "机动车" in viol else "使用号牌为")
        doc.add(("license_plate", gen_plate(rng, R)))
        doc.t(
            "的%s"
            % ("重型自卸货车" if "机动车" in viol else rng.choice(["轻型厢式货车", "三轮汽车", "面包车"]))
        )
    doc.t("存在%s的行为。" % viol)
    if rng.random() < 0.3:
        w = Person(rng, R, doc)
        doc.t("证人")
        doc.add(nm(w))
        doc.t("（联系电话")
        doc.add(mob(doc, w.mobile))
        doc.t("）证实了上述事实。")
    doc.t("\n")
    doc.line(
        "    以上事实有现场检查笔录、询问笔录、现场照片%d张、当事人身份证复印件等证据证实。"
        % rng.randrange(2, 12)
    )
    fine = rng.choice([500, 1000, 2000, 3000, 5000, 10000])
    if sub == "jueding":
        doc.line(
            "    当事人的上述行为违反了%s的规定。依据相关规定，本机关决定对当事人作出如下行政处罚：罚款人民币%d元（大写：%s元整）。"
            % (
                law,
                fine,
                {500: "伍佰", 1000: "壹仟", 2000: "贰仟", 3000: "叁仟", 5000: "伍仟", 10000: "壹万"}[fine],
            )
        )
        doc.line(
            "    当事人应当自收到本决定书之日起十五日内，将罚款缴至%s非税收入汇缴结算户（账号：%s），缴款识别码：%s。"
            % (
                R["county"] + "财政局",
                "%d%016d" % (rng.randrange(1000, 9999), rng.randrange(10**16)),
                "%020d" % rng.randrange(10**19),
            )
        )
        doc.line(
            "    如不服本处罚决定，可以在收到本决定书之日起六十日内向%s人民政府申请行政复议，或者在六个月内向%s人民法院提起行政诉讼。"
            % (R["county"], R["county"])
        )
    else:
        doc.line("    本机关拟依据%s的规定，对你（单位）作出罚款人民币%d元的行政处罚。" % (law, fine))
        doc.line(
            "    根据《中华人民共和国行政处罚法》第四十四条、第四十五条之规定，你（单位）有权在收到本告知书之日起五个工作日内进行陈述和申辩；符合听证条件的，可以要求听证。逾期视为放弃上述权利。"
        )
        doc.line(
            "    联系人：%s    联系电话：%s    地址：%s    邮编：%s"
            % (official(rng, doc), office_phone(rng, R), agency_addr(rng, R), R["post"])
        )
    doc.t("\n")
    doc.line(" " * 20 + ag)
    doc.line(" " * 20 + cdate(d + timedelta(days=rng.randrange(7, 40))))
    if sub == "gaozhi" and rng.random() < 0.6:
        doc.t("当事人签收：")
        doc.add(nm(p))
        doc.line("    签收日期：" + cdate(d + timedelta(days=rng.randrange(41, 50))))
    return "chufa." + sub, title


def names_list(doc, persons, sep="、"):
    out = []
    for i, p in enumerate(persons):
        if i:
            out.append(sep)
        out.append(nm(p))
    return out


def fam_gongshi(doc):
    rng, R = doc.rng, doc.region
    sub = rng.choice(["linshijiuzhu", "weifang", "gongyigangwei"])
    town = rng.choice(R["towns"])
    y = rng.choice([2022, 2023])
    if sub == "linshijiuzhu":
        title = "%s%s%d年第%d批临时救助对象公示" % (R["county"], town, y, rng.randrange(1, 8))
    elif sub == "weifang":
        title = "%s%d年农村危房改造对象公示名单" % (R["county"], y)
    else:
        title = "%s%d年公益性岗位拟聘用人员公示" % (R["county"], y)
    doc.line(title)
    n = rng.randrange(3, 12)
    persons = [Person(rng, R, doc) for _ in range(n)]
    if sub == "weifang":
        for p in persons:
            p.addr = home_address(rng, R, urban=False)
    mask_names = rng.random() < 0.12
    doc.t(
        "    根据%s有关规定，经个人申请、%s审核，"
        % (
            {
                "linshijiuzhu": "《社会救助暂行办法》",
                "weifang": "《农村危房改造基本安全技术导则》",
                "gongyigangwei": "《就业补助资金管理办法》",
            }[sub],
            "县人力资源和社会保障局"
            if sub == "gongyigangwei"
            else rng.choice(["村（居）民主评议、乡镇（街道）", "乡镇人民政府"]),
        )
    )
    if rng.random() < 0.5 and not mask_names:
        k = min(n, rng.randrange(2, 5))
        doc.t("拟确定")
        doc.add(names_list(doc, persons[:k]))
        doc.t(
            "等%d%s为%s对象，"
            % (
                n,
                "户" if sub != "gongyigangwei" else "人",
                {"linshijiuzhu": "临时救助", "weifang": "危房改造", "gongyigangwei": "公益性岗位聘用"}[sub],
            )
        )
    d0 = day(rng, y)
    doc.t("现予以公示，公示期为%s至%s。\n" % (cdate(d0), cdate(d0 + timedelta(days=rng.choice([5, 7, 9])))))
    rows = []
    if sub == "linshijiuzhu":
        heads = [["序号", "姓名", "身份证号码", "村（社区）", "家庭人口", "救助事由", "救助金额（元）"]]
        if rng.random() < 0.4:
            heads[0].insert(4, "联系电话")
        for i, p in enumerate(persons):
            reason = (
                ("health", gen_health(rng, R))
                if rng.random() < 0.5
                else rng.choice(["因灾房屋受损", "因学", "遭遇意外事故", "突发火灾", "缺劳力"])
            )
            row = [
                str(i + 1),
                nm(p) if not mask_names else mask_name(p.name, rng),
                idc(doc, p) if rng.random() < 0.85 else mask_id(p.id, rng),
                rng.choice(R["villages"]),
                str(rng.randrange(1, 7)),
                reason,
                str(rng.choice([500, 800, 1000, 1500, 2000, 3000, 5000])),
            ]
            if len(heads[0]) == 8:
                row.insert(4, mob(doc, p.mobile) if rng.random() < 0.7 else mask_mobile(p.mobile))
            rows.append(row)
    elif sub == "weifang":
        heads = [
            [
                "序号",
                "户主姓名",
                "身份证号",
                "家庭住址",
                "家庭人口",
                "对象类别",
                "危房等级",
                "改造方式",
                "补助资金（万元）",
            ]
        ]
        for i, p in enumerate(persons):
            cat = rng.choice(
                ["低保户", "分散供养特困人员", "低收入户", "脱贫不稳定户", ("health", "贫困残疾人家庭")]
            )
            rows.append(
                [
                    str(i + 1),
                    nm(p) if not mask_names else mask_name(p.name, rng),
                    idc(doc, p),
                    addr(p) if rng.random() < 0.7 else bare_place(rng, R),
                    str(rng.randrange(1, 7)),
                    cat,
                    rng.choice(["C级", "D级"]),
                    rng.choice(["维修加固", "原址重建", "异地新建"]),
                    "%.1f" % rng.choice([1.2, 1.5, 2.0, 2.5, 3.0, 3.5]),
                ]
            )
    else:
        heads = [["序号", "姓名", "性别", "年龄", "身份证号码", "困难类型", "拟安置岗位", "联系电话"]]
        if rng.random() < 0.4:
            heads = [["序号", "姓名", "困难类型", "性别", "身份证号码", "联系电话", "年龄", "拟安置岗位"]]
        for i, p in enumerate(persons):
            r = rng.random()
            if r < 0.45:
                ty = ("health", rng.choice(["残疾人", "因病", "因残", "重病家庭成员" if False else "残疾人"]))
            else:
                ty = rng.choice(["零就业家庭", "4050人员", "低保家庭成员", "脱贫劳动力", "长期失业人员"])
            post = rng.choice(
                ["保洁员", "生态护林员", "护路员", "村级协管员", "公共设施管护员", "草原管护员"]
            )
            vals = {
                "序号": str(i + 1),
                "姓名": nm(p) if not mask_names else mask_name(p.name, rng),
                "性别": p.sex,
                "年龄": str(p.age()),
                "身份证号码": idc(doc, p),
                "困难类型": ty,
                "拟安置岗位": post,
                "联系电话": mob(doc, p.mobile) if rng.random() < 0.8 else mask_mobile(p.mobile),
            }
            rows.append([vals[h] for h in heads[0]])
    if mask_names:
        for p in persons:
            doc.used_names.discard(p.name)
    table(doc, heads, rows, pick_layout(doc))
    doc.line("    " + hotline_note(doc))
    doc.line("    联系人：%s" % official(rng, doc))
    doc.line(
        " " * 20 + (agency(R, "民政局") if sub != "gongyigangwei" else agency(R, "人力资源和社会保障局"))
    )
    doc.line(" " * 20 + cdate(day(rng, y)))
    return "gongshi." + sub, title


def fam_shenqing(doc):
    rng, R = doc.rng, doc.region
    sub = rng.choice(["linshijiuzhu", "canjiren"])
    p = Person(rng, R, doc)
    if sub == "linshijiuzhu":
        title = "%s临时救助申请审批表" % R["county"]
        doc.line(title)
        bank, card = bank_pair(doc)
        pairs = [
            ("申请人", nm(p)),
            ("性别", p.sex),
            ("出生日期", cdate(p.birth, rng.randrange(3))),
            ("身份证号", idc(doc, p)),
            ("户籍所在地", addr(p)),
            ("现居住地址", addr(home_address(rng, R)) if rng.random() < 0.3 else "同上"),
            ("联系电话", contact_cell(doc, p)),
            ("开户行", bank),
            ("账号", card),
        ]
        if rng.random() < 0.1:
            pairs.append(
                ("紧急联系人", [nm(Person(rng, R, doc)), "（", rng.choice(["儿子", "女儿", "侄子"]), "）"])
            )
        kv(doc, pairs)
        mems = household(doc, p, rng.randrange(0, 3))
        if mems:
            doc.line("家庭成员：")
            rows = [[nm(m), rel, str(m.age()), idc(doc, m), health_status_cell(doc, m)] for rel, m in mems]
            table(
                doc,
                [["姓名", "关系", "年龄", "身份证号", "健康状况"]],
                rows,
                pick_layout(doc, ["tab", "space", "md", "html", "cells", "csv"]),
            )
        doc.t("申请事由：")
        r = rng.random()
        if r < 0.6:
            doc.t("本人于%s被确诊患" % cdate(day(rng, 2023)))
            doc.add(("health", disease(rng, R)))
            doc.t(
                "，住院治疗花费%d元，医保报销后自付%d元，家庭无力承担，特申请临时救助。\n"
                % (rng.randrange(20000, 200000), rng.randrange(5000, 60000))
            )
        else:
            doc.line(
                "%s，家中房屋受损，生活陷入困境，特申请临时救助。"
                % rng.choice(["因暴雨引发山洪", "因突发火灾", "因交通事故"])
            )
        doc.line("申请金额：%d元" % rng.choice([2000, 3000, 5000]))
        doc.t("申请人签字：")
        doc.add(nm(p))
        doc.line("    日期：%s" % cdate(day(rng, 2023)))
        doc.line("经办人：%s    乡镇（街道）审核：%s" % (official(rng, doc), official(rng, doc)))
        return "shenqing.linshijiuzhu", title
    title = "中华人民共和国残疾人证申请表"
    doc.line(title)
    doc.line("受理编号：CL%s%06d" % (R["code"], rng.randrange(10**6)))
    split = rng.random() < 0.5
    cat = rng.choice(DIS_CAT)
    lvl = rng.choice(DIS_LVL)
    pairs = [
        ("姓名", nm(p)),
        ("性别", p.sex),
        ("民族", ethnic(R, rng)),
        ("出生日期", cdate(p.birth, 1)),
        ("身份证号", idc(doc, p, 0.1)),
        ("户籍地址", addr(p)),
        ("现住址", "同户籍地址" if rng.random() < 0.6 else addr(home_address(rng, R))),
        ("联系电话", contact_cell(doc, p, 0.2)),
        ("婚姻状况", rng.choice(["已婚", "未婚", "丧偶"])),
    ]
    if split:
        pairs += [("残疾类别", ("health", cat)), ("残疾等级", ("health", lvl))]
    else:
        pairs += [("残疾类别及等级", ("health", cat + lvl))]
    if rng.random() < 0.6:
        g = Person(rng, R, doc)
        pairs += [
            ("监护人（联系人）", nm(g)),
            ("与本人关系", rng.choice(["父子", "母子", "夫妻", "兄妹"])),
            ("监护人电话", mob(doc, g.mobile)),
        ]
    if rng.random() < 0.2:
        pairs += [("机动车号牌（残疾人专用车）", ("license_plate", gen_plate(rng, R)))]
    kv(doc, pairs)
    doc.line(
        "评定机构：%s人民医院    评定医师：%s    评定日期：%s"
        % (R["county"], official(rng, doc), cdate(day(rng, 2023)))
    )
    doc.line(
        "县残联审核意见：符合办证条件，同意发证。    审核人：%s    （%s盖章）"
        % (official(rng, doc), agency(R, "残疾人联合会"))
    )
    doc.line(
        "注：本表一式三份，残疾人证号由系统生成（格式为身份证号加2位类别等级码）。咨询电话：%s"
        % office_phone(rng, R)
    )
    return "shenqing.canjiren", title


def fam_jiyao(doc):
    rng, R = doc.rng, doc.region
    sub = rng.choice(["dibaopingshen", "cunmindaibiao"])
    town = rng.choice([t for t in R["towns"] if not t.endswith("街道")])
    vil = rng.choice(R["villages"])
    host = official(rng, doc)
    rec = official(rng, doc)
    cad = official(rng, doc)
    d = day(rng, 2023)
    if sub == "dibaopingshen":
        title = "%s%s%d年第%d季度低保评审会会议纪要" % (town, vil, d.year, (d.month - 1) // 3 + 1)
    else:
        title = "%s%s村民代表会议纪要" % (town, vil)
    doc.line(title)
    doc.line("时间：%s%s" % (cdate(d), rng.choice(["上午9:30", "下午3:00", "14时30分"])))
    doc.line("地点：%s村委会会议室" % vil)
    doc.line("主持人：%s（村党支部书记）" % host)
    doc.line("记录人：%s（村文书）" % rec)
    reps = [Person(rng, R, doc) for _ in range(rng.randrange(4, 9))]
    doc.t("参会人员：驻村第一书记%s、%s乡包村干部%s，村民代表" % (cad, town[:-1], official(rng, doc)))
    doc.add(names_list(doc, reps, rng.choice(["、", "、", "，", " "])))
    doc.t("等%d人。\n" % (len(reps) + 3))
    doc.line("会议内容：")
    cands = [Person(rng, R, doc) for _ in range(rng.randrange(2, 5))]
    topic = (
        "低保对象评议"
        if sub == "dibaopingshen"
        else rng.choice(["农村危房改造对象评议", "公益性岗位人员推荐", "临时救助对象评议"])
    )
    doc.line(
        "    会议%s。"
        % (
            "对本季度新申请及复核的低保对象进行了民主评议"
            if sub == "dibaopingshen"
            else "就%s事项进行了讨论，并逐户表决" % topic
        )
    )
    for i, c in enumerate(cands):
        doc.t("    %d. " % (i + 1))
        doc.add(nm(c))
        doc.t("户，%s，家庭人口%d人，住" % (rng.choice(["户主", "申请人"]), rng.randrange(1, 7)))
        doc.add(addr(c))
        doc.t("。")
        if rng.random() < 0.6:
            doc.t("%s" % rng.choice(["本人", "其配偶", "其子"]))
            if rng.random() < 0.5:
                doc.t("患有")
                doc.add(("health", disease(rng, R)))
            else:
                doc.t("系")
                doc.add(("health", rng.choice(DIS_CAT) + rng.choice(DIS_LVL)))
            doc.t("，")
        if rng.random() < 0.3:
            doc.t("申请人联系电话")
            doc.add(mob(doc, c.mobile))
            doc.t("，")
        if rng.random() < 0.5:
            sp = rng.choice(reps)
            doc.t("村民代表")
            doc.add(nm(sp))
            doc.t(
                "发言：“%s”"
                % rng.choice(
                    [
                        "他家情况我清楚，确实困难。",
                        "他家儿子在外打工，收入不低。",
                        "同意评为低保户。",
                        "建议再入户核实一下。",
                    ]
                )
            )
        doc.line(
            "表决结果：同意%d票，不同意%d票，弃权%d票。"
            % (rng.randrange(5, 12), rng.randrange(0, 3), rng.randrange(0, 2))
        )
    doc.line("    %s讲话：要求对评议结果在村务公开栏公示7天，公示无异议后上报%s人民政府。" % (host, town))
    doc.line("参会人员签字：")
    lay = rng.choice(["line", "grid", "list", "table"])
    if doc.pdf and lay == "table":
        lay = "grid"
    if lay == "line":
        for i, p in enumerate(reps):
            doc.add(nm(p))
            doc.t("\n" if i % 4 == 3 or i == len(reps) - 1 else "\u3000\u3000")
    elif lay == "grid":
        rows = [[nm(p) for p in reps[i : i + 3]] for i in range(0, len(reps), 3)]
        lay_space(doc, [], rows)
    elif lay == "list":
        doc.add(names_list(doc, reps, "、"))
        doc.t("\n")
    else:
        rows = [
            [
                str(i + 1),
                nm(p),
                "村民代表",
                ("mobile" if rng.random() < 0.5 else None) and mob(doc, p.mobile) or "",
            ]
            for i, p in enumerate(reps)
        ]
        table(doc, [["序号", "姓名", "身份", "联系电话"]], rows, rng.choice(["md", "html", "tab", "csv"]))
    doc.line("%s、%s、%s（以上为村干部）" % (host, cad, rec))
    if rng.random() < 0.4:
        doc.line("附：%s村委会联系电话%s，%s" % (vil, office_phone(rng, R), order_line(doc)))
    return "jiyao." + sub, title


FAMILIES = [
    (fam_yisq, 12),
    (fam_fuyi, 6),
    (fam_rexian, 8),
    (fam_xinfang, 7),
    (fam_dibao_shenpi, 9),
    (fam_dibao_taizhang, 9),
    (fam_yunjian, 7),
    (fam_chufa, 10),
    (fam_gongshi, 14),
    (fam_shenqing, 8),
    (fam_jiyao, 9),
]


def make_doc(seed, i):
    for attempt in range(60):
        rng = random.Random("h41-%d-%d-%d" % (seed, i, attempt))
        region = REGIONS[rng.choice(REGION_KEYS)]
        pdf = rng.random() < 0.25
        doc = Doc(rng, region, pdf)
        fam = rng.choices([f for f, _ in FAMILIES], [w for _, w in FAMILIES])[0]
        typ, title = fam(doc)
        text, spans = finalize(doc, title)
        err = check(text, spans)
        if err is None:
            return {"type": typ + (".pdf" if pdf else ""), "text": text, "spans": spans}
        if DEBUG:
            print("redraw", i, attempt, typ, err, file=sys.stderr)
    raise RuntimeError("could not generate document %d" % i)


DEBUG = False


def decisions():
    doc = __doc__.split("DECISIONS", 1)[1]
    return [l for l in doc.strip().splitlines() if re.match(r"D\d+\.", l)]


def main():
    global DEBUG
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=191)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--debug", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print("\n".join(decisions()))
        return
    DEBUG = a.debug
    docs = [make_doc(a.seed, i) for i in range(a.docs)]
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
    if a.stats:
        kinds, types = {}, {}  # type: ignore[var-annotated]
        for d in docs:
            types[d["type"]] = types.get(d["type"], 0) + 1
            for s in d["spans"]:
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        err = sys.stderr if not a.out else sys.stdout
        print(
            "docs: %d, spans: %d, pdf: %d"
            % (len(docs), sum(kinds.values()), sum(1 for d in docs if d["type"].endswith(".pdf"))),
            file=err,
        )
        print("per kind:", file=err)
        for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
            print("  %-16s %d" % (k, v), file=err)
        print("per type:", file=err)
        for k, v in sorted(types.items()):
            print("  %-34s %d" % (k, v), file=err)


if __name__ == "__main__":
    main()
