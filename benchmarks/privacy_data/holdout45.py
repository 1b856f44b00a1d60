#!/usr/bin/env python3
# ruff: noqa: B007, B023, B905, C408, C416, E501, E741, F541, F841, RUF005, SIM905, UP031
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout45 - blind labelled evaluation set for a Chinese PII detector (政务公开 documents).

Usage:
  python holdout45.py --docs 400 --seed 211 -o set.jsonl [--stats]
  python holdout45.py --check set.jsonl          # validate an existing file
  python holdout45.py --decisions                # print this docstring

Output: JSON Lines {"type": family[.pdf], "text": ..., "spans": [{"kind","start","end"}]}.
Standard library only; deterministic for a given --seed (string-seeded random.Random per document).

Kinds: id_card id_card_15 mobile landline bank_card email passport hk_macau_permit tw_permit
       license_plate address name health

DECISIONS
D1  Offsets. start/end are Python str indices into "text"; text[start:end] is exactly the value.
    Spans are sorted and never overlap or touch another span of the same kind. Labels
    ("身份证号码："), brackets, CSV quotes, a leading Excel apostrophe, "+86 "/"86-" prefixes and
    trailing punctuation are never inside a span.
D2  id_card: the 18 characters, final X/x included. Every labelled value has a valid GB 11643
    check character, a real calendar birth date and a real county-level code of the six regions
    or their neighbours (530627 镇雄, 510727 平武, 451229 大化, 141127 岚县, 654325 青河, 330226 宁海 ...).
    Every full 18-digit number of a natural person is labelled whatever that person's role.
    NOT labelled: masked forms (530627********1234, 5306**********123X), Excel scientific
    notation (5.30627E+17), 统一社会信用代码 (even when it contains the county code).
D3  id_card_15: the 15 digits of a first-generation number (code + YYMMDD + 3 digits, valid date).
    Only for people born before 1960 (高龄津贴, 特困, 低保, 耕地补贴 rows).
D4  mobile: the 11 digits plus any spaces/dashes inside ("138 1234 5678", "138-1234-5678").
    A "+86 " or "86-" prefix is outside the span. Every mobile number in the set belongs to a
    natural person (including a company's 联系人) and is labelled. Masked 138****5678 is not.
D5  landline: only a private person's home phone (家庭电话/固定电话 of an applicant, guardian,
    低保 household, 12345 caller). Span = area code + separator + local number ("0870-6123456",
    "0574 65123456", "08166234567") or the bare local number when no area code is written.
    NOT labelled: agency office phones, 监督/举报/咨询电话, 12345 and "0870-12345" style
    hotlines, company switchboards, fax numbers.
D6  bank_card: a private person's card number (16-19 digits, Luhn-valid, issuer prefix 622202,
    621700, 623668, 622848, 621799 or 622908), digits plus inner single spaces when written in
    groups. NOT labelled: masked cards (6228 48** **** **** 123), organisation accounts
    (non-card formats), 缴款码/交易流水号/工单编号 even when Luhn-valid (they lack an issuer prefix).
D7  email: private mailboxes only (a person's qq/163/126/139/sina/foxmail address).
    NOT labelled: agency, company-domain and role mailboxes (zxmzj@163.com given as a bureau's
    mailbox, xxgk@ninghai.gov.cn, hr@company.com).
D8  passport (E+8 digits, E+letter+7 digits, old G+8 digits), hk_macau_permit (C+8 digits,
    C+letter+7 digits, old W+8 digits), tw_permit (台湾居民来往大陆通行证 8 digits, or 大陆居民
    往来台湾通行证 L/T+8 digits): the number only, always next to a label naming the document.
D9  license_plate: a private vehicle's plate, from the province character to the last character,
    including a "·" separator if written (云C·3K8Y2, 浙BD12345). NOT labelled: plates of company
    trucks (车辆登记所有人为…有限公司).
D10 address: a private person's home / 户籍 / 住所 / 送达 address written down to 号, 组, 室
    (栋/幢/单元 or the "10-2-1001室" form occur inside). The span starts at the first place-name character written
    (省, 市, 县 or 乡镇, whichever comes first) and ends at the last 号/组/室; trailing words
    ("家中", "的房屋", "附近") are outside. NOT labelled: bare village/township/社区 names
    (泼机镇田坝村), separate 乡镇|村|组 table columns (a lone "张家湾组" cell), 事发地点/经营场所,
    agency, company, family-farm, 敬老院 and 公租房 房源 addresses.
D11 name: a private natural person's full name wherever it appears in the document: 当事人,
    申请人, 低保/特困/孤儿 objects and family members, 监护人, 证人, 村民代表 and other villagers,
    信访人, 来电人, 法定代表人, 委托代理人, company 联系人, 家庭农场 经营者, 务工人员, payees.
    Span = the name as written, including "·" (叶尔兰·努尔兰) and the full-width/ASCII padding
    spaces inside a column-aligned name (王　芳). Han names have 2-4 characters (compound surnames
    included), minority names without "·" 2-6 characters, "·" names 2-6 characters per part.
    NOT labelled: officials and staff acting in their role (执法人员, 经办人, 审核人, 制表人,
    受理人, 承办人, 局长, agency 联系人, 话务员), village cadres named with their role (村党总支书记,
    村委会主任/文书, 村"两委"成员, 村务监督委员会主任/成员, 驻村工作队员, 乡镇干部), including
    when they sign minutes under a cadre heading; masked or partial forms 张某, 张某某, 李*, 王**,
    王*军, 王女士, 李先生, 匿名, 来电群众; names inside organisation names (宁海县胡建国家庭农场,
    王记副食店) and place names (李家寨村, 王家庄村, 张家湾组).
D12 health: the condition phrase only (尿毒症, 慢性肾功能衰竭, 肢体残疾二级, 智力二级 in a 残疾类别
    column), when stated of an identifiable person (a row, a named person, "其妻子"). Verbs and
    frames (患有, 因…住院, 户主) are outside. NOT labelled: generic categories and care levels
    (因病, 因残, 缺劳力, 体弱, 全自理/半失能/全失能, 健康, 良好, 无).
D13 .pdf variants (about 25 %): hard wraps at a fixed display width, page footers ("— 3 —",
    "第 2 页 共 5 页", "- 2 -"), running titles, occasional form feeds, spaced titles, one-cell-per-line
    tables. A hard line break may fall inside an address span (the span then contains "\\n");
    it never falls inside any other span (the wrap moves before the span instead).
D14 Never labelled anywhere: dates, amounts, areas, postcodes, 文号 (〔2024〕12号), 索引号, case and
    工单 numbers, 执法证号, 统一社会信用代码 (valid GB 32100 check), order/transaction numbers
    (some Luhn-valid), agency hotlines, company names, place names, ages, household sizes.
D15 Sex, ethnicity, birth date and age written in separate fields are not labelled (only the ID
    number carries them). 民族 is not health.
"""

import argparse
import datetime
import json
import random
import re
import sys
import unicodedata
from collections import Counter

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

# ----------------------------------------------------------------------------------------------
# checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(rng, prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def gb11714_check(code8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in code8]
    c = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_check(s17):
    total = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W))
    return CC_CHARS[(31 - total % 31) % 31]


def credit_code(rng, prefix2, code6, org=False):
    if org:
        o8 = "0" + "".join(rng.choice("0123456789") for _ in range(7))
    else:
        o8 = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    o9 = o8 + gb11714_check(o8)
    s17 = prefix2 + code6 + o9
    return s17 + credit_check(s17)


# ----------------------------------------------------------------------------------------------
# regions (county codes GB/T 2260; area codes; postcodes; plate prefixes)
REGIONS = [
    dict(
        key="zx",
        prov="云南省",
        city="昭通市",
        county="镇雄县",
        county_alt=["镇雄县"],
        abbr="镇",
        lat="ZX",
        code="530627",
        near=["530602", "530628", "530629"],
        area="0870",
        post="657200",
        plate="云C",
        urban=["乌峰街道", "南台街道", "旧府街道"],
        towns=[
            "泼机镇",
            "黑树镇",
            "母享镇",
            "大湾镇",
            "以勒镇",
            "赤水源镇",
            "芒部镇",
            "雨河镇",
            "罗坎镇",
            "牛场镇",
            "五德镇",
            "坡头镇",
            "杉树乡",
            "花山乡",
            "果珠乡",
            "林口乡",
            "塘房镇",
            "中屯镇",
            "场坝镇",
        ],
        villages=[
            "田坝村",
            "大湾村",
            "李家寨村",
            "杨柳村",
            "凉水井村",
            "大石板村",
            "堰塘村",
            "营盘村",
            "张家沟村",
            "院子村",
            "回龙村",
            "青杠林村",
            "刘家坪村",
            "坪上村",
            "新场村",
            "核桃村",
            "中寨村",
            "龙井村",
        ],
        groups=[
            "新街组",
            "上寨组",
            "下寨组",
            "张家湾组",
            "大地组",
            "石板组",
            "河边组",
            "坪子组",
            "岩脚组",
            "老房子组",
            "王家院组",
            "松林组",
            "第三村民小组",
            "第七村民小组",
        ],
        rural_style="group",
        roads=["南大街", "北大街", "河东路", "环城北路", "人民路", "新城大道", "红旗路", "金龙路", "乌峰路"],
        estates=["阳光花园", "滨河小区", "金龙家园", "鑫源小区", "易地扶贫搬迁安置点", "翡翠城", "南台新区"],
        ethnic=[("汉族", 85), ("彝族", 8), ("苗族", 7)],
        park="镇雄县工业园区",
        crops=["马铃薯", "天麻", "方竹笋", "生猪养殖", "肉牛养殖", "魔芋", "中药材", "蔬菜"],
        rivers=["赤水河", "白水江"],
    ),
    dict(
        key="pw",
        prov="四川省",
        city="绵阳市",
        county="平武县",
        county_alt=["平武县"],
        abbr="平",
        lat="PW",
        code="510727",
        near=["510703", "510781", "510726"],
        area="0816",
        post="622550",
        plate="川B",
        urban=["龙安镇"],
        towns=[
            "江油关镇",
            "响岩镇",
            "南坝镇",
            "平通镇",
            "豆叩镇",
            "大桥镇",
            "古城镇",
            "水晶镇",
            "高村乡",
            "木座藏族乡",
            "白马藏族乡",
            "虎牙藏族乡",
            "土城藏族乡",
            "阔达藏族乡",
            "黄羊关藏族乡",
        ],
        villages=[
            "石坎村",
            "坝子村",
            "双河村",
            "平通村",
            "大印村",
            "厄哩村",
            "桅杆村",
            "何家坝村",
            "柏林村",
            "金丰村",
            "新驿村",
            "王坝楚村",
            "仙鹅村",
            "涪江村",
        ],
        groups=["1组", "2组", "3组", "4组", "5组", "6组", "三组", "七组", "一组"],
        rural_style="group",
        roads=["东街", "西街", "南街", "北山路", "报恩寺路", "滨河路", "龙安路", "新街"],
        estates=["涪江花园", "滨河小区", "龙安新居", "报恩寺安置小区", "盘龙湾小区"],
        ethnic=[("汉族", 75), ("藏族", 15), ("羌族", 5), ("回族", 5)],
        park="平武县工业园区",
        crops=["茶叶", "厚朴", "中药材", "核桃", "中蜂养殖", "生猪养殖", "猕猴桃", "食用菌"],
        rivers=["涪江", "火溪河"],
    ),
    dict(
        key="dh",
        prov="广西壮族自治区",
        city="河池市",
        county="大化瑶族自治县",
        county_alt=["大化瑶族自治县", "大化县"],
        abbr="大",
        lat="DH",
        code="451229",
        near=["451202", "451228", "451227"],
        area="0778",
        post="530800",
        plate="桂M",
        urban=["大化镇"],
        towns=[
            "都阳镇",
            "岩滩镇",
            "北景镇",
            "贡川乡",
            "百马乡",
            "古河乡",
            "古文乡",
            "江南乡",
            "羌圩乡",
            "乙圻乡",
            "七百弄乡",
            "雅龙乡",
            "六也乡",
            "板升乡",
            "共和乡",
        ],
        villages=[
            "弄合村",
            "弄吉村",
            "古文村",
            "贡川村",
            "百马村",
            "雅龙村",
            "六也村",
            "安平村",
            "江南村",
            "定吉村",
            "拉仁村",
            "板兰村",
            "可考村",
        ],
        groups=[
            "弄好屯",
            "下坳屯",
            "那累屯",
            "拉烈屯",
            "弄谷屯",
            "上坡屯",
            "龙洞屯",
            "岩滩屯",
            "弄京屯",
            "那劳屯",
        ],
        rural_style="tun",
        roads=["红水河大道", "新华街", "东风路", "民族路", "朝阳路", "江南路", "达吽路"],
        estates=["红水河小区", "瑶都家园", "江南新城", "易地扶贫搬迁安置小区", "民族花园"],
        ethnic=[("瑶族", 35), ("壮族", 50), ("汉族", 15)],
        park="大化县工业集中区",
        crops=["桑蚕", "七百弄鸡养殖", "肉牛养殖", "核桃", "火龙果", "山羊养殖", "砂糖橘", "油茶"],
        rivers=["红水河", "岩滩库区"],
    ),
    dict(
        key="lx",
        prov="山西省",
        city="吕梁市",
        county="岚县",
        county_alt=["岚县"],
        abbr="岚",
        lat="LX",
        code="141127",
        near=["141102", "141123", "141124"],
        area="0358",
        post="035200",
        plate="晋J",
        urban=["东村镇", "岚城镇"],
        towns=[
            "东村镇",
            "岚城镇",
            "普明镇",
            "界河口镇",
            "土峪乡",
            "上明乡",
            "王狮乡",
            "梁家庄乡",
            "顺会乡",
            "河口乡",
            "社科乡",
            "大蛇头乡",
        ],
        villages=[
            "南关村",
            "王家庄村",
            "寺庄村",
            "阳坡村",
            "吴家庄村",
            "西坡村",
            "河口村",
            "上明村",
            "高家湾村",
            "袁家村",
            "白龙村",
            "南村",
            "马家庄村",
        ],
        groups=["一组", "二组", "三组", "四组", "东坡组", "后沟组"],
        rural_style="num",
        roads=["岚州大街", "朝阳路", "新华街", "迎宾路", "文化路", "滨河北路", "东关街"],
        estates=["岚州花园", "文苑小区", "东关小区", "金色家园", "移民新村"],
        ethnic=[("汉族", 100)],
        park="岚县经济技术开发区",
        crops=["马铃薯", "杂粮", "肉羊养殖", "生猪养殖", "沙棘", "蔬菜", "饲草种植", "肉牛养殖"],
        rivers=["岚河", "汾河上游"],
    ),
    dict(
        key="qh",
        prov="新疆维吾尔自治区",
        city="阿勒泰地区",
        county="青河县",
        county_alt=["青河县"],
        abbr="青",
        lat="QH",
        code="654325",
        near=["654301", "654322", "654321"],
        area="0906",
        post="836200",
        plate="新H",
        urban=["青河镇"],
        towns=["塔克什肯镇", "阿热勒托别镇", "阿尕什敖包乡", "萨尔托海乡", "查干郭勒乡", "阿热勒乡"],
        villages=[
            "阿克达拉村",
            "阔克托干村",
            "塔斯托别村",
            "喀拉干德村",
            "布鲁克村",
            "阿克萨依村",
            "加勒克孜阿嘎什村",
            "库木托别村",
            "萨尔布拉克村",
            "江布塔斯村",
        ],
        groups=["一组", "二组", "三组", "四组", "五组"],
        rural_style="group",
        roads=["团结路", "友好路", "人民路", "乌伦古路", "和谐路", "三道海子路", "幸福路"],
        estates=["乌伦古小区", "幸福家园", "和谐小区", "金山花园", "团结小区"],
        ethnic=[("哈萨克族", 60), ("汉族", 30), ("蒙古族", 6), ("回族", 4)],
        park="青河县工业园区",
        crops=["肉牛养殖", "肉羊养殖", "饲草种植", "马铃薯", "蜜蜂养殖", "骆驼养殖", "大田玉米", "打瓜"],
        rivers=["乌伦古河", "青格里河"],
    ),
    dict(
        key="nh",
        prov="浙江省",
        city="宁波市",
        county="宁海县",
        county_alt=["宁海县"],
        abbr="宁",
        lat="NH",
        code="330226",
        near=["330203", "330225", "330212"],
        area="0574",
        post="315600",
        plate="浙B",
        urban=["跃龙街道", "桃源街道", "梅林街道", "桥头胡街道"],
        towns=[
            "长街镇",
            "力洋镇",
            "一市镇",
            "岔路镇",
            "前童镇",
            "桑洲镇",
            "黄坛镇",
            "大佳何镇",
            "强蛟镇",
            "西店镇",
            "深甽镇",
            "胡陈乡",
            "茶院乡",
            "越溪乡",
        ],
        villages=[
            "鹿山村",
            "葛家村",
            "柘坑村",
            "下洋村",
            "东岙村",
            "王家村",
            "竹林村",
            "许家村",
            "潘家岙村",
            "上金村",
            "前童村",
            "西岙村",
            "双峰村",
            "樟树村",
        ],
        groups=["中心路", "东路", "前街", "后塘路", "西溪路", "新村路"],
        rural_style="road",
        roads=[
            "人民路",
            "气象北路",
            "桃源南路",
            "兴宁中路",
            "金水路",
            "徐霞客大道",
            "时代大道",
            "跃龙路",
            "梅林路",
            "学勉路",
        ],
        estates=["金色华庭", "丹凤小区", "新城花园", "天明花园", "桃源春晓", "兴海家园", "杏园小区"],
        ethnic=[("汉族", 100)],
        park="宁海经济开发区",
        crops=["柑橘", "白枇杷", "水稻", "茶叶", "花卉苗木", "竹笋", "葡萄", "蓝莓"],
        rivers=["白溪", "凫溪"],
    ),
]
ALL_CODES = []
for _R in REGIONS:
    ALL_CODES += [_R["code"]] + _R["near"]  # type: ignore[operator]

PROV_CHARS = "云川桂晋新浙"

# ----------------------------------------------------------------------------------------------
# names
SURN_GENERAL = (
    "王9 李9 张8 刘6 陈6 杨5 黄4 赵4 吴3 周3 徐3 孙2 马2 朱2 胡2 郭2 何2 高2 林2 罗2 郑2 梁2 "
    "谢1 宋1 唐1 许1 韩1 冯1 邓1 曹1 彭1 曾1 肖1 田1 董1 袁1 潘1 蒋1 蔡1 余1 杜1 叶1 程1 苏1 "
    "魏1 吕1 丁1 任1 沈1 姚1 卢1 姜1 崔1 钟1 谭1 陆1 汪1 范1 金1 石1 廖1 贾1 夏1 方1 白1 邹1 "
    "熊1 秦1 江1 尹1 薛1 段1 雷1 侯1 龙1 史1 陶1 贺1 顾1 毛1 郝1 龚1 邵1 万1 严1 武1 戴1 孔1 "
    "向1 汤1"
)
REGION_BOOST = {
    "zx": "陈6 王4 李5 张4 刘3 罗4 杨4 吴3 周2 赵2 朱2 邓2 龙2 安1 陇1 禄1 翟1 穆1",
    "pw": "王4 李4 张4 杨4 刘3 何3 蒲2 母1 苟2 文2 任2 袁2 赵2",
    "dh": "蓝6 韦9 覃6 蒙4 班3 罗4 黄6 卢3 潘3 陆3 农2 莫3 樊1 谭2 罗2",
    "lx": "王8 张5 李5 刘4 郭4 杨3 白3 高3 贾2 梁2 冯2 赵3 薛2 任2 侯2 温2 郝2",
    "qh": "王4 李3 张3 刘3 马3 杨2 赵2",
    "nh": "王5 陈5 胡5 叶4 葛3 童3 邬3 严2 应3 卢2 林2 周3 杨2 俞2 娄2 储2 柴2 潘2 章2 麻1",
}
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "慕容", "端木", "公孙", "司徒", "尉迟"]
RARE = ["禤", "隗", "佴", "亓", "厍", "仉", "逄", "爨", "甄", "冼", "麴", "寇", "卞", "闵", "蔺", "郗", "昝"]


def _wl(s):
    out = []
    for tok in s.split():
        out.append((tok[:-1] if tok[-1].isdigit() else tok, int(tok[-1]) if tok[-1].isdigit() else 1))
    return out


GIVEN_M_OLD = (
    "国华 建国 明德 志强 永福 德明 文才 正林 光荣 学军 成富 发贵 绍华 朝阳 家富 开明 兴国 世平 玉林 "
    "有才 忠祥 金山 长青 树林 庆元 正荣 德华 仕明 永贵 应祥 安国 光明 天才 国富 远华"
).split()
GIVEN_F_OLD = (
    "秀英 桂兰 玉珍 秀兰 桂芳 凤英 玉兰 翠花 淑珍 美华 素芬 春梅 金凤 琼芳 会英 德芬 光英 正芬 明芳 "
    "小芬 秀珍 菊英 兰英 桂英 银花 彩云 素琴 友芝"
).split()
GIVEN_M_MID = (
    "建华 志刚 海涛 小军 伟 军 勇 斌 强 涛 磊 刚 杰 波 明 辉 鹏 俊 峰 林 红军 建军 卫东 永刚 晓东 "
    "文斌 国庆 海波 学文 光辉 正勇 大伟 成林 德兵 跃进 云峰 福生 长江"
).split()
GIVEN_F_MID = (
    "丽 芳 敏 静 燕 艳 娟 霞 红 梅 琴 英 萍 玲 小红 丽萍 晓燕 海燕 春燕 丽华 玉梅 丽娟 雪梅 小芳 "
    "红梅 美玲 秋菊 桂花 金花 翠萍 会芬 应琼"
).split()
GIVEN_M_YOUNG = (
    "浩然 子轩 宇航 俊杰 博文 梓豪 嘉豪 文涛 鑫 磊 睿 泽宇 子涵 晨阳 鹏飞 宇 一鸣 思远 昊天 家乐 "
    "佳豪 锦程 天佑 俊熙 明轩"
).split()
GIVEN_F_YOUNG = (
    "欣怡 梓涵 雨萱 诗琪 思彤 佳悦 可馨 雅婷 梦瑶 紫涵 语嫣 一诺 雨欣 思琪 心怡 佳琪 若曦 芷晴 "
    "婉清 梓萱 静怡 诗涵 佳怡"
).split()
KZ_M = (
    "叶尔兰 努尔兰 哈那提 赛力克 阿斯哈尔 别克 木拉提 叶尔波拉提 达吾列提 吾兰 叶森 马合沙提 巴合提 加那提 "
    "叶尔江 库兰 吐尔洪 哈木扎 阿合买提 胡安德克 叶尔肯 努尔别克 哈力木 沙肯 托列吾汗 阿德力"
).split()
KZ_F = (
    "阿依古丽 古丽努尔 加娜尔 热依汗 沙吾列 阿依达娜 卡米拉 古丽米拉 阿依努尔 玛依拉 娜孜古丽 巴合提古丽 "
    "阿克玛拉 古丽巴合提 努尔古丽 阿依夏"
).split()
MG_M = "巴特尔 孟和 额尔德尼 阿拉坦 苏和 那仁 巴图 巴音 布仁 特木尔".split()
MG_F = "其其格 乌云 格日勒 乌兰 图雅 萨仁 娜仁花 乌云其其格".split()
TB_M = "扎西 尼玛 次仁 泽让 格绒 达瓦 尼玛扎西 泽仁 旦真".split()
TB_F = "卓玛 拉姆 拉珍 泽让卓玛 格绒卓玛 央金 达娃 尼玛拉姆".split()

# ----------------------------------------------------------------------------------------------
# health vocabulary (labelled) and non-labelled categories
DISEASES = [
    "尿毒症",
    "慢性肾功能衰竭",
    "肺癌",
    "乳腺癌",
    "胃癌",
    "肝癌",
    "宫颈癌",
    "白血病",
    "脑梗塞",
    "脑出血后遗症",
    "精神分裂症",
    "糖尿病",
    "冠心病",
    "肺结核",
    "类风湿性关节炎",
    "慢性阻塞性肺疾病",
    "先天性心脏病",
    "癫痫",
    "帕金森病",
    "阿尔茨海默病",
    "股骨头坏死",
    "肝硬化",
    "鼻咽癌",
    "重症肌无力",
    "再生障碍性贫血",
    "系统性红斑狼疮",
    "脑瘫",
    "双相情感障碍",
    "慢性心力衰竭",
    "食管癌",
]
CHILD_DISEASES = [
    "先天性心脏病",
    "脑瘫",
    "癫痫",
    "白血病",
    "唐氏综合征",
    "自闭症",
    "先天性脑积水",
    "地中海贫血",
]
DIS_TYPES = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
GRADES = "一二三四"
DISABILITY = [t + "残疾" + g + "级" for t in DIS_TYPES for g in GRADES]
DISABILITY_SHORT = [t + g + "级" for t in DIS_TYPES for g in GRADES]
HEALTH_VOCAB = set(DISEASES) | set(CHILD_DISEASES) | set(DISABILITY) | set(DISABILITY_SHORT)

# kinship word -> (male or None = opposite of base, shares surname with base, age range)
REL = {
    "祖父": (True, True, (58, 85)),
    "祖母": (False, False, (56, 85)),
    "外祖父": (True, False, (58, 85)),
    "外祖母": (False, False, (56, 85)),
    "叔叔": (True, True, (28, 55)),
    "伯父": (True, True, (38, 62)),
    "姑姑": (False, True, (28, 55)),
    "舅舅": (True, False, (28, 55)),
    "哥哥": (True, True, (18, 30)),
    "姐姐": (False, True, (18, 30)),
    "妻": (False, False, (-8, 3)),
    "夫": (True, False, (-3, 8)),
    "子": (True, True, (-40, -18)),
    "女": (False, True, (-40, -18)),
    "父": (True, True, (20, 35)),
    "母": (False, False, (18, 32)),
    "孙子": (True, True, (-65, -40)),
    "孙女": (False, True, (-65, -40)),
    "儿媳": (False, False, (-38, -20)),
    "妻子": (False, False, (-8, 3)),
    "丈夫": (True, False, (-3, 8)),
    "母亲": (False, False, (18, 32)),
    "父亲": (True, True, (20, 35)),
    "儿子": (True, True, (-40, -18)),
    "女儿": (False, True, (-40, -18)),
}
REL_RELATIVE_AGE = {
    "妻",
    "夫",
    "子",
    "女",
    "父",
    "母",
    "孙子",
    "孙女",
    "儿媳",
    "妻子",
    "丈夫",
    "母亲",
    "父亲",
    "儿子",
    "女儿",
}
DAXIE_D = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """integer yuan -> 大写 (up to 99,999,999)"""
    units = ["", "拾", "佰", "仟"]

    def four(x):
        out, zero = "", False
        for i in range(3, -1, -1):
            d = x // (10**i) % 10
            if d:
                if zero:
                    out += "零"
                out += DAXIE_D[d] + units[i]
                zero = False
            elif out:
                zero = True
        return out

    hi, lo = divmod(n, 10000)
    s = ""
    if hi:
        s = four(hi) + "万"
        if lo and lo < 1000:
            s += "零"
    s += four(lo)
    return (s or "零") + "元整"


BANKS = [
    ("622848", "中国农业银行", 19),
    ("621799", "中国邮政储蓄银行", 19),
    ("622202", "中国工商银行", 19),
    ("621700", "中国建设银行", 19),
    ("623668", "中国建设银行", 19),
    ("622908", "兴业银行", 18),
]
CARD_PREFIXES = [b[0] for b in BANKS]
MOBILE_PREFIX = [
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
    "198",
    "199",
    "147",
]
PINYIN = (
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie "
    "song tang han feng deng cao peng zeng xiao tian dong yuan pan jiang cai yu du ye cheng su wei lv ding "
    "ren shen yao lu jin shi bai long hong fang jun ming hua ping ying lan fang xiu gui mei yun qiang jie "
    "hao yu xin yi zi han wen tao lei bin"
).split()


# ----------------------------------------------------------------------------------------------
# document builder: a list of parts (text, kind-or-None)
class B:
    def __init__(self):
        self.parts = []

    def t(self, *xs):
        for x in xs:
            if isinstance(x, tuple):
                self.parts.append(x)
            elif isinstance(x, list):
                self.ps(x)
            elif x:
                self.parts.append((x, None))
        return self

    def k(self, kind, val):
        self.parts.append((val, kind))
        return self

    def ps(self, parts):
        for p in parts:
            self.t(p)
        return self

    def nl(self, n=1):
        return self.t("\n" * n)


def cparts(cell):
    if isinstance(cell, str):
        return [(cell, None)] if cell else []
    if isinstance(cell, tuple):
        return [cell]
    out = []
    for p in cell:
        out += cparts(p)
    return out


def ctext(cell):
    return "".join(p[0] for p in cparts(cell))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def finalize(parts):
    text = []
    spans = []
    pos = 0
    for t, k in parts:
        if not t:
            continue
        if k:
            spans.append({"kind": k, "start": pos, "end": pos + len(t)})
        text.append(t)
        pos += len(t)
    return "".join(text), spans


def render_table(b, headers, rows, style, crlf=False, gap=2):
    """headers: list of rows of str; rows: list of rows of cells.
    style: csv | tsv | aligned | pdf (space joined, empty cells lost) | pdfcell (one cell per line)"""
    nl = "\r\n" if crlf else "\n"
    allrows = [[h for h in r] for r in headers] + rows
    if style == "aligned":
        ncol = max(len(r) for r in allrows)
        widths = [0] * ncol
        for r in allrows:
            for j, c in enumerate(r):
                widths[j] = max(widths[j], dw(ctext(c)))
        for r in allrows:
            line = []
            for j, c in enumerate(r):
                line += cparts(c)
                if j < len(r) - 1:
                    line.append((" " * (widths[j] - dw(ctext(c)) + gap), None))
            # strip trailing blanks
            while line and line[-1][1] is None and not line[-1][0].strip():
                line.pop()
            b.ps(line).t(nl)
        return
    for r in allrows:
        if style in ("csv", "tsv"):
            sep = "," if style == "csv" else "\t"
            for j, c in enumerate(r):
                txt = ctext(c)
                if style == "csv" and ("," in txt or '"' in txt):
                    b.t('"').ps(cparts(c)).t('"')
                else:
                    b.ps(cparts(c))
                if j < len(r) - 1:
                    b.t(sep)
            b.t(nl)
        elif style == "pdf":
            cells = [c for c in r if ctext(c).strip()]
            for j, c in enumerate(cells):
                b.ps(cparts(c))
                if j < len(cells) - 1:
                    b.t(" ")
            b.t(nl)
        elif style == "pdfcell":
            for c in r:
                if ctext(c).strip():
                    b.ps(cparts(c)).t(nl)
        else:
            raise ValueError(style)


# ----------------------------------------------------------------------------------------------
CN_NUM = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_NUM[int(d)] for d in str(y))


def cn_small(n):
    if n < 10:
        return CN_NUM[n] if n else "〇"
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def fmt_date(d, style=0):
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return f"{cn_year(d.year)}年{cn_small(d.month)}月{cn_small(d.day)}日"
    if style == 2:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == 3:
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    return f"{d.year}/{d.month}/{d.day}"


def money(x, comma=True):
    if comma:
        return f"{x:,.2f}"
    return f"{x:.2f}"


class Person:
    def __init__(self, name, male, bd, eth="汉族"):
        self.name, self.male, self.bd, self.eth = name, male, bd, eth
        self.id = None
        self.id15 = None

    @property
    def sex(self):
        return "男" if self.male else "女"


class Ctx:
    def __init__(self, rng, R, pdf):
        self.rng = rng
        self.R = R
        self.pdf = pdf
        self.used = set()
        self.year = rng.choice([2023, 2024, 2024, 2025])
        self.spaced = pdf or rng.random() < 0.25  # pad 2-char names in table columns
        self.surn = _wl(SURN_GENERAL)
        boost = dict(_wl(REGION_BOOST[R["key"]]))
        self.surn = [(s, w + boost.pop(s, 0) * 3) for s, w in self.surn] + [
            (s, w * 3) for s, w in boost.items()
        ]

    # ---- random helpers
    def pick(self, xs):
        return self.rng.choice(xs)

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        r = self.rng.random() * tot
        for v, w in pairs:
            r -= w
            if r < 0:
                return v
        return pairs[-1][0]

    def chance(self, p):
        return self.rng.random() < p

    def date(self, y0=None, y1=None, m0=1, m1=12):
        y = self.rng.randint(y0 or self.year, y1 or self.year)
        m = self.rng.randint(m0, m1)
        return datetime.date(y, m, self.rng.randint(1, 28))

    def doc_date(self):
        return self.date(self.year, self.year, 1, 12)

    # ---- names
    def _han_name(self, male, era, sur=None):
        rng = self.rng
        r = rng.random()
        if sur:
            pass
        elif r < 0.02:
            sur = rng.choice(COMPOUND)
        elif r < 0.045:
            sur = rng.choice(RARE)
        else:
            sur = self.wpick(self.surn)
        if era == "old":
            pool = GIVEN_M_OLD if male else GIVEN_F_OLD
        elif era == "young":
            pool = GIVEN_M_YOUNG if male else GIVEN_F_YOUNG
        else:
            pool = GIVEN_M_MID if male else GIVEN_F_MID
        g = rng.choice(pool)
        if len(sur) == 2 and len(g) == 2 and rng.random() < 0.5:
            g = g[0]
        if len(g) == 2 and rng.random() < 0.2 and g[0] not in "小秀桂玉大":  # some 2-character names
            g = g[1] if rng.random() < 0.5 else g[0]
        return sur + g

    def name(self, male=None, era="mid", minority=True, like=None):
        """like = (relative's name, share_surname) makes family members consistent"""
        rng = self.rng
        if male is None:
            male = rng.random() < 0.5
        key = self.R["key"]
        sur = None
        force = None
        if like:
            base, share = like
            if "·" in base:
                force = "kz"
            elif base in MG_M + MG_F:
                force = "mg"
            elif base in TB_M + TB_F:
                force = "tb"
            elif share:
                sur = base[:2] if base[:2] in COMPOUND else base[0]
        for _ in range(50):
            r = rng.random()
            if force == "kz":
                n = rng.choice(KZ_M if male else KZ_F) + "·" + rng.choice(KZ_M)
            elif force == "mg":
                n = rng.choice(MG_M if male else MG_F)
            elif force == "tb":
                n = rng.choice(TB_M if male else TB_F)
            elif sur or force:
                n = self._han_name(male, era, sur)
            elif minority and key == "qh" and r < 0.55:
                n = rng.choice(KZ_M if male else KZ_F) + "·" + rng.choice(KZ_M)
            elif minority and key == "qh" and r < 0.62:
                n = rng.choice(MG_M if male else MG_F)
            elif minority and key == "pw" and r < 0.10:
                n = rng.choice(TB_M if male else TB_F)
            else:
                n = self._han_name(male, era, sur)
            core = n.replace("·", "")
            if not any(core in u or u in core for u in self.used):
                self.used.add(core)
                return n
        return n

    def eth_for(self, name):
        if "·" in name:
            return "哈萨克族"
        if name in MG_M or name in MG_F:
            return "蒙古族"
        if name in TB_M or name in TB_F:
            return "藏族"
        e = self.wpick(self.R["ethnic"])
        return "汉族" if e in ("哈萨克族", "蒙古族", "藏族") else e

    def person(self, age=(25, 75), male=None, like=None):
        rng = self.rng
        if male is None:
            male = rng.random() < 0.5
        a = rng.randint(*age)
        era = "old" if a >= 55 else "young" if a < 25 else "mid"
        n = self.name(male, era, like=like)
        bd = datetime.date(self.year - a, rng.randint(1, 12), rng.randint(1, 28))
        p = Person(n, male, bd, self.eth_for(n))
        return p

    def relative(self, base, rel):
        """a relative of Person `base`; rel is a kinship word from REL"""
        male, share, age = REL[rel]
        if rel in REL_RELATIVE_AGE:
            a = self.year - base.bd.year
            lo, hi = max(1, a + age[0]), max(1, a + age[1])
        else:
            lo, hi = age
        if rel in ("子", "女", "儿子", "女儿", "孙子", "孙女") and not base.male:
            share = False
        return self.person((lo, max(lo, hi)), male=male, like=(base.name, share))

    def spouse_word(self, p):
        return "妻子" if p.male else "丈夫"

    def masked_name(self, name=None):
        """张某 / 张某某 / 张* / 张** / 张*华 (never labelled)"""
        rng = self.rng
        if name is None:
            name = self._han_name(rng.random() < 0.5, "mid")
        if "·" in name:
            return name.split("·")[0][0] + "**"
        sur = name[:2] if name[:2] in COMPOUND else name[0]
        st = rng.randint(0, 4)
        if st == 0:
            return sur + "某"
        if st == 1:
            return sur + "某某"
        if st == 2:
            return sur + "*" * (len(name) - len(sur))
        if st == 3 and len(name) - len(sur) == 2:
            return sur + "*" + name[-1]
        return sur + "**"

    def nm(self, name, spaced=None):
        """name part; pads 2-character names when the table is column-spaced"""
        if spaced is None:
            spaced = False
        if spaced and len(name) == 2:
            name = name[0] + "　" + name[1]
        return (name, "name")

    def ncell(self, name):
        return self.nm(name, self.spaced)

    # ---- identifiers
    def id18(self, p, code=None):
        rng = self.rng
        if code is None:
            code = self.R["code"] if rng.random() < 0.85 else rng.choice(self.R["near"])
        seq = rng.randint(1, 998)
        if seq % 2 != (1 if p.male else 0):
            seq += 1
        s17 = f"{code}{p.bd.year:04d}{p.bd.month:02d}{p.bd.day:02d}{seq:03d}"
        c = id_check(s17)
        if c == "X" and rng.random() < 0.2:
            c = "x"
        p.id = s17 + c
        return p.id

    def id15(self, p):
        seq = self.rng.randint(1, 998)
        if seq % 2 != (1 if p.male else 0):
            seq += 1
        p.id15 = f"{self.R['code']}{p.bd.year % 100:02d}{p.bd.month:02d}{p.bd.day:02d}{seq:03d}"
        return p.id15

    def idp(self, p, allow15=0.0):
        """labelled part for a person's ID number"""
        if p.bd.year < 1960 and self.chance(allow15):
            return (self.id15(p), "id_card_15")
        return (p.id or self.id18(p), "id_card")

    def id_masked(self, p=None):
        rng = self.rng
        if p is None:
            p = self.person()
        full = p.id or self.id18(p)
        style = rng.randint(0, 4)
        if style == 0:
            return full[:6] + "*" * 8 + full[14:]
        if style == 1:
            return full[:4] + "*" * 10 + full[14:]
        if style == 2:
            return full[:2] + "*" * 13 + full[15:]
        if style == 3:
            return full[:10] + "****" + full[14:]
        return full[:6] + "********" + "****"

    def mobile(self):
        return self.pick(MOBILE_PREFIX) + "".join(self.pick("0123456789") for _ in range(8))

    def mob(self, prefix_ok=True, fmt=None):
        """parts for a private mobile number"""
        m = self.mobile()
        rng = self.rng
        r = rng.random() if fmt is None else fmt
        pre = ""
        if r < 0.08:
            m = f"{m[:3]} {m[3:7]} {m[7:]}"
        elif r < 0.14:
            m = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if prefix_ok and rng.random() < 0.08:
            pre = rng.choice(["+86 ", "+86-", "86-", "+86"])
        return [(pre, None), (m, "mobile")] if pre else [(m, "mobile")]

    def mob_masked(self):
        m = self.mobile()
        return self.pick([m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], m[:7] + "****"])

    def local_number(self):
        n = 8 if self.R["key"] == "nh" else 7
        return self.pick("2345678") + "".join(self.pick("0123456789") for _ in range(n - 1))

    def home_phone(self):
        rng = self.rng
        loc = self.local_number()
        r = rng.random()
        if r < 0.6:
            v = f"{self.R['area']}-{loc}"
        elif r < 0.75:
            v = f"{self.R['area']}{loc}"
        elif r < 0.87:
            v = f"{self.R['area']} {loc}"
        else:
            v = loc
        return (v, "landline")

    def office_phone(self):
        loc = self.local_number()
        return self.pick(
            [
                f"{self.R['area']}-{loc}",
                f"{self.R['area']}-{loc}",
                f"（{self.R['area']}）{loc}",
                f"{self.R['area']}{loc}",
            ]
        )

    def hotline(self):
        return self.pick(["12345", f"{self.R['area']}-12345", "12345", "12315", "12319"])

    def card(self, spaced=None):
        rng = self.rng
        pre, bank, ln = rng.choice(BANKS)
        if pre in ("622202", "621700") and rng.random() < 0.1:
            ln = 16
        num = luhn_complete(rng, pre, ln)
        if spaced is None:
            spaced = rng.random() < 0.15
        if spaced:
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return (num, "bank_card"), bank

    def card_masked(self):
        pre, bank, ln = self.rng.choice(BANKS)
        num = luhn_complete(self.rng, pre, ln)
        return self.pick(
            [
                num[:6] + "*" * (ln - 10) + num[-4:],
                num[:4] + " **** **** " + num[-4:],
                "*" * (ln - 4) + num[-4:],
            ]
        ), bank

    def flow_no(self, length=None):
        """Luhn-valid transaction number without an issuer prefix (hard negative)"""
        ln = length or self.pick([16, 18, 19, 20])
        return luhn_complete(self.rng, self.pick(["", "42", "88", "10", "31", ""]) + str(self.year), ln)

    def email(self, p=None):
        rng = self.rng
        dom = rng.choice(
            ["qq.com", "qq.com", "163.com", "163.com", "126.com", "139.com", "sina.com", "foxmail.com"]
        )
        if dom == "qq.com" and rng.random() < 0.6:
            user = str(rng.randint(10000000, 3999999999))
        else:
            tail = rng.choice(
                ["", str(rng.randint(1, 99)), str(rng.randint(1965, 2005)), str(rng.randint(100, 999))]
            )
            user = (
                rng.choice(PINYIN)
                + rng.choice(PINYIN)
                + (rng.choice(["", "_", ".", ""]) if tail else "")
                + tail
            )
        return (user + "@" + dom, "email")

    def agency_email(self, short=None):
        lat = self.R["lat"].lower()
        return self.pick(
            [
                f"{lat}{short or 'mzj'}@163.com",
                f"{lat}xxgk@126.com",
                f"xxgk@{self.R['lat'].lower()}.gov.cn",
                f"{lat}{short or 'zfb'}@{lat}.gov.cn",
            ]
        )

    def passport(self):
        rng = self.rng
        r = rng.random()
        if r < 0.65:
            v = "E" + "".join(rng.choice("0123456789") for _ in range(8))
        elif r < 0.9:
            v = (
                "E"
                + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                + "".join(rng.choice("0123456789") for _ in range(7))
            )
        else:
            v = "G" + "".join(rng.choice("0123456789") for _ in range(8))
        return (v, "passport")

    def hk_permit(self):
        rng = self.rng
        r = rng.random()
        if r < 0.6:
            v = "C" + "".join(rng.choice("0123456789") for _ in range(8))
        elif r < 0.8:
            v = (
                "C"
                + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                + "".join(rng.choice("0123456789") for _ in range(7))
            )
        else:
            v = "W" + "".join(rng.choice("0123456789") for _ in range(8))
        return (v, "hk_macau_permit")

    def tw_permit(self, kind=None):
        """kind 'tb' = 台湾居民来往大陆通行证 (8 digits); 'dl' = 大陆居民往来台湾通行证 (L/T + 8 digits)"""
        rng = self.rng
        if kind is None:
            kind = "tb" if rng.random() < 0.6 else "dl"
        if kind == "tb":
            v = rng.choice("0011") + "".join(rng.choice("0123456789") for _ in range(7))
        else:
            v = rng.choice("LLT") + "".join(rng.choice("0123456789") for _ in range(8))
        return (v, "tw_permit"), kind

    def plate(self):
        rng = self.rng
        pre = self.R["plate"]
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        r = rng.random()
        if r < 0.2:  # new energy
            tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
        else:
            chars = [rng.choice("0123456789") for _ in range(5)]
            for i in rng.sample(range(5), rng.choice([0, 1, 1, 2, 2])):
                chars[i] = rng.choice(letters)
            if rng.random() < 0.5:
                chars[0] = rng.choice(letters)
            tail = "".join(chars)
        sep = "·" if rng.random() < 0.3 else ""
        return (pre + sep + tail, "license_plate")

    def credit(self, kind="91"):
        code = self.R["code"] if self.rng.random() < 0.8 else self.R["near"][0]
        return credit_code(self.rng, kind, code, org=(kind in ("11", "12")))

    # ---- places
    def county(self):
        return self.pick(self.R["county_alt"])

    def town(self, urban=None):
        if urban is None:
            urban = self.chance(0.25)
        return self.pick(self.R["urban"] if urban else self.R["towns"])

    def village(self):
        return self.pick(self.R["villages"])

    def group(self):
        return self.pick(self.R["groups"])

    def addr_prefix(self, level=None):
        R = self.R
        if level is None:
            level = self.wpick([("prov", 2), ("city", 2), ("county", 6), ("none", 2)])
        if level == "prov":
            return R["prov"] + R["city"] + R["county"]
        if level == "city":
            return R["city"] + R["county"]
        if level == "county":
            return self.county()
        return ""

    def home_addr(self, kind=None, level=None, town=None, village=None):
        """full private address, ends with 号 / 组 / 室"""
        rng = self.rng
        R = self.R
        if kind is None:
            kind = "urban" if rng.random() < 0.35 else "rural"
        pre = self.addr_prefix(level)
        if kind == "urban":
            t = town or self.pick(R["urban"])
            road = self.pick(R["roads"])
            n = rng.randint(1, 388)
            r = rng.random()
            if r < 0.25:
                return f"{pre}{t}{road}{n}号"
            est = self.pick(R["estates"])
            b = rng.randint(1, 18)
            u = rng.randint(1, 4)
            fl = rng.randint(1, 18 if R["key"] == "nh" else 11)
            room = f"{fl}{rng.randint(1, 4):02d}"
            bld = rng.choice(["幢", "栋"]) if R["key"] == "nh" else "栋"
            if r < 0.55:
                return f"{pre}{t}{road}{n}号{est}{b}{bld}{u}单元{room}室"
            if r < 0.75:
                return f"{pre}{t}{est}{b}{bld}{u}单元{room}室"
            if r < 0.85:
                return f"{pre}{t}{est}{b}-{u}-{room}室"
            return f"{pre}{t}{road}{n}号{b}{bld}{room}室"
        t = town or self.pick(R["towns"])
        v = village or self.village()
        st = R["rural_style"]
        n = rng.randint(1, 120)
        if st == "group":
            g = self.group()
            if rng.random() < 0.4:
                return f"{pre}{t}{v}{g}{n}号"
            return f"{pre}{t}{v}{g}"
        if st == "tun":
            return f"{pre}{t}{v}{self.group()}{n}号"
        if st == "num":
            if rng.random() < 0.3:
                return f"{pre}{t}{v}{self.group()}"
            return f"{pre}{t}{v}{n}号"
        # road style (宁海)
        if rng.random() < 0.5:
            return f"{pre}{t}{v}{self.group()}{n}号"
        return f"{pre}{t}{v}{n}号"

    def addr(self, **kw):
        return (self.home_addr(**kw), "address")

    def bare_place(self):
        r = self.rng.random()
        if r < 0.5:
            return f"{self.pick(self.R['towns'])}{self.village()}"
        if r < 0.8:
            return f"{self.county()}{self.pick(self.R['towns'])}{self.village()}"
        return f"{self.county()}{self.pick(self.R['towns'])}"

    def agency(self, dept):
        return self.R["county"] + dept

    def agency_addr(self):
        return f"{self.county()}{self.pick(self.R['urban'])}{self.pick(self.R['roads'])}{self.rng.randint(1, 300)}号"

    def company(self):
        rng = self.rng
        word = rng.choice(
            [
                "鑫源",
                "宏达",
                "鸿运",
                "金穗",
                "恒通",
                "顺丰源",
                "华宇",
                "利民",
                "兴旺",
                "佳和",
                "盛世",
                "锦程",
                "瑞丰",
                "永安",
                "明珠",
                "众诚",
                "天润",
                "福满园",
            ]
        )
        trade = rng.choice(
            [
                "商贸",
                "建筑工程",
                "农业开发",
                "物流",
                "运输",
                "食品",
                "餐饮管理",
                "建材",
                "劳务",
                "农牧科技",
                "矿业",
                "房地产开发",
                "医药连锁",
                "电子商务",
            ]
        )
        form = rng.choice(["有限公司", "有限公司", "有限责任公司", "股份有限公司"])
        short = self.R["county"][:2] if self.R["key"] != "lx" else "岚县"
        return rng.choice(
            [
                f"{short}{word}{trade}{form}",
                f"{self.R['city'][:2]}市{word}{trade}{form}",
                f"{self.R['county']}{word}{trade}{form}",
            ]
        )

    def company_addr(self):
        rng = self.rng
        return rng.choice(
            [
                f"{self.R['park']}{rng.choice(['创业路', '园区大道', '纬一路', '经二路'])}{rng.randint(1, 99)}号",
                f"{self.county()}{self.pick(self.R['urban'])}{self.pick(self.R['roads'])}{rng.randint(1, 400)}号",
                f"{self.county()}{self.pick(self.R['urban'])}{self.pick(self.R['roads'])}{rng.randint(1, 400)}号"
                f"{rng.randint(1, 3)}楼",
            ]
        )

    def index_no(self):
        org = self.credit("11")
        d = self.doc_date()
        return self.pick(
            [
                f"{org}/{d.year}-{self.rng.randint(1, 999):05d}",
                f"{org[8:17]}/{d.year}-{self.rng.randint(1, 999):05d}",
                f"{org}/{d.year}{d.month:02d}-{self.rng.randint(1, 99):05d}",
            ]
        )

    def wenhao(self, dept_abbr, kind="发"):
        return f"{self.R['abbr']}{dept_abbr}{kind}〔{self.year}〕{self.rng.randint(1, 180)}号"

    def health(self, child=False):
        r = self.rng.random()
        if child:
            return self.pick(CHILD_DISEASES) if r < 0.6 else self.pick(DISABILITY)
        return self.pick(DISEASES) if r < 0.55 else self.pick(DISABILITY)

    def hphrase(self, verbs=("患", "患有"), child=False):
        """[verb, (condition, 'health')]: 患 + disease, 为/系 + disability grade"""
        h = self.health(child)
        if h in DISABILITY:
            return [self.pick(["为", "系"]), (h, "health")]
        return [self.pick(list(verbs)), (h, "health")]

    def title(self, s):
        """PDF titles often come out with spaces between characters"""
        if self.pdf and len(s) <= 12 and self.chance(0.5):
            return " ".join(s)
        return s


# ==============================================================================================
# families
def table_style(c, allow=("csv", "tsv", "aligned")):
    if c.pdf:
        return c.pick(["pdf", "pdf", "pdfcell"])
    return c.pick(list(allow))


def csv_preamble(c, b, style):
    crlf = style == "csv" and c.chance(0.5)
    if style == "csv" and c.chance(0.3):
        b.t("\ufeff")
    return crlf


def sign_block(c, b, who, dept_name=None, d=None):
    d = d or c.doc_date()
    b.nl()
    b.t(" " * c.rng.randint(0, 24) + (dept_name or who)).nl()
    b.t(" " * c.rng.randint(0, 24) + fmt_date(d, c.pick([0, 0, 1]))).nl()
    return d


# ---------------------------------------------------------------------------------- 低保名单
def gen_dibao(c):
    rng, R = c.rng, c.R
    style = table_style(c, ("csv", "csv", "tsv", "aligned"))
    b = B()
    crlf = csv_preamble(c, b, style)
    nl = "\r\n" if crlf else "\n"
    masked = c.chance(0.3)
    town = c.town(False)
    m = rng.randint(1, 12)
    q = (m - 1) // 3 + 1
    urban = c.chance(0.25)
    if urban:
        town = c.pick(R["urban"])
    title = c.pick(
        [
            f"{R['county']}{c.year}年{m}月城乡最低生活保障金发放花名册",
            f"{R['county']}{town}{c.year}年第{q}季度{'城市' if urban else '农村'}低保对象名单",
            f"{town}{c.year}年{m}月{'城市' if urban else '农村'}最低生活保障资金发放明细表",
            f"{R['county']}{c.year}年度低保对象花名册（{town}）",
        ]
    )
    has_members = style != "csv" and c.chance(0.35)
    has_bank = c.chance(0.55)
    has_phone = c.chance(0.5)
    has_reason = c.chance(0.5)
    has_note = c.chance(0.6)
    cols = ["序号", "乡镇（街道）", "村（社区）", "户主姓名", "身份证号码"]
    if has_members:
        cols.append("家庭成员")
    cols += ["保障人数", "保障类别", "月保障金（元）"]
    if has_reason:
        cols.append("致贫原因")
    if has_bank:
        cols += ["开户银行", "银行卡号"]
    if has_phone:
        cols.append("联系电话")
    if has_note:
        cols.append("备注")
    apostrophe = style == "csv" and c.chance(0.25)
    rows = []
    total = 0
    n = rng.randint(8, 22)
    std = c.pick([385, 420, 455, 510, 560, 600, 715, 795, 880])
    amt_fmt = c.pick(["int", "dec", "comma"])
    for i in range(n):
        head = c.person((22, 88))
        size = rng.randint(1, 5)
        row = {
            "序号": str(i + 1),
            "乡镇（街道）": town,
            "村（社区）": c.village()
            if not urban
            else c.pick(["东街社区", "南门社区", "城北社区", "滨河社区", "新城社区", "西关社区"]),
            "户主姓名": c.ncell(head.name),
        }
        if masked:
            row["身份证号码"] = c.id_masked(head)
        elif style == "csv" and c.chance(0.04):
            full = c.id18(head)
            row["身份证号码"] = f"{full[0]}.{full[1:6]}E+17"  # Excel damage, not labelled
        else:
            idp = c.idp(head, allow15=0.25)
            row["身份证号码"] = [("'", None), idp] if apostrophe else [idp]
        if has_members:
            mem = []
            for j in range(size - 1):
                rel = c.pick(
                    ["妻" if head.male else "夫", "子", "女", "母", "孙子", "孙女", "儿媳", "子", "女"]
                )
                mp = c.relative(head, rel)
                if j:
                    mem.append("、")
                if c.chance(0.5):
                    mem += [c.nm(mp.name), f"（{rel}）"]
                else:
                    mem += [c.nm(mp.name)]
            row["家庭成员"] = mem or "无"
        row["保障人数"] = str(size)
        row["保障类别"] = c.pick(["A类", "B类", "C类", "一类", "二类", "三类", "全额", "差额"])
        amt = size * std * c.pick([1, 1, 0.8, 0.6, 0.5])
        total += amt
        row["月保障金（元）"] = str(int(amt)) if amt_fmt == "int" else money(amt, comma=(amt_fmt == "comma"))
        if has_reason:
            row["致贫原因"] = c.pick(["因病", "因残", "缺劳力", "因学", "因灾", "缺技术", "因病", "因残"])
        if has_bank:
            if masked:
                num, bank = c.card_masked()
                row["银行卡号"] = num
            else:
                part, bank = c.card(spaced=False)
                row["银行卡号"] = [("'", None), part] if apostrophe else [part]
            row["开户银行"] = bank
        if has_phone:
            if masked:
                row["联系电话"] = c.mob_masked()
            elif c.chance(0.12):
                row["联系电话"] = [c.home_phone()]
            elif c.chance(0.1):
                row["联系电话"] = ""
            else:
                row["联系电话"] = c.mob(prefix_ok=False, fmt=0.5)
        if has_note:
            r = rng.random()
            if r < 0.45:
                who = c.pick(["户主", "本人", "其妻", "其夫", "儿子", "女儿", "母亲", "户主本人"])
                row["备注"] = [who, (c.health(), "health")] if c.chance(0.7) else [who] + c.hphrase()
            elif r < 0.7:
                row["备注"] = c.pick(["新增", "续保", "提标", "单人户", "调标", "重点保障"])
            else:
                row["备注"] = ""
        rows.append([row.get(k, "") for k in cols])
    hdr = [[title] + [""] * (len(cols) - 1)] if style in ("csv",) else []
    if style != "csv":
        b.t(c.title(title)).t(nl)
        if c.chance(0.6):
            b.t(f"填报单位：{town}人民政府" if not urban else f"填报单位：{town}办事处").t("    ")
            b.t(f"单位：元").t(nl)
    tot_row = ["合计"] + [""] * (len(cols) - 1)
    tot_row[cols.index("月保障金（元）")] = money(total, comma=(amt_fmt == "comma"))
    render_table(b, hdr + [cols], rows + [tot_row], style, crlf=crlf)
    staff1, staff2 = c.name(), c.name()
    foot = [f"制表人：{staff1}", f"审核人：{staff2}", f"制表日期：{fmt_date(c.doc_date())}"]
    if style == "csv":
        b.t(",".join(foot + [""] * (len(cols) - 3))).t(nl)
        b.t(f"监督电话：{c.office_phone()}" + "," * (len(cols) - 1)).t(nl)
    else:
        b.t("　　".join(foot)).t(nl)
        b.t(f"监督举报电话：{c.office_phone()}　{R['county']}民政局").t(nl)
    return b, "dibao_" + style, title


# ---------------------------------------------------------------------------------- 特困人员花名册
def gen_tekun(c):
    rng, R = c.rng, c.R
    style = table_style(c, ("tsv", "aligned", "csv"))
    b = B()
    crlf = csv_preamble(c, b, style)
    nl = "\r\n" if crlf else "\n"
    town = c.town(False)
    title = c.pick(
        [
            f"{R['county']}{c.year}年特困人员救助供养花名册",
            f"{town}{c.year}年特困供养人员基本情况表",
            f"{R['county']}{town}特困人员供养金发放花名册（{c.year}年{rng.randint(1, 12)}月）",
        ]
    )
    h1 = [
        "序号",
        "姓名",
        "性别",
        "身份证号码",
        "所在村（社区）",
        "供养方式",
        "生活自理能力",
        "供养标准（元/月）",
        "",
        "",
        "居住地址",
        "残疾或患病情况",
    ]
    h2 = ["", "", "", "", "", "", "", "基本生活费", "照料护理费", "合计", "", ""]
    if c.chance(0.4):
        h1[7] = "救助供养金（元/月）"
    rows = []
    home_name = c.pick(
        [f"{R['county']}中心敬老院", f"{town}敬老院", f"{R['county']}社会福利院", f"{town}中心敬老院"]
    )
    base = c.pick([650, 720, 780, 830, 910, 1050, 1160])
    short_dis = c.chance(0.35)
    if short_dis:
        h1[11] = "残疾类别等级/患病情况"
    for i in range(rng.randint(7, 18)):
        p = c.person((18, 94))
        concentrated = c.chance(0.35)
        care = c.pick(["全自理", "全自理", "半失能", "全失能"])
        nurse = {
            "全自理": c.pick([50, 60, 80]),
            "半失能": c.pick([200, 240, 300]),
            "全失能": c.pick([500, 600, 760]),
        }[care]
        if concentrated:
            addr = home_name
        elif c.chance(0.55):
            addr = [c.addr(level=c.pick(["county", "none", "none"]), kind="rural")]
        else:
            addr = c.bare_place()
        h = c.health()
        if h in DISABILITY and short_dis:
            h = h.replace("残疾", "")
        hl = [(h, "health")] if c.chance(0.55) else c.pick(["无", "—", "", "无"])
        rows.append(
            [
                str(i + 1),
                c.ncell(p.name),
                p.sex,
                [c.idp(p, allow15=0.3)],
                c.village(),
                "集中供养" if concentrated else "分散供养",
                care,
                str(base),
                str(nurse),
                str(base + nurse),
                addr,
                hl,
            ]
        )
    if style != "csv":
        b.t(c.title(title)).t(nl)
    else:
        b.t(title + "," * (len(h1) - 1)).t(nl)
    render_table(b, [h1, h2], rows, style, crlf=crlf)
    b.t(
        f"填表单位：{town}人民政府（盖章）"
        if style != "csv"
        else f"填表单位：{town}人民政府" + "," * (len(h1) - 1)
    ).t(nl)
    b.t(
        f"经办人：{c.name()}　联系电话：{c.office_phone()}"
        if style != "csv"
        else f"经办人：{c.name()},联系电话：{c.office_phone()}" + "," * (len(h1) - 2)
    ).t(nl)
    return b, "tekun_2row_" + style, title


# ---------------------------------------------------------------------------------- 孤儿花名册
def gen_guer(c):
    rng, R = c.rng, c.R
    b = B()
    masked = c.chance(0.25)
    title = c.pick(
        [
            f"{R['county']}{c.year}年孤儿和事实无人抚养儿童基本生活费发放花名册",
            f"{R['county']}{c.year}年第{rng.randint(1, 4)}季度孤儿基本生活保障对象名册",
            f"{c.town()}困境儿童（孤儿）信息登记表",
        ]
    )
    kids = []
    for i in range(rng.randint(5, 14)):
        k = c.person((2, 17))
        rel = c.pick(
            ["祖父", "祖母", "祖母", "外祖父", "外祖母", "叔叔", "伯父", "姑姑", "舅舅", "哥哥", "姐姐"]
        )
        g = c.relative(k, rel)
        kids.append((k, g, rel))
    if c.chance(0.45):
        layout = "guer_cards"
        b.t(title).nl(2)
        for i, (k, g, rel) in enumerate(kids):
            cat = c.pick(["孤儿", "孤儿", "事实无人抚养儿童", "事实无人抚养儿童（父母重残）"])
            b.t(f"{cn_small(i + 1)}、").t(c.nm(k.name)).t(
                f"，{k.sex}，{k.bd.year}年{k.bd.month}月出生，{k.eth}，"
            )
            b.t("身份证号码：").t(c.id_masked(k) if masked else c.idp(k)).t(f"，类别：{cat}。").nl()
            b.t(f"　　监护人：").t(c.nm(g.name)).t(f"（{rel}），联系电话：")
            if masked:
                b.t(c.mob_masked())
            elif c.chance(0.2):
                b.t(c.home_phone())
            else:
                b.t(c.mob(prefix_ok=False))
            b.t("；家庭住址：")
            b.t(c.bare_place() if masked else c.addr(kind="rural")).t("。").nl()
            if c.chance(0.35):
                b.t("　　健康状况：").t((c.health(child=True), "health")).t("。")
            else:
                b.t("　　健康状况：" + c.pick(["健康", "良好", "健康"]) + "。")
            if not masked and c.chance(0.5):
                part, bank = c.card()
                b.t(f"基本生活费发放账户：{bank}，卡号").t(part).t("。")
            b.nl()
        b.t(f"\n{R['county']}民政局儿童福利股　　联系电话：{c.office_phone()}\n")
        return b, layout, title
    style = table_style(c, ("tsv", "aligned"))
    layout = "guer_2row_" + style
    h1 = [
        "序号",
        "儿童姓名",
        "性别",
        "出生日期",
        "身份证号码",
        "类别",
        "健康状况",
        "监护人情况",
        "",
        "",
        "家庭住址",
        "月发放标准（元）",
    ]
    h2 = ["", "", "", "", "", "", "", "姓名", "关系", "联系电话", "", ""]
    rows = []
    for i, (k, g, rel) in enumerate(kids):
        hc = [(c.health(child=True), "health")] if c.chance(0.3) else c.pick(["健康", "良好", "健康"])
        if masked:
            phone = c.mob_masked()
            addr = c.bare_place()
            idc = c.id_masked(k)
        else:
            phone = [c.home_phone()] if c.chance(0.2) else c.mob(prefix_ok=False, fmt=0.5)
            addr = [c.addr(level=c.pick(["county", "none"]))] if c.chance(0.8) else c.bare_place()
            idc = [c.idp(k)]
        rows.append(
            [
                str(i + 1),
                c.ncell(k.name),
                k.sex,
                fmt_date(k.bd, c.pick([2, 3])),
                idc,
                c.pick(["孤儿", "事实无人抚养儿童", "孤儿"]),
                hc,
                c.ncell(g.name),
                rel,
                phone,
                addr,
                str(c.pick([1350, 1400, 1500, 1200, 1800])),
            ]
        )
    b.t(c.title(title)).nl()
    render_table(b, [h1, h2], rows, style)
    b.t(f"填报单位：{R['county']}民政局（盖章）　　填报人：{c.name()}　　审核人：{c.name()}").nl()
    return b, layout, title


# ---------------------------------------------------------------------------------- 行政处罚
PERSON_CASES = ["yingyun", "food", "build", "fish", "land"]
COMPANY_CASES = ["ad", "overload", "pollute", "foodco"]
CASE_DEPT = {
    "yingyun": ("交通运输局", "交运"),
    "food": ("市场监督管理局", "市监"),
    "build": ("综合行政执法局", "综执"),
    "fish": ("农业农村局", "农"),
    "land": ("自然资源局", "自然资"),
    "ad": ("市场监督管理局", "市监"),
    "overload": ("交通运输局", "交运"),
    "pollute": ("生态环境分局", "环"),
    "foodco": ("市场监督管理局", "市监"),
}


def party_person_block(c, b, p, inline=None):
    p.addr = c.home_addr()
    if inline is None:
        inline = c.chance(0.4)
    if inline:
        b.t("当事人：").t(c.nm(p.name)).t(
            f"，{p.sex}，{p.eth}，{p.bd.year}年{p.bd.month}月{p.bd.day}日出生，"
        )
        dt = c.wpick([("id", 86), ("hk", 7), ("passport", 4), ("tw", 3)])
        if dt == "id":
            b.t(c.pick(["公民身份号码：", "身份证号码：", "身份证号"])).t(c.idp(p)).t("，")
        else:
            b.t(
                {
                    "hk": "港澳居民来往内地通行证号码：",
                    "passport": "护照号码：",
                    "tw": "台湾居民来往大陆通行证号码：",
                }[dt]
            )
            b.t(doc_number(c, dt, p)).t("，")
        b.t(c.pick(["住", "住址：", "户籍地址："])).t((p.addr, "address")).t("，联系电话：").t(c.mob()).t(
            "。"
        ).nl()
    else:
        b.t("当事人：").t(c.nm(p.name)).nl()
        b.t(f"性　　别：{p.sex}　　　民　　族：{p.eth}").nl()
        b.t(f"出生日期：{fmt_date(p.bd)}").nl()
        b.t(c.pick(["身份证号码：", "公民身份号码：", "证件号码："])).t(c.idp(p)).nl()
        b.t(c.pick(["住　　址：", "家庭住址：", "住所："])).t((p.addr, "address")).nl()
        if c.chance(0.85):
            b.t("联系电话：").t(c.mob()).nl()


def gen_chufa(c):
    rng, R = c.rng, c.R
    b = B()
    is_person = c.chance(0.6)
    case = c.pick(PERSON_CASES if is_person else COMPANY_CASES)
    dept, dabbr = CASE_DEPT[case]
    if dept == "生态环境分局":
        agency = f"{R['city']}生态环境局{R['county'][:2] if R['key'] != 'lx' else '岚县'}分局"
    else:
        agency = c.agency(dept)
    wh = f"{R['abbr']}{dabbr}{c.pick(['罚', '处罚', '罚决'])}〔{c.year}〕{rng.randint(1, 260)}号"
    d0 = c.date(c.year, c.year, 1, 9)
    d1 = d0 + datetime.timedelta(days=rng.randint(1, 20))
    d2 = d1 + datetime.timedelta(days=rng.randint(10, 50))
    d3 = d2 + datetime.timedelta(days=rng.randint(5, 30))
    title = "行政处罚决定书"
    if c.chance(0.4):
        topic = {
            "交通运输局": "工业、交通\\公路",
            "市场监督管理局": "市场监管、安全生产监管\\工商",
            "综合行政执法局": "城乡建设、环境保护\\城乡建设（含住房）",
            "农业农村局": "农业、林业、水利\\农业、畜牧业、渔业",
            "自然资源局": "国土资源、能源\\土地",
            "生态环境分局": "城乡建设、环境保护\\环境监测、保护与治理",
        }[dept]
        b.t(f"索引号：{c.index_no()}　　　主题分类：{topic}").nl()
        b.t(
            f"发布机构：{agency}　　　发布日期：{fmt_date(d3 + datetime.timedelta(days=rng.randint(1, 7)), 2)}"
        ).nl(2)
    b.t(agency).nl().t(c.title(title)).nl().t(wh).nl(2)
    s1, s2 = c.name(), c.name()
    lic = [
        f"{R['code'][:2]}{rng.randint(10000000, 99999999)}",
        f"{R['code'][:2]}{rng.randint(10000000, 99999999)}",
    ]
    p = None
    if is_person:
        p = c.person((24, 70))
        party_person_block(c, b, p)
        pn = c.nm(p.name)
    else:
        co = c.company()
        b.t(f"当事人：{co}").nl()
        b.t(f"统一社会信用代码：{c.credit('91')}").nl()
        b.t(f"住所：{c.company_addr()}").nl()
        lr = c.person((30, 65))
        b.t("法定代表人：").t(c.nm(lr.name))
        if c.chance(0.4):
            b.t("　　联系电话：").t(c.mob())
        elif c.chance(0.5):
            b.t(f"　　联系电话：{c.office_phone()}")
        b.nl()
        if c.chance(0.5):
            ag = c.person((25, 55))
            b.t("委托代理人：").t(c.nm(ag.name)).t(
                f"，{ag.sex}，该公司{c.pick(['员工', '行政主管', '法务专员'])}，身份证号码："
            )
            b.t(c.idp(ag)).nl()
        pn = co
    b.nl()
    r1, r2 = rng.sample(R["roads"], 2)
    place = c.pick([f"{c.town()}{c.village()}", f"{c.county()}{c.pick(R['urban'])}{r1}", f"{r1}与{r2}交叉口"])
    b.t(
        f"　　{fmt_date(d0)}，本{'局' if '局' in dept else '分局'}执法人员{s1}、{s2}（执法证号：{lic[0]}、{lic[1]}）在{place}"
        f"依法开展检查时发现，"
    )
    if case == "yingyun":
        pl = c.plate()
        b.t("当事人").t(pn).t("驾驶车牌号为").t(pl).t(
            f"的{c.pick(['小型轿车', '小型普通客车', '七座面包车'])}搭载乘客"
            f"{rng.randint(2, 6)}名，自{c.town()}开往{c.county()}县城，约定车费每人"
            f"{rng.randint(15, 60)}元。经查，该车辆登记所有人为当事人本人，当事人未取得道路运输经营许可，"
            "擅自从事道路旅客运输经营。"
        )
        law, amt = "《中华人民共和国道路运输条例》", c.pick([5000, 10000, 20000, 30000])
    elif case == "food":
        shop = c.pick(
            [
                f"{p.name[0]}记副食店",  # type: ignore[union-attr]
                f"{c.town()}{c.pick(['兴隆', '便民', '惠民', '鑫鑫'])}超市",
                f"{R['county']}{p.name}食品经营部",  # type: ignore[union-attr]
            ]
        )
        b.t(
            f"当事人经营的“{shop}”（统一社会信用代码：{c.credit('92')}，经营场所：{c.agency_addr()}）货架上摆放待售的"
            f"{c.pick(['乳制品', '饮料', '方便面', '饼干', '调味品'])}{rng.randint(5, 60)}件已超过保质期。经查，当事人"
        )
        b.t(pn).t(
            f"系该店经营者，上述食品货值金额{money(rng.uniform(80, 900))}元，违法所得{money(rng.uniform(10, 200))}元。"
        )
        law, amt = "《中华人民共和国食品安全法》", c.pick([5000, 10000, 50000])
    elif case == "build":
        b.t("当事人").t(pn).t("未取得建设工程规划许可证，在其位于").t(
            (p.addr, "address") if c.chance(0.6) else c.addr()  # type: ignore[union-attr]
        )
        b.t(
            f"的房屋{c.pick(['屋顶', '院内', '北侧'])}擅自搭建{c.pick(['彩钢板房', '砖混结构房屋', '钢架雨棚'])}一处，"
            f"面积约{rng.randint(12, 160)}平方米。"
        )
        law, amt = "《中华人民共和国城乡规划法》", rng.randint(2, 20) * 1000
    elif case == "fish":
        b.t("当事人").t(pn).t(
            f"在{c.pick(R['rivers'])}禁渔区内使用电鱼器具捕捞水产品，现场查获渔获物{rng.randint(2, 30)}千克。"
        )
        law, amt = "《中华人民共和国渔业法》", rng.randint(1, 10) * 1000
    elif case == "land":
        b.t("当事人").t(pn).t(
            f"未经批准，擅自占用{c.town()}{c.village()}集体土地{rng.randint(60, 900)}平方米建设"
            f"{c.pick(['养殖圈舍', '仓库', '住宅'])}，所占土地为一般耕地。"
        )
        law, amt = "《中华人民共和国土地管理法》", rng.randint(5, 60) * 1000
    elif case == "overload":
        pl = c.plate()
        drv = c.person((28, 58), male=True)
        b.t(f"当事人所属车牌号为{pl[0]}的重型半挂牵引车（驾驶员：").t(c.nm(drv.name)).t("，身份证号码：").t(
            c.idp(drv)
        )
        b.t(
            f"）车货总质量{rng.randint(55, 90)}.{rng.randint(0, 9)}吨，超过限定标准。该车辆登记所有人为当事人。"
        )
        law, amt = "《公路安全保护条例》", c.pick([5000, 10000, 20000])
    elif case == "ad":
        b.t(
            f"当事人在其微信公众号发布的广告中使用“{c.pick(['全县第一', '最高级', '国家级产品', '100%治愈'])}”等用语，"
            f"广告费用{rng.randint(500, 9000)}元。"
        )
        law, amt = "《中华人民共和国广告法》", rng.randint(1, 20) * 10000
    elif case == "pollute":
        b.t(f"当事人废水总排口外排废水中化学需氧量浓度为{rng.randint(120, 480)}mg/L，超过排放标准。")
        law, amt = "《中华人民共和国水污染防治法》", rng.randint(10, 80) * 10000
    else:
        b.t(f"当事人在其食堂使用超过保质期的食品原料{rng.randint(2, 20)}千克。")
        law, amt = "《中华人民共和国食品安全法》", rng.randint(1, 10) * 10000
    b.nl()
    b.t(f"　　本{'局' if '局' in dept else '分局'}于{fmt_date(d1)}立案调查。上述事实有以下证据证明：")
    ev = ["现场检查（勘验）笔录", "现场照片及视频资料"]
    ev_parts = []
    if is_person:
        ev_parts.append(["当事人", pn, "的询问笔录"])
    else:
        ev_parts.append(["当事人营业执照复印件"])
    if c.chance(0.7):
        w = c.person((20, 70))
        if c.chance(0.3):
            ev_parts.append(["证人", c.masked_name(w.name), "的证人证言"])
        else:
            ev_parts.append(["证人", c.nm(w.name), "的证人证言"])
            if c.chance(0.3):
                ev_parts.append(["证人", c.nm(w.name), "的身份证复印件"])
    for e in ev:
        ev_parts.append([e])
    rng.shuffle(ev_parts)
    for i, e in enumerate(ev_parts):  # type: ignore[assignment]
        b.t(f"{i + 1}.").ps(e).t("；" if i < len(ev_parts) - 1 else "。")
    b.nl()
    b.t(
        f"　　{fmt_date(d2)}，本{'局' if '局' in dept else '分局'}向当事人送达了《行政处罚告知书》"
        f"（{R['abbr']}{dabbr}罚告〔{c.year}〕{rng.randint(1, 200)}号），告知当事人拟作出行政处罚的事实、理由、依据及依法享有的"
        "陈述、申辩和要求听证的权利。"
    )
    if is_person and c.chance(0.35):
        b.t("当事人在法定期限内提出陈述、申辩，称其").t(c.pick(["本人", "本人", c.spouse_word(p), "母亲"]))
        b.ps(c.hphrase(("患有", "身患", "长期患有")))
        b.t("，家庭经济困难，请求从轻处罚。经复核，当事人所述情况属实，本机关予以采纳。")
    else:
        b.t("当事人在法定期限内未提出陈述、申辩，也未要求听证。")
    b.nl()
    b.t(
        f"　　本机关认为，当事人的上述行为违反了{law}的相关规定。依据{law}第{cn_small(rng.randint(20, 99))}条的规定，"
        f"本机关决定对当事人作出如下行政处罚："
    ).nl()
    b.t(
        f"　　{c.pick(['罚款人民币', '处以罚款'])}{amt:,}元（大写：{daxie(amt)}）"
        f"{c.pick(['。', '，没收违法所得。', '，责令限期改正。'])}"
    ).nl()
    b.t(
        f"　　当事人应当自收到本决定书之日起十五日内，持本决定书到{c.pick(['中国农业银行', '中国建设银行', '农村商业银行'])}"
        f"{R['county'][:2]}各营业网点缴纳罚款（非税收入缴款码：{c.flow_no(20)}）"
    )
    if c.chance(0.5):
        acct = R["code"][:2] + "".join(c.pick("0123456789") for _ in range(c.pick([18, 20])))
        b.t(
            f"，或转账至户名：{R['county']}财政局非税收入汇缴结算户，开户行：{c.pick(['中国农业银行', '中国建设银行'])}"
            f"{R['county'][:2]}支行，账号：{acct}"
        )
    b.t("。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。").nl()
    b.t(
        f"　　当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向{R['county']}人民政府申请行政复议，"
        f"也可以在六个月内依法向{R['county']}人民法院提起行政诉讼。"
    ).nl()
    sign_block(c, b, agency, d=d3)
    if c.chance(0.5):
        b.t(f"（联系人：{c.name()}　　联系电话：{c.office_phone()}）").nl()
    if c.chance(0.3):
        b.t(f"局长：{c.name()}").nl()
    return b, "chufa_" + ("person" if is_person else "company"), title


def gen_tingzheng(c):
    rng, R = c.rng, c.R
    b = B()
    is_person = c.chance(0.7)
    case = c.pick(PERSON_CASES if is_person else COMPANY_CASES)
    dept, dabbr = CASE_DEPT[case]
    agency = c.agency(dept if dept != "生态环境分局" else "综合行政执法局")
    title = c.pick(["行政处罚听证告知书", "听证告知书", "行政处罚事先（听证）告知书"])
    b.t(agency).nl().t(c.title(title)).nl()
    b.t(f"{R['abbr']}{dabbr}{c.pick(['听告', '罚听告', '听'])}〔{c.year}〕{rng.randint(1, 99)}号").nl(2)
    d = c.doc_date()
    if is_person:
        p = c.person((22, 72))
        pn = c.nm(p.name)
        b.t(pn).t("：").nl()
        you = "你"
    else:
        co = c.company()
        b.t(f"{co}：").nl()
        you = "你单位"
        pn = None
    b.t(f"　　经调查，{you}于{fmt_date(d - datetime.timedelta(days=rng.randint(20, 70)))}")
    if case == "yingyun":
        b.t("驾驶").t(c.plate()).t("号小型轿车从事非法营运")
    elif case == "build":
        b.t("在").t(c.addr()).t("擅自建设建筑物")
    elif case == "food":
        b.t(f"在{c.agency_addr()}经营场所销售超过保质期的食品")
    elif case == "overload":
        b.t(f"所属车牌号为{c.plate()[0]}的货车超限运输")
    elif case == "fish":
        b.t("在禁渔期内使用禁用渔具非法捕捞水产品")
    elif case == "land":
        b.t(f"未经批准擅自占用{c.town()}{c.village()}集体土地建房")
    elif case == "ad":
        b.t("发布含有绝对化用语的广告")
    elif case == "pollute":
        b.t("超过水污染物排放标准排放水污染物")
    else:
        b.t("在经营活动中使用超过保质期的食品原料")
    amt = rng.randint(1, 30) * 1000
    b.t(f"，本机关拟对{you}作出罚款人民币{amt:,}元的行政处罚。").nl()
    b.t(
        "　　根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，" + you + "有要求举行听证的权利。"
        f"如要求听证，应当在收到本告知书之日起五日内向本机关提出。逾期未提出的，视为放弃此权利。"
    ).nl()
    b.t(f"　　联系人：{c.name()}、{c.name()}　　联系电话：{c.office_phone()}").nl()
    b.t(f"　　联系地址：{c.agency_addr()}　　邮政编码：{R['post']}").nl()
    sign_block(c, b, agency, d=d)
    if c.chance(0.7):
        b.nl().t("送达回证").nl()
        b.t("受送达人：")
        b.t(pn if pn else c.company()).nl()
        b.t("送达地址：")
        if is_person:
            b.t(c.addr())
        else:
            b.t(c.company_addr())
        b.nl()
        if is_person and c.chance(0.3):
            b.t("送达方式：电子送达（受送达人确认的电子邮箱：").t(c.email()).t(
                f"）　　送达人：{c.name()}、{c.name()}"
            ).nl()
        else:
            b.t(
                f"送达方式：{c.pick(['直接送达', '邮寄送达', '留置送达'])}　　送达人：{c.name()}、{c.name()}"
            ).nl()
        if is_person:
            b.t("受送达人签名：").t(pn).t(
                f"　　{fmt_date(d + datetime.timedelta(days=rng.randint(0, 5)))}"
            ).nl()
            if c.chance(0.4):
                b.t("代收人：").t(c.nm(c.name())).t(
                    f"（与受送达人关系：{c.pick(['配偶', '儿子', '女儿', '母亲'])}）　联系电话："
                )
                b.t(c.mob()).nl()
        else:
            lr = c.name()
            b.t("受送达人签收：").t(c.nm(lr)).t("（法定代表人）").nl()
    return b, "tingzheng", title


# ---------------------------------------------------------------------------------- 公示
def gongshi_tail(c, b, agency, days=None, email=True):
    rng = c.rng
    d = c.doc_date()
    e = d + datetime.timedelta(days=days or c.pick([5, 7, 7, 10]))
    b.t(
        f"　　公示时间：{fmt_date(d)}至{fmt_date(e)}{c.pick(['', '（' + str((e - d).days) + '天）', '（共' + str((e - d).days) + '天）'])}。"
        "公示期间，任何单位和个人如有异议，可通过来信、来电、来访等方式向"
        f"{agency}反映。反映情况要实事求是，以单位名义反映的须加盖公章，以个人名义反映的请署真实姓名。"
    ).nl()
    b.t(f"　　监督电话：{c.office_phone()}")
    if c.chance(0.5):
        b.t(f"、{c.hotline()}")
    b.nl()
    if c.chance(0.5):
        b.t(f"　　来信地址：{c.agency_addr()}{agency}　　邮编：{c.R['post']}").nl()
    if email and c.chance(0.5):
        b.t(f"　　电子邮箱：{c.agency_email()}").nl()
    sign_block(c, b, agency, d=d)


def gen_gongzufang(c):
    rng, R = c.rng, c.R
    b = B()
    agency = c.agency("住房和城乡建设局")
    batch = rng.randint(1, 6)
    title = c.pick(
        [
            f"关于{c.year}年第{cn_small(batch)}批公共租赁住房保障对象的公示",
            f"{R['county']}{c.year}年公租房实物配租对象名单公示",
            f"{R['county']}公共租赁住房租赁补贴发放对象公示（{c.year}年第{batch}批）",
        ]
    )
    b.t(c.title(title)).nl(2)
    n = rng.randint(5, 18)
    b.t(
        f"　　根据《公共租赁住房管理办法》（住房和城乡建设部令第11号）和《{R['county']}公共租赁住房管理实施细则》"
        f"（{c.wenhao('政办', '发')}）规定，经个人申请、乡镇（街道）初审、县住建局复核、民政等部门联审，"
        f"现将{n}户符合公共租赁住房保障条件的申请家庭予以公示。"
    )
    people = [c.person((23, 70)) for _ in range(n)]
    mode = c.pick(["inline", "numbered", "table", "table"])
    mask_names = c.chance(0.2)
    nmp = (lambda p: c.masked_name(p.name)) if mask_names else (lambda p: c.nm(p.name))
    ncp = (lambda p: c.masked_name(p.name)) if mask_names else (lambda p: c.ncell(p.name))
    if mode == "inline":
        b.t("名单如下：").nl()
        groups = [("一、实物配租（", "户）："), ("二、租赁补贴（", "户）：")]
        k = rng.randint(1, n - 1)
        for gi, (a, z) in enumerate(groups):
            sub = people[:k] if gi == 0 else people[k:]
            b.t(f"　　{a}{len(sub)}{z}")
            for j, p in enumerate(sub):
                if j:
                    b.t("、")
                b.t(nmp(p))
            b.t("。").nl()
        layout = "gongshi_namelist"
    elif mode == "numbered":
        b.t("具体名单如下：").nl()
        for j, p in enumerate(people):
            b.t(f"　　{j + 1}.").t(nmp(p)).t(f"，家庭人口{rng.randint(1, 5)}人，")
            if c.chance(0.4):
                b.t("现住").t(c.addr(kind="urban", level=c.pick(["county", "none"])))
            else:
                b.t(
                    "现住"
                    + c.pick(["", f"{c.pick(R['urban'])}"])
                    + c.pick(["租房", "亲友处借住", "单位宿舍"])
                )
            if c.chance(0.3):
                b.t("，申请人").ps(c.hphrase())
            b.t(f"，保障方式：{c.pick(['实物配租', '租赁补贴'])}；").nl()
        layout = "gongshi_numbered"
    else:
        b.t("名单如下：").nl()
        style = table_style(c, ("tsv", "aligned"))
        full_id = c.chance(0.2)
        cols = ["序号", "申请人", "家庭人口", "身份证号码", "工作单位", "保障方式", "拟配租房源", "备注"]
        rows = []
        for j, p in enumerate(people):
            src = f"{c.pick(R['estates'])}公租房" if c.chance(0.6) else "—"
            note = (
                [c.pick(["家庭成员", "配偶", "子女"]), (c.health(), "health")]
                if c.chance(0.2)
                else c.pick(["", "低保户", "新就业无房职工", "外来务工人员", ""])
            )
            rows.append(
                [
                    str(j + 1),
                    ncp(p),
                    str(rng.randint(1, 5)),
                    [c.idp(p)] if full_id and not mask_names else c.id_masked(p),
                    c.pick(["灵活就业", "无", c.company(), c.company(), f"{R['county']}人民医院"]),
                    c.pick(["实物配租", "租赁补贴"]),
                    src,
                    note,
                ]
            )
        render_table(b, [cols], rows, style)
        layout = "gongshi_table_" + style
    b.nl()
    gongshi_tail(c, b, agency)
    return b, layout, title


def gen_yigong(c):
    rng, R = c.rng, c.R
    b = B()
    town = c.town(False)
    proj = c.pick(
        ["农村道路建设", "小型农田水利设施", "产业路", "人居环境整治", "灌溉渠道修复", "通组公路硬化"]
    )
    title = c.pick(
        [
            f"{R['county']}{c.year}年{town}{proj}以工代赈项目劳务报酬发放公示",
            f"{town}{c.year}年以工代赈项目务工群众劳务报酬发放情况公示",
        ]
    )
    b.t(c.title(title)).nl(2)
    co = c.company()
    b.t(f"　　项目名称：{R['county']}{c.year}年{town}{proj}以工代赈项目").nl()
    b.t(f"　　项目实施单位：{town}人民政府").nl()
    b.t(f"　　施工单位：{co}（统一社会信用代码：{c.credit('91')}）").nl()
    b.t(
        f"　　项目总投资{rng.randint(80, 600)}万元，其中发放劳务报酬{rng.randint(20, 160)}.{rng.randint(0, 99):02d}万元。"
        f"吸纳当地群众务工{rng.randint(12, 90)}人。现将第{rng.randint(1, 4)}批劳务报酬发放情况公示如下："
    ).nl()
    masked = c.chance(0.4)
    mask_names = masked and c.chance(0.5)
    style = table_style(c, ("tsv", "aligned", "csv"))
    cols = [
        "序号",
        "姓名",
        "身份证号码",
        "所在村",
        "是否脱贫户（监测户）",
        "务工天数",
        "日工资（元）",
        "劳务报酬（元）",
        "银行卡号",
    ]
    rows = []
    for j in range(rng.randint(8, 20)):
        p = c.person((20, 66))
        days = rng.randint(6, 60)
        wage = c.pick([120, 130, 150, 160, 180, 200])
        if masked:
            idc, cardc = c.id_masked(p), c.card_masked()[0]
        else:
            idc, cardc = [c.idp(p)], [c.card(spaced=c.chance(0.2))[0]]
        rows.append(
            [
                str(j + 1),
                c.masked_name(p.name) if mask_names else c.ncell(p.name),
                idc,
                c.village(),
                c.pick(["是", "否", "否", "是（监测户）"]),
                str(days),
                str(wage),
                money(days * wage, comma=False),
                cardc,
            ]
        )
    render_table(b, [cols], rows, style)
    b.t(f"　　发放方式：由施工单位通过银行代发，代发批次号：{c.flow_no()}。").nl()
    gongshi_tail(c, b, f"{town}人民政府")
    return b, "yigong_table_" + style, title


def gen_gengdi(c):
    rng, R = c.rng, c.R
    b = B()
    town = c.town(False)
    v = c.village()
    std = c.pick([95.6, 105.38, 112.5, 120.15, 86.4, 132.0])
    title = c.pick(
        [
            f"{town}{v}{c.year}年耕地地力保护补贴面积及金额公示表",
            f"{R['county']}{c.year}年耕地地力保护补贴发放清册（{town}{v}）",
        ]
    )
    style = table_style(c, ("tsv", "aligned", "csv", "csv"))
    crlf = csv_preamble(c, b, style)
    nl = "\r\n" if crlf else "\n"
    with_id = c.pick(["full", "masked", "none"])
    cols = (
        ["序号", "组别", "户主姓名"]
        + (["身份证号码"] if with_id != "none" else [])
        + [
            "补贴面积（亩）",
            "补贴标准（元/亩）",
            "补贴金额（元）",
            c.pick(["一卡通账号", "社保卡号", "“一折通”账号"]),
            "备注",
        ]
    )
    if style == "csv":
        b.t(title + "," * (len(cols) - 1)).t(nl)
    else:
        b.t(c.title(title)).t(nl)
        b.t(
            f"　　根据《{R['county']}{c.year}年耕地地力保护补贴实施方案》，补贴标准为每亩{std}元，"
            f"现将本村补贴面积及金额予以公示。"
        ).t(nl)
    rows = []
    total_a = total_m = 0
    for j in range(rng.randint(10, 28)):
        p = c.person((30, 85))
        area = round(rng.uniform(0.8, 14), 2)
        amt = round(area * std, 2)
        total_a += area
        total_m += amt
        r = [
            str(j + 1),
            c.group() if R["rural_style"] != "road" else c.pick(["一", "二", "三", "四"]) + "组",
            c.ncell(p.name),
        ]
        if with_id == "full":
            r.append([c.idp(p, allow15=0.1)])
        elif with_id == "masked":
            r.append(c.id_masked(p))
        part, _ = c.card(spaced=False)
        r += [
            f"{area:.2f}",
            f"{std}",
            f"{amt:.2f}",
            [part] if c.chance(0.9) else c.card_masked()[0],
            c.pick(["", "", "", "新增", "流转", "代领"]),
        ]
        rows.append(r)
    render_table(b, [cols], rows, style, crlf=crlf)
    tot = (
        ["合计", "", ""]
        + ([""] if with_id != "none" else [])
        + [f"{total_a:.2f}", "", f"{total_m:.2f}", "", ""]
    )
    render_table(b, [], [tot], style, crlf=crlf)
    line = f"公示期：{c.pick([5, 7])}天　　举报电话：{c.office_phone()}　　{v}村民委员会（盖章）　　村委会主任：{c.name()}"
    b.t(line if style != "csv" else line.replace("　　", ",")).t(nl)
    return b, "gengdi_table_" + style, title


def gen_gaoling(c):
    rng, R = c.rng, c.R
    b = B()
    town = c.town()
    m = rng.randint(1, 12)
    title = c.pick(
        [
            f"{town}{c.year}年{m}月高龄津贴发放名单公示",
            f"{R['county']}{c.year}年新增高龄津贴对象公示",
            f"{town}{c.year}年第{rng.randint(1, 4)}季度高龄老人生活补贴发放花名册",
        ]
    )
    style = table_style(c, ("tsv", "aligned", "csv"))
    crlf = csv_preamble(c, b, style)
    nl = "\r\n" if crlf else "\n"
    if style != "csv":
        b.t(c.title(title)).t(nl)
        b.t(
            f"　　根据《{R['prov']}高龄津贴发放管理办法》，经本人（或家属）申请、村（社区）初审、乡镇（街道）审核，"
            f"现将符合条件的高龄老人名单公示如下："
        ).t(nl)
    else:
        b.t(title + ",,,,,,,,").t(nl)
    idmode = c.pick(["full", "full", "masked", "none"])
    cols = (
        ["序号", "姓名", "性别", "出生年月", "年龄"]
        + (["身份证号码"] if idmode != "none" else [])
        + ["所在村（社区）", "津贴标准（元/月）", "备注"]
    )
    rows = []
    for j in range(rng.randint(8, 24)):
        p = c.person((80, 103))
        age = c.year - p.bd.year
        std = 500 if age >= 100 else 200 if age >= 90 else c.pick([50, 100])
        r = [
            str(j + 1),
            c.ncell(p.name),
            p.sex,
            f"{p.bd.year}.{p.bd.month:02d}" if c.chance(0.6) else f"{p.bd.year}年{p.bd.month}月",
            str(age),
        ]
        if idmode == "full":
            r.append([c.idp(p, allow15=0.3)])
        elif idmode == "masked":
            r.append(c.id_masked(p))
        note = c.pick(["", "", "新增", "百岁老人" if age >= 100 else "", "死亡停发", "户籍迁入"])
        if c.chance(0.12):
            note = [(c.health(), "health")]
        r += [
            c.village() if R["rural_style"] != "road" or c.chance(0.5) else c.pick(["城东社区", "桃源社区"]),
            str(std),
            note,
        ]
        rows.append(r)
    render_table(b, [cols], rows, style, crlf=crlf)
    if style == "csv":
        b.t(f"监督电话：{c.office_phone()}" + "," * (len(cols) - 1)).t(nl)
    else:
        gongshi_tail(c, b, f"{town}{'人民政府' if not town.endswith('街道') else '办事处'}", email=False)
    return b, "gaoling_table_" + style, title


def gen_nongchang(c):
    rng, R = c.rng, c.R
    b = B()
    agency = c.agency("农业农村局")
    title = c.pick(
        [
            f"关于{c.year}年度{R['county']}县级示范家庭农场名单的公示",
            f"{R['county']}{c.year}年家庭农场名录公示",
            f"{R['county']}{c.year}年家庭农场奖补资金拟补助对象公示",
        ]
    )
    b.t(c.title(title)).nl(2)
    b.t(
        f"　　根据《{R['county']}家庭农场培育提升行动方案》（{c.wenhao('农', '发')}）要求，经农场自愿申报、乡镇（街道）"
        "初审推荐、县农业农村局组织评审，拟认定以下家庭农场为县级示范家庭农场，现予以公示。"
    ).nl()
    style = table_style(c, ("tsv", "aligned"))
    with_id = c.chance(0.3)
    cols = (
        ["序号", "家庭农场名称", "经营者"]
        + (["经营者身份证号码"] if with_id else [])
        + ["统一社会信用代码", "所在乡镇", "主导产业", "经营规模", "联系电话"]
    )
    rows = []
    for j in range(rng.randint(5, 16)):
        p = c.person((28, 62))
        t = c.town()
        ind = c.pick(R["crops"])
        fn = c.pick(
            [
                f"{R['county']}{p.name}家庭农场",
                f"{R['county']}{t}{c.pick(['绿源', '丰收', '山野', '青山', '福润'])}家庭农场",
                f"{R['county'][:2] if R['key'] != 'lx' else '岚县'}{c.pick(['禾丰', '百果园', '云上', '溪谷'])}{ind[:2]}家庭农场",
            ]
        )
        scale = f"{rng.randint(30, 600)}亩" if "养殖" not in ind else f"存栏{rng.randint(50, 900)}头（箱）"
        row = (
            [str(j + 1), fn, c.ncell(p.name)]
            + ([[c.idp(p)]] if with_id else [])
            + [
                c.credit("92"),
                t,
                ind,
                scale,
                c.mob(prefix_ok=False, fmt=0.5) if c.chance(0.8) else c.mob_masked(),
            ]
        )
        rows.append(row)
    render_table(b, [cols], rows, style)
    b.nl()
    gongshi_tail(c, b, agency)
    return b, "nongchang_table_" + style, title


# ---------------------------------------------------------------------------------- 申请表
def box(flag):
    return "☑" if flag else "□"


def doc_choice(c):
    return c.wpick([("id", 50), ("passport", 18), ("hk", 18), ("tw", 14)])


def doc_number(c, dtype, p):
    if dtype == "id":
        return c.idp(p)
    if dtype == "passport":
        return c.passport()
    if dtype == "hk":
        return c.hk_permit()
    return c.tw_permit()[0]


def desc_parts(c, p, org=False):
    R = c.R
    r = c.rng.random()
    if org and r < 0.5:
        return [
            f"申请公开我公司参与投标的{R['county']}{c.year}年{c.pick(['农村公路', '高标准农田', '人居环境整治', '供水保障'])}"
            f"项目评标报告及中标结果，以及{c.pick(['项目批复文件', '招标文件', '资金拨付文件'])}（{c.wenhao('发改', '发')}）。"
        ]
    if org:
        r = 0.55 + r * 0.9
    if r < 0.3:
        return [
            "本人位于",
            c.addr(),
            f"的房屋被列入{R['county']}{c.pick(['城南片区', '老城区', '高铁站片区', '滨河路'])}"
            f"{c.pick(['棚户区改造', '房屋征收', '旧城改造'])}项目范围，申请公开该项目的征收决定、补偿安置方案及评估报告。",
        ]
    if r < 0.5:
        rel = c.pick(["父亲", "母亲", "哥哥"])
        return [
            f"申请公开本人{rel}",
            c.nm(c.name(era="old")),
            f"（{c.village()}村民）{c.year - 1}年低保申请的审批表及民主评议记录。",
        ]
    if r < 0.7:
        return [
            f"申请公开{c.company()}{c.pick(['建设项目环境影响评价批复文件', '采矿许可证审批材料', '用地预审意见'])}。"
        ]
    if r < 0.85:
        return [
            f"申请公开{c.town()}{c.village()}{c.year - 1}年度村级财务收支明细及以工代赈项目资金使用情况。"
        ]
    return [
        f"申请公开《{R['county']}{c.pick(['征地补偿标准', '农村宅基地管理办法', '公租房分配细则'])}》全文及文号（如{c.wenhao('政', '发')}）。"
    ]


DOC_LABEL = {
    "id": "身份证",
    "passport": "护照",
    "hk": "港澳居民来往内地通行证",
    "tw": "台湾居民来往大陆通行证",
}


def gen_sq_gongmin(c):
    rng, R = c.rng, c.R
    b = B()
    agency = c.pick(
        [c.agency("人民政府办公室"), c.agency("自然资源局"), c.agency("民政局"), c.agency("住房和城乡建设局")]
    )
    p = c.person((22, 75))
    dtype = doc_choice(c)
    if dtype == "hk" and c.chance(0.5):
        # a mainland resident's 往来港澳通行证 is also possible as proof
        pass
    grid = c.chance(0.45)
    title = c.pick(["政府信息公开申请表", f"{agency}政府信息公开申请表", "政府信息公开申请表（公民）"])
    b.t(c.title(title)).nl()
    b.t(
        f"申请编号：{R['lat']}{c.year}{rng.randint(1, 999):04d}"
        + "　" * rng.randint(2, 8)
        + "受理机关："
        + agency
    ).nl()
    dn = doc_number(c, dtype, p)
    boxes = "　".join(box(k == dtype) + DOC_LABEL[k] for k in ["id", "passport", "hk", "tw"]) + "　□其他"
    mob = c.mob()
    has_fixed = c.chance(0.35)
    has_mail = c.chance(0.7)
    if not grid:
        layout = "form_colon"
        b.t("申请人信息").nl()
        b.t("  公民").nl()
        b.t("    姓　　名：").t(c.nm(p.name)).t(
            "　　　　工作单位：" + c.pick(["无", "个体", c.company(), "务农"])
        ).nl()
        b.t("    证件名称：" + boxes).nl()
        b.t("    证件号码：").t(dn).nl()
        b.t("    联系电话：").t(mob)
        if has_fixed:
            b.t("　　　固定电话：").t(c.home_phone())
        b.nl()
        b.t("    电子邮箱：")
        if has_mail:
            b.t(c.email())
        b.nl()
        b.t("    通信地址：").t(c.addr()).t(f"　　邮政编码：{R['post']}").nl()
        b.t("所需信息情况").nl()
        b.t("    所需信息的内容描述：").ps(desc_parts(c, p)).nl()
        b.t(f"    所需信息的用途：{box(0)}自身生产　{box(1)}自身生活　{box(0)}科研　{box(0)}其他").nl()
        b.t(f"    是否申请减免费用：{box(0)}申请　{box(1)}不申请").nl()
        b.t(f"    所需信息的指定提供方式：{box(1)}纸面　{box(has_mail)}电子邮件　{box(0)}光盘").nl()
        b.t(
            f"    获取信息的方式：{box(not has_mail)}邮寄　{box(has_mail)}电子邮件　{box(0)}当面领取　{box(0)}现场查阅"
        ).nl()
        b.t("申请人签名：").t(c.nm(p.name)).t(f"　　　　申请日期：{fmt_date(c.doc_date())}").nl()
    else:
        layout = "form_grid"
        sep = c.pick(["\t", "│"])

        def row(*cells):
            if sep == "│":
                b.t("│")
            for j, x in enumerate(cells):
                b.t(x)
                if j < len(cells) - 1 or sep == "│":
                    b.t(sep)
            b.nl()

        if sep == "│":
            b.t("┌" + "─" * 40 + "┐").nl()
        row("申请人信息", "公民", "姓名", c.nm(p.name), "工作单位", c.pick(["无", c.company()]))
        row("", "", "证件名称", boxes)
        row("", "", "证件号码", dn, "联系电话", [mob])
        row("", "", "通信地址", c.addr(), "邮政编码", R["post"])
        row(
            "", "", "电子邮箱", c.email() if has_mail else "", "固定电话", c.home_phone() if has_fixed else ""
        )
        row("", "法人或者其他组织", "名称", "", "统一社会信用代码", "")
        row("", "", "法定代表人", "", "联系人", "")
        row("所需信息情况", "所需信息的内容描述", desc_parts(c, p))
        row("", "获取信息的方式", f"{box(not has_mail)}邮寄　{box(has_mail)}电子邮件　{box(0)}当面领取")
        row("申请人签名（盖章）", c.nm(p.name), "申请时间", fmt_date(c.doc_date()))
        if sep == "│":
            b.t("└" + "─" * 40 + "┘").nl()
    b.t(
        f"以下由受理机关填写：受理人：{c.name()}　　受理日期：　年　月　日　　咨询电话：{c.office_phone()}"
    ).nl()
    return b, layout, title


def gen_sq_faren(c):
    rng, R = c.rng, c.R
    b = B()
    agency = c.pick(
        [
            c.agency("人民政府办公室"),
            c.agency("自然资源局"),
            c.agency("发展和改革局"),
            c.agency("生态环境分局"),
        ]
    )
    co = c.company()
    lr = c.person((30, 65))
    ct = c.person((23, 55))
    title = c.pick(
        ["政府信息公开申请表（法人或者其他组织）", "政府信息公开申请表", f"{agency}依申请公开申请表"]
    )
    b.t(c.title(title)).nl()
    grid = c.chance(0.4)
    personal_mail = c.chance(0.5)
    if not grid:
        layout = "form_colon_faren"
        b.t("申请人信息：☑法人或者其他组织　□公民").nl()
        b.t(f"  名　　称：{co}").nl()
        b.t(f"  统一社会信用代码：{c.credit('91')}").nl()
        b.t(f"  营业执照：☑已提交复印件").nl()
        b.t("  法定代表人（负责人）：").t(c.nm(lr.name)).nl()
        if c.chance(0.4):
            b.t("  法定代表人身份证号码：").t(c.idp(lr)).nl()
        b.t("  联 系 人：").t(c.nm(ct.name)).t("　　联系人电话：").t(c.mob()).nl()
        b.t("  联系人电子邮箱：")
        if personal_mail:
            b.t(c.email())
        else:
            b.t(
                f"{c.pick(['office', 'hr', 'admin', 'info'])}@{c.pick(['hongda', 'xinyuan', 'jinsui', 'hengtong'])}"
                f"{c.pick(['group', 'gs', ''])}.com"
            )
        b.nl()
        b.t(f"  单位电话：{c.office_phone()}　　传真：{c.office_phone()}").nl()
        b.t(f"  通信地址：{c.company_addr()}　　邮政编码：{R['post']}").nl()
        b.t("所需信息的内容描述：").ps(desc_parts(c, ct, org=True)).nl()
        b.t(f"获取信息的方式：{box(1)}邮寄　{box(0)}电子邮件　{box(0)}当面领取").nl()
        b.t(f"申请人（盖章）：{co}　　联系人签字：").t(c.nm(ct.name)).t(
            f"　　日期：{fmt_date(c.doc_date())}"
        ).nl()
    else:
        layout = "form_grid_faren"
        cells = [
            ["申请人信息", "法人或者其他组织", "名称", co, "统一社会信用代码", c.credit("91")],
            ["", "", "法定代表人", c.nm(lr.name), "营业执照", "☑"],
            ["", "", "联系人", c.nm(ct.name), "联系电话", c.mob(prefix_ok=False)],
            [
                "",
                "",
                "通信地址",
                c.company_addr(),
                "电子邮箱",
                [c.email()]
                if personal_mail
                else f"{c.pick(['office', 'service'])}@{c.pick(['xinyuan', 'hongyun'])}.com.cn",
            ],
            ["所需信息情况", "内容描述", desc_parts(c, ct, org=True)],
            ["", "获取方式", f"{box(1)}邮寄　{box(0)}电子邮件　{box(0)}当面领取"],
        ]
        render_table(b, [], cells, "tsv" if not c.pdf else "pdf")
        b.t(f"申请人（盖章）：{co}　　日期：{fmt_date(c.doc_date())}").nl()
    return b, layout, title


# ---------------------------------------------------------------------------------- 会议记录
def gen_minzhu(c):
    rng, R = c.rng, c.R
    b = B()
    town = c.town(False)
    v = c.village()
    topic = c.pick(["低保", "特困供养", "临时救助", "公益性岗位", "防返贫监测对象"])
    title = c.pick(
        [
            f"{v}{c.year}年{topic}民主评议会议记录",
            f"{town}{v}{topic}对象民主评议会记录",
            f"{v}村民代表会议记录（{topic}评议）",
        ]
    )
    b.t(c.title(title)).nl(2)
    d = c.doc_date()
    sec, dir_, clerk = c.name(), c.name(), c.name()
    b.t(f"时　　间：{fmt_date(d)}{c.pick(['上午9:00', '下午2:30', '上午9时30分', '晚上7:30'])}").nl()
    b.t(f"地　　点：{v}村民委员会{c.pick(['会议室', '二楼会议室', '党群服务中心'])}").nl()
    b.t(f"主 持 人：{sec}（村党总支书记、村委会主任）").nl()
    b.t(f"记 录 人：{clerk}（村委会文书）").nl()
    reps = [c.person((30, 75)) for _ in range(rng.randint(5, 11))]
    b.t(
        f"参会人员：{town}民政办{c.name()}、驻村工作队员{c.name()}，村“两委”成员{sec}、{dir_}、{clerk}，"
        f"村务监督委员会主任{c.name()}，村民代表"
    )
    for j, p in enumerate(reps):
        if j:
            b.t("、")
        b.t(c.nm(p.name))
    b.t(f"，共{len(reps) + 7}人。").nl()
    n = rng.randint(2, 5)
    b.t(f"会议内容：对本村{n}户{topic}申请对象进行民主评议。").nl(2)
    b.t(f"　　一、主持人宣读《{R['county']}最低生活保障审核确认办法》有关规定，说明评议纪律和表决方式。").nl()
    b.t("　　二、逐户介绍申请人家庭情况并评议").nl()
    for i in range(n):
        ap = c.person((28, 80))
        sp = c.relative(ap, "妻" if ap.male else "夫")
        kid = c.person((6, 18), male=True, like=(ap.name, ap.male))
        b.t(f"　　{i + 1}.申请人").t(c.nm(ap.name)).t(f"，{ap.sex}，{c.year - ap.bd.year}岁，")
        if c.chance(0.6):
            b.t("住").t(c.addr(kind="rural", level=c.pick(["none", "county"]))).t("，")
        else:
            b.t(f"{v}{c.group()}人，")
        b.t(f"家庭人口{rng.randint(2, 6)}人。")
        r = rng.random()
        if r < 0.4:
            b.t("申请人本人患").t((c.pick(DISEASES), "health")).t("，常年服药，")
        elif r < 0.7:
            b.t("其" + c.spouse_word(ap)).t(c.nm(sp.name)).t("为").t((c.pick(DISABILITY), "health")).t("，")
        else:
            b.t("其子").t(c.nm(kid.name)).t(f"在{c.pick(['县一中', '镇中学', '职业技术学校'])}就读，")
        b.t(
            f"家庭年人均收入约{rng.randint(2600, 6800)}元，{c.pick(['主要劳动力外出务工收入不稳定。', '无其他固定收入来源。', '住房为C级危房。'])}"
        )
        if c.chance(0.3):
            b.t("经部门信息比对，申请人名下登记有小型轿车一辆（号牌").t(c.plate()).t(
                f"），{c.pick(['购置于2016年，评估价值约1.2万元', '系二手车，主要用于务农运输', '已于近期过户他人'])}。"
            )
        b.nl()
        if c.chance(0.6):
            rv = c.pick(reps)
            ta = "他" if ap.male else "她"
            b.t("　　村民代表").t(c.nm(rv.name)).t(
                f"发言：“{c.pick(['情况属实，我同意。', ta + '家确实困难，建议纳入。', ta + '家儿子在外打工，收入应该不低，建议再核实。'])}”"
            ).nl()
        yes = rng.randint(len(reps) - 2, len(reps) + 7)
        b.t(
            f"　　表决结果：应到{len(reps) + 7}人，实到{len(reps) + 7}人，同意{yes}票，不同意{len(reps) + 7 - yes}票，弃权0票。"
        ).nl()
    b.t(
        f"　　三、评议结果：以上评议结果将在村务公开栏公示{c.pick(['7', '5'])}天，公示无异议后报{town}人民政府审核。"
    ).nl(2)
    b.t("参会人员签字：").nl()
    b.t(f"村“两委”成员：{sec}　{dir_}　{clerk}").nl()
    b.t("村民代表：")
    for j, p in enumerate(reps):
        if j:
            b.t(c.pick(["　", "  ", "　"]))
        b.t(c.nm(p.name))
    b.nl()
    b.t(f"记录人：{clerk}　　　　　　{fmt_date(d)}").nl()
    return b, "minutes_minzhu", title


def gen_cunwu(c):
    rng, R = c.rng, c.R
    b = B()
    town = c.town(False)
    v = c.village()
    d = c.doc_date()
    q = (d.month - 1) // 3 + 1
    title = c.pick(
        [
            f"{v}村务监督委员会会议记录",
            f"{v}村务监督委员会第{cn_small(q)}季度例会记录",
            f"{town}{v}村务监督会议纪要",
        ]
    )
    b.t(c.title(title)).nl(2)
    chair, m1, m2, head, acct = c.name(), c.name(), c.name(), c.name(), c.name()
    b.t(f"会议时间：{fmt_date(d, c.pick([0, 2]))}").nl()
    b.t(f"会议地点：{v}党群服务中心").nl()
    b.t(f"主持人：{chair}（村务监督委员会主任）").nl()
    b.t(f"出席人员：监委会成员{m1}、{m2}").nl()
    b.t(f"列席人员：村委会主任{head}、报账员{acct}").nl()
    b.t("会议议题：1.审核本季度村级财务收支；2.监督临时救助和低保动态调整；3.受理村民意见。").nl(2)
    b.t(
        f"　　一、财务收支审核。报账员{acct}介绍本季度收入{rng.randint(2, 40)}.{rng.randint(0, 99):02d}万元，支出{rng.randint(8, 80)}笔。"
        "监委会逐笔审核票据，重点核实以下支出："
    ).nl()
    for i in range(rng.randint(2, 5)):
        r = rng.random()
        if r < 0.55:
            p = c.person((25, 65))
            b.t(f"　　（{cn_small(i + 1)}）支付村民").t(c.nm(p.name)).t(
                f"{c.pick(['挖掘机台班费', '护林员补贴', '保洁员工资', '水渠清淤劳务费', '土地流转费'])}{rng.randint(600, 9000)}元"
            )
            if c.chance(0.6):
                part, bank = c.card()
                b.t(f"，已转入其{bank}账户").t(part)
            b.t("，票据齐全。").nl()
        else:
            b.t(
                f"　　（{cn_small(i + 1)}）支付{c.company()}{c.pick(['路灯采购款', '水泥款', '设计费'])}{rng.randint(3000, 90000)}元，"
                f"发票号码{rng.randint(10000000, 99999999)}，合同编号{R['lat']}-{c.year}-{rng.randint(1, 99):03d}。"
            ).nl()
    b.t("　　二、民生事项监督。").nl()
    for i in range(rng.randint(1, 3)):
        p = c.person((20, 85))
        b.t("　　临时救助对象").t(c.nm(p.name)).t(
            f"（{c.group() if R['rural_style'] != 'road' else c.pick(['东片', '西片'])}），因"
        )
        b.t((c.pick(DISEASES), "health")).t(
            f"住院治疗，自付费用{rng.randint(8000, 60000)}元，经入户核实情况属实，同意上报"
            f"{town}人民政府审批。"
        ).nl()
    if c.chance(0.6):
        p = c.person((30, 70))
        b.t("　　三、村民意见。村民").t(c.nm(p.name)).t(f"（联系电话：").t(c.mob(prefix_ok=False)).t(
            f"）反映{c.pick(['通组道路硬化工程质量问题', '土地流转费发放不及时', '村集体鱼塘承包费未公开'])}，"
            f"监委会将于{rng.randint(3, 10)}个工作日内会同村委会调查核实并答复。"
        ).nl()
    b.t(
        f"　　会议要求：村委会于{fmt_date(d + datetime.timedelta(days=7))}前将审核后的财务收支明细在村务公开栏公开。"
    ).nl(2)
    b.t(f"监委会成员签字：{chair}　{m1}　{m2}").nl()
    b.t(f"记录人：{m2}").nl()
    return b, "minutes_cunwu", title


# ---------------------------------------------------------------------------------- 信访
def gen_xinfang(c):
    rng, R = c.rng, c.R
    b = B()
    agency = c.pick(
        [
            c.agency("住房和城乡建设局"),
            c.agency("自然资源局"),
            c.agency("民政局"),
            c.agency("人力资源和社会保障局"),
            f"{c.town()}人民政府",
        ]
    )
    title = c.pick(["信访事项答复意见书", "信访事项处理意见书", "关于信访事项的答复意见"])
    b.t(agency).nl().t(c.title(title)).nl()
    b.t(f"{R['abbr']}{c.pick(['信复', '信处', '访复'])}〔{c.year}〕{rng.randint(1, 150)}号").nl(2)
    p = c.person((28, 78))
    hdr = c.chance(0.5)
    tw = c.chance(0.12)
    hk = (not tw) and c.chance(0.08)
    if hdr:
        b.t("信访人：").t(c.nm(p.name)).t(f"，{p.sex}，{p.bd.year}年{p.bd.month}月出生，")
        if tw:
            b.t("台湾居民来往大陆通行证号码：").t(c.tw_permit("tb")[0])
        elif hk:
            b.t("港澳居民来往内地通行证号码：").t(c.hk_permit())
        else:
            b.t("身份证号码：").t(c.idp(p))
        b.t("，住址：").t(c.addr()).t("，联系电话：").t(c.mob())
        if c.chance(0.35):
            b.t("，电子邮箱：").t(c.email())
        b.t("。").nl(2)
    b.t(c.nm(p.name)).t(c.pick(["：", "同志：", "先生：" if p.male else "女士："])).nl()
    d0 = c.date(c.year, c.year, 1, 10)
    ch = c.pick(["国家信访信息系统", "来信", "来访", "12345政务服务便民热线转办", "网上信访平台"])
    b.t(
        f"　　你于{fmt_date(d0)}通过{ch}反映的信访事项（信访件编号：{R['lat']}{d0.year}{d0.month:02d}{rng.randint(100000, 999999)}），"
        f"本机关已于{fmt_date(d0 + datetime.timedelta(days=rng.randint(1, 5)))}依法受理。现将处理意见答复如下："
    ).nl()
    r = rng.random()
    b.t("　　一、信访人反映的主要问题").nl()
    neighbour = c.person((30, 70))
    nb_part = c.masked_name(neighbour.name) if c.chance(0.35) else c.nm(neighbour.name)
    if r < 0.35:
        b.t("　　你反映你家位于").t(c.addr()).t("的房屋因邻居").t(nb_part)
        b.t("建房导致墙体开裂，要求赔偿损失。").nl()
    elif r < 0.6:
        relw = c.pick(["母亲", "父亲", c.spouse_word(p)])
        rel = c.relative(p, relw)
        b.t(f"　　你反映你{relw}").t(c.nm(rel.name)).ps(c.hphrase())
        b.t(f"，家庭困难，申请低保未获批准，要求重新审核。").nl()
    elif r < 0.8:
        b.t(f"　　你反映在{c.company()}务工期间被拖欠工资{rng.randint(5000, 60000)}元，要求协调解决。").nl()
    else:
        b.t(f"　　你反映{c.town()}{c.village()}征地补偿款分配不公，要求公开补偿明细。").nl()
    b.t("　　二、调查核实情况").nl()
    b.t(
        f"　　受理后，本机关组织{c.pick(['住建、国土', '民政、乡镇', '人社、劳动监察'])}等部门工作人员{c.name()}、{c.name()}"
        f"于{fmt_date(d0 + datetime.timedelta(days=rng.randint(6, 20)))}进行了实地调查，"
    )
    if r < 0.35:
        b.t("并对").t(nb_part).t("进行了询问。经鉴定，你家房屋墙体裂缝与相邻建房行为存在一定关联。").nl()
    else:
        b.t("查阅了相关档案资料并入户走访。经核实，你反映的问题部分属实。").nl()
    b.t("　　三、处理意见").nl()
    b.t(
        f"　　{c.pick(['依据《信访工作条例》第三十二条', '根据《信访工作条例》的规定'])}，"
        f"{c.pick(['你的诉求部分予以支持', '你的诉求不予支持', '你的诉求予以支持'])}。"
        "如对本答复意见不服，可以自收到本意见书之日起30日内向"
        f"{R['county']}人民政府或其信访工作机构请求复查。"
    ).nl()
    sign_block(c, b, agency, d=d0 + datetime.timedelta(days=rng.randint(25, 58)))
    b.t(f"（经办人：{c.name()}　　联系电话：{c.office_phone()}）").nl()
    if c.chance(0.3):
        b.t("抄送：").t(f"{R['county']}信访局").nl()
    return b, "letter_xinfang", title


# ---------------------------------------------------------------------------------- 12345 工单台账
def ledger_content(c, caller):
    """returns (parts, type, dept); caller is a Person (named) or None"""
    R, rng = c.R, c.rng
    who = ["来电人"] if caller is None else ["来电人", c.nm(caller.name)]
    base = caller or c.person((30, 70))
    r = rng.random()
    if r < 0.10:
        return (
            who
            + [
                "反映其居住的",
                c.addr(kind="urban", level=c.pick(["none", "county"])),
                "楼上住户卫生间长期漏水，多次协商未果，请求协调处理。",
            ],
            "城市管理",
            c.pick(R["urban"]) + "办事处",
        )
    if r < 0.17:
        return (
            [
                f"来电人反映{c.pick(R['roads'])}{c.pick(R['estates'])}门口有一辆车牌号为",
                c.plate(),
                "的私家车长期占用消防通道，影响通行，请求处理。",
            ],
            "交通管理",
            f"{R['county']}公安局交通管理大队",
        )
    if r < 0.23:
        return (
            who
            + [
                "称其车牌号为",
                c.plate(),
                f"的小型轿车{c.pick(['在县医院停车场被剐蹭', '被违规贴条', '在小区内被他人堵住无法驶出'])}，"
                "请求协调处理。",
            ],
            "交通管理",
            f"{R['county']}公安局交通管理大队",
        )
    if r < 0.31:
        relw = c.pick(["母亲", "父亲", "妻子" if base.male else "丈夫"])
        rel = c.relative(base, relw)
        return (
            who
            + [
                f"称其{relw}",
                c.nm(rel.name),
                "患",
                (c.pick(DISEASES), "health"),
                f"，在{R['county']}人民医院住院治疗，家庭困难，咨询临时救助和大病救助政策。",
            ],
            "社会救助",
            c.agency("民政局"),
        )
    if r < 0.35:
        return (
            who + [f"反映其在{c.company()}务工，被拖欠工资{rng.randint(3000, 40000)}元，请求协调。"],
            "劳动保障",
            c.agency("人力资源和社会保障局"),
        )
    if r < 0.45:
        return (
            who
            + [c.pick(["咨询往来港澳通行证", "咨询港澳居民来往内地通行证", "咨询往来港澳通行证"])]
            + ["（证件号码：", c.hk_permit(), "）签注到期后的续签办理流程。"],
            "出入境",
            f"{R['county']}公安局出入境管理大队",
        )
    if r < 0.55:
        return (
            who + ["称其护照（证件号码：", c.passport(), "）遗失，咨询补办手续及所需材料。"],
            "出入境",
            f"{R['county']}公安局出入境管理大队",
        )
    if r < 0.60:
        return (
            who
            + [
                "系台湾居民（台湾居民来往大陆通行证号码：",
                c.tw_permit("tb")[0],
                "），咨询在本县购买商品房的政策。",
            ],
            "住房",
            c.agency("住房和城乡建设局"),
        )
    if r < 0.65:
        return (
            who
            + [
                "咨询大陆居民往来台湾通行证（证件号码：",
                c.tw_permit("dl")[0],
                "）赴台团队旅游签注的办理条件。",
            ],
            "出入境",
            f"{R['county']}公安局出入境管理大队",
        )
    if r < 0.71:
        return (
            who
            + [
                "（身份证号码：",
                c.idp(base),
                f"）反映其家庭自{rng.randint(1, 12)}月起被停发低保金，请求核实。",
            ],
            "社会救助",
            c.agency("民政局"),
        )
    if r < 0.75:
        return (
            [
                "来电人反映"
                + f"{c.pick(['烧烤店', 'KTV', '广场舞', '装修'])}夜间噪音扰民，事发地点：{c.agency_addr()}附近。"
            ],
            "环境保护",
            c.agency("综合行政执法局"),
        )
    if r < 0.82:
        nb = c.person((30, 70))
        return (
            who
            + [
                "反映其位于",
                c.addr(kind="rural"),
                "的宅基地被邻居",
                c.nm(nb.name),
                "占用约20平方米，请求调处。",
            ],
            "土地纠纷",
            c.town(False) + "人民政府",
        )
    if r < 0.92:
        return (
            who
            + [
                "要求将关于",
                f"{c.town()}{c.village()}",
                "通组公路损毁问题的答复材料发送至其邮箱",
                c.email(),
                "。",
            ],
            "交通建设",
            c.agency("交通运输局"),
        )
    return (
        [f"来电人反映{c.town()}{c.village()}至{c.village()}通村公路路面坑洼，雨天积水严重。"],
        "交通建设",
        c.agency("交通运输局"),
    )


def gen_12345(c):
    rng, R = c.rng, c.R
    b = B()
    style = table_style(c, ("tsv", "csv", "tsv"))
    crlf = csv_preamble(c, b, style)
    nl = "\r\n" if crlf else "\n"
    m = rng.randint(1, 12)
    title = c.pick(
        [
            f"{R['county']}12345政务服务便民热线{c.year}年{m}月工单办理台账",
            f"{R['county']}12345热线工单明细（{c.year}年{m}月）",
            f"12345工单办理情况统计台账（{c.year}.{m:02d}）",
        ]
    )
    if style == "csv":
        b.t(title + "," * 9).t(nl)
    else:
        b.t(c.title(title)).t(nl)
    masked = c.chance(0.2)
    cols = [
        "序号",
        "工单编号",
        "来电时间",
        "来电人",
        "联系电话",
        "诉求类型",
        "诉求内容",
        "承办单位",
        "办理结果",
        "满意度",
    ]
    rows = []
    for j in range(rng.randint(6, 16)):
        d = datetime.datetime(
            c.year, m, rng.randint(1, 28), rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59)
        )
        no = c.pick(
            [
                f"{R['lat']}{d:%Y%m%d}{rng.randint(1, 9999):05d}",
                f"{d:%y%m%d}{rng.randint(100000, 999999)}",
                c.flow_no(16),
            ]
        )
        rr = rng.random()
        cp = c.person((20, 75))
        if rr < 0.5:
            caller = c.ncell(cp.name)
        elif rr < 0.62:
            caller = c.masked_name(cp.name)
            cp = None
        elif rr < 0.85:
            caller = cp.name[: 2 if cp.name[:2] in COMPOUND else 1] + ("先生" if cp.male else "女士")
            if "·" in cp.name or len(cp.name) > 4:
                caller = "来电群众"
            cp = None
        else:
            caller = "匿名"
            cp = None
        if masked:
            phone = c.mob_masked()
        elif c.chance(0.15):
            phone = [(c.R["area"] + "-" + c.local_number(), "landline")]
        else:
            phone = c.mob(prefix_ok=False, fmt=0.5)
        parts, typ, dept = ledger_content(c, cp)
        res = c.pick(
            [
                "已办结，已电话回复来电人。",
                "经核实情况属实，已督促整改。",
                "已转相关单位处理，来电人表示认可。",
                "不属于本单位职责，已退回并说明理由。",
                "已答复政策规定。",
            ]
        )
        rows.append(
            [
                str(j + 1),
                no,
                d.strftime("%Y-%m-%d %H:%M:%S") if c.chance(0.7) else d.strftime("%Y/%m/%d %H:%M"),
                caller,
                phone,
                typ,
                parts,
                dept,
                res,
                c.pick(["满意", "基本满意", "满意", "不满意", "未回访"]),
            ]
        )
    render_table(b, [cols], rows, style, crlf=crlf)
    foot = f"统计单位：{R['county']}12345政务服务便民热线中心　　统计人：{c.name()}　　受理坐席工号：{rng.randint(1001, 1099)}"
    b.t(foot if style != "csv" else foot.replace("　　", ",")).t(nl)
    return b, "ledger_12345_" + style, title


FAMILIES = [
    ("低保名单", gen_dibao),
    ("特困人员花名册", gen_tekun),
    ("孤儿花名册", gen_guer),
    ("行政处罚决定书", gen_chufa),
    ("听证告知书", gen_tingzheng),
    ("公租房公示", gen_gongzufang),
    ("以工代赈公示", gen_yigong),
    ("耕地地力补贴公示", gen_gengdi),
    ("高龄津贴公示", gen_gaoling),
    ("家庭农场公示", gen_nongchang),
    ("申请表(公民)", gen_sq_gongmin),
    ("申请表(法人)", gen_sq_faren),
    ("民主评议会议记录", gen_minzhu),
    ("村务监督会议记录", gen_cunwu),
    ("信访事项答复意见书", gen_xinfang),
    ("12345工单台账", gen_12345),
]


# ==============================================================================================
# PDF-extraction variant
def _cw(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


NO_LINE_START = "，。、；：）」”！？》"


def pdfify(c, parts, title):
    rng = c.rng
    chars, ids, kinds = [], [], {0: None}
    sid = 0
    for t, k in parts:
        if k:
            sid += 1
            kinds[sid] = k
            cur = sid
        else:
            cur = 0
        for ch in t:
            if ch == "\r" and cur == 0:
                continue
            chars.append(ch)
            ids.append(cur)
    lines, cur = [], []  # type: ignore[assignment]
    for ch, i in zip(chars, ids):
        if ch == "\n" and i == 0:
            lines.append(cur)
            cur = []  # type: ignore[assignment]
        else:
            cur.append((ch, i))  # type: ignore[attr-defined]
    if cur:
        lines.append(cur)
    W = rng.choice(range(56, 88, 2))
    out = []  # (list of (ch,id), id of the line break that follows)
    for ln in lines:
        while True:
            w, bidx = 0, len(ln)  # type: ignore[arg-type]
            for j, (ch, i) in enumerate(ln):  # type: ignore[arg-type]
                w += _cw(ch)
                if w > W:
                    bidx = j
                    break
            if bidx >= len(ln):  # type: ignore[arg-type]
                break
            while bidx < len(ln) and ln[bidx][0] in NO_LINE_START:  # type: ignore[arg-type, index]
                bidx += 1
            if bidx >= len(ln):  # type: ignore[arg-type]
                break
            s = ln[bidx][1]  # type: ignore[index]
            brk_id = 0
            if s and ln[bidx - 1][1] == s:  # type: ignore[index]
                if kinds[s] == "address" and rng.random() < 0.6:
                    brk_id = s
                else:
                    st = bidx
                    while st > 0 and ln[st - 1][1] == s:  # type: ignore[index]
                        st -= 1
                    if st > 0:
                        bidx = st
                    else:
                        en = bidx
                        while en < len(ln) and ln[en][1] == s:  # type: ignore[arg-type, index]
                            en += 1
                        bidx = en
                        if bidx >= len(ln):  # type: ignore[arg-type]
                            break
            out.append((ln[:bidx], brk_id))  # type: ignore[index]
            ln = ln[bidx:]  # type: ignore[index]
        out.append((ln, 0))
    P = rng.randint(30, 46)
    pages = [out[i : i + P] for i in range(0, len(out), P)]
    N = len(pages)
    fstyle = rng.randint(0, 5)
    header = c.pick([title[:24], c.R["county"] + "人民政府", title[:16], ""]) if c.chance(0.6) else ""
    formfeed = c.chance(0.3)
    res = []

    def emit(s):
        for ch in s:
            res.append((ch, 0))

    for k, pg in enumerate(pages, 1):
        if k > 1 and header:
            emit(header + "\n")
        for ln, brk in pg:
            res.extend(ln)
            res.append(("\n", brk))
        foot = [
            "— %d —" % k,
            "- %d -" % k,
            "第 %d 页 共 %d 页" % (k, N),
            "第%d页/共%d页" % (k, N),
            "%d / %d" % (k, N),
            "%d" % k,
        ][fstyle]
        if c.chance(0.5):
            emit("\n")
        emit(" " * rng.randint(0, 30) + foot + "\n")
        if k < N and formfeed:
            emit("\f")
    # back to parts
    newparts = []  # type: ignore[var-annotated]
    for ch, i in res:
        k = kinds[i]
        if newparts and newparts[-1][2] == i:
            newparts[-1][0].append(ch)  # type: ignore[union-attr]
        else:
            newparts.append([[ch], k, i])
    return [("".join(x[0]), x[1]) for x in newparts]  # type: ignore[arg-type]


# ==============================================================================================
# generation
def generate(n, seed):
    master = random.Random(f"holdout45/{seed}")
    fam_order, reg_order = [], []  # type: ignore[var-annotated]
    while len(fam_order) < n:
        blk = list(range(len(FAMILIES)))
        master.shuffle(blk)
        fam_order += blk
    while len(reg_order) < n:
        blk = list(range(len(REGIONS)))
        master.shuffle(blk)
        reg_order += blk
    pdf_idx = set(master.sample(range(n), round(n * 0.25)))
    docs, meta = [], []
    for i in range(n):
        rng = random.Random(f"holdout45/{seed}/{i}")
        R = REGIONS[reg_order[i]]
        c = Ctx(rng, R, i in pdf_idx)
        fam, fn = FAMILIES[fam_order[i]]
        b, layout, title = fn(c)
        parts = b.parts
        if c.pdf:
            parts = pdfify(c, parts, title)
            layout = layout + "+pdf"
        text, spans = finalize(parts)
        docs.append({"type": fam + (".pdf" if c.pdf else ""), "text": text, "spans": spans})
        meta.append((layout, R["county"]))
    return docs, meta


# ==============================================================================================
# validation
RE_MOBILE = re.compile(r"1[3-9]\d{9}")
RE_LANDLINE = re.compile(r"(0\d{2,3}[- ]?)?[2-8]\d{6,7}")
RE_EMAIL = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
RE_PASSPORT = re.compile(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}")
RE_HK = re.compile(r"[CW]\d{8}|C[A-HJ-NP-Z]\d{7}")
RE_TW = re.compile(r"[01]\d{7}|[LT]\d{8}")
RE_PLATE = re.compile(r"[%s][A-Z]·?(?:[A-HJ-NP-Z0-9]{5}|[DF]\d{5})" % PROV_CHARS)
RE_HAN = re.compile(r"[\u4e00-\u9fff]+")


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_value(kind, v):
    if v != v.strip():
        return "surrounding whitespace"
    if kind == "id_card":
        if not re.fullmatch(r"\d{17}[\dXx]", v):
            return "format"
        if v[:6] not in ALL_CODES:
            return "area code"
        if not valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14])) or not 1900 <= int(v[6:10]) <= 2025:
            return "birth date"
        if id_check(v[:17]) != v[17].upper():
            return "checksum"
    elif kind == "id_card_15":
        if not re.fullmatch(r"\d{15}", v) or v[:6] not in ALL_CODES:
            return "format"
        if not valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12])):
            return "date"
    elif kind == "mobile":
        if not re.fullmatch(r"\d[\d -]*\d", v) or not RE_MOBILE.fullmatch(re.sub(r"[ -]", "", v)):
            return "format"
    elif kind == "landline":
        if not RE_LANDLINE.fullmatch(v):
            return "format"
    elif kind == "bank_card":
        d = v.replace(" ", "")
        if not re.fullmatch(r"\d+( \d+)*", v) or not 16 <= len(d) <= 19:
            return "format"
        if not luhn_ok(d):
            return "luhn"
        if d[:6] not in CARD_PREFIXES:
            return "issuer prefix"
    elif kind == "email":
        if not RE_EMAIL.fullmatch(v):
            return "format"
    elif kind == "passport":
        if not RE_PASSPORT.fullmatch(v):
            return "format"
    elif kind == "hk_macau_permit":
        if not RE_HK.fullmatch(v):
            return "format"
    elif kind == "tw_permit":
        if not RE_TW.fullmatch(v):
            return "format"
    elif kind == "license_plate":
        if not RE_PLATE.fullmatch(v):
            return "format"
    elif kind == "address":
        if v[-1] not in "号组室":
            return "does not end with 号/组/室"
        if not re.fullmatch(r"[\u4e00-\u9fff0-9\n\-]+", v):
            return "characters"
        if not (6 <= len(v) <= 70):
            return "length"
        flat = v.replace("\n", "")
        if not any(x in flat for R in REGIONS for x in R["towns"] + R["urban"]):  # type: ignore[operator]
            return "no township"
    elif kind == "name":
        core = v.replace("　", "").replace(" ", "")
        if v[0] in " 　" or v[-1] in " 　":
            return "padding at edge"
        if "·" in core:
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}(·[\u4e00-\u9fff]{2,6})+", core):
                return "dot name"
        elif not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", core):
            return "han name"
    elif kind == "health":
        if v not in HEALTH_VOCAB:
            return "not in vocabulary"
    else:
        return "unknown kind"
    return None


def validate(docs, verbose=True):
    errors = []
    warns = Counter()  # type: ignore[var-annotated]
    examples = {}  # type: ignore[var-annotated]
    for di, d in enumerate(docs):
        text, spans = d["text"], d["spans"]
        assert set(d) == {"type", "text", "spans"}, d.keys()
        prev_end = -1
        prev_kind = None
        covered = [False] * len(text)
        for s in spans:
            k, a, e = s["kind"], s["start"], s["end"]
            if not (0 <= a < e <= len(text)):
                errors.append((di, "offsets", s))
                continue
            if a < prev_end:
                errors.append((di, "overlap/unsorted", s))
            if a == prev_end and k == prev_kind:
                errors.append((di, "touching same kind", s))
            prev_end, prev_kind = e, k
            err = check_value(k, text[a:e])
            if err:
                errors.append((di, k + ": " + err, text[a:e]))
            for x in range(a, e):
                covered[x] = True

        def unlabelled(m):
            return not any(covered[m.start() : m.end()])

        # unlabelled look-alikes that would be true positives
        for m in re.finditer(r"(?<![0-9A-Za-z.])\d{17}[\dXx](?![0-9A-Za-z])", text):
            if unlabelled(m) and check_value("id_card", m.group()) is None:
                errors.append((di, "unlabelled valid id", m.group()))
        for m in re.finditer(r"(?<![\d*])1[3-9]\d{9}(?![\d*])", text):
            if unlabelled(m):
                errors.append((di, "unlabelled mobile", m.group()))
        for m in re.finditer(r"(?<!\d)62\d{14,17}(?!\d)", text):
            if unlabelled(m) and check_value("bank_card", m.group()) is None:
                errors.append((di, "unlabelled card", m.group()))
        for m in RE_EMAIL.finditer(text):
            if unlabelled(m):
                warns["unlabelled email (organisation)"] += 1
                examples.setdefault("unlabelled email (organisation)", m.group())
        for m in RE_PLATE.finditer(text):
            if unlabelled(m):
                warns["unlabelled plate (company vehicle)"] += 1
                examples.setdefault("unlabelled plate (company vehicle)", m.group())
        for m in re.finditer(r"(?<!\d)\d{15}(?!\d)", text):
            if unlabelled(m) and check_value("id_card_15", m.group()) is None:
                warns["unlabelled 15-digit look-alike"] += 1
                examples.setdefault("unlabelled 15-digit look-alike", m.group())
        # a labelled name that also appears unlabelled elsewhere
        names = {text[s["start"] : s["end"]] for s in spans if s["kind"] == "name"}
        for nmv in sorted(names):
            for m in re.finditer(re.escape(nmv), text):
                if unlabelled(m):
                    tail = text[m.end() : m.end() + 6]
                    key = (
                        "name inside organisation name"
                        if ("农场" in tail or "经营部" in tail)
                        else "labelled name also unlabelled"
                    )
                    warns[key] += 1
                    examples.setdefault(key, text[max(0, m.start() - 10) : m.end() + 8])
                    if key == "labelled name also unlabelled":
                        errors.append((di, key, text[max(0, m.start() - 10) : m.end() + 8]))
    if verbose:
        for k, v in warns.items():
            print(f"  info: {k}: {v}  e.g. {examples[k]!r}")
    return errors


def print_stats(docs, meta=None):
    kinds = Counter()  # type: ignore[var-annotated]
    fam = Counter()  # type: ignore[var-annotated]
    fam_spans = Counter()  # type: ignore[var-annotated]
    for d in docs:
        fam[d["type"]] += 1
        for s in d["spans"]:
            kinds[s["kind"]] += 1
            fam_spans[d["type"].replace(".pdf", "")] += 1
    print(
        f"documents: {len(docs)}   spans: {sum(kinds.values())}   "
        f"pdf variants: {sum(1 for d in docs if d['type'].endswith('.pdf'))}   "
        f"chars: {sum(len(d['text']) for d in docs)}"
    )
    print("per kind:")
    for k in KINDS:
        print(f"  {k:16s} {kinds[k]}")
    print("per family (docs incl. .pdf / spans):")
    base = Counter()  # type: ignore[var-annotated]
    for t, n in fam.items():
        base[t.replace(".pdf", "")] += n
    for t in sorted(base, key=lambda x: -base[x]):
        print(f"  {t:12s}\t{base[t]:4d} docs ({fam.get(t + '.pdf', 0)} .pdf)\t{fam_spans[t]} spans")
    if meta:
        lay = Counter(m[0].replace("+pdf", "") for m in meta)
        print(f"layouts ({len(lay)} distinct, pdf variants counted with their base layout):")
        for k in sorted(lay):
            print(f"  {k:28s} {lay[k]}")
        reg = Counter(m[1] for m in meta)
        print("regions: " + ", ".join(f"{k} {v}" for k, v in sorted(reg.items())))


def main():
    ap = argparse.ArgumentParser(description="holdout45 PII evaluation set generator")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=211)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--check", metavar="JSONL")
    a = ap.parse_args()
    if a.decisions:
        print(__doc__)
        return 0
    if a.check:
        with open(a.check, encoding="utf-8") as f:
            docs = [json.loads(l) for l in f if l.strip()]
        errs = validate(docs)
        print_stats(docs)
        for e in errs[:30]:
            print("ERROR", e)
        print("validation:", "OK" if not errs else f"{len(errs)} errors")
        return 1 if errs else 0
    docs, meta = generate(a.docs, a.seed)
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="\n") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.stats:
        errs = validate(docs)
        docs2, _ = generate(a.docs, a.seed)
        if docs2 != docs:
            errs.append((-1, "not deterministic", ""))
        if a.out:
            with open(a.out, encoding="utf-8") as f:
                if [json.loads(l) for l in f] != docs:
                    errs.append((-1, "file round trip differs", ""))
        print_stats(docs, meta)
        for e in errs[:30]:
            print("ERROR", e)
        print("validation:", "OK" if not errs else f"{len(errs)} errors")
        assert not errs, f"{len(errs)} validation errors"
    return 0


if __name__ == "__main__":
    sys.exit(main())
