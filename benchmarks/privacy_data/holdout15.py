#!/usr/bin/env python3
"""Blind holdout set 15: citizen interaction, courts/mediation and social services.

A labelled test set for a Chinese personal-information detector, written without looking at the
detector. Standard library only, deterministic for a seed::

    python holdout15.py --docs 400 --seed 59 -o out.jsonl
    python holdout15.py --decisions      # labelling decisions where the policy is silent

Each output line is ``{"type", "text", "spans": [{"kind", "start", "end", "text"}]}``; ``type`` is
``family.subkind`` with ``.pdf`` appended when the text imitates a PDF/Word extraction.

Families (documents of a county/district government, its departments, a court and its 调解 bodies;
ten regions from 宁夏 to 凉山, 巴州, 锡林郭勒, 林芝, 金华, 周口, 江门, 邵阳 and 徐州, with local
names, plates, area codes and 乡镇/村/社区):

1. ``letters`` – 领导信箱 / 12345 replies: web listing (来信人, 联系方式, the citizen's home inside the
   complaint, the office's reply), a letter-style reply ("张三同志："), a 12345 工单 form, a 工单
   summary table, a 问/答 excerpt. Anonymised writers (李女士, 王**) and office phones as near-misses.
2. ``mediation`` – 人民调解协议书 and 行政调解协议书 (甲方/乙方 with 性别、民族、出生日期、身份证号、
   住址、电话, payment to a bank card), a Word table read one cell a line, a 司法确认 ruling excerpt.
3. ``injury`` – 工伤认定决定书 (认定 and 不予认定), a 公告送达 notice, a 工伤认定结论 list and a 劳动能力
   鉴定 list (injury words and 伤残等级 as health).
4. ``court`` – 民事判决书 excerpts: traffic accident, divorce with minor children (法定代理人), private
   lending with a bank card, neighbour dispute with houses, 劳动争议; lawyers (public) versus relatives
   acting as agents (labelled); judges and clerks public; a court's 公告送达 notice to a missing defendant.
5. ``qualification`` – 教师资格认定 / 普通话水平测试 / 职称评审 result lists (names published by design,
   full IDs labelled, masked IDs and 证书编号 not), and a certificate loss notice (labelled).
6. ``residence`` – 居住证 pick-up lists, 出租房屋 tenant registers (居民身份证, 港澳/台湾 permits, foreign
   passports, 港澳台居民居住证 numbers), 流动人口 prose notices, 境外人员住宿登记 forms, landlord
   rectification notices.
7. ``welfare`` – 残疾人两项补贴 lists (20-digit 残疾人证号: ID part labelled), new/stopped subsidy
   notices in prose, 慢特病 认定 lists and application forms (disease names as health).
8. ``traffic`` – overdue 交通违法 lists, 简易程序 处罚决定书, 强制注销 lists, vehicle pick-up notices
   (违法地点 is a road and never labelled; VIN and 发动机号 not labelled).

Layouts: prose, label–value forms, tab / space-aligned / pipe tables, HTML remnants, quoted CSV, one
cell a line; about a quarter of the documents are PDF/Word extractions with spaced or full-width padded
names, page footers and running titles inside tables, rows wrapped onto the next line and prose
hard-wrapped at a fixed width. Near-misses: GB 32100 credit codes, 文号, 索引号, case/工单/order numbers
(some Luhn-valid or 18 digits), masked IDs, amounts, dates, postcodes, 12345, office phones, gov.cn mail,
offices' and shops' addresses, officials, 调解员, judges, lawyers and 执法人员 in their role.

Every document is self-checked before it is written (span offsets, checksums, every mention of a
labelled name inside a name span, no valid ID / mobile / Luhn card / personal mail outside spans) and
redrawn if it fails.

First contact (--docs 400 --seed 59, measured by the lead with the detector of 7028a68, before
any fix for this set): name P 91.3 / R 81.2, address 99.2 / 89.1, health 100 / 79.6, landline
90.0 / 94.7, passport 100 / 0.0 (foreigners' passports); every other kind 100 / 100.
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
Labelling decisions where docs/privacy.md is silent (holdout 15):

1. 教师资格认定、普通话水平测试 and 职称评审 result lists are published by design (行政许可 results and
   评审 公示, like 录用/聘用 lists): the names in them are NOT labelled. Full ID numbers in them ARE
   labelled (id_card); masked IDs (6403**********1234), 证书编号, 准考证号 and scores are not.
   A certificate LOSS notice ("张三的教师资格证书…遗失，声明作废") is not such a list: name and ID labelled.
2. Mobile numbers: the span includes a +86 / 86- / 0086 prefix and the spaces or dashes inside.
3. Landlines: labelled only when they are a private person's (家庭电话/固定电话 of a party, a tenant's
   row); the span includes the area code and its brackets/dash. Office numbers are never labelled.
4. 残疾人证号 (20 digits = ID + 类别 + 等级): only the first 18 digits are labelled, as id_card.
5. Disability: "视力残疾一级", "肢体二级" written together are one health span; when 残疾类别 and
   残疾等级 are separate cells or fields, each value is its own health span ("肢体", "二级").
   伤残等级 from a 劳动能力鉴定 ("九级") is health. 慢特病 病种 cells are health (the disease words;
   a treatment suffix such as "（门诊放化疗）" is left out).
6. Injuries in 工伤 and court documents are health: only the injury words ("右手食指近节指骨骨折"),
   not "经诊断为" or the hospital.
7. Every license plate of a vehicle is labelled, also when the owner is a company; the "·" inside is part
   of the span. VIN (车辆识别代号), 发动机号, 驾驶证档案编号 are not labelled; a 驾驶证号 that is an ID
   number is labelled id_card.
8. Foreigners' names (Chinese transliteration or Latin) are labelled name; their passport numbers
   passport; 港澳居民来往内地通行证 and 往来港澳通行证 numbers hk_macau_permit; 台湾居民来往大陆通行证
   numbers tw_permit. 港澳台居民居住证 numbers (810000/820000/830000 + valid check digit) are id_card.
9. Parties' agents: a lawyer (…律师事务所律师) or a 法律服务工作者 is public; a relative or other private
   person acting as 委托诉讼代理人/委托代理人 is labelled. 法定代理人 of a minor is labelled, the minor too.
   法定代表人 of a company and the company are not labelled.
10. 调解员, 记录人, judges, 书记员, 经办人/承办人 and 执法民警 (with 警号/执法证号) are public in role.
11. Home addresses are labelled from the first place name to the last house-level unit (号/栋/幢/号楼/
    单元/室/组/队), also flats written whole ("东方丽景3-2-501"). A 违法地点, 事发地点 on a road, a
    company's 住所, a shop's location and a court's or office's address are not labelled. 出租房屋
    addresses (a landlord's house let to tenants) are labelled.
12. Children and other family members named in a letter or a judgment are labelled wherever named.
13. "王**", "李女士", "张某", "张某某" are anonymised and not labelled.
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
        "prov": "宁夏回族自治区",
        "city": "吴忠市",
        "county": "利通区",
        "code": "640302",
        "tel": "0953",
        "post": "751100",
        "abbr": "利",
        "pabbr": "宁",
        "plate": "宁C",
        "minority": "hui",
        "towns": [
            ("金积镇", ["金星村", "田湾村", "马家湖村"]),
            ("古城镇", ["党家河湾村", "新华桥村"]),
            ("上桥镇", ["牛家坊村", "罗家湖村"]),
            ("郭家桥乡", ["吴桥村", "郭家桥村"]),
        ],
        "streets": [("胜利街道", ["朝阳社区", "裕民社区"]), ("古城街道", ["明珠社区", "金花园社区"])],
        "roads": ["裕民西街", "朝阳街", "开元大道", "明珠路", "利宁街", "世纪大道"],
        "estates": ["东方丽景", "金花园小区", "利宁家园", "朝阳新村", "滨河名苑"],
    },
    {
        "prov": "四川省",
        "city": "凉山彝族自治州",
        "county": "昭觉县",
        "code": "513431",
        "tel": "0834",
        "post": "616150",
        "abbr": "昭",
        "pabbr": "川",
        "plate": "川W",
        "minority": "yi",
        "towns": [
            ("新城镇", ["城南村", "南坪村"]),
            ("竹核镇", ["竹核村", "木渣洛村"]),
            ("四开乡", ["好谷村", "洒拉地坡村"]),
            ("解放沟镇", ["火普村", "古里村"]),
        ],
        "streets": [("城北街道", ["北城社区", "西街社区"]), ("城南街道", ["南坪社区"])],
        "roads": ["南坪路", "西街", "建设路", "环城路", "胜利路"],
        "estates": ["沐恩邸社区", "阳光家园", "南坪安置小区", "金江苑"],
    },
    {
        "prov": "新疆维吾尔自治区",
        "city": "巴音郭楞蒙古自治州",
        "county": "库尔勒市",
        "code": "652801",
        "tel": "0996",
        "post": "841000",
        "abbr": "库",
        "pabbr": "新",
        "plate": "新M",
        "minority": "uyghur",
        "towns": [
            ("阿瓦提乡", ["阿瓦提村", "奥依巴格村"]),
            ("哈拉玉宫乡", ["喀赞其村", "哈拉玉宫村"]),
            ("和什力克乡", ["上和什力克村", "下和什力克村"]),
        ],
        "streets": [
            ("萨依巴格街道", ["石化社区", "梨香社区"]),
            ("团结街道", ["人民社区", "文化社区"]),
            ("天山街道", ["孔雀社区", "幸福社区"]),
        ],
        "roads": ["人民东路", "石化大道", "建国北路", "萨依巴格路", "团结南路"],
        "estates": ["梨城花园", "华凌花园", "孔雀河畔小区", "天山小区"],
    },
    {
        "prov": "内蒙古自治区",
        "city": "锡林郭勒盟",
        "county": "锡林浩特市",
        "code": "152502",
        "tel": "0479",
        "post": "026000",
        "abbr": "锡",
        "pabbr": "蒙",
        "plate": "蒙H",
        "minority": "mongol",
        "towns": [
            ("朝克乌拉苏木", ["宝力根嘎查", "乌兰图嘎嘎查"]),
            ("宝力根苏木", ["巴彦宝力格嘎查"]),
            ("阿尔善宝拉格镇", ["伊和宝拉格嘎查", "额尔敦塔拉嘎查"]),
        ],
        "streets": [("希日塔拉街道", ["东苑社区", "团结社区"]), ("宝力根街道", ["北京路社区", "乌兰社区"])],
        "roads": ["那达慕大街", "团结大街", "锡林大街", "北京路", "乌兰路"],
        "estates": ["锡林花园", "草原明珠小区", "金地华庭", "民族园小区"],
    },
    {
        "prov": "西藏自治区",
        "city": "林芝市",
        "county": "巴宜区",
        "code": "540402",
        "tel": "0894",
        "post": "860000",
        "abbr": "巴",
        "pabbr": "藏",
        "plate": "藏G",
        "minority": "tibetan",
        "towns": [
            ("林芝镇", ["真巴村", "帮纳村"]),
            ("布久乡", ["简切村", "甲日卡村"]),
            ("米瑞乡", ["色果拉村", "玉松村"]),
        ],
        "streets": [("八一镇", ["双拥社区", "珠江社区"]), ("觉木街道", ["尼池社区"])],
        "roads": ["广东路", "福建路", "双拥路", "滨河大道", "珠江路"],
        "estates": ["香江花园", "福建园小区", "尼洋河畔小区", "双拥苑"],
    },
    {
        "prov": "浙江省",
        "city": "金华市",
        "county": "婺城区",
        "code": "330702",
        "tel": "0579",
        "post": "321000",
        "abbr": "婺",
        "pabbr": "浙",
        "plate": "浙G",
        "minority": "han",
        "towns": [
            ("罗店镇", ["后溪河村", "盘前村"]),
            ("汤溪镇", ["寺平村", "上境村"]),
            ("琅琊镇", ["琅琊村", "上阳村"]),
        ],
        "streets": [
            ("城东街道", ["东市街社区", "飘萍社区"]),
            ("西关街道", ["环城社区", "丹溪社区"]),
            ("城北街道", ["五一社区", "将军路社区"]),
        ],
        "roads": ["八一南街", "人民西路", "婺江东路", "将军路", "丹溪路"],
        "estates": ["丹溪花园", "东方明珠花园", "婺江景苑", "将军苑"],
    },
    {
        "prov": "河南省",
        "city": "周口市",
        "county": "川汇区",
        "code": "411602",
        "tel": "0394",
        "post": "466000",
        "abbr": "川",
        "pabbr": "豫",
        "plate": "豫P",
        "minority": "han",
        "towns": [("李埠口乡", ["郭庄村", "李埠口村"]), ("搬口镇", ["邵庄村", "搬口村"])],
        "streets": [
            ("七一路街道", ["七一社区", "人和社区"]),
            ("荷花路街道", ["荷花社区", "交通社区"]),
            ("陈州街道", ["新民社区"]),
        ],
        "roads": ["八一大道", "七一路", "中州大道", "交通路", "莲花路"],
        "estates": ["建业森林半岛", "荷花小区", "交通路小区", "正商城"],
    },
    {
        "prov": "广东省",
        "city": "江门市",
        "county": "蓬江区",
        "code": "440703",
        "tel": "0750",
        "post": "529000",
        "abbr": "蓬",
        "pabbr": "粤",
        "plate": "粤J",
        "minority": "han",
        "towns": [("杜阮镇", ["龙榜村", "杜阮村"]), ("棠下镇", ["良溪村", "周郡村"]), ("荷塘镇", ["禾冈村"])],
        "streets": [("环市街道", ["篁庄社区", "丰乐社区"]), ("白沙街道", ["桥港社区", "紫沙社区"])],
        "roads": ["建设路", "港口路", "江华路", "华园东路", "迎宾大道"],
        "estates": ["碧桂园凤凰城", "丰泽园", "华茵桂语", "紫茶小区"],
    },
    {
        "prov": "湖南省",
        "city": "邵阳市",
        "county": "隆回县",
        "code": "430524",
        "tel": "0739",
        "post": "422200",
        "abbr": "隆",
        "pabbr": "湘",
        "plate": "湘E",
        "minority": "han",
        "towns": [
            ("桃洪镇", ["大桥村", "水洞坳村"]),
            ("六都寨镇", ["柳山村", "六都寨村"]),
            ("滩头镇", ["滩头村", "石门村"]),
            ("荷香桥镇", ["荷香桥村"]),
        ],
        "streets": [("桃洪镇", ["沙洲社区", "体育路社区"]), ("花门街道", ["花门社区"])],
        "roads": ["建设路", "朝阳路", "体育路", "沙洲路", "花门路"],
        "estates": ["鑫源小区", "万和广场", "体育路小区", "桃花园"],
    },
    {
        "prov": "江苏省",
        "city": "徐州市",
        "county": "铜山区",
        "code": "320312",
        "tel": "0516",
        "post": "221100",
        "abbr": "铜",
        "pabbr": "苏",
        "plate": "苏C",
        "minority": "han",
        "towns": [("棠张镇", ["马庄村", "棠张村"]), ("柳新镇", ["柳新村", "刘楼村"]), ("汉王镇", ["汉王村"])],
        "streets": [
            ("铜山街道", ["汉源社区", "北京路社区"]),
            ("三堡街道", ["三堡社区"]),
            ("利国街道", ["利国社区"]),
        ],
        "roads": ["北京南路", "银山路", "湘江路", "黄河路", "珠江路"],
        "estates": ["金地名京", "银山小区", "湘江苑", "润园小区"],
    },
]

SHORT = {
    "640302": ("吴忠", "利通"),
    "513431": ("凉山", "昭觉"),
    "652801": ("巴州", "库尔勒"),
    "152502": ("锡林郭勒", "锡林浩特"),
    "540402": ("林芝", "巴宜"),
    "330702": ("金华", "婺城"),
    "411602": ("周口", "川汇"),
    "440703": ("江门", "蓬江"),
    "430524": ("邵阳", "隆回"),
    "320312": ("徐州", "铜山"),
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
NATION = {"hui": "回", "yi": "彝", "uyghur": "维吾尔", "mongol": "蒙古", "tibetan": "藏"}

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
MAIL_DOMAINS = ["163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "139.com", "hotmail.com"]
MOBILE_PREFIX = words(
    "130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 166 173 175 "
    "176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
)

# ----------------------------------------------------------------------------- markup

MARK = re.compile(r"\x01(\w+)\x02(.*?)\x03", re.S)
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
    nation: str
    idn: str
    tel: str
    mail: str
    mob: str
    addr: str

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
        return r.choice([f"{area}-{num}", f"{area}-{num}", f"({area}){num}", f"{area} {num}", f"{area}{num}"])

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
            base = r.choice(["zhang", "wang", "li", "liu", "chen", "yang", "ma", "hu", "luo", "tang", "xu"])
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
            [f"{code}********{tail}", f"{code[:2]}{'*' * 13}{tail[1:]}", f"{code}{'*' * 8}{tail}"]
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
            ["鑫源", "恒达", "宏盛", "丰泰", "金瑞", "华通", "永兴", "嘉和", "顺安", "隆基", "瑞祥", "众诚"]
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
                f"{g['city']}{g['county']}{r.choice(['工业园区', '经济开发区', '物流园区'])}"
                f"{r.choice(g['roads'])}{r.randint(1, 99)}号",
                f"{g['county']}{self.town()[0]}{r.choice(['工业园区', '集镇'])}{r.randint(1, 60)}号",
            ]
        )

    def office(self, kind: str) -> str:
        return self.reg["county"] + kind


# ----------------------------------------------------------------------------- layout helpers


def table(
    c: Ctx, headers: list[str], rows: list[list[str]], style: str | None = None, title: str = ""
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
    return r.choice([f"\n{unit}\n{dd}", f"\n\n{' ' * 20}{unit}\n{' ' * 20}{dd}", f"\n{unit}\n{dd}（盖章）"])


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


# ----------------------------------------------------------------------------- family 1: letters

OFFICES = words(
    "住房和城乡建设局 城市管理综合执法局 教育局 民政局 人力资源和社会保障局 自然资源局 市场监督管理局 "
    "交通运输局 卫生健康局 医疗保障局 生态环境分局 农业农村局"
)


def complaint(c: Ctx, p: Person, anon: bool = False) -> tuple[str, str, str, str]:
    """Returns (title, content, office suffix, reply body). The writer is p (first person)."""
    r = c.r
    g = c.reg
    topic = r.randint(0, 8)
    pn = "来信人" if anon else p.n
    if topic == 0:
        shop = r.choice(["烧烤店", "KTV", "汽修店", "麻将馆", "夜市摊点"])
        road = r.choice(g["roads"])
        p.addr = c._prefix() + c.flat()
        title = f"关于{shop}噪音油烟扰民的问题"
        content = (
            f"我家住{p.a}，楼下{road}{r.randint(1, 200)}号的{shop}每天营业到凌晨两三点，噪音和油烟很大，"
            f"家里老人"
            f"{r.choice(['睡不着觉', H('心脏病') + '犯了好几次', '患有' + H('高血压') + '，休息不好'])}。"
            f"多次找过物业和社区都没有解决，希望有关部门管一管。"
        )
        office = "城市管理综合执法局"
        reply = (
            f"接到反映后，我局执法人员于{c.ds(c.date(after=c.base, span=6), 0)}到现场核查，该{shop}确存在夜"
            f"间经营噪音扰民问题，"
            f"已责令其于每日22时前停止室外经营，并加装油烟净化设施。我局将持续开展夜间巡查。"
        )
    elif topic == 1:
        p.addr = c._prefix() + (c.flat(whole=True) if r.random() < 0.4 else c.flat())
        title = "小区电梯长期故障无人维修"
        content = (
            f"本人是{p.a}的业主，我们单元电梯从{r.randint(1, 12)}月份起多次停运，物业一直推脱。"
            f"我本人"
            f"{r.choice(['腿脚不便', '患有' + H('腰椎间盘突出症'), '刚做完' + H('膝关节置换') + '手术'])}，"
            f"上下楼非常困难。"
        )
        office = "住房和城乡建设局"
        reply = (
            "经核实，该电梯主板老化，已督促物业服务企业更换配件，电梯于近日恢复运行。我局已将该小区列入电梯"
            "安全重点检查名单。"
        )
    elif topic == 2:
        t, v = c.town()
        p.addr = f"{c._prefix()}{t}{v}{r.randint(1, 12)}组{r.randint(1, 99)}号"
        title = "关于宅基地翻建审批的咨询"
        content = (
            f"我是{t}{v}村民，家住{p.a}，老房子是八十年代的土坯房，想原址翻建，"
            f"但邻居王某说占了他家的地。请问翻建需要办哪些手续？"
        )
        office = "自然资源局"
        reply = (
            f"农村村民原址翻建住宅，应向{t}人民政府提出申请，提交宅基地和建房（规划许可）申请表、"
            f"承诺书等材料，经村民小组、村委会公示无异议后报镇审批。涉及四邻争议的，可先申请调解。"
        )
    elif topic == 3:
        cs = r.choice("男女")
        child = c.person(sex=cs, amin=5, amax=6, name=c.kin(p.name, cs) if p.sex == "男" else None)
        p.addr = c.urban_addr()
        title = "随迁子女入学问题"
        content = (
            f"我是外地来{g['county']}务工人员，租住在{p.a}，孩子{child.n}今年{child.age}岁，"
            f"想在附近小学上一年级，但学校说学位已满，请问怎么办？"
        )
        office = "教育局"
        reply = (
            f"根据{c.year}年义务教育招生工作方案，随迁子女凭居住证、务工证明等材料在网上报名，"
            f"由教育局统筹安排学位。您孩子{child.n}的报名信息已收到，已统筹安排至就近学校。"
        )
    elif topic == 4:
        fa = c.kin(p.name, "男")
        p.addr = c.home()
        ill = r.choice(["脑梗死后遗症", "尿毒症", "阿尔茨海默病", "帕金森病", "肺癌"])
        title = "关于父亲申请低保的问题"
        content = (
            f"我父亲{M('name', fa)}今年{r.randint(66, 88)}岁，家住{p.a}，患有{H(ill)}，生活不能自理，"
            f"家里只有我一个劳动力。去年申请低保没批下来，想问问原因。"
        )
        office = "民政局"
        reply = (
            f"经{c.town()[0]}人民政府入户核查，{M('name', fa)}家庭名下登记有小型汽车一辆，"
            f"按规定暂不符合低保条件。我局已协调将其纳入临时救助，发放救助金{r.randint(10, 40) * 100}元。"
        )
    elif topic == 5:
        co = c.company()
        p.addr = c.home()
        title = "反映拖欠农民工工资问题"
        content = (
            f"我们一共{r.randint(5, 30)}人在{co}承建的{r.choice(g['roads'])}改造工程干活，"
            f"被拖欠工资{r.randint(3, 60)}.{r.randint(1, 9)}万元，项目部一直拖着不给。我的住址：{p.a}。"
        )
        office = "人力资源和社会保障局"
        reply = (
            f"经劳动保障监察大队调查，{co}已于{c.ds(c.date(after=c.base, span=6), 0)}通过农民工工资专用账户"
            f"足额支付拖欠工资，案件已办结。"
        )
    elif topic == 6:
        p.addr = c.home()
        ill = r.choice(["慢性肾衰竭", "冠心病", "2型糖尿病", "乳腺癌", "慢性阻塞性肺疾病"])
        title = "异地就医报销比例的咨询"
        content = (
            f"本人因{H(ill)}在外地住院治疗，花费{r.randint(2, 19)}万多元，回来报销时比例很低。"
            f"我户籍地在{p.a}，想问问异地就医怎么备案。"
        )
        office = "医疗保障局"
        reply = (
            "跨省异地就医可通过国家医保服务平台APP或到医保经办窗口办理备案，备案后住院费用可直接结算，报销"
            "比例按参保地政策执行。"
        )
    elif topic == 7:
        p.addr = c.home()
        road = r.choice(g["roads"])
        title = f"{road}路灯不亮"
        content = f"{road}与{r.choice(g['roads'])}交叉口往东一段路灯已经坏了半个多月，晚上出行很不安全。"
        office = "城市管理综合执法局"
        reply = "经现场核实，该路段路灯线路被施工挖断，已于近日修复，目前路灯已恢复正常照明。"
    else:
        p.addr = c.urban_addr()
        title = "楼上漏水多次协商未果"
        content = (
            f"我住{p.a}，楼上住户装修后卫生间漏水，我家天花板和墙面发霉，"
            f"找了楼上多次都不处理，社区调解也没结果。"
        )
        office = "住房和城乡建设局"
        reply = (
            f"该问题已转{c.street()[0]}人民调解委员会，组织双方进行调解，楼上住户已同意维修防水层并赔偿损失。"
        )
    reply = reply.replace("\x01name\x02" + p.name + "\x03", pn)
    return title, content, office, reply


def greet(c: Ctx, p: Person) -> str:
    r = c.r
    hon = "先生" if p.sex == "男" else "女士"
    return r.choice(
        [
            f"{p.n}您好：",
            f"尊敬的{p.n}{hon}：",
            f"{p.n}同志：",
            f"{p.n}：\n您好！",
            f"尊敬的市民{p.n}：",
        ]
    )


def fam_letters(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["web", "web", "letter", "ticket", "ticket_table", "qa"])
    p = c.person(amin=22, amax=70)
    d = c.date()
    c.base = d
    dr = c.date(after=d, span=15) + dt.timedelta(days=6)
    if sub == "web":
        anon = r.random() < 0.15
        title, content, office, reply = complaint(c, p, anon)
        unit = c.office(office)
        writer = (
            r.choice([f"{p.name[0]}女士" if p.sex == "女" else f"{p.name[0]}先生", p.name[0] + "**", "匿名"])
            if anon
            else p.n
        )
        contact = "" if anon else r.choice([f"联系方式：{p.m}", f"联系电话：{p.m}", f"手机：{p.m}"])
        if not anon and r.random() < 0.2:
            contact = r.choice(
                [f"联系方式：{p.ll}", f"固定电话：{p.ll}", f"联系电话：{p.m}（手机） {p.ll}（家）"]
            )
        if not anon and r.random() < 0.35:
            contact += f"  电子邮箱：{p.e}"
        head = r.choice(["区长信箱", "书记信箱", "领导信箱", "局长信箱", "县长信箱"])
        open_ = "" if anon else greet(c, p) + "\n"
        letter_no = f"{c.reg['abbr']}{r.choice(['LD', 'XX', 'QZ'])}{c.year}{r.randint(10000, 99999)}"
        contact_line = contact + "\n" if contact else ""
        txt = (
            f"{head} > 信件详情\n信件编号：{letter_no}\n"
            f"信件标题：{title}\n来信人：{writer}\n来信时间：{c.ds(d, 1)}\n{contact_line}"
            f"信件内容：{content}\n"
            f"处理单位：{unit}\n回复时间：{c.ds(dr, 1)}\n回复内容：\n{open_}"
            f"    您{'反映的' if r.random() < 0.5 else '通过' + head + '反映的'}“{title}”已收悉。{reply}"
            f"感谢您对我们工作的关心和支持！如有疑问，请致电{unit}{r.choice(['咨询电话', '联系电话', ''])}"
            f"{c.landline(True)}。\n"
            f"{unit}\n{c.ds(dr, 0)}"
        )
        return "letters.web_reply", txt
    if sub == "letter":
        title, content, office, reply = complaint(c, p)
        unit = c.office(office)
        handler = c.official()
        body = (
            content.replace("我家住", "您家住")
            .replace("我是", "您是")
            .replace("我父亲", "您父亲")
            .replace("我住", "您住")
        )
        txt = (
            f"关于{p.n}来信反映问题的答复意见\n\n{greet(c, p)}\n"
            f"    您于{c.ds(d, 0)}通过{r.choice(['区长信箱', '12345热线', '人民网领导留言板', '信访渠道'])}"
            f"反映的问题收悉。"
            f"来信称：{body}\n"
            f"    现答复如下：{reply}\n"
            f"    如对本答复意见不服，可自收到本意见之日起30日内向{g['county']}人民政府申请复查。\n"
            f"    承办人：{handler}    联系电话：{c.landline(True)}\n{sign_off(c, unit, dr)}"
        )
        return "letters.reply_letter", txt
    if sub == "ticket":
        title, content, office, reply = complaint(c, p)
        unit = c.office(office) if r.random() < 0.6 else c.town()[0] + "人民政府"
        for a_, b_ in (
            ("我本人", "其本人"),
            ("我们单元", "其所在单元"),
            ("我们", "他们"),
            ("我家住", "其家住"),
            ("本人", "来电人"),
            ("我", "来电人"),
        ):
            content = content.replace(a_, b_)
        no = r.choice(
            [
                f"{c.year}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(100000, 999999)}",
                c.order_no(18, luhn=False),
                "GD" + c.order_no(16),
            ]
        )
        pairs = [
            ("工单编号", no),
            ("受理渠道", r.choice(["12345热线电话", "12345网站", "微信小程序", "政务服务便民热线"])),
            ("受理时间", f"{c.ds(d, 1)} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}"),
            (r.choice(["诉求人", "来电人", "反映人"]), p.n),
            ("联系电话", p.m),
            ("诉求类型", r.choice(["投诉", "求助", "咨询", "建议"])),
            ("诉求标题", title),
        ]
        x = r.random()
        if x < 0.5:
            extra = ""
        elif x < 0.8:
            extra = f"\n身份证号：{p.i}"
        else:
            tp, num, kind, region = permit_doc(c)
            if kind == "passport":
                tp, num, kind = (
                    "往来港澳通行证",
                    "C" + "".join(r.choice("0123456789") for _ in range(8)),
                    "hk_macau_permit",
                )
            else:
                pairs.insert(4, ("身份", f"{region}居民"))
            extra = f"\n证件类型：{tp}  证件号码：{M(kind, num)}"
        if r.random() < 0.2:
            extra += f"\n电子邮箱：{p.e}"
        txt = (
            f"{g['county']}12345政务服务便民热线工单办理情况\n"
            + kv(c, pairs, r.choice([1, 2]))
            + extra
            + f"\n诉求内容：来电人{p.n}反映：{content}\n"
            f"承办单位：{unit}\n办理结果：{reply}\n"
            f"回访情况：{c.ds(dr, 1)}电话回访，"
            f"{r.choice(['诉求人表示满意', '来电人表示基本满意', '来电人对结果表示认可'])}。\n"
            f"（本工单由{g['county']}12345热线转办，热线电话：12345）"
        )
        return "letters.ticket_form", txt
    if sub == "ticket_table":
        rows = []
        n = r.randint(3, 5)
        for k in range(n):
            q = c.person(amin=22, amax=75)
            t, content, office, _ = complaint(c, q)
            roadside = r.random() < 0.2 or "路灯" in t
            place = f"{r.choice(g['roads'])}与{r.choice(g['roads'])}交叉口" if roadside else q.a
            anon = r.random() < 0.2
            who = (
                (q.name[0] + ("女士" if q.sex == "女" else "先生"))
                if anon
                else M("name", name_form(c, q.name))
            )
            tel = (q.mob[:3] + "****" + q.mob[-4:]) if anon else M("mobile", c.mobile(plain=True))
            rows.append(
                [
                    str(k + 1),
                    f"{c.year}{r.randint(1, 12):02d}{r.randint(10, 28)}{r.randint(10000, 99999)}",
                    who,
                    tel,
                    place,
                    t,
                    c.office(office),
                    r.choice(["已办结", "办理中", "已回访"]),
                ]
            )
        title = f"{g['county']}12345热线{c.year}年第{r.randint(1, 4)}季度工单办理情况汇总表"
        txt = (
            f"{title}\n"
            + table(
                c,
                ["序号", "工单编号", "诉求人", "联系电话", "事发地址", "诉求摘要", "承办单位", "状态"],
                rows,
                title=title,
            )
            + f"\n注：本季度共受理工单{r.randint(1000, 9000)}件，按时办结率{r.randint(95, 99)}."
            f"{r.randint(0, 9)}%，"
            f"满意率{r.randint(90, 99)}.{r.randint(0, 9)}%。"
        )
        return "letters.ticket_table", txt
    # qa
    title, content, office, reply = complaint(c, p)
    unit = c.office(office)
    txt = (
        f"网民留言办理选登（第{r.randint(1, 60)}期）\n"
        f"问：{content}（留言人：{p.n}，{r.choice(['电话', '手机'])}{p.m}）\n"
        f"答：{unit}回复：{p.n}，您好！{reply}\n"
        f"（{c.ds(dr, 0)}）"
    )
    return "letters.qa", txt


# ----------------------------------------------------------------------------- family 2: mediation

DISPUTES = [
    ("邻里纠纷", "因{a}家排水沟改道，雨水流入{b}家院内，双方发生争执", "补偿款"),
    ("损害赔偿纠纷", "{a}驾驶电动三轮车与{b}发生碰撞，致{b}{inj}", "医疗费、误工费等赔偿款"),
    ("劳务费纠纷", "{b}在{a}处从事装修劳务，{a}尚欠劳务费{amt}元未付", "劳务费"),
    ("宅基地纠纷", "双方宅基地相邻，{a}新建围墙越过原界址约0.{n}米", "补偿款"),
    ("婚姻家庭纠纷", "{a}与{b}系夫妻，因家庭琐事长期分居，就子女抚养及财产分割发生争议", "子女抚养费"),
    ("土地承包经营权纠纷", "{b}将承包地转包给{a}耕种，双方就转包费{amt}元产生争议", "转包费"),
]
INJURIES = words(
    "右手食指近节指骨骨折 左小腿胫腓骨骨折 腰1椎体压缩性骨折 右眼角膜挫伤 头皮裂伤 左锁骨骨折 "
    "右踝关节扭伤 左手拇指离断伤 多发肋骨骨折 右桡骨远端骨折 左膝半月板损伤 脑震荡 右足第2、3跖骨骨折 "
    "左前臂皮肤撕脱伤"
)


def party_block(c: Ctx, label: str, p: Person, rich: bool) -> str:
    r = c.r
    if rich and r.random() < 0.5:
        parts = [
            f"{label}：{p.n}",
            f"性别：{p.sex}",
            f"民族：{p.nation}{'族' if r.random() < 0.5 else ''}",
            f"出生日期：{p.bd(r.choice([0, 1]))}",
            f"身份证号{'码' if r.random() < 0.5 else ''}：{p.i}",
            f"住址：{p.a}",
            f"联系电话：{p.m}",
        ]
        if r.random() < 0.25:
            parts.append(f"{r.choice(['家庭电话', '固定电话', '座机'])}：{p.ll}")
        if r.random() < 0.15:
            parts.append(f"电子邮箱：{p.e}")
        pairs: list[tuple[str, str]] = []
        for x in parts:
            k, v = x.split("：", 1)
            pairs.append((k, v))
        return kv(c, pairs, r.choice([1, 2, 3]))
    return f"{label}：{p.n}，{p.sex}，{p.nation}族，{p.bd(0)}出生，身份证号：{p.i}，住{p.a}，电话：{p.m}。"


def fam_mediation(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["people", "people", "admin", "cells", "cells", "confirm"])
    kind, fact, payw = r.choice(DISPUTES)
    sa = r.choice("男女")
    sb = ("女" if sa == "男" else "男") if "婚姻" in kind else r.choice("男女")
    a, b = c.person(sex=sa, amin=25, amax=72), c.person(sex=sb, amin=25, amax=72)
    t, v = c.town()
    d = c.date()
    if kind in ("邻里纠纷", "宅基地纠纷", "土地承包经营权纠纷"):
        grp = r.randint(1, 12)
        a.addr = f"{c._prefix()}{t}{v}{grp}组{r.randint(1, 60)}号"
        b.addr = f"{c._prefix()}{t}{v}{grp}组{r.randint(61, 120)}号"
    amt = r.randint(20, 900) * 100
    inj = r.choice(INJURIES)
    fact_t = fact.format(a=a.n, b=b.n, inj=H(inj), amt=amt, n=r.randint(2, 8))
    mediator, recorder = c.official(), c.official()
    org = f"{t}{v}人民调解委员会" if r.random() < 0.5 else f"{t}人民调解委员会"
    pay_card = M("bank_card", c.card())
    bank = r.choice(
        [
            "中国农业银行",
            "中国工商银行",
            "中国建设银行",
            "中国邮政储蓄银行",
            "黄河农村商业银行",
            "农村信用合作社",
        ]
    )
    terms = [
        f"{a.n}于{c.ds(c.date(after=d, span=40), 0)}前一次性支付{b.n}{payw}共计{amt}元",
        f"款项通过银行转账支付至{b.n}名下{bank}账户（账号：{pay_card}）",
        r.choice(["本协议履行完毕后，双方就此纠纷再无其他争议", "本协议一式三份，双方及调委会各执一份"]),
    ]
    if "宅基地" in kind:
        terms.insert(1, f"{a.n}自行拆除越界围墙，以{b.n}位于{b.a}的房屋东墙外延1米为界")
    term_txt = "\n".join(
        f"{i + 1}．{x}；" if i < len(terms) - 1 else f"{i + 1}．{x}。" for i, x in enumerate(terms)
    )
    if sub == "people":
        no = f"{g['abbr']}{t[:1]}调〔{c.year}〕第{r.randint(1, 200):03d}号"
        txt = (
            f"人民调解协议书\n编号：{no}\n\n"
            f"{party_block(c, '当事人（甲方）', a, True)}\n"
            f"{party_block(c, '当事人（乙方）', b, True)}\n"
            f"纠纷主要事实、争议事项：{fact_t}。双方于{c.ds(d, 0)}申请{org}调解。\n"
            f"经调解，双方自愿达成如下协议：\n{term_txt}\n"
            f"当事人（签名）：{a.n}　{b.n}\n调解员（签名）：{mediator}\n记录人（签名）：{recorder}\n"
            f"{org}（印）\n{c.ds(c.date(after=d, span=20), 0)}"
        )
        return "mediation.people_agreement", txt
    if sub == "admin":
        units = [f"{t}人民政府", f"{g['county']}司法局{t}司法所"]
        if "损害赔偿" in kind:
            units.append(f"{g['county']}公安局交通警察大队")
        unit = r.choice(units)
        co = r.random() < 0.4
        if co:
            comp = c.company()
            legal = c.official()
            b_block = (
                f"乙方：{comp}\n统一社会信用代码：{c.credit()}\n住所：{c.company_addr()}\n"
                f"法定代表人：{legal}，职务：{r.choice(['总经理', '执行董事', '经理'])}"
            )
            fact_t = f"{a.n}在{comp}工作期间受伤，经诊断为{H(inj)}，双方就赔偿事宜协商不成"
            terms_t = (
                f"1．{comp}一次性支付{a.n}医疗费、误工费、护理费等各项费用共计{amt}元；\n"
                f"2．上述款项于本协议签订之日起十日内转入{a.n}的银行卡（{bank}，卡号{pay_card}）；\n"
                f"3．双方就此事再无争议。"
            )
        else:
            b_block = party_block(c, "乙方", b, r.random() < 0.5)
            terms_t = term_txt
        agent = ""
        if r.random() < 0.4:
            rw = r.choice(["之子", "之女", "配偶", "之兄", "之妹"])
            rs = (
                "男"
                if rw in ("之子", "之兄")
                else "女"
                if rw in ("之女", "之妹")
                else ("女" if a.sex == "男" else "男")
            )
            rel = c.person(sex=rs, amin=25, amax=60, name=c.kin(a.name, rs) if rw != "配偶" else None)
            agent = f"委托代理人：{rel.n}，系甲方{rw}，电话：{rel.m}\n"
        txt = (
            f"行政调解协议书\n{wenhao(c, '调协字')}\n\n"
            f"{party_block(c, '甲方', a, r.random() < 0.5)}\n{agent}{b_block}\n\n"
            f"    {fact_t}。经{unit}主持调解，双方在自愿、平等的基础上达成如下协议：\n{terms_t}\n"
            f"    本协议自双方签字之日起生效。\n"
            f"甲方：{a.n}        乙方：{'（盖章）' if co else b.n}\n"
            f"调解人员：{mediator}（执法证号：{g['code'][:2]}{r.randint(10000000, 99999999)}）\n"
            f"{sign_off(c, unit, c.date(after=d, span=20))}"
        )
        return "mediation.admin_agreement", txt
    if sub == "cells":
        # Word table read one cell a line
        lines = ["人民调解申请书（表）", "申请人"]
        for lab, val in [
            ("姓名", M("name", name_form(c, a.name))),
            ("性别", a.sex),
            ("民族", a.nation),
            ("出生年月", a.bd(3)),
            ("身份证号码", a.i),
            ("住所", a.a),
            ("联系电话", a.m),
        ]:
            lines += [lab, val]
        lines.append("被申请人")
        for lab, val in [
            ("姓名", M("name", name_form(c, b.name))),
            ("性别", b.sex),
            ("年龄", f"{b.age}岁"),
            ("住所", b.a),
            ("联系电话", b.m),
        ]:
            lines += [lab, val]
        lines += [
            "纠纷简要情况",
            f"{fact_t}，经村组干部多次协调未果。",
            "申请事项",
            f"请求调解委员会依法调解，由被申请人赔偿损失{amt}元。",
            "受理人",
            mediator,
            "受理日期",
            c.ds(d, 0),
        ]
        return "mediation.cells", "\n".join(lines)
    # confirm: 司法确认 ruling excerpt
    court = f"{g['county']}人民法院"
    judge, clerk = c.official(), c.official()
    no = f"（{c.year}）{g['pabbr']}{g['code'][2:]}民特{r.randint(1, 400)}号"
    txt = (
        f"{court}\n民事裁定书\n{no}\n"
        f"申请人：{a.n}，{a.sex}，{a.bd(0)}出生，{a.nation}族，住{a.a}。\n"
        f"申请人：{b.n}，{b.sex}，{b.bd(0)}出生，{b.nation}族，住{b.a}。\n"
        f"    本院于{c.ds(c.date(after=d, span=20), 0)}立案受理申请人{a.n}、{b.n}关于司法确认调解协议的申请，"
        f"并依法进行了审查。现已审查终结。\n"
        f"    申请人{a.n}与{b.n}因{kind}，于{c.ds(d, 0)}经{org}主持调解，达成了如下调解协议：{a.n}支付{b.n}"
        f"{amt}元。\n"
        f"    本院经审查认为，该调解协议符合司法确认的法定条件。裁定如下：\n    申请人{a.n}与{b.n}于"
        f"{c.ds(d, 0)}经{org}主持调解达成的调解协议有效。\n"
        f"审判员　{judge}\n{cn_date(c.date(after=d, span=40))}\n书记员　{clerk}"
    )
    return "mediation.judicial_confirmation", txt


# ----------------------------------------------------------------------------- family 3: 工伤

WORK_EVENTS = words(
    "在车间操作冲床时，右手被模具压伤 在工地搬运钢管时不慎从脚手架上摔下 "
    "驾驶电动车下班途中，在{road}与一辆小型轿车发生碰撞（对方负事故全部责任） "
    "在仓库卸货时被倒塌的货物砸伤 在清理搅拌机时左手被卷入 "
    "上班途中在{road}骑行时被一辆货车剐蹭倒地（本人负次要责任） 在厨房切菜时被切片机割伤"
)
HOSPITALS = ["人民医院", "中医医院", "第一人民医院", "骨科医院", "中心医院"]


def fam_injury(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["decision", "decision", "refusal", "notice", "list", "appraisal"])
    unit = f"{g['county']}人力资源和社会保障局" if r.random() < 0.7 else f"{g['city']}人力资源和社会保障局"
    co = c.company()
    d = c.date()
    if sub in ("decision", "refusal", "notice"):
        w = c.person(amin=20, amax=59)
        inj, inj2 = r.sample(INJURIES, 2)
        hosp = SHORT[g["code"]][0] + r.choice(HOSPITALS)
        ev = r.choice(WORK_EVENTS).format(road=r.choice(g["roads"]))
        acc = c.date(after=d - dt.timedelta(days=200), span=100)
        no = wenhao(c, "人社工伤认字")
        applicant = w
        app_line = ""
        if r.random() < 0.35:
            rel = r.choice(["妻子", "丈夫", "儿子", "女儿", "父亲", "母亲"])
            asex = "女" if rel in ("妻子", "女儿", "母亲") else "男"
            lo, hi = (
                (w.age + 20, w.age + 35)
                if rel in ("父亲", "母亲")
                else (18, 40)
                if "儿" in rel[:1]
                else (20, 60)
            )
            applicant = c.person(
                sex=asex,
                amin=lo,
                amax=hi,
                name=c.kin(w.name, asex) if rel in ("儿子", "女儿", "父亲") else None,
            )
            app_line = (
                f"申请人：{applicant.n}（系受伤职工{rel}），身份证号：{applicant.i}，联系电话："
                f"{applicant.m}\n"
            )
        header = kv(
            c,
            [
                ("受伤害职工", w.n),
                ("性别", w.sex),
                ("出生日期", w.bd(1)),
                ("身份证号码", w.i),
                ("用人单位", co),
                ("统一社会信用代码", c.credit()),
                ("职业（工种）", r.choice(["操作工", "钢筋工", "装卸工", "厨师", "保洁员", "电焊工"])),
                ("联系电话", w.m),
            ],
            r.choice([1, 2]),
        )
        if r.random() < 0.3:
            header += f"\n家庭住址：{w.a}"
        story = (
            f"    {c.ds(acc, 0)}{r.randint(7, 18)}时许，{w.n}{ev}，当即被送往{hosp}救治，"
            f"经诊断为：{H(inj)}" + (f"、{H(inj2)}" if r.random() < 0.3 else "") + "。"
        )
        if sub == "decision":
            concl = (
                f"    本局认为：{w.n}受到的事故伤害，符合《工伤保险条例》第十四条第"
                f"{r.choice(['（一）', '（六）'])}项之规定，属于工伤认定范围，现予以认定为工伤。"
            )
            title = "认定工伤决定书"
        elif sub == "refusal":
            concl = (
                f"    本局认为：{w.n}受到的伤害，不符合《工伤保险条例》第十四条、第十五条认定工伤或者视同工"
                f"伤的情形，"
                f"现决定不予认定或者视同工伤。"
            )
            title = "不予认定工伤决定书"
        else:
            title = "工伤认定公告送达书"
        if sub == "notice":
            txt = (
                f"{title}\n{co}：\n    本局于{c.ds(d, 0)}受理了{r.choice(['你单位职工', '职工'])}{w.n}（身"
                f"份证号：{w.i}）"
                f"的工伤认定申请。{w.n}于{c.ds(acc, 0)}{ev}，经{hosp}诊断为{H(inj)}。"
                f"因通过邮寄等方式无法向你单位送达《工伤认定举证通知书》（{wenhao(c, '人社工伤举字')}），"
                f"现依法公告送达。自公告之日起经过60日即视为送达。\n"
                f"    你单位应在送达之日起15日内向本局提交相关证据材料，逾期不提交的，本局将依据职工提供的"
                f"证据依法作出认定。\n"
                f"    联系人：{c.official()}　　咨询电话：{c.landline(True)}\n"
                f"    地址：{g['county']}{r.choice(g['roads'])}{r.randint(1, 200)}号政务服务中心"
                f"{r.randint(2, 4)}楼工伤保险窗口\n"
                f"{sign_off(c, unit, c.date(after=d, span=10))}"
            )
            return "injury.public_notice", txt
        txt = (
            f"{title}\n{no}\n\n{app_line}{header}\n\n"
            f"    {applicant.n}于{c.ds(d, 0)}提出工伤认定申请，本局于当日受理，并依法进行了调查核实，查明："
            f"\n{story}\n"
            f"{concl}\n"
            f"    如不服本决定，可在收到之日起60日内申请行政复议，或在6个月内提起行政诉讼。"
            f"\n{sign_off(c, unit, c.date(after=d, span=50))}"
        )
        return f"injury.{sub}", txt
    if sub == "list":
        rows = []
        for k in range(r.randint(3, 5)):
            w = c.person(amin=20, amax=59)
            rows.append(
                [
                    str(k + 1),
                    M("name", name_form(c, w.name)),
                    w.sex,
                    c.company() if r.random() < 0.8 else co,
                    c.ds(c.before(d), 1),
                    H(r.choice(INJURIES)),
                    r.choice(["认定为工伤", "认定为工伤", "视同工伤", "不予认定"]),
                ]
            )
        batch = f"{c.year}年第{r.randint(1, 12)}批"
        title = f"{g['county']}{batch}工伤认定结论公示"
        txt = (
            f"{title}\n    根据《工伤保险条例》，现将{batch}工伤认定结论公示如下：\n"
            + table(
                c,
                ["序号", "姓名", "性别", "用人单位", "受伤时间", "受伤部位及伤情", "认定结论"],
                rows,
                title=title,
            )
            + f"\n    公示期{r.choice(['5', '7'])}个工作日。监督电话：{c.landline(True)}"
            f"\n{sign_off(c, unit, d)}"
        )
        return "injury.conclusion_list", txt
    # appraisal list
    rows = []
    for k in range(r.randint(3, 5)):
        w = c.person(amin=20, amax=59)
        grade = r.choice(["七级", "八级", "九级", "十级", "六级", "未达级"])
        rows.append(
            [
                str(k + 1),
                M("name", name_form(c, w.name)),
                w.i if r.random() < 0.4 else c.masked_id(),
                c.company(),
                H(grade) if grade != "未达级" else grade,
                r.choice(["无", "部分护理依赖", "无"]) if grade != "未达级" else "无",
            ]
        )
    title = f"{g['city']}劳动能力鉴定委员会{c.year}年第{r.randint(1, 20)}期鉴定结论"
    txt = (
        f"{title}\n（{g['county']}部分）\n"
        + table(c, ["序号", "姓名", "身份证号", "用人单位", "伤残等级", "护理依赖"], rows, title=title)
        + f"\n鉴定结论书已送达，对结论不服的，可在收到之日起15日内向{g['prov']}劳动能力鉴定委员会申请再次鉴"
        f"定。"
    )
    return "injury.appraisal_list", txt


# ----------------------------------------------------------------------------- family 4: court


def lawyer_line(c: Ctx, who: str) -> str:
    r = c.r
    firm = (
        SHORT[c.reg["code"]][0]
        + r.choice(["正义", "明德", "天平", "君安", "信达", "华夏", "弘法"])
        + "律师事务所"
    )
    if r.random() < 0.8:
        return f"委托诉讼代理人：{c.official()}，{firm}律师。"
    return (
        f"委托诉讼代理人：{c.official()}，{c.reg['county']}{r.choice(['城关', '中心', '惠民'])}法律服务所法"
        f"律工作者。"
    )


def litigant(c: Ctx, role: str, p: Person) -> str:
    r = c.r
    s = f"{role}：{p.n}，{p.sex}，{p.bd(0)}出生，{p.nation}族，"
    if r.random() < 0.6 and p.age >= 18:
        s += f"{r.choice(['农民', '个体工商户', '无业', '务工人员', '退休职工'])}，"
    s += f"住{p.a}"
    if r.random() < 0.5:
        s += f"，公民身份号码{p.i}"
    x = r.random()
    if x < 0.2:
        s += f"，联系电话{p.m}"
    elif x < 0.28:
        s += f"，联系电话{p.ll}"
    if r.random() < 0.12:
        s += f"，电子送达地址{p.e}"
    return s + "。"


def fam_court(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["traffic", "divorce", "loan", "neighbour", "labour", "service", "service"])
    court = f"{g['county']}人民法院" if r.random() < 0.8 else f"{g['prov']}{g['county']}人民法院"
    no = f"（{c.year}）{g['pabbr']}{g['code'][2:]}民初{r.randint(100, 9999)}号"
    judge, j2, clerk = c.official(), c.official(), c.official()
    d = c.date()
    sign = (
        f"\n审　判　长　{judge}\n审　判　员　{j2}\n{cn_date(c.date(after=d, span=60))}\n书　记　员　{clerk}"
        if r.random() < 0.5
        else f"\n审判员　{judge}\n\n{cn_date(c.date(after=d, span=60))}\n\n法官助理　{j2}\n书记员　{clerk}"
    )
    head = f"{court}\n{r.choice(['民 事 判 决 书', '民事判决书'])}\n{no}\n"
    if sub == "traffic":
        minor = r.random() < 0.4
        pl, df = c.person(amin=7 if minor else 20, amax=16 if minor else 70), c.person(amin=20, amax=60)
        guardian = ""
        if minor:
            gsex = r.choice("男女")
            gp = c.person(
                sex=gsex,
                amin=pl.age + 22,
                amax=pl.age + 35,
                name=c.kin(pl.name, gsex) if gsex == "男" else None,
            )
            guardian = (
                f"法定代理人：{gp.n}，{gp.sex}，系原告之{'父' if gsex == '男' else '母'}，"
                + r.choice(["住同上", f"住{gp.a}", f"公民身份号码{gp.i}，联系电话{gp.m}"])
                + "。\n"
            )
        vehicle = "电动自行车" if not minor else r.choice(["自行车", "电动自行车"])
        insurer = r.choice(["中国人民财产保险", "中国平安财产保险", "中国太平洋财产保险"])
        ins = f"{insurer}股份有限公司{g['city']}中心支公司"
        plate = M("license_plate", c.plate())
        inj = r.choice(INJURIES)
        loc = f"{r.choice(g['roads'])}与{r.choice(g['roads'])}交叉路口"
        amt = r.randint(20000, 260000)
        award = amt - r.randint(1000, 9000)
        grade = r.choice(["十级伤残", "九级伤残", ""])
        txt = (
            head
            + litigant(c, "原告", pl)
            + "\n"
            + guardian
            + lawyer_line(c, "原告")
            + "\n"
            + litigant(c, "被告", df)
            + f"\n被告：{ins}，住所地{c.company_addr()}。\n负责人：{c.official()}，该公司经理。\n"
            + f"    原告{pl.n}与被告{df.n}、{ins}机动车交通事故责任纠纷一案，本院于{c.ds(d, 0)}立案后，依法"
            f"适用简易程序，公开开庭进行了审理。\n"
            f"    原告{pl.n}向本院提出诉讼请求：判令被告赔偿医疗费、误工费、护理费等共计{amt}元。事实和理由"
            f"：{c.ds(c.date(c.year - 1), 0)}，"
            f"被告{df.n}驾驶{plate}号小型{r.choice(['普通客车', '轿车', '越野车'])}行驶至{loc}时，与原告骑"
            f"行的{vehicle}相撞，"
            f"致原告受伤。原告伤后被送往{SHORT[g['code']][0]}{r.choice(HOSPITALS)}"
            f"住院治疗{r.randint(8, 45)}天，"
            f"诊断为{H(inj)}。"
            + (f"经鉴定，原告构成{H(grade)}。" if grade else f"经鉴定，原告误工期{r.randint(60, 180)}日。")
            + f"交警部门认定被告{df.n}负事故全部责任。\n"
            f"    判决如下：\n    一、被告{ins}于本判决生效之日起十日内赔偿原告{pl.n}{award}元；\n"
            f"    二、案件受理费{r.randint(300, 3000)}元，减半收取，由被告{df.n}负担。" + sign
        )
        return "court.traffic", txt
    if sub == "divorce":
        w, h = c.person(sex="女", amin=30, amax=50), c.person(sex="男", amin=31, amax=52)
        ks = r.choice("男女")
        kid = c.person(sex=ks, amin=3, amax=min(15, w.age - 22), name=c.kin(h.name, ks))
        kid2 = c.kin(h.name)
        rel = r.choice(["母亲", "父亲", "姐姐", "哥哥"])
        agent = c.person(sex="女" if rel in ("母亲", "姐姐") else "男", amin=45, amax=75)
        if rel in ("母亲", "父亲"):
            agent = c.person(sex=agent.sex, amin=w.age + 20, amax=w.age + 32, name=agent.name)
        ill = r.choice(["抑郁症", "乙型病毒性肝炎", "癫痫", "精神分裂症"])
        txt = (
            head
            + litigant(c, "原告", w)
            + f"\n委托诉讼代理人：{agent.n}，{agent.sex}，系原告{rel}，住{agent.a}。\n"
            + litigant(c, "被告", h)
            + f"\n    原告{w.n}与被告{h.n}离婚纠纷一案，本院受理后，依法适用简易程序，因涉及个人隐私，不公"
            f"开开庭进行了审理。\n"
            f"    原告{w.n}诉称：原、被告于{kid.birth.year - r.randint(1, 3)}年经人介绍相识并登记结婚，婚后"
            f"生育"
            f"{'长子' if kid.sex == '男' else '长女'}{kid.n}（{kid.bd(0)}出生）和{M('name', kid2)}。"
            f"被告婚后{r.choice(['沉迷赌博', '长期酗酒', '对家庭不闻不问'])}，且隐瞒其患有{H(ill)}的事实，"
            f"夫妻感情确已破裂。\n"
            f"    被告{h.n}辩称：同意离婚，但要求{kid.n}由被告抚养。\n"
            f"    本院认为，…判决如下：\n    一、准予原告{w.n}与被告{h.n}离婚；\n"
            f"    二、婚生子女{kid.n}、{M('name', kid2)}由原告{w.n}抚养，被告{h.n}每月支付抚养费各"
            f"{r.randint(5, 15) * 100}元，至子女年满十八周岁止；\n"
            f"    三、位于{M('address', c.urban_addr())}的房屋归原告所有。" + sign
        )
        return "court.divorce", txt
    if sub == "loan":
        pl, df = c.person(amin=25, amax=70), c.person(amin=25, amax=65)
        amt = r.randint(2, 50) * 10000
        card1, card2 = M("bank_card", c.card()), M("bank_card", c.card())
        third = c.person(amin=25, amax=65)
        txt = (
            head
            + litigant(c, "原告", pl)
            + "\n"
            + lawyer_line(c, "原告")
            + "\n"
            + litigant(c, "被告", df)
            + "\n"
            + litigant(c, "第三人", third)
            + f"\n    原告{pl.n}诉被告{df.n}民间借贷纠纷一案，本院依法追加{third.n}为第三人，公开开庭进行了"
            f"审理。\n"
            f"    经审理查明：{c.ds(c.date(c.year - 1), 0)}，原告{pl.n}通过其"
            f"{r.choice(['农业银行', '建设银行', '工商银行'])}账户"
            f"（{card1}）向被告{df.n}的账户（{card2}）转账{amt}元（交易流水号"
            f"{c.order_no(r.choice([16, 18, 19]))}），被告出具借条一张，约定月利率1%，"
            f"借款期限六个月。第三人{third.n}在借条担保人处签字。借款到期后，被告仅归还利息"
            f"{r.randint(2, 9) * 1000}元。\n"
            f"    判决如下：\n    一、被告{df.n}于本判决生效之日起十日内偿还原告{pl.n}借款本金{amt}元及利息"
            f"；\n"
            f"    二、第三人{third.n}对上述债务承担连带清偿责任。\n" + sign
        )
        return "court.loan", txt
    if sub == "neighbour":
        pl, df = c.person(amin=30, amax=75), c.person(amin=30, amax=75)
        t, v = c.town()
        grp = r.randint(1, 9)
        pl.addr = f"{g['county']}{t}{v}{grp}组{r.randint(1, 90)}号"
        df.addr = f"{g['county']}{t}{v}{grp}组{r.randint(91, 180)}号"
        nb = c.name()
        txt = (
            head
            + litigant(c, "原告", pl)
            + "\n"
            + litigant(c, "被告", df)
            + "\n"
            + f"    原告{pl.n}与被告{df.n}相邻关系纠纷一案，本院于{c.ds(d, 0)}立案后，依法适用简易程序公开"
            f"开庭进行了审理。\n"
            f"    经审理查明：原、被告系同组村民，原告房屋位于{pl.a}，东至{df.n}，西至{M('name', nb)}，南至"
            f"村道，北至水渠。"
            f"{c.year - 1}年被告在两家之间修建彩钢棚，排水直接流入原告院内，致原告房屋墙体开裂。"
            f"经{t}人民调解委员会调解未果。\n    判决如下：\n"
            f"    被告{df.n}于本判决生效之日起十五日内拆除其在{df.a}院内西侧搭建的彩钢棚排水檐。" + sign
        )
        return "court.neighbour", txt
    if sub == "service":
        df, pl = c.person(amin=22, amax=70), c.person(amin=22, amax=70)
        cause = r.choice(
            ["离婚纠纷", "民间借贷纠纷", "买卖合同纠纷", "生命权、身体权、健康权纠纷", "排除妨害纠纷"]
        )
        last = "" if r.random() < 0.5 else f"（原住{df.a}）"
        inj = f"，致原告{H(r.choice(INJURIES))}" if "健康" in cause else ""
        txt = (
            f"{court}\n公告\n{no}\n{df.n}{last}：\n"
            f"    本院受理原告{pl.n}诉你{cause}一案{inj}，因你下落不明，依照《中华人民共和国民事诉讼法》"
            f"第九十五条之规定，向你公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。"
            f"自公告之日起经过三十日，即视为送达。答辩和举证期限分别为公告期满后的十五日和三十日内。"
            f"本案定于举证期满后第三日上午9时在本院第{r.randint(1, 8)}法庭开庭审理，逾期将依法缺席判决。\n"
            f"    联系人：{c.official()}（书记员）  联系电话：{c.landline(True)}"
            f"\n{court}\n{cn_date(d)}"
        )
        return "court.service_notice", txt
    # labour
    pl = c.person(amin=20, amax=58)
    co = c.company()
    legal = c.official()
    inj = r.choice(INJURIES)
    txt = (
        head
        + litigant(c, "原告", pl)
        + "\n"
        + lawyer_line(c, "原告")
        + f"\n被告：{co}，统一社会信用代码{c.credit()}，住所地{c.company_addr()}。\n法定代表人：{legal}，总"
        f"经理。\n"
        + f"    原告{pl.n}与被告{co}劳动争议一案，本院于{c.ds(d, 0)}立案后，依法公开开庭进行了审理。\n"
        f"    原告{pl.n}向本院提出诉讼请求：判令被告支付一次性伤残就业补助金、停工留薪期工资等共计"
        f"{r.randint(30000, 160000)}元。"
        f"事实和理由：原告于{c.year - 2}年入职被告处从事{r.choice(['焊工', '叉车司机', '操作工'])}工作，"
        f"{c.year - 1}年在工作中受伤，诊断为{H(inj)}，经{g['county']}人力资源和社会保障局认定为工伤"
        f"（{wenhao(c, '人社工伤认字')}），经鉴定为{H(r.choice(['九级伤残', '十级伤残', '八级伤残']))}。\n"
        f"    本院认为，…判决如下：被告{co}于本判决生效之日起十日内支付原告{pl.n}各项工伤保险待遇共计"
        f"{r.randint(30000, 160000)}元。" + sign
    )
    return "court.labour", txt


# ----------------------------------------------------------------------------- family 5: qualification lists


def fam_qualification(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["teacher", "teacher", "putonghua", "title", "loss"])
    d = c.date()
    unit = f"{g['county']}教育局" if sub != "title" else f"{g['county']}人力资源和社会保障局"
    if sub == "teacher":
        full = r.random() < 0.5
        rows = []
        for k in range(r.randint(3, 5)):
            p = c.person(amin=21, amax=35)
            stage = r.choice(["小学", "初级中学", "高级中学", "幼儿园", "中等职业学校"])
            subj = r.choice(
                ["语文", "数学", "英语", "物理", "音乐", "体育与健康", "美术", "道德与法治", "学前教育"]
            )
            cert = f"{c.year}{g['code']}{r.randint(1, 3)}{r.randint(100000, 999999)}"
            rows.append(
                [str(k + 1), name_form(c, p.name), p.sex, p.i if full else c.masked_id(), stage, subj, cert]
            )
        title = f"{g['county']}{c.year}年{r.choice(['春季', '秋季'])}中小学教师资格认定通过人员名单公示"
        txt = (
            web_head(c, title, unit, d)
            + f"    根据《教师资格条例》及{g['prov']}{c.year}年教师资格认定工作安排，经审核、体检，"
            f"以下{len(rows)}名申请人符合教师资格认定条件，现予公示。\n"
            + table(
                c, ["序号", "姓名", "性别", "身份证号", "认定学段", "任教学科", "证书编号"], rows, title=title
            )
            + f"\n    另有{r.randint(1, 5)}人因体检不合格未予认定，已书面告知本人。\n"
            f"    公示时间：{c.ds(d, 0)}至{c.ds(d + dt.timedelta(days=6), 0)}。如有异议，请联系{unit}人事股，"
            f"联系电话：{c.landline(True)}，邮箱：{g['abbr'].lower() if False else 'jyj'}{r.randint(1, 99)}"
            f"@{r.choice(['wz', 'lsz', 'xz'])}.gov.cn" + sign_off(c, unit, d)
        )
        return "qualification.teacher", txt
    if sub == "putonghua":
        rows = []
        for k in range(r.randint(3, 5)):
            p = c.person(amin=18, amax=40)
            score = round(r.uniform(80, 97.5), 1)
            lvl = "一级乙等" if score >= 92 else "二级甲等" if score >= 87 else "二级乙等"
            rows.append(
                [
                    str(k + 1),
                    name_form(c, p.name),
                    f"{c.year}{r.randint(1000, 9999)}{r.randint(10000, 99999)}",
                    f"{score}",
                    lvl,
                    f"{g['code'][:2]}{c.year % 100:02d}{r.randint(1000000, 9999999)}",
                ]
            )
        term = f"{c.year}年第{r.randint(1, 6)}期普通话"
        title = f"{term}水平测试等级证书领取通知"
        txt = (
            f"{title}\n    {term}水平测试成绩已经{g['prov']}语言文字工作委员会审核，"
            f"证书已到。请以下人员持本人身份证到{g['county']}教育局语委办（{g['county']}"
            f"{r.choice(g['roads'])}{r.randint(1, 200)}号"
            f"{r.randint(2, 6)}楼）领取证书。\n"
            + table(c, ["序号", "姓名", "准考证号", "成绩", "等级", "证书编号"], rows, title=title)
            + f"\n    咨询电话：{c.landline(True)}。"
            f"\n{sign_off(c, g['county'] + '语言文字工作委员会办公室', d)}"
        )
        return "qualification.putonghua", txt
    if sub == "title":
        rows = []
        for k in range(r.randint(3, 5)):
            p = c.person(amin=28, amax=55)
            rows.append(
                [
                    str(k + 1),
                    name_form(c, p.name),
                    p.sex,
                    g["county"]
                    + r.choice(
                        ["第一中学", "人民医院", "实验小学", "农业技术推广中心", "疾控中心", "中医医院"]
                    ),
                    r.choice(
                        ["中小学高级教师", "主治医师", "副主任医师", "高级农艺师", "工程师", "主管护师"]
                    ),
                    r.choice(["评审通过", "考核认定", "评审通过"]),
                ]
            )
        title = (
            f"{g['city']}{c.year}年度{r.choice(['中级', '高级', '中、高级'])}专业技术职务任职资格评审结果公示"
        )
        txt = (
            f"{title}\n    经{g['city']}职称评审委员会评审，以下同志具备相应专业技术职务任职资格，现予公示"
            f"：\n"
            + table(c, ["序号", "姓名", "性别", "工作单位", "评审资格", "方式"], rows, title=title)
            + f"\n    公示期间，对公示对象如有异议，请向{g['city']}人力资源和社会保障局专业技术人员管理科反"
            f"映。"
            f"\n    联系人：{c.official()}    电话：{c.landline(True)}\n    来访地址：{g['city']}"
            f"{r.choice(g['roads'])}{r.randint(1, 300)}号"
            + sign_off(c, g["city"] + "人力资源和社会保障局", d)
        )
        return "qualification.title_review", txt
    p = c.person(amin=22, amax=45)
    cert = f"{c.year - r.randint(1, 10)}{g['code']}{r.randint(1, 3)}{r.randint(100000, 999999)}"
    txt = r.choice(
        [
            f"遗失声明\n    {p.n}（身份证号：{p.i}）的{r.choice(['高级中学', '小学', '初级中学'])}教师资格"
            f"证书"
            f"（证书编号：{cert}）不慎遗失，声明作废。\n{c.ds(d, 0)}",
            f"证书作废公告\n    经本人申请，{p.n}，{p.sex}，身份证号码{p.i}，其教师资格证书（编号{cert}）已"
            f"遗失，"
            f"现予作废。补发证书请于工作日到{unit}政务服务窗口领取。{sign_off(c, unit, d)}",
        ]
    )
    return "qualification.loss_notice", txt


# ----------------------------------------------------------------------------- family 6: residence

FOREIGN = [
    (
        "韩国",
        ["金敏俊", "朴志勋", "李秀贤", "崔恩熙"],
        lambda r: "M" + "".join(r.choice("0123456789") for _ in range(8)),
    ),
    (
        "越南",
        ["阮氏兰", "陈文雄", "黎氏香", "范文德"],
        lambda r: "C" + "".join(r.choice("0123456789") for _ in range(7)),
    ),
    (
        "美国",
        ["约翰·史密斯", "JOHN MILLER", "大卫·布朗"],
        lambda r: "5" + "".join(r.choice("0123456789") for _ in range(8)),
    ),
    (
        "俄罗斯",
        ["伊万·彼得罗夫", "安娜·伊万诺娃", "SERGEI VOLKOV"],
        lambda r: "7" + "".join(r.choice("0123456789") for _ in range(8)),
    ),
    (
        "蒙古国",
        ["巴雅尔·其木格", "BATBAYAR GANBOLD"],
        lambda r: "E" + "".join(r.choice("0123456789") for _ in range(7)),
    ),
    (
        "巴基斯坦",
        ["阿里·汗", "MUHAMMAD ASIF"],
        lambda r: "A" + r.choice("BCDEF") + "".join(r.choice("0123456789") for _ in range(7)),
    ),
]


def permit_doc(c: Ctx) -> tuple[str, str, str, str]:
    """(证件类型, number, kind, nationality) for a non-mainland person."""
    r = c.r
    x = r.random()
    if x < 0.3:
        num = r.choice("HM") + "".join(r.choice("0123456789") for _ in range(8))
        if r.random() < 0.3:
            num += f"{r.randint(0, 3):02d}"
        return "港澳居民来往内地通行证", num, "hk_macau_permit", "中国香港" if num[0] == "H" else "中国澳门"
    if x < 0.55:
        return (
            "台湾居民来往大陆通行证",
            "".join(r.choice("0123456789") for _ in range(8)),
            "tw_permit",
            "中国台湾",
        )
    if x < 0.7:
        code = r.choice(["810000", "820000", "830000"])
        b = dt.date(c.year - r.randint(20, 60), r.randint(1, 12), r.randint(1, 28))
        return (
            "港澳台居民居住证",
            c.idno(b, r.choice("男女"), code),
            "id_card",
            {"81": "中国香港", "82": "中国澳门", "83": "中国台湾"}[code[:2]],
        )
    return "护照", "", "passport", ""


def fam_residence(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(
        ["permit_list", "rental", "rental", "prose", "foreign_form", "foreign_form", "landlord_notice"]
    )
    d = c.date()
    st, com = c.street()
    police = f"{g['city']}公安局{g['county']}分局" if g["county"].endswith("区") else f"{g['county']}公安局"
    station = f"{police}{st.replace('街道', '').replace('镇', '')}派出所"
    if sub == "permit_list":
        rows = []
        for k in range(r.randint(3, 5)):
            p = c.person(amin=18, amax=60, code=r.choice(OTHER_CODES))
            p.addr = c.urban_addr(prefix=r.random() < 0.3)
            rows.append(
                [
                    str(k + 1),
                    M("name", name_form(c, p.name)),
                    p.sex,
                    p.i,
                    p.a,
                    M("mobile", c.mobile(True)),
                    c.ds(c.before(d), 1),
                ]
            )
        title = f"{station}居住证领证通知（{c.year}年第{r.randint(1, 30)}批）"
        txt = (
            f"{title}\n    以下人员申领的{g['prov']}居住证已制作完成，请本人携带身份证原件到{station}户籍窗"
            f"口领取"
            f"（地址：{g['county']}{r.choice(g['roads'])}{r.randint(1, 300)}号，咨询电话："
            f"{c.landline(True)}）。\n"
            + table(
                c,
                ["序号", "姓名", "性别", "公民身份号码", "居住地址", "联系电话", "受理日期"],
                rows,
                title=title,
            )
            + f"\n    逾期3个月未领取的，证件将退回制证中心。\n{sign_off(c, station, d)}"
        )
        return "residence.permit_list", txt
    if sub == "rental":
        landlord = c.person(amin=35, amax=75)
        house = c._prefix() + (c.flat() if r.random() < 0.6 else c.rural_addr(prefix=False))
        rows = []
        for k in range(r.randint(3, 5)):
            sex = r.choice("男女")
            y = r.random()
            if y < 0.45:
                tp = "居民身份证"
                b = dt.date(c.year - r.randint(18, 60), r.randint(1, 12), r.randint(1, 28))
                nm = c.name(sex)
                num = M("id_card", c.idno(b, sex, r.choice(OTHER_CODES)))
                nat = "中国"
            else:
                tp, raw, kind, nat = permit_doc(c)
                if kind == "passport":
                    nat, pool, gen = r.choice(FOREIGN)
                    nm = r.choice(pool)
                    if nm in c.used or any(nm in u or u in nm for u in c.used):
                        nm = c.name(sex)
                        nat, tp, raw, kind = (
                            "中国",
                            "护照",
                            "E" + "".join(r.choice("0123456789") for _ in range(8)),
                            "passport",
                        )
                    else:
                        c.used.append(nm)
                        raw = gen(r)
                else:
                    nm = c.name(sex, allow_minority=False)
                num = M(kind, raw)
            room = (
                f"{r.randint(1, 6)}0{r.randint(1, 4)}"
                if r.random() < 0.5
                else f"{r.choice('东西南北')}{r.randint(1, 3)}间"
            )
            rows.append(
                [
                    str(k + 1),
                    M("name", name_form(c, nm)),
                    sex,
                    nat,
                    tp,
                    num,
                    M("mobile", c.mobile(True)),
                    room,
                    c.ds(c.before(d), 1),
                ]
            )
        title = f"{com}出租房屋及流动人口登记台账"
        hd = kv(
            c,
            [
                ("房屋地址", M("address", house)),
                ("房东", landlord.n),
                ("房东身份证号", landlord.i),
                ("房东电话", landlord.m if r.random() < 0.75 else landlord.ll),
                ("出租间数", str(len(rows))),
                ("治安责任书", "已签订"),
            ],
            r.choice([1, 2, 3]),
        )
        txt = (
            f"{title}\n{hd}\n"
            + table(
                c,
                [
                    "序号",
                    "姓名",
                    "性别",
                    "国籍（地区）",
                    "证件类型",
                    "证件号码",
                    "联系电话",
                    "房间",
                    "入住日期",
                ],
                rows,
                title=title,
            )
            + f"\n登记民警：{c.official()}（警号{r.randint(100000, 999999)}）  社区网格员：{c.official()}  "
            f"登记日期：{c.ds(d, 1)}"
        )
        return "residence.rental_register", txt
    if sub == "prose":
        ps = [c.person(amin=18, amax=60, code=r.choice(OTHER_CODES)) for _ in range(r.randint(2, 4))]
        house_owner = c.person(amin=35, amax=75)
        house = M("address", c._prefix() + c.flat())
        bits = []
        for p in ps:
            bits.append(
                r.choice(
                    [
                        f"{p.n}，{p.sex}，{p.age}岁，身份证号{p.i}，户籍地{M('address', c.other_home())}，"
                        f"联系电话{p.m}",
                        f"{p.n}（{p.sex}，公民身份号码：{p.i}），手机{p.m}",
                        f"{p.n}，{p.sex}，{p.nation}族，{p.bd(0)}出生，{p.i}",
                    ]
                )
            )
        items = "；\n".join(f"{k + 1}.{x}" for k, x in enumerate(bits))
        txt = (
            f"关于{com}流动人口集中登记情况的通报\n{wenhao(c, '公通')}\n"
            f"    {c.ds(d, 0)}，{station}会同{st}{com}开展出租房屋清查，发现{house_owner.n}"
            f"（房东，联系电话{house_owner.m}）将其位于{house}的住房出租给{len(ps)}名外来务工人员，"
            f"未按规定申报登记。经核实，承租人员如下：\n{items}。\n"
            f"    民警当场为上述人员办理了居住登记，并依据《{g['prov']}流动人口服务管理条例》对房东"
            f"{house_owner.n}"
            f"予以警告。请各社区继续落实“以房管人”措施。\n"
            f"    举报电话：110，{station}值班电话：{c.landline(True)}。"
        )
        return "residence.prose_report", txt
    if sub == "foreign_form":
        nat, pool, gen = r.choice(FOREIGN)
        nm = r.choice(pool)
        if any(nm in u or u in nm for u in c.used):
            nm = c.name()
        else:
            c.used.append(nm)
        host = c.person(amin=30, amax=70)
        host.addr = c._prefix() + c.flat()
        born = dt.date(c.year - r.randint(20, 60), r.randint(1, 12), r.randint(1, 28))
        pairs = [
            ("姓名", M("name", nm)),
            ("性别", r.choice("男女")),
            ("国籍", nat),
            ("出生日期", f"{born:%Y-%m-%d}"),
            ("证件种类", "普通护照"),
            ("证件号码", M("passport", gen(r))),
            ("签证（注）种类", r.choice(["Z字（工作）", "L字（旅游）", "F字（访问）", "Q2字（探亲）"])),
            ("停留有效期至", c.ds(c.date(c.year + 1), 1)),
            ("住宿地址", host.a),
            ("入住日期", c.ds(d, 1)),
            ("留宿人", host.n),
            ("留宿人身份证号", host.i),
            ("留宿人电话", host.m),
        ]
        if r.random() < 0.5:
            pairs.insert(8, ("电子邮箱", M("email", c.email())))
        txt = (
            "境外人员临时住宿登记表（住宿在社会面）\n"
            + kv(c, pairs, r.choice([1, 2]))
            + f"\n接收派出所：{station}  经办民警：{c.official()}  登记时间：{c.ds(d, 1)}"
        )
        return "residence.foreign_form", txt
    landlord = c.person(amin=35, amax=75)
    landlord.addr = c._prefix() + c.flat()
    txt = (
        f"{station}\n出租房屋治安隐患责令整改通知书\n{wenhao(c, '公（' + st[:2] + '）责通字')}"
        f"\n\n{landlord.n}：\n"
        f"    经检查，你（身份证号：{landlord.i}）位于{landlord.a}的出租房屋存在以下治安、消防隐患：\n"
        f"    1．未如实登记承租人{M('name', c.name())}、{M('name', c.name())}的身份信息；\n"
        f"    2．楼道内电动自行车违规充电；\n    3．"
        f"{r.choice(['未配备灭火器', '隔断间无独立逃生通道', '私拉乱接电线'])}。\n"
        f"    根据《租赁房屋治安管理规定》第七条之规定，责令你于{c.ds(c.date(after=d, span=10), 0)}前整改完"
        f"毕。"
        f"逾期不整改的，将依法予以处罚。\n检查民警：{c.official()}、{c.official()}\n"
        f"    联系电话：{c.landline(True)}{sign_off(c, station, d)}\n被检查人签收：{landlord.n}    联系电话"
        f"：{landlord.m}"
    )
    return "residence.landlord_notice", txt


# ----------------------------------------------------------------------------- family 7: welfare

DIS_TYPES = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"]
DIS_CODE = {"视力": "1", "听力": "2", "言语": "3", "肢体": "4", "智力": "5", "精神": "6", "多重": "7"}
GRADES = ["一级", "二级", "三级", "四级"]
CHRONIC = [
    ("高血压（Ⅲ级）", ""),
    ("2型糖尿病", ""),
    ("恶性肿瘤", "（门诊放化疗）"),
    ("慢性肾功能衰竭", "（透析）"),
    ("精神分裂症", ""),
    ("肺结核", ""),
    ("冠心病", ""),
    ("慢性阻塞性肺疾病", ""),
    ("帕金森病", ""),
    ("类风湿性关节炎", ""),
    ("系统性红斑狼疮", ""),
    ("再生障碍性贫血", ""),
    ("脑梗死后遗症", ""),
    ("慢性心力衰竭", ""),
    ("癫痫", ""),
    ("器官移植术后", "（抗排异治疗）"),
    ("血友病", ""),
]
CN_GRADE = {"一级": "1", "二级": "2", "三级": "3", "四级": "4"}


def fam_welfare(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(
        ["subsidy_list", "subsidy_list", "prose", "chronic_list", "chronic_form", "chronic_form", "card_list"]
    )
    d = c.date()
    t, v = c.town()
    if sub in ("subsidy_list", "card_list"):
        rows = []
        joint = r.random() < 0.4
        for k in range(r.randint(3, 5)):
            p = c.person(amin=8, amax=85, code=g["code"], allow15=False)
            tp, gr = r.choice(DIS_TYPES), r.choice(GRADES)
            cert = M("id_card", p.idn) + DIS_CODE[tp] + CN_GRADE[gr]
            vil = c.town()[1] if r.random() < 0.7 else t
            if joint:
                dis_cells = [H(f"{tp}{gr}") if r.random() < 0.5 else H(f"{tp}残疾{gr}")]
            else:
                dis_cells = [H(tp), H(gr)]
            if sub == "subsidy_list":
                kind = r.choice(["生活补贴", "护理补贴", "生活补贴、护理补贴"])
                money = {"生活补贴": 80, "护理补贴": 90, "生活补贴、护理补贴": 170}[kind]
                rows.append(
                    [
                        str(k + 1),
                        M("name", name_form(c, p.name)),
                        p.sex,
                        cert,
                        *dis_cells,
                        kind,
                        f"{money}",
                        vil,
                    ]
                )
            else:
                rows.append(
                    [
                        str(k + 1),
                        M("name", name_form(c, p.name)),
                        p.sex,
                        str(p.age),
                        cert,
                        *dis_cells,
                        c.ds(c.before(d), 1),
                    ]
                )
        dcols = ["残疾类别及等级"] if joint else ["残疾类别", "残疾等级"]
        if sub == "subsidy_list":
            title = f"{t}{c.year}年{r.randint(1, 12)}月困难残疾人生活补贴和重度残疾人护理补贴发放名单"
            head = ["序号", "姓名", "性别", "残疾人证号", *dcols, "补贴类别", "金额（元）", "所在村（社区）"]
            intro = f"    经村（居）委会初审、{t}审核、{g['county']}残联审定，现将发放名单公示如下："
        else:
            title = f"{g['county']}残疾人联合会{c.year}年第{r.randint(1, 12)}批第二代残疾人证核发名单"
            head = ["序号", "姓名", "性别", "年龄", "残疾人证号", *dcols, "发证日期"]
            intro = (
                "    以下人员经评定，核发中华人民共和国残疾人证，请本人或监护人持户口簿到户籍所在乡镇残联专"
                "干处领取。"
            )
        txt = (
            f"{title}\n{intro}\n"
            + table(c, head, rows, title=title)
            + f"\n    公示期7天。监督电话：{g['county']}民政局{c.landline(True)}，{g['county']}残联"
            f"{c.landline(True)}。"
            + sign_off(c, t + "人民政府" if sub == "subsidy_list" else g["county"] + "残疾人联合会", d)
        )
        return f"welfare.{sub}", txt
    if sub == "prose":
        items = []
        for _ in range(r.randint(2, 5)):
            p = c.person(amin=10, amax=85, code=g["code"])
            p.addr = f"{t}{c.town()[1] if r.random() < 0.3 else v}{r.randint(1, 12)}组{r.randint(1, 99)}号"
            tp, gr = r.choice(DIS_TYPES), r.choice(GRADES)
            guard = ""
            if p.age < 18 or r.random() < 0.3:
                gr_ = r.choice(
                    ["父亲", "母亲", "祖父"] if p.age < 18 else ["父亲", "母亲", "姐姐", "儿子", "女儿"]
                )
                gs = "女" if gr_ in ("母亲", "姐姐", "女儿") else "男"
                gp = c.person(sex=gs, amin=30, amax=60, name=c.kin(p.name, gs) if gs == "男" else None)
                guard = f"，监护人{gp.n}（{gr_}，电话{gp.m}）"
            items.append(
                r.choice(
                    [
                        f"{p.n}，{p.sex}，{p.age}岁，{v}村民，{H(tp + '残疾' + gr)}，家住{p.a}{guard}",
                        f"{p.n}，{p.sex}，身份证号{p.i}，{H(tp + gr)}，享受"
                        f"{r.choice(['生活补贴', '护理补贴'])}{guard}",
                    ]
                )
            )
        stop = c.person(amin=60, amax=90, code=g["code"])
        reason = r.choice(["已死亡", "纳入特困供养", "户籍迁出"])
        txt = (
            f"{t}关于{c.year}年第{r.randint(1, 4)}季度残疾人两项补贴新增及停发对象的公示\n"
            f"    经个人申请、村委会评议、镇人民政府审核，拟新增以下{len(items)}人享受残疾人两项补贴：\n"
            + "\n".join(f"    {k + 1}．{x}；" for k, x in enumerate(items))
            + f"\n    因{reason}，停发{stop.n}（{v}）的{r.choice(['护理补贴', '生活补贴'])}，自{c.year}年"
            f"{r.randint(1, 12)}月起停发。\n"
            f"    公示期间如有异议，请与{t}社会事务办联系，联系人：{c.official()}，电话：{c.landline(True)}。"
            + sign_off(c, t + "人民政府", d)
        )
        return "welfare.prose_notice", txt
    if sub == "chronic_list":
        rows = []
        for k in range(r.randint(3, 5)):
            p = c.person(amin=20, amax=88)
            dis, suf = r.choice(CHRONIC)
            rows.append(
                [
                    str(k + 1),
                    M("name", name_form(c, p.name)),
                    p.sex,
                    c.masked_id() if r.random() < 0.6 else p.i,
                    r.choice(["城乡居民", "职工医保"]),
                    H(dis) + suf,
                    c.ds(c.before(d), 1),
                    c.town()[0],
                ]
            )
        title = f"{g['county']}医疗保障局{c.year}年第{r.randint(1, 12)}批门诊慢特病待遇认定结果公示"
        txt = (
            f"{title}\n"
            + table(
                c,
                ["序号", "姓名", "性别", "身份证号", "参保类型", "认定病种", "认定时间", "所属乡镇"],
                rows,
                title=title,
            )
            + f"\n    以上人员自认定之日起享受门诊慢特病待遇。咨询电话：{c.landline(True)}\n"
            f"    {g['county']}医疗保障局　{c.ds(d, 0)}"
        )
        return "welfare.chronic_list", txt
    # chronic application form
    p = c.person(amin=30, amax=85)
    dis, suf = r.choice(CHRONIC)
    dis2, _ = r.choice(CHRONIC)
    hosp = g["county"] + r.choice(HOSPITALS)
    doctor = c.official()
    pairs = [
        ("姓名", M("name", name_form(c, p.name))),
        ("性别", p.sex),
        ("出生年月", p.bd(3)),
        ("身份证号", p.i),
        ("参保类别", "城乡居民基本医疗保险"),
        ("联系电话", p.m),
        *([("固定电话", p.ll)] if r.random() < 0.3 else []),
        ("家庭住址", p.a),
        ("申请病种", H(dis) + suf),
        ("既往病史", H(dis2) if dis2 != dis else "无"),
        ("诊断医院", hosp),
        (
            "诊断依据",
            f"{r.choice(['病理报告', '住院病历', '影像学检查'])}（住院号{r.randint(100000, 999999)}）",
        ),
        ("鉴定医师", doctor),
        ("经办人", c.official()),
        ("审核意见", "符合认定标准，同意纳入"),
    ]
    if r.random() < 0.4:
        agent = c.person(amin=25, amax=60)
        pairs.insert(7, ("代办人", f"{agent.n}（{r.choice(['儿子', '女儿', '配偶'])}）"))
        pairs.insert(8, ("代办人电话", agent.m))
    txt = f"{g['county']}门诊慢特病待遇认定申请审批表\n" + kv(c, pairs, r.choice([1, 1, 2]))
    return "welfare.chronic_form", txt


# ----------------------------------------------------------------------------- family 8: traffic

VIOLATIONS = [
    ("机动车违反规定停放", "1039", 200),
    ("驾驶机动车违反道路交通信号灯通行", "1625", 200),
    ("机动车驾驶人未按规定使用安全带", "6011", 50),
    ("驾驶中型以上载客载货汽车超过规定时速20%以上", "1636", 200),
    ("机动车不按规定车道行驶", "1208", 100),
    ("驾驶机动车在高速公路上超过规定时速未达20%", "1352", 200),
    ("驾驶机动车时拨打接听手持电话", "1223", 50),
    ("机动车通过有灯控路口时，不按所需行进方向驶入导向车道", "1301", 100),
]
VEH_TYPES = ["小型汽车", "大型汽车", "小型新能源汽车", "普通摩托车", "大型新能源汽车"]


def vin(r: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = r.choice(["LSV", "LFV", "LGB", "LZW", "LVS", "LHG"]) + "".join(
        r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)
    )
    s += "".join(r.choice(chars) for _ in range(3)) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return s + r.choice("KLMNPR") + "".join(r.choice("0123456789") for _ in range(7))


def fam_traffic(c: Ctx) -> tuple[str, str]:
    r = c.r
    g = c.reg
    sub = r.choice(["overdue", "overdue", "penalty", "cancel", "pickup", "parking"])
    d = c.date()
    bureau = (
        f"{g['city']}公安局交通警察支队{g['county']}大队"
        if g["county"].endswith("区")
        else f"{g['county']}公安局交通管理大队"
    )
    if sub == "overdue":
        rows = []
        for k in range(r.randint(3, 5)):
            company = r.random() < 0.2
            owner = c.company() if company else M("name", name_form(c, c.name()))
            vio, code, fine = r.choice(VIOLATIONS)
            t0 = c.date(c.year - 1)
            r1, r2 = r.sample(g["roads"], 2)
            loc = r1 + r.choice([f"与{r2}交叉口", f"{r.randint(1, 300)}号路段", "中段", "北口"])
            rows.append(
                [
                    str(k + 1),
                    M("license_plate", c.plate()),
                    r.choice(VEH_TYPES[:2]) if True else "",
                    owner,
                    f"{t0:%Y-%m-%d} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}",
                    loc,
                    f"{vio}（{code}）",
                ]
            )
        title = f"{bureau}关于督促逾期未处理交通违法行为的公告"
        txt = (
            f"{title}\n    以下机动车交通违法记录超过三个月未处理，现予公告。请车辆所有人或驾驶人15日内到"
            f"{bureau}违法处理窗口（{g['county']}{r.choice(g['roads'])}{r.randint(1, 300)}号）"
            f"或通过“交管12123”APP接受处理。\n"
            + table(
                c,
                ["序号", "号牌号码", "号牌种类", "车辆所有人", "违法时间", "违法地点", "违法行为"],
                rows,
                title=title,
            )
            + f"\n    咨询电话：{c.landline(True)}{sign_off(c, bureau, d)}"
        )
        return "traffic.overdue_list", txt
    if sub == "penalty":
        p = c.person(amin=20, amax=65)
        vio, code, fine = r.choice(VIOLATIONS)
        officer = c.official()
        loc = f"{r.choice(g['roads'])}{r.randint(1, 300)}号路段"
        no = f"{g['code']}{r.randint(1000000000000, 9999999999999)}"[:16]
        pairs = [
            ("被处罚人", p.n),
            ("机动车驾驶证号", p.i),
            ("档案编号", f"{g['code']}{r.randint(100000, 999999)}"),
            ("准驾车型", r.choice(["C1", "C2", "B2", "A2"])),
            ("联系方式", p.m),
            ("车辆牌号", M("license_plate", c.plate())),
            ("车辆类型", r.choice(VEH_TYPES)),
            ("发证机关", f"{g['pabbr']}{g['plate'][1]}"),
        ]
        if r.random() < 0.4:
            pairs.insert(4, ("住址", p.a))
        txt = (
            f"公安交通管理简易程序处罚决定书\n编号：{no}\n"
            + kv(c, pairs, r.choice([1, 2]))
            + f"\n    被处罚人于{c.ds(d, 1)} {r.randint(6, 22):02d}时{r.randint(0, 59):02d}分，在{loc}实施"
            f"{vio}的违法行为（代码{code}），"
            f"违反了《中华人民共和国道路交通安全法》第{r.choice(['三十八', '四十二', '五十一', '五十六'])}"
            f"条的规定。"
            f"依据《中华人民共和国道路交通安全法》第九十条，决定予以罚款{fine}元。\n"
            f"    缴款编号：{c.order_no(r.choice([16, 19, 20]))}。持本决定书在15日内到"
            f"{r.choice(['中国工商银行', '中国建设银行', '农村商业银行'])}各网点缴纳罚款。逾期不缴纳的，每"
            f"日按罚款数额的3%加处罚款。\n"
            f"处罚地点：{loc}    执勤民警：{officer}（警号{r.randint(100000, 999999)}）\n{bureau}（印章）  "
            f"{c.ds(d, 0)}"
        )
        return "traffic.penalty_decision", txt
    if sub == "cancel":
        rows = []
        for k in range(r.randint(3, 5)):
            company = r.random() < 0.25
            owner = c.company() if company else M("name", name_form(c, c.name()))
            rows.append(
                [
                    str(k + 1),
                    owner,
                    M("license_plate", c.plate()),
                    r.choice(["小型普通客车", "重型半挂牵引车", "轻型普通货车", "二轮摩托车", "小型轿车"]),
                    vin(r),
                    f"{c.year - r.randint(8, 16)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                    r.choice(["逾期未检验", "达到报废标准", "逾期未检验超过三个周期"]),
                ]
            )
        title = f"{g['city']}公安局交通警察支队车辆管理所关于注销机动车登记的公告"
        txt = (
            f"{title}\n    以下机动车达到强制报废标准或连续三个检验周期未取得检验合格标志，现依据《机动车登"
            f"记规定》注销其登记。\n"
            + table(
                c,
                ["序号", "机动车所有人", "号牌号码", "车辆类型", "车辆识别代号", "初次登记日期", "注销原因"],
                rows,
                title=title,
            )
            + f"\n    车管所地址：{g['city']}{r.choice(g['roads'])}{r.randint(1, 400)}号；咨询电话："
            f"{c.landline(True)}。{sign_off(c, g['city'] + '公安局交通警察支队车辆管理所', d)}"
        )
        return "traffic.cancel_list", txt
    if sub == "pickup":
        p = c.person(amin=22, amax=65)
        plate = M("license_plate", c.plate())
        lot = (
            f"{g['county']}{r.choice(g['roads'])}{r.randint(1, 400)}号"
            f"{r.choice(['停车场', '扣押车辆停放场'])}"
        )
        txt = (
            f"{bureau}\n关于领取扣押车辆的公告\n{p.n}：\n"
            f"    你{r.choice(['驾驶', '所有'])}的{plate}号{r.choice(VEH_TYPES)}（车辆识别代号：{vin(r)}），"
            f"于{c.ds(c.date(c.year - 1), 0)}因"
            f"{r.choice(['无证驾驶', '饮酒后驾驶机动车', '未悬挂号牌', '涉嫌交通肇事'])}被依法扣押，"
            f"现已具备放行条件。因按你登记的住址（{p.a}）及电话无法联系到你本人，现予公告。"
            f"请自公告之日起90日内持本人身份证件、机动车行驶证到{lot}办理领取手续。逾期不领取的，将依法处理"
            f"。\n"
            f"    联系人：{c.official()}　电话：{c.landline(True)}{sign_off(c, bureau, d)}"
        )
        return "traffic.pickup_notice", txt
    # parking notice list (prose items)
    items = []
    for k in range(r.randint(3, 5)):
        pl = M("license_plate", c.plate())
        own = M("name", c.name()) if r.random() < 0.7 else c.company()
        items.append(
            f"{k + 1}．{pl}（车主：{own}），{c.ds(c.before(d), 0)}{r.randint(7, 21)}时许停放于"
            f"{r.choice(g['roads'])}{r.choice(['人行道', '消防通道', '公交站台'])}"
        )
    txt = (
        f"违法停车告知单（第{r.randint(1, 80)}期）\n"
        + "；\n".join(items)
        + f"。\n    以上车辆驾驶人请于15日内到{bureau}接受处理。监督电话：{c.landline(True)}，12345。"
    )
    return "traffic.parking_notice", txt


FAMILIES = [
    fam_letters,
    fam_mediation,
    fam_injury,
    fam_court,
    fam_qualification,
    fam_residence,
    fam_welfare,
    fam_traffic,
]

# ----------------------------------------------------------------------------- assembly


def parse(markup: str) -> list[tuple[str, str | None]]:
    segs: list[tuple[str, str | None]] = []
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


def to_lines(segs: list[tuple[str, str | None]]) -> list[list[tuple[str, str | None]]]:
    lines: list[list[tuple[str, str | None]]] = [[]]
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


def line_text(line: list[tuple[str, str | None]]) -> str:
    return "".join(s for s, _ in line)


def hard_wrap(line: list[tuple[str, str | None]], width: int) -> list[list[tuple[str, str | None]]]:
    pieces: list[tuple[str, str | None]] = []
    for s, k in line:
        if k is None:
            pieces += [(ch, None) for ch in s]
        else:
            pieces.append((s, k))
    out: list[list[tuple[str, str | None]]] = [[]]
    w = 0
    for s, k in pieces:
        if w + len(s) > width and w > 0 and s not in "，。；：、）》”":
            out.append([])
            w = 0
        out[-1].append((s, k))
        w += len(s)
    merged = []
    for ln in out:
        m: list[tuple[str, str | None]] = []
        for s, k in ln:
            if m and k is None and m[-1][1] is None:
                m[-1] = (m[-1][0] + s, None)
            else:
                m.append((s, k))
        merged.append(m)
    return merged


def pdfize(c: Ctx, segs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    r = c.r
    segs = [(name_form(c, s) if k == "name" and not re.search(r"[ 　]", s) else s, k) for s, k in segs]
    lines = to_lines(segs)
    width = r.randint(26, 44)
    wrapped: list[list[tuple[str, str | None]]] = []
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
    style = r.choice(["第 {k} 页 共 {n} 页", "第{k}页/共{n}页", "- {k} -", "— {k} —", "{k}/{n}", "第 {k} 页"])
    out: list[list[tuple[str, str | None]]] = []
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
    segs2: list[tuple[str, str | None]] = []
    for j, ln in enumerate(out):
        if j:
            segs2.append(("\n", None))
        segs2 += ln
    return segs2


def assemble(segs: list[tuple[str, str | None]]) -> tuple[str, list[dict]]:
    text_parts = []
    spans = []
    pos = 0
    for s, k in segs:
        if k is not None:
            spans.append({"kind": k, "start": pos, "end": pos + len(s), "text": s})
        text_parts.append(s)
        pos += len(s)
    return "".join(text_parts), spans


# ----------------------------------------------------------------------------- self-check

CARD_PREFIX = re.compile(r"^(?:62|4|5[1-5]|2[2-7]|3[47]|35|60|64|65)")


def check(text: str, spans: list[dict]) -> str | None:
    last = 0
    cover = [None] * len(text)
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
    for m in re.finditer(r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+", text, re.A):
        if not m.group().endswith(".gov.cn") and outside(m.start(), m.end()):
            return f"mail outside {m.group()}"
    return None


def make_doc(seed: int, i: int) -> dict:
    for attempt in range(60):
        r = random.Random(f"h15-{seed}-{i}-{attempt}")
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
    ap.add_argument("--seed", type=int, default=59)
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
