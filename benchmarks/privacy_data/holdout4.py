# ruff: noqa: E501
"""Third independent labelled-document generator for the privacy detector (hold-out set 4).

    .venv/bin/python benchmarks/privacy_data/holdout4.py --docs 400 --seed 13 -o /tmp/h4.jsonl

Writes JSON Lines {"type": ..., "text": ..., "spans": [{"kind", "start", "end"}, ...]} with Python str
offsets. Every text is built by appending pieces and recording a span whenever a personal datum is
appended, so labels are exact. Standard library only; the output depends only on --docs and --seed.

Document types (the "type" field):
- 学生资助: 雨露计划 / 营养改善计划 / 寄宿生生活补助 受助学生名单 (students, guardians, school, 家庭住址,
  监护人电话; a minor's data) as tables, numbered lines or prose.
- 优抚抚恤: 退役军人 / 重点优抚对象 / 烈属 定期抚恤补助 发放表 (names, 15- or 18-digit ID, bank cards).
- 残疾人康复: 康复救助 / 辅具适配 名单 with 残疾人证号 (20 digits = 18-digit ID + 类别 + 等级).
- 法院执行: 失信被执行人名单 and 悬赏公告 (被执行人, 申请执行人, ID, last known address, 案号).
- 交警违法: 逾期未处理交通违法 / 机动车 强制报废 公告 (plates, owners, 驾驶证号 = ID).
- 工伤认定: 人社 工伤认定决定书 (职工, ID, injury, employer, address, phone, e-mail).
- 民政登记: 寻亲公告 / 撤销婚姻登记公告 / 收养登记公告 (incl. 护照, 港澳 / 台湾 通行证).
- 征兵体检: 征兵 体检政考 合格 / 不合格 名单.
- 待遇认证: 社保 待遇领取资格认证 / 公积金 提取 公示 (IDs, bank accounts, "已故" status).
- 违建拆除: 城管 / 自然资源 / 生态环境 责令拆除 通知 to a person.
- 证件作废: 出入境 证件作废 公告 (passports, 港澳 and 台湾 通行证).

Labelling policy:
- Labelled: a private person's name (every occurrence), 18-digit IDs (also as 驾驶证号 / 社会保障号码 and
  as the first 18 characters of a 残疾人证号), 15-digit IDs, personal mobiles and home landlines, bank
  cards, personal e-mail, passport / 港澳 / 台湾 通行证 numbers, plates of private vehicles, a person's
  home (or last known) address from its first character as written to its last house-level part
  (号/栋/单元/室/组/队), and illness or disability of a person (the condition phrase only).
- Not labelled: officials acting in their role (局长, 法官, 民警, 经办人, 签发人, 法定代表人 of a company),
  an office's contact person, phone and mailbox at the foot of a notice, 12345, 文号, 索引号, 统一社会信用代码,
  组织机构代码, 案号, order / 受理 / 决定书 numbers (none of which pass the ID, 15-digit ID or Luhn checks),
  numbers with a wrong ID check digit, 20-digit numbers that are not 残疾人证号, dates, amounts, statistics,
  postcodes, place names containing surnames, companies and schools, anonymised names (张某, 王某某), the
  location of a 违法 act or a company, 优抚 categories (病故军人遗属) and statuses (已故, 服刑), "合格".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

# --- regions ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    province: str
    city: str
    county: str
    code: str
    area: str
    postcode: str
    court: str  # 案号 court abbreviation, e.g. 宁0302
    plate: str  # plate prefix, e.g. 宁C
    towns: tuple[str, ...]
    villages: tuple[str, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]


REGIONS: tuple[Region, ...] = (
    Region("宁夏回族自治区", "吴忠市", "利通区", "640302", "0953", "751100", "宁0302", "宁C",
           ("金积镇", "东塔寺乡", "马莲渠乡", "扁担沟镇", "板桥乡", "郭家桥乡"),
           ("马家湾村", "秦渠村", "杨马湖村", "朝阳村", "涝河桥村", "陈木闸村", "早元村"),
           ("开元大道", "明珠路", "裕民街", "利宁街", "世纪大道"),
           ("金水苑", "滨河家园", "朝阳小区", "锦绣华庭", "裕民小区")),
    Region("宁夏回族自治区", "吴忠市", "同心县", "640324", "0953", "751300", "宁0324", "宁C",
           ("豫海镇", "王团镇", "丁塘镇", "韦州镇", "预旺镇", "河西镇"),
           ("南关村", "沟滩村", "何家塬村", "大沟沿村", "田老庄村", "海如村"),
           ("同德街", "豫海北街", "文化街"),
           ("同安小区", "豫海花园", "清真寺小区")),
    Region("宁夏回族自治区", "银川市", "兴庆区", "640104", "0951", "750001", "宁0104", "宁A",
           ("掌政镇", "大新镇", "通贵乡", "月牙湖乡"),
           ("掌政村", "强家庙村", "碱富桥村", "杨家寨村"),
           ("解放东街", "文化西街", "北京东路", "民族北街", "清和南街"),
           ("丽景湾", "紫园", "宝湖湾", "海宝小区", "银古小区")),
    Region("宁夏回族自治区", "固原市", "原州区", "640402", "0954", "756000", "宁0402", "宁D",
           ("三营镇", "头营镇", "彭堡镇", "官厅镇", "张易镇"),
           ("三营村", "马场村", "杨郎村", "彭堡村", "张易村", "闫堡村"),
           ("文化街", "政府街", "中山街"),
           ("东海小区", "九龙小区", "福银佳园")),
    Region("宁夏回族自治区", "中卫市", "中宁县", "640521", "0955", "755100", "宁0521", "宁E",
           ("宁安镇", "鸣沙镇", "石空镇", "白马乡", "恩和镇"),
           ("刘庄村", "黄营村", "鸣沙村", "白马村", "倪丁村"),
           ("长宁街", "枸杞大道", "杞乡大道"),
           ("盛世家园", "杞乡花园", "宁新小区")),
    Region("甘肃省", "临夏回族自治州", "临夏市", "622901", "0930", "731100", "甘2901", "甘N",
           ("折桥镇", "南龙镇", "枹罕镇"),
           ("王坪村", "马家庄村", "尕庄村", "折桥村"),
           ("团结路", "解放路", "红园路"),
           ("凯悦小区", "团结小区", "华龙家园")),
    Region("河南省", "周口市", "郸城县", "411625", "0394", "477150", "豫1625", "豫P",
           ("王庄镇", "宁平镇", "汲冢镇", "秋渠乡", "胡集乡"),
           ("王庄村", "李楼村", "张集村", "孙营村", "刘寨村"),
           ("洺南路", "建设路", "世纪大道"),
           ("东方花园", "锦绣城", "阳光小区")),
    Region("广西壮族自治区", "玉林市", "玉州区", "450902", "0775", "537000", "桂0902", "桂K",
           ("仁东镇", "仁厚镇", "大塘镇", "茂林镇"),
           ("覃塘村", "禤屋村", "鹿峰村", "六新村"),
           ("人民东路", "教育中路", "民主路"),
           ("东城花园", "富林小区", "城西新村")),
    Region("山东省", "济南市", "历下区", "370102", "0531", "250011", "鲁0102", "鲁A",
           ("姚家街道", "龙洞街道", "智远街道"),
           ("姚家庄村", "孟家庄村", "鸡山坡村"),
           ("经十路", "解放路", "文化东路", "和平路"),
           ("山大新村", "燕子山小区", "甸柳庄小区")),
    Region("四川省", "成都市", "锦江区", "510104", "028", "610021", "川0104", "川A",
           ("三圣街道", "柳江街道", "成龙路街道"),
           ("红砂村", "幸福村", "驸马村"),
           ("东大街", "静安路", "锦华路", "水碾河路"),
           ("望江嘉园", "锦城家园", "柳江新居")),
    Region("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "0991", "830000", "新0102", "新A",
           ("燕儿窝街道", "和平路街道", "胜利路街道"),
           ("乔亚村", "燕儿窝村"),
           ("解放南路", "新华南路", "延安路", "和平南路"),
           ("幸福花园", "延安路小区", "南湖北小区")),
    Region("湖南省", "长沙市", "岳麓区", "430104", "0731", "410006", "湘0104", "湘A",
           ("含浦街道", "坪塘街道", "莲花镇", "雨敞坪镇"),
           ("桐木村", "龙洞村", "华山村", "马桥河村"),
           ("麓山路", "桃子湖路", "枫林三路"),
           ("阳光100小区", "湖南大学教工宿舍", "岳麓佳园")),
)  # fmt: skip
NX = REGIONS[:5]

# --- names ------------------------------------------------------------------------------------------
COMMON = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤"
)
RARE = "禤敖佘覃仉亓哈买纳拜妥虎海者喇撒锁脱摆沙穆黑麻达米保咸冶舍把"
COMPOUND = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "慕容",
    "皇甫",
    "司徒",
    "东方",
    "尉迟",
    "端木",
    "公孙",
    "令狐",
    "夏侯",
)
MALE = "伟强军磊洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志文海山福贵成学忠义虎彪晨阳"
FEMALE = "芳娜敏静丽艳娟霞秀英慧巧美玲桂兰红梅琳雪莉倩婷颖萍燕凤洁佳琪欣悦月彤瑶萱妍晶蓉花菊莲梅梦"
MALE2 = (
    "建国",
    "志强",
    "文斌",
    "海军",
    "永福",
    "国庆",
    "晓东",
    "俊杰",
    "子轩",
    "浩然",
    "宇航",
    "明辉",
    "建华",
    "学军",
    "志刚",
    "卫东",
    "春生",
    "德明",
    "振华",
    "成龙",
    "小龙",
    "晨阳",
    "思远",
    "嘉豪",
    "一鸣",
    "天佑",
    "正阳",
    "立新",
    "红军",
    "金山",
    "玉林",
    "长青",
    "兴旺",
    "有福",
    "国华",
    "伟东",
    "文博",
    "佳豪",
    "宏伟",
    "鹏飞",
    "家乐",
    "俊熙",
    "宇轩",
    "子豪",
    "承志",
    "占山",
    "生福",
    "忠良",
    "得贵",
    "少华",
    "永强",
    "海龙",
    "智勇",
    "光明",
    "富贵",
    "世杰",
    "云飞",
    "浩宇",
    "梓轩",
)
FEMALE2 = (
    "秀英",
    "桂兰",
    "玉兰",
    "丽娟",
    "海燕",
    "晓梅",
    "春花",
    "雪梅",
    "红霞",
    "美玲",
    "静怡",
    "欣怡",
    "梓萱",
    "雨涵",
    "诗琪",
    "佳怡",
    "思雨",
    "婉婷",
    "梦瑶",
    "可欣",
    "晓燕",
    "丽华",
    "淑珍",
    "凤英",
    "金花",
    "翠兰",
    "玉梅",
    "建红",
    "亚楠",
    "晓丽",
    "慧敏",
    "雅琴",
    "文静",
    "一诺",
    "若曦",
    "紫涵",
    "梓琪",
    "艳芳",
    "小红",
    "秀兰",
    "桂芳",
    "彩霞",
    "玉珍",
    "海霞",
    "金凤",
    "雨欣",
    "子涵",
    "佳琪",
    "思琪",
)
DOT_FIRST = ("买买提", "艾力", "阿布都", "吐尔逊", "热合曼", "努尔", "阿依古丽", "帕提古丽", "迪丽努尔", "热依拉",
             "阿迪力", "木拉提", "依明", "塔依尔", "巴哈尔古丽")  # fmt: skip
DOT_LAST = (
    "艾山",
    "吾守尔",
    "买买提",
    "阿不都拉",
    "托合提",
    "肉孜",
    "司马义",
    "努尔兰",
    "吐尔洪",
    "依布拉音",
)

HEALTH = ("脑梗死后遗症", "2型糖尿病", "尿毒症", "慢性肾衰竭", "恶性肿瘤", "肺结核", "慢性阻塞性肺疾病",
          "精神分裂症", "先天性心脏病", "急性白血病", "癫痫", "脑性瘫痪", "乳腺癌", "肝硬化", "帕金森病",
          "类风湿性关节炎", "重度抑郁症", "阿尔茨海默病")  # fmt: skip
DISAB = ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
GRADE = ("一级", "二级", "三级", "四级")
INJURY = ("左手环指末节离断伤", "右胫腓骨骨折", "腰1椎体压缩性骨折", "头皮裂伤、脑震荡", "右手掌皮肤撕脱伤",
          "左踝关节骨折", "右桡骨远端骨折", "双下肢烫伤", "左眼角膜挫伤", "肋骨多发骨折")  # fmt: skip
UNFIT = (
    "高度近视",
    "色盲",
    "乙肝病毒携带",
    "高血压",
    "心律失常",
    "肝功能异常",
    "扁平足",
    "听力下降",
    "肾结石",
)

CN = "零一二三四五六七八九十"
MOBILE_PREFIXES = (
    [str(p) for p in range(130, 140)] + ["145", "146", "147", "148", "149", "150", "151", "152", "153"]
    + [str(p) for p in range(155, 160)] + ["162", "165", "166", "167"] + [str(p) for p in range(170, 179)]
    + [str(p) for p in range(180, 190)] + ["190", "191", "192", "193"] + [str(p) for p in range(195, 200)]
)  # fmt: skip
BANK_BINS = ("622848", "621661", "622700", "621226", "622208", "621700", "623668", "622280", "621799",
             "623059", "601382", "436742", "524094", "622908", "625965")  # fmt: skip
MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "139.com")
PINYIN = ("wang", "li", "zhang", "liu", "ma", "yang", "hai", "na", "qin", "xiao", "jun", "ming", "fang", "hua",
          "lei", "yan", "ting", "hui", "long", "fei", "jie", "ying", "tao", "xue")  # fmt: skip

# --- checksums (computed here; verified separately with gongkai.lib.checksums) --------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_W, strict=True)) % 11]


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def org_check(first8: str) -> str:
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first8, _ORG_W, strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def credit_check(first17: str) -> str:
    return _CC[(31 - sum(_CC.index(c) * w for c, w in zip(first17, _CC_W, strict=True)) % 31) % 31]


def _date_ok(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def looks_personal(digits: str) -> bool:
    """True if a digit string would pass an ID, 15-digit ID, mobile or Luhn check as a whole."""
    n = len(digits)
    if n == 18 and digits[:17].isdigit() and id_check(digits[:17]) == digits[17].upper():
        return True
    if (
        n == 15
        and digits.isdigit()
        and _date_ok(1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))
    ):
        return True
    if n == 11 and digits[:3] in MOBILE_PREFIXES:
        return True
    if n == 20 and looks_personal(digits[:18]):
        return True
    return 16 <= n <= 19 and digits.isdigit() and luhn_valid(digits)


# --- document builder --------------------------------------------------------------------------------
Cell = list[tuple[str, str | None]]


class Doc:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict[str, object]] = []

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def p(self, kind: str, text: str) -> Doc:
        self.spans.append({"kind": kind, "start": self.size, "end": self.size + len(text)})
        return self.t(text)

    def cell(self, cell: Cell) -> None:
        for text, kind in cell:
            if kind is None:
                self.t(text)
            else:
                self.p(kind, text)

    def table(self, rng: random.Random, header: list[str], rows: list[list[Cell]]) -> None:
        style = rng.choice(("tsv", "space", "comma", "pipe", "numbered", "kv"))
        if style == "kv":
            for i, row in enumerate(rows, 1):
                self.t(f"{i}. ")
                for j, (h, c) in enumerate(zip(header[1:], row, strict=True)):
                    self.t(("；" if j else "") + h + "：")
                    self.cell(c)
                self.t("。\n")
            return
        if style == "numbered":
            for i, row in enumerate(rows, 1):
                self.t(rng.choice((f"{i}．", f"（{i}）", f"{i}、")))
                for j, c in enumerate(row):
                    if j:
                        self.t("，")
                    self.cell(c)
                self.t("；\n" if i < len(rows) else "。\n")
            return
        sep = {"tsv": "\t", "comma": "，", "pipe": " | ", "space": ""}[style]
        widths = [len(header[0]) + len(str(len(rows))) + 1] + [
            max([len(header[k])] + [sum(len(t) for t, _ in r[k - 1]) for r in rows]) + 2
            for k in range(1, len(header))
        ]
        if style == "space":
            self.t("".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
        else:
            self.t(sep.join(header) + "\n")
        for i, row in enumerate(rows, 1):
            cells: list[Cell] = [[(str(i), None)], *row]
            for k, c in enumerate(cells):
                if k:
                    self.t(sep if style != "space" else "")
                self.cell(c)
                if style == "space" and k < len(cells) - 1:
                    self.t(" " * (widths[k] - sum(len(t) for t, _ in c)))
            self.t("\n")

    def out(self) -> dict[str, object]:
        return {"type": self.kind, "text": "".join(self.parts), "spans": self.spans}


# --- generators of personal data ---------------------------------------------------------------------
@dataclass
class Person:
    name: str
    male: bool
    birth: dt.date
    region: Region
    id18: str
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def sex(self) -> str:
        return "男" if self.male else "女"

    @property
    def surname(self) -> str:
        return self.name[:2] if self.name[:2] in COMPOUND else self.name[0]


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # names
    def name(self, male: bool | None = None, surname: str | None = None) -> str:
        r = self.r
        if male is None:
            male = r.random() < 0.5
        roll = r.random()
        if surname is None and roll < 0.03:
            return r.choice(DOT_FIRST) + "·" + r.choice(DOT_LAST)
        if surname is None:
            surname = (r.choice(COMPOUND) if roll < 0.06 else r.choice(RARE) if roll < 0.21 else
                       r.choice(COMMON))  # fmt: skip
        pool = MALE if male else FEMALE
        roll = r.random()
        if roll < 0.55:
            given = r.choice(MALE2 if male else FEMALE2).split()[0]
        elif roll < 0.8:
            given = r.choice(pool)
        else:
            given = r.choice(pool) + r.choice(pool)
        if len(surname) == 2 and len(given) == 2 and r.random() < 0.5:
            given = given[0]
        return surname + given

    def person(self, born: tuple[int, int] = (1955, 2000), region: Region | None = None,
               male: bool | None = None, surname: str | None = None) -> Person:  # fmt: skip
        r = self.r
        if male is None:
            male = r.random() < 0.55
        region = region or (r.choice(NX) if r.random() < 0.6 else r.choice(REGIONS))
        birth = dt.date(r.randint(*born), 1, 1) + dt.timedelta(days=r.randint(0, 364))
        seq = r.randint(0, 499) * 2 + (1 if male else 0)
        body = region.code + birth.strftime("%Y%m%d") + f"{seq:03d}"
        check = id_check(body)
        if check == "X" and r.random() < 0.2:
            check = "x"
        return Person(self.name(male, surname), male, birth, region, body + check)

    def id15(self, p: Person) -> str:
        return (
            p.region.code
            + p.birth.strftime("%y%m%d")
            + f"{self.r.randint(0, 499) * 2 + (1 if p.male else 0):03d}"
        )

    def mobile(self) -> str:
        num = self.r.choice(MOBILE_PREFIXES) + "".join(self.r.choice("0123456789") for _ in range(8))
        roll = self.r.random()
        if roll < 0.08:
            return f"{num[:3]}-{num[3:7]}-{num[7:]}"
        if roll < 0.14:
            return f"{num[:3]} {num[3:7]} {num[7:]}"
        return num

    def landline(self, region: Region) -> str:
        local = self.r.choice("2345678") + "".join(
            self.r.choice("0123456789") for _ in range(6 if len(region.area) == 4 else 7)
        )
        return region.area + self.r.choice(("-", "-", "-", "", " ")) + local

    def bank(self) -> str:
        r = self.r
        bin_ = r.choice(BANK_BINS)
        length = 16 if bin_[0] in "45" else r.choice((16, 19, 19))
        body = bin_ + "".join(r.choice("0123456789") for _ in range(length - len(bin_) - 1))
        num = body + luhn_digit(body)
        if r.random() < 0.1:
            return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return num

    def email(self) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.35:
            local = str(r.randint(10**6, 10**10))
            return local + "@qq.com"
        local = r.choice(PINYIN) + r.choice(PINYIN) + (str(r.randint(1, 2005)) if roll < 0.8 else "")
        return local + "@" + r.choice(MAIL_DOMAINS)

    def passport(self) -> str:
        r = self.r
        if r.random() < 0.65:
            return "E" + "".join(r.choice("0123456789") for _ in range(8))
        if r.random() < 0.6:
            return "E" + r.choice("ABCDEFGH") + "".join(r.choice("0123456789") for _ in range(7))
        return "G" + "".join(r.choice("0123456789") for _ in range(8))

    def hk_macau(self) -> str:
        r = self.r
        if r.random() < 0.6:
            return "C" + "".join(r.choice("0123456789") for _ in range(8))
        return "C" + r.choice("ABCDEFGHJKLMNP") + "".join(r.choice("0123456789") for _ in range(7))

    def tw(self, taiwan_resident: bool = False) -> str:
        digits = "".join(self.r.choice("0123456789") for _ in range(8))
        return digits if taiwan_resident else "L" + digits

    def plate(self, region: Region) -> str:
        r = self.r
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        roll = r.random()
        if roll < 0.2:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        elif roll < 0.5:
            chars = [r.choice("0123456789") for _ in range(5)]
            chars[r.randint(0, 4)] = r.choice(letters)
            tail = "".join(chars)
        else:
            tail = "".join(r.choice("0123456789") for _ in range(5))
        sep = r.choice(("", "", "", "·", " "))
        return region.plate + sep + tail

    def num_cn(self, n: int) -> str:
        if n <= 10:
            return CN[n]
        return "十" + CN[n - 10] if n < 20 else CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")

    def address(self, region: Region, rural: bool | None = None, full: bool | None = None) -> str:
        r = self.r
        if rural is None:
            rural = r.random() < 0.55
        if full is None:
            full = r.random() < 0.35
        head = (
            (region.province if full else "")
            + (region.city if full or r.random() < 0.5 else "")
            + region.county
        )
        if r.random() < 0.15 and not full:
            head = ""
        if rural:
            town, village = r.choice(region.towns), r.choice(region.villages)
            roll = r.random()
            if roll < 0.35:
                tail = self.num_cn(r.randint(1, 12)) + "组"
            elif roll < 0.5:
                tail = f"{r.randint(1, 12)}组"
            elif roll < 0.62:
                tail = f"第{self.num_cn(r.randint(1, 9))}村民小组"
            elif roll < 0.75:
                tail = self.num_cn(r.randint(1, 8)) + "队"
            elif roll < 0.88:
                tail = f"{r.randint(1, 260)}号"
            else:
                tail = f"{self.num_cn(r.randint(1, 9))}组{r.randint(1, 80)}号"
            return head + town + village + tail
        road, estate = r.choice(region.roads), r.choice(region.estates)
        unit = f"{r.randint(1, 6)}单元"
        room = f"{r.randint(1, 24)}{r.randint(1, 4):02d}"
        roll = r.random()
        if roll < 0.3:
            return head + f"{road}{r.randint(1, 399)}号{estate}{r.randint(1, 40)}号楼{unit}{room}室"
        if roll < 0.55:
            return head + f"{estate}{r.randint(1, 40)}栋{unit}{room}室"
        if roll < 0.7:
            return head + f"{road}{r.randint(1, 399)}号{estate}{r.randint(1, 40)}-{r.randint(1, 6)}-{room}室"
        if roll < 0.85:
            return head + f"{road}{r.randint(1, 399)}号"
        return head + f"{estate}{r.randint(1, 40)}栋{unit}"

    def health(self) -> str:
        return self.r.choice(HEALTH)

    def disability(self) -> str:
        r = self.r
        kind, grade = r.choice(DISAB), r.choice(GRADE)
        return r.choice((f"{kind}残疾{grade}", f"{kind}{grade}", f"{grade}{kind}残疾", f"{kind}残疾"))

    # near misses
    def digits(self, n: int, prefix: str = "") -> str:
        while True:
            s = prefix + "".join(self.r.choice("0123456789") for _ in range(n - len(prefix)))
            if not looks_personal(s):
                return s

    def bad_id(self) -> str:
        """An ID-shaped number with a wrong check digit (and failing Luhn, so not a bank card either)."""
        p = self.person()
        wrong = [c for c in "0123456789" if c != p.id18[17].upper() and not luhn_valid(p.id18[:17] + c)]
        return p.id18[:17] + self.r.choice(wrong)

    def org_code(self) -> str:
        body = "".join(self.r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        return body + org_check(body)

    def credit_code(self, region: Region, org: bool = False) -> str:
        head = self.r.choice(("11", "12")) if org else self.r.choice(("91", "92", "93"))
        body = head + region.code[:4] + "00" + self.org_code()
        return body + credit_check(body)

    def index_no(self, region: Region, year: int) -> str:
        code = self.credit_code(region, org=True) if self.r.random() < 0.6 else self.org_code()
        if len(code) == 9 and self.r.random() < 0.5:
            code = code[:8] + "-" + code[8]
        return f"{code}/{year}-{self.r.randint(1, 2000):05d}"

    def case_no(self, region: Region, year: int, kind: str = "执") -> str:
        lb, rb = self.r.choice((("（", "）"), ("(", ")")))
        return f"{lb}{year}{rb}{region.court}{kind}{self.r.randint(1, 3999)}号"

    def office_phone(self, region: Region) -> str:
        return (
            region.area
            + "-"
            + self.r.choice("2345678")
            + "".join(self.r.choice("0123456789") for _ in range(6 if len(region.area) == 4 else 7))
        )

    def official(self) -> str:
        return self.name()

    def company(self, region: Region) -> str:
        r = self.r
        s = r.choice(COMMON + "马海纳")
        form = r.choice(
            (f"{s}氏", f"{s}记", f"老{s}家", r.choice(MALE) + r.choice(MALE), f"{s}{r.choice(MALE)}")
        )
        trade = r.choice(("建材", "餐饮", "牛羊肉", "建筑工程", "运输", "商贸", "物流", "农业科技", "劳务"))
        return f"{region.city}{form}{trade}{r.choice(('有限公司', '有限责任公司', '专业合作社'))}"

    def date(self, year: int | None = None) -> dt.date:
        y = year or self.r.choice((2023, 2024, 2025))
        return dt.date(y, 1, 1) + dt.timedelta(days=self.r.randint(0, 330))

    def fmt_date(self, d: dt.date) -> str:
        return self.r.choice(
            (f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y-%m-%d"), d.strftime("%Y.%m.%d"))
        )

    def anon(self) -> str:
        return self.r.choice(COMMON) + self.r.choice(("某", "某某", "某甲"))


def footer(doc: Doc, g: Gen, region: Region, office: str, year: int) -> None:
    r = g.r
    contact = r.choice((f"{g.r.choice(COMMON)}老师", f"{g.r.choice(COMMON)}科长", g.official(), "综合科"))
    phone = g.office_phone(region)
    doc.t(r.choice(("\n", "\n\n")))
    roll = r.random()
    if roll < 0.4:
        doc.t(f"联系人：{contact}    联系电话：{phone}\n")
    elif roll < 0.7:
        doc.t(f"公示期间如有异议，请向{office}反映。办公电话：{phone}；监督电话：{g.office_phone(region)}\n")
    else:
        doc.t(f"咨询电话：{phone}（工作日 9:00-17:00），或拨打12345政务服务便民热线。\n")
    if r.random() < 0.25:
        doc.t(
            f"监督邮箱：{r.choice(PINYIN)}{r.choice(('jb', 'bgs', 'xf'))}@{r.choice(('wuzhong', 'nx', 'yc'))}.gov.cn\n"
        )
    if r.random() < 0.4:
        doc.t(
            f"地址：{region.city}{region.county}{r.choice(region.roads)}{r.randint(1, 200)}号  邮编：{region.postcode}\n"
        )
    doc.t(f"\n{office}\n{g.fmt_date(g.date(year))}\n")


def head(doc: Doc, g: Gen, region: Region, abbr: str, year: int) -> None:
    r = g.r
    if r.random() < 0.6:
        doc.t(f"索引号：{g.index_no(region, year)}\n")
    if r.random() < 0.6:
        doc.t(f"文号：{abbr}〔{year}〕{r.randint(1, 180)}号\n")
    if r.random() < 0.3:
        town = r.choice(region.towns)
        doc.t(
            f"抄送：{town}人民政府，{r.choice(region.villages)}村民委员会，{town}{r.choice(region.villages)}党支部\n"
        )
    if r.random() < 0.3:
        doc.t(f"发布机构：{region.county}人民政府  发布日期：{g.fmt_date(g.date(year))}\n")
    doc.t("\n")


def C(text: str, kind: str | None = None) -> Cell:
    return [(text, kind)]


def amount(g: Gen, lo: int, hi: int) -> str:
    v = g.r.randint(lo, hi)
    return g.r.choice((f"{v}", f"{v}.00", f"{v}元"))


# --- document types ----------------------------------------------------------------------------------
def student_aid(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(NX + REGIONS[5:8])
    year = r.choice((2023, 2024, 2025))
    prog = r.choice(("雨露计划职业教育补助", "农村义务教育学生营养改善计划", "义务教育家庭经济困难寄宿生生活补助",
                     "普通高中国家助学金", "学前教育资助"))  # fmt: skip
    doc.t(f"{region.county}{year}年{prog}受助学生名单公示\n")
    head(doc, g, region, r.choice(("教资助", "教发", "乡振发")), year)
    n = r.randint(4, 9)
    doc.t(f"根据相关文件要求，经学校初审、乡镇核实，{region.county}{year}年春季学期共有{n * r.randint(20, 60)}名学生"
          f"符合资助条件，发放资金{r.randint(10, 90)}.{r.randint(1, 9)}万元。现将部分受助学生名单予以公示：\n\n")  # fmt: skip
    schools = (f"{region.county}{r.choice(region.towns)}中心小学", f"{region.city}第{g.num_cn(r.randint(1, 9))}中学",
               f"{r.choice(region.villages)}教学点", f"{region.city}职业技术学校", f"{r.choice(region.towns)}中学")  # fmt: skip
    rows: list[list[Cell]] = []
    people = []
    for _ in range(n):
        child = g.person((2008, 2018), region)
        guardian = g.person((1972, 1992), region, surname=child.surname if r.random() < 0.7 else None)
        addr = g.address(region, rural=r.random() < 0.75)
        people.append((child, guardian, addr))
    layout = r.random()
    if layout < 0.6:
        with_id = r.random() < 0.6
        header = ["序号", "学生姓名", "性别", "就读学校", "年级"] + (["身份证号"] if with_id else []) + [
            "监护人", "家庭住址", "联系电话", "补助金额（元）"]  # fmt: skip
        for child, guardian, addr in people:
            row = [
                C(child.name, "name"),
                C(child.sex),
                C(r.choice(schools)),
                C(f"{g.num_cn(r.randint(1, 9))}年级"),
            ]
            if with_id:
                row.append(C(child.id18, "id_card"))
            row += [
                C(guardian.name, "name"),
                C(addr, "address"),
                C(g.mobile(), "mobile"),
                C(amount(g, 500, 3000)),
            ]
            rows.append(row)
        doc.table(r, header, rows)
    else:
        for i, (child, guardian, addr) in enumerate(people, 1):
            doc.t(f"{i}. ").p("name", child.name).t(
                f"，{child.sex}，{child.birth.year}年{child.birth.month}月生，"
            )
            doc.t(f"{r.choice(schools)}学生，家住").p("address", addr).t("。监护人")
            doc.p("name", guardian.name).t(r.choice(("（父亲）", "（母亲）", "（祖父）", "")) + "，电话")
            doc.p("mobile", g.mobile())
            if r.random() < 0.3:
                doc.t("，因").p("name", guardian.name).t("患").p("health", g.health()).t("，家庭困难")
            if r.random() < 0.15:
                doc.t("，邮箱").p("email", g.email())
            doc.t(f"。资助金额{amount(g, 500, 3000)}。\n")
    doc.t(
        f"\n注：学生学籍号、资助卡号不予公示。资金由{region.county}农村信用合作联社代发，批次号{g.digits(20, '2024')}。\n"
    )
    footer(doc, g, region, f"{region.county}学生资助管理中心", year)


def veterans(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(NX + REGIONS[6:])
    year = r.choice((2023, 2024, 2025))
    town = r.choice(region.towns)
    doc.t(f"{town}{year}年第{g.num_cn(r.randint(1, 4))}季度重点优抚对象定期抚恤补助金发放表\n")
    head(doc, g, region, r.choice(("退役军人发", "退役军人函")), year)
    cats = (
        "烈士遗属",
        "因公牺牲军人遗属",
        "病故军人遗属",
        "在乡复员军人",
        "参战退役人员",
        "残疾军人",
        "农村籍退役士兵",
    )
    header = ["序号", "姓名", "性别", "优抚类别", "身份证号码", "开户行", "银行卡号", "发放金额", "备注"]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(4, 10)):
        cat = r.choice(cats)
        p = g.person((1930, 1968) if cat in ("在乡复员军人", "烈士遗属") else (1945, 1990), region)
        old = p.birth.year < 1960 and r.random() < 0.3
        idc = C(g.id15(p), "id_card_15") if old else C(p.id18, "id_card")
        note: Cell = C("")
        if cat == "残疾军人":
            note = [("伤残等级", None), (r.choice(("五级", "六级", "七级", "八级")), None), ("，", None),
                    (r.choice(("右下肢功能障碍", "左眼视力残疾", "听力残疾", "右手拇指缺失")), "health")]  # fmt: skip
        elif r.random() < 0.12:
            note = C(r.choice(("已故，停发", "户籍迁出", "服刑，暂停")))
        bank = r.choice(("农业银行", "黄河农村商业银行", "邮储银行", "建设银行"))
        rows.append([C(p.name, "name"), C(p.sex), C(cat), idc, C(bank), C(g.bank(), "bank_card"),
                     C(amount(g, 900, 4800)), note])  # fmt: skip
    doc.table(r, header, rows)
    doc.t(f"\n合计：{len(rows)}人，金额{r.randint(8000, 40000)}.00元。审核人：{g.official()}（退役军人服务站站长）"
          f"  制表人：{g.official()}\n")  # fmt: skip
    if r.random() < 0.5:
        p = g.person((1940, 1965), region)
        addr = g.address(region, rural=True)
        doc.t("\n附：新增对象情况说明\n").p("name", p.name).t(f"，{p.sex}，现住").p("address", addr)
        doc.t(
            f"，{p.birth.year}年{p.birth.month}月出生，原{r.choice(('某部', '陆军某部', '武警某部'))}战士，经审核符合条件，"
        )
        doc.t("自本季度起纳入。").p("name", p.name).t("本人联系电话").p("mobile", g.mobile())
        if r.random() < 0.5:
            doc.t("，家庭电话").p("landline", g.landline(region))
        doc.t("。\n")
    footer(doc, g, region, f"{region.county}{town}退役军人服务站", year)


def disabled_rehab(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(REGIONS)
    year = r.choice((2023, 2024, 2025))
    item = r.choice(
        ("残疾人基本型辅助器具适配", "残疾儿童康复救助", "贫困残疾人白内障复明手术", "精神障碍患者服药补贴")
    )
    doc.t(f"关于{year}年度{region.county}{item}项目拟救助对象的公示\n")
    head(doc, g, region, r.choice(("残联发", "残联字")), year)
    doc.t(f"经个人申请、乡镇（街道）残联初审、县残联复核，以下人员拟列为{year}年度{item}对象，名单如下：\n\n")
    child = "儿童" in item
    header = ["序号", "姓名", "性别", "残疾人证号", "残疾类别等级", "乡镇", "住址", "联系电话", "适配项目"]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(4, 10)):
        p = g.person((2012, 2021) if child else (1945, 2000), region)
        kind_digit = r.randint(1, 7)
        cert = p.id18.upper() + str(kind_digit) + str(r.randint(1, 4))
        if r.random() < 0.25:
            status: Cell = C("待办证")
        else:
            status = [(cert[:18], "id_card"), (cert[18:], None)]
        if child:
            cond = r.choice(("孤独症谱系障碍", "脑性瘫痪", "智力发育迟缓", "先天性听力损失", "唐氏综合征"))
            proj = r.choice(("康复训练", "人工耳蜗植入", "矫形器适配"))
        else:
            cond = g.disability()
            proj = r.choice(("轮椅", "助听器", "四脚拐杖", "坐便椅", "盲杖", "假肢", "手术", "药费补贴"))
        phone = C(g.mobile(), "mobile") if r.random() < 0.8 else C(g.landline(region), "landline")
        rows.append([C(p.name, "name"), C(p.sex), status, C(cond, "health"), C(r.choice(region.towns)),
                     C(g.address(region), "address"), phone, C(proj)])  # fmt: skip
    doc.table(r, header, rows)
    doc.t(f"\n本批次共{len(rows)}人，资金{r.randint(2, 30)}.{r.randint(0, 9)}万元，项目编号{g.digits(20, '6403')}，"
          f"采购合同号HT{year}{g.digits(8)}。\n")  # fmt: skip
    footer(doc, g, region, f"{region.county}残疾人联合会", year)


def court(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(REGIONS)
    year = r.choice((2023, 2024, 2025))
    court_name = f"{region.city}{region.county}人民法院" if r.random() < 0.6 else f"{region.county}人民法院"
    if r.random() < 0.5:
        doc.t(f"{court_name}\n失信被执行人名单（{year}年第{r.randint(1, 12)}批）\n\n")
        doc.t("依照《最高人民法院关于公布失信被执行人名单信息的若干规定》，本院将下列拒不履行生效法律文书确定义务的"
              "被执行人纳入失信被执行人名单，予以公布：\n")  # fmt: skip
        header = [
            "序号",
            "被执行人",
            "性别",
            "年龄",
            "身份证号码/统一社会信用代码",
            "住所地",
            "案号",
            "执行标的（元）",
        ]
        rows: list[list[Cell]] = []
        for _ in range(r.randint(4, 9)):
            if r.random() < 0.2:
                rows.append([C(g.company(region)), C("—"), C("—"), C(g.credit_code(region)),
                             C(f"{region.county}{r.choice(region.roads)}{r.randint(1, 300)}号"),
                             C(g.case_no(region, year)), C(amount(g, 10000, 900000))])  # fmt: skip
                continue
            p = g.person((1960, 1998), region)
            rows.append([C(p.name, "name"), C(p.sex), C(str(year - p.birth.year)), C(p.id18, "id_card"),
                         C(g.address(region), "address"), C(g.case_no(region, year - r.randint(0, 2))),
                         C(amount(g, 3000, 500000))])  # fmt: skip
        doc.table(r, header, rows)
        doc.t(f"\n执行法官：{g.official()}  书记员：{g.official()}  联系电话：{g.office_phone(region)}\n")
    else:
        p = g.person((1965, 1998), region)
        q = g.person((1960, 1995), region)
        case = g.case_no(region, year)
        doc.t(f"{court_name}\n悬 赏 公 告\n\n{case}\n\n")
        doc.t("申请执行人").p("name", q.name).t("与被执行人").p("name", p.name)
        doc.t(
            f"民间借贷纠纷一案，{g.case_no(region, year - 1, '民初')}民事判决书已经发生法律效力。因被执行人"
        )
        doc.p("name", p.name).t("未履行给付义务，申请执行人申请悬赏，现将有关事项公告如下：\n")
        doc.t("一、被执行人基本情况：").p("name", p.name).t(
            f"，{p.sex}，{p.birth.year}年{p.birth.month}月{p.birth.day}日出生，"
        )
        doc.t(r.choice(("汉族", "回族", "东乡族")) + "，公民身份号码").p("id_card", p.id18)
        doc.t("，住").p("address", g.address(p.region))
        if r.random() < 0.5:
            doc.t("，其名下车辆号牌").p("license_plate", g.plate(region))
        doc.t("。\n")
        doc.t(f"二、执行标的：{amount(g, 20000, 800000)}及迟延履行期间的债务利息。\n")
        doc.t(
            f"三、悬赏金额：按实际执行到位金额的{r.randint(5, 20)}%支付，最高不超过{r.randint(2, 10)}万元。\n"
        )
        doc.t("四、举报人提供被执行人下落或财产线索，经查证属实的，由申请执行人").p("name", q.name).t(
            "支付悬赏金。\n"
        )
        doc.t(f"举报电话：{g.office_phone(region)}（执行局），承办法官：{g.official()}。"
              f"网络查控批次编号{g.bad_id()}。案外人{g.anon()}提出的异议另行审查。\n")  # fmt: skip
        doc.t(f"\n{court_name}\n{g.fmt_date(g.date(year))}\n")


def traffic(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(REGIONS)
    year = r.choice((2023, 2024, 2025))
    office = f"{region.city}公安局交通警察支队{region.county}大队"
    if r.random() < 0.6:
        doc.t(f"{office}\n关于督促逾期未处理交通违法行为当事人接受处理的公告\n\n")
        doc.t(f"截至{year}年{r.randint(1, 12)}月底，下列机动车有交通技术监控记录的违法行为逾期未处理，"
              f"请机动车所有人、驾驶人自公告之日起三十日内到{office}接受处理：\n")  # fmt: skip
        header = [
            "序号",
            "号牌号码",
            "号牌种类",
            "车辆所有人",
            "驾驶证号",
            "违法时间",
            "违法地点",
            "违法行为",
            "记分",
        ]
        rows: list[list[Cell]] = []
        for _ in range(r.randint(4, 10)):
            p = g.person((1965, 2002), region)
            d = g.date(year)
            place = r.choice((f"{r.choice(region.roads)}与{r.choice(region.roads)}交叉口", f"G{r.choice((6, 20, 70, 109))}"
                              f"线K{r.randint(1, 1500)}+{r.randint(0, 999):03d}", f"{r.choice(region.towns)}路段"))  # fmt: skip
            drv = C(p.id18, "id_card") if r.random() < 0.75 else C("未登记")
            rows.append([C(g.plate(region), "license_plate"), C(r.choice(("小型汽车", "大型汽车", "新能源小型车"))),
                         C(p.name, "name"), drv, C(d.strftime("%Y-%m-%d ") + f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d}"),
                         C(place), C(r.choice(("超速20%以上未达50%", "不按规定车道行驶", "违反禁止标线指示", "闯红灯"))),
                         C(str(r.choice((1, 3, 6, 9))))])  # fmt: skip
        doc.table(r, header, rows)
    else:
        doc.t(f"{office}\n机动车强制注销公告\n\n")
        doc.t(
            "下列机动车已达到国家强制报废标准，所有人逾期未办理注销登记，依照《机动车登记规定》予以公告，"
            "公告期满后机动车登记证书、号牌、行驶证作废：\n"
        )
        for i in range(1, r.randint(4, 9)):
            p = g.person((1950, 1990), region)
            doc.t(f"{i}、号牌").p("license_plate", g.plate(region)).t("，车辆所有人").p("name", p.name)
            doc.t("，住所").p("address", g.address(region)).t(
                f"，初次登记日期{g.fmt_date(g.date(r.randint(2004, 2010)))}"
            )
            doc.t(f"，车辆识别代号LS{g.digits(15)}。\n")
    doc.t(
        f"\n处罚决定书编号示例：{g.digits(16, region.code + '1')}。执勤民警警号{r.randint(10000, 99999)}。\n"
    )
    doc.t(f"咨询电话：{g.office_phone(region)}。\n\n{office}\n{g.fmt_date(g.date(year))}\n")


def work_injury(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(REGIONS)
    year = r.choice((2023, 2024, 2025))
    bureau = (
        f"{region.city}{region.county}人力资源和社会保障局"
        if r.random() < 0.5
        else f"{region.county}人力资源和社会保障局"
    )
    p = g.person((1965, 2003), region)
    company = g.company(region)
    doc.t(f"{bureau}\n认定工伤决定书\n{region.county[:2]}人社工认字〔{year}〕{r.randint(1, 400)}号\n\n")
    sep = r.choice(("：", ":", "  "))
    doc.t(f"申请人{sep}").p("name", p.name).t("（职工本人）\n" if r.random() < 0.6 else "\n")
    doc.t(f"职工姓名{sep}").p("name", p.name).t(
        f"  性别{sep}{p.sex}  出生日期{sep}{p.birth.year}年{p.birth.month}月\n"
    )
    doc.t(f"身份证号码{sep}").p("id_card", p.id18).t("\n")
    doc.t(f"家庭住址{sep}").p("address", g.address(p.region)).t("\n")
    doc.t(f"联系电话{sep}").p("mobile", g.mobile())
    if r.random() < 0.3:
        doc.t(f"  电子送达地址{sep}").p("email", g.email())
    doc.t(f"\n用人单位{sep}{company}\n统一社会信用代码{sep}{g.credit_code(region)}\n")
    doc.t(
        f"法定代表人{sep}{g.official()}  单位地址{sep}{region.county}{r.choice(region.roads)}{r.randint(1, 300)}号\n"
    )
    doc.t(f"职业/工种{sep}{r.choice(('电焊工', '装卸工', '厨师', '保洁员', '砌筑工', '货车司机'))}\n\n")
    d = g.date(year - 1)
    doc.t(f"{g.fmt_date(d)}受理").p("name", p.name).t("的工伤认定申请后，根据提交的材料调查核实情况如下：")
    doc.t(f"{d.year}年{d.month}月{max(1, d.day - 3)}日{r.randint(8, 18)}时许，").p("name", p.name)
    doc.t(f"在{company}{r.choice(('车间', '工地', '仓库', '后厨'))}作业时"
          f"{r.choice(('被机器挤伤', '从脚手架跌落', '被货物砸伤', '不慎摔倒'))}，")  # fmt: skip
    hosp = f"{region.city}{r.choice(('人民医院', '中医医院', '第一人民医院'))}"
    doc.t(f"经{hosp}诊断为：").p("health", r.choice(INJURY))
    if r.random() < 0.3:
        doc.t("；既往有").p("health", g.health()).t("病史")
    doc.t("。\n")
    if r.random() < 0.4:
        w = g.person((1965, 2000), region)
        doc.t("同班组工友").p("name", w.name).t("（电话").p("mobile", g.mobile()).t(
            "）出具证人证言，证明事故经过属实。\n"
        )
    doc.t(f"{'' if r.random() < 0.5 else '本局认为，'}").p("name", p.name)
    doc.t(
        "受到的事故伤害（同时受伤的"
        + g.anon()
        + "另案处理），符合《工伤保险条例》第十四条第（一）项之规定，属于工伤认定范围，现予以认定为工伤。\n"
    )
    doc.t(f"如对本工伤认定决定不服的，可自收到本决定书之日起60日内向{region.city}人民政府申请行政复议，"
          f"或者6个月内向人民法院提起行政诉讼。\n")  # fmt: skip
    doc.t(
        f"\n{bureau}（印章）\n{g.fmt_date(g.date(year))}\n抄送：{company}，{region.county}社会保险事业管理中心\n"
    )
    doc.t(f"经办人：{g.official()}  联系电话：{g.office_phone(region)}\n")


def civil(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(REGIONS)
    year = r.choice((2023, 2024, 2025))
    bureau = f"{region.county}民政局"
    roll = r.random()
    if roll < 0.35:
        doc.t(f"{region.city}救助管理站\n寻亲公告\n\n")
        for i in range(1, r.randint(2, 5)):
            p = g.person((1945, 1990), region)
            d = g.date(year)
            doc.t(
                f"{i}. {g.fmt_date(d)}，{region.county}{r.choice(region.towns)}派出所民警在{r.choice(region.roads)}"
            )
            doc.t(f"发现一名{r.choice(('流浪', '走失', '迷路'))}人员，{p.sex}，约{year - p.birth.year}岁，")
            if r.random() < 0.4:
                doc.t(f"自称姓名“{g.anon()}”，无法提供其他信息，")
            else:
                doc.t("经人像比对，疑似为").p("name", p.name).t("，身份证号").p("id_card", p.id18)
                doc.t("，户籍地址").p("address", g.address(p.region)).t("，")
            if r.random() < 0.6:
                doc.t("患有").p(
                    "health", r.choice(("阿尔茨海默病", "精神分裂症", "智力残疾", "言语残疾", "癫痫"))
                )
                doc.t("，")
            doc.t("现安置在我站。请其亲属自公告之日起30日内与我站联系。\n")
        doc.t(
            f"\n联系人：{r.choice(COMMON)}站长  电话：{g.office_phone(region)}  24小时救助热线：{g.office_phone(region)}\n"
        )
    elif roll < 0.7:
        a = g.person((1975, 2002), region, male=True)
        b = g.person((1978, 2004), region, male=False)
        doc.t(f"{bureau}\n撤销婚姻登记公告\n{region.county[:2]}民撤字〔{year}〕{r.randint(1, 30)}号\n\n")
        doc.t("当事人").p("name", a.name).t("，男，公民身份号码").p("id_card", a.id18)
        doc.t("，住").p("address", g.address(a.region)).t("；\n当事人").p("name", b.name).t("，女，")
        roll2 = r.random()
        if roll2 < 0.3:
            doc.t("持往来港澳通行证，证件号码").p("hk_macau_permit", g.hk_macau())
        elif roll2 < 0.55:
            doc.t("台湾居民，台湾居民来往大陆通行证号码").p("tw_permit", g.tw(True))
        elif roll2 < 0.7:
            doc.t("护照号码").p("passport", g.passport())
        else:
            doc.t("公民身份号码").p("id_card", b.id18)
        doc.t("。\n")
        doc.t("经查，").p("name", a.name).t("与").p("name", b.name)
        doc.t(f"于{g.fmt_date(g.date(year - r.randint(1, 5)))}在我局办理结婚登记（结婚证字号J{region.code}-{year}-"
              f"{r.randint(1, 9999):06d}），其中一方使用他人身份信息办理登记。根据《婚姻登记条例》及相关规定，"
              f"本机关决定撤销该婚姻登记。因无法直接送达，现予公告，自公告之日起经过60日视为送达。\n")  # fmt: skip
        doc.t(f"\n签发人：{g.official()}（局长）\n{bureau}\n{g.fmt_date(g.date(year))}\n")
    else:
        a = g.person((1970, 1995), region, male=True)
        b = g.person((1972, 1997), region, male=False)
        c = g.person((2019, 2024), region)
        doc.t(f"{bureau}\n收养登记公告\n\n")
        doc.t("收养人").p("name", a.name).t("、").p("name", b.name).t("夫妇，住").p(
            "address", g.address(region)
        )
        doc.t("，申请收养").p("name", c.name).t(f"（{c.sex}，{c.birth.year}年{c.birth.month}月出生）")
        if r.random() < 0.5:
            doc.t("。被收养人患有").p("health", r.choice(("先天性心脏病", "唇腭裂", "脑性瘫痪", "听力残疾")))
        doc.t("。被收养人系")
        if r.random() < 0.5:
            doc.t(
                f"{g.fmt_date(g.date(year - 2))}在{r.choice(region.towns)}{r.choice(region.villages)}被捡拾的弃婴"
            )
        else:
            s = g.person((1990, 2003), region)
            doc.t("由生母").p("name", s.name).t("（身份证号").p("id_card", s.id18).t("）送养")
        doc.t(
            "。根据《中国公民收养子女登记办法》，自公告之日起60日内，被收养人的生父母或其他监护人可持有效证件到"
            f"{bureau}认领。逾期无人认领的，视为查找不到生父母。\n"
        )
        if r.random() < 0.4:
            doc.t("收养人").p("name", a.name).t("现居香港，往来港澳通行证号码").p(
                "hk_macau_permit", g.hk_macau()
            )
            doc.t("。\n")
        doc.t(f"认领电话：{g.office_phone(region)}  地址：{region.county}{r.choice(region.roads)}{r.randint(1, 99)}号"
              f"民政服务大厅\n\n{bureau}\n{g.fmt_date(g.date(year))}\n")  # fmt: skip


def conscription(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(REGIONS)
    year = r.choice((2023, 2024, 2025))
    doc.t(f"{region.county}{year}年{r.choice(('上半年', '下半年', ''))}征兵体检政考结果公示\n")
    head(doc, g, region, r.choice(("征兵办发", "征字")), year)
    doc.t(f"根据{year}年征兵工作安排，经体格检查、政治考核，现将{region.county}应征青年体检结果公示如下"
          f"（本次体检共{r.randint(120, 600)}人，合格率{r.randint(30, 70)}.{r.randint(0, 9)}%）：\n")  # fmt: skip
    header = ["序号", "姓名", "性别", "出生年月", "文化程度", "户籍地址", "体检结论"]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(5, 11)):
        p = g.person((2002, 2007), region, male=r.random() < 0.85)
        if r.random() < 0.7:
            res = C("合格")
        else:
            res = [("不合格（", None), (r.choice(UNFIT), "health"), ("）", None)]
        edu = r.choice(("高中", "大专在读", "本科毕业", "中专", "大学在读"))
        addr = (
            C(g.address(region, rural=r.random() < 0.6), "address")
            if r.random() < 0.8
            else C(r.choice(region.towns))
        )
        rows.append(
            [C(p.name, "name"), C(p.sex), C(f"{p.birth.year}.{p.birth.month:02d}"), C(edu), addr, res]
        )
    doc.table(r, header, rows)
    if r.random() < 0.5:
        p = g.person((2002, 2006), region)
        doc.t("\n复检说明：应征青年").p("name", p.name).t("（报名邮箱").p("email", g.email())
        doc.t("）因").p("health", r.choice(UNFIT)).t("复检，复检结论另行通知。\n")
    doc.t(f"\n{region.county}人民政府征兵办公室主任：{g.official()}\n")
    doc.t(f"监督举报电话：{g.office_phone(region)}，征兵网：www.gfbzb.gov.cn\n{region.county}征兵办公室\n")
    doc.t(f"{g.fmt_date(g.date(year))}\n")


def pension_cert(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(REGIONS)
    year = r.choice((2023, 2024, 2025))
    if r.random() < 0.6:
        center = f"{region.county}社会保险事业管理中心"
        doc.t(f"{center}\n关于{year}年度城乡居民养老保险待遇领取资格认证情况的公示\n")
        head(doc, g, region, r.choice(("社保发", "人社发")), year)
        doc.t(f"截至{year}年{r.randint(6, 11)}月{r.randint(1, 28)}日，下列待遇领取人员未在规定期限内完成资格认证"
              f"或已确认死亡、服刑，现暂停发放待遇：\n")  # fmt: skip
        header = ["序号", "姓名", "社会保障号码", "银行账号", "月待遇（元）", "状态"]
        rows: list[list[Cell]] = []
        for _ in range(r.randint(4, 10)):
            p = g.person((1930, 1962), region)
            sid = C(g.id15(p), "id_card_15") if r.random() < 0.15 else C(p.id18, "id_card")
            acct = C(g.bank(), "bank_card") if r.random() < 0.8 else C("—")
            status = r.choice(("未认证", "已故", "已故（家属已申报）", "服刑", "未认证（外出务工）"))
            rows.append(
                [C(p.name, "name"), sid, acct, C(f"{r.randint(150, 600)}.{r.randint(0, 99):02d}"), C(status)]
            )
        doc.table(r, header, rows)
        doc.t(f"\n请相关人员或家属于公示之日起15日内携带身份证到户籍所在地乡镇（街道）劳动保障所办理。"
              f"多领取的待遇将依法追回。业务受理号{g.bad_id()}至{g.digits(18, region.code)}批次内的"
              f"材料已归档。\n")  # fmt: skip
        footer(doc, g, region, center, year)
        return
    center = f"{region.city}住房公积金管理中心{region.county}管理部"
    doc.t(f"{center}\n{year}年第{r.randint(1, 4)}季度住房公积金特殊提取情况公示\n")
    head(doc, g, region, "公积金发", year)
    for i in range(1, r.randint(4, 8)):
        p = g.person((1965, 1995), region)
        doc.t(f"{i}. 职工").p("name", p.name).t("（公积金账号").t(g.digits(12, "10")).t("，身份证号").p(
            "id_card", p.id18
        )
        roll = r.random()
        if roll < 0.5:
            doc.t("）因本人患").p("health", g.health())
        elif roll < 0.7:
            relation = r.choice(("配偶", "父亲", "母亲", "子女"))
            rel = g.person(
                (1935, 1995), region, male=relation == "父亲" or (relation != "母亲" and r.random() < 0.5)
            )
            doc.t(f"）因{relation}").p("name", rel.name).t("患").p("health", g.health())
        else:
            doc.t(f"）因{r.choice(('偿还住房贷款', '租房', '离职', '退休'))}")
        doc.t(f"申请提取{amount(g, 5000, 120000)}，转入").p("bank_card", g.bank())
        if r.random() < 0.25:
            doc.t("，本人现居澳门，往来港澳通行证号码").p("hk_macau_permit", g.hk_macau())
        doc.t(f"，单位：{g.company(region)}（统一社会信用代码{g.credit_code(region)}）。\n")
    footer(doc, g, region, center, year)


def demolition(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(REGIONS)
    year = r.choice((2023, 2024, 2025))
    office = r.choice((f"{region.county}综合执法局", f"{region.county}自然资源局", f"{region.city}生态环境局{region.county}分局",
                       f"{region.county}{r.choice(region.towns)}人民政府"))  # fmt: skip
    p = g.person((1950, 1995), region)
    addr = g.address(region, rural=r.random() < 0.7)
    if r.random() < 0.5:
        doc.t(
            f"{office}\n限期拆除违法建设通知书\n{region.county[:2]}综执拆字〔{year}〕{r.randint(1, 300)}号\n\n"
        )
        doc.t("致").p("name", p.name).t("：\n")
        doc.t("    你户位于").p("address", addr)
        doc.t(f"的房屋，于{year - 1}年{r.randint(1, 12)}月未经规划许可擅自加建{r.choice(('彩钢房', '二层砖混房', '院落围墙', '养殖棚'))}"
              f"约{r.randint(20, 300)}平方米，违反了《中华人民共和国城乡规划法》第四十条的规定。")  # fmt: skip
        doc.t("现责令").p("name", p.name).t(
            f"于{g.fmt_date(g.date(year))}前自行拆除。逾期不拆除的，本机关将依法强制拆除。\n"
        )
    else:
        doc.t(f"{office}\n责令限期改正决定书\n\n")
        doc.t("当事人：").p("name", p.name).t(f"  性别：{p.sex}\n身份证号码：").p("id_card", p.id18)
        doc.t("\n住址：").p("address", addr).t("\n联系方式：")
        if r.random() < 0.75:
            doc.p("mobile", g.mobile())
        else:
            doc.p("landline", g.landline(region))
        if r.random() < 0.2:
            doc.t("\n电子送达邮箱：").p("email", g.email())
        doc.t(f"\n    经查，你在{r.choice(region.towns)}{r.choice(region.villages)}耕地内"
              f"{r.choice(('堆放建筑垃圾', '建设烤房', '露天焚烧秸秆', '开设小作坊'))}，违反相关规定。")  # fmt: skip
        if r.random() < 0.4:
            doc.t("经营车辆").p("license_plate", g.plate(region)).t("已被登记。")
        doc.t("现责令").p("name", p.name).t(f"自收到本决定书之日起{r.randint(5, 30)}日内改正。\n")
        if r.random() < 0.4:
            doc.t(f"（注：与{g.company(region)}无关，该公司统一社会信用代码{g.credit_code(region)}。）\n")
    doc.t(
        f"    如不服本决定，可在收到之日起60日内向{region.county}人民政府申请行政复议，或6个月内提起行政诉讼。\n"
    )
    doc.t(f"\n执法人员：{g.official()}（执法证号{r.randint(10000, 99999)}）、{g.official()}\n")
    doc.t(
        f"联系人：{r.choice(COMMON)}队长  联系电话：{g.office_phone(region)}\n{office}\n{g.fmt_date(g.date(year))}\n"
    )


def exit_docs(g: Gen, doc: Doc) -> None:
    r = g.r
    region = r.choice(REGIONS)
    year = r.choice((2023, 2024, 2025))
    office = f"{region.city}公安局出入境管理{r.choice(('支队', '分局', '大队'))}"
    doc.t(f"{office}\n出入境证件作废公告（{year}年第{r.randint(1, 24)}期）\n\n")
    doc.t(
        "根据《中华人民共和国出境入境管理法》《中华人民共和国护照法》规定，下列证件因持证人申报遗失、被盗，"
        "现宣布作废：\n"
    )
    header = ["序号", "姓名", "性别", "出生日期", "证件类型", "证件号码", "作废日期"]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(4, 10)):
        p = g.person((1950, 2010), region)
        roll = r.random()
        if roll < 0.45:
            t, num = "普通护照", C(g.passport(), "passport")
        elif roll < 0.8:
            t, num = "往来港澳通行证", C(g.hk_macau(), "hk_macau_permit")
        else:
            t, num = "往来台湾通行证", C(g.tw(), "tw_permit")
        rows.append([C(p.name, "name"), C(p.sex), C(p.birth.strftime("%Y-%m-%d")), C(t), num,
                     C(g.fmt_date(g.date(year)))])  # fmt: skip
    doc.table(r, header, rows)
    doc.t(
        f"\n受理编号段{g.digits(16, str(year))}—{g.digits(16, str(year))}。如有疑问请致电{g.office_phone(region)}或12367。\n"
    )
    doc.t(f"\n{office}\n{g.fmt_date(g.date(year))}\n")


TYPES: dict[str, Callable[[Gen, Doc], None]] = {
    "学生资助": student_aid,
    "优抚抚恤": veterans,
    "残疾人康复": disabled_rehab,
    "法院执行": court,
    "交警违法": traffic,
    "工伤认定": work_injury,
    "民政登记": civil,
    "征兵体检": conscription,
    "待遇认证": pension_cert,
    "违建拆除": demolition,
    "证件作废": exit_docs,
}


def consistent(doc: dict[str, object]) -> bool:
    """Every occurrence of a labelled name is labelled (an official may not share a labelled name)."""
    text = str(doc["text"])
    spans = cast(list[dict[str, int | str]], doc["spans"])
    covered = {(int(s["start"]), int(s["end"])) for s in spans}
    for s in spans:
        if s["kind"] != "name":
            continue
        name = text[int(s["start"]) : int(s["end"])]
        i = text.find(name)
        while i >= 0:
            if not any(a <= i and i + len(name) <= b for a, b in covered):
                return False
            i = text.find(name, i + 1)
    return True


def generate(docs: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    g = Gen(rng)
    names = list(TYPES)
    out: list[dict[str, object]] = []
    for i in range(docs):
        kind = names[i % len(names)] if i < len(names) else rng.choice(names)
        while True:
            doc = Doc(kind)
            TYPES[kind](g, doc)
            if consistent(doc.out()):
                break
        out.append(doc.out())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args(argv)
    lines = [json.dumps(d, ensure_ascii=False) for d in generate(args.docs, args.seed)]
    if args.output == "-":
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
