#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout61 -- blind evaluation set generator for a personal-information detector
for Chinese government-disclosure (政务公开) publications.

Standard library only.  Deterministic for a given --seed.

Usage
    python holdout61.py --docs 400 --seed 307 -o OUT.jsonl
    python holdout61.py --check [FILE]      (no FILE: generate with --docs/--seed and check)
    python holdout61.py --stats [FILE]
    python holdout61.py --decisions

Output: JSON Lines, one document a line:
    {"type": family, "text": text, "spans": [{"kind", "start", "end"}, ...]}
Offsets are Python str character offsets.

FAMILIES (type field)
    enroll     义务教育入学/转学公示 (学生与家长)
    aid        家庭经济困难学生认定名单
    chronic    城乡居民医保门诊慢特病待遇认定名单
    disab      残疾人证核发/换证公示
    veteran    退役军人优待证发放名单
    legalaid   法律援助案件指派公示
    juror      人民陪审员候选人(拟任人选)公示
    grid       社区网格员走访记录
    rent       住房租赁补贴发放名单
    dibao      农村低保年审入户核查记录

COUNTIES (6-digit division code)
    山西省忻州市岢岚县 140929   (岚漪镇 宋家沟乡宋家沟村 三井镇 高家会乡 李家沟乡 王家岔乡 ...)
    贵州省黔东南州从江县 522633 (丙妹镇岜沙村 高增乡占里村/小黄村 贯洞镇 洛香镇 加榜乡 ...)
    云南省怒江州福贡县 533323   (上帕镇 匹河怒族乡老姆登村/知子罗村 石月亮乡利沙底村 ...)
    青海省黄南州泽库县 632323   (泽曲镇 和日镇和日村 宁秀镇拉格日村 麦秀镇 ...)
    黑龙江省佳木斯市同江市 230881 (同江镇 街津口赫哲族乡 八岔赫哲族乡 乐业镇 临江镇 ...)
    江西省赣州市上犹县 360724   (东山镇 营前镇 陡水镇 社溪镇 寺下镇 梅水乡 ...)
    Street, estate and group (组/社) numbers are synthetic; village names that are not
    listed above are the seat village named like its town.

KINDS
    id_card id_card_15 mobile landline bank_card email passport hk_macau_permit
    tw_permit license_plate address name health

DECISIONS
 1. Name = the full personal name of a private natural person where the context shows a
    person (students, parents, guardians, applicants, household members, 受援人, tenants,
    neighbours named in full, signatories of their own household form).  Each occurrence
    is labelled, including repeats.  Surname-only references ("王大爷", "老张", "李阿姨")
    are NOT labelled: alone they do not single a person out.
 2. Officials and professionals acting in role are NOT labelled: 经办人, 审核人, 核查人员,
    网格员, 村/社区干部, 承办律师/法律援助律师, 法官, 联系人 of an office.  Their names are
    work information published by design, not private data.
 3. 人民陪审员候选人/拟任人选: the 公示 of names is required by the 人民陪审员法 and the
    选任办法, but the candidates are private citizens, so their names ARE labelled (the
    detector reports, the reviewer decides lawful basis).  Extra data such a list
    should not carry (ID number, home address, mobile) is labelled as usual.
 4. Masked values are NOT labelled: 张*, 李某, 王某某, 欧阳*, 阿依古丽·买**, 138****1234,
    6222********1234, 330127********1234 ... A partly visible masked value is never labelled
    even if some characters are real.  A value is either fully present or not labelled.
 5. Health is labelled only for an identifiable person: a row/paragraph that still has
    at least one unmasked direct identifier (name, ID, phone, address, card ...).  In a
    fully masked row the disease/disability text is NOT labelled.  An unnamed relative
    of a named household/student ("父亲患尿毒症", "家中有肢体残疾二级成员") is
    identifiable through that household, so the condition IS labelled.
 6. Health span = the minimal condition phrase: a disease name ("糖尿病", "高血压病（Ⅱ级
    及以上）" keeps its own qualifier in brackets), a disability category and/or level
    ("肢体残疾二级"; in tables with separate 类别 and 等级 cells each cell is its own span),
    injury/disability grades ("十级伤残", "因公七级"), and generic condition words that
    state a person's condition ("残疾" in 残疾学生/残疾人子女/残疾军人, "伤残", "带病",
    "重病", "大病", "长期患病", "慢性病", "长期卧床", "生活不能自理").  致贫原因 "因病"/"因残"
    attached to a named household is labelled.  Verbs and frames ("患", "经鉴定为",
    "属于") are outside.  Several diseases are separate spans.  "健康"/"良好" (absence of a
    condition) and 劳动能力 classifications ("无劳动能力", "弱劳动力") are NOT labelled.
    Generic document titles ("残疾人证核发公示") are not labelled.
 7. Address = a private person's home/residence/rental address that reaches 号/栋/幢/
    单元/室/组 level (Qinghai "x社" addresses are written down to 号).  The span starts at
    the first place element actually written (province, county, town or village) and
    ends at the last 号/室/组/栋/单元 character; lead-ins (住, 家住, 现住, 住址：) and
    trailing remarks ("（租住）") are outside.  A residence given only to village/社区
    level ("宋家沟乡宋家沟村") is NOT labelled; neither are addresses of offices, schools,
    hospitals, companies or 户籍所在地 given as a town/village.
 8. Wrapped values: a value broken by a hard line break, PDF line wrap, column wrap of the
    LAST column or a CSV quoted newline is ONE span from its first to its last character,
    including the line break and indentation.  Markup remnants inside a value (&nbsp;
    padding, <br>) are inside the span.  When a middle column of a fixed-width table
    wraps, so that other cells sit between the pieces, each piece is its own span of the
    same kind (pieces are validated as a chain: same display column, continuation lines).
 9. Padded names ("王　芳", "王  芳", "王&nbsp;&nbsp;芳") are one span from the first to the
    last name character, padding included.  Minority names keep their separator
    ("阿依古丽·买买提", "阿依古丽•买买提" etc.) inside one span.
10. Numbers: spaces, hyphens and full-width digits inside an ID, card or phone are inside
    the span.  A +86/86 prefix belongs to the mobile span; an area code (with its
    brackets) belongs to the landline span.  Excel prefixes (' or ="...") are outside.
11. 学籍号 "G"+18-digit ID and the 20-digit 残疾人证号 (ID + 类别 + 等级): only the
    embedded 18-character ID is labelled id_card; the "G" and the two trailing digits
    are outside (the category/level is labelled where it is written in words).
    Certificate serials that do not embed an ID (优待证编号, 低保证号, 援助案件编号) are
    not labelled: no kind exists for them.
12. Office phones, hotlines (12345, 12348, 12393, 12385), office e-mail boxes, 邮政编码,
    文号, 索引号, 统一社会信用代码 (GB 32100 valid), 案号, serial/order numbers, amounts and
    dates are NOT labelled.  A private person's home landline IS labelled (landline).
13. An e-mail whose local part is a mobile or QQ number is one email span only.
14. Company, village, township and road names containing surnames (宋家沟村, 李家沟乡,
    王家岔乡, 同江市李记水产有限公司) are not names.
15. Gender, ethnicity, age, birth date, education, school, class, occupation and employer
    are not labelled (no kind); the ID that encodes birth date is.
16. Permits: 港澳居民来往内地通行证 (H/M...) and 往来港澳通行证 (C...) are hk_macau_permit;
    台湾居民来往大陆通行证 (8 digits) and 大陆居民往来台湾通行证 (L...) are tw_permit;
    Chinese passports (E...) are passport.  A permit number is labelled even when the
    holder's name is masked (the number alone identifies).
17. Plates of private vehicles are labelled including the province character and any
    separator dot; "无" or "三轮车一辆" is not.
18. Excel-mangled numbers (1.40929E+17) are not recoverable data and are not labelled.
"""

import argparse
import datetime
import json
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------
# reference data
# ---------------------------------------------------------------------------
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

BANKS = [
    ("622848", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622202", 19, "中国工商银行"),
    ("623058", 19, "平安银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622908", 18, "兴业银行"),
    ("622588", 16, "招商银行"),
]
BANK_PREFIXES = [b[0] for b in BANKS]

COUNTIES = [
    dict(
        key="kelan",
        py="kl",
        prov="山西省",
        city="忻州市",
        name="岢岚县",
        code="140929",
        area="0350",
        post="036300",
        plate="晋H",
        ps="晋",
        court="晋0929",
        urban="岚漪镇",
        towns=[
            ("岚漪镇", []),
            ("宋家沟乡", ["宋家沟村"]),
            ("三井镇", ["三井村"]),
            ("高家会乡", ["高家会村"]),
            ("李家沟乡", ["李家沟村"]),
            ("王家岔乡", ["王家岔村"]),
            ("神堂坪乡", ["神堂坪村"]),
            ("水峪贯镇", ["水峪贯村"]),
        ],
        prof="north",
        zu="组",
    ),
    dict(
        key="congjiang",
        py="cj",
        prov="贵州省",
        city="黔东南苗族侗族自治州",
        name="从江县",
        code="522633",
        area="0855",
        post="557400",
        plate="贵H",
        ps="黔",
        court="黔2633",
        urban="丙妹镇",
        towns=[
            ("丙妹镇", ["岜沙村"]),
            ("高增乡", ["占里村", "小黄村", "高增村"]),
            ("贯洞镇", ["贯洞村"]),
            ("洛香镇", ["洛香村"]),
            ("下江镇", ["下江村"]),
            ("加榜乡", ["加榜村"]),
            ("往洞镇", ["往洞村"]),
        ],
        prof="miao_dong",
        zu="组",
    ),
    dict(
        key="fugong",
        py="fg",
        prov="云南省",
        city="怒江傈僳族自治州",
        name="福贡县",
        code="533323",
        area="0886",
        post="673400",
        plate="云Q",
        ps="云",
        court="云3323",
        urban="上帕镇",
        towns=[
            ("上帕镇", ["上帕村"]),
            ("匹河怒族乡", ["老姆登村", "知子罗村"]),
            ("石月亮乡", ["利沙底村"]),
            ("鹿马登乡", ["鹿马登村"]),
            ("架科底乡", ["架科底村"]),
            ("子里甲乡", ["子里甲村"]),
            ("马吉乡", ["马吉米村"]),
        ],
        prof="lisu",
        zu="组",
    ),
    dict(
        key="zeku",
        py="zk",
        prov="青海省",
        city="黄南藏族自治州",
        name="泽库县",
        code="632323",
        area="0973",
        post="811400",
        plate="青D",
        ps="青",
        court="青2323",
        urban="泽曲镇",
        towns=[
            ("泽曲镇", []),
            ("和日镇", ["和日村"]),
            ("宁秀镇", ["拉格日村"]),
            ("麦秀镇", ["麦秀村"]),
            ("王家乡", ["王家村"]),
            ("多禾茂乡", ["多禾茂村"]),
        ],
        prof="tibetan",
        zu="社",
    ),
    dict(
        key="tongjiang",
        py="tj",
        prov="黑龙江省",
        city="佳木斯市",
        name="同江市",
        code="230881",
        area="0454",
        post="156400",
        plate="黑D",
        ps="黑",
        court="黑0881",
        urban="同江镇",
        towns=[
            ("同江镇", []),
            ("街津口赫哲族乡", ["街津口村"]),
            ("八岔赫哲族乡", ["八岔村"]),
            ("乐业镇", ["乐业村"]),
            ("临江镇", ["临江村"]),
            ("向阳镇", ["向阳村"]),
        ],
        prof="north",
        zu="组",
    ),
    dict(
        key="shangyou",
        py="sy",
        prov="江西省",
        city="赣州市",
        name="上犹县",
        code="360724",
        area="0797",
        post="341200",
        plate="赣B",
        ps="赣",
        court="赣0724",
        urban="东山镇",
        towns=[
            ("东山镇", []),
            ("营前镇", ["营前村"]),
            ("陡水镇", ["陡水村"]),
            ("社溪镇", ["社溪村"]),
            ("寺下镇", ["寺下村"]),
            ("梅水乡", ["梅水村"]),
            ("油石乡", ["油石村"]),
        ],
        prof="south",
        zu="组",
    ),
]

OUTSIDE_AREAS = [
    "410105",
    "411323",
    "140902",
    "522601",
    "500101",
    "330106",
    "440305",
    "510107",
    "430102",
    "360702",
]
UYGHUR_AREAS = ["653101", "650102", "652801"]
YI_AREAS = ["513431", "513432"]

SUR = {
    "north": list("王李张刘赵郭高贾闫武温白郝任宋秦康杨孙马薛乔樊梁韩田曹段霍吕"),
    "south": list("刘黄钟蓝雷曾罗朱邱赖温陈李廖叶何蔡肖骆谢胡邓卢唐"),
    "miao_dong": list("吴杨石潘梁韦贾滚龙王陆蒙覃莫田欧粟"),
    "hezhe": list("尤毕葛付吴董卢"),
}
COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "慕容",
    "夏侯",
    "令狐",
    "公孙",
    "端木",
    "宇文",
    "长孙",
    "司徒",
]
RARE = list("亓厍仉冼禤逄郗隗佘晁蒯钮鄂扈咸菅佴笪")
G_M = list("伟强军磊勇杰涛斌鹏超明华亮刚平辉浩宇俊峰建国文志海林波东晓彬鑫博轩睿晨泽皓宸铭毅凯成庆忠福贵生祥")
G_F = list("芳娟敏静丽艳燕霞玲萍红梅琳婷雪慧莉娜倩欣怡萱涵悦佳琪彤颖瑶兰英秀桂凤翠莲霖诺妍")
G_OLD_M = ["建国", "德胜", "保平", "永福", "长贵", "金山", "富贵", "满仓", "来福", "根生", "有才", "双喜"]
G_OLD_F = ["秀英", "桂兰", "玉兰", "凤英", "桂芳", "秀珍", "金花", "翠莲", "淑珍", "兰英", "润梅"]
G_KID_M = ["梓轩", "浩宇", "思远", "宇航", "俊熙", "子墨", "奕辰", "沐阳", "锦程", "子豪", "睿泽"]
G_KID_F = ["子涵", "一诺", "欣怡", "雨桐", "诗涵", "若曦", "梓萱", "语嫣", "可馨", "依诺", "嘉怡"]
TIB_M = [
    "扎西",
    "多杰",
    "才让",
    "旦正",
    "尖措",
    "更登",
    "加羊",
    "才旦",
    "东主",
    "完德",
    "桑杰",
    "仁青",
    "公保",
    "角巴",
    "当周",
    "华旦",
    "万玛",
    "昂秀",
    "贡保",
    "仁增",
    "顿珠",
    "索南",
    "久美",
    "夏吾",
    "南杰",
    "官却",
]
TIB_F = [
    "卓玛",
    "拉毛",
    "周毛",
    "德吉",
    "才措",
    "拉姆",
    "卓尕",
    "措吉",
    "吉毛",
    "央金",
    "娘毛",
    "卓么",
    "李毛",
    "旦措",
]
MON_M = ["巴特尔", "孟和", "额尔敦", "那顺", "宝音", "朝鲁", "巴图", "苏和", "阿拉坦仓", "特木尔"]
MON_F = ["其其格", "乌云", "斯琴", "萨仁", "图雅", "苏日娜", "娜仁花", "高娃", "托娅", "斯琴高娃"]
UY_M = [
    "买买提",
    "艾力",
    "阿卜杜拉",
    "吐尔逊",
    "努尔麦麦提",
    "艾尔肯",
    "伊力哈木",
    "阿不都热合曼",
    "麦麦提江",
    "托合提",
    "艾则孜",
    "吾斯曼",
]
UY_F = [
    "阿依古丽",
    "古丽娜尔",
    "热依拉",
    "迪丽努尔",
    "帕提古丽",
    "努尔比亚",
    "阿依努尔",
    "布合力其汗",
    "再努尔",
    "米日古丽",
]
UY_SEP = ["·", "·", "·", "•", ".", "‧"]
YI_S = ["吉克", "阿的", "海来", "沙马", "曲比", "俄底", "阿苏", "马海", "吉伍", "阿于", "勒格", "吉木"]
YI_M = ["木呷", "曲布", "拉且", "石布", "尔古", "伍各", "日火", "阿木", "木各", "史日"]
YI_F = ["阿呷", "阿果", "么此", "阿支", "日古", "阿芝", "以莫", "伍呷"]
LISU_S = list("余李和普褚胡迪密丰熊")
LISU_M = ["新华", "付益", "海明", "志华", "阿三", "益新", "光荣", "文清", "建忠", "学文", "阿四", "益华"]
LISU_F = ["四妹", "三妹", "二妹", "大妹", "金花", "春花", "秀英", "阿妹", "玉花", "丽华", "娜妹", "益妹"]

ETH = {
    "north": "汉族",
    "south": "汉族",
    "miao_dong": None,
    "hezhe": "赫哲族",
    "lisu": None,
    "tibetan": "藏族",
    "mongol": "蒙古族",
    "uyghur": "维吾尔族",
    "yi": "彝族",
}

CHRONIC = [
    "高血压病（Ⅱ级及以上）",
    "糖尿病",
    "冠心病",
    "慢性心力衰竭",
    "脑卒中后遗症",
    "慢性阻塞性肺疾病",
    "类风湿关节炎",
    "精神分裂症",
    "双相情感障碍",
    "慢性肾功能衰竭（透析）",
    "恶性肿瘤门诊治疗",
    "肝硬化（失代偿期）",
    "帕金森病",
    "系统性红斑狼疮",
    "癫痫",
    "再生障碍性贫血",
    "活动性肺结核",
    "血友病",
    "器官移植术后抗排异治疗",
    "慢性病毒性肝炎",
    "重症肌无力",
    "强直性脊柱炎",
    "阿尔茨海默病",
    "包虫病",
]
DISEASE = [
    "尿毒症",
    "白血病",
    "脑梗死后遗症",
    "肺癌",
    "乳腺癌",
    "重度抑郁症",
    "先天性心脏病",
    "脑瘫",
    "糖尿病足",
    "股骨头坏死",
    "精神分裂症",
    "肝癌",
    "包虫病",
    "大骨节病",
    "矽肺病",
    "高血压",
    "糖尿病",
    "冠心病",
    "慢性支气管炎",
    "腰椎间盘突出症",
]
DIS_CAT = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"]
DIS_LVL = ["一级", "二级", "三级", "四级"]
INJURY = [
    "左腿胫骨骨折",
    "右手食指、中指离断",
    "颅脑损伤",
    "腰椎压缩性骨折",
    "左眼球破裂伤",
    "右股骨颈骨折",
    "多处软组织挫伤",
]
GRADE = ["十级伤残", "九级伤残", "八级伤残", "七级伤残"]
GENERIC_H = ["长期患病", "重病", "大病", "慢性病", "长期卧床", "生活不能自理"]
ROADS = ["人民路", "建设路", "文化路", "新华街", "滨河路", "迎宾路", "团结路", "和平街", "振兴路", "育才路"]
ESTATES = [
    "阳光小区",
    "幸福家园",
    "锦绣花园",
    "滨河花园",
    "安居小区",
    "和谐家园",
    "世纪新城",
    "教育小区",
    "新城佳苑",
    "康宁小区",
    "移民安置小区",
    "丽景花园",
]
FIRMS = ["正道", "明德", "恒信", "众和", "公信", "诚正", "立言", "致远"]
OTHER_SCHOOLS = [
    "太原市小店区",
    "广州市白云区",
    "东莞市长安镇",
    "杭州市萧山区",
    "深圳市宝安区",
    "西宁市城东区",
    "昆明市官渡区",
    "哈尔滨市道里区",
    "赣州市章贡区",
    "凯里市",
]
CN_NUM = "零一二三四五六七八九十"

FULLW = str.maketrans("0123456789", "０１２３４５６７８９")
HALFW = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789xX")

FILL = -1
DEBUG = False
STYLES = ["tsv", "layout", "cells", "csv", "html", "prose"]


# ---------------------------------------------------------------------------
# checksums and number generators
# ---------------------------------------------------------------------------
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def valid_id18(s):
    s = s.translate(HALFW)
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[:2] not in PROV_CODES:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2025 and valid_date(y, m, d)):
        return False
    return id_check(s[:17]) == s[17].upper()


def valid_id15(s):
    s = s.translate(HALFW)
    if not re.fullmatch(r"\d{15}", s) or s[:2] not in PROV_CODES:
        return False
    return valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def valid_bank(s):
    s = s.translate(HALFW)
    return bool(re.fullmatch(r"\d{16,19}", s)) and s[:6] in BANK_PREFIXES and luhn_ok(s)


CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def credit_code(rng, area, kind="11"):
    if rng.random() < 0.5:
        base = "".join(rng.choice("0123456789") for _ in range(8))
    else:
        base = "MA" + "".join(rng.choice(CC[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in base]
    c = 11 - sum(v * w for v, w in zip(vals, ORG_W)) % 11
    oc = base + ("X" if c == 10 else "0" if c == 11 else str(c))
    s17 = kind + area + oc
    c2 = 31 - sum(CC.index(ch) * w for ch, w in zip(s17, CC_W)) % 31
    return s17 + CC[0 if c2 == 31 else c2]


def valid_credit(s):
    if len(s) != 18 or any(ch not in CC for ch in s):
        return False
    c2 = 31 - sum(CC.index(ch) * w for ch, w in zip(s[:17], CC_W)) % 31
    return CC[0 if c2 == 31 else c2] == s[17]


def rand_date(rng, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def make_id18(rng, area, birth, sex):
    seq = rng.randint(0, 99)
    last = rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    s17 = area + birth.strftime("%Y%m%d") + "%02d%d" % (seq, last)
    return s17 + id_check(s17)


def make_id15(rng, area, birth, sex):
    last = rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    return area + birth.strftime("%y%m%d") + "%02d%d" % (rng.randint(0, 99), last)


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
]


def gen_mobile(rng):
    return rng.choice(MOB_PRE) + "".join(rng.choice("0123456789") for _ in range(8))


def gen_bank(rng):
    pre, ln, nm = rng.choice(BANKS)
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - 7))
    return body + luhn_digit(body), nm


def dirty_number(s):
    """True if s contains something that would validate as a personal number."""
    t = s.translate(HALFW)
    for i in range(len(t) - 17):
        if valid_id18(t[i : i + 18]):
            return True
    for m in re.finditer(r"\d+", t):
        g = m.group()
        for ln in range(16, 20):
            for i in range(len(g) - ln + 1):
                if valid_bank(g[i : i + ln]):
                    return True
        if re.search(r"1[3-9]\d{9}", g) and len(g) == 11:
            return True
        if len(g) == 15 and valid_id15(g):
            return True
    return False


def serial(rng, n, prefix=""):
    while True:
        s = prefix + "".join(rng.choice("0123456789") for _ in range(n))
        if not dirty_number(s):
            return s


def dw(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def cn(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def cdate(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


# ---------------------------------------------------------------------------
# rich strings: list of (char, sid); sid None = plain text, FILL = filler inside a value
# ---------------------------------------------------------------------------
def T(s):
    return [(c, None) for c in s]


def join(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i:
            out += T(sep)
        out += p
    return out


def rwidth(r):
    return sum(dw(c) for c, _ in r)


class Doc:
    def __init__(self, rng, county, fam):
        self.rng = rng
        self.c = county
        self.fam = fam
        self.kinds = {}
        self.n = 0
        self.used = []
        self.style = "tsv"
        self.body = []
        self.fw_doc = False

    def L(self, s, kind, fill_idx=()):
        self.n += 1
        sid = self.n
        self.kinds[sid] = kind
        return [(ch, FILL if i in fill_idx else sid) for i, ch in enumerate(s)]

    def Lparts(self, parts, kind):
        """parts: list of (text, is_fill)"""
        self.n += 1
        sid = self.n
        self.kinds[sid] = kind
        out = []
        for txt, isf in parts:
            out += [(ch, FILL if isf else sid) for ch in txt]
        return out

    def add(self, r):
        if isinstance(r, str):
            r = T(r)
        self.body += r

    def line(self, r=""):
        self.add(r)
        self.body += T("\n")

    # ------------------------------------------------------------------ people
    def name_ok(self, n):
        return all(n not in u and u not in n for u in self.used)

    def gen_name(self, prof=None, sex="男", surname=None, father=None, kid=False, old=False):
        rng = self.rng
        prof = prof or self.c["prof"]
        for _ in range(200):
            if prof == "uyghur":
                g = rng.choice(UY_M if sex == "男" else UY_F)
                f = father or rng.choice(UY_M)
                if f == g:
                    continue
                n = g + rng.choice(UY_SEP) + f
            elif prof == "yi":
                n = (surname or rng.choice(YI_S)) + rng.choice(YI_M if sex == "男" else YI_F)
            elif prof == "tibetan":
                a = rng.choice(TIB_M)
                if sex == "男":
                    b = rng.choice(TIB_M)
                    if a == b:
                        continue
                    n = a + b
                else:
                    n = (
                        a + rng.choice(TIB_F)
                        if rng.random() < 0.6
                        else rng.choice(TIB_F) + rng.choice("吉措毛")
                    )
            elif prof == "mongol":
                n = rng.choice(MON_M if sex == "男" else MON_F)
            elif prof == "lisu":
                n = (surname or rng.choice(LISU_S)) + rng.choice(LISU_M if sex == "男" else LISU_F)
            else:
                r = rng.random()
                if surname:
                    s = surname
                elif r < 0.035:
                    s = rng.choice(COMPOUND)
                elif r < 0.075:
                    s = rng.choice(RARE)
                else:
                    s = rng.choice(SUR.get(prof, SUR["north"]))
                if kid and rng.random() < 0.6:
                    g = rng.choice(G_KID_M if sex == "男" else G_KID_F)
                elif old and rng.random() < 0.6:
                    g = rng.choice(G_OLD_M if sex == "男" else G_OLD_F)
                else:
                    pool = G_M if sex == "男" else G_F
                    g = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")
                    if len(g) == 2 and g[0] == g[1] and rng.random() < 0.5:
                        g = g[0]
                n = s + g
            if self.name_ok(n):
                self.used.append(n)
                return n
        raise RuntimeError("name pool exhausted")

    def local_prof(self, town=None):
        rng = self.rng
        k = self.c["key"]
        r = rng.random()
        if k == "zeku":
            return "tibetan" if r < 0.82 else "mongol" if r < 0.88 else "north"
        if k == "fugong":
            return "lisu" if r < 0.75 else "south"
        if k == "tongjiang":
            if town and "赫哲" in town and r < 0.5:
                return "hezhe"
            return "north"
        if k == "shangyou":
            return "south"
        if k == "congjiang":
            return "miao_dong"
        return "north"

    def ethnic(self, prof):
        rng = self.rng
        if prof == "miao_dong":
            return rng.choice(["苗族", "侗族", "侗族", "苗族", "壮族", "瑶族", "汉族"])
        if prof == "lisu":
            return rng.choice(["傈僳族", "傈僳族", "傈僳族", "怒族"])
        if prof == "south" and self.c["key"] == "shangyou" and rng.random() < 0.08:
            return "畲族"
        return ETH.get(prof) or "汉族"

    def person(self, role="adult", prof=None, sex=None, surname=None, father=None, area=None, town=None):
        rng = self.rng
        sex = sex or rng.choice("男女")
        if prof is None:
            r = rng.random()
            prof = "uyghur" if r < 0.025 else "yi" if r < 0.05 else self.local_prof(town)
        yr = {
            "child": (2011, 2019),
            "student": (2006, 2018),
            "parent": (1976, 1993),
            "adult": (1960, 2000),
            "elder": (1936, 1962),
            "veteran": (1950, 2001),
            "juror": (1966, 1995),
        }[role]
        birth = rand_date(rng, *yr)
        if area is None:
            if prof == "uyghur":
                area = rng.choice(UYGHUR_AREAS)
            elif prof == "yi":
                area = rng.choice(YI_AREAS)
            elif rng.random() < 0.08:
                area = rng.choice(OUTSIDE_AREAS)
            else:
                area = self.c["code"]
        name = self.gen_name(
            prof, sex, surname=surname, father=father, kid=role in ("child", "student"), old=role == "elder"
        )
        idn = make_id18(rng, area, birth, sex)
        if rng.random() < 0.3 and idn[-1] == "X":
            idn = idn[:-1] + "x"
        return dict(
            name=name,
            sex=sex,
            birth=birth,
            id=idn,
            prof=prof,
            area=area,
            mobile=gen_mobile(rng),
            eth=self.ethnic(prof),
            id15=make_id15(rng, area, birth, sex) if birth.year < 2000 else None,
        )

    def official(self, sex=None):
        return self.gen_name(self.local_prof(), sex or self.rng.choice("男女"))

    # ------------------------------------------------------------------ places
    def town(self, rural=True):
        towns = self.c["towns"]
        if rural:
            cand = [t for t in towns if t[1]]
            return self.rng.choice(cand)
        return towns[0]

    def office_phone(self):
        return "%s-%d%s" % (
            self.c["area"],
            self.rng.randint(2, 8),
            "".join(self.rng.choice("0123456789") for _ in range(6)),
        )

    def office_addr(self):
        rng = self.rng
        return "%s%s%s%d号" % (self.c["name"], self.c["urban"], rng.choice(ROADS), rng.randint(1, 180))

    def home_address(self, town=None, urban=None):
        rng = self.rng
        c = self.c
        if urban is None:
            urban = rng.random() < 0.35
        pre_r = rng.random()
        if urban:
            t = c["urban"]
            est = rng.choice(ESTATES)
            b, u, r = rng.randint(1, 28), rng.randint(1, 6), rng.randint(1, 18) * 100 + rng.randint(1, 4)
            v = rng.random()
            if v < 0.3:
                tail = "%s%d号%s%d号楼%d单元%d室" % (rng.choice(ROADS), rng.randint(1, 300), est, b, u, r)
            elif v < 0.55:
                tail = "%s%d栋%d单元%d室" % (est, b, u, r)
            elif v < 0.7:
                tail = "%s%d幢%d室" % (est, b, r)
            elif v < 0.85:
                tail = "%s%d号楼%d单元" % (est, b, u)
            else:
                tail = "%s%d号" % (rng.choice(ROADS), rng.randint(1, 300))
            mid = t + tail if pre_r < 0.7 else tail
        else:
            tname, vills = town or self.town()
            if not vills:
                tname, vills = self.town()
            vil = rng.choice(vills)
            z = rng.randint(1, 12)
            if c["zu"] == "社":
                tail = "%s社%d号" % (cn(z), rng.randint(1, 80))
            else:
                v = rng.random()
                if v < 0.45:
                    tail = "%d组%d号" % (z, rng.randint(1, 99))
                elif v < 0.65:
                    tail = "%s组" % cn(z)
                elif v < 0.8:
                    tail = "第%s村民小组" % cn(z)
                elif v < 0.9:
                    tail = "%d组" % z
                else:
                    tail = "%d号" % rng.randint(1, 160)
            mid = (tname + vil + tail) if pre_r < 0.75 else vil + tail
        r = rng.random()
        if r < 0.15:
            return c["prov"] + c["city"] + c["name"] + mid
        if r < 0.5:
            return c["name"] + mid
        return mid

    # ------------------------------------------------------------------ labelled cells
    def nm(self, p_or_name, mask=False, pad=None):
        n = p_or_name if isinstance(p_or_name, str) else p_or_name["name"]
        if mask:
            return T(mask_name(self.rng, n))
        if pad is None:
            pad = (
                self.style in ("layout", "tsv", "html", "cells") and len(n) == 2 and self.rng.random() < 0.25
            )
        if pad and len(n) == 2:
            if self.style == "html":
                filler = "&nbsp;" * self.rng.choice([1, 2])
            elif self.style == "layout":
                filler = self.rng.choice(["  ", " ", "\u3000"])
            else:
                filler = self.rng.choice(["\u3000", "  "])
            return self.Lparts([(n[0], False), (filler, True), (n[1], False)], "name")
        return self.L(n, "name")

    def idc(self, p, mask=False, use15=False, allow_fmt=True):
        rng = self.rng
        s = p["id15"] if use15 and p.get("id15") else p["id"]
        kind = "id_card_15" if len(s) == 15 else "id_card"
        if mask:
            return T(mask_id(rng, s))
        out = []
        if self.style == "csv" and rng.random() < 0.35:
            if rng.random() < 0.5:
                return T("'") + self.L(s, kind)
            return T('="') + self.L(s, kind) + T('"')
        if allow_fmt:
            r = rng.random()
            if r < 0.05 and len(s) == 18:
                return self.L("%s %s %s" % (s[:6], s[6:14], s[14:]), kind)
            if r < 0.09:
                return self.L(s.translate(FULLW), kind)
        return out + self.L(s, kind)

    def mob(self, m, mask=False):
        rng = self.rng
        if isinstance(m, dict):
            m = m["mobile"]
        if mask:
            return T(m[:3] + "****" + m[7:])
        r = rng.random()
        if r < 0.06:
            s = "%s-%s-%s" % (m[:3], m[3:7], m[7:])
        elif r < 0.11:
            s = "%s %s %s" % (m[:3], m[3:7], m[7:])
        elif r < 0.14:
            s = "+86 " + m
        elif r < 0.16:
            s = "+86-" + m
        elif r < 0.21:
            s = m.translate(FULLW)
        else:
            s = m
        return self.L(s, "mobile")

    def home_landline(self):
        rng = self.rng
        num = "%d%s" % (rng.randint(2, 8), "".join(rng.choice("0123456789") for _ in range(6)))
        r = rng.random()
        a = self.c["area"]
        s = "%s-%s" % (a, num) if r < 0.6 else "(%s)%s" % (a, num) if r < 0.8 else "%s %s" % (a, num)
        return self.L(s, "landline")

    def bank(self, mask=False):
        rng = self.rng
        num, bn = gen_bank(rng)
        if mask:
            k = rng.random()
            if k < 0.5:
                return T(num[:4] + "*" * (len(num) - 8) + num[-4:]), bn
            return T(num[:6] + "******" + num[-4:]), bn
        if self.style == "csv" and rng.random() < 0.3:
            return T("'") + self.L(num, "bank_card"), bn
        if rng.random() < 0.15:
            s = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        elif rng.random() < 0.05:
            s = num.translate(FULLW)
        else:
            s = num
        return self.L(s, "bank_card"), bn

    def addr(self, town=None, urban=None, mask=False):
        a = self.home_address(town, urban)
        if mask:
            # keep the village, drop the house number
            m = re.match(r"(.*?(?:村|小区|花园|家园|新城|佳苑|路|街))", a)
            return T((m.group(1) if m else a[:6]) + "***")
        if self.style == "html" and len(a) > 14 and self.rng.random() < 0.3:
            k = self.rng.randint(5, len(a) - 4)
            return self.Lparts([(a[:k], False), ("<br>", True), (a[k:], False)], "address")
        if self.style in ("csv", "cells") and len(a) > 12 and self.rng.random() < 0.2:
            k = self.rng.randint(5, len(a) - 4)
            return self.Lparts([(a[:k], False), ("\n", True), (a[k:], False)], "address")
        return self.L(a, "address")

    def health(self, s):
        return self.L(s, "health")

    def plate(self):
        rng = self.rng
        p = self.c["plate"]
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if rng.random() < 0.2:
            tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(rng.choice(al + "0123456789" * 3) for _ in range(5))
        return self.L(p + rng.choice(["", "·", "·", " "]) + tail, "license_plate")

    def email(self):
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            local = str(rng.randint(10000000, 3999999999))
            dom = "qq.com"
        elif r < 0.5:
            local = gen_mobile(rng)
            dom = rng.choice(["163.com", "139.com"])
        else:
            local = (
                rng.choice(
                    [
                        "zhang",
                        "wang",
                        "li",
                        "liu",
                        "chen",
                        "yang",
                        "zhao",
                        "wu",
                        "zhaxi",
                        "zhuoma",
                        "ayguli",
                        "jike",
                        "huang",
                        "zhong",
                    ]
                )
                + rng.choice(["", "_", "."])
                + str(rng.randint(1, 2005))
            )
            dom = rng.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com"])
        return self.L(local + "@" + dom, "email")


def mask_name(rng, n):
    if "·" in n or "•" in n or "." in n or "‧" in n:
        return n[:2] + "**"
    if n[:2] in COMPOUND:
        return n[:2] + "*" * (len(n) - 2)
    r = rng.random()
    if r < 0.5:
        return n[0] + "*" * (len(n) - 1)
    if r < 0.75:
        return n[0] + "某"
    if r < 0.9:
        return n[0] + "某某"
    return n[0] + "*" + n[-1] if len(n) == 3 else n[0] + "*"


def mask_id(rng, s):
    r = rng.random()
    if len(s) == 15:
        return s[:6] + "******" + s[12:]
    if r < 0.45:
        return s[:6] + "********" + s[14:]
    if r < 0.7:
        return s[:4] + "**********" + s[14:]
    if r < 0.85:
        return s[:10] + "********"
    return s[:3] + "*" * 11 + s[14:]


# ---------------------------------------------------------------------------
# table renderers
# ---------------------------------------------------------------------------
def wrap_cell(cell, w):
    lines = [[]]
    cur = 0
    for ch in cell:
        x = dw(ch[0])
        if cur + x > w and lines[-1]:
            lines.append([])
            cur = 0
        lines[-1].append(ch)
        cur += x
    return lines


def render(d, headers, rows, caps=None, header=True):
    st = d.style
    rng = d.rng
    out = []
    hdr = [T(h) for h in headers]
    if d.fw_doc:
        rows = [[[(ch.translate(FULLW), s) for ch, s in cell] for cell in r] for r in rows]
    if st == "tsv":
        if header:
            out += join(hdr, "\t") + T("\n")
        for r in rows:
            out += join(r, "\t") + T("\n")
    elif st == "csv":
        allq = rng.random() < 0.5

        def q(cell):
            txt = "".join(c for c, _ in cell)
            need = allq or any(x in txt for x in ',"\n')
            res = []
            for ch in cell:
                res.append(ch)
                if ch[0] == '"':
                    res.append(('"', None))
            return T('"') + res + T('"') if need else res

        if header:
            out += join([q(h) for h in hdr], ",") + T("\n")
        for r in rows:
            out += join([q(c) for c in r], ",") + T("\n")
    elif st == "cells":
        if header:
            for h in hdr:
                out += h + T("\n")
        for r in rows:
            for c in r:
                out += c + T("\n")
    elif st == "html":
        tags = rng.random() < 0.4
        sep = rng.choice(["&nbsp;&nbsp;", "&nbsp; ", " &nbsp;"])
        allr = ([hdr] if header else []) + rows
        for r in allr:
            if tags:
                out += T("<tr><td>") + join(r, "</td><td>") + T("</td></tr>\n")
            else:
                out += join(r, sep) + T("\n")
    elif st == "layout":
        caps = caps or [None] * len(headers)
        allr = ([hdr] if header else []) + rows
        widths = []
        for i in range(len(headers)):
            m = max(rwidth(r[i]) for r in allr)
            widths.append(min(m, caps[i]) if caps[i] else m)
        gap = rng.choice([2, 2, 3, 4])
        for r in allr:
            wr = [wrap_cell(r[i], widths[i]) if rwidth(r[i]) > widths[i] else [r[i]] for i in range(len(r))]
            h = max(len(x) for x in wr)
            for k in range(h):
                line = []
                for i in range(len(r)):
                    seg = wr[i][k] if k < len(wr[i]) else []
                    line += seg
                    if i < len(r) - 1:
                        line += T(" " * (widths[i] - rwidth(seg) + gap))
                while line and line[-1][0] == " " and line[-1][1] is None:
                    line.pop()
                out += line + T("\n")
    else:  # prose
        v = rng.randint(0, 2)
        for i, r in enumerate(rows):
            parts = [T(h + "：") + c for h, c in zip(headers, r) if c and h != "序号"]
            if v == 0:
                out += T("%d. " % (i + 1)) + join(parts, "，") + T("。\n")
            elif v == 1:
                out += T("（%s）" % cn(i + 1)) + join(parts, "；") + T("。\n")
            else:
                for p in parts:
                    out += p + T("\n")
                out += T("\n")
    return out


def hardwrap(chars, width):
    out = []
    col = 0
    for ch in chars:
        if ch[0] == "\n":
            col = 0
            out.append(ch)
            continue
        if col >= width:
            out.append(("\n", None))
            col = 0
        out.append(ch)
        col += 1
    return out


def finalize(d):
    chars = d.body
    if d.fw_doc:
        chars = [(c.translate(FULLW), s) for c, s in chars]
    text = "".join(c for c, _ in chars)
    pos = {}
    for i, (c, s) in enumerate(chars):
        if s is not None and s > 0:
            pos.setdefault(s, []).append(i)
    spans = []
    for s in sorted(pos):
        ps = pos[s]
        start = prev = ps[0]
        for p in ps[1:]:
            if p != prev + 1:
                split = False
                for q in range(prev + 1, p):
                    cq, sq = chars[q]
                    if (sq is not None and sq != FILL) or (sq is None and not cq.isspace()):
                        split = True
                        break
                if split:
                    spans.append((start, prev + 1, d.kinds[s]))
                    start = p
            prev = p
        spans.append((start, prev + 1, d.kinds[s]))
    spans.sort()
    return {"type": d.fam, "text": text, "spans": [{"kind": k, "start": a, "end": b} for a, b, k in spans]}


# ---------------------------------------------------------------------------
# shared document frame
# ---------------------------------------------------------------------------
def pick_style(d, weights):
    d.style = d.rng.choices(STYLES, weights=weights)[0]


def frame_head(d, title, org, doc_no=None):
    rng = d.rng
    c = d.c
    if rng.random() < 0.55:
        cc = credit_code(rng, c["code"], rng.choice(["11", "12"]))
        d.line("索引号：%s/%d-%05d" % (cc, rng.choice([2023, 2024, 2025]), rng.randint(1, 3000)))
        d.line("发布机构：%s" % org)
        if rng.random() < 0.5:
            d.line("统一社会信用代码：%s" % cc)
    d.line(title)
    if doc_no:
        d.line(doc_no)
    d.line()


def frame_foot(d, org, date):
    rng = d.rng
    c = d.c
    end = date + datetime.timedelta(days=rng.choice([5, 7, 10]))
    d.line()
    d.line(
        "公示期：%s至%s。公示期内如有异议，请以书面形式向%s反映，反映情况须署真实姓名。"
        % (cdate(date), cdate(end), org)
    )
    hot = rng.choice(["12345", "12348", "12393", "12385", None])
    tel = d.office_phone()
    d.line("监督电话：%s%s" % (tel, "；政务服务便民热线：%s" % hot if hot else ""))
    if rng.random() < 0.6:
        d.line("联系地址：%s  邮政编码：%s" % (d.office_addr(), c["post"]))
    if rng.random() < 0.4:
        d.line(
            "电子邮箱：%s%s@%s"
            % (
                c["py"],
                rng.choice(["jyj", "ybj", "cl", "sfj", "mzj", "zjj", "tyjrj"]),
                rng.choice(["163.com", "126.com"]),
            )
        )
    d.line()
    d.line(org)
    d.line(cdate(date))


def docno(d, abbr, year):
    return "%s〔%d〕%d号" % (abbr, year, d.rng.randint(1, 120))


# ---------------------------------------------------------------------------
# families
# ---------------------------------------------------------------------------
def fam_enroll(d):
    rng, c = d.rng, d.c
    pick_style(d, [3, 3, 2, 2, 2, 2])
    town = d.town()
    r = rng.random()
    if r < 0.5:
        school = c["name"] + rng.choice(["第一小学", "第二小学", "实验小学", "第三小学"])
    elif r < 0.75:
        school = town[0] + rng.choice(["中心小学", "中心学校", "九年一贯制学校"])
    else:
        school = c["name"] + rng.choice(["第一初级中学", "第二中学", "民族中学"])
    transfer = rng.random() < 0.6
    year = rng.choice([2023, 2024, 2025])
    date = datetime.date(year, rng.choice([7, 8, 9]), rng.randint(1, 28))
    title = "%s%d年秋季学期%s名单公示" % (
        school,
        year,
        "转入学生" if transfer else "一年级新生入学资格审核结果",
    )
    frame_head(d, title, school)
    d.line(
        "根据%s教育局义务教育招生入学工作方案，经审核，以下学生符合%s条件，现予以公示。"
        % (c["name"], "转学" if transfer else "入学")
    )
    mask_nm = rng.random() < 0.08
    mask_id = mask_nm or rng.random() < 0.4
    mask_ph = mask_nm or rng.random() < 0.4
    show_addr = rng.random() < 0.65
    show_ph = rng.random() < 0.75
    headers = [
        "序号",
        "学生姓名",
        "性别",
        "证件类型",
        "证件号码",
        "年级" if transfer else "入学类别",
        "原就读学校" if transfer else "户籍所在地",
        "监护人",
        "关系",
    ]
    if show_ph:
        headers.append("联系电话")
    if show_addr:
        headers.append("居住地址")
    rows = []
    for i in range(rng.randint(5, 12)):
        r = rng.random()
        prof = "uyghur" if r < 0.04 else "yi" if r < 0.06 else d.local_prof(town[0])
        guardian_is_father = rng.random() < 0.65
        fsex = "男" if guardian_is_father else "女"
        g = d.person("parent", prof=prof, sex=fsex if rng.random() < 0.9 else None)
        sex = rng.choice("男女")
        if prof in ("north", "south", "miao_dong", "hezhe") and g["sex"] == "男":
            sur = g["name"][:2] if g["name"][:2] in COMPOUND else g["name"][0]
            s = d.person("child", prof=prof, sex=sex, surname=sur, area=g["area"])
        elif prof == "uyghur" and g["sex"] == "男":
            s = d.person("child", prof=prof, sex=sex, father=re.split("[·•.‧]", g["name"])[0], area=g["area"])
        else:
            s = d.person("child", prof=prof, sex=sex, area=g["area"])
        rel = ("父" if g["sex"] == "男" else "母") + ("子" if sex == "男" else "女")
        k = rng.random()
        if k < 0.05:
            ctype, num = "港澳居民来往内地通行证", d.L(rng.choice("HM") + serial(rng, 8), "hk_macau_permit")
        elif k < 0.08:
            ctype, num = "台湾居民来往大陆通行证", d.L(serial(rng, 7, rng.choice(["0", "1"])), "tw_permit")
        elif k < 0.11:
            ctype, num = "护照", d.L("E" + serial(rng, 8), "passport")
        elif k < 0.3 and not mask_id:
            ctype, num = "全国学籍号", T("G") + d.L(s["id"], "id_card")
        else:
            ctype, num = "居民身份证", d.idc(s, mask=mask_id)
        if mask_id and ctype not in ("居民身份证",):
            txt = "".join(ch for ch, _ in num)
            num = T(txt[:3] + "****" + txt[-2:])
        row = [
            T(str(i + 1)),
            d.nm(s, mask_nm),
            T(sex),
            T(ctype),
            num,
            T(
                rng.choice(
                    ["七年级", "八年级", "九年级"]
                    if "中学" in school
                    else ["二年级", "三年级", "四年级", "五年级", "六年级"]
                )
                if transfer
                else rng.choice(["户籍生", "随迁子女", "房产户籍一致", "政策照顾"])
            ),
            T(
                rng.choice(OTHER_SCHOOLS) + rng.choice(["第二小学", "实验学校", "第五中学"])
                if transfer
                else c["name"] + town[0] + rng.choice(town[1])
            ),
            d.nm(g, mask_nm),
            T(rel),
        ]
        if show_ph:
            row.append(d.mob(g, mask_ph))
        if show_addr:
            row.append(d.addr(town, mask=mask_nm))
        rows.append(row)
    caps = [None] * len(headers)
    if show_addr:
        caps[-1] = rng.choice([20, 24, 28])
    caps[6] = rng.choice([None, 16, 20])
    d.add(render(d, headers, rows, caps))
    if rng.random() < 0.4:
        d.line(
            "注：学生证件号码、监护人联系电话已按规定作隐藏处理。"
            if mask_id
            else "注：对公示名单有异议的，可向学校教务处反映。"
        )
    frame_foot(d, school, date)


def aid_reason(d, identifiable):
    rng = d.rng
    H = (lambda s: d.health(s)) if identifiable else (lambda s: T(s))
    r = rng.random()
    if r < 0.18:
        return T("脱贫户（防返贫监测户）")
    if r < 0.32:
        return T("城乡低保家庭")
    if r < 0.38:
        return T("特困供养人员")
    if r < 0.43:
        return T("孤儿")
    if r < 0.55:
        return H("残疾") + T("学生（") + H(rng.choice(DIS_CAT) + "残疾" + rng.choice(DIS_LVL)) + T("）")
    if r < 0.65:
        return (
            H("残疾") + T("人子女（%s）" % rng.choice(["父亲", "母亲"]))
            if rng.random() < 0.5
            else T(rng.choice(["父亲", "母亲"]) + "为")
            + H(rng.choice(DIS_CAT) + "残疾" + rng.choice(DIS_LVL))
        )
    if r < 0.8:
        return (
            T(rng.choice(["父亲", "母亲", "祖父", "哥哥"]) + "患")
            + H(rng.choice(DISEASE))
            + T(rng.choice(["，医疗支出大", "，家庭负担重", ""]))
        )
    if r < 0.87:
        return T("家庭成员") + H(rng.choice(["长期患病", "重病", "大病"]))
    if r < 0.94:
        return T("单亲家庭，收入低")
    return T("家庭遭受重大自然灾害")


def fam_aid(d):
    rng, c = d.rng, d.c
    pick_style(d, [3, 3, 2, 2, 2, 1])
    town = d.town()
    school = rng.choice(
        [
            c["name"] + "第一中学",
            c["name"] + "民族中学",
            c["name"] + "职业中学",
            town[0] + "中心学校",
            c["name"] + "第二小学",
        ]
    )
    year = rng.choice([2023, 2024, 2025])
    date = datetime.date(year, rng.choice([9, 10, 11]), rng.randint(1, 28))
    frame_head(d, "%s%d—%d学年家庭经济困难学生认定结果公示" % (school, year, year + 1), school)
    d.line(
        "根据学生资助工作有关规定，经学生申请、班级评议小组评议、学校审核，认定以下学生为家庭经济困难学生，现予公示。"
    )
    mask_nm = rng.random() < 0.12
    show_id = rng.random() < 0.3
    mask_id = mask_nm or rng.random() < 0.6
    show_guard = rng.random() < 0.35
    headers = ["序号", "姓名", "性别", "年级", "班级", "认定档次", "认定依据"]
    if show_id:
        headers.insert(3, "身份证号")
    if show_guard:
        headers.append("监护人")
    rows = []
    for i in range(rng.randint(6, 15)):
        s = d.person("student", town=town[0])
        row = [T(str(i + 1)), d.nm(s, mask_nm), T(s["sex"])]
        if show_id:
            row.append(d.idc(s, mask_id))
        row += [
            T(
                rng.choice(
                    ["一年级", "二年级", "三年级", "七年级", "八年级", "九年级", "高一", "高二", "高三"]
                )
            ),
            T("%d班" % rng.randint(1, 12)),
            T(rng.choice(["特别困难", "比较困难", "一般困难"])),
            aid_reason(d, identifiable=not mask_nm),
        ]
        if show_guard:
            g = d.person(
                "parent", prof=s["prof"] if s["prof"] in ("tibetan", "lisu", "mongol", "yi") else None
            )
            row.append(d.nm(g, mask_nm))
        rows.append(row)
    caps = [None] * len(headers)
    caps[headers.index("认定依据")] = rng.choice([14, 18, 22])
    d.add(render(d, headers, rows, caps))
    frame_foot(d, school, date)


def fam_chronic(d):
    rng, c = d.rng, d.c
    pick_style(d, [3, 3, 2, 2, 2, 2])
    org = c["name"] + "医疗保障局"
    year = rng.choice([2023, 2024, 2025])
    date = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    frame_head(
        d,
        "%s关于%d年第%s批城乡居民门诊慢特病待遇认定结果的公示" % (org, year, cn(rng.randint(1, 6))),
        org,
        docno(d, c["name"][:2] + "医保发", year) if rng.random() < 0.4 else None,
    )
    d.line("经定点医疗机构初审、专家评审，以下参保人员符合门诊慢特病待遇认定条件，现将名单予以公示：")
    mask_nm = rng.random() < 0.15
    mask_id = mask_nm or rng.random() < 0.55
    show_vil = rng.random() < 0.6
    show_ph = rng.random() < 0.2
    headers = (
        ["序号", "姓名", "性别", "身份证号码"]
        + (["所在乡镇（村）"] if show_vil else [])
        + ["认定病种", "认定医院", "待遇起始日期"]
        + (["联系电话"] if show_ph else [])
    )
    rows = []
    for i in range(rng.randint(6, 15)):
        t = d.town()
        p = d.person(rng.choice(["adult", "elder", "elder"]), town=t[0])
        ident = not mask_nm or (show_ph and not mask_id)
        row = [T(str(i + 1)), d.nm(p, mask_nm), T(p["sex"]), d.idc(p, mask_id)]
        ident = ident or not mask_id
        if show_vil:
            row.append(T(t[0] + rng.choice(t[1])))
        dz = rng.sample(CHRONIC, rng.choice([1, 1, 1, 2]))
        H = d.health if ident else T
        row.append(join([H(z) for z in dz], rng.choice(["；", "、", "，"])))
        row.append(T(rng.choice([c["name"] + "人民医院", c["name"] + "中医医院", t[0] + "卫生院"])))
        row.append(
            T(
                rng.choice(
                    ["%d-%02d-01" % (year, rng.randint(1, 12)), "%d年%d月1日" % (year, rng.randint(1, 12))]
                )
            )
        )
        if show_ph:
            row.append(d.mob(p, mask_id))
        rows.append(row)
    caps = [None] * len(headers)
    caps[headers.index("认定病种")] = rng.choice([12, 16, 20])
    d.add(render(d, headers, rows, caps))
    frame_foot(d, org, date)


def fam_disab(d):
    rng, c = d.rng, d.c
    pick_style(d, [3, 3, 2, 2, 2, 3])
    org = c["name"] + "残疾人联合会"
    year = rng.choice([2023, 2024, 2025])
    date = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    frame_head(d, "%s%d年第%s批残疾人证核发（换领）名单公示" % (org, year, cn(rng.randint(1, 8))), org)
    d.line(
        "根据《中华人民共和国残疾人证管理办法》，经本人申请、评定机构评定、乡镇审核，现将拟核发、换领第二代残疾人证人员名单公示如下："
    )
    mask_nm = rng.random() < 0.1
    sep_cols = rng.random() < 0.5
    show_addr = rng.random() < 0.65
    show_ph = rng.random() < 0.3
    headers = (
        ["序号", "姓名", "性别", "残疾人证号"]
        + (["残疾类别", "残疾等级"] if sep_cols else ["残疾类别及等级"])
        + ["办证类型"]
        + (["联系电话"] if show_ph else [])
        + (["住址"] if show_addr else [])
    )
    rows = []
    for i in range(rng.randint(5, 12)):
        t = d.town()
        p = d.person(rng.choice(["adult", "elder", "student"]), town=t[0])
        cat = rng.randint(1, 7)
        lv = rng.randint(1, 4)
        if mask_nm:
            cert = T(p["id"][:6] + "********" + p["id"][14:] + "%d%d" % (cat, lv))
        else:
            cert = d.L(p["id"], "id_card") + T("%d%d" % (cat, lv))
        H = T if mask_nm else d.health
        row = [T(str(i + 1)), d.nm(p, mask_nm), T(p["sex"]), cert]
        if sep_cols:
            row += [H(DIS_CAT[cat - 1] + ("残疾" if rng.random() < 0.7 else "")), H(DIS_LVL[lv - 1])]
        else:
            row.append(H(DIS_CAT[cat - 1] + "残疾" + DIS_LVL[lv - 1]))
        row.append(T(rng.choice(["新办", "换领", "换领", "补办", "迁入"])))
        if show_ph:
            row.append(d.mob(p, mask_nm))
        if show_addr:
            row.append(d.addr(t, mask=mask_nm))
        rows.append(row)
    caps = [None] * len(headers)
    if show_addr:
        caps[-1] = rng.choice([18, 22, 26])
    d.add(render(d, headers, rows, caps))
    frame_foot(d, org, date)


def fam_veteran(d):
    rng, c = d.rng, d.c
    pick_style(d, [3, 3, 2, 2, 2, 1])
    org = c["name"] + "退役军人事务局"
    year = rng.choice([2023, 2024, 2025])
    date = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    frame_head(
        d,
        "%s关于第%s批退役军人和其他优抚对象优待证发放名单的公示" % (org, cn(rng.randint(1, 9))),
        org,
        docno(d, c["name"][:2] + "退役军人发", year) if rng.random() < 0.4 else None,
    )
    mask_nm = rng.random() < 0.08
    mask_id = mask_nm or rng.random() < 0.65
    show_id = rng.random() < 0.7
    headers = (
        ["序号", "姓名", "性别"]
        + (["身份证号"] if show_id else [])
        + ["所在乡镇", "所在村（社区）", "优抚类别", "优待证编号", "备注"]
    )
    rows = []
    for i in range(rng.randint(6, 14)):
        t = d.town(rural=rng.random() < 0.7)
        if not t[1]:
            vil = T(rng.choice(["城关社区", "滨河社区", "新城社区"]))
        else:
            vil = T(rng.choice(t[1]))
        p = d.person("veteran", sex="男" if rng.random() < 0.93 else "女", town=t[0])
        H = T if mask_nm else d.health
        k = rng.random()
        note = T("")
        if k < 0.6:
            cat = T("退役士兵")
        elif k < 0.75:
            cat = H("残疾") + T("军人")
            note = H(
                rng.choice(["因战", "因公", "因病"])
                + rng.choice(["五级", "六级", "七级", "八级", "九级", "十级"])
            )
        elif k < 0.82:
            cat = H("带病") + T("回乡退伍军人")
        elif k < 0.9:
            cat = T(rng.choice(["烈士遗属", "因公牺牲军人遗属", "病故军人遗属"]))
        else:
            cat = T("参战退役人员")
        row = [T(str(i + 1)), d.nm(p, mask_nm), T(p["sex"])]
        if show_id:
            use15 = p["birth"].year < 1970 and rng.random() < 0.3 and not mask_id
            row.append(d.idc(p, mask_id, use15=use15))
        row += [T(t[0]), vil, cat, T(c["ps"] + serial(rng, 7, c["code"][2:] + str(year))), note]
        rows.append(row)
    d.add(render(d, headers, rows))
    frame_foot(d, org, date)


def fam_legalaid(d):
    rng, c = d.rng, d.c
    pick_style(d, [2, 2, 0, 0, 0, 6])
    org = c["name"] + "法律援助中心"
    year = rng.choice([2023, 2024, 2025])
    month = rng.randint(1, 12)
    date = datetime.date(year, month, rng.randint(1, 28))
    frame_head(d, "%s%d年%d月法律援助案件指派情况公示" % (org, year, month), org)
    ps = c["prov"].rstrip("省")
    firm = [ps + rng.choice(FIRMS) + "律师事务所", ps + rng.choice(FIRMS) + "律师事务所", org]
    lawyers = [d.official() for _ in range(3)]
    cases = []
    for i in range(rng.randint(3, 6)):
        t = d.town()
        r = rng.random()
        prof = "uyghur" if r < 0.1 else "yi" if r < 0.2 else None
        p = d.person("adult", prof=prof, town=t[0])
        cases.append((t, p))
    if d.style == "prose":
        hw = rng.random() < 0.3
        start = len(d.body)
        for i, (t, p) in enumerate(cases):
            d.line("案件编号：%s法援〔%d〕第%d号" % (c["name"][:2], year, rng.randint(1, 300)))
            mask = rng.random() < 0.15
            d.add(rng.choice(["受援人：", "受援人：", "申请人：", "受援人（当事人）："]))
            d.add(d.nm(p, mask))
            d.add("，%s，%s，%d年%d月出生" % (p["sex"], p["eth"], p["birth"].year, p["birth"].month))
            if not mask and rng.random() < 0.7:
                d.add("，公民身份号码：")
                d.add(d.idc(p))
            if not mask and rng.random() < 0.7:
                d.add("，住")
                d.add(d.addr(t))
            if rng.random() < 0.6:
                d.add("，联系电话：")
                d.add(d.mob(p, mask))
            d.line("。")
            kind = rng.random()
            lw = rng.randrange(3)
            if kind < 0.35:
                co = "%s%s记%s有限公司" % (
                    c["name"],
                    rng.choice(SUR["north"] + SUR["south"]),
                    rng.choice(["建筑劳务", "水产", "商贸", "农牧", "矿业"]),
                )
                d.line(
                    "案由：追索劳动报酬。对方当事人：%s（统一社会信用代码：%s）。"
                    % (co, credit_code(rng, c["code"], "91"))
                )
            elif kind < 0.6:
                q = d.person("adult", town=t[0])
                d.add("案由：机动车交通事故责任纠纷。")
                if not mask:
                    d.add("事故致受援人")
                    d.add(d.health(rng.choice(INJURY)))
                    d.add("，经司法鉴定构成")
                    d.add(d.health(rng.choice(GRADE)))
                    d.add("。")
                d.add("对方当事人：")
                m2 = rng.random() < 0.4
                d.add(d.nm(q, m2))
                if not m2 and rng.random() < 0.4:
                    d.add("（驾驶")
                    d.add(d.plate())
                    d.add("号小型轿车）")
                d.line("。")
            elif kind < 0.8:
                q = d.person(
                    "adult",
                    town=t[0],
                    sex="男" if p["sex"] == "女" else "女",
                    prof=p["prof"] if p["prof"] in ("tibetan", "lisu", "uyghur", "yi") else None,
                )
                d.add("案由：离婚纠纷（含子女抚养）。对方当事人：")
                d.add(d.nm(q, rng.random() < 0.4))
                d.line("。")
            else:
                d.line(
                    "案由：涉嫌盗窃罪刑事辩护（通知辩护），案号：（%d）%s刑初%d号。"
                    % (year, c["court"], rng.randint(1, 400))
                )
            d.line(
                "承办单位：%s；承办人：%s律师；指派日期：%d年%d月%d日。"
                % (firm[lw], lawyers[lw], year, month, rng.randint(1, 28))
            )
            d.line()
        if hw:
            d.body = d.body[:start] + hardwrap(d.body[start:], rng.choice([30, 36, 42]))
    else:
        headers = ["序号", "受援人", "案由", "承办单位", "承办人", "指派日期"]
        rows = []
        for i, (t, p) in enumerate(cases):
            lw = rng.randrange(3)
            rows.append(
                [
                    T(str(i + 1)),
                    d.nm(p, rng.random() < 0.2),
                    T(
                        rng.choice(
                            [
                                "追索劳动报酬",
                                "离婚纠纷",
                                "机动车交通事故责任纠纷",
                                "赡养纠纷",
                                "工伤保险待遇纠纷",
                                "刑事辩护",
                            ]
                        )
                    ),
                    T(firm[lw]),
                    T(lawyers[lw]),
                    T("%d.%d.%d" % (year, month, rng.randint(1, 28))),
                ]
            )
        d.add(render(d, headers, rows, [None, None, None, rng.choice([None, 12]), None, None]))
    d.line("法律援助咨询电话：12348")
    frame_foot(d, c["name"] + "司法局", date)


def fam_juror(d):
    rng, c = d.rng, d.c
    pick_style(d, [2, 3, 2, 1, 2, 2])
    year = rng.choice([2023, 2024, 2025])
    date = datetime.date(year, rng.randint(3, 11), rng.randint(1, 28))
    org = c["name"] + "司法局"
    frame_head(
        d,
        "%s %s人民法院\n关于%s人民陪审员拟任人选名单的公示" % (org, c["name"], c["name"]),
        org,
        docno(d, c["name"][:2] + "司发", year) if rng.random() < 0.6 else None,
    )
    d.line(
        "根据《中华人民共和国人民陪审员法》《人民陪审员选任办法》有关规定，经随机抽选、个人申请和组织推荐、"
        "资格审查，%s人民法院院长提请县人民代表大会常务委员会任命前，现将%s名人民陪审员拟任人选予以公示。"
        % (c["name"], "{N}")
    )
    n = rng.randint(5, 15)
    d.body = [(ch, s) for ch, s in d.body]
    # replace placeholder
    txt = "".join(ch for ch, _ in d.body)
    k = txt.rfind("{N}")
    d.body = d.body[:k] + T(str(n)) + d.body[k + 3 :]
    extra = rng.random() < 0.2
    headers = (
        ["序号", "姓名", "性别", "民族", "出生年月", "文化程度", "工作单位及职务"]
        + (["身份证号", "家庭住址"] if extra else [])
        + ["产生方式"]
    )
    rows = []
    for i in range(n):
        t = d.town()
        p = d.person("juror", town=t[0])
        job = rng.choice(
            [
                "%s%s村民" % (t[0], rng.choice(t[1])),
                "%s%s卫生院医生" % ("", t[0]),
                "%s第一小学教师" % c["name"],
                "%s%s村党支部书记" % (t[0], rng.choice(t[1])),
                "个体工商户",
                "%s供电公司职工" % c["name"],
                "%s农业农村局干部" % c["name"],
            ]
        )
        row = [
            T(str(i + 1)),
            d.nm(p),
            T(p["sex"]),
            T(p["eth"]),
            T("%d.%02d" % (p["birth"].year, p["birth"].month)),
            T(rng.choice(["大学本科", "大专", "高中", "中专", "初中"])),
            T(job),
        ]
        if extra:
            row += [d.idc(p), d.addr(t)]
        row.append(T(rng.choice(["随机抽选", "随机抽选", "个人申请", "组织推荐"])))
        rows.append(row)
    caps = [None] * len(headers)
    caps[6] = rng.choice([None, 14, 18])
    d.add(render(d, headers, rows, caps))
    d.line(
        "公示对象如有不符合担任人民陪审员条件情形的，请于公示期内向%s政治处或%s反映。"
        % (c["name"] + "人民法院", org)
    )
    frame_foot(d, org, date)


def fam_grid(d):
    rng, c = d.rng, d.c
    d.style = "prose"
    urban_grid = rng.random() < 0.55
    if urban_grid:
        comm = c["urban"] + rng.choice(["城关", "东关", "新城", "滨河", "南街", "北关"]) + "社区"
        gtown = None
    else:
        gtown = d.town()
        comm = gtown[0] + rng.choice(gtown[1])
    year = rng.choice([2023, 2024, 2025])
    d.line("%s网格员入户走访记录" % comm)
    start = len(d.body)
    hw = rng.random() < 0.25
    for v in range(rng.randint(2, 4)):
        urban = urban_grid
        t = gtown
        gw = d.official()
        p = d.person(rng.choice(["adult", "elder", "elder"]), town=t[0] if t else None)
        dt = rand_date(rng, year, year)
        d.line(
            "走访日期：%s    网格编号：%s-%02d    网格员：%s" % (cdate(dt), c["code"], rng.randint(1, 30), gw)
        )
        d.add("走访对象：")
        d.add(d.nm(p))
        d.line("（户主）  性别：%s  年龄：%d岁" % (p["sex"], year - p["birth"].year))
        if rng.random() < 0.6:
            d.add("身份证号：")
            d.add(d.idc(p, use15=p["birth"].year < 1965 and rng.random() < 0.3))
            d.line()
        d.add("住址：")
        d.add(d.addr(t, urban=urban))
        d.line()
        d.add("联系电话：")
        if rng.random() < 0.25:
            d.add(d.home_landline())
            d.add("（座机）；")
        d.add(d.mob(p))
        d.line()
        fam = []
        for rel in rng.sample(["配偶", "儿子", "女儿", "孙子", "孙女"], rng.randint(0, 3)):
            qsex = (
                ("女" if p["sex"] == "男" else "男")
                if rel == "配偶"
                else "男"
                if rel in ("儿子", "孙子")
                else "女"
            )
            qprof = p["prof"] if p["prof"] not in ("uyghur", "yi") else None
            sur = None
            if rel != "配偶" and p["sex"] == "男" and p["prof"] in ("north", "south", "miao_dong", "hezhe"):
                sur = p["name"][:2] if p["name"][:2] in COMPOUND else p["name"][0]
            q = d.person("child" if rel in ("孙子", "孙女") else "adult", prof=qprof, sex=qsex, surname=sur)
            part = T(rel) + d.nm(q)
            x = rng.random()
            if x < 0.25:
                part += T("（在外务工，电话") + d.mob(q) + T("）")
            elif x < 0.35:
                part += T("（") + d.health(rng.choice(DISEASE)) + T("）")
            elif x < 0.42:
                part += T("（邮箱") + d.email() + T("）")
            fam.append(part)
        if fam:
            d.line(T("家庭成员：") + join(fam, "，"))
        d.add("走访情况：")
        opts = rng.sample(range(9), rng.randint(2, 4))
        for o in opts:
            if o == 0:
                d.add("户主")
                d.add(d.nm(p))
                d.add("患有")
                d.add(d.health(rng.choice(DISEASE)))
                d.add("，需长期服药；")
            elif o == 1:
                d.add("家中有")
                d.add(d.health(rng.choice(DIS_CAT) + "残疾" + rng.choice(DIS_LVL)))
                d.add("成员，已落实两项补贴；")
            elif o == 2:
                d.add("家庭自有车辆")
                d.add(d.plate())
                d.add("，已登记；")
            elif o == 3:
                q = d.person("adult", prof=rng.choice(["north", "south"]))
                m = rng.random() < 0.5
                if rng.random() < 0.5:
                    d.add("出租房屋一间，租户")
                    d.add(d.nm(q, m))
                    d.add("系香港居民，持港澳居民来往内地通行证（")
                    d.add(d.L(rng.choice("HM") + serial(rng, 8), "hk_macau_permit"))
                    d.add("）；")
                else:
                    d.add("出租房屋一间，租户")
                    d.add(d.nm(q, m))
                    d.add("系台湾居民，台胞证号码")
                    d.add(d.L(rng.choice([serial(rng, 7, "0"), serial(rng, 8, "L")]), "tw_permit"))
                    d.add("；")
            elif o == 4:
                d.add(
                    "邻居%s反映该户%s；"
                    % (
                        rng.choice(SUR["north"] + SUR["south"]) + rng.choice(["某", "某某"]),
                        rng.choice(["近期有装修噪音", "子女常年在外", "老人独居"]),
                    )
                )
            elif o == 5:
                d.add(
                    "同楼独居老人%s%s身体尚可，已提醒注意用电安全；"
                    % (rng.choice(SUR["north"]), rng.choice(["大爷", "奶奶", "阿姨"]))
                )
            elif o == 6:
                q = d.person(
                    "adult", sex="男", prof=p["prof"] if p["prof"] in ("tibetan", "lisu", "mongol") else None
                )
                d.add("其子")
                d.add(d.nm(q))
                d.add("计划办理出国务工，已持护照（")
                d.add(
                    d.L(
                        "E"
                        + (
                            serial(rng, 8)
                            if rng.random() < 0.5
                            else rng.choice("ABCDEFGHJK") + serial(rng, 7)
                        ),
                        "passport",
                    )
                )
                d.add("）；")
            elif o == 7:
                d.add("该户")
                d.add(d.health(rng.choice(["长期卧床", "生活不能自理"])))
                d.add("的老人由家属照料；")
            else:
                d.add("户主身体")
                d.add(rng.choice(["健康", "良好"]))
                d.add("，无特殊需求；")
        d.line("已告知社区服务电话%s及12345热线。" % d.office_phone())
        d.add("被访人签字：")
        d.add(d.nm(p))
        d.line("    网格员签字：%s" % gw)
        d.line()
    if hw:
        d.body = d.body[:start] + hardwrap(d.body[start:], rng.choice([32, 38, 44]))
    d.line("%s%s（网格服务站）" % (comm, "居民委员会" if urban_grid else "村民委员会"))


def fam_rent(d):
    rng, c = d.rng, d.c
    pick_style(d, [3, 3, 2, 4, 2, 1])
    org = c["name"] + "住房和城乡建设局"
    year = rng.choice([2023, 2024, 2025])
    q = rng.randint(1, 4)
    date = datetime.date(year, q * 3, rng.randint(1, 28))
    frame_head(d, "%s%d年第%s季度城镇住房保障家庭租赁补贴发放名单" % (c["name"], year, cn(q)), org)
    mask_nm = rng.random() < 0.06
    mask_id = mask_nm or rng.random() < 0.55
    mask_bank = mask_nm or rng.random() < 0.5
    show_co = rng.random() < 0.4
    headers = (
        ["序号", "申请人"]
        + (["共同申请人"] if show_co else [])
        + ["身份证号", "家庭人口", "租住地址", "补贴面积（㎡）", "发放金额（元）", "收款账号", "开户银行"]
    )
    rows = []
    for i in range(rng.randint(5, 12)):
        p = d.person("adult")
        row = [T(str(i + 1)), d.nm(p, mask_nm)]
        npers = rng.randint(1, 5)
        if show_co:
            cos = [d.person("adult" if k == 0 else "child") for k in range(rng.randint(0, min(2, npers - 1)))]
            row.append(
                join([d.nm(x, mask_nm) for x in cos], rng.choice(["、", "，", " "])) if cos else T("无")
            )
        row.append(d.idc(p, mask_id))
        area = rng.randint(10, 45)
        bk, bn = d.bank(mask_bank)
        row += [
            T(str(npers)),
            d.addr(urban=True, mask=mask_nm),
            T(str(area)),
            T("{:,.2f}".format(area * rng.choice([8, 10, 12]) * 3)),
            bk,
            T(bn + rng.choice(["", c["name"] + "支行"])),
        ]
        rows.append(row)
    caps = [None] * len(headers)
    caps[headers.index("租住地址")] = rng.choice([16, 20, 24])
    d.add(render(d, headers, rows, caps))
    d.line("注：发放金额已由财政“一卡通”系统统一代发，业务流水号%s。" % serial(rng, 20))
    frame_foot(d, org, date)


def fam_dibao(d):
    rng, c = d.rng, d.c
    t = d.town()
    vil = rng.choice(t[1])
    year = rng.choice([2023, 2024, 2025])
    sub = rng.choice(["tsv", "layout", "cells", "html"])
    for hh in range(rng.randint(1, 2)):
        d.style = "prose"
        dt = rand_date(rng, year, year)
        d.line("%s农村最低生活保障年度核查入户调查表" % c["name"])
        d.line("乡镇：%s    村（社区）：%s    低保证号：%s" % (t[0], vil, serial(rng, 8, c["code"])))
        head = d.person("elder" if rng.random() < 0.6 else "adult", town=t[0])
        use15 = head["birth"].year < 1965 and rng.random() < 0.4
        d.add("户主姓名：")
        d.add(d.nm(head))
        d.add("    身份证号码：")
        d.add(d.idc(head, use15=use15))
        d.line()
        d.add("家庭住址：")
        d.add(d.addr(t, urban=False))
        d.line()
        d.add("联系电话：")
        if rng.random() < 0.3:
            d.add(d.home_landline())
        else:
            d.add(d.mob(head))
        d.line()
        nmem = rng.randint(1, 4)
        d.line(
            "保障人数：%d人    保障类别：%s类    月保障金：%d元"
            % (nmem + 1, rng.choice("ABC"), rng.randint(2, 9) * 100)
        )
        d.add("致贫原因：")
        why = rng.random()
        if why < 0.35:
            d.add(d.health("因病"))
        elif why < 0.55:
            d.add(d.health("因残"))
        else:
            d.add(rng.choice(["缺劳力", "因学", "缺技术", "因灾"]))
        d.line()
        d.line("家庭成员情况：")
        d.style = sub
        headers = ["姓名", "与户主关系", "身份证号", "健康状况", "劳动能力"]
        rows = []
        members = [(head, "本人")]
        hp = head["prof"] if head["prof"] not in ("uyghur", "yi") else None
        hsur = (
            (head["name"][:2] if head["name"][:2] in COMPOUND else head["name"][0])
            if head["sex"] == "男" and hp in ("north", "south", "miao_dong", "hezhe")
            else None
        )
        old_head = head["birth"].year < 1963
        rels = ["配偶", "儿子", "女儿"] + (["孙子", "孙女"] if old_head else ["母亲", "父亲"])
        for rel in rng.sample(rels, nmem):
            if rel == "配偶":
                m = d.person(
                    "elder" if old_head else "adult",
                    prof=hp,
                    sex="女" if head["sex"] == "男" else "男",
                    town=t[0],
                )
            elif rel in ("母亲", "父亲"):
                m = d.person(
                    "elder",
                    prof=hp,
                    sex="女" if rel == "母亲" else "男",
                    town=t[0],
                    surname=hsur if rel == "父亲" else None,
                )
            else:
                m = d.person(
                    "adult" if old_head and rel in ("儿子", "女儿") else "student",
                    prof=hp,
                    sex="男" if rel in ("儿子", "孙子") else "女",
                    town=t[0],
                    surname=hsur,
                )
            members.append((m, rel))
        for m, rel in members:
            hs = rng.random()
            if hs < 0.45:
                hcell = T(rng.choice(["健康", "健康", "良好"]))
            elif hs < 0.65:
                hcell = d.health(rng.choice(DIS_CAT) + "残疾" + rng.choice(DIS_LVL))
            elif hs < 0.8:
                hcell = d.health("慢性病") + T("（") + d.health(rng.choice(DISEASE)) + T("）")
            elif hs < 0.9:
                hcell = d.health("大病") + T("（") + d.health(rng.choice(DISEASE)) + T("）")
            else:
                hcell = d.health(rng.choice(["长期卧床", "生活不能自理"]))
            age = year - m["birth"].year
            lab = (
                ["无劳动能力（在校生）", "无劳动能力"]
                if age < 18
                else ["弱劳动力", "无劳动能力", "丧失劳动能力"]
                if age >= 60
                else ["普通劳动力", "普通劳动力", "弱劳动力", "丧失劳动能力"]
            )
            rows.append([d.nm(m), T(rel), d.idc(m, use15=(m is head and use15)), hcell, T(rng.choice(lab))])
        d.add(render(d, headers, rows, [None, None, None, rng.choice([None, 10, 14]), None]))
        d.style = "prose"
        d.line(
            "家庭收入情况：种植%s亩，年收入约%s元；%s"
            % (
                rng.randint(1, 20),
                "{:,}".format(rng.randint(3, 30) * 1000),
                rng.choice(["无外出务工收入。", "子女每月给付赡养费300元。", "享受生态公益林补助。"]),
            )
        )
        d.add("家庭财产情况：自有住房一处；机动车辆：")
        if rng.random() < 0.3:
            d.add(d.plate())
            d.add("（%s）" % rng.choice(["农用三轮车", "二手面包车", "摩托车"]))
        else:
            d.add("无")
        d.line()
        d.add("低保金发放账户：")
        bk, bn = d.bank(mask=rng.random() < 0.2)
        d.add(bk)
        d.line("（%s）" % bn)
        d.line(
            "入户核查意见：经入户核查、邻里走访，该户家庭收入、财产状况符合农村低保条件，建议%s。"
            % rng.choice(["继续保障", "调整保障类别", "减少保障人数"])
        )
        o1, o2 = d.official(), d.official()
        d.add("核查人员（签字）：%s、%s    户主（签字）：" % (o1, o2))
        d.add(d.nm(head))
        d.line()
        d.line("核查日期：%s    乡镇民政办联系电话：%s" % (cdate(dt), d.office_phone()))
        d.line()


FAMILIES = [
    ("enroll", fam_enroll),
    ("aid", fam_aid),
    ("chronic", fam_chronic),
    ("disab", fam_disab),
    ("veteran", fam_veteran),
    ("legalaid", fam_legalaid),
    ("juror", fam_juror),
    ("grid", fam_grid),
    ("rent", fam_rent),
    ("dibao", fam_dibao),
]


def gen_doc(rng, i):
    fam, fn = FAMILIES[i % len(FAMILIES)]
    county = COUNTIES[(i // len(FAMILIES) + i) % len(COUNTIES)]
    for _ in range(50):
        d = Doc(rng, county, fam)
        d.fw_doc = rng.random() < 0.05
        fn(d)
        rec = finalize(d)
        probs = check_doc(rec)
        if not probs:
            return rec
        if DEBUG:
            sys.stderr.write("retry %s: %s\n" % (fam, probs[:3]))
    raise RuntimeError("could not generate a clean document")


def generate(n, seed):
    rng = random.Random(seed)
    return [gen_doc(rng, i) for i in range(n)]


# ---------------------------------------------------------------------------
# checking
# ---------------------------------------------------------------------------
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
PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]·?[A-Z0-9]{5,6}")


def norm(s):
    s = s.translate(HALFW)
    s = s.replace("&nbsp;", "").replace("<br>", "")
    return re.sub(r"\s+", "", s)


def check_span(kind, raw):
    s = norm(raw)
    if kind == "id_card":
        return valid_id18(s)
    if kind == "id_card_15":
        return valid_id15(s)
    if kind == "bank_card":
        return valid_bank(s)
    if kind == "mobile":
        return bool(re.fullmatch(r"(\+?86-?)?1[3-9]\d-?\d{4}-?\d{4}", s))
    if kind == "landline":
        return bool(re.fullmatch(r"(\(0\d{2,3}\)|0\d{2,3}-?)[2-8]\d{6,7}", s))
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[a-z]{2,}", s))
    if kind == "passport":
        return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", s))
    if kind == "hk_macau_permit":
        return bool(re.fullmatch(r"[CHM]\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{10}", s))
    if kind == "tw_permit":
        return bool(re.fullmatch(r"\d{8}|L\d{8}|\d{10}", s))
    if kind == "license_plate":
        return bool(PLATE_RE.fullmatch(s))
    if kind == "address":
        return len(s) >= 5 and (s.endswith(("号", "栋", "幢", "单元", "室", "组")))
    if kind == "name":
        return 2 <= len(s) <= 16 and not re.search(r"[\d*＊A-Za-z]", s) and "某" not in s
    if kind == "health":
        return len(s) >= 2
    return False


def _col(text, pos):
    ls = text.rfind("\n", 0, pos) + 1
    return ls, sum(dw(ch) for ch in text[ls:pos])


def chain_ok(text, spans, sp):
    """A fixed-width middle-column wrap leaves pieces of one value on consecutive lines at
    the same display column (decision 8).  Accept a piece if the chain it belongs to is a
    valid value of its kind."""
    if sp["kind"] not in ("address", "health", "name"):
        return False
    same = sorted([x for x in spans if x["kind"] == sp["kind"]], key=lambda x: x["start"])

    def nxt(x):
        ls = text.rfind("\n", 0, x["start"]) + 1
        cs = text.rfind("  ", ls, x["start"])
        cs = ls if cs < 0 else cs + 2
        col = _col(text, cs)[1]
        if text[x["end"] : x["end"] + 1] not in ("", " ", "\n"):
            return None
        le = text.find("\n", x["end"])
        if le < 0:
            return None
        nl_end = text.find("\n", le + 1)
        for y in same:
            if (
                le < y["start"]
                and (nl_end < 0 or y["start"] < nl_end)
                and _col(text, y["start"])[1] == col
                and text[le + 1 : le + 2] == " "
            ):
                return y
        return None

    def prv(x):
        for y in same:
            if y["start"] < x["start"] and nxt(y) is x:
                return y
        return None

    head = sp
    seen = 0
    while prv(head) is not None and seen < 6:
        head = prv(head)
        seen += 1
    chain = [head]
    while len(chain) < 8:
        y = nxt(chain[-1])
        if y is None:
            break
        chain.append(y)
    if len(chain) < 2 or sp not in chain:
        return False
    return check_span(sp["kind"], "".join(text[x["start"] : x["end"]] for x in chain))


def check_doc(rec):
    probs = []
    text = rec.get("text")
    spans = rec.get("spans")
    if not isinstance(text, str) or not isinstance(spans, list):
        return ["bad record structure"]
    prev_end = -1
    covered = [False] * len(text)
    for sp in sorted(spans, key=lambda x: (x["start"], x["end"])):
        a, b, k = sp["start"], sp["end"], sp["kind"]
        if k not in KINDS:
            probs.append("unknown kind %r" % k)
        if not (0 <= a < b <= len(text)):
            probs.append("offset out of range %r" % sp)
            continue
        if a < prev_end:
            probs.append("overlapping span at %d" % a)
        prev_end = max(prev_end, b)
        raw = text[a:b]
        if raw != raw.strip():
            probs.append("span with outer whitespace %r" % raw)
        if "*" in raw or "＊" in raw:
            probs.append("masked value labelled %r" % raw)
        if not check_span(k, raw) and not chain_ok(text, spans, sp):
            probs.append("invalid %s %r" % (k, raw))
        for q in range(a, b):
            covered[q] = True
    # unlabelled personal numbers
    t = text.translate(HALFW)
    for i in range(len(t) - 17):
        if t[i].isdigit() and valid_id18(t[i : i + 18]) and not all(covered[i : i + 18]):
            probs.append("unlabelled id_card %r" % t[i : i + 18])
    for m in re.finditer(r"(?<!\d)\d{15}(?!\d)", t):
        if valid_id15(m.group()) and not covered[m.start()]:
            probs.append("unlabelled id_card_15 %r" % m.group())
    for m in re.finditer(r"(?<![\d@])1[3-9]\d{9}(?![\d@])", t):
        if not covered[m.start()]:
            probs.append("unlabelled mobile %r" % m.group())
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", t):
        if valid_bank(m.group()) and not covered[m.start()]:
            probs.append("unlabelled bank_card %r" % m.group())
    for m in PLATE_RE.finditer(t):
        if not covered[m.start()]:
            probs.append("unlabelled plate %r" % m.group())
    # every occurrence of a labelled name must be labelled
    names = []
    for sp in spans:
        if sp["kind"] == "name":
            n = text[sp["start"] : sp["end"]]
            if n == norm(n) and n not in names:
                names.append(n)
    for n in names:
        for m in re.finditer(re.escape(n), text):
            if not all(covered[m.start() : m.end()]):
                probs.append("unlabelled occurrence of name %r" % n)
    return probs


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def do_check(recs):
    bad = 0
    for i, r in enumerate(recs):
        for p in check_doc(r):
            bad += 1
            print("doc %d (%s): %s" % (i, r.get("type"), p))
    print(
        "checked %d documents, %d spans, %d problems" % (len(recs), sum(len(r["spans"]) for r in recs), bad)
    )
    return bad == 0


def do_stats(recs):
    kinds = {}
    fams = {}
    for r in recs:
        f = fams.setdefault(r["type"], {"docs": 0, "spans": 0})
        f["docs"] += 1
        f["spans"] += len(r["spans"])
        for s in r["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
            f[s["kind"]] = f.get(s["kind"], 0) + 1
    print(
        "documents: %d   spans: %d   characters: %d"
        % (len(recs), sum(len(r["spans"]) for r in recs), sum(len(r["text"]) for r in recs))
    )
    print("per kind:")
    for k in KINDS:
        print("  %-16s %6d" % (k, kinds.get(k, 0)))
    print("per family:")
    for fam, _ in FAMILIES:
        if fam in fams:
            f = fams[fam]
            detail = " ".join("%s=%d" % (k, f[k]) for k in KINDS if f.get(k))
            print("  %-9s docs=%-4d spans=%-5d %s" % (fam, f["docs"], f["spans"], detail))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=307)
    ap.add_argument("-o", "--out")
    ap.add_argument("--check", nargs="?", const="", default=None, metavar="FILE")
    ap.add_argument("--stats", nargs="?", const="", default=None, metavar="FILE")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    global DEBUG
    DEBUG = a.debug
    if a.decisions:
        doc = __doc__
        print(doc[doc.index("DECISIONS") :].rstrip())
        return 0
    recs = None
    if a.check is not None or a.stats is not None:
        path = a.check or a.stats
        recs = read_jsonl(path) if path else generate(a.docs, a.seed)
        ok = True
        if a.check is not None:
            ok = do_check(recs)
        if a.stats is not None:
            do_stats(recs)
        if not a.out:
            return 0 if ok else 1
    if recs is None:
        recs = generate(a.docs, a.seed)
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for r in recs:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
