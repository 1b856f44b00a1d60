"""Blind holdout set 17: education, health insurance, village affairs and new subsidies.

A labelled test set for a Chinese personal-information detector, written without looking at the
detector. Standard library only, deterministic for a seed::

    python holdout17.py --docs 400 --seed 67 -o out.jsonl
    python holdout17.py --decisions      # labelling decisions where the policy is silent

Each output line is ``{"type", "text", "spans": [{"kind", "start", "end", "text"}]}``; ``type`` is
``family.subkind`` with ``.pdf`` appended when the text imitates a PDF/Word extraction.

Families (documents of a county/district government, its departments, towns and villages; ten regions:
楚雄, 疏附, 科尔沁, 康定, 兰山, 颍州, 于都, 恩施, 临夏, 莲池, with local names, plates, area codes and
乡镇/村/社区):

1. ``kongchuo`` – 控辍保学: 劝返复学台账 (student, 监护人 and relation, phone, home, reason incl. illness),
   a town's 劝返 report in prose, a "一生一案" 登记卡 (label–value), a school's 学籍异动 list (全国学籍号
   = G + ID number: the ID inside is labelled) and a 送教上门 list (残疾类别/等级 as health).
2. ``medical`` – 医保: 大病保险/医疗救助 "一站式" 结算 公示 (diagnosis as health, masked or full IDs,
   amounts), a 报销 审批表 / 明细单 (payee, bank account, 结算单号 near-miss), a town's 医疗救助 prose
   公示, and a 依申请公开 答复书 to a relative ("张三：").
3. ``village`` – 村集体经济 分红名单 (户主, 人口, 股数, 金额, 收款账号; a 股份经济合作社's N2… credit code),
   a 村务公开栏 (payments to villagers, the company tenant and its credit code), a 村民代表会议 决议/记录
   (speakers and 代表 listed and signing; 村干部 and 包村干部 in role) and a numbered 补录分红户 notice.
4. ``childcare`` – 育儿补贴/生育补贴: 发放对象 公示 (parent, ID, infant name and birth date, card), a
   申领登记表 (spouse with a 港澳/台湾 permit or a passport, infant ID, 出生医学证明编号 near-miss), a
   prose 公示 and a 不予发放告知书.
5. ``elder`` – 特殊困难老年人 探访关爱: a 服务记录表 (health, children with relations and phones), a
   花名册, an 养老服务补贴 list (失能等级 as health) and a 民政局 通报 in prose.
6. ``hero`` – 见义勇为: 拟确认 公示 in prose, a 拟表彰人选 list, a county 表彰决定 (the rescuers' names
   are published by design and NOT labelled; victims, witnesses and all injuries are), and a 不予确认
   决定书 (applicant labelled).
7. ``veteran`` – 退役士兵: 自主就业一次性经济补助 发放花名册 (names, IDs, dates, cards), a 安排工作岗位
   选择结果 公示 (names published by design, IDs labelled), a 报到登记表 (family, plate, 伤残 as health)
   and a 限期报到 公告 with a numbered list.
8. ``aid`` – 社会救助: 入户调查记录 (申请人, members with health and income, vehicle plate; 调查人员 with
   工作证号 public), a 家庭成员核查表, a 听证会记录 (申请人 and 村民代表 speak) and a 调查结果 公示.

Layouts: prose, label–value forms, tab / space-aligned / pipe tables, HTML remnants, quoted CSV, one
cell a line; about a quarter of the documents are PDF/Word extractions with spaced or full-width padded
names, page footers and running titles inside tables, rows wrapped onto the next line and prose
hard-wrapped at a fixed width. Near-misses: GB 32100 credit codes (91/92/93/N2), 文号, 索引号, 结算单号
and 受理编号 (some Luhn-valid or 18 digits), masked IDs, 出生医学证明编号, 住院号, amounts, dates,
postcodes, 12345, office phones, gov.cn mail, offices' and companies' addresses, officials, teachers,
村干部, 调查人员 and 探访人员 in their role, anonymised names (王某某, 张**).

Every document is self-checked before it is written (span offsets, checksums, every mention of a
labelled name inside a name span, no valid ID / mobile / Luhn card / personal mail outside spans) and
redrawn if it fails. The layout helpers follow those of holdout15.py.

First contact (--docs 400 --seed 67, measured by the lead with the detector of 8d5e458, after the
fixes for holdouts 14 and 15, before any for this set): name P 92.5 / R 69.7, address 100 / 96.0,
health 94.1 / 82.8, id_card R 94.5 (the ID inside a 全国学籍号 "G…"), landline P 80.0 / R 96.0;
every other kind 100 / 100.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass
from typing import TypedDict

DEBUG = False

Seg = tuple[str, str | None]  # (text, kind); kind None for unlabelled text

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

DECISIONS = """\
Labelling decisions where docs/privacy.md is silent (holdout 17):

1. 见义勇为: the rescuer (见义勇为人员) named in a 拟确认 公示, a 拟表彰 list or a 表彰奖励决定 is published
   by design as a commendation: the name is NOT labelled. The victim (被救人/受害人), a witness and the
   rescuer's relatives are private: labelled. Injuries are health for everyone, the rescuer included
   ("右腿胫骨骨折"). A 不予确认决定书 is no commendation: its applicant is labelled with ID, address, phone.
2. 退役士兵 安排工作 岗位选择结果 公示 (阳光安置, published under 退役士兵安置条例) is treated like a 录用
   list: names NOT labelled, full ID numbers labelled, masked IDs not. The 一次性经济补助 发放花名册, the
   报到登记表 and the 限期报到 公告 are payment rolls / personal records: names labelled.
3. 全国学籍号 "G" + ID number: only the 18-digit ID inside is labelled (id_card); an "L…" 临时学籍号 is not.
4. Minors (students, infants) are labelled as name / id_card like adults; a birth date is never labelled.
   出生医学证明编号, 住院号, 受理编号, 结算单号 and 工作证号 are not labelled.
5. 监护人, 子女, 配偶, 家庭成员 and 代领人 are labelled wherever named; the relation word ("父亲", "长子")
   is not part of the span.
6. 村民代表 are private villagers: labelled when listed, speaking ("代表张三："), signing or voting. 村党支部
   书记, 村委会主任, 村务监督委员会主任, 包村干部, 驻村第一书记, 记录人 and 主持人 in role are public.
7. Teachers (班主任, 包保教师, 送教教师), 包保责任人, 探访人员 (网格员, 社工, 志愿者), 调查人员 with 工作证号,
   听证主持人, 经办人/审核人/受理人/承办人 and 局长 in a roll's footer are public in role: not labelled.
8. Health: the condition words only ("先天性心脏病", "肢体残疾二级", "重度失能", "长期卧床"); "因病" alone,
   "健康", "良好", "一般", "生活能自理", "能力完好" and 自理能力 values are not labelled. 失能 grades
   ("轻度失能" …) and 伤残 grades ("七级残疾") are health. 残疾类别 and 残疾等级 in separate cells are
   separate spans.
9. Bank cards: the whole number incl. spaces between groups. A 收款人 who is a relative is labelled.
10. Addresses: a home (住址/家住/家庭住址/居住地址/调查地点 at the applicant's home/户籍地址) \
is labelled from its
    first place name to the last house-level unit (号/栋/单元/室/组/队); a village or town alone
    ("户籍所在乡镇", "所在村") is not. Offices' seats (退役军人服务中心, 基金会, 卫生健康局 …) and
    incident places (河堤, 商铺门前) are not labelled.
11. Plates of a private person's vehicle in a 社会救助 or 退役士兵 record are labelled (incl. "·").
12. Spouse documents: 港澳居民来往内地通行证 numbers → hk_macau_permit, 台湾居民来往大陆通行证 → tw_permit,
    普通护照 → passport, each only the number.
13. Anonymised forms (王某某, 张某, 李**, 王*) are not labelled.
14. Mobile spans include +86 / 86- / 0086 prefixes and inner spaces or dashes; personal landlines (an
    old person's home phone) are labelled, office numbers after 咨询/监督/举报/联系电话 never.
"""

# ----------------------------------------------------------------------------- checksums

ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, ID_W, strict=True)) % 11]


def id_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[:2] not in PROVINCES:
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17].upper()


def luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(r: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def org_code(r: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "MA" + "".join(r.choice(chars) for _ in range(6))
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, ORG_W, strict=True))
    c9 = 11 - total % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(r: random.Random, region: str, kind: str = "91") -> str:
    body = kind + region + org_code(r)
    total = sum(CC_CHARS.index(c) * w for c, w in zip(body, CC_W, strict=True))
    return body + CC_CHARS[(31 - total % 31) % 31]


# ----------------------------------------------------------------------------- data


def words(s: str) -> list[str]:
    return s.split()


PROVINCES = words(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 81 82 83"
)

OTHER_CODES = words(
    "110105 130102 140105 230102 320102 330106 340102 350102 360102 370102 410105 420106 430104 "
    "440106 450103 500103 510104 522601 530102 610113 620102 622901 630102 640104 640221 652801 "
    "513431 152502 540402 330702 411602 440703 430524 320312 412726 341221 511602 433101"
)


class Region(TypedDict):
    prov: str
    city: str
    county: str
    code: str
    tel: str
    post: str
    abbr: str
    pabbr: str
    plate: str
    minority: str
    towns: list[tuple[str, list[str]]]
    streets: list[tuple[str, list[str]]]
    roads: list[str]
    estates: list[str]


REGIONS: list[Region] = [
    {
        "prov": "云南省",
        "city": "楚雄彝族自治州",
        "county": "楚雄市",
        "code": "532301",
        "tel": "0878",
        "post": "675000",
        "abbr": "楚",
        "pabbr": "云",
        "plate": "云E",
        "minority": "yi",
        "towns": [
            ("吕合镇", ["吕合村", "中屯村", "者力村"]),
            ("紫溪镇", ["紫溪村", "大岔村"]),
            ("大地基乡", ["大地基村", "三家厂村"]),
            ("树苴乡", ["依七么村", "树苴村"]),
            ("东华镇", ["本立村", "东华村"]),
        ],
        "streets": [
            ("鹿城镇", ["北浦社区", "南城社区", "彝人古镇社区"]),
            ("东瓜镇", ["东瓜社区", "兴隆社区"]),
        ],
        "roads": ["鹿城南路", "龙江路", "阳光大道", "永安大道", "太阳历大道", "灵秀路"],
        "estates": ["龙江苑", "阳光水岸小区", "太阳历家园", "紫溪花园", "彝海嘉园"],
    },
    {
        "prov": "新疆维吾尔自治区",
        "city": "喀什地区",
        "county": "疏附县",
        "code": "653121",
        "tel": "0998",
        "post": "844100",
        "abbr": "疏",
        "pabbr": "新",
        "plate": "新Q",
        "minority": "uyghur",
        "towns": [
            ("乌帕尔镇", ["阿其克村", "库木巴格村", "吐曼塔勒村"]),
            ("吾库萨克镇", ["阿亚克吾库萨克村", "英买里村"]),
            ("塔什米里克乡", ["巴格其村", "阿热买里村"]),
            ("铁日木乡", ["拜什铁热克村", "铁日木村"]),
        ],
        "streets": [("托克扎克镇", ["幸福社区", "团结社区", "广州新城社区"])],
        "roads": ["广州大道", "幸福路", "团结路", "解放路", "迎宾大道"],
        "estates": ["广州新城小区", "阳光花园", "幸福家园", "团结小区"],
    },
    {
        "prov": "内蒙古自治区",
        "city": "通辽市",
        "county": "科尔沁区",
        "code": "150502",
        "tel": "0475",
        "post": "028000",
        "abbr": "科",
        "pabbr": "蒙",
        "plate": "蒙G",
        "minority": "mongol",
        "towns": [
            ("大林镇", ["大林村", "南大林村"]),
            ("钱家店镇", ["钱家店村", "双合兴村"]),
            ("莫力庙苏木", ["哈日乌苏嘎查", "查干嘎查"]),
            ("敖力布皋镇", ["敖力布皋嘎查", "新立屯村"]),
        ],
        "streets": [
            ("明仁街道", ["明仁社区", "光明社区"]),
            ("永清街道", ["永清社区", "科尔沁社区"]),
            ("科尔沁街道", ["建国社区", "和平社区"]),
        ],
        "roads": ["建国路", "霍林河大街", "和平路", "科尔沁大街", "明仁大街", "民主路"],
        "estates": ["鸿泰家园", "和平花园", "明仁小区", "科尔沁名都", "福苑小区"],
    },
    {
        "prov": "四川省",
        "city": "甘孜藏族自治州",
        "county": "康定市",
        "code": "513301",
        "tel": "0836",
        "post": "626000",
        "abbr": "康",
        "pabbr": "川",
        "plate": "川V",
        "minority": "tibetan",
        "towns": [
            ("新都桥镇", ["瓦泽村", "东俄洛村"]),
            ("塔公镇", ["塔公村", "木雅村"]),
            ("姑咱镇", ["姑咱村", "日地村"]),
            ("沙德镇", ["沙德村", "生古村"]),
        ],
        "streets": [
            ("炉城街道", ["将军桥社区", "向阳社区", "子耳坡社区"]),
            ("榆林街道", ["榆林社区"]),
        ],
        "roads": ["光明路", "向阳街", "炉城路", "东大街", "榆林大道"],
        "estates": ["情歌花园", "跑马山小区", "榆林新区安置小区", "康巴家园"],
    },
    {
        "prov": "山东省",
        "city": "临沂市",
        "county": "兰山区",
        "code": "371302",
        "tel": "0539",
        "post": "276000",
        "abbr": "临兰",
        "pabbr": "鲁",
        "plate": "鲁Q",
        "minority": "han",
        "towns": [
            ("白沙埠镇", ["诸葛村", "西白沙埠村"]),
            ("枣园镇", ["枣园村", "大岭村"]),
            ("汪沟镇", ["汪沟村", "朱陈村"]),
            ("李官镇", ["李官村", "大白庄村"]),
        ],
        "streets": [
            ("兰山街道", ["西关社区", "解放路社区"]),
            ("银雀山街道", ["银雀山社区", "沂州路社区"]),
            ("柳青街道", ["柳青社区", "大庄社区"]),
        ],
        "roads": ["沂蒙路", "北京路", "解放路", "金雀山路", "通达路", "兰山路"],
        "estates": ["凤凰城小区", "金雀山小区", "沂河新苑", "锦绣华庭"],
    },
    {
        "prov": "安徽省",
        "city": "阜阳市",
        "county": "颍州区",
        "code": "341202",
        "tel": "0558",
        "post": "236000",
        "abbr": "颍州",
        "pabbr": "皖",
        "plate": "皖K",
        "minority": "han",
        "towns": [
            ("王店镇", ["王店村", "孙寨村"]),
            ("程集镇", ["程集村", "白庙村"]),
            ("三合镇", ["三合村", "曹庄村"]),
            ("袁寨镇", ["袁寨村", "杨营村"]),
        ],
        "streets": [
            ("鼓楼街道", ["鼓楼社区", "文峰社区"]),
            ("清河街道", ["清河社区", "双清社区"]),
        ],
        "roads": ["颍州中路", "人民东路", "清河路", "中清路", "文峰路"],
        "estates": ["金色家园", "清河花园", "颍州府小区", "东方丽都"],
    },
    {
        "prov": "江西省",
        "city": "赣州市",
        "county": "于都县",
        "code": "360731",
        "tel": "0797",
        "post": "342300",
        "abbr": "于",
        "pabbr": "赣",
        "plate": "赣B",
        "minority": "han",
        "towns": [
            ("罗坳镇", ["罗坳村", "步前村"]),
            ("禾丰镇", ["禾丰村", "社背村"]),
            ("银坑镇", ["银坑村", "平安村"]),
            ("梓山镇", ["潭头村", "梓山村"]),
        ],
        "streets": [("贡江镇", ["长征社区", "渡江社区", "濂溪社区"])],
        "roads": ["长征大道", "渡江大道", "解放路", "濂溪路", "红军路"],
        "estates": ["长征新城", "贡江花园", "红都小区", "渡江苑"],
    },
    {
        "prov": "湖北省",
        "city": "恩施土家族苗族自治州",
        "county": "恩施市",
        "code": "422801",
        "tel": "0718",
        "post": "445000",
        "abbr": "恩施",
        "pabbr": "鄂",
        "plate": "鄂Q",
        "minority": "han",
        "towns": [
            ("龙凤镇", ["龙马村", "青堡村"]),
            ("崔家坝镇", ["崔家坝村", "鸦鹊水村"]),
            ("白杨坪镇", ["白杨坪村", "洞下槽村"]),
            ("沙地乡", ["沙地村", "花被村"]),
        ],
        "streets": [
            ("舞阳坝街道", ["舞阳坝社区", "枫香坡社区"]),
            ("小渡船街道", ["金桂社区", "大桥路社区"]),
        ],
        "roads": ["施州大道", "航空大道", "舞阳大街", "金桂大道", "学院路"],
        "estates": ["金桂花园", "清江名苑", "土司城小区", "施州家园"],
    },
    {
        "prov": "甘肃省",
        "city": "临夏回族自治州",
        "county": "临夏市",
        "code": "622901",
        "tel": "0930",
        "post": "731100",
        "abbr": "临市",
        "pabbr": "甘",
        "plate": "甘N",
        "minority": "hui",
        "towns": [
            ("折桥镇", ["折桥村", "大庄村"]),
            ("枹罕镇", ["王坪村", "石头洼村"]),
            ("南龙镇", ["南龙村", "罗家堡村"]),
        ],
        "streets": [
            ("八坊街道", ["八坊社区", "三道桥社区"]),
            ("东关街道", ["东关社区", "北滨河社区"]),
            ("城南街道", ["城南社区", "红园社区"]),
        ],
        "roads": ["团结路", "解放路", "红园路", "前河沿路", "凤凰路"],
        "estates": ["红园小区", "河州花园", "凤凰城", "滨河家园"],
    },
    {
        "prov": "河北省",
        "city": "保定市",
        "county": "莲池区",
        "code": "130606",
        "tel": "0312",
        "post": "071000",
        "abbr": "莲",
        "pabbr": "冀",
        "plate": "冀F",
        "minority": "han",
        "towns": [
            ("南大园乡", ["南大园村", "王庄村"]),
            ("杨庄乡", ["杨庄村", "郭庄村"]),
            ("百楼乡", ["百楼村"]),
        ],
        "streets": [
            ("和平里街道", ["和平里社区", "东关社区"]),
            ("五四路街道", ["五四路社区", "永华社区"]),
            ("西关街道", ["西关社区"]),
        ],
        "roads": ["裕华东路", "东风路", "朝阳大街", "五四东路", "乐凯大街"],
        "estates": ["恒祥家园", "东湖花园", "朝阳小区", "天鹅家园"],
    },
]

SHORT = {
    "532301": ("楚雄州", "楚雄"),
    "653121": ("喀什", "疏附"),
    "150502": ("通辽", "科尔沁"),
    "513301": ("甘孜", "康定"),
    "371302": ("临沂", "兰山"),
    "341202": ("阜阳", "颍州"),
    "360731": ("赣州", "于都"),
    "422801": ("恩施州", "恩施"),
    "622901": ("临夏州", "临夏"),
    "130606": ("保定", "莲池"),
}

COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
)
RARE_SURNAMES = "仉厍剡禤佴亓冼蔺逯缑粘钭闵訾笪郗隗揭甄麴芮阙竺宓庹檀琚郄暴茹昝佘薄"
COMPOUND_SURNAMES = words(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 慕容 公孙 令狐 长孙 宇文 端木 夏侯 澹台 南宫 呼延 司徒 申屠 西门"
)
MALE_GIVEN = (
    "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波贵福生龙元全胜学祥才武新利清飞彬富顺信杰"
    "涛昌成康星光达岩中茂进林有坚和彪博诚先敬振壮思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮谦亨奇"
    "翰朗伯宏言鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士建家致树炎德泰盛雄琛钧冠策腾楠航弘锋"
)
FEMALE_GIVEN = (
    "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱霞香月莺媛艳瑞佳嘉"
    "琼勤珍贞莉桂娣璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉琴蕊薇菁梦岚婕馨韵卿聪澜"
    "纯毓悦冰爽琬茗羽欣滢馥筠柔晓欢芸菲伊亚宜舒思丽"
)
UYGHUR_M = words(
    "艾合买提 买买提 阿不都热合曼 吐尔洪 艾尔肯 努尔麦麦提 热合曼 阿卜杜拉 麦麦提江 阿迪力 艾克拜尔"
)
UYGHUR_F = words("阿依古丽 古丽米热 热依拉 帕提古丽 迪丽努尔 阿依努尔 祖丽菲亚 米日古丽 努尔尼萨 阿瓦古丽")
UYGHUR_FA = words("吐尔逊 艾力 依明 卡德尔 阿不都拉 司马义 亚森 艾则孜 玉素甫 热西提 库尔班 吾守尔 阿吾提")
MONGOL_M = words(
    "巴特尔 额尔敦 孟和巴雅尔 宝音德力格尔 朝鲁门 阿拉坦仓 哈斯巴根 图门吉日嘎拉 巴图孟和 吉日木图"
)
MONGOL_F = words("其其格 斯琴高娃 乌云其木格 苏日娜 那仁图雅 敖登格日勒 萨仁高娃 乌兰托娅 塔娜 阿茹娜")
TIBETAN_M = words("扎西次仁 丹增旺堆 索朗多吉 次旦罗布 拉巴次仁 普布扎西 洛桑群培 平措旺杰 多吉 格桑")
TIBETAN_F = words("次仁央宗 格桑拉姆 尼玛卓玛 旦增曲珍 德吉央金 白玛措姆 益西卓嘎 卓玛 拉姆 央金")
YI_M = words("阿苦日哈 沙马拉且 阿牛木呷 俄底伍各 吉木子洛 海来阿木 阿的木呷 吉克曲布 马海木呷 勒格伍沙")
YI_F = words("吉克阿依 曲比阿果 俄其拉吉 日火阿支 阿尔拉日 吉伍五呷 阿说阿支 沙马阿果 吉史有格 俄木曲者")
NATION = {
    "hui": "回",
    "yi": "彝",
    "uyghur": "维吾尔",
    "mongol": "蒙古",
    "tibetan": "藏",
}

BINS = [
    ("622202", 19),
    ("622208", 19),
    ("622848", 19),
    ("621700", 19),
    ("622700", 19),
    ("621661", 19),
    ("622588", 16),
    ("622262", 19),
    ("621098", 19),
    ("623058", 19),
    ("621226", 19),
    ("622609", 16),
]
MAIL_DOMAINS = [
    "163.com",
    "qq.com",
    "126.com",
    "sina.com",
    "foxmail.com",
    "139.com",
    "hotmail.com",
]
MOBILE_PREFIX = words(
    "130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 166 173 175 "
    "176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
)

# ----------------------------------------------------------------------------- markup

MARK = re.compile(r"\x01(\w+)\x02(.*?)\x03", re.DOTALL)
STRIP = re.compile(r"\x01\w+\x02|\x03")


def M(kind: str, s: str) -> str:
    assert kind in KINDS, kind
    return f"\x01{kind}\x02{s}\x03"


def H(s: str) -> str:
    return M("health", s)


def vis(s: str) -> str:
    return STRIP.sub("", s)


def dispw(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in vis(s))


CN_DIG = "〇一二三四五六七八九"


def cn_small(n: int) -> str:
    if n <= 10:
        return "〇一二三四五六七八九十"[n]
    if n < 20:
        return "十" + CN_DIG[n - 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(d: dt.date) -> str:
    return "".join(CN_DIG[int(x)] for x in str(d.year)) + f"年{cn_small(d.month)}月{cn_small(d.day)}日"


@dataclass(eq=False)
class Person:
    name: str
    sex: str
    birth: dt.date
    year_ref: int
    idn: str
    # baby() builds an infant with the five fields above only
    nation: str = ""
    tel: str = ""
    mail: str = ""
    mob: str = ""
    addr: str = ""
    # set after creation: student() the village, household() group and size, soldier() the service
    village: str = ""
    group: str = ""
    size: int = 0
    enlist: dt.date = dt.date.min
    leave: dt.date = dt.date.min
    years: int = 0

    @property
    def n(self) -> str:
        return M("name", self.name)

    @property
    def i(self) -> str:
        return M("id_card" if len(self.idn) == 18 else "id_card_15", self.idn)

    @property
    def ll(self) -> str:
        return M("landline", self.tel)

    @property
    def e(self) -> str:
        return M("email", self.mail)

    @property
    def m(self) -> str:
        return M("mobile", self.mob)

    @property
    def a(self) -> str:
        return M("address", self.addr)

    @property
    def age(self) -> int:
        return self.year_ref - self.birth.year

    def bd(self, style: int = 0) -> str:
        b = self.birth
        return (
            f"{b.year}年{b.month}月{b.day}日",
            f"{b:%Y-%m-%d}",
            f"{b:%Y.%m.%d}",
            f"{b.year}年{b.month}月",
        )[style]


class Ctx:
    """Per-document generator state."""

    def __init__(self, r: random.Random, pdf: bool) -> None:
        self.r = r
        self.pdf = pdf
        self.reg = r.choice(REGIONS)
        self.year = r.choice([2023, 2024, 2024, 2025])
        self.used: list[str] = []
        self.name_style = r.choice(["pad", "pad", "space", "none"]) if pdf else "none"
        self.running: str | None = None
        self.base = dt.date(self.year, 6, 1)

    # -- names
    def _raw_name(self, sex: str, allow_minority: bool = True) -> str:
        r = self.r
        mino = self.reg["minority"]
        x = r.random()
        if allow_minority and mino in ("yi", "uyghur", "mongol", "tibetan") and x < 0.4:
            if mino == "uyghur":
                first = r.choice(UYGHUR_M if sex == "男" else UYGHUR_F)
                sep = r.choice(["·", "·", "·", "·", ""] + (["•"] if self.pdf else []))
                return first + sep + r.choice(UYGHUR_FA)
            if mino == "mongol":
                return r.choice(MONGOL_M if sex == "男" else MONGOL_F)
            if mino == "tibetan":
                return r.choice(TIBETAN_M if sex == "男" else TIBETAN_F)
            return r.choice(YI_M if sex == "男" else YI_F)
        pool = MALE_GIVEN if sex == "男" else FEMALE_GIVEN
        y = r.random()
        if y < 0.08:
            sur = r.choice(COMPOUND_SURNAMES)
        elif y < 0.17:
            sur = r.choice(RARE_SURNAMES)
        else:
            sur = r.choice(COMMON_SURNAMES)
        k = 1 if r.random() < 0.3 else 2
        return sur + "".join(r.choice(pool) for _ in range(k))

    def name(self, sex: str | None = None, allow_minority: bool = True) -> str:
        sex = sex or self.r.choice("男女")
        for _ in range(100):
            nm = self._raw_name(sex, allow_minority)
            if all(nm not in u and u not in nm for u in self.used):
                self.used.append(nm)
                return nm
        raise RuntimeError("names")

    def kin(self, of: str, sex: str | None = None) -> str:
        """A relative sharing the surname of `of` (a random name for minority names)."""
        sex = sex or self.r.choice("男女")
        if of[:2] in COMPOUND_SURNAMES:
            sur = of[:2]
        elif of[0] in COMMON_SURNAMES + RARE_SURNAMES and len(of) <= 3:
            sur = of[0]
        else:
            return self.name(sex)
        pool = MALE_GIVEN if sex == "男" else FEMALE_GIVEN
        for _ in range(100):
            nm = sur + "".join(self.r.choice(pool) for _ in range(self.r.choice([1, 2, 2])))
            if all(nm not in u and u not in nm for u in self.used):
                self.used.append(nm)
                return nm
        return self.name(sex)

    def official(self) -> str:
        return self.name(allow_minority=True)

    # -- numbers
    def idno(self, birth: dt.date, sex: str, code: str | None = None) -> str:
        r = self.r
        code = code or (self.reg["code"] if r.random() < 0.65 else r.choice(OTHER_CODES))
        want_x = r.random() < 0.12
        for _ in range(400):
            seq = r.randint(0, 998)
            if (seq % 2 == 1) != (sex == "男"):
                seq += 1
            s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
            ch = id_check(s17)
            if want_x and ch != "X":
                continue
            if ch == "X" and r.random() < 0.3:
                ch = "x"
            return s17 + ch
        raise RuntimeError("id")

    def id15(self, birth: dt.date, sex: str) -> str:
        seq = self.r.randint(0, 998)
        if (seq % 2 == 1) != (sex == "男"):
            seq += 1
        return f"{self.reg['code']}{birth:%y%m%d}{seq:03d}"

    def mobile_raw(self) -> str:
        r = self.r
        return r.choice(MOBILE_PREFIX) + "".join(r.choice("0123456789") for _ in range(8))

    def mobile(self, plain: bool = False) -> str:
        m = self.mobile_raw()
        if plain:
            return m
        x = self.r.random()
        if x < 0.62:
            return m
        if x < 0.72:
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if x < 0.8:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if x < 0.87:
            return f"+86 {m}"
        if x < 0.91:
            return f"+86-{m[:3]}-{m[3:7]}-{m[7:]}"
        if x < 0.96:
            return f"86-{m}"
        return f"0086 {m}"

    def landline(self, office: bool = False) -> str:
        r = self.r
        num = str(r.randint(2, 8)) + "".join(r.choice("0123456789") for _ in range(6))
        area = self.reg["tel"]
        if office:
            return r.choice([f"{area}-{num}", f"{area}-{num}", f"（{area}）{num}", f"{area}—{num}"])
        return r.choice(
            [
                f"{area}-{num}",
                f"{area}-{num}",
                f"({area}){num}",
                f"{area} {num}",
                f"{area}{num}",
            ]
        )

    def card(self) -> str:
        b, n = self.r.choice(BINS)
        c = luhn_complete(self.r, b, n)
        if self.r.random() < 0.3:
            c = " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        return c

    def email(self, p_name: str = "") -> str:
        r = self.r
        x = r.random()
        if x < 0.35:
            user = str(r.randint(10000000, 3999999999))
            dom = "qq.com"
        else:
            base = r.choice(
                [
                    "zhang",
                    "wang",
                    "li",
                    "liu",
                    "chen",
                    "yang",
                    "ma",
                    "hu",
                    "luo",
                    "tang",
                    "xu",
                ]
            )
            user = (
                base + r.choice(["", "_", "."]) + r.choice(["xm", "jun", "hua", "lin", "yu", "ping", "fei"])
            )
            user += str(r.randint(1, 2005)) if r.random() < 0.8 else ""
            dom = r.choice(MAIL_DOMAINS)
        return f"{user}@{dom}"

    def plate(self, vehicle: str = "small") -> str:
        r = self.r
        p = self.reg["plate"] if r.random() < 0.8 else r.choice([g["plate"] for g in REGIONS])
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        dot = "·" if r.random() < 0.3 else ""
        x = r.random()
        if x < 0.22:  # new energy, small
            tail = (
                r.choice("DF")
                + r.choice(letters + "0123456789")
                + "".join(r.choice("0123456789") for _ in range(4))
            )
        elif x < 0.28:  # new energy, large
            tail = "".join(r.choice("0123456789") for _ in range(5)) + r.choice("DF")
        else:
            chars = [r.choice("0123456789") for _ in range(5)]
            for _ in range(r.randint(0, 2)):
                chars[r.randint(0, 4)] = r.choice(letters)
            if not any(ch.isdigit() for ch in chars):
                chars[4] = "7"
            tail = "".join(chars)
        return p + dot + tail

    def credit(self) -> str:
        return credit_code(self.r, self.reg["code"], self.r.choice(["91", "91", "91", "92"]))

    def order_no(self, n: int = 16, luhn: bool = True) -> str:
        r = self.r
        prefix = f"{self.year}{r.randint(1, 12):02d}"
        if luhn:
            return luhn_complete(r, prefix, n)
        return prefix + "".join(r.choice("0123456789") for _ in range(n - len(prefix)))

    def masked_id(self) -> str:
        code = self.reg["code"] if self.r.random() < 0.7 else self.r.choice(OTHER_CODES)
        tail = f"{self.r.randint(0, 999):03d}" + self.r.choice("0123456789X")
        return self.r.choice(
            [
                f"{code}********{tail}",
                f"{code[:2]}{'*' * 13}{tail[1:]}",
                f"{code}{'*' * 8}{tail}",
            ]
        )

    # -- dates
    def date(self, year: int | None = None, after: dt.date | None = None, span: int = 300) -> dt.date:
        if after is not None:
            return after + dt.timedelta(days=self.r.randint(3, span))
        y = year or self.year
        return dt.date(y, 1, 1) + dt.timedelta(days=self.r.randint(0, 360))

    def before(self, d: dt.date, span: int = 200) -> dt.date:
        return d - dt.timedelta(days=self.r.randint(3, span))

    def ds(self, d: dt.date, style: int | None = None) -> str:
        style = self.r.randint(0, 3) if style is None else style
        return (
            f"{d.year}年{d.month}月{d.day}日",
            f"{d:%Y-%m-%d}",
            f"{d:%Y.%m.%d}",
            f"{d.year}年{d.month:02d}月{d.day:02d}日",
        )[style]

    # -- places
    def town(self) -> tuple[str, str]:
        t, vs = self.r.choice(self.reg["towns"])
        return t, self.r.choice(vs)

    def street(self) -> tuple[str, str]:
        s, cs = self.r.choice(self.reg["streets"])
        return s, self.r.choice(cs)

    def _prefix(self, full: float = 0.35) -> str:
        g = self.reg
        x = self.r.random()
        if x < full * 0.5:
            return g["prov"] + g["city"] + g["county"]
        if x < full:
            return g["city"] + g["county"]
        if x < 0.75:
            return g["county"]
        return ""

    def flat(self, whole: bool = False) -> str:
        r = self.r
        est = r.choice(self.reg["estates"])
        b, u, fl = r.randint(1, 32), r.randint(1, 6), r.randint(1, 26)
        room = f"{fl}{r.randint(1, 4):02d}"
        if whole:
            return f"{est}{b}-{u}-{room}"
        return r.choice(
            [
                f"{est}{b}栋{u}单元{room}室",
                f"{est}{b}号楼{u}单元{room}室",
                f"{est}{b}幢{u}单元{room}",
                f"{est}{b}栋{room}室",
                f"{est}{b}号楼{u}单元{room}号",
            ]
        )

    def urban_addr(self, prefix: bool = True) -> str:
        r = self.r
        st, com = self.street()
        pre = self._prefix() if prefix else ""
        road = r.choice(self.reg["roads"])
        x = r.random()
        if x < 0.4:
            return f"{pre}{st}{road}{r.randint(1, 300)}号{self.flat()}"
        if x < 0.7:
            return f"{pre}{st}{com}{self.flat()}"
        if x < 0.85:
            return (
                f"{pre}{road}{r.randint(1, 300)}号{r.randint(1, 30)}栋{r.randint(1, 5)}单元"
                f"{r.randint(1, 20)}{r.randint(1, 4):02d}室"
            )
        return f"{pre}{st}{road}{r.randint(1, 300)}号院{r.randint(1, 12)}号"

    def rural_addr(self, prefix: bool = True) -> str:
        r = self.r
        t, v = self.town()
        pre = self._prefix() if prefix else ""
        x = r.random()
        if x < 0.45:
            return f"{pre}{t}{v}{r.randint(1, 12)}组{r.randint(1, 120)}号"
        if x < 0.6:
            return f"{pre}{t}{v}{r.randint(1, 9)}队{r.randint(1, 80)}号"
        if x < 0.8:
            return f"{pre}{t}{v}{r.randint(1, 12)}组"
        return f"{pre}{t}{v}{r.randint(1, 260)}号"

    def other_home(self) -> str:
        keep = self.reg
        self.reg = self.r.choice([g for g in REGIONS if g is not keep])
        g = self.reg
        a = g["prov"] + g["city"] + g["county"] + self.rural_addr(prefix=False)
        self.reg = keep
        return a

    def home(self, prefix: bool = True) -> str:
        return self.urban_addr(prefix) if self.r.random() < 0.55 else self.rural_addr(prefix)

    def person(
        self,
        sex: str | None = None,
        amin: int = 20,
        amax: int = 75,
        code: str | None = None,
        allow15: bool = True,
        name: str | None = None,
    ) -> Person:
        r = self.r
        sex = sex or r.choice("男女")
        name = name or self.name(sex)
        birth = dt.date(self.year - r.randint(amin, amax), r.randint(1, 12), r.randint(1, 28))
        mino = self.reg["minority"]
        minority_name = any(
            name in pool for pool in (YI_M, YI_F, MONGOL_M, MONGOL_F, TIBETAN_M, TIBETAN_F)
        ) or (mino == "uyghur" and len(name) > 4)
        if minority_name:
            nation = NATION[mino]
        elif mino == "hui" and r.random() < 0.4:
            nation = "回"
        else:
            nation = "汉"
        return Person(
            name=name,
            sex=sex,
            birth=birth,
            year_ref=self.year,
            nation=nation,
            idn=self.id15(birth, sex)
            if allow15 and self.year - birth.year >= 45 and r.random() < 0.1
            else self.idno(birth, sex, code),
            tel=self.landline(),
            mail=self.email(),
            mob=self.mobile(),
            addr=self.home(),
        )

    def company(self) -> str:
        r = self.r
        g = self.reg
        core = r.choice(
            [
                "鑫源",
                "恒达",
                "宏盛",
                "丰泰",
                "金瑞",
                "华通",
                "永兴",
                "嘉和",
                "顺安",
                "隆基",
                "瑞祥",
                "众诚",
            ]
        )
        trade = r.choice(
            [
                "建筑工程",
                "商贸",
                "物业管理",
                "机械制造",
                "食品",
                "物流",
                "建材",
                "劳务",
                "餐饮管理",
                "汽车运输",
                "纺织",
            ]
        )
        form = r.choice(["有限公司", "有限责任公司", "有限公司"])
        cs, ks = SHORT[g["code"]]
        heads = [cs, ks, ks, cs + ks]
        head = r.choice(heads)
        return f"{head}{core}{trade}{form}"

    def company_addr(self) -> str:
        r = self.r
        g = self.reg
        return r.choice(
            [
                f"{g['county']}{r.choice(g['roads'])}{r.randint(1, 400)}号",
                (
                    f"{g['city']}{g['county']}{r.choice(['工业园区', '经济开发区', '物流园区'])}"
                    f"{r.choice(g['roads'])}{r.randint(1, 99)}号"
                ),
                f"{g['county']}{self.town()[0]}{r.choice(['工业园区', '集镇'])}{r.randint(1, 60)}号",
            ]
        )

    def office(self, kind: str) -> str:
        return self.reg["county"] + kind


# ----------------------------------------------------------------------------- layout helpers


def table(
    c: Ctx,
    headers: list[str],
    rows: list[list[str]],
    style: str | None = None,
    title: str = "",
) -> str:
    r = c.r
    if style is None:
        style = (
            r.choice(["space", "space", "tab", "cell", "tab"])
            if c.pdf
            else r.choice(["tab", "pipe", "html", "space", "csv"])
        )
    if title:
        c.running = title + r.choice(["（续）", "", "（续表）"])
    out: list[str] = []
    if style == "tab":
        out.append("\t".join(headers))
        out += ["\t".join(row) for row in rows]
    elif style == "pipe":
        out.append("| " + " | ".join(headers) + " |")
        if r.random() < 0.7:
            out.append("|" + "|".join("---" for _ in headers) + "|")
        out += ["| " + " | ".join(row) + " |" for row in rows]
    elif style == "html":
        out.append("<table><tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>")
        for row in rows:
            cells = [x if vis(x) else "&nbsp;" for x in row]
            out.append("<tr>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        out.append("</table>")
    elif style == "csv":
        q = r.random() < 0.6
        out.append(",".join(f'"{h}"' if q else h for h in headers))
        out += [",".join(f'"{x}"' if q else x for x in row) for row in rows]
    elif style == "cell":
        out += headers
        for row in rows:
            out += [x if vis(x) else "" for x in row]
    else:  # space aligned
        widths = [max(dispw(h), *(dispw(row[j]) for row in rows)) for j, h in enumerate(headers)]
        gap = " " * r.choice([2, 2, 3, 4])

        def fmt(cells: list[str]) -> str:
            return gap.join(x + " " * (widths[j] - dispw(x)) for j, x in enumerate(cells)).rstrip()

        wrap = c.pdf and r.random() < 0.6
        out.append(fmt(headers))
        for row in rows:
            line = fmt(row)
            if wrap and dispw(line) > 70 and len(row) > 3:
                k = r.randint(1, 2)
                out.append(gap.join(row[:-k]).rstrip())
                out.append(" " * r.randint(4, 12) + gap.join(row[-k:]))
            else:
                out.append(line)
    return "\n".join(out)


def kv(c: Ctx, pairs: list[tuple[str, str]], per_line: int | None = None) -> str:
    """Label–value lines; pairs may share a line."""
    r = c.r
    colon = r.choice(["：", "：", ":"])
    per = per_line or r.choice([1, 1, 2, 3])
    sep = r.choice(["  ", "    ", "\t", "　　"])
    lines = []
    for i in range(0, len(pairs), per):
        lines.append(sep.join(f"{k}{colon}{v}" for k, v in pairs[i : i + per]))
    return "\n".join(lines)


def sign_off(c: Ctx, unit: str, d: dt.date) -> str:
    r = c.r
    dd = cn_date(d) if r.random() < 0.4 else c.ds(d, 0)
    return r.choice(
        [
            f"\n{unit}\n{dd}",
            f"\n\n{' ' * 20}{unit}\n{' ' * 20}{dd}",
            f"\n{unit}\n{dd}（盖章）",
        ]
    )


def wenhao(c: Ctx, kind: str) -> str:
    return f"{c.reg['abbr']}{kind}〔{c.year}〕{c.r.randint(1, 160)}号"


def suoyin(c: Ctx) -> str:
    r = c.r
    if r.random() < 0.5:
        return f"{c.reg['code']}/{c.year}-{r.randint(1, 9999):05d}"
    return f"{credit_code(r, c.reg['code'], '11')}/{c.year}-{r.randint(1, 999):05d}"


def web_head(c: Ctx, title: str, unit: str, d: dt.date) -> str:
    r = c.r
    if r.random() < 0.5:
        return (
            f"{title}\n发布时间：{c.ds(d, 1)} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}  来源：{unit}  "
            f"浏览次数：{r.randint(20, 3000)}\n"
        )
    return (
        f"索引号：{suoyin(c)}\t发布机构：{unit}\n公开方式：主动公开\t成文日期：{c.ds(d, 1)}\n标题：{title}\n"
    )


def name_form(c: Ctx, nm: str) -> str:
    st = c.name_style
    if st == "pad" and len(nm) == 2:
        return nm[0] + "　" + nm[1]
    if st == "space" and len(nm) <= 3 and "·" not in nm:
        return " ".join(nm)
    return nm


# ----------------------------------------------------------------------------- shared lists

CHILD_ILL = words(
    "先天性心脏病 急性淋巴细胞白血病 癫痫 脑性瘫痪 抑郁症 肾病综合征 孤独症谱系障碍 再生障碍性贫血 "
    "1型糖尿病 骨肉瘤 地中海贫血 重度哮喘 精神分裂症 进行性肌营养不良"
)
DIS_TYPES = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"]
GRADES = ["一级", "二级", "三级", "四级"]
BIG_ILL = words(
    "急性髓系白血病 肺恶性肿瘤 尿毒症 终末期肾病 乳腺恶性肿瘤 胃癌 脑梗死 冠状动脉粥样硬化性心脏病 "
    "重症肌无力 肝硬化失代偿期 食管癌 慢性肾衰竭 血友病 系统性红斑狼疮 结肠癌 宫颈癌 脑出血 "
    "淋巴瘤 鼻咽癌 肝恶性肿瘤 慢性阻塞性肺疾病"
)
OLD_ILL = words(
    "高血压 2型糖尿病 阿尔茨海默病 脑梗死后遗症 慢性阻塞性肺疾病 冠心病 帕金森病 白内障 "
    "慢性支气管炎 骨质疏松症 类风湿性关节炎 老年痴呆症 腰椎间盘突出症 心力衰竭"
)
INJURIES = words(
    "右腿胫骨骨折 头部外伤 多处软组织挫伤 左手掌割伤 肋骨骨折 左前臂刀刺伤 腰椎骨折 面部烧伤 "
    "吸入性肺炎 右踝关节扭伤 颅脑损伤 腹部刀刺伤"
)
HOSPITALS = ["人民医院", "中医医院", "妇幼保健院", "第二人民医院", "中心医院"]
BIG_HOSP = [
    "四川大学华西医院",
    "中南大学湘雅医院",
    "武汉协和医院",
    "山东省立医院",
    "安徽医科大学第一附属医院",
    "兰州大学第一医院",
    "昆明医科大学第一附属医院",
    "新疆医科大学第一附属医院",
    "内蒙古医科大学附属医院",
    "南昌大学第一附属医院",
    "河北医科大学第二医院",
]
BANKS = [
    "农村信用社",
    "农商银行",
    "中国邮政储蓄银行",
    "中国农业银行",
    "中国建设银行",
    "中国工商银行",
]


def N(c: Ctx, nm: str) -> str:
    return M("name", nm)


def dis(c: Ctx, joint: bool = True) -> str:
    tp, gr = c.r.choice(DIS_TYPES), c.r.choice(GRADES)
    return c.r.choice([f"{tp}残疾{gr}", f"{tp}{gr}", f"{tp}残疾{gr}"])


REL_AGE = {
    "父亲": (20, 38),
    "母亲": (19, 36),
    "祖父": (45, 65),
    "祖母": (44, 62),
    "外祖母": (44, 62),
    "儿子": (-38, -20),
    "长子": (-36, -20),
    "次子": (-40, -24),
    "女儿": (-38, -20),
    "长女": (-36, -20),
    "次女": (-40, -24),
    "儿媳": (-38, -18),
    "孙子": (-62, -42),
    "妻子": (-6, 3),
    "丈夫": (-3, 7),
    "哥哥": (6, 14),
    "姐姐": (2, 10),
    "弟弟": (-10, -2),
    "妹妹": (-10, -2),
}
FEMALE_REL = (
    "母亲",
    "祖母",
    "外祖母",
    "女儿",
    "姐姐",
    "妹妹",
    "妻子",
    "长女",
    "次女",
    "儿媳",
)
SAME_SUR = (
    "父亲",
    "祖父",
    "儿子",
    "长子",
    "次子",
    "哥哥",
    "弟弟",
    "女儿",
    "长女",
    "次女",
    "姐姐",
    "妹妹",
    "孙子",
)


def relative(c: Ctx, of: Person, rel: str, amin: int = 25, amax: int = 60) -> Person:
    """A relative of `of`; the age follows the relation where it is known."""
    sex = "女" if rel in FEMALE_REL else "男"
    mino = c.reg["minority"]
    pools = {
        "uyghur": (UYGHUR_M, UYGHUR_F),
        "mongol": (MONGOL_M, MONGOL_F),
        "tibetan": (TIBETAN_M, TIBETAN_F),
    }
    pools["yi"] = (YI_M, YI_F)
    is_mino = mino in pools and (
        any(of.name in pool for pool in pools[mino]) or (mino == "uyghur" and len(of.name) > 4)
    )
    nm = ""
    if is_mino:
        for _ in range(50):
            cand = c.r.choice(pools[mino][sex == "女"])
            if mino == "uyghur":
                cand += c.r.choice(["·", "·", ""]) + c.r.choice(UYGHUR_FA)
            if all(cand not in u and u not in cand for u in c.used):
                nm = cand
                c.used.append(nm)
                break
    if not nm:
        nm = c.kin(of.name, sex) if rel in SAME_SUR else c.name(sex, allow_minority=not c.r.random() < 0.7)
    if rel in REL_AGE:
        lo, hi = REL_AGE[rel]
        amin = min(max(of.age + lo, 1), 96)
        amax = min(max(of.age + hi, amin), 98)
    return c.person(sex=sex, amin=amin, amax=amax, name=nm)


def village_addr(c: Ctx, t: str, v: str, pre: bool = False) -> str:
    r = c.r
    head = c._prefix() if pre else ""
    return r.choice(
        [
            f"{head}{t}{v}{r.randint(1, 12)}组{r.randint(1, 120)}号",
            f"{head}{t}{v}{r.randint(1, 12)}组",
            f"{head}{t}{v}{r.randint(1, 260)}号",
            f"{head}{t}{v}{r.randint(1, 9)}队{r.randint(1, 60)}号",
        ]
    )


def hotline(c: Ctx) -> str:
    r = c.r
    return r.choice(
        [
            f"监督电话：{c.landline(True)}",
            f"咨询电话：{c.landline(True)}",
            f"举报电话：{c.landline(True)}，或拨打12345政务服务便民热线",
            f"联系电话：{c.landline(True)}（{r.choice(['工作日', '办公时间'])}）",
        ]
    )


def masked(c: Ctx, nm: str) -> str:
    return c.r.choice([nm[0] + "某某", nm[0] + "某", nm[0] + "**", nm[0] + "*" * (len(nm) - 1)])


# ----------------------------------------------------------------------------- family 1: 控辍保学

DROP_REASONS = [
    "厌学",
    "学习困难，厌学情绪严重",
    "随父母外出务工",
    "沉迷网络游戏",
    "家庭经济困难",
    "早婚早育苗头",
    "外出打工",
    "父母离异，无人管教",
]
STAFF_ROLES = [
    "班主任",
    "包保教师",
    "校长",
    "副校长",
    "村支部书记",
    "包村干部",
    "驻村第一书记",
    "教务主任",
]


def grade(c: Ctx, p: Person) -> str:
    n = min(max(p.age - 6, 1), 9)
    if n >= 7 and c.r.random() < 0.4:
        return "初" + "一二三"[n - 7]
    return "一二三四五六七八九"[n - 1] + "年级"


def school(c: Ctx, t: str) -> str:
    r = c.r
    return r.choice(
        [
            f"{t}中心学校",
            f"{t}中学",
            f"{t}中心小学",
            f"{c.reg['county']}第{r.choice('二三四五六')}中学",
            f"{c.reg['county']}实验小学",
            f"{t}九年一贯制学校",
        ]
    )


def drop_reason(c: Ctx, ill: float = 0.35) -> str:
    r = c.r
    if r.random() < ill:
        x = r.random()
        if x < 0.3:
            return f"因病（{H(r.choice(CHILD_ILL))}）休学在家"
        if x < 0.55:
            return f"患{H(r.choice(CHILD_ILL))}，长期在家治疗"
        if x < 0.8:
            return f"{H(dis(c))}，无法随班就读"
        return f"身体原因（{H(r.choice(CHILD_ILL))}）"
    return r.choice(DROP_REASONS)


def student(c: Ctx, t: str, amin: int = 8, amax: int = 15) -> Person:
    p = c.person(amin=amin, amax=amax, code=c.reg["code"], allow15=False)
    v = c.r.choice(dict(c.reg["towns"]).get(t, [c.town()[1]]))
    p.village = v
    p.addr = village_addr(c, t, v)
    return p


def guardian(c: Ctx, kid: Person) -> tuple[Person, str]:
    rel = c.r.choice(["父亲", "父亲", "母亲", "母亲", "祖父", "祖母", "外祖母", "哥哥"])
    g = relative(
        c,
        kid,
        rel,
        amin=20 if rel == "哥哥" else 30,
        amax=50 if rel in ("父亲", "母亲", "哥哥") else 75,
    )
    return g, rel


def xueji(c: Ctx, p: Person) -> str:
    """全国学籍号 = G + ID number: the ID inside is labelled."""
    r = c.r
    if r.random() < 0.6:
        return "G" + p.i
    return "L" + p.birth.strftime("%Y%m%d") + f"{r.randint(0, 9999):04d}"


def fam_kongchuo(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["ledger", "prose", "card", "card", "xueji_list", "songjiao"])
    t, _ = c.town()
    d = c.date()
    if sub == "ledger":
        rows = []
        cols = [
            "序号",
            "学生姓名",
            "性别",
            "出生年月",
            "就读学校",
            "年级",
            "监护人",
            "关系",
            "联系电话",
            "家庭住址",
            "辍学原因",
            "包保责任人",
            "劝返情况",
        ]
        with_id = r.random() < 0.5
        if with_id:
            cols.insert(4, "身份证号")
        for k in range(r.randint(3, 4)):
            p = student(c, t)
            gp, rel = guardian(c, p)
            staff = f"{c.official()}（{r.choice(STAFF_ROLES)}）"
            row = [
                str(k + 1),
                p.n,
                p.sex,
                p.bd(3),
                school(c, t),
                grade(c, p),
                gp.n,
                rel,
                gp.m,
                p.a,
                drop_reason(c),
                staff,
                r.choice(
                    [
                        "已劝返复学",
                        "已劝返，随班就读",
                        "送教上门",
                        "正在劝返",
                        "已返校",
                        "转入职业学校",
                    ]
                ),
            ]
            if with_id:
                row.insert(4, p.i)
            rows.append(row)
        title = f"{t}{c.year}年{r.choice(['春季', '秋季'])}学期控辍保学劝返复学工作台账"
        txt = (
            f"{title}\n填报单位：{t}{r.choice(['中心学校', '人民政府', '控辍保学工作领导小组办公室'])}　"
            f"填报时间：{c.ds(d, 1)}\n"
            + table(c, cols, rows, title=title)
            + f"\n填报人：{c.official()}　审核人：{c.official()}　联系电话：{c.landline(True)}"
        )
        return "kongchuo.ledger", txt
    if sub == "prose":
        paras = []
        names = []
        for _ in range(r.randint(2, 4)):
            p = student(c, t)
            gp, rel = guardian(c, p)
            sch = school(c, t)
            staff = c.official()
            x = r.random()
            if x < 0.4:
                paras.append(
                    f"{sch}{grade(c, p)}学生{p.n}（{p.sex}，{p.age}岁），家住{p.a}，"
                    f"{r.choice(['本学期开学后未到校报到', '自' + str(r.randint(3, 11)) + '月起无故旷课'])}。"
                    f"经了解，其{rel}{gp.n}{r.choice(['长期在外务工', '对子女教育不重视', '认为读书无用'])}。"
                    f"班主任{staff}会同{p.village}村“两委”干部先后{r.randint(2, 6)}次上门做工作，"
                    f"{p.n}已于{c.ds(c.date(after=d, span=40), 0)}返校就读。"
                )
            elif x < 0.75:
                paras.append(
                    f"{p.village}{p.n}，{p.sex}，{p.age}岁，{sch}学生，"
                    f"{r.choice(['因患', '患有', '经' + g['county'] + '人民医院诊断为'])}"
                    f"{H(r.choice(CHILD_ILL))}，"
                    f"不能正常到校学习。经县残疾儿童入学评估专家委员会评估，"
                    f"对其实行送教上门，由{staff}等{r.randint(2, 4)}名教师每月送教{r.randint(2, 4)}次。"
                    f"监护人{gp.n}（{rel}，联系电话{gp.m}）已签订送教上门协议。"
                )
            else:
                paras.append(
                    f"{p.n}（{p.village}，{grade(c, p)}）随{rel}{gp.n}外出至"
                    f"{r.choice(['浙江', '广东', '福建', '江苏'])}，"
                    f"未办理转学手续。镇控辍办通过其{rel}手机{gp.m}联系，协调在务工地就近入学，"
                    f"现已取得联系并确认在读。"
                )
            names.append(p)
        mask = masked(c, c.name())
        txt = (
            f"关于{t}{c.year}年控辍保学劝返复学工作情况的报告\n{g['county']}教育体育局：\n"
            f"    根据《关于进一步加强控辍保学工作的通知》（{wenhao(c, '教发')}）要求，"
            "我镇对辖区内适龄儿童少年"
            f"入学情况进行了全面排查，共排查出疑似辍学学生{len(names) + r.randint(0, 5)}人，"
            "现将劝返情况报告如下：\n"
            + "\n".join(f"    {k + 1}．{x}" for k, x in enumerate(paras))
            + f"\n    此外，{r.choice(['外县转入学生', '已年满16周岁学生'])}{mask}一名，已按规定核销。\n"
            f"    下一步，我镇将严格落实“双线四级”责任制，镇长{c.official()}负总责。"
            + sign_off(c, t + "人民政府", d)
        )
        return "kongchuo.report", txt
    if sub == "card":
        p = student(c, t)
        gp, rel = guardian(c, p)
        healthy = r.random() < 0.45
        pairs = [
            ("学生姓名", p.n),
            ("性别", p.sex),
            ("民族", p.nation + "族"),
            ("出生日期", p.bd(1)),
            ("身份证号", p.i),
            ("全国学籍号", xueji(c, p)),
            ("就读学校", school(c, t)),
            ("年级", grade(c, p)),
            ("家庭住址", p.a),
            ("监护人姓名", gp.n),
            ("与学生关系", rel),
            ("监护人联系电话", gp.m),
            *([("家庭固定电话", gp.ll)] if r.random() < 0.3 else []),
            ("健康状况", "健康" if healthy else H(r.choice([*CHILD_ILL, dis(c)]))),
            ("辍学（失学）原因", r.choice(DROP_REASONS) if healthy else "因病"),
            (
                "包保责任人",
                f"{c.official()}（{t}{r.choice(['副镇长', '党委委员', '中心学校校长'])}）",
            ),
            ("包保教师", c.official()),
            (
                "劝返措施",
                r.choice(["家访劝返", "法律宣传、签订承诺书", "送教上门", "协调转入职业学校"]),
            ),
        ]
        if r.random() < 0.4:
            gp2, rel2 = guardian(c, p)
            while rel2 == rel:
                gp2, rel2 = guardian(c, p)
            pairs.insert(12, ("其他监护人", f"{gp2.n}（{rel2}）{gp2.m}"))
        txt = (
            f"{g['county']}义务教育阶段适龄儿童少年控辍保学“一生一案”登记卡\n编号："
            f"{g['abbr']}KC-{c.year}-{r.randint(1, 999):03d}\n"
            + kv(c, pairs, r.choice([1, 2]))
            + f"\n{t}控辍保学工作专班（章）　　{c.ds(d, 0)}"
        )
        return "kongchuo.card", txt
    if sub == "xueji_list":
        rows = []
        sch = school(c, t)
        for k in range(r.randint(3, 7)):
            p = student(c, t, 7, 15)
            kind = r.choice(["转出", "转入", "休学", "复学", "休学"])
            if kind == "休学":
                why = r.choice(
                    [
                        f"因病休学（{H(r.choice(CHILD_ILL))}）",
                        f"{H(r.choice(CHILD_ILL))}住院治疗",
                        "随迁",
                    ]
                )
            elif kind == "转出":
                why = f"随父母迁往{r.choice(['深圳市', '杭州市', '成都市', '乌鲁木齐市', '昆明市'])}"
            elif kind == "转入":
                why = "户籍迁入"
            else:
                why = "休学期满"
            rows.append(
                [
                    str(k + 1),
                    p.n,
                    p.sex,
                    "G" + p.i if r.random() < 0.7 else p.i,
                    grade(c, p),
                    kind,
                    why,
                ]
            )
        title = f"{sch}{c.year}年{r.choice(['春季', '秋季'])}学期学籍异动学生名单公示"
        txt = (
            f"{title}\n    根据《中小学生学籍管理办法》，现将本学期学籍异动学生名单公示如下（公示期"
            f"{r.choice([3, 5, 7])}个工作日）：\n"
            + table(
                c,
                ["序号", "姓名", "性别", "全国学籍号", "年级", "异动类别", "异动原因"],
                rows,
                title=title,
            )
            + f"\n    如有异议，请向学校教务处反映。{hotline(c)}\n{sch}\n{c.ds(d, 0)}"
        )
        return "kongchuo.xueji_list", txt
    # 送教上门 list
    rows = []
    for k in range(r.randint(3, 6)):
        p = student(c, t, 6, 16)
        gp, rel = guardian(c, p)
        tp, gr = r.choice(DIS_TYPES), r.choice(GRADES)
        rows.append(
            [
                str(k + 1),
                p.n,
                p.sex,
                str(p.age),
                H(tp),
                H(gr),
                f"{gp.n}（{rel}）",
                gp.m,
                p.a,
                f"{c.official()}、{c.official()}",
            ]
        )
    title = f"{g['county']}{c.year}—{c.year + 1}学年残疾儿童少年送教上门名单"
    txt = (
        f"{title}\n"
        + table(
            c,
            [
                "序号",
                "姓名",
                "性别",
                "年龄",
                "残疾类别",
                "残疾等级",
                "监护人",
                "监护人电话",
                "家庭住址",
                "送教教师",
            ],
            rows,
            title=title,
        )
        + f"\n注：送教教师每月入户不少于2次，每次不少于2课时。\n{g['county']}教育体育局基础教育股　"
        f"{c.ds(d, 0)}"
    )
    return "kongchuo.songjiao", txt


# ----------------------------------------------------------------------------- family 2: 医保

PERSON_CATS = [
    "特困人员",
    "低保对象",
    "防止返贫监测对象",
    "低保边缘家庭成员",
    "普通参保人员",
    "孤儿",
]


def amount(c: Ctx, lo: int, hi: int) -> float:
    return round(c.r.uniform(lo, hi), 2)


def fam_medical(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["one_stop", "one_stop", "detail", "detail", "assist_notice", "reply"])
    d = c.date()
    if sub == "one_stop":
        rows = []
        d = c.date(after=dt.date(c.year, 2, 10), span=300)
        mon = d.month - 1
        full = r.random() < 0.55
        for k in range(r.randint(3, 5)):
            p = c.person(amin=5, amax=85)
            cat = r.choice(PERSON_CATS if p.age < 18 else PERSON_CATS[:-1])
            tot = amount(c, 8000, 260000)
            base = round(tot * r.uniform(0.45, 0.65), 2)
            big = round((tot - base) * r.uniform(0.2, 0.5), 2)
            aid = round((tot - base - big) * r.uniform(0.3, 0.7), 2)
            own = round(tot - base - big - aid, 2)
            ins = dt.date(d.year, mon, r.randint(1, 28)) - dt.timedelta(days=r.randint(0, 40))
            rows.append(
                [
                    str(k + 1),
                    p.n,
                    p.sex,
                    p.i if full else c.masked_id(),
                    cat,
                    g["county"] + r.choice(HOSPITALS) if r.random() < 0.6 else r.choice(BIG_HOSP),
                    H(r.choice(BIG_ILL)),
                    c.ds(ins, 1),
                    f"{tot:.2f}",
                    f"{base:.2f}",
                    f"{big:.2f}",
                    f"{aid:.2f}",
                    f"{own:.2f}",
                ]
            )
        title = f"{g['county']}{c.year}年{mon}月城乡居民大病保险及医疗救助“一站式”结算情况公示"
        txt = (
            web_head(c, title, g["county"] + "医疗保障局", d)
            + f"    为接受社会监督，现将{c.year}年{mon}月经“一站式”结算"
            "享受大病保险和医疗救助待遇人员情况公示如下：\n"
            + table(
                c,
                [
                    "序号",
                    "参保人",
                    "性别",
                    "身份证号",
                    "人员类别",
                    "就诊医疗机构",
                    "疾病诊断",
                    "入院日期",
                    "医疗总费用",
                    "基本医保支付",
                    "大病保险支付",
                    "医疗救助支付",
                    "个人自付",
                ],
                rows,
                title=title,
            )
            + f"\n    单位：元。{hotline(c)}\n{g['county']}医疗保障局\n{c.ds(d, 0)}"
        )
        return "medical.one_stop", txt
    if sub == "detail":
        p = c.person(amin=18, amax=85)
        payee = p
        rel = ""
        if r.random() < 0.4:
            rel = r.choice(["儿子", "女儿", "配偶", "长子"])
            payee = relative(c, p, rel if rel != "配偶" else "妻子" if p.sex == "男" else "丈夫")
        tot = amount(c, 5000, 180000)
        ins = c.before(d, 90)
        out = c.date(after=ins, span=30)
        pairs = [
            ("参保人姓名", p.n),
            ("性别", p.sex),
            ("身份证号码", p.i),
            ("参保类别", r.choice(["城乡居民基本医疗保险", "职工基本医疗保险"])),
            ("人员类别", r.choice(PERSON_CATS[:-1])),
            ("联系电话", p.m),
            ("家庭住址", p.a),
            ("就诊医院", r.choice(BIG_HOSP)),
            ("住院号", str(r.randint(1000000, 9999999))),
            ("入院日期", c.ds(ins, 1)),
            ("出院日期", c.ds(out, 1)),
            (
                "出院诊断",
                H(r.choice(BIG_ILL)) + (f"、{H(r.choice(OLD_ILL))}" if r.random() < 0.3 else ""),
            ),
            ("医疗总费用", f"{tot:.2f}元"),
            ("政策范围内费用", f"{tot * 0.8:.2f}元"),
            ("大病保险起付线", "15000元"),
            ("大病保险报销", f"{tot * 0.2:.2f}元"),
            ("结算单号", c.order_no(18, r.random() < 0.5)),
            ("收款人", payee.n + (f"（{rel}）" if rel else "")),
            ("开户银行", f"{g['county']}{r.choice(BANKS)}"),
            ("银行账号", M("bank_card", c.card())),
            ("经办人", c.official()),
            ("审核人", c.official()),
        ]
        if r.random() < 0.3:
            pairs.insert(6, ("电子邮箱", p.e))
        title = r.choice(["异地就医手工报销审批表", "大病保险零星报销明细单", "医疗救助申请审批表"])
        txt = (
            f"{g['county']}医疗保障局\n{title}\n"
            + kv(c, pairs, r.choice([1, 2, 2, 3]))
            + f"\n制表日期：{c.ds(d, 1)}"
        )
        return "medical.detail", txt
    if sub == "assist_notice":
        t, v = c.town()
        items = []
        for _ in range(r.randint(2, 4)):
            p = c.person(amin=10, amax=85, code=g["code"])
            p.addr = village_addr(c, t, c.town()[1] if r.random() < 0.3 else v)
            amt = r.randint(20, 300) * 100
            x = r.random()
            if x < 0.5:
                items.append(
                    f"{p.n}，{p.sex}，{p.age}岁，家住{p.a}，{r.choice(PERSON_CATS[:-1])}，"
                    f"因{H(r.choice(BIG_ILL))}在{r.choice(BIG_HOSP)}住院治疗，政策范围内自付费用"
                    f"{amount(c, 10000, 90000):.2f}元，拟给予医疗救助{amt}元"
                )
            else:
                items.append(
                    f"{p.n}（身份证号：{p.i}），{v}村民，患{H(r.choice(BIG_ILL))}，"
                    f"拟给予依申请医疗救助{amt}元，资金打入其{r.choice(BANKS)}账户{M('bank_card', c.card())}"
                )
        txt = (
            f"{t}关于{c.year}年第{r.randint(1, 4)}批依申请医疗救助对象的公示\n"
            f"    根据《{g['prov']}医疗救助实施办法》，经个人申请、村（社区）初审、镇人民政府审核，"
            f"拟对以下{len(items)}人给予医疗救助：\n"
            + "\n".join(f"    {k + 1}．{x}。" for k, x in enumerate(items))
            + f"\n    公示期{r.choice([5, 7])}天。如有异议，请向{t}社会事务服务中心反映，联系人："
            f"{c.official()}，"
            f"{hotline(c)}。" + sign_off(c, t + "人民政府", d)
        )
        return "medical.assist_notice", txt
    # 依申请公开答复
    p = c.person(amin=25, amax=60)
    rel = r.choice(["母亲", "父亲", "妻子", "丈夫", "儿子"])
    q = relative(c, p, rel, amin=20, amax=85)
    d0 = c.before(d, 20)
    no = f"{g['abbr']}医保公开〔{c.year}〕{r.randint(1, 60)}号"
    ill = r.choice(BIG_ILL)
    txt = (
        f"{g['county']}医疗保障局政府信息公开申请答复书\n{no}\n{p.n}：\n"
        f"    本机关于{c.ds(d0, 0)}收到你通过{r.choice(['信函', '网上申请平台', '当面提交'])}"
        "提出的政府信息公开申请，"
        f"申请获取“你{rel}{q.n}（身份证号{q.i}）{c.year - 1}年在{r.choice(BIG_HOSP)}住院治疗"
        f"{H(ill)}的大病保险报销明细”。经审查，答复如下：\n"
        f"    你申请获取的信息属于你{rel}本人的医疗保障待遇信息，"
        f"{r.choice(['经核实你为其近亲属并提供了委托书', '你已提交户口簿证明亲属关系'])}，"
        f"现将该信息提供给你（见附件：报销明细{r.randint(1, 3)}页）。\n"
        f"    你在申请表中留存的联系地址为{p.a}，联系电话{p.m}，本答复书通过EMS邮寄送达（单号"
        f"{r.choice(['10', '11', '98'])}{r.randint(10**10, 10**11 - 1)}）。\n"
        f"    如对本答复不服，可以在收到本答复书之日起60日内向{g['county']}人民政府申请行政复议，"
        "或者在6个月内"
        f"向{g['county']}人民法院提起行政诉讼。\n"
        f"    联系人：{c.official()}　联系电话：{c.landline(True)}　电子邮箱：{gov_mail(c, 'ybjxxgk')}"
        + sign_off(c, g["county"] + "医疗保障局", d)
    )
    return "medical.reply", txt


# ----------------------------------------------------------------------------- family 3: 村集体经济

GOV_DOM = {
    "532301": "cxs.gov.cn",
    "653121": "shufu.gov.cn",
    "150502": "khorchin.gov.cn",
    "513301": "kangding.gov.cn",
    "371302": "lanshan.gov.cn",
    "341202": "yingzhou.gov.cn",
    "360731": "yudu.gov.cn",
    "422801": "es.gov.cn",
    "622901": "lxs.gov.cn",
    "130606": "lianchi.gov.cn",
}


def gov_mail(c: Ctx, user: str) -> str:
    return f"{user}@{GOV_DOM[c.reg['code']]}"


def vcode(c: Ctx) -> str:
    """统一社会信用代码 of a 股份经济合作社 (N2…) or a 专业合作社 (93…)."""
    return credit_code(c.r, c.reg["code"], c.r.choice(["N2", "N2", "93"]))


def household(c: Ctx, t: str, v: str) -> Person:
    p = c.person(amin=28, amax=80, code=c.reg["code"])
    p.addr = village_addr(c, t, v)
    p.group = f"{c.r.randint(1, 9)}组"
    p.size = c.r.randint(1, 7)
    return p


def fam_village(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["dividend", "dividend", "board", "meeting", "meeting", "numbered"])
    t, v = c.town()
    d = c.date()
    coop = f"{t}{v}股份经济合作社"
    per = r.choice([120, 150, 180, 200, 260, 300, 350])
    if sub == "dividend":
        rows = []
        with_card = r.random() < 0.75
        with_id = r.random() < 0.35
        for k in range(r.randint(3, 5)):
            p = household(c, t, v)
            shares = p.size + r.choice([0, 0, 0.5])
            row = [
                str(k + 1),
                p.group,
                p.n,
                str(p.size),
                f"{shares:g}",
                f"{shares * per:.2f}",
            ]
            if with_id:
                row.insert(3, p.i)
            if with_card:
                row += [M("bank_card", c.card()), r.choice(BANKS)]
            if r.random() < 0.25:
                row.append("代领：" + N(c, c.kin(p.name)))
            else:
                row.append("")
            rows.append(row)
        head = ["序号", "组别", "户主姓名", "家庭人口", "股份数", "分红金额（元）"]
        if with_id:
            head.insert(3, "户主身份证号")
        if with_card:
            head += ["收款账号", "开户行"]
        head.append("备注")
        title = f"{coop}{c.year - 1}年度集体经济收益分红名单"
        inc = r.randint(20, 180) * 10000
        txt = (
            f"{title}\n    {coop}（统一社会信用代码：{vcode(c)}）{c.year - 1}年度实现经营性收入{inc}元，"
            f"经{c.ds(c.before(d, 40), 0)}村民代表会议决议，提取公积公益金{int(inc * 0.3)}元，"
            f"按每股{per}元进行分红，现将分红名单公示如下：\n"
            + table(c, head, rows, title=title)
            + f"\n    公示期7天，如有异议请向村务监督委员会反映。村务监督委员会主任：{c.official()}　"
            f"{hotline(c)}" + sign_off(c, coop, d)
        )
        return "village.dividend", txt
    if sub == "board":
        payees = []
        for _ in range(r.randint(3, 5)):
            p = household(c, t, v)
            kind = r.choice(["土地流转租金", "务工工资", "公益性岗位补贴", "房屋租金", "青苗补偿款"])
            amt = r.randint(8, 200) * 50
            payees.append(
                r.choice(
                    [
                        f"支付{p.n}{kind}{amt}元",
                        f"付{p.group}{p.n}户{kind}{amt}.00元（转账至{M('bank_card', c.card())}）",
                        f"{kind}：{p.n}，{amt}元",
                    ]
                )
            )
        mem = c.official()
        pv, rent = r.randint(1, 30) * 1000, r.randint(1, 30) * 1000
        txt = (
            f"{v}村务公开栏（{c.year}年第{r.randint(1, 4)}季度）\n一、财务收支情况\n"
            f"    本季度收入合计{pv + rent + r.randint(0, 9) * 500}元，其中：光伏电站收益{pv}元，"
            f"集体资产租赁收入{rent}元（承租方：{c.company()}，统一社会信用代码{c.credit()}）。\n"
            f"    本季度支出合计{r.randint(5, 60) * 1000}元，其中主要支出：\n"
            + "\n".join(f"    {k + 1}．{x}；" for k, x in enumerate(payees))
            + f"\n二、收益分配\n    {c.year - 1}年度分红已于{c.ds(c.before(d, 60), 0)}发放完毕，"
            f"共{r.randint(80, 600)}户，"
            f"人均分红{per}元。\n三、其他事项\n    "
            f"{r.choice(['村道硬化工程', '饮水安全巩固提升工程', '文化广场建设'])}"
            f"由{c.company()}承建，项目负责人{c.official()}。\n"
            f"    村党支部书记：{c.official()}　村委会主任：{c.official()}　村务监督委员会：{mem}\n"
            f"    监督举报：{t}纪委{c.landline(True)}，{g['county']}农业农村局{c.landline(True)}"
        )
        return "village.board", txt
    if sub == "meeting":
        reps = [household(c, t, v) for _ in range(r.randint(5, 9))]
        sec, head_ = c.official(), c.official()
        rec = c.official()
        cadre = c.official()
        n_all = len(reps) + r.randint(20, 40)
        yes = n_all - r.randint(0, 4)
        speeches = []
        says = [
            "村民代表{n}：同意分红方案，建议把{grp}的水渠维修也列进来。",
            "{n}（{grp}代表）：分红前要把账目公开，我家{size}口人，去年少算了半股。",
            "代表{n}发言：光伏收益应提取一部分用于照顾村里的独居老人。",
            "{n}：我同意，没有意见。",
            "{n}代表提出，{grp}的机耕道需要尽快修。",
            "{n}（{grp}）：外嫁女户口没迁走的，应当参与分红。",
            "村民代表{n}问：新出生人口从哪年开始配股？村委会主任答复：按章程第十二条执行。",
            "{n}：去年的租金收了没有？要在公开栏里写清楚。",
            "代表{n}建议公积公益金比例降到20%。",
        ]
        for p, tpl in zip(r.sample(reps, r.randint(2, 4)), r.sample(says, 4), strict=False):
            speeches.append(tpl.format(n=p.n, grp=p.group, size=p.size))
        listing = "、".join(p.n for p in reps)
        title = f"{v}村民代表会议{r.choice(['决议', '记录', '会议纪要'])}"
        txt = (
            f"{title}\n会议时间：{c.ds(d, 0)}{r.choice(['上午9时', '下午3时', '晚上7时30分'])}\n"
            f"会议地点：{v}村委会会议室\n主持人：{sec}（村党支部书记）\n记录人：{rec}\n"
            f"列席：{t}包村干部{cadre}\n"
            f"应到代表{n_all}人，实到{n_all - r.randint(0, 3)}人，其中：{listing}等。\n"
            f"会议议题：审议{coop}{c.year - 1}年度收益分配方案。\n"
            f"一、村委会主任{head_}通报{c.year - 1}年度集体经济收支情况。\n二、代表发言：\n"
            + "\n".join(f"    {x}" for x in speeches)
            + f"\n三、表决结果：同意{yes}票，反对{n_all - yes}票，弃权0票。会议决定按每股{per}元分红。\n"
            f"参会代表签字：{'  '.join(p.n for p in r.sample(reps, min(len(reps), 4)))}……"
        )
        return "village.meeting", txt
    # numbered households in a distribution notice
    hs = [household(c, t, v) for _ in range(r.randint(3, 6))]
    lines = []
    for k, p in enumerate(hs):
        lines.append(
            r.choice(
                [
                    f"{k + 1}．{p.n}户（{p.size}人），家住{p.a}，分红{p.size * per}元；",
                    f"{k + 1}．{p.n}户，{p.group}，{p.size}人，{p.size * per}元；",
                    f"{k + 1}．{p.n}，{p.a}，{p.size}人，银行卡号{M('bank_card', c.card())}；",
                ]
            )
        )
    txt = (
        f"{v}关于{c.year - 1}年度集体收益分配中补录分红户的公告\n"
        f"    经核查，以下农户因{r.choice(['新增人口', '外出未领取', '银行卡信息有误'])}未能按时领取"
        f"{c.year - 1}年度分红，"
        f"现予补发：\n"
        + "\n".join("    " + x for x in lines)
        + f"\n    请上述农户于{c.ds(c.date(after=d, span=20), 0)}前持户口簿到村委会办理。{hotline(c)}"
        + sign_off(c, f"{v}村民委员会", d)
    )
    return "village.numbered", txt


# ----------------------------------------------------------------------------- family 4: 育儿补贴


def baby(c: Ctx, parent: Person, d: dt.date) -> Person:
    r = c.r
    sex = r.choice("男女")
    nm = c.kin(parent.name, sex) if parent.sex == "男" else c.name(sex)
    b = d - dt.timedelta(days=r.randint(20, 1000))
    p = Person(name=nm, sex=sex, birth=b, year_ref=c.year, idn=c.idno(b, sex, c.reg["code"]))
    return p


def hk_permit(c: Ctx) -> str:
    return c.r.choice("HM") + "".join(c.r.choice("0123456789") for _ in range(8))


def tw_permit(c: Ctx) -> str:
    return "".join(c.r.choice("0123456789") for _ in range(8))


def fam_childcare(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["list", "list", "form", "form", "prose", "refuse"])
    d = c.date()
    t, v = c.town()
    kind = r.choice(["育儿补贴", "生育补贴", "三孩育儿补贴", "婴幼儿照护补贴"])
    if sub == "list":
        rows = []
        show_card = r.random() < 0.6
        doc_col = r.random() < 0.3
        for k in range(r.randint(2, 4)):
            par = c.person(amin=22, amax=42)
            b = baby(c, par, d)
            order = r.choice(["一孩", "二孩", "三孩", "二孩", "三孩"])
            money = 3600 if kind != "生育补贴" else r.choice([2000, 3000, 5000])
            ident = [par.i]
            if doc_col:
                x = r.random()
                if x < 0.2:
                    ident = [
                        "港澳居民来往内地通行证",
                        M("hk_macau_permit", hk_permit(c)),
                    ]
                elif x < 0.3:
                    ident = ["台湾居民来往大陆通行证", M("tw_permit", tw_permit(c))]
                elif x < 0.4:
                    pn = r.choice(["E", "E", "EA", "EB"])
                    pn += "".join(r.choice("0123456789") for _ in range(9 - len(pn)))
                    ident = ["普通护照", M("passport", pn)]
                else:
                    ident = ["居民身份证", par.i]
            row = [str(k + 1), par.n, *ident, b.n, b.sex, b.bd(1), order, str(money)]
            if show_card:
                row.append(M("bank_card", c.card()))
            row.append(c.town()[0])
            rows.append(row)
        idh = ["证件类型", "证件号码"] if doc_col else ["申请人身份证号"]
        head = [
            "序号",
            "申请人",
            *idh,
            "婴幼儿姓名",
            "性别",
            "出生日期",
            "孩次",
            "补贴金额（元）",
        ]
        if show_card:
            head.append("发放账号")
        head.append("所属乡镇（街道）")
        title = f"{g['county']}{c.year}年第{r.randint(1, 12)}批{kind}发放对象公示"
        txt = (
            web_head(c, title, g["county"] + "卫生健康局", d)
            + f"    根据《{g['prov']}育儿补贴制度实施方案》，经申请人申报、乡镇（街道）初审、县级审核，现将第"
            f"{r.randint(1, 12)}批拟发放对象公示如下：\n"
            + table(c, head, rows, title=title)
            + f"\n    公示时间：{c.ds(d, 0)}至{c.ds(d + dt.timedelta(days=7), 0)}。{hotline(c)}；"
            f"来信请寄{g['county']}卫生健康局人口家庭科（{g['county']}{r.choice(g['roads'])}"
            f"{r.randint(1, 200)}号，邮编{g['post']}）。"
        )
        return "childcare.list", txt
    if sub == "form":
        par = c.person(amin=22, amax=42, sex=r.choice("男女"))
        sp = c.person(amin=22, amax=45, sex="女" if par.sex == "男" else "男")
        b = baby(c, par if par.sex == "男" else sp, d)
        hk = r.random() < 0.45
        pairs = [
            ("申请人姓名", par.n),
            ("性别", par.sex),
            ("证件类型", "居民身份证"),
            ("证件号码", par.i),
            ("联系电话", par.m),
            ("配偶姓名", sp.n),
        ]
        if hk:
            which = r.random()
            if which < 0.5:
                pairs += [
                    ("配偶证件类型", "港澳居民来往内地通行证"),
                    ("配偶证件号码", M("hk_macau_permit", hk_permit(c))),
                ]
            elif which < 0.8:
                pairs += [
                    ("配偶证件类型", "台湾居民来往大陆通行证"),
                    ("配偶证件号码", M("tw_permit", tw_permit(c))),
                ]
            else:
                pn = r.choice("EG") + "".join(r.choice("0123456789") for _ in range(8))
                pairs += [
                    ("配偶证件类型", "普通护照"),
                    ("配偶证件号码", M("passport", pn)),
                ]
        else:
            pairs += [("配偶身份证号", sp.i)]
        pairs += [
            ("婴幼儿姓名", b.n),
            ("婴幼儿性别", b.sex),
            ("出生日期", b.bd(0)),
            ("婴幼儿身份证号", b.i),
            (
                "出生医学证明编号",
                r.choice("MNOPQ") + str(r.randint(440000000, 659999999)),
            ),
            ("孩次", r.choice(["第一孩", "第二孩", "第三孩"])),
            ("户籍地址", par.a),
            (
                "现居住地址",
                M("address", c.home()) if r.random() < 0.5 else "同户籍地址",
            ),
            ("开户银行", r.choice(BANKS) + g["county"] + "支行"),
            ("社会保障卡金融账号", M("bank_card", c.card())),
        ]
        if r.random() < 0.35:
            pairs.append(("电子邮箱", par.e))
        pairs += [("受理人", c.official()), ("受理日期", c.ds(d, 1))]
        txt = (
            f"{kind}申领登记表\n受理编号：YE{c.year}{r.randint(100000, 999999)}\n"
            + kv(c, pairs, r.choice([1, 2]))
            + (f"\n申请人承诺：以上信息真实有效。\n申请人（签字）：{par.n}　　{c.ds(d, 0)}")
        )
        return "childcare.form", txt
    if sub == "prose":
        items = []
        for _ in range(r.randint(2, 4)):
            mo = c.person(sex="女", amin=22, amax=40)
            fa = c.person(sex="男", amin=23, amax=45)
            b = baby(c, fa, d)
            items.append(
                r.choice(
                    [
                        (
                            f"{mo.n}（身份证号：{mo.i}）与{fa.n}夫妇，于{b.bd(0)}生育第{r.choice('二三')}个子女{b.n}，"
                            f"符合{kind}发放条件，拟发放{r.choice([3600, 5000, 10800])}元"
                        ),
                        (
                            f"{fa.n}，男，{fa.age}岁，{v}村民，其子女{b.n}出生于{b.bd(0)}，申领{kind}，"
                            f"补贴资金拟打入其账户{M('bank_card', c.card())}"
                        ),
                    ]
                )
            )
        txt = (
            f"{t}{c.year}年{kind}申领对象公示\n"
            + "\n".join(f"    {k + 1}．{x}。" for k, x in enumerate(items))
            + f"\n    如有异议，请在公示期内向{t}卫生健康办公室反映（{hotline(c)}）。"
            + sign_off(c, t + "人民政府", d)
        )
        return "childcare.prose", txt
    par = c.person(amin=22, amax=42)
    b = baby(c, par, d)
    reason = r.choice(
        [
            "婴幼儿出生时申请人户籍不在本县",
            "已在户籍地领取同一孩次补贴",
            f"婴幼儿已满3周岁（出生日期{b.bd(0)}）",
            "未提供出生医学证明",
        ]
    )
    txt = (
        f"{g['county']}卫生健康局\n{kind}不予发放告知书\n{wenhao(c, '卫健告字')}\n{par.n}：\n"
        f"    你于{c.ds(c.before(d, 30), 0)}为子女{b.n}提交的{kind}申请（受理号YE{c.year}"
        f"{r.randint(100000, 999999)}）收悉。"
        f"经审核，因{reason}，不符合《{g['county']}{kind}发放实施细则》第{cn_small(r.randint(3, 12))}条规定，"
        f"决定不予发放。\n"
        f"    你登记的联系电话为{par.m}，通讯地址为{par.a}。如有异议，"
        "可自收到本告知书之日起60日内申请行政复议。\n"
        f"    经办人：{c.official()}　咨询电话：{c.landline(True)}"
        + sign_off(c, g["county"] + "卫生健康局", d)
    )
    return "childcare.refuse", txt


# ----------------------------------------------------------------------------- family 5: 特殊困难老年人

ELDER_TYPES = [
    "独居",
    "空巢",
    "留守",
    "失能",
    "高龄",
    "计划生育特殊家庭",
    "重残",
    "独居、高龄",
]
DISABLE = ["失能", "半失能", "重度失能", "中度失能", "长期卧床"]
VISITORS = [
    "网格员",
    "社工",
    "村（居）委会委员",
    "志愿者",
    "养老服务站工作人员",
    "包村干部",
]


def elder_health(c: Ctx) -> str:
    r = c.r
    x = r.random()
    if x < 0.2:
        return r.choice(["良好", "一般", "基本健康", "生活能自理"])
    if x < 0.6:
        return H(r.choice(OLD_ILL))
    if x < 0.8:
        a, b = r.sample(OLD_ILL, 2)
        return f"{H(a)}、{H(b)}"
    if x < 0.9:
        return H(r.choice(DISABLE))
    return f"患{H(r.choice(OLD_ILL))}，{H(dis(c))}"


def child_of(c: Ctx, old: Person) -> tuple[Person, str]:
    rel = c.r.choice(["儿子", "长子", "次子", "女儿", "长女", "儿媳", "女儿", "侄子"])
    ch = relative(c, old, rel if rel != "侄子" else "儿子", amin=30, amax=58)
    return ch, rel


def fam_elder(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["record", "record", "roster", "subsidy", "brief"])
    d = c.date()
    t, v = c.town()
    if sub == "record":
        old = c.person(amin=65, amax=96, code=g["code"])
        rural = r.random() < 0.6
        if rural:
            old.addr = village_addr(c, t, v, pre=r.random() < 0.4)
        place = f"{t}{v}" if rural else f"{g['county']}民政局"
        hs = elder_health(c)
        care = (
            r.choice(["部分自理", "不能自理"])
            if "失能" in hs or "卧床" in hs
            else r.choice(["完全自理", "基本自理"])
        )
        kids = [child_of(c, old) for _ in range(r.randint(0, 2))]
        visitor = c.official()
        pairs = [
            ("老人姓名", old.n),
            ("性别", old.sex),
            ("年龄", f"{old.age}岁"),
            ("身份证号", old.i),
            ("居住地址", old.a),
            ("联系电话", old.m if r.random() < 0.6 else old.ll),
            ("老人类别", r.choice(ELDER_TYPES)),
            ("健康状况", hs),
            ("自理能力", care),
        ]
        if kids:
            pairs.append(
                (
                    "子女情况",
                    "；".join(
                        f"{k.n}（{rel}），{r.choice(['在外务工', '同村居住', '在县城居住'])}，电话{k.m}"
                        for k, rel in kids
                    ),
                )
            )
        else:
            pairs.append(("子女情况", "无子女"))
        pairs += [
            (
                "紧急联系人",
                f"{v}村委会{c.official()}（村干部）" if rural else f"社区网格员{c.official()}",
            ),
            ("探访时间", c.ds(d, 1)),
            ("探访方式", r.choice(["入户探访", "电话探访", "视频探访"])),
            ("探访人员", f"{visitor}（{r.choice(VISITORS)}）"),
            (
                "探访内容",
                r.choice(
                    [
                        "查看居住环境及用水用电安全，了解饮食起居情况",
                        "检查燃气安全，提醒按时服药",
                        "帮助打扫卫生，测量血压",
                    ]
                ),
            ),
            (
                "存在问题",
                r.choice(
                    [
                        "无",
                        "屋顶漏雨，需维修",
                        "独居无人照料，需协调助餐服务",
                        f"{H(r.choice(OLD_ILL))}需定期复查",
                    ]
                ),
            ),
            (
                "处理情况",
                r.choice(["已反馈村委会", "已联系子女", "已转介家庭医生签约团队"]),
            ),
        ]
        txt = (
            f"{g['county']}特殊困难老年人探访关爱服务记录表\n{place}　　编号："
            f"TF{c.year}{r.randint(1000, 9999)}\n"
            + kv(c, pairs, r.choice([1, 1, 2]))
            + f"\n老人（或家属）签字：{old.n}　　探访人员签字：{visitor}"
        )
        return "elder.record", txt
    if sub == "roster":
        rows = []
        for k in range(r.randint(3, 5)):
            old = c.person(amin=62, amax=98, code=g["code"])
            old.addr = village_addr(c, t, c.town()[1] if r.random() < 0.2 else v)
            ch, rel = child_of(c, old)
            rows.append(
                [
                    str(k + 1),
                    old.n,
                    old.sex,
                    str(old.age),
                    r.choice(ELDER_TYPES),
                    elder_health(c),
                    old.a,
                    ch.n,
                    rel,
                    ch.m,
                    c.official(),
                ]
            )
        title = f"{t}{c.year}年特殊困难老年人探访关爱对象花名册"
        txt = (
            f"{title}\n"
            + table(
                c,
                [
                    "序号",
                    "姓名",
                    "性别",
                    "年龄",
                    "类别",
                    "健康状况",
                    "家庭住址",
                    "联系人",
                    "关系",
                    "联系人电话",
                    "探访责任人",
                ],
                rows,
                title=title,
            )
            + f"\n填报单位：{t}民政办（盖章）　填报人：{c.official()}　{hotline(c)}"
        )
        return "elder.roster", txt
    if sub == "subsidy":
        rows = []
        full = r.random() < 0.5
        for k in range(r.randint(3, 6)):
            old = c.person(amin=60, amax=99, code=g["code"])
            lvl = r.choice(["轻度失能", "中度失能", "重度失能", "能力完好"])
            money = {"轻度失能": 100, "中度失能": 200, "重度失能": 300, "能力完好": 50}[lvl]
            rows.append(
                [
                    str(k + 1),
                    old.n,
                    old.sex,
                    old.i if full else c.masked_id(),
                    str(old.age),
                    H(lvl) if lvl != "能力完好" else lvl,
                    str(money),
                    c.town()[1],
                ]
            )
        title = f"{t}{c.year}年{r.randint(1, 12)}月养老服务补贴（含护理补贴）发放名单"
        txt = (
            f"{title}\n    依据老年人能力评估结果，现将本月养老服务补贴发放情况公示如下：\n"
            + table(
                c,
                [
                    "序号",
                    "姓名",
                    "性别",
                    "身份证号",
                    "年龄",
                    "能力评估等级",
                    "补贴金额（元）",
                    "村（社区）",
                ],
                rows,
                title=title,
            )
            + f"\n    {hotline(c)}。"
            + sign_off(c, t + "人民政府", d)
        )
        return "elder.subsidy", txt
    paras = []
    order = r.sample([0, 1, 2, 0, 1], r.randint(2, 3))
    for which in order:
        old = c.person(amin=70, amax=98, code=g["code"])
        old.addr = village_addr(c, t, v)
        ch, rel = child_of(c, old)
        ill = r.choice(OLD_ILL)
        paras.append(
            [
                (
                    f"走访中发现{v}独居老人{old.n}（{old.age}岁）患有{H(ill)}，其{rel}{ch.n}常年在"
                    f"{r.choice(['广东', '浙江', '新疆', '上海'])}务工。"
                    f"工作人员当即拨通{ch.n}电话（{ch.m}），告知老人近况，"
                    f"并协调村卫生室每周上门测量血压。"
                ),
                (
                    f"{old.n}，{old.sex}，{old.age}岁，家住{old.a}，{H(r.choice(DISABLE))}，"
                    f"由{rel}{ch.n}照料。探访时老人反映"
                    f"{r.choice(['冬季取暖困难', '房屋墙体开裂', '行动不便无法赶集'])}，"
                    f"已列入下月帮扶清单。"
                ),
                (
                    f"{v}计划生育特殊家庭老人{old.n}（{old.sex}，{old.age}岁），{H(ill)}，"
                    f"家庭电话{old.ll}。因其{rel}{ch.n}已去世，由村委会每周电话问候一次。"
                ),
            ][which]
        )
    txt = (
        f"{g['county']}民政局关于{c.year}年第{r.randint(1, 4)}季度特殊困难老年人探访关爱工作情况的通报\n"
        f"各乡镇（街道）：\n    本季度全县共探访特殊困难老年人{r.randint(800, 4000)}人次，"
        f"电话探访{r.randint(300, 2000)}人次，"
        f"发现并解决问题{r.randint(20, 200)}个。典型情况如下：\n"
        + "\n".join(f"    {'一二三四'[k]}、{x}" for k, x in enumerate(paras))
        + f"\n    各乡镇要按照《关于加快建立特殊困难老年人探访关爱制度的实施意见》（{wenhao(c, '民发')}）"
        "要求，"
        f"确保月探访率达到100%。" + sign_off(c, g["county"] + "民政局", d)
    )
    return "elder.brief", txt


# ----------------------------------------------------------------------------- family 6: 见义勇为


def hero_deed(c: Ctx, hero: str, d: dt.date, victim: Person | None, injured: bool) -> str:
    r = c.r
    g = c.reg
    t, v = c.town()
    inj = H(r.choice(INJURIES))
    vic = victim.n if victim else ""
    vic_tail = ""
    if victim is not None and r.random() < 0.6:
        vic_tail = f"（{victim.age}岁，家住{victim.a}）"
    x = r.random()
    if x < 0.35:
        s = (
            f"{c.ds(d, 0)}{r.randint(13, 19)}时许，{hero}途经{t}"
            f"{r.choice(['河堤', '水库', '鱼塘', '大渡河边', '清江边'])}时，"
            f"发现{vic or r.choice(['一名儿童', '两名群众', '一名老人'])}{vic_tail}不慎落水，情况危急。"
            f"{hero}不顾个人安危跳入水中，将其救上岸。"
        )
        if victim is not None:
            s += f"{victim.n}经{g['county']}人民医院抢救脱离危险，诊断为{H('吸入性肺炎')}。"
    elif x < 0.7:
        s = (
            f"{c.ds(d, 0)}晚，{hero}在{g['county']}{r.choice(g['roads'])}某商铺门前，发现一男子持刀抢劫路人"
            f"{vic or '一名女子'}{vic_tail}，当即上前制止，与歹徒搏斗，协助公安机关将犯罪嫌疑人王某某抓获。"
        )
        if victim is not None and r.random() < 0.5:
            s += f"{victim.n}受{H(r.choice(INJURIES))}。"
    else:
        s = (
            f"{c.ds(d, 0)}，{t}{v}一民房突发火灾，{vic or r.choice(['一名老人', '两名儿童', '一户三口'])}"
            f"{vic_tail}被困屋内。正在附近的{hero}冲入火场，"
            f"将其背出。"
        )
    if injured:
        s += (
            f"{hero}在施救过程中{r.choice(['受伤', '造成', '致'])}{inj}，"
            f"{r.choice(['住院治疗' + str(r.randint(5, 40)) + '天', '经治疗已康复出院'])}。"
        )
    return s


def fam_hero(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["notice", "notice", "list", "decision", "refuse"])
    d = c.date()
    dd = c.before(d, 200)
    if sub == "notice":
        hp = c.person(amin=20, amax=60)
        victim = c.person(amin=6, amax=80) if r.random() < 0.65 else None
        if victim is not None:
            victim.addr = village_addr(c, *c.town())
        injured = r.random() < 0.5
        deed = hero_deed(c, hp.name, dd, victim, injured)
        extra = ""
        if r.random() < 0.35:
            w = c.person(amin=25, amax=65)
            extra = f"目击群众{w.n}（联系电话{w.m}）证实了上述经过。"
        txt = (
            f"关于拟确认{hp.name}同志行为为见义勇为的公示\n"
            f"    {hp.name}，{hp.sex}，{hp.nation}族，{hp.birth.year}年{hp.birth.month}月出生，"
            f"{r.choice([g['county'] + c.town()[0] + '人', c.company() + '职工', '个体工商户', '退役军人'])}"
            "。\n"
            f"    {deed}{extra}\n"
            f"    根据《{g['prov']}见义勇为人员奖励和保护条例》，经{g['county']}见义勇为评定委员会评审，"
            f"拟确认{hp.name}同志"
            f"的行为为见义勇为。现予公示，公示期{r.choice([5, 7])}个工作日。\n"
            f"    {hotline(c)}；来信请寄{g['county']}见义勇为基金会（{g['county']}{r.choice(g['roads'])}"
            f"{r.randint(1, 300)}号），邮编{g['post']}。" + sign_off(c, g["county"] + "见义勇为评定委员会", d)
        )
        return "hero.notice", txt
    if sub == "list":
        rows = []
        for k in range(r.randint(2, 5)):
            hp = c.person(amin=18, amax=65)
            injured = r.random() < 0.4
            brief = r.choice(
                [
                    f"{c.ds(c.before(d, 300), 0)}勇救落水儿童",
                    f"{c.ds(c.before(d, 300), 0)}协助抓获盗窃嫌疑人",
                    f"{c.ds(c.before(d, 300), 0)}火场救出被困老人",
                ]
            )
            if injured:
                brief += f"，本人{H(r.choice(INJURIES))}"
            rows.append(
                [
                    str(k + 1),
                    hp.name,
                    hp.sex,
                    hp.bd(3),
                    r.choice([c.company(), c.town()[0] + "村民", "无业"]),
                    brief,
                    r.choice(["见义勇为先进个人", "见义勇为积极分子"]),
                ]
            )
        title = f"{g['city']}{c.year}年度见义勇为先进个人拟表彰人选名单"
        txt = (
            f"{title}\n"
            + table(
                c,
                [
                    "序号",
                    "姓名",
                    "性别",
                    "出生年月",
                    "工作单位",
                    "主要事迹",
                    "拟授称号",
                ],
                rows,
                title=title,
            )
            + f"\n    公示期间，任何单位和个人均可通过来信、来电反映情况。{hotline(c)}，电子邮箱："
            f"{gov_mail(c, 'jyyw')}。"
        )
        return "hero.list", txt
    if sub == "decision":
        heroes = [c.person(amin=20, amax=60) for _ in range(r.randint(1, 3))]
        victim = c.person(amin=5, amax=80)
        victim.addr = village_addr(c, *c.town())
        deed = hero_deed(
            c,
            heroes[0].name,
            dd,
            victim if r.random() < 0.6 else None,
            r.random() < 0.5,
        )
        names = "、".join(h.name for h in heroes)
        money = r.choice([5000, 10000, 20000, 30000])
        txt = (
            f"{g['county']}人民政府关于表彰奖励{names}同志见义勇为行为的决定\n{wenhao(c, '政发')}\n"
            f"各乡镇人民政府，县直各部门：\n    {deed}\n"
            f"    为弘扬社会正气，县人民政府决定，授予{names}同志“{g['county']}见义勇为先进个人”称号，"
            f"各奖励人民币{money}元。"
            + ("奖金已转入本人账户。" if r.random() < 0.5 else "")
            + sign_off(c, g["county"] + "人民政府", d)
        )
        return "hero.decision", txt
    # 不予确认决定: the applicant is not commended and is labelled
    p = c.person(amin=20, amax=60)
    victim = c.person(amin=15, amax=80)
    inj = r.choice(INJURIES)
    txt = (
        f"{g['county']}见义勇为评定委员会\n不予确认见义勇为决定书\n{wenhao(c, '见勇字')}\n"
        f"申请人：{p.n}，{p.sex}，身份证号：{p.i}，住址：{p.a}，联系电话：{p.m}。\n"
        f"    你于{c.ds(c.before(d, 60), 0)}申请确认你在{c.ds(dd, 0)}与{victim.n}"
        "发生纠纷过程中的行为为见义勇为。"
        f"经调查，该事件系你与{victim.n}之间因{r.choice(['债务', '宅基地', '邻里琐事'])}引发的互殴，"
        f"{victim.n}致{H(inj)}，"
        f"不属于为保护国家、集体利益或者他人人身、财产安全挺身而出的行为。依据《{g['prov']}见义勇为人员奖励和保护条例》"
        f"第{cn_small(r.randint(2, 9))}条，决定不予确认。\n"
        "    如不服本决定，可在收到本决定书之日起60日内申请行政复议。\n    承办人："
        f"{c.official()}　联系电话：{c.landline(True)}" + sign_off(c, g["county"] + "见义勇为评定委员会", d)
    )
    return "hero.refuse", txt


# ----------------------------------------------------------------------------- family 7: 退役士兵


def soldier(c: Ctx) -> Person:
    r = c.r
    yrs = r.choice([2, 2, 2, 3, 5, 8, 12])
    leave = dt.date(c.year - r.randint(0, 1), r.choice([3, 9]), r.randint(1, 28))
    enlist = dt.date(leave.year - yrs, 9, r.randint(1, 20))
    age = c.year - (enlist.year - r.randint(18, 22))
    p = c.person(sex="男" if r.random() < 0.9 else "女", amin=age, amax=age, code=c.reg["code"])
    p.enlist, p.leave, p.years = enlist, leave, yrs
    return p


def fam_veteran(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["lump_sum", "lump_sum", "placement", "register", "report_notice"])
    d = c.date()
    if sub == "lump_sum":
        rows = []
        for k in range(r.randint(3, 5)):
            p = soldier(c)
            money = p.years * r.choice([5000, 6000, 7000]) + r.choice([0, 10000, 20000])
            rows.append(
                [
                    str(k + 1),
                    p.n,
                    p.sex,
                    p.i,
                    f"{p.enlist:%Y.%m}",
                    f"{p.leave:%Y.%m}",
                    str(p.years),
                    f"{money:.2f}",
                    M("bank_card", c.card()),
                    c.town()[0],
                ]
            )
        title = (
            f"{g['county']}{c.year}年{r.choice(['春季', '秋季'])}退役士兵自主就业一次性经济补助金发放花名册"
        )
        txt = (
            f"{title}\n填报单位：{g['county']}退役军人事务局　金额单位：元\n"
            + table(
                c,
                [
                    "序号",
                    "姓名",
                    "性别",
                    "身份证号",
                    "入伍时间",
                    "退役时间",
                    "服役年限",
                    "补助金额",
                    "银行卡号",
                    "户籍所在乡镇",
                ],
                rows,
                title=title,
            )
            + f"\n合计：{len(rows)}人。\n局长：{c.official()}　分管领导：{c.official()}　制表：{c.official()}"
        )
        return "veteran.lump_sum", txt
    if sub == "placement":
        rows = []
        for k in range(r.randint(3, 6)):
            p = soldier(c)
            rows.append(
                [
                    str(k + 1),
                    p.name,
                    p.sex,
                    c.masked_id() if r.random() < 0.6 else p.i,
                    f"{p.enlist:%Y.%m}",
                    f"{p.leave:%Y.%m}",
                    f"{r.uniform(60, 98):.2f}",
                    str(k + 1),
                    g["county"]
                    + r.choice(
                        [
                            "供电公司",
                            "公安局辅警大队",
                            "城市管理综合执法局",
                            "自来水公司",
                            "交通运输局",
                            "应急管理局",
                        ]
                    ),
                ]
            )
        title = f"{g['county']}{c.year}年度退役士兵安排工作岗位选择结果公示"
        txt = (
            f"{title}\n    根据《退役士兵安置条例》和阳光安置工作要求，经考试考核、量化排名、按名次选岗，现将"
            f"安排工作退役士兵岗位选择结果公示如下：\n"
            + table(
                c,
                [
                    "序号",
                    "姓名",
                    "性别",
                    "身份证号",
                    "入伍时间",
                    "退役时间",
                    "综合成绩",
                    "名次",
                    "安置单位",
                ],
                rows,
                title=title,
            )
            + f"\n    公示期{r.choice([5, 7])}个工作日。{hotline(c)}，纪检监督电话：{c.landline(True)}。"
            + sign_off(c, g["county"] + "退役军人事务局", d)
        )
        return "veteran.placement", txt
    if sub == "register":
        p = soldier(c)
        disab = r.random() < 0.25
        pairs = [
            ("姓名", p.n),
            ("性别", p.sex),
            ("民族", p.nation + "族"),
            ("出生年月", p.bd(3)),
            ("公民身份号码", p.i),
            ("入伍时间", c.ds(p.enlist, 1)),
            ("退役时间", c.ds(p.leave, 1)),
            ("退役类别", r.choice(["退役士兵（义务兵）", "退役士兵（士官）"])),
            ("安置方式", r.choice(["自主就业", "安排工作", "自主就业"])),
            (
                "残疾情况",
                f"{r.choice(['因战', '因公'])}{H(r.choice(['六', '七', '八', '九', '十']) + '级残疾')}"
                if disab
                else "无",
            ),
            ("联系电话", p.m),
            ("家庭住址", p.a),
            ("电子邮箱", p.e) if r.random() < 0.4 else ("微信号", "同手机号"),
            ("开户银行", r.choice(BANKS)),
            ("银行卡号", M("bank_card", c.card())),
            (
                "家庭成员",
                "；".join(
                    f"{rel}：{relative(c, p, rel, 20, 70).n}"
                    for rel in r.sample(["父亲", "母亲", "妻子", "儿子"], r.randint(1, 3))
                ),
            ),
            ("接收人", c.official()),
        ]
        if r.random() < 0.3:
            pairs.insert(
                12,
                (
                    "车辆情况",
                    f"{r.choice(['小型轿车', '新能源小型汽车'])}一辆（号牌{M('license_plate', c.plate())}）",
                ),
            )
        txt = f"{g['county']}退役士兵报到登记表\n报到日期：{c.ds(d, 0)}\n" + kv(c, pairs, r.choice([1, 2]))
        return "veteran.register", txt
    items = []
    for _ in range(r.randint(2, 5)):
        p = soldier(c)
        items.append(
            r.choice(
                [
                    f"{p.n}（身份证号：{p.i}）",
                    f"{p.n}，{p.sex}，{p.enlist.year}年{p.enlist.month}月入伍，联系电话{p.m}",
                    f"{p.n}，户籍地{c.town()[0]}，{p.leave.year}年退役",
                ]
            )
        )
    txt = (
        f"{g['county']}退役军人事务局关于督促未报到退役士兵限期报到的公告\n"
        f"    以下{len(items)}名{c.year}年退役士兵至今未到我局报到：\n"
        + "\n".join(f"    {k + 1}．{x}；" for k, x in enumerate(items))
        + f"\n    请于公告发布之日起30日内携退役证件到{g['county']}退役军人服务中心（{g['county']}"
        f"{r.choice(g['roads'])}{r.randint(1, 300)}号）报到，逾期视为放弃安置待遇。{hotline(c)}"
        + sign_off(c, g["county"] + "退役军人事务局", d)
    )
    return "veteran.report_notice", txt


# ----------------------------------------------------------------------------- family 8: 社会救助调查

AID_KINDS = ["最低生活保障", "特困人员救助供养", "临时救助", "低保边缘家庭认定"]


def member_rows(c: Ctx, head: Person) -> list[tuple[Person, str, str, str, str]]:
    """Household members as (person, relation, health, monthly income, occupation)."""
    r = c.r
    out: list[tuple[Person, str, str, str, str]] = []
    for rel in r.sample(["配偶", "长子", "次子", "女儿", "母亲", "父亲", "孙子"], r.randint(1, 4)):
        base = {
            "配偶": "妻子" if head.sex == "男" else "丈夫",
            "长子": "长子",
            "次子": "次子",
            "女儿": "女儿",
            "母亲": "母亲",
            "父亲": "父亲",
            "孙子": "孙子",
        }[rel]
        amin, amax = {"母亲": (60, 90), "父亲": (60, 90), "孙子": (3, 14)}.get(rel, (8, 45))
        m = relative(c, head, base, amin, amax)
        hs = H(r.choice(BIG_ILL + OLD_ILL + [dis(c)])) if r.random() < 0.4 else r.choice(["健康", "良好"])
        inc = r.choice(["0", str(r.randint(2, 40) * 100)])
        job = (
            "学龄前"
            if m.age < 6
            else "在校学生"
            if m.age < 19
            else r.choice(["务农", "无业", "丧失劳动能力"])
            if m.age > 64
            else r.choice(["务农", "在外务工", "无业", "个体经营", "灵活就业"])
        )
        if job in ("学龄前", "在校学生", "丧失劳动能力"):
            inc = "0"
        out.append((m, rel, hs, inc, job))
    return out


def fam_aid(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["survey", "survey", "hearing", "result", "member_table"])
    d = c.date()
    t, v = c.town()
    p = c.person(amin=28, amax=78, code=g["code"])
    p.addr = village_addr(c, t, v, pre=r.random() < 0.3) if r.random() < 0.6 else p.addr
    aid = r.choice(AID_KINDS)
    inv = [c.official() for _ in range(2)]
    inv_s = "、".join(
        f"{x}（工作证号{g['abbr'] if len(g['abbr']) == 1 else 'MZ'}{r.randint(1000, 9999)}）" for x in inv
    )
    if sub in ("survey", "member_table"):
        mems = member_rows(c, p)
        own_h = H(r.choice(BIG_ILL + OLD_ILL)) if r.random() < 0.5 else "健康"
        car = r.random()
        if car < 0.3:
            veh = (
                f"有{r.choice(['农用三轮车', '二手面包车', '小型轿车'])}一辆（号牌："
                f"{M('license_plate', c.plate())}）"
            )
        else:
            veh = "无机动车辆"
        if sub == "survey":
            body = (
                f"调查时间：{c.ds(d, 0)}\n调查地点：申请人家中（{p.a}）\n调查人员：{inv_s}\n"
                f"申请事项：{aid}\n申请人：{p.n}　性别：{p.sex}　年龄：{p.age}岁\n"
                f"身份证号：{p.i}　联系电话：{p.m}"
                + (f"　家庭电话：{p.ll}" if r.random() < 0.35 else "")
                + "\n"
                f"健康状况：{own_h}\n家庭成员情况：\n"
                + "\n".join(
                    f"    {m.n}，{rel}，{m.age}岁，{hs}，{job}，月收入{inc}元"
                    for m, rel, hs, inc, job in mems
                )
                + "\n住房情况："
                f"{r.choice(['砖混结构平房3间', '土木结构房屋2间，部分墙体开裂', '租住', '与父母同住'])}\n"
                f"车辆情况：{veh}\n"
                f"收入情况：家庭年总收入约{r.randint(4, 30) * 1000}元，人均月收入{r.randint(200, 700)}元。\n"
                "调查意见："
                f"{r.choice(['情况属实，建议纳入', '收入超过标准，建议不予纳入', '需进一步核查存款情况'])}\n"
                f"被调查人签字：{p.n}　调查人员签字：{'　'.join(inv)}"
            )
            txt = f"{g['county']}社会救助家庭经济状况入户调查记录\n" + body
            return "aid.survey", txt
        rows = [
            [
                p.n,
                "户主",
                p.sex,
                p.i,
                own_h,
                r.choice(["务农", "无业", "灵活就业"]),
                "0",
            ]
        ]
        for m, rel, hs, inc, job in mems:
            rows.append([m.n, rel, m.sex, m.i, hs, job, inc])
        title = f"{t}{aid}申请家庭成员及收入情况核查表"
        txt = (
            f"{title}\n申请人：{p.n}　　家庭住址：{p.a}\n"
            + table(
                c,
                [
                    "姓名",
                    "与户主关系",
                    "性别",
                    "身份证号",
                    "健康状况",
                    "就业情况",
                    "月收入（元）",
                ],
                rows,
                title=title,
            )
            + f"\n{veh}。\n核查人：{'、'.join(inv)}　　{c.ds(d, 0)}"
        )
        return "aid.member_table", txt
    if sub == "hearing":
        sp = relative(c, p, "妻子" if p.sex == "男" else "丈夫", 28, 75)
        kid = relative(c, p, "儿子", 5, 30)
        ill = r.choice(BIG_ILL)
        host = c.official()
        rec = c.official()
        rep = c.official()
        asset, answer = r.choice(
            [
                ("存款约3万元", "存款是给孩子上学借的，有借条。"),
                ("一辆小型轿车", f"车是{r.choice(['亲戚', '儿子'])}的，不在我名下。"),
                ("在县城购置商品房一套", "房子是贷款买的，每月还贷2000多元。"),
            ]
        )
        qa = [
            "主持人：请申请人陈述申请理由。",
            (
                f"{p.n}：我家里{r.randint(3, 5)}口人，{'妻子' if p.sex == '男' else '丈夫'}{sp.n}去年确诊"
                f"{H(ill)}，"
                f"每月药费{r.randint(8, 40) * 100}元，儿子{kid.n}还在上学，全家就靠我打零工。"
            ),
            f"主持人：{t}社会事务办{rep}，请陈述审核意见。",
            (f"{rep}：经入户调查，申请人家庭有{asset}，根据规定暂不符合{aid}条件。"),
            f"{p.n}：{answer}",
            f"村民代表{N(c, c.name())}：申请人家庭确实困难，{sp.n}常年{r.choice(['卧床', '住院'])}。",
        ]
        txt = (
            f"{t}社会救助听证会记录\n时间：{c.ds(d, 0)}{r.choice(['上午', '下午'])}\n地点："
            f"{t}便民服务中心二楼会议室\n"
            f"听证主持人：{host}（{t}"
            f"{'副乡长' if t.endswith('乡') else '副镇长' if t.endswith('镇') else '副苏木达'}）\n记录人："
            f"{rec}\n"
            f"听证事项：{p.n}（身份证号{p.i}，住{p.a}）{aid}申请\n"
            f"参加人员：申请人{p.n}、{t}社会事务办{rep}、村民代表{r.randint(3, 7)}名、{v}村委会干部\n"
            + "\n".join(qa)
            + f"\n听证结论：{r.choice(['建议重新入户核查', '同意纳入', '维持不予纳入意见'])}。\n"
            f"申请人签字：{p.n}　主持人签字：{host}"
        )
        return "aid.hearing", txt
    mems = member_rows(c, p)
    mem_s = "；".join(f"{rel}{m.n}，{hs}" for m, rel, hs, _, _ in mems)
    txt = (
        f"{t}关于{p.n}申请{aid}入户调查结果的公示\n"
        f"    申请人{p.n}，{p.sex}，{p.age}岁，{v}村民，家住{p.a}。家庭成员{len(mems) + 1}人：{mem_s}。\n"
        f"    {c.ds(d, 0)}，{t}社会救助经办人员{inv_s}入户调查，核实其家庭月人均收入{r.randint(200, 700)}元，"
        f"低于当地低保标准，{r.choice(['拟同意纳入', '建议纳入'])}{aid}。\n"
        f"    公示期7天，{hotline(c)}。" + sign_off(c, t + "人民政府", d)
    )
    return "aid.result", txt


FAMILIES = [
    fam_kongchuo,
    fam_medical,
    fam_village,
    fam_childcare,
    fam_elder,
    fam_hero,
    fam_veteran,
    fam_aid,
]


# ----------------------------------------------------------------------------- assembly


def parse(markup: str) -> list[Seg]:
    segs: list[Seg] = []
    pos = 0
    for m in MARK.finditer(markup):
        if m.start() > pos:
            segs.append((markup[pos : m.start()], None))
        segs.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(markup):
        segs.append((markup[pos:], None))
    for s, _ in segs:
        assert "\x01" not in s and "\x02" not in s and "\x03" not in s, s
    return segs


def to_lines(segs: list[Seg]) -> list[list[Seg]]:
    lines: list[list[Seg]] = [[]]
    for s, k in segs:
        if k is not None:
            assert "\n" not in s
            lines[-1].append((s, k))
            continue
        parts = s.split("\n")
        for j, part in enumerate(parts):
            if j:
                lines.append([])
            if part:
                lines[-1].append((part, None))
    return lines


def line_text(line: list[Seg]) -> str:
    return "".join(s for s, _ in line)


def hard_wrap(line: list[Seg], width: int) -> list[list[Seg]]:
    pieces: list[Seg] = []
    for s, k in line:
        if k is None:
            pieces += [(ch, None) for ch in s]
        else:
            pieces.append((s, k))
    out: list[list[Seg]] = [[]]
    w = 0
    for s, k in pieces:
        if w + len(s) > width and w > 0 and s not in "，。；：、）》”":
            out.append([])
            w = 0
        out[-1].append((s, k))
        w += len(s)
    merged: list[list[Seg]] = []
    for ln in out:
        m: list[Seg] = []
        for s, k in ln:
            if m and k is None and m[-1][1] is None:
                m[-1] = (m[-1][0] + s, None)
            else:
                m.append((s, k))
        merged.append(m)
    return merged


def pdfize(c: Ctx, segs: list[Seg]) -> list[Seg]:
    r = c.r
    segs = [(name_form(c, s) if k == "name" and not re.search(r"[ 　]", s) else s, k) for s, k in segs]
    lines = to_lines(segs)
    width = r.randint(26, 44)
    wrapped: list[list[Seg]] = []
    for ln in lines:
        t = line_text(ln)
        if (
            len(t) > width
            and "\t" not in t
            and "|" not in t
            and "  " not in t
            and "<" not in t
            and "　　" not in t[2:]
        ):
            wrapped += hard_wrap(ln, width)
        else:
            wrapped.append(ln)
    per = r.randint(10, 24)
    total = (len(wrapped) + per - 1) // per
    style = r.choice(
        [
            "第 {k} 页 共 {n} 页",
            "第{k}页/共{n}页",
            "- {k} -",
            "— {k} —",
            "{k}/{n}",
            "第 {k} 页",
        ]
    )
    out: list[list[Seg]] = []
    for i, ln in enumerate(wrapped):
        out.append(ln)
        if (i + 1) % per == 0 and i + 1 < len(wrapped):
            k = (i + 1) // per
            out.append([(style.format(k=k, n=total), None)])
            if r.random() < 0.3:
                out.append([("", None)])
            if c.running and r.random() < 0.7:
                out.append([(c.running, None)])
    out.append([(style.format(k=total, n=total), None)])
    segs2: list[Seg] = []
    for j, ln in enumerate(out):
        if j:
            segs2.append(("\n", None))
        segs2 += ln
    return segs2


class Span(TypedDict):
    kind: str
    start: int
    end: int
    text: str


class Doc(TypedDict):
    type: str
    text: str
    spans: list[Span]


def assemble(segs: list[Seg]) -> tuple[str, list[Span]]:
    text_parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for s, k in segs:
        if k is not None:
            spans.append({"kind": k, "start": pos, "end": pos + len(s), "text": s})
        text_parts.append(s)
        pos += len(s)
    return "".join(text_parts), spans


# ----------------------------------------------------------------------------- self-check

CARD_PREFIX = re.compile(r"^(?:62|4|5[1-5]|2[2-7]|3[47]|35|60|64|65)")


def check(text: str, spans: list[Span]) -> str | None:
    last = 0
    cover: list[str | None] = [None] * len(text)
    for sp in spans:
        if sp["start"] < last:
            return "overlap"
        if text[sp["start"] : sp["end"]] != sp["text"] or not sp["text"].strip():
            return "offset"
        if sp["text"] != sp["text"].strip():
            return "whitespace"
        last = sp["end"]
        for i in range(sp["start"], sp["end"]):
            cover[i] = sp["kind"]
        t = sp["text"]
        k = sp["kind"]
        digits = re.sub(r"\D", "", t)
        if k == "id_card" and not id_valid(t):
            return f"bad id {t}"
        if k == "bank_card" and not (luhn_ok(digits) and 16 <= len(digits) <= 19):
            return f"bad card {t}"
        if k == "mobile":
            core = digits[-11:]
            if not re.fullmatch(r"1[3-9]\d{9}", core):
                return f"bad mobile {t}"
        if k == "id_card_15":
            try:
                dt.date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
            except ValueError:
                return f"bad id15 {t}"

    def outside(a: int, b: int) -> bool:
        return any(cover[i] is None for i in range(a, b))

    # every mention of a labelled name is inside a name span
    names = []
    for sp in spans:
        if sp["kind"] == "name":
            core = re.sub(r"[ 　]", "", sp["text"])
            if core not in names:
                names.append(core)
    flat_map = [i for i, ch in enumerate(text) if ch not in " 　"]
    flat = "".join(text[i] for i in flat_map)
    for nm in names:
        for m in re.finditer(re.escape(nm), flat):
            a, b = flat_map[m.start()], flat_map[m.end() - 1] + 1
            if any(cover[i] != "name" for i in range(a, b) if text[i] not in " 　"):
                return f"name outside span {nm}"
    for m in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", text):
        if id_valid(m.group()) and outside(m.start(), m.end()):
            return f"id outside {m.group()}"
    for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", text):
        if outside(m.start(), m.end()):
            return f"mobile outside {m.group()}"
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", text):
        s = m.group()
        if luhn_ok(s) and CARD_PREFIX.match(s) and outside(m.start(), m.end()):
            return f"card outside {s}"
    for m in re.finditer(r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+", text, re.ASCII):
        if not m.group().endswith(".gov.cn") and outside(m.start(), m.end()):
            return f"mail outside {m.group()}"
    return None


def make_doc(seed: int, i: int) -> Doc:
    for attempt in range(60):
        r = random.Random(f"h17-{seed}-{i}-{attempt}")
        pdf = r.random() < 0.27
        c = Ctx(r, pdf)
        fam = FAMILIES[i % len(FAMILIES)]
        typ, markup = fam(c)
        segs = parse(markup)
        if pdf:
            segs = pdfize(c, segs)
            typ += ".pdf"
        text, spans = assemble(segs)
        err = check(text, spans)
        if err is None:
            return {"type": typ, "text": text, "spans": spans}
        if DEBUG:
            sys.stderr.write(f"redraw {i} {typ}: {err}\n")
    raise RuntimeError(f"doc {i}: {err}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=67)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--debug", action="store_true", help="report redrawn documents on stderr")
    a = ap.parse_args(argv)
    global DEBUG
    DEBUG = a.debug
    if a.decisions:
        sys.stdout.write(DECISIONS)
        return 0
    docs = [make_doc(a.seed, i) for i in range(a.docs)]
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if a.out == "-":
        sys.stdout.write(lines)
    else:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
