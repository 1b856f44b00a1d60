#!/usr/bin/env python3
# ruff: noqa: E501
"""holdout34.py -- blind, labelled evaluation set for the PII detector (holdout 34, default seed 151).

What it is
    A standalone generator (standard library only) of synthetic but realistic Chinese county / township
    government-disclosure (政务公开) documents with gold PII spans. It was written without looking at the
    detector, its tests or the other benchmark sets, so its score is a first-contact measure of how the
    detector generalises.

How to run
    python holdout34.py --docs 400 --seed 151 -o out.jsonl            # write the set
    python holdout34.py --docs 400 --seed 151 -o out.jsonl --stats    # + span counts per kind / family on stderr
    python holdout34.py --decisions                                    # the numbered labelling decisions
    The same --docs/--seed give byte-identical output: document i is drawn from its own
    random.Random(f"{seed}:{i}:{attempt}"); attempt goes up only when a self-check fails. No hash(), set
    iteration, time or global random is used.

Output format (JSON Lines, one document per line)
    {"type": "family.subkind" or "family.subkind.pdf", "text": "...",
     "spans": [{"kind": ..., "start": ..., "end": ..., "text": ...}, ...]}
    Offsets are Python str indices; text[start:end] == span text; spans are sorted and do not overlap.
    Kinds: id_card, id_card_15, mobile, landline, bank_card, email, passport, hk_macau_permit, tw_permit,
    license_plate, address, name, health.

Regions (real 6-digit codes, area codes, plate prefixes, postcodes; towns are real, villages partly invented)
    宁夏 吴忠 利通区 640302 (weighted heaviest), 同心县 640324, 固原 原州区 640402; 新疆 喀什市 653101, 和田市 653201,
    伊宁市 654002; 西藏 拉萨 城关区 540102, 日喀则 桑珠孜区 540202; 四川 凉山 昭觉县 513431, 布拖县 513429; 广西 靖西市
    451081, 田东县 451022, 都安瑶族自治县 451228; 内蒙古 科尔沁右翼前旗 152221, 锡林浩特市 152502; 河南 固始县
    411525; 山东 曹县 371721; 甘肃 广河县 622924; 江苏 沭阳县 321322; 浙江 义乌市 330782; 湖南 浏阳市 430181.
    港澳台居民居住证 codes 810000/820000/830000 are also valid id_card region codes.
    Naming styles: Han (incl. compound surnames 欧阳, 司马, 上官 ...), Hui, Uyghur "given·father", Tibetan
    (no surname), Yi four-character clan + given, Zhuang surnames, Mongolian (no surname or 包/白/韩 + name).
    Migrants, spouses and tenants come from other regions with their home codes.

Families (family = index mod 8) and sub-kinds (sub-kind = (index // 8) mod 3)
    1 legal_aid   ledger (受援人案件登记台账) | decision (给予/不予法律援助决定书, 指派通知书) | closure (结案公示, table or case prose)
    2 correction  report_notice (社区矫正报到通知, 责令社区戒毒决定书, 刑满释放衔接通知) | ledger (安置帮教 / 社区戒毒康复台账)
                  | release (解除社区矫正证明书/宣告书, 解除社区戒毒, 保证人责任解除)
    3 migrant     residence_permit (居住证名单, 港澳台居民居住证领取, 、-list notice) | points_hukou (积分落户公示:
                  applicant + spouse + children) | rental (租房/出租屋登记表 or 台账)
    4 traffic     license_revoke (驾驶证注销/吊销公告, 公告送达书) | unprocessed_vehicles (交通违法未处理车辆公告)
                  | accident_mediation (事故损害赔偿调解书)
    5 education   teacher_cert (教师资格认定公示, incl. 港澳台 applicants) | enrolment (入学登记/学位审核结果, 告知书)
                  | transfer (转学申请/审批表)
    6 housing     owners_vote (业主大会表决统计, 物业纠纷调解通报) | safety_notice (房屋安全鉴定结果告知书)
                  | rural_build (农村宅基地和建房审批公示 with 四至, optional 村民小组会议记录)
    7 market      deregister (个体工商户注销/吊销公告, 吊销决定书) | complaint (投诉调解结果公示) | sampling (抽检不合格通告)
    8 hrss        skill_subsidy (职业技能补贴申领公示 with 社保卡账号) | training_list (失业人员培训名单)
                  | retirement (退休审批公示, 退休人员信息登记表)

Layouts
    Label-value forms (one or two fields a line, full-width or ASCII colon, spaced labels 姓　　名 / 姓  名),
    prose (letters, notices, decisions, case summaries, meeting minutes), tab tables, space-aligned tables,
    markdown pipe tables, HTML <table>, CSV with quotes, one cell per line (a Word table pasted as text),
    numbered lists (1. / 1、/ （1）, with or without labels), 、-separated name lists. About 25% of documents
    are ".pdf" (PDF/Word text extraction): prose hard-wrapped at 28-40 characters (only an address span may
    contain an inserted line break; other spans move whole to the next line), tables as space-aligned / tab /
    one-cell-per-line with two-character names spaced by U+3000 (span covers the space), page numbers
    ("- 2 -") and the running title repeated between table rows, sometimes with the header row again.

Near-misses (present, never labelled)
    GB 32100-valid 统一社会信用代码 (92 个体户, 91 companies, 52 private schools, 11 agencies in 索引号), 文号, 索引号,
    court case numbers, 受理编号, 档案编号, 证书编号, 不动产权证号, 报告编号, 就业失业登记证号, case/order numbers of
    16-19 digits that are Luhn valid but carry no issuer prefix, amounts, dates, birth dates, ages, postcodes,
    office landlines and hotlines (12345, 12348, 12315, 12333, 122 ...), gov.cn mailboxes, companies' service
    mailboxes, masked values (138****5678, 6403**********123X, 马*梅, 王某, 6228 48** **** 1234, 宁C·3**56),
    surname + 先生/女士, officials and staff in their public role, lawyers assigned to cases, addresses of
    agencies, shops (经营场所), companies and public-works sites, coarse 户籍地, place names containing surnames
    (马家湖村, 王团镇, 张家塬乡, 张王家村).

Self-checks (per document; a failing draw is redrawn with the next attempt number)
    text[start:end] == span text; spans sorted, non-overlapping, non-empty, no edge whitespace, no newline
    except inside an address; every id_card has a valid checksum, real date and listed region code; every
    id_card_15 has a real date; every bank_card is 16-19 digits, Luhn valid, with a listed issuer prefix;
    every span of a number kind matches its format; with all labelled spans masked, no remaining substring
    looks like a mobile, a checksum-valid 18-digit ID with a real date, a 15-digit ID with a real date, or a
    Luhn-valid 16-19 digit (or space-grouped) card starting with 62 / a listed prefix; and a labelled name
    (also with its U+3000 spacing removed) never occurs outside a labelled span.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

# ---------------------------------------------------------------------------
# Labelling decisions
# ---------------------------------------------------------------------------

DECISIONS: list[str] = [
    "Private natural persons are labelled: legal-aid applicants and their opposing natural-person parties, agents who are relatives, community-correction / resettlement / drug-rehabilitation subjects, their relatives and guarantors, migrants, spouses and children, landlords and tenants, drivers, vehicle owners, accident parties and their relatives, teacher-qualification applicants, pupils and guardians, home owners (including 业主委员会 members, who are owners, not officials), rural house-building applicants and the neighbours named in 四至, 个体工商户 operators, complainants, trainees, subsidy claimants and retirees.",
    "Not labelled (public or professional role): civil servants, judges, police officers, 司法所/社区矫正 staff, village and community cadres acting as such (including a cadre named as 帮教责任人 or 包村干部), mediators, case-handling lawyers and 法律援助 staff named as 承办人/指派律师, teachers and principals signing school opinions, 鉴定 engineers, inspectors, contact persons of an office, persons who sign a notice for an agency, 负责人 of insurers and companies, training-school 班主任 and contacts.",
    "A name is labelled wherever it occurs in full (tables, prose, signature lines, 、-lists, 四至 descriptions). Each private person's name is labelled at every full occurrence; a private person never shares a name with an official in the same document.",
    "Two-character names in PDF tables are spaced with U+3000 (吴　英); the span covers both characters and the space. Uyghur names are written given·father with a middle dot; the span covers the whole written name including the dot (masked forms such as 米娜**·吐** are not labelled). Tibetan, Mongolian and Yi names without a surname are labelled as written.",
    "Masked values are never labelled: 马*梅, 马某, 马某某, 138****5678, 6403**********123X, 6228 48** **** 1234. Surname + 先生/女士/老人/师傅 is not labelled.",
    "id_card: an 18-digit 公民身份号码 with valid GB 11643 checksum, real date and listed region code. A 驾驶证号 or 社会保障号码 printed as the 18-digit number is labelled id_card. The 18 digits inside a 全国学籍号 (G + ID) are labelled id_card without the G. 港澳台居民居住证 numbers (810000/820000/830000 + date + check) are labelled id_card.",
    "id_card_15: a first-generation 15-digit number (region code + YYMMDD + sequence), e.g. 原身份证号 in retirement and licence records.",
    "mobile: a mainland mobile number; the span covers a +86 / 86- prefix and internal spaces or dashes. Mobile numbers of officials never occur (offices give landlines or hotlines).",
    "landline: only a private person's fixed line (家庭电话, 固定电话 of an applicant, landlord or relative), span = area code incl. brackets + number. Office numbers, hotlines (12345, 12348, 12315, 12333, 12368, 122), 咨询电话 and 监督电话 are not labelled.",
    "bank_card: a private person's card / 社保卡金融账号 (16-19 digits, Luhn valid, issuer prefix listed in BANKS), plain or space-grouped; the span covers the grouping spaces. Agencies' or companies' accounts are not printed as card numbers; case numbers, 单号 and 缴款码 are near-misses even when Luhn valid, because they carry no issuer prefix.",
    "email: private mailboxes (163, 126, qq, sina, foxmail, 139, outlook ...) are labelled; gov.cn mailboxes and companies' service mailboxes (kefu@, service@, wuye@ a company domain) are not.",
    "passport: Chinese ordinary passports E+8 digits, E+letter+7 digits, G+8 digits. hk_macau_permit: 往来港澳通行证 C+8 / C+letter+7 / W+8 and 港澳居民来往内地通行证 H/M+8 (+2). tw_permit: 台湾居民来往大陆通行证 (8 digits) and 大陆居民往来台湾通行证 (L+8). Labelled whenever they belong to a private person.",
    "license_plate: every full plate is labelled (province character + letter + 5 or 6 characters, with or without · or a space; the span covers the separator). Masked plates (宁C·3**56) are not labelled.",
    "address: a private person's home, residence, rented house, 房产 or 宅基地 / plot address that goes down to 组/社/屯/嘎查…组/号/栋/幢/单元/室; one span from the first written place token (province, city, county or township as written) to the last unit. A 房号 written with units inside a named 小区 is an address. Coarse places (户籍地：甘肃省广河县, a village named alone) are not labelled.",
    "Not addresses: agencies, courts, schools, hospitals, shops and 经营场所 of 个体工商户, markets, companies, 违法地点 on roads, public-works and project sites, 抽检 locations, meeting places.",
    "health: a diagnosis, injury, disability with grade, or drug dependence diagnosis about an identifiable private person; span = the term (肢体残疾二级, 右胫腓骨骨折, 甲基苯丙胺依赖, 孤独症谱系障碍, 尘肺病二期). Generic words (残疾人, 体检不合格, 身体条件不适合驾驶, 因病, 完全丧失劳动能力, 社区戒毒人员) are not labelled.",
    "Near-misses left unlabelled: 统一社会信用代码 (GB 32100 valid), 文号, 索引号, 案号, 受理编号, 档案编号, 事故认定书编号, 证书编号, 不动产权证号, 报告编号, order/ticket numbers (some 16-19 digits and Luhn valid without a bank prefix), amounts, dates, birth dates, ages, postcodes, scores, areas, office landlines and hotlines, gov.cn mailboxes, agency/shop/company addresses, place names containing surnames (马家湖村, 王团镇, 张家塬乡).",
    "Birth dates and 出生年月 are not labelled even next to a name; an ethnic group or gender is not labelled.",
    "Shop / trade names (利通区马记牛肉拉面馆) are not labelled even when they contain a surname; trade names never contain an operator's full name.",
    "Opposing parties that are companies, insurers or employers are not labelled; opposing parties that are natural persons are.",
    "Meeting minutes: the 村民小组长 and 包村干部 (recorder) are cadres and not labelled; villagers attending or speaking are labelled. 计票人/监票人 from the 社区居委会 or 街道 are staff and not labelled; an owner's relative who votes on the owner's behalf (委托…代为投票) is labelled.",
    "A name followed by 户, 宅, 家长, 同志 or a bracketed relation (马学军宅, 王丽（妻）) is labelled without the suffix. Deceased persons (注销原因：驾驶人死亡) are still labelled.",
    "A 港澳台 driver's 驾驶证号 is the permit number and is labelled with the permit kind (hk_macau_permit / tw_permit); a licence number that is an old 15-digit number is id_card_15.",
    "Emergency contacts, 接回人, 代理申请人, 法定代理人 and 委托代理人 who are relatives are private persons and are labelled with their phones.",
    "In PDF-style documents prose is hard-wrapped at 28-40 characters; a line break may fall inside an address span (the span then contains the newline) but never inside any other span, which moves whole to the next line.",
]

# ---------------------------------------------------------------------------
# Check digits
# ---------------------------------------------------------------------------

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def id_check_char(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError("unreachable")


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc(rng: random.Random, prefix2: str, code6: str) -> str:
    """A GB 32100 统一社会信用代码 whose 主体标识码 carries a GB 11714 check."""
    if prefix2 in ("91", "92", "93") and rng.random() < 0.8:
        body = "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, ORG_W, strict=True)) % 11
    ch9 = "X" if c9 == 10 else "0" if c9 == 11 else str(c9)
    first17 = prefix2 + code6 + body + ch9
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W, strict=True))
    return first17 + USCC_CHARS[(31 - total % 31) % 31]


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


# ---------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    code: str
    province: str
    prov_short: str
    city: str
    county: str
    area: str
    plate: str
    postcode: str
    styles: tuple[tuple[str, int], ...]
    towns: tuple[str, ...]
    villages: tuple[str, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]
    unit: str  # rural smallest unit: 组 / 社 / 屯 / 嘎查组
    abbr: str  # 文号 abbreviation
    weight: int = 4


REGIONS: tuple[Region, ...] = (
    Region(
        "640302",
        "宁夏回族自治区",
        "宁夏",
        "吴忠市",
        "利通区",
        "0953",
        "宁C",
        "751100",
        (("han", 55), ("hui", 45)),
        (
            "金积镇",
            "金银滩镇",
            "高闸镇",
            "扁担沟镇",
            "上桥镇",
            "古城镇",
            "东塔寺乡",
            "板桥乡",
            "马莲渠乡",
            "郭家桥乡",
            "金星镇",
        ),
        (
            "秦渠村",
            "田桥村",
            "关渠村",
            "早元村",
            "涝河桥村",
            "巴浪湖村",
            "马家湖村",
            "杨马湖村",
            "罗家湖村",
            "塔湾村",
            "牛家坊村",
            "中庄村",
            "孙家滩村",
            "石佛寺村",
            "清水沟村",
            "西门村",
        ),
        (
            "明珠路",
            "利宁街",
            "开元大道",
            "世纪大道",
            "文卫路",
            "朝阳街",
            "裕民街",
            "新华街",
            "古城路",
            "双拥路",
        ),
        (
            "明珠花园",
            "世纪花城",
            "利宁嘉园",
            "朝阳小区",
            "富康家园",
            "金水湾小区",
            "东方花园",
            "塞上江南小区",
            "御景湾",
        ),
        "组",
        "吴利",
        24,
    ),
    Region(
        "640324",
        "宁夏回族自治区",
        "宁夏",
        "吴忠市",
        "同心县",
        "0953",
        "宁C",
        "751300",
        (("hui", 70), ("han", 30)),
        (
            "豫海镇",
            "河西镇",
            "丁塘镇",
            "韦州镇",
            "下马关镇",
            "预旺镇",
            "王团镇",
            "田老庄乡",
            "马高庄乡",
            "张家塬乡",
        ),
        ("旱天岭村", "南关村", "沟滩村", "王家团庄村", "新庄集村", "羊路村", "马家河湾村", "杨家堡村"),
        ("长征路", "同德街", "豫海路", "清真街"),
        ("豫海花园", "同心家园", "丽水湾小区"),
        "组",
        "同",
        4,
    ),
    Region(
        "640402",
        "宁夏回族自治区",
        "宁夏",
        "固原市",
        "原州区",
        "0954",
        "宁D",
        "756000",
        (("han", 60), ("hui", 40)),
        ("三营镇", "官厅镇", "开城镇", "张易镇", "彭堡镇", "头营镇", "黄铎堡镇", "中河乡"),
        ("大堡村", "马场村", "双井村", "冯庄村", "吴磨村", "红庄村", "闫堡村"),
        ("文化街", "政府街", "六盘山路", "西关街"),
        ("福宁小区", "六盘山花园", "锦绣园"),
        "组",
        "原",
        3,
    ),
    Region(
        "653101",
        "新疆维吾尔自治区",
        "新疆",
        "喀什地区",
        "喀什市",
        "0998",
        "新Q",
        "844000",
        (("uyghur", 85), ("han", 15)),
        (
            "浩罕乡",
            "色满乡",
            "荒地乡",
            "多来特巴格乡",
            "夏马勒巴格镇",
            "乃则尔巴格镇",
            "伯什克然木乡",
            "恰萨街道",
            "亚瓦格街道",
        ),
        ("阿瓦提村", "托万克村", "英买里村", "喀拉墩村", "尤喀克吾斯塘村", "阿亚格村", "博斯坦村"),
        ("人民东路", "解放北路", "克孜都维路", "色满路", "世纪大道"),
        ("东城小区", "远方花园", "天山花园"),
        "组",
        "喀",
        4,
    ),
    Region(
        "653201",
        "新疆维吾尔自治区",
        "新疆",
        "和田地区",
        "和田市",
        "0903",
        "新R",
        "848000",
        (("uyghur", 90), ("han", 10)),
        ("拉斯奎镇", "玉龙喀什镇", "吉亚乡", "肖尔巴格乡", "古江巴格街道", "伊里其乡"),
        ("巴格其村", "艾提卡村", "阿恰勒村", "喀什塔什村", "玉吉米勒克村"),
        ("北京西路", "乌鲁木齐南路", "团结路", "杭州大道"),
        ("玉都花园", "北京和田园", "金玉小区"),
        "组",
        "和",
        3,
    ),
    Region(
        "654002",
        "新疆维吾尔自治区",
        "新疆",
        "伊犁哈萨克自治州",
        "伊宁市",
        "0999",
        "新F",
        "835000",
        (("uyghur", 50), ("han", 40), ("hui", 10)),
        ("潘津镇", "英也尔镇", "巴彦岱镇", "达达木图镇", "塔什库勒克乡", "喀尔墩乡"),
        ("英买里村", "苏拉宫村", "克伯克于孜村", "吉里于孜村", "萨依布依村"),
        ("解放路", "新华西路", "斯大林街", "飞机场路"),
        ("伊犁河花园", "金三角小区", "阳光丽景"),
        "组",
        "伊",
        3,
    ),
    Region(
        "540102",
        "西藏自治区",
        "西藏",
        "拉萨市",
        "城关区",
        "0891",
        "藏A",
        "850000",
        (("tibetan", 80), ("han", 20)),
        ("蔡公堂乡", "娘热乡", "夺底乡", "八廓街道", "吉日街道", "扎细街道", "公德林街道"),
        ("维巴村", "洛欧村", "次角林村", "白定村", "藏热村", "加木村"),
        ("北京中路", "娘热路", "金珠西路", "江苏路", "林廓北路"),
        ("仙足岛小区", "藏热小区", "江苏花园", "太阳岛小区"),
        "组",
        "城",
        4,
    ),
    Region(
        "540202",
        "西藏自治区",
        "西藏",
        "日喀则市",
        "桑珠孜区",
        "0892",
        "藏D",
        "857000",
        (("tibetan", 90), ("han", 10)),
        ("年木乡", "东嘎乡", "聂日雄乡", "甲措雄乡", "江当乡", "城北街道", "城南街道"),
        ("曲美村", "夏鲁村", "帕热村", "嘎东村", "扎西宗村"),
        ("上海中路", "珠峰路", "青岛路", "雅江路"),
        ("德勒小区", "扎西吉彩小区", "珠峰花园"),
        "组",
        "桑",
        3,
    ),
    Region(
        "513431",
        "四川省",
        "四川",
        "凉山彝族自治州",
        "昭觉县",
        "0834",
        "川W",
        "616150",
        (("yi", 88), ("han", 12)),
        ("新城镇", "竹核镇", "四开乡", "解放沟镇", "比尔镇", "三岔河镇", "日哈乡", "地莫镇"),
        ("三河村", "吉普村", "阿并洛古村", "火普村", "好谷村", "洒拉地坡村", "拉里村"),
        ("南坪路", "新城路", "西街", "民主路"),
        ("沐恩邸社区", "南坪安置小区", "城北感恩社区"),
        "组",
        "昭",
        4,
    ),
    Region(
        "513429",
        "四川省",
        "四川",
        "凉山彝族自治州",
        "布拖县",
        "0834",
        "川W",
        "615350",
        (("yi", 90), ("han", 10)),
        ("特木里镇", "拖觉镇", "补尔乡", "乌科乡", "火烈乡", "龙潭镇"),
        ("吉联村", "依撒村", "瓦都村", "觉撒村", "拉达村"),
        ("阿都路", "火把路", "团结路"),
        ("特木里安置小区", "瓦都安置点小区"),
        "社",
        "布",
        2,
    ),
    Region(
        "451081",
        "广西壮族自治区",
        "广西",
        "百色市",
        "靖西市",
        "0776",
        "桂L",
        "533800",
        (("zhuang", 90), ("han", 10)),
        ("新靖镇", "化峒镇", "湖润镇", "安德镇", "龙临镇", "渠洋镇", "岳圩镇", "龙邦镇"),
        ("旧州村", "那坡村", "大录村", "岜蒙村", "弄关村", "同德村", "荣劳村"),
        ("城南路", "新兴路", "中山路", "锦绣路"),
        ("锦绣家园", "鹅泉小区", "城南华府"),
        "屯",
        "靖",
        4,
    ),
    Region(
        "451022",
        "广西壮族自治区",
        "广西",
        "百色市",
        "田东县",
        "0776",
        "桂L",
        "531500",
        (("zhuang", 80), ("han", 20)),
        ("平马镇", "祥周镇", "林逢镇", "思林镇", "印茶镇", "那拔镇"),
        ("百渡村", "中平村", "福星村", "那坡村", "东养村"),
        ("东宁路", "民族路", "华兴路"),
        ("东宁嘉园", "华兴小区"),
        "屯",
        "田",
        3,
    ),
    Region(
        "451228",
        "广西壮族自治区",
        "广西",
        "河池市",
        "都安瑶族自治县",
        "0778",
        "桂M",
        "530700",
        (("zhuang", 70), ("han", 30)),
        ("安阳镇", "高岭镇", "澄江镇", "地苏镇", "下坳镇", "保安乡"),
        ("加贵村", "弄排村", "八仙村", "下坳村", "拉烈村"),
        ("红渡路", "翠屏路", "民乐路"),
        ("翠屏小区", "安阳新城"),
        "屯",
        "都",
        2,
    ),
    Region(
        "152221",
        "内蒙古自治区",
        "内蒙古",
        "兴安盟",
        "科尔沁右翼前旗",
        "0482",
        "蒙F",
        "137400",
        (("mongol", 60), ("han", 40)),
        ("科尔沁镇", "索伦镇", "德伯斯镇", "俄体镇", "大石寨镇", "归流河镇", "察尔森镇", "巴日嘎斯台乡"),
        ("巴彦茫哈嘎查", "乌兰哈达嘎查", "敖包嘎查", "白音花嘎查", "永丰村", "平安村"),
        ("兴安南大街", "罕山路", "五一北路"),
        ("科右前旗福苑小区", "草原小区", "罕山花园"),
        "嘎查组",
        "科右前",
        3,
    ),
    Region(
        "152502",
        "内蒙古自治区",
        "内蒙古",
        "锡林郭勒盟",
        "锡林浩特市",
        "0479",
        "蒙H",
        "026000",
        (("mongol", 50), ("han", 50)),
        ("宝力根苏木", "朝克乌拉苏木", "阿尔善宝力格镇", "希日塔拉街道", "楚古兰街道"),
        ("巴彦宝拉格嘎查", "白音锡勒嘎查", "乌兰图嘎嘎查", "呼舒图嘎查"),
        ("锡林大街", "额尔敦路", "那达慕大街", "团结大街"),
        ("锡林花园", "金都嘉苑", "阳光绿城"),
        "嘎查组",
        "锡",
        3,
    ),
    Region(
        "411525",
        "河南省",
        "河南",
        "信阳市",
        "固始县",
        "0376",
        "豫S",
        "465200",
        (("han", 100),),
        (
            "番城街道",
            "秀水街道",
            "蓼城街道",
            "陈淋子镇",
            "黎集镇",
            "蒋集镇",
            "往流镇",
            "郭陆滩镇",
            "胡族铺镇",
            "方集镇",
            "三河尖镇",
            "张广庙镇",
        ),
        ("张老埠村", "王楼村", "李店村", "曹营村", "徐集村", "邓湾村", "周岗村"),
        ("红苏大道", "蓼北路", "中原路", "信合大道"),
        ("蓼城花园", "御景华府", "锦绣江南"),
        "组",
        "固",
        4,
    ),
    Region(
        "371721",
        "山东省",
        "山东",
        "菏泽市",
        "曹县",
        "0530",
        "鲁R",
        "274400",
        (("han", 100),),
        ("曹城街道", "倪集街道", "庄寨镇", "普连集镇", "青菏街道", "韩集镇", "王集镇", "大集镇", "魏湾镇"),
        ("丁楼村", "张庄村", "孙庄村", "刘堂村", "李集村", "胡庄村"),
        ("青年路", "珠江路", "曹州路", "五台山路"),
        ("曹州花园", "青荷苑", "泰和家园"),
        "组",
        "曹",
        3,
    ),
    Region(
        "622924",
        "甘肃省",
        "甘肃",
        "临夏回族自治州",
        "广河县",
        "0930",
        "甘N",
        "731300",
        (("hui", 60), ("han", 40)),
        ("城关镇", "三甲集镇", "祁家集镇", "庄窠集镇", "齐家镇", "买家巷镇"),
        ("南街村", "杨家村", "马家庄村", "胡家村", "三甲村", "张王家村"),
        ("西关街", "东乡路", "新华路"),
        ("广河家园", "三甲集新村小区"),
        "社",
        "广",
        3,
    ),
    Region(
        "321322",
        "江苏省",
        "江苏",
        "宿迁市",
        "沭阳县",
        "0527",
        "苏N",
        "223600",
        (("han", 100),),
        ("沭城街道", "南湖街道", "章集街道", "胡集镇", "韩山镇", "钱集镇", "庙头镇", "扎下镇"),
        ("杨圩村", "顾圩村", "周圈村", "王荡村", "徐庄村"),
        ("人民路", "沭河路", "北京路", "迎宾大道"),
        ("恒大名都", "沭河湾花园", "梦溪花园"),
        "组",
        "沭",
        3,
    ),
    Region(
        "330782",
        "浙江省",
        "浙江",
        "金华市",
        "义乌市",
        "0579",
        "浙G",
        "322000",
        (("han", 100),),
        ("稠城街道", "北苑街道", "稠江街道", "江东街道", "后宅街道", "佛堂镇", "苏溪镇", "上溪镇"),
        ("何宅村", "端头村", "塘李村", "倍磊村", "后宅村"),
        ("宾王路", "工人北路", "稠州北路", "江滨北路"),
        ("宾王小区", "江东新村", "福田小区", "银海公寓"),
        "组",
        "义",
        3,
    ),
    Region(
        "430181",
        "湖南省",
        "湖南",
        "长沙市",
        "浏阳市",
        "0731",
        "湘A",
        "410300",
        (("han", 100),),
        ("淮川街道", "集里街道", "关口街道", "大瑶镇", "永安镇", "官渡镇", "沙市镇"),
        ("南阳村", "金钟桥村", "神仙坳村", "楚东村", "洞阳村"),
        ("白沙路", "金沙北路", "劳动路", "人民中路"),
        ("金域华府", "浏河湾小区", "步步高新天地"),
        "组",
        "浏",
        3,
    ),
)

CODES: dict[str, Region] = {r.code: r for r in REGIONS}
EXTRA_CODES = ("810000", "820000", "830000")  # 港澳台居民居住证
VALID_ID_CODES: tuple[str, ...] = tuple(CODES) + EXTRA_CODES

ETHNIC = {
    "han": "汉族",
    "hui": "回族",
    "uyghur": "维吾尔族",
    "tibetan": "藏族",
    "yi": "彝族",
    "zhuang": "壮族",
    "mongol": "蒙古族",
}

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

HAN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "司徒",
    "夏侯",
    "宇文",
    "长孙",
    "端木",
    "南宫",
    "西门",
    "呼延",
)
HAN_MALE = (
    "伟",
    "强",
    "军",
    "勇",
    "杰",
    "涛",
    "明",
    "超",
    "刚",
    "平",
    "辉",
    "鹏",
    "磊",
    "晨",
    "洋",
    "斌",
    "亮",
    "鑫",
    "波",
    "峰",
    "建国",
    "建华",
    "志强",
    "海涛",
    "国庆",
    "文斌",
    "永福",
    "德胜",
    "子轩",
    "浩然",
    "宇航",
    "俊杰",
    "振华",
    "家豪",
    "立新",
    "卫东",
    "红军",
    "守仁",
    "长春",
    "宏伟",
    "学文",
    "天佑",
    "一鸣",
    "思远",
    "博文",
    "金龙",
    "兴旺",
    "树林",
    "庆丰",
    "春生",
    "满仓",
    "有田",
    "保国",
    "会军",
    "延平",
    "少波",
    "晓东",
    "昊天",
    "梓豪",
    "铭泽",
)
HAN_FEMALE = (
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "艳",
    "娟",
    "霞",
    "燕",
    "玲",
    "萍",
    "红",
    "桂英",
    "秀英",
    "玉兰",
    "春梅",
    "海燕",
    "雪梅",
    "欣怡",
    "梓涵",
    "诗琪",
    "雨桐",
    "佳怡",
    "淑珍",
    "凤英",
    "秀兰",
    "桂芳",
    "丽华",
    "晓燕",
    "美玲",
    "慧敏",
    "婷婷",
    "巧云",
    "翠花",
    "金凤",
    "素梅",
    "月娥",
    "思彤",
    "若曦",
    "可馨",
    "紫萱",
    "一诺",
    "梦琪",
    "晓琳",
    "艳红",
    "爱华",
    "冬梅",
    "小芹",
)
HUI_SURNAMES = ("马",) * 10 + (
    "杨",
    "杨",
    "丁",
    "海",
    "纳",
    "哈",
    "撒",
    "锁",
    "金",
    "穆",
    "白",
    "冶",
    "喇",
    "拜",
    "虎",
    "妥",
    "洪",
    "苏",
    "李",
    "田",
    "周",
    "马",
    "兰",
    "摆",
    "者",
)
HUI_MALE = (
    "福贵",
    "学礼",
    "建忠",
    "国福",
    "有林",
    "占山",
    "学军",
    "志成",
    "永祥",
    "尔萨",
    "伊布拉",
    "忠孝",
    "万福",
    "德明",
    "海军",
    "进财",
    "成福",
    "文录",
    "长青",
    "金山",
    "保平",
    "志刚",
    "彦虎",
    "小龙",
    "少华",
)
HUI_FEMALE = (
    "玉梅",
    "秀兰",
    "海燕",
    "凤琴",
    "阿舍",
    "法图麦",
    "玉兰",
    "彩霞",
    "桂花",
    "兰英",
    "金花",
    "秀珍",
    "玉琴",
    "小梅",
    "艳萍",
    "丽娟",
    "燕子",
    "文秀",
)
UY_MALE = (
    "艾合买提",
    "阿不都热合曼",
    "买买提",
    "艾尔肯",
    "努尔艾力",
    "吐尔洪",
    "麦麦提敏",
    "阿卜杜拉",
    "依明",
    "肉孜",
    "热合曼",
    "阿力木",
    "吾斯曼",
    "卡德尔",
    "阿迪力",
    "玉素甫",
    "亚森",
    "艾则孜",
    "图尔荪",
    "库尔班",
    "塔依尔",
    "买合木提",
    "阿布来提",
    "牙合甫",
)
UY_FEMALE = (
    "热依拉",
    "古丽娜尔",
    "阿依古丽",
    "帕提古丽",
    "米娜瓦尔",
    "祖丽胡玛尔",
    "阿依努尔",
    "热娜古丽",
    "布合力其",
    "努尔比亚",
    "阿米娜",
    "海力其古丽",
    "再努尔",
    "茹鲜古丽",
    "迪丽拜尔",
)
TIB_COMP = (
    "扎西",
    "次仁",
    "多吉",
    "格桑",
    "洛桑",
    "丹增",
    "索朗",
    "尼玛",
    "德吉",
    "平措",
    "拉巴",
    "普布",
    "达瓦",
    "白玛",
    "旺堆",
    "边巴",
    "米玛",
    "顿珠",
    "旦增",
    "巴桑",
    "加措",
    "益西",
    "仁增",
    "群培",
    "贡嘎",
    "次旦",
    "罗布",
    "桑珠",
    "强巴",
    "嘎玛",
)
TIB_FEMALE_END = ("卓玛", "拉姆", "央宗", "卓嘎", "央金", "曲珍", "德吉", "玉珍", "措姆", "旺姆")
YI_SURNAMES = (
    "吉克",
    "阿苏",
    "沙马",
    "俄木",
    "吉伍",
    "阿西",
    "曲比",
    "海来",
    "马海",
    "勒格",
    "吉木",
    "瓦扎",
    "俄底",
    "日火",
    "比曲",
    "阿尔",
    "吉布",
    "阿说",
    "的惹",
    "洛古",
    "苏呷",
    "阿约",
    "加拉",
    "吉吉",
    "木乃",
    "阿的",
    "吉史",
    "模克",
)
YI_MALE = (
    "拉哈",
    "木呷",
    "史古",
    "伍各",
    "尔布",
    "石沙",
    "日哈",
    "拉且",
    "拉格",
    "约哈",
    "阿木",
    "尔古",
    "伍沙",
    "克哈",
    "布哈",
    "子体",
    "拉体",
    "日体",
    "尔哈",
    "木果",
)
YI_FEMALE = (
    "阿依",
    "阿呷",
    "阿果",
    "依作",
    "阿芝",
    "尔呷",
    "阿牛",
    "阿支",
    "金花",
    "阿嫫",
    "衣子",
    "伍呷",
    "阿各",
    "尔作",
)
ZHUANG_SURNAMES = (
    "韦",
    "韦",
    "覃",
    "覃",
    "黄",
    "黄",
    "农",
    "陆",
    "蒙",
    "梁",
    "潘",
    "莫",
    "岑",
    "蓝",
    "卢",
    "李",
    "罗",
    "闭",
    "凌",
    "零",
    "隆",
    "赵",
    "黎",
    "班",
    "廖",
)
ZHUANG_MALE = (
    "宝贵",
    "日华",
    "金龙",
    "福生",
    "志光",
    "文贵",
    "秀忠",
    "德才",
    "明辉",
    "光荣",
    "海清",
    "春林",
    "国强",
    "荣生",
    "建勋",
    "世新",
    "玉成",
    "定安",
)
ZHUANG_FEMALE = (
    "金凤",
    "秀英",
    "月兰",
    "美英",
    "春梅",
    "玉珍",
    "丽芬",
    "桂香",
    "月娥",
    "爱莲",
    "秀梅",
    "凤兰",
    "海燕",
    "美连",
)
MONGOL_MALE = (
    "巴特尔",
    "额尔敦",
    "那仁满都拉",
    "阿拉坦仓",
    "宝音",
    "朝鲁门",
    "额尔德尼",
    "特木尔巴根",
    "乌力吉",
    "孟和",
    "巴雅尔",
    "哈斯",
    "吉日嘎拉",
    "布仁",
    "达来",
    "那日苏",
    "满都呼",
    "巴图",
    "苏和",
    "白音仓",
    "毕力格",
    "额尔登巴特",
    "宝力道",
    "图门",
)
MONGOL_FEMALE = (
    "其木格",
    "乌云娜",
    "斯琴高娃",
    "苏日娜",
    "敖登格日乐",
    "图雅",
    "萨仁",
    "塔娜",
    "其其格",
    "乌日娜",
    "娜仁花",
    "阿拉坦其其格",
    "格日勒",
    "额尔敦其木格",
    "托娅",
)
MONGOL_HAN_SURNAMES = ("包", "白", "韩", "鲍", "王", "吴", "宝", "胡")

PINYIN = (
    "zhang",
    "wang",
    "li",
    "liu",
    "chen",
    "yang",
    "ma",
    "hui",
    "xue",
    "jun",
    "mei",
    "lan",
    "fang",
    "hong",
    "ping",
    "ying",
    "xiao",
    "yu",
    "hai",
    "tao",
    "qiang",
    "ming",
    "jing",
    "lei",
    "na",
    "ting",
    "wei",
    "jie",
    "long",
    "feng",
    "dong",
    "xin",
    "yan",
    "bo",
    "hua",
    "gang",
    "zhi",
    "cheng",
    "ding",
    "jin",
    "bai",
    "tian",
    "ai",
    "ali",
    "guli",
    "zhaxi",
    "ciren",
    "bater",
    "wu",
    "hei",
    "su",
    "nian",
    "qing",
    "shan",
    "yun",
)
MAIL_DOMAINS = (
    "163.com",
    "126.com",
    "qq.com",
    "sina.com",
    "foxmail.com",
    "139.com",
    "outlook.com",
    "hotmail.com",
    "yeah.net",
    "sohu.com",
    "aliyun.com",
    "gmail.com",
    "vip.163.com",
)


def gen_name(rng: random.Random, style: str, gender: str) -> str:
    male = gender == "男"
    if style == "hui":
        return rng.choice(HUI_SURNAMES) + rng.choice(HUI_MALE if male else HUI_FEMALE)
    if style == "uyghur":
        given = rng.choice(UY_MALE if male else UY_FEMALE)
        return given + "·" + rng.choice([f for f in UY_MALE if f != given])
    if style == "tibetan":
        if rng.random() < 0.2:
            return rng.choice(TIB_COMP if male else TIB_FEMALE_END)
        first = rng.choice(TIB_COMP)
        second = rng.choice(TIB_COMP) if male else rng.choice(TIB_FEMALE_END)
        if second == first:
            second = "多吉" if first != "多吉" else "顿珠"
        return first + second
    if style == "yi":
        if rng.random() < 0.12:
            return rng.choice(YI_SURNAMES)[:1] + rng.choice(HAN_MALE if male else HAN_FEMALE)
        return rng.choice(YI_SURNAMES) + rng.choice(YI_MALE if male else YI_FEMALE)
    if style == "zhuang":
        return rng.choice(ZHUANG_SURNAMES) + rng.choice(ZHUANG_MALE if male else ZHUANG_FEMALE)
    if style == "mongol":
        given = rng.choice(MONGOL_MALE if male else MONGOL_FEMALE)
        if rng.random() < 0.3:
            return rng.choice(MONGOL_HAN_SURNAMES) + given
        return given
    # han
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.07 else rng.choice(HAN_SURNAMES)
    given = rng.choice(HAN_MALE if male else HAN_FEMALE)
    if len(surname) == 2 and len(given) == 2 and rng.random() < 0.5:
        given = given[0]
    return surname + given


def surname_of(name: str) -> str:
    if "·" in name or "•" in name:
        return ""
    for cs in COMPOUND_SURNAMES:
        if name.startswith(cs):
            return cs
    return name[0]


def mask_name(rng: random.Random, name: str) -> str:
    if "·" in name:
        return name.split("·")[0][:2] + "**·" + name.split("·")[1][:1] + "**"
    sur = surname_of(name) or name[0]
    rest = len(name) - len(sur)
    r = rng.random()
    if r < 0.4:
        return sur + "*" * max(rest - 1, 0) + (name[-1] if rest > 1 else "*")
    if r < 0.7:
        return sur + "某" * max(rest, 1)
    return sur + "*" * max(rest, 1)


# ---------------------------------------------------------------------------
# Parts, blocks, rendering
# ---------------------------------------------------------------------------


class L(NamedTuple):
    kind: str
    text: str


Part = str | L
Parts = list[Part]


@dataclass
class Title:
    text: str


@dataclass
class Para:
    parts: Parts
    indent: bool = True


@dataclass
class Lines:
    lines: list[Parts]


@dataclass
class KV:
    items: list[tuple[str, Parts]]
    per_line: int = 1


@dataclass
class Table:
    header: list[str]
    rows: list[list[Parts]]
    style: str = ""  # forced style, else chosen by the renderer


Block = Title | Para | Lines | KV | Table

TABLE_STYLES = ("tab", "space", "markdown", "html", "csv", "cells", "numbered")
PDF_TABLE_STYLES = ("space", "space", "cells", "tab")


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)


def ptext(parts: Parts) -> str:
    return "".join(p if isinstance(p, str) else p.text for p in parts)


def space_label(label: str, mode: int) -> str:
    if mode == 1 and len(label) == 2:
        return label[0] + "\u3000\u3000" + label[1]
    if mode == 1 and len(label) == 3:
        return label[0] + " " + label[1] + " " + label[2]
    if mode == 2 and len(label) == 2:
        return label[0] + "  " + label[1]
    return label


def wrap_parts(parts: Parts, width: int) -> Parts:
    out: Parts = []
    col = 0
    for p in parts:
        if isinstance(p, str):
            buf: list[str] = []
            for ch in p:
                if ch == "\n":
                    buf.append(ch)
                    col = 0
                    continue
                if col >= width:
                    buf.append("\n")
                    col = 0
                buf.append(ch)
                col += 1
            out.append("".join(buf))
        elif p.kind == "address":
            if col >= width:
                out.append("\n")
                col = 0
            t: list[str] = []
            for ch in p.text:
                if col >= width:
                    t.append("\n")
                    col = 0
                t.append(ch)
                col += 1
            out.append(L("address", "".join(t)))
        else:
            if col > 0 and col + len(p.text) > width:
                out.append("\n")
                col = 0
            out.append(p)
            col += len(p.text)
    return out


@dataclass
class Style:
    pdf: bool
    width: int
    label_mode: int  # 0 plain, 1 full-width spaced, 2 ascii spaced
    colon: str
    indent: str
    running: str
    rows_per_page: int
    page: int = 1


def pdf_cell(parts: Parts) -> Parts:
    out: Parts = []
    for p in parts:
        if isinstance(p, L) and p.kind == "name" and len(p.text) == 2:
            out.append(L("name", p.text[0] + "\u3000" + p.text[1]))
        else:
            out.append(p)
    return out


def page_break(st: Style) -> Parts:
    st.page += 1
    return ["\n- " + str(st.page - 1) + " -\n\n" + st.running + "\n"]


def render_table(t: Table, st: Style, rng: random.Random) -> Parts:
    out: Parts = []
    rows = [[pdf_cell(c) for c in r] for r in t.rows] if st.pdf else t.rows
    style = t.style or (rng.choice(PDF_TABLE_STYLES) if st.pdf else rng.choice(TABLE_STYLES))
    hdr = t.header
    ncol = len(hdr)
    if style == "space":
        widths = [max([dwidth(hdr[i])] + [dwidth(ptext(r[i])) for r in rows]) for i in range(ncol)]
        gap = rng.choice(("  ", "   ", "    "))

        def line(cells: list[Parts]) -> Parts:
            res: Parts = []
            for i, c in enumerate(cells):
                res.extend(c)
                if i < ncol - 1:
                    res.append(" " * (widths[i] - dwidth(ptext(c))) + gap)
            res.append("\n")
            return res

        out.extend(line([[h] for h in hdr]))
        for k, r in enumerate(rows):
            if st.pdf and k and k % st.rows_per_page == 0:
                out.extend(page_break(st))
                if rng.random() < 0.5:
                    out.extend(line([[h] for h in hdr]))
            out.extend(line(r))
        return out
    if style == "tab":
        out.append("\t".join(hdr) + "\n")
        for k, r in enumerate(rows):
            if st.pdf and k and k % st.rows_per_page == 0:
                out.extend(page_break(st))
            for i, c in enumerate(r):
                out.extend(c)
                out.append("\t" if i < ncol - 1 else "\n")
        return out
    if style == "markdown":
        out.append("| " + " | ".join(hdr) + " |\n")
        out.append("|" + "|".join(rng.choice(("---", " --- ", ":---:")) for _ in hdr) + "|\n")
        for r in rows:
            out.append("| ")
            for i, c in enumerate(r):
                out.extend(c)
                out.append(" | " if i < ncol - 1 else " |\n")
        return out
    if style == "html":
        out.append('<table border="1">\n<tr>' + "".join(f"<th>{h}</th>" for h in hdr) + "</tr>\n")
        for r in rows:
            out.append("<tr>")
            for c in r:
                out.append("<td>")
                out.extend(c)
                out.append("</td>")
            out.append("</tr>\n")
        out.append("</table>\n")
        return out
    if style == "csv":
        allq = rng.random() < 0.5
        out.append(",".join(f'"{h}"' if allq else h for h in hdr) + "\n")
        for r in rows:
            for i, c in enumerate(r):
                q = allq or rng.random() < 0.4 or "，" in ptext(c)
                if q:
                    out.append('"')
                out.extend(c)
                if q:
                    out.append('"')
                out.append("," if i < ncol - 1 else "\n")
        return out
    if style == "cells":
        blank = rng.random() < 0.5
        for h in hdr:
            out.append(h + "\n")
        for k, r in enumerate(rows):
            if blank:
                out.append("\n")
            if st.pdf and k and k % st.rows_per_page == 0:
                out.extend(page_break(st))
            for c in r:
                out.extend(c)
                out.append("\n")
        return out
    # numbered list
    skip0 = hdr[0] == "序号"
    numfmt = rng.choice(("{}. ", "{}、", "（{}）", "{}．"))
    labelled = rng.random() < 0.6
    sep = rng.choice(("，", "；", "  "))
    for k, r in enumerate(rows, 1):
        out.append(numfmt.format(k))
        cells = list(zip(hdr, r, strict=True))[1 if skip0 else 0 :]
        for i, (h, c) in enumerate(cells):
            if labelled:
                out.append(h + st.colon)
            out.extend(c if c else ["无"])
            if i < len(cells) - 1:
                out.append(sep)
        out.append("。\n" if sep != "  " else "\n")
    return out


def render(blocks: Sequence[Block], st: Style, rng: random.Random) -> Parts:
    out: Parts = []
    for b in blocks:
        if isinstance(b, Title):
            pad = "" if not st.pdf and rng.random() < 0.6 else " " * rng.randint(4, 14)
            out.append(pad + b.text + "\n")
        elif isinstance(b, Para):
            parts: Parts = [st.indent, *b.parts] if b.indent and st.indent else list(b.parts)
            if st.pdf:
                parts = wrap_parts(parts, st.width)
            out.extend(parts)
            out.append("\n")
        elif isinstance(b, Lines):
            for ln in b.lines:
                out.extend(ln)
                out.append("\n")
        elif isinstance(b, KV):
            items = b.items
            k = 0
            while k < len(items):
                chunk = items[k : k + b.per_line]
                k += b.per_line
                for j, (lab, val) in enumerate(chunk):
                    if j:
                        out.append(rng.choice(("\u3000\u3000", "    ", "\t", "  ")))
                    out.append(space_label(lab, st.label_mode) + st.colon)
                    out.extend(val)
                out.append("\n")
        else:
            out.extend(render_table(b, st, rng))
    if st.pdf:
        out.append("\n- " + str(st.page) + " -\n")
    return out


# ---------------------------------------------------------------------------
# Finalisation and self-checks
# ---------------------------------------------------------------------------


def finalize(parts: Parts) -> tuple[str, list[dict[str, object]]]:
    chunks: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    for p in parts:
        if isinstance(p, L):
            if not p.text:
                raise ValueError("empty span")
            spans.append({"kind": p.kind, "start": pos, "end": pos + len(p.text), "text": p.text})
            chunks.append(p.text)
            pos += len(p.text)
        else:
            chunks.append(p)
            pos += len(p)
    return "".join(chunks), spans


BANKS: tuple[tuple[str, str, int], ...] = (
    ("622848", "中国农业银行", 19),
    ("622845", "中国农业银行", 19),
    ("621700", "中国建设银行", 19),
    ("622700", "中国建设银行", 19),
    ("622202", "中国工商银行", 19),
    ("621226", "中国工商银行", 19),
    ("623059", "农村商业银行", 19),
    ("621799", "中国邮政储蓄银行", 19),
    ("621098", "中国邮政储蓄银行", 19),
    ("622188", "中国邮政储蓄银行", 19),
    ("622262", "交通银行", 19),
    ("622588", "招商银行", 16),
    ("621483", "招商银行", 16),
    ("621661", "中国银行", 19),
)
BANK_PREFIXES = tuple(b[0] for b in BANKS)


def date_ok(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2025


def id18_valid(s: str, need_code: bool = True) -> bool:
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if id_check_char(s[:17]) != s[17]:
        return False
    if not date_ok(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return not need_code or s[:6] in VALID_ID_CODES


def id15_valid(s: str) -> bool:
    return bool(re.fullmatch(r"\d{15}", s)) and date_ok(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


MOBILE_RE = re.compile(r"(?<![\d])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)")
ID18_RE = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")
ID15_RE = re.compile(r"(?<!\d)\d{15}(?!\d)")
CARD_RE = re.compile(r"(?<!\d)\d{16,19}(?!\d)")
CARD_GROUPED_RE = re.compile(r"(?<!\d)\d{4}(?: \d{4}){3}(?: \d{1,4})?(?!\d)")
SPAN_FORMS: dict[str, re.Pattern[str]] = {
    "mobile": re.compile(r"(?:\+86[- ]?|86-)?1[3-9]\d(?:[- ]?\d{4}){2}"),
    "landline": re.compile(r"[（(]?0\d{2,3}[）)]?[- ]?[2-8]\d{6,7}"),
    "passport": re.compile(r"(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})"),
    "hk_macau_permit": re.compile(r"(?:C\d{8}|C[A-HJ-NP-Z]\d{7}|W\d{8}|[HM]\d{8}(?:\d{2})?)"),
    "tw_permit": re.compile(r"(?:\d{8}|L\d{8})"),
    "email": re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}"),
    "license_plate": re.compile(
        r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{5,6}"
    ),
}


def validate(text: str, spans: list[dict[str, object]]) -> str | None:
    prev_end = 0
    masked = list(text)
    for sp in spans:
        s, e, kind, t = int(str(sp["start"])), int(str(sp["end"])), str(sp["kind"]), str(sp["text"])
        if text[s:e] != t:
            return "offset mismatch"
        if s < prev_end or e <= s:
            return "overlap/order"
        prev_end = e
        if t != t.strip():
            return f"whitespace edge in {kind}"
        if "\n" in t and kind != "address":
            return f"newline inside {kind}"
        if kind == "id_card" and not id18_valid(t):
            return f"bad id {t}"
        if kind == "id_card_15" and not id15_valid(t):
            return f"bad id15 {t}"
        if kind == "bank_card":
            digits = t.replace(" ", "")
            if not (
                16 <= len(digits) <= 19
                and digits.isdigit()
                and luhn_ok(digits)
                and digits.startswith(BANK_PREFIXES)
            ):
                return f"bad card {t}"
        form = SPAN_FORMS.get(kind)
        if form is not None and not form.fullmatch(t):
            return f"bad form {kind} {t}"
        for i in range(s, e):
            masked[i] = "\u2588"
    rest = "".join(masked)
    for m in MOBILE_RE.finditer(rest):
        return f"unlabelled mobile {m.group()}"
    for m in ID18_RE.finditer(rest):
        if id18_valid(m.group(), need_code=False):
            return f"unlabelled id {m.group()}"
    for m in ID15_RE.finditer(rest):
        if id15_valid(m.group()):
            return f"unlabelled id15 {m.group()}"
    for m in list(CARD_RE.finditer(rest)) + list(CARD_GROUPED_RE.finditer(rest)):
        d = m.group().replace(" ", "")
        if 16 <= len(d) <= 19 and luhn_ok(d) and d.startswith(("62", *BANK_PREFIXES)):
            return f"unlabelled card {m.group()}"
    # a labelled name never occurs unlabelled
    covered = [(int(str(sp["start"])), int(str(sp["end"]))) for sp in spans]
    names = []
    for sp in spans:
        if sp["kind"] == "name":
            for variant in (str(sp["text"]), str(sp["text"]).replace("\u3000", "")):
                if variant not in names:
                    names.append(variant)
    for nm in names:
        start = text.find(nm)
        while start >= 0:
            end = start + len(nm)
            if not any(a <= start and end <= b for a, b in covered):
                return f"unlabelled occurrence of name {nm}"
            start = text.find(nm, start + 1)
    return None


# ---------------------------------------------------------------------------
# Document context: people and values
# ---------------------------------------------------------------------------

CN_NUM = "〇一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


MOBILE_PREFIXES = (
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
TUN_A = ("那", "弄", "板", "岜", "坡", "念", "百", "陇", "巴")
TUN_B = ("布", "端", "烈", "怀", "平", "桑", "汉", "合", "雷", "育", "孟", "敢", "内", "吉", "外", "岭")
HOTLINES = ("12345", "12348", "12315", "12333", "12368", "12319", "12328")


@dataclass
class Person:
    name: str
    gender: str
    birth: dt.date
    home: Region
    style: str
    seq: int

    @property
    def ethnic(self) -> str:
        return ETHNIC[self.style]

    @property
    def id18(self) -> str:
        body = self.home.code + self.birth.strftime("%Y%m%d") + f"{self.seq:03d}"
        return body + id_check_char(body)

    @property
    def id15(self) -> str:
        return self.home.code + self.birth.strftime("%y%m%d") + f"{self.seq:03d}"

    @property
    def surname(self) -> str:
        return surname_of(self.name)


def pick_weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


@dataclass
class Ctx:
    rng: random.Random
    r: Region
    year: int = 2024
    names: list[str] = field(default_factory=list)
    mix_factor: float = 1.0
    main_town: str = ""
    anchor: dt.date = dt.date(2024, 6, 1)

    def __post_init__(self) -> None:
        self.main_town = self.rng.choice(self.r.towns)
        self.anchor = dt.date(self.year, self.rng.randint(3, 12), self.rng.randint(1, 28))

    # ----- people
    def new_name(self, style: str, gender: str) -> str:
        for _ in range(200):
            nm = gen_name(self.rng, style, gender)
            if all(nm not in o and o not in nm for o in self.names):
                self.names.append(nm)
                return nm
        raise RuntimeError("name space exhausted")

    def person(
        self,
        region: Region | None = None,
        style: str | None = None,
        gender: str | None = None,
        born: tuple[int, int] = (1955, 2000),
    ) -> Person:
        rng = self.rng
        reg = region or self.r
        st = style or pick_weighted(rng, reg.styles)
        g = gender or rng.choice(("男", "女"))
        b = dt.date(rng.randint(*born), 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        seq = rng.randint(0, 499) * 2 + (1 if g == "男" else 0)
        return Person(self.new_name(st, g), g, b, reg, st, seq)

    def official(self, region: Region | None = None) -> str:
        reg = region or self.r
        return self.new_name(pick_weighted(self.rng, reg.styles), self.rng.choice(("男", "女")))

    def other_region(self) -> Region:
        return self.rng.choice([x for x in REGIONS if x is not self.r])

    # ----- identifiers
    def idc(self, p: Person) -> L:
        v = p.id18
        if v.endswith("X") and self.rng.random() < 0.25:
            v = v[:-1] + "x"
        return L("id_card", v)

    def id15(self, p: Person) -> L:
        return L("id_card_15", p.id15)

    def masked_id(self, p: Person) -> str:
        v = p.id18
        k = self.rng.random()
        if k < 0.4:
            return v[:6] + "*" * 8 + v[14:]
        if k < 0.7:
            return v[:4] + "*" * 10 + v[14:]
        return v[:3] + "*" * 11 + v[14:]

    def passport(self) -> L:
        rng = self.rng
        k = rng.random()
        if k < 0.55:
            v = "E" + "".join(rng.choice("0123456789") for _ in range(8))
        elif k < 0.85:
            v = (
                "E"
                + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                + "".join(rng.choice("0123456789") for _ in range(7))
            )
        else:
            v = "G" + "".join(rng.choice("0123456789") for _ in range(8))
        return L("passport", v)

    def hk_permit(self, resident: bool = False, where: str = "") -> L:
        rng = self.rng
        d8 = "".join(rng.choice("0123456789") for _ in range(8))
        if resident:
            v = {"香港": "H", "澳门": "M"}.get(where) or rng.choice("HHM")
            v += d8 + (f"{rng.randint(0, 3):02d}" if rng.random() < 0.4 else "")
        else:
            k = rng.random()
            v = (
                "C" + d8
                if k < 0.5
                else ("C" + rng.choice("ABCDEFGHJKLMN") + d8[:7] if k < 0.85 else "W" + d8)
            )
        return L("hk_macau_permit", v)

    def tw_permit(self, resident: bool = True) -> L:
        d8 = "".join(self.rng.choice("0123456789") for _ in range(8))
        return L("tw_permit", d8 if resident else "L" + d8)

    def hmt_resident_id(self, where: str, p: Person) -> L:
        code = {"香港": "810000", "澳门": "820000", "台湾": "830000"}[where]
        body = code + p.birth.strftime("%Y%m%d") + f"{p.seq:03d}"
        return L("id_card", body + id_check_char(body))

    def ident(self, p: Person, mix: float = 0.25) -> tuple[str, L]:
        """证件类型 + number: mostly 居民身份证, sometimes another document."""
        rng = self.rng
        if rng.random() >= min(0.5, mix * self.mix_factor):
            if p.birth.year < 1975 and rng.random() < 0.1:
                return "居民身份证（一代）", self.id15(p)
            return "居民身份证", self.idc(p)
        k = rng.random()
        if p.style != "han" and 0.58 <= k < 0.86:
            k = rng.choice((0.1, 0.3, 0.5))
        if k < 0.42:
            return "护照", self.passport()
        if k < 0.58:
            return "往来港澳通行证", self.hk_permit()
        if k < 0.70:
            return "港澳居民来往内地通行证", self.hk_permit(resident=True)
        if k < 0.86:
            return "台湾居民来往大陆通行证", self.tw_permit()
        if p.birth.year < 1980:
            return "居民身份证（一代）", self.id15(p)
        return "大陆居民往来台湾通行证", self.tw_permit(resident=False)

    # ----- phones / mail / cards
    def mobile_digits(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + "".join(self.rng.choice("0123456789") for _ in range(8))

    def mobile(self) -> L:
        d = self.mobile_digits()
        k = self.rng.random()
        if k < 0.6:
            v = d
        elif k < 0.7:
            v = f"{d[:3]} {d[3:7]} {d[7:]}"
        elif k < 0.8:
            v = f"{d[:3]}-{d[3:7]}-{d[7:]}"
        elif k < 0.86:
            v = "+86 " + d
        elif k < 0.91:
            v = f"+86 {d[:3]} {d[3:7]} {d[7:]}"
        elif k < 0.96:
            v = "86-" + d
        else:
            v = "+86" + d
        return L("mobile", v)

    def masked_mobile(self) -> str:
        d = self.mobile_digits()
        return d[:3] + "****" + d[7:] if self.rng.random() < 0.7 else d[:3] + "*****" + d[8:]

    def local_number(self, r: Region) -> str:
        n = 8 if r.area in ("0731",) else 7
        return self.rng.choice("2345678") + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def landline(self, region: Region | None = None) -> L:
        r = region or self.r
        num = self.local_number(r)
        fmt = self.rng.choice(("{a}-{n}", "{a}-{n}", "（{a}）{n}", "({a}){n}", "{a} {n}", "（{a}）{n}"))
        return L("landline", fmt.format(a=r.area, n=num))

    def office_phone(self, region: Region | None = None) -> str:
        r = region or self.r
        num = self.local_number(r)
        return self.rng.choice(("{a}-{n}", "{a}-{n}", "（{a}）{n}", "{a}—{n}")).format(a=r.area, n=num)

    def phone(self, p: Person | None = None, landline_share: float = 0.15) -> L:
        if self.rng.random() < landline_share:
            return self.landline(p.home if p is not None and self.rng.random() < 0.3 else self.r)
        return self.mobile()

    def hotline(self) -> str:
        return self.rng.choice(HOTLINES)

    def email(self) -> L:
        rng = self.rng
        k = rng.random()
        if k < 0.3:
            v = str(rng.randint(10000, 3999999999)) + "@qq.com"
        else:
            h = rng.choice(PINYIN) + rng.choice(("", ".", "_", "")) + rng.choice(PINYIN)
            if rng.random() < 0.7:
                h += str(rng.choice((rng.randint(1, 99), rng.randint(1960, 2005), rng.randint(100, 9999))))
            v = h + "@" + rng.choice(MAIL_DOMAINS)
        return L("email", v)

    def gov_email(self) -> str:
        dom = {
            "64": "nx",
            "65": "xj",
            "54": "xizang",
            "51": "sc",
            "45": "gxzf",
            "15": "nmg",
            "41": "henan",
            "37": "shandong",
            "62": "gansu",
            "32": "jiangsu",
            "33": "zj",
            "43": "hunan",
        }[self.r.code[:2]]
        local = self.rng.choice(("ltq", "xq", "xian", "shi", "zx"))
        return (
            self.rng.choice(PINYIN)[:3]
            + self.rng.choice(("sfj", "fyzx", "rsj", "jyj", "zjj", "scjg", "gaj", "zf", "bgs"))
            + "@"
            + self.rng.choice((local + "." + dom, dom))
            + ".gov.cn"
        )

    def company_email(self, dom: str) -> str:
        return (
            self.rng.choice(("kefu", "service", "wuye", "hr", "office", "info"))
            + "@"
            + dom
            + self.rng.choice((".com", ".com.cn", ".cn"))
        )

    def bank(self) -> tuple[str, L]:
        pre, bank, n = self.rng.choice(BANKS)
        if self.rng.random() < 0.15 and n == 19:
            n = self.rng.choice((16, 17, 18))
        body = pre + "".join(self.rng.choice("0123456789") for _ in range(n - 7))
        num = luhn_complete(body)
        if self.rng.random() < 0.3:
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return bank, L("bank_card", num)

    def masked_card(self) -> str:
        pre = self.rng.choice(BANK_PREFIXES)
        tail = "".join(self.rng.choice("0123456789") for _ in range(4))
        return self.rng.choice(
            (
                pre + "*********" + tail,
                pre[:4] + " " + pre[4:] + "** **** " + tail,
                "****" + tail,
                pre + "******" + tail,
            )
        )

    def luhn_number(self, n: int) -> str:
        """A case / order number of n digits, Luhn valid, with no issuer prefix."""
        head = self.rng.choice(
            (
                "20" + str(self.year)[2:],
                str(self.year),
                self.r.code[:4] + str(self.year)[2:],
                "3" + self.r.code[1:4],
                "88",
                "10",
            )
        )
        body = head + "".join(self.rng.choice("0123456789") for _ in range(n - 1 - len(head)))
        return luhn_complete(body)

    # ----- vehicles
    def plate(self, region: Region | None = None) -> L:
        rng = self.rng
        r = region or self.r
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if rng.random() < 0.15:
            tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
        else:
            chars = [rng.choice("0123456789") for _ in range(5)]
            for _ in range(rng.choice((0, 1, 1, 2))):
                chars[rng.randint(0, 3)] = rng.choice(letters)
            tail = "".join(chars)
        sep = rng.choice(("", "", "·", " ", "·"))
        return L("license_plate", r.plate + sep + tail)

    def masked_plate(self) -> str:
        t = "".join(self.rng.choice("0123456789") for _ in range(5))
        return self.r.plate + self.rng.choice(("·", "")) + t[0] + "**" + t[3:]

    # ----- places
    def group_unit(self, r: Region) -> str:
        rng = self.rng
        n = rng.randint(1, 12)
        house = f"{rng.randint(1, 168)}号" if rng.random() < 0.45 else ""
        if r.unit == "社":
            return rng.choice((f"{cn(n)}社", f"{n}社")) + house
        if r.unit == "屯":
            return rng.choice(TUN_A) + rng.choice(TUN_B) + "屯" + house
        return rng.choice((f"{cn(n)}组", f"{n}组", f"{cn(n)}组", f"第{cn(n)}村民小组")) + house

    def rural(self, r: Region | None = None) -> str:
        reg = r or self.r
        town = self.main_town if reg is self.r and self.rng.random() < 0.4 else self.rng.choice(reg.towns)
        return town + self.rng.choice(reg.villages) + self.group_unit(reg)

    def urban(self, r: Region | None = None) -> str:
        rng = self.rng
        reg = r or self.r
        b, u, fl = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 26)
        room = f"{fl}{rng.randint(1, 4):02d}"
        k = rng.random()
        if k < 0.3:
            return f"{rng.choice(reg.roads)}{rng.randint(1, 399)}号{rng.choice(reg.estates)}{b}号楼{u}单元{room}室"
        if k < 0.5:
            return f"{rng.choice(reg.estates)}{b}栋{u}单元{room}室"
        if k < 0.62:
            return f"{rng.choice(reg.estates)}{b}幢{room}室"
        if k < 0.8:
            return f"{rng.choice(reg.roads)}{rng.randint(1, 399)}号院{b}栋{u}单元{room}室"
        if k < 0.9:
            streets = [t for t in reg.towns if t.endswith("街道")]
            return f"{rng.choice(streets) if streets else ''}{rng.choice(reg.estates)}{b}号楼{room}室"
        return f"{rng.choice(reg.roads)}{rng.randint(1, 399)}号"

    def prefix(self, r: Region, level: int | None = None) -> str:
        lv = self.rng.choice((0, 0, 1, 1, 1, 2, 3)) if level is None else level
        if lv == 0:
            return ""
        if lv == 1:
            return r.county
        if lv == 2:
            return r.city + r.county
        return (r.province if self.rng.random() < 0.5 else r.prov_short) + r.city + r.county

    def address(self, r: Region | None = None, urban: bool | None = None, level: int | None = None) -> L:
        reg = r or self.r
        u = self.rng.random() < 0.4 if urban is None else urban
        body = self.urban(reg) if u else self.rural(reg)
        if reg is not self.r and (level is None or level < 2):
            level = self.rng.choice((2, 3, 3))
        return L("address", self.prefix(reg, level) + body)

    def agency_addr(self) -> str:
        rng = self.rng
        base = (
            rng.choice((self.r.county, self.r.city + self.r.county, ""))
            + rng.choice(self.r.roads)
            + f"{rng.randint(1, 300)}号"
        )
        return base + rng.choice(
            ("", "", "（政务服务中心二楼）", "综合楼三楼", "（原老干部活动中心院内）", "一楼大厅")
        )

    def shop_addr(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            return (
                rng.choice((self.r.county, ""))
                + rng.choice(self.r.roads)
                + f"{rng.randint(1, 300)}号"
                + rng.choice(("门面", "商铺", "一楼", "临街门面", "底商"))
            )
        return (
            rng.choice(("农贸市场", "综合批发市场", "商贸城", "步行街"))
            + f"{rng.choice('ABCDE')}区{rng.randint(1, 120)}号"
            + rng.choice(("摊位", "商铺", ""))
        )

    def agency_prefix(self) -> str:
        r = self.r
        if r.county.endswith("市"):
            return r.county
        return self.rng.choice((r.county, r.city + r.county))

    def town(self) -> str:
        return self.main_town if self.rng.random() < 0.7 else self.rng.choice(self.r.towns)

    # ----- dates, numbers
    def date(self, year: int | None = None) -> dt.date:
        """A past date: before the document's own date (anchor), in `year` if given."""
        if year is None:
            return self.anchor - dt.timedelta(days=self.rng.randint(2, 240))
        d = dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randint(0, 360))
        return min(d, self.anchor - dt.timedelta(days=1)) if year >= self.anchor.year else d

    def future(self, lo: int = 5, hi: int = 45) -> dt.date:
        return self.anchor + dt.timedelta(days=self.rng.randint(lo, hi))

    def fmt(self, d: dt.date, style: int | None = None) -> str:
        s = self.rng.randint(0, 5) if style is None else style
        if s <= 2:
            return f"{d.year}年{d.month}月{d.day}日"
        if s == 3:
            return d.strftime("%Y-%m-%d")
        if s == 4:
            return f"{d.year}.{d.month}.{d.day}"
        return d.strftime("%Y/%m/%d")

    def period(self, days: int = 7) -> str:
        d = self.anchor + dt.timedelta(days=self.rng.randint(0, 2))
        return f"{self.fmt(d, 0)}至{self.fmt(d + dt.timedelta(days=days + self.rng.randint(0, 3)), 0)}"

    def cn_date(self, d: dt.date) -> str:
        yy = "".join(CN_NUM[int(c)] for c in str(d.year))
        return f"{yy}年{cn(d.month)}月{cn(d.day)}日"

    def docno(self, mid: str) -> str:
        n = self.rng.randint(1, 260)
        return self.rng.choice(
            (
                f"{self.r.abbr}{mid}〔{self.year}〕{n}号",
                f"{self.r.abbr}{mid}〔{self.year}〕第{n}号",
                f"{self.r.abbr}{mid}字〔{self.year}〕{n:03d}号",
                f"{self.r.abbr}{mid}[{self.year}]{n}号",
            )
        )

    def index_no(self) -> str:
        rng = self.rng
        k = rng.random()
        if k < 0.4:
            return f"{uscc(rng, '11', self.r.code)}/{self.year}-{rng.randint(1, 9999):05d}"
        if k < 0.7:
            return f"{self.r.code}-{rng.choice(('ZF', 'SFJ', 'RSJ', 'JYJ', 'GAJ'))}-{self.year}-{rng.randint(1, 999):04d}"
        return f"{self.r.code}{rng.randint(10, 99)}/{self.year}-{rng.randint(1, 99999):05d}"

    def money(self, lo: int, hi: int, decimals: bool | None = None) -> str:
        v = self.rng.randint(lo, hi)
        dec = self.rng.random() < 0.5 if decimals is None else decimals
        return (
            f"{v:,}.00" if dec and v >= 1000 and self.rng.random() < 0.5 else (f"{v}.00" if dec else str(v))
        )

    def credit(self, prefix2: str) -> str:
        return uscc(self.rng, prefix2, self.r.code)


def kin_name(ctx: Ctx, p: Person, rel: str, born: tuple[int, int]) -> Person:
    """A relative sharing the region and, for Han-style names, often the surname."""
    g = (
        "男"
        if rel in ("父亲", "儿子", "丈夫", "兄", "弟", "之子", "长子", "次子", "孙子", "外孙")
        else "女"
        if rel in ("母亲", "女儿", "妻子", "姐", "妹", "之女", "长女", "次女", "孙女", "儿媳")
        else ctx.rng.choice(("男", "女"))
    )
    k = ctx.person(region=p.home, style=p.style, gender=g, born=born)
    if p.style == "uyghur" and "·" in p.name and "·" in k.name:
        given, father = p.name.split("·")
        tail = None
        if rel in ("兄", "弟", "姐", "妹", "兄弟", "姐妹"):
            tail = father
        elif rel in ("儿子", "女儿", "之子", "之女", "长子", "次子", "长女", "次女") and p.gender == "男":
            tail = given
        if tail is not None:
            cand = k.name.split("·")[0] + "·" + tail
            if all(cand not in o and o not in cand for o in ctx.names if o != k.name):
                ctx.names.remove(k.name)
                ctx.names.append(cand)
                k.name = cand
    shares = rel in ("兄", "弟", "姐", "妹", "父亲") or (
        rel in ("儿子", "女儿", "之子", "之女", "长子", "次子", "长女", "次女") and p.gender == "男"
    )
    sur = p.surname
    if (
        p.style in ("han", "hui", "zhuang")
        and shares
        and sur
        and not k.name.startswith(sur)
        and ctx.rng.random() < 0.85
    ):
        cand = sur + k.name[len(surname_of(k.name)) :]
        if all(cand not in o and o not in cand for o in ctx.names if o != k.name):
            ctx.names.remove(k.name)
            ctx.names.append(cand)
            k.name = cand
    return k


def kin(ctx: Ctx, p: Person, choices: Sequence[str]) -> tuple[Person, str]:
    """A relative with a relation that fits p's gender and an age that fits the relation."""
    rel = ctx.rng.choice(choices)
    y = p.birth.year
    if rel in ("妻子", "丈夫"):
        rel = "丈夫" if p.gender == "女" else "妻子"
    if rel in ("儿子", "女儿") and y + 20 > 2012:
        rel = "母亲" if rel == "女儿" else "父亲"
    if rel in ("父亲", "母亲") and y - 20 < 1930:
        rel = "儿子" if rel == "父亲" else "女儿"
    span = {
        "父亲": (y - 38, y - 20),
        "母亲": (y - 36, y - 19),
        "儿子": (y + 20, y + 36),
        "女儿": (y + 19, y + 35),
        "兄": (y - 10, y - 1),
        "姐": (y - 10, y - 1),
        "弟": (y + 1, y + 10),
        "妹": (y + 1, y + 10),
    }.get(rel, (y - 5, y + 5))
    lo, hi = max(1930, span[0]), min(2012, span[1])
    if lo > hi:
        lo, hi = min(lo, hi), max(lo, hi)
    return kin_name(ctx, p, rel, (lo, hi)), rel


def child_of(ctx: Ctx, parent: Person, born: tuple[int, int]) -> Person:
    """A child; Han/Hui/Zhuang children usually take the father's surname."""
    rng = ctx.rng
    g = rng.choice(("男", "女"))
    for _ in range(50):
        c = ctx.person(region=parent.home, style=parent.style, gender=g, born=born)
        if parent.style == "uyghur" and parent.gender == "男" and "·" in c.name:
            cand = c.name.split("·")[0] + "·" + parent.name.split("·")[0]
            if all(cand not in o and o not in cand for o in ctx.names if o != c.name):
                ctx.names.remove(c.name)
                ctx.names.append(cand)
                c.name = cand
            return c
        if (
            parent.style == "yi"
            and parent.gender == "男"
            and len(parent.name) == 4
            and len(c.name) == 4
            and rng.random() < 0.9
        ):
            cand = parent.name[:2] + c.name[2:]
            if all(cand not in o and o not in cand for o in ctx.names if o != c.name):
                ctx.names.remove(c.name)
                ctx.names.append(cand)
                c.name = cand
            return c
        sur = parent.surname
        if (
            parent.style in ("han", "hui", "zhuang")
            and sur
            and parent.gender == "男"
            and not c.name.startswith(sur)
            and rng.random() < 0.8
        ):
            given = c.name[len(surname_of(c.name)) :]
            cand = sur + given
            if all(cand not in o and o not in cand for o in ctx.names if o != c.name):
                ctx.names.remove(c.name)
                ctx.names.append(cand)
                c.name = cand
        return c
    raise RuntimeError("child")


# ---------------------------------------------------------------------------
# Shared document pieces
# ---------------------------------------------------------------------------

LAW_FIRM_WORDS = (
    "正泽",
    "公正",
    "金城",
    "天元",
    "明德",
    "信和",
    "广正",
    "博元",
    "塞上",
    "长城",
    "中衡",
    "立信",
    "致远",
    "同创",
)
COMPANY_WORDS = (
    "恒达",
    "鑫源",
    "宏盛",
    "瑞丰",
    "永兴",
    "金川",
    "新世纪",
    "华泰",
    "众诚",
    "兴盛",
    "远航",
    "锦程",
    "德隆",
    "丰泽",
    "昌盛",
    "天翼",
)
COMPANY_TRADES = (
    "建筑工程有限公司",
    "商贸有限公司",
    "物流有限公司",
    "农牧科技有限公司",
    "劳务有限公司",
    "餐饮管理有限公司",
    "清真食品有限公司",
    "建材有限责任公司",
    "物业服务有限公司",
    "汽车运输有限公司",
)
INSURERS = (
    "中国人民财产保险股份有限公司",
    "中国平安财产保险股份有限公司",
    "中国太平洋财产保险股份有限公司",
    "中华联合财产保险股份有限公司",
    "中国人寿财产保险股份有限公司",
)
DISABILITY = ("肢体残疾", "视力残疾", "听力残疾", "言语残疾", "智力残疾", "精神残疾")


def disability(rng: random.Random) -> str:
    return rng.choice(DISABILITY) + rng.choice(("一级", "二级", "三级", "四级"))


def city_short(r: Region) -> str:
    c = r.city
    for suf in ("回族自治州", "彝族自治州", "哈萨克自治州", "地区", "盟", "市"):
        if c.endswith(suf):
            return c[: -len(suf)]
    return c


def company(ctx: Ctx) -> str:
    return city_short(ctx.r) + ctx.rng.choice(COMPANY_WORDS) + ctx.rng.choice(COMPANY_TRADES)


def law_firm(ctx: Ctx) -> str:
    return ctx.r.prov_short + ctx.rng.choice(LAW_FIRM_WORDS) + "律师事务所"


def nm(p: Person) -> L:
    return L("name", p.name)


def sign(ctx: Ctx, agency: str, d: dt.date | None = None) -> Lines:
    rng = ctx.rng
    day = d or ctx.anchor
    ds = ctx.cn_date(day) if rng.random() < 0.2 else ctx.fmt(day, rng.choice((0, 0, 0, 3)))
    seal = rng.choice(("", "", "（盖章）", "（印章）", "（公章）"))
    pad = rng.choice(("", "", "\u3000" * 8, " " * 20))
    return Lines([[pad + agency + seal], [pad + ds]])


def contact(ctx: Ctx, who: str = "") -> Para:
    rng = ctx.rng
    staff = ctx.official()
    k = rng.random()
    if k < 0.35:
        text = f"联系人：{staff}；联系电话：{ctx.office_phone()}；监督电话：{ctx.hotline()}。"
    elif k < 0.6:
        text = f"{who or '本机关'}地址：{ctx.agency_addr()}，邮政编码：{ctx.r.postcode}，咨询电话：{ctx.office_phone()}，电子邮箱：{ctx.gov_email()}。"
    elif k < 0.8:
        text = f"如有疑问，请于工作日到{ctx.agency_addr()}咨询，或拨打{ctx.office_phone()}（{staff}），也可拨打政务服务便民热线{ctx.hotline()}反映。"
    else:
        text = f"受理部门：{who or ctx.agency_prefix() + '政务服务中心'}　经办人：{staff}　电话：{ctx.office_phone()}　传真：{ctx.office_phone()}"
    return Para([text], indent=rng.random() < 0.5)


def header(ctx: Ctx, agency: str, title: str, docno: str | None = None) -> list[Block]:
    rng = ctx.rng
    out: list[Block] = []
    if rng.random() < 0.35:
        out.append(
            Lines(
                [
                    [f"索 引 号：{ctx.index_no()}"],
                    [f"发布机构：{agency}"],
                    [f"发布日期：{ctx.fmt(ctx.anchor, 3)}"],
                ]
            )
        )
    if rng.random() < 0.4:
        out.append(Title(agency))
    out.append(Title(title))
    if docno:
        out.append(Title(docno))
    return out


def names_list(people: Sequence[Person], sep: str = "、") -> Parts:
    out: Parts = []
    for i, p in enumerate(people):
        if i:
            out.append(sep)
        out.append(nm(p))
    return out


def age_of(ctx: Ctx, p: Person) -> int:
    return ctx.year - p.birth.year


def idents(ctx: Ctx, p: Person, mix: float) -> tuple[str, L]:
    return ctx.ident(p, mix)


# ---------------------------------------------------------------------------
# Family 1: 法律援助
# ---------------------------------------------------------------------------

CASE_TYPES = (
    "追索劳动报酬",
    "劳动争议",
    "离婚纠纷",
    "抚养费纠纷",
    "赡养纠纷",
    "机动车交通事故责任纠纷",
    "工伤保险待遇纠纷",
    "人身损害赔偿纠纷",
    "刑事辩护",
    "医疗损害责任纠纷",
    "民间借贷纠纷",
    "确认劳动关系",
    "继承纠纷",
    "土地承包经营权纠纷",
)


FAMILY_CASES = ("离婚纠纷", "抚养费纠纷", "赡养纠纷", "继承纠纷")
LABOUR_CASES = ("追索劳动报酬", "劳动争议", "确认劳动关系", "工伤保险待遇纠纷")


def aid_for(rng: random.Random, case: str) -> str:
    if case == "刑事辩护":
        return "刑事辩护"
    if case in LABOUR_CASES:
        return rng.choice(("劳动争议仲裁代理", "民事诉讼代理", "非诉讼代理", "法律帮助"))
    return rng.choice(("民事诉讼代理", "民事诉讼代理", "非诉讼代理", "法律帮助"))


def legal_aid(ctx: Ctx, sub: int) -> tuple[list[Block], str]:
    rng = ctx.rng
    r = ctx.r
    center = ctx.agency_prefix() + rng.choice(("法律援助中心", "法律援助中心", "司法局法律援助中心"))
    bureau = ctx.agency_prefix() + "司法局"
    blocks: list[Block] = []
    if sub == 0:
        q = rng.randint(1, 4)
        title = rng.choice(
            (
                f"{ctx.year}年第{cn(q)}季度受援人案件登记台账",
                f"法律援助案件受理登记表（{ctx.year}年{rng.randint(1, 12)}月）",
                f"{center}受援人信息登记台账",
            )
        )
        blocks += header(ctx, center, title)
        if rng.random() < 0.6:
            blocks.append(
                Para(
                    [
                        rng.choice(
                            (
                                "根据《中华人民共和国法律援助法》和自治区法律援助案件质量管理有关规定，现将本期受理的法律援助案件登记如下（共{n}件）：",
                                "本台账按受理时间先后登记，受援人信息经本人签字确认。",
                                f"填报单位：{center}　　统计口径：已受理并指派案件",
                            )
                        )
                    ]
                )
            )
        cols = ["序号", "受理编号", "受援人", "性别"]
        extra = [
            *rng.sample(["民族", "年龄", "出生日期"], 1),
            "证件号码" if rng.random() < 0.4 else "身份证号",
            "联系电话",
        ]
        if rng.random() < 0.8:
            extra.append(rng.choice(("住址", "家庭住址", "住所地", "经常居住地")))
        if rng.random() < 0.3:
            extra.append("电子邮箱")
        extra += ["案由", rng.choice(("援助形式", "案件类别")), "承办人"]
        if rng.random() < 0.5:
            extra.append("对方当事人")
        extra.append("备注")
        cols += extra
        rows: list[list[Parts]] = []
        n = rng.randint(6, 13)
        for i in range(n):
            p = ctx.person(region=r if rng.random() < 0.8 else ctx.other_region(), born=(1948, 2004))
            case_row = rng.choice(CASE_TYPES)
            masked = rng.random() < 0.08
            row: list[Parts] = []
            for c in cols:
                if c == "序号":
                    row.append([str(i + 1)])
                elif c == "受理编号":
                    row.append(
                        [
                            rng.choice(
                                (
                                    f"{r.abbr}法援〔{ctx.year}〕{rng.randint(1, 400)}号",
                                    ctx.luhn_number(rng.choice((16, 18, 19))),
                                    f"FY{ctx.year}{rng.randint(1, 999):04d}",
                                )
                            )
                        ]
                    )
                elif c == "受援人":
                    row.append([mask_name(rng, p.name)] if masked else [nm(p)])
                elif c == "性别":
                    row.append([p.gender])
                elif c == "民族":
                    row.append([p.ethnic])
                elif c == "年龄":
                    row.append([str(age_of(ctx, p))])
                elif c == "出生日期":
                    row.append([ctx.fmt(p.birth, rng.choice((3, 4, 0)))])
                elif c == "身份证号":
                    row.append(
                        [ctx.masked_id(p)]
                        if masked
                        else [ctx.id15(p)]
                        if p.birth.year < 1970 and rng.random() < 0.3
                        else [ctx.idc(p)]
                    )
                elif c == "证件号码":
                    row.append([ctx.masked_id(p)] if masked else [idents(ctx, p, 0.45)[1]])
                elif c == "联系电话":
                    row.append([ctx.masked_mobile()] if masked else [ctx.phone(p, 0.2)])
                elif c in ("住址", "家庭住址", "住所地", "经常居住地"):
                    row.append(
                        [r.county + "某乡某村"] if masked else [ctx.address(p.home if c == "住所地" else r)]
                    )
                elif c == "案由":
                    row.append([case_row])
                elif c == "电子邮箱":
                    row.append(["—"] if masked or rng.random() < 0.25 else [ctx.email()])
                elif c in ("援助形式", "案件类别"):
                    row.append([aid_for(rng, case_row)])
                elif c == "承办人":
                    row.append(
                        [
                            rng.choice(
                                (
                                    f"{law_firm(ctx)} {ctx.official()}",
                                    ctx.official(),
                                    f"{ctx.official()}（值班律师）",
                                )
                            )
                        ]
                    )
                elif c == "对方当事人":
                    if case_row == "刑事辩护":
                        row.append(["—"])
                    elif (
                        case_row in FAMILY_CASES
                        or (case_row not in LABOUR_CASES and rng.random() < 0.4)
                        or rng.random() < 0.2
                    ):
                        row.append([nm(ctx.person(region=p.home, style=p.style))])
                    else:
                        row.append([company(ctx)])
                else:
                    k = rng.random()
                    if k < 0.3 and not masked:
                        row.append([L("health", disability(rng))])
                    elif k < 0.6:
                        row.append(
                            [
                                rng.choice(
                                    (
                                        "农民工",
                                        "低保户",
                                        "特困供养人员",
                                        "老年人",
                                        "未成年人",
                                        "军人军属",
                                        "建档立卡户",
                                        "免予经济困难审查",
                                    )
                                )
                            ]
                        )
                    else:
                        row.append([""] if rng.random() < 0.5 else ["—"])
            rows.append(row)
        if blocks and isinstance(blocks[-1], Para):
            last = blocks[-1]
            last.parts = [ptext(last.parts).replace("{n}", str(n))]
        blocks.append(Table(cols, rows))
        blocks.append(
            Lines(
                [
                    [
                        f"填报人：{ctx.official()}　　审核人：{ctx.official()}　　填报日期：{ctx.fmt(ctx.date(), 3)}"
                    ]
                ]
            )
        )
        if rng.random() < 0.5:
            blocks.append(contact(ctx, center))
        return blocks, title
    if sub == 1:
        p = ctx.person(region=r if rng.random() < 0.85 else ctx.other_region(), born=(1945, 2003))
        kind = rng.choice(("give", "give", "deny", "assign"))
        case = rng.choice(CASE_TYPES)
        d0 = ctx.date()
        if kind == "deny":
            title = rng.choice(("不予法律援助决定书", "不予法律援助通知书"))
            no = ctx.docno("法援不")
        elif kind == "give":
            title = rng.choice(("给予法律援助决定书", "法律援助决定书"))
            no = ctx.docno("法援决")
        else:
            title = "指派通知书"
            no = ctx.docno("法援指")
        blocks += header(ctx, center, title, no)
        if kind != "assign":
            idl, idv = idents(ctx, p, 0.35)
            form = rng.random()
            if form < 0.5:
                blocks.append(
                    KV(
                        [
                            ("申请人", [nm(p)]),
                            ("性别", [p.gender]),
                            ("民族", [p.ethnic]),
                            ("出生日期", [ctx.fmt(p.birth, 0)]),
                            (idl if idl != "居民身份证" else "身份证号码", [idv]),
                            ("住址", [ctx.address(p.home, level=rng.choice((1, 2, 3)))]),
                            ("联系电话", [ctx.phone(p, 0.25)]),
                        ],
                        per_line=rng.choice((1, 1, 2)),
                    )
                )
            else:
                blocks.append(
                    Para(
                        [
                            "申请人",
                            nm(p),
                            f"，{p.gender}，{p.ethnic}，{ctx.fmt(p.birth, 0)}出生，{idl}号码",
                            idv,
                            "，住",
                            ctx.address(p.home, level=rng.choice((1, 2, 3))),
                            "，联系电话",
                            ctx.phone(p, 0.25),
                            "。",
                        ],
                        indent=False,
                    )
                )
            agent = None
            if rng.random() < 0.35:
                agent, arel = kin(ctx, p, ("母亲", "父亲", "儿子", "女儿", "妻子", "丈夫"))
                blocks.append(
                    Para(
                        [
                            "代理申请人：",
                            nm(agent),
                            f"，系申请人之{arel if rng.random() < 0.7 else '近亲属'}，联系电话",
                            ctx.mobile(),
                            "。",
                        ],
                        indent=False,
                    )
                )
            who = "你" if rng.random() < 0.6 else "申请人"
            if kind == "give":
                reason = rng.choice(
                    (
                        ["经审查，", who, "的经济困难状况符合本省（区）法律援助经济困难标准"],
                        [
                            "经审查，申请人系",
                            L("health", disability(rng)),
                            "人员，依据《中华人民共和国法律援助法》第四十二条规定，免予核查经济困难状况",
                        ],
                        ["经审查，申请人系追索劳动报酬的农民工，依法免予核查经济困难状况"],
                        ["经审查，申请人为城乡最低生活保障对象，所申请事项属于法律援助范围"],
                    )
                )
                blocks.append(
                    Para(
                        [
                            f"{who}于{ctx.fmt(d0, 0)}提出的{case}法律援助申请，本中心已收悉。",
                            *reason,
                            "，依据《中华人民共和国法律援助法》第三十一条、第四十三条之规定，决定给予法律援助。",
                        ]
                    )
                )
                blocks.append(
                    Para(
                        [
                            f"本中心将指派{law_firm(ctx)}律师{ctx.official()}为{who}提供{aid_for(rng, case)}服务，请{who}自收到本决定书之日起五个工作日内与承办律师联系（律所电话：{ctx.office_phone()}），并如实提供案件材料。"
                        ]
                    )
                )
                if rng.random() < 0.5:
                    blocks.append(
                        Para(
                            [
                                "受援人应当如实陈述案件事实，不得隐瞒、伪造证据；受援人以欺骗手段获得法律援助的，本中心将依法终止法律援助。"
                            ]
                        )
                    )
            else:
                reason = rng.choice(
                    (
                        [
                            f"申请人家庭人均月收入{ctx.money(2600, 5200, False)}元，高于本地法律援助经济困难标准"
                        ],
                        ["申请事项不属于《中华人民共和国法律援助法》第三十一条规定的法律援助范围"],
                        ["申请人未能提交经济困难状况说明表，经两次告知补充仍未补正"],
                        ["申请事项已超过诉讼时效且无中止、中断事由，缺乏法律依据"],
                    )
                )
                blocks.append(
                    Para(
                        [
                            f"{who}于{ctx.fmt(d0, 0)}向本中心申请法律援助（{case}），经审查，",
                            *reason,
                            "，依据《中华人民共和国法律援助法》第四十三条的规定，决定不予法律援助。",
                        ]
                    )
                )
                blocks.append(
                    Para(
                        [
                            f"{who}对本决定有异议的，可自收到本决定之日起十五日内向{bureau}提出；对{bureau}维持本决定的，可依法申请行政复议或者提起行政诉讼。"
                        ]
                    )
                )
            blocks.append(sign(ctx, center, d0 + dt.timedelta(days=rng.randint(1, 7))))
            if rng.random() < 0.5:
                blocks.append(
                    Para(
                        [
                            f"抄送：{bureau}{rng.choice(('公共法律服务管理科', '律师工作管理科'))}；{rng.choice(r.towns)}司法所"
                        ],
                        indent=False,
                    )
                )
            if rng.random() < 0.4:
                blocks.append(
                    Lines(
                        [
                            ["送达回证"],
                            ["受送达人：", nm(p if agent is None else agent)],
                            [
                                f"送达日期：{ctx.fmt(d0 + dt.timedelta(days=rng.randint(3, 9)), 3)}　送达人：{ctx.official()}　送达方式：{rng.choice(('直接送达', '邮寄送达', '电子送达'))}"
                            ],
                        ]
                    )
                )
        else:
            firm = law_firm(ctx)
            idl, idv = idents(ctx, p, 0.4)
            blocks.append(
                Para(
                    [
                        f"{firm}：",
                    ],
                    indent=False,
                )
            )
            blocks.append(
                Para(
                    [
                        "根据《中华人民共和国法律援助法》的规定，本中心决定对受援人",
                        nm(p),
                        f"（{p.gender}，{age_of(ctx, p)}岁，{idl}：",
                        idv,
                        "，住",
                        ctx.address(p.home),
                        "）提供法律援助，案由为",
                        case,
                        "。现指派你所律师承办此案，请于三日内确定承办律师并将承办律师姓名报本中心。",
                    ]
                )
            )
            if rng.random() < 0.5:
                o = ctx.person(region=r)
                blocks.append(
                    Para(["对方当事人：", nm(o), f"，{o.gender}，住", ctx.address(r), "。"], indent=False)
                )
            else:
                blocks.append(
                    Para(
                        [
                            f"对方当事人：{company(ctx)}，统一社会信用代码：{ctx.credit('91')}，住所地：{ctx.agency_addr()}。"
                        ],
                        indent=False,
                    )
                )
            blocks.append(
                Para(
                    [
                        "受援人联系电话：",
                        ctx.phone(p, 0.3),
                        "；",
                        rng.choice(("电子邮箱：", "邮箱：")),
                        ctx.email(),
                        "。",
                    ],
                    indent=False,
                )
            )
            if rng.random() < 0.5:
                blocks.append(
                    Para(["附：法律援助申请表、经济困难状况说明表、身份证复印件各一份。"], indent=False)
                )
            blocks.append(sign(ctx, center, d0))
            blocks.append(contact(ctx, center))
        return blocks, title
    # sub == 2: 结案公示
    title = rng.choice(
        (
            f"{center}{ctx.year}年{rng.randint(1, 12)}月法律援助案件结案公示",
            "法律援助案件结案情况公示",
            f"关于{ctx.year}年度第{cn(rng.randint(1, 4))}批法律援助结案案件的公示",
        )
    )
    blocks += header(ctx, center, title)
    n = rng.randint(5, 11)
    blocks.append(
        Para(
            [
                f"为接受社会监督，提高法律援助案件办理质量，现将{ctx.fmt(ctx.date(), 0)}以来结案的{n}件法律援助案件予以公示。公示期为7个工作日，如对公示内容有异议，请向{bureau}反映（电话：{ctx.office_phone()}）。"
            ]
        )
    )
    if rng.random() < 0.6:
        cols = [
            "序号",
            "案件编号",
            "受援人",
            rng.choice(("案件类型", "案由")),
            "承办人",
            "结案方式",
            rng.choice(("挽回经济损失（元）", "涉案金额（元）")),
            "结案日期",
        ]
        if rng.random() < 0.4:
            cols.insert(3, "联系方式")
        rows = []
        for i in range(n):
            p = ctx.person(born=(1950, 2005))
            masked = rng.random() < 0.1
            row = []
            for c in cols:
                if c == "序号":
                    row.append([str(i + 1)])
                elif c == "案件编号":
                    row.append(
                        [
                            rng.choice(
                                (
                                    f"（{ctx.year}）{r.abbr}法援字第{rng.randint(1, 300)}号",
                                    ctx.luhn_number(rng.choice((16, 17, 19))),
                                )
                            )
                        ]
                    )
                elif c == "受援人":
                    row.append([mask_name(rng, p.name)] if masked else [nm(p)])
                elif c == "联系方式":
                    row.append([ctx.masked_mobile()] if masked or rng.random() < 0.3 else [ctx.phone(p, 0.2)])
                elif c in ("案件类型", "案由"):
                    row.append([rng.choice(CASE_TYPES)])
                elif c == "承办人":
                    row.append([ctx.official()])
                elif c == "结案方式":
                    row.append([rng.choice(("判决", "调解", "和解", "仲裁裁决", "撤诉", "终止援助"))])
                elif c.startswith(("挽回", "涉案")):
                    row.append([ctx.money(3000, 260000)])
                else:
                    row.append([ctx.fmt(ctx.date(), rng.choice((3, 4, 5)))])
            rows.append(row)
        blocks.append(Table(cols, rows))
    else:
        shown = min(n, rng.randint(2, 4))
        for i in range(shown):
            p = ctx.person(born=(1950, 2003))
            lawyer = ctx.official()
            hurt: Parts = []
            opp: Parts
            if rng.random() < 0.45:
                case = rng.choice(
                    (
                        "人身损害赔偿纠纷",
                        "工伤保险待遇纠纷",
                        "机动车交通事故责任纠纷",
                        "提供劳务者受害责任纠纷",
                    )
                )
                hurt = [
                    "，受援人经鉴定为",
                    L(
                        "health",
                        rng.choice(
                            (
                                "右胫腓骨骨折",
                                "腰椎压缩性骨折",
                                "左手食指离断伤",
                                "颅脑损伤",
                                "尘肺病一期",
                                "右眼视网膜脱离",
                            )
                        ),
                    ),
                    f"，伤残等级{cn(rng.randint(7, 10))}级",
                ]
                opp = [
                    company(ctx) if rng.random() < 0.6 else rng.choice(("某建筑工地包工头", "某劳务分包方"))
                ]
            elif rng.random() < 0.5:
                case = rng.choice(("离婚纠纷", "抚养费纠纷", "赡养纠纷", "继承纠纷", "民间借贷纠纷"))
                opp = [nm(ctx.person(region=p.home, style=p.style, born=(1950, 2000)))]
            else:
                case = rng.choice(("追索劳动报酬", "劳动争议", "确认劳动关系"))
                opp = [company(ctx)]
            what = "被告" if rng.random() < 0.3 else ""
            blocks.append(
                Para(
                    [
                        f"{cn(i + 1)}、",
                        nm(p),
                        "诉",
                        what,
                        *opp,
                        f"{case}案。受援人",
                        nm(p),
                        "，",
                        p.gender,
                        f"，{age_of(ctx, p)}岁，住",
                        ctx.address(),
                        *hurt,
                        f"。{ctx.fmt(ctx.date(), 0)}受理后指派律师{lawyer}承办，经{rng.choice(('诉前调解', '开庭审理', '劳动仲裁', '多轮协商'))}，为受援人挽回经济损失{ctx.money(5000, 180000, False)}元，于{ctx.fmt(ctx.date(), 0)}结案。",
                    ]
                )
            )
        blocks.append(
            Para(
                [
                    f"其余{n - shown}件案件的结案材料已归档，受援人可凭身份证件到本中心查阅。回访电话：{ctx.office_phone()}。"
                ]
            )
        )
    blocks.append(sign(ctx, center))
    return blocks, title


# ---------------------------------------------------------------------------
# Family 2: 社区矫正 / 安置帮教 / 社区戒毒康复
# ---------------------------------------------------------------------------

COURT_ABBR = {
    "64": "宁",
    "65": "新",
    "54": "藏",
    "51": "川",
    "45": "桂",
    "15": "内",
    "41": "豫",
    "37": "鲁",
    "62": "甘",
    "32": "苏",
    "33": "浙",
    "43": "湘",
}
CRIMES = (
    "危险驾驶罪",
    "交通肇事罪",
    "盗窃罪",
    "诈骗罪",
    "故意伤害罪",
    "寻衅滋事罪",
    "开设赌场罪",
    "非法采矿罪",
    "帮助信息网络犯罪活动罪",
    "拒不支付劳动报酬罪",
    "失火罪",
    "非法狩猎罪",
    "掩饰、隐瞒犯罪所得罪",
    "滥伐林木罪",
)
SENTENCES = (
    "有期徒刑一年，缓刑二年",
    "有期徒刑八个月，缓刑一年",
    "拘役四个月，缓刑六个月",
    "拘役三个月，缓刑五个月",
    "管制一年",
    "有期徒刑二年，缓刑三年",
    "有期徒刑三年，暂予监外执行",
    "有期徒刑一年六个月，缓刑二年",
)
ILLNESS = (
    "肝硬化失代偿期",
    "尿毒症",
    "慢性肾功能衰竭",
    "继发性肺结核",
    "胃癌术后",
    "冠心病心功能Ⅲ级",
    "糖尿病肾病",
    "脑梗死后遗症",
    "扩张型心肌病",
    "系统性红斑狼疮",
)
DRUG_DX = (
    "甲基苯丙胺依赖",
    "海洛因依赖",
    "氯胺酮依赖",
    "阿片类物质依赖综合征",
    "苯丙胺类兴奋剂所致精神障碍",
    "大麻类物质依赖",
)


def court_case(ctx: Ctx, kind: str = "刑初") -> str:
    return f"（{ctx.year - ctx.rng.randint(0, 2)}）{COURT_ABBR[ctx.r.code[:2]]}{ctx.r.code[2:]}{kind}{ctx.rng.randint(1, 480)}号"


def correction(ctx: Ctx, sub: int) -> tuple[list[Block], str]:
    rng = ctx.rng
    r = ctx.r
    bureau = ctx.agency_prefix() + "司法局"
    court = ctx.agency_prefix() + "人民法院"
    blocks: list[Block] = []
    if sub == 0:
        v = rng.choice(("correction", "correction", "drug", "release"))
        p = ctx.person(born=(1960, 2004))
        if v == "correction":
            title = rng.choice(("社区矫正对象报到通知书", "社区矫正报到告知书", "关于社区矫正对象报到的通知"))
            blocks += header(ctx, bureau, title, ctx.docno("司矫通"))
            sent = rng.choice(SENTENCES)
            blocks.append(
                Para(["社区矫正对象", nm(p), "：" if rng.random() < 0.5 else "同志："], indent=False)
            )
            body: Parts = [f"根据{court}{court_case(ctx)}刑事判决，你因犯{rng.choice(CRIMES)}被判处{sent}"]
            if "监外" in sent:
                body += ["。因你患有", L("health", rng.choice(ILLNESS)), "，经批准暂予监外执行"]
            body += [
                f"。依照《中华人民共和国社区矫正法》的规定，请你于{ctx.fmt(ctx.future(3, 10), 0)}前持本通知书及本人居民身份证到{bureau}社区矫正中心（地址：{ctx.agency_addr()}）报到。逾期不报到的，将依法予以警告、提请撤销缓刑。"
            ]
            blocks.append(Para(body))
            items: list[tuple[str, Parts]] = [
                ("姓名", [nm(p)]),
                ("性别", [p.gender]),
                ("出生日期", [ctx.fmt(p.birth, 0)]),
                ("民族", [p.ethnic]),
                ("身份证号", [ctx.idc(p)]),
            ]
            if rng.random() < 0.5:
                items.append(("户籍地", [f"{r.prov_short}{r.city}{r.county}"]))
            items += [
                ("居住地", [ctx.address(level=rng.choice((1, 2)))]),
                ("联系电话", [ctx.phone(p, 0.15)]),
                ("执行地司法所", [f"{ctx.town()}司法所"]),
            ]
            blocks.append(KV(items, per_line=rng.choice((1, 2))))
            if rng.random() < 0.6 or "监外" in sent:
                g, grel = kin(ctx, p, ("父亲", "母亲", "妻子", "丈夫", "兄", "姐"))
                blocks.append(
                    Para(
                        [
                            "保证人：",
                            nm(g),
                            f"，系社区矫正对象的{grel}，身份证号",
                            ctx.idc(g),
                            "，住",
                            ctx.address(),
                            "，电话",
                            ctx.phone(g, 0.3),
                            "。保证人应当协助社区矫正机构对社区矫正对象进行监督，发现其违反监督管理规定的，应当及时报告。",
                        ]
                    )
                )
            if rng.random() < 0.8:
                docs = [("护照", ctx.passport())] if rng.random() < 0.8 else []
                if rng.random() < 0.6 or not docs:
                    docs.append(("往来港澳通行证", ctx.hk_permit()))
                if rng.random() < 0.4:
                    docs.append(("大陆居民往来台湾通行证", ctx.tw_permit(resident=False)))
                seg: Parts = ["你持有的"]
                for i, (lab, val) in enumerate(docs):
                    if i:
                        seg.append("、")
                    seg += [lab, "（号码：" if rng.random() < 0.5 else "（", val, "）"]
                seg.append(f"已由{ctx.agency_prefix()}公安局出入境管理部门依法暂扣，矫正期间不得申请出境。")
                blocks.append(Para(seg))
            blocks.append(sign(ctx, bureau))
            if rng.random() < 0.6:
                blocks.append(
                    Para(
                        [f"抄送：{court}、{ctx.agency_prefix()}人民检察院、{ctx.agency_prefix()}公安局"],
                        indent=False,
                    )
                )
            return blocks, title
        if v == "drug":
            title = rng.choice(("责令社区戒毒决定书", "社区戒毒人员报到通知", "社区戒毒告知书"))
            blocks += header(ctx, ctx.agency_prefix() + "公安局", title, ctx.docno("公（禁）决字"))
            blocks.append(
                KV(
                    [
                        ("被决定人", [nm(p)]),
                        ("性别", [p.gender]),
                        ("出生日期", [ctx.fmt(p.birth, rng.choice((0, 3)))]),
                        ("身份证件种类及号码", ["居民身份证 ", ctx.idc(p)]),
                        ("现住址", [ctx.address()]),
                        ("联系方式", [ctx.mobile()]),
                    ],
                    per_line=1,
                )
            )
            blocks.append(
                Para(
                    [
                        f"经查，被决定人于{ctx.fmt(ctx.date(), 0)}在{rng.choice(r.roads)}某出租屋内吸食毒品，经{ctx.r.city}第{cn(rng.randint(1, 3))}人民医院诊断为",
                        L("health", rng.choice(DRUG_DX)),
                        f"。根据《中华人民共和国禁毒法》第三十三条之规定，决定对其责令社区戒毒三年（自{ctx.fmt(ctx.date(), 0)}起）。",
                    ]
                )
            )
            blocks.append(
                Para(
                    [
                        f"请被决定人自收到本决定书之日起十五日内，到{ctx.town()}社区戒毒（康复）工作办公室报到，签订社区戒毒协议。拒绝报到或严重违反协议的，将依法决定强制隔离戒毒。"
                    ]
                )
            )
            if rng.random() < 0.7:
                fam = kin(ctx, p, ("母亲", "父亲", "妻子", "丈夫"))[0]
                blocks.append(
                    Para(
                        [
                            "家属",
                            nm(fam),
                            "（电话",
                            ctx.phone(fam, 0.3),
                            "）已于当日签收本决定书副本，并承诺配合社区戒毒工作。",
                        ]
                    )
                )
            blocks.append(
                Para(
                    [
                        f"被决定人如不服本决定，可在收到本决定书之日起六十日内向{ctx.r.city}人民政府申请行政复议，或在六个月内依法向人民法院提起行政诉讼。"
                    ]
                )
            )
            blocks.append(sign(ctx, ctx.agency_prefix() + "公安局"))
            return blocks, title
        # release hand-over
        title = rng.choice(
            ("刑满释放人员衔接通知书", "关于做好刑满释放人员安置帮教衔接工作的通知", "刑满释放人员报到告知书")
        )
        prison = (
            "女子监狱"
            if p.gender == "女"
            else rng.choice(
                ("第一监狱", "第二监狱", "第三监狱", "未成年犯管教所" if p.birth.year > 2003 else "第四监狱")
            )
        )
        blocks += header(ctx, bureau, title)
        town = ctx.town()
        blocks.append(Para([f"{town}司法所、", rng.choice(r.villages), "村民委员会："], indent=False))
        blocks.append(
            Para(
                [
                    f"{r.prov_short}{prison}服刑人员",
                    nm(p),
                    f"（{p.gender}，{p.ethnic}，{ctx.fmt(p.birth, 0)}出生，身份证号",
                    ctx.idc(p),
                    "）因犯",
                    rng.choice(CRIMES),
                    f"被判处有期徒刑{cn(rng.randint(2, 9))}年，将于{ctx.fmt(ctx.future(10, 40), 0)}刑满释放，其家庭住址为",
                    ctx.address(level=rng.choice((0, 1, 2))),
                    "。请你们做好接回、安置帮教衔接工作，并于释放后十日内将衔接情况报送本局。",
                ]
            )
        )
        if rng.random() < 0.8:
            kp, krel = kin(ctx, p, ("父亲", "母亲", "妻子", "弟", "姐"))
            blocks.append(
                Para(
                    [
                        "接回人：",
                        nm(kp),
                        "（",
                        {"妻子": "配偶", "丈夫": "配偶", "弟": "胞弟", "姐": "胞姐"}.get(krel, krel),
                        "），联系电话：",
                        ctx.phone(kp, 0.35),
                        "。",
                    ],
                    indent=False,
                )
            )
        blocks.append(contact(ctx, bureau))
        blocks.append(sign(ctx, bureau))
        return blocks, title
    if sub == 1:
        drug = rng.random() < 0.35
        town = ctx.town()
        if drug:
            title = rng.choice(
                (f"{town}社区戒毒社区康复人员管理台账", f"{ctx.agency_prefix()}社区戒毒（康复）人员花名册")
            )
            cols = [
                "序号",
                "姓名",
                "性别",
                "身份证号码",
                rng.choice(("现居住地", "实际居住地址")),
                "诊断结论",
                "执行类别",
                "起始日期",
                "尿检次数",
                "责任民警",
                "家属及电话",
            ]
        else:
            title = rng.choice(
                (
                    f"{town}安置帮教对象台账",
                    f"{ctx.year}年刑满释放人员安置帮教花名册",
                    f"{town}司法所安置帮教人员信息登记表",
                )
            )
            cols = [
                "序号",
                "姓名",
                "性别",
                "出生年月",
                "身份证号码",
                "罪名",
                "原判刑期",
                "释放日期",
                rng.choice(("家庭住址", "居住地址")),
                "帮教责任人",
                "亲属联系人",
                "联系电话",
                "帮教情况",
            ]
            if rng.random() < 0.4:
                cols.insert(5, "原身份证号")
            if rng.random() < 0.5:
                cols.insert(5, "出入境证件（已交存）")
        blocks += header(ctx, f"{town}司法所", title)
        if rng.random() < 0.5:
            blocks.append(
                Para(
                    [
                        f"截至{ctx.fmt(ctx.date(), 0)}，本辖区在册{'社区戒毒社区康复' if drug else '安置帮教'}人员{{n}}名，现将台账登记如下（责任人为包村干部及司法所工作人员）。"
                    ]
                )
            )
        n = rng.randint(5, 12)
        rows: list[list[Parts]] = []
        for i in range(n):
            p = ctx.person(born=(1958, 2002) if "原身份证号" not in cols else (1950, 1983))
            kp, krel = kin(ctx, p, ("父亲", "母亲", "妻子", "丈夫", "兄", "姐", "儿子"))
            row: list[Parts] = []
            for c in cols:
                if c == "序号":
                    row.append([str(i + 1)])
                elif c == "姓名":
                    row.append([nm(p)])
                elif c == "性别":
                    row.append([p.gender])
                elif c == "出生年月":
                    row.append([f"{p.birth.year}.{p.birth.month:02d}"])
                elif c == "身份证号码":
                    row.append([ctx.idc(p)])
                elif c == "原身份证号":
                    row.append([ctx.id15(p)] if rng.random() < 0.7 else ["无"])
                elif c == "出入境证件（已交存）":
                    k = rng.random()
                    if k < 0.4:
                        row.append(["护照 ", ctx.passport()])
                    elif k < 0.7:
                        row.append(["往来港澳通行证 ", ctx.hk_permit()])
                    elif k < 0.82:
                        row.append(["往来台湾通行证 ", ctx.tw_permit(resident=False)])
                    else:
                        row.append(["未办理"])
                elif c in ("现居住地", "实际居住地址", "家庭住址", "居住地址"):
                    row.append([ctx.address(level=rng.choice((0, 0, 1)))])
                elif c == "诊断结论":
                    row.append([L("health", rng.choice(DRUG_DX))])
                elif c == "执行类别":
                    row.append([rng.choice(("社区戒毒", "社区康复"))])
                elif c in ("起始日期", "释放日期"):
                    row.append([ctx.fmt(ctx.date(ctx.year - rng.randint(0, 3)), rng.choice((3, 4, 5)))])
                elif c == "尿检次数":
                    row.append([str(rng.randint(2, 30))])
                elif c in ("责任民警", "帮教责任人"):
                    row.append([ctx.official()])
                elif c == "家属及电话":
                    row.append([nm(kp), " ", ctx.phone(kp, 0.25)])
                elif c == "亲属联系人":
                    row.append([nm(kp), f"（{krel}）"])
                elif c == "联系电话":
                    row.append([ctx.phone(kp, 0.3)])
                elif c == "罪名":
                    row.append([rng.choice(CRIMES)])
                elif c == "原判刑期":
                    row.append(
                        [
                            f"{cn(rng.randint(1, 10))}年"
                            + (f"{cn(rng.randint(1, 11))}个月" if rng.random() < 0.4 else "")
                        ]
                    )
                else:
                    k = rng.random()
                    if k < 0.15:
                        row.append(
                            [
                                "重点帮教，患",
                                L("health", rng.choice(("精神分裂症", "双相情感障碍", "癫痫", "肺结核"))),
                            ]
                        )
                    else:
                        row.append(
                            [
                                rng.choice(
                                    (
                                        "已就业",
                                        "务农",
                                        "外出务工",
                                        "个体经营",
                                        "已落实低保",
                                        "技能培训中",
                                        "正常",
                                    )
                                )
                            ]
                        )
            rows.append(row)
        if blocks and isinstance(blocks[-1], Para):
            blocks[-1].parts = [ptext(blocks[-1].parts).replace("{n}", str(n))]
        blocks.append(Table(cols, rows))
        blocks.append(
            Lines(
                [
                    [
                        f"制表人：{ctx.official()}　　司法所负责人：{ctx.official()}　　制表时间：{ctx.fmt(ctx.date(), 0)}"
                    ]
                ]
            )
        )
        return blocks, title
    # sub 2: 解除通知
    p = ctx.person(born=(1958, 2003))
    v = rng.choice(("correction", "correction", "drug", "guarantor"))
    if v == "drug":
        title = rng.choice(("解除社区戒毒通知书", "社区戒毒期满解除通知书", "社区康复期满解除通知"))
        issuer = ctx.agency_prefix() + "公安局"
    else:
        title = (
            rng.choice(
                (
                    "解除社区矫正证明书",
                    "解除社区矫正宣告书",
                    "社区矫正期满解除通知书",
                    "关于解除保证人保证责任的通知",
                )
            )
            if v == "correction"
            else "关于解除保证人保证责任的通知"
        )
        issuer = bureau
    blocks += header(ctx, issuer, title, ctx.docno("司矫解" if issuer == bureau else "公禁解"))
    if v == "guarantor" or title.startswith("关于解除保证人"):
        g = kin(ctx, p, ("父亲", "母亲", "妻子", "兄"))[0]
        blocks.append(Para([nm(g), "："], indent=False))
        blocks.append(
            Para(
                [
                    "你作为社区矫正对象",
                    nm(p),
                    "（身份证号：",
                    ctx.idc(p),
                    "）的保证人，自",
                    ctx.fmt(ctx.date(ctx.year - 2), 0),
                    "起履行保证义务。",
                    nm(p),
                    "已于",
                    ctx.fmt(ctx.date(), 0),
                    "矫正期满，依法解除社区矫正，你的保证责任随之解除。",
                ]
            )
        )
        blocks.append(Para(["本通知同时送达", nm(p), "本人，送达地址：", ctx.address(), "。"]))
        blocks.append(sign(ctx, issuer))
        return blocks, title
    if v == "drug":
        blocks.append(
            Para(
                [
                    nm(p),
                    f"，{p.gender}，{ctx.fmt(p.birth, 0)}出生，身份证号",
                    ctx.idc(p),
                    "，户籍地",
                    f"{r.prov_short}{r.county}，" if rng.random() < 0.5 else "",
                    "现住",
                    ctx.address(),
                    "。",
                ],
                indent=False,
            )
        )
        blocks.append(
            Para(
                [
                    "该人员因",
                    L("health", rng.choice(DRUG_DX)),
                    f"于{ctx.year - 3}年被责令社区戒毒，执行期间按要求定期接受检测，{rng.randint(12, 40)}次检测结果均为阴性，社区戒毒期满。根据《戒毒条例》第二十一条规定，现予解除社区戒毒。",
                ]
            )
        )
        if rng.random() < 0.6:
            fam = kin(ctx, p, ("母亲", "妻子", "丈夫", "父亲"))[0]
            blocks.append(Para(["家属", nm(fam), "（联系电话", ctx.phone(fam, 0.3), "）在解除谈话时到场。"]))
        blocks.append(Para([f"抄送：{ctx.town()}禁毒办、{ctx.town()}派出所"], indent=False))
        blocks.append(sign(ctx, issuer))
        return blocks, title
    idl, idv = idents(ctx, p, 0.2)
    blocks.append(
        KV(
            [
                ("社区矫正对象", [nm(p)]),
                ("性别", [p.gender]),
                ("出生日期", [ctx.fmt(p.birth, 0)]),
                (idl if idl != "居民身份证" else "居民身份证号码", [idv]),
                ("居住地", [ctx.address()]),
                ("罪名", [rng.choice(CRIMES)]),
                ("原判刑罚", [rng.choice(SENTENCES)]),
                ("矫正期限", [f"{ctx.fmt(ctx.date(ctx.year - 2), 0)}至{ctx.fmt(ctx.date(), 0)}"]),
            ],
            per_line=rng.choice((1, 2)),
        )
    )
    blocks.append(
        Para(
            [
                rng.choice(
                    (
                        "该社区矫正对象在社区矫正期间，遵守法律法规和监督管理规定，",
                        "经考核，该对象矫正期间表现良好，",
                    )
                ),
                "矫正期满，依照《中华人民共和国社区矫正法》第四十四条的规定，于",
                ctx.fmt(ctx.date(), 0),
                "依法解除社区矫正。",
                rng.choice(("原判附加刑继续执行。", "特此证明。", "")),
            ]
        )
    )
    if rng.random() < 0.6:
        cad = ctx.official()
        fam = kin(ctx, p, ("妻子", "丈夫", "母亲", "儿子"))[0]
        blocks.append(
            Para(
                [
                    f"宣告地点：{ctx.town()}司法所。到场人员：司法所所长{ctx.official()}、村委会委员{cad}、社区矫正对象家属",
                    nm(fam),
                    "。",
                ]
            )
        )
    if rng.random() < 0.6:
        back: Parts = ["矫正期间交存的"]
        if rng.random() < 0.7:
            back += ["护照（", ctx.passport(), "）"]
        if rng.random() < 0.6 or len(back) == 1:
            back += ["、" if len(back) > 1 else "", "往来港澳通行证（", ctx.hk_permit(), "）"]
        if rng.random() < 0.35:
            back += ["、大陆居民往来台湾通行证（", ctx.tw_permit(resident=False), "）"]
        back.append(f"已于解除当日由{ctx.agency_prefix()}公安局出入境管理大队返还本人。")
        blocks.append(Para([x for x in back if x != ""]))
    blocks.append(
        Para(
            [
                f"本证明书一式四份，分送社区矫正对象本人、{court}、{ctx.agency_prefix()}人民检察院、{ctx.agency_prefix()}公安局。"
            ]
        )
    )
    blocks.append(sign(ctx, issuer))
    return blocks, title


# ---------------------------------------------------------------------------
# Family 3: 流动人口 / 居住证 / 积分落户
# ---------------------------------------------------------------------------


def migrant(ctx: Ctx, sub: int) -> tuple[list[Block], str]:
    rng = ctx.rng
    r = ctx.r
    station = (
        ctx.town().replace("镇", "").replace("乡", "").replace("街道", "").replace("苏木", "") + "派出所"
    )
    ps = ctx.agency_prefix() + "公安局"
    blocks: list[Block] = []
    if sub == 0:
        v = rng.choice(("list", "list", "hmt", "hmt", "hmt", "names"))
        if v == "hmt":
            title = rng.choice(
                (
                    "港澳台居民居住证领取通知",
                    f"{ctx.year}年第{cn(rng.randint(1, 4))}批港澳台居民居住证制证名单",
                )
            )
            blocks += header(ctx, ps, title)
            blocks.append(
                Para(
                    [
                        f"下列港澳台居民申领的居住证已制作完成，请本人持通行证原件于工作日到{ps}出入境接待大厅（{ctx.agency_addr()}）领取，咨询电话：{ctx.office_phone()}。"
                    ]
                )
            )
            cols = ["序号", "姓名", "性别", "来源地", "通行证号码", "居住证号码", "居住地址", "联系电话"]
            rows: list[list[Parts]] = []
            for i in range(rng.randint(6, 12)):
                p = ctx.person(style="han", born=(1950, 2004))
                where = rng.choice(("香港", "澳门", "台湾", "台湾"))
                permit = ctx.tw_permit() if where == "台湾" else ctx.hk_permit(resident=True, where=where)
                rows.append(
                    [
                        [str(i + 1)],
                        [nm(p)],
                        [p.gender],
                        [where],
                        [permit],
                        [ctx.hmt_resident_id(where, p)],
                        [ctx.address(urban=rng.random() < 0.7)],
                        [ctx.phone(p, 0.1)],
                    ]
                )
            blocks.append(Table(cols, rows))
            blocks.append(sign(ctx, ps + "出入境管理大队"))
            return blocks, title
        title = rng.choice(
            (
                f"{station}居住证办理名单（{ctx.year}年{rng.randint(1, 12)}月）",
                "居住证制证完成待领取人员名单",
                f"{ctx.agency_prefix()}流动人口居住证受理情况公示",
            )
        )
        blocks += header(ctx, ps + station, title)
        people = [
            ctx.person(region=ctx.other_region() if rng.random() < 0.75 else r, born=(1960, 2006))
            for _ in range(rng.randint(5, 12))
        ]
        if v == "names":
            blocks.append(
                Para(
                    [
                        f"以下{len(people)}名同志的居住证已制作完成：",
                        *names_list(people, rng.choice(("、", "、", "，"))),
                        f"。请本人携带居民身份证原件于{ctx.fmt(ctx.future(15, 60), 0)}前到{station}户籍窗口领取，逾期未领取的将退回{ps}治安管理大队。",
                    ]
                )
            )
            if rng.random() < 0.6:
                extra = ctx.person(region=ctx.other_region())
                blocks.append(
                    Para(
                        [
                            "另：",
                            nm(extra),
                            "（身份证号",
                            ctx.idc(extra),
                            "）提交的居住登记材料中",
                            rng.choice(("租赁合同未备案", "居住地址与房屋登记信息不一致", "照片不符合要求")),
                            "，请于五个工作日内补正。联系电话：",
                            ctx.office_phone(),
                            f"（户籍内勤 {ctx.official()}）。",
                        ]
                    )
                )
            blocks.append(
                Para(
                    [
                        f"温馨提示：居住证有效期内居住地址变更的，应当自变更之日起十五日内到{station}办理变更登记；领证时间为工作日9:00—12:00、14:30—17:30。"
                    ]
                )
            )
            blocks.append(sign(ctx, station))
            return blocks, title
        cols = [
            "序号",
            "姓名",
            "性别",
            "民族",
            rng.choice(("公民身份号码", "身份证号")),
            "户籍地",
            rng.choice(("居住地址", "现住址", "居住地")),
            "联系电话",
            "受理日期",
            "办理类型",
        ]
        if rng.random() < 0.3:
            cols.insert(8, "电子邮箱")
        rows = []
        for i, p in enumerate(people):
            row: list[Parts] = []
            for c in cols:
                if c == "序号":
                    row.append([str(i + 1)])
                elif c == "姓名":
                    row.append([nm(p)])
                elif c == "性别":
                    row.append([p.gender])
                elif c == "民族":
                    row.append([p.ethnic])
                elif c in ("公民身份号码", "身份证号"):
                    row.append([ctx.idc(p)])
                elif c == "户籍地":
                    row.append(
                        [p.home.prov_short + p.home.county]
                        if rng.random() < 0.7
                        else [ctx.address(p.home, level=3)]
                    )
                elif c in ("居住地址", "现住址", "居住地"):
                    row.append([ctx.address(urban=rng.random() < 0.6, level=rng.choice((0, 1, 1)))])
                elif c == "联系电话":
                    row.append([ctx.phone(p, 0.08)])
                elif c == "电子邮箱":
                    row.append([ctx.email()] if rng.random() < 0.8 else ["—"])
                elif c == "受理日期":
                    row.append([ctx.fmt(ctx.date(), rng.choice((3, 4, 5)))])
                else:
                    row.append([rng.choice(("首次申领", "签注", "换领", "补领", "居住登记"))])
            rows.append(row)
        blocks.append(Table(cols, rows))
        blocks.append(contact(ctx, station))
        return blocks, title
    if sub == 1:
        title = rng.choice(
            (
                f"{ctx.r.city}{ctx.year}年度积分落户拟准入人员公示",
                f"关于{ctx.year}年第{cn(rng.randint(1, 2))}批积分落户人员名单的公示",
                "积分落户申请审核结果公示",
            )
        )
        issuer = rng.choice(
            (
                ctx.agency_prefix() + "公安局",
                ctx.r.city + "积分落户工作领导小组办公室",
                ctx.agency_prefix() + "人力资源和社会保障局",
            )
        )
        blocks += header(ctx, issuer, title, ctx.docno("公积") if rng.random() < 0.4 else None)
        n = rng.randint(3, 7)
        threshold = rng.randint(90, 120)
        blocks.append(
            Para(
                [
                    f"根据《{ctx.r.city}积分落户管理办法》，经个人申报、部门审核、综合评分，共有{n}名申请人积分达到准入分值（{threshold}分），拟准予落户。现将申请人及其随迁配偶、子女信息予以公示，公示期{rng.choice(('5', '7', '10'))}个工作日。"
                ]
            )
        )
        recs = []
        for _ in range(n):
            home = ctx.other_region()
            a = ctx.person(region=home, born=(1975, 1996))
            same = rng.random() < 0.7
            sp = (
                ctx.person(
                    region=home if same or rng.random() < 0.5 else ctx.other_region(),
                    style=a.style if same else None,
                    gender="女" if a.gender == "男" else "男",
                    born=(1975, 1998),
                )
                if rng.random() < 0.85
                else None
            )
            father = a if a.gender == "男" else (sp or a)
            kids = [child_of(ctx, father, (2008, 2021)) for _ in range(rng.choice((0, 1, 1, 2, 2, 3)))]
            recs.append((a, sp, kids))
        if rng.random() < 0.5:
            cols = ["序号", "申请人", "身份证号", "积分", "就业单位", "合法稳定住所", "随迁配偶", "随迁子女"]
            rows = []
            for i, (a, sp, kids) in enumerate(recs):
                kid_parts: Parts = []
                for j, k in enumerate(kids):
                    if j:
                        kid_parts.append("、")
                    kid_parts.append(nm(k))
                    if rng.random() < 0.5:
                        kid_parts += ["（", ctx.idc(k), "）"]
                rows.append(
                    [
                        [str(i + 1)],
                        [nm(a)],
                        [ctx.idc(a)],
                        [str(rng.randint(threshold, 160)) + rng.choice(("", ".5"))],
                        [company(ctx) if rng.random() < 0.8 else "个体经营"],
                        [ctx.address(urban=True, level=rng.choice((0, 1)))],
                        [nm(sp), "（", ctx.idc(sp), "）"] if sp else ["无"],
                        kid_parts or ["无"],
                    ]
                )
            blocks.append(Table(cols, rows))
        else:
            for i, (a, sp, kids) in enumerate(recs):
                seg: Parts = [
                    f"{cn(i + 1)}、申请人",
                    nm(a),
                    f"，{a.gender}，{ctx.fmt(a.birth, 0)}出生，身份证号",
                    ctx.idc(a),
                    f"，户籍{a.home.prov_short}{a.home.county}，现就职于{company(ctx)}，合法稳定住所为",
                    ctx.address(urban=rng.random() < 0.8),
                    f"，积分{rng.randint(threshold, 160)}分。",
                ]
                if sp:
                    seg += ["随迁配偶", nm(sp), "，身份证号", ctx.idc(sp), "。"]
                if kids:
                    seg.append("随迁子女：")
                    for j, k in enumerate(kids):
                        if j:
                            seg.append("；")
                        seg += [nm(k), f"（{k.gender}，{k.birth.year}年出生，身份证号", ctx.idc(k), "）"]
                    seg.append("。")
                if rng.random() < 0.3:
                    seg += ["申请人联系电话", ctx.mobile(), "。"]
                if rng.random() < 0.3:
                    seg += ["电子邮箱：", ctx.email(), "。"]
                blocks.append(Para(seg))
        blocks.append(
            Para(
                [
                    f"公示期间，任何单位和个人对公示对象有异议的，可通过来信、来电、电子邮件等方式向{issuer}反映。反映情况须实事求是，并提供真实姓名和联系方式。受理电话：{ctx.office_phone()}；电子邮箱：{ctx.gov_email()}；地址：{ctx.agency_addr()}，邮编{r.postcode}。"
                ]
            )
        )
        blocks.append(sign(ctx, issuer))
        return blocks, title
    # sub 2: 租房登记
    landlord = ctx.person(born=(1950, 1988))
    tenants = [ctx.person(region=ctx.other_region(), born=(1970, 2004)) for _ in range(rng.choice((1, 1, 2)))]
    if rng.random() < 0.6:
        title = rng.choice(
            ("出租房屋及流动人口登记表", "房屋租赁登记备案表", "出租屋治安管理登记表", "流动人口居住登记表")
        )
        blocks += header(ctx, station, title)
        blocks.append(
            Lines(
                [
                    [
                        f"登记编号：{ctx.luhn_number(rng.choice((16, 18)))}"
                        if rng.random() < 0.5
                        else f"编号：{r.abbr}租字{ctx.year}{rng.randint(1, 9999):05d}"
                    ]
                ]
            )
        )
        rent_addr = ctx.address(urban=rng.random() < 0.6, level=rng.choice((0, 1, 2)))
        items: list[tuple[str, Parts]] = [
            ("出租房屋地址", [rent_addr]),
            (
                "房屋类型",
                [
                    rng.choice(("商品房", "单位房改房"))
                    if any(u in ptext([rent_addr]) for u in ("室", "单元"))
                    else rng.choice(("自建房", "农村宅院", "临街平房"))
                ],
            ),
            ("出租间数", [str(rng.randint(1, 4))]),
            ("出租人（房主）", [nm(landlord)]),
            ("出租人身份证号", [ctx.idc(landlord)]),
            ("出租人电话", [ctx.phone(landlord, 0.35)]),
        ]
        if rng.random() < 0.3:
            items.append(("出租人固定电话", [ctx.landline()]))
        for ti, t in enumerate(tenants):
            pre = "承租人" if ti == 0 else "同住人"
            idl, idv = idents(ctx, t, 0.35)
            items += [
                (pre + "姓名", [nm(t)]),
                ("性别", [t.gender]),
                (idl if idl != "居民身份证" else "身份证号", [idv]),
                ("户籍地址", [ctx.address(t.home, level=3)]),
                ("联系电话", [ctx.phone(t, 0.05)]),
            ]
            if ti == 0:
                items += [
                    ("工作单位", [company(ctx) if rng.random() < 0.7 else "灵活就业"]),
                    ("电子邮箱", [ctx.email()] if rng.random() < 0.6 else ["无"]),
                ]
        if rng.random() < 0.5:
            items.append(("车辆号牌", [ctx.plate(tenants[0].home if rng.random() < 0.5 else r)]))
        items += [
            ("租赁期限", [f"{ctx.fmt(ctx.date(), 3)}至{ctx.fmt(ctx.future(300, 400), 3)}"]),
            ("月租金（元）", [str(rng.randint(3, 25) * 100)]),
            ("登记民警", [ctx.official()]),
            ("登记日期", [ctx.fmt(ctx.date(), 0)]),
        ]
        blocks.append(KV(items, per_line=rng.choice((1, 1, 2))))
        blocks.append(
            Para(
                [
                    rng.choice(
                        (
                            "出租人承诺：不将房屋出租给无合法有效身份证件的人员，发现承租人有违法犯罪活动及时报告公安机关。",
                            "本表一式两份，出租人、派出所各执一份。",
                            "注：承租人变更或租赁期满，出租人应于三日内到派出所办理注销登记。",
                        )
                    )
                ],
                indent=False,
            )
        )
        blocks.append(Lines([["出租人签名：", nm(landlord), "　　承租人签名：", nm(tenants[0])]]))
        return blocks, title
    title = rng.choice(
        (f"{station}出租房屋流动人口登记台账", f"{ctx.town()}{ctx.year}年出租屋登记情况一览表")
    )
    blocks += header(ctx, station, title)
    cols = [
        "序号",
        "房东",
        "房东电话",
        "出租房屋地址",
        "承租人",
        "证件号码",
        "户籍地",
        "承租人电话",
        "入住时间",
    ]
    rows = []
    for i in range(rng.randint(5, 11)):
        lo = ctx.person(born=(1945, 1990))
        t = ctx.person(region=ctx.other_region(), born=(1970, 2005))
        rows.append(
            [
                [str(i + 1)],
                [nm(lo)],
                [ctx.phone(lo, 0.35)],
                [ctx.address(urban=rng.random() < 0.5, level=rng.choice((0, 0, 1)))],
                [nm(t)],
                [idents(ctx, t, 0.4)[1]],
                [t.home.prov_short + t.home.county],
                [ctx.phone(t, 0.05)],
                [ctx.fmt(ctx.date(), rng.choice((3, 4)))],
            ]
        )
    blocks.append(Table(cols, rows))
    blocks.append(Lines([[f"登记民警：{ctx.official()}　　社区网格员：{ctx.official()}"]]))
    return blocks, title


# ---------------------------------------------------------------------------
# Family 4: 交通管理
# ---------------------------------------------------------------------------

VIOLATIONS = (
    ("1345", "机动车违反禁令标志指示的", "200", "3"),
    (
        "1625",
        "驾驶中型以上载客载货汽车、危险物品运输车辆以外的其他机动车行驶超过规定时速10%未达20%的",
        "200",
        "1",
    ),
    ("1039", "机动车违反规定停放、临时停车，驾驶人不在现场，妨碍其他车辆、行人通行的", "150", "0"),
    ("1625A", "超速行驶", "200", "3"),
    ("6046", "驾驶机动车在高速公路、城市快速路以外的道路上不按规定车道行驶的", "100", "1"),
    ("1301", "机动车逆向行驶的", "200", "3"),
    ("1625B", "驾驶机动车违反道路交通信号灯通行的", "200", "6"),
    ("1120", "驾驶人未按规定使用安全带的", "50", "1"),
    ("1352", "机动车驾驶人驾车时有拨打接听手持电话等妨碍安全驾驶行为的", "50", "3"),
)
INJURY = (
    "右胫腓骨骨折",
    "左股骨干骨折",
    "轻型颅脑损伤",
    "脑挫裂伤",
    "多发肋骨骨折",
    "腰椎横突骨折",
    "右锁骨骨折",
    "左肱骨外科颈骨折",
    "面部软组织挫裂伤",
    "骨盆骨折",
    "脾破裂",
)
DRIVE_DX = ("癫痫", "器质性心脏病", "精神分裂症", "帕金森病", "红绿色盲", "突发性晕厥")


def traffic(ctx: Ctx, sub: int) -> tuple[list[Block], str]:
    rng = ctx.rng
    r = ctx.r
    brigade = rng.choice(
        (
            f"{r.city}公安局交通警察支队{r.county}大队",
            f"{ctx.agency_prefix()}公安局交通警察大队",
            f"{r.city}公安局交通管理支队",
        )
    )
    blocks: list[Block] = []
    if sub == 0:
        revoke = rng.random() < 0.4
        if revoke and rng.random() < 0.5:
            p = ctx.person(born=(1960, 2002))
            title = "公告送达书"
            blocks += header(ctx, brigade, f"{brigade}{title}", ctx.docno("公交吊"))
            blocks.append(
                Para(
                    [
                        nm(p),
                        f"（{p.gender}，{ctx.fmt(p.birth, 0)}出生，机动车驾驶证号",
                        ctx.idc(p),
                        "，住",
                        ctx.address(),
                        "）：",
                    ],
                    indent=False,
                )
            )
            blocks.append(
                Para(
                    [
                        "你于",
                        ctx.fmt(ctx.date(ctx.year - 1), 0),
                        f"{rng.randint(0, 23)}时许驾驶",
                        ctx.plate(),
                        f"号小型轿车，行至{'与'.join(rng.sample(r.roads, 2))}交叉口时，{rng.choice(('经检验血液酒精含量为186mg/100ml，属醉酒驾驶机动车', '发生交通事故后逃逸', '饮酒后驾驶营运机动车'))}。依据《中华人民共和国道路交通安全法》第九十一条、第一百零一条之规定，本大队决定吊销你的机动车驾驶证，五年内不得重新取得机动车驾驶证。",
                    ]
                )
            )
            blocks.append(
                Para(
                    [
                        f"因采用直接送达、邮寄送达等方式均无法送达，现依法公告送达。自公告之日起经过六十日即视为送达。如不服本决定，可在送达之日起六十日内向{ctx.agency_prefix()}人民政府申请行政复议，或在六个月内向人民法院提起行政诉讼。联系电话：{ctx.office_phone()}。"
                    ]
                )
            )
            blocks.append(sign(ctx, brigade))
            return blocks, title
        title = rng.choice(
            (
                "关于注销机动车驾驶证的公告",
                "机动车驾驶证注销公告",
                "关于吊销、注销机动车驾驶证的公告",
                f"{ctx.year}年第{rng.randint(1, 24)}期驾驶证注销公告",
            )
        )
        blocks += header(ctx, brigade, title, ctx.docno("公交注") if rng.random() < 0.5 else None)
        n = rng.randint(6, 14)
        blocks.append(
            Para(
                [
                    f"根据《机动车驾驶证申领和使用规定》第七十九条之规定，下列{n}名驾驶人的机动车驾驶证已被注销，驾驶证作废，请驾驶人不得继续驾驶机动车。对公告内容有异议的，请于公告之日起十五日内到{brigade}车管所（{ctx.agency_addr()}）说明情况，咨询电话：{ctx.office_phone()}，或拨打122。"
                ]
            )
        )
        cols = ["序号", "姓名", "驾驶证号", "档案编号", "准驾车型", "初次领证日期", "注销原因"]
        if rng.random() < 0.35:
            cols.remove("档案编号")
        rows: list[list[Parts]] = []
        for i in range(n):
            p = ctx.person(region=r if rng.random() < 0.85 else ctx.other_region(), born=(1940, 2000))
            old = p.birth.year < 1975 and rng.random() < 0.35
            hmt = rng.random() < 0.12
            reason_k = rng.random()
            if reason_k < 0.15:
                reason: Parts = [
                    "经医院诊断患有",
                    L("health", rng.choice(DRIVE_DX)),
                    "，身体条件不适合驾驶机动车",
                ]
            else:
                reason = [
                    rng.choice(
                        (
                            "超过有效期一年以上未换证",
                            "超过有效期一年以上未换证",
                            "驾驶人死亡",
                            "身体条件不适合驾驶机动车",
                            "提交不真实材料取得驾驶证",
                            "本人申请注销",
                            "年龄在70周岁以上未提交身体条件证明",
                            "一个记分周期满分未参加学习考试",
                        )
                    )
                ]
            row: list[Parts] = []
            for c in cols:
                if c == "序号":
                    row.append([str(i + 1)])
                elif c == "姓名":
                    row.append([nm(p)])
                elif c == "驾驶证号":
                    if hmt and p.style == "han":
                        row.append(
                            [ctx.tw_permit()] if rng.random() < 0.4 else [ctx.hk_permit(resident=True)]
                        )
                    elif hmt:
                        row.append([ctx.passport()])
                    else:
                        row.append([ctx.id15(p)] if old else [ctx.idc(p)])
                elif c == "档案编号":
                    row.append([f"{r.code[:4]}{rng.randint(0, 99999999):08d}"])
                elif c == "准驾车型":
                    row.append([rng.choice(("C1", "C1", "C2", "B2", "A2", "D", "C1E", "A1A2"))])
                elif c == "初次领证日期":
                    row.append(
                        [
                            ctx.fmt(
                                ctx.date(
                                    rng.randint(
                                        max(p.birth.year + 18, 1985), max(p.birth.year + 18, 1985, 2016)
                                    )
                                ),
                                rng.choice((3, 4)),
                            )
                        ]
                    )
                else:
                    row.append(reason)
            rows.append(row)
        blocks.append(Table(cols, rows))
        if rng.random() < 0.5:
            blocks.append(Para(["特此公告。"]))
        blocks.append(sign(ctx, brigade))
        return blocks, title
    if sub == 1:
        title = rng.choice(
            (
                "交通违法未处理车辆公告",
                "关于督促交通违法车辆所有人接受处理的公告",
                f"逾期未处理交通违法机动车公告（第{rng.randint(1, 40)}期）",
            )
        )
        blocks += header(ctx, brigade, title)
        n = rng.randint(7, 15)
        blocks.append(
            Para(
                [
                    f"经查，以下{n}辆机动车在本辖区有交通违法记录，逾期未接受处理。根据《中华人民共和国道路交通安全法》第一百一十二条等规定，请机动车所有人或驾驶人自本公告发布之日起三十日内，持本人驾驶证、行驶证到{brigade}违法处理窗口或通过“交管12123”APP接受处理。逾期不处理的，车辆不予核发检验合格标志。"
                ]
            )
        )
        cols = [
            "序号",
            "号牌号码",
            "号牌种类",
            rng.choice(("机动车所有人", "车主", "所有人")),
            "违法时间",
            "违法地点",
            "违法行为",
            "罚款金额（元）",
        ]
        if rng.random() < 0.4:
            cols.insert(7, "违法代码")
        rows = []
        for i in range(n):
            masked = rng.random() < 0.08
            pl = ctx.plate(r if rng.random() < 0.8 else ctx.other_region())
            own: Parts
            if rng.random() < 0.2:
                own = [company(ctx)]
            else:
                o = ctx.person(born=(1955, 2003))
                own = [mask_name(rng, o.name)] if masked else [nm(o)]
            viol = rng.choice(VIOLATIONS)
            row = []
            for c in cols:
                if c == "序号":
                    row.append([str(i + 1)])
                elif c == "号牌号码":
                    row.append([ctx.masked_plate()] if masked else [pl])
                elif c == "号牌种类":
                    row.append(
                        [
                            rng.choice(
                                ("小型汽车", "小型汽车", "大型汽车", "普通摩托车", "小型新能源汽车", "挂车")
                            )
                        ]
                    )
                elif c in ("机动车所有人", "车主", "所有人"):
                    row.append(own)
                elif c == "违法时间":
                    d = ctx.date()
                    row.append([f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"])
                elif c == "违法地点":
                    row.append(
                        [
                            rng.choice(
                                (
                                    f"{'与'.join(rng.sample(r.roads, 2))}交叉口",
                                    f"G{rng.choice((6, 20, 30, 70, 109, 211, 312))}线{rng.randint(10, 2800)}公里{rng.randint(0, 900)}米",
                                    f"{rng.choice(r.roads)}{rng.choice(('东段', '西段', '中段'))}",
                                    f"{ctx.town()}{rng.choice(r.villages)}路口",
                                )
                            )
                        ]
                    )
                elif c == "违法行为":
                    row.append([viol[1]])
                elif c == "违法代码":
                    row.append([viol[0]])
                else:
                    row.append([viol[2]])
            rows.append(row)
        blocks.append(Table(cols, rows))
        blocks.append(
            Para(
                [f"咨询电话：{ctx.office_phone()}（工作日）；监督电话：{ctx.office_phone()}。"], indent=False
            )
        )
        blocks.append(sign(ctx, brigade))
        return blocks, title
    # sub 2: 事故调解书
    a = ctx.person(born=(1965, 2002))
    b = ctx.person(region=r if rng.random() < 0.8 else ctx.other_region(), born=(1945, 2010))
    title = rng.choice(("道路交通事故损害赔偿调解书", "道路交通事故损害赔偿调解协议书", "交通事故赔偿调解书"))
    blocks += header(ctx, brigade, title)
    blocks.append(
        Lines(
            [
                [
                    f"第{ctx.luhn_number(16)}号"
                    if rng.random() < 0.5
                    else f"{r.abbr}公交调字〔{ctx.year}〕第{rng.randint(1, 900)}号"
                ]
            ]
        )
    )
    pa = ctx.plate()
    ida = idents(ctx, a, 0.2)
    kv_a: list[tuple[str, Parts]] = [
        ("当事人（甲方）", [nm(a)]),
        ("性别", [a.gender]),
        ("出生日期", [ctx.fmt(a.birth, 3)]),
        ("身份证号码" if ida[0] == "居民身份证" else ida[0] + "号码", [ida[1]]),
        ("住址", [ctx.address()]),
        ("联系电话", [ctx.phone(a, 0.15)]),
        ("驾驶车辆", [pa, "（", rng.choice(("小型轿车", "小型普通客车", "轻型货车", "二轮摩托车")), "）"]),
    ]
    blocks.append(KV(kv_a, per_line=rng.choice((1, 2))))
    minor = b.birth.year >= 2006
    idb = idents(ctx, b, 0.2)
    kv_b: list[tuple[str, Parts]] = [
        ("当事人（乙方）", [nm(b)]),
        ("性别", [b.gender]),
        ("出生日期", [ctx.fmt(b.birth, 3)]),
        ("身份证号码" if idb[0] == "居民身份证" else idb[0] + "号码", [idb[1]]),
        ("住址", [ctx.address(b.home)]),
        ("联系电话", [ctx.phone(b, 0.15)] if not minor else ["无"]),
    ]
    blocks.append(KV(kv_b, per_line=rng.choice((1, 2))))
    if minor or rng.random() < 0.4:
        rel = (
            rng.choice(("父亲", "母亲"))
            if minor
            else rng.choice(("丈夫", "妻子", "儿子", "女儿", "兄", "姐"))
        )
        if not minor and rel in ("丈夫", "妻子"):
            rel = "丈夫" if b.gender == "女" else "妻子"
        g = kin_name(
            ctx,
            b,
            rel,
            (1965, 1990) if minor else (max(1940, b.birth.year - 10), min(2004, b.birth.year + 30)),
        )
        blocks.append(
            Para(
                [
                    ("乙方法定代理人：" if minor else "乙方委托代理人："),
                    nm(g),
                    f"，系乙方{rel if rng.random() < 0.7 else '近亲属'}，电话",
                    ctx.phone(g, 0.2),
                    "。",
                ],
                indent=False,
            )
        )
    ins = rng.choice(INSURERS) + city_short(r) + "支公司"
    blocks.append(Para([f"第三人：{ins}，负责人：{ctx.official()}。"], indent=False))
    d0 = ctx.date()
    more_injury: Parts = ["、", L("health", rng.choice(INJURY))] if rng.random() < 0.4 else []
    blocks.append(
        Para(
            [
                f"{ctx.fmt(d0, 0)}{rng.randint(6, 22)}时许，甲方驾驶",
                pa,
                f"行驶至{rng.choice(r.roads)}{rng.choice(('路段', '交叉口', '人行横道处'))}时，与{rng.choice(('步行的', '骑电动自行车的', '驾驶二轮摩托车的'))}乙方相撞，造成乙方受伤。乙方经{r.city}人民医院诊断为",
                L("health", rng.choice(INJURY)),
                *more_injury,
                f"，住院治疗{rng.randint(5, 40)}天。经{brigade}认定（事故认定书编号：{ctx.luhn_number(rng.choice((16, 18)))}），{rng.choice(('甲方负事故全部责任，乙方无责任', '甲方负事故主要责任，乙方负次要责任', '甲方负事故同等责任，乙方负同等责任'))}。",
            ]
        )
    )
    total = rng.randint(8000, 160000)
    pay: Parts = [
        f"经调解，双方自愿达成如下协议：一、甲方及第三人共同赔偿乙方医疗费、误工费、护理费、营养费等各项损失合计人民币{total:,}元（大写略），其中第三人在交强险及商业三者险限额内赔付{int(total * 0.8):,}元，甲方支付{total - int(total * 0.8):,}元；"
    ]
    if rng.random() < 0.75:
        bank, card = ctx.bank()
        holder = b if not minor else None
        pay += [
            "二、上述款项于",
            ctx.fmt(ctx.future(5, 20), 0),
            "前汇入乙方",
            "" if holder else "法定代理人",
            f"{bank}账户（账号",
            card,
            "）；",
        ]
    else:
        pay += ["二、甲方于本调解书签订时当场以现金方式支付，乙方出具收条；"]
    pay.append("三、本次事故一次性了结，乙方不得再以任何理由向甲方主张权利。")
    blocks.append(Para(pay))
    blocks.append(
        Lines(
            [
                ["甲方（签名）：", nm(a), "　　乙方（签名）：", nm(b)],
                [f"调解人：{ctx.official()}　　记录人：{ctx.official()}"],
                [ctx.fmt(ctx.anchor, 0)],
            ]
        )
    )
    return blocks, title


# ---------------------------------------------------------------------------
# Family 5: 教育
# ---------------------------------------------------------------------------

SUBJECTS = (
    "语文",
    "数学",
    "英语",
    "道德与法治",
    "科学",
    "音乐",
    "体育与健康",
    "美术",
    "信息技术",
    "物理",
    "化学",
    "历史",
    "地理",
    "生物",
    "心理健康教育",
)
CERT_KINDS = (
    "幼儿园教师资格",
    "小学教师资格",
    "初级中学教师资格",
    "高级中学教师资格",
    "中等职业学校教师资格",
)
SPECIAL_NEEDS = (
    "孤独症谱系障碍",
    "轻度智力障碍",
    "注意缺陷多动障碍",
    "脑性瘫痪",
    "先天性心脏病",
    "听力障碍",
    "唐氏综合征",
    "1型糖尿病",
)


def school(ctx: Ctx, level: str = "小学") -> str:
    rng = ctx.rng
    if level == "小学":
        return rng.choice(
            (
                f"{ctx.r.county}第{cn(rng.randint(1, 9))}小学",
                f"{ctx.town()}中心小学",
                f"{ctx.r.county}实验小学",
                f"{ctx.town()}{rng.choice(ctx.r.villages)[:-1]}小学",
            )
        )
    return rng.choice(
        (
            f"{ctx.r.county}第{cn(rng.randint(1, 6))}中学",
            f"{ctx.r.county}{rng.choice(('实验', '民族', '育才', '第二'))}中学",
            f"{ctx.town()}初级中学",
        )
    )


def education(ctx: Ctx, sub: int) -> tuple[list[Block], str]:
    rng = ctx.rng
    r = ctx.r
    bureau = ctx.agency_prefix() + rng.choice(("教育局", "教育体育局", "教育和科学技术局"))
    blocks: list[Block] = []
    if sub == 0:
        season = rng.choice(("春季", "秋季"))
        title = rng.choice(
            (
                f"{ctx.year}年{season}中小学教师资格认定合格人员名单公示",
                f"关于{ctx.year}年{season}教师资格认定结果的公示",
                "教师资格认定拟通过人员公示",
            )
        )
        blocks += header(ctx, bureau, title)
        n = rng.randint(6, 14)
        blocks.append(
            Para(
                [
                    f"根据《教师资格条例》《〈教师资格条例〉实施办法》，经网上申报、现场确认、体检和专家审查，{ctx.year}年{season}共有{n}名申请人符合教师资格认定条件，现予公示。公示期为{ctx.period()}。"
                ]
            )
        )
        people = [
            ctx.person(region=r if rng.random() < 0.75 else ctx.other_region(), born=(1985, 2003))
            for _ in range(n)
        ]
        if rng.random() < 0.7:
            cols = ["序号", "姓名", "性别", rng.choice(("证件号码", "身份证号码")), "资格种类", "任教学科"]
            contact_col = rng.random() < 0.6
            if contact_col:
                cols.append(rng.choice(("联系方式", "电子邮箱")))
            rows: list[list[Parts]] = []
            for i, p in enumerate(people):
                row: list[Parts] = [[str(i + 1)], [nm(p)], [p.gender]]
                if cols[3] == "证件号码":
                    row.append([idents(ctx, p, 0.3)[1]])
                else:
                    row.append([ctx.masked_id(p)] if rng.random() < 0.1 else [ctx.idc(p)])
                kind = rng.choice(CERT_KINDS)
                row += [[kind], [rng.choice(SUBJECTS) if "幼儿园" not in kind else "幼儿园"]]
                if contact_col:
                    row.append(
                        [ctx.email()] if cols[-1] == "电子邮箱" or rng.random() < 0.4 else [ctx.mobile()]
                    )
                rows.append(row)
            blocks.append(Table(cols, rows))
        else:
            groups: dict[str, list[Person]] = {}
            for p in people:
                groups.setdefault(rng.choice(CERT_KINDS[:4]), []).append(p)
            for kind, ps in groups.items():
                blocks.append(Para([f"{kind}（{len(ps)}人）：", *names_list(ps), "。"]))
        if rng.random() < 0.55:
            blocks.append(
                Para(
                    [f"港澳台居民申请人（{rng.choice(('按现场确认顺序', '按姓氏笔画'))}排列）："],
                    indent=False,
                )
            )
            hrows: list[list[Parts]] = []
            for i in range(rng.randint(3, 7)):
                h = ctx.person(style="han", born=(1985, 2002))
                where = rng.choice(("香港", "澳门", "台湾", "台湾"))
                permit = ctx.tw_permit() if where == "台湾" else ctx.hk_permit(resident=True, where=where)
                row2: list[Parts] = [[str(i + 1)], [nm(h)], [where], [permit], [rng.choice(CERT_KINDS)]]
                if rng.random() < 0.5:
                    row2.append([ctx.email()])
                else:
                    row2.append([ctx.mobile()])
                hrows.append(row2)
            blocks.append(Table(["序号", "姓名", "来源地", "通行证号码", "资格种类", "联系方式"], hrows))
        if rng.random() < 0.5:
            q = ctx.person(born=(1990, 2002))
            blocks.append(
                Para(
                    [
                        "另有申请人",
                        nm(q),
                        f"因{rng.choice(('体检不合格', '普通话水平测试等级未达到要求', '未按时参加现场确认', '学历证书无法核验'))}，暂不予认定，已于{ctx.fmt(ctx.date(), 0)}书面告知本人（联系电话",
                        ctx.mobile(),
                        "）。",
                    ]
                )
            )
        blocks.append(
            Para(
                [
                    f"公示期内，如对上述人员有异议，请以书面形式向{bureau}教师资格认定办公室反映，并提供真实姓名和联系方式。联系电话：{ctx.office_phone()}，电子邮箱：{ctx.gov_email()}，地址：{ctx.agency_addr()}。"
                ]
            )
        )
        blocks.append(sign(ctx, bureau))
        return blocks, title
    if sub == 1:
        sch = school(ctx, rng.choice(("小学", "小学", "中学")))
        title = rng.choice(
            (
                f"{sch}{ctx.year}年秋季一年级新生学位审核结果公示",
                f"{ctx.year}年义务教育阶段入学登记审核结果",
                f"{sch}{ctx.year}年新生入学登记表（第{cn(rng.randint(1, 3))}批）",
            )
        )
        blocks += header(ctx, sch, title)
        n = rng.randint(6, 13)
        if rng.random() < 0.75:
            blocks.append(
                Para(
                    [
                        f"按照{bureau}《{ctx.year}年义务教育招生入学工作方案》，我校对服务区内适龄儿童的户籍、房产（居住证明）等材料进行了审核，现将审核结果公示如下。公示期内对结果有疑问的，请监护人携带相关证明材料到我校招生办公室咨询（电话：{ctx.office_phone()}）。"
                    ]
                )
            )
            cols = [
                "序号",
                "学生姓名",
                "性别",
                "出生日期",
                rng.choice(("身份证号", "身份证号", "证件号码")),
                "监护人",
                "关系",
                "联系电话",
                rng.choice(("房产地址", "居住地址", "实际居住地")),
                "审核结果",
            ]
            if rng.random() < 0.4:
                cols.insert(9, "不动产权证号")
            if rng.random() < 0.5:
                cols.append("备注")
            rows = []
            for i in range(n):
                parent = ctx.person(born=(1978, 1995))
                child = child_of(ctx, parent, (2012, 2018) if "中学" in sch else (2017, 2019))
                row = []
                for c in cols:
                    if c == "序号":
                        row.append([str(i + 1)])
                    elif c == "学生姓名":
                        row.append([nm(child)])
                    elif c == "性别":
                        row.append([child.gender])
                    elif c == "出生日期":
                        row.append([ctx.fmt(child.birth, rng.choice((3, 4)))])
                    elif c == "身份证号":
                        row.append([ctx.idc(child)])
                    elif c == "证件号码":
                        row.append([idents(ctx, child, 0.3)[1]])
                    elif c == "监护人":
                        row.append([nm(parent)])
                    elif c == "关系":
                        row.append(
                            [
                                "父子"
                                if parent.gender == "男" and child.gender == "男"
                                else "父女"
                                if parent.gender == "男"
                                else "母子"
                                if child.gender == "男"
                                else "母女"
                            ]
                        )
                    elif c == "联系电话":
                        row.append([ctx.phone(parent, 0.1)])
                    elif c in ("房产地址", "居住地址", "实际居住地"):
                        row.append([ctx.address(urban=rng.random() < 0.7, level=rng.choice((0, 0, 1)))])
                    elif c == "不动产权证号":
                        row.append(
                            [
                                f"{r.prov_short[0]}（{rng.randint(2012, ctx.year)}）{r.county}不动产权第{rng.randint(1, 99999):07d}号"
                            ]
                        )
                    elif c == "审核结果":
                        row.append(
                            [rng.choice(("通过", "通过", "通过", "待补充材料", "调剂至" + school(ctx)))]
                        )
                    else:
                        row.append(
                            ["申请随班就读（", L("health", rng.choice(SPECIAL_NEEDS)), "）"]
                            if rng.random() < 0.25
                            else [rng.choice(("", "二孩", "随迁子女", "烈士子女", "—"))]
                        )
                rows.append(row)
            blocks.append(Table(cols, rows))
            blocks.append(sign(ctx, sch))
            return blocks, title
        parent = ctx.person(born=(1978, 1995))
        child = child_of(ctx, parent, (2017, 2019))
        title = "义务教育学位审核结果告知书"
        blocks = header(ctx, bureau, title)
        blocks.append(Para([nm(parent), rng.choice(("家长：", "同志：", "（家长）："))], indent=False))
        ok = rng.random() < 0.7
        blocks.append(
            Para(
                [
                    "您为子女",
                    nm(child),
                    "（身份证号：",
                    ctx.idc(child),
                    f"）申请的{sch}一年级学位，登记房产地址为",
                    ctx.address(urban=True, level=rng.choice((1, 2))),
                    "，"
                    + (
                        "经户籍、房产及实际居住情况核验，符合划片入学条件，审核通过。请于8月25日持户口簿原件到校报到。"
                        if ok
                        else f"经核验，该房产已于{ctx.year - 1}年为其他适龄儿童使用学位，根据“六年一学位”规定，统筹安排至{school(ctx)}就读。"
                    ),
                ]
            )
        )
        if rng.random() < 0.4:
            blocks.append(
                Para(
                    [
                        "据您填报的情况，该生患有",
                        L("health", rng.choice(SPECIAL_NEEDS)),
                        "，学校将安排资源教师跟进，并为其建立个别化教育档案。",
                    ]
                )
            )
        blocks.append(
            Para(
                [
                    f"如有疑问，请在收到本告知书之日起三个工作日内向{bureau}基础教育科申请复核，电话：{ctx.office_phone()}。"
                ]
            )
        )
        blocks.append(sign(ctx, bureau))
        return blocks, title
    # sub 2: 转学申请
    parent = ctx.person(born=(1975, 1995))
    child = child_of(ctx, parent, (ctx.year - 15, ctx.year - 7))
    title = rng.choice(("中小学生转学申请表", "义务教育阶段学生转学（转出）审批表", "学生转学联系单"))
    src, dst = (
        school(ctx, "小学" if ctx.year - child.birth.year - 6 <= 6 else "中学"),
        school(ctx, "小学" if ctx.year - child.birth.year - 6 <= 6 else "中学"),
    )
    blocks += header(ctx, bureau, title)
    k = rng.random()
    reason: Parts
    if k < 0.3:
        reason = [
            "因患",
            L(
                "health",
                rng.choice(("抑郁症", "支气管哮喘", "癫痫", "1型糖尿病", "先天性心脏病", "肾病综合征")),
            ),
            "，需随家长到就医地附近就读",
        ]
    else:
        reason = [
            rng.choice(
                (
                    "随父母务工迁居",
                    "家庭搬迁，原校距离较远",
                    "父母工作调动",
                    "随祖父母生活",
                    "购置新房，户籍迁入新学区",
                )
            )
        ]
    gid = rng.random() < 0.5
    items: list[tuple[str, Parts]] = [
        ("学生姓名", [nm(child)]),
        ("性别", [child.gender]),
        ("出生日期", [ctx.fmt(child.birth, 0)]),
        ("民族", [child.ethnic]),
    ]
    items.append(("全国学籍号", ["G", ctx.idc(child)]) if gid else ("身份证号", [ctx.idc(child)]))
    items += [
        ("原就读学校", [src]),
        (
            "年级班级",
            [f"{cn(min(9, max(1, ctx.year - child.birth.year - 6)))}年级（{rng.randint(1, 8)}）班"],
        ),
        ("拟转入学校", [dst]),
        ("转学原因", reason),
        ("家庭住址", [ctx.address(level=rng.choice((0, 1, 2)))]),
        ("监护人", [nm(parent)]),
        ("与学生关系", ["父亲" if parent.gender == "男" else "母亲"]),
        ("监护人身份证号", [ctx.idc(parent)]),
        ("联系电话", [ctx.phone(parent, 0.12)]),
    ]
    if rng.random() < 0.5:
        items.append(("电子邮箱", [ctx.email()]))
    if rng.random() < 0.4:
        other = ctx.person(
            region=parent.home,
            style=parent.style,
            gender="女" if parent.gender == "男" else "男",
            born=(1975, 1995),
        )
        items += [("另一监护人", [nm(other)]), ("联系电话", [ctx.phone(other, 0.1)])]
    blocks.append(KV(items, per_line=rng.choice((1, 1, 2))))
    blocks.append(
        Lines(
            [
                ["监护人签字：", nm(parent), "　　　" + ctx.fmt(ctx.date(), 0)],
                [f"转出学校意见：同意转出。　校长：{ctx.official()}（学校盖章）"],
                [f"转入学校意见：同意接收。　经办人：{ctx.official()}"],
                [f"教育局审批意见：同意。　审批人：{ctx.official()}　{ctx.fmt(ctx.date(), 3)}"],
            ]
        )
    )
    if rng.random() < 0.5:
        blocks.append(
            Para(
                [
                    "说明：本表一式三份，转出学校、转入学校、教育局各存一份；学籍系统转接须在审批后十个工作日内完成。"
                ],
                indent=False,
            )
        )
    return blocks, title


# ---------------------------------------------------------------------------
# Family 6: 住建
# ---------------------------------------------------------------------------

VOTE_ITEMS = (
    "选举第二届业主委员会",
    "续聘物业服务企业",
    "使用专项维修资金更换电梯",
    "调整物业服务收费标准",
    "修订管理规约",
    "增设电动自行车充电桩",
    "外墙保温层维修",
)


def room_no(ctx: Ctx, estate: str | None) -> str:
    rng = ctx.rng
    b, u, fl = rng.randint(1, 24), rng.randint(1, 4), rng.randint(1, 18)
    body = rng.choice(
        (
            f"{b}号楼{u}单元{fl}{rng.randint(1, 4):02d}室",
            f"{b}栋{u}单元{fl}{rng.randint(1, 4):02d}室",
            f"{b}幢{fl}{rng.randint(1, 4):02d}室",
            f"{b}号楼{u}单元{fl}{rng.randint(1, 4):02d}",
        )
    )
    if body.endswith("室"):
        return (estate or "") + body
    return (estate or "") + body + "室"


def housing(ctx: Ctx, sub: int) -> tuple[list[Block], str]:
    rng = ctx.rng
    r = ctx.r
    bureau = ctx.agency_prefix() + "住房和城乡建设局"
    blocks: list[Block] = []
    if sub == 0:
        estate = rng.choice(r.estates)
        streets = [t for t in r.towns if t.endswith("街道")]
        street = rng.choice(streets) if streets else ctx.town()
        street_office = f"{street}办事处" if street.endswith("街道") else f"{street}人民政府"
        pm = city_short(r) + rng.choice(COMPANY_WORDS) + "物业服务有限公司"
        if rng.random() < 0.6:
            item = rng.choice(VOTE_ITEMS)
            title = rng.choice(
                (
                    f"{estate}业主大会表决票统计结果公告",
                    f"{estate}关于“{item}”事项业主表决结果的公示",
                    f"{estate}第{cn(rng.randint(1, 3))}次业主大会会议表决情况统计表",
                )
            )
            committee = "业主大会筹备组" if "选举" in item else "业主委员会"
            blocks += header(ctx, f"{estate}{committee}", title)
            n = rng.randint(7, 14)
            total_h = rng.randint(300, 1200)
            vote0 = ctx.anchor - dt.timedelta(days=rng.randint(18, 40))
            blocks.append(
                Para(
                    [
                        f"{estate}业主大会于{ctx.fmt(vote0, 0)}至{ctx.fmt(vote0 + dt.timedelta(days=10), 0)}以书面征求意见方式召开，就“{item}”事项进行表决。本小区专有部分总面积{rng.randint(30000, 120000)}平方米，总户数{total_h}户；在{street_office}及社区居委会监督下，{ctx.fmt(vote0 + dt.timedelta(days=rng.randint(11, 14)), 0)}对收回的表决票进行了唱票、计票。现将部分表决票（含委托投票、弃权及无效票）登记情况公布如下，全部表决票存档于社区居委会备查。"
                    ]
                )
            )
            cols = ["序号", "房号", "业主姓名", "建筑面积（㎡）", "表决意见", "备注"]
            if rng.random() < 0.35:
                cols.insert(3, "联系电话")
            rows: list[list[Parts]] = []
            for i in range(n):
                o = ctx.person(born=(1950, 1995))
                owner: Parts = [nm(o)]
                if rng.random() < 0.2:
                    sp = ctx.person(
                        region=o.home,
                        style=o.style,
                        gender="女" if o.gender == "男" else "男",
                        born=(1950, 1995),
                    )
                    owner += ["、", nm(sp)]
                row: list[Parts] = []
                for c in cols:
                    if c == "序号":
                        row.append([str(i + 1)])
                    elif c == "房号":
                        row.append([L("address", room_no(ctx, estate if rng.random() < 0.3 else None))])
                    elif c == "业主姓名":
                        row.append(owner)
                    elif c == "联系电话":
                        row.append(
                            [ctx.masked_mobile()]
                            if rng.random() < 0.3
                            else [ctx.email()]
                            if rng.random() < 0.2
                            else [ctx.phone(o, 0.1)]
                        )
                    elif c == "建筑面积（㎡）":
                        row.append([f"{rng.randint(58, 168)}.{rng.randint(0, 99):02d}"])
                    elif c == "表决意见":
                        row.append([rng.choice(("同意", "同意", "同意", "反对", "弃权", "无效（未签字）"))])
                    else:
                        k = rng.random()
                        if k < 0.2:
                            dele, drel = kin(ctx, o, ("儿子", "女儿", "妻子", "丈夫"))
                            row.append(["委托", nm(dele), f"（{drel}）代为投票"])
                        elif k < 0.3:
                            row.append(["租户代交，未计入"])
                        else:
                            row.append([""] if rng.random() < 0.5 else ["—"])
                rows.append(row)
            blocks.append(Table(cols, rows))
            yes = rng.randint(int(total_h * 0.55), int(total_h * 0.8))
            blocks.append(
                Para(
                    [
                        f"统计结果：参与表决业主{yes + rng.randint(20, 60)}户，其中同意{yes}户，占总户数的{yes * 100 // total_h}%；所占专有部分面积占比{rng.randint(56, 81)}.{rng.randint(0, 9)}%。根据《民法典》第二百七十八条规定，该事项{'获得通过' if yes * 100 // total_h >= 67 else '未达到通过比例'}。"
                    ]
                )
            )
            if "选举" in item:
                members = [ctx.person(born=(1955, 1990)) for _ in range(rng.choice((3, 5, 5, 7)))]
                blocks.append(
                    Para(
                        [
                            "当选第二届业主委员会委员（按得票多少排序）：",
                            *names_list(members),
                            "。其中",
                            nm(members[0]),
                            "为主任委员，联系电话",
                            ctx.mobile(),
                            "。",
                        ]
                    )
                )
            blocks.append(
                Para(
                    [f"计票人：{ctx.official()}（社区居委会）　监票人：{ctx.official()}（{street_office}）"],
                    indent=False,
                )
            )
            blocks.append(
                Para(
                    [
                        f"物业服务企业：{pm}（统一社会信用代码{ctx.credit('91')}），24小时服务电话{ctx.office_phone()}，邮箱{ctx.company_email('wy' + str(rng.randint(10, 99)))}。"
                    ],
                    indent=False,
                )
            )
            blocks.append(sign(ctx, f"{estate}{committee}"))
            return blocks, title
        title = rng.choice(
            ("物业服务纠纷调解情况通报", f"关于{estate}物业费纠纷人民调解情况的公示", "物业纠纷调解协议书")
        )
        blocks += header(ctx, f"{street}人民调解委员会", title)
        cases = rng.randint(2, 4)
        for i in range(cases):
            o = ctx.person(born=(1950, 1995))
            arrears = rng.randint(800, 9000)
            blocks.append(
                Para(
                    [
                        f"{cn(i + 1)}、业主",
                        nm(o),
                        "（房号",
                        L("address", room_no(ctx, estate)),
                        "，联系电话",
                        ctx.phone(o, 0.15),
                        f"）因{rng.choice(('楼上漏水长期未维修', '地下车库照明损坏', '电梯频繁停运', '小区绿化被占用'))}拒交物业费，累计欠费{arrears}元。{pm}于{ctx.fmt(ctx.date(), 0)}申请调解。经调解员{ctx.official()}组织双方协商，物业公司承诺{rng.choice(('十五日内完成维修', '减免三个月物业费', '更换照明设施'))}，业主同意分期缴清欠费，首期{arrears // 2}元于{ctx.fmt(ctx.future(10, 30), 0)}前缴纳。",
                    ]
                )
            )
        blocks.append(
            Para(
                [
                    f"另有{rng.randint(3, 9)}户业主（如{rng.choice(HAN_SURNAMES)}先生、{rng.choice(HAN_SURNAMES)}女士等）反映的问题已转交物业公司限期整改。物业公司投诉电话：{ctx.office_phone()}；社区调解室电话：{ctx.office_phone()}。"
                ]
            )
        )
        blocks.append(sign(ctx, f"{street}人民调解委员会"))
        return blocks, title
    if sub == 1:
        hp = ctx.person(born=(1940, 1985))
        title = rng.choice(("房屋安全鉴定结果告知书", "关于房屋安全鉴定结论的通知", "危险房屋鉴定结果通知书"))
        blocks += header(
            ctx,
            bureau if rng.random() < 0.6 else f"{ctx.town()}人民政府",
            title,
            ctx.docno("建房鉴") if rng.random() < 0.5 else None,
        )
        blocks.append(Para([nm(hp), rng.choice(("：", "（房屋所有权人）：", "户："))], indent=False))
        rural = rng.random() < 0.75
        addr = ctx.address(urban=not rural, level=rng.choice((0, 1, 2)))
        helper = "村委会" if rural else "社区居委会"
        level = rng.choice(("C级", "D级", "C级", "B级"))
        firm = r.prov_short + rng.choice(COMPANY_WORDS) + "建设工程质量检测有限公司"
        blocks.append(
            Para(
                [
                    f"经{firm}于{ctx.fmt(ctx.date(), 0)}对你（户）位于",
                    addr,
                    f"的{rng.choice(('土木结构', '砖木结构', '砖混结构', '生土结构')) if rural else rng.choice(('砖混结构', '混合结构'))}住房进行安全鉴定（鉴定报告编号：{rng.choice(('JD', 'FW', 'AQ'))}{ctx.year}{rng.randint(1, 9999):04d}），鉴定结论为{level}危险房屋，{'房屋局部构件危险，须进行加固维修' if level != 'D级' else '房屋整体危险，应立即停止使用并拆除重建'}。",
                ]
            )
        )
        occ = [
            kin(ctx, hp, ("母亲", "父亲", "妻子", "丈夫", "儿子"))[0] for _ in range(rng.choice((0, 1, 1, 2)))
        ]
        if occ:
            seg: Parts = ["据核查，该房屋现居住人员为", nm(hp), "及", *names_list(occ)]
            if rng.random() < 0.6:
                seg += [
                    "，其中",
                    nm(occ[0]),
                    "患有",
                    L(
                        "health",
                        rng.choice(
                            (
                                "脑梗死后遗症",
                                "阿尔茨海默病",
                                "慢性阻塞性肺疾病",
                                "肢体残疾二级",
                                "类风湿关节炎",
                                "帕金森病",
                            )
                        ),
                    ),
                    "，行动不便，请" + helper + "协助安排临时安置",
                ]
            seg.append("。")
            blocks.append(Para(seg))
        blocks.append(
            Para(
                [
                    f"请你户自收到本通知之日起{rng.choice(('十五日', '三十日', '七日'))}内{rng.choice(('搬离该房屋', '停止使用该房屋并设置警示标志', '委托有资质的单位进行加固'))}。{'符合农村危房改造条件的，可向' + ctx.town() + '人民政府申请补助。' if rural else '涉及公共部位维修的，可依法申请使用专项维修资金。'}因拒不搬离造成人身财产损失的，由房屋所有人自行承担。"
                ]
            )
        )
        if rural and rng.random() < 0.6:
            bank, card = ctx.bank()
            blocks.append(
                Para(
                    [
                        f"你户已纳入{ctx.year}年农村危房改造计划，补助资金{ctx.money(15000, 35000, False)}元将通过“一卡通”直接发放至户主{bank}账户（",
                        card,
                        "）。",
                    ]
                )
            )
        blocks.append(
            Para(
                [f"联系人：{ctx.official()}（{ctx.town()}村镇建设服务中心），电话：{ctx.office_phone()}。"],
                indent=False,
            )
        )
        blocks.append(sign(ctx, bureau))
        if rng.random() < 0.5:
            blocks.append(Lines([["签收人：", nm(hp), "　　签收日期：　　年　　月　　日"]]))
        return blocks, title
    # sub 2: 农房建设审批
    town = ctx.town()
    village = rng.choice(r.villages)
    title = rng.choice(
        (
            f"{town}{ctx.year}年第{cn(rng.randint(1, 6))}批农村宅基地和建房（规划许可）审批公示",
            f"{village}农村村民建房申请公示",
            "农村村民住房建设审批结果公示",
        )
    )
    blocks += header(ctx, f"{town}人民政府", title)
    n = rng.randint(4, 10)
    blocks.append(
        Para(
            [
                f"根据《中华人民共和国土地管理法》和{r.prov_short}农村宅基地管理有关规定，经农户申请、村民小组会议讨论、村级审查、乡镇联审，以下{n}户建房申请符合条件，现予公示，公示期{ctx.period(7)}。对公示内容有异议的，请向{town}自然资源所或{village}村民委员会反映，电话{ctx.office_phone()}。"
            ]
        )
    )
    households = []
    for _ in range(n):
        h = ctx.person(born=(1960, 1998))
        households.append(h)
    cols = [
        "序号",
        "户主姓名",
        "身份证号",
        "家庭人口",
        "建房地址",
        "四至",
        "宅基地面积（㎡）",
        "建筑面积（㎡）",
        "层数",
        "建房类型",
    ]
    if rng.random() < 0.4:
        cols.insert(3, "联系电话")
    rows = []
    for i, h in enumerate(households):
        n1 = ctx.person(region=r, born=(1950, 1995))
        sides: Parts = ["东至", nm(n1), "宅，西至", rng.choice(("村道", "水渠", "空地", "巷道")), "，南至"]
        if rng.random() < 0.5:
            sides += [nm(ctx.person(region=r, born=(1950, 1995))), "宅"]
        else:
            sides.append(rng.choice(("农田", "排水沟", "集体林地")))
        sides.append("，北至" + rng.choice(("道路", "村组公路", "林带", "自家承包地")))
        row = []
        for c in cols:
            if c == "序号":
                row.append([str(i + 1)])
            elif c == "户主姓名":
                row.append([nm(h)])
            elif c == "身份证号":
                row.append([ctx.idc(h)])
            elif c == "联系电话":
                row.append([ctx.phone(h, 0.2)])
            elif c == "家庭人口":
                row.append([str(rng.randint(2, 7))])
            elif c == "建房地址":
                row.append([L("address", (town if rng.random() < 0.5 else "") + village + ctx.group_unit(r))])
            elif c == "四至":
                row.append(sides)
            elif c == "宅基地面积（㎡）":
                row.append([str(rng.randint(150, 270))])
            elif c == "建筑面积（㎡）":
                row.append([str(rng.randint(90, 240))])
            elif c == "层数":
                row.append([rng.choice(("1", "1", "2", "二层"))])
            else:
                row.append([rng.choice(("原址翻建", "原址翻建", "新申请宅基地", "分户新建", "异地搬迁"))])
        rows.append(row)
    blocks.append(Table(cols, rows))
    if rng.random() < 0.35:
        h0 = households[0]
        attendees = [ctx.person(region=r, born=(1945, 1995)) for _ in range(rng.randint(4, 8))]
        blocks.append(Title("附：村民小组会议记录（摘要）"))
        blocks.append(
            Para(
                [
                    f"时间：{ctx.fmt(ctx.date(), 0)}　地点：{village}村委会会议室　主持人：村民小组长{ctx.official()}　记录人：{ctx.official()}（包村干部）"
                ],
                indent=False,
            )
        )
        blocks.append(
            Para(
                [
                    "参会农户代表：",
                    *names_list(attendees, rng.choice(("、", "、", "，"))),
                    f"等{len(attendees) + rng.randint(5, 20)}人。",
                ],
                indent=False,
            )
        )
        blocks.append(
            Para(
                [
                    "会议讨论了",
                    nm(h0),
                    "户的建房申请。",
                    nm(attendees[0]),
                    "发言：该户现住房为",
                    rng.choice(("上世纪七十年代所建土坯房", "危房", "三代同住的老宅")),
                    "，拟建位置不占耕地，本人无异议。",
                    nm(attendees[1]),
                    "提出：建房时应注意西侧排水，不得侵占村道。经举手表决，",
                    f"{len(attendees) + rng.randint(3, 15)}",
                    "人同意，0人反对，同意上报。",
                ]
            )
        )
    if rng.random() < 0.5:
        g1 = rng.randint(1, 6)
        blocks.append(
            Para(
                [
                    f"同期公示的{village}{rng.choice(('村组道路硬化工程', '饮水安全巩固提升工程', '农田水利渠道改造工程', '村级综合服务中心建设项目'))}（建设地点：{town}{village}{cn(g1)}组至{cn(g1 + rng.randint(1, 4))}组，总投资{rng.randint(20, 380)}万元）不属于村民建房审批事项，另行公示。"
                ]
            )
        )
    blocks.append(Para([f"{village}村民委员会（盖章）　　{town}自然资源所（盖章）"], indent=False))
    blocks.append(sign(ctx, f"{town}人民政府"))
    return blocks, title


# ---------------------------------------------------------------------------
# Family 7: 市场监管 / 消费
# ---------------------------------------------------------------------------

SHOP_KINDS = (
    "牛肉拉面馆",
    "烩面馆",
    "日用品商行",
    "便民超市",
    "五金建材店",
    "手机维修部",
    "服装店",
    "农资门市部",
    "粮油店",
    "烧烤店",
    "羊杂碎馆",
    "理发店",
    "副食品店",
    "家电维修部",
    "面包坊",
    "药材店",
    "废旧物资回收站",
)
SAMPLES = (
    ("韭菜", "腐霉利", "0.86mg/kg", "≤0.2mg/kg"),
    ("芹菜", "毒死蜱", "0.12mg/kg", "≤0.05mg/kg"),
    ("鸡蛋", "恩诺沙星", "42.3μg/kg", "不得检出"),
    ("豇豆", "噻虫胺", "0.31mg/kg", "≤0.01mg/kg"),
    ("油条", "铝的残留量（干样品，以Al计）", "289mg/kg", "≤100mg/kg"),
    ("白酒", "甜蜜素（以环己基氨基磺酸计）", "0.0625g/kg", "不得使用"),
    ("馒头", "苯甲酸及其钠盐（以苯甲酸计）", "0.215g/kg", "不得使用"),
    ("牛肉", "克伦特罗", "1.2μg/kg", "不得检出"),
    ("食用植物油", "酸价（KOH）", "4.8mg/g", "≤3mg/g"),
    ("花椒", "二氧化硫残留量", "0.32g/kg", "≤0.1g/kg"),
)


FOOD_SHOPS = (
    "牛肉拉面馆",
    "便民超市",
    "粮油店",
    "副食品店",
    "面包坊",
    "生鲜超市",
    "蔬菜店",
    "清真牛羊肉店",
    "早餐店",
    "农贸批发部",
)


def shop_name(ctx: Ctx, food: bool = False) -> str:
    rng = ctx.rng
    kinds = FOOD_SHOPS if food else SHOP_KINDS
    where = rng.choice((ctx.r.county, ctx.town(), ctx.r.county))
    k = rng.random()
    if k < 0.4:
        return f"{where}{rng.choice(HAN_SURNAMES + '马马马')}记{rng.choice(kinds)}"
    if k < 0.75:
        return f"{where}{rng.choice(COMPANY_WORDS)}{rng.choice(kinds)}"
    return f"{where}{rng.choice(('惠民', '好再来', '老字号', '家家乐', '便利', '阳光', '诚信'))}{rng.choice(kinds)}"


SHOP_GOODS = {
    "家电维修部": ("电饭煲", "洗衣机", "热水器"),
    "五金建材店": ("水龙头", "瓷砖胶", "防水涂料"),
    "服装店": ("羽绒服", "皮鞋", "儿童外套"),
    "手机维修部": ("手机屏幕", "充电器"),
    "日用品商行": ("电热水壶", "儿童玩具", "保温杯"),
    "便民超市": ("牛奶", "食用油", "保健品"),
    "面包坊": ("生日蛋糕", "面包"),
    "清真牛羊肉店": ("羊肉", "牛肉"),
    "粮油店": ("大米", "胡麻油"),
}


def complaint_shop(ctx: Ctx) -> tuple[str, str]:
    rng = ctx.rng
    kind = rng.choice(list(SHOP_GOODS))
    where = rng.choice((ctx.r.county, ctx.town()))
    word = rng.choice((*COMPANY_WORDS, "惠民", "家家乐", rng.choice(HAN_SURNAMES) + "记"))
    return f"{where}{word}{kind}", rng.choice(SHOP_GOODS[kind])


def market(ctx: Ctx, sub: int) -> tuple[list[Block], str]:
    rng = ctx.rng
    r = ctx.r
    bureau = ctx.agency_prefix() + "市场监督管理局"
    blocks: list[Block] = []
    if sub == 0:
        if rng.random() < 0.35:
            op = ctx.person(born=(1960, 2000))
            shop = shop_name(ctx)
            title = rng.choice(
                (
                    "行政处罚决定书（吊销营业执照）",
                    "吊销营业执照行政处罚决定公告送达",
                    "关于吊销个体工商户营业执照的决定",
                )
            )
            blocks += header(ctx, bureau, title, ctx.docno("市监处"))
            idl, idv = idents(ctx, op, 0.35)
            phone_item: list[tuple[str, Parts]] = (
                [("联系电话", [ctx.phone(op, 0.2)])] if rng.random() < 0.6 else []
            )
            blocks.append(
                KV(
                    [
                        ("当事人", [shop + "（个体工商户）"]),
                        ("统一社会信用代码", [ctx.credit("92")]),
                        ("经营者", [nm(op)]),
                        (idl if idl != "居民身份证" else "经营者身份证号", [idv]),
                        ("经营场所", [ctx.shop_addr()]),
                        ("经营者住所", [ctx.address()]),
                        *phone_item,
                    ],
                    per_line=1,
                )
            )
            blocks.append(
                Para(
                    [
                        f"经查，当事人自{ctx.year - rng.randint(1, 3)}年起未依法报送年度报告，且通过登记的经营场所无法取得联系，已被列入经营异常名录满两年。本局于{ctx.fmt(ctx.date(), 0)}向当事人送达听证告知书，当事人在法定期限内未提出陈述、申辩及听证要求。依据《促进个体工商户发展条例》及《中华人民共和国市场主体登记管理条例》第四十四条的规定，决定吊销当事人营业执照。"
                    ]
                )
            )
            blocks.append(
                Para(
                    [
                        f"当事人如不服本处罚决定，可在收到本决定书之日起六十日内向{ctx.agency_prefix()}人民政府申请行政复议，也可在六个月内依法向人民法院提起行政诉讼。因当事人下落不明，本决定书以公告方式送达，自公告发布之日起满三十日视为送达。"
                    ]
                )
            )
            blocks.append(sign(ctx, bureau))
            return blocks, title
        revoke = rng.random() < 0.4
        title = (
            rng.choice((f"关于吊销{rng.randint(6, 40)}户个体工商户营业执照的公告", "个体工商户吊销公告"))
            if revoke
            else rng.choice(
                (
                    "个体工商户简易注销公告",
                    f"{ctx.year}年第{rng.randint(1, 30)}期个体工商户注销登记公告",
                    "关于个体工商户注销登记的公示",
                )
            )
        )
        blocks += header(ctx, bureau, title)
        if revoke:
            intro = "以下个体工商户连续两年未报送年度报告且无法联系，依据有关规定，本局决定吊销其营业执照，自公告之日起停止经营活动。"
        else:
            intro = rng.choice(
                (
                    f"以下个体工商户已向本局申请简易注销登记，公示期为{ctx.period(20)}。公示期内，利害关系人可通过国家企业信用信息公示系统或向本局提出异议。",
                    "经营者申请注销登记的下列个体工商户，本局已依法核准注销，其营业执照正、副本同时作废。",
                )
            )
        blocks.append(Para([intro]))
        cols = ["序号", "个体工商户名称", "统一社会信用代码", "经营者", "经营场所"]
        if rng.random() < 0.5:
            cols.append(rng.choice(("经营者身份证号", "经营者证件号码")))
        cols.append("吊销原因" if revoke else rng.choice(("注销日期", "登记日期")))
        rows: list[list[Parts]] = []
        for i in range(rng.randint(6, 14)):
            op = ctx.person(born=(1955, 2002))
            masked = rng.random() < 0.08
            row: list[Parts] = []
            for c in cols:
                if c == "序号":
                    row.append([str(i + 1)])
                elif c == "个体工商户名称":
                    row.append([shop_name(ctx)])
                elif c == "统一社会信用代码":
                    row.append([ctx.credit("92")])
                elif c == "经营者":
                    row.append([mask_name(rng, op.name)] if masked else [nm(op)])
                elif c == "经营场所":
                    row.append([ctx.shop_addr()])
                elif c == "经营者身份证号":
                    row.append([ctx.masked_id(op)] if masked else [ctx.idc(op)])
                elif c == "经营者证件号码":
                    row.append([ctx.masked_id(op)] if masked else [idents(ctx, op, 0.45)[1]])
                elif c == "吊销原因":
                    row.append(
                        [rng.choice(("连续两年未报送年报", "通过登记的经营场所无法联系", "被依法责令关闭"))]
                    )
                else:
                    row.append(
                        [
                            ctx.fmt(
                                ctx.date(ctx.year - (0 if c == "注销日期" else rng.randint(2, 12))),
                                rng.choice((3, 4, 0)),
                            )
                        ]
                    )
            rows.append(row)
        blocks.append(Table(cols, rows))
        blocks.append(contact(ctx, bureau + rng.choice(("登记注册科", "信用监管科"))))
        blocks.append(sign(ctx, bureau))
        return blocks, title
    if sub == 1:
        title = rng.choice(
            (
                f"{ctx.year}年第{cn(rng.randint(1, 4))}季度消费投诉调解结果公示",
                "消费者投诉处理情况公示",
                f"{ctx.agency_prefix()}12315投诉举报调解结果公开",
            )
        )
        blocks += header(ctx, bureau, title)
        blocks.append(
            Para(
                [
                    f"为保护消费者合法权益，发挥社会监督作用，现将{bureau}及各市场监管所办结的部分消费投诉调解结果予以公示。消费者如对处理结果有异议，可拨打12315热线或登录全国12315平台反映。"
                ]
            )
        )
        n = rng.randint(5, 11)
        if rng.random() < 0.55:
            cols = ["序号", "投诉人", "联系方式", "被投诉人", "投诉事由", "调解结果", "挽回经济损失（元）"]
            rows = []
            for i in range(n):
                p = ctx.person(born=(1950, 2004))
                k = rng.random()
                if k < 0.15:
                    who: Parts = (
                        [p.surname + rng.choice(("先生", "女士"))] if p.surname else [mask_name(rng, p.name)]
                    )
                    how: Parts = [ctx.masked_mobile()]
                else:
                    who = [nm(p)]
                    q = rng.random()
                    how = [ctx.email()] if q < 0.25 else [ctx.phone(p, 0.12)]
                rows.append(
                    [
                        [str(i + 1)],
                        who,
                        how,
                        [
                            rng.choice(
                                (
                                    shop_name(ctx),
                                    company(ctx),
                                    city_short(r) + rng.choice(COMPANY_WORDS) + "汽车销售服务有限公司",
                                )
                            )
                        ],
                        [
                            rng.choice(
                                (
                                    "预付卡停业无法退费",
                                    "购买的电动车电池存在质量问题",
                                    "餐饮食品内有异物",
                                    "网购商品与宣传不符",
                                    "装修工程延期交付",
                                    "手机维修后出现新故障",
                                    "培训机构拒绝退费",
                                    "商品房交付面积不足",
                                )
                            )
                        ],
                        [
                            rng.choice(
                                (
                                    "达成调解，商家退款",
                                    "达成调解，更换商品",
                                    "未达成调解，已告知诉讼途径",
                                    "商家赔偿",
                                    "终止调解",
                                )
                            )
                        ],
                        [str(rng.randint(0, 30000))],
                    ]
                )
            blocks.append(Table(cols, rows))
        else:
            for i in range(min(n, rng.randint(2, 4))):
                p = ctx.person(born=(1950, 2004))
                shop, product = complaint_shop(ctx)
                seg: Parts = [
                    f"案例{cn(i + 1)}：{ctx.fmt(ctx.date(), 0)}，消费者",
                    nm(p),
                    "（联系电话",
                    ctx.phone(p, 0.1),
                    f"）投诉称，其在{shop}购买的{product}存在质量问题，要求退货并赔偿。经{ctx.town()}市场监管所调解，商家同意退还货款{ctx.money(200, 6000, False)}元",
                ]
                if rng.random() < 0.5:
                    bank, card = ctx.bank()
                    seg += [f"，款项已转入消费者{bank}账户（", card, "）"]
                seg.append("。")
                if rng.random() < 0.3:
                    seg += ["消费者另通过电子邮箱", ctx.email(), "补充提交了购物凭证。"]
                blocks.append(Para(seg))
        blocks.append(
            Para(
                [f"监督电话：{ctx.office_phone()}　投诉举报热线：12315　地址：{ctx.agency_addr()}"],
                indent=False,
            )
        )
        blocks.append(sign(ctx, bureau))
        return blocks, title
    # sub 2: 抽检不合格
    title = rng.choice(
        (
            f"{ctx.year}年第{rng.randint(1, 30)}期食品安全监督抽检不合格情况通告",
            "食品安全抽检不合格产品信息公告",
            "关于食用农产品抽检不合格核查处置情况的通报",
        )
    )
    blocks += header(ctx, bureau, title)
    lab = r.prov_short + rng.choice(("产品质量检验研究院", "食品检验研究院", "检验检测中心有限公司"))
    n = rng.randint(4, 9)
    total = rng.randint(120, 600)
    blocks.append(
        Para(
            [
                f"近期，{bureau}组织抽检食品及食用农产品{total}批次，其中合格{total - n}批次，不合格{n}批次。现将不合格产品信息通告如下（检验机构：{lab}）："
            ]
        )
    )
    cols = [
        "序号",
        "被抽样单位",
        "经营者",
        "被抽样单位地址",
        "样品名称",
        "不合格项目",
        "检验结果",
        "标准值",
        "报告编号",
    ]
    rows = []
    ops: list[tuple[str, Person]] = []
    for i in range(n):
        op = ctx.person(born=(1960, 2000))
        shop = shop_name(ctx, food=True)
        ops.append((shop, op))
        smp = rng.choice(SAMPLES)
        rows.append(
            [
                [str(i + 1)],
                [shop],
                [nm(op)] if i == 0 or rng.random() < 0.85 else [mask_name(rng, op.name)],
                [ctx.shop_addr()],
                [smp[0]],
                [smp[1]],
                [smp[2]],
                [smp[3]],
                [f"{rng.choice(('SC', 'JC', 'NC'))}{ctx.year}{r.code[:4]}{rng.randint(1, 99999):05d}"],
            ]
        )
    blocks.append(Table(cols, rows))
    if rng.random() < 0.6:
        shop, op = ops[0]
        blocks.append(
            Para(
                [
                    "核查处置情况：",
                    f"{bureau}已责令{shop}（经营者",
                    nm(op),
                    "，联系电话",
                    ctx.phone(op, 0.15),
                    "）立即下架、封存不合格产品，依法立案调查，并追溯进货来源。",
                ]
            )
        )
    blocks.append(Para([f"消费者如发现上述不合格食品，可拨打投诉举报电话12315或{ctx.office_phone()}。"]))
    blocks.append(sign(ctx, bureau))
    return blocks, title


# ---------------------------------------------------------------------------
# Family 8: 人社
# ---------------------------------------------------------------------------

TRADES = (
    "中式烹调师",
    "电工",
    "焊工",
    "育婴员",
    "保育师",
    "养老护理员",
    "美发师",
    "汽车维修工",
    "家政服务员",
    "茶艺师",
    "农作物植保员",
    "砌筑工",
    "电子商务师",
    "挖掘机驾驶员",
    "西式面点师",
    "钢筋工",
    "中式面点师",
    "民族刺绣工",
)
GRADES = ("初级工（五级）", "中级工（四级）", "高级工（三级）", "技师（二级）", "专项职业能力")
OCC_DX = (
    "尘肺病二期",
    "矽肺一期",
    "腰椎间盘突出症（重度）",
    "慢性阻塞性肺疾病",
    "冠心病",
    "双眼白内障",
    "脑梗死后遗症",
    "噪声聋",
)


def hrss(ctx: Ctx, sub: int) -> tuple[list[Block], str]:
    rng = ctx.rng
    r = ctx.r
    bureau = ctx.agency_prefix() + rng.choice(
        ("人力资源和社会保障局", "人力资源和社会保障局", "就业服务中心", "社会保险事业管理中心")
    )
    blocks: list[Block] = []
    if sub == 0:
        title = rng.choice(
            (
                f"{ctx.year}年第{cn(rng.randint(1, 6))}批职业技能提升补贴申领人员公示",
                "职业技能等级证书补贴拟发放名单公示",
                f"关于{ctx.year}年技能提升补贴申领审核结果的公示",
            )
        )
        blocks += header(ctx, bureau, title)
        n = rng.randint(6, 14)
        blocks.append(
            Para(
                [
                    f"根据《关于实施职业技能提升行动“互联网＋职业技能培训计划”的通知》等文件规定，经个人申请、资格审核，{n}名参保职工符合技能提升补贴申领条件，现予公示，公示期{ctx.period(5)}。公示无异议后，补贴资金将直接发放至申领人本人社会保障卡金融账户。"
                ]
            )
        )
        cols = [
            "序号",
            "姓名",
            rng.choice(("身份证号码", "身份证号码", "证件号码")),
            "职业（工种）",
            "等级",
            "证书编号",
            "补贴金额（元）",
            rng.choice(("社会保障卡金融账号", "银行账号", "发放账号")),
            "开户银行",
        ]
        if rng.random() < 0.4:
            cols.insert(2, "性别")
        if rng.random() < 0.3:
            cols.insert(-2, "参保单位")
        if rng.random() < 0.25:
            cols.insert(3, "电子邮箱")
        rows: list[list[Parts]] = []
        for i in range(n):
            p = ctx.person(born=(1968, 2003))
            bank, card = ctx.bank()
            masked = rng.random() < 0.1
            g = rng.choice(GRADES)
            row: list[Parts] = []
            for c in cols:
                if c == "序号":
                    row.append([str(i + 1)])
                elif c == "姓名":
                    row.append([nm(p)])
                elif c == "性别":
                    row.append([p.gender])
                elif c == "身份证号码":
                    row.append([ctx.masked_id(p)] if masked else [ctx.idc(p)])
                elif c == "证件号码":
                    row.append([ctx.masked_id(p)] if masked else [idents(ctx, p, 0.35)[1]])
                elif c == "职业（工种）":
                    row.append([rng.choice(TRADES)])
                elif c == "等级":
                    row.append([g])
                elif c == "证书编号":
                    row.append(
                        [
                            rng.choice(
                                (
                                    f"S{r.code}{rng.randint(10, 99)}{ctx.year - 1}{rng.randint(1, 999999):06d}",
                                    f"Y{r.code[:4]}{ctx.year}{rng.randint(1, 99999):05d}",
                                    f"{ctx.year - 1}{r.code}{rng.randint(1, 999999999):09d}",
                                )
                            )
                        ]
                    )
                elif c == "补贴金额（元）":
                    row.append(
                        [
                            {
                                "初级工（五级）": "1000",
                                "中级工（四级）": "1500",
                                "高级工（三级）": "2000",
                                "技师（二级）": "2500",
                            }.get(g, "800")
                        ]
                    )
                elif c in ("社会保障卡金融账号", "银行账号", "发放账号"):
                    row.append([ctx.masked_card()] if masked else [card])
                elif c == "开户银行":
                    row.append([bank])
                elif c == "电子邮箱":
                    row.append([ctx.email()])
                else:
                    row.append([company(ctx)])
            rows.append(row)
        blocks.append(Table(cols, rows))
        blocks.append(
            Para(
                [
                    f"公示期间如有异议，请向{bureau}职业能力建设科反映。联系人：{ctx.official()}，电话：{ctx.office_phone()}；举报电话：12333。"
                ]
            )
        )
        blocks.append(sign(ctx, bureau))
        return blocks, title
    if sub == 1:
        org = (
            city_short(r)
            + rng.choice(COMPANY_WORDS)
            + rng.choice(("职业培训学校", "技工学校", "职业技能培训中心"))
        )
        trade = rng.choice(TRADES)
        title = rng.choice(
            (
                f"{ctx.year}年失业人员{trade}培训班学员名单",
                f"{org}第{rng.randint(1, 20)}期就业技能培训学员花名册",
                "失业人员职业技能培训人员名单公示",
            )
        )
        blocks += header(ctx, bureau, title)
        n = rng.randint(7, 15)
        blocks.append(
            Para(
                [
                    f"经{bureau}审核，以下{n}名登记失业人员、脱贫劳动力参加{org}举办的{trade}就业技能培训（{ctx.period(20)}，培训地点：{ctx.agency_addr()}），培训合格并取得证书的，按规定享受培训补贴和生活费补贴。"
                ]
            )
        )
        people = [
            ctx.person(region=r if rng.random() < 0.8 else ctx.other_region(), born=(1970, 2004))
            for _ in range(n)
        ]
        if rng.random() < 0.2:
            blocks.append(Para(["学员名单：", *names_list(people), "。"]))
            blocks.append(Para([f"班主任：{ctx.official()}（{org}），联系电话：{ctx.office_phone()}。"]))
            blocks.append(sign(ctx, bureau))
            return blocks, title
        cols = [
            "序号",
            "姓名",
            "性别",
            "年龄",
            rng.choice(("证件号码", "身份证号")),
            "就业失业登记证号",
            "人员类别",
            "联系电话",
        ]
        if rng.random() < 0.4:
            cols.append("现住址")
        if rng.random() < 0.3:
            cols.append("电子邮箱")
        if rng.random() < 0.35:
            cols.append("补贴发放账号")
        rows = []
        for i, p in enumerate(people):
            row = []
            for c in cols:
                if c == "序号":
                    row.append([str(i + 1)])
                elif c == "姓名":
                    row.append([nm(p)])
                elif c == "性别":
                    row.append([p.gender])
                elif c == "年龄":
                    row.append([str(age_of(ctx, p))])
                elif c == "证件号码":
                    row.append([idents(ctx, p, 0.3)[1]])
                elif c == "身份证号":
                    row.append([ctx.idc(p)])
                elif c == "就业失业登记证号":
                    row.append(
                        [
                            rng.choice(
                                (
                                    ctx.luhn_number(16),
                                    f"{r.code}{ctx.year}{rng.randint(1, 999999):06d}",
                                    ctx.luhn_number(18),
                                )
                            )
                        ]
                    )
                elif c == "人员类别":
                    k = rng.random()
                    if k < 0.15:
                        row.append(["残疾人（", L("health", disability(rng)), "）"])
                    else:
                        row.append(
                            [
                                rng.choice(
                                    (
                                        "登记失业人员",
                                        "脱贫劳动力",
                                        "农村转移劳动力",
                                        "高校毕业生",
                                        "退役军人",
                                        "就业困难人员",
                                        "监测对象",
                                    )
                                )
                            ]
                        )
                elif c == "联系电话":
                    row.append([ctx.phone(p, 0.06)])
                elif c == "电子邮箱":
                    row.append([ctx.email()] if rng.random() < 0.8 else ["无"])
                elif c == "补贴发放账号":
                    row.append([ctx.bank()[1]])
                else:
                    row.append([ctx.address(level=0)])
            rows.append(row)
        blocks.append(Table(cols, rows))
        blocks.append(
            Lines(
                [
                    [f"培训机构：{org}（统一社会信用代码：{ctx.credit('52')}）"],
                    [
                        f"机构联系人：{ctx.official()}　电话：{ctx.office_phone()}　邮箱：{ctx.company_email('px' + str(rng.randint(100, 999)))}"
                    ],
                ]
            )
        )
        blocks.append(sign(ctx, bureau))
        return blocks, title
    # sub 2: 退休审批公示
    title = rng.choice(
        (
            f"{ctx.year}年{rng.randint(1, 12)}月企业职工退休审批公示",
            "关于拟办理退休人员的公示",
            "基本养老保险待遇核定（退休审批）公示",
            "退休人员信息登记表",
        )
    )
    blocks += header(ctx, bureau, title)
    if title == "退休人员信息登记表":
        p = ctx.person(born=(ctx.year - 61, ctx.year - 50))
        items: list[tuple[str, Parts]] = [
            ("姓名", [nm(p)]),
            ("性别", [p.gender]),
            ("出生日期", [ctx.fmt(p.birth, 0)]),
            ("民族", [p.ethnic]),
            ("身份证号码", [ctx.idc(p)]),
        ]
        if rng.random() < 0.6:
            items.append(("原身份证号码（15位）", [ctx.id15(p)]))
        items += [
            ("参加工作时间", [f"{p.birth.year + rng.randint(17, 24)}年{rng.randint(1, 12)}月"]),
            ("参保时间", [f"{rng.randint(1992, 2005)}年{rng.randint(1, 12)}月"]),
            ("累计缴费年限", [f"{rng.randint(15, 38)}年{rng.randint(0, 11)}个月"]),
            ("退休类别", [rng.choice(("正常退休", "特殊工种提前退休", "灵活就业人员退休"))]),
            ("家庭住址", [ctx.address()]),
            ("家庭电话", [ctx.landline()]),
            ("手机", [ctx.mobile()]),
        ]
        bank, card = ctx.bank()
        items += [("养老金发放银行", [bank]), ("银行账号", [card])]
        if rng.random() < 0.4:
            kp = kin(ctx, p, ("妻子", "丈夫", "儿子", "女儿"))
            items += [("紧急联系人", [nm(kp[0]), f"（{kp[1]}）"]), ("联系电话", [ctx.phone(kp[0], 0.2)])]
        blocks.append(KV(items, per_line=rng.choice((1, 2))))
        blocks.append(
            Lines(
                [
                    ["本人签字：", nm(p)],
                    [f"经办人：{ctx.official()}　审核人：{ctx.official()}　{ctx.fmt(ctx.date(), 0)}"],
                ]
            )
        )
        return blocks, title
    n = rng.randint(5, 12)
    blocks.append(
        Para(
            [
                f"根据国家和{r.prov_short}有关退休政策规定，经参保单位（个人）申报、{bureau}初审，以下{n}名参保人员拟办理退休，现予公示，公示期{ctx.period(5)}。如对公示人员的出生时间、参加工作时间、缴费年限、特殊工种等有异议，请实名向{bureau}养老保险科反映，电话{ctx.office_phone()}。"
            ]
        )
    )
    cols = [
        "序号",
        "姓名",
        "性别",
        "身份证号码",
        "出生日期",
        "参加工作时间",
        "参保时间",
        "缴费年限",
        "退休类别",
        "退休时间",
        "单位名称",
    ]
    if rng.random() < 0.6:
        cols.insert(4, "原身份证号")
    rows = []
    for i in range(n):
        g = rng.choice(("男", "女"))
        kind_k = rng.random()
        if kind_k < 0.18:
            born = (ctx.year - 58, ctx.year - 50) if g == "男" else (ctx.year - 49, ctx.year - 45)
        elif kind_k < 0.3:
            born = (ctx.year - 56, ctx.year - 55) if g == "男" else (ctx.year - 46, ctx.year - 45)
        else:
            born = (ctx.year - 60, ctx.year - 60) if g == "男" else (ctx.year - 55, ctx.year - 50)
        p = ctx.person(gender=g, born=born)
        row = []
        for c in cols:
            if c == "序号":
                row.append([str(i + 1)])
            elif c == "姓名":
                row.append([nm(p)])
            elif c == "性别":
                row.append([p.gender])
            elif c == "身份证号码":
                row.append([ctx.idc(p)])
            elif c == "原身份证号":
                row.append([ctx.id15(p)] if rng.random() < 0.75 else ["—"])
            elif c == "出生日期":
                row.append([ctx.fmt(p.birth, rng.choice((3, 4)))])
            elif c == "参加工作时间":
                row.append([f"{p.birth.year + rng.randint(17, 24)}.{rng.randint(1, 12):02d}"])
            elif c == "参保时间":
                row.append([f"{rng.randint(1992, 2005)}.{rng.randint(1, 12):02d}"])
            elif c == "缴费年限":
                row.append(
                    [f"{rng.randint(15, max(15, ctx.year - p.birth.year - 18))}年{rng.randint(0, 11)}个月"]
                )
            elif c == "退休类别":
                if kind_k < 0.18:
                    row.append(
                        ["因病提前退休（", L("health", rng.choice(OCC_DX)), "）"]
                        if rng.random() < 0.75
                        else ["因病或非因工致残完全丧失劳动能力"]
                    )
                elif kind_k < 0.3:
                    row.append(
                        [rng.choice(("特殊工种（井下作业）", "特殊工种（高温作业）", "特殊工种（高空作业）"))]
                    )
                else:
                    row.append([rng.choice(("正常退休", "正常退休", "灵活就业人员退休"))])
            elif c == "退休时间":
                row.append([f"{ctx.year}.{rng.randint(1, 12):02d}"])
            else:
                row.append(
                    [
                        company(ctx)
                        if rng.random() < 0.7
                        else rng.choice(("灵活就业", "个体参保", ctx.agency_prefix() + "供销合作社"))
                    ]
                )
        rows.append(row)
    blocks.append(Table(cols, rows))
    blocks.append(sign(ctx, bureau))
    return blocks, title


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

FamilyFn = Callable[[Ctx, int], tuple[list[Block], str]]
FAMILIES: list[tuple[str, tuple[str, str, str], FamilyFn]] = [
    ("legal_aid", ("ledger", "decision", "closure"), legal_aid),
    ("correction", ("report_notice", "ledger", "release"), correction),
    ("migrant", ("residence_permit", "points_hukou", "rental"), migrant),
    ("traffic", ("license_revoke", "unprocessed_vehicles", "accident_mediation"), traffic),
    ("education", ("teacher_cert", "enrolment", "transfer"), education),
    ("housing", ("owners_vote", "safety_notice", "rural_build"), housing),
    ("market", ("deregister", "complaint", "sampling"), market),
    ("hrss", ("skill_subsidy", "training_list", "retirement"), hrss),
]


def make_doc(seed: int, index: int) -> dict[str, object]:
    fam_name, subs, fn = FAMILIES[index % len(FAMILIES)]
    sub = (index // len(FAMILIES)) % 3
    last = ""
    for attempt in range(200):
        rng = random.Random(f"{seed}:{index}:{attempt}")
        region = REGIONS[0]
        pick = rng.uniform(0, sum(x.weight for x in REGIONS))
        for reg in REGIONS:
            pick -= reg.weight
            if pick <= 0:
                region = reg
                break
        ctx = Ctx(
            rng,
            region,
            year=rng.choice((2022, 2023, 2024, 2024, 2025)),
            mix_factor=rng.choice((1.0, 1.0, 1.6, 2.0)),
        )
        blocks, running = fn(ctx, sub)
        pdf = rng.random() < 0.25
        st = Style(
            pdf=pdf,
            width=rng.randint(28, 40),
            label_mode=rng.choice((0, 0, 1, 1, 2)),
            colon=rng.choice(("：", "：", "：", "：", ":")),
            indent=rng.choice(("\u3000\u3000", "\u3000\u3000", "", "  ")),
            running=running,
            rows_per_page=rng.randint(4, 9),
        )
        text, spans = finalize(render(blocks, st, rng))
        err = validate(text, spans)
        if err is None:
            kind = f"{fam_name}.{subs[sub]}" + (".pdf" if pdf else "")
            return {"type": kind, "text": text, "spans": spans}
        last = err
    raise RuntimeError(f"document {index}: no valid draw ({last})")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Blind PII evaluation set: county/township disclosure documents (holdout 34)."
    )
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=151)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--stats", action="store_true", help="span counts per kind and family on stderr")
    ap.add_argument("--decisions", action="store_true", help="print the labelling decisions and exit")
    args = ap.parse_args(argv)
    if args.decisions:
        for i, d in enumerate(DECISIONS, 1):
            print(f"{i}. {d}")
        return 0
    docs = [make_doc(args.seed, i) for i in range(args.docs)]
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if args.output == "-":
        sys.stdout.write(lines)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(lines)
    if args.stats:
        kinds: dict[str, int] = {}
        fams: dict[str, dict[str, int]] = {}
        types: dict[str, int] = {}
        for doc in docs:
            fam = str(doc["type"]).split(".")[0]
            types[str(doc["type"])] = types.get(str(doc["type"]), 0) + 1
            row = fams.setdefault(fam, {})
            spans = doc["spans"]
            assert isinstance(spans, list)
            for sp in spans:
                k = str(sp["kind"])
                kinds[k] = kinds.get(k, 0) + 1
                row[k] = row.get(k, 0) + 1
        all_kinds = sorted(kinds)
        print(
            f"documents: {len(docs)}  pdf: {sum(1 for d in docs if str(d['type']).endswith('.pdf'))}",
            file=sys.stderr,
        )
        print("spans per kind:", file=sys.stderr)
        for k in all_kinds:
            print(f"  {k:16s} {kinds[k]:6d}", file=sys.stderr)
        print("spans per family and kind:", file=sys.stderr)
        print("  " + "family".ljust(12) + "".join(k[:9].rjust(10) for k in all_kinds), file=sys.stderr)
        for fam, row in fams.items():
            print(
                "  " + fam.ljust(12) + "".join(str(row.get(k, 0)).rjust(10) for k in all_kinds),
                file=sys.stderr,
            )
        print("documents per type:", file=sys.stderr)
        for t in sorted(types):
            print(f"  {t:40s} {types[t]:4d}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
