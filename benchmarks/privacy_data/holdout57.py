#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout57 -- blind evaluation set for a personal-information detector on
Chinese government-disclosure (政务公开) publications.

Standard library only.  Deterministic for a given --seed.

    python holdout57.py --docs 400 --seed 277 -o OUT.jsonl
    python holdout57.py --docs 400 --seed 277 -o OUT.jsonl --check --stats
    python holdout57.py --input OUT.jsonl --check --stats     (validate an existing file)
    python holdout57.py --decisions

Output: JSON Lines, one document per line:
    {"type": family, "text": text, "spans": [{"kind", "start", "end"}, ...]}
start/end are Python str offsets (end exclusive).

FAMILIES (the "type" field)
  1. 征收土地补偿安置费分配明细公示
  2. 耕地占用/宅基地审批公示
  3. 城乡居民医保参保资助名单
  4. 特困人员供养名册
  5. 行政处罚决定书          (交通运输 / 农业农村 / 林业 sub-domains)
  6. 信访事项处理意见书
  7. 人民调解/司法救助公示     (调解协议书 prose, or 司法救助 list)
  8. 重点优抚对象抚恤补助发放表
  9. 计划生育家庭特别扶助金名单
 10. 农业保险理赔公示         (种植 / 养殖)

COUNTIES (6-digit division codes; plate prefix; area code)
  四川省凉山彝族自治州美姑县   513436  川W  0834  (Yi names: 吉克阿呷, 沙马拉哈 ...)
  青海省果洛藏族自治州玛沁县   632621  青F  0975  (Tibetan names; Hui surnames 冶/喇/马)
  河北省保定市阜平县           130624  冀F  0312  (骆驼湾村, 顾家台村 in 龙泉关镇)
  广西壮族自治区河池市都安瑶族自治县 451228 桂M 0778 (Zhuang/Yao surnames 蓝/韦/覃/蒙)
  黑龙江省佳木斯市抚远市       230883  黑D  0454  (IDs of people registered before
                               2016 carry the former 抚远县 code 230833; Hezhe surnames)
  江西省赣州市寻乌县           360734  赣B  0797  (Hakka surnames incl. rare 幸/邝)
  Town (乡镇) names are real.  Village names are the town-seat villages of the same
  name plus a few well-known villages; they are plausible rather than verified.
  Road names (人民路, 建设路 ...) and housing estates are generic.
  A small share of persons are migrants (Uyghur, Mongolian, other provinces)
  whose ID numbers carry their own real division codes (650102, 653101, 150102,
  110105, 320106, 440106, 510107, 330127 ...).

Presentation styles: prose with labels; tables as TSV, as pdftotext -layout
fixed-width text (wrapped cells), as one-cell-per-line (DOCX/HTML flattened),
as spreadsheet CSV (quoted cells, tab-prefixed or scientific-notation ID
columns), as HTML remnants (&nbsp;, <td>, <br>); hard line breaks inside
values; full-width digits; padded two-character names.

DECISIONS
 1. Scope.  A span marks personal data of a private natural person, whether or
    not publication of it is lawful or intended (a 公示 list published "by design"
    still has every name, ID etc. labelled).  Only the 13 kinds are labelled;
    sex, ethnicity, birth date, age, amounts, household size, land areas,
    property/contract numbers etc. are never labelled.
 2. name = full personal name of a private natural person (applicant, party,
    household head, spouse, child, neighbour in 四至, passenger, witness,
    caretaker, agent who is a relative, victim, 包工头 ...).  Deceased private
    persons are labelled too (their relatives are identifiable through them).
 3. Persons acting in an official or professional role are NOT labelled:
    government officials, law-enforcement officers (with 执法证号), 经办人/承办人/
    审核人/联系人, village cadres signing for the 村委会, people's mediators and
    recorders, lawyers acting as agents, and the 法定代表人 of an enterprise
    (public registration data, acting for the legal person).  An 个体工商户
    operator or a driver employed by a company IS a private person -> labelled.
 4. Masked or pseudonymised values are NOT labelled: 张*, 张**, 张*芳, 李某,
    王某某, 吉克某某, 138****1234, 6222********1234, 513436********1234,
    513436199001****34, 川W·3**45.  Excel scientific-notation IDs (5.13436E+17)
    are not labelled (the number is destroyed).
 5. Name span = the name only, without titles, relations or labels
    (户主/申请人/之子/同志/老人).  Two-character names padded for alignment
    ("王　芳", "王  芳", "王&nbsp;&nbsp;芳") are one span from the first to the
    last character, the padding inside included.  Transliterated names keep
    their separator dot (阿依古丽·买买提) inside the span.
 6. Name-like strings that are not persons are NOT labelled: place names
    (王林口乡, 顾家台村, 李家湾组), enterprise / cooperative / shop names,
    hospital names, road names.
 7. address = a private person's residence (住址, 家庭住址, 现住址, 户籍地址,
    送达地址) or the approved site of his/her new house (宅基地 拟建位置), when it
    reaches 组/号/栋/幢/单元/室 level.  The span starts at the first
    component actually written (省, 州/市, 县, 镇/乡, 村, or the road / housing
    estate when no division is written) and ends at the last unit (…3组, …12号, …502室).  Labels (住址：/住) and a
    trailing parenthetical 小地名 are outside the span.
 8. NOT addresses: enterprise 住所, government offices, 敬老院/福利院 of
    集中供养 persons, land-parcel / forest / fishing / field locations (地块坐落,
    标的坐落, 小地名), village-level mentions without 组/号 (巴普镇巴普村), and a
    村民小组 that names a collective (title of a 征地 notice).
 9. Wrapped values.  A hard line break inside a value (prose, CSV quoted cell,
    one-cell-per-line) keeps ONE span that contains the break.  In fixed-width
    (pdftotext -layout) tables, a wrapped cell is split by other columns' text,
    so each fragment of the value gets its own span of the same kind.  IDs and
    card numbers are never wrapped in fixed-width tables.
10. Spans never start or end with whitespace.  Internal spaces of grouped
    numbers (6228 4810 ...) and internal line breaks are inside the span.
11. Full-width digits (５１３４３６…) are labelled like ASCII digits.
12. id_card: 18-character number with valid GB 11643 check; x/X both occur.
    id_card_15: 15-digit first-generation number.  Livestock ear tags
    (15 digits, species + county code + serial), 道路运输证号, 执法证号,
    统一社会信用代码 (valid GB 32100 check, some all-digit), 索引号, 文号,
    案号, 报案号/保单号, 信访件编号 are NOT labelled.
13. bank_card: personal debit cards (Luhn-valid, 16-19 digits).  Government /
    enterprise settlement accounts (非税收入 account, 账号 with hyphens) are NOT
    labelled.
14. Phones: a private person's mobile -> mobile; a private person's home
    fixed line -> landline (area code included in the span when written).
    Office numbers, 监督电话, hotlines (12345, 12328, 12316, 12393, 12348,
    95518 ...) are NOT labelled.  Office / agency mailboxes are NOT labelled;
    a private person's mailbox is email.
15. license_plate: any complete plate of a vehicle driven or owned by a
    private person in the text (also the truck of a company when the text is
    about the named private driver).  Span = the plate (with its dot/space if
    written), without 号/号牌.
16. passport / hk_macau_permit / tw_permit: the document number only.
    hk_macau_permit covers 往来港澳通行证 (C........) and 港澳居民来往内地通行证
    (H/M........); tw_permit covers 往来台湾通行证 (L........) and 台湾居民来往
    大陆通行证 (8 digits).
17. health = health, disease, injury or disability status of an identifiable
    person: disease names (尿毒症, 包虫病), injuries (左腿胫骨骨折), disability
    type/grade (一级肢体残疾, 因战七级), self-care assessment (完全自理, 部分失能,
    完全失能 -- including the "healthy" value, because it is a health
    assessment), categories that state illness or disability (重度残疾人,
    残疾军人, 带病回乡退伍军人, 独生子女伤残 家庭类别, 计划生育手术并发症).
    The span is the condition phrase only, without 患有/因/致.
18. NOT health: 独生子女死亡, 病故军人遗属 (status of a relative's death),
    livestock disease (出险原因：疫病), crop disasters, 特困/低保 categories,
    医保 category names that do not state a condition, hospital names.
19. Each occurrence is labelled (the same person named three times gives three
    spans).  Signatures (当事人签名：…) are labelled.
20. Column headers, table titles and labels are never labelled.
21. Ethnic-minority names follow the same rules; a Tibetan single name
    (拉毛) or Mongolian name without surname (巴特尔) is a full name.
"""

import argparse
import datetime
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
    "征收土地补偿安置费分配明细公示",
    "耕地占用/宅基地审批公示",
    "城乡居民医保参保资助名单",
    "特困人员供养名册",
    "行政处罚决定书",
    "信访事项处理意见书",
    "人民调解/司法救助公示",
    "重点优抚对象抚恤补助发放表",
    "计划生育家庭特别扶助金名单",
    "农业保险理赔公示",
]

# ------------------------------------------------------------------ checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
PROV_CODES = {
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


def id_check(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


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


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(s17):
    c = 31 - sum(USCC_CH.index(ch) * w for ch, w in zip(s17, USCC_W)) % 31
    return USCC_CH[0 if c == 31 else c]


def org_check(s8):
    def v(ch):
        return int(ch) if ch.isdigit() else ord(ch) - 55

    c = 11 - sum(v(ch) * w for ch, w in zip(s8, ORG_W)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_valid(code):
    return len(code) == 18 and all(ch in USCC_CH for ch in code) and uscc_check(code[:17]) == code[17]


# ------------------------------------------------------------------ counties
COUNTIES = [
    dict(
        key="meigu",
        prov="四川省",
        pref="凉山彝族自治州",
        county="美姑县",
        code="513436",
        old_code=None,
        area="0834",
        plate="川W",
        post="616450",
        abbr="美",
        pshort="川",
        river="美姑河",
        towns=[
            ("巴普镇", ["巴普村"]),
            ("牛牛坝乡", ["牛牛坝村"]),
            ("洪溪镇", ["洪溪村"]),
            ("依果觉乡", ["依果觉村"]),
            ("九口乡", ["九口村"]),
            ("农作乡", ["农作村"]),
        ],
        estate="牛牛坝乡易地扶贫搬迁安置点",
        others=["513401", "513431", "513432", "513437"],
    ),
    dict(
        key="maqin",
        prov="青海省",
        pref="果洛藏族自治州",
        county="玛沁县",
        code="632621",
        old_code=None,
        area="0975",
        plate="青F",
        post="814000",
        abbr="玛",
        pshort="青",
        river="黄河",
        towns=[
            ("大武镇", ["大武村"]),
            ("拉加镇", ["拉加村"]),
            ("雪山乡", ["雪山村"]),
            ("当洛乡", ["当洛村"]),
            ("东倾沟乡", ["东倾沟村"]),
            ("下大武乡", ["下大武村"]),
        ],
        estate="城北安置小区",
        others=["632622", "632623", "632626", "630102"],
    ),
    dict(
        key="fuping",
        prov="河北省",
        pref="保定市",
        county="阜平县",
        code="130624",
        old_code=None,
        area="0312",
        plate="冀F",
        post="073200",
        abbr="阜",
        pshort="冀",
        river="胭脂河",
        towns=[
            ("龙泉关镇", ["骆驼湾村", "顾家台村", "龙泉关村"]),
            ("城南庄镇", ["城南庄村"]),
            ("平阳镇", ["平阳村"]),
            ("天生桥镇", ["天生桥村"]),
            ("王林口乡", ["王林口村"]),
            ("阜平镇", ["照旺台村"]),
        ],
        estate="县城易地扶贫搬迁安置小区",
        others=["130623", "130627", "130630", "130634"],
    ),
    dict(
        key="duan",
        prov="广西壮族自治区",
        pref="河池市",
        county="都安瑶族自治县",
        code="451228",
        old_code=None,
        area="0778",
        plate="桂M",
        post="530700",
        abbr="都",
        pshort="桂",
        river="红水河",
        towns=[
            ("安阳镇", ["安阳村"]),
            ("地苏镇", ["地苏村"]),
            ("高岭镇", ["高岭村"]),
            ("下坳镇", ["下坳村"]),
            ("拉烈镇", ["拉烈村"]),
            ("百旺镇", ["百旺村"]),
            ("澄江镇", ["澄江村"]),
        ],
        estate="城东易地扶贫搬迁安置小区",
        others=["451227", "451229", "451202", "451224"],
    ),
    dict(
        key="fuyuan",
        prov="黑龙江省",
        pref="佳木斯市",
        county="抚远市",
        code="230883",
        old_code="230833",
        area="0454",
        plate="黑D",
        post="156500",
        abbr="抚",
        pshort="黑",
        river="乌苏里江",
        towns=[
            ("抚远镇", ["东岗村"]),
            ("寒葱沟镇", ["寒葱沟村"]),
            ("浓桥镇", ["浓桥村"]),
            ("乌苏镇", ["抓吉村"]),
            ("鸭南乡", ["鸭南村"]),
            ("浓江乡", ["浓江村"]),
            ("海青镇", ["海青村"]),
        ],
        estate="滨江家园小区",
        others=["230881", "230882", "230826", "230828"],
    ),
    dict(
        key="xunwu",
        prov="江西省",
        pref="赣州市",
        county="寻乌县",
        code="360734",
        old_code=None,
        area="0797",
        plate="赣B",
        post="342200",
        abbr="寻",
        pshort="赣",
        river="寻乌水",
        towns=[
            ("长宁镇", ["长宁村"]),
            ("吉潭镇", ["吉潭村"]),
            ("晨光镇", ["晨光村"]),
            ("留车镇", ["留车村"]),
            ("澄江镇", ["澄江村"]),
            ("南桥镇", ["南桥村"]),
            ("三标乡", ["三标村"]),
            ("项山乡", ["项山村"]),
            ("菖蒲乡", ["菖蒲村"]),
        ],
        estate="城南安置小区",
        others=["360733", "360730", "360726", "360702"],
    ),
]

MIGRANT_CODES = ["110105", "320106", "440106", "510107", "500101", "330127", "420106"]
UYGHUR_CODES = ["650102", "653101", "652801"]
MONGOL_CODES = ["150102", "152501"]

ROADS = [
    "人民路",
    "建设路",
    "新华路",
    "解放路",
    "团结路",
    "民族路",
    "文化路",
    "滨河路",
    "迎宾大道",
    "城南大道",
    "东风路",
    "光明路",
]
SHOP_WORDS = ["兴农农资经营部", "丰收农资店", "惠民种子门市", "绿源农资经营部"]

# ------------------------------------------------------------------ names
HAN = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶"
    "黎贺顾毛郝龚邵万钱严武戴孔向汤"
)
RARE = [
    "禤",
    "亓",
    "綦",
    "蒯",
    "佘",
    "仉",
    "郗",
    "隗",
    "逄",
    "帅",
    "笪",
    "昝",
    "岑",
    "冼",
    "幸",
    "邝",
    "缪",
    "厍",
    "禚",
    "阙",
    "揭",
    "訾",
    "宓",
    "卞",
    "郦",
    "麻",
    "羊",
    "牟",
]
COMPOUND = [
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "皇甫",
    "东方",
    "令狐",
    "慕容",
    "尉迟",
    "公孙",
    "端木",
    "夏侯",
    "司徒",
    "长孙",
]
GM = list(
    "伟强军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林洋磊成东国建文志永春德福贵荣海山兴才发全生祥顺根宝金财忠义庆"
)
GF = list("芳娜敏静丽艳娟霞秀英华玲萍红燕梅琳慧莉兰凤洁琴云莲桂珍翠花菊淑蓉雪丹妹香月")
COUNTY_SURN = {
    "meigu": list("李王张杨陈罗刘马"),
    "maqin": ["马", "韩", "冶", "喇", "祁", "李", "王", "张", "赵", "马"],
    "fuping": list("王张刘李赵顾陈郭闫宋段冯贾孙杨高梁齐"),
    "duan": list("蓝韦覃蒙潘黄卢罗梁莫陆兰班廖何谭"),
    "fuyuan": list("王张刘李赵孙于尤付吴葛毕董姜曲隋宫"),
    "xunwu": list("刘古谢钟曾潘赖凌陈罗邱幸骆廖何黄王温邝张"),
}
YI_SURN = [
    "吉克",
    "阿说",
    "沙马",
    "曲比",
    "吉木",
    "俄木",
    "海来",
    "马海",
    "勒格",
    "阿的",
    "吉伍",
    "阿苦",
    "日火",
    "阿尔",
    "瓦扎",
    "阿合",
    "吉伙",
    "俄底",
    "苏呷",
    "阿力",
]
YI_M = [
    "拉哈",
    "石且",
    "尔古",
    "伍沙",
    "阿牛",
    "日哈",
    "木呷",
    "子日",
    "阿各",
    "史者",
    "依伍",
    "拉者",
    "尔布",
    "曲布",
    "伍各",
    "木乃",
    "金古",
    "约哈",
    "阿木",
    "子哈",
    "体布",
    "尔史",
]
YI_F = [
    "阿呷",
    "阿芝",
    "么么",
    "依作",
    "阿衣",
    "阿果",
    "尔作",
    "日作",
    "石作",
    "阿妞",
    "莫色",
    "有格",
    "阿西",
    "木果",
    "阿支",
    "史作",
]
TIB_M1 = [
    "扎西",
    "才让",
    "多杰",
    "索南",
    "更登",
    "旦正",
    "尼玛",
    "桑杰",
    "当周",
    "昂秀",
    "公保",
    "久美",
    "仁青",
    "东主",
    "贡布",
    "华旦",
    "完玛",
    "南杰",
    "才旦",
    "达杰",
    "尖措",
    "角巴",
    "洛桑",
    "万玛",
    "三智",
    "切吉",
]
TIB_M2 = ["顿珠", "才让", "多杰", "扎西", "东智", "尖措", "旦增", "项秀", "加布", "本", "太", "加"]
TIB_F = [
    "卓玛",
    "拉毛",
    "措毛",
    "吉毛",
    "德吉",
    "央金",
    "周措",
    "才措",
    "卓嘎",
    "拉姆",
    "央吉",
    "旦措",
    "梅朵",
    "白玛",
]
UY_G_M = ["买买提江", "艾力", "努尔麦麦提", "阿不都热西提", "吐尔逊江", "阿迪力", "艾尔肯"]
UY_G_F = ["阿依古丽", "古丽娜尔", "热依拉", "帕提古丽", "迪丽努尔", "米热古丽", "阿娜尔古丽"]
UY_FA = ["买买提", "吐尔逊", "阿不都拉", "艾合买提", "吐尔洪", "依明", "肉孜", "卡德尔", "斯拉木", "热合曼"]
MONGOL_M = ["巴特尔", "额尔敦", "宝音", "敖其尔", "那仁", "朝鲁", "巴雅尔"]
MONGOL_F = ["乌日娜", "其木格", "斯琴", "图雅", "格日勒", "萨仁", "娜仁花"]

DISEASES = [
    "尿毒症",
    "肺结核",
    "2型糖尿病",
    "脑梗死后遗症",
    "精神分裂症",
    "阿尔茨海默病",
    "乳腺癌",
    "肝硬化",
    "慢性阻塞性肺疾病",
    "类风湿关节炎",
    "急性白血病",
    "先天性心脏病",
    "高血压三级",
    "帕金森病",
    "胃癌",
    "癫痫",
]
ENDEMIC = {
    "maqin": ["包虫病", "大骨节病"],
    "meigu": ["包虫病", "艾滋病"],
    "duan": ["地中海贫血"],
    "fuyuan": ["克山病"],
    "xunwu": ["鼻咽癌"],
    "fuping": ["尘肺病"],
}
DISAB = [
    "一级肢体残疾",
    "二级肢体残疾",
    "一级智力残疾",
    "二级智力残疾",
    "二级视力残疾",
    "一级视力残疾",
    "二级精神残疾",
    "一级精神残疾",
    "二级听力残疾",
    "一级多重残疾",
]
DISAB_ALL = DISAB + ["三级肢体残疾", "四级听力残疾", "三级智力残疾", "四级肢体残疾"]
INJURIES = [
    "左腿胫骨骨折",
    "右腿股骨骨折",
    "颅脑损伤",
    "三根肋骨骨折",
    "右手腕骨折",
    "腰椎压缩性骨折",
    "左眼失明",
    "脾脏破裂",
]
SELFCARE = ["完全自理", "完全自理", "基本自理", "部分失能", "半失能", "完全失能"]

# ------------------------------------------------------------------ helpers
FW_TABLE = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}
CN_NUM = "〇一二三四五六七八九"


def cn_digits(n):
    return "".join(CN_NUM[int(c)] for c in str(n))


def cn_small(n):
    units = ["", "十"]
    if n < 10:
        return CN_NUM[n] if n else "〇"
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def rand_date(rng, y0, y1, m0=1, m1=12):
    a = datetime.date(y0, m0, 1).toordinal()
    b = datetime.date(y1, m1, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def dcn(d, style=0):
    if style == 1:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == 2:
        return f"{d.year}.{d.month}.{d.day}"
    if style == 3:
        return f"{cn_digits(d.year)}年{cn_small(d.month)}月{cn_small(d.day)}日"
    return f"{d.year}年{d.month}月{d.day}日"


class Doc:
    def __init__(self, fw=False):
        self.parts = []
        self.fw = fw

    def add(self, text, kind=None):
        if text:
            self.parts.append((text, kind))
        return self

    def addp(self, pieces):
        for t, k in pieces:
            self.add(t, k)
        return self

    def fill(self, tpl, **kw):
        for part in re.split(r"(\{\w+\})", tpl):
            m = re.fullmatch(r"\{(\w+)\}", part)
            if m:
                v = kw[m.group(1)]
                if isinstance(v, str):
                    self.add(v)
                else:
                    self.addp(v)
            else:
                self.add(part)
        return self

    def build(self):
        out, spans, pos = [], [], 0
        for t, k in self.parts:
            if self.fw and (
                k in ("id_card", "id_card_15", "mobile", "bank_card", "landline")
                or (k is None and "@" not in t and "http" not in t and "E+" not in t)
            ):
                t = t.translate(FW_TABLE)
            if k:
                s, e = pos, pos + len(t)
                while s < e and t[s - pos].isspace():
                    s += 1
                while e > s and t[e - pos - 1].isspace():
                    e -= 1
                if e > s:
                    spans.append({"kind": k, "start": s, "end": e})
            out.append(t)
            pos += len(t)
        return "".join(out), spans


def T(s):
    return [(s, None)]


def L(s, k):
    return [(s, k)]


def ptext(pieces):
    return "".join(t for t, _ in pieces)


# ------------------------------------------------------------------ person factory
class Person:
    pass


class Ctx:
    def __init__(self, rng, county):
        self.rng = rng
        self.c = county
        self.fw = rng.random() < 0.10
        self.pad = rng.random() < 0.35
        self.pad_style = rng.choice(["\u3000", "  ", "\u3000"])
        self.used = set()
        self.year = rng.choice([2021, 2022, 2023, 2023, 2024, 2024])
        self.brk = rng.random() < 0.25  # hard line breaks inside prose values

    # -- names
    def _raw_name(self, sex, eth_hint=None):
        r, k = self.rng, self.c["key"]
        x = r.random()
        if eth_hint == "uy" or (eth_hint is None and x < 0.012):
            g = r.choice(UY_G_M if sex == "男" else UY_G_F)
            dot = r.choice(["·", "·", "·", "•"])
            return g + dot + r.choice(UY_FA), "维吾尔族", "uy"
        if eth_hint is None and x < 0.02:
            return r.choice(MONGOL_M if sex == "男" else MONGOL_F), "蒙古族", "mg"
        if eth_hint is None and x < 0.05:
            return r.choice(COMPOUND) + self._given(sex), "汉族", "han"
        if eth_hint is None and x < 0.09:
            return r.choice(RARE) + self._given(sex), "汉族", "han"
        if k == "meigu" and r.random() < 0.85:
            nm = r.choice(YI_SURN) + r.choice(YI_M if sex == "男" else YI_F)
            if r.random() < 0.08:
                nm += r.choice(["么", "呷", "日"])
            return nm, "彝族", "loc"
        if k == "maqin":
            y = r.random()
            if y < 0.75:
                if sex == "男":
                    nm = r.choice(TIB_M1) + (r.choice(TIB_M2) if r.random() < 0.6 else "")
                else:
                    z = r.random()
                    nm = (
                        r.choice(TIB_F)
                        if z < 0.35
                        else r.choice(TIB_F) + r.choice(["吉", "措", "草"])
                        if z < 0.55
                        else r.choice(TIB_M1) + r.choice(TIB_F)
                    )
                return nm, "藏族", "loc"
            if y < 0.80:
                return r.choice(MONGOL_M if sex == "男" else MONGOL_F), "蒙古族", "mg"
            return r.choice(COUNTY_SURN[k]) + self._given(sex), r.choice(["回族", "汉族", "撒拉族"]), "han"
        eth = "汉族"
        if k == "duan":
            eth = r.choice(["瑶族", "壮族", "壮族", "汉族"])
        elif k == "fuyuan":
            eth = r.choice(["汉族"] * 6 + ["赫哲族", "满族"])
        return r.choice(COUNTY_SURN[k]) + self._given(sex), eth, "han"

    def _given(self, sex):
        r = self.rng
        pool = GM if sex == "男" else GF
        if r.random() < 0.3:
            return r.choice(pool)
        return r.choice(pool) + r.choice(pool)

    def person(self, sex=None, age=(25, 75), eth_hint=None):
        r = self.rng
        p = Person()
        p.sex = sex or r.choice(["男", "女"])
        for _ in range(50):
            nm, eth, grp = self._raw_name(p.sex, eth_hint)
            if nm not in self.used and len(nm) >= 2:
                break
        self.used.add(nm)
        p.name, p.eth, p.grp = nm, eth, grp
        by = self.year - r.randint(*age)
        p.birth = rand_date(r, by, by)
        if grp == "uy":
            area = r.choice(UYGHUR_CODES)
        elif grp == "mg" and self.c["key"] != "maqin":
            area = r.choice(MONGOL_CODES)
        else:
            z = r.random()
            if z < 0.80:
                area = self.c["code"]
                if self.c["old_code"] and p.birth.year < 2010:
                    area = self.c["old_code"]
            elif z < 0.93:
                area = r.choice(self.c["others"])
            else:
                area = r.choice(MIGRANT_CODES)
        p.area = area
        seq = r.randint(1, 499) * 2 + (1 if p.sex == "男" else 0)
        seq = min(seq, 999)
        s17 = f"{area}{p.birth:%Y%m%d}{seq:03d}"
        p.id18 = s17 + id_check(s17)
        p.id15 = f"{area}{p.birth:%y%m%d}{seq:03d}"
        p.mobile = (
            r.choice(["13", "15", "18", "17", "19", "13", "15", "18"])
            + str(r.randint(0, 9))
            + f"{r.randint(0, 99999999):08d}"
        )
        if p.mobile[:3] in ("170", "171", "174", "179", "190", "192", "194", "197", "154"):
            p.mobile = "139" + p.mobile[3:]
        p.bank = self.card()
        return p

    def official(self):
        # a person acting in role: NOT labelled
        return self.person(age=(28, 55)).name

    def card(self):
        r = self.rng
        pre, n = r.choice(
            [
                ("622848", 19),
                ("622848", 19),
                ("621799", 19),
                ("621700", 19),
                ("622202", 19),
                ("623058", 19),
                ("622908", 18),
                ("622848", 19),
                ("621799", 19),
            ]
        )
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
        return body + luhn_digit(body)

    def bank_name(self, card):
        cty = self.c["county"]
        return {
            "622848": f"中国农业银行{cty}支行",
            "621799": f"中国邮政储蓄银行{cty}支行",
            "621700": f"中国建设银行{cty}支行",
            "622202": f"中国工商银行{cty}支行",
            "623058": "平安银行",
            "622908": "兴业银行",
        }[card[:6]]

    # -- rendered values
    def nm(self, p, pad=None):
        n = p.name if isinstance(p, Person) else p
        if (self.pad if pad is None else pad) and len(n) == 2:
            n = n[0] + self.pad_style + n[1]
        return L(n, "name")

    def idv(self, p, fmt=None, lower=None):
        r = self.rng
        s = p.id18
        if s.endswith("X") and (lower if lower is not None else r.random() < 0.3):
            s = s[:-1] + "x"
        if fmt == "group" or (fmt is None and r.random() < 0.04):
            s = s[:6] + " " + s[6:14] + " " + s[14:]
        return L(s, "id_card")

    def id_any(self, p, allow15=False):
        if allow15 and p.birth.year < 1975 and self.rng.random() < 0.12:
            return L(p.id15, "id_card_15")
        return self.idv(p)

    def mob(self, p):
        r = self.rng
        m = p.mobile
        z = r.random()
        if z < 0.06:
            m = m[:3] + "-" + m[3:7] + "-" + m[7:]
        elif z < 0.12:
            m = m[:3] + " " + m[3:7] + " " + m[7:]
        return L(m, "mobile")

    def cardv(self, p, group=None):
        s = p.bank
        if group or (group is None and self.rng.random() < 0.25):
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return L(s, "bank_card")

    def landline_personal(self):
        r = self.rng
        num = f"{r.randint(2, 8)}{r.randint(0, 999999):06d}"
        return L(
            r.choice([f"{self.c['area']}-{num}", f"{self.c['area']}-{num}", f"（{self.c['area']}）{num}"]),
            "landline",
        )

    def office_phone(self):
        r = self.rng
        return f"{self.c['area']}-{r.randint(2, 8)}{r.randint(0, 999999):06d}"

    def plate(self):
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        z = r.random()
        if z < 0.15:
            tail = r.choice("DF") + f"{r.randint(0, 99999):05d}"
        else:
            chars = [str(r.randint(0, 9)) for _ in range(5)]
            for i in r.sample(range(5), r.choice([0, 0, 1, 1, 2])):
                chars[i] = r.choice(letters)
            tail = "".join(chars)
        sep = r.choice(["", "", "·", " "])
        return L(self.c["plate"] + sep + tail, "license_plate")

    def email(self, p):
        r = self.rng
        py = "".join(r.choice("abcdefghjklmnpqrstwxyz") for _ in range(r.randint(3, 8)))
        z = r.random()
        if z < 0.4:
            e = f"{r.randint(10000000, 3999999999)}@qq.com"
        elif z < 0.7:
            e = f"{py}{p.birth.year}@163.com"
        else:
            e = f"{py}{r.choice(['', '_', '.'])}{r.randint(1, 999)}@{r.choice(['126.com', 'sina.com', '139.com', 'foxmail.com'])}"
        return L(e, "email")

    def xtra_doc(self):
        """A passport / permit of a private person: (label, pieces)."""
        r = self.rng
        z = r.random()
        if z < 0.35:
            if r.random() < 0.5:
                v = "E" + f"{r.randint(0, 99999999):08d}"
            else:
                v = "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + f"{r.randint(0, 9999999):07d}"
            return "护照号码", L(v, "passport")
        if z < 0.6:
            return "往来港澳通行证号码", L("C" + f"{r.randint(0, 99999999):08d}", "hk_macau_permit")
        if z < 0.72:
            return "港澳居民来往内地通行证号码", L(
                r.choice("HM") + f"{r.randint(10000000, 99999999)}", "hk_macau_permit"
            )
        if z < 0.86:
            return "往来台湾通行证号码", L("L" + f"{r.randint(0, 99999999):08d}", "tw_permit")
        return "台湾居民来往大陆通行证号码", L(f"{r.randint(10000000, 99999999)}", "tw_permit")

    def town_village(self):
        t, vs = self.rng.choice(self.c["towns"])
        return t, self.rng.choice(vs)

    def group(self, cn=None):
        r = self.rng
        n = r.randint(1, 12)
        if cn if cn is not None else r.random() < 0.3:
            return cn_small(n) + "组"
        if r.random() < 0.1:
            return f"第{cn_small(n)}村民小组"
        return f"{n}组"

    def address(self, town=None, village=None, urban=None, level=None):
        """Residence address (labelled) -- returns pieces."""
        r = self.rng
        c = self.c
        if town is None:
            town, village = self.town_village()
        if urban is None:
            urban = r.random() < 0.28
        if level is None:
            level = r.choice(["prov", "pref", "county", "county", "town", "town", "town", "vill"])
        pre = {
            "prov": c["prov"] + c["pref"] + c["county"],
            "pref": c["pref"] + c["county"],
            "county": c["county"],
            "town": "",
            "vill": "",
        }[level]
        if r.random() < 0.15 and level == "prov":
            pre = c["prov"] + c["county"]
        if urban:
            z = r.random()
            if z < 0.35:
                body = f"{town}{r.choice(ROADS)}{r.randint(1, 260)}号"
                if r.random() < 0.6:
                    body += f"{r.randint(1, 12)}栋{r.randint(1, 4)}单元{r.randint(1, 7)}0{r.randint(1, 4)}室"
            elif z < 0.6:
                body = f"{c['estate']}{r.randint(1, 30)}{r.choice(['栋', '幢', '号楼'])}{r.randint(1, 4)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室"
            else:
                body = f"{town}{r.choice(ROADS)}{r.randint(1, 200)}号{r.choice(['附', '院', '院'])}{r.randint(1, 9)}号"
            s = pre + body
        else:
            if level == "vill":
                s = village + self.group()
            else:
                s = pre + town + village + self.group()
            if r.random() < 0.35:
                s += f"{r.randint(1, 99)}号"
        return L(s, "address")

    def company(self, kind="运输"):
        r = self.rng
        c = self.c
        words = {
            "运输": ["顺达运输有限公司", "鸿运物流有限公司", "通达汽车运输有限责任公司", "安平货运有限公司"],
            "农业": ["绿源生态农业开发有限公司", "丰泰农牧专业合作社", "兴旺种养殖专业合作社"],
            "林业": ["森源木业有限公司", "青山林产品加工厂"],
            "建筑": ["宏基建筑工程有限公司", "城建劳务有限公司", "路桥工程有限责任公司"],
        }[kind]
        return c["county"].replace("瑶族自治县", "") + r.choice(words)

    def uscc(self, kind="ent"):
        r = self.rng
        head = {"ent": "91", "coop": "93", "organ": "11", "inst": "12", "indiv": "92"}[kind]
        if kind in ("ent", "coop", "indiv") and r.random() < 0.6:
            body = "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            body = "".join(str(r.randint(0, 9)) for _ in range(8))
        org = body + org_check(body)
        s17 = head + self.c["code"] + org
        return s17 + uscc_check(s17)

    def index_no(self):
        r = self.rng
        if r.random() < 0.5:
            return f"{self.uscc('organ')}/{self.year}-{r.randint(1, 3999):05d}"
        return f"{r.randint(0, 999999999):09d}/{self.year}-{r.randint(1, 999):05d}"

    def brkv(self, pieces, p=None):
        """Insert a hard line break inside a labelled value."""
        r = self.rng
        if not (self.brk if p is None else r.random() < p):
            return pieces
        out = []
        for t, k in pieces:
            if k and len(t) >= 6 and "\n" not in t:
                i = r.randint(2, len(t) - 2)
                while i < len(t) - 1 and t[i - 1] == " ":
                    i += 1
                t = t[:i] + "\n" + t[i:]
            out.append((t, k))
        return out

    def money(self, x):
        return f"{x:,.2f}" if self.rng.random() < 0.4 else f"{x:.2f}"


# ------------------------------------------------------------------ masking (unlabelled)
def mask_name(rng, n):
    if "·" in n or "•" in n:
        return n.split("·")[0].split("•")[0] + "·**"
    sur = n[:2] if (n[:2] in COMPOUND or n[:2] in YI_SURN) else n[0]
    z = rng.random()
    if z < 0.3:
        return sur + "*" * (len(n) - len(sur))
    if z < 0.5:
        return sur + "某"
    if z < 0.75:
        return sur + "某某"
    if len(n) - len(sur) >= 2:
        return sur + "*" + n[len(sur) + 1 :]
    return sur + "*"


def mask_id(rng, s):
    z = rng.random()
    if z < 0.5:
        return s[:6] + "********" + s[-4:]
    if z < 0.8:
        return s[:10] + "****" + s[-4:]
    return s[:3] + "***********" + s[-4:]


def mask_mobile(rng, m):
    return m[:3] + "****" + m[-4:]


def mask_card(rng, c):
    if rng.random() < 0.5:
        return c[:4] + "*" * (len(c) - 8) + c[-4:]
    return c[:6] + "******" + c[-4:]


# ------------------------------------------------------------------ table renderers
def cell_chars(cell):
    res = []
    for idx, (t, k) in enumerate(cell):
        for ch in t:
            res.append((ch, k, idx))
    return res


def chars_to_pieces(chars):
    out = []
    for ch, k, idx in chars:
        if out and out[-1][2] == (k, idx):
            out[-1][0] += ch
        else:
            out.append([ch, k, (k, idx)])
    return [(a, b) for a, b, _ in out]


def wrap_chars(chars, width):
    if not chars:
        return [[]]
    lines, cur, cw = [], [], 0
    for item in chars:
        w = dw(item[0])
        if cur and cw + w > width:
            lines.append(cur)
            cur, cw = [], 0
        cur.append(item)
        cw += w
    lines.append(cur)
    # strip leading spaces of continuation lines
    return [ln for ln in lines if ln]


def render_layout(d, rng, headers, rows, caps):
    ncol = len(headers)
    allrows = [[T(h) for h in headers]] + rows
    widths = []
    for ci in range(ncol):
        w = max(dw(ptext(r[ci])) for r in allrows)
        if ci in caps:
            w = min(w, caps[ci])
        widths.append(max(w, 2))
    gaps = [rng.choice([2, 2, 3, 4]) for _ in range(ncol)]
    indent = rng.choice(["", "", "  "])
    for r in allrows:
        frags = [
            wrap_chars(cell_chars(r[ci]), widths[ci]) if ci in caps else [cell_chars(r[ci])]
            for ci in range(ncol)
        ]
        h = max(len(f) for f in frags)
        for li in range(h):
            cols = []
            for ci in range(ncol):
                fr = frags[ci][li] if li < len(frags[ci]) else []
                cols.append(fr)
            last = max(i for i in range(ncol) if cols[i])
            d.add(indent)
            for ci in range(last + 1):
                fr = cols[ci]
                d.addp(chars_to_pieces(fr))
                if ci < last:
                    pad = widths[ci] - dw("".join(c for c, _, _ in fr)) + gaps[ci]
                    d.add(" " * max(pad, 1))
            d.add("\n")


def render_tsv(d, rng, headers, rows):
    d.add("\t".join(headers) + "\n")
    for r in rows:
        for ci, cell in enumerate(r):
            if ci:
                d.add("\t")
            d.addp([(t.replace("\n", ""), k) for t, k in cell])
        d.add("\n")


def render_cells(d, rng, headers, rows):
    blank_between = rng.random() < 0.5
    skip_empty = rng.random() < 0.5
    for h in headers:
        d.add(h + "\n")
    for r in rows:
        if blank_between:
            d.add("\n")
        for cell in r:
            if not ptext(cell) and skip_empty:
                continue
            d.addp(cell)
            d.add("\n")


def render_csv(d, rng, headers, rows, id_cols=()):
    quote_all = rng.random() < 0.3
    id_mode = rng.choice(["plain", "plain", "tab", "sci"])
    sep = ","
    d.add(sep.join(f'"{h}"' if quote_all else h for h in headers) + "\n")
    for r in rows:
        for ci, cell in enumerate(r):
            if ci:
                d.add(sep)
            txt = ptext(cell)
            if ci in id_cols and id_mode == "sci" and re.fullmatch(r"\d{18}", txt):
                d.add(f"{int(txt[:6]) / 1e5:.5f}E+17".replace("0E+", "E+"))
                continue
            need = quote_all or any(ch in txt for ch in ',"\n') or (ci in id_cols and id_mode == "tab")
            if need:
                d.add('"')
                if ci in id_cols and id_mode == "tab" and txt:
                    d.add("\t")
                d.addp([(t.replace('"', '""'), k) for t, k in cell])
                d.add('"')
            else:
                d.addp(cell)
        d.add("\r\n" if rng.random() < 0.0 else "\n")


def render_html(d, rng, headers, rows):
    style = rng.choice(["nbsp", "td"])
    if style == "nbsp":
        sepn = rng.choice([1, 2, 3, 4])
        d.add(("&nbsp;" * sepn).join(headers) + rng.choice(["<br>", "<br />", ""]) + "\n")
        for r in rows:
            for ci, cell in enumerate(r):
                if ci:
                    d.add("&nbsp;" * sepn)
                if not ptext(cell):
                    d.add("&nbsp;")
                d.addp(
                    [(t.replace("\u3000", "&nbsp;&nbsp;").replace("  ", "&nbsp;&nbsp;"), k) for t, k in cell]
                )
            d.add(rng.choice(["<br>", "<br />", "", ""]) + "\n")
    else:
        d.add("<tr>" + "".join(f"<td>{h}</td>" for h in headers) + "</tr>\n")
        for r in rows:
            d.add("<tr>")
            for cell in r:
                d.add("<td>")
                if not ptext(cell):
                    d.add("&nbsp;")
                d.addp([(t.replace("\u3000", "&nbsp;"), k) for t, k in cell])
                d.add("</td>")
            d.add("</tr>\n")


def render_table(ctx, d, headers, rows, caps=None, id_cols=(), fmt=None, break_cols=()):
    rng = ctx.rng
    fmt = fmt or rng.choice(["tsv", "layout", "layout", "cells", "csv", "html"])
    if fmt in ("cells", "csv"):
        # DOCX soft line breaks / multi-line spreadsheet cells inside long values
        p = 0.3 if fmt == "cells" else 0.15
        rows = [
            [(ctx.brkv(cell, p) if ci in break_cols else cell) for ci, cell in enumerate(r)] for r in rows
        ]
    if fmt == "layout":
        render_layout(d, rng, headers, rows, caps or {})
    elif fmt == "tsv":
        render_tsv(d, rng, headers, rows)
    elif fmt == "cells":
        render_cells(d, rng, headers, rows)
    elif fmt == "csv":
        render_csv(d, rng, headers, rows, id_cols)
    else:
        render_html(d, rng, headers, rows)
    return fmt


# ------------------------------------------------------------------ common blocks
def par(ctx):
    return ctx.para_indent


def gov_header(ctx, d, org):
    r = ctx.rng
    if r.random() < 0.5:
        d.add(f"索引号：{ctx.index_no()}\n")
        d.add(f"发布机构：{org}\n")
        d.add(f"公开方式：主动公开\n")
        d.add(f"生成日期：{dcn(rand_date(r, ctx.year, ctx.year), 1)}\n")
        if r.random() < 0.4:
            d.add(f"信息分类：{r.choice(['公示公告', '民生保障', '行政执法', '财政资金'])}\n")
        d.add("\n")


def page_noise(ctx, d):
    r = ctx.rng
    z = r.random()
    if z < 0.2:
        d.add(f"\n— {r.randint(1, 3)} —\n")
    elif z < 0.35:
        d.add(f"\n第 {r.randint(1, 2)} 页 共 {r.randint(2, 4)} 页\n")


def hotline(ctx, topic):
    r = ctx.rng
    return {"transport": "12328", "agri": "12316", "med": "12393", "law": "12348"}.get(topic, "12345")


def footer_sign(ctx, d, orgs, date):
    pad = " " * ctx.rng.choice([16, 24, 30])
    for o in orgs:
        d.add(pad + o + "\n")
    d.add(pad + dcn(date, ctx.rng.choice([0, 0, 3])) + "\n")


def setup_prose(ctx):
    r = ctx.rng
    ctx.para_indent = r.choice(["\u3000\u3000", "\u3000\u3000", "    ", "&nbsp;&nbsp;&nbsp;&nbsp;", ""])
    ctx.colon = r.choice(["：", "：", ":"])


# ------------------------------------------------------------------ family 1
def fam_land(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    town, vill = ctx.town_village()
    grp = r.choice(
        [ctx.group(), ctx.group(), r.choice(["李家湾组", "王家坪组", "张家沟组", "刘家坝组", "何家湾组"])]
    )
    setup_prose(ctx)
    gov_header(ctx, d, f"{c['county']}{town}人民政府")
    d.add(f"{town}{vill}{grp}征收土地补偿安置费分配明细公示\n\n")
    n_pi = r.randint(1, 9)
    pf = f"{c['pshort']}府土〔{ctx.year - r.randint(0, 1)}〕{r.randint(10, 1999)}号"
    area_total = round(r.uniform(8, 120), 2)
    proj = r.choice(
        [
            f"{c['county']}{ctx.year}年度第{n_pi}批次城镇建设用地",
            f"G{r.randint(100, 999)}线{c['county'].replace('瑶族自治县', '')}段改扩建工程",
            f"{c['county']}{town}产业园区建设项目",
        ]
    )
    d.add(
        f"{par(ctx)}根据《{c['prov']}人民政府关于{proj}的批复》（{pf}），{c['county']}人民政府依法征收{town}{vill}{grp}集体土地{area_total}亩"
        f"（地块坐落：{vill}{ctx.group()}，小地名{r.choice(['大坪子', '河坝头', '梁子上', '沟口', '新田'])}）。"
        f"经{grp}村民会议讨论通过，按“{r.choice(['人均分配', '按承包面积分配', '70%按承包面积、30%按人口分配'])}”原则，现将分配明细公示如下：\n\n"
    )
    masked = r.random() < 0.25
    mask_names = masked and r.random() < 0.3
    has_bank = r.random() < 0.6
    headers = [
        "序号",
        r.choice(["户主姓名", "户主", "姓名"]),
        "身份证号码",
        "家庭人口",
        "被征收面积（亩）",
        "土地补偿费（元）",
        "安置补助费（元）",
        "合计（元）",
    ]
    if has_bank:
        headers.append(r.choice(["银行卡号", "一卡通账号", "收款账号"]))
    headers.append("备注")
    rows = []
    tot = 0.0
    rate = r.choice([18000, 21000, 24600, 30000, 36000])
    for i in range(r.randint(8, 22)):
        p = ctx.person(age=(30, 85))
        k = r.randint(1, 8)
        a = round(r.uniform(0.1, 3.5), 2)
        lc = round(a * rate * 0.4, 2)
        az = round(a * rate * 0.6, 2)
        tot += lc + az
        name_cell = T(mask_name(r, p.name)) if mask_names else ctx.nm(p)
        id_cell = T(mask_id(r, p.id18)) if masked else ctx.id_any(p, allow15=True)
        row = [
            T(str(i + 1)),
            name_cell,
            id_cell,
            T(str(k)),
            T(f"{a}"),
            T(ctx.money(lc)),
            T(ctx.money(az)),
            T(ctx.money(lc + az)),
        ]
        if has_bank:
            row.append(T(mask_card(r, p.bank)) if masked else ctx.cardv(p, group=False))
        z = r.random()
        if z < 0.12 and not mask_names:
            q = ctx.person(age=(20, 60))
            rem = T("户主已故，由其" + r.choice(["子", "女", "配偶"])) + ctx.nm(q, pad=False) + T("代领")
        elif z < 0.2 and not mask_names:
            q = ctx.person(sex="女", age=(20, 45))
            rem = T("含外嫁女") + ctx.nm(q, pad=False) + T("1人份")
        elif z < 0.3:
            rem = T(r.choice(["含青苗补偿", "含地上附着物补偿", "已签订协议", "分户"]))
        else:
            rem = T("")
        row.append(rem)
        rows.append(row)
    caps = {1: 10, len(headers) - 1: r.choice([14, 18, 22])}
    render_table(ctx, d, headers, rows, caps=caps, id_cols=(2,), break_cols=(len(headers) - 1,))
    d.add(f"合计：{ctx.money(tot)}元\n\n")
    d1 = rand_date(r, ctx.year, ctx.year)
    d2 = d1 + datetime.timedelta(days=r.choice([7, 9, 10]))
    d.add(
        f"{par(ctx)}公示期为{dcn(d1)}至{dcn(d2)}。对公示内容有异议的，请于公示期内向{town}人民政府或{c['county']}自然资源局书面反映。\n"
    )
    d.add(
        f"{par(ctx)}监督电话：{ctx.office_phone()}（{town}人民政府）  {c['county']}自然资源局：{ctx.office_phone()}  "
        f"政务服务便民热线：12345\n"
    )
    if r.random() < 0.5:
        d.add(
            f"{par(ctx)}村委会主任：{ctx.official()}　　村务监督委员会主任：{ctx.official()}　　组长：{ctx.official()}\n"
        )
    footer_sign(ctx, d, [f"{vill}村民委员会", f"{c['county']}{town}人民政府"], d1)
    page_noise(ctx, d)
    return d


# ------------------------------------------------------------------ family 2
def sizhi(ctx):
    r = ctx.rng
    dirs = ["东", "南", "西", "北"]
    out = []
    for i, di in enumerate(dirs):
        if i:
            out += T(r.choice(["，", "，", "；", " "]))
        z = r.random()
        if z < 0.4:
            q = ctx.person()
            out += T(f"{di}至") + ctx.nm(q, pad=False) + T(r.choice(["宅基地", "房屋", "承包地", "家"]))
        else:
            out += T(
                f"{di}至" + r.choice(["村道", "道路", "空地", "山脚", "水沟", "集体林地", "自留地", "公路"])
            )
    return out


def fam_homestead(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    town, vill = ctx.town_village()
    gengdi = r.random() < 0.35
    gov_header(ctx, d, f"{c['county']}{town}人民政府")
    if r.random() < 0.3:
        # single applicant prose notice
        p = ctx.person(age=(25, 60))
        d.add("关于")
        d.addp(ctx.nm(p, pad=False))
        d.add("申请" + ("占用耕地" if gengdi else "农村宅基地") + "建房的公示\n\n")
        col = ctx.colon
        d.add(
            f"{par(ctx)}根据《中华人民共和国土地管理法》及{c['prov']}农村宅基地管理有关规定，现将农村村民住宅用地申请情况公示如下：\n"
        )
        d.add(f"{par(ctx)}申请人{col}").addp(ctx.nm(p, pad=False)).add(
            f"　性别{col}{p.sex}　民族{col}{p.eth}\n"
        )
        d.add(f"{par(ctx)}身份证号码{col}").addp(ctx.brkv(ctx.idv(p))).add("\n")
        d.add(f"{par(ctx)}家庭成员{col}")
        k = r.randint(1, 4)
        for j in range(k):
            q = ctx.person(age=(1, 70))
            if j:
                d.add("、")
            d.addp(ctx.nm(q, pad=False)).add(
                f"（{r.choice(['配偶', '长子', '长女', '次子', '母亲', '父亲'])}）"
            )
        d.add("\n")
        d.add(f"{par(ctx)}现住址{col}").addp(ctx.brkv(ctx.address(town, vill, urban=False))).add("\n")
        d.add(f"{par(ctx)}联系电话{col}").addp(ctx.mob(p)).add("\n")
        d.add(f"{par(ctx)}拟建房位置{col}").addp(L(f"{town}{vill}{ctx.group()}", "address"))
        d.add(f"（小地名：{r.choice(['大湾', '坡脚', '老房子', '新村', '田坝'])}）\n")
        d.add(
            f"{par(ctx)}申请用地面积{col}{r.randint(90, 150)}平方米，其中占用耕地{r.randint(0, 120)}平方米；建房类型{col}{r.choice(['新建', '原址翻建', '改建'])}\n"
        )
        d.add(f"{par(ctx)}四至{col}").addp(sizhi(ctx)).add("\n")
        d.add(
            f"{par(ctx)}申请理由{col}{r.choice(['分户后无宅基地', '原住房为危房', '家庭人口增加，现住房面积不足'])}。\n"
        )
    else:
        title = (
            f"{c['county']}{town}{ctx.year}年第{r.randint(1, 6)}批农村村民建房占用耕地审批结果公示"
            if gengdi
            else f"{c['county']}{town}农村村民住宅用地（宅基地）审批公示（{ctx.year}年第{r.randint(1, 6)}批）"
        )
        d.add(title + "\n\n")
        d.add(
            f"{par(ctx)}依据《中华人民共和国土地管理法》第六十二条和《农村宅基地管理办法》有关规定，经村民小组会议讨论、"
            f"村级审查、乡镇审核，现将以下农户住宅用地审批情况予以公示：\n\n"
        )
        headers = [
            "序号",
            r.choice(["申请人", "户主姓名"]),
            "身份证号码",
            "家庭人口",
            "现住址",
            "拟建位置",
            "用地面积（㎡）",
            "其中耕地（㎡）",
            "建房类型",
            "四至",
        ]
        if gengdi:
            headers.insert(8, "耕地占用税（元）")
        rows = []
        for i in range(r.randint(5, 14)):
            p = ctx.person(age=(23, 65))
            tv_t, tv_v = (town, ctx.rng.choice([v for t, vs in c["towns"] if t == town for v in vs]))
            cur = ctx.address(tv_t, tv_v, urban=r.random() < 0.1, level=r.choice(["town", "vill", "county"]))
            loc_txt = r.choice([f"{tv_v}{ctx.group()}", f"{tv_v}{ctx.group()}", f"{town}{tv_v}{ctx.group()}"])
            a = r.randint(80, 150)
            g = r.randint(0, a) if r.random() < 0.6 else 0
            row = [
                T(str(i + 1)),
                ctx.nm(p),
                ctx.id_any(p),
                T(str(r.randint(1, 7))),
                cur,
                L(loc_txt, "address"),
                T(str(a)),
                T(str(g)),
            ]
            if gengdi:
                row.append(T(ctx.money(g * r.choice([20, 22.5, 25]))))
            row += [T(r.choice(["新建", "原址翻建", "改建", "新建"])), sizhi(ctx)]
            rows.append(row)
        caps = {
            1: 10,
            4: r.choice([16, 20, 24]),
            5: r.choice([12, 16]),
            len(headers) - 1: r.choice([20, 26, 32]),
        }
        render_table(ctx, d, headers, rows, caps=caps, id_cols=(2,), break_cols=(4, len(headers) - 1))
    d.add("\n")
    d1 = rand_date(r, ctx.year, ctx.year)
    d.add(
        f"{par(ctx)}公示时间：{dcn(d1)}起，为期{r.choice(['5', '7', '10'])}个工作日。如有异议，请在公示期内以书面形式向{town}人民政府"
        f"{r.choice(['自然资源所', '农业综合服务中心', '综合执法队'])}反映，联系电话：{ctx.office_phone()}。\n"
    )
    if r.random() < 0.4:
        d.add(f"{par(ctx)}经办人：{ctx.official()}　　审核人：{ctx.official()}\n")
    footer_sign(ctx, d, [f"{c['county']}{town}人民政府"], d1)
    page_noise(ctx, d)
    return d


# ------------------------------------------------------------------ family 3
def fam_medical(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    town, vill = ctx.town_village()
    gov_header(ctx, d, f"{c['county']}医疗保障局")
    fee = {2021: 320, 2022: 350, 2023: 380, 2024: 400}[ctx.year]
    d.add(f"{c['county']}{ctx.year}年度城乡居民基本医疗保险参保资助对象名单公示（{town}）\n\n")
    d.add(
        f"{par(ctx)}根据{c['county']}医疗保障局、民政局、乡村振兴局、残联《关于做好{ctx.year}年度困难群众参加城乡居民基本医疗保险资助工作的通知》"
        f"（{c['abbr']}医保发〔{ctx.year - 1}〕{r.randint(5, 60)}号）要求，现将{town}{ctx.year}年度参保资助对象名单公示如下：\n\n"
    )
    masked = r.random() < 0.5
    idh = r.choice(["身份证号码", "公民身份号码", "证件号码", "证件号码"])
    headers = [
        "序号",
        "姓名",
        "性别",
        idh,
        "所在村（社区）",
        "资助类别",
        "个人缴费标准（元）",
        "资助金额（元）",
        "备注",
    ]
    rows = []
    cats = [
        ("特困人员", 1.0),
        ("低保对象", 0.7),
        ("防止返贫监测对象", 0.5),
        ("重度残疾人", 1.0),
        ("事实无人抚养儿童", 1.0),
        ("计划生育特殊家庭成员", 1.0),
        ("脱贫不稳定户", 0.5),
        ("孤儿", 1.0),
    ]
    for i in range(r.randint(10, 25)):
        cat, ratio = r.choice(cats)
        age = (1, 17) if cat in ("事实无人抚养儿童", "孤儿") else (18, 90)
        p = ctx.person(age=age)
        v = r.choice([v for t, vs in c["towns"] if t == town for v in vs])
        catc = L(cat, "health") if cat == "重度残疾人" else T(cat)
        if cat == "重度残疾人":
            rem = L(r.choice(DISAB), "health")
        elif r.random() < 0.08:
            rem = T("患") + L(r.choice(DISEASES + ENDEMIC[c["key"]]), "health")
        elif r.random() < 0.1:
            rem = T(r.choice(["新增", "动态调整", "户籍迁入"]))
        else:
            rem = T("")
        if idh == "证件号码" and not masked and r.random() < 0.08:
            idcell = ctx.xtra_doc()[1]
        else:
            idcell = T(mask_id(r, p.id18)) if masked else ctx.idv(p)
        row = [
            T(str(i + 1)),
            ctx.nm(p),
            T(p.sex),
            idcell,
            T(v),
            catc,
            T(str(fee)),
            T(str(int(fee * ratio))),
            rem,
        ]
        rows.append(row)
    render_table(ctx, d, headers, rows, caps={1: 10, 8: 14}, id_cols=(3,))
    d.add("\n")
    d1 = rand_date(r, ctx.year - 1, ctx.year - 1, 9, 12)
    d.add(
        f"{par(ctx)}公示期{r.choice(['5', '7'])}天。如有异议，请向{c['county']}医疗保障局反映。监督电话：{ctx.office_phone()}，"
        f"医保服务热线：{hotline(ctx, 'med')}。\n"
    )
    footer_sign(ctx, d, [f"{c['county']}医疗保障局", f"{c['county']}{town}人民政府"], d1)
    page_noise(ctx, d)
    return d


# ------------------------------------------------------------------ family 4
def fam_tekun(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    town, vill = ctx.town_village()
    gov_header(ctx, d, f"{c['county']}民政局")
    d.add(
        r.choice(
            [
                f"{c['county']}{town}特困人员供养名册（{ctx.year}年{r.randint(1, 12)}月）",
                f"{c['county']}{ctx.year}年第{r.choice(['一', '二', '三', '四'])}季度特困人员救助供养对象名单（{town}）",
            ]
        )
        + "\n\n"
    )
    if r.random() < 0.6:
        d.add(
            f"{par(ctx)}根据《特困人员认定办法》（民发〔2021〕43号）和{c['prov']}有关规定，经本人申请、乡镇审核、县民政局确认，"
            f"现将{town}特困人员救助供养对象公示如下（集中供养标准{r.randint(700, 1100)}元/人·月，分散供养标准{r.randint(600, 900)}元/人·月）：\n\n"
        )
    headers = [
        "序号",
        "姓名",
        "性别",
        "出生年月",
        "身份证号码",
        "供养方式",
        "生活自理能力",
        "家庭住址/供养机构",
        "照料护理人",
        "联系电话",
        "供养标准（元/月）",
        "备注",
    ]
    rows = []
    for i in range(r.randint(8, 20)):
        p = ctx.person(age=(16, 95) if r.random() < 0.15 else (60, 95))
        conc = r.random() < 0.4
        v = r.choice([v for t, vs in c["towns"] if t == town for v in vs])
        sc = r.choice(SELFCARE)
        if conc:
            addr = T(
                r.choice(
                    [f"{town}中心敬老院", f"{c['county']}社会福利院", f"{c['county']}特困人员供养服务中心"]
                )
            )
            carer, tel = T(r.choice(["院内集中照料", "机构照料", ""])), T("")
        else:
            addr = ctx.address(town, v, urban=r.random() < 0.1, level=r.choice(["vill", "town", "vill"]))
            q = ctx.person(age=(30, 65))
            carer = ctx.nm(q)
            z2 = r.random()
            tel = (
                ctx.mob(q)
                if z2 < 0.7
                else (ctx.landline_personal() if z2 < 0.8 else T(mask_mobile(r, q.mobile)))
            )
        z = r.random()
        if z < 0.25:
            rem = T(r.choice(["患", "", "确诊"])) + L(
                r.choice(DISEASES + ENDEMIC[c["key"]] + ["双目失明", "双下肢瘫痪"]), "health"
            )
        elif z < 0.4:
            rem = L(r.choice(DISAB_ALL), "health")
        elif z < 0.48:
            rem = T(r.choice(["新增", "2023年新纳入", "户口迁入"]))
        else:
            rem = T("")
        idc = ctx.id_any(p, allow15=True)
        row = [
            T(str(i + 1)),
            ctx.nm(p),
            T(p.sex),
            T(f"{p.birth.year}.{p.birth.month:02d}"),
            idc,
            T("集中供养" if conc else "分散供养"),
            L(sc, "health"),
            addr,
            carer,
            tel,
            T(str(r.randint(600, 1100))),
            rem,
        ]
        rows.append(row)
    render_table(
        ctx,
        d,
        headers,
        rows,
        caps={1: 10, 7: r.choice([16, 20, 26]), 8: 10, 11: 14},
        id_cols=(4,),
        break_cols=(7,),
    )
    d.add("\n")
    d1 = rand_date(r, ctx.year, ctx.year)
    d.add(
        f"{par(ctx)}公示期{r.choice(['7', '7', '5'])}天。对公示对象有异议的，请向{town}人民政府社会事务办或{c['county']}民政局反映，"
        f"电话：{ctx.office_phone()}；民政服务热线：{r.choice(['12345', '12349'])}。\n"
    )
    if r.random() < 0.5:
        d.add(f"制表人：{ctx.official()}　　审核人：{ctx.official()}　　分管领导：{ctx.official()}\n")
    footer_sign(ctx, d, [f"{c['county']}{town}人民政府"], d1)
    page_noise(ctx, d)
    return d


# ------------------------------------------------------------------ family 5
def party_block(ctx, d, p, oneline=None, with_addr=True, with_extra=None):
    r = ctx.rng
    col = ctx.colon
    if oneline is None:
        oneline = r.random() < 0.4
    addr = ctx.brkv(ctx.address())
    extra = None
    if with_extra or (with_extra is None and r.random() < 0.3):
        extra = ctx.xtra_doc()
    tw_only = extra is not None and extra[0].startswith("台湾居民")
    phone = ctx.mob(p) if r.random() < 0.8 else ctx.landline_personal()
    if oneline:
        d.add(f"{par(ctx)}当事人{col}").addp(ctx.nm(p, pad=False))
        d.add(f"，{p.sex}，{p.eth}，{dcn(p.birth)}出生，")
        if tw_only:
            d.add(extra[0]).addp(extra[1])
        else:
            d.add(r.choice(["公民身份号码", "身份证号码", "身份证号"])).addp(ctx.brkv(ctx.idv(p)))
            if extra:
                d.add(f"，{extra[0]}").addp(extra[1])
        if with_addr:
            d.add("，住").addp(addr)
        d.add("，联系电话").addp(phone)
        if r.random() < 0.2:
            d.add("，电子邮箱").addp(ctx.email(p))
        d.add("。\n")
    else:
        d.add(f"当事人{col}").addp(ctx.nm(p, pad=False)).add("\n")
        d.add(f"性别{col}{p.sex}　　民族{col}{p.eth}　　出生日期{col}{dcn(p.birth)}\n")
        if tw_only:
            d.add(f"{extra[0]}{col}").addp(extra[1]).add("\n")
        else:
            d.add(f"身份证号码{col}").addp(ctx.brkv(ctx.idv(p))).add("\n")
            if extra:
                d.add(f"{extra[0]}{col}").addp(extra[1]).add("\n")
        if with_addr:
            d.add(f"住址{col}").addp(addr).add("\n")
        d.add(f"联系电话{col}").addp(phone).add("\n")
        if r.random() < 0.3:
            d.add(f"电子邮箱{col}").addp(ctx.email(p)).add("\n")


def fam_penalty(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    dom = r.choice(["transport", "transport", "agri", "agri", "forest"])
    org = {
        "transport": f"{c['county']}交通运输局",
        "agri": f"{c['county']}农业农村局",
        "forest": f"{c['county']}林业和草原局" if c["key"] != "meigu" else f"{c['county']}林业和草原局",
    }[dom]
    abbr = {"transport": "交", "agri": "农", "forest": "林"}[dom]
    gov_header(ctx, d, org)
    d.add(f"{org}\n行政处罚决定书\n")
    d.add(f"{c['abbr']}{abbr}{r.choice(['罚', '执罚', '罚决'])}〔{ctx.year}〕{r.randint(1, 260)}号\n\n")
    ent = r.random() < 0.22 and dom != "forest"
    drv = ctx.person(sex="男" if r.random() < 0.9 else "女", age=(22, 62))
    dt = rand_date(r, ctx.year, ctx.year)
    if ent:
        comp = ctx.company("运输" if dom == "transport" else "农业")
        col = ctx.colon
        d.add(
            f"当事人{col}{comp}\n统一社会信用代码{col}{ctx.uscc('ent' if dom == 'transport' else r.choice(['ent', 'coop']))}\n"
        )
        d.add(f"法定代表人{col}{ctx.official()}\n")
        d.add(f"住所{col}{c['county']}{ctx.town_village()[0]}{r.choice(ROADS)}{r.randint(1, 300)}号\n")
        d.add(f"联系电话{col}{ctx.office_phone()}\n\n")
        subj = T(comp + "驾驶员") + ctx.nm(drv, pad=False)
    else:
        party_block(ctx, d, drv)
        d.add("\n")
        subj = T("当事人") + ctx.nm(drv, pad=False)
    o1, o2 = ctx.official(), ctx.official()
    lic = f"{c['code'][:2]}{r.randint(100000, 999999)}"
    lic2 = f"{c['code'][:2]}{r.randint(100000, 999999)}"
    t, v = ctx.town_village()
    if dom == "transport":
        pl = ctx.plate()
        z = r.random()
        if z < 0.5 and not ent:
            pas = [ctx.person(age=(16, 70)) for _ in range(r.randint(1, 3))]
            d.add(par(ctx)).addp(subj).add(f"于{dcn(dt)}{r.randint(7, 18)}时许驾驶").addp(pl)
            d.add(
                f"号小型普通客车，在未取得道路运输经营许可的情况下，擅自从事道路旅客运输经营，从{t}载客{len(pas)}人前往{c['county']}县城，"
                f"每人收取车费{r.choice([20, 25, 30, 40])}元。执法人员{o1}、{o2}（执法证号：{lic}、{lic2}）在{r.choice(['G', 'S'])}{r.randint(100, 399)}线"
                f"{t}路段依法检查时查获。\n"
            )
            d.add(f"{par(ctx)}以上事实有《现场笔录》《询问笔录》、驾驶证及机动车行驶证复印件、乘客")
            for j, q in enumerate(pas):
                if j:
                    d.add("、")
                d.addp(ctx.nm(q, pad=False))
            d.add(f"的证言等证据为证。\n")
            law = "《中华人民共和国道路运输条例》第六十三条"
            amt = r.choice([5000, 10000, 20000, 30000])
        else:
            w = round(r.uniform(50, 80), 2)
            d.add(par(ctx)).add(f"{dcn(dt)}，").addp(subj).add("驾驶").addp(pl)
            d.add(
                f"号重型半挂牵引车运载{r.choice(['石料', '煤炭', '钢材', '木材'])}，经{c['county']}{r.choice(['超限检测站', '公路超限检测点'])}检测，车货总重{w}吨，"
                f"超过规定限值{round(w - 49, 2)}吨，属违法超限运输。执法人员{o1}、{o2}（执法证号：{lic}、{lic2}）现场检查，当事人对违法事实无异议。\n"
            )
            law = "《公路安全保护条例》第六十四条"
            amt = r.choice([2000, 5000, 8000, 12000])
            if r.random() < 0.3:
                d.add(f"{par(ctx)}挂车号牌：").addp(
                    L(c["plate"] + r.choice(["", "·"]) + f"{r.randint(1000, 9999)}挂", "license_plate")
                ).add("。\n")
    elif dom == "agri":
        z = r.random()
        if z < 0.4:
            d.add(par(ctx)).add(f"{dcn(dt)}，").addp(subj).add(
                f"在禁渔期内使用禁用渔具（{r.choice(['地笼网', '电捕鱼器具', '三层刺网'])}）在{c['river']}{t}段进行捕捞，"
                f"现场查获渔获物{round(r.uniform(2, 40), 1)}公斤。执法人员{o1}、{o2}（执法证号：{lic}、{lic2}）现场予以制止并扣押涉案渔具。\n"
            )
            law = "《中华人民共和国渔业法》第三十八条"
            amt = r.choice([500, 1000, 2000, 5000])
        elif z < 0.7:
            animal = "牦牛" if c["key"] == "maqin" else r.choice(["生猪", "肉牛", "山羊"])
            d.add(par(ctx)).add(f"{dcn(dt)}，").addp(subj).add(
                f"从外地调运{animal}{r.randint(5, 80)}头（只）至{t}{v}，未附有《动物检疫合格证明》，"
                f"经{c['county']}动物卫生监督所查实。运输车辆号牌为"
            ).addp(ctx.plate()).add("。\n")
            law = "《中华人民共和国动物防疫法》第一百条"
            amt = r.choice([3000, 5000, 8000])
        else:
            shop = c["county"].replace("瑶族自治县", "") + t + r.choice(SHOP_WORDS)
            d.add(par(ctx)).addp(subj).add(
                f"（{shop}经营者）于{dcn(dt)}前销售标称“{r.choice(['草甘膦', '吡虫啉', '毒死蜱', '阿维菌素'])}”的农药{r.randint(10, 200)}瓶，"
                f"经抽样检测，有效成分含量不符合产品质量标准，属劣质农药。购买人"
            )
            buy = ctx.person()
            d.addp(ctx.nm(buy, pad=False)).add(
                "使用后造成其承包的" + r.choice(["水稻", "玉米", "脐橙", "马铃薯"]) + "减产。\n"
            )
            law = "《农药管理条例》第五十六条"
            amt = r.choice([5000, 8000, 10000, 20000])
    else:
        z = r.random()
        if z < 0.6:
            d.add(par(ctx)).addp(subj).add(
                f"未取得林木采伐许可证，于{dcn(dt)}擅自在{t}{v}（小地名：{r.choice(['大岩脚', '松林坡', '背后山', '阴山沟'])}）"
                f"其承包经营的集体林地内采伐{r.choice(['杉木', '马尾松', '桉树', '云杉', '杨树'])}{r.randint(8, 120)}株，"
                f"经{c['county']}林业调查规划队鉴定，立木蓄积{round(r.uniform(2, 40), 2)}立方米。\n"
            )
            law = "《中华人民共和国森林法》第七十六条第二款"
            amt = r.choice([3000, 6000, 12000, 25000])
        else:
            d.add(par(ctx)).addp(subj).add(
                f"未经林业主管部门审核同意，于{dcn(dt)}擅自在{t}{v}占用林地{r.randint(60, 2000)}平方米修建"
                f"{r.choice(['养殖圈舍', '简易房', '便道', '晒场'])}，改变林地用途。\n"
            )
            law = "《中华人民共和国森林法》第七十三条"
            amt = r.choice([2000, 5000, 10000, 30000])
    d.add(
        f"{par(ctx)}本机关于{dcn(dt + datetime.timedelta(days=r.randint(5, 20)))}向当事人送达了《行政处罚事先告知书》，当事人在法定期限内"
        f"{r.choice(['未提出陈述、申辩', '提出了陈述申辩，经复核不予采纳', '未要求听证'])}。\n"
    )
    d.add(
        f"{par(ctx)}本机关认为，当事人的上述行为违反了有关规定，依据{law}的规定，决定给予如下行政处罚：罚款人民币{amt}元"
        f"{r.choice(['', '，没收违法所得', '，责令限期改正'])}。\n"
    )
    acct = f"{r.randint(10, 99)}-{r.randint(100000, 999999)}{r.randint(1000000, 9999999)}"
    d.add(
        f"{par(ctx)}当事人应当自收到本决定书之日起十五日内，将罚款缴至{c['county']}非税收入汇缴结算户（开户行：{ctx.bank_name('622848')}，"
        f"账号：{acct}）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。\n"
    )
    d.add(
        f"{par(ctx)}当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向{c['county']}人民政府申请行政复议，或者在六个月内依法向"
        f"{c['county']}人民法院提起行政诉讼。\n\n"
    )
    footer_sign(ctx, d, [org], dt + datetime.timedelta(days=r.randint(20, 40)))
    if r.random() < 0.5:
        d.add(
            f"（执法机关联系人：{ctx.official()}  联系电话：{ctx.office_phone()}  投诉举报：{hotline(ctx, dom)}）\n"
        )
    if r.random() < 0.3 and not ent:
        d.add("送达地址确认：").addp(ctx.address(level="county")).add("\n")
    page_noise(ctx, d)
    return d


# ------------------------------------------------------------------ family 6
def fam_xinfang(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    org = r.choice(
        [
            f"{c['county']}人民政府信访局",
            f"{c['county']}{ctx.town_village()[0]}人民政府",
            f"{c['county']}民政局",
            f"{c['county']}自然资源局",
            f"{c['county']}人力资源和社会保障局",
            f"{c['county']}医疗保障局",
        ]
    )
    gov_header(ctx, d, org)
    d.add(f"{org}\n信访事项处理意见书\n")
    d.add(f"{c['abbr']}{r.choice(['信处', '信复', '信意'])}〔{ctx.year}〕{r.randint(1, 300)}号\n\n")
    pet = ctx.person(age=(30, 75))
    multi = r.random() < 0.2
    others = [ctx.person() for _ in range(r.randint(1, 2))] if multi else []
    d.addp(ctx.nm(pet, pad=False))
    if multi:
        for q in others:
            d.add("、").addp(ctx.nm(q, pad=False))
        d.add(f"等{len(others) + 1 + r.randint(0, 5)}人")
    d.add("：\n")
    dt = rand_date(r, ctx.year, ctx.year)
    ch = r.choice(
        ["通过国家信访信息系统", "来信", "到县信访局来访", "通过12345政务服务便民热线", "通过网上信访"]
    )
    num = f"{c['code']}{ctx.year}{r.randint(10000000, 99999999)}"
    d.add(
        f"{par(ctx)}你{'们' if multi else ''}于{dcn(dt)}{ch}反映的问题（信访件编号：{num}）已收悉，本机关依法予以受理。经调查核实，现将处理意见答复如下：\n"
    )
    t, v = ctx.town_village()
    kind = r.randrange(6)
    if kind == 0:
        nb = ctx.person()
        d.add(f"{par(ctx)}你反映与同组村民").addp(ctx.nm(nb, pad=False)).add(
            f"因宅基地界址发生纠纷，认为"
        ).addp(ctx.nm(nb, pad=False))
        d.add(
            f"建房占用你家宅基地约{r.randint(5, 40)}平方米。经{t}人民政府组织自然资源所、{v}村委会现场勘查，并调阅{r.randint(1985, 2012)}年宅基地审批档案，"
            f"争议地块在"
        ).addp(ctx.nm(nb, pad=False)).add("户批准用地范围内，你的诉求缺乏事实依据。\n")
        res = "不予支持"
    elif kind == 1:
        sp = ctx.person(sex="男")
        ch1 = ctx.person(age=(1, 16))
        d.add(f"{par(ctx)}你反映{v}{ctx.group()}在分配征收土地补偿款时未将你及你的女儿").addp(
            ctx.nm(ch1, pad=False)
        )
        d.add("列入分配名单。经查，你于").add(f"{r.randint(2005, 2018)}年与").addp(ctx.nm(sp, pad=False))
        d.add("结婚，婚后户籍仍在本组，未在他处取得承包地，依法享有集体经济组织成员权益。\n")
        res = "予以支持，由该组按人均标准补发"
    elif kind == 2:
        mo = ctx.person(sex="女", age=(65, 90))
        d.add(f"{par(ctx)}你反映家庭生活困难，申请将你母亲").addp(ctx.nm(mo, pad=False)).add(
            "纳入最低生活保障。经入户调查，"
        )
        d.addp(ctx.nm(mo, pad=False)).add(f"现年{r.randint(65, 90)}岁，患有").addp(
            L(r.choice(DISEASES + ENDEMIC[c["key"]]), "health")
        )
        d.add(f"，长期服药，家庭人均月收入低于当地低保标准。\n")
        res = "予以支持，已按程序纳入农村低保"
    elif kind == 3:
        fa = ctx.person(sex="男", age=(55, 85))
        hosp = r.choice([f"{c['county']}人民医院", f"{c['pref']}人民医院", f"{c['county']}中医医院"])
        d.add(f"{par(ctx)}你反映你父亲").addp(ctx.nm(fa, pad=False)).add(
            f"于{dcn(rand_date(r, ctx.year - 1, ctx.year - 1))}在{hosp}住院治疗"
        )
        d.addp(L(r.choice(DISEASES + ENDEMIC[c["key"]]), "health")).add(f"，医疗费用报销比例偏低。经核查，")
        d.addp(ctx.nm(fa, pad=False)).add(
            f"本次住院总费用{r.randint(8000, 90000)}元，基本医保、大病保险和医疗救助已按政策报销，报销比例符合规定。\n"
        )
        res = "不予支持"
    elif kind == 4:
        fm = ctx.person(sex="男")
        comp = ctx.company("建筑")
        d.add(
            f"{par(ctx)}你反映在{comp}承建的{t}{r.choice(['村道硬化', '安置房', '学校改扩建'])}项目务工被拖欠工资{r.randint(6000, 60000)}元。"
            f"经{c['county']}人力资源和社会保障局调查，系班组长"
        ).addp(ctx.nm(fm, pad=False))
        d.add(f"未及时发放所致，经协调，").addp(ctx.nm(fm, pad=False)).add(
            f"已于{dcn(dt + datetime.timedelta(days=r.randint(10, 40)))}将欠薪全部支付。\n"
        )
        res = "予以支持"
    else:
        ch1 = ctx.person(age=(5, 40))
        dis = r.choice(DISAB)
        d.add(f"{par(ctx)}你反映你{r.choice(['儿子', '女儿'])}").addp(ctx.nm(ch1, pad=False)).add("（").addp(
            L(dis, "health")
        )
        d.add("）未享受重度残疾人护理补贴。经查，").addp(ctx.nm(ch1, pad=False))
        d.add(
            f"于{r.randint(2010, ctx.year - 1)}年办理第二代残疾人证，符合补贴条件，因乡镇漏报未能及时发放。\n"
        )
        res = "予以支持，自申请当月起补发"
    if r.random() < 0.35:
        pl = ctx.plate()
        d.add(f"{par(ctx)}另，你反映的邻居车辆（号牌").addp(pl).add(
            "）长期占用村道停放问题，已转交属地村委会协调处理。\n"
        )
    d.add(f"{par(ctx)}根据《信访工作条例》第三十二条的规定，本机关对你的信访请求{res}。\n")
    d.add(
        f"{par(ctx)}如对本处理意见不服，可以自收到本意见书之日起30日内向{c['county']}人民政府书面提出复查申请。\n\n"
    )
    footer_sign(ctx, d, [org + "（印章）"], dt + datetime.timedelta(days=r.randint(15, 58)))
    d.add(f"\n（联系人：{ctx.official()}，联系电话：{ctx.office_phone()}）\n")
    if r.random() < 0.8:
        col = ctx.colon
        d.add(f"送达地址{col}").addp(ctx.brkv(ctx.address())).add("\n")
        d.add(f"收件人{col}").addp(ctx.nm(pet, pad=False)).add(f"　联系电话{col}")
        d.addp(ctx.mob(pet) if r.random() < 0.8 else ctx.landline_personal()).add("\n")
        if r.random() < 0.25:
            d.add(f"电子邮箱{col}").addp(ctx.email(pet)).add("\n")
        if r.random() < 0.3:
            lab, val = ctx.xtra_doc()
            d.add(f"{lab}{col}").addp(val).add("\n")
    if r.random() < 0.3:
        d.add(f"抄送：{c['county']}人民政府信访局（监督邮箱：{c['key']}xfj@163.com）\n")
    page_noise(ctx, d)
    return d


# ------------------------------------------------------------------ family 7
def fam_mediation(ctx):
    r, c = ctx.rng, ctx.c
    if r.random() < 0.5:
        return fam_mediation_agreement(ctx)
    return fam_judicial_aid(ctx)


def fam_mediation_agreement(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    t, v = ctx.town_village()
    gov_header(ctx, d, f"{c['county']}司法局")
    d.add(r.choice(["人民调解协议书", "人民调解协议书（公开版）"]) + "\n")
    d.add(f"（{ctx.year}）{c['abbr']}{t[:2]}调字第{r.randint(1, 120)}号\n\n")
    A = ctx.person(age=(22, 70))
    B = ctx.person(age=(22, 75))
    party_block(ctx, d, A, oneline=True)
    party_block(ctx, d, B, oneline=True)
    agent = None
    if r.random() < 0.35:
        agent = ctx.person(age=(22, 50))
        d.add(f"{par(ctx)}委托代理人：").addp(ctx.nm(agent, pad=False)).add(f"，系").addp(
            ctx.nm(B, pad=False)
        )
        d.add(r.choice(["之子", "之女", "之妻", "之夫"]) + "，身份证号码：").addp(ctx.idv(agent)).add("。\n")
    elif r.random() < 0.25:
        d.add(
            f"{par(ctx)}委托代理人：{ctx.official()}，{c['county'].replace('瑶族自治县', '')}{r.choice(['正义', '公信', '衡平'])}律师事务所律师。\n"
        )
    d.add("纠纷主要事实、争议事项：\n")
    dt = rand_date(r, ctx.year, ctx.year)
    z = r.randrange(3)
    if z == 0:
        pa, pb = ctx.plate(), ctx.plate()
        d.add(f"{par(ctx)}{dcn(dt)}，").addp(ctx.nm(A, pad=False)).add("驾驶").addp(pa)
        d.add(f"号{r.choice(['小型轿车', '二轮摩托车', '轻型货车'])}行驶至{t}{v}路段时，与").addp(
            ctx.nm(B, pad=False)
        )
        d.add("驾驶的").addp(pb).add("号电动三轮车发生碰撞，造成").addp(ctx.nm(B, pad=False)).addp(
            L(r.choice(INJURIES), "health")
        )
        d.add(f"、两车受损。经{c['county']}公安局交通管理大队认定，").addp(ctx.nm(A, pad=False))
        d.add("负事故主要责任。双方就赔偿事宜协商未果，申请调解。\n")
    elif z == 1:
        d.add(f"{par(ctx)}{dcn(dt)}，").addp(ctx.nm(B, pad=False)).add("在").addp(ctx.nm(A, pad=False))
        d.add("家中帮工修建房屋时从脚手架摔落，致").addp(L(r.choice(INJURIES), "health"))
        d.add(f"，在{c['county']}人民医院住院治疗{r.randint(10, 60)}天。双方对赔偿数额发生争议。\n")
    else:
        old = ctx.person(age=(70, 92))
        d.add(f"{par(ctx)}").addp(ctx.nm(A, pad=False)).add("与").addp(ctx.nm(B, pad=False))
        d.add("系同胞兄弟姐妹，其母").addp(ctx.nm(old, pad=False)).add(f"现年{r.randint(70, 92)}岁，患")
        d.addp(L(r.choice(DISEASES + ENDEMIC[c["key"]]), "health")).add("，生活")
        d.addp(L(r.choice(["部分失能", "不能自理", "完全失能"]), "health"))
        d.add("。双方就赡养费分担及日常照料问题发生纠纷。\n")
    amt = r.randint(3000, 90000)
    d.add("经调解，双方自愿达成如下协议：\n")
    d.add(f"{par(ctx)}一、").addp(ctx.nm(A, pad=False)).add(f"一次性支付").addp(ctx.nm(B, pad=False))
    d.add(f"人民币{amt}元（含医疗费、误工费、护理费等全部费用）；\n")
    sign = dt + datetime.timedelta(days=r.randint(15, 30))
    d.add(f"{par(ctx)}二、上述款项于{dcn(sign + datetime.timedelta(days=r.randint(10, 30)))}前转入").addp(
        ctx.nm(B, pad=False)
    )
    d.add(f"的银行账户（开户行：{ctx.bank_name(B.bank)}，卡号：").addp(ctx.brkv(ctx.cardv(B))).add("）；\n")
    d.add(f"{par(ctx)}三、本协议履行完毕后，双方就此纠纷再无其他争议。\n")
    d.add(f"{par(ctx)}本协议一式三份，双方当事人各执一份，{t}人民调解委员会留存一份。\n\n")
    d.add("当事人（签名）：").addp(ctx.nm(A, pad=False)).add("　　").addp(ctx.nm(B, pad=False)).add("\n")
    d.add(f"人民调解员（签名）：{ctx.official()}、{ctx.official()}\n记录人：{ctx.official()}\n")
    footer_sign(ctx, d, [f"{t}人民调解委员会（印章）"], sign)
    d.add(f"（法律服务热线：{hotline(ctx, 'law')}；调委会电话：{ctx.office_phone()}）\n")
    page_noise(ctx, d)
    return d


def fam_judicial_aid(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    org = r.choice([f"{c['county']}人民检察院", f"{c['county']}人民法院", f"{c['county']}司法局"])
    gov_header(ctx, d, org)
    d.add(
        f"{org}{ctx.year}年第{r.randint(1, 4)}批{'国家司法救助' if '司法局' not in org else '法律援助及司法救助'}对象公示\n\n"
    )
    d.add(
        f"{par(ctx)}根据《关于建立完善国家司法救助制度的意见（试行）》，经审查，拟对以下{''}申请人给予司法救助，现予公示：\n\n"
    )
    masked_ids = r.random() < 0.7
    mask_names = r.random() < 0.2
    headers = [
        "序号",
        "救助申请人",
        "与被害人关系",
        "被害人",
        "身份证号码",
        "住址",
        "案由",
        "困难情形",
        "拟救助金额（元）",
    ]
    rows = []
    for i in range(r.randint(4, 12)):
        app = ctx.person(age=(25, 75))
        rel = r.choice(["本人", "本人", "之父", "之母", "之妻", "之子"])
        vic = app if rel == "本人" else ctx.person(age=(10, 70))
        case = r.choice(["故意伤害", "交通肇事", "过失致人死亡", "故意杀人", "抢劫", "寻衅滋事"])
        dead = case in ("过失致人死亡", "故意杀人") or (case == "交通肇事" and r.random() < 0.4)
        if dead and rel == "本人":
            rel = "之母"
            vic = ctx.person(age=(10, 70))
        if mask_names:
            nm_a, nm_v = T(mask_name(r, app.name)), T(mask_name(r, vic.name))
        else:
            nm_a, nm_v = ctx.nm(app), ctx.nm(vic)
        if rel == "本人":
            nm_v = T("同申请人")
        if dead:
            hard = T(
                r.choice(["被害人死亡，家庭主要劳动力丧失，无法获得有效赔偿", "被害人死亡，被告人无赔偿能力"])
            )
        else:
            hard = (
                T("被害人")
                + L(r.choice(INJURIES + DISAB_ALL), "health")
                + T(r.choice(["，无法获得有效赔偿", "，家庭生活困难", "，医疗费用无力支付"]))
            )
        addr = (
            ctx.address(level=r.choice(["town", "county", "vill"]))
            if not mask_names
            else T(ctx.town_village()[0])
        )
        row = [
            T(str(i + 1)),
            nm_a,
            T(rel),
            nm_v,
            T(mask_id(r, app.id18)) if masked_ids or mask_names else ctx.idv(app),
            addr,
            T(case),
            hard,
            T(str(r.randint(10, 80) * 1000)),
        ]
        rows.append(row)
    render_table(
        ctx,
        d,
        headers,
        rows,
        caps={1: 10, 3: 10, 5: r.choice([16, 22, 28]), 7: r.choice([18, 24, 30])},
        id_cols=(4,),
        break_cols=(5, 7),
    )
    d.add("\n")
    d1 = rand_date(r, ctx.year, ctx.year)
    d.add(
        f"{par(ctx)}公示期为{r.choice(['5', '7'])}个工作日。如有异议，请向{org}{r.choice(['控告申诉检察部', '立案庭', '法律援助中心'])}反映。"
        f"联系电话：{ctx.office_phone()}，{hotline(ctx, 'law')}。\n"
    )
    footer_sign(ctx, d, [org], d1)
    page_noise(ctx, d)
    return d


# ------------------------------------------------------------------ family 8
def fam_youfu(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    gov_header(ctx, d, f"{c['county']}退役军人事务局")
    q = r.choice(["第一季度", "第二季度", "第三季度", "第四季度", "上半年", "全年"])
    d.add(f"{c['county']}{ctx.year}年{q}重点优抚对象抚恤补助金发放表\n")
    d.add(f"填报单位：{c['county']}退役军人事务局　　　　单位：元\n\n")
    headers = [
        "序号",
        "姓名",
        "性别",
        "身份证号码",
        "优抚类别",
        "伤残等级/性质",
        "月标准",
        "发放金额",
        "银行账号",
        "所在乡镇",
    ]
    rows = []
    masked = r.random() < 0.2
    for i in range(r.randint(10, 24)):
        cat = r.choice(
            [
                "残疾军人",
                "残疾军人",
                "在乡复员军人",
                "带病回乡退伍军人",
                "参战退役人员",
                "烈士遗属",
                "因公牺牲军人遗属",
                "病故军人遗属",
                "参加核试验退役人员",
                "60周岁以上农村籍退役士兵",
            ]
        )
        age = (45, 95) if cat not in ("烈士遗属", "因公牺牲军人遗属", "病故军人遗属") else (40, 95)
        p = ctx.person(
            sex="男" if cat not in ("烈士遗属", "因公牺牲军人遗属", "病故军人遗属") else None, age=age
        )
        if cat == "残疾军人":
            grade = L(
                r.choice(["因战", "因公", "因病"])
                + r.choice(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])
                + "级",
                "health",
            )
            catc = L(cat, "health")
        elif cat == "带病回乡退伍军人":
            catc = L(cat, "health")
            grade = T("")
        else:
            catc = T(cat)
            grade = T("")
        m = r.randint(300, 6000)
        mult = {"第一季度": 3, "第二季度": 3, "第三季度": 3, "第四季度": 3, "上半年": 6, "全年": 12}[q]
        t = r.choice(c["towns"])[0]
        rows.append(
            [
                T(str(i + 1)),
                ctx.nm(p),
                T(p.sex),
                T(mask_id(r, p.id18)) if masked else ctx.id_any(p, allow15=True),
                catc,
                grade,
                T(str(m)),
                T(str(m * mult)),
                T(mask_card(r, p.bank)) if masked else ctx.cardv(p, group=False),
                T(t),
            ]
        )
    render_table(ctx, d, headers, rows, caps={1: 10, 4: 16}, id_cols=(3, 8))
    d.add("\n")
    d1 = rand_date(r, ctx.year, ctx.year)
    d.add(f"制表人：{ctx.official()}　　　审核：{ctx.official()}　　　局长：{ctx.official()}\n")
    d.add(
        f"{par(ctx)}如对发放情况有疑问，请与{c['county']}退役军人事务局优抚股联系，电话：{ctx.office_phone()}。\n"
    )
    footer_sign(ctx, d, [f"{c['county']}退役军人事务局"], d1)
    page_noise(ctx, d)
    return d


# ------------------------------------------------------------------ family 9
def fam_jisheng(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    gov_header(ctx, d, f"{c['county']}卫生健康局")
    d.add(f"{c['county']}{ctx.year}年度农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助对象名单公示\n\n")
    d.add(
        f"{par(ctx)}根据国家和{c['prov']}计划生育家庭特别扶助制度有关规定，经个人申请、村级评议、乡镇审核、县级审批，"
        f"现将{ctx.year}年度计划生育家庭特别扶助对象予以公示（特别扶助金标准：伤残家庭每人每月{r.choice([460, 590, 620])}元，"
        f"死亡家庭每人每月{r.choice([590, 720, 790])}元）：\n\n"
    )
    headers = [
        "序号",
        "姓名",
        "性别",
        "出生年月",
        "身份证号码",
        "配偶姓名",
        "扶助类别",
        "所在乡镇",
        "所在村",
        "年扶助金额",
        "发放账号",
    ]
    rows = []
    masked = r.random() < 0.3
    for i in range(r.randint(8, 20)):
        p = ctx.person(age=(49, 80))
        sp = ctx.person(sex="女" if p.sex == "男" else "男", age=(49, 80)) if r.random() < 0.75 else None
        z = r.random()
        if z < 0.45:
            cat = T(r.choice(["独生子女死亡", "特扶死亡", "死亡"]))
        elif z < 0.85:
            cat = L(r.choice(["独生子女伤残", "特扶伤残", "伤残", "独生子女三级以上残疾"]), "health")
        else:
            cat = L(r.choice(["计划生育手术并发症（三级）", "手术并发症二级"]), "health")
        t = r.choice(c["towns"])
        rows.append(
            [
                T(str(i + 1)),
                ctx.nm(p),
                T(p.sex),
                T(f"{p.birth.year}{p.birth.month:02d}"),
                T(mask_id(r, p.id18)) if masked else ctx.id_any(p, allow15=True),
                ctx.nm(sp) if sp else T(r.choice(["", "已故", "离异"])),
                cat,
                T(t[0]),
                T(r.choice(t[1])),
                T(str(r.choice([5520, 7080, 7440, 8640, 9480]))),
                T(mask_card(r, p.bank)) if masked or r.random() < 0.2 else ctx.cardv(p, group=False),
            ]
        )
    render_table(ctx, d, headers, rows, caps={1: 10, 5: 10, 6: 14}, id_cols=(4, 10))
    d.add("\n")
    d1 = rand_date(r, ctx.year, ctx.year)
    d.add(
        f"{par(ctx)}公示时间为{dcn(d1)}至{dcn(d1 + datetime.timedelta(days=7))}。如有异议，请向{c['county']}卫生健康局人口家庭科反映，"
        f"电话：{ctx.office_phone()}；举报邮箱：{c['key']}wjj@{r.choice(['163.com', '126.com'])}。\n"
    )
    footer_sign(ctx, d, [f"{c['county']}卫生健康局"], d1)
    page_noise(ctx, d)
    return d


# ------------------------------------------------------------------ family 10
def fam_insurance(ctx):
    r, c = ctx.rng, ctx.c
    d = Doc(ctx.fw)
    setup_prose(ctx)
    t, v = ctx.town_village()
    ins = r.choice(
        [
            ("中国人民财产保险股份有限公司", "95518"),
            ("中华联合财产保险股份有限公司", "95585"),
            ("中国太平洋财产保险股份有限公司", "95500"),
        ]
    )
    breed = r.random() < 0.45
    if c["key"] == "maqin":
        breed = r.random() < 0.85
    if breed:
        items = {
            "maqin": ["牦牛", "藏系羊"],
            "meigu": ["能繁母猪", "育肥猪", "肉牛"],
            "fuyuan": ["奶牛", "能繁母猪", "育肥猪"],
            "fuping": ["能繁母猪", "肉羊", "肉牛"],
            "duan": ["能繁母猪", "育肥猪", "山羊"],
            "xunwu": ["能繁母猪", "育肥猪"],
        }[c["key"]]
        causes = ["疫病", "疾病", "难产", "雪灾", "意外事故", "火灾", "暴雨", "雷击"]
    else:
        items = {
            "maqin": ["青稞", "燕麦"],
            "meigu": ["马铃薯", "玉米", "荞麦"],
            "fuyuan": ["水稻", "大豆", "玉米"],
            "fuping": ["玉米", "小麦"],
            "duan": ["水稻", "玉米", "甘蔗"],
            "xunwu": ["水稻", "脐橙", "百香果"],
        }[c["key"]]
        causes = ["暴雨", "洪水", "冰雹", "干旱", "低温冻害", "风灾", "病虫害"]
    item = r.choice(items)
    cause = r.choice(causes)
    org = f"{ins[0]}{c['county']}支公司"
    gov_header(ctx, d, f"{c['county']}农业农村局")
    d.add(f"{c['county']}{t}{ctx.year}年{'政策性' if r.random() < 0.6 else ''}{item}保险理赔结果公示\n\n")
    pol = f"P{r.choice(['ZAA', 'HNI', 'LAA', 'YAB'])}{ctx.year}{c['code']}{r.randint(10000000, 99999999)}"
    dt = rand_date(r, ctx.year, ctx.year)
    d.add(
        f"{par(ctx)}{dcn(dt)}，{t}{v}等地遭受{cause}，{item}受损。{org}接到报案后（报案号：R{pol[1:]}），会同{t}人民政府、"
        f"{c['county']}农业农村局组织查勘定损。保单号：{pol}。现将理赔情况公示如下：\n\n"
    )
    if breed:
        headers = [
            "序号",
            "被保险人",
            "身份证号码",
            "联系电话",
            "保险标的",
            "耳标号",
            "死亡数量（头/只）",
            "出险原因",
            "赔款金额（元）",
            "收款账号",
        ]
    else:
        headers = [
            "序号",
            "被保险人",
            "身份证号码",
            "联系电话",
            "保险标的",
            "投保面积（亩）",
            "受灾面积（亩）",
            "损失程度",
            "赔款金额（元）",
            "收款账号",
        ]
    masked_id = r.random() < 0.55
    masked_tel = r.random() < 0.6
    masked_card = r.random() < 0.5
    species = {
        "能繁母猪": "1",
        "育肥猪": "1",
        "肉牛": "2",
        "奶牛": "2",
        "牦牛": "2",
        "藏系羊": "3",
        "肉羊": "3",
        "山羊": "3",
    }
    rows = []
    for i in range(r.randint(8, 22)):
        p = ctx.person(age=(25, 75))
        row = [
            T(str(i + 1)),
            ctx.nm(p),
            T(mask_id(r, p.id18)) if masked_id else ctx.idv(p),
            T(mask_mobile(r, p.mobile)) if masked_tel else ctx.mob(p),
            T(item),
        ]
        if breed:
            n = r.randint(1, 6)
            tag = f"{species[item]}{c['code']}{r.randint(10000000, 99999999)}"
            row += [
                T(tag + ("等" if n > 1 else "")),
                T(str(n)),
                T(cause),
                T(ctx.money(n * r.randint(500, 6000))),
            ]
        else:
            a = round(r.uniform(1, 60), 1)
            b = round(a * r.uniform(0.3, 1), 1)
            row += [T(str(a)), T(str(b)), T(f"{r.randint(30, 100)}%"), T(ctx.money(b * r.randint(80, 400)))]
        row.append(T(mask_card(r, p.bank)) if masked_card else ctx.cardv(p, group=False))
        rows.append(row)
    render_table(ctx, d, headers, rows, caps={1: 10}, id_cols=(2, 9))
    d.add("\n")
    d1 = dt + datetime.timedelta(days=r.randint(10, 40))
    d.add(
        f"{par(ctx)}公示期{r.choice(['5', '7'])}天。如有异议，请在公示期内向{org}或{t}人民政府反映。"
        f"保险公司服务热线：{ins[1]}；{c['county']}农业农村局监督电话：{ctx.office_phone()}，{hotline(ctx, 'agri')}。\n"
    )
    if r.random() < 0.4:
        d.add(
            f"查勘定损人员：{ctx.official()}、{ctx.official()}（{org}），{ctx.official()}（{t}农业综合服务中心）\n"
        )
    footer_sign(ctx, d, [org, f"{c['county']}{t}人民政府"], d1)
    page_noise(ctx, d)
    return d


GENERATORS = [
    fam_land,
    fam_homestead,
    fam_medical,
    fam_tekun,
    fam_penalty,
    fam_xinfang,
    fam_mediation,
    fam_youfu,
    fam_jisheng,
    fam_insurance,
]


# ------------------------------------------------------------------ generation
def generate(n_docs, seed):
    rng = random.Random(seed)
    order = []
    while len(order) < n_docs:
        blk = list(range(10))
        rng.shuffle(blk)
        order += blk
    docs = []
    for i in range(n_docs):
        fi = order[i]
        county = COUNTIES[rng.randrange(len(COUNTIES))]
        ctx = Ctx(random.Random(rng.randrange(1 << 30)), county)
        d = GENERATORS[fi](ctx)
        text, spans = d.build()
        docs.append({"type": FAMILIES[fi], "text": text, "spans": spans})
    return docs


# ------------------------------------------------------------------ check
RE_PLATE = re.compile(r"^[川青冀桂黑赣][A-Z][·\s]?(?:[A-HJ-NP-Z0-9]{5}|[DF][0-9]{5}|[0-9]{4}挂)$")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_id18(s):
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return "format"
    if s[:2] not in PROV_CODES:
        return "province"
    if not valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14])) or not (1900 <= int(s[6:10]) <= 2024):
        return "date"
    if id_check(s[:17]) != s[17].upper():
        return "checksum"
    return None


def check_span(kind, raw):
    s = norm(raw)
    if kind == "id_card":
        return check_id18(s)
    if kind == "id_card_15":
        if not re.fullmatch(r"\d{15}", s):
            return "format"
        if s[:2] not in PROV_CODES or not valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12])):
            return "date/province"
        return None
    if kind == "bank_card":
        if not re.fullmatch(r"\d{16,19}", s):
            return "format"
        if not luhn_ok(s):
            return "luhn"
        return None
    if kind == "mobile":
        return None if re.fullmatch(r"1[3-9]\d{9}", s.replace("-", "")) else "format"
    if kind == "landline":
        return None if re.fullmatch(r"[（(]?0\d{2,3}[)）-]?\d{7,8}", s) else "format"
    if kind == "email":
        return None if re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", s) else "format"
    if kind == "passport":
        return None if re.fullmatch(r"[EG]\d{8}|E[A-HJ-NP-Z]\d{7}", s) else "format"
    if kind == "hk_macau_permit":
        return None if re.fullmatch(r"[CHM]\d{8}|C[A-Z0-9]\d{7}", s) else "format"
    if kind == "tw_permit":
        return None if re.fullmatch(r"L?\d{8}", s) else "format"
    if kind == "license_plate":
        return None if RE_PLATE.match(raw.replace("\n", "")) else "format"
    if kind == "name":
        t = s.replace("&nbsp;", "")
        if re.search(r"[\d*某]", t) or not (1 <= len(t) <= 20):
            return "name content"
        return None
    if kind == "address":
        if "*" in s or "：" in s:
            return "address content"
        return None
    if kind == "health":
        return None if s else "empty"
    return "unknown kind"


def check_docs(docs):
    problems = []
    for di, doc in enumerate(docs):
        text = doc.get("text")
        if not isinstance(text, str):
            problems.append(f"doc {di}: no text")
            continue
        if doc.get("type") not in FAMILIES:
            problems.append(f"doc {di}: unknown type {doc.get('type')}")
        spans = sorted(doc.get("spans", []), key=lambda s: (s["start"], s["end"]))
        prev_end = -1
        covered = [False] * len(text)
        for sp in spans:
            k, s, e = sp.get("kind"), sp.get("start"), sp.get("end")
            if k not in KINDS:
                problems.append(f"doc {di}: bad kind {k}")
                continue
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"doc {di}: bad offsets {sp}")
                continue
            if s < prev_end:
                problems.append(f"doc {di}: overlapping span at {s}")
            prev_end = max(prev_end, e)
            raw = text[s:e]
            if raw != raw.strip():
                problems.append(f"doc {di}: span has outer whitespace {raw!r}")
            err = check_span(k, raw)
            if err:
                problems.append(f"doc {di}: {k} {raw!r}: {err}")
            for i in range(s, e):
                covered[i] = True
        # unlabelled look-alikes that should have been labelled
        nt = text.translate({ord(chr(0xFF10 + i)): str(i) for i in range(10)})
        for m in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", nt):
            if check_id18(m.group()) is None and not any(covered[m.start() : m.end()]):
                problems.append(f"doc {di}: unlabelled valid ID {m.group()}")
        for m in re.finditer(r"(?<![\d\-])1[3-9]\d{9}(?![\d])", nt):
            if not any(covered[m.start() : m.end()]):
                problems.append(f"doc {di}: unlabelled mobile-like {m.group()}")
    return problems


def stats(docs):
    from collections import Counter

    kc, fc, fk = Counter(), Counter(), {}
    for d in docs:
        fc[d["type"]] += 1
        for s in d["spans"]:
            kc[s["kind"]] += 1
            fk.setdefault(d["type"], Counter())[s["kind"]] += 1
    lines = [f"docs: {len(docs)}   spans: {sum(kc.values())}", "", "per kind:"]
    for k in KINDS:
        lines.append(f"  {k:<16}{kc.get(k, 0):>6}")
    lines += ["", "per family (docs, spans, top kinds):"]
    for f in FAMILIES:
        c = fk.get(f, Counter())
        top = ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])))
        lines.append(f"  {f}: docs={fc.get(f, 0)} spans={sum(c.values())}  [{top}]")
    return "\n".join(lines)


def decisions_text():
    doc = __doc__
    i = doc.index("DECISIONS")
    return doc[i:].rstrip()


def main():
    ap = argparse.ArgumentParser(description="holdout57 PII evaluation set generator")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=277)
    ap.add_argument("-o", "--out")
    ap.add_argument("-i", "--input", help="check/stats an existing JSONL instead of generating")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(decisions_text())
        if not (a.out or a.check or a.stats or a.input):
            return 0
    if a.input:
        with open(a.input, encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()]
    else:
        docs = generate(a.docs, a.seed)
        if a.out:
            with open(a.out, "w", encoding="utf-8") as f:
                for d in docs:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
        elif not (a.check or a.stats):
            for d in docs:
                sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    rc = 0
    if a.check:
        probs = check_docs(docs)
        for p in probs:
            print(p)
        print(f"check: {len(docs)} docs, {sum(len(d['spans']) for d in docs)} spans, {len(probs)} problems")
        rc = 1 if probs else 0
    if a.stats:
        print(stats(docs))
    return rc


if __name__ == "__main__":
    sys.exit(main())
