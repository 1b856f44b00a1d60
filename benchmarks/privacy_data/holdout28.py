# ruff: noqa: E501
"""Holdout 28: a blind labelled set of the documents a disclosure office itself produces about citizens
(依申请公开, 行政复议, 行政应诉, 听证, 国家赔偿, 信访, 投诉举报), written without reading the detector.

Run (standard library only, Python 3.12+, deterministic for a seed):

    python holdout28.py --docs 400 --seed 113 -o out.jsonl            # write the set
    python holdout28.py --docs 400 --seed 113 -o out.jsonl --stats    # also span counts per kind on stderr
    python holdout28.py --decisions                                      # numbered labelling decisions

Each output line is {"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind", "start", "end",
"text"}]}, start/end being Python str offsets. Every span is recorded when its piece is appended, never
searched for afterwards; the generator asserts that each span's text is text[start:end], that spans do
not overlap, that IDs pass GB 11643 (real birth date, region code of the region), bank cards pass Luhn
with a real issuer prefix, and that no unlabelled string looks like an ID, a mobile or a card by accident
(such a document is drawn again, as is one where a labelled name also stands unlabelled).

Regions (each with its own county codes, area code, plate prefix, postcode, villages and naming style):
  甘肃临夏 (临夏市/临夏县/康乐/东乡, 0930, 甘N: Hui and Dongxiang names 马 妥 冶 喇, 尕…, 社 as group),
  四川凉山 (西昌/昭觉/布拖/越西, 0834, 川W: Yi clan names 吉克 沙马 阿苏 海来 + given, some Han names),
  广西百色 (右江/田东/靖西/那坡, 0776, 桂L: Zhuang surnames 韦 农 覃 岑 班, 屯 as group),
  西藏拉萨 (城关/堆龙德庆/林周/墨竹工卡, 0891, 藏A: Tibetan names without surname),
  新疆喀什 (喀什市/疏附/疏勒/莎车, 0998, 新Q: Uyghur names with ·, without it, numbered villages),
  内蒙古通辽 (科尔沁/科左中旗/开鲁/奈曼, 0475, 蒙G: Mongolian names with or without 包/白/宝, 嘎查),
  山东临沂 (兰山/罗庄/沂南/郯城, 0539, 鲁Q: northern Han names, 诸葛 上官),
  江西赣州 (章贡/南康/于都/瑞金, 0797, 赣B: Hakka surnames 钟 赖 曾 廖, 欧阳),
  浙江温州 (鹿城/瓯海/瑞安/乐清, 0577 8-digit, 浙C: 陈 林 郑 叶, She 雷 蓝, overseas Chinese with passports).

Families and sub-kinds:
  ysq         form (政府信息公开申请表, with 护照/台胞证 applicants), notice (登记回执/补正/延期/答复 告知书),
              thirdparty (第三方意见征询函 and its 回执), ledger (年度依申请公开 台账)
  fuyi        decision (行政复议决定书: 申请人, 律师代理人, 被申请人 an office), accept (受理/补正/不予受理
              通知书), ledger (行政复议案件 登记表)
  susong      answer (行政答辩状, 原告 a person), ledger (行政机关负责人出庭应诉 台账)
  tingzheng   notice (听证告知书 with vehicle), record (听证笔录 with 当事人, relative as 代理人)
  peichang    decision (行政赔偿决定书 with injury and payee account), accept (受理/不予受理 通知书)
  xinfang     accept (受理告知书), reject (不予受理告知书), opinion (处理意见书, 联名信访)
  tousu       consumer (投诉处理结果告知书), hotline (12345 工单 处理 反馈), reward (举报奖励 领取通知 / 发放表)

Layouts: label–value forms (one a line, two a line, one cell a line, pipe rows), prose letters and
notices, tab tables, space-aligned tables, markdown pipe tables, HTML tables, CSV with quotes, one cell
per line (Word tables as text), numbered lists, 、-separated name lists, dialogue of a 笔录.
About a quarter are PDF/Word extractions (type ends ".pdf"): prose hard-wrapped at 28–40 characters
(addresses may break across the wrap and the span then holds the line break, other spans never),
two-character names spaced out in tables ("吴　英", "吴  英", the span covering the spaces), page
numbers ("- 2 -", "第 2 页 共 3 页") and running titles between rows.

Near-misses, never labelled: GB 32100-valid credit codes of agencies, companies and shops, 文号, 索引号,
登记编号, 信访件编号, 工单编号, court case numbers, 复议 and 赔偿 case numbers, 律师执业证号, 执法证号,
order and EMS numbers (some Luhn-valid, none with a card prefix), amounts, dates, postcodes, office
landlines, 12345 and 12315, gov.cn mailboxes, masked IDs and phones, anonymised 12345 callers (温女士, 马先生),
officials, lawyers and hearing staff in their role, 法定代表人 of an agency or company, shop
names and villages holding surnames (钟屋村, 老马家牛肉面), an agency's or shop's address.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass

Seg = tuple[str, str | None]

DECISIONS = [
    "A citizen applicant (申请人) of 政府信息公开 is a private person: name, ID, phone, landline, address, "
    "e-mail, passport/台胞证 numbers are labelled wherever they occur, including the salutation of a "
    "告知书 ('马福祥：') and the 申请人签名 line.",
    "A company or other organisation applying is not labelled; its 联系人 and 联系电话 (a mobile) are: the "
    "联系人 is a private employee, not a 负责人 published under 第二十条.",
    "The 法定代表人/负责人 of an agency or a company (被申请人's 局长, a company's 法定代表人) is not "
    "labelled: public role.",
    "Lawyers acting as 委托代理人 (name + 律师事务所) are not labelled (public professional role), nor "
    "their 执业证号 or the firm's phone; a relative or friend acting as 委托代理人 is a private person "
    "and labelled (name, ID, phone).",
    "Officials, hearing chairs (主持人), 听证员, 记录员, judges, 承办人 and 经办人 in their role are not "
    "labelled; nor the office's 联系人 and landline.",
    "A third party (第三人) whose information is requested and who is consulted under 第三十二条 is "
    "labelled like the applicant; the applicant is not named to the third party in the 征询函.",
    "An address is labelled as written, from whatever level it starts (省, 县 or 乡镇) down to 号/组/社/屯/室, "
    "as one span; a village, 社区 or 嘎查 alone (籍贯, 户籍所在地 given only to the village) is not an "
    "address; an agency's, court's, shop's or company's address is not labelled.",
    "Birth dates, ages, sex, 民族 and occupations are not labelled (no kind), even next to a name.",
    "Health is labelled as the diagnosis or disability phrase only ('左股骨颈骨折', '十级伤残', "
    "'肢体残疾二级', '尿毒症'); treatment words, hospitals and '住院治疗' are not; a vague '身体不适' "
    "without a condition is not labelled.",
    "A private car's plate (当事人's vehicle in a 非法营运/超限 case, a seized car in a 赔偿 case) is "
    "labelled; a taxi company or a 公车 plate does not occur.",
    "Plaintiffs (原告) in a 出庭应诉 台账 are labelled when they are natural persons; companies are not; "
    "the agency 负责人 who appears in court is not (public role, the point of the 台账).",
    "举报人 are labelled (name, ID, phone, bank card): 举报人 information is confidential by law "
    "(市场监管领域重大违法行为举报奖励暂行办法 keeps it secret); the 举报人编号 in a 奖励 list is not.",
    "A complainant (投诉人) and a 12345 caller (来电人) are labelled; the 被投诉人 shop, its 经营者 "
    "as registered on a 营业执照 and its credit code are not; a 12345 caller recorded as '王女士' is not.",
    "Joint 信访 signatories (联名信访, '马尕奴、冶哈三等12人') are each labelled as a name; '等12人' is "
    "not part of a span.",
    "A 往来港澳通行证 number is hk_macau_permit, a 台湾居民来往大陆通行证 (台胞证, 8 digits) or a "
    "大陆居民往来台湾通行证 (L + 8 digits) is tw_permit, a Chinese passport (E…) is passport.",
    "A 15-digit first-generation ID quoted from an old 土地证/户口 record is id_card_15.",
    "Masked values already in the text ('138****5678', '622921********2316', '马*') are not labelled.",
    "The 送达 address of a 送达回证 is labelled when it is the person's home; '本人签收' is not a name.",
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
    body = "".join(rng.choice(_CC_CHARS if i == 0 else "0123456789") for i in range(8))
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
        if not id_valid(code):
            return code


def cc_valid(s: str) -> bool:
    if len(s) != 18 or any(c not in _CC_CHARS for c in s):
        return False
    s17 = sum(_CC_CHARS.index(c) * w for c, w in zip(s[:17], _CC_W, strict=True))
    return _CC_CHARS[(31 - s17 % 31) % 31] == s[17]


# ------------------------------------------------------------------------------------------------- regions


@dataclass(frozen=True)
class County:
    name: str
    code: str
    towns: tuple[str, ...]


@dataclass(frozen=True)
class Region:
    prov: str
    short: str
    city: str
    counties: tuple[County, ...]
    area: str
    ldigits: int
    plate: str
    postcode: str
    villages: tuple[str, ...]
    group: str
    roads: tuple[str, ...]
    estates: tuple[str, ...]
    nations: tuple[str, ...]
    style: str
    domain: str


def _c(name: str, code: str, towns: str) -> County:
    return County(name, code, tuple(towns.split()))


REGIONS = (
    Region(
        "甘肃省",
        "甘",
        "临夏回族自治州",
        (
            _c("临夏市", "622901", "城南街道 东区街道 枹罕镇 折桥镇"),
            _c("临夏县", "622921", "韩集镇 土桥镇 尹集镇 北塬镇"),
            _c("康乐县", "622922", "附城镇 苏集镇 胭脂镇 景古镇"),
            _c("东乡族自治县", "622926", "锁南镇 达板镇 那勒寺镇 龙泉镇"),
        ),
        "0930",
        7,
        "甘N",
        "731100",
        ("红崖村", "马家庄村", "阳洼村", "三合村", "尕新庄村", "大庄村", "上庄村", "北塬村"),
        "社",
        ("团结路", "红园路", "解放路", "北滨河路", "前河沿路"),
        ("凯润小区", "明珠花园", "锦绣家园", "河州新城"),
        ("回族", "东乡族", "汉族", "回族", "保安族", "撒拉族"),
        "hui",
        "linxia.gov.cn",
    ),
    Region(
        "四川省",
        "川",
        "凉山彝族自治州",
        (
            _c("西昌市", "513401", "长安街道 西城街道 安宁镇 礼州镇"),
            _c("昭觉县", "513431", "新城镇 竹核乡 四开乡 解放乡"),
            _c("布拖县", "513429", "特木里镇 拖觉镇 地洛乡"),
            _c("越西县", "513434", "越城镇 中所镇 新民镇"),
        ),
        "0834",
        7,
        "川W",
        "615000",
        ("洛古村", "瓦吾村", "解放村", "海子村", "火普村", "三河村", "拉马村"),
        "组",
        ("航天大道", "三岔口南路", "长安中路", "胜利路"),
        ("邛海花园", "航天小区", "阳光家园", "安宁新居"),
        ("彝族", "彝族", "汉族", "彝族", "藏族"),
        "yi",
        "lsz.gov.cn",
    ),
    Region(
        "广西壮族自治区",
        "桂",
        "百色市",
        (
            _c("右江区", "451002", "百城街道 龙景街道 四塘镇 阳圩镇"),
            _c("田东县", "451022", "平马镇 祥周镇 林逢镇 思林镇"),
            _c("靖西市", "451081", "新靖镇 湖润镇 安德镇 龙邦镇"),
            _c("那坡县", "451026", "城厢镇 平孟镇 百省乡"),
        ),
        "0776",
        7,
        "桂L",
        "533000",
        ("那满村", "百林村", "坡荷村", "那元村", "龙光村", "大旺村", "念井村"),
        "屯",
        ("向阳路", "中山二路", "城东大道", "新兴路"),
        ("东盟小区", "阳光城", "德保苑", "壮乡家园"),
        ("壮族", "壮族", "汉族", "瑶族", "壮族"),
        "zhuang",
        "baise.gov.cn",
    ),
    Region(
        "西藏自治区",
        "藏",
        "拉萨市",
        (
            _c("城关区", "540102", "八廓街道 吉日街道 公德林街道 纳金街道"),
            _c("堆龙德庆区", "540103", "东嘎街道 乃琼镇 古荣镇"),
            _c("林周县", "540121", "甘丹曲果镇 春堆乡 松盘乡"),
            _c("墨竹工卡县", "540127", "工卡镇 甲玛乡 扎雪乡"),
        ),
        "0891",
        7,
        "藏A",
        "850000",
        ("嘎巴村", "色玛村", "塔玛村", "扎西岗村", "德庆村", "协荣村"),
        "组",
        ("北京中路", "江苏路", "金珠西路", "娘热路", "夺底路"),
        ("城东花园", "仙足岛小区", "金珠家园", "阳光新城"),
        ("藏族", "藏族", "藏族", "汉族", "门巴族"),
        "tibetan",
        "lasa.gov.cn",
    ),
    Region(
        "新疆维吾尔自治区",
        "新",
        "喀什地区",
        (
            _c("喀什市", "653101", "恰萨街道 亚瓦格街道 吾斯塘博依街道 浩罕乡"),
            _c("疏附县", "653121", "托克扎克镇 乌帕尔镇 站敏乡"),
            _c("疏勒县", "653122", "疏勒镇 罕南力克镇 巴合齐乡"),
            _c("莎车县", "653125", "莎车镇 恰热克镇 艾力西湖镇"),
        ),
        "0998",
        7,
        "新Q",
        "844000",
        ("托万克村", "阔纳巴扎村", "英买里村", "阿亚格库木巴格村", "3村", "7村", "11村", "色满村"),
        "组",
        ("人民东路", "解放北路", "色满路", "克孜都维路", "迎宾大道"),
        ("东湖小区", "香妃园小区", "金湖湾", "团结新村"),
        ("维吾尔族", "维吾尔族", "维吾尔族", "汉族", "塔吉克族"),
        "uyghur",
        "kashi.gov.cn",
    ),
    Region(
        "内蒙古自治区",
        "蒙",
        "通辽市",
        (
            _c("科尔沁区", "150502", "明仁街道 科尔沁街道 西门街道 大林镇"),
            _c("科尔沁左翼中旗", "150521", "保康镇 舍伯吐镇 花吐古拉镇"),
            _c("开鲁县", "150523", "开鲁镇 大榆树镇 麦新镇"),
            _c("奈曼旗", "150525", "大沁他拉镇 八仙筒镇 青龙山镇"),
        ),
        "0475",
        7,
        "蒙G",
        "028000",
        ("哈日努拉嘎查", "巴彦塔拉嘎查", "东明村", "乌兰敖道嘎查", "前进村", "白音花嘎查"),
        "组",
        ("霍林河大街", "建国路", "明仁大街", "和平路", "民主路"),
        ("科尔沁家园", "华联小区", "水岸花城", "辽河湾"),
        ("蒙古族", "蒙古族", "汉族", "汉族", "满族"),
        "mongol",
        "tongliao.gov.cn",
    ),
    Region(
        "山东省",
        "鲁",
        "临沂市",
        (
            _c("兰山区", "371302", "兰山街道 银雀山街道 金雀山街道 半程镇"),
            _c("罗庄区", "371311", "罗庄街道 傅庄街道 高都街道"),
            _c("沂南县", "371321", "界湖街道 砖埠镇 岸堤镇 孙祖镇"),
            _c("郯城县", "371322", "郯城街道 马头镇 重坊镇 港上镇"),
        ),
        "0539",
        7,
        "鲁Q",
        "276000",
        ("诸葛村", "王家庄村", "孙家官庄村", "后石沟村", "刘家店子村", "东岭村"),
        "组",
        ("沂蒙路", "解放路", "通达路", "金雀山路", "北京路"),
        ("凤凰城", "书香苑", "沂河新村", "阳光丽景"),
        ("汉族", "汉族", "汉族", "回族"),
        "north",
        "linyi.gov.cn",
    ),
    Region(
        "江西省",
        "赣",
        "赣州市",
        (
            _c("章贡区", "360702", "解放街道 南外街道 赣江街道 沙石镇"),
            _c("南康区", "360703", "蓉江街道 东山街道 唐江镇"),
            _c("于都县", "360731", "贡江镇 银坑镇 梓山镇 罗坳镇"),
            _c("瑞金市", "360781", "象湖镇 沙洲坝镇 叶坪乡 壬田镇"),
        ),
        "0797",
        7,
        "赣B",
        "341000",
        ("钟屋村", "赖坑村", "黄沙村", "曾屋村", "廖屋村", "下坝村", "河背村"),
        "组",
        ("红旗大道", "文清路", "章江路", "长征大道", "八一四大道"),
        ("翠湖花园", "中航城", "天际华庭", "客家新城"),
        ("汉族", "汉族", "汉族", "畲族"),
        "hakka",
        "ganzhou.gov.cn",
    ),
    Region(
        "浙江省",
        "浙",
        "温州市",
        (
            _c("鹿城区", "330302", "五马街道 南汇街道 七都街道 藤桥镇"),
            _c("瓯海区", "330304", "景山街道 娄桥街道 泽雅镇"),
            _c("瑞安市", "330381", "安阳街道 玉海街道 塘下镇 马屿镇"),
            _c("乐清市", "330382", "乐成街道 柳市镇 虹桥镇 北白象镇"),
        ),
        "0577",
        8,
        "浙C",
        "325000",
        ("陈宅村", "林垟村", "叶宅村", "上庄村", "前街村", "郑桥村"),
        "组",
        ("人民路", "车站大道", "锦绣路", "学院中路", "瓯江路"),
        ("华盟商务广场", "金色家园", "江滨花园", "海坛新村"),
        ("汉族", "汉族", "汉族", "畲族"),
        "wenzhou",
        "wenzhou.gov.cn",
    ),
)

ALL_CODES = {c.code for r in REGIONS for c in r.counties}

# --------------------------------------------------------------------------------------------------- names

HAN_M = "建军国强志勇海军文明德华永红明亮伟军庆华学东光辉振华家福玉林春生俊峰成林海涛小龙长江金山"
HAN_F = "秀英桂兰丽娟玉梅凤英春燕海燕美玲小红淑芳雪梅晓丽红霞翠花慧敏巧云桂芳彩霞金凤婷婷"
SINGLE_M = "军强勇伟斌涛磊鹏杰刚平峰亮"
SINGLE_F = "英娟芳燕霞敏静琴丽萍"

SURNAMES = {
    "hui": ("马", "马", "马", "韩", "妥", "沙", "冶", "喇", "汪", "何", "穆", "马", "祁"),
    "yi": ("马", "罗", "吉", "王", "李", "沙", "阿"),
    "zhuang": ("韦", "农", "黄", "覃", "陆", "蒙", "岑", "班", "梁", "凌", "黎", "罗", "黄", "韦"),
    "north": ("王", "张", "刘", "李", "孙", "徐", "杜", "庞", "颜", "厉", "相", "公", "王", "张"),
    "hakka": ("钟", "赖", "曾", "谢", "温", "邱", "廖", "刘", "黄", "肖", "钟", "刘"),
    "wenzhou": (
        "陈",
        "林",
        "黄",
        "郑",
        "叶",
        "潘",
        "金",
        "周",
        "胡",
        "池",
        "薛",
        "谢",
        "徐",
        "陈",
        "雷",
        "蓝",
    ),
    "tibetan": ("王", "张", "李"),
    "uyghur": ("王", "李", "张", "刘"),
    "mongol": ("包", "白", "宝", "韩", "吴", "包", "陈"),
}
COMPOUND = {
    "north": ("诸葛", "上官", "司马"),
    "hakka": ("欧阳", "司徒"),
    "wenzhou": ("上官", "欧阳"),
    "zhuang": ("欧阳",),
}
HUI_M = (
    "忠良",
    "福祥",
    "尕西木",
    "哈三",
    "麦志",
    "穆萨",
    "伊不拉",
    "素福",
    "国福",
    "尕奴",
    "哈克",
    "有福",
    "尔利",
    "努海",
    "占山",
)
HUI_F = ("尕麦", "阿依舍", "法图麦", "海麦", "秀兰", "玉梅", "尕女", "凤英", "麦燕", "兰芳", "尕索菲")
YI_CLAN = (
    "吉克",
    "阿苏",
    "沙马",
    "海来",
    "俄木",
    "曲比",
    "马海",
    "吉木",
    "依火",
    "勒格",
    "阿尔",
    "木乃",
    "瓦扎",
)
YI_M = ("拉且", "尔古", "伍呷", "木呷", "曲布", "日火", "石则", "子日", "金曲", "有格", "阿木", "惹古")
YI_F = ("阿依", "阿果", "么呷", "金花", "阿芝", "伍各", "石莫", "日作", "阿西", "尔呷")
ZH_M = ("志勇", "德光", "正隆", "克明", "绍宗", "建新", "福安", "永杰", "朝荣", "文强", "少壮", "振国")
ZH_F = ("秀妹", "金凤", "美兰", "丽娟", "月英", "春桃", "凤莲", "桂芳", "翠花", "玉香", "妹英")
TIB_M = (
    "扎西",
    "次仁",
    "平措",
    "达瓦",
    "尼玛",
    "普布",
    "索朗",
    "旦增",
    "洛桑",
    "多吉",
    "顿珠",
    "旺堆",
    "边巴",
    "格桑",
    "强巴",
    "罗布",
    "巴桑",
)
TIB_F1 = ("次仁", "达瓦", "格桑", "尼玛", "普布", "边巴", "白玛", "索朗", "德吉")
TIB_F2 = ("卓玛", "央金", "曲珍", "央宗", "拉姆", "措姆", "白珍", "德吉", "卓嘎")
UY_M = (
    "阿不都热合曼",
    "买买提江",
    "艾力",
    "吐尔逊",
    "依明",
    "阿布拉",
    "努尔买买提",
    "阿卜杜外力",
    "热合曼",
    "艾合买提",
    "麦麦提敏",
    "吾斯曼",
    "亚森",
    "库尔班",
)
UY_F = (
    "古丽娜尔",
    "阿依古丽",
    "热依拉",
    "帕提古丽",
    "布维阿依谢姆",
    "祖丽皮耶",
    "米热古丽",
    "阿米娜",
    "茹先古丽",
    "努尔尼萨",
)
MG_M = (
    "乌力吉",
    "巴特尔",
    "额尔敦",
    "苏和",
    "哈斯",
    "朝鲁",
    "孟和",
    "那仁满都拉",
    "阿拉坦仓",
    "宝音",
    "巴图",
    "毕力格",
    "图门",
    "白音仓",
)
MG_F = ("斯琴高娃", "乌日娜", "萨仁高娃", "图雅", "其其格", "娜仁花", "乌云", "高娃", "塔娜", "托娅")


def han_name(rng: random.Random, style: str, sex: str) -> str:
    comp = COMPOUND.get(style, ())
    sur = rng.choice(comp) if comp and rng.random() < 0.08 else rng.choice(SURNAMES[style])
    pool = HAN_M if sex == "男" else HAN_F
    if rng.random() < 0.22:
        return sur + rng.choice(SINGLE_M if sex == "男" else SINGLE_F)
    k = rng.randrange(0, len(pool) // 2) * 2
    return sur + pool[k : k + 2]


def person_name(rng: random.Random, style: str, sex: str) -> str:
    m = sex == "男"
    r = rng.random()
    if style == "hui":
        return (
            rng.choice(SURNAMES["hui"]) + rng.choice(HUI_M if m else HUI_F)
            if r < 0.7
            else han_name(rng, "hui", sex)
        )
    if style == "yi":
        return rng.choice(YI_CLAN) + rng.choice(YI_M if m else YI_F) if r < 0.7 else han_name(rng, "yi", sex)
    if style == "zhuang":
        return (
            rng.choice(SURNAMES["zhuang"]) + rng.choice(ZH_M if m else ZH_F)
            if r < 0.6
            else han_name(rng, "zhuang", sex)
        )
    if style == "tibetan":
        if r < 0.9:
            if m:
                a, b = rng.sample(TIB_M, 2)
                return a + b if rng.random() < 0.7 else a
            return rng.choice(TIB_F1) + rng.choice(TIB_F2)
        return han_name(rng, "tibetan", sex)
    if style == "uyghur":
        given = rng.choice(UY_M if m else UY_F)
        father = rng.choice(UY_M)
        if r < 0.75:
            return f"{given}·{father}"
        if r < 0.88:
            return given + father
        return han_name(rng, "uyghur", sex)
    if style == "mongol":
        given = rng.choice(MG_M if m else MG_F)
        if r < 0.35:
            return given
        if r < 0.65:
            return rng.choice(("包", "白", "宝", "韩")) + given
        return han_name(rng, "mongol", sex)
    return han_name(rng, style, sex)


# -------------------------------------------------------------------------------------------- world, people

CARD_PREFIX = (
    ("622848", 19, "中国农业银行"),
    ("622202", 19, "中国工商银行"),
    ("621226", 19, "中国工商银行"),
    ("621700", 19, "中国建设银行"),
    ("623668", 19, "中国建设银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("622588", 16, "招商银行"),
    ("621661", 19, "中国银行"),
    ("436742", 16, "中国建设银行"),
    ("524094", 16, "招商银行"),
    ("625965", 16, "中国农业银行"),
)
MOBILE_PREFIX = (
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
    "173",
    "177",
    "180",
    "181",
    "182",
    "183",
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
CN_NUM = "零一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n > 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


@dataclass
class Person:
    name: str
    sex: str
    nation: str
    birth: dt.date
    id: str
    county: County
    town: str
    addr_rest: str
    mobile: str
    email: str

    def addr(self, w: World, level: int | None = None) -> str:
        lv = w.rng.choice((0, 1, 1, 2, 2)) if level is None else level
        head = (w.r.prov + w.r.city + self.county.name, self.county.name, "")[lv]
        return head + self.town + self.addr_rest

    @property
    def age(self) -> int:
        return 2024 - self.birth.year


class World:
    def __init__(self, rng: random.Random, region: Region) -> None:
        self.rng = rng
        self.r = region
        self.county = rng.choice(region.counties)
        self.used: set[str] = set()
        self.year = rng.choice((2022, 2023, 2024, 2024, 2025))

    # names --------------------------------------------------------------------------------
    def name(self, sex: str | None = None) -> str:
        for _ in range(100):
            n = person_name(self.rng, self.r.style, sex or self.rng.choice("男女"))
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise AssertionError("names")

    def official(self) -> str:
        # officials come from the same population; a separate draw keeps them distinct from the citizens
        return self.name()

    def person(
        self, lo: int = 22, hi: int = 78, sex: str | None = None, county: County | None = None
    ) -> Person:
        rng = self.rng
        sex = sex or rng.choice("男女")
        name = self.name(sex)
        c = county or (self.county if rng.random() < 0.75 else rng.choice(self.r.counties))
        birth = dt.date(self.year - rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        nation = rng.choice(self.r.nations)
        return Person(
            name,
            sex,
            nation,
            birth,
            self.id(c, birth, sex),
            c,
            rng.choice(c.towns),
            self.addr_rest(),
            self.mobile(),
            self.email(),
        )

    def id(self, c: County, birth: dt.date, sex: str) -> str:
        seq = self.rng.randrange(0, 500) * 2 + (1 if sex == "男" else 0)
        body = f"{c.code}{birth:%Y%m%d}{seq:03d}"
        s = body + id_check(body)
        if s.endswith("X") and self.rng.random() < 0.25:
            s = s[:-1] + "x"
        return s

    def id15(self, c: County, birth: dt.date, sex: str) -> str:
        seq = self.rng.randrange(0, 500) * 2 + (1 if sex == "男" else 0)
        return f"{c.code}{birth:%y%m%d}{seq:03d}"

    def addr_rest(self) -> str:
        rng, r = self.rng, self.r
        if rng.random() < 0.55:
            v = rng.choice(r.villages)
            g = rng.randint(1, 12)
            if r.group == "屯":
                tun = rng.choice(("弄安", "那谷", "坡怀", "弄力", "那布", "念拉"))
                return f"{v}{tun}屯{rng.randint(1, 60)}号"
            if r.group == "社":
                return f"{v}{cn(g)}社{rng.randint(1, 80)}号" if rng.random() < 0.7 else f"{v}{cn(g)}社"
            if v.endswith("嘎查"):
                return f"{v}{rng.randint(1, 120)}号"
            form = rng.random()
            if form < 0.4:
                return f"{v}{g}组{rng.randint(1, 90)}号"
            if form < 0.7:
                return f"{v}{cn(g)}组"
            return f"{v}第{cn(g)}村民小组{rng.randint(1, 90)}号"
        road = rng.choice(r.roads)
        est = rng.choice(r.estates)
        form = rng.random()
        if form < 0.35:
            return f"{road}{rng.randint(1, 399)}号{est}{rng.randint(1, 28)}栋{rng.randint(1, 6)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室"
        if form < 0.6:
            return f"{est}{rng.randint(1, 30)}号楼{rng.randint(1, 5)}单元{rng.randint(1, 30)}{rng.randint(1, 4):02d}"
        if form < 0.8:
            return f"{road}{rng.randint(1, 399)}号{rng.randint(1, 9)}幢{rng.randint(1, 24)}0{rng.randint(1, 6)}室"
        return f"{road}{rng.randint(1, 200)}弄{rng.randint(1, 60)}号"

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIX) + f"{self.rng.randrange(10**8):08d}"

    def fmt_mobile(self, m: str) -> str:
        r = self.rng.random()
        if r < 0.7:
            return m
        if r < 0.8:
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if r < 0.87:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if r < 0.94:
            return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
        return f"86-{m}"

    def landline(self) -> str:
        d = self.r.ldigits
        num = str(self.rng.randint(2, 8)) + "".join(str(self.rng.randrange(10)) for _ in range(d - 1))
        r = self.rng.random()
        if r < 0.6:
            return f"{self.r.area}-{num}"
        if r < 0.8:
            return f"（{self.r.area}）{num}"
        return f"{self.r.area} {num}"

    def office_phone(self) -> str:
        return self.landline()

    def email(self) -> str:
        rng = self.rng
        syl = (
            "ma",
            "han",
            "li",
            "wang",
            "zhang",
            "liu",
            "huang",
            "wei",
            "nong",
            "lin",
            "chen",
            "zhong",
            "lai",
            "zhaxi",
            "ciren",
            "aili",
            "bao",
            "wu",
            "xiao",
            "yu",
            "feng",
            "hai",
            "jun",
            "mei",
            "lan",
            "qiang",
        )
        r = rng.random()
        if r < 0.4:
            user = str(rng.randint(10**5, 10**10 - 1))
            return f"{user}@qq.com"
        user = rng.choice(syl) + rng.choice(syl) + (str(rng.randint(1, 99)) if rng.random() < 0.6 else "")
        if rng.random() < 0.2:
            user += rng.choice(("_", ".")) + rng.choice(syl)
        return (
            user
            + "@"
            + rng.choice(
                ("163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "139.com", "gmail.com")
            )
        )

    def card(self) -> tuple[str, str]:
        pre, n, bank = self.rng.choice(CARD_PREFIX)
        body = pre + "".join(str(self.rng.randrange(10)) for _ in range(n - len(pre) - 1))
        return luhn_complete(body), bank

    def fmt_card(self, c: str) -> str:
        if self.rng.random() < 0.3:
            return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        return c

    def plate(self) -> str:
        rng = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        pre = self.r.plate
        if rng.random() < 0.2:
            tail = rng.choice("DF") + "".join(str(rng.randrange(10)) for _ in range(5))
        else:
            chars = [rng.choice("0123456789" * 3 + letters) for _ in range(5)]
            tail = "".join(chars)
        sep = rng.choice(("", "", "", "·", " "))
        return pre + sep + tail

    def passport(self) -> str:
        if self.rng.random() < 0.6:
            return "E" + f"{self.rng.randrange(10**8):08d}"
        return "E" + self.rng.choice("ABCDEFGHJKLMNP") + f"{self.rng.randrange(10**7):07d}"

    def hk_permit(self) -> str:
        if self.rng.random() < 0.6:
            return "C" + f"{self.rng.randrange(10**8):08d}"
        return "C" + self.rng.choice("ABCDEFGHJKLMN") + f"{self.rng.randrange(10**7):07d}"

    def tw_permit(self, taiwanese: bool) -> str:
        if taiwanese:
            return f"{self.rng.randrange(10**7, 10**8)}"
        return "L" + f"{self.rng.randrange(10**8):08d}"

    # near-misses ---------------------------------------------------------------------------
    def cc(self, prefix: str = "91", county: County | None = None) -> str:
        return credit_code(self.rng, prefix, (county or self.county).code)

    def cshort(self, c: County | None = None) -> str:
        n = (c or self.county).name
        if n.endswith("自治县"):
            return n[:2]
        if n.endswith(("左翼中旗",)):
            return "科左中"
        return n[:-1] if len(n) <= 3 else n[:2]

    def wenhao(self, word: str) -> str:
        return f"{self.cshort()}{word}〔{self.year}〕{self.rng.randint(1, 160)}号"

    def suoyin(self, org_cc: str) -> str:
        return f"{org_cc}/{self.year}-{self.rng.randint(1, 3000):05d}"

    def case_no(self, kind: str = "行初") -> str:
        return f"（{self.year}）{self.r.short}{self.county.code[2:]}{kind}{self.rng.randint(1, 380)}号"

    def date(self, after: dt.date | None = None, days: int = 60) -> dt.date:
        base = after or dt.date(self.year, self.rng.randint(1, 9), self.rng.randint(1, 28))
        return base + dt.timedelta(days=self.rng.randint(1, days)) if after else base

    def order_no(self) -> str:
        n = self.rng.choice((16, 17, 19, 20))
        body = self.rng.choice("2378") + "".join(str(self.rng.randrange(10)) for _ in range(n - 2))
        return luhn_complete(body) if self.rng.random() < 0.5 else body + str(self.rng.randrange(10))

    def ems(self) -> str:
        return "1" + "".join(str(self.rng.randrange(10)) for _ in range(12))

    def gov_mail(self) -> str:
        return self.rng.choice(("zfxxgk", "xxgk", "xzfy", "xfj", "scjgj", "gkb")) + "@" + self.r.domain

    def mask_id(self, s: str) -> str:
        return s[:6] + "*" * 8 + s[-4:] if self.rng.random() < 0.6 else s[:2] + "*" * 13 + s[-3:]

    def mask_mobile(self, m: str) -> str:
        return m[:3] + "****" + m[-4:]

    def lawyer(self) -> tuple[str, str, str]:
        firm = (
            self.rng.choice(("正大", "信达", "明德", "天平", "公信", "君衡", "百川", "金诚")) + "律师事务所"
        )
        firm = self.r.prov[:2] + firm if self.rng.random() < 0.5 else self.r.city[:2] + firm
        lic = f"1{self.county.code[:4]}{self.rng.randint(2005, 2022)}{self.rng.randint(1, 2)}{self.rng.randint(0, 1)}{self.rng.randrange(10**6):06d}"
        return self.official(), firm, lic


def dstr(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def birth_str(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ------------------------------------------------------------------------------------------------ document

Piece = str | tuple[str, str | None]


NO_START = "，。、；：）》”！？,.;:)"


def cwidth(s: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in s)


def norm(cell: Piece | list[Piece]) -> list[Seg]:
    if isinstance(cell, str):
        return [(cell, None)]
    if isinstance(cell, tuple):
        return [cell]
    return [c if isinstance(c, tuple) else (c, None) for c in cell]


def N(s: str) -> Seg:
    return (s, "name")


def A(s: str) -> Seg:
    return (s, "address")


def H(s: str) -> Seg:
    return (s, "health")


class Doc:
    def __init__(self, rng: random.Random, pdf: bool) -> None:
        self.rng = rng
        self.pdf = pdf
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict[str, object]] = []
        self.width = rng.randint(28, 40)
        self.page = 1
        self.pages = rng.randint(2, 5)
        self.running = ""
        self.indent = rng.choice(("　　", "    ", "  ", ""))

    def add(self, s: str, kind: str | None = None) -> None:
        if not s:
            return
        if kind:
            self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(s), "text": s})
        self.parts.append(s)
        self.pos += len(s)

    def segs(self, pieces: list[Seg]) -> None:
        for s, k in pieces:
            self.add(s, k)

    def line(self, *pieces: Piece) -> None:
        self.segs(norm(list(pieces)))
        self.add("\n")

    def blank(self) -> None:
        self.add("\n")

    def text(self) -> str:
        return "".join(self.parts)

    def para(self, *pieces: Piece, indent: bool = True) -> None:
        segs = norm(list(pieces))
        if indent and self.indent:
            segs = [(self.indent, None), *segs]
        if not self.pdf:
            self.segs(segs)
            self.add("\n")
            return
        col = 0.0
        W = self.width
        for s, k in segs:
            if k is None or k == "address":
                start = None
                for ch in s:
                    if col + cwidth(ch) > W and col > 0 and ch not in NO_START:
                        self.add("\n")
                        col = 0.0
                    if k and start is None:
                        start = self.pos
                    self.parts.append(ch)
                    self.pos += 1
                    col += cwidth(ch)
                if k and start is not None:
                    self.spans.append({"kind": k, "start": start, "end": self.pos, "text": None})
            else:
                L = cwidth(s)
                if col + L > W and col > 0:
                    self.add("\n")
                    col = 0.0
                self.add(s, k)
                col += L
        self.add("\n")

    def fix_spans(self) -> None:
        text = self.text()
        for sp in self.spans:
            if sp["text"] is None:
                sp["text"] = text[int(str(sp["start"])) : int(str(sp["end"]))]

    def pagebreak(self) -> None:
        if not self.pdf:
            return
        style = self.rng.random()
        if style < 0.4:
            self.line(f"- {self.page} -")
        elif style < 0.7:
            self.line(f"第 {self.page} 页 共 {self.pages} 页")
        else:
            self.line(f"{self.page}")
        self.page += 1
        if self.running and self.rng.random() < 0.7:
            self.line(self.running)

    def spaced(self, seg: Seg) -> Seg:
        s, k = seg
        if self.pdf and k == "name" and len(s) == 2 and self.rng.random() < 0.75:
            return (s[0] + self.rng.choice(("　", "  ", " ")) + s[1], k)
        return seg

    # tables ----------------------------------------------------------------------------------
    def table(
        self, header: list[str], rows: list[list[Piece | list[Piece]]], layout: str | None = None
    ) -> None:
        rng = self.rng
        if layout is None:
            choices = ["tab", "space", "pipe", "html", "csv", "cells", "numbered"]
            if self.pdf:
                choices = ["space", "cells", "tab", "space"]
            layout = rng.choice(choices)
        cells = [[[self.spaced(x) for x in norm(c)] for c in row] for row in rows]
        breaks = set()
        if self.pdf and len(rows) > 3:
            for _ in range(rng.randint(1, 2)):
                breaks.add(rng.randrange(1, len(rows)))
        if layout == "tab":
            self.line("\t".join(header))
            for i, row in enumerate(cells):
                if i in breaks:
                    self.pagebreak()
                for j, c in enumerate(row):
                    if j:
                        self.add("\t")
                    self.segs(c)
                self.add("\n")
        elif layout == "space":
            widths = [cwidth(h) for h in header]
            for row in cells:
                for j, c in enumerate(row):
                    widths[j] = max(widths[j], cwidth("".join(s for s, _ in c)))

            def pad(n: float) -> str:
                return " " * int(n * 2)

            hl = ""
            for j, h in enumerate(header):
                hl += h + (pad(widths[j] - cwidth(h)) + "  " if j < len(header) - 1 else "")
            self.line(hl)
            for i, row in enumerate(cells):
                if i in breaks:
                    self.pagebreak()
                    if rng.random() < 0.5:
                        self.line(hl)
                for j, c in enumerate(row):
                    self.segs(c)
                    if j < len(row) - 1:
                        self.add(pad(widths[j] - cwidth("".join(s for s, _ in c))) + "  ")
                self.add("\n")
        elif layout == "pipe":
            self.line("| " + " | ".join(header) + " |")
            self.line("|" + "|".join("---" for _ in header) + "|")
            for row in cells:
                self.add("| ")
                for j, c in enumerate(row):
                    if j:
                        self.add(" | ")
                    self.segs(c)
                self.add(" |\n")
        elif layout == "html":
            self.line('<table border="1">')
            self.line("<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>")
            for row in cells:
                self.add("<tr>")
                for c in row:
                    self.add("<td>")
                    self.segs(c)
                    self.add("</td>")
                self.add("</tr>\n")
            self.line("</table>")
        elif layout == "csv":
            self.line(",".join(header))
            for row in cells:
                for j, c in enumerate(row):
                    if j:
                        self.add(",")
                    plain = "".join(s for s, _ in c)
                    q = "," in plain or '"' in plain or "，" in plain or rng.random() < 0.1
                    if q:
                        self.add('"')
                    self.segs(c)
                    if q:
                        self.add('"')
                self.add("\n")
        elif layout == "cells":
            for h in header:
                self.line(h)
            for i, row in enumerate(cells):
                if i in breaks:
                    self.pagebreak()
                for c in row:
                    self.segs(c if "".join(s for s, _ in c) else [("", None)])
                    self.add("\n")
        else:  # numbered
            for i, row in enumerate(cells, 1):
                self.add(rng.choice((f"{i}. ", f"{i}、", f"（{i}）")))
                first = True
                for h, c in zip(header[1:], row[1:], strict=True):
                    if not "".join(s for s, _ in c):
                        continue
                    if not first:
                        self.add("，")
                    first = False
                    if h not in ("姓名", "申请人", "原告", "举报人", "信访人"):
                        self.add(h + "：")
                    self.segs(c)
                self.add("。\n" if rng.random() < 0.5 else "\n")

    def form(self, pairs: list[tuple[str, Piece | list[Piece]]], layout: str | None = None) -> None:
        rng = self.rng
        layout = layout or rng.choice(("one", "one", "two", "cells", "pipe"))
        colon = rng.choice(("：", "：", ":"))
        items = [(k, norm(v)) for k, v in pairs]
        if layout == "one":
            for k, v in items:
                self.add(k + colon)
                self.segs(v)
                self.add("\n")
        elif layout == "two":
            sep = rng.choice(("    ", "\t", "　　"))
            for i in range(0, len(items), 2):
                for j, (k, v) in enumerate(items[i : i + 2]):
                    if j:
                        self.add(sep)
                    self.add(k + colon)
                    self.segs(v)
                self.add("\n")
        elif layout == "cells":
            for k, v in items:
                self.line(k)
                self.segs(v)
                self.add("\n")
        else:
            for i in range(0, len(items), 2):
                self.add("|")
                for k, v in items[i : i + 2]:
                    self.add(f" {k} | ")
                    self.segs(v)
                    self.add(" |")
                self.add("\n")


def sign_off(d: Doc, org: str, date: dt.date) -> None:
    d.blank()
    pad = d.rng.choice(("", "                        ", "\t\t\t"))
    d.line(pad + org)
    d.line(pad + dstr(date))


def contact_line(d: Doc, w: World, who: str | None = None) -> None:
    who = who or w.official()
    r = d.rng.random()
    if r < 0.5:
        d.line(f"（联系人：{who}；联系电话：{w.office_phone()}）")
    elif r < 0.8:
        d.line(f"联系人：{who}    电话：{w.office_phone()}    电子邮箱：{w.gov_mail()}")
    else:
        d.line(f"联系电话：{w.office_phone()}（工作日 9:00—12:00，14:30—17:30）")


# ------------------------------------------------------------------------------------------------ pieces

ILLNESS = (
    "尿毒症",
    "乳腺癌",
    "脑梗死后遗症",
    "2型糖尿病",
    "慢性阻塞性肺疾病",
    "精神分裂症",
    "肝硬化",
    "急性白血病",
    "冠心病",
    "肺结核",
    "胃癌",
    "类风湿性关节炎",
    "双相情感障碍",
)
DISAB = ("肢体残疾二级", "视力残疾一级", "精神残疾三级", "智力残疾二级", "听力残疾四级", "肢体残疾三级")
INJURY = (
    "左股骨颈骨折",
    "右侧第4、5肋骨骨折",
    "腰椎L1压缩性骨折",
    "左眼挫伤致视力下降",
    "颅脑外伤后综合征",
    "右手食指末节离断",
    "左前臂尺骨骨折",
    "鼻骨骨折",
    "右膝半月板损伤",
)
GRADES = ("十级伤残", "九级伤残", "八级伤残", "轻伤二级", "轻微伤")
GI = ("急性胃肠炎", "食物中毒", "过敏性皮炎", "细菌性痢疾")
CHANNELS = ("信函", "网上申请平台", "当面提交", "电子邮件", "政府网站在线申请")


def id_piece(w: World, p: Person) -> Seg:
    return (p.id, "id_card")


def mob(w: World, p: Person) -> Seg:
    return (w.fmt_mobile(p.mobile), "mobile")


def org_for(w: World, kind: str) -> str:
    c = w.county.name
    return {
        "gov": f"{c}人民政府",
        "govoffice": f"{c}人民政府办公室",
        "nat": f"{c}自然资源局",
        "house": f"{c}住房和城乡建设局",
        "agri": f"{c}农业农村局",
        "hr": f"{c}人力资源和社会保障局",
        "civil": f"{c}民政局",
        "police": f"{c}公安局",
        "trans": f"{c}交通运输局",
        "market": f"{c}市场监督管理局",
        "xf": f"{c}信访局",
        "town": f"{w.rng.choice(w.county.towns)}人民政府",
    }[kind]


def topic(w: World) -> str:
    rng = w.rng
    t = rng.choice(w.county.towns)
    v = rng.choice(w.r.villages)
    return rng.choice(
        (
            f"{t}{v}集体土地征收的征地批复文件及征地补偿安置方案",
            f"{t}棚户区改造项目的房屋征收决定及补偿方案",
            f"{w.year - 1}年度{w.county.name}城乡居民最低生活保障资金发放汇总情况",
            f"{w.county.name}{rng.choice(w.r.roads)}道路改造工程的立项批复及环境影响评价文件",
            f"{v}{w.year - 1}年度耕地地力保护补贴发放情况",
            f"{t}卫生院{w.year - 1}年医疗设备采购项目的招标文件及中标结果",
            f"{w.county.name}{w.year - 1}年度部门预算及“三公”经费决算",
            f"{v}村民委员会{w.year - 2}—{w.year - 1}年度村级财务收支明细",
            f"{t}{w.year - 1}年危房改造补助对象名单及资金拨付文件",
        )
    )


# ----------------------------------------------------------------------------------------------- families


def ysq(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = org_for(w, rng.choice(("gov", "govoffice", "nat", "house", "agri", "town")))
    p = w.person()
    got = w.date()
    regno = (
        f"{w.cshort()}依申〔{w.year}〕{rng.randint(1, 260)}号"
        if rng.random() < 0.5
        else f"YSQ{got:%Y%m%d}{rng.randint(1, 99):03d}"
    )
    tp = topic(w)
    d.running = f"{org}政府信息公开"
    if sub == "form":
        d.line(org)
        d.line("政府信息公开申请表")
        d.line(f"登记编号：{regno}")
        d.blank()
        cert = rng.random()
        if (w.r.style == "wenzhou" and cert < 0.35) or cert < 0.08:
            cert_pair: list[Piece] = ["护照  ", (w.passport(), "passport")]
        elif cert < 0.16:
            cert_pair = ["台湾居民来往大陆通行证  ", (w.tw_permit(True), "tw_permit")]
        else:
            cert_pair = ["居民身份证  ", id_piece(w, p)]
        company = rng.random() < 0.2
        d.line("申请人信息")
        if not company:
            pairs: list[tuple[str, Piece | list[Piece]]] = [
                ("公民 姓名", N(p.name)),
                (
                    "工作单位",
                    rng.choice(
                        ("无", "个体", f"{w.county.name}{rng.choice(('第二中学', '农机站', '供电所'))}", "")
                    ),
                ),
                ("证件名称及号码", cert_pair),
                ("联系电话", mob(w, p)),
            ]
            if rng.random() < 0.3:
                pairs.append(("固定电话", (w.landline(), "landline")))
            pairs += [
                ("通信地址", A(p.addr(w))),
                ("邮政编码", w.r.postcode),
                ("电子邮箱", (p.email, "email")),
            ]
            d.form(pairs)
        else:
            comp = f"{w.r.city[:2]}{rng.choice(('鑫达', '宏远', '恒信', '瑞丰'))}{rng.choice(('建材', '商贸', '农业开发', '物流'))}有限公司"
            d.form(
                [
                    ("法人或者其他组织 名称", comp),
                    ("统一社会信用代码", w.cc()),
                    ("法定代表人或者负责人", w.official()),
                    ("联系人姓名", N(p.name)),
                    ("联系人电话", mob(w, p)),
                    ("联系人电子邮箱", (p.email, "email")),
                    ("通信地址", f"{w.county.name}{rng.choice(w.r.roads)}{rng.randint(1, 300)}号"),
                ]
            )
        d.line("所需信息情况")
        d.form(
            [
                ("所需信息的名称", tp),
                (
                    "所需信息的文号（可选）",
                    rng.choice(("不详", w.wenhao(rng.choice(("政发", "政办发", "自然资发"))))),
                ),
                ("所需信息的用途（选填）", rng.choice(("维护本人合法权益", "了解补偿标准", "学术研究", ""))),
                ("是否申请减免费用", "□申请  ☑不申请"),
                ("所需信息的指定提供方式", rng.choice(("☑纸质 □电子邮件 □光盘", "□纸质 ☑电子邮件 □光盘"))),
                (
                    "获取信息的方式",
                    rng.choice(("☑邮寄 □快递 □自行领取", "□邮寄 □快递 ☑自行领取/当场阅读、抄录")),
                ),
            ],
            layout=rng.choice(("one", "cells", "pipe")),
        )
        d.blank()
        if not company:
            d.line("申请人签名：", N(p.name), f"          申请日期：{dstr(got)}")
        else:
            d.line(f"申请单位（盖章）          申请日期：{dstr(got)}")
        d.blank()
        d.line("以下由受理机关填写")
        d.line(
            f"受理人：{w.official()}    受理日期：{dstr(w.date(got, 3))}    受理方式：{rng.choice(CHANNELS)}"
        )
        return
    if sub == "notice":
        kind = rng.choice(("登记回执", "补正告知书", "延期答复告知书", "答复告知书", "答复告知书"))
        if rng.random() < 0.4:
            d.line(f"索引号：{w.suoyin(w.cc('11'))}    发布机构：{org}")
        d.line(org)
        d.line(f"政府信息公开申请{kind}")
        d.line(w.wenhao(rng.choice(("政信复", "依复", "信公告", "自然资信复"))))
        d.blank()
        sal = rng.random()
        if sal < 0.6:
            d.line(N(p.name), "：")
        else:
            d.line(N(p.name), "先生：" if p.sex == "男" else "女士：")
        if rng.random() < 0.35:
            d.line("（身份证号码：", id_piece(w, p), "）")
        d.para(
            f"本机关于{dstr(got)}收到您通过{rng.choice(CHANNELS)}提交的政府信息公开申请（登记编号：{regno}），"
            f"您申请获取“{tp}”。"
        )
        if kind == "登记回执":
            d.para(
                "经初步审查，您的申请要素齐全，本机关已予以登记，将依照《中华人民共和国政府信息公开条例》第三十三条"
                "规定的期限作出答复。如需查询办理进度，请拨打下方联系电话。"
            )
        elif kind == "补正告知书":
            d.para(
                "经审查，您的申请内容不够明确，本机关无法确定您所需政府信息的具体范围。根据《中华人民共和国政府信息公开条例》"
                "第三十条规定，请您在收到本告知书之日起15个工作日内对申请内容作出补正，写明所需信息的名称、文号或者"
                "便于本机关查询的其他特征性描述。无正当理由逾期不补正的，视为您放弃申请。"
            )
        elif kind == "延期答复告知书":
            d.para(
                "因您申请的信息数量较大、涉及多个业务科室，本机关无法在20个工作日内作出答复。根据《中华人民共和国政府信息"
                f"公开条例》第三十三条第二款规定，经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日，"
                f"最迟于{dstr(w.date(got, 50))}前作出答复。"
            )
        else:
            res = rng.random()
            if res < 0.4:
                d.para(
                    "经审查，您申请的信息属于本机关公开范围。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项规定，"
                    f"现将该信息（共{rng.randint(2, 40)}页）随本告知书一并提供给您。"
                )
            elif res < 0.7:
                d.para(
                    "经审查，您申请获取的信息中含有第三方个人的姓名、身份证号码、银行账号等个人信息，公开后可能损害第三方"
                    "合法权益。根据《中华人民共和国政府信息公开条例》第十五条、第三十七条规定，本机关对上述内容作区分处理后"
                    "予以公开。"
                )
            else:
                d.para(
                    "经检索查找，本机关未制作或者获取您申请的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条"
                    "第（四）项规定，告知您该政府信息不存在。"
                )
            d.para(
                f"如对本答复不服，可以在收到本答复之日起60日内向{w.r.city}人民政府或者{w.county.name}人民政府申请行政复议，"
                f"也可以在6个月内向{w.county.name}人民法院提起行政诉讼。"
            )
        sign_off(d, org, w.date(got, 25))
        d.blank()
        if rng.random() < 0.7:
            d.line("送达回证")
            pairs = [
                ("受送达人", N(p.name)),
                ("送达地址", A(p.addr(w))),
                ("联系电话", mob(w, p)),
                ("送达方式", rng.choice((f"邮寄（EMS {w.ems()}）", "电子邮件", "直接送达"))),
            ]
            if rng.random() < 0.5:
                pairs.append(("电子邮箱", (p.email, "email")))
            d.form(pairs)
        contact_line(d, w)
        return
    if sub == "thirdparty":
        t = w.person(40, 85)
        item = rng.choice(
            ("房屋征收补偿协议", "宅基地使用权审批材料", "集体土地使用证登记资料", "危房改造补助申请材料")
        )
        d.line(org)
        d.line("政府信息公开第三方意见征询函")
        d.line(w.wenhao(rng.choice(("征询", "信征", "依征"))))
        d.blank()
        d.line(N(t.name), "：")
        d.para(
            f"本机关于{dstr(got)}收到政府信息公开申请，申请获取“{tp}”。经审查，申请公开的信息中包含您位于",
            A(t.addr(w, rng.choice((1, 2)))),
            f"的{item}，涉及您的姓名、身份证号码、补偿金额等个人信息，"
            "公开后可能损害您的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条规定，现书面征求您的意见。",
        )
        if rng.random() < 0.5 and t.birth.year < 1975:
            old = t.birth
            d.para(
                f"经查，{rng.randint(1989, 1998)}年颁发的《集体土地使用证》登记的土地使用者为",
                N(t.name),
                "（身份证号码：",
                (w.id15(t.county, old, t.sex), "id_card_15"),
                "）。",
            )
        d.para(
            "请您在收到本函之日起15个工作日内提出书面意见并寄回本机关。逾期未提出意见的，由本机关依照条例规定决定是否公开。"
        )
        sign_off(d, org, w.date(got, 8))
        d.blank()
        d.line("附：第三方意见回执")
        d.form(
            [
                ("第三方姓名", N(t.name)),
                ("身份证号码", id_piece(w, t)),
                ("联系电话", mob(w, t)),
                ("住址", A(t.addr(w))),
                ("意见", rng.choice(("□同意公开  ☑不同意公开", "☑同意公开  □不同意公开", "☑不同意公开"))),
                (
                    "理由",
                    rng.choice(
                        ("涉及本人家庭隐私", "不同意公开本人补偿金额", "无", "本人身体原因无法到场核对")
                    ),
                ),
                ("签名", N(t.name)),
            ]
        )
        contact_line(d, w)
        return
    # ledger
    d.line(f"{org}{w.year}年度政府信息公开依申请公开台账")
    d.line(f"填报单位：{org}    填报日期：{dstr(dt.date(w.year, 12, rng.randint(1, 28)))}")
    rows: list[list[Piece | list[Piece]]] = []
    k = rng.randint(4, 11)
    base = dt.date(w.year, 1, 4)
    for i in range(k):
        got_i = base + dt.timedelta(days=rng.randint(0, 330))
        if rng.random() < 0.78:
            q = w.person()
            who: Piece = N(q.name)
            tel: Piece = mob(w, q)
        else:
            who = f"{w.r.city[:2]}{rng.choice(('华信', '鼎盛', '金穗', '天和'))}{rng.choice(('律师事务所', '房地产开发有限公司', '农业专业合作社'))}"
            tel = w.office_phone()
        result = rng.choice(
            (
                "予以公开",
                "部分公开",
                "信息不存在",
                "不予公开（第三方个人隐私）",
                "告知通过其他途径办理",
                "申请人撤回",
            )
        )
        rows.append(
            [
                str(i + 1),
                f"{w.year}-{i + 1:03d}",
                who,
                rng.choice(CHANNELS),
                f"{got_i:%Y-%m-%d}",
                topic(w)[:18] + "…",
                tel,
                f"{got_i + dt.timedelta(days=rng.randint(5, 28)):%Y-%m-%d}",
                result,
            ]
        )
    d.table(
        [
            "序号",
            "登记编号",
            "申请人",
            "申请方式",
            "收到日期",
            "申请内容",
            "联系电话",
            "答复日期",
            "处理结果",
        ],
        rows,
    )
    d.blank()
    d.line(f"填表人：{w.official()}    审核人：{w.official()}")


def applicant_block(w: World, d: Doc, p: Person, role: str) -> None:
    rng = w.rng
    segs: list[Piece] = [f"{role}：", N(p.name), f"，{p.sex}，"]
    if rng.random() < 0.7:
        segs.append(f"{p.nation}，")
    segs.append(f"{birth_str(p.birth)}出生，" if rng.random() < 0.7 else f"{p.age}岁，")
    r = rng.random()
    if r < 0.05 or (w.r.style == "wenzhou" and r < 0.15):
        segs += ["护照号码", (w.passport(), "passport"), "，"]
    elif r < 0.09:
        segs += ["台湾居民来往大陆通行证号码", (w.tw_permit(True), "tw_permit"), "，"]
    elif r < 0.85:
        segs += [
            rng.choice(("公民身份号码", "身份证号码", "身份证号")),
            "：" if rng.random() < 0.5 else "",
            id_piece(w, p),
            "，",
        ]
    segs += ["住", A(p.addr(w))]
    if rng.random() < 0.5:
        segs += ["，联系电话", mob(w, p)]
    segs.append("。")
    d.para(*segs, indent=False)


def agent_block(w: World, d: Doc, p: Person, role: str = "委托代理人") -> str | None:
    rng = w.rng
    if rng.random() < 0.55:
        law, firm, lic = w.lawyer()
        d.para(
            f"{role}：{law}，{firm}律师" + (f"，执业证号{lic}。" if rng.random() < 0.3 else "。"),
            indent=False,
        )
        return None
    rel = w.person(20, 50)
    relation = rng.choice(("之子", "之女", "之妻", "之夫", "之兄", "之侄"))
    d.para(
        f"{role}：",
        N(rel.name),
        f"，{rel.sex}，{birth_str(rel.birth)}出生，系",
        N(p.name),
        f"{relation}，住",
        A(rel.addr(w)),
        "，联系电话",
        mob(w, rel),
        "。",
        indent=False,
    )
    return rel.name


def fuyi(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    gov = org_for(w, "gov")
    p = w.person()
    resp_kind = rng.choice(("hr", "civil", "police", "nat", "gov_xxgk"))
    resp = org_for(w, "govoffice" if resp_kind == "gov_xxgk" else resp_kind)
    if resp_kind == "gov_xxgk":
        resp = org_for(w, rng.choice(("nat", "house", "agri")))
    head = w.official()
    got = w.date()
    d.running = f"{gov}行政复议"
    if sub == "decision":
        if rng.random() < 0.5:
            d.line(f"索引号：{w.suoyin(w.cc('11'))}")
            d.line(f"发布机构：{gov}    公开方式：主动公开    发布日期：{dstr(w.date())}")
        d.line(gov)
        d.line("行政复议决定书")
        d.line(f"{w.cshort()}政复决字〔{w.year}〕第{rng.randint(1, 90)}号")
        d.blank()
        applicant_block(w, d, p, "申请人")
        agent_block(w, d, p)
        d.para(
            f"被申请人：{resp}，住所地{w.county.name}{rng.choice(w.r.roads)}{rng.randint(1, 200)}号。",
            indent=False,
        )
        d.para(f"法定代表人：{head}，{rng.choice(('局长', '党组书记、局长'))}。", indent=False)
        if resp_kind == "hr":
            comp = f"{w.r.city[:2]}{rng.choice(('宏达', '顺通', '鑫源', '恒泰'))}{rng.choice(('建筑工程', '矿业', '运输', '食品'))}有限公司"
            d.para(f"第三人：{comp}，统一社会信用代码{w.cc()}。", indent=False)
        d.blank()
        d.para(
            f"申请人不服被申请人作出的{rng.choice(('具体行政行为', '行政行为'))}，于{dstr(got)}向本机关申请行政复议，本机关依法"
            "予以受理。本案适用普通程序审理，现已审理终结。"
        )
        if resp_kind == "hr":
            inj = rng.choice(INJURY)
            d.para("申请人请求：撤销被申请人作出的《不予认定工伤决定书》，责令被申请人重新作出工伤认定。")
            d.para(
                f"申请人称：{dstr(w.date(got, 1) - dt.timedelta(days=200))}，申请人在第三人施工现场作业时从脚手架跌落，致",
                H(inj),
                f"，经{w.r.city[:2]}市人民医院住院治疗，",
                rng.choice(("", "后经劳动能力鉴定为")),
                *([H(rng.choice(GRADES[:3]))] if rng.random() < 0.5 else []),
                "。被申请人以申请人与第三人不存在劳动关系为由不予认定工伤，认定事实不清。",
            )
        elif resp_kind == "civil":
            ill = rng.choice(ILLNESS + DISAB)
            d.para("申请人请求：撤销被申请人作出的停发城乡居民最低生活保障金的决定。")
            d.para(
                "申请人称：申请人患有",
                H(ill),
                "，长期服药，丧失劳动能力，家庭人均收入低于当地低保标准，"
                "被申请人以其子女有赡养能力为由停发低保，未入户核查。",
            )
        elif resp_kind == "police":
            if rng.random() < 0.6:
                tw = rng.random() < 0.4
                pm = w.tw_permit(False) if tw else w.hk_permit()
                doc_name = "大陆居民往来台湾通行证" if tw else "往来港澳通行证"
                d.para("申请人请求：撤销被申请人作出的不予签注决定。")
                d.para(
                    f"申请人称：申请人持有的{doc_name}（证件号码",
                    (pm, "tw_permit" if tw else "hk_macau_permit"),
                    f"）在有效期内，申请赴{'台湾' if tw else rng.choice(('香港', '澳门'))}探亲签注，被申请人以申请人系失信被执行人为由不予签注，"
                    "没有法律依据。",
                )
            else:
                pl = w.plate()
                d.para("申请人请求：撤销被申请人作出的公安交通管理简易程序处罚决定书。")
                d.para(
                    "申请人称：",
                    f"{dstr(got - dt.timedelta(days=40))}，申请人驾驶的",
                    (pl, "license_plate"),
                    f"号小型轿车在{rng.choice(w.r.roads)}被认定违法停车，但该路段未设置禁停标志。",
                )
        else:
            d.para(
                f"申请人请求：确认被申请人对申请人{dstr(got - dt.timedelta(days=60))}提出的政府信息公开申请未依法答复的行为违法，"
                "并责令其限期答复。"
            )
            d.para(f"申请人称：申请人通过邮寄方式向被申请人申请公开“{topic(w)}”，被申请人逾期未予答复。")
        d.para(
            "被申请人称："
            + rng.choice(
                (
                    "被申请人作出的行政行为认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当，请求予以维持。",
                    "被申请人已在法定期限内作出答复并邮寄送达，申请人的复议请求不能成立。",
                )
            )
        )
        outcome = rng.choice(("维持", "撤销", "确认违法"))
        d.para(
            "本机关认为："
            + {
                "维持": "被申请人作出的行政行为认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。",
                "撤销": "被申请人作出行政行为时未充分调查核实，主要事实不清、证据不足。",
                "确认违法": "被申请人未在法定期限内履行职责，程序违法，但该行为不具有可撤销内容。",
            }[outcome]
        )
        article = {"维持": "六十八", "撤销": "六十四", "确认违法": "六十五"}[outcome]
        d.para(
            f"根据《中华人民共和国行政复议法》第{article}条的规定，本机关决定：{outcome}被申请人作出的上述行政行为"
            + ("，责令被申请人在法定期限内重新作出行政行为。" if outcome == "撤销" else "。")
        )
        d.para(f"申请人如不服本决定，可以自收到本决定书之日起十五日内向{w.county.name}人民法院提起行政诉讼。")
        sign_off(d, gov, w.date(got, 60))
        return
    if sub == "accept":
        kind = rng.choice(("受理通知书", "补正通知书", "不予受理决定书"))
        d.line(gov)
        d.line(f"行政复议{kind}")
        d.line(
            f"{w.cshort()}政复{'受' if kind.startswith('受') else '补' if kind.startswith('补') else '不受'}字〔{w.year}〕第{rng.randint(1, 90)}号"
        )
        d.blank()
        d.line(N(p.name), "：")
        d.para(
            f"你（单位）不服{resp}{rng.choice(('作出的行政处罚决定', '作出的政府信息公开答复', '作出的不予认定工伤决定', '作出的行政行为'))}"
            f"提出的行政复议申请，本机关已于{dstr(got)}收到。"
        )
        if kind == "受理通知书":
            d.para(
                "经审查，该申请符合《中华人民共和国行政复议法》规定的受理条件，本机关决定予以受理。"
                f"本案复议案号为{w.cshort()}政复〔{w.year}〕{rng.randint(1, 90)}号，承办人{w.official()}。"
            )
        elif kind == "补正通知书":
            d.para(
                "经审查，你的申请材料不齐全、表述不清楚，请在收到本通知书之日起十日内补正下列材料：1.申请人身份证明复印件；"
                "2.被申请复议的行政行为的书面材料；3.明确具体的复议请求。无正当理由逾期不补正的，视为放弃行政复议申请。"
            )
        else:
            d.para(
                "经审查，你的申请超过法定申请期限且无正当理由，根据《中华人民共和国行政复议法》第三十条的规定，决定不予受理。"
                f"如不服本决定，可以自收到本决定书之日起十五日内依法向{w.county.name}人民法院提起行政诉讼。"
            )
        sign_off(d, f"{gov}（行政复议专用章）" if rng.random() < 0.5 else gov, w.date(got, 5))
        d.blank()
        d.line("送达地址确认：")
        pairs: list[tuple[str, Piece | list[Piece]]] = [
            ("受送达人", N(p.name)),
            ("身份证号码", id_piece(w, p)),
            ("送达地址", A(p.addr(w))),
            ("联系电话", mob(w, p)),
        ]
        if rng.random() < 0.25:
            pairs.append(("固定电话", (w.landline(), "landline")))
        if rng.random() < 0.4:
            pairs.append(("电子邮箱", (p.email, "email")))
        pairs.append(("是否同意电子送达", rng.choice(("是", "否"))))
        d.form(pairs, layout=rng.choice(("one", "two", "pipe")))
        contact_line(d, w)
        return
    # ledger
    d.line(f"{gov}行政复议案件登记表（{w.year}年）")
    rows: list[list[Piece | list[Piece]]] = []
    for i in range(rng.randint(4, 10)):
        q = w.person()
        got_i = dt.date(w.year, rng.randint(1, 11), rng.randint(1, 28))
        rows.append(
            [
                str(i + 1),
                f"{w.cshort()}政复〔{w.year}〕{i + rng.randint(1, 5)}号",
                N(q.name),
                id_piece(w, q) if rng.random() < 0.6 else w.mask_id(q.id),
                org_for(w, rng.choice(("hr", "civil", "police", "nat", "market"))),
                rng.choice(
                    ("工伤认定", "政府信息公开", "行政处罚", "最低生活保障", "不动产登记", "行政强制")
                ),
                f"{got_i.month}月{got_i.day}日",
                rng.choice(("维持", "撤销", "确认违法", "驳回", "终止", "审理中")),
            ]
        )
    d.table(["序号", "案号", "申请人", "身份证号码", "被申请人", "复议事项", "收件日期", "审理结果"], rows)
    d.line(f"制表：{w.official()}")


def susong(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    gov = org_for(w, rng.choice(("gov", "nat", "house", "hr", "town")))
    head = w.official()
    d.running = f"{gov}行政应诉"
    if sub == "answer":
        p = w.person()
        case = w.case_no()
        d.line("行政答辩状")
        d.blank()
        d.para(
            f"答辩人（一审被告）：{gov}，住所地{w.county.name}{rng.choice(w.r.roads)}{rng.randint(1, 200)}号。",
            indent=False,
        )
        d.para(f"法定代表人：{head}，{rng.choice(('县长', '局长', '镇长', '区长', '市长'))}。", indent=False)
        law, firm, _ = w.lawyer()
        d.para(f"委托诉讼代理人：{w.official()}，{gov}工作人员；{law}，{firm}律师。", indent=False)
        segs: list[Piece] = [
            "被答辩人（一审原告）：",
            N(p.name),
            f"，{p.sex}，{birth_str(p.birth)}出生，{p.nation}，住",
            A(p.addr(w)),
        ]
        if rng.random() < 0.5:
            segs += ["，公民身份号码", id_piece(w, p)]
        segs.append("。")
        d.para(*segs, indent=False)
        cause = rng.choice(
            ("房屋征收补偿决定", "政府信息公开答复", "不履行法定职责", "行政强制拆除", "土地行政登记")
        )
        d.para("因原告", N(p.name), f"诉答辩人{cause}一案（{case}），答辩人现依法提出答辩意见如下：")
        d.para(
            "一、答辩人作出的行政行为事实清楚、证据确凿。"
            + rng.choice(
                (
                    f"原告位于{rng.choice(w.county.towns)}的房屋在征收范围内，答辩人依法进行了入户调查和评估。",
                    "答辩人已于法定期限内作出书面答复并依法送达原告。",
                    "原告所诉事项不属于答辩人的法定职责范围。",
                )
            )
        )
        if rng.random() < 0.4:
            d.para(
                "二、原告称其患有",
                H(rng.choice(ILLNESS)),
                "、行动不便而未能及时领取补偿款，与本案被诉行为无关。",
            )
        else:
            d.para("二、答辩人作出的行政行为程序合法，适用法律正确。")
        d.para("综上，原告的诉讼请求缺乏事实和法律依据，请求人民法院依法驳回原告的诉讼请求。")
        d.blank()
        d.line("此致")
        d.line(f"{w.county.name}人民法院" if rng.random() < 0.5 else f"{w.r.city}中级人民法院")
        sign_off(d, f"答辩人：{gov}", w.date())
        return
    # ledger
    d.line(f"{w.county.name}{w.year}年行政机关负责人出庭应诉情况台账")
    rows: list[list[Piece | list[Piece]]] = []
    for i in range(rng.randint(4, 10)):
        if rng.random() < 0.75:
            q = w.person()
            pl: Piece | list[Piece] = N(q.name)
            if rng.random() < 0.25:
                q2 = w.person()
                pl = [N(q.name), "、", N(q2.name)]
        else:
            pl = f"{w.r.city[:2]}{rng.choice(('兴旺', '安达', '金山'))}{rng.choice(('养殖专业合作社', '置业有限公司', '石材厂'))}"
        orgi = org_for(w, rng.choice(("gov", "nat", "house", "hr", "market", "town")))
        rows.append(
            [
                str(i + 1),
                w.case_no(rng.choice(("行初", "行终"))),
                pl,
                orgi,
                rng.choice(("房屋征收", "行政处罚", "信息公开", "工伤认定", "行政协议", "不履行法定职责")),
                w.official(),
                rng.choice(("局长", "副局长", "副县长", "镇长", "副镇长", "党组成员")),
                f"{w.year}.{rng.randint(1, 12)}.{rng.randint(1, 28)}",
                rng.choice(("驳回诉讼请求", "撤诉", "确认违法", "撤销", "未结")),
            ]
        )
    d.table(["序号", "案号", "原告", "被告", "案由", "出庭负责人", "职务", "开庭时间", "审理结果"], rows)
    d.line(f"填报人：{w.official()}    联系电话：{w.office_phone()}")


def tingzheng(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    case = rng.choice(("trans", "nat", "market"))
    org = org_for(w, case)
    p = w.person(22, 70)
    pl = w.plate()
    got = w.date()
    road = rng.choice(w.r.roads)
    if case == "trans":
        fact: list[Piece] = [
            f"{dstr(got)}，你驾驶",
            (pl, "license_plate"),
            f"小型普通客车在{w.county.name}{road}未取得道路运输经营许可，"
            f"擅自从事道路旅客运输经营，收取乘客车费{rng.randint(20, 120)}元",
        ]
        law, amount = "《中华人民共和国道路运输条例》第六十三条", rng.choice((10000, 20000, 30000, 50000))
    elif case == "nat":
        fact = [
            f"{dstr(got)}，你未经批准擅自占用{rng.choice(w.county.towns)}{rng.choice(w.r.villages)}集体耕地"
            f"{rng.randint(80, 600)}平方米建设房屋"
        ]
        law, amount = "《中华人民共和国土地管理法》第七十八条", rng.randint(20, 200) * 100
    else:
        fact = [f"{dstr(got)}，你经营的{rng.choice(('副食店', '药店', '小吃店'))}销售超过保质期的食品"]
        law, amount = "《中华人民共和国食品安全法》第一百二十四条", rng.choice((5000, 10000, 50000))
    no = w.wenhao(rng.choice(("交听告", "自然资听告", "市监听告")))
    d.running = f"{org}行政处罚听证"
    if sub == "notice":
        d.line(org)
        d.line("行政处罚听证告知书")
        d.line(no)
        d.blank()
        pairs: list[tuple[str, Piece | list[Piece]]] = [
            ("当事人", N(p.name)),
            ("性别", p.sex),
            ("身份证号码", id_piece(w, p)),
            ("住址", A(p.addr(w))),
            ("联系电话", mob(w, p)),
        ]
        if case == "trans" and rng.random() < 0.6:
            pairs.append(("车辆号牌", (pl, "license_plate")))
        if rng.random() < 0.2:
            pairs.append(("电子邮箱", (p.email, "email")))
        d.form(pairs)
        d.blank()
        d.para("经查，", *fact, "。")
        d.para(f"上述行为违反了相关法律规定，依据{law}，本机关拟对你作出罚款人民币{amount:,}元的行政处罚。")
        d.para(
            "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有要求举行听证的权利。如你要求听证，"
            "应当在收到本告知书之日起五日内向本机关提出，逾期视为放弃听证权利。"
        )
        sign_off(d, org, w.date(got, 30))
        contact_line(d, w)
        if rng.random() < 0.6:
            d.blank()
            d.line("当事人签收：", N(p.name), f"    {dstr(w.date(got, 32))}")
        return
    # record
    host, member, clerk, inv1, inv2 = (w.official() for _ in range(5))
    d.line("行政处罚听证笔录")
    d.blank()
    d.form(
        [
            (
                "案由",
                "涉嫌"
                + rng.choice(
                    ("未取得道路运输经营许可擅自从事道路运输经营", "非法占用土地", "经营超过保质期的食品")
                ),
            ),
            ("听证时间", f"{dstr(w.date(got, 40))}{rng.randint(9, 16)}时{rng.choice(('00', '30'))}分"),
            ("听证地点", f"{org}{rng.choice(('三楼会议室', '听证室', '二楼调解室'))}"),
            ("听证主持人", host),
            ("听证员", member),
            ("记录员", clerk),
        ],
        layout=rng.choice(("one", "two")),
    )
    segs: list[Piece] = [
        "当事人：",
        N(p.name),
        f"  性别：{p.sex}  年龄：{p.age}  身份证号码：",
        id_piece(w, p),
    ]
    d.line(*segs)
    d.line("住址：", A(p.addr(w)), "  联系电话：", mob(w, p))
    rel = agent_block(w, d, p)
    d.line(
        f"案件调查人员：{inv1}、{inv2}（执法证号：{w.r.short}{rng.randint(10**7, 10**8 - 1)}、{w.r.short}{rng.randint(10**7, 10**8 - 1)}）"
    )
    d.blank()
    d.line("主持人：现在开始听证。首先核对当事人身份，请当事人陈述姓名、住址。")
    d.line("当事人：我叫", N(p.name), "，住", A(p.addr(w, 2)), "。")
    d.line("主持人：当事人对听证主持人、听证员、记录员是否申请回避？")
    d.line("当事人：不申请回避。")
    d.para(
        "调查人员：",
        *fact,
        f"。以上事实有现场检查笔录、询问笔录、照片等证据证实，建议罚款{amount:,}元。",
        indent=False,
    )
    if rng.random() < 0.6:
        d.para(
            "当事人：我承认有这个事情。我",
            rng.choice(("身体不好", "家里困难")),
            "，患有",
            H(rng.choice(ILLNESS)),
            "，每个月要吃药，家里还有老人要养，请求从轻或者减轻处罚。",
            indent=False,
        )
    else:
        d.para("当事人：我不是经营，是帮亲戚顺路捎带，没有收钱，请求撤销处罚。", indent=False)
    if rel:
        d.line("代理人：当事人系初次违法，且及时改正，请求依法减轻处罚。")
    else:
        d.line("代理人：本案证据不足以证明当事人具有营利目的，请依法不予处罚。")
    d.line("主持人：听证结束。请当事人核对笔录后签字。")
    d.blank()
    d.line("当事人（签名）：", N(p.name))
    if rel:
        d.line("委托代理人（签名）：", N(rel), f"    {dstr(w.date(got, 40))}")
    d.line(f"主持人：{host}    听证员：{member}    记录员：{clerk}")


def peichang(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = org_for(w, rng.choice(("police", "police", "nat", "market")))
    p = w.person()
    got = w.date()
    d.running = f"{org}国家赔偿"
    if sub == "decision":
        d.line(org)
        d.line("行政赔偿决定书")
        d.line(
            f"{w.cshort()}{rng.choice(('公', '自然资', '市监'))}赔决字〔{w.year}〕第{rng.randint(1, 20)}号"
        )
        d.blank()
        applicant_block(w, d, p, "赔偿请求人")
        if rng.random() < 0.5:
            agent_block(w, d, p)
        d.para(
            f"赔偿义务机关：{org}，住所地{w.county.name}{rng.choice(w.r.roads)}{rng.randint(1, 200)}号。",
            indent=False,
        )
        d.para(f"法定代表人：{w.official()}，局长。", indent=False)
        d.para(
            "赔偿请求人",
            N(p.name),
            f"以{rng.choice(('违法扣押财产', '违法采取强制措施', '违法拘留'))}为由，于{dstr(got)}向本机关申请国家赔偿，"
            "本机关依法受理。现已审查终结。",
        )
        roll = rng.random()
        if roll < 0.45:
            inj = rng.choice(INJURY)
            facts: list[Piece] = [
                f"经审查查明：{dstr(got - dt.timedelta(days=rng.randint(60, 300)))}，{w.county.name}公安局"
                f"{rng.choice(w.county.towns)}派出所民警在处置纠纷时对赔偿请求人采取强制措施，致其",
                H(inj),
                f"，经{w.r.city[:2]}市人民医院住院治疗{rng.randint(7, 40)}天。",
            ]
            if rng.random() < 0.6:
                facts += ["经司法鉴定，构成", H(rng.choice(GRADES)), "。"]
            d.para(*facts)
        elif roll < 0.8:
            pl = w.plate()
            d.para(
                f"经审查查明：{dstr(got - dt.timedelta(days=rng.randint(60, 300)))}，本机关在执法检查中扣押了赔偿请求人所有的",
                (pl, "license_plate"),
                "号小型轿车，扣押期限届满后未及时返还，致车辆停放期间损坏。",
            )
        else:
            hk = rng.random() < 0.5
            pp = w.hk_permit() if hk else w.passport()
            d.para(
                f"经审查查明：本机关在办理案件过程中扣押了赔偿请求人的{'往来港澳通行证' if hk else '护照'}（号码：",
                (pp, "hk_macau_permit" if hk else "passport"),
                "），超过法定期限未予返还，致其未能按期出境务工，造成误工损失。",
            )
        amount = rng.randint(3000, 180000)
        d.para(
            f"本机关认为，赔偿请求人的部分请求符合《中华人民共和国国家赔偿法》第三条、第四条的规定。依照该法第三十四条、"
            f"第三十六条的规定，决定如下：赔偿赔偿请求人各项损失共计人民币{amount:,}.{rng.randint(0, 99):02d}元。"
        )
        card, bank = w.card()
        d.para(
            "赔偿金自本决定生效之日起按规定支付至赔偿请求人指定账户：户名",
            N(p.name),
            f"，开户行{bank}{w.county.name}支行，账号",
            (w.fmt_card(card), "bank_card"),
            "。",
        )
        d.para(
            f"赔偿请求人如对本决定不服，可以自收到本决定书之日起三个月内向{w.county.name}人民法院提起诉讼。"
        )
        sign_off(d, org, w.date(got, 60))
        return
    kind = rng.choice(("受理案件通知书", "不予受理案件通知书", "补正材料通知书"))
    d.line(org)
    d.line(f"国家赔偿{kind}")
    d.line(
        f"{w.cshort()}{rng.choice(('公', '自然资'))}赔{'受' if kind.startswith('受') else '不受' if kind.startswith('不') else '补'}字〔{w.year}〕第{rng.randint(1, 20)}号"
    )
    d.blank()
    d.line(N(p.name), "：")
    d.para(f"你于{dstr(got)}提出的国家赔偿申请收悉。")
    if kind.startswith("受"):
        d.para(
            "经审查，你的申请符合《中华人民共和国国家赔偿法》规定的受理条件，本机关决定受理，将自收到申请之日起两个月内作出"
            "是否赔偿的决定。"
        )
    elif kind.startswith("不"):
        d.para(
            "经审查，你申请赔偿的事项不属于本机关行使职权造成的损害，根据《中华人民共和国国家赔偿法》的规定，本机关不予受理。"
        )
    else:
        d.para(
            "经审查，你提交的申请材料不齐全，请在收到本通知书之日起五日内补正下列材料：赔偿请求人身份证明、损害事实证明、"
            + rng.choice(("医疗费用票据及诊断证明", "车辆维修票据", "误工证明"))
            + "。"
        )
        if rng.random() < 0.5:
            d.para("你在申请书中所述", H(rng.choice(INJURY)), "，请一并提供医疗机构出具的诊断证明。")
    sign_off(d, org, w.date(got, 5))
    d.blank()
    d.line("送达地址：", A(p.addr(w)), "  收件人：", N(p.name), "  电话：", mob(w, p))


def xinfang(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = org_for(w, rng.choice(("xf", "town", "civil", "house", "nat")))
    p = w.person(30, 85)
    got = w.date()
    no = rng.choice((w.order_no(), f"{w.cshort()}信{got:%Y%m%d}{rng.randint(1, 999):03d}"))
    issue_health = rng.random() < 0.35
    issue = rng.choice(
        (
            f"{rng.choice(w.r.villages)}土地征收补偿款分配",
            "宅基地审批",
            f"{rng.choice(w.county.towns)}低保资格被取消",
            "工程款拖欠",
            f"{rng.choice(w.r.villages)}道路硬化施工占用承包地",
        )
    )
    d.running = f"{org}信访事项"
    if sub in ("accept", "reject"):
        title = "信访事项受理告知书" if sub == "accept" else "信访事项不予受理告知书"
        d.line(org)
        d.line(title)
        d.line(w.wenhao("信受" if sub == "accept" else "信不受"))
        d.blank()
        d.line(N(p.name), rng.choice(("：", "同志：")))
        segs: list[Piece] = [
            f"你于{dstr(got)}通过{rng.choice(('来信', '来访', '网上信访', '12345热线转办', '人民网留言'))}反映{issue}的问题"
        ]
        if issue_health:
            segs += ["，称本人患有", H(rng.choice(ILLNESS + DISAB)), "，家庭生活困难，请求给予救助"]
        segs.append(f"（信访件编号：{no}），本机关已收悉。")
        d.para(*segs)
        if sub == "accept":
            d.para(
                "经审查，该事项属于本机关职责范围，根据《信访工作条例》第二十四条的规定，本机关决定予以受理，"
                "并将自受理之日起60日内办结，书面答复你办理意见。"
            )
        else:
            d.para(
                rng.choice(
                    (
                        "经审查，你反映的事项已经或者依法应当通过诉讼、仲裁、行政复议等法定途径解决，根据《信访工作条例》第三十一条的规定，"
                        "本机关不予受理，请你依照有关法律、行政法规规定的程序向有关机关提出。",
                        "经审查，你反映的事项已经复查复核终结，你以同一事实和理由提出信访诉求，本机关不再受理。",
                    )
                )
            )
        sign_off(d, org, w.date(got, 15))
        if rng.random() < 0.6:
            d.line(
                "送达地址：",
                A(p.addr(w)),
                "  联系电话：",
                (w.landline(), "landline") if rng.random() < 0.3 else mob(w, p),
            )
            if rng.random() < 0.3:
                d.line("电子邮箱：", (p.email, "email"))
        contact_line(d, w)
        return
    # opinion
    d.line(org)
    d.line("信访事项处理意见书")
    d.line(w.wenhao("信处"))
    d.blank()
    joint = rng.random() < 0.4
    if joint:
        others = [w.person(30, 80) for _ in range(rng.randint(2, 4))]
        total = len(others) + 1 + rng.randint(0, 20)
        segs = ["信访人：", N(p.name)]
        for o in others:
            segs += ["、", N(o.name)]
        segs.append(f"等{total}人" if total > len(others) + 1 else "")
        d.line(*segs)
        d.line("信访代表：", N(p.name), "，住", A(p.addr(w)), "，联系电话", mob(w, p))
    else:
        applicant_block(w, d, p, "信访人")
    d.para(
        f"信访人于{dstr(got)}反映{issue}的问题，本机关于{dstr(w.date(got, 5))}受理。现将处理意见告知如下："
    )
    if issue_health:
        d.para(
            "经调查核实，信访人",
            N(p.name),
            "患",
            H(rng.choice(ILLNESS)),
            "，"
            + rng.choice(
                (
                    "已纳入城乡居民医疗保险大病保险保障范围，",
                    f"{w.year - 1}年住院费用经基本医保、大病保险和医疗救助报销后个人自付部分较高，",
                )
            )
            + "符合临时救助条件。",
        )
    if rng.random() < 0.45 and p.birth.year < 1975:
        old = p.birth
        d.para(
            f"经查阅档案，{rng.randint(1990, 1998)}年签订的安置协议载明被安置人为",
            N(p.name),
            "，身份证号码",
            (w.id15(p.county, old, p.sex), "id_card_15"),
            "，协议约定的补偿款已于当年足额发放。",
        )
    d.para(
        "经调查核实："
        + rng.choice(
            (
                "信访人反映的补偿款分配方案经村民代表大会讨论通过，程序合法，分配结果已张榜公示。",
                "施工单位确有临时占用承包地的情况，现已责令其恢复原状并按标准补偿青苗费。",
                "信访人家庭人均收入高于当地最低生活保障标准，取消其低保资格符合规定。",
            )
        )
    )
    d.para(
        f"如对本处理意见不服，可以自收到本意见书之日起30日内向{w.county.name}人民政府信访局或者{w.r.city}相关部门请求复查。"
    )
    sign_off(d, org, w.date(got, 55))
    contact_line(d, w)


def tousu(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = org_for(w, "market")
    p = w.person(20, 70)
    got = w.date()
    merchant = w.official()
    surname = merchant[0] if len(merchant) <= 3 else rng.choice(SURNAMES[w.r.style])
    shop = rng.choice(
        (
            f"老{surname}家牛肉面馆",
            f"{w.county.name}{surname}记副食店",
            f"{w.county.name}{surname}氏手机维修部",
            f"{w.r.city[:2]}{rng.choice(('惠民', '百佳', '旺旺'))}超市有限公司",
        )
    )
    shop_addr = f"{w.county.name}{rng.choice(w.r.roads)}{rng.randint(1, 300)}号"
    d.running = f"{org}投诉举报"
    if sub == "consumer":
        d.line(org)
        d.line("投诉处理结果告知书")
        d.line(w.wenhao("市监投告"))
        d.blank()
        d.line(N(p.name), "：")
        segs: list[Piece] = [
            f"你于{dstr(got)}通过{rng.choice(('全国12315平台', '12345热线', '来电', '来信'))}投诉{shop}"
            f"（统一社会信用代码：{w.cc('92' if '有限公司' not in shop else '91')}，经营者：{merchant}，"
            f"经营场所：{shop_addr}）"
        ]
        health = rng.random() < 0.45
        if health:
            segs += [
                "，称你在该店就餐后出现呕吐、腹泻症状，经",
                f"{w.county.name}人民医院诊断为",
                H(rng.choice(GI)),
                "，要求赔偿医疗费用",
            ]
        else:
            segs += [f"销售的商品存在质量问题（订单号：{w.order_no()}），要求退货退款"]
        segs.append(f"。本局于{dstr(w.date(got, 5))}受理。")
        d.para(*segs)
        d.para(
            rng.choice(
                (
                    "经本局组织调解，双方自愿达成调解协议：被投诉人一次性补偿投诉人人民币"
                    + f"{rng.randint(200, 3000)}元，投诉人放弃其他诉求。",
                    "经本局组织调解，双方未能达成一致意见，本局决定终止调解。你可以依法向人民法院提起民事诉讼。",
                    "经现场检查，未发现被投诉人存在违法行为。",
                )
            )
        )
        sign_off(d, org, w.date(got, 40))
        if rng.random() < 0.6:
            d.blank()
            d.form(
                [("投诉人", N(p.name)), ("联系电话", mob(w, p)), ("联系地址", A(p.addr(w)))],
                layout=rng.choice(("one", "two")),
            )
        d.line(f"监督电话：12315    {w.office_phone()}")
        return
    if sub == "hotline":
        anon = rng.random() < 0.25
        d.line(f"{w.county.name}12345政务服务便民热线工单办理情况反馈")
        d.blank()
        caller: Piece = N(p.name) if not anon else p.name[0] + ("女士" if p.sex == "女" else "先生")
        pairs: list[tuple[str, Piece | list[Piece]]] = [
            ("工单编号", f"{w.year}{rng.randint(10**9, 10**10 - 1)}"),
            ("来电时间", f"{got:%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"),
            ("来电人", caller),
            (
                "来电号码",
                (mob(w, p) if rng.random() < 0.75 else (w.landline(), "landline"))
                if not anon
                else w.mask_mobile(p.mobile),
            ),
        ]
        if not anon and rng.random() < 0.6:
            pairs.append(("联系地址", A(p.addr(w))))
        pairs += [
            ("诉求类型", rng.choice(("投诉", "举报", "求助", "咨询"))),
            ("承办单位", org),
        ]
        d.form(pairs)
        d.para(
            "诉求内容：",
            "来电人反映"
            + rng.choice(
                (
                    f"{shop}（{shop_addr}）占道经营，油烟扰民。",
                    f"在{shop}购买的电动车电池鼓包，商家拒绝退换。",
                    f"{shop}销售过期食品，本人已保留小票。",
                )
            ),
            indent=False,
        )
        if not anon and rng.random() < 0.4:
            d.para(
                "来电人称其",
                H(rng.choice(ILLNESS)),
                "，行动不便，希望工作人员电话联系，不要上门。",
                indent=False,
            )
        d.para(
            f"办理结果：经执法人员{w.official()}、{w.official()}于{dstr(w.date(got, 3))}现场核查，"
            + rng.choice(
                ("情况属实，已责令整改。", "未发现来电人反映的问题。", "已组织双方调解，商家同意退货。")
            ),
            indent=False,
        )
        d.line(f"回访情况：{rng.choice(('满意', '基本满意', '不满意', '未接通'))}")
        return
    # reward
    d.running = "举报奖励"
    if rng.random() < 0.5:
        d.line(org)
        d.line("举报奖励领取通知书")
        d.line(w.wenhao("市监奖"))
        d.blank()
        d.line(N(p.name), "：")
        d.para(
            f"你于{dstr(got)}举报{shop}{rng.choice(('销售假冒注册商标的商品', '销售未经检疫的肉品', '无证经营'))}一案，经查证属实，"
            f"本局已依法作出行政处罚。根据《市场监管领域重大违法行为举报奖励暂行办法》，决定给予你举报奖励人民币{rng.randint(2, 50) * 100}元。"
        )
        card, bank = w.card()
        d.para(
            "奖金将转入你提供的账户（户名：",
            N(p.name),
            f"，开户行：{bank}，账号：",
            (w.fmt_card(card), "bank_card"),
            "），请携带身份证原件（号码：",
            id_piece(w, p),
            "）于30日内到本局签字确认。逾期未领取的，视为放弃。",
        )
        d.para("本局将对举报人信息严格保密。")
        sign_off(d, org, w.date(got, 60))
        contact_line(d, w)
        return
    d.line(f"{org}{w.year}年第{rng.randint(1, 4)}批举报奖励发放表")
    rows: list[list[Piece | list[Piece]]] = []
    for i in range(rng.randint(3, 8)):
        q = w.person(20, 70)
        card, bank = w.card()
        rows.append(
            [
                str(i + 1),
                f"JB{w.year}-{rng.randint(1, 200):03d}",
                N(q.name),
                id_piece(w, q),
                bank,
                (w.fmt_card(card), "bank_card"),
                f"{rng.randint(2, 50) * 100}.00",
                w.wenhao("市监罚"),
            ]
        )
    d.table(
        [
            "序号",
            "举报人编号",
            "举报人姓名",
            "身份证号码",
            "开户银行",
            "银行账号",
            "奖励金额（元）",
            "处罚决定书文号",
        ],
        rows,
    )
    d.line(f"经办人：{w.official()}    审核：{w.official()}    （内部资料 注意保密）")


# ---------------------------------------------------------------------------------------------------- main

FAMILIES: dict[str, tuple[object, tuple[str, ...]]] = {
    "ysq": (ysq, ("form", "notice", "thirdparty", "ledger")),
    "fuyi": (fuyi, ("decision", "accept", "ledger")),
    "susong": (susong, ("answer", "ledger")),
    "tingzheng": (tingzheng, ("notice", "record")),
    "peichang": (peichang, ("decision", "accept")),
    "xinfang": (xinfang, ("accept", "reject", "opinion")),
    "tousu": (tousu, ("consumer", "hotline", "reward")),
}

_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
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
        if k == "id_card":
            assert id_valid(t), t
        elif k == "bank_card":
            digits = t.replace(" ", "")
            assert 16 <= len(digits) <= 19 and luhn_ok(digits), t
            assert digits.startswith(("62", "4", "5")), t
            assert not id_valid(digits) and not cc_valid(digits), t
        elif k == "mobile":
            digits = re.sub(r"\D", "", t)
            if len(digits) == 13:
                assert digits.startswith("86"), t
                digits = digits[2:]
            assert re.fullmatch(r"1[3-9]\d{9}", digits), t
        elif k == "id_card_15":
            assert re.fullmatch(r"\d{15}", t), t
            assert t[:6] in ALL_CODES, t
            dt.date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
        elif k == "address":
            assert "\n" not in t or "\n" in t.strip(), t
            assert re.search(r"[号组社屯室\d]$", t), t
        elif k == "passport":
            assert re.fullmatch(r"E[0-9A-HJ-NP-Z]\d{7}", t), t
        elif k == "hk_macau_permit":
            assert re.fullmatch(r"C[0-9A-HJ-NP-Z]\d{7}", t), t
        elif k == "tw_permit":
            assert re.fullmatch(r"L?\d{8}", t), t
    for sp in spans:
        if sp["kind"] == "name":
            n = re.sub(r"[　 ]+", "", str(sp["text"]))
            for m in re.finditer(re.escape(n), text):
                if not all(covered[m.start() : m.end()]):
                    return False  # a labelled person's name also stands unlabelled (an official's, a shop's)
    for rx, ok in ((_ID_RE, id_valid), (_MOB_RE, lambda s: True), (_CARD_RE, luhn_ok)):
        for m in rx.finditer(text):
            if not any(covered[m.start() : m.end()]) and ok(m.group()):
                return False
    return True


def make_doc(seed: int, i: int, family: str | None = None) -> dict[str, object]:
    for attempt in range(50):
        rng = random.Random(f"h28-{seed}-{i}-{attempt}")
        fam = family or list(FAMILIES)[i % len(FAMILIES)]
        fn, subs = FAMILIES[fam]
        sub = rng.choice(subs)
        pdf = rng.random() < 0.25
        w = World(rng, rng.choice(REGIONS))
        d = Doc(rng, pdf)
        fn(w, d, sub)  # type: ignore[operator]
        d.fix_spans()
        text = d.text()
        if check(text, d.spans):
            return {"type": f"{fam}.{sub}{'.pdf' if pdf else ''}", "text": text, "spans": d.spans}
    raise AssertionError("could not draw a clean document")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=113)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    args = ap.parse_args(argv)
    if args.decisions:
        for k, s in enumerate(DECISIONS, 1):
            sys.stdout.write(f"{k}. {s}\n")
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
        out = ["spans per kind:"]
        out += [f"  {kind:16} {cnt}" for kind, cnt in kinds.most_common()]
        out.append("docs per family:")
        out += [f"  {fam:16} {cnt}" for fam, cnt in sorted(fams.items())]
        out.append(f"pdf-like docs: {sum(n for t, n in types.items() if t.endswith('.pdf'))}")
        sys.stderr.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
