# ruff: noqa: E501
"""Holdout set 8: a blind, independent labelled-document generator for the privacy detector.

    .venv/bin/python benchmarks/privacy_data/holdout8.py --docs 400 --seed 29 -o /tmp/h8.jsonl

Writes JSON Lines {"type", "text", "spans": [{"kind", "start", "end"}]} with Python str offsets. The
text is built by appending pieces and a span is recorded whenever a personal datum is appended.
Standard library only; the output depends only on --docs and --seed.

Document types (county-level offices publishing lists and decisions):
    不动产首次/更正/注销登记公告, 司法拍卖/网络拍卖成交确认, 农村低保年审/动态调整名单,
    残疾人就业/托养/两项补贴新增名单, 消防/安全生产行政处罚决定书(个体户), 学生体检/营养监测异常通报,
    招生摇号/随迁子女入学审核结果, 社区矫正宣告, 征兵政审/退役士兵安置公示, 村务财务公开,
    12345热线工单办理情况通报, 保障性租赁住房资格复核.
Layouts: prose, "标签：值" forms, tables separated by "|", tab, "，" or runs of spaces (two-character
names sometimes written "王  芳" in aligned tables), numbered lines, HTML tables flattened to one cell
per line; label wording, column order, separators and full/half-width punctuation vary per document.

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

How this set reads the policy where its documents need it:
- 坐落 of 住宅 / 宅基地 / auctioned dwellings is an address; 商业, 工业, 仓储 and land-only 坐落 are not.
- 经营场所, 工作单位, 托养机构, 就业单位, 服役单位 and school names are not personal; 住址 / 现住址 /
  家庭住址 / 居住证地址 / 房产地址 are.
- "死亡" as a 低保 停保 reason is a vital event, not a condition, and is not labelled; the illness named in
  a 患病 reason is. 残疾类别 and 等级 are written as one phrase ("肢体残疾二级") and labelled whole.
- 村干部, 司法所 staff, 执法人员, 校医, 审判员 and 联系人 act in their role and are not labelled; "王女士" /
  "李先生" callers are treated like anonymised names. 竞买号, 报名号, 工单编号, 凭证号, 不动产单元号 and
  不动产权证号 are near misses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# --- check digits --------------------------------------------------------------------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"
_USCC_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def gb11643(body: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body, _ID_W, strict=True)) % 11]


def luhn_tail(body: str) -> str:
    acc = 0
    for pos, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if pos % 2 == 0 else 1)
        acc += v - 9 if v > 9 else v
    return str(-acc % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and luhn_tail(digits[:-1]) == digits[-1]


def uscc_tail(body: str) -> str:
    acc = sum(_USCC_A.index(c) * w for c, w in zip(body, _USCC_W, strict=True))
    return _USCC_A[-acc % 31]


# --- places --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    province: str
    city: str
    county: str
    short: str
    code: str
    area: str
    local: int
    post: str
    plate: str
    dom: str
    towns: tuple[str, ...]
    people: str = ""

    @property
    def court(self) -> str:
        return self.plate[0] + self.code[2:]


PLACES: tuple[Place, ...] = (
    Place(
        "湖南省",
        "常德市",
        "桃源县",
        "桃",
        "430725",
        "0736",
        7,
        "415700",
        "湘J",
        "taoyuan",
        ("漳江街道", "陬市镇", "热市镇", "茶庵铺镇", "盘塘镇", "漆河镇"),
    ),
    Place(
        "甘肃省",
        "临夏回族自治州",
        "临夏县",
        "临县",
        "622921",
        "0930",
        7,
        "731800",
        "甘N",
        "linxiaxian",
        ("韩集镇", "土桥镇", "尹集镇", "莲花镇", "北塬镇"),
        "hui",
    ),
    Place(
        "四川省",
        "凉山彝族自治州",
        "西昌市",
        "西",
        "513401",
        "0834",
        7,
        "615000",
        "川W",
        "xichang",
        ("长安街道", "西乡乡", "安哈镇", "礼州镇", "月华乡"),
        "yi",
    ),
    Place(
        "江西省",
        "赣州市",
        "于都县",
        "于",
        "360731",
        "0797",
        7,
        "342300",
        "赣B",
        "yudu",
        ("贡江镇", "罗坳镇", "车溪乡", "银坑镇", "梓山镇"),
    ),
    Place(
        "河北省",
        "保定市",
        "涞水县",
        "涞",
        "130623",
        "0312",
        7,
        "074100",
        "冀F",
        "lsx",
        ("涞水镇", "永阳镇", "三坡镇", "义安镇", "石亭镇"),
    ),
    Place(
        "山东省",
        "临沂市",
        "沂水县",
        "沂",
        "371323",
        "0539",
        7,
        "276400",
        "鲁Q",
        "yishui",
        ("沂城街道", "许家湖镇", "马站镇", "高桥镇", "院东头镇"),
    ),
    Place(
        "浙江省",
        "金华市",
        "义乌市",
        "义",
        "330782",
        "0579",
        8,
        "322000",
        "浙G",
        "yw",
        ("稠城街道", "北苑街道", "佛堂镇", "苏溪镇", "大陈镇"),
    ),
    Place(
        "广西壮族自治区",
        "桂林市",
        "阳朔县",
        "阳",
        "450321",
        "0773",
        7,
        "541900",
        "桂C",
        "yangshuo",
        ("阳朔镇", "白沙镇", "福利镇", "高田镇", "兴坪镇"),
    ),
    Place(
        "新疆维吾尔自治区",
        "喀什地区",
        "疏附县",
        "疏附",
        "653121",
        "0998",
        7,
        "844100",
        "新Q",
        "shufu",
        ("托克扎克镇", "乌帕尔镇", "塔什米力克乡", "布拉克苏乡"),
        "uy",
    ),
    Place(
        "云南省",
        "大理白族自治州",
        "宾川县",
        "宾",
        "532924",
        "0872",
        7,
        "671600",
        "云L",
        "binchuan",
        ("金牛镇", "宾居镇", "州城镇", "鸡足山镇", "力角镇"),
    ),
    Place(
        "安徽省",
        "六安市",
        "霍山县",
        "霍",
        "341525",
        "0564",
        7,
        "237200",
        "皖N",
        "huoshan",
        ("衡山镇", "佛子岭镇", "下符桥镇", "但家庙镇", "与儿街镇"),
    ),
    Place(
        "河南省",
        "周口市",
        "郸城县",
        "郸",
        "411625",
        "0394",
        7,
        "477150",
        "豫P",
        "dancheng",
        ("洺北街道", "汲冢镇", "石槽镇", "宜路镇", "钱店镇"),
    ),
    Place(
        "贵州省",
        "黔东南苗族侗族自治州",
        "凯里市",
        "凯",
        "522601",
        "0855",
        7,
        "556000",
        "贵H",
        "kaili",
        ("大十字街道", "西门街道", "三棵树镇", "舟溪镇", "旁海镇"),
        "miao",
    ),
    Place(
        "辽宁省",
        "沈阳市",
        "皇姑区",
        "皇",
        "210105",
        "024",
        8,
        "110031",
        "辽A",
        "huanggu",
        ("三台子街道", "华山街道", "北塔街道", "明廉街道"),
    ),
    Place(
        "湖北省",
        "宜昌市",
        "夷陵区",
        "夷",
        "420506",
        "0717",
        7,
        "443100",
        "鄂E",
        "yiling",
        ("小溪塔街道", "鸦鹊岭镇", "龙泉镇", "分乡镇", "黄花镇"),
    ),
    Place(
        "青海省",
        "海东市",
        "化隆回族自治县",
        "化",
        "630224",
        "0972",
        7,
        "810900",
        "青B",
        "hualong",
        ("巴燕镇", "群科镇", "甘都镇", "扎巴镇", "昂思多镇"),
        "hui",
    ),
    Place(
        "福建省",
        "泉州市",
        "晋江市",
        "晋",
        "350582",
        "0595",
        8,
        "362200",
        "闽C",
        "jinjiang",
        ("青阳街道", "梅岭街道", "安海镇", "磁灶镇", "陈埭镇", "东石镇"),
    ),
    Place(
        "重庆市",
        "",
        "万州区",
        "万",
        "500101",
        "023",
        8,
        "404000",
        "渝F",
        "wz.cq",
        ("高笋塘街道", "太白街道", "沙河街道", "分水镇", "龙驹镇"),
    ),
    Place(
        "上海市",
        "",
        "闵行区",
        "闵",
        "310112",
        "021",
        8,
        "201100",
        "沪A",
        "shmh",
        ("江川路街道", "古美街道", "莘庄镇", "七宝镇", "梅陇镇", "浦江镇"),
    ),
    Place(
        "西藏自治区",
        "日喀则市",
        "桑珠孜区",
        "桑",
        "540202",
        "0892",
        7,
        "857000",
        "藏D",
        "sangzhuzi",
        ("城北街道", "城南街道", "江当乡", "东嘎乡"),
        "tb",
    ),
)

VILLAGES = (
    "白马",
    "青山",
    "黄土坡",
    "石门",
    "枫林",
    "新华",
    "龙潭",
    "杨柳",
    "长岭",
    "双河",
    "大坪",
    "荷花",
    "金鸡",
    "桃溪",
    "松树",
    "团结",
    "红星",
    "前进",
    "东山",
    "柏树湾",
    "水井",
    "牛角冲",
    "茶园",
    "三岔",
    "大湾",
    "油坊",
    "高桥",
    "竹园",
    "凉水井",
    "梨树",
)
COMMUNITIES = (
    "滨江",
    "花园",
    "建设",
    "光明",
    "育才",
    "北门",
    "南湖",
    "东风",
    "朝阳",
    "文昌",
    "丰收",
    "锦江",
    "西苑",
    "新港",
    "和平",
)
ROADS = (
    "人民路",
    "解放路",
    "建设路",
    "沿江大道",
    "文化路",
    "迎宾大道",
    "胜利街",
    "中山路",
    "新华路",
    "民主街",
    "五一路",
    "团结路",
    "学府路",
    "青年路",
    "滨湖西路",
    "环城北路",
)
ESTATES = (
    "锦绣花园",
    "阳光新城",
    "翡翠湾",
    "金色家园",
    "怡景苑",
    "丽都小区",
    "江南春晓",
    "幸福里小区",
    "凤凰城",
    "御景湾",
    "水岸名都",
    "书香门第",
    "东方明珠苑",
    "世纪华庭",
    "康居小区",
    "龙湖天街",
    "润泽园",
)

# --- people --------------------------------------------------------------------------------------------
SURNAMES_COMMON = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
SURNAMES_RARE = "仉厍剡脱摆禹尕冶者喇虎海沙达母晏敖岑粟佘蒲扈訾逯璩宓芮茹郜巩相撒"
SURNAMES_DOUBLE = ("欧阳", "司马", "皇甫", "端木", "上官", "诸葛", "令狐", "慕容", "尉迟", "公孙")
SURNAMES_HUI = "马冶喇虎撒海沙摆脱者韩"
SURNAMES_MIAO = "龙吴杨潘石欧罗麻"
GIVEN_M = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林洋峰坤晨阳昊博志建国兴德福荣贵顺山仁义江河松柏栋毅诚锋彬亮庆生祥永钢铭远"
GIVEN_F = "芳娜敏静丽艳娟霞玲燕萍红梅琴兰英慧莉倩婷雪颖琳欣怡佳悦璐晶洁蓉薇瑶妍妮翠凤秀桂菊月春萱琪露"
GIVEN_KID = (
    "子涵",
    "梓萱",
    "一诺",
    "浩宇",
    "宇轩",
    "欣怡",
    "雨桐",
    "沐阳",
    "梓睿",
    "诗涵",
    "若汐",
    "俊熙",
    "思彤",
    "嘉懿",
    "奕辰",
    "可馨",
    "书瑶",
    "皓轩",
    "语桐",
    "锦程",
    "晨曦",
    "铭泽",
    "安琪",
    "芷若",
    "天佑",
)
UY_M = (
    "买买提",
    "艾力",
    "阿不都热依木",
    "吐尔逊",
    "艾合买提",
    "阿力木江",
    "努尔艾力",
    "麦麦提",
    "依明",
    "图尔荪",
    "阿卜杜拉",
    "热合曼",
)
UY_F = ("阿依古丽", "古丽娜尔", "热依拉", "帕提古丽", "米热古丽", "布合力其", "努尔尼萨", "祖丽胡马尔")
TB_M = ("扎西顿珠", "尼玛次仁", "旦增平措", "普布次仁", "达瓦", "洛桑", "次旺多吉", "边巴")
TB_F = ("次仁卓玛", "格桑央金", "拉巴卓嘎", "央宗", "德吉", "白玛曲珍", "索朗措姆")
YI_M = ("阿苦日则", "吉克石布", "沙马阿牛", "吉木约布", "阿于尔哈", "曲比拉哈")
YI_F = ("海来阿支", "吉克阿依", "阿说阿果", "俄木么且")
MN = ("巴特尔", "乌云其木格", "那仁花", "其其格", "额尔敦")

HEALTH_ILL = (
    "尿毒症",
    "肝癌晚期",
    "肺癌",
    "乳腺癌",
    "宫颈癌",
    "急性白血病",
    "脑梗死后遗症",
    "重症肌无力",
    "精神分裂症",
    "系统性红斑狼疮",
    "再生障碍性贫血",
    "帕金森病",
    "慢性肾功能衰竭",
    "脑瘫",
    "先天性心脏病",
    "肝硬化失代偿期",
    "股骨头坏死",
    "双下肢瘫痪",
    "阿尔茨海默病",
    "糖尿病并发症",
    "肺结核",
    "食管癌",
)
DIS_CAT = ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
STUDENT_FINDINGS = (
    "轻度视力不良",
    "中度视力不良",
    "重度视力不良",
    "龋齿",
    "超重",
    "肥胖",
    "消瘦",
    "营养不良",
    "生长迟缓",
    "轻度贫血",
    "中度贫血",
    "脊柱侧弯",
    "心脏杂音",
    "扁桃体Ⅱ度肿大",
    "沙眼",
    "结核菌素试验强阳性",
    "乙肝表面抗原阳性",
    "血压偏高",
    "色弱",
    "屈光不正",
)
INJURIES = ("左前臂骨折", "头部软组织挫伤", "右手被咬伤", "轻微脑震荡", "腰椎压缩性骨折", "面部烫伤")

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
)
CARD_BINS = (
    ("622848", 19),
    ("621700", 19),
    ("622202", 19),
    ("621226", 19),
    ("622188", 19),
    ("621098", 19),
    ("622262", 19),
    ("621483", 16),
    ("622575", 16),
    ("623668", 19),
)
MAIL_HOSTS = ("163.com", "126.com", "qq.com", "sina.com", "139.com", "foxmail.com", "outlook.com", "yeah.net")
PINYIN = (
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
    "tang",
    "deng",
)

Piece = tuple[str | None, str]
Cell = list[Piece]


@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    size: int = 0

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.size += len(s)

    def put(self, kind: str | None, s: str) -> None:
        if kind and s:
            self.spans.append({"kind": kind, "start": self.size, "end": self.size + len(s)})
        self.add(s)

    def cell(self, c: Sequence[Piece]) -> None:
        for k, s in c:
            self.put(k, s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    name: str
    female: bool
    born: dt.date
    idn: str
    idk: str | None  # id_card, id_card_15, or None for an invalid number


class Ctx:
    """One document being generated: random source, place, punctuation style and names in use."""

    def __init__(self, rng: random.Random, place: Place) -> None:
        self.rng = rng
        self.p = place
        self.d = Doc()
        self.used: set[str] = set()
        self.fw = rng.random() < 0.75
        self.colon = "：" if self.fw else rng.choice((":", ": "))
        self.lp, self.rp = ("（", "）") if self.fw or rng.random() < 0.3 else ("(", ")")
        self.comma = "，" if self.fw else ", "
        self.mask = rng.random() < 0.3
        self.when = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))

    # -- small helpers
    def r(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick[T](self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def add(self, s: str) -> None:
        self.d.add(s)

    def put(self, kind: str | None, s: str) -> None:
        self.d.put(kind, s)

    def kv(self, label: str, c: Sequence[Piece] | str, end: str = "\n") -> None:
        self.add(label + self.colon)
        if isinstance(c, str):
            self.add(c)
        else:
            self.d.cell(c)
        self.add(end)

    def paren(self, s: str) -> str:
        return f"{self.lp}{s}{self.rp}"

    # -- names
    def _raw_name(self, female: bool, kid: bool = False, surname: str | None = None) -> str:
        if surname:
            sur = surname
        else:
            sur, whole = self._folk_name(female, self.p.people, self.rng.random())
            if whole:
                return sur
        if kid and self.chance(0.6):
            return sur + self.pick(GIVEN_KID)
        pool = GIVEN_F if female else GIVEN_M
        given = self.pick(pool) if self.chance(0.35) else self.pick(pool) + self.pick(pool)
        return sur + given

    def _folk_name(self, female: bool, folk: str, roll: float) -> tuple[str, bool]:
        """(a whole minority name, True) or (a surname, False)."""
        if (folk == "uy" and roll < 0.75) or (folk == "" and roll < 0.02):
            first = self.pick(UY_F if female else UY_M)
            return (first if self.chance(0.3) else f"{first}·{self.pick(UY_M)}"), True
        if (folk == "tb" and roll < 0.8) or (folk == "" and roll < 0.03):
            return self.pick(TB_F if female else TB_M), True
        if folk == "yi" and roll < 0.5:
            return self.pick(YI_F if female else YI_M), True
        if folk == "" and roll < 0.04:
            return self.pick(MN), True
        if folk == "hui" and roll < 0.6:
            return self.pick(SURNAMES_HUI), False
        if folk == "miao" and roll < 0.5:
            return self.pick(SURNAMES_MIAO), False
        x = self.rng.random()
        return (
            self.pick(SURNAMES_DOUBLE)
            if x < 0.06
            else self.pick(SURNAMES_RARE)
            if x < 0.2
            else self.pick(SURNAMES_COMMON)
        ), False

    def name(self, female: bool | None = None, kid: bool = False, surname: str | None = None) -> str:
        if female is None:
            female = self.chance(0.5)
        while True:
            n = self._raw_name(female, kid, surname)
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n

    def official(self) -> str:
        return self.name()

    def person(
        self,
        lo: int,
        hi: int,
        female: bool | None = None,
        kid: bool = False,
        code: str | None = None,
        old15: float = 0.0,
        surname: str | None = None,
    ) -> Person:
        if female is None:
            female = self.chance(0.5)
        nm = self.name(female, kid, surname)
        year = self.when.year - self.r(lo, hi)
        born = dt.date(year, 1, 1) + dt.timedelta(days=self.r(0, 364))
        code = code or (self.p.code if self.chance(0.8) else self.pick(PLACES).code)
        seq = self.r(0, 99) * 10 + self.pick((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9))
        seq = max(seq, 2 if female else 1)
        if year < 1984 and self.chance(old15):
            return Person(nm, female, born, f"{code}{born:%y%m%d}{seq:03d}", "id_card_15")
        body = f"{code}{born:%Y%m%d}{seq:03d}"
        chk = gb11643(body)
        if self.chance(0.035):
            bad = self.pick([c for c in "0123456789X" if c != chk])
            return Person(nm, female, born, body + bad, None)
        if chk == "X" and self.chance(0.35):
            chk = "x"
        return Person(nm, female, born, body + chk, "id_card")

    def spaced(self, n: str) -> str:
        if len(n) == 2:
            return n[0] + self.pick(("  ", "　", "   ")) + n[1]
        return n

    def id_cell(self, p: Person, force: bool = False) -> Cell:
        if self.mask and not force:
            s = p.idn
            style = self.r(0, 2)
            if style == 0:
                return [(None, s[:6] + "*" * (len(s) - 10) + s[-4:])]
            if style == 1:
                return [(None, s[:3] + "*" * (len(s) - 7) + s[-4:])]
            return [(None, s[:10] + "****" + s[-4:])] if len(s) == 18 else [(None, s[:6] + "******" + s[-3:])]
        return [(p.idk, p.idn)]

    # -- numbers
    def mobile(self) -> Cell:
        n = self.pick(MOBILE_HEADS) + f"{self.r(0, 99999999):08d}"
        style = self.r(0, 9)
        if style == 0:
            return [(None, "+86 "), ("mobile", n)]
        if style == 1:
            return [("mobile", f"{n[:3]}-{n[3:7]}-{n[7:]}")]
        if style == 2:
            return [("mobile", f"{n[:3]} {n[3:7]} {n[7:]}")]
        if style == 3 and self.mask:
            return [(None, n[:3] + "****" + n[7:])]
        return [("mobile", n)]

    def home_phone(self) -> Cell:
        first = self.pick("2345678")
        local = first + "".join(str(self.r(0, 9)) for _ in range(self.p.local - 1))
        sep = self.pick(("-", "-", "", " "))
        if sep == "" and self.chance(0.5):
            return [("landline", f"{self.lp}{self.p.area}{self.rp}{local}")]
        return [("landline", self.p.area + sep + local)]

    def phone(self, home: float = 0.15) -> Cell:
        return self.home_phone() if self.chance(home) else self.mobile()

    def office_phone(self) -> str:
        local = self.pick("2345678") + "".join(str(self.r(0, 9)) for _ in range(self.p.local - 1))
        return f"{self.p.area}-{local}"

    def bank_card(self) -> Cell:
        pre, n = self.pick(CARD_BINS)
        body = pre + "".join(str(self.r(0, 9)) for _ in range(n - len(pre) - 1))
        num = body + luhn_tail(body)
        if self.chance(0.35):
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return [("bank_card", num)]

    def junk(self, lo: int = 16, hi: int = 20) -> str:
        while True:
            n = self.pick("123456789") + "".join(str(self.r(0, 9)) for _ in range(self.r(lo, hi) - 1))
            if luhn_ok(n):
                continue
            if len(n) == 18 and gb11643(n[:17]) == n[17]:
                continue
            return n

    def email(self) -> Cell:
        host = self.pick(MAIL_HOSTS)
        if host == "qq.com":
            user = str(self.r(10000000, 3999999999))
        else:
            user = self.pick(PINYIN) + self.pick(("", "_", ".")) + self.pick(PINYIN) + str(self.r(1, 2005))
        return [("email", f"{user}@{host}")]

    def passport(self) -> Cell:
        if self.chance(0.5):
            return [("passport", "E" + f"{self.r(0, 99999999):08d}")]
        return [("passport", "E" + self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + f"{self.r(0, 9999999):07d}")]

    def hk_permit(self, mainland: bool) -> Cell:
        if mainland:
            if self.chance(0.5):
                return [("hk_macau_permit", "C" + f"{self.r(0, 99999999):08d}")]
            return [("hk_macau_permit", "C" + self.pick("ABCDEFGHJKLMN") + f"{self.r(0, 9999999):07d}")]
        return [("hk_macau_permit", self.pick("HM") + f"{self.r(0, 9999999999):010d}"[: self.pick((8, 10))])]

    def tw_permit(self, taiwanese: bool) -> Cell:
        if taiwanese:
            return [("tw_permit", f"{self.r(10000000, 99999999)}")]
        return [("tw_permit", "L" + f"{self.r(0, 99999999):08d}")]

    def plate(self, own: bool = True) -> Cell:
        pre = self.p.plate if own else self.pick(PLACES).plate
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if self.chance(0.2):
            tail = self.pick("DF") + f"{self.r(0, 99999):05d}"
        else:
            tail = "".join(self.pick(letters + "0123456789" * 3) for _ in range(5))
        sep = self.pick(("·", "·", "", " "))
        return [("license_plate", pre + sep + tail)]

    def credit_code(self, kind: str = "92") -> str:
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = kind + self.p.code + "MA" + "".join(self.pick(chars) for _ in range(7))
        return body + uscc_tail(body)

    # -- places
    def prefix(self) -> str:
        p = self.p
        roll = self.r(0, 3)
        if roll == 0:
            return ""
        if roll == 1:
            return p.county
        if roll == 2 and p.city:
            return p.city + p.county
        return p.province + p.city + p.county

    def rural_address(self) -> str:
        town = self.pick([t for t in self.p.towns if not t.endswith("街道")] or list(self.p.towns))
        vil = self.pick(VILLAGES) + "村"
        k = self.r(1, 12)
        group = self.pick((f"{k}组", f"{cnum(k)}组", f"第{cnum(k)}村民小组", f"{cnum(k)}队"))
        tail = f"{self.r(1, 88)}号" if self.chance(0.25) and not group.endswith("小组") else ""
        return self.prefix() + town + vil + group + tail

    def urban_address(self) -> str:
        town = self.pick(self.p.towns)
        est = self.pick(ESTATES)
        b, u, f, rm = self.r(1, 32), self.r(1, 4), self.r(1, 26), self.r(1, 4)
        room = f"{f}{rm:02d}"
        style = self.r(0, 5)
        if style == 0:
            return f"{self.prefix()}{town}{self.pick(COMMUNITIES)}社区{est}{b}栋{u}单元{room}室"
        if style == 1:
            return f"{self.prefix()}{self.pick(ROADS)}{self.r(1, 399)}号{est}{b}号楼{u}单元{room}室"
        if style == 2:
            return f"{self.prefix()}{self.pick(ROADS)}{self.r(1, 1200)}弄{self.r(1, 90)}号{room}室"
        if style == 3:
            return f"{self.prefix()}{town}{self.pick(ROADS)}{self.r(1, 260)}号"
        if style == 4:
            return f"{self.prefix()}{est}{b}幢{room}室"
        return f"{self.prefix()}{town}{est}{b}栋{u}单元{room}室"

    def address(self, rural: float = 0.5) -> str:
        return self.rural_address() if self.chance(rural) else self.urban_address()

    def shop_place(self) -> str:
        town = self.pick(self.p.towns)
        return self.pick(
            (
                f"{self.p.county}{town}{self.pick(ROADS)}{self.r(1, 300)}号",
                f"{town}{self.pick(ROADS)}{self.r(1, 300)}号门面",
                f"{self.pick(ESTATES)}{self.r(1, 20)}栋商铺{self.r(101, 130)}",
                f"{town}农贸市场{self.r(1, 80)}号摊位",
            )
        )

    # -- document furniture
    def date(self, d: dt.date | None = None) -> str:
        d = d or self.when
        if self.chance(0.15):
            return f"{d:%Y-%m-%d}"
        return f"{d.year}年{d.month}月{d.day}日"

    def docno(self, mid: str) -> str:
        y = self.when.year
        return self.pick(
            (
                f"{self.p.short}{mid}〔{y}〕{self.r(1, 180)}号",
                f"{self.p.short}{mid}[{y}]{self.r(1, 180)}号",
                f"{self.p.short}{mid}〔{y}〕第{self.r(1, 300):03d}号",
            )
        )

    def case_no(self, kind: str) -> str:
        y = self.when.year - self.r(0, 1)
        return f"{self.lp}{y}{self.rp}{self.p.court}{kind}{self.r(1, 3999)}号"

    def meta(self, org: str) -> None:
        if not self.chance(0.45):
            return
        idx = self.pick(
            (
                f"{self.credit_code('11')}/{self.when.year}-{self.r(1, 9999):05d}",
                f"{self.p.code}-{self.r(100, 999)}-{self.when.year}-{self.r(1, 999):04d}",
            )
        )
        self.kv("索引号", idx, "  " if self.chance(0.5) else "\n")
        self.kv("发布机构", org, "  " if self.chance(0.5) else "\n")
        self.kv("发文日期", f"{self.when:%Y-%m-%d}")
        self.add("\n")

    def footer(self, org: str, contact: bool = True) -> None:
        self.add("\n")
        if contact and self.chance(0.8):
            lines = []
            if self.chance(0.5):
                lines.append(
                    f"联系人{self.colon}{self.official() if self.chance(0.5) else self.pick(SURNAMES_COMMON) + self.pick(('老师', '女士', '先生', '科长'))}"
                )
            lines.append(
                f"{self.pick(('联系电话', '咨询电话', '监督电话', '举报电话'))}{self.colon}{self.office_phone()}"
            )
            if self.chance(0.4):
                lines.append(
                    f"{self.pick(('电子邮箱', '邮箱', '来信邮箱'))}{self.colon}{self.pick(('mzj', 'bgs', 'xxgk', 'sfj', 'zjj', 'jyj'))}@{self.p.dom}.gov.cn"
                )
            if self.chance(0.4):
                lines.append(
                    f"通讯地址{self.colon}{self.p.county}{self.pick(ROADS)}{self.r(1, 200)}号  邮编{self.colon}{self.p.post}"
                )
            if self.chance(0.3):
                lines.append(
                    f"也可拨打政务服务便民热线{self.pick(('12345', '12345', '12333', '12315'))}反映。"
                )
            self.add(self.pick(("\n", "；", "  ")).join(lines) + "\n")
        self.add(f"\n{org}\n{self.date(self.when + dt.timedelta(days=self.r(0, 3)))}\n")


def ethnic(c: Ctx, name: str) -> str:
    if "·" in name or name in UY_M + UY_F:
        return "维吾尔族"
    if name in TB_M + TB_F:
        return "藏族"
    if name in YI_M + YI_F:
        return "彝族"
    if name in MN:
        return "蒙古族"
    return {"hui": "回族", "miao": "苗族"}.get(c.p.people, "汉族") if c.chance(0.5) else "汉族"


def surname_of(name: str) -> str | None:
    """The family name of a Han-style name, or None for names that do not carry one."""
    if "·" in name or any(name in pool for pool in (UY_M, UY_F, TB_M, TB_F, YI_M, YI_F, MN)):
        return None
    return name[:2] if name[:2] in SURNAMES_DOUBLE else name[0]


def cnum(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def sexw(p: Person) -> str:
    return "女" if p.female else "男"


def P(s: str) -> Cell:
    return [(None, s)]


def N(s: str) -> Cell:
    return [("name", s)]


def K(kind: str, s: str) -> Cell:
    return [(kind, s)]


# --- table layouts -------------------------------------------------------------------------------------
def _width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def table(c: Ctx, headers: list[str], rows: list[list[Cell]], style: str | None = None) -> None:
    """Render rows in one of several layouts; spans follow each personal piece."""
    order = list(range(len(headers)))
    if c.chance(0.3) and len(order) > 3:
        rest = order[1:]
        c.rng.shuffle(rest)
        order = order[:1] + rest
    hs = [headers[i] for i in order]
    rs = [[r[i] for i in order] for r in rows]
    style = style or c.pick(("pipe", "tab", "comma", "space", "numbered", "cells", "form", "prose"))
    d = c.d
    if style == "space":
        spaced = c.chance(0.6)
        rs = [
            [[(k, c.spaced(s) if k == "name" and spaced else s) for k, s in cell] for cell in r] for r in rs
        ]
        widths = [
            max([_width(hs[j])] + [_width("".join(s for _, s in r[j])) for r in rs]) for j in range(len(hs))
        ]
        gap = c.pick(("  ", "   ", "    "))

        def pad(j: int, w: int) -> str:
            return " " * (widths[j] - w) + gap if j < len(hs) - 1 else ""

        d.add("".join(h + pad(j, _width(h)) for j, h in enumerate(hs)).rstrip() + "\n")
        for r in rs:
            for j, cell in enumerate(r):
                d.cell(cell)
                d.add(pad(j, _width("".join(s for _, s in cell))))
            d.add("\n")
        return
    if style in ("pipe", "tab", "comma"):
        sep = {"pipe": c.pick((" | ", "|", "｜")), "tab": "\t", "comma": c.pick(("，", ",", "、"))}[style]
        edge = style == "pipe" and c.chance(0.5)
        d.add(("| " if edge else "") + sep.join(hs) + (" |" if edge else "") + "\n")
        if edge:
            d.add("|" + "|".join("---" for _ in hs) + "|\n")
        for r in rs:
            d.add("| " if edge else "")
            for j, cell in enumerate(r):
                if j:
                    d.add(sep)
                d.cell(cell)
            d.add((" |" if edge else "") + "\n")
        return
    if style == "cells":
        for h in hs:
            d.add(h + "\n")
        for r in rs:
            if c.chance(0.3):
                d.add("\n")
            for cell in r:
                d.cell(cell)
                d.add("\n")
        return
    if style == "form":
        for i, r in enumerate(rs, 1):
            if c.chance(0.5):
                d.add(c.pick((f"（{cnum(i)}）", f"{i}.", f"第{cnum(i)}户", f"【{i}】")) + "\n")
            for h, cell in zip(hs, r, strict=True):
                c.kv(h, cell)
            d.add("\n")
        return
    if style == "numbered":
        sep = c.pick(("；", "，", "  ", "; "))
        for i, r in enumerate(rs, 1):
            d.add(c.pick((f"{i}. ", f"{i}、", f"（{i}）", f"{i}）")))
            for j, (h, cell) in enumerate(zip(hs, r, strict=True)):
                if j:
                    d.add(sep)
                d.add(h + c.colon)
                d.cell(cell)
            d.add("。\n" if c.chance(0.5) else "\n")
        return
    # prose: values only, with the headers said once
    skip = 1 if hs[0] == "序号" else 0
    d.add(f"（按{'、'.join(hs[skip:])}顺序排列）\n")
    for i, r in enumerate(rs, 1):
        d.add(f"{i}、")
        for j, cell in enumerate(r[skip:]):
            if j:
                d.add("，")
            d.cell(cell)
        d.add("；\n")


def lbl(c: Ctx, *options: str) -> str:
    return c.pick(options)


# --- 1 不动产登记公告 -----------------------------------------------------------------------------------
def cert_no(c: Ctx) -> str:
    return f"{c.p.plate[0]}{c.lp}{c.when.year - c.r(1, 12)}{c.rp}{c.p.county}不动产权第{c.r(1, 99999):07d}号"


def unit_no(c: Ctx) -> str:
    return f"{c.p.code}{c.r(1, 20):03d}{c.r(1, 20):03d}{c.pick(('JC', 'GB', 'JA'))}{c.r(1, 99999):05d}F{c.r(1, 9999):04d}{c.r(1, 9999):04d}"


def doc_realestate(c: Ctx) -> Doc:
    sub = c.pick(("首次登记", "更正登记", "注销登记"))
    org = f"{c.p.county}不动产登记中心" if c.chance(0.6) else f"{c.p.county}自然资源局"
    c.add(f"{org}\n不动产{sub}公告\n")
    c.add(c.docno("不动产公告") + "\n\n")
    c.meta(org)
    law = {"首次登记": "第十七条", "更正登记": "第八十一条", "注销登记": "第二十三条"}[sub]
    c.add(
        f"经{c.pick(('初步审定', '审核', '调查核实'))}，我{c.pick(('机构', '中心', '局'))}拟对下列不动产办理{sub}，根据《不动产登记暂行条例实施细则》{law}的规定，现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达我机构。逾期无人提出异议或者异议不成立的，我机构将依法办理。\n\n"
    )
    rows: list[list[Cell]] = []
    notes: list[tuple[str, Cell]] = []
    for _ in range(c.r(2, 6)):
        use = c.pick(("住宅", "住宅", "宅基地/住宅", "成套住宅", "商业", "工业", "仓储"))
        dwelling = "住" in use or "宅" in use
        if dwelling or c.chance(0.4):
            p = c.person(28, 86, old15=0.3)
            holder: Cell = N(p.name)
            if c.chance(0.3):
                q = c.person(28, 80, female=not p.female)
                holder = [*holder, (None, "、"), ("name", q.name)]
        else:
            p = None
            holder = P(
                c.pick(("桃李", "宏达", "鑫源", "恒通", "江南", "兴隆"))
                + c.pick(("建材", "物流", "农业开发", "食品", "置业"))
                + "有限公司"
            )
        loc = c.rural_address() if use == "宅基地/住宅" else c.urban_address() if dwelling else c.shop_place()
        where: Cell = K("address", loc) if dwelling else P(loc)
        area = f"{c.r(45, 320)}.{c.r(0, 99):02d}"
        row: list[Cell] = [P(str(len(rows) + 1)), holder, where, P(unit_no(c)), P(use), P(area)]
        if sub != "首次登记":
            row.append(P(cert_no(c)))
        if c.mask is False and p is not None and c.chance(0.5):
            row.append(c.id_cell(p))
        elif sub != "首次登记" or c.chance(0.3):
            row.append(P(c.pick(("—", "/", ""))))
        else:
            row.append(P("—"))
        rows.append(row)
        if sub == "更正登记" and p is not None and c.chance(0.6):
            if p.idk == "id_card" and c.chance(0.5):
                bad = p.idn[:17] + c.pick([x for x in "0123456789X" if x != p.idn[17:].upper()])
                fix: Cell = [(None, f"权利人身份证号码由“{bad}”更正为“"), (p.idk, p.idn), (None, "”")]
            else:
                fix = [(None, f"面积由{area}平方米更正为{c.r(45, 320)}.{c.r(0, 99):02d}平方米")]
            notes.append((p.name, fix))
        if sub == "注销登记" and p is not None and c.chance(0.5):
            notes.append(
                (
                    p.name,
                    P(
                        c.pick(
                            (
                                "房屋已灭失",
                                "证书遗失，申请补证前注销原证",
                                "宅基地使用权已依法收回",
                                "不动产已分割合并",
                            )
                        )
                    ),
                )
            )
    heads = [
        "序号",
        lbl(c, "权利人", "权利人姓名", "申请人"),
        lbl(c, "坐落", "不动产坐落", "房屋坐落"),
        lbl(c, "不动产单元号", "单元号"),
        lbl(c, "用途", "规划用途"),
        lbl(c, "面积（㎡）", "建筑面积(m²)", "面积"),
    ]
    if sub != "首次登记":
        heads.append(lbl(c, "不动产权证号", "原不动产权证书号", "证书号"))
    heads.append(lbl(c, "身份证号", "证件号码", "备注"))
    table(c, heads, rows)
    if notes:
        c.add("\n" + ("更正内容" if sub == "更正登记" else "注销原因") + c.colon + "\n")
        for nm, fix in notes:
            c.put("name", nm)
            c.add(c.pick(("：", "申请", "，")))
            c.d.cell(fix)
            c.add("；\n")
    c.add(f"\n异议受理地点{c.colon}{c.p.county}政务服务中心不动产登记窗口\n")
    c.footer(org)
    return c.d


# --- 2 司法拍卖成交确认 ---------------------------------------------------------------------------------
def bid_no(c: Ctx) -> str:
    return c.pick(
        (
            f"{c.pick('ABCDEFGHJKLMNPQRSTUVWXYZ')}{c.r(1000, 9999)}",
            f"{c.r(10000000, 99999999)}",
            f"{c.pick('KRT')}{c.r(10000, 99999)}",
            f"{c.r(1000, 99999)}",
        )
    )


def buyer_id(c: Ctx, p: Person) -> tuple[str, Cell]:
    roll = c.r(0, 8)
    if roll == 0 or roll == 3:
        return "护照", c.passport()
    if roll == 1:
        return "港澳居民来往内地通行证", c.hk_permit(False)
    if roll == 2:
        return "台湾居民来往大陆通行证", c.tw_permit(True)
    return "居民身份证", c.id_cell(p, force=c.chance(0.6))


def doc_auction(c: Ctx) -> Doc:
    court = f"{c.p.county}人民法院" if c.chance(0.7) else f"{c.p.city or c.p.province}中级人民法院"
    plat = c.pick(("淘宝网司法拍卖网络平台", "京东网司法拍卖平台", "人民法院诉讼资产网", "公拍网"))
    case = c.case_no(c.pick(("执", "执恢", "执保")))
    kind = c.pick(("house", "house", "car", "shop", "land"))
    debtor = c.person(30, 70) if c.chance(0.7) else None
    owner = debtor.name if debtor else c.pick(("华兴", "银河", "新世纪", "广源")) + "实业有限公司"
    if kind == "house":
        loc = c.urban_address()
        lot: Cell = [
            (None, f"被执行人{'' if debtor else owner}"),
            *(N(owner) if debtor else []),
            (None, "名下位于"),
            ("address", loc) if debtor else (None, loc),
            (None, f"的住宅（建筑面积{c.r(60, 180)}.{c.r(0, 99):02d}平方米，{cert_no(c)}）"),
        ]
    elif kind == "car":
        lot = [
            (None, f"被执行人{'' if debtor else owner}"),
            *(N(owner) if debtor else []),
            (
                None,
                f"名下{c.pick(('小型轿车', '小型普通客车', '重型半挂牵引车', '轻型厢式货车'))}一辆（号牌号码",
            ),
            *c.plate(),
            (None, "）"),
        ]
    elif kind == "shop":
        lot = [(None, f"位于{c.shop_place()}的商业用房（{cert_no(c)}）")]
    else:
        lot = [
            (None, f"位于{c.p.county}{c.pick(c.p.towns)}的国有建设用地使用权（面积{c.r(800, 9000)}平方米）")
        ]
    price = c.r(30000, 2800000)
    c.add(f"{court}\n")
    variant = c.r(0, 2)
    buyers = [c.person(24, 66) for _ in range(1 if variant < 2 else c.r(3, 6))]
    if variant == 0:
        c.add(c.pick(("网络竞价成功确认书\n", "网络拍卖成交确认书\n")))
        b = buyers[0]
        c.add(f"{case}\n\n")
        c.add(c.pick(("用户姓名", "买受人")))
        c.add(c.colon)
        c.put("name", b.name)
        c.add(f"通过竞买号{bid_no(c)}于{c.date()}在{plat}参与")
        c.d.cell(lot)
        c.add(f"的公开竞价，以最高应价胜出。\n该标的网络拍卖成交价格{c.colon}{price:,}元。\n")
        c.add("在网络拍卖竞价结束后，买受人")
        c.put("name", b.name)
        c.add(
            f"应在{c.pick(('十日', '七日', '十五日'))}内将拍卖成交余款缴入法院指定账户，并凭身份证明到{court}执行局办理交接手续。\n"
        )
        label, idc = buyer_id(c, b)
        c.kv("买受人" + c.pick(("证件类型", "证件")), label, "  ")
        c.kv("证件号码", idc)
        if c.chance(0.5):
            c.kv("联系电话", c.mobile())
        if c.chance(0.4):
            c.kv(c.pick(("住所", "住址", "联系地址")), K("address", c.address()))
    elif variant == 1:
        c.add(c.pick(("执行裁定书\n", "拍卖成交裁定书\n")) + case + "\n\n")
        b = buyers[0]
        c.add("申请执行人")
        if c.chance(0.5):
            ap = c.person(30, 66)
            c.put("name", ap.name)
            c.add("，" + sexw(ap) + f"，{ap.born.year}年{ap.born.month}月{ap.born.day}日出生，住")
            c.put("address", c.address())
            c.add("。\n")
        else:
            c.add(f"{c.p.county}农村商业银行股份有限公司，统一社会信用代码{c.credit_code('91')}。\n")
        c.add("被执行人")
        if debtor:
            c.put("name", debtor.name)
            c.add("，" + sexw(debtor) + "，公民身份号码")
            c.d.cell(c.id_cell(debtor))
            c.add("。\n")
        else:
            c.add(owner + "。\n")
        c.add("买受人")
        c.put("name", b.name)
        label, idc = buyer_id(c, b)
        c.add(f"，{sexw(b)}，{label}号码")
        c.d.cell(idc)
        c.add("，住")
        c.put("address", c.address())
        c.add("。\n")
        c.add(f"本院在执行{case}案件中，依法于{c.date()}在{plat}公开拍卖")
        c.d.cell(lot)
        c.add("。买受人")
        c.put("name", b.name)
        c.add(
            f"以{price}元的最高价竞得，并已交付全部价款。依照《中华人民共和国民事诉讼法》第二百五十八条之规定，裁定如下：\n"
        )
        c.add("一、上述标的物所有权自本裁定送达买受人")
        c.put("name", b.name)
        c.add("时起转移；\n二、买受人可持本裁定书到相关管理机构办理产权过户登记手续。\n\n")
        c.add(f"审判长　{c.official()}\n审判员　{c.official()}\n{c.date()}\n书记员　{c.official()}\n")
        return c.d
    else:
        c.add(c.pick(("网络司法拍卖成交结果公示\n", "司法拍卖标的成交情况一览\n")))
        c.add(f"本院于{c.date()}在{plat}对下列标的进行了公开拍卖，现将成交结果公示如下：\n")
        rows: list[list[Cell]] = []
        for i, b in enumerate(buyers, 1):
            what: Cell
            k2 = c.r(0, 2)
            if k2 == 0:
                what = [(None, c.pick(("小型轿车", "二手货车", "面包车")) + " "), *c.plate(c.chance(0.7))]
            elif k2 == 1:
                what = P(c.pick(ESTATES) + f"{c.r(1, 30)}栋商铺")
            else:
                what = P(f"{c.pick(('挖掘机', '装载机', '机器设备'))}一批")
            rows.append(
                [P(str(i)), P(c.case_no("执")), what, P(bid_no(c)), N(b.name), P(f"{c.r(8000, 900000)}")]
            )
        table(
            c,
            [
                "序号",
                "案号",
                lbl(c, "拍卖标的", "标的物"),
                lbl(c, "竞买号", "竞买代码"),
                lbl(c, "买受人", "竞得人"),
                lbl(c, "成交价（元）", "成交金额"),
            ],
            rows,
        )
    c.footer(court)
    return c.d


# --- 3 农村低保 ----------------------------------------------------------------------------------------
def doc_dibao(c: Ctx) -> Doc:
    town = c.pick(c.p.towns)
    mode = c.pick(("年审", "动态调整"))
    q = c.pick(("第一季度", "第二季度", "第三季度", "第四季度", f"{c.when.month}月份"))
    org = f"{c.p.county}{town}人民政府" if c.chance(0.5) else f"{c.p.county}民政局"
    c.add(f"{town}{c.when.year}年{q}农村最低生活保障{mode}{c.pick(('情况公示', '名单公示', '结果公示'))}\n")
    c.meta(org)
    c.add(
        f"根据《{c.p.province}最低生活保障审核确认办法》，经{c.pick(('村（居）民委员会入户调查', '民主评议', '乡镇审核'))}、{c.p.county}民政局审核确认，现将{c.pick(('增加', '新增', '调整'))}、减少及停保对象名单公示如下，公示期七天。\n\n"
    )
    headers = [
        "序号",
        lbl(c, "户主姓名", "户主", "姓名"),
        lbl(c, "身份证号码", "公民身份号码", "身份证号"),
        lbl(c, "家庭住址", "住址", "所在村组"),
        lbl(c, "保障人数", "人数"),
        lbl(c, "月保障金（元）", "保障金额"),
        lbl(c, "原因", "变动原因", "备注"),
    ]
    show_card = c.chance(0.4)
    if show_card:
        headers.append(lbl(c, "一卡通账号", "发放账号", "社保卡银行账号"))
    sections = (
        (("增加", "新增"), ("减少", "调减"), ("停保", "停发"))
        if mode == "动态调整"
        else (("继续保障", "续保"), ("调整保障金额", "调档"), ("停保", "退出"))
    )
    later: list[tuple[str, str]] = []
    for si, (sec, _alt) in enumerate(sections):
        c.add(f"{cnum(si + 1)}、{sec}{c.pick(('对象', '名单', '户'))}\n")
        rows: list[list[Cell]] = []
        for i in range(c.r(1, 5)):
            p = c.person(30, 90, old15=0.25)
            roll = c.r(0, 5)
            why: Cell
            if sec in ("增加", "继续保障") and roll < 4:
                ill = c.pick(HEALTH_ILL) if roll < 3 else dis_phrase(c)
                why = [
                    (None, c.pick(("户主患", "本人患", "因", "配偶患", "家庭成员患"))),
                    ("health", ill),
                    (None, c.pick(("，丧失劳动能力", "，医疗支出大", "致贫", ""))),
                ]
                later.append((p.name, ill))
            elif sec == "停保" and roll < 2:
                why = P(c.pick(("户主死亡", "本人死亡，单人户注销", "保障对象去世")))
            elif sec == "停保" and roll < 4:
                why = P(
                    c.pick(
                        ("家庭人均收入超过保障标准", "购置小轿车一辆", "子女务工收入增加", "拒不配合入户调查")
                    )
                )
            elif roll < 3:
                ill = c.pick(HEALTH_ILL)
                why = [
                    (None, "子女"),
                    ("health", ill),
                    (None, "治愈后收入增加") if c.chance(0.3) else (None, "住院，医疗支出增加"),
                ]
            else:
                why = P(c.pick(("家庭人口减少", "家庭收入变化", "年审复核", "享受其他救助")))
            row: list[Cell] = [
                P(str(i + 1)),
                N(p.name),
                c.id_cell(p),
                K("address", c.rural_address()),
                P(str(c.r(1, 6))),
                P(str(c.r(180, 2400))),
                why,
            ]
            if show_card:
                row.append(c.bank_card() if c.chance(0.8) else P(c.junk(16, 19)))
            rows.append(row)
        table(c, headers, rows)
        c.add("\n")
    if later and c.chance(0.6):
        nm, ill = later[0]
        c.add("其中，")
        c.put("name", nm)
        c.add("户因")
        c.put("health", ill)
        c.add(f"长期治疗，经研究同时纳入{c.pick(('临时救助', '医疗救助', '分类施保'))}范围。\n")
    c.add(
        f"\n如对公示对象有异议，请在公示期内向{town}社会事务办或{c.p.county}民政局反映，也可拨打12345政务服务便民热线。\n"
    )
    c.footer(org)
    return c.d


def dis_phrase(c: Ctx) -> str:
    cat = c.pick(DIS_CAT)
    g = c.pick("一二三四")
    return c.pick((f"{cat}残疾{g}级", f"{g}级{cat}残疾", f"{cat}{g}级", f"{cat}残疾（{g}级）"))


# --- 4 残疾人名单 --------------------------------------------------------------------------------------
def doc_disabled(c: Ctx) -> Doc:
    sub = c.pick(
        ("困难残疾人生活补贴和重度残疾人护理补贴", "残疾人托养服务补贴", "残疾人就业扶持", "残疾人两项补贴")
    )
    org = f"{c.p.county}残疾人联合会"
    c.add(
        f"关于{c.when.year}年{c.pick(('第一批', '第二批', '第三批', f'{c.when.month}月'))}{sub}新增人员名单的公示\n"
    )
    c.meta(org)
    c.add(
        f"根据{c.pick(('《残疾人保障法》', '相关文件精神', '《关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》'))}，经本人申请、{c.pick(('乡镇（街道）审核', '村（社区）初审、乡镇复核'))}、县残联审定，现将新增人员名单予以公示。\n"
    )
    rows: list[list[Cell]] = []
    extra = c.pick(("guardian", "unit", "way", "money"))
    for i in range(c.r(3, 8)):
        p = c.person(6, 80)
        row: list[Cell] = [
            P(str(i + 1)),
            N(p.name),
            P(sexw(p)),
            c.id_cell(p),
            K("health", dis_phrase(c)),
            K("address", c.address(0.6)),
        ]
        if extra == "guardian":
            g = c.person(30, 70)
            row += [N(g.name), c.phone(0.2)]
        elif extra == "unit":
            row += [
                P(
                    c.pick(("福利企业", "盲人按摩店", "社区公益岗", "农业合作社", "电商服务站"))
                    + f"（{c.pick(c.p.towns)}）"
                ),
                P(c.pick(("保洁员", "按摩师", "仓管", "客服", "门卫"))),
            ]
        elif extra == "way":
            row += [
                P(c.pick(("居家托养", "日间照料", "寄宿制托养"))),
                P(f"{c.p.county}{c.pick(('阳光家园', '康复托养中心', '残疾人之家'))}"),
            ]
        else:
            row += [P(c.pick(("生活补贴", "护理补贴", "生活补贴+护理补贴"))), P(f"{c.r(60, 300)}元/月")]
        rows.append(row)
    headers = [
        "序号",
        lbl(c, "姓名", "残疾人姓名"),
        "性别",
        lbl(c, "身份证号", "证件号码"),
        lbl(c, "残疾类别及等级", "残疾类别等级", "残疾情况"),
        lbl(c, "住址", "家庭住址", "现居住地"),
    ]
    headers += {
        "guardian": [lbl(c, "监护人", "监护人姓名", "代理人"), lbl(c, "联系电话", "监护人电话")],
        "unit": ["就业单位", "岗位"],
        "way": ["托养方式", "托养机构"],
        "money": ["补贴类别", "标准"],
    }[extra]
    table(c, headers, rows)
    if extra == "guardian" and c.chance(0.5):
        r0 = rows[0]
        c.add("\n注：")
        c.d.cell(r0[1])
        c.add("为无民事行为能力人，其补贴由监护人")
        c.d.cell(r0[6])
        c.add("代为领取。\n")
    c.add(
        f"\n公示期为{c.pick(('5', '7', '五', '七'))}个工作日。对公示对象有异议的，请向{org}康复部（教育就业部）反映。\n"
    )
    c.footer(org)
    return c.d


# --- 5 行政处罚决定书 ----------------------------------------------------------------------------------
def doc_penalty(c: Ctx) -> Doc:
    fire = c.chance(0.5)
    org = f"{c.p.county}消防救援大队" if fire else f"{c.p.county}应急管理局"
    no = (
        f"{c.p.short}消行罚决字〔{c.when.year}〕{c.r(1, 200):04d}号"
        if fire
        else f"{c.p.short}应急罚〔{c.when.year}〕{c.r(1, 99)}号"
    )
    owner = c.person(24, 66)
    shop = c.pick(
        (owner.name[0] + "记", "老" + owner.name[0] + "家", "鑫盛", "兴旺", "顺发", "红红火火", "好运来")
    ) + c.pick(("副食店", "烧烤店", "汽修店", "小吃店", "烟花爆竹零售点", "五金店", "歌厅", "民宿", "加工坊"))
    c.add(f"{org}\n行政处罚决定书\n{no}\n\n")
    style = c.r(0, 1)
    c.kv("被处罚人", f"{c.p.county}{c.pick(c.p.towns)}{shop}（个体工商户）" if style else shop)
    c.kv(c.pick(("统一社会信用代码", "社会信用代码")), c.credit_code("92"))
    c.kv(c.pick(("经营者", "经营者姓名", "负责人")), N(owner.name), c.pick(("  ", "\n")))
    if c.chance(0.6):
        c.kv("性别", sexw(owner), "  ")
        c.kv("出生日期", f"{owner.born.year}年{owner.born.month}月{owner.born.day}日")
    c.kv(c.pick(("身份证号码", "公民身份号码", "证件号码")), c.id_cell(owner, force=c.chance(0.5)))
    c.kv(c.pick(("经营场所", "经营地址", "场所地址")), c.shop_place())
    c.kv(c.pick(("住址", "家庭住址", "户籍地址")), K("address", c.address()))
    if c.chance(0.7):
        c.kv("联系电话", c.phone(0.2))
    c.add("\n")
    if fire:
        found = c.pick(
            (
                "疏散通道堆放杂物",
                "消防设施、器材未保持完好有效",
                "电动自行车在室内充电",
                "生产储存经营场所与居住场所设置在同一建筑物内",
            )
        )
        law = "《中华人民共和国消防法》第六十条第一款第三项"
    else:
        found = c.pick(
            (
                "未建立安全生产教育和培训档案",
                "使用不合格燃气软管",
                "从业人员未经安全培训上岗",
                "未按规定储存危险化学品",
            )
        )
        law = "《中华人民共和国安全生产法》第九十七条"
    c.add(
        f"{c.date()}，本{'大队' if fire else '局'}执法人员{c.official()}、{c.official()}（执法证号{c.r(43000000, 43999999)}）对你{'店' if c.chance(0.5) else '处'}进行检查，发现{found}。"
    )
    if c.chance(0.35):
        c.add("现场停放的")
        c.d.cell(c.plate())
        c.add("号牌车辆占用消防车通道。")
    c.add("以上事实有现场检查记录、询问笔录、照片等证据证实。\n经询问，经营者")
    c.put("name", owner.name)
    c.add(
        f"对违法事实无异议。\n依据{law}之规定，决定给予{c.pick(('警告，并处', ''))}罚款人民币{c.pick(('伍佰', '贰仟', '伍仟', '壹万'))}元整的行政处罚。\n"
    )
    c.add(
        f"履行方式和期限：被处罚人应于收到本决定书之日起十五日内，将罚款缴至{c.pick(('代收银行', '非税收入汇缴账户', '指定银行'))}（账号{c.junk(16, 20)}）。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
    )
    c.add(
        f"如不服本决定，可在收到本决定书之日起六十日内依法向{c.p.county}人民政府申请行政复议，或者在六个月内依法向{c.p.county}人民法院提起行政诉讼。\n"
    )
    if c.chance(0.4):
        c.add("送达：已于当日由经营者")
        c.put("name", owner.name)
        c.add("签收。\n")
    c.footer(org, contact=c.chance(0.4))
    return c.d


# --- 6 学生体检 / 营养监测 ---------------------------------------------------------------------------------
def doc_student(c: Ctx) -> Doc:
    school = c.pick(
        (
            f"{c.p.county}第{c.pick('一二三四五')}中学",
            f"{c.pick(c.p.towns)}中心小学",
            f"{c.p.county}实验小学",
            f"{c.pick(c.p.towns)}九年一贯制学校",
            f"{c.p.county}民族中学",
        )
    )
    nutri = c.chance(0.4)
    title = (
        "农村义务教育学生营养改善计划营养健康监测异常情况通报"
        if nutri
        else c.pick(("学生健康体检异常结果通报", "学生体检异常情况告家长书", "学生常见病筛查异常名单"))
    )
    c.add(f"{school}\n{c.when.year}年{c.pick(('春季', '秋季'))}{title}\n\n")
    c.add(
        f"各位家长：\n本学期{c.pick(('县疾控中心', '县妇幼保健院', '乡镇卫生院'))}对我校学生进行了{'营养健康监测' if nutri else '健康体检'}，现将检查发现异常的学生名单通报如下，请家长带孩子到正规医疗机构复查。\n"
    )
    rows: list[list[Cell]] = []
    kids: list[tuple[Person, str, str]] = []
    for i in range(c.r(4, 9)):
        par = c.name(not c.chance(0.4))
        k = c.person(6, 15, kid=True, surname=surname_of(par) if c.chance(0.6) else None)
        grade = c.pick(("一", "二", "三", "四", "五", "六", "七", "八", "九"))
        cls = f"{grade}年级{c.lp}{c.r(1, 8)}{c.rp}班" if c.chance(0.6) else f"{grade}.{c.r(1, 8)}班"
        find = c.pick(STUDENT_FINDINGS)
        cells: list[Cell] = [P(str(i + 1)), P(cls), N(k.name), P(sexw(k))]
        if nutri:
            h = c.r(110, 170)
            cells += [P(f"{h}"), P(f"{c.r(18, 70)}.{c.r(0, 9)}")]
        cells += [K("health", find), N(par), c.mobile()]
        rows.append(cells)
        kids.append((k, par, find))
    headers = ["序号", "班级", lbl(c, "学生姓名", "姓名", "学生"), "性别"]
    if nutri:
        headers += ["身高（cm）", "体重（kg）"]
    headers += [
        lbl(c, "异常项目", "体检异常", "检查结果", "监测结果"),
        lbl(c, "家长", "家长姓名", "监护人"),
        lbl(c, "家长电话", "联系电话", "手机"),
    ]
    table(c, headers, rows)
    if c.chance(0.6):
        k, par, find = kids[-1]
        c.add("\n特别提醒：")
        c.put("name", k.name)
        c.add("同学")
        c.put("health", find)
        c.add("，请家长")
        c.put("name", par)
        c.add(f"于{c.pick(('一周', '两周', '本月'))}内带其复查，并将复查结果交班主任。\n")
    c.add(f"\n校医室{c.colon}{c.official()}（校医） 电话{c.colon}{c.office_phone()}\n")
    c.footer(school, contact=False)
    return c.d


# --- 7 招生摇号 / 随迁子女 ------------------------------------------------------------------------------
def doc_enrol(c: Ctx) -> Doc:
    lottery = c.chance(0.45)
    org = (
        f"{c.p.county}教育局"
        if c.chance(0.5)
        else f"{c.p.county}{c.pick(('第二实验小学', '城关中学', '育才学校', '外国语学校'))}"
    )
    title = (
        c.pick(("义务教育学校招生电脑派位（摇号）结果公示", "民办义务教育学校摇号录取名单"))
        if lottery
        else c.pick(
            (
                "进城务工人员随迁子女入学资格审核结果公示",
                "随迁子女义务教育入学审核结果",
                "新生入学材料审核结果公示",
            )
        )
    )
    c.add(f"{c.p.county}{c.when.year}年{title}\n")
    c.meta(org)
    if lottery:
        c.add(
            f"{c.date()}上午，在{c.p.county}公证处公证人员和家长代表监督下，对报名人数超过招生计划的学校进行了电脑随机摇号，结果如下：\n"
        )
        rows: list[list[Cell]] = []
        for i in range(c.r(5, 10)):
            gname = c.name(c.chance(0.5))
            k = c.person(6, 12, kid=True, surname=surname_of(gname) if c.chance(0.7) else None)
            rows.append(
                [
                    P(str(i + 1)),
                    P(f"{c.when.year}{c.r(1, 9999):05d}"),
                    N(k.name),
                    P(sexw(k)),
                    P(f"{k.born:%Y-%m-%d}" if c.chance(0.5) else f"{k.born.year}.{k.born.month}"),
                    N(gname),
                    P(c.pick(("录取", "录取", "未录取", "候补"))),
                ]
            )
        table(
            c,
            [
                "摇号序号",
                lbl(c, "报名号", "报名编号"),
                lbl(c, "学生姓名", "姓名"),
                "性别",
                "出生日期",
                lbl(c, "监护人", "家长"),
                "结果",
            ],
            rows,
        )
    else:
        c.add("经审核，以下学生材料齐全、符合条件（或不符合条件原因见备注）：\n")
        rows = []
        for i in range(c.r(3, 8)):
            g = c.person(28, 50, code=c.pick(PLACES).code)
            k = c.person(
                6, 13, kid=True, code=g.idn[:6], surname=surname_of(g.name) if c.chance(0.7) else None
            )
            ok = c.chance(0.75)
            house = c.chance(0.4)
            rows.append(
                [
                    P(str(i + 1)),
                    P(f"BM{c.when.year}{c.r(1, 99999):05d}"),
                    N(k.name),
                    c.id_cell(k),
                    N(g.name),
                    P(c.pick(("母亲", "外婆")) if g.female else c.pick(("父亲", "父亲", "祖父"))),
                    K("address", c.urban_address() if house else c.address(0.2)),
                    P("房产" if house else "居住证"),
                    [(None, "通过（监护人持台胞证"), *c.tw_permit(True), (None, "）")]
                    if ok and c.chance(0.1)
                    else [(None, "通过（监护人持回乡证"), *c.hk_permit(False), (None, "）")]
                    if ok and c.chance(0.1)
                    else P(
                        "通过"
                        if ok
                        else c.pick(("居住证办理不满一年", "社保缴纳月数不足", "房产证明与实际居住地不一致"))
                    ),
                ]
            )
        table(
            c,
            [
                "序号",
                lbl(c, "报名号", "申请编号"),
                lbl(c, "学生姓名", "儿童姓名"),
                lbl(c, "学生身份证号", "身份证号"),
                lbl(c, "监护人", "监护人姓名"),
                "关系",
                lbl(c, "居住地址", "居住证地址/房产地址", "实际居住地址"),
                lbl(c, "材料类型", "依据"),
                lbl(c, "审核结果", "备注"),
            ],
            rows,
        )
    c.add(
        f"\n对结果有异议的，请于{c.pick(('3', '三', '5'))}个工作日内到{org}{c.pick(('基础教育股', '招生办公室'))}反映。\n"
    )
    c.footer(org)
    return c.d


# --- 8 社区矫正宣告 ------------------------------------------------------------------------------------
CRIMES = (
    "盗窃罪",
    "危险驾驶罪",
    "交通肇事罪",
    "诈骗罪",
    "故意伤害罪",
    "帮助信息网络犯罪活动罪",
    "非法采矿罪",
    "开设赌场罪",
    "滥伐林木罪",
)


def doc_correction(c: Ctx) -> Doc:
    town = c.pick(c.p.towns)
    sfs = f"{c.p.county}司法局{town}司法所"
    end = c.chance(0.5)
    batch = c.chance(0.35)
    c.add(f"{sfs}\n{'解除社区矫正宣告书' if end else '社区矫正宣告书'}{'（汇总公告）' if batch else ''}\n")
    c.add(c.docno("司矫宣") + "\n\n")
    if batch:
        c.add(
            f"根据《中华人民共和国社区矫正法》第{'四十四' if end else '二十一'}条，{c.date()}{sfs}对下列社区矫正对象{'宣告解除社区矫正' if end else '进行入矫宣告'}：\n"
        )
        rows: list[list[Cell]] = []
        for i in range(c.r(3, 7)):
            p = c.person(19, 70, old15=0.2)
            rows.append(
                [
                    P(str(i + 1)),
                    N(p.name),
                    P(sexw(p)),
                    c.id_cell(p),
                    P(c.pick(CRIMES)),
                    P(c.pick(("缓刑", "管制", "假释", "暂予监外执行"))),
                    P(
                        f"{c.when.year - c.r(0, 2)}.{c.r(1, 12)}.{c.r(1, 28)}—{c.when.year + c.r(0, 2)}.{c.r(1, 12)}.{c.r(1, 28)}"
                    ),
                ]
            )
        table(
            c,
            [
                "序号",
                "姓名",
                "性别",
                lbl(c, "身份证号码", "公民身份号码"),
                "罪名",
                lbl(c, "矫正类别", "类别"),
                "矫正期限",
            ],
            rows,
        )
    else:
        p = c.person(19, 70, old15=0.2)
        c.add("社区矫正对象")
        c.put("name", p.name)
        c.add(
            f"，{sexw(p)}，{p.born.year}年{p.born.month}月{p.born.day}日出生，{ethnic(c, p.name)}，身份证号"
        )
        c.d.cell(c.id_cell(p))
        c.add("，户籍地")
        addr = c.address()
        c.put("address", addr)
        if c.chance(0.5):
            c.add("，居住地")
            c.put("address", c.address())
        c.add(
            f"。因犯{c.pick(CRIMES)}，于{c.date(c.when - dt.timedelta(days=c.r(60, 800)))}经{c.p.county}人民法院以{c.case_no('刑初')}刑事判决书判处有期徒刑{c.pick(('六个月', '一年', '一年六个月', '二年'))}，缓刑{c.pick(('一年', '二年', '三年'))}。社区矫正期限自{c.date(c.when - dt.timedelta(days=c.r(300, 700)))}起至{c.date()}止。\n"
        )
        if end:
            c.add("矫正期间，")
            c.put("name", p.name)
            c.add(
                f"{c.pick(('能够遵守法律法规和监督管理规定', '认罪悔罪，积极参加公益活动', '服从监督管理'))}，矫正期满，依法宣告解除社区矫正。\n"
            )
        else:
            c.add("现宣告如下：一、社区矫正对象")
            c.put("name", p.name)
            c.add(
                "应当遵守法律、行政法规，履行判决确定的义务；二、按规定报告、会客、外出、迁居；三、定期参加教育学习。\n"
            )
        c.add(
            f"宣告人{c.colon}司法所所长 {c.official()}\n到场人员：村（居）委会代表 {c.official()}，矫正小组成员 {c.official()}\n"
        )
        if c.chance(0.4):
            c.add("社区矫正对象签名：")
            c.put("name", p.name)
            c.add("\n")
    c.footer(sfs, contact=c.chance(0.5))
    return c.d


# --- 9 征兵政审 / 退役士兵安置 ---------------------------------------------------------------------------
def doc_military(c: Ctx) -> Doc:
    recruit = c.chance(0.55)
    org = f"{c.p.county}人民政府征兵办公室" if recruit else f"{c.p.county}退役军人事务局"
    if recruit:
        c.add(f"{c.p.county}{c.when.year}年{c.pick(('上半年', '下半年', ''))}征兵政治考核合格人员名单公示\n")
        c.meta(org)
        c.add(
            "根据《征兵政治考核工作规定》，经体格检查、政治考核，以下人员政治考核合格，现予公示，接受社会监督。\n"
        )
        rows: list[list[Cell]] = []
        notes: list[tuple[str, str, Cell]] = []
        for i in range(c.r(4, 9)):
            p = c.person(17, 23, female=c.chance(0.15))
            roll = c.r(0, 9)
            if roll == 0:
                notes.append((p.name, "持往来港澳通行证", c.hk_permit(True)))
            elif roll == 1:
                notes.append((p.name, "持往来台湾通行证", c.tw_permit(False)))
            elif roll == 2:
                notes.append((p.name, "持普通护照", c.passport()))
            rows.append(
                [
                    P(str(i + 1)),
                    N(p.name),
                    P(sexw(p)),
                    P(f"{p.born.year}.{p.born.month:02d}"),
                    c.id_cell(p),
                    P(c.pick(("高中", "大专", "本科", "大学在校", "中专"))),
                    K("address", c.rural_address() if c.chance(0.7) else c.urban_address()),
                    P(c.pick(("应届毕业生", "在校生", "社会青年"))),
                ]
            )
        table(
            c,
            [
                "序号",
                "姓名",
                "性别",
                lbl(c, "出生年月", "出生日期"),
                lbl(c, "身份证号", "公民身份号码"),
                lbl(c, "文化程度", "学历"),
                lbl(c, "家庭住址", "户籍所在地", "家庭地址"),
                "类别",
            ],
            rows,
        )
        for nm, what, doc_no in notes:
            c.add("政审备注：")
            c.put("name", nm)
            c.add(what + c.lp + "号码")
            c.d.cell(doc_no)
            c.add(c.rp)
            c.add(
                f"，{c.pick(('有赴港澳旅游出入境记录', '曾出境探亲', '出境记录已核实'))}，经核查无影响入伍情形。\n"
            )
    else:
        c.add(
            f"{c.p.county}{c.when.year}年度退役士兵{c.pick(('安排工作', '安置', '岗位分配'))}{c.pick(('结果公示', '名单公告'))}\n"
        )
        c.meta(org)
        c.add(
            f"根据《退役军人安置条例》，经考试考核、选岗，现将{c.when.year}年度符合安排工作条件的退役士兵安置去向公示如下：\n"
        )
        rows = []
        for i in range(c.r(3, 8)):
            p = c.person(22, 40, female=c.chance(0.1))
            rows.append(
                [
                    P(str(i + 1)),
                    N(p.name),
                    P(sexw(p)),
                    c.id_cell(p),
                    P(f"{c.r(2008, 2018)}.09"),
                    P(f"{c.r(2020, 2024)}.{c.pick(('03', '09', '12'))}"),
                    P(c.pick(("士官", "上士", "中士", "四级军士长"))),
                    P(
                        f"{c.p.county}{c.pick(('城市管理执法局', '供电公司', '自来水公司', '公共交通公司', '烟草专卖局', '林业站'))}"
                    ),
                    K("address", c.rural_address()),
                ]
            )
        table(
            c,
            [
                "序号",
                "姓名",
                "性别",
                lbl(c, "身份证号", "身份证号码"),
                "入伍时间",
                "退役时间",
                lbl(c, "退役时军衔", "职务等级"),
                lbl(c, "安置单位", "安置去向"),
                lbl(c, "家庭住址", "户籍地址"),
            ],
            rows,
        )
    c.add(f"\n公示时间{c.colon}{c.date()}至{c.date(c.when + dt.timedelta(days=7))}。如有异议请实名反映。\n")
    c.footer(org)
    return c.d


# --- 10 村务财务公开 -----------------------------------------------------------------------------------
def doc_village(c: Ctx) -> Doc:
    town = c.pick(c.p.towns)
    vil = c.pick(VILLAGES) + "村"
    q = c.pick(("第一季度", "第二季度", "第三季度", "第四季度", "上半年"))
    c.add(f"{town}{vil}{c.when.year}年{q}村级财务收支公开\n\n")
    sec = c.official()
    head = c.official()
    sup = c.official()
    acct = c.official()
    c.add(f"为落实村务公开制度，经村务监督委员会审核，现将本村{q}财务收支情况公开如下。\n")
    rows: list[list[Cell]] = []
    villagers: list[str] = []
    for _ in range(c.r(5, 10)):
        d = c.when - dt.timedelta(days=c.r(0, 90))
        who = c.name()
        villagers.append(who)
        what = c.pick(
            (
                "清理水渠务工费",
                "修路运输费",
                "购买办公用品",
                "慰问困难户",
                "土地流转费",
                "防汛值守补助",
                "垃圾清运费",
                "材料费",
            )
        )
        summary: Cell = (
            [(None, f"支付{'' if c.chance(0.5) else '村民'}"), ("name", who), (None, what)]
            if c.chance(0.6)
            else P(what)
        )
        payee: Cell = N(who)
        approver: Cell = P(c.pick((f"村主任{head}", f"{head}（村主任）", f"书记{sec}", head)))
        rows.append(
            [
                P(f"{d.month}月{d.day}日"),
                P(f"记-{c.r(1, 99):03d}"),
                summary,
                P(f"{c.r(80, 26000)}.{c.r(0, 99):02d}"),
                payee,
                approver,
            ]
        )
    if c.chance(0.5):
        who = c.name()
        villagers.append(who)
        rows.append(
            [
                P(f"{c.when.month}月{c.r(1, 28)}日"),
                P(f"记-{c.r(1, 99):03d}"),
                [(None, "收到"), ("name", who), (None, "缴纳集体土地承包费")],
                P(f"{c.r(500, 9000)}.00"),
                N(who),
                P(acct),
            ]
        )
    table(
        c,
        [
            lbl(c, "日期", "时间"),
            lbl(c, "凭证号", "单据号"),
            lbl(c, "摘要", "事由"),
            lbl(c, "金额（元）", "金额"),
            lbl(c, "报销人", "经手人", "领款人"),
            lbl(c, "审批人", "批准人"),
        ],
        rows,
    )
    if c.chance(0.5):
        who = c.pick(villagers)
        c.add(f"\n注：{c.pick(('务工费', '补助'))}已转入")
        c.put("name", who)
        c.add("本人银行卡（")
        c.d.cell(c.bank_card())
        c.add("）。\n")
    if c.chance(0.4):
        c.add(f"\n本期签订合同：{vil}集体林地承包合同（合同编号{c.junk()}），承包方")
        who = c.name()
        c.put("name", who)
        c.add(f"，年租金{c.r(2000, 40000)}元。\n")
    c.add(
        f"\n本期收入合计{c.r(20000, 300000)}.{c.r(0, 99):02d}元，支出合计{c.r(10000, 200000)}.{c.r(0, 99):02d}元。村民对公开内容有疑问的，可向村务监督委员会询问。\n"
    )
    c.add(
        f"\n村党支部书记{c.colon}{sec}  村委会主任{c.colon}{head}\n村务监督委员会主任{c.colon}{sup}  报账员{c.colon}{acct}\n"
    )
    c.footer(f"{vil}村民委员会", contact=False)
    return c.d


# --- 11 12345 工单 -------------------------------------------------------------------------------------
def doc_hotline(c: Ctx) -> Doc:
    org = f"{c.p.county}12345政务服务便民热线办公室" if c.chance(0.6) else f"{c.p.county}人民政府办公室"
    c.add(f"{c.p.county}12345热线{c.when.year}年{c.when.month}月工单办理情况通报\n")
    c.add(c.docno("热线通") + "\n\n")
    c.add(
        f"{c.when.month}月，12345热线共受理群众诉求{c.r(2000, 19000)}件，办结率{c.r(95, 99)}.{c.r(0, 9)}%，满意率{c.r(90, 99)}.{c.r(0, 9)}%。现将部分典型工单办理情况通报如下：\n\n"
    )
    for i in range(c.r(3, 5)):
        c.add(f"{c.pick(('工单', '案例'))}{cnum(i + 1)}\n")
        c.kv(
            "工单编号",
            c.pick(
                (
                    c.junk(16, 20),
                    f"GD{c.when.year}{c.r(1, 99999999):08d}",
                    f"{c.when:%Y%m%d}{c.r(1, 9999):04d}",
                )
            ),
        )
        anon = c.chance(0.25)
        caller = c.name()
        if anon:
            sur = surname_of(caller)
            c.kv("来电人", f"{sur}{c.pick(('女士', '先生'))}" if sur else c.pick(("匿名", "不愿透露姓名")))
            c.used.discard(caller)
        else:
            c.kv(c.pick(("来电人", "诉求人", "来电人姓名")), N(caller), c.pick(("  ", "\n")))
        if c.chance(0.8):
            c.kv(c.pick(("来电号码", "联系电话", "联系方式")), c.phone(0.15))
        if c.chance(0.2):
            c.kv("电子邮箱", c.email())
        if c.chance(0.75):
            c.kv(c.pick(("住址", "来电人住址", "家庭住址")), K("address", c.address(0.3)))
        c.add(c.pick(("诉求内容", "反映问题", "来电内容")) + c.colon)
        topic = c.r(0, 4)
        nb = c.name(False if topic == 3 else None)
        if topic == 0:
            c.add("反映同楼层邻居")
            c.put("name", nb)
            c.add("在楼道长期堆放杂物，并将电动车推入电梯充电，多次沟通无果，存在消防隐患。")
        elif topic == 1:
            c.add("反映邻居")
            c.put("name", nb)
            c.add("的车辆（")
            c.d.cell(c.plate())
            c.add("）长期占用小区消防通道，请求处理。")
        elif topic == 2:
            c.add("反映其饲养的犬只咬伤邻居")
            c.put("name", nb)
            c.add("，致")
            c.put("health", c.pick(INJURIES))
            c.add("，双方就赔偿问题产生纠纷，请求调解。" if anon else "")
            if not anon:
                c.add("，来电人")
                c.put("name", caller)
                c.add("表示愿意协商赔偿，请求社区调解。")
        elif topic == 3:
            c.add("称其父亲")
            c.put("name", nb)
            c.add("患")
            c.put("health", c.pick(("阿尔茨海默病", "脑梗死后遗症", "尿毒症", "肺癌", "精神分裂症")))
            c.add("，家庭困难，咨询申请低保及临时救助的条件。")
        else:
            c.add("反映楼上住户")
            c.put("name", nb)
            c.add("家装修时破坏承重墙，夜间施工噪音扰民。")
        c.add("\n")
        c.kv(
            c.pick(("承办单位", "办理单位")),
            f"{c.p.county}{c.pick(('住房和城乡建设局', '公安局交通警察大队', '民政局', '城市管理局', '消防救援大队'))}、{c.pick(c.p.towns)}",
        )
        c.add(f"办理情况{c.colon}承办单位于{c.date()}联系来电人")
        if not anon:
            c.put("name", caller)
        c.add(
            f"，{c.pick(('已督促当事人整改到位', '已现场调解，双方达成一致', '已告知申请流程并受理', '已立案调查'))}。来电人对办理结果{c.pick(('表示满意', '基本满意', '不满意，已退回重办'))}。\n\n"
        )
    c.add("各承办单位要严格落实首接负责制，工单办理情况纳入年度绩效考核。群众可拨打12345反映诉求。\n")
    c.footer(org)
    return c.d


# --- 12 保障性租赁住房资格复核 ---------------------------------------------------------------------------
def doc_rental(c: Ctx) -> Doc:
    org = f"{c.p.county}住房和城乡建设局" if c.chance(0.6) else f"{c.p.county}住房保障服务中心"
    c.add(
        f"{c.p.county}{c.when.year}年{c.pick(('第一批', '第二批', '第三批', '年度'))}保障性租赁住房{c.pick(('承租资格复核结果', '资格年度复核情况', '资格复核名单'))}公示\n"
    )
    c.meta(org)
    c.add(
        "根据《关于加快发展保障性租赁住房的实施意见》，我局对已承租保障性租赁住房的家庭进行了资格复核，结果公示如下：\n\n"
    )
    form = c.chance(0.45)
    rows: list[list[Cell]] = []
    for i in range(c.r(2, 5) if form else c.r(3, 7)):
        a = c.person(23, 55)
        spouse = c.person(23, 55, female=not a.female) if c.chance(0.6) else None
        head = a if not a.female or c.chance(0.2) else (spouse or a)
        kids = (
            [c.person(1, 17, kid=True, surname=surname_of(head.name)) for _ in range(c.r(0, 2))]
            if spouse
            else []
        )
        unit = f"{c.p.county}{c.pick(('金桥', '宏远', '立信', '远航', '瑞丰'))}{c.pick(('电子科技有限公司', '物流有限公司', '医院', '中学', '商贸有限公司'))}"
        home = c.urban_address() if c.chance(0.8) else c.rural_address()
        flat = f"{c.pick(ESTATES)}{c.r(1, 12)}栋{c.r(1, 3)}单元{c.r(1, 18)}{c.r(1, 4):02d}室"
        result = c.pick(
            ("符合", "符合", "符合", "不符合（家庭购置住房）", "不符合（收入超标）", "符合，继续保障")
        )
        if form:
            c.add(f"{cnum(i + 1)}、")
            c.kv(c.pick(("申请人", "主申请人", "承租人")), N(a.name), "  ")
            if c.chance(0.2):
                kind = c.r(0, 2)
                label = ("台湾居民来往大陆通行证", "港澳居民来往内地通行证", "护照（定居国外）")[kind]
                c.kv("证件类型", label, "  ")
                c.kv("证件号码", (c.tw_permit(True), c.hk_permit(False), c.passport())[kind])
            else:
                c.kv("身份证号", c.id_cell(a))
            c.kv("工作单位", unit)
            if spouse:
                c.add(f"共同申请人{c.colon}")
                c.put("name", spouse.name)
                c.add(f"{c.paren('配偶')} ")
                c.d.cell(c.id_cell(spouse))
                for kd in kids:
                    c.add("、")
                    c.put("name", kd.name)
                    c.add(c.paren(c.pick(("子", "女", "儿子", "女儿"))) + " ")
                    c.d.cell(c.id_cell(kd))
                c.add("\n")
            c.kv(c.pick(("现住址", "现居住地址", "配租房源")), K("address", flat if c.chance(0.5) else home))
            if c.chance(0.4):
                c.kv("联系电话", c.phone(0.1), "  ")
                if c.chance(0.4):
                    c.kv("电子邮箱", c.email())
                else:
                    c.add("\n")
            c.kv("租赁合同编号", c.junk(16, 20) if c.chance(0.6) else f"BZF-{c.when.year}-{c.r(1, 999):04d}")
            c.kv("复核结果", result)
            c.add("\n")
        else:
            mates: Cell = []
            if spouse:
                mates = [("name", spouse.name), (None, "（配偶）")]
                for kd in kids:
                    mates += [(None, "、"), ("name", kd.name), (None, "（子女）")]
            rows.append(
                [
                    P(str(i + 1)),
                    N(a.name),
                    c.id_cell(a)
                    if c.chance(0.88)
                    else c.pick((c.tw_permit(True), c.hk_permit(False), c.passport())),
                    mates or P("无"),
                    P(unit),
                    K("address", home),
                    P(str(1 + (1 if spouse else 0) + len(kids))),
                    P(result),
                ]
            )
    if not form:
        table(
            c,
            [
                "序号",
                lbl(c, "申请人", "承租人姓名"),
                lbl(c, "身份证号", "证件号码"),
                lbl(c, "共同申请人", "家庭成员"),
                lbl(c, "工作单位", "就业单位"),
                lbl(c, "现住址", "现居住地址"),
                "人数",
                lbl(c, "复核结果", "结论"),
            ],
            rows,
        )
    c.add(f"\n公示期{c.pick(('7', '十', '5'))}天。对复核结果有异议的，可书面向{org}提出。\n")
    c.footer(org)
    return c.d


TYPES: dict[str, Callable[[Ctx], Doc]] = {
    "不动产登记公告": doc_realestate,
    "司法拍卖成交确认": doc_auction,
    "农村低保年审调整名单": doc_dibao,
    "残疾人补贴托养就业名单": doc_disabled,
    "个体户行政处罚决定书": doc_penalty,
    "学生体检营养监测异常通报": doc_student,
    "招生摇号随迁子女审核结果": doc_enrol,
    "社区矫正宣告": doc_correction,
    "征兵政审退役安置公示": doc_military,
    "村务财务公开": doc_village,
    "12345工单办理通报": doc_hotline,
    "保障性租赁住房资格复核": doc_rental,
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


def consistent(doc: Doc) -> bool:
    """Spans are non-empty, trimmed and disjoint, and every occurrence of a labelled name is labelled."""
    text = doc.text
    spans = sorted((int(str(s["start"])), int(str(s["end"])), str(s["kind"])) for s in doc.spans)
    for s, e, k in spans:
        if k not in KINDS or e <= s or text[s:e] != text[s:e].strip():
            return False
    for a, b in itertools.pairwise(spans):
        if b[0] < a[1]:
            return False
    names = [(s, e) for s, e, k in spans if k == "name"]
    for nm in {text[s:e] for s, e in names}:
        i = text.find(nm)
        while i >= 0:
            if not any(s <= i and i + len(nm) <= e for s, e in names):
                return False
            i = text.find(nm, i + 1)
    return True


def generate(docs: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    kinds = list(TYPES)
    out: list[dict[str, object]] = []
    for i in range(docs):
        kind = kinds[i % len(kinds)]
        while True:
            doc = TYPES[kind](Ctx(rng, rng.choice(PLACES)))
            if consistent(doc):
                break
        out.append({"type": kind, "text": doc.text, "spans": doc.spans})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    args = ap.parse_args(argv)
    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in generate(args.docs, args.seed))
    if args.output == "-":
        sys.stdout.write(body)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
