# ruff: noqa: E501, SIM905
"""Holdout 26: a blind labelled set of county and township documents on farm subsidies, forestry and land,
medical insurance, disability, children's relief, union aid, emergency management and student aid, written
without reading the detector (gongkai/privacy) or its tests.

Run (standard library only, Python 3.11+, deterministic for a seed):

    python holdout26.py --docs 400 --seed 107 -o out.jsonl            # write the set
    python holdout26.py --docs 400 --seed 107 -o out.jsonl --stats    # also span counts per kind on stderr
    python holdout26.py --decisions                                      # numbered labelling decisions

Each output line is {"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind", "start", "end",
"text"}]}, start/end being Python str offsets. Every span is recorded when its piece is appended, never
searched for afterwards; the generator asserts that each span's text is text[start:end], that spans do not
overlap, that 18-digit IDs pass GB 11643 (real birth date, region code of the region), 15-digit IDs carry a
real date, bank cards pass Luhn and start with a known issuer prefix, and that no unlabelled string looks
like an ID, a mobile or a card by accident (such a document is drawn again).

Regions (each with its own county codes, area code, plate prefix, postcode and naming style):
  甘肃定西   (安定/通渭/陇西/临洮, 0932, 甘J; 李 王 牛 漆 汪 苟 令狐 皇甫, Hui 马; village groups are 社),
  新疆喀什   (喀什市/疏附/疏勒/莎车, 0998, 新Q; Uyghur names with ·/•, some Han),
  内蒙古通辽 (科尔沁/科左中旗/科左后旗/奈曼, 0475, 蒙G; bare Mongolian names, 包/白/宝 + Mongolian, Han),
  四川凉山   (西昌/昭觉/布拖/美姑, 0834, 川W; Yi clan names 吉克 阿牛 沙马 曲比 海来 …),
  西藏日喀则 (桑珠孜/南木林/江孜/拉孜, 0892, 藏D; Tibetan names of two or four characters),
  广西百色   (右江/田阳/德保/靖西, 0776, 桂L; Zhuang surnames 农 韦 覃 岑 蒙 零, addresses to 屯 + 号,
              old codes 451021/451025 for older people),
  山东菏泽   (曹县/单县/郓城/牡丹, 0530, 鲁R; northern Han names, 诸葛 司马; villages 张庄村 王集村),
  江西赣州   (于都/兴国/宁都/瑞金, 0797, 赣B; Hakka names 钟 曾 谢 赖 廖, 欧阳 上官).

Families and sub-kinds:
  agri     subsidy (耕地地力保护补贴/种粮补贴 一卡通 发放 名单), vaccine (动物防疫 强制免疫 登记),
           homestead (农村宅基地 审批 公示 with 四至)
  forest   harvest (林木采伐 许可 公示), contract (土地承包经营权 确权 公示: 承包方, 家庭成员, 地块),
           expropriation (征地 补偿 安置 发放 名单)
  medins   chronic (门诊慢特病 认定 名单), assist (医疗救助 一站式 结算 台账), offsite (异地就医 备案)
  disab    twosub (两项补贴 名单), aids (辅助器具 适配 名单), fuel (机动轮椅车 燃油补贴 with plates)
  child    orphan (孤儿/事实无人抚养儿童 基本生活费), temp (临时救助 审批表)
  union    hardship (困难职工 帮扶 台账), cancer (两癌 救助 名单), autumn (金秋助学)
  emerg    penalty (安全生产 行政处罚 决定书 to a person), disaster (自然灾害 生活救助 台账)
  edu      preschool (学前教育 资助), college (高校新生 入学 资助, 录取学校)

Layouts: label–value forms (one or two a line), prose letters, notices and application statements, tab
tables, space-aligned tables, markdown pipe tables, HTML tables (and whole HTML pages), CSV with quotes,
one cell per line (Word tables as text), numbered lists, 、-separated name lists. About a quarter are
PDF/Word extractions (type ends ".pdf"): prose hard-wrapped at 28–40 columns (an address may break over
the wrap, the span then holds the newline; other spans never break), two-character names spaced out in
tables ("吴　英", "吴  英", the span covering the spaces), page numbers and running titles between rows.

Near-misses, never labelled: GB 32100-valid credit codes (offices, companies, 合作社), 文号, 索引号,
处罚决定书 numbers, 林木采伐许可证号, 承包方编码 (18 digits), 地块编码 (19 digits, never Luhn-valid
with a card prefix), 经营权证编号, 牲畜耳标号 (15 digits), 考生号, 录取通知书编号, 结算单号 and
业务流水号 (some Luhn-valid, none with a card prefix), 执法证号, amounts, dates, postcodes, office
landlines, 监督电话 and hotlines (12345, 12349), gov.cn and township 163 mailboxes, masked IDs, phones,
cards and names (6211021968******12, 139****5678, 尾号3321, 王*英, 张某某, 李女士), officials in their role
(经办人, 审核人, 执法人员, 村委会主任, 防疫员, 园长), offices' addresses, land parcels' locations,
villages, 嘎查, roads and 合作社 containing surnames (王集村, 李家堡村, 漆家湾种植专业合作社).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field

Seg = tuple[str, str | None]
Cell = list[Seg]

DECISIONS = [
    "Private persons in lists, 公示 and 台账 (subsidy recipients, 户主, applicants, household members, "
    "guardians, children, students, parents, 代办人) are labelled name even where the 公示 itself is "
    "required by rule (宅基地, 确权, 采伐, 资助): the web copy still carries personal data the detector must "
    "flag; whether to mask is the publisher's call. (A 拟聘用 公示 is not in this set; by the same rule its "
    "candidates would be labelled.)",
    "Neighbours named in a 四至 ('东至王建军宅基地', '西至李明家承包地') are labelled name; a road, ditch, "
    "集体荒地 or 村道 in a 四至 is not.",
    "Officials and staff in their role are not labelled: 经办人, 审核人, 审批人, 执法人员 (with 执法证号), "
    "村委会主任 or 发包方负责人, 防疫员, 园长, 联系人 of an office, 评审专家, doctors; nor the 法定代表人 "
    "of an employer named in a 处罚决定书.",
    "The 当事人 of a 安全生产 行政处罚决定书 is a private person: name, ID, address, phone, e-mail and any "
    "travel-document number are labelled (the issue lists 当事人/被处罚人 as name contexts; 浙江 第七条 hides "
    "address, phone and ID).",
    "address = a private home down to 号/栋/单元/室/组; '中川村3组', '中川村三社' (社 is the Gansu word for "
    "the village group) and '那满村那亮屯18号' are labelled; a village, 嘎查 or 社区 alone, a township, a land "
    "parcel's location (采伐地点, 拟用地位置, 地块名称) and an office's address are not. The span starts at the "
    "first place name written (province, county or township) and, in a PDF wrap, holds the newline.",
    "A 残疾人证号 (ID + 残疾类别 digit + 等级 digit) gets an id_card span over its first 18 characters only.",
    "Disability written in two columns ('肢体' | '三级') gives two health spans; in one cell ('肢体三级', "
    "'肢体残疾三级') one span. A subsidy type ('重度残疾人护理补贴'), an assistive device ('轮椅', '助听器') and "
    "a 救助类别 ('特困供养人员', '低保对象') are not health.",
    "Named diseases next to an identified person are health: 慢特病 病种, 疾病诊断, 两癌 type, a 致困原因 or "
    "申请理由 naming a disease ('尿毒症', the wife's '乳腺癌'), a named injury ('左腿骨折'); '因病', '患病', "
    "'健康' and '体弱' are not. The category '艾滋病病毒感染儿童' and the class '残疾幼儿' are health.",
    "A 两癌 救助 name list written as a 、-separated list under a heading has names labelled but no health "
    "span (no condition is written next to a person).",
    "Children (孤儿, 幼儿, students) are labelled like adults: names and IDs; birth months and ages are not.",
    "mobile spans cover the 11 digits and any spaces or dashes inside them ('139 3221 4567'); a '+86'/'86-' "
    "prefix stays outside. A private household landline (area code, dash and number) is landline; an "
    "office's phone, 监督电话, 12345/12349/12363 are not.",
    "bank_card spans include the spaces of grouped numbers; the bank's name is not labelled; an office's "
    "非税收入 account and masked cards ('6228 **** **** 1234', '尾号1234') are not.",
    "email: personal mailboxes (including '13912345678@163.com', labelled once as email) are labelled; "
    "*.gov.cn mailboxes and a township office's 163 mailbox are not.",
    "passport: a mainland passport (E + 8 digits, EA + 7) and a Vietnamese national's passport in 百色 "
    "(C/B + 7 digits, stated as 越南护照); hk_macau_permit: 往来港澳通行证 (C + 8) and 港澳居民来往内地通行证 "
    "(H/M + 8 digits); tw_permit: 台湾居民来往大陆通行证 (8 digits). Only the number is labelled.",
    "license_plate: the whole plate including a '·' ('甘J·A3C21', '蒙GD12345').",
    "Uyghur names are labelled whole with the dot ('阿依古丽·吾斯曼'); a bare Mongolian or Tibetan name "
    "('巴特尔', '次仁卓玛') is a name like any other.",
    "First-generation 15-digit IDs of older people in 确权 and 征地 records are id_card_15.",
    "Cooperatives, shops and companies named after a person ('安定区漆文军马铃薯种植专业合作社') and villages "
    "containing surnames are not labelled (an operator's name in a business name).",
    "A 临时救助 申请理由 written by the applicant is prose: every name, the condition and the hospital stay "
    "amount are handled as elsewhere (names and conditions labelled, hospital and amounts not).",
]


# ----------------------------------------------------------------------------------------------- checksums

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W, strict=True)) % 11]


def id_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[17].upper() != id_check(s[:17]):
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return s[:6] in ALL_CODES and 1900 < int(s[6:10]) <= 2026


def id15_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{15}", s) or s[:6] not in ALL_CODES:
        return False
    try:
        dt.date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    except ValueError:
        return False
    return True


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def org_code(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(rng.choice(chars if i == 0 else "0123456789") for i in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(rng: random.Random, prefix: str, region: str) -> str:
    while True:
        body = prefix + region + org_code(rng)
        if any(c not in _CC_CHARS for c in body):
            continue
        s = sum(_CC_CHARS.index(c) * w for c, w in zip(body, _CC_W, strict=True))
        code = body + _CC_CHARS[(31 - s % 31) % 31]
        if not id_valid(code) and not re.fullmatch(r"\d{18}", code):
            return code


def cc_valid(s: str) -> bool:
    if len(s) != 18 or any(c not in _CC_CHARS for c in s):
        return False
    s17 = sum(_CC_CHARS.index(c) * w for c, w in zip(s[:17], _CC_W, strict=True))
    return _CC_CHARS[(31 - s17 % 31) % 31] == s[17]


# ------------------------------------------------------------------------------------------------- regions


@dataclass(frozen=True)
class County:
    code: str
    name: str
    abbr: str
    towns: tuple[str, ...]
    villages: tuple[str, ...]
    old: tuple[str, ...] = ()


@dataclass(frozen=True)
class Region:
    key: str
    prov: str
    city: str
    area: str
    plate: str
    post: str
    domain: str
    group: str
    counties: tuple[County, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]
    bank: tuple[str, str]
    schools: tuple[str, ...]
    hospital: str


def _c(code: str, name: str, abbr: str, towns: str, villages: str, old: str = "") -> County:
    return County(code, name, abbr, tuple(towns.split()), tuple(villages.split()), tuple(old.split()))


REGIONS = (
    Region(
        "GS",
        "甘肃省",
        "定西市",
        "0932",
        "甘J",
        "743000",
        "dingxi.gov.cn",
        "社",
        (
            _c(
                "621102",
                "安定区",
                "安",
                "凤翔镇 内官营镇 香泉镇 巉口镇 西巩驿镇 宁远镇",
                "中川村 景家店村 友好村 先锋村 新集村 李家堡村 红土村",
            ),
            _c(
                "621121",
                "通渭县",
                "通",
                "平襄镇 马营镇 义岗川镇 陇阳镇 碧玉镇",
                "温泉村 锦屏村 石滩村 牛家坡村 赵家岔村",
            ),
            _c(
                "621122",
                "陇西县",
                "陇",
                "巩昌镇 文峰镇 首阳镇 菜子镇 福星镇",
                "三台村 王家门村 仁寿村 东四村 科羊村",
            ),
            _c(
                "621124",
                "临洮县",
                "临",
                "洮阳镇 辛店镇 太石镇 新添镇 衙下集镇",
                "后地湾村 杨家庄村 三益村 苟家滩村 漆家湾村",
            ),
        ),
        ("永定路", "中华路", "交通路", "友谊路", "新城大道", "福台路"),
        ("锦绣花园", "馨园小区", "金港花园", "福馨苑", "龙源小区"),
        ("甘肃省农村信用社", "623065"),
        ("兰州大学", "西北师范大学", "兰州交通大学", "甘肃农业大学", "陇东学院", "定西师范高等专科学校"),
        "定西市人民医院",
    ),
    Region(
        "KS",
        "新疆维吾尔自治区",
        "喀什地区",
        "0998",
        "新Q",
        "844000",
        "xjks.gov.cn",
        "组",
        (
            _c(
                "653101",
                "喀什市",
                "喀",
                "浩罕乡 多来特巴格乡 夏马勒巴格镇 乃则尔巴格镇 色满乡",
                "阿亚格曼干村 托万克村 巴格其村 阔纳巴扎村",
            ),
            _c(
                "653121",
                "疏附县",
                "疏附",
                "托克扎克镇 乌帕尔镇 塔什米里克乡 布拉克苏乡 站敏乡",
                "色满村 阿亚克托格拉克村 英阿瓦提村 阔纳协海尔村",
            ),
            _c(
                "653122",
                "疏勒县",
                "疏勒",
                "疏勒镇 罕南力克镇 巴合齐乡 牙甫泉镇 塔孜洪乡",
                "阿克吉格代村 喀拉墩村 博斯坦村 阔什吐格曼村",
            ),
            _c(
                "653125",
                "莎车县",
                "莎",
                "莎车镇 艾力西湖镇 荒地镇 托木吾斯塘乡 阿瓦提镇",
                "巴格万村 阿热勒村 亚喀艾日克村 喀群村",
            ),
        ),
        ("人民东路", "解放北路", "色满路", "世纪大道", "克孜都维路"),
        ("东湖小区", "金胡杨小区", "城东花园", "香妃园小区"),
        ("新疆农村信用社", "621008"),
        ("新疆大学", "喀什大学", "新疆师范大学", "塔里木大学", "新疆农业大学", "喀什职业技术学院"),
        "喀什地区第一人民医院",
    ),
    Region(
        "TL",
        "内蒙古自治区",
        "通辽市",
        "0475",
        "蒙G",
        "028000",
        "tongliao.gov.cn",
        "组",
        (
            _c(
                "150502",
                "科尔沁区",
                "科",
                "大林镇 钱家店镇 庆和镇 木里图镇 红星街道",
                "东兴村 哈日乌苏嘎查 兴隆村 宝力根花嘎查 于家窝堡村",
            ),
            _c(
                "150521",
                "科尔沁左翼中旗",
                "科左中",
                "保康镇 舍伯吐镇 花吐古拉镇 巴彦塔拉镇 架玛吐镇",
                "巴彦塔拉嘎查 乌兰敖道嘎查 查干淖尔嘎查 白家铺村 哈拉沁嘎查",
            ),
            _c(
                "150522",
                "科尔沁左翼后旗",
                "科左后",
                "甘旗卡镇 吉尔嘎朗镇 努古斯台镇 海鲁吐镇",
                "阿古拉嘎查 包家屯村 塔拉嘎查 朝鲁吐嘎查",
            ),
            _c(
                "150525",
                "奈曼旗",
                "奈",
                "大沁他拉镇 八仙筒镇 青龙山镇 沙日浩来镇",
                "章古台嘎查 孟家段村 苇莲苏嘎查 东明村",
            ),
        ),
        ("建国路", "科尔沁大街", "霍林河大街", "和平路", "民主路"),
        ("西门小区", "阳光新城", "明仁小区", "华油小区"),
        ("内蒙古农村信用社", "622889"),
        ("内蒙古民族大学", "内蒙古大学", "内蒙古农业大学", "通辽职业学院", "内蒙古师范大学", "中央民族大学"),
        "通辽市医院",
    ),
    Region(
        "LS",
        "四川省",
        "凉山彝族自治州",
        "0834",
        "川W",
        "615000",
        "lsz.gov.cn",
        "组",
        (
            _c(
                "513401",
                "西昌市",
                "西",
                "安宁镇 礼州镇 川兴镇 佑君镇 长安街道",
                "凤凰村 裕隆村 新农村 民和村",
            ),
            _c(
                "513431",
                "昭觉县",
                "昭",
                "新城镇 竹核镇 四开乡 谷曲乡",
                "三河村 火普村 特布洛村 阿并洛古村 洛觉村",
            ),
            _c(
                "513429", "布拖县", "布", "特木里镇 拖觉镇 补尔乡 俄里坪乡", "依撒村 吉吾村 浪珠村 阿布洛哈村"
            ),
            _c("513436", "美姑县", "美", "巴普镇 牛牛坝镇 农作乡 洒库乡", "拉木村 觉莫村 依果觉村 呷洛村"),
        ),
        ("胜利路", "航天大道", "长安路", "三岔口南路", "马道街"),
        ("海滨小区", "安宁阳光城", "月城花园", "邛海湾小区"),
        ("四川省农村信用社", "621457"),
        ("西昌学院", "西南民族大学", "四川大学", "四川农业大学", "西南石油大学", "四川民族学院"),
        "凉山州第一人民医院",
    ),
    Region(
        "RK",
        "西藏自治区",
        "日喀则市",
        "0892",
        "藏D",
        "857000",
        "rikaze.gov.cn",
        "组",
        (
            _c(
                "540202",
                "桑珠孜区",
                "桑",
                "甲措雄乡 聂日雄乡 东嘎乡 江当乡 城南街道",
                "帕日村 嘎东村 夏嘎村 江嘎村 扎西宗村",
            ),
            _c("540221", "南木林县", "南", "南木林镇 土布加乡 艾玛乡 卡孜乡", "努玛村 岗久村 多角村 雪村"),
            _c("540222", "江孜县", "江", "江孜镇 重孜乡 年堆乡 紫金乡", "班觉伦布村 宗堆村 江热村"),
            _c("540225", "拉孜县", "拉", "拉孜镇 曲下镇 查务乡 锡钦乡", "次龙村 查嘎村 帕美村"),
        ),
        ("珠峰路", "上海中路", "青岛路", "吉林路", "山东路"),
        ("城南安居小区", "德吉康萨", "扎西吉彩小区", "幸福家园"),
        ("西藏银行", "623107"),
        ("西藏大学", "西藏民族大学", "西藏农牧学院", "西藏藏医药大学", "中央民族大学", "西南民族大学"),
        "日喀则市人民医院",
    ),
    Region(
        "BS",
        "广西壮族自治区",
        "百色市",
        "0776",
        "桂L",
        "533000",
        "baise.gov.cn",
        "屯",
        (
            _c(
                "451002",
                "右江区",
                "右",
                "龙景街道 阳圩镇 四塘镇 汪甸瑶族乡 大楞乡",
                "那毕村 定律村 江凤村 六合村",
            ),
            _c(
                "451003",
                "田阳区",
                "田",
                "田州镇 那坡镇 百育镇 头塘镇",
                "那满村 东江村 四那村 兴城村",
                "451021",
            ),
            _c("451024", "德保县", "德", "城关镇 隆桑镇 足荣镇 马隘镇", "那亮村 陇麻村 巴龙村 弄怀村"),
            _c(
                "451081",
                "靖西市",
                "靖",
                "新靖镇 龙邦镇 岳圩镇 湖润镇",
                "旧州村 那桑村 大兴村 弄芬村",
                "451025",
            ),
        ),
        ("向阳路", "中山二路", "城东大道", "龙景路", "新兴路"),
        ("东盟花园", "右江明珠", "百胜小区", "阳光家园"),
        ("广西农村信用社", "621459"),
        ("百色学院", "广西民族大学", "广西大学", "右江民族医学院", "广西师范大学", "桂林理工大学"),
        "右江民族医学院附属医院",
    ),
    Region(
        "HZ",
        "山东省",
        "菏泽市",
        "0530",
        "鲁R",
        "274000",
        "heze.gov.cn",
        "号",
        (
            _c(
                "371721",
                "曹县",
                "曹",
                "曹城街道 庄寨镇 大集镇 青菏街道 普连集镇",
                "丁楼村 孙庄村 张庄村 王集村 刘寨村",
            ),
            _c("371722", "单县", "单", "北城街道 终兴镇 黄岗镇 浮岗镇", "李楼村 时楼村 朱集村 郭庄村"),
            _c("371725", "郓城县", "郓", "郓州街道 黄安镇 杨庄集镇 唐庙镇", "马庄村 宋楼村 武安村 姬庄村"),
            _c("371702", "牡丹区", "牡", "牡丹街道 沙土镇 吴店镇 王浩屯镇", "陈集村 马岭岗村 袁楼村 何楼村"),
        ),
        ("中华路", "人民路", "长江路", "双河路", "青年路"),
        ("香榭里小区", "牡丹花园", "东方红小区", "银座小区"),
        ("山东省农村信用社", "623190"),
        ("菏泽学院", "山东大学", "曲阜师范大学", "山东农业大学", "菏泽医学专科学校", "济南大学"),
        "菏泽市立医院",
    ),
    Region(
        "GZ",
        "江西省",
        "赣州市",
        "0797",
        "赣B",
        "341000",
        "ganzhou.gov.cn",
        "组",
        (
            _c(
                "360731",
                "于都县",
                "于",
                "贡江镇 罗坳镇 银坑镇 禾丰镇 车溪乡",
                "谢屋村 钟屋村 刘坑村 曾坊村 上欧村",
            ),
            _c("360732", "兴国县", "兴", "潋江镇 高兴镇 长冈乡 江背镇", "廖屋村 黄沙村 塘石村 石印村"),
            _c("360730", "宁都县", "宁", "梅江镇 青塘镇 黄陂镇 东山坝镇", "肖田村 赖坊村 小布村 固村"),
            _c("360781", "瑞金市", "瑞", "象湖镇 沙洲坝镇 叶坪乡 壬田镇", "洋溪村 黄柏村 下肖村 凤岗村"),
        ),
        ("红旗大道", "文清路", "长征大道", "健康路", "八一四大道"),
        ("阳光花园", "金色家园", "锦江华府", "红都新城"),
        ("江西农商银行", "621592"),
        ("赣南师范大学", "江西理工大学", "南昌大学", "赣南医科大学", "江西财经大学", "井冈山大学"),
        "赣州市人民医院",
    ),
)

ALL_CODES = {c for r in REGIONS for cty in r.counties for c in (cty.code, *cty.old)}

NATIONAL_BANKS = (
    ("中国农业银行", "622848", 19),
    ("中国农业银行", "623052", 19),
    ("中国邮政储蓄银行", "621799", 19),
    ("中国邮政储蓄银行", "621098", 19),
    ("中国建设银行", "621700", 19),
    ("中国建设银行", "436742", 19),
    ("中国工商银行", "622202", 19),
    ("中国银行", "621661", 19),
    ("中国银行", "456351", 16),
    ("交通银行", "622262", 19),
    ("中国工商银行", "524047", 16),
)
CARD_PREFIXES = tuple(p for _, p, _ in NATIONAL_BANKS) + tuple(r.bank[1] for r in REGIONS)

# ------------------------------------------------------------------------------------------------- names

OLD_M = "建国 建军 国强 有才 存福 进喜 保山 金锁 振华 文军 发生 水生 冬生 福林 德明 永红 学文 成林 志刚 天明 满仓 长顺 海军 玉龙 宝林 春生 光明 继红 守仁 生财 来福 明堂".split()
OLD_F = "秀英 桂兰 玉兰 凤英 彩霞 秀云 翠花 桂香 冬梅 玉梅 春花 金凤 石秀 美英 淑珍 兰英 改花 引弟 菊香 爱莲 秀芳 丽萍 红梅 海燕 粉香 满香".split()
MID_M = "伟 军 勇 斌 涛 强 磊 建华 红军 海涛 志强 小军 永平 国庆 卫东 晓东 文斌 亚军 俊 鹏飞 海龙 东升 金龙 小平".split()
MID_F = "丽 娟 敏 燕 艳 霞 芳 红 晓燕 丽娟 海霞 春燕 小红 雪梅 彩琴 亚琴 玉霞 小燕 丽华 金花 晓丽".split()
YOUNG_M = "浩然 子轩 梓豪 宇航 俊熙 博文 一鸣 思远 嘉豪 明轩 子墨 宇 鑫 磊 涛 鹏 晨阳 天佑 锦程 文博 家乐 瑞 志豪 奕辰".split()
YOUNG_F = "欣怡 雨桐 梓涵 诗琪 可馨 紫萱 雅婷 佳怡 思雨 若曦 一诺 婷 静 悦 佳琪 梦瑶 语嫣 晓雪 安琪 欣然 子涵".split()

SURNAMES = {
    "GS": "李 李 王 王 张 张 牛 漆 汪 陈 杨 杨 马 马 赵 何 景 苟 姚 魏 令狐 皇甫 后 孙 刘".split(),
    "KS": "王 李 张 刘 陈 杨 赵 周".split(),
    "TL": "王 李 刘 张 孙 于 包 白 宝 韩 吴 胡 陈 高".split(),
    "LS": "马 沙 吉 王 李 阿 曲 杨 刘 张".split(),
    "RK": "王 李 张 刘 陈 杨".split(),
    "BS": "黄 黄 黄 农 韦 韦 覃 陆 梁 蒙 岑 莫 凌 罗 李 零 廖 班 许 马 周".split(),
    "HZ": "王 王 张 张 李 李 刘 孔 曹 郭 赵 孙 田 尹 丁 魏 朱 时 姬 诸葛 司马 袁".split(),
    "GZ": "钟 曾 曾 谢 刘 刘 赖 邱 温 廖 黄 陈 肖 欧阳 欧阳 上官 蓝 朱 罗 池".split(),
}
UY_M = "阿不都热合曼 买买提 艾力 吐尔逊 阿不力孜 麦麦提明 艾合买提 努尔买买提 阿卜杜拉 热合曼 伊力哈木 吾斯曼 亚森 阿布都外力 艾则孜 库尔班 托合提 依明 肉孜 喀迪尔 玉素甫 热依木 阿迪力 买合木提".split()
UY_F = "古丽努尔 阿依古丽 帕提古丽 再努尔 阿依努尔 热依拉 布合力其木 古再丽努尔 米日古丽 图尔荪古丽 祖丽皮亚 阿米娜 帕丽旦 努尔尼沙 萨拉木古丽 阿依夏木".split()
MG_M = "巴特尔 乌力吉 那仁满都拉 额尔敦仓 阿拉坦仓 宝音德力格尔 图门吉日嘎拉 朝鲁 毕力格 苏和 巴雅尔 哈斯 孟和 格日勒图 吉日木图 青格勒 额尔敦".split()
MG_F = "斯琴高娃 乌云其木格 萨仁图雅 其其格 乌日娜 苏日娜 高娃 娜仁花 塔娜 阿拉坦其其格 图雅 萨日娜 乌兰 敖登".split()
TB_A = "扎西 次仁 旦增 达瓦 普布 尼玛 拉巴 边巴 索朗 多吉 平措 顿珠 旺堆 次旦 格桑 罗布 加措 米玛 巴桑 白玛".split()
TB_F = "卓玛 央金 曲珍 德吉 拉姆 卓嘎 央宗 普赤 琼达 仓决 旺姆 次珍".split()
YI_CLAN = "吉克 阿牛 沙马 曲比 海来 俄木 勒格 阿西 马海 吉伍 阿苏 日火 阿吉 吉木 瓦其 果基 俄底 阿的 木乃 拉马".split()
YI_M = "木呷 拉则 石布 尔古 伍沙 阿木 拉且 子哈 日哈 布哈 克惹 阿力 伍各 约达".split()
YI_F = "阿依 阿呷 阿乌 么么 阿芝 石者 日莫 有格 伍呷 阿果 史莫 尔作".split()


def han_name(rng: random.Random, key: str, sex: str, age: int) -> str:
    sur = rng.choice(SURNAMES[key])
    if age < 28:
        pool = YOUNG_M if sex == "男" else YOUNG_F
    elif age < 55:
        pool = MID_M if sex == "男" else MID_F
    else:
        pool = OLD_M if sex == "男" else OLD_F
    return sur + rng.choice(pool)


def region_name(rng: random.Random, key: str, sex: str, age: int) -> str:
    x = rng.random()
    if key == "KS" and x < 0.82:
        dot = "·" if rng.random() < 0.85 else "•"
        return rng.choice(UY_M if sex == "男" else UY_F) + dot + rng.choice(UY_M)
    if key == "TL":
        if x < 0.3:
            return rng.choice(MG_M if sex == "男" else MG_F)
        if x < 0.55:
            g = rng.choice([n for n in (MG_M if sex == "男" else MG_F) if len(n) <= 3])
            return rng.choice("包白宝韩吴") + g
    if key == "RK" and x < 0.9:
        a = rng.choice(TB_A)
        if rng.random() < 0.15:
            return a if sex == "男" else rng.choice(TB_F)
        b = rng.choice([t for t in TB_A if t != a]) if sex == "男" else rng.choice(TB_F)
        return a + b
    if key == "LS" and x < 0.75:
        return rng.choice(YI_CLAN) + rng.choice(YI_M if sex == "男" else YI_F)
    return han_name(rng, key, sex, age)


# ------------------------------------------------------------------------------------------------- document


def cw(ch: str) -> float:
    return 1.0 if ord(ch) > 0x2E80 else 0.5


def dwidth(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def P(s: str) -> Cell:
    return [(s, None)]


def K(s: str, kind: str) -> Cell:
    return [(s, kind)]


def ctext(c: Cell) -> str:
    return "".join(t for t, _ in c)


PDF_LAYOUTS = ("pspace", "pcells")
LAYOUTS = ("tab", "space", "pipe", "html", "csv", "cells", "numbered", "records")


class Doc:
    def __init__(self, rng: random.Random, pdf: bool) -> None:
        self.rng = rng
        self.pdf = pdf
        self.html = (not pdf) and rng.random() < 0.12
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[dict[str, object]] = []
        self.width = rng.randint(28, 40)
        self.page = 1
        self.pagestyle = rng.randrange(4)
        self.namesp = rng.choice(["　", "  ", " ", "　"])
        self.spaceprob = rng.choice([0.0, 0.5, 1.0, 1.0])
        self.running = ""

    def put(self, s: str, kind: str | None = None) -> None:
        if not s:
            return
        if kind:
            self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(s), "text": s})
        self.buf.append(s)
        self.n += len(s)

    def segs(self, segs: Cell) -> None:
        for t, k in segs:
            self.put(t, k)

    def text(self) -> str:
        return "".join(self.buf)

    def layout(self, big: bool = True) -> str:
        if self.pdf:
            return self.rng.choice(PDF_LAYOUTS)
        if self.html:
            return "html"
        pool = LAYOUTS if big else ("tab", "space", "pipe", "cells", "numbered", "records", "csv")
        return self.rng.choice(pool)

    def line(self, x: str | Cell = "") -> None:
        segs = P(x) if isinstance(x, str) else x
        if self.html:
            if not ctext(segs).strip():
                return
            self.put("<p>")
            self.segs(segs)
            self.put("</p>\n")
        else:
            self.segs(segs)
            self.put("\n")

    def title(self, x: str | Cell) -> None:
        segs = P(x) if isinstance(x, str) else x
        s = ctext(segs)
        if self.html:
            self.put("<h2>")
            self.segs(segs)
            self.put("</h2>\n")
        elif self.pdf and len(s) > self.width:
            self.para(segs, indent=False)
        else:
            self.segs(segs)
            self.put("\n")
        self.running = s if all(k is None for _, k in segs) else ""

    def para(self, segs: Cell, indent: bool = True) -> None:
        if not self.pdf:
            self.line(([("　　", None)] if indent and not self.html else []) + segs)
            return
        col = 0.0
        if indent:
            self.put("　　")
            col = 2.0
        w = float(self.width)
        for t, k in segs:
            if not t:
                continue
            if k is None:
                chunk = []
                for ch in t:
                    if col + cw(ch) > w:
                        chunk.append("\n")
                        col = 0.0
                    chunk.append(ch)
                    col += cw(ch)
                self.put("".join(chunk))
            elif k == "address":
                if col + cw(t[0]) > w:
                    self.put("\n")
                    col = 0.0
                out = []
                for j, ch in enumerate(t):
                    if col + cw(ch) > w and j > 0:
                        out.append("\n")
                        col = 0.0
                    out.append(ch)
                    col += cw(ch)
                self.put("".join(out), k)
            else:
                ln = sum(cw(ch) for ch in t)
                if col + ln > w and col > 0:
                    self.put("\n")
                    col = 0.0
                self.put(t, k)
                col += ln
        self.put("\n")

    def pagebreak(self, total: int) -> None:
        self.page += 1
        p = self.page - 1
        foot = (f"- {p} -", f"第 {p} 页 共 {total} 页", f"—{p}—", f"{p}")[self.pagestyle]
        self.put(foot + "\n")
        if self.rng.random() < 0.7 and self.running:
            self.put(self.running + ("（续）" if self.rng.random() < 0.4 else "") + "\n")

    def space_names(self, row: list[Cell]) -> list[Cell]:
        out = []
        for c in row:
            nc: Cell = []
            for t, k in c:
                if (
                    k == "name"
                    and len(t) == 2
                    and all(ord(ch) > 0x2E80 for ch in t)
                    and self.rng.random() < self.spaceprob
                ):
                    t = t[0] + self.namesp + t[1]
                nc.append((t, k))
            out.append(nc)
        return out

    def table(
        self, head: list[str], rows: list[list[Cell]], layout: str, total: list[Cell] | None = None
    ) -> None:
        rng = self.rng
        allrows = rows + ([total] if total else [])
        if layout in PDF_LAYOUTS:
            allrows = [self.space_names(r) for r in allrows]
            k = rng.randint(6, 14)
            pages = len(allrows) // k + 2
            sep = rng.choice([" ", "  ", "   "])
            for i, r in enumerate(allrows):
                if i == 0 or (i % k == 0 and rng.random() < 0.9):
                    if i:
                        self.pagebreak(pages)
                    if i == 0 or rng.random() < 0.6:
                        if layout == "pspace":
                            self.put(sep.join(head) + "\n")
                        else:
                            self.put("\n".join(head) + "\n")
                if layout == "pspace":
                    first = True
                    for c in r:
                        if not ctext(c):
                            continue
                        if not first:
                            self.put(sep)
                        first = False
                        self.segs(c)
                    self.put("\n")
                else:
                    for c in r:
                        if ctext(c):
                            self.segs(c)
                            self.put("\n")
            if rng.random() < 0.6:
                self.pagebreak(pages)
            return
        if layout == "tab":
            self.put("\t".join(head) + "\n")
            for r in allrows:
                for j, c in enumerate(r):
                    if j:
                        self.put("\t")
                    self.segs(c)
                self.put("\n")
        elif layout == "space":
            widths = [max(dwidth(h), *(dwidth(ctext(r[j])) for r in allrows)) for j, h in enumerate(head)]
            gap = rng.choice([1, 2, 2, 3])
            for r in [[P(h) for h in head], *allrows]:
                for j, c in enumerate(r):
                    self.segs(c)
                    if j < len(r) - 1:
                        self.put(" " * (widths[j] - dwidth(ctext(c)) + gap))
                self.put("\n")
        elif layout == "pipe":
            self.put("| " + " | ".join(head) + " |\n")
            self.put("|" + "|".join("---" for _ in head) + "|\n")
            for r in allrows:
                self.put("| ")
                for j, c in enumerate(r):
                    if j:
                        self.put(" | ")
                    self.segs(c)
                self.put(" |\n")
        elif layout == "html":
            self.put(
                '<table border="1" cellspacing="0">\n<tr>'
                + "".join(f"<th>{h}</th>" for h in head)
                + "</tr>\n"
            )
            for r in allrows:
                self.put("<tr>")
                for c in r:
                    self.put("<td>")
                    self.segs(c)
                    self.put("</td>")
                self.put("</tr>\n")
            self.put("</table>\n")
        elif layout == "csv":
            allq = rng.random() < 0.3
            self.put(",".join(f'"{h}"' if allq else h for h in head) + "\n")
            for r in allrows:
                for j, c in enumerate(r):
                    if j:
                        self.put(",")
                    q = allq or "," in ctext(c) or "，" in ctext(c)
                    if q:
                        self.put('"')
                    self.segs(c)
                    if q:
                        self.put('"')
                self.put("\n")
        elif layout == "cells":
            for h in head:
                self.put(h + "\n")
            for r in allrows:
                for c in r:
                    self.segs(c)
                    self.put("\n")
        elif layout == "numbered":
            style = rng.randrange(3)
            for i, r in enumerate(rows, 1):
                self.put((f"{i}. ", f"{i}．", f"（{i}）")[style])
                first = True
                for h, c in zip(head, r, strict=True):
                    if h == "序号" or not ctext(c):
                        continue
                    if not first:
                        self.put("，")
                    first = False
                    self.put(h + "：")
                    self.segs(c)
                self.put("。\n")
            if total:
                self.put(
                    "合计："
                    + "，".join(
                        f"{h}{ctext(c)}"
                        for h, c in zip(head, total, strict=True)
                        if ctext(c) and h != "序号" and ctext(c) != "合计"
                    )
                    + "。\n"
                )
        elif layout == "records":
            two = rng.random() < 0.5
            for r in rows:
                fields = [(h, c) for h, c in zip(head, r, strict=True) if ctext(c)]
                for j, (h, c) in enumerate(fields):
                    self.put(h + ("：" if rng.random() < 0.9 else ":"))
                    self.segs(c)
                    if two and j % 2 == 0 and j < len(fields) - 1:
                        self.put("    ")
                    else:
                        self.put("\n")
                self.put("\n")
        else:
            raise AssertionError(layout)


# ------------------------------------------------------------------------------------------------- world

MOBILE_PREFIX = "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 175 176 177 180 181 182 183 185 186 187 188 189 191 193 198 199".split()
NUMERALS = "一二三四五六七八九十"


@dataclass
class Person:
    name: str
    sex: str
    birth: dt.date
    idno: str
    town: str
    village: str
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def age(self) -> int:
        return 2025 - self.birth.year


class World:
    def __init__(self, rng: random.Random, region: Region) -> None:
        self.rng = rng
        self.r = region
        self.c = rng.choice(region.counties)
        self.year = rng.choice((2022, 2023, 2024, 2024, 2025))
        self.names: set[str] = set()
        self.town_ = rng.choice(self.c.towns)

    # ---- basic draws
    def uname(self, sex: str, age: int) -> str:
        for _ in range(50):
            n = region_name(self.rng, self.r.key, sex, age)
            if n not in self.names and not any(n in x or x in n for x in self.names):
                self.names.add(n)
                return n
        raise AssertionError("names")

    def official(self) -> str:
        return self.uname(self.rng.choice("男男女"), self.rng.randint(30, 55))

    def idno(self, birth: dt.date, sex: str, code: str | None = None) -> str:
        rng = self.rng
        if code is None:
            code = self.c.code
            if self.c.old and birth.year < 2012 and rng.random() < 0.6:
                code = rng.choice(self.c.old)
        seq = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
        body = f"{code}{birth:%Y%m%d}{seq:03d}"
        chk = id_check(body)
        if chk == "X" and rng.random() < 0.15:
            chk = "x"
        return body + chk

    def id15(self, p: Person) -> str:
        seq = int(p.idno[14:17])
        return f"{p.idno[:6]}{p.birth:%y%m%d}{seq:03d}"

    def person(self, sex: str | None = None, lo: int = 22, hi: int = 80, town: str | None = None) -> Person:
        rng = self.rng
        sex = sex or rng.choice("男女")
        age = rng.randint(lo, hi)
        birth = dt.date(2025 - age, rng.randint(1, 12), rng.randint(1, 28))
        name = self.uname(sex, age)
        t = town or (self.town_ if rng.random() < 0.6 else rng.choice(self.c.towns))
        return Person(name, sex, birth, self.idno(birth, sex), t, rng.choice(self.c.villages))

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIX) + f"{self.rng.randint(0, 99999999):08d}"

    def mobile_segs(self) -> Cell:
        m = self.mobile()
        x = self.rng.random()
        if x < 0.05:
            return [("+86 ", None), (m, "mobile")]
        if x < 0.09:
            return [(f"{m[:3]} {m[3:7]} {m[7:]}", "mobile")]
        if x < 0.12:
            return [(f"{m[:3]}-{m[3:7]}-{m[7:]}", "mobile")]
        return K(m, "mobile")

    def landline(self) -> str:
        return f"{self.r.area}-{self.rng.randint(2, 8)}{self.rng.randint(0, 999999):06d}"

    def office_phone(self) -> str:
        return self.landline()

    def card(self, local: float = 0.5) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < local:
            bank, pre, ln = self.r.bank[0], self.r.bank[1], 19
        else:
            bank, pre, ln = rng.choice(NATIONAL_BANKS)
        body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
        return bank, luhn_complete(body)

    def card_text(self, num: str, grouped: float = 0.15) -> str:
        if self.rng.random() < grouped:
            return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return num

    def amount(self, lo: float, hi: float, cents: bool = True) -> str:
        v = self.rng.uniform(lo, hi)
        return f"{v:.2f}" if cents else f"{round(v):d}"

    def date(self, m0: int = 1, m1: int = 12, year: int | None = None) -> dt.date:
        return dt.date(year or self.year, self.rng.randint(m0, m1), self.rng.randint(1, 28))

    def group(self) -> str:
        n = self.rng.randint(1, 9)
        if self.r.group == "号":
            return ""
        if self.r.group == "屯":
            return self.rng.choice(("那亮", "弄立", "那布", "坡豪", "巴平", "那拉", "百合", "陇内")) + "屯"
        return (str(n) if self.rng.random() < 0.6 else NUMERALS[n - 1]) + self.r.group

    def home(self, p: Person, level: str = "auto", prefix: str | None = None) -> str:
        """A private home address (always at 组/社/号/室 level)."""
        rng = self.rng
        if prefix is None:
            x = rng.random()
            prefix = (
                ""
                if x < 0.4
                else self.c.name
                if x < 0.75
                else self.r.city + self.c.name
                if x < 0.9
                else self.r.prov + self.r.city + self.c.name
            )
        if level == "auto":
            level = "urban" if rng.random() < 0.2 else "rural"
        if level == "urban":
            road = rng.choice(self.r.roads)
            est = rng.choice(self.r.estates)
            b, u, f = rng.randint(1, 24), rng.randint(1, 4), rng.randint(1, 7)
            room = f"{f}0{rng.randint(1, 4)}"
            return rng.choice(
                (
                    f"{prefix}{road}{rng.randint(1, 300)}号{est}{b}号楼{u}单元{room}室",
                    f"{prefix}{est}{b}栋{u}单元{room}室",
                    f"{prefix}{road}{rng.randint(1, 300)}号院{b}号楼{room}",
                    f"{prefix}{road}{rng.randint(1, 300)}号{b}幢{room}室",
                )
            )
        town = p.town if rng.random() < 0.8 or prefix else ""
        g = self.group()
        no = rng.randint(1, 199)
        if self.r.group == "号":
            return f"{prefix}{town}{p.village}{no}号"
        if self.r.group == "屯":
            return f"{prefix}{town}{p.village}{g}{no}号"
        if rng.random() < 0.45:
            return f"{prefix}{town}{p.village}{g}"
        return f"{prefix}{town}{p.village}{g}{no}号"

    def masked_id(self, p: Person) -> str:
        s = p.idno
        return self.rng.choice(
            (
                s[:6] + "********" + s[-4:],
                s[:6] + "*" * 8 + s[-4:],
                s[:2] + "*" * 13 + s[-3:],
                s[:10] + "******" + s[-2:],
            )
        )

    def masked_mobile(self) -> str:
        m = self.mobile()
        return m[:3] + "****" + m[7:]

    def masked_name(self, n: str) -> str:
        if "·" in n or "•" in n:
            a, b = re.split("[·•]", n)
            return a[0] + "*" * (len(a) - 1) + "·" + b[0] + "*" * (len(b) - 1)
        if len(n) == 2:
            return n[0] + "*"
        return n[0] + "*" + n[2:] if self.rng.random() < 0.5 else n[0] + "*" * (len(n) - 1)

    def cc(self, prefix: str = "91") -> str:
        return credit_code(self.rng, prefix, self.c.code)

    def gov_cc(self) -> str:
        return credit_code(self.rng, "11", self.c.code)

    def wenhao(self, dept: str) -> str:
        return f"{self.c.abbr}{dept}〔{self.year}〕{self.rng.randint(1, 160)}号"

    def suoyin(self) -> str:
        rng = self.rng
        if rng.random() < 0.65:
            return f"{self.gov_cc()}/{self.year}-{rng.randint(1, 3000):05d}"
        return f"{self.c.code}-{rng.randint(1, 40):02d}-{self.year}-{rng.randint(1, 9999):06d}"

    def hospital(self) -> str:
        return self.rng.choice(
            (
                self.r.hospital,
                f"{self.c.name}人民医院",
                f"{self.c.name}中医医院",
                f"{self.town_}卫生院",
                f"{self.r.prov[:2]}省人民医院"
                if self.r.key in ("GS", "LS", "GZ", "HZ")
                else f"{self.c.name}妇幼保健院",
            )
        )

    def company(self) -> str:
        rng = self.rng
        boss = region_name(rng, self.r.key, "男", 45)
        while "·" in boss or "•" in boss or len(boss) > 4:
            boss = han_name(rng, self.r.key, "男", 45)
        return rng.choice(
            (
                f"{self.c.name}{rng.choice(('鑫源', '恒达', '宏远', '金盛', '顺发', '瑞丰'))}{rng.choice(('建材', '矿业', '商贸', '建筑工程', '砖瓦', '农机'))}有限公司",
                f"{self.r.city}{rng.choice(('华通', '永盛', '众诚', '兴旺'))}{rng.choice(('物流', '化工', '食品', '机械制造'))}有限责任公司",
                f"{self.c.name}{boss[:-1] if len(boss) > 2 else boss}{rng.choice(('', '氏'))}{rng.choice(('马铃薯种植', '肉牛养殖', '中药材种植', '农机服务'))}专业合作社",
                f"{self.c.name}{boss}{rng.choice(('汽修部', '加气站', '烟花爆竹零售店', '砂石料场'))}",
            )
        )


def meta(d: Doc, w: World, org: str, dept: str, topic: str) -> None:
    rng = d.rng
    if rng.random() < 0.45:
        return
    date = w.date()
    items = [
        ("索引号", w.suoyin()),
        ("发布机构", org),
        ("发文日期" if rng.random() < 0.5 else "成文日期", f"{date.year}-{date.month:02d}-{date.day:02d}"),
        ("文号", w.wenhao(dept) if rng.random() < 0.6 else "无"),
        ("主题分类", topic),
    ]
    if d.html:
        d.put('<table class="xxgk">\n')
        for k, v in items:
            d.put(f"<tr><td>{k}</td><td>{v}</td></tr>\n")
        d.put("</table>\n")
        return
    two = rng.random() < 0.5
    for j, (k, v) in enumerate(items):
        d.put(f"{k}：{v}")
        d.put("    " if two and j % 2 == 0 and j < len(items) - 1 else "\n")


def footer(d: Doc, w: World, org: str, date: dt.date | None = None, contact: bool = True) -> None:
    rng = d.rng
    date = date or w.date()
    if contact:
        x = rng.random()
        off = w.official()
        if x < 0.35:
            d.para(
                P(
                    f"监督电话：{w.office_phone()}；{rng.choice(('12345政务服务便民热线', '12345', '民生热线12345', '12349'))}。"
                )
            )
        elif x < 0.7:
            d.para(P(f"联系人：{off}    联系电话：{w.office_phone()}"), indent=False)
            if rng.random() < 0.5:
                box = rng.choice(
                    (
                        f"{w.c.abbr.lower() if w.c.abbr.isascii() else 'xxgk'}{rng.randint(10, 99)}@{w.r.domain}",
                        f"zwgk_{w.c.code}@{w.r.domain}",
                        f"{rng.choice(('fxz', 'xzzf', 'nyb', 'mzb', 'tjz'))}{rng.randint(2010, 2023)}@163.com",
                    )
                )
                d.para(P(f"电子邮箱：{box}"), indent=False)
        else:
            d.para(
                P(
                    f"联系地址：{w.c.name}{rng.choice(w.r.roads)}{rng.randint(1, 200)}号（邮编：{w.r.post}）  电话：{w.office_phone()}"
                ),
                indent=False,
            )
    d.line("")
    d.line(org)
    d.line(f"{date.year}年{date.month}月{date.day}日")


# ------------------------------------------------------------------------------------------------- families


def nm(n: str) -> Cell:
    return K(n, "name")


def money(v: float) -> str:
    return f"{v:.2f}"


def idcell(w: World, p: Person, masked: bool) -> Cell:
    return P(w.masked_id(p)) if masked else K(p.idno, "id_card")


def cardcell(w: World, num: str, masked: bool) -> Cell:
    if masked:
        return P(
            w.rng.choice(
                (
                    num[:4] + " **** **** " + num[-4:],
                    num[:6] + "*" * (len(num) - 10) + num[-4:],
                    "尾号" + num[-4:],
                )
            )
        )
    return K(w.card_text(num), "bank_card")


def period(w: World) -> tuple[dt.date, dt.date]:
    a = w.date(3, 11)
    return a, a + dt.timedelta(days=w.rng.choice((5, 7, 7, 9)))


def cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def agri(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    town = w.town_
    gov = f"{w.c.name}{town}人民政府" if not town.endswith("街道") else f"{w.c.name}{town}办事处"
    if sub == "subsidy":
        kind = rng.choice(("耕地地力保护补贴", "种粮农民一次性补贴", "耕地地力保护补贴（一卡通）"))
        vil = rng.choice(w.c.villages)
        d.title(f"{town}{vil}{w.year}年{kind}发放明细公示")
        meta(d, w, gov, "政发", "农业、林业、水利\\农业、畜牧业、渔业")
        a, b = period(w)
        d.para(
            P(
                f"根据《{w.r.prov}{w.year}年耕地地力保护补贴实施方案》（{w.wenhao('农发')}）要求，经农户申报、村级核实、乡镇审核，现将{vil}{w.year}年{kind}发放情况予以公示，公示期为{a.month}月{a.day}日至{b.month}月{b.day}日。补贴资金通过“一卡通”发放至农户账户，如有异议，请在公示期内向{town}农业农村综合服务中心反映。"
            )
        )
        mask_id = rng.random() < 0.3
        mask_card = rng.random() < 0.2
        std = rng.choice((84.5, 91.2, 105.0, 63.0, 121.3))
        head = [
            "序号",
            "户主姓名",
            "身份证号码",
            "一卡通账号",
            "开户银行",
            "补贴面积（亩）",
            "补贴标准（元/亩）",
            "补贴金额（元）",
        ]
        rows, tot_a, tot_m = [], 0.0, 0.0
        for i in range(rng.randint(5, 14)):
            p = w.person(lo=35, hi=82)
            bank, num = w.card(0.7)
            area = round(rng.uniform(1.5, 28), 2)
            tot_a += area
            tot_m += area * std
            rows.append(
                [
                    P(str(i + 1)),
                    nm(p.name),
                    idcell(w, p, mask_id),
                    cardcell(w, num, mask_card),
                    P(bank),
                    P(f"{area:.2f}"),
                    P(f"{std}"),
                    P(money(area * std)),
                ]
            )
        d.table(
            head,
            rows,
            d.layout(),
            [P("合计"), P(""), P(""), P(""), P(""), P(f"{tot_a:.2f}"), P(""), P(money(tot_m))],
        )
        footer(d, w, gov)
    elif sub == "vaccine":
        season = rng.choice(("春季", "秋季"))
        vil = rng.choice(w.c.villages)
        d.title(f"{town}{w.year}年{season}重大动物疫病强制免疫登记表（{vil}）")
        vet = w.official()
        date = w.date(3, 5) if season == "春季" else w.date(9, 11)
        d.line(f"免疫日期：{cn(date)}    防疫员：{vet}    监督单位：{town}畜牧兽医站")
        layout = d.layout()
        head = ["序号", "畜主姓名", "住址", "联系电话", "畜种", "存栏数", "免疫数", "疫苗名称", "耳标号"]
        rows = []
        vac = {
            "牛": "口蹄疫O型-A型二价灭活疫苗",
            "羊": "小反刍兽疫活疫苗",
            "猪": "高致病性猪蓝耳病活疫苗",
            "鸡": "H5+H7亚型禽流感灭活疫苗",
        }
        for i in range(rng.randint(5, 12)):
            p = w.person(lo=30, hi=75)
            sp = (
                rng.choice(("牛", "羊", "羊", "猪", "鸡"))
                if w.r.key not in ("KS",)
                else rng.choice(("牛", "羊", "羊", "鸡"))
            )
            n = rng.randint(2, 60) if sp != "鸡" else rng.randint(30, 300)
            m = n - rng.choice((0, 0, 0, 1, 2)) if n > 3 else n
            if sp in ("牛", "羊", "猪"):
                start = rng.randint(10000, 90000000)
                code = {"猪": "1", "牛": "2", "羊": "3"}[sp] + w.c.code
                tag = f"{code}{start:08d}" + (f"-{code}{start + m - 1:08d}" if m > 1 else "")
            else:
                tag = "—"
            phone = w.mobile_segs() if rng.random() < 0.85 else K(w.landline(), "landline")
            rows.append(
                [
                    P(str(i + 1)),
                    nm(p.name),
                    K(w.home(p, "rural", prefix=""), "address"),
                    phone,
                    P(sp),
                    P(str(n)),
                    P(str(m)),
                    P(rng.choice((vac[sp], vac[sp] + "（O型）" if sp == "牛" else vac[sp]))),
                    P(tag),
                ]
            )
        d.table(head, rows, layout)
        d.para(
            P(
                f"备注：应免{sum(int(ctext(r[5])) for r in rows)}头（只），实免{sum(int(ctext(r[6])) for r in rows)}头（只）。未免疫原因：怀孕母畜、初生幼畜，待补免。"
            )
        )
        d.line(f"防疫员签字：{vet}    村委会（盖章）    填表日期：{cn(date)}")
    else:
        vil = rng.choice(w.c.villages)
        n = rng.randint(1, 4)
        ps = [w.person(lo=25, hi=60) for _ in range(n)]
        head_p = ps[0]
        if rng.random() < 0.6:
            d.title(
                P(f"关于{vil}")
                + nm(head_p.name)
                + P(f"等{n}户农村村民宅基地申请的公示" if n > 1 else "农村宅基地申请的公示")
            )
        else:
            d.title(f"{town}农村宅基地用地审批公示（{w.year}年第{rng.randint(1, 12)}批）")
        d.para(
            P(
                "根据《中华人民共和国土地管理法》第六十二条和《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）规定，经村民小组会议讨论通过，现将以下农户宅基地申请情况予以公示："
            )
        )
        layout = rng.choice(("records", "prose", d.layout()))
        if d.pdf:
            layout = rng.choice(("prose", "pspace"))
        head = ["序号", "申请人", "家庭人口", "申请类型", "拟用地位置", "占地面积（㎡）", "四至"]
        rows = []
        for i, p in enumerate(ps):
            nb = [w.person(lo=30, hi=70).name for _ in range(2)]
            sides: Cell = []
            opts = [("东至", "宅基地"), ("南至", "村道"), ("西至", "家承包地"), ("北至", "水渠")]
            rng.shuffle(nb)
            j = 0
            for s, what in opts:
                if what in ("村道", "水渠") and rng.random() < 0.6:
                    sides += P(f"{s}{rng.choice(('村道', '水渠', '集体荒地', '乡村公路'))}，")
                elif j < len(nb):
                    sides += P(s) + nm(nb[j]) + P(f"{rng.choice(('宅基地', '家承包地', '房屋'))}，")
                    j += 1
                else:
                    sides += P(f"{s}{rng.choice(('空地', '道路', '山坡'))}，")
            sides[-1] = (sides[-1][0].rstrip("，"), sides[-1][1])
            loc = f"{p.village}{w.group() or ''}{rng.choice(('', '（原宅基地）', '村部南侧'))}"
            typ = rng.choice(("新建", "原址翻建", "改扩建", "异址新建"))
            area = rng.choice((120, 150, 167, 180, 200, 220))
            rows.append(
                [P(str(i + 1)), nm(p.name), P(f"{rng.randint(2, 7)}人"), P(typ), P(loc), P(str(area)), sides]
            )
        if layout == "prose":
            for r in rows:
                d.para(
                    P(f"{ctext(r[0])}．申请人")
                    + r[1]
                    + P(
                        f"，家庭人口{ctext(r[2])}，申请{ctext(r[3])}，拟用地位于{ctext(r[4])}，占地面积{ctext(r[5])}平方米。四至："
                    )
                    + r[6]
                    + P("。")
                )
        else:
            d.table(head, rows, layout)
        a, b = period(w)
        d.para(
            P(
                f"公示期为{cn(a)}至{cn(b)}。如对公示内容有异议，请于公示期内以书面形式向{town}人民政府或{vil}村民委员会反映。"
            )
        )
        footer(d, w, f"{vil}村民委员会" if rng.random() < 0.5 else gov)


PROJECTS = (
    "国道312线改扩建工程",
    "城东片区棚户区改造项目",
    "第二水厂建设项目",
    "光伏发电项目",
    "工业园区标准化厂房项目",
    "高速公路连接线工程",
    "中心小学迁建项目",
)


def forest(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    bureau = f"{w.c.name}{rng.choice(('林业和草原局', '自然资源局'))}"
    if sub == "harvest":
        bureau = f"{w.c.name}林业和草原局"
        d.title(f"{bureau}林木采伐许可证核发情况公示（{w.year}年第{rng.randint(1, 24)}期）")
        meta(d, w, bureau, "林发", "农业、林业、水利\\林业")
        d.para(
            P(
                "根据《中华人民共和国森林法》及《森林法实施条例》有关规定，现将我局核发的林木采伐许可证情况公示如下："
            )
        )
        head = [
            "序号",
            "申请人",
            "采伐地点",
            "树种",
            "采伐类型",
            "采伐方式",
            "面积（公顷）",
            "蓄积（立方米）",
            "许可证号",
            "核发日期",
        ]
        rows = []
        for i in range(rng.randint(3, 10)):
            who = P(w.company()) if rng.random() < 0.25 else nm(w.person(lo=30, hi=75).name)
            place = f"{rng.choice(w.c.towns)}{rng.choice(w.c.villages)}{w.group()}{rng.choice(('阳山', '后山', '沟口', '河滩地', '小班号12', '林班3小班5'))}"
            lic = rng.choice(
                (
                    f"{w.c.code}{w.year}{rng.randint(1, 9999):04d}",
                    f"{w.r.prov[0]}林采许字〔{w.year}〕第{rng.randint(1, 999):04d}号",
                    f"LC{w.c.code}{w.year % 100}{rng.randint(1, 99999):05d}",
                )
            )
            date = w.date()
            rows.append(
                [
                    P(str(i + 1)),
                    who,
                    P(place),
                    P(rng.choice(("杨树", "刺槐", "油松", "落叶松", "桉树", "杉木", "马尾松", "柳树"))),
                    P(rng.choice(("更新采伐", "卫生采伐", "抚育采伐", "其他采伐"))),
                    P(rng.choice(("皆伐", "择伐", "渐伐"))),
                    P(f"{rng.uniform(0.05, 3):.2f}"),
                    P(f"{rng.uniform(2, 180):.1f}"),
                    P(lic),
                    P(f"{date:%Y-%m-%d}"),
                ]
            )
        d.table(head, rows, d.layout())
        footer(d, w, bureau)
    elif sub == "contract":
        vil = rng.choice(w.c.villages)
        town = w.town_
        g = w.group() or "一组"
        d.title(f"{town}{vil}农村土地承包经营权确权登记颁证公示表")
        d.line(f"发包方：{town}{vil}{g}村民小组    发包方负责人：{w.official()}")
        tcode = f"{rng.randint(100, 110)}"
        vcode = f"{rng.randint(1, 30):03d}"
        gcode = f"{rng.randint(1, 12):02d}"
        for _ in range(rng.randint(1, 3)):
            p = w.person(lo=45, hi=88)
            p.village = vil
            p.town = town
            old = p.birth.year < 1962 and rng.random() < 0.35
            pid = K(w.id15(p), "id_card_15") if old else K(p.idno, "id_card")
            hh = f"{w.c.code}{tcode}{vcode}{gcode}{rng.randint(1, 300):04d}"
            d.line("")
            d.line(P("承包方代表：") + nm(p.name) + P("    证件类型：居民身份证    证件号码：") + pid)
            d.line(P(f"承包方编码：{hh}    承包方地址：") + K(w.home(p, "rural", prefix=""), "address"))
            mem: Cell = P("家庭成员：")
            rel = ["户主", "配偶", "长子", "次子", "长女", "孙子", "孙女", "儿媳"]
            k = rng.randint(2, 5)
            fam = [p.name] + [w.person(lo=5, hi=60).name for _ in range(k - 1)]
            for j, f in enumerate(fam):
                if j:
                    mem += P("、")
                mem += nm(f) + P(f"（{rel[j]}）")
            d.para(mem, indent=False)
            head = ["地块名称", "地块编码", "实测面积（亩）", "东至", "南至", "西至", "北至", "地类"]
            rows = []
            for _ in range(rng.randint(2, 5)):
                code = f"{w.c.code}{tcode}{vcode}{gcode}{rng.randint(1, 99999):05d}"
                if code[0] in "45" or code[:2] == "62":
                    while luhn_ok(code):
                        code = code[:-1] + str((int(code[-1]) + 1) % 10)

                def side() -> Cell:
                    if rng.random() < 0.45:
                        return nm(w.person(lo=30, hi=80).name)
                    return P(rng.choice(("路", "沟", "渠", "集体林地", "田埂", "山脊", "河")))

                rows.append(
                    [
                        P(
                            rng.choice(
                                ("阳山地", "川地", "沟底地", "大湾", "塬上", "水浇地", "坡头", "门前地")
                            )
                            + str(rng.randint(1, 9))
                        ),
                        P(code),
                        P(f"{rng.uniform(0.3, 6):.2f}"),
                        side(),
                        side(),
                        side(),
                        side(),
                        P(rng.choice(("旱地", "水浇地", "水田", "林地"))),
                    ]
                )
            d.table(head, rows, d.layout(big=False))
            d.line(
                f"经营权证编号：{w.r.prov[0]}（{w.year - rng.randint(3, 8)}）{w.c.name}农村土地承包经营权第{rng.randint(1, 99999):06d}号"
                if rng.random() < 0.5
                else f"经营权证编号：{hh}J"
            )
        a, b = period(w)
        d.para(
            P(
                f"以上信息公示期为{cn(a)}至{cn(b)}，承包户如对地块面积、四至有异议，请在公示期内到村委会提出，逾期视为无异议。"
            )
        )
        footer(d, w, f"{town}农村土地承包经营权确权登记颁证工作领导小组", contact=rng.random() < 0.4)
    else:
        proj = rng.choice(PROJECTS)
        d.title(f"{w.c.name}{proj}征收土地补偿安置费用发放明细公示")
        meta(d, w, f"{w.c.name}人民政府", "政发", "国土资源、能源\\土地")
        d.para(
            P(
                f"根据《{w.c.name}人民政府征地补偿安置方案》（{w.wenhao('政发')}），{proj}征收{rng.choice(w.c.towns)}{rng.choice(w.c.villages)}集体土地{rng.uniform(10, 300):.2f}亩，现将征地补偿安置费用发放情况公示如下："
            )
        )
        head = [
            "序号",
            "被征地户",
            "身份证号码",
            "家庭人口",
            "地类",
            "征收面积（亩）",
            "土地补偿费",
            "安置补助费",
            "青苗补偿费",
            "合计（元）",
            "收款账号",
            "安置方式",
        ]
        rows = []
        notes: list[Cell] = []
        for i in range(rng.randint(4, 12)):
            p = w.person(lo=35, hi=85)
            old = p.birth.year < 1962 and rng.random() < 0.25
            pid = K(w.id15(p), "id_card_15") if old else K(p.idno, "id_card")
            area = rng.uniform(0.2, 5)
            u1, u2, u3 = (
                area * rng.choice((15000, 18600, 21000)),
                area * rng.choice((20000, 24000)),
                area * rng.choice((800, 1200, 1500)),
            )
            _, num = w.card(0.5)
            rows.append(
                [
                    P(str(i + 1)),
                    nm(p.name),
                    pid,
                    P(str(rng.randint(1, 7))),
                    P(rng.choice(("旱地", "水浇地", "林地", "园地"))),
                    P(f"{area:.2f}"),
                    P(money(u1)),
                    P(money(u2)),
                    P(money(u3)),
                    P(money(u1 + u2 + u3)),
                    K(w.card_text(num), "bank_card"),
                    P(rng.choice(("货币安置", "货币安置", "纳入被征地农民社会保障", "留地安置"))),
                ]
            )
            if rng.random() < 0.15:
                son = w.person(sex="男", lo=25, hi=50)
                x = rng.random()
                if x < 0.4:
                    doc: Cell = P("港澳居民来往内地通行证") + K(
                        f"H{rng.randint(0, 99999999):08d}", "hk_macau_permit"
                    )
                    where = "香港"
                elif x < 0.7:
                    doc = P("护照号码") + K(f"E{rng.randint(10000000, 99999999)}", "passport")
                    where = rng.choice(("新加坡", "澳大利亚", "日本"))
                else:
                    doc = P("往来港澳通行证") + K(f"C{rng.randint(10000000, 99999999)}", "hk_macau_permit")
                    where = "澳门"
                notes.append(
                    P("户主")
                    + nm(p.name)
                    + P("之子")
                    + nm(son.name)
                    + P(f"现居{where}（")
                    + doc
                    + P("），其应得份额由户主代领，已出具书面委托。")
                )
        d.table(head, rows, d.layout())
        for nt in notes:
            d.para(P("备注：") + nt)
        footer(d, w, f"{w.c.name}自然资源局")


CHRONIC = (
    "高血压（Ⅲ级）",
    "高血压病",
    "2型糖尿病",
    "糖尿病（合并并发症）",
    "慢性心力衰竭",
    "冠心病",
    "脑卒中后遗症",
    "慢性阻塞性肺疾病",
    "慢性肾脏病（透析治疗）",
    "恶性肿瘤门诊放化疗",
    "精神分裂症",
    "双相情感障碍",
    "帕金森病",
    "类风湿性关节炎",
    "系统性红斑狼疮",
    "肺结核",
    "慢性乙型病毒性肝炎",
    "肝硬化（失代偿期）",
    "再生障碍性贫血",
    "血友病",
    "器官移植术后抗排异治疗",
    "癫痫",
    "重性抑郁症",
    "强直性脊柱炎",
    "甲状腺功能亢进症",
    "支气管哮喘",
    "包虫病",
)
INPATIENT = (
    "急性心肌梗死",
    "脑梗死",
    "社区获得性肺炎",
    "股骨颈骨折",
    "慢性阻塞性肺疾病急性加重",
    "胆囊结石伴慢性胆囊炎",
    "2型糖尿病伴酮症酸中毒",
    "肺恶性肿瘤",
    "胃恶性肿瘤",
    "急性阑尾炎",
    "高血压性脑出血",
    "慢性肾衰竭尿毒症期",
    "老年性白内障",
    "子宫平滑肌瘤",
    "腰椎间盘突出症",
    "重症肺炎",
    "冠状动脉粥样硬化性心脏病",
)
DIS_TYPES = ("视力", "听力", "言语", "肢体", "肢体", "肢体", "智力", "精神", "多重")
GRADES = ("一级", "二级", "三级", "四级")
DIS_CODE = {"视力": "1", "听力": "2", "言语": "3", "肢体": "4", "智力": "5", "精神": "6", "多重": "7"}


def medins(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    bureau = f"{w.c.name}医疗保障局"
    if sub == "chronic":
        n = rng.randint(4, 14)
        d.title(f"{bureau}关于{w.year}年第{rng.randint(1, 6)}批门诊慢特病待遇认定结果的公示")
        meta(d, w, bureau, "医保发", "卫生、体育\\卫生")
        d.para(
            P(
                f"根据《{w.r.prov}门诊慢特病管理办法》，经定点医疗机构初审、专家组评审，以下{n}名参保人员符合门诊慢特病待遇认定标准，现予公示。公示期内如有异议，请向{bureau}医药服务管理股反映。"
            )
        )
        mask = rng.random() < 0.4
        head = [
            "序号",
            "姓名",
            "性别",
            "身份证号码",
            "参保类别",
            "参保乡镇",
            "认定病种",
            "认定机构",
            "待遇享受起始时间",
        ]
        rows = []
        for i in range(n):
            p = w.person(lo=18, hi=88)
            nameseg = P(w.masked_name(p.name)) if mask and rng.random() < 0.5 else nm(p.name)
            rows.append(
                [
                    P(str(i + 1)),
                    nameseg,
                    P(p.sex),
                    idcell(w, p, mask),
                    P(rng.choice(("城乡居民医保", "城乡居民医保", "职工医保"))),
                    P(p.town),
                    K(rng.choice(CHRONIC), "health"),
                    P(w.hospital()),
                    P(f"{w.year}-{rng.randint(1, 12):02d}-01"),
                ]
            )
        d.table(head, rows, d.layout())
        experts = "、".join(w.official() for _ in range(3))
        d.para(P(f"评审专家：{experts}。"))
        footer(d, w, bureau)
    elif sub == "assist":
        m = rng.randint(1, 12)
        d.title(f"{w.c.name}{w.year}年{m}月医疗救助“一站式”结算台账")
        d.line(
            f"填报单位：{bureau}（盖章）    统计期间：{w.year}年{m}月1日—{m}月{28 if m == 2 else 30}日    金额单位：元"
        )
        head = [
            "序号",
            "姓名",
            "身份证号码",
            "救助对象类别",
            "就诊医院",
            "入院日期",
            "出院日期",
            "疾病诊断",
            "医疗总费用",
            "基本医保支付",
            "大病保险支付",
            "医疗救助支付",
            "个人自付",
            "结算单号",
        ]
        rows = []
        for i in range(rng.randint(4, 12)):
            p = w.person(lo=3, hi=90)
            a = w.date(m, m)
            b = a + dt.timedelta(days=rng.randint(2, 20))
            tot = rng.uniform(1500, 90000)
            jb = tot * rng.uniform(0.5, 0.75)
            db = tot * rng.uniform(0, 0.1)
            jz = (tot - jb - db) * rng.uniform(0.5, 0.8)
            no = f"{w.year}{a.month:02d}{a.day:02d}{w.c.code}{rng.randint(0, 999999):06d}"
            rows.append(
                [
                    P(str(i + 1)),
                    nm(p.name),
                    K(p.idno, "id_card"),
                    P(
                        rng.choice(
                            (
                                "特困供养人员",
                                "低保对象",
                                "返贫致贫人口",
                                "防止返贫监测对象",
                                "低保边缘家庭成员",
                            )
                        )
                    ),
                    P(w.hospital()),
                    P(f"{a:%Y-%m-%d}"),
                    P(f"{b:%Y-%m-%d}"),
                    K(rng.choice(INPATIENT), "health"),
                    P(money(tot)),
                    P(money(jb)),
                    P(money(db)),
                    P(money(jz)),
                    P(money(tot - jb - db - jz)),
                    P(no),
                ]
            )
        d.table(head, rows, rng.choice(("csv", "tab", "html", "space")) if not d.pdf else "pspace")
        d.line(f"制表人：{w.official()}    审核人：{w.official()}    制表日期：{cn(w.date(m, m))}")
    else:
        mode = rng.choice(("form", "list"))
        if mode == "list":
            m = rng.randint(1, 12)
            d.title(f"{bureau}{w.year}年{m}月异地就医备案人员名单")
            head = [
                "序号",
                "姓名",
                "证件号码",
                "联系电话",
                "备案类型",
                "就医地",
                "异地居住地址",
                "备案开始日期",
            ]
            rows = []
            for i in range(rng.randint(3, 10)):
                p = w.person(lo=20, hi=80)
                city, addr = offsite_addr(rng)
                rows.append(
                    [
                        P(str(i + 1)),
                        nm(p.name),
                        K(p.idno, "id_card"),
                        w.mobile_segs(),
                        P(rng.choice(("异地长期居住", "常驻异地工作", "异地转诊", "其他临时外出就医"))),
                        P(city),
                        K(addr, "address") if addr else P(""),
                        P(f"{w.date(m, m):%Y-%m-%d}"),
                    ]
                )
            d.table(head, rows, d.layout())
            footer(d, w, bureau, contact=False)
        else:
            d.title(f"{w.r.prov}基本医疗保险参保人员异地就医备案登记表")
            p = w.person(lo=25, hi=85)
            city, addr = offsite_addr(rng)
            two = rng.random() < 0.5 and not d.pdf
            fields: list[tuple[str, Cell]] = [
                ("参保人姓名", nm(p.name)),
                ("性别", P(p.sex)),
                ("证件类型", P("居民身份证")),
                ("证件号码", K(p.idno, "id_card")),
                ("参保地", P(f"{w.r.city}{w.c.name}")),
                ("参保险种", P(rng.choice(("城乡居民基本医疗保险", "职工基本医疗保险")))),
                ("联系电话", w.mobile_segs()),
                ("备案类型", P(rng.choice(("异地长期居住人员", "常驻异地工作人员")))),
                ("就医地", P(city)),
                ("异地居住地址", K(addr, "address") if addr else P(city)),
            ]
            if rng.random() < 0.6:
                fields.append(("电子邮箱", K(personal_email(w, p), "email")))
            if rng.random() < 0.5:
                ag = w.person(lo=25, hi=55)
                fields += [
                    ("代办人姓名", nm(ag.name)),
                    ("与参保人关系", P(rng.choice(("子女", "配偶", "女婿", "儿媳")))),
                    ("代办人身份证号", K(ag.idno, "id_card")),
                    ("代办人联系电话", w.mobile_segs()),
                ]
            fields.append(("备案开始日期", P(cn(w.date()))))
            for j, (k, v) in enumerate(fields):
                d.put(k + "：")
                d.segs(v)
                d.put("    " if two and j % 2 == 0 and j < len(fields) - 1 else "\n")
            d.para(
                P(
                    "本人承诺：以上信息真实有效，如有虚假，愿承担相应法律责任。备案有效期内本人在参保地发生的医疗费用按规定结算。"
                )
            )
            d.line(P("参保人（代办人）签字：            经办人：" + w.official() + "    经办机构（盖章）"))


def offsite_addr(rng: random.Random) -> tuple[str, str]:
    city, addr = rng.choice(
        (
            (
                "广东省东莞市",
                f"广东省东莞市长安镇乌沙社区兴发南路{rng.randint(1, 200)}号{rng.randint(1, 12)}栋{rng.randint(1, 30):d}0{rng.randint(1, 6)}室",
            ),
            (
                "广东省深圳市",
                f"深圳市宝安区西乡街道固戍二路{rng.randint(1, 200)}号{rng.randint(1, 30):d}0{rng.randint(1, 6)}",
            ),
            (
                "新疆乌鲁木齐市",
                f"乌鲁木齐市沙依巴克区友好北路{rng.randint(1, 200)}号{rng.randint(1, 6)}单元{rng.randint(1, 30):d}0{rng.randint(1, 4)}室",
            ),
            (
                "浙江省义乌市",
                f"浙江省义乌市稠城街道工人北路{rng.randint(100, 1500)}号{rng.randint(1, 9)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
            ),
            (
                "海南省三亚市",
                f"三亚市吉阳区迎宾路{rng.randint(1, 300)}号{rng.choice(('椰林', '阳光海岸', '山水'))}小区{rng.randint(1, 20)}栋{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}",
            ),
            (
                "北京市",
                f"北京市朝阳区双井街道广渠路{rng.randint(1, 60)}号院{rng.randint(1, 12)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 20)}0{rng.randint(1, 4)}",
            ),
            ("江苏省苏州市", ""),
        )
    )
    return city, addr


def personal_email(w: World, p: Person) -> str:
    rng = w.rng
    x = rng.random()
    if x < 0.35:
        return f"{rng.randint(10000000, 3999999999)}@qq.com"
    if x < 0.5:
        return f"{w.mobile()}@163.com"
    base = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 7)))
    return f"{base}{p.birth.year if rng.random() < 0.5 else rng.randint(1, 999)}@{rng.choice(('163.com', '126.com', 'sina.com', 'foxmail.com', 'qq.com'))}"


def disab(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = f"{w.c.name}残疾人联合会"
    if sub == "twosub":
        m = rng.randint(1, 12)
        d.title(f"{w.c.name}{w.year}年{m}月困难残疾人生活补贴和重度残疾人护理补贴发放名单")
        meta(d, w, f"{w.c.name}民政局", "民发", "民政、扶贫、救灾\\社会福利")
        d.para(
            P(
                f"根据《{w.r.prov}困难残疾人生活补贴和重度残疾人护理补贴制度实施办法》，现将{w.year}年{m}月两项补贴发放情况公示如下。"
            )
        )
        split = rng.random() < 0.6
        head = (
            ["序号", "乡镇", "姓名", "性别", "残疾人证号"]
            + (["残疾类别", "残疾等级"] if split else ["残疾类别及等级"])
            + ["补贴类别", "发放金额（元）"]
        )
        rows = []
        for i in range(rng.randint(5, 15)):
            p = w.person(lo=8, hi=85)
            t, g = rng.choice(DIS_TYPES), rng.choice(GRADES)
            kind = (
                "两项补贴"
                if g in ("一级", "二级") and rng.random() < 0.5
                else ("重度残疾人护理补贴" if g in ("一级", "二级") else "困难残疾人生活补贴")
            )
            amt = {"两项补贴": 180, "重度残疾人护理补贴": 90, "困难残疾人生活补贴": 90}[kind] + rng.choice(
                (0, 0, 10, 20)
            )
            certno = K(p.idno, "id_card") + P(DIS_CODE[t] + str(GRADES.index(g) + 1))
            dcells = (
                [K(t, "health"), K(g, "health")]
                if split
                else [K(rng.choice((f"{t}{g}", f"{t}残疾{g}")), "health")]
            )
            rows.append(
                [P(str(i + 1)), P(p.town), nm(p.name), P(p.sex), certno, *dcells, P(kind), P(str(amt))]
            )
        d.table(head, rows, d.layout())
        footer(d, w, f"{w.c.name}民政局")
    elif sub == "aids":
        d.title(f"{org}{w.year}年残疾人辅助器具适配名单公示")
        d.para(
            P(
                f"为帮助残疾人改善生活质量，{org}组织开展{w.year}年辅助器具适配服务，经个人申请、评估适配，拟为以下残疾人免费适配辅助器具，现予公示："
            )
        )
        head = ["序号", "姓名", "性别", "年龄", "残疾类别", "等级", "住址", "联系电话", "适配器具", "数量"]
        dev = {
            "肢体": ("手动轮椅", "助行器", "坐便椅", "腋拐", "假肢", "矫形器"),
            "视力": ("盲杖", "助视器", "语音手表"),
            "听力": ("助听器",),
            "言语": ("沟通板",),
            "智力": ("护理床", "防褥疮垫"),
            "精神": ("护理床",),
            "多重": ("护理床", "手动轮椅"),
        }
        rows = []
        for i in range(rng.randint(4, 12)):
            p = w.person(lo=6, hi=85)
            t = rng.choice(DIS_TYPES)
            g = rng.choice(GRADES)
            x = rng.random()
            phone = (
                w.mobile_segs()
                if x < 0.7
                else K(w.landline(), "landline")
                if x < 0.85
                else P(w.masked_mobile())
            )
            rows.append(
                [
                    P(str(i + 1)),
                    nm(p.name),
                    P(p.sex),
                    P(str(p.age)),
                    K(t, "health"),
                    K(g, "health"),
                    K(w.home(p), "address"),
                    phone,
                    P(rng.choice(dev[t])),
                    P("1"),
                ]
            )
        d.table(head, rows, d.layout())
        d.para(
            P(
                f"适配评估单位：{w.r.city}残疾人辅助器具服务中心。公示期5个工作日，如有异议请向{org}康复部反映。"
            )
        )
        footer(d, w, org)
    else:
        d.title(f"{w.c.name}{w.year}年度残疾人机动轮椅车燃油补贴发放公示")
        d.para(
            P(
                f"根据财政部、中国残联有关规定，对符合条件的下肢残疾人机动轮椅车燃油补贴发放如下，补贴标准为每辆每年{rng.choice((240, 260, 300))}元，资金直接拨付至本人社会保障卡（银行卡）账户。"
            )
        )
        mask_card = rng.random() < 0.3
        head = [
            "序号",
            "姓名",
            "残疾人证号",
            "残疾类别等级",
            "车牌号码",
            "车辆类型",
            "补贴金额（元）",
            "银行账号",
        ]
        rows = []
        for i in range(rng.randint(3, 12)):
            p = w.person(lo=25, hi=70)
            g = rng.choice(GRADES[:3])
            letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            x = rng.random()
            tail = "".join(rng.choice("0123456789" + letters[:6]) for _ in range(4))
            if x < 0.5:
                plate = f"{w.r.plate}{rng.choice(letters)}{rng.randint(0, 9)}{tail}"
            elif x < 0.75:
                plate = f"{w.r.plate}·{rng.choice(letters)}{rng.randint(0, 9)}{tail}"
            else:
                plate = f"{w.r.plate}{rng.choice('DF')}{rng.randint(0, 99999):05d}"
            _, num = w.card(0.6)
            rows.append(
                [
                    P(str(i + 1)),
                    nm(p.name),
                    K(p.idno, "id_card") + P("4" + str(GRADES.index(g) + 1)),
                    K(f"肢体{g}", "health"),
                    K(plate, "license_plate"),
                    P(rng.choice(("残疾人专用机动轮椅车", "残疾人专用机动轮椅车", "正三轮摩托车"))),
                    P(str(rng.choice((240, 260, 300)))),
                    cardcell(w, num, mask_card),
                ]
            )
        d.table(head, rows, d.layout())
        footer(d, w, org)


def child(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    bureau = f"{w.c.name}民政局"
    if sub == "orphan":
        q = rng.randint(1, 4)
        d.title(f"{bureau}关于{w.year}年第{q}季度孤儿和事实无人抚养儿童基本生活费发放情况的公示")
        meta(d, w, bureau, "民发", "民政、扶贫、救灾\\社会福利")
        d.para(
            P(
                f"根据《{w.r.prov}孤儿和事实无人抚养儿童基本生活保障实施办法》，现将我{w.c.name[-1]}{w.year}年第{q}季度基本生活费发放情况公示如下："
            )
        )
        head = [
            "序号",
            "乡镇（街道）",
            "儿童姓名",
            "性别",
            "出生年月",
            "保障类别",
            "监护人",
            "与儿童关系",
            "发放标准（元/月）",
            "发放金额（元）",
        ]
        rows = []
        for i in range(rng.randint(4, 12)):
            c = w.person(lo=1, hi=17)
            g = w.person(lo=40, hi=75)
            cat = rng.choice(
                (
                    "社会散居孤儿",
                    "社会散居孤儿",
                    "事实无人抚养儿童",
                    "事实无人抚养儿童",
                    "集中养育孤儿",
                    "艾滋病病毒感染儿童",
                )
            )
            std = {
                "社会散居孤儿": 1300,
                "事实无人抚养儿童": 1300,
                "集中养育孤儿": 1800,
                "艾滋病病毒感染儿童": 1300,
            }[cat] + rng.choice((0, 60, 100))
            guardian = P(f"{w.c.name}儿童福利院") if cat == "集中养育孤儿" else nm(g.name)
            rel = (
                P("—")
                if cat == "集中养育孤儿"
                else P(rng.choice(("祖父", "祖母", "外祖母", "伯父", "叔叔", "姑姑", "舅舅")))
            )
            rows.append(
                [
                    P(str(i + 1)),
                    P(c.town),
                    nm(c.name),
                    P(c.sex),
                    P(f"{c.birth.year}.{c.birth.month:02d}"),
                    K(cat, "health") if "艾滋病" in cat else P(cat),
                    guardian,
                    rel,
                    P(str(std)),
                    P(str(std * 3)),
                ]
            )
        d.table(head, rows, d.layout())
        footer(d, w, bureau)
    else:
        d.title(f"{w.c.name}临时救助审批表")
        p = w.person(lo=30, hi=70)
        sp = w.person(sex="女" if p.sex == "男" else "男", lo=max(25, p.age - 8), hi=p.age + 5)
        bank, num = w.card(0.6)
        addr = w.home(p)
        disease = rng.choice((*INPATIENT, "乳腺癌", "白血病", "尿毒症"))
        fields: list[tuple[str, Cell]] = [
            ("申请人姓名", nm(p.name)),
            ("性别", P(p.sex)),
            (
                "民族",
                P(
                    {"KS": "维吾尔族", "TL": "蒙古族", "LS": "彝族", "RK": "藏族", "BS": "壮族"}.get(
                        w.r.key, "汉族"
                    )
                    if rng.random() < 0.8
                    else "汉族"
                ),
            ),
            ("出生年月", P(f"{p.birth.year}年{p.birth.month}月")),
            ("身份证号码", K(p.idno, "id_card")),
            ("家庭住址", K(addr, "address")),
            ("联系电话", w.mobile_segs() if rng.random() < 0.85 else K(w.landline(), "landline")),
            ("家庭人口", P(f"{rng.randint(2, 6)}人")),
            ("救助类别", P(rng.choice(("支出型", "急难型")))),
            ("开户银行", P(bank)),
            ("银行账号", K(w.card_text(num), "bank_card")),
        ]
        two = rng.random() < 0.5 and not d.pdf
        for j, (k, v) in enumerate(fields):
            d.put(k + "：")
            d.segs(v)
            d.put("    " if two and j % 2 == 0 and j < len(fields) - 1 else "\n")
        d.line("申请理由：")
        hosp = w.hospital()
        total = rng.uniform(20000, 150000)
        spouse_rel = "妻子" if p.sex == "男" else "丈夫"
        d.para(
            P("本人")
            + nm(p.name)
            + P(
                f"，系{p.village}村民，家中共有{rng.randint(3, 6)}口人。{w.year}年{rng.randint(1, 10)}月，{spouse_rel}"
            )
            + nm(sp.name)
            + P("被确诊为")
            + K(disease, "health")
            + P(
                f"，先后在{hosp}住院治疗，共花费医疗费用{total:.2f}元，扣除基本医保、大病保险报销后个人自付{total * 0.35:.2f}元。家中主要收入来源为务农和零星务工，现生活陷入困境，特申请临时救助，望予批准。"
            )
        )
        head = ["姓名", "与申请人关系", "身份证号码", "健康状况", "就业情况"]
        rows = [
            [nm(p.name), P("本人"), K(p.idno, "id_card"), P("健康"), P("务农")],
            [nm(sp.name), P(spouse_rel), K(sp.idno, "id_card"), K(disease, "health"), P("无")],
        ]
        for _ in range(rng.randint(0, 3)):
            kid = w.person(lo=3, hi=max(4, min(20, p.age - 22)))
            sur = p.name[:2] if p.name[:2] in ("令狐", "皇甫", "诸葛", "司马", "欧阳", "上官") else p.name[:1]
            if w.r.key in ("GS", "HZ", "GZ", "BS") and p.sex == "男" and not kid.name.startswith(sur):
                given = (
                    kid.name[2:]
                    if kid.name[:2] in ("令狐", "皇甫", "诸葛", "司马", "欧阳", "上官")
                    else kid.name[1:]
                )
                if sur + given not in w.names:
                    w.names.discard(kid.name)
                    kid.name = sur + given
                    w.names.add(kid.name)
            health = (
                K(
                    rng.choice(("癫痫", "先天性心脏病", "脑性瘫痪", "急性淋巴细胞白血病", "孤独症谱系障碍")),
                    "health",
                )
                if rng.random() < 0.15
                else P("健康")
            )
            rows.append(
                [
                    nm(kid.name),
                    P("儿子" if kid.sex == "男" else "女儿"),
                    K(kid.idno, "id_card"),
                    health,
                    P("在校学生" if kid.age >= 6 else "学龄前"),
                ]
            )
        d.line("家庭成员情况：")
        d.table(head, rows, d.layout(big=False))
        a = w.official()
        d.line(f"村（居）民委员会意见：情况属实，经村民代表评议，同意上报。    经办人：{a}    {cn(w.date())}")
        d.line(
            f"乡镇（街道）审核意见：经入户调查核实，符合临时救助条件，建议救助{rng.choice((2000, 3000, 5000, 8000))}元。    审核人：{w.official()}"
        )
        d.line(f"县级民政部门审批意见：同意。    审批人：{w.official()}    {bureau}（盖章）")


HARDSHIP_DZ = (
    "尿毒症",
    "白血病",
    "肺癌",
    "脑出血后遗症",
    "乳腺癌",
    "重度抑郁症",
    "肝硬化",
    "股骨头坏死",
    "脑梗死后偏瘫",
    "系统性红斑狼疮",
)


def union(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    if sub == "hardship":
        org = f"{w.c.name}总工会"
        d.title(f"{org}{w.year}年困难职工帮扶救助资金发放台账")
        head = [
            "序号",
            "姓名",
            "性别",
            "身份证号码",
            "工作单位",
            "单位统一社会信用代码",
            "困难类别",
            "致困原因",
            "帮扶金额（元）",
            "联系电话",
        ]
        rows = []
        for i in range(rng.randint(4, 12)):
            p = w.person(lo=25, hi=58)
            x = rng.random()
            if x < 0.3:
                why: Cell = P("本人患") + K(rng.choice(HARDSHIP_DZ), "health")
            elif x < 0.5:
                why = P(rng.choice(("子女患", "配偶患"))) + K(rng.choice(HARDSHIP_DZ), "health")
            elif x < 0.6:
                why = P("本人") + K(f"{rng.choice(DIS_TYPES)}残疾{rng.choice(GRADES)}", "health")
            else:
                why = P(
                    rng.choice(
                        (
                            "单亲家庭，子女就学",
                            "因病致困",
                            "企业停产，收入低",
                            "意外事故致困",
                            "子女就学支出大",
                        )
                    )
                )
            rows.append(
                [
                    P(str(i + 1)),
                    nm(p.name),
                    P(p.sex),
                    K(p.idno, "id_card"),
                    P(w.company()),
                    P(w.cc("91")),
                    P(rng.choice(("深度困难", "相对困难", "意外致困"))),
                    why,
                    P(str(rng.choice((1000, 2000, 3000, 5000)))),
                    w.mobile_segs(),
                ]
            )
        d.table(head, rows, rng.choice(("csv", "tab", "space", "html", "cells")) if not d.pdf else d.layout())
        d.line(f"填报人：{w.official()}    审核人：{w.official()}    填报日期：{cn(w.date())}")
    elif sub == "cancer":
        org = f"{w.c.name}妇女联合会"
        d.title(f"{org}关于{w.year}年“两癌”困难妇女救助名单的公示")
        meta(d, w, org, "妇发", "人口与计划生育、妇女儿童工作\\妇女儿童")
        d.para(
            P(
                f"根据全国妇联、{w.r.prov}妇联关于开展“两癌”困难妇女救助工作的通知要求，经个人申请、乡镇（街道）妇联初审、县妇联复审，拟对以下患“两癌”困难妇女每人给予{rng.choice((5000, 10000))}元救助，现予公示。"
            )
        )
        if rng.random() < 0.5:
            towns = rng.sample(list(w.c.towns), min(3, len(w.c.towns)))
            for t in towns:
                ns = [w.person(sex="女", lo=30, hi=64, town=t).name for _ in range(rng.randint(1, 5))]
                c: Cell = P(f"{t}（{len(ns)}人）：")
                for j, n in enumerate(ns):
                    if j:
                        c += P("、")
                    c += nm(n)
                d.para(c, indent=False)
        else:
            head = ["序号", "姓名", "年龄", "乡镇（街道）", "村（社区）", "患病类型", "救助金额（元）"]
            rows = []
            for i in range(rng.randint(4, 12)):
                p = w.person(sex="女", lo=30, hi=64)
                rows.append(
                    [
                        P(str(i + 1)),
                        nm(p.name),
                        P(str(p.age)),
                        P(p.town),
                        P(p.village),
                        K(rng.choice(("乳腺癌", "宫颈癌", "乳腺癌", "宫颈癌", "乳腺恶性肿瘤")), "health"),
                        P(str(rng.choice((5000, 10000)))),
                    ]
                )
            d.table(head, rows, d.layout())
        a, b = period(w)
        d.para(P(f"公示时间：{cn(a)}至{cn(b)}。"))
        footer(d, w, org)
    else:
        org = f"{w.c.name}总工会"
        d.title(f"{org}{w.year}年“金秋助学”受助学生名单公示")
        d.para(
            P(
                f"为帮助困难职工家庭子女顺利入学，经基层工会推荐、{org}审核，对以下{w.year}年考入高等院校的困难职工子女给予资助，现予公示："
            )
        )
        head = [
            "序号",
            "学生姓名",
            "性别",
            "录取院校",
            "学历层次",
            "家长姓名",
            "家长工作单位",
            "困难情况",
            "资助金额（元）",
        ]
        rows = []
        for i in range(rng.randint(4, 12)):
            s = w.person(lo=17, hi=19)
            pa = w.person(lo=42, hi=55)
            x = rng.random()
            why = P("父亲" if pa.sex == "男" else "母亲") + (
                K(rng.choice(HARDSHIP_DZ), "health") if x < 0.3 else P(rng.choice(("下岗", "收入低", "务工")))
            )
            if x > 0.75:
                why = P("单亲家庭")
            rows.append(
                [
                    P(str(i + 1)),
                    nm(s.name),
                    P(s.sex),
                    P(rng.choice(w.r.schools)),
                    P(rng.choice(("本科", "本科", "专科"))),
                    nm(pa.name),
                    P(
                        w.company()
                        if rng.random() < 0.7
                        else f"{w.c.name}{rng.choice(('环卫所', '第一中学', '供电公司', '自来水公司'))}"
                    ),
                    why,
                    P(str(rng.choice((3000, 4000, 5000)))),
                ]
            )
        d.table(head, rows, d.layout())
        footer(d, w, org)


def emerg(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    bureau = f"{w.c.name}应急管理局"
    if sub == "penalty":
        d.title(f"{bureau}\n行政处罚决定书" if not d.html else f"{bureau}行政处罚决定书")
        no = (
            f"（{w.c.abbr}）应急罚〔{w.year}〕{rng.randint(1, 80)}号"
            if rng.random() < 0.5
            else f"{w.c.abbr}应急罚字〔{w.year}〕第{rng.randint(1, 80):03d}号"
        )
        d.line(no)
        p = w.person(lo=22, hi=62)
        comp = w.company()
        ccode = w.cc("91") if "合作社" not in comp else w.cc("93")
        x = rng.random()
        if w.r.key == "BS" and x < 0.2:
            idf: Cell = P("证件类型：越南社会主义共和国护照    证件号码：") + K(
                f"{rng.choice('BC')}{rng.randint(1000000, 9999999)}", "passport"
            )
        elif x < 0.1:
            idf = P("证件类型：台湾居民来往大陆通行证    证件号码：") + K(
                f"{rng.randint(0, 99999999):08d}", "tw_permit"
            )
        elif x < 0.18:
            idf = P("证件类型：港澳居民来往内地通行证    证件号码：") + K(
                f"{rng.choice('HM')}{rng.randint(10000000, 99999999)}", "hk_macau_permit"
            )
        elif x < 0.26:
            idf = (
                P("身份证号码：")
                + K(p.idno, "id_card")
                + P("    护照号码：")
                + K(
                    rng.choice(
                        (
                            f"E{rng.randint(10000000, 99999999)}",
                            f"E{rng.choice('ABCDEFGH')}{rng.randint(1000000, 9999999)}",
                        )
                    ),
                    "passport",
                )
            )
        else:
            idf = P("身份证号码：") + K(p.idno, "id_card")
        d.line(
            P("当事人：")
            + nm(p.name)
            + P(f"    性别：{p.sex}    出生年月：{p.birth.year}年{p.birth.month}月")
        )
        d.line(idf)
        if d.pdf and rng.random() < 0.7:
            d.para(
                P(f"当事人{rng.choice(('现住', '户籍地址为', '住'))}")
                + K(w.home(p, prefix=w.r.prov + w.r.city + w.c.name), "address")
                + P("，联系电话：")
                + w.mobile_segs()
                + P("。"),
                indent=False,
            )
        else:
            d.line(P("住址：") + K(w.home(p), "address"))
            d.line(P("联系电话：") + w.mobile_segs())
        if rng.random() < 0.5:
            d.line(P("电子送达邮箱：") + K(personal_email(w, p), "email"))
        d.line(f"工作单位：{comp}（统一社会信用代码：{ccode}）")
        o1, o2 = w.official(), w.official()
        boss = w.official()
        date = w.date()
        viol = rng.choice(
            (
                (
                    "未经专门的安全作业培训并取得特种作业操作证（低压电工作业），上岗从事特种作业",
                    "《中华人民共和国安全生产法》第三十条第一款",
                    "《特种作业人员安全技术培训考核管理规定》第三十九条第二款",
                ),
                (
                    "在动火作业时未按规定办理动火审批手续，违章进行电焊作业",
                    "《中华人民共和国安全生产法》第五十七条",
                    "《中华人民共和国安全生产法》第一百零七条",
                ),
                (
                    "作为生产经营单位的主要负责人，未履行组织制定并实施本单位安全生产教育和培训计划的职责",
                    "《中华人民共和国安全生产法》第二十一条第（三）项",
                    "《中华人民共和国安全生产法》第九十四条第一款",
                ),
                (
                    "在人员密集场所违规销售烟花爆竹，且无《烟花爆竹经营（零售）许可证》",
                    "《烟花爆竹安全管理条例》第三条",
                    "《烟花爆竹安全管理条例》第三十六条第二款",
                ),
            )
        )
        amt = rng.choice((1000, 2000, 3000, 5000, 10000, 20000))
        d.para(
            P(
                f"{cn(date)}，本局执法人员{o1}（执法证号：{w.c.code[:2]}{rng.randint(10000000, 99999999)}）、{o2}对{comp}（法定代表人：{boss}）进行安全生产执法检查时，发现当事人"
            )
            + nm(p.name)
            + P(f"{viol[0]}。上述事实有现场检查记录、询问笔录、现场照片等证据为证。")
        )
        if rng.random() < 0.35:
            wit = w.person(lo=25, hi=60)
            d.para(
                P("证人")
                + nm(wit.name)
                + P("（联系电话：")
                + w.mobile_segs()
                + P("）在询问笔录中证实了上述情况。")
            )
        d.para(
            P(
                f"当事人的上述行为违反了{viol[1]}的规定，依据{viol[2]}的规定，本局决定给予当事人罚款人民币{amt}元的行政处罚。"
            )
        )
        acct = f"{rng.choice('123')}{rng.randint(10**17, 10**18 - 1)}"
        d.para(
            P(
                f"当事人应当自收到本决定书之日起十五日内，将罚款缴至{w.r.bank[0]}{w.c.name}支行（户名：{w.c.name}财政局非税收入汇缴结算户，账号：{acct}）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
            )
        )
        d.para(
            P(
                f"当事人如不服本处罚决定，可以在收到本决定书之日起六十日内依法向{w.c.name}人民政府申请行政复议，或者在六个月内依法向{w.c.name}人民法院提起行政诉讼。"
            )
        )
        d.line("")
        d.line(bureau)
        d.line(cn(date + dt.timedelta(days=rng.randint(5, 30))))
    else:
        dis = rng.choice(("暴雨洪涝", "风雹", "山洪", "低温冷冻", "雪灾", "地震", "山体滑坡"))
        date = w.date(4, 9) if dis not in ("雪灾", "低温冷冻") else w.date(1, 3)
        d.title(f"{w.c.name}“{date.month}·{date.day}”{dis}灾害过渡期生活救助发放台账")
        d.line(f"填报单位：{bureau}    填报时间：{cn(date + dt.timedelta(days=rng.randint(10, 40)))}")
        head = [
            "序号",
            "乡镇",
            "村",
            "户主姓名",
            "身份证号码",
            "家庭人口",
            "受灾情况",
            "救助人数",
            "救助金额（元）",
            "银行卡号",
            "备注",
        ]
        rows = []
        for i in range(rng.randint(4, 12)):
            p = w.person(lo=28, hi=85)
            n = rng.randint(1, 6)
            _, num = w.card(0.7)
            note: Cell = P("")
            if rng.random() < 0.15:
                note = (
                    P("户主")
                    + K(rng.choice(("左腿骨折", "头部外伤", "肋骨骨折", "右臂骨折")), "health")
                    + P("，已住院")
                )
            elif rng.random() < 0.15:
                note = P("五保户")
            rows.append(
                [
                    P(str(i + 1)),
                    P(p.town),
                    P(p.village),
                    nm(p.name),
                    K(p.idno, "id_card"),
                    P(str(n)),
                    P(rng.choice(("房屋倒塌", "房屋严重损坏", "房屋一般损坏", "农作物绝收"))),
                    P(str(n)),
                    P(str(n * rng.choice((600, 900, 1200)))),
                    K(w.card_text(num), "bank_card"),
                    note,
                ]
            )
        d.table(head, rows, d.layout())
        d.line(f"制表：{w.official()}    审核：{w.official()}    分管领导：{w.official()}")


def edu(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    bureau = f"{w.c.name}教育局"
    if sub == "preschool":
        kg = rng.choice(
            (
                f"{w.town_}中心幼儿园",
                f"{w.c.name}第{rng.choice('一二三')}幼儿园",
                f"{w.c.name}阳光幼儿园",
                f"{w.town_}{rng.choice(w.c.villages)}幼儿园",
            )
        )
        term = rng.choice(("春季", "秋季"))
        d.title(f"{w.year}年{term}学期学前教育幼儿资助名单公示（{kg}）")
        d.para(
            P(
                f"根据《{w.r.prov}学前教育资助管理办法》，经幼儿家长申请、幼儿园评议、{bureau}学生资助管理中心审核，以下幼儿拟享受学前教育资助，现予公示："
            )
        )
        mask = rng.random() < 0.35
        head = [
            "序号",
            "幼儿姓名",
            "性别",
            "身份证号码",
            "班级",
            "资助类别",
            "资助金额（元）",
            "监护人",
            "联系电话",
        ]
        rows = []
        for i in range(rng.randint(4, 14)):
            c = w.person(lo=3, hi=6)
            g = w.person(lo=25, hi=60)
            cat = rng.choice(
                ("脱贫家庭幼儿", "低保家庭幼儿", "残疾幼儿", "孤儿", "家庭经济困难幼儿", "烈士子女")
            )
            phone = P(w.masked_mobile()) if mask else w.mobile_segs()
            rows.append(
                [
                    P(str(i + 1)),
                    nm(c.name),
                    P(c.sex),
                    idcell(w, c, mask),
                    P(rng.choice(("小一班", "小二班", "中一班", "中二班", "大一班", "大班"))),
                    K(cat, "health") if cat == "残疾幼儿" else P(cat),
                    P(str(rng.choice((500, 750, 1000)))),
                    nm(g.name),
                    phone,
                ]
            )
        d.table(head, rows, d.layout())
        d.line(f"园长：{w.official()}    资助专干：{w.official()}    监督电话：{w.office_phone()}")
        footer(d, w, kg, contact=False)
    else:
        mode = rng.choice(("list", "list", "form"))
        if mode == "list":
            d.title(f"{w.c.name}{w.year}年家庭经济困难高校新生入学资助名单公示")
            meta(d, w, bureau, "教发", "科技、教育\\教育")
            d.para(
                P(
                    f"根据《中西部地区家庭经济困难新生入学资助项目管理办法》，经学生申请、{bureau}学生资助管理中心审核，以下学生获得新生入学资助（省内院校500元，省外院校1000元），现予公示。"
                )
            )
            head = ["序号", "姓名", "性别", "考生号", "录取学校", "录取专业", "家庭住址", "资助金额（元）"]
            rows = []
            for i in range(rng.randint(4, 12)):
                s = w.person(lo=17, hi=19)
                sch = rng.choice(w.r.schools)
                ks = f"{w.year % 100}{w.c.code[:2]}{w.c.code[2:4]}{rng.randint(0, 99999999):08d}"
                addr = K(w.home(s, "rural"), "address") if rng.random() < 0.6 else P(f"{s.town}{s.village}")
                rows.append(
                    [
                        P(str(i + 1)),
                        nm(s.name),
                        P(s.sex),
                        P(ks),
                        P(sch),
                        P(
                            rng.choice(
                                (
                                    "临床医学",
                                    "汉语言文学",
                                    "计算机科学与技术",
                                    "会计学",
                                    "土木工程",
                                    "护理",
                                    "小学教育",
                                    "畜牧兽医",
                                )
                            )
                        ),
                        addr,
                        P("500" if rng.random() < 0.6 else "1000"),
                    ]
                )
            d.table(head, rows, d.layout())
            footer(d, w, f"{bureau}学生资助管理中心")
        else:
            d.title(f"{w.year}年家庭经济困难高校新生入学资助申请表")
            s = w.person(lo=17, hi=19)
            fa = w.person(sex="男", lo=40, hi=55)
            mo = w.person(sex="女", lo=38, hi=52)
            fields: list[tuple[str, Cell]] = [
                ("学生姓名", nm(s.name)),
                ("性别", P(s.sex)),
                ("身份证号码", K(s.idno, "id_card")),
                ("考生号", P(f"{w.year % 100}{w.c.code[:4]}{rng.randint(0, 99999999):08d}")),
                ("录取学校", P(rng.choice(w.r.schools))),
                ("录取通知书编号", P(f"{w.year}{rng.randint(10000000, 99999999)}")),
                ("家庭住址", K(w.home(s, "rural"), "address")),
                ("本人联系电话", w.mobile_segs()),
                ("QQ或电子邮箱", K(personal_email(w, s), "email")),
                ("家庭人口", P(f"{rng.randint(3, 7)}人")),
                ("父亲姓名", nm(fa.name)),
                ("父亲健康状况", K(rng.choice(HARDSHIP_DZ), "health") if rng.random() < 0.3 else P("健康")),
                ("母亲姓名", nm(mo.name)),
                ("母亲联系电话", w.mobile_segs()),
                ("家庭经济困难类型", P(rng.choice(("脱贫家庭", "低保家庭", "防止返贫监测户", "特困供养")))),
            ]
            two = rng.random() < 0.5 and not d.pdf
            for j, (k, v) in enumerate(fields):
                d.put(k + "：")
                d.segs(v)
                d.put("    " if two and j % 2 == 0 and j < len(fields) - 1 else "\n")
            d.line(
                f"县级学生资助管理中心审核意见：符合条件，同意资助。    经办人：{w.official()}    {cn(w.date(7, 9))}"
            )


FAMILIES = {
    "agri": (agri, ("subsidy", "vaccine", "homestead")),
    "forest": (forest, ("harvest", "contract", "expropriation")),
    "medins": (medins, ("chronic", "assist", "offsite")),
    "disab": (disab, ("twosub", "aids", "fuel")),
    "child": (child, ("orphan", "temp")),
    "union": (union, ("hardship", "cancer", "autumn")),
    "emerg": (emerg, ("penalty", "disaster")),
    "edu": (edu, ("preschool", "college")),
}

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
_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_ID15_RE = re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
_MOB_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_CARD_RE = re.compile(r"(?<!\d)(?:62|4|5)\d{14,18}(?!\d)")


def check(text: str, spans: list[dict[str, object]]) -> bool:
    """Assert the labels are exact; return False when an unlabelled string looks personal by accident."""
    covered = [False] * len(text)
    last = -1
    for sp in sorted(spans, key=lambda s: int(str(s["start"]))):
        a, b = int(str(sp["start"])), int(str(sp["end"]))
        assert text[a:b] == sp["text"], sp
        assert a >= last, ("overlap", sp)
        assert a < b and text[a:b].strip() == text[a:b], sp
        last = b
        for i in range(a, b):
            covered[i] = True
        t = str(sp["text"])
        k = sp["kind"]
        assert k in KINDS, k
        if k == "id_card":
            assert id_valid(t), t
        elif k == "id_card_15":
            assert id15_valid(t), t
        elif k == "bank_card":
            digits = t.replace(" ", "")
            assert 16 <= len(digits) <= 19 and luhn_ok(digits) and digits.startswith(CARD_PREFIXES), t
            assert not id_valid(digits) and not cc_valid(digits), t
        elif k == "mobile":
            assert re.fullmatch(r"1[3-9]\d(?:[ -]?\d{4}){2}", t), t
        elif k == "landline":
            assert re.fullmatch(r"0\d{2,3}-\d{7,8}", t), t
        elif k == "email":
            assert re.fullmatch(r"[A-Za-z0-9._]+@[a-z0-9.]+\.(?:com|cn|net)", t) and "gov.cn" not in t, t
        elif k == "license_plate":
            assert re.fullmatch(r"[\u4e00-\u9fff][A-Z]·?[A-Z0-9]{5,6}", t), t
        elif k == "name":
            assert "\n" not in t and 2 <= len(t.replace(" ", "").replace("　", "")) <= 16, t
        elif k != "address":
            assert "\n" not in t, t
    for sp in spans:
        if sp["kind"] == "name":
            n = str(sp["text"])
            for m in re.finditer(re.escape(n), text):
                if not all(covered[m.start() : m.end()]):
                    return False
    for rx, ok in (
        (_ID_RE, id_valid),
        (_ID15_RE, id15_valid),
        (_MOB_RE, lambda s: True),
        (_CARD_RE, luhn_ok),
    ):
        for m in rx.finditer(text):
            if not any(covered[m.start() : m.end()]) and ok(m.group()):
                return False
    return True


def make_doc(seed: int, i: int, family: str | None = None) -> dict[str, object]:
    for attempt in range(60):
        rng = random.Random(f"h26-{seed}-{i}-{attempt}")
        fam = family or list(FAMILIES)[i % len(FAMILIES)]
        fn, subs = FAMILIES[fam]
        sub = rng.choice(subs)
        pdf = rng.random() < 0.25
        w = World(rng, rng.choice(REGIONS))
        d = Doc(rng, pdf)
        fn(w, d, sub)
        text = d.text()
        if check(text, d.spans):
            spans = sorted(d.spans, key=lambda s: int(str(s["start"])))
            return {"type": f"{fam}.{sub}{'.pdf' if pdf else ''}", "text": text, "spans": spans}
    raise AssertionError("could not draw a clean document")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=107)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    args = ap.parse_args(argv)
    if args.decisions:
        for k, s in enumerate(DECISIONS, 1):
            print(f"{k}. {s}")
        return 0
    docs = [make_doc(args.seed, i) for i in range(args.docs)]
    lines = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(lines)
    if args.stats:
        kinds: Counter[str] = Counter()
        fams: Counter[str] = Counter()
        types: Counter[str] = Counter()
        for doc in docs:
            t = str(doc["type"])
            fams[t.split(".")[0]] += 1
            types[t] += 1
            for sp in doc["spans"]:  # type: ignore[attr-defined]
                kinds[sp["kind"]] += 1
        print("spans per kind:", file=sys.stderr)
        for kind, cnt in kinds.most_common():
            print(f"  {kind:16} {cnt}", file=sys.stderr)
        print("docs per family:", file=sys.stderr)
        for fam, cnt in sorted(fams.items()):
            print(f"  {fam:16} {cnt}", file=sys.stderr)
        print("docs per type:", file=sys.stderr)
        for t, cnt in sorted(types.items()):
            print(f"  {t:28} {cnt}", file=sys.stderr)
        print(f"pdf-like docs: {sum(n for t, n in types.items() if t.endswith('.pdf'))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
