#!/usr/bin/env python3
# ruff: noqa: B007, B905, C408, E501, F541, F841, I001, PIE808, RUF005, SIM115
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout38 -- blind labelled evaluation set for a PII detector on Chinese
government-disclosure (政务公开) documents.

Written without looking at the detector.  Standard library only.

    python holdout38.py --docs 400 --seed 173 -o out.jsonl [--stats]
    python holdout38.py --decisions

Each output line: {"type": "family.subkind[.pdf]", "text": ..., "spans": [...]}
with spans {"kind", "start", "end", "text"} (Python str offsets).

Families: dibao (roster / check / adjust / tekun), health (prepreg / twocancer),
penalty (market / traffic / land / police), notice (relief / disab / yulu /
farmland), form (ogi / dibao), minutes (villagers / review), court (service /
arbitration), veteran (roster).  Regions: 布拖县 513429, 郸城县 411625, 田林县
451029, 望奎县 231221, 古田县 350922, 略阳县 610727.  About 25 % of documents
are "PDF text extraction" variants (suffix .pdf).

DECISIONS
D1. name: every private person whose name is written in full is labelled: applicants, recipients, household heads and members (children included), 当事人 / 违法行为人 / 被侵害人, court and arbitration parties, petitioners, villagers and 村民代表 speaking, voting or signing in minutes, spouses in 孕前 lists, students in 雨露计划 lists, family contacts.
D2. name: officials and staff acting for an agency are NOT labelled: 执法人员, 承办人, 审核人, 经办人, 核查人员, 受理人, judges, 书记员, arbitrators, 包村干部, and 村两委 cadres (村党支部书记, 村委会主任, 村文书) when acting in that role (主持人, 记录人, 监督人).
D3. name: a company's 法定代表人 / 负责人 is a private natural person (not agency staff) and is labelled; the company's own name is not.
D4. name: masked forms (张某, 李某某, 王*, 吉克**) and place names containing surnames (王楼村, 李庄, 韦家屯, 张集镇) are near-misses, not labelled.
D5. name: in PDF variants two-character names may be padded with U+3000 ("王　芳"); the span covers the whole padded form.
D6. address: labelled only when it is a private person's home / 户籍 / 现居住 address written down to 号, 栋, 单元, 室 or 组 (incl. 屯/村 + 组); the span is the full address as written (province/county prefix included when present).  A "村组" cell such as "王楼村三组" next to a household is such an address.
D7. address: addresses of agencies, courts, companies, shops and 个体工商户 经营场所 are not labelled even when they end in 号; home addresses given only to 村/屯/乡镇 level, bare village/township names and places of an offence ("王楼村东侧") are not labelled.
D8. mobile: every full mobile number is labelled, including a staff contact's mobile (the staff member's name is still not labelled); a leading +86 / 86 is inside the span.  Masked numbers (138****1234) are not labelled.
D9. landline: a private person's / household's landline is labelled; agency and company landlines, extensions, hotlines (12345, 12315, 12348) are not.
D10. id_card: the 18-digit number is labelled wherever it is a person's number, including as 驾驶证号 and as the first 18 characters of a 20-character 残疾人证号 (the trailing category/grade digits stay outside the span).  Partially masked IDs (5134291985****123X) are not labelled.  id_card_15 is used for old 15-digit 一代证 numbers (原身份证号).
D11. bank_card: only full card numbers (16-19 digits, Luhn, real issuer prefix), plain or in groups of 4; masked card numbers and order / transaction / 流水 numbers are not labelled.  Passbook (存折) numbers are never generated.
D12. email: personal mailboxes (qq.com, 163.com, 126.com, sina.com, ...) are labelled; agency mailboxes (…@….gov.cn, and an agency's own 163 box stated as the agency's) are not.
D13. passport / hk_macau_permit / tw_permit: labelled as the bare number (E12345678, C12345678, L12345678), without the label text.
D14. license_plate: a private person's vehicle plate is labelled in the form written (川W5A123, 川W·5A123, 川W 5A123).
D15. health: the illness / disability phrase next to a person is labelled (e.g. "尿毒症", "肢体残疾二级", "乙肝表面抗原阳性"), without verbs such as 患/因; normal results ("健康", "未见异常", "正常") and programme names (两癌筛查, 孕前优生健康检查, 残疾人两项补贴, 重度残疾人护理补贴) are not labelled.
D16. Near-misses never labelled: 统一社会信用代码 (GB 32100-valid), 索引号, 文号, case numbers, 执法证号, order/transaction numbers (16-19 digits, some Luhn-valid, never with a card issuer prefix), amounts, dates, ages, postcodes, acreage, office landlines and hotlines, gov.cn mailboxes, masked values, officials in role, agency/company addresses, bare village names.
D17. Birth dates, ethnicity and sex are not generated as separate personal data (no such kind); ages appear as plain numbers and are not labelled.
D18. A document is redrawn if any self-check fails: spans sorted, non-overlapping, exact, trimmed; each kind passes its own format/checksum check; after masking labelled spans no mobile, valid 18-digit ID or Luhn-valid card with issuer prefix remains; a labelled name never occurs outside labelled spans.
"""

import argparse
import datetime
import json
import re
import random
import sys

# ----------------------------------------------------------------------------
# checksums and validators
# ----------------------------------------------------------------------------
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


CC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55

    r = 11 - sum(val(c) * w for c, w in zip(s8, ORG_W)) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cc_check(s17):
    r = (31 - sum(CC_ALPHA.index(c) * w for c, w in zip(s17, CC_W)) % 31) % 31
    return CC_ALPHA[r]


def cc_valid(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    return cc_check(s[:17]) == s[17]


def real_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


# every county code used anywhere in this file (own counties + neighbours)
KNOWN_REGIONS = {
    "513429",
    "513431",
    "513430",
    "513436",
    "513432",
    "513401",
    "411625",
    "411624",
    "411627",
    "411628",
    "411681",
    "411602",
    "451029",
    "451027",
    "451028",
    "451030",
    "451031",
    "451002",
    "231221",
    "231222",
    "231223",
    "231202",
    "231281",
    "350922",
    "350923",
    "350902",
    "350981",
    "350921",
    "610727",
    "610725",
    "610726",
    "610702",
    "610722",
}
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


def id18_valid(s, known=True):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if known and s[:6] not in KNOWN_REGIONS:
        return False
    if not known and s[:2] not in PROVINCES:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2024) or not real_date(y, m, d):
        return False
    return id_check(s[:17]) == s[17]


def id15_valid(s):
    if not re.fullmatch(r"\d{15}", s) or s[:6] not in KNOWN_REGIONS:
        return False
    return real_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


# (prefix, length) of real issuers used for generated cards
CARD_BINS = [
    ("622848", 19),
    ("622845", 19),
    ("621700", 19),
    ("436742", 19),
    ("622202", 19),
    ("621226", 19),
    ("621799", 19),
    ("622188", 19),
    ("622700", 19),
    ("622588", 16),
]
CARD_PREFIXES = tuple(p for p, _ in CARD_BINS)
# conservative notion of "looks like an issuer prefix" for the leak scan
ISSUER_LIKE = ("3", "4", "5", "6", "9")

MOBILE_PREFIXES = [
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
    "193",
    "195",
    "198",
    "199",
]


def mobile_valid(s):
    d = re.sub(r"^\+?86[- ]?", "", s)
    d = re.sub(r"[- ]", "", d)
    return bool(re.fullmatch(r"1[3-9]\d{9}", d)) and d[:3] in MOBILE_PREFIXES


def card_valid(s):
    if not re.fullmatch(r"\d{16,19}|\d{4}(?: \d{4}){3,4}(?: \d{1,3})?", s):
        return False
    d = s.replace(" ", "")
    return 16 <= len(d) <= 19 and luhn_ok(d) and d.startswith(CARD_PREFIXES)


VALIDATORS = {
    "id_card": lambda s: id18_valid(s),
    "id_card_15": id15_valid,
    "mobile": mobile_valid,
    "landline": lambda s: bool(re.fullmatch(r"(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[- ]?)[2-8]\d{6,7}", s)),
    "bank_card": card_valid,
    "email": lambda s: bool(
        re.fullmatch(r"[a-z0-9][a-z0-9._]{2,30}@(?:qq|163|126|sina|foxmail|139|yeah)\.(?:com|cn)", s)
    ),
    "passport": lambda s: bool(re.fullmatch(r"E(?:\d{8}|[A-HJ-NP-Z]\d{7})", s)),
    "hk_macau_permit": lambda s: bool(re.fullmatch(r"C(?:\d{8}|[A-HJ-NP-Z]\d{7})", s)),
    "tw_permit": lambda s: bool(re.fullmatch(r"L\d{8}", s)),
    "license_plate": lambda s: bool(
        re.fullmatch(r"[川豫桂黑闽陕][A-HJ-NP-Z][· ]?(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4})", s)
    ),
    "address": lambda s: (
        len(s) >= 5
        and s[-1] in "号栋室组元"
        and ("县" in s or "镇" in s or "乡" in s or "街道" in s or "村" in s)
    ),
    "name": lambda s: (
        bool(re.fullmatch(r"[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){1,4}", s)) and "某" not in s
    ),
    "health": lambda s: len(s) >= 2 and s not in ("健康", "正常", "未见异常"),
}

# ----------------------------------------------------------------------------
# regions
# ----------------------------------------------------------------------------
HAN_M = [
    "建国",
    "建军",
    "志强",
    "德明",
    "国华",
    "振华",
    "永福",
    "文斌",
    "海波",
    "明亮",
    "大勇",
    "长青",
    "继红",
    "学军",
    "春生",
    "金宝",
    "立新",
    "庆丰",
    "新民",
    "玉林",
    "伟",
    "军",
    "勇",
    "强",
    "刚",
    "斌",
    "磊",
    "鹏",
    "涛",
    "浩",
    "俊杰",
    "子豪",
    "宇航",
    "家乐",
    "文博",
    "天佑",
    "广才",
    "保国",
    "付成",
    "双喜",
]
HAN_F = [
    "秀英",
    "桂兰",
    "玉梅",
    "春花",
    "淑珍",
    "凤英",
    "丽娟",
    "美玲",
    "金凤",
    "翠萍",
    "海燕",
    "晓红",
    "秀兰",
    "月娥",
    "雪梅",
    "爱琴",
    "冬梅",
    "小燕",
    "芳",
    "娟",
    "敏",
    "静",
    "丽",
    "霞",
    "萍",
    "红",
    "欣怡",
    "梓涵",
    "雨桐",
    "佳琪",
    "思雨",
    "一诺",
    "巧云",
    "彩霞",
    "素珍",
    "荣华",
]

MODERN_M = ["俊杰", "子豪", "宇航", "家乐", "文博", "天佑", "浩"]
MODERN_F = ["欣怡", "梓涵", "雨桐", "佳琪", "思雨", "一诺"]

REGIONS = {
    "butuo": dict(
        dom="butuo",
        prov="四川省",
        city="凉山彝族自治州",
        county="布拖县",
        code="513429",
        codes=["513429"] * 6 + ["513431", "513430", "513436", "513432", "513401"],
        area="0834",
        plate="川W",
        post="615350",
        court="川3429",
        abbr="布",
        seat="特木里镇",
        streets=["解放街", "火把广场路", "城北路", "民主街", "新区大道", "阿都路"],
        towns=[
            "特木里镇",
            "拖觉镇",
            "乌科乡",
            "地洛乡",
            "九都乡",
            "乐安乡",
            "火烈乡",
            "补尔乡",
            "西溪河乡",
            "交际河乡",
        ],
        villages=[
            "阿布洛哈村",
            "洛莫村",
            "瓦都村",
            "依撒村",
            "补洛村",
            "觉撒村",
            "吉吉村",
            "拉果村",
            "阿布村",
            "火普村",
        ],
        vunit="组",
        han=["王", "李", "张", "刘", "陈", "杨", "罗", "余", "何", "吴"],
        minority=0.7,
        mgroup="彝族",
        msur=[
            "吉克",
            "阿说",
            "俄木",
            "曲比",
            "海来",
            "沙马",
            "吉伍",
            "阿的",
            "日火",
            "瓦扎",
            "勒尔",
            "吉木",
            "马海",
            "阿苦",
            "俄的",
            "拉马",
            "吉觉",
            "俄尔",
            "阿吉",
            "阿尔",
            "比曲",
            "木乃",
        ],
        mgiven_m=[
            "日哈",
            "伍沙",
            "木呷",
            "尔布",
            "拉体",
            "约哈",
            "石者",
            "史布",
            "尔古",
            "克布",
            "打各",
            "木果",
            "子日",
            "拉哈",
            "伍各",
            "阿牛",
            "拉惹",
            "尔史",
            "格则",
        ],
        mgiven_f=[
            "阿呷",
            "阿果",
            "阿芝",
            "五呷",
            "阿西",
            "莫色",
            "阿支",
            "阿依",
            "阿妞",
            "么妞",
            "阿莫",
            "以各",
            "日各",
        ],
    ),
    "dancheng": dict(
        dom="dancheng",
        prov="河南省",
        city="周口市",
        county="郸城县",
        code="411625",
        codes=["411625"] * 6 + ["411624", "411627", "411628", "411681", "411602"],
        area="0394",
        plate="豫P",
        post="477150",
        court="豫1625",
        abbr="郸",
        seat="洺北街道",
        streets=["建设路", "人民路", "东风路", "育新街", "郸城大道", "光明路", "健康路"],
        towns=[
            "汲冢镇",
            "石槽镇",
            "宜路镇",
            "钱店镇",
            "吴台镇",
            "南丰镇",
            "白马镇",
            "宁平镇",
            "胡集乡",
            "巴集乡",
            "李楼乡",
            "虎岗乡",
            "张完乡",
            "秋渠乡",
            "丁村乡",
            "双楼乡",
        ],
        villages=[
            "王楼村",
            "李庄村",
            "刘寨村",
            "张集村",
            "陈楼村",
            "孙庄村",
            "赵洼村",
            "郭营村",
            "周寨村",
            "丁庄村",
            "后吴村",
            "马庄村",
        ],
        vunit="组",
        han=[
            "王",
            "李",
            "张",
            "刘",
            "陈",
            "杨",
            "赵",
            "孙",
            "周",
            "吴",
            "郭",
            "马",
            "丁",
            "谢",
            "侯",
            "徐",
            "朱",
            "牛",
            "宋",
            "魏",
        ],
        minority=0.0,
    ),
    "tianlin": dict(
        dom="tianlin",
        prov="广西壮族自治区",
        city="百色市",
        county="田林县",
        code="451029",
        codes=["451029"] * 6 + ["451027", "451028", "451030", "451031", "451002"],
        area="0776",
        plate="桂L",
        post="533300",
        court="桂1029",
        abbr="田",
        seat="乐里镇",
        streets=["新昌街", "平山路", "城东路", "兴林路", "乐里大道", "民族路"],
        towns=[
            "乐里镇",
            "旧州镇",
            "定安镇",
            "六隆镇",
            "浪平镇",
            "潞城瑶族乡",
            "利周瑶族乡",
            "八桂瑶族乡",
            "八渡瑶族乡",
            "百乐乡",
            "者苗乡",
            "高龙乡",
            "平塘乡",
            "那比乡",
        ],
        villages=[
            "平山村",
            "那拉村",
            "百高村",
            "板桃村",
            "弄瓦村",
            "那腊村",
            "央村",
            "八渡村",
            "那比村",
            "福达村",
        ],
        tun=["那弄屯", "板干屯", "百高屯", "弄瓦屯", "那坡屯", "伏平屯", "坝桑屯", "那么屯"],
        vunit="屯",
        han=[
            "韦",
            "黄",
            "农",
            "陆",
            "罗",
            "岑",
            "梁",
            "班",
            "卢",
            "覃",
            "蒙",
            "潘",
            "杨",
            "李",
            "王",
            "盘",
            "邓",
            "赵",
            "黎",
            "凌",
        ],
        minority=0.0,
    ),
    "wangkui": dict(
        dom="wangkui",
        prov="黑龙江省",
        city="绥化市",
        county="望奎县",
        code="231221",
        codes=["231221"] * 6 + ["231222", "231223", "231202", "231281"],
        area="0455",
        plate="黑M",
        post="152100",
        court="黑1221",
        abbr="望",
        seat="望奎镇",
        streets=["文化路", "正阳大街", "东直路", "兴望大街", "南二道街", "北三道街", "建设路"],
        towns=[
            "望奎镇",
            "通江镇",
            "卫星镇",
            "海丰镇",
            "莲花镇",
            "东郊镇",
            "先锋镇",
            "火箭镇",
            "惠七镇",
            "灯塔镇",
            "灵山满族乡",
            "东升乡",
            "后三乡",
            "恭六乡",
        ],
        villages=[
            "正红五村",
            "厢兰头村",
            "后三村",
            "正白二村",
            "厢黄四村",
            "东兴村",
            "前进村",
            "永安村",
            "长发村",
            "丰收村",
        ],
        vunit="组",
        han=[
            "王",
            "李",
            "张",
            "刘",
            "于",
            "孙",
            "赵",
            "高",
            "姜",
            "马",
            "徐",
            "隋",
            "曲",
            "关",
            "那",
            "佟",
            "富",
            "吴",
            "杨",
            "曹",
        ],
        minority=0.0,
    ),
    "gutian": dict(
        dom="gutian",
        prov="福建省",
        city="宁德市",
        county="古田县",
        code="350922",
        codes=["350922"] * 6 + ["350923", "350902", "350981", "350921"],
        area="0593",
        plate="闽J",
        post="352200",
        court="闽0922",
        abbr="古",
        seat="城东街道",
        streets=["新华路", "六一四路", "玉田路", "溪山书画院路", "城西路", "蓝田路", "前垅路"],
        towns=[
            "城东街道",
            "城西街道",
            "平湖镇",
            "大桥镇",
            "黄田镇",
            "鹤塘镇",
            "杉洋镇",
            "凤都镇",
            "水口镇",
            "大甲镇",
            "吉巷乡",
            "泮洋乡",
            "凤埔乡",
            "卓洋乡",
        ],
        villages=[
            "溪边村",
            "前洋村",
            "后垅村",
            "坂中村",
            "富达村",
            "际面村",
            "长桥村",
            "岭头村",
            "瑞岩村",
            "小东村",
        ],
        vunit="号",
        han=[
            "陈",
            "林",
            "黄",
            "张",
            "郑",
            "吴",
            "余",
            "魏",
            "彭",
            "阮",
            "甘",
            "池",
            "肖",
            "李",
            "雷",
            "蓝",
            "钟",
            "游",
            "叶",
        ],
        minority=0.0,
    ),
    "lueyang": dict(
        dom="lueyang",
        prov="陕西省",
        city="汉中市",
        county="略阳县",
        code="610727",
        codes=["610727"] * 6 + ["610725", "610726", "610702", "610722"],
        area="0916",
        plate="陕F",
        post="724300",
        court="陕0727",
        abbr="略",
        seat="兴州街道",
        streets=["嘉陵路", "江北路", "凤凰路", "滨江路", "东关街", "南环路", "象山路"],
        towns=[
            "兴州街道",
            "接官亭镇",
            "西淮坝镇",
            "两河口镇",
            "金家河镇",
            "徐家坪镇",
            "白水江镇",
            "硖口驿镇",
            "马蹄湾镇",
            "乐素河镇",
            "郭镇",
            "黑河镇",
            "白雀寺镇",
            "五龙洞镇",
            "观音寺镇",
            "仙台坝镇",
        ],
        villages=[
            "何家岩村",
            "金池院村",
            "柳树坪村",
            "黑河坝村",
            "三岔子村",
            "磨坝村",
            "石瓮子村",
            "大沟村",
            "铁佛寺村",
            "张家坝村",
        ],
        vunit="组",
        han=[
            "王",
            "张",
            "李",
            "刘",
            "赵",
            "杨",
            "何",
            "罗",
            "周",
            "苟",
            "熊",
            "冯",
            "侯",
            "陈",
            "蒲",
            "姚",
            "吴",
            "马",
        ],
        minority=0.0,
    ),
}
REGION_KEYS = list(REGIONS)
CN_NUM = "〇一二三四五六七八九十"


def cn_small(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


class Gen:
    """Random generators for one document (region-aware)."""

    def __init__(self, rnd, rg, year):
        self.r = rnd
        self.rg = rg
        self.year = year
        self.used_names = set()
        self.reserved = ""  # text of place names already used (names must not occur in it)

    # -- names ---------------------------------------------------------------
    def _raw_name(self, sex, age=None, sur=None):
        r, rg = self.r, self.rg
        if sur and sur in rg.get("msur", ()):
            return sur + r.choice(rg["mgiven_m"] if sex == "男" else rg["mgiven_f"])
        if not sur and rg.get("minority") and r.random() < rg["minority"]:
            given = r.choice(rg["mgiven_m"] if sex == "男" else rg["mgiven_f"])
            return r.choice(rg["msur"]) + given
        if not sur:
            sur = r.choice(rg["han"])
            if r.random() < 0.015 and rg["code"] not in ("513429", "451029"):
                sur = r.choice(["欧阳", "司马", "上官"])
        pool = HAN_M if sex == "男" else HAN_F
        modern = MODERN_M if sex == "男" else MODERN_F
        if age is not None and age < 25 and r.random() < 0.5:
            return sur + r.choice(modern)
        if age is not None and age >= 30:
            pool = [x for x in pool if x not in modern]
        return sur + r.choice(pool)

    def name(self, sex=None, age=None, sur=None):
        sex = sex or self.r.choice("男女")
        for _ in range(200):
            n = self._raw_name(sex, age, sur)
            if n in self.used_names or n in self.reserved:
                continue
            if any(n in u or u in n for u in self.used_names):
                continue
            self.used_names.add(n)
            return n
        raise RuntimeError("names exhausted")

    def masked_name(self):
        n = self._raw_name(self.r.choice("男女"))
        k = self.r.random()
        sur = n[:2] if len(n) == 4 else n[0]
        if k < 0.4:
            return sur + "某"
        if k < 0.6:
            return sur + "某某"
        if k < 0.8:
            return sur + "*" * (len(n) - len(sur))
        return sur + "×" * (len(n) - len(sur))

    # -- places --------------------------------------------------------------
    def town(self):
        t = self.r.choice(self.rg["towns"])
        self.reserved += t + "|"
        return t

    def village(self):
        v = self.r.choice(self.rg["villages"])
        self.reserved += v + "|"
        return v

    def home_address(self, full=None, urban=None):
        """Address of a private person down to 号/组/室...  full: with county prefix."""
        r, rg = self.r, self.rg
        if full is None:
            full = r.random() < 0.6
        pre = ""
        if full:
            pre = (rg["prov"] + (rg["city"] if r.random() < 0.4 else "") if r.random() < 0.35 else "") + rg[
                "county"
            ]
        if urban is None:
            urban = r.random() < 0.35
        if urban:
            st = r.choice(rg["streets"])
            self.reserved += rg["seat"] + "|" + st + "|"
            k = r.random()
            no = r.randint(1, 288)
            if k < 0.35:
                tail = f"{st}{no}号"
            elif k < 0.7:
                tail = f"{st}{no}号{r.randint(1, 12)}栋{r.randint(1, 4)}单元{r.randint(1, 7)}0{r.randint(1, 4)}室"
            elif k < 0.85:
                tail = f"{st}{no}号{r.randint(1, 6)}单元"
            else:
                tail = f"{st}{r.choice(['幸福', '阳光', '锦绣', '滨江', '龙城'])}小区{r.randint(1, 20)}栋{r.randint(1, 30)}0{r.randint(1, 6)}室"
            return pre + rg["seat"] + tail
        t = self.town()
        v = self.village()
        if rg.get("tun") and r.random() < 0.6:
            tn = r.choice(rg["tun"])
            self.reserved += tn + "|"
            tail = f"{tn}{r.randint(1, 60)}号"
        elif rg["vunit"] == "号" or r.random() < 0.3:
            tail = f"{r.randint(1, 180)}号"
        else:
            tail = f"{cn_small(r.randint(1, 12))}组" if r.random() < 0.6 else f"{r.randint(1, 12)}组"
            if r.random() < 0.3:
                tail += f"{r.randint(1, 80)}号"
        return pre + t + v + tail

    def village_only(self):
        """village-level place (near-miss: never ends in 号/组)."""
        r = self.r
        if r.random() < 0.5:
            return self.rg["county"] + self.town() + self.village()
        return self.town() + self.village()

    def agency_address(self):
        r, rg = self.r, self.rg
        st = r.choice(rg["streets"])
        return f"{rg['county']}{rg['seat']}{st}{r.randint(1, 200)}号"

    # -- numbers -------------------------------------------------------------
    def birth(self, age_lo=18, age_hi=85):
        age = self.r.randint(age_lo, age_hi)
        y = self.year - age
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28 if m == 2 else 30)
        return age, y, m, d

    def id18(self, sex, y, m, d):
        code = self.r.choice(self.rg["codes"])
        seq = self.r.randint(0, 499) * 2 + (1 if sex == "男" else 0)
        s17 = f"{code}{y:04d}{m:02d}{d:02d}{seq:03d}"
        return s17 + id_check(s17)

    def id15(self, sex, y, m, d):
        code = self.r.choice(self.rg["codes"])
        seq = self.r.randint(0, 499) * 2 + (1 if sex == "男" else 0)
        return f"{code}{y % 100:02d}{m:02d}{d:02d}{seq:03d}"

    def mask_id(self, idn):
        k = self.r.random()
        if k < 0.4:
            return idn[:6] + "*" * 8 + idn[-4:]
        if k < 0.7:
            return idn[:2] + "*" * 13 + idn[-3:]
        return idn[:10] + "****" + idn[-4:]

    def mobile(self, fmt=None):
        r = self.r
        num = r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))
        k = r.random() if fmt is None else fmt
        if k < 0.72:
            return num
        if k < 0.82:
            return f"{num[:3]} {num[3:7]} {num[7:]}"
        if k < 0.9:
            return f"{num[:3]}-{num[3:7]}-{num[7:]}"
        if k < 0.96:
            return "+86 " + num
        return "+86-" + num

    def mask_mobile(self):
        m = self.mobile(0)
        return m[:3] + "****" + m[-4:]

    def local(self):
        return self.r.choice("2345678") + "".join(self.r.choice("0123456789") for _ in range(6))

    def landline(self):
        a, n = self.rg["area"], self.local()
        k = self.r.random()
        if k < 0.55:
            return f"{a}-{n}"
        if k < 0.75:
            return f"({a}){n}"
        if k < 0.85:
            return f"{a} {n}"
        return a + n

    def office_phone(self):
        """agency landline (near-miss), sometimes with extension."""
        a, n = self.rg["area"], self.local()
        k = self.r.random()
        base = f"{a}-{n}" if k < 0.7 else (f"（{a}）{n}" if k < 0.85 else f"{a} {n}")
        if self.r.random() < 0.2:
            base += self.r.choice(["转", "-", " 转 "]) + str(self.r.randint(800, 8999))
        return base

    def card(self, spaced=None):
        r = self.r
        pre, ln = r.choice(CARD_BINS)
        body = pre + "".join(r.choice("0123456789") for _ in range(ln - len(pre) - 1))
        num = body + luhn_digit(body)
        if spaced is None:
            spaced = r.random() < 0.25
        if spaced:
            return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return num

    def mask_card(self):
        c = self.card(False)
        return c[:6] + "*" * (len(c) - 10) + c[-4:] if self.r.random() < 0.6 else "**** **** **** " + c[-4:]

    def order_no(self, luhn=None):
        """16-19 digit order/transaction number without any card issuer prefix."""
        r = self.r
        ln = r.randint(16, 19)
        if r.random() < 0.7:
            d = datetime.date(self.year, r.randint(1, 12), r.randint(1, 28))
            head = d.strftime("%Y%m%d")
        else:
            head = "0" + r.choice("0123") + "".join(r.choice("0123456789") for _ in range(4))
        body = head + "".join(r.choice("0123456789") for _ in range(ln - len(head) - 1))
        if luhn is None:
            luhn = r.random() < 0.5
        if luhn:
            return body + luhn_digit(body)
        last = r.choice("0123456789")
        return body + last

    def credit_code(self, kind="91"):
        r = self.r
        if kind == "11":
            org = "MB" + "".join(r.choice("0123456789") for _ in range(6))
        elif kind == "12":
            org = "4" + "".join(r.choice("0123456789") for _ in range(7))
        else:
            org = "MA" + "".join(r.choice(CC_ALPHA) for _ in range(6))
        org += org_check(org)
        if org[-1] not in CC_ALPHA:
            org = org[:-1] + "0"
        s17 = kind + self.rg["code"] + org
        s17 = s17[:17]
        code = s17 + cc_check(s17)
        assert cc_valid(code), code
        return code

    def email(self):
        r = self.r
        syl = [
            "wang",
            "li",
            "zhang",
            "liu",
            "chen",
            "yang",
            "huang",
            "wei",
            "lu",
            "nong",
            "jike",
            "axi",
            "ming",
            "hua",
            "jun",
            "xiu",
            "ying",
            "fang",
            "lan",
            "hai",
            "bo",
            "tao",
            "mei",
            "ling",
            "qiang",
        ]
        k = r.random()
        if k < 0.35:
            user = str(r.randint(10000, 3999999999))
            dom = "qq.com"
        else:
            user = r.choice(syl) + r.choice(syl) + (str(r.randint(1, 2003)) if r.random() < 0.7 else "")
            if r.random() < 0.15:
                user = user[:4] + "_" + user[4:]
            dom = r.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com", "yeah.net"])
            if dom == "yeah.net":
                dom = "163.com"
        return f"{user}@{dom}"

    def gov_email(self):
        r = self.r
        return (
            r.choice(["zfxxgk", "xxgk", "mzj", "sczj", "gaj", "zrzyj", "wjw", "xfj", "bgs"])
            + r.choice(["", str(r.randint(1, 9))])
            + f"@{self.rg['dom']}.gov.cn"
        )

    def passport(self):
        r = self.r
        if r.random() < 0.6:
            return "E" + "".join(r.choice("0123456789") for _ in range(8))
        return "E" + r.choice("ABCDEFGHJKLMN") + "".join(r.choice("0123456789") for _ in range(7))

    def hkmo(self):
        r = self.r
        if r.random() < 0.7:
            return "C" + "".join(r.choice("0123456789") for _ in range(8))
        return "C" + r.choice("ABCDEFGHJKLMN") + "".join(r.choice("0123456789") for _ in range(7))

    def twp(self):
        return "L" + "".join(self.r.choice("0123456789") for _ in range(8))

    def plate(self):
        r = self.r
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if r.random() < 0.2:
            tail = (
                r.choice("DF")
                + r.choice(letters + "0123456789")
                + "".join(r.choice("0123456789") for _ in range(4))
            )
        else:
            chars = [r.choice("0123456789") for _ in range(5)]
            for _ in range(r.randint(0, 2)):
                chars[r.randint(0, 4)] = r.choice(letters)
            tail = "".join(chars)
        sep = r.choice(["", "", "·", " "])
        return self.rg["plate"] + sep + tail

    def doc_no(self, code):
        return f"{self.rg['abbr']}{code}〔{self.year}〕{self.r.randint(1, 160)}号"

    def index_no(self):
        return f"{self.credit_code('11')}/{self.year}-{self.r.randint(1, 999):05d}"

    def date_range(self, days=7):
        s = datetime.date(self.year, self.r.randint(1, 12), self.r.randint(1, 20))
        e = s + datetime.timedelta(days=days)
        return f"{s.year}年{s.month}月{s.day}日", f"{e.year}年{e.month}月{e.day}日"

    def date(self, fmt=None):
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        k = r.random() if fmt is None else fmt
        if k < 0.5:
            return f"{self.year}年{m}月{d}日"
        if k < 0.8:
            return f"{self.year}-{m:02d}-{d:02d}"
        return f"{self.year}.{m}.{d}"


# ----------------------------------------------------------------------------
# document builder and layouts
# ----------------------------------------------------------------------------
def T(s):
    return [(s, None)]


def L(kind, s):
    return [(s, kind)]


def J(*parts):
    """join cells / strings into one segment list"""
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append((p, None))
        else:
            out.extend(p)
    return out


def seg_text(segs):
    return "".join(s for s, _ in segs)


class Doc:
    def __init__(self, rnd, pdf):
        self.r = rnd
        self.pdf = pdf
        self.segs = []
        self.space_names = pdf and rnd.random() < 0.7

    def add(self, *items):
        for it in items:
            if isinstance(it, str):
                self.segs.append((it, None))
            else:
                self.segs.extend(it)

    def line(self, *items):
        self.add(*items)
        self.segs.append(("\n", None))

    def N(self, name, table=True):
        if self.space_names and table and len(name) == 2 and self.r.random() < 0.8:
            return L("name", name[0] + "\u3000" + name[1])
        return L("name", name)

    def build(self):
        text, spans, pos = [], [], 0
        for s, k in self.segs:
            if not s:
                continue
            if k:
                spans.append([k, pos, pos + len(s)])
            text.append(s)
            pos += len(s)
        return "".join(text), spans


def dwidth(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def colon(r):
    return r.choice(["：", "：", "：", ":", ": ", "： "])


def spaced_label(r, lab):
    if len(lab) == 2 and r.random() < 0.5:
        return lab[0] + r.choice(["\u3000\u3000", "  ", "    ", "\u3000"]) + lab[1]
    return lab


TABLE_STYLES = ["tab", "space", "md", "html", "csv", "cells", "numbered"]
PDF_TABLE_STYLES = ["tab", "space", "space", "cells", "cells", "numbered"]


def table(doc, headers, rows, style, group=None):
    """rows: list of lists of cells (segment lists).  group: [(label, ncols)] merged header."""
    r = doc.r
    ncol = len(headers)
    if style == "tab":
        if group:
            gl = []
            for lab, n in group:
                gl.append(lab)
                gl.extend([""] * (n - 1))
            doc.line("\t".join(gl))
        doc.line("\t".join(headers))
        for row in rows:
            parts = []
            for i, c in enumerate(row):
                if i:
                    parts.append("\t")
                parts.append(c)
            doc.line(*parts)
    elif style == "space":
        widths = [dwidth(h) for h in headers]
        for row in rows:
            for i, c in enumerate(row):
                widths[i] = max(widths[i], dwidth(seg_text(c)))
        gap = r.choice([2, 2, 3, 4])
        if group:
            line, ci = "", 0
            for lab, n in group:
                w = sum(widths[ci : ci + n]) + gap * (n - 1)
                line += lab + " " * max(1, w - dwidth(lab) + gap)
                ci += n
            doc.line(line.rstrip())

        def emit(cells):
            parts = []
            for i, c in enumerate(cells):
                c = T(c) if isinstance(c, str) else c
                parts.append(c)
                if i < len(cells) - 1:
                    parts.append(" " * (widths[i] - dwidth(seg_text(c)) + gap))
            doc.line(*parts)

        emit(headers)
        for row in rows:
            emit(row)
    elif style == "md":
        if group and r.random() < 0.5:
            gl = []
            for lab, n in group:
                gl.append(f"**{lab}**")
                gl.extend([""] * (n - 1))
            doc.line("| " + " | ".join(gl) + " |")
            doc.line("|" + "---|" * ncol)
            doc.line("| " + " | ".join(headers) + " |")
        else:
            doc.line("| " + " | ".join(headers) + " |")
            doc.line("|" + "|".join(r.choice(["---", ":---:", "----"]) for _ in headers) + "|")
        for row in rows:
            parts = ["| "]
            for i, c in enumerate(row):
                if i:
                    parts.append(" | ")
                parts.append(c)
            parts.append(" |")
            doc.line(*parts)
    elif style == "html":
        doc.line('<table border="1" cellspacing="0">')
        if group:
            doc.add("<tr>")
            ci = 0
            for lab, n in group:
                doc.add(f'<th colspan="{n}">{lab}</th>' if n > 1 else f'<th rowspan="2">{headers[ci]}</th>')
                ci += n
            doc.line("</tr>")
            doc.add("<tr>")
            ci = 0
            for lab, n in group:
                if n > 1:
                    for h in headers[ci : ci + n]:
                        doc.add(f"<th>{h}</th>")
                ci += n
            doc.line("</tr>")
        else:
            doc.line("<tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>")
        for row in rows:
            doc.add("<tr>")
            for c in row:
                doc.add("<td>", c, "</td>")
            doc.line("</tr>")
        doc.line("</table>")
    elif style == "csv":
        doc.line(",".join(headers))
        for row in rows:
            parts = []
            for i, c in enumerate(row):
                if i:
                    parts.append(",")
                if "," in seg_text(c) or (r.random() < 0.1):
                    parts.extend(['"', c, '"'])
                else:
                    parts.append(c)
            doc.line(*parts)
    elif style == "cells":
        if group:
            for lab, _ in group:
                doc.line(lab)
        for h in headers:
            doc.line(h)
        for row in rows:
            for c in row:
                if seg_text(c) == "":
                    continue
                doc.line(c)
    elif style == "numbered":
        sep = r.choice(["，", "；", "  "])
        col = r.choice(["：", ":", ""])
        for k, row in enumerate(rows, 1):
            parts = [r.choice([f"{k}. ", f"{k}、", f"（{k}）", f"{k}．"])]
            first = True
            for h, c in zip(headers, row):
                if h in ("序号", "编号"):
                    continue
                if seg_text(c) == "":
                    continue
                if not first:
                    parts.append(sep)
                parts.extend([h + col, c])
                first = False
            doc.line(*parts)
    else:
        raise ValueError(style)


def kv(doc, label, value, end="\n"):
    r = doc.r
    doc.add(spaced_label(r, label) + colon(r), value if not isinstance(value, str) else T(value), end)


def kv_line(doc, pairs):
    """several label:value pairs on one line"""
    r = doc.r
    sep = r.choice(["    ", "\t", "\u3000\u3000", "  "])
    parts = []
    for i, (lab, val) in enumerate(pairs):
        if i:
            parts.append(sep)
        parts.append(spaced_label(r, lab) + colon(r))
        parts.append(val if not isinstance(val, str) else T(val))
    doc.line(*parts)


def cn_list(doc, names, sep="、"):
    parts = []
    for i, n in enumerate(names):
        if i:
            parts.append(sep)
        parts.append(n)
    return J(*parts)


# ----------------------------------------------------------------------------
# PDF extraction variant
# ----------------------------------------------------------------------------
def apply_inserts(text, spans, inserts):
    """inserts: list of (pos, string); never strictly inside a span."""
    inserts = sorted(inserts, key=lambda x: x[0])
    out, last = [], 0
    for pos, s in inserts:
        out.append(text[last:pos])
        out.append(s)
        last = pos
    out.append(text[last:])
    new = []
    for k, s, e in spans:
        ds = sum(len(x) for p, x in inserts if p <= s)
        de = sum(len(x) for p, x in inserts if p < e)
        new.append([k, s + ds, e + de])
    return "".join(out), new


def pdfify(text, spans, r, title):
    # 1. hard wrap
    width = r.randint(28, 40)
    inside = set()  # type: ignore[var-annotated]
    for _, s, e in spans:
        inside.update(range(s + 1, e))
    inserts = []
    start = 0
    for ln in text.split("\n"):
        pos, end = start, start + len(ln)
        while end - pos > width:
            cut = pos + width
            while cut > pos and (
                cut in inside
                or (
                    text[cut - 1].isascii()
                    and text[cut - 1].isalnum()
                    and text[cut].isascii()
                    and text[cut].isalnum()
                    and cut - pos > width - 8
                )
            ):
                cut -= 1
            if cut <= pos:
                cut = pos + width
                while cut < end and cut in inside:
                    cut += 1
                if cut >= end:
                    break
            inserts.append((cut, "\n"))
            pos = cut
        start = end + 1
    text, spans = apply_inserts(text, spans, inserts)
    # 2. page breaks with running titles / page numbers
    lines = text.split("\n")
    per_page = r.randint(14, 30)
    total = max(1, (len(lines) + per_page - 1) // per_page)
    style = r.randint(0, 3)
    short = title[:20]
    inserts = []
    off, page = 0, 1
    for i, ln in enumerate(lines):
        if i and i % per_page == 0:
            if style == 0:
                s = f"— {page} —\n"
            elif style == 1:
                s = f"第 {page} 页，共 {total} 页\n{short}\n"
            elif style == 2:
                s = f"\n{page}\n\f{short}\n"
            else:
                s = f"- {page} -\n{short}（续表）\n"
            inserts.append((off, s))
            page += 1
        off += len(ln) + 1
    text, spans = apply_inserts(text, spans, inserts)
    if r.random() < 0.5:
        text = text + f"\n— {page} —"
    return text, spans


# ----------------------------------------------------------------------------
# shared pieces
# ----------------------------------------------------------------------------
def person(g, sex=None, lo=18, hi=85, sur=None):
    sex = sex or g.r.choice("男女")
    age, y, m, d = g.birth(lo, hi)
    return dict(name=g.name(sex, age, sur), sex=sex, age=age, idn=g.id18(sex, y, m, d), y=y, m=m, d=d)


def official(g):
    """an official's name: reserved (so no private person collides) but never labelled"""
    return g.name()


def agency(g, dept):
    return g.rg["county"] + dept


def meta_header(doc, g, ag, code="发"):
    r = doc.r
    if r.random() < 0.55:
        k = r.random()
        if k < 0.5:
            doc.line(f"索引号：{g.index_no()}")
            doc.line(f"发布机构：{ag}")
            doc.line(f"发布日期：{g.date(0.6)}")
            if r.random() < 0.5:
                doc.line(f"文号：{g.doc_no(code)}")
            if r.random() < 0.3:
                doc.line("主题分类：民政、扶贫、救灾\\社会福利")
        else:
            doc.line(f"索引号 {g.index_no()}    发布机构 {ag}    生成日期 {g.date(0.6)}")
        doc.line("")


def contact_footer(doc, g, ag):
    r = doc.r
    k = r.random()
    phone = g.office_phone()
    if k < 0.4:
        doc.line(f"监督电话：{phone}（{ag}），{r.choice(['12345', '12345政务服务便民热线', '12349'])}")
    elif k < 0.7:
        doc.line(f"联系电话：{phone}    邮编：{g.rg['post']}")
        doc.line(f"通讯地址：{g.agency_address()}（{ag}）")
    else:
        doc.line(f"如有异议，请在公示期内向{ag}反映。联系电话：{phone}；电子邮箱：{g.gov_email()}")
    if r.random() < 0.3:
        doc.line(f"{ag}")
        doc.line(g.date(0.1))


def phone_cell(g, p_full=0.85):
    r = g.r
    if r.random() < p_full:
        return L("mobile", g.mobile())
    if r.random() < 0.5:
        return T(g.mask_mobile())
    return L("landline", g.landline())


def id_cell(g, p, policy):
    if policy == "full" or (policy == "mixed" and g.r.random() < 0.6):
        return L("id_card", p["idn"])
    return T(g.mask_id(p["idn"]))


def addr_cell(g, p_full=0.7):
    if g.r.random() < p_full:
        return L("address", g.home_address())
    return T(g.village_only())


DISAB = ["视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"]
GRADES = ["一级", "二级", "三级", "四级"]
ILLS = [
    "尿毒症",
    "白血病",
    "脑梗塞后遗症",
    "重度精神障碍",
    "肺结核",
    "肝硬化",
    "慢性肾衰竭",
    "乳腺癌",
    "宫颈癌",
    "糖尿病并发症",
    "先天性心脏病",
    "癫痫",
    "偏瘫",
    "脑瘫",
    "肺癌",
    "系统性红斑狼疮",
    "再生障碍性贫血",
    "帕金森病",
    "精神分裂症",
    "类风湿性关节炎",
]


def disab(g):
    d = g.r.choice(DISAB)
    k = g.r.random()
    if k < 0.6:
        return d + g.r.choice(GRADES)
    if k < 0.8:
        return d
    return d[:-2] + g.r.choice(GRADES)  # 肢体二级


def health_phrase(g):
    return disab(g) if g.r.random() < 0.45 else g.r.choice(ILLS)


REL_AGE = {
    "户主": (0, 0),
    "配偶": (-6, 6),
    "长子": (-32, -20),
    "长女": (-32, -20),
    "次子": (-36, -24),
    "次女": (-36, -24),
    "孙子": (-58, -44),
    "孙女": (-58, -44),
    "母亲": (20, 30),
    "父亲": (22, 32),
}
REL_SEX = {
    "长子": "男",
    "次子": "男",
    "孙子": "男",
    "父亲": "男",
    "长女": "女",
    "次女": "女",
    "孙女": "女",
    "母亲": "女",
}


def relative_ok(head, rel):
    lo, hi = REL_AGE[rel]
    return head["age"] + hi >= 1 and head["age"] + lo <= 98


def relative(g, head, rel):
    """household member with an age consistent with the relation to the head"""
    lo, hi = REL_AGE[rel]
    age = min(98, max(1, head["age"] + g.r.randint(lo, hi)))
    sex = REL_SEX.get(rel) or ("女" if head["sex"] == "男" else "男")
    sur = None
    if (
        head["sex"] == "男"
        and rel in ("长子", "长女", "次子", "次女", "孙子", "孙女", "父亲")
        and g.r.random() < 0.9
    ):
        hn = head["name"]
        sur = hn[:2] if len(hn) == 4 or hn[:2] in ("欧阳", "司马", "上官") else hn[0]
    return person(g, sex, age, age, sur)


def choose_style(doc):
    return doc.r.choice(PDF_TABLE_STYLES if doc.pdf else TABLE_STYLES)


def build_cols(doc, cols, required):
    """cols: [(header, fn, optional_prob)]; keep required + random optional; maybe shuffle"""
    r = doc.r
    keep = [c for c in cols if c[0] in required or r.random() < c[2]]
    shuffled = False
    if r.random() < 0.3:
        head = [c for c in keep if c[0] == "序号"]
        rest = [c for c in keep if c[0] != "序号"]
        r.shuffle(rest)
        keep = head + rest
        shuffled = True
    return keep, shuffled


def run_table(doc, g, cols, nrows, mkrow_ctx, groups=None, style=None):
    """cols: [(header, fn(ctx)->cell)], mkrow_ctx(i)->ctx"""
    style = style or choose_style(doc)
    headers = [c[0] for c in cols]
    rows = []
    for i in range(nrows):
        ctx = mkrow_ctx(i)
        rows.append([c[1](ctx) for c in cols])
    group = None
    if groups:
        group = []
        for lab, hs in groups:
            n = sum(1 for h in headers if h in hs)
            if n:
                group.append((lab, n))
        # merged header only valid if column order follows the group order
        order = [h for lab, hs in groups for h in headers if h in hs]
        if order != headers or sum(n for _, n in group) != len(headers):
            group = None  # type: ignore[assignment]
    table(doc, headers, rows, style, group)
    return style


# ----------------------------------------------------------------------------
# family: 低保
# ----------------------------------------------------------------------------
def fam_dibao_roster(doc, g, sub):
    r, rg = doc.r, g.rg
    ag = agency(g, "民政局")
    tekun = sub == "tekun"
    month = r.randint(1, 12)
    what = "特困人员救助供养" if tekun else r.choice(["城乡居民最低生活保障", "农村低保", "城市低保"])
    title = (
        f"{rg['county']}{g.year}年{month}月{what}审批花名册"
        if r.random() < 0.6
        else f"{g.town()}{g.year}年第{cn_small(r.randint(1, 4))}季度{what}对象花名册"
    )
    doc.line(title)
    meta_header(doc, g, ag, "民发")
    if r.random() < 0.5:
        doc.line(f"填报单位：{g.town()}人民政府（盖章）        填报日期：{g.date()}")
    policy = r.choice(["full", "full", "mixed", "masked"])
    bank_on = r.random() < 0.85
    cols = [
        ("序号", lambda c: T(str(c["i"] + 1)), 1),
        ("乡镇", lambda c: T(c["town"]), 0.6),
        ("村（社区）", lambda c: T(c["vil"]), 0.7),
        ("户主姓名", lambda c: doc.N(c["p"]["name"]), 1),
        ("性别", lambda c: T(c["p"]["sex"]), 0.5),
        ("年龄", lambda c: T(str(c["p"]["age"])), 0.4),
        ("身份证号码", lambda c: id_cell(g, c["p"], policy), 1),
        ("保障人数", lambda c: T(str(c["n"])), 0.8),
        ("保障类别" if not tekun else "供养方式", lambda c: T(c["cat"]), 0.7),
        ("月保障金额（元）", lambda c: T(c["amt"]), 0.9),
        ("银行账号" if r.random() < 0.6 else "一卡通账号", lambda c: c["bank"], 1 if bank_on else 0),
        ("开户行", lambda c: T(c["bankname"]), 0.5 if bank_on else 0),
        ("联系电话", lambda c: c["phone"], 0.5),
        ("家庭住址", lambda c: c["addr"], 0.35),
        ("家庭成员", lambda c: c["members"], 0.3 if not tekun else 0),
        ("备注", lambda c: c["note"], 0.6),
    ]
    keep, shuffled = build_cols(
        doc, cols, {"序号", "户主姓名", "身份证号码"} | ({"银行账号", "一卡通账号"} if bank_on else set())
    )
    town_fixed = g.town()

    def mk(i):
        p = person(g, lo=20 if not tekun else 60, hi=90)
        n = 1 if tekun else r.randint(1, 5)
        mem = []
        if "家庭成员" in [c[0] for c in keep] and n > 1:
            parts = []
            for j, rel in enumerate(
                r.sample(["配偶", "长子", "长女", "次子", "孙子", "孙女", "母亲", "父亲"], n - 1)
            ):
                q = g.name()
                if j:
                    parts.append(r.choice(["、", "，", " "]))
                parts.extend([doc.N(q, False), f"（{rel}）"])
            mem = J(*parts)
        note = T("")
        k = r.random()
        if k < 0.2:
            note = L("health", health_phrase(g))
        elif k < 0.35:
            note = T(r.choice(["新增", "续保", "提标", "复核"]))
        elif k < 0.42:
            note = J("户主", L("health", health_phrase(g)))
        bank = L("bank_card", g.card()) if r.random() < 0.9 else T(g.mask_card())
        return dict(
            i=i,
            p=p,
            n=n,
            town=town_fixed if r.random() < 0.7 else g.town(),
            vil=g.village(),
            cat=r.choice(["分散供养", "集中供养"])
            if tekun
            else r.choice(["A类", "B类", "C类", "一类", "二类"]),
            amt=str(
                r.choice([320, 355, 420, 465, 510, 560, 604, 650, 720, 860, 1020])
                * (1 if tekun else n // 2 + 1)
            ),
            bank=bank,
            bankname=r.choice(["农村信用社", "农业银行", "邮储银行", "农商银行", "建设银行"]),
            phone=phone_cell(g, 0.8),
            addr=addr_cell(g),
            members=mem or T(""),
            note=note,
        )

    groups = [
        ("序号", ["序号"]),
        (
            "户主基本信息",
            ["乡镇", "村（社区）", "户主姓名", "性别", "年龄", "身份证号码", "家庭住址", "联系电话"],
        ),
        ("保障情况", ["保障人数", "保障类别", "供养方式", "月保障金额（元）", "家庭成员"]),
        ("资金发放", ["银行账号", "一卡通账号", "开户行"]),
        ("备注", ["备注"]),
    ]
    nrows = r.randint(4, 14)
    run_table(
        doc, g, [(c[0], c[1]) for c in keep], nrows, mk, None if shuffled or r.random() < 0.4 else groups
    )
    if r.random() < 0.5:
        doc.line(f"合计：{nrows}户，月发放金额 {r.randint(3000, 30000)}.00 元")
    if r.random() < 0.6:
        doc.line(f"经办人：{official(g)}    审核人：{official(g)}    审批人：{official(g)}")
    if r.random() < 0.4:
        doc.line(f"备注：本花名册资金通过“一卡通”系统发放，批次号 {g.order_no()}。")
    contact_footer(doc, g, ag)
    return title


def fam_dibao_check(doc, g, sub):
    r, rg = doc.r, g.rg
    ag = agency(g, "民政局")
    title = r.choice(
        ["最低生活保障家庭入户核查表", "低保申请家庭入户调查核实表", "城乡低保对象入户核查登记表"]
    )
    doc.line(f"{rg['county']}{title}")
    doc.line(
        f"编号：{rg['abbr']}民核〔{g.year}〕{r.randint(1, 999):03d}号"
        if r.random() < 0.5
        else f"核查日期：{g.date()}"
    )
    head = person(g, lo=25, hi=80)
    addr = g.home_address()
    kv_line(
        doc, [("户主姓名", doc.N(head["name"], False)), ("性别", head["sex"]), ("年龄", str(head["age"]))]
    )
    kv(doc, "身份证号", L("id_card", head["idn"]))
    if r.random() < 0.15:
        kv(doc, "原身份证号", L("id_card_15", g.id15(head["sex"], head["y"], head["m"], head["d"])))
    kv(doc, r.choice(["家庭住址", "户籍地址", "现居住地址"]), L("address", addr))
    kv_line(doc, [("联系电话", phone_cell(g, 0.8)), ("邮编", rg["post"])])
    if r.random() < 0.3:
        kv(
            doc,
            "其他联系人",
            J(
                doc.N(g.name(), False),
                r.choice(["（女儿）", "（儿子）", "（侄子）"]),
                " ",
                L("mobile", g.mobile()),
            ),
        )
    doc.line("一、家庭成员情况")
    n = r.randint(1, 5)
    cols = [
        ("姓名", lambda c: doc.N(c["p"]["name"])),
        ("与户主关系", lambda c: T(c["rel"])),
        ("年龄", lambda c: T(str(c["p"]["age"]))),
        ("身份证号", lambda c: id_cell(g, c["p"], "full")),
        ("健康状况", lambda c: c["h"]),
        ("劳动能力", lambda c: T(c["lab"])),
    ]
    if r.random() < 0.3:
        cols = [c for c in cols if c[0] != "身份证号"]

    rels = ["户主"] + [
        x
        for x in r.sample(["配偶", "长子", "长女", "次子", "次女", "孙子", "孙女", "母亲", "父亲"], 9)
        if relative_ok(head, x)
    ][: n - 1]
    n = len(rels)

    def mk(i):
        rel = rels[i]
        p = head if i == 0 else relative(g, head, rel)
        k = r.random()
        h = L("health", health_phrase(g)) if k < 0.35 else T(r.choice(["健康", "健康", "良好", "一般"]))
        lab = "无（未成年）" if p["age"] < 16 else r.choice(["有", "无", "部分丧失", "完全丧失"])
        return dict(p=p, rel=rel, h=h, lab=lab)

    run_table(doc, g, cols, n, mk)
    doc.line("二、家庭经济状况")
    doc.line(
        f"承包耕地 {r.randint(1, 12)}.{r.randint(0, 9)} 亩；年人均纯收入 {r.randint(1800, 6800)} 元；住房 {r.choice(['砖混', '土木', '砖木'])}结构 {r.randint(40, 160)} 平方米。"
    )
    if r.random() < 0.5:
        doc.line(
            J(
                "机动车辆：",
                L("license_plate", g.plate()),
                r.choice(["（农用三轮车）", "（二手面包车，已报废）", "（摩托车）", ""]),
            )
            if r.random() < 0.5
            else "机动车辆：无"
        )
    if r.random() < 0.4:
        doc.line(
            J("存款账户：", L("bank_card", g.card()), f"，余额 {r.randint(100, 9000)}.{r.randint(10, 99)} 元")
        )
    doc.line("三、核查意见")
    doc.line(
        r.choice(
            [
                "经入户核查，该户家庭收入、财产状况符合低保条件，建议纳入保障。",
                "经核查，该户情况属实，家庭人均收入低于当地低保标准。",
                "该户家庭成员长期患病，无稳定收入来源，建议按B类保障。",
            ]
        )
    )
    kv_line(doc, [("核查人员（签字）", f"{official(g)}、{official(g)}"), ("日期", g.date())])
    kv_line(doc, [("户主（签字）", doc.N(head["name"], False)), ("日期", g.date())])
    return title


def fam_dibao_adjust(doc, g, sub):
    r, rg = doc.r, g.rg
    town = g.town()
    ag = town + "人民政府" if r.random() < 0.5 else agency(g, "民政局")
    title = f"{town}{g.year}年第{cn_small(r.randint(1, 4))}季度低保动态调整情况公示"
    doc.line(title)
    meta_header(doc, g, ag, "政")
    doc.line(
        f"根据《{rg['prov'][:-1] if rg['prov'].endswith('省') else rg['prov']}最低生活保障工作规程》，经入户调查、民主评议、乡镇审核、县民政局审批，现将{town}本季度低保动态调整情况公示如下："
    )
    policy = r.choice(["mixed", "masked", "full"])
    for si, sect in enumerate(r.sample(["新增", "停发", "调整"], r.randint(2, 3))):
        doc.line(f"{cn_small(si + 1)}、{sect}对象")
        cols = [
            ("序号", lambda c: T(str(c["i"] + 1))),
            ("村名", lambda c: T(c["vil"])),
            ("户主", lambda c: doc.N(c["p"]["name"])),
            ("身份证号", lambda c: id_cell(g, c["p"], policy)),
            ("人数", lambda c: T(str(c["n"]))),
            ("原因", lambda c: c["why"]),
        ]
        if sect == "调整":
            cols.insert(5, ("调整前（元）", lambda c: T(str(c["a0"]))))
            cols.insert(6, ("调整后（元）", lambda c: T(str(c["a1"]))))
        if r.random() < 0.4:
            cols.insert(4, ("联系电话", lambda c: phone_cell(g, 0.7)))

        def mk(i, sect=sect):
            p = person(g, lo=22, hi=88)
            if sect == "新增":
                k = r.random()
                why = (
                    J(
                        r.choice(["户主", "配偶", "本人"]),
                        r.choice(["患", "因", ""]),
                        L("health", g.r.choice(ILLS)),
                        r.choice(["致贫", "，丧失劳动能力", "，医疗支出大"]),
                    )
                    if k < 0.5
                    else (
                        J("家庭成员", L("health", disab(g)))
                        if k < 0.7
                        else T(r.choice(["无劳动能力", "突发意外事故", "家庭收入低于标准"]))
                    )
                )
            elif sect == "停发":
                why = T(
                    r.choice(
                        [
                            "家庭收入超过标准",
                            "购置商品房",
                            "死亡销户",
                            "户籍迁出",
                            "子女就业，收入增加",
                            "拥有机动车辆",
                        ]
                    )
                )
            else:
                why = T(r.choice(["家庭人口变化", "收入变化", "提标"]))
            a0 = r.randint(200, 900)
            return dict(
                i=i,
                vil=g.village(),
                p=p,
                n=r.randint(1, 5),
                why=why,
                a0=a0,
                a1=a0 + r.choice([-120, -60, 60, 90, 150]),
            )

        run_table(doc, g, cols, r.randint(2, 7), mk)
    d0, d1 = g.date_range(7)
    doc.line(f"公示期：{d0}至{d1}（7天）。")
    if r.random() < 0.4:
        doc.line(
            f"注：已取消对象中{g.masked_name()}、{g.masked_name()}两户系户籍迁出；身份证号码中间位已作隐藏处理（如{g.mask_id(person(g)['idn'])}）。"
        )
    contact_footer(doc, g, ag)
    return title


# ----------------------------------------------------------------------------
# family: 孕前优生 / 两癌筛查
# ----------------------------------------------------------------------------
def fam_health_prepreg(doc, g, sub):
    r, rg = doc.r, g.rg
    ag = agency(g, "卫生健康局") if r.random() < 0.6 else g.town() + "卫生院"
    title = f"{rg['county']}{g.year}年{r.choice(['第一批', '第二批', '上半年', '下半年', ''])}免费孕前优生健康检查对象名单"
    doc.line(title)
    meta_header(doc, g, ag, "卫")
    if r.random() < 0.6:
        doc.line(
            f"为落实国家免费孕前优生健康检查项目，现将{g.year}年参加检查的计划怀孕夫妇名单公布如下（检查地点：{rg['county']}妇幼保健院，{g.agency_address()}）："
        )
    policy = r.choice(["full", "full", "mixed", "masked"])
    thal = rg["code"] == "451029"
    cols = [
        ("序号", lambda c: T(str(c["i"] + 1)), 1),
        ("女方姓名", lambda c: doc.N(c["w"]["name"]), 1),
        ("女方身份证号", lambda c: id_cell(g, c["w"], policy), 1),
        ("女方年龄", lambda c: T(str(c["w"]["age"])), 0.4),
        ("男方姓名", lambda c: doc.N(c["h"]["name"]), 0.9),
        ("男方身份证号", lambda c: id_cell(g, c["h"], policy), 0.7),
        ("联系电话", lambda c: c["ph"], 0.8),
        ("现住址", lambda c: c["addr"], 0.6),
        ("检查日期", lambda c: T(c["dt"]), 0.6),
        ("检查结果", lambda c: c["res"], 0.5),
    ]
    keep, _ = build_cols(doc, cols, {"序号", "女方姓名", "女方身份证号"})

    def mk(i):
        w = person(g, "女", 20, 38)
        h = person(g, "男", 21, 42)
        k = r.random()
        if k < 0.15:
            res = L(
                "health",
                r.choice(["地中海贫血携带者", "α地贫基因携带", "β地贫基因携带"])
                if thal
                else r.choice(
                    [
                        "乙肝表面抗原阳性",
                        "梅毒螺旋体抗体阳性",
                        "甲状腺功能减退",
                        "风疹病毒IgG阴性（易感）",
                        "TORCH感染",
                    ]
                ),
            )
        elif k < 0.25:
            res = J("女方", L("health", r.choice(["乙肝表面抗原阳性", "贫血", "甲状腺功能亢进"])))
        else:
            res = T(r.choice(["未见异常", "正常", "低风险", "未见异常"]))
        return dict(i=i, w=w, h=h, ph=phone_cell(g, 0.85), addr=addr_cell(g, 0.65), dt=g.date(0.6), res=res)

    run_table(doc, g, [(c[0], c[1]) for c in keep], r.randint(4, 14), mk)
    if r.random() < 0.5:
        doc.line(f"咨询电话：{g.office_phone()}（{rg['county']}妇幼保健院）")
    contact_footer(doc, g, ag)
    return title


def fam_health_twocancer(doc, g, sub):
    r, rg = doc.r, g.rg
    town = g.town()
    ag = town + "卫生院" if r.random() < 0.5 else agency(g, "妇幼保健院")
    title = f"{town}{g.year}年农村妇女“两癌”筛查{r.choice(['名单', '结果登记表', '花名册', '随访名单'])}"
    doc.line(title)
    meta_header(doc, g, ag, "卫")
    policy = r.choice(["full", "mixed", "masked", "full"])
    cols = [
        ("序号", lambda c: T(str(c["i"] + 1)), 1),
        ("姓名", lambda c: doc.N(c["p"]["name"]), 1),
        ("年龄", lambda c: T(str(c["p"]["age"])), 0.7),
        ("身份证号", lambda c: id_cell(g, c["p"], policy), 1),
        ("联系电话", lambda c: c["ph"], 0.7),
        ("住址", lambda c: c["addr"], 0.6),
        ("筛查项目", lambda c: T(c["item"]), 0.5),
        ("筛查结果", lambda c: c["res"], 0.7),
        ("随访情况", lambda c: T(c["fu"]), 0.3),
    ]
    keep, _ = build_cols(doc, cols, {"序号", "姓名", "身份证号"})

    def mk(i):
        p = person(g, "女", 35, 64)
        k = r.random()
        item = r.choice(["宫颈癌筛查", "乳腺癌筛查", "宫颈癌、乳腺癌筛查"])
        cerv = ["宫颈癌前病变", "HPV16阳性", "宫颈上皮内瘤变CIN2", "宫颈鳞癌", "HPV高危型阳性", "宫颈炎"]
        breast = ["乳腺结节BI-RADS 4类", "乳腺癌", "乳腺纤维腺瘤", "乳腺增生"]
        pool = cerv if item == "宫颈癌筛查" else (breast if item == "乳腺癌筛查" else cerv + breast)
        if k < 0.25:
            res = L("health", r.choice(pool))
        else:
            res = T(r.choice(["未见异常", "未见异常", "正常", "阴性"]))
        return dict(
            i=i,
            p=p,
            ph=phone_cell(g, 0.85),
            addr=addr_cell(g, 0.6),
            item=item,
            res=res,
            fu=r.choice(["已随访", "转诊县妇幼保健院", "待随访", ""]),
        )

    run_table(doc, g, [(c[0], c[1]) for c in keep], r.randint(4, 14), mk)
    if r.random() < 0.5:
        doc.line(f"注：本名单仅用于项目管理，筛查费用由项目资金承担（人均 {r.choice([100, 120, 135])} 元）。")
    contact_footer(doc, g, ag)
    return title


# ----------------------------------------------------------------------------
# family: 行政处罚决定书
# ----------------------------------------------------------------------------
def party_block(doc, g, p, with_id=True, addr_label=None):
    """natural-person 当事人 block, as label-value lines or one prose sentence"""
    r = doc.r
    addr = g.home_address()
    ph = g.mobile() if r.random() < 0.85 else None
    land = g.landline() if r.random() < 0.15 else None
    if r.random() < 0.5:
        kv(doc, "当事人", doc.N(p["name"], False))
        if r.random() < 0.6:
            kv_line(doc, [("性别", p["sex"]), ("年龄", f"{p['age']}岁")])
        if with_id:
            kv(doc, r.choice(["身份证号码", "公民身份号码", "身份证号"]), L("id_card", p["idn"]))
        kv(doc, addr_label or r.choice(["住址", "住所", "家庭住址", "户籍地址"]), L("address", addr))
        if ph:
            kv(doc, "联系电话", L("mobile", ph))
        if land:
            kv(doc, "固定电话", L("landline", land))
        if r.random() < 0.12:
            kv(doc, "电子邮箱", L("email", g.email()))
    else:
        parts = [r.choice(["当事人：", "当事人", "违法行为人："]), doc.N(p["name"], False), f"，{p['sex']}，"]
        if r.random() < 0.5:
            parts.append(f"{p['age']}岁，")
        if with_id:
            parts.extend(
                [r.choice(["身份证号：", "公民身份号码", "身份证号码："]), L("id_card", p["idn"]), "，"]
            )
        parts.extend([r.choice(["住", "住址：", "家住"]), L("address", addr)])
        if ph:
            parts.extend([r.choice(["，联系电话：", "，电话", "，手机号码"]), L("mobile", ph)])
        if land:
            parts.extend(["、", L("landline", land)])
        parts.append("。")
        doc.line(*parts)


def company_block(doc, g):
    r, rg = doc.r, g.rg
    co = f"{rg['county']}{r.choice(['鑫源', '顺达', '惠民', '金穗', '龙腾', '富民', '宏发'])}{r.choice(['农资经营部', '商贸有限公司', '食品店', '建材有限公司', '副食超市', '药房'])}"
    g.reserved += co + "|"
    kv(doc, "当事人", co)
    kv(
        doc,
        "统一社会信用代码",
        g.credit_code("92" if "店" in co or "部" in co or "超市" in co or "药房" in co else "91"),
    )
    kv(doc, r.choice(["住所", "经营场所"]), g.agency_address())
    rep = g.name()
    kv(doc, r.choice(["法定代表人", "经营者", "负责人"]), doc.N(rep, False))
    if r.random() < 0.5:
        kv(doc, "联系电话", L("mobile", g.mobile()))
    else:
        kv(doc, "联系电话", g.office_phone())
    if r.random() < 0.4:
        kv(doc, "经营者住址", L("address", g.home_address()))
    return co


def fam_penalty(doc, g, sub):
    r, rg = doc.r, g.rg
    dept = {
        "market": ("市场监督管理局", "市监罚"),
        "traffic": ("公安局交通管理大队", "公交决"),
        "land": ("自然资源局", "自然资罚"),
        "police": ("公安局", "公（治）行罚决字"),
    }[sub]
    ag = agency(g, dept[0])
    title = "行政处罚决定书"
    doc.line(ag)
    doc.line(title)
    case_no = f"{rg['abbr']}{dept[1]}〔{g.year}〕{r.randint(1, 399)}号"
    doc.line(case_no if r.random() < 0.6 else f"{rg['abbr']}{dept[1]}〔{g.year}〕第{r.randint(1, 399):04d}号")
    doc.line("")
    party = None
    if sub == "market" and r.random() < 0.5:
        co = company_block(doc, g)
        subj = co
    else:
        party = person(g, lo=19, hi=75)
        party_block(doc, g, party, with_id=r.random() < 0.85)
        subj = party["name"]
        if sub == "market" and r.random() < 0.5:
            shop = f"{party['name'][0] if len(party['name']) < 4 else ''}{r.choice(['记', '氏'])}{r.choice(['小吃店', '五金店', '粮油店', '烟酒店'])}"
            # shop names may embed the surname; keep them surname-only so the full name never appears unlabelled
            kv(doc, "个体工商户名称", f"{rg['county']}{shop}")
            kv(doc, "统一社会信用代码", g.credit_code("92"))
            kv(doc, "经营场所", g.agency_address())
    if sub == "traffic":
        kv(doc, "机动车驾驶证号", L("id_card", party["idn"]))  # type: ignore[index]
        kv_line(
            doc,
            [
                ("准驾车型", r.choice(["C1", "C2", "B2", "A2", "D"])),
                ("档案编号", f"{rg['code'][:4]}{r.randint(10000000, 99999999)}"),
            ],
        )
        kv(doc, "车辆牌号", L("license_plate", g.plate()))
        kv(doc, "发证机关", f"{rg['prov']}{rg['city']}公安局交通警察支队")
    doc.line("")
    subj_seg = doc.N(subj, False) if party else T(subj)
    if sub == "market":
        facts = J(
            f"{g.date(0.1)}，本局执法人员在日常检查中发现，",
            subj_seg,
            r.choice(
                [
                    "销售的散装白酒未标明生产日期",
                    "经营超过保质期的食品",
                    "未取得食品经营许可从事食品销售",
                    "销售不合格化肥",
                ]
            ),
            f"，货值金额 {r.randint(200, 9000)} 元，违法所得 {r.randint(20, 900)} 元。",
        )
    elif sub == "traffic":
        road = f"{r.choice(['G248', 'S217', 'X082', 'G326', 'S302'])}线{r.randint(1, 300)}公里+{r.randint(0, 999)}米"
        facts = J(
            subj_seg,
            f"于{g.date(0.1)}{r.randint(0, 23)}时{r.randint(0, 59)}分，在{road}处，驾驶上述车辆",
            r.choice(
                [
                    "饮酒后驾驶机动车",
                    "超过规定时速50%以上",
                    "未按规定投保交强险",
                    "驾驶与准驾车型不符的机动车",
                ]
            ),
            f"，违法记录编号 {g.order_no(False)}。",
        )
    elif sub == "land":
        place = g.village_only() + r.choice(["东侧", "西头", "南面耕地", "河滩地", "村委会北侧"])
        facts = J(
            subj_seg,
            f"未经批准，于{g.year}年{r.randint(1, 12)}月擅自在{place}占用耕地{r.randint(80, 900)}平方米建设住房，",
            "经勘测不符合土地利用总体规划。",
        )
    else:
        victim = g.name()
        facts = J(
            f"{g.date(0.1)}，",
            subj_seg,
            f"在{g.village_only()}因琐事与",
            doc.N(victim, False),
            r.choice(["发生口角并将其打伤", "发生纠纷，殴打他人", "争吵，故意损毁其财物"]),
            "。经鉴定，",
            doc.N(victim, False),
            r.choice(["的损伤程度为轻微伤", "被损毁财物价值 800 元"]),
            "。",
        )
        if r.random() < 0.3:
            k = r.random()
            doc.line(
                J(
                    "另查明，",
                    subj_seg,
                    "持有",
                    *(
                        ["普通护照（号码", L("passport", g.passport())]
                        if k < 0.4
                        else (
                            ["往来港澳通行证（号码", L("hk_macau_permit", g.hkmo())]
                            if k < 0.75
                            else ["往来台湾通行证（号码", L("tw_permit", g.twp())]
                        )
                    ),
                    "），已依法予以登记。",
                )
            )
        if r.random() < 0.4:
            doc.line(
                J(
                    "被侵害人：",
                    doc.N(victim, False),
                    "，住",
                    L("address", g.home_address()),
                    "，联系电话",
                    L("mobile", g.mobile()),
                    "。",
                )
            )
    doc.line("经查明：")
    doc.line(facts)
    doc.line(
        r.choice(
            [
                "以上事实有现场检查笔录、询问笔录、当事人身份证复印件、照片等证据证实。",
                "上述事实，有当事人陈述和申辩、证人证言、现场勘验笔录等证据证明。",
            ]
        )
    )
    if r.random() < 0.35:
        doc.line(
            f"证人{g.masked_name()}、{g.masked_name()}的证言（联系电话{g.mask_mobile()}）与当事人陈述一致。"
        )
    law = {
        "market": "《中华人民共和国食品安全法》第一百二十四条",
        "traffic": "《中华人民共和国道路交通安全法》第九十一条",
        "land": "《中华人民共和国土地管理法》第七十七条",
        "police": "《中华人民共和国治安管理处罚法》第四十三条",
    }[sub]
    pen = {
        "market": f"没收违法所得，并处罚款 {r.randint(2, 50) * 1000} 元",
        "traffic": f"罚款 {r.choice([200, 1000, 1500, 2000])} 元，暂扣机动车驾驶证六个月",
        "land": "责令限期拆除新建的建筑物，恢复土地原状，并处罚款" + f"{r.randint(5, 60) * 1000}元",
        "police": f"行政拘留{r.choice([5, 7, 10])}日，并处罚款{r.choice([200, 500])}元",
    }[sub]
    doc.line(
        J(
            f"本机关认为，当事人的行为违反了{law}的规定。依据{law}之规定，决定对",
            subj_seg,
            f"作出如下行政处罚：{pen}。",
        )
    )
    doc.line(
        r.choice(
            [
                f"当事人应当自收到本决定书之日起十五日内，持本决定书到{rg['county']}农村信用社缴纳罚款，缴款账号：{g.order_no()}。",
                "罚款缴至指定银行，逾期不缴纳的，每日按罚款数额的3%加处罚款。",
            ]
        )
    )
    doc.line(
        f"如不服本处罚决定，可在收到本决定书之日起六十日内向{rg['county']}人民政府申请行政复议，或者六个月内向{rg['county']}人民法院提起行政诉讼。"
    )
    if r.random() < 0.6:
        doc.line(
            f"执法人员：{official(g)}（执法证号：{rg['code'][:2]}{r.randint(100000000, 999999999)}）、{official(g)}"
        )
    doc.line(ag)
    doc.line(g.date(0.1))
    if r.random() < 0.4:
        doc.line(f"（联系人：{official(g)}，联系电话：{g.office_phone()}；投诉举报电话12315）")
    return (
        title
        + "（"
        + {"market": "市场监管", "traffic": "交通", "land": "自然资源", "police": "治安"}[sub]
        + "）"
    )


# ----------------------------------------------------------------------------
# family: 公示名单
# ----------------------------------------------------------------------------
def fam_notice(doc, g, sub):
    r, rg = doc.r, g.rg
    town = g.town()
    what = {
        "relief": ("临时救助", "民政局"),
        "disab": (r.choice(["困难残疾人生活补贴和重度残疾人护理补贴", "残疾人两项补贴"]), "残疾人联合会"),
        "yulu": ("雨露计划职业教育补助", "乡村振兴局"),
        "farmland": ("耕地地力保护补贴", "农业农村局"),
    }[sub]
    ag = agency(g, what[1]) if r.random() < 0.6 else town + "人民政府"
    title = (
        f"关于{town}{g.year}年{r.choice(['第一批', '第二批', '第三批', '', ''])}拟享受{what[0]}人员名单的公示"
    )
    doc.line(title)
    meta_header(doc, g, ag, "政")
    doc.line(
        f"根据相关政策规定，经本人申请、村（社区）评议、乡镇审核，现将{g.year}年拟享受{what[0]}人员名单予以公示，"
        f"公示期为{r.choice(['5', '7'])}个工作日。"
    )
    policy = r.choice(["full", "mixed", "masked", "none"])
    if sub == "relief":
        cols = [
            ("序号", lambda c: T(str(c["i"] + 1)), 1),
            ("姓名", lambda c: doc.N(c["p"]["name"]), 1),
            ("身份证号", lambda c: id_cell(g, c["p"], policy), 0 if policy == "none" else 1),
            ("家庭住址", lambda c: c["addr"], 0.8),
            ("联系电话", lambda c: c["ph"], 0.8),
            ("救助事由", lambda c: c["why"], 0.9),
            ("救助金额（元）", lambda c: T(c["amt"]), 1),
        ]

        def mk(i):
            p = person(g)
            k = r.random()
            why = (
                J(
                    r.choice(["本人", "其子", "其妻", "户主", "女儿"]),
                    r.choice(["患", "因", "罹患"]),
                    L("health", r.choice(ILLS)),
                    r.choice(["住院治疗", "，医疗费用支出大", "，家庭生活困难"]),
                )
                if k < 0.55
                else T(r.choice(["房屋失火", "遭遇交通事故", "突发洪灾，房屋受损", "子女上学，生活困难"]))
            )
            return dict(
                i=i,
                p=p,
                addr=addr_cell(g, 0.75),
                ph=phone_cell(g, 0.85),
                why=why,
                amt=str(r.choice([500, 800, 1000, 1500, 2000, 3000, 5000])),
            )
    elif sub == "disab":
        cols = [
            ("序号", lambda c: T(str(c["i"] + 1)), 1),
            ("姓名", lambda c: doc.N(c["p"]["name"]), 1),
            ("性别", lambda c: T(c["p"]["sex"]), 0.5),
            ("残疾人证号", lambda c: c["cert"], 0.8),
            ("残疾类别及等级", lambda c: L("health", c["dis"]), 1),
            ("所在村", lambda c: T(c["vil"]), 0.6),
            ("联系电话", lambda c: c["ph"], 0.7),
            ("补贴类别", lambda c: T(c["kind"]), 0.7),
            ("月补贴金额（元）", lambda c: T(c["amt"]), 1),
        ]

        def mk(i):
            p = person(g, lo=6, hi=80)
            d = disab(g)
            cat = str(DISAB.index(d[:4]) + 1) if d[:4] in DISAB else str(r.randint(1, 7))
            grade = "1234"[GRADES.index(d[-2:])] if d[-2:] in GRADES else str(r.randint(1, 4))
            if policy in ("full", "mixed") and r.random() < 0.85:
                cert = J(L("id_card", p["idn"]), cat + grade)
            else:
                cert = T(p["idn"][:6] + "********" + p["idn"][14:] + cat + grade)
            return dict(
                i=i,
                p=p,
                cert=cert,
                dis=d,
                vil=g.village(),
                ph=phone_cell(g, 0.8),
                kind=r.choice(["生活补贴", "护理补贴", "两项补贴"]),
                amt=str(r.choice([70, 80, 90, 100, 140])),
            )
    elif sub == "yulu":
        cols = [
            ("序号", lambda c: T(str(c["i"] + 1)), 1),
            ("学生姓名", lambda c: doc.N(c["s"]["name"]), 1),
            ("身份证号", lambda c: id_cell(g, c["s"], policy), 0 if policy == "none" else 0.8),
            ("户主姓名", lambda c: doc.N(c["h"]["name"]), 0.8),
            ("所在村组", lambda c: c["addr"], 0.7),
            ("就读学校", lambda c: T(c["school"]), 1),
            ("年级", lambda c: T(c["grade"]), 0.6),
            ("补助金额（元）", lambda c: T("1500"), 1),
            ("户主联系电话", lambda c: c["ph"], 0.6),
            ("银行卡号", lambda c: c["bank"], 0.4),
        ]

        def mk(i):
            s = person(g, lo=15, hi=21)
            h = person(g, lo=38, hi=60)
            addr = (
                L(
                    "address",
                    g.village()
                    + (
                        f"{cn_small(r.randint(1, 9))}组"
                        if rg["vunit"] != "屯"
                        else r.choice(rg["tun"]) + f"{r.randint(1, 40)}号"
                    ),
                )
                if r.random() < 0.6
                else T(g.village())
            )
            return dict(
                i=i,
                s=s,
                h=h,
                addr=addr,
                school=r.choice(
                    [
                        f"{rg['city']}职业技术学校",
                        f"{rg['county']}职业中学",
                        f"{rg['prov'][:2]}交通职业技术学院",
                        "技师学院",
                        f"{rg['city']}卫生学校",
                    ]
                ),
                grade=r.choice(["一年级", "二年级", "三年级", "2022级", "2023级"]),
                ph=phone_cell(g, 0.85),
                bank=L("bank_card", g.card()) if r.random() < 0.85 else T(g.mask_card()),
            )
    else:
        cols = [
            ("序号", lambda c: T(str(c["i"] + 1)), 1),
            ("户主姓名", lambda c: doc.N(c["p"]["name"]), 1),
            ("村组", lambda c: c["addr"], 0.7),
            ("身份证号", lambda c: id_cell(g, c["p"], policy), 0 if policy == "none" else 0.7),
            ("承包面积（亩）", lambda c: T(c["mu"]), 1),
            ("补贴标准（元/亩）", lambda c: T(c["std"]), 0.6),
            ("补贴金额（元）", lambda c: T(c["amt"]), 1),
            ("“一卡通”账号", lambda c: c["bank"], 0.8),
            ("联系电话", lambda c: c["ph"], 0.5),
        ]
        std = r.choice([95.5, 106.47, 112.3, 124.0, 87.26])

        def mk(i):
            p = person(g, lo=30, hi=85)
            mu = round(r.uniform(0.8, 18), 2)
            vu = rg["vunit"]
            addr = (
                L(
                    "address",
                    g.village()
                    + (
                        f"{cn_small(r.randint(1, 9))}组"
                        if vu != "屯"
                        else r.choice(rg["tun"]) + f"{r.randint(1, 40)}号"
                    ),
                )
                if r.random() < 0.5
                else T(g.village())
            )
            return dict(
                i=i,
                p=p,
                addr=addr,
                mu=f"{mu:.2f}",
                std=f"{std:.2f}",
                amt=f"{mu * std:.2f}",
                bank=L("bank_card", g.card()) if r.random() < 0.85 else T(g.mask_card()),
                ph=phone_cell(g, 0.8),
            )

    keep, _ = build_cols(doc, cols, {"序号", "姓名", "学生姓名", "户主姓名"})
    if sub == "disab" and r.random() < 0.25:
        # prose list instead of a table
        for i in range(r.randint(3, 8)):
            c = mk(i)
            doc.line(
                J(
                    f"{i + 1}、",
                    doc.N(c["p"]["name"], False),
                    f"，{c['vil']}，",
                    L("health", c["dis"]),
                    f"，{c['kind']}{c['amt']}元/月",
                )
            )
    elif r.random() < 0.15:
        # 、-separated name list by village
        for _ in range(r.randint(2, 4)):
            v = g.village()
            names = [doc.N(g.name(), False) for _ in range(r.randint(3, 9))]
            doc.line(J(f"{v}（{len(names)}人）：", cn_list(doc, names), "。"))
    else:
        run_table(doc, g, [(c[0], c[1]) for c in keep], r.randint(4, 14), mk)
    d0, d1 = g.date_range(r.choice([5, 7, 9]))
    doc.line(f"公示时间：{d0}至{d1}")
    doc.line(f"公示期间如有异议，请以书面或电话形式向{ag}反映。")
    contact_footer(doc, g, ag)
    return title


# ----------------------------------------------------------------------------
# family: filled forms
# ----------------------------------------------------------------------------
def box(r, options, chosen):
    return "".join(
        ("☑" if o == chosen else "□") + o + (" " if r.random() < 0.5 else "") for o in options
    ).strip()


def fam_form_ogi(doc, g, sub):
    r, rg = doc.r, g.rg
    ag = r.choice(
        [
            agency(g, "人民政府办公室"),
            agency(g, "自然资源局"),
            agency(g, "住房和城乡建设局"),
            agency(g, "民政局"),
        ]
    )
    title = "政府信息公开申请表"
    doc.line(f"{ag}{title}")
    doc.line(
        f"申请编号：{rg['abbr']}依申〔{g.year}〕{r.randint(1, 90)}号"
        if r.random() < 0.6
        else f"受理编号：{g.order_no(False)}"
    )
    p = person(g, lo=22, hi=75)
    doc.line("申请人信息（公民）")
    kv_line(
        doc,
        [
            ("姓名", doc.N(p["name"], False)),
            ("工作单位", r.choice(["无", "个体", f"{rg['county']}某建筑公司", "务农"])),
        ],
    )
    idkind = r.choice(["身份证", "身份证", "护照", "港澳通行证", "台湾通行证"])
    doc.line("证件名称：" + box(r, ["身份证", "护照", "港澳通行证", "台湾通行证", "其他"], idkind))
    num = {
        "身份证": L("id_card", p["idn"]),
        "护照": L("passport", g.passport()),
        "港澳通行证": L("hk_macau_permit", g.hkmo()),
        "台湾通行证": L("tw_permit", g.twp()),
    }[idkind]
    kv(doc, "证件号码", num)
    if idkind != "身份证" and r.random() < 0.5:
        kv(doc, "身份证号码", L("id_card", p["idn"]))
    kv_line(doc, [("联系电话", L("mobile", g.mobile())), ("邮政编码", rg["post"])])
    if r.random() < 0.4:
        kv(doc, "固定电话", L("landline", g.landline()))
    kv(doc, "通信地址", L("address", g.home_address(full=True)))
    if r.random() < 0.7:
        kv(doc, "电子邮箱", L("email", g.email()))
    if r.random() < 0.3:
        kv(doc, "传真", "无")
    doc.line("所需信息情况")
    subjects = [
        f"{g.village_only()}土地征收补偿安置方案及补偿款发放明细",
        f"{g.year - 1}年{g.town()}低保审批结果",
        f"{rg['county']}{g.year}年城区棚户区改造项目征收决定",
        f"本人户籍所在地{g.village_only()}的宅基地审批档案",
    ]
    kv(doc, "所需信息内容描述", r.choice(subjects))
    kv(doc, "所需信息用途", r.choice(["自用", "维护自身合法权益", "查验自身相关信息"]))
    doc.line(
        "提供方式："
        + box(r, ["纸质文本", "电子邮件", "光盘", "当面查阅"], r.choice(["纸质文本", "电子邮件"]))
    )
    doc.line(
        "获取方式："
        + box(r, ["邮寄", "快递", "电子邮件", "当面领取"], r.choice(["邮寄", "电子邮件", "当面领取"]))
    )
    if r.random() < 0.5:
        doc.line(
            J(
                "代理人：",
                doc.N(g.name(), False),
                "（",
                r.choice(["儿子", "女儿", "侄子", "律师"]),
                "），联系电话：",
                L("mobile", g.mobile()),
            )
        )
    doc.line(J("申请人签名：", doc.N(p["name"], False), f"        申请时间：{g.date()}"))
    doc.line("——以下由受理机关填写——")
    kv_line(doc, [("受理人", official(g)), ("受理日期", g.date(0.6))])
    kv(doc, "受理机关联系电话", g.office_phone())
    kv(
        doc,
        "受理机关邮箱",
        g.gov_email()
        if r.random() < 0.8
        else f"{rg['dom'][:2]}{r.choice(['xzfb', 'zfxxgk', 'xzf'])}@163.com（本机关公务邮箱）",
    )
    kv(doc, "快递单号", g.order_no(r.random() < 0.5))
    return title


def fam_form_dibao(doc, g, sub):
    r, rg = doc.r, g.rg
    title = r.choice(["最低生活保障申请书", "社会救助申请表（低保）", "城乡居民最低生活保障申请审批表"])
    doc.line(f"{rg['county']}{title}")
    p = person(g, lo=22, hi=82)
    style = r.random()
    addr = g.home_address()
    if style < 0.7:
        kv_line(
            doc,
            [
                ("申请人", doc.N(p["name"], False)),
                ("性别", p["sex"]),
                ("民族", rg.get("mgroup", "汉族") if len(p["name"]) == 4 else r.choice(["汉", "汉族"])),
            ],
        )
        kv(doc, "身份证号", L("id_card", p["idn"]))
        kv(doc, "户籍所在地", L("address", addr))
        if r.random() < 0.5:
            kv(doc, "现居住地", L("address", g.home_address()) if r.random() < 0.5 else T("同上"))
        kv_line(doc, [("联系电话", L("mobile", g.mobile())), ("家庭人口", f"{r.randint(1, 6)}人")])
        if r.random() < 0.5:
            kv(doc, "健康状况", L("health", health_phrase(g)) if r.random() < 0.7 else T("健康"))
        if r.random() < 0.12:
            kv(doc, "电子邮箱", L("email", g.email()))
        kv(doc, "开户银行", r.choice(["农村信用社", "邮储银行", "农业银行"]))
        kv(doc, "银行账号", L("bank_card", g.card()))
    else:
        doc.line(
            J(
                f"申请人",
                doc.N(p["name"], False),
                f"，{p['sex']}，{p['age']}岁，身份证号",
                L("id_card", p["idn"]),
                "，家住",
                L("address", addr),
                "，联系电话",
                L("mobile", g.mobile()),
                "。本人因",
                L("health", health_phrase(g)),
                "，长期服药，丧失劳动能力，家庭生活十分困难，特申请最低生活保障，请予审批。",
            )
        )
    doc.line("家庭成员情况：")
    cols = [
        ("姓名", lambda c: doc.N(c["q"]["name"])),
        ("关系", lambda c: T(c["rel"])),
        ("身份证号码", lambda c: L("id_card", c["q"]["idn"])),
        ("健康状况", lambda c: c["h"]),
        ("就业/就学情况", lambda c: T(c["job"])),
    ]

    rels = [
        x for x in r.sample(["配偶", "长子", "长女", "次女", "孙子", "父亲", "母亲"], 7) if relative_ok(p, x)
    ]
    rels = rels[: r.randint(1, 4)] or ["配偶"]

    def mk(i):
        rel = rels[i]
        q = relative(g, p, rel)
        h = L("health", health_phrase(g)) if r.random() < 0.3 else T(r.choice(["健康", "良好"]))
        return dict(q=q, rel=rel, h=h, job=r.choice(["务农", "在校", "外出务工", "无", "学龄前"]))

    run_table(doc, g, cols, len(rels), mk)
    doc.line(J("申请人（签字/手印）：", doc.N(p["name"], False), f"    {g.date()}"))
    doc.line(f"村（居）委会意见：情况属实，同意上报。    经办人：{official(g)}")
    doc.line(f"乡镇人民政府审核意见：同意。    审核人：{official(g)}    （盖章）")
    return title


# ----------------------------------------------------------------------------
# family: 会议纪要
# ----------------------------------------------------------------------------
def fam_minutes(doc, g, sub):
    r, rg = doc.r, g.rg
    town = g.town()
    vil = g.village()
    review = sub == "review"
    title = f"{vil}{g.year}年{'低保民主评议会议' if review else '村民代表会议'}记录"
    doc.line(title)
    sec, head, clerk, cadre = official(g), official(g), official(g), official(g)
    kv(doc, "时间", f"{g.date(0.1)}{r.choice(['上午9时', '下午2时30分', '晚上7时'])}")
    kv(doc, "地点", f"{vil}村委会{r.choice(['会议室', '活动室', '院坝'])}")
    kv(doc, "主持人", f"{sec}（村党支部书记）" if r.random() < 0.6 else f"村委会主任{head}")
    kv(doc, "记录人", f"{clerk}（村文书）")
    kv(doc, "列席", f"{town}包村干部{cadre}、驻村第一书记{official(g)}")
    reps = [g.name() for _ in range(r.randint(5, 12))]
    doc.line(
        J(
            f"参会人员：村民代表",
            cn_list(doc, [doc.N(n, False) for n in reps], r.choice(["、", "、", "，", " "])),
            f"等{len(reps) + r.randint(0, 8)}人",
        )
    )
    doc.line("会议内容：")
    if review:
        doc.line(f"主持人{sec}宣读低保政策及评议程序，对{r.randint(3, 6)}户申请人家庭情况逐户进行评议。")
        apps = []
        for k in range(r.randint(2, 5)):
            a = person(g, lo=25, hi=85)
            apps.append(a)
            bits = [f"{k + 1}. 申请人", doc.N(a["name"], False), f"，{a['age']}岁，"]
            if r.random() < 0.7:
                bits.extend(
                    [
                        r.choice(["本人", "配偶", "儿子"]),
                        r.choice(["患有", "因", ""]),
                        L("health", health_phrase(g)),
                        "，",
                    ]
                )
            if r.random() < 0.5:
                bits.extend(["家住", L("address", g.home_address(full=False, urban=False)), "，"])
            bits.append(
                r.choice(["家中无劳动力。", "常年看病吃药，收入微薄。", "子女在外务工，收入不稳定。"])
            )
            doc.line(*bits)
            spk = r.choice(reps)
            doc.line(
                J(
                    "村民代表",
                    doc.N(spk, False),
                    r.choice(["发言：", "说：", "："]),
                    r.choice(
                        [
                            "该户情况我了解，确实困难，同意纳入。",
                            "他家去年刚买了车，我有不同意见。",
                            "建议入户再核实一下收入。",
                            "情况属实，同意。",
                        ]
                    ),
                )
            )
            yes = r.randint(8, 30)
            doc.line(f"表决结果：同意{yes}票，反对{r.randint(0, 3)}票，弃权{r.randint(0, 2)}票。")
    else:
        topic = r.choice(
            [
                "村道硬化项目实施方案",
                "集体经济收益分配方案",
                "耕地地力补贴面积核定",
                "人居环境整治村规民约修订",
            ]
        )
        doc.line(f"一、{cadre}传达{town}关于{topic}的有关要求。")
        for spk in r.sample(reps, min(len(reps), r.randint(2, 4))):
            doc.line(
                J(
                    r.choice(["村民代表", "代表", ""]),
                    doc.N(spk, False),
                    r.choice(["发言：", "提出：", "认为，"]),
                    r.choice(
                        [
                            f"{topic}要公开透明，账目要张榜公布。",
                            "修路占地涉及的农户要先协商好。",
                            "建议分组讨论后再表决。",
                            "同意方案，尽快实施。",
                        ]
                    ),
                )
            )
        if r.random() < 0.5:
            q = person(g)
            doc.line(
                J(
                    "村民",
                    doc.N(q["name"], False),
                    "（",
                    r.choice(["非代表，", ""]),
                    "列席）反映其家",
                    L("address", g.home_address(full=False, urban=False)),
                    r.choice(["门前排水沟堵塞", "房屋在修路范围内"]),
                    "，联系电话",
                    L("mobile", g.mobile()),
                    "，会议责成村委会跟进。",
                )
            )
        if r.random() < 0.3:
            doc.line(f"另：村民{g.masked_name()}反映的宅基地纠纷问题（已化名处理），转{town}司法所调处。")
        yes = r.randint(15, 40)
        doc.line(f"二、表决：应到代表{yes + 3}人，实到{yes}人，同意{yes - 1}人，反对0人，弃权1人，方案通过。")
    if r.random() < 0.6:
        doc.line("参会代表签字：")
        sigs = r.sample(reps, len(reps))
        if r.random() < 0.5:
            for n in sigs:
                doc.line(doc.N(n))
        else:
            doc.line(cn_list(doc, [doc.N(n) for n in sigs], r.choice(["  ", "\u3000", "    "])))
    doc.line(f"{vil}村民委员会（章）    {g.date(0.1)}")
    return title


# ----------------------------------------------------------------------------
# family: 法院 / 仲裁 送达公告
# ----------------------------------------------------------------------------
def fam_court(doc, g, sub):
    r, rg = doc.r, g.rg
    arb = sub == "arbitration"
    org = rg["county"] + ("劳动人事争议仲裁委员会" if arb else "人民法院")
    doc.line(org)
    title = "送达公告" if r.random() < 0.6 else ("公告" if not arb else "仲裁文书送达公告")
    doc.line(title)
    case = (
        f"{rg['abbr']}劳人仲案字〔{g.year}〕{r.randint(1, 200)}号"
        if arb
        else f"（{g.year}）{rg['court']}{r.choice(['民初', '民特', '执', '执恢'])}{r.randint(1, 3999)}号"
    )
    if r.random() < 0.5:
        doc.line(case)
    defs = [person(g, lo=22, hi=70) for _ in range(r.randint(1, 2))]
    plaintiff_p = r.random() < 0.6 and not arb
    if arb:
        ap = person(g, lo=19, hi=60)
        co = f"{rg['county']}{r.choice(['宏达建筑劳务有限公司', '兴业矿业有限公司', '顺通物流有限公司', '佳佳乐超市'])}"
        g.reserved += co + "|"
        doc.line(f"{co}：")
        doc.line(
            J(
                "本委受理申请人",
                doc.N(ap["name"], False),
                f"与你单位劳动争议一案（{case}），因你单位下落不明，现依法向你单位公告送达申请书副本、"
                "应诉通知书、举证通知书及开庭通知书。",
            )
        )
        if r.random() < 0.6:
            doc.line(
                J(
                    "申请人",
                    doc.N(ap["name"], False),
                    f"，{ap['sex']}，身份证号",
                    L("id_card", ap["idn"]),
                    "，住",
                    L("address", g.home_address()),
                    "。",
                )
            )
        if r.random() < 0.35:
            doc.line(
                J(
                    "申请人确认的电子送达地址：",
                    L("email", g.email()),
                    "；手机号码：",
                    L("mobile", g.mobile()),
                    "。",
                )
            )
        if r.random() < 0.6:
            doc.line(
                J(
                    "被申请人",
                    co,
                    f"，统一社会信用代码{g.credit_code()}，住所地{g.agency_address()}，法定代表人",
                    doc.N(g.name(), False),
                    "。",
                )
            )
    else:
        doc.line(cn_list(doc, [doc.N(d["name"], False) for d in defs]) + T("："))
        if plaintiff_p:
            pl = person(g)
            ptxt = doc.N(pl["name"], False)
        else:
            ptxt = T(
                f"{rg['county']}农村信用合作联社"
                if r.random() < 0.5
                else "中国邮政储蓄银行股份有限公司" + rg["county"] + "支行"
            )
        doc.line(
            J(
                "本院受理原告",
                ptxt,
                "诉你",
                "们" if len(defs) > 1 else "",
                r.choice(
                    [
                        "民间借贷纠纷",
                        "离婚纠纷",
                        "金融借款合同纠纷",
                        "买卖合同纠纷",
                        "生命权、身体权、健康权纠纷",
                    ]
                ),
                f"一案，已审理终结。因你{'们' if len(defs) > 1 else ''}下落不明，依照《中华人民共和国民事诉讼法》第九十五条规定，"
                f"向你{'们' if len(defs) > 1 else ''}公告送达{case}民事判决书。",
            )
        )
        for d in defs:
            if r.random() < 0.6:
                doc.line(
                    J(
                        "被告",
                        doc.N(d["name"], False),
                        f"，{d['sex']}，"
                        + (f"{rg['mgroup']}，" if len(d["name"]) == 4 and rg.get("mgroup") else ""),
                        "公民身份号码",
                        L("id_card", d["idn"]),
                        "，住",
                        L("address", g.home_address()),
                        r.choice(["。", "，现下落不明。"]),
                    )
                )
        if plaintiff_p and r.random() < 0.4:
            doc.line(
                J(
                    "原告",
                    doc.N(pl["name"], False),
                    "，住",
                    L("address", g.home_address()),
                    "，联系电话",
                    L("mobile", g.mobile()),
                    "。",
                )
            )
        if r.random() < 0.12:
            d = defs[0]
            k = r.random()
            doc.line(
                J(
                    "经查，被告",
                    doc.N(d["name"], False),
                    "已于",
                    f"{g.year - 1}年",
                    "出境，其出入境证件为",
                    *(
                        ["护照", L("passport", g.passport())]
                        if k < 0.5
                        else (
                            ["往来港澳通行证", L("hk_macau_permit", g.hkmo())]
                            if k < 0.8
                            else ["往来台湾通行证", L("tw_permit", g.twp())]
                        )
                    ),
                    "。",
                )
            )
    doc.line(
        "自公告之日起经过三十日，即视为送达。"
        + (
            "如不服本判决，可在公告期满后十五日内向本院递交上诉状。"
            if not arb
            else "并定于公告期满后第3日上午9时在本委仲裁庭开庭审理，逾期不到庭将依法缺席裁决。"
        )
    )
    if r.random() < 0.7:
        doc.line(
            f"联系人：{official(g)}（{'书记员' if not arb else '仲裁员'}）    联系电话：{g.office_phone()}"
        )
    if r.random() < 0.3:
        doc.line(f"地址：{g.agency_address()}    邮编：{rg['post']}")
    doc.line(org)
    doc.line(g.date(0.1))
    return title


# ----------------------------------------------------------------------------
# family: 退役军人优待证 名册
# ----------------------------------------------------------------------------
def fam_veteran(doc, g, sub):
    r, rg = doc.r, g.rg
    ag = agency(g, "退役军人事务局")
    town = g.town()
    title = f"{town}{g.year}年第{cn_small(r.randint(1, 6))}批退役军人优待证{r.choice(['申领人员名册', '发放花名册', '审核通过人员名单'])}"
    doc.line(title)
    meta_header(doc, g, ag, "退役军人")
    policy = r.choice(["full", "full", "mixed", "masked"])
    cols = [
        ("序号", lambda c: T(str(c["i"] + 1)), 1),
        ("姓名", lambda c: doc.N(c["p"]["name"]), 1),
        ("性别", lambda c: T(c["p"]["sex"]), 0.5),
        ("身份证号码", lambda c: c["idc"], 1),
        ("入伍时间", lambda c: T(c["in"]), 0.7),
        ("退役时间", lambda c: T(c["out"]), 0.7),
        ("人员类别", lambda c: T(c["cat"]), 0.6),
        ("户籍地址", lambda c: c["addr"], 0.6),
        ("联系电话", lambda c: c["ph"], 0.8),
        ("领证方式", lambda c: T(c["how"]), 0.3),
        ("备注", lambda c: c["note"], 0.4),
    ]
    keep, _ = build_cols(doc, cols, {"序号", "姓名", "身份证号码"})

    def mk(i):
        p = person(g, "男" if r.random() < 0.93 else "女", 24, 92)
        yin = p["y"] + r.randint(18, 20)
        yout = yin + r.choice([2, 2, 3, 5, 8, 12, 16])
        if r.random() < 0.12 and p["y"] < 1980:
            idc = L("id_card_15", g.id15(p["sex"], p["y"], p["m"], p["d"]))
        else:
            idc = id_cell(g, p, policy)
        note = T("")
        k = r.random()
        if k < 0.12:
            note = J("残疾军人，", L("health", r.choice(["因战七级", "因公八级", "因公六级", "因病十级"])))
        elif k < 0.25:
            note = T(r.choice(["补办", "信息变更", "代领"]))
        return dict(
            i=i,
            p=p,
            idc=idc,
            **{"in": f"{yin}.{r.randint(1, 12):02d}", "out": f"{min(yout, g.year)}.{r.randint(1, 12):02d}"},
            cat=r.choice(["退役士兵", "复员军人", "转业干部", "伤残军人", "退役士兵"]),
            addr=addr_cell(g, 0.7),
            ph=phone_cell(g, 0.85),
            how=r.choice(["本人领取", "邮寄", "村组代领"]),
            note=note,
        )

    run_table(doc, g, [(c[0], c[1]) for c in keep], r.randint(4, 15), mk)
    if r.random() < 0.5:
        doc.line(f"经办人：{official(g)}   审核：{official(g)}   制表时间：{g.date()}")
    contact_footer(doc, g, ag)
    return title


# ----------------------------------------------------------------------------
# registry, checks, main
# ----------------------------------------------------------------------------
FAMILIES = [
    ("dibao.roster", fam_dibao_roster, 3),
    ("dibao.tekun", fam_dibao_roster, 1.2),
    ("dibao.check", fam_dibao_check, 2),
    ("dibao.adjust", fam_dibao_adjust, 2),
    ("health.prepreg", fam_health_prepreg, 2.2),
    ("health.twocancer", fam_health_twocancer, 2),
    ("penalty.market", fam_penalty, 1.6),
    ("penalty.traffic", fam_penalty, 1.5),
    ("penalty.land", fam_penalty, 1.4),
    ("penalty.police", fam_penalty, 1.5),
    ("notice.relief", fam_notice, 1.6),
    ("notice.disab", fam_notice, 1.6),
    ("notice.yulu", fam_notice, 1.3),
    ("notice.farmland", fam_notice, 1.4),
    ("form.ogi", fam_form_ogi, 2),
    ("form.dibao", fam_form_dibao, 2),
    ("minutes.villagers", fam_minutes, 1.6),
    ("minutes.review", fam_minutes, 1.6),
    ("court.service", fam_court, 2),
    ("court.arbitration", fam_court, 1.2),
    ("veteran.roster", fam_veteran, 2),
]

RE_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)")
RE_DIGRUN = re.compile(r"\d+[Xx]?")
RE_CARDRUN = re.compile(r"(?<!\d)\d{4}(?: \d{4}){3,4}(?: \d{1,3})?(?!\d)|(?<!\d)\d{16,19}(?!\d)")


class CheckError(Exception):
    pass


def self_check(text, spans):
    prev = 0
    for k, s, e in spans:
        t = text[s:e]
        if s < prev or e <= s:
            raise CheckError(f"order/overlap {k} {t!r}")
        if t != t.strip() or not t:
            raise CheckError(f"edge whitespace {k} {t!r}")
        if "\n" in t:
            raise CheckError(f"newline in span {k} {t!r}")
        if not VALIDATORS[k](t):
            raise CheckError(f"invalid {k} {t!r}")
        prev = e
    cover = bytearray(len(text))
    masked = list(text)
    for k, s, e in spans:
        for i in range(s, e):
            cover[i] = 1
            masked[i] = "■"
    m = "".join(masked)
    for mm in RE_MOBILE.finditer(m):
        if mobile_valid(mm.group()):
            raise CheckError(f"unlabelled mobile {mm.group()!r}")
    for mm in RE_DIGRUN.finditer(m):
        run = mm.group().upper()
        for i in range(0, len(run) - 17):
            if id18_valid(run[i : i + 18], known=False):
                raise CheckError(f"unlabelled id {run!r}")
    for mm in RE_CARDRUN.finditer(m):
        d = mm.group().replace(" ", "")
        if 16 <= len(d) <= 19 and luhn_ok(d) and d.startswith(ISSUER_LIKE):
            raise CheckError(f"unlabelled card {mm.group()!r}")
    names = {text[s:e].replace("\u3000", "") for k, s, e in spans if k == "name"}
    for n in names:
        for variant in {n, "\u3000".join(n) if len(n) == 2 else n}:
            i = text.find(variant)
            while i >= 0:
                if not all(cover[i : i + len(variant)]):
                    raise CheckError(f"name {n!r} unlabelled at {i}")
                i = text.find(variant, i + 1)


def make_doc(seed, idx):
    trng = random.Random(f"h38:{seed}:{idx}:type")
    tot = sum(w for _, _, w in FAMILIES)
    x, acc = trng.random() * tot, 0
    for typ, fn, w in FAMILIES:
        acc += w  # type: ignore[assignment]
        if x < acc:
            break
    rkey = trng.choice(REGION_KEYS)
    pdf = trng.random() < 0.25
    last = None
    for attempt in range(60):
        r = random.Random(f"h38:{seed}:{idx}:{attempt}")
        year = r.randint(2019, 2024)
        g = Gen(r, REGIONS[rkey], year)
        doc = Doc(r, pdf)
        if r.random() < 0.15:
            doc.line(r.choice(["附件", "附件1", "附件2：", "附表"]))
        sub = typ.split(".")[1]
        try:
            title = fn(doc, g, sub)
        except RuntimeError as ex:
            last = ex
            continue
        text, spans = doc.build()
        if pdf:
            text, spans = pdfify(text, spans, r, title)
        text = text.rstrip("\n") + "\n"
        try:
            self_check(text, spans)
        except CheckError as ex:
            last = ex  # type: ignore[assignment]
            continue
        return {
            "type": typ + (".pdf" if pdf else ""),
            "text": text,
            "spans": [{"kind": k, "start": s, "end": e, "text": text[s:e]} for k, s, e in spans],
        }
    raise SystemExit(f"document {idx}: could not pass self-checks ({last})")


def decisions():
    doc = __doc__
    return doc[doc.index("DECISIONS") :].split("\n", 1)[1].strip()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=173)
    ap.add_argument("-o", "--out", default=None)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args(argv)
    if a.decisions:
        print(decisions())
        return
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
            f"documents: {len(docs)}  pdf variants: {sum(1 for d in docs if d['type'].endswith('.pdf'))}  "
            f"spans: {sum(kinds.values())}  chars: {sum(len(d['text']) for d in docs)}",
            file=err,
        )
        print("per kind:", file=err)
        for k in sorted(kinds, key=lambda k: -kinds[k]):
            print(f"  {k:16s} {kinds[k]}", file=err)
        print("per type:", file=err)
        for t in sorted(types):
            print(f"  {t:28s} {types[t]}", file=err)


if __name__ == "__main__":
    main()
