#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout60 -- blind synthetic evaluation set for a personal-information detector
working on Chinese county-level government disclosure (政务公开) publications.

Usage:
  python holdout60.py --docs 400 --seed 293 -o OUT.jsonl
  python holdout60.py --check OUT.jsonl      (or --check together with generation)
  python holdout60.py --decisions
  python holdout60.py --stats OUT.jsonl      (or --stats together with generation)

Output: JSON Lines, one document a line:
  {"type": family, "text": text, "spans": [{"kind": k, "start": i, "end": j}, ...]}
Offsets are Python str (code point) offsets.  Standard library only; deterministic
for a given seed (random.Random(seed); no clock).

FAMILIES (type values)
  dibao_list       低保/特困/临时救助 名单、花名册 (six table layouts)
  penalty          行政处罚决定书 (公安、市场监管、交通运输、自然资源、卫生健康)
  gongshi          公示 (残疾人两项补贴、危房改造、高龄津贴、公益性岗位、教育资助、资格审核)
  application      申请表 as filled forms (依申请公开申请表、低保申请表、临时救助申请表)
  minutes          会议记录 (村民代表会议、民主评议会、村两委会议)
  reply            依申请公开 答复书 / 补正告知书 / 延期答复告知书
  service_receipt  送达回证
  review           行政复议决定书
  hearing          听证笔录
  survey           入户调查表 (低保/特困/临时救助 家庭经济状况入户调查)

COUNTIES (real 6-digit division codes)
  410225 河南省开封市兰考县      towns 城关镇 堌阳镇 南彰镇 考城镇 红庙镇 谷营镇 东坝头镇 仪封镇
                                  葡萄架乡 三义寨乡; villages 东坝头镇张庄村, 堌阳镇徐场村
  441826 广东省清远市连南瑶族自治县 towns 三江镇 寨岗镇 大麦山镇 香坪镇 涡水镇 三排镇 大坪镇;
                                  villages 三排镇油岭村, 三排镇南岗村
  513431 四川省凉山彝族自治州昭觉县 (chosen instead of 金阳县: more confident of its villages)
                                  towns 新城镇 竹核乡 三岔河乡 解放乡 支尔莫乡 四开乡; villages
                                  三岔河乡三河村, 解放乡火普村, 支尔莫乡阿土列尔村; 沐恩邸社区 (resettlement)
  653129 新疆维吾尔自治区喀什地区伽师县 towns 巴仁镇 西克尔库勒镇 夏普吐勒乡 卧里托格拉克乡
                                  江巴孜乡 古勒鲁克乡 克孜勒博依乡 和夏阿瓦提乡 英买里乡 铁日木乡 米夏乡;
                                  villages written the local way as numbered villages (夏普吐勒乡5村)
  150929 内蒙古自治区乌兰察布市四子王旗 towns/sumu 乌兰花镇 吉生太镇 库伦图镇 供济堂镇 白音朝克图镇
                                  东八号乡 忽鸡图乡 红格尔苏木 江岸苏木 查干补力格苏木 (no village names
                                  used: private addresses there are urban compounds in 乌兰花镇)
  433123 湖南省湘西土家族苗族自治州凤凰县 towns 沱江镇 廖家桥镇 阿拉营镇 山江镇 吉信镇 禾库镇
                                  腊尔山镇 千工坪镇; village 廖家桥镇菖蒲塘村
  Township names reflect the (pre-/around-2019) names the author is confident of; residential
  compound names (幸福小区 ...) and house numbers are invented; persons are fictitious.

DECISIONS (labelling conventions)
 1. name = the name of a private natural person whenever the text shows it is a person:
    applicants, recipients and their family members, parties to penalties/reviews/hearings,
    third parties, victims, witnesses who are ordinary villagers, 代收人, 村民代表 and 党员代表
    attending a meeting, lawyers and relatives acting as 委托代理人, and the 法定代表人/负责人/
    经营者 of an enterprise or 个体工商户 (a private person even though registered publicly).
 2. NOT name: civil servants and officials acting in role (执法人员, 承办人, 审核人, 局长 as
    法定代表人 of a government organ, 听证主持人/听证员/记录员, 送达人, 调查人, 复议机构
    工作人员, 联系人 of an agency) and village cadres acting in role (村党支部书记, 村委会主任/委员,
    村文书/报账员, 驻村第一书记, 包村干部, 乡镇干部).  A cadre who appears as a witness with
    his role stated is still in role (not labelled).
 3. NOT name: surnames or person names inside names of organisations, places, roads and shops
    (张庄村, 徐场村, 廖家桥镇, 兰考县张记副食店, 焦裕禄干部学院), historical figures, and masked
    names (张*, 张**, 李某, 王某某, 欧阳某, 阿某某): masked forms are never labelled.
 4. Name span = exactly the characters of the name.  Padding used for alignment INSIDE a
    two-character name (王　芳 / 王  芳) is included; padding outside is not.  Separators of
    minority names (阿依古丽·买买提, also • or . as produced by extraction) are included.
    Annotations such as （户主）（已故）, 同志, 户 are excluded.
 5. address = home/residence/mailing address of a private person that reaches 号/栋/幢/单元/室/组
    level.  The span starts at the first place component actually written (province, city,
    county, township, village or compound - whichever comes first) and ends with the last
    detail component (…15号, …501室, …3组).  A bare village-level or township-level location
    (张庄村, 夏普吐勒乡5村) is not labelled; neither are addresses of companies, agencies,
    venues, land parcels or nursing homes.  "村+组" cells of a personal list (张庄村3组) are
    labelled because they reach 组 level and belong to a listed person.
 6. A value broken across lines is ONE span if only whitespace (newline, indentation) lies
    between its pieces (hard line breaks in prose; wrapped last column of a fixed-width table);
    if other text lies between the pieces (a wrapped middle column in pdftotext -layout
    output), each visible piece is labelled separately with the same kind.
 7. id_card: the 18 characters, including internal spaces when the number is printed in
    groups or a hard line break; lower-case x allowed; full-width digits labelled the same
    way.  Leading apostrophe used by spreadsheets ('4102...) is excluded.  An ID destroyed by
    a spreadsheet (4.10225E+17) is not labelled.  id_card_15 = old 15-digit numbers.
    Masked IDs (410225********1234, 4102251985****1234) are not labelled.
 8. mobile: 11 digits incl. internal spaces/hyphens.  landline: area code + hyphen + number,
    labelled only when it is a private person's (home) phone; agency office phones,
    监督电话, hotlines (12345, 12315, 12388) are not labelled.  Masked phones not labelled.
 9. bank_card: the card number of a private person incl. internal spaces; masked cards and
    agency/treasury account numbers (非税收入账户) are not labelled.
10. email: a private person's address; agency mailboxes are not labelled.
11. passport / hk_macau_permit / tw_permit: the document number only (E12345678,
    C12345678, T12345678; an 8-digit 台湾居民来往大陆通行证 number is tw_permit too).
12. license_plate: plate of a vehicle owned or driven by a private person, whole plate
    incl. province character and optional middle dot/space.
13. health: the condition phrase of an identifiable person - disease (尿毒症, 患乳腺癌 ->
    "乳腺癌"), disability with type/grade (肢体残疾二级, 视力一级), injury result (轻微伤,
    右腿骨折), and 致贫原因 values 因病/因残 in a row that is identifiable.  The words 健康/良好
    and non-health reasons (缺劳力, 因学) are not labelled.  A row/record is identifiable when
    it carries at least one unmasked identifier (name, ID, phone, address); health in fully
    masked rows is not labelled.  When disability type and grade sit in separate table
    cells (视力残疾 | 二级) each cell is its own health span.  The health of a relative
    identified only by relation to a named person (我老伴患癫痫) is labelled.
14. Public by design is not an exemption: names in 低保/补贴 公示 lists and parties in
    published penalty decisions are labelled; the detector reports, humans decide.
15. Never labelled (near-misses): 文号, 索引号, 统一社会信用代码 (valid GB 32100), 执法证号,
    受理编号/案件编号/快递单号, amounts, dates, ages, gender, ethnicity, postcodes, office phones,
    hotlines, agency e-mails, company/village/road names, household sizes, land areas.
16. Dates of birth, age, gender and nationality are not separate kinds and are not labelled.
17. Masked publication rows keep only village-level locations (no address span); a 组-level
    address is never left unlabelled, even next to a masked name.
"""

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

# ---------------------------------------------------------------- reference data
COUNTIES = [
    dict(
        key="lankao",
        prov="河南省",
        city="开封市",
        county="兰考县",
        code="410225",
        area="0371",
        loclen=8,
        plate="豫B",
        zip="475300",
        short="兰",
        seat="城关镇",
        towns=[
            "城关镇",
            "堌阳镇",
            "南彰镇",
            "考城镇",
            "红庙镇",
            "谷营镇",
            "东坝头镇",
            "仪封镇",
            "葡萄架乡",
            "三义寨乡",
        ],
        villages=[("东坝头镇", "张庄村"), ("堌阳镇", "徐场村")],
        numbered=False,
        nations=[("汉族", 97), ("回族", 3)],
        localsur="张王李刘魏赵孙闫宋朱",
    ),
    dict(
        key="liannan",
        prov="广东省",
        city="清远市",
        county="连南瑶族自治县",
        code="441826",
        area="0763",
        loclen=7,
        plate="粤R",
        zip="513300",
        short="连南",
        seat="三江镇",
        towns=["三江镇", "寨岗镇", "大麦山镇", "香坪镇", "涡水镇", "三排镇", "大坪镇"],
        villages=[("三排镇", "油岭村"), ("三排镇", "南岗村")],
        numbered=False,
        nations=[("瑶族", 55), ("汉族", 45)],
        localsur="房沈唐邓盘李赵冯黄",
    ),
    dict(
        key="zhaojue",
        prov="四川省",
        city="凉山彝族自治州",
        county="昭觉县",
        code="513431",
        area="0834",
        loclen=7,
        plate="川W",
        zip="616150",
        short="昭",
        seat="新城镇",
        towns=["新城镇", "竹核乡", "三岔河乡", "解放乡", "支尔莫乡", "四开乡"],
        villages=[("三岔河乡", "三河村"), ("解放乡", "火普村"), ("支尔莫乡", "阿土列尔村")],
        numbered=False,
        nations=[("彝族", 85), ("汉族", 12), ("藏族", 3)],
        localsur="王李张陈",
    ),
    dict(
        key="jiashi",
        prov="新疆维吾尔自治区",
        city="喀什地区",
        county="伽师县",
        code="653129",
        area="0998",
        loclen=7,
        plate="新Q",
        zip="844300",
        short="伽",
        seat="巴仁镇",
        towns=[
            "巴仁镇",
            "西克尔库勒镇",
            "夏普吐勒乡",
            "卧里托格拉克乡",
            "江巴孜乡",
            "古勒鲁克乡",
            "克孜勒博依乡",
            "和夏阿瓦提乡",
            "英买里乡",
            "铁日木乡",
            "米夏乡",
        ],
        villages=[],
        numbered=True,
        nations=[("维吾尔族", 88), ("汉族", 12)],
        localsur="王李张刘陈",
    ),
    dict(
        key="siziwang",
        prov="内蒙古自治区",
        city="乌兰察布市",
        county="四子王旗",
        code="150929",
        area="0474",
        loclen=7,
        plate="蒙J",
        zip="011800",
        short="四",
        seat="乌兰花镇",
        towns=[
            "乌兰花镇",
            "吉生太镇",
            "库伦图镇",
            "供济堂镇",
            "白音朝克图镇",
            "东八号乡",
            "忽鸡图乡",
            "红格尔苏木",
            "江岸苏木",
            "查干补力格苏木",
        ],
        villages=[],
        numbered=False,
        nations=[("蒙古族", 35), ("汉族", 62), ("回族", 2), ("藏族", 1)],
        localsur="王李张刘赵郭高武",
    ),
    dict(
        key="fenghuang",
        prov="湖南省",
        city="湘西土家族苗族自治州",
        county="凤凰县",
        code="433123",
        area="0743",
        loclen=7,
        plate="湘U",
        zip="416200",
        short="凤",
        seat="沱江镇",
        towns=["沱江镇", "廖家桥镇", "阿拉营镇", "山江镇", "吉信镇", "禾库镇", "腊尔山镇", "千工坪镇"],
        villages=[("廖家桥镇", "菖蒲塘村")],
        numbered=False,
        nations=[("苗族", 50), ("土家族", 15), ("汉族", 35)],
        localsur="吴龙石麻杨田滕廖向欧",
    ),
]
COMPOUNDS = {
    "lankao": ["幸福小区", "锦绣家园", "阳光花园", "惠民小区", "和谐家园", "丽景苑"],
    "liannan": ["瑶城小区", "阳光花园", "康居苑", "安居小区"],
    "zhaojue": ["沐恩邸社区", "安居小区", "民族团结小区", "康居苑"],
    "jiashi": ["民族团结小区", "幸福家园", "安居小区", "丽景苑"],
    "siziwang": ["草原明珠小区", "幸福家园", "阳光小区", "惠民小区", "金色家园"],
    "fenghuang": ["沱江花园", "阳光家园", "惠民小区", "锦绣家园"],
}
OTHER_AREAS = [
    "110105",
    "310115",
    "440106",
    "320106",
    "330106",
    "420111",
    "510107",
    "500103",
    "610113",
    "371102",
    "130102",
    "410102",
    "410221",
    "431202",
    "441802",
    "652901",
    "653101",
    "150102",
    "513401",
    "433101",
    "540102",
    "350203",
    "411302",
    "622901",
]
PROVS = {
    11,
    12,
    13,
    14,
    15,
    21,
    22,
    23,
    31,
    32,
    33,
    34,
    35,
    36,
    37,
    41,
    42,
    43,
    44,
    45,
    46,
    50,
    51,
    52,
    53,
    54,
    61,
    62,
    63,
    64,
    65,
}
FAR_ADDR = [
    ("河南省郑州市金水区", "花园路"),
    ("河南省郑州市金水区", "文化路"),
    ("广东省广州市天河区", "天河路"),
    ("四川省成都市武侯区", "人民南路"),
    ("湖南省长沙市岳麓区", "麓山南路"),
    ("河南省开封市鼓楼区", "中山路"),
    ("新疆维吾尔自治区乌鲁木齐市天山区", "解放南路"),
    ("内蒙古自治区呼和浩特市新城区", "新华大街"),
]

HAN_SUR = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
COMPOUND_SUR = [
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "司徒",
    "夏侯",
    "尉迟",
    "公孙",
    "端木",
    "宇文",
]
RARE_SUR = [
    "仉",
    "亓",
    "佴",
    "靳",
    "冼",
    "禤",
    "厍",
    "逄",
    "蒯",
    "郤",
    "缑",
    "隗",
    "菅",
    "麴",
    "扈",
    "晁",
    "訾",
    "昝",
    "甯",
    "栾",
    "笪",
    "郇",
    "滑",
    "仝",
    "芈",
]
M_GIVEN = list(
    "伟强磊军勇杰涛明超刚平辉鹏华飞斌波宇浩凯健俊帆旭宁龙林阳峰国志文海东亮成春德福贵生才山金保全顺永"
)
F_GIVEN = list("芳娜敏静丽艳娟霞燕玲桂英萍红梅琳雪慧莹颖倩婷秀兰凤菊珍玉花云琴翠香月巧")
UY_F = [
    "阿依古丽",
    "古丽巴哈尔",
    "热依拉",
    "努尔古丽",
    "帕提古丽",
    "阿米娜",
    "再努尔",
    "布阿依谢姆",
    "祖丽皮亚",
    "阿瓦古丽",
    "米日古丽",
    "海丽其汗",
    "阿孜古丽",
    "吐尔逊古丽",
    "阿依努尔",
]
UY_M = [
    "买买提",
    "艾力",
    "阿不都热合曼",
    "吐尔洪",
    "艾买尔",
    "麦麦提敏",
    "努尔麦麦提",
    "阿卜杜拉",
    "玉苏甫",
    "吾斯曼",
    "依明",
    "艾山",
    "热合曼",
    "托合提",
    "亚森",
    "吐逊",
    "阿迪力",
    "如则",
    "阿布来提",
    "买合木提",
]
YI_SUR = [
    "吉克",
    "阿的",
    "马海",
    "沙马",
    "吉伍",
    "俄木",
    "海来",
    "阿苦",
    "曲比",
    "阿约",
    "勒古",
    "吉木",
    "俄底",
    "阿说",
    "瓦扎",
    "日火",
    "吉史",
    "木乃",
    "拉马",
    "阿尔",
]
YI_M = [
    "拉布",
    "木呷",
    "伍呷",
    "阿牛",
    "石者",
    "拉则",
    "日体",
    "尔哈",
    "伍各",
    "日哈",
    "莫色",
    "有格",
    "阿木",
    "子哈",
    "石布",
    "约哈",
    "木果",
    "伍沙",
]
YI_F = ["阿呷", "阿依", "阿支", "阿衣", "阿妞", "伍芝", "日呷", "尔果", "阿西", "么作", "布都", "依作"]
MN_M = [
    "巴特尔",
    "额尔敦",
    "苏和",
    "朝鲁",
    "那仁",
    "宝音",
    "那顺",
    "格日勒图",
    "孟和巴雅尔",
    "敖特根",
    "呼和",
    "额尔德尼",
    "巴雅尔",
    "哈斯",
    "达来",
    "吉日嘎拉",
    "乌力吉",
    "图门",
    "苏雅拉图",
    "阿拉坦仓",
]
MN_F = [
    "斯琴高娃",
    "乌云其其格",
    "图雅",
    "其木格",
    "萨仁高娃",
    "乌日娜",
    "娜仁花",
    "托娅",
    "高娃",
    "其其格",
    "阿拉坦其其格",
]
MN_HAN_SUR = ["包", "白", "韩", "宝", "奇", "云", "鲍"]
TB_M = ["扎西顿珠", "尼玛次仁", "洛桑多吉", "丹增平措", "旦增", "边巴", "格桑", "达瓦"]
TB_F = ["次仁卓玛", "格桑旺姆", "央金", "拉姆", "德吉卓嘎", "卓玛"]

DISEASES = [
    "尿毒症",
    "肺癌",
    "乳腺癌",
    "白血病",
    "脑梗死",
    "脑出血后遗症",
    "糖尿病",
    "肝硬化",
    "肺结核",
    "冠心病",
    "慢性肾衰竭",
    "精神分裂症",
    "宫颈癌",
    "类风湿性关节炎",
    "胃癌",
    "先天性心脏病",
    "高血压",
    "癫痫",
]
DISAB = ["肢体残疾", "视力残疾", "听力残疾", "言语残疾", "智力残疾", "精神残疾", "多重残疾"]
GRADES = ["一级", "二级", "三级", "四级"]
INJURY = ["轻微伤", "轻伤二级", "右腿骨折", "左手腕骨折", "头部外伤", "面部软组织挫伤"]
BANK_PREFIX = [
    ("622848", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622202", 19, "中国工商银行"),
    ("623058", 19, "中国农业银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622908", 18, "兴业银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622848", 19, "中国农业银行"),
    ("622202", 16, "中国工商银行"),
]
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
MAIL_DOM = ["163.com", "qq.com", "126.com", "sina.com", "139.com", "foxmail.com", "outlook.com"]
PINYIN = [
    "zhang",
    "wang",
    "li",
    "liu",
    "chen",
    "yang",
    "zhao",
    "huang",
    "zhou",
    "wu",
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
    "tang",
    "long",
    "shi",
    "ayi",
    "maimaiti",
    "bate",
    "jike",
    "shama",
]
CN_NUM = "〇一二三四五六七八九"

# ---------------------------------------------------------------- checksums / generators
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(rng, code, kind="9"):
    # GB 32100: dept + type + division + GB 11714 org code (8+check) + check
    head = {"9": rng.choice(["91", "92", "93"]), "91": "91", "92": "92", "93": "93", "1": "11", "5": "52"}[
        kind
    ]
    if head == "92" or rng.random() < 0.5:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    s = (
        sum(USCC_CH.index(ch) if ch.isdigit() else (ord(ch) - 55) for ch in body for _ in [0])
        if False
        else sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, ow))
    )
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    s17 = head + code + body + c9
    t = sum(USCC_CH.index(ch) * w for ch, w in zip(s17, USCC_W))
    c = (31 - t % 31) % 31
    return s17 + USCC_CH[c]


def uscc_ok(s):
    if len(s) != 18 or any(ch not in USCC_CH for ch in s):
        return False
    t = sum(USCC_CH.index(ch) * w for ch, w in zip(s[:17], USCC_W))
    return USCC_CH[(31 - t % 31) % 31] == s[17]


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def mdays(y, m):
    return 29 if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else DAYS[m - 1]


def rdate(rng, y0=2019, y1=2024):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    return (y, m, rng.randint(1, mdays(y, m)))


def ds(t):
    return "%d年%d月%d日" % t


def ds_cn(t):
    y, m, d = t

    def num(n):
        if n < 10:
            return "一二三四五六七八九"[n - 1]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + "一二三四五六七八九"[n - 11]
        return "一二三"[n // 10 - 1] + "十" + ("" if n % 10 == 0 else "一二三四五六七八九"[n % 10 - 1])

    return "".join(CN_NUM[int(ch)] for ch in str(y)) + "年" + num(m) + "月" + num(d) + "日"


def fw(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "0" <= ch <= "9" else ch for ch in s)


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, rng, fam):
        self.rng = rng
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []
        self.gid = 0
        self.html = rng.random() < 0.12
        self.hard = rng.random() < 0.18
        self.sepc = rng.choice(["：", "：", "：", ":", "： "])
        self.indent = "&nbsp;&nbsp;&nbsp;&nbsp;" if self.html else rng.choice(["　　", "　　", "", "    "])

    def newgid(self):
        self.gid += 1
        return self.gid

    def add(self, s, kind=None, gid=None):
        if not s:
            return
        if kind:
            l = len(s) - len(s.lstrip())
            r = len(s.rstrip())
            if r > l:
                self.spans.append([kind, self.n + l, self.n + r, gid])
        self.parts.append(s)
        self.n += len(s)

    def w(self, *items):
        for it in items:
            if isinstance(it, tuple):
                self.add(it[0], it[1])
            elif isinstance(it, list):
                for seg in it:
                    self.add(seg[0], seg[1])
            elif it:
                self.add(it)

    @property
    def sep(self):
        return "：&nbsp;" if self.html and self.rng.random() < 0.5 else self.sepc

    def kv(self, label, val=None, kind=None, end="\n"):
        self.add(label + self.sep)
        if isinstance(val, list):
            self.w(val)
        elif val:
            self.hv(val, kind)
        self.add(end)

    def hv(self, val, kind):
        """value possibly with a hard line break inside (one span)."""
        if (
            kind
            and self.hard
            and len(val) > 9
            and kind in ("address", "id_card", "bank_card")
            and self.rng.random() < 0.3
        ):
            k = self.rng.randint(4, len(val) - 3)
            if val[k - 1] != " " and val[k] != " ":
                val = val[:k] + "\n" + val[k:]
        self.add(val, kind)

    def para(self, *items):
        self.add("<p>" if self.html and self.rng.random() < 0.5 else self.indent)
        self.w(*items)
        self.add("</p>\n" if self.html and self.rng.random() < 0.3 else "\n")

    def finish(self):
        text = "".join(self.parts)
        spans = sorted(self.spans, key=lambda s: s[1])
        out = []
        for s in spans:
            if (
                out
                and s[3] is not None
                and out[-1][3] == s[3]
                and out[-1][0] == s[0]
                and text[out[-1][2] : s[1]].strip() == ""
            ):
                out[-1][2] = s[2]
            else:
                out.append(list(s))
        if self.rng.random() < 0.07:
            text = fw(text)
        return {
            "type": self.fam,
            "text": text,
            "spans": [{"kind": k, "start": a, "end": b} for k, a, b, _ in out],
        }


# ---------------------------------------------------------------- persons
def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def gen_name(rng, c, sex=None, nation=None, sur=None, father=None):
    sex = sex or rng.choice("男女")
    nation = nation or wpick(rng, c["nations"])
    if nation == "维吾尔族":
        given = rng.choice(UY_M if sex == "男" else UY_F)
        sep = wpick(rng, [("·", 85), ("•", 8), (".", 7)])
        nm = given + sep + (father or rng.choice(UY_M))
        return nm, sex, nation, given[0]
    if nation == "彝族":
        s = sur or rng.choice(YI_SUR)
        if rng.random() < 0.1:
            g = rng.choice(M_GIVEN if sex == "男" else F_GIVEN) + rng.choice(
                M_GIVEN if sex == "男" else F_GIVEN
            )
        else:
            g = rng.choice(YI_M if sex == "男" else YI_F)
        return s + g, sex, nation, s
    if nation == "藏族":
        nm = rng.choice(TB_M if sex == "男" else TB_F)
        return nm, sex, nation, nm[0]
    if nation == "蒙古族":
        g = rng.choice(MN_M if sex == "男" else MN_F)
        if rng.random() < 0.35:
            s = rng.choice(MN_HAN_SUR)
            return s + g, sex, nation, s
        return g, sex, nation, g[0]
    r = rng.random()
    if sur:
        s = sur
    elif r < 0.05:
        s = rng.choice(COMPOUND_SUR)
    elif r < 0.10:
        s = rng.choice(RARE_SUR)
    elif r < 0.45:
        s = rng.choice(c["localsur"])
    else:
        s = rng.choice(HAN_SUR)
    pool = M_GIVEN if sex == "男" else F_GIVEN
    g = rng.choice(pool) if rng.random() < 0.35 else rng.choice(pool) + rng.choice(pool + M_GIVEN[:10])
    return s + g, sex, nation, s


def mask_name(rng, p):
    s = p["sur"]
    return (
        s + rng.choice(["*", "**", "某", "某某", "*" * (len(p["name"]) - len(s))])
        if "·" not in p["name"]
        else s + rng.choice(["某某", "**"])
    )


def gen_id(rng, area, birth, sex):
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    body = area + "%04d%02d%02d" % birth + "%03d" % seq
    return body + id_check(body)


def make_person(rng, c, sex=None, age=(18, 85), nation=None, local=0.88, sur=None, father=None):
    nm, sex, nation, sur = gen_name(rng, c, sex, nation, sur, father)
    y = 2023 - rng.randint(*age)
    m = rng.randint(1, 12)
    birth = (y, m, rng.randint(1, mdays(y, m)))
    area = c["code"] if rng.random() < local else rng.choice(OTHER_AREAS)
    idn = gen_id(rng, area, birth, sex)
    p = dict(
        name=nm,
        sex=sex,
        nation=nation,
        sur=sur,
        birth=birth,
        id=idn,
        area=area,
        mobile=rng.choice(MOB_PRE) + "%08d" % rng.randint(0, 99999999),
    )
    p["given"] = re.split("[·•.]", nm)[0]
    p["id15"] = area + "%02d%02d%02d" % (y % 100, birth[1], birth[2]) + idn[14:17] if y < 2000 else None
    return p


def family(rng, c, head, kmax=6):
    A = 2023 - head["birth"][0]
    out = [(head, "户主")]
    nat = head["nation"]
    father = head if head["sex"] == "男" else None
    if A >= 22 and rng.random() < 0.75:
        sp = make_person(
            rng,
            c,
            sex="女" if head["sex"] == "男" else "男",
            age=(max(18, A - 6), min(96, A + 6)),
            nation=nat if rng.random() < 0.9 else None,
        )
        out.append((sp, "配偶"))
        if sp["sex"] == "男":
            father = sp
    inherit = nat not in ("蒙古族", "维吾尔族", "藏族")
    for _ in range(rng.randint(0, 3)):
        if A - 20 < 1:
            break
        sx = rng.choice("男女")
        ch = make_person(
            rng,
            c,
            sex=sx,
            age=(max(0, A - 42), A - 20),
            nation=father["nation"] if father else nat,
            sur=father["sur"] if father and inherit and father["nation"] == nat else None,
            father=father["given"] if father and father["nation"] == "维吾尔族" else None,
        )
        out.append((ch, "儿子" if sx == "男" else "女儿"))
    if A < 60 and rng.random() < 0.3:
        sx = rng.choice("男女")
        out.append(
            (
                make_person(
                    rng,
                    c,
                    sex=sx,
                    age=(A + 20, min(100, A + 36)),
                    nation=nat,
                    sur=head["sur"] if sx == "男" and inherit else None,
                ),
                "父亲" if sx == "男" else "母亲",
            )
        )
    return out[:kmax]


def occupation(rng, p):
    a = 2023 - p["birth"][0]
    if a < 6:
        return "学龄前"
    if a < 22:
        return "在校学生"
    if a < 61:
        return rng.choice(["务农", "外出务工", "无业", "个体经营", "灵活就业"])
    return rng.choice(["无", "务农", "退休"])


def add_days(t, k):
    y, m, d = t
    d += k
    while d > mdays(y, m):
        d -= mdays(y, m)
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return (y, m, d)


def before(rng, t, lo=10, hi=200):
    import datetime

    x = datetime.date(*t) - datetime.timedelta(days=rng.randint(lo, hi))
    return (x.year, x.month, x.day)


def fmt_id(rng, idn):
    r = rng.random()
    if idn[-1] == "X" and rng.random() < 0.4:
        idn = idn[:-1] + "x"
    if r < 0.05:
        return idn[:6] + " " + idn[6:14] + " " + idn[14:]
    return idn


def mask_id(rng, idn):
    return rng.choice(
        [
            idn[:6] + "********" + idn[-4:],
            idn[:10] + "****" + idn[-4:],
            idn[:6] + "*" * 10 + idn[-2:],
            idn[:3] + "*" * 11 + idn[-4:],
            idn[:14] + "****",
        ]
    )


def fmt_mob(rng, m):
    r = rng.random()
    if r < 0.1:
        return m[:3] + " " + m[3:7] + " " + m[7:]
    if r < 0.17:
        return m[:3] + "-" + m[3:7] + "-" + m[7:]
    return m


def mask_mob(rng, m):
    return rng.choice([m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], m[:7] + "****"])


def gen_card(rng):
    pre, ln, bank = rng.choice(BANK_PREFIX)
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    return body + luhn_digit(body), bank


def fmt_card(rng, cd):
    if rng.random() < 0.35:
        return " ".join(cd[i : i + 4] for i in range(0, len(cd), 4))
    return cd


def mask_card(rng, cd):
    return rng.choice([cd[:4] + "*" * (len(cd) - 8) + cd[-4:], cd[:6] + "*" * (len(cd) - 10) + cd[-4:]])


def landline(rng, c):
    n = str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(c["loclen"] - 1))
    return c["area"] + "-" + n


def email(rng, p=None):
    r = rng.random()
    if r < 0.35:
        loc = str(rng.randint(10000000, 3999999999))
        return loc + "@qq.com"
    loc = rng.choice(PINYIN) + rng.choice(["", "_", "."]) + rng.choice(PINYIN) + str(rng.randint(1, 9999))
    return loc + "@" + rng.choice(MAIL_DOM)


def plate(rng, c):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if rng.random() < 0.2:
        body = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        body = "".join(rng.choice(L + "0123456789" * 3) for _ in range(5))
    return c["plate"] + rng.choice(["", "", "·", " "]) + body


def passport(rng):
    if rng.random() < 0.6:
        return "E" + "%08d" % rng.randint(0, 99999999)
    return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % rng.randint(0, 9999999)


def hk_permit(rng):
    return "C" + "%08d" % rng.randint(0, 99999999)


def tw_permit(rng):
    return rng.choice(["T" + "%08d" % rng.randint(0, 99999999), "%08d" % rng.randint(0, 99999999)])


def home_addr(rng, c, level=None):
    """private home address reaching 号/室/组 level."""
    rural = (c["villages"] or c["numbered"]) and rng.random() < 0.6
    pre = rng.choice(["full", "county", "county", "town", "town"])
    if level == "short":
        pre = "town"
    if rural:
        if c["numbered"]:
            town = rng.choice(c["towns"][1:])
            core = "%s%d村%d组%d号" % (town, rng.randint(1, 18), rng.randint(1, 9), rng.randint(1, 120))
        else:
            town, vil = rng.choice(c["villages"])
            tail = rng.choice(["%d组%d号", "%d组%d号", "%d组"])
            core = (
                town
                + vil
                + (
                    tail
                    % (
                        (rng.randint(1, 12), rng.randint(1, 99))
                        if tail.count("%") == 2
                        else (rng.randint(1, 12),)
                    )
                )
            )
    else:
        town = c["seat"]
        comp = rng.choice(COMPOUNDS[c["key"]])
        b, u, f, r = rng.randint(1, 30), rng.randint(1, 4), rng.randint(1, 18), rng.randint(1, 4)
        t = rng.choice(["%d号楼%d单元%d%02d室", "%d栋%d单元%d%02d室", "%d幢%d单元%d%02d室", "%d栋%d%02d室"])
        args = (b, u, f, r) if t.count("%") == 4 else (b, f, r)
        core = town + comp + t % args
        if pre == "town" and rng.random() < 0.5:
            return comp + t % args
    if pre == "full":
        return c["prov"] + c["city"] + c["county"] + core
    if pre == "county":
        return c["county"] + core
    return core


def far_addr(rng):
    d, road = rng.choice(FAR_ADDR)
    return (
        d
        + road
        + "%d号%s%d号楼%d单元%d%02d室"
        % (
            rng.randint(1, 300),
            rng.choice(["", "院"]),
            rng.randint(1, 20),
            rng.randint(1, 4),
            rng.randint(1, 30),
            rng.randint(1, 4),
        )
    )


def village_level(rng, c):
    if c["numbered"]:
        return "%s%d村" % (rng.choice(c["towns"][1:]), rng.randint(1, 18))
    if c["villages"] and rng.random() < 0.7:
        t, v = rng.choice(c["villages"])
        return t + v
    return rng.choice(c["towns"])


def office(rng, c):
    return landline(rng, c)


def official(rng, c):
    return gen_name(rng, c)[0]


def agency_mail(rng, c):
    return rng.choice(["%sxxgk@163.com", "xxgk_%s@126.com", "%smzj@163.com", "%szfb@163.com"]) % c["key"]


def pad_name(rng, nm, doc_pad):
    if doc_pad and len(nm) == 2:
        return nm[0] + doc_pad + nm[1]
    return nm


def health_phrase(rng):
    r = rng.random()
    if r < 0.45:
        return rng.choice(DISEASES)
    if r < 0.85:
        return rng.choice(DISAB) + rng.choice(GRADES)
    return rng.choice(["重度" + rng.choice(DISAB), rng.choice(DISAB)])


def idnum(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def wenhao(rng, c, mid):
    return "%s%s〔%d〕%d号" % (c["short"], mid, rng.randint(2019, 2024), rng.randint(1, 260))


def meta_block(d, c, agency, date):
    rng = d.rng
    code = uscc(rng, c["code"], "1")
    items = [
        ("索引号", "%s/%d-%05d" % (code, date[0], rng.randint(1, 30000))),
        ("发布机构", agency),
        ("发布日期", "%d-%02d-%02d" % date),
        ("组配分类", rng.choice(["社会救助", "行政执法", "政策文件", "民政事务"])),
        ("统一社会信用代码", code),
    ]
    rng.shuffle(items)
    joiner = rng.choice(["\n", "\t", "  "])
    for i, (k, v) in enumerate(items[: rng.randint(2, 5)]):
        d.add(k + d.sep + v + joiner)
    if joiner != "\n":
        d.add("\n")


# ---------------------------------------------------------------- table rendering
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def ctext(cell):
    return "".join(t for t, _ in cell)


def C(*segs):
    """cell from segments: strings or (text, kind)"""
    out = []
    for s in segs:
        if isinstance(s, tuple):
            if s[0]:
                out.append(s)
        elif s:
            out.append((s, None))
    return out


def render_table(d, headers, rows, style=None, wrap=None):
    rng = d.rng
    style = style or rng.choice(["tsv", "fixed", "fixed", "cells", "csv", "html"])
    if d.html and style in ("tsv", "cells"):
        style = "html"
    hdr = [C(h) for h in headers]
    allrows = [hdr] + rows
    if style == "tsv":
        trail = rng.random() < 0.2
        for r in allrows:
            for i, cell in enumerate(r):
                if i:
                    d.add("\t")
                d.w(cell)
            d.add("\t\n" if trail else "\n")
    elif style == "csv":
        qall = rng.random() < 0.3
        for ri, r in enumerate(allrows):
            for i, cell in enumerate(r):
                if i:
                    d.add(",")
                txt = ctext(cell)
                q = qall or any(ch in txt for ch in ',"\n') or rng.random() < 0.08
                if q:
                    d.add('"')
                for t, k in cell:
                    d.add(t if k else t.replace('"', '""'), k)
                if q:
                    d.add('"')
            d.add("\n")
    elif style == "cells":
        blank = rng.random() < 0.3
        for r in allrows:
            for cell in r:
                d.w(cell)
                d.add("\n")
            if blank:
                d.add("\n")
    elif style == "html":
        sub = rng.choice(["nbsp", "nbsp", "td"])
        for r in allrows:
            if sub == "td":
                d.add("<tr>")
                for cell in r:
                    d.add("<td>")
                    d.w(cell)
                    d.add("</td>")
                d.add("</tr>\n")
            else:
                sp = rng.choice(["&nbsp;", "&nbsp;&nbsp;", " &nbsp; ", "&nbsp;&nbsp;&nbsp;&nbsp;"])
                for i, cell in enumerate(r):
                    if i:
                        d.add(sp)
                    d.w(cell if cell else [("&nbsp;", None)])
                d.add(rng.choice(["<br>\n", "<br/>\n", "\n"]))
    else:
        render_fixed(d, allrows, wrap or {})


def render_fixed(d, allrows, wrap):
    rng = d.rng
    ncol = len(allrows[0])
    widths = []
    for i in range(ncol):
        m = max(dw(ctext(r[i])) for r in allrows)
        if i in wrap:
            m = min(m, max(wrap[i], dw(ctext(allrows[0][i]))))
        widths.append(m)
    gap = rng.choice([2, 2, 3, 4])
    indent = " " * rng.choice([0, 0, 1, 2, 4])
    for r in allrows:
        cols = []
        for i, cell in enumerate(r):
            chars = []
            for t, k in cell:
                g = d.newgid()
                for ch in t:
                    chars.append((ch, k, g))
            lines, cur, cw = [], [], 0
            for item in chars:
                w = dw(item[0])
                if cur and cw + w > widths[i]:
                    lines.append(cur)
                    cur, cw = [], 0
                if not cur and item[0] == " ":
                    continue
                cur.append(item)
                cw += w
            lines.append(cur)
            cols.append(lines)
        nl = max(len(x) for x in cols)
        for li in range(nl):
            items = [(indent, None, None)]
            for i in range(ncol):
                frag = cols[i][li] if li < len(cols[i]) else []
                j = 0
                while j < len(frag):
                    k = j
                    while k < len(frag) and frag[k][2] == frag[j][2]:
                        k += 1
                    items.append(("".join(x[0] for x in frag[j:k]), frag[j][1], frag[j][2]))
                    j = k
                if i < ncol - 1:
                    items.append((" " * (widths[i] - dw("".join(x[0] for x in frag)) + gap), None, None))
            while items and items[-1][1] is None and items[-1][0].strip() == "":
                items.pop()
            for t, k, g in items:
                d.add(t, k, g)
            d.add("\n")


# ---------------------------------------------------------------- cell helpers
class Ctx:
    def __init__(self, rng, c, d):
        self.rng, self.c, self.d = rng, c, d
        self.pad = rng.choice([None, None, None, "　", "  ", " "])

    def name(self, p, masked=False):
        if masked:
            return (mask_name(self.rng, p), None)
        return (pad_name(self.rng, p["name"], self.pad), "name")

    def idc(self, p, masked=False, csv=False):
        rng = self.rng
        if masked:
            return [(mask_id(rng, p["id"]), None)]
        if p.get("id15") and rng.random() < 0.08:
            return [(p["id15"], "id_card_15")]
        if csv and rng.random() < 0.15:
            return [("'", None), (p["id"], "id_card")]
        if csv and rng.random() < 0.04:
            return [("%.5E" % int(p["id"][:17]) if False else "4.%sE+17" % p["id"][1:6], None)]
        return [(fmt_id(rng, p["id"]), "id_card")]

    def mob(self, p, masked=False):
        if masked:
            return (mask_mob(self.rng, p["mobile"]), None)
        return (fmt_mob(self.rng, p["mobile"]), "mobile")


def health_cell(rng, ident, kind="reason"):
    """致贫原因 / 残疾 cell.  returns cell segments"""
    k = "health" if ident else None
    r = rng.random()
    if kind == "reason":
        if r < 0.3:
            return C((rng.choice(["因病", "因残"]), k))
        if r < 0.45:
            return C(("因病", k), "（", (rng.choice(DISEASES), k), "）")
        if r < 0.55:
            return C("患", (rng.choice(DISEASES), k))
        return C(rng.choice(["缺劳力", "因学", "缺技术", "因灾", "缺资金", "自身发展动力不足", "无固定收入"]))
    return C((health_phrase(rng), k))


# ---------------------------------------------------------------- family 1: dibao lists
def fam_dibao(rng, c, d):
    x = Ctx(rng, c, d)
    prog = rng.choice(["低保", "低保", "特困", "临时救助"])
    date = rdate(rng)
    y, m = date[0], date[1]
    town = rng.choice(c["towns"])
    agency = rng.choice([c["county"] + "民政局", town + "人民政府"])
    scope = rng.choice(["农村", "城市", "城乡"])
    if prog == "低保":
        title = "%s%s%d年%d月%s最低生活保障对象名单" % (c["county"], town, y, m, scope)
    elif prog == "特困":
        title = "%s%d年第%d季度特困人员救助供养名单" % (c["county"], y, rng.randint(1, 4))
    else:
        title = "%s%d年%d月临时救助对象花名册" % (c["county"], y, m)
    if rng.random() < 0.4:
        meta_block(d, c, agency, date)
    d.add(title + "\n")
    d.para(
        "根据《社会救助暂行办法》和《%s最低生活保障工作实施细则》（%s）规定，经个人申请、入户调查、民主评议、"
        "乡镇审核、县民政局审批，现将%s名单予以公布，接受社会监督。"
        % (c["prov"][:-1].rstrip("维吾尔自治区") or c["prov"], wenhao(rng, c, "民"), prog + "对象")
    )
    mode = wpick(rng, [("full", 50), ("masked", 22), ("namefull", 28)])
    layout = rng.choice(["A", "B", "E", "F", "B", "E"])
    if prog == "临时救助":
        layout = rng.choice(["C", "C", "B"])
    if prog == "特困":
        layout = rng.choice(["D", "D", "A"])
    style = rng.choice(["tsv", "fixed", "fixed", "cells", "csv", "html"])
    csv = style == "csv"
    nrows = rng.randint(6, 18)
    rows = []
    wrap = {}
    for i in range(nrows):
        p = make_person(rng, c, age=(20, 90))
        nm_mask = mode == "masked"
        id_mask = mode != "full"
        ident = not nm_mask
        seq = str(i + 1)
        if layout == "A":
            headers = ["序号", "乡镇", "村（社区）", "户主姓名", "身份证号码", "保障人数", "月保障金额（元）"]
            rows.append(
                [
                    C(seq),
                    C(town),
                    C(village_level(rng, c).replace(town, "")),
                    C(x.name(p, nm_mask)),
                    x.idc(p, id_mask, csv),
                    C(str(rng.randint(1, 6))),
                    C(str(rng.randint(2, 40) * 20)),
                ]
            )
        elif layout == "B":
            headers = ["序号", "姓名", "性别", "家庭住址", "保障人数", "金额（元）", "致贫原因"]
            addr_mask = mode == "masked"
            a = home_addr(rng, c, "short")
            acell = C((a, "address")) if not addr_mask else C(village_level(rng, c) + "***")
            rows.append(
                [
                    C(seq),
                    C(x.name(p, nm_mask)),
                    C(p["sex"]),
                    acell,
                    C(str(rng.randint(1, 6))),
                    C(str(rng.randint(3, 30) * 20)),
                    health_cell(rng, ident),
                ]
            )
            wrap = {3: rng.choice([14, 18, 22])}
        elif layout == "C":
            headers = ["序号", "救助对象", "身份证号", "联系电话", "救助事由", "救助金额（元）", "发放方式"]
            r = rng.random()
            hk = "health" if ident or not id_mask else None
            if r < 0.5:
                reason = C("患", (rng.choice(DISEASES), hk), rng.choice(["住院治疗", "，医疗支出大", ""]))
            elif r < 0.65:
                reason = C(rng.choice(["车祸致", "意外致"]), (rng.choice(INJURY[2:]), hk))
            else:
                reason = C(
                    rng.choice(["房屋失火", "遭受洪灾", "子女上学支出大", "突发意外", "家庭主要劳动力死亡"])
                )
            if mode == "full":
                cd, bank = gen_card(rng)
                pay = C(
                    (bank[2:] if bank.startswith("中国") else bank) if rng.random() < 0.5 else "",
                    (fmt_card(rng, cd), "bank_card"),
                )
            else:
                cd, bank = gen_card(rng)
                pay = C(rng.choice(["社会化发放", "现金", mask_card(rng, cd)]))
            rows.append(
                [
                    C(seq),
                    C(x.name(p, nm_mask)),
                    x.idc(p, id_mask, csv),
                    C(x.mob(p, mode != "full")),
                    reason,
                    C(str(rng.randint(5, 60) * 100)),
                    pay,
                ]
            )
            wrap = {4: rng.choice([12, 16])}
        elif layout == "D":
            headers = ["序号", "姓名", "性别", "年龄", "供养方式", "供养地址", "月供养金（元）"]
            age = 2023 - p["birth"][0]
            if rng.random() < 0.4:
                where = C(c["county"] + rng.choice(["社会福利中心", "敬老院", town + "敬老院"]))
                fm = "集中供养"
            else:
                fm = "分散供养"
                where = C((home_addr(rng, c), "address")) if mode != "masked" else C(village_level(rng, c))
            rows.append(
                [
                    C(seq),
                    C(x.name(p, nm_mask)),
                    C(p["sex"]),
                    C(str(age)),
                    C(fm),
                    where,
                    C(str(rng.randint(30, 90) * 10)),
                ]
            )
            wrap = {5: rng.choice([16, 20, 26])}
        elif layout == "E":
            headers = ["序号", "户主", "保障对象（家庭成员）", "所在村组", "保障金额"]
            mem = [q for q, _ in family(rng, c, p, 5)]
            cell = []
            for j, q in enumerate(mem):
                if j:
                    cell.append(("、", None))
                cell.append(x.name(q, nm_mask))
            vg = village_level(rng, c)
            if c["villages"] or c["numbered"]:
                vg2 = vg + "%d组" % rng.randint(1, 10)
                vcell = C((vg2, "address")) if mode != "masked" and vg != town else C(vg)
            else:
                vcell = C(vg)
            rows.append([C(seq), C(x.name(p, nm_mask)), cell, vcell, C(str(rng.randint(3, 30) * 20))])
            wrap = {2: rng.choice([16, 20])}
        else:
            headers = ["序号", "姓名", "身份证号", "残疾类别等级", "保障类别", "金额"]
            hc = (
                C((rng.choice(DISAB) + rng.choice(GRADES), "health" if ident else None))
                if rng.random() < 0.6
                else C("无")
            )
            rows.append(
                [
                    C(seq),
                    C(x.name(p, nm_mask)),
                    x.idc(p, id_mask, csv),
                    hc,
                    C(rng.choice(["A类", "B类", "C类", "一类", "二类", "三类"])),
                    C(str(rng.randint(3, 30) * 20)),
                ]
            )
    if (
        style == "fixed"
        and c["key"] in ("jiashi", "zhaojue", "siziwang")
        and rng.random() < 0.5
        and layout not in ("E",)
    ):
        wrap[1] = rng.choice([8, 10])
    if rng.random() < 0.5:
        d.add("%s%s名单（共%d户）\n" % (town, prog, nrows))
    render_table(d, headers, rows, style, wrap)
    d.para("公示时间：%s至%s。如有异议，请在公示期内向%s反映。" % (ds(date), ds(add_days(date, 7)), agency))
    d.add(
        rng.choice(["监督电话", "举报电话", "联系电话"])
        + d.sep
        + office(rng, c)
        + "；"
        + rng.choice(["全国民政服务热线", "政务服务便民热线"])
        + d.sep
        + rng.choice(["12345", "12349"])
        + "\n"
    )
    if rng.random() < 0.3:
        d.add("邮政编码" + d.sep + c["zip"] + "\n")
    d.add(agency + "\n" + ds(date) + "\n")


# ---------------------------------------------------------------- family 2: penalty decisions
def person_intro(d, x, p, masked_name=False, masked_id=False, addr=True, phone=False, style=None):
    rng, c = x.rng, x.c
    style = style or rng.choice(["prose", "lines"])
    a = home_addr(rng, c) if addr else None
    if style == "prose":
        d.w(x.name(p, masked_name), "，%s，%s，%s出生，" % (p["sex"], p["nation"], ds(p["birth"])))
        d.add(rng.choice(["公民身份号码", "身份证号码", "身份证号"]))
        d.add(rng.choice(["", "："]))
        if masked_id:
            d.add(mask_id(rng, p["id"]))
        else:
            d.hv(fmt_id(rng, p["id"]), "id_card")
        if a:
            d.add(rng.choice(["，住", "，住址：", "，户籍地：", "，现住"]))
            d.hv(a, "address") if not masked_name else d.add(village_level(rng, c) + "***")
        if phone:
            d.add("，联系电话：")
            d.w(x.mob(p, masked_name))
        d.add("。\n")
    else:
        d.kv("性别", p["sex"])
        d.kv("民族", p["nation"])
        d.kv("出生日期", ds(p["birth"]))
        r = rng.random()
        if r < 0.05 and not masked_id:
            d.kv("台湾居民来往大陆通行证号码", "%08d" % rng.randint(0, 99999999), "tw_permit")
        elif r < 0.09 and not masked_id:
            d.kv("护照号码", passport(rng), "passport")
        elif r < 0.13 and not masked_id:
            d.kv("往来港澳通行证号码", hk_permit(rng), "hk_macau_permit")
        else:
            d.kv(
                rng.choice(["身份证号码", "公民身份号码", "身份证件号码"]),
                mask_id(rng, p["id"]) if masked_id else fmt_id(rng, p["id"]),
                None if masked_id else "id_card",
            )
        if a:
            if masked_name:
                d.kv(rng.choice(["住址", "家庭住址"]), village_level(rng, c) + "***")
            else:
                d.kv(rng.choice(["住址", "家庭住址", "现住址"]), a, "address")
        if phone:
            d.kv("联系电话", [x.mob(p, masked_name)])


def fam_penalty(rng, c, d):
    x = Ctx(rng, c, d)
    dept = rng.choice(["公安", "市场监管", "交通", "自然资源", "卫健"])
    date = rdate(rng)
    agname = {
        "公安": c["county"] + "公安局",
        "市场监管": c["county"] + "市场监督管理局",
        "交通": c["county"] + "交通运输局",
        "自然资源": c["county"] + "自然资源局",
        "卫健": c["county"] + "卫生健康委员会",
    }[dept]
    mid = {
        "公安": "公（%s）行罚决字" % rng.choice(["治", "城", "刑", "交"]),
        "市场监管": "市监处罚",
        "交通": "交罚",
        "自然资源": "自然资罚",
        "卫健": "卫医罚",
    }[dept]
    if rng.random() < 0.4:
        meta_block(d, c, agname, date)
    d.add(agname + "\n")
    d.add(rng.choice(["行政处罚决定书", "行 政 处 罚 决 定 书"]) + "\n")
    d.add(wenhao(rng, c, mid) + "\n")
    mode = wpick(rng, [("full", 45), ("mixed", 35), ("masked", 20)])
    company = dept == "市场监管" and rng.random() < 0.45
    p = make_person(rng, c)
    if company:
        sur = p["sur"]
        cname = (
            c["county"]
            + rng.choice([sur + "氏", sur + "记", ""])
            + rng.choice(["商贸有限公司", "农业发展有限公司", "食品有限公司", "木业有限公司", "建材有限公司"])
        )
        d.kv("当事人", cname)
        d.kv("统一社会信用代码", uscc(rng, c["code"], "91"))
        d.kv("法定代表人", [x.name(p, mode == "masked")])
        d.kv(
            "住所",
            c["county"]
            + c["seat"]
            + rng.choice(["工业园区", "产业集聚区", "商贸城"])
            + "%d号" % rng.randint(1, 99),
        )
        if rng.random() < 0.4:
            d.kv("联系电话", [x.mob(p, mode != "full")])
        party = cname
    else:
        lab = rng.choice(["当事人", "违法行为人", "被处罚人"])
        style = rng.choice(["prose", "lines"])
        if dept == "市场监管":
            shop = (
                c["county"]
                + c["seat"]
                + p["sur"]
                + rng.choice(["记副食店", "家小吃部", "氏便利店", "记五金店"])
            )
            d.kv(lab, shop + "（个体工商户）")
            d.kv("统一社会信用代码", uscc(rng, c["code"], "92"))
            d.add("经营者" + d.sep)
        else:
            d.add(lab + d.sep)
        if style == "lines":
            d.w(x.name(p, mode == "masked"), "\n")
        person_intro(d, x, p, mode == "masked", mode != "full", True, rng.random() < 0.3, style)
        party = ""
        if dept == "交通" or (dept == "公安" and rng.random() < 0.3):
            pl = plate(rng, c)
            d.kv(
                "车辆号牌",
                pl if mode != "masked" else pl[:3] + "***" + pl[-1:],
                "license_plate" if mode != "masked" else None,
            )
            if rng.random() < 0.5 and mode == "full":
                d.kv("驾驶证号", fmt_id(rng, p["id"]), "id_card")
    nmc = (x.name(p, mode == "masked"),) if not company else (party,)
    fact_date = before(rng, date, 20, 240)
    d.add(d.indent)
    if dept == "公安":
        vic = make_person(rng, c)
        vm = rng.random() < 0.5 or mode == "masked"
        d.w(
            "经查，%s%d时许，" % (ds(fact_date), rng.randint(8, 22)),
            *nmc,
            "在%s因琐事与" % village_level(rng, c),
            x.name(vic, vm),
            "发生口角，后用拳头殴打",
            x.name(vic, vm),
            "头部，致其",
            (rng.choice(INJURY), None if vm else "health"),
            "。以上事实有违法行为人陈述和申辩、被侵害人陈述、证人",
            (mask_name(rng, make_person(rng, c)), None),
            "的证言、伤情鉴定意见等证据证实。\n",
        )
        law = "《中华人民共和国治安管理处罚法》第四十三条第一款"
        pen = rng.choice(["行政拘留五日", "行政拘留十日并处罚款五百元", "罚款二百元"])
    elif dept == "市场监管":
        d.w(
            "%s，本局执法人员对" % ds(fact_date),
            *nmc,
            "经营场所进行检查，发现其经营的%s已超过保质期，货值金额%d.%02d元。\n"
            % (
                rng.choice(["饮料", "方便面", "火腿肠", "奶粉", "饼干"]),
                rng.randint(50, 3000),
                rng.randint(0, 99),
            ),
        )
        law = "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项"
        pen = rng.choice(
            ["没收违法经营的食品，并处罚款人民币伍仟元", "警告，并处罚款人民币叁仟元", "罚款人民币壹万元"]
        )
    elif dept == "交通":
        d.w(
            "%s，本局执法人员在%s检查时发现，" % (ds(fact_date), rng.choice(c["towns"]) + "客运站附近"),
            *nmc,
            "未取得道路运输经营许可，驾驶车辆擅自从事道路旅客运输经营，收取乘客车费%d元。\n"
            % rng.randint(10, 200),
        )
        law = "《中华人民共和国道路运输条例》第六十三条"
        pen = rng.choice(["罚款人民币伍仟元", "罚款人民币壹万元", "罚款人民币贰仟元"])
    elif dept == "自然资源":
        d.w(
            "经查，",
            *nmc,
            "于%d年未经批准擅自占用%s东侧集体土地%d平方米建设住房，该地块规划用途为耕地。\n"
            % (fact_date[0], village_level(rng, c), rng.randint(80, 600)),
        )
        law = "《中华人民共和国土地管理法》第七十八条"
        pen = "责令退还非法占用的土地，限期拆除在非法占用的土地上新建的建筑物和其他设施"
    else:
        pat = make_person(rng, c)
        d.w(
            "经查，",
            *nmc,
            "未取得《医疗机构执业许可证》，在%s擅自开展诊疗活动，为患者" % village_level(rng, c),
            (mask_name(rng, pat), None),
            "进行静脉输液治疗，违法所得%d元。\n" % rng.randint(100, 5000),
        )
        law = "《中华人民共和国基本医疗卫生与健康促进法》第九十九条"
        pen = "没收违法所得、药品和医疗器械，并处罚款人民币" + rng.choice(["伍万元", "捌万元", "拾万元"])
    ofs = [official(rng, c) for _ in range(2)]
    d.para(
        "本案由执法人员",
        ofs[0],
        "（执法证号：%s）、" % (c["code"][:2] + idnum(rng, 9)),
        ofs[1],
        "（执法证号：%s）承办。" % (c["code"][:2] + idnum(rng, 9)),
    )
    d.para(
        "以上事实有现场检查笔录、询问笔录、照片等证据为证。本机关依据",
        law,
        "之规定，决定给予",
        *nmc,
        "如下行政处罚：",
        pen,
        "。",
    )
    d.para(
        "罚款限于收到本决定书之日起十五日内缴至%s非税收入汇缴结算户（账号：%s），逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"
        % (c["county"], "41" + idnum(rng, 14) if c["key"] == "lankao" else idnum(rng, 17))
    )
    d.para(
        "如不服本处罚决定，可以在收到本决定书之日起六十日内向%s人民政府申请行政复议，或者在六个月内向%s人民法院提起行政诉讼。"
        % (c["county"], c["county"])
    )
    d.add(agname + "\n" + (ds_cn(date) if rng.random() < 0.5 else ds(date)) + "\n")
    if rng.random() < 0.5:
        d.add("（联系电话：%s）\n" % office(rng, c))


# ---------------------------------------------------------------- family 3: gongshi
def fam_gongshi(rng, c, d):
    x = Ctx(rng, c, d)
    kind = rng.choice(["残疾人两项补贴", "农村危房改造", "高龄津贴", "公益性岗位", "教育资助", "资格审核"])
    date = rdate(rng)
    town = rng.choice(c["towns"])
    agency = {
        "残疾人两项补贴": c["county"] + "残疾人联合会",
        "农村危房改造": c["county"] + "住房和城乡建设局",
        "高龄津贴": c["county"] + "民政局",
        "公益性岗位": c["county"] + "人力资源和社会保障局",
        "教育资助": c["county"] + "教育局",
        "资格审核": town + "人民政府",
    }[kind]
    if rng.random() < 0.35:
        meta_block(d, c, agency, date)
    d.add(
        "关于%s%d年%s%s的公示\n"
        % (
            town if rng.random() < 0.5 else c["county"],
            date[0],
            kind,
            rng.choice(["对象", "拟享受人员名单", "审核结果", "发放情况"]),
        )
    )
    masked = rng.random() < 0.25
    n = rng.randint(5, 16)
    people = [make_person(rng, c, age=(6, 95) if kind != "高龄津贴" else (80, 101)) for _ in range(n)]
    if kind == "资格审核" or rng.random() < 0.3:
        k = min(len(people), rng.randint(1, 3))
        items = []
        for j in range(k):
            if j:
                items.append("、")
            items.append(x.name(people[j], masked))
        d.para(
            "经个人申请、村级评议、乡镇审核，拟确定",
            *items,
            "等%d户（人）为%s%s，现予以公示。"
            % (n, town, rng.choice(["城乡低保对象", "特困供养对象", "享受补贴对象", "公益性岗位人员"])),
        )
    else:
        d.para(
            "根据相关政策规定，经个人申请、村（居）委会初审、乡镇（街道）审核，现将%s名单予以公示，公示期为7天。"
            % kind
        )
    style = rng.choice(["tsv", "fixed", "cells", "csv", "html"])
    rows = []
    wrap = {}
    for i, p in enumerate(people):
        ident = not masked
        if kind == "残疾人两项补贴":
            headers = ["序号", "姓名", "性别", "残疾类别", "残疾等级", "补贴类型", "金额（元/月）"]
            hk = "health" if ident else None
            rows.append(
                [
                    C(str(i + 1)),
                    C(x.name(p, masked)),
                    C(p["sex"]),
                    C((rng.choice(DISAB), hk)),
                    C((rng.choice(GRADES), hk)),
                    C(rng.choice(["困难残疾人生活补贴", "重度残疾人护理补贴"])),
                    C(str(rng.choice([70, 80, 90, 100]))),
                ]
            )
        elif kind == "农村危房改造":
            headers = ["序号", "户主姓名", "家庭住址", "身份证号", "改造方式", "补助资金（元）"]
            a = home_addr(rng, c, "short")
            rows.append(
                [
                    C(str(i + 1)),
                    C(x.name(p, masked)),
                    C((a, "address")) if not masked else C(village_level(rng, c)),
                    x.idc(p, True, style == "csv")
                    if rng.random() < 0.6 or masked
                    else x.idc(p, False, style == "csv"),
                    C(rng.choice(["原址翻建", "修缮加固", "新建"])),
                    C(str(rng.choice([10000, 15000, 20000, 25000]))),
                ]
            )
            wrap = {2: rng.choice([16, 20, 24])}
        elif kind == "高龄津贴":
            headers = ["序号", "乡镇", "姓名", "出生年月", "年龄", "津贴标准"]
            rows.append(
                [
                    C(str(i + 1)),
                    C(town),
                    C(x.name(p, masked)),
                    C("%d.%02d" % p["birth"][:2]),
                    C(str(2023 - p["birth"][0])),
                    C(str(rng.choice([50, 100, 200, 300]))),
                ]
            )
        elif kind == "公益性岗位":
            headers = ["序号", "姓名", "性别", "身份证号", "联系电话", "岗位名称", "所在村"]
            rows.append(
                [
                    C(str(i + 1)),
                    C(x.name(p, masked)),
                    C(p["sex"]),
                    x.idc(p, True),
                    C(x.mob(p, masked or rng.random() < 0.5)),
                    C(rng.choice(["护林员", "保洁员", "护路员", "水管员", "防疫员"])),
                    C(village_level(rng, c)),
                ]
            )
        elif kind == "教育资助":
            headers = ["序号", "学生姓名", "学校", "年级", "监护人", "资助金额"]
            g = make_person(rng, c, age=(28, 60))
            rows.append(
                [
                    C(str(i + 1)),
                    C(x.name(p, masked)),
                    C(
                        c["county"]
                        + rng.choice(["第一初级中学", "第二高级中学", "实验小学", c["seat"] + "中心小学"])
                    ),
                    C(rng.choice(["七年级", "八年级", "高一", "高二", "三年级", "五年级"])),
                    C(x.name(g, masked)),
                    C(str(rng.choice([625, 1000, 1250, 2000]))),
                ]
            )
        else:
            headers = ["序号", "申请人", "家庭人口", "家庭住址", "审核意见", "备注"]
            note = health_cell(rng, ident) if rng.random() < 0.5 else C("")
            rows.append(
                [
                    C(str(i + 1)),
                    C(x.name(p, masked)),
                    C(str(rng.randint(1, 7))),
                    C((home_addr(rng, c, "short"), "address")) if not masked else C(village_level(rng, c)),
                    C(rng.choice(["符合条件", "同意纳入", "拟同意"])),
                    note,
                ]
            )
            wrap = {3: 18}
    render_table(d, headers, rows, style, wrap)
    d.para("公示期间，如有异议，请以书面或电话形式向%s反映。" % agency)
    d.add(
        "联系人"
        + d.sep
        + official(rng, c)
        + "　"
        + rng.choice(["联系电话", "电话"])
        + d.sep
        + office(rng, c)
        + "\n"
    )
    if rng.random() < 0.4:
        d.add("监督邮箱" + d.sep + agency_mail(rng, c) + "\n")
    d.add(agency + "\n" + ds(date) + "\n")


# ---------------------------------------------------------------- family 4: application forms
def form_pairs(d, pairs, layout):
    """pairs: list of (label, cell)"""
    rng = d.rng
    if layout == "lines":
        for lab, cell in pairs:
            d.add(lab + d.sep)
            d.w(cell)
            d.add("\n")
    elif layout == "cells":
        for lab, cell in pairs:
            d.add(lab + "\n")
            d.w(cell)
            d.add("\n")
    elif layout == "tsv":
        for i in range(0, len(pairs), 2):
            for j, (lab, cell) in enumerate(pairs[i : i + 2]):
                if j:
                    d.add("\t")
                d.add(lab + "\t")
                d.w(cell)
            d.add("\n")
    else:  # fixed two pairs a line
        for i in range(0, len(pairs), 2):
            seg = pairs[i : i + 2]
            for j, (lab, cell) in enumerate(seg):
                d.add(lab + " " * rng.randint(1, 3))
                d.w(cell)
                if j == 0 and len(seg) > 1:
                    d.add(" " * max(2, 30 - dw(lab + ctext(cell))))
            d.add("\n")


def fam_application(rng, c, d):
    x = Ctx(rng, c, d)
    sub = rng.choice(["ysq", "ysq", "ysq", "dibao", "jiuzhu"])
    date = rdate(rng)
    layout = rng.choice(["lines", "cells", "tsv", "fixed"])
    p = make_person(rng, c)
    if sub == "ysq":
        d.add(
            "%s政府信息公开申请表\n"
            % (c["county"] + rng.choice(["人民政府", "民政局", "自然资源局", "公安局"]))
        )
        d.add("编号" + d.sep + "YSQ%d%05d\n" % (date[0], rng.randint(1, 9999)))
        if rng.random() < 0.7:
            d.add("申请人信息\t公民\n" if layout == "tsv" else "申请人信息（公民）\n")
            doc = wpick(
                rng,
                [
                    ("身份证", 50),
                    ("护照", 15),
                    ("往来港澳通行证", 13),
                    ("台湾居民来往大陆通行证", 12),
                    ("大陆居民往来台湾通行证", 10),
                ],
            )
            num = {
                "身份证": [(fmt_id(rng, p["id"]), "id_card")],
                "护照": [(passport(rng), "passport")],
                "往来港澳通行证": [(hk_permit(rng), "hk_macau_permit")],
                "台湾居民来往大陆通行证": [("%08d" % rng.randint(0, 99999999), "tw_permit")],
                "大陆居民往来台湾通行证": [("T%08d" % rng.randint(0, 99999999), "tw_permit")],
            }[doc]
            addr = home_addr(rng, c) if rng.random() < 0.7 else far_addr(rng)
            pairs = [
                ("姓名", C(x.name(p))),
                ("工作单位", C(rng.choice(["无", "个体", "务农", c["county"] + "某公司", ""]))),
                ("证件名称", C(doc)),
                ("证件号码", num),
                ("联系电话", C(x.mob(p))),
                (
                    "邮政编码",
                    C(c["zip"] if addr.startswith(c["prov"]) or addr.startswith(c["county"]) else "450000"),
                ),
                ("通信地址", C((addr, "address"))),
            ]
            if rng.random() < 0.6:
                pairs.append(("电子邮箱", C((email(rng), "email"))))
            if rng.random() < 0.25:
                pairs.append(("固定电话", C((landline(rng, c), "landline"))))
        else:
            d.add("申请人信息（法人或者其他组织）\n")
            cn = (
                c["county"]
                + rng.choice([p["sur"] + "氏", ""])
                + rng.choice(["农业专业合作社", "建筑工程有限公司", "商贸有限公司"])
            )
            q = make_person(rng, c)
            pairs = [
                ("名称", C(cn)),
                ("统一社会信用代码", C(uscc(rng, c["code"], rng.choice(["91", "93"])))),
                ("法定代表人", C(x.name(p))),
                ("联系人姓名", C(x.name(q))),
                ("联系人电话", C(x.mob(q))),
                (
                    "联系地址",
                    C(
                        c["county"]
                        + c["seat"]
                        + rng.choice(["产业集聚区", "商贸城"])
                        + "%d号" % rng.randint(1, 90)
                    ),
                ),
                ("电子邮箱", C((email(rng), "email")) if rng.random() < 0.5 else C("")),
            ]
        form_pairs(d, pairs, layout)
        d.add("所需信息情况\n")
        third = make_person(rng, c)
        d.add("所需信息的内容描述" + d.sep)
        r = rng.random()
        if r < 0.35:
            d.w(
                "请公开%d年%s" % (date[0] - 1, village_level(rng, c)),
                x.name(third),
                "户纳入农村低保的审批材料及民主评议记录。\n",
            )
        elif r < 0.6:
            d.w(
                "本人位于",
                (home_addr(rng, c), "address"),
                "的房屋被列入征收范围，申请公开征收补偿方案及批准文件。\n",
            )
        else:
            d.add(
                "请公开%s%d年度%s资金分配文件及发放明细。\n"
                % (
                    c["county"],
                    date[0] - 1,
                    rng.choice(["耕地地力保护补贴", "衔接推进乡村振兴补助", "残疾人两项补贴"]),
                )
            )
        d.add("获取信息的方式" + d.sep + rng.choice(["邮寄", "电子邮件", "当面领取", "网上获取"]) + "\n")
        d.add("申请人签名（盖章）" + d.sep)
        d.w(x.name(p), "　　申请时间：%s\n" % ds(date))
        d.add(
            "受理机关填写：受理人"
            + d.sep
            + official(rng, c)
            + "　受理编号：%s-%d-%04d\n" % (c["key"][:2].upper(), date[0], rng.randint(1, 999))
        )
        return
    title = (
        "%s最低生活保障申请审批表" % c["county"] if sub == "dibao" else "%s临时救助申请审批表" % c["county"]
    )
    d.add(title + "\n")
    d.add("申请日期" + d.sep + ds(date) + "\n")
    a = home_addr(rng, c)
    pairs = [
        ("申请人姓名", C(x.name(p))),
        ("性别", C(p["sex"])),
        ("民族", C(p["nation"])),
        ("身份证号码", x.idc(p, False, False)),
        ("联系电话", C(x.mob(p))),
        ("户籍所在地", C(village_level(rng, c))),
        ("现居住地址", C((a, "address"))),
    ]
    if rng.random() < 0.3:
        pairs.append(("固定电话", C((landline(rng, c), "landline"))))
    if rng.random() < 0.5:
        cd, bank = gen_card(rng)
        pairs += [
            ("开户银行", C(bank + c["county"] + "支行")),
            ("银行卡号", C((fmt_card(rng, cd), "bank_card"))),
        ]
    form_pairs(d, pairs, layout)
    d.add("家庭成员情况\n")
    rows = []
    fam = family(rng, c, p)
    mem = [q for q, _ in fam]
    for j, (q, rel) in enumerate(fam):
        r = rng.random()
        hc = C((health_phrase(rng), "health")) if r < 0.4 else C(rng.choice(["健康", "良好", "健康"]))
        rows.append(
            [
                C(x.name(q)),
                C("本人" if j == 0 else rel),
                x.idc(q, rng.random() < 0.15),
                hc,
                C(occupation(rng, q)),
            ]
        )
    render_table(
        d,
        ["姓名", "与申请人关系", "身份证号码", "健康状况", "职业/就业"],
        rows,
        rng.choice(["tsv", "fixed", "cells", "html"]),
    )
    sick = rng.choice(mem)
    d.add("申请理由" + d.sep)
    d.w(
        "本人家住",
        (a, "address") if rng.random() < 0.3 else village_level(rng, c),
        "，",
        "因" if sick is not p else "本人因",
        (x.name(sick) if sick is not p else ("", None)),
        "患",
        (rng.choice(DISEASES), "health"),
        "，长期治疗花费%d余万元，家庭生活困难，特申请%s。\n"
        % (rng.randint(2, 30), "最低生活保障" if sub == "dibao" else "临时救助"),
    )
    d.add("申请人签字" + d.sep)
    d.w(x.name(p), "\n")
    d.add("村（居）委会意见" + d.sep + "经民主评议，情况属实，同意上报。  经办人：" + official(rng, c) + "\n")
    d.add("乡镇（街道）审核意见" + d.sep + "同意。  审核人：" + official(rng, c) + "  " + ds(date) + "\n")


# ---------------------------------------------------------------- family 5: minutes
def fam_minutes(rng, c, d):
    x = Ctx(rng, c, d)
    kind = rng.choice(["村民代表会议", "低保民主评议会", "村两委会议"])
    date = rdate(rng)
    if c["numbered"]:
        vil = village_level(rng, c)
    elif c["villages"]:
        t, v = rng.choice(c["villages"])
        vil = t + v
    else:
        vil = rng.choice(c["towns"]) + rng.choice(["第一社区", "第二社区", "城北社区", "城南社区"])
    vshort = vil
    d.add("%s%s记录\n" % (vil, kind))
    d.kv("时间", "%s上午%d时" % (ds(date), rng.randint(8, 10)))
    d.kv("地点", "村委会" + rng.choice(["会议室", "二楼会议室", "党群服务中心"]))
    sec, dire, clerk, bao = [official(rng, c) for _ in range(4)]
    d.kv("主持人", "%s（村党支部书记）" % sec if rng.random() < 0.5 else "村党支部书记%s" % sec)
    d.kv("记录人", "%s（村文书）" % clerk)
    reps = [make_person(rng, c) for _ in range(rng.randint(5, 11))]
    d.add("参会人员" + d.sep + "村两委成员" + sec + "、" + dire + "；村民代表")
    for j, r in enumerate(reps):
        d.add("、" if j else "")
        d.w(x.name(r))
    d.add("等%d人\n" % (len(reps) + 2))
    d.kv("列席", "%s包村干部%s、驻村第一书记%s" % (rng.choice(c["towns"]), bao, official(rng, c)))
    d.add(
        "会议议题"
        + d.sep
        + rng.choice(["评议低保申请对象", "评议临时救助申请", "审议低保动态调整名单"])
        + "\n"
    )
    d.add("会议内容" + d.sep + "\n")
    d.para("主持人宣读了低保政策及评议程序，由包村干部介绍入户调查情况，与会代表逐户评议。")
    n = rng.randint(2, 6)
    for k in range(n):
        p = make_person(rng, c)
        d.add("%d. " % (k + 1))
        masked = rng.random() < 0.15
        d.w(x.name(p, masked), "户，")
        if c["numbered"] or c["villages"]:
            if masked:
                d.w("住", vshort, "，")
            else:
                d.w(
                    "住",
                    (
                        (vshort + "%d组" % rng.randint(1, 9))
                        if rng.random() < 0.5
                        else home_addr(rng, c, "short"),
                        "address",
                    ),
                    "，",
                )
        d.add("家庭人口%d人，" % rng.randint(1, 7))
        sp = make_person(rng, c)
        r = rng.random()
        if r < 0.4:
            d.w(
                "妻子" if p["sex"] == "男" else "丈夫",
                x.name(sp, masked),
                "患",
                (rng.choice(DISEASES), None if masked else "health"),
                "，常年服药；",
            )
        elif r < 0.7:
            d.w("本人系", (rng.choice(DISAB) + rng.choice(GRADES), None if masked else "health"), "，")
        else:
            d.add("主要劳动力外出务工收入不稳定，")
        yes = rng.randint(5, len(reps) + 2)
        d.add(
            "人均月收入%d元。表决结果：同意%d票，不同意%d票，弃权%d票。\n"
            % (rng.randint(100, 600), yes, len(reps) + 2 - yes, 0)
        )
        if rng.random() < 0.4:
            r2 = rng.choice(reps)
            d.w(
                "村民代表",
                x.name(r2),
                "发言：",
                rng.choice(
                    [
                        "该户情况我了解，同意纳入。",
                        "建议核实其子女赡养情况。",
                        "该户有一辆小型轿车，建议暂缓。",
                    ]
                ),
                "\n",
            )
    d.para("会议形成决议：同意将评议通过的%d户上报%s人民政府审核。" % (n, rng.choice(c["towns"])))
    d.add("村民代表签字" + d.sep)
    for j, r in enumerate(reps):
        d.add(rng.choice(["  ", "　", "、"]) if j else "")
        d.w(x.name(r))
    d.add("\n")


# ---------------------------------------------------------------- family 6: reply / 补正
def fam_reply(rng, c, d):
    x = Ctx(rng, c, d)
    kind = rng.choice(["答复书", "答复书", "补正告知书", "延期答复告知书"])
    org = c["county"] + rng.choice(["人民政府办公室", "民政局", "自然资源局", "住房和城乡建设局", "公安局"])
    rec = rdate(rng)
    date = add_days(rec, rng.randint(3, 19))
    d.add("%s\n政府信息公开申请%s\n" % (org, kind))
    d.add(
        "%s〔%d〕%d号\n"
        % (
            c["short"]
            + rng.choice(["政办", "民", "自然资", "住建"])
            + "依申"
            + rng.choice(["复", "补", "延"]),
            date[0],
            rng.randint(1, 120),
        )
    )
    p = make_person(rng, c)
    d.w(x.name(p), rng.choice(["：", "先生：" if p["sex"] == "男" else "女士：", "同志："]), "\n")
    d.para(
        "本机关于%s收到您提交的政府信息公开申请（受理编号：%s），您申请公开"
        % (ds(rec), "%sYSQ%d%04d" % (c["short"], date[0], rng.randint(1, 999))),
        "“",
        *(
            ["%s" % village_level(rng, c), x.name(make_person(rng, c)), "户的低保审批材料"]
            if rng.random() < 0.4
            else ["%d年%s项目资金使用情况" % (date[0] - 1, rng.choice(["危房改造", "饮水安全", "道路硬化"]))]
        ),
        "”。",
    )
    if kind == "补正告知书":
        d.para(
            "经审查，您提交的申请内容不明确，请您在收到本告知书之日起十五个工作日内对所需政府信息的名称、文号或者便于本机关确定的其他特征性描述进行补正。逾期未补正的，视为放弃申请。"
        )
    elif kind == "延期答复告知书":
        d.para("因需征求第三方意见，本机关将延期二十个工作日答复。")
    else:
        r = rng.random()
        if r < 0.5:
            d.para(
                "经审查，您申请的信息涉及第三方个人隐私，本机关已书面征求第三方意见，第三方不同意公开。根据《中华人民共和国政府信息公开条例》第十五条规定，决定不予公开。"
            )
        else:
            d.para(
                "经审查，您申请的信息属于已主动公开的政府信息，您可在%s人民政府门户网站“政府信息公开”栏目查阅。"
                % c["county"]
            )
        d.para(
            "如对本答复不服，可以在收到本答复之日起六十日内向%s人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。"
            % c["county"]
        )
    d.add("联系人" + d.sep + official(rng, c) + "　联系电话" + d.sep + office(rng, c) + "\n")
    if rng.random() < 0.3:
        d.add("电子邮箱" + d.sep + agency_mail(rng, c) + "\n")
    d.add(org + "\n" + ds(date) + "\n")
    d.add("（此件%s）\n" % rng.choice(["依申请公开", "不公开", "邮寄送达"]))
    if rng.random() < 0.6:
        d.add("送达地址" + d.sep)
        a = home_addr(rng, c) if rng.random() < 0.7 else far_addr(rng)
        d.hv(a, "address")
        d.add("　收件人" + d.sep)
        d.w(x.name(p), "　电话" + d.sep, x.mob(p, rng.random() < 0.3), "\n")
        d.add("邮件号" + d.sep + rng.choice(["1", "9"]) + idnum(rng, 12) + "\n")
    if rng.random() < 0.3:
        d.add("申请人电子邮箱" + d.sep)
        d.w((email(rng), "email"), "\n")


# ---------------------------------------------------------------- family 7: service receipt
def fam_receipt(rng, c, d):
    x = Ctx(rng, c, d)
    org = c["county"] + rng.choice(["公安局", "市场监督管理局", "民政局", "自然资源局", "人民政府"])
    date = rdate(rng)
    d.add(org + "\n" + rng.choice(["送达回证", "送 达 回 证"]) + "\n")
    p = make_person(rng, c)
    a = home_addr(rng, c)
    masked = rng.random() < 0.15
    sent = [official(rng, c), official(rng, c)]
    pairs = [
        (
            "送达文书名称及文号",
            C(
                rng.choice(["行政处罚决定书", "政府信息公开申请答复书", "行政处罚告知书", "责令改正通知书"])
                + "（"
                + wenhao(rng, c, "罚")
                + "）"
            ),
        ),
        ("受送达人", C(x.name(p, masked))),
        (
            "送达地点",
            (C((a, "address")) if not masked else C(village_level(rng, c) + "***"))
            if rng.random() < 0.8
            else C(org + "办公室"),
        ),
        ("送达方式", C(rng.choice(["直接送达", "留置送达", "邮寄送达", "委托送达"]))),
        ("送达人", C(sent[0] + "、" + sent[1])),
        ("送达时间", C("%s%d时%d分" % (ds(date), rng.randint(8, 18), rng.randint(0, 59)))),
    ]
    r = rng.random()
    if r < 0.4:
        pairs.append(("受送达人签名或盖章", C(x.name(p, masked))))
    elif r < 0.7:
        q = make_person(rng, c)
        pairs.append(
            (
                "代收人及代收理由",
                C(
                    x.name(q, masked),
                    "（系受送达人"
                    + rng.choice(["之妻", "之母", "之女"] if q["sex"] == "女" else ["之夫", "之子", "之父"])
                    + "，受送达人外出务工）",
                ),
            )
        )
        if rng.random() < 0.5:
            pairs.append(("代收人联系电话", C(x.mob(q, masked))))
    else:
        pairs.append(("受送达人签名或盖章", C("拒绝签收")))
        if rng.random() < 0.5:
            pairs.append(("见证人", C("%s村委会主任%s" % (village_level(rng, c), official(rng, c)))))
        else:
            w = make_person(rng, c)
            pairs.append(("见证人", C(x.name(w, masked), "（村民）")))
            pairs.append(("见证人身份证号", x.idc(w, masked or rng.random() < 0.5)))
    pairs.append(("备注", C("")))
    layout = rng.choice(["lines", "cells", "tsv", "table"])
    if layout == "table":
        render_table(
            d, [pp[0] for pp in pairs], [[pp[1] for pp in pairs]], rng.choice(["tsv", "cells", "csv"])
        )
    else:
        form_pairs(d, pairs, layout)
    d.add("填发机关（盖章）" + d.sep + org + "　" + ds(date) + "\n")


# ---------------------------------------------------------------- family 8: administrative review
def fam_review(rng, c, d):
    x = Ctx(rng, c, d)
    date = rdate(rng)
    gov = c["county"] + "人民政府"
    d.add(gov + "\n行政复议决定书\n" + c["short"] + "政复决字〔%d〕%d号\n" % (date[0], rng.randint(1, 80)))
    p = make_person(rng, c)
    masked = rng.random() < 0.25
    d.add("申请人" + d.sep)
    person_intro(d, x, p, masked, masked or rng.random() < 0.4, True, False, "prose")
    if rng.random() < 0.6:
        ag = make_person(rng, c)
        d.add("委托代理人" + d.sep)
        if rng.random() < 0.5:
            d.w(
                x.name(ag, masked),
                "，%s律师事务所律师。\n" % (c["city"] + rng.choice(["正义", "诚信", "明德", "天平"])),
            )
        else:
            d.w(
                x.name(ag, masked),
                "，系申请人之" + rng.choice(["子", "兄", "夫"] if ag["sex"] == "男" else ["女", "妻", "姐"]),
                "，住址同上。\n",
            )
    bureau, bmid = rng.choice(
        [
            (c["county"] + "公安局", "公（治）行罚决字"),
            (c["county"] + "自然资源局", "自然资罚"),
            (c["county"] + "市场监督管理局", "市监处罚"),
        ]
    )
    d.add("被申请人" + d.sep + bureau + "\n")
    d.add("法定代表人" + d.sep + official(rng, c) + "，局长。\n")
    if rng.random() < 0.4:
        t = make_person(rng, c)
        d.add("第三人" + d.sep)
        d.w(
            x.name(t, masked),
            "，%s，%s出生，住" % (t["sex"], ds(t["birth"])),
            (home_addr(rng, c), None) if masked else (home_addr(rng, c), "address"),
            "。\n",
        ) if not masked else d.w(x.name(t, masked), "，%s，住%s。\n" % (t["sex"], village_level(rng, c)))
    nm = x.name(p, masked)
    d.para(
        "申请人",
        nm,
        "不服被申请人作出的",
        wenhao(rng, c, bmid),
        "《行政处罚决定书》，于%s向本机关提出行政复议申请，本机关依法予以受理。"
        % ds(before(rng, date, 30, 80)),
    )
    r = rng.random()
    d.para(
        "申请人请求：撤销被申请人作出的行政处罚决定。申请人称：",
        rng.choice(
            [
                "被申请人认定事实不清，申请人系正当防卫。",
                "被申请人程序违法，未告知申请人陈述申辩的权利。",
                "申请人所建房屋系在自家宅基地上翻建，不属于非法占地。",
            ]
        ),
    )
    if r < 0.5 and "公安" in bureau:
        vm = rng.random() < 0.5
        d.para(
            "被申请人称：经查，申请人与",
            x.name(make_person(rng, c), vm),
            "因宅基地纠纷发生争执，申请人殴打对方致其",
            (rng.choice(INJURY), None if vm else "health"),
            "，事实清楚，证据确凿。",
        )
    elif r < 0.5:
        d.para("被申请人称：申请人未经批准在", village_level(rng, c), "占用耕地建房，事实清楚，证据确凿。")
    d.para(
        "本机关认为：被申请人作出的行政处罚决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。根据《中华人民共和国行政复议法》第六十八条的规定，本机关决定：",
        rng.choice(["维持", "撤销", "确认违法"]),
        "被申请人作出的上述行政处罚决定。",
    )
    d.para("申请人如不服本决定，可以自收到本决定书之日起十五日内向%s人民法院提起行政诉讼。" % c["county"])
    d.add(gov + "\n" + ds(date) + "\n")


# ---------------------------------------------------------------- family 9: hearing record
def fam_hearing(rng, c, d):
    x = Ctx(rng, c, d)
    date = rdate(rng)
    org, cause = rng.choice(
        [
            ("市场监督管理局", "涉嫌经营超过保质期食品案"),
            ("自然资源局", "涉嫌非法占用土地案"),
            ("交通运输局", "涉嫌非法营运案"),
            ("卫生健康委员会", "涉嫌非法行医案"),
        ]
    )
    org = c["county"] + org
    d.add(org + "\n听证笔录\n")
    p = make_person(rng, c)
    d.kv("案由", cause)
    d.kv("听证时间", "%s%d时%d分至%d时%d分" % (ds(date), 9, rng.randint(0, 30), 11, rng.randint(0, 59)))
    d.kv("听证地点", org + rng.choice(["听证室", "三楼会议室"]))
    host, mem, rec, inv1, inv2 = [official(rng, c) for _ in range(5)]
    d.kv("听证主持人", host)
    d.kv("听证员", mem)
    d.kv("记录员", rec)
    d.add("当事人" + d.sep)
    d.w(x.name(p), "，")
    d.w("%s，%s，身份证号码" % (p["sex"], p["nation"]), (fmt_id(rng, p["id"]), "id_card"), "，住")
    d.hv(home_addr(rng, c), "address")
    d.w("，联系电话", x.mob(p), "\n")
    agent = None
    if rng.random() < 0.5:
        agent = make_person(rng, c)
        d.add("委托代理人" + d.sep)
        d.w(
            x.name(agent),
            "，"
            + rng.choice(
                [
                    ("系当事人之子" if agent["sex"] == "男" else "系当事人之女"),
                    ("系当事人之夫" if agent["sex"] == "男" else "系当事人之妻"),
                    "%s律师事务所律师" % c["city"] + rng.choice(["正义", "明德", "天平"]),
                ]
            ),
            "\n",
        )
    d.kv("案件调查人员", "%s、%s" % (inv1, inv2))
    d.add("听证记录" + d.sep + "\n")
    pn = p["name"]
    lines = [
        ("主持人", None, "现在开始听证。请当事人核对身份信息。"),
        ("当事人", "p", "无异议。"),
        (
            "调查人员" + inv1,
            None,
            "当事人于%s实施了违法行为，有现场笔录、照片为证，建议处以罚款。" % ds(before(rng, date, 30, 200)),
        ),
        (
            "当事人",
            "p",
            rng.choice(
                [
                    "我当时不知道这个规定，家里困难，请求从轻处罚。",
                    "我老伴患",
                    "事实属实，但罚款太重，我承担不起。",
                ]
            ),
        ),
        ("主持人", None, "当事人还有什么补充？"),
        ("委托代理人", "a", "当事人系初次违法，且已改正，请求减轻处罚。"),
        ("主持人", None, "听证结束，请当事人阅读笔录后签字。"),
    ]
    for who, role, text in lines:
        if role == "a" and not agent:
            continue
        if role is None:
            d.add(who + "：" + text + "\n")
            continue
        q = p if role == "p" else agent
        if rng.random() < 0.5:
            d.w(x.name(q), "：")
        else:
            d.w(who, "：")
        if text == "我老伴患":
            d.w(text, (rng.choice(DISEASES), "health"), "，家里全靠我一个人，请求从轻处罚。\n")
        else:
            d.w(text, "\n")
    d.add("当事人签字" + d.sep)
    d.w(x.name(p), "　　%s\n" % ds(date))
    d.add("主持人签字" + d.sep + host + "　记录员签字" + d.sep + rec + "\n")


# ---------------------------------------------------------------- family 10: survey form
def fam_survey(rng, c, d):
    x = Ctx(rng, c, d)
    date = rdate(rng)
    d.add(
        "%s%s家庭经济状况入户调查表\n"
        % (c["county"], rng.choice(["最低生活保障", "特困人员救助供养", "临时救助"]))
    )
    d.add("调查时间" + d.sep + ds(date) + "\n")
    p = make_person(rng, c)
    a = home_addr(rng, c)
    layout = rng.choice(["lines", "cells", "tsv", "fixed"])
    pairs = [
        ("户主姓名", C(x.name(p))),
        ("身份证号", x.idc(p)),
        ("联系电话", C(x.mob(p))),
        ("家庭住址", C((a, "address"))),
        ("家庭人口", C("%d人" % rng.randint(1, 7))),
    ]
    if rng.random() < 0.45:
        pairs.append(("家庭固定电话", C((landline(rng, c), "landline"))))
    form_pairs(d, pairs, layout)
    d.add("家庭成员基本情况\n")
    rows = []
    for j, (q, rel) in enumerate(family(rng, c, p)):
        r = rng.random()
        hc = C((health_phrase(rng), "health")) if r < 0.35 else C(rng.choice(["健康", "健康", "良好"]))
        edu = "学龄前" if 2023 - q["birth"][0] < 6 else rng.choice(["小学", "初中", "高中", "文盲", "大专"])
        rows.append([C(str(j + 1)), C(x.name(q)), C(rel), x.idc(q), hc, C(edu), C(occupation(rng, q))])
    render_table(
        d,
        ["序号", "姓名", "与户主关系", "身份证号", "健康状况", "文化程度", "就业情况"],
        rows,
        rng.choice(["tsv", "fixed", "cells", "csv", "html"]),
    )
    d.add("家庭财产情况" + d.sep)
    if rng.random() < 0.4:
        d.w("有摩托车一辆，小型汽车一辆（号牌", (plate(rng, c), "license_plate"), "），")
    d.add(
        "住房%s%d平方米，存款约%d元。\n"
        % (rng.choice(["砖混", "土木", "砖木"]), rng.randint(40, 180), rng.randint(0, 20000))
    )
    d.add(
        "家庭收入情况"
        + d.sep
        + "年种植收入约%d元，务工收入约%d元。\n" % (rng.randint(1000, 9000), rng.randint(0, 20000))
    )
    if rng.random() < 0.6:
        cd, bank = gen_card(rng)
        d.add("补助发放账户" + d.sep + bank + "　卡号" + d.sep)
        d.hv(fmt_card(rng, cd), "bank_card")
        d.add("\n")
    if rng.random() < 0.3:
        d.add("电子邮箱" + d.sep)
        d.w((email(rng), "email"), "\n")
    d.add("邻里访问情况" + d.sep)
    nb = make_person(rng, c)
    d.w("走访邻居", x.name(nb), "，反映该户", rng.choice(["情况属实", "确实困难", "基本属实"]), "。\n")
    d.add("调查人（签字）" + d.sep + official(rng, c) + "、" + official(rng, c) + "\n")
    d.add("被调查人（签字）" + d.sep)
    d.w(x.name(p), "\n")


FAMILIES = [
    ("dibao_list", fam_dibao),
    ("penalty", fam_penalty),
    ("gongshi", fam_gongshi),
    ("application", fam_application),
    ("minutes", fam_minutes),
    ("reply", fam_reply),
    ("service_receipt", fam_receipt),
    ("review", fam_review),
    ("hearing", fam_hearing),
    ("survey", fam_survey),
]


def generate(ndocs, seed):
    rng = random.Random(seed)
    out = []
    for i in range(ndocs):
        fam, fn = FAMILIES[i % len(FAMILIES)]
        c = COUNTIES[rng.randrange(len(COUNTIES))]
        d = Doc(rng, fam)
        fn(rng, c, d)
        out.append(d.finish())
    return out


# ---------------------------------------------------------------- checking
KINDS = {
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
}
BANK_OK = {"622848", "621700", "622202", "623058", "621799", "622908"}


def valid_date(y, m, d):
    return 1900 <= y <= 2024 and 1 <= m <= 12 and 1 <= d <= mdays(y, m)


def check_value(kind, s):
    v = re.sub(r"\s", "", unicodedata.normalize("NFKC", s))
    if kind == "id_card":
        v = v.upper()
        if not re.fullmatch(r"\d{17}[\dX]", v):
            return "bad id format"
        if int(v[:2]) not in PROVS:
            return "bad province"
        if not valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14])):
            return "bad birth date"
        if id_check(v[:17]) != v[17]:
            return "bad id checksum"
    elif kind == "id_card_15":
        if (
            not re.fullmatch(r"\d{15}", v)
            or int(v[:2]) not in PROVS
            or not valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
        ):
            return "bad id15"
    elif kind == "bank_card":
        if not re.fullmatch(r"\d{16,19}", v) or not luhn_ok(v) or v[:6] not in BANK_OK:
            return "bad bank card"
    elif kind == "mobile":
        if not re.fullmatch(r"1[3-9]\d{9}", v.replace("-", "")):
            return "bad mobile"
    elif kind == "landline":
        if not re.fullmatch(r"0\d{2,3}-?\d{7,8}", v):
            return "bad landline"
    elif kind == "email":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v):
            return "bad email"
    elif kind == "passport":
        if not re.fullmatch(r"[EGD][A-Z]?\d{7,8}", v):
            return "bad passport"
    elif kind == "hk_macau_permit":
        if not re.fullmatch(r"[CW][A-Z]?\d{7,8}", v):
            return "bad hk permit"
    elif kind == "tw_permit":
        if not re.fullmatch(r"T?\d{8}|\d{10}", v):
            return "bad tw permit"
    elif kind == "license_plate":
        if not re.fullmatch(
            r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·]?[A-Z0-9]{5,6}", v
        ):
            return "bad plate"
    elif kind == "name":
        if re.search(r"[0-9*某]", v) or not (1 <= len(v) <= 16):
            return "bad name"
    return None


def check(docs):
    probs = []
    for n, doc in enumerate(docs):
        t = doc["text"]
        last = 0
        if doc.get("type") not in {f for f, _ in FAMILIES}:
            probs.append((n, "unknown type %r" % doc.get("type")))
        for s in sorted(doc["spans"], key=lambda s: s["start"]):
            a, b, k = s["start"], s["end"], s["kind"]
            if k not in KINDS:
                probs.append((n, "unknown kind " + k))
            if not (0 <= a < b <= len(t)):
                probs.append((n, "offsets out of range %d-%d" % (a, b)))
                continue
            if a < last:
                probs.append((n, "overlapping span at %d" % a))
            last = b
            seg = t[a:b]
            if seg != seg.strip():
                probs.append((n, "span has edge whitespace %r" % seg))
            e = check_value(k, seg)
            if e:
                probs.append((n, "%s: %r" % (e, seg)))
        # masked values must not be inside spans; unlabelled full IDs must not exist
        covered = [False] * len(t)
        for s in doc["spans"]:
            for i in range(s["start"], s["end"]):
                covered[i] = True
        nt = unicodedata.normalize("NFKC", t)
        for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", nt):
            v = m.group().upper()
            if (
                id_check(v[:17]) == v[17]
                and int(v[:2]) in PROVS
                and valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
                and not covered[m.start()]
            ):
                probs.append((n, "unlabelled valid-looking id %s" % m.group()))
        for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", nt):
            if not covered[m.start()] and "证号" not in nt[max(0, m.start() - 6) : m.start()]:
                probs.append((n, "unlabelled mobile %s" % m.group()))
    return probs


def stats(docs):
    kinds = Counter()
    fam = Counter()
    famk = defaultdict(Counter)
    for d in docs:
        fam[d["type"]] += 1
        for s in d["spans"]:
            kinds[s["kind"]] += 1
            famk[d["type"]][s["kind"]] += 1
    lines = ["documents: %d   spans: %d" % (len(docs), sum(kinds.values())), "", "per kind:"]
    for k in sorted(KINDS, key=lambda k: -kinds[k]):
        lines.append("  %-16s %6d" % (k, kinds[k]))
    lines += ["", "per family (docs / spans / top kinds):"]
    for f, _ in FAMILIES:
        top = ", ".join("%s=%d" % kv for kv in famk[f].most_common(5))
        lines.append("  %-16s %4d %6d   %s" % (f, fam[f], sum(famk[f].values()), top))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=293)
    ap.add_argument("-o", "--out")
    ap.add_argument("--check", nargs="?", const="", default=None, metavar="FILE")
    ap.add_argument("--stats", nargs="?", const="", default=None, metavar="FILE")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        doc = __doc__
        print(doc[doc.index("DECISIONS") :].rstrip())
        return 0
    docs = None
    if a.out or (a.check == "" and a.stats is None) or a.check == "" or a.stats == "":
        if a.out or a.check == "" or a.stats == "":
            docs = generate(a.docs, a.seed)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")

    def load(path):
        if not path:
            return docs
        with open(path, encoding="utf-8") as f:
            return [json.loads(l) for l in f if l.strip()]

    rc = 0
    if a.check is not None:
        ds_ = load(a.check) if a.check else (load(a.out) if a.out else docs)
        probs = check(ds_)
        for n, p in probs:
            print("doc %d: %s" % (n, p))
        print("check: %d documents, %d problems" % (len(ds_), len(probs)))
        rc = 1 if probs else 0
    if a.stats is not None:
        ds_ = load(a.stats) if a.stats else (load(a.out) if a.out else docs)
        print(stats(ds_))
    if docs is None and a.check is None and a.stats is None and not a.decisions:
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
