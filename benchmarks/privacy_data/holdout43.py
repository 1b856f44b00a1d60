#!/usr/bin/env python3
# ruff: noqa: B905, C401, C408, E501, RUF005, RUF059, SIM110, SIM115, UP031, UP032
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""Blind labelled evaluation set (holdout 43) for a PII detector on Chinese
government-disclosure (政务公开) documents.

Usage:
    python holdout43.py --docs 400 --seed 197 -o out.jsonl [--stats]
    python holdout43.py --decisions

Families: ysqgk (依申请公开 申请表/告知书), penalty (行政处罚决定书/听证告知书),
roster (低保/特困/孤儿 花名册), health (孕前检查/两癌 名单), gongshi (临时救助/危房改造/
公租房/高龄补贴 公示), minutes (村民代表会议/民主评议/听证会 纪要), mixed (通知+表格+段落).
Regions: 泰来县 230224, 于都县 360731, 米脂县 610827, 长汀县 350821,
三都水族自治县 522732, 察布查尔锡伯自治县 654022.
About 25 % of documents are "PDF text extraction" variants (type suffix ".pdf").

DECISIONS
D1. name: a private natural person's name is labelled wherever it appears (applicant, recipient, 户主, household member, 当事人, petitioner, family contact, villager or 村民代表 speaking in minutes, 委托代理人 who is a private person). Officials, agency staff, 执法人员, 经办人, 审核人, 村/乡干部 speaking or signing in their public role, judges/hearing chairs and 律师 acting professionally are not labelled.
D2. name: masked or partial forms (张某, 李*, 王**, 刘某某, "户主") are never labelled; neither are surnames inside place names (杨家沟镇, 刘屋村, 钟屋) nor names of companies/shops (于都县曾记粮油店).
D3. name span = the name itself only (no title like 同志/先生/户主). Two-character names written with U+3000 between the characters in PDF variants are labelled including the U+3000 ("潘　英"). Kazakh/Xibe names with middle dot (努尔兰·别克) are one span including the dot.
D4. id_card span = 18 characters (final X upper-case or lower-case x kept as written). Masked IDs (360731********1234, 36*************12X) are not labelled. id_card_15 = 15-digit first-generation numbers (6 region + YYMMDD + 3) of elderly people.
D5. mobile span = the 11 national digits plus any internal spaces/dashes (138 1234 5678, 138-1234-5678); a leading +86 / 86- / (+86) country prefix is NOT inside the span. Masked numbers (138****1234) are not labelled.
D6. landline: a private person's home/personal landline is labelled as area-code-plus-number (0797-6231234, 0797 6231234, 07976231234). Office phones, 监督电话, hotlines (12345, 12315, 12349), fax numbers and numbers with 转 extensions belonging to an agency, village committee or company are not labelled, even though the format is identical.
D7. bank_card: personal bank card / 一卡通 numbers with a real issuer BIN and a valid Luhn digit, written plain or in groups of 4 separated by single spaces (span covers the whole grouped string). 开户行 names, 账户名称 and order/transaction/流水 numbers (no issuer prefix, sometimes Luhn-valid) are not labelled.
D8. email: private mailboxes (qq.com, 163.com, 126.com, sina.com, foxmail.com, 139.com, hotmail.com) are labelled; *.gov.cn and agency mailboxes are not.
D9. passport (E/G series), hk_macau_permit (C series), tw_permit (往来台湾通行证 L series) numbers of applicants are labelled; span = the document number only.
D10. license_plate of a private person's vehicle (处罚决定书, or a villager's car mentioned in 评议 minutes) is labelled with the province character, e.g. 赣B·7Q2K5 / 贵J12345 / 新FD12345; the separator dot is kept inside the span.
D11. address: a person's home/户籍/通信 address is labelled when it reaches 号/栋/单元/室/组 level; the span starts at the first administrative unit written (province, prefecture, county or township, whichever the text starts with) and ends at the last 号/室/组/户 token. Bare township/village names ("于都县车溪乡坳脚村", "来自大河镇") are not labelled; addresses of agencies, courts, village committees, companies and shops are not labelled even with 号.
D12. health: illness or disability status stated next to a person is labelled as the condition phrase only (肢体残疾二级, 尿毒症, 宫颈癌前病变, 重度精神障碍...). Negative or neutral results (未见异常, 正常, 健康, 低风险), generic categories (因学, 缺劳动力) and 危房等级 (C级/D级) are not labelled.
D13. Not labelled kinds: 性别, 民族, 出生日期, 年龄, 家庭人口, amounts, 邮政编码, 统一社会信用代码 (even of 个体工商户), 文号, 索引号, case numbers, 执法证号, order numbers, dates.
D14. A person on a roster who appears in both a table and a prose paragraph of the same document is labelled at every occurrence.
D16. PDF variants: hard wraps, page numbers and running titles are inserted only between characters outside labelled values, so a labelled value is never split across lines; page numbers / running titles are not labelled.
D17. 监护人, 代领人, 委托代理人 (family), 共同申请人 and 共同生活家庭成员 are private persons: labelled. 律师 acting for a client is not (D1), and his law firm's address/phone are not.
D15. Minors' names (孤儿 rosters) are labelled as name like adults; their 监护人 are labelled too.
"""

import argparse
import datetime
import json
import random
import re
import sys
from collections import Counter

# ---------------------------------------------------------------- checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = "".join(rng.choice("0123456789") for _ in range(8))
        if rng.random() < 0.3:
            body = "MA" + "".join(rng.choice(chars) for _ in range(6))
        s = 0
        for ch, w in zip(body, ORG_W):
            v = int(ch) if ch.isdigit() else ord(ch) - 55
            s += v * w
        c = 11 - s % 11
        cd = "X" if c == 10 else ("0" if c == 11 else str(c))
        return body + cd


def credit_code(rng, region_code, kind="92"):
    body = kind + region_code + org_code(rng)
    s = sum(CC_CHARS.index(ch) * w for ch, w in zip(body, CC_W))
    return body + CC_CHARS[(31 - s % 31) % 31]


def credit_ok(code):
    if len(code) != 18 or any(c not in CC_CHARS for c in code):
        return False
    s = sum(CC_CHARS.index(ch) * w for ch, w in zip(code[:17], CC_W))
    return CC_CHARS[(31 - s % 31) % 31] == code[17]


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


def real_date(s8):
    try:
        d = datetime.date(int(s8[:4]), int(s8[4:6]), int(s8[6:8]))
    except ValueError:
        return False
    return 1900 <= d.year <= 2026


def looks_id18(s):
    """Valid-looking 18-digit ID: plausible province, real date, checksum."""
    s = s.upper()
    return (
        len(s) == 18
        and s[:17].isdigit()
        and s[:2] in PROVINCES
        and real_date(s[6:14])
        and id_check(s[:17]) == s[17]
    )


# ------------------------------------------------------------- bank BINs
BINS = [
    ("622848", 19, "中国农业银行"),
    ("622845", 19, "中国农业银行"),
    ("622202", 19, "中国工商银行"),
    ("621226", 19, "中国工商银行"),
    ("621700", 19, "中国建设银行"),
    ("622700", 19, "中国建设银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("621098", 19, "中国邮政储蓄银行"),
    ("621661", 19, "中国银行"),
    ("601382", 19, "中国银行"),
    ("622260", 19, "交通银行"),
    ("623058", 19, "农村商业银行"),
    ("621483", 16, "招商银行"),
    ("622588", 16, "招商银行"),
    ("955880", 19, "中国工商银行"),
]


def issuer_ok(num):
    return (
        num.startswith(("62", "4", "51", "52", "53", "54", "55", "35", "34", "37", "60", "9558", "65"))
        or 2221 <= int(num[:4]) <= 2720
    )


# ------------------------------------------------------------- regions
REGIONS = {
    "tailai": dict(
        prov="黑龙江省",
        pref="齐齐哈尔市",
        county="泰来县",
        code="230224",
        other_codes=["230203", "230221", "230225"],
        area="0452",
        plate="黑B",
        post="162400",
        towns=[
            "泰来镇",
            "平洋镇",
            "汤池镇",
            "江桥镇",
            "塔子城镇",
            "大兴镇",
            "和平镇",
            "克利镇",
            "宁姜蒙古族乡",
            "四里五乡",
        ],
        villages=[
            "新立村",
            "东明村",
            "永胜村",
            "前进村",
            "胜利村",
            "宝力村",
            "富强村",
            "套海村",
            "五一村",
            "光明村",
        ],
        roads=["兴泰路", "泰来大街", "商业街", "泰兴路", "新华路"],
        surn=["王", "李", "张", "刘", "赵", "孙", "于", "高", "杨", "陈", "付", "徐", "韩"],
        given=[
            "淑华",
            "桂兰",
            "凤霞",
            "玉芬",
            "春生",
            "国富",
            "海军",
            "立新",
            "秀珍",
            "亚军",
            "振江",
            "德才",
            "丽娟",
            "长海",
            "金山",
        ],
        minority=[
            "包金山",
            "白音仓",
            "敖登格日乐",
            "宝音",
            "包乌日娜",
            "白那仁花",
            "敖其尔",
            "韩巴特尔",
            "吴苏日娜",
            "包德力格尔",
            "萨仁高娃",
            "其木格",
        ],
        bank_local="泰来县农村信用合作联社",
        minority_label="蒙古族",
    ),
    "yudu": dict(
        prov="江西省",
        pref="赣州市",
        county="于都县",
        code="360731",
        other_codes=["360702", "360781", "360732"],
        area="0797",
        plate="赣B",
        post="342300",
        towns=[
            "贡江镇",
            "铁山垄镇",
            "盘古山镇",
            "禾丰镇",
            "银坑镇",
            "岭背镇",
            "罗坳镇",
            "车溪乡",
            "段屋乡",
            "宽田乡",
            "葛坳乡",
            "黄麟乡",
            "仙下乡",
            "梓山镇",
        ],
        villages=[
            "坳脚村",
            "谢屋村",
            "上欧村",
            "潭头村",
            "寒信村",
            "曲洋村",
            "水头村",
            "大坪村",
            "新屋村",
            "岭下村",
        ],
        roads=["长征大道", "建设路", "濂溪路", "红旗大道", "解放路", "贡江大道"],
        surn=["刘", "钟", "曾", "谢", "肖", "邱", "温", "管", "易", "赖", "丁", "罗", "黄", "袁", "胡", "杨"],
        given=[
            "德福",
            "远华",
            "春秀",
            "冬梅",
            "小平",
            "桂英",
            "永生",
            "华金",
            "福生",
            "美凤",
            "建平",
            "秋莲",
            "水生",
            "观生",
            "招娣",
            "玉兰",
        ],
        minority=[],
        bank_local="江西于都农村商业银行",
        minority_label="",
    ),
    "mizhi": dict(
        prov="陕西省",
        pref="榆林市",
        county="米脂县",
        code="610827",
        other_codes=["610802", "610826", "610831"],
        area="0912",
        plate="陕K",
        post="718100",
        towns=[
            "银州街道",
            "杨家沟镇",
            "杜家石沟镇",
            "沙家店镇",
            "印斗镇",
            "郭兴庄镇",
            "龙镇",
            "桃镇",
            "城郊镇",
        ],
        villages=[
            "高庙山村",
            "姬家峁村",
            "马家铺村",
            "官庄村",
            "李家站村",
            "孟岔村",
            "寨山村",
            "冯家渠村",
            "石沟村",
        ],
        roads=["银州路", "东大街", "南大街", "北大街", "永乐路", "槐树路"],
        surn=["李", "高", "杜", "艾", "姜", "常", "马", "冯", "刘", "白", "郭", "贺", "姬", "惠"],
        given=[
            "治国",
            "翠莲",
            "有才",
            "改莲",
            "海平",
            "兰英",
            "随才",
            "爱萍",
            "栓柱",
            "买平",
            "候平",
            "彩琴",
            "建军",
            "秀梅",
        ],
        minority=[],
        bank_local="米脂县农村信用合作联社",
        minority_label="",
    ),
    "changting": dict(
        prov="福建省",
        pref="龙岩市",
        county="长汀县",
        code="350821",
        other_codes=["350802", "350881", "350823"],
        area="0597",
        plate="闽F",
        post="366300",
        towns=[
            "汀州镇",
            "大同镇",
            "古城镇",
            "新桥镇",
            "馆前镇",
            "童坊镇",
            "河田镇",
            "南山镇",
            "濯田镇",
            "四都镇",
            "涂坊镇",
            "策武镇",
            "三洲镇",
            "庵杰乡",
            "羊牯乡",
        ],
        villages=["露湖村", "南塘村", "刘坊村", "丁屋岭村", "红坊村", "中复村", "官坊村", "东街村", "罗坊村"],
        roads=["兆征路", "营背街", "水东街", "中心坝路", "汀江路", "南大街"],
        surn=["黄", "赖", "钟", "刘", "罗", "邱", "曾", "吴", "涂", "戴", "揭", "廖", "范", "王"],
        given=[
            "金秀",
            "福兴",
            "火生",
            "春英",
            "荣华",
            "石生",
            "永发",
            "丽华",
            "冬生",
            "招弟",
            "炳辉",
            "秀兰",
            "天赐",
            "梅英",
        ],
        minority=[],
        bank_local="福建长汀农村商业银行",
        minority_label="",
    ),
    "sandu": dict(
        prov="贵州省",
        pref="黔南布依族苗族自治州",
        county="三都水族自治县",
        code="522732",
        other_codes=["522701", "522726", "522731"],
        area="0854",
        plate="贵J",
        post="558100",
        towns=["三合街道", "大河镇", "普安镇", "都江镇", "中和镇", "周覃镇", "九阡镇"],
        villages=["怎雷村", "板告村", "水各村", "排烧村", "姑鲁村", "拉揽村", "甲雄村", "牛场村", "水龙村"],
        roads=["凤羽路", "中华路", "民族路", "建设路", "水族大道"],
        surn=["潘", "韦", "蒙", "石", "吴", "杨", "陆", "莫", "王", "何"],
        given=[
            "老二",
            "仕学",
            "国芬",
            "秀英",
            "桂花",
            "奶妹",
            "显华",
            "正明",
            "金秀",
            "光荣",
            "老三",
            "美仙",
            "文忠",
            "银花",
            "老凤",
        ],
        minority=[],
        bank_local="三都水族自治县农村信用合作联社",
        minority_label="水族",
    ),
    "qapqal": dict(
        prov="新疆维吾尔自治区",
        pref="伊犁哈萨克自治州",
        county="察布查尔锡伯自治县",
        code="654022",
        other_codes=["654002", "654021", "654024"],
        area="0999",
        plate="新F",
        post="835300",
        towns=[
            "察布查尔镇",
            "爱新舍里镇",
            "琼博拉镇",
            "孙扎齐牛录镇",
            "纳达齐牛录乡",
            "绰霍尔乡",
            "加尕斯台镇",
            "坎乡",
            "海努克乡",
            "米粮泉回族乡",
        ],
        villages=[
            "依拉齐村",
            "寨牛录村",
            "乌珠牛录村",
            "托布中心村",
            "阔洪奇村",
            "库木博依村",
            "多浪村",
            "加尕村",
        ],
        roads=["锡伯大街", "察布查尔路", "西迁路", "友谊路", "伊犁路"],
        surn=["关", "佟", "吴", "郭", "韩", "何", "安", "赵", "富", "图", "王", "张"],
        given=[
            "吉祥",
            "春花",
            "文龄",
            "丽萍",
            "玉兰",
            "永明",
            "海英",
            "志刚",
            "淑珍",
            "新春",
            "秀兰",
            "国庆",
        ],
        minority=[
            "努尔兰·别克",
            "叶尔兰·托合塔尔",
            "加娜尔·哈比江",
            "阿依古丽·吐尔逊",
            "别克·努尔兰",
            "古丽娜尔·马合沙提",
            "达吾列提·叶尔肯",
            "哈力旦·木哈买提",
            "阿斯哈尔·哈米提",
            "木拉提·沙吾提",
            "热依汗·吾斯曼",
            "巴合提古丽·努尔兰别克",
        ],
        bank_local="察布查尔锡伯自治县农村信用合作联社",
        minority_label="哈萨克族",
    ),
}
REGION_KEYS = list(REGIONS)

HEALTH = [
    "肢体残疾二级",
    "肢体残疾三级",
    "视力残疾一级",
    "听力残疾二级",
    "智力残疾三级",
    "精神残疾二级",
    "多重残疾一级",
    "尿毒症",
    "脑梗死后遗症",
    "恶性肿瘤（肝癌）",
    "急性白血病",
    "重度精神障碍",
    "肺结核",
    "慢性肾衰竭",
    "脑瘫",
    "乳腺癌",
    "糖尿病并发症",
    "先天性心脏病",
    "股骨头坏死",
    "类风湿性关节炎",
]

OFFICIAL_SURN = [
    "陈",
    "周",
    "吴",
    "郑",
    "冯",
    "蒋",
    "沈",
    "朱",
    "叶",
    "彭",
    "夏",
    "唐",
    "魏",
    "蔡",
    "许",
    "程",
]
OFFICIAL_GIVEN = [
    "建国",
    "志强",
    "卫东",
    "晓燕",
    "海涛",
    "红梅",
    "文斌",
    "立军",
    "俊杰",
    "雪梅",
    "宏伟",
    "思远",
    "明辉",
    "婷婷",
]
EMAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "hotmail.com"]
PINYIN = [
    "li",
    "wang",
    "zhang",
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
    "lin",
    "luo",
    "gao",
    "zheng",
    "liang",
    "xie",
    "song",
    "tang",
    "han",
    "feng",
    "deng",
    "cao",
    "peng",
    "zeng",
    "xiao",
    "tian",
    "dong",
    "pan",
    "yuan",
    "cai",
    "jiang",
    "yu",
    "du",
    "ye",
    "cheng",
    "wei",
    "su",
    "lu",
    "ding",
    "ren",
    "shen",
    "yao",
    "jin",
    "min",
    "hua",
    "fang",
    "ping",
    "qiang",
    "ying",
]
MOB_PRE = [
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


def P(kind, v):
    return (v, kind)


class Doc:
    def __init__(self, rng, rk, pdf):
        self.rng = rng
        self.rk = rk
        self.R = REGIONS[rk]
        self.pdf = pdf
        self.segs = []
        self.names = set()
        self.persons = []

    # ---- segment building
    def t(self, *parts):
        for x in parts:
            self.add(x)

    def add(self, x):
        if x is None:
            return
        if isinstance(x, str):
            if x:
                self.segs.append((x, None))
        elif isinstance(x, tuple):
            self.segs.append(x)
        else:
            for y in x:
                self.add(y)

    # ---- names
    def _ok_name(self, n):
        for m in self.names:
            if n in m or m in n:
                return False
        return True

    def new_name(self, minority=True):
        R, rng = self.R, self.rng
        for _ in range(200):
            if minority and R["minority"] and rng.random() < 0.35:
                n = rng.choice(R["minority"])
            else:
                g = rng.choice(R["given"])
                if rng.random() < 0.25:
                    g = g[0]
                n = rng.choice(R["surn"]) + g
            if self._ok_name(n):
                self.names.add(n)
                return n
        raise RuntimeError("names")

    def official(self):
        rng = self.rng
        for _ in range(200):
            n = rng.choice(OFFICIAL_SURN) + rng.choice(OFFICIAL_GIVEN)
            if self._ok_name(n):
                self.names.add(n)
                return n
        raise RuntimeError("names")

    def nm(self, name, table=True):
        if self.pdf and table and len(name) == 2 and self.rng.random() < 0.7:
            return P("name", name[0] + "\u3000" + name[1])
        return P("name", name)

    # ---- person data
    def birth(self, lo=1940, hi=2000):
        rng = self.rng
        d = datetime.date(lo, 1, 1) + datetime.timedelta(days=rng.randrange((hi - lo) * 365))
        return d

    def id18(self, bd=None, sex=None):
        rng = self.rng
        bd = bd or self.birth()
        code = self.R["code"] if rng.random() < 0.8 else rng.choice(self.R["other_codes"])
        seq = rng.randrange(0, 100)
        s = rng.choice([1, 0]) if sex is None else (1 if sex == "男" else 0)
        seq3 = "%02d%d" % (seq, rng.randrange(s, 10, 2))
        s17 = code + bd.strftime("%Y%m%d") + seq3
        c = id_check(s17)
        if c == "X" and rng.random() < 0.15:
            c = "x"
        return s17 + c

    def id15(self, bd=None):
        bd = bd or self.birth(1925, 1945)
        return self.R["code"] + bd.strftime("%y%m%d") + "%03d" % self.rng.randrange(1, 999)

    def mobile(self):
        rng = self.rng
        return rng.choice(MOB_PRE) + "".join(rng.choice("0123456789") for _ in range(8))

    def mob(self, m=None):
        """Formatted mobile -> list of segments (country prefix outside the span)."""
        rng = self.rng
        m = m or self.mobile()
        r = rng.random()
        if r < 0.7:
            return [P("mobile", m)]
        if r < 0.8:
            return [P("mobile", m[:3] + " " + m[3:7] + " " + m[7:])]
        if r < 0.9:
            return [P("mobile", m[:3] + "-" + m[3:7] + "-" + m[7:])]
        return [rng.choice(["+86 ", "+86-", "86-", "(+86)"]), P("mobile", m)]

    def landline(self):
        rng = self.rng
        num = str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(6))
        a = self.R["area"]
        return P("landline", rng.choice([a + "-" + num, a + "-" + num, a + " " + num, a + num]))  # type: ignore[operator]

    def office_phone(self):
        rng = self.rng
        num = str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(6))
        a = self.R["area"]
        f = rng.random()
        if f < 0.4:
            return a + "-" + num  # type: ignore[operator]
        if f < 0.6:
            return "（%s）%s" % (a, num)
        if f < 0.8:
            return "%s-%s转%d" % (a, num, rng.randint(800, 8999))
        return "%s-%s、12345" % (a, num)

    def card(self):
        rng = self.rng
        b, L, bank = rng.choice(BINS)
        body = b + "".join(rng.choice("0123456789") for _ in range(L - len(b) - 1))
        num = body + luhn_digit(body)
        if rng.random() < 0.25:
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return num, bank

    def email(self):
        rng = self.rng
        if rng.random() < 0.35:
            local = str(rng.randint(10000000, 2999999999))
        else:
            local = (
                rng.choice(PINYIN)
                + rng.choice(PINYIN)
                + rng.choice(
                    ["", str(rng.randint(1, 99)), str(rng.randint(1960, 2005)), "_" + rng.choice(PINYIN)]
                )
            )
        return P("email", local + "@" + rng.choice(EMAIL_DOM))

    def passport(self):
        rng = self.rng
        if rng.random() < 0.5:
            return "E" + "%08d" % rng.randrange(10**8)
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % rng.randrange(10**7)

    def hk_permit(self):
        rng = self.rng
        if rng.random() < 0.5:
            return "C" + "%08d" % rng.randrange(10**8)
        return "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % rng.randrange(10**7)

    def tw_permit(self):
        return "L" + "%08d" % self.rng.randrange(10**8)

    def plate(self):
        rng = self.rng
        pre = self.R["plate"]
        sep = rng.choice(["", "·", ""])
        if rng.random() < 0.2:
            tail = rng.choice("DF") + "%05d" % rng.randrange(10**5)
        else:
            al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            tail = [rng.choice("0123456789") for _ in range(5)]
            for k in rng.sample(range(5), rng.choice([1, 1, 2])):
                tail[k] = rng.choice(al)
            tail = "".join(tail)
        return P("license_plate", pre + sep + tail)

    def address(self, town=None, village=None, short=False):
        """Home address down to 号/室/组 level -> (segment, town, village)."""
        rng, R = self.rng, self.R
        town = town or rng.choice(R["towns"])
        village = village or rng.choice(R["villages"])
        r = rng.random()
        if r < 0.45:
            tail = village + rng.choice(
                [
                    "%d组" % rng.randint(1, 12),
                    "%s组" % rng.choice("一二三四五六七八九十"),
                    "%d组%d号" % (rng.randint(1, 12), rng.randint(1, 60)),
                    "%d号" % rng.randint(1, 120),
                ]
            )
        elif r < 0.75:
            tail = "%s%d号%d栋%d单元%d室" % (
                rng.choice(R["roads"]),
                rng.randint(1, 300),
                rng.randint(1, 20),
                rng.randint(1, 4),
                rng.randint(1, 6) * 100 + rng.randint(1, 4),
            )
        else:
            tail = "%s%d号" % (rng.choice(R["roads"]), rng.randint(1, 300)) + rng.choice(
                ["", "%d-%d室" % (rng.randint(1, 6), rng.randint(101, 602)), "附%d号" % rng.randint(1, 9)]
            )
        if short:
            pre = town
        else:
            pre = rng.choice(
                [
                    R["county"] + town,
                    R["county"] + town,
                    R["pref"] + R["county"] + town,  # type: ignore[operator]
                    R["prov"] + R["pref"] + R["county"] + town,  # type: ignore[operator]
                    town,
                ]
            )
        return P("address", pre + tail), town, village

    def person(self, minority=True, lo=1940, hi=2000, sex=None):
        rng = self.rng
        sex = sex or rng.choice(["男", "女"])
        bd = self.birth(lo, hi)
        p = dict(
            name=self.new_name(minority),
            sex=sex,
            birth=bd,
            id=self.id18(bd, sex),
            mobile=self.mobile(),
            town=rng.choice(self.R["towns"]),
            village=rng.choice(self.R["villages"]),
        )
        p["age"] = 2024 - bd.year
        self.persons.append(p)
        return p

    # ---- near-misses
    def doc_no(self, agency_short):
        rng = self.rng
        return "%s〔%d〕%d号" % (agency_short, rng.choice([2022, 2023, 2024]), rng.randint(1, 260))

    def index_no(self):
        rng = self.rng
        cc = credit_code(rng, self.R["code"], "11")
        return "%s/%d-%05d" % (cc, rng.choice([2022, 2023, 2024]), rng.randint(1, 900))

    def order_no(self):
        rng = self.rng
        L = rng.randint(16, 19)
        while True:
            s = rng.choice(["2023", "2024", "88", "77", "10", "31"])
            s += "".join(rng.choice("0123456789") for _ in range(L - 1 - len(s)))
            s += luhn_digit(s) if rng.random() < 0.5 else rng.choice("0123456789")
            if not issuer_ok(s):
                return s

    def masked_mobile(self):
        m = self.mobile()
        return m[:3] + "****" + m[7:]

    def masked_id(self):
        s = self.id18()
        if self.rng.random() < 0.5:
            return s[:6] + "********" + s[14:]
        return s[:2] + "*" * 13 + s[15:]

    def masked_name(self):
        rng = self.rng
        return rng.choice(self.R["surn"]) + rng.choice(["某", "某某", "*", "**", "××"])

    def date(self, y=None):
        rng = self.rng
        y = y or rng.choice([2023, 2024])
        return "%d年%d月%d日" % (y, rng.randint(1, 12), rng.randint(1, 28))

    def agency_addr(self):
        rng, R = self.rng, self.R
        return "%s%s%s%d号" % (
            R["county"],
            rng.choice(R["towns"][:2]),
            rng.choice(R["roads"]),
            rng.randint(1, 200),
        )

    def gov_mail(self):
        slug = {
            "tailai": "tailai",
            "yudu": "yudu",
            "mizhi": "mizhi",
            "changting": "changting",
            "sandu": "sandu",
            "qapqal": "cbcr",
        }[self.rk]
        return (
            self.rng.choice(["zwgk", "mzj", "xxgk", "sfj", "wjj", "scjg", "zjj"])
            + "@"
            + slug
            + self.rng.choice([".gov.cn", ".gov.cn", "xzf.gov.cn"])
        )


# ------------------------------------------------------------- tables
def seg_len(cell):
    if isinstance(cell, str):
        return len(cell)
    if isinstance(cell, tuple):
        return len(cell[0])
    return sum(seg_len(c) for c in cell)


def seg_plain(cell):
    if isinstance(cell, str):
        return cell
    if isinstance(cell, tuple):
        return cell[0]
    return "".join(seg_plain(c) for c in cell)


def csv_cell(cell):
    s = seg_plain(cell)
    if "," in s or '"' in s:
        return ['"', cell, '"']
    return cell


TABLE_STYLES = ["tab", "space", "pipe", "html", "csv", "cell", "list"]


def table(doc, headers, rows, style=None, group=None):
    """Render a table; rows are lists of cells (str / segment tuple / list)."""
    rng = doc.rng
    style = style or rng.choice(TABLE_STYLES)
    if doc.pdf and style in ("html", "pipe"):
        style = rng.choice(["space", "cell", "tab"])
    out = []
    if style == "tab":
        if group:
            out.append("\t".join(g + "\t" * (n - 1) for g, n in group) + "\n")
        out.append("\t".join(headers) + "\n")
        for r in rows:
            for i, c in enumerate(r):
                out.append(c)
                out.append("\t" if i < len(r) - 1 else "\n")
    elif style == "space":
        w = [max([len(h)] + [seg_len(r[i]) for r in rows]) for i, h in enumerate(headers)]
        out.append("  ".join(h + " " * (w[i] - len(h)) for i, h in enumerate(headers)).rstrip() + "\n")
        for r in rows:
            for i, c in enumerate(r):
                out.append(c)
                if i < len(r) - 1:
                    out.append(" " * (w[i] - seg_len(c) + 2))
            out.append("\n")
    elif style == "pipe":
        out.append("| " + " | ".join(headers) + " |\n")
        out.append("|" + "|".join("---" for _ in headers) + "|\n")
        for r in rows:
            out.append("| ")
            for i, c in enumerate(r):
                out.append(c)
                out.append(" | " if i < len(r) - 1 else " |\n")
    elif style == "html":
        out.append('<table border="1">\n')
        if group:
            out.append(
                "<tr>"
                + "".join(
                    '<th colspan="%d">%s</th>' % (n, g) if n > 1 else "<th>%s</th>" % g for g, n in group
                )
                + "</tr>\n"
            )
        out.append("<tr>" + "".join("<th>%s</th>" % h for h in headers) + "</tr>\n")
        for r in rows:
            out.append("<tr>")
            for c in r:
                out += ["<td>", c, "</td>"]
            out.append("</tr>\n")
        out.append("</table>\n")
    elif style == "csv":
        out.append(",".join(headers) + "\n")
        for r in rows:
            for i, c in enumerate(r):
                out.append(csv_cell(c))
                out.append("," if i < len(r) - 1 else "\n")
    elif style == "cell":
        for h in headers:
            out.append(h + "\n")
        for r in rows:
            for c in r:
                out += [c, "\n"]
    else:  # list
        colon = rng.choice(["：", ":", "："])
        sep = rng.choice(["，", "；", "  "])
        for k, r in enumerate(rows, 1):
            out.append(rng.choice(["%d. ", "%d、", "（%d）"]) % k)
            first = True
            for h, c in zip(headers, r):
                if h == "序号":
                    continue
                if seg_plain(c) == "":
                    continue
                if not first:
                    out.append(sep)
                first = False
                out += [h + colon, c]
            out.append("\n")
    doc.add(out)
    return style


# ------------------------------------------------------------- PDF extraction transform
def pdf_transform(doc, title):
    rng = doc.rng
    W = rng.randint(28, 40)
    atoms = []  # type: ignore[var-annotated]
    for v, k in doc.segs:
        if k is None:
            atoms.extend((ch, None) for ch in v.replace("\t", " "))
        else:
            atoms.append((v, k))
    lines, cur, n = [], [], 0  # type: ignore[var-annotated]
    for v, k in atoms:
        if k is None and v == "\n":
            lines.append(cur)
            cur, n = [], 0
            continue
        L = len(v)
        if n + L > W and n > 0:
            lines.append(cur)
            cur, n = [], 0
        cur.append((v, k))
        n += L
    lines.append(cur)
    total = len(lines) // 25 + 1
    pstyle = rng.choice(["— %d —", "第 %d 页 共 %d 页", "-%d-", "%d"])
    run_title = title[: rng.randint(8, 16)]
    out, page, cnt = [], 1, 0
    per = rng.randint(18, 30)
    for ln in lines:
        out.extend(ln)
        out.append(("\n", None))
        cnt += 1
        if cnt >= per:
            cnt = 0
            pg = pstyle % ((page, total) if pstyle.count("%d") == 2 else (page,))
            out.append((pg + "\n", None))
            if rng.random() < 0.6:
                out.append((run_title + "\n", None))
            page += 1
    doc.segs = out


# ------------------------------------------------------------- helpers for families
def colon(doc):
    return doc.rng.choice(["：", "：", ":", ": "])


def lab(doc, s):
    """Label text, sometimes spaced out with U+3000 (姓　　名)."""
    if len(s) == 2 and doc.rng.random() < 0.4:
        return s[0] + "\u3000\u3000" + s[1]
    return s


def kv(doc, pairs, style=None):
    """Label-value form lines.  pairs: list of (label, value-cell)."""
    rng = doc.rng
    style = style or rng.choice(["line", "line", "cellline", "inline"])
    c = colon(doc)
    if style == "line":
        for k, v in pairs:
            doc.t(lab(doc, k) + c, v, "\n")
    elif style == "cellline":
        for k, v in pairs:
            doc.t(k + "\n", v, "\n")
    else:
        for i in range(0, len(pairs), 2):
            for j, (k, v) in enumerate(pairs[i : i + 2]):
                doc.t(("    " if j else ""), k + c, v)
            doc.t("\n")


def footer(doc, agency):
    rng = doc.rng
    R = doc.R
    parts = ["监督电话：" + doc.office_phone()]
    if rng.random() < 0.5:
        parts.append("政务服务便民热线：12345")
    if rng.random() < 0.4:
        parts.append("电子邮箱：" + doc.gov_mail())
    if rng.random() < 0.5:
        parts.append("地址：%s（%s），邮编：%s" % (doc.agency_addr(), agency, R["post"]))
    doc.t("\n".join(parts) + "\n")


def header(doc, agency, abbr, title):
    rng = doc.rng
    if rng.random() < 0.6:
        doc.t("索引号：" + doc.index_no() + "\n")
    if rng.random() < 0.5:
        doc.t("发布机构：%s    发布日期：%s\n" % (agency, doc.date()))
    doc.t(title + "\n")
    if rng.random() < 0.7:
        doc.t(doc.doc_no(abbr) + "\n")


def agencies(doc):
    c = doc.R["county"]
    return {
        "gov": (c + "人民政府办公室", c[:2] + "府办"),
        "mz": (c + "民政局", c[:2] + "民"),
        "scjg": (c + "市场监督管理局", c[:2] + "市监"),
        "ga": (c + "公安局交通管理大队", c[:2] + "公交"),
        "zj": (c + "住房和城乡建设局", c[:2] + "住建"),
        "wj": (c + "卫生健康局", c[:2] + "卫健"),
        "ny": (c + "农业农村局", c[:2] + "农"),
        "zr": (c + "自然资源局", c[:2] + "自然资"),
    }


def health_term(doc):
    return P("health", doc.rng.choice(HEALTH))


def addr_cell(doc, p, short=False):
    a, _, _ = doc.address(p["town"], p["village"], short)
    return a


# ------------------------------------------------------------- families
def fam_ysqgk_form(doc):
    rng, R = doc.rng, doc.R
    p = doc.person(hi=1998)
    agency, abbr = agencies(doc)[rng.choice(["gov", "mz", "zr", "zj"])]
    title = "政府信息公开申请表"
    doc.t(agency + "\n" + title + "\n")
    doc.t(
        "申请编号：YSQ%d%05d    收件日期：%s\n" % (rng.choice([2023, 2024]), rng.randint(1, 999), doc.date())
    )
    doc.t(rng.choice(["申请人信息\n公民\n", "申请人情况（公民）\n", "一、申请人信息\n"]))
    r = rng.random()
    if r < 0.55:
        cert = ("身份证", P("id_card", p["id"]))
    elif r < 0.7:
        cert = ("护照", P("passport", doc.passport()))
    elif r < 0.85:
        cert = (
            "港澳居民来往内地通行证" if rng.random() < 0.3 else "往来港澳通行证",
            P("hk_macau_permit", doc.hk_permit()),
        )
    else:
        cert = ("往来台湾通行证", P("tw_permit", doc.tw_permit()))
    pairs = [
        ("姓名", doc.nm(p["name"], False)),
        (
            "工作单位",
            rng.choice(["无", "个体", "务农", "%s%s中学" % (R["county"][:2], rng.choice(["第一", "第二"]))]),
        ),
        ("证件名称", cert[0]),
        ("证件号码", cert[1]),
        ("联系电话", doc.mob(p["mobile"])),
    ]
    if rng.random() < 0.4:
        pairs.append(("固定电话", doc.landline()))
    if rng.random() < 0.8:
        pairs.append(("电子邮箱", doc.email()))
    pairs.append(("通信地址", addr_cell(doc, p)))
    pairs.append(("邮政编码", R["post"]))
    kv(doc, pairs)
    q = rng.choice(
        [
            "%s%s%s的征地补偿安置方案及补偿款发放明细" % (R["county"], p["town"], p["village"]),
            "本人户籍所在地%s%s2023年度低保审批材料" % (p["town"], p["village"]),
            "%s%s道路拓宽工程的立项批复文件" % (R["county"], rng.choice(R["roads"])),
            "本人房屋（位于%s）被认定为违法建筑的相关依据" % p["village"],
        ]
    )
    doc.t("所需信息的内容描述" + colon(doc) + q + "\n")
    if rng.random() < 0.4:
        rel = doc.new_name()
        doc.t("备注：本人系代母亲", doc.nm(rel, False), "申请，其联系电话", doc.mob(), "。\n")
    doc.t("所需信息的用途：" + rng.choice(["自用", "维护自身合法权益", "查询"]) + "\n")
    doc.t("获取信息的方式：" + rng.choice(["邮寄", "电子邮件", "当面领取"]) + "\n")
    doc.t("申请人签名：", doc.nm(p["name"], False), "    " + doc.date() + "\n")
    doc.t("受理人：%s    受理机关电话：%s\n" % (doc.official(), doc.office_phone()))
    footer(doc, agency)
    return "ysqgk.form", title


def fam_ysqgk_reply(doc):
    rng, R = doc.rng, doc.R
    p = doc.person(hi=1998)
    agency, abbr = agencies(doc)[rng.choice(["gov", "mz", "zr", "zj", "wj"])]
    title = rng.choice(["政府信息公开申请答复书", "政府信息公开告知书", "依申请公开答复告知书"])
    header(doc, agency, abbr + "依申复", agency + "\n" + title)
    doc.t(doc.nm(p["name"], False), rng.choice(["：\n", "（先生/女士）：\n", "：\n"]))
    cert = rng.choice(
        [("身份证号码", P("id_card", p["id"]))] * 6
        + [
            ("护照号码", P("passport", doc.passport())),
            ("往来港澳通行证号码", P("hk_macau_permit", doc.hk_permit())),
            ("往来台湾通行证号码", P("tw_permit", doc.tw_permit())),
        ]
    )
    info = [cert, ("住址", addr_cell(doc, p)), ("联系电话", doc.mob(p["mobile"]))]
    if rng.random() < 0.6:
        info.append(("电子邮箱", doc.email()))
    rng.shuffle(info)
    doc.t(
        "    本机关于%s收到您通过%s提交的政府信息公开申请（"
        % (doc.date(), rng.choice(["信函", "网上申请平台", "当面"]))
    )
    for i, (k, v) in enumerate(info):
        doc.t(("，" if i else ""), k + rng.choice(["：", "", ":"]), v)
    doc.t(
        "），申请获取“%s%s的%s”。\n"
        % (
            p["town"],
            p["village"],
            rng.choice(["征收补偿协议", "危房改造补助名单", "土地承包经营权确权资料", "临时救助审批表"]),
        )
    )
    doc.t(
        "    经审查，"
        + rng.choice(
            [
                "您申请的信息属于公开范围，现将相关材料随本告知书一并提供。",
                "您申请的信息不存在，根据《中华人民共和国政府信息公开条例》第三十六条第（四）项之规定，特此告知。",
                "您申请的部分信息涉及第三方个人隐私，已征求第三方意见，第三方不同意公开，本机关决定不予公开该部分信息。",
            ]
        )
        + "\n"
    )
    if rng.random() < 0.5:
        third = doc.new_name()
        doc.t(
            "    其中涉及的第三方",
            doc.nm(third, False),
            "（联系电话",
            doc.mob(),
            "）于%s书面答复不同意公开。同批申请人%s、%s的申请另行答复。\n"
            % (doc.date(), doc.masked_name(), doc.masked_name()),
        )
    doc.t(
        "    如对本答复不服，可以在收到本答复之日起60日内向%s人民政府申请行政复议，或者在6个月内向%s人民法院提起行政诉讼。\n"
        % (R["pref"], R["county"])
    )
    doc.t("    联系人：%s，联系电话：%s。\n" % (doc.official(), doc.office_phone()))
    doc.t("%s\n%s\n" % (agency, doc.date()))
    if rng.random() < 0.6:
        doc.t(
            "送达回执\n受送达人",
            colon(doc),
            doc.nm(p["name"], False),
            "\n送达地址",
            colon(doc),
            addr_cell(doc, p),
            "\n送达人：%s、%s\n" % (doc.official(), doc.official()),
        )
    return "ysqgk.reply", title


def party_block(doc, p, extra=None):
    rng, R = doc.rng, doc.R
    bd = p["birth"]
    addr = addr_cell(doc, p)
    if rng.random() < 0.5:
        pairs = [
            ("当事人", doc.nm(p["name"], False)),
            ("性别", p["sex"]),
            ("出生日期", "%d年%d月%d日" % (bd.year, bd.month, bd.day)),
            ("民族", rng.choice(["汉族", "汉族", R["minority_label"] or "汉族"])),
            ("身份证号码", P("id_card", p["id"])),
            ("住址", addr),
            ("联系电话", doc.mob(p["mobile"])),
        ]
        if extra:
            pairs += extra
        kv(doc, pairs, rng.choice(["line", "line", "cellline"]))
    else:
        doc.t(
            "当事人：",
            doc.nm(p["name"], False),
            "，%s，%d年%d月%d日出生，%s，公民身份号码"
            % (p["sex"], bd.year, bd.month, bd.day, rng.choice(["汉族", R["minority_label"] or "汉族"])),
            P("id_card", p["id"]),
            "，住",
            addr,
            "，联系电话",
            doc.mob(p["mobile"]),
        )
        for k, v in extra or []:
            doc.t("，" + k, v)
        doc.t("。\n")


def fam_penalty(doc):
    rng, R = doc.rng, doc.R
    hearing = rng.random() < 0.35
    which = rng.choice(["scjg", "ga", "ny", "zr"])
    agency, abbr = agencies(doc)[which]
    p = doc.person(lo=1955, hi=2000)
    title = "行政处罚听证告知书" if hearing else "行政处罚决定书"
    header(doc, agency, abbr + ("听告" if hearing else "罚决"), agency + "\n" + title)
    extra = []
    if which == "scjg" and rng.random() < 0.6:
        shop = "%s%s%s记%s" % (
            R["county"],
            p["town"],
            rng.choice(R["surn"]),
            rng.choice(["粮油店", "副食店", "农资经营部", "小吃店"]),
        )
        extra = [
            ("经营场所", "%s%s%d号" % (p["town"], rng.choice(R["roads"]), rng.randint(1, 200))),
            ("字号名称", shop),
            ("统一社会信用代码", credit_code(rng, R["code"], "92")),
        ]
    if which == "ga":
        extra = [("驾驶证档案编号", "%d" % rng.randint(10**11, 10**12 - 1)), ("机动车号牌", doc.plate())]
    party_block(doc, p, extra)
    if rng.random() < 0.3:
        agent = doc.new_name()
        doc.t(
            "委托代理人：",
            doc.nm(agent, False),
            "，系当事人之%s，联系电话" % rng.choice(["子", "女", "配偶", "兄"]),
            doc.mob(),
            "。\n",
        )
    fact = {
        "scjg": "销售过期食品",
        "ga": "驾驶机动车在%s路段超速50%%以上" % R["roads"][0],
        "ny": "在禁渔期内使用电鱼方式捕捞",
        "zr": "未经批准占用%s%s集体土地建房" % (p["town"], p["village"]),
    }[which]
    doc.t(
        "    当事人",
        doc.nm(p["name"], False),
        "于%s在%s%s。本机关于%s立案调查，案件编号：%s案〔%d〕%03d号。"
        % (doc.date(), p["town"], fact, doc.date(), abbr, rng.choice([2023, 2024]), rng.randint(1, 300)),
    )
    if which == "ga":
        doc.t(
            "当事人驾驶号牌为", doc.plate(), "的小型轿车被电子监控设备记录，违法记录编号%s。" % doc.order_no()
        )
    doc.t(
        "执法人员%s、%s（执法证号：%s、%s）向当事人出示了执法证件。\n"
        % (
            doc.official(),
            doc.official(),
            R["code"] + "%05d" % rng.randint(1, 99999),
            R["code"] + "%05d" % rng.randint(1, 99999),
        )
    )
    if rng.random() < 0.3:
        wit = doc.new_name()
        wa, _, _ = doc.address()
        doc.t(
            "    证人",
            doc.nm(wit, False),
            "（住",
            wa,
            "，同村村民）证实上述事实。另查明当事人患有",
            health_term(doc),
            "，本机关在裁量时予以考虑。\n",
        )
    amt = rng.choice([500, 1000, 2000, 3000, 5000, 20000])
    if hearing:
        doc.t(
            "    本机关拟对你作出罚款人民币%d元的行政处罚。根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有权在收到本告知书之日起五日内提出听证申请。逾期不提出的，视为放弃听证权利。\n"
            % amt
        )
        doc.t(
            "    联系人：%s    联系电话：%s\n    地址：%s\n"
            % (doc.official(), doc.office_phone(), doc.agency_addr())
        )
    else:
        doc.t(
            "    依据相关规定，决定对当事人处以罚款人民币%s元（大写：%s元整）。当事人应自收到本决定书之日起十五日内缴纳罚款，缴款账号见缴款通知书，缴款单号%s。\n"
            % (
                rng.choice(["%d" % amt, "{:,}".format(amt), "%d.00" % amt]),
                "伍仟" if amt == 5000 else "若干",
                doc.order_no(),
            )
        )
        doc.t(
            "    如不服本决定，可在收到本决定书之日起六十日内向%s人民政府申请行政复议，也可以在六个月内向%s人民法院提起行政诉讼。\n"
            % (R["county"], R["county"])
        )
    doc.t("%s\n%s\n" % (agency, doc.date()))
    if rng.random() < 0.5:
        doc.t(
            "附：同类案件当事人%s（身份证号%s，电话%s）已另案处理。\n"
            % (doc.masked_name(), doc.masked_id(), doc.masked_mobile())
        )
    footer(doc, agency)
    return "penalty." + ("hearing" if hearing else "decision"), title


def fam_roster(doc):
    rng, R = doc.rng, doc.R
    kind = rng.choice(["低保", "低保", "特困", "孤儿"])
    agency, abbr = agencies(doc)["mz"]
    month = rng.randint(1, 12)
    year = rng.choice([2022, 2023, 2024])
    town = rng.choice(R["towns"])
    title = "%s%s%d年%d月%s%s" % (
        R["county"],
        town,
        year,
        month,
        {"低保": "农村最低生活保障金", "特困": "特困人员供养金", "孤儿": "孤儿基本生活费"}[kind],
        rng.choice(["发放花名册", "发放名单", "花名册"]),
    )
    header(doc, agency, abbr + "发", title)
    n = rng.randint(3, 9)
    rows = []
    people = []
    if kind == "孤儿":
        headers = [
            "序号",
            "村（社区）",
            "孤儿姓名",
            "性别",
            "出生日期",
            "身份证号码",
            "监护人",
            "监护人电话",
            "银行卡号",
            "开户行",
            "月发放金额（元）",
        ]
        for i in range(n):
            child = doc.person(minority=True, lo=2008, hi=2020)
            g = doc.new_name()
            num, bank = doc.card()
            bd = child["birth"]
            rows.append(
                [
                    str(i + 1),
                    child["village"],
                    doc.nm(child["name"]),
                    child["sex"],
                    bd.strftime(rng.choice(["%Y-%m-%d", "%Y.%m.%d", "%Y%m%d"])),
                    P("id_card", child["id"]),
                    doc.nm(g),
                    doc.mob(),
                    P("bank_card", num),
                    bank + R["county"][:2] + "支行",
                    rng.choice(["1500", "1,500.00", "1380"]),
                ]
            )
            people.append(child)
        group = None
    else:
        headers = [
            "序号",
            "村（社区）",
            "户主姓名",
            "身份证号码",
            "保障人数",
            "保障类别",
            "月保障金（元）",
            "银行账号",
            "开户行",
            "备注",
        ]
        group = [("序号", 1), ("基本信息", 3), ("保障情况", 3), ("发放信息", 2), ("备注", 1)]
        members = kind == "低保" and rng.random() < 0.4
        if members:
            headers.insert(4, "共同生活家庭成员")
            group = [("序号", 1), ("基本信息", 4), ("保障情况", 3), ("发放信息", 2), ("备注", 1)]
        for i in range(n):
            p = doc.person(lo=1935, hi=1995)
            p["town"] = town
            num, bank = doc.card()
            note = ""
            r = rng.random()
            if r < 0.3:
                note = [P("health", rng.choice(HEALTH))]  # type: ignore[assignment]
            elif r < 0.45:
                note = "新增"
            elif r < 0.55:
                note = "代领人：%s" % doc.masked_name()
            rows.append(
                [
                    str(i + 1),
                    p["village"],
                    doc.nm(p["name"]),
                    P("id_card", p["id"]),
                    str(rng.randint(1, 5)),
                    rng.choice(["A类", "B类", "C类", "一类", "二类"])
                    if kind == "低保"
                    else rng.choice(["分散供养", "集中供养"]),
                    str(rng.choice([380, 420, 510, 635, 720, 1100])),
                    P("bank_card", num),
                    rng.choice([bank + R["county"][:2] + "支行", R["bank_local"]]),
                    note,
                ]
            )
            if members:
                k = rng.randint(0, 3)
                rows[-1].insert(4, name_list(doc, [doc.new_name() for _ in range(k)], "、") if k else "无")
                rows[-1][5] = str(k + 1)
            people.append(p)
        if rng.random() < 0.3:  # unusual column order: bank before name
            order = [0, 7, 8, 2, 3, 1, 4, 5, 6, 9] + ([10] if members else [])
            if members:
                order = [0, 8, 9, 2, 3, 4, 1, 5, 6, 7, 10]
            headers = [headers[k] for k in order]
            rows = [[r[k] for k in order] for r in rows]
            group = None
    style = table(doc, headers, rows, group=group)
    doc.t("合计：%d户，发放金额%s元。\n" % (n, "{:,}".format(rng.randint(2000, 30000))))
    doc.t(
        "备注：1.本名单公示期7天；2.发放批次号%s；3.对名单有异议的，请拨打监督电话%s或%s。\n"
        % (doc.order_no(), doc.office_phone(), rng.choice(["12345", "12349"]))
    )
    if rng.random() < 0.5:
        p = rng.choice(people)
        doc.t(
            "    经核查，",
            doc.nm(p["name"], False),
            "户（身份证号",
            P("id_card", p["id"]),
            "）因家庭收入变化，自%d月起停发。\n" % rng.randint(1, 12),
        )
    doc.t("制表人：%s    审核人：%s    %s民政所（盖章）\n" % (doc.official(), doc.official(), town))
    return "roster." + {"低保": "dibao", "特困": "tekun", "孤儿": "orphan"}[kind] + "-" + style, title


HEALTH_SCREEN = [
    "宫颈癌前病变",
    "宫颈上皮内瘤变Ⅱ级",
    "高危型HPV16阳性",
    "乳腺结节BI-RADS 4A类",
    "乳腺癌",
    "宫颈癌",
    "乳腺增生伴钙化",
]
PRENATAL_RISK = [
    "地中海贫血基因携带",
    "乙肝表面抗原阳性",
    "梅毒螺旋体抗体阳性",
    "TORCH弓形虫IgM阳性",
    "甲状腺功能减退",
    "重度贫血",
]


def fam_health(doc):
    rng, R = doc.rng, doc.R
    agency, abbr = agencies(doc)["wj"]
    town = rng.choice(R["towns"])
    if rng.random() < 0.5:
        title = "%s%s%d年免费孕前优生健康检查名单" % (R["county"], town, rng.choice([2023, 2024]))
        header(doc, agency, abbr + "发", title)
        headers = [
            "序号",
            "丈夫姓名",
            "年龄",
            "身份证号",
            "妻子姓名",
            "年龄",
            "身份证号",
            "联系电话",
            "家庭住址",
            "评估结果",
        ]
        rows = []
        for i in range(rng.randint(3, 8)):
            h = doc.person(False, 1985, 2001, "男")
            w = doc.person(True, 1988, 2002, "女")
            res = (
                P("health", rng.choice(PRENATAL_RISK))
                if rng.random() < 0.3
                else rng.choice(["低风险", "未见异常", "正常"])
            )
            rows.append(
                [
                    str(i + 1),
                    doc.nm(h["name"]),
                    str(h["age"]),
                    P("id_card", h["id"]),
                    doc.nm(w["name"]),
                    str(w["age"]),
                    P("id_card", w["id"]),
                    doc.mob(w["mobile"]),
                    addr_cell(doc, h) if rng.random() < 0.7 else h["village"],
                    res,
                ]
            )
        sub = "prenatal"
    else:
        title = "%s%d年农村妇女“两癌”免费检查%s" % (
            R["county"],
            rng.choice([2023, 2024]),
            rng.choice(["花名册", "结果登记表", "名单"]),
        )
        header(doc, agency, abbr + "发", title)
        headers = ["序号", "姓名", "年龄", "身份证号", "乡镇", "村", "联系电话", "宫颈癌筛查", "乳腺癌筛查"]
        rows = []
        for i in range(rng.randint(4, 9)):
            w = doc.person(True, 1960, 1990, "女")
            r1 = P("health", rng.choice(HEALTH_SCREEN[:3] + ["宫颈癌"])) if rng.random() < 0.2 else "未见异常"
            r2 = (
                P("health", rng.choice(HEALTH_SCREEN[3:]))
                if rng.random() < 0.2
                else rng.choice(["未见异常", "正常"])
            )
            rows.append(
                [
                    str(i + 1),
                    doc.nm(w["name"]),
                    str(w["age"]),
                    P("id_card", w["id"]),
                    town,
                    w["village"],
                    doc.mob(w["mobile"]),
                    r1,
                    r2,
                ]
            )
        sub = "twocancer"
    style = table(doc, headers, rows)
    doc.t(
        "检查机构：%s妇幼保健院（地址：%s，咨询电话：%s）\n"
        % (R["county"], doc.agency_addr(), doc.office_phone())
    )
    doc.t("填报人：%s    联系电话：%s    填报日期：%s\n" % (doc.official(), doc.office_phone(), doc.date()))
    return "health.%s-%s" % (sub, style), title


def fam_gongshi(doc):
    rng, R = doc.rng, doc.R
    sub = rng.choice(["linshi", "weifang", "gongzufang", "gaoling"])
    agency, abbr = agencies(doc)["zj" if sub in ("weifang", "gongzufang") else "mz"]
    town = rng.choice(R["towns"])
    names = {
        "linshi": "临时救助对象",
        "weifang": "农村危房改造对象",
        "gongzufang": "公共租赁住房保障对象",
        "gaoling": "高龄补贴发放对象",
    }
    title = "关于%s%d年第%s批%s的公示" % (
        town if sub != "gongzufang" else R["county"],
        rng.choice([2023, 2024]),
        rng.choice("一二三四"),
        names[sub],
    )
    header(doc, agency, abbr + "公", title)
    doc.t(
        "    根据有关规定，经本人申请、村（居）民委员会入户调查、民主评议和乡镇审核，现将拟%s名单予以公示：\n"
        % names[sub]
    )
    rows = []
    n = rng.randint(3, 8)
    if sub == "linshi":
        headers = ["序号", "姓名", "身份证号码", "家庭住址", "联系电话", "救助事由", "救助金额（元）"]
        for i in range(n):
            p = doc.person()
            why = [
                rng.choice(["突发重病（", "家庭成员患"]),
                health_term(doc),
                "）" if rng.random() < 0.5 else "",
            ]
            if seg_plain(why[0]) == "家庭成员患":
                why[2] = ""
            if rng.random() < 0.3:
                why = rng.choice(["火灾", "交通事故", "洪涝灾害", "因学支出型困难"])
            rows.append(
                [
                    str(i + 1),
                    doc.nm(p["name"]),
                    P("id_card", p["id"]) if rng.random() < 0.8 else doc.masked_id(),
                    addr_cell(doc, p),
                    doc.mob(p["mobile"]),
                    why,
                    str(rng.choice([1000, 1500, 3000, 5000])),
                ]
            )
    elif sub == "weifang":
        headers = [
            "序号",
            "户主姓名",
            "家庭人口",
            "家庭住址",
            "危房等级",
            "改造方式",
            "补助资金（元）",
            "联系电话",
        ]
        for i in range(n):
            p = doc.person(lo=1940, hi=1985)
            rows.append(
                [
                    str(i + 1),
                    doc.nm(p["name"]),
                    str(rng.randint(1, 6)),
                    addr_cell(doc, p),
                    rng.choice(["C级", "D级"]),
                    rng.choice(["修缮加固", "拆除重建"]),
                    str(rng.choice([15000, 20000, 35000])),
                    doc.mob(p["mobile"]) if rng.random() < 0.8 else doc.landline(),
                ]
            )
    elif sub == "gongzufang":
        headers = ["序号", "申请人", "身份证号", "共同申请人", "工作单位", "现住址", "联系电话", "保障方式"]
        for i in range(n):
            p = doc.person(lo=1960, hi=1998)
            co = doc.new_name() if rng.random() < 0.6 else "无"
            rows.append(
                [
                    str(i + 1),
                    doc.nm(p["name"]),
                    P("id_card", p["id"]),
                    doc.nm(co) if co != "无" else co,
                    rng.choice(["无固定工作", "%s环卫所" % R["county"][:2], "个体", "灵活就业"]),
                    addr_cell(doc, p),
                    doc.mob(p["mobile"]),
                    rng.choice(["实物配租", "租赁补贴"]),
                ]
            )
    else:
        headers = [
            "序号",
            "姓名",
            "性别",
            "出生年月",
            "身份证号",
            "年龄",
            "村（居）",
            "补贴标准（元/月）",
            "代领人",
            "代领人电话",
        ]
        for i in range(n):
            p = doc.person(lo=1920, hi=1944)
            old = rng.random() < 0.3
            rows.append(
                [
                    str(i + 1),
                    doc.nm(p["name"]),
                    p["sex"],
                    p["birth"].strftime("%Y.%m"),
                    P("id_card_15", doc.id15(p["birth"])) if old else P("id_card", p["id"]),
                    str(p["age"]),
                    p["village"],
                    str(rng.choice([100, 200, 300, 500])),
                    doc.nm(doc.new_name()),
                    doc.mob(),
                ]
            )
    style = table(doc, headers, rows)
    d1 = doc.date()
    doc.t("    公示期为%s起7个工作日。如有异议，请在公示期内向%s或%s人民政府反映。\n" % (d1, agency, town))
    doc.t(
        "    监督电话：%s（%s）；%s（%s）；市长热线12345。\n"
        % (doc.office_phone(), agency, doc.office_phone(), town + "人民政府")
    )
    doc.t("%s\n%s\n" % (agency if rng.random() < 0.5 else town + "人民政府", doc.date()))
    return "gongshi.%s-%s" % (sub, style), title


def name_list(doc, names, sep=None):
    sep = sep or doc.rng.choice(["、", "、", "，", " "])
    out = []
    for i, n in enumerate(names):
        if i:
            out.append(sep)
        out.append(doc.nm(n, False))
    return out


def fam_minutes(doc):
    rng, R = doc.rng, doc.R
    sub = rng.choice(["cunmin", "pingyi", "tingzheng"])
    town = rng.choice(R["towns"])
    village = rng.choice(R["villages"])
    if sub == "tingzheng":
        agency, abbr = agencies(doc)[rng.choice(["scjg", "zr", "ny"])]
        title = "%s行政处罚听证会纪要" % agency
        doc.t(title + "\n")
        p = doc.person(lo=1955, hi=1998)
        chair, clerk, inv = doc.official(), doc.official(), doc.official()
        kv(
            doc,
            [
                ("时间", doc.date() + "上午9时"),
                ("地点", "%s听证室（%s）" % (agency, doc.agency_addr())),
                ("听证主持人", chair),
                ("书记员", clerk),
                ("案件调查人员", inv + "、" + doc.official()),
            ],
        )
        doc.t(
            "听证申请人：",
            doc.nm(p["name"], False),
            "，%s，身份证号" % p["sex"],
            P("id_card", p["id"]),
            "，住",
            addr_cell(doc, p),
            "，电话",
            doc.mob(p["mobile"]),
            "。\n",
        )
        if rng.random() < 0.5:
            law = doc.official()
            doc.t(
                "委托代理人：%s，%s律师事务所律师（地址：%s%s%d号%d室，电话%s）。\n"
                % (
                    law,
                    R["county"][:2] + rng.choice(["正义", "汀江", "贡江", "银州"]),
                    R["county"],
                    rng.choice(R["roads"]),
                    rng.randint(1, 99),
                    rng.randint(201, 1208),
                    doc.office_phone(),
                )
            )
        else:
            fam = doc.new_name()
            doc.t(
                "委托代理人：",
                doc.nm(fam, False),
                "，系申请人之%s，住" % rng.choice(["子", "弟", "妻"]),
                addr_cell(doc, p),
                "。\n",
            )
        doc.t(
            "听证过程：\n    调查人员%s陈述了案件事实、证据和拟处罚意见。\n    申请人" % inv,
            doc.nm(p["name"], False),
            "称：“我%s，家里还有一个%s的老人要照顾，请求从轻处罚。”\n"
            % (rng.choice(["不知道这是违法的", "是初次违法"]), rng.choice(["八十多岁", "常年卧病"])),
        )
        if rng.random() < 0.5:
            doc.t("    申请人提交了其本人患有", health_term(doc), "的诊断证明。\n")
        doc.t(
            "    主持人%s宣布听证结束。\n听证参加人签字：" % chair,
            doc.nm(p["name"], False),
            "\n主持人：%s    书记员：%s\n" % (chair, clerk),
        )
        return "minutes.tingzheng", title
    title = "%s%s%s纪要" % (town, village, "村民代表会议" if sub == "cunmin" else "低保民主评议会议")
    doc.t(title + "\n")
    sec, director, cadre = doc.official(), doc.official(), doc.official()
    reps = [doc.new_name() for _ in range(rng.randint(4, 8))]
    apps = [doc.person(lo=1940, hi=1990) for _ in range(rng.randint(2, 4))]
    kv(
        doc,
        [
            ("会议时间", doc.date()),
            ("会议地点", "%s村民委员会会议室" % village),
            ("主持人", "%s（村党支部书记）" % sec),
            ("记录人", director),
        ],
        rng.choice(["line", "inline"]),
    )
    doc.t(
        "参会人员：%s镇包村干部%s，村“两委”成员，村民代表" % (town, cadre),
        name_list(doc, reps),
        "等%d人。\n" % (len(reps) + 3),
    )
    doc.t(
        "会议议题：%s\n"
        % (
            "评议2024年度低保申请对象"
            if sub == "pingyi"
            else "讨论%s%s项目及救助申请" % (village, rng.choice(["道路硬化", "饮水工程", "土地流转"]))
        )
    )
    doc.t("会议内容：\n")
    for i, a in enumerate(apps, 1):
        doc.t(
            "    %s、申请人" % "一二三四五"[i - 1],
            doc.nm(a["name"], False),
            "，%s，%d岁，家住" % (a["sex"], a["age"]),
            addr_cell(doc, a),
            rng.choice(["，", "。"]),
        )
        r = rng.random()
        if r < 0.5:
            doc.t("本人患有", health_term(doc), "，常年服药，家庭人均收入低于当地低保标准。")
        elif r < 0.7:
            kid = doc.new_name()
            doc.t(
                "其子",
                doc.nm(kid, False),
                "系",
                P("health", rng.choice(["智力残疾二级", "脑瘫", "精神残疾一级"])),
                "，需长期照护。",
            )
        else:
            doc.t("家庭缺乏劳动力，两个子女在读。")
        if rng.random() < 0.4:
            doc.t("联系电话", doc.mob(a["mobile"]), "。")
        doc.t("\n")
    doc.t("评议发言：\n")
    for r_ in rng.sample(reps, min(len(reps), rng.randint(2, 4))):
        a = rng.choice(apps)
        doc.t(
            "    村民代表",
            doc.nm(r_, False),
            rng.choice(["：", "发言："]),
            "“",
            doc.nm(a["name"], False),
            rng.choice(
                [
                    "家情况我清楚，确实困难，同意。”",
                    "家里有车，建议再核实。”",
                    "家房子是危房，应该优先考虑。”",
                ]
            ),
        )
        if rng.random() < 0.35:
            doc.t("（经查，", doc.nm(a["name"], False), "名下有号牌为", doc.plate(), "的车辆一辆。）")
        doc.t("\n")
    doc.t(
        "    包村干部%s：按照程序，评议结果在村务公开栏公示7天，镇民政所联系电话%s。\n"
        % (cadre, doc.office_phone())
    )
    doc.t("表决结果：")
    for i, a in enumerate(apps):
        doc.t(
            ("；" if i else ""),
            doc.nm(a["name"], False),
            "同意%d票、不同意%d票" % (rng.randint(5, 12), rng.randint(0, 3)),
        )
    doc.t("。\n参会代表签字：", name_list(doc, reps, rng.choice(["  ", "　", "、"])), "\n")
    doc.t("（另有村民%s、%s因外出未参会。）\n" % (doc.masked_name(), doc.masked_name()))
    doc.t("%s村民委员会\n%s\n" % (village, doc.date()))
    return "minutes." + sub, title


def fam_mixed(doc):
    rng, R = doc.rng, doc.R
    agency, abbr = agencies(doc)["mz"]
    town = rng.choice(R["towns"])
    kind = rng.choice(["临时救助", "低保新增", "残疾人两项补贴"])
    title = "%s关于%s%d年%s对象的通知" % (agency, town, rng.choice([2023, 2024]), kind)
    header(doc, agency, abbr + "字", title)
    doc.t("各村（居）委会：\n")
    people = [doc.person() for _ in range(rng.randint(3, 6))]
    for p in people:
        p["town"] = town
    doc.t("    经%s人民政府审核，" % town)
    for i, p in enumerate(people[:3]):
        doc.t(("、" if i else ""), doc.nm(p["name"], False))
        if rng.random() < 0.5:
            doc.t("（住", addr_cell(doc, p), "）")
    doc.t("等%d户纳入%s范围。具体名单如下：\n" % (len(people), kind))
    headers = ["序号", "姓名", "身份证号", "村组", "联系方式", "情况说明", "金额"]
    rows = []
    for i, p in enumerate(people):
        cond = [P("health", rng.choice(HEALTH))] if kind != "低保新增" or rng.random() < 0.5 else "缺劳动力"
        contact = doc.mob(p["mobile"]) if rng.random() < 0.75 else [doc.landline()]
        rows.append(
            [
                str(i + 1),
                doc.nm(p["name"]),
                P("id_card", p["id"]),
                addr_cell(doc, p, short=True),
                contact,
                cond,
                "%d元" % rng.choice([600, 800, 1200, 2000]),
            ]
        )
    table(doc, headers, rows)
    p = rng.choice(people)
    num, bank = doc.card()
    doc.t("    特别说明：", doc.nm(p["name"], False), "因银行卡挂失，本次资金改打入其配偶")
    sp = doc.new_name()
    doc.t(
        doc.nm(sp, False),
        "名下%s账户" % bank,
        P("bank_card", num),
        "（联系电话",
        doc.mob(),
        "），交易流水号%s。\n" % doc.order_no(),
    )
    if rng.random() < 0.5:
        doc.t(
            "    请各村于%s前将资金发放情况报送至民政所邮箱%s，民政所地址：%s%s%d号，联系人%s，电话%s。\n"
            % (
                doc.date(),
                doc.gov_mail(),
                town,
                rng.choice(R["roads"]),
                rng.randint(1, 99),
                doc.official(),
                doc.office_phone(),
            )
        )
    doc.t(
        "    以上对象公开时身份证号统一隐去中间位，如%s，电话如%s。\n"
        % (doc.masked_id(), doc.masked_mobile())
    )
    doc.t("%s\n%s\n" % (agency, doc.date()))
    return "mixed.notice", title


def fam_penaltylist(doc):
    rng, R = doc.rng, doc.R
    agency, abbr = agencies(doc)[rng.choice(["scjg", "ny", "zr", "ga"])]
    title = "%s%d年第%s季度行政处罚结果公示" % (agency, rng.choice([2023, 2024]), rng.choice("一二三四"))
    header(doc, agency, abbr + "公", title)
    doc.t(
        "    根据《中华人民共和国行政处罚法》第四十八条规定，现将本季度作出的行政处罚决定公示如下（自然人当事人信息按规定公开）：\n"
    )
    headers = [
        "序号",
        "处罚决定书文号",
        "当事人",
        "身份证号",
        "住址",
        "联系电话",
        "违法行为",
        "处罚内容",
        "处罚日期",
    ]
    rows, people = [], []
    for i in range(rng.randint(3, 7)):
        if i > 0 and rng.random() < 0.2:
            rows.append(
                [
                    str(i + 1),
                    doc.doc_no(abbr + "罚决"),
                    "%s%s%s"
                    % (
                        R["county"][:2],
                        rng.choice(["鑫源", "恒达", "兴旺", "汀江"]),
                        rng.choice(["商贸有限公司", "建材厂"]),
                    ),
                    "统一社会信用代码" + credit_code(rng, R["code"], "91"),
                    doc.agency_addr(),
                    doc.office_phone(),
                    "超范围经营",
                    "罚款%d元" % rng.choice([3000, 10000]),
                    doc.date(),
                ]
            )
            continue
        p = doc.person(lo=1955, hi=2000)
        people.append(p)
        idc = P("id_card", p["id"]) if rng.random() < 0.75 else doc.masked_id()
        ph = doc.mob(p["mobile"]) if rng.random() < 0.8 else doc.masked_mobile()
        rows.append(
            [
                str(i + 1),
                doc.doc_no(abbr + "罚决"),
                doc.nm(p["name"]),
                idc,
                addr_cell(doc, p),
                ph,
                rng.choice(["无证经营", "非法捕捞", "违法占地建房", "超载运输", "销售不合格农资"]),
                rng.choice(
                    [
                        "警告",
                        "罚款%d元" % rng.choice([200, 500, 2000]),
                        "没收违法所得%d.00元并罚款%d元" % (rng.randint(100, 900), rng.choice([1000, 5000])),
                    ]
                ),
                doc.date(),
            ]
        )
    style = table(doc, headers, rows)
    p = people[0]
    doc.t(
        "    其中，",
        doc.nm(p["name"], False),
        "（联系电话",
        doc.mob(p["mobile"]),
        "）已于%s履行完毕；" % doc.date(),
    )
    q = people[-1]
    doc.t(doc.nm(q["name"], False) if q is not p else "该当事人", "申请延期缴纳罚款，理由为其配偶")
    sp = doc.new_name()
    doc.t(doc.nm(sp, False), "患", health_term(doc), "住院治疗，经批准延期至%s。\n" % doc.date())
    doc.t(
        "    公示期间如有异议，请与%s法制股联系（联系人%s，电话%s，传真%s）。\n"
        % (agency, doc.official(), doc.office_phone(), doc.office_phone())
    )
    doc.t("%s\n%s\n" % (agency, doc.date()))
    return "mixed.penaltylist-" + style, title


FAMILIES = [
    (fam_ysqgk_form, 10),
    (fam_ysqgk_reply, 10),
    (fam_penalty, 14),
    (fam_roster, 16),
    (fam_health, 12),
    (fam_gongshi, 16),
    (fam_minutes, 12),
    (fam_mixed, 8),
    (fam_penaltylist, 6),
]


# ------------------------------------------------------------- assemble & self-check
MOB_RE = re.compile(r"(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)")
ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
CARD_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){15,18}(?!\d)")
KIND_RE = {
    "mobile": re.compile(r"^1[3-9]\d([ -]?)\d{4}\1\d{4}$"),
    "landline": re.compile(r"^0\d{2,3}[- ]?[2-8]\d{6,7}$"),
    "email": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$"),
    "passport": re.compile(r"^E[0-9A-HJ-NP-Z]\d{7}$|^[EG]\d{8}$"),
    "hk_macau_permit": re.compile(r"^C[0-9A-HJ-NP-Z]\d{7}$"),
    "tw_permit": re.compile(r"^L\d{8}$"),
    "license_plate": re.compile(r"^[\u4e00-\u9fa5][A-Z]·?[A-HJ-NP-Z0-9]{5,6}$"),
    "id_card_15": re.compile(r"^\d{6}\d{2}(0[1-9]|1[0-2])\d{2}\d{3}$"),
    "address": re.compile(r".*(号|室|组|户)$"),
}
ALL_CODES = set(c for r in REGIONS.values() for c in [r["code"]] + r["other_codes"])  # type: ignore[operator]


def assemble(segs):
    text, spans, pos = [], [], 0
    for v, k in segs:
        if k is not None:
            spans.append({"kind": k, "start": pos, "end": pos + len(v), "text": v})
        text.append(v)
        pos += len(v)
    return "".join(text), spans


def check(text, spans):
    last = 0
    for s in spans:
        t = s["text"]
        if s["start"] < last or text[s["start"] : s["end"]] != t or t != t.strip() or not t:
            return "span"
        last = s["end"]
        k = s["kind"]
        if k == "id_card":
            if not (looks_id18(t) and t[:6] in ALL_CODES):
                return "id"
        elif k == "bank_card":
            d = t.replace(" ", "")
            if not (d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d) and issuer_ok(d)):
                return "card"
        elif k == "name":
            if not 2 <= len(t) <= 16:
                return "name"
        elif k == "health":
            pass
        elif not KIND_RE[k].match(t):
            return "fmt-" + k
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "#"
    m = "".join(masked)
    if MOB_RE.search(m):
        return "leak-mobile"
    for x in ID_RE.finditer(m):
        if looks_id18(x.group()):
            return "leak-id"
    for x in CARD_RE.finditer(m):
        d = re.sub(r"[ -]", "", x.group())
        if luhn_ok(d) and issuer_ok(d):
            return "leak-card"
    for x in re.finditer(r"(?<!\d)\d{15}(?!\d)", m):
        g = x.group()
        if g[:6] in ALL_CODES and real_date("19" + g[6:12]):
            return "leak-id15"
    name_spans = [(s["start"], s["end"]) for s in spans if s["kind"] == "name"]
    for s in spans:
        if s["kind"] != "name":
            continue
        for form in {s["text"], s["text"].replace("\u3000", "")}:
            for x in re.finditer(re.escape(form), text):
                if not any(a <= x.start() and x.end() <= b for a, b in name_spans):
                    return "name-unlabelled"
    if "某" in "".join(s["text"] for s in spans if s["kind"] == "name"):
        return "masked-name"
    return None


def make_doc(seed, i):
    fams = [f for f, w in FAMILIES for _ in range(w)]
    for attempt in range(50):
        rng = random.Random("h43-%d-%d-%d" % (seed, i, attempt))
        rk = rng.choice(REGION_KEYS)
        pdf = rng.random() < 0.25
        doc = Doc(rng, rk, pdf)
        fam = rng.choice(fams)
        typ, title = fam(doc)
        if pdf:
            pdf_transform(doc, title)
            typ += ".pdf"
        text, spans = assemble(doc.segs)
        err = check(text, spans)
        if err is None:
            return {"type": typ, "text": text, "spans": spans}, attempt
    raise RuntimeError("could not generate doc %d" % i)


def decisions():
    doc = __doc__.split("DECISIONS", 1)[1].strip()
    return doc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=197)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(decisions())
        return
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    kinds, types, redraws = Counter(), Counter(), 0  # type: ignore[var-annotated]
    for i in range(a.docs):
        d, att = make_doc(a.seed, i)
        redraws += att
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        types[d["type"]] += 1
        for s in d["spans"]:
            kinds[s["kind"]] += 1
    if out is not sys.stdout:
        out.close()
    if a.stats:
        err = sys.stderr if a.out == "-" else sys.stdout
        print("docs: %d  redraws: %d  spans: %d" % (a.docs, redraws, sum(kinds.values())), file=err)
        print("-- per kind", file=err)
        for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
            print("  %-16s %d" % (k, v), file=err)
        print("-- per family", file=err)
        fam = Counter()  # type: ignore[var-annotated]
        for t, v in types.items():
            fam[t.split(".")[0] + "." + t.split(".")[1].split("-")[0]] += v
        for k, v in sorted(fam.items()):
            print("  %-28s %d" % (k, v), file=err)
        print("  (pdf variants: %d)" % sum(v for t, v in types.items() if t.endswith(".pdf")), file=err)
        print("-- per type", file=err)
        for k, v in sorted(types.items()):
            print("  %-40s %d" % (k, v), file=err)


if __name__ == "__main__":
    main()
