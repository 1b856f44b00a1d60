# ruff: noqa: E501
"""Holdout 27: a blind labelled set of county and township documents (乡村振兴, 住建, 生态环境, 文旅体育,
公用事业, 公安基层, 民政, 城乡居民养老保险), written without reading the detector (gongkai/privacy).

Run (standard library only, Python 3.12+, deterministic for a seed):

    python holdout27.py --docs 400 --seed 109 -o out.jsonl            # write the set
    python holdout27.py --docs 400 --seed 109 -o out.jsonl --stats    # also span counts per kind on stderr
    python holdout27.py --decisions                                      # numbered labelling decisions

Each output line is {"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind", "start", "end",
"text"}]}, start/end being Python str offsets. Every span is recorded when its piece is appended, never
searched for afterwards; the generator asserts that each span's text is text[start:end], that spans do not
overlap, that IDs pass GB 11643 (real birth date, a region code of the person's county, old pre-merger codes
included for older people), bank cards pass Luhn with real issuer prefixes, and that no unlabelled string
looks like an ID, a mobile or a card by accident (such a document is drawn again).

Regions (each with its own county codes, area code, plate prefix, postcodes, surnames and naming style):
  山东菏泽 (牡丹/曹县/单县/郓城/鄄城, 0530, 鲁R, old 3729xx codes: northern Han names, villages 王庄村 李楼村),
  江西赣州 (章贡/于都/兴国/宁都/瑞金, 0797, 赣B: Hakka names 钟 曾 赖 温 廖, 欧阳 上官, villages 钟屋村),
  广西百色 (右江/田东/德保/靖西, 0776, 桂L, old 4526xx codes: Zhuang surnames 农 韦 覃 岑 闭, 那/弄 villages,
            屯 addresses, Vietnamese tenants with passports),
  四川凉山 (西昌/昭觉/布拖/美姑, 0834, 川W: Yi names 吉克阿依 沙马拉且 and Han names),
  四川甘孜 (康定/泸定/甘孜/理塘, 0836, 川V: Tibetan names without surname 泽仁拉姆 四郎降措),
  新疆喀什 (喀什市/疏附/疏勒/莎车/伽师, 0998, 新Q: Uyghur names with ·, • or no dot, Han names),
  内蒙古通辽 (科尔沁/科左中旗/科左后旗/奈曼/扎鲁特, 0475, 蒙G: Mongolian names 乌云其其格, 包/白/韩 names,
            嘎查 villages).

Families and sub-kinds:
  rural      monitor_notice (防返贫 监测对象 识别 公示, 风险类型 因病/因残), ledger (帮扶 台账 per household),
             funds (产业奖补 资金 发放 名单 with cards), public_post (乡村公益性岗位 拟聘用 公示)
  housing    danger_notice (农村危房改造 对象 公示, 危房等级), appraisal_letter (房屋安全鉴定 告知书 to a
             household), payout (危改补助 发放 花名册 with 一卡通 accounts)
  eco        burn_penalty (秸秆露天焚烧 行政处罚决定书), fire_penalty (野外用火 行政处罚决定书, guardian),
             livestock (畜禽养殖 污染 责令整改 通知 / 清单)
  culture    ich_subsidy (非遗代表性传承人 补助 发放 名单), ich_revoke (传承人 资格 取消/补助 暂停 公告),
             instructor (社会体育指导员 等级 认定 公示 / 健身站点 名单)
  utility    arrears_notice (水费/电费/燃气费 欠费 催缴 停供 公告 with 户号), arrears_letter (停供 通知书 to
             one household), gas_check (燃气 入户 安全检查 隐患 台账)
  police     rental (出租房屋 登记 台账 with tenants, permits and plates), hotel_check (旅馆业 登记 抽查
             通报), express_check (寄递 实名收寄 抽查 通报)
  civil      elderly_visit (高龄/独居/孤寡 老人 探访 关爱 台账), age_allowance (高龄津贴 发放 名单, 15-digit IDs
             of the very old), tekun (特困 供养 对象 名册 with 自理能力)
  pension    paying_list (城乡居民养老保险 政府代缴 困难群体 名单), suspend (待遇 暂停 公告 / 通知)

Layouts: label–value forms (one a line, two a line), prose letters, notices and 决定书, tab tables,
space-aligned tables, markdown pipe tables, HTML tables, CSV (quoted where needed), one cell per line (Word
tables as text), numbered lists, 、-separated name lists. About a quarter are PDF/Word extractions (type ends
".pdf"): prose hard-wrapped at 28–40 characters (addresses may break across the wrap, other spans never),
two-character names in tables spaced out ("吴　英", "吴  英", the span covering the spaces), page numbers
("- 2 -", "第 2 页 共 3 页") and running titles between rows.

Near-misses, never labelled: GB 32100-valid credit codes (agencies, 合作社, hotels, 燃气/水务 companies),
文号, 索引号, 决定书/案件 numbers, 执法证号, 户号, 表号, 运单号 and 受理 numbers (some Luhn-valid, none with a
card prefix), amounts, dates, postcodes, office landlines and hotlines (12345, 12369, 95598, 96777, 12333,
12319), gov.cn mailboxes, masked IDs and phones, anonymised names (王某某, 韦*, 张女士), officials, 帮扶责任人,
网格员, 执法人员, 检查员 and 负责人 in their role, villages, shops and roads containing surnames (王庄村, 钟屋村,
韦记米粉店), plots of land and fields where fires were lit, 社会体育指导员 and 非遗传承人 names (public role).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Seg = tuple[str, str | None]


def words(s: str) -> tuple[str, ...]:
    """A data tuple written as one space-separated string."""
    return tuple(s.split())


Item = str | Seg
Cell = list[Seg]

DECISIONS = [
    "Beneficiaries in 防返贫 监测对象 公示, 危房改造 对象 公示, 补助 花名册, 高龄津贴 and 代缴 名单 are private "
    "persons: names labelled, although the 公示 itself is required (it is meant for the village board; online "
    "the minimum-necessary rule applies and a checker must flag them).",
    "A 乡村公益性岗位 拟聘用 公示 lists 脱贫劳动力 and 监测对象 placed in 托底 posts (保洁员, 护林员): it is a "
    "benefit list, not a civil-service appointment, so the names are labelled; a 公务员/事业单位 拟聘用 公示 "
    "(not in this set) would be the public-role case.",
    "The bare 风险类型 '因病', '因残', '因学' and household categories ('残疾人家庭', '低保户', '分散供养特困人员') are "
    "not health: they describe the household's situation, not a named person's condition. A named disease or "
    "disability next to a person ('尿毒症', '肢体残疾二级', '重度残疾人' as that person's 代缴类别) is health.",
    "A '所在村组' or address given down to 组 (王庄村3组, 那坡村弄怀屯12号, 哈日努拉嘎查2组) is an address; a "
    "村, 社区 or 嘎查 alone is not. A 村 and a 组 in two separate columns are not labelled (neither cell is an "
    "address by itself).",
    "帮扶责任人, 网格员, 探访人, 检查员, 执法人员, 村干部 and the office contact are not labelled (public role), "
    "nor their 执法证号; a 帮扶责任人's own mobile number is labelled (a natural person's mobile whatever the "
    "role), an office landline is not.",
    "The field or forest plot where straw or a fire was burnt ('王庄村东南地块', '松林坡') is a place, not an "
    "address; the 当事人's 住址 is labelled.",
    "An individual 养殖户's farm given at 组/号 level is labelled as an address (a natural person's place, "
    "mostly the home yard); a 合作社's or company's farm address and its 负责人/法定代表人 are not labelled.",
    "Names of 非遗代表性传承人 are not labelled: they are designated and published by the culture department "
    "(非物质文化遗产法 第二十九条) and act in that public role; their bank cards, IDs, mobiles and home addresses "
    "are labelled, as is a relative who collects the subsidy for them and a disease given as the reason a "
    "传承人 can no longer teach.",
    "社会体育指导员 in a 等级认定 公示 or a 健身站点 名单 are treated as public (a certified volunteer role "
    "exercised in public, like 人民调解员): names not labelled; their mobiles are labelled.",
    "A 户名 that is a person is labelled as a name, with the 用水/用电/用气 地址 of that household as an "
    "address; a 户名 that is a shop, company or 村委会 and its address are not labelled. 户号, 表号 and 燃气卡号 "
    "are not labelled (no kind).",
    "In a 燃气 隐患 台账 the 用户签字 column repeats the user's name and is labelled again; the 检查人 is gas-"
    "company staff in role and is not labelled. '独居老人' or '行动不便' alone is not health; a named condition "
    "is, the span covering only the condition ('帕金森病', '视力残疾').",
    "Tenants, landlords and hotel guests are private persons: names, IDs, phones, 户籍地址 and plates labelled; "
    "a hotel's or 寄递 company's 负责人 and the business address are not. A 回乡证 (H/M + 8 digits) is "
    "hk_macau_permit, a 台胞证 (8 digits) tw_permit, a foreign passport passport.",
    "Mobile spans cover the 11 digits with any spaces or dashes inside them (no +86 prefix occurs in this "
    "set); a private landline span covers the area code, dashed or bracketed ('（0475）8351955'), and the "
    "number; an office landline is not labelled.",
    "Health in an elderly 台账: a disease, '失能'/'半失能', '卧床', '失明' or a disability is labelled; '健康', "
    "'良好', '能自理', '全自理' are not. 自理能力 '全失能' / '半失能' in a 特困 名册 is health.",
    "A 15-digit first-generation ID in an old 台账 is id_card_15 (date-checked, region codes of the time, e.g. "
    "菏泽's 3729xx); an 18-digit ID keeps the region code it was first issued with (372922…, 452622…) and is "
    "still id_card.",
    "An Uyghur name is labelled with its separator ('阿依古丽·吐尔逊', '艾力•买买提') as one name span; a "
    "Mongolian or Tibetan name with no surname ('巴特尔', '泽仁拉姆') is labelled like any name.",
    "A minor staying at a hotel (旅馆 留宿未成年人) is labelled like an adult (name, ID); the age is not "
    "labelled. A person under 社区矫正 or a prisoner is not in this set.",
    "In a 待遇暂停 公告 the reason '服刑' or '疑似死亡' is not health; '因精神疾病住院' is. A deceased "
    "person's name, ID and card are labelled like a living one's.",
    "A plate in a 防返贫 核查 ('名下登记车辆 鲁R3K52T') or a rental 台账 is labelled license_plate (with the dot "
    "when written 川W·A1234); a 执法车 plate is not written in this set.",
    "A masked value ('372922********1234', '138****5678', '韦*') and anonymised people ('王某某', '张女士') are "
    "not labelled, nor are 'XX饭店' names containing a surname.",
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
    old: tuple[str, ...] = ()
    slug: str = ""


@dataclass(frozen=True)
class Region:
    key: str
    prov: str
    city: str
    area: str
    plate: str
    post: str
    style: str
    slug: str
    counties: tuple[County, ...]
    villages: tuple[str, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]
    rural_bank: str
    ich: tuple[str, ...]


REGIONS: tuple[Region, ...] = (
    Region(
        "heze",
        "山东省",
        "菏泽市",
        "0530",
        "鲁R",
        "274",
        "han_n",
        "heze",
        (
            County("牡丹区", "371702", ("牡丹街道", "吴店镇", "沙土镇", "黄堽镇"), ("372901",), "mdq"),
            County("曹县", "371721", ("曹城街道", "庄寨镇", "大集镇", "青堌集镇"), ("372922",), "cx"),
            County("单县", "371722", ("北城街道", "浮岗镇", "终兴镇", "黄岗镇"), ("372925",), "sx"),
            County("郓城县", "371725", ("郓州街道", "黄安镇", "杨庄集镇", "侯咽集镇"), ("372928",), "yc"),
            County("鄄城县", "371726", ("古泉街道", "旧城镇", "红船镇", "什集镇"), ("372929",), "jc"),
        ),
        words(
            "王庄村 李楼村 张集村 前刘村 后孟庄村 赵寨村 孙店村 郭屯村 魏堂村 朱楼村 桑庄村 晁庙村 丁集村 大张庄村 小刘楼村"
        ),
        ("中华路", "人民路", "青年路", "太行路", "丹阳路", "长江路", "磐石路"),
        ("牡丹花园", "锦绣华城", "曹州府小区", "和谐家园", "水岸新城", "帝都花园"),
        "曹县农商银行",
        ("鲁西南鼓吹乐", "曹县江米人", "郓城琉璃咯嘎", "单县羊肉汤制作技艺", "鄄城砖雕", "枣梆"),
    ),
    Region(
        "ganzhou",
        "江西省",
        "赣州市",
        "0797",
        "赣B",
        "342",
        "hakka",
        "ganzhou",
        (
            County("章贡区", "360702", ("解放街道", "沙石镇", "水西镇", "赣江街道"), (), "zgq"),
            County("于都县", "360731", ("贡江镇", "罗坳镇", "岭背镇", "梓山镇"), (), "yudu"),
            County("兴国县", "360732", ("潋江镇", "高兴镇", "长冈乡", "埠头乡"), (), "xingguo"),
            County("宁都县", "360730", ("梅江镇", "黄陂镇", "小布镇", "田头镇"), (), "ningdu"),
            County("瑞金市", "360781", ("象湖镇", "叶坪乡", "沙洲坝镇", "壬田镇"), (), "ruijin"),
        ),
        words("钟屋村 谢坊村 曾坑村 赖家坝村 温屋村 廖塘村 红旗村 上坪村 下垅村 新圩村 石背村 邱屋村 黄田村"),
        ("长征大道", "红旗大道", "贡江大道", "胜利路", "建国路", "文峰路"),
        ("江景苑", "阳光花园", "客家新城", "滨江丽景", "红都小区"),
        "于都农商银行",
        words("兴国山歌 于都唢呐公婆吹 宁都中秋扛菩萨 瑞金客家擂茶制作技艺 赣南采茶戏 客家围屋营造技艺"),
    ),
    Region(
        "baise",
        "广西壮族自治区",
        "百色市",
        "0776",
        "桂L",
        "533",
        "zhuang",
        "baise",
        (
            County("右江区", "451002", ("龙景街道", "永乐镇", "汪甸瑶族乡", "四塘镇"), ("452601",), "yjq"),
            County("田东县", "451022", ("平马镇", "祥周镇", "林逢镇", "思林镇"), ("452622",), "tiandong"),
            County("德保县", "451024", ("城关镇", "马隘镇", "都安乡", "足荣镇"), ("452624",), "debao"),
            County(
                "靖西市", "451081", ("新靖镇", "湖润镇", "岳圩镇", "龙邦镇"), ("451025", "452625"), "jingxi"
            ),
        ),
        words("那满村 百育村 那拔村 弄怀村 那坡村 六联村 坡塘村 那吉村 百林村 陇伞村 布泉村 那兰村"),
        ("城东大道", "向阳路", "中山路", "东合路", "新兴路", "解放街"),
        ("百东新城", "阳光丽景", "福禄小区", "江滨花园", "壮乡家园"),
        "田东县农村信用合作联社",
        ("壮族天琴艺术", "田阳舞狮", "壮族嘹歌", "靖西绣球制作技艺", "德保壮族山歌", "壮族铜鼓习俗"),
    ),
    Region(
        "liangshan",
        "四川省",
        "凉山彝族自治州",
        "0834",
        "川W",
        "615",
        "yi",
        "lsz",
        (
            County("西昌市", "513401", ("安宁镇", "川兴镇", "礼州镇", "长安街道"), (), "xichang"),
            County("昭觉县", "513431", ("新城镇", "竹核乡", "四开乡", "谷曲乡"), (), "zhaojue"),
            County("布拖县", "513429", ("特木里镇", "拖觉镇", "补尔乡", "木尔乡"), (), "butuo"),
            County("美姑县", "513436", ("巴普镇", "牛牛坝乡", "洪溪镇", "拉木阿觉乡"), (), "meigu"),
        ),
        words("三河村 比尔村 洒拉地坡村 阿并洛古村 解放沟村 好谷村 特口甲谷村 火普村 俄尔村 依子村 吉觉村"),
        ("航天大道", "胜利路", "团结路", "解放路", "三岔口路", "建设路"),
        ("邛海小区", "阳光花园", "幸福小区", "安宁家园", "彝家新寨"),
        "四川农信",
        ("彝族漆器髹饰技艺", "彝族火把节", "彝族克智", "彝族银饰制作技艺", "彝族口弦", "朵乐荷"),
    ),
    Region(
        "ganzi",
        "四川省",
        "甘孜藏族自治州",
        "0836",
        "川V",
        "626",
        "tibetan",
        "gzz",
        (
            County("康定市", "513301", ("炉城街道", "姑咱镇", "新都桥镇", "塔公镇"), ("513321",), "kangding"),
            County("泸定县", "513322", ("泸桥镇", "冷碛镇", "兴隆镇", "磨西镇"), (), "luding"),
            County("甘孜县", "513328", ("甘孜镇", "呷拉乡", "生康乡", "来马镇"), (), "ganzixian"),
            County("理塘县", "513334", ("高城镇", "甲洼镇", "濯桑乡", "奔戈乡"), (), "litang"),
        ),
        words("前溪村 榆林村 木雅村 呷巴村 日头村 瓦泽村 拉哈村 若西村 色威村 然布村 德西村"),
        ("向阳街", "炉城路", "东大街", "河西路", "新市后街", "团结路"),
        ("康巴新居", "阳光小区", "情歌花园", "雪域家园"),
        "四川农信",
        ("格萨尔说唱", "锅庄舞", "康定情歌", "藏族唐卡", "甘孜踢踏", "藏族黑陶烧制技艺"),
    ),
    Region(
        "kashi",
        "新疆维吾尔自治区",
        "喀什地区",
        "0998",
        "新Q",
        "844",
        "uyghur",
        "kashi",
        (
            County("喀什市", "653101", ("亚瓦格街道", "浩罕乡", "多来特巴格乡", "恰萨街道"), (), "kss"),
            County("疏附县", "653121", ("托克扎克镇", "乌帕尔镇", "塔什米里克乡", "吾库萨克镇"), (), "shufu"),
            County("疏勒县", "653122", ("疏勒镇", "巴仁镇", "罕南力克镇", "洋大曼乡"), (), "shule"),
            County("莎车县", "653125", ("莎车镇", "托木吾斯塘镇", "阿瓦提镇", "恰热克镇"), (), "shache"),
            County(
                "伽师县", "653129", ("巴仁镇", "卧里托格拉克镇", "江巴孜乡", "克孜勒博依镇"), (), "jiashi"
            ),
        ),
        words(
            "阿亚格库木巴格村 托万克库木巴格村 英吾斯坦村 巴什布隆村 阿克其村 色满村 兰干村 其兰巴格村 阔什艾日克村 尤喀克吐格曼贝希村"
        ),
        ("人民东路", "解放北路", "色满路", "克孜都维路", "迎宾大道", "世纪大道"),
        ("城东小区", "团结新村", "幸福家园", "东湖花园", "石榴籽小区"),
        "新疆农信",
        words(
            "维吾尔刀郎木卡姆 维吾尔族花毡制作技艺 维吾尔族乐器制作技艺 土陶烧制技艺 喀什小刀锻制技艺 赛乃姆"
        ),
    ),
    Region(
        "tongliao",
        "内蒙古自治区",
        "通辽市",
        "0475",
        "蒙G",
        "028",
        "mongol",
        "tongliao",
        (
            County("科尔沁区", "150502", ("明仁街道", "木里图镇", "大林镇", "钱家店镇"), ("152301",), "keqq"),
            County(
                "科尔沁左翼中旗",
                "150521",
                ("保康镇", "舍伯吐镇", "花吐古拉镇", "宝龙山镇"),
                ("152322",),
                "kzzq",
            ),
            County(
                "科尔沁左翼后旗",
                "150522",
                ("甘旗卡镇", "吉尔嘎朗镇", "金宝屯镇", "努古斯台镇"),
                ("152323",),
                "kzhq",
            ),
            County("奈曼旗", "150525", ("大沁他拉镇", "八仙筒镇", "青龙山镇", "新镇"), ("152326",), "naiman"),
            County(
                "扎鲁特旗", "150526", ("鲁北镇", "香山镇", "巴彦塔拉苏木", "嘎亥图镇"), ("152327",), "zlt"
            ),
        ),
        words(
            "哈日努拉嘎查 巴彦塔拉嘎查 乌兰敖都嘎查 查干嘎查 敖包嘎查 胜利村 白家窝堡村 包家屯村 额尔敦嘎查 哈拉乌苏嘎查 韩家店村"
        ),
        ("霍林河大街", "建国路", "科尔沁大街", "和平路", "永清大街", "民主路"),
        ("明仁小区", "西拉沐沦小区", "龙泉国际", "奥林花园", "和谐家园"),
        "内蒙古农信",
        ("蒙古族四胡音乐", "安代舞", "科尔沁叙事民歌", "乌力格尔", "蒙古族刺绣", "蒙医药"),
    ),
)

ALL_CODES = frozenset(c for r in REGIONS for cty in r.counties for c in (cty.code, *cty.old))

# ---------------------------------------------------------------------------------------------------- names

HAN_SUR = {
    "han_n": "王李张刘孔桑晁朱魏郭赵孙程丁苗葛袁邵田",
    "hakka": "钟曾谢赖刘温邱廖肖黄刘罗陈李邹",
    "zhuang": "农韦黄陆覃蓝梁岑莫卢凌班隆闭李",
    "other": "王李张陈杨刘何罗吴马",
}
COMPOUND = {"han_n": ("司马", "东方"), "hakka": ("欧阳", "上官", "欧阳"), "zhuang": ("欧阳",)}
GIVEN_M = {
    "han_n": words(
        "建国 建华 国庆 永强 志刚 春雷 保民 振东 庆华 宝山 海军 卫东 立新 德胜 金山 新民 广生 玉坤 继红 俊杰 浩然 子豪 明轩 军 伟 磊"
    ),
    "hakka": words("福生 冬生 水生 发明 远华 良才 和平 春华 启明 祥林 茂林 家发 有根 长发 志文 伟 斌 亮"),
    "zhuang": words("日光 志强 振华 海朝 福林 金龙 永新 德才 光明 文忠 秀才 宏 勇 海"),
    "other": ("国华", "建军", "明", "波", "勇", "志强", "成", "光荣", "德明"),
}
GIVEN_F = {
    "han_n": words(
        "秀英 桂兰 玉梅 凤英 淑珍 秀兰 翠花 金凤 春梅 桂芝 丽娟 红霞 海燕 晓燕 雪梅 欣怡 梓涵 玉兰 素珍 静 丽 芳"
    ),
    "hakka": ("春秀", "桂香", "水莲", "金秀", "冬梅", "满秀", "招娣", "兰英", "细妹", "翠莲", "小琴", "燕"),
    "zhuang": ("美兰", "秀英", "春妹", "月娥", "爱莲", "桂芬", "金凤", "丽萍", "玉珍", "妹", "美莲", "秀珍"),
    "other": ("秀英", "丽", "红梅", "琼", "晓梅", "芳", "玉兰", "淑芬"),
}
YI_CLAN = words("吉克 阿苏 沙马 曲比 阿西 俄木 吉木 马海 海来 阿的 尔古 瓦扎 勒格 吉伍 阿尔 木乃 俄底 比曲")
YI_M = words("木呷 拉且 子石 日哈 石一 伍且 阿木 尔布 木果 拉哈 么加 日体 约达")
YI_F = ("阿依", "阿果", "阿呷", "莫色", "伍嫫", "石嫫", "阿支", "史莫", "日莫", "阿衣", "布哈")
TB_A = words("扎西 泽仁 四郎 格绒 洛绒 尼玛 次仁 益西 呷绒 根秋 降拥 达瓦 多吉 丹增 贡布 巴桑 土登 向秋 登真")
TB_M2 = ("降措", "多吉", "尼玛", "平措", "邓珠", "旺堆", "江村", "曲批", "彭措", "翁堆")
TB_F2 = ("拉姆", "卓玛", "志玛", "翁姆", "央金", "措姆", "曲珍", "卓嘎", "拥措", "拉措", "泽姆")
UY_M = words(
    "艾力 买买提 麦麦提 吐尔逊 阿卜杜拉 热合曼 吾守尔 司马义 艾买提 阿不都热依木 努尔麦麦提 艾合买提 图尔荪 亚森 阿布都克力木 伊力哈木 卡德尔 玉素甫 肉孜"
)
UY_F = words(
    "阿依古丽 古丽娜尔 努尔古丽 帕提古丽 热娜 阿依努尔 古再丽努尔 布再乃甫 米热古丽 孜巴古丽 玛依拉 祖丽菲亚 阿瓦古丽"
)
MG_M = words(
    "巴特尔 额尔敦 朝鲁 那顺 宝音 布和 阿拉坦仓 图门 孟和 巴雅尔 苏和 吉日嘎拉 额尔德木图 毕力格 宝力道 白音仓 特木尔"
)
MG_F = words("乌云其其格 其木格 斯琴高娃 苏日娜 萨仁 那仁格日勒 托娅 图雅 高娃 乌兰 塔娜 阿拉坦其其格")
MG_SUR = "包白韩吴鲍陈宝"
MG_HAN_M = ("金山", "宝山", "玉林", "铁柱", "福", "玉海", "长山", "双喜", "喜荣")
MG_HAN_F = ("玉兰", "桂花", "金花", "秀英", "淑兰", "凤琴", "海英")

MOBILE_PREFIX = words(
    "130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 173 177 180 181 182 183 185 186 187 188 189 191 193 195 198 199"
)
CARD_BIN = (
    ("622848", 19, "中国农业银行"),
    ("622845", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622700", 19, "中国建设银行"),
    ("621226", 19, "中国工商银行"),
    ("622202", 19, "中国工商银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("621661", 19, "中国银行"),
    ("436742", 19, "中国建设银行"),
    ("622908", 18, "兴业银行"),
    ("521899", 16, "中国银行"),
    ("621098", 19, "中国邮政储蓄银行"),
    ("623052", 19, ""),
    ("621458", 19, ""),
)
TUN = ("弄怀", "那岩", "坡利", "百卜", "那满", "弄陇", "念井", "那豆", "陇白")


@dataclass
class Person:
    name: str
    sex: str
    birth: dt.date
    county: County
    town: str
    village: str
    id: str
    mobile: str


def disp_w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


class World:
    def __init__(self, rng: random.Random, region: Region) -> None:
        self.rng = rng
        self.r = region
        self.county = rng.choice(region.counties)
        self.town = rng.choice(self.county.towns)
        self.used: set[str] = set()
        self.year = rng.choice((2023, 2024, 2024, 2025))

    # -- names
    def _han(self, style: str, sex: str) -> str:
        rng = self.rng
        sur = (
            rng.choice(COMPOUND[style])
            if style in COMPOUND and rng.random() < 0.07
            else rng.choice(HAN_SUR[style])
        )
        return sur + rng.choice(GIVEN_M[style] if sex == "男" else GIVEN_F[style])

    def _name(self, sex: str) -> str:
        rng = self.rng
        st = self.r.style
        if st in ("han_n", "hakka"):
            return self._han(st, sex)
        if st == "zhuang":
            return self._han("zhuang" if rng.random() < 0.85 else "other", sex)
        if st == "yi":
            if rng.random() < 0.25:
                return self._han("other", sex)
            return rng.choice(YI_CLAN) + rng.choice(YI_M if sex == "男" else YI_F)
        if st == "tibetan":
            if rng.random() < 0.15:
                return self._han("other", sex)
            a = rng.choice(TB_A)
            if sex == "男":
                b = rng.choice(TB_M2)
                return a if rng.random() < 0.25 or b == a else a + b
            return rng.choice(TB_F2) if rng.random() < 0.2 else a + rng.choice(TB_F2)
        if st == "uyghur":
            if rng.random() < 0.15:
                return self._han("other", sex)
            first = rng.choice(UY_M if sex == "男" else UY_F)
            father = rng.choice(UY_M)
            sep = rng.choices(("·", "•", "", "."), (80, 8, 8, 4))[0]
            return first + sep + father
        # mongol
        if rng.random() < 0.55:
            return rng.choice(MG_M if sex == "男" else MG_F)
        return rng.choice(MG_SUR) + rng.choice(MG_HAN_M if sex == "男" else MG_HAN_F)

    def name(self, sex: str | None = None) -> str:
        sex = sex or self.rng.choice("男女")
        for _ in range(200):
            n = self._name(sex)
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise AssertionError("names exhausted")

    def official(self) -> str:
        return self.name()

    def anon(self) -> str:
        rng = self.rng
        sur = rng.choice(HAN_SUR["other"])
        return rng.choice((sur + "某某", sur + "某", sur + "女士", sur + "先生", sur + "*"))

    # -- numbers
    def id_for(self, county: County, birth: dt.date, sex: str) -> str:
        rng = self.rng
        code = county.code
        if county.old and birth.year < 1995 and rng.random() < 0.45:
            code = rng.choice(county.old)
        seq = rng.randrange(0, 500) * 2 + (1 if sex == "男" else 0)
        body = f"{code}{birth:%Y%m%d}{seq:03d}"
        s = body + id_check(body)
        if s.endswith("X") and rng.random() < 0.15:
            s = s[:-1] + "x"
        return s

    def id15(self, p: Person) -> str:
        code = p.county.old[0] if p.county.old else p.county.code
        seq = self.rng.randrange(0, 500) * 2 + (1 if p.sex == "男" else 0)
        return f"{code}{p.birth:%y%m%d}{seq:03d}"

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIX) + f"{self.rng.randrange(10**8):08d}"

    def mobile_fmt(self, m: str) -> str:
        r = self.rng.random()
        if r < 0.85:
            return m
        if r < 0.93:
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"

    def card(self) -> str:
        b, n, _ = self.rng.choice(CARD_BIN)
        while True:
            body = b + "".join(self.rng.choice("0123456789") for _ in range(n - len(b) - 1))
            c = luhn_complete(body)
            if not id_valid(c) and not cc_valid(c):
                return c

    def card_fmt(self, c: str) -> str:
        if self.rng.random() < 0.8:
            return c
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))

    def bank_of(self, c: str) -> str:
        return next((bank for b, _, bank in CARD_BIN if c.startswith(b) and bank), self.r.rural_bank)

    def landline_private(self) -> str:
        n = f"{self.rng.randrange(2, 9)}{self.rng.randrange(10**6):06d}"
        if self.r.area in ("023",):
            n += str(self.rng.randrange(10))
        return f"{self.r.area}-{n}" if self.rng.random() < 0.8 else f"（{self.r.area}）{n}"

    def office_phone(self) -> str:
        return f"{self.r.area}-{self.rng.randrange(2, 9)}{self.rng.randrange(10**6):06d}"

    def plate(self) -> str:
        rng = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        p = self.r.plate
        if rng.random() < 0.2:
            tail = rng.choice("DF") + (rng.choice(letters) if rng.random() < 0.3 else str(rng.randrange(10)))
            tail += f"{rng.randrange(10**4):04d}"
        else:
            chars = [str(rng.randrange(10)) for _ in range(5)]
            for _ in range(rng.choice((0, 1, 1, 2))):
                chars[rng.randrange(5)] = rng.choice(letters)
            tail = "".join(chars)
        sep = rng.choices(("", "·", " "), (75, 20, 5))[0]
        return p + sep + tail

    def credit(self, kind: str = "business") -> str:
        prefix = {"business": "92", "company": "91", "agency": "11", "coop": "93", "village": "54"}[kind]
        return credit_code(self.rng, prefix, self.county.code)

    def index_no(self) -> str:
        return f"{self.credit('agency')}/{self.year}-{self.rng.randrange(1, 99999):05d}"

    def postcode(self) -> str:
        return f"{self.r.post}{self.rng.randrange(0, 9)}00"

    def gov_mail(self, dept: str) -> str:
        return f"{self.county.slug}{dept}@{self.r.slug}.gov.cn"

    def email(self, p: Person) -> str:
        rng = self.rng
        dom = rng.choice(("qq.com", "163.com", "126.com", "sina.com", "139.com"))
        if dom == "qq.com":
            return f"{rng.randrange(10**7, 10**10)}@qq.com"
        if dom == "139.com":
            return f"{p.mobile}@139.com"
        return f"{rng.choice(('lm', 'zh', 'hx', 'wang', 'nong', 'tx', 'bt'))}{p.birth:%Y%m}{rng.randrange(100)}@{dom}"

    # -- people and places
    def person(self, lo: int = 20, hi: int = 75, sex: str | None = None, local: bool = True) -> Person:
        rng = self.rng
        sex = sex or rng.choice("男女")
        name = self.name(sex)
        county = self.county if local or rng.random() < 0.3 else rng.choice(self.r.counties)
        age = rng.randint(lo, hi)
        y = self.year - age
        birth = dt.date(y, 1, 1) + dt.timedelta(days=rng.randrange(365))
        town = self.town if county is self.county and rng.random() < 0.75 else rng.choice(county.towns)
        village = rng.choice(self.r.villages)
        return Person(name, sex, birth, county, town, village, self.id_for(county, birth, sex), self.mobile())

    def rural_addr(self, p: Person, full: bool | None = None) -> str:
        rng = self.rng
        st = self.r.style
        v = p.village
        if st == "zhuang":
            tail = f"{rng.choice(TUN)}屯{rng.randint(1, 60)}号"
        elif st == "mongol" and v.endswith("嘎查"):
            tail = rng.choice(
                (
                    f"{rng.randint(1, 8)}组",
                    f"{rng.randint(1, 120)}号",
                    f"{rng.randint(1, 6)}组{rng.randint(1, 60)}号",
                )
            )
        elif st == "uyghur":
            tail = f"{rng.randint(1, 12)}组{rng.randint(1, 150)}号"
        else:
            tail = rng.choice(
                (
                    f"{rng.randint(1, 12)}组",
                    f"{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
                    f"{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
                    f"{rng.randint(1, 200)}号",
                )
            )
        full = rng.random() < 0.6 if full is None else full
        head = f"{p.county.name}{p.town}" if full else (p.town if rng.random() < 0.5 else "")
        if full and rng.random() < 0.25:
            head = self.r.prov + self.r.city + head
        return head + v + tail

    def urban_addr(self, p: Person) -> str:
        rng = self.rng
        road = rng.choice(self.r.roads)
        est = rng.choice(self.r.estates)
        unit = rng.choice(
            (
                f"{rng.randint(1, 28)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室",
                f"{rng.randint(1, 28)}栋{rng.randint(1, 3)}单元{rng.randint(1, 9)}0{rng.randint(1, 4)}",
                f"{rng.randint(1, 20)}幢{rng.randint(1, 30)}0{rng.randint(1, 6)}室",
            )
        )
        head = p.county.name if rng.random() < 0.6 else ""
        return f"{head}{road}{rng.randint(1, 400)}号{est}{unit}"

    def addr(self, p: Person, urban: float = 0.25) -> str:
        return self.urban_addr(p) if self.rng.random() < urban else self.rural_addr(p)

    def date(self, lo: int = 1, hi: int = 12) -> dt.date:
        return dt.date(self.year, self.rng.randint(lo, hi), self.rng.randint(1, 28))


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def mask_id(s: str, rng: random.Random) -> str:
    return s[:6] + "*" * 8 + s[14:] if rng.random() < 0.6 else s[:2] + "*" * 13 + s[15:]


def mask_mobile(s: str) -> str:
    return s[:3] + "****" + s[7:]


CN_NUM = "零一二三四五六七八九十"


# ------------------------------------------------------------------------------------------------- document


def norm(it: Item) -> Seg:
    return (it, None) if isinstance(it, str) else it


def cell(*items: Item) -> Cell:
    return [norm(i) for i in items if i]


def ctext(c: Cell) -> str:
    return "".join(t for t, _ in c)


class Doc:
    def __init__(self, rng: random.Random, pdf: bool) -> None:
        self.rng = rng
        self.pdf = pdf
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict[str, object]] = []
        self.width = rng.randint(28, 40)
        self.page = 1
        self.pages = rng.randint(2, 4)
        self.running = ""

    def put(self, s: str, kind: str | None = None) -> None:
        if not s:
            return
        if kind:
            assert s.strip() == s, s
            self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(s), "text": s})
        self.parts.append(s)
        self.n += len(s)

    def segs(self, items: Sequence[Item]) -> None:
        for it in items:
            t, k = norm(it)
            self.put(t, k)

    def line(self, *items: Item) -> None:
        self.segs(items)
        self.put("\n")

    def blank(self) -> None:
        self.put("\n")

    def para(self, *items: Item, indent: str | None = None) -> None:
        ind = ("　　" if self.rng.random() < 0.7 else "") if indent is None else indent
        if not self.pdf:
            self.put(ind)
            self.line(*items)
            return
        col = 0
        out: list[Seg] = []
        width = self.width

        def emit(t: str, k: str | None) -> None:
            if out and out[-1][1] == k and k is None:
                out[-1] = (out[-1][0] + t, None)
            else:
                out.append((t, k))

        for t, k in [(ind, None), *map(norm, items)]:
            if k is None:
                for ch in t:
                    if col >= width:
                        emit("\n", None)
                        col = 0
                    emit(ch, None)
                    col += 1
            elif k == "address":
                buf = ""
                for ch in t:
                    if col >= width:
                        if buf:
                            buf += "\n"
                        else:
                            emit("\n", None)
                        col = 0
                    buf += ch
                    col += 1
                out.append((buf, k))
            else:
                if col + len(t) > width and col > 0:
                    emit("\n", None)
                    col = 0
                out.append((t, k))
                col += len(t)
        for t, k in out:
            self.put(t, k)
        self.put("\n")

    def page_break(self) -> None:
        self.page += 1
        r = self.rng.random()
        if r < 0.4:
            self.put(f"\n- {self.page - 1} -\n\n")
        elif r < 0.7:
            self.put(f"第 {self.page - 1} 页 共 {self.pages} 页\n")
        else:
            self.put(f"{self.page - 1}\n")
        if self.running and self.rng.random() < 0.7:
            self.put(self.running + "\n")

    def text(self) -> str:
        return "".join(self.parts)


def spaced(c: Cell, d: Doc) -> Cell:
    if d.pdf and len(c) == 1 and c[0][1] == "name" and len(c[0][0]) == 2 and d.rng.random() < 0.6:
        n = c[0][0]
        return [(n[0] + d.rng.choice(("　", "  ", " ")) + n[1], "name")]
    return c


def table(
    d: Doc,
    headers: Sequence[str],
    rows: list[list[Cell]],
    layout: str | None = None,
    allowed: Sequence[str] | None = None,
) -> str:
    """Write a table in one of the layouts and return the layout used."""
    rng = d.rng
    if layout is None:
        if d.pdf:
            choices: Sequence[str] = ("tab", "space", "cells", "space")
        else:
            choices = allowed or ("tab", "space", "pipe", "html", "csv", "cells", "kv", "tab", "list")
        layout = rng.choice(choices)
    rows = [[spaced(c, d) for c in row] for row in rows]
    brk = rng.randint(4, 9) if d.pdf else 0
    if layout == "tab":
        d.line("\t".join(headers))
        for i, row in enumerate(rows):
            if brk and i and i % brk == 0:
                d.page_break()
            for j, c in enumerate(row):
                if j:
                    d.put("\t")
                d.segs(c)
            d.blank()
    elif layout == "space":
        widths = [max([disp_w(h)] + [disp_w(ctext(r[j])) for r in rows]) for j, h in enumerate(headers)]
        gap = rng.choice(("  ", "   ", "    "))

        def pad(s: str, j: int) -> str:
            return " " * (widths[j] - disp_w(s)) if j < len(headers) - 1 else ""

        d.line(gap.join(h + pad(h, j) for j, h in enumerate(headers)).rstrip())
        for i, row in enumerate(rows):
            if brk and i and i % brk == 0:
                d.page_break()
                if rng.random() < 0.5:
                    d.line(gap.join(h + pad(h, j) for j, h in enumerate(headers)).rstrip())
            for j, c in enumerate(row):
                if j:
                    d.put(gap)
                d.segs(c)
                if j < len(row) - 1:
                    d.put(pad(ctext(c), j))
            d.blank()
    elif layout == "pipe":
        d.line("| " + " | ".join(headers) + " |")
        d.line("|" + "|".join("---" for _ in headers) + "|")
        for row in rows:
            d.put("| ")
            for j, c in enumerate(row):
                if j:
                    d.put(" | ")
                d.segs(c)
            d.line(" |")
    elif layout == "html":
        d.line(rng.choice(('<table border="1" cellspacing="0">', "<table>", '<table class="MsoTableGrid">')))
        d.line("<tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>")
        for row in rows:
            d.put("<tr>")
            for c in row:
                d.put(rng.choice(("<td>", "<td>", '<td align="center">')))
                d.segs(c)
                d.put("</td>")
            d.line("</tr>")
        d.line("</table>")
    elif layout == "csv":
        always = rng.random() < 0.3
        d.line(",".join(headers))
        for row in rows:
            for j, c in enumerate(row):
                if j:
                    d.put(",")
                q = always or any(ch in ctext(c) for ch in ',"\n')
                d.put('"' if q else "")
                d.segs(c)
                d.put('"' if q else "")
            d.blank()
    elif layout == "cells":
        for h in headers:
            d.line(h)
        for i, row in enumerate(rows):
            if brk and i and i % brk == 0:
                d.page_break()
            for c in row:
                if c:
                    d.line(*c)
                else:
                    d.blank()
    elif layout in ("kv", "kv2"):
        two = layout == "kv2" or rng.random() < 0.4
        for row in rows:
            pairs = [(h, c) for h, c in zip(headers, row, strict=True) if h not in ("序号",)]
            k = 0
            while k < len(pairs):
                h, c = pairs[k]
                d.put(f"{h}：")
                d.segs(c)
                if two and k + 1 < len(pairs) and len(ctext(c)) < 14 and len(ctext(pairs[k + 1][1])) < 14:
                    h2, c2 = pairs[k + 1]
                    d.put(rng.choice(("　　", "    ", "\t")) + f"{h2}：")
                    d.segs(c2)
                    k += 1
                d.blank()
                k += 1
            d.blank()
    elif layout == "list":
        labels = rng.random() < 0.5
        num = rng.choice(("{}. ", "{}、", "（{}）"))
        for i, row in enumerate(rows, 1):
            d.put(num.format(i))
            first = True
            for h, c in zip(headers, row, strict=True):
                if h == "序号" or not c:
                    continue
                if not first:
                    d.put("，")
                first = False
                if labels and h not in ("姓名", "户主姓名", "户主", "户名", "老人姓名", "用户姓名"):
                    d.put(f"{h}")
                    d.put("：")
                d.segs(c)
            d.line("；" if i < len(rows) else "。")
    else:
        raise AssertionError(layout)
    return layout


def title(d: Doc, t: str) -> None:
    d.running = t if len(t) < 30 else t[:24] + "…"
    d.line(t)
    if d.rng.random() < 0.5:
        d.blank()


def meta(d: Doc, w: World, org: str, docno: str | None = None) -> None:
    if d.rng.random() < 0.45:
        d.line(f"索引号：{w.index_no()}")
        d.line(f"发布机构：{org}")
        d.line(f"发文日期：{cn_date(w.date())}")
        if docno:
            d.line(f"文号：{docno}")
        d.blank()


def signoff(d: Doc, w: World, org: str, when: dt.date | None = None, contact: bool = True) -> None:
    rng = d.rng
    if contact and rng.random() < 0.75:
        off = w.official()
        d.line(
            f"联系人：{off}"
            if rng.random() < 0.5
            else f"联系人：{off[0]}{rng.choice(('科长', '主任', '同志', '站长'))}",
            f"　联系电话：{w.office_phone()}",
        )
        if rng.random() < 0.3:
            d.line(f"监督电话：{w.office_phone()}；12345政务服务便民热线")
        if rng.random() < 0.2:
            d.line(f"电子邮箱：{w.gov_mail(rng.choice(('xczx', 'zjj', 'hbj', 'mzj', 'sbj', 'wlj')))}")
        if rng.random() < 0.2:
            d.line(f"邮政编码：{w.postcode()}")
    d.blank()
    d.line(" " * rng.randint(0, 20) + org)
    d.line(" " * rng.randint(0, 20) + cn_date(when or w.date()))


# ------------------------------------------------------------------------------------------ shared pieces


def nm(s: str) -> Seg:
    return (s, "name")


def ethnic(w: World) -> str:
    return (
        {
            "han_n": "汉族",
            "hakka": "汉族",
            "zhuang": "壮族",
            "yi": "彝族",
            "tibetan": "藏族",
            "uyghur": "维吾尔族",
            "mongol": "蒙古族",
        }[w.r.style]
        if w.rng.random() < 0.8
        else "汉族"
    )


def id_item(w: World, p: Person, masked: float = 0.0) -> Item:
    return mask_id(p.id, w.rng) if w.rng.random() < masked else (p.id, "id_card")


def mob_item(w: World, p: Person, masked: float = 0.0) -> Item:
    return mask_mobile(p.mobile) if w.rng.random() < masked else (w.mobile_fmt(p.mobile), "mobile")


def card_item(w: World) -> Item:
    return (w.card_fmt(w.card()), "bank_card")


def gov(w: World, dept: str) -> str:
    return f"{w.county.name}{dept}"


def town_gov(w: World) -> str:
    t = w.town
    if t.endswith("街道"):
        return f"{w.county.name}{t}办事处"
    if t.endswith("苏木"):
        return f"{w.county.name}{t}人民政府"
    return f"{w.county.name}{t}人民政府"


def abbr(w: World) -> str:
    return w.county.name[:2] if len(w.county.name) > 3 else w.county.name[0]


def docno(w: World, tail: str) -> str:
    return f"{abbr(w)}{tail}〔{w.year}〕{w.rng.randint(1, 199)}号"


DISEASES = words(
    "尿毒症 脑梗塞 肺癌 乳腺癌 慢性肾衰竭 精神分裂症 白血病 肝硬化 冠心病 帕金森病 糖尿病并发症 重度再生障碍性贫血 脑出血后遗症 食管癌 类风湿性关节炎"
)
DISAB = ("肢体残疾", "视力残疾", "智力残疾", "精神残疾", "听力残疾", "多重残疾", "言语残疾")
GRADES = ("一级", "二级", "三级", "四级")
RELATION = ("妻子", "丈夫", "儿子", "女儿", "母亲", "父亲", "孙子", "儿媳")


def disability(w: World) -> str:
    return w.rng.choice(DISAB) + w.rng.choice(GRADES)


def relative_sex(rel: str) -> str:
    return "女" if rel in ("妻子", "女儿", "母亲", "儿媳") else "男"


def household_risk(w: World, p: Person) -> tuple[str, list[Item]]:
    """A risk type and a description with health spans where a condition is named."""
    rng = w.rng
    risk = rng.choice(("因病", "因病", "因残", "因学", "因灾", "因意外事故", "因务工就业不稳", "因人口变故"))
    if risk == "因病":
        if rng.random() < 0.5:
            return risk, ["户主患", (rng.choice(DISEASES), "health"), "，医疗费用支出较大"]
        rel = rng.choice(RELATION)
        q = w.name(relative_sex(rel))
        return risk, [
            f"{rel}",
            nm(q),
            "患",
            (rng.choice(DISEASES), "health"),
            f"，年自付医疗费用约{rng.randint(2, 9)}万元",
        ]
    if risk == "因残":
        if rng.random() < 0.5:
            return risk, ["户主系", (disability(w), "health"), "，丧失劳动能力"]
        rel = rng.choice(RELATION)
        q = w.name(relative_sex(rel))
        return risk, [f"{rel}", nm(q), "为", (disability(w), "health"), "，需专人照料"]
    if risk == "因学":
        return risk, [f"家中{rng.choice(('一', '两'))}名子女就读大学，教育支出较大"]
    if risk == "因灾":
        return risk, [
            f"{w.year}年{rng.randint(5, 9)}月遭受{rng.choice(('洪涝', '冰雹', '山体滑坡', '风灾'))}，房屋及农作物受损"
        ]
    if risk == "因意外事故":
        return risk, ["户主务工期间发生交通事故，", ("左腿骨折", "health"), "，暂时丧失劳动能力"]
    return risk, [rng.choice(("务工收入大幅下降", "家庭主要劳动力失业", "户主去世，家庭收入骤减"))]


# --------------------------------------------------------------------------------------------- 乡村振兴


MON_TYPE = ("脱贫不稳定户", "边缘易致贫户", "突发严重困难户")
MEASURES = words(
    "产业帮扶：发放到户产业奖补资金 就业帮扶：安排乡村公益性岗位 健康帮扶：落实基本医保、大病保险和医疗救助 综合保障：纳入农村低保 教育帮扶：落实雨露计划补助 小额信贷：发放脱贫人口小额信贷 消费帮扶：帮助销售农产品"
)


def rural(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = rng.choice((town_gov(w), gov(w, "农业农村局"), gov(w, "乡村振兴局")))
    if sub == "monitor_notice":
        batch = CN_NUM[rng.randint(1, 6)]
        title(d, f"{w.town}{w.year}年第{batch}批防止返贫监测对象识别公示")
        meta(d, w, org)
        d.para(
            f"根据《关于健全防止返贫动态监测和帮扶机制的指导意见》和{w.r.prov}相关工作要求，经农户自主申报、部门筛查预警、"
            f"村级入户核实、民主评议和村级公示，乡镇审核，拟将以下农户识别为防止返贫监测对象，现予以公示。"
        )
        wide = rng.random() < 0.5
        rows: list[list[Cell]] = []
        for _ in range(rng.randint(3, 12)):
            p = w.person(28, 80)
            risk, desc = household_risk(w, p)
            pop = str(rng.randint(1, 7))
            typ = rng.choice(MON_TYPE)
            if wide:
                vg: Cell = (
                    cell((w.rural_addr(p, full=False), "address")) if rng.random() < 0.6 else cell(p.village)
                )
                rows.append(
                    [
                        cell(str(len(rows) + 1)),
                        vg,
                        cell(nm(p.name)),
                        cell(id_item(w, p, 0.6)),
                        cell(pop),
                        cell(typ),
                        cell(risk),
                        cell(*desc),
                    ]
                )
            else:
                rows.append(
                    [
                        cell(str(len(rows) + 1)),
                        cell(p.village),
                        cell(nm(p.name)),
                        cell(pop),
                        cell(typ),
                        cell(risk),
                        cell(cn_date(w.date())),
                    ]
                )
        if wide:
            table(
                d,
                words("序号 所在村组 户主姓名 身份证号码 家庭人口 监测类型 主要风险 风险描述"),
                rows,
            )
        else:
            table(
                d,
                ("序号", "村（社区）", "户主姓名", "家庭人口", "监测对象类型", "风险类型", "识别时间"),
                rows,
            )
        s = w.date()
        d.para(
            f"公示时间：{cn_date(s)}至{cn_date(s + dt.timedelta(days=7))}（5个工作日）。公示期间，如有异议，"
            f"请以书面或电话形式向{w.town}人民政府反映。"
        )
        d.line(f"{w.town}乡村振兴工作站电话：{w.office_phone()}")
        d.line(f"{w.county.name}防返贫监测帮扶热线：{w.office_phone()}　全国防止返贫监测帮扶热线：12317")
        signoff(d, w, town_gov(w), when=s - dt.timedelta(days=1), contact=False)
    elif sub == "ledger":
        title(
            d,
            rng.choice(
                (
                    f"{w.town}防止返贫监测对象“一户一策”帮扶台账",
                    f"{w.county.name}监测户帮扶明白卡（{w.year}年）",
                )
            ),
        )
        for _ in range(rng.randint(1, 3)):
            p = w.person(30, 78)
            risk, desc = household_risk(w, p)
            off = w.official()
            d.line("户主姓名：", nm(p.name), f"　　性别：{p.sex}　　民族：{ethnic(w)}")
            d.line("身份证号码：", id_item(w, p))
            d.line("联系电话：", mob_item(w, p))
            if rng.random() < 0.12:
                d.line("家庭固定电话：", (w.landline_private(), "landline"))
            d.line("家庭住址：", (w.rural_addr(p), "address"))
            d.line(
                f"家庭人口：{rng.randint(1, 7)}人　　监测类型：{rng.choice(MON_TYPE)}　　识别时间：{cn_date(w.date(1, 6))}"
            )
            d.line(f"主要风险：{risk}")
            d.line("风险描述：", *desc)
            if rng.random() < 0.5:
                d.line("家庭成员情况：")
                mem = [
                    [
                        cell(nm(p.name)),
                        cell("户主"),
                        cell(id_item(w, p, 0.3)),
                        cell("健康" if risk != "因病" else ""),
                        cell("普通劳动力"),
                    ]
                ]
                for _ in range(rng.randint(1, 4)):
                    rel = rng.choice(("配偶", "之子", "之女", "之母", "之孙"))
                    q = w.person(5, 85, sex="女" if rel in ("配偶", "之女", "之母") else "男")
                    hs = rng.choice(("健康", "健康", "健康", "长期慢性病", "患有大病", "残疾"))
                    mem.append(
                        [
                            cell(nm(q.name)),
                            cell(rel),
                            cell(id_item(w, q, 0.3)),
                            cell(hs if hs == "健康" else (hs, "health")),
                            cell(rng.choice(("普通劳动力", "无劳动力", "弱劳动力或半劳动力", "在校生"))),
                        ]
                    )
                if not mem[0][3]:
                    mem[0][3] = cell(("长期慢性病", "health"))
                table(
                    d,
                    ("姓名", "与户主关系", "身份证号码", "健康状况", "劳动技能"),
                    mem,
                    allowed=("tab", "space", "pipe", "cells"),
                )
            d.line("帮扶措施：")
            for k, m in enumerate(rng.sample(MEASURES, rng.randint(2, 4)), 1):
                d.line(
                    f"{k}.{m}，{rng.choice(('已落实', '落实资金' + str(rng.randint(5, 40) * 100) + '元', '已到位'))}"
                )
            veh = rng.random()
            if veh < 0.25:
                d.line(
                    "家庭成员名下车辆：",
                    (w.plate(), "license_plate"),
                    f"（{rng.choice(('农用三轮车', '面包车', '二手轿车'))}，购置于{rng.randint(2012, 2021)}年）",
                )
            elif veh < 0.5:
                d.line("家庭成员名下车辆：无　　商品房：无　　经营主体：无")
            role = rng.choice(
                ("镇农业综合服务中心主任", "驻村第一书记", "村党支部书记", "镇人大主席", "县乡村振兴局干部")
            )
            d.line(f"帮扶责任人：{off}（{role}）")
            if rng.random() < 0.6:
                d.line("责任人电话：", (w.mobile(), "mobile"))
            d.line(
                f"{w.year}年家庭人均纯收入：{rng.randint(6000, 16000)}元　　风险是否消除：{rng.choice(('否', '是（' + cn_date(w.date(9, 12)) + '）'))}"
            )
            d.blank()
        d.line(f"填表单位：{town_gov(w)}　　填表日期：{cn_date(w.date())}")
    elif sub == "funds":
        title(d, f"{w.town}{w.year}年度到户产业奖补资金发放名单公示")
        meta(d, w, org, docno(w, "乡振发"))
        d.para(
            f"根据{w.county.name}到户产业奖补实施方案（{docno(w, '农发')}），经农户申报、村级初审、乡镇验收，现将"
            f"{w.year}年度到户产业奖补资金发放名单公示如下，资金来源为中央财政衔接推进乡村振兴补助资金。"
        )
        items = (
            ("养殖肉牛", "头", 1000),
            ("养殖生猪", "头", 200),
            ("种植中药材", "亩", 500),
            ("养殖山羊", "只", 150),
            ("种植蔬菜", "亩", 300),
            ("养殖鸡鸭", "羽", 10),
        )
        rows = []
        total = 0
        show_card = rng.random() < 0.75
        for _ in range(rng.randint(4, 14)):
            p = w.person(25, 75)
            it, unit, per = rng.choice(items)
            qty = rng.randint(2, 20) if per < 100 else rng.randint(1, 8)
            amt = min(qty * per, 5000)
            total += amt
            c = w.card()
            row = [
                cell(str(len(rows) + 1)),
                cell(nm(p.name)),
                cell(p.village),
                cell(f"{it}{qty}{unit}"),
                cell(str(amt)),
            ]
            if show_card:
                row += [cell(w.bank_of(c)), cell((w.card_fmt(c), "bank_card"))]
            rows.append(row)
        hdr = ["序号", "姓名", "所在村", "奖补项目及规模", "奖补金额（元）"] + (
            ["开户银行", "一卡通账号"] if show_card else []
        )
        table(d, hdr, rows)
        d.line(f"合计：{total}元")
        d.para(f"公示期为7天，如有异议请向{w.town}乡村振兴工作站反映，电话：{w.office_phone()}。")
        signoff(d, w, town_gov(w), contact=False)
    else:  # public_post
        title(d, f"{w.town}{w.year}年乡村公益性岗位拟聘用人员公示")
        meta(d, w, org)
        d.para(
            f"按照{w.county.name}乡村公益性岗位开发管理办法，经个人申请、村级推荐、乡镇审核，拟聘用以下"
            f"脱贫劳动力（含监测对象）到乡村公益性岗位工作，聘期一年，岗位补贴每人每月{rng.choice((500, 600, 800))}元。现予公示："
        )
        rows = []
        for _ in range(rng.randint(4, 12)):
            p = w.person(35, 62)
            rows.append(
                [
                    cell(str(len(rows) + 1)),
                    cell(nm(p.name)),
                    cell(p.sex),
                    cell(str(w.year - p.birth.year)),
                    cell(id_item(w, p, 0.8)),
                    cell(p.village),
                    cell(
                        rng.choice(("保洁员", "护林员", "护路员", "水管员", "防返贫信息员", "村级河道巡查员"))
                    ),
                    cell(rng.choice(("脱贫劳动力", "脱贫劳动力", "监测对象", "脱贫劳动力（弱劳动力）"))),
                ]
            )
        if rng.random() < 0.25 and not d.pdf:
            d.line("拟聘用人员：", *[x for r in rows for x in (r[1][0], "、")][:-1], "。")
        else:
            table(d, ("序号", "姓名", "性别", "年龄", "身份证号", "所在村", "拟聘岗位", "人员类别"), rows)
        d.para(
            f"公示期：{cn_date(w.date())}起5个工作日。如有异议，请向{w.town}社会事务办反映，联系电话：{w.office_phone()}。"
        )
        signoff(d, w, town_gov(w), contact=False)


# ------------------------------------------------------------------------------------------------- 住建


CATEGORY = words(
    "农村低保户 农村分散供养特困人员 低保边缘家庭 未享受农村住房保障政策的住房困难脱贫户 因病因灾因意外事故刚性支出较大家庭 残疾人家庭 防止返贫监测对象"
)


def house_desc(w: World) -> str:
    rng = w.rng
    return (
        f"{rng.choice(('土木', '砖木', '砖混', '石木', '木'))}结构，{rng.randint(1, 2)}层，"
        f"建于{rng.randint(1968, 1998)}年，建筑面积约{rng.randint(40, 160)}平方米"
    )


def housing(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = gov(w, "住房和城乡建设局")
    if sub == "danger_notice":
        title(d, f"{w.county.name}{w.year}年农村危房改造对象公示（{w.town}）")
        meta(d, w, org)
        d.para(
            f"根据《{w.r.prov}农村低收入群体等重点对象住房安全保障工作实施方案》，经农户申请、村民小组评议、"
            f"村委会公示、乡镇审核和房屋安全鉴定，{w.town}拟确定以下农户为{w.year}年农村危房改造对象，现予以公示。"
        )
        detail = rng.random() < 0.5
        rows: list[list[Cell]] = []
        for _ in range(rng.randint(3, 12)):
            p = w.person(30, 88)
            grade = rng.choice(("C级", "D级", "D级"))
            way = "拆除重建" if grade == "D级" and rng.random() < 0.6 else "修缮加固"
            amt = rng.choice((1.5, 2.0, 2.5, 3.0, 3.5)) if way == "拆除重建" else rng.choice((0.8, 1.0, 1.2))
            r = [cell(str(len(rows) + 1)), cell(nm(p.name))]
            if detail:
                r += [cell(id_item(w, p, 0.7)), cell((w.rural_addr(p, full=False), "address"))]
            else:
                r += [cell(w.town), cell(p.village)]
            r += [
                cell(str(rng.randint(1, 6))),
                cell(rng.choice(CATEGORY)),
                cell(grade),
                cell(way),
                cell(f"{amt}"),
            ]
            rows.append(r)
        hdr = ["序号", "户主姓名"] + (["身份证号", "房屋地址"] if detail else ["乡镇", "村"])
        hdr += ["家庭人口", "重点对象类别", "危房等级", "改造方式", "补助资金（万元）"]
        table(d, hdr, rows)
        d.para(
            f"公示期7天。对公示对象有异议的，请向{w.county.name}住房和城乡建设局村镇建设股反映（电话：{w.office_phone()}），"
            f"或拨打住建服务热线12319。"
        )
        signoff(d, w, org, contact=False)
    elif sub == "appraisal_letter":
        p = w.person(40, 85)
        firm = f"{w.r.city[:2]}{rng.choice(('建科', '正衡', '华信', '安信'))}工程检测有限公司"
        title(d, rng.choice(("农村房屋安全鉴定结果告知书", "危险房屋鉴定结果通知书")))
        d.line(f"{abbr(w)}房鉴告〔{w.year}〕第{rng.randint(1, 300):03d}号")
        d.blank()
        d.line(nm(p.name), "（身份证号码：", id_item(w, p, 0.2), "）：")
        when = w.date()
        d.para(
            f"根据{rng.choice(('你户申请', '农村房屋安全隐患排查整治工作安排'))}，{firm}（统一社会信用代码：{w.credit('company')}）于"
            f"{cn_date(when)}对你户位于",
            (w.rural_addr(p, full=True), "address"),
            f"的自建房屋（{house_desc(w)}）进行了安全鉴定。鉴定结论为：",
            rng.choice(("D级危房（整幢危房）", "C级危房（局部危房）", "D级危房")),
            "。",
        )
        d.para(
            "根据《农村危险房屋鉴定技术导则（试行）》，D级危房承重结构已不能满足安全使用要求，房屋整体处于危险状态。请你户立即停止"
            f"使用该房屋，并于{cn_date(when + dt.timedelta(days=10))}前搬离，在搬离前切断电源、燃气。符合条件的，可向"
            f"{w.town}人民政府申请农村危房改造补助。"
        )
        if rng.random() < 0.6:
            rel = rng.choice(RELATION)
            q = w.name(relative_sex(rel))
            cond = rng.choice((disability(w), rng.choice(DISEASES), "长期卧床"))
            d.para(
                "鉴于你户家庭成员",
                nm(q),
                f"（系你户{rel}）",
                (cond, "health"),
                "，行动不便，村委会将安排人员协助搬离并落实过渡安置。",
            )
        d.para(f"如对鉴定结论有异议，可自收到本告知书之日起15日内向{w.county.name}住房和城乡建设局申请复核。")
        off = w.official()
        d.line(f"联系人：{off}　联系电话：{w.office_phone()}")
        d.blank()
        d.line(" " * 16 + town_gov(w))
        d.line(" " * 16 + cn_date(when + dt.timedelta(days=3)))
        if rng.random() < 0.6:
            d.blank()
            d.line("送达回证")
            d.line("受送达人：", nm(p.name), "　　联系电话：", mob_item(w, p))
            d.line(f"送达地点：{p.village}村委会　　送达人：{off}、{w.official()}")
    else:  # payout
        title(
            d, f"{w.county.name}{w.year}年农村危房改造补助资金发放花名册（第{CN_NUM[rng.randint(1, 4)]}批）"
        )
        meta(d, w, org)
        rows = []
        total = 0.0
        for _ in range(rng.randint(4, 12)):
            p = w.person(30, 85)
            c = w.card()
            amt = rng.choice((8000, 12000, 15000, 20000, 25000, 30000))
            total += amt
            rows.append(
                [
                    cell(str(len(rows) + 1)),
                    cell(p.town),
                    cell(p.village),
                    cell(nm(p.name)),
                    cell(id_item(w, p, 0.15)),
                    cell((w.card_fmt(c), "bank_card")),
                    cell(w.bank_of(c)),
                    cell(str(amt)),
                    cell(mob_item(w, p, 0.3) if rng.random() < 0.6 else ""),
                ]
            )
        table(
            d,
            words("序号 乡镇 村 户主姓名 身份证号码 社保卡（一卡通）账号 开户行 补助金额（元） 联系电话"),
            rows,
        )
        d.line(
            f"合计：{int(total)}元（大写：{'人民币'}{int(total) // 10000}万{int(total) % 10000 // 1000}千元整）"
            if total % 1000 == 0
            else f"合计：{int(total)}元"
        )
        d.line(f"制表：{w.official()}　　审核：{w.official()}　　单位负责人：{w.official()}")
        d.line(f"制表日期：{cn_date(w.date())}")


# --------------------------------------------------------------------------------------------- 生态环境

CN_AMT = {
    100: "壹佰",
    200: "贰佰",
    300: "叁佰",
    500: "伍佰",
    1000: "壹仟",
    2000: "贰仟",
    3000: "叁仟",
    5000: "伍仟",
    10000: "壹万",
    20000: "贰万",
    50000: "伍万",
}


def party_block(w: World, d: Doc, p: Person, label: str = "当事人") -> None:
    rng = w.rng
    two = rng.random() < 0.5
    if two:
        d.line(f"{label}：", nm(p.name), f"　　性别：{p.sex}　　民族：{ethnic(w)}")
    else:
        d.line(f"{label}：", nm(p.name))
        d.line(f"性别：{p.sex}")
    d.line(f"出生日期：{cn_date(p.birth)}")
    d.line(rng.choice(("身份证号码：", "公民身份号码：", "身份证号：")), id_item(w, p, 0.3))
    d.line(
        rng.choice(("住址：", "住所：", "家庭住址：")),
        (w.addr(p, 0.15), "address") if rng.random() < 0.8 else f"{p.town}",
    )
    if rng.random() < 0.7:
        d.line("联系电话：", mob_item(w, p, 0.3))
    if rng.random() < 0.1:
        d.line("固定电话：", (w.landline_private(), "landline"))
    if rng.random() < 0.12:
        d.line("送达电子邮箱：", (w.email(p), "email"))


def remedy(w: World, d: Doc) -> None:
    d.para(
        f"如不服本处罚决定，可以在收到本决定书之日起六十日内向{w.county.name}人民政府申请行政复议，也可以在六个月内"
        f"向{w.county.name}人民法院提起行政诉讼。申请行政复议或者提起行政诉讼的，不停止行政处罚决定的执行。"
    )


def pay(w: World, d: Doc, amt: int) -> None:
    rng = w.rng
    code = f"{rng.randint(10**19, 10**20 - 1)}"
    d.para(
        f"罚款请于收到本决定书之日起十五日内，持《非税收入一般缴款书》（缴款码：{code}）到{w.r.rural_bank}或中国农业银行"
        f"{w.county.name}支行各营业网点缴纳，也可通过“{w.r.prov[:2]}非税缴费”平台缴纳。逾期不缴纳罚款的，每日按罚款数额的"
        f"百分之三加处罚款，加处罚款的数额不超过罚款的数额。"
    )


def eco(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    if sub == "burn_penalty":
        org = rng.choice((gov(w, "综合行政执法局"), f"{w.r.city}生态环境局{w.county.name}分局"))
        p = w.person(35, 78)
        title(d, f"{org}\n行政处罚决定书")
        d.line(docno(w, rng.choice(("综执罚决字", "环罚字", "环罚"))))
        d.blank()
        party_block(w, d, p)
        d.blank()
        when = w.date(5, 11)
        o1, o2 = w.official(), w.official()
        no1, no2 = (f"{rng.randint(10, 99)}{w.county.code[:4]}{rng.randint(10000, 99999)}" for _ in range(2))
        crop = rng.choice(("小麦", "玉米", "水稻", "油菜", "大豆"))
        d.para(
            f"{cn_date(when)}{rng.randint(8, 18)}时许，本机关执法人员{o1}、{o2}（执法证号：{no1}、{no2}）在{w.town}开展秸秆禁烧"
            f"巡查时，发现你在{w.town}{p.village}{rng.choice(('东南', '西北', '村北', '村南', '东侧'))}承包地内露天焚烧{crop}秸秆，"
            f"过火面积约{rng.randint(1, 9)}.{rng.randint(0, 9)}亩。执法人员当即责令你熄灭明火，并依法进行了调查取证。"
        )
        d.para("以上事实，有现场检查（勘察）笔录、询问笔录、现场照片及无人机航拍影像等证据为证。")
        amt = rng.choice((50, 100, 200, 300, 500))
        d.para(
            "你的上述行为违反了《中华人民共和国大气污染防治法》第七十七条“省、自治区、直辖市人民政府应当划定区域，禁止露天"
            "焚烧秸秆、落叶等产生烟尘污染的物质”的规定。依据《中华人民共和国大气污染防治法》第一百一十九条第一款，本机关于"
            f"{cn_date(when + dt.timedelta(days=3))}向你送达了《行政处罚事先告知书》，你在法定期限内"
            f"{rng.choice(('未提出陈述、申辩意见', '提出了陈述、申辩，本机关经复核不予采纳'))}。"
        )
        d.para(
            f"鉴于你能够配合调查、主动扑灭明火，本机关决定对你作出如下行政处罚：罚款人民币{amt}元（大写：{CN_AMT.get(amt, str(amt))}元整）。"
        )
        pay(w, d, amt)
        remedy(w, d)
        d.blank()
        d.line(" " * 18 + org)
        d.line(" " * 18 + cn_date(when + dt.timedelta(days=rng.randint(10, 20))))
    elif sub == "fire_penalty":
        org = gov(w, rng.choice(("林业局", "自然资源局", "应急管理局")))
        p = w.person(30, 82)
        nopen = rng.random() < 0.35
        title(d, f"{org}\n{'不予行政处罚决定书' if nopen else '行政处罚决定书'}")
        d.line(docno(w, "林罚决字" if not nopen else "林不罚字"))
        d.blank()
        party_block(w, d, p, rng.choice(("当事人", "被处罚人")) if not nopen else "当事人")
        d.blank()
        when = w.date(1, 4)
        place = rng.choice(
            (
                "后山松林坡",
                "老林沟",
                "大坪子林地",
                "阳山坡集体林",
                f"{rng.randint(10, 60)}林班{rng.randint(1, 20)}小班",
            )
        )
        why = rng.choice(("上坟烧纸", "烧田埂杂草", "吸烟乱扔烟头", "烧火取暖"))
        d.para(
            f"经查，{cn_date(when)}，当事人在{p.village}{place}{why}，引燃周边杂草，过火面积约{rng.randint(1, 30) / 10}亩，"
            f"未造成人员伤亡。当事人在森林防火期内未经批准在森林防火区内野外用火，违反了《森林防火条例》第二十五条的规定。"
        )
        if nopen:
            rel = rng.choice(("儿子", "女儿", "丈夫", "妻子"))
            g = w.person(30, 60, sex=relative_sex(rel))
            cond = rng.choice(("精神分裂症", "精神残疾二级", "阿尔茨海默病", "重度智力障碍"))
            d.para(
                "经调查，当事人患有",
                (cond, "health"),
                "，经鉴定，其在实施上述行为时不能辨认或者不能控制自己的行为。依据"
                "《中华人民共和国行政处罚法》第三十一条，本机关决定对当事人不予行政处罚，并责令其监护人",
                nm(g.name),
                f"（系当事人{rel}，联系电话：",
                mob_item(w, g),
                "）严加看管和治疗。",
            )
        else:
            amt = rng.choice((200, 300, 500, 1000, 2000))
            d.para(
                "依据《森林防火条例》第五十条“森林防火期内未经批准擅自在森林防火区内野外用火的，由县级以上地方人民政府林业"
                "主管部门责令停止违法行为，给予警告，对个人并处200元以上3000元以下罚款”的规定，本机关决定对当事人给予警告，"
                f"并处罚款{amt}元。"
            )
            pay(w, d, amt)
        remedy(w, d)
        d.blank()
        d.line(" " * 18 + org)
        d.line(" " * 18 + cn_date(when + dt.timedelta(days=rng.randint(15, 40))))
    else:  # livestock
        org = f"{w.r.city}生态环境局{w.county.name}分局"
        if rng.random() < 0.5:
            p = w.person(35, 70)
            title(d, rng.choice(("责令改正违法行为决定书", "畜禽养殖污染问题整改通知书")))
            d.line(docno(w, "环责改"))
            d.blank()
            d.line(nm(p.name), "：")
            animal = rng.choice(("生猪", "肉牛", "蛋鸡", "肉羊", "鸭"))
            d.para(
                f"{cn_date(w.date())}，我局执法人员对你在",
                (w.rural_addr(p, full=True), "address"),
                f"（自家院落后侧）经营的{animal}养殖场进行现场检查，发现该养殖场存栏{animal}约{rng.randint(30, 600)}头（只），"
                f"未建设与养殖规模相配套的粪污贮存设施，养殖粪污未经处理直接排入{rng.choice(('村东排水沟', '附近坑塘', '农田沟渠'))}。",
            )
            d.para(
                "上述行为违反了《畜禽规模养殖污染防治条例》第十三条的规定。依据《中华人民共和国行政处罚法》第二十八条、"
                f"《畜禽规模养殖污染防治条例》第三十九条，现责令你于{cn_date(w.date(6, 12))}前完成整改：建设防渗漏、防雨水的粪污"
                "贮存设施，实现粪污资源化利用，并将整改情况书面报告我局。逾期未整改的，我局将依法予以处罚。"
            )
            if rng.random() < 0.5:
                d.line("当事人联系电话：", mob_item(w, p))
            signoff(d, w, org)
        else:
            title(d, f"{w.county.name}{w.year}年畜禽养殖污染问题排查整改清单")
            meta(d, w, org)
            d.para(
                f"根据{w.r.city}畜禽养殖污染专项整治工作安排，现将{w.county.name}排查发现的畜禽养殖污染问题及整改要求公布如下，"
                "请各乡镇督促养殖户（场）按期完成整改。"
            )
            rows: list[list[Cell]] = []
            for _ in range(rng.randint(4, 10)):
                animal = rng.choice(("生猪", "肉牛", "蛋鸡", "肉羊", "奶牛"))
                prob = rng.choice(("粪污直排", "雨污未分流", "贮粪池未防渗", "病死畜禽随意丢弃", "臭气扰民"))
                if rng.random() < 0.55:
                    p = w.person(30, 70)
                    rows.append(
                        [
                            cell(str(len(rows) + 1)),
                            cell(nm(p.name)),
                            cell("个人"),
                            cell((w.rural_addr(p, full=False), "address")),
                            cell(animal),
                            cell(f"{rng.randint(20, 400)}"),
                            cell(prob),
                            cell(cn_date(w.date(6, 12))),
                        ]
                    )
                else:
                    coop = f"{w.county.name}{rng.choice(w.r.villages).removesuffix('嘎查').removesuffix('村')}{rng.choice(('兴旺', '丰源', '绿野', '宏达'))}{animal}养殖专业合作社"
                    rows.append(
                        [
                            cell(str(len(rows) + 1)),
                            cell(coop),
                            cell(f"负责人：{w.official()}"),
                            cell(f"{w.town}{rng.choice(w.r.villages)}西{rng.randint(2, 9)}00米"),
                            cell(animal),
                            cell(f"{rng.randint(300, 3000)}"),
                            cell(prob),
                            cell(cn_date(w.date(6, 12))),
                        ]
                    )
            table(
                d,
                ("序号", "养殖户（场）", "主体类型", "养殖地点", "畜种", "存栏量", "存在问题", "整改时限"),
                rows,
            )
            d.para(f"生态环境问题举报电话：12369；{w.county.name}分局执法大队电话：{w.office_phone()}。")
            signoff(d, w, org, contact=False)


# --------------------------------------------------------------------------------------------- 文旅体育


def culture(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = gov(w, rng.choice(("文化广播电视和旅游局", "文化和旅游局", "文化体育和旅游局")))
    if sub == "ich_subsidy":
        lvl = rng.choice(("县级", "市级", "省级"))
        title(d, f"{w.county.name}{w.year}年度{lvl}非物质文化遗产代表性传承人传习补助发放名单")
        meta(d, w, org)
        d.para(
            f"根据《{w.r.prov}非物质文化遗产代表性传承人认定与管理办法》，经年度评估合格，现将{w.year}年度{lvl}非遗代表性"
            f"传承人传习补助发放名单公布如下，补助资金直接拨付至传承人本人银行账户。"
        )
        show_card = rng.random() < 0.5
        show_tel = rng.random() < 0.4
        rows: list[list[Cell]] = []
        for _ in range(rng.randint(4, 12)):
            p = w.person(45, 88)
            note: Cell = cell("")
            if rng.random() < 0.2:
                rel = rng.choice(("儿子", "女儿", "孙子"))
                q = w.name(relative_sex(rel))
                note = cell(f"本人年事已高，由其{rel}", nm(q), "代领")
            r = [
                cell(str(len(rows) + 1)),
                cell(p.name),
                cell(p.sex),
                cell(f"{p.birth.year}.{p.birth.month:02d}"),
                cell(rng.choice(w.r.ich)),
                cell(lvl),
                cell(str(rng.choice((2000, 3000, 5000, 8000)))),
            ]
            if show_card:
                r.append(cell(card_item(w)))
            if show_tel:
                r.append(cell(mob_item(w, p, 0.3)))
            r.append(note)
            rows.append(r)
        hdr = ["序号", "姓名", "性别", "出生年月", "项目名称", "级别", "补助金额（元）"] + (
            ["银行卡号"] if show_card else []
        )
        hdr += (["联系电话"] if show_tel else []) + ["备注"]
        table(d, hdr, rows)
        signoff(d, w, org)
    elif sub == "ich_revoke":
        title(d, "关于取消（暂停）部分非物质文化遗产代表性传承人资格及补助的公告")
        meta(d, w, org, docno(w, "文旅发"))
        d.para(
            f"根据《中华人民共和国非物质文化遗产法》第三十一条和《{w.r.prov}非物质文化遗产代表性传承人认定与管理办法》，经"
            f"{w.year}年度评估，现对以下代表性传承人作出处理："
        )
        for k in range(1, rng.randint(2, 5)):
            name = w.name()
            proj = rng.choice(w.r.ich)
            roll = rng.random()
            if roll < 0.45:
                d.para(
                    f"{k}. {name}（{proj}县级代表性传承人）：因",
                    (
                        rng.choice(
                            ("脑梗塞后遗症", "阿尔茨海默病", "帕金森病", "双目失明", "肺癌晚期", "中风偏瘫")
                        ),
                        "health",
                    ),
                    "，已丧失传承能力，经本人申请，调整为“荣誉传承人”，不再享受传习补助。",
                    indent="",
                )
            elif roll < 0.7:
                d.para(
                    f"{k}. {name}（{proj}代表性传承人）：已于{cn_date(w.date(1, 9))}去世，自动丧失代表性传承人资格。",
                    indent="",
                )
            else:
                d.para(
                    f"{k}. {name}（{proj}代表性传承人）：无正当理由连续两年未开展传承活动，取消其代表性传承人资格。",
                    indent="",
                )
            if rng.random() < 0.3:
                kin = w.person(30, 60)
                d.para("其补助结余款已退至家属", nm(kin.name), "账户（", card_item(w), "）。", indent="")
        signoff(d, w, org)
    else:  # instructor
        sports = gov(w, rng.choice(("教育体育局", "文化体育和旅游局", "体育运动中心")))
        if rng.random() < 0.55:
            lvl = rng.choice(("二级", "三级"))
            title(d, f"{w.county.name}{w.year}年{lvl}社会体育指导员技术等级认定公示")
            meta(d, w, sports)
            d.para(
                f"根据《社会体育指导员管理办法》（国家体育总局令第16号），经培训考核，拟认定以下人员为{lvl}社会体育指导员，现予公示。"
            )
            rows = []
            tel = rng.random() < 0.35
            for _ in range(rng.randint(5, 14)):
                p = w.person(22, 65)
                r = [
                    cell(str(len(rows) + 1)),
                    cell(p.name),
                    cell(p.sex),
                    cell(
                        rng.choice(
                            (
                                f"{p.town}{p.village}",
                                f"{rng.choice(w.r.roads)}社区",
                                f"{w.county.name}第{CN_NUM[rng.randint(1, 5)]}中学",
                            )
                        )
                    ),
                    cell(
                        rng.choice(
                            (
                                "广场舞",
                                "太极拳",
                                "健身气功",
                                "篮球",
                                "乒乓球",
                                "门球",
                                "健步走",
                                "锅庄"
                                if w.r.style == "tibetan"
                                else "搏克"
                                if w.r.style == "mongol"
                                else "抖空竹",
                            )
                        )
                    ),
                ]
                if tel:
                    r.append(cell(mob_item(w, p, 0.4)))
                rows.append(r)
            table(
                d,
                ("序号", "姓名", "性别", "所在单位（社区）", "指导项目") + (("联系电话",) if tel else ()),
                rows,
            )
            d.para(f"公示期5个工作日，如有异议请向{sports}群众体育股反映，电话：{w.office_phone()}。")
            signoff(d, w, sports, contact=False)
        else:
            title(d, f"{w.county.name}全民健身站点及社会体育指导员名单")
            d.para(
                "为方便群众就近参加健身活动，现将我县全民健身站点及驻点社会体育指导员公布如下，欢迎广大群众参与。"
            )
            rows = []
            for _ in range(rng.randint(4, 10)):
                p = w.person(25, 68)
                rows.append(
                    [
                        cell(str(len(rows) + 1)),
                        cell(
                            f"{rng.choice(('人民广场', '滨河公园', '文化广场', '体育公园', rng.choice(w.r.villages) + '文化活动室'))}站点"
                        ),
                        cell(rng.choice(("广场舞", "太极拳", "八段锦", "健步走", "篮球"))),
                        cell(f"每日{rng.choice(('6:30', '7:00', '19:30', '20:00'))}"),
                        cell(p.name),
                        cell(mob_item(w, p, 0.3)),
                    ]
                )
            table(d, ("序号", "站点名称", "活动项目", "活动时间", "社会体育指导员", "联系电话"), rows)
            signoff(d, w, sports, contact=False)


# --------------------------------------------------------------------------------------------- 公用事业


def utility(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    kind = rng.choice(("水", "电", "燃气"))
    comp = {
        "水": f"{w.county.name}城市供水有限公司",
        "电": f"国网{w.r.prov[:2]}省电力有限公司{w.county.name}供电公司",
        "燃气": f"{w.county.name}{rng.choice(('华润', '港华', '新奥', '中燃'))}燃气有限公司",
    }[kind]
    if kind == "电" and w.r.prov.endswith("自治区"):
        comp = (
            f"国网{w.r.prov[:-3]}电力有限公司{w.county.name}供电公司"
            if w.r.key != "kashi"
            else f"国网新疆电力有限公司{w.county.name}供电公司"
        )
    hot = {
        "水": f"{rng.choice(('96', '968'))}{rng.randint(100, 999)}",
        "电": "95598",
        "燃气": f"96777、{w.office_phone()}",
    }[kind]
    fee = {"水": "水费", "电": "电费", "燃气": "燃气费"}[kind]
    sup = {"水": "水", "电": "电", "燃气": "气"}[kind]
    addr_lbl = {"水": "用水地址", "电": "用电地址", "燃气": "用气地址"}[kind]

    def acct() -> str:
        return {
            "水": f"{rng.randint(10**7, 10**8 - 1)}",
            "电": f"0{rng.randint(10**9, 10**10 - 1)}",
            "燃气": f"{rng.choice(('22', '31', '60'))}{rng.randint(10**8, 10**9 - 1)}",
        }[kind]

    if sub == "arrears_notice":
        title(d, f"关于催缴{fee}的公告")
        d.para(
            f"截至{cn_date(w.date())}，以下用户累计拖欠{fee}，经我公司多次上门催缴仍未缴纳。请下列用户于本公告发布之日起十日内"
            f"到我公司营业厅或通过微信公众号缴清所欠{fee}。逾期仍未缴纳的，我公司将依据"
            f"{'《城市供水条例》第三十五条' if kind == '水' else '《电力供应与使用条例》第三十九条' if kind == '电' else '《城镇燃气管理条例》及供用气合同'}"
            f"的规定中止供{sup}，由此产生的一切后果由用户自行承担。"
        )
        rows: list[list[Cell]] = []
        for _ in range(rng.randint(5, 16)):
            money = f"{rng.randint(80, 6000)}.{rng.randint(0, 99):02d}"
            months = f"{rng.randint(3, 26)}个月"
            if rng.random() < 0.75:
                p = w.person(25, 85)
                rows.append(
                    [
                        cell(str(len(rows) + 1)),
                        cell(acct()),
                        cell(nm(p.name)),
                        cell(
                            (
                                w.urban_addr(p) if rng.random() < 0.6 else w.rural_addr(p, full=False),
                                "address",
                            )
                        ),
                        cell(months),
                        cell(money),
                    ]
                )
            else:
                shop = f"{rng.choice(HAN_SUR['other'] + HAN_SUR.get(w.r.style, ''))}{rng.choice(('记', '家', '氏'))}{rng.choice(('饭店', '米粉店', '洗车行', '宾馆', '超市', '烧烤'))}"
                rows.append(
                    [
                        cell(str(len(rows) + 1)),
                        cell(acct()),
                        cell(shop),
                        cell(f"{rng.choice(w.r.roads)}{rng.randint(1, 300)}号（门面）"),
                        cell(months),
                        cell(money),
                    ]
                )
        table(d, ("序号", "户号", "户名", addr_lbl, "欠费时长", "欠费金额（元）"), rows)
        d.line(f"服务热线：{hot}")
        d.line(f"营业厅地址：{w.county.name}{rng.choice(w.r.roads)}{rng.randint(1, 200)}号")
        signoff(d, w, comp, contact=False)
    elif sub == "arrears_letter":
        p = w.person(25, 80)
        title(d, f"{rng.choice(('欠费停' + sup + '通知书', fee + '催缴通知单', '中止供' + sup + '告知书'))}")
        d.line(f"编号：{rng.randint(10**11, 10**12 - 1)}")
        pairs: list[tuple[str, list[Item]]] = [
            ("户名", [nm(p.name)]),
            ("户号", [acct()]),
            (addr_lbl, [(w.addr(p, 0.6), "address")]),
            (
                "联系电话",
                [mob_item(w, p, 0.2)] if rng.random() < 0.8 else [(w.landline_private(), "landline")],
            ),
            ("欠费金额", [f"{rng.randint(100, 3000)}.{rng.randint(0, 99):02d}元"]),
            ("欠费期间", [f"{w.year - 1}年{rng.randint(1, 12)}月至{w.year}年{rng.randint(1, 6)}月"]),
        ]
        if rng.random() < 0.3:
            pairs.append(("电子账单邮箱", [(w.email(p), "email")]))
        if rng.random() < 0.5:
            for h, v in pairs:
                d.line(f"{h}：", *v)
            d.blank()
            d.para(
                f"尊敬的用户：您户已欠缴{fee}，请于{cn_date(w.date(7, 12))}前缴清。逾期未缴的，我公司将于期满后按规定中止供{sup}，"
                f"恢复供{sup}需结清欠费。如已缴费，请忽略本通知。"
            )
        else:
            d.para("尊敬的用户", nm(p.name), "（户号：", acct(), "）：")
            d.para(
                "您位于",
                (w.addr(p, 0.6), "address"),
                f"的{fee}账户截至{cn_date(w.date(1, 6))}已欠费"
                f"{rng.randint(100, 3000)}.{rng.randint(0, 99):02d}元。根据双方签订的供用{sup}合同，请您于接到本通知后七日内缴清欠费，"
                f"逾期我公司将依法中止供{sup}。",
            )
        d.line(f"咨询电话：{hot}")
        signoff(d, w, comp, contact=False)
    else:  # gas_check
        comp = f"{w.county.name}{rng.choice(('华润', '港华', '新奥', '中燃'))}燃气有限公司"
        title(
            d,
            f"{comp}{w.year}年{rng.choice(('第一季度', '第二季度', '第三季度', '第四季度', ''))}居民用户入户安全检查隐患台账",
        )
        d.line(
            f"检查区域：{w.town}{rng.choice(w.r.estates)}　　制表单位：{comp}安检所（统一社会信用代码：{w.credit('company')}）"
        )
        hz = words(
            "燃气胶管老化龟裂 胶管超过2米 灶具无熄火保护装置 私接三通 燃气表被封闭在橱柜内 热水器安装在卫生间 报警器失效 胶管穿墙 使用非法改装灶具"
        )
        rows = []
        insp = [w.official() for _ in range(2)]
        for _ in range(rng.randint(4, 14)):
            p = w.person(25, 90)
            note: Cell = cell(rng.choice(("", "已整改", "用户拒绝整改，已书面告知", "已发放隐患整改通知书")))
            if rng.random() < 0.2:
                note = cell(
                    rng.choice(("独居老人，患", "独居老人，行动不便，患", "用户为")),
                    (
                        rng.choice(("帕金森病", "脑梗后遗症", "阿尔茨海默病", "听力残疾", "视力残疾")),
                        "health",
                    ),
                    "，已告知社区",
                )
            sign: Cell = cell(nm(p.name)) if rng.random() < 0.7 else cell(rng.choice(("拒签", "未在家", "")))
            rows.append(
                [
                    cell(str(len(rows) + 1)),
                    cell(nm(p.name)),
                    cell((w.urban_addr(p), "address")),
                    cell(mob_item(w, p, 0.2)),
                    cell(f"{rng.choice(('G', 'NB', 'IC'))}{rng.randint(10**9, 10**10 - 1)}"),
                    cell(cn_date(w.date())),
                    cell("、".join(rng.sample(hz, rng.randint(1, 2)))),
                    note,
                    cell(rng.choice(insp)),
                    sign,
                ]
            )
        table(
            d,
            words("序号 用户姓名 地址 联系电话 表具编号 检查日期 隐患内容 整改情况 检查人 用户签字"),
            rows,
            allowed=("tab", "csv", "html", "cells", "space", "pipe"),
        )
        d.line(f"燃气抢险电话：{hot}")


# --------------------------------------------------------------------------------------------- 公安基层

VN_NAMES = (
    ("阮氏兰", "NGUYEN THI LAN"),
    ("黎文雄", "LE VAN HUNG"),
    ("陈氏秋", "TRAN THI THU"),
    ("范文勇", "PHAM VAN DUNG"),
    ("黄氏梅", "HOANG THI MAI"),
    ("农文德", "NONG VAN DUC"),
)
PK_NAMES = (("阿里·汗", "ALI KHAN"), ("穆罕默德·阿西夫", "MUHAMMAD ASIF"), ("乌斯曼·古尔", "USMAN GUL"))
WORKPLACE = words(
    "{c}建筑工程有限公司 {c}物流园 {c}电子厂 {c}人民医院（护工） 个体（外卖配送） {c}制衣厂 自由职业"
)


def foreigner(w: World) -> tuple[str, str, str, str]:
    """Chinese name, Latin name, document label, document number and kind packed as name|kind."""
    rng = w.rng
    if w.r.key == "kashi":
        cn, la = rng.choice(PK_NAMES)
        num = f"{rng.choice('ABCDEFGHJKLMN')}{rng.choice('ABCDEFGHJKLMN')}{rng.randint(10**6, 10**7 - 1)}"
        return cn, la, "护照", num
    cn, la = rng.choice(VN_NAMES)
    return cn, la, "护照", f"{rng.choice('BCN')}{rng.randint(10**6, 10**7 - 1)}"


def tenant_doc(w: World) -> tuple[list[Item], str, list[Item]]:
    """(name items, document type, number items) for a tenant or guest."""
    rng = w.rng
    r = rng.random()
    if r < 0.15 and w.r.key in ("baise", "kashi"):
        cn, la, typ, num = foreigner(w)
        if cn in w.used:
            return [], "", []
        w.used.add(cn)
        return [nm(cn), "（", nm(la), "）"], typ, [(num, "passport")]
    if r < 0.13:
        n = w.name()
        return (
            [nm(n)],
            "港澳居民来往内地通行证",
            [(f"{rng.choice('HM')}{rng.randint(10**7, 10**8 - 1)}", "hk_macau_permit")],
        )
    if r < 0.2:
        n = w.name()
        num = (
            f"E{rng.randint(10**7, 10**8 - 1)}"
            if rng.random() < 0.6
            else f"E{rng.choice('ABCDEFGH')}{rng.randint(10**6, 10**7 - 1)}"
        )
        return [nm(n)], "普通护照", [(num, "passport")]
    if r < 0.24:
        n = w._han("other", rng.choice("男女"))
        if n in w.used or any(n in u or u in n for u in w.used):
            return [], "", []
        w.used.add(n)
        return (
            [nm(n)],
            "台湾居民来往大陆通行证",
            [(f"{rng.randint(0, 1)}{rng.randint(10**6, 10**7 - 1)}", "tw_permit")],
        )
    return [], "居民身份证", []


def police(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    station = f"{w.county.name}公安局{w.town.replace('街道', '').replace('镇', '').replace('乡', '').replace('苏木', '')}派出所"
    if sub == "rental":
        title(d, f"{station}出租房屋治安管理登记台账（{w.year}年）")
        for _ in range(rng.randint(1, 3)):
            host = w.person(35, 75)
            d.line("房屋地址：", (w.addr(host, 0.6), "address"))
            d.line("房主姓名：", nm(host.name), "　　身份证号：", id_item(w, host, 0.1))
            d.line(
                "房主电话：",
                mob_item(w, host),
                f"　　出租间数：{rng.randint(1, 8)}间　　责任书签订：{rng.choice(('已签订', '已签订', '未签订'))}",
            )
            if rng.random() < 0.2:
                d.line("房主备用电话：", (w.landline_private(), "landline"))
            if rng.random() < 0.15:
                d.line("房主电子邮箱：", (w.email(host), "email"))
            rows = []
            for _ in range(rng.randint(1, 5)):
                names, typ, num = tenant_doc(w)
                if names:
                    rows.append(
                        [
                            cell(*names),
                            cell(typ),
                            cell(*num),
                            cell(""),
                            cell(mob_item(w, w.person(20, 50))),
                            cell(rng.choice(WORKPLACE).format(c=w.county.name)),
                            cell(cn_date(w.date())),
                        ]
                    )
                    continue
                t = w.person(18, 60, local=False)
                car: Cell = cell((w.plate(), "license_plate")) if rng.random() < 0.25 else cell("无")
                rows.append(
                    [
                        cell(nm(t.name)),
                        cell(typ),
                        cell((t.id, "id_card")),
                        cell((w.rural_addr(t, full=True), "address")),
                        cell(mob_item(w, t)),
                        cell(rng.choice(WORKPLACE).format(c=w.county.name)),
                        cell(cn_date(w.date())),
                    ]
                )
                rows[-1].insert(6, car)
            for r in rows:
                if len(r) == 7:
                    r.insert(6, cell("无"))
            table(
                d,
                words("承租人姓名 证件类型 证件号码 户籍地址 联系电话 工作单位 车辆号牌 登记日期"),
                rows,
                allowed=("tab", "cells", "kv", "html", "csv", "space"),
            )
            d.blank()
        d.line(f"登记民警：{w.official()}　　社区网格员：{w.official()}")
        d.line(f"派出所值班电话：{w.office_phone()}　　报警电话：110")
    elif sub == "hotel_check":
        org = gov(w, "公安局")
        title(d, f"关于{w.year}年第{CN_NUM[rng.randint(1, 4)]}季度旅馆业治安管理检查情况的通报")
        meta(d, w, org, docno(w, "公治通"))
        a = w.date(1, 6)
        d.para(
            f"为加强旅馆业治安管理，按照《旅馆业治安管理办法》和《{w.r.prov}旅馆业治安管理条例》，我局于{cn_date(a)}至"
            f"{cn_date(a + dt.timedelta(days=rng.randint(10, 40)))}组织各派出所对辖区旅馆开展了治安检查，共检查旅馆{rng.randint(20, 90)}家，发现问题{rng.randint(5, 30)}处。"
            "现将检查中发现的突出问题通报如下："
        )
        for k in range(1, rng.randint(3, 6)):
            hotel = f"{w.county.name}{rng.choice(('悦来', '如家', '金源', '福满楼', '丝路', '格桑', '草原明珠', '壮乡'))}{rng.choice(('宾馆', '酒店', '旅馆', '客栈'))}"
            d.para(f"{k}. {hotel}（统一社会信用代码：{w.credit()}，负责人：{w.official()}）：", indent="")
            roll = rng.random()
            day = cn_date(w.date())
            names, typ, num = tenant_doc(w) if rng.random() < 0.4 else ([], "", [])
            if names and typ == "护照":
                d.para(
                    f"{day}接待外国人",
                    *names,
                    "（护照号码：",
                    *num,
                    "）入住，未在24小时内报送境外人员临时住宿登记。",
                    indent="　　",
                )
            elif names:
                d.para(
                    f"{day}接待旅客",
                    *names,
                    f"（{typ}号码：",
                    *num,
                    "）入住，未按规定如实登记。",
                    indent="　　",
                )
            elif roll < 0.4:
                g = w.person(20, 60, local=False)
                d.para(
                    f"{day}接待旅客",
                    nm(g.name),
                    "（身份证号码：",
                    (g.id, "id_card"),
                    f"）入住{rng.randint(2, 6)}0{rng.randint(1, 9)}房间，"
                    "未按规定登记其身份信息，“一人登记多人入住”。",
                    indent="　　",
                )
            elif roll < 0.7:
                g = w.person(14, 17, local=False)
                d.para(
                    f"{day}留宿未成年人",
                    nm(g.name),
                    f"（{w.year - g.birth.year}岁，身份证号码：",
                    (g.id, "id_card"),
                    "），未询问其父母或者其他监护人的联系方式，未记录同住人员身份信息。",
                    indent="　　",
                )
            else:
                d.para("旅客住宿登记信息系统未按时上传，消防通道堆放杂物。", indent="　　")
            d.para(
                f"处理结果：{rng.choice(('责令限期整改', '给予警告', '处罚款' + str(rng.choice((500, 1000, 2000))) + '元'))}。",
                indent="　　",
            )
        d.para("各旅馆要严格落实“实名登记、人证核验”制度，对未成年人入住要做到“五必须”。")
        signoff(d, w, org)
    else:  # express_check
        org = gov(w, "公安局")
        title(d, f"{w.county.name}寄递物流行业实名收寄抽查情况通报")
        meta(d, w, org)
        d.para(
            f"{cn_date(w.date())}，{w.county.name}公安局会同当地邮政管理部门对辖区寄递网点开展实名收寄制度落实情况抽查，"
            "现将发现的问题通报如下："
        )
        for k in range(1, rng.randint(3, 6)):
            brand, wb = rng.choice(
                (
                    ("中通快递", f"7{rng.randint(10**13, 10**14 - 1)}"),
                    ("顺丰速运", f"SF{rng.randint(10**12, 10**13 - 1)}"),
                    ("圆通速递", f"YT{rng.randint(10**12, 10**13 - 1)}"),
                    ("中国邮政EMS", f"{rng.choice(('11', '98'))}{rng.randint(10**10, 10**11 - 1)}"),
                    ("韵达快递", f"43{rng.randint(10**11, 10**12 - 1)}"),
                    ("极兔速递", f"JT{rng.randint(10**11, 10**12 - 1)}"),
                )
            )
            site = f"{brand}{w.county.name}{rng.choice(w.county.towns)}网点"
            d.para(f"{k}. {site}（经营者：{w.official()}）：", indent="")
            if rng.random() < 0.65:
                s = w.person(20, 60)
                d.para(
                    f"抽查运单号{wb}，寄件人",
                    nm(s.name),
                    "（身份证号码：",
                    id_item(w, s, 0.2),
                    "；联系电话：",
                    mob_item(w, s, 0.4),
                    f"），收寄时未核验身份证件，系统登记信息与寄件人实际信息不符，寄递物品为{rng.choice(('电子烟', '刀具', '药品', '农产品'))}。",
                    indent="　　",
                )
            else:
                d.para(
                    f"抽查运单号{wb}等{rng.randint(3, 20)}件邮件，寄件人信息为“{w.anon()}”，无有效身份信息。",
                    indent="　　",
                )
            if rng.random() < 0.3:
                luhn = luhn_complete(f"{rng.choice('3789')}{rng.randint(10**14, 10**15 - 1)}")
                d.para(f"责令整改通知书受理编号：{luhn}。", indent="　　")
        d.para("各寄递企业要严格落实收寄验视、实名收寄、过机安检“三项制度”。")
        signoff(d, w, org)


# --------------------------------------------------------------------------------------------------- 民政


HEALTH_OLD = words(
    "高血压 糖尿病 冠心病 脑梗后遗症 慢阻肺 白内障 老年痴呆 卧床 半失能 失能 双目失明 听力障碍 骨质疏松，行动不便 风湿性关节炎"
)


def elder_health(w: World) -> Cell:
    r = w.rng.random()
    if r < 0.35:
        return cell(w.rng.choice(("健康", "良好", "能自理", "一般")))
    if r < 0.5:
        return cell((disability(w), "health"))
    xs = w.rng.sample(HEALTH_OLD, w.rng.randint(1, 2))
    out: Cell = []
    for i, x in enumerate(xs):
        if i:
            out.append(("、", None))
        out.append((x, "health"))
    return out


def civil(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = rng.choice((gov(w, "民政局"), town_gov(w)))
    if sub == "elderly_visit":
        title(
            d,
            f"{w.town}{rng.choice(('高龄', '独居', '孤寡', '空巢'))}老年人探访关爱服务台账（{w.year}年{rng.randint(1, 12)}月）",
        )
        rows: list[list[Cell]] = []
        for _ in range(rng.randint(3, 10)):
            p = w.person(70, 98)
            rel = rng.choice(("儿子", "女儿", "侄子", "邻居", "外甥"))
            k = w.person(30, 65, sex={"儿子": "男", "女儿": "女", "侄子": "男", "外甥": "男"}.get(rel))
            visit_r = rng.random()
            if visit_r < 0.4:
                visit = cell("老人精神状态良好，家中无安全隐患")
            elif visit_r < 0.7:
                visit = cell(
                    "老人",
                    (rng.choice(("血压偏高", "腿脚浮肿", "咳嗽不止", "记忆力明显减退")), "health"),
                    "，已联系家庭医生上门",
                )
            else:
                visit = cell(
                    rng.choice(
                        ("冬季取暖使用煤炉，已提醒开窗通风", "协助代购药品及生活用品", "已帮助申请高龄津贴")
                    )
                )
            rows.append(
                [
                    cell(str(len(rows) + 1)),
                    cell(nm(p.name)),
                    cell(p.sex),
                    cell(str(w.year - p.birth.year)),
                    cell(id_item(w, p, 0.4)),
                    cell((w.rural_addr(p, full=False), "address")),
                    elder_health(w),
                    cell(nm(k.name), f"（{rel}）"),
                    cell(mob_item(w, k, 0.2) if rng.random() < 0.8 else (w.landline_private(), "landline")),
                    cell(w.official()),
                    cell(cn_date(w.date())),
                    visit,
                ]
            )
        table(
            d,
            words(
                "序号 老人姓名 性别 年龄 身份证号 家庭住址 身体状况 紧急联系人 联系电话 探访人 探访日期 探访情况"
            ),
            rows,
            allowed=("tab", "cells", "csv", "html", "kv", "space"),
        )
        d.line(f"填报单位：{town_gov(w)}社会事务办　　审核人：{w.official()}")
    elif sub == "age_allowance":
        title(d, f"{w.county.name}{w.town}{w.year}年{rng.randint(1, 12)}月高龄老人津贴发放名单")
        meta(d, w, org)
        s80, s90, s100 = rng.choice((50, 100)), rng.choice((200, 300)), rng.choice((500, 600, 1000))
        d.para(
            f"根据{w.r.prov}高龄津贴制度，80至89周岁、90至99周岁、100周岁以上老年人分别按每人每月"
            f"{s80}元、{s90}元、{s100}元标准发放高龄津贴。现将本月发放名单公布如下："
        )
        rows = []
        old_ids = rng.random() < 0.35
        for _ in range(rng.randint(5, 15)):
            p = w.person(80, 102)
            age = w.year - p.birth.year
            std = s80 if age < 90 else s90 if age < 100 else s100
            idc: Item = (w.id15(p), "id_card_15") if old_ids and rng.random() < 0.5 else id_item(w, p, 0.5)
            rows.append(
                [
                    cell(str(len(rows) + 1)),
                    cell(nm(p.name)),
                    cell(p.sex),
                    cell(f"{p.birth.year}年{p.birth.month}月"),
                    cell(str(age)),
                    cell(idc),
                    cell(p.village),
                    cell(str(std)),
                    cell(card_item(w) if rng.random() < 0.7 else ""),
                ]
            )
        table(
            d,
            words("序号 姓名 性别 出生年月 年龄 身份证号 所在村（社区） 发放标准（元） 发放账号"),
            rows,
        )
        signoff(d, w, org)
    else:  # tekun
        title(d, f"{w.county.name}{w.year}年特困人员救助供养对象名册（{w.town}）")
        meta(d, w, gov(w, "民政局"))
        rows = []
        for _ in range(rng.randint(4, 12)):
            p = w.person(16, 92)
            way = rng.choice(("集中供养", "分散供养", "分散供养"))
            ability = rng.choice(("全自理", "全自理", "半失能", "全失能"))
            carer: Cell = cell("")
            if way == "分散供养":
                c = w.person(30, 65)
                carer = cell(nm(c.name), f"（{rng.choice(('侄子', '邻居', '村民', '外甥女'))}）")
            else:
                carer = cell(
                    f"{w.county.name}{rng.choice(('中心敬老院', '社会福利院', '区域性养老服务中心'))}"
                )
            dis: Cell = cell((disability(w), "health")) if rng.random() < 0.35 else cell("无")
            rows.append(
                [
                    cell(str(len(rows) + 1)),
                    cell(nm(p.name)),
                    cell(p.sex),
                    cell(str(w.year - p.birth.year)),
                    cell(id_item(w, p, 0.5)),
                    cell(p.village),
                    cell(way),
                    cell(ability if ability == "全自理" else (ability, "health")),
                    dis,
                    carer,
                    cell(str(rng.choice((560, 680, 750, 830)))),
                ]
            )
        table(
            d,
            words(
                "序号 姓名 性别 年龄 身份证号 所在村 供养方式 自理能力 残疾类别及等级 照料服务人 基本生活标准（元/月）"
            ),
            rows,
        )
        signoff(d, w, gov(w, "民政局"))


# --------------------------------------------------------------------------------------------- 养老保险


def pension(w: World, d: Doc, sub: str) -> None:
    rng = w.rng
    org = rng.choice(
        (gov(w, "社会保险事业中心"), gov(w, "人力资源和社会保障局"), gov(w, "医疗保障和社会保险服务中心"))
    )
    if sub == "paying_list":
        title(d, f"{w.year}年度城乡居民基本养老保险困难群体政府代缴保费人员名单公示（{w.town}）")
        meta(d, w, org)
        d.para(
            f"根据《关于进一步做好城乡居民基本养老保险困难群体参保缴费工作的通知》，对低保对象、特困人员、返贫致贫人口、"
            f"重度残疾人等缴费困难群体，由县级人民政府按最低缴费档次{rng.choice((100, 200))}元为其代缴部分或全部保费。现将名单公示如下："
        )
        rows: list[list[Cell]] = []
        for _ in range(rng.randint(5, 15)):
            p = w.person(16, 59)
            cat = rng.choice(
                ("低保对象", "特困人员", "返贫致贫人口", "防止返贫监测对象", "重度残疾人", "重度残疾人")
            )
            catc: Cell = cell((cat, "health")) if cat == "重度残疾人" else cell(cat)
            if cat == "重度残疾人" and rng.random() < 0.4:
                catc = cell(
                    "重度残疾人（", (disability(w)[:-2] + rng.choice(("一级", "二级")), "health"), "）"
                )
                catc = [("重度残疾人", "health"), ("（", None), catc[1], ("）", None)]
            rows.append(
                [
                    cell(str(len(rows) + 1)),
                    cell(nm(p.name)),
                    cell(id_item(w, p, 0.55)),
                    cell(p.village),
                    catc,
                    cell(str(rng.choice((100, 200)))),
                ]
            )
        table(d, ("序号", "姓名", "身份证号码", "村（社区）", "代缴类别", "代缴金额（元）"), rows)
        d.para(
            f"公示期5个工作日。如有异议，请与{w.town}劳动保障所联系，电话：{w.office_phone()}；人社服务热线：12333。"
        )
        signoff(d, w, org, contact=False)
    else:  # suspend
        if rng.random() < 0.5:
            title(d, "关于暂停发放部分人员城乡居民基本养老保险待遇的公告")
            meta(d, w, org)
            d.para(
                f"根据人社部《关于进一步加强社会保险待遇领取资格认证工作的通知》，经与公安、卫健、民政、法院等部门数据比对，"
                f"下列人员未在规定时间内完成{w.year}年度待遇领取资格认证或存在不符合领取条件的情形，自{w.year}年{rng.randint(2, 11)}月起暂停发放其"
                "城乡居民基本养老保险待遇。"
            )
            rows = []
            for _ in range(rng.randint(4, 12)):
                p = w.person(60, 96)
                reason = rng.choice(
                    words(
                        "未完成资格认证 未完成资格认证 疑似死亡（火化数据比对） 服刑 重复领取（已领取职工养老金）"
                    )
                )
                rows.append(
                    [
                        cell(str(len(rows) + 1)),
                        cell(nm(p.name)),
                        cell(id_item(w, p, 0.6)),
                        cell(p.village),
                        cell(reason),
                    ]
                )
            table(d, ("序号", "姓名", "身份证号", "村（社区）", "暂停原因"), rows)
            d.para(
                f"请上述人员或其家属自公告之日起30日内携带本人身份证、社会保障卡到{w.town}便民服务中心或通过“掌上12333”APP完成"
                "认证。行动不便的，可申请工作人员上门认证。"
            )
            signoff(d, w, org)
        else:
            p = w.person(62, 92)
            title(d, "城乡居民基本养老保险待遇暂停发放告知书")
            d.line(docno(w, "社保告"))
            d.line(nm(p.name), "（社会保障号码：", id_item(w, p), "）：")
            r = rng.random()
            if r < 0.4:
                cond = rng.choice(("精神疾病", "脑出血", "尿毒症", "骨折"))
                d.para(
                    f"经查，你未在{w.year}年度规定期限内完成待遇领取资格认证。据村委会反映，你因",
                    (cond, "health"),
                    f"长期在{w.county.name}人民医院住院治疗，无法到场认证。",
                )
            elif r < 0.7:
                d.para(
                    f"经与人民法院数据比对，你自{cn_date(w.date(1, 6))}起服刑，根据规定服刑期间暂停发放城乡居民基本养老保险待遇。"
                )
            else:
                d.para(
                    "经数据比对，你疑似已死亡，自下月起暂停发放待遇。如信息有误，请及时到社保经办机构办理认证。"
                )
            d.para(
                "你的养老金发放账户（",
                card_item(w),
                f"）自{w.year}年{rng.randint(2, 11)}月起暂停发放。符合条件恢复发放的，"
                "将按规定补发暂停期间的待遇。",
            )
            if rng.random() < 0.5:
                rel = rng.choice(("儿子", "女儿"))
                q = w.person(30, 60, sex=relative_sex(rel))
                d.para(
                    "家属", nm(q.name), f"（{rel}，联系电话：", mob_item(w, q), "）可代为办理上门认证申请。"
                )
            d.para("如有疑问，请拨打12333或", w.office_phone(), "咨询。")
            signoff(d, w, org, contact=False)


# ---------------------------------------------------------------------------------------------------- main

FAMILIES: dict[str, tuple[Callable[[World, Doc, str], None], tuple[str, ...]]] = {
    "rural": (rural, ("monitor_notice", "ledger", "funds", "public_post")),
    "housing": (housing, ("danger_notice", "appraisal_letter", "payout")),
    "eco": (eco, ("burn_penalty", "fire_penalty", "livestock")),
    "culture": (culture, ("ich_subsidy", "ich_revoke", "instructor")),
    "utility": (utility, ("arrears_notice", "arrears_letter", "gas_check")),
    "police": (police, ("rental", "hotel_check", "express_check")),
    "civil": (civil, ("elderly_visit", "age_allowance", "tekun")),
    "pension": (pension, ("paying_list", "suspend")),
}

_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_ID15_RE = re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
_MOB_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_CARD_RE = re.compile(r"(?<!\d)(?:62|4|5)\d{14,18}(?!\d)")
_PLAIN = {
    "mobile": r"1[3-9]\d(?:[ -]?\d{4}){2}",
    "id_card_15": r"\d{15}",
    "hk_macau_permit": r"[HMC]\d{8}",
    "tw_permit": r"\d{8}",
    "passport": r"[A-Z]{1,2}\d{7,8}",
}


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
        k = str(sp["kind"])
        if k == "id_card":
            assert id_valid(t), t
        elif k == "bank_card":
            digits = t.replace(" ", "")
            assert 16 <= len(digits) <= 19 and luhn_ok(digits) and digits[0] in "456", t
            assert not id_valid(digits) and not cc_valid(digits), t
        elif k == "id_card_15":
            assert id15_valid(t), t
        elif k in _PLAIN:
            assert re.fullmatch(_PLAIN[k], t), (k, t)
        elif k == "address":
            assert re.search(r"[号组室栋元]$|\d{3,4}$", t), t
    for sp in spans:
        if sp["kind"] == "name":
            n = str(sp["text"])
            for m in re.finditer(re.escape(n), text):
                if not all(covered[m.start() : m.end()]):
                    return False  # a labelled person's name also stands unlabelled (an official's, a shop's)
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
        rng = random.Random(f"h27-{seed}-{i}-{attempt}")
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
    ap.add_argument("--seed", type=int, default=109)
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
        print(f"pdf-like docs: {sum(n for t, n in types.items() if t.endswith('.pdf'))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
