#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""Holdout set 52: blind synthetic evaluation set for a personal-information detector
in Chinese county-level 政务公开 documents (text as it looks after extraction).

Families: 义务兵家庭优待金发放名册, 农村危房改造补助对象公示, 高龄津贴新增/停发名单,
计划生育奖励扶助对象确认公示, 农机购置补贴受益公示, 法律援助受援人案件公示/决定书,
见义勇为表彰决定, 欠薪举报处理结果公示, 个体工商户行政许可公示, 殡葬惠民补贴发放公示.
Counties: 巴彦县(230126, 黑龙江), 于都县(360731, 江西), 三江侗族自治县(450226, 广西),
勐海县(532822, 云南), 莒县(371122, 山东), 互助土族自治县(630223, 青海; older IDs 632126).

DECISIONS
1. name: the name of a private natural person whenever context shows it is a person (list
   columns 姓名/户主/经营者/经办人/购机者/受援人, prose subjects, victims, family members,
   deceased persons, company legal representatives, 包工头/项目负责人, 个体户经营者). Each
   person is its own span; spouses in one cell ("王德福、李桂英") give two spans.
2. name is NOT labelled for: public officials and staff acting in role (制表人, 审核人, 负责人,
   局长, 监察员, 经办人 of the agency, 联系人 of the agency), lawyers/法律援助 staff acting in
   role (承办律师), village cadres signing in role; pseudonymised or masked names (张某, 张某某,
   张*, 李**, 小明(化名)); names embedded in 字号, company, cooperative or place names
   (于都县李记粉店, 王氏建材有限公司, 刘家官庄镇, 蔡家堡乡, 张家屯).
3. address: a private person's home/household address at 号/栋/幢/单元/室/组 level, including
   rural 村X组 / 村民小组 and the Qinghai equivalent 村X社. The span covers the whole written
   value from its first component (province, county, township or village, whatever it starts
   with) to the last house-level component. Village-level addresses without 组/社/号 and
   township/village columns of a table are NOT labelled. Addresses of offices, agencies,
   companies and 个体工商户 经营场所 are NOT labelled; 个体户/经营者 住所 (home) IS labelled.
4. health: a specific person's health or disability condition named concretely: disability
   type and/or grade (肢体残疾二级, 二级肢体, 伤残三级), diseases (尿毒症, 肺癌), injuries and
   their assessed severity (右小腿骨折, 轻伤二级, 八级伤残). NOT labelled: bare categories
   (贫困残疾人家庭, 残疾人, 因病致贫), death or its administrative wording (死亡, 病故, 去世,
   牺牲, 停发原因 死亡), generic policy text.
5. id_card / id_card_15: full 18-digit (checksum valid) or 15-digit numbers of private persons.
   Masked IDs (360731********1234, 36**************12) and Excel-mangled numbers
   (3.60731E+17) are NOT labelled. A leading apostrophe from CSV is outside the span.
6. bank_card: full personal card / 一卡通 / 社保卡金融账户 numbers (Luhn-valid, 16-19 digits);
   grouped forms with spaces are one span. Corporate 对公账号, masked cards and mangled
   6.22848E+18 are NOT labelled.
7. mobile: every full mobile number is labelled, including mobiles given for village cadres
   or agency contacts (a mobile belongs to a person). Masked mobiles are NOT labelled.
   A "+86" prefix is outside the span.
8. landline: only private persons' landlines (a household's 联系电话). Office phones, 监督电话,
   咨询电话, hotlines (12345, 12333, 12348) and fax numbers are NOT labelled. When labelled the
   span includes the area code and separators ("0797-6321234", "（0451）57123456" -> from the
   area code digits, parentheses outside).
9. email: a private person's mailbox is labelled; agency/unit mailboxes (xxx@163.com given as
   the unit's 邮箱, anything @*.gov.cn) are NOT labelled.
10. license_plate: ordinary motor-vehicle plates of private persons (赣B·3K5Q2, 鲁L12345) AND
   farm-machine plates (拖拉机/联合收割机号牌, 省简称+两位地市代号+序号: 赣07-12345, 鲁11·03421).
   Farm-machine plates count because they are registered to, and identify, the owner.
   Placeholders (/, 无, 待上牌) and 出厂编号/发动机号 are NOT labelled.
11. passport / hk_macau_permit / tw_permit: full document numbers of private persons
   (E12345678, EA1234567; 港澳居民来往内地通行证 H0123456789, 往来港澳通行证 C12345678;
   台湾居民来往大陆通行证 8-digit 01234567, 往来台湾通行证 L12345678).
12. Wrapping: a value broken only by a line break (hard-wrapped prose, one-cell-per-line PDF
   text, a DOCX cell with an internal line break) is ONE span that includes the line break.
   A value split by pdftotext -layout wrapping, where other cells' text sits between the
   fragments, gives one span per fragment, each with the value's kind.
13. OCR noise: spaces inside a value or full-width digits do not stop labelling; the span runs
   from the first to the last character of the value. --check normalises whitespace, '-',
   full-width digits and lower-case x before checksum/Luhn validation.
14. Never labelled: 文号, 索引号, 统一社会信用代码, 许可编号, 出厂编号, 业务流水号 and other
   18-20 digit serials, amounts, dates and ages, postcodes, gender/ethnicity alone, village
   names, masked values, officials' office phones.
"""

import argparse
import json
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------- data
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

COUNTIES = [
    dict(
        key="bayan",
        prov="黑龙江省",
        city="哈尔滨市",
        name="巴彦县",
        abbr="巴",
        code="230126",
        alt=[],
        area="0451",
        lllen=8,
        llpre=["57", "58"],
        post="151800",
        plate="黑A",
        pabbr="黑",
        tcode="01",
        towns=[
            "巴彦镇",
            "兴隆镇",
            "西集镇",
            "洼兴镇",
            "龙泉镇",
            "巴彦港镇",
            "龙庙镇",
            "万发镇",
            "天增镇",
            "黑山镇",
            "松花江乡",
            "富江乡",
            "华山乡",
            "丰乐乡",
            "德祥乡",
            "红光乡",
            "山后乡",
            "镇东乡",
        ],
        vill=[
            "永安村",
            "兴隆村",
            "胜利村",
            "民主村",
            "富强村",
            "新发村",
            "太平村",
            "长春村",
            "东升村",
            "保安村",
            "福兴村",
            "庆丰村",
            "万宝村",
            "德胜村",
            "向阳村",
            "红星村",
        ],
        streets=["人民大街", "新华街", "兴华路", "松江路", "文化街"],
        comm=["阳光小区", "龙泉新城", "御景苑", "滨江花园"],
        bank=[
            "中国农业银行巴彦县支行",
            "中国邮政储蓄银行巴彦县支行",
            "巴彦县农村信用合作联社",
            "中国建设银行巴彦支行",
        ],
        court="巴彦县人民法院",
        gov="巴彦县人民政府",
        ethnic="hlj",
    ),
    dict(
        key="yudu",
        prov="江西省",
        city="赣州市",
        name="于都县",
        abbr="于",
        code="360731",
        alt=[],
        area="0797",
        lllen=7,
        llpre=["62", "63", "65"],
        post="342300",
        plate="赣B",
        pabbr="赣",
        tcode="07",
        towns=[
            "贡江镇",
            "铁山垅镇",
            "盘古山镇",
            "禾丰镇",
            "祁禄山镇",
            "梓山镇",
            "银坑镇",
            "岭背镇",
            "罗坳镇",
            "罗江乡",
            "小溪乡",
            "利村乡",
            "新陂乡",
            "靖石乡",
            "黄麟乡",
            "沙心乡",
            "宽田乡",
            "葛坳乡",
            "桥头乡",
            "马安乡",
            "仙下乡",
            "车溪乡",
            "段屋乡",
        ],
        vill=[
            "潭头村",
            "上欧村",
            "水头村",
            "寒信村",
            "黄屋乾村",
            "固院村",
            "新屋村",
            "大坪村",
            "长源村",
            "河背村",
            "石门村",
            "段屋村",
            "罗坑村",
            "谢屋村",
            "管屋村",
        ],
        streets=["长征大道", "环城路", "解放路", "建设路", "胜利路", "渡江大道"],
        comm=["锦江花园", "长征源小区", "滨江首府", "贡江新城"],
        bank=[
            "中国农业银行于都县支行",
            "于都农村商业银行",
            "中国邮政储蓄银行于都县支行",
            "中国工商银行于都支行",
        ],
        court="于都县人民法院",
        gov="于都县人民政府",
        ethnic="gan",
    ),
    dict(
        key="sanjiang",
        prov="广西壮族自治区",
        city="柳州市",
        name="三江侗族自治县",
        abbr="三",
        code="450226",
        alt=[],
        area="0772",
        lllen=7,
        llpre=["86", "81"],
        post="545500",
        plate="桂B",
        pabbr="桂",
        tcode="02",
        towns=[
            "古宜镇",
            "斗江镇",
            "丹洲镇",
            "独峒镇",
            "林溪镇",
            "八江镇",
            "良口乡",
            "洋溪乡",
            "富禄苗族乡",
            "梅林乡",
            "程村乡",
            "老堡乡",
            "高基瑶族乡",
            "和平乡",
            "同乐苗族乡",
        ],
        vill=[
            "程阳村",
            "平岩村",
            "高友村",
            "座龙村",
            "冠洞村",
            "林略村",
            "高定村",
            "岜团村",
            "八斗村",
            "布央村",
            "归东村",
            "良口村",
            "高秀村",
            "孟江村",
        ],
        streets=["江峰街", "河西大道", "古宜路", "侗乡大道", "沿江路"],
        comm=["侗乡花园", "江景苑", "丹洲新城"],
        bank=[
            "中国农业银行三江县支行",
            "三江侗族自治县农村信用合作联社",
            "中国邮政储蓄银行三江县支行",
            "中国建设银行三江支行",
        ],
        court="三江侗族自治县人民法院",
        gov="三江侗族自治县人民政府",
        ethnic="dong",
    ),
    dict(
        key="menghai",
        prov="云南省",
        city="西双版纳傣族自治州",
        name="勐海县",
        abbr="海",
        code="532822",
        alt=[],
        area="0691",
        lllen=7,
        llpre=["51", "52", "56"],
        post="666200",
        plate="云K",
        pabbr="云",
        tcode="28",
        towns=[
            "勐海镇",
            "打洛镇",
            "勐混镇",
            "勐遮镇",
            "勐满镇",
            "勐阿镇",
            "勐宋乡",
            "勐往乡",
            "格朗和哈尼族乡",
            "布朗山布朗族乡",
            "西定哈尼族布朗族乡",
        ],
        vill=[
            "曼短村",
            "曼恩村",
            "曼贺村",
            "曼弄村",
            "曼垒村",
            "南糯山村",
            "曼迈村",
            "勐翁村",
            "曼扫村",
            "景龙村",
            "曼袄村",
        ],
        streets=["象山路", "佛双路", "景管路", "勐海大道", "茶城大道"],
        comm=["茶城花园", "象山小区", "曼燕新城"],
        bank=[
            "中国农业银行勐海县支行",
            "勐海县农村信用合作联社",
            "中国邮政储蓄银行勐海县支行",
            "中国银行勐海支行",
        ],
        court="勐海县人民法院",
        gov="勐海县人民政府",
        ethnic="dai",
    ),
    dict(
        key="juxian",
        prov="山东省",
        city="日照市",
        name="莒县",
        abbr="莒",
        code="371122",
        alt=[],
        area="0633",
        lllen=7,
        llpre=["61", "62", "68"],
        post="276500",
        plate="鲁L",
        pabbr="鲁",
        tcode="11",
        towns=[
            "城阳街道",
            "店子集街道",
            "陵阳街道",
            "招贤镇",
            "阎庄街道",
            "夏庄镇",
            "刘家官庄镇",
            "峤山镇",
            "小店镇",
            "龙山镇",
            "东莞镇",
            "浮来山街道",
            "碁山镇",
            "洛河镇",
            "寨里河镇",
            "长岭镇",
            "安庄镇",
            "桑园镇",
            "果庄镇",
            "库山乡",
            "中楼镇",
        ],
        vill=[
            "前店子村",
            "后河村",
            "沈家庄村",
            "大官庄村",
            "东于家庄村",
            "西石井村",
            "孙家林村",
            "北庄村",
            "朱家庄子村",
            "小河口村",
            "大宅科村",
            "刘家岭村",
        ],
        streets=["青年路", "振兴路", "文心路", "城阳路", "沭东路", "浮来路"],
        comm=["金域华府", "文心苑", "城阳小区", "沭河花园"],
        bank=["中国农业银行莒县支行", "莒县农村商业银行", "中国邮政储蓄银行莒县支行", "中国工商银行莒县支行"],
        court="莒县人民法院",
        gov="莒县人民政府",
        ethnic="lu",
    ),
    dict(
        key="huzhu",
        prov="青海省",
        city="海东市",
        name="互助土族自治县",
        abbr="互",
        code="630223",
        alt=["632126"],
        area="0972",
        lllen=7,
        llpre=["83", "82"],
        post="810500",
        plate="青B",
        pabbr="青",
        tcode="02",
        towns=[
            "威远镇",
            "丹麻镇",
            "高寨镇",
            "南门峡镇",
            "加定镇",
            "五十镇",
            "五峰镇",
            "塘川镇",
            "东沟乡",
            "林川乡",
            "台子乡",
            "西山乡",
            "红崖子沟乡",
            "哈拉直沟乡",
            "东和乡",
            "东山乡",
            "蔡家堡乡",
            "巴扎藏族乡",
            "松多藏族乡",
        ],
        vill=[
            "小庄村",
            "班彦村",
            "卓扎滩村",
            "大庄村",
            "纳家村",
            "白崖村",
            "姚马村",
            "塘巴村",
            "松德村",
            "花园村",
            "哈拉村",
        ],
        streets=["南街", "北大街", "西街", "土乡路", "互助大道"],
        comm=["土乡花园", "威远新村", "南门小区"],
        bank=[
            "中国农业银行互助县支行",
            "青海互助农村商业银行",
            "中国邮政储蓄银行互助县支行",
            "中国建设银行互助支行",
        ],
        court="互助土族自治县人民法院",
        gov="互助土族自治县人民政府",
        ethnic="tu",
    ),
]
KNOWN_CODES = set()
for _c in COUNTIES:
    KNOWN_CODES.add(_c["code"])
    KNOWN_CODES.update(_c["alt"])
# neighbouring real county codes for migrants / spouses from elsewhere
OTHER_CODES = [
    "360781",
    "360732",
    "450225",
    "532823",
    "371121",
    "230125",
    "630202",
    "430124",
    "511321",
    "412726",
]
KNOWN_CODES.update(OTHER_CODES)

# real issuer BINs: (bin, length)
BINS = [
    ("622848", 19),
    ("622845", 19),
    ("623052", 19),
    ("622202", 19),
    ("621226", 19),
    ("621700", 19),
    ("622700", 19),
    ("436742", 19),
    ("621661", 19),
    ("621799", 19),
    ("622188", 19),
    ("622588", 16),
    ("621483", 16),
    ("622260", 19),
]
BIN_PREFIXES = [b for b, _ in BINS]
MOBPRE = [
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
    "176",
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

SURN = (
    "王" * 20
    + "李" * 19
    + "张" * 18
    + "刘" * 15
    + "陈" * 14
    + "杨" * 9
    + "黄" * 5
    + "赵" * 6
    + "吴" * 5
    + "周" * 5
    + "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤庄管易"
)
COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "令狐",
    "尉迟",
    "慕容",
    "夏侯",
    "公孙",
    "宇文",
    "长孙",
    "司徒",
]
ETH_SURN = {
    "hlj": "关那佟富赫王李张刘孙于",
    "gan": "肖刘钟曾谢管丁邱易黄",
    "dong": "吴杨石龙梁粟覃韦欧荣陆胡",
    "lu": "王张李刘庄孙管宋徐杜",
    "tu": "李祁鲁吕董胡星麻韩蒲",
    "dai": "刀李杨张",
}
GN_OLD_M = [
    "德福",
    "长生",
    "富贵",
    "树林",
    "玉成",
    "广田",
    "振山",
    "永和",
    "福来",
    "兆祥",
    "宝山",
    "金贵",
    "发财",
    "荣华",
    "世昌",
    "文德",
    "有才",
    "春林",
    "庆余",
    "万全",
]
GN_OLD_F = [
    "秀英",
    "桂英",
    "玉兰",
    "秀兰",
    "凤英",
    "桂兰",
    "淑珍",
    "玉珍",
    "秀珍",
    "素珍",
    "翠花",
    "金花",
    "凤兰",
    "春梅",
    "冬梅",
    "兰英",
    "桂芳",
    "月娥",
    "玉梅",
    "巧云",
]
GN_AD_M = [
    "建国",
    "建华",
    "志强",
    "伟",
    "勇",
    "军",
    "海波",
    "晓东",
    "国华",
    "红军",
    "卫东",
    "永刚",
    "立新",
    "春生",
    "明",
    "斌",
    "新民",
    "小平",
    "东升",
    "金龙",
    "庆华",
    "俊",
    "涛",
    "磊",
]
GN_AD_F = [
    "丽",
    "芳",
    "红梅",
    "艳",
    "丽娟",
    "燕",
    "霞",
    "晓燕",
    "丽萍",
    "小红",
    "春燕",
    "海燕",
    "美玲",
    "琴",
    "桂香",
    "玉凤",
    "慧",
    "敏",
    "娟",
    "秋菊",
]
GN_YO_M = [
    "浩然",
    "子轩",
    "宇航",
    "俊杰",
    "家豪",
    "鑫",
    "博文",
    "宇",
    "晨",
    "梓豪",
    "一鸣",
    "文涛",
    "振宇",
    "皓轩",
    "天翔",
    "嘉乐",
]
GN_YO_F = ["欣怡", "雨涵", "思琪", "佳怡", "梦瑶", "诗涵", "子涵", "婷", "雨萱", "可欣", "佳琪", "紫萱"]
DAI_X = [
    "温",
    "罕",
    "香",
    "应",
    "光",
    "叫",
    "扁",
    "坎",
    "庄",
    "拉",
    "恩",
    "丙",
    "南",
    "章",
    "胆",
    "燕",
    "砍",
    "捧",
    "论",
    "帕",
    "甩",
    "嫩",
    "旺",
    "依",
    "儿",
]
TIB = {
    "男": ["才让", "多杰", "索南", "更登", "桑吉", "尼玛", "多杰才旦", "三知加", "仁青", "扎西", "才让当周"],
    "女": ["卓玛", "拉毛", "措毛", "才让卓玛", "东知草", "才旦卓玛", "拉毛措", "吉毛"],
}
TU_GN = {
    "男": ["永寿", "发元", "存录", "占奎", "吉祥", "成福"],
    "女": ["秀梅", "文花", "海英", "生兰", "索菊"],
}

HEALTH_DIS = [
    "肢体残疾{g}级",
    "视力残疾{g}级",
    "听力残疾{g}级",
    "智力残疾{g}级",
    "精神残疾{g}级",
    "言语残疾{g}级",
    "{g}级肢体残疾",
    "多重残疾{g}级",
]
DISEASES = [
    "尿毒症",
    "肺癌",
    "胃癌",
    "脑梗塞后遗症",
    "糖尿病并发症",
    "白血病",
    "肝硬化",
    "乳腺癌",
    "重度精神分裂症",
    "尘肺病",
    "慢性肾衰竭",
    "冠心病",
]
INJURIES = [
    "右小腿骨折",
    "左臂骨折",
    "头部外伤",
    "三根肋骨骨折",
    "面部及双手烧伤",
    "腰椎压缩性骨折",
    "左眼挫伤",
    "颅脑损伤",
    "右手肌腱断裂",
    "多处软组织挫伤",
    "双下肢烧伤",
]
CNUM = "一二三四"


def cw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ----------------------------------------------------------------------------- value generators
def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, w)) % 11]


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
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


def days_in(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


class G:
    """value generator bound to an rng"""

    def __init__(self, rng):
        self.r = rng

    def date(self, y0, y1):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        return y, m, self.r.randint(1, days_in(y, m))

    def idc(self, c, y0=1950, y1=2000, sex=None, birth=None, code=None):
        r = self.r
        if code is None:
            code = c["code"]
            if c["alt"] and (birth or (y0, 0))[0] < 2010 and r.random() < 0.85:
                code = r.choice(c["alt"])
            if r.random() < 0.05:
                code = r.choice(OTHER_CODES)
        y, m, d = birth or self.date(y0, y1)
        seq = r.randint(0, 999)
        if sex is not None and seq % 2 != (1 if sex == "男" else 0):
            seq = (seq + 1) % 1000
        body = "%s%04d%02d%02d%03d" % (code, y, m, d, seq)
        return body + id_check(body)

    def id15(self, c, y0=1920, y1=1960, sex=None, birth=None):
        y, m, d = birth or self.date(y0, y1)
        seq = self.r.randint(0, 999)
        if sex is not None and seq % 2 != (1 if sex == "男" else 0):
            seq = (seq + 1) % 1000
        code = c["alt"][0] if c["alt"] else c["code"]
        return "%s%02d%02d%02d%03d" % (code, y % 100, m, d, seq)

    def bad18(self, c):
        """18-digit serial that looks like an ID but fails the checksum"""
        y, m, d = self.date(2018, 2024)
        body = "%s%04d%02d%02d%03d" % (c["code"], y, m, d, self.r.randint(0, 999))
        ok = id_check(body)
        return body + self.r.choice([ch for ch in "0123456789" if ch != ok])

    def card(self):
        b, n = self.r.choice(BINS)
        body = b + "".join(self.r.choice("0123456789") for _ in range(n - len(b) - 1))
        return body + luhn_digit(body)

    def mobile(self):
        return self.r.choice(MOBPRE) + "".join(self.r.choice("0123456789") for _ in range(8))

    def landline(self, c):
        n = c["lllen"]
        return (
            c["area"]
            + "-"
            + self.r.choice(c["llpre"])
            + "".join(self.r.choice("0123456789") for _ in range(n - 2))
        )

    def serial(self, n):
        return self.r.choice("12357") + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def name(self, c, sex=None, gen="ad"):
        r = self.r
        sex = sex or r.choice("男女")
        eth = c["ethnic"]
        if eth == "dai" and r.random() < 0.55:
            a = r.choice(DAI_X)
            b = r.choice([ch for ch in DAI_X if ch != a]) if r.random() < 0.3 else ""
            return ("岩" if sex == "男" else "玉") + a + b
        if eth == "dai" and r.random() < 0.15:
            return ("扎" if sex == "男" else "娜") + r.choice(["约", "发", "克", "妥", "努", "丕", "儿"])
        if eth == "tu" and r.random() < 0.3:
            t = r.choice(TIB[sex])
            return t if r.random() < 0.6 else r.choice(ETH_SURN["tu"]) + t[:2]
        if r.random() < 0.012:
            s = r.choice(COMPOUND)
        elif r.random() < 0.45:
            s = r.choice(ETH_SURN[eth])
        else:
            s = r.choice(SURN)
        pool = {
            ("old", "男"): GN_OLD_M,
            ("old", "女"): GN_OLD_F,
            ("ad", "男"): GN_AD_M,
            ("ad", "女"): GN_AD_F,
            ("yo", "男"): GN_YO_M,
            ("yo", "女"): GN_YO_F,
        }[(gen, sex)]
        if eth == "tu" and r.random() < 0.2:
            pool = TU_GN[sex]
        return s + r.choice(pool)

    def village_addr(self, c, town=None, vill=None, full=False, prefix=None):
        r = self.r
        town = town or r.choice(c["towns"])
        vill = vill or r.choice(c["vill"])
        grp = r.randint(1, 12)
        if c["ethnic"] == "tu" and r.random() < 0.5:
            g = "%s社" % (CNUM[grp % 4] if r.random() < 0.3 else str(grp))
        elif c["ethnic"] == "dai" and r.random() < 0.4:
            g = "%s村民小组" % r.choice(["曼短", "曼养", "曼来", "曼拉", "曼嘎", "曼丢"])
        else:
            g = "%d组" % grp if r.random() < 0.8 else "%s组" % "一二三四五六七八九十"[grp % 10]
        num = "%d号" % r.randint(1, 120) if r.random() < 0.55 else ""
        pre = ""
        if full or prefix == "full":
            pre = c["prov"] + c["city"] + c["name"]
        elif prefix == "county" or r.random() < 0.3:
            pre = c["name"]
        return pre + town + vill + g + num

    def urban_addr(self, c, full=False):
        r = self.r
        town = c["towns"][0]
        pre = (c["prov"] + c["city"] + c["name"]) if full else (c["name"] if r.random() < 0.5 else "")
        v = r.random()
        if v < 0.4:
            return (
                pre
                + town
                + r.choice(c["streets"])
                + "%d号%d栋%d单元%d室"
                % (
                    r.randint(1, 300),
                    r.randint(1, 30),
                    r.randint(1, 6),
                    r.randint(1, 28) * 100 + r.randint(1, 4),
                )
            )
        if v < 0.7:
            return (
                pre
                + town
                + r.choice(c["comm"])
                + "%d幢%d0%d室" % (r.randint(1, 40), r.randint(1, 18), r.randint(1, 4))
            )
        return pre + r.choice(c["streets"]) + "%d号" % r.randint(1, 400)

    def home_addr(self, c, full=False):
        return self.urban_addr(c, full) if self.r.random() < 0.35 else self.village_addr(c, full=full)

    def plate(self, c):
        r = self.r
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if r.random() < 0.2:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(r.choice(letters + "0123456789" * 3) for _ in range(5))
            if not any(ch.isdigit() for ch in tail):
                tail = tail[:4] + "7"
        sep = r.choice(["", "·", "", " "])
        return c["plate"] + sep + tail

    def farm_plate(self, c):
        r = self.r
        return c["pabbr"] + c["tcode"] + r.choice(["-", "·", "-", ""]) + "%05d" % r.randint(1, 99999)

    def credit(self, kind="92", code=None):
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = kind + code + self.org()
        w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        s = sum(chars.index(ch) * wi for ch, wi in zip(body, w))
        return body + chars[(31 - s % 31) % 31]

    def org(self):
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = self.r.choice(["MA", "L1", "00", "01", "MA3", "JY"])
        while len(body) < 8:
            body += self.r.choice(chars)
        vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body]
        c9 = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
        return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))

    def passport(self):
        r = self.r
        if r.random() < 0.5:
            return "E" + "%08d" % r.randint(0, 99999999)
        return "E" + r.choice("ABCDEFGH") + "%07d" % r.randint(0, 9999999)

    def hk(self):
        r = self.r
        v = r.random()
        if v < 0.4:
            return r.choice("HM") + "%010d" % r.randint(0, 9999999999)
        if v < 0.7:
            return r.choice("HM") + "%08d" % r.randint(0, 99999999)
        return "C" + r.choice("ABCDEFGH0123456789") + "%07d" % r.randint(0, 9999999)

    def tw(self):
        r = self.r
        return "%08d" % r.randint(0, 99999999) if r.random() < 0.6 else "L" + "%08d" % r.randint(0, 99999999)

    def email(self, nm_py=None):
        r = self.r
        dom = r.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com"])
        if dom == "qq.com" and r.random() < 0.7:
            return "%d@qq.com" % r.randint(10000000, 3999999999)
        user = (
            r.choice(["zhang", "li", "wang", "liu", "chen", "yang", "xiao", "wu", "zhao", "huang", "sun"])
            + r.choice(["", "_", "."])
            + r.choice(["wei", "jun", "hua", "min", "lei", "fang", "qiang", "yan", "ping"])
            + str(r.randint(1, 2000))
        )
        return user + "@" + dom


# ----------------------------------------------------------------------------- presentation
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def style(r, kind, v, ocr=False):
    """display form of a raw value (still the same value)"""
    if kind in ("mobile",):
        x = r.random()
        if x < 0.06:
            v = v[:3] + " " + v[3:7] + " " + v[7:]
        elif x < 0.1:
            v = v[:3] + "-" + v[3:7] + "-" + v[7:]
    elif kind == "bank_card":
        if r.random() < 0.15:
            v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    elif kind == "id_card":
        if v.endswith("X") and r.random() < 0.25:
            v = v[:-1] + "x"
    if ocr and kind in ("mobile", "bank_card", "id_card", "id_card_15", "landline"):
        x = r.random()
        if x < 0.3:
            v = v.translate(FW)
        elif x < 0.5:
            k = r.randint(3, len(v) - 3)
            if v[k - 1] != " " and v[k] != " ":
                v = v[:k] + " " + v[k:]
    if ocr and kind == "name" and r.random() < 0.2 and len(v) >= 2:
        v = v[0] + " " + v[1:]
    return v


def mask_id(r, v):
    x = r.random()
    if x < 0.4:
        return v[:6] + "*" * 8 + v[-4:]
    if x < 0.7:
        return v[:2] + "*" * 13 + v[-3:]
    return v[:10] + "****" + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


def mask_name(r, v):
    x = r.random()
    if x < 0.4:
        return v[0] + "*" * (len(v) - 1)
    if x < 0.8:
        return v[0] + "某" * (2 if len(v) > 2 else 1)
    return v[0] + "某某"


def mangle(v):
    """Excel scientific notation of a long number"""
    s = "%.5E" % float(v)
    mant, exp = s.split("E")
    mant = mant.rstrip("0").rstrip(".")
    return "%sE+%d" % (mant, int(exp))


class Doc:
    def __init__(self, typ, layout):
        self.buf, self.n, self.spans, self.typ, self.layout = [], 0, [], typ, layout

    def t(self, s):
        if s:
            self.buf.append(s)
            self.n += len(s)

    def p(self, kind, s):
        assert s and not s[0].isspace() and not s[-1].isspace(), (kind, s)
        self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(s)})
        self.t(s)

    def segs(self, segs):
        for g in segs:
            if isinstance(g, str):
                self.t(g)
            else:
                self.p(g[0], g[1])

    def ln(self, *segs):
        self.segs(segs)
        self.t("\n")

    def out(self):
        text = "".join(self.buf)
        return {"type": self.typ, "text": text, "spans": self.spans}


def flat(segs):
    """-> list of (char, segindex, kind)"""
    out = []
    for i, g in enumerate(segs):
        if isinstance(g, str):
            out.extend((ch, i, None) for ch in g)
        else:
            out.extend((ch, i, g[0]) for ch in g[1])
    return out


def regroup(chars):
    segs, cur_i, cur_k, buf = [], None, None, []
    for ch, i, k in chars:
        if i != cur_i and buf:
            segs.append("".join(buf) if cur_k is None else (cur_k, "".join(buf)))
            buf = []
        cur_i, cur_k = i, k
        buf.append(ch)
    if buf:
        segs.append("".join(buf) if cur_k is None else (cur_k, "".join(buf)))
    return segs


def hardwrap(segs, width, dispw=False, indent_first=0):
    """insert line breaks every `width` characters; a break inside a PII value stays inside it"""
    chars = flat(segs)
    out = []
    col = indent_first
    for idx, (ch, i, k) in enumerate(chars):
        if ch == "\n":
            col = 0
            out.append((ch, i, k))
            continue
        w = cw(ch) if dispw else 1
        if col + w > width and out and out[-1][0] != "\n":
            prev = out[-1]
            if k is not None and prev[1] == i:
                out.append(("\n", i, k))
            else:
                out.append(("\n", -1 - idx, None))
            col = 0
        out.append((ch, i, k))
        col += w
    # drop spaces directly before/after inserted breaks inside values is unnecessary (values without spaces)
    return regroup(out)


def split_width(segs, maxw):
    """split a cell into lines of display width <= maxw; address/health/plain text may break,
    other values are kept whole; PII fragments become separate segments"""
    chars = flat(segs)
    # atomic runs: ids, cards, phones, names... are not broken when they fit
    lines, cur, w = [], [], 0
    idx = 0
    while idx < len(chars):
        ch, i, k = chars[idx]
        if ch == "\n":
            lines.append(cur)
            cur, w = [], 0
            idx += 1
            continue
        if k is not None and k != "address" and (idx == 0 or chars[idx - 1][1] != i):
            j = idx
            while j < len(chars) and chars[j][1] == i:
                j += 1
            run = chars[idx:j]
            rw = sum(cw(c[0]) for c in run)
            if w + rw > maxw and cur and rw <= maxw:
                lines.append(cur)
                cur, w = [], 0
            if rw <= maxw or True:
                cur.extend(run)
                w += rw
                idx = j
                continue
        cwid = cw(ch)
        if w + cwid > maxw and cur:
            lines.append(cur)
            cur, w = [], 0
        cur.append((ch, i, k))
        w += cwid
        idx += 1
    if cur:
        lines.append(cur)
    res = []
    for ln in lines:
        segs2 = regroup(ln)
        fixed = []
        for g in segs2:
            if isinstance(g, str):
                fixed.append(g)
                continue
            v = g[1]
            lead = len(v) - len(v.lstrip())
            trail = len(v) - len(v.rstrip())
            if lead:
                fixed.append(v[:lead])
            core = v.strip()
            if core:
                fixed.append((g[0], core))
            if trail:
                fixed.append(v[len(v) - trail :])
        res.append(fixed)
    return res or [[]]


def seg_text(segs):
    return "".join(g if isinstance(g, str) else g[1] for g in segs)


def P(kind, v):
    return (kind, v)


# ----------------------------------------------------------------------------- table renderers
def render_tabs(d, header, rows, r):
    d.ln("\t".join(header))
    for row in rows:
        for j, cell in enumerate(row):
            if j:
                d.t("\t")
            d.segs(cell)
        d.t("\n")


def render_cellline(d, header, rows, r, wrapw=None):
    for h in header:
        d.ln(h)
    for row in rows:
        for cell in row:
            cs = cell
            if (
                wrapw
                and cw(seg_text(cell)) > wrapw * 2
                and all(isinstance(g, str) or g[0] in ("address", "health") for g in cell)
            ):
                cs = hardwrap(cell, wrapw)
            d.segs(cs)
            d.t("\n")


def csv_cell(segs):
    txt = seg_text(segs)
    if any(ch in txt for ch in ',"\n'):
        out = ['"']
        for g in segs:
            if isinstance(g, str):
                out.append(g.replace('"', '""'))
            else:
                out.append(g)
        out.append('"')
        return out
    return list(segs)


def render_csv(d, header, rows, r):
    d.ln(",".join(header))
    for row in rows:
        for j, cell in enumerate(row):
            if j:
                d.t(",")
            d.segs(csv_cell(cell))
        d.t("\r\n" if r.random() < 0.0 else "\n")


def render_layout(d, header, rows, r, maxw=None, center=None):
    ncol = len(header)
    maxw = maxw or [30] * ncol
    center = r.random() < 0.5 if center is None else center
    hdr = [[h] for h in header]
    allrows = [hdr] + rows
    wrapped = []
    for row in allrows:
        wrapped.append([split_width(cell, maxw[j]) if seg_text(cell) else [[]] for j, cell in enumerate(row)])
    widths = [0] * ncol
    for wr in wrapped:
        for j, lines in enumerate(wr):
            for ln in lines:
                widths[j] = max(widths[j], cw(seg_text(ln)))
    gaps = [r.randint(2, 5) for _ in range(ncol)]
    starts, pos = [], r.randint(0, 3)
    for j in range(ncol):
        starts.append(pos)
        pos += widths[j] + gaps[j]
    numeric = [False] * ncol
    for wr in wrapped:
        h = max(len(x) for x in wr)
        for k in range(h):
            line_segs = []
            col = 0
            for j, lines in enumerate(wr):
                off = (h - len(lines)) // 2 if center else 0
                kk = k - off
                if 0 <= kk < len(lines) and lines[kk]:
                    segs = lines[kk]
                    txt = seg_text(segs)
                    st = starts[j]
                    if re.fullmatch(r"[\d,.]+", txt) and j > 0 and r.random() < 0.0:
                        st = starts[j] + widths[j] - cw(txt)
                    if st < col + 1 and col > 0:
                        st = col + 1
                    line_segs.append(" " * (st - col))
                    line_segs.extend(segs)
                    col = st + cw(txt)
            d.segs(line_segs)
            d.t("\n")


def render_html(d, header, rows, r):
    v = r.randint(0, 2)
    if v == 0:
        for h in header:
            d.ln(h)
        d.t("\n")
        for row in rows:
            for cell in row:
                d.segs(cell if seg_text(cell) else ["\u00a0"])
                d.t("\n")
            d.t("\n")
    elif v == 1:
        d.ln(" ".join(header))
        for row in rows:
            for j, cell in enumerate(row):
                if j:
                    d.t(r.choice([" ", " ", "\u00a0", "  "]))
                d.segs(cell if seg_text(cell) else ["&nbsp;"])
            d.t("\n")
    else:
        d.t(" ".join(header) + " ")
        for row in rows:
            for cell in row:
                d.segs(cell)
                d.t(" ")
        d.t("\n")


# ----------------------------------------------------------------------------- shared document parts
class Ctx:
    def __init__(self, rng, c):
        self.r = rng
        self.g = G(rng)
        self.c = c
        self.year = rng.randint(2019, 2024)

    def ymd(self, y=None, sep=None):
        y = y or self.year
        m = self.r.randint(1, 12)
        dd = self.r.randint(1, days_in(y, m))
        sep = sep or self.r.choice(["-", "年", "/", "."])
        if sep == "年":
            return "%d年%d月%d日" % (y, m, dd)
        return "%d%s%02d%s%02d" % (y, sep, m, sep, dd)

    def period(self, days=7):
        import datetime

        a = datetime.date(self.year, self.r.randint(1, 11), self.r.randint(1, 28))
        b = a + datetime.timedelta(days=days - 1)
        return "%d年%d月%d日" % (a.year, a.month, a.day), "%d年%d月%d日" % (b.year, b.month, b.day)

    def office_phone(self):
        return self.g.landline(self.c)

    def idx(self):
        return "%s/%d-%05d" % (self.g.credit("11", self.c["code"]), self.year, self.r.randint(1, 2999))

    def wenhao(self, dz):
        return "%s%s〔%d〕%d号" % (self.c["abbr"], dz, self.year, self.r.randint(1, 180))

    def official(self):
        return self.g.name(self.c, gen="ad")


def head(d, x, title, dept, topic, dz=None):
    r, c = x.r, x.c
    v = r.randint(0, 3)
    if v == 0:
        d.ln("索引号：%s" % x.idx() + r.choice(["\t", "    ", "\n"]) + "主题分类：%s" % topic)
        d.ln("发布机构：%s" % dept + r.choice(["\t", "    ", "\n"]) + "生成日期：%s" % x.ymd(sep="-"))
        if dz:
            d.ln("文    号：%s" % x.wenhao(dz) + r.choice(["\t", "    "]) + "有效性：有效")
        d.ln("名    称：%s" % title)
        d.t("\n")
        d.ln(title)
    elif v == 1:
        d.ln("首页 > 政务公开 > 法定主动公开内容 > %s" % topic.split("\\")[-1])
        d.ln(title)
        d.ln(
            "来源：%s  发布时间：%s %02d:%02d  浏览次数：%d  【字体：大 中 小】"
            % (dept, x.ymd(sep="-"), r.randint(8, 18), r.randint(0, 59), r.randint(20, 3000))
        )
    elif v == 2:
        d.ln(title)
        if dz:
            d.ln(x.wenhao(dz))
        d.t("\n")
    else:
        d.ln("%s%s" % (" " * r.randint(8, 20), title))
        d.t("\n")


def foot(d, x, dept, monitor=True):
    r, c = x.r, x.c
    if monitor:
        d.ln(
            "监督电话：%s%s"
            % (x.office_phone(), r.choice(["", "（工作日）", "，%s（传真）" % x.office_phone()]))
        )
        if r.random() < 0.4:
            d.ln(
                "县长公开电话：12345    %s"
                % r.choice(
                    [
                        "监督邮箱：%s@163.com"
                        % r.choice(["ydmzj", "bymzj2016", "sjxmzj", "mhmzj", "jxmzj", "hzmzj"]),
                        "邮编：%s" % c["post"],
                    ]
                )
            )
        if r.random() < 0.3:
            d.ln(
                "地址：%s%s%d号%s 邮编：%s"
                % (
                    c["towns"][0],
                    r.choice(c["streets"]),
                    r.randint(1, 200),
                    r.choice(["", "政务服务中心三楼", "行政中心%d楼" % r.randint(2, 9)]),
                    c["post"],
                )
            )
    d.t("\n")
    d.ln("%s%s" % (" " * r.randint(0, 30), dept))
    d.ln("%s%s" % (" " * r.randint(0, 30), x.ymd(sep="年")))


def fee(r, lo, hi, step=10):
    return r.randrange(lo, hi + 1, step)


def money(v, comma=False):
    return ("{:,.2f}" if comma else "{:.2f}").format(v)


# ----------------------------------------------------------------------------- families
def fam_yiwubing(x):
    r, g, c = x.r, x.g, x.c
    lay = "csv" if r.random() < 0.65 else "pdf_layout"
    d = Doc("义务兵家庭优待金发放名册", lay)
    dept = c["name"] + "退役军人事务局"
    title = "%s%d年度义务兵家庭优待金发放名册" % (c["name"], x.year)
    std = r.choice([12000, 13500, 15800, 10800, 19600, 22000])
    header = [
        "序号",
        "乡镇（街道）",
        "村（社区）",
        "义务兵姓名",
        "入伍时间",
        "领取人姓名",
        "与义务兵关系",
        "领取人身份证号码",
        "一卡通账号",
        "开户银行",
        "发放金额（元）",
        "备注",
    ]
    if r.random() < 0.4:
        header = header[:8] + ["社会保障卡号" if r.random() < 0.5 else "银行账号"] + header[9:]
    rows = []
    total = 0
    nrows = r.randint(8, 28)
    mangle_ids = lay == "csv" and r.random() < 0.35
    apos = lay == "csv" and r.random() < 0.5
    for i in range(nrows):
        sol_sex = "男" if r.random() < 0.9 else "女"
        sol = g.name(c, sol_sex, "yo")
        rel = r.choice(["父子", "母子", "父亲", "母亲", "本人", "配偶", "父女"])
        if rel == "本人":
            payee = sol
        else:
            payee = g.name(c, "女" if "母" in rel or rel == "配偶" else "男", "ad")
            if r.random() < 0.5 and rel in ("父子", "父亲", "父女"):
                payee = sol[0] + payee[1:] if len(sol) >= 2 and sol[0] not in "岩玉扎娜" else payee
        idv = g.idc(c, 1962, 1985) if rel != "本人" else g.idc(c, 2000, 2006)
        card = g.card()
        town = r.choice(c["towns"])
        amount = std if r.random() < 0.8 else std // 2
        total += amount
        if mangle_ids and idv.isdigit() and r.random() < 0.7:
            idcell = [mangle(idv)]
        elif apos and r.random() < 0.6:
            idcell = ["'", P("id_card", style(r, "id_card", idv))]
        else:
            idcell = [P("id_card", style(r, "id_card", idv))]
        if mangle_ids and r.random() < 0.5:
            cardcell = [mangle(card)]
        elif apos and r.random() < 0.6:
            cardcell = ["'", P("bank_card", card)]
        else:
            cardcell = [P("bank_card", style(r, "bank_card", card))]
        note = r.choice(
            [
                "",
                "",
                "",
                "大学生士兵",
                "已退役\n%d年9月" % x.year,
                "补发%d年下半年" % (x.year - 1),
                "二次入伍",
                "考入军校，停发",
            ]
        )
        rows.append(
            [
                [str(i + 1)],
                [town],
                [r.choice(c["vill"]) if r.random() < 0.8 else r.choice(c["comm"]) + "社区"],
                [P("name", sol)],
                ["%d.%02d" % (r.randint(x.year - 2, x.year - 1), r.choice([3, 9]))],
                [P("name", payee)],
                [rel],
                idcell,
                cardcell,
                [r.choice(c["bank"])],
                [money(amount, lay == "csv" and r.random() < 0.3)],
                [note] if note else [],
            ]
        )
    if lay == "csv":
        ncol = len(header)
        d.ln("附件" + str(r.randint(1, 2)) + "," * (ncol - 1))
        d.ln(title + "," * (ncol - 1))
        d.ln("填报单位：%s（盖章）" % dept + "," * (ncol - 3) + ",单位：元,")
        render_csv(d, header, rows, r)
        d.ln("合计" + "," * (ncol - 3) + ',"%s",' % money(total, True))
        d.ln("制表人：%s,,,审核人：%s,,,,负责人：%s,,,," % (x.official(), x.official(), x.official()))
        d.ln(",,,,,,,,,,,")
    else:
        head(d, x, title, dept, "民政、扶贫、救灾\\优抚安置", "退役军人字")
        d.ln("单位：元" + " " * r.randint(40, 90) + "填报日期：%s" % x.ymd(sep="年"))
        maxw = [4, 12, 12, 8, 8, 8, 8, 18, 19, 14, 10, 12]
        render_layout(d, header, [row[: len(header)] for row in rows], r, maxw=maxw)
        d.ln("合计" + " " * r.randint(60, 120) + money(total))
        d.t("\n")
        d.ln("制表人：%s        审核人：%s        分管领导：%s" % (x.official(), x.official(), x.official()))
        d.ln("\f第 1 页，共 %d 页" % r.randint(1, 3))
    return d


def fam_weifang(x):
    r, g, c = x.r, x.g, x.c
    d = Doc("农村危房改造补助对象公示", "docx_tabs")
    lvl = r.random() < 0.5
    town = r.choice(c["towns"])
    dept = (town if lvl else c["name"]) + (
        "人民政府" if lvl and not town.endswith("街道") else "办事处" if lvl else "住房和城乡建设局"
    )
    title = "%s%s%d年农村危房改造补助对象公示" % (
        "关于" if r.random() < 0.4 else "",
        (c["name"] + town) if lvl else c["name"],
        x.year,
    )
    head(d, x, title, dept, "城乡建设、环境保护\\城乡建设（含住房）", None)
    masked = r.random() < 0.3
    pdays = r.choice([5, 7, 7, 10])
    d.ln(
        "　　根据《%s农村低收入群体等重点对象住房安全保障工作实施方案》要求，经农户申请、村民小组评议、村委会审核、"
        "乡镇审核及县级审批，现将%d年度农村危房改造补助对象予以公示，公示期为%d天（%s至%s）。公示期间如有异议，"
        "请向%s反映。" % ((c["name"], x.year, pdays) + x.period(pdays) + (dept,))
    )
    d.ln("　　监督电话：%s；县纪委监委举报电话：12388。" % x.office_phone())
    d.t("\n")
    header = [
        "序号",
        "乡镇",
        "行政村",
        "户主姓名",
        "身份证号码",
        "家庭人口",
        "家庭住址",
        "户类型",
        "危房等级",
        "改造方式",
        "补助金额（元）",
        "备注",
    ]
    rows = []
    for i in range(r.randint(8, 30)):
        t = town if lvl else r.choice(c["towns"])
        vill = r.choice(c["vill"])
        sex = "男" if r.random() < 0.8 else "女"
        nm = g.name(c, sex, r.choice(["old", "ad"]))
        idv = g.idc(c, 1940, 1985, sex=sex)
        typ = r.choice(
            [
                "低保户",
                "分散供养特困人员",
                "低保边缘家庭",
                "贫困残疾人家庭",
                "防止返贫监测对象",
                "因病因灾意外事故刚性支出较大家庭",
            ]
        )
        lv = r.choice(["C级", "D级"])
        how = "修缮加固" if lv == "C级" else r.choice(["拆除重建", "原址重建", "统建", "置换"])
        amt = (
            r.choice([15000, 20000, 25000, 30000, 35000, 40000])
            if lv == "D级"
            else r.choice([8000, 10000, 12000, 15000])
        )
        if r.random() < 0.75:
            addr = [
                P(
                    "address",
                    g.village_addr(c, town=t, vill=vill, prefix="none" if r.random() < 0.6 else None),
                )
            ]
        else:
            addr = [vill]  # village-level only: not labelled
        if addr and r.random() < 0.15 and not isinstance(addr[0], str):
            a = addr[0][1]
            k = len(a) // 2
            addr = [P("address", a[:k] + "\n" + a[k:])]
        note = []
        if r.random() < 0.12:
            note = ["户主", P("health", r.choice(HEALTH_DIS).format(g=r.choice(CNUM)))]
        elif r.random() < 0.1:
            note = ["联系电话：", P("mobile", g.mobile())]
        elif r.random() < 0.08:
            note = ["已于%d年享受过危改补助，取消" % (x.year - r.randint(3, 8))]
        rows.append(
            [
                [str(i + 1)],
                [t],
                [vill],
                [P("name", nm)],
                [mask_id(r, idv)] if masked else [P("id_card", style(r, "id_card", idv))],
                [str(r.randint(1, 6))],
                addr,
                [typ],
                [lv],
                [how],
                [str(amt)],
                note,
            ]
        )
    render_tabs(d, header, rows, r)
    d.t("\n")
    foot(d, x, dept, monitor=False)
    return d


def fam_gaoling(x):
    r, g, c = x.r, x.g, x.c
    d = Doc("高龄津贴新增/停发名单", "pdf_cell_per_line")
    dept = c["name"] + "民政局"
    mon = r.randint(1, 12)
    title = "%s%d年%d月高龄津贴新增及停发人员名单" % (c["name"], x.year, mon)
    head(d, x, title, dept, "民政、扶贫、救灾\\社会福利", None)
    d.ln(
        "　　根据《%s高龄老人津贴发放管理办法》，现将%d年%d月新增、停发高龄津贴人员名单公示如下："
        % (c["prov"], x.year, mon)
    )
    n_new = r.randint(6, 18)
    n_stop = r.randint(3, 12)
    d.ln("一、新增人员名单（%d人）" % n_new)
    header = [
        "序号",
        "姓名",
        "性别",
        "身份证号码",
        "出生年月",
        "年龄",
        "乡镇（街道）",
        "村（社区）",
        "发放标准（元/月）",
    ]
    with_addr = r.random() < 0.3
    if with_addr:
        header = header[:7] + ["家庭住址"] + header[8:]
    with_tel = r.random() < 0.3
    if with_tel:
        header.append("联系电话")
    rows = []
    for i in range(n_new):
        sex = r.choice("男女")
        age = r.choice([80, 80, 80, 81, 85, 90, 90, 100, 92])
        by = x.year - age
        b = (by, r.randint(1, 12), 1)
        b = (b[0], b[1], r.randint(1, days_in(b[0], b[1])))
        nm = g.name(c, sex, "old")
        if r.random() < 0.25:
            idcell = [P("id_card_15", g.id15(c, sex=sex, birth=b))]
        else:
            idcell = [P("id_card", style(r, "id_card", g.idc(c, sex=sex, birth=b)))]
        town = r.choice(c["towns"])
        std = 50 if age < 90 else 100 if age < 100 else 300
        row = [[str(i + 1)], [P("name", nm)], [sex], idcell, ["%d.%02d" % (b[0], b[1])], [str(age)], [town]]
        if with_addr:
            a = g.village_addr(c, town=town, prefix="none") if r.random() < 0.7 else g.urban_addr(c)
            row.append([P("address", a)])
        else:
            row.append([r.choice(c["vill"])])
        row.append([str(std)])
        if with_tel:
            v = r.random()
            row.append(
                [P("landline", g.landline(c))]
                if v < 0.4
                else [P("mobile", g.mobile())]
                if v < 0.85
                else ["无"]
            )
        rows.append(row)
    render_cellline(d, header, rows, r, wrapw=r.choice([8, 10, 12]))
    d.ln("\f%s第 %d 页" % (" " * 30, 1))
    d.ln("二、停发人员名单（%d人）" % n_stop)
    header2 = ["序号", "姓名", "性别", "身份证号码", "乡镇（街道）", "村（社区）", "停发原因", "停发时间"]
    rows2 = []
    for i in range(n_stop):
        sex = r.choice("男女")
        nm = g.name(c, sex, "old")
        b = g.date(1918, x.year - 80)
        idcell = (
            [P("id_card_15", g.id15(c, sex=sex, birth=b))]
            if r.random() < 0.3
            else [P("id_card", g.idc(c, sex=sex, birth=b))]
        )
        reason = r.choice(
            [
                "死亡",
                "死亡",
                "死亡",
                "迁出",
                "户籍迁出",
                "死亡（%d.%02d.%02d）" % (x.year, max(1, mon - 1), r.randint(1, 28)),
            ]
        )
        if r.random() < 0.06:
            reason_c = ["因", P("health", r.choice(DISEASES)), "去世"]
        else:
            reason_c = [reason]
        rows2.append(
            [
                [str(i + 1)],
                [P("name", nm)],
                [sex],
                idcell,
                [r.choice(c["towns"])],
                [r.choice(c["vill"])],
                reason_c,
                ["%d年%d月" % (x.year, mon)],
            ]
        )
    render_cellline(d, header2, rows2, r)
    d.ln("\f%s第 %d 页" % (" " * 30, 2))
    foot(d, x, dept)
    return d


def fam_jihua(x):
    r, g, c = x.r, x.g, x.c
    lay = r.choice(["pdf_layout", "docx_tabs", "pdf_layout"])
    d = Doc("计划生育奖励扶助对象确认公示", lay)
    dept = c["name"] + "卫生健康局"
    title = "%s%d年度农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助对象确认名单公示" % (
        c["name"],
        x.year + 1,
    )
    head(d, x, title, dept, "人口与计划生育、妇女儿童工作\\人口与计划生育", "卫健字")
    d.ln(
        "　　经个人申报、村级初审、乡镇审核、县级审批，以下人员符合%d年度计划生育家庭扶助条件，现予公示。"
        "公示期：%s—%s。" % ((x.year + 1,) + x.period(7))
    )
    d.ln("　　举报电话：%s  %s" % (x.office_phone(), "12320卫生热线" if r.random() < 0.5 else ""))
    header = [
        "序号",
        "乡镇",
        "村",
        "男方姓名",
        "男方身份证号",
        "女方姓名",
        "女方身份证号",
        "扶助类别",
        "年扶助金（元）",
    ]
    joint = r.random() < 0.4
    if joint:
        header = ["序号", "乡镇", "村", "夫妻姓名", "身份证号码", "扶助类别", "子女情况", "扶助金额"]
    rows = []
    for i in range(r.randint(8, 25)):
        hm = g.name(c, "男", "old")
        wf = g.name(c, "女", "old")
        by = r.randint(1950, 1964)
        hid = g.idc(c, by - 2, by, sex="男")
        wid = g.idc(c, by, by + 3, sex="女")
        cat = r.random()
        if cat < 0.7:
            catc = ["奖励扶助"]
            amt = r.choice([960, 1080, 1200, 1440])
            kid = ["独生子女" if r.random() < 0.5 else "两女"]
        elif cat < 0.85:
            catc = ["特别扶助（", P("health", "伤残%s级" % r.choice(CNUM[:3])), "）"]
            amt = r.choice([5520, 6000, 7200])
            kid = ["独生子女", P("health", r.choice(HEALTH_DIS).format(g=r.choice(CNUM[:3])))]
        else:
            catc = ["特别扶助（死亡）"]
            amt = r.choice([7080, 7200, 8400])
            kid = ["独生子女死亡"]
        single = r.random() < 0.1
        if joint:
            sep = r.choice(["、", " ", "/", "\n"])
            if single:
                names = [P("name", hm)]
                ids = [P("id_card", hid)]
            else:
                names = [P("name", hm), sep, P("name", wf)]
                ids = [P("id_card", hid), "\n" if lay == "docx_tabs" else "、", P("id_card", wid)]
            rows.append(
                [
                    [str(i + 1)],
                    [r.choice(c["towns"])],
                    [r.choice(c["vill"])],
                    names,
                    ids,
                    catc,
                    kid,
                    [str(amt)],
                ]
            )
        else:
            rows.append(
                [
                    [str(i + 1)],
                    [r.choice(c["towns"])],
                    [r.choice(c["vill"])],
                    [P("name", hm)],
                    [P("id_card", style(r, "id_card", hid))],
                    ["（丧偶）"] if single else [P("name", wf)],
                    [] if single else [P("id_card", wid)],
                    catc,
                    [str(amt)],
                ]
            )
    if lay == "docx_tabs":
        render_tabs(
            d,
            header,
            [
                [
                    [s if not (isinstance(s, str) and s == "\n") else " " for s in cell]
                    if cell is not rows[0][4]
                    else cell
                    for cell in row
                ]
                for row in rows
            ],
            r,
        )
    else:
        if joint:
            rows = [
                [
                    cell
                    if not any(isinstance(s, str) and s == "\n" for s in cell)
                    else [s if s != "\n" else "、" for s in cell]
                    for cell in row
                ]
                for row in rows
            ]
            maxw = [4, 12, 10, 10, 19, 12, 16, 8]
        else:
            maxw = [4, 12, 10, 8, 18, 8, 18, 16, 8]
        render_layout(d, header, rows, r, maxw=maxw)
    d.t("\n")
    foot(d, x, dept, monitor=False)
    return d


def fam_nongji(x):
    r, g, c = x.r, x.g, x.c
    lay = r.choice(["html_flat", "pdf_layout", "csv"])
    d = Doc("农机购置补贴受益公示", lay)
    dept = c["name"] + "农业农村局"
    title = "%s%d年农机购置与应用补贴受益对象信息公示（第%s批）" % (
        c["name"],
        x.year,
        "一二三四五六"[r.randint(0, 5)],
    )
    header = [
        "序号",
        "所在乡（镇）",
        "所在村组",
        "购机者姓名",
        "机具品目",
        "生产厂家",
        "产品名称",
        "购买机型",
        "购买数量（台）",
        "经销商",
        "单台销售价格（元）",
        "单台补贴额（元）",
        "总补贴额（元）",
        "出厂编号",
        "号牌号码",
        "状态",
    ]
    items = [
        (
            "轮式拖拉机",
            "潍柴雷沃智慧农业科技股份有限公司",
            "轮式拖拉机",
            ["M1004-2H", "M904-2A", "M704-2H"],
            True,
        ),
        ("轮式拖拉机", "山东五征集团有限公司", "轮式拖拉机", ["PY904", "PH1204"], True),
        ("轮式拖拉机", "第一拖拉机股份有限公司", "东方红轮式拖拉机", ["LX904", "LX1204", "MF554"], True),
        (
            "谷物联合收割机",
            "久保田农业机械（苏州）有限公司",
            "履带式全喂入联合收割机",
            ["4LBZ-145G(PRO888GM)", "4LZ-4J"],
            True,
        ),
        (
            "谷物联合收割机",
            "江苏沃得农业机械股份有限公司",
            "全喂入履带式联合收割机",
            ["4LZ-6.0EN", "4LZ-7.0EQ"],
            True,
        ),
        ("微耕机", "重庆鑫源农机股份有限公司", "微耕机", ["1WG4.0-100FC-Z", "1WG6.3"], False),
        ("植保无人驾驶航空器", "广州极飞科技股份有限公司", "植保无人飞机", ["P100", "V50"], False),
        ("机动喷雾喷粉机", "台州市路桥王氏喷雾器有限公司", "背负式机动喷雾机", ["3WF-3A"], False),
        ("水稻插秧机", "洋马农机（中国）有限公司", "乘坐式高速插秧机", ["VP6E", "YR60D"], False),
        ("饲料粉碎机", "郑州市张氏机械设备厂", "锤片式饲料粉碎机", ["9FQ-50"], False),
    ]
    rows = []
    total = 0
    for i in range(r.randint(6, 22)):
        it = r.choice(items)
        coop = r.random() < 0.15
        if coop:
            buyer = [
                r.choice(
                    [
                        "%s%s农机专业合作社" % (c["name"], r.choice(["丰收", "永丰", "金穗", "兴农"])),
                        "%s%s家庭农场" % (r.choice(c["towns"]), g.name(c)),
                        "%s王氏种植专业合作社" % c["name"],
                    ]
                )
            ]
        else:
            buyer = [P("name", g.name(c, "男" if r.random() < 0.85 else "女", "ad"))]
        town = r.choice(c["towns"])
        vill = r.choice(c["vill"])
        vg = [vill + ("%d组" % r.randint(1, 9) if r.random() < 0.3 else "")]
        if not isinstance(vg[0], str) or vg[0].endswith("组"):
            vg = [P("address", vg[0])] if not coop else vg
        lo, hi = {
            "轮式拖拉机": (60000, 260000),
            "谷物联合收割机": (90000, 320000),
            "微耕机": (2500, 9000),
            "植保无人驾驶航空器": (30000, 90000),
            "机动喷雾喷粉机": (800, 2600),
            "水稻插秧机": (40000, 160000),
            "饲料粉碎机": (1500, 6000),
        }[it[0]]
        price = r.randrange(lo, hi, 100)
        sub = int(price * r.choice([0.2, 0.25, 0.3]) // 10 * 10)
        total += sub
        if it[4]:
            v = r.random()
            plate = [P("license_plate", g.farm_plate(c))] if v < 0.7 else [r.choice(["待上牌", "/", "无"])]
        else:
            plate = ["/"] if r.random() < 0.6 else []
        serial = r.choice(
            [
                g.serial(r.choice([12, 16, 18, 20])),
                "SN" + g.serial(10),
                g.bad18(c) if r.random() < 0.3 else g.serial(18),
            ]
        )
        rows.append(
            [
                [str(i + 1)],
                [town],
                vg,
                buyer,
                [it[0]],
                [it[1]],
                [it[2]],
                [r.choice(it[3])],
                ["1"],
                ["%s%s农机销售有限公司" % (c["name"], r.choice(["鑫农", "金田", "丰源", "宏达"]))],
                [str(price)],
                [str(sub)],
                [str(sub)],
                [serial],
                plate,
                [r.choice(["已兑付", "已结算", "公示中"])],
            ]
        )
    if lay == "csv":
        ncol = len(header)
        d.ln(title + "," * (ncol - 1))
        render_csv(d, header, rows, r)
        d.ln("合计" + "," * 11 + str(total) + "," * 4)
    else:
        head(d, x, title, dept, "农业、林业、水利\\农业、畜牧业、渔业", None)
        d.ln(
            "　　根据农业农村部办公厅、财政部办公厅关于农机购置与应用补贴实施的有关要求，现将%s%d年第%s批农机购置与应用补贴"
            "受益对象信息予以公示，公示期7天。如有异议，请于公示期内向%s反映。"
            % (c["name"], x.year, "一二三"[r.randint(0, 2)], dept)
        )
        d.ln("咨询电话：%s    投诉电话：%s" % (x.office_phone(), x.office_phone()))
        if lay == "html_flat":
            render_html(d, header, rows, r)
        else:
            maxw = [4, 10, 10, 8, 12, 20, 16, 14, 4, 16, 8, 8, 8, 20, 12, 6]
            render_layout(d, header, rows, r, maxw=maxw, center=False)
        d.t("\n")
        foot(d, x, dept, monitor=False)
    return d


def wrap_prose(d, x, paras, width=None):
    r = x.r
    width = width or r.choice([None, 34, 36, 38, 40])
    for segs in paras:
        if width:
            segs = list(segs)
            if not (isinstance(segs[0], str) and segs[0].startswith("　")):
                segs = ["　　"] + segs
            segs = hardwrap(segs, width)
        d.segs(segs)
        d.t("\n")


def ocrize(r, paras, rate=0.04):
    out = []
    for segs in paras:
        ns = []
        for g in segs:
            if isinstance(g, str):
                s = []
                for ch in g:
                    s.append(ch)
                    if "\u4e00" <= ch <= "\u9fff" and r.random() < rate:
                        s.append(" ")
                t = "".join(s)
                if r.random() < 0.3:
                    t = t.replace("，", ",").replace("：", ":")
                ns.append(t)
            else:
                ns.append((g[0], style(r, g[0], g[1], ocr=True)))
        out.append(ns)
    return out


def fam_fayuan(x):
    r, g, c = x.r, x.g, x.c
    dept = c["name"] + "法律援助中心"
    ocr = r.random() < 0.3
    d = Doc("法律援助受援人案件公示/决定书", "prose_ocr" if ocr else "prose")
    paras = []
    if r.random() < 0.6:
        # 给予法律援助决定书
        title = "给予法律援助决定书"
        d.ln(("%s" % " " * r.randint(4, 16)) + title)
        d.ln("%s法援决字〔%d〕第%d号" % (c["abbr"], x.year, r.randint(1, 400)))
        sex = r.choice("男女")
        nm = g.name(c, sex, "ad")
        b = g.date(1960, 2000)
        eth = (
            "傣族"
            if nm[0] in "岩玉"
            else "拉祜族"
            if nm[0] in "扎娜" and c["ethnic"] == "dai"
            else r.choice(
                ["汉族"] * 3
                + {"dai": ["傣族", "哈尼族"], "tu": ["土族", "藏族"], "dong": ["侗族", "苗族"]}.get(
                    c["ethnic"], ["汉族"]
                )
            )
        )
        p1 = [
            "受援人：",
            P("name", nm),
            "，%s，%s，%d年%d月%d日出生，公民身份号码：" % (sex, eth, b[0], b[1], b[2]),
            P("id_card", style(r, "id_card", g.idc(c, sex=sex, birth=b))),
            "，住",
            P("address", g.home_addr(c, full=r.random() < 0.3)),
            "，联系电话：",
            P("mobile", g.mobile()),
            "。",
        ]
        paras.append(p1)
        if r.random() < 0.3:
            agent = g.name(c)
            paras.append(
                [
                    "代理申请人：",
                    P("name", agent),
                    "，系受援人之%s，联系电话：" % r.choice(["妻子", "丈夫", "儿子", "女儿", "母亲"]),
                    P("mobile", g.mobile()),
                    "。",
                ]
            )
        case = r.choice(
            ["劳动争议", "追索劳动报酬", "机动车交通事故责任纠纷", "赡养纠纷", "人身损害赔偿纠纷", "离婚纠纷"]
        )
        opp = r.choice(["%s%s建筑劳务有限公司" % (c["name"], r.choice(["宏盛", "鑫达", "永兴"])), None])
        reason = []
        v = r.random()
        if v < 0.35:
            reason = [
                "申请人系",
                P("health", r.choice(HEALTH_DIS).format(g=r.choice(CNUM))),
                "人员，持有《中华人民共和国残疾人证》，",
            ]
        elif v < 0.5:
            reason = ["申请人因", P("health", r.choice(INJURIES)), "长期治疗，家庭经济困难，"]
        elif v < 0.7:
            reason = ["申请人系农民工，"]
        else:
            reason = ["申请人系城乡最低生活保障对象，"]
        p2 = ["　　你（单位）于%s提出的%s" % (x.ymd(sep="年"), case)]
        if opp:
            p2 += ["（对方当事人：%s）" % opp]
        else:
            on = g.name(c)
            p2 += ["（对方当事人：", P("name", on), "）"]
        p2 += (
            ["法律援助申请，经审查，"]
            + reason
            + [
                "符合《中华人民共和国法律援助法》第%s条规定的条件，本机构决定给予法律援助。"
                % r.choice(["三十一", "三十二", "四十二"])
            ]
        )
        paras.append(p2)
        if case == "机动车交通事故责任纠纷":
            paras.append(
                [
                    "　　经查，%s，" % x.ymd(sep="年"),
                    P("name", g.name(c)),
                    "驾驶",
                    P("license_plate", g.plate(c)),
                    "号小型普通客车与受援人发生碰撞，致受援人",
                    P("health", r.choice(INJURIES)),
                    "，经鉴定构成",
                    P("health", "%s级伤残" % r.choice("七八九十")),
                    "。",
                ]
            )
        law = (
            "江西%s律师事务所" % r.choice(["长征", "红都", "贡江"])
            if c["key"] == "yudu"
            else "%s%s律师事务所" % (c["city"][:2], r.choice(["正义", "明德", "众和", "天平"]))
        )
        paras.append(
            [
                "　　本机构指派%s律师%s承办此案。请受援人自收到本决定书之日起3日内与承办律师联系，承办律师联系电话：%s。"
                % (law, x.official(), x.office_phone())
            ]
        )
        paras.append(
            [
                "　　联系地址：%s%s%d号   法律援助热线：12348"
                % (c["towns"][0], r.choice(c["streets"]), r.randint(1, 99))
            ]
        )
    else:
        title = "%s%d年%s法律援助案件受援人公示" % (
            c["name"],
            x.year,
            r.choice(["第一季度", "第二季度", "第三季度", "第四季度", "上半年"]),
        )
        head(d, x, title, dept, "公安、安全、司法\\司法", None)
        paras.append(
            [
                "　　为接受社会监督，现将本中心%s受理并指派的部分法律援助案件公示如下："
                % r.choice(["本季度", "近期"])
            ]
        )
        for i in range(r.randint(4, 10)):
            nm = g.name(c)
            masked = r.random() < 0.55
            who = [mask_name(r, nm)] if masked else [P("name", nm)]
            segs = ["%d. " % (i + 1), "受援人"] + who + ["，"]
            if not masked and r.random() < 0.4:
                segs += ["住", P("address", g.home_addr(c)), "，"]
            elif r.random() < 0.5:
                segs += ["住%s%s，" % (r.choice(c["towns"]), r.choice(c["vill"]))]
            case = r.choice(
                ["追索劳动报酬", "工伤赔偿", "赡养费纠纷", "交通事故损害赔偿", "刑事辩护", "抚养费纠纷"]
            )
            segs += ["%s一案，" % case]
            if r.random() < 0.3:
                if masked:
                    segs += ["受援人系残疾人，"]
                else:
                    segs += ["受援人", P("health", r.choice(HEALTH_DIS).format(g=r.choice(CNUM))), "，"]
            segs += [
                "指派%s律师事务所%s律师承办，案件编号%s法援〔%d〕%d号。"
                % (c["name"][:2], x.official(), c["abbr"], x.year, r.randint(1, 500))
            ]
            paras.append(segs)
        if r.random() < 0.3:
            paras.append(
                [
                    "　　受援人",
                    P("name", g.name(c)),
                    "（联系邮箱：",
                    P("email", g.email()),
                    "）申请撤回援助。",
                ]
            )
    if ocr:
        paras = ocrize(r, paras)
    wrap_prose(d, x, paras)
    d.t("\n")
    d.ln(" " * r.randint(10, 30) + dept)
    d.ln(" " * r.randint(10, 30) + x.ymd(sep="年"))
    return d


def fam_jianyi(x):
    r, g, c = x.r, x.g, x.c
    ocr = r.random() < 0.35
    d = Doc("见义勇为表彰决定", "prose_ocr" if ocr else "prose")
    dept = c["gov"] if r.random() < 0.6 else c["name"] + "见义勇为基金会"
    title = "%s关于表彰%d年度见义勇为先进个人的决定" % (dept, x.year)
    if r.random() < 0.5:
        head(d, x, title, dept, "公安、安全、司法\\公安", "府字")
    else:
        d.ln(title)
        d.ln(x.wenhao("府发"))
    paras = [["各乡（镇）人民政府，县直各单位："]]
    paras.append(
        [
            "　　%d年以来，我县涌现出一批见义勇为先进个人，他们在人民群众生命财产安全受到威胁时挺身而出，"
            "弘扬了社会正气。为进一步激发广大群众崇德向善、见义勇为，经县见义勇为评审委员会评审并公示，县人民政府决定："
            % x.year
        ]
    )
    heroes = []
    for i in range(r.randint(2, 5)):
        sex = "男" if r.random() < 0.85 else "女"
        nm = g.name(c, sex, "ad")
        heroes.append(nm)
        b = g.date(1965, 2003)
        segs = [
            "　　%s、" % "一二三四五六"[i],
            P("name", nm),
            "，%s，%d年%d月生，%s"
            % (
                sex,
                b[0],
                b[1],
                r.choice(
                    [
                        "%s%s村村民" % (r.choice(c["towns"]), r.choice(c["vill"])),
                        "个体工商户",
                        "外卖骑手",
                        "货车司机",
                        "在校学生" if b[0] >= 2001 else "务工人员",
                        "退役军人",
                    ]
                ),
            ),
        ]
        if r.random() < 0.35:
            segs += ["，家住", P("address", g.home_addr(c))]
        if r.random() < 0.25:
            segs += ["，身份证号", P("id_card", style(r, "id_card", g.idc(c, sex=sex, birth=b)))]
        segs += ["。"]
        dt = x.ymd(sep="年")
        v = r.random()
        victim = g.name(c, gen=r.choice(["yo", "ad", "old"]))
        if v < 0.35:
            segs += [
                "%s，%s在%s河段发现一名儿童落水，不顾个人安危跳入水中施救，将落水儿童"
                % (dt, nm[:1] + "某" if r.random() < 0.0 else "其", r.choice(c["towns"])),
                r.choice([[P("name", victim)], ["小", "宇（化名）"], [mask_name(r, victim)]])[0]
                if False
                else "",
            ]
            vv = r.random()
            if vv < 0.5:
                segs += [P("name", victim)]
            elif vv < 0.75:
                segs += ["小%s（化名）" % victim[-1]]
            else:
                segs += [mask_name(r, victim)]
            segs += ["成功救起，自己因体力透支", "被送医治疗。" if r.random() < 0.5 else "导致"]
            if segs[-1] == "导致":
                segs += [P("health", r.choice(["吸入性肺炎", "左臂骨折", "多处软组织挫伤"])), "。"]
        elif v < 0.7:
            plate = g.plate(c)
            segs += [
                "%s，在%s%s路段，" % (dt, c["towns"][0], r.choice(c["streets"])),
                "一辆号牌为",
                P("license_plate", plate),
                "的小型轿车发生侧翻起火，其迅速上前砸开车窗，救出被困驾驶员",
                P("name", victim),
                "，",
                "本人在施救中" if r.random() < 0.7 else "其",
                P("health", r.choice(["面部及双手烧伤", "双下肢烧伤", "右手肌腱断裂", "头部外伤"])),
                "。",
            ]
        else:
            segs += [
                "%s，在%s勇斗持刀抢劫歹徒，协助公安机关将犯罪嫌疑人抓获，搏斗中被刺伤，经鉴定为"
                % (dt, r.choice(c["towns"])),
                P("health", "轻伤%s级" % r.choice("一二")),
                "。",
            ]
        segs += [
            "授予",
            P("name", nm),
            "同志“%s见义勇为先进个人”称号，奖励人民币%d元。"
            % (c["name"], r.choice([5000, 10000, 20000, 30000])),
        ]
        if r.random() < 0.2:
            segs += ["联系人：", P("name", g.name(c)), "（其家属），电话", P("mobile", g.mobile()), "。"]
        paras.append(segs)
    if r.random() < 0.3:
        sac = g.name(c, "男", "ad")
        paras.append(
            [
                "　　追认在抢险救援中不幸牺牲的",
                P("name", sac),
                "同志为“%s见义勇为英雄”，给予其家属一次性抚恤。" % c["name"],
            ]
        )
    paras.append(
        [
            "　　希望受表彰的同志珍惜荣誉，再接再厉。全县广大干部群众要以他们为榜样，积极投身平安%s建设。"
            % c["name"][:2]
        ]
    )
    paras.append(["　　（联系人：县委政法委 %s，联系电话：%s）" % (x.official(), x.office_phone())])
    if ocr:
        paras = ocrize(r, paras)
    wrap_prose(d, x, paras)
    d.t("\n")
    d.ln(" " * r.randint(10, 30) + dept)
    d.ln(" " * r.randint(10, 30) + x.ymd(sep="年"))
    return d


def fam_qianxin(x):
    r, g, c = x.r, x.g, x.c
    lay = r.choice(["prose+docx_tabs", "prose+pdf_layout", "prose+html_flat"])
    d = Doc("欠薪举报处理结果公示", lay)
    dept = c["name"] + "人力资源和社会保障局"
    comp = "%s%s%s有限公司" % (
        c["name"],
        r.choice(["宏盛", "鑫达", "永兴", "华建", "恒通", "张氏"]),
        r.choice(["建筑劳务", "建设工程", "商贸", "食品"]),
    )
    credit = g.credit("91", c["code"])
    title = "关于%s拖欠农民工工资举报案件处理结果的公示" % comp
    head(d, x, title, dept, "劳动、人事、监察\\劳动就业", None)
    legal = g.name(c, "男", "ad")
    boss = g.name(c, "男", "ad")
    n = r.randint(5, 25)
    paras = []
    reporter = g.name(c)
    rep = [P("name", reporter)] if r.random() < 0.4 else [mask_name(r, reporter)]
    paras.append(
        ["　　%s，我局劳动保障监察大队接到" % x.ymd(sep="年")]
        + rep
        + [
            "等%d名农民工举报，反映%s（统一社会信用代码：%s，法定代表人：" % (n, comp, credit),
            P("name", legal),
            "）在%s%s项目拖欠工资。"
            % (r.choice(c["towns"]), r.choice(["安置小区", "污水处理厂", "乡村振兴示范点", "学校运动场"])),
        ]
    )
    paras.append(
        [
            "　　经调查核实，该项目劳务班组长",
            P("name", boss),
            "（联系电话：",
            P("mobile", g.mobile()) if r.random() < 0.6 else mask_mobile(g.mobile()),
            "）组织%d名农民工施工，拖欠工资共计%s元。我局依法下达《劳动保障监察限期改正指令书》（%s人社监令字〔%d〕%d号），"
            "责令其限期支付。目前，已通过农民工工资专用账户（账号：%s）代发到位，案件办结。"
            % (
                n,
                money(r.randrange(50000, 800000, 100), True),
                c["abbr"],
                x.year,
                r.randint(1, 99),
                g.serial(r.choice([17, 19, 20])),
            ),
        ]
    )
    paras.append(["　　代发工资明细如下："])
    wrap_prose(d, x, paras, width=r.choice([None, 38]))
    header = ["序号", "姓名", "身份证号码", "联系电话", "银行卡号", "开户银行", "代发金额（元）"]
    rows = []
    for i in range(n):
        sex = "男" if r.random() < 0.85 else "女"
        nm = g.name(c, sex, r.choice(["ad", "ad", "yo"]))
        idv = g.idc(c, 1960, 2002, sex=sex)
        ph = g.mobile()
        rows.append(
            [
                [str(i + 1)],
                [P("name", nm)],
                [P("id_card", style(r, "id_card", idv))] if r.random() < 0.85 else [mask_id(r, idv)],
                [P("mobile", style(r, "mobile", ph))] if r.random() < 0.85 else [mask_mobile(ph)],
                [P("bank_card", style(r, "bank_card", g.card()))],
                [r.choice(c["bank"])],
                [money(r.randrange(3000, 60000, 10))],
            ]
        )
    if lay.endswith("tabs"):
        render_tabs(d, header, rows, r)
    elif lay.endswith("layout"):
        render_layout(d, header, rows, r, maxw=[4, 8, 18, 13, 23, 14, 10])
    else:
        render_html(d, header, rows, r)
    d.t("\n")
    d.ln("　　如对处理结果有异议，可拨打劳动保障监察举报投诉电话%s或12333反映。" % x.office_phone())
    d.ln("　　承办人：%s  监察员证号：%s%07d" % (x.official(), c["pabbr"], r.randint(100000, 9999999)))
    foot(d, x, dept, monitor=False)
    return d


def fam_getihu(x):
    r, g, c = x.r, x.g, x.c
    lay = r.choice(["html_fields", "html_fields", "csv"])
    d = Doc("个体工商户行政许可公示", lay)
    dept = c["name"] + r.choice(["市场监督管理局", "行政审批局"])
    dcode = g.credit("11", c["code"])
    title = "%s个体工商户行政许可信息公示（%s）" % (dept, x.ymd(sep="-"))
    recs = []
    for i in range(r.randint(4, 14)):
        sex = r.choice("男女")
        nm = g.name(c, sex, "ad")
        shop_t = r.choice(
            [
                "%s%s"
                % (
                    c["name"],
                    r.choice(
                        [
                            "%s记粉店" % nm[0],
                            "%s副食店" % nm,
                            "%s家餐馆" % nm[0],
                            "鑫源五金店",
                            "红红超市",
                            "阿%s烧烤店" % nm[-1],
                            "老%s修车铺" % nm[0],
                        ]
                    ),
                ),
                "%s%s"
                % (r.choice(c["towns"]), r.choice(["%s便利店" % nm, "兴旺农资店", "%s理发店" % nm[-1]])),
            ]
        )
        foreign = r.random()
        if foreign < 0.07:
            ctype, cnum = "港澳居民来往内地通行证", P("hk_macau_permit", g.hk())
        elif foreign < 0.12:
            ctype, cnum = "台湾居民来往大陆通行证", P("tw_permit", g.tw())
        elif foreign < 0.14:
            ctype, cnum = "护照", P("passport", g.passport())
        else:
            idv = g.idc(c, 1965, 2002, sex=sex)
            ctype = "居民身份证"
            cnum = mask_id(r, idv) if r.random() < 0.6 else P("id_card", idv)
        cc = g.credit("92", c["code"])
        prem = "%s%s%d号%s" % (
            r.choice(c["towns"]),
            r.choice(c["streets"]),
            r.randint(1, 300),
            r.choice(["", "门面", "一楼", "%d号商铺" % r.randint(1, 40)]),
        )
        recs.append(
            dict(
                shop=shop_t,
                cc=cc,
                nm=nm,
                ctype=ctype,
                cnum=cnum,
                prem=prem,
                home=g.home_addr(c) if r.random() < 0.45 else None,
                tel=g.mobile() if r.random() < 0.3 else None,
                mail=g.email() if r.random() < 0.1 else None,
                wh="（%s）登记个设字〔%d〕第%d号" % (c["abbr"], x.year, r.randint(100, 9999))
                if r.random() < 0.6
                else "JY2%s%08d" % (c["code"], r.randint(0, 99999999)),
                lic=r.choice(
                    ["个体工商户设立登记", "食品经营许可", "个体工商户变更登记（经营者变更）", "小餐饮登记"]
                ),
                date=x.ymd(sep="/"),
            )
        )
    if lay == "csv":
        header = [
            "行政相对人名称",
            "行政相对人类别",
            "统一社会信用代码",
            "经营者姓名",
            "证件类型",
            "证件号码",
            "经营场所",
            "住所",
            "行政许可决定文书号",
            "许可内容",
            "许可决定日期",
            "有效期至",
            "许可机关",
            "许可机关统一社会信用代码",
        ]
        rows = []
        for q in recs:
            rows.append(
                [
                    [q["shop"]],
                    ["个体工商户"],
                    [q["cc"]],
                    [P("name", q["nm"])],
                    [q["ctype"]],
                    [q["cnum"]] if not isinstance(q["cnum"], str) else [q["cnum"]],
                    [q["prem"]],
                    [P("address", q["home"])] if q["home"] else [],
                    [q["wh"]],
                    [q["lic"]],
                    [q["date"]],
                    ["2099/12/31" if r.random() < 0.5 else "长期"],
                    [dept],
                    [dcode],
                ]
            )
        render_csv(d, header, rows, r)
        return d
    head(d, x, title, dept, "市场监管、安全生产监管\\工商", None)
    for i, q in enumerate(recs):
        sep = r.choice(["：", ":", "\n", "\t"])
        d.ln("%d." % (i + 1) if r.random() < 0.5 else "-" * 20)
        d.ln("行政相对人名称%s%s" % (sep, q["shop"]))
        d.ln("行政相对人类别%s个体工商户" % sep)
        d.ln("统一社会信用代码%s%s" % (sep, q["cc"]))
        d.ln("经营者%s" % sep, P("name", q["nm"]))
        d.ln("证件类型%s%s" % (sep, q["ctype"]))
        d.ln("证件号码%s" % sep, q["cnum"])
        d.ln("经营场所%s%s" % (sep, q["prem"]))
        if q["home"]:
            d.ln("住所%s" % sep, P("address", q["home"]))
        if q["tel"]:
            d.ln("联系电话%s" % sep, P("mobile", q["tel"]))
        if q["mail"]:
            d.ln("电子邮箱%s" % sep, P("email", q["mail"]))
        d.ln(
            "行政许可决定文书名称%s%s"
            % (sep, "准予设立登记通知书" if "登记" in q["lic"] else "食品经营许可证")
        )
        d.ln("行政许可决定文书号%s%s" % (sep, q["wh"]))
        d.ln("许可内容%s%s" % (sep, q["lic"]))
        d.ln("许可决定日期%s%s" % (sep, q["date"]))
        d.ln("许可机关%s%s" % (sep, dept))
        d.ln("许可机关统一社会信用代码%s%s" % (sep, dcode))
        d.ln("数据来源单位%s%s" % (sep, dept))
    d.t("\n")
    d.ln("咨询电话：%s（%s）" % (x.office_phone(), "政务服务中心市场监管窗口"))
    return d


def fam_binzang(x):
    r, g, c = x.r, x.g, x.c
    lay = r.choice(["pdf_layout", "docx_tabs", "pdf_cell_per_line", "csv"])
    d = Doc("殡葬惠民补贴发放公示", lay)
    dept = c["name"] + "民政局"
    title = "%s%d年%s基本殡葬服务费用减免（惠民殡葬补贴）发放名单公示" % (
        c["name"],
        x.year,
        r.choice(["第一季度", "第二季度", "第三季度", "第四季度", "%d月" % r.randint(1, 12)]),
    )
    header = [
        "序号",
        "逝者姓名",
        "性别",
        "身份证号码",
        "户籍地址",
        "死亡日期",
        "火化日期",
        "经办人",
        "与逝者关系",
        "经办人身份证号",
        "联系电话",
        "银行卡号",
        "补贴金额（元）",
    ]
    rows = []
    total = 0
    for i in range(r.randint(6, 20)):
        sex = r.choice("男女")
        dead = g.name(c, sex, "old")
        b = g.date(1925, 1965)
        if r.random() < 0.25 and b[0] < 1960:
            did = [P("id_card_15", g.id15(c, sex=sex, birth=b))]
        elif r.random() < 0.03:
            did = ["护照：", P("passport", g.passport())]
        else:
            did = [P("id_card", style(r, "id_card", g.idc(c, sex=sex, birth=b)))]
        rel = r.choice(["儿子", "女儿", "配偶", "儿媳", "孙子", "侄子"])
        agent = g.name(
            c,
            "女" if rel in ("女儿", "儿媳") else ("男" if rel != "配偶" else ("女" if sex == "男" else "男")),
            "old" if rel == "配偶" else "ad",
        )
        if (
            rel in ("儿子", "孙子")
            and len(dead) >= 2
            and dead[0] not in "岩玉扎娜"
            and r.random() < 0.6
            and sex == "男"
        ):
            agent = dead[0] + agent[1:]
        asex = (
            "女" if rel in ("女儿", "儿媳") else ("男" if rel != "配偶" else ("女" if sex == "男" else "男"))
        )
        aid = g.idc(c, 1950 if rel == "配偶" else 1960, 1995, sex=asex)
        import datetime

        dd0 = datetime.date(x.year, r.randint(1, 12), r.randint(1, 28))
        dd = dd0.isoformat()
        hd = (dd0 + datetime.timedelta(days=r.choice([1, 2, 2, 3, 5]))).isoformat()
        amt = r.choice([1000, 1200, 1500, 2000, 2400])
        total += amt
        if r.random() < 0.65:
            addr = [P("address", g.village_addr(c, prefix="none") if r.random() < 0.7 else g.urban_addr(c))]
        else:
            addr = [r.choice(c["towns"]) + r.choice(c["vill"])]
        tel = r.random()
        telc = (
            [P("mobile", style(r, "mobile", g.mobile()))]
            if tel < 0.6
            else [mask_mobile(g.mobile())]
            if tel < 0.8
            else [P("landline", g.landline(c))]
        )
        card = g.card()
        cardc = (
            [P("bank_card", style(r, "bank_card", card))]
            if r.random() < 0.8
            else [card[:4] + "*" * (len(card) - 8) + card[-4:]]
        )
        if lay == "csv" and r.random() < 0.25:
            cardc = [mangle(card)]
        rows.append(
            [
                [str(i + 1)],
                [P("name", dead)],
                [sex],
                did,
                addr,
                [dd],
                [hd],
                [P("name", agent)],
                [rel],
                [P("id_card", aid)] if lay != "csv" or r.random() < 0.7 else ["'", P("id_card", aid)],
                telc,
                cardc,
                [str(amt)],
            ]
        )
    if lay == "csv":
        d.ln(title + "," * (len(header) - 1))
        render_csv(d, header, rows, r)
        d.ln("合计,,,,,,,,,,,,%d" % total)
        return d
    head(d, x, title, dept, "民政、扶贫、救灾\\社会福利", None)
    d.ln(
        "　　根据《%s惠民殡葬政策实施办法》，现将%s享受基本殡葬服务费用减免人员名单公示如下，公示期5个工作日。"
        % (c["name"], title[len(c["name"]) : len(c["name"]) + 9])
    )
    if r.random() < 0.3:
        d.ln(
            "　　注：逝者%s生前患" % rows[0][1][0][1],
            P("health", r.choice(DISEASES)),
            "，按因病死亡困难家庭增发补贴。",
        )
    if lay == "docx_tabs":
        render_tabs(d, header, rows, r)
    elif lay == "pdf_cell_per_line":
        render_cellline(d, header, rows, r, wrapw=r.choice([9, 11]))
    else:
        render_layout(d, header, rows, r, maxw=[4, 8, 4, 18, 16, 10, 10, 8, 6, 18, 13, 23, 8])
    d.ln("合计：%d人，%s元" % (len(rows), money(total)))
    foot(d, x, dept)
    return d


FAMILIES = [
    fam_yiwubing,
    fam_weifang,
    fam_gaoling,
    fam_jihua,
    fam_nongji,
    fam_fayuan,
    fam_jianyi,
    fam_qianxin,
    fam_getihu,
    fam_binzang,
]


# ----------------------------------------------------------------------------- generation
def clean(doc):
    """merge sanity: sort spans, check non-space edges"""
    doc["spans"].sort(key=lambda s: s["start"])
    return doc


def generate(n, seed):
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        fam = FAMILIES[i % len(FAMILIES)]
        c = COUNTIES[rng.randrange(len(COUNTIES))]
        sub = random.Random(rng.getrandbits(64))
        x = Ctx(sub, c)
        d = fam(x)
        docs.append(clean(d.out()))
    return docs


# ----------------------------------------------------------------------------- validation
FWD = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789XX")


def norm(s):
    s = s.translate(FWD)
    return re.sub(r"[\s\-·（）()]", "", s).upper()


def valid_date(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= days_in(y, m)


def check_value(kind, raw):
    v = norm(raw)
    if kind == "id_card":
        if not re.fullmatch(r"\d{17}[\dX]", v):
            return "id format"
        if id_check(v[:17]) != v[17]:
            return "id checksum"
        if v[:6] not in KNOWN_CODES:
            return "id county code"
        y, m, d = int(v[6:10]), int(v[10:12]), int(v[12:14])
        if not (1900 <= y <= 2024 and valid_date(y, m, d)):
            return "id date"
    elif kind == "id_card_15":
        if not re.fullmatch(r"\d{15}", v):
            return "id15 format"
        if v[:6] not in KNOWN_CODES:
            return "id15 code"
        if not valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12])):
            return "id15 date"
    elif kind == "bank_card":
        if not re.fullmatch(r"\d{16,19}", v) or not luhn_ok(v):
            return "card luhn/len"
        if not any(v.startswith(b) for b in BIN_PREFIXES):
            return "card bin"
    elif kind == "mobile":
        if not re.fullmatch(r"1[3-9]\d{9}", v):
            return "mobile"
    elif kind == "landline":
        if not re.fullmatch(r"0\d{9,11}", v):
            return "landline"
    elif kind == "email":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", re.sub(r"\s", "", raw)):
            return "email"
    elif kind == "passport":
        if not re.fullmatch(r"E[A-Z0-9]\d{7}", v):
            return "passport"
    elif kind == "hk_macau_permit":
        if not re.fullmatch(r"([HM]\d{8}|[HM]\d{10}|C[A-Z0-9]\d{7})", v):
            return "hk permit"
    elif kind == "tw_permit":
        if not re.fullmatch(r"(\d{8}|L\d{8})", v):
            return "tw permit"
    elif kind == "license_plate":
        if v[0] not in "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼" or len(v) < 6:
            return "plate"
    elif kind == "address":
        if not re.search(r"[号栋幢室组社]$|单元", v):
            return "address level"
    elif kind == "name":
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", v):
            return "name"
    elif kind == "health":
        if not v:
            return "health"
    else:
        return "unknown kind"
    return None


def check(path):
    probs = 0
    counts = {}
    ndocs = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            ndocs += 1
            try:
                o = json.loads(line)
            except Exception as e:
                print("line %d: bad json %s" % (ln, e))
                probs += 1
                continue
            text = o.get("text", "")
            if not isinstance(o.get("type"), str):
                print("line %d: no type" % ln)
                probs += 1
            prev = 0
            for s in o.get("spans", []):
                k, a, b = s.get("kind"), s.get("start"), s.get("end")
                if k not in KINDS:
                    print("line %d: bad kind %r" % (ln, k))
                    probs += 1
                    continue
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                    print("line %d: offsets out of range %r" % (ln, s))
                    probs += 1
                    continue
                if a < prev:
                    print("line %d: unsorted/overlap at %d" % (ln, a))
                    probs += 1
                prev = b
                val = text[a:b]
                if val[0].isspace() or val[-1].isspace():
                    print("line %d: span edge whitespace %r" % (ln, val))
                    probs += 1
                err = check_value(k, val)
                if err == "address level":
                    # -layout wrap: fragment followed by further fragments of the same address
                    nxt = [t for t in o["spans"] if t["kind"] == "address" and b < t["start"] <= b + 600]
                    if nxt:
                        err = None
                if err:
                    print("line %d: %s: %r" % (ln, err, val))
                    probs += 1
                counts[k] = counts.get(k, 0) + 1
    print("docs: %d" % ndocs)
    for k in KINDS:
        print("  %-16s %6d" % (k, counts.get(k, 0)))
    print("problems: %d" % probs)
    return 1 if probs else 0


def stats(docs, raw_bytes):
    print("documents: %d   bytes: %d" % (len(docs), raw_bytes))
    kc, fc, lc = {}, {}, {}
    for o in docs:
        fc[o["type"]] = fc.get(o["type"], 0) + 1
        for s in o["spans"]:
            kc[s["kind"]] = kc.get(s["kind"], 0) + 1
    print("spans per kind:")
    for k in KINDS:
        print("  %-16s %6d" % (k, kc.get(k, 0)))
    print("  %-16s %6d" % ("TOTAL", sum(kc.values())))
    print("documents per family:")
    for k, v in fc.items():
        print("  %-24s %4d" % (k, v))
    nol = sum(1 for o in docs if not o["spans"])
    print("documents without spans: %d" % nol)


def decisions():
    doc = __doc__
    i = doc.index("DECISIONS")
    print(doc[i:].rstrip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=251)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        decisions()
        return 0
    if a.check:
        return check(a.check)
    docs = generate(a.docs, a.seed)
    lines = [json.dumps(o, ensure_ascii=False, sort_keys=True) for o in docs]
    data = "\n".join(lines) + "\n"
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(data)
    else:
        sys.stdout.write(data)
    if a.stats:
        stats(docs, len(data.encode("utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
