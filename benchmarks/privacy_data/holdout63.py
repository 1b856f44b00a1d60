#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout63 -- blind evaluation set generator: personal information in Chinese
urban-district government disclosure (政务公开) publications.

Output: JSON Lines, one document a line:
  {"type": family, "text": text, "spans": [{"kind", "start", "end"}, ...]}
start/end are Python str offsets (end exclusive).  Standard library only;
deterministic for a given --seed (random.Random(seed); no "today").

CLI
  python holdout63.py --docs 400 --seed 313 -o OUT.jsonl
  python holdout63.py --check [FILE]      validate spans (file, or -o file, or a fresh run)
  python holdout63.py --stats [FILE]      counts per kind and per family
  python holdout63.py --decisions         print the DECISIONS section

FAMILIES (type field)
  dibao_list        城市低保/低保边缘 对象名单公示 (街道/社区), addresses to 小区/栋/单元/室
  cg_penalty        城市管理 行政处罚决定书 (占道经营、违章搭建) + 送达回证
  property_mediation 物业纠纷 人民调解协议书 (街道人民调解委员会)
  renovation_sign   老旧小区改造 业主意见征询/签字表
  residence_points  居住证 制证/办理名单 and 随迁子女积分入学 积分公示
  temp_relief       临时救助 审批表 (街道)
  pubrent_review    公共租赁住房 保障资格复核 (拟退出/保留) 公示
  disab_care        残疾人 居家托养服务补贴 发放名单
  correction_visit  社区矫正/安置帮教 对象 走访记录 (司法所)
  foi_request       依申请公开 申请表 与 答复书

DISTRICTS (市辖区, 6-digit division codes)
  成都市武侯区 510107 (四川)   武汉市洪山区 420111 (湖北)   西安市雁塔区 610113 (陕西)
  沈阳市铁西区 210106 (辽宁)   南宁市青秀区 450103 (广西)   兰州市城关区 620102 (甘肃)
  Street offices used are real 街道 of those districts; communities, estates,
  companies and all persons are synthetic.

PRESENTATIONS
  prose with labels; forms as label/value lines, tab pairs, HTML cells or
  &nbsp; remnants; tables as TSV, pdftotext -layout fixed width (last column
  wrapped onto following lines), one cell per line (DOCX/HTML flattened), CSV
  (quoted cells, in-cell line breaks), HTML <tr><td>.  Full-width digits, hard
  line breaks inside values, grouped ID/card digits, padded two-character names.

DECISIONS
 1. Only the listed kinds are labelled.  Sex, ethnicity, age, birth date,
    household size, income, relief amounts, 罪名/criminal record, 户籍地 at
    county level are personal but have no kind and are left unlabelled.
 2. name = full name of a private natural person, wherever it occurs (table
    cell, label value, family-member list, evidence list, signature line,
    salutation of a reply letter "张伟：").  This includes applicants, parties,
    household heads and members, children, guardians, neighbours, witnesses,
    tenants, co-applicants, 个体工商户 operators and persons acting for a private
    company (法定代表人, 委托代理人, 项目经理) -- they are private persons.
 3. Officials acting in role are NOT labelled: 执法人员, 承办人/经办人/审核人/
    审批人/负责人, 司法所工作人员, 社区居委会工作人员/网格员, 人民调解员, 记录人,
    送达人, agency 联系人.  Their office phones are not labelled either.
 4. Masked values are never labelled (张*, 张*伟, 李某, 王某某, 138****1234,
    6222********1234, 510107********1234).  When every identifier of a record is
    masked, other data of that record (health, unit locator) are not labelled
    either, because the person is no longer identifiable from the text; the
    masked publications in this set also truncate addresses to community level.
 5. Name span = exactly the name characters; layout padding inside the name
    (full-width space, two ASCII spaces, &nbsp;) is inside the span ("张　伟" is
    one span).  Roles, kinship words, honorifics and brackets are outside
    ("其母亲", "（户主）", "同志", "（签字）").
 6. Minority names: the whole name including the separator dot (·, •, ．),
    e.g. "阿依古丽·吐尔逊"; Yi and Tibetan names are written without spaces.
 7. Surnames inside organisation, shop, estate, village, road and street names
    (张家湾街道, 王家湾小区, 李记面馆, 刘家村) are not names.
 8. address = home/residence of a private person (own, rented, public rental
    unit, a family member's home, the home where an illegal structure was
    built, the place of a correction visit when it is the person's home)
    reaching 号/栋/幢/单元/室/组 level.  The span starts at the first place
    component of the value (province, city, district, street office,
    community, road, estate -- whichever comes first) and ends at the last
    fine-grained unit (室/号/组...).  Labels, postcodes and remarks such as
    "（租住）" are outside.
 9. Addresses that stop at community/estate level, 户籍地 at county level,
    and addresses of government bodies, companies, shops/business premises,
    schools, hospitals and road intersections (place of an 占道经营 offence)
    are not labelled.
10. A bare unit locator in a table ("2单元501室", "3栋1单元602室") IS labelled as
    address when the estate (and building) is given in the title/header:
    together they identify the home.
11. Wrapped values: a hard line break inside a value, a CSV in-cell line
    break, or pdftotext wrapping of the last column onto the next line, gives
    ONE span from the first character of the first fragment to the last
    character of the last fragment (newline and indentation inside).
12. id_card covers all 18 characters also when grouped by spaces, broken
    across lines, written with full-width digits or a lower-case x.  A 居住证
    号码 equal to the ID number is id_card.  15-digit numbers are id_card_15.
    残疾人证号 appear only masked.
13. mobile/landline = numbers of private persons; the span includes +86 / area
    code, brackets and separators.  A landline without area code is still
    landline.  Government office phones, 监督电话, hotlines (12345, 12319),
    property-service-centre and company switchboards are not labelled.  A
    private person's own mobile is labelled even when he acts for a company.
14. bank_card = card numbers of private persons (relief payment cards);
    corporate/fiscal accounts (非税收入 账户) are not labelled.
15. license_plate = plate of a private person's vehicle, span includes the
    province character and the optional "·" or space.
16. health = condition of an identifiable private person: disease names,
    disability category+grade, generic words (重病/大病/残疾/慢性病) in a named
    household's hardship cell.  Span = the condition expression only ("尿毒症",
    "肢体残疾二级", "精神二级"), without verbs (患有), causes (因), treatment
    phrases (住院治疗) or amounts.  Program titles (残疾人居家托养), eligibility
    rules, subsidy standards and mere membership of a list are not labelled.
17. Public by design: being in a statutory 公示 list (低保, 公租房, 积分入学)
    does not make data non-personal; they are labelled.  Whether to publish is
    a separate decision the detector supports.
18. Near-misses never labelled: 文号, 索引号 (which embeds the agency's credit
    code), 统一社会信用代码 (valid GB 32100 check char; also of 个体工商户),
    执法证号, 编号/受理号/申请编号, amounts, dates, postcodes, points scores,
    corporate accounts.
19. passport (E/EA/G...), hk_macau_permit (往来港澳通行证 C..., 港澳居民来往内地
    通行证 H/M...), tw_permit (台湾居民来往大陆通行证 8 digits, 大陆居民往来台湾
    通行证 L...): span = the number only.
20. email = private persons' addresses; government mailboxes are not labelled.
END DECISIONS
"""

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

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

# ---------------------------------------------------------------- reference data
DISTRICTS = [
    dict(
        prov="四川省",
        city="成都市",
        dist="武侯区",
        code="510107",
        short="武侯",
        plate="川A",
        area="028",
        ll=8,
        post="6100",
        streets=[
            "浆洗街街道",
            "望江路街道",
            "玉林街道",
            "跳伞塔街道",
            "火车南站街道",
            "红牌楼街道",
            "簇桥街道",
            "机投桥街道",
            "晋阳街道",
            "簇锦街道",
            "华兴街道",
        ],
        roads=[
            "玉林北路",
            "玉林南路",
            "科华北路",
            "武侯祠大街",
            "浆洗街",
            "洗面桥街",
            "高升桥路",
            "一环路南四段",
            "人民南路四段",
            "芳草街",
            "龙腾东路",
            "倪家桥路",
        ],
        eth=[("han", 0.84), ("yi", 0.06), ("tibetan", 0.07), ("hui", 0.03)],
        codes=["510107", "510107", "510107", "510104", "510106", "511102", "500103"],
    ),
    dict(
        prov="湖北省",
        city="武汉市",
        dist="洪山区",
        code="420111",
        short="洪山",
        plate="鄂A",
        area="027",
        ll=8,
        post="4300",
        streets=[
            "珞南街道",
            "关山街道",
            "狮子山街道",
            "张家湾街道",
            "梨园街道",
            "卓刀泉街道",
            "洪山街道",
            "和平街道",
            "青菱街道",
        ],
        roads=[
            "珞喻路",
            "雄楚大道",
            "关山大道",
            "卓刀泉南路",
            "虎泉街",
            "书城路",
            "民族大道",
            "南湖大道",
            "珞狮路",
            "野芷湖路",
        ],
        eth=[("han", 0.92), ("hui", 0.03), ("uyghur", 0.02), ("zhuang", 0.01), ("tibetan", 0.02)],
        codes=["420111", "420111", "420111", "420106", "420102", "430102", "360102"],
    ),
    dict(
        prov="陕西省",
        city="西安市",
        dist="雁塔区",
        code="610113",
        short="雁塔",
        plate="陕A",
        area="029",
        ll=8,
        post="7100",
        streets=[
            "小寨路街道",
            "大雁塔街道",
            "长延堡街道",
            "电子城街道",
            "等驾坡街道",
            "鱼化寨街道",
            "丈八沟街道",
            "曲江街道",
        ],
        roads=[
            "小寨东路",
            "小寨西路",
            "长安南路",
            "雁塔路",
            "电子二路",
            "科技路",
            "丈八东路",
            "含光路",
            "朱雀大街",
            "翠华路",
            "吉祥路",
        ],
        eth=[("han", 0.88), ("hui", 0.08), ("uyghur", 0.02), ("mongol", 0.02)],
        codes=["610113", "610113", "610113", "610103", "610104", "410102", "140105"],
    ),
    dict(
        prov="辽宁省",
        city="沈阳市",
        dist="铁西区",
        code="210106",
        short="铁西",
        plate="辽A",
        area="024",
        ll=8,
        post="1100",
        streets=[
            "兴华街道",
            "兴工街道",
            "霁虹街道",
            "笃工街道",
            "启工街道",
            "艳粉街道",
            "工人村街道",
            "七路街道",
            "重工街道",
        ],
        roads=[
            "兴华北街",
            "兴华南街",
            "建设大路",
            "北二中路",
            "保工北街",
            "卫工北街",
            "启工街",
            "重工北街",
            "景星北街",
            "兴工北街",
        ],
        eth=[("han", 0.83), ("manchu", 0.07), ("mongol", 0.06), ("hui", 0.04)],
        codes=["210106", "210106", "210106", "210102", "210103", "220102", "230102"],
    ),
    dict(
        prov="广西壮族自治区",
        city="南宁市",
        dist="青秀区",
        code="450103",
        short="青秀",
        plate="桂A",
        area="0771",
        ll=7,
        post="5300",
        streets=["新竹街道", "中山街道", "建政街道", "南湖街道", "津头街道"],
        roads=[
            "民族大道",
            "东葛路",
            "星湖路",
            "古城路",
            "桃源路",
            "竹溪大道",
            "建政路",
            "青秀路",
            "金湖路",
            "中山路",
        ],
        eth=[("han", 0.58), ("zhuang", 0.38), ("yi", 0.01), ("hui", 0.03)],
        codes=["450103", "450103", "450103", "450102", "451002", "440106", "530102"],
    ),
    dict(
        prov="甘肃省",
        city="兰州市",
        dist="城关区",
        code="620102",
        short="城关",
        plate="甘A",
        area="0931",
        ll=7,
        post="7300",
        streets=[
            "临夏路街道",
            "张掖路街道",
            "酒泉路街道",
            "白银路街道",
            "皋兰路街道",
            "东岗西路街道",
            "铁路东村街道",
            "拱星墩街道",
            "嘉峪关路街道",
            "伏龙坪街道",
        ],
        roads=[
            "庆阳路",
            "张掖路",
            "酒泉路",
            "东岗西路",
            "白银路",
            "皋兰路",
            "天水南路",
            "南昌路",
            "雁滩路",
            "民主西路",
            "静宁路",
        ],
        eth=[("han", 0.72), ("hui", 0.13), ("tibetan", 0.08), ("uyghur", 0.04), ("mongol", 0.03)],
        codes=["620102", "620102", "620102", "620103", "620104", "630102", "610113"],
    ),
]
OTHER_CODES = [
    "110105",
    "310104",
    "330106",
    "370102",
    "320102",
    "140105",
    "130102",
    "340102",
    "350102",
    "520102",
    "410102",
    "430102",
    "500103",
]
ETH_CODES = {
    "tibetan": ["540102", "623001"],
    "yi": ["513401"],
    "uyghur": ["650102", "653101"],
    "mongol": ["150102", "152502"],
    "hui": ["640104", "622901", "610104"],
    "zhuang": ["450102", "451002", "450103"],
}
NATION = {
    "han": "汉族",
    "manchu": "满族",
    "hui": "回族",
    "yi": "彝族",
    "tibetan": "藏族",
    "uyghur": "维吾尔族",
    "mongol": "蒙古族",
    "zhuang": "壮族",
}
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

SUR_COMMON = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严武戴莫孔向汤"
)
SUR_COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "皇甫",
    "令狐",
    "东方",
    "慕容",
    "尉迟",
    "公孙",
    "夏侯",
    "端木",
    "宇文",
    "南宫",
]
SUR_RARE = list("禤亓郗隗逄甯訾亢眭冼佘粟库檀蹇卞靳仝牟昝晁钮阙苟饶")
GIV_M = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文海成东兵峰晨睿")
GIV_F = list("芳娟敏静丽艳娜霞秀英燕玲桂珍兰凤洁梅琳素云莲红雪慧婷倩颖琴萍悦欣怡")
OLD_M = ["建国", "国庆", "福贵", "德明", "长林", "志刚", "树林", "玉山", "振华", "国富", "永红", "文革"]
OLD_F = ["秀英", "桂兰", "淑珍", "玉兰", "秀兰", "桂芳", "凤英", "玉梅", "素珍", "翠花", "淑华", "丽华"]
UY_M = [
    "艾力",
    "买买提",
    "阿卜杜拉",
    "吐尔逊",
    "依明",
    "艾合买提",
    "努尔麦麦提",
    "阿布都热依木",
    "艾尔肯",
    "热合曼",
    "阿迪力",
    "牙生",
]
UY_F = ["阿依古丽", "古丽努尔", "热依拉", "帕提古丽", "迪丽娜尔", "米日古丽", "阿孜古丽", "祖丽皮耶"]
TIB_M = ["扎西", "多吉", "旦增", "平措", "索朗", "洛桑", "尼玛", "次仁", "格桑", "达瓦", "贡布", "才让"]
TIB_F = ["卓玛", "拉姆", "央金", "德吉", "措姆", "曲珍", "白玛", "次仁", "格桑", "达瓦", "卓嘎"]
YI_SUR = ["吉克", "沙马", "阿牛", "曲比", "马海", "阿说", "海来", "俄底", "吉伍", "勒格", "阿苏", "瓦扎"]
YI_M = ["木呷", "拉毅", "日哈", "尔古", "伍各", "石且", "拉则", "阿木", "子哈", "拉哈"]
YI_F = ["阿依", "阿果", "阿呷", "史莫", "阿芝", "伍呷", "么么", "日莫"]
MG_M = ["巴特尔", "哈斯朝鲁", "额尔敦", "宝音图", "孟和巴雅尔", "阿拉坦仓", "朝格图", "苏和", "巴图孟和"]
MG_F = ["乌云其木格", "苏日娜", "其其格", "那仁高娃", "萨仁图雅", "娜仁花", "斯琴高娃", "塔娜"]
HUI_SUR = ["马", "马", "马", "哈", "纳", "白", "沙", "穆", "海", "冶", "喇"]
ZH_SUR = ["韦", "覃", "蒙", "黄", "陆", "农", "莫", "潘", "卢", "梁", "韦", "覃"]

DISEASES = [
    "尿毒症",
    "肺癌",
    "乳腺癌",
    "胃癌",
    "白血病",
    "脑梗塞",
    "脑出血后遗症",
    "糖尿病",
    "冠心病",
    "肝硬化",
    "系统性红斑狼疮",
    "帕金森病",
    "阿尔茨海默病",
    "精神分裂症",
    "双相情感障碍",
    "重度抑郁症",
    "慢性肾衰竭",
    "类风湿性关节炎",
    "股骨头坏死",
    "肺结核",
    "慢性阻塞性肺疾病",
    "癫痫",
    "脑瘫",
    "孤独症",
    "宫颈癌",
    "鼻咽癌",
    "肝癌",
    "先天性心脏病",
    "重度烧伤",
    "高血压三级",
]
DIS_CAT = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
DIS_GRD = ["一级", "二级", "三级", "四级"]
HARD_HEALTH = ["重病", "大病", "残疾", "慢性病", "重度残疾"]
HARD_OTHER = ["失业", "单亲家庭", "年老体弱无收入", "子女就学", "收入低于标准", "无固定收入", "遭遇意外事故"]

EST_PRE = [
    "锦绣",
    "金色",
    "阳光",
    "翠苑",
    "幸福",
    "和平",
    "兴隆",
    "华府",
    "康居",
    "电力",
    "纺织厂",
    "机床厂",
    "铁路",
    "水电",
    "教育",
    "棉纺",
    "化工",
    "邮电",
    "建工",
    "王家湾",
    "刘家",
    "陈家",
    "光华",
    "东湖",
    "天合",
    "鑫苑",
    "紫荆",
    "银河",
    "长城",
    "百花",
]
EST_SUF = ["小区", "花园", "家属院", "宿舍", "苑", "新村", "公寓", "佳园", "名都", "小区"]
COMM = [
    "和平",
    "幸福",
    "新华",
    "锦绣",
    "东苑",
    "西园",
    "南苑",
    "建设",
    "兴隆",
    "团结",
    "光明",
    "民主",
    "红星",
    "长青",
    "永安",
    "新村",
    "友谊",
    "金桥",
]
VILL = ["李家村", "杨家湾村", "新庄村", "南窑村", "红庙村", "东湖村", "石桥村", "黄家村"]
PRH = ["安居", "惠民", "和馨", "宜居", "人才", "保障", "康乐"]

BANKS = [
    ("中国农业银行", "622848", 19),
    ("中国建设银行", "621700", 19),
    ("中国建设银行", "622700", 19),
    ("中国工商银行", "622202", 19),
    ("中国工商银行", "621226", 19),
    ("平安银行", "623058", 19),
    ("中国邮政储蓄银行", "621799", 19),
    ("兴业银行", "622908", 18),
    ("招商银行", "622588", 16),
]
CARD_PREFIXES = sorted({b[1] for b in BANKS})
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
    "198",
    "199",
    "147",
    "173",
    "175",
]
MAIL_DOM = [
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "foxmail.com",
    "139.com",
    "outlook.com",
    "hotmail.com",
]
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
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "guo",
    "he",
    "lin",
    "luo",
    "xiao",
    "tan",
    "wei",
    "qin",
    "ouyang",
    "zhaxi",
    "ayi",
]
PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ"

FW = str.maketrans("0123456789", "０１２３４５６７８９")
_NORM = {0x3000: " ", 0xA0: " "}
for _i in range(10):
    _NORM[0xFF10 + _i] = chr(0x30 + _i)
for _i in range(26):
    _NORM[0xFF21 + _i] = chr(0x41 + _i)
    _NORM[0xFF41 + _i] = chr(0x61 + _i)


def norm(s):
    return s.translate(_NORM)


# ---------------------------------------------------------------- checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def make_uscc(rng, prefix, region):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i < 2 else "0123456789") for i in range(8))
    if prefix in ("91", "92", "93"):
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    s = sum(ORG_CH.index(c) * w for c, w in zip(body, ORG_W))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    code17 = prefix + region + body + c9
    t = sum(USCC_CH.index(c) * w for c, w in zip(code17, USCC_W))
    c18 = (31 - t % 31) % 31
    return code17 + USCC_CH[c18]


def date_ok(y, m, d):
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
    ][m - 1]
    return d <= mdays


def valid_id18(s):
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[:2] not in PROV_CODES:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2024 and date_ok(y, m, d)):
        return False
    return id_check(s[:17]) == s[17].upper()


def valid_id15(s):
    if not re.fullmatch(r"\d{15}", s) or s[:2] not in PROV_CODES:
        return False
    return date_ok(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self):
        self.chars = []
        self.tags = []
        self.kinds = []

    def new(self, kind):
        assert kind in KINDS, kind
        self.kinds.append(kind)
        return len(self.kinds) - 1

    def add(self, text, kind=None):
        sid = self.new(kind) if kind else None
        self.chars.extend(text)
        self.tags.extend([sid] * len(text))
        return sid

    def emit(self, tagged):
        for ch, sid in tagged:
            self.chars.append(ch)
            self.tags.append(sid)

    def segs(self, segs):
        for t, k in segs:
            self.add(t, k)

    def nl(self, n=1):
        self.add("\n" * n)

    def finish(self):
        text = "".join(self.chars)
        lo, hi = {}, {}
        for i, sid in enumerate(self.tags):
            if sid is None:
                continue
            lo.setdefault(sid, i)
            hi[sid] = i + 1
        spans = [{"kind": self.kinds[s], "start": lo[s], "end": hi[s]} for s in lo]
        spans.sort(key=lambda x: (x["start"], x["end"]))
        return text, spans


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cell_chars(doc, cell):
    out = []
    for t, k in cell:
        sid = doc.new(k) if k else None
        out.extend((c, sid) for c in t)
    return out


def P(t):
    return [(t, None)]


def render_table(doc, g, header, rows, style):
    rng = g.rng
    if style == "tsv":
        doc.add("\t".join(header) + "\n")
        for r in rows:
            for j, c in enumerate(r):
                if j:
                    doc.add("\t")
                doc.segs(c)
            doc.nl()
    elif style == "csv":
        allq = rng.random() < 0.35
        doc.add(",".join(('"%s"' % h) if allq else h for h in header) + "\n")
        for r in rows:
            for j, c in enumerate(r):
                if j:
                    doc.add(",")
                txt = "".join(t for t, _ in c)
                q = allq or any(ch in txt for ch in ',"\n')
                if q:
                    doc.add('"')
                    for t, k in c:
                        doc.add(t.replace('"', '""'), k)
                    doc.add('"')
                else:
                    doc.segs(c)
            doc.add("\r\n" if g.crlf else "\n")
    elif style == "lines":
        for h in header:
            doc.add(h + "\n")
        for r in rows:
            for c in r:
                if c:
                    doc.segs(c)
                    doc.nl()
                elif rng.random() < 0.5:
                    doc.nl()
    elif style == "html":
        doc.add("<table>\n<tr>" + "".join("<th>%s</th>" % h for h in header) + "</tr>\n")
        for r in rows:
            doc.add("<tr>")
            for c in r:
                doc.add("<td>")
                if c:
                    doc.segs(c)
                else:
                    doc.add("&nbsp;")
                doc.add("</td>")
            doc.add("</tr>\n")
        doc.add("</table>\n")
    else:  # fixed width, pdftotext -layout
        crows = [[cell_chars(doc, c) for c in r] for r in rows]
        ncol = len(header)
        widths = []
        for j in range(ncol):
            w = dwidth(header[j])
            for r in crows:
                w = max(w, dwidth("".join(ch for ch, _ in r[j])))
            widths.append(w)
        cap = rng.randint(14, 24)
        widths[-1] = min(widths[-1], cap)
        gap = rng.choice([2, 3, 4])
        indent = rng.choice([0, 0, 2, 4])
        starts = []
        pos = indent
        for w in widths:
            starts.append(pos)
            pos += w + gap

        def line(cells_tagged):
            out = [(" ", None)] * indent
            col = indent
            for j, ct in enumerate(cells_tagged):
                if ct is None:
                    continue
                if col < starts[j]:
                    out.extend([(" ", None)] * (starts[j] - col))
                    col = starts[j]
                out.extend(ct)
                col += dwidth("".join(c for c, _ in ct))
            while out and out[-1][0] == " " and out[-1][1] is None:
                out.pop()
            out.append(("\n", None))
            return out

        doc.emit(line([[(c, None) for c in h] for h in header]))
        for r in crows:
            last = r[-1]
            chunks, cur, cw = [], [], 0
            for ch, sid in last:
                w = dwidth(ch)
                if cw + w > widths[-1] and cur:
                    chunks.append(cur)
                    cur, cw = [], 0
                cur.append((ch, sid))
                cw += w
            chunks.append(cur)
            doc.emit(line(r[:-1] + [chunks[0]]))
            for ch in chunks[1:]:
                doc.emit(line([None] * (ncol - 1) + [ch]))


def render_form(doc, g, fields, style):
    """fields: list of (label, cell) ; cell None -> section heading."""
    rng = g.rng
    sep = g.sep
    if style == "kv":
        per = rng.choice([1, 1, 2])
        i = 0
        for lab, c in fields:
            if c is None:
                doc.add(lab + "\n")
                i = 0
                continue
            doc.add(lab + sep)
            doc.segs(c)
            i += 1
            if i % per == 0:
                doc.nl()
            else:
                doc.add(rng.choice(["  ", "    ", "\u3000\u3000"]))
        doc.nl()
    elif style == "lines":
        for lab, c in fields:
            doc.add(lab + "\n")
            if c:
                doc.segs(c)
                doc.nl()
    elif style == "tabs":
        row = []
        for lab, c in fields:
            if c is None:
                if row:
                    doc.nl()
                doc.add(lab + "\n")
                row = []
                continue
            if row:
                doc.add("\t")
            doc.add(lab + "\t")
            doc.segs(c)
            row.append(lab)
            if len(row) == 2:
                doc.nl()
                row = []
        if row:
            doc.nl()
    else:  # html
        for lab, c in fields:
            if c is None:
                doc.add("<p>" + lab + "</p>\n")
                continue
            doc.add("<td>" + lab + "</td><td>")
            doc.segs(c)
            doc.add("&nbsp;</td>\n")


# ---------------------------------------------------------------- generator context
class Gen:
    def __init__(self, rng, D):
        self.rng = rng
        self.D = D
        self.year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
        self.fw = rng.random() < 0.12  # full-width digits in some values
        self.pad = rng.random() < 0.5  # pad 2-char names in layout tables
        self.sep = rng.choice(["：", "：", ":", "： ", "：&nbsp;"])
        self.crlf = rng.random() < 0.3
        self.lowx = rng.random() < 0.3
        self.used_names = set()

    # ---- basic
    def r(self, a, b):
        return self.rng.randint(a, b)

    def ch(self, seq):
        return self.rng.choice(seq)

    def date(self, y=None):
        y = y or self.year
        m = self.r(1, 12)
        d = self.r(1, 28)
        return y, m, d

    def fdate(self, t=None, style=None):
        y, m, d = t or self.date()
        style = style if style is not None else self.rng.randint(0, 3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        if style == 2:
            return "%d.%d.%d" % (y, m, d)
        return "%d年%02d月%02d日" % (y, m, d)

    def maybe_fw(self, s, p=0.5):
        return s.translate(FW) if self.fw and self.rng.random() < p else s

    # ---- names
    def han_name(self, gender, old=False):
        rng = self.rng
        x = rng.random()
        if x < 0.05:
            sur = rng.choice(SUR_COMPOUND)
        elif x < 0.10:
            sur = rng.choice(SUR_RARE)
        else:
            sur = rng.choice(SUR_COMMON)
        return sur + self.given(gender, old)

    def given(self, gender, old=False):
        rng = self.rng
        if old and rng.random() < 0.5:
            return rng.choice(OLD_M if gender == "男" else OLD_F)
        pool = GIV_M if gender == "男" else GIV_F
        return rng.choice(pool) if rng.random() < 0.28 else rng.choice(pool) + rng.choice(pool)

    def eth_name(self, eth, gender, old=False):
        rng = self.rng
        if eth == "uyghur":
            dot = rng.choice(["·", "·", "·", "•", "．"])
            first = rng.choice(UY_M if gender == "男" else UY_F)
            return first + dot + rng.choice(UY_M)
        if eth == "tibetan":
            a = rng.choice(TIB_M + TIB_F)
            b = rng.choice(TIB_M if gender == "男" else TIB_F)
            return a + b if a != b else a + rng.choice(["多吉", "卓玛"])
        if eth == "yi":
            return rng.choice(YI_SUR) + rng.choice(YI_M if gender == "男" else YI_F)
        if eth == "mongol":
            return rng.choice(MG_M if gender == "男" else MG_F)
        if eth == "hui":
            return rng.choice(HUI_SUR) + self.given(gender, old)
        if eth == "zhuang":
            return rng.choice(ZH_SUR) + self.given(gender, old)
        return self.han_name(gender, old)

    def pick_eth(self):
        x = self.rng.random()
        acc = 0
        for e, p in self.D["eth"]:
            acc += p
            if x < acc:
                return e
        return "han"

    def person(self, gender=None, amin=22, amax=80, eth=None, local=0.65):
        rng = self.rng
        gender = gender or rng.choice("男女")
        eth = eth or self.pick_eth()
        age = self.r(amin, amax)
        for _ in range(20):
            name = self.eth_name(eth, gender, old=age > 58)
            if name not in self.used_names:
                break
        self.used_names.add(name)
        by = self.year - age
        bm, bd = self.r(1, 12), self.r(1, 28)
        if eth in ETH_CODES and rng.random() < 0.7:
            area = rng.choice(ETH_CODES[eth])
        elif rng.random() < local:
            area = rng.choice(self.D["codes"])
        else:
            area = rng.choice(OTHER_CODES)
        seq = self.r(0, 99) * 10 + (
            rng.choice([1, 3, 5, 7, 9]) if gender == "男" else rng.choice([0, 2, 4, 6, 8])
        )
        s17 = "%s%04d%02d%02d%03d" % (area, by, bm, bd, seq)
        idn = s17 + id_check(s17)
        id15 = "%s%02d%02d%02d%03d" % (area, by % 100, bm, bd, seq) if by < 1985 else None
        return dict(
            name=name,
            gender=gender,
            eth=eth,
            nation=NATION[eth],
            age=age,
            birth=(by, bm, bd),
            id=idn,
            id15=id15,
            mobile=self.mobile(),
        )

    def official(self):
        return self.han_name(self.rng.choice("男女"))

    def pname(self, name, pad=None):
        """padding inside 2-char names for layout tables."""
        pad = self.pad if pad is None else pad
        if pad and len(name) == 2:
            return name[0] + self.rng.choice(["\u3000", "\u3000", "  "]) + name[1]
        return name

    def mask_name(self, name):
        x = self.rng.random()
        if name[:2] in SUR_COMPOUND and len(name) > 2:
            return name[:2] + ("*" * (len(name) - 2) if x < 0.5 else "某")
        if x < 0.4:
            return name[0] + "*" * (len(name) - 1) if len(name) <= 3 else name[:2] + "**"
        if x < 0.7 and len(name) == 3:
            return name[0] + "*" + name[2]
        if x < 0.85:
            return name[0] + "某某"
        return name[0] + "某"

    # ---- numbers
    def mobile(self):
        return self.ch(MOB_PRE) + "".join(str(self.r(0, 9)) for _ in range(8))

    def fmt_mobile(self, m):
        x = self.rng.random()
        if x < 0.62:
            s = m
        elif x < 0.75:
            s = "%s-%s-%s" % (m[:3], m[3:7], m[7:])
        elif x < 0.85:
            s = "%s %s %s" % (m[:3], m[3:7], m[7:])
        elif x < 0.92:
            s = "+86 " + m if self.rng.random() < 0.6 else "+86-" + m
        else:
            s = m
        return self.maybe_fw(s)

    def mask_mobile(self, m):
        return m[:3] + "****" + m[7:]

    def landline(self):
        D = self.D
        n = str(self.r(2, 8)) + "".join(str(self.r(0, 9)) for _ in range(D["ll"] - 1))
        x = self.rng.random()
        if x < 0.45:
            s = D["area"] + "-" + n
        elif x < 0.65:
            s = "(" + D["area"] + ")" + n if self.rng.random() < 0.5 else "（" + D["area"] + "）" + n
        elif x < 0.8:
            s = n
        else:
            s = D["area"] + "-" + n[:4] + " " + n[4:] if self.rng.random() < 0.3 else D["area"] + n
        return self.maybe_fw(s)

    def office_phone(self):
        D = self.D
        n = str(self.r(6, 8)) + "".join(str(self.r(0, 9)) for _ in range(D["ll"] - 1))
        return D["area"] + "-" + n

    def fmt_id(self, idn, breakable=False):
        if self.lowx and idn.endswith("X"):
            idn = idn[:-1] + "x"
        x = self.rng.random()
        if breakable and x < 0.08:
            k = self.r(6, 14)
            return idn[:k] + "\n" + idn[k:]
        if x < 0.16:
            return "%s %s %s" % (idn[:6], idn[6:14], idn[14:])
        return self.maybe_fw(idn)

    def mask_id(self, idn):
        x = self.rng.random()
        if x < 0.5:
            return idn[:6] + "********" + idn[14:]
        if x < 0.8:
            return idn[:10] + "****" + idn[14:]
        return idn[:3] + "*" * 11 + idn[14:]

    def bank_card(self):
        bank, pre, ln = self.ch(BANKS)
        body = pre + "".join(str(self.r(0, 9)) for _ in range(ln - len(pre) - 1))
        return bank, body + luhn_digit(body)

    def fmt_card(self, c):
        if self.rng.random() < 0.3:
            return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        return self.maybe_fw(c, 0.3)

    def mask_card(self, c):
        return c[:4] + "*" * (len(c) - 8) + c[-4:]

    def plate(self):
        D = self.D
        pre = (
            D["plate"]
            if self.rng.random() < 0.85
            else self.ch(["川A", "鄂A", "陕A", "辽A", "桂A", "甘A", "川G", "鄂F", "陕D"])
        )
        if self.rng.random() < 0.2:
            tail = self.ch("DF") + "".join(self.ch("0123456789") for _ in range(5))
        else:
            tail = "".join(
                self.ch("0123456789" + PLATE_CH)
                if i < 2 and self.rng.random() < 0.4
                else self.ch("0123456789")
                for i in range(5)
            )
        sep = self.ch(["·", "", "", "·", " "])
        return pre + sep + tail

    def email(self, p):
        rng = self.rng
        x = rng.random()
        if x < 0.35:
            u = "".join(str(self.r(0, 9)) for _ in range(self.r(8, 10)))
            u = str(self.r(1, 9)) + u
            dom = "qq.com"
        else:
            u = (
                rng.choice(PY)
                + rng.choice(["", "_", "."])
                + rng.choice(PY)
                + str(self.r(1, 99) if rng.random() < 0.7 else self.r(1960, 2005))
            )
            dom = rng.choice(MAIL_DOM)
        return u + "@" + dom

    def passport(self):
        x = self.rng.random()
        if x < 0.55:
            return "E" + "".join(str(self.r(0, 9)) for _ in range(8))
        if x < 0.8:
            return "E" + self.ch("ABCDEFGHJKLMNPQRS") + "".join(str(self.r(0, 9)) for _ in range(7))
        return "G" + "".join(str(self.r(0, 9)) for _ in range(8))

    def hkm(self):
        x = self.rng.random()
        if x < 0.4:
            return "C" + "".join(str(self.r(0, 9)) for _ in range(8))
        if x < 0.6:
            return "C" + self.ch("ABCDEFGHJKLMNPQRSTUVWXY") + "".join(str(self.r(0, 9)) for _ in range(7))
        return self.ch("HHM") + "".join(str(self.r(0, 9)) for _ in range(self.ch([8, 10])))

    def twp(self):
        if self.rng.random() < 0.5:
            return "".join(str(self.r(0, 9)) for _ in range(8))
        return "L" + "".join(str(self.r(0, 9)) for _ in range(8))

    def uscc(self, prefix):
        return make_uscc(self.rng, prefix, self.D["code"])

    def postcode(self):
        return self.D["post"] + "%02d" % self.r(0, 99)

    def bad18(self):
        """an 18-digit case/serial number that is NOT a valid ID."""
        while True:
            s = "%d%02d%02d" % (self.year, self.r(1, 12), self.r(1, 28)) + "".join(
                str(self.r(0, 9)) for _ in range(10)
            )
            if not valid_id18(s):
                return s

    # ---- places
    def street(self):
        return self.ch(self.D["streets"])

    def community(self):
        return (self.ch(COMM) if self.rng.random() < 0.7 else self.ch(self.D["roads"])[:2]) + "社区"

    def estate(self):
        pre, suf = self.ch(EST_PRE), self.ch(EST_SUF)
        return pre + ("小区" if pre.endswith(suf) else suf)

    def unit_loc(self, with_bld=True, bld=None):
        rng = self.rng
        fl = self.r(1, 18)
        room = "%d%02d" % (fl, self.r(1, 4))
        bld = bld or self.r(1, 32)
        b = self.ch(["%d栋" % bld, "%d栋" % bld, "%d幢" % bld, "%d号楼" % bld])
        u = "%d单元" % self.r(1, 6)
        rm = room + self.ch(["室", "室", "室", "号"])
        parts = []
        if with_bld:
            parts.append(b)
        if rng.random() < 0.85:
            parts.append(u)
        parts.append(rm)
        return "".join(parts)

    def address(self, lead=None, style=None):
        """a private home address reaching 号/栋/单元/室/组 level; returns string."""
        D, rng = self.D, self.rng
        lead = (
            lead
            if lead is not None
            else rng.choice(["prov", "city", "dist", "dist", "street", "road", "estate"])
        )
        style = style or rng.choice(["estate", "estate", "road", "road_estate", "village", "community"])
        head = []
        if lead == "prov":
            head = [D["prov"], D["city"], D["dist"]]
        elif lead == "city":
            head = [D["city"], D["dist"]]
        elif lead == "dist":
            head = [D["dist"]]
        if lead in ("prov", "city", "dist", "street") and rng.random() < 0.6:
            head.append(self.street())
        road = self.ch(D["roads"])
        if style == "village":
            body = [self.ch(VILL), "%d组" % self.r(1, 12)] + (
                ["%d号" % self.r(1, 120)] if rng.random() < 0.6 else []
            )
            if lead in ("road", "estate"):
                body = [self.street()] + body
        elif style == "road":
            body = [road, "%d号" % self.r(1, 300)]
            if rng.random() < 0.7:
                body.append(self.unit_loc())
            elif rng.random() < 0.5:
                body[-1] = "%d号附%d号" % (self.r(1, 200), self.r(1, 30))
        elif style == "road_estate":
            body = [road, "%d号" % self.r(1, 300), self.estate(), self.unit_loc()]
        elif style == "community":
            body = [self.community(), self.estate(), self.unit_loc()]
        else:
            body = [self.estate(), self.unit_loc()]
        if lead == "road" and style in ("estate", "community"):
            body = [road, "%d号" % self.r(1, 300)] + body[-2:]
        return "".join(head + body)

    def break_value(self, s, p=0.15):
        """hard line break inside a value (kept inside the span)."""
        if self.rng.random() < p and len(s) > 8:
            k = self.r(3, len(s) - 3)
            if s[k - 1] != " " and s[k] != " ":
                return s[:k] + "\n" + s[k:]
        return s

    def health(self, kind=None):
        kind = kind or self.ch(["dis", "dis", "disab"])
        if kind == "disab":
            c, gr = self.ch(DIS_CAT), self.ch(DIS_GRD)
            f = self.r(0, 4)
            if f == 0:
                return "%s残疾%s" % (c, gr)
            if f == 1:
                return "%s%s" % (c, gr)
            if f == 2:
                return "%s%s残疾" % (gr, c)
            if f == 3:
                return "%s%d级" % (c, DIS_GRD.index(gr) + 1)
            return "%s残疾%d级" % (c, DIS_GRD.index(gr) + 1)
        return self.ch(DISEASES)

    def agency_index(self, prefix="11"):
        return "%s/%d-%05d" % (self.uscc(prefix), self.year, self.r(1, 9999))


REL_G = {
    "母亲": "女",
    "父亲": "男",
    "岳母": "女",
    "婆婆": "女",
    "妻子": "女",
    "丈夫": "男",
    "儿子": "男",
    "女儿": "女",
    "孙子": "男",
}


def N(name, g=None, pad=False):
    return [(g.pname(name, pad) if g else name, "name")]


def names_cell(g, names, pad=False, sep="、"):
    c = []
    for i, n in enumerate(names):
        if i:
            c.append((sep, None))
        c.append((g.pname(n, pad), "name"))
    return c


# ---------------------------------------------------------------- families
def fam_dibao(g):
    D, rng = g.D, g.rng
    doc = Doc()
    st = g.street()
    comm = g.community() if rng.random() < 0.6 else None
    masked = rng.random() < 0.18
    edge = rng.random() < 0.35
    kind = "低保边缘家庭" if edge else "城市最低生活保障"
    mon = g.r(1, 12)
    title = "%s%s%s%d年%d月%s对象%s公示" % (
        D["dist"],
        st,
        comm or "",
        g.year,
        mon,
        kind,
        rng.choice(["审核", "新增", "动态管理", ""]),
    )
    doc.add(title + "\n")
    if rng.random() < 0.5:
        doc.add("索引号：%s\n" % g.agency_index())
    doc.add(
        "    根据《社会救助暂行办法》和%s最低生活保障有关规定，经个人申请、入户调查、民主评议，"
        "现将拟纳入%s的家庭予以公示，公示期%d天（%s至%s）。\n"
        % (
            D["prov"].replace("壮族自治区", "") if "广西" in D["prov"] else D["prov"],
            kind,
            7,
            g.fdate((g.year, mon, 6), 0),
            g.fdate((g.year, mon, 12), 0),
        )
    )
    doc.add(
        "    如有异议，请向%s社会事务办公室反映，监督电话：%s，%s民政局监督电话：%s。\n"
        % (st, g.office_phone(), D["dist"], g.office_phone())
    )
    style = rng.choice(["tsv", "fixed", "fixed", "lines", "csv", "html"])
    pad = g.pad and style in ("fixed", "lines")
    show_id = rng.random() < 0.45
    show_members = rng.random() < 0.45
    show_phone = rng.random() < 0.25
    header = (
        ["序号"]
        + ([] if comm else ["社区"])
        + ["户主姓名"]
        + (["身份证号"] if show_id else [])
        + ["保障人数"]
        + (["家庭成员"] if show_members else [])
        + (["联系电话"] if show_phone else [])
        + ["月保障金额（元）", "致困原因", "家庭住址"]
    )
    est = g.estate()
    rows = []
    for i in range(g.r(6, 16)):
        p = g.person(amin=28, amax=86)
        r = [P(str(i + 1))]
        if not comm:
            r.append(P(g.community()))
        r.append(P(g.mask_name(p["name"])) if masked else N(p["name"], g, pad))
        if show_id:
            if masked or rng.random() < 0.3:
                r.append(P(g.mask_id(p["id"])))
            elif p["id15"] and rng.random() < 0.2:
                r.append([(p["id15"], "id_card_15")])
            else:
                r.append([(g.fmt_id(p["id"]), "id_card")])
        n = g.r(1, 5)
        r.append(P(str(n)))
        mem = [g.person(amin=3, amax=80, eth=p["eth"])["name"] for _ in range(n - 1)]
        if show_members:
            if masked:
                r.append(P("、".join(g.mask_name(m) for m in mem)))
            else:
                r.append(names_cell(g, mem))
        if show_phone:
            r.append(
                P(g.mask_mobile(p["mobile"]))
                if masked or rng.random() < 0.3
                else [(g.fmt_mobile(p["mobile"]), "mobile")]
            )
        r.append(
            P(
                "%d" % (g.r(2, 9) * 100 + g.ch([0, 50, 20, 80]))
                if rng.random() < 0.7
                else "%.2f" % (g.r(200, 900) + 0.5)
            )
        )
        if rng.random() < 0.45:
            hx = g.ch(HARD_HEALTH) if rng.random() < 0.6 else g.health()
            r.append(P(hx) if masked else [(hx, "health")])
        else:
            r.append(P(g.ch(HARD_OTHER)))
        if masked:
            r.append(P(g.community() if comm is None else est))
        else:
            x = rng.random()
            if x < 0.35:
                a = est + g.unit_loc()
            elif x < 0.85:
                a = g.address(lead=g.ch(["road", "estate", "dist", "street"]))
            else:
                a = None
            if a is None:
                r.append(P(g.community()))  # community-level only: not labelled
            else:
                if style == "csv":
                    a = g.break_value(a, 0.12)
                r.append([(a, "address")])
        rows.append(r)
    render_table(doc, g, header, rows, style)
    doc.add("\n%s%s\n%s\n" % (st, rng.choice(["办事处", "社会事务办公室", "民政办"]), g.fdate()))
    if rng.random() < 0.5:
        doc.add("经办人：%s    审核人：%s\n" % (g.official(), g.official()))
    return doc


def fam_penalty(g):
    D, rng = g.D, g.rng
    doc = Doc()
    bureau = D["dist"] + rng.choice(["城市管理局", "综合行政执法局", "城市管理和综合执法局"])
    masked = rng.random() < 0.15
    S = g.sep
    doc.add("%s%s\n行政处罚决定书\n" % (D["city"], bureau))
    doc.add("%s城管罚决字〔%d〕第%04d号\n\n" % (D["short"], g.year, g.r(1, 2999)))
    p = g.person(amin=22, amax=70)
    biz = rng.random() < 0.35
    nm = g.mask_name(p["name"]) if masked else p["name"]
    if rng.random() < 0.5:
        doc.add("当事人" + S)
        doc.add(nm, None if masked else "name")
        doc.add("，%s，%s，%d年%d月%d日出生，公民身份号码%s" % (p["gender"], p["nation"], *p["birth"], S))
        doc.add(g.mask_id(p["id"])) if masked else doc.add(g.fmt_id(p["id"], True), "id_card")
        doc.add("，住址" + S)
    else:
        doc.add("当事人" + S)
        doc.add(nm, None if masked else "name")
        doc.add("\n性别%s%s    民族%s%s\n身份证号码%s" % (S, p["gender"], S, p["nation"], S))
        doc.add(g.mask_id(p["id"])) if masked else doc.add(g.fmt_id(p["id"], True), "id_card")
        doc.add("\n住址" + S)
    home = g.address(lead=g.ch(["prov", "city", "dist", "dist", "street"]))
    if masked:
        doc.add(D["dist"] + g.street())
    else:
        doc.add(g.break_value(home, 0.2), "address")
    doc.add("\n联系电话" + S)
    doc.add(g.mask_mobile(p["mobile"])) if masked else doc.add(g.fmt_mobile(p["mobile"]), "mobile")
    doc.nl()
    if biz:
        shop = "%s%s%s" % (
            D["dist"],
            g.ch(["王记", "李记", "张氏", "陈记", "老刘", "马家"]),
            g.ch(["面馆", "水果店", "小吃店", "烧烤店", "便利店", "五金店"]),
        )
        doc.add(
            "字号名称%s%s（个体工商户）\n统一社会信用代码%s%s\n经营场所%s%s%d号%s\n"
            % (
                S,
                shop,
                S,
                g.uscc("92"),
                S,
                g.ch(D["roads"]),
                g.r(1, 300),
                g.ch(["门面", "附1号", "临街铺面"]),
            )
        )
    doc.nl()
    offs = [(g.official(), "%s%06d" % (D["code"][:4], g.r(1, 999999))) for _ in range(2)]
    d1 = g.fdate(style=0)
    illegal = rng.random() < 0.5
    road1, road2 = rng.sample(D["roads"], 2)
    if not illegal:
        doc.add(
            "    %s，本机关执法人员%s、%s（执法证号：%s、%s）在日常巡查中发现，当事人在%s与%s交叉口%s"
            "占用城市道路摆摊经营%s，占道面积约%d平方米，影响行人通行。经责令改正，当事人仍未改正。\n"
            % (
                d1,
                offs[0][0],
                offs[1][0],
                offs[0][1],
                offs[1][1],
                road1,
                road2,
                g.ch(["东北角", "西南侧", "人行道上", "公交站旁"]),
                g.ch(["水果", "烧烤", "小吃", "蔬菜", "服装"]),
                g.r(2, 30),
            )
        )
        law = "《城市市容和环境卫生管理条例》第十四条"
        fine = g.r(1, 20) * 50
    else:
        doc.add(
            "    %s，本机关接群众举报，执法人员%s、%s（执法证号：%s、%s）依法对当事人进行调查。经查，当事人于%d年%d月"
            "在其居住的" % (d1, offs[0][0], offs[1][0], offs[0][1], offs[1][1], g.year, g.r(1, 12))
        )
        if masked:
            doc.add(g.estate())
        else:
            doc.add(home if rng.random() < 0.6 else g.address(lead="estate"), "address")
        doc.add(
            "%s未经规划许可擅自搭建%s，面积约%d平方米，属于违法建设。\n"
            % (
                g.ch(["楼顶", "屋顶平台", "一楼院内", "阳台外侧"]),
                g.ch(["彩钢棚", "砖混结构房屋", "钢架结构阳光房"]),
                g.r(6, 60),
            )
        )
        law = "《中华人民共和国城乡规划法》第六十四条"
        fine = g.r(2, 60) * 100
    doc.add("    以上事实有以下证据证明：1.现场检查（勘验）笔录；2.对当事人")
    doc.add(nm, None if masked else "name")
    doc.add("的询问笔录；3.现场照片%d张；4.当事人身份证复印件" % g.r(2, 12))
    wit = None
    if rng.random() < 0.4:
        wit = g.person()
        doc.add("；5.证人")
        doc.add(g.mask_name(wit["name"]) if masked else wit["name"], None if masked else "name")
        doc.add("的证言")
    doc.add(
        "。\n    本机关认为，当事人的上述行为违反了%s的规定。依据相关规定，本机关决定对当事人作出如下行政处罚：\n"
        "    罚款人民币%d元（大写：略）。\n" % (law, fine)
    )
    doc.add(
        "    当事人应自收到本决定书之日起十五日内，到%s缴纳罚款（账户名称：%s财政局非税收入汇缴户，"
        "账号：%s）。\n"
        % (
            g.ch(["中国工商银行", "中国建设银行", "中国农业银行"]) + D["city"] + "各营业网点",
            D["dist"],
            " ".join(str(g.r(1000, 9999)) for _ in range(4)) + " " + str(g.r(100, 999)),
        )
    )
    doc.add(
        "    当事人如不服本处罚决定，可在收到本决定书之日起六十日内向%s人民政府申请行政复议，或者在六个月内依法向"
        "%s%s人民法院提起行政诉讼。\n\n" % (D["dist"], D["city"], D["dist"])
    )
    doc.add(
        "%s\n%s\n（联系人：%s，联系电话：%s）\n" % (bureau, g.fdate(style=0), g.official(), g.office_phone())
    )
    if rng.random() < 0.55:
        doc.add("\n送达回证\n受送达人" + S)
        doc.add(nm, None if masked else "name")
        doc.add("\n送达地点" + S)
        if masked:
            doc.add(D["dist"] + g.street())
        else:
            doc.add(home, "address")
        doc.add("\n送达人：%s、%s\n受送达人签名：" % (offs[0][0], offs[1][0]))
        if rng.random() < 0.7:
            doc.add(nm, None if masked else "name")
        else:
            rw = g.ch(["之妻" if p["gender"] == "男" else "之夫", "之子", "之父", "之女"])
            rel = g.person(gender="女" if rw in ("之妻", "之女") else "男", eth=p["eth"])
            doc.add("（代收）")
            doc.add(rel["name"], "name")
            doc.add("（系当事人%s）" % rw)
        doc.add("    %s\n" % g.fdate())
    return doc


def fam_mediation(g):
    D, rng = g.D, g.rng
    doc = Doc()
    S = g.sep
    st = g.street()
    doc.add("%s%s人民调解委员会\n人民调解协议书\n" % (D["dist"], st))
    doc.add("编号：（%d）%s调字第%03d号\n\n" % (g.year, D["short"] + st[:2], g.r(1, 300)))
    est = g.estate()
    bldn = g.r(1, 30)
    p = g.person(amin=25, amax=82)
    loc = "%s%s" % (est, g.unit_loc(bld=bldn))
    full = (
        g.ch(["", D["dist"], D["city"] + D["dist"]])
        + g.ch(["", st])
        + g.ch(D["roads"])
        + "%d号" % g.r(1, 300)
        + loc
    )
    doc.add("当事人（申请人）" + S)
    doc.add(p["name"], "name")
    doc.add("，%s，%s，%d岁，身份证号码：" % (p["gender"], p["nation"], p["age"]))
    if p["id15"] and rng.random() < 0.1:
        doc.add(p["id15"], "id_card_15")
    else:
        doc.add(g.fmt_id(p["id"], True), "id_card")
    doc.add("，住址：")
    doc.add(g.break_value(full, 0.15), "address")
    doc.add("，联系电话：")
    if rng.random() < 0.25:
        doc.add(g.landline(), "landline")
    else:
        doc.add(g.fmt_mobile(p["mobile"]), "mobile")
    doc.add("。\n")
    comp = "%s%s物业服务有限公司" % (
        D["city"],
        g.ch(["锦城", "恒信", "安居", "嘉和", "陈氏", "万家", "鑫源", "华宇", "张记"]),
    )
    lr = g.person(amin=35, amax=65, local=0.8)
    doc.add(
        "当事人（被申请人）：%s，统一社会信用代码：%s，住所：%s%s%d号%s，法定代表人："
        % (
            comp,
            g.uscc("91"),
            D["dist"],
            g.ch(D["roads"]),
            g.r(1, 300),
            g.ch(["", "%d楼" % g.r(2, 20), "%d栋%d层" % (g.r(1, 9), g.r(1, 20))]),
        )
    )
    doc.add(lr["name"], "name")
    doc.add("。\n委托代理人：")
    ag = g.person(amin=25, amax=55)
    doc.add(ag["name"], "name")
    doc.add("，该公司%s项目经理，联系电话：" % est)
    doc.add(g.fmt_mobile(ag["mobile"]), "mobile")
    doc.add("；物业服务中心电话：%s。\n\n" % g.office_phone())
    doc.add("纠纷主要事实、争议事项：\n    申请人系")
    doc.add(loc, "address")
    doc.add("业主。")
    dis = rng.choice(["fee", "leak", "park", "noise"])
    if dis == "fee":
        doc.add(
            "因小区电梯长期故障、公共区域保洁不到位，申请人自%d年起拒交物业服务费，累计欠费%d.%02d元，"
            "被申请人多次催收未果，双方发生纠纷。" % (g.year - g.r(1, 3), g.r(800, 9000), g.r(0, 99))
        )
    elif dis == "leak":
        nb = g.person()
        doc.add("楼上")
        doc.add("%d栋%d单元%d%02d室" % (bldn, g.r(1, 4), g.r(2, 18), g.r(1, 4)), "address")
        doc.add("住户")
        doc.add(nb["name"], "name")
        doc.add(
            "家卫生间防水层损坏，导致申请人房屋顶棚渗水，申请人认为物业公司未及时处置，要求赔偿装修损失%d元。"
            % (g.r(10, 90) * 100)
        )
    elif dis == "park":
        doc.add("申请人租用的%d号地下车位被他人车辆（车牌号" % g.r(1, 400))
        doc.add(g.plate(), "license_plate")
        doc.add("）长期占用，申请人本人车辆（")
        doc.add(g.plate(), "license_plate")
        doc.add("）无法停放，要求物业公司处理并退还车位租金%d元。" % (g.r(3, 30) * 100))
    else:
        doc.add("同楼")
        nb = g.person()
        doc.add(nb["name"], "name")
        doc.add("装修期间在夜间施工产生噪音，申请人多次向物业反映未果。")
    if rng.random() < 0.55:
        rw = g.ch(
            [
                "母亲",
                "父亲",
                "岳母" if p["gender"] == "男" else "婆婆",
                "妻子" if p["gender"] == "男" else "丈夫",
            ]
        )
        rel = g.person(
            gender=REL_G[rw],
            amin=60 if rw not in ("妻子", "丈夫") else p["age"] - 5,
            amax=92 if rw not in ("妻子", "丈夫") else p["age"] + 5,
        )
        doc.add("申请人称其%s" % rw)
        doc.add(rel["name"], "name")
        doc.add("患有")
        doc.add(g.health(), "health")
        doc.add("，%s。" % g.ch(["行动不便", "需长期卧床", "需安静休养", "每周需往返医院"]))
    doc.add("\n经调解，双方自愿达成如下协议：\n")
    doc.add(
        "    一、被申请人于%s前完成%s；\n    二、申请人于%s前向被申请人缴纳物业服务费%d元，被申请人减免滞纳金%d元；\n"
        "    三、双方就本纠纷再无其他争议。\n"
        % (
            g.fdate(style=0),
            {
                "fee": "电梯维修及公共区域整改",
                "leak": "渗水部位维修",
                "park": "车位清理",
                "noise": "督促装修施工户遵守施工时间",
            }[dis],
            g.fdate(style=0),
            g.r(500, 6000),
            g.r(50, 900),
        )
    )
    doc.add(
        "履行方式、时限：%s。\n本协议一式三份，当事人各执一份，人民调解委员会留存一份。\n\n"
        % g.ch(["一次性履行", "分两期履行", "现场履行"])
    )
    sig = g.ch(["inline", "lines"])
    if sig == "inline":
        doc.add("当事人签名：")
        doc.add(p["name"], "name")
        doc.add("    ")
        doc.add(ag["name"], "name")
        doc.add(
            "（%s委托）\n调解员：%s    记录人：%s\n%s人民调解委员会（印）\n%s\n"
            % (comp, g.official(), g.official(), st, g.fdate())
        )
    else:
        doc.add("当事人（签名、盖章或按指印）\n")
        doc.add(g.pname(p["name"]), "name")
        doc.add("\n%s（盖章）\n" % comp)
        doc.add("人民调解员（签名）\n%s\n记录人\n%s\n" % (g.official(), g.official()))
        doc.add("%s\n" % g.fdate())
    return doc


def fam_renovation(g):
    D, rng = g.D, g.rng
    doc = Doc()
    st = g.street()
    comm = g.community()
    est = g.estate()
    bld = g.r(1, 28)
    doc.add(
        "%s%s%s%s老旧小区改造项目业主意见征询表（%d%s）\n"
        % (D["dist"], st, comm, est, bld, g.ch(["栋", "号楼", "幢"]))
    )
    doc.add(
        "改造内容：%s。请各位业主认真阅读改造方案，在“是否同意”栏填写意见并签字。咨询电话：%s（%s居委会），%s。\n"
        % (
            "、".join(
                rng.sample(
                    [
                        "加装电梯",
                        "外墙保温",
                        "雨污分流",
                        "屋面防水",
                        "管网改造",
                        "增设充电桩",
                        "楼道粉刷",
                        "增设停车位",
                    ],
                    3,
                )
            ),
            g.office_phone(),
            comm,
            g.ch(["12345政务服务便民热线", "区住建局" + g.office_phone()]),
        )
    )
    style = g.ch(["csv", "csv", "tsv", "fixed", "lines", "html"])
    pad = g.pad and style in ("fixed", "lines")
    cols_loc = g.ch(["room", "unit_room", "bld_unit_room"])
    header = ["序号", "房号", "业主姓名", "联系电话", "是否同意", "意见建议", "业主签字"]
    rows = []
    for i in range(g.r(6, 18)):
        p = g.person(amin=28, amax=88)
        u = g.r(1, 4)
        room = "%d%02d" % (g.r(1, 9), g.r(1, 4))
        if cols_loc == "room":
            loc = room + g.ch(["室", "号"])
        elif cols_loc == "unit_room":
            loc = "%d单元%s室" % (u, room)
        else:
            loc = "%d栋%d单元%s室" % (bld, u, room)
        company = rng.random() < 0.06
        r = [P(str(i + 1)), [(loc, None if company else "address")]]
        if company:
            r += [
                P("%s%s有限公司（商铺）" % (D["city"], g.ch(["陈氏餐饮", "李宁体育用品专卖", "红旗连锁"]))),
                P(g.office_phone()),
                P("同意"),
                P(""),
                P("（盖章）"),
            ]
            rows.append(r)
            continue
        r.append(N(p["name"], g, pad))
        x = rng.random()
        if x < 0.15:
            r.append([(g.landline(), "landline")])
        elif x < 0.25:
            r.append(P(g.mask_mobile(p["mobile"])))
        elif x < 0.32:
            r.append(P(""))
        else:
            r.append([(g.fmt_mobile(p["mobile"]), "mobile")])
        agree = g.ch(["同意", "同意", "同意", "不同意", "弃权", "√", "同意"])
        r.append(P(agree))
        y = rng.random()
        if y < 0.22:
            who = g.ch(["家中老人", "本人", "母亲", "父亲", "爱人"])
            r.append(
                [(who + "患", None), (g.health("dis"), "health"), ("，行动不便，希望尽快加装电梯", None)]
            )
        elif y < 0.32:
            r.append(
                [("本人", None), (g.health("disab"), "health"), ("，出行需轮椅，希望增设无障碍坡道", None)]
            )
        elif y < 0.45:
            r.append(
                P(
                    g.ch(
                        [
                            "一楼住户，担心采光受影响",
                            "分摊费用太高，建议政府多补贴",
                            "同意，但施工时间请避开午休",
                            "希望同步更换水管",
                            '"加装电梯"费用分摊方案需公示',
                        ]
                    )
                )
            )
        else:
            r.append(P(""))
        z = rng.random()
        if z < 0.7:
            r.append(N(p["name"], g, pad))
        elif z < 0.85:
            a = g.person(eth=p["eth"])
            r.append(
                [
                    ("代签：", None),
                    (a["name"], "name"),
                    ("（%s）" % g.ch(["儿子", "女儿", "配偶", "租户"]), None),
                ]
            )
        else:
            r.append(P("未签"))
        rows.append(r)
    render_table(doc, g, header, rows, style)
    doc.add(
        "\n征询人（社区工作人员）：%s、%s\n%s居民委员会\n%s\n" % (g.official(), g.official(), comm, g.fdate())
    )
    return doc


def fam_residence(g):
    D, rng = g.D, g.rng
    doc = Doc()
    mode = g.ch(["permit", "points", "points"])
    style = g.ch(["tsv", "fixed", "lines", "csv", "html"])
    pad = g.pad and style in ("fixed", "lines")
    rows = []
    if mode == "permit":
        st = g.street()
        doc.add(
            "%s%s公安分局%s派出所\n%d年%d月居住证制证完成人员名单\n"
            % (D["city"], D["dist"], st.replace("街道", ""), g.year, g.r(1, 12))
        )
        doc.add(
            "请以下人员携带本人身份证、回执单到%s派出所户籍窗口领取居住证。领证时间：工作日9:00-17:00；"
            "咨询电话：%s。\n" % (st.replace("街道", ""), g.office_phone())
        )
        header = ["序号", "姓名", "性别", "居住证号码", "联系电话", "居住地址"]
        for i in range(g.r(8, 20)):
            p = g.person(amin=18, amax=60, local=0.2)
            r = [P(str(i + 1)), N(p["name"], g, pad), P(p["gender"])]
            r.append(P(g.mask_id(p["id"])) if rng.random() < 0.25 else [(g.fmt_id(p["id"]), "id_card")])
            r.append(
                P(g.mask_mobile(p["mobile"]))
                if rng.random() < 0.4
                else [(g.fmt_mobile(p["mobile"]), "mobile")]
            )
            if rng.random() < 0.15:
                r.append(P(D["dist"] + st + g.community()))
            else:
                r.append([(g.address(lead=g.ch(["dist", "street", "road", "estate"])), "address")])
            rows.append(r)
    else:
        doc.add(
            "%s%s教育局\n%d年义务教育阶段随迁子女积分入学积分公示（第%d批）\n"
            % (D["city"], D["dist"], g.year, g.r(1, 3))
        )
        doc.add(
            "根据《%s随迁子女积分入学实施办法》，现将积分结果公示如下。公示期内如有异议，请实名向区教育局反映。"
            "电话：%s；邮箱：%s。\n"
            % (
                D["dist"],
                g.office_phone(),
                "%sjyjzs@163.com"
                % {"武侯": "wh", "洪山": "hs", "雁塔": "yt", "铁西": "tx", "青秀": "qx", "城关": "cg"}[
                    D["short"]
                ],
            )
        )
        header = ["受理编号", "学生姓名", "监护人", "证件类型", "证件号码", "积分", "意向学校", "居住地址"]
        for i in range(g.r(8, 18)):
            par = g.person(amin=28, amax=48, local=0.25)
            kid = g.person(gender=None, amin=6, amax=12, eth=par["eth"])
            surname = par["name"][:2] if par["name"][:2] in SUR_COMPOUND else par["name"][0]
            if par["eth"] in ("han", "zhuang", "hui", "manchu") and rng.random() < 0.75:
                kid["name"] = surname + kid["name"][-(2 if rng.random() < 0.7 else 1) :]
            r = [P("JF%d%05d" % (g.year, g.r(1, 99999))), N(kid["name"], g, pad), N(par["name"], g, pad)]
            x = rng.random()
            if x < 0.75:
                r += [
                    P("居民身份证"),
                    P(g.mask_id(par["id"])) if rng.random() < 0.35 else [(g.fmt_id(par["id"]), "id_card")],
                ]
            elif x < 0.85:
                r += [P("港澳居民来往内地通行证"), [(g.hkm(), "hk_macau_permit")]]
            elif x < 0.93:
                r += [P("台湾居民来往大陆通行证"), [(g.twp(), "tw_permit")]]
            else:
                r += [P("护照"), [(g.passport(), "passport")]]
            r.append(P("%d.%d" % (g.r(60, 180), g.r(0, 9))))
            r.append(
                P(
                    "%s%s"
                    % (
                        D["dist"],
                        g.ch(
                            [
                                "实验小学",
                                "第一小学",
                                "龙江路小学",
                                "师范大学附属小学",
                                "外国语学校",
                                "第二中学",
                            ]
                        ),
                    )
                )
            )
            if rng.random() < 0.2:
                r.append(P(D["dist"] + g.street()))
            else:
                r.append([(g.address(lead=g.ch(["dist", "street", "road", "estate", "city"])), "address")])
            rows.append(r)
    render_table(doc, g, header, rows, style)
    doc.add("\n%s\n" % g.fdate())
    return doc


def fam_relief(g):
    D, rng = g.D, g.rng
    doc = Doc()
    st = g.street()
    comm = g.community()
    p = g.person(amin=25, amax=80)
    doc.add("%s临时救助审批表\n" % D["dist"])
    doc.add("编号：LS%s%d%04d    填报单位：%s%s\n" % (D["code"], g.year, g.r(1, 3000), st, comm))
    S = g.sep
    fam = []
    members = []
    for rel in rng.sample(["配偶", "儿子", "女儿", "母亲", "父亲", "孙子"], g.r(1, 3)):
        if rel == "配偶":
            m = g.person(
                eth=p["eth"],
                gender="女" if p["gender"] == "男" else "男",
                amin=max(20, p["age"] - 6),
                amax=p["age"] + 6,
            )
            members.append((rel, m))
            continue
        if rel in ("母亲", "父亲"):
            m = g.person(
                eth=p["eth"], gender=REL_G[rel], amin=min(p["age"] + 18, 95), amax=min(p["age"] + 36, 98)
            )
        else:
            m = g.person(eth=p["eth"], gender=REL_G[rel], amin=1, amax=max(2, min(p["age"] - 18, 30)))
        members.append((rel, m))
    famcell = []
    for i, (rel, m) in enumerate(members):
        if i:
            famcell.append(("；", None))
        famcell += [(rel, None), (m["name"], "name"), ("，%d岁" % m["age"], None)]
    sick_rel, sick = rng.choice(members + [("本人", p)])
    reason = []
    y0 = g.year
    if sick_rel == "本人":
        reason += [("申请人于%d年%d月确诊" % (y0, g.r(1, 9)), None), (g.health("dis"), "health")]
    else:
        reason += [
            ("申请人之%s" % sick_rel, None),
            (sick["name"], "name"),
            ("于%d年%d月突发" % (y0, g.r(1, 9)), None),
            (g.health("dis"), "health"),
        ]
    reason += [
        (
            "，在%s住院治疗，自付医疗费用%d.%02d元，家庭生活陷入困境，特申请临时救助。"
            % (
                g.ch(["市第一人民医院", "区人民医院", "省人民医院", "医科大学附属医院"]),
                g.r(8000, 90000),
                g.r(0, 99),
            ),
            None,
        )
    ]
    if rng.random() < 0.3:
        reason += [
            ("另其", None),
            (members[0][0], None),
            ("系", None),
            (g.health("disab"), "health"),
            ("。", None),
        ]
    bank, card = g.bank_card()
    fields = [
        ("申请人姓名", N(p["name"])),
        ("性别", P(p["gender"])),
        ("民族", P(p["nation"])),
        ("出生年月", P("%d年%d月" % p["birth"][:2])),
        ("身份证号码", [(g.fmt_id(p["id"], True), "id_card")]),
        (
            "户籍所在地",
            P(
                g.ch(
                    [
                        D["prov"] + D["city"] + D["dist"],
                        "四川省乐山市",
                        "甘肃省临夏回族自治州",
                        "河南省周口市",
                        "广西壮族自治区百色市",
                    ]
                )
            ),
        ),
        ("现居住地址", [(g.break_value(g.address(), 0.15), "address")]),
        (
            "联系电话",
            [(g.fmt_mobile(p["mobile"]), "mobile")] if rng.random() < 0.8 else [(g.landline(), "landline")],
        ),
        ("家庭人口", P("%d人" % (len(members) + 1))),
        ("家庭成员", famcell),
        ("家庭月收入", P("%d元" % (g.r(0, 300) * 10))),
        ("申请救助事由", reason),
        ("救助类别", P(g.ch(["急难型", "支出型"]))),
        ("拟救助金额", P("%d元" % (g.r(5, 60) * 100))),
        ("发放方式", P("社会化发放（打卡）")),
        ("开户银行", P(bank + D["city"] + g.ch(["分行", g.ch(D["roads"]) + "支行", D["dist"] + "支行"]))),
        ("银行卡号", [(g.fmt_card(card), "bank_card")]),
        ("户名", N(p["name"])),
        ("社区（村）意见", P("经入户核实，情况属实，同意上报。经办人：%s  %s" % (g.official(), g.fdate()))),
        (
            "街道办事处审核意见",
            P("同意救助%d元。审核人：%s  负责人：%s" % (g.r(5, 60) * 100, g.official(), g.official())),
        ),
    ]
    if rng.random() < 0.25:
        fields.insert(8, ("申请人签字", N(p["name"])))
    style = g.ch(["kv", "lines", "tabs", "html"])
    render_form(doc, g, fields, style)
    doc.add("（本表一式两份，街道、区民政局各存一份）\n")
    return doc


def fam_pubrent(g):
    D, rng = g.D, g.rng
    doc = Doc()
    center = D["dist"] + g.ch(["住房保障中心", "住房和城乡建设局", "房产管理局"])
    exitm = rng.random() < 0.6
    doc.add(
        "关于%d年度公共租赁住房保障资格复核结果%s的公示\n"
        % (g.year, "（拟退出）" if exitm else "（保留资格）")
    )
    if rng.random() < 0.6:
        doc.add("索引号：%s    发布机构：%s\n" % (g.agency_index(), center))
    doc.add(
        "    根据《公共租赁住房管理办法》，我中心对承租家庭保障资格进行了年度复核，现将%s名单公示如下。"
        "公示期间，任何单位和个人均可实名反映，联系电话：%s，地址：%s%s%d号%d楼，邮编：%s。\n"
        % (
            "拟退出保障" if exitm else "继续保留保障资格",
            g.office_phone(),
            D["dist"],
            g.ch(D["roads"]),
            g.r(1, 300),
            g.r(2, 9),
            g.postcode(),
        )
    )
    style = g.ch(["tsv", "fixed", "fixed", "lines", "csv", "html"])
    pad = g.pad and style in ("fixed", "lines")
    masked = rng.random() < 0.15
    header = ["序号", "承租人", "身份证号", "共同申请人", "房源地址"] + (
        ["退出原因"] if exitm else ["复核结论"]
    )
    prh = [g.ch(PRH) + g.ch(["公租房小区", "家园", "人才公寓", "公租房"]) for _ in range(2)]
    rows = []
    for i in range(g.r(6, 16)):
        p = g.person(amin=25, amax=75)
        r = [P(str(i + 1))]
        r.append(P(g.mask_name(p["name"])) if masked else N(p["name"], g, pad))
        if masked or rng.random() < 0.45:
            r.append(P(g.mask_id(p["id"])))
        else:
            r.append([(g.fmt_id(p["id"]), "id_card")])
        co = [g.person(eth=p["eth"])["name"] for _ in range(g.r(0, 2))]
        if masked:
            r.append(P("、".join(g.mask_name(c) for c in co)))
        else:
            r.append(names_cell(g, co) if co else P(""))
        house = "%s%d栋%s%d%02d室" % (
            g.ch(prh),
            g.r(1, 12),
            g.ch(["", "%d单元" % g.r(1, 3)]),
            g.r(2, 30),
            g.r(1, 12),
        )
        if masked:
            r.append(P(g.ch(prh)))
        else:
            if rng.random() < 0.25:
                house = D["dist"] + g.ch(D["roads"]) + "%d号" % g.r(1, 300) + house
            r.append([(house, "address")])
        if exitm:
            x = rng.random()
            if x < 0.3 and not masked:
                r.append([("家庭名下有机动车辆（", None), (g.plate(), "license_plate"), ("）", None)])
            elif x < 0.3:
                r.append(P("家庭名下有机动车辆"))
            else:
                r.append(
                    P(
                        g.ch(
                            [
                                "已购买商品住房",
                                "家庭人均收入超过规定标准",
                                "无正当理由连续6个月未居住",
                                "擅自转租",
                                "拖欠租金累计6个月以上",
                                "承租人已死亡，无共同申请人",
                            ]
                        )
                    )
                )
        else:
            r.append(P(g.ch(["符合条件，继续保障", "符合条件，调整租金标准"])))
        rows.append(r)
    render_table(doc, g, header, rows, style)
    doc.add("\n%s\n%s\n" % (center, g.fdate()))
    return doc


def fam_disab(g):
    D, rng = g.D, g.rng
    doc = Doc()
    st = g.street()
    doc.add(
        "%s残疾人联合会\n%d年第%d季度残疾人居家托养服务补贴发放名单（%s）\n"
        % (D["dist"], g.year, g.r(1, 4), st)
    )
    doc.add(
        "补贴标准：一、二级重度残疾人每人每月%d元，三、四级智力、精神残疾人每人每月%d元。资金通过社会保障卡发放。"
        "监督电话：%s。\n" % (g.r(2, 6) * 50, g.r(1, 4) * 50, g.office_phone())
    )
    style = g.ch(["tsv", "fixed", "fixed", "lines", "csv", "html"])
    pad = g.pad and style in ("fixed", "lines")
    show_id = rng.random() < 0.5
    show_cert = rng.random() < 0.35
    header = (
        ["序号", "姓名", "性别", "残疾类别及等级"]
        + (["身份证号"] if show_id else [])
        + (["残疾人证号"] if show_cert else [])
        + ["监护人", "联系电话", "补贴金额（元）", "居住地址"]
    )
    rows = []
    for i in range(g.r(6, 16)):
        p = g.person(amin=8, amax=90)
        r = [P(str(i + 1)), N(p["name"], g, pad), P(p["gender"]), [(g.health("disab"), "health")]]
        if show_id:
            if p["id15"] and rng.random() < 0.25:
                r.append([(p["id15"], "id_card_15")])
            elif rng.random() < 0.3:
                r.append(P(g.mask_id(p["id"])))
            else:
                r.append([(g.fmt_id(p["id"]), "id_card")])
        if show_cert:
            r.append(P(p["id"][:6] + "********" + p["id"][14:] + "%d%d" % (g.r(1, 7), g.r(1, 4))))
        gd = g.person(eth=p["eth"], amin=30, amax=80)
        if rng.random() < 0.15:
            r.append(P("本人"))
        else:
            r.append(N(gd["name"], g, pad))
        x = rng.random()
        if x < 0.2:
            r.append([(g.landline(), "landline")])
        elif x < 0.3:
            r.append(P(g.mask_mobile(gd["mobile"])))
        else:
            r.append([(g.fmt_mobile(gd["mobile"]), "mobile")])
        r.append(P(str(g.r(2, 6) * 150)))
        if rng.random() < 0.12:
            r.append(P(st + g.community()))
        else:
            a = g.address(lead=g.ch(["street", "road", "estate", "dist"]))
            if style == "csv":
                a = g.break_value(a, 0.15)
            r.append([(a, "address")])
        rows.append(r)
    render_table(doc, g, header, rows, style)
    doc.add("\n%s残疾人联合会    %s人民政府%s办事处\n%s\n" % (D["dist"], D["dist"], st, g.fdate()))
    return doc


def fam_correction(g):
    D, rng = g.D, g.rng
    doc = Doc()
    st = g.street()
    S = g.sep
    mode = g.ch(["矫正", "帮教"])
    p = g.person(amin=20, amax=68)
    doc.add(
        "%s司法局%s司法所\n%s走访记录\n"
        % (
            D["dist"],
            st.replace("街道", ""),
            "社区矫正对象" if mode == "矫正" else "安置帮教对象（刑满释放人员）",
        )
    )
    home = g.address(lead=g.ch(["dist", "street", "road", "estate", "city"]))
    off1, off2 = g.official(), g.official()
    fields = [
        ("走访时间", P(g.fdate() + " %d:%02d" % (g.r(8, 17), g.ch([0, 15, 30, 45])))),
        (
            "走访地点",
            [(home, "address")] if rng.random() < 0.7 else P("%s%s居民委员会" % (st, g.community())),
        ),
        (
            "走访人员",
            P("%s、%s（%s司法所），%s（社区网格员）" % (off1, off2, st.replace("街道", ""), g.official())),
        ),
        ("被走访人", N(p["name"])),
        ("性别", P(p["gender"])),
        ("民族", P(p["nation"])),
        (
            "身份证号",
            [(g.fmt_id(p["id"], True), "id_card")] if rng.random() < 0.85 else P(g.mask_id(p["id"])),
        ),
        ("现住址", [(g.break_value(home, 0.2), "address")]),
        ("联系电话", [(g.fmt_mobile(p["mobile"]), "mobile")]),
    ]
    if mode == "矫正":
        fields += [
            ("矫正类别", P(g.ch(["缓刑", "假释", "暂予监外执行"]))),
            ("罪名", P(g.ch(["危险驾驶罪", "盗窃罪", "诈骗罪", "故意伤害罪", "交通肇事罪"]))),
            (
                "矫正期限",
                P(
                    "%d年%d月%d日至%d年%d月%d日"
                    % (g.year, g.r(1, 6), g.r(1, 28), g.year + g.r(1, 3), g.r(1, 12), g.r(1, 28))
                ),
            ),
        ]
    else:
        fields += [("释放日期", P(g.fdate())), ("帮教期限", P("%d年" % g.r(1, 5)))]
    fstyle = g.ch(["kv", "kv", "lines", "tabs", "html"])
    render_form(doc, g, fields, fstyle)
    doc.add("走访情况：\n    ")
    sp = g.person(
        eth=p["eth"],
        gender="女" if p["gender"] == "男" else "男",
        amin=p["age"] - 8 if p["age"] > 28 else 20,
        amax=p["age"] + 5,
    )
    doc.add(
        "走访人员到其家中了解情况，被走访人与其%s"
        % g.ch(["配偶", "爱人", "妻子" if p["gender"] == "男" else "丈夫"])
    )
    doc.add(sp["name"], "name")
    doc.add("（联系电话：")
    doc.add(g.fmt_mobile(sp["mobile"]), "mobile")
    doc.add("）共同居住。")
    if rng.random() < 0.6:
        mom = g.person(eth=p["eth"], gender="女", amin=60, amax=90)
        doc.add("其母亲")
        doc.add(mom["name"], "name")
        doc.add("患")
        doc.add(g.health("dis"), "health")
        doc.add("%s，由被走访人照顾。" % g.ch(["多年", "，长期卧床", "，需定期复查"]))
    if rng.random() < 0.5:
        doc.add("被走访人自述患有")
        doc.add(g.health("dis"), "health")
        doc.add("，每月需到医院取药，已按规定办理请假外出审批。")
    if rng.random() < 0.35:
        doc.add("其名下车辆")
        doc.add(g.plate(), "license_plate")
        doc.add("已按要求停驶。")
    if rng.random() < 0.3:
        nb = g.person()
        doc.add("邻居")
        doc.add(nb["name"], "name")
        doc.add("反映其近期表现良好。")
    doc.add(
        "被走访人能遵守%s规定，思想稳定，按时报到，%s。\n"
        % (
            "社区矫正" if mode == "矫正" else "安置帮教",
            g.ch(
                [
                    "无异常情况",
                    "已在%s从事保安工作" % (D["city"] + g.ch(["某物业公司", "某商贸公司"])),
                    "就业意愿较强，已推荐参加职业技能培训",
                ]
            ),
        )
    )
    doc.add("下一步措施：继续加强日常监管和教育帮扶。\n")
    doc.add("被走访人签字：")
    doc.add(p["name"], "name")
    doc.add("    走访人签字：%s、%s\n记录人：%s\n" % (off1, off2, g.ch([off1, off2])))
    return doc


def fam_foi(g):
    D, rng = g.D, g.rng
    doc = Doc()
    S = g.sep
    orgs = [
        ("人民政府办公室", "府办"),
        ("住房和城乡建设局", "住建"),
        ("自然资源和规划局", "自然"),
        ("民政局", "民"),
        (g.street() + "办事处", "街办"),
    ]
    org, orgab = g.ch(orgs)
    org = D["dist"] + org
    p = g.person(amin=22, amax=75, local=0.6)
    legal = rng.random() < 0.2
    idtype = g.ch(["id"] * 7 + ["passport", "hkm", "twp"])
    if idtype == "id":
        idf = ("居民身份证", [(g.fmt_id(p["id"]), "id_card")])
    elif idtype == "passport":
        idf = ("护照", [(g.passport(), "passport")])
    elif idtype == "hkm":
        idf = (g.ch(["港澳居民来往内地通行证", "往来港澳通行证"]), [(g.hkm(), "hk_macau_permit")])
    else:
        idf = (g.ch(["台湾居民来往大陆通行证", "台胞证"]), [(g.twp(), "tw_permit")])
    addr = g.address(lead=g.ch(["prov", "city", "dist", "street"]))
    doc.add("政府信息公开申请表\n")
    doc.add("申请编号：YSQ-%s-%d%04d\n" % (D["code"], g.year, g.r(1, 9999)))
    if not legal:
        fields = [
            ("申请人信息", None),
            ("公民", None),
            ("姓名", N(p["name"])),
            ("工作单位", P(g.ch(["无", "退休", D["city"] + "某科技有限公司", "个体", "—"]))),
            ("证件名称", P(idf[0])),
            ("证件号码", idf[1]),
            ("通信地址", [(g.break_value(addr, 0.15), "address")]),
            ("邮政编码", P(g.postcode())),
            ("联系电话", [(g.fmt_mobile(p["mobile"]), "mobile")]),
            ("电子邮箱", [(g.email(p), "email")] if rng.random() < 0.7 else P("无")),
        ]
    else:
        comp = (
            D["city"]
            + g.ch(["恒通", "金桥", "万达", "蓝天", "王氏"])
            + g.ch(["商贸有限公司", "建筑工程有限公司", "律师事务所"])
        )
        contact = g.person()
        fields = [
            ("申请人信息", None),
            ("法人或者其他组织", None),
            ("名称", P(comp)),
            ("统一社会信用代码", P(g.uscc(g.ch(["91", "31"])))),
            ("法定代表人", N(p["name"])),
            ("联系人姓名", N(contact["name"])),
            ("联系人电话", [(g.fmt_mobile(contact["mobile"]), "mobile")]),
            (
                "通信地址",
                P("%s%s%d号%s" % (D["dist"], g.ch(D["roads"]), g.r(1, 300), g.ch(["", "%d楼" % g.r(2, 30)]))),
            ),
            ("邮政编码", P(g.postcode())),
            (
                "电子邮箱",
                P("%s@%s" % (g.ch(["admin", "office", "info"]), g.ch(["hengtong-law.cn", "jinqiao.com.cn"]))),
            ),
        ]
    desc = [("所需信息内容描述", None)]
    y = rng.random()
    if y < 0.4 and not legal:
        desc_cell = [
            ("申请公开本人位于", None),
            (g.address(lead="dist"), "address"),
            ("房屋的征收补偿评估报告及补偿决定。", None),
        ]
    elif y < 0.6:
        desc_cell = P("申请公开%s%s老旧小区改造项目的立项批复、预算及招标文件。" % (g.street(), g.estate()))
    else:
        desc_cell = P(
            "申请公开%s%d年%s的相关文件（文号：%s〔%d〕%d号）。"
            % (
                D["dist"],
                g.year - 1,
                g.ch(["城市更新实施计划", "低保资金使用情况", "违法建设专项整治方案"]),
                D["short"] + "府发",
                g.year - 1,
                g.r(1, 80),
            )
        )
    fields += desc + [("内容描述", desc_cell), ("获取信息方式", P(g.ch(["邮寄", "电子邮件", "当面领取"])))]
    render_form(doc, g, fields, g.ch(["kv", "lines", "tabs", "html"]))
    doc.add("申请人签名（盖章）：")
    doc.add(p["name"], "name")
    doc.add("    申请时间：%s\n\n" % g.fdate())
    # reply
    masked = rng.random() < 0.25
    doc.add(
        "%s\n政府信息公开申请答复书\n%s%s依复〔%d〕%d号\n\n" % (org, D["short"], orgab, g.year, g.r(1, 400))
    )
    if masked:
        doc.add(g.mask_name(p["name"]) + "：\n")
    else:
        doc.add(p["name"] if not legal else "", "name" if not legal else None)
        if legal:
            doc.add(fields[2][1][0][0])
        doc.add("：\n")
    doc.add(
        "    本机关于%s收到您（单位）提交的政府信息公开申请（申请编号见上）。经审查，现答复如下：\n"
        % g.fdate(style=0)
    )
    doc.add(
        g.ch(
            [
                "    您申请的信息属于公开范围，现将%s通过%s提供给您。\n"
                % (g.ch(["相关文件", "项目预算表"]), g.ch(["电子邮件", "邮寄"])),
                "    经检索，本机关未制作或获取您申请的信息，根据《中华人民共和国政府信息公开条例》第三十六条第（四）项，告知您该政府信息不存在。\n",
                "    您申请的信息中含有第三方个人信息，根据《中华人民共和国政府信息公开条例》第十五条，经征求第三方意见，第三方不同意公开，本机关决定不予公开涉及第三方个人隐私的部分，其余部分予以公开。\n",
            ]
        )
    )
    if not masked and not legal and rng.random() < 0.3:
        doc.add("    另，经核查，您所在的")
        doc.add(addr, "address")
        doc.add("房屋不在本次征收范围内。\n")
    doc.add(
        "    如对本答复不服，可以自收到本答复之日起六十日内向%s人民政府申请行政复议，也可以在六个月内向%s人民法院提起行政诉讼。\n"
        "    联系人：%s    联系电话：%s    电子邮箱：%s\n\n%s\n%s\n"
        % (
            D["city"],
            D["city"] + D["dist"],
            g.official(),
            g.office_phone(),
            "%sqzfxxgk@163.com"
            % {"武侯": "wh", "洪山": "hs", "雁塔": "yt", "铁西": "tx", "青秀": "qx", "城关": "cg"}[
                D["short"]
            ],
            org,
            g.fdate(style=0),
        )
    )
    if rng.random() < 0.4:
        doc.add("（送达方式：%s，收件人：" % g.ch(["EMS邮寄", "挂号信"]))
        if masked:
            doc.add(g.mask_name(p["name"]) + "，收件地址：" + D["dist"] + g.street())
        else:
            doc.add(p["name"], "name")
            doc.add("，收件地址：")
            doc.add(addr, "address")
        doc.add(
            "，邮政编码：%s，运单号：%s）\n"
            % (g.postcode(), "1" + "".join(str(g.r(0, 9)) for _ in range(12)))
        )
    return doc


FAMILIES = [
    ("dibao_list", fam_dibao),
    ("cg_penalty", fam_penalty),
    ("property_mediation", fam_mediation),
    ("renovation_sign", fam_renovation),
    ("residence_points", fam_residence),
    ("temp_relief", fam_relief),
    ("pubrent_review", fam_pubrent),
    ("disab_care", fam_disab),
    ("correction_visit", fam_correction),
    ("foi_request", fam_foi),
]


def generate(ndocs, seed):
    rng = random.Random(seed)
    out = []
    for i in range(ndocs):
        fname, fn = FAMILIES[i % len(FAMILIES)]
        D = DISTRICTS[rng.randrange(len(DISTRICTS))]
        sub = random.Random(rng.getrandbits(64))
        g = Gen(sub, D)
        doc = fn(g)
        text, spans = doc.finish()
        out.append({"type": fname, "text": text, "spans": spans})
    return out


# ---------------------------------------------------------------- checking
RX = {
    "mobile": re.compile(r"(?:\+86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}"),
    "landline": re.compile(r"(?:[(（]?0\d{2,3}[)）]?-?)?\d{3,4} ?\d{3,4}"),
    "email": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "passport": re.compile(r"(?:E[A-HJ-NP-Z]?\d{7,8}|G\d{8})"),
    "hk_macau_permit": re.compile(r"(?:C[A-Z0-9]\d{7}|[HM]\d{8}(?:\d{2})?)"),
    "tw_permit": re.compile(r"(?:L?\d{8})"),
    "license_plate": re.compile(
        r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][· ]?[A-Z0-9]{5,6}"
    ),
}


def check_docs(docs):
    probs = []
    nsp = 0
    for di, d in enumerate(docs):
        t = d.get("text")
        sp = d.get("spans")
        if not isinstance(t, str) or not isinstance(sp, list) or not d.get("type"):
            probs.append("doc %d: bad structure" % di)
            continue
        last_end = -1
        covered = [False] * len(t)
        for s in sorted(sp, key=lambda x: (x["start"], x["end"])):
            nsp += 1
            k, a, b = s.get("kind"), s.get("start"), s.get("end")
            where = "doc %d span %s[%s:%s]" % (di, k, a, b)
            if k not in KINDS:
                probs.append(where + ": unknown kind")
                continue
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                probs.append(where + ": offsets out of range")
                continue
            if a < last_end:
                probs.append(where + ": overlaps previous span")
            last_end = max(last_end, b)
            for i in range(a, b):
                covered[i] = True
            v = t[a:b]
            if v != v.strip() or v.startswith("&nbsp;") or v.endswith("&nbsp;"):
                probs.append(where + ": leading/trailing whitespace %r" % v)
            if "*" in v or ("某" in v and k == "name"):
                probs.append(where + ": masked value labelled %r" % v)
            c = re.sub(r"\s+", "", norm(v))
            if k == "id_card" and not valid_id18(c):
                probs.append(where + ": invalid id_card %r" % v)
            elif k == "id_card_15" and not valid_id15(c):
                probs.append(where + ": invalid id_card_15 %r" % v)
            elif k == "bank_card" and not (
                re.fullmatch(r"\d{16,19}", c) and luhn_ok(c) and c[:6] in CARD_PREFIXES
            ):
                probs.append(where + ": invalid bank_card %r" % v)
            elif k in RX and not RX[k].fullmatch(re.sub(r"\n\s*", "", norm(v))):
                probs.append(where + ": pattern mismatch %r" % v)
            elif k == "name" and (len(c) < 2 or re.search(r"[0-9A-Za-z：:，,]", c)):
                probs.append(where + ": odd name %r" % v)
            elif k == "address" and not re.search(r"(号|栋|幢|单元|室|组)$", c):
                probs.append(where + ": address does not end at 号/栋/幢/单元/室/组 %r" % v)
        # leak scan: valid-looking personal numbers outside spans
        n = norm(t)
        for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", n):
            if valid_id18(m.group()) and not all(covered[m.start() : m.end()]):
                probs.append("doc %d: unlabelled valid ID %s" % (di, m.group()))
        for m in re.finditer(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])", n):
            if not all(covered[m.start() : m.end()]):
                probs.append("doc %d: unlabelled mobile %s" % (di, m.group()))
        for m in re.finditer(r"(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])", n):
            s = m.group()
            if s[:6] in CARD_PREFIXES and luhn_ok(s) and not all(covered[m.start() : m.end()]):
                probs.append("doc %d: unlabelled card %s" % (di, s))
    return probs, nsp


def stats(docs):
    kc = Counter()
    fam = defaultdict(Counter)
    for d in docs:
        fam[d["type"]]["docs"] += 1
        for s in d["spans"]:
            kc[s["kind"]] += 1
            fam[d["type"]][s["kind"]] += 1
    lines = ["docs: %d   spans: %d" % (len(docs), sum(kc.values())), "per kind:"]
    for k in KINDS:
        lines.append("  %-16s %6d" % (k, kc[k]))
    lines.append("per family (docs / spans / top kinds):")
    for f, _ in FAMILIES:
        c = fam[f]
        tot = sum(v for k, v in c.items() if k != "docs")
        top = ", ".join("%s=%d" % (k, v) for k, v in sorted(c.items(), key=lambda x: -x[1]) if k != "docs")
        lines.append("  %-19s %4d docs %6d spans  %s" % (f, c["docs"], tot, top))
    return "\n".join(lines)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=313)
    ap.add_argument("-o", "--output")
    ap.add_argument("--check", nargs="?", const="", default=None, metavar="FILE")
    ap.add_argument("--stats", nargs="?", const="", default=None, metavar="FILE")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        doc = __doc__
        print(doc[doc.index("DECISIONS\n") : doc.index("END DECISIONS")].rstrip())
        if a.check is None and a.stats is None and not a.output:
            return 0
    docs = None
    if a.output:
        docs = generate(a.docs, a.seed)
        with open(a.output, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print("wrote %d docs to %s" % (len(docs), a.output), file=sys.stderr)

    def get(path):
        if path:
            return load(path)
        return docs if docs is not None else generate(a.docs, a.seed)

    rc = 0
    if a.stats is not None:
        print(stats(get(a.stats)))
    if a.check is not None:
        probs, nsp = check_docs(get(a.check))
        for p in probs:
            print(p)
        if probs:
            print("FAILED: %d problems" % len(probs))
            rc = 1
        else:
            print("check OK: %d spans" % nsp)
    if not a.output and a.check is None and a.stats is None and not a.decisions:
        for d in generate(a.docs, a.seed):
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    return rc


if __name__ == "__main__":
    sys.exit(main())
