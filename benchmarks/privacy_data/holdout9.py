# ruff: noqa: E501
"""Holdout set 9: a blind, independent labelled-document generator for the privacy detector.

    .venv/bin/python benchmarks/privacy_data/holdout9.py --docs 400 --seed 31 -o /tmp/h9.jsonl

Writes JSON Lines {"type", "text", "spans": [{"kind", "start", "end"}]} (Python str offsets). The text is
built by appending segments; a span is recorded whenever a personal datum is appended. Standard library
only, deterministic for a seed.

Document types (county / district offices and a rural bank publishing lists and letters):
    城乡居民养老保险待遇暂停/恢复/终止名单, 门诊慢特病认定名单, 困境儿童/孤儿/事实无人抚养儿童基本生活费发放名单,
    残疾人机动轮椅车燃油补贴, 失业保险金/一次性生活补助公示, 生态公益林/草原禁牧补偿明细, 土地经营权流转合同备案公示,
    宅基地自愿退出补偿公示, 小额信贷逾期催收公告, 出租房屋/流动人口抽查通报, 消防安全隐患整改通知书(个体户),
    信访事项答复意见书.
Layouts: prose, "标签：值" forms, tables separated by "|", tab, "，" or runs of spaces, numbered lines,
Excel/CSV exports with quoted cells, and text extracted from PDF (lines wrapped mid-sentence and mid-row,
page headers/footers in the middle, spaced-out titles and names such as "张 三", full-width digits,
table cells one per line).

Labelling policy:
- id_card: 18 digits with a valid GB 11643 check, real birth date and real county code (some lower-case x);
  id_card_15: 15-digit first-generation numbers. Masked numbers (330106********1234) are not labelled.
- mobile: issued segments only; the span is the number as written (with its "-" or spaces), without "+86".
- landline: a person's home phone incl. area code. Office phones, hotlines (12345, 12315, 12333, 12350)
  and the office's contact number are not labelled.
- bank_card: Luhn-valid card numbers with an issuer prefix, as written (spaces included).
- email: personal mailboxes; gov.cn mailboxes are not labelled.
- passport, hk_macau_permit (往来港澳通行证 C…, 回乡证 H…/M…), tw_permit (台胞证 8 digits, 往来台湾通行证 L…).
- license_plate: every motor-vehicle plate, as written (with "·" if present).
- address: a person's home (or household / allocated dwelling / 房号 of an owner) address, from its first
  character as written to its last house-level part (号/栋/幢/单元/室/组/队). Offices, companies, shops,
  accident sites, places visited in a 流调 行程 and the 小区 name alone are not labelled.
- name: private persons, each occurrence in the document. Not labelled: officials with a title or acting in
  their role (法定代表人, 局长, 承办人, 审判员 …), an office's contact person, names in 见义勇为 lists,
  anonymised names (王某某, 张某), shops and companies named after people, place names with surnames.
- health: the condition phrase (illness, disability, injury, infection status) of an identifiable person.
  In 见义勇为 notices the honoree's name is not labelled but their ID, phone and injury are.
- Near misses never labelled: 文号, 索引号, valid 统一社会信用代码, 组织机构代码, 房屋编号, 案号, 报名号,
  合同/流水/户号 (16–20 digits failing every check), invalid IDs (wrong check digit), dates, amounts,
  areas, postcodes, hotlines, office phones, gov.cn mail, fishing-boat numbers, dog-licence numbers.
Additionally for this set: "丧失劳动能力" and 失能 are health; a death ("死亡", "已故") is not health.
Full-width digits inside a datum stay inside its span; spaced names ("张 三") span first to last character.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

Seg = tuple[str, str | None]
Cell = list[Seg]

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

# --- check digits ------------------------------------------------------------------------------------
_GB_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_GB_C = "10X98765432"
_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)
_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_HW = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789xX")


def gb_check(body: str) -> str:
    return _GB_C[sum(int(ch) * w for ch, w in zip(body, _GB_W, strict=True)) % 11]


def gb_valid(number: str) -> bool:
    n = number.translate(_HW).upper()
    if len(n) != 18 or not n[:17].isdigit():
        return False
    try:
        dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return False
    return gb_check(n[:17]) == n[17]


def luhn_sum(digits: str, with_check: bool) -> int:
    """Luhn total; the doubled positions depend on whether the check digit is already present."""
    doubled = 1 if with_check else 0
    total = 0
    for pos, ch in enumerate(reversed(digits)):
        v = int(ch) * (2 if pos % 2 == doubled else 1)
        total += v - 9 if v > 9 else v
    return total


def luhn_complete(partial: str) -> str:
    """Check digit that makes partial + digit Luhn-valid."""
    return str((10 - luhn_sum(partial, with_check=False) % 10) % 10)


def luhn_ok(number: str) -> bool:
    n = number.translate(_HW).replace(" ", "").replace("-", "")
    return n.isdigit() and luhn_sum(n, with_check=True) % 10 == 0


def org_code_check(body: str) -> str:
    total = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, _ORG_W, strict=True))
    r = 11 - total % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def uscc_check(body: str) -> str:
    total = sum(_USCC.index(ch) * w for ch, w in zip(body, _USCC_W, strict=True))
    return _USCC[(31 - total % 31) % 31]


def fw(text: str) -> str:
    return text.translate(_FW)


# --- places ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    prov: str
    city: str
    county: str
    codes: tuple[str, ...]
    area: str
    post: str
    plate: str
    short: str
    pinyin: str
    folk: str
    towns: tuple[str, ...]
    streets: tuple[str, ...]
    villages: tuple[str, ...]
    communities: tuple[str, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]


PLACES = (
    Place(
        "宁夏回族自治区",
        "银川市",
        "兴庆区",
        ("640104", "640105", "640106", "640121", "640122"),
        "0951",
        "750001",
        "宁A",
        "兴庆",
        "xingqing",
        "hui",
        ("掌政镇", "大新镇", "通贵乡", "月牙湖乡"),
        ("凤凰北街街道", "富宁街街道", "胜利街街道", "玉皇阁北街街道"),
        ("强家庙村", "洼路村", "碱富桥村", "五渡桥村", "塔桥村"),
        ("丽景社区", "兴源社区", "银古社区", "湖畔社区"),
        ("解放东街", "清和北街", "民族北街", "北京东路", "丽景北街"),
        ("丽水雅苑", "凤凰城", "海宝花园", "金裕园", "东方红小区"),
    ),
    Place(
        "甘肃省",
        "临夏回族自治州",
        "临夏市",
        ("622901", "622921", "622922", "622923", "622925"),
        "0930",
        "731100",
        "甘N",
        "临夏",
        "linxia",
        "hui",
        ("枹罕镇", "南龙镇", "折桥镇"),
        ("城南街道", "东区街道", "八坊街道", "西关街道"),
        ("王坪村", "罗家湾村", "大何家村", "后古城村", "尹家村"),
        ("红园社区", "团结社区", "北关社区"),
        ("团结路", "解放路", "红园路", "前河沿路", "新华街"),
        ("华安花园", "枹罕雅居", "锦苑小区", "滨河家园"),
    ),
    Place(
        "青海省",
        "西宁市",
        "城东区",
        ("630102", "630103", "630104", "630105", "630121"),
        "0971",
        "810007",
        "青A",
        "城东",
        "chengdong",
        "tibetan",
        ("韵家口镇", "乐家湾镇"),
        ("东关大街街道", "清真巷街道", "周家泉街道", "火车站街道"),
        ("朱家庄村", "付家寨村", "泮子山村", "中庄村"),
        ("建国路社区", "东台社区", "德令哈路社区"),
        ("建国路", "东关大街", "八一东路", "互助中路"),
        ("天峻家园", "康川花园", "德福园", "紫恒国际"),
    ),
    Place(
        "四川省",
        "凉山彝族自治州",
        "昭觉县",
        ("513431", "513401", "513432", "513434", "513428"),
        "0834",
        "616150",
        "川W",
        "昭觉",
        "zhaojue",
        "yi",
        ("新城镇", "竹核乡", "四开乡", "比尔乡", "三岔河乡"),
        ("城北街道", "城南街道"),
        ("洒拉地坡村", "古曲洛村", "解放沟村", "日哈村", "谷莫村"),
        ("沐恩邸社区", "城北社区"),
        ("滨河路", "团结路", "建设路", "解放南路"),
        ("阳光家园", "沐恩邸", "滨河小区", "南坪新村"),
    ),
    Place(
        "云南省",
        "大理白族自治州",
        "大理市",
        ("532901", "532922", "532923", "532924", "532925"),
        "0872",
        "671000",
        "云L",
        "大理",
        "dali",
        "han",
        ("喜洲镇", "湾桥镇", "银桥镇", "海东镇", "双廊镇"),
        ("下关街道", "满江街道", "太和街道"),
        ("周城村", "磻曲村", "上关村", "阳南村", "作邑村"),
        ("福星社区", "关平社区", "石坪社区"),
        ("建设路", "人民南路", "泰安路", "龙山路"),
        ("洱海花园", "苍山城", "金星家园", "福星小区"),
    ),
    Place(
        "内蒙古自治区",
        "锡林郭勒盟",
        "锡林浩特市",
        ("152502", "152501", "152522", "152525", "152526", "152527"),
        "0479",
        "026000",
        "蒙H",
        "锡林浩特",
        "xilinhaote",
        "mongol",
        ("朝克乌拉苏木", "宝力根苏木", "阿尔善宝拉格镇"),
        ("宝力根街道", "希日塔拉街道", "楚古兰街道", "额尔敦街道"),
        ("巴彦宝拉格嘎查", "吉仁高勒嘎查", "乌兰图嘎嘎查", "白音锡勒嘎查"),
        ("那达慕社区", "桑根达来社区"),
        ("锡林大街", "额尔敦路", "团结大街", "那达慕大街"),
        ("草原明珠小区", "锡林花园", "宝力根家园"),
    ),
    Place(
        "新疆维吾尔自治区",
        "伊犁哈萨克自治州",
        "伊宁市",
        ("654002", "654021", "654023", "654025", "654028"),
        "0999",
        "835000",
        "新F",
        "伊宁",
        "yining",
        "uyghur",
        ("潘津镇", "英也尔镇", "巴彦岱镇", "汉宾乡", "达达木图乡"),
        ("萨依布依街道", "墩买里街道", "喀赞其街道", "解放路街道"),
        ("阿热吾斯塘村", "布力开村", "克伯克于孜村", "苏拉宫村"),
        ("喀赞其社区", "前进社区", "红旗社区"),
        ("解放路", "斯大林街", "新华西路", "胜利街", "飞机场路"),
        ("天山花园", "阳光小区", "丝路嘉苑", "伊犁河畔小区"),
    ),
    Place(
        "贵州省",
        "毕节市",
        "七星关区",
        ("520502", "520521", "520523", "520525", "520526"),
        "0857",
        "551700",
        "贵F",
        "七星关",
        "qixingguan",
        "han",
        ("杨家湾镇", "撒拉溪镇", "亮岩镇", "鸭池镇"),
        ("市东街道", "三板桥街道", "洪山街道"),
        ("营坪村", "沙坝村", "大坪村", "小河村"),
        ("碧阳社区", "桂花社区"),
        ("威宁路", "洪山路", "麻园路", "招商大道"),
        ("金海湖小区", "桂花苑", "碧海阳光"),
    ),
    Place(
        "河南省",
        "周口市",
        "川汇区",
        ("411602", "411621", "411622", "411623", "411625", "411628"),
        "0394",
        "466000",
        "豫P",
        "川汇",
        "chuanhui",
        "han",
        ("李埠口乡", "搬口镇", "许湾乡"),
        ("陈州回族街道", "七一路街道", "荷花路街道", "人和街道"),
        ("大王庄村", "后刘村", "孙嘴村", "高庄村"),
        ("交通路社区", "建设路社区"),
        ("七一路", "交通路", "八一大道", "中州大道", "工农路"),
        ("天明城", "锦绣花园", "文昌小区", "森林半岛"),
    ),
    Place(
        "山东省",
        "临沂市",
        "兰山区",
        ("371302", "371311", "371312", "371321", "371323"),
        "0539",
        "276000",
        "鲁Q",
        "兰山",
        "lanshan",
        "han",
        ("半程镇", "义堂镇", "李官镇", "方城镇"),
        ("兰山街道", "银雀山街道", "金雀山街道", "柳青街道"),
        ("前园村", "后十里铺村", "东兰墩村", "大岭村"),
        ("沂州路社区", "洗砚池社区"),
        ("沂蒙路", "解放路", "涑河北街", "北京路"),
        ("书香苑", "沂河名居", "龙泉雅苑", "金雀花园"),
    ),
    Place(
        "黑龙江省",
        "绥化市",
        "北林区",
        ("231202", "231221", "231222", "231223", "231224"),
        "0455",
        "152000",
        "黑M",
        "北林",
        "beilin",
        "han",
        ("秦家镇", "双河镇", "宝山镇", "四方台镇"),
        ("爱路街道", "北林街道", "西直路街道"),
        ("永胜村", "东兴村", "红光村", "长发村"),
        ("太平社区", "西城社区"),
        ("中直路", "北二路", "西直路", "长江路"),
        ("祥和小区", "北林家园", "金地花园"),
    ),
    Place(
        "广西壮族自治区",
        "百色市",
        "右江区",
        ("451002", "451003", "451022", "451024", "451026"),
        "0776",
        "533000",
        "桂L",
        "右江",
        "youjiang",
        "zhuang",
        ("四塘镇", "永乐镇", "阳圩镇", "汪甸瑶族乡"),
        ("百城街道", "龙景街道"),
        ("那毕村", "那洪村", "东笋村", "平圩村"),
        ("东风社区", "向阳社区"),
        ("向阳路", "中山路", "城东大道", "龙景路"),
        ("凯旋城", "江景花园", "东合花园"),
    ),
)

OTHER_CODES = (
    "110105",
    "310104",
    "440106",
    "510107",
    "610113",
    "620102",
    "650102",
    "500103",
    "130102",
    "370102",
    "420102",
    "430102",
    "320106",
    "350102",
    "530102",
)

# --- people ------------------------------------------------------------------------------------------
HAN_SURNAMES = tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
RARE_SURNAMES = tuple("仉厍剡脱摆禹尕冶者喇虎海沙达母晏邰亓郄逯蒯蔺禄麻勾昝靳阙麦佘雍缑訾豆撒朵妥")
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "皇甫",
    "尉迟",
    "公孙",
    "令狐",
    "呼延",
    "端木",
    "慕容",
    "东方",
    "夏侯",
    "万俟",
    "澹台",
    "宇文",
    "长孙",
    "司徒",
    "闻人",
    "南宫",
    "第五",
    "赫连",
)
FOLK_SURNAMES = {
    "hui": tuple("马冶喇者沙海虎摆脱尕妥撒穆白丁拜"),
    "zhuang": tuple("黄韦农覃陆梁蒙岑凌罗"),
}
MALE_CHARS = tuple(
    "伟强军斌涛峰磊鹏勇杰刚辉明建国平志文永德福春林东荣俊宏晨浩宇轩睿博泽铭昊旭天成学忠发贵全山宝存有生仁义礼正彪虎龙"
)
FEMALE_CHARS = tuple("芳娟敏静丽艳霞燕玲梅琳婷雪慧娜红英兰萍秀凤桂琴欣怡涵萱雨诗佳悦璐瑶珍翠月莲花菊娥")
UYGHUR_A = (
    "艾力",
    "买买提",
    "阿卜杜拉",
    "吐尔逊",
    "热合曼",
    "艾合买提",
    "努尔兰",
    "艾尔肯",
    "库尔班",
    "依明",
    "玉素甫",
    "阿不都热依木",
    "麦麦提",
    "阿迪力",
)
UYGHUR_F = (
    "古丽娜尔",
    "阿依古丽",
    "帕提古丽",
    "迪丽努尔",
    "米日古丽",
    "热依拉",
    "布再乃甫",
    "阿依努尔",
    "再努尔",
    "祖丽皮亚",
)
UYGHUR_B = (
    "吐尔逊",
    "买买提",
    "热合曼",
    "卡德尔",
    "司马义",
    "艾买提",
    "亚森",
    "吾守尔",
    "托乎提",
    "阿西木",
    "肉孜",
    "哈力克",
)
TIBETAN_A = (
    "扎西",
    "次仁",
    "格桑",
    "达瓦",
    "尼玛",
    "索朗",
    "旦增",
    "洛桑",
    "平措",
    "益西",
    "贡布",
    "拉巴",
    "才让",
    "更登",
)
TIBETAN_B = (
    "卓玛",
    "拉姆",
    "央金",
    "曲珍",
    "德吉",
    "多吉",
    "顿珠",
    "罗布",
    "措姆",
    "白姆",
    "旺堆",
    "加措",
    "东智",
    "吉",
)
YI_A = (
    "吉克",
    "阿苏",
    "曲比",
    "沙马",
    "海来",
    "阿都",
    "吉木",
    "俄底",
    "马海",
    "阿尔",
    "勒格",
    "瓦其",
    "日火",
    "拉马",
)
YI_B = (
    "阿依",
    "日火",
    "阿果",
    "拉且",
    "木呷",
    "子洛",
    "阿卓",
    "尔古",
    "伍牛",
    "石布",
    "莫色",
    "拉哈",
    "友古",
    "阿牛",
)
MONGOL = (
    "巴特尔",
    "其木格",
    "乌日娜",
    "斯琴高娃",
    "额尔敦",
    "哈斯",
    "苏日娜",
    "呼和",
    "朝鲁",
    "格日乐图",
    "敖特根",
    "宝音",
    "阿拉坦仓",
    "娜仁花",
    "图门吉日嘎拉",
    "萨仁",
)
MONGOL_F = frozenset(("其木格", "乌日娜", "斯琴高娃", "苏日娜", "娜仁花", "萨仁"))


def han_name(rng: random.Random, female: bool, folk: str) -> str:
    r = rng.random()
    if folk in FOLK_SURNAMES and r < 0.55:
        sur = rng.choice(FOLK_SURNAMES[folk])
    elif r < 0.72:
        sur = rng.choice(HAN_SURNAMES)
    elif r < 0.9:
        sur = rng.choice(RARE_SURNAMES)
    else:
        sur = rng.choice(COMPOUND_SURNAMES)
    pool = FEMALE_CHARS if female else MALE_CHARS
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(rng.choice(pool) for _ in range(n))


def any_name(rng: random.Random, female: bool, folk: str) -> str:
    r = rng.random()
    if folk == "uyghur" and r < 0.7:
        return rng.choice(UYGHUR_F if female else UYGHUR_A) + rng.choice("··•") + rng.choice(UYGHUR_B)
    if folk == "tibetan" and r < 0.45:
        return rng.choice(TIBETAN_A) + rng.choice(TIBETAN_B)
    if folk == "yi" and r < 0.6:
        return rng.choice(YI_A) + rng.choice(YI_B)
    if folk == "mongol" and r < 0.4:
        pool = [m for m in MONGOL if (m in MONGOL_F) == female]
        return rng.choice(pool)
    if r < 0.04:
        return rng.choice(UYGHUR_A) + "·" + rng.choice(UYGHUR_B)
    if r < 0.07:
        return rng.choice(TIBETAN_A) + rng.choice(TIBETAN_B)
    return han_name(rng, female, folk)


def is_plain_han(name: str) -> bool:
    return 2 <= len(name) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in name)


@dataclass
class Person:
    name: str
    female: bool
    born: dt.date
    idno: str
    mobile: str
    home: str


CN_NUM = "〇一二三四五六七八九十"


def cnum(n: int) -> str:
    if n <= 10:
        return CN_NUM[n] if n < 10 else "十"
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


MOBILE_HEADS = (
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
)
CARD_HEADS = (
    ("622848", 19),
    ("621700", 19),
    ("622202", 19),
    ("621226", 19),
    ("622700", 19),
    ("621098", 19),
    ("622188", 19),
    ("623058", 19),
    ("622908", 19),
    ("621799", 19),
    ("622588", 16),
    ("436742", 16),
    ("625966", 16),
)
BANKS = (
    "中国农业银行",
    "中国建设银行",
    "中国工商银行",
    "中国邮政储蓄银行",
    "农村信用合作联社",
    "农村商业银行",
    "中国银行",
)


@dataclass
class Ctx:
    rng: random.Random
    pl: Place
    pdf: bool
    fwp: float
    spaced: bool
    when: dt.date
    used: set[str] = field(default_factory=set)

    # --- raw values --------------------------------------------------------------------------------
    def code(self) -> str:
        return self.rng.choice(self.pl.codes) if self.rng.random() < 0.85 else self.rng.choice(OTHER_CODES)

    def born(self, lo: int, hi: int) -> dt.date:
        return dt.date(lo, 1, 1) + dt.timedelta(
            days=self.rng.randrange((dt.date(hi, 12, 31) - dt.date(lo, 1, 1)).days)
        )

    def id18(self, born: dt.date, female: bool) -> str:
        seq = self.rng.randrange(0, 100) * 10 + self.rng.choice(
            (0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9)
        )
        body = self.code() + born.strftime("%Y%m%d") + f"{seq:03d}"
        chk = gb_check(body)
        if chk == "X" and self.rng.random() < 0.35:
            chk = "x"
        return body + chk

    def id15(self, born: dt.date, female: bool) -> str:
        seq = self.rng.randrange(0, 100) * 10 + self.rng.choice(
            (0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9)
        )
        return self.code() + born.strftime("%y%m%d") + f"{seq:03d}"

    def bad_id(self) -> str:
        born = self.born(1950, 2005)
        body = self.rng.choice(self.pl.codes) + born.strftime("%Y%m%d") + f"{self.rng.randrange(1000):03d}"
        good = gb_check(body)
        return body + self.rng.choice(
            [c for c in "0123456789X" if c != good and (c == "X" or not luhn_ok(body + c))]
        )

    def masked(self, idno: str) -> str:
        style = self.rng.randrange(4)
        if style == 0:
            return idno[:6] + "********" + idno[14:]
        if style == 1:
            return idno[:10] + "****" + idno[14:]
        if style == 2:
            return idno[:3] + "*" * 11 + idno[14:]
        return idno[:6] + "**********" + idno[16:]

    def mobile_raw(self) -> str:
        return self.rng.choice(MOBILE_HEADS) + f"{self.rng.randrange(10**8):08d}"

    def card_raw(self) -> str:
        head, n = self.rng.choice(CARD_HEADS)
        part = head + "".join(str(self.rng.randrange(10)) for _ in range(n - len(head) - 1))
        return part + luhn_complete(part)

    def junk(self, lo: int = 16, hi: int = 20, prefix: str = "") -> str:
        """Digits (after prefix) whose whole number fails Luhn and, at 18 digits, the GB 11643 check digit."""
        while True:
            n = self.rng.randint(lo, hi)
            s = (
                prefix
                + str(self.rng.randint(1, 9))
                + "".join(str(self.rng.randrange(10)) for _ in range(n - 1))
            )
            if not luhn_ok(s) and not (len(s) == 18 and gb_check(s[:17]) == s[17]):
                return s

    def local(self) -> str:
        n = 7
        return str(self.rng.randint(2, 8)) + "".join(str(self.rng.randrange(10)) for _ in range(n - 1))

    def phone_no(self) -> str:
        a, loc = self.pl.area, self.local()
        return self.rng.choice((f"{a}-{loc}", f"{a}-{loc}", f"（{a}）{loc}", f"{a} {loc}", f"{a}{loc}"))

    def uscc(self, kind: str) -> str:
        alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        org = "".join(self.rng.choice(alnum if kind != "11" else "0123456789") for _ in range(8))
        body = kind + self.rng.choice(self.pl.codes) + org + org_code_check(org)
        return body + uscc_check(body)

    def plate_raw(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if self.rng.random() < 0.2:
            tail = self.rng.choice("DF") + "".join(self.rng.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(self.rng.choice(letters + "0123456789" * 3) for _ in range(5))
        pre = (
            self.pl.plate
            if self.rng.random() < 0.85
            else self.rng.choice(("宁A", "甘A", "川A", "豫A", "鲁A", "新A", "蒙A", "黑A"))
        )
        return pre + self.rng.choice(("·", "", "", " ")) + tail

    def email_raw(self, name: str) -> str:
        r = self.rng.random()
        user = (
            str(self.rng.randint(10**7, 10**10))
            if r < 0.45
            else "".join(self.rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(self.rng.randint(3, 7)))
            + str(self.rng.randint(1, 9999))
        )
        return (
            user
            + "@"
            + self.rng.choice(
                (
                    "qq.com",
                    "163.com",
                    "126.com",
                    "sina.com",
                    "foxmail.com",
                    "139.com",
                    "hotmail.com",
                    "yeah.net",
                )
            )
        )

    def num(self, text: str) -> str:
        return fw(text) if self.rng.random() < self.fwp else text

    def home(self, rural: bool | None = None) -> str:
        rng, pl = self.rng, self.pl
        pre = rng.choice(
            (
                pl.prov + pl.city + pl.county,
                pl.city + pl.county,
                pl.county,
                "",
                "",
                pl.prov + pl.county if pl.prov.endswith("省") else pl.city + pl.county,
            )
        )
        if rural is None:
            rural = rng.random() < 0.5
        if rural:
            town, vil = rng.choice(pl.towns), rng.choice(pl.villages)
            g = rng.randint(1, 12)
            form = rng.randrange(6)
            if form == 0:
                return f"{pre}{town}{vil}{g}组"
            if form == 1:
                return f"{pre}{town}{vil}{cnum(g)}组{rng.randint(1, 99)}号"
            if form == 2:
                return f"{pre}{town}{vil}{cnum(g)}队"
            if form == 3:
                return f"{pre}{town}{vil}{cnum(g)}组"
            if form == 4:
                return f"{pre}{vil}{g}组{rng.randint(1, 60)}号"
            return f"{pre}{town}{vil}{rng.choice(('上', '下', '东', '西', '新'))}庄{rng.randint(1, 80)}号"
        st, est, road = rng.choice(pl.streets), rng.choice(pl.estates), rng.choice(pl.roads)
        b, u, room = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 26) * 100 + rng.randint(1, 4)
        form = rng.randrange(7)
        if form == 0:
            return f"{pre}{road}{rng.randint(1, 400)}号{est}{b}号楼{u}单元{room}室"
        if form == 1:
            return f"{pre}{st}{est}{b}栋{u}单元{room}室"
        if form == 2:
            return f"{pre}{est}{b}幢{room}室"
        if form == 3:
            return f"{pre}{road}{rng.randint(10, 900)}弄{rng.randint(1, 60)}号{room}室"
        if form == 4:
            return f"{pre}{st}{rng.choice(pl.communities)}{road}{rng.randint(1, 300)}号"
        if form == 5:
            return f"{pre}{est}{b}-{u}-{room}室"
        return f"{pre}{road}{rng.randint(1, 300)}号院{b}号楼{u}单元{room}室"

    def shop_addr(self) -> str:
        rng, pl = self.rng, self.pl
        return rng.choice(
            (
                f"{pl.county}{rng.choice(pl.roads)}{rng.randint(1, 400)}号一楼门面",
                f"{rng.choice(pl.roads)}{rng.randint(1, 400)}号{rng.choice(pl.estates)}商铺{rng.randint(1, 60)}号",
                f"{rng.choice(pl.streets)}{rng.choice(pl.roads)}与{rng.choice(pl.roads)}交叉口东北角",
                f"{rng.choice(pl.estates)}底商{rng.randint(1, 30)}号",
            )
        )

    def office_addr(self) -> str:
        return f"{self.pl.county}{self.rng.choice(self.pl.roads)}{self.rng.randint(1, 300)}号{self.rng.choice(('政务服务中心', '行政中心', '综合办公楼'))}{self.rng.randint(1, 6)}楼"

    def person(self, lo: int = 1950, hi: int = 2000, female: bool | None = None) -> Person:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        for _ in range(50):
            nm = any_name(rng, female, self.pl.folk)
            if nm not in self.used and not any(nm in u or u in nm for u in self.used):
                break
        self.used.add(nm)
        born = self.born(lo, hi)
        return Person(nm, female, born, self.id18(born, female), self.mobile_raw(), self.home())

    def official(self) -> str:
        return self.person(1965, 1995).name

    # --- cells -------------------------------------------------------------------------------------
    def name(self, p: Person | str, allow_space: bool = True) -> Cell:
        nm = p.name if isinstance(p, Person) else p
        if allow_space and self.spaced and is_plain_han(nm) and self.rng.random() < 0.7:
            nm = self.rng.choice((" ", " ", "  ")).join(nm)
        return [(nm, "name")]

    def idc(self, p: Person, mode: str = "full") -> Cell:
        if mode == "mask":
            return [(self.masked(p.idno), None)]
        if mode == "bad":
            return [(self.bad_id(), None)]
        if mode == "15":
            return [(self.num(self.id15(p.born, p.female)), "id_card_15")]
        return [(self.num(p.idno), "id_card")]

    def idmode(self, full: float = 0.7, mask: float = 0.2) -> str:
        r = self.rng.random()
        return "full" if r < full else "mask" if r < full + mask else "bad"

    def mob(self, p: Person | None = None) -> Cell:
        raw = p.mobile if p else self.mobile_raw()
        style = self.rng.randrange(10)
        if style == 0:
            return [(self.num(f"{raw[:3]}-{raw[3:7]}-{raw[7:]}"), "mobile")]
        if style == 1:
            return [(f"{raw[:3]} {raw[3:7]} {raw[7:]}", "mobile")]
        if style == 2:
            return [("+86 ", None), (raw, "mobile")]
        if style == 3:
            return [("+86-", None), (self.num(raw), "mobile")]
        return [(self.num(raw), "mobile")]

    def land(self) -> Cell:
        return [(self.num(self.phone_no()), "landline")]

    def card(self) -> Cell:
        raw = self.card_raw()
        style = self.rng.randrange(5)
        if style == 0:
            raw = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        elif style == 1 and len(raw) == 19:
            raw = raw[:6] + " " + raw[6:]
        return [(self.num(raw), "bank_card")]

    def addr(self, text: str | None = None, rural: bool | None = None) -> Cell:
        return [(text if text else self.home(rural), "address")]

    def plate(self) -> Cell:
        return [(self.plate_raw(), "license_plate")]

    def date(self, d: dt.date | None = None) -> str:
        d = d or self.when
        style = self.rng.randrange(4)
        if style == 0:
            return f"{d.year}-{d.month:02d}-{d.day:02d}"
        if style == 1:
            return f"{d.year}.{d.month}.{d.day}"
        return f"{d.year}年{d.month}月{d.day}日"

    def before(self, lo: int, hi: int) -> dt.date:
        return self.when - dt.timedelta(days=self.rng.randint(lo, hi))

    def money(self, lo: float, hi: float) -> str:
        v = self.rng.uniform(lo, hi)
        return self.num(self.rng.choice((f"{v:.2f}", f"{v:,.2f}", f"{round(v)}")))


def P(text: str) -> Cell:
    return [(text, None)]


def S(kind: str, text: str) -> Cell:
    return [(text, kind)]


def cat(*parts: Cell | str) -> Cell:
    out: Cell = []
    for part in parts:
        if isinstance(part, str):
            out.append((part, None))
        else:
            out.extend(part)
    return out


def join(cells: list[Cell], sep: str) -> Cell:
    out: Cell = []
    for i, c in enumerate(cells):
        if i:
            out.append((sep, None))
        out.extend(c)
    return out


def plain(cell: Cell) -> str:
    return "".join(t for t, _ in cell)


class Doc:
    def __init__(self) -> None:
        self.segs: list[Seg] = []

    def t(self, *texts: str) -> Doc:
        for x in texts:
            if x:
                self.segs.append((x, None))
        return self

    def c(self, *parts: Cell | str) -> Doc:
        self.segs.extend(cat(*parts))
        return self

    def line(self, *parts: Cell | str) -> Doc:
        return self.c(*parts, "\n")

    def render(self) -> tuple[str, list[dict[str, object]]]:
        out: list[str] = []
        spans: list[dict[str, object]] = []
        pos = 0
        for text, kind in self.segs:
            if kind is not None:
                spans.append({"kind": kind, "start": pos, "end": pos + len(text)})
            out.append(text)
            pos += len(text)
        return "".join(out), spans


# --- document frame ----------------------------------------------------------------------------------
def spaced_title(ctx: Ctx, title: str) -> str:
    if ctx.pdf and ctx.rng.random() < 0.55:
        return ctx.rng.choice((" ", "  ")).join(title)
    return title


def doc_no(ctx: Ctx, short: str) -> str:
    return f"{ctx.pl.short}{short}〔{ctx.when.year}〕{ctx.rng.randint(1, 260)}号"


def head(d: Doc, ctx: Ctx, title: str, office: str, short: str) -> None:
    rng = ctx.rng
    if rng.random() < 0.35:
        gov = ctx.uscc("11")
        d.line(
            f"索引号：{gov if rng.random() < 0.6 else gov[8:17]}/{ctx.when.year}-{rng.randint(1, 9999):05d}"
        )
        d.line(f"发布机构：{office}", rng.choice(("    ", "\n")), f"发文日期：{ctx.date()}")
        if rng.random() < 0.5:
            d.line(f"文号：{doc_no(ctx, short)}")
        d.t("\n")
    d.line(spaced_title(ctx, title))
    if rng.random() < 0.3:
        d.line(doc_no(ctx, short))
    d.t("\n" if rng.random() < 0.5 else "")


def foot(d: Doc, ctx: Ctx, office: str, objection: bool = True) -> None:
    rng = ctx.rng
    d.t("\n")
    if objection:
        days = rng.choice((5, 7, 7, 10))
        end = ctx.when + dt.timedelta(days=days)
        d.line(
            f"公示期为{days}个工作日（{ctx.date()}至{ctx.date(end)}）。公示期内，如有异议，请以书面、电话或来访形式向{office}反映。"
        )
    r = rng.random()
    if r < 0.8:
        contact = ctx.official() if rng.random() < 0.5 else ""
        d.line(
            f"联系人：{contact}，" if contact else "",
            f"{rng.choice(('监督电话', '联系电话', '咨询电话'))}：{ctx.phone_no()}",
            rng.choice(("", f"；政务服务便民热线：{rng.choice(('12345', '12345', '12333', '12350'))}")),
        )
    if rng.random() < 0.45:
        d.line(
            f"电子邮箱：{rng.choice(('mzj', 'rsj', 'ybj', 'lcj', 'xfj', 'nyj', 'gab'))}{rng.choice(('', '_gs', 'bgs'))}@{ctx.pl.pinyin}.gov.cn"
        )
    if rng.random() < 0.45:
        d.line(f"通讯地址：{ctx.office_addr()}，邮政编码：{ctx.pl.post}")
    d.t("\n").line(" " * rng.choice((0, 8, 16)) + office).line(" " * rng.choice((0, 8, 16)) + ctx.date())


# --- table layouts -----------------------------------------------------------------------------------
TABLE_LAYOUTS = ("pipe", "tab", "comma", "spaces", "csv", "form", "numbered", "prose", "cells")


def pick_layout(ctx: Ctx) -> str:
    if ctx.pdf:
        opts: tuple[str, ...] = ("cells", "cells", "prose", "numbered", "form", "pipe")
        if not ctx.spaced:
            opts += ("spaces", "spaces")
        return ctx.rng.choice(opts)
    return ctx.rng.choice(TABLE_LAYOUTS[:-1])


def table(
    d: Doc,
    ctx: Ctx,
    cols: list[str],
    rows: list[dict[str, Cell]],
    layout: str,
    prose: Callable[[dict[str, Cell]], Cell],
) -> None:
    rng = ctx.rng
    if layout == "prose":
        style = rng.randrange(4)
        for i, row in enumerate(rows, 1):
            lead = ("", f"{i}. ", f"（{cnum(i)}）", f"{cnum(i)}、")[style]
            d.line(lead, prose(row))
        return
    if layout == "form":
        between = rng.choice(("\n", "；", "  ", "\t"))
        for i, row in enumerate(rows, 1):
            d.line(rng.choice((f"【{i}】", f"第{i}条", f"{i}.", f"——{i}——")))
            d.line(join([cat(f"{c}：", row[c]) for c in cols], between))
        return
    if layout == "numbered":
        labelled = rng.random() < 0.5
        style = rng.randrange(4)
        for i, row in enumerate(rows, 1):
            lead = (f"{i}.", f"{i}、", f"（{i}）", f"{i}．")[style]
            parts = [cat(f"{c}：", row[c]) if labelled else row[c] for c in cols]
            d.line(lead, join(parts, rng.choice(("，", "；", " "))), rng.choice(("。", "；", "")))
        return
    if layout == "cells":
        d.line("\n".join(["序号", *cols]))
        for i, row in enumerate(rows, 1):
            d.line(str(i))
            for c in cols:
                d.line(row[c])
        return
    if layout == "csv":
        crlf = "\r\n" if rng.random() < 0.3 else "\n"
        if rng.random() < 0.5:
            d.t(
                f"导出时间：{ctx.date()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                crlf,
            )
        d.t(",".join(f'"{c}"' for c in ["序号", *cols]), crlf)
        for i, row in enumerate(rows, 1):
            d.c(f'"{i}",', join([cat('"', row[c], '"') for c in cols], ","), crlf)
        return
    if layout == "spaces":

        def gap() -> str:
            return " " * rng.randint(2, 6)

        d.line(gap().join(["序号", *cols]))
        for i, row in enumerate(rows, 1):
            cells: list[Cell] = [P(str(i))]
            for c in cols:
                cells.extend([P(gap()), row[c]])
            d.line(cat(*cells))
        return
    sep = {"pipe": rng.choice(("|", " | ", "｜")), "tab": "\t", "comma": "，"}[layout]
    edge = sep.strip() if layout == "pipe" and rng.random() < 0.5 else ""
    d.line(edge, sep.join(["序号", *cols]), edge)
    for i, row in enumerate(rows, 1):
        d.line(edge, str(i), sep, join([row[c] for c in cols], sep), edge)


# --- PDF artefacts -----------------------------------------------------------------------------------
def is_digit(ch: str) -> bool:
    return ch.isdigit() or ch in "*＊"


def pdfify(segs: list[Seg], ctx: Ctx, running: str) -> list[Seg]:
    rng = ctx.rng
    width = rng.randint(22, 46)
    wrapped: list[Seg] = []
    col = 0
    for text, kind in segs:
        if kind is not None:
            wrapped.append((text, kind))
            col += len(text)
            continue
        buf: list[str] = []
        for ch in text:
            if ch == "\n":
                buf.append(ch)
                col = 0
                continue
            prev = buf[-1][-1] if buf else ""
            if col >= width and not (is_digit(prev) and is_digit(ch)):
                buf.append(" \n" if rng.random() < 0.15 else "\n")
                col = 0
            buf.append(ch)
            col += 1
        wrapped.append(("".join(buf), None))
    lines = sum(t.count("\n") for t, k in wrapped if k is None)
    per_page = rng.randint(14, 30)
    pages = lines // per_page + 1
    if pages < 2:
        return wrapped
    style = rng.randrange(5)

    def marker(k: int) -> str:
        kk, nn = (fw(str(k)), fw(str(pages))) if rng.random() < 0.2 else (str(k), str(pages))
        foot_txt = (f"第 {kk} 页 共 {nn} 页", f"— {kk} —", f"-{kk}-", f"{kk}/{nn}", f"第{kk}页，共{nn}页")[
            style
        ]
        out = "\n" + foot_txt + "\n"
        if rng.random() < 0.5:
            out += running + "\n"
        return out

    out: list[Seg] = []
    seen, page = 0, 1
    for text, kind in wrapped:
        if kind is not None:
            out.append((text, kind))
            continue
        buf = []
        for ch in text:
            if ch == "\n":
                seen += 1
                if seen % per_page == 0 and page < pages:
                    buf.append(marker(page))
                    page += 1
                    continue
            buf.append(ch)
        out.append(("".join(buf), None))
    return out


# --- vocabularies ------------------------------------------------------------------------------------
CHRONIC = (
    "高血压病（高危）",
    "2型糖尿病",
    "1型糖尿病",
    "慢性心力衰竭",
    "冠状动脉粥样硬化性心脏病",
    "脑卒中后遗症",
    "慢性阻塞性肺疾病",
    "慢性肾功能衰竭（血液透析）",
    "恶性肿瘤（门诊放化疗）",
    "肾移植术后抗排异治疗",
    "精神分裂症",
    "双相情感障碍",
    "帕金森病",
    "系统性红斑狼疮",
    "类风湿性关节炎",
    "耐多药肺结核",
    "慢性乙型病毒性肝炎",
    "肝硬化（失代偿期）",
    "血友病",
    "再生障碍性贫血",
    "癫痫",
    "阿尔茨海默病",
    "儿童孤独症",
    "苯丙酮尿症",
    "重症肌无力",
    "强直性脊柱炎",
    "重型地中海贫血",
    "尘肺病",
    "艾滋病病毒感染",
    "慢性丙型肝炎",
    "银屑病",
    "肺动脉高压",
)
DISAB_KIND = ("肢体", "视力", "听力", "言语", "智力", "精神", "多重")
GRADES = ("一级", "二级", "三级", "四级")
CHILD_ILL = (
    "白血病",
    "先天性心脏病",
    "脑性瘫痪",
    "肾病综合征",
    "地中海贫血",
    "恶性淋巴瘤",
    "癫痫",
    "孤独症谱系障碍",
)
HOSPITALS = (
    "{city}第一人民医院",
    "{county}人民医院",
    "{county}中医医院",
    "{town}卫生院",
    "{city}第三人民医院",
    "{county}妇幼保健院",
    "{county}{street}社区卫生服务中心",
)
COMPANY_WORDS = (
    "恒泰",
    "鑫源",
    "宏达",
    "瑞丰",
    "金穗",
    "华宇",
    "天和",
    "安泰",
    "众诚",
    "永盛",
    "顺达",
    "嘉禾",
    "兴业",
    "塞上",
    "绿源",
)
INDUSTRY = (
    "建材有限公司",
    "物流有限公司",
    "商贸有限公司",
    "餐饮管理有限公司",
    "纺织有限公司",
    "机械制造有限公司",
    "物业服务有限公司",
    "服装有限公司",
    "食品有限公司",
)
CROPS = ("枸杞", "玉米", "马铃薯", "蔬菜", "苹果", "核桃", "中药材", "青贮玉米", "小麦", "花椒", "烤烟")
RELATIONS = {
    "配偶": None,
    "妻": True,
    "夫": False,
    "长子": False,
    "次子": False,
    "长女": True,
    "次女": True,
    "子": False,
    "女": True,
    "儿媳": True,
    "孙子": False,
    "孙女": True,
    "母亲": True,
    "父亲": False,
}


def sex(p: Person) -> str:
    return "女" if p.female else "男"


def company(ctx: Ctx) -> str:
    return (
        ctx.pl.city.replace("回族自治州", "")
        .replace("彝族自治州", "")
        .replace("白族自治州", "")
        .replace("哈萨克自治州", "")
        .replace("盟", "")
        + ctx.rng.choice(COMPANY_WORDS)
        + ctx.rng.choice(INDUSTRY)
    )


def disability(ctx: Ctx, kinds: tuple[str, ...] = DISAB_KIND) -> str:
    k, g = ctx.rng.choice(kinds), ctx.rng.choice(GRADES)
    return ctx.rng.choice((f"{k}残疾{g}", f"{k}{g}", f"{g}{k}残疾", f"{k}残疾（{g}）", f"{k}/{g}"))


def hospital(ctx: Ctx) -> str:
    pl = ctx.pl
    return ctx.rng.choice(HOSPITALS).format(
        city=pl.city, county=pl.county, town=ctx.rng.choice(pl.towns), street=ctx.rng.choice(pl.streets)
    )


# --- 1 城乡居民基本养老保险 待遇 暂停/恢复/终止 -------------------------------------------------------
def doc_pension(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    action = rng.choice(("暂停", "恢复", "终止", "终止"))
    office = rng.choice(
        (
            f"{pl.county}社会养老保险经办中心",
            f"{pl.county}人力资源和社会保障局",
            f"{pl.county}社会保险事业管理中心",
        )
    )
    d = Doc()
    head(
        d,
        ctx,
        f"关于{ctx.when.year}年第{cnum(rng.randint(1, 6))}批城乡居民基本养老保险待遇{action}人员名单的公示",
        office,
        "人社发",
    )
    d.line(
        f"根据《城乡居民基本养老保险经办规程》及领取待遇资格认证有关规定，经与公安、民政、卫健等部门数据比对并入户核实，现将{pl.county}城乡居民基本养老保险待遇{action}人员名单予以公示："
    )
    with_addr = rng.random() < 0.35
    with_card = rng.random() < 0.3
    with_kin = action == "终止" and rng.random() < 0.5
    cols = ["姓名", "性别", "身份证号码", "乡镇（街道）", "村（社区）", f"{action}原因", f"{action}时间"]
    if with_addr:
        cols.insert(3, "户籍地址")
    if with_card:
        cols.append("社保卡金融账号")
    if with_kin:
        cols += ["家属联系人", "联系电话"]
    rows: list[dict[str, Cell]] = []
    for _ in range(rng.randint(3, 8)):
        p = ctx.person(1928, 1964)
        when = ctx.before(20, 400)
        month = f"{when.year}年{when.month}月"
        if action == "终止":
            reason = rng.choice(
                (
                    P(f"死亡（{ctx.date(when)}）"),
                    P("已故"),
                    P(f"于{ctx.date(when)}死亡"),
                    P("重复领取（已领取城镇职工基本养老保险）"),
                    P("重复领取机关事业单位退休金"),
                    P("户籍迁出，转移接续"),
                    P("死亡"),
                )
            )
        elif action == "暂停":
            reason = rng.choice(
                (
                    P("未按规定进行领取资格认证"),
                    P("服刑期间"),
                    P("长期失联，无法核实生存状态"),
                    P("疑似重复领取，待核查"),
                    P("疑似死亡，待核实"),
                )
            )
        else:
            reason = rng.choice(
                (
                    P("已补充完成资格认证"),
                    P("刑满释放"),
                    P("重新取得联系并完成认证"),
                    P("核查后确认未重复领取"),
                )
            )
        mode = rng.choice(("full", "full", "full", "15", "mask", "bad")) if p.born.year < 1965 else "full"
        if p.born.year > 1999:
            mode = "full"
        row = {
            "姓名": ctx.name(p),
            "性别": P(sex(p)),
            "身份证号码": ctx.idc(p, mode),
            "乡镇（街道）": P(rng.choice(pl.towns)),
            "村（社区）": P(rng.choice(pl.villages)),
            f"{action}原因": reason,
            f"{action}时间": P(month),
            "户籍地址": ctx.addr(p.home),
            "社保卡金融账号": ctx.card(),
        }
        if with_kin:
            kin = ctx.person(1955, 1990)
            row["家属联系人"] = cat(
                ctx.name(kin), rng.choice(("（子）", "（女）", "（配偶）", "（儿媳）", ""))
            )
            row["联系电话"] = ctx.mob(kin)
        rows.append(row)

    def prose(r: dict[str, Cell]) -> Cell:
        return cat(
            r["姓名"],
            "，",
            r["性别"],
            "，身份证号",
            r["身份证号码"],
            "，",
            r["乡镇（街道）"],
            r["村（社区）"],
            "村民，",
            r[f"{action}原因"],
            f"，自{plain(r[f'{action}时间'])}起{action}发放城乡居民基本养老保险待遇。",
        )

    table(d, ctx, cols, rows, pick_layout(ctx), prose)
    if action == "终止" and rng.random() < 0.5:
        d.line(
            "对死亡后仍冒领、重复领取的养老金，由村（社区）协助追回，追回款项缴入社会保险基金财政专户（账号：",
            ctx.junk(16, 20),
            "）。",
        )
    foot(d, ctx, office)
    return d


# --- 2 门诊慢特病 认定 --------------------------------------------------------------------------------
def doc_chronic(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    office = f"{pl.county}医疗保障局"
    word = rng.choice(
        (
            "门诊慢特病",
            "门诊特殊病种",
            "门诊慢性病、特殊病",
            f"门诊慢特病（第{cnum(rng.randint(1, 9))}批）",
        )
    )
    d = Doc()
    head(d, ctx, f"{pl.county}{ctx.when.year}年{word}待遇认定名单公示", office, "医保发")
    d.line(
        f"按照《{pl.prov}基本医疗保险门诊慢特病管理办法》，经定点医疗机构初审、专家组评审，以下参保人员符合{word}待遇认定标准，现予公示。咨询电话：{ctx.phone_no()}，医保服务热线：12393。"
    )
    id_mode = rng.choice(("full", "mask", "mask", "none"))
    with_tel = rng.random() < 0.3
    cols = ["姓名", "性别", "年龄"]
    if id_mode != "none":
        cols.append("身份证号")
    cols += ["参保类型", "认定病种", "定点医疗机构", "待遇享受起始日期"]
    if with_tel:
        cols.append("联系电话")
    rows: list[dict[str, Cell]] = []
    for _ in range(rng.randint(4, 10)):
        p = ctx.person(1940, 2015)
        age = ctx.when.year - p.born.year
        ill = rng.choice(CHRONIC)
        if rng.random() < 0.15:
            ill = ill + "、" + rng.choice(CHRONIC)
        row = {
            "姓名": ctx.name(p),
            "性别": P(sex(p)),
            "年龄": P(str(age)),
            "身份证号": ctx.idc(
                p, "mask" if id_mode == "mask" and rng.random() < 0.9 else ctx.idmode(0.9, 0.05)
            ),
            "参保类型": P(
                rng.choice(("城乡居民", "城乡居民", "城镇职工", "职工医保")) if age >= 20 else "城乡居民"
            ),
            "认定病种": S("health", ill),
            "定点医疗机构": P(hospital(ctx)),
            "待遇享受起始日期": P(ctx.date(ctx.when + dt.timedelta(days=rng.randint(1, 30)))),
            "联系电话": ctx.mob(p),
        }
        rows.append(row)

    def prose(r: dict[str, Cell]) -> Cell:
        idpart = cat("，身份证号：", r["身份证号"]) if "身份证号" in cols else P("")
        return cat(
            r["姓名"],
            "（",
            r["性别"],
            "，",
            r["年龄"],
            "岁",
            idpart,
            "），",
            r["参保类型"],
            "参保，经评审认定为",
            r["认定病种"],
            "门诊慢特病，选定",
            r["定点医疗机构"],
            "为定点医疗机构。",
        )

    table(d, ctx, cols, rows, pick_layout(ctx), prose)
    if rng.random() < 0.4:
        p = ctx.person(1950, 1990)
        d.line(
            "另：",
            ctx.name(p),
            "申请的",
            S("health", rng.choice(CHRONIC)),
            "因病历资料不全，暂缓认定，请于",
            ctx.date(ctx.when + dt.timedelta(days=20)),
            "前补充提交。",
        )
    foot(d, ctx, office)
    return d


# --- 3 困境儿童 / 孤儿 / 事实无人抚养儿童 ----------------------------------------------------------
def doc_children(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    office = f"{pl.county}民政局"
    month = f"{ctx.when.year}年{ctx.when.month}月"
    d = Doc()
    head(
        d,
        ctx,
        rng.choice(
            (
                f"{month}孤儿、事实无人抚养儿童基本生活费发放名单",
                f"{pl.county}困境儿童基本生活保障金发放情况公示（{month}）",
                f"关于{month}儿童福利资金发放名单的公示",
            )
        ),
        office,
        "民发",
    )
    d.line(
        f"根据《关于进一步加强事实无人抚养儿童保障工作的意见》等规定，现将{month}{pl.county}孤儿、事实无人抚养儿童及困境儿童基本生活费发放情况公示如下（集中养育孤儿不在本名单内）："
    )
    with_addr = rng.random() < 0.45
    with_card = rng.random() < 0.5
    with_id = rng.random() < 0.75
    cols = ["儿童姓名", "性别", "出生日期"]
    if with_id:
        cols.append("身份证号")
    cols += ["保障类别", "困境情形", "监护人", "与儿童关系", "监护人电话", "发放金额（元）"]
    if with_card:
        cols.append("发放账号")
    if with_addr:
        cols.append("家庭住址")
    rows: list[dict[str, Cell]] = []
    for _ in range(rng.randint(3, 8)):
        child = ctx.person(max(2006, ctx.when.year - 17), min(ctx.when.year - 1, 2023))
        cat_ = rng.choice(("孤儿", "事实无人抚养儿童", "困境儿童", "困境儿童"))
        if cat_ == "孤儿":
            sit = rng.choice(
                (P("父母双亡"), P("父母均已死亡"), P("父亲死亡，母亲宣告失踪"), P("母亲已故，父亲宣告死亡"))
            )
            rel = rng.choice(("祖父", "祖母", "外祖父", "外祖母", "叔叔", "姑姑", "舅舅", "哥哥"))
            money = rng.choice(("1480", "1350", "1560", "1600"))
        elif cat_ == "事实无人抚养儿童":
            sit = rng.choice(
                (
                    P("父亲服刑，母亲失联"),
                    P("父母双方均失联"),
                    cat("父亲死亡，母亲", S("health", "重残")),
                    cat("父亲", S("health", "重病"), "，母亲失联"),
                    cat("母亲死亡，父亲", S("health", rng.choice(("完全丧失劳动能力", "重度失能")))),
                    P("父亲被强制隔离戒毒，母亲失联"),
                )
            )
            rel = rng.choice(("祖父", "祖母", "外祖母", "伯父", "姑姑", "姨妈"))
            money = rng.choice(("1180", "1350", "1480"))
        else:
            sit = rng.choice(
                (
                    S("health", "重病"),
                    S("health", "重残"),
                    S("health", f"重病（{rng.choice(CHILD_ILL)}）"),
                    S(
                        "health",
                        f"重残（{disability(ctx, ('肢体', '智力', '视力', '听力', '精神', '多重'))}）",
                    ),
                    P("低保家庭儿童"),
                    P("特困家庭儿童"),
                )
            )
            rel = rng.choice(("父亲", "母亲", "祖父", "祖母"))
            money = rng.choice(("500", "600", "760", "300"))
        guard = ctx.person(1945, 1995, female=rel in ("祖母", "外祖母", "姑姑", "姨妈", "母亲"))
        row = {
            "儿童姓名": ctx.name(child),
            "性别": P(sex(child)),
            "出生日期": P(ctx.date(child.born)),
            "身份证号": ctx.idc(child, ctx.idmode(0.8, 0.15)),
            "保障类别": P(cat_),
            "困境情形": sit,
            "监护人": ctx.name(guard),
            "与儿童关系": P(rel),
            "监护人电话": ctx.mob(guard) if rng.random() < 0.85 else ctx.land(),
            "发放金额（元）": P(ctx.num(money)),
            "发放账号": ctx.card(),
            "家庭住址": ctx.addr(guard.home),
        }
        rows.append(row)

    def prose(r: dict[str, Cell]) -> Cell:
        idpart = cat("（身份证号", r["身份证号"], "）") if with_id else P("")
        return cat(
            r["儿童姓名"],
            idpart,
            "，",
            r["性别"],
            "，",
            r["保障类别"],
            "，",
            r["困境情形"],
            "，由",
            r["与儿童关系"],
            r["监护人"],
            "监护（电话",
            r["监护人电话"],
            "），本月发放",
            r["发放金额（元）"],
            "元。",
        )

    table(d, ctx, cols, rows, pick_layout(ctx), prose)
    if rng.random() < 0.35:
        g = ctx.person(1940, 1960)
        c = ctx.person(2010, 2020)
        d.line(
            "备注：",
            ctx.name(c),
            "的监护人",
            ctx.name(g),
            "因",
            S("health", rng.choice(("重度失能", "失能", "脑梗后遗症导致半身不遂"))),
            "，暂由",
            rng.choice(pl.villages),
            "村民委员会协助履行监护职责。",
        )
    foot(d, ctx, office)
    return d


# --- 4 残疾人 机动轮椅车 燃油补贴 -------------------------------------------------------------------
def doc_wheelchair(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    office = f"{pl.county}残疾人联合会"
    d = Doc()
    head(
        d,
        ctx,
        rng.choice(
            (
                f"{ctx.when.year}年度残疾人机动轮椅车燃油补贴发放名单公示",
                f"{pl.county}残疾人机动轮椅车燃油补贴人员名单",
                f"关于发放{ctx.when.year - 1}年度残疾人机动轮椅车燃油补贴的公示",
            )
        ),
        office,
        "残联发",
    )
    d.line(
        f"依据《残疾人机动轮椅车燃油补贴办法》，对持有残疾人证且本人拥有并使用机动轮椅车的下肢残疾人给予燃油补贴，每人每年{rng.choice(('260', '300', '360'))}元。经本人申报、乡镇（街道）审核、{office}复核，现将名单公示如下："
    )
    with_bank = rng.random() < 0.7
    with_tel = rng.random() < 0.4
    cols = ["姓名", "性别", "身份证号", "残疾类别及等级", "车牌号码", "补贴金额（元）"]
    if with_bank:
        cols += ["开户银行", "银行卡号"]
    if with_tel:
        cols.append("联系电话")
    rows: list[dict[str, Cell]] = []
    amount = ctx.num(rng.choice(("260", "300", "360")))
    for _ in range(rng.randint(4, 10)):
        p = ctx.person(1950, 1995)
        rows.append(
            {
                "姓名": ctx.name(p),
                "性别": P(sex(p)),
                "身份证号": ctx.idc(p, ctx.idmode(0.8, 0.15)),
                "残疾类别及等级": S(
                    "health",
                    rng.choice(
                        (
                            disability(ctx, ("肢体",)),
                            disability(ctx, ("肢体",)),
                            "双下肢截瘫（肢体一级）",
                            "下肢残疾三级",
                            f"多重残疾（肢体{rng.choice(GRADES)}）",
                        )
                    ),
                ),
                "车牌号码": ctx.plate(),
                "补贴金额（元）": P(amount),
                "开户银行": P(rng.choice(BANKS) + rng.choice(("", f"{pl.county}支行", "营业部"))),
                "银行卡号": ctx.card(),
                "联系电话": ctx.mob(p),
            }
        )

    def prose(r: dict[str, Cell]) -> Cell:
        bank = cat("，补贴打入其", r["开户银行"], "账户", r["银行卡号"]) if with_bank else P("")
        return cat(
            r["姓名"],
            "，",
            r["残疾类别及等级"],
            "，机动轮椅车号牌",
            r["车牌号码"],
            "，补贴",
            r["补贴金额（元）"],
            "元",
            bank,
            "。",
        )

    table(d, ctx, cols, rows, pick_layout(ctx), prose)
    if rng.random() < 0.4:
        p = ctx.person(1950, 1980)
        d.line("因车辆已报废注销，", ctx.name(p), "（原号牌", ctx.plate(), "）不再列入本年度补贴范围。")
    foot(d, ctx, office)
    return d


# --- 5 失业保险金 / 一次性生活补助 ------------------------------------------------------------------
def doc_unemployment(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    lump = rng.random() < 0.4
    office = rng.choice(
        (
            f"{pl.county}就业和社会保障服务中心",
            f"{pl.city}社会保险事业管理局{pl.county}分局",
            f"{pl.county}公共就业服务中心",
        )
    )
    what = "农民合同制工人一次性生活补助" if lump else "失业保险金"
    d = Doc()
    head(d, ctx, f"{ctx.when.year}年{ctx.when.month}月{what}领取人员公示", office, "人社字")
    d.line(
        f"根据《失业保险条例》规定，下列人员经审核符合{what}领取条件，现予公示。申领人员应按月通过“{pl.prov.replace('维吾尔自治区', '').replace('回族自治区', '').replace('壮族自治区', '').replace('自治区', '').replace('省', '')}人社”APP办理，政策咨询请拨打12333。"
    )
    id_mode = rng.choice(("full", "mask", "mask"))
    with_tel = rng.random() < 0.35
    cols = ["姓名", "性别", "身份证号", "原工作单位", "累计缴费月数"]
    cols += ["补助金额（元）"] if lump else ["领取期限（月）", "月发放标准（元）", "起始月份"]
    if with_tel:
        cols.append("联系电话")
    rows: list[dict[str, Cell]] = []
    for _ in range(rng.randint(4, 10)):
        p = ctx.person(1966, 2002)
        paid = rng.randint(12, 240)
        row = {
            "姓名": ctx.name(p),
            "性别": P(sex(p)),
            "身份证号": ctx.idc(p, "mask" if id_mode == "mask" else ctx.idmode(0.85, 0.1)),
            "原工作单位": P(company(ctx)),
            "累计缴费月数": P(str(paid)),
            "补助金额（元）": P(ctx.money(800, 6000)),
            "领取期限（月）": P(str(min(24, max(3, paid // 12 * 2)))),
            "月发放标准（元）": P(ctx.num(rng.choice(("1674", "1836", "1530", "1728", "1900.8")))),
            "起始月份": P(f"{ctx.when.year}.{ctx.when.month:02d}"),
            "联系电话": ctx.mob(p),
        }
        rows.append(row)

    def prose(r: dict[str, Cell]) -> Cell:
        tail = (
            cat("一次性生活补助", r["补助金额（元）"], "元")
            if lump
            else cat("失业保险金", r["领取期限（月）"], "个月，每月", r["月发放标准（元）"], "元")
        )
        return cat(
            r["姓名"],
            "（",
            r["身份证号"],
            "），原在",
            r["原工作单位"],
            "工作，累计缴费",
            r["累计缴费月数"],
            "个月，核定",
            tail,
            "。",
        )

    table(d, ctx, cols, rows, pick_layout(ctx), prose)
    r = rng.random()
    if r < 0.3:
        p = ctx.person(1966, 1990)
        d.line(
            "另：",
            ctx.name(p),
            "经劳动能力鉴定为",
            S("health", rng.choice(("完全丧失劳动能力", "大部分丧失劳动能力", "部分丧失劳动能力"))),
            "，自",
            ctx.date(),
            "起停止领取失业保险金，转按规定享受病残津贴。",
        )
    elif r < 0.55:
        p = ctx.person(1966, 1990)
        d.line(
            "另：领取期间",
            ctx.name(p),
            "已于",
            ctx.date(ctx.before(10, 60)),
            "死亡，停发失业保险金，向其遗属发放一次性丧葬补助金和抚恤金。",
        )
    foot(d, ctx, office)
    return d


# --- 6 生态公益林 / 草原禁牧 补偿 ------------------------------------------------------------------
def doc_ecocomp(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    grass = rng.random() < 0.45
    office = f"{pl.county}林业和草原局" if rng.random() < 0.6 else f"{rng.choice(pl.towns)}人民政府"
    what = "草原禁牧补助" if grass else "生态公益林补偿"
    d = Doc()
    village = rng.choice(pl.villages)
    head(d, ctx, f"{rng.choice(pl.towns)}{village}{ctx.when.year}年度{what}资金发放明细", office, "林草发")
    std = rng.choice(("7.5", "10", "15", "16", "6")) if grass else rng.choice(("10", "15", "16", "14.75"))
    d.line(
        f"根据{pl.prov}{what}资金管理办法，{ctx.when.year}年度{what}标准为每亩{std}元，资金通过惠民惠农财政补贴资金“一卡通”直接发放到户。具体明细如下："
    )
    with_card = rng.random() < 0.75
    with_id = rng.random() < 0.7
    cols = ["户主姓名"]
    if with_id:
        cols.append("身份证号码")
    cols += [
        "所在村",
        "禁牧面积（亩）" if grass else "公益林面积（亩）",
        "补偿标准（元/亩）",
        "补偿金额（元）",
    ]
    if with_card:
        cols.append("一卡通账号")
    cols.append("草原承包经营权证号" if grass else "林权证号")
    rows: list[dict[str, Cell]] = []
    for _ in range(rng.randint(5, 11)):
        p = ctx.person(1940, 1990)
        area = rng.uniform(3, 800 if grass else 120)
        rows.append(
            {
                "户主姓名": ctx.name(p),
                "身份证号码": ctx.idc(p, ctx.idmode(0.8, 0.12)),
                "所在村": P(village),
                "禁牧面积（亩）" if grass else "公益林面积（亩）": P(ctx.num(f"{area:.2f}")),
                "补偿标准（元/亩）": P(std),
                "补偿金额（元）": P(ctx.num(f"{area * float(std):.2f}")),
                "一卡通账号": ctx.card(),
                "草原承包经营权证号" if grass else "林权证号": P(
                    rng.choice(
                        (
                            ctx.junk(16, 19),
                            f"{pl.short}林证字（{rng.randint(2008, 2020)}）第{rng.randint(1, 99999):06d}号",
                            ctx.junk(10, 10, rng.choice(pl.codes)) + "J",
                        )
                    )
                ),
            }
        )
    area_col = "禁牧面积（亩）" if grass else "公益林面积（亩）"

    def prose(r: dict[str, Cell]) -> Cell:
        card = cat("，已打入一卡通账号", r["一卡通账号"]) if with_card else P("")
        return cat(r["户主姓名"], "户，", r[area_col], "亩，补偿", r["补偿金额（元）"], "元", card, "。")

    table(d, ctx, cols, rows, pick_layout(ctx), prose)
    foot(d, ctx, office)
    return d


# --- 7 土地经营权 流转 合同 备案 --------------------------------------------------------------------
def doc_landtransfer(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    town = rng.choice(pl.towns)
    office = rng.choice((f"{town}人民政府", f"{pl.county}农业农村局", f"{town}农村经济经营管理站"))
    d = Doc()
    head(
        d,
        ctx,
        rng.choice(
            (
                "土地经营权流转合同备案公示",
                f"{town}农村土地经营权流转备案情况公示",
                "关于土地经营权流转合同备案的公示",
            )
        ),
        office,
        "农经备",
    )
    crop = rng.choice(CROPS)
    village = rng.choice(pl.villages)
    coop = f"{pl.county}{rng.choice(('丰禾', '金穗', '绿野', '沃土', '惠农', '禾盛', '兴农'))}{crop}种植专业合作社"
    rep = ctx.official()
    contract = (
        f"{pl.short}流备〔{ctx.when.year}〕{rng.randint(1, 300):03d}号"
        if rng.random() < 0.5
        else f"LZ-{rng.choice(pl.codes)}-{ctx.when.year}-{rng.randint(1, 999):04d}"
    )
    owners = [ctx.person(1945, 1990) for _ in range(rng.randint(3, 8))]
    total = 0.0
    cols = ["流出方姓名", "身份证号", "地块编码", "流转面积（亩）", "联系电话"]
    rows: list[dict[str, Cell]] = []
    for p in owners:
        a = rng.uniform(0.8, 25)
        total += a
        rows.append(
            {
                "流出方姓名": ctx.name(p),
                "身份证号": ctx.idc(p, ctx.idmode(0.75, 0.2)),
                "地块编码": P(ctx.junk(13, 13, rng.choice(pl.codes))),
                "流转面积（亩）": P(ctx.num(f"{a:.2f}")),
                "联系电话": ctx.mob(p),
            }
        )
    start = (ctx.when + dt.timedelta(days=rng.randint(5, 40))).replace(day=rng.randint(1, 28))
    years = rng.randint(3, 15)
    form = rng.random() < 0.5
    fields: list[tuple[str, Cell]] = [
        ("合同编号", P(contract)),
        (
            "流出方",
            cat(
                village,
                "村民",
                join([ctx.name(p, allow_space=False) for p in owners[:3]], "、"),
                f"等{len(owners)}户",
            ),
        ),
        ("流入方", P(coop)),
        ("统一社会信用代码", P(ctx.uscc("93"))),
        ("法定代表人", P(rep)),
        ("流转面积", P(f"{total:.2f}亩")),
        ("地块坐落", P(f"{town}{village}{rng.choice(('东滩', '北坡', '河湾', '南梁', '西洼'))}")),
        ("流转方式", P(rng.choice(("出租", "出租", "入股")))),
        (
            "流转期限",
            P(f"{ctx.date(start)}至{ctx.date(start.replace(year=start.year + years))}，共{years}年"),
        ),
        ("流转用途", P(f"种植{crop}")),
        (
            "流转价格",
            P(
                f"{rng.randint(300, 1200)}元/亩·年，{rng.choice(('每年12月31日前支付', '一年一付', '每年春耕前支付'))}"
            ),
        ),
    ]
    if form:
        for label, val in fields:
            d.line(f"{label}：", val)
    else:
        d.line(
            f"{coop}（统一社会信用代码：{plain(fields[3][1])}，法定代表人：{rep}）与",
            fields[1][1],
            f"签订土地经营权流转合同（合同编号：{contract}），以{plain(fields[7][1])}方式流转{plain(fields[6][1])}耕地{total:.2f}亩，用于种植{crop}，期限{years}年，价格为{plain(fields[10][1])}。",
        )
    d.line("流出方明细：")
    table(
        d,
        ctx,
        cols,
        rows,
        pick_layout(ctx),
        lambda r: cat(
            r["流出方姓名"],
            "，身份证号",
            r["身份证号"],
            "，流转地块",
            r["地块编码"],
            "，面积",
            r["流转面积（亩）"],
            "亩，电话",
            r["联系电话"],
            "。",
        ),
    )
    d.line("经审查，该合同当事人主体适格，流转用途符合农业用途管制要求，予以备案。")
    foot(d, ctx, office)
    return d


# --- 8 宅基地 自愿退出 补偿 -------------------------------------------------------------------------
def doc_homestead(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    town = rng.choice(pl.towns)
    office = f"{town}人民政府"
    d = Doc()
    head(
        d,
        ctx,
        rng.choice(
            (
                f"{town}农村宅基地自愿有偿退出补偿公示",
                f"关于{town}{ctx.when.year}年宅基地自愿退出补偿情况的公示",
                "宅基地自愿有偿退出户补偿明细公示",
            )
        ),
        office,
        "政发",
    )
    d.line(
        f"按照《{pl.county}农村宅基地自愿有偿退出实施办法》，经农户申请、村民代表会议同意、{town}审核，下列农户自愿退出宅基地，现将补偿情况公示如下："
    )
    layout = pick_layout(ctx)
    cols = [
        "户主",
        "身份证号",
        "家庭成员",
        "原宅基地坐落",
        "宗地代码",
        "宅基地面积（㎡）",
        "房屋面积（㎡）",
        "补偿金额（元）",
        "安置方式",
    ]
    rows: list[dict[str, Cell]] = []
    for _ in range(rng.randint(2, 6)):
        p = ctx.person(1940, 1985)
        rel = rng.sample(sorted(RELATIONS), rng.randint(1, 4))
        members = [
            ctx.person(1945, 2020, female=RELATIONS[r] if RELATIONS[r] is not None else not p.female)
            for r in rel
        ]
        vil = rng.choice(pl.villages)
        g = rng.randint(1, 10)
        site = rng.choice(
            (
                f"{town}{vil}{g}组{rng.randint(1, 80)}号",
                f"{vil}{cnum(g)}组",
                f"{pl.county}{town}{vil}{cnum(g)}组{rng.randint(1, 80)}号",
                f"{vil}{cnum(g)}队",
            )
        )
        area = rng.uniform(120, 480)
        rows.append(
            {
                "户主": ctx.name(p),
                "身份证号": ctx.idc(p, ctx.idmode(0.8, 0.15)),
                "家庭成员": join(
                    [
                        cat(r + rng.choice(("", " ", "：")), ctx.name(m, allow_space=False))
                        for r, m in zip(rel, members, strict=True)
                    ],
                    "、",
                ),
                "原宅基地坐落": ctx.addr(site),
                "宗地代码": P(
                    f"{rng.choice(pl.codes)}{rng.randint(100, 220):03d}{rng.randint(1, 30):03d}J{rng.choice('ABC')}{rng.randint(1, 99999):05d}"
                ),
                "宅基地面积（㎡）": P(ctx.num(f"{area:.1f}")),
                "房屋面积（㎡）": P(ctx.num(f"{area * rng.uniform(0.4, 0.9):.1f}")),
                "补偿金额（元）": P(ctx.money(30000, 260000)),
                "安置方式": P(
                    rng.choice(("货币补偿", "进城购房补贴", "集中安置点安置", "货币补偿+购房补贴"))
                ),
            }
        )

    def prose(r: dict[str, Cell]) -> Cell:
        return cat(
            "户主",
            r["户主"],
            "（身份证号",
            r["身份证号"],
            "），家庭成员：",
            r["家庭成员"],
            "。原宅基地坐落于",
            r["原宅基地坐落"],
            "（宗地代码",
            r["宗地代码"],
            "），宅基地面积",
            r["宅基地面积（㎡）"],
            "平方米，房屋面积",
            r["房屋面积（㎡）"],
            "平方米，补偿金额",
            r["补偿金额（元）"],
            "元，",
            r["安置方式"],
            "。",
        )

    table(d, ctx, cols, rows, layout, prose)
    d.line("退出后的宅基地由村集体经济组织统一复垦或盘活利用，原《集体土地使用证》同时注销。")
    foot(d, ctx, office)
    return d


# --- 9 小额信贷 逾期 催收 公告 -----------------------------------------------------------------------
def doc_loans(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    bank = rng.choice(
        (
            f"{pl.county}农村商业银行股份有限公司",
            f"{pl.county}农村信用合作联社",
            f"中国邮政储蓄银行{pl.county}支行",
            f"{pl.city.replace('自治州', '').replace('盟', '')}村镇银行{pl.county}支行",
        )
    )
    d = Doc()
    d.line(
        spaced_title(
            ctx,
            rng.choice(("催 收 公 告", "逾期贷款催收公告", "关于催收逾期小额信用贷款的公告", "债务催收公告")),
        )
    )
    d.line(f"编号：{pl.short}催字〔{ctx.when.year}〕第{rng.randint(1, 120)}号" if rng.random() < 0.5 else "")
    d.line(
        f"下列借款人在{bank}（以下简称我行）办理的小额信用（扶贫）贷款已逾期，经多次催收未归还。根据《中华人民共和国民法典》相关规定，现公告催收，请借款人及担保人自本公告发布之日起{rng.choice(('十五', '三十', '十'))}日内到我行归还全部欠款本息。"
    )
    rows: list[dict[str, Cell]] = []
    cols = [
        "借款人",
        "身份证号",
        "最后住址",
        "贷款合同号",
        "借款日期",
        "到期日期",
        "逾期本金（元）",
        "担保人",
        "担保人身份证号",
    ]
    for _ in range(rng.randint(2, 6)):
        p = ctx.person(1960, 1995)
        g = ctx.person(1955, 1995)
        lent = ctx.before(700, 2500)
        due = lent + dt.timedelta(days=rng.choice((365, 730, 1095)))
        rows.append(
            {
                "借款人": ctx.name(p),
                "身份证号": ctx.idc(p, ctx.idmode(0.85, 0.1)),
                "最后住址": ctx.addr(p.home),
                "贷款合同号": P(
                    rng.choice(
                        (
                            ctx.junk(18, 20),
                            f"{pl.short}农商借字{lent.year}第{rng.randint(1, 9999):04d}号",
                            ctx.junk(16, 17),
                        )
                    )
                ),
                "借款日期": P(ctx.date(lent)),
                "到期日期": P(ctx.date(due)),
                "逾期本金（元）": P(ctx.money(3000, 50000)),
                "担保人": ctx.name(g),
                "担保人身份证号": ctx.idc(g, ctx.idmode(0.8, 0.15)),
            }
        )

    def prose(r: dict[str, Cell]) -> Cell:
        return cat(
            "借款人",
            r["借款人"],
            "（身份证号：",
            r["身份证号"],
            "，最后住址：",
            r["最后住址"],
            "）于",
            r["借款日期"],
            "在我行借款（合同编号：",
            r["贷款合同号"],
            "），已于",
            r["到期日期"],
            "到期，尚欠本金",
            r["逾期本金（元）"],
            "元及相应利息；担保人",
            r["担保人"],
            "（身份证号：",
            r["担保人身份证号"],
            "）对上述债务承担连带保证责任。",
        )

    table(d, ctx, cols, rows, pick_layout(ctx), prose)
    d.line("逾期不还的，我行将依法提起诉讼，并将违约信息报送金融信用信息基础数据库。")
    d.line(f"联系人：{ctx.official()}（信贷部）  联系电话：{ctx.phone_no()}")
    d.line(f"地址：{pl.county}{rng.choice(pl.roads)}{rng.randint(1, 300)}号    邮编：{pl.post}")
    d.t("\n").line(bank).line(ctx.date())
    return d


# --- 10 出租房屋 / 流动人口 抽查 通报 ----------------------------------------------------------------
def tenant_doc(ctx: Ctx, p: Person) -> Cell:
    rng = ctx.rng
    r = rng.random()
    if r < 0.72:
        return cat("身份证号", ctx.idc(p, ctx.idmode(0.85, 0.1)))
    if r < 0.8:
        return cat(
            "港澳居民来往内地通行证（回乡证）号码",
            S(
                "hk_macau_permit",
                rng.choice("HM") + "".join(str(rng.randrange(10)) for _ in range(rng.choice((8, 10)))),
            ),
        )
    if r < 0.88:
        return cat(
            rng.choice(("台胞证号", "台湾居民来往大陆通行证号码")),
            S("tw_permit", "".join(str(rng.randrange(10)) for _ in range(8))),
        )
    if r < 0.93:
        return cat("往来台湾通行证", S("tw_permit", "L" + "".join(str(rng.randrange(10)) for _ in range(8))))
    if r < 0.97:
        return cat(
            "往来港澳通行证",
            S(
                "hk_macau_permit",
                "C"
                + rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
                + "".join(str(rng.randrange(10)) for _ in range(7)),
            ),
        )
    return cat(
        "护照号码",
        S(
            "passport",
            rng.choice(("E1", "E2", "E5", "E6", "E9", "EA", "EB", "EC", "ED", "EE", "EF", "EG", "EH"))
            + "".join(str(rng.randrange(10)) for _ in range(7)),
        ),
    )


def doc_rental(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    office = rng.choice(
        (f"{pl.county}公安分局", f"{pl.county}社会治安综合治理中心", f"{rng.choice(pl.streets)}办事处")
    )
    d = Doc()
    head(
        d,
        ctx,
        rng.choice(
            (
                "出租房屋和流动人口登记管理专项抽查情况通报",
                f"关于{ctx.when.year}年第{cnum(rng.randint(1, 4))}季度出租房屋抽查情况的通报",
                "流动人口居住登记抽查通报",
            )
        ),
        office,
        "综治通",
    )
    d.line(
        f"{ctx.date(ctx.before(5, 40))}至{ctx.date(ctx.before(1, 4))}，{office}会同各社区对辖区出租房屋开展专项抽查，共抽查出租房屋{rng.randint(60, 400)}户，发现问题房屋{rng.randint(4, 30)}户。现将部分问题通报如下："
    )
    n = rng.randint(2, 5)
    layout = rng.choice(("prose", "prose", "form", "table"))
    cols = ["房屋地址", "房东", "房东电话", "承租人", "存在问题"]
    rows: list[dict[str, Cell]] = []
    for i in range(1, n + 1):
        owner = ctx.person(1950, 1990)
        addr = owner.home if rng.random() < 0.3 else ctx.home(rural=False)
        tenants = [ctx.person(1975, 2004) for _ in range(rng.randint(1, 3))]
        owner_tel = ctx.land() if rng.random() < 0.25 else ctx.mob(owner)
        problem = rng.choice(
            (
                "未按规定办理出租登记",
                "承租人未申报居住登记",
                "群租，存在消防隐患",
                "未留存承租人身份证件信息",
                "擅自改变房屋结构分隔出租",
                "电动自行车在楼道内充电",
            )
        )
        t_cells = [
            cat(
                ctx.name(t),
                "（",
                tenant_doc(ctx, t),
                cat("，电话", ctx.mob(t)) if rng.random() < 0.35 else "",
                "）",
            )
            for t in tenants
        ]
        extra: Cell = []
        if rng.random() < 0.3:
            extra = cat("，承租人停放车辆号牌", ctx.plate())
        if rng.random() < 0.15:
            extra = cat(extra, "，房东电子邮箱", S("email", ctx.email_raw(owner.name)))
        row = {
            "房屋地址": ctx.addr(addr),
            "房东": ctx.name(owner),
            "房东电话": owner_tel,
            "承租人": join(t_cells, "、"),
            "存在问题": cat(problem, extra),
        }
        rows.append(row)
        if layout == "prose":
            d.line(
                f"{cnum(i)}、",
                row["房屋地址"],
                "，房东",
                row["房东"],
                "（联系电话",
                row["房东电话"],
                "），出租给",
                row["承租人"],
                f"居住，{problem}",
                extra,
                "。已责令",
                row["房东"],
                rng.choice(("限期整改", "于三日内补办登记", "立即清退超员租住人员")),
                "。",
            )
        elif layout == "form":
            d.line(f"{i}．房屋地址：", row["房屋地址"])
            d.line("房东：", row["房东"], "  电话：", row["房东电话"])
            d.line("承租人：", row["承租人"])
            d.line("问题：", row["存在问题"])
    if layout == "table":
        table(
            d,
            ctx,
            cols,
            rows,
            rng.choice(("pipe", "tab", "csv", "spaces", "cells" if ctx.pdf else "comma")),
            lambda r: r["房屋地址"],
        )
    d.line(
        "请各社区督促房东落实治安责任，对拒不整改的依据《租赁房屋治安管理规定》予以处罚。举报电话：",
        ctx.phone_no(),
        "。",
    )
    foot(d, ctx, office, objection=False)
    return d


# --- 11 消防 安全 隐患 整改 通知书 -----------------------------------------------------------------
HAZARDS = (
    "疏散通道堆放杂物，影响人员安全疏散",
    "电动自行车在室内停放、充电",
    "未按规定配置灭火器，现有灭火器压力不足",
    "违规使用液化石油气钢瓶，未安装可燃气体报警装置",
    "电气线路私拉乱接，未穿管保护",
    "住宿与经营场所未采取防火分隔（“三合一”场所）",
    "安全出口上锁",
    "应急照明灯损坏",
    "厨房排油烟管道未定期清洗",
    "采用易燃可燃材料装修",
)


def doc_fire(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    office = rng.choice(
        (
            f"{pl.county}消防救援大队",
            f"{pl.city}{pl.county}消防救援大队",
            f"{rng.choice(pl.streets)}消防工作站",
        )
    )
    p = ctx.person(1960, 2000)
    shop = rng.choice(
        (
            f"{pl.county}{rng.choice(('老马', '兴旺', '好再来', '福满楼', '聚鑫', '清真'))}{rng.choice(('牛肉面馆', '小吃店', '便利店', '五金建材店', '电动车维修部', '农家乐', '宾馆', '烧烤店'))}",
            f"{pl.county}{rng.choice(pl.roads)}{rng.choice(('惠民超市', '鑫鑫麻辣烫', '快捷旅社', '汽车修理部'))}",
        )
    )
    d = Doc()
    d.line(
        spaced_title(
            ctx, rng.choice(("责令限期改正通知书", "消防安全隐患整改通知书", "消防监督检查责令改正通知书"))
        )
    )
    d.line(f"{pl.short}消限字〔{ctx.when.year}〕第{rng.randint(1, 999):04d}号")
    d.t("\n")
    d.line(shop, rng.choice(("", "：")))
    kv = rng.random() < 0.5
    items: list[tuple[str, Cell]] = [
        ("统一社会信用代码", P(ctx.uscc("92"))),
        ("经营场所", P(ctx.shop_addr())),
        ("经营者", ctx.name(p)),
        ("经营者身份证号", ctx.idc(p, ctx.idmode(0.85, 0.1))),
        ("住址", ctx.addr(p.home)),
        ("联系电话", ctx.mob(p) if rng.random() < 0.85 else ctx.land()),
    ]
    if kv:
        for label, val in items:
            d.line(f"{label}：", val)
    else:
        d.line("（", join([cat(f"{lbl}：", v) for lbl, v in items], "；"), "）")
    checked = ctx.before(1, 10)
    d.line(
        f"根据《中华人民共和国消防法》第{rng.choice(('十六', '二十八', '五十三'))}条之规定，我{'大队' if '大队' in office else '站'}于{ctx.date(checked)}对你{rng.choice(('单位', '店'))}进行消防监督检查，发现存在下列消防安全违法行为："
    )
    for i, h in enumerate(rng.sample(HAZARDS, rng.randint(2, 5)), 1):
        d.line(f"{i}．{h}；")
    d.line(
        f"责令你于{ctx.date(checked + dt.timedelta(days=rng.choice((3, 7, 15, 30))))}前改正。改正期间，应当采取确保消防安全的措施。逾期不改正的，依法予以处罚。"
    )
    if rng.random() < 0.4:
        d.line("经营者", ctx.name(p), "已于检查当日将室内充电的电动自行车（号牌", ctx.plate(), "）移至室外。")
    o1, o2 = ctx.official(), ctx.official()
    d.line(f"消防监督员：{o1}（执法证号{rng.choice(pl.codes)[:4]}{rng.randint(10000, 99999)}）  {o2}")
    d.line("被检查单位签收：", ctx.name(p), "    ", ctx.date(checked))
    d.line(f"{office}（印章）").line(ctx.date(checked))
    d.line(f"（一式两份，一份交被检查单位，一份存档。火警电话119，大队值班电话{ctx.phone_no()}）")
    return d


# --- 12 信访事项 办理 答复意见书 -------------------------------------------------------------------
def doc_petition(ctx: Ctx) -> Doc:
    rng, pl = ctx.rng, ctx.pl
    office = rng.choice(
        (
            f"{pl.county}住房和城乡建设局",
            f"{pl.county}自然资源局",
            f"{rng.choice(pl.towns)}人民政府",
            f"{pl.county}人力资源和社会保障局",
            f"{pl.county}民政局",
        )
    )
    p = ctx.person(1950, 1995)
    d = Doc()
    d.line(
        spaced_title(ctx, rng.choice(("信访事项处理意见书", "信访事项答复意见书", "信访事项办理答复意见书")))
    )
    d.line(f"{pl.short}{rng.choice(('信复', '信处', '访复'))}〔{ctx.when.year}〕{rng.randint(1, 99)}号")
    d.t("\n")
    d.line(ctx.name(p), "：")
    got = ctx.before(20, 60)
    chan = rng.choice(
        ("来信", "来访", "“人民网·领导留言板”", "国家信访信息系统网上信访", "12345政务服务便民热线")
    )
    ident: list[Cell] = [
        cat("身份证号：", ctx.idc(p, ctx.idmode(0.8, 0.15))),
        cat("住址：", ctx.addr(p.home)),
        cat("联系电话：", ctx.mob(p) if rng.random() < 0.8 else ctx.land()),
    ]
    if rng.random() < 0.3:
        ident.append(cat("电子邮箱：", S("email", ctx.email_raw(p.name))))
    rng.shuffle(ident)
    d.line(
        "你（",
        join(ident[: rng.randint(1, len(ident))], "，"),
        f"）于{ctx.date(got)}通过{chan}反映的问题，本机关已于{ctx.date(got + dt.timedelta(days=rng.randint(1, 5)))}依法受理。现答复如下：",
    )
    kind = rng.randrange(4)
    n1 = ctx.person(1950, 1995, female=not p.female)
    n2 = ctx.person(1950, 1995)
    if kind == 0:
        naddr = n1.home if rng.random() < 0.5 else ctx.home(rural=False)
        d.line(
            "一、你反映的问题：你家邻居",
            ctx.name(n1),
            "在其位于",
            ctx.addr(naddr),
            "的房屋顶部违规加盖彩钢房，影响你家采光通风，要求予以拆除。",
        )
        d.line(
            "二、调查核实情况：经现场核查，",
            ctx.name(n1),
            "于",
            ctx.date(ctx.before(100, 600)),
            "在自有房屋顶层搭建彩钢结构约",
            f"{rng.randint(12, 60)}平方米",
            "，未取得建设工程规划许可。",
        )
        d.line(
            "三、处理意见：已向",
            ctx.name(n1),
            "下达《责令限期拆除通知书》，限其于",
            ctx.date(ctx.when + dt.timedelta(days=15)),
            "前自行拆除；逾期不拆除的，依法强制拆除。",
        )
    elif kind == 1:
        d.line(
            "一、你反映的问题：同组村民",
            ctx.name(n1),
            "、",
            ctx.name(n2),
            "侵占你家承包地约",
            f"{rng.uniform(0.3, 3):.1f}亩",
            "，要求恢复原状。",
        )
        d.line(
            "二、调查核实情况：经查阅第二轮土地承包台账并实地测量，争议地块登记在",
            ctx.name(n1),
            "户名下（承包合同编号：",
            ctx.junk(16, 18),
            "），",
            ctx.name(n2),
            "户未占用你家承包地。",
        )
        d.line(
            "三、处理意见：你反映的问题不属实。你家承包地界址以",
            str(ctx.when.year - rng.randint(5, 8)),
            "年确权登记为准。",
        )
    elif kind == 2:
        ill = rng.choice(CHRONIC)
        d.line(
            "一、你反映的问题：你自述患有",
            S("health", ill),
            "，",
            rng.choice(("长期服药", "无法外出务工", "家庭生活困难")),
            "，要求将你家纳入最低生活保障范围。",
        )
        d.line(
            "二、调查核实情况：经入户调查和家庭经济状况核对，你家共",
            f"{rng.randint(2, 5)}口人",
            "，你丈夫" if p.female else "，你妻子",
            ctx.name(n1),
            "在",
            company(ctx),
            "务工，月收入约",
            f"{rng.randint(2800, 6000)}元",
            "，家庭人均收入高于当地低保标准。",
        )
        if rng.random() < 0.5:
            d.line(
                "另查明，你父亲", ctx.name(n2), "已于", ctx.date(ctx.before(200, 900)), "死亡，其户籍已注销。"
            )
        d.line(
            "三、处理意见：你家目前不符合低保条件。鉴于你的患病情况，可按规定申请",
            rng.choice(("门诊慢特病待遇", "临时救助", "医疗救助")),
            "。",
        )
    else:
        d.line(
            "一、你反映的问题：你于",
            ctx.date(ctx.before(400, 1500)),
            "在工作中受伤，经鉴定为",
            S("health", rng.choice(("部分丧失劳动能力", "大部分丧失劳动能力", "完全丧失劳动能力"))),
            "（",
            rng.choice(("七级", "五级", "四级", "九级")),
            "伤残），原用人单位拖欠伤残津贴。",
        )
        d.line(
            "二、调查核实情况：经查，",
            company(ctx),
            "已为你缴纳工伤保险，工友",
            ctx.name(n1),
            "、",
            ctx.name(n2),
            "证实事故经过。相关待遇已于",
            ctx.date(ctx.before(5, 30)),
            "核定。",
        )
        d.line(
            "三、处理意见：由工伤保险基金支付一次性伤残补助金",
            ctx.money(20000, 90000),
            "元，伤残津贴由用人单位按月支付。",
        )
    d.line(
        f"如对本处理意见不服，可自收到本意见书之日起30日内向{pl.county}人民政府信访局或{office.replace(pl.county, pl.city) if rng.random() < 0.5 else pl.county + '人民政府'}书面申请复查。"
    )
    d.line(f"承办人：{ctx.official()}    联系电话：{ctx.phone_no()}")
    d.line(f"{office}（信访专用章）").line(ctx.date())
    if rng.random() < 0.5:
        d.line("抄送：", f"{pl.county}信访局，", rng.choice(pl.towns), "人民政府。")
    return d


# --- assembly ----------------------------------------------------------------------------------------
TYPES: dict[str, Callable[[Ctx], Doc]] = {
    "养老保险待遇暂停恢复终止名单": doc_pension,
    "门诊慢特病认定名单": doc_chronic,
    "困境儿童基本生活费发放名单": doc_children,
    "残疾人机动轮椅车燃油补贴": doc_wheelchair,
    "失业保险金领取公示": doc_unemployment,
    "生态公益林草原禁牧补偿明细": doc_ecocomp,
    "土地经营权流转合同备案公示": doc_landtransfer,
    "宅基地自愿退出补偿公示": doc_homestead,
    "小额信贷逾期催收公告": doc_loans,
    "出租房屋流动人口抽查通报": doc_rental,
    "消防隐患整改通知书": doc_fire,
    "信访事项答复意见书": doc_petition,
}


def consistent(text: str, spans: list[dict[str, object]]) -> bool:
    """Spans are non-empty and disjoint, and every occurrence of a labelled name is labelled."""
    ranges = sorted((int(str(s["start"])), int(str(s["end"])), str(s["kind"])) for s in spans)
    if any(e <= s or not text[s:e].strip() for s, e, _ in ranges):
        return False
    if any(b[0] < a[1] for a, b in itertools.pairwise(ranges)):
        return False
    names = [(s, e) for s, e, k in ranges if k == "name"]
    for nm in {text[s:e] for s, e in names}:
        i = text.find(nm)
        while i >= 0:
            if not any(s <= i and i + len(nm) <= e for s, e in names):
                return False
            i = text.find(nm, i + 1)
    return True


def build(rng: random.Random, kind: str) -> tuple[str, list[dict[str, object]]]:
    pl = rng.choice(PLACES)
    pdf = rng.random() < 0.3
    when = dt.date(2019, 3, 1) + dt.timedelta(days=rng.randrange(2300))
    ctx = Ctx(rng, pl, pdf, 0.3 if pdf else 0.04, pdf and rng.random() < 0.6, when)
    doc = TYPES[kind](ctx)
    segs = doc.segs
    if pdf:
        segs = pdfify(
            segs, ctx, rng.choice((f"{pl.county}人民政府信息公开", pl.county + "政务公开", "")) or kind
        )
    out = Doc()
    out.segs = segs
    return out.render()


def generate(docs: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    kinds = list(TYPES)
    rows: list[dict[str, object]] = []
    for i in range(docs):
        kind = kinds[i % len(kinds)]
        while True:
            text, spans = build(rng, kind)
            if consistent(text, spans):
                break
        rows.append({"type": kind, "text": text, "spans": spans})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args(argv)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generate(args.docs, args.seed))
    if args.output == "-":
        sys.stdout.write(lines)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
