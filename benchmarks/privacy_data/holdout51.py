#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout51 -- blind PII evaluation set for county-level 政务公开 documents.

Synthetic documents (10 families, 6 counties) as they look after text extraction
(DOCX tables flattened with tabs, XLSX saved as CSV, pdftotext raw and -layout,
flattened HTML, hard-wrapped and OCR-ish prose), with gold spans of personal data.

Usage:
  python3 holdout51.py --docs 400 --seed 241 -o set.jsonl [--stats]
  python3 holdout51.py --check set.jsonl
  python3 holdout51.py --decisions

DECISIONS
 1. name = full name of a private person in any role: applicant, beneficiary, family
    member, guardian, student, party to a dispute, complainant, third person mentioned,
    landowner, property owner, operator of an 个体工商户. Two-character names, compound
    surnames (欧阳/上官...), Uyghur names (given·father, the whole name incl. the dot of
    any variant ·•.・ or none) and Korean-style names all count.
 2. Titles, kinship words and markers next to a name are outside the span:
    "张秀英（户主）", "王德明同志", "李桂芳之子", "韦光明家", "（签名）".
 3. NOT name: officials, staff and cadres acting in their role (经办人, 审核人, 审批人,
    执法人员, 调解员, 承办律师, 村委会主任, 班主任, 联系人 of an office, 局长), the
    法定代表人 of a company (public registry data); masked/partial names (张*英, 韦某某,
    王某, 张女士, 李先生); surnames inside place, company, school or shop names
    (李家坝村, 张氏建材有限公司, 冉家小学).
 4. id_card = 18-character 公民身份号码 with a valid GB 11643 checksum (X or x). Spaces,
    full-width digits and line breaks introduced by extraction are inside the span.
    Masked IDs (511423********4021) are not labelled.
 5. An ID embedded in a longer identifier is labelled on its 18 ID characters only:
    the 20-digit 第二代残疾人证号 (ID + category digit + grade digit) and the 全国学籍号
    "G"+ID (the G is outside).
 6. id_card_15 = old 15-digit number (county code + YYMMDD + 3 digits) quoted from old
    certificates/records.
 7. Never labelled (near-misses): 18-20 digit 流水号/结算单号/订单号/信访件编号 (fail the
    ID checksum or have no county code), 统一社会信用代码, 索引号, 文号, 不动产单元号,
    不动产权证号, 执法证号/执业证号, 案号, 邮政编码, amounts, dates, Excel-mangled IDs
    (5.11423E+17), and values that are masked with * or ×.
 8. mobile = any complete 11-digit mobile number, also the work mobile of a cadre or
    official (it is a personal device); separators and a "+86"/"86-" prefix are inside the
    span; full-width digits allowed. 139****5678 is not labelled.
 9. landline = fixed number of a private person/household only (with or without area
    code). Office numbers, 监督/咨询/举报电话, hotlines (12345, 12348, 12349), company
    numbers are not labelled even when formatted identically.
10. bank_card = a private person's Luhn-valid card number (real BIN, 16-19 digits), plain
    or in groups of 4. Accounts of offices/财政专户/companies and 开户行 names are not.
11. email = private mailboxes only (incl. 13xxxxxxxxx@139.com, labelled once as email;
    the digits inside are not a separate mobile span). Office mailboxes are not labelled.
12. passport / hk_macau_permit / tw_permit = the document number only. hk_macau_permit
    covers 往来港澳通行证 (C/W...) and 回乡证 (H/M...); tw_permit covers 往来台湾通行证
    (L+8 digits) and 台湾居民来往大陆通行证 (8 digits).
13. license_plate = plate of a private person's vehicle, incl. trailers (…挂) and new-energy
    plates, with "·", space or nothing after the city letter.
14. address = a private person's home / residential address at 号/栋/幢/单元/室/组 level
    (incl. named 村民小组 such as "纳夜组"). A contiguous province/city/county/township
    prefix is inside the span; "住"/"住址："/"现住" are outside.
15. NOT address: village-level only ("住止戈镇青杠村"), a bare group cell ("3组"), land
    parcels (耕地/林地 地块位置, 四至), addresses of offices, companies, schools,
    hospitals, 异议材料送达地址.
16. Residential property (房屋/宅基地) 坐落 in 不动产 and 征收 notices is the owner's
    address and is labelled; a property shown only at village level is not.
17. health = a specific person's health or disability status: diagnoses, injuries,
    伤残等级, disability category and grade, adverse 健康状况 values (患病, 残疾, 长期
    慢性病, 卧床), and a category naming the person's condition ("残疾学生"). Category and
    grade in separate cells -> separate spans; "肢体二级" in one cell -> one span; one
    diagnosis cell = one span even when it lists several diagnoses.
18. NOT health: "健康"/"良好", household or programme categories (因病致贫, 支出型,
    特困, 低保, 重度残疾人护理补贴 as a programme name), hospital names, costs.
19. Wrapping: when extraction breaks a value with a line break and nothing else
    intervenes (hard-wrapped prose, CSV multi-line cells, DOCX multi-paragraph cells) one
    span covers the whole value including the break. In -layout tables where other
    columns' text intervenes, each visible fragment is its own span of the same kind.
20. Spans never include surrounding punctuation, quotes, CSV apostrophes/tabs, brackets
    or field labels; they start and end on a non-space character.
21. Birth dates, ages, gender, ethnicity alone are not labelled.
22. Repeated merged cells (python-docx repeats a merged cell's text) are labelled at each
    occurrence if they are PII.
"""

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta

# ----------------------------------------------------------------------------- data
COUNTIES = {
    "洪雅县": dict(
        code="511423",
        prov="四川省",
        city="眉山市",
        area="028",
        lpre="3742",
        llen=8,
        plate="川Z",
        post="620360",
        ab="洪",
        towns=[
            "洪川镇",
            "止戈镇",
            "三宝镇",
            "东岳镇",
            "中保镇",
            "将军镇",
            "柳江镇",
            "高庙镇",
            "瓦屋山镇",
            "槽渔滩镇",
            "余坪镇",
            "中山镇",
        ],
        vill=[
            "青杠村",
            "花溪村",
            "桃源村",
            "石梯村",
            "松林村",
            "天宫村",
            "玉屏村",
            "吴河村",
            "李家坝村",
            "张湾村",
            "罗坝村",
            "八面山村",
            "柏香村",
        ],
        streets=["洪州大道", "广场路", "花溪路", "雅州路", "东岳路", "青衣街", "滨江路"],
        comm=["锦绣花园", "滨江华府", "青衣苑小区", "洪州名城"],
        eth=["汉"] * 18 + ["彝"],
        style="han_sc",
    ),
    "望谟县": dict(
        code="522326",
        prov="贵州省",
        city="黔西南布依族苗族自治州",
        area="0859",
        lpre="461",
        llen=7,
        plate="贵E",
        post="552300",
        ab="望",
        towns=[
            "王母街道",
            "新屯街道",
            "复兴镇",
            "蔗香镇",
            "乐元镇",
            "打易镇",
            "桑郎镇",
            "麻山镇",
            "大观镇",
            "郊纳镇",
            "边饶镇",
        ],
        vill=[
            "纳夜村",
            "坡岩村",
            "平洞村",
            "打尖村",
            "岜饶村",
            "渡邑村",
            "卡法村",
            "纳包村",
            "韦家寨村",
            "新坪村",
        ],
        streets=["王母街", "复兴大道", "蔗香路", "民族路", "平洞路", "中山路"],
        comm=["金都花园", "布依风情苑", "望城国际"],
        eth=["布依"] * 6 + ["苗"] * 3 + ["汉"] * 3,
        style="buyi",
    ),
    "和田县": dict(
        code="653221",
        prov="新疆维吾尔自治区",
        city="和田地区",
        area="0903",
        lpre="251",
        llen=7,
        plate="新R",
        post="848000",
        ab="和县",
        towns=[
            "巴格其镇",
            "罕艾日克镇",
            "拉依喀乡",
            "朗如乡",
            "塔瓦库勒乡",
            "英阿瓦提乡",
            "英艾日克乡",
            "布扎克乡",
            "吾宗肖乡",
            "色格孜库勒乡",
            "伊斯拉木阿瓦提乡",
        ],
        vill=[
            "托万巴格其村",
            "阿热勒村",
            "巴什兰干村",
            "喀拉博依村",
            "亚勒古孜村",
            "英巴格村",
            "阔纳巴扎村",
            "其乃巴格村",
            "帕合太克里村",
        ],
        streets=["团结路", "迎宾路", "友谊路", "北京西路", "杭州大道", "玉龙路"],
        comm=["玉都小区", "团结新村", "友谊花苑"],
        eth=["维吾尔"],
        style="uyghur",
    ),
    "阜平县": dict(
        code="130624",
        prov="河北省",
        city="保定市",
        area="0312",
        lpre="721",
        llen=7,
        plate="冀F",
        post="073200",
        ab="阜",
        towns=[
            "阜平镇",
            "龙泉关镇",
            "平阳镇",
            "城南庄镇",
            "天生桥镇",
            "王林口镇",
            "台峪乡",
            "大台乡",
            "史家寨乡",
            "砂窝乡",
            "吴王口乡",
            "夏庄乡",
            "北果元乡",
        ],
        vill=[
            "骆驼湾村",
            "顾家台村",
            "龙泉关村",
            "平石头村",
            "罗峪村",
            "黑崖沟村",
            "下庄村",
            "马兰村",
            "段家庄村",
        ],
        streets=["府前街", "迎宾街", "冀晋路", "新华路", "阜东街", "胭脂河路"],
        comm=["和园小区", "阜康花园", "幸福家园"],
        eth=["汉"] * 12 + ["满"],
        style="han_n",
    ),
    "来凤县": dict(
        code="422827",
        prov="湖北省",
        city="恩施土家族苗族自治州",
        area="0718",
        lpre="628",
        llen=7,
        plate="鄂Q",
        post="445700",
        ab="来",
        towns=["翔凤镇", "百福司镇", "大河镇", "绿水镇", "漫水乡", "革勒车镇", "旧司镇", "三胡乡"],
        vill=[
            "舍米湖村",
            "兴安村",
            "黄柏园村",
            "冉家村",
            "卯洞村",
            "白岩村",
            "油房坳村",
            "向家坪村",
            "新峡村",
        ],
        streets=["民族路", "凤中路", "城南路", "凤翔大道", "酉水路", "仙佛寺路"],
        comm=["凤凰城", "酉水名都", "民族花园"],
        eth=["土家"] * 7 + ["苗"] * 2 + ["汉"] * 3,
        style="tujia",
    ),
    "绥滨县": dict(
        code="230422",
        prov="黑龙江省",
        city="鹤岗市",
        area="0468",
        lpre="781",
        llen=7,
        plate="黑H",
        post="156200",
        ab="绥",
        towns=["绥滨镇", "绥东镇", "忠仁镇", "连生乡", "北岗乡", "富强乡", "北山乡"],
        vill=["永久村", "新富村", "鲜丰村", "北岗村", "福兴村", "富强村", "中兴村", "建国村"],
        streets=["中央大街", "红旗路", "新华路", "松花江路", "滨江大道", "兴隆街"],
        comm=["江畔小区", "龙腾家园", "兴隆花园"],
        eth=["汉"] * 10 + ["朝鲜"] * 2 + ["满"] + ["赫哲"],
        style="han_ne",
    ),
}
NEIGH = {
    "511423": ["511402", "511421", "511424", "511425", "511403"],
    "522326": ["522301", "522325", "522327"],
    "653221": ["653201", "653222", "653223"],
    "130624": ["130681", "130684"],
    "422827": ["422801", "422826", "422828"],
    "230422": ["230421"],
}
KNOWN_CODES = set(NEIGH) | {c for v in NEIGH.values() for c in v}

HOSP = {
    "洪雅县": ["洪雅县人民医院", "洪雅县中医医院", "眉山市人民医院", "四川大学华西医院"],
    "望谟县": ["望谟县人民医院", "黔西南州人民医院", "贵州医科大学附属医院"],
    "和田县": ["和田县人民医院", "和田地区人民医院", "新疆医科大学第一附属医院"],
    "阜平县": ["阜平县医院", "保定市第一中心医院", "河北医科大学第二医院"],
    "来凤县": ["来凤县人民医院", "恩施州中心医院", "湖北民族大学附属民大医院"],
    "绥滨县": ["绥滨县人民医院", "鹤岗市人民医院", "佳木斯大学附属第一医院"],
}

SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "魏苏吕丁任沈姚卢姜崔钟谭陆汪范石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万覃武戴孔汤庞樊殷施翟安颜倪严牛温季俞鲁葛伍申毕聂柴焦向柳邢"
)
SUR_REG = {
    "han_sc": list("张王李刘陈杨罗何郭邓曾彭肖蒋唐杜余万税敬代周吴徐黄"),
    "buyi": list("韦罗王黄岑陆班梁杨吴莫蒙卢熊"),
    "tujia": list("向田彭覃冉杨姚张黄龚李刘"),
    "han_n": list("王李张刘赵陈杨郝顾段胡霍闫贾"),
    "han_ne": list("王李张刘赵孙于徐曲宫付尤"),
    "uyghur": list("王李张刘陈马"),
}
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "公孙", "慕容", "端木"]
G_M_OLD = [
    "建国",
    "德明",
    "光明",
    "永强",
    "志刚",
    "国华",
    "文军",
    "正华",
    "德胜",
    "长富",
    "树林",
    "玉福",
    "庆丰",
    "明亮",
    "金贵",
    "银山",
    "学军",
    "兴旺",
    "祥",
    "福",
    "贵",
    "全",
    "成",
    "顺",
    "昌明",
    "有才",
]
G_F_OLD = [
    "秀英",
    "桂芳",
    "淑珍",
    "玉兰",
    "翠花",
    "春梅",
    "凤英",
    "秀兰",
    "桂英",
    "金凤",
    "素芬",
    "丽华",
    "红梅",
    "芳",
    "英",
    "兰",
    "珍",
    "霞",
    "琼",
    "莲",
    "玉珍",
    "桂香",
]
G_M_MID = [
    "海涛",
    "建华",
    "志勇",
    "伟",
    "强",
    "军",
    "斌",
    "勇",
    "刚",
    "鹏",
    "波",
    "林",
    "平",
    "明",
    "华",
    "杰",
    "俊",
    "小龙",
    "小军",
    "红军",
    "永刚",
    "国庆",
    "晓东",
    "文彬",
]
G_F_MID = [
    "丽",
    "娟",
    "敏",
    "燕",
    "艳",
    "霞",
    "静",
    "琴",
    "红",
    "梅",
    "小燕",
    "丽娟",
    "海燕",
    "晓红",
    "春燕",
    "雪梅",
    "金花",
    "美玲",
    "晓丽",
]
G_M_YNG = [
    "浩然",
    "子轩",
    "宇航",
    "俊杰",
    "梓豪",
    "一鸣",
    "思远",
    "博文",
    "皓宇",
    "天佑",
    "晨",
    "阳",
    "磊",
    "鑫",
    "杰",
    "涛",
    "锦程",
    "沐阳",
    "嘉豪",
    "睿",
]
G_F_YNG = [
    "梓涵",
    "欣怡",
    "雨萱",
    "诗琪",
    "子涵",
    "可馨",
    "佳怡",
    "一诺",
    "语桐",
    "思琪",
    "婷",
    "悦",
    "琳",
    "雪",
    "静",
    "若曦",
    "梦瑶",
    "紫萱",
]
UY_M = [
    "买买提",
    "艾合买提",
    "阿不都热合曼",
    "吐尔逊",
    "艾则孜",
    "麦麦提敏",
    "阿布力孜",
    "努尔麦麦提",
    "亚森",
    "依明",
    "吾斯曼",
    "艾尼瓦尔",
    "阿卜杜拉",
    "热合曼",
    "玉苏甫",
    "喀迪尔",
    "艾海提",
    "图尔洪",
    "赛买提",
    "伊力哈木",
    "阿力木",
]
UY_F = [
    "阿依古丽",
    "古丽努尔",
    "布海力其",
    "热依拉",
    "阿依努尔",
    "帕提古丽",
    "祖丽胡玛尔",
    "米热古丽",
    "努尔尼沙",
    "阿米娜",
    "图尼萨",
    "再乃普",
    "海丽其汗",
    "茹仙古丽",
    "阿瓦古丽",
]
KR_SUR = list("金朴崔李郑")
KR_M = ["成哲", "永洙", "明浩", "哲洙", "光日", "东植", "龙洙"]
KR_F = ["顺姬", "英爱", "美玉", "贞淑", "玉顺", "英子", "春花"]

DIS_CAT = [("视力", 1), ("听力", 2), ("言语", 3), ("肢体", 4), ("智力", 5), ("精神", 6), ("多重", 7)]
GRADES = ["一级", "二级", "三级", "四级"]
DIAG = [
    "2型糖尿病",
    "2型糖尿病伴多个并发症",
    "高血压3级（极高危）",
    "慢性肾脏病5期",
    "尿毒症（维持性血液透析）",
    "肺恶性肿瘤",
    "乳腺恶性肿瘤",
    "胃恶性肿瘤术后",
    "肝硬化失代偿期",
    "急性脑梗死",
    "脑出血后遗症",
    "冠状动脉粥样硬化性心脏病",
    "慢性阻塞性肺疾病急性加重",
    "重症肺炎",
    "精神分裂症",
    "双相情感障碍",
    "急性淋巴细胞白血病",
    "再生障碍性贫血",
    "股骨颈骨折",
    "腰椎间盘突出症",
    "类风湿关节炎",
    "系统性红斑狼疮",
    "帕金森病",
    "阿尔茨海默病",
    "先天性心脏病（室间隔缺损）",
    "脑性瘫痪",
    "肺结核",
    "慢性乙型病毒性肝炎",
    "宫颈恶性肿瘤",
    "鼻咽恶性肿瘤",
    "白内障（右眼）",
    "癫痫",
]
INJ = [
    "左侧胫腓骨骨折",
    "右手食指离断伤",
    "腰椎压缩性骨折",
    "颅脑损伤",
    "多发肋骨骨折",
    "右股骨干骨折",
    "左肩关节脱位",
    "面部软组织挫裂伤",
    "右踝关节骨折",
]
DISAB_LEVEL = ["十级伤残", "九级伤残", "八级伤残", "七级伤残"]
COND = [
    "长期患病",
    "患病",
    "残疾",
    "长期慢性病",
    "大病",
    "长期卧床",
    "重度失能",
    "智力残疾",
    "肢体残疾",
    "精神残疾",
    "视力残疾",
]
BINS = {
    "622848": 19,
    "622845": 19,
    "621700": 19,
    "436742": 19,
    "622202": 19,
    "621226": 19,
    "622188": 19,
    "621799": 19,
    "622150": 19,
    "621661": 19,
    "622262": 19,
    "622588": 16,
    "621483": 16,
    "622908": 18,
}
BANKS = {
    "622848": "中国农业银行",
    "622845": "中国农业银行",
    "621700": "中国建设银行",
    "436742": "中国建设银行",
    "622202": "中国工商银行",
    "621226": "中国工商银行",
    "622188": "中国邮政储蓄银行",
    "621799": "中国邮政储蓄银行",
    "622150": "中国邮政储蓄银行",
    "621661": "中国银行",
    "622262": "交通银行",
    "622588": "招商银行",
    "621483": "招商银行",
    "622908": "兴业银行",
}
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
    "145",
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
PY = [
    "wangfang",
    "liyan",
    "zhangwei",
    "xiaoming",
    "lanlan",
    "huangli",
    "weiguo",
    "tianxin",
    "xiangyu",
    "abudu",
    "aygul",
    "jinshun",
    "mingliang",
    "chunyan",
    "haitao",
    "dongmei",
    "yangyang",
    "xiaofeng",
]
PYAB = {"洪雅县": "hy", "望谟县": "wm", "和田县": "htx", "阜平县": "fp", "来凤县": "lf", "绥滨县": "sb"}
PROV_AB = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
CN_NUM = "〇一二三四五六七八九十"


# ----------------------------------------------------------------------------- segments
def T(*parts):
    """Flatten str / (text, kind) / lists into a list of (text, kind) segments."""
    out = []
    for p in parts:
        if p is None or p == "":
            continue
        if isinstance(p, str):
            out.append((p, None))
        elif isinstance(p, tuple):
            if p[0]:
                out.append(p)
        else:
            out.extend(T(*p))
    return out


def render(segs):
    parts, spans, pos = [], [], 0
    for t, k in segs:
        if not t:
            continue
        if k:
            spans.append({"kind": k, "start": pos, "end": pos + len(t)})
        parts.append(t)
        pos += len(t)
    return "".join(parts), spans


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


FW = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}
FWA = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-"}


def fullwidth(segs, rng, p=1.0, letters=False):
    tab = FWA if letters else FW
    return [(t.translate(tab) if rng.random() < p else t, k) for t, k in segs]


def ocr_noise(segs, rng, p):
    out = []
    for t, k in segs:
        if len(t) < 2:
            out.append((t, k))
            continue
        s = t[0]
        for ch in t[1:]:
            if ch not in "\n\t" and s[-1] not in "\n\t " and rng.random() < p:
                s += " "
            s += ch
        out.append((s, k))
    return out


NOBREAK_START = "，。、；：）」』”％%,.;:)"


def hard_wrap(segs, width):
    """Insert line breaks at `width` display columns (like a PDF text line)."""
    out, col = [], 0
    for t, k in segs:
        buf = ""
        for ch in t:
            if ch == "\n":
                buf += ch
                col = 0
                continue
            cw = dw(ch)
            if col + cw > width and ch not in NOBREAK_START:
                if buf == "" and out:
                    out[-1] = (out[-1][0] + "\n", out[-1][1]) if out[-1][1] is None else out[-1]
                    if out[-1][1] is not None:
                        out.append(("\n", None))
                else:
                    buf += "\n"
                col = 0
            buf += ch
            col += cw
        out.append((buf, k))
    return out


def wrap_cell(segs, w):
    lines, cur = [[]], 0
    for t, k in segs:
        buf = ""
        for i, ch in enumerate(t):
            if ch == "\n":
                if buf:
                    lines[-1].append((buf, k))
                    buf = ""
                lines.append([])
                cur = 0
                continue
            cw = dw(ch)
            rem = len(t) - i
            if cur + cw > w and cur > 0:
                ok = (
                    k is None
                    or buf == ""
                    or (k in ("name", "address", "health") and len(buf) >= 2 and rem >= 2)
                )
                if ok:
                    if buf:
                        lines[-1].append((buf, k))
                        buf = ""
                    lines.append([])
                    cur = 0
            buf += ch
            cur += cw
        if buf:
            lines[-1].append((buf, k))
    return [ln for ln in lines if ln] or [[]]


def strip_line(line):
    while line and line[-1][1] is None and line[-1][0].strip(" ") == "":
        line.pop()
    if line and line[-1][1] is None:
        line[-1] = (line[-1][0].rstrip(" "), None)
    return line


def layout_rows(rows, widths, gap=2, valign="top", indent=0, align=None, wrap=True):
    """pdftotext -layout rendering of table rows (cells = segment lists)."""
    align = align or ["l"] * len(widths)
    out = []
    for row in rows:
        cells = [wrap_cell(T(c), w if wrap else 999) for c, w in zip(row, widths)]
        n = max(len(c) for c in cells)
        grid = []
        for cl in cells:
            if n > 1 and valign == "between":
                grid.append([cl[0], []] + cl[1:] if len(cl) > 1 else [[], cl[0]])
            elif n > 1 and valign == "middle" and len(cl) == 1:
                grid.append([[]] * ((n - 1) // 2) + cl)
            else:
                grid.append(cl)
        nl = max(len(g) for g in grid)
        for li in range(nl):
            line = [(" " * indent, None)]
            col, target = indent, indent
            for ci, g in enumerate(grid):
                frag = g[li] if li < len(g) else []
                w = widths[ci]
                if frag:
                    fw_ = sum(dw(t) for t, _ in frag)
                    tgt = target + (w - fw_ if align[ci] == "r" and fw_ < w else 0)
                    if col < tgt:
                        line.append((" " * (tgt - col), None))
                        col = tgt
                    elif col > target or (col == tgt and ci > 0 and col > indent):
                        line.append((" ", None))
                        col += 1
                    line.extend(frag)
                    col += fw_
                target += w + gap
            line = strip_line(line)
            out.extend(line)
            out.append(("\n", None))
    return out


def tab_rows(rows, sep="\t"):
    out = []
    for row in rows:
        for i, c in enumerate(row):
            if i:
                out.append((sep, None))
            out.extend(T(c))
        out.append(("\n", None))
    return out


def csv_rows(rows):
    out = []
    for row in rows:
        for i, c in enumerate(row):
            if i:
                out.append((",", None))
            segs = T(c)
            txt = "".join(t for t, _ in segs)
            if any(ch in txt for ch in ',"\n'):
                out.append(('"', None))
                out.extend((t.replace('"', '""'), k) for t, k in segs)
                out.append(('"', None))
            else:
                out.extend(segs)
        out.append(("\n", None))
    return out


def cell_lines(rows, blank_between=False, skip_empty=True):
    out = []
    for row in rows:
        for c in row:
            segs = T(c)
            if skip_empty and not segs:
                continue
            out.extend(segs)
            out.append(("\n", None))
        if blank_between:
            out.append(("\n", None))
    return out


# ----------------------------------------------------------------------------- values
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
IDC = "10X98765432"


def id_check(s17):
    return IDC[sum(int(a) * b for a, b in zip(s17, IDW)) % 11]


def rand_date(rng, y0, y1):
    d0 = date(y0, 1, 1).toordinal()
    d1 = date(y1, 12, 31).toordinal()
    return date.fromordinal(rng.randint(d0, d1))


def gen_id(rng, code, birth, male):
    seq = rng.randint(1, 998)
    if (seq % 2 == 1) != male:
        seq += 1
    s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


def gen_id15(rng, code, birth, male):
    seq = rng.randint(1, 998)
    if (seq % 2 == 1) != male:
        seq += 1
    return f"{code}{birth:%y%m%d}{seq:03d}"


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def gen_card(rng):
    b = rng.choice(list(BINS))
    n = BINS[b]
    body = b + "".join(rng.choice("0123456789") for _ in range(n - len(b) - 1))
    num = body + luhn_digit(body)
    return num, BANKS[b]


def fmt_card(rng, num):
    r = rng.random()
    if r < 0.3:
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    return num


def gen_mobile(rng):
    return rng.choice(MOB_PRE) + "".join(rng.choice("0123456789") for _ in range(8))


def fmt_mobile(rng, m):
    r = rng.random()
    if r < 0.08:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.14:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.18:
        return rng.choice(["+86 ", "+86-", "86-", "+86"]) + m
    return m


def mask_mobile(rng, m):
    return rng.choice([m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], m[:7] + "****"])


def mask_id(rng, i):
    return rng.choice(
        [
            i[:6] + "********" + i[14:],
            i[:10] + "******" + i[16:],
            i[:3] + "*" * 11 + i[14:],
            i[:6] + "××××××××" + i[14:],
        ]
    )


def gen_landline(rng, C, fmt=None):
    local = C["lpre"] + "".join(rng.choice("0123456789") for _ in range(C["llen"] - len(C["lpre"])))
    f = fmt if fmt is not None else rng.choice([0, 0, 0, 1, 2, 3, 4])
    return [
        f"{C['area']}-{local}",
        f"（{C['area']}）{local}",
        f"{C['area']}{local}",
        local,
        f"{C['area']} {local}",
    ][f]


def gen_email(rng, mob=None):
    r = rng.random()
    if r < 0.35:
        return f"{rng.randint(10000, 3999999999)}@qq.com"
    if r < 0.45 and mob:
        return f"{mob}@139.com"
    return (
        f"{rng.choice(PY)}{rng.choice(['', str(rng.randint(1960, 2010)), str(rng.randint(1, 999))])}@"
        f"{rng.choice(['163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com'])}"
    )


def gen_passport(rng):
    r = rng.random()
    if r < 0.5:
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    if r < 0.8:
        return (
            "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(rng.choice("0123456789") for _ in range(7))
        )
    return "G" + "".join(rng.choice("0123456789") for _ in range(8))


def gen_hkm(rng):
    r = rng.random()
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if r < 0.4:
        return "C" + d(8)
    if r < 0.6:
        return "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + d(7)
    if r < 0.75:
        return "W" + d(8)
    return rng.choice("HM") + d(8)


def gen_tw(rng):
    d = "".join(rng.choice("0123456789") for _ in range(8))
    return ("L" + d) if rng.random() < 0.55 else d


def gen_plate(rng, C, trailer=False):
    pre = C["plate"] if rng.random() < 0.85 else rng.choice(["川A", "贵A", "新A", "冀A", "鄂A", "黑A", "渝B"])
    sep = rng.choice(["", "", "·", "·", " "])
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    D = "0123456789"
    if trailer:
        return pre + sep + "".join(rng.choice(D) for _ in range(4)) + "挂"
    r = rng.random()
    if r < 0.15:
        return (
            pre
            + sep
            + rng.choice("DF")
            + "".join(rng.choice(L + D) for _ in range(1))
            + "".join(rng.choice(D) for _ in range(4))
        )
    tail = [rng.choice(D) for _ in range(5)]
    for _ in range(rng.randint(0, 2)):
        tail[rng.randint(0, 4)] = rng.choice(L)
    return pre + sep + "".join(tail)


CC31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(rng, code, head="91"):
    org = ("MA" if head == "91" else "MB") + "".join(rng.choice(CC31) for _ in range(7))
    body = head + code + org
    s = sum(CC31.index(c) * w for c, w in zip(body, CCW))
    return body + CC31[(31 - s % 31) % 31]


def bad18(rng, head=None):
    while True:
        s = (head or f"2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}") + "".join(
            rng.choice("0123456789") for _ in range(18 - len(head or "20240101"))
        )
        s = s[:18]
        if s[-1] != id_check(s[:17]):
            return s


def index_no(rng, C):
    return f"{credit_code(rng, C['code'], '11')}/{rng.choice([2023, 2024, 2025])}-{rng.randint(1, 999):05d}"


def office_phone(rng, C):
    return gen_landline(rng, C, rng.choice([0, 0, 1]))


def office_account(rng):
    return rng.choice(
        [
            f"22-{rng.randint(10**13, 10**14 - 1)}",
            f"5105{rng.randint(10**15, 10**16 - 1)}",
            f"{rng.randint(10**14, 10**15 - 1)}0001",
        ]
    )


def money(rng, lo, hi, comma=True):
    v = rng.randint(int(lo * 100), int(hi * 100)) / 100
    return f"{v:,.2f}" if comma else f"{v:.2f}"


def dstr(d, style=0):
    return [
        f"{d.year}年{d.month}月{d.day}日",
        f"{d:%Y-%m-%d}",
        f"{d.year}/{d.month}/{d.day}",
        f"{d:%Y.%m.%d}",
        f"{d:%Y年%m月%d日}",
    ][style]


def cn_num(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


# ----------------------------------------------------------------------------- people
class Ctx:
    def __init__(self, rng, cname):
        self.rng = rng
        self.cname = cname
        self.C = COUNTIES[cname]
        self.dot = rng.choice(["·", "·", "·", "·", "•", ".", "・", ""])
        self.year = rng.choice([2023, 2024, 2024, 2025])
        self.used = set()

    def name(self, male, born, style=None):
        rng = self.rng
        style = style or self.C["style"]
        for _ in range(20):
            if style == "uyghur" and rng.random() < 0.88:
                g = rng.choice(UY_M if male else UY_F)
                f = rng.choice(UY_M)
                n = g + self.dot + f
            elif style == "han_ne" and rng.random() < 0.12:
                n = rng.choice(KR_SUR) + rng.choice(KR_M if male else KR_F)
            else:
                if rng.random() < 0.03:
                    s = rng.choice(COMPOUND)
                elif rng.random() < 0.7:
                    s = rng.choice(SUR_REG[style])
                else:
                    s = rng.choice(SUR)
                if born < 1965:
                    g = rng.choice(G_M_OLD if male else G_F_OLD)
                elif born < 2000:
                    g = rng.choice(G_M_MID if male else G_F_MID)
                else:
                    g = rng.choice(G_M_YNG if male else G_F_YNG)
                n = s + g
            if n not in self.used:
                break
        self.used.add(n)
        return n

    def person(self, age=(20, 85), male=None, style=None):
        rng = self.rng
        male = (rng.random() < 0.5) if male is None else male
        y = self.year - rng.randint(*age)
        birth = rand_date(rng, y, y)
        code = self.C["code"] if rng.random() < 0.9 else rng.choice(NEIGH[self.C["code"]])
        p = dict(
            male=male,
            gender="男" if male else "女",
            birth=birth,
            age=self.year - y,
            id=gen_id(rng, code, birth, male),
            code=code,
            mobile=gen_mobile(rng),
            eth=rng.choice(self.C["eth"]),
        )
        st = style
        if self.C["style"] == "uyghur" and p["eth"] != "维吾尔":
            st = "uyghur"
        n = self.name(male, y, st)
        if (
            self.C["style"] == "uyghur"
            and not any(ch in n for ch in "·•.・")
            and not (n[0] in "阿买吐艾麦努亚依吾热玉喀图赛伊古布帕祖米再海茹")
        ):
            p["eth"] = "汉"
        if self.C["style"] == "han_ne" and n[0] in KR_SUR and n[1:] in KR_M + KR_F:
            p["eth"] = "朝鲜"
        p["name"] = n
        return p

    def official(self):
        return self.name(self.rng.random() < 0.6, self.rng.randint(1965, 1995))

    def town(self):
        return self.rng.choice(self.C["towns"])

    def vill(self):
        return self.rng.choice(self.C["vill"])

    def group(self):
        rng = self.rng
        n = rng.randint(1, 12)
        if self.C["style"] == "buyi" and rng.random() < 0.4:
            return rng.choice(["纳夜", "坡帽", "者艾", "弄林", "打让", "拉平", "岜赖", "新寨"]) + "组"
        return rng.choice([f"{n}组", f"{n}组", f"{cn_num(n)}组", f"第{n}村民小组", f"{cn_num(n)}组"])

    def addr(self, kind=None, prefix=None, town=None, vill=None):
        rng = self.rng
        C = self.C
        kind = kind or rng.choice(["rural", "rural", "rural", "urban", "comm"])
        town = town or self.town()
        if kind == "rural":
            core = town + (vill or self.vill()) + self.group()
            if rng.random() < 0.45:
                core += f"{rng.randint(1, 120)}号"
        elif kind == "urban":
            core = town + rng.choice(C["streets"]) + f"{rng.randint(1, 300)}号"
            r = rng.random()
            if r < 0.4:
                core += (
                    f"{rng.randint(1, 12)}栋{rng.randint(1, 4)}单元{rng.randint(1, 7)}0{rng.randint(1, 4)}室"
                )
            elif r < 0.55:
                core += f"附{rng.randint(1, 9)}号"
            elif r < 0.7:
                core += f"{rng.randint(1, 6)}-{rng.randint(1, 7)}-{rng.randint(1, 4)}"
        else:
            core = (
                town
                + rng.choice(C["streets"])
                + rng.choice(C["comm"])
                + rng.choice(
                    [
                        f"{rng.randint(1, 20)}栋{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室",
                        f"{rng.randint(1, 20)}幢{rng.randint(1, 18)}0{rng.randint(1, 4)}室",
                        f"{rng.randint(1, 20)}号楼{rng.randint(1, 3)}单元{rng.randint(1, 6)}0{rng.randint(1, 2)}"
                        f"室",
                    ]
                )
            )
            if town.endswith("乡"):
                core = core.replace(
                    town, self.rng.choice([t for t in C["towns"] if t.endswith(("镇", "街道"))])
                )
        pre = (
            prefix
            if prefix is not None
            else rng.choice(
                ["", "", self.cname, self.cname, C["city"] + self.cname, C["prov"] + C["city"] + self.cname]
            )
        )
        return pre + core

    def village_only(self):
        return self.rng.choice(["", self.cname]) + self.town() + self.vill()


def nm(s):
    return (s, "name")


def adr(s):
    return (s, "address")


def hl(s):
    return (s, "health")


def idc(s):
    return (s, "id_card")


def mob(rng, m):
    return (fmt_mobile(rng, m), "mobile")


def nmx(rng, name, masked_p=0.0):
    """Name, sometimes masked (not labelled)."""
    if rng.random() < masked_p:
        if len(name) <= 3 and "·" not in name:
            return rng.choice(
                [
                    name[0] + "*" + name[2:] if len(name) == 3 else name[0] + "*",
                    name[0] + "某某",
                    name[0] + "某",
                ]
            )
        return name[:2] + "**"
    return nm(name)


def health_cell(rng, cat, grade, combined):
    return [hl(f"{cat}{grade}")] if combined else None


# ----------------------------------------------------------------------------- families
def fam_disab(x):
    """残疾人两项补贴 名单 -- DOCX tables flattened with tabs."""
    rng, C = x.rng, x.C
    town = x.town()
    y = x.year
    period = rng.choice([f"{y}年第{rng.choice('一二三四')}季度", f"{y}年{rng.randint(1, 12)}月", f"{y}年度"])
    scope = rng.choice([x.cname, x.cname + town, town])
    title = rng.choice(
        [
            f"{scope}{period}困难残疾人生活补贴和重度残疾人护理补贴发放名单",
            f"{scope}{period}残疾人两项补贴新增人员公示名单",
            f"关于{scope}{period}残疾人两项补贴享受对象的公示",
        ]
    )
    segs = T(title, "\n")
    if rng.random() < 0.5:
        segs += T(
            f"填报单位：{town}人民政府（盖章）\t\t\t\t填报时间：{dstr(rand_date(rng, y, y), rng.choice([0, 4]))}\n"
        )
    var = rng.choice(["id", "id", "cert", "masked"])
    repeat = rng.random() < 0.4
    comb = rng.random() < 0.4
    life, care = rng.choice([80, 90, 100, 110]), rng.choice([80, 90, 100])
    rows = []
    if var == "id":
        if rng.random() < 0.5:
            rows.append(
                [
                    "序号",
                    "乡镇",
                    "村（社区）",
                    "姓名",
                    "性别",
                    "身份证号码",
                    "残疾情况",
                    "残疾情况" if repeat else "",
                    "补贴类别",
                    "补贴类别" if repeat else "",
                    "金额（元）",
                    "备注",
                ]
            )
            rows.append(["", "", "", "", "", "", "类别", "等级", "生活补贴", "护理补贴", "", ""])
            two = True
        else:
            rows.append(
                [
                    "序号",
                    "乡镇",
                    "村（社区）",
                    "姓名",
                    "性别",
                    "身份证号码",
                    "残疾类别",
                    "残疾等级",
                    "生活补贴",
                    "护理补贴",
                    "金额（元）",
                    "备注",
                ]
            )
            two = False
    elif var == "cert":
        rows.append(
            ["序号", "姓名", "性别", "残疾人证号", "残疾类别及等级", "补贴类型", "月标准（元）", "备注"]
        )
    else:
        rows.append(
            [
                "序号",
                "姓名",
                "身份证号",
                "家庭住址",
                "联系电话",
                "残疾类别",
                "残疾等级",
                "补贴类型",
                "金额",
                "备注",
            ]
        )
    n = rng.randint(2, 4)
    vill = x.vill()
    for i in range(n):
        p = x.person(age=(6, 90))
        cat, cc = rng.choice(DIS_CAT)
        gi = rng.choice([0, 1, 1, 2, 3])
        grade = GRADES[gi]
        if rng.random() < 0.15:
            grade = f"{gi + 1}级"
        if rng.random() < 0.3:
            cat = cat + "残疾"
        is_life = rng.random() < 0.7
        is_care = gi <= 1
        amt = (life if is_life else 0) + (care if is_care else 0)
        if amt == 0:
            is_life, amt = True, life
        note = []
        guardian = None
        if p["age"] < 16 or cat.startswith(("智力", "精神")) and rng.random() < 0.5:
            guardian = x.person(age=(30, 60))["name"]
        if guardian and rng.random() < 0.5:
            namecell = T(nm(p["name"]), "\n（监护人：", nm(guardian), "）")
        else:
            namecell = T(nm(p["name"]))
            if guardian:
                note = T(rng.choice(["监护人", "由监护人"]), nm(guardian), rng.choice(["代领", ""]))
        if not note and rng.random() < 0.2:
            note = rng.choice(["新增", "续发", "调标", "补发3个月"])
        if rng.random() < 0.06:
            note = T("户主", nm(x.person()["name"]), "之", rng.choice(["子", "女", "妻", "父", "母"]))
        if rng.random() < 0.04:
            namecell = T(nmx(rng, p["name"], 1.0))
        if var == "id":
            v = vill if (i == 0 or repeat or rng.random() < 0.3) else ""
            if v == "" and not repeat:
                vill = x.vill() if rng.random() < 0.3 else vill
            row = [
                str(i + 1),
                town if (i == 0 or repeat) else "",
                vill if v else "",
                namecell,
                p["gender"],
                [idc(p["id"])],
                [hl(cat)],
                [hl(grade)],
                "√" if is_life else "",
                "√" if is_care else "",
                str(amt),
                note,
            ]
        elif var == "cert":
            cert = T(idc(p["id"]), f"{cc}{gi + 1}")
            hc = [hl(cat + grade)] if comb else T(hl(cat), "/" if rng.random() < 0.5 else "", hl(grade))
            if not comb and hc[1][0] != "/":
                hc = T(hl(cat + grade))
            row = [
                str(i + 1),
                namecell,
                p["gender"],
                cert,
                hc,
                rng.choice(["生活补贴", "护理补贴", "生活补贴、护理补贴"]),
                str(amt),
                note,
            ]
        else:
            phone = (
                T(mob(rng, p["mobile"])) if rng.random() < 0.85 else T((gen_landline(rng, x.C), "landline"))
            )
            if rng.random() < 0.15:
                phone = T(mask_mobile(rng, p["mobile"]))
            row = [
                str(i + 1),
                namecell,
                mask_id(rng, p["id"]),
                [adr(x.addr())],
                phone,
                [hl(cat)],
                [hl(grade)],
                rng.choice(["生活补贴", "护理补贴", "两项补贴"]),
                str(amt),
                note,
            ]
        rows.append(row)
    if rng.random() < 0.5:
        rows.append(["合计"] + [""] * (len(rows[-1]) - 3) + [str(n * life), ""])
    segs += tab_rows(rows)
    notes = [
        f"注：1.困难残疾人生活补贴标准为每人每月{life}元，重度残疾人护理补贴一级、二级每人每月{care}元；",
        f"2.公示时间为{y}年{rng.randint(1, 12)}月{rng.randint(1, 20)}日至{rng.randint(21, 28)}日，公示期7天；",
        f"3.如有异议，请向{town}社会事务办或县残联反映，监督电话：{office_phone(rng, C)}，"
        f"也可拨打12345政务服务便民热线。",
    ]
    if rng.random() < 0.5:
        segs += T("\n".join(notes[: rng.randint(1, 3)]), "\n")
    if rng.random() < 0.6:
        segs += T(f"经办人：{x.official()}\t\t审核人：{x.official()}\t\t单位负责人：{x.official()}\n")
    return segs


def fam_med(x):
    """医疗救助 一站式结算 台账 -- XLSX exported to CSV."""
    rng, C = x.rng, x.C
    y = x.year
    m = rng.randint(1, 12)
    cols_all = [
        "序号",
        "结算单号",
        "姓名",
        "性别",
        "身份证号",
        "人员类别",
        "就诊机构",
        "就诊类型",
        "入院日期",
        "出院日期",
        "疾病诊断",
        "医疗总费用",
        "统筹支付",
        "大病保险",
        "医疗救助",
        "个人负担",
        "联系电话",
    ]
    keep = [
        c
        for c in cols_all
        if c in ("序号", "姓名", "身份证号", "疾病诊断", "医疗总费用", "医疗救助") or rng.random() < 0.55
    ]
    ncol = len(keep)
    idstyle = rng.choice(["plain", "plain", "sci", "quote", "tab", "mixed"])
    dstyle = rng.choice(["slash", "serial", "dash"])
    rows = [[f"{x.cname}医疗救助“一站式”结算台账（{y}年{m}月）"] + [""] * (ncol - 1)]
    if rng.random() < 0.5:
        rows.append([f"填报单位：{x.cname}医疗保障局"] + [""] * (ncol - 3) + [f"制表日期：{y}/{m}/28", ""])
    rows.append(keep)
    n = rng.randint(2, 4)
    tot = 0.0
    for i in range(n):
        p = x.person(age=(3, 90))
        hosp = rng.choice(HOSP[x.cname] + [x.town() + "卫生院"])
        d1 = rand_date(rng, y, y)
        d2 = d1 + timedelta(days=rng.randint(2, 25))
        k = rng.randint(1, 3)
        dg = rng.sample(
            DIAG if p["age"] < 40 else [g for g in DIAG if "先天" not in g and "脑性" not in g], k
        )
        sep = rng.choice(["；", "、", ";", "\n"])
        total = rng.randint(2000, 180000) + rng.randint(0, 99) / 100
        tot += total
        vals = {}
        vals["序号"] = str(i + 1)
        vals["结算单号"] = rng.choice(
            [
                bad18(rng, C["code"] + f"{y}{m:02d}") + f"{rng.randint(10, 99)}",
                bad18(rng),
                f"JS{y}{m:02d}{rng.randint(10**8, 10**9 - 1)}",
            ]
        )
        vals["姓名"] = [nm(p["name"])] if rng.random() > 0.04 else nmx(rng, p["name"], 1.0)
        vals["性别"] = p["gender"]
        st = idstyle if idstyle != "mixed" else rng.choice(["plain", "sci", "quote"])
        if st == "plain":
            vals["身份证号"] = [idc(p["id"])]
        elif st == "sci":
            vals["身份证号"] = (
                f"{int(p['id'][:17]) / 10**17:.5f}".rstrip("0") + "E+17"
                if p["id"][-1] != "X"
                else [idc(p["id"])]
            )
        elif st == "quote":
            vals["身份证号"] = T("'", idc(p["id"]))
        else:
            vals["身份证号"] = T("\t", idc(p["id"]))
        vals["人员类别"] = rng.choice(
            ["特困人员", "低保对象", "返贫致贫人口", "监测对象", "低保边缘家庭成员"]
            + (["孤儿", "事实无人抚养儿童"] if p["age"] < 18 else [])
        )
        vals["就诊机构"] = hosp
        vals["就诊类型"] = rng.choice(["住院", "住院", "门诊慢特病", "门诊"])
        if dstyle == "serial":
            vals["入院日期"] = str(d1.toordinal() - date(1899, 12, 30).toordinal())
            vals["出院日期"] = str(d2.toordinal() - date(1899, 12, 30).toordinal())
        elif dstyle == "slash":
            vals["入院日期"], vals["出院日期"] = dstr(d1, 2), dstr(d2, 2)
        else:
            vals["入院日期"], vals["出院日期"] = dstr(d1, 1), dstr(d2, 1)
        vals["疾病诊断"] = [hl(sep.join(dg))]
        pool = total * rng.uniform(0.45, 0.7)
        big = total * rng.uniform(0, 0.15)
        aid = total * rng.uniform(0.05, 0.2)
        vals["医疗总费用"] = f"{total:.2f}"
        vals["统筹支付"] = f"{pool:.2f}"
        vals["大病保险"] = f"{big:.2f}"
        vals["医疗救助"] = f"{aid:.2f}"
        vals["个人负担"] = f"{total - pool - big - aid:.2f}"
        r = rng.random()
        vals["联系电话"] = (
            [mob(rng, p["mobile"])] if r < 0.7 else (mask_mobile(rng, p["mobile"]) if r < 0.85 else "")
        )
        rows.append([vals[c] for c in keep])
    rows.append(["合计"] + ["" for _ in keep[1:]])
    if "医疗总费用" in keep:
        rows[-1][keep.index("医疗总费用")] = f"{tot:.2f}"
    if rng.random() < 0.4:
        rows.append(
            [
                f"说明：本台账数据来源于医保信息平台，咨询电话{office_phone(rng, C)}；"
                f"统一社会信用代码{credit_code(rng, C['code'], '11')}"
            ]
            + [""] * (ncol - 1)
        )
    if rng.random() < 0.5:
        rows.append([f"制表人：{x.official()}", "", f"审核：{x.official()}"] + [""] * (ncol - 3))
    return csv_rows(rows)


def party(x, p, fields=("gender", "eth", "birth", "id", "addr", "mobile"), addr=None, lab=True):
    """Natural-person party description in prose."""
    rng = x.rng
    s = T(nm(p["name"]) if lab else p["name"], "，")
    for f in fields:
        if f == "gender":
            s += T(p["gender"], "，")
        elif f == "eth":
            s += T(p["eth"], "族，")
        elif f == "birth":
            s += T(f"{p['birth'].year}年{p['birth'].month}月{p['birth'].day}日出生，")
        elif f == "id":
            s += T(
                rng.choice(["公民身份号码：", "身份证号码：", "身份证号：", "身份证号码"]), idc(p["id"]), "，"
            )
        elif f == "addr":
            a = addr or x.addr()
            s += T(rng.choice(["住", "住址：", "家住", "现住", "户籍所在地："]), adr(a), "，")
        elif f == "mobile":
            s += T(
                rng.choice(["联系电话：", "电话：", "联系方式：", "手机号码"]), mob(rng, p["mobile"]), "，"
            )
        elif f == "land":
            s += T("联系电话：", (gen_landline(rng, x.C), "landline"), "，")
    s[-1] = (s[-1][0][:-1] + "。", None) if s[-1][0].endswith("，") else s[-1]
    return s


def fam_relief(x):
    """临时救助 审批表 -- pdftotext of a form (cells one per line, or label/value layout)."""
    rng, C = x.rng, x.C
    y = x.year
    town = x.town()
    vill = x.vill()
    p = x.person(age=(25, 80))
    addr = x.addr(
        kind=rng.choice(["rural", "rural", "urban", "comm"]),
        town=town,
        vill=vill,
        prefix=rng.choice(["", x.cname]),
    )
    mem = []
    for rel in rng.sample(
        ["配偶", "长子", "次子", "长女", "次女", "父亲", "母亲", "孙子", "孙女"], rng.choice([1, 2, 2, 3])
    ):
        age = {
            "配偶": (p["age"] - 5, p["age"] + 5),
            "父亲": (p["age"] + 20, p["age"] + 30),
            "母亲": (p["age"] + 18, p["age"] + 28),
        }.get(rel, (2, max(3, p["age"] - 20)))
        q = x.person(
            age=(max(1, age[0]), max(2, age[1])),
            male=rel in ("长子", "次子", "父亲", "孙子") or (rel == "配偶" and not p["male"]),
        )
        hs = rng.choice(["健康", "健康", "良好", None, None, None])
        kid_dx = [
            "急性淋巴细胞白血病",
            "先天性心脏病（室间隔缺损）",
            "脑性瘫痪",
            "癫痫",
            "重症肺炎",
            "智力残疾",
        ]
        mem.append((q, rel, hs or rng.choice(COND + DIAG[:12] if q["age"] >= 18 else kid_dx)))
    sick = [m for m in mem if m[2] not in ("健康", "良好")]
    who = sick[0] if sick else None
    dg = (
        who[2]
        if who
        and who[2]
        in DIAG + ["急性淋巴细胞白血病", "先天性心脏病（室间隔缺损）", "脑性瘫痪", "癫痫", "重症肺炎"]
        else rng.choice(DIAG if p["age"] >= 18 else DIAG[-8:])
    )
    cost = rng.randint(8, 160) * 1000
    reason = T(
        "申请人", nm(p["name"]), rng.choice(["系", "为"]), f"{town}{vill}村民，家庭人口{len(mem) + 1}人。"
    )
    if who:
        reason += T(
            f"{y}年{rng.randint(1, 9)}月其{who[1]}",
            nm(who[0]["name"]),
            "因",
            hl(dg),
            f"先后在{rng.choice(HOSP[x.cname])}住院治疗，自付医疗费用约{cost}元，",
            "家庭收入主要依靠务农和零工，无力承担，生活陷入困境，特申请临时救助。",
        )
    else:
        reason += T(
            f"{y}年{rng.randint(1, 9)}月申请人本人因",
            hl(dg),
            "住院治疗，",
            f"花费医疗费用{cost}元，家庭生活出现暂时困难，特申请临时救助。",
        )
    amount = rng.choice([1000, 1500, 2000, 3000, 5000, 8000])
    card, bank = gen_card(rng)
    cadre, off1, off2 = x.official(), x.official(), x.official()
    var = rng.choice(["cells", "cells", "kv"])
    segs = T(f"{x.cname}临时救助申请审核审批表\n")
    segs += T(
        f"编号：LSJZ{y}{rng.randint(1, 999):04d}\t\t\t受理日期：{dstr(rand_date(rng, y, y), rng.choice([0, 3]))}\n"
    )
    phone = T(mob(rng, p["mobile"])) if rng.random() < 0.8 else T((gen_landline(rng, C), "landline"))
    if var == "cells":
        rows = [
            [
                "申请人",
                "姓名",
                [nm(p["name"])],
                "性别",
                p["gender"],
                "民族",
                p["eth"] + "族",
                "出生年月",
                f"{p['birth'].year}.{p['birth'].month:02d}",
            ],
            ["身份证号码", [idc(p["id"])], "联系电话", phone],
            ["家庭住址", [adr(addr)]],
            [
                "救助类别",
                rng.choice(["□急难型 ☑支出型", "☑急难型 □支出型"]),
                "困难类型",
                rng.choice(["因病", "因灾", "因意外事故", "其他"]),
            ],
        ]
        if rng.random() < 0.6:
            rows.append(
                ["开户银行", bank + x.cname + "支行", "银行卡号", [("%s" % fmt_card(rng, card), "bank_card")]]
            )
        rows.append(["家庭成员情况", "姓名", "与申请人关系", "年龄", "健康状况", "就业/就学情况"])
        for q, rel, hs in mem:
            rows.append(
                [
                    [nm(q["name"])],
                    rel,
                    str(q["age"]),
                    [hl(hs)] if hs not in ("健康", "良好") else hs,
                    rng.choice(["务农", "在校", "无", "务工", "学龄前", "—"]),
                ]
            )
        segs += cell_lines(rows)
        segs += T("申请理由\n", reason, "\n")
    else:
        W = rng.choice([6, 8])
        sp = lambda k: " " * rng.randint(W - 2, W + 6)
        segs += T(
            "申请人姓名：",
            nm(p["name"]),
            sp(0),
            "性别：",
            p["gender"],
            sp(0),
            "民族：",
            p["eth"],
            "族",
            sp(0),
            f"出生日期：{dstr(p['birth'], 3)}\n",
        )
        segs += T("身份证号码：", idc(p["id"]), sp(0), "联系电话：", phone, "\n")
        segs += T("家庭住址：", adr(addr), "\n")
        if rng.random() < 0.6:
            segs += T(
                f"开户银行：{bank}{x.cname}支行", sp(0), "账号：", (fmt_card(rng, card), "bank_card"), "\n"
            )
        segs += T("家庭成员", sp(0), "姓名", sp(0), "关系", sp(0), "年龄", sp(0), "健康状况\n")
        for q, rel, hs in mem:
            segs += T(
                " " * 14,
                nm(q["name"]),
                " " * (12 - dw(q["name"]) if dw(q["name"]) < 12 else 2),
                rel,
                " " * 6,
                str(q["age"]),
                " " * 6,
                hl(hs) if hs not in ("健康", "良好") else hs,
                "\n",
            )
        segs += T("申请理由：", reason, "\n")
        segs = segs[:2] + hard_wrap(segs[2:], rng.choice([60, 70, 78]))
    segs += T(
        "申请人（签字）：",
        nm(p["name"]) if rng.random() < 0.5 else "",
        "          ",
        f"{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n",
    )
    segs += T(
        ""
        if rng.random() < 0.3
        else f"村（居）委会意见\n经村民代表评议，情况属实，同意上报。\n负责人：{cadre}（签字）\n"
    )
    if rng.random() < 0.5:
        segs += T(
            f"乡镇（街道）审核意见\n经入户调查核实，建议给予临时救助{amount}元。\n经办人：{off1}  审核人：{off2}\n"
        )
    segs += T(
        f"县民政局审批意见\n同意给予临时救助{amount}元（大写：{'壹贰叁伍捌'[[1000, 2000, 3000, 5000, 8000].index(amount)] if amount in (1000, 2000, 3000, 5000, 8000) else '壹仟伍佰'}"
        f"{'仟' if amount in (1000, 2000, 3000, 5000, 8000) else ''}元整）。\n审批人：{x.official()}\n"
    )
    if rng.random() < 0.2:
        segs += T(f"注：本表一式三份，咨询电话{office_phone(rng, C)}，民政服务热线12349。\n")
    if rng.random() < 0.3:
        segs = fullwidth(segs, rng, 0.5)
    return segs


def fam_agree(x):
    """法律援助 / 人民调解 协议书 -- prose, often hard-wrapped."""
    rng, C = x.rng, x.C
    y = x.year
    town = x.town()
    kind = rng.choice(["traffic", "work", "neighbor", "family", "aid", "aid"])
    a = x.person(age=(22, 75))
    paras = []
    if kind == "aid":
        title = rng.choice(["法律援助协议", "给予法律援助决定书", "法律援助案件指派通知书"])
        no = f"{C['ab']}法援〔{y}〕{rng.randint(1, 300)}号"
        paras.append(T(title))
        paras.append(T(no))
        extra = []
        r = rng.random()
        if r < 0.25:
            extra = (
                T("往来台湾通行证号码：", (gen_tw(rng), "tw_permit"), "，")
                if rng.random() < 0.5
                else T(
                    "港澳居民来往内地通行证号码：",
                    ("H" + str(rng.randint(10**7, 10**8 - 1)), "hk_macau_permit"),
                    "，",
                )
            )
        elif r < 0.4:
            extra = (
                T(rng.choice(["护照号码：", "护照号："]), (gen_passport(rng), "passport"), "，")
                if rng.random() < 0.6
                else T(
                    "往来港澳通行证号码：",
                    ("C" + str(rng.randint(10**7, 10**8 - 1)), "hk_macau_permit"),
                    "，",
                )
            )
        paras.append(
            T(
                "受援人：",
                party(x, a, ("gender", "eth", "birth", "id"))[:-1],
                "，",
                extra,
                "住所地：",
                adr(x.addr()),
                "，联系电话：",
                mob(rng, a["mobile"]),
                "。",
            )
        )
        case = rng.choice(
            ["劳动报酬追索", "工伤保险待遇", "机动车交通事故责任纠纷", "赡养费纠纷", "人身损害赔偿"]
        )
        lawyer = x.official()
        paras.append(T(f"案由：{case}。"))
        if rng.random() < 0.6:
            b = x.person(age=(25, 70))
            paras.append(
                T(
                    "对方当事人：",
                    nm(b["name"]),
                    f"，{b['gender']}，住",
                    rng.choice([T(adr(x.addr())), T(x.village_only())]),
                    "。",
                )
            )
        paras.append(
            T(
                f"经审查，受援人的申请符合《中华人民共和国法律援助法》第三十一条的规定，本中心决定给予法律援助，"
                f"指派{rng.choice(['四川', '贵州', '新疆', '河北', '湖北', '黑龙江'])}{rng.choice(['正义', '明德', '凤城', '公信'])}"
                f"律师事务所{lawyer}律师（执业证号：{rng.randint(10**16, 10**17 - 1)}）承办。",
                T(
                    "受援人",
                    nm(a["name"]),
                    "患有",
                    hl(rng.choice(DIAG)),
                    "，行动不便，承办律师应上门提供服务。",
                )
                if rng.random() < 0.35
                else "",
            )
        )
        paras.append(T(f"{x.cname}法律援助中心（印章）", "\n", dstr(rand_date(rng, y, y))))
        paras.append(T(f"联系电话：{office_phone(rng, C)}，法律援助咨询热线12348。"))
    else:
        title = "人民调解协议书"
        no = f"{C['ab']}{town[:2]}调〔{y}〕第{rng.randint(1, 90)}号"
        paras.append(T(title))
        paras.append(T(no))
        b = x.person(age=(22, 75))
        paras.append(T("当事人基本情况："))
        paras.append(
            T(
                "甲方：",
                party(
                    x,
                    a,
                    rng.choice(
                        [
                            ("gender", "eth", "birth", "id", "addr", "mobile"),
                            ("gender", "id", "addr", "mobile"),
                            ("gender", "eth", "id", "addr", "land"),
                        ]
                    ),
                ),
            )[:]
        )
        corp = rng.random() < 0.5 and kind in ("work", "traffic")
        if corp:
            cn = (
                f"{x.cname}{rng.choice(['鑫', '宏', '顺', '兴'])}{rng.choice(['达', '源', '发', '盛'])}"
                f"{rng.choice(['建材', '建筑工程', '运输', '农业开发'])}有限公司"
            )
            rep = x.official()
            paras.append(
                T(
                    f"乙方：{cn}，统一社会信用代码：{credit_code(rng, C['code'])}，法定代表人：{rep}，"
                    f"住所地：{x.cname}{x.town()}{rng.choice(C['streets'])}{rng.randint(1, 200)}号，"
                    f"联系电话：{office_phone(rng, C)}。"
                )
            )
        else:
            paras.append(
                T(
                    "乙方：",
                    party(
                        x,
                        b,
                        rng.choice(
                            [("gender", "birth", "id", "addr", "mobile"), ("gender", "eth", "id", "addr")]
                        ),
                    ),
                )
            )
        if kind == "traffic":
            plate = gen_plate(rng, C)
            inj = rng.choice(INJ)
            lvl = rng.choice(DISAB_LEVEL)
            fact = T(
                f"{y}年{rng.randint(1, 9)}月{rng.randint(1, 28)}日，乙方",
                "驾驶员" if corp else "",
                nm(x.person()["name"]) if corp else "",
                "驾驶",
                (plate, "license_plate"),
                f"号{rng.choice(['小型轿车', '轻型货车', '三轮摩托车'])}行至{town}{x.vill()}路段时，与甲方驾驶的"
                f"两轮摩托车相撞，造成甲方",
                hl(inj),
                "，经司法鉴定构成",
                hl(lvl),
                "。经交警部门认定，乙方负事故主要责任。",
            )
        elif kind == "work":
            fact = T(
                f"{y}年{rng.randint(1, 9)}月，甲方在乙方承建的工地务工期间从脚手架摔落，致",
                hl(rng.choice(INJ)),
                f"，在{rng.choice(HOSP[x.cname])}住院治疗{rng.randint(10, 60)}天，经鉴定构成",
                hl(rng.choice(DISAB_LEVEL)),
                "。双方就赔偿事宜协商未果，申请调解。",
            )
        elif kind == "neighbor":
            fact = T(
                f"甲乙双方系{x.vill()}相邻村民，因宅基地边界及排水沟问题发生纠纷，甲方称乙方修建圈舍侵占其宅基地约"
                f"{rng.randint(2, 15)}平方米。",
                "乙方之妻",
                nm(x.person(male=False)["name"]),
                "在争执中受伤，诊断为",
                hl(rng.choice(["头皮血肿", "左前臂软组织挫伤", "鼻骨骨折"])),
                "。",
            )
        else:
            mom = x.person(age=(70, 92))
            fact = T(
                "甲乙双方系兄弟（姐妹）关系，其母",
                nm(mom["name"]),
                f"现年{mom['age']}岁，患有",
                hl(rng.choice(DIAG)),
                "，生活不能自理。双方就赡养费分担及轮流照料问题发生争议。",
            )
        paras.append(T("纠纷主要事实、争议事项："))
        paras.append(fact)
        paras.append(T("经调解，双方自愿达成如下协议："))
        amt = rng.randint(5, 120) * 1000
        card, bank = gen_card(rng)
        pay = T(
            f"一、乙方一次性支付甲方各项费用共计人民币{amt:,}元，于{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日前",
            rng.choice(
                [
                    T(
                        "转入甲方银行账户（开户行：",
                        bank,
                        f"{x.cname}支行，卡号：",
                        (fmt_card(rng, card), "bank_card"),
                        "）。",
                    ),
                    T("以现金方式当场付清。"),
                ]
            ),
        )
        paras.append(pay)
        paras.append(T("二、本协议履行完毕后，双方就此纠纷再无其他争议。"))
        if rng.random() < 0.4:
            paras.append(T("三、本协议一式三份，双方各执一份，调解委员会留存一份，自双方签字之日起生效。"))
        sig = T(
            "甲方（签名）：",
            nm(a["name"]),
            "          乙方（签名/盖章）：",
            (T(nm(b["name"])) if not corp else T("（公章）")),
        )
        paras.append(sig)
        paras.append(T(f"人民调解员：{x.official()}  {x.official()}      记录人：{x.official()}"))
        paras.append(T(f"{x.cname}{town}人民调解委员会（印章）  {dstr(rand_date(rng, y, y))}"))
    segs = []
    ind = rng.choice(["　　", "  ", ""])
    for i, pa in enumerate(paras):
        segs += T(ind if i > 1 else "", pa, "\n")
    if rng.random() < 0.7:
        segs = hard_wrap(segs, rng.choice([56, 64, 72, 80]))
    if rng.random() < 0.25:
        segs = fullwidth(segs, rng, 0.8)
    if rng.random() < 0.15:
        segs = ocr_noise(segs, rng, 0.08)
    return segs


HOT_TPL = [
    lambda x, r: T(
        "来电人反映：其居住的",
        adr(x.addr("comm" if r.random() < 0.5 else "urban")),
        "楼上住户长期在夜间发出噪音，多次协商无果，请求相关部门处理。",
    ),
    lambda x, r: T(
        "市民",
        nm(x.person()["name"]),
        "反映，",
        x.village_only(),
        "一带道路破损严重，雨天积水，影响群众出行，请求尽快修复。",
    ),
    lambda x, r: T(
        "来电人",
        nm(x.person()["name"]),
        "反映，其父亲",
        nm(x.person(age=(70, 90), male=True)["name"]),
        "患有",
        hl(r.choice(["阿尔茨海默病", "脑梗死后遗症", "帕金森病"])),
        "，于今日上午从家中（",
        adr(x.addr()),
        "）走失，请求协助寻找。",
    ),
    lambda x, r: T(
        "来电人反映，车牌号为",
        (gen_plate(r, x.C), "license_plate"),
        "的车辆长期占用",
        x.rng.choice(x.C["comm"]),
        "小区消防通道，存在安全隐患，请求处理。",
    ),
    lambda x, r: T(
        "来电人",
        nm(x.person()["name"]),
        "（身份证号：",
        idc(x.person()["id"]),
        "）反映，其在",
        x.town(),
        "务工期间被拖欠工资",
        str(r.randint(3, 40) * 1000),
        "元，包工头",
        nm(x.person(male=True)["name"]),
        "（电话",
        mob(r, gen_mobile(r)),
        "）拒不支付，请求帮助追讨。",
    ),
    lambda x, r: T(
        "来电人反映，其",
        r.choice(["儿子", "女儿"]),
        nm(x.person(age=(6, 15))["name"]),
        "系",
        hl("残疾学生"),
        "，希望了解送教上门和生活补助政策。",
    ),
    lambda x, r: T("来电人反映，", x.town(), "某超市出售过期食品，要求查处。"),
    lambda x, r: T(
        "来电人",
        nm(x.person()["name"]),
        "反映，其母亲",
        nm(x.person(age=(65, 90), male=False)["name"]),
        "为",
        hl(r.choice(["肢体残疾二级", "视力残疾一级", "精神残疾二级"])),
        "，至今未领到护理补贴，请求核实。",
    ),
    lambda x, r: T("来电人反映，其家中（", adr(x.addr("rural")), "）自来水停水已三天，请求尽快恢复供水。"),
    lambda x, r: T(
        "台胞",
        nm(x.person()["name"]),
        "（台湾居民来往大陆通行证号码",
        (gen_tw(r), "tw_permit"),
        "）反映，其在",
        x.cname,
        "投资的茶叶加工项目用地手续办理缓慢，请求协调。",
    ),
    lambda x, r: T("来电人反映，邮箱", (gen_email(r), "email"), "多次收到冒充社保局的诈骗邮件，请求核查。"),
]


def fam_hotline(x):
    """12345 热线 工单 办结 公示 -- flattened HTML tables / blocks."""
    rng, C = x.rng, x.C
    y = x.year
    m = rng.randint(1, 12)
    var = rng.choice(["block", "html", "tab"])
    segs = T(
        rng.choice(
            [
                f"{x.cname}12345政务服务便民热线{y}年{m}月工单办理情况公示",
                f"关于{y}年第{rng.choice('一二三四')}季度12345热线诉求办结情况的公示",
            ]
        ),
        "\n",
    )
    if rng.random() < 0.5:
        segs += T(
            f"索引号：{index_no(rng, C)}    发布机构：{x.cname}人民政府办公室    发布日期：{y}-{m:02d}-{rng.randint(1, 28):02d}\n"
        )
    n = rng.randint(2, 3)
    tickets = []
    for i in range(n):
        p = x.person()
        d = rand_date(rng, y, y)
        tno = rng.choice(
            [
                f"{y}{m:02d}{d.day:02d}{rng.randint(10**5, 10**6 - 1)}",
                bad18(rng),
                f"HY{d:%Y%m%d}{rng.randint(1000, 9999)}",
            ]
        )
        r = rng.random()
        who = (
            T(p["name"][0] + rng.choice(["女士", "先生"]))
            if r < 0.5
            else (T(nm(p["name"])) if r < 0.75 else T("匿名"))
        )
        r = rng.random()
        tel = (
            T(mask_mobile(rng, p["mobile"]))
            if r < 0.5
            else (T(mob(rng, p["mobile"])) if r < 0.8 else T((gen_landline(rng, C), "landline")))
        )
        content = rng.choice(HOT_TPL)(x, rng)
        unit = rng.choice(
            [
                x.town() + "人民政府",
                f"{x.cname}住房和城乡建设局",
                f"{x.cname}民政局",
                f"{x.cname}人力资源和社会保障局",
                f"{x.cname}市场监督管理局",
                f"{x.cname}公安局",
            ]
        )
        result = T(
            rng.choice(
                [
                    "经核实，已联系来电人说明情况，问题已解决。",
                    "经现场核查，已责令整改，来电人表示认可。",
                    "已转相关部门依法处理，并向来电人反馈。",
                ]
            )
        )
        if rng.random() < 0.3:
            result = T("已联系来电人（", mob(rng, p["mobile"]), "）", result)
        tickets.append(
            (
                tno,
                dstr(d, 1) + f" {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
                who,
                tel,
                content,
                unit,
                result,
                rng.choice(["满意", "基本满意", "满意", "不满意"]),
            )
        )
    if var == "block":
        for t in tickets:
            segs += T(
                "工单编号：",
                t[0],
                "\n来电时间：",
                t[1],
                "\n诉求人：",
                t[2],
                "    联系电话：",
                t[3],
                "\n诉求内容：",
                t[4],
                "\n承办单位：",
                t[5],
                "\n办理结果：",
                t[6],
                "\n回访情况：",
                t[7],
                "\n\n",
            )
    elif var == "html":
        hdr = [
            "序号",
            "工单编号",
            "受理时间",
            "诉求人",
            "联系方式",
            "诉求内容",
            "承办单位",
            "办理结果",
            "满意度",
        ]
        rows = [hdr] + [
            [str(i + 1)] + [t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]] for i, t in enumerate(tickets)
        ]
        segs += cell_lines(rows, blank_between=rng.random() < 0.5, skip_empty=False)
    else:
        rows = [
            ["序号", "工单号", "来电时间", "诉求人", "电话", "诉求内容", "承办单位", "办理结果", "回访"]
        ] + [[str(i + 1), t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]] for i, t in enumerate(tickets)]
        segs += tab_rows(rows)
    segs += T(
        ""
        if rng.random() < 0.4
        else f"注：来电人个人信息已按规定作脱敏处理。如对办理结果有异议，请拨打12345或{office_phone(rng, C)}，"
        f"邮箱：{PYAB[x.cname]}12345@163.com。\n"
    )
    return segs


def fam_land(x):
    """征地补偿 安置 公示 -- pdftotext -layout with wrapped cells, page breaks."""
    rng, C = x.rng, x.C
    y = x.year
    town = x.town()
    vill = x.vill()
    var = rng.choice(["land", "land", "house"])
    no = f"{C['ab']}府征{rng.choice(['公', '补', ''])}〔{y}〕{rng.randint(1, 60)}号"
    segs = T(
        " " * 24,
        f"{x.cname}人民政府\n",
        " " * 10,
        f"关于{town}{vill}集体土地征收补偿安置方案的公示\n",
        " " * 60,
        no,
        "\n\n",
    )
    intro = (
        f"    根据《中华人民共和国土地管理法》等规定，经{C['city']}人民政府批准，"
        f"{town}{vill}部分集体土地（{rng.randint(20, 300)}.{rng.randint(0, 9)}亩）被依法征收。现将征收补偿安置"
        f"情况予以公示，公示期为{rng.choice([10, 15, 30])}日。"
    )
    segs += hard_wrap(T(intro), rng.choice([78, 86, 92])) + T("\n\n")
    valign = rng.choice(["top", "middle", "between", "between"])
    if var == "land":
        widths = [4, rng.choice([8, 10, 12]), 19, 6, 5, 7, 11, 11, 9, rng.choice([10, 14])]
        align = ["r", "l", "l", "l", "l", "r", "r", "r", "r", "l"]
        hdr = [
            ["序号", "被征地", "身份证号码", "所在", "地类", "面积", "补偿费用（元）", "", "", "备注"],
            ["", "农户", "", "组", "", "（亩）", "土地补偿费", "安置补助费", "青苗补偿", ""],
        ]
    else:
        widths = [4, rng.choice([8, 10]), 20, rng.choice([16, 20, 24]), 6, 9, 12, 10]
        align = ["r", "l", "l", "l", "l", "r", "r", "l"]
        hdr = [
            ["序号", "被征收人", "身份证号码", "房屋坐落", "结构", "面积（㎡）", "补偿金额（元）", "安置方式"]
        ]
    n = rng.randint(3, 4)
    rows = []
    for i in range(n):
        p = x.person(age=(30, 88))
        namecell = T(nm(p["name"]))
        if rng.random() < 0.15:
            namecell = T(nm(p["name"]), "（已故）")
        if var == "land":
            grp = x.group()
            note = ""
            r = rng.random()
            if r < 0.15:
                note = T("由其子", nm(x.person(age=(25, 50), male=True)["name"]), "代领")
            elif r < 0.25:
                note = T("户主", hl(rng.choice(["重度残疾", "长期卧床"])))
            elif r < 0.35:
                note = "含坟墓迁移"
            area = rng.randint(50, 3500) / 1000
            rows.append(
                [
                    str(i + 1),
                    namecell,
                    [idc(p["id"])] if rng.random() > 0.1 else mask_id(rng, p["id"]),
                    grp,
                    rng.choice(["水田", "旱地", "林地", "园地"]),
                    f"{area:.3f}",
                    money(rng, 1000, 90000),
                    money(rng, 1000, 90000),
                    money(rng, 100, 5000),
                    note,
                ]
            )
        else:
            a = (
                x.addr(kind="rural", town=town, vill=vill, prefix="")
                if rng.random() < 0.7
                else x.addr(kind="urban", town=town, prefix="")
            )
            sett = rng.choice(["货币安置", "产权调换", "货币安置+社保", "集中安置（定向房）"])
            rows.append(
                [
                    str(i + 1),
                    namecell,
                    [idc(p["id"])],
                    [adr(a)],
                    rng.choice(["砖混", "砖木", "框架", "土木"]),
                    f"{rng.randint(40, 320)}.{rng.randint(0, 99):02d}",
                    money(rng, 30000, 600000),
                    sett,
                ]
            )
    if var == "land" and rng.random() < 0.5:  # no 青苗 column
        drop = 8
        widths = widths[:drop] + widths[drop + 1 :]
        align = align[:drop] + align[drop + 1 :]
        hdr = [h[:drop] + h[drop + 1 :] for h in hdr]
        rows = [r[:drop] + r[drop + 1 :] for r in rows]
    per = rng.choice([2, 3, 4, 100])
    page = 1
    body = layout_rows(hdr, widths, valign="top", align=align, wrap=False)
    for i in range(0, n, per):
        if i:
            body += T("\n", " " * 36, f"— {page} —", "\n\f")
            page += 1
            if rng.random() < 0.6:
                body += T(" " * 20, f"{town}{vill}征地补偿安置明细表（续）\n")
                body += layout_rows(hdr, widths, valign="top", align=align, wrap=False)
        body += layout_rows(rows[i : i + per], widths, valign=valign, align=align)
    segs += body
    segs += T(
        "\n    备注：1.地类和面积以勘测定界成果为准；2.补偿资金由"
        if rng.random() < 0.6
        else "\n    补偿资金由",
        f"{x.cname}财政局专户（开户行：中国农业银行{x.cname}支行，账号：",
        office_account(rng),
        "）直接拨付至被征地农户一卡通账户；3.咨询电话：",
        office_phone(rng, C),
        f"，监督电话：12345。\n",
    )
    segs += T(
        " " * 44,
        f"{x.cname}自然资源局\n",
        " " * 44,
        dstr(rand_date(rng, y, y)),
        "\n",
        " " * 36,
        f"— {page} —\n",
    )
    return segs


def fam_estate(x):
    """不动产 登记 公告."""
    rng, C = x.rng, x.C
    y = x.year
    var = rng.choice(["first", "first", "lost", "correct"])
    segs = []
    if var == "first":
        segs += T(
            "不动产首次登记公告\n", f"{x.cname}不动产登记中心公告〔{y}〕第{rng.randint(1, 200):03d}号\n"
        )
        segs += T(
            ""
            if rng.random() < 0.4
            else "    经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条的规定，"
            f"现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达我机构。逾期无人提出异议或者异议"
            f"不成立的，我机构将予以登记。\n"
        )
        segs += T(
            ""
            if rng.random() < 0.4
            else f"    异议书面材料送达地址：{x.cname}{x.town()}{rng.choice(C['streets'])}{rng.randint(1, 200)}号政务服务中心"
            f"{rng.randint(1, 3)}楼不动产登记窗口\n    联系方式：{office_phone(rng, C)}\n    邮政编码：{C['post']}\n"
        )
        rows = [
            ["序号", "权利人", "不动产权利类型", "不动产坐落", "不动产单元号", "面积（㎡）", "用途", "备注"]
        ]
        n = rng.randint(2, 4)
        for i in range(n):
            p = x.person(age=(28, 90))
            names = T(nm(p["name"]))
            if rng.random() < 0.35:
                q = x.person(age=(28, 90))
                names = T(nm(p["name"]), rng.choice(["、", "，", "\n", " "]), nm(q["name"]))
            kind = rng.choice(
                ["宅基地使用权/房屋所有权", "宅基地使用权/房屋所有权", "国有建设用地使用权/房屋所有权"]
            )
            if kind.startswith("宅"):
                loc = x.addr("rural", prefix=rng.choice(["", x.cname]))
                if rng.random() < 0.15:
                    loc = x.village_only()
            else:
                loc = x.addr(rng.choice(["urban", "comm"]), prefix=rng.choice(["", x.cname]))
            unit = f"{C['code']}{rng.randint(100, 120)}{rng.randint(1, 30):03d}JC{rng.randint(1, 99999):05d}F{rng.randint(1, 99):04d}{rng.randint(1, 20):04d}"
            note = ""
            if rng.random() < 0.3:
                note = (
                    T("港澳居民，回乡证号", (gen_hkm(rng), "hk_macau_permit"))
                    if rng.random() < 0.5
                    else T("权利人现居国外，护照号", (gen_passport(rng), "passport"))
                )
            rows.append(
                [
                    str(i + 1),
                    names,
                    kind,
                    [adr(loc)] if not loc.endswith("村") else loc,
                    unit,
                    f"{rng.randint(60, 400)}.{rng.randint(0, 99):02d}",
                    ("农村宅基地" if kind.startswith("宅") else rng.choice(["住宅", "成套住宅"])),
                    note,
                ]
            )
        if rng.random() < 0.5:
            segs += tab_rows(rows)
        else:
            segs += layout_rows(rows, [4, 14, 16, 22, 30, 10, 10, 18], valign=rng.choice(["top", "between"]))
    elif var == "lost":
        p = x.person(age=(30, 90))
        co = x.person(age=(30, 90), male=not p["male"]) if rng.random() < 0.5 else None
        loc = x.addr(
            rng.choice(["urban", "comm", "rural"]),
            prefix=rng.choice([x.cname, C["prov"] + C["city"] + x.cname]),
        )
        segs += T("不动产权证书遗失（灭失）补发公告\n", f"{C['ab']}不动产补公〔{y}〕{rng.randint(1, 99)}号\n")
        body = T(
            "    ",
            nm(p["name"]),
            rng.choice(["（身份证号码：", "（公民身份号码", "（证件号："]),
            idc(p["id"]),
            "）",
            T("、", nm(co["name"]), "（身份证号码：", idc(co["id"]), "）") if co else "",
            "不慎将坐落于",
            adr(loc),
            f"的《不动产权证书》（证号：{C['prov'][0]}（{y - rng.randint(2, 8)}）{x.cname}不动产权第"
            f"{rng.randint(1, 20000):07d}号）遗失，现申请补发。",
        )
        if rng.random() < 0.5:
            old = p["id"][:6] + p["id"][8:17] if p["birth"].year < 1990 else None
            if old:
                body += T("原《房屋所有权证》登记的身份证号码为", (old, "id_card_15"), "，现已升位为18位。")
        body += T(
            "根据《不动产登记暂行条例实施细则》第二十二条规定，现予公告，原证书作废。如有异议，请自公告之日起十五个工作日内"
            f"向我中心书面提出。\n    联系电话：{office_phone(rng, C)}\n"
        )
        segs += hard_wrap(body, rng.choice([70, 80, 200]))
        segs += T(
            f"                                      {x.cname}不动产登记中心\n                                      "
            f"{dstr(rand_date(rng, y, y))}\n"
        )
    else:
        segs += T("不动产更正登记公告\n")
        n = rng.randint(2, 4)
        for i in range(n):
            p = x.person(age=(30, 90))
            loc = x.addr(rng.choice(["rural", "urban", "comm"]))
            field = rng.choice(["权利人姓名", "身份证号码", "面积"])
            if field == "权利人姓名":
                wrong = p["name"][:-1] + rng.choice("华芳英明")
                chg = T("原登记权利人姓名“", wrong, "”有误，更正为“", nm(p["name"]), "”")
            elif field == "身份证号码":
                old = p["id"][:6] + p["id"][8:17] if p["birth"].year < 1985 else None
                chg = T(
                    "原登记身份证号码",
                    (old, "id_card_15") if old else mask_id(rng, p["id"]),
                    "更正为",
                    idc(p["id"]),
                )
            else:
                chg = T(
                    f"原登记面积{rng.randint(60, 300)}.{rng.randint(0, 99):02d}㎡更正为{rng.randint(60, 300)}."
                    f"{rng.randint(0, 99):02d}㎡"
                )
            segs += hard_wrap(
                T(
                    f"    {cn_num(i + 1)}、权利人：",
                    nm(p["name"]),
                    "；坐落：",
                    adr(loc),
                    "；更正事项：",
                    chg,
                    "。\n",
                ),
                rng.choice([72, 90, 300]),
            )
        segs += T(
            f"    公告期自{y}年{rng.randint(1, 12)}月{rng.randint(1, 10)}日起十五个工作日。联系电话：{office_phone(rng, C)}。\n"
        )
    if rng.random() < 0.3:
        segs += T(f"索引号：{index_no(rng, C)}\n")
    return segs


def fam_order(x):
    """行政强制 / 责令改正 通知书."""
    rng, C = x.rng, x.C
    y = x.year
    bureau = rng.choice(
        ["交通运输局", "自然资源局", "住房和城乡建设局", "综合行政执法局", "市场监督管理局", "农业农村局"]
    )
    var = rng.choice(["person", "person", "person", "shop", "corp", "notice"])
    doc = rng.choice(["责令改正通知书", "责令限期拆除决定书", "行政强制执行催告书", "责令停止违法行为通知书"])
    segs = T(
        f"{x.cname}{bureau}\n{doc}\n{C['ab']}{bureau[:2]}{rng.choice(['责改', '强催', '罚'])}〔{y}〕第{rng.randint(1, 300):04d}号\n"
    )
    p = x.person(age=(22, 70))
    home = x.addr()
    if var in ("person", "notice"):
        segs += T("当事人：", nm(p["name"]), "\n")
        if rng.random() < 0.8:
            segs += T(rng.choice(["身份证号码：", "公民身份号码："]), idc(p["id"]), "\n")
        segs += T(rng.choice(["住址：", "住所：", "家庭住址："]), adr(home), "\n")
        if rng.random() < 0.7:
            segs += T("联系电话：", mob(rng, p["mobile"]), "\n")
        you = "你"
    elif var == "shop":
        shop = f"{x.cname}{p['name'][0]}记{rng.choice(['小吃店', '副食店', '农资经营部', '汽修店'])}"
        segs += T(
            f"当事人：{shop}（个体工商户）\n统一社会信用代码：{credit_code(rng, C['code'], '92')}\n经营者：",
            nm(p["name"]),
            "  身份证号码：",
            idc(p["id"]),
            "\n经营场所：",
            f"{x.cname}{x.town()}{rng.choice(C['streets'])}{rng.randint(1, 200)}号",
            "\n联系电话：",
            mob(rng, p["mobile"]),
            "\n",
        )
        you = "你（单位）"
    else:
        cn = (
            f"{C['city'][:2]}{rng.choice(['恒', '瑞', '众'])}{rng.choice(['通', '达', '信'])}"
            f"{rng.choice(['物流', '矿业', '建设工程'])}有限公司"
        )
        segs += T(
            f"当事人：{cn}\n统一社会信用代码：{credit_code(rng, C['code'])}\n法定代表人：{x.official()}\n"
            f"住所：{x.cname}{x.town()}{rng.choice(C['streets'])}{rng.randint(1, 200)}号\n联系电话：{office_phone(rng, C)}\n"
        )
        you = "你单位"
    facts = []
    if bureau == "交通运输局":
        pl = gen_plate(rng, C)
        tr = (
            T("（挂车号牌", (gen_plate(rng, C, trailer=True), "license_plate"), "）")
            if rng.random() < 0.4
            else ""
        )
        drv = (
            T("驾驶员", nm(x.person(male=True)["name"]), "（驾驶证号", idc(x.person(male=True)["id"]), "）")
            if var == "corp" and rng.random() < 0.7
            else ""
        )
        facts = T(
            f"经查，{you}于{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            drv,
            "驾驶号牌为",
            (pl, "license_plate"),
            tr,
            f"的重型货车在G{rng.choice([93, 213, 219, 247, 318, 351])}线{x.town()}路段超限运输，车货总重"
            f"{rng.randint(50, 90)}.{rng.randint(0, 9)}吨，超过限定标准。",
        )
    elif bureau in ("自然资源局", "农业农村局"):
        facts = T(
            f"经查，{you}未经批准，擅自在{x.town()}{x.vill()}{rng.choice(['', x.group()])}占用"
            f"{rng.choice(['耕地', '林地', '基本农田'])}{rng.randint(50, 900)}平方米建设{rng.choice(['住房', '厂棚', '养殖场'])}。"
        )
    elif bureau in ("住房和城乡建设局", "综合行政执法局"):
        facts = T(
            f"经查，{you}在",
            adr(home) if var != "corp" else f"{x.cname}{x.town()}{rng.choice(C['streets'])}",
            f"{rng.choice(['房屋顶层', '院内', '屋后'])}未取得建设工程规划许可证擅自搭建彩钢棚约{rng.randint(10, 200)}平方米。",
        )
    else:
        facts = T(
            f"经查，{you}于{y}年{rng.randint(1, 12)}月销售的{rng.choice(['散装白酒', '猪肉', '农药', '食用油'])}经抽检不合格。"
        )
    segs += T("    ", facts)
    if var == "notice":
        segs += T("因", nm(p["name"]), "下落不明，无法直接送达，依法予以公告送达。")
    law = {
        "交通运输局": "中华人民共和国公路法",
        "自然资源局": "中华人民共和国土地管理法",
        "农业农村局": "中华人民共和国土地管理法",
        "住房和城乡建设局": "中华人民共和国城乡规划法",
        "综合行政执法局": "中华人民共和国城乡规划法",
    }.get(bureau, "中华人民共和国食品安全法")
    segs += T(
        f"上述行为违反了《{law}》"
        f"第{cn_num(rng.randint(10, 80))}条的规定。现责令{you}于{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日前改正"
        "违法行为，逾期不改正的，本机关将依法申请人民法院强制执行。\n"
    )
    if rng.random() < 0.3 and var in ("person", "notice"):
        segs += T(
            "    鉴于当事人",
            nm(p["name"]),
            "患有",
            hl(rng.choice(DIAG)),
            "，本机关依法给予其",
            str(rng.randint(15, 60)),
            "日宽限期。\n",
        )
    segs += T(
        ""
        if rng.random() < 0.3
        else f"    如不服本{doc[-3:]}，可在收到之日起六十日内向{x.cname}人民政府申请行政复议，或者在六个月内依法向"
        f"{x.cname}人民法院提起行政诉讼。\n"
    )
    o1, o2 = x.official(), x.official()
    segs += T(
        f"执法人员：{o1}（执法证号：{C['code'][:4]}{rng.randint(10**6, 10**7 - 1)}）  {o2}（执法证号："
        f"{C['code'][:4]}{rng.randint(10**6, 10**7 - 1)}）\n联系电话：{office_phone(rng, C)}",
        rng.choice(["", T("  ", o1, "手机：", mob(rng, gen_mobile(rng)))]),
        "\n",
    )
    segs += T(
        f"                              {x.cname}{bureau}（印章）\n                              {dstr(rand_date(rng, y, y))}\n"
    )
    if rng.random() < 0.5:
        segs += T(
            "当事人签收：",
            nm(p["name"]) if var in ("person", "notice", "shop") and rng.random() < 0.6 else "",
            "     签收时间：    年  月  日\n",
        )
    if rng.random() < 0.2:
        segs = ocr_noise(fullwidth(segs, rng, 0.7), rng, 0.05)
    return segs


def fam_student(x):
    """学生 营养餐 / 资助 名单."""
    rng, C = x.rng, x.C
    y = x.year
    town = x.town()
    school = rng.choice(
        [
            f"{x.cname}{town}中心小学",
            f"{x.cname}{town}{x.vill()[:-1]}小学",
            f"{x.cname}第一中学",
            f"{x.cname}民族中学",
            f"{x.cname}{town}初级中学",
            f"{x.cname}职业技术学校",
            f"{x.cname}{rng.choice(SUR)}家湾小学",
        ]
    )
    prog = rng.choice(
        ["农村义务教育学生营养改善计划受益学生", "家庭经济困难学生生活补助", "国家助学金", "雨露计划"]
    )
    lay = rng.choice(["csv", "tab", "layout", "tab"])
    sch_col = rng.random() < 0.4
    idk = rng.choice(["id", "g", "mask", "id"])
    gcol = rng.random() < 0.6
    pcol = gcol and rng.random() < 0.6
    bcol = gcol and rng.random() < 0.3
    hdr = (
        ["序号"]
        + (["学校"] if sch_col else [])
        + [
            "年级",
            "班级",
            "学生姓名",
            "性别",
            {"id": "身份证号", "g": "全国学籍号", "mask": "身份证号"}[idk],
            "资助类别",
            "金额（元）",
        ]
        + (["监护人"] if gcol else [])
        + (["联系电话"] if pcol else [])
        + (["银行卡号"] if bcol else [])
    )
    rows = [hdr]
    n = rng.randint(2, 5)
    for i in range(n):
        s = x.person(age=(6, 17))
        g = x.person(age=(28, 60))
        grade = [
            "一年级",
            "二年级",
            "三年级",
            "四年级",
            "五年级",
            "六年级",
            "七年级",
            "八年级",
            "九年级",
            "高一",
            "高二",
            "高三",
        ][min(11, max(0, s["age"] - 6))]
        cat = rng.choice(
            ["脱贫家庭", "低保家庭", "特困供养", "孤儿", "残疾学生", "监测户", "一般困难", "建档立卡"]
        )
        r = (
            [str(i + 1)]
            + ([school] if sch_col else [])
            + [
                grade,
                f"{rng.randint(1, 6)}班",
                [nm(s["name"])] if rng.random() > 0.05 else nmx(rng, s["name"], 1),
                s["gender"],
            ]
        )
        r.append({"id": [idc(s["id"])], "g": T("G", idc(s["id"])), "mask": mask_id(rng, s["id"])}[idk])
        r.append([hl(cat)] if cat == "残疾学生" else cat)
        r.append(str(rng.choice([500, 625, 1000, 1250, 1500, 3000])))
        if gcol:
            r.append([nm(g["name"])])
        if pcol:
            r.append([mob(rng, g["mobile"])] if rng.random() < 0.8 else mask_mobile(rng, g["mobile"]))
        if bcol:
            c, _ = gen_card(rng)
            r.append([("%s" % c, "bank_card")])
        rows.append(r)
    title = f"{school}{y}年{rng.choice(['春季', '秋季'])}学期{prog}名单"
    segs = T(title, "\n")
    if lay == "csv":
        segs = csv_rows([[title] + [""] * (len(hdr) - 1)] + rows)
    elif lay == "tab":
        segs += tab_rows(rows)
    else:
        widths = (
            [4]
            + ([24] if sch_col else [])
            + [8, 5, 10, 4, 20 if idk != "g" else 22, 10, 8]
            + ([10] if gcol else [])
            + ([13] if pcol else [])
            + ([21] if bcol else [])
        )
        segs += layout_rows(rows[:1], widths, wrap=False) + layout_rows(
            rows[1:], widths, valign=rng.choice(["top", "middle"])
        )
    segs += T(f"班主任：{x.official()}    经办人：{x.official()}    校长：{x.official()}\n")
    if rng.random() < 0.6:
        segs += T(f"公示期：5个工作日。监督电话：{office_phone(rng, C)}（县教育体育局学生资助管理中心）\n")
    return segs


def fam_petition(x):
    """信访 事项 答复意见书 -- letter prose; hard-wrapped, sometimes OCR-ish."""
    rng, C = x.rng, x.C
    y = x.year
    bureau = rng.choice(
        ["人民政府办公室", "自然资源局", "民政局", "人力资源和社会保障局", "住房和城乡建设局", "卫生健康局"]
    )
    p = x.person(age=(25, 80))
    home = x.addr()
    d0 = rand_date(rng, y, y)
    paras = [
        T(f"{x.cname}{bureau}"),
        T(rng.choice(["信访事项处理意见书", "信访事项答复意见书", "信访事项复查意见书"])),
        T(f"{C['ab']}{bureau[:2]}信复〔{y}〕{rng.randint(1, 80)}号"),
        T(
            nm(p["name"]) if rng.random() < 0.85 else nmx(rng, p["name"], 1.0),
            rng.choice(["：", "同志：", "先生：" if p["male"] else "女士："]),
        ),
    ]
    intro = T(
        "你",
        rng.choice(
            [
                T(
                    "（身份证号码：",
                    idc(p["id"]),
                    "，住",
                    adr(home),
                    "，联系电话：",
                    mob(rng, p["mobile"]),
                    "）",
                ),
                T("（住", adr(home), "）"),
                T("（联系电话：", mob(rng, p["mobile"]), "）"),
                T("（公民身份号码", idc(p["id"]), "）"),
            ]
        ),
        f"于{dstr(d0)}通过{rng.choice(['“网上信访”系统', '来访', '来信', '12345热线转办'])}"
        f"（信访件编号：{rng.choice([bad18(rng, '510000' if C['code'][:2] == '51' else C['code'][:2] + '0000'), 'XF' + str(rng.randint(10**12, 10**13 - 1))])}）"
        f"反映的问题，本机关已于{dstr(d0 + timedelta(days=rng.randint(1, 10)))}依法受理。现将处理意见答复如下：",
    )
    paras.append(intro)
    topic = rng.choice(["low", "med", "land", "wage", "house"])
    rel = x.person(age=(40, 90))
    if topic == "low":
        body = T(
            "你反映要求将你家纳入最低生活保障的问题。经调查核实：你家共",
            str(rng.randint(2, 6)),
            "口人，你的",
            rng.choice(["丈夫", "妻子", "儿子", "母亲"]),
            nm(rel["name"]),
            "患有",
            hl(rng.choice(DIAG)),
            "，",
            rng.choice(["需长期服药", "已丧失劳动能力", "每周需透析三次"]),
            f"。经入户核查，你家{y - 1}年人均月收入高于当地低保标准，暂不符合纳入条件，但可按规定申请临时救助。",
        )
    elif topic == "med":
        body = T(
            "你反映",
            nm(rel["name"]),
            f"在{rng.choice(HOSP[x.cname])}住院期间医疗费用报销比例偏低的问题。经核查，",
            nm(rel["name"]),
            "因",
            hl(rng.choice(DIAG)),
            "住院治疗，总费用",
            money(rng, 10000, 200000),
            "元，已按政策享受基本医保、大病保险和医疗救助，报销比例符合规定。",
        )
    elif topic == "land":
        body = T(
            f"你反映{x.town()}{x.vill()}征地补偿款分配不公的问题。经调查，你户被征收耕地{rng.randint(1, 9)}.{rng.randint(0, 9)}亩，"
            "补偿款已于",
            dstr(rand_date(rng, y - 1, y - 1)),
            "足额打入你的银行卡（卡号：",
            (fmt_card(rng, gen_card(rng)[0]), "bank_card"),
            "），不存在截留问题。",
        )
    elif topic == "wage":
        boss = x.person(male=True)
        body = T(
            "你反映在",
            x.town(),
            "某工地务工被拖欠工资的问题。经县人社局调查，包工头",
            nm(boss["name"]),
            "（联系电话",
            mob(rng, boss["mobile"]),
            f"）已于{dstr(rand_date(rng, y, y))}支付你工资{rng.randint(5, 40) * 1000}元。",
        )
    else:
        nb = x.person()
        body = T(
            "你反映邻居",
            nm(nb["name"]),
            "在",
            adr(x.addr()),
            "违规加层建房影响你家采光的问题。经现场核查，",
            "该建筑已责令停工，当事人已自行拆除违建部分。",
        )
    if rng.random() < 0.15:
        body += T(
            "你在台湾工作的女儿",
            nm(x.person(male=False, age=(20, 45))["name"]),
            "（往来台湾通行证号码",
            ("L" + str(rng.randint(10**7, 10**8 - 1)), "tw_permit"),
            "）如需委托办理，须提交经公证的委托书。",
        )
    if rng.random() < 0.15:
        body += T("如需书面材料，可发送至你提供的邮箱", (gen_email(rng, p["mobile"]), "email"), "。")
    paras.append(body)
    if rng.random() < 0.6:
        paras.append(
            T(f"如对本处理意见不服，可以自收到本意见书之日起30日内，向{x.cname}人民政府提出复查申请。")
        )
    paras.append(
        T(
            f"联系人：{x.official()}  联系电话：{office_phone(rng, C)}",
            rng.choice(["", T("、", mob(rng, gen_mobile(rng)))]),
            f"  单位邮箱：{PYAB[x.cname]}xfj@163.com",
        )
    )
    paras.append(T(" " * 30 + f"{x.cname}{bureau}"))
    paras.append(T(" " * 30 + dstr(d0 + timedelta(days=rng.randint(20, 58)))))
    segs = []
    for i, pa in enumerate(paras):
        segs += T("    " if i == 4 or i in (5, 6, 7) else "", pa, "\n")
    if rng.random() < 0.6:
        segs = hard_wrap(segs, rng.choice([60, 68, 76]))
    if rng.random() < 0.3:
        segs = fullwidth(segs, rng, 0.9)
    if rng.random() < 0.2:
        segs = ocr_noise(segs, rng, 0.06)
    return segs


FAMILIES = [
    ("残疾人两项补贴名单", fam_disab),
    ("医疗救助一站式结算台账", fam_med),
    ("临时救助审批表", fam_relief),
    ("法律援助/人民调解协议书", fam_agree),
    ("12345热线工单办结公示", fam_hotline),
    ("征地补偿安置公示", fam_land),
    ("不动产登记公告", fam_estate),
    ("行政强制/责令改正通知书", fam_order),
    ("学生营养餐/资助名单", fam_student),
    ("信访事项答复意见书", fam_petition),
]


def make_doc(seed, i):
    rng = random.Random(f"{seed}-{i}")
    fname, fn = FAMILIES[i % len(FAMILIES)]
    x = Ctx(rng, rng.choice(list(COUNTIES)))
    segs = fn(x)
    text, spans = render(segs)
    return {"type": fname, "text": text, "spans": spans}


# ----------------------------------------------------------------------------- checking
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


def valid_date(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check_span(kind, raw):
    if raw != raw.strip():
        return "leading/trailing whitespace"
    s = norm(raw)
    if kind == "id_card":
        s = s.upper()
        if not re.fullmatch(r"\d{17}[\dX]", s):
            return "id shape"
        if s[:6] not in KNOWN_CODES:
            return "county code"
        if not valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14])) or not 1900 < int(s[6:10]) < 2026:
            return "birth date"
        if id_check(s[:17]) != s[17]:
            return "checksum"
    elif kind == "id_card_15":
        if not re.fullmatch(r"\d{15}", s) or s[:6] not in KNOWN_CODES:
            return "id15 shape"
        if not valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12])):
            return "id15 date"
    elif kind == "mobile":
        d = re.sub(r"\D", "", s)
        if len(d) == 13 and d.startswith("86"):
            d = d[2:]
        if not re.fullmatch(r"1[3-9]\d{9}", d) or d[:3] not in MOB_PRE:
            return "mobile"
        if not re.fullmatch(r"(\+?86[- ]?)?[\d -]+", s):
            return "mobile chars"
    elif kind == "landline":
        d = re.sub(r"\D", "", s)
        if not 7 <= len(d) <= 12 or d in ("12345", "12348", "12349"):
            return "landline"
    elif kind == "bank_card":
        d = re.sub(r"\D", "", s)
        if not 16 <= len(d) <= 19 or not luhn_ok(d) or not any(d.startswith(b) for b in BINS):
            return "bank card"
    elif kind == "email":
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", s):
            return "email"
    elif kind == "passport":
        if not re.fullmatch(r"[EG][A-Z0-9]\d{7}", s):
            return "passport"
    elif kind == "hk_macau_permit":
        if not re.fullmatch(r"[CW][A-Z0-9]\d{7}|[HM]\d{8}(\d{2})?", s):
            return "hk_macau"
    elif kind == "tw_permit":
        if not re.fullmatch(r"L\d{8}|\d{8}|\d{10}", s):
            return "tw"
    elif kind == "license_plate":
        if not re.fullmatch(r"[%s][A-Z][·•]?([A-Z0-9]{5,6}|[A-Z0-9]{4}挂)" % PROV_AB, s):
            return "plate"
    elif kind == "name":
        if not re.fullmatch(r"[\u4e00-\u9fff·•.・]{2,16}", s) or not re.search(r"[\u4e00-\u9fff]", s):
            return "name"
        if "某" in s or "*" in s:
            return "masked name"
    elif kind == "address":
        if not re.search(r"[\u4e00-\u9fff]", s) or len(s) < 2 or re.search(r"[，。：；、,;:]", s):
            return "address"
    elif kind == "health":
        if not re.search(r"[\u4e00-\u9fff]", s) or len(s) < 2 or len(s) > 80:
            return "health"
    else:
        return "unknown kind"
    return None


def check_file(path):
    bad = 0
    kinds = Counter()
    fam = Counter()
    ndocs = 0
    addr_marker = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            d = json.loads(line)
            ndocs += 1
            fam[d["type"]] += 1
            text = d["text"]
            last = 0
            for sp in sorted(d["spans"], key=lambda s: (s["start"], s["end"])):
                k, a, b = sp["kind"], sp["start"], sp["end"]
                err = None
                if k not in KINDS:
                    err = "unknown kind"
                elif not (0 <= a < b <= len(text)):
                    err = "out of range"
                elif a < last:
                    err = "overlap"
                else:
                    err = check_span(k, text[a:b])
                if err:
                    bad += 1
                    if bad <= 30:
                        print(f"line {ln}: {k} [{a},{b}] {text[a:b]!r}: {err}")
                if 0 <= a < b <= len(text):
                    last = max(last, b)
                kinds[k] += 1
                if k == "address" and re.search(r"(号|栋|幢|单元|室|组|楼|户)", norm(text[a:b])):
                    addr_marker += 1
    print(f"docs: {ndocs}  spans: {sum(kinds.values())}  bad: {bad}")
    for k in KINDS:
        print(f"  {k:16s} {kinds[k]}")
    print(f"  (addresses with 号/栋/单元/室/组 marker: {addr_marker}; others are wrap fragments)")
    return bad == 0


def stats(docs):
    kinds = Counter()
    byfam = defaultdict(Counter)
    size = 0
    for d in docs:
        size += len(json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode()) + 1
        for s in d["spans"]:
            kinds[s["kind"]] += 1
            byfam[d["type"]][s["kind"]] += 1
    print(f"docs {len(docs)}  spans {sum(kinds.values())}  size {size / 1e6:.3f} MB")
    for k in KINDS:
        print(f"  {k:16s} {kinds[k]}")
    print("per family:")
    for f, _ in FAMILIES:
        c = byfam[f]
        print(
            f"  {f:14s} docs={sum(1 for d in docs if d['type'] == f):3d} spans={sum(c.values()):4d}  "
            + " ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: -kv[1]))
        )


def main():
    ap = argparse.ArgumentParser(description="holdout51 generator")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", default="241")
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(__doc__)
        return
    if a.check:
        ok = check_file(a.check)
        sys.exit(0 if ok else 1)
    docs = [make_doc(a.seed, i) for i in range(a.docs)]
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")
    if a.stats or not a.out:
        stats(docs)


if __name__ == "__main__":
    main()
