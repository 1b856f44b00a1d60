#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout59 -- blind evaluation set generator for a personal-information detector
working on Chinese government-disclosure (政务公开) publications.

Standard library only.  Deterministic for a given --seed (random.Random(seed); no
wall-clock dates are used anywhere).

Usage
  python holdout59.py --docs 400 --seed 283 -o set.jsonl
  python holdout59.py --docs 400 --seed 283 -o set.jsonl --check
  python holdout59.py --check-file set.jsonl          (validate an existing file)
  python holdout59.py --decisions
  python holdout59.py --docs 400 --seed 283 --stats

Output: JSON Lines, one document a line:
  {"type": family, "text": text, "spans": [{"kind": k, "start": i, "end": j}, ...]}
Offsets are Python str (code point) offsets into text; end is exclusive.

Kinds: id_card, id_card_15, mobile, landline, bank_card, email, passport,
hk_macau_permit, tw_permit, license_plate, address, name, health.

FAMILIES (the "type" field)
  1. 扶贫小额信贷贴息名单
  2. 村集体经济收益分红到户名单
  3. 光伏扶贫电站收益分配公示
  4. 产业到户奖补资金公示
  5. 城乡居民养老保险政府代缴名单
  6. 公益林生态效益补偿资金发放表
  7. 农机报废更新补贴公示
  8. 因病致贫返贫大病救助审批表
  9. 村务监督委员会会议记录          (议定事项 naming specific households)
 10. 12345热线工单办结回访通报

COUNTIES (real names and 6-digit administrative division codes; town/township
names are real; village, 屯, 组, 社区 and 小区 names are plausible composites and
are NOT claimed to be real places)
  451031 广西壮族自治区百色市隆林各族自治县 (壮/苗/彝/仡佬; plate 桂L; area code 0776)
  513432 四川省凉山彝族自治州喜德县       (彝族 names; plate 川W; 0834)
  623023 甘肃省甘南藏族自治州舟曲县       (藏族 names; plate 甘P; 0941)
  653222 新疆维吾尔自治区和田地区墨玉县   (维吾尔族 names; plate 新R; 0903)
  610730 陕西省汉中市佛坪县               (汉族, rare/compound surnames; plate 陕F; 0916)
  222406 吉林省延边朝鲜族自治州和龙市     (朝鲜族 names; plate 吉H; 0433)
  (No Mongolian-majority county was chosen, so Mongolian names do not occur;
  Han names include compound surnames 欧阳/司马/诸葛/上官/... and rare ones 亓/仉/昝/厍/隗/谯/...)
Presentation styles: prose with labels, tab-separated tables, pdftotext -layout
fixed-width tables (long cells wrapped onto following lines, top or middle
vertical alignment), one-cell-per-line (DOCX/HTML flattened), CSV (quoted cells,
CRLF or LF), HTML remnants (&nbsp;, <p>, <br/>), hard line breaks inside values,
full-width digits, masked values and near-misses.

DECISIONS
 1. Only data about PRIVATE natural persons is labelled.  Officials, civil
    servants, village cadres (书记/主任/会计/监督委员会主任和委员), 驻村干部,
    经办人/审核人/承办人/记录人/填表人 acting in their role are public by design:
    their names and office phones are NOT labelled.  No official is ever also a
    beneficiary in the same document.
 2. name = the full personal name of a private person as written, whenever the
    context shows it is a person (beneficiary, applicant, household head, family
    member, caller, neighbour, 代领人, 村民代表, 公益岗位人员).  The span excludes
    labels, titles and kinship words (户主、之妻、其父、老人、同志).  Compound
    surnames (欧阳, 司马 ...) and rare surnames are part of the span.  Uyghur names
    "given·father" are ONE span including the interpunct (·, • or .); Yi clan +
    given names (吉克阿呷) and Tibetan names (扎西顿珠) are one span.
 3. Surname + honorific (黄先生, 李女士, 金大娘) is NOT a name span; a surname alone
    does not identify a person.
 4. Masked values are never labelled, whatever is still visible: 张*, 李某,
    王某某, 吉克**, 阿***, 138****1234, 6222********1234, 330127********1234.
 5. Padded names (王　芳, 王  芳, 王&nbsp;&nbsp;芳) are one span from the first to
    the last character of the name, internal padding included, outer padding
    excluded.
 6. Surname-like strings inside place, road, company, cooperative, station or
    village names (袁家庄街道, 陈家坝镇, 王家湾村, 沙马拉达村, 金达莱村, 黄氏农机
    公司, 杨家沟) are NOT names.
 7. address = a private person's home/residence address that reaches 组, 社, 屯
    (natural village, treated as 组 level), 号, 栋, 幢, 单元 or 室 level.  The span
    starts at the first administrative component written contiguously with the
    rest (it may start with the province, city, county, town or village) and ends
    with the last unit (…3组 / …15号 / …502室).  Labels (住址：) and trailing
    words (附近, 家中, 门前) are excluded.  A table cell "那桑村弄英屯" or "瓦吉村3组"
    in a household list is an address even though the town is in another column.
 8. Village-only or town-only locations (所属村：英巴格村) are NOT addresses.
    Addresses of offices, companies, 电站 sites, project sites and meeting rooms
    are NOT labelled, even when they reach 组/号 level (光伏电站建设地点：XX村2组).
    A bare group used as a place of an event (3组灌溉渠道堵塞) is not an address.
 9. Wrapped values: if a value is interrupted only by a line break (hard break in
    prose, multi-line CSV cell, one-cell-per-line text) it is ONE span that
    contains the newline.  If pdftotext -layout puts other cells' text between
    the parts of a wrapped cell, each fragment is labelled separately with the
    same kind (a Uyghur name is split only after the interpunct, which is left
    outside both fragments).  Number kinds are never wrapped in layout tables.
10. Numbers: the span covers the digits with their internal spaces/hyphens as
    written, full-width digits included; it excludes labels and a leading
    country code (+86).  Landlines include the area code and its hyphen.
11. id_card: 18 characters, checksum valid; a lower-case x is kept in the span.
    Old 15-digit numbers are id_card_15.  A 残疾人证号 (ID + 2 digits category
    and grade) is labelled id_card on its first 18 characters only.
12. bank_card: a private person's card / 一卡通 number.  Corporate accounts,
    loan contract numbers and masked cards are not labelled.
13. health: a named or otherwise identifiable person's disease, diagnosis or
    disability status.  The span is the medical term with its qualifiers
    (肢体二级残疾, 肝癌晚期 -> 肝癌, 重度残疾人 as a whole category cell),
    without framing words (患有, 确诊为, 病种：).  Not labelled when the person
    is not identifiable in the record (masked name and no other unmasked
    identifier), in aggregate statistics, in document titles and for generic
    programme words (大病救助, 因病致贫).  Economic categories (低保对象, 特困人员,
    脱贫人口, 监测户) are not health.  Hospital names and costs are not labelled.
14. A household list's 住址/村组 is labelled even when the name in that row is
    masked (the address itself is a personal datum of a private household).
15. 公益性岗位 workers (护林员, 保洁员, 护路员) paid from 光伏收益 are private
    persons (beneficiaries), not officials: their names are labelled.
16. 村民代表 named in meeting records are private persons and are labelled;
    committee members and cadres in role are not (decision 1).
17. Signature lines: 申请人（签字）：X is labelled; 村委会主任（签字）：Y is not.
18. license_plate: the whole plate including province character, letter,
    separator (· or space) and serial; plates of private vehicles only.
19. email / passport / hk_macau_permit / tw_permit: the identifier only.
    Government mailboxes (xxxczj@163.com of an office) are not labelled.
20. Never labelled (near-misses): 文号, 索引号 (even when it embeds a unified
    social credit code), 统一社会信用代码 (GB 32100 valid), 工单编号, 借款合同号,
    出厂编号, 林班/小班号, amounts, dates, postcodes, 12345 and office phones,
    gender, ethnicity, age and birth month written separately (not kinds).
"""

import argparse
import json
import random
import re
import sys
import unicodedata
import datetime

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
    "扶贫小额信贷贴息名单",
    "村集体经济收益分红到户名单",
    "光伏扶贫电站收益分配公示",
    "产业到户奖补资金公示",
    "城乡居民养老保险政府代缴名单",
    "公益林生态效益补偿资金发放表",
    "农机报废更新补贴公示",
    "因病致贫返贫大病救助审批表",
    "村务监督委员会会议记录",
    "12345热线工单办结回访通报",
]

# ----------------------------------------------------------------- checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
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
]


def id_check(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_append(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def make_uscc(r, dept_cat, area):
    body = "".join(r.choice("0123456789") for _ in range(8))
    if dept_cat.startswith("9") and r.random() < 0.8:
        body = (
            "MA"
            + r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")
            + r.choice("ABCDEFGHJKLMNPQRTUWXY")
            + "".join(r.choice("0123456789") for _ in range(4))
        )
    c9 = 11 - sum(org_val(c) * w for c, w in zip(body, ORG_W)) % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    s17 = dept_cat + area + body + c9
    c18 = (31 - sum(USCC_CH.index(c) * w for c, w in zip(s17, USCC_W)) % 31) % 31
    return s17 + USCC_CH[c18]


def uscc_ok(s):
    if len(s) != 18 or any(c not in USCC_CH for c in s):
        return False
    c18 = (31 - sum(USCC_CH.index(c) * w for c, w in zip(s[:17], USCC_W)) % 31) % 31
    return USCC_CH[c18] == s[17]


# ----------------------------------------------------------------- counties
COUNTIES = [
    dict(
        key="longlin",
        prov="广西壮族自治区",
        city="百色市",
        name="隆林各族自治县",
        short="隆林县",
        code="451031",
        area="0776",
        plate="桂L",
        post="533400",
        abbr="隆",
        py="ll",
        seat="新州镇",
        towns=[
            "新州镇",
            "桠杈镇",
            "天生桥镇",
            "平班镇",
            "德峨镇",
            "隆或镇",
            "沙梨乡",
            "者保乡",
            "者浪乡",
            "革步乡",
            "金钟山乡",
            "猪场乡",
            "蛇场乡",
            "克长乡",
            "岩茶乡",
            "介廷乡",
        ],
        villages=[
            "那桑",
            "者艾",
            "央宝",
            "平林",
            "坡皿",
            "龙洞",
            "冷独",
            "新寨",
            "坪山",
            "革机",
            "大水",
            "常么",
            "弄昂",
            "那么",
        ],
        tuns=["那来", "弄王", "坡头", "大寨", "岩脚", "冲头", "上寨", "下寨", "新安", "坡报", "弄英", "那哈"],
        roads=["民族路", "团结路", "人民路", "朝阳路", "兴隆路", "新华街"],
        ethnic=["汉族", "壮族", "苗族", "彝族", "仡佬族"],
        style="longlin",
        hosp=[
            "隆林各族自治县人民医院",
            "右江民族医学院附属医院",
            "广西医科大学第一附属医院",
            "百色市人民医院",
        ],
        industries=[
            ("养殖黄牛", "头"),
            ("养殖黑山羊", "只"),
            ("种植油茶", "亩"),
            ("桑蚕养殖", "张"),
            ("养殖生猪", "头"),
        ],
    ),
    dict(
        key="xide",
        prov="四川省",
        city="凉山彝族自治州",
        name="喜德县",
        short="喜德县",
        code="513432",
        area="0834",
        plate="川W",
        post="616750",
        abbr="喜",
        py="xd",
        seat="光明镇",
        towns=["光明镇", "冕山镇", "红莫镇", "米市镇", "洛哈镇", "两河口镇", "李子乡", "且拖乡", "尼波镇"],
        villages=[
            "阿吼",
            "则约",
            "尔吉",
            "瓦吉",
            "拉克",
            "洛发",
            "依洛",
            "沙马拉达",
            "红旗",
            "中坝",
            "瓦尔",
            "洛莫",
        ],
        tuns=None,
        roads=["人民路", "建设路", "团结路", "彝欣大道", "新民街"],
        ethnic=["彝族", "彝族", "彝族", "汉族", "藏族"],
        style="xide",
        hosp=["喜德县人民医院", "凉山州第一人民医院", "四川大学华西医院", "西昌市人民医院"],
        industries=[
            ("种植马铃薯", "亩"),
            ("养殖生猪", "头"),
            ("养殖西门塔尔牛", "头"),
            ("种植花椒", "亩"),
            ("养殖山羊", "只"),
        ],
    ),
    dict(
        key="zhouqu",
        prov="甘肃省",
        city="甘南藏族自治州",
        name="舟曲县",
        short="舟曲县",
        code="623023",
        area="0941",
        plate="甘P",
        post="746300",
        abbr="舟",
        py="zq",
        seat="城关镇",
        towns=[
            "城关镇",
            "大川镇",
            "峰迭镇",
            "立节镇",
            "东山镇",
            "果耶镇",
            "憨班镇",
            "巴藏镇",
            "武坪镇",
            "江盘镇",
            "曲告纳镇",
            "博峪镇",
            "拱坝镇",
        ],
        villages=[
            "上河",
            "下河",
            "城马",
            "瓜咱",
            "南山",
            "坪定",
            "杨家沟",
            "石门坪",
            "土桥子",
            "巴寨",
            "中牌",
            "沙川",
        ],
        tuns=None,
        roads=["滨江路", "人民路", "北街", "南街", "东街"],
        ethnic=["藏族", "汉族", "汉族", "藏族", "回族"],
        style="zhouqu",
        hosp=["舟曲县人民医院", "甘南州人民医院", "兰州大学第二医院", "甘肃省人民医院"],
        industries=[
            ("种植花椒", "亩"),
            ("种植核桃", "亩"),
            ("种植中药材", "亩"),
            ("养殖牦牛", "头"),
            ("养殖中蜂", "箱"),
        ],
    ),
    dict(
        key="moyu",
        prov="新疆维吾尔自治区",
        city="和田地区",
        name="墨玉县",
        short="墨玉县",
        code="653222",
        area="0903",
        plate="新R",
        post="848100",
        abbr="墨",
        py="my",
        seat="喀拉喀什镇",
        towns=[
            "喀拉喀什镇",
            "扎瓦镇",
            "奎牙镇",
            "萨依巴格乡",
            "阔依其乡",
            "加汗巴格乡",
            "芒来乡",
            "托胡拉乡",
            "喀尔赛乡",
            "英也尔乡",
            "雅瓦乡",
            "吐外特乡",
            "乌尔其乡",
            "普恰克其乡",
            "阿克萨拉依乡",
        ],
        villages=[
            "英巴格",
            "巴格其",
            "阿克提坎",
            "喀拉墩",
            "托万克",
            "尤勒滚",
            "阿亚克",
            "博斯坦",
            "其乃巴格",
            "吾斯塘",
        ],
        tuns=None,
        roads=["团结路", "文化路", "友谊路", "幸福路", "人民路"],
        ethnic=["维吾尔族"],
        style="moyu",
        hosp=["墨玉县人民医院", "和田地区人民医院", "新疆医科大学第一附属医院", "和田地区维吾尔医医院"],
        industries=[
            ("养殖肉羊", "只"),
            ("种植核桃", "亩"),
            ("种植红枣", "亩"),
            ("养殖鸽子", "羽"),
            ("蔬菜大棚", "座"),
        ],
    ),
    dict(
        key="foping",
        prov="陕西省",
        city="汉中市",
        name="佛坪县",
        short="佛坪县",
        code="610730",
        area="0916",
        plate="陕F",
        post="723400",
        abbr="佛",
        py="fp",
        seat="袁家庄街道",
        towns=["袁家庄街道", "陈家坝镇", "大河坝镇", "西岔河镇", "岳坝镇", "长角坝镇", "石墩河镇"],
        villages=[
            "东岳殿",
            "龙潭",
            "三教殿",
            "凉风",
            "银厂沟",
            "沙窝",
            "王家湾",
            "十亩地",
            "罗家坝",
            "光明",
            "塘湾",
        ],
        tuns=None,
        roads=["滨河路", "东街", "西街", "人民路", "熊猫大道"],
        ethnic=["汉族"],
        style="foping",
        hosp=["佛坪县医院", "汉中市中心医院", "西安交通大学第一附属医院", "陕西省人民医院"],
        industries=[
            ("种植山茱萸", "亩"),
            ("养殖中蜂", "箱"),
            ("种植天麻", "窝"),
            ("养殖土猪", "头"),
            ("种植食用菌", "袋"),
        ],
    ),
    dict(
        key="helong",
        prov="吉林省",
        city="延边朝鲜族自治州",
        name="和龙市",
        short="和龙市",
        code="222406",
        area="0433",
        plate="吉H",
        post="133500",
        abbr="和",
        py="hl",
        seat="文化街道",
        towns=[
            "文化街道",
            "民惠街道",
            "光明街道",
            "八家子镇",
            "福洞镇",
            "头道镇",
            "西城镇",
            "南坪镇",
            "东城镇",
            "崇善镇",
            "龙城镇",
        ],
        villages=["光东", "龙门", "新东", "仲坪", "柳洞", "金达莱", "长仁", "獐项", "高岭", "元峰"],
        tuns=None,
        roads=["文化路", "青年路", "和平路", "龙门街", "民惠路"],
        ethnic=["朝鲜族", "汉族"],
        style="helong",
        hosp=["和龙市人民医院", "延边大学附属医院", "吉林大学第一医院", "延边州人民医院"],
        industries=[
            ("养殖黄牛", "头"),
            ("种植食用菌", "袋"),
            ("种植苹果梨", "亩"),
            ("种植水稻", "亩"),
            ("养殖梅花鹿", "头"),
        ],
    ),
]
OTHER_AREA_CODES = [
    "110101",
    "310104",
    "440106",
    "510107",
    "620102",
    "650102",
    "222401",
    "513401",
    "653201",
    "610702",
    "451002",
    "623001",
    "450102",
    "330127",
]

# ----------------------------------------------------------------- names
HAN_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤"
)
LOCAL_SUR = {
    "longlin": list("黄韦罗杨王陆蒙农潘岑李吴熊陶龙覃"),
    "zhouqu": list("杨王赵李张杜刘苏"),
    "foping": list("王李张刘陈杨何罗冉邓吴周"),
    "helong": list("李张王刘孙赵于"),
    "xide": list("王马刘张杨李"),
    "moyu": list("王李张"),
}
COMPOUND = [
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "皇甫",
    "尉迟",
    "东方",
    "令狐",
    "慕容",
    "端木",
    "司徒",
    "公孙",
    "夏侯",
]
RARE = list("亓仉昝厍隗谯禚佴郗缑蒯冼晁逄眭笪阙蔺揭")
GIVEN_M = (
    "建国明华军平强伟勇杰涛斌超刚辉德福贵财发成志文海林春生荣金永正光泽宇浩新民忠山友学庆宝才义兴旺彬锋剑波东"
)
GIVEN_F = "芳秀英兰玉梅丽红霞燕娟敏静凤珍桂香连莲花翠云雪婷怡欣琴艳萍娥妹"
UY_M = [
    "买买提",
    "艾则孜",
    "阿卜杜热合曼",
    "吐尔逊",
    "玉苏甫",
    "阿不都外力",
    "艾合买提",
    "阿不都拉",
    "肉孜",
    "库尔班",
    "麦麦提",
    "阿力木",
    "依明",
    "热合曼",
    "买尔旦",
    "阿卜杜萨拉木",
    "努尔买买提",
    "吾斯曼",
    "托合提",
    "艾力",
    "塔依尔",
    "阿布都克力木",
    "萨迪克",
    "巴拉提",
    "阿巴斯",
    "居麦",
    "牙生",
    "司马义",
]
UY_F = [
    "阿依古丽",
    "古丽努尔",
    "热依汗古丽",
    "努尔曼古丽",
    "图尔荪古丽",
    "帕提曼",
    "如先古丽",
    "祖丽皮亚",
    "米日古丽",
    "阿依努尔",
    "布阿依夏木",
    "玛依拉",
    "古再丽努尔",
    "吐逊古丽",
    "阿米娜",
    "巴哈尔古丽",
    "买合甫拉",
    "再努尔",
]
UY_FATHER = UY_M + [
    "买买提明",
    "喀斯木",
    "阿西木",
    "玉山",
    "亚森",
    "吐地",
    "艾买提",
    "阿不都热依木",
    "卡地尔",
    "阿卜力孜",
]
TIB_M = [
    "扎西",
    "顿珠",
    "才让",
    "尼玛",
    "多杰",
    "加措",
    "次仁",
    "贡保",
    "桑杰",
    "旦正",
    "更登",
    "索南",
    "东珠",
    "仁青",
    "完玛",
    "道吉",
    "格桑",
    "才旦",
    "达瓦",
    "扎巴",
]
TIB_F = ["卓玛", "措毛", "拉毛", "央金", "拉姆", "卓玛草", "切吉", "永措", "德吉", "才让草", "吉毛", "娘毛"]
YI_CLAN = [
    "吉克",
    "阿苏",
    "沙马",
    "吉木",
    "海来",
    "俄木",
    "阿尔",
    "马海",
    "曲比",
    "日火",
    "吉伍",
    "莫色",
    "勒格",
    "阿的",
    "瓦其",
    "尔古",
    "依火",
    "阿说",
    "吉觉",
    "克其",
    "俄底",
]
YI_M = [
    "木呷",
    "子洛",
    "阿木",
    "日哈",
    "石布",
    "伍各",
    "尔哈",
    "阿牛",
    "拉哈",
    "曲者",
    "尔作",
    "木嘎",
    "阿果",
    "伍沙",
    "石且",
    "日格",
    "拉则",
    "体哈",
]
YI_F = [
    "阿呷",
    "阿依",
    "伍呷",
    "么么",
    "拉莫",
    "阿支",
    "阿衣",
    "石莫",
    "木果",
    "尔莫",
    "日莫",
    "沙沙",
    "阿芝",
]
KO_SUR = list("金朴崔李郑姜申玄南全韩俞许池方吴尹赵徐文")
KO_M = [
    "哲洙",
    "明哲",
    "光浩",
    "成日",
    "永吉",
    "东植",
    "相浩",
    "英哲",
    "龙洙",
    "政浩",
    "昌镐",
    "承范",
    "京浩",
    "虎林",
]
KO_F = [
    "顺姬",
    "英淑",
    "春花",
    "美玉",
    "贞淑",
    "京爱",
    "银姬",
    "今顺",
    "日善",
    "玉女",
    "英子",
    "明玉",
    "花善",
    "贞子",
]

DISEASES = [
    "尿毒症",
    "慢性肾功能衰竭",
    "急性白血病",
    "肺癌",
    "胃癌",
    "食管癌",
    "肝癌",
    "乳腺癌",
    "宫颈癌",
    "结肠癌",
    "脑梗死后遗症",
    "脑出血后遗症",
    "精神分裂症",
    "双相情感障碍",
    "肝硬化失代偿期",
    "先天性心脏病",
    "耐多药肺结核",
    "重型再生障碍性贫血",
    "系统性红斑狼疮",
    "帕金森病",
    "股骨头坏死",
    "2型糖尿病肾病",
    "类风湿关节炎",
    "血友病",
    "重症肌无力",
    "冠心病",
    "鼻咽癌",
    "淋巴瘤",
    "慢性阻塞性肺疾病",
]
LOCAL_DIS = {
    "zhouqu": ["肝包虫病", "大骨节病"],
    "xide": ["肝包虫病", "耐多药肺结核"],
    "moyu": ["肺结核"],
    "helong": ["胃癌"],
    "foping": ["慢性乙型肝炎"],
    "longlin": ["地中海贫血"],
}
DISAB = [
    "肢体二级残疾",
    "肢体一级残疾",
    "视力一级残疾",
    "视力二级残疾",
    "听力三级残疾",
    "言语二级残疾",
    "智力二级残疾",
    "精神二级残疾",
    "多重一级残疾",
    "肢体三级残疾",
]
RELS_SP = {"男": "妻子", "女": "丈夫"}
REL_SEX = {
    "妻子": "女",
    "丈夫": "男",
    "儿子": "男",
    "女儿": "女",
    "父亲": "男",
    "母亲": "女",
    "孙子": "男",
    "孙女": "女",
    "子": "男",
    "女": "女",
    "孙": "男",
}
BANKS = [
    ("622848", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622202", 19, "中国工商银行"),
    ("623058", 19, "平安银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622908", 18, "兴业银行"),
    ("622848", 16, "中国农业银行"),
    ("621799", 17, "中国邮政储蓄银行"),
]
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
    "150",
    "151",
    "152",
    "153",
    "155",
    "157",
    "158",
    "159",
    "166",
    "177",
    "180",
    "181",
    "182",
    "183",
    "187",
    "188",
    "189",
    "198",
    "199",
]
CN_NUM = "一二三四五六七八九十"
WS = " \t\n\r\u3000\xa0"


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def unfw(s):
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in s)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ----------------------------------------------------------------- document builder
def norm(items):
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, str):
            if it:
                out.append((it, None))
        elif isinstance(it, list):
            out.extend(norm(it))
        else:
            if it[0]:
                out.append(it)
    return out


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def add(self, t, kind=None):
        if not t:
            return
        if kind:
            self.spans.append([kind, self.n, self.n + len(t)])
        self.buf.append(t)
        self.n += len(t)

    def w(self, *items):
        for t, k in norm(items):
            self.add(t, k)

    def text(self):
        return "".join(self.buf)


class Ctx:
    def __init__(self, r, c, fam):
        self.r = r
        self.c = c
        self.fam = fam
        self.d = Doc()
        self.used = []
        self.year = r.choice([2021, 2022, 2023, 2023, 2024, 2024])
        self.pad = r.random() < 0.3
        self.padchar = r.choice(["\u3000", "  ", " ", "\u3000"])
        self.fullwidth = r.random() < 0.15
        self.breaks = r.random() < 0.3
        self.has_table = False

    # ---- names
    def han(self, sex, sur=None):
        r = self.r
        x = r.random()
        if sur:
            s = sur
        elif x < 0.08:
            s = r.choice(COMPOUND)
        elif x < 0.13:
            s = r.choice(RARE)
        elif x < 0.55:
            s = r.choice(LOCAL_SUR[self.c["style"]])
        else:
            s = r.choice(HAN_SUR)
        pool = GIVEN_M if sex == "男" else GIVEN_F
        g = r.choice(pool) + (r.choice(pool) if r.random() < 0.65 else "")
        return s + g

    def pick_type(self):
        r = self.r
        st = self.c["style"]
        x = r.random()
        if st == "moyu" and x < 0.93:
            return "uy"
        if st == "xide" and x < 0.78:
            return "yi"
        if st == "zhouqu" and x < 0.5:
            return "tib"
        if st == "helong" and x < 0.5:
            return "ko"
        return "han"

    def raw_name(self, sex, nt=None, sur=None, father=None):
        """returns dict(name, nt, sur, first, father)"""
        r = self.r
        nt = nt or self.pick_type()
        if nt == "uy":
            first = r.choice(UY_M if sex == "男" else UY_F)
            fa = father or r.choice(UY_FATHER)
            sep = r.choice(["·"] * 7 + ["•", "."])
            return dict(name=first + sep + fa, nt=nt, sur=None, first=first, father=fa)
        if nt == "yi":
            clan = sur or r.choice(YI_CLAN)
            return dict(
                name=clan + r.choice(YI_M if sex == "男" else YI_F), nt=nt, sur=clan, first=None, father=None
            )
        if nt == "tib":
            if sex == "男":
                a, b = r.sample(TIB_M, 2)
                n = a + b if r.random() < 0.8 else a
            elif r.random() < 0.5:
                n = r.choice(TIB_M) + r.choice(TIB_F[:6])
            else:
                n = r.choice(TIB_F)
            return dict(name=n, nt=nt, sur=None, first=None, father=None)
        if nt == "ko":
            s = sur or r.choice(KO_SUR)
            return dict(
                name=s + r.choice(KO_M if sex == "男" else KO_F), nt=nt, sur=s, first=None, father=None
            )
        n = self.han(sex, sur)
        s = sur or next((c for c in COMPOUND if n.startswith(c)), n[0])
        return dict(name=n, nt="han", sur=s, first=None, father=None)

    def newname(self, sex, nt=None, sur=None, father=None):
        for _ in range(60):
            info = self.raw_name(sex, nt, sur, father)
            n = info["name"]
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.append(n)
                return info
        info = self.raw_name(sex, "han")
        info["name"] += self.r.choice(GIVEN_M)
        self.used.append(info["name"])
        return info

    def official(self):
        return self.newname(self.r.choice("男男女"))["name"]

    def relative(self, p, rel, **kw):
        """a family member of p with a culturally consistent name"""
        r = self.r
        sex = REL_SEX.get(rel) or r.choice("男女")
        nt = p["nt"]
        sur = father = None
        if rel in ("儿子", "女儿", "子", "女", "孙子", "孙女", "孙"):
            amin, amax = max(1, p["age"] - 38), max(3, p["age"] - 20)
            if rel.startswith("孙"):
                amin, amax = 1, max(3, p["age"] - 42)
            if p["sex"] == "男":
                sur, father = p["sur"], p["first"]
        elif rel in ("父亲", "母亲"):
            amin, amax = p["age"] + 20, p["age"] + 36
            if rel == "父亲":
                sur, father = p["sur"], None
                if nt == "uy":
                    return self.person(sex=sex, amin=amin, amax=amax, nt=nt, first=p["father"], **kw)
        else:
            amin, amax = max(18, p["age"] - 8), p["age"] + 8
            if nt == "tib" and r.random() < 0.5:
                nt = "han"
        if nt == "uy" and father is None and rel in ("儿子", "女儿", "子", "女", "孙子", "孙女", "孙"):
            father = None
        return self.person(sex=sex, amin=amin, amax=amax, nt=nt, sur=sur, father=father, **kw)

    # ---- places
    def town(self):
        return self.r.choice(self.c["towns"])

    def village(self):
        return self.r.choice(self.c["villages"]) + "村"

    def group(self):
        r = self.r
        c = self.c
        if c["tuns"] and r.random() < 0.75:
            return r.choice(c["tuns"]) + "屯"
        if c["style"] == "zhouqu" and r.random() < 0.5:
            return CN_NUM[r.randrange(8)] + "社"
        if r.random() < 0.2:
            return CN_NUM[r.randrange(9)] + "组"
        return str(r.randint(1, 12)) + "组"

    def home(self, town=None, village=None, urban_p=0.0):
        r = self.r
        h = dict(
            town=town or self.town(),
            village=village or self.village(),
            group=self.group(),
            house=(str(r.randint(1, 168)) + "号") if r.random() < 0.6 else "",
            urban=None,
        )
        if r.random() < urban_p:
            h["town"] = self.c["seat"]
            b, u, f, n = r.randint(1, 18), r.randint(1, 4), r.randint(1, 9), r.randint(1, 4)
            x = r.random()
            if x < 0.4:
                h["urban"] = "%s社区%s%d栋%d单元%d0%d室" % (
                    r.choice(["团结", "城北", "城南", "新民", "幸福", "河西"]),
                    r.choice(["阳光花园", "幸福家园", "安居小区", "和谐家园"]),
                    b,
                    u,
                    f,
                    n,
                )
            elif x < 0.7:
                h["urban"] = "%s易地扶贫搬迁安置点%d幢%d单元%d0%d室" % (
                    r.choice(["城北", "城东", "新城", "幸福"]),
                    b,
                    u,
                    f,
                    n,
                )
            else:
                h["urban"] = "%s%d号" % (r.choice(self.c["roads"]), r.randint(2, 260))
        return h

    def addr(self, h, level=None):
        """full home address string; level 0=from village 1=town 2=county 3=city 4=province"""
        r = self.r
        c = self.c
        if level is None:
            level = r.choice([1, 2, 2, 2, 3, 4])
        if h["urban"]:
            tail = h["town"] + h["urban"]
            level = max(level, 1)
        else:
            tail = h["town"] + h["village"] + h["group"] + h["house"]
        if level == 0 and not h["urban"]:
            return h["village"] + h["group"] + h["house"]
        pre = ""
        if level >= 2:
            pre = c["name"]
        if level >= 3:
            pre = c["city"] + pre
        if level >= 4:
            pre = c["prov"] + pre
        return pre + tail

    def cunzu(self, h):
        return h["village"] + h["group"]

    # ---- people
    def person(self, sex=None, amin=20, amax=82, nt=None, sur=None, father=None, first=None, **kw):
        r = self.r
        sex = sex or r.choice("男女")
        age = r.randint(amin, min(amax, 95))
        by = self.year - age
        bm = r.randint(1, 12)
        bd = r.randint(1, 28 if bm == 2 else (30 if bm in (4, 6, 9, 11) else 31))
        area = self.c["code"] if r.random() < 0.88 else r.choice(OTHER_AREA_CODES)
        seq = r.randint(0, 99) * 10 + r.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
        s17 = "%s%04d%02d%02d%03d" % (area, by, bm, bd, seq)
        idn = s17 + id_check(s17)
        if idn.endswith("X") and r.random() < 0.3:
            idn = idn[:-1] + "x"
        id15 = "%s%02d%02d%02d%03d" % (area, by % 100, bm, bd, seq) if by < 2000 else None
        pf, ln, bank = r.choice(BANKS)
        card = luhn_append(pf + "".join(r.choice("0123456789") for _ in range(ln - len(pf) - 1)))
        mob = r.choice(MOBILE_PFX) + "".join(r.choice("0123456789") for _ in range(8))
        info = self.newname(sex, nt, sur, father)
        if first and info["nt"] == "uy":
            # the father of a Uyghur person: his given name is the person's father-part
            self.used.remove(info["name"])
            info["name"] = first + info["name"][len(info["first"]) :]
            info["first"] = first
            self.used.append(info["name"])
        eth = {"uy": "维吾尔族", "yi": "彝族", "tib": "藏族", "ko": "朝鲜族"}.get(info["nt"])
        if not eth:
            eth = r.choice(
                [e for e in self.c["ethnic"] if e not in ("维吾尔族", "彝族", "藏族", "朝鲜族")] or ["汉族"]
            )
        p = dict(
            name=info["name"],
            nt=info["nt"],
            sur=info["sur"],
            first=info["first"],
            father=info["father"],
            sex=sex,
            age=age,
            birth=(by, bm, bd),
            id=idn,
            id15=id15,
            card=card,
            bank=bank,
            mobile=mob,
            home=self.home(**kw),
            eth=eth,
        )
        return p

    # ---- cells (lists of segments)
    def N(self, p, masked=False):
        r = self.r
        n = p["name"]
        if masked:
            return [(mask_name(r, n), None)]
        if self.pad and len(n) == 2 and not self.html:
            n = n[0] + self.padchar + n[1]
        elif self.pad and len(n) == 2 and self.html and r.random() < 0.7:
            n = n[0] + "&nbsp;&nbsp;" + n[1]
        return [(n, "name")]

    def Nm(self, p):
        """name in running prose (never padded)"""
        return (p["name"], "name")

    def ID(self, p, mode="full"):
        r = self.r
        if mode == "masked":
            return [(mask_id(r, p["id"]), None)]
        if mode == "none":
            return []
        if mode == "15" and p["id15"]:
            v = p["id15"]
            return [(fw(v) if self.fullwidth and self.prose else v, "id_card_15")]
        v = p["id"]
        if self.fullwidth and self.prose:
            v = fw(v)
        if self.breaks and self.prose and r.random() < 0.15:
            k = r.randint(4, 14)
            v = v[:k] + "\n" + v[k:]
        elif r.random() < 0.04:
            v = v[:6] + " " + v[6:14] + " " + v[14:]
        return [(v, "id_card")]

    def MOB(self, p, mode="full"):
        r = self.r
        m = p["mobile"]
        if mode == "masked":
            return [(m[:3] + "****" + m[-4:], None)]
        if mode == "none":
            return []
        x = r.random()
        if x < 0.1:
            m = m[:3] + " " + m[3:7] + " " + m[7:]
        elif x < 0.17:
            m = m[:3] + "-" + m[3:7] + "-" + m[7:]
        if self.fullwidth and self.prose:
            m = fw(m)
        out = []
        if self.prose and r.random() < 0.05:
            out.append(("+86 ", None))
        out.append((m, "mobile"))
        return out

    def CARD(self, p, mode="full"):
        r = self.r
        c = p["card"]
        if mode == "masked":
            x = r.random()
            if x < 0.5:
                return [(c[:4] + "*" * (len(c) - 8) + c[-4:], None)]
            if x < 0.8:
                return [(c[:6] + "******" + c[-4:], None)]
            return [(" ".join([c[:4], "****", "****", c[-4:]]), None)]
        if mode == "none":
            return []
        if r.random() < 0.25:
            c = " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        if self.fullwidth and self.prose:
            c = fw(c)
        return [(c, "bank_card")]

    def ADDR(self, p, level=None, short=False):
        r = self.r
        a = self.cunzu(p["home"]) if short else self.addr(p["home"], level)
        if (
            self.breaks
            and (self.prose or self.style in ("csv", "onecell"))
            and r.random() < 0.2
            and len(a) > 6
        ):
            k = r.randint(3, len(a) - 3)
            a = a[:k] + "\n" + a[k:]
        return [(a, "address")]

    @property
    def prose(self):
        return getattr(self, "style", "prose") in ("prose", "form")

    @property
    def html(self):
        return getattr(self, "style", "") == "html"

    def plate(self):
        r = self.r
        c = self.c
        serial_chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
        if r.random() < 0.15:
            s = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            s = "".join(r.choice(serial_chars if i < 2 else "0123456789") for i in range(5))
            if not any(ch.isalpha() for ch in s) and r.random() < 0.5:
                s = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + s[1:]
        sep = r.choice(["·", "", "", " "])
        return c["plate"] + sep + s

    def office_phone(self):
        r = self.r
        return "%s-%s" % (
            self.c["area"],
            r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(6)),
        )

    def landline(self):
        r = self.r
        return "%s-%s" % (
            self.c["area"],
            r.choice("3456789") + "".join(r.choice("0123456789") for _ in range(6)),
        )

    def date(self, month=None, day=None, style=None):
        r = self.r
        m = month or r.randint(1, 12)
        dd = day or r.randint(1, 28)
        style = style if style is not None else r.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (self.year, m, dd)
        if style == 1:
            return "%d-%02d-%02d" % (self.year, m, dd)
        return "%d.%02d.%02d" % (self.year, m, dd)

    def money(self, lo, hi, step=1):
        r = self.r
        v = r.randrange(lo, hi + 1, step)
        x = r.random()
        if x < 0.4:
            return "%.2f" % v
        if x < 0.7:
            return "{:,.2f}".format(v)
        return str(v)

    def disease(self):
        return self.r.choice(DISEASES + LOCAL_DIS.get(self.c["style"], []) * 2)


def mask_name(r, n):
    if "·" in n or "•" in n or "." in n:
        return n[0] + "*" * r.randint(2, 3)
    for s in COMPOUND + YI_CLAN:
        if n.startswith(s) and len(n) > len(s):
            return s + "*" * (len(n) - len(s)) if r.random() < 0.7 else s + "某某"
    x = r.random()
    if x < 0.45:
        return n[0] + "*" * (len(n) - 1)
    if x < 0.7:
        return n[0] + "*"
    if x < 0.85:
        return n[0] + "某某"
    return n[0] + "某"


def mask_id(r, i):
    x = r.random()
    if x < 0.55:
        return i[:6] + "*" * 8 + i[-4:]
    if x < 0.75:
        return i[:4] + "*" * 10 + i[-4:]
    if x < 0.9:
        return i[:10] + "****" + i[-4:]
    return i[:3] + "*" * 11 + i[-4:]


# ----------------------------------------------------------------- renderers
def cell_text(cell):
    return "".join(t for t, k in cell)


def wrap_cell(cell, cap):
    chars = []
    for si, (t, k) in enumerate(cell):
        for ci, ch in enumerate(t):
            chars.append((ch, si, ci, len(t), k, t))
    L = len(chars)
    if L == 0:
        return [[]]
    allowed = [False] * (L + 1)
    for p in range(1, L):
        a, b = chars[p - 1], chars[p]
        if a[1] != b[1]:
            allowed[p] = True
            continue
        k = b[4]
        if k is None:
            allowed[p] = True
        elif k == "address":
            allowed[p] = b[2] >= 2 and b[3] - b[2] >= 2 and not (a[0].isdigit() and b[0].isdigit())
        elif k == "name":
            allowed[p] = a[0] in "·•."
    lines = []
    start = 0
    while start < L:
        wsum = 0
        end = start
        while end < L and wsum + dw(chars[end][0]) <= cap:
            wsum += dw(chars[end][0])
            end += 1
        if end >= L:
            lines.append(chars[start:])
            break
        brk = None
        for p in range(end, start, -1):
            if allowed[p]:
                brk = p
                break
        if brk is None:
            for p in range(end + 1, L):
                if allowed[p]:
                    brk = p
                    break
        if brk is None:
            lines.append(chars[start:])
            break
        lines.append(chars[start:brk])
        start = brk
    out = []
    for ln in lines:
        segs = []
        for ch, si, ci, tl, k, t in ln:
            if segs and segs[-1][2] == si:
                segs[-1][0] += ch
            else:
                segs.append([ch, k, si])
        out.append([(s[0], s[1]) for s in segs])
    return out


def emit_line(d, segs):
    segs = [list(s) for s in segs if s[0]]
    while segs and segs[-1][1] is None:
        segs[-1][0] = segs[-1][0].rstrip(" ")
        if segs[-1][0]:
            break
        segs.pop()
    for t, k in segs:
        d.add(t, k)
    d.add("\n")


def render_table(ctx, header, rows, style=None, caps=None, right=()):
    d = ctx.d
    r = ctx.r
    style = style or ctx.style
    ctx.has_table = True
    if style == "tsv":
        d.add("\t".join(header) + "\n")
        for row in rows:
            for i, cell in enumerate(row):
                if i:
                    d.add("\t")
                d.w(cell)
            d.add("\n")
    elif style == "csv":
        eol = ctx.csv_eol
        qall = ctx.csv_qall

        def put(cell):
            txt = cell_text(cell)
            q = qall or any(ch in txt for ch in ',"\n\r')
            if q:
                d.add('"')
            for t, k in cell:
                d.add(t.replace('"', '""'), k)
            if q:
                d.add('"')

        for i, h in enumerate(header):
            if i:
                d.add(",")
            put([(h, None)])
        d.add(eol)
        for row in rows:
            for i, cell in enumerate(row):
                if i:
                    d.add(",")
                put(cell)
            d.add(eol)
    elif style == "onecell":
        for h in header:
            d.add(h + "\n")
        for row in rows:
            for cell in row:
                d.w(cell)
                d.add("\n")
    elif style == "html":
        sep = ctx.html_sep
        d.add("<p><strong>" + sep.join(header) + "</strong></p>\n")
        for row in rows:
            d.add(ctx.html_pre)
            for i, cell in enumerate(row):
                if i:
                    d.add(sep)
                d.w(cell if cell else [("&nbsp;", None)])
            d.add(ctx.html_post + "\n")
    elif style == "prose":
        for ri, row in enumerate(rows):
            d.add("%d. " % (ri + 1) if header[0] != "序号" else "")
            first = True
            for h, cell in zip(header, row):
                if not cell or cell_text(cell) in ("", "—", "/"):
                    continue
                if h == "序号":
                    d.add("（%s）" % cell_text(cell))
                    continue
                if not first:
                    d.add("，")
                first = False
                d.add(h + "：")
                d.w(cell)
            d.add("；\n" if ri < len(rows) - 1 else "。\n")
    else:  # fixed width, pdftotext -layout
        n = len(header)
        caps = caps or {}
        wrapped = []
        for row in rows:
            wrapped.append([wrap_cell(cell, caps.get(i, 60)) for i, cell in enumerate(row)])
        widths = [dw(h) for h in header]
        for wr in wrapped:
            for i, lines in enumerate(wr):
                for ln in lines:
                    widths[i] = max(widths[i], dw(cell_text(ln)))
        gap = ctx.gap
        hsegs = []
        for i, h in enumerate(header):
            pad = widths[i] - dw(h) + (gap if i < n - 1 else 0)
            hsegs.append((h + " " * pad, None))
        d.add(" " * ctx.indent)
        emit_line(d, hsegs)
        for wr in wrapped:
            hgt = max(len(x) for x in wr)
            for li in range(hgt):
                segs = [(" " * ctx.indent, None)]
                for i, lines in enumerate(wr):
                    off = (hgt - len(lines)) // 2 if ctx.valign == "middle" else 0
                    j = li - off
                    content = lines[j] if 0 <= j < len(lines) else []
                    pad = widths[i] - dw(cell_text(content))
                    if i in right:
                        segs.append((" " * pad, None))
                        segs.extend(content)
                        segs.append((" " * gap, None))
                    else:
                        segs.extend(content)
                        segs.append((" " * (pad + gap), None))
                emit_line(d, segs)
            if ctx.rowblank:
                d.add("\n")


def render_form(ctx, fields, style=None):
    """fields: list of (label, cell) ; label None => free paragraph"""
    d = ctx.d
    style = style or ctx.formstyle
    if style == "onecell":
        for lab, cell in fields:
            if lab:
                d.add(lab + "\n")
            d.w(cell)
            d.add("\n")
    elif style == "tsv":
        row = []
        for lab, cell in fields:
            if lab is None:
                if row:
                    d.add("\t".join([]) if False else "")
                    for i, (l2, c2) in enumerate(row):
                        if i:
                            d.add("\t")
                        d.add(l2 + "\t")
                        d.w(c2)
                    d.add("\n")
                    row = []
                d.w(cell)
                d.add("\n")
                continue
            row.append((lab, cell))
            if len(row) == 2:
                for i, (l2, c2) in enumerate(row):
                    if i:
                        d.add("\t")
                    d.add(l2 + "\t")
                    d.w(c2)
                d.add("\n")
                row = []
        if row:
            for i, (l2, c2) in enumerate(row):
                if i:
                    d.add("\t")
                d.add(l2 + "\t")
                d.w(c2)
            d.add("\n")
    else:  # kv
        colon = ctx.r.choice(["：", "：", ":"])
        per = ctx.r.choice([1, 1, 2])
        cnt = 0
        for lab, cell in fields:
            if lab is None:
                if cnt:
                    d.add("\n")
                    cnt = 0
                d.w(cell)
                d.add("\n")
                continue
            if cnt:
                d.add("    ")
            d.add(lab + colon)
            d.w(cell)
            cnt += 1
            if cnt >= per:
                d.add("\n")
                cnt = 0
        if cnt:
            d.add("\n")


def hard_wrap(text, spans, width):
    out = []
    pos = []
    col = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            col = 0
        elif col >= width:
            out.append("\n")
            col = 0
        pos.append(len(out))
        out.append(ch)
        if ch != "\n":
            col += dw(ch) // 2 if dw(ch) == 2 else 0.5
    new = []
    for k, s, e in spans:
        new.append([k, pos[s], pos[e - 1] + 1])
    return "".join(out), new


def finalize(text, spans):
    out = []
    for k, s, e in spans:
        strip = WS + ("·•.．" if k == "name" else "")
        while s < e and text[s] in strip:
            s += 1
        while e > s and text[e - 1] in strip:
            e -= 1
        if e > s:
            out.append({"kind": k, "start": s, "end": e})
    out.sort(key=lambda x: (x["start"], x["end"]))
    return out


# ----------------------------------------------------------------- common blocks
AGENCY = {
    0: "乡村振兴局",
    1: "农业农村局",
    2: "乡村振兴局",
    3: "农业农村局",
    4: "人力资源和社会保障局",
    5: "林业局",
    6: "农业农村局",
    7: "医疗保障局",
    8: "",
    9: "政务服务和大数据管理局",
}
AGENCY_ABBR = {
    0: "乡振",
    1: "农",
    2: "乡振",
    3: "农发",
    4: "人社",
    5: "林",
    6: "农机",
    7: "医保",
    8: "",
    9: "政数",
}
ORG_PY = {
    0: "xczxj",
    1: "nyncj",
    2: "xczxj",
    3: "nyncj",
    4: "rsj",
    5: "lyj",
    6: "nyncj",
    7: "ybj",
    8: "cwjd",
    9: "rxb",
}


def meta_header(ctx, title, fi):
    d, r, c = ctx.d, ctx.r, ctx.c
    issuer = c["name"] + AGENCY[fi] if AGENCY[fi] else c["name"]
    if r.random() < 0.55:
        x = r.random()
        if x < 0.5:
            idx = "%s-%d-%05d" % (c["code"], ctx.year, r.randint(1, 3000))
        else:
            idx = "%s/%d-%05d" % (make_uscc(r, "11", c["code"]), ctx.year, r.randint(1, 3000))
        sep = "\t" if r.random() < 0.5 else "    "
        d.add("索引号：" + idx + sep + "发布机构：" + issuer + "\n")
        d.add(
            "发布日期："
            + ctx.date(style=1)
            + sep
            + "主题分类："
            + r.choice(["扶贫", "农业农村", "社会保障", "民政救助", "财政资金"])
            + "\n"
        )
    d.add(title + "\n")
    if r.random() < 0.45 and AGENCY_ABBR[fi]:
        d.add("%s%s发〔%d〕%d号\n" % (c["abbr"], AGENCY_ABBR[fi], ctx.year, r.randint(1, 160)))
    return issuer


def footer(ctx, fi, issuer):
    d, r, c = ctx.d, ctx.r, ctx.c
    pub = datetime.date(ctx.year, r.randint(1, 11), r.randint(1, 28))
    if r.random() < 0.8 and fi != 9:
        ndays = r.choice([5, 7, 7, 10])
        end = pub + datetime.timedelta(days=ndays + 2 * (ndays // 5))
        d.add(
            "公示期：%d年%d月%d日至%d年%d月%d日（%d个工作日）。公示期内如有异议，请向%s反映。\n"
            % (pub.year, pub.month, pub.day, end.year, end.month, end.day, ndays, issuer)
        )
    bits = []
    bits.append("监督电话：" + ctx.office_phone())
    if r.random() < 0.5:
        bits.append("12345政务服务便民热线")
    if r.random() < 0.4:
        bits.append("举报邮箱：%s%s@%s" % (c["py"], ORG_PY[fi], r.choice(["163.com", "126.com", "sina.com"])))
    d.add("；".join(bits) + "\n")
    if r.random() < 0.35:
        d.add(
            "联系地址：%s%s%s%d号    邮编：%s\n"
            % (c["name"], c["seat"], r.choice(c["roads"]), r.randint(1, 200), c["post"])
        )
    if r.random() < 0.3:
        d.add("统一社会信用代码：%s\n" % make_uscc(r, "11", c["code"]))
    d.add("%s\n%d年%d月%d日\n" % (issuer, pub.year, pub.month, pub.day))


def choose_style(ctx, allowed=("tsv", "fixed", "onecell", "csv", "html", "prose")):
    r = ctx.r
    ctx.style = r.choice(list(allowed))
    ctx.csv_eol = r.choice(["\n", "\r\n"])
    ctx.csv_qall = r.random() < 0.35
    ctx.html_sep = r.choice(["&nbsp;&nbsp;", "&nbsp; ", " &nbsp;&nbsp; ", "&nbsp;"])
    ctx.html_pre, ctx.html_post = r.choice([("<p>", "</p>"), ("", "<br/>"), ("<td>", "</td></tr>"), ("", "")])
    ctx.gap = r.choice([2, 2, 3, 4])
    ctx.indent = r.choice([0, 0, 2, 4])
    ctx.valign = r.choice(["top", "top", "middle"])
    ctx.rowblank = r.random() < 0.15
    ctx.formstyle = r.choice(["kv", "kv", "onecell", "tsv"])


def modes(ctx, id_opts=("full", "masked", "masked", "none")):
    r = ctx.r
    ctx.mask_names = r.random() < 0.14
    ctx.id_mode = r.choice(id_opts)
    ctx.mob_mode = r.choice(["full", "full", "masked", "none"])
    ctx.card_mode = r.choice(["full", "masked", "masked", "none"])


def rowmode(ctx, mode):
    """occasional per-row inconsistency as in real partial redaction"""
    r = ctx.r
    if mode == "full" and r.random() < 0.06:
        return "masked"
    if mode == "masked" and r.random() < 0.04:
        return "full"
    return mode


def hdr_caps(header, kinds):
    caps = {}
    for i, h in enumerate(header):
        k = kinds.get(h)
        if k == "address":
            caps[i] = 22
        elif k == "name":
            caps[i] = 14
        elif k == "text":
            caps[i] = 20
    return caps


def ident(ctx, masked_name, idm, extra_full=False):
    return (not masked_name) or idm in ("full", "15") or extra_full


# ----------------------------------------------------------------- families
def fam_loan(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    choose_style(ctx)
    modes(ctx, ("full", "masked", "masked", "masked"))
    town = ctx.town() if r.random() < 0.6 else None
    q = r.randint(1, 4)
    title = "%s%s%d年第%s季度脱贫人口小额信贷贴息资金发放名单公示" % (
        c["name"],
        town or "",
        ctx.year,
        CN_NUM[q - 1],
    )
    issuer = meta_header(ctx, title, 0)
    d.add(
        "根据《关于进一步规范脱贫人口小额信贷管理的通知》要求，经各乡镇审核、县%s复核，现将%d年第%s季度符合贴息条件的借款户名单予以公示：\n"
        % (AGENCY[0], ctx.year, CN_NUM[q - 1])
    )
    header = [
        "序号",
        "乡镇",
        "村组",
        "借款人",
        "身份证号码",
        "贷款银行",
        "贷款金额（元）",
        "放款日期",
        "到期日期",
        "贴息金额（元）",
    ]
    with_phone = r.random() < 0.35
    with_contract = r.random() < 0.3
    if with_contract:
        header.insert(6, "借款合同号")
    if with_phone:
        header.append("联系电话")
    use15 = r.random() < 0.2
    rows = []
    lenders = [
        "中国农业银行%s支行" % c["short"],
        "中国邮政储蓄银行%s支行" % c["short"],
        "%s农村信用合作联社" % c["short"],
    ]
    for i in range(r.randint(6, 14)):
        p = ctx.person(amin=22, amax=62, town=town)
        idm = rowmode(ctx, ctx.id_mode)
        if use15 and p["id15"] and idm == "full" and r.random() < 0.35:
            idm = "15"
        amt = r.choice([10000, 20000, 30000, 40000, 50000])
        row = [
            [(str(i + 1), None)],
            [(p["home"]["town"], None)],
            ctx.ADDR(p, short=True),
            ctx.N(p, ctx.mask_names),
            ctx.ID(p, idm),
            [(r.choice(lenders), None)],
            [("{:,}".format(amt) if r.random() < 0.5 else str(amt), None)],
            [(ctx.date(style=1), None)],
            [("%d-%02d-%02d" % (ctx.year + r.choice([1, 2, 3]), r.randint(1, 12), r.randint(1, 28)), None)],
            [("%.2f" % (amt * r.choice([0.0435, 0.0385, 0.0365]) / 4), None)],
        ]
        if with_contract:
            row.insert(
                6,
                [
                    (
                        "%s%d%s%05d"
                        % (r.choice(["NH", "YC", "XYS"]), ctx.year, c["code"][-2:], r.randint(1, 99999)),
                        None,
                    )
                ],
            )
        if with_phone:
            row.append(ctx.MOB(p, rowmode(ctx, ctx.mob_mode)))
        rows.append(row)
    kinds = {"村组": "address", "借款人": "name", "贷款银行": "text"}
    render_table(ctx, header, rows, caps=hdr_caps(header, kinds), right=(header.index("贷款金额（元）"),))
    d.add("合计：%d户，贴息资金%s元。\n" % (len(rows), ctx.money(5000, 60000)))
    footer(ctx, 0, issuer)


def fam_dividend(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    choose_style(ctx)
    modes(ctx)
    town = ctx.town()
    vil = ctx.village()
    title = "%s%s%s股份经济合作社%d年度集体经济收益分红到户名单" % (c["name"], town, vil, ctx.year)
    d.add(title + "\n")
    tot = r.randint(80000, 600000)
    d.add(
        "经%s村民代表大会审议通过，%d年度村集体经济经营性收入%s元，提取公积公益金%d%%后，可分配收益按户（人）进行分红，现将分红明细公示如下：\n"
        % (vil, ctx.year, "{:,}".format(tot), r.choice([20, 30, 40]))
    )
    header = ["序号", "户主姓名", "家庭人口", "持股数（股）", "分红金额（元）", "家庭住址"]
    if ctx.id_mode != "none":
        header.append("身份证号")
    if ctx.card_mode != "none":
        header.append(r.choice(["银行卡号", "一卡通账号", "一折通账号"]))
    if ctx.mob_mode != "none":
        header.append("联系电话")
    header.append("备注")
    rows = []
    for i in range(r.randint(7, 15)):
        p = ctx.person(amin=28, amax=85, town=town, village=vil)
        idm = rowmode(ctx, ctx.id_mode)
        nm = ctx.mask_names
        n = r.randint(1, 7)
        row = [
            [(str(i + 1), None)],
            ctx.N(p, nm),
            [(str(n), None)],
            [(str(n * r.choice([1, 2])), None)],
            [(ctx.money(200, 3000, 50), None)],
        ]
        x = r.random()
        if x < 0.55:
            row.append(ctx.ADDR(p, level=0))
        elif x < 0.85:
            row.append(ctx.ADDR(p, short=True))
        else:
            row.append(ctx.ADDR(p, level=1))
        if ctx.id_mode != "none":
            row.append(ctx.ID(p, idm))
        if ctx.card_mode != "none":
            row.append(ctx.CARD(p, rowmode(ctx, ctx.card_mode)))
        if ctx.mob_mode != "none":
            row.append(ctx.MOB(p, rowmode(ctx, ctx.mob_mode)))
        y = r.random()
        if y < 0.15:
            rel = r.choice(["子", "女", "孙"])
            q = ctx.relative(p, rel, town=town, village=vil)
            row.append(norm(["户主已故，由其", rel, ctx.Nm(q), "代领"]))
        elif y < 0.27 and ident(ctx, nm, idm):
            row.append(norm(["户主", (r.choice(DISAB), "health")]))
        elif y < 0.45:
            row.append([(r.choice(["脱贫户", "监测户", "五保户", "低保户"]), None)])
        elif y < 0.52:
            q = ctx.person(amin=20, amax=50, town=town, village=vil)
            row.append(norm(["委托", ctx.Nm(q), "代领"]))
        else:
            row.append([])
        rows.append(row)
    kinds = {"户主姓名": "name", "家庭住址": "address", "备注": "text"}
    render_table(ctx, header, rows, caps=hdr_caps(header, kinds))
    d.add("合计分红%s元。\n" % "{:,}".format(r.randint(20000, 300000)))
    if r.random() < 0.6:
        d.add(
            "%s股份经济合作社（盖章）    理事长：%s    监事长：%s\n" % (vil, ctx.official(), ctx.official())
        )
    d.add("联系电话：%s（村委会办公室）\n%s\n" % (ctx.office_phone(), ctx.date(style=0)))


def fam_pv(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    choose_style(ctx)
    modes(ctx)
    town = ctx.town()
    title = "%s%s%d年度村级光伏扶贫电站收益分配使用情况公示" % (c["name"], town, ctx.year)
    issuer = meta_header(ctx, title, 2)
    d.add("一、电站基本情况\n")
    vils = r.sample(c["villages"], 3)
    for v in vils:
        d.add(
            "%s村光伏扶贫电站，建设地点：%s村%s，装机容量%dkW，%d年发电收益%s元。\n"
            % (v, v, ctx.group(), r.choice([60, 100, 200, 300]), ctx.year, ctx.money(20000, 120000))
        )
    d.add("二、公益岗位工资发放情况\n")
    header = ["序号", "姓名", "性别", "身份证号", "所在村组", "岗位", "月补贴（元）", "月数", "金额（元）"]
    if ctx.card_mode != "none":
        header.append("银行卡号")
    rows = []
    for i in range(r.randint(5, 12)):
        v = r.choice(vils) + "村"
        p = ctx.person(amin=30, amax=64, town=town, village=v)
        idm = rowmode(ctx, ctx.id_mode if ctx.id_mode != "none" else "masked")
        mon = r.choice([300, 400, 500, 600])
        k = r.randint(3, 12)
        row = [
            [(str(i + 1), None)],
            ctx.N(p, ctx.mask_names),
            [(p["sex"], None)],
            ctx.ID(p, idm),
            ctx.ADDR(p, short=True),
            [(r.choice(["护林员", "保洁员", "护路员", "水管员", "治安巡逻员"]), None)],
            [(str(mon), None)],
            [(str(k), None)],
            [(str(mon * k), None)],
        ]
        if ctx.card_mode != "none":
            row.append(ctx.CARD(p, rowmode(ctx, ctx.card_mode)))
        rows.append(row)
    render_table(ctx, header, rows, caps=hdr_caps(header, {"姓名": "name", "所在村组": "address"}))
    d.add("三、小型公益事业及临时救助\n")
    d.add(
        "%s村通组道路维修%s元；%s村饮水管网维护%s元。\n"
        % (vils[0], ctx.money(3000, 20000), vils[1], ctx.money(2000, 9000))
    )
    for _ in range(r.randint(1, 3)):
        v = r.choice(vils) + "村"
        p = ctx.person(amin=30, amax=80, town=town, village=v)
        rel = RELS_SP[p["sex"]]
        sp = ctx.relative(p, rel, town=town, village=v)
        if r.random() < 0.2:
            d.w(
                "临时救助：",
                v,
                "村民",
                mask_name(r, p["name"]),
                "，因家庭成员患病，救助",
                ctx.money(1000, 5000),
                "元。\n",
            )
        else:
            d.w(
                "临时救助：",
                ctx.Nm(p),
                "（",
                ctx.ADDR(p, level=r.choice([0, 1])),
                "），因其",
                rel,
                ctx.Nm(sp),
                "患",
                (ctx.disease(), "health"),
                "住院治疗，家庭困难，救助",
                ctx.money(1000, 5000),
                "元。\n",
            )
    footer(ctx, 2, issuer)


def fam_industry(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    choose_style(ctx)
    modes(ctx, ("full", "full", "masked", "masked"))
    batch = r.randint(1, 5)
    title = "%s%d年产业到户奖补资金（第%s批）公示" % (c["name"], ctx.year, CN_NUM[batch - 1])
    issuer = meta_header(ctx, title, 3)
    d.add(
        "按照《%s%d年产业到户奖补实施方案》，经农户申报、村级初审、乡镇审核、县级验收，拟对以下农户发放产业奖补资金：\n"
        % (c["name"], ctx.year)
    )
    header = [
        "序号",
        "乡镇",
        "户主姓名",
        "身份证号码",
        "家庭住址",
        "发展产业",
        "规模",
        "验收结论",
        "奖补金额（元）",
    ]
    if ctx.mob_mode != "none":
        header.append("联系电话")
    with_plate = r.random() < 0.25
    if with_plate:
        header.append("运输车辆号牌")
    rows = []
    for i in range(r.randint(6, 13)):
        p = ctx.person(amin=25, amax=70, urban_p=0.08)
        ind, unit = r.choice(c["industries"])
        idm = rowmode(ctx, ctx.id_mode)
        row = [
            [(str(i + 1), None)],
            [(p["home"]["town"], None)],
            ctx.N(p, ctx.mask_names),
            ctx.ID(p, idm),
            ctx.ADDR(p, level=r.choice([0, 1, 1, 2])),
            [(ind, None)],
            [("%d%s" % (r.randint(2, 30), unit), None)],
            [(r.choice(["合格", "合格", "验收合格", "达标"]), None)],
            [(ctx.money(1000, 8000, 100), None)],
        ]
        if ctx.mob_mode != "none":
            row.append(ctx.MOB(p, rowmode(ctx, ctx.mob_mode)))
        if with_plate:
            row.append([(ctx.plate(), "license_plate")] if r.random() < 0.5 else [("—", None)])
        rows.append(row)
    render_table(ctx, header, rows, caps=hdr_caps(header, {"户主姓名": "name", "家庭住址": "address"}))
    if r.random() < 0.5:
        d.add(
            "审核人：%s    经办人：%s    联系电话：%s\n"
            % (ctx.official(), ctx.official(), ctx.office_phone())
        )
    footer(ctx, 3, issuer)


def fam_pension(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    choose_style(ctx)
    modes(ctx, ("full", "masked", "masked"))
    town = ctx.town()
    title = "%s%d年度城乡居民基本养老保险政府代缴保费人员名单（%s）" % (c["name"], ctx.year, town)
    issuer = meta_header(ctx, title, 4)
    d.add(
        "根据《关于做好困难群体城乡居民基本养老保险参保帮扶工作的通知》，对低保对象、特困人员、返贫致贫人口、重度残疾人等困难群体，政府按最低缴费档次代缴部分或全部养老保险费。现将%s代缴人员名单公示如下：\n"
        % town
    )
    header = [
        "序号",
        "姓名",
        "性别",
        "民族",
        "身份证号码",
        "所属村（社区）",
        "代缴类别",
        "代缴档次（元）",
        "代缴金额（元）",
    ]
    with_addr = r.random() < 0.3
    if with_addr:
        header.insert(6, "户籍地址")
    rows = []
    cats = [
        "低保对象",
        "特困人员",
        "返贫致贫人口",
        "重度残疾人",
        "脱贫人口（未消除返贫风险）",
        "重度残疾人",
        "低保对象",
    ]
    for i in range(r.randint(8, 16)):
        p = ctx.person(amin=16, amax=59, town=town)
        idm = rowmode(ctx, ctx.id_mode)
        cat = r.choice(cats)
        ok = ident(ctx, ctx.mask_names, idm)
        if cat == "重度残疾人" and r.random() < 0.35:
            cat = "重度残疾人（%s）" % r.choice([x for x in DISAB if x[-4] in "一二"])
        catcell = [(cat, "health" if ok and cat.startswith("重度残疾") else None)]
        lvl = r.choice([100, 200])
        row = [
            [(str(i + 1), None)],
            ctx.N(p, ctx.mask_names),
            [(p["sex"], None)],
            [(p["eth"], None)],
            ctx.ID(p, idm),
            [(p["home"]["village"], None)],
            catcell,
            [(str(lvl), None)],
            [(str(lvl if "特困" in cat or "重度" in cat else r.choice([100, lvl])), None)],
        ]
        if with_addr:
            row.insert(6, ctx.ADDR(p, level=1))
        rows.append(row)
    render_table(
        ctx, header, rows, caps=hdr_caps(header, {"姓名": "name", "户籍地址": "address", "代缴类别": "text"})
    )
    d.add("经办人：%s    审核人：%s\n" % (ctx.official(), ctx.official()))
    footer(ctx, 4, issuer)


def fam_forest(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    choose_style(ctx)
    modes(ctx, ("full", "masked", "masked", "none"))
    town = ctx.town()
    title = "%s%s%d年度%s公益林生态效益补偿资金发放表" % (
        c["name"],
        town,
        ctx.year,
        r.choice(["国家级", "省级", "地方"]),
    )
    issuer = meta_header(ctx, title, 5)
    std = r.choice(["10", "14.75", "15", "12.75"])
    d.add("补偿标准：%s元/亩·年（其中管护补助支出按规定比例提取）。\n" % std)
    header = ["序号", "户名", "村组", "林班", "小班", "面积（亩）", "补偿标准（元/亩）", "补偿金额（元）"]
    if ctx.id_mode != "none":
        header.insert(2, "身份证号")
    if ctx.card_mode != "none":
        header.append("一卡通账号")
    header.append("备注")
    use15 = r.random() < 0.35
    rows = []
    for i in range(r.randint(7, 15)):
        p = ctx.person(amin=30, amax=85, town=town)
        idm = rowmode(ctx, ctx.id_mode)
        if use15 and p["id15"] and idm == "full" and r.random() < 0.4:
            idm = "15"
        area = round(r.uniform(2, 120), 1)
        row = [
            [(str(i + 1), None)],
            ctx.N(p, ctx.mask_names),
            ctx.ADDR(p, short=True),
            [("%03d" % r.randint(1, 300), None)],
            [(str(r.randint(1, 40)), None)],
            [(str(area), None)],
            [(std, None)],
            [("%.2f" % (area * float(std)), None)],
        ]
        if ctx.id_mode != "none":
            row.insert(2, ctx.ID(p, idm))
        if ctx.card_mode != "none":
            row.append(ctx.CARD(p, rowmode(ctx, ctx.card_mode)))
        if r.random() < 0.12:
            q = ctx.person(amin=25, amax=60, town=town)
            row.append(norm(["转入", ctx.Nm(q), "户"]))
        else:
            row.append([])
        rows.append(row)
    render_table(ctx, header, rows, caps=hdr_caps(header, {"户名": "name", "村组": "address"}))
    d.add("填表人：%s    审核人：%s    林业站负责人：%s\n" % (ctx.official(), ctx.official(), ctx.official()))
    footer(ctx, 5, issuer)


def fam_machine(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    choose_style(ctx)
    modes(ctx)
    batch = r.randint(1, 4)
    title = "%s%d年农机报废更新补贴资金兑付情况公示（第%s批）" % (c["name"], ctx.year, CN_NUM[batch - 1])
    issuer = meta_header(ctx, title, 6)
    company = "%s%s" % (
        c["city"] if r.random() < 0.5 else c["short"],
        r.choice(
            [
                "再生资源回收利用有限公司",
                "报废机动车回收拆解有限公司",
                "%s氏农机回收有限公司" % r.choice("黄王李杨金马"),
            ]
        ),
    )
    uscc = make_uscc(r, "91", c["code"] if r.random() < 0.5 else c["code"][:4] + "00")
    d.add(
        "报废机具回收拆解企业：%s（统一社会信用代码：%s）。现将符合条件的补贴对象公示如下：\n"
        % (company, uscc)
    )
    header = [
        "序号",
        "机主姓名",
        "乡镇",
        "住址",
        "报废机具品目",
        "机具型号",
        "出厂编号",
        "号牌号码",
        "补贴金额（元）",
    ]
    if ctx.mob_mode != "none":
        header.append("联系电话")
    items = [
        ("轮式拖拉机", ["东方红-LX904", "常发CFD504A", "雷沃M604-B"], False),
        ("联合收割机", ["沃得4LZ-6.0E", "雷沃4LZ-8M"], False),
        ("微耕机", ["1WG-4.0", "1WG6.3-135FC-Z"], False),
        ("三轮汽车", ["7YP-1150", "7YPJ-1450D"], True),
        ("低速货车", ["4010D", "4015PD"], True),
    ]
    rows = []
    for i in range(r.randint(4, 10)):
        p = ctx.person(amin=30, amax=70, urban_p=0.05)
        it, models, plated = r.choice(items)
        pl = [(ctx.plate(), "license_plate")] if plated else [(r.choice(["—", "/", "无"]), None)]
        row = [
            [(str(i + 1), None)],
            ctx.N(p, ctx.mask_names),
            [(p["home"]["town"], None)],
            ctx.ADDR(p, level=r.choice([0, 0, 1])),
            [(it, None)],
            [(r.choice(models), None)],
            [
                (
                    "%s%d%05d"
                    % (r.choice(["L", "N", "C", ""]), ctx.year - r.randint(8, 20), r.randint(1, 99999)),
                    None,
                )
            ],
            pl,
            [(ctx.money(500, 30000, 100), None)],
        ]
        if ctx.mob_mode != "none":
            row.append(ctx.MOB(p, rowmode(ctx, ctx.mob_mode)))
        rows.append(row)
    render_table(ctx, header, rows, caps=hdr_caps(header, {"机主姓名": "name", "住址": "address"}))
    footer(ctx, 6, issuer)


def sick_record(ctx, town=None, full=True):
    """returns dict of persons and fields for one 大病救助 application"""
    r = ctx.r
    ap = ctx.person(amin=28, amax=75, town=town, urban_p=0.1)
    rel = r.choice(["本人", "本人", RELS_SP[ap["sex"]], "儿子", "女儿", "父亲", "母亲"])
    if rel == "本人":
        pt = ap
    else:
        pt = ctx.relative(ap, rel)
        pt["home"] = ap["home"]
    return ap, rel, pt


def fam_sick(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    town = ctx.town()
    if r.random() < 0.35:
        # summary approval table
        choose_style(ctx)
        modes(ctx, ("full", "masked", "masked"))
        title = "%s%d年第%s批因病致贫返贫大病医疗救助审批花名册（%s）" % (
            c["name"],
            ctx.year,
            CN_NUM[r.randint(0, 5)],
            town,
        )
        issuer = meta_header(ctx, title, 7)
        header = [
            "序号",
            "申请人",
            "患者姓名",
            "与申请人关系",
            "身份证号码",
            "家庭住址",
            "病种",
            "医疗总费用（元）",
            "政策内报销（元）",
            "个人自付（元）",
            "救助金额（元）",
        ]
        rows = []
        for i in range(r.randint(4, 10)):
            ap, rel, pt = sick_record(ctx, town)
            idm = rowmode(ctx, ctx.id_mode)
            ok = ident(ctx, ctx.mask_names, idm)
            tot = r.randint(20000, 400000)
            reim = int(tot * r.uniform(0.5, 0.8))
            dis = ctx.disease() if r.random() < 0.85 else r.choice(DISAB)
            row = [
                [(str(i + 1), None)],
                ctx.N(ap, ctx.mask_names),
                ctx.N(pt, ctx.mask_names) if pt is not ap else [("同左", None)],
                [(rel, None)],
                ctx.ID(pt, idm),
                ctx.ADDR(ap, level=r.choice([0, 1])),
                [(dis, "health" if ok else None)],
                [(str(tot), None)],
                [(str(reim), None)],
                [(str(tot - reim), None)],
                [(str(r.randint(2, 30) * 1000), None)],
            ]
            rows.append(row)
        render_table(
            ctx,
            header,
            rows,
            caps=hdr_caps(header, {"申请人": "name", "患者姓名": "name", "家庭住址": "address"}),
        )
        d.add(
            "经办人：%s    科室负责人：%s    分管领导：%s\n"
            % (ctx.official(), ctx.official(), ctx.official())
        )
        footer(ctx, 7, issuer)
        return
    # single application form
    ctx.style = "form"
    choose_style(ctx, ("prose",))
    ctx.style = "form"
    ctx.id_mode = "full"
    masked = r.random() < 0.12
    d.add("%s因病致贫返贫大病救助审批表\n" % c["name"])
    d.add(
        "编号：%s-%d-%04d    填报日期：%s\n" % (c["abbr"] + "医救", ctx.year, r.randint(1, 2000), ctx.date())
    )
    ap, rel, pt = sick_record(ctx, town)
    ok = not masked
    dis = ctx.disease()
    fields = [
        ("申请人", ctx.N(ap, masked)),
        ("性别", [(ap["sex"], None)]),
        ("民族", [(ap["eth"], None)]),
        ("出生年月", [("%d年%d月" % ap["birth"][:2], None)]),
        ("身份证号码", ctx.ID(ap, "masked" if masked else "full")),
        ("家庭住址", ctx.ADDR(ap, level=r.choice([1, 2, 3, 4]))),
        ("联系电话", ctx.MOB(ap, "masked" if masked else "full")),
    ]
    if r.random() < 0.15 and not masked:
        fields.append(("家庭固定电话", [(ctx.landline(), "landline")]))
    fields.append(("家庭人口", [("%d人" % r.randint(2, 7), None)]))
    fields.append(("人员类别", [(r.choice(["脱贫户", "监测对象", "低保户", "一般农户"]), None)]))
    if pt is not ap:
        fields += [
            ("患者姓名", ctx.N(pt, masked)),
            ("与申请人关系", [(rel, None)]),
            ("患者身份证号", ctx.ID(pt, "masked" if masked else "full")),
        ]
    fields.append(("疾病名称", [(dis, "health" if ok else None)]))
    if r.random() < 0.3 and ok:
        dg = r.choice(DISAB)
        fields.append(("残疾类别及等级", [(dg, "health")]))
        if r.random() < 0.6:
            cert = pt["id"]
            fields.append(
                ("残疾人证号", [(cert, "id_card"), ("%d%d" % (r.randint(1, 7), r.randint(1, 4)), None)])
            )
    hosp = r.choice(c["hosp"])
    tot = r.randint(30000, 500000)
    reim = int(tot * r.uniform(0.45, 0.75))
    ins = int((tot - reim) * r.uniform(0.1, 0.4))
    fields += [
        ("就诊医院", [(hosp, None)]),
        (
            "住院时间",
            [
                (
                    "%d-%02d-%02d至%d-%02d-%02d"
                    % (
                        ctx.year - 1,
                        r.randint(1, 6),
                        r.randint(1, 28),
                        ctx.year - 1,
                        r.randint(7, 12),
                        r.randint(1, 28),
                    ),
                    None,
                )
            ],
        ),
        ("医疗总费用", [("%d元" % tot, None)]),
        ("基本医保报销", [("%d元" % reim, None)]),
        ("大病保险赔付", [("%d元" % ins, None)]),
        ("个人自付", [("%d元" % (tot - reim - ins), None)]),
        ("开户银行", [(ap["bank"], None)]),
        ("银行账号", ctx.CARD(ap, "masked" if masked else "full")),
    ]
    if r.random() < 0.1 and not masked:
        fields.append(("电子邮箱", [("%d@qq.com" % r.randint(10000000, 3999999999), "email")]))
    reason = ["申请理由："]
    who = "本人" if pt is ap else "本人" + rel
    if masked:
        reason += [
            who,
            mask_name(r, pt["name"]) if pt is not ap else "",
            "患病住院，家庭生活困难，特申请大病救助。",
        ]
    else:
        reason += [
            who,
            ctx.Nm(pt) if pt is not ap else "",
            "于%d年%d月确诊为" % (ctx.year - r.randint(1, 3), r.randint(1, 12)),
            (dis, "health"),
            "，先后在",
            hosp,
            "等医院住院治疗%d次，累计花费医疗费用%d元，家中" % (r.randint(1, 6), tot),
        ]
        if r.random() < 0.35 and ap["age"] < 60:
            rel2 = r.choice(["父亲", "母亲"])
            q = ctx.relative(ap, rel2)
            reason += ["还有", rel2, ctx.Nm(q), "患", (ctx.disease(), "health"), "需长期服药，"]
        reason += ["无力承担，特申请大病救助。"]
    fields.append((None, norm(reason)))
    fields.append(("申请人（签字）", ctx.N(ap, masked) if r.random() < 0.8 else [("", None)]))
    fields.append(
        (
            None,
            norm(
                [
                    "村民委员会意见：情况属实，同意上报。    村委会主任（签字）：",
                    ctx.official(),
                    "    ",
                    ctx.date(),
                ]
            ),
        )
    )
    fields.append(
        (
            None,
            norm(
                [
                    "乡镇人民政府审核意见：经入户核查，符合救助条件，建议救助",
                    str(r.randint(3, 30) * 1000),
                    "元。    审核人：",
                    ctx.official(),
                ]
            ),
        )
    )
    fields.append(
        (
            None,
            norm(
                [
                    "县医疗保障局审批意见：同意。    经办人：",
                    ctx.official(),
                    "    联系电话：",
                    ctx.office_phone(),
                ]
            ),
        )
    )
    render_form(ctx, fields)


def fam_meeting(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    ctx.style = "prose"
    choose_style(ctx, ("prose",))
    town = ctx.town()
    vil = ctx.village()
    d.add("%s%s村务监督委员会会议记录\n" % (town, vil))
    mdate = ctx.date(style=0)
    d.add("会议时间：%s上午%d:00\n" % (mdate, r.randint(8, 10)))
    d.add("会议地点：%s村民委员会会议室\n" % vil)
    chair, rec = ctx.official(), ctx.official()
    m1, m2 = ctx.official(), ctx.official()
    d.add("主持人：%s（村务监督委员会主任）\n记录人：%s\n" % (chair, rec))
    reps = [ctx.person(amin=30, amax=70, town=town, village=vil) for _ in range(r.randint(0, 4))]
    d.w("参会人员：村务监督委员会委员", m1, "、", m2)
    if reps:
        d.w("，村民代表")
        for i, p in enumerate(reps):
            if i:
                d.add("、")
            d.w(ctx.Nm(p))
    else:
        d.add("，村民代表%d人" % r.randint(5, 15))
    d.add("\n列席人员：驻村第一书记%s、包村干部%s\n" % (ctx.official(), ctx.official()))
    d.add(
        "会议内容：对本村%d年第%s季度拟纳入防止返贫监测对象、危房改造、集体收益分配等事项进行监督审议。\n议定事项：\n"
        % (ctx.year, CN_NUM[r.randint(0, 3)])
    )
    items = r.sample(range(8), r.randint(3, 5))
    for n, it in enumerate(items):
        d.add(CN_NUM[n] + "、")
        p = ctx.person(amin=25, amax=80, town=town, village=vil)
        if it == 0:
            sp = ctx.relative(p, RELS_SP[p["sex"]])
            d.w(
                "经入户核查，本村村民",
                ctx.Nm(p),
                "（身份证号：",
                ctx.ID(p),
                "）家庭人口",
                str(r.randint(2, 6)),
                "人，其",
                RELS_SP[p["sex"]],
                ctx.Nm(sp),
                "患",
                (ctx.disease(), "health"),
                "，长期治疗，家庭收入骤减，同意将其户纳入防止返贫监测对象，报",
                town,
                "人民政府审核。\n",
            )
        elif it == 1:
            d.w(
                ctx.Nm(p),
                "户住房（位于",
                ctx.ADDR(p, level=r.choice([0, 1, 2])),
                "）经鉴定为C级危房，同意申报",
                str(ctx.year),
                "年农村危房改造补助，补助资金",
                ctx.money(10000, 35000, 1000),
                "元拟拨付至其",
                p["bank"],
                "账户（",
                ctx.CARD(p),
                "）。\n",
            )
        elif it == 2:
            p = ctx.person(amin=50, amax=80, town=town, village=vil)
            rel = r.choice(["女儿", "儿子", "孙子"])
            q = ctx.relative(p, rel)
            d.w(
                "村民",
                ctx.Nm(p),
                "反映其",
                rel,
                ctx.Nm(q),
                "户口已迁出仍领取集体收益分红的问题，经核实属实，同意从",
                str(ctx.year),
                "年起停止",
                ctx.Nm(q),
                "的分红资格。\n",
            )
        elif it == 3:
            q = ctx.person(amin=25, amax=60, town=town, village=vil)
            d.w(
                "护林员",
                ctx.Nm(p),
                "因",
                (ctx.disease(), "health"),
                "不能继续履职，同意由",
                ctx.Nm(q),
                "（联系电话：",
                ctx.MOB(q),
                "）接替。\n",
            )
        elif it == 4:
            d.w(
                "同意",
                ctx.Nm(p),
                "在",
                ctx.ADDR(p, level=0),
                "原宅基地翻建住房，占地",
                str(r.randint(80, 160)),
                "平方米。\n",
            )
        elif it == 5:
            d.w(
                ctx.Nm(p),
                "（",
                (r.choice(DISAB), "health"),
                "）申请重度残疾人护理补贴，经审核符合条件，同意上报。联系电话：",
                ctx.MOB(p),
                "。\n",
            )
        elif it == 6:
            d.w(
                "村民",
                mask_name(r, p["name"]),
                "反映",
                p["home"]["group"],
                "灌溉渠道堵塞问题，由村委会于",
                ctx.date(),
                "前组织清理。\n",
            )
        else:
            d.w(
                "对",
                ctx.Nm(p),
                "、",
                ctx.Nm(ctx.person(amin=25, amax=70)),
                "两户因",
                r.choice(["务工收入增加", "家庭成员就业"]),
                "拟退出低保的情况进行了核实，同意按程序办理。\n",
            )
    d.add("会议要求：以上事项按“四议两公开”程序办理，结果在村务公开栏公示。\n")
    d.w("参会人员签字：", chair, "  ", m1, "  ", m2)
    for p in reps:
        d.w("  ", ctx.Nm(p))
    d.add("\n")
    d.add("%s村务监督委员会\n%s\n" % (vil, mdate))


def fam_hotline(ctx):
    r, c, d = ctx.r, ctx.c, ctx.d
    table = r.random() < 0.25
    m = r.randint(1, 12)
    title = "%s12345政务服务便民热线%d年第%d期工单办结回访情况通报" % (c["name"], ctx.year, m)
    if table:
        choose_style(ctx, ("tsv", "fixed", "csv", "onecell", "html"))
    else:
        ctx.style = "prose"
        choose_style(ctx, ("prose",))
    issuer = meta_header(ctx, title, 9)
    d.add("各乡镇人民政府（街道办事处），县直各部门：\n")
    tot = r.randint(300, 3000)
    d.add(
        "    %d年%d月，县12345热线共受理群众诉求%d件，按期办结率%.1f%%，回访满意率%.1f%%。现将部分工单办结回访情况通报如下：\n"
        % (ctx.year, m, tot, r.uniform(95, 100), r.uniform(88, 99))
    )
    if table:
        header = [
            "工单编号",
            "来电人",
            "联系电话",
            "诉求地址",
            "诉求类型",
            "承办单位",
            "办结时间",
            "回访结果",
        ]
        rows = []
        for i in range(r.randint(5, 12)):
            p = ctx.person(amin=20, amax=75, urban_p=0.25)
            anon = r.random() < 0.15
            typ = r.choice(["供水", "道路", "社保", "医保", "低保", "噪音扰民", "拖欠工资", "占道停车"])
            unit = {
                "供水": "水务局",
                "道路": "交通运输局",
                "社保": "人力资源和社会保障局",
                "医保": "医疗保障局",
                "低保": "民政局",
                "噪音扰民": "住房和城乡建设局",
                "拖欠工资": "人力资源和社会保障局",
                "占道停车": "公安局交通管理大队",
            }[typ]
            unit = p["home"]["town"] + "人民政府" if r.random() < 0.4 else c["name"] + unit
            row = [
                [
                    (
                        "%s%d%02d%02d%05d"
                        % (c["py"].upper(), ctx.year, m, r.randint(1, 28), r.randint(1, 99999)),
                        None,
                    )
                ],
                [(p["name"][0] + r.choice(["先生", "女士"]), None)] if anon else ctx.N(p, r.random() < 0.1),
                ctx.MOB(p, r.choice(["full", "full", "masked"])),
                ctx.ADDR(p, level=r.choice([1, 2])),
                [(typ, None)],
                [(unit, None)],
                [(ctx.date(month=m, style=1), None)],
                [(r.choice(["满意", "基本满意", "满意", "不满意"]), None)],
            ]
            rows.append(row)
        render_table(
            ctx,
            header,
            rows,
            caps=hdr_caps(header, {"诉求地址": "address", "来电人": "name", "承办单位": "text"}),
        )
        footer(ctx, 9, issuer)
        return
    d.add("一、典型工单办理情况\n")
    for k in range(r.randint(3, 6)):
        d.add(
            "（%s）工单编号：%s%d%02d%02d%05d\n"
            % (CN_NUM[k], c["py"].upper(), ctx.year, m, r.randint(1, 28), r.randint(1, 99999))
        )
        p = ctx.person(amin=20, amax=75, urban_p=0.3)
        t = r.randrange(8)
        anon = r.random() < 0.15
        if anon:
            d.w(
                "来电人：",
                p["name"][0] + r.choice(["先生", "女士"]),
                "    联系电话：",
                ctx.MOB(p, r.choice(["full", "masked"])),
                "\n",
            )
        else:
            d.w(
                "来电人：",
                ctx.Nm(p),
                "    联系电话：",
                ctx.MOB(p, r.choice(["full", "full", "full", "masked"])),
                "\n",
            )
        ok = not anon
        d.add(
            "来电时间：%d-%02d-%02d %02d:%02d\n"
            % (ctx.year, m, r.randint(1, 28), r.randint(8, 21), r.randint(0, 59))
        )
        unit = None
        if t == 0:
            rel = r.choice(["父亲", "母亲"])
            q = ctx.relative(p, rel)
            q["home"] = p["home"]
            dis = ctx.disease()
            d.w(
                "诉求内容：来电人反映其",
                rel,
                ctx.Nm(q),
                "（身份证号：",
                ctx.ID(q),
                "）患有",
                (dis, "health"),
                "，在",
                r.choice(c["hosp"]),
                "住院花费较大，咨询大病救助政策及办理流程。\n",
            )
            unit = c["name"] + "医疗保障局"
            d.w(
                "办理情况：经核实，",
                ctx.Nm(q),
                "已纳入医疗救助对象，救助资金",
                ctx.money(2000, 20000, 100),
                "元已于",
                ctx.date(month=m),
                "拨付至其社保卡金融账户",
                ctx.CARD(q, r.choice(["full", "masked"])),
                "。\n",
            )
        elif t == 1:
            q = ctx.person(amin=25, amax=65)
            d.w(
                "诉求内容：来电人反映其居住的",
                ctx.ADDR(p),
                "门前道路长期被邻居",
                ctx.Nm(q),
                "的货车（车牌号",
                (ctx.plate(), "license_plate"),
                "）占用，影响通行。\n",
            )
            unit = p["home"]["town"] + "人民政府"
            d.add("办理情况：乡镇综合执法队已上门协调，车辆已挪至指定停车区域。\n")
        elif t == 2:
            kind, num, nm = r.choice(
                [
                    ("passport", "E" + "".join(r.choice("0123456789") for _ in range(8)), "普通护照"),
                    (
                        "passport",
                        "E"
                        + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                        + "".join(r.choice("0123456789") for _ in range(7)),
                        "普通护照",
                    ),
                    (
                        "hk_macau_permit",
                        "C" + "".join(r.choice("0123456789") for _ in range(8)),
                        "往来港澳通行证",
                    ),
                    (
                        "hk_macau_permit",
                        "C"
                        + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                        + "".join(r.choice("0123456789") for _ in range(7)),
                        "往来港澳通行证",
                    ),
                    (
                        "tw_permit",
                        "L" + "".join(r.choice("0123456789") for _ in range(8)),
                        "大陆居民往来台湾通行证",
                    ),
                ]
            )
            d.w(
                "诉求内容：来电人反映其",
                nm,
                "（证件号码：",
                (num, kind),
                "）",
                r.choice(["即将到期，咨询换发手续", "办理进度缓慢", "签注办理问题"]),
                "，并要求将办理结果发送至邮箱",
                (
                    "%s%d@%s"
                    % (
                        r.choice(["zhang", "li", "wang", "yang", "ma", "jin", "amy", "xiaoyu"]),
                        r.randint(1970, 2005),
                        r.choice(["163.com", "qq.com", "126.com"]),
                    ),
                    "email" if ok else None,
                )
                if not anon
                else "（未提供）",
                "。\n",
            )
            unit = c["name"] + "公安局出入境管理大队"
            d.add("办理情况：已电话告知办理流程及所需材料。\n")
        elif t == 3:
            comp = "%s%s" % (
                c["short"],
                r.choice(
                    [
                        "%s氏建筑劳务有限公司" % r.choice("黄王李杨张"),
                        "宏达建筑工程有限公司",
                        "鑫源农业开发有限公司",
                    ]
                ),
            )
            d.w(
                "诉求内容：来电人反映在",
                comp,
                "（统一社会信用代码",
                make_uscc(r, "91", c["code"]),
                "）务工，被拖欠工资",
                ctx.money(3000, 40000, 100),
                "元。\n",
            )
            unit = c["name"] + "人力资源和社会保障局"
            d.add("办理情况：经劳动监察大队调解，企业已足额支付拖欠工资。\n")
        elif t == 4:
            d.w(
                "诉求内容：来电人反映",
                ctx.ADDR(p),
                "家中自来水停水已有3天",
                (["，家中座机", (ctx.landline(), "landline"), "可联系"] if ok else ""),
                "。\n",
            )
            unit = c["name"] + "水务局"
            d.add("办理情况：经排查为管道冻裂，已抢修恢复供水。\n")
        elif t == 5:
            rel = r.choice(["母亲", "父亲"])
            q = ctx.relative(p, rel)
            q["home"] = p["home"]
            d.w(
                "诉求内容：来电人反映其",
                rel,
                ctx.Nm(q),
                "（",
                (r.choice(DISAB), "health"),
                "）独居在",
                ctx.ADDR(q, level=r.choice([0, 1])),
                "，申请低保一直未获回复。\n",
            )
            unit = p["home"]["town"] + "人民政府"
            d.add("办理情况：经入户核查，已按程序纳入低保，自次月起发放。\n")
        elif t == 6:
            d.w("诉求内容：来电人反映", ctx.ADDR(p, level=r.choice([1, 2])), "附近夜间施工噪音扰民。\n")
            unit = c["name"] + "住房和城乡建设局"
            d.add("办理情况：已责令施工单位调整作业时间。\n")
        else:
            d.w(
                "诉求内容：来电人反映其",
                str(ctx.year - 1),
                "年度",
                r.choice(["公益林补偿", "耕地地力保护补贴", "产业奖补", "光伏收益分红"]),
                "未到账，其",
                p["bank"],
                "卡号为",
                ctx.CARD(p, "full" if ok else "masked"),
                "。\n",
            )
            unit = p["home"]["town"] + "人民政府"
            d.add("办理情况：经查系账户信息有误，已更正并补发。\n")
        d.add("承办单位：%s    承办人：%s    联系电话：%s\n" % (unit, ctx.official(), ctx.office_phone()))
        d.add(
            "回访情况：%s\n"
            % r.choice(
                [
                    "回访来电人，对办理结果表示满意。",
                    "回访来电人，表示基本满意。",
                    "回访时来电人未接听，已发送短信告知办理结果。",
                    "来电人对办理结果不满意，已退回重办。",
                ]
            )
        )
    d.add("二、存在问题\n部分承办单位存在答复不规范、回访不及时等问题，请各单位认真整改。\n")
    d.add("12345热线工作专班联系电话：%s\n" % ctx.office_phone())
    footer(ctx, 9, issuer)


GENS = [
    fam_loan,
    fam_dividend,
    fam_pv,
    fam_industry,
    fam_pension,
    fam_forest,
    fam_machine,
    fam_sick,
    fam_meeting,
    fam_hotline,
]


def generate(ndocs, seed):
    rng = random.Random(seed)
    docs = []
    order = []
    while len(order) < ndocs:
        blk = list(range(10))
        rng.shuffle(blk)
        order.extend(blk)
    for i in range(ndocs):
        fi = order[i]
        c = rng.choice(COUNTIES)
        sub = random.Random(rng.randrange(1 << 30))
        ctx = Ctx(sub, c, FAMILIES[fi])
        ctx.style = "prose"
        GENS[fi](ctx)
        text = ctx.d.text()
        spans = ctx.d.spans
        if not ctx.has_table and sub.random() < 0.4:
            text, spans = hard_wrap(text, spans, sub.randint(26, 40))
        docs.append({"type": FAMILIES[fi], "text": text, "spans": finalize(text, spans)})
    return docs


# ----------------------------------------------------------------- checking
BANK_PFX = ["622848", "621700", "622202", "623058", "621799", "622908"]
RX = {
    "mobile": re.compile(r"^1[3-9]\d{9}$"),
    "landline": re.compile(r"^0\d{2,3}-?\d{7,8}$"),
    "email": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"),
    "passport": re.compile(r"^E[0-9A-HJ-NP-Z]\d{7}$"),
    "hk_macau_permit": re.compile(r"^C[0-9A-HJ-NP-Z]\d{7}$"),
    "tw_permit": re.compile(r"^L\d{8}$"),
    "license_plate": re.compile(
        r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·\s]?[A-Z0-9]{5,6}$"
    ),
}


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_span(kind, s):
    v = re.sub(r"\s", "", unfw(s))
    if "*" in s or "＊" in s:
        return "masked value labelled"
    if kind == "id_card":
        if not re.match(r"^\d{17}[\dXx]$", v):
            return "bad id format"
        if id_check(v[:17]) != v[17].upper():
            return "bad id checksum"
        if v[:2] not in PROV_CODES:
            return "bad province"
        if not valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14])) or not 1900 <= int(v[6:10]) <= 2024:
            return "bad birth date"
    elif kind == "id_card_15":
        if not re.match(r"^\d{15}$", v) or v[:2] not in PROV_CODES:
            return "bad id15"
        if not valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12])):
            return "bad id15 date"
    elif kind == "bank_card":
        v = v.replace("-", "")
        if not re.match(r"^\d{16,19}$", v) or not luhn_ok(v) or v[:6] not in BANK_PFX:
            return "bad bank card"
    elif kind == "mobile":
        if not RX["mobile"].match(v.replace("-", "")):
            return "bad mobile"
    elif kind in RX:
        if not RX[kind].match(v):
            return "bad " + kind
    elif kind == "name":
        if "某" in s or len(v) < 2:
            return "suspicious name"
    elif kind == "address":
        if not re.search(r"(号|栋|幢|单元|室|组|屯|社)$", v):
            pass  # fragments of wrapped addresses may end anywhere
    return None


def check_docs(docs):
    problems = []
    for di, doc in enumerate(docs):
        text = doc["text"]
        if doc.get("type") not in FAMILIES:
            problems.append("doc %d: unknown type %r" % (di, doc.get("type")))
        spans = sorted(doc["spans"], key=lambda x: (x["start"], x["end"]))
        prev_end = -1
        for sp in spans:
            k, s, e = sp["kind"], sp["start"], sp["end"]
            if k not in KINDS:
                problems.append("doc %d: unknown kind %s" % (di, k))
                continue
            if not (0 <= s < e <= len(text)):
                problems.append("doc %d: offsets out of range %d-%d" % (di, s, e))
                continue
            if s < prev_end:
                problems.append("doc %d: overlapping span at %d" % (di, s))
            prev_end = max(prev_end, e)
            st = text[s:e]
            if st[0] in WS or st[-1] in WS:
                problems.append("doc %d: span has outer whitespace %r" % (di, st))
            err = check_span(k, st)
            if err:
                problems.append("doc %d: %s %s %r" % (di, k, err, st))
        # leak check: unlabelled valid IDs / cards / mobiles
        covered = [False] * (len(text) + 1)
        for sp in spans:
            for i in range(sp["start"], sp["end"]):
                covered[i] = True
        t2 = unfw(text)
        for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t2):
            v = m.group()
            if (
                id_check(v[:17]) == v[17].upper()
                and v[:2] in PROV_CODES
                and 1900 <= int(v[6:10]) <= 2024
                and valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
                and not all(covered[m.start() : m.end()])
            ):
                problems.append("doc %d: unlabelled id %s" % (di, v))
        for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", t2):
            if not all(covered[m.start() : m.end()]):
                problems.append("doc %d: unlabelled mobile %s" % (di, m.group()))
        for m in re.finditer(r"(?<!\d)62\d{14,17}(?!\d)", t2):
            if luhn_ok(m.group()) and m.group()[:6] in BANK_PFX and not all(covered[m.start() : m.end()]):
                problems.append("doc %d: unlabelled card %s" % (di, m.group()))
    return problems


def stats(docs):
    from collections import Counter

    kc = Counter()
    fc = Counter()
    fk = {}
    for d in docs:
        fc[d["type"]] += 1
        for sp in d["spans"]:
            kc[sp["kind"]] += 1
            fk.setdefault(d["type"], Counter())[sp["kind"]] += 1
    lines = ["documents: %d" % len(docs), "spans: %d" % sum(kc.values()), "", "per kind:"]
    for k in KINDS:
        lines.append("  %-16s %6d" % (k, kc.get(k, 0)))
    lines.append("")
    lines.append("per family (docs / spans / name / address / health):")
    for f in FAMILIES:
        c = fk.get(f, Counter())
        lines.append(
            "  %-22s %4d %6d %6d %6d %5d"
            % (f, fc.get(f, 0), sum(c.values()), c.get("name", 0), c.get("address", 0), c.get("health", 0))
        )
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=283)
    ap.add_argument("-o", "--out")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--check-file")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        doc = __doc__
        print(doc[doc.index("DECISIONS") :].rstrip())
        return 0
    if a.check_file:
        with open(a.check_file, encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()]
    else:
        docs = generate(a.docs, a.seed)
        if a.out:
            with open(a.out, "w", encoding="utf-8", newline="") as f:
                for d in docs:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
    rc = 0
    if a.check or a.check_file:
        probs = check_docs(docs)
        for p in probs:
            print(p)
        if probs:
            print("%d problem(s)" % len(probs))
            rc = 1
        else:
            print("check OK: %d documents, %d spans" % (len(docs), sum(len(d["spans"]) for d in docs)))
    if a.stats:
        print(stats(docs))
    if not (a.out or a.check or a.check_file or a.stats):
        for d in docs:
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    return rc


if __name__ == "__main__":
    sys.exit(main())
