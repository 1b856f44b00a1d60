# ruff: noqa: E501
"""Holdout 25: a blind labelled set of county and township notices (人事人才, 计生, 征兵优抚, 司法, 交通,
住房保障, 城管, 卫健), written without reading the detector (gongkai/privacy) or its tests.

Run (standard library only, Python 3.12+, deterministic for a seed):

    python holdout25.py --docs 400 --seed 103 -o out.jsonl            # write the set
    python holdout25.py --docs 400 --seed 103 -o out.jsonl --stats    # also span counts per kind on stderr
    python holdout25.py --decisions                                      # numbered labelling decisions

Each output line is {"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind", "start", "end",
"text"}]}, start/end being Python str offsets. Every span is recorded when its piece is appended, never
searched for afterwards. The generator asserts that each span's text is text[start:end], that spans do not
overlap, that IDs pass GB 11643 (real birth date, region code of the region), that bank cards pass Luhn
with a real issuer prefix, and it draws a document again when an unlabelled string looks like an ID, a
mobile, an old 15-digit ID or a card by accident, or when a labelled name also stands unlabelled.

Regions (each with its own county codes, old codes for older IDs, area code, plate prefix, postcode, naming):
  广西百色 (右江/田阳/德保/靖西, 0776, 桂L: Zhuang surnames 韦 农 覃 岑 蓝 陆, 屯 addresses),
  四川凉山 (西昌/昭觉/美姑/布拖, 0834, 川W: Yi names 吉克阿呷, 沙马拉毅; Han-style 马/吉 names),
  西藏日喀则 (桑珠孜/江孜/拉孜/定日, 0892, 藏D: Tibetan names of 2 or 4 characters, no surname),
  内蒙古锡林郭勒 (锡林浩特/阿巴嘎/东乌珠穆沁/正蓝, 0479, 蒙H: Mongolian names without surname, 包 白 宝),
  新疆喀什 (喀什市/疏附/莎车/伽师, 0998, 新Q: Uyghur names with ·, some documents drop it),
  山东临沂 (兰山/沂南/费县/莒南, 0539, 鲁Q: 王 张 庄 颜, 诸葛),
  江西赣州 (章贡/于都/兴国/瑞金, 0797, 赣B: Hakka surnames 钟 曾 廖 赖 温, 欧阳),
  浙江温州 (鹿城/瑞安/乐清/苍南, 0577 with 8-digit numbers, 浙C: 林 池 缪 潘, 司徒).

Families and sub-kinds:
  renshi     hire (事业单位公开招聘 拟聘用人员公示, 准考证号), public_post (公益性岗位/就业见习 人员名单),
             loan (创业担保贷款 贴息名单, guarantors), hardship (就业困难人员认定 公示)
  jisheng    reward (独生子女父母奖励/特别扶助 对象 公示, old 15-digit IDs), insurance (计生家庭意外伤害
             保险 理赔 公示)
  bingyi     recruits (入伍新兵 家庭优待金 发放名单), disability (残疾等级 评定 公示)
  sifa       legal_aid (法律援助 指派通知书 and 案件台账), mediation (人民调解协议书), notary_lost
             (公证书遗失 公告, passports and permits)
  jiaotong   accident (道路交通事故认定书 公告送达), tow (违停车辆 拖移 公告)
  zhufang    queue (公租房 配租/轮候 名单), subsidy (租赁补贴 发放 名单)
  chengguan  demolition (违法建设 限期拆除 告知书 to a household), vendor (占道经营 处罚 结果 公开)
  weijian    vaccine (预防接种异常反应 补偿 决定书), mental (严重精神障碍患者 监护补贴 发放 名单)

Layouts: label–value forms (one or two a line), prose letters and notices, tab tables, space-aligned tables,
markdown pipe tables, HTML tables, CSV, one cell per line (Word tables as text), numbered lists,
、-separated name lists. About a quarter are PDF/Word extractions (type ends ".pdf"): prose hard-wrapped
at 28–40 characters (addresses may break across the wrap, the span then holding the newline; other spans
never break), two-character names spaced out in tables ("吴　英", the span covering the space), page
numbers and running titles between rows.

Near-misses, never labelled: GB 32100-valid credit codes of offices, employers and shops, 文号, 索引号,
case numbers (法援〔2024〕12号, 调字, 公证书 (2019)桂右证字第342号), 认定书 and 决定书 numbers, 准考证号,
保单号, 律师执业证号, 执法证号, 拖移单号 (some Luhn-valid, none with a card prefix), amounts, dates, postcodes,
office landlines and hotlines (12345, 12348, 122, 12320), office mailboxes (gov.cn, some 163.com), masked
IDs and phones, anonymised people (韦某某, 王女士), officials, lawyers, mediators and police in their role,
法定代表人 of companies, villages, shops and
roads containing surnames (钟屋村, 罗记水果店), a village or 社区 given without a house number.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Seg = tuple[str, str | None]
Cell = list[Seg]

DECISIONS = [
    "拟聘用人员 in a 事业单位公开招聘 公示 are private persons (not yet staff, no public role): their names "
    "are labelled even though the 公示 itself is required; the 准考证号, 岗位代码, school and score are not "
    "labelled (no kind), and a masked ID in the list is not labelled.",
    "A guarantor (担保人/反担保人) of a 创业担保贷款 is a private person named in context: name labelled, "
    "and their ID or phone when given. The 经办银行 and 担保中心 are not labelled.",
    "Recruits in a 入伍新兵 list, the relative who receives the 优待金 and a 伤残 applicant are private "
    "persons: name, ID, address, phone and card labelled. The 武装部 staff and 村 cadres are not.",
    "In a 残疾等级 评定 公示 the injury or condition ('左小腿截肢', '双耳感音神经性耳聋') is health, and so "
    "is the proposed grade in its own column ('七级'); the 伤残性质 (因战/因公/因病) is not labelled.",
    "An injury named for an identified person (骨折, 颅脑损伤) in an accident, mediation or insurance text is "
    "health; generic '受伤', '身故' and '死亡' are not labelled.",
    "独生子女 特别扶助 categories ('伤残', '死亡') describe a child who is not named: not labelled as health.",
    "A 就业困难人员 category ('持证残疾人', '大龄失业人员') is not health; a named disability with its grade "
    "('肢体残疾三级') is.",
    "A 法律援助 受援人, the parties to a 人民调解协议, a 公证书 holder and the parties of an accident are "
    "labelled; the 承办律师, 人民调解员, 公证员, 交警 and 经办人 act in their role and are not.",
    "An address is labelled as the whole expression as written (from the first administrative unit given "
    "down to 号/栋/单元/室/组); a 屯 or 嘎查 with a 号 or 组 is an address; a village, 嘎查 or 社区 alone "
    "(户籍地：XX镇XX村) is not; the office's own 地址 is not.",
    "The flat allotted to a named 公租房 tenant ('XX公租房小区3栋2单元502室') is that person's home and is "
    "labelled address; the estate's name alone is not.",
    "The site of an illegal building on a household's own 宅基地 is the household's address and is labelled; "
    "a road section where a vendor was found (占道经营地点) is not an address.",
    "Every plate in a 拖移 or 僵尸车 notice is labelled license_plate (the owner is not published but the plate "
    "identifies them); the 停车场 and the 拖移单号 are not labelled.",
    "A mobile written with +86 / 86- or with spaces or dashes is labelled as written, prefix included.",
    "A landline is labelled only when it is a private person's (户主 or 当事人 contact); office, hotline, "
    "监督电话 and 咨询电话 numbers are not.",
    "A personal mailbox (QQ, 163, 126, sina) of a private person is labelled email; an office's mailbox is "
    "not, whether on gov.cn or on 163.com.",
    "Passports (E/EA…), 往来港澳通行证 (C…), 港澳居民来往内地通行证 (H/M…) and 台湾居民来往大陆通行证 "
    "(8 digits) are labelled only where the text names the document; 公证书 numbers are not.",
    "Yi names are written clan + given (吉克阿呷) and labelled whole; Tibetan and Mongolian names have no "
    "surname and are labelled whole; a Uyghur name is labelled with its '·' (or without it in the documents "
    "that drop it). In PDF tables a spaced two-character name ('吴　英') is one span with the space.",
    "In a 疫苗 补偿 决定 the child (受种者) and the guardian are labelled; the diagnosis ('过敏性紫癜') is "
    "health; the vaccine, the batch number, '属于预防接种异常反应' and the expert panel are not.",
    "In a 严重精神障碍 监护补贴 list the patient and the guardian are labelled, the diagnosis cell is "
    "health; the list's title is not a span.",
    "Names that are anonymised (韦某某, 王女士, 马某), IDs and phones already masked, and shops or companies "
    "named after a person (罗记水果店, 刘记农家乐) are not labelled; the 法定代表人 of a company "
    "and a 负责人 of a body are not labelled; an individual vendor or 个体户 经营者 punished is.",
    "Older persons' IDs may carry a pre-reform county code (赣县 360721, 南康 360782, 日喀则市 542301, "
    "田阳县 451021, 会理县 513425); they are still valid id_card spans. A 15-digit first-generation number "
    "in an old 台账 is id_card_15.",
]


# ----------------------------------------------------------------------------------------------- checksums

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W, strict=True)) % 11]


def _date_ok(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def id_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[17].upper() != id_check(s[:17]):
        return False
    if not _date_ok(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return s[:6] in ALL_CODES and 1900 < int(s[6:10]) <= 2025


def id15_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{15}", s):
        return False
    return s[:6] in ALL_CODES and _date_ok(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


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
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def org_code(rng: random.Random) -> str:
    body = rng.choice("0123456789MAL") + "".join(rng.choice("0123456789") for _ in range(7))
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
        if cc_valid(code) and not id_valid(code):
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
    towns: tuple[str, ...]
    old: str = ""  # pre-reform code still found in older people's IDs


@dataclass(frozen=True)
class Region:
    key: str
    prov: str
    pabbr: str  # province abbreviation (court codes, plates)
    city: str
    area: str
    digits: int  # local landline length
    plate: str
    post: str
    style: str
    surnames: str
    compound: tuple[str, ...]
    counties: tuple[County, ...]
    villages: tuple[str, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]
    banks: tuple[tuple[str, str], ...]


_BIG_BANKS = (
    ("中国农业银行", "622848"),
    ("中国工商银行", "622202"),
    ("中国工商银行", "621226"),
    ("中国建设银行", "621700"),
    ("中国建设银行", "436742"),
    ("中国邮政储蓄银行", "621799"),
    ("中国邮政储蓄银行", "622188"),
    ("中国银行", "621661"),
    ("中国银行", "456351"),
)

REGIONS: tuple[Region, ...] = (
    Region(
        "baise",
        "广西壮族自治区",
        "桂",
        "百色市",
        "0776",
        7,
        "桂L",
        "533000",
        "zhuang",
        "韦韦韦黄黄黄农农覃覃岑蓝陆陆梁莫潘凌罗李杨",
        ("欧阳",),
        (
            County("451002", "右江区", ("龙景街道", "百城街道", "四塘镇", "永乐镇", "阳圩镇")),
            County("451003", "田阳区", ("田州镇", "那坡镇", "头塘镇", "百育镇"), old="451021"),
            County("451024", "德保县", ("城关镇", "马隘镇", "足荣镇", "东凌镇")),
            County("451081", "靖西市", ("新靖镇", "化峒镇", "湖润镇", "龙邦镇", "岳圩镇")),
        ),
        ("那温村", "百兰村", "那豆村", "龙和村", "六合村", "韦屯村", "东笋村", "那布村"),
        ("向阳路", "城东大道", "中山一路", "龙景路", "百胜街", "新兴路"),
        ("金湾小区", "江滨花园", "龙景家园", "东合公租房小区", "百城新苑"),
        (*_BIG_BANKS, ("广西农村信用社", "621458"), ("广西农村信用社", "623526")),
    ),
    Region(
        "liangshan",
        "四川省",
        "川",
        "凉山彝族自治州",
        "0834",
        7,
        "川W",
        "615000",
        "yi",
        "王李张杨刘陈马马吉沙罗",
        (),
        (
            County("513401", "西昌市", ("长安街道", "西城街道", "安宁镇", "川兴镇", "礼州镇")),
            County("513431", "昭觉县", ("新城镇", "竹核乡", "四开乡", "比尔镇")),
            County("513436", "美姑县", ("巴普镇", "牛牛坝镇", "拉木阿觉乡")),
            County("513429", "布拖县", ("特木里镇", "拖觉镇", "地洛乡")),
            County("513402", "会理市", ("古城街道", "鹿厂镇", "黎溪镇"), old="513425"),
        ),
        ("尔打村", "洛古村", "日哈村", "则普村", "吉克村", "阿土列尔村", "瓦吉木村"),
        ("航天大道", "长安中路", "胜利路", "三岔口南路", "海滨中路"),
        ("邛海花园", "月城新居", "航天小区", "安宁公租房小区", "彝海家园"),
        (*_BIG_BANKS, ("四川省农村信用社", "621033"), ("四川省农村信用社", "623190")),
    ),
    Region(
        "shigatse",
        "西藏自治区",
        "藏",
        "日喀则市",
        "0892",
        7,
        "藏D",
        "857000",
        "tibetan",
        "王李张陈刘",
        (),
        (
            County(
                "540202", "桑珠孜区", ("城北街道", "城南街道", "东嘎乡", "甲措雄乡", "聂日雄乡"), old="542301"
            ),
            County("540222", "江孜县", ("江孜镇", "重孜乡", "紫金乡")),
            County("540225", "拉孜县", ("曲下镇", "拉孜镇", "扎西宗乡")),
            County("540223", "定日县", ("协格尔镇", "岗嘎镇", "长所乡")),
        ),
        ("达那答村", "帕当村", "强堆村", "曲美村", "扎西岗村", "东嘎村", "帕热村"),
        ("上海中路", "珠峰路", "山东路", "青岛路", "吉林南路"),
        ("德吉林卡小区", "珠峰家园", "雅江新居", "城北公租房小区"),
        _BIG_BANKS,
    ),
    Region(
        "xilingol",
        "内蒙古自治区",
        "蒙",
        "锡林郭勒盟",
        "0479",
        7,
        "蒙H",
        "026000",
        "mongol",
        "王李张刘赵包包白白宝韩高",
        (),
        (
            County("152502", "锡林浩特市", ("希日塔拉街道", "宝力根街道", "楚古兰街道", "朝克乌拉苏木")),
            County("152522", "阿巴嘎旗", ("别力古台镇", "洪格尔高勒镇", "查干淖尔镇")),
            County("152525", "东乌珠穆沁旗", ("乌里雅斯太镇", "道特淖尔镇", "满都胡宝拉格镇")),
            County("152530", "正蓝旗", ("上都镇", "桑根达来镇", "哈毕日嘎镇")),
        ),
        (
            "巴彦宝力格嘎查",
            "宝力根陶海嘎查",
            "巴彦乌拉嘎查",
            "吉日嘎郎图嘎查",
            "白音锡勒嘎查",
            "乌兰图嘎嘎查",
        ),
        ("锡林大街", "团结大街", "那达慕大街", "察哈尔大街", "额尔敦路"),
        ("锡林花园", "草原明珠小区", "新世纪家园", "宝力根公租房小区"),
        (*_BIG_BANKS, ("内蒙古农村信用社", "621737")),
    ),
    Region(
        "kashgar",
        "新疆维吾尔自治区",
        "新",
        "喀什地区",
        "0998",
        7,
        "新Q",
        "844000",
        "uyghur",
        "王李张刘陈杨",
        (),
        (
            County(
                "653101", "喀什市", ("恰萨街道", "亚瓦格街道", "吾斯塘博依街道", "浩罕乡", "多来特巴格乡")
            ),
            County("653121", "疏附县", ("托克扎克镇", "兰干镇", "站敏乡", "塔什米力克乡")),
            County("653125", "莎车县", ("莎车镇", "恰热克镇", "艾力西湖镇")),
            County("653129", "伽师县", ("巴仁镇", "西克尔库勒镇", "夏普吐勒镇")),
        ),
        ("阿亚格曼干村", "英买里村", "托万克村", "色满村", "阔纳巴扎村", "巴格其村", "阿克提坎村"),
        ("解放北路", "人民东路", "色满路", "克孜都维路", "西域大道"),
        ("香榭丽苑", "东湖小区", "团结新村", "多来特巴格公租房小区"),
        (*_BIG_BANKS, ("新疆农村信用社", "621008")),
    ),
    Region(
        "linyi",
        "山东省",
        "鲁",
        "临沂市",
        "0539",
        7,
        "鲁Q",
        "276000",
        "han",
        "王王王张张刘刘李孙徐杜庄颜高朱",
        ("诸葛",),
        (
            County(
                "371302", "兰山区", ("兰山街道", "银雀山街道", "金雀山街道", "柳青街道", "半程镇", "枣园镇")
            ),
            County("371321", "沂南县", ("界湖街道", "砖埠镇", "铜井镇", "张庄镇", "依汶镇")),
            County("371325", "费县", ("费城街道", "探沂镇", "朱田镇", "薛庄镇")),
            County("371327", "莒南县", ("十字路街道", "大店镇", "坪上镇", "板泉镇")),
        ),
        ("孙家黄疃村", "东高庄村", "大王庄村", "刘家店子村", "诸葛村", "杜家庄村", "后城子村"),
        ("沂蒙路", "通达路", "金雀山路", "涑河北街", "解放路", "兰山路"),
        ("书香苑", "滨河花园", "金雀山小区", "蒙山公租房小区", "沂河新城"),
        (*_BIG_BANKS, ("山东省农村信用社", "623198")),
    ),
    Region(
        "ganzhou",
        "江西省",
        "赣",
        "赣州市",
        "0797",
        7,
        "赣B",
        "341000",
        "han",
        "钟钟曾曾廖赖刘刘谢邱温肖黄",
        ("欧阳",),
        (
            County("360702", "章贡区", ("解放街道", "南外街道", "赣江街道", "沙石镇", "水西镇")),
            County("360704", "赣县区", ("梅林镇", "王母渡镇", "江口镇"), old="360721"),
            County("360731", "于都县", ("贡江镇", "铁山垅镇", "盘古山镇", "罗坳镇")),
            County("360732", "兴国县", ("潋江镇", "长冈乡", "杰村乡", "高兴镇")),
            County("360781", "瑞金市", ("象湖镇", "瑞林镇", "叶坪乡", "沙洲坝镇")),
            County("360703", "南康区", ("蓉江街道", "唐江镇", "龙岭镇"), old="360782"),
        ),
        ("潭头村", "钟屋村", "曾坊村", "黄沙村", "廖屋村", "上坪村", "高田村", "赖公庙村"),
        ("文清路", "红旗大道", "长征大道", "章江北大道", "健康路"),
        ("阳明花园", "章江新区小区", "红旗公租房小区", "赣江源小区"),
        (*_BIG_BANKS, ("江西农商银行", "621592")),
    ),
    Region(
        "wenzhou",
        "浙江省",
        "浙",
        "温州市",
        "0577",
        8,
        "浙C",
        "325000",
        "han",
        "林林林陈陈黄郑潘叶周金胡池季缪",
        ("司徒",),
        (
            County("330302", "鹿城区", ("五马街道", "松台街道", "南汇街道", "藤桥镇")),
            County("330381", "瑞安市", ("安阳街道", "玉海街道", "塘下镇", "飞云街道")),
            County("330382", "乐清市", ("乐成街道", "柳市镇", "虹桥镇", "北白象镇")),
            County("330327", "苍南县", ("灵溪镇", "钱库镇", "金乡镇", "马站镇")),
        ),
        ("林垟村", "陈岙村", "下垟村", "金家垟村", "郑宅村", "潘桥村", "岩头村", "池底村"),
        ("人民路", "解放路", "车站大道", "学院中路", "锦绣路"),
        ("锦江花园", "翠微新村", "江滨公租房小区", "瓯江名苑"),
        (*_BIG_BANKS, ("浙江农商银行", "621058"), ("招商银行", "552534")),
    ),
)

ALL_CODES = {c.code for r in REGIONS for c in r.counties} | {
    c.old for r in REGIONS for c in r.counties if c.old
}


def words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


GIVEN_M = words(
    "伟 强 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宁 东 峰 磊 林 海 "
    "龙 建国 建华 志强 志明 国华 德胜 传军 庆华 永福 金山 振华 海军 文斌 世杰 "
    "成林 光荣 进财 春生 昌盛 德明 树林"
)
GIVEN_F = words(
    "芳 娟 敏 静 丽 艳 秀英 玉兰 桂英 秀兰 凤英 春梅 海燕 小红 丽娟 美玲 雪梅 "
    "晓燕 慧敏 金凤 月娥 翠兰 彩霞 银花 冬梅 素珍"
)
YOUNG_M = words("俊杰 浩然 宇航 子轩 梓豪 家豪 宇 浩 博文 一鸣 晨阳 志豪 天佑 明轩")
YOUNG_F = words("婷婷 欣怡 梓涵 雨萱 佳怡 思琪 诗涵 雨欣 可馨 佳琪 梦瑶 紫涵 静怡 雪")
ZHUANG_F = ("月妹", "秋妹", "美珍", "爱莲", "美娟", "妹香", "金花", "兰妹")
YI_CLAN = words(
    "吉克 阿苦 沙马 曲比 俄木 海来 马海 吉伍 阿说 勒格 瓦其 立格 阿尔 俄底 吉木 阿火 的日 比布 日火"
)
YI_M = words("拉且 日布 木呷 阿木 尔古 伍各 拉哈 克哈 子日 史日 格布 曲布 拉毅 布哈 尔呷 伍沙")
YI_F = words("阿呷 阿果 阿依 阿芝 伍呷 有呷 阿支 日莫 石莫 尔作 阿衣 金呷 阿牛")
TB_M = words(
    "扎西 次仁 格桑 达瓦 尼玛 普布 拉巴 边巴 旦增 索朗 平措 顿珠 旺堆 多吉 洛桑 罗布 米玛 巴桑 强巴 土登"
)
TB_N = words("次仁 格桑 达瓦 尼玛 普布 拉巴 边巴 索朗 德吉 白玛")
TB_F = words("卓玛 央金 曲珍 拉姆 德吉 央宗 卓嘎 措姆 白珍 次珍 普赤 玉珍")
MG_M = words(
    "巴特尔 苏和 朝鲁 额尔敦 乌力吉 孟和 阿拉坦仓 宝音德力格尔 图门巴雅尔 额尔敦毕力格 "
    "巴雅尔 毕力格图 那顺 特木尔 吉日嘎拉 布仁巴雅尔 敖日格乐 道尔吉 满都拉 呼和"
)
MG_F = words(
    "其木格 乌云 那仁图雅 斯琴高娃 萨仁高娃 乌日娜 萨日娜 托娅 高娃 其其格 乌兰 "
    "额尔登其木格 娜仁花 阿拉坦其其格 塔娜 图雅"
)
UY_M = words(
    "买买提江 阿卜杜热合曼 艾尔肯 努尔麦麦提 艾合买提 阿不都克力木 亚森 依明江 麦麦提敏 "
    "热合曼 阿迪力 肉孜 阿布都瓦依提 图尔荪 阿力木 米吉提"
)
UY_F = words(
    "古丽努尔 阿依古丽 热孜万古丽 帕提古丽 阿依努尔 布麦尔耶姆 祖丽皮亚 米热古丽 "
    "阿瓦古丽 努尔妮萨 再努尔 海力其古丽 阿娜尔古丽"
)
UY_FATHER = words(
    "吐尔逊 艾力 买买提 吾斯曼 托合提 阿不都拉 依明 阿布拉 艾买提 肉孜 斯迪克 "
    "阿不都热依木 卡德尔 玉苏甫 塔依尔 喀迪尔 热合曼 阿西木"
)
NATION = {"zhuang": "壮族", "yi": "彝族", "tibetan": "藏族", "mongol": "蒙古族", "uyghur": "维吾尔族"}
MOBILE_PREFIX = words(
    "130 131 132 133 135 136 137 138 139 150 151 "
    "152 153 155 156 157 158 159 166 173 175 176 "
    "177 178 180 181 182 183 185 186 187 188 189 "
    "191 198 199"
)
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
SYLL = words(
    "wei li zhang wang liu chen yang huang zhao zhou wu xu sun ma zhu hu guo he gao lin luo zheng liang"
)


@dataclass
class Person:
    name: str
    sex: str
    birth: dt.date
    nation: str
    county: County
    idno: str


class World:
    """A region, a county and the year of one document, with the names already used in it."""

    def __init__(self, rng: random.Random, region: Region) -> None:
        self.rng = rng
        self.r = region
        self.c = rng.choice(region.counties)
        self.year = rng.choice((2023, 2024, 2024, 2025))
        self.used: set[str] = set()
        self.dot = "" if region.style == "uyghur" and rng.random() < 0.15 else "·"
        self.mob_style = rng.choice(("plain",) * 6 + ("space", "dash", "plus", "86"))

    # ------------------------------------------------------------------ names
    def _raw_name(self, sex: str, young: bool = False) -> tuple[str, str]:
        rng = self.rng
        style = None
        st = style or self.r.style
        if st == "yi" and rng.random() < 0.75:
            return rng.choice(YI_CLAN) + rng.choice(YI_M if sex == "男" else YI_F), "彝族"
        if st == "tibetan" and rng.random() < 0.85:
            if sex == "男":
                if rng.random() < 0.2:
                    return rng.choice(TB_M), "藏族"
                a, b = rng.sample(TB_M, 2)
                return a + b, "藏族"
            if rng.random() < 0.2:
                return rng.choice(TB_F), "藏族"
            return rng.choice(TB_N) + rng.choice(TB_F), "藏族"
        if st == "mongol" and rng.random() < 0.6:
            return rng.choice(MG_M if sex == "男" else MG_F), "蒙古族"
        if st == "uyghur" and rng.random() < 0.8:
            return rng.choice(UY_M if sex == "男" else UY_F) + self.dot + rng.choice(UY_FATHER), "维吾尔族"
        if self.r.compound and rng.random() < 0.06:
            sur = rng.choice(self.r.compound)
        else:
            sur = rng.choice(self.r.surnames)
        pool = GIVEN_M if sex == "男" else GIVEN_F
        if young and rng.random() < 0.7:
            pool = YOUNG_M if sex == "男" else YOUNG_F
        if st == "zhuang" and sex == "女" and not young and rng.random() < 0.3:
            given = rng.choice(ZHUANG_F)
        else:
            given = rng.choice(pool)
        if len(given) == 1 and rng.random() < 0.5:
            given = rng.choice(pool)
        nation = "汉族"
        if st == "zhuang" and sur in "韦黄农覃岑蓝陆梁莫潘凌" and rng.random() < 0.8:
            nation = "壮族"
        elif st == "yi" and sur in "马吉沙":
            nation = "彝族"
        elif st == "mongol" and sur in "包白宝":
            nation = "蒙古族"
        return sur + given, nation

    def name(self, sex: str | None = None, young: bool = False) -> tuple[str, str, str]:
        sex = sex or self.rng.choice("男女")
        for _ in range(200):
            n, nat = self._raw_name(sex, young)
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n, sex, nat
        raise AssertionError("names exhausted")

    def kin(self, p: Person, sex: str, age: tuple[int, int] = (40, 60)) -> str:
        """A relative: a father shares a Han-style surname; other names are drawn freely."""
        if sex == "男" and p.nation in ("汉族", "壮族") and "·" not in p.name and len(p.name) <= 3:
            sur = p.name[:2] if p.name[:2] in self.r.compound else p.name[0]
            for _ in range(50):
                n = sur + self.rng.choice(GIVEN_M)
                if n not in self.used and not any(n in u or u in n for u in self.used):
                    self.used.add(n)
                    return n
        return self.name(sex)[0]

    def official(self) -> str:
        return self.name()[0]

    def anon(self, n: str | None = None) -> str:
        sur = (n or self.name()[0])[0]
        return self.rng.choice((sur + "某某", sur + "某", sur + "女士", sur + "先生"))

    # -------------------------------------------------------------- identity
    def person(
        self, sex: str | None = None, age: tuple[int, int] = (20, 60), county: County | None = None
    ) -> Person:
        rng = self.rng
        y = self.year - rng.randint(*age)
        n, sex, nat = self.name(sex, young=y >= 1990)
        birth = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        c = county or (self.c if rng.random() < 0.8 else rng.choice(self.r.counties))
        return Person(n, sex, birth, nat, c, self.idno(c, birth, sex))

    def idno(self, c: County, birth: dt.date, sex: str) -> str:
        code = c.old if c.old and birth.year < 2005 and self.rng.random() < 0.6 else c.code
        seq = self.rng.randrange(0, 100) * 10 + self.rng.choice(
            (1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8)
        )
        body = f"{code}{birth:%Y%m%d}{seq:03d}"
        s = body + id_check(body)
        if s.endswith("X") and self.rng.random() < 0.15:
            s = s[:-1] + "x"
        return s

    def id15(self, p: Person) -> str:
        code = p.county.old or p.county.code
        seq = self.rng.randrange(0, 100) * 10 + self.rng.choice(
            (1, 3, 5, 7, 9) if p.sex == "男" else (0, 2, 4, 6, 8)
        )
        return f"{code}{p.birth:%y%m%d}{seq:03d}"

    def mobile(self, style: str | None = None) -> str:
        m = self.rng.choice(MOBILE_PREFIX) + "".join(self.rng.choice("0123456789") for _ in range(8))
        st = style or self.mob_style
        if st == "space":
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if st == "dash":
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if st == "plus":
            return "+86 " + m
        if st == "86":
            return "86-" + m
        return m

    def local(self) -> str:
        return self.rng.choice("2345678") + "".join(
            self.rng.choice("0123456789") for _ in range(self.r.digits - 1)
        )

    def landline(self) -> str:
        a, n = self.r.area, self.local()
        return self.rng.choice((f"{a}-{n}", f"{a}-{n}", f"（{a}）{n}", f"{a} {n}"))

    def office_phone(self) -> str:
        return f"{self.r.area}-{self.local()}"

    def card(self) -> tuple[str, str]:
        bank, pre = self.rng.choice(self.r.banks)
        length = 16 if pre[0] in "45" and self.rng.random() < 0.5 else 19
        body = pre + "".join(self.rng.choice("0123456789") for _ in range(length - len(pre) - 1))
        num = luhn_complete(body)
        if self.rng.random() < 0.2:
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return bank, num

    def email(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.randint(10000, 3999999999)}@qq.com"
        user = (
            rng.choice(SYLL)
            + rng.choice(SYLL)
            + str(rng.choice((rng.randint(1970, 2005), rng.randint(1, 999))))
        )
        return f"{user}@{rng.choice(('163.com', '126.com', 'sina.com', 'qq.com'))}"

    def plate(self) -> str:
        rng = self.rng
        if rng.random() < 0.2:  # new-energy
            tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
            if rng.random() < 0.3:
                tail = "".join(rng.choice("0123456789") for _ in range(5)) + rng.choice("DF")
        else:
            chars = [rng.choice("0123456789") for _ in range(5)]
            for i in rng.sample(range(5), rng.choice((0, 1, 1, 2))):
                chars[i] = rng.choice(PLATE_LETTERS)
            tail = "".join(chars)
        return self.r.plate + rng.choice(("", "", "", "·", " ")) + tail

    def passport(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return "E" + "".join(rng.choice("0123456789") for _ in range(8))
        return "E" + rng.choice("ABCDEFGHJKLMN") + "".join(rng.choice("0123456789") for _ in range(7))

    def hk_permit(self) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < 0.5:
            return "往来港澳通行证", "C" + rng.choice("0123456789ABCDEFGHJKLMN") + "".join(
                rng.choice("0123456789") for _ in range(7)
            )
        return "港澳居民来往内地通行证", rng.choice("HM") + "".join(
            rng.choice("0123456789") for _ in range(8)
        )

    def tw_permit(self) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(8))

    # -------------------------------------------------------------- places
    def town(self, c: County | None = None) -> str:
        return self.rng.choice((c or self.c).towns)

    def village_addr(self, c: County | None = None, full: bool = False) -> str:
        """A village without a house number: not an address."""
        c = c or self.c
        return (c.name if full else "") + self.town(c) + self.rng.choice(self.r.villages)

    def home(self, c: County | None = None, urban: bool | None = None, head: str | None = None) -> str:
        rng = self.rng
        c = c or self.c
        if head is None:
            head = rng.choice(("", c.name, c.name, self.r.city + c.name, self.r.prov + self.r.city + c.name))
        town = self.town(c)
        if urban is None:
            urban = "街道" in town or (town.endswith("镇") and rng.random() < 0.3)
        if urban:
            road = rng.choice(self.r.roads)
            est = rng.choice(self.r.estates)
            form = rng.randrange(4)
            if form == 0:
                tail = f"{road}{rng.randint(1, 260)}号{est}{rng.randint(1, 24)}栋{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
            elif form == 1:
                tail = f"{est}{rng.randint(1, 30)}号楼{rng.randint(1, 3)}单元{rng.randint(1, 6)}0{rng.randint(1, 3)}室"
            elif form == 2:
                tail = f"{road}{rng.randint(1, 400)}号"
            else:
                tail = f"{road}{rng.randint(1, 99)}号{rng.randint(1, 9)}-{rng.randint(1, 6)}0{rng.randint(1, 2)}室"
            return head + town + tail
        vil = rng.choice(self.r.villages)
        st = self.r.style
        if st == "zhuang" and rng.random() < 0.6:
            tail = f"{vil}{rng.choice(('那亮', '弄怀', '百合', '坡豆', '陇念'))}屯{rng.randint(1, 80)}号"
        elif st == "mongol" and "嘎查" in vil:
            tail = f"{vil}{rng.randint(1, 6)}组"
        elif rng.random() < 0.5:
            tail = f"{vil}{rng.randint(1, 12)}组"
        else:
            tail = f"{vil}{rng.randint(1, 12)}组{rng.randint(1, 120)}号"
        return head + town + tail

    # -------------------------------------------------------------- near-misses
    def cc(self, prefix: str = "11") -> str:
        return credit_code(self.rng, prefix, self.c.code)

    def index_no(self) -> str:
        return f"{self.cc('11')}/{self.year}-{self.rng.randint(1, 3000):05d}"

    def docno(self, dept: str) -> str:
        return f"{self.c.name[0]}{dept}〔{self.year}〕{self.rng.randint(1, 180)}号"

    def date(self, month_from: int = 1) -> dt.date:
        return dt.date(self.year, self.rng.randint(month_from, 12), self.rng.randint(1, 28))

    def mask_id(self, s: str) -> str:
        k = self.rng.randrange(3)
        if k == 0:
            return s[:6] + "********" + s[-4:]
        if k == 1:
            return s[:2] + "*" * 13 + s[-3:]
        return s[:10] + "****" + s[-4:]

    def mask_mobile(self) -> str:
        m = self.mobile("plain")
        return m[:3] + "****" + m[-4:]


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def ym(d: dt.date, rng: random.Random) -> str:
    return rng.choice((f"{d.year}.{d.month:02d}", f"{d.year}年{d.month}月", f"{d.year}-{d.month:02d}"))


CN_NUM = "〇一二三四五六七八九十"


def cn_int(n: int) -> str:
    if n <= 10:
        return CN_NUM[n] if n < 10 else "十"
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


# ------------------------------------------------------------------------------------------------ document


def _cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def dwidth(s: str) -> int:
    return sum(2 if _cjk(ch) else 1 for ch in s)


def cell_text(cell: Cell) -> str:
    return "".join(s for s, _ in cell)


def P(s: str, kind: str | None = None) -> Cell:
    return [(s, kind)]


class Doc:
    def __init__(self, rng: random.Random, pdf: bool) -> None:
        self.rng = rng
        self.pdf = pdf
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[dict[str, object]] = []
        self.width = rng.randint(28, 40)
        self.gap = rng.choice(("　", "  ", " "))
        self.page = 1
        self.pages = rng.randint(2, 4)

    def add(self, s: str, kind: str | None = None) -> None:
        if not s:
            return
        if kind:
            self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(s), "text": s})
        self.buf.append(s)
        self.n += len(s)

    def segs(self, segs: Iterable[Seg]) -> None:
        for s, k in segs:
            self.add(s, k)

    def line(self, *parts: Seg | str) -> None:
        segs = [(p, None) if isinstance(p, str) else p for p in parts]
        if self.pdf and sum(len(s) for s, _ in segs) > self.width:
            self.para(segs, indent="")
            return
        self.segs(segs)
        self.add("\n")

    def para(self, parts: Sequence[Seg | str], indent: str = "　　") -> None:
        segs = [(p, None) if isinstance(p, str) else p for p in parts]
        if not self.pdf:
            self.add(indent)
            self.segs(segs)
            self.add("\n")
            return
        self.add(indent)
        col = len(indent)
        w = self.width
        for s, k in segs:
            if k is None or k == "address":
                if k and col >= w:
                    self.add("\n")
                    col = 0
                out: list[str] = []
                for ch in s:
                    if col >= w:
                        out.append("\n")
                        col = 0
                    out.append(ch)
                    col += 1
                self.add("".join(out), k)
            else:
                if col + len(s) > w and col > 0:
                    self.add("\n")
                    col = 0
                self.add(s, k)
                col += len(s)
        self.add("\n")

    def kv(self, pairs: list[tuple[str, Cell]], per_line: int = 1, sep: str = "：") -> None:
        if per_line == 1 or self.pdf:
            for lab, cell in pairs:
                self.line(lab + sep, *cell)
            return
        for i in range(0, len(pairs), 2):
            row: list[Seg | str] = []
            for j, (lab, cell) in enumerate(pairs[i : i + 2]):
                if j:
                    row.append(self.rng.choice(("　　", "    ", "\t")))
                row.append(lab + sep)
                row.extend(cell)
            self.line(*row)

    def page_break(self, title: str) -> None:
        style = self.rng.randrange(4)
        if style == 0:
            self.add(f"- {self.page} -\n")
        elif style == 1:
            self.add(f"第 {self.page} 页 共 {max(self.pages, self.page + 1)} 页\n")
        elif style == 2:
            self.add(f"— {self.page} —\n")
        else:
            self.add(f"{self.page}\n")
        self.page += 1
        if self.rng.random() < 0.5:
            self.add(f"{title}\n")

    def spaced(self, cell: Cell) -> Cell:
        out: Cell = []
        for s, k in cell:
            if k == "name" and len(s) == 2 and all(_cjk(ch) for ch in s):
                out.append((s[0] + self.gap + s[1], k))
            else:
                out.append((s, k))
        return out

    def text(self) -> str:
        return "".join(self.buf)


LAYOUTS = ("tab", "space", "pipe", "html", "csv", "cells", "tab", "pipe")


def table(d: Doc, head: list[str], rows: list[list[Cell]], title: str = "", style: str | None = None) -> str:
    """Render a table; returns the style used. PDF documents get a PDF-like rendering."""
    rng = d.rng
    if d.pdf:
        style = rng.choice(("pdfline", "pdfline", "pdfcells"))
    style = style or rng.choice(LAYOUTS)
    if style == "tab":
        d.add("\t".join(head) + "\n")
        for row in rows:
            for i, cell in enumerate(row):
                if i:
                    d.add("\t")
                d.segs(cell)
            d.add("\n")
    elif style == "space":
        widths = [max([dwidth(h)] + [dwidth(cell_text(r[i])) for r in rows]) for i, h in enumerate(head)]
        d.add("  ".join(h + " " * (widths[i] - dwidth(h)) for i, h in enumerate(head)).rstrip() + "\n")
        for row in rows:
            parts: list[str] = []
            for i, cell in enumerate(row):
                if i:
                    d.add("  ")
                d.segs(cell)
                if i < len(row) - 1:
                    pad = widths[i] - dwidth(cell_text(cell))
                    d.add(" " * pad)
                parts.append(cell_text(cell))
            d.add("\n")
    elif style == "pipe":
        d.add("| " + " | ".join(head) + " |\n")
        d.add("|" + "|".join("---" for _ in head) + "|\n")
        for row in rows:
            d.add("| ")
            for i, cell in enumerate(row):
                if i:
                    d.add(" | ")
                d.segs(cell)
            d.add(" |\n")
    elif style == "html":
        d.add('<table border="1" cellspacing="0">\n<tr>' + "".join(f"<th>{h}</th>" for h in head) + "</tr>\n")
        for row in rows:
            d.add("<tr>")
            for cell in row:
                d.add("<td>")
                d.segs(cell)
                d.add("</td>")
            d.add("</tr>\n")
        d.add("</table>\n")
    elif style == "csv":
        q = rng.random() < 0.4
        d.add(",".join(f'"{h}"' if q else h for h in head) + "\n")
        for row in rows:
            for i, cell in enumerate(row):
                if i:
                    d.add(",")
                if q:
                    d.add('"')
                d.segs(cell)
                if q:
                    d.add('"')
            d.add("\n")
    elif style == "cells":
        for h in head:
            d.add(h + "\n")
        for row in rows:
            for cell in row:
                if cell_text(cell):
                    d.segs(cell)
                d.add("\n")
    else:  # PDF extraction: one row a line (or one cell a line), spaced names, page breaks
        per_page = rng.randint(6, 14)
        sep = rng.choice((" ", "  ", " "))
        if style == "pdfline":
            d.add(sep.join(head) + "\n")
        else:
            d.add("\n".join(head) + "\n")
        for n, row in enumerate(rows):
            if n and n % per_page == 0:
                d.page_break(title or head[0])
                if rng.random() < 0.5:
                    d.add((sep if style == "pdfline" else "\n").join(head) + "\n")
            for i, cell in enumerate(row):
                c = d.spaced(cell) if rng.random() < 0.7 else cell
                if i:
                    d.add(sep if style == "pdfline" else "\n")
                if not cell_text(c) and style == "pdfline":
                    d.add("/")
                d.segs(c)
            d.add("\n")
    return style


def numbered(d: Doc, items: list[list[Seg | str]], style: int | None = None) -> None:
    st = d.rng.randrange(4) if style is None else style
    for i, it in enumerate(items, 1):
        mark = (f"{i}. ", f"{i}．", f"（{cn_int(i)}）", f"{i}、")[st]
        d.para([mark, *it], indent="")


def name_list(d: Doc, names: list[str], sep: str | None = None) -> None:
    """、-separated name list inside a paragraph."""
    sep = sep or d.rng.choice(("、", "　", "  "))
    parts: list[Seg | str] = []
    for i, n in enumerate(names):
        if i:
            parts.append(sep)
        parts.append((n, "name"))
    d.para(parts)


TOPICS = (
    ("人力", "劳动、人事、监察\\劳动就业"),
    ("退役", "民政、扶贫、救灾\\优抚安置"),
    ("卫生", "卫生、体育\\卫生"),
    ("住房", "城乡建设、环境保护\\城乡建设（含住房）"),
    ("执法", "城乡建设、环境保护\\城乡建设（含住房）"),
    ("交", "公安、安全、司法\\公安"),
    ("司法", "公安、安全、司法\\司法"),
    ("法律", "公安、安全、司法\\司法"),
)


def _topic(org: str) -> str:
    return next((t for k, t in TOPICS if k in org), "综合政务\\政务公开")


def header(d: Doc, w: World, org: str, title: str, dept: str | None = None, meta: float = 0.4) -> None:
    rng = d.rng
    if rng.random() < meta:
        d.kv(
            [
                ("索引号", P(w.index_no())),
                ("发布机构", P(org)),
                ("主题分类", P(_topic(org))),
                ("成文日期", P(cn_date(w.date()))),
            ],
            per_line=rng.choice((1, 2)),
        )
        d.add("\n")
    d.line(title)
    if dept and rng.random() < 0.6:
        d.line(w.docno(dept))
    d.add("\n")


def footer(
    d: Doc, w: World, org: str, when: dt.date | None = None, contact: float = 0.6, hotline: str = ""
) -> None:
    rng = d.rng
    if rng.random() < contact:
        parts: list[Seg | str] = [rng.choice(("联系人：", "联 系 人：", "经办人：")), w.official()]
        parts += [rng.choice(("　联系电话：", "，电话：", "  咨询电话：")), w.office_phone()]
        if hotline:
            parts += [f"（{hotline}）"]
        d.line(*parts)
        if rng.random() < 0.3:
            user = rng.choice(SYLL) + rng.choice(("rsj", "sfj", "wjj", "zjj", "cgj", "jg", "gk"))
            dom = rng.choice((f"{user}@{w.r.key}.gov.cn", f"{user}{w.c.code[-4:]}@163.com"))
            d.line("电子邮箱：", dom)
        if rng.random() < 0.3:
            d.line(
                "通讯地址：",
                f"{w.c.name}{rng.choice(w.r.roads)}{rng.randint(1, 200)}号　邮编：{w.r.post[:4]}{rng.randint(0, 9)}0",
            )
    d.add("\n")
    d.line(org)
    d.line(cn_date(when or w.date()))


# ------------------------------------------------------------------------------------------------ families

SCHOOLS = (
    "广西民族大学",
    "西南民族大学",
    "西藏大学",
    "内蒙古师范大学",
    "喀什大学",
    "临沂大学",
    "赣南师范大学",
    "温州大学",
    "四川农业大学",
    "百色学院",
    "西昌学院",
    "江西理工大学",
    "山东师范大学",
    "新疆农业大学",
)
MAJORS = (
    "汉语言文学",
    "护理学",
    "临床医学",
    "会计学",
    "计算机科学与技术",
    "农学",
    "学前教育",
    "法学",
    "畜牧兽医",
    "土木工程",
    "药学",
    "思想政治教育",
)
UNITS = (
    "人民医院",
    "中医医院",
    "妇幼保健院",
    "第一中学",
    "实验小学",
    "农业技术推广中心",
    "乡镇综合服务中心",
    "疾病预防控制中心",
    "融媒体中心",
    "水利工作站",
    "畜牧兽医站",
    "退役军人服务中心",
)


def _id_cell(w: World, p: Person, masked: bool) -> Cell:
    return P(w.mask_id(p.idno)) if masked else P(p.idno, "id_card")


def _mob_cell(w: World, masked: bool = False) -> Cell:
    return P(w.mask_mobile()) if masked else P(w.mobile(), "mobile")


def renshi(w: World, d: Doc, sub: str) -> None:
    rng = d.rng
    org = f"{w.c.name}人力资源和社会保障局"
    if sub == "hire":
        title = f"{w.c.name}{w.year}年事业单位公开招聘工作人员拟聘用人员公示"
        header(d, w, org, title, meta=0.5)
        n = rng.randint(5, 22)
        d.para(
            [
                f"根据《事业单位公开招聘人员暂行规定》和《{w.r.prov}事业单位公开招聘人员实施办法》等有关规定，经笔试、面试、资格复审、体检和考察，"
                f"现将{w.c.name}{w.year}年事业单位公开招聘拟聘用的{n}名人员予以公示（名单附后）。"
            ]
        )
        d.para(
            [
                f"公示时间：{w.year}年{rng.randint(6, 11)}月{rng.randint(1, 20)}日至{rng.randint(21, 28)}日（5个工作日）。"
                "公示期间，如对拟聘用人员有异议，可以书面或电话形式向县人力资源和社会保障局反映。反映问题要实事求是，"
                "以单位名义反映的应加盖公章，以个人名义反映的应签署本人真实姓名。"
            ]
        )
        d.line(f"附件：{w.c.name}{w.year}年事业单位公开招聘拟聘用人员名单")
        head = [
            "序号",
            "姓名",
            "性别",
            "民族",
            "出生年月",
            "学历",
            "毕业院校及专业",
            "拟聘单位",
            "岗位代码",
            "准考证号",
            "综合成绩",
            "体检",
            "考察",
        ]
        masked_id = rng.random() < 0.3
        if masked_id:
            head.insert(4, "身份证号")
        rows = []
        base = f"{w.year}{rng.randint(1, 12):02d}{rng.randint(10, 99)}"
        for i in range(1, n + 1):
            p = w.person(age=(22, 34))
            row = [
                P(str(i)),
                P(p.name, "name"),
                P(p.sex),
                P(p.nation),
                P(ym(p.birth, rng)),
                P(rng.choice(("大学本科", "大专", "硕士研究生", "本科"))),
                P(rng.choice(SCHOOLS) + rng.choice(MAJORS)),
                P(w.c.name + rng.choice(UNITS)),
                P(f"{w.c.code[-4:]}{rng.randint(1, 60):03d}"),
                P(f"{base}{rng.randint(1, 40):02d}{rng.randint(1, 30):02d}"),
                P(f"{rng.uniform(60, 88):.2f}"),
                P("合格"),
                P("合格"),
            ]
            if masked_id:
                row.insert(4, P(w.mask_id(p.idno)))
            rows.append(row)
        table(d, head, rows, title=title)
        d.para(
            [
                f"监督电话：{w.office_phone()}（县人社局事业单位人事管理股）、{w.office_phone()}（县纪委监委派驻纪检监察组）"
            ]
        )
        footer(d, w, org, contact=0.2)
    elif sub == "public_post":
        kind = rng.choice(("公益性岗位", "就业见习"))
        town = w.town()
        title = f"{w.c.name}{town}{w.year}年第{cn_int(rng.randint(1, 4))}批{kind}{'安置' if kind == '公益性岗位' else '人员'}名单公示"
        org2 = f"{w.c.name}{town}人民政府" if kind == "公益性岗位" else org
        header(d, w, org2, title)
        d.para(
            [
                f"根据《{w.r.prov}公益性岗位开发管理办法》有关要求，经个人申请、村（社区）推荐、乡镇审核，"
                f"拟安置以下人员到{kind}上岗，现予以公示。公示期为5个工作日，如有异议，请向{town}劳动保障所反映。"
            ]
            if kind == "公益性岗位"
            else [
                f"根据就业见习工作有关规定，以下高校毕业生和16—24岁失业青年经见习单位申请、{org}审核，"
                "纳入就业见习补贴范围，见习期间按当地最低工资标准的70%给予见习单位生活补贴，现予公示。"
            ]
        )
        head = [
            "序号",
            "姓名",
            "性别",
            "身份证号码",
            "人员类别",
            "安置岗位" if kind == "公益性岗位" else "见习单位",
            "联系电话",
            "补贴标准（元/月）",
        ]
        rows = []
        masked = rng.random() < 0.35
        mail_col = kind == "就业见习" and rng.random() < 0.4
        if mail_col:
            head.insert(7, "电子邮箱")
        for i in range(1, rng.randint(5, 18) + 1):
            p = w.person(age=(18, 58) if kind == "公益性岗位" else (19, 27))
            if kind == "公益性岗位":
                cat: Cell = P(
                    rng.choice(
                        (
                            "脱贫劳动力",
                            "就业困难人员",
                            "零就业家庭成员",
                            "大龄失业人员",
                            "持证残疾人",
                            "低保家庭成员",
                        )
                    )
                )
                if rng.random() < 0.15:
                    cat = [
                        ("残疾人（", None),
                        (
                            rng.choice(("肢体残疾", "听力残疾", "视力残疾", "言语残疾"))
                            + rng.choice(("三级", "四级")),
                            "health",
                        ),
                        ("）", None),
                    ]
                post = P(
                    rng.choice(
                        ("护林员", "保洁员", "村级协管员", "护路员", "水管员", "治安巡逻员", "养老服务员")
                    )
                )
            else:
                cat = P(rng.choice(("高校毕业生", "离校未就业高校毕业生", "16-24岁失业青年")))
                post = P(
                    f"{w.c.name}{rng.choice(('恒通', '惠民', '金穗', '和谐', '鑫源'))}{rng.choice(('农业发展有限公司', '电子商务有限公司', '物流有限公司', '医药连锁有限公司'))}"
                )
            row = [
                P(str(i)),
                P(p.name, "name"),
                P(p.sex),
                _id_cell(w, p, masked),
                cat,
                post,
                _mob_cell(w, masked),
                P(rng.choice(("1800", "1650", "1550", "1380"))),
            ]
            if mail_col:
                row.insert(7, P(w.email(), "email") if rng.random() < 0.8 else P(""))
            rows.append(row)
        table(d, head, rows, title=title)
        if kind == "就业见习" and rng.random() < 0.6:
            d.para(
                [
                    f"见习单位统一社会信用代码：{w.cc('91')}；见习协议编号：JX{w.year}{rng.randint(1000, 9999)}。"
                ]
            )
        d.para([f"监督举报电话：{w.office_phone()}，12345政务服务便民热线。"])
        footer(d, w, org2, contact=0.3)
    elif sub == "loan":
        title = f"{w.c.name}{w.year}年第{cn_int(rng.randint(1, 4))}季度创业担保贷款财政贴息资金拨付名单公示"
        header(d, w, org, title, dept="人社发")
        d.para(
            [
                f"根据《{w.r.prov}创业担保贷款实施办法》，经经办银行申报、县创业担保贷款担保中心初审、县人社局和县财政局复核，"
                f"现将本季度符合贴息条件的借款人名单予以公示。贴息资金由{rng.choice(('中国邮政储蓄银行', '县农村商业银行', '中国农业银行'))}"
                f"{w.c.name}支行按季度结算。"
            ]
        )
        guarantor_col = rng.random() < 0.7
        head = [
            "序号",
            "借款人",
            "身份证号",
            "经营项目",
            "贷款金额（万元）",
            "贷款起止日期",
            "贴息金额（元）",
        ]
        if guarantor_col:
            head.insert(5, "反担保人")
        rows = []
        masked = rng.random() < 0.3
        for i in range(1, rng.randint(4, 14) + 1):
            p = w.person(age=(22, 55))
            start = w.date()
            amount = rng.choice((10, 15, 20, 30))
            project = rng.choice(("种植", "养殖", "餐饮", "百货零售", "汽车修理", "家电维修"))
            row = [
                P(str(i)),
                P(p.name, "name"),
                _id_cell(w, p, masked),
                P(project),
                P(f"{amount:.2f}"),
                P(f"{start:%Y.%m.%d}-{start.year + 2}.{start.month:02d}.{start.day:02d}"),
                P(f"{amount * 10000 * rng.choice((0.0125, 0.015, 0.02)):.2f}"),
            ]
            if guarantor_col:
                g = w.name()[0]
                row.insert(5, P(g, "name"))
            rows.append(row)
        table(d, head, rows, title=title)
        if rng.random() < 0.6:
            p = w.person(age=(25, 45))
            guar = w.person(age=(30, 60))
            d.para(
                [
                    "其中，借款人",
                    (p.name, "name"),
                    "（联系电话：",
                    (w.mobile(), "mobile"),
                    "）以其经营的",
                    f"{w.c.name}{rng.choice(w.r.surnames)}记{rng.choice(('米粉店', '农家乐', '五金店'))}",
                    "作为经营实体，由",
                    (guar.name, "name"),
                    "（身份证号：",
                    (guar.idno, "id_card"),
                    "）提供反担保，",
                    "已按期还款付息。",
                ]
            )
        footer(d, w, org, contact=0.5)
    else:  # hardship
        title = f"{w.c.name}就业困难人员认定结果公示（{w.year}年第{rng.randint(1, 12)}期）"
        header(d, w, org, title)
        d.para(
            [
                "根据《就业促进法》和本省就业困难人员认定办法，经本人申请、街道（乡镇）劳动保障机构初审、县公共就业服务机构审核，"
                "下列人员符合就业困难人员认定条件，现予公示。对公示对象有异议的，请于公示期内向县就业服务中心反映。"
            ]
        )
        items: list[list[Seg | str]] = []
        for _ in range(rng.randint(4, 12)):
            p = w.person(age=(35, 59))
            it: list[Seg | str] = [(p.name, "name"), f"，{p.sex}，", f"{w.year - p.birth.year}岁，"]
            if rng.random() < 0.5:
                it += ["身份证号", (p.idno, "id_card") if rng.random() < 0.6 else w.mask_id(p.idno), "，"]
            if rng.random() < 0.5:
                it += ["户籍地：", w.village_addr(full=True), "，"]
            else:
                it += ["住址：", (w.home(), "address"), "，"]
            hard_cat = rng.choice(
                ("大龄失业人员", "零就业家庭成员", "持证残疾人", "连续失业一年以上人员", "城镇低保家庭成员")
            )
            it += [f"认定类别：{hard_cat}。"]
            items.append(it)
        numbered(d, items)
        footer(d, w, f"{w.c.name}就业服务中心", contact=0.7)


INJURIES = (
    "左锁骨骨折",
    "右桡骨远端骨折",
    "腰椎压缩性骨折",
    "右胫腓骨骨折",
    "颅脑损伤",
    "左股骨颈骨折",
    "肋骨多发骨折",
    "右手食指离断伤",
    "脾破裂",
    "左踝关节骨折",
)


def jisheng(w: World, d: Doc, sub: str) -> None:
    rng = d.rng
    org = f"{w.c.name}卫生健康局"
    if sub == "reward":
        kind = rng.choice(("农村部分计划生育家庭奖励扶助", "计划生育家庭特别扶助", "独生子女父母奖励"))
        town = w.town()
        title = f"{town}{w.year}年{kind}对象确认名单公示"
        header(d, w, f"{w.c.name}{town}人民政府", title)
        d.para(
            [
                f"根据《{w.r.prov}人口与计划生育条例》和{kind}制度有关规定，经本人申报、村（居）委会初审、乡镇人民政府审核，"
                f"现将{town}{w.year}年度新增{kind}对象名单予以公示。公示时间7天，群众如有异议，请向乡镇卫生健康办或县卫生健康局反映。"
            ]
        )
        head = [
            "序号",
            "村（社区）",
            "姓名",
            "性别",
            "出生年月",
            "身份证号码",
            "配偶姓名",
            "扶助类别",
            "年扶助金额（元）",
        ]
        old_ids = rng.random() < 0.35
        masked = rng.random() < 0.25
        phone_col = rng.random() < 0.4
        if phone_col:
            head.insert(7, "联系电话")
        rows = []
        for i in range(1, rng.randint(5, 16) + 1):
            p = w.person(age=(49, 72) if "特别" in kind else (60, 75))
            spouse = w.name("女" if p.sex == "男" else "男")[0]
            if masked:
                idc = P(w.mask_id(p.idno))
            elif old_ids and p.birth.year < 1966 and rng.random() < 0.6:
                idc = P(w.id15(p), "id_card_15")
            else:
                idc = P(p.idno, "id_card")
            cat = (
                rng.choice(("伤残", "死亡"))
                if "特别" in kind
                else rng.choice(("奖励扶助", "独生子女", "二女户"))
            )
            money = {"伤残": "6000", "死亡": "7200"}.get(cat, rng.choice(("960", "1200", "1440")))
            row = [
                P(str(i)),
                P(rng.choice(w.r.villages)),
                P(p.name, "name"),
                P(p.sex),
                P(ym(p.birth, rng)),
                idc,
                P(spouse, "name") if rng.random() < 0.85 else P(""),
                P(cat),
                P(money),
            ]
            if phone_col:
                row.insert(7, P(w.landline(), "landline") if rng.random() < 0.35 else P(w.mobile(), "mobile"))
            rows.append(row)
        if rng.random() < 0.3 and not d.pdf:
            numbered(
                d,
                [
                    [
                        (cell_text(r[2]), "name"),
                        "（",
                        *r[5],
                        "），配偶",
                        *r[6],
                        f"，{cell_text(r[1])}，{cell_text(r[-2])}",
                    ]
                    for r in rows
                    if cell_text(r[6])
                ],
            )
        else:
            table(d, head, rows, title=title)
        d.para(
            [
                f"扶助金通过惠民惠农财政补贴资金“一卡通”按年发放。咨询电话：{w.office_phone()}；县卫生健康局监督电话：{w.office_phone()}。"
            ]
        )
        footer(d, w, f"{w.c.name}{town}人民政府", contact=0.0)
    else:  # insurance
        company = rng.choice(
            ("中国人寿保险股份有限公司", "中国人民财产保险股份有限公司", "中华联合财产保险股份有限公司")
        )
        title = f"{w.c.name}{w.year}年度计划生育家庭意外伤害保险理赔情况公示"
        header(d, w, org, title)
        d.para(
            [
                f"为减轻计划生育家庭因意外伤害造成的经济负担，我县为全县计划生育特殊家庭和独生子女家庭统一投保计划生育家庭意外伤害保险，"
                f"承保公司为{company}{w.r.city}分公司（保单号：{rng.choice(('PEAC', 'PZAB', 'P1'))}{w.year}{w.c.code}{rng.randint(10**7, 10**8 - 1)}）。"
                f"现将{w.year}年第{cn_int(rng.randint(1, 3))}批已结案理赔情况公示如下："
            ]
        )
        items: list[list[Seg | str]] = []
        rows = []
        for _ in range(rng.randint(3, 9)):
            p = w.person(age=(8, 70))
            when = w.date()
            inj = rng.choice(INJURIES)
            why = rng.choice(
                ("骑电动车摔倒", "在家中跌倒", "劳动时从高处坠落", "被机动车撞伤", "干农活时被农机具砸伤")
            )
            pay = rng.choice((1200, 3500, 5000, 8600, 10000, 20000))
            payee, card = (p.name, w.card()) if p.birth.year < w.year - 18 else (w.name()[0], w.card())
            rows.append(
                [
                    P(p.name, "name"),
                    _id_cell(w, p, rng.random() < 0.4),
                    P(f"{when:%Y-%m-%d}"),
                    [(why + "致", None), (inj, "health")],
                    P(f"{pay}"),
                    P(payee, "name") if payee != p.name else P("本人"),
                    P(card[1], "bank_card")
                    if rng.random() < 0.6
                    else P("****" + card[1].replace(" ", "")[-4:]),
                ]
            )
            items.append([(p.name, "name"), f"，{p.sex}，", why, "致", (inj, "health"), f"，获赔{pay}元。"])
        if rng.random() < 0.5:
            table(
                d,
                ["被保险人", "身份证号", "出险日期", "出险原因", "理赔金额（元）", "领款人", "收款账号"],
                rows,
                title=title,
            )
        else:
            numbered(d, items)
        d.para([f"如有异议请拨打{company[:6]}客服热线95519或县卫生健康局电话{w.office_phone()}。"])
        footer(d, w, org, contact=0.3)


DISAB = (
    ("左小腿截肢", "五级"),
    ("右眼球摘除", "六级"),
    ("双耳感音神经性耳聋", "七级"),
    ("右手拇指缺失", "八级"),
    ("腰椎骨折后遗症", "八级"),
    ("左上肢功能障碍", "七级"),
    ("颅脑外伤后癫痫", "六级"),
    ("左膝关节僵直", "九级"),
    ("右下肢短缩3厘米", "十级"),
    ("器质性精神障碍", "五级"),
)


def bingyi(w: World, d: Doc, sub: str) -> None:
    rng = d.rng
    org = f"{w.c.name}退役军人事务局"
    if sub == "recruits":
        title = f"{w.c.name}{w.year}年度{rng.choice(('上半年', '下半年', ''))}入伍新兵家庭优待金发放名单公示"
        header(d, w, org, title, dept="退役军人发")
        d.para(
            [
                f"根据《{w.r.prov}义务兵家庭优待金发放办法》，经{w.c.name}人民武装部审核确认，现将{w.year}年度入伍新兵家庭优待金"
                "发放对象予以公示。优待金按照当地上年度农村居民人均可支配收入标准发放，考入军队院校、立功受奖的另行增发。"
            ]
        )
        if rng.random() < 0.4:
            d.para(["本批入伍新兵："])
            names = [
                w.person(sex="男" if rng.random() < 0.9 else "女", age=(18, 22))
                for _ in range(rng.randint(4, 10))
            ]
            name_list(d, [p.name for p in names])
            d.para(["以上人员家庭优待金发放情况如下："])
        head = [
            "序号",
            "新兵姓名",
            "身份证号",
            "入伍时间",
            "家庭住址",
            "领取人",
            "与新兵关系",
            "开户银行",
            "银行账号",
            "金额（元）",
        ]
        phone_col = rng.random() < 0.5
        if phone_col:
            head.insert(7, "家庭联系电话")
        rows = []
        for i in range(1, rng.randint(4, 14) + 1):
            p = w.person(sex="男" if rng.random() < 0.9 else "女", age=(18, 23))
            par_sex = rng.choice("男女")
            par = w.kin(p, par_sex)
            bank, card = w.card()
            addr: Cell = P(w.home(head=""), "address") if rng.random() < 0.7 else P(w.village_addr())
            row = [
                P(str(i)),
                P(p.name, "name"),
                _id_cell(w, p, rng.random() < 0.25),
                P(f"{w.year}年{rng.choice((3, 9))}月"),
                addr,
                P(par, "name"),
                P(("父" if par_sex == "男" else "母") + ("子" if p.sex == "男" else "女")),
                P(bank),
                P(card, "bank_card"),
                P(str(rng.choice((12800, 15600, 18200, 21700)))),
            ]
            if phone_col:
                row.insert(7, P(w.landline(), "landline") if rng.random() < 0.3 else P(w.mobile(), "mobile"))
            rows.append(row)
        table(d, head, rows, title=title)
        d.para(
            [f"咨询电话：{w.office_phone()}（县退役军人服务中心），{w.office_phone()}（县人武部军事科）。"]
        )
        footer(d, w, org, contact=0.3)
    else:  # disability
        title = f"关于{w.c.name}{rng.choice(('2名', '3名', ''))}退役军人残疾等级评定的公示"
        header(d, w, org, title)
        d.para(
            [
                f"根据《伤残抚恤管理办法》（退役军人事务部令第1号）规定，经本人申请、县退役军人事务局审查、{w.r.city}退役军人事务局"
                "组织医疗卫生专家小组鉴定，拟对以下人员评定（调整）残疾等级，现予以公示。公示期间如有异议，请向县退役军人事务局反映。"
            ]
        )
        people = []
        for _ in range(rng.randint(1, 4)):
            p = w.person(sex="男", age=(30, 78))
            hurt, grade = rng.choice(DISAB)
            people.append((p, hurt, grade, rng.choice(("因战", "因公", "因病"))))
        if rng.random() < 0.5:
            for k, (p, hurt, grade, nature) in enumerate(people, 1):
                idc: Seg = (
                    (w.id15(p), "id_card_15")
                    if p.birth.year < 1960 and rng.random() < 0.3
                    else (p.idno, "id_card")
                )
                d.para(
                    [
                        f"{cn_int(k)}、",
                        (p.name, "name"),
                        f"，{p.sex}，{p.nation}，{p.birth.year}年{p.birth.month}月出生，身份证号：",
                        idc,
                        "，家庭住址：",
                        (w.home(), "address"),
                        f"。{p.birth.year + rng.randint(18, 21)}年入伍，服役期间",
                        rng.choice(("参加训练时", "执行抢险救灾任务时", "施工作业中")),
                        "受伤，致",
                        (hurt, "health"),
                        f"，属{nature}致残，经鉴定拟评定为残疾等级",
                        (grade, "health"),
                        "。",
                    ]
                )
        else:
            head = [
                "姓名",
                "性别",
                "出生年月",
                "身份证号",
                "身份",
                "伤残性质",
                "伤残情况",
                "拟评定等级",
                "家庭住址",
            ]
            rows = []
            for p, hurt, grade, nature in people:
                rows.append(
                    [
                        P(p.name, "name"),
                        P(p.sex),
                        P(ym(p.birth, rng)),
                        P(p.idno, "id_card"),
                        P(rng.choice(("退役士兵", "退役军人", "民兵"))),
                        P(nature),
                        P(hurt, "health"),
                        P(grade, "health"),
                        P(w.home(), "address") if rng.random() < 0.7 else P(w.village_addr(full=True)),
                    ]
                )
            table(d, head, rows, title=title)
        d.para(
            [
                f"公示时间：{w.year}年{rng.randint(3, 11)}月{rng.randint(1, 15)}日至{rng.randint(16, 28)}日。联系电话：{w.office_phone()}。"
            ]
        )
        footer(d, w, org, contact=0.0)


LAW_FIRMS = ("正大", "明鉴", "天衡", "德信", "公正", "同创", "君诚")
CAUSES = (
    "追索劳动报酬",
    "工伤保险待遇",
    "离婚纠纷",
    "赡养纠纷",
    "机动车交通事故责任纠纷",
    "民间借贷纠纷",
    "人身损害赔偿",
)


def _party(d: Doc, w: World, role: str, p: Person, rich: bool = True) -> None:
    rng = d.rng
    pairs: list[tuple[str, Cell]] = [(role, P(p.name, "name")), ("性别", P(p.sex))]
    if rng.random() < 0.7:
        pairs.append(("民族", P(p.nation)))
    pairs.append(("出生日期", P(cn_date(p.birth))))
    if rich and rng.random() < (0.15 if w.r.key in ("wenzhou", "ganzhou", "linyi") else 0.04):
        pairs.append(("台湾居民来往大陆通行证号码", P(w.tw_permit(), "tw_permit")))
    elif rich and rng.random() < 0.12:
        kind, num = w.hk_permit()
        pairs.append((kind + "号码", P(num, "hk_macau_permit")))
    else:
        pairs.append(("公民身份号码" if rng.random() < 0.5 else "身份证号", P(p.idno, "id_card")))
    pairs.append(("住址" if rng.random() < 0.6 else "住所地", P(w.home(), "address")))
    r = rng.random()
    if r < 0.7:
        pairs.append(("联系电话", P(w.mobile(), "mobile")))
    elif r < 0.85:
        pairs.append(("联系电话", P(w.landline(), "landline")))
    d.kv(pairs, per_line=rng.choice((1, 1, 2)))


def sifa(w: World, d: Doc, sub: str) -> None:
    rng = d.rng
    org = f"{w.c.name}法律援助中心"
    if sub == "legal_aid":
        firm = f"{w.r.prov[:2]}{rng.choice(LAW_FIRMS)}律师事务所"
        if rng.random() < 0.55:
            d.line(f"{w.c.name}法律援助中心")
            d.line("指派通知书")
            d.line(f"{w.c.name[0]}法援指〔{w.year}〕{rng.randint(1, 400)}号")
            d.add("\n")
            d.line(f"{firm}：")
            p = w.person(age=(20, 70))
            cause = rng.choice(CAUSES)
            d.para(
                [
                    "本中心于",
                    cn_date(w.date()),
                    "受理",
                    (p.name, "name"),
                    f"申请法律援助一案（案由：{cause}），经审查，",
                    "申请人符合《中华人民共和国法律援助法》规定的法律援助条件，决定给予法律援助。现指派你所律师",
                    w.official(),
                    "（执业证号：1"
                    + w.c.code[:4]
                    + f"{w.year - rng.randint(2, 15)}1{rng.randint(1000000, 9999999)}）",
                    "承办，请你所在收到本通知书之日起3日内与受援人签订委托代理协议。",
                ]
            )
            d.line("受援人基本情况：")
            _party(d, w, "姓名", p)
            if rng.random() < 0.3:
                d.line("电子邮箱：", (w.email(), "email"))
            if rng.random() < 0.4:
                opp = w.cc("91")
                d.para(
                    [
                        f"对方当事人：{w.c.name}{rng.choice(('宏达', '顺发', '利民'))}建筑劳务有限公司（统一社会信用代码：{opp}），"
                        f"法定代表人：{w.official()}。"
                    ]
                )
            d.para(
                [
                    f"承办律师应当依法履行职责，按规定向本中心报告案件承办情况。本中心地址：{w.c.name}{rng.choice(w.r.roads)}"
                    f"{rng.randint(1, 120)}号公共法律服务中心一楼，电话：{w.office_phone()}，公共法律服务热线12348。"
                ]
            )
            footer(d, w, org, contact=0.0)
        else:
            title = f"{w.c.name}法律援助中心{w.year}年{rng.randint(1, 12)}月法律援助案件台账"
            d.line(title)
            d.add("\n")
            head = [
                "案件编号",
                "受援人",
                "性别",
                "年龄",
                "联系电话",
                "案由",
                "受援人类别",
                "承办人",
                "承办单位",
                "受理日期",
                "结案情况",
            ]
            rows = []
            for i in range(rng.randint(6, 18)):
                p = w.person(age=(18, 80))
                rows.append(
                    [
                        P(f"{w.c.name[0]}法援〔{w.year}〕{i + rng.randint(1, 200)}号"),
                        P(p.name, "name"),
                        P(p.sex),
                        P(str(w.year - p.birth.year)),
                        P(w.landline(), "landline")
                        if rng.random() < 0.12
                        else _mob_cell(w, rng.random() < 0.3),
                        P(rng.choice(CAUSES)),
                        P(rng.choice(("农民工", "老年人", "残疾人", "低保对象", "妇女", "未成年人"))),
                        P(w.official()),
                        P(
                            rng.choice(
                                (f"{w.r.prov[:2]}{rng.choice(LAW_FIRMS)}律师事务所", f"{w.town()}司法所")
                            )
                        ),
                        P(f"{w.date():%Y/%m/%d}"),
                        P(rng.choice(("已结案", "在办", "调解结案", "胜诉"))),
                    ]
                )
            table(d, head, rows, title=title)
            d.line(f"填报单位：{org}　　填报人：{w.official()}　　审核人：{w.official()}")
    elif sub == "mediation":
        vil = w.town()
        d.line("人民调解协议书")
        d.line(f"{w.c.name[0]}{vil[:2]}调字〔{w.year}〕第{rng.randint(1, 60)}号")
        d.add("\n")
        a = w.person(age=(22, 70))
        b = w.person(age=(22, 70))
        _party(d, w, "当事人（甲方）", a)
        d.add("\n")
        _party(d, w, "当事人（乙方）", b)
        d.add("\n")
        d.line("纠纷主要事实、争议事项：")
        kind = rng.randrange(3)
        if kind == 0:
            inj = rng.choice(INJURIES)
            d.para(
                [
                    cn_date(w.date()),
                    "，甲方",
                    (a.name, "name"),
                    "在乙方",
                    (b.name, "name"),
                    "家承建的自建房施工时，",
                    "从脚手架上摔下，致",
                    (inj, "health"),
                    f"，在{w.c.name}人民医院住院治疗{rng.randint(7, 45)}天，",
                    f"花费医疗费{rng.randint(8000, 60000)}元。双方就赔偿问题发生纠纷，甲方于{cn_date(w.date())}向本委员会申请调解。",
                ]
            )
        elif kind == 1:
            d.para(
                [
                    "甲乙双方系相邻关系。乙方在",
                    (w.home(urban=False), "address"),
                    "建房时占用甲方宅基地约",
                    f"{rng.randint(3, 20)}",
                    "平方米，并堵塞排水沟，双方多次协商未果，经村委会引导向本委员会申请调解。",
                ]
            )
        else:
            d.para(
                [
                    f"{w.year - 1}年，乙方向甲方借款{rng.randint(2, 30)}万元用于养殖，约定一年内归还。到期后乙方未能还款，",
                    "双方产生纠纷。",
                ]
            )
        d.line("经调解，自愿达成如下协议：")
        amt = rng.randint(5000, 80000)
        bank, card = w.card()
        numbered(
            d,
            [
                [
                    f"乙方于{cn_date(w.date())}前一次性支付甲方{'赔偿款' if kind == 0 else '款项'}人民币{amt}元（大写：略），",
                    "汇入甲方",
                    bank,
                    "账户（账号：",
                    (card, "bank_card"),
                    "）。",
                ]
                if rng.random() < 0.6
                else [f"乙方分{rng.randint(2, 6)}期向甲方支付人民币{amt}元，每期于当月25日前支付。"],
                ["甲方收到上述款项后，不再就此事向乙方主张任何权利。"],
                ["本协议经双方签字（盖章）或按指印、人民调解员签字并加盖人民调解委员会印章后生效。"],
            ],
        )
        d.line("履行协议的方式、地点、期限：", "按上述约定履行。")
        d.line("本协议一式三份，双方当事人、人民调解委员会各持一份。")
        d.add("\n")
        d.line("当事人（签名）：", (a.name, "name"), d.rng.choice(("　　", "    ")), (b.name, "name"))
        d.line(
            "人民调解员（签名）：",
            w.official(),
            ("　" if rng.random() < 0.5 else ""),
            "　记录人：",
            w.official(),
        )
        d.line(f"{w.c.name}{vil}人民调解委员会（印）")
        d.line(cn_date(w.date()))
    else:  # notary_lost
        notary = f"{w.r.prov}{w.r.city if rng.random() < 0.4 else w.c.name}公证处"
        title = rng.choice(("公证书遗失公告", "遗失声明", f"{notary}公证书遗失作废公告"))
        d.line(title)
        d.add("\n")
        items: list[list[Seg | str]] = []
        for _ in range(rng.randint(1, 5)):
            p = w.person(age=(20, 75))
            yr = rng.randint(1995, w.year - 1)
            cert_kind = rng.choice(("出生", "亲属关系", "学历", "无犯罪记录", "婚姻状况", "继承权", "委托"))
            it: list[Seg | str] = [(p.name, "name")]
            r = rng.random()
            if r < 0.35:
                it += ["（护照号码：", (w.passport(), "passport"), "）"]
            elif r < 0.5:
                k, num = w.hk_permit()
                it += [f"（{k}号码：", (num, "hk_macau_permit"), "）"]
            elif r < 0.56:
                it += ["（台湾居民来往大陆通行证号码：", (w.tw_permit(), "tw_permit"), "）"]
            elif r < 0.8:
                idv: Seg = (
                    (w.id15(p), "id_card_15")
                    if yr < 2000 and p.birth.year < 1980 and rng.random() < 0.5
                    else (p.idno, "id_card")
                )
                it += ["（身份证号：", idv, "）"]
            it += [
                f"于{yr}年在{notary}办理的（{yr}）{w.r.pabbr}{w.c.name[0]}证字第{rng.randint(100, 9999)}号{cert_kind}公证书",
                rng.choice(("正本", "副本", "")),
                "不慎遗失，现声明作废。",
            ]
            if rng.random() < 0.3:
                it += ["联系电话：", (w.mobile(), "mobile"), "。"]
            elif rng.random() < 0.15:
                it += ["联系邮箱：", (w.email(), "email"), "。"]
            items.append(it)
        if len(items) == 1:
            d.para(items[0])
        else:
            numbered(d, items)
        d.para(
            [
                "特此公告。",
                f"如有疑问，请与{notary}联系，地址：{w.c.name}{rng.choice(w.r.roads)}{rng.randint(1, 99)}号，电话：{w.office_phone()}。",
            ]
        )
        d.line(notary)
        d.line(cn_date(w.date()))


VEHICLES = (
    "小型轿车",
    "小型普通客车",
    "普通二轮摩托车",
    "轻型普通货车",
    "电动自行车",
    "重型半挂牵引车",
    "三轮汽车",
    "小型越野客车",
)


def jiaotong(w: World, d: Doc, sub: str) -> None:
    rng = d.rng
    brigade = (
        f"{w.r.city}公安局交通警察支队{w.c.name}大队"
        if rng.random() < 0.6
        else f"{w.c.name}公安局交通管理大队"
    )
    if sub == "accident":
        n = rng.randint(1, 3)
        title = rng.choice(("道路交通事故认定书公告送达", f"{brigade}公告", "公告送达（道路交通事故认定书）"))
        d.line(title)
        d.line(f"{w.c.name[0]}公交公告〔{w.year}〕{rng.randint(1, 90)}号")
        d.add("\n")
        for k in range(n):
            a = w.person(age=(20, 65))
            b_name = w.name()[0]
            va, vb = rng.choice(VEHICLES), rng.choice(VEHICLES)
            pa, pb = w.plate(), w.plate()
            when = dt.date(w.year, rng.randint(1, 9), rng.randint(1, 28))
            ruled = when + dt.timedelta(days=rng.randint(8, 30))
            intro: list[Seg | str] = [(a.name, "name")]
            r = rng.random()
            if r < 0.55:
                intro += ["（身份证号：", (a.idno, "id_card"), "）"]
            elif r < 0.63:
                kind, num = w.hk_permit()
                intro += [f"（{kind}：", (num, "hk_macau_permit"), "）"]
            elif r < 0.67:
                intro += ["（台湾居民来往大陆通行证：", (w.tw_permit(), "tw_permit"), "）"]
            elif r < 0.8:
                intro += ["（住址：", (w.home(), "address"), "）"]
            if n > 1:
                d.line(f"{cn_int(k + 1)}、", *intro, "：")
            else:
                d.para([*intro, "："], indent="")
            plate_seg: list[Seg | str] = (
                [(pa, "license_plate"), "号"] if "电动自行车" not in va else ["无号牌"]
            )
            body: list[Seg | str] = [
                f"{when.year}年{when.month}月{when.day}日{rng.randint(0, 23)}时{rng.randint(10, 59)}分许，"
            ]
            body += [
                "你驾驶",
                *plate_seg,
                va,
                f"沿{rng.choice(w.r.roads) if rng.random() < 0.5 else rng.choice(('G', 'S')) + str(rng.randint(200, 360)) + '线'}",
            ]
            body += [
                f"行驶至{w.town()}{rng.choice(('路口', '路段', '加油站路段', '转弯处'))}时，与",
                (b_name, "name"),
                "驾驶的",
            ]
            body += [(pb, "license_plate"), f"号{vb}相撞，造成"]
            if rng.random() < 0.4:
                body += [
                    (b_name, "name"),
                    "受伤（",
                    (rng.choice(INJURIES), "health"),
                    "）及两车受损的道路交通事故。",
                ]
            else:
                body += [rng.choice(("两车受损", "一人受伤、两车受损", "一人死亡")), "的道路交通事故。"]
            body += [
                f"本大队已于{cn_date(ruled)}作出第{w.c.code}{w.year}{rng.randint(10**5, 10**6 - 1)}号《道路交通事故认定书》，因无法直接送达，"
                "依据《道路交通事故处理程序规定》，现予公告送达。自公告之日起经过六十日，即视为送达。"
            ]
            d.para(body)
        d.para(
            [
                f"当事人对道路交通事故认定有异议的，可以自送达之日起三日内向{w.r.city}公安局交通警察支队提出书面复核申请。"
                f"联系民警：{w.official()}，联系电话：{w.office_phone()}，交通事故报警122。"
            ]
        )
        d.line(brigade)
        d.line(cn_date(w.date()))
    else:  # tow
        title = rng.choice(
            (
                "关于对长期占用道路停放车辆进行清理拖移的公告",
                f"{w.c.name}违停车辆拖移公告（第{rng.randint(1, 40)}期）",
                "关于认领被拖移车辆的公告",
            )
        )
        header(d, w, brigade, title, meta=0.2)
        d.para(
            [
                "为维护道路交通秩序，依据《中华人民共和国道路交通安全法》第九十三条，",
                brigade,
                f"于近期对{w.c.name}城区{'、'.join(rng.sample(w.r.roads, 2))}等路段长期违法停放、影响通行的车辆依法拖移。"
                f"请以下车辆所有人或管理人自公告之日起{rng.choice(('三个月', '30日', '15日'))}内，携带本人身份证、机动车行驶证到",
                f"{w.c.name}{rng.choice(('城东', '城北', '江滨'))}停车场接受处理，逾期不处理的，依法处理。",
            ]
        )
        head = ["序号", "号牌号码", "车辆类型", "违停地点", "拖移时间", "拖移单号"]
        owner = rng.random() < 0.3
        if owner:
            head.insert(3, "车辆所有人")
        rows = []
        for i in range(1, rng.randint(6, 24) + 1):
            plate = w.plate()
            tow_no = (
                luhn_complete(f"{w.year}{rng.randint(1, 12):02d}{rng.randint(10**8, 10**9 - 1)}")
                if rng.random() < 0.5
                else f"TY{w.year}{rng.randint(1000, 9999)}"
            )
            row = [
                P(str(i)),
                P(plate, "license_plate"),
                P(rng.choice(VEHICLES[:4] + VEHICLES[6:])),
                P(
                    "{}{}{}{}".format(
                        *(lambda a: (a[0], rng.choice(("与", "近")), a[1]))(rng.sample(w.r.roads, 2)),
                        rng.choice(("路口", "交叉口", "公交站旁")),
                    )
                ),
                P(f"{w.date():%Y-%m-%d}"),
                P(tow_no),
            ]
            if owner:
                row.insert(3, P(w.anon()))
            rows.append(row)
        table(d, head, rows, title=title)
        d.para([f"咨询电话：{w.office_phone()}（{w.c.name}交警大队秩序中队），监督电话：12345。"])
        footer(d, w, brigade, contact=0.0)


def zhufang(w: World, d: Doc, sub: str) -> None:
    rng = d.rng
    org = f"{w.c.name}住房和城乡建设局"
    if sub == "queue":
        est = next((e for e in w.r.estates if "公租房" in e), w.r.estates[0])
        allot = rng.random() < 0.6
        title = f"{w.c.name}{w.year}年第{cn_int(rng.randint(1, 3))}批公共租赁住房{'配租结果' if allot else '轮候名单'}公示"
        header(d, w, org, title, dept="住建发")
        d.para(
            [
                f"根据《公共租赁住房管理办法》（住房和城乡建设部令第11号）及{w.r.city}公共租赁住房管理实施细则，经申请、审核、"
                f"公示{'、摇号' if allot else ''}等程序，现将{w.year}年第{'一二三'[rng.randint(0, 2)]}批公共租赁住房"
                f"{'配租结果' if allot else '轮候家庭名单'}予以公示。公示期为7日，对公示内容有异议的，可向{org}住房保障股实名反映。"
            ]
        )
        head = ["轮候号", "申请人", "身份证号", "家庭人口", "申请类别", "工作单位/户籍"]
        if allot:
            head += ["配租房源", "月租金（元）"]
        rows = []
        for i in range(1, rng.randint(6, 20) + 1):
            p = w.person(age=(22, 70))
            cat = rng.choice(
                ("城镇低收入住房困难家庭", "新就业无房职工", "外来务工人员", "城镇中等偏下收入家庭")
            )
            row = [
                P(f"GZF{w.year}{i + rng.randint(0, 30):04d}"),
                P(p.name, "name"),
                _id_cell(w, p, rng.random() < 0.6),
                P(str(rng.randint(1, 5))),
                P(cat),
                P(f"{w.c.name}{rng.choice(UNITS)}" if "职工" in cat else w.village_addr()),
            ]
            if allot:
                row += [
                    P(
                        f"{est}{rng.randint(1, 12)}栋{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室",
                        "address",
                    ),
                    P(str(rng.choice((186, 210, 245, 312)))),
                ]
            rows.append(row)
        table(d, head, rows, title=title)
        d.para([f"咨询电话：{w.office_phone()}；投诉举报：12345、{w.office_phone()}。"])
        footer(d, w, org, contact=0.2)
    else:  # subsidy
        title = f"{w.c.name}{w.year}年{rng.choice(('第一季度', '第二季度', '第三季度', '第四季度', '上半年'))}城镇住房保障家庭租赁补贴发放明细"
        header(d, w, org, title)
        d.para(
            [
                f"根据{w.r.city}城镇住房保障家庭租赁补贴实施办法，经街道（乡镇）初审、县住建局和民政局联审，"
                "以下家庭符合租赁补贴发放条件，补贴资金已通过社会保障卡银行账户发放，现将发放情况公开如下："
            ]
        )
        head = [
            "序号",
            "街道（乡镇）",
            "姓名",
            "身份证号码",
            "保障人口",
            "补贴标准（元/人·月）",
            "补贴月数",
            "发放金额（元）",
            "开户银行",
            "银行卡号",
        ]
        rows = []
        masked_card = rng.random() < 0.3
        for i in range(1, rng.randint(6, 20) + 1):
            p = w.person(age=(25, 80))
            k = rng.randint(1, 4)
            std = rng.choice((8, 10, 12, 15))
            m = rng.choice((3, 6, 12))
            bank, card = w.card()
            rows.append(
                [
                    P(str(i)),
                    P(w.town()),
                    P(p.name, "name"),
                    _id_cell(w, p, rng.random() < 0.3),
                    P(str(k)),
                    P(str(std * 10)),
                    P(str(m)),
                    P(f"{k * std * 10 * m:.2f}"),
                    P(bank),
                    P(card[:4] + "*" * 9 + card[-4:]) if masked_card else P(card, "bank_card"),
                ]
            )
        table(d, head, rows, title=title)
        d.para([f"合计发放{len(rows)}户，资金来源为中央和省级财政城镇保障性安居工程补助资金。"])
        footer(d, w, org, contact=0.5)


def chengguan(w: World, d: Doc, sub: str) -> None:
    rng = d.rng
    org = f"{w.c.name}综合行政执法局" if rng.random() < 0.6 else f"{w.c.name}{w.town()}人民政府"
    if sub == "demolition":
        d.line(org)
        d.line(rng.choice(("责令限期拆除决定书", "限期拆除告知书", "违法建设限期拆除公告")))
        d.line(f"{w.c.name[0]}综执拆字〔{w.year}〕第{rng.randint(1, 300)}号")
        d.add("\n")
        household = rng.random() < 0.8
        if household:
            p = w.person(age=(30, 75))
            home = w.home(urban=False)
            pairs: list[tuple[str, Cell]] = [("当事人", P(p.name, "name")), ("性别", P(p.sex))]
            if rng.random() < 0.8:
                pairs.append(("身份证号码", P(p.idno, "id_card")))
            pairs.append(("住址", P(home, "address")))
            if rng.random() < 0.5:
                pairs.append(("联系电话", P(w.mobile(), "mobile")))
            d.kv(pairs, per_line=rng.choice((1, 2)))
            site: list[Seg | str] = [
                "你（户）在",
                (home, "address") if rng.random() < 0.5 else (w.home(urban=False), "address"),
            ]
        else:
            pairs = [
                ("当事人", P(f"{w.c.name}{rng.choice(('鑫盛', '永兴', '福源'))}物流有限公司")),
                ("统一社会信用代码", P(w.cc("91"))),
                ("法定代表人", P(w.official())),
            ]
            d.kv(pairs)
            site = [f"你单位在{w.town()}{rng.choice(w.r.roads)}东侧"]
        area = rng.randint(20, 400)
        d.para(
            [
                *site,
                f"未取得建设工程规划许可证，擅自建设{rng.choice(('砖混结构房屋', '钢结构彩钢棚', '砖混结构附属用房'))}一处，"
                f"占地面积约{area}平方米，建筑面积约{area * rng.randint(1, 3)}平方米。经{w.c.name}自然资源局认定，该建设"
                "严重影响城乡规划，属于无法采取改正措施消除影响的违法建设。",
            ]
        )
        d.para(
            [
                "以上事实有现场勘验笔录、询问笔录、照片等证据为证。依据《中华人民共和国城乡规划法》第六十四条、第六十五条之规定，"
                f"现责令你（单位）于{cn_date(w.date())}前自行拆除上述违法建设。逾期不拆除的，本机关将依法强制拆除。"
            ]
        )
        d.para(
            [
                f"如不服本决定，可在收到本决定书之日起六十日内向{w.c.name}人民政府申请行政复议，或者在六个月内依法向"
                f"{w.c.name}人民法院提起行政诉讼。"
            ]
        )
        d.line(
            f"执法人员：{w.official()}（执法证号：{w.r.pabbr}{w.c.code}{rng.randint(100, 999)}）　{w.official()}"
        )
        d.line(f"联系电话：{w.office_phone()}")
        d.add("\n")
        d.line(org)
        d.line(cn_date(w.date()))
    else:  # vendor
        title = f"{w.c.name}综合行政执法局行政处罚结果公开（{w.year}年第{rng.randint(1, 30)}期）"
        header(d, w, f"{w.c.name}综合行政执法局", title, meta=0.5)
        head = ["序号", "决定书文号", "被处罚人", "身份证号", "违法行为", "处罚依据", "处罚内容", "作出日期"]
        rows = []
        for i in range(1, rng.randint(4, 14) + 1):
            r = rng.random()
            if r < 0.55:
                p = w.person(age=(25, 70))
                who: Cell = P(p.name, "name")
                idc = _id_cell(w, p, rng.random() < 0.5)
            elif r < 0.8:
                p = w.person(age=(25, 70))
                who = [
                    (
                        f"{w.c.name}{rng.choice(w.r.surnames)}记{rng.choice(('水果店', '早餐店', '烧烤店'))}（经营者：",
                        None,
                    ),
                    (p.name, "name"),
                    ("）", None),
                ]
                idc = P(w.cc("92"))
            else:
                who = P(w.anon())
                idc = P("")
            act = rng.choice(("占道经营", "店外经营", "流动摊点占道摆卖", "擅自设置户外广告"))
            rows.append(
                [
                    P(str(i)),
                    P(f"{w.c.name[0]}综执罚决字〔{w.year}〕第{rng.randint(1, 900)}号"),
                    who,
                    idc,
                    P(f"在{rng.choice(w.r.roads)}{rng.choice(('人行道', '路段', '菜市场门口'))}{act}"),
                    P("《城市市容和环境卫生管理条例》第三十六条"),
                    P(f"罚款{rng.choice((50, 100, 200, 500))}元"),
                    P(f"{w.date():%Y-%m-%d}"),
                ]
            )
        table(d, head, rows, title=title)
        d.para(
            [
                "根据《行政处罚法》第四十八条，具有一定社会影响的行政处罚决定应当依法公开。公开期限为三年。",
                f"举报投诉电话：{w.office_phone()}、12319。",
            ]
        )
        footer(d, w, f"{w.c.name}综合行政执法局", contact=0.0)


VAX = (
    ("百白破疫苗", "过敏性紫癜"),
    ("麻腮风疫苗", "热性惊厥"),
    ("乙肝疫苗", "血小板减少性紫癜"),
    ("卡介苗", "卡介苗淋巴结炎"),
    ("乙脑减毒活疫苗", "急性播散性脑脊髓炎"),
    ("脊灰灭活疫苗", "过敏性皮疹"),
    ("流感疫苗", "吉兰-巴雷综合征"),
)
MENTAL = (
    "精神分裂症",
    "双相情感障碍",
    "偏执性精神病",
    "分裂情感性障碍",
    "癫痫所致精神障碍",
    "精神发育迟滞伴发精神障碍",
)


def weijian(w: World, d: Doc, sub: str) -> None:
    rng = d.rng
    org = f"{w.c.name}卫生健康局"
    if sub == "vaccine":
        d.line(org)
        d.line("预防接种异常反应补偿决定书")
        d.line(f"{w.c.name[0]}卫补决字〔{w.year}〕{rng.randint(1, 20)}号")
        d.add("\n")
        child = w.person(age=(1, 12))
        g = w.person(sex=rng.choice("男女"), age=(26, 45))
        vax, diag = rng.choice(VAX)
        d.kv(
            [
                ("受种者", P(child.name, "name")),
                ("性别", P(child.sex)),
                ("出生日期", P(cn_date(child.birth))),
                ("监护人", P(g.name, "name")),
                ("与受种者关系", P("父亲" if g.sex == "男" else "母亲")),
                ("监护人身份证号", P(g.idno, "id_card")),
                ("家庭住址", P(w.home(), "address")),
                ("联系电话", P(w.mobile(), "mobile")),
            ],
            per_line=rng.choice((1, 2)),
        )
        when = w.date()
        d.para(
            [
                "受种者",
                (child.name, "name"),
                f"于{cn_date(when)}在{w.c.name}{w.town()}卫生院预防接种门诊接种{vax}"
                f"（批号{rng.randint(2023, w.year)}{rng.randint(10, 99)}{rng.randint(100, 999)}）后出现不适，经治疗，诊断为",
                (diag, "health"),
                f"。经{w.r.city}预防接种异常反应调查诊断专家组诊断，结论为属于预防接种异常反应，"
                f"{rng.choice(('不属于医疗事故', '不构成医疗事故', '伤残程度为无'))}。",
            ]
        )
        amt = rng.randint(3000, 90000)
        bank, card = w.card()
        d.para(
            [
                f"根据《疫苗管理法》和《{w.r.prov}预防接种异常反应补偿办法》，决定给予一次性补偿人民币{amt}元，",
                "补偿款汇入监护人",
                bank,
                "账户（",
                (card, "bank_card"),
                "）。",
            ]
        )
        d.para(
            [
                "如对本决定不服，可以自收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。",
                f"联系人：{w.official()}，电话：{w.office_phone()}，卫生健康热线12320。",
            ]
        )
        d.add("\n")
        d.line(org)
        d.line(cn_date(w.date()))
    else:  # mental
        town = w.town() if rng.random() < 0.5 else ""
        title = f"{w.c.name}{town}{w.year}年度严重精神障碍患者监护补贴发放名单"
        header(d, w, org, title, meta=0.3)
        d.para(
            [
                f"根据《{w.r.prov}严重精神障碍患者监护人补贴（以奖代补）实施办法》，对在册管理、规律服药、监护到位的"
                f"严重精神障碍患者监护人发放监护补贴，每人每年{rng.choice((600, 800, 1200, 1500))}元。现将发放情况公示如下："
            ]
        )
        head = [
            "序号",
            "乡镇",
            "患者姓名",
            "性别",
            "诊断",
            "监护人",
            "关系",
            "监护人身份证号",
            "联系电话",
            "银行卡号",
            "金额（元）",
        ]
        rows = []
        for i in range(1, rng.randint(5, 18) + 1):
            p = w.person(age=(20, 70))
            g = w.person(age=(30, 80))
            bank, card = w.card()
            rows.append(
                [
                    P(str(i)),
                    P(town or w.town()),
                    P(p.name, "name"),
                    P(p.sex),
                    P(rng.choice(MENTAL), "health"),
                    P(g.name, "name"),
                    P(
                        rng.choice(
                            ("父亲", "配偶", "兄弟", "儿子")
                            if g.sex == "男"
                            else ("母亲", "配偶", "姐妹", "女儿")
                        )
                    ),
                    _id_cell(w, g, rng.random() < 0.4),
                    _mob_cell(w, rng.random() < 0.3),
                    P(card, "bank_card"),
                    P(str(rng.choice((600, 800, 1200)))),
                ]
            )
        table(d, head, rows, title=title)
        d.para([f"经办人：{w.official()}（{w.c.name}精神卫生防治站），复核人：{w.official()}。"])
        footer(d, w, org, contact=0.0)


FAMILIES = {
    "renshi": (renshi, ("hire", "public_post", "loan", "hardship")),
    "jisheng": (jisheng, ("reward", "insurance")),
    "bingyi": (bingyi, ("recruits", "disability")),
    "sifa": (sifa, ("legal_aid", "mediation", "notary_lost")),
    "jiaotong": (jiaotong, ("accident", "tow")),
    "zhufang": (zhufang, ("queue", "subsidy")),
    "chengguan": (chengguan, ("demolition", "vendor")),
    "weijian": (weijian, ("vaccine", "mental")),
}

_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_ID15_RE = re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
_MOB_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_CARD_RE = re.compile(r"(?<!\d)(?:62|4|5)\d{14,18}(?!\d)")
_PLATE_RE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][· ]?[A-HJ-NP-Z0-9]{5,6}"
)


def check(text: str, spans: list[dict[str, object]]) -> bool:
    """Assert the labels are exact; return False when an unlabelled string looks personal by accident."""
    covered = [False] * len(text)
    last = -1
    for sp in sorted(spans, key=lambda s: int(str(s["start"]))):
        a, b = int(str(sp["start"])), int(str(sp["end"]))
        t = str(sp["text"])
        k = sp["kind"]
        assert text[a:b] == t, sp
        assert a >= last, ("overlap", sp)
        assert a < b and t.strip() == t, sp
        last = b
        for i in range(a, b):
            covered[i] = True
        if k == "id_card":
            assert id_valid(t), t
        elif k == "id_card_15":
            assert id15_valid(t), t
        elif k == "bank_card":
            digits = t.replace(" ", "")
            assert 16 <= len(digits) <= 19 and luhn_ok(digits) and re.match(r"62|4|5", digits), t
            assert not id_valid(digits) and not cc_valid(digits), t
        elif k == "mobile":
            digits = re.sub(r"\D", "", t)
            if len(digits) == 13:
                assert digits.startswith("86"), t
                digits = digits[2:]
            assert re.fullmatch(r"1[3-9]\d{9}", digits), t
        elif k == "landline":
            assert re.fullmatch(r"(?:0\d{2,3}[- ]|（0\d{2,3}）)\d{7,8}", t), t
        elif k == "license_plate":
            assert _PLATE_RE.fullmatch(t), t
        elif k == "email":
            assert re.fullmatch(r"[\w.]+@[\w.]+\.(?:com|cn)", t), t
        elif k == "passport":
            assert re.fullmatch(r"E[0-9A-HJ-NP-Z]\d{7}", t), t
        elif k == "hk_macau_permit":
            assert re.fullmatch(r"C[0-9A-HJ-NP-Z]\d{7}|[HM]\d{8}", t), t
        elif k == "tw_permit":
            assert re.fullmatch(r"\d{8}", t), t
        elif k == "address":
            assert re.search(r"[号栋室组]$", t), t
        else:
            assert k in ("name", "health"), k
    for sp in spans:
        if sp["kind"] == "name":
            n = str(sp["text"])
            for m in re.finditer(re.escape(n), text):
                if not all(covered[m.start() : m.end()]):
                    return False  # a labelled person's name also stands unlabelled (an official's, a place's)
    checks = ((_ID_RE, id_valid), (_ID15_RE, id15_valid), (_MOB_RE, lambda s: True), (_CARD_RE, luhn_ok))
    for rx, ok in checks:
        for m in rx.finditer(text):
            if not any(covered[m.start() : m.end()]) and ok(m.group()):
                return False
    return True


def make_doc(seed: int, i: int, family: str | None = None) -> dict[str, object]:
    for attempt in range(60):
        rng = random.Random(f"h25-{seed}-{i}-{attempt}")
        fam = family or list(FAMILIES)[i % len(FAMILIES)]
        fn, subs = FAMILIES[fam]
        sub = rng.choice(subs)
        pdf = rng.random() < 0.25
        w = World(rng, rng.choice(REGIONS))
        d = Doc(rng, pdf)
        fn(w, d, sub)
        text = d.text()
        if check(text, d.spans):
            return {"type": f"{fam}.{sub}{'.pdf' if pdf else ''}", "text": text, "spans": d.spans}
    raise AssertionError("could not draw a clean document")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=103)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    args = ap.parse_args(argv)
    if args.decisions:
        sys.stdout.write("".join(f"{k}. {s}\n" for k, s in enumerate(DECISIONS, 1)))
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
        out = ["spans per kind:"] + [f"  {k:16} {n}" for k, n in kinds.most_common()]
        out += ["docs per family:"] + [f"  {k:16} {n}" for k, n in sorted(fams.items())]
        out += [f"pdf-like docs: {sum(n for t, n in types.items() if t.endswith('.pdf'))}"]
        sys.stderr.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
