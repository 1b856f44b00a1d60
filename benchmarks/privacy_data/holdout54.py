#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""Blind hold-out set 54: personal information in Chinese county-level 政务公开 documents.

Synthetic documents shaped like text extracted from real publications (pdftotext raw and -layout,
DOCX flattened with tabs or one cell per line, XLSX saved as CSV, flattened HTML, OCR noise).
Six real counties: 昭觉县 (四川凉山, 513431), 临洮县 (甘肃定西, 621124), 金寨县 (安徽六安, 341524),
汪清县 (吉林延边, 222424), 五华县 (广东梅州, 441424), 林周县 (西藏拉萨, 540121).

Standard library only.  Usage:
  python3 holdout54.py --docs 400 --seed 263 -o h54.jsonl [--stats]
  python3 holdout54.py --check h54.jsonl
  python3 holdout54.py --decisions

DECISIONS
1. name = the full name of a private person that the context shows is a person: beneficiaries,
   children, guardians, family members, applicants, patients, veterans, neighbouring land holders
   named in 四至 ("东：李德明地" -> 李德明).  Yi names (吉克阿木), Tibetan names without surname
   (次仁卓玛, 扎西), Korean names and compound surnames are names like any other.
2. Officials and staff acting in role are never labelled as name: 经办人, 审核人, 审批人, 制表人,
   负责人, 院长, 联系人 of the issuing office, village cadres signing 公示.
3. Masked values are never labelled: 张*, 吉克**, 李某某, 王某, 513431********2317,
   139****5678, 6228****1234.  Excel-mangled numbers (5.13431E+17, 6.22848E+18) are never labelled.
4. In a family-member cell "张三（户主）、李四（妻）" each name is its own span; the relation in
   brackets and the separators are outside the spans.
5. address = home address (residence, 户籍地, 现住址, 拟建宅基地位置) of a private person given down to
   组/号/栋/幢/单元/室 level (a named 村民小组 such as 上屋组 counts as 组 level).  The span starts at
   the first place-name token written in that cell/phrase (province/county/township included if
   written) and ends at the last unit (组/号/室 ...).  Village-level addresses without 组 or number
   (竹核乡竹核村), institution addresses (敬老院, 医院, office), 工作单位 addresses, 地块 names and
   四至 are never address.
6. health = a specific person's diagnosis, disease, injury, disability type/grade or loss of
   self-care: 精神分裂症, 肢体二级残疾, 尿毒症, 半失能, 七级伤残.  The span covers the condition phrase
   only (not "患有", not the relation word).  It is labelled whenever the row/paragraph is a specific
   person's record, even if that person's name is masked.  Not labelled: generic poverty causes
   (因病, 因残, 因灾), categories (孤儿, 特困, 重点优抚), "全自理"/"健康" (no condition disclosed),
   死亡, 服刑, 失联, and column headings.
7. id_card = full valid 18-character number (historic codes such as 342426 for 金寨 count).
   id_card_15 = full 15-digit first-generation number.  Full-width digits and OCR spaces inside a
   number stay inside one span.  A CSV leading apostrophe is outside the span.
8. mobile = any full 11-digit mobile number, including an official's mobile printed as a work
   contact (a mobile identifies a person).  landline = a private household's fixed line; office
   lines, 监督电话/举报电话 and hotlines (12345, 12349, 12320) are never labelled.
9. bank_card = full 16-19 digit card/account numbers with a real issuer BIN (social security card
   accounts included); grouped with spaces is still one span.  Accounts of institutions are not
   present; 结算单号, 地块编码, 承包方编码, 合同编号 and other 18-20 digit serials are never labelled.
10. email = a private person's mailbox; office mailboxes (xxx@163.com of a 民政局) are not labelled.
11. license_plate, passport, hk_macau_permit, tw_permit: full numbers of private persons only.
12. Wrapped values: when a value is broken by a line break but stays contiguous in the text
    (pdftotext raw, hard-wrapped prose, quoted multi-line CSV cell) it is ONE span that contains the
    line break.  In pdftotext -layout tables, where the continuation line is separated from the first
    fragment by other columns' text, every fragment is its own span of the same kind.  Numbers
    (ids, phones, cards) are never broken across lines.
13. Never labelled: 文号, 索引号, 统一社会信用代码, 邮政编码, amounts, dates, ages, Excel date serials,
   page headers/footers, place names or company names containing surnames (张家庄村, 王氏农机合作社),
   ethnicity, military rank, 民族, 类别 values.
"""

import argparse
import json
import random
import re
import sys
from datetime import date, timedelta

# ----------------------------------------------------------------------------------------------
# reference data

COUNTIES = {
    "zj": dict(
        county="昭觉县",
        pref="凉山彝族自治州",
        prov="四川省",
        code="513431",
        area="0834",
        post="616150",
        plate="川W",
        abbr="昭",
        near=["513401", "513432", "513436", "513434", "513429", "513428", "513430"],
        old=[],
        towns=[
            "新城镇",
            "谷曲乡",
            "竹核乡",
            "四开乡",
            "解放乡",
            "比尔乡",
            "支尔莫乡",
            "三岗乡",
            "碗厂乡",
            "庆恒乡",
            "洒拉地坡乡",
        ],
        villages=[
            "阿并洛古村",
            "好谷村",
            "三河村",
            "火普村",
            "瓦曲村",
            "洛乌村",
            "解放村",
            "比尔村",
            "谷莫村",
            "四开村",
            "竹核村",
            "拉一木村",
            "阿土勒尔村",
            "马家沟村",
        ],
        streets=["建设路", "西街", "南坛路", "北街", "东街", "彝海路"],
        estates=["温泉小区", "城北安置小区", "阳光花园", "沙洛新居"],
        ethnic="yi",
        nation=["彝族", "彝族", "彝族", "汉族"],
        hosp=["昭觉县人民医院", "昭觉县中医医院", "凉山州第一人民医院", "西昌市人民医院"],
        home=["昭觉县中心敬老院", "昭觉县竹核乡敬老院", "昭觉县四开乡敬老院"],
        welfare="昭觉县儿童福利院",
    ),
    "lt": dict(
        county="临洮县",
        pref="定西市",
        prov="甘肃省",
        code="621124",
        area="0932",
        post="730500",
        plate="甘J",
        abbr="临",
        near=["621102", "621121", "621122", "621123", "621125", "621126"],
        old=[],
        towns=[
            "洮阳镇",
            "八里铺镇",
            "新添镇",
            "辛店镇",
            "太石镇",
            "中铺镇",
            "峡口镇",
            "龙门镇",
            "窑店镇",
            "玉井镇",
            "衙下集镇",
            "南屏镇",
            "上营乡",
        ],
        villages=[
            "文峰村",
            "张家庄村",
            "三益村",
            "崖湾村",
            "马家湾村",
            "杨家店村",
            "五爱村",
            "新民村",
            "苟家滩村",
            "兴隆村",
            "后地湾村",
            "边家湾村",
        ],
        streets=["洮河路", "椒山路", "北大街", "南大街", "滨河东路", "岳麓路"],
        estates=["洮河苑小区", "椒山花园", "文峰小区", "锦绣家园"],
        ethnic="hui",
        nation=["汉族", "汉族", "汉族", "回族"],
        hosp=["临洮县人民医院", "临洮县中医院", "定西市人民医院", "甘肃省人民医院"],
        home=["临洮县中心敬老院", "临洮县辛店镇敬老院", "临洮县衙下集镇敬老院"],
        welfare="临洮县儿童福利院",
    ),
    "jz": dict(
        county="金寨县",
        pref="六安市",
        prov="安徽省",
        code="341524",
        area="0564",
        post="237300",
        plate="皖N",
        abbr="金",
        near=["341502", "341503", "341522", "341523", "341525"],
        old=["342426"],
        towns=[
            "梅山镇",
            "麻埠镇",
            "青山镇",
            "燕子河镇",
            "天堂寨镇",
            "白塔畈镇",
            "双河镇",
            "斑竹园镇",
            "汤家汇镇",
            "南溪镇",
            "吴家店镇",
            "古碑镇",
            "油坊店乡",
            "花石乡",
            "沙河乡",
            "果子园乡",
            "槐树湾乡",
            "铁冲乡",
            "关庙乡",
            "全军乡",
        ],
        villages=[
            "大湾村",
            "响洪甸村",
            "龚店村",
            "码头村",
            "孙岗村",
            "南庄村",
            "银山畈村",
            "小南京村",
            "皂河村",
            "胡家店村",
            "丁埠村",
            "千坪村",
        ],
        streets=["梅山北路", "红军大道", "江店路", "史河路", "城关大道", "金梧桐大道"],
        estates=["红军广场小区", "江店安置小区", "梅山湖花园", "金悦府"],
        ethnic="han",
        nation=["汉族"],
        hosp=["金寨县人民医院", "金寨县中医医院", "六安市人民医院", "安徽省立医院"],
        home=["金寨县梅山镇敬老院", "金寨县双河镇敬老院", "金寨县天堂寨镇中心敬老院"],
        welfare="金寨县儿童福利院",
    ),
    "wq": dict(
        county="汪清县",
        pref="延边朝鲜族自治州",
        prov="吉林省",
        code="222424",
        area="0433",
        post="133200",
        plate="吉H",
        abbr="汪",
        near=["222401", "222402", "222403", "222404", "222405", "222406", "222426"],
        old=[],
        towns=[
            "汪清镇",
            "大兴沟镇",
            "天桥岭镇",
            "罗子沟镇",
            "百草沟镇",
            "春阳镇",
            "复兴镇",
            "东光镇",
            "鸡冠乡",
        ],
        villages=[
            "新田村",
            "红星村",
            "东光村",
            "西崴子村",
            "金城村",
            "春明村",
            "兰家村",
            "八人沟村",
            "大兴村",
            "柳树河村",
            "王家沟村",
        ],
        streets=["长荣街", "东新街", "富民街", "大川街", "和平街", "新民街"],
        estates=["金色家园", "汪清新区小区", "东盛小区", "嘎呀河花园"],
        ethnic="kr",
        nation=["朝鲜族", "汉族", "汉族", "朝鲜族"],
        hosp=["汪清县人民医院", "汪清县中医医院", "延边大学附属医院", "延边州人民医院"],
        home=["汪清县社会福利中心", "汪清县天桥岭镇敬老院", "汪清县百草沟镇敬老院"],
        welfare="汪清县儿童福利院",
    ),
    "wh": dict(
        county="五华县",
        pref="梅州市",
        prov="广东省",
        code="441424",
        area="0753",
        post="514400",
        plate="粤M",
        abbr="华",
        near=["441402", "441403", "441422", "441423", "441426", "441481"],
        old=["441421"],
        towns=[
            "水寨镇",
            "河东镇",
            "转水镇",
            "华城镇",
            "岐岭镇",
            "双华镇",
            "安流镇",
            "棉洋镇",
            "横陂镇",
            "郭田镇",
            "潭下镇",
            "长布镇",
            "龙村镇",
            "梅林镇",
            "华阳镇",
            "周江镇",
        ],
        villages=[
            "大布村",
            "新桥村",
            "田心村",
            "华新村",
            "塘湖村",
            "岐岭村",
            "周潭村",
            "长兴村",
            "黄狮村",
            "龙颈村",
            "李坑村",
            "古大存村",
        ],
        streets=["华兴南路", "华新路", "五华大道", "环城西路", "水寨大道", "新城路"],
        estates=["碧桂园", "华兴花园", "狮雄山小区", "琴江新城"],
        ethnic="hakka",
        nation=["汉族"],
        hosp=["五华县人民医院", "五华县中医医院", "梅州市人民医院", "广东省人民医院"],
        home=["五华县华城镇敬老院", "五华县安流镇敬老院", "五华县社会福利中心"],
        welfare="五华县社会福利中心",
    ),
    "lz": dict(
        county="林周县",
        pref="拉萨市",
        prov="西藏自治区",
        code="540121",
        area="0891",
        post="851600",
        plate="藏A",
        abbr="林",
        near=["540102", "540122", "540123", "540124", "540127", "540103", "540104"],
        old=["540125", "540126"],
        towns=[
            "甘丹曲果镇",
            "春堆乡",
            "松盘乡",
            "强嘎乡",
            "卡孜乡",
            "江热夏乡",
            "阿朗乡",
            "唐古乡",
            "边交林乡",
            "旁多乡",
        ],
        villages=[
            "强嘎村",
            "春堆村",
            "松盘村",
            "卡孜村",
            "达龙村",
            "唐古村",
            "热振村",
            "旁多村",
            "阿朗村",
            "江热夏村",
            "达嘎村",
            "曲果居委会",
        ],
        streets=["林周路", "团结路", "幸福路", "甘丹路"],
        estates=["易地扶贫搬迁安置点", "幸福家园小区", "团结新村"],
        ethnic="tb",
        nation=["藏族", "藏族", "藏族", "汉族"],
        hosp=["林周县人民医院", "拉萨市人民医院", "西藏自治区人民医院", "林周县藏医院"],
        home=["林周县中心敬老院", "林周县春堆乡敬老院", "林周县旁多乡敬老院"],
        welfare="林周县儿童福利院",
    ),
}
CKEYS = ["zj", "lt", "jz", "wq", "wh", "lz"]

VALID_CODES = []
for _k in CKEYS:
    _c = COUNTIES[_k]
    VALID_CODES += [_c["code"]] + _c["near"] + _c["old"]
AREA_CODES = [COUNTIES[k]["area"] for k in CKEYS]

BINS = [
    "622848",
    "622845",
    "621700",
    "622202",
    "621226",
    "622150",
    "621098",
    "622188",
    "621799",
    "623668",
    "621661",
    "622908",
]
BANK_NAMES = {
    "622848": "农业银行",
    "622845": "农业银行",
    "621700": "建设银行",
    "622202": "工商银行",
    "621226": "工商银行",
    "622150": "邮储银行",
    "621098": "邮储银行",
    "622188": "邮储银行",
    "621799": "邮储银行",
    "623668": "建设银行",
    "621661": "中国银行",
    "622908": "兴业银行",
}
MOB_PRE = [
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "157",
    "158",
    "159",
    "182",
    "183",
    "187",
    "188",
    "130",
    "131",
    "132",
    "155",
    "156",
    "185",
    "186",
    "133",
    "153",
    "177",
    "180",
    "181",
    "189",
    "199",
    "191",
    "178",
    "198",
]

HAN_SUR = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "令狐",
    "夏侯",
    "慕容",
    "尉迟",
    "端木",
    "公孙",
    "司徒",
    "西门",
]
BOOST = {
    "jz": "汪詹漆余胡徐陈张王李储",
    "wh": "李张钟古魏曾温黄陈刘廖邬",
    "lt": "张王李赵马陈杨何包边",
    "wq": "王李张刘于孙",
    "zj": "杨王李马罗",
    "lz": "王李张",
}
M_CH = "建国明华军伟强勇志文斌峰俊杰涛鹏海波林春德福贵成全平刚辉忠兴祥荣有发永宏金生学云飞龙顺"
F_CH = "秀英兰芳丽桂霞凤珍玉琴梅娟敏静红艳燕萍翠花莲菊婷丹雪慧芬淑香云琼"
KID_CH = "子轩浩宇梓涵欣怡一诺雨泽晨佳琪思博睿馨可萱铭俊锦梦瑶嘉辰沐妍皓"
YI_SUR = [
    "吉克",
    "阿西",
    "沙马",
    "俄木",
    "曲比",
    "海来",
    "阿苦",
    "木乃",
    "马海",
    "勒格",
    "阿的",
    "吉木",
    "日火",
    "的惹",
    "阿尔",
    "吉伍",
    "瓦其",
    "阿约",
    "俄底",
    "立克",
    "拉马",
    "衣尔",
    "阿说",
    "比补",
    "吉俄",
]
YI_M = [
    "阿木",
    "拉者",
    "尔日",
    "拉哈",
    "伍各",
    "日哈",
    "木呷",
    "石各",
    "阿支",
    "尔古",
    "约布",
    "子沙",
    "伍呷",
    "史色",
    "木机",
    "阿牛",
    "达日",
    "铁哈",
    "拉体",
]
YI_F = [
    "阿呷",
    "阿卓",
    "阿果",
    "依作",
    "莫色",
    "阿芝",
    "金曲",
    "五果",
    "日作",
    "阿依",
    "么么",
    "拉莫",
    "衣各",
    "石子",
]
TB_M = [
    "扎西",
    "次仁",
    "达瓦",
    "格桑",
    "平措",
    "拉巴",
    "旦增",
    "洛桑",
    "尼玛",
    "次旦",
    "普布",
    "边巴",
    "米玛",
    "索朗",
    "顿珠",
    "多吉",
    "巴桑",
    "强巴",
    "桑珠",
    "益西",
    "贡嘎",
    "阿旺",
    "旺堆",
    "罗布",
    "次珠",
    "群培",
    "久美",
    "赤列",
    "土登",
]
TB_F = [
    "央金",
    "卓玛",
    "德吉",
    "曲珍",
    "仓决",
    "拉姆",
    "卓嘎",
    "德庆",
    "玉珍",
    "央宗",
    "措姆",
    "琼达",
    "白玛",
    "次仁",
    "达瓦",
    "尼玛",
    "普赤",
    "边珍",
    "旦珍",
]
KR_SUR = "金李朴崔郑姜赵尹张林韩申权玄全许吴南黄"
KR_M = [
    "英哲",
    "明浩",
    "永吉",
    "成龙",
    "光日",
    "哲洙",
    "京浩",
    "东日",
    "昌浩",
    "贤宇",
    "正男",
    "龙洙",
    "万哲",
    "相国",
    "日春",
]
KR_F = [
    "顺子",
    "春花",
    "贞淑",
    "美兰",
    "玉顺",
    "善子",
    "英爱",
    "顺姬",
    "秀妍",
    "今子",
    "花子",
    "明玉",
    "贞顺",
    "英淑",
]
HUI_SUR = "马马马马丁冶沙妥苏"

# ----------------------------------------------------------------------------------------------
# checksums


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(s):
    for d in "0123456789":
        if luhn_ok(s + d):
            return d


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = sum((int(c) if c.isdigit() else ord(c) - 55) * x for c, x in zip(s8, w))
    c = 11 - v % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_code(rng, code, pre):
    while True:
        body8 = rng.choice(["", "M", "0"])
        body8 += "".join(rng.choice("0123456789") for _ in range(8 - len(body8)))
        org = body8 + org_check(body8)
        s17 = pre + code + org
        if all(ch in CC_CHARS for ch in s17):
            break
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    v = sum(CC_CHARS.index(c) * x for c, x in zip(s17, w))
    return s17 + CC_CHARS[(31 - v % 31) % 31]


def valid_date(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def id_valid(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[:6] not in VALID_CODES:
        return False
    if not valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14])) or not 1900 <= int(s[6:10]) <= 2024:
        return False
    return id_check(s[:17]) == s[17]


# ----------------------------------------------------------------------------------------------
# character/tag machinery

_TAGN = [0]


def segs_to_chars(segs):
    out = []
    for item in segs:
        if isinstance(item, str):
            out.extend((ch, None) for ch in item)
        elif isinstance(item, list):
            out.extend(item)
        else:
            text, kind = item
            if kind is None:
                out.extend((ch, None) for ch in text)
            else:
                _TAGN[0] += 1
                tag = (kind, _TAGN[0])
                out.extend((ch, tag) for ch in text)
    return out


def C(*parts):
    """A cell/phrase: list of (char, tag)."""
    return segs_to_chars(parts)


def dw(ch):
    o = ord(ch)
    return 2 if (o >= 0x2E80 or 0xFF01 <= o <= 0xFF60) else 1


def cwidth(chars):
    return sum(dw(c) for c, _ in chars)


UNBREAK = {
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
}


def tokens(chars):
    toks = []
    i = 0
    n = len(chars)
    while i < n:
        ch, tg = chars[i]
        if tg is not None and tg[0] in UNBREAK:
            j = i
            while j < n and chars[j][1] == tg:
                j += 1
        elif ch.isascii() and ch.isalnum():
            j = i
            while j < n and chars[j][0].isascii() and chars[j][0].isalnum() and chars[j][1] == tg:
                j += 1
        else:
            j = i + 1
        toks.append(chars[i:j])
        i = j
    return toks


def wrap(chars, width):
    if width is None or cwidth(chars) <= width:
        return [list(chars)]
    lines = [[]]
    cw = 0
    for t in tokens(chars):
        tw = cwidth(t)
        if cw + tw > width and lines[-1]:
            lines.append([])
            cw = 0
        if lines[-1] == [] and t and t[0][0] == " ":
            continue
        lines[-1].extend(t)
        cw += tw
    return lines


def join_lines(lines, sep="\n"):
    out = []
    for i, ln in enumerate(lines):
        if i:
            prev = lines[i - 1][-1][1] if lines[i - 1] else None
            nxt = ln[0][1] if ln else None
            tg = prev if (prev is not None and prev == nxt) else None
            out.extend((s, tg) for s in sep)
        out.extend(ln)
    return out


def hardwrap(chars, width):
    """Hard-wrap prose at display width; paragraphs split at existing newlines."""
    paras = []
    cur = []
    for c in chars:
        if c[0] == "\n":
            paras.append(cur)
            cur = []
        else:
            cur.append(c)
    paras.append(cur)
    out_lines = []
    for p in paras:
        out_lines.extend(wrap(p, width) if p else [[]])
    return join_lines(out_lines)


class Doc:
    def __init__(self):
        self.c = []

    def add(self, *parts):
        self.c.extend(segs_to_chars(parts))
        return self

    def addc(self, chars):
        self.c.extend(chars)
        return self

    def nl(self, k=1):
        self.c.extend(("\n", None) for _ in range(k))
        return self

    def finish(self):
        text = "".join(ch for ch, _ in self.c)
        spans = []
        i = 0
        n = len(self.c)
        while i < n:
            tg = self.c[i][1]
            if tg is None:
                i += 1
                continue
            j = i
            while j < n and self.c[j][1] == tg:
                j += 1
            s, e = i, j
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append({"kind": tg[0], "start": s, "end": e})
            i = j
        return text, spans


# table renderers: rows are lists of cells (char lists)


def r_tabs(rows, sep="\t", trail=False):
    out = []
    for row in rows:
        for k, cell in enumerate(row):
            if k:
                out.extend((ch, None) for ch in sep)
            out.extend(cell)
        if trail:
            out.append((sep, None))
        out.append(("\n", None))
    return out


def r_lines(rows, widths=None, blank_between_rows=False, skip_empty=True):
    out = []
    for row in rows:
        for k, cell in enumerate(row):
            if skip_empty and not cell:
                continue
            w = widths[k] if widths else None
            out.extend(join_lines(wrap(cell, w)))
            out.append(("\n", None))
        if blank_between_rows:
            out.append(("\n", None))
    return out


def r_layout(rows, widths, gap=2, valign="middle", indent=0, right=()):
    out = []
    for row in rows:
        wrapped = [wrap(cell, widths[k]) for k, cell in enumerate(row)]
        h = max(len(w) for w in wrapped)
        grid = []
        for w in wrapped:
            if valign == "middle":
                off = (h - len(w)) // 2
            else:
                off = 0
            grid.append([[]] * off + w + [[]] * (h - off - len(w)))
        for li in range(h):
            line = [(" ", None)] * indent
            for k in range(len(row)):
                frag = grid[k][li]
                pad = widths[k] - cwidth(frag)
                if pad < 0:
                    pad = 0
                if k in right:
                    line.extend([(" ", None)] * pad + frag)
                else:
                    line.extend(frag + [(" ", None)] * pad)
                if k < len(row) - 1:
                    line.extend([(" ", None)] * gap)
            while line and line[-1][0] == " ":
                line.pop()
            out.extend(line)
            out.append(("\n", None))
    return out


def r_csv(rows):
    out = []
    for row in rows:
        for k, cell in enumerate(row):
            if k:
                out.append((",", None))
            txt = "".join(c for c, _ in cell)
            if any(x in txt for x in ',"\n'):
                out.append(('"', None))
                for c in cell:
                    if c[0] == '"':
                        out.append(('"', None))
                    out.append(c)
                out.append(('"', None))
            else:
                out.extend(cell)
        out.append(("\r\n", None) if False else ("\n", None))
    return out


# ----------------------------------------------------------------------------------------------
# people and values


class Gen:
    def __init__(self, rng, ck):
        self.r = rng
        self.k = ck
        self.c = COUNTIES[ck]
        self.ref = 2024

    # names
    def han_name(self, sex, kid=False, sur=None):
        r = self.r
        if sur is None:
            x = r.random()
            if x < 0.015:
                sur = r.choice(COMPOUND)
            elif x < 0.35:
                sur = r.choice(BOOST[self.k])
            else:
                sur = r.choice(HAN_SUR)
        if kid:
            g = r.choice(KID_CH) + r.choice(KID_CH)
            if r.random() < 0.15:
                g = r.choice(KID_CH)
        else:
            pool = M_CH if sex == "男" else F_CH
            g = r.choice(pool) + (r.choice(pool) if r.random() < 0.75 else "")
        return sur + g

    def name(self, sex, kid=False, sur=None):
        r = self.r
        e = self.c["ethnic"]
        if e == "yi" and (r.random() < 0.72 or (sur and sur in YI_SUR)):
            s = sur if (sur and len(sur) == 2) else r.choice(YI_SUR)
            return s + r.choice(YI_M if sex == "男" else YI_F)
        if e == "tb" and r.random() < 0.85:
            pool1 = TB_M if sex == "男" else TB_F
            if r.random() < 0.3:
                return r.choice(pool1)
            a = r.choice(TB_M + TB_F)
            b = r.choice(pool1)
            while b == a:
                b = r.choice(pool1)
            return a + b
        if e == "kr" and r.random() < 0.4:
            s = sur if (sur and len(sur) == 1 and sur in KR_SUR) else r.choice(KR_SUR)
            return s + r.choice(KR_M if sex == "男" else KR_F)
        if e == "hui" and r.random() < 0.18 and sur is None:
            sur = r.choice(HUI_SUR)
        if sur and len(sur) == 2 and sur in YI_SUR:
            sur = None
        return self.han_name(sex, kid, sur)

    def surname_of(self, nm):
        for cs in COMPOUND + YI_SUR:
            if nm.startswith(cs):
                return cs
        if self.c["ethnic"] == "tb" and not any(nm.startswith(s) for s in HAN_SUR):
            return None
        return nm[0]

    # ids
    def birth(self, a0, a1, ref=None):
        r = self.r
        if ref is None:
            ref = self.ref
        y = ref - r.randint(a0, a1)
        d0 = date(y, 1, 1)
        return d0 + timedelta(days=r.randint(0, 364))

    def idno(self, b, sex, code=None):
        r = self.r
        if code is None:
            x = r.random()
            if x < 0.8:
                code = self.c["code"]
            elif self.c["old"] and b.year < 1995 and x < 0.92:
                code = r.choice(self.c["old"])
            else:
                code = r.choice(self.c["near"])
        seq = r.randint(0, 99) * 10 + (
            r.choice([1, 3, 5, 7, 9]) if sex == "男" else r.choice([0, 2, 4, 6, 8])
        )
        s17 = code + b.strftime("%Y%m%d") + "%03d" % seq
        return s17 + id_check(s17)

    def id15(self, b, sex):
        r = self.r
        code = self.c["code"] if not self.c["old"] else r.choice([self.c["code"]] + self.c["old"])
        seq = r.randint(0, 99) * 10 + (
            r.choice([1, 3, 5, 7, 9]) if sex == "男" else r.choice([0, 2, 4, 6, 8])
        )
        return code + b.strftime("%y%m%d") + "%03d" % seq

    def mobile(self):
        return self.r.choice(MOB_PRE) + "".join(self.r.choice("0123456789") for _ in range(8))

    def landline(self, sep="-"):
        return (
            self.c["area"]
            + sep
            + self.r.choice("2345678")
            + "".join(self.r.choice("0123456789") for _ in range(6))
        )

    def bank(self):
        r = self.r
        b = r.choice(BINS)
        n = r.choice([19, 19, 19, 16]) if b not in ("621661", "622908") else r.choice([16, 19])
        body = b + "".join(r.choice("0123456789") for _ in range(n - 7))
        return body + luhn_digit(body), BANK_NAMES[b]

    def plate(self):
        r = self.r
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = "".join(r.choice(L + "0123456789") for _ in range(2)) + "".join(
            r.choice("0123456789") for _ in range(3)
        )
        if r.random() < 0.3:
            tail = "".join(r.choice("0123456789") for _ in range(5))
        return self.c["plate"] + r.choice(["", "·", " "]) + tail

    def sex(self):
        return self.r.choice(["男", "女"])

    # addresses
    def town(self):
        return self.r.choice(self.c["towns"])

    def village(self):
        return self.r.choice(self.c["villages"])

    def zu(self):
        r = self.r
        if self.k == "wh" and r.random() < 0.5:
            return r.choice(["上屋", "下围", "新屋", "老屋", "塘背", "坑尾", "岭下", "中心"]) + "组"
        if self.k == "wq" and r.random() < 0.3:
            return r.choice("一二三四五六七") + "社"
        return (
            r.choice(
                [
                    "%d组" % r.randint(1, 12),
                    "%d组" % r.randint(1, 9),
                    "第%s村民小组" % r.choice("一二三四五六七八"),
                ]
            )
            if r.random() < 0.2
            else "%d组" % r.randint(1, 12)
        )

    def rural_addr(self, with_town=True, with_county=False, town=None, village=None):
        r = self.r
        s = ""
        if with_county:
            s += self.c["county"]
        if with_town:
            s += town or self.town()
        s += village or self.village()
        s += self.zu()
        if r.random() < 0.35:
            s += "%d号" % r.randint(1, 120)
        return s

    def urban_addr(self, with_county=False):
        r = self.r
        s = self.c["county"] if with_county else ""
        s += self.c["towns"][0]
        x = r.random()
        if x < 0.4:
            s += "%s%d号%d栋%d单元%d室" % (
                r.choice(self.c["streets"]),
                r.randint(1, 300),
                r.randint(1, 20),
                r.randint(1, 4),
                r.randint(1, 7) * 100 + r.randint(1, 4),
            )
        elif x < 0.7:
            s += "%s%d号楼%d单元%d" % (
                r.choice(self.c["estates"]),
                r.randint(1, 30),
                r.randint(1, 5),
                r.randint(1, 6) * 100 + r.randint(1, 4),
            )
        elif x < 0.85:
            s += "%s%d号" % (r.choice(self.c["streets"]), r.randint(1, 400))
        else:
            s += "%s%d幢%d室" % (
                r.choice(self.c["estates"]),
                r.randint(1, 40),
                r.randint(1, 6) * 100 + r.randint(1, 6),
            )
        return s

    def home_addr(self, **kw):
        return (
            self.urban_addr(kw.get("with_county", False)) if self.r.random() < 0.3 else self.rural_addr(**kw)
        )

    def date_in(self, y):
        return date(y, 1, 1) + timedelta(days=self.r.randint(0, 360))


def mask_name(nm, rng):
    if len(nm) <= 1:
        return nm
    x = rng.random()
    if x < 0.5:
        return nm[0] + "*" * (len(nm) - 1)
    if x < 0.8:
        return nm[0] + "某" * min(2, len(nm) - 1)
    return nm[0] + "*" + nm[-1] if len(nm) >= 3 else nm[0] + "*"


def mask_id(s, rng):
    if rng.random() < 0.5:
        return s[:6] + "*" * 8 + s[-4:]
    return s[:4] + "*" * 10 + s[-4:]


def mask_mob(m):
    return m[:3] + "****" + m[-4:]


def excel_mangle(s):
    mant = (s[0] + "." + s[1:6]).rstrip("0").rstrip(".")
    return "%sE+%d" % (mant, len(s) - 1)


FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
NORM = str.maketrans("０１２３４５６７８９ＸｘＥＨＭＣＫ－", "0123456789XXEHMCK-")


def ocr_num(s, rng):
    """OCR noise inside a number: full-width digits or a stray space."""
    x = rng.random()
    if x < 0.5:
        return s.translate(FW)
    p = rng.randint(3, len(s) - 3)
    return s[:p] + " " + s[p:]


def ocr_name(s, rng):
    if len(s) >= 2 and rng.random() < 0.6:
        p = rng.randint(1, len(s) - 1)
        return s[:p] + " " + s[p:]
    return s


def not_id(rng, s):
    """Make sure an 18-digit serial is not accidentally a valid id number."""
    if len(s) == 18 and id_valid(s):
        s = s[:17] + ("0" if s[17] != "0" else "1")
    return s


def amount(v, style):
    if style == 0:
        return "%d" % v
    if style == 1:
        return "%.2f" % v
    return "{:,.2f}".format(v)


# ----------------------------------------------------------------------------------------------
# shared document furniture

AGENCY = {
    "mz": "民政局",
    "tyjr": "退役军人事务局",
    "nync": "农业农村局",
    "ybj": "医疗保障局",
    "zjj": "住房和城乡建设局",
    "wjj": "卫生健康局",
    "zrzy": "自然资源局",
    "yjj": "应急管理局",
}


def meta_block(g, d, agency, title, y, wenhao=None, style=0):
    r = g.r
    cc = credit_code(r, g.c["code"], "11")
    idx = "%s/%d-%05d" % (cc, y, r.randint(1, 3000))
    dt = g.date_in(y)
    if style == 0:
        d.add(
            "索引号：",
            idx,
            "\t",
            "主题分类：",
            r.choice(
                [
                    "民政、扶贫、救灾",
                    "城乡建设、环境保护",
                    "卫生、体育",
                    "农业、林业、水利",
                    "劳动、人事、监察",
                ]
            ),
        )
        d.nl().add("发布机构：", agency, "\t", "成文日期：", dt.strftime("%Y-%m-%d"))
        d.nl().add("名　　称：", title).nl()
        if wenhao:
            d.add("文　　号：", wenhao).nl()
        d.add("发布日期：", (dt + timedelta(days=r.randint(0, 6))).strftime("%Y-%m-%d")).nl(2)
    else:
        d.add(
            "首页 > 政务公开 > 法定主动公开内容 > ",
            r.choice(["重点领域信息公开", "社会救助", "部门信息"]),
            " > ",
            agency,
        ).nl()
        d.add(title).nl()
        d.add(
            "来源：",
            agency,
            "　发布时间：",
            dt.strftime("%Y-%m-%d %H:%M:%S"),
            "　浏览次数：",
            str(r.randint(12, 4000)),
        ).nl()
        d.add("【字体：大 中 小】 【打印本页】").nl(2)
        if style == 2:
            d.add("信息索引号：", idx).nl()
    return dt


def tail_block(g, d, agency, dt, office=True, mobile_contact=False):
    r = g.r
    if office:
        d.add("监督电话：", g.landline(), "（", agency, "）").nl()
    if r.random() < 0.3:
        d.add("举报电话：12345（政务服务便民热线）").nl()
    if mobile_contact:
        d.add("联系人：", g.name(g.sex()), "　联系电话：", (g.mobile(), "mobile")).nl()
    if r.random() < 0.25:
        d.add(
            "通讯地址：",
            g.c["county"],
            g.c["towns"][0],
            r.choice(g.c["streets"]),
            "%d号" % r.randint(1, 200),
            "　邮编：",
            g.c["post"],
        ).nl()
    d.nl().add(" " * r.randint(20, 40), g.c["county"] + agency).nl()
    d.add(" " * r.randint(20, 40), "%d年%d月%d日" % (dt.year, dt.month, dt.day)).nl()


def wenhao(g, y, dept="民"):
    return "%s%s发〔%d〕%d号" % (g.c["abbr"], dept, y, g.r.randint(1, 160))


def page_header(title, page, total):
    return C("\f", title, "\n") if page > 1 else C()


# ----------------------------------------------------------------------------------------------
# families


def fam_orphan(g, d):
    r = g.r
    c = g.c
    y = r.randint(2021, 2024)
    g.ref = y
    m = r.randint(1, 12)
    title = "%s%d年%d月孤儿及事实无人抚养儿童基本生活费发放名册" % (c["county"], y, m)
    variant = r.choice(["layout", "layout", "raw", "masked"])
    d.add(title).nl(2)
    d.add(
        "填报单位：",
        c["county"],
        "民政局（盖章）",
        "      ",
        "单位：元",
        "      ",
        "填报时间：%d年%d月%d日" % (y, m, r.randint(1, 28)),
    ).nl(2)
    heads = [
        "序号",
        "乡镇",
        "儿童姓名",
        "性别",
        "身份证号码",
        "类别",
        "监护人",
        "关系",
        "监护人身份证号",
        "社保卡账号",
        "金额",
        "备注",
    ]
    widths = [4, 8, 8, 4, 18, 10, 8, 6, 18, 19, 6, 14]
    n = r.randint(6, 16)
    rows = [[C(h) for h in heads]]
    total = 0
    for i in range(n):
        sex = g.sex()
        kid_b = g.birth(1, 17)
        kid = g.name(sex, kid=True)
        kid_id = g.idno(kid_b, sex)
        cat = r.choice(["散居孤儿", "事实无人抚养儿童", "事实无人抚养儿童", "集中供养孤儿"])
        amt = {"散居孤儿": 1340, "事实无人抚养儿童": 1340, "集中供养孤儿": 1800}[cat] + r.choice(
            [0, 0, 100, -200]
        )
        total += amt
        town = g.town()
        if variant == "masked":
            kid_cell = C(mask_name(kid, r))
            kid_id_cell = C(mask_id(kid_id, r))
        else:
            kid_cell = C((kid, "name"))
            kid_id_cell = C((kid_id, "id_card"))
        if cat == "集中供养孤儿":
            gcell, rel, gid, card = C(c["welfare"]), C("机构监护"), C(), C()
            note = C(r.choice(["", "父母双亡", "弃婴", "父母均死亡"]))
        else:
            gsex = g.sex()
            rel_s = r.choice(
                ["祖父", "祖母", "外祖父", "外祖母", "伯父", "叔叔", "姑姑", "舅舅", "哥哥", "母亲", "父亲"]
            )
            gsex = "男" if rel_s in ("祖父", "外祖父", "伯父", "叔叔", "舅舅", "哥哥", "父亲") else "女"
            sur = g.surname_of(kid) if rel_s in ("祖父", "伯父", "叔叔", "父亲", "哥哥") else None
            gname = g.name(gsex, sur=sur)
            if rel_s in ("父亲", "母亲"):
                gb = g.birth(24 + (2024 - y) * 0 + (y - kid_b.year), 45 + (y - kid_b.year) // 2)
            elif rel_s == "哥哥":
                gb = g.birth(19, 30)
            else:
                gb = g.birth(45, 80)
            gidv = g.idno(gb, gsex)
            bk, _ = g.bank()
            if variant == "masked":
                gcell, gid, card = (
                    C(mask_name(gname, r)),
                    C(mask_id(gidv, r)),
                    C(bk[:4] + "*" * (len(bk) - 8) + bk[-4:]),
                )
            else:
                gcell, gid, card = C((gname, "name")), C((gidv, "id_card")), C((bk, "bank_card"))
            rel = C(rel_s)
            if cat == "事实无人抚养儿童":
                who = r.choice(["父亲", "母亲"])
                oth = "母亲" if who == "父亲" else "父亲"
                x = r.random()
                if x < 0.35:
                    cond = r.choice(
                        [
                            "肢体一级残疾",
                            "精神二级残疾",
                            "智力一级残疾",
                            "视力二级残疾",
                            "重度残疾（肢体一级）",
                            "尿毒症",
                            "恶性肿瘤晚期",
                            "重度精神分裂症",
                        ]
                    )
                    note = C(who, (cond, "health"), "，", oth, r.choice(["死亡", "失联", "服刑", "改嫁"]))
                elif x < 0.7:
                    note = C(
                        who,
                        r.choice(["服刑在押", "死亡", "失联满6个月"]),
                        "，",
                        oth,
                        r.choice(["失联", "死亡", "被撤销监护资格"]),
                    )
                else:
                    note = C(who + "死亡，" + oth + "服刑")
            else:
                note = C(r.choice(["", "", "父母双亡", "新增"]))
        rows.append(
            [
                C(str(i + 1)),
                C(town),
                kid_cell,
                C(sex),
                kid_id_cell,
                C(cat),
                gcell,
                rel,
                gid,
                card,
                C(str(amt)),
                note,
            ]
        )
    rows.append([C("合计"), C(), C(), C(), C(), C(), C(), C(), C(), C(), C(str(total)), C()])
    if variant in ("layout", "masked"):
        # narrow columns for the wrap-prone cells
        w2 = list(widths)
        w2[1] = r.choice([6, 8])
        w2[5] = r.choice([8, 10])
        w2[6] = r.choice([6, 8])
        w2[11] = r.choice([10, 12, 14])
        half = len(rows) // 2 if len(rows) > 10 else len(rows)
        d.addc(r_layout(rows[:half], w2, gap=r.choice([1, 2, 3]), valign=r.choice(["middle", "top"])))
        if half < len(rows):
            d.add("\f").add("第 2 页，共 2 页").nl(2)
            d.addc(r_layout([rows[0]] + rows[half:], w2, gap=2, valign="middle"))
    else:
        w2 = [None, 6, 6, None, None, 8, 6, None, None, None, None, 10]
        d.addc(r_lines(rows, widths=w2))
    d.nl()
    d.add(
        "制表人：", g.name(g.sex()), "        审核人：", g.name(g.sex()), "        分管领导：", g.name("男")
    ).nl()
    d.add("第 1 页").nl()
    return title


def fam_mental(g, d):
    r = g.r
    c = g.c
    y = r.randint(2021, 2024)
    g.ref = y
    q = r.randint(1, 4)
    title = "关于%s%d年第%s季度严重精神障碍患者监护补贴发放情况的公示" % (c["county"], y, "一二三四"[q - 1])
    style = r.choice([1, 1, 2, 0])
    dt = meta_block(g, d, c["county"] + "卫生健康局", title, y, style=style)
    masked = r.random() < 0.35
    n = r.randint(6, 18)
    prose = C(
        "根据《",
        c["prov"],
        "严重精神障碍患者监护补贴发放管理办法》和《关于进一步做好严重精神障碍患者服务管理工作的通知》（",
        g.c["abbr"],
        "卫健发〔%d〕%d号）要求，经乡镇（街道）初审、县卫生健康局复核、县民政局和县财政局审核，现将%d年第%s季度%d名在册患者监护补贴发放情况予以公示，补贴标准为每人每月%d元。"
        % (y, r.randint(3, 90), y, "一二三四"[q - 1], n, r.choice([50, 100, 150])),
    )
    d.add(title).nl(2)
    d.addc(hardwrap(prose, r.choice([70, 80, 200])))
    d.nl(2)
    heads = [
        "序号",
        "乡镇",
        "村（社区）",
        "患者姓名",
        "性别",
        "年龄",
        "诊断",
        "监护人",
        "与患者关系",
        "监护人联系电话",
        "补贴金额（元）",
    ]
    rows = [[C(h) for h in heads]]
    diags = [
        "精神分裂症",
        "双相情感障碍",
        "偏执性精神病",
        "分裂情感性障碍",
        "癫痫所致精神障碍",
        "精神发育迟滞伴发精神障碍",
        "偏执型精神分裂症",
        "复发性抑郁障碍（重度）",
        "器质性精神障碍",
    ]
    for i in range(n):
        sex = g.sex()
        age = r.randint(18, 80)
        pn = g.name(sex)
        rel = r.choice(["父亲", "母亲", "配偶", "儿子", "女儿", "兄弟", "姐妹"])
        gsex = (
            "男"
            if rel in ("父亲", "儿子", "兄弟")
            else ("女" if rel in ("母亲", "女儿", "姐妹") else ("女" if sex == "男" else "男"))
        )
        gn = g.name(gsex, sur=g.surname_of(pn) if rel in ("父亲", "儿子", "兄弟", "姐妹", "女儿") else None)
        mob = g.mobile()
        if masked:
            pc, gc, mc = C(mask_name(pn, r)), C(mask_name(gn, r)), C(mask_mob(mob))
        else:
            pc, gc = C((pn, "name")), C((gn, "name"))
            mc = C((mob, "mobile")) if r.random() < 0.85 else C((g.landline(), "landline"))
        rows.append(
            [
                C(str(i + 1)),
                C(g.town()),
                C(g.village()),
                pc,
                C(sex),
                C(str(age)),
                C((r.choice(diags), "health")),
                gc,
                C(rel),
                mc,
                C(amount(r.choice([150, 300, 450, 600]), r.randint(0, 1))),
            ]
        )
    if style in (1, 2):
        hv = r.choice(["lines", "lines_blank", "space"])
        if hv == "space":
            for row in rows:
                d.addc(join_lines([sum(([(" ", None)] + cl if k else cl for k, cl in enumerate(row)), [])]))
                d.nl()
        else:
            d.addc(r_lines(rows, blank_between_rows=(hv == "lines_blank"), skip_empty=False))
    else:
        d.addc(r_tabs(rows))
    d.nl()
    d.add(
        "公示期：%d年%d月%d日至%d年%d月%d日（5个工作日）。如有异议，请在公示期内以书面形式向县卫生健康局反映。"
        % (dt.year, dt.month, dt.day, dt.year, dt.month, min(28, dt.day + 7))
    ).nl()
    d.add("联系电话：", g.landline(), "；心理援助热线：12320").nl()
    tail_block(g, d, "卫生健康局", dt, office=False, mobile_contact=r.random() < 0.2)
    return title


def fam_home(g, d):
    r = g.r
    c = g.c
    y = r.randint(2021, 2024)
    g.ref = y
    title = "%s%d年农村特困人员集中供养（敬老院入住）名册" % (c["county"], y)
    ncol = 13
    rows = []

    def pad(cells):
        return cells + [C()] * (ncol - len(cells))

    rows.append(pad([C(title)]))
    inst_codes = {h: credit_code(r, c["code"], "12") for h in c["home"]}
    rows.append(
        pad(
            [
                C("填报单位：", c["county"], "民政局"),
                C(),
                C(),
                C(),
                C(),
                C(),
                C(),
                C(),
                C(),
                C("单位：人、元/月"),
            ]
        )
    )
    heads = [
        "序号",
        "乡镇",
        "供养机构",
        "姓名",
        "性别",
        "民族",
        "出生年月",
        "公民身份号码",
        "户籍所在地",
        "自理能力",
        "入住时间",
        "供养标准（元/月）",
        "备注",
    ]
    rows.append([C(h) for h in heads])
    k = 0
    date_style = r.choice(["slash", "dot", "serial", "ym"])
    for home in r.sample(c["home"], r.randint(1, len(c["home"]))):
        htown = home.replace(c["county"], "")[:3]
        htown = next((t for t in c["towns"] if home.find(t) >= 0), c["towns"][0])
        for j in range(r.randint(3, 9)):
            k += 1
            sex = r.choice(["男", "男", "女"])
            b = g.birth(60, 95)
            nm = g.name(sex)
            x = r.random()
            if x < 0.12 and b.year < 1960:
                idc = C("'" if r.random() < 0.5 else "", (g.id15(b, sex), "id_card_15"))
            elif x < 0.3:
                idc = C(excel_mangle(g.idno(b, sex)))
            elif x < 0.65:
                idc = C("'", (g.idno(b, sex), "id_card"))
            else:
                idc = C((g.idno(b, sex), "id_card"))
            if date_style == "slash":
                bd = "%d/%d/%d" % (b.year, b.month, b.day)
            elif date_style == "dot":
                bd = "%d.%02d" % (b.year, b.month)
            elif date_style == "serial":
                bd = str((b - date(1899, 12, 30)).days)
            else:
                bd = "%d年%d月" % (b.year, b.month)
            ax = r.random()
            if ax < 0.45:
                addr = C((g.rural_addr(with_town=True), "address"))
            elif ax < 0.65:
                t = g.town()
                addr = C((t + "\n" + g.village() + g.zu(), "address"))
            elif ax < 0.8:
                addr = C(g.town() + g.village())
            else:
                addr = C((g.rural_addr(with_town=True, with_county=True), "address"))
            sc = r.random()
            if sc < 0.55:
                selfc = C("全自理")
            elif sc < 0.8:
                selfc = C((r.choice(["半失能", "部分失能"]), "health"))
            else:
                selfc = C((r.choice(["全失能", "完全失能"]), "health"))
            note_x = r.random()
            if note_x < 0.2:
                note = C(
                    "患有",
                    (r.choice(["高血压", "糖尿病", "慢性支气管炎", "脑梗后遗症", "阿尔茨海默病"]), "health"),
                )
            elif note_x < 0.3:
                note = C(
                    (r.choice(["肢体二级残疾", "视力一级残疾", "智力三级残疾", "听力二级残疾"]), "health")
                )
            elif note_x < 0.4:
                note = C("原五保户")
            else:
                note = C()
            ind = g.date_in(r.randint(2010, y))
            std = r.choice([980, 1060, 1150, 1280, 1420])
            first = j == 0
            rows.append(
                [
                    C(str(k)),
                    C(htown) if first else C(),
                    C(home) if first else C(),
                    C((nm, "name")),
                    C(sex),
                    C(r.choice(c["nation"])),
                    C(bd),
                    idc,
                    addr,
                    selfc,
                    C(ind.strftime("%Y-%m")) if r.random() < 0.7 else C(str((ind - date(1899, 12, 30)).days)),
                    C(str(std)),
                    note,
                ]
            )
    rows.append(pad([C("合计"), C(), C(), C("%d人" % k)]))
    rows.append(pad([]))
    h0 = c["home"][0]
    rows.append(
        pad(
            [
                C("供养机构统一社会信用代码：", inst_codes[h0]),
                C(),
                C(),
                C(),
                C(),
                C(),
                C("机构地址：", c["towns"][0], r.choice(c["streets"]), "%d号" % r.randint(1, 300)),
            ]
        )
    )
    rows.append(
        pad(
            [
                C("制表人：", g.name(g.sex())),
                C(),
                C(),
                C("审核人：", g.name(g.sex())),
                C(),
                C(),
                C("院长：", g.name("男")),
                C(),
                C(),
                C("联系电话：", g.landline()),
            ]
        )
    )
    d.addc(r_csv(rows))
    return title


def fam_winter(g, d):
    r = g.r
    c = g.c
    y = r.randint(2020, 2024)
    g.ref = y
    town = g.town()
    title = "%s%d—%d年度冬春受灾群众生活救助花名册" % (town, y, y + 1)
    variant = r.choice(["raw", "tabs", "layout"])
    d.add(c["county"], town, "人民政府").nl()
    d.add(title).nl()
    d.add(
        "批次：第%d批    填报日期：%d年%d月%d日"
        % (r.randint(1, 3), y + (1 if r.random() < 0.5 else 0), r.choice([1, 2, 11, 12]), r.randint(1, 28))
    ).nl(2)
    heads = [
        "序号",
        "村（社区）",
        "户主姓名",
        "身份证号码",
        "家庭人口",
        "受灾情况",
        "救助类型",
        "救助金额（元）",
        "一卡通账号",
        "联系电话",
        "备注",
    ]
    rows = [[C(h) for h in heads]]
    n = r.randint(8, 20)
    dis = [
        "%d年7月暴雨洪涝致房屋一般损坏" % y,
        "%d年8月山洪致住房严重损坏" % y,
        "旱灾导致农作物绝收",
        "雪灾致牲畜死亡%d头（只）" % r.randint(2, 30),
        "因灾口粮短缺",
        "冰雹致果园受灾",
        "地震致房屋墙体开裂",
        "低温冷冻灾害致越冬困难",
    ]
    tot = 0
    for i in range(n):
        sex = r.choice(["男", "男", "男", "女"])
        b = g.birth(28, 85)
        nm = g.name(sex)
        if b.year < 1965 and r.random() < 0.12:
            idc = C((g.id15(b, sex), "id_card_15"))
        else:
            idc = C((g.idno(b, sex), "id_card"))
        dx = r.random()
        if dx < 0.2:
            sit = C(
                r.choice(["户主", "妻子", "儿子", "本人"]),
                r.choice(["患", "身患"]),
                (r.choice(["肺癌", "尿毒症", "脑瘤", "白血病", "肝硬化", "慢性肾衰竭"]), "health"),
                "，",
                r.choice(dis),
            )
        elif dx < 0.3:
            sit = C(
                r.choice(dis),
                "，家有",
                (r.choice(["二级肢体残疾", "一级视力残疾", "重度智力残疾"]), "health"),
                "人员",
            )
        else:
            sit = C(r.choice(dis))
        typ = r.choice(["口粮救助", "衣被救助", "取暖救助", "口粮、取暖救助", "临时生活救助"])
        amt = r.choice([300, 500, 600, 800, 1000, 1200, 1500])
        tot += amt
        bx = r.random()
        if bx < 0.75:
            bk, _ = g.bank()
            if variant == "raw" and r.random() < 0.3:
                bk = " ".join(bk[i2 : i2 + 4] for i2 in range(0, len(bk), 4))
            bcell = C((bk, "bank_card"))
        elif bx < 0.9:
            bk, _ = g.bank()
            bcell = C(bk[:6] + "*" * (len(bk) - 10) + bk[-4:])
        else:
            bcell = C("现金发放")
        px = r.random()
        if px < 0.7:
            pcell = C((g.mobile(), "mobile"))
        elif px < 0.8:
            pcell = C((g.landline(sep=r.choice(["-", ""])), "landline"))
        else:
            pcell = C()
        vill = g.village()
        note = C(r.choice(["", "", "", "脱贫户", "监测户", "低保户", "特困户"]))
        rows.append(
            [
                C(str(i + 1)),
                C(vill),
                C((nm, "name")),
                idc,
                C(str(r.randint(1, 7))),
                sit,
                C(typ),
                C(str(amt)),
                bcell,
                pcell,
                note,
            ]
        )
    rows.append([C("合计"), C(), C("%d户" % n), C(), C(), C(), C(), C(str(tot)), C(), C(), C()])
    if variant == "raw":
        d.addc(r_lines(rows, widths=[None, 10, None, None, None, 16, 8, None, None, None, None]))
    elif variant == "tabs":
        d.addc(r_tabs(rows))
    else:
        d.addc(r_layout(rows, [4, 10, 8, 18, 4, 20, 10, 6, 22, 12, 6], gap=2, valign="middle", right=(7,)))
    d.nl()
    d.add(
        "经办人：", g.name(g.sex()), "    村委会主任：", g.name("男"), "    乡镇分管领导：", g.name(g.sex())
    ).nl()
    d.add("注：本花名册经村级评议、乡镇审核后在村务公开栏张贴公示7天，监督电话：", g.landline(), "。").nl()
    return title


def fam_veteran(g, d):
    r = g.r
    c = g.c
    y = r.randint(2020, 2024)
    g.ref = y
    season = r.choice(["春季", "秋季"])
    title = "%s%d年%s退役士兵自主就业一次性经济补助金发放公示" % (c["county"], y, season)
    dt = meta_block(
        g, d, c["county"] + "退役军人事务局", title, y, wenhao=wenhao(g, y, "退役"), style=r.choice([0, 1])
    )
    d.add(title).nl(2)
    n = r.randint(6, 18)
    prose = C(
        "根据《退役士兵安置条例》《",
        c["prov"],
        "退役士兵自主就业一次性经济补助金发放办法》规定，经审核，",
        c["county"],
        "%d年%s共有%d名退役士兵选择自主就业，符合一次性经济补助金发放条件。一次性经济补助金按照服役年限计发，现将发放情况公示如下，公示期为%d个工作日。"
        % (y, season, n, r.choice([5, 7])),
    )
    d.addc(hardwrap(prose, r.choice([72, 84, 300])))
    d.nl(2)
    heads = [
        "序号",
        "姓名",
        "性别",
        "入伍时间",
        "退役时间",
        "服役年限",
        "退役时军衔",
        "入伍地",
        "公民身份号码",
        "补助金额（元）",
        "开户银行",
        "银行账号",
        "备注",
    ]
    with_bank = r.random() < 0.6
    if not with_bank:
        heads = heads[:10] + heads[12:]
    rows = [[C(h) for h in heads]]
    for i in range(n):
        sex = "男" if r.random() < 0.93 else "女"
        nm = g.name(sex)
        yrs = r.choice([2, 2, 2, 3, 5, 8, 12])
        ent = date(y - yrs, 9, r.randint(1, 15))
        b = g.birth(18, 22, ref=ent.year)
        rank = {2: "上等兵", 3: "下士", 5: "下士", 8: "中士", 12: "上士"}[yrs]
        amt = yrs * r.choice([5000, 5500, 6000]) + r.choice([0, 0, 2000])
        row = [
            C(str(i + 1)),
            C((nm, "name")),
            C(sex),
            C(ent.strftime("%Y.%m")),
            C("%d.%02d" % (y, 9 if season == "秋季" else 3)),
            C(str(yrs)),
            C(rank),
            C(g.town()),
            C((g.idno(b, sex), "id_card")),
            C(amount(amt, r.randint(0, 2))),
        ]
        if with_bank:
            bk, bn = g.bank()
            row += [C(c["county"][:2] + bn if r.random() < 0.3 else bn), C((bk, "bank_card"))]
        nx = r.random()
        if nx < 0.12:
            row.append(
                C(
                    (
                        r.choice(["七级伤残（因公）", "八级伤残（因战）", "十级伤残（因公）", "九级残疾"]),
                        "health",
                    )
                )
            )
        elif nx < 0.25:
            row.append(C(r.choice(["优秀士兵", "荣立三等功", "获嘉奖2次", "大学生士兵"])))
        else:
            row.append(C())
        rows.append(row)
    v = r.choice(["tabs", "tabs", "lines"])
    if v == "tabs":
        d.addc(r_tabs(rows, trail=r.random() < 0.3))
    else:
        d.addc(r_lines(rows, skip_empty=False))
    d.nl()
    d.add("如对公示内容有异议，请于公示期内向县退役军人事务局安置科反映。").nl()
    d.add(
        "联系人：",
        g.name(g.sex()),
        "　　联系电话：",
        g.landline(),
        "　　电子邮箱：",
        "%sxtyjrj@163.com" % g.k,
    ).nl()
    if r.random() < 0.3:
        d.add("工作人员手机：", (g.mobile(), "mobile")).nl()
    tail_block(g, d, "退役军人事务局", dt, office=False)
    return title


def fam_land(g, d):
    r = g.r
    c = g.c
    y = r.randint(2015, 2019)
    g.ref = y
    town = g.town()
    vill = g.village()
    zu = "%d组" % r.randint(1, 10)
    title = "%s%s%s农村土地承包经营权确权登记颁证公示（第%s榜）" % (town, vill, zu, r.choice("一二三"))
    d.add(title).nl(2)
    prose = C(
        "根据《中华人民共和国农村土地承包法》和",
        c["prov"],
        "农村土地承包经营权确权登记颁证工作方案，经实地勘界、指界和村民小组核实，现将本组承包方及承包地块信息予以公示。公示期为7天，承包方如对公示信息有异议，请于公示期内向村确权工作组提出书面复核申请。",
    )
    d.addc(hardwrap(prose, r.choice([70, 80])))
    d.nl(2)
    fb = c["code"] + "%03d%03d%02d" % (
        r.randint(100, 120),
        r.randint(200, 230),
        int(zu[:-1]),
    )  # 14-digit 发包方编码
    d.add("发包方：", town, vill, zu, "农民集体    发包方编码：", fb, "    发包方负责人：", g.name("男")).nl(
        2
    )
    heads = [
        "承包方编码",
        "承包方代表",
        "身份证号码",
        "家庭成员（关系）",
        "地块名称",
        "地块编码",
        "面积（亩）",
        "四至",
        "备注",
    ]
    rows = [[C(h) for h in heads]]
    nh = r.randint(3, 8)
    neighbors = [g.name(g.sex()) for _ in range(6)]
    for h in range(nh):
        sex = "男" if r.random() < 0.85 else "女"
        b = g.birth(35, 80)
        rep = g.name(sex)
        sur = g.surname_of(rep)
        mem_parts = [(rep, "name"), "（户主）"]
        rels = []
        if r.random() < 0.85:
            rels.append(("妻" if sex == "男" else "夫", g.name("女" if sex == "男" else "男")))
        for k in range(r.randint(0, 3)):
            ks = g.sex()
            rels.append(
                (
                    r.choice(["长子", "次子", "儿子"]) if ks == "男" else r.choice(["长女", "次女", "女儿"]),
                    g.name(ks, sur=sur),
                )
            )
        if r.random() < 0.3:
            rels.append(("母亲", g.name("女")))
        if r.random() < 0.2:
            rels.append(("孙子", g.name("男", kid=True, sur=sur)))
        for rel, nm in rels:
            mem_parts += ["、", (nm, "name"), "（%s）" % rel]
        cbf = not_id(r, fb + "%04d" % (h + 1))
        idv = g.idno(b, sex)
        nplots = r.randint(1, 3)
        for p in range(nplots):
            pname = r.choice(
                ["大田", "河坝地", "坡地", "沟底", "梁上", "门前地", "水田", "旱地", "窝子地", "长条地"]
            )
            pcode = fb + "%05d" % r.randint(1, 400)

            def side(lbl):
                x = r.random()
                if x < 0.4:
                    return C(lbl, "：", (r.choice(neighbors), "name"), r.choice(["地", "田", "承包地", ""]))
                if x < 0.55:
                    return C(lbl, "：", r.choice(["李家坟", "王家沟", "张家林", "集体荒地"]))
                return C(
                    lbl,
                    "：",
                    r.choice(["机耕路", "水渠", "河沟", "山脊", "村道", "集体林地", "田坎", "公路"]),
                )

            sz = []
            for k2, lbl in enumerate(["东", "南", "西", "北"]):
                if k2:
                    sz += C(r.choice(["  ", "，", "；"]))
                sz += side(lbl)
            first = p == 0
            rows.append(
                [
                    C(cbf) if first else C(),
                    C((rep, "name")) if first else C(),
                    C((idv, "id_card")) if first else C(),
                    C(*mem_parts) if first else C(),
                    C(pname),
                    C(pcode),
                    C("%.2f" % (r.randint(20, 400) / 100)),
                    sz,
                    C(r.choice(["", "", "二轮延包", "实测"])),
                ]
            )
    v = r.choice(["layout", "layout", "raw"])
    if v == "layout":
        d.addc(
            r_layout(
                rows,
                [18, 10, 18, r.choice([20, 24, 28]), 8, 19, 6, r.choice([22, 26, 30]), 6],
                gap=r.choice([1, 2]),
                valign=r.choice(["top", "middle"]),
            )
        )
    else:
        d.addc(r_lines(rows, widths=[None, None, None, 24, None, None, None, 20, None]))
    d.nl()
    d.add("村确权工作组监督电话：", g.landline(), "    乡镇农业综合服务中心：", g.landline()).nl()
    d.add(town, vill, "村民委员会（盖章）").nl()
    d.add("%d年%d月%d日" % (y, r.randint(1, 12), r.randint(1, 28))).nl()
    return title


def fam_homestead(g, d):
    r = g.r
    c = g.c
    y = r.randint(2020, 2024)
    g.ref = y
    town = g.town()
    title = "关于%s%d年第%s批农村村民宅基地审批的公示" % (town, y, r.choice("一二三四五"))
    dt = meta_block(
        g,
        d,
        c["county"] + town + "人民政府",
        title,
        y,
        wenhao="%s政发〔%d〕%d号" % (town[:2], y, r.randint(1, 99)),
        style=r.choice([0, 1]),
    )
    d.add(title).nl(2)
    n = r.randint(3, 8)
    intro = C(
        "根据《中华人民共和国土地管理法》第六十二条和《农村宅基地管理暂行办法》规定，经村民小组会议讨论、村集体经济组织审核、乡镇农业农村和自然资源部门联审，以下%d户农户申请宅基地符合“一户一宅”规定，现予公示。公示期为%d日，如有异议，请在公示期内向镇人民政府反映。"
        % (n, r.choice([5, 7, 10]))
    )
    width = r.choice([66, 76, 400])
    d.addc(hardwrap(intro, width))
    d.nl(2)
    recs = []
    prose_mode = r.random() < 0.6
    for i in range(n):
        sex = "男" if r.random() < 0.85 else "女"
        age = r.randint(24, 60)
        b = g.birth(age, age, ref=y)
        nm = g.name(sex)
        sur = g.surname_of(nm)
        vill = g.village()
        zu = g.zu()
        spouse = g.name("女" if sex == "男" else "男")
        kids = [(ks, g.name(ks, kid=True, sur=sur)) for ks in [g.sex() for _ in range(r.randint(0, 3))]]
        idv = g.idno(b, sex)
        area = r.choice([80, 100, 120, 150])
        res_addr = town + vill + zu + ("%d号" % r.randint(1, 99) if r.random() < 0.5 else "")
        site = vill + g.zu()
        recs.append((nm, sex, age, idv, res_addr, spouse, kids, site, area))
        if prose_mode:
            masked_kids = r.random() < 0.3
            p = C(
                "%d.申请人" % (i + 1),
                (nm, "name"),
                "，%s，%d岁，身份证号" % (sex, age),
                (idv, "id_card"),
                "，现住",
                (res_addr, "address"),
                "。家庭人口%d人：配偶" % (2 + len(kids)),
                (spouse, "name"),
            )
            for k, (ks, kn) in enumerate(kids):
                lab = ("长" if k == 0 else "次") + ("子" if ks == "男" else "女")
                if masked_kids:
                    p += C("、", lab, mask_name(kn, r))
                else:
                    p += C("、", lab, (kn, "name"))
            reason = r.choice(
                [
                    "原住房为土木结构危房",
                    "分户后无宅基地",
                    "子女成年需分户建房",
                    "原宅基地因修路被征收",
                    "易地搬迁",
                ]
            )
            p += C(
                "。",
                reason,
                "，申请在",
                (site, "address"),
                "新建住房，占地面积%d平方米，其中建筑面积%d平方米，四至：东至" % (area, area - 20),
                r.choice([C((g.name("男"), "name"), "房屋"), C("村道"), C("自留地")]),
                "，南至",
                r.choice([C("水渠"), C((g.name("男"), "name"), "承包地")]),
                "，西至",
                r.choice([C("李家坟"), C("集体空地"), C("机耕道")]),
                "，北至",
                r.choice([C("山坡"), C("公路"), C((g.name("女"), "name"), "宅基地")]),
                "。",
            )
            d.addc(hardwrap(p, width))
            d.nl(2)
    heads = ["序号", "申请人", "身份证号", "家庭成员", "现住址", "拟建地点", "申请面积（㎡）", "审核意见"]
    rows = [[C(h) for h in heads]]
    for i, (nm, sex, age, idv, res_addr, spouse, kids, site, area) in enumerate(recs):
        mem = C((spouse, "name"), "（配偶）")
        for ks, kn in kids:
            mem += C("、", (kn, "name"), "（%s）" % ("子" if ks == "男" else "女"))
        idcell = C((idv, "id_card")) if not prose_mode or r.random() < 0.5 else C(mask_id(idv, r))
        rows.append(
            [
                C(str(i + 1)),
                C((nm, "name")),
                idcell,
                mem,
                C((res_addr, "address")),
                C((site, "address")),
                C(str(area)),
                C("符合条件"),
            ]
        )
    d.add("附：宅基地审批公示汇总表").nl()
    if r.random() < 0.5:
        d.addc(r_tabs(rows))
    else:
        d.addc(r_layout(rows, [4, 8, 18, 22, 20, 14, 6, 8], gap=2, valign="middle"))
    d.nl()
    d.add("监督举报电话：", g.landline(), "（镇农业农村办）    ", g.landline(), "（镇纪委）").nl()
    d.add("联系人：", g.name(g.sex()), "（镇自然资源所）").nl()
    tail_block(g, d, town + "人民政府", dt, office=False)
    return title


def fam_medical(g, d):
    r = g.r
    c = g.c
    y = r.randint(2021, 2024)
    g.ref = y
    m = r.randint(1, 12)
    title = "%s%d年%d月城乡医疗救助“一站式”结算情况公示" % (c["county"], y, m)
    dt = meta_block(g, d, c["county"] + "医疗保障局", title, y, style=r.choice([1, 2]))
    masked = r.random() < 0.35
    d.add(title).nl()
    n = r.randint(8, 22)
    d.add(
        "根据《",
        c["prov"],
        "医疗救助实施办法》，现将%d年%d月通过“一站式”结算平台享受医疗救助的%d人次情况公示如下：" % (y, m, n),
    ).nl()
    heads = [
        "序号",
        "姓名",
        "性别",
        "救助对象类别",
        "就诊医院",
        "疾病诊断",
        "入院日期",
        "出院日期",
        "总费用",
        "基本医保支付",
        "大病保险支付",
        "医疗救助金额",
        "结算单号",
    ]
    rows = [[C(h) for h in heads]]
    diags = [
        "2型糖尿病",
        "脑梗死",
        "慢性肾功能衰竭（尿毒症期）",
        "肺恶性肿瘤",
        "慢性阻塞性肺疾病急性加重",
        "冠状动脉粥样硬化性心脏病",
        "高血压病3级",
        "重症肺炎",
        "股骨颈骨折",
        "精神分裂症",
        "乳腺恶性肿瘤术后化疗",
        "肝硬化失代偿期",
        "急性阑尾炎",
        "白内障",
        "包虫病",
        "先天性心脏病",
    ]
    if c["ethnic"] == "tb":
        diags += ["高原性心脏病", "包虫病", "大骨节病"]
    for i in range(n):
        sex = g.sex()
        nm = g.name(sex)
        cat = r.choice(["特困人员", "低保对象", "低保边缘家庭", "防返贫监测对象", "孤儿", "重度残疾人"])
        ad = g.date_in(y)
        od = ad + timedelta(days=r.randint(2, 25))
        tot = r.randint(1500, 90000) + r.randint(0, 99) / 100
        base = round(tot * r.uniform(0.5, 0.75), 2)
        big = round((tot - base) * r.uniform(0, 0.4), 2)
        aid = round((tot - base - big) * r.uniform(0.5, 0.9), 2)
        sn = not_id(
            r,
            "%d%02d%02d" % (y, ad.month, ad.day)
            + "".join(r.choice("0123456789") for _ in range(r.choice([10, 12]))),
        )
        dg = r.choice(diags)
        if r.random() < 0.15:
            dg2 = r.choice(diags)
            dcell = C((dg, "health"), "；", (dg2, "health")) if dg2 != dg else C((dg, "health"))
        else:
            dcell = C((dg, "health"))
        nmc = C(mask_name(nm, r)) if masked else C((nm, "name"))
        rows.append(
            [
                C(str(i + 1)),
                nmc,
                C(sex),
                C(cat),
                C(r.choice(c["hosp"])),
                dcell,
                C(ad.isoformat()),
                C(od.isoformat()),
                C("%.2f" % tot),
                C("%.2f" % base),
                C("%.2f" % big),
                C("%.2f" % aid),
                C(sn),
            ]
        )
    hv = r.choice(["lines", "lines_blank", "space", "nbsp"])
    if hv in ("space", "nbsp"):
        sep = " " if hv == "space" else "\u00a0"
        for row in rows:
            for k, cl in enumerate(row):
                if k:
                    d.add(sep)
                d.addc(cl)
            d.nl()
    else:
        d.addc(r_lines(rows, blank_between_rows=(hv == "lines_blank"), skip_empty=False))
    d.nl()
    d.add("医疗保障服务热线：", g.landline(), "　　全国医保服务热线：12393").nl()
    d.add("附件：", title, ".xls").nl()
    d.add("【打印】【关闭】").nl()
    d.add(
        "主办：",
        c["county"],
        "人民政府办公室　承办：",
        c["county"],
        "政务服务和数据管理局　",
        c["prov"][:2],
        "ICP备%08d号" % r.randint(1, 99999999),
    ).nl()
    return title


def fam_temp(g, d):
    r = g.r
    c = g.c
    y = r.randint(2021, 2024)
    g.ref = y
    town = g.town()
    title = "%s临时救助备案表" % town
    variant = r.choice(["forms", "forms", "table"])
    reasons_h = [
        ("其妻子突发", "脑梗死", "住院治疗，自付费用较高"),
        ("本人因", "左股骨骨折", "住院，家庭生活困难"),
        ("其子患", "急性白血病", "在省城化疗"),
        ("本人确诊", "宫颈癌", "，医疗支出大"),
        ("其父", "脑出血", "后偏瘫卧床"),
        ("本人突发", "急性心肌梗死", "住院抢救"),
    ]
    reasons_n = [
        "家中遭遇火灾，房屋及生活用品烧毁",
        "因交通事故致家庭经济困难",
        "外出务工返乡途中遭遇困难",
        "子女上学费用支出较大，基本生活困难",
        "因洪灾房屋倒塌",
    ]
    n = r.randint(3, 8)
    recs = []
    for i in range(n):
        sex = g.sex()
        b = g.birth(22, 80)
        nm = g.name(sex)
        idv = g.idno(b, sex)
        addr = g.home_addr(with_town=True)
        mob = g.mobile()
        hx = r.random()
        if hx < 0.55:
            a1, b1, c1 = r.choice(reasons_h)
            reason = C(a1, (b1, "health"), c1)
        else:
            reason = C(r.choice(reasons_n))
        amt = r.choice([800, 1000, 1500, 2000, 3000, 5000])
        bk, bn = g.bank()
        recs.append((nm, sex, idv, addr, mob, reason, amt, bk, bn, r.randint(1, 6)))
    if variant == "forms":
        for i, (nm, sex, idv, addr, mob, reason, amt, bk, bn, pop) in enumerate(recs):
            if i:
                d.add("\f")
            d.add(title).nl()
            d.add("编号：%s%d%04d" % (town[:2], y, r.randint(1, 300))).nl()
            kv = [
                ("申请人姓名", C((nm, "name"))),
                ("性别", C(sex)),
                ("身份证号码", C((idv, "id_card"))),
                ("家庭住址", C((addr, "address"))),
                ("联系电话", C((mob, "mobile")) if r.random() < 0.85 else C((g.landline(), "landline"))),
                ("家庭人口", C("%d人" % pop)),
                ("救助类别", C(r.choice(["急难型", "支出型"]))),
                ("救助事由", reason),
                ("救助金额", C("%d元" % amt)),
                ("发放方式", C("打卡发放")),
                ("开户银行", C(bn)),
                ("账号", C((bk, "bank_card"))),
            ]
            if r.random() < 0.2:
                kv.insert(
                    5,
                    (
                        "电子邮箱",
                        C(
                            (
                                "%s%d@qq.com"
                                % (
                                    "".join(
                                        r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(3, 6))
                                    ),
                                    r.randint(10, 99999),
                                ),
                                "email",
                            )
                        ),
                    ),
                )
            for k, v in kv:
                d.add(k).nl()
                d.addc(join_lines(wrap(v, 24)))
                d.nl()
            d.add("经办人").nl().add(g.name(g.sex())).nl()
            d.add("审批人").nl().add(g.name("男")).nl()
            d.add("审批日期").nl().add("%d年%d月%d日" % (y, r.randint(1, 12), r.randint(1, 28))).nl()
            d.add("（乡镇人民政府盖章）").nl()
    else:
        d.add(title, "（%d年第%s季度）" % (y, "一二三四"[r.randint(0, 3)])).nl()
        heads = [
            "序号",
            "姓名",
            "身份证号",
            "家庭住址",
            "联系电话",
            "救助事由",
            "救助金额（元）",
            "审批时间",
            "经办人",
        ]
        rows = [[C(h) for h in heads]]
        for i, (nm, sex, idv, addr, mob, reason, amt, bk, bn, pop) in enumerate(recs):
            rows.append(
                [
                    C(str(i + 1)),
                    C((nm, "name")),
                    C((idv, "id_card")),
                    C((addr, "address")),
                    C((mob, "mobile")),
                    reason,
                    C(str(amt)),
                    C("%d.%d.%d" % (y, r.randint(1, 12), r.randint(1, 28))),
                    C(g.name(g.sex())),
                ]
            )
        d.addc(r_lines(rows, widths=[None, None, None, 16, None, 18, None, None, None]))
    d.nl()
    d.add(
        "备案单位：", c["county"], town, "人民政府社会事务办    备案日期：%d年%d月" % (y, r.randint(1, 12))
    ).nl()
    d.add("县民政局社会救助股电话：", g.landline(), "    社会救助服务热线：12345").nl()
    return title


def fam_housing(g, d):
    r = g.r
    c = g.c
    y = r.randint(2020, 2024)
    g.ref = y
    title = "关于%d年第%s批公共租赁住房保障家庭资格审核结果的公示" % (y, r.choice("一二三四"))
    dt = meta_block(
        g, d, c["county"] + "住房和城乡建设局", title, y, wenhao=wenhao(g, y, "建"), style=r.choice([0, 1])
    )
    d.add(title).nl(2)
    n = r.randint(5, 14)
    intro = C(
        "根据《公共租赁住房管理办法》（住房和城乡建设部令第11号）及《",
        c["county"],
        "公共租赁住房管理实施细则》规定，经个人申请、社区初审、街道（乡镇）复核、县住建、民政、公安、市场监管、不动产登记等部门联审，以下%d户家庭符合公共租赁住房保障条件，现予以公示。公示时间：%d年%d月%d日至%d月%d日。"
        % (n, y, dt.month, dt.day, dt.month, min(28, dt.day + 7)),
    )
    d.addc(hardwrap(intro, r.choice([70, 80, 500])))
    d.nl(2)
    heads = [
        "序号",
        "申请人",
        "证件号码",
        "家庭人口",
        "共同申请人",
        "工作单位",
        "单位地址",
        "现居住地址",
        "车辆情况",
        "人均月收入（元）",
        "保障方式",
    ]
    rows = [[C(h) for h in heads]]
    employers = [
        (c["county"] + "人民医院", "%s%s%d号" % (c["towns"][0], c["streets"][0], r.randint(1, 200))),
        (c["county"] + "第一中学", "%s%s%d号" % (c["towns"][0], c["streets"][1], r.randint(1, 200))),
        (
            c["county"] + r.choice(["王氏", "李记", "鑫源", "金诚"]) + "建材有限公司",
            "%s%s%d号" % (c["towns"][0], c["streets"][2], r.randint(1, 300)),
        ),
        (
            c["county"] + "城市管理综合执法局（环卫工）",
            "%s%s%d号" % (c["towns"][0], c["streets"][3], r.randint(1, 100)),
        ),
        ("灵活就业", ""),
        ("无", ""),
        (
            c["pref"] + r.choice(["顺达物流有限公司", "华联超市", "惠民物业服务有限公司"]),
            "%s%s%d号%d栋" % (c["towns"][0], r.choice(c["streets"]), r.randint(1, 99), r.randint(1, 9)),
        ),
    ]
    for i in range(n):
        sex = g.sex()
        b = g.birth(23, 65)
        nm = g.name(sex)
        sur = g.surname_of(nm)
        dx = r.random()
        if dx < 0.08 and c["code"] in ("441424", "222424"):
            doc_cell = C(
                "回乡证：",
                (
                    r.choice("HM")
                    + "%08d" % r.randint(0, 99999999)
                    + ("%02d" % r.randint(0, 20) if r.random() < 0.5 else ""),
                    "hk_macau_permit",
                ),
            )
        elif dx < 0.11:
            doc_cell = C("台胞证：", ("%08d" % r.randint(0, 99999999), "tw_permit"))
        elif dx < 0.15:
            doc_cell = C(
                "护照：",
                (
                    "E" + ("%08d" % r.randint(0, 99999999))
                    if r.random() < 0.6
                    else "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % r.randint(0, 9999999),
                    "passport",
                ),
            )
        else:
            doc_cell = C((g.idno(b, sex), "id_card"))
        mem = []
        pop = 1
        if r.random() < 0.7:
            mem += [(g.name("女" if sex == "男" else "男"), "name"), "（配偶）"]
            pop += 1
        for k in range(r.randint(0, 2)):
            ks = g.sex()
            if mem:
                mem.append("、")
            mem += [(g.name(ks, kid=True, sur=sur), "name"), "（%s）" % ("儿子" if ks == "男" else "女儿")]
            pop += 1
        emp, eaddr = r.choice(employers)
        home = C((g.urban_addr(), "address")) if r.random() < 0.75 else C("租住", (g.urban_addr(), "address"))
        if r.random() < 0.15:
            home = C(g.c["towns"][0], r.choice(c["estates"]))  # estate only, no unit -> not labelled
        vx = r.random()
        car = (
            C(
                (g.plate(), "license_plate"),
                "（%s）" % r.choice(["二手面包车", "价值2.3万元", "电动汽车", "农用车"]),
            )
            if vx < 0.2
            else C("无")
        )
        contact_extra = C()
        rows.append(
            [
                C(str(i + 1)),
                C((nm, "name")),
                doc_cell,
                C(str(pop)),
                C(*mem) if mem else C("无"),
                C(emp),
                C(eaddr),
                home,
                car,
                C("%.2f" % (r.randint(600, 2600) + r.randint(0, 99) / 100)),
                C(r.choice(["实物配租", "租赁补贴", "实物配租"])),
            ]
        )
    v = r.choice(["tabs", "lines", "layout"])
    if v == "tabs":
        d.addc(r_tabs(rows))
    elif v == "lines":
        d.addc(r_lines(rows, skip_empty=False))
    else:
        d.addc(
            r_layout(rows, [4, 8, 18, 4, 22, 18, 16, 22, 14, 8, 8], gap=2, valign=r.choice(["middle", "top"]))
        )
    d.nl()
    d.add("公示期间，任何单位和个人对公示对象有异议的，可向县住房保障服务中心实名反映。").nl()
    d.add(
        "受理电话：",
        g.landline(),
        "　　受理地点：",
        c["towns"][0],
        r.choice(c["streets"]),
        "%d号县政务服务中心二楼%d号窗口" % (r.randint(1, 300), r.randint(1, 30)),
    ).nl()
    if r.random() < 0.3:
        d.add("如需补充材料，请将材料发送至", "zfbz%s@163.com" % c["code"], "或联系申请人本人。").nl()
    tail_block(g, d, "住房和城乡建设局", dt, office=False)
    return title


FAMILIES = [
    ("孤儿/事实无人抚养儿童基本生活费发放名册", fam_orphan),
    ("严重精神障碍患者监护补贴发放公示", fam_mental),
    ("农村特困集中供养敬老院入住名册", fam_home),
    ("冬春生活救助花名册", fam_winter),
    ("退役士兵自主就业一次性经济补助发放公示", fam_veteran),
    ("土地承包经营权确权登记公示", fam_land),
    ("宅基地一户一宅审批公示", fam_homestead),
    ("城乡医疗救助一站式结算公示", fam_medical),
    ("临时救助乡镇备案表", fam_temp),
    ("公租房保障家庭资格审核公示", fam_housing),
]


# ----------------------------------------------------------------------------------------------
# OCR noise post-pass (applied to some raw/prose docs): operates on char/tag lists


def ocr_pass(chars, rng):
    out = []
    i = 0
    n = len(chars)
    while i < n:
        ch, tg = chars[i]
        if tg is not None:
            j = i
            while j < n and chars[j][1] == tg:
                j += 1
            seg = "".join(c for c, _ in chars[i:j])
            if (
                tg[0] in ("id_card", "mobile", "bank_card")
                and "\n" not in seg
                and " " not in seg
                and rng.random() < 0.25
            ):
                seg = ocr_num(seg, rng)
            elif tg[0] == "name" and rng.random() < 0.15 and "\n" not in seg:
                seg = ocr_name(seg, rng)
            out.extend((c, tg) for c in seg)
            i = j
            continue
        if ch.isdigit() and rng.random() < 0.05:
            ch = ch.translate(FW)
        elif ch in "，。" and rng.random() < 0.1:
            ch = {"，": ",", "。": "."}[ch]
        out.append((ch, tg))
        i += 1
    return out


def generate(ndocs, seed):
    rng = random.Random(seed)
    _TAGN[0] = 0
    docs = []
    for i in range(ndocs):
        fname, fn = FAMILIES[i % len(FAMILIES)]
        ck = CKEYS[(i // len(FAMILIES) + i) % len(CKEYS)] if rng.random() < 0.7 else rng.choice(CKEYS)
        g = Gen(rng, ck)
        d = Doc()
        fn(g, d)
        if (
            fname in ("冬春生活救助花名册", "临时救助乡镇备案表", "宅基地一户一宅审批公示")
            and rng.random() < 0.3
        ):
            d.c = ocr_pass(d.c, rng)
        text, spans = d.finish()
        docs.append({"type": fname, "text": text, "spans": spans})
    return docs


# ----------------------------------------------------------------------------------------------
# checking

KINDS = [
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
]


def check_span(kind, v):
    raw = v
    v = v.translate(NORM)
    digits = re.sub(r"\s+", "", v)
    if kind == "id_card":
        return id_valid(digits.upper())
    if kind == "id_card_15":
        if not re.fullmatch(r"\d{15}", digits) or digits[:6] not in VALID_CODES:
            return False
        return valid_date(1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))
    if kind == "bank_card":
        return bool(re.fullmatch(r"\d{16,19}", digits)) and luhn_ok(digits) and digits[:6] in BINS
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", digits))
    if kind == "landline":
        m = re.fullmatch(r"(0\d{2,3})-?(\d{7,8})", digits)
        return bool(m) and m.group(1) in AREA_CODES
    if kind == "email":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", raw))
    if kind == "passport":
        return bool(re.fullmatch(r"E\d{8}|E[A-Z]\d{7}", digits))
    if kind == "hk_macau_permit":
        return bool(re.fullmatch(r"[HMCK]\d{8}(\d{2})?", digits))
    if kind == "tw_permit":
        return bool(re.fullmatch(r"\d{8}", digits))
    if kind == "license_plate":
        return bool(re.fullmatch(r"[川甘皖吉粤藏][A-Z][·\s]?[A-Z0-9]{5}", raw))
    if kind == "name":
        return 1 <= len(re.sub(r"\s", "", raw)) <= 8
    return True


def run_check(path):
    bad = 0
    counts = {k: 0 for k in KINDS}
    nd = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            o = json.loads(line)
            nd += 1
            t = o["text"]
            prev = 0
            for sp in o["spans"]:
                s, e, k = sp["start"], sp["end"], sp["kind"]
                prob = None
                if k not in counts:
                    prob = "unknown kind"
                elif not (0 <= s < e <= len(t)):
                    prob = "offsets out of range"
                elif s < prev:
                    prob = "unsorted/overlap"
                elif t[s].isspace() or t[e - 1].isspace():
                    prob = "span starts/ends on space"
                elif not check_span(k, t[s:e]):
                    prob = "value fails validation"
                if prob:
                    bad += 1
                    print("doc %d: %s: %s %r" % (ln, prob, k, t[s:e] if 0 <= s < e <= len(t) else ""))
                else:
                    counts[k] += 1
                prev = e
    print("docs: %d" % nd)
    for k in KINDS:
        print("%-16s %d" % (k, counts[k]))
    print("problems: %d" % bad)
    return 1 if bad else 0


def print_decisions():
    doc = __doc__
    i = doc.index("DECISIONS")
    print(doc[i:].rstrip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=263)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print_decisions()
        return 0
    if a.check:
        return run_check(a.check)
    docs = generate(a.docs, a.seed)
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for o in docs:
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
    if a.stats:
        kc = {k: 0 for k in KINDS}
        fc = {}
        size = 0
        for o in docs:
            fc[o["type"]] = fc.get(o["type"], 0) + 1
            size += len(json.dumps(o, ensure_ascii=False).encode("utf-8")) + 1
            for sp in o["spans"]:
                kc[sp["kind"]] += 1
        print("docs: %d  bytes: %d" % (len(docs), size), file=sys.stderr)
        for k, v in fc.items():
            print("  %-40s %d" % (k, v), file=sys.stderr)
        for k in KINDS:
            print("  %-16s %d" % (k, kc[k]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
