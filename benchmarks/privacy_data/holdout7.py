# ruff: noqa: E501
"""Holdout set 7: a blind, independent labelled-document generator for the privacy detector.

    .venv/bin/python benchmarks/privacy_data/holdout7.py --docs 400 --seed 23 -o /tmp/h7.jsonl

Writes JSON Lines {"type", "text", "spans": [{"kind", "start", "end"}]} with Python str offsets. The text
is built by appending pieces and a span is recorded whenever a personal datum is appended. Standard
library only; the output is a pure function of --docs and --seed.

Document types (county-level offices, courts, unions, newspapers and grids publishing personal data):
    农机购置补贴资金兑付公示, 创业担保贷款贴息公示, 灵活就业人员社会保险补贴公示, 公益性岗位补贴公示,
    劳动人事争议仲裁裁决书, 道路交通事故认定书, 户口注销/迁移公告, 遗失声明(报纸分类广告),
    行政强制执行催告书/限期拆除, 临时救助审批表, 困难职工帮扶档案, 法院开庭公告, 民事判决书摘要,
    医疗纠纷人民调解协议书, 网格走访记录(严重精神障碍患者/特殊困难老人).
Layouts vary per document: prose, "标签：值" forms, tables separated by "|", tab, "，" or runs of spaces,
numbered lines, shuffled columns, full- and half-width punctuation, footers with the office's phone.

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

Set-specific choices: a 驾驶证号 is the holder's ID number (id_card); 网格员, 调解员, 仲裁员, 交通警察,
lawyers acting as 委托代理人 and hospital staff acting for the hospital are public roles (not labelled);
就业困难类别 / 身体状况 / 致困原因 cells that name a disability or illness are one health span; 出厂编号,
车辆识别代号, 保险单号, 贷款合同编号, 档案编号 and 不动产权证号 are near misses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# --- check digits -----------------------------------------------------------------------------------
_GB_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
DIGITS = "0123456789"


def gb11643(body: str) -> str:
    """Check character of an 18-digit resident identity number."""
    return "10X98765432"[sum(int(ch) * w for ch, w in zip(body, _GB_WEIGHTS, strict=True)) % 11]


def luhn_check_digit(body: str) -> str:
    acc = 0
    for pos, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if pos % 2 == 0 else 1)
        acc += v - 9 if v > 9 else v
    return str(-acc % 10)


def passes_luhn(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def org_code_check(body: str) -> str:
    acc = sum(
        (int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, _ORG_WEIGHTS, strict=True)
    )
    r = 11 - acc % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def uscc_check(body: str) -> str:
    acc = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(body, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[-acc % 31]


# --- places -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    prov: str  # "" for a municipality
    city: str
    county: str
    short: str
    codes: tuple[str, ...]  # real county codes: home first, then neighbours
    area: str
    digits: int  # local number length
    post: str
    plates: tuple[str, ...]
    abbr: str
    domain: str
    towns: tuple[str, ...]
    villages: tuple[str, ...]
    streets: tuple[str, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]
    urban: float
    folk: str  # which minority name pool is common here


PLACES: tuple[Place, ...] = (
    Place(
        "安徽省",
        "阜阳市",
        "临泉县",
        "临泉",
        ("341221", "341222", "341203"),
        "0558",
        7,
        "236400",
        ("皖K",),
        "皖",
        "linquan",
        ("迎仙镇", "姜寨镇", "单桥镇", "杨桥镇", "老集镇", "长官镇"),
        ("前庄村", "吕寨村", "王大庄村", "新集村", "谢营村", "孙营村"),
        ("城关街道", "城中街道", "城东街道"),
        ("人民路", "解放路", "沈丘路", "光武大道"),
        ("书香园", "金色阳光小区", "和顺花园", "泉河湾"),
        0.3,
        "",
    ),
    Place(
        "河南省",
        "周口市",
        "扶沟县",
        "扶沟",
        ("411621", "411622", "411602"),
        "0394",
        7,
        "461300",
        ("豫P",),
        "豫",
        "fugou",
        ("崔桥镇", "江村镇", "白潭镇", "韭园镇", "练寺镇", "大新镇"),
        ("大李庄村", "吕潭村", "丁庄村", "后岗村", "南王村", "东韩村"),
        ("桐丘街道", "扶亭街道"),
        ("桐丘路", "扶亭大道", "建设路", "新华路"),
        ("锦绣华府", "福瑞家园", "文昌苑", "森林半岛"),
        0.3,
        "hui",
    ),
    Place(
        "江苏省",
        "徐州市",
        "丰县",
        "丰县",
        ("320321", "320322", "320311"),
        "0516",
        8,
        "221700",
        ("苏C",),
        "苏",
        "chinafx",
        ("华山镇", "首羡镇", "顺河镇", "常店镇", "欢口镇", "师寨镇"),
        ("周庄村", "李寨村", "刘王楼村", "赵庄村", "程子庙村", "吴王庄村"),
        ("凤城街道", "中阳里街道", "孙楼街道"),
        ("中阳大道", "工农路", "向阳路", "南京路"),
        ("汉皇御景", "盛世华庭", "凤鸣花苑", "丰邑家园"),
        0.35,
        "",
    ),
    Place(
        "甘肃省",
        "临夏回族自治州",
        "临夏县",
        "临夏",
        ("622921", "622901", "622926"),
        "0930",
        7,
        "731800",
        ("甘N",),
        "甘",
        "linxiaxian",
        ("韩集镇", "土桥镇", "尹集镇", "莲花镇", "营滩乡", "麻尼寺沟乡"),
        ("阳洼山村", "双城村", "河湾村", "红台村", "马家庄村", "祁家村"),
        ("韩集镇", "土桥镇"),
        ("河州大道", "团结路", "解放路"),
        ("锦绣家园", "枹罕小区", "河州佳苑"),
        0.2,
        "hui",
    ),
    Place(
        "新疆维吾尔自治区",
        "巴音郭楞蒙古自治州",
        "库尔勒市",
        "库尔勒",
        ("652801", "652827", "652826"),
        "0996",
        7,
        "841000",
        ("新M",),
        "新",
        "xjkel",
        ("塔什店镇", "上户镇", "和什力克乡", "铁克其乡", "阿瓦提乡", "恰尔巴格乡"),
        ("阿瓦提村", "喀尔巴格村", "上户村", "其兰巴格村", "托布力其村"),
        ("萨依巴格街道", "团结街道", "建设街道", "新城街道", "天山街道"),
        ("人民东路", "石化大道", "建国北路", "萨依巴格路", "交通西路"),
        ("梨香花园", "丝路家园", "金城小区", "天恒小区"),
        0.55,
        "uyghur",
    ),
    Place(
        "四川省",
        "成都市",
        "武侯区",
        "武侯",
        ("510107", "510104", "510108"),
        "028",
        8,
        "610041",
        ("川A", "川G"),
        "川",
        "wuhou",
        ("簇桥街道", "金花桥街道"),
        ("永康村", "双凤村", "太平村"),
        ("玉林街道", "火车南站街道", "簇桥街道", "机投桥街道", "望江路街道", "红牌楼街道"),
        ("玉林北路", "科华北路", "佳灵路", "武侯祠大街", "高升桥东路"),
        ("棕北小区", "锦城苑", "蓝谷地", "清水河畔"),
        0.92,
        "",
    ),
    Place(
        "陕西省",
        "西安市",
        "雁塔区",
        "雁塔",
        ("610113", "610112", "610116"),
        "029",
        8,
        "710061",
        ("陕A", "陕U"),
        "陕",
        "yanta",
        ("鱼化寨街道", "丈八沟街道"),
        ("鱼化寨村", "南窑头村", "东三爻村", "木塔寨村"),
        ("小寨路街道", "大雁塔街道", "电子城街道", "曲江街道", "鱼化寨街道"),
        ("长安南路", "翠华路", "科技路", "丈八东路", "电子二路"),
        ("紫薇田园都市", "曲江池畔", "枫叶新都市", "融侨馨苑"),
        0.9,
        "",
    ),
    Place(
        "湖南省",
        "长沙市",
        "岳麓区",
        "岳麓",
        ("430104", "430102", "430181"),
        "0731",
        8,
        "410006",
        ("湘A",),
        "湘",
        "yuelu",
        ("莲花镇", "雨敞坪镇", "含浦街道"),
        ("桐木村", "龙洲村", "嵩山村", "金华村"),
        ("望月湖街道", "岳麓街道", "观沙岭街道", "银盆岭街道", "梅溪湖街道"),
        ("麓山南路", "枫林三路", "银盆南路", "岳麓大道", "桐梓坡路"),
        ("梅溪湖壹号", "麓谷林语", "岳麓欧城", "阳光100"),
        0.7,
        "tujia",
    ),
    Place(
        "贵州省",
        "黔东南苗族侗族自治州",
        "凯里市",
        "凯里",
        ("522601", "522631", "522622"),
        "0855",
        7,
        "556000",
        ("贵H",),
        "黔",
        "kaili",
        ("三棵树镇", "舟溪镇", "旁海镇", "湾水镇", "炉山镇", "万潮镇"),
        ("季刀村", "南花村", "青曼村", "格细村", "翁项村", "黄猫村"),
        ("大十字街道", "西门街道", "洗马河街道", "城西街道"),
        ("韶山南路", "北京东路", "宁波路", "迎宾大道"),
        ("阳光新城", "金泉湖小区", "鼎泰花园", "凯运司新苑"),
        0.45,
        "miao",
    ),
    Place(
        "湖北省",
        "荆州市",
        "松滋市",
        "松滋",
        ("421087", "421022", "421003"),
        "0716",
        7,
        "434200",
        ("鄂D",),
        "鄂",
        "songzi",
        ("南海镇", "八宝镇", "涴市镇", "老城镇", "陈店镇", "街河市镇"),
        ("永兴村", "桂花村", "大岭村", "河口村", "白杨垱村", "杨家垱村"),
        ("新江口街道",),
        ("玉岭路", "乐乡大道", "民主路", "白云路"),
        ("金松城", "江山印象", "锦绣新城", "城市花园"),
        0.35,
        "tujia",
    ),
    Place(
        "内蒙古自治区",
        "赤峰市",
        "阿鲁科尔沁旗",
        "阿旗",
        ("150421", "150422", "150402"),
        "0476",
        7,
        "025550",
        ("蒙D",),
        "蒙",
        "alkeq",
        ("天山镇", "双胜镇", "坤都镇", "绍根镇", "先锋乡", "巴拉奇如德苏木"),
        ("敖包嘎查", "白音花嘎查", "六合堂村", "宝力罕吐嘎查", "东沙布台村"),
        ("天山镇",),
        ("罕山路", "新兴街", "草原路", "汉林街"),
        ("罕山小区", "金龙家园", "润泽园"),
        0.3,
        "mongol",
    ),
    Place(
        "",
        "北京市",
        "朝阳区",
        "朝阳",
        ("110105", "110108", "130682"),
        "010",
        8,
        "100021",
        ("京N", "京Q", "京A", "京P"),
        "京",
        "bjchy",
        ("孙河地区", "崔各庄地区", "金盏地区"),
        ("康营村", "黑桥村", "东窑村", "楼梓庄村"),
        ("劲松街道", "双井街道", "潘家园街道", "望京街道", "八里庄街道", "和平街街道"),
        ("劲松路", "广渠路", "阜通东大街", "朝阳北路", "武圣路"),
        ("富力城", "望京花园", "八里庄西里", "农光里"),
        0.95,
        "",
    ),
    Place(
        "西藏自治区",
        "拉萨市",
        "城关区",
        "城关",
        ("540102", "540121", "540103"),
        "0891",
        7,
        "850000",
        ("藏A",),
        "藏",
        "lasa",
        ("蔡公堂乡", "夺底乡", "娘热乡"),
        ("白定村", "维巴村", "加玛村"),
        ("八廓街道", "吉日街道", "扎细街道", "公德林街道", "吉崩岗街道"),
        ("北京中路", "江苏路", "林廓北路", "金珠西路", "色拉路"),
        ("藏热小区", "扎基小区", "雪新村", "仙足岛小区"),
        0.75,
        "tibetan",
    ),
    Place(
        "江西省",
        "南昌市",
        "南昌县",
        "南昌县",
        ("360121", "360102", "360124"),
        "0791",
        8,
        "330200",
        ("赣A",),
        "赣",
        "ncx",
        ("向塘镇", "三江镇", "黄马乡", "塔城乡", "幽兰镇", "武阳镇"),
        ("罗渡村", "涂家村", "万舍村", "前进村", "小蓝村", "邓坊村"),
        ("莲塘镇", "象湖街道"),
        ("莲塘北大道", "澄湖东路", "向阳路", "迎宾大道"),
        ("澄湖花园", "东方明珠小区", "象湖新城", "莲湖雅苑"),
        0.45,
        "",
    ),
)

# --- personal names ---------------------------------------------------------------------------------
COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "皇甫",
    "慕容",
    "东方",
    "令狐",
    "尉迟",
    "夏侯",
    "端木",
    "公孙",
    "司徒",
    "闻人",
    "宇文",
    "长孙",
)
RARE_SURNAMES = "仉厍剡脱摆禹尕冶者喇虎海沙笪逯禚隗郗蒯鄢宓訾晏昝缑栾郏滑亓佘佴邴蔺靳暴谯揭浦拜綦鞠戚仇"
HUI_SURNAMES = "马马马冶喇虎海沙者摆韩妥撒穆丁哈"
MIAO_SURNAMES = "杨吴潘龙石欧顾邰王张"
GIVEN_MALE = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
GIVEN_FEMALE = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"
UYGHUR_MALE = (
    "阿不都热依木",
    "买买提",
    "艾克拜尔",
    "吐尔逊",
    "阿卜杜拉",
    "依明",
    "艾力",
    "努尔麦麦提",
    "玉苏甫",
    "热合曼",
    "麦麦提敏",
    "亚森",
    "吾拉木",
    "克热木",
    "阿布来提",
    "卡德尔",
    "艾则孜",
    "居来提",
)
UYGHUR_FEMALE = (
    "古丽娜尔",
    "阿依古丽",
    "热依拉",
    "帕提古丽",
    "米热古丽",
    "努尔古丽",
    "祖丽胡玛尔",
    "阿依努尔",
    "再努尔",
    "布维罕",
    "阿孜古丽",
    "麦尔哈巴",
)
TIBETAN_PARTS = (
    "扎西",
    "次仁",
    "卓玛",
    "格桑",
    "曲珍",
    "达瓦",
    "顿珠",
    "边巴",
    "央金",
    "拉姆",
    "尼玛",
    "洛桑",
    "平措",
    "德吉",
    "卓嘎",
    "旦增",
    "曲扎",
    "普布",
    "拉巴",
    "索朗",
    "多吉",
    "白玛",
    "央宗",
    "次旦",
    "罗布",
    "桑珠",
    "强巴",
    "益西",
)
MONGOL_NAMES = (
    "巴特尔",
    "乌云其其格",
    "苏日娜",
    "敖登格日勒",
    "额尔敦",
    "朝鲁",
    "阿拉坦仓",
    "萨仁高娃",
    "其木格",
    "宝音",
    "那日苏",
    "孟和",
    "斯琴",
    "图雅",
    "哈斯",
    "巴图",
    "吉日木图",
    "塔娜",
    "乌力吉",
    "宝力道",
)


def han_given(rng: random.Random, female: bool) -> str:
    pool = GIVEN_FEMALE if female else GIVEN_MALE
    if rng.random() < 0.3:
        return rng.choice(pool)
    first = rng.choice(pool if rng.random() < 0.8 else GIVEN_MALE + GIVEN_FEMALE)
    return first + rng.choice(pool)


def han_surname(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.07:
        return rng.choice(COMPOUND_SURNAMES)
    if r < 0.2:
        return rng.choice(RARE_SURNAMES)
    return rng.choice(COMMON_SURNAMES)


def draw_name(rng: random.Random, pl: Place, female: bool) -> tuple[str, str]:
    """A private person's full name and 民族, weighted by the place."""
    r = rng.random()
    if pl.folk == "uyghur" and r < 0.55:
        own = rng.choice(UYGHUR_FEMALE if female else UYGHUR_MALE)
        if rng.random() < 0.65:
            father = rng.choice(UYGHUR_MALE)
            return own + rng.choice(("·", "·", "•")) + father, "维吾尔族"
        return own, "维吾尔族"
    if pl.folk == "tibetan" and r < 0.65:
        a, b = rng.sample(TIBETAN_PARTS, 2)
        return a + b, "藏族"
    if pl.folk == "mongol" and r < 0.35:
        base = rng.choice(MONGOL_NAMES)
        return (rng.choice("包白敖宝") + han_given(rng, female) if rng.random() < 0.3 else base), "蒙古族"
    if pl.folk == "hui" and r < 0.5:
        return rng.choice(HUI_SURNAMES) + han_given(rng, female), rng.choice(("回族", "回族", "东乡族"))
    if pl.folk == "miao" and r < 0.45:
        return rng.choice(MIAO_SURNAMES) + han_given(rng, female), rng.choice(("苗族", "侗族"))
    nation = "汉族"
    if pl.folk == "tujia" and r < 0.2:
        nation = "土家族"
    elif rng.random() < 0.03:
        nation = rng.choice(("满族", "壮族", "回族"))
    return han_surname(rng) + han_given(rng, female), nation


def masked_name(rng: random.Random) -> str:
    return rng.choice(COMMON_SURNAMES) + rng.choice(("某", "某某", "某某"))


# --- numbers ----------------------------------------------------------------------------------------
def rand_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 31).toordinal()))


def resident_id(rng: random.Random, code: str, born: dt.date, female: bool) -> str:
    seq = f"{rng.randint(0, 99):02d}{rng.choice('02468' if female else '13579')}"
    body = code + born.strftime("%Y%m%d") + seq
    chk = gb11643(body)
    if chk == "X" and rng.random() < 0.3:
        chk = "x"
    return body + chk


def bad_resident_id(rng: random.Random, code: str, born: dt.date, female: bool) -> str:
    while True:
        good = resident_id(rng, code, born, female)
        bad = good[:-1] + rng.choice([c for c in "0123456789X" if c != good[-1].upper()])
        if not (bad.isdigit() and passes_luhn(bad)):
            return bad


def old_resident_id(rng: random.Random, code: str, born: dt.date, female: bool) -> str:
    return (
        code
        + born.strftime("%y%m%d")
        + f"{rng.randint(0, 99):02d}"
        + rng.choice("02468" if female else "13579")
    )


def masked_id(rng: random.Random, full: str) -> str:
    style = rng.randrange(4)
    if style == 0:
        return full[:6] + "*" * 8 + full[-4:]
    if style == 1:
        return full[:4] + "*" * 10 + full[-4:]
    if style == 2:
        return full[:10] + "****" + full[-4:]
    return full[:3] + "*" * 11 + full[-4:]


MOBILE_HEADS = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
    "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)  # fmt: skip


def mobile_number(rng: random.Random) -> str:
    raw = rng.choice(MOBILE_HEADS) + "".join(rng.choice(DIGITS) for _ in range(8))
    r = rng.random()
    if r < 0.12:
        return f"{raw[:3]}-{raw[3:7]}-{raw[7:]}"
    if r < 0.22:
        return f"{raw[:3]} {raw[3:7]} {raw[7:]}"
    return raw


def local_number(rng: random.Random, pl: Place, first: str) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(pl.digits - 1))


def home_phone(rng: random.Random, pl: Place) -> str:
    num = local_number(rng, pl, "2345678")
    r = rng.random()
    if r < 0.55:
        return f"{pl.area}-{num}"
    if r < 0.75:
        return f"({pl.area}){num}"
    if r < 0.85:
        return f"（{pl.area}）{num}"
    return f"{pl.area} {num}"


def office_phone(rng: random.Random, pl: Place) -> str:
    num = local_number(rng, pl, "68")
    return f"{pl.area}-{num}" if rng.random() < 0.8 else f"（{pl.area}）{num}"


CARD_BINS = (
    ("622848", 19),
    ("621700", 19),
    ("622202", 19),
    ("621226", 19),
    ("621661", 19),
    ("622262", 19),
    ("622588", 16),
    ("621098", 19),
    ("623058", 19),
    ("622908", 18),
)


def bank_card(rng: random.Random) -> str:
    bin_, n = rng.choice(CARD_BINS)
    body = bin_ + "".join(rng.choice(DIGITS) for _ in range(n - len(bin_) - 1))
    card = body + luhn_check_digit(body)
    if rng.random() < 0.25:
        return " ".join(card[i : i + 4] for i in range(0, len(card), 4))
    return card


def masked_card(rng: random.Random) -> str:
    card = bank_card(rng).replace(" ", "")
    return card[:4] + "*" * (len(card) - 8) + card[-4:]


def dead_digits(rng: random.Random, n: int, head: str = "") -> str:
    """16-20 digits that fail the Luhn, GB 11643 and mobile checks (contract, serial, account numbers)."""
    while True:
        s = head + "".join(rng.choice(DIGITS) for _ in range(n - len(head)))
        if passes_luhn(s):
            continue
        if n == 18 and gb11643(s[:17]) == s[17]:
            continue
        return s


def personal_mail(rng: random.Random, name_hint: str = "") -> str:
    r = rng.random()
    if r < 0.35:
        local = str(rng.randint(10_000_000, 3_999_999_999))
        return local + "@qq.com"
    syll = (
        "zhang",
        "li",
        "wang",
        "liu",
        "chen",
        "yang",
        "zhao",
        "xue",
        "ming",
        "hua",
        "jun",
        "ping",
        "ling",
        "fei",
        "yu",
        "xin",
        "tao",
        "lei",
        "na",
        "qing",
    )
    local = "".join(rng.choice(syll) for _ in range(rng.randint(2, 3)))
    if rng.random() < 0.6:
        local += str(rng.randint(1, 9999))
    if rng.random() < 0.2:
        local = local[:4] + rng.choice("._") + local[4:]
    return (
        local
        + "@"
        + rng.choice(
            (
                "163.com",
                "126.com",
                "sina.com",
                "foxmail.com",
                "outlook.com",
                "gmail.com",
                "yeah.net",
                "139.com",
            )
        )
    )


def passport_no(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "E" + "".join(rng.choice(DIGITS) for _ in range(8))
    return "E" + rng.choice("ABCDEFGH") + "".join(rng.choice(DIGITS) for _ in range(7))


def hk_macau_no(rng: random.Random, kind: str) -> str:
    if kind == "C":
        return "C" + "".join(rng.choice(DIGITS) for _ in range(8))
    return kind + "".join(rng.choice(DIGITS) for _ in range(rng.choice((8, 8, 10))))


def tw_no(rng: random.Random, resident: bool) -> str:
    tail = "".join(rng.choice(DIGITS) for _ in range(8))
    return tail if resident else "L" + tail


PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate_no(rng: random.Random, pl: Place, dot: bool | None = None) -> str:
    head = rng.choice(pl.plates) if rng.random() < 0.85 else rng.choice(rng.choice(PLACES).plates)
    r = rng.random()
    if r < 0.22:  # small new-energy
        tail = (
            rng.choice("DF")
            + (rng.choice(PLATE_LETTERS + DIGITS))
            + "".join(rng.choice(DIGITS) for _ in range(4))
        )
    elif r < 0.28:  # large new-energy
        tail = "".join(rng.choice(DIGITS) for _ in range(5)) + rng.choice("DF")
    else:
        chars = [rng.choice(DIGITS) for _ in range(5)]
        for i in rng.sample(range(5), rng.choice((0, 1, 1, 2))):
            chars[i] = rng.choice(PLATE_LETTERS)
        tail = "".join(chars)
    use_dot = rng.random() < 0.3 if dot is None else dot
    return head + ("·" if use_dot else "") + tail


def vin_code(rng: random.Random) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return (
        "L"
        + rng.choice("SGFVBN")
        + "".join(rng.choice(pool) for _ in range(9))
        + "".join(rng.choice(DIGITS) for _ in range(6))
    )


def org_code(rng: random.Random) -> str:
    body = "".join(
        rng.choice(DIGITS + "ABCDEFGHJKLMNPQRTUWXY") if i < 2 else rng.choice(DIGITS) for i in range(8)
    )
    return body + org_code_check(body)


def credit_code(rng: random.Random, pl: Place, head: str) -> str:
    while True:
        body = head + rng.choice(pl.codes) + org_code(rng)
        full = body + uscc_check(body)
        if not full[:17].isdigit():
            return full
        if gb11643(full[:17]) != full[17] and not (full.isdigit() and passes_luhn(full)):
            return full


CN_DIGITS = "零一二三四五六七八九"


def cnum(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cdate(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def any_date(rng: random.Random, d: dt.date) -> str:
    r = rng.random()
    if r < 0.6:
        return cdate(d)
    if r < 0.8:
        return d.strftime("%Y-%m-%d")
    if r < 0.9:
        return f"{d.year}.{d.month}.{d.day}"
    return d.strftime("%Y/%m/%d")


def money(rng: random.Random, lo: float, hi: float, step: int = 1) -> str:
    v = round(rng.uniform(lo, hi) / step) * step
    return f"{v:,.2f}" if rng.random() < 0.4 else (f"{v:.2f}" if rng.random() < 0.5 else f"{int(v)}")


def colon(rng: random.Random) -> str:
    return rng.choice(("：", "：", "：", ":", ": "))


def comma(rng: random.Random) -> str:
    return "，" if rng.random() < 0.85 else ", "


# --- addresses --------------------------------------------------------------------------------------
def region_prefix(rng: random.Random, pl: Place, depth: int | None = None) -> str:
    depth = rng.choice((0, 1, 1, 2, 2, 3)) if depth is None else depth
    if depth == 0:
        return ""
    if depth == 1:
        return pl.county
    if depth == 2 or not pl.prov:
        return pl.city + pl.county
    return pl.prov + pl.city + pl.county


def rural_home(rng: random.Random, pl: Place, depth: int | None = None) -> str:
    head = region_prefix(rng, pl, depth) + rng.choice(pl.towns) + rng.choice(pl.villages)
    r = rng.random()
    n = rng.randint(1, 14)
    if r < 0.3:
        return head + cnum(n) + "组"
    if r < 0.45:
        return head + f"{n}组"
    if r < 0.6:
        return (
            head + cnum(n) + "队"
            if pl.folk in ("uyghur", "mongol", "hui") or rng.random() < 0.4
            else head + f"{n}队"
        )
    if r < 0.75:
        return head + f"{n}组{rng.randint(1, 60)}号"
    if r < 0.88:
        return (
            head
            + rng.choice(("东", "西", "南", "北", "前", "后"))
            + rng.choice(("街", "巷", "头"))
            + f"{rng.randint(1, 120)}号"
        )
    return head + f"{rng.randint(1, 300)}号"


def urban_home(rng: random.Random, pl: Place, depth: int | None = None) -> str:
    head = region_prefix(rng, pl, depth)
    if rng.random() < 0.55:
        head += rng.choice(pl.streets)
    road = rng.choice(pl.roads)
    est = rng.choice(pl.estates)
    bld, unit, floor, door = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 4)
    room = f"{floor}{door:02d}"
    r = rng.random()
    if r < 0.25:
        return (
            head
            + f"{road}{rng.randint(1, 399)}号{est}{bld}{rng.choice(('栋', '幢', '号楼'))}{unit}单元{room}室"
        )
    if r < 0.42:
        return head + f"{est}{bld}{rng.choice(('栋', '幢'))}{unit}单元{room}{rng.choice(('室', '号'))}"
    if r < 0.55 or pl.abbr == "京":
        return head + f"{road}{rng.randint(1, 99)}号院{bld}号楼{unit}单元{room}{rng.choice(('室', '号'))}"
    if r < 0.68:
        return head + f"{est}{bld}-{unit}-{room}室"
    if r < 0.8:
        return head + f"{road}{rng.randint(1, 399)}号{bld}{rng.choice(('栋', '幢'))}{room}室"
    if r < 0.9:
        return head + f"{road}{rng.randint(1, 199)}号附{rng.randint(1, 30)}号"
    return head + f"{road}{rng.randint(1, 199)}号{est}{bld}栋{rng.randint(1, 3)}单元"


def home_address(rng: random.Random, pl: Place, rural: bool | None = None, depth: int | None = None) -> str:
    if rural is None:
        rural = rng.random() > pl.urban
    return rural_home(rng, pl, depth) if rural else urban_home(rng, pl, depth)


def office_address(rng: random.Random, pl: Place) -> str:
    return f"{pl.county}{rng.choice(pl.roads)}{rng.randint(1, 300)}号"


# --- documents --------------------------------------------------------------------------------------
Seg = tuple[str | None, str]
Cell = list[Seg]


def plain(text: str) -> Cell:
    return [(None, text)]


def tag(kind: str | None, text: str) -> Cell:
    return [(kind, text)]


@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    pos: int = 0
    taken: set[str] = field(default_factory=set)

    def t(self, *texts: str) -> Doc:
        for x in texts:
            self.parts.append(x)
            self.pos += len(x)
        return self

    def s(self, kind: str | None, text: str) -> Doc:
        if kind is not None and text:
            self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(text)})
        return self.t(text)

    def c(self, cell: Cell) -> Doc:
        for kind, text in cell:
            self.s(kind, text)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def fresh(self, rng: random.Random, pl: Place, female: bool) -> tuple[str, str]:
        """A name that is neither equal to nor contained in any other name already in this document."""
        while True:
            name, nation = draw_name(rng, pl, female)
            if all(name not in o and o not in name for o in self.taken):
                self.taken.add(name)
                return name, nation


@dataclass
class Person:
    name: str
    nation: str
    female: bool
    born: dt.date
    idno: str
    idkind: str | None
    mob: str
    home: str
    addr: str

    def id_cell(self) -> Cell:
        return tag(self.idkind, self.idno)

    @property
    def sex(self) -> str:
        return "女" if self.female else "男"

    def age(self, when: dt.date) -> int:
        return when.year - self.born.year - ((when.month, when.day) < (self.born.month, self.born.day))


def person(
    d: Doc,
    rng: random.Random,
    pl: Place,
    lo: int = 1950,
    hi: int = 2000,
    *,
    female: bool | None = None,
    rural: bool | None = None,
    depth: int | None = None,
    masked: float = 0.0,
    bad: float = 0.03,
    old: float = 0.0,
) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    name, nation = d.fresh(rng, pl, fem)
    born = rand_date(rng, lo, hi)
    code = pl.codes[0] if rng.random() < 0.75 else rng.choice(pl.codes)
    r = rng.random()
    idkind: str | None
    if r < old:
        if born.year < 1984:
            idno, idkind = old_resident_id(rng, code, born, fem), "id_card_15"
        else:
            idno, idkind = resident_id(rng, code, born, fem), "id_card"
    elif r < old + masked:
        idno, idkind = masked_id(rng, resident_id(rng, code, born, fem)), None
    elif r < old + masked + bad:
        idno, idkind = bad_resident_id(rng, code, born, fem), None
    else:
        idno, idkind = resident_id(rng, code, born, fem), "id_card"
    return Person(
        name,
        nation,
        fem,
        born,
        idno,
        idkind,
        mobile_number(rng),
        home_phone(rng, pl),
        home_address(rng, pl, rural, depth),
    )


def official(d: Doc, rng: random.Random, pl: Place) -> str:
    return d.fresh(rng, pl, rng.random() < 0.4)[0]


def phone_cell(rng: random.Random, p: Person, land: float = 0.12) -> Cell:
    if rng.random() < land:
        return tag("landline", p.home)
    if rng.random() < 0.05:
        return [(None, "+86 "), ("mobile", p.mob)]
    return tag("mobile", p.mob)


def pub_day(rng: random.Random) -> dt.date:
    return rand_date(rng, 2022, 2025)


def doc_number(rng: random.Random, pl: Place, dept: str, year: int) -> str:
    return f"{pl.short}{dept}〔{year}〕{rng.randint(1, 160)}号"


def index_number(rng: random.Random, year: int) -> str:
    oc = org_code(rng)
    return rng.choice(
        (
            f"{oc}/{year}-{rng.randint(1, 99999):05d}",
            f"{oc}-{rng.choice(('01', '02', '05', '11'))}-{year}-{rng.randint(1, 9999):04d}",
        )
    )


def case_number(rng: random.Random, pl: Place, year: int, kind: str) -> str:
    return f"（{year}）{pl.abbr}{pl.codes[0][2:]}{kind}{rng.randint(1, 9999)}号"


def gov_mail(rng: random.Random, pl: Place, unit: str) -> str:
    return (
        f"{unit}@{pl.domain}.gov.cn" if rng.random() < 0.7 else f"{pl.domain}{unit}@mail.{pl.domain}.gov.cn"
    )


def footer(
    d: Doc, rng: random.Random, pl: Place, office: str, when: dt.date, hotline: str = "12345", unit: str = ""
) -> None:
    d.t("\n", office, "\n", rng.choice((cdate(when), when.strftime("%Y年%m月%d日"))), "\n")
    lab = rng.choice(("联系电话", "咨询电话", "监督电话", "联系电话", "举报电话"))
    d.t(f"{lab}{colon(rng)}{office_phone(rng, pl)}")
    if rng.random() < 0.5:
        d.t(rng.choice(("；", "  ", "，")), f"政务服务便民热线{colon(rng)}{hotline}")
    d.t("\n")
    if rng.random() < 0.45:
        d.t(
            f"通讯地址{colon(rng)}{office_address(rng, pl)}{rng.choice(('，', '  '))}邮政编码{colon(rng)}{pl.post}\n"
        )
    if rng.random() < 0.35:
        d.t(f"电子邮箱{colon(rng)}{gov_mail(rng, pl, unit or 'bgs')}\n")


TABLE_STYLES = ("pipe", "tab", "comma", "space", "numbered", "kv")


def emit_rows(
    d: Doc,
    rng: random.Random,
    labels: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    style: str | None = None,
    shuffle: bool = True,
    seq: bool = True,
) -> None:
    """Write records as a table (|, tab, comma, spaces), numbered lines or 标签：值 blocks."""
    style = style or rng.choice(TABLE_STYLES)
    order = list(range(len(labels)))
    if shuffle and len(order) > 3 and rng.random() < 0.35:
        tail = order[1:]
        rng.shuffle(tail)
        order = [0, *tail]
    labs = [labels[i] for i in order]
    if style in ("pipe", "tab", "comma", "space"):
        if style == "pipe":
            sep = rng.choice((" | ", "|", " ｜ "))
            edge = rng.random() < 0.4
        elif style == "tab":
            sep, edge = "\t", False
        elif style == "comma":
            sep, edge = rng.choice(("，", ",", "，")), False
        else:
            sep, edge = "", False
        seq_lab = rng.choice(("序号", "编号", "No."))

        def gap() -> str:
            return sep if style != "space" else " " * rng.randint(2, 5)

        head = ([seq_lab] if seq else []) + labs
        if edge:
            d.t(sep.strip())
        for i, h in enumerate(head):
            d.t((gap() if i else "") + h)
        d.t((sep.strip() if edge else "") + "\n")
        for n, row in enumerate(rows, 1):
            if edge:
                d.t(sep.strip())
            first = True
            if seq:
                d.t(str(n))
                first = False
            for i in order:
                if not first:
                    d.t(gap())
                first = False
                d.c(list(row[i]))
            d.t((sep.strip() if edge else "") + "\n")
        return
    if style == "numbered":
        mark = rng.choice((".", "、", "．", ")", "）"))
        bare_first = rng.random() < 0.5
        for n, row in enumerate(rows, 1):
            d.t(f"{n}{mark}")
            for j, i in enumerate(order):
                if j:
                    d.t(rng.choice(("，", "，", "；", ", ")))
                if not (j == 0 and bare_first):
                    d.t(labs[j] + rng.choice(("：", ":", "")))
                d.c(list(row[i]))
            d.t(rng.choice(("。", "；", "")) + "\n")
        return
    col = rng.choice(("：", ":", "："))
    for n, row in enumerate(rows, 1):
        if seq and rng.random() < 0.6:
            d.t(rng.choice((f"（{cnum(n)}）", f"【{n}】", f"第{n}条", f"{n}.")) + "\n")
        for j, i in enumerate(order):
            d.t(labs[j] + col)
            d.c(list(row[i]))
            d.t("\n")
        d.t("\n" if rng.random() < 0.7 else "---\n")


# --- vocabularies -----------------------------------------------------------------------------------
ILLNESSES = (
    "尿毒症", "肝硬化失代偿期", "乳腺癌术后", "肺癌晚期", "脑出血后遗症", "2型糖尿病并发肾病", "慢性阻塞性肺疾病", "冠心病",
    "类风湿性关节炎", "系统性红斑狼疮", "急性髓系白血病", "帕金森病", "阿尔茨海默病", "先天性心脏病", "重型再生障碍性贫血",
    "双侧股骨头坏死", "强直性脊柱炎", "胃癌术后化疗", "慢性肾功能衰竭", "脑梗死", "鼻咽癌", "宫颈癌", "重症肌无力", "肝癌",
)  # fmt: skip
DISABILITIES = ("肢体残疾", "视力残疾", "听力残疾", "智力残疾", "精神残疾", "言语残疾", "多重残疾")
GRADES = ("一级", "二级", "三级", "四级")
MENTAL = (
    "精神分裂症",
    "双相情感障碍",
    "偏执性精神病",
    "分裂情感性障碍",
    "癫痫所致精神障碍",
    "精神发育迟滞伴发精神障碍",
    "持久的妄想性障碍",
)
INJURIES = (
    "左胫腓骨骨折", "右桡骨远端骨折", "颅脑损伤", "多发肋骨骨折", "腰1椎体压缩性骨折", "头皮挫裂伤", "全身多处软组织挫伤", "脾破裂",
    "右手食指末节离断伤", "左锁骨骨折", "右股骨干骨折", "脑震荡", "左踝关节骨折", "面部多处擦伤", "肺挫伤", "左手中指、环指末节缺失",
    "右足跟骨骨折", "颈椎过伸伤", "硬膜下血肿", "骨盆骨折",
)  # fmt: skip
ELDER_ILLS = (
    "高血压",
    "糖尿病",
    "冠心病",
    "脑梗塞后遗症",
    "慢性支气管炎",
    "白内障",
    "老年痴呆",
    "腰椎间盘突出",
    "骨质疏松",
    "类风湿关节炎",
)
DIAGNOSES = (
    "急性阑尾炎", "胆囊结石伴慢性胆囊炎", "左股骨颈骨折", "妊娠期高血压", "腰椎间盘突出症", "急性心肌梗死", "甲状腺乳头状癌",
    "子宫肌瘤", "肾结石", "急性胰腺炎", "右侧腹股沟斜疝", "剖宫产术后", "左膝关节骨性关节炎", "肺部感染",
)  # fmt: skip
COMPLICATIONS = (
    "术后切口感染",
    "术后肠瘘",
    "缺氧性脑损伤",
    "术后深静脉血栓",
    "喉返神经损伤",
    "术后大出血",
    "输尿管损伤",
    "新生儿缺血缺氧性脑病",
)
MACHINES = (
    ("轮式拖拉机", ("LX954", "M1004-5", "SH704", "TN1204")), ("谷物联合收割机", ("4LZ-8B", "4LZ-10M", "GN70")),
    ("植保无人机", ("T40", "P100", "3WWDZ-30")), ("旋耕机", ("1GQN-250", "1GKN-200")), ("玉米收获机", ("4YZP-4", "4YZ-3A")),
    ("播种机", ("2BMYF-4", "2BFX-12")), ("秸秆粉碎还田机", ("1JH-200", "4Q-2.0")), ("谷物烘干机", ("5HXG-30", "5HGM-12")),
    ("喷杆喷雾机", ("3WP-700", "3WPZ-1000")), ("打捆机", ("9YFQ-2.2",)),
)  # fmt: skip
MAKERS = (
    "潍柴雷沃智慧农业科技股份有限公司",
    "中国一拖集团有限公司",
    "江苏沃得农业机械股份有限公司",
    "广州极飞科技股份有限公司",
    "山东五征集团有限公司",
    "常州东风农机集团有限公司",
    "洛阳中收机械装备有限公司",
)
BANKS = ("中国农业银行", "中国邮政储蓄银行", "中国建设银行", "中国工商银行", "中国银行")
FIRM_WORDS = (
    "鑫源",
    "恒通",
    "瑞丰",
    "金泰",
    "华宇",
    "顺达",
    "宏远",
    "天成",
    "嘉禾",
    "盛世",
    "新锐",
    "润泽",
    "广汇",
    "安泰",
    "博远",
    "正信",
)
TRADES = ("商贸", "建筑工程", "物流", "餐饮管理", "机械制造", "纺织", "食品", "物业服务", "电子科技", "家具")
SHOP_KINDS = (
    "百货店",
    "早餐店",
    "修理部",
    "农资店",
    "养殖场",
    "水果店",
    "理发店",
    "种植家庭农场",
    "五金店",
    "服装店",
)


def company(rng: random.Random, pl: Place) -> str:
    return f"{pl.city.removesuffix('市') if rng.random() < 0.5 else pl.short}{rng.choice(FIRM_WORDS)}{rng.choice(TRADES)}有限公司"


def disability(rng: random.Random) -> str:
    return rng.choice(DISABILITIES) + rng.choice(GRADES)


def open_title(d: Doc, rng: random.Random, title: str, pl: Place, year: int, dept: str) -> None:
    if rng.random() < 0.3:
        d.t(f"索引号{colon(rng)}{index_number(rng, year)}\n")
    d.t(title, "\n")
    if rng.random() < 0.4:
        d.t(doc_number(rng, pl, dept, year), "\n")


# --- 1 农机购置补贴资金兑付公示 -----------------------------------------------------------------------------
def doc_nongji(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    year, batch = when.year, rng.randint(1, 12)
    office = f"{pl.county}农业农村局"
    open_title(
        d,
        rng,
        rng.choice(
            (
                f"{pl.county}{year}年农机购置与应用补贴资金兑付公示（第{batch}批）",
                f"关于{year}年第{cnum(batch)}批农机购置补贴资金兑付情况的公示",
                f"{pl.short}县农机购置补贴兑付名单公示",
            )
        ),
        pl,
        year,
        "农",
    )
    d.t(
        f"根据《{pl.prov or pl.city}{year}—{year + 2}年农机购置与应用补贴实施方案》要求，经购机者申请、乡镇初审、县级核验，"
        f"现将第{batch}批拟兑付补贴资金的购机者信息予以公示。公示期{rng.choice(('7', '七', '5'))}个工作日"
        f"（{cdate(when)}至{cdate(when + dt.timedelta(days=rng.randint(6, 9)))}）。\n"
    )
    n = rng.randint(6, 13)
    show_phone = rng.random() < 0.4
    show_card = rng.random() < 0.35
    masked = rng.choice((0.0, 0.0, 0.5, 0.9))
    rows: list[list[Cell]] = []
    prose: list[Cell] = []
    total = 0
    for _ in range(n):
        item, models = rng.choice(MACHINES)
        model = rng.choice(models)
        if rng.random() < 0.6:
            serial = (
                rng.choice("ABCDEFGHKLMNPRSTWYZ")
                + rng.choice(PLATE_LETTERS)
                + f"{rng.randint(20, 25)}{rng.randint(1, 12):02d}"
                + "".join(rng.choice(DIGITS) for _ in range(rng.randint(4, 6)))
            )
        else:
            serial = dead_digits(rng, rng.randint(16, 20), str(rng.randint(20, 25)))
        amount = rng.randint(8, 600) * 100
        total += amount
        if rng.random() < 0.15:
            coop = f"{pl.short}{rng.choice(FIRM_WORDS)}农机专业合作社"
            name_c, id_c = plain(coop), plain(credit_code(rng, pl, "93"))
            place_c = plain(rng.choice(pl.towns) + rng.choice(pl.villages))
            phone_c = plain(office_phone(rng, pl))
            card_c = plain(dead_digits(rng, rng.choice((17, 18, 20)), "1"))
            intro = f"{coop}（统一社会信用代码{id_c[0][1]}）"
            row_prose = plain(intro)
        else:
            p = person(d, rng, pl, 1955, 1998, rural=True, depth=rng.choice((0, 0, 1)), masked=masked)
            name_c, id_c, place_c = tag("name", p.name), p.id_cell(), tag("address", p.addr)
            phone_c = phone_cell(rng, p, 0.05)
            card_c = tag("bank_card", bank_card(rng)) if rng.random() < 0.75 else plain(masked_card(rng))
            row_prose = [
                ("address", p.addr),
                (None, rng.choice(("村民", "农户", ""))),
                ("name", p.name),
                (None, "（身份证号"),
                *p.id_cell(),
                (None, "）"),
            ]
        row: list[Cell] = [
            name_c,
            id_c,
            place_c,
            plain(item),
            plain(model),
            plain(serial),
            plain(str(amount)),
        ]
        if show_phone:
            row.append(phone_c)
        if show_card:
            row.append(card_c)
        rows.append(row)
        prose.append(
            [
                *row_prose,
                (
                    None,
                    f"，购置{rng.choice(MAKERS)}生产的{item}1台，型号{model}，出厂编号{serial}，兑付补贴{amount}元",
                ),
            ]
        )
    if rng.random() < 0.72:
        labels = [rng.choice(("购机者", "购机户", "购机人姓名", "申请人")), rng.choice(("身份证号", "身份证号码", "证件号码")),
                  rng.choice(("所在乡镇村组", "住址", "乡镇村组")), rng.choice(("机具品目", "品目")), rng.choice(("型号", "机具型号")),
                  rng.choice(("出厂编号", "机具出厂编号", "出厂编码")), rng.choice(("补贴额（元）", "兑付金额", "补贴资金(元)"))]  # fmt: skip
        if show_phone:
            labels.append(rng.choice(("联系电话", "手机号")))
        if show_card:
            labels.append(rng.choice(("兑付账号", "一卡通账号", "收款账号")))
        emit_rows(d, rng, labels, rows)
    else:
        for i, cell in enumerate(prose, 1):
            d.t(f"{i}{rng.choice(('、', '.', '．'))}")
            d.c(cell)
            d.t("。\n")
    d.t(
        f"合计兑付补贴资金{total:,}元。\n"
        if rng.random() < 0.5
        else f"本批共{n}户（台），补贴资金合计{total}元。\n"
    )
    if rng.random() < 0.5:
        d.t(f"农机补贴咨询服务热线：12316；{pl.county}农业农村局农机股{colon(rng)}{office_phone(rng, pl)}\n")
    footer(d, rng, pl, office, when, rng.choice(("12345", "12316")), "nyncj")
    return d


# --- 2 创业担保贷款贴息公示 -------------------------------------------------------------------------------
def doc_daikuan(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    q = rng.randint(1, 4)
    office = rng.choice(
        (
            f"{pl.county}人力资源和社会保障局",
            f"{pl.county}就业服务中心",
            f"{pl.county}财政局 {pl.county}人力资源和社会保障局",
        )
    )
    open_title(
        d,
        rng,
        rng.choice(
            (
                f"{pl.county}{when.year}年第{cnum(q)}季度个人创业担保贷款贴息资金公示",
                f"关于拨付{when.year}年度创业担保贷款财政贴息的公示",
                "创业担保贷款贴息人员名单公示",
            )
        ),
        pl,
        when.year,
        "人社",
    )
    d.t(
        f"依据《创业担保贷款财政贴息资金管理办法》，经经办银行申报、县创业担保中心审核，以下{rng.choice(('借款人', '人员'))}符合贴息条件，"
        f"现予公示。公示期{cdate(when)}起{rng.choice(('5', '7'))}个工作日，如有异议请实名反映。\n"
    )
    n = rng.randint(5, 11)
    show_phone = rng.random() < 0.35
    rows: list[list[Cell]] = []
    prose: list[list[Seg]] = []
    for _ in range(n):
        p = person(d, rng, pl, 1972, 2002, masked=rng.choice((0.0, 0.0, 0.4)))
        cat = rng.choice(
            (
                "高校毕业生",
                "返乡创业农民工",
                "退役军人",
                "城镇登记失业人员",
                "脱贫人口",
                "就业困难人员",
                "网络商户",
                "港澳台青年",
            )
        )
        idc: Cell = p.id_cell()
        if cat == "港澳台青年":
            k = rng.random()
            if k < 0.4:
                idc = [(None, "回乡证"), ("hk_macau_permit", hk_macau_no(rng, rng.choice("HM")))]
            elif k < 0.7:
                idc = [(None, "台胞证"), ("tw_permit", tw_no(rng, True))]
            else:
                cat = "高校毕业生"
        brand = rng.choice(FIRM_WORDS) if rng.random() < 0.6 else official(d, rng, pl)
        entity = f"{pl.short}{brand}{rng.choice(SHOP_KINDS)}"
        amt = rng.choice((10, 15, 20, 30, 50))
        contract = (
            dead_digits(rng, rng.randint(16, 20))
            if rng.random() < 0.7
            else f"{rng.choice(('NH', 'YC', 'JH'))}{when.year}{rng.randint(1, 99999):05d}"
        )
        bank = f"{rng.choice(BANKS)}{pl.county}支行" if rng.random() < 0.8 else f"{pl.short}农村商业银行"
        start = rand_date(rng, when.year - 2, when.year - 1)
        interest = money(rng, 800, amt * 10000 * 0.03)
        row: list[Cell] = [
            tag("name", p.name),
            idc,
            plain(cat),
            plain(entity),
            plain(str(amt)),
            plain(
                f"{any_date(rng, start)}至{any_date(rng, start + dt.timedelta(days=365 * rng.choice((2, 3))))}"
            ),
            plain(contract),
            plain(bank),
            plain(interest),
        ]
        if show_phone:
            row.append(phone_cell(rng, p))
        rows.append(row)
        line: list[Seg] = [
            (None, "借款人"),
            ("name", p.name),
            (None, "（"),
            *idc,
            (
                None,
                f"），{cat}，经营{entity}，{cdate(start)}在{bank}获得创业担保贷款{amt}万元，合同编号{contract}，本期应贴息{interest}元",
            ),
        ]
        if show_phone:
            line += [(None, "，联系电话"), *phone_cell(rng, p)]
        if rng.random() < 0.12:
            line += [(None, "，电子邮箱"), ("email", personal_mail(rng))]
        prose.append(line)
    if rng.random() < 0.7:
        labels = ["借款人" if rng.random() < 0.6 else "姓名", rng.choice(("身份证号码", "证件号码", "身份证号")), rng.choice(("人员类别", "借款人类别")),
                  rng.choice(("创业项目", "经营实体", "创业实体名称")), rng.choice(("贷款金额（万元）", "贷款额度(万元)")), rng.choice(("贷款期限", "借款起止日期")),
                  rng.choice(("贷款合同编号", "借款合同号")), rng.choice(("经办银行", "经办金融机构")), rng.choice(("贴息金额（元）", "本期贴息"))]  # fmt: skip
        if show_phone:
            labels.append("联系电话")
        emit_rows(d, rng, labels, rows)
    else:
        for i, line in enumerate(prose, 1):
            d.t(f"{cnum(i)}、" if rng.random() < 0.5 else f"{i}. ")
            d.c(line)
            d.t("。\n")
    footer(d, rng, pl, office, when, "12333", "rsj")
    return d


# --- 3 灵活就业社保补贴 / 公益性岗位补贴 -------------------------------------------------------------------------
def hardship(rng: random.Random) -> Cell:
    r = rng.random()
    if r < 0.18:
        return tag(
            "health",
            rng.choice(
                ("残疾人", "持证残疾人员", f"残疾人（{disability(rng)}）", f"{rng.choice(DISABILITIES)}人员")
            ),
        )
    if r < 0.3:
        return tag(
            "health",
            rng.choice(
                (f"长期患病（{rng.choice(ILLNESSES)}）", f"患{rng.choice(ILLNESSES)}", "长期患病人员")
            ),
        )
    return plain(
        rng.choice(
            (
                "大龄失业人员",
                "零就业家庭成员",
                "城镇低保家庭成员",
                "连续失业一年以上人员",
                "脱贫劳动力",
                "失地农民",
                "4050人员",
                "单亲家庭成员",
            )
        )
    )


def doc_linghuo(rng: random.Random, pl: Place, post: bool = False) -> Doc:
    d = Doc()
    when = pub_day(rng)
    half = rng.choice(("上半年", "下半年", "第一季度", "第三季度"))
    office = (
        f"{pl.county}{rng.choice(('人力资源和社会保障局', '公共就业和人才服务中心', '就业创业服务中心'))}"
    )
    what = "公益性岗位补贴" if post else "灵活就业人员社会保险补贴"
    open_title(
        d,
        rng,
        rng.choice(
            (
                f"{pl.county}{when.year}年{half}{what}公示",
                f"关于{what}申领人员名单的公示",
                f"{when.year}年度{what}拟发放名单",
            )
        ),
        pl,
        when.year,
        "人社",
    )
    if post:
        d.t(
            f"经用人单位申报、乡镇（街道）劳动保障所审核，以下人员在{rng.choice(('乡村公益性岗位', '城镇公益性岗位'))}安置就业，符合岗位补贴和社会保险补贴申领条件，现公示如下：\n"
        )
    else:
        d.t(
            f"根据{pl.prov or pl.city}就业补助资金管理有关规定，对就业困难人员灵活就业后缴纳的社会保险费给予补贴。经个人申请、审核，现将{half}拟补贴人员公示如下（补贴标准不超过实际缴费的{rng.choice(('2/3', '三分之二', '50%'))}）：\n"
        )
    n = rng.randint(7, 15)
    show_addr = rng.random() < 0.45
    show_card = rng.random() < 0.3
    rows: list[list[Cell]] = []
    for _ in range(n):
        p = person(d, rng, pl, 1966, 1995, masked=rng.choice((0.0, 0.3, 0.8)), bad=0.04)
        months = rng.randint(3, 12)
        row: list[Cell] = [tag("name", p.name), plain(p.sex), p.id_cell(), hardship(rng)]
        if post:
            row += [plain(rng.choice(("保洁员", "护林员", "乡村道路管护员", "治安巡逻员", "河道保洁员", "孤寡老人看护", "图书管理员"))),
                    plain(rng.choice(pl.villages) + "村民委员会" if rng.random() < 0.6 else rng.choice(pl.streets) + "办事处"),
                    plain(money(rng, 600, 1500, 10))]  # fmt: skip
        row += [
            plain(f"{when.year}年{rng.randint(1, 6)}月—{when.year}年{rng.randint(7, 12)}月"),
            plain(str(months)),
            plain(money(rng, 300 * months, 700 * months, 1)),
        ]
        if show_addr:
            row.append(tag("address", p.addr))
        if show_card:
            row.append(tag("bank_card", bank_card(rng)))
        rows.append(row)
    labels = [
        rng.choice(("姓名", "申请人", "人员姓名")),
        "性别",
        rng.choice(("身份证号", "公民身份号码", "身份证号码")),
        rng.choice(("就业困难类别", "人员类别", "困难类型")),
    ]
    if post:
        labels += [
            rng.choice(("岗位名称", "安置岗位")),
            rng.choice(("用人单位", "安置单位")),
            rng.choice(("月岗位补贴（元）", "岗位补贴标准")),
        ]
    labels += [
        rng.choice(("补贴期限", "补贴起止年月")),
        rng.choice(("补贴月数", "月数")),
        rng.choice(("补贴金额（元）", "社保补贴(元)", "合计金额")),
    ]
    if show_addr:
        labels.append(rng.choice(("家庭住址", "户籍地址", "居住地址")))
    if show_card:
        labels.append(rng.choice(("社保卡银行账号", "收款账号")))
    emit_rows(d, rng, labels, rows)
    d.t(
        f"公示时间：{cdate(when)}—{cdate(when + dt.timedelta(days=7))}。对公示名单有异议的，可来电或来人反映。\n"
    )
    footer(d, rng, pl, office, when, "12333", "jyzx")
    return d


def doc_gongyi(rng: random.Random, pl: Place) -> Doc:
    return doc_linghuo(rng, pl, post=True)


# --- 4 劳动人事争议仲裁裁决书 -------------------------------------------------------------------------------
def party_line(d: Doc, rng: random.Random, role: str, p: Person, when: dt.date, with_id: float = 0.6) -> None:
    """申请人/原告 header line: 姓名，性别，出生，民族，住址，身份证，电话 — in varying order and wording."""
    d.t(role, rng.choice(("：", "：", ":")))
    d.s("name", p.name)
    d.t(f"，{p.sex}")
    r = rng.random()
    if r < 0.6:
        d.t(f"，{cdate(p.born)}出生")
    elif r < 0.85:
        d.t(f"，{p.age(when)}岁")
    else:
        d.t(f"，{p.born.year}年{p.born.month}月生")
    if rng.random() < 0.8:
        d.t(f"，{p.nation}")
    addr_first = rng.random() < 0.5
    if addr_first:
        d.t(rng.choice(("，住", "，住址：", "，户籍地", "，住所地")))
        d.s("address", p.addr)
    if rng.random() < with_id:
        d.t(rng.choice(("，公民身份号码", "，身份证号码：", "，身份证号")))
        d.c(p.id_cell())
    if not addr_first:
        d.t(rng.choice(("，住", "，现住", "，住址：")))
        d.s("address", p.addr)
    if rng.random() < 0.55:
        d.t(rng.choice(("，联系电话", "，电话：", "，手机号码")))
        d.c(phone_cell(rng, p))
    d.t("。\n")


def doc_zhongcai(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    committee = f"{pl.county}劳动人事争议仲裁委员会"
    d.t(committee, "\n", rng.choice(("裁 决 书", "仲裁裁决书", "裁决书")), "\n")
    d.t(
        f"{pl.short}劳人仲案字〔{when.year}〕第{rng.randint(1, 480)}号\n"
        if rng.random() < 0.6
        else f"{pl.short}劳人仲案〔{when.year}〕{rng.randint(1, 480)}号\n"
    )
    worker = person(d, rng, pl, 1965, 2001)
    party_line(d, rng, rng.choice(("申请人", "申请人（劳动者）")), worker, when)
    lawyer, boss, agent = official(d, rng, pl), official(d, rng, pl), official(d, rng, pl)
    firm = (
        f"{pl.abbr if rng.random() < 0.3 else pl.city.removesuffix('市')}{rng.choice(FIRM_WORDS)}律师事务所"
    )
    has_lawyer = rng.random() < 0.6
    if has_lawyer:
        d.t(f"委托代理人{colon(rng)}{lawyer}，{firm}律师。\n")
    comp = company(rng, pl)
    d.t(
        f"被申请人{colon(rng)}{comp}，住所地{office_address(rng, pl)}，统一社会信用代码{credit_code(rng, pl, '91')}。\n"
    )
    d.t(f"法定代表人{colon(rng)}{boss}，{rng.choice(('总经理', '执行董事', '董事长'))}。\n")
    d.t(f"委托代理人{colon(rng)}{agent}，{rng.choice(('该公司人事经理', '该公司员工', f'{firm}律师'))}。\n")
    start = rand_date(rng, when.year - 4, when.year - 2)
    hurt = rand_date(rng, start.year + 1, when.year - 1)
    job = rng.choice(("焊工", "搬运工", "车间操作工", "电工", "钢筋工", "驾驶员", "保洁员", "仓库管理员"))
    d.t("\n申请人")
    d.s("name", worker.name)
    d.t(
        f"与被申请人{comp}劳动争议一案，本委于{cdate(hurt + dt.timedelta(days=rng.randint(200, 300)))}立案受理，依法组成仲裁庭公开开庭进行了审理。"
    )
    if has_lawyer:
        d.t(f"申请人及其委托代理人{lawyer}、")
    else:
        d.t("申请人")
        d.s("name", worker.name)
        d.t("、")
    d.t(f"被申请人的委托代理人{agent}到庭参加了庭审。本案现已审理终结。\n")
    injury = rng.choice(INJURIES)
    grade = rng.choice(("七级", "八级", "九级", "十级"))
    pay = rng.randint(3200, 7800)
    d.t(
        f"申请人请求：1.裁决被申请人支付一次性伤残就业补助金{money(rng, 20000, 90000)}元；2.支付停工留薪期工资{pay * rng.randint(3, 8)}元；3.支付{when.year - 1}年未休年休假工资{money(rng, 1000, 6000)}元。\n"
    )
    d.t(
        "事实和理由：申请人于"
        + cdate(start)
        + f"入职被申请人处从事{job}工作，月工资约{pay}元，双方签订了书面劳动合同"
    )
    d.t(
        f"（合同编号{dead_digits(rng, rng.randint(16, 18), str(when.year - 3))}）。"
        if rng.random() < 0.4
        else "。"
    )
    d.t(f"{cdate(hurt)}，申请人在车间作业时受伤，当日被送往{pl.county}人民医院救治，经诊断为")
    d.s("health", injury)
    if rng.random() < 0.5:
        d.t("、")
        d.s("health", rng.choice([x for x in INJURIES if x != injury]))
    d.t(
        f"。{pl.county}人力资源和社会保障局于{cdate(hurt + dt.timedelta(days=rng.randint(40, 90)))}作出工伤认定，{pl.city}劳动能力鉴定委员会鉴定申请人为"
    )
    d.s("health", rng.choice((f"伤残{grade}", f"{grade}伤残", f"工伤{grade}伤残")))
    d.t("。申请人与被申请人协商赔偿未果，遂申请仲裁。\n")
    d.t(
        f"被申请人辩称：对申请人受伤及工伤认定的事实无异议，但申请人月工资应按{pay - rng.randint(300, 900)}元计算，停工留薪期已足额支付。\n"
    )
    d.t("经审理查明：")
    d.s("name", worker.name)
    d.t(f"受伤后住院治疗{rng.randint(8, 40)}日，出院记录载明")
    d.s("health", injury)
    d.t(
        f"。被申请人为申请人缴纳了工伤保险，{cdate(hurt + dt.timedelta(days=rng.randint(100, 200)))}双方解除劳动关系。"
    )
    if rng.random() < 0.4:
        wit = person(d, rng, pl, 1970, 1999)
        d.t("证人")
        d.s("name", wit.name)
        d.t("（申请人同事）出庭作证，证实申请人受伤经过。")
    d.t(
        "\n仲裁庭认为，申请人的部分请求有事实和法律依据，本委予以支持。依照《中华人民共和国劳动争议调解仲裁法》第四十七条、《工伤保险条例》第三十七条之规定，裁决如下：\n"
    )
    d.t(f"一、被申请人{comp}于本裁决生效之日起十日内支付申请人")
    d.s("name", worker.name)
    d.t(f"一次性伤残就业补助金{money(rng, 15000, 60000)}元；\n二、驳回申请人的其他仲裁请求。\n")
    d.t(
        "本裁决为终局裁决"
        if rng.random() < 0.3
        else "当事人如不服本裁决，可自收到裁决书之日起十五日内向人民法院提起诉讼"
    )
    d.t("。\n")
    if rng.random() < 0.35:
        d.t("申请人确认的电子送达地址：")
        d.s("email", personal_mail(rng))
        d.t("\n")
    d.t(
        f"\n首席仲裁员  {official(d, rng, pl)}\n仲 裁 员  {official(d, rng, pl)}\n仲 裁 员  {official(d, rng, pl)}\n{cdate(when)}\n书 记 员  {official(d, rng, pl)}\n"
    )
    if rng.random() < 0.5:
        d.t(
            f"（本委地址：{office_address(rng, pl)}；立案咨询电话：{office_phone(rng, pl)}；劳动保障咨询：12333）\n"
        )
    return d


# --- 5 道路交通事故认定书 ---------------------------------------------------------------------------------
def doc_shigu(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    brigade = (
        f"{pl.city if rng.random() < 0.3 else ''}{pl.county}公安局交通警察大队"
        if pl.prov
        else f"北京市公安局公安交通管理局{pl.county}交通支队"
    )
    simple = rng.random() < 0.45
    d.t(brigade, "\n", "道路交通事故认定书（简易程序）" if simple else "道路交通事故认定书", "\n")
    d.t(
        f"第{pl.codes[0]}{when.year}{rng.randint(1, 99999):05d}号\n"
        if rng.random() < 0.6
        else f"{pl.short}公交认字〔{when.year}〕第{rng.randint(1, 999)}号\n"
    )
    at = when - dt.timedelta(days=rng.randint(3, 40))
    spot = (
        "与".join(rng.sample(pl.roads, 2)) + "交叉口"
        if rng.random() < 0.5
        else f"G{rng.randint(104, 345)}线{rng.randint(100, 2000)}公里+{rng.randint(0, 999)}米处"
    )
    d.t(
        f"事故时间{colon(rng)}{cdate(at)}{rng.randint(6, 22)}时{rng.randint(0, 59)}分{rng.choice(('    ', '，', '\t'))}天气{colon(rng)}{rng.choice(('晴', '阴', '小雨', '雾'))}\n"
    )
    d.t(f"事故地点{colon(rng)}{pl.county}{spot}\n")
    a = person(d, rng, pl, 1960, 2002)
    b = person(d, rng, pl, 1950, 2004)
    plate_a = plate_no(rng, pl)
    plate_b = plate_no(rng, pl)
    b_motor = rng.random() < 0.6
    passenger = person(d, rng, pl, 1955, 2015) if rng.random() < 0.55 else None
    inj_a = rng.choice(INJURIES) if rng.random() < 0.3 else ""
    inj_b = rng.choice(INJURIES)
    inj_p = rng.choice(INJURIES)
    party_rows: list[list[Cell]] = []
    for p, plate, motor in ((a, plate_a, True), (b, plate_b, b_motor)):
        row: list[Cell] = [tag("name", p.name), plain(p.sex), p.id_cell()]
        row.append(plain(rng.choice(("C1", "C2", "B2", "A2", "D"))) if motor else plain("/"))
        row.append(phone_cell(rng, p))
        row.append(tag("address", p.addr))
        row.append(
            plain(rng.choice(("小型轿车", "小型普通客车", "重型半挂牵引车", "轻型厢式货车", "小型越野客车")))
            if motor
            else plain(rng.choice(("电动自行车", "步行", "无号牌电动两轮车")))
        )
        row.append(tag("license_plate", plate) if motor else plain("无"))
        row.append(
            plain(
                f"{rng.choice(('中国人民财产保险', '中国平安财产保险', '太平洋财产保险'))}{pl.city.removesuffix('市')}分公司 保单号{'PDAA' + str(at.year) + dead_digits(rng, 16)}"
            )
            if motor
            else plain("无")
        )
        party_rows.append(row)
    if simple and rng.random() < 0.7:
        labels = [rng.choice(("当事人", "姓名")), "性别", rng.choice(("驾驶证或身份证号码", "驾驶证号", "身份证明号码")), rng.choice(("准驾车型", "驾驶证类型")),
                  rng.choice(("联系电话", "电话")), rng.choice(("住址", "现住址")), rng.choice(("交通方式", "车辆类型")), rng.choice(("机动车号牌", "号牌号码")), "保险凭证号"]  # fmt: skip
        emit_rows(d, rng, labels, party_rows, style=rng.choice(("pipe", "tab", "space", "kv")), shuffle=False)
    else:
        for role, p, plate, motor in (("当事人甲", a, plate_a, True), ("当事人乙", b, plate_b, b_motor)):
            d.t(rng.choice((role, role.replace("甲", "A").replace("乙", "B"))), colon(rng))
            d.s("name", p.name)
            d.t(f"，{p.sex}，{p.age(at)}岁，{rng.choice(('住', '住址：', '家住'))}")
            d.s("address", p.addr)
            d.t(
                rng.choice(("，驾驶证号", "，机动车驾驶证号码：", "，公民身份号码"))
                if motor
                else "，身份证号码"
            )
            d.c(p.id_cell())
            if motor:
                d.t(f"，准驾车型{rng.choice(('C1', 'B2', 'A2'))}，驾驶号牌为")
                d.s("license_plate", plate)
                d.t(
                    f"的{rng.choice(('小型轿车', '轻型货车', '小型普通客车'))}（车辆识别代号{vin_code(rng)}）"
                )
            else:
                d.t(f"，驾驶{rng.choice(('电动自行车', '无号牌三轮车'))}" if rng.random() < 0.7 else "，步行")
            d.t("，电话")
            d.c(phone_cell(rng, p))
            d.t("。\n")
        if passenger is not None:
            d.t(f"乘车人{colon(rng)}")
            d.s("name", passenger.name)
            d.t(f"，{passenger.sex}，{passenger.age(at)}岁，住")
            d.s("address", passenger.addr)
            d.t("。\n")
    d.t("\n交通事故事实及责任：\n")
    d.t(f"{cdate(at)}，")
    d.s("name", a.name)
    d.t("驾驶")
    d.s("license_plate", plate_a)
    d.t(
        f"号{rng.choice(('小型轿车', '货车', '汽车'))}沿{rng.choice(pl.roads)}由{rng.choice(('东向西', '南向北', '西向东'))}行驶至事发地点时，与"
    )
    d.s("name", b.name)
    if b_motor:
        d.t("驾驶的")
        d.s("license_plate", plate_b)
        d.t("号车辆")
    else:
        d.t(rng.choice(("驾驶的电动自行车", "（步行）")))
    d.t(f"发生碰撞，造成{rng.choice(('两车受损', '车辆受损'))}")
    if passenger is not None:
        d.t("、乘车人")
        d.s("name", passenger.name)
        d.t("受伤（")
        d.s("health", inj_p)
        d.t("）")
    d.t("，")
    d.s("name", b.name)
    d.t("受伤，经医院诊断为")
    d.s("health", inj_b)
    if inj_a:
        d.t("；")
        d.s("name", a.name)
        d.t("受伤，诊断为")
        d.s("health", inj_a)
    d.t("。\n")
    d.t("经调查，")
    d.s("name", a.name)
    d.t(
        rng.choice(
            (
                "驾驶机动车未按规定让行",
                "驾车时未保持安全车速",
                "驾车变更车道时影响相关车辆正常行驶",
                "酒后驾驶机动车",
            )
        )
    )
    d.t("，是导致此事故的主要原因。依据《道路交通安全法实施条例》第九十一条之规定，认定当事人")
    d.s("name", a.name)
    d.t(f"承担此事故的{rng.choice(('全部', '主要'))}责任，当事人")
    d.s("name", b.name)
    d.t(f"承担{rng.choice(('无', '次要'))}责任")
    if passenger is not None:
        d.t("，乘车人")
        d.s("name", passenger.name)
        d.t("无责任")
    d.t("。\n")
    if rng.random() < 0.4:
        d.t(f"档案编号{colon(rng)}{pl.codes[0][:4]}{dead_digits(rng, 8)[:8]}\n")
    d.t(f"当事人对本认定有异议的，可自收到本认定书之日起三日内向{pl.city}公安局交通警察支队申请复核。\n")
    d.t(f"交通警察：{official(d, rng, pl)}  {official(d, rng, pl)}\n{brigade}（印章）\n{cdate(when)}\n")
    if rng.random() < 0.4:
        d.t(f"事故处理咨询电话：{office_phone(rng, pl)}；交通事故报警：122\n")
    return d


# --- 6 户口注销 / 迁移公告 ---------------------------------------------------------------------------------
def doc_hukou(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    station = f"{pl.county}公安局{rng.choice(pl.towns + pl.streets).removesuffix('街道').removesuffix('镇').removesuffix('乡')}派出所"
    move = rng.random() < 0.35
    d.t(
        rng.choice(
            (
                "关于注销户口的公告",
                f"{station}户口注销公告",
                f"关于拟注销{rng.choice(('死亡', '重复登记', '出国定居'))}人员户口的公告",
            )
        )
        if not move
        else rng.choice(("户口迁移公告", "关于空挂户口迁移的公告")),
        "\n",
    )
    if rng.random() < 0.4:
        d.t(f"{pl.short}公户告〔{when.year}〕{rng.randint(1, 90)}号\n")
    rows: list[list[Cell]] = []
    lines: list[list[Seg]] = []
    n = rng.randint(4, 10)
    for _ in range(n):
        p = person(
            d,
            rng,
            pl,
            1928,
            1990 if not move else 2005,
            old=0.25,
            bad=0.02,
            masked=rng.choice((0.0, 0.0, 0.3)),
        )
        if move:
            dest = home_address(rng, rng.choice(PLACES), depth=3)
            reason: Cell = [(None, "迁往"), ("address", dest)]
        else:
            kind = rng.choice(("死亡", "死亡", "死亡", "重复户口", "出国定居", "户口登记错误", "被判处徒刑"))
            reason = plain(kind)
            if kind == "死亡":
                reason = plain(
                    f"死亡（{cdate(rand_date(rng, when.year - 3, when.year - 1))}）"
                    if rng.random() < 0.5
                    else "死亡"
                )
            elif kind == "出国定居" and rng.random() < 0.7:
                reason = [
                    (None, f"已定居{rng.choice(('加拿大', '新西兰', '澳大利亚', '日本', '美国'))}，护照号"),
                    ("passport", passport_no(rng)),
                ]
        rows.append(
            [
                tag("name", p.name),
                plain(p.sex),
                plain(any_date(rng, p.born)),
                p.id_cell(),
                tag("address", p.addr),
                reason,
            ]
        )
        lines.append(
            [
                ("name", p.name),
                (None, f"，{p.sex}，{cdate(p.born)}出生，公民身份号码"),
                *p.id_cell(),
                (None, "，户籍地址"),
                ("address", p.addr),
                (None, "，"),
                *reason,
            ]
        )
    if move:
        d.t(
            f"根据户口管理有关规定，以下人员户口长期空挂，经多次联系未果，现予公告。请本人或其亲属自公告之日起{rng.choice(('三十', '60', '30'))}日内到{station}户籍窗口办理迁移手续，逾期将依规迁至相应地址：\n"
        )
    else:
        d.t(
            f"经调查核实，下列人员户口符合注销条件。根据《中华人民共和国户口登记条例》规定，请其家属或利害关系人自公告之日起{rng.choice(('十五', '30', '三十'))}日内到{station}办理户口注销手续，逾期未办理的，我所将依法注销：\n"
        )
    if rng.random() < 0.65:
        labels = [
            "姓名",
            "性别",
            rng.choice(("出生日期", "出生年月")),
            rng.choice(("公民身份号码", "身份证号")),
            rng.choice(("户籍地址", "户口所在地", "住址")),
            rng.choice(("迁移去向",) if move else ("注销原因", "注销事由")),
        ]
        emit_rows(d, rng, labels, rows)
    else:
        for i, line in enumerate(lines, 1):
            d.t(f"{i}、")
            d.c(line)
            d.t("；\n")
    d.t(f"特此公告。\n{station}\n{cdate(when)}\n联系电话{colon(rng)}{office_phone(rng, pl)}（户籍室）\n")
    if rng.random() < 0.4:
        d.t(f"地址：{office_address(rng, pl)}  邮编：{pl.post}\n")
    return d


# --- 7 遗失声明（报纸分类广告） -------------------------------------------------------------------------------
def doc_yishi(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    paper = rng.choice(
        (
            f"{pl.city.removesuffix('市')}日报",
            f"{pl.city.removesuffix('市')}晚报",
            f"{pl.short}新闻",
            f"{pl.prov.removesuffix('省') or pl.city.removesuffix('市')}法治报",
        )
    )
    d.t(f"{paper}  {cdate(when)}  {rng.choice(('分类广告', '遗失声明', '公告·声明'))}\n")
    d.t(rng.choice(("遗失声明\n", "【遗失声明】\n", "声明\n")))
    n = rng.randint(8, 15)
    for _ in range(n):
        r = rng.random()
        if r < 0.14:
            d.t(
                f"{company(rng, pl)}遗失{rng.choice(('公章一枚', '营业执照副本', '开户许可证', '财务专用章'))}，统一社会信用代码{credit_code(rng, pl, '91')}，声明作废。\n"
            )
            continue
        p = person(d, rng, pl, 1950, 2006, old=0.08, bad=0.02)
        d.t(rng.choice(("", "", "本人")))
        d.s("name", p.name)
        d.t(rng.choice(("遗失", "不慎遗失", "将", "于近日遗失")))
        if r < 0.38:
            d.t(
                rng.choice(("居民身份证", "身份证", "第二代居民身份证")),
                rng.choice(("，号码", "，证号：", "，身份证号码")),
            )
            d.c(p.id_cell())
        elif r < 0.46:
            d.t("中华人民共和国护照，护照号码")
            d.s("passport", passport_no(rng))
        elif r < 0.54:
            d.t(rng.choice(("往来港澳通行证", "往来港澳通行证（卡式）")), "，证件号码")
            d.s("hk_macau_permit", hk_macau_no(rng, "C"))
        elif r < 0.59:
            d.t("港澳居民来往内地通行证，号码")
            d.s("hk_macau_permit", hk_macau_no(rng, rng.choice("HM")))
        elif r < 0.65:
            if rng.random() < 0.5:
                d.t("台湾居民来往大陆通行证，号码")
                d.s("tw_permit", tw_no(rng, True))
            else:
                d.t("大陆居民往来台湾通行证，证号")
                d.s("tw_permit", tw_no(rng, False))
        elif r < 0.73:
            d.t(rng.choice(("机动车行驶证", "机动车登记证书")), "，号牌号码")
            d.s("license_plate", plate_no(rng, pl))
        elif r < 0.8:
            d.t(f"{rng.choice(BANKS)}借记卡，卡号")
            d.s("bank_card", bank_card(rng))
        elif r < 0.88:
            d.t(
                f"不动产权证书，证号{pl.abbr}（{rng.randint(2012, 2023)}）{pl.county}不动产权第{rng.randint(1, 99999):07d}号，坐落"
            )
            d.s("address", urban_home(rng, pl))
        elif r < 0.95:
            child = person(d, rng, pl, 2018, 2024)
            d.t("之子" if not child.female else "之女")
            d.s("name", child.name)
            d.t(f"的出生医学证明，编号{rng.choice('OPQRS')}{rng.randint(340000000, 659999999)}")
        else:
            d.t("残疾人证，本人系")
            d.s("health", disability(rng))
            d.t("，证件号码")
            d.c(p.id_cell())
        d.t(rng.choice(("，声明作废。", "，特此声明作废。", "，声明作废", "，现声明作废。")))
        if rng.random() < 0.15:
            d.t("联系电话")
            d.c(phone_cell(rng, p))
        d.t("\n")
    d.t(
        f"\n登报热线：{office_phone(rng, pl)}  地址：{pl.county}{rng.choice(pl.roads)}{rng.randint(1, 200)}号{paper}广告部\n"
    )
    return d


# --- 8 行政强制执行催告书 / 限期拆除决定书 ----------------------------------------------------------------------
def doc_cuigao(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    bureau = rng.choice(
        (f"{pl.county}综合行政执法局", f"{pl.county}自然资源局", f"{rng.choice(pl.towns)}人民政府")
    )
    demolish = rng.random() < 0.5
    d.t(
        bureau,
        "\n",
        "限期拆除决定书" if demolish else rng.choice(("行政强制执行催告书", "履行行政决定催告书")),
        "\n",
    )
    d.t(
        f"{pl.short}{rng.choice(('综执', '自然资'))}{'拆' if demolish else '催'}字〔{when.year}〕第{rng.randint(1, 300)}号\n"
    )
    p = person(d, rng, pl, 1948, 1995)
    if rng.random() < 0.55:
        d.t(f"当事人{colon(rng)}")
        d.s("name", p.name)
        d.t("\n")
        pairs: list[tuple[str, Cell]] = [
            ("性别", plain(p.sex)),
            (rng.choice(("身份证号码", "公民身份号码")), p.id_cell()),
            (rng.choice(("住址", "户籍地址", "送达地址")), tag("address", p.addr)),
            (rng.choice(("联系电话", "联系方式")), phone_cell(rng, p, 0.2)),
        ]
        if rng.random() < 0.4:
            rng.shuffle(pairs)
        col = colon(rng)
        for lab, cell in pairs:
            d.t(lab + col)
            d.c(cell)
            d.t("\n")
    else:
        d.s("name", p.name)
        d.t(f"（{p.sex}，身份证号")
        d.c(p.id_cell())
        d.t("，住")
        d.s("address", p.addr)
        d.t("）：\n")
    site = (
        f"{rng.choice(pl.towns)}{rng.choice(pl.villages)}{rng.choice(('东侧', '村口', '北侧河道旁', '集体土地上'))}"
        if rng.random() < 0.6
        else f"{rng.choice(pl.roads)}{rng.choice(('东侧绿化带', '与' + rng.choice(pl.roads) + '交叉口西北角'))}"
    )
    area = round(rng.uniform(20, 480), 1)
    decided = when - dt.timedelta(days=rng.randint(30, 120))
    d.t(
        f"经查，你于{cdate(decided - dt.timedelta(days=rng.randint(60, 400)))}在{site}未经批准擅自搭建{rng.choice(('砖混结构房屋', '彩钢板棚', '二层砖房', '钢架大棚'))}，占地面积{area}平方米，"
    )
    d.t(
        f"违反了《中华人民共和国{rng.choice(('城乡规划法', '土地管理法'))}》的规定。本机关已于{cdate(decided)}作出{pl.short}综执罚决字〔{decided.year}〕第{rng.randint(1, 300)}号行政处罚决定书，"
    )
    if demolish:
        d.t(
            f"现责令你自收到本决定书之日起{rng.choice(('十五', '十', '七'))}日内自行拆除上述违法建筑，恢复土地原状。逾期不拆除的，本机关将依法强制拆除，费用由你承担。\n"
        )
    else:
        d.t(
            f"限你自行拆除并缴纳罚款{money(rng, 2000, 60000)}元，但你至今未履行。依据《中华人民共和国行政强制法》第三十五条之规定，现催告你在收到本催告书之日起十日内履行上述义务。\n"
        )
    d.t("你有权进行陈述和申辩，应当在收到本")
    d.t("决定书" if demolish else "催告书")
    d.t("之日起三日内向本机关提出；逾期未提出的，视为放弃。")
    if rng.random() < 0.5:
        d.t("本机关将依法向人民法院申请强制执行")
        d.s("name", p.name)
        d.t("名下的相关财产。" if rng.random() < 0.5 else "。")
    d.t("\n")
    d.t(
        f"\n执法人员：{official(d, rng, pl)}（执法证号{rng.choice(pl.codes)[:2]}{rng.randint(10000000, 99999999)}）  {official(d, rng, pl)}\n"
    )
    d.t(f"联系人{colon(rng)}{official(d, rng, pl)}  联系电话{colon(rng)}{office_phone(rng, pl)}\n")
    d.t(f"{bureau}\n{cdate(when)}\n")
    if rng.random() < 0.5:
        d.t("送达回证：受送达人")
        d.s("name", p.name)
        d.t(rng.choice(("（签名）", "拒签，已留置送达", "本人签收")))
        d.t(f"  {cdate(when + dt.timedelta(days=rng.randint(0, 3)))}\n")
    return d


# --- 9 临时救助审批表 --------------------------------------------------------------------------------------
RELATIONS_M = ("配偶", "长子", "次子", "儿子", "父亲", "孙子")
RELATIONS_F = ("配偶", "长女", "女儿", "母亲", "儿媳", "孙女")


def body_state(rng: random.Random, sick: float) -> Cell:
    r = rng.random()
    if r < sick * 0.55:
        return tag("health", rng.choice(ILLNESSES))
    if r < sick:
        return tag("health", disability(rng) if rng.random() < 0.7 else rng.choice(MENTAL))
    return plain(rng.choice(("健康", "健康", "良好", "一般")))


def doc_jiuzhu(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    d.t(
        rng.choice(
            (
                f"{pl.county}临时救助审批表",
                "临时救助申请审核审批表",
                f"{pl.county}{when.year}年临时救助对象审批表",
            )
        ),
        "\n",
    )
    d.t(
        f"编号{colon(rng)}LS{when.year}{rng.randint(1, 9999):04d}    填报日期{colon(rng)}{any_date(rng, when)}\n"
    )
    p = person(d, rng, pl, 1950, 1992)
    ill = rng.choice(ILLNESSES)
    fams: list[tuple[Person, str, Cell]] = []
    y = p.born.year
    plan = [
        ("配偶", y - 5, min(y + 5, 2000)),
        ("子女", y + 20, y + 34),
        ("子女", y + 22, y + 36),
        ("父母", y - 34, y - 20),
    ]
    for rel, lo, hi in rng.sample(plan, rng.randint(1, 4)):
        hi = min(hi, when.year - 1)
        if lo > hi:
            continue
        fem = not p.female if rel == "配偶" else rng.random() < 0.5
        f = person(d, rng, pl, max(lo, 1925), max(hi, 1925), female=fem, bad=0.02)
        label = (
            rel
            if rel == "配偶"
            else {
                "子女": ("女儿", "长女", "次女") if fem else ("儿子", "长子", "次子"),
                "父母": ("母亲",) if fem else ("父亲",),
            }[rel][rng.randrange(1 if rel == "父母" else 3)]
        )
        fams.append((f, label, body_state(rng, 0.35)))
    if not fams:
        f = person(d, rng, pl, max(y - 5, 1925), min(y + 5, 2000), female=not p.female)
        fams.append((f, "配偶", body_state(rng, 0.35)))
    col = colon(rng)
    sep = rng.choice(("\n", "\n", "    ", "\t"))
    fields: list[tuple[str, Cell]] = [
        (rng.choice(("申请人姓名", "申请人", "姓名")), tag("name", p.name)),
        ("性别", plain(p.sex)),
        (rng.choice(("出生年月", "出生日期")), plain(f"{p.born.year}年{p.born.month}月")),
        (rng.choice(("身份证号码", "公民身份号码")), p.id_cell()),
        (rng.choice(("家庭住址", "现居住地址", "户籍地址")), tag("address", p.addr)),
        (rng.choice(("联系电话", "联系方式")), phone_cell(rng, p, 0.18)),
        ("户籍性质", plain(rng.choice(("农业", "非农业", "居民")))),
        ("家庭人口", plain(f"{len(fams) + 1}人")),
        (rng.choice(("家庭月收入", "家庭月人均收入")), plain(f"{money(rng, 400, 2600)}元")),
        (rng.choice(("救助类别", "救助类型")), plain(rng.choice(("支出型", "急难型", "支出型（医疗）")))),
    ]
    if rng.random() < 0.3:
        rng.shuffle(fields)
    for i, (lab, cell) in enumerate(fields):
        d.t(lab + col)
        d.c(cell)
        d.t(sep if i < len(fields) - 1 else "\n")
    d.t(rng.choice(("申请理由：", "申请事由及家庭情况：", "致困原因：")))
    d.t("申请人")
    d.s("name", p.name)
    d.t(f"于{cdate(when - dt.timedelta(days=rng.randint(30, 300)))}确诊")
    d.s("health", ill)
    d.t(
        f"，先后在{pl.city}第一人民医院、{rng.choice(('省人民医院', '自治区人民医院', '上级医院', '市中心医院'))}住院治疗，医疗总费用{(cost := rng.randint(30, 260) * 1000)}元，经基本医保、大病保险报销后个人自付{round(cost * rng.uniform(0.15, 0.45))}元，家庭生活陷入困难。"
    )
    sick = [(f, rel, st) for f, rel, st in fams if st[0][0] == "health"]
    if sick and rng.random() < 0.8:
        f, rel, st = sick[0]
        d.t(f"其{rel}")
        d.s("name", f.name)
        d.t("患有")
        d.c(st)
        d.t("，需长期服药。")
    d.t("\n")
    d.t(rng.choice(("家庭成员情况：\n", "家庭成员\n", "【共同生活家庭成员】\n")))
    labels = [
        rng.choice(("姓名", "成员姓名")),
        rng.choice(("与申请人关系", "关系")),
        rng.choice(("身份证号码", "身份证号")),
        rng.choice(("身体状况", "健康状况")),
        rng.choice(("就业就学情况", "职业")),
    ]
    rows: list[list[Cell]] = [
        [
            tag("name", f.name),
            plain(rel),
            f.id_cell(),
            st,
            plain(rng.choice(("务农", "在校学生", "无业", "务工", "学龄前", "退休"))),
        ]
        for f, rel, st in fams
    ]
    emit_rows(d, rng, labels, rows, style=rng.choice(("pipe", "tab", "space", "comma", "numbered")))
    amount = rng.randint(10, 60) * 100
    d.t(
        f"村（居）委会意见：情况属实，同意上报。  经办人：{official(d, rng, pl)}  {any_date(rng, when + dt.timedelta(days=2))}\n"
    )
    d.t(f"乡镇（街道）审核意见：经入户调查，拟给予临时救助{amount}元。  审核人：{official(d, rng, pl)}\n")
    d.t(
        f"县民政局审批意见：同意救助{amount}元。  审批人：{official(d, rng, pl)}  （{pl.county}民政局印章）\n"
    )
    if rng.random() < 0.6:
        d.t(f"救助金发放账户{colon(rng)}{rng.choice(BANKS)}  户名：")
        d.s("name", p.name)
        d.t("  账号：")
        d.s("bank_card", bank_card(rng))
        d.t("\n")
    if rng.random() < 0.4:
        d.t(f"社会救助服务热线：12345  民政局社会救助股：{office_phone(rng, pl)}\n")
    return d


# --- 10 困难职工帮扶档案 -------------------------------------------------------------------------------------
def doc_bangfu(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    union = rng.choice((f"{pl.county}总工会", f"{company(rng, pl)}工会委员会"))
    d.t(rng.choice(("困难职工档案登记表", "困难职工家庭帮扶档案", f"{pl.county}困难职工建档信息表")), "\n")
    d.t(
        f"建档单位{colon(rng)}{union}    档案编号{colon(rng)}{pl.codes[0]}{when.year}{rng.randint(1, 9999):04d}\n"
    )
    p = person(d, rng, pl, 1962, 1990, old=0.18)
    employer = company(rng, pl)
    cause_kind = rng.random()
    spouse = person(d, rng, pl, p.born.year - 4, min(p.born.year + 4, 2000), female=not p.female)
    kid = person(d, rng, pl, 2003, 2018)
    causes: list[Seg]
    if cause_kind < 0.4:
        causes = [(None, "本人患"), ("health", rng.choice(ILLNESSES))]
    elif cause_kind < 0.65:
        causes = [(None, "配偶患"), ("health", rng.choice(ILLNESSES + MENTAL))]
    elif cause_kind < 0.8:
        causes = [(None, "子女系"), ("health", disability(rng))]
    else:
        causes = [
            (None, rng.choice(("子女就学负担重", "单亲抚养子女", "因企业停产收入下降", "遭受意外灾害")))
        ]
    kv = [
        ("姓名", tag("name", p.name)),
        ("性别", plain(p.sex)),
        ("民族", plain(p.nation)),
        ("出生年月", plain(f"{p.born.year}.{p.born.month:02d}")),
        (rng.choice(("身份证号", "身份证号码")), p.id_cell()),
        (rng.choice(("工作单位", "所在单位")), plain(employer)),
        (rng.choice(("家庭住址", "现住址")), tag("address", p.addr)),
        (rng.choice(("联系电话", "手机")), phone_cell(rng, p, 0.2)),
        ("困难类别", plain(rng.choice(("深度困难", "相对困难", "意外致困")))),
        (rng.choice(("致困原因", "主要致困原因")), causes),
        ("家庭月人均收入", plain(f"{money(rng, 500, 2200)}元")),
    ]
    layout = rng.random()
    if layout < 0.5:
        col = colon(rng)
        per_line = rng.choice((1, 1, 2, 3))
        for i, (lab, cell) in enumerate(kv, 1):
            d.t(lab + col)
            d.c(cell)
            d.t("\n" if i % per_line == 0 or i == len(kv) else rng.choice(("    ", "\t", "  |  ")))
    else:
        emit_rows(
            d,
            rng,
            [k for k, _ in kv],
            [[c for _, c in kv]],
            style=rng.choice(("pipe", "tab", "kv")),
            shuffle=False,
            seq=False,
        )
    d.t("家庭成员：\n")
    fam_rows: list[list[Cell]] = [
        [
            tag("name", spouse.name),
            plain("配偶"),
            plain(str(spouse.age(when))),
            spouse.id_cell(),
            causes[1:] if causes[0][1] == "配偶患" else body_state(rng, 0.15),
        ],
        [
            tag("name", kid.name),
            plain(rng.choice(("子", "女")) if rng.random() < 0.5 else ("女儿" if kid.female else "儿子")),
            plain(str(kid.age(when))),
            kid.id_cell(),
            causes[1:] if causes[0][1] == "子女系" else plain(rng.choice(("健康", "在读"))),
        ],
    ]
    emit_rows(
        d,
        rng,
        ["姓名", "关系", "年龄", "身份证号", rng.choice(("健康状况", "身体状况"))],
        fam_rows,
        style=rng.choice(("pipe", "space", "comma", "tab")),
    )
    d.t("困难情况简述：")
    d.s("name", p.name)
    d.t(f"系{employer}{rng.choice(('一线', '生产', '后勤'))}职工，")
    d.c(causes)
    d.t("，")
    if causes[0][1] == "配偶患":
        d.t("其配偶")
        d.s("name", spouse.name)
        d.t("长期无法工作，")
    d.t(f"年医疗支出约{money(rng, 10000, 80000)}元，家庭收入难以维持基本生活。\n")
    d.t(
        f"帮扶措施：{when.year}年发放送温暖慰问金{rng.randint(5, 30) * 100}元、助学金{rng.randint(10, 50) * 100}元；"
    )
    if rng.random() < 0.6:
        d.t("帮扶资金打入职工本人银行卡（")
        d.s("bank_card", bank_card(rng))
        d.t("）。")
    d.t("\n")
    d.t(f"填表人：{official(d, rng, pl)}    工会主席（签字）：{official(d, rng, pl)}    {cdate(when)}\n")
    if rng.random() < 0.4:
        d.t(f"职工服务热线：12351    {union}帮扶中心：{office_phone(rng, pl)}\n")
    return d


# --- 11 法院开庭公告 ------------------------------------------------------------------------------------
CIVIL_CAUSES = (
    "民间借贷纠纷",
    "离婚纠纷",
    "赡养纠纷",
    "买卖合同纠纷",
    "机动车交通事故责任纠纷",
    "房屋租赁合同纠纷",
    "劳务合同纠纷",
    "生命权、身体权、健康权纠纷",
    "继承纠纷",
    "抚养费纠纷",
)


def doc_kaiting(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    court = f"{pl.county}人民法院"
    d.t(court, rng.choice(("开庭公告", "\n开庭公告", " 庭审排期公告")), "\n")
    if rng.random() < 0.5:
        d.t(
            "根据《中华人民共和国民事诉讼法》第一百三十九条的规定，本院定于下列时间公开开庭审理以下案件，欢迎旁听（旁听人员凭身份证登记入场）：\n"
        )
    n = rng.randint(5, 10)
    rows: list[list[Cell]] = []
    for i in range(n):
        cause = rng.choice(CIVIL_CAUSES)
        day = when + dt.timedelta(days=rng.randint(3, 30))
        hour = rng.choice(("9:00", "9:30", "10:00", "14:30", "15:00", "上午9时", "下午2时30分"))
        plaintiffs: Cell = []
        defendants: Cell = []
        family = cause in ("离婚纠纷", "抚养费纠纷", "赡养纠纷", "继承纠纷")
        if family and rng.random() < 0.55:
            plaintiffs = plain(masked_name(rng))
            defendants = plain(masked_name(rng))
        else:
            if cause in ("买卖合同纠纷", "房屋租赁合同纠纷") and rng.random() < 0.5:
                plaintiffs = plain(company(rng, pl))
            elif cause == "民间借贷纠纷" and rng.random() < 0.25:
                plaintiffs = plain(f"{pl.short}农村商业银行股份有限公司")
            else:
                plaintiffs = tag("name", d.fresh(rng, pl, rng.random() < 0.4)[0])
            for j in range(rng.choice((1, 1, 2))):
                if j:
                    defendants.append((None, "、"))
                defendants.append(("name", d.fresh(rng, pl, rng.random() < 0.4)[0]))
            if cause == "机动车交通事故责任纠纷":
                defendants += [
                    (None, "、"),
                    (
                        None,
                        f"{rng.choice(('中国人民财产保险股份有限公司', '中国太平洋财产保险股份有限公司'))}{pl.city.removesuffix('市')}市分公司",
                    ),
                ]
        judge = official(d, rng, pl)
        rows.append(
            [
                plain(case_number(rng, pl, when.year, "民初")),
                plain(cause),
                plaintiffs,
                defendants,
                plain(f"{any_date(rng, day)} {hour}"),
                plain(
                    f"第{cnum(rng.randint(1, 9))}法庭"
                    if rng.random() < 0.7
                    else f"{rng.choice(pl.towns)}人民法庭"
                ),
                plain(judge),
            ]
        )
        del i
    style = rng.random()
    if style < 0.55:
        labels = [
            "案号",
            "案由",
            rng.choice(("原告", "原告（上诉人）", "原告/申请人")),
            rng.choice(("被告", "被告/被申请人")),
            rng.choice(("开庭时间", "开庭日期")),
            rng.choice(("法庭", "开庭地点")),
            rng.choice(("审判长", "承办法官", "主审法官")),
        ]
        emit_rows(d, rng, labels, rows, style=rng.choice(("pipe", "tab", "space", "comma")), shuffle=False)
    else:
        for k, r in enumerate(rows, 1):
            d.t(f"{k}．" if rng.random() < 0.5 else f"{cnum(k)}、")
            d.c(r[4])
            d.t("，在")
            d.c(r[5])
            d.t("公开开庭审理原告")
            d.c(r[2])
            d.t("诉被告")
            d.c(r[3])
            d.t("")
            d.c(r[1])
            d.t("一案，案号")
            d.c(r[0])
            d.t("，审判长")
            d.c(r[6])
            d.t("。\n")
    if rng.random() < 0.6:
        absent = person(d, rng, pl, 1960, 1998)
        d.t("\n公告送达：")
        d.s("name", absent.name)
        d.t(f"（{absent.sex}，{cdate(absent.born)}出生，{absent.nation}，住")
        d.s("address", absent.addr)
        if rng.random() < 0.5:
            d.t("，公民身份号码")
            d.c(absent.id_cell())
        d.t("）：本院受理原告")
        lender = d.fresh(rng, pl, rng.random() < 0.5)[0]
        d.s("name", lender)
        d.t(
            f"诉你民间借贷纠纷一案，因你下落不明，依法向你公告送达起诉状副本、应诉通知书及开庭传票。自公告之日起经过三十日即视为送达，定于{cdate(when + dt.timedelta(days=rng.randint(45, 75)))}上午九时在本院第{cnum(rng.randint(1, 6))}法庭开庭，逾期将依法缺席判决。\n"
        )
    d.t(f"\n{court}\n{cdate(when)}\n")
    if rng.random() < 0.5:
        d.t(f"诉讼服务热线：12368  立案庭：{office_phone(rng, pl)}\n")
    return d


# --- 12 民事判决书摘要 -----------------------------------------------------------------------------------
def doc_panjue(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    court = f"{pl.county}人民法院"
    cause = rng.choice(("民间借贷纠纷", "离婚纠纷", "赡养纠纷"))
    d.t(
        court,
        "\n",
        "民事判决书",
        rng.choice(("（摘要）", "（节录）", "")),
        "\n",
        case_number(rng, pl, when.year - rng.choice((0, 1)), "民初"),
        "\n",
    )
    if cause == "赡养纠纷":
        plaintiff = person(d, rng, pl, 1932, 1955, old=0.2)
        kids = [
            person(d, rng, pl, plaintiff.born.year + 20, min(plaintiff.born.year + 38, 1992))
            for _ in range(rng.randint(1, 3))
        ]
        defendants = kids
    elif cause == "离婚纠纷":
        plaintiff = person(d, rng, pl, 1975, 1995, female=rng.random() < 0.7)
        defendants = [
            person(
                d,
                rng,
                pl,
                plaintiff.born.year - 5,
                min(plaintiff.born.year + 4, 1996),
                female=not plaintiff.female,
            )
        ]
    else:
        plaintiff = person(d, rng, pl, 1955, 1995)
        defendants = [person(d, rng, pl, 1960, 2000) for _ in range(rng.choice((1, 1, 2)))]
    hk = rng.random() < 0.12
    if hk:
        d.t(f"原告{colon(rng)}")
        d.s("name", plaintiff.name)
        d.t(
            f"，{plaintiff.sex}，{cdate(plaintiff.born)}出生，{rng.choice(('香港特别行政区居民', '澳门特别行政区居民'))}，港澳居民来往内地通行证号码"
        )
        d.s("hk_macau_permit", hk_macau_no(rng, rng.choice("HM")))
        d.t("，现住")
        d.s("address", plaintiff.addr)
        d.t("。\n")
    else:
        party_line(d, rng, "原告", plaintiff, when, 0.5)
    lawyer = official(d, rng, pl)
    if rng.random() < 0.6:
        d.t(
            f"委托诉讼代理人{colon(rng)}{lawyer}，{pl.city.removesuffix('市')}{rng.choice(FIRM_WORDS)}律师事务所律师。\n"
        )
    for k, df in enumerate(defendants):
        party_line(
            d,
            rng,
            "被告" if len(defendants) == 1 else f"被告{cnum(k + 1) if rng.random() < 0.5 else ''}",
            df,
            when,
            0.45,
        )
    d.t("\n原告")
    d.s("name", plaintiff.name)
    d.t("与被告")
    for k, df in enumerate(defendants):
        if k:
            d.t("、")
        d.s("name", df.name)
    d.t(
        f"{cause}一案，本院于{cdate(when - dt.timedelta(days=rng.randint(60, 150)))}立案后，依法适用{rng.choice(('简易程序', '普通程序'))}公开开庭进行了审理。本案现已审理终结。\n"
    )
    d.t("原告")
    d.s("name", plaintiff.name)
    d.t("向本院提出诉讼请求：")
    df0 = defendants[0]
    if cause == "民间借贷纠纷":
        principal = rng.randint(2, 60) * 10000
        d.t(f"1.判令被告归还借款{principal:,}元及利息；2.本案诉讼费由被告负担。事实与理由：")
        d.s("name", df0.name)
        d.t(
            f"于{cdate(rand_date(rng, when.year - 3, when.year - 2))}向原告借款{principal}元，出具借条一张，约定月利率1%，到期后经多次催要未还。原告通过尾号{rng.randint(1000, 9999)}的银行账户向被告转账，"
        )
        d.t(f"交易流水号{dead_digits(rng, 20)}。\n")
        d.t("本院认为，合法的借贷关系受法律保护。被告")
        d.s("name", df0.name)
        d.t("应当按约归还借款。判决如下：被告")
        d.s("name", df0.name)
        d.t("于本判决生效之日起十日内偿还原告")
        d.s("name", plaintiff.name)
        d.t(
            f"借款本金{principal}元及利息（以{principal}元为基数，按一年期贷款市场报价利率计算至实际清偿之日止）。\n"
        )
    elif cause == "离婚纠纷":
        wed_lo = max(plaintiff.born.year + 21, df0.born.year + 21, when.year - 15)
        married = rand_date(rng, wed_lo, wed_lo + 3)
        child = person(d, rng, pl, married.year + 1, min(married.year + 5, when.year - 1))
        d.t(f"1.判令原、被告离婚；2.婚生{'女' if child.female else '子'}")
        d.s("name", child.name)
        d.t(
            "由原告抚养，被告每月支付抚养费"
            + str(rng.randint(8, 20) * 100)
            + "元。事实与理由：原、被告于"
            + cdate(married)
            + "登记结婚，"
        )
        d.t(f"{child.born.year}年生育{'女儿' if child.female else '儿子'}")
        d.s("name", child.name)
        d.t("。婚后被告")
        if rng.random() < 0.5:
            d.t("患")
            d.s("health", rng.choice((*MENTAL, "酒精依赖症")))
            d.t("，多次无故打骂原告，")
        else:
            d.t("长期在外务工，双方聚少离多，")
        d.t("夫妻感情确已破裂。\n")
        d.t("被告")
        d.s("name", df0.name)
        d.t(
            "辩称：同意离婚，但要求孩子由其抚养。\n本院认为，原、被告分居已满二年，感情确已破裂，准予离婚。判决如下：一、准予原告"
        )
        d.s("name", plaintiff.name)
        d.t("与被告")
        d.s("name", df0.name)
        d.t("离婚；二、婚生子女")
        d.s("name", child.name)
        d.t(f"随原告生活，被告每月{rng.randint(5, 28)}日前支付抚养费至其年满十八周岁止；三、位于")
        d.s("address", urban_home(rng, pl))
        d.t(f"的房屋归原告所有，原告补偿被告{money(rng, 50000, 300000)}元。\n")
    else:
        d.t(
            f"判令各被告每月支付赡养费{rng.randint(3, 12) * 100}元，并分担医疗费用。事实与理由：原告现年{plaintiff.age(when)}岁，患有"
        )
        ills = rng.sample(ILLNESSES + ELDER_ILLS, rng.randint(1, 2))
        for k, ill in enumerate(ills):
            if k:
                d.t("、")
            d.s("health", ill)
        d.t(f"，{rng.choice(('生活不能自理', '丧失劳动能力', '需长期服药'))}，")
        d.t("被告")
        for k, df in enumerate(defendants):
            if k:
                d.t("、")
            d.s("name", df.name)
        d.t("系原告子女，均未尽赡养义务。\n本院认为，成年子女对父母负有赡养扶助的义务。判决如下：被告")
        for k, df in enumerate(defendants):
            if k:
                d.t("、")
            d.s("name", df.name)
        d.t(f"自{when.year}年{when.month}月起每人每月给付原告")
        d.s("name", plaintiff.name)
        d.t(f"赡养费{rng.randint(3, 10) * 100}元，原告的医疗费凭票据由被告平均负担。\n")
    d.t(
        f"案件受理费{rng.randint(50, 4000)}元，减半收取，由被告负担。\n如不服本判决，可在判决书送达之日起十五日内提起上诉，上诉于{pl.city}中级人民法院。\n"
    )
    d.t(f"\n审判员  {official(d, rng, pl)}\n{cdate(when)}\n书记员  {official(d, rng, pl)}\n")
    return d


# --- 13 医疗纠纷人民调解协议书 -------------------------------------------------------------------------------
def doc_yiliao(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    centre = rng.choice((f"{pl.county}医疗纠纷人民调解委员会", f"{pl.city}医患纠纷人民调解委员会"))
    d.t(centre, "\n", rng.choice(("人民调解协议书", "医疗纠纷人民调解协议书", "调解协议书")), "\n")
    d.t(f"{pl.short}医调协字〔{when.year}〕第{rng.randint(1, 200)}号\n")
    patient = person(d, rng, pl, 1940, 2010)
    kin = person(d, rng, pl, 1960, 1998)
    rel = rng.choice(("之子", "之女", "配偶", "之父", "之母"))
    hospital = rng.choice(
        (
            f"{pl.county}人民医院",
            f"{pl.county}中医医院",
            f"{pl.city}第二人民医院",
            f"{pl.county}妇幼保健院",
            f"{rng.choice(pl.towns)}卫生院",
        )
    )
    dead = rng.random() < 0.15
    d.t(rng.choice(("甲方（患方）：", "患方：", "申请人（患方）：")), "\n")
    d.t("患者" + colon(rng))
    d.s("name", patient.name)
    d.t(f"，{patient.sex}，{patient.age(when)}岁，")
    k = rng.random()
    if k < 0.08:
        d.t("台湾居民，台湾居民来往大陆通行证号码")
        d.s("tw_permit", tw_no(rng, True))
    elif k < 0.14:
        d.t("往来港澳通行证号码")
        d.s("hk_macau_permit", hk_macau_no(rng, "C"))
    else:
        d.t("身份证号")
        d.c(patient.id_cell())
    d.t("，住址")
    d.s("address", patient.addr)
    d.t("。\n")
    d.t(f"{rng.choice(('患者家属', '代理人', '近亲属'))}{colon(rng)}")
    d.s("name", kin.name)
    d.t(f"（患者{rel}），身份证号")
    d.c(kin.id_cell())
    d.t("，联系电话")
    d.c(phone_cell(rng, kin))
    if rng.random() < 0.25:
        d.t("，电子邮箱")
        d.s("email", personal_mail(rng))
    d.t("。\n")
    d.t(
        f"乙方（医方）：{hospital}，统一社会信用代码{credit_code(rng, pl, '12')}，地址{office_address(rng, pl)}。\n"
    )
    d.t(f"法定代表人：{official(d, rng, pl)}，院长。委托代理人：{official(d, rng, pl)}，该院医务科科长。\n")
    diag = rng.choice(DIAGNOSES)
    comp = rng.choice(COMPLICATIONS)
    adm = when - dt.timedelta(days=rng.randint(60, 300))
    d.t("\n纠纷简要情况：\n")
    d.t("患者")
    d.s("name", patient.name)
    d.t(
        f"于{cdate(adm)}因{rng.choice(('腹痛', '摔伤', '胸闷', '腰痛伴下肢麻木', '发热咳嗽'))}{rng.randint(1, 5)}天至乙方就诊，经检查诊断为"
    )
    d.s("health", diag)
    d.t(
        f"，收住{rng.choice(('普外科', '骨科', '心内科', '妇产科', '泌尿外科', '呼吸内科'))}。{cdate(adm + dt.timedelta(days=rng.randint(1, 3)))}在{rng.choice(('全麻', '腰硬联合麻醉', '局麻'))}下行手术治疗，术后出现"
    )
    d.s("health", comp)
    if dead:
        d.t(f"，经抢救无效于{cdate(adm + dt.timedelta(days=rng.randint(5, 20)))}死亡")
    d.t("。患方认为乙方诊疗过程存在过错，双方发生纠纷。经")
    d.t(
        f"{pl.city}医学会鉴定，乙方医疗行为与患者损害后果之间存在因果关系，乙方承担{rng.choice(('次要', '同等', '主要', '轻微'))}责任。\n"
    )
    d.t("经本委员会调解，双方自愿达成如下协议：\n")
    total = rng.randint(3, 60) * 5000
    d.t(f"一、乙方一次性赔偿患方医疗费、误工费、护理费等各项损失共计人民币{total:,}元（大写略）；\n")
    d.t(f"二、上述款项于本协议签订之日起{rng.choice(('十五', '三十', '10'))}个工作日内转入")
    d.t(rng.choice(("患者", "患方代理人")) if rng.random() < 0.3 else "")
    d.s("name", kin.name)
    d.t("的银行账户（")
    d.t(f"{rng.choice(BANKS)}，账号")
    d.s("bank_card", bank_card(rng))
    d.t("）；\n三、本协议履行完毕后，患方不得再以同一事由向乙方主张任何权利，不得到医院聚集、滋事。\n")
    d.t("\n甲方（签名）：")
    d.s("name", kin.name)
    d.t(
        f"    乙方（盖章）：{hospital}\n人民调解员：{official(d, rng, pl)}  {official(d, rng, pl)}\n{centre}（印章）\n{cdate(when)}\n"
    )
    if rng.random() < 0.4:
        d.t(
            f"调委会地址：{office_address(rng, pl)}  电话：{office_phone(rng, pl)}  卫生健康服务热线：12320\n"
        )
    return d


# --- 14 网格走访记录 -----------------------------------------------------------------------------------
def doc_wangge(rng: random.Random, pl: Place) -> Doc:
    d = Doc()
    when = pub_day(rng)
    mental = rng.random() < 0.5
    grid = f"{rng.choice(pl.streets + pl.towns)}{rng.choice(('第', ''))}{rng.randint(1, 30)}{rng.choice(('网格', '号网格'))}"
    d.t(
        rng.choice(
            (
                "严重精神障碍患者网格走访记录",
                "严重精神障碍患者随访登记表",
                "重点人员（精神障碍患者）入户走访记录",
            )
        )
        if mental
        else rng.choice(("特殊困难老人探访关爱记录", "独居空巢老人网格走访登记", "特殊困难老年人走访记录表")),
        "\n",
    )
    gm = official(d, rng, pl)
    d.t(
        f"所属网格{colon(rng)}{grid}    网格员{colon(rng)}{gm}    走访日期{colon(rng)}{any_date(rng, when)}\n"
    )
    resident = person(d, rng, pl, 1950 if mental else 1928, 2000 if mental else 1952)
    if mental and rng.random() < 0.5:
        guardian = person(d, rng, pl, resident.born.year - 32, resident.born.year - 20)
        grel = "母亲" if guardian.female else "父亲"
    elif mental:
        guardian = person(d, rng, pl, resident.born.year - 6, resident.born.year + 6)
        grel = (
            rng.choice(("配偶", "姐姐", "哥哥"))
            if not guardian.female
            else rng.choice(("配偶", "姐姐", "妹妹"))
        )
    else:
        guardian = person(d, rng, pl, resident.born.year + 20, min(resident.born.year + 40, 1999))
        grel = (
            rng.choice(("女儿", "侄女", "儿媳")) if guardian.female else rng.choice(("儿子", "侄子", "外甥"))
        )
    conds: list[str] = [rng.choice(MENTAL)] if mental else rng.sample(ELDER_ILLS, rng.randint(1, 3))
    style = rng.random()
    if style < 0.55:
        pairs: list[tuple[str, Cell]] = [
            (
                rng.choice(("走访对象", "姓名", "患者姓名" if mental else "老人姓名")),
                tag("name", resident.name),
            ),
            ("性别", plain(resident.sex)),
            ("年龄", plain(f"{resident.age(when)}岁")),
            (rng.choice(("身份证号", "身份证号码")), resident.id_cell()),
            (rng.choice(("现住址", "居住地址", "家庭住址")), tag("address", resident.addr)),
            (rng.choice(("联系电话", "本人电话")), phone_cell(rng, resident, 0.3)),
        ]
        diag: Cell = []
        for k, c in enumerate(conds):
            if k:
                diag.append((None, "、"))
            diag.append(("health", c))
        pairs.append(
            (
                rng.choice(("诊断", "疾病名称", "主要诊断"))
                if mental
                else rng.choice(("慢性病情况", "健康状况", "患病情况")),
                diag,
            )
        )
        if not mental:
            typ = rng.choice(("独居", "空巢", "失能", "半失能", "高龄独居"))
            pairs.append(("老人类别", tag("health", typ) if "失能" in typ else plain(typ)))
        pairs.append(
            (rng.choice(("监护人", "联系人", "紧急联系人")), [("name", guardian.name), (None, f"（{grel}）")])
        )
        pairs.append(("监护人电话" if mental else "联系人电话", phone_cell(rng, guardian)))
        if mental:
            pairs.append(("危险性评估", plain(f"{rng.randint(0, 3)}级")))
            pairs.append(("服药情况", plain(rng.choice(("规律服药", "间断服药", "遵医嘱服药")))))
        emit_rows(
            d,
            rng,
            [p for p, _ in pairs],
            [[c for _, c in pairs]],
            style=rng.choice(("kv", "kv", "pipe", "tab")),
            shuffle=False,
            seq=False,
        )
    else:
        d.t("走访对象")
        d.s("name", resident.name)
        d.t(f"，{resident.sex}，{resident.age(when)}岁，住")
        d.s("address", resident.addr)
        d.t("，身份证号")
        d.c(resident.id_cell())
        d.t("，患有")
        for k, c in enumerate(conds):
            if k:
                d.t("、")
            d.s("health", c)
        d.t("。监护人")
        d.s("name", guardian.name)
        d.t(f"（{grel}），电话")
        d.c(phone_cell(rng, guardian))
        d.t("。\n")
    d.t("走访情况：")
    d.t(f"网格员{gm}" if rng.random() < 0.6 else "网格员")
    d.t(f"{rng.choice(('会同社区民警', '会同社区医生', '会同村医', ''))}入户走访，")
    d.s("name", resident.name)
    if mental:
        d.t(
            f"在家，{rng.choice(('情绪平稳，对答切题', '精神状态尚可，能按时服药', '近期睡眠较差，已提醒家属加强看护'))}，"
        )
        d.t("监护人")
        d.s("name", guardian.name)
        d.t(
            rng.choice(("表示会督促按时服药。", "反映其近期在市精神卫生中心复诊一次。", "签订了监护责任书。"))
        )
        if rng.random() < 0.5:
            d.t(f"已落实以奖代补监护补贴{rng.randint(6, 20) * 100}元/年。")
    else:
        d.t(rng.choice(("独自在家，生活基本能自理，", "卧床，需专人照料，", "在院内晒太阳，精神状况较好，")))
        d.t("已帮助其预约家庭医生上门服务，并检查了燃气、用电安全。")
    d.t("\n")
    if rng.random() < 0.5:
        d.t(f"下次走访时间：{any_date(rng, when + dt.timedelta(days=rng.choice((30, 14, 7))))}\n")
    d.t(f"记录人：{gm}    社区（村）审核：{official(d, rng, pl)}\n")
    if rng.random() < 0.35:
        d.t(f"{rng.choice(pl.streets)}综治中心值班电话：{office_phone(rng, pl)}；心理援助热线：12356\n")
    return d


# --- assembly ---------------------------------------------------------------------------------------
TYPES: dict[str, Callable[[random.Random, Place], Doc]] = {
    "农机购置补贴资金兑付公示": doc_nongji,
    "创业担保贷款贴息公示": doc_daikuan,
    "灵活就业人员社会保险补贴公示": doc_linghuo,
    "公益性岗位补贴公示": doc_gongyi,
    "劳动人事争议仲裁裁决书": doc_zhongcai,
    "道路交通事故认定书": doc_shigu,
    "户口注销迁移公告": doc_hukou,
    "遗失声明": doc_yishi,
    "行政强制执行催告书": doc_cuigao,
    "临时救助审批表": doc_jiuzhu,
    "困难职工帮扶档案": doc_bangfu,
    "法院开庭公告": doc_kaiting,
    "民事判决书摘要": doc_panjue,
    "医疗纠纷人民调解协议书": doc_yiliao,
    "网格走访记录": doc_wangge,
}
KINDS = frozenset(
    (
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
)


def well_formed(doc: Doc) -> bool:
    """Spans are valid and disjoint, and every occurrence of a labelled name is itself labelled."""
    text = doc.text
    spans = sorted((int(str(s["start"])), int(str(s["end"])), str(s["kind"])) for s in doc.spans)
    last_end = 0
    for start, end, kind in spans:
        if (
            kind not in KINDS
            or start < last_end
            or end <= start
            or text[start:end].strip() != text[start:end]
        ):
            return False
        last_end = end
    named = [(s, e) for s, e, k in spans if k == "name"]
    for name in {text[s:e] for s, e in named}:
        at = text.find(name)
        while at >= 0:
            if not any(s <= at and at + len(name) <= e for s, e in named):
                return False
            at = text.find(name, at + 1)
    return True


def generate(docs: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    kinds = list(TYPES)
    out: list[dict[str, object]] = []
    for i in range(docs):
        kind = kinds[i % len(kinds)]
        for _ in range(100):
            doc = TYPES[kind](rng, rng.choice(PLACES))
            if well_formed(doc):
                break
        else:  # pragma: no cover - the generators converge in a handful of tries
            raise RuntimeError(f"could not build a consistent {kind}")
        out.append({"type": kind, "text": doc.text, "spans": doc.spans})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--docs", type=int, default=400, help="number of documents")
    ap.add_argument("--seed", type=int, default=23, help="random seed")
    ap.add_argument("-o", "--output", default="-", help="output file ('-' for stdout)")
    args = ap.parse_args(argv)
    rows = generate(args.docs, args.seed)
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.output == "-":
        sys.stdout.write(payload)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(payload)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
