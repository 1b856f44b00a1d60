#!/usr/bin/env python3
# ruff: noqa: B007, B905, C408, E501, F841, RUF005, RUF021, SIM108, SIM115, SIM905, UP031
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout46 -- blind, labelled, synthetic evaluation set for a Chinese PII detector
(政务公开 documents of county/township offices).

Usage
    python holdout46.py --docs 400 --seed 223 -o set.jsonl [--stats]
    python holdout46.py --check set.jsonl
    python holdout46.py --decisions

Every document is one JSON line {"type": family[.pdf], "text": str, "spans": [{"kind","start","end"}]}
with text[start:end] == the labelled value (Python str indices).  Standard library only; each
document uses its own random.Random("holdout46|<seed>|<n>"), so output is a pure function of --seed.

Families: dibao_roster (低保/特困/边缘户 名单), penalty_decision (行政处罚决定书, many bureaus),
publicity (公示: 补贴/救助/住房), application_form (申请表, 公民 and 法人/其他组织, incl.
政府信息公开申请表), meeting_minutes (村民代表会议/两委会议/民主评议), reply_letter (答复书,
补正通知, 延期告知, 征求第三方意见).  Counties: 会泽县 530326, 巴东县 422823, 环县 621022,
宁陕县 610923, 阿荣旗 150721, 怀远县 340321 (real codes, area codes 0874/0718/0934/0915/0470/0552,
plates 云D/鄂Q/甘M/陕G/蒙E/皖C).

DECISIONS
D1  id_card.  Every 18-character 公民身份号码 of a natural person is labelled, whoever the person
    is (applicant, household member, party, witness, guardian, 法定代表人, agent).  The span is the
    number only; separators written inside it (spaces, digit-box spaces, a PDF line break) stay
    inside.  A 驾驶证号 that is the ID number is labelled id_card.  A 20-character 残疾人证号
    (ID + 残疾类别 digit + 等级 digit) discloses the full ID, so its first 18 characters are labelled
    id_card and the two trailing digits are left out.  Masked numbers (5303**********123X,
    530326********2315, 530326196*******1X) are NOT labelled: they are already de-identified.
    Numbers destroyed by spreadsheet export (5.30326E+17) are not labelled.  The Excel text
    markers (leading ', leading tab, ="...") are outside the span.
D2  id_card_15.  First-generation 15-digit numbers (older residents, old 户籍 records) are labelled
    like D1.  15-digit 营业执照注册号, 低保证号 and 工单号 that start with a county code but have no
    real birth date are near-misses and not labelled.
D3  mobile.  A private person's 11-digit mobile is labelled, including "138-1234-5678",
    "138 1234 5678" and full-width digits.  A "+86"/"86-" prefix is outside the span.  A mobile
    published as the duty/supervision contact of an official or village cadre acting in role
    (村监委会主任 as 监督电话, 两委成员 rows of a meeting 签到表, 村委会意见 block) is not labelled --
    it is a work contact published on purpose, treated like the official's name (D12); the
    村民代表 rows of the same 签到表 are labelled.  138****5678 and similar are not labelled.
D4  landline.  A private person's landline is labelled; the span includes the area code, the hyphen
    and (when written) the parentheses around the area code.  Agency numbers, fax numbers,
    hotlines (12345, 12349, 12315, 12388) and switchboards are not labelled.
D5  bank_card.  Personal debit / 惠民惠农"一卡通" / 社保卡金融账户 numbers: 16-19 digits, Luhn-valid,
    real issuer BIN; spaces written inside stay in the span.  Not labelled: agency or company
    对公账户, 非税收入缴款码, transaction / 流水号 / 工单号 / 决定书编号 even when they pass Luhn,
    masked cards (6228 48** **** 1234), scientific-notation cells (6.22848E+18).
D6  email.  A private person's mailbox is labelled (also a company's named contact person's).
    Agency mailboxes are not labelled even when they sit on 163.com / 126.com / qq.com.
D7  passport.  Chinese ordinary passport numbers (E + 8 digits, E + letter + 7 digits, old G + 8
    digits) of private persons; span is the number only.  EMS numbers such as EA123456789CN are
    near-misses.
D8  hk_macau_permit.  往来港澳通行证 (C + 8 digits, C + letter + 7 digits, old W + 8 digits) and
    港澳居民来往内地通行证/回乡证 (H or M + 8 digits, or + 10 digits).
D9  tw_permit.  大陆居民往来台湾通行证 (L + 8 digits) and 台湾居民来往大陆通行证 (8 digits), labelled
    only where the context names the document; bare 8-digit numbers elsewhere are never labelled.
D10 license_plate.  Plates of vehicles owned or driven by a natural person (incl. an 个体工商户
    operator's own vehicle) are labelled, with "·", space or hyphen inside the span.  Plates of
    agency vehicles (执法车, 警 plates) and of vehicles registered to a 法人 party are not
    labelled.  VINs, 驾驶证档案编号 and 行驶证 numbers are not labelled.
D11 address.  A natural person's home / 户籍 / 住所 / 现住址 / 送达地址 address is labelled when it
    is written down to 组 / 号 / 栋 / 幢 / 单元 / 室 level; the span runs from the first written
    administrative unit to the last unit.  A roster cell "白雾村三组" for the household's residence
    is labelled (it reaches 组).  Not labelled: addresses that stop at village or township, business
    premises (经营场所), company 住所, agency addresses, places of an incident that are not the
    person's home, postcodes.  The 公租房 unit allocated to a named tenant (小区 + 栋 + 单元 + 室) is
    labelled: it becomes that person's home address.
D12 name.  Names of private persons are labelled wherever they appear: roster cells, household
    member lists, parties, 经营者, 法定代表人, witnesses, victims, patients, guardians, agents, a
    company's contact person, 村民代表 and villagers speaking in minutes, letter salutations,
    signatures, 送达 blocks, hotel guests named in a 公安 decision, 紧急联系人.  Not labelled: officials and staff acting in role (执法人员, 承办人,
    经办人, 审核人, 审批人, agency 联系人, 记录人), 村两委 members and 包村干部 / 驻村工作队 in role,
    masked names (张*, 张*华, 张某, 张某某, 李××, 王XX), bare titles (王老师, 李主任), surnames or
    names inside company / shop / place names (刘记粉面馆, 张家湾组, 李氏养殖专业合作社).
D13 health.  A health or disability condition stated of an identifiable person (named, ID-bearing,
    or a relative of a named person) is labelled: disease names, disability type and grade,
    失能 / 卧床 / 不能自理, injuries.  The span covers the condition words only, not 患/患有/确诊为/系
    or 残疾证.  Not labelled: poverty-cause codes (因病, 因残, 因学) in a 致贫原因 column, program
    names (残疾人两项补贴, 重度残疾人护理补贴, 医疗救助), healthy statuses (健康, 良好, 完全自理),
    aggregate statements ("全村残疾人23人"), and conditions of a masked/anonymous person.
D14 USCC (统一社会信用代码, with a valid GB 32100 check), 文号, 索引号, 登记号, 受理编号, 案号,
    执法证号 (some are 11 digits starting 15/34/53/61 and look like mobiles), 驾驶证档案编号, 缴款码,
    工单号, EMS 单号 (incl. EA123456789CN), 邮编, dates, amounts and agency account numbers are never
    labelled.  Nor is the 执法车 plate of the agency (D10).
D15 Kinship: a relative or guardian is a private person in their own right (name, ID, phone,
    health all labelled); "户主之妻" style references without a name are not names.
L1  Layouts: CSV exports (title row with trailing commas, two-row merged headers, Excel text
    markers), TSV, space-aligned columns, "|"/"+--+" bordered tables, one-cell-per-line PDF
    extraction (empty cells dropped), label：value grids, prose letters, minutes with speakers.
L2  ".pdf" type suffix = the text went through PDF extraction: hard wraps at a display width
    (CJK = 2 columns, kinsoku: no wrap before closing punctuation), optional form feeds, page
    footers/headers.  A wrap that falls inside a value stays inside its span (the span then
    contains the newline); footers and headers are never inserted inside a span.
L3  Several values in one cell ("张三、李四", "138…/139…") are separate spans; the separator and
    wrapping brackets are outside.  Spans never overlap, never start or end with whitespace.
L4  CSV: cells with a comma are quoted (quotes outside spans); Excel ="..." and ' markers are kept
    verbatim outside the span; one-cell-per-line tables wrap long cells at a narrower width than
    the surrounding prose (as a PDF table column would).
L5  The checker normalises NFKC and removes whitespace (and -, (), （） for phones) before it
    validates check digits, dates, county codes, BINs and formats.
"""

import argparse
import bisect
import datetime
import hashlib
import json
import random
import re
import sys
import unicodedata

KINDS = (
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
)
FAMILIES = (
    "dibao_roster",
    "penalty_decision",
    "publicity",
    "application_form",
    "meeting_minutes",
    "reply_letter",
)

# ----------------------------------------------------------------------------------------------
# Place data
# ----------------------------------------------------------------------------------------------
COUNTIES = [
    dict(
        name="会泽县",
        prov="云南省",
        city="曲靖市",
        code="530326",
        area="0874",
        post="654200",
        plate="云D",
        ab="会",
        near=["530302", "530381", "530325", "530322"],
        towns=[
            ("金钟街道", ["钟屏社区", "城北社区", "东门社区"]),
            ("娜姑镇", ["白雾村", "娜姑村", "发路村"]),
            ("迤车镇", ["迤车村", "阿都村", "小米村"]),
            ("待补镇", ["待补村", "野马村", "大坪子村"]),
            ("大井镇", ["大井村", "东岳村", "西岳村"]),
            ("火红乡", ["火红村", "坪子村", "小河村"]),
            ("者海镇", ["者海村", "棉花地村", "长箐村"]),
        ],
        streets=["钟屏东路", "金钟路", "堂琅路", "以礼街", "会泽大道", "古城街"],
        estates=["钟屏小区", "金钟花园", "以礼河小区", "会泽新城", "阳光水岸"],
        groups=["新房子组", "大地组", "上村组", "下村组", "梁子组", "箐头组"],
        surn="张李王杨陈刘朱赵黄罗徐周马孙何胡吴邓聂谢范纳" * 2 + "保管缪",
        pref="曲靖市人民政府",
        bank="会泽",
    ),
    dict(
        name="巴东县",
        prov="湖北省",
        city="恩施土家族苗族自治州",
        code="422823",
        area="0718",
        post="444300",
        plate="鄂Q",
        ab="巴",
        near=["422801", "422802", "422822", "420527"],
        towns=[
            ("信陵镇", ["白土坡社区", "西壤坡社区", "云沱社区"]),
            ("野三关镇", ["石桥坪村", "穿心岩村", "野三关村"]),
            ("清太坪镇", ["清太坪村", "黄家坪村", "白沙坪村"]),
            ("水布垭镇", ["水布垭村", "三友坪村", "大面山村"]),
            ("沿渡河镇", ["沿渡河村", "罗溪坝村", "小神农架村"]),
            ("茶店子镇", ["茶店子村", "石庙村", "杨柳池村"]),
            ("东瀼口镇", ["东瀼口村", "牛洞坪村", "雷家坪村"]),
        ],
        streets=["巫峡路", "楚天路", "西壤坡路", "白土坡路", "江城大道"],
        estates=["楚天佳苑", "巫峡明珠小区", "江景花园", "白土坡安置小区"],
        groups=["老屋场组", "岩板组", "核桃坪组", "大湾组", "堰塘组"],
        surn="谭向覃田邓黄张李王刘杨陈周谭向覃" + "谭向田黄郑冉",
        pref="恩施土家族苗族自治州人民政府",
        bank="巴东",
    ),
    dict(
        name="环县",
        prov="甘肃省",
        city="庆阳市",
        code="621022",
        area="0934",
        post="745700",
        plate="甘M",
        ab="环",
        near=["621002", "621021", "621023", "621026"],
        towns=[
            ("环城镇", ["东关社区", "西关村", "城北社区"]),
            ("曲子镇", ["曲子村", "西沟村", "双城村"]),
            ("木钵镇", ["木钵村", "曹旗村", "玄城村"]),
            ("甜水镇", ["甜水村", "红沟村", "梁圈村"]),
            ("洪德镇", ["洪德村", "河连湾村", "耿塬畔村"]),
            ("毛井镇", ["毛井村", "三十里铺村", "沙坡子村"]),
            ("车道镇", ["车道村", "庙儿掌村"]),
        ],
        streets=["东大街", "西大街", "南环路", "北环路", "环江大道"],
        estates=["兴盛小区", "环江花园", "道情小区", "北关新村"],
        groups=["阳洼组", "背洼组", "庄科组", "川口组", "塬畔组"],
        surn="李王张刘杨慕高何赵马魏路敬罗吴孙黄李王张" + "敬慕",
        pref="庆阳市人民政府",
        bank="环县",
    ),
    dict(
        name="宁陕县",
        prov="陕西省",
        city="安康市",
        code="610923",
        area="0915",
        post="711600",
        plate="陕G",
        ab="宁",
        near=["610902", "610921", "610922", "610924"],
        towns=[
            ("城关镇", ["城北社区", "寨沟村", "梅子关社区"]),
            ("江口回族镇", ["江口村", "高桥村", "冷水沟村"]),
            ("四亩地镇", ["四亩地村", "月河村", "八亩村"]),
            ("广货街镇", ["广货街村", "沙沟村", "蒲河村"]),
            ("筒车湾镇", ["筒车湾村", "海棠园村", "许家城村"]),
            ("皇冠镇", ["皇冠村", "朝阳村", "兴隆村"]),
            ("龙王镇", ["龙王村", "棋盘村"]),
        ],
        streets=["人民路", "西街", "南街", "长安路", "城河路"],
        estates=["城关安置小区", "长安花园", "秦岭小区", "瑞阳苑"],
        groups=["上院组", "油坊组", "大河组", "庙垭组", "柳树坪组"],
        surn="王张陈刘杨李吴胡周徐沈汪朱郭马冯曹彭陈王" + "汪沈",
        pref="安康市人民政府",
        bank="宁陕",
    ),
    dict(
        name="阿荣旗",
        prov="内蒙古自治区",
        city="呼伦贝尔市",
        code="150721",
        area="0470",
        post="162750",
        plate="蒙E",
        ab="阿",
        near=["150702", "150722", "150783", "150781"],
        towns=[
            ("那吉镇", ["繁荣社区", "中心社区", "振兴社区"]),
            ("六合镇", ["六合村", "太平庄村", "东光村"]),
            ("亚东镇", ["亚东村", "东兴村", "新立村"]),
            ("霍尔奇镇", ["霍尔奇村", "索尔奇村", "德胜村"]),
            ("向阳峪镇", ["向阳峪村", "先进村", "永胜村"]),
            ("新发朝鲜族乡", ["新发村", "太平川村", "东风村"]),
            ("音河达斡尔鄂温克民族乡", ["音河村", "西音河村"]),
        ],
        streets=["兴安路", "阿伦路", "那吉大街", "团结路", "光明路"],
        estates=["绿苑小区", "阿伦家园", "兴安花园", "富民小区"],
        groups=["前屯组", "后屯组", "东队组", "西队组", "河沿组"],
        surn="王李张刘赵孙于郭杨高敖鄂孟何吴金朴崔徐王李" + "敖鄂孟涂",
        pref="呼伦贝尔市人民政府",
        bank="阿荣旗",
    ),
    dict(
        name="怀远县",
        prov="安徽省",
        city="蚌埠市",
        code="340321",
        area="0552",
        post="233400",
        plate="皖C",
        ab="怀",
        near=["340302", "340303", "340322", "340323"],
        towns=[
            ("城关镇", ["禹王社区", "涂山社区", "北大街社区"]),
            ("榴城镇", ["东台社区", "西湖村", "乳泉村"]),
            ("古城镇", ["古城村", "南北村", "小王庄村"]),
            ("龙亢镇", ["龙亢村", "太平村", "梨园村"]),
            ("河溜镇", ["河溜村", "新桥村", "朱集村"]),
            ("常坟镇", ["常坟村", "孙圩村", "胡集村"]),
            ("万福镇", ["万福村", "徐集村", "张巷村"]),
        ],
        streets=["禹王路", "涂山路", "北大街", "环城路", "乳泉大道"],
        estates=["榴城花园", "荆涂新村", "禹王小区", "淮河名都"],
        groups=["孙圩组", "后庄组", "前郢组", "大吴组", "小李组"],
        surn="王张李刘陈孙周吴朱徐胡杨赵黄常褚魏王张李",
        pref="蚌埠市人民政府",
        bank="怀远",
    ),
]
VALID_CODES = sorted({c["code"] for c in COUNTIES} | {n for c in COUNTIES for n in c["near"]})  # type: ignore[type-var]
AREA_CODES = sorted({c["area"] for c in COUNTIES} | {"010", "021", "023", "027", "0871", "0931", "029"})  # type: ignore[type-var]
PROV_SHORT = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

COMMON_SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
M_OLD = "德明国华建军发贵富福林成海兴云忠荣祥春昌顺文学正光永长开万树山宝才全洪志友庭"
M_YNG = "浩宇子轩博睿泽俊杰涛鹏磊晨然铭宸航凯煜阳辰诚瑞嘉豪毅锦思承佑"
F_OLD = "秀英兰芳珍桂玉梅凤琼莲菊翠美春花云琴桃仙香粉巧会群芝娥"
F_YNG = "欣怡涵雨萱诗思佳悦彤琳婷静雪梦可馨语晴紫瑶妍心颖露丹"
PINYIN = dict(
    zip(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗谭向田邓",
        "wang li zhang liu chen yang huang zhao wu zhou "
        "xu sun ma zhu hu guo he gao lin luo tan xiang tian deng".split(),
    )
)

MOBILE_PFX = (
    "130 131 132 133 134 135 136 137 138 139 147 150 151 152 153 155 156 157 158 159 166 "
    "173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
).split()
# (BIN, card length, bank)
BINS = [
    ("622848", 19, "中国农业银行"),
    ("623052", 19, "中国农业银行"),
    ("622202", 19, "中国工商银行"),
    ("621226", 19, "中国工商银行"),
    ("621700", 19, "中国建设银行"),
    ("436742", 19, "中国建设银行"),
    ("621661", 19, "中国银行"),
    ("456351", 19, "中国银行"),
    ("622262", 19, "交通银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("621098", 19, "中国邮政储蓄银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622588", 16, "招商银行"),
    ("621483", 16, "招商银行"),
    ("622908", 18, "兴业银行"),
]
BIN_LEN = {b: n for b, n, _ in BINS}

DISEASES = [
    "尿毒症",
    "肺癌",
    "乳腺癌",
    "胃癌",
    "肝硬化",
    "脑梗死",
    "脑出血后遗症",
    "重度抑郁症",
    "精神分裂症",
    "白血病",
    "糖尿病",
    "冠心病",
    "类风湿性关节炎",
    "慢性阻塞性肺疾病",
    "宫颈癌",
    "帕金森病",
    "阿尔茨海默病",
    "先天性心脏病",
    "脑瘫",
    "癫痫",
    "慢性肾功能衰竭",
    "股骨头坏死",
    "肺结核",
    "食管癌",
    "直肠癌",
    "系统性红斑狼疮",
    "再生障碍性贫血",
    "肝癌",
]
DIS_TYPES = [
    "视力",
    "听力",
    "言语",
    "肢体",
    "智力",
    "精神",
    "多重",
]  # GB/T 26341 order: 残疾证号 digit 19 = index + 1
IMPAIR = ["长期卧床", "生活不能自理", "完全失能", "部分失能", "半失能", "瘫痪在床", "双目失明", "重度失能"]
INJURIES = ["左前臂软组织挫伤", "鼻骨骨折", "头皮裂伤", "右手食指骨折", "左眼眶挫伤", "肋骨骨折"]
CN_DIG = "〇一二三四五六七八九"
NOT_NAMES = set(
    "孙子 孙女 高中 高明 周全 林业 江山 黄金 白云 方正 万全 文明 金花 马上 田园 向阳 石林 江海 余生 常青 钟声 "
    "王子 公子 林海 金山 高山 黄山 马云 成才 文学 华山".split()
)
GRADE = ["一级", "二级", "三级", "四级"]


# ----------------------------------------------------------------------------------------------
# Number helpers
# ----------------------------------------------------------------------------------------------
W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W11643)) % 11]


def make_id18(code, birth, sex, r):
    s = code + birth.strftime("%Y%m%d") + "%02d" % r.randint(0, 99)
    s += str(r.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8]))
    return s + id_check(s)


def make_id15(code, birth, sex, r):
    s = code + birth.strftime("%y%m%d") + "%02d" % r.randint(0, 99)
    return s + str(r.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8]))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return len(s) > 1 and luhn_digit(s[:-1]) == s[-1]


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def make_card(r):
    b, n, bank = r.choice(BINS)
    body = b + digits(r, n - 7)
    return body + luhn_digit(body), bank


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def make_uscc(r, code, head="91"):
    if head[0] == "9":
        body = "MA" + "".join(r.choice(USCC_CH) for _ in range(6))
    else:
        body = digits(r, 8)
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, ORG_W))
    c9 = 11 - s % 11
    body += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    s17 = head + code + body
    chk = (31 - sum(USCC_CH.index(c) * w for c, w in zip(s17, USCC_W)) % 31) % 31
    return s17 + USCC_CH[chk]


def rand_date(r, y):
    d0 = datetime.date(y, 1, 1)
    return d0 + datetime.timedelta(days=r.randint(0, 364))


def cn_date(d):
    def n2(n):
        if n < 10:
            return CN_DIG[n]
        return ("" if n < 20 else CN_DIG[n // 10]) + "十" + (CN_DIG[n % 10] if n % 10 else "")

    return "".join(CN_DIG[int(c)] for c in str(d.year)) + "年" + n2(d.month) + "月" + n2(d.day) + "日"


def cn_int(n):
    return (
        "零一二三四五六七八九十"[n]
        if n <= 10
        else ("十" + "零一二三四五六七八九"[n - 10] if n < 20 else str(n))
    )


def money(r, lo, hi, step=10):
    return r.randrange(lo, hi, step)


def fw(s):
    """full-width digits / letters"""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ----------------------------------------------------------------------------------------------
# Text builder with spans; segments are lists of (kind or None, text)
# ----------------------------------------------------------------------------------------------
def T(s):
    return [(None, s)]


def K(kind, s):
    return [(kind, s)]


def ctext(segs):
    return "".join(s for _, s in segs)


def as_cell(x):
    return T(x) if isinstance(x, str) else x


def join_segs(items, sep="、"):
    out = []
    for i, it in enumerate(items):
        if i:
            out += T(sep)
        out += as_cell(it)
    return out


class B:
    def __init__(self):
        self.buf, self.n, self.spans, self.narrow = [], 0, [], []

    def t(self, *xs):
        for x in xs:
            self.buf.append(x)
            self.n += len(x)
        return self

    def k(self, kind, val):
        if kind:
            self.spans.append([kind, self.n, self.n + len(val)])
        return self.t(val)

    def s(self, *segs_list):
        for segs in segs_list:
            for kind, val in as_cell(segs):
                self.k(kind, val)
        return self

    def line(self, *segs_list):
        self.s(*segs_list)
        return self.t("\n")

    def text(self):
        return "".join(self.buf)


def emit_table(b, rows, style, header_rows=1, r=None):
    rows = [[as_cell(x) for x in row] for row in rows]
    ncol = max(len(row) for row in rows)
    rows = [row + [T("")] * (ncol - len(row)) for row in rows]
    if style in ("csv", "tsv"):
        sep = "," if style == "csv" else "\t"
        for row in rows:
            for j, c in enumerate(row):
                if j:
                    b.t(sep)
                q = style == "csv" and ("," in ctext(c) or "\n" in ctext(c))
                if q:
                    b.t('"')
                b.s(c)
                if q:
                    b.t('"')
            b.t("\r\n" if (style == "csv" and r and r.random() < 0.0) else "\n")
    elif style == "aligned":
        wid = [max(dw(ctext(row[j])) for row in rows) for j in range(ncol)]
        for row in rows:
            out_cells = [(j, c) for j, c in enumerate(row)]
            last = max([j for j, c in out_cells if ctext(c)] or [0])
            for j, c in out_cells[: last + 1]:
                b.s(c)
                if j < last:
                    b.t(" " * (wid[j] - dw(ctext(c)) + 2))
            b.t("\n")
    elif style in ("pipe", "grid"):
        wid = [max(1, max(dw(ctext(row[j])) for row in rows)) for j in range(ncol)]
        rule = "+" + "+".join("-" * (w + 2) for w in wid) + "+\n"
        mrule = "|" + "|".join("-" * (w + 2) for w in wid) + "|\n"
        if style == "grid":
            b.t(rule)
        for i, row in enumerate(rows):
            b.t("|")
            for j, c in enumerate(row):
                b.t(" ")
                b.s(c)
                b.t(" " * (wid[j] - dw(ctext(c)) + 1) + "|")
            b.t("\n")
            if i == header_rows - 1:
                b.t(rule if style == "grid" else mrule)
        if style == "grid":
            b.t(rule)
    elif style == "cells":
        b.narrow.append([b.n, None])
        for row in rows:
            for c in row:
                if ctext(c).strip():
                    b.s(c)
                    b.t("\n")
        b.narrow[-1][1] = b.n


# ----------------------------------------------------------------------------------------------
# PDF extraction simulation: hard wraps + page footers, spans remapped
# ----------------------------------------------------------------------------------------------
NO_LINE_START = "，。、；：！？）》」』”’%"


def apply_inserts(text, spans, ins):
    ins = sorted(ins, key=lambda x: x[0])
    pos = [i for i, _ in ins]
    cum = [0]
    for _, s in ins:
        cum.append(cum[-1] + len(s))
    out, last = [], 0
    for i, s in ins:
        out.append(text[last:i])
        out.append(s)
        last = i
    out.append(text[last:])
    new = []
    for kind, s, e in spans:
        ns = s + cum[bisect.bisect_right(pos, s)]
        ne = e + cum[bisect.bisect_left(pos, e)]
        new.append([kind, ns, ne])
    return "".join(out), new


def inside_span(spans, p):
    return any(s < p < e for _, s, e in spans)


def pdfify(text, spans, r, width, footer_style=None, head=None, lines_per_page=None, narrow=(), nwidth=26):
    ins, col = [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            col = 0
            continue
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        lim = nwidth if any(a <= i < z for a, z in narrow) else width
        if col + w > lim and col > 0 and ch not in NO_LINE_START:
            ins.append((i, "\n"))
            col = 0
        col += w
    text, spans = apply_inserts(text, spans, ins)
    if footer_style is None:
        return text, spans
    lpp = lines_per_page or r.randint(28, 42)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    cuts, n = [], 0
    for p in starts[1:]:
        n += 1
        if n >= lpp and p < len(text) and not inside_span(spans, p):
            cuts.append(p)
            n = 0
    total = len(cuts) + 1
    ff = r.random() < 0.4

    def foot(i):
        f = {
            "pg": "第 %d 页 共 %d 页" % (i, total),
            "dash": "— %d —" % i,
            "slash": "%d/%d" % (i, total),
            "plain": "- %d -" % i,
        }[footer_style]
        return f

    ins = []
    for k, p in enumerate(cuts):
        s = foot(k + 1) + "\n" + ("\f" if ff else "")
        if head and r.random() < 0.7:
            s += head + "\n"
        ins.append((p, s))
    text, spans = apply_inserts(text, spans, ins)
    if not text.endswith("\n"):
        text += "\n"
    text += foot(total) + "\n"
    return text, spans


# ----------------------------------------------------------------------------------------------
# Document context: people, places, numbers
# ----------------------------------------------------------------------------------------------
class Person:
    pass


class Ctx:
    def __init__(self, r, county):
        self.r, self.c = r, county
        self.year = r.choice([2022, 2023, 2023, 2024, 2024, 2025])
        self.date = rand_date(r, self.year)
        if self.date > datetime.date(2025, 10, 30):
            self.date = datetime.date(2025, 10, 30)
        self.used = set()
        self.used_phone = set()
        self.dstyle = r.randint(0, 3)

    def ad(self, d):
        return [
            "%d年%d月%d日" % (d.year, d.month, d.day),
            "%d年%02d月%02d日" % (d.year, d.month, d.day),
            d.strftime("%Y-%m-%d"),
            "%d.%d.%d" % (d.year, d.month, d.day),
        ][self.dstyle]

    # ---- names
    def surname(self):
        r = self.r
        x = r.random()
        if x < 0.01:
            return r.choice(["欧阳", "上官", "司马"])
        if x < 0.6:
            return r.choice(self.c["surn"])
        return r.choice(COMMON_SURN)

    def given(self, sex, age):
        r = self.r
        if sex == "男":
            pool = M_OLD if age >= 45 else (M_YNG if age < 28 else M_OLD + M_YNG)
        else:
            pool = F_OLD if age >= 45 else (F_YNG if age < 28 else F_OLD + F_YNG)
        n = 1 if r.random() < 0.22 else 2
        g = "".join(r.choice(pool) for _ in range(n))
        if n == 2 and g[0] == g[1] and r.random() < 0.7:
            g = g[0]
        return g

    def name(self, sex="男", age=40, surname=None):
        for _ in range(200):
            nm = (surname or self.surname()) + self.given(sex, age)
            if nm not in self.used and nm not in NOT_NAMES and not any(nm in u or u in nm for u in self.used):
                self.used.add(nm)
                return nm
        nm = (surname or self.surname()) + self.given(sex, age) + self.r.choice(M_OLD)
        self.used.add(nm)
        return nm

    def person(self, sex=None, lo=20, hi=80, surname=None, code=None, old_id=False):
        r = self.r
        p = Person()
        p.sex = sex or r.choice("男女")  # type: ignore[attr-defined]
        p.age = r.randint(lo, hi)  # type: ignore[attr-defined]
        p.birth = rand_date(r, self.year - p.age - 1)  # type: ignore[attr-defined]
        p.name = self.name(p.sex, p.age, surname)  # type: ignore[attr-defined]
        p.surname = surname or (p.name[:2] if p.name[:2] in ("欧阳", "上官", "司马") else p.name[0])  # type: ignore[attr-defined]
        p.code = code or (self.c["code"] if r.random() < 0.85 else r.choice(self.c["near"]))  # type: ignore[attr-defined]
        if old_id and p.birth.year < 1980:  # type: ignore[attr-defined]
            p.id, p.idk = make_id15(p.code, p.birth, p.sex, r), "id_card_15"  # type: ignore[attr-defined]
        else:
            p.id, p.idk = make_id18(p.code, p.birth, p.sex, r), "id_card"  # type: ignore[attr-defined]
        p.mobile = self.mobile()  # type: ignore[attr-defined]
        return p

    def official(self):
        return self.name(self.r.choice("男男女"), self.r.randint(26, 56))

    # ---- phones
    def mobile(self):
        while True:
            m = self.r.choice(MOBILE_PFX) + digits(self.r, 8)
            if m not in self.used_phone:
                self.used_phone.add(m)
                return m

    def tel_raw(self):
        return self.c["area"], str(self.r.randint(2, 8)) + digits(self.r, 6)

    def agency_tel(self):
        a, n = self.tel_raw()
        return self.r.choice(["%s-%s", "%s－%s", "（%s）%s", "%s %s"]) % (a, n)

    def home_tel(self):
        a, n = self.tel_raw()
        return self.r.choice(["%s-%s", "(%s)%s", "%s%s", "（%s）%s", "%s－%s"]) % (a, n)

    def fmt_mobile(self, m):
        r = self.r
        x = r.random()
        if x < 0.75:
            return m
        if x < 0.85:
            return "%s-%s-%s" % (m[:3], m[3:7], m[7:])
        if x < 0.95:
            return "%s %s %s" % (m[:3], m[3:7], m[7:])
        return fw(m)

    def mob_segs(self, m, allow_cc=True):
        """segments for a private mobile, maybe with +86 (outside span)"""
        pre = []
        if allow_cc and self.r.random() < 0.06:
            pre = T(self.r.choice(["+86 ", "+86-", "（+86）", "86-"]))
        return pre + K("mobile", self.fmt_mobile(m))

    def phone_segs(self, p):
        if self.r.random() < 0.13:
            return K("landline", self.home_tel())
        return self.mob_segs(p.mobile)

    def foreign_doc(self):
        """(居民类别, 证件名称, segs) for HK/Macau/Taiwan residents or passport holders"""
        r = self.r
        x = r.random()
        if x < 0.35:
            return (
                r.choice(["香港居民", "澳门居民"]),
                "港澳居民来往内地通行证号码",
                K("hk_macau_permit", r.choice("HM") + digits(r, r.choice([8, 10]))),
            )
        if x < 0.65:
            return "台湾居民", "台湾居民来往大陆通行证号码", K("tw_permit", digits(r, 8))
        if x < 0.85:
            return (
                "",
                "护照号码",
                K(
                    "passport",
                    r.choice(["E" + digits(r, 8), "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 7)]),
                ),
            )
        return (
            "",
            "往来港澳通行证号码",
            K(
                "hk_macau_permit",
                "C" + r.choice([digits(r, 8), r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 7)]),
            ),
        )

    def mask_mobile(self, m):
        return self.r.choice([m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], m[:7] + "****"])

    # ---- IDs
    def mask_id(self, i):
        return self.r.choice(
            [
                i[:6] + "*" * 8 + i[14:],
                i[:4] + "*" * 10 + i[14:],
                i[:10] + "****" + i[14:],
                i[:6] + "********" + i[-4:],
                i[:1] + "*" * 16 + i[-1:],
            ]
        )

    def id_segs(self, p, spreadsheet=False):
        r = self.r
        v = p.id
        if p.idk == "id_card" and r.random() < 0.05 and not spreadsheet:
            v = "%s %s %s" % (v[:6], v[6:14], v[14:])
        if spreadsheet:
            x = r.random()
            if x < 0.15:
                return T("'") + K(p.idk, v)
            if x < 0.22:
                return T('="') + K(p.idk, v) + T('"')
        return K(p.idk, v)

    def mask_name(self, nm):
        r = self.r
        x = r.random()
        if x < 0.35:
            return nm[0] + "*" * (len(nm) - 1)
        if x < 0.55 and len(nm) == 3:
            return nm[0] + "*" + nm[2]
        if x < 0.8:
            return nm[0] + r.choice(["某", "某某", "某某"])
        return nm[0] + r.choice(["××", "XX", "＊＊"])

    # ---- places
    def town(self):
        return self.r.choice(self.c["towns"])

    def group(self):
        r = self.r
        x = r.random()
        if x < 0.45:
            return cn_int(r.randint(1, 12)) + "组"
        if x < 0.65:
            return str(r.randint(1, 15)) + "组"
        if x < 0.75:
            return "第" + cn_int(r.randint(1, 9)) + "村民小组"
        if x < 0.85:
            return r.choice(self.c["surn"]) + r.choice(["家湾", "家坪", "家沟", "家庄"]) + "组"
        return r.choice(self.c["groups"])

    def address(self, town=None, village=None, full=None, urban=None):
        """private home address reaching 组/号/栋/单元/室"""
        r, c = self.r, self.c
        if town is None:
            town, vs = self.town()
            village = village or r.choice(vs)
        village = village or "%s村" % town[:2]
        if full is None:
            full = r.choice([0, 1, 1, 2, 2, 3])
        pre = ["", town, c["name"] + town, c["prov"] + c["city"] + c["name"] + town][full]
        if urban is None:
            urban = village.endswith("社区") or (town == c["towns"][0][0] and r.random() < 0.5)
        if urban:
            x = r.random()
            if x < 0.35:
                tail = "%s%d号" % (r.choice(c["streets"]), r.randint(1, 300))
            elif x < 0.7:
                tail = "%s%d栋%d单元%d%02d室" % (
                    r.choice(c["estates"]),
                    r.randint(1, 18),
                    r.randint(1, 4),
                    r.randint(1, 18),
                    r.randint(1, 4),
                )
            elif x < 0.85:
                tail = "%s%d号%s%d幢%d%02d室" % (
                    r.choice(c["streets"]),
                    r.randint(1, 300),
                    r.choice(c["estates"]),
                    r.randint(1, 12),
                    r.randint(1, 18),
                    r.randint(1, 4),
                )
            else:
                tail = "%s%d号楼%d单元" % (r.choice(c["estates"]), r.randint(1, 20), r.randint(1, 4))
            if full and village.endswith("社区") and r.random() < 0.5:
                tail = village + tail
            return pre + tail
        vv = village
        if r.random() < 0.12 and c["name"] == "会泽县":
            vv = village[:-1] + "村委会"
        x = r.random()
        if x < 0.45:
            return pre + vv + self.group()
        if x < 0.9:
            return pre + vv + self.group() + "%d号" % r.randint(1, 160)
        return pre + vv + "%d号" % r.randint(1, 300)

    def agency_addr(self):
        r, c = self.r, self.c
        return "%s%s%s%d号" % (c["name"], c["towns"][0][0], r.choice(c["streets"]), r.randint(1, 200))

    def biz_addr(self, town=None):
        r, c = self.r, self.c
        t = town or self.town()[0]
        return "%s%s%s%d号" % (c["name"], t, r.choice(c["streets"]), r.randint(1, 300))

    # ---- misc numbers
    def private_email(self, p=None):
        r = self.r
        dom = r.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com", "hotmail.com"])
        if dom == "qq.com" and r.random() < 0.6:
            return str(r.randint(10000000, 3999999999)) + "@qq.com"
        py = PINYIN.get(p.name[0], r.choice(list(PINYIN.values()))) if p else r.choice(list(PINYIN.values()))
        tail = r.choice(
            [
                str(p.birth.year) if p else "88",
                digits(r, 3),
                "%02d%02d" % (r.randint(1, 12), r.randint(1, 28)),
                r.choice(["xy", "ming", "hua", "abc", "_2020", ".x"]),
            ]
        )
        return py + r.choice(["", "_", "."]) + r.choice(["", "xiao", "jun", "lin"]) + tail + "@" + dom

    def agency_mail(self, kind="zwgk"):
        r = self.r
        ini = {"会泽县": "hz", "巴东县": "bd", "环县": "hx", "宁陕县": "ns", "阿荣旗": "arq", "怀远县": "hy"}[
            self.c["name"]
        ]
        dom = r.choice(["163.com", "126.com", "qq.com", "163.com"])
        local = ini + r.choice(["x", ""]) + kind + r.choice(["", "ban", "2019", "@", ""]).replace("@", "")
        if dom == "qq.com":
            local = str(r.randint(10000000, 3999999999))
        return local + "@" + dom

    def doc_no(self, tag):
        return "%s%s〔%d〕%d号" % (self.c["ab"], tag, self.year, self.r.randint(1, 260))

    def index_no(self):
        r = self.r
        if r.random() < 0.5:
            return "%s/%d-%05d" % (make_uscc(r, self.c["code"], "11"), self.year, r.randint(1, 9999))
        return "%s-%s-%d-%04d" % (digits(r, 9), r.choice(["01", "02", "05"]), self.year, r.randint(1, 999))

    def cert_no(self):
        r = self.r
        return r.choice(
            [
                self.c["code"][:4] + digits(r, 7),
                self.c["code"] + digits(r, 5),
                "%s%s" % (self.c["plate"][0], digits(r, 8)),
            ]
        )

    def luhn_serial(self, n=19):
        r = self.r
        body = str(self.year) + "%02d%02d" % (self.date.month, self.date.day) + digits(self.r, n - 9)
        return body + luhn_digit(body)

    def plate(self):
        r = self.r
        x = r.random()
        if x < 0.2:
            body = r.choice("DF") + digits(r, 5)
        else:
            body = list(digits(r, 5))
            for j in r.sample(range(5), r.choice([0, 1, 1, 1, 2])):
                body[j] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            body = "".join(body)
        sep = r.choice(["", "", "·", " ", "-"])
        return self.c["plate"] + sep + body

    def health(self, kind=None):
        r = self.r
        kind = kind or r.choice(["d", "d", "dis", "imp"])
        if kind == "d":
            return r.choice(DISEASES)
        if kind == "dis":
            t, g = r.choice(DIS_TYPES), r.choice(GRADE)
            return r.choice([t + "残疾" + g, g + t + "残疾", t + g, t + "残疾（" + g + "）"])
        if kind == "inj":
            return r.choice(INJURIES)
        return r.choice(IMPAIR)

    def dis_cert(self, p, dtype=None):
        """20-char 残疾人证号: ID + type digit + grade digit"""
        return p.id, "%d%d" % (dtype or self.r.randint(1, 7), self.r.randint(1, 4))


# ----------------------------------------------------------------------------------------------
# Shared pieces
# ----------------------------------------------------------------------------------------------
def household(ctx, size, lo=25, hi=88):
    r = ctx.r
    head = ctx.person(lo=lo, hi=hi, old_id=r.random() < 0.1)
    mem = [(head, "户主")]
    if size >= 2 and r.random() < 0.75:
        sp = ctx.person(
            sex="女" if head.sex == "男" else "男",
            lo=max(20, head.age - 6),
            hi=min(92, head.age + 4),
            old_id=r.random() < 0.05,
        )
        mem.append((sp, r.choice(["配偶", "妻子" if head.sex == "男" else "丈夫"])))
    if head.age < 50 and len(mem) < size and r.random() < 0.35:
        mo = ctx.person(
            sex="女", lo=head.age + 22, hi=min(95, head.age + 34), surname=r.choice([None, head.surname])
        )
        mem.append((mo, "母亲"))
    order = {"男": 0, "女": 0}
    while len(mem) < size:
        sex = r.choice("男女")
        ca = head.age - r.randint(22, 34)
        if ca < 1:
            ca = r.randint(1, 6)
        if ca > 30 and r.random() < 0.5:
            ca = max(1, ca - 25)
            rel = "孙子" if sex == "男" else "孙女"
        else:
            order[sex] += 1
            rel = ("长次三四五"[min(order[sex] - 1, 4)]) + ("子" if sex == "男" else "女")
        ch = ctx.person(sex=sex, lo=ca, hi=ca, surname=head.surname if r.random() < 0.9 else None)
        mem.append((ch, rel))
    return mem


def official_line(ctx, roles):
    r = ctx.r
    parts = ["%s：%s" % (ro, ctx.official()) for ro in roles]
    return r.choice(["    ", "　　", "  ", "，"]).join(parts) if r.random() < 0.7 else "\n".join(parts)


def supervise_lines(ctx, b, town=None):
    r, c = ctx.r, ctx.c
    if r.random() < 0.8:
        b.t("监督电话：%s（%s民政局）" % (ctx.agency_tel(), c["name"]))
        if town and r.random() < 0.6:
            b.t("；%s（%s人民政府）" % (ctx.agency_tel(), town))
        b.t("\n")
    if r.random() < 0.4:
        b.t("县长热线：12345    民政服务热线：12349\n")
    if r.random() < 0.35:
        b.t("举报邮箱：%s\n" % ctx.agency_mail(r.choice(["mzj", "mz", "jb"])))
    if r.random() < 0.35:
        cadre, m = ctx.official(), ctx.mobile()
        b.t("村级监督员：%s（村监委会主任） %s\n" % (cadre, m))


def cell_mobile(ctx, m, masked):
    return T(ctx.mask_mobile(m)) if masked else ctx.mob_segs(m, allow_cc=False)


def cell_card(ctx, card, masked, style):
    r = ctx.r
    if masked:
        return T(card[:6] + "*" * (len(card) - 10) + card[-4:])
    if style == "csv" and r.random() < 0.12:
        return T("%.5E" % int(card))
    if r.random() < 0.1 and style not in ("csv", "tsv"):
        return K("bank_card", " ".join(card[i : i + 4] for i in range(0, len(card), 4)))
    if style in ("csv", "tsv") and r.random() < 0.15:
        return T("'") + K("bank_card", card)
    return K("bank_card", card)


def finish(ctx, b, family, pdf, width=None, head=None):
    text, spans = b.text(), b.spans
    if pdf:
        r = ctx.r
        text, spans = pdfify(
            text,
            spans,
            r,
            width or r.randint(56, 76),
            r.choice(["pg", "dash", "slash", "plain"]),
            head,
            narrow=b.narrow,
            nwidth=r.randint(18, 34),
        )
    return {
        "type": family + (".pdf" if pdf else ""),
        "text": text,
        "spans": [{"kind": k, "start": s, "end": e} for k, s, e in sorted(spans, key=lambda x: x[1])],
    }


# ----------------------------------------------------------------------------------------------
# Family 1: 低保 / 特困 / 边缘 rosters
# ----------------------------------------------------------------------------------------------
def fam_roster(ctx):
    r, c = ctx.r, ctx.c
    town, vills = ctx.town()
    sub = r.choice(["低保", "低保", "低保", "特困", "边缘"])
    style = r.choice(["csv", "csv", "csv", "tsv", "aligned", "pipe", "grid", "cells", "cells"])
    pdf = style == "cells" or (style == "aligned" and r.random() < 0.35)
    mask_id = r.random() < 0.22
    mask_tel = r.random() < 0.3
    b = B()
    q = r.randint(1, 4)
    title = (
        r.choice(
            [
                "%s%s%d年%d月城乡最低生活保障对象名册" % (c["name"], town, ctx.year, ctx.date.month),
                "%s农村低保对象花名册（%d年第%s季度）" % (town, ctx.year, "一二三四"[q - 1]),
                "%s%d年低保动态调整花名册" % (r.choice(vills), ctx.year),
                "%s城乡低保保障对象公示名单" % town,
            ]
        )
        if sub == "低保"
        else (
            r.choice(
                [
                    "%s特困人员救助供养对象名册" % (c["name"] + town),
                    "%s%d年分散供养特困人员花名册" % (town, ctx.year),
                ]
            )
            if sub == "特困"
            else "%s%d年低保边缘家庭及刚性支出困难家庭名单" % (town, ctx.year)
        )
    )
    hhs = []
    for _ in range(r.randint(3, 6) if style == "cells" else r.randint(4, 11)):
        size = 1 if sub == "特困" else r.choice([1, 2, 2, 3, 3, 4, 4, 5, 6])
        v = r.choice(vills)
        mem = household(ctx, size, lo=55 if sub == "特困" else 25, hi=92)
        hh = dict(
            mem=mem,
            v=v,
            grp=ctx.group(),
            cat=r.choice(["A类", "B类", "C类", "一类", "二类", "三类"]),
            amt=money(r, 180, 700) * len(mem) // max(1, len(mem)),
            card=make_card(r)[0],
            no="%s%d%05d" % (c["code"], ctx.year, r.randint(1, 9999)),
            cause=r.choice(["因病", "因残", "因学", "缺劳力", "缺技术", "因灾"]),
            tel=mem[0][0].mobile,
        )
        rem = T("")
        x = r.random()
        if x < 0.35:
            who = r.choice(mem)
            lead = "本人" if who[1] == "户主" and len(mem) == 1 else (who[1] if who[1] != "户主" else "户主")
            pat = r.choice(["%s患{}", "%s{}", "%s系{}", "%s确诊为{}，长期服药", "{}"])
            h = ctx.health("d" if "患" in pat or "确诊" in pat else None)
            a, _, z = (pat.replace("%s", lead) if "%s" in pat else pat).partition("{}")
            rem = T(a) + K("health", h) + T(z)
        elif x < 0.5:
            rem = T(
                r.choice(["新增", "续保", "提标", "单亲家庭", "留守老人", "家庭成员在校就读", "一户多保"])
            )
        elif x < 0.55:
            rem = T("退出（家庭收入超过保障标准）")
        hh["rem"] = rem
        hhs.append(hh)

    def addr_cell(hh):
        if r.random() < 0.5:
            return K("address", hh["v"] + hh["grp"])
        return K("address", ctx.address(town, hh["v"], full=r.choice([0, 1])))

    def idc(p):
        return T(ctx.mask_id(p.id)) if mask_id else ctx.id_segs(p, style in ("csv", "tsv"))

    rows, hdr = [], 1
    if sub == "特困":
        cols = [
            "序号",
            "姓名",
            "性别",
            "身份证号码",
            "住址",
            "供养方式",
            "自理能力",
            "照料人",
            "照料人电话",
            "月供养金（元）",
        ]
        rows.append(cols)
        for i, hh in enumerate(hhs):
            p = hh["mem"][0][0]
            mode = r.choice(["分散供养", "分散供养", "集中供养"])
            selfc = r.choice(["完全自理", "完全自理", "部分失能", "完全失能", "半失能"])
            carer = ctx.person(lo=30, hi=65)
            rows.append(
                [
                    str(i + 1),
                    K("name", p.name),
                    p.sex,
                    idc(p),
                    addr_cell(hh) if mode == "分散供养" else T("%s敬老院" % town),
                    mode,
                    T(selfc) if "自理" in selfc else K("health", selfc),
                    K("name", carer.name) if mode == "分散供养" else T(""),
                    cell_mobile(ctx, carer.mobile, mask_tel) if mode == "分散供养" else T(ctx.agency_tel()),
                    str(money(r, 500, 1200)),
                ]
            )
    elif r.random() < 0.55:
        opt = [
            c
            for c in [
                "性别",
                "保障类别",
                "月保障金（元）",
                "一卡通账号",
                "联系电话",
                "备注",
                "低保证号",
                "致贫原因",
            ]
            if r.random() < 0.55
        ]
        cols = ["序号", "村（社区）", "户主姓名", "成员姓名", "与户主关系", "身份证号码"] + opt
        if style != "cells" and r.random() < 0.4:
            top = ["序号", "户主信息", "", "家庭成员信息", "", ""] + (
                ["保障情况"] + [""] * (len(opt) - 1) if opt else []
            )
            rows.append(top)
            hdr = 2
            rows.append([""] + cols[1:])
        else:
            rows.append(cols)
        fill = r.random() < 0.5
        for i, hh in enumerate(hhs):
            for j, (p, rel) in enumerate(hh["mem"]):
                first = j == 0
                row = [
                    str(i + 1) if first else "",
                    T(hh["v"]) if first or fill else T(""),
                    K("name", hh["mem"][0][0].name) if first or fill else T(""),
                    K("name", p.name),
                    rel,
                    idc(p),
                ]
                for o in opt:
                    if o == "性别":
                        row.append(p.sex)
                    elif o == "保障类别":
                        row.append(hh["cat"] if first else "")
                    elif o == "月保障金（元）":
                        row.append(str(hh["amt"]))
                    elif o == "一卡通账号":
                        row.append(cell_card(ctx, hh["card"], mask_id, style) if first else T(""))
                    elif o == "联系电话":
                        row.append(cell_mobile(ctx, hh["tel"], mask_tel) if first else T(""))
                    elif o == "备注":
                        row.append(hh["rem"] if first else T(""))
                    elif o == "低保证号":
                        row.append(hh["no"] if first else "")
                    else:
                        row.append(hh["cause"] if first else "")
                rows.append(row)
    else:
        cols = ["序号", "户主", "身份证号", "家庭住址", "家庭成员", "保障人数", "月保障金（元）", "备注"]
        rows.append(cols)
        for i, hh in enumerate(hhs):
            others = [T("") + K("name", p.name) + T("（%s）" % rel) for p, rel in hh["mem"][1:]]
            rows.append(
                [
                    str(i + 1),
                    K("name", hh["mem"][0][0].name),
                    idc(hh["mem"][0][0]),
                    addr_cell(hh),
                    join_segs(others, r.choice(["、", "，", " "])) if others else T("无"),
                    str(len(hh["mem"])),
                    str(hh["amt"] * len(hh["mem"])),
                    hh["rem"],
                ]
            )
    ncol = len(rows[-1])
    if style == "csv" and r.random() < 0.7:
        b.t(title + "," * (ncol - 1) + "\n")
        if r.random() < 0.5:
            b.t("填报单位：%s人民政府（盖章）" % town + "," * (ncol - 1) + "\n")
    else:
        b.t(title + "\n")
        if r.random() < 0.5:
            b.t("填报单位：%s民政办　　填报时间：%s\n" % (town, ctx.ad(ctx.date)))
    emit_table(b, rows, style, hdr, r)
    npeople = sum(len(h["mem"]) for h in hhs)
    tot = "合计：%d户%d人" % (len(hhs), npeople)
    if style == "csv":
        b.t(tot + "," * (ncol - 1) + "\n")
    else:
        b.t(tot + "\n")
    b.t(official_line(ctx, r.sample(["制表人", "经办人", "审核人", "审批人", "负责人"], 3)) + "\n")
    if r.random() < 0.5:
        supervise_lines(ctx, b, town)
    b.t(ctx.ad(ctx.date) + "\n")
    return finish(
        ctx,
        b,
        "dibao_roster",
        pdf,
        width=r.randint(60, 80) if style == "cells" else 400,
        head=title if r.random() < 0.4 else None,
    )


# ----------------------------------------------------------------------------------------------
# Family 2: 行政处罚决定书
# ----------------------------------------------------------------------------------------------
BUREAUS = [
    ("市场监督管理局", "市监罚", "market"),
    ("公安局交通警察大队", "公（交）行罚决字", "traffic"),
    ("公安局", "公（治）行罚决字", "police"),
    ("自然资源局", "自然资罚", "land"),
    ("林业和草原局", "林罚决字", "forest"),
    ("卫生健康局", "卫医罚", "health"),
    ("农业农村局", "农（渔）罚", "agri"),
    ("综合行政执法局", "综执罚", "city"),
    ("生态环境分局", "环罚", "env"),
]
BIZ = ["百货店", "粉面馆", "农资经营部", "副食店", "烧烤店", "药店", "农家乐", "五金店", "小卖部"]
CO_WORD = ["鑫源", "宏达", "金穗", "兴旺", "顺发", "永盛", "恒通", "绿源", "华泰"]
CO_IND = [
    "建材有限公司",
    "矿业有限公司",
    "商贸有限责任公司",
    "建筑劳务有限公司",
    "农业开发有限公司",
    "石料厂",
    "养殖专业合作社",
    "混凝土有限公司",
]


def shop_name(ctx, town=None, biz=None):
    r, c = ctx.r, ctx.c
    s, biz = r.choice(c["surn"]), biz or r.choice(BIZ)
    return r.choice(
        [
            "%s%s记%s" % (c["name"], s, biz),
            "%s%s老%s家%s" % (c["name"], town or "", s, biz),
            "%s%s氏%s" % (c["name"], s, biz),
            "%s%s%s" % (town or c["name"], r.choice(CO_WORD), biz),
        ]
    )


def co_name(ctx):
    r, c = ctx.r, ctx.c
    return (
        c["name"]
        + r.choice([r.choice(CO_WORD), r.choice(c["surn"]) + "氏", r.choice(c["towns"])[0][:2]])
        + r.choice(CO_IND)
    )


def label_block(ctx, b, items, prose_lead=None):
    """items: list of (label, segs). Either label：value lines or one prose paragraph."""
    r = ctx.r
    if prose_lead is not None:
        b.t(prose_lead)
        for i, (lab, v) in enumerate(items):
            if i:
                b.t("，")
            if lab:
                b.t(lab + r.choice(["：", ""]) if lab not in ("性别", "出生日期", "民族") else "")
            b.s(v)
        b.t("。\n")
    else:
        colon = r.choice(["：", "：", ":", "： "])
        for lab, v in items:
            b.t(lab + colon)
            b.s(v)
            b.t("\n")


def natural_items(ctx, p, town=None, with_tel=True, addr_label=None, prose=False):
    r = ctx.r
    items = [("姓名" if r.random() < 0.5 and not prose else "", K("name", p.name)), ("性别", T(p.sex))]
    if r.random() < 0.6:
        items.append(("出生日期", T("%d年%d月%d日出生" % (p.birth.year, p.birth.month, p.birth.day))))
    if r.random() < 0.4:
        eth = {
            "会泽县": "彝族 回族",
            "巴东县": "土家族 苗族",
            "环县": "回族",
            "宁陕县": "回族",
            "阿荣旗": "达斡尔族 鄂温克族 蒙古族 朝鲜族",
            "怀远县": "回族",
        }[ctx.c["name"]]
        items.append(("民族", T(r.choice(["汉族"] * 3 + eth.split()))))
    if r.random() < 0.12:
        who, cn, cv = ctx.foreign_doc()
        if who:
            items.append(("", T(who)))
        items.append((cn, cv))
    else:
        items.append((r.choice(["身份证号码", "公民身份号码", "身份证号"]), ctx.id_segs(p)))
    if r.random() < 0.06:
        items.append(("电子邮箱", K("email", ctx.private_email(p))))
    lab = addr_label or r.choice(["住址", "住所", "户籍地址", "现住址", "家庭住址"])
    t, vs = town or ctx.town()
    if r.random() < 0.12:
        items.append(("户籍地", T(ctx.c["name"] + t + r.choice(vs))))
    else:
        items.append((lab, K("address", ctx.address(t, r.choice(vs), full=r.choice([1, 2, 3])))))
    if with_tel:
        items.append((r.choice(["联系电话", "电话", "手机"]), ctx.phone_segs(p)))
    return items


def fam_penalty(ctx):
    r, c = ctx.r, ctx.c
    bureau, tag, case = r.choice(BUREAUS)
    agency = (
        (c["city"][:2] + "市生态环境局" + c["name"][:-1] + "分局") if case == "env" else c["name"] + bureau
    )
    pdf = r.random() < 0.45
    b = B()
    tw = r.choice(c["towns"])
    title = r.choice(["行政处罚决定书", "行 政 处 罚 决 定 书", "%s\n行政处罚决定书" % agency])
    b.t(("%s\n" % agency if "\n" not in title and r.random() < 0.7 else "") + title + "\n")
    docno = "%s%s〔%d〕%d号" % (c["ab"], tag, ctx.year, r.randint(1, 300))
    b.t(r.choice(["", "    ", "　　　　"]) + docno + "\n\n")
    ptype = {
        "market": r.choice(["ind", "biz", "co"]),
        "traffic": "ind",
        "police": "ind",
        "land": "ind",
        "forest": r.choice(["ind", "ind", "co"]),
        "health": "ind",
        "agri": r.choice(["ind", "biz"]),
        "city": "biz",
        "env": "co",
    }[case]
    prose = r.random() < 0.45
    lead = "当事人：" if prose else None
    party = ctx.person(lo=22, hi=70)
    pname = K("name", party.name)
    agent = None
    if ptype == "ind":
        if not prose:
            b.t("当事人：")
            b.s(pname)
            b.t("\n")
            items = (
                natural_items(ctx, party, tw)[2:] if r.random() < 0.5 else natural_items(ctx, party, tw)[1:]
            )
        else:
            items = natural_items(ctx, party, tw, prose=True)
        label_block(ctx, b, items, lead)
    elif ptype == "biz":
        shop = shop_name(ctx, tw[0])
        items = [
            ("名称" if not prose else "", T(shop + r.choice(["", "（个体工商户）"]))),
            ("统一社会信用代码", T(make_uscc(r, c["code"], "92"))),
            ("经营者", pname),
            (r.choice(["身份证号码", "经营者身份证号"]), ctx.id_segs(party)),
            ("经营场所", T(ctx.biz_addr(tw[0]))),
            ("联系电话", ctx.mob_segs(party.mobile)),
        ]
        if r.random() < 0.3:
            items.insert(5, ("经营者住所", K("address", ctx.address(tw[0], r.choice(tw[1]), full=2))))
        label_block(ctx, b, items, lead)
    else:
        co = co_name(ctx)
        agent = ctx.person(lo=24, hi=55)
        items = [
            ("名称" if not prose else "", T(co)),
            ("统一社会信用代码", T(make_uscc(r, c["code"], "93" if "合作社" in co else "91"))),
            ("住所", T(ctx.biz_addr(tw[0]))),
            (r.choice(["法定代表人", "负责人"]), pname),
        ]
        if r.random() < 0.35:
            items.append(("法定代表人身份证号码", ctx.id_segs(party)))
        label_block(ctx, b, items, lead)
        if r.random() < 0.6:
            b.t("委托代理人：")
            b.s(K("name", agent.name))
            b.t(r.choice(["（公司员工）", "，该公司办公室主任", "，系公司职工"]) + "，联系电话：")
            b.s(ctx.mob_segs(agent.mobile))
            b.t("\n")
    b.t("\n")
    # ---------------- facts
    d0 = ctx.date - datetime.timedelta(days=r.randint(20, 120))
    when = "%d年%d月%d日" % (d0.year, d0.month, d0.day)
    who = T("当事人") if r.random() < 0.6 else (pname if ptype == "ind" else T("当事人"))
    off1, off2 = ctx.official(), ctx.official()
    b.t(r.choice(["    ", "　　", ""]))
    if case == "traffic":
        plate = ctx.plate()
        owner = party if r.random() < 0.6 else ctx.person(lo=25, hi=70)
        b.s(
            T(when + "，"),
            who,
            T("驾驶"),
            K("license_plate", plate),
            T(
                "号%s，行驶至%s%s路段时，被我大队执勤民警查获。经查，"
                % (
                    r.choice(["小型普通客车", "二轮摩托车", "轻型普通货车"]),
                    tw[0],
                    r.choice(["G213线", "S303线", "县道X071线", c["streets"][0]]),
                )
            ),
            T("该车登记所有人为"),
            K("name", owner.name) if owner is not party else T("当事人本人"),
            T(
                "，当事人%s。驾驶证档案编号：%s，"
                % (
                    r.choice(
                        [
                            "未取得机动车驾驶证",
                            "驾驶证被暂扣期间仍驾驶机动车",
                            "饮酒后驾驶机动车（血液酒精含量为45mg/100ml）",
                        ]
                    ),
                    c["code"][:4] + "00" + digits(r, 6),
                )
            ),
            T("驾驶证号："),
            K("id_card", party.id) if party.idk == "id_card" else T(ctx.mask_id(party.id)),
            T("。简易程序决定书编号：%s。\n" % ctx.luhn_serial(16)),
        )
    elif case == "police" and r.random() < 0.45:
        case = "hotel"
        b.s(
            T("经查，"),
            who,
            T(
                "经营的%s（经营场所：%s）于%s接待"
                % (shop_name(ctx, tw[0], "旅社"), ctx.biz_addr(tw[0]), when)
            ),
        )
        gs = [ctx.person(lo=20, hi=70) for _ in range(r.randint(1, 3))]
        for i, g in enumerate(gs):
            if i:
                b.t("、")
            who_, cn, cv = ctx.foreign_doc() if r.random() < 0.75 else ("", "身份证号码", K(g.idk, g.id))
            if cn.startswith("往来"):
                who_, cn, cv = (
                    "香港居民",
                    "港澳居民来往内地通行证号码",
                    K("hk_macau_permit", "H" + digits(r, 8)),
                )
            b.s(K("name", g.name), T("（%s%s：" % (who_ + "，" if who_ else "", cn)), cv, T("）"))
        b.t("入住，未按规定在二十四小时内为上述旅客办理住宿登记并向公安机关报送住宿登记信息。\n")
    elif case == "police":
        vic = ctx.person(lo=18, hi=75)
        wit = ctx.person(lo=18, hi=75)
        b.s(
            T(when + "%d时许，" % r.randint(8, 22)),
            who,
            T(
                "在%s%s因%s与"
                % (tw[0], r.choice(tw[1]), r.choice(["宅基地纠纷", "琐事", "土地边界纠纷", "饮酒"]))
            ),
            K("name", vic.name),
            T("（" + vic.sex + "，%d岁，住" % vic.age),
            K("address", ctx.address(tw[0], full=0)),
            T("）发生争执，当事人用拳头殴打对方面部，致"),
            K("name", vic.name),
            T("受伤。经%s人民医院诊断为" % c["name"]),
            K("health", ctx.health("inj")),
            T("。证人"),
            K("name", wit.name),
            T("（联系电话："),
            ctx.mob_segs(wit.mobile),
            T("）证实了上述事实。\n"),
        )
    elif case == "health":
        pts = [ctx.person(lo=3, hi=80) for _ in range(r.randint(1, 3))]
        b.s(
            T("经查，"),
            who,
            T("未取得《医疗机构执业许可证》，自%d年%d月起在其家中（" % (d0.year, max(1, d0.month - 2))),
            K("address", ctx.address(tw[0], full=1)),
            T("）擅自开展诊疗活动。现场检查时发现"),
        )
        for i, pt in enumerate(pts):
            if i:
                b.t("；")
            if r.random() < 0.3:
                b.t("患者%s因%s正在接受输液" % (ctx.mask_name(pt.name), r.choice(["咳嗽", "发热", "腹痛"])))
            else:
                b.s(
                    T("患者"),
                    K("name", pt.name),
                    T("（%d岁）因" % pt.age),
                    K(
                        "health",
                        r.choice(["急性胃肠炎", "上呼吸道感染", "腰椎间盘突出症", "糖尿病", "高血压"]),
                    ),
                    T("正在接受%s" % r.choice(["静脉输液", "针灸治疗", "注射治疗"])),
                )
        b.t("。现场查扣药品%d种、一次性输液器%d套。\n" % (r.randint(3, 15), r.randint(5, 40)))
    elif case in ("land", "forest"):
        if case == "land":
            b.s(
                T("经查，"),
                who,
                T(
                    "未经批准，于%s起在%s%s%s擅自占用耕地%d平方米建设住房，不符合国土空间规划。"
                    % (
                        when,
                        tw[0],
                        r.choice(tw[1]),
                        r.choice(["公路旁", "小地名“大田”处", "承包地内"]),
                        r.randint(60, 400),
                    )
                ),
            )
        else:
            b.s(
                T("经查，%s，" % when),
                who,
                T(
                    "未取得林木采伐许可证，在%s%s集体林地内（林权证号：%s林证字（2009）第%06d号）滥伐%s%d株，立木蓄积%.2f立方米。"
                    % (
                        tw[0],
                        r.choice(tw[1]),
                        c["ab"],
                        r.randint(1, 99999),
                        r.choice(["云南松", "马尾松", "杉木", "柏树", "杨树", "落叶松"]),
                        r.randint(12, 160),
                        r.uniform(2, 30),
                    )
                ),
            )
        if r.random() < 0.6:
            wit = ctx.person(lo=30, hi=75)
            b.s(T("%s村民" % r.choice(tw[1])), K("name", wit.name), T("的证人证言、"))
        b.t("现场勘验笔录、测量报告等证据证实。\n")
    else:
        goods = r.choice(
            {
                "market": [
                    "销售超过保质期的食品（%s）" % r.choice(["饼干", "牛奶", "火腿肠"]),
                    "未取得食品经营许可从事食品经营",
                ],
                "agri": ["销售假冒农药“%s”" % r.choice(["草甘膦", "吡虫啉"]), "在禁渔期使用电鱼方式捕捞"],
                "city": ["占用人行道摆摊经营", "擅自设置户外广告牌"],
                "env": ["超标排放废水", "未批先建"],
                "forest": ["擅自改变林地用途"],
            }[case]
        )
        b.s(
            T("经查，%s起，" % when),
            who,
            T(
                "存在%s的行为。执法人员现场查获相关物品，货值金额%d元，违法所得%d元。"
                % (goods, r.randint(80, 9000), r.randint(0, 3000))
            ),
        )
        if ptype == "biz" and r.random() < 0.5:
            plate = ctx.plate()
            b.s(T("当事人使用其自有车辆"), K("license_plate", plate), T("运输上述物品。"))
        elif ptype == "co" and r.random() < 0.5:
            b.t("运输车辆%s系该公司所有。" % ctx.plate())
        b.t("\n")
    # ---------------- evidence
    b.t(r.choice(["    ", "　　", ""]) + "上述事实，有以下证据证明：\n")
    ev = [
        "1.当事人身份证复印件" + ("、营业执照复印件" if ptype != "ind" else ""),
        "2.现场检查（勘验）笔录及照片",
        "3.询问笔录" + r.choice(["", "两份"]),
    ]
    if r.random() < 0.4:
        ev.append(
            "4.%s调取的%s"
            % (
                ("向" + c["name"] + "人民医院", "诊疗记录")
                if case in ("police", "health")
                else ("向银行", "交易流水（流水号%s）" % ctx.luhn_serial(19))
            )
        )
    for e in ev:
        b.t(e + "\n")
    law, extra = {
        "market": (
            "《中华人民共和国食品安全法》第一百二十四条",
            ["2.没收违法所得；", "2.没收违法经营的食品；"],
        ),
        "traffic": ("《中华人民共和国道路交通安全法》第九十九条", ["2.记12分；", ""]),
        "police": ("《中华人民共和国治安管理处罚法》第四十三条", ["2.行政拘留五日。", "2.行政拘留十日。"]),
        "hotel": (
            "《中华人民共和国出境入境管理法》第七十六条、《旅馆业治安管理办法》第六条",
            ["2.责令改正。"],
        ),
        "land": (
            "《中华人民共和国土地管理法》第七十八条",
            ["2.责令退还非法占用的土地，限期拆除新建的房屋。"],
        ),
        "forest": ("《中华人民共和国森林法》第七十六条", ["2.责令在原地补种滥伐株数五倍的树木。"]),
        "health": ("《中华人民共和国基本医疗卫生法》第九十九条", ["2.没收违法所得和药品、器械。"]),
        "agri": ("《中华人民共和国渔业法》第三十八条", ["2.没收渔获物和渔具。", "2.没收违法所得；"]),
        "city": ("《%s城市市容和环境卫生管理条例》第三十二条" % c["prov"][:2], ["2.责令限期改正；"]),
        "env": ("《中华人民共和国水污染防治法》第八十三条", ["2.责令改正违法行为。"]),
    }[case]
    amt = r.choice([200, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000])
    b.t(
        "    本机关认为，当事人的上述行为违反了相关规定。依据%s的规定，本机关决定对当事人作出如下行政处罚：\n"
        % law
    )
    b.t("    1.罚款人民币%d元（¥%d.00）；" % (amt, amt) + r.choice(extra + [""]) + "\n")
    acc = "%d%s" % (r.randint(2200, 2599), digits(r, 15))
    b.t(
        "    当事人应当自收到本决定书之日起十五日内，到%s%s支行缴纳罚款（缴款码：%s），或者通过“%s非税收入缴款平台”缴纳；"
        "%s账号：%s。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
        % (
            r.choice(["中国农业银行", "中国建设银行", "农村信用合作联社"]),
            c["bank"],
            digits(r, 20),
            c["prov"][:2],
            r.choice(["收款单位：%s财政局非税收入汇缴专户，" % c["name"], "执收单位：%s，" % agency]),
            acc,
        )
    )
    b.t(
        "    如不服本处罚决定，可以在收到本决定书之日起六十日内向%s申请行政复议，或者在六个月内依法向%s人民法院提起行政诉讼。\n"
        % (r.choice([c["name"] + "人民政府", c["pref"]]), c["name"])
    )
    if r.random() < 0.25:
        b.t(
            "    （本案现场检查使用执法车辆%s%s，执法记录仪编号%s。）\n"
            % (c["plate"], r.choice(["·", ""]) + r.choice(["J", "0"]) + digits(r, 4), "ZFY" + digits(r, 6))
        )
    b.t("\n执法人员：%s（执法证号：%s）、%s（执法证号：%s）\n" % (off1, ctx.cert_no(), off2, ctx.cert_no()))
    if r.random() < 0.5:
        b.t("联系地址：%s    联系电话：%s\n" % (ctx.agency_addr(), ctx.agency_tel()))
    b.t(
        "\n%s%s\n%s\n"
        % (
            " " * r.randint(16, 30),
            agency + r.choice(["", "（印章）"]),
            " " * r.randint(16, 30) + cn_date(ctx.date),
        )
    )
    if r.random() < 0.35:
        b.t("\n送达回证\n受送达人：")
        b.s(pname if ptype != "co" else T(co))
        b.t("\n送达地址：")
        if ptype == "co":
            b.t(ctx.biz_addr())
        else:
            b.s(K("address", ctx.address(tw[0], full=2)))
        b.t(
            "\n送达方式：%s\n送达人：%s、%s\n受送达人签收："
            % (r.choice(["直接送达", "邮寄送达", "留置送达"]), off1, off2)
        )
        b.s(pname if ptype != "co" else (K("name", agent.name) if agent else T("（盖章）")))
        b.t("    %s\n" % ctx.ad(ctx.date + datetime.timedelta(days=r.randint(1, 5))))
    return finish(ctx, b, "penalty_decision", pdf, head=agency if r.random() < 0.3 else None)


# ----------------------------------------------------------------------------------------------
# Family 3: 公示 (subsidies, housing, relief)
# ----------------------------------------------------------------------------------------------
PUB_KINDS = [
    "临时救助",
    "医疗救助",
    "残疾人两项补贴",
    "危房改造",
    "公租房配租",
    "孤儿",
    "耕地地力保护补贴",
    "高龄津贴",
    "受灾救助",
]


def fam_publicity(ctx):
    r, c = ctx.r, ctx.c
    sub = r.choice(PUB_KINDS)
    town, vills = ctx.town()
    vill = r.choice(vills)
    scope = r.choice([town, town + vill, c["name"], vill])
    style = r.choice(["csv", "tsv", "aligned", "pipe", "grid", "cells", "cells", "list"])
    pdf = style in ("cells", "list") and r.random() < 0.6 or (style == "aligned" and r.random() < 0.3)
    mname = r.random() < 0.2 and sub not in ("公租房配租",)
    mid = mname or r.random() < 0.45
    mtel = r.random() < 0.4
    n = r.randint(3, 6) if style == "cells" else r.randint(4, 12)
    b = B()
    subject = {
        "临时救助": "临时救助对象",
        "医疗救助": "城乡医疗救助对象",
        "残疾人两项补贴": "困难残疾人生活补贴和重度残疾人护理补贴拟发放对象",
        "危房改造": "农村危房改造补助对象",
        "公租房配租": "公共租赁住房配租结果",
        "孤儿": "孤儿及事实无人抚养儿童基本生活费发放对象",
        "耕地地力保护补贴": "耕地地力保护补贴发放明细",
        "高龄津贴": "高龄老人津贴新增对象",
        "受灾救助": "受灾群众冬春生活救助对象",
    }[sub]
    b.t(
        r.choice(
            [
                "关于%s%d年%s的公示\n" % (scope, ctx.year, subject),
                "%s%s公示\n" % (scope, subject),
                "%s%d年第%s批%s名单公示\n" % (scope, ctx.year, "一二三四五"[r.randint(0, 4)], subject),
            ]
        )
    )
    b.t(
        r.choice(["    ", "　　", ""])
        + "根据%s，经本人申请、村（居）民委员会入户调查、民主评议，%s审核，现将%s名单予以公示。"
        "公示期为%d个工作日（%s至%s）。如有异议，请在公示期内向%s反映。\n"
        % (
            r.choice(
                ["《社会救助暂行办法》", "《%s最低生活保障工作规程》" % c["prov"][:2], "上级有关文件精神"]
            ),
            town + "人民政府",
            subject,
            r.choice([5, 7]),
            ctx.ad(ctx.date),
            ctx.ad(ctx.date + datetime.timedelta(days=9)),
            r.choice([town + "人民政府社会事务办", c["name"] + "民政局", c["name"] + "住房和城乡建设局"]),
        )
    )

    def nm(p):
        return T(ctx.mask_name(p.name)) if mname else K("name", p.name)

    def idc(p):
        return T(ctx.mask_id(p.id)) if mid else ctx.id_segs(p, style in ("csv", "tsv"))

    def vg(v=None):
        return K("address", (v or r.choice(vills)) + ctx.group()) if not mname else T(v or r.choice(vills))

    rows = []
    if sub == "临时救助" or sub == "受灾救助":
        rows.append(["序号", "姓名", "村组", "家庭人口", "救助事由", "救助金额（元）"])
        for i in range(n):
            p = ctx.person(lo=25, hi=85)
            x = r.random()
            if sub == "受灾救助":
                why = T(r.choice(["房屋受损", "因洪涝灾害农作物绝收", "冬春生活困难", "因冰雹灾害房屋受损"]))
            elif x < 0.5 and not mname:
                why = (
                    T(r.choice(["因", "本人因", "家人因"]))
                    + K("health", ctx.health("d"))
                    + T(r.choice(["住院治疗", "住院，自付费用较高", "治疗"]))
                )
            elif x < 0.65 and not mname:
                why = T("遭遇交通事故致") + K("health", ctx.health("inj"))
            else:
                why = T(r.choice(["房屋失火", "突发意外事件", "子女就学支出大", "因病致贫", "因灾返贫"]))
            rows.append([str(i + 1), nm(p), vg(), str(r.randint(1, 6)), why, str(money(r, 500, 6000, 100))])
    elif sub == "医疗救助":
        rows.append(
            ["序号", "姓名", "身份证号", "救助类别", "疾病诊断", "医疗总费用（元）", "救助金额（元）"]
        )
        for i in range(n):
            p = ctx.person(lo=1, hi=88)
            dz = ctx.health("d")
            rows.append(
                [
                    str(i + 1),
                    nm(p),
                    idc(p),
                    r.choice(["低保对象", "特困人员", "监测对象", "低保边缘"]),
                    T(dz) if mname else K("health", dz),
                    "%.2f" % r.uniform(3000, 200000),
                    str(money(r, 300, 30000)),
                ]
            )
    elif sub == "残疾人两项补贴":
        rows.append(["序号", "姓名", "残疾证号", "残疾类别及等级", "补贴类别", "月补贴（元）", "发放账号"])
        for i in range(n):
            p = ctx.person(lo=3, hi=85)
            dt = r.randint(0, 6)
            g = r.randint(1, 4)
            cat = DIS_TYPES[dt] + r.choice(["", "残疾"]) + GRADE[g - 1]
            cert = (
                T(ctx.mask_id(p.id) + "%d%d" % (dt + 1, g))
                if mid or p.idk != "id_card"
                else K("id_card", p.id) + T("%d%d" % (dt + 1, g))
            )
            rows.append(
                [
                    str(i + 1),
                    nm(p),
                    cert,
                    T(cat) if mname else K("health", cat),
                    r.choice(["困难残疾人生活补贴", "重度残疾人护理补贴", "两项补贴"]),
                    str(r.choice([80, 90, 100, 120])),
                    cell_card(ctx, make_card(r)[0], mid, style),
                ]
            )
    elif sub == "危房改造":
        rows.append(["序号", "户主姓名", "身份证号码", "家庭住址", "危险等级", "改造方式", "补助资金（元）"])
        for i in range(n):
            p = ctx.person(lo=35, hi=85)
            rows.append(
                [
                    str(i + 1),
                    nm(p),
                    idc(p),
                    K("address", ctx.address(town, r.choice(vills), full=r.choice([0, 1]), urban=False))
                    if not mname
                    else T(r.choice(vills)),
                    r.choice(["C级", "D级"]),
                    r.choice(["原址重建", "维修加固", "置换"]),
                    str(r.choice([15000, 20000, 25000, 30000, 35000])),
                ]
            )
    elif sub == "公租房配租":
        rows.append(["序号", "申请人", "身份证号", "家庭人口", "共同申请人", "配租房源", "月租金（元）"])
        est = r.choice(c["estates"] + ["公租房小区", "廉租房小区"])
        for i in range(n):
            p = ctx.person(lo=22, hi=75)
            co = [
                ctx.person(lo=2, hi=70, surname=r.choice([None, p.surname])) for _ in range(r.randint(0, 3))
            ]
            unit = "%s%d栋%d单元%d%02d室" % (
                est,
                r.randint(1, 9),
                r.randint(1, 3),
                r.randint(1, 11),
                r.randint(1, 4),
            )
            rows.append(
                [
                    str(i + 1),
                    K("name", p.name),
                    idc(p),
                    str(len(co) + 1),
                    join_segs([K("name", q.name) for q in co]) if co else T("无"),
                    K("address", unit),
                    "%.1f" % r.uniform(80, 300),
                ]
            )
    elif sub == "孤儿":
        rows.append(
            ["序号", "儿童姓名", "性别", "出生日期", "类别", "监护人", "与儿童关系", "监护人电话", "发放账号"]
        )
        for i in range(n):
            kid = ctx.person(lo=1, hi=17)
            g = ctx.person(lo=40, hi=75, surname=r.choice([kid.surname, None]))
            grel = r.choice(
                ["祖父", "叔叔", "舅舅", "伯父"] if g.sex == "男" else ["祖母", "外祖母", "姑妈", "姨妈"]
            )
            rows.append(
                [
                    str(i + 1),
                    nm(kid),
                    kid.sex,
                    kid.birth.strftime("%Y-%m") if r.random() < 0.5 else kid.birth.strftime("%Y%m%d"),
                    r.choice(["孤儿", "事实无人抚养儿童", "事实无人抚养儿童（父母重残）"]),
                    nm(g),
                    grel,
                    cell_mobile(ctx, g.mobile, mtel or mname),
                    cell_card(ctx, make_card(r)[0], mid, style),
                ]
            )
    elif sub == "耕地地力保护补贴":
        rows.append(
            [
                "序号",
                "户主姓名",
                "村组",
                "补贴面积（亩）",
                "补贴标准（元/亩）",
                "补贴金额（元）",
                "一卡通账号",
            ]
        )
        std = r.choice([90.5, 101.24, 112.3, 78.86])
        for i in range(n + 4):
            p = ctx.person(lo=30, hi=85)
            area = round(r.uniform(0.8, 18), 2)
            rows.append(
                [
                    str(i + 1),
                    nm(p),
                    vg(),
                    "%.2f" % area,
                    "%.2f" % std,
                    "%.2f" % (area * std),
                    cell_card(ctx, make_card(r)[0], mid, style),
                ]
            )
    else:
        rows.append(["序号", "姓名", "性别", "出生日期", "年龄", "村组", "月津贴（元）"])
        for i in range(n):
            p = ctx.person(lo=80, hi=101, old_id=True)
            rows.append(
                [
                    str(i + 1),
                    nm(p),
                    p.sex,
                    "%d.%02d" % (p.birth.year, p.birth.month),
                    str(p.age),
                    vg(),
                    str(r.choice([50, 100, 200]) if p.age < 100 else 500),
                ]
            )
    if style == "list":
        for row in rows[1:]:
            b.t(row[0] + "．" if r.random() < 0.5 else row[0] + "、")
            b.s(join_segs([x for x in row[1:] if ctext(as_cell(x))], "，"))
            b.t("；\n")
    else:
        emit_table(b, rows, style, 1, r)
    b.t("\n")
    supervise_lines(ctx, b, town)
    if sub in ("耕地地力保护补贴", "残疾人两项补贴", "孤儿"):
        b.t(
            "资金拨付账户：%s财政局惠民惠农专户，开户行：%s%s支行，账号：%s\n"
            % (
                c["name"],
                r.choice(["中国农业银行", "中国邮政储蓄银行"]),
                c["bank"],
                str(r.randint(1500, 2599)) + digits(r, 15),
            )
        )
    signer = (
        [c["name"] + "住房和城乡建设局", town + "人民政府"]
        if sub in ("危房改造", "公租房配租")
        else [c["name"] + "农业农村局", town + "人民政府"]
        if sub == "耕地地力保护补贴"
        else [
            town + "人民政府",
            vill + "民委员会" if vill.endswith("村") else vill + "居民委员会",
            c["name"] + "民政局",
        ]
    )
    b.t("\n%s\n%s\n" % (r.choice(signer), ctx.ad(ctx.date)))
    return finish(ctx, b, "publicity", pdf, width=r.randint(54, 74), head=None)


# ----------------------------------------------------------------------------------------------
# Family 4: 申请表 (公民 / 法人或其他组织 / 低保 / 残疾人补贴 / 临时救助申请书)
# ----------------------------------------------------------------------------------------------
def cert_for(ctx, p):
    """(证件名称, segs) for an applicant; mostly 身份证"""
    r = ctx.r
    x = r.random()
    if x < 0.1:
        return "护照", K(
            "passport",
            r.choice(
                [
                    "E" + digits(r, 8),
                    "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 7),
                    "G" + digits(r, 8),
                ]
            ),
        )
    if x < 0.17:
        return "港澳居民来往内地通行证", K(
            "hk_macau_permit", r.choice(["H", "M"]) + digits(r, r.choice([8, 10]))
        )
    if x < 0.23:
        return "台湾居民来往大陆通行证", K("tw_permit", digits(r, 8))
    if x < 0.27:
        return "往来港澳通行证", K(
            "hk_macau_permit",
            r.choice(
                [
                    "C" + digits(r, 8),
                    "C" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 7),
                    "W" + digits(r, 8),
                ]
            ),
        )
    if x < 0.3:
        return "大陆居民往来台湾通行证", K("tw_permit", "L" + digits(r, 8))
    if x < 0.35 and p.idk == "id_card":
        return "居民身份证", K("id_card", " ".join(p.id))
    return r.choice(["居民身份证", "身份证", "身份证"]), K(p.idk, p.id)


def emit_form(ctx, b, rows, style):
    """rows: lists alternating label, value (segs or str)."""
    r = ctx.r
    if style == "kv":
        colon = r.choice(["：", ":", "："])
        for row in rows:
            pairs = [(row[i], row[i + 1] if i + 1 < len(row) else "") for i in range(0, len(row), 2)]
            line = []
            for lab, v in pairs:
                if not ctext(as_cell(lab)) and not ctext(as_cell(v)):
                    continue
                line.append(T(ctext(as_cell(lab)) + colon) + as_cell(v))
            if line:
                b.s(join_segs(line, r.choice(["    ", "　　", "  "])))
                b.t("\n")
    else:
        emit_table(b, rows, style, 0, r)


def fam_application(ctx):
    r, c = ctx.r, ctx.c
    sub = r.choice(["gk", "gk", "gk_org", "dibao", "dibao", "letter", "canbu", "crj", "crj"])
    style = r.choice(["kv", "kv", "grid", "pipe", "cells", "cells", "tsv"])
    pdf = style == "cells" or (sub == "letter" and r.random() < 0.5) or (style == "kv" and r.random() < 0.3)
    town, vills = ctx.town()
    b = B()
    p = ctx.person(lo=20, hi=78)
    if sub in ("gk", "gk_org"):
        b.t(
            r.choice(
                [
                    "政府信息公开申请表",
                    "%s政府信息公开申请表" % c["name"],
                    "%s人民政府办公室\n政府信息公开申请表" % c["name"],
                ]
            )
            + "\n"
        )
        if r.random() < 0.5:
            b.t(
                "编号：%s    "
                % r.choice(
                    [
                        "GK%d%04d" % (ctx.year, r.randint(1, 999)),
                        "依申请〔%d〕第%03d号" % (ctx.year, r.randint(1, 200)),
                    ]
                )
            )
            b.t("收到日期：%s\n" % ctx.ad(ctx.date))
        rows = []
        if sub == "gk":
            cn, cv = cert_for(ctx, p)
            rows += [
                ["申请人类型", "公民"],
                [
                    "姓名",
                    K("name", p.name),
                    "工作单位",
                    r.choice(["无", "务农", "个体", c["name"] + "第一中学", "退休"]),
                ],
                ["证件名称", cn, "证件号码", cv],
                ["联系电话", ctx.mob_segs(p.mobile), "邮政编码", c["post"]],
            ]
            if r.random() < 0.2:
                rows.append(["固定电话", K("landline", ctx.home_tel()), "传真", ""])
            rows.append(["通信地址", K("address", ctx.address(full=r.choice([1, 2, 3])))])
            if r.random() < 0.6:
                rows.append(["电子邮箱", K("email", ctx.private_email(p))])
        else:
            lr, ct = p, ctx.person(lo=22, hi=55)
            con = co_name(ctx)
            rows += [
                ["申请人类型", "法人或者其他组织"],
                ["名称", con, "统一社会信用代码", make_uscc(r, c["code"], "93" if "合作社" in con else "91")],
                ["法定代表人或负责人", K("name", lr.name), "联系人姓名", K("name", ct.name)],
                ["联系人电话", ctx.mob_segs(ct.mobile), "传真", ctx.agency_tel() if r.random() < 0.3 else ""],
                ["通信地址", ctx.biz_addr(), "邮政编码", c["post"]],
            ]
            if r.random() < 0.7:
                rows.append(["联系人电子邮箱", K("email", ctx.private_email(ct))])
        third = ctx.person(lo=30, hi=85)
        v = r.choice(vills)
        desc = r.choice(
            [
                T("%s%s村民" % (town, v))
                + K("name", third.name)
                + T("享受农村低保的审批材料，包括申请书、入户调查表和民主评议记录"),
                T("本人位于")
                + K("address", ctx.address(town, v, full=1))
                + T(
                    "的房屋被列入%s项目征收范围，申请公开该项目的征收补偿安置方案及本户的评估报告"
                    % r.choice(["G213改扩建", "城区棚户区改造", "易地扶贫搬迁"])
                ),
                T(
                    "%s%d年度%s资金的分配结果及发放明细（%s）"
                    % (
                        town,
                        ctx.year - 1,
                        r.choice(["耕地地力保护补贴", "低保", "临时救助"]),
                        ctx.doc_no("政发"),
                    )
                ),
                T("本人父亲")
                + K("name", third.name)
                + T("于%d年被认定为特困供养人员的审批表" % (ctx.year - r.randint(1, 5))),
                T("%s村民%s反映的宅基地审批事项的处理结果" % (v, ctx.mask_name(third.name))),
            ]
        )
        rows += [
            [
                "所需政府信息的名称",
                "%s相关信息" % r.choice(["社会救助", "房屋征收", "财政补贴", "宅基地审批"]),
            ],
            ["文号或索引号", r.choice([ctx.doc_no("政办发"), ctx.index_no(), "不详"])],
            ["所需信息的内容描述", desc],
            [
                "获取信息的方式",
                r.choice(["☑纸质  □电子邮件  □光盘", "□纸质 ☑电子邮件 □当场阅读", "邮寄纸质件"]),
            ],
            [
                "申请人签名（盖章）",
                K("name", p.name if sub == "gk" else ct.name),
                "申请日期",
                ctx.ad(ctx.date),
            ],
        ]
        emit_form(ctx, b, rows, style)
        if r.random() < 0.5:
            b.t(
                "以下由受理机关填写\n受理人：%s    受理日期：%s    登记号：%s\n"
                % (
                    ctx.official(),
                    ctx.ad(ctx.date),
                    "%s政公〔%d〕第%03d号" % (c["ab"], ctx.year, r.randint(1, 300)),
                )
            )
    elif sub == "crj":
        b.t(
            "%s公安局出入境管理大队\n中国公民出入境证件申请表\n受理编号：%s%d%s\n"
            % (c["name"], c["code"], ctx.year, digits(r, 7))
        )
        p = ctx.person(lo=8, hi=70)
        wants = r.sample(["普通护照", "往来港澳通行证", "往来台湾通行证"], r.randint(1, 2))
        rows = [
            ["姓名", K("name", p.name), "性别", p.sex, "出生日期", p.birth.strftime("%Y-%m-%d")],
            ["公民身份号码", ctx.id_segs(p), "民族", "汉族"],
            [
                "户口所在地",
                K("address", ctx.address(full=r.choice([2, 3]))),
                "联系电话",
                ctx.mob_segs(p.mobile),
            ],
            [
                "申请类别",
                r.choice(["首次申请", "失效重新申请", "换发", "补发"]),
                "申请证件",
                "、".join(wants),
            ],
        ]
        old = []
        for w in wants:
            if w == "普通护照":
                old.append(
                    K(
                        "passport",
                        r.choice(
                            ["E" + digits(r, 8), "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 7)]
                        ),
                    )
                )
            elif w == "往来港澳通行证":
                old.append(
                    K(
                        "hk_macau_permit",
                        "C" + r.choice([digits(r, 8), r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 7)]),
                    )
                )
            else:
                old.append(K("tw_permit", "L" + digits(r, 8)))
        rows.append(
            [
                "原持证件号码",
                join_segs(old, r.choice(["；", "、", " / "])),
                "前往国家（地区）",
                r.choice(["香港", "澳门", "泰国", "台湾", "日本"]),
            ]
        )
        if r.random() < 0.5:
            rows.append(
                [
                    "电子邮箱",
                    K("email", ctx.private_email(p)),
                    "工作单位",
                    r.choice(["无", "务工", c["name"] + "人民医院"]),
                ]
            )
        ec = ctx.person(lo=25, hi=70)
        rows.append(
            [
                "紧急联系人",
                K("name", ec.name),
                "与申请人关系",
                r.choice(["父亲", "母亲", "配偶", "兄弟", "子女"]),
                "紧急联系人电话",
                ctx.phone_segs(ec),
            ]
        )
        if p.age < 16:
            g = ctx.person(lo=30, hi=50, surname=p.surname)
            rows.append(["监护人姓名", K("name", g.name), "监护人身份证号", ctx.id_segs(g)])
        emit_form(ctx, b, rows, style)
        b.t("申请人签名：")
        b.s(K("name", p.name))
        b.t("    受理民警：%s    审核：%s    %s\n" % (ctx.official(), ctx.official(), ctx.ad(ctx.date)))
    elif sub in ("dibao", "canbu"):
        title = (
            "最低生活保障申请审批表" if sub == "dibao" else "困难残疾人生活补贴和重度残疾人护理补贴申请审批表"
        )
        b.t(r.choice(["", c["name"]]) + title + "\n")
        b.t("%s（街道）    %s（社区）    申请日期：%s\n" % (town, r.choice(vills), ctx.ad(ctx.date)))
        mem = household(ctx, r.randint(1, 5))
        p = mem[0][0]
        rows = [
            ["申请人姓名", K("name", p.name), "性别", p.sex, "民族", "汉族"],
            ["身份证号码", ctx.id_segs(p), "联系电话", ctx.mob_segs(p.mobile)],
            ["家庭住址", K("address", ctx.address(town, full=r.choice([0, 1, 2])))],
        ]
        if sub == "canbu":
            dt, g = r.randint(0, 6), r.randint(1, 4)
            cert = (
                K("id_card", p.id) + T("%d%d" % (dt + 1, g))
                if p.idk == "id_card"
                else T(p.id + "%d%d" % (dt + 1, g))
            )
            rows += [["残疾人证号", cert, "残疾类别等级", K("health", DIS_TYPES[dt] + "残疾" + GRADE[g - 1])]]
            if r.random() < 0.6:
                gd = mem[1][0] if len(mem) > 1 else ctx.person(lo=30, hi=70)
                rows += [
                    [
                        "监护人（代理人）",
                        K("name", gd.name),
                        "与残疾人关系",
                        mem[1][1] if len(mem) > 1 else r.choice(["侄子", "女儿", "邻居"]),
                    ],
                    ["监护人身份证号", ctx.id_segs(gd), "监护人电话", ctx.mob_segs(gd.mobile)],
                ]
        card, bank = make_card(r)
        rows.append(["开户银行", bank + c["bank"] + "支行", "银行账号", cell_card(ctx, card, False, style)])
        if sub == "dibao":
            rows.append(
                [
                    "家庭机动车辆",
                    r.choice(
                        [
                            T("无"),
                            T("无"),
                            K("license_plate", ctx.plate())
                            + T(r.choice(["（二手面包车）", "（农用三轮车）", "（摩托车）", ""])),
                        ]
                    ),
                    "家庭固定电话",
                    K("landline", ctx.home_tel()) if r.random() < 0.4 else T("无"),
                ]
            )
        emit_form(ctx, b, rows, style)
        if sub == "dibao":
            b.t("家庭成员情况\n")
            mrows = [["姓名", "与申请人关系", "身份证号码", "健康状况", "就业（就学）情况", "月收入（元）"]]
            for q, rel in mem:
                x = r.random()
                hs = (
                    T(r.choice(["健康", "良好", "健康"]))
                    if x < 0.55
                    else K("health", r.choice(["残疾", "慢性病", "重病", ctx.health()]))
                )
                mrows.append(
                    [
                        K("name", q.name),
                        "本人" if rel == "户主" else rel,
                        ctx.id_segs(q, style == "tsv"),
                        hs,
                        "学龄前"
                        if q.age < 7
                        else "在读"
                        if q.age < 20
                        else r.choice(["务农", "外出务工", "无", "灵活就业"]),
                        str(r.choice([0, 0, 300, 800, 1500]) if q.age >= 18 else 0),
                    ]
                )
            emit_table(
                b,
                mrows,
                "tsv" if style == "kv" and r.random() < 0.5 else ("cells" if style == "kv" else style),
                1,
                r,
            )
            b.t("申请理由：")
            hp = r.choice(mem)
            b.s(T("家中" if hp[1] == "户主" else "申请人%s" % ("本人" if hp[1] == "户主" else hp[1])))
            b.s(
                T("长期患"),
                K("health", ctx.health("d")),
                T("，%s，家庭收入低于当地低保标准。\n" % r.choice(["无劳动能力", "医疗支出大", "子女尚小"])),
            )
        b.t("申请人（签字）：")
        b.s(K("name", p.name))
        b.t("    %s\n" % ctx.ad(ctx.date))
        b.t(
            "村（居）委会意见：经入户调查和民主评议，情况属实，同意上报。\n经办人：%s    负责人：%s（村委会主任）\n"
            % (ctx.official(), ctx.official())
        )
        b.t(
            "乡镇（街道）审核意见：同意。    审核人：%s    %s\n"
            % (ctx.official(), ctx.ad(ctx.date + datetime.timedelta(days=r.randint(5, 20))))
        )
    else:
        mem = household(ctx, r.randint(2, 5), lo=30, hi=70)
        p = mem[0][0]
        b.t(
            r.choice(["临时救助申请书", "申 请 书", "申请书"])
            + "\n\n%s：\n"
            % r.choice([town + "人民政府", c["name"] + "民政局", "尊敬的" + town + "党委、政府"])
        )
        b.s(
            T("    我叫"),
            K("name", p.name),
            T("，%s，现年%d岁，身份证号：" % (p.sex, p.age)),
            ctx.id_segs(p),
            T("，家住"),
            K("address", ctx.address(town, full=r.choice([0, 1, 2]))),
            T("。家中共有%d口人：" % len(mem)),
        )
        b.s(join_segs([T(rel) + K("name", q.name) for q, rel in mem[1:]], "，"))
        sick = r.choice(mem[1:])
        b.s(
            T("。%d年%d月，我%s" % (ctx.year, max(1, ctx.date.month - 1), sick[1])),
            K("name", sick[0].name),
            T(
                "被%s诊断为"
                % r.choice([c["name"] + "人民医院", c["city"][:2] + "市第一人民医院", "省人民医院"])
            ),
            K("health", ctx.health("d")),
            T(
                "，先后住院%d次，共花费医疗费%d元，医保报销后自付%d元，"
                % (r.randint(1, 5), r.randint(30000, 200000), r.randint(8000, 60000))
            ),
        )
        if r.random() < 0.5:
            b.s(T("我本人也因"), K("health", ctx.health(r.choice(["dis", "d"]))), T("无法外出务工，"))
        b.t("家庭生活十分困难。特向政府申请临时救助，恳请领导予以批准。\n\n")
        b.s(
            T("    申请人："),
            K("name", p.name),
            T(r.choice(["（手印）", "", "（签字）"]) + "\n    联系电话："),
            ctx.mob_segs(p.mobile),
            T("\n"),
        )
        if r.random() < 0.5:
            hp = ctx.person(lo=20, hi=50, surname=p.surname)
            b.s(
                T("    代书人："),
                K("name", hp.name),
                T("（系申请人%s）  电话：" % r.choice(["侄子", "外甥", "邻居"])),
                ctx.mob_segs(hp.mobile),
                T("\n"),
            )
        b.t("    %s\n" % cn_date(ctx.date) if r.random() < 0.3 else "    %s\n" % ctx.ad(ctx.date))
        if r.random() < 0.5:
            b.t(
                "\n村委会意见：情况属实，建议给予救助。（盖章）  村党支部书记：%s  村委会主任：%s  联系电话：%s\n"
                % (ctx.official(), ctx.official(), ctx.mobile())
            )
    return finish(ctx, b, "application_form", pdf, width=r.randint(50, 72))


# ----------------------------------------------------------------------------------------------
# Family 5: 会议纪要 (村民代表会议 / 两委会议 / 民主评议)
# ----------------------------------------------------------------------------------------------
def say(ctx, b, who_segs, role, words, end="\n"):
    r = ctx.r
    x = r.random()
    if x < 0.3:
        b.s(T(role), who_segs, T("：" + words + end))
    elif x < 0.55:
        b.s(who_segs, T("（%s）：" % role + words + end))
    elif x < 0.75:
        b.s(T("【"), who_segs, T("】" + words + end))
    else:
        b.s(T(role), who_segs, T(r.choice(["发言：", "说：", "提出："]) + words + end))


def fam_minutes(ctx):
    r, c = ctx.r, ctx.c
    town, vills = ctx.town()
    vill = r.choice([v for v in vills if v.endswith("村")] or vills)
    sub = r.choice(["代表会", "代表会", "两委", "评议", "评议"])
    pdf = r.random() < 0.4
    b = B()
    title = {
        "代表会": "%s村民代表会议纪要" % vill,
        "两委": "%s“两委”联席会议记录" % vill,
        "评议": "%s%d年低保对象民主评议会议记录" % (vill, ctx.year),
    }[sub]
    b.t(title + "\n")
    sec, head, clerk = ctx.official(), ctx.official(), ctx.official()
    cadres = [ctx.official() for _ in range(r.randint(2, 4))]
    reps = [ctx.person(lo=30, hi=75) for _ in range(0 if sub == "两委" else r.randint(5, 11))]
    pk, fs = ctx.official(), ctx.official()
    b.t(
        "时间：%s %d:%02d\n地点：%s\n"
        % (
            ctx.ad(ctx.date),
            r.randint(8, 20),
            r.choice([0, 30]),
            r.choice([vill + "村委会会议室", vill + "党群服务中心二楼会议室", vill + "便民服务中心"]),
        )
    )
    b.t(
        "主持人：%s（村党%s书记）\n记录人：%s（村%s）\n"
        % (sec, r.choice(["支部", "总支"]), clerk, r.choice(["文书", "会计", "监委会委员"]))
    )
    b.t("参会人员：村“两委”成员%s、%s、%s" % (sec, head, "、".join(cadres)))
    if reps:
        b.t("；村民代表")
        b.s(join_segs([K("name", p.name) for p in reps]))
        b.t("（共%d人）" % len(reps))
    b.t("\n列席人员：%s包村干部%s、驻村第一书记%s\n" % (town, pk, fs))
    if reps and r.random() < 0.5:
        ab = ctx.person(lo=30, hi=70)
        b.s(
            T("缺席："),
            K("name", ab.name),
            T("（村民代表，%s）\n" % r.choice(["外出务工", "请假", "生病住院"])),
        )
    b.t(
        "\n会议内容：\n一、%s传达%s关于%s工作的通知精神，%s包村干部%s讲解政策。\n"
        % (
            sec,
            town + "人民政府",
            r.choice(["低保动态管理", "防返贫动态监测", "社会救助", "人居环境整治"]),
            town,
            pk,
        )
    )
    b.t("二、%s\n" % ("评议低保申请及动态调整对象" if sub != "两委" else "研究村内近期事项"))
    for i in range(r.randint(2, 5)):
        mem = household(ctx, r.randint(1, 5))
        p = mem[0][0]
        g = ctx.group()
        b.s(
            T("%d．申请人" % (i + 1) if r.random() < 0.5 else "（%d）" % (i + 1)),
            K("name", p.name),
            T(
                "，%s%s%s村民，家庭人口%d人"
                % (
                    r.choice(["", "男，", "女，"]).replace("男", p.sex).replace("女", p.sex),
                    vill,
                    g,
                    len(mem),
                )
            ),
        )
        if len(mem) > 1 and r.random() < 0.8:
            q, rel = r.choice(mem[1:])
            b.s(
                T("，%s" % rel),
                K("name", q.name),
                T(r.choice(["患有", "身患", "确诊", "系"])),
                K("health", ctx.health("dis" if r.random() < 0.3 else "d")),
            )
            if r.random() < 0.3:
                b.s(T("，本人"), K("health", ctx.health("imp")))
        else:
            b.s(T("，本人" + r.choice(["患", "长期患"])), K("health", ctx.health("d")))
        b.t(
            "。%s\n"
            % r.choice(
                [
                    "经入户调查，家庭人均月收入低于保障标准。",
                    "现住房为土木结构，无稳定收入来源。",
                    "子女在外务工，收入不稳定。",
                ]
            )
        )
        if reps:
            for sp in r.sample(reps, min(len(reps), r.randint(1, 3))):
                say(
                    ctx,
                    b,
                    K("name", sp.name),
                    "村民代表",
                    r.choice(
                        [
                            "他家情况我了解，确实困难，同意纳入。",
                            "他儿子在外打工，一个月有三四千，建议再核实一下收入。",
                            "我和他是邻居，病了好几年了，我同意。",
                            "建议按B类保障。",
                            "情况属实，没有意见。",
                        ]
                    ),
                )
            if r.random() < 0.25:
                say(ctx, b, K("name", r.choice(reps).name), "村民代表", "", end="")
                b.s(
                    T("他家%s有一辆" % r.choice(["去年", "前年", ""])),
                    K("license_plate", ctx.plate()),
                    T("的%s，是不是要核实一下？\n" % r.choice(["小轿车", "面包车", "货车"])),
                )
        if r.random() < 0.6:
            say(
                ctx,
                b,
                T(head),
                "村委会主任",
                r.choice(["大家有意见可以提，评议结果要张榜公示。", "收入情况村里已经核实过了。"]),
            )
        agree = r.randint(len(reps) // 2 + 1, len(reps)) if reps else len(cadres) + 2
        b.t(
            "表决结果：应到%d人，实到%d人，同意%d票，反对%d票，弃权%d票。%s\n"
            % (
                len(reps) or len(cadres) + 2,
                len(reps) or len(cadres) + 2,
                agree,
                max(0, (len(reps) or len(cadres) + 2) - agree - 1),
                min(1, (len(reps) or len(cadres) + 2) - agree),
                r.choice(["同意上报。", "通过。", "暂缓，待进一步核实。"]),
            )
        )
    if r.random() < 0.7:
        s = r.choice(c["surn"])
        b.t("三、其他事项\n")
        x = r.random()
        if x < 0.4:
            b.t(
                "1．%s村组道路硬化项目由%s%s氏建筑劳务有限公司中标施工，村监委会负责监督，监督电话%s（%s）。\n"
                % (vill, c["name"], s, ctx.mobile(), head)
            )
        w = ctx.person(lo=30, hi=80)
        if r.random() < 0.5:
            b.s(
                T("2．村民"),
                K("name", w.name),
                T("反映其位于"),
                K("address", ctx.address(town, vill, full=0, urban=False)),
                T("的房屋后坡出现裂缝，会议决定由%s联系镇村建所鉴定。\n" % cadres[0]),
            )
        else:
            b.t(
                "2．村民%s反映灌溉水渠堵塞问题，会议决定由%s负责协调。\n" % (ctx.mask_name(w.name), cadres[0])
            )
        if r.random() < 0.5:
            b.t(
                "3．全村现有残疾人%d人、特困人员%d人，要求网格员每月走访一次。\n"
                % (r.randint(10, 60), r.randint(2, 15))
            )
    b.t(
        "\n会议要求：评议结果在村务公开栏公示7天，公示期间群众可向村监委会或%s反映，电话%s。\n"
        % (town + "人民政府", ctx.agency_tel())
    )
    if reps and r.random() < 0.55:
        b.t("\n参会人员签到表\n")
        rows = [["序号", "姓名", "身份", "联系电话"]]
        k = 1
        for nm in [sec, head] + cadres[:2]:
            rows.append([str(k), nm, "村两委成员", ctx.mobile()])
            k += 1
        for p in reps:
            rows.append([str(k), K("name", p.name), "村民代表", ctx.mob_segs(p.mobile, allow_cc=False)])
            k += 1
        emit_table(b, rows, r.choice(["tsv", "aligned", "cells", "pipe"]), 1, r)
    b.t("\n记录人：%s    主持人：%s\n" % (clerk, sec))
    return finish(
        ctx, b, "meeting_minutes", pdf, width=r.randint(50, 74), head=title if r.random() < 0.3 else None
    )


# ----------------------------------------------------------------------------------------------
# Family 6: 答复书 / 补正通知 / 延期告知 / 征求第三方意见
# ----------------------------------------------------------------------------------------------
def fam_reply(ctx):
    r, c = ctx.r, ctx.c
    sub = r.choice(["答复", "答复", "答复", "补正", "补正", "延期", "第三方"])
    agency = r.choice(
        [
            c["name"] + "人民政府办公室",
            c["name"] + "民政局",
            c["name"] + "自然资源局",
            c["name"] + r.choice(c["towns"])[0] + "人民政府",
        ]
    )
    pdf = r.random() < 0.45
    b = B()
    app = ctx.person(lo=22, hi=75)
    org = r.random() < 0.15
    title = {
        "答复": "政府信息公开申请答复书",
        "补正": "政府信息公开申请补正通知书",
        "延期": "政府信息公开延期答复告知书",
        "第三方": "政府信息公开征求第三方意见书",
    }[sub]
    b.t(agency + "\n" + title + "\n")
    b.t(
        "%s依申%s〔%d〕%d号\n\n"
        % (
            c["ab"],
            {"答复": "复", "补正": "补", "延期": "延", "第三方": "征"}[sub],
            ctx.year,
            r.randint(1, 120),
        )
    )
    d1 = ctx.date - datetime.timedelta(days=r.randint(5, 25))
    reg = "%s政公〔%d〕第%03d号" % (c["ab"], ctx.year, r.randint(1, 300))
    desc = r.choice(
        [
            "%s年度临时救助资金发放明细" % (ctx.year - 1),
            "本村低保户评议记录",
            "本人户籍地房屋征收补偿方案",
            "%s项目用地审批文件" % r.choice(["G213改扩建", "移民安置点", "光伏发电"]),
            "本人母亲的特困供养审批表",
        ]
    )
    way = r.choice(["信函", "%s政府信息公开网上申请平台" % c["name"], "当面", "电子邮件"])
    if sub == "第三方":
        desc = r.choice(
            [
                "%s年度临时救助资金发放明细" % (ctx.year - 1),
                "%s低保对象评议及审批材料" % r.choice(c["towns"])[1][0],
                "房屋征收项目补偿协议汇总表",
            ]
        )
    if sub == "第三方":
        tp = ctx.person(lo=30, hi=80)
        b.s(K("name", tp.name), T("：\n"))
        b.s(
            T(
                "    本机关于%s收到申请人%s"
                % (ctx.ad(d1), ctx.mask_name(app.name) if r.random() < 0.7 else "")
            )
        )
        b.t("提出的政府信息公开申请（登记号：%s），申请获取“%s”。该信息涉及您的" % (reg, desc))
        b.t(
            r.choice(["身份证号码、家庭住址、银行账号", "家庭成员及收入情况", "健康状况等个人信息"])
            + "，根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求您的意见。\n"
        )
        b.t(
            "    请您自收到本意见书之日起15个工作日内提出意见，逾期未提出意见的，本机关将依照条例规定决定是否公开。\n"
        )
        b.s(
            T("\n送达地址："),
            K("address", ctx.address(full=r.choice([1, 2]))),
            T("    联系电话："),
            ctx.mob_segs(tp.mobile),
            T("\n"),
        )
    else:
        if org:
            co = co_name(ctx)
            ct = ctx.person(lo=25, hi=55)
            b.t(co + "：\n")
        else:
            b.s(
                K("name", app.name),
                T(r.choice(["：", "先生：" if app.sex == "男" else "女士：", "同志："]) + "\n"),
            )
        b.t(
            "    本机关于%s收到您通过%s方式提交的政府信息公开申请（登记号：%s），您申请获取“%s”。"
            % (ctx.ad(d1), way, reg, desc)
        )
        if sub == "补正":
            b.t(
                "经审查，您提交的申请%s。根据《中华人民共和国政府信息公开条例》第二十九条、第三十条的规定，请您在收到本通知之日起15个工作日内对申请作出补正：\n"
                % r.choice(["未提供申请人身份证明", "内容描述不明确", "所需信息的名称、文号等特征性描述不清"])
            )
            b.t(
                "    1．提供有效身份证件复印件；\n    2．明确所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。\n"
            )
            b.t("    无正当理由逾期不补正的，视为您放弃申请，本机关不再处理该政府信息公开申请。\n")
        elif sub == "延期":
            b.t(
                "因%s，需要延长答复期限。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，本机关将延长20个工作日，于%s前作出答复。\n"
                % (
                    r.choice(["所需信息需要征求第三方意见", "所需信息数量较大、需协调多个部门"]),
                    ctx.ad(ctx.date + datetime.timedelta(days=28)),
                )
            )
        else:
            out = r.choice(["公开", "部分", "部分", "不存在", "非本机关"])
            b.t("经审查，现答复如下：\n")
            if out == "公开":
                b.t(
                    "    您申请获取的信息属于公开范围，现将%s提供给您（见附件）。\n"
                    % r.choice(["相关文件复印件", "该信息电子件"])
                )
            elif out == "部分":
                tpn = ctx.person(lo=30, hi=80)
                b.t(
                    "    您申请的信息中含有第三方%s等%d人的身份证号码、家庭住址、银行账号及健康状况等个人信息，公开后可能损害第三方合法权益。"
                    "根据条例第十五条、第三十七条的规定，本机关对上述内容作区分处理后，将可以公开的部分提供给您。\n"
                    % (ctx.mask_name(tpn.name), r.randint(2, 30))
                )
                if r.random() < 0.5:
                    b.s(
                        T("    其中关于"),
                        K("name", tpn.name),
                        T("（身份证号："),
                        T(ctx.mask_id(tpn.id)),
                        T("）的审批材料，经征求其本人意见，其不同意公开，本机关决定不予公开。\n"),
                    )
            elif out == "不存在":
                b.t(
                    "    经检索本机关档案，未找到您申请的信息，该信息不存在。根据条例第三十六条第（四）项的规定，告知如下。\n"
                )
            else:
                b.t(
                    "    您申请的信息不属于本机关负责公开，根据条例第三十六条第（五）项的规定，建议您向%s咨询，地址：%s，联系电话：%s。\n"
                    % (
                        c["name"] + r.choice(["住房和城乡建设局", "农业农村局", "乡村振兴局"]),
                        ctx.agency_addr(),
                        ctx.agency_tel(),
                    )
                )
            b.t(
                "    如对本答复不服，可以自收到本答复之日起六十日内向%s申请行政复议，或者在六个月内向%s人民法院提起行政诉讼。\n"
                % (c["pref"] if "人民政府办公室" in agency else c["name"] + "人民政府", c["name"])
            )
    b.t(
        "\n%s%s\n%s%s\n"
        % (" " * 20, agency, " " * 20, cn_date(ctx.date) if r.random() < 0.6 else ctx.ad(ctx.date))
    )
    b.t(
        "\n（联系人：%s，联系电话：%s，电子邮箱：%s）\n"
        % (
            r.choice([ctx.official(), ctx.official()[0] + r.choice(["老师", "同志", "主任", "科长"])]),
            ctx.agency_tel(),
            ctx.agency_mail(),
        )
    )
    if sub != "第三方" and r.random() < 0.7:
        b.t("\n送达回执\n受送达人：")
        if org:
            b.t(co + "（联系人：")
            b.s(K("name", ct.name))
            b.t("）")
        else:
            b.s(K("name", app.name))
        if not org and r.random() < 0.35:
            cn, cv = cert_for(ctx, app)
            b.s(T("    证件：%s " % cn), cv)
        b.t("\n送达方式：%s\n" % r.choice(["EMS邮寄", "中国邮政EMS", "挂号信"]))
        b.t(
            "邮件号：%s\n"
            % r.choice(
                ["11%s" % digits(r, 11), "E%s%sCN" % (r.choice("ABMS"), digits(r, 9)), "1%s" % digits(r, 12)]
            )
        )
        b.t("收件地址：")
        if org:
            b.t(ctx.biz_addr())
        else:
            b.s(K("address", ctx.address(full=r.choice([1, 2, 3]))))
        b.t("\n收件人电话：")
        b.s(ctx.mob_segs(ct.mobile if org else app.mobile))
        if not org and r.random() < 0.3:
            b.s(T("；"), K("landline", ctx.home_tel()))
        b.t("\n")
        if not org and r.random() < 0.45:
            b.s(T("电子邮箱："), K("email", ctx.private_email(app)), T("\n"))
        b.t("送达人：%s\n" % ctx.official())
    return finish(
        ctx, b, "reply_letter", pdf, width=r.randint(52, 76), head=agency if r.random() < 0.25 else None
    )


# ----------------------------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------------------------
FAM_FUNCS = [
    ("dibao_roster", fam_roster, 70),
    ("penalty_decision", fam_penalty, 70),
    ("publicity", fam_publicity, 70),
    ("application_form", fam_application, 70),
    ("meeting_minutes", fam_minutes, 60),
    ("reply_letter", fam_reply, 60),
]


def make_doc(seed, i):
    r = random.Random("holdout46|%s|%d" % (seed, i))
    county = COUNTIES[i % len(COUNTIES)] if r.random() < 0.5 else r.choice(COUNTIES)
    tot = sum(w for _, _, w in FAM_FUNCS)
    k = i * 7919 % tot
    for _, fn, w in FAM_FUNCS:
        if k < w:
            break
        k -= w
    ctx = Ctx(r, county)
    return fn(ctx)


# ----------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------
def _date_ok(s, fmt):
    try:
        d = datetime.datetime.strptime(s, fmt).date()
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= d <= datetime.date(2025, 12, 31)


PLATE_RE = re.compile("[%s][A-Z][·\\-]?([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]{5})" % PROV_SHORT)


def validate(kind, v):
    n = re.sub(r"\s", "", unicodedata.normalize("NFKC", v))
    if kind == "id_card":
        return (
            re.fullmatch(r"\d{17}[\dX]", n) is not None
            and id_check(n[:17]) == n[17]
            and _date_ok(n[6:14], "%Y%m%d")
            and n[:6] in VALID_CODES
        )
    if kind == "id_card_15":
        return (
            re.fullmatch(r"\d{15}", n) is not None
            and _date_ok("19" + n[6:12], "%Y%m%d")
            and n[:6] in VALID_CODES
        )
    if kind == "mobile":
        n = n.replace("-", "")
        return re.fullmatch(r"1[3-9]\d{9}", n) is not None and n[:3] in MOBILE_PFX
    if kind == "landline":
        n = re.sub(r"[-()]", "", n)
        return (
            re.fullmatch(r"0\d{2,3}[2-9]\d{6,7}", n) is not None and any(n.startswith(a) for a in AREA_CODES)  # type: ignore[arg-type]
        ) or re.fullmatch(r"[2-9]\d{6,7}", n) is not None
    if kind == "bank_card":
        return re.fullmatch(r"\d{16,19}", n) is not None and luhn_ok(n) and BIN_LEN.get(n[:6]) == len(n)
    if kind == "email":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", n) is not None
    if kind == "passport":
        return re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", n) is not None
    if kind == "hk_macau_permit":
        return re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}|W\d{8}|[HM]\d{8}|[HM]\d{10}", n) is not None
    if kind == "tw_permit":
        return re.fullmatch(r"L\d{8}|\d{8}", n) is not None
    if kind == "license_plate":
        return PLATE_RE.fullmatch(n) is not None
    if kind == "address":
        return (
            len(n) >= 4
            and re.search(r"(号|栋|幢|单元|室|组)$", n) is not None
            and re.match(r"[\u4e00-\u9fff]", n) is not None
        )
    if kind == "name":
        return re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", n) is not None and not re.search("[某×＊*]", n)
    if kind == "health":
        return (
            len(n) >= 2 and re.search(r"[\u4e00-\u9fff]", n) is not None and not n.startswith(("患", "确诊"))
        )
    return False


def scan_unlabelled(text, spans):
    cov = {}
    for s in spans:
        for i in range(s["start"], s["end"]):
            cov[i] = s["kind"]
    out = {"id_like": 0, "mobile_like": 0, "card_like": 0, "email_like": 0}
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])", text):
        if m.start() not in cov and validate("id_card", m.group()):
            out["id_like"] += 1
    for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", text):
        if m.start() not in cov:
            out["mobile_like"] += 1
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", text):
        if m.start() not in cov and validate("bank_card", m.group()):
            out["card_like"] += 1
    for m in re.finditer(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", text):
        if m.start() not in cov:
            out["email_like"] += 1
    return out


def check_file(path):
    errors, n, kinds, types = [], 0, {}, {}  # type: ignore[var-annotated]
    unl = {}  # type: ignore[var-annotated]
    h = hashlib.sha256()
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            h.update(line.encode("utf-8"))
            try:
                d = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON (%s)" % (ln, e))
                continue
            n += 1
            if set(d) != {"type", "text", "spans"}:
                errors.append("line %d: keys %s" % (ln, sorted(d)))
                continue
            fam = d["type"][:-4] if d["type"].endswith(".pdf") else d["type"]
            if fam not in FAMILIES:
                errors.append("line %d: unknown type %r" % (ln, d["type"]))
            types[d["type"]] = types.get(d["type"], 0) + 1
            text, last_end = d["text"], -1
            for s in sorted(d["spans"], key=lambda x: (x["start"], x["end"])):
                k, a, e = s.get("kind"), s.get("start"), s.get("end")  # type: ignore[misc]
                if k not in KINDS:
                    errors.append("line %d: unknown kind %r" % (ln, k))
                    continue
                if not (isinstance(a, int) and isinstance(e, int) and 0 <= a < e <= len(text)):
                    errors.append("line %d: bad offsets %r" % (ln, s))
                    continue
                if a < last_end:
                    errors.append("line %d: overlapping span at %d" % (ln, a))
                last_end = max(last_end, e)
                v = text[a:e]
                if v != v.strip():
                    errors.append("line %d: span %r has outer whitespace" % (ln, v))
                if not validate(k, v):
                    errors.append("line %d: %s value %r fails validation" % (ln, k, v))
                kinds[k] = kinds.get(k, 0) + 1
            for kk, vv in scan_unlabelled(text, d["spans"]).items():
                unl[kk] = unl.get(kk, 0) + vv
    for e in errors[:50]:  # type: ignore[misc]
        print("ERROR", e)  # type: ignore[misc]
    print(
        "documents: %d   spans: %d   errors: %d   sha256: %s"
        % (n, sum(kinds.values()), len(errors), h.hexdigest())
    )
    print("types:", json.dumps(dict(sorted(types.items())), ensure_ascii=False))
    print("kinds:", json.dumps(dict(sorted(kinds.items())), ensure_ascii=False))
    print("unlabelled look-alikes (intended near-misses, info only):", json.dumps(unl))
    return 0 if not errors else 1


def main(argv=None):
    ap = argparse.ArgumentParser(description="holdout46 synthetic PII evaluation set")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", default="223")
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args(argv)
    if a.decisions:
        print(__doc__)
        return 0
    if a.check:
        return check_file(a.check)
    docs = [make_doc(a.seed, i) for i in range(a.docs)]
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
    if a.stats:
        types, kinds = {}, {}  # type: ignore[var-annotated]
        for d in docs:
            types[d["type"]] = types.get(d["type"], 0) + 1
            for s in d["spans"]:
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        print("types:", json.dumps(dict(sorted(types.items())), ensure_ascii=False), file=sys.stderr)
        print("kinds:", json.dumps(dict(sorted(kinds.items())), ensure_ascii=False), file=sys.stderr)
        print("total spans: %d" % sum(kinds.values()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
