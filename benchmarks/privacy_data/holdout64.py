#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout64 -- blind evaluation set generator for a personal-information detector
applied to Chinese government-disclosure (政务公开) publications.

Standard library only.  Deterministic for a given --seed (random.Random(seed); no
"today" dates are used anywhere).

Usage
  python holdout64.py --docs 400 --seed 317 -o OUT.jsonl
  python holdout64.py --docs 400 --seed 317 -o OUT.jsonl --check --stats
  python holdout64.py --check OUT.jsonl      (validate an existing file)
  python holdout64.py --decisions

Output: JSON Lines, one document a line:
  {"type": family, "text": str, "spans": [{"kind": k, "start": i, "end": j}, ...]}
Offsets are Python str (code point) offsets.

Kinds: id_card, id_card_15, mobile, landline, bank_card, email, passport,
hk_macau_permit, tw_permit, license_plate, address, name, health.

FAMILIES (five document families x two presentations = ten)
  roster_csv       低保 / 特困 / 临时救助 名单, exported from a spreadsheet as CSV
                   (BOM, CRLF, quoted cells, "\\t"-prefixed and ="..." id cells,
                   Alt-Enter line breaks inside quoted cells, merged title row).
  roster_layout    the same kind of 名单 as `pdftotext -layout` output: space-aligned
                   fixed-width columns, padded two-character names, the last
                   (address) column wrapped onto following lines, form feeds and
                   repeated headers between pages.
  penalty_prose    行政处罚决定书 as plain prose (DOCX/PDF text), natural-person and
                   enterprise parties; traffic, market, land, burning, fishing and
                   public-security cases.
  penalty_html     the same kind of decision as the text of a government web page:
                   breadcrumbs, 索引号 block, &nbsp; remnants, and the 双公示
                   summary table flattened one cell per line.
  notice_table     公示 (低保 / 临时救助 / 特困 / 残疾人两项补贴) with the list as a
                   tab-separated table, closing with 公示期, 监督电话, 联系人.
  notice_prose     村级评议结果公示 as web-page text: numbered prose paragraphs per
                   household ("X组村民", members, illnesses), &nbsp; remnants.
  apply_tab        申请审批表 (DOCX table) flattened to "label<TAB>value" rows,
                   household-member sub-table, signatures and approval opinions.
  apply_lines      申请表 flattened one field a line (full-width colons / digits,
                   hard line breaks inside values) or a hand-written style 申请书.
  minutes_village  村民代表会议记录 (attendance, speeches, show-of-hands votes).
  minutes_pingyi   低保民主评议会议记录 with a vote table (tab or fixed-width).

COUNTIES (real county-level divisions, codes as in GB/T 2260)
  230125 黑龙江省哈尔滨市宾县              (Han, some Hui and Manchu)
  222405 吉林省延边朝鲜族自治州龙井市       (Korean / 朝鲜族 majority)
  210422 辽宁省抚顺市新宾满族自治县         (Manchu)
  130828 河北省承德市围场满族蒙古族自治县   (Han, Manchu, Mongolian, Hui)
  140922 山西省忻州市五台县                 (Han, a few Hui)
  150521 内蒙古自治区通辽市科尔沁左翼中旗   (Mongolian majority; older ids 152321,
                                             the pre-1999 哲里木盟 code)
  Town (乡镇/苏木/街道) names are real for each county.  Village names are common
  generic names (新立村, 东升村 ...; 嘎查 names for 科左中旗); apart from a few well
  known ones (龙井 明东村/长财村, 新宾 赫图阿拉村) they are not claimed to exist in
  that particular town.  Road and residential-compound names are generic.

DECISIONS
 1. name = the full name of a private natural person: applicants, household
    members, natural-person parties (当事人, 经营者), 委托代理人, victims,
    村民代表 and other villagers who speak or sign, and applicants' signatures.
    Every occurrence is labelled, including inside case titles
    ("张三未按规定…案"), evidence lists, quoted speech and signature lines.
 2. A name is one span covering the whole name: compound surnames (欧阳, 司马 …),
    rare surnames, Korean (金英哲), Manchu (佟玉芬), Hui (哈宝山), Mongolian
    single-word names (那顺乌日图) and surname + Mongolian given name (包巴特尔).
 3. Masked or partial names are never labelled: 张*, 张**, 张*华, 李某, 王某某,
    欧阳*.  Surname-only references do not occur.
 4. Officials acting in their role are NOT labelled: 执法人员 (with 执法证号),
    村党支部书记 / 村委会主任 / 委员 acting as 主持人, 记录人, 评议小组组长,
    包村干部, 驻村第一书记, 民政助理员, 经办人 / 审核人 / 审批人 / 制表人, and
    the 联系人 printed on a 公示.  Their names are public by design.
 5. The 法定代表人 / 负责人 of an enterprise in a penalty decision is NOT labelled
    (published by design under the 双公示 rules and the enterprise credit
    system).  An enterprise's 委托代理人 (an employee acting for the company) IS
    labelled, with his mobile.
 6. Padded names in fixed-width tables ("张　三" with U+3000, "张  三") are one
    span from the first to the last character, padding included.
 7. Surnames inside organisation / place / shop names (李家屯, 王家窝堡,
    老王家小吃部, 刘氏农机专业合作社) are not names.
 8. address = the home address of a private person (住址, 家庭住址, 现居住地址,
    家住…, 住…) that reaches 组 / 号 / 栋 / 幢 / 单元 / 室 level.  The span starts
    at the first administrative component actually written (province, city,
    county, town or village) and ends with the last unit (…组, …号, …室, or the
    bare room number after 单元, e.g. "3单元501").  Labels, the verb 住/家住,
    a trailing 村民/人 and punctuation are excluded.
 9. Addresses stopping at village level (新立村, 宾州镇新立村, 户籍所在地 columns
    that give only the village) are NOT labelled.
10. A residence description "宾州镇新立村3组村民" is labelled as an address
    ("宾州镇新立村3组"): it pins the household to a 组 just as a 住址 field does.
11. Business premises (经营场所), an enterprise's 住所, places where a violation
    happened, land parcels, and government office / 信访 addresses are NOT
    labelled, even at 号 level.
12. Wrapped values are one span: a value broken by a hard line break (Alt-Enter
    inside a CSV cell, a DOCX line break, or the wrap of the last column in
    pdftotext -layout output) is labelled from its first to its last character,
    the line break and indentation included.
13. id_card / id_card_15 spans cover the digits (and internal spaces if the id is
    written in groups) only, never the leading tab or the ="…" spreadsheet
    wrapper.  Full-width digits are labelled the same way.  A 驾驶证号 equal to
    the citizen id number is labelled id_card.  Lower-case x is kept as written.
14. Masked values are never labelled: 230127********1234, 6222********1234,
    138****1234, 张*.
15. mobile / landline: only a private person's numbers.  A landline span includes
    the area code and hyphen.  Office phones, 监督电话, hotlines (12345, 12315,
    12349), fax numbers are not labelled.  Officials are only given office
    numbers.
16. bank_card: a private person's card / 一卡通 / 社保卡 account (16-19 digits,
    Luhn valid); grouped digits are one span.  Government and non-tax revenue
    accounts (财政非税收入专户) are not labelled.
17. email: private persons' mailboxes only; agency mailboxes are not labelled.
18. passport / hk_macau_permit / tw_permit: the document number only.
19. license_plate: plates of vehicles driven or owned by private persons; the
    span is the plate as written (with or without the "·"), not the 号 after it.
20. health: a disease, disability (type and grade), or injury tied to a specific
    individual in the text (named, or a masked row that still describes one
    household, or a masked victim).  In prose the span is the condition phrase
    only (患/患有/系/致其 excluded): "尿毒症", "肢体残疾二级", "轻微伤".  In a table
    cell that consists entirely of a health statement the whole cell is the span
    ("因病", "因残", "因病（脑梗塞）", "肢体二级").  "健康", "良好", "无" in a
    健康状况 column are NOT labelled; aggregate statements ("因病致贫12户") do not
    occur.
21. Not personal / not labelled: 文号, 索引号, 统一社会信用代码 (valid GB 32100
    checksums, including 个体工商户 92… codes), 执法证号, 交通处罚决定书编号,
    案件编号, amounts, dates, ages, postcodes, ICP / 公网安备 numbers, 网站标识码.
22. Only the thirteen kinds are annotated; sex, ethnicity, birth date, age,
    relationship and benefit amounts are attributes that are left unlabelled.
23. Spans never overlap and never start or end with whitespace; a phone or card
    written in groups ("138 4512 3456", "6228 4800 …") is a single span.
END DECISIONS
"""

import argparse
import datetime
import json
import random
import re
import sys

# --------------------------------------------------------------------------
# checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
PROVINCES = {
    "11",
    "12",
    "13",
    "14",
    "15",
    "21",
    "22",
    "23",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "41",
    "42",
    "43",
    "44",
    "45",
    "46",
    "50",
    "51",
    "52",
    "53",
    "54",
    "61",
    "62",
    "63",
    "64",
    "65",
}


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(rng, region, head="91"):
    while True:
        if head in ("91", "92"):
            body = "MA" + "".join(rng.choice(USCC_CH) for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        c9 = 11 - sum(org_val(c) * w for c, w in zip(body, ORG_W)) % 11
        c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
        s17 = head + region + body + c9
        ck = 31 - sum(USCC_CH.index(c) * w for c, w in zip(s17, USCC_W)) % 31
        return s17 + USCC_CH[0 if ck == 31 else ck]


FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")
UNFW = str.maketrans("０１２３４５６７８９ＸｘＥＣＬＧ", "0123456789XxECLG")

# --------------------------------------------------------------------------
# counties
COUNTIES = [
    dict(
        prov="黑龙江省",
        city="哈尔滨市",
        county="宾县",
        code="230125",
        abbr="宾",
        area="0451",
        tel=8,
        post="150400",
        plate="黑A",
        river="松花江",
        idcodes=[("230125", 80), ("230126", 7), ("230124", 6), ("230102", 7)],
        oldcode=None,
        towns=[
            "宾州镇",
            "居仁镇",
            "宾西镇",
            "糖坊镇",
            "宾安镇",
            "新甸镇",
            "胜利镇",
            "宁远镇",
            "摆渡镇",
            "平坊镇",
            "满井镇",
            "常安镇",
            "永和乡",
            "鸟河乡",
            "民和乡",
            "经建乡",
            "三宝乡",
        ],
        seat="宾州镇",
        villages=[
            "新立村",
            "永胜村",
            "东升村",
            "长发村",
            "民主村",
            "太平村",
            "双龙村",
            "福兴村",
            "红星村",
            "前进村",
            "永安村",
            "兴隆村",
        ],
        tun=True,
        eth=[("han", 88), ("hui", 6), ("man", 6)],
    ),
    dict(
        prov="吉林省",
        city="延边朝鲜族自治州",
        county="龙井市",
        code="222405",
        abbr="龙",
        area="0433",
        tel=7,
        post="133400",
        plate="吉H",
        river="海兰江",
        idcodes=[("222405", 82), ("222401", 10), ("222406", 8)],
        oldcode=None,
        towns=["安民街道", "龙门街道", "东盛涌镇", "智新镇", "老头沟镇", "三合镇", "开山屯镇", "德新乡"],
        seat="安民街道",
        villages=["明东村", "长财村", "东盛村", "龙山村", "新东村", "三合村", "光新村", "富民村", "仁化村"],
        tun=False,
        eth=[("kor", 60), ("han", 40)],
    ),
    dict(
        prov="辽宁省",
        city="抚顺市",
        county="新宾满族自治县",
        code="210422",
        abbr="新宾",
        area="024",
        tel=8,
        post="113200",
        plate="辽D",
        river="苏子河",
        idcodes=[("210422", 85), ("210421", 8), ("210411", 7)],
        oldcode=None,
        towns=[
            "新宾镇",
            "永陵镇",
            "旺清门镇",
            "木奇镇",
            "上夹河镇",
            "南杂木镇",
            "平顶山镇",
            "大四平镇",
            "苇子峪镇",
            "红升乡",
            "响水河子乡",
            "榆树乡",
            "北四平乡",
            "下夹河乡",
            "红庙子乡",
        ],
        seat="新宾镇",
        villages=[
            "赫图阿拉村",
            "永陵村",
            "腰站村",
            "下营子村",
            "马架子村",
            "东升村",
            "新农村",
            "四道沟村",
            "二道河村",
        ],
        tun=True,
        eth=[("man", 60), ("han", 40)],
    ),
    dict(
        prov="河北省",
        city="承德市",
        county="围场满族蒙古族自治县",
        code="130828",
        abbr="围",
        area="0314",
        tel=7,
        post="068450",
        plate="冀H",
        river="伊逊河",
        idcodes=[("130828", 85), ("130821", 7), ("130802", 8)],
        oldcode=None,
        towns=[
            "围场镇",
            "四合永镇",
            "克勒沟镇",
            "棋盘山镇",
            "半截塔镇",
            "朝阳地镇",
            "腰站镇",
            "龙头山镇",
            "新拨镇",
            "哈里哈乡",
        ],
        seat="围场镇",
        villages=[
            "东街村",
            "西沟村",
            "北沟村",
            "大营子村",
            "碾子沟村",
            "二道川村",
            "三义永村",
            "前进村",
            "东梁村",
        ],
        tun=False,
        eth=[("han", 52), ("man", 35), ("mon", 9), ("hui", 4)],
    ),
    dict(
        prov="山西省",
        city="忻州市",
        county="五台县",
        code="140922",
        abbr="五",
        area="0350",
        tel=7,
        post="035500",
        plate="晋H",
        river="滹沱河",
        idcodes=[("140922", 85), ("140902", 8), ("140921", 7)],
        oldcode=None,
        towns=[
            "台城镇",
            "台怀镇",
            "耿镇镇",
            "豆村镇",
            "白家庄镇",
            "东冶镇",
            "茹村乡",
            "阳白乡",
            "沟南乡",
            "建安乡",
            "蒋坊乡",
            "石咀乡",
        ],
        seat="台城镇",
        villages=["东街村", "西街村", "南庄村", "北庄村", "河西村", "新村", "石家庄村", "上庄村", "中庄村"],
        tun=False,
        eth=[("han", 97), ("hui", 3)],
    ),
    dict(
        prov="内蒙古自治区",
        city="通辽市",
        county="科尔沁左翼中旗",
        code="150521",
        abbr="科中",
        area="0475",
        tel=7,
        post="029300",
        plate="蒙G",
        river="西辽河",
        idcodes=[("150521", 90), ("150502", 10)],
        oldcode="152321",
        towns=[
            "保康镇",
            "宝龙山镇",
            "舍伯吐镇",
            "巴彦塔拉镇",
            "门达镇",
            "花吐古拉镇",
            "架玛吐镇",
            "腰林毛都镇",
            "希伯花镇",
            "代力吉镇",
        ],
        seat="保康镇",
        villages=[
            "巴彦嘎查",
            "乌兰嘎查",
            "新艾力嘎查",
            "哈日干吐嘎查",
            "胡力斯台嘎查",
            "宝力根嘎查",
            "东升村",
            "永安村",
        ],
        tun=False,
        eth=[("mon", 72), ("han", 28)],
    ),
]

ROADS = [
    "新华街",
    "建设路",
    "胜利路",
    "文化街",
    "北环路",
    "南大街",
    "中心街",
    "东风路",
    "人民路",
    "和平街",
    "站前路",
    "光明街",
]
XIAOQU = [
    "阳光小区",
    "锦绣家园",
    "幸福小区",
    "金港花园",
    "龙城佳苑",
    "丽景家园",
    "翰林苑",
    "富民小区",
    "福苑小区",
    "康乐小区",
]
ETH_LABEL = {"han": "汉族", "hui": "回族", "man": "满族", "kor": "朝鲜族", "mon": "蒙古族"}

HAN_SUR = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛"
    "叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟万段雷钱汤尹常武乔贺付"
)
NE_SUR = list("于曲姜隋栾衣初矫鞠宫滕孙刘闫邢")
RARE_SUR = [
    "亓",
    "禚",
    "冮",
    "仉",
    "笪",
    "逄",
    "綦",
    "宓",
    "佴",
    "厍",
    "寇",
    "那",
    "伊",
    "邸",
    "郗",
    "郄",
    "薄",
    "敖",
    "仝",
    "眭",
    "昝",
    "檀",
    "暴",
    "蔺",
    "麻",
    "揭",
    "谯",
    "迟",
    "战",
]
COMPOUND_SUR = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "令狐",
    "慕容",
    "尉迟",
    "公孙",
    "南宫",
    "夏侯",
    "司徒",
    "端木",
    "宇文",
]
MAN_SUR = [
    "关",
    "佟",
    "那",
    "富",
    "肇",
    "索",
    "鄂",
    "赵",
    "何",
    "郎",
    "常",
    "洪",
    "白",
    "金",
    "伊",
    "舒",
    "依",
    "穆",
]
HUI_SUR = ["马", "回", "哈", "沙", "丁", "海", "穆", "纳", "白", "米", "金", "杨"]
KOR_SUR = [
    "金",
    "李",
    "朴",
    "崔",
    "郑",
    "姜",
    "赵",
    "韩",
    "尹",
    "张",
    "权",
    "玄",
    "南",
    "全",
    "申",
    "许",
    "安",
    "吴",
    "徐",
    "黄",
    "池",
    "千",
    "禹",
    "太",
    "都",
    "南宫",
]
KOR_M = [
    "英哲",
    "成浩",
    "东植",
    "光日",
    "龙山",
    "昌洙",
    "哲洙",
    "永吉",
    "日男",
    "昌浩",
    "哲民",
    "承浩",
    "泰俊",
    "东哲",
    "成男",
    "京浩",
    "明浩",
    "相国",
    "仁植",
    "正国",
    "光浩",
    "英男",
]
KOR_F = [
    "春花",
    "顺子",
    "英顺",
    "贞淑",
    "明玉",
    "美兰",
    "善姬",
    "英爱",
    "花子",
    "今顺",
    "凤女",
    "秀玉",
    "京子",
    "银姬",
    "正淑",
    "玉善",
    "顺姬",
    "英子",
    "贞爱",
    "明姬",
    "恩惠",
    "美善",
]
MON_M = [
    "巴特尔",
    "乌力吉",
    "额尔敦",
    "朝鲁",
    "巴图",
    "苏和",
    "宝音",
    "那顺",
    "孟和",
    "布和",
    "哈斯",
    "满都拉",
    "朝格图",
    "额尔敦毕力格",
    "敖特根",
    "阿拉坦仓",
    "白音仓",
    "吉日嘎拉",
    "特木尔",
    "那顺乌日图",
    "巴雅尔",
    "图门",
    "格日勒图",
    "乌日根",
    "宝力道",
    "额尔德木图",
]
MON_F = [
    "其其格",
    "萨仁",
    "乌兰",
    "图雅",
    "娜仁花",
    "斯琴",
    "高娃",
    "乌云",
    "塔娜",
    "格日乐",
    "斯琴高娃",
    "萨日娜",
    "托娅",
    "阿拉坦其其格",
    "乌日娜",
    "额尔敦其其格",
    "花蕊",
    "包金花",
    "苏布道",
]
MON_SUR = ["包", "白", "鲍", "韩", "吴", "宝", "陈", "金", "何"]
G_OLD_M = list("福贵宝财德树林山海春生长振永广文学志金玉忠义有喜发军国庆明")
G_OLD_F = list("淑秀玉桂凤兰珍芝英华荣霞琴梅云芬香莲翠艳丽敏芳")
G_NEW_M = list("浩宇轩博涵俊杰鑫明伟磊强鹏洋涛斌凯健峰晨睿泽宏旭东亮刚超辉")
G_NEW_F = list("欣怡梓涵雨婷佳悦琪思雪丽娜敏静艳芳慧颖琳萱诗晶莹瑶楠")

DISEASES = [
    "脑梗塞",
    "脑出血后遗症",
    "尿毒症",
    "肺癌",
    "胃癌",
    "乳腺癌",
    "白血病",
    "糖尿病并发症",
    "冠心病",
    "肝硬化",
    "精神分裂症",
    "慢性肾衰竭",
    "类风湿性关节炎",
    "股骨头坏死",
    "帕金森病",
    "阿尔茨海默病",
    "癫痫",
    "先天性心脏病",
    "重度抑郁症",
    "食道癌",
    "慢性阻塞性肺疾病",
    "宫颈癌",
    "脑瘫",
]
CHILD_DZ = ["白血病", "先天性心脏病", "癫痫", "脑瘫", "肾病综合征", "自闭症", "再生障碍性贫血"]
OLD_ONLY = {"脑梗塞", "脑出血后遗症", "帕金森病", "阿尔茨海默病", "冠心病", "慢性阻塞性肺疾病", "股骨头坏死"}
FEMALE_ONLY = {"乳腺癌", "宫颈癌"}


def disease_for(rng, age, sex):
    if age < 18:
        return rng.choice(CHILD_DZ)
    pool = [
        x
        for x in DISEASES
        if (age >= 45 or x not in OLD_ONLY)
        and (sex == "女" or x not in FEMALE_ONLY)
        and x not in ("脑瘫", "先天性心脏病")
    ]
    return rng.choice(pool)


DIS_TYPES = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
GRADES = ["一级", "二级", "三级", "四级"]


def disability(rng, style=None):
    t, g = rng.choice(DIS_TYPES), rng.choice(GRADES)
    style = style or rng.choice(["a", "b", "c"])
    if style == "a":
        return f"{t}残疾{g}"
    if style == "b":
        return f"{g}{t}残疾"
    return f"{t}{g}"


# --------------------------------------------------------------------------
# document builder
class Doc:
    def __init__(self):
        self.buf, self.spans, self.n = [], [], 0

    def add(self, *items):
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, str):
                self._t(it, None)
            elif isinstance(it, tuple):
                self._t(it[0], it[1])
            else:
                self.add(*it)
        return self

    def _t(self, t, k):
        if not t:
            return
        if k:
            self.spans.append({"kind": k, "start": self.n, "end": self.n + len(t)})
        self.buf.append(t)
        self.n += len(t)

    def text(self):
        return "".join(self.buf)


def flat(seg):
    if seg is None:
        return []
    if isinstance(seg, (str, tuple)):
        return [seg]
    out = []
    for x in seg:
        out.extend(flat(x))
    return out


def st(seg):
    return "".join(x if isinstance(x, str) else x[0] for x in flat(seg))


def dw(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def pick(rng, pairs):
    return rng.choices([a for a, _ in pairs], [w for _, w in pairs])[0]


def cdate(d):
    return f"{d.year}年{d.month}月{d.day}日"


def cnum(n):
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)


def money(rng, lo, hi, step=10):
    return rng.randrange(lo, hi, step)


def fmt_money(v, rng, comma_ok=True):
    if comma_ok and v >= 1000 and rng.random() < 0.5:
        return f"{v:,}.00"
    return f"{v}.00" if rng.random() < 0.5 else str(v)


# --------------------------------------------------------------------------
# persons
class Person:
    pass


def gen_given(rng, sex, byear):
    pool = (G_OLD_M if sex == "男" else G_OLD_F) if byear < 1975 else (G_NEW_M if sex == "男" else G_NEW_F)
    if rng.random() < 0.28:
        return rng.choice(pool)
    a, b = rng.choice(pool), rng.choice(pool)
    while b == a:
        b = rng.choice(pool)
    return a + b


def gen_sur(rng, eth):
    if eth == "man":
        return rng.choice(MAN_SUR) if rng.random() < 0.6 else gen_sur(rng, "han")
    if eth == "hui":
        return rng.choice(HUI_SUR)
    if eth == "kor":
        return rng.choice(KOR_SUR)
    if eth == "mon":
        return rng.choice(["", "", ""] + MON_SUR)
    r = rng.random()
    if r < 0.05:
        return rng.choice(COMPOUND_SUR)
    if r < 0.12:
        return rng.choice(RARE_SUR)
    if r < 0.22:
        return rng.choice(NE_SUR)
    return rng.choice(HAN_SUR)


def gen_name(rng, eth, sex, byear, sur=None):
    if sur is None:
        sur = gen_sur(rng, eth)
    if eth == "kor":
        return sur, sur + rng.choice(KOR_M if sex == "男" else KOR_F)
    if eth == "mon":
        mon = rng.choice(MON_M if sex == "男" else MON_F)
        if sur == "":
            return sur, mon
        if rng.random() < 0.45:
            return sur, sur + mon
        return sur, sur + gen_given(rng, sex, byear)
    return sur, sur + gen_given(rng, sex, byear)


def gen_birth(rng, D, age):
    y = D.year - age
    start = datetime.date(y, 1, 1)
    d = start + datetime.timedelta(days=rng.randrange(365))
    if d > datetime.date(D.year - age, D.month, min(D.day, 28)):
        pass
    return d


def gen_id(rng, C, birth, sex):
    codes = list(C["idcodes"])
    if C["oldcode"] and birth.year < 1985:
        codes = [(C["oldcode"], 60)] + codes
    region = pick(rng, codes)
    seq = f"{rng.randrange(100):02d}" + str(rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8]))
    s17 = region + birth.strftime("%Y%m%d") + seq
    full = s17 + id_check(s17)
    id15 = region + birth.strftime("%y%m%d") + seq
    return full, id15


MOB_PRE = [
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
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "198",
    "199",
    "147",
]


def gen_mobile(rng):
    return rng.choice(MOB_PRE) + "".join(rng.choice("0123456789") for _ in range(8))


def gen_landline(rng, C):
    n = C["tel"]
    first = rng.choice("2345678")
    return C["area"] + "-" + first + "".join(rng.choice("0123456789") for _ in range(n - 1))


CARD_PRE = [
    ("622848", 19),
    ("621700", 19),
    ("622202", 19),
    ("623058", 19),
    ("621799", 19),
    ("622908", 18),
    ("622188", 19),
    ("622700", 19),
    ("621226", 19),
    ("622588", 16),
    ("621098", 19),
]
BANK_OF = {
    "622848": "中国农业银行",
    "621700": "中国建设银行",
    "622202": "中国工商银行",
    "623058": "平安银行",
    "621799": "中国邮政储蓄银行",
    "622908": "兴业银行",
    "622188": "中国邮政储蓄银行",
    "622700": "中国建设银行",
    "621226": "中国工商银行",
    "622588": "招商银行",
    "621098": "中国邮政储蓄银行",
}


def gen_card(rng):
    pre, ln = rng.choice(CARD_PRE)
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    return luhn_complete(body)


SYL = [
    "zhang",
    "wang",
    "li",
    "liu",
    "chen",
    "yang",
    "zhao",
    "huang",
    "zhou",
    "wu",
    "xu",
    "sun",
    "hu",
    "zhu",
    "gao",
    "lin",
    "he",
    "guo",
    "ma",
    "jin",
    "bao",
    "piao",
    "cui",
    "ming",
    "hua",
    "jun",
    "na",
    "yu",
    "hai",
    "feng",
    "long",
    "xiao",
    "tong",
    "guan",
    "bater",
    "wuyun",
]
MAILDOM = ["163.com", "126.com", "qq.com", "sina.com", "sohu.com", "139.com", "foxmail.com", "yeah.net"]


def gen_email(rng):
    if rng.random() < 0.4:
        return str(rng.randint(10000000, 2999999999)) + "@qq.com"
    h = rng.choice(SYL) + rng.choice(SYL)
    if rng.random() < 0.7:
        h += str(rng.randint(1, 9999))
    if rng.random() < 0.2:
        h = h[:4] + rng.choice("._") + h[4:]
    return h + "@" + rng.choice(MAILDOM)


LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_passport(rng):
    if rng.random() < 0.6:
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    return "E" + rng.choice(LET) + "".join(rng.choice("0123456789") for _ in range(7))


def gen_hk(rng):
    if rng.random() < 0.6:
        return "C" + "".join(rng.choice("0123456789") for _ in range(8))
    return "C" + rng.choice(LET) + "".join(rng.choice("0123456789") for _ in range(7))


def gen_tw(rng):
    return "L" + "".join(rng.choice("0123456789") for _ in range(8))


def gen_plate(rng, C):
    if rng.random() < 0.15:
        body = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        chars = [rng.choice("0123456789") for _ in range(5)]
        for i in rng.sample(range(5), rng.choice([0, 1, 1, 2])):
            chars[i] = rng.choice(LET)
        body = "".join(chars)
    return C["plate"] + ("·" if rng.random() < 0.4 else "") + body


def make_person(rng, C, D, lo, hi, sex=None, eth=None, sur=None, town=None, village=None):
    p = Person()
    p.C = C
    p.sex = sex or rng.choice(["男", "女"])
    p.eth = eth or pick(rng, C["eth"])
    p.age = rng.randint(lo, hi)
    p.birth = gen_birth(rng, D, p.age)
    p.sur, p.name = gen_name(rng, p.eth, p.sex, p.birth.year, sur)
    p.id, p.id15s = gen_id(rng, C, p.birth, p.sex)
    p.old15 = p.birth.year < 1955 and rng.random() < 0.25
    p.mobile = gen_mobile(rng)
    p.dz = disease_for(rng, p.age, p.sex)
    p.town = town or rng.choice(C["towns"])
    p.village = village or rng.choice(C["villages"])
    p.urban = p.town == C["seat"] and rng.random() < 0.6
    p.addr = fine_addr(rng, C, p)
    return p


def fine_addr(rng, C, p):
    t = p.town
    if p.urban:
        f = rng.randrange(6)
        r, x = rng.choice(ROADS), rng.choice(XIAOQU)
        b, u, rm = rng.randint(1, 30), rng.randint(1, 6), f"{rng.randint(1, 6)}0{rng.randint(1, 4)}"
        h = rng.randint(1, 399)
        if f == 0:
            return f"{t}{r}{h}号"
        if f == 1:
            return f"{t}{x}{b}号楼{u}单元{rm}室"
        if f == 2:
            return f"{t}{r}{h}号{b}栋{u}单元{rm}室"
        if f == 3:
            return f"{t}{x}{b}幢{rm}室"
        if f == 4:
            return f"{t}{r}{x}{b}号楼{u}单元{rm}"
        return f"{t}{r}{h}号{u}单元{rm}室"
    g, h = rng.randint(1, 12), rng.randint(1, 160)
    v = p.village
    f = rng.randrange(4)
    if f == 0:
        return f"{t}{v}{g}组"
    if f == 1:
        return f"{t}{v}{g}组{h}号"
    if f == 2 and C["tun"]:
        return f"{t}{v}{rng.choice(HAN_SUR)}家{rng.choice(['屯', '窝堡', '屯'])}{h}号"
    if f == 3:
        return f"{v}{g}组"
    return f"{t}{v}{h}号"


def with_prefix(rng, C, a, w=(50, 20, 15, 15)):
    k = pick(rng, [(0, w[0]), (1, w[1]), (2, w[2]), (3, w[3])])
    if k == 0:
        return a
    if k == 1:
        return C["county"] + a
    if k == 2:
        return C["city"] + C["county"] + a
    return C["prov"] + C["city"] + C["county"] + a


def coarse_addr(rng, C, p):
    k = rng.randrange(3)
    if k == 0:
        return p.village
    if k == 1:
        return p.town + p.village
    return C["county"] + p.town + p.village


def household(rng, C, D, size, lo=28, hi=85, town=None, village=None, head_sex=None):
    head = make_person(rng, C, D, lo, hi, sex=head_sex, town=town, village=village)
    mem = [("本人", head)]
    age = head.age
    if size >= 2 and age >= 24 and rng.random() < 0.85:
        sp_sex = "女" if head.sex == "男" else "男"
        sp_eth = head.eth if rng.random() < 0.8 else pick(rng, C["eth"])
        sp = make_person(
            rng,
            C,
            D,
            max(20, age - 6),
            min(95, age + 6),
            sex=sp_sex,
            eth=sp_eth,
            town=head.town,
            village=head.village,
        )
        mem.append(("配偶" if rng.random() < 0.5 else ("妻子" if sp_sex == "女" else "丈夫"), sp))
    father = head if head.sex == "男" else (mem[1][1] if len(mem) > 1 else head)
    while len(mem) < size:
        if age >= 22 and rng.random() < 0.75:
            cs = rng.choice(["男", "女"])
            c = make_person(
                rng,
                C,
                D,
                1,
                max(1, min(age - 20, 40)),
                sex=cs,
                eth=father.eth,
                sur=father.sur,
                town=head.town,
                village=head.village,
            )
            mem.append(("儿子" if cs == "男" else "女儿", c))
        else:
            have = {r for r, _ in mem}
            if "父亲" in have and "母亲" in have:
                break
            ps = "女" if "父亲" in have else ("男" if "母亲" in have else rng.choice(["男", "女"]))
            pa = min(98, age + rng.randint(20, 30))
            par = make_person(
                rng,
                C,
                D,
                pa,
                pa,
                sex=ps,
                eth=head.eth,
                sur=head.sur if ps == "男" else None,
                town=head.town,
                village=head.village,
            )
            mem.append(("父亲" if ps == "男" else "母亲", par))
    for m in mem:
        m[1].addr = head.addr
        m[1].urban = head.urban
    return mem


# --------------------------------------------------------------------------
# value renderers
def N(p, pad=False, padch="　"):
    n = p.name
    if pad and len(n) == 2:
        n = n[0] + padch + n[1]
    return (n, "name")


def masked_name(rng, p):
    n = p.name
    sur = p.sur if p.sur else n[:1]
    if len(sur) == 0:
        sur = n[0]
    k = rng.randrange(5)
    if k == 0:
        return sur + "*"
    if k == 1:
        return sur + "*" * (len(n) - len(sur))
    if k == 2:
        return sur + "某"
    if k == 3:
        return sur + "某某"
    return n[: len(sur)] + "*" + (n[-1] if len(n) - len(sur) >= 2 else "")


def mask_id(rng, s):
    k = rng.randrange(4)
    if k == 0:
        return s[:6] + "*" * 8 + s[-4:]
    if k == 1:
        return s[:10] + "****" + s[-4:]
    if k == 2:
        return s[:6] + "*" * 10 + s[-2:]
    return s[:3] + "*" * 11 + s[-4:]


def mask_mobile(rng, m):
    return m[:3] + "****" + m[-4:]


def mask_card(rng, c):
    if rng.random() < 0.5:
        return c[:4] + "*" * (len(c) - 8) + c[-4:]
    return c[:6] + "*" * (len(c) - 10) + c[-4:]


def ID(rng, p, fw=False, allow15=True, spaced=None):
    if allow15 and p.old15:
        v, k = p.id15s, "id_card_15"
    else:
        v, k = p.id, "id_card"
        if v.endswith("X") and rng.random() < 0.3:
            v = v[:-1] + "x"
    if spaced is None:
        spaced = rng.random() < 0.04
    if spaced and len(v) == 18:
        v = v[:6] + " " + v[6:14] + " " + v[14:]
    if fw:
        v = v.translate(FW)
    return (v, k)


def MOB(rng, m, fw=False, styles=True):
    v = m
    if styles:
        r = rng.random()
        if r < 0.07:
            v = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        elif r < 0.13:
            v = f"{m[:3]} {m[3:7]} {m[7:]}"
    if fw:
        v = v.translate(FW)
    return (v, "mobile")


def CARD(rng, c, spaced=None):
    if spaced is None:
        spaced = rng.random() < 0.25
    if spaced:
        c = " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    return (c, "bank_card")


def ADDR(rng, C, p, prefix=True):
    a = with_prefix(rng, C, p.addr) if prefix else p.addr
    return (a, "address")


def official(rng, C, D):
    return make_person(rng, C, D, 28, 58).name


def office_phone(rng, C):
    n = C["tel"]
    return C["area"] + "-" + rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(n - 1))


def agency_mail(rng, C):
    return (
        rng.choice(["mzj", "mz", "shjz", "jzk"]) + C["code"][-4:] + "@" + rng.choice(["163.com", "126.com"])
    )


def health_cell(rng, p=None):
    dz = p.dz if p is not None else rng.choice(DISEASES)
    k = rng.randrange(6)
    if k == 0:
        return ("因病", "health")
    if k == 1:
        return ("因残", "health")
    if k in (2, 3):
        return (f"因病（{dz}）", "health")
    if k == 4:
        return (disability(rng), "health")
    return (dz, "health")


NONHEALTH = ["因学", "因灾", "失业", "单亲家庭", "务农收入低", "子女就学", "房屋受灾"]


def reason_cell(rng, ph=0.6, p=None):
    if rng.random() < ph:
        return health_cell(rng, p)
    return rng.choice(NONHEALTH)


# --------------------------------------------------------------------------
# CSV helpers
def csv_cell(cell, allq):
    raw = False
    if isinstance(cell, dict):
        raw, cell = True, cell["raw"]
    seg = flat(cell)
    t = st(seg)
    if raw:
        return seg
    if allq or any(c in t for c in ',"\n\r\t'):
        out = ['"']
        for x in seg:
            if isinstance(x, str):
                out.append(x.replace('"', '""'))
            else:
                out.append(x)
        out.append('"')
        return out
    return seg


def csv_row(d, cells, allq, nl):
    for i, c in enumerate(cells):
        if i:
            d.add(",")
        d.add(csv_cell(c, allq))
    d.add(nl)


# --------------------------------------------------------------------------
# family 1: roster CSV
def fam_roster_csv(rng, C, D):
    d = Doc()
    typ = rng.choice(["dibao", "tekun", "linshi"])
    town = rng.choice(C["towns"])
    nl = rng.choice(["\r\n", "\n"])
    allq = rng.random() < 0.3
    nmask = rng.random() < 0.12
    idm = pick(rng, [("full", 50), ("mask", 35), ("mixed", 15)])
    idwrap = pick(rng, [("plain", 60), ("tab", 25), ("eq", 15)])
    if rng.random() < 0.3:
        d.add("\ufeff")
    y = D.year

    def name_c(p):
        return masked_name(rng, p) if nmask else N(p)

    def id_c(p):
        if idm == "mask" or (idm == "mixed" and rng.random() < 0.5):
            return mask_id(rng, p.id)
        v = ID(rng, p, spaced=False)
        if idwrap == "tab":
            return ["\t", v]
        if idwrap == "eq":
            return {"raw": ['="', v, '"']}
        return v

    n = rng.randint(8, 22)
    if typ == "dibao":
        header = [
            "序号",
            "乡镇（街道）",
            "村（社区）",
            "户主姓名",
            "身份证号码",
            "保障人数",
            "保障类别",
            "月保障金（元）",
            "家庭成员",
            "致贫原因",
        ]
        title = f"{C['county']}{town}{y}年{D.month}月城乡最低生活保障对象花名册"
    elif typ == "tekun":
        header = [
            "序号",
            "姓名",
            "性别",
            "年龄",
            "身份证号",
            "供养方式",
            "所在村（社区）",
            "供养标准（元/月）",
            "备注",
        ]
        title = f"{C['county']}{y}年特困人员救助供养对象名单（{town}）"
    else:
        header = [
            "序号",
            "姓名",
            "身份证号",
            "联系电话",
            "家庭住址",
            "救助事由",
            "救助金额（元）",
            "审批日期",
        ]
        title = f"{C['county']}{y}年第{rng.randint(1, 4)}季度临时救助对象名单"
    if rng.random() < 0.6:
        csv_row(d, [title] + [""] * (len(header) - 1), allq, nl)
    csv_row(d, header, allq, nl)
    total_p, total_m = 0, 0
    for i in range(n):
        if typ == "dibao":
            size = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5])
            hh = household(rng, C, D, size, town=town)
            head = hh[0][1]
            mv = size * money(rng, 180, 460)
            total_p += size
            total_m += mv
            sep = rng.choice(["、", "、", "，", ",", " "])
            mem = []
            for j, (_, m) in enumerate(hh[1:]):
                if j:
                    mem.append(sep)
                mem.append(masked_name(rng, m) if nmask else N(m))
            cells = [
                str(i + 1),
                town,
                head.village,
                name_c(head),
                id_c(head),
                str(size),
                rng.choice(["A类", "B类", "C类", "一类", "二类"]),
                fmt_money(mv, rng),
                mem,
                reason_cell(rng, p=head),
            ]
        elif typ == "tekun":
            p = make_person(rng, C, D, 58, 96, town=town)
            if rng.random() < 0.2:
                p = make_person(rng, C, D, 18, 57, town=town)
            mv = money(rng, 560, 1200)
            total_m += mv
            r = rng.random()
            note = (
                (disability(rng), "health")
                if r < 0.35
                else ("" if r < 0.75 else rng.choice(["新增", f"集中供养于{C['county']}中心敬老院", "全年"]))
            )
            cells = [
                str(i + 1),
                name_c(p),
                p.sex,
                str(p.age),
                id_c(p),
                rng.choice(["分散供养", "集中供养"]),
                p.village,
                str(mv),
                note,
            ]
        else:
            p = make_person(rng, C, D, 22, 80, town=town)
            mv = money(rng, 500, 5000, 100)
            total_m += mv
            ph = MOB(rng, p.mobile) if rng.random() < 0.65 else mask_mobile(rng, p.mobile)
            if rng.random() < 0.6:
                a = with_prefix(rng, C, p.addr, (60, 25, 10, 5))
                if rng.random() < 0.2 and p.village in a:
                    k = a.index(p.village) + len(p.village)
                    a = a[:k] + "\n" + a[k:]
                ad = (a, "address")
            else:
                ad = coarse_addr(rng, C, p)
            cells = [
                str(i + 1),
                name_c(p),
                id_c(p),
                ph,
                ad,
                linshi_reason(rng, C, D, p, nmask),
                fmt_money(mv, rng),
                (D - datetime.timedelta(days=rng.randint(3, 60))).strftime(
                    rng.choice(["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"])
                ),
            ]
        csv_row(d, cells, allq, nl)
    if rng.random() < 0.7:
        tail = ["合计"] + [""] * (len(header) - 1)
        tail[len(header) - 2 if typ != "dibao" else 7] = fmt_money(total_m, rng)
        csv_row(d, tail, allq, nl)
    if rng.random() < 0.6:
        tail = [
            f"制表人：{official(rng, C, D)}",
            "",
            f"审核人：{official(rng, C, D)}",
            "",
            f"制表日期：{cdate(D)}",
        ] + [""] * (len(header) - 5)
        csv_row(d, tail, allq, nl)
    return d


def linshi_reason(rng, C, D, p, nmask=False):
    k = rng.randrange(6)
    if k == 0:
        return ["本人患", (p.dz, "health"), "住院治疗"]
    if k == 1:
        c = make_person(rng, C, D, 3, 30, sur=p.sur, eth=p.eth)
        rel = rng.choice(["儿子", "女儿", "孙子", "孙女"])
        return [rel, masked_name(rng, c) if nmask else N(c), "患", (c.dz, "health")]
    if k == 2:
        return [
            "突发",
            (rng.choice(["脑出血", "急性心肌梗死", "脑梗塞", "重症肺炎"]), "health"),
            "，医疗费用支出大",
        ]
    if k == 3:
        return rng.choice(
            ["房屋失火，生活必需品损毁", "遭受冰雹灾害", "子女就学费用支出大", "暴雨致房屋受损"]
        )
    if k == 4:
        return ["本人系", (disability(rng), "health"), "，生活困难"]
    return "家庭收入骤减，基本生活困难"


# --------------------------------------------------------------------------
# family 2: roster as pdftotext -layout
def layout_table(d, rng, header, rows, wrapw, center):
    ncol = len(header)
    gaps = [rng.randint(2, 5) for _ in range(ncol)]
    widths = [max(dw(st(r[c])) for r in rows + [header]) for c in range(ncol - 1)]
    indent = sum(widths) + sum(gaps[: ncol - 1])

    def line(cells):
        pend = 0
        for c in range(ncol - 1):
            t = st(cells[c])
            w = dw(t)
            lp = (widths[c] - w) // 2 if center else 0
            if t:
                d.add(" " * (pend + lp), cells[c])
                pend = widths[c] - w - lp + gaps[c]
            else:
                pend += widths[c] + gaps[c]
        last = flat(cells[-1])
        t = st(last)
        if t:
            d.add(" " * pend)
            if len(t) > wrapw:
                chunks = [t[i : i + wrapw] for i in range(0, len(t), wrapw)]
                joined = ("\n" + " " * indent).join(chunks)
                kinds = [x[1] for x in last if isinstance(x, tuple)]
                if kinds and len(last) == 1:
                    d.add((joined, kinds[0]))
                else:
                    d.add(joined)
            else:
                d.add(last)
        d.add("\n")

    return line


def fam_roster_layout(rng, C, D):
    d = Doc()
    typ = rng.choice(["dibao", "tekun", "linshi"])
    town = rng.choice(C["towns"])
    y = D.year
    idm = pick(rng, [("full", 55), ("mask", 45)])
    pad = rng.random() < 0.6
    padch = rng.choice(["　", "  ", " "])
    rows = []
    n = rng.randint(10, 30)
    if typ == "dibao":
        title = f"{town}{y}年城乡低保对象名册"
        header = [
            "序号",
            "姓名",
            "性别",
            "身份证号码",
            "人数",
            "致贫原因",
            "月补差",
            "一卡通账号",
            "家庭住址",
        ]
    elif typ == "tekun":
        title = f"{C['county']}{y}年度特困供养人员花名册"
        header = ["序号", "姓名", "性别", "年龄", "身份证号码", "供养方式", "残疾/疾病情况", "供养金", "住址"]
    else:
        title = f"{C['county']}民政局{y}年{D.month}月临时救助发放明细表"
        header = ["序号", "姓名", "身份证号码", "联系电话", "救助事由", "救助金额", "家庭住址"]
    card_full = rng.random() < 0.5
    for i in range(n):
        size = rng.choice([1, 1, 2, 2, 3, 4])
        p = make_person(rng, C, D, 25 if typ != "tekun" else 60, 92, town=town)
        idc = ID(rng, p, spaced=False) if idm == "full" else mask_id(rng, p.id)
        if rng.random() < 0.6:
            ad = (with_prefix(rng, C, p.addr, (70, 20, 5, 5)), "address")
        else:
            ad = coarse_addr(rng, C, p)
        if typ == "dibao":
            card = gen_card(rng)
            cc = CARD(rng, card, spaced=False) if card_full else mask_card(rng, card)
            r = reason_cell(rng, p=p)
            if isinstance(r, tuple) and len(r[0]) > 9:
                r = ("因病", "health")
            rows.append(
                [
                    str(i + 1),
                    N(p, pad, padch),
                    p.sex,
                    idc,
                    str(size),
                    r,
                    str(size * money(rng, 200, 450)),
                    cc,
                    ad,
                ]
            )
        elif typ == "tekun":
            h = rng.random()
            hc = (disability(rng, "c"), "health") if h < 0.4 else ((p.dz, "health") if h < 0.65 else "无")
            rows.append(
                [
                    str(i + 1),
                    N(p, pad, padch),
                    p.sex,
                    str(p.age),
                    idc,
                    rng.choice(["分散", "集中"]),
                    hc,
                    str(money(rng, 560, 1100)),
                    ad,
                ]
            )
        else:
            ph = MOB(rng, p.mobile, styles=False) if rng.random() < 0.7 else mask_mobile(rng, p.mobile)
            r = rng.random()
            rs = (
                (p.dz, "health")
                if r < 0.45
                else (
                    (disability(rng, "c"), "health")
                    if r < 0.6
                    else rng.choice(["火灾", "水灾", "子女就学", "冰雹灾害", "失业"])
                )
            )
            rows.append([str(i + 1), N(p, pad, padch), idc, ph, rs, str(money(rng, 300, 3000, 100)), ad])
    center = rng.random() < 0.5
    wrapw = rng.randint(8, 13)
    per = rng.randint(12, 18)
    pages = [rows[i : i + per] for i in range(0, len(rows), per)]
    npages = len(pages)
    d.add(" " * rng.randint(2, 8) + rng.choice(["附件", "附件1", "附件2", ""]) + "\n\n")
    d.add(" " * rng.randint(20, 40) + title + "\n\n")
    d.add(f"填报单位：{town}人民政府（盖章）" + " " * rng.randint(10, 40) + f"填报日期：{cdate(D)}\n\n")
    for pi, pr in enumerate(pages):
        line = layout_table(d, rng, header, pr + [], wrapw, center)
        if pi == 0 or rng.random() < 0.7:
            line(header)
        for r in pr:
            line(r)
        d.add(
            "\n"
            + " " * rng.randint(30, 50)
            + rng.choice([f"第 {pi + 1} 页，共 {npages} 页", f"— {pi + 1} —", f"{pi + 1}/{npages}"])
            + "\n"
        )
        if pi < npages - 1:
            d.add("\f")
    d.add(
        f"\n审核人：{official(rng, C, D)}"
        + " " * rng.randint(6, 20)
        + f"制表人：{official(rng, C, D)}"
        + " " * rng.randint(6, 20)
        + f"联系电话：{office_phone(rng, C)}\n"
    )
    return d


# --------------------------------------------------------------------------
# penalty decisions
AGENCY = {
    "drunk": "公安局交通警察大队",
    "food": "市场监督管理局",
    "company": "市场监督管理局",
    "land": "自然资源局",
    "burn": "综合行政执法局",
    "fish": "农业农村局",
    "fight": "公安局",
}
AG_ABBR = {
    "drunk": "公交",
    "food": "市监",
    "company": "市监",
    "land": "自然资",
    "burn": "综执",
    "fish": "农",
    "fight": "公（治）",
}


def penalty_case(rng, C, D):
    ct = pick(
        rng,
        [
            ("drunk", 18),
            ("food", 18),
            ("land", 12),
            ("burn", 12),
            ("fish", 12),
            ("fight", 14),
            ("company", 14),
        ],
    )
    ag = C["county"] + AGENCY[ct]
    y = D.year
    if ct == "drunk":
        docno = "编号：" + C["code"] + "".join(rng.choice("0123456789") for _ in range(10))
    elif ct == "fight":
        docno = f"{C['abbr']}公（治）行罚决字〔{y}〕{rng.randint(10, 999)}号"
    else:
        docno = f"{C['abbr']}{AG_ABBR[ct]}罚〔{y}〕{rng.randint(1, 320)}号"
    ev = D - datetime.timedelta(days=rng.randint(20, 120))
    offs = [official(rng, C, D), official(rng, C, D)]
    lic = [f"{C['code'][:2]}{rng.randint(100000, 999999):06d}{rng.randint(0, 99):02d}" for _ in offs]
    hdr = []  # list of (label, seg)
    prose = []  # the party sentence (seg)
    paras = []
    pers = None
    case = {"ct": ct, "agency": ag, "docno": docno}
    if ct != "company":
        p = make_person(rng, C, D, 20, 72)
        pers = p
        case["p"] = p
        fine_a = rng.random() < 0.85
        ad = ADDR(rng, C, p) if fine_a else coarse_addr(rng, C, p)
        r = rng.random()
        ph = MOB(rng, p.mobile) if r < 0.72 else ((gen_landline(rng, C), "landline") if r < 0.9 else None)
        idv = ID(rng, p, allow15=False)
        hdr = [
            ("当事人", N(p)),
            ("性别", p.sex),
            ("民族", ETH_LABEL[p.eth]),
            ("出生日期", cdate(p.birth)),
            (
                "机动车驾驶证号"
                if ct == "drunk"
                else rng.choice(["身份证号码", "公民身份号码", "身份证件号码"]),
                idv,
            ),
            (rng.choice(["住址", "家庭住址", "现住址"]), ad),
        ]
        prose = [
            "当事人：",
            N(p),
            f"，{p.sex}，{ETH_LABEL[p.eth]}，{cdate(p.birth)}出生，",
            rng.choice(["公民身份号码", "身份证号码："]),
            idv,
            "，住",
            ad,
        ]
        if ph:
            hdr.append(("联系电话", ph))
            prose += ["，联系电话：", ph]
        prose.append("。")
        if ct == "drunk":
            plate = (gen_plate(rng, C), "license_plate")
            hdr.append(("准驾车型", rng.choice(["C1", "C2", "B2", "A2"])))
            hdr.append(("车辆号牌", plate))
        extra = rng.random()
        if extra < 0.12:
            em = (gen_email(rng), "email")
            hdr.append(("电子送达邮箱", em))
            prose += ["当事人同意电子送达，送达邮箱：", em, "。"]
        elif extra < 0.22:
            pp = (gen_passport(rng), "passport")
            hdr.append(("护照号码", pp))
            prose += ["当事人另持有普通护照（", pp, "）。"]
        elif extra < 0.30:
            pp = (gen_hk(rng), "hk_macau_permit")
            hdr.append(("往来港澳通行证号码", pp))
            prose += ["往来港澳通行证号码：", pp, "。"]
        elif extra < 0.36:
            pp = (gen_tw(rng), "tw_permit")
            hdr.append(("往来台湾通行证号码", pp))
            prose += ["大陆居民往来台湾通行证号码：", pp, "。"]
        NP = N(p)
    else:
        comp = (
            C["county"]
            + rng.choice(
                [
                    "鑫达粮贸",
                    "宏发建材",
                    "兴农农资",
                    "恒信商贸",
                    "金穗种业",
                    "瑞丰农机",
                    "佳美超市",
                    "福源食品",
                ]
            )
            + "有限公司"
        )
        legal = official(rng, C, D)
        agent = make_person(rng, C, D, 24, 55)
        pers = agent
        road = rng.choice(ROADS)
        hdr = [
            ("当事人", comp),
            ("统一社会信用代码", uscc(rng, C["code"], "91")),
            ("住所", f"{C['county']}{C['seat']}{road}{rng.randint(1, 300)}号"),
            ("法定代表人", legal),
            ("委托代理人", [N(agent), "，该公司员工"]),
            ("联系电话", MOB(rng, agent.mobile)),
        ]
        prose = [
            f"当事人：{comp}，统一社会信用代码：{hdr[1][1]}，住所：{hdr[2][1]}，法定代表人：{legal}。委托代理人：",
            N(agent),
            "，该公司员工，联系电话：",
            hdr[5][1],
            "。",
        ]
        case["comp"] = comp
        NP = None
    d1 = cdate(ev)
    surx = rng.choice(HAN_SUR)
    if ct == "drunk":
        road, road2 = rng.sample(ROADS, 2)
        paras.append(
            [
                f"{d1}{rng.randint(0, 23)}时{rng.randint(0, 59)}分，当事人",
                NP,
                "饮酒后驾驶",
                plate,
                f"号小型轿车沿{C['seat']}{road}由东向西行驶至{road2}交叉路口处时，被我大队执勤民警当场查获。"
                "经呼气式酒精含量检测，当事人属饮酒后驾驶机动车。",
            ]
        )
        paras.append(["以上事实有当事人", NP, "的陈述和申辩、呼气式酒精含量检测单、现场执法视频等证据证实。"])
        basis = "《中华人民共和国道路交通安全法》第九十一条第一款"
        result = "暂扣六个月机动车驾驶证，并处罚款人民币壹仟元（¥1000.00）"
        cname = [NP, "饮酒后驾驶机动车案"]
    elif ct == "food":
        shop = rng.choice(
            [
                f"{C['county']}{p.town}{surx}记熟食店",
                f"{C['county']}老{surx}家小吃部",
                f"{C['county']}{p.town}惠民超市",
                f"{C['county']}{surx}氏粮油经销部",
            ]
        )
        biz = f"{C['county']}{p.town}{rng.choice(ROADS)}{rng.randint(1, 300)}号"
        hdr.insert(1, ("主体名称", shop))
        hdr.insert(2, ("统一社会信用代码", uscc(rng, C["code"], "92")))
        hdr.insert(3, ("经营场所", biz))
        prose += [f"当事人系个体工商户“{shop}”（统一社会信用代码：{hdr[2][1]}）的经营者，经营场所：{biz}。"]
        goods = rng.choice(["速冻水饺", "袋装酸奶", "火腿肠", "方便面", "饮料", "糕点"])
        k = rng.randint(5, 60)
        paras.append(
            [
                f"{d1}，本局执法人员{offs[0]}、{offs[1]}（执法证号：{lic[0]}、{lic[1]}）对当事人经营的{shop}进行"
                f"监督检查，发现该店货架上摆放的{goods}共{k}袋已超过保质期。经查，上述食品系当事人",
                NP,
                f"于{ev.year}年{max(1, ev.month - 1)}月从{C['county']}某批发市场购进，货值金额{k * rng.randint(3, 9)}元，"
                "违法所得无法计算。当事人对上述事实无异议。",
            ]
        )
        paras.append(
            [
                "上述事实有现场检查笔录、",
                NP,
                "的询问笔录、当事人身份证复印件、营业执照复印件、现场照片等证据为证。",
            ]
        )
        basis = "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项"
        fine = rng.choice([5000, 8000, 10000])
        result = f"没收超过保质期的{goods}{k}袋，并处罚款人民币{fine}元"
        cname = [NP, "经营超过保质期食品案"]
    elif ct == "land":
        area = rng.randint(60, 900)
        per = rng.choice([10, 15, 20])
        paras.append(
            [
                f"经查，{ev.year - 1}年{rng.randint(3, 10)}月，当事人",
                NP,
                f"未经批准，擅自占用{p.town}{p.village}集体土地{area}平方米建设{rng.choice(['仓房', '养殖棚舍', '住宅', '彩钢房'])}。"
                f"经勘测定界，所占土地地类为{rng.choice(['旱地', '水田', '其他草地', '林地'])}，不符合{C['county']}国土空间总体规划。",
            ]
        )
        paras.append(["上述事实有", NP, "的询问笔录、现场勘测图、土地利用现状图、现场照片等证据证实。"])
        basis = "《中华人民共和国土地管理法》第七十七条第一款"
        result = f"责令十五日内退还非法占用的土地，拆除在非法占用土地上新建的建筑物，恢复土地原状，并处罚款每平方米{per}元，共计{area * per}元"
        cname = [NP, "非法占用土地案"]
    elif ct == "burn":
        paras.append(
            [
                f"{d1}{rng.randint(8, 18)}时许，本局巡查人员在{p.town}{p.village}东侧耕地巡查时发现，当事人",
                NP,
                "在其承包地内露天焚烧玉米秸秆，过火面积约",
                str(rng.randint(2, 30)),
                "亩。执法人员当即责令其停止违法行为并扑灭明火。",
            ]
        )
        paras.append(["以上事实有现场检查笔录、", NP, "的询问笔录、现场照片及视频等证据证实。"])
        basis = "《中华人民共和国大气污染防治法》第一百一十九条第一款"
        result = f"罚款人民币{rng.choice([200, 300, 500])}元"
        cname = [NP, "露天焚烧秸秆案"]
    elif ct == "fish":
        kg = rng.randint(2, 40)
        paras.append(
            [
                f"{d1}，当事人",
                NP,
                f"在{C['river']}{C['county']}段使用电鱼器具进行捕捞，被{C['county']}农业综合行政执法大队"
                f"执法人员{offs[0]}、{offs[1]}当场查获，现场扣押电鱼器具一套、渔获物{kg}公斤。",
            ]
        )
        paras.append(["当事人", NP, "对上述违法事实供认不讳。"])
        basis = "《中华人民共和国渔业法》第三十八条第一款"
        result = f"没收渔获物和电鱼器具，并处罚款人民币{rng.choice([1000, 2000, 3000])}元"
        cname = [NP, "使用禁用方法捕捞案"]
    elif ct == "fight":
        v = make_person(rng, C, D, 20, 70)
        vs = N(v) if rng.random() < 0.5 else masked_name(rng, v)
        inj = rng.choice(["轻微伤", "面部软组织挫伤", "鼻骨骨折", "左前臂软组织损伤"])
        place = rng.choice(["一饭店内", "集贸市场", "村委会门前", "自家院外"])
        paras.append(
            [
                f"{d1}{rng.randint(8, 22)}时许，当事人",
                NP,
                f"在{p.town}{place}因琐事与",
                vs,
                "发生口角，后当事人",
                NP,
                "用拳头击打",
                vs,
                "面部，致其",
                (inj, "health"),
                "。",
            ]
        )
        paras.append(
            [
                "以上事实有违法行为人",
                NP,
                "的陈述和申辩、被侵害人",
                vs,
                "的陈述、证人证言、伤情鉴定意见等证据证实。",
            ]
        )
        basis = "《中华人民共和国治安管理处罚法》第四十三条第一款"
        result = f"行政拘留{rng.choice([5, 7, 10])}日，并处罚款人民币{rng.choice([200, 300, 500])}元"
        cname = [NP, "殴打他人案"]
    else:
        goods = rng.choice(["复合肥料", "玉米种子", "电线电缆", "食用植物油"])
        cpl = make_person(rng, C, D, 25, 65)
        paras.append(
            [
                f"{d1}，本局接到投诉人{masked_name(rng, cpl)}（联系电话{mask_mobile(rng, cpl.mobile)}）投诉，"
                f"反映当事人销售的{goods}质量不合格。经抽样检验，当事人销售的{goods}不符合国家标准要求。"
                "当事人委托代理人",
                N(agent),
                "在接受询问时对上述事实予以确认。",
            ]
        )
        paras.append(
            [f"上述事实有检验报告、进货单据、委托代理人", N(agent), "的询问笔录、授权委托书等证据证实。"]
        )
        basis = "《中华人民共和国产品质量法》第四十九条"
        result = (
            f"没收违法销售的{goods}，并处违法销售产品货值金额一倍的罚款人民币{rng.randint(3, 40) * 1000}元"
        )
        cname = [case["comp"], f"销售不合格{goods}案"]
    if ct != "company" and rng.random() < 0.18:
        if rng.random() < 0.5:
            paras.append(
                [
                    "鉴于当事人系",
                    (disability(rng), "health"),
                    "，家庭生活困难，且能主动配合调查，依据《中华人民共和国行政处罚法》第三十二条之规定，依法从轻处罚。",
                ]
            )
        else:
            paras.append(
                [
                    "当事人在陈述申辩中提出其本人患有",
                    (p.dz, "health"),
                    "，家庭经济困难，请求从轻处罚。本机关经复核，予以采纳。",
                ]
            )
    tell = D - datetime.timedelta(days=rng.randint(5, 18))
    paras.append(
        [
            f"本机关于{cdate(tell)}向当事人送达了《行政处罚告知书》，告知当事人拟作出行政处罚的事实、理由、依据及依法享有的"
            "陈述、申辩"
            + ("、要求听证" if rng.random() < 0.5 else "")
            + "等权利。当事人在法定期限内未提出陈述、申辩意见。"
        ]
    )
    paras.append([f"根据{basis}之规定，本机关决定对当事人作出如下行政处罚：{result}。"])
    acct = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}{rng.randint(1000000, 9999999)}"
    bank = rng.choice(["中国农业银行", "中国工商银行", "中国建设银行"])
    paras.append(
        [
            f"当事人应当自收到本决定书之日起十五日内，将罚款缴至{C['county']}财政局非税收入专户（开户行：{bank}{C['county']}支行，"
            f"账号：{acct}）。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
        ]
    )
    paras.append(
        [
            f"如不服本处罚决定，可以在收到本决定书之日起六十日内向{C['county']}人民政府申请行政复议，也可以在六个月内直接向"
            f"{C['county']}人民法院提起行政诉讼。行政复议和行政诉讼期间，本处罚决定不停止执行。"
        ]
    )
    case.update(
        hdr=hdr,
        prose=prose,
        paras=paras,
        basis=basis,
        result=result,
        cname=cname,
        offs=offs,
        lic=lic,
        date=D,
        pers=pers,
    )
    return case


def fam_penalty_prose(rng, C, D):
    case = penalty_case(rng, C, D)
    d = Doc()
    ind = rng.choice(["　　", "    ", ""])
    d.add(" " * rng.randint(10, 24) + case["agency"] + "\n")
    d.add(" " * rng.randint(12, 26) + "行政处罚决定书" + "\n")
    d.add(" " * rng.randint(20, 40) + case["docno"] + "\n\n")
    if rng.random() < 0.5:
        for lab, v in case["hdr"]:
            d.add(f"{lab}：", v, "\n")
    else:
        d.add(ind, case["prose"], "\n")
    if case["ct"] != "drunk" and case["ct"] != "fish" and rng.random() < 0.7:
        d.add(
            ind,
            f"本机关执法人员{case['offs'][0]}、{case['offs'][1]}（执法证号：{case['lic'][0]}、{case['lic'][1]}）依法"
            "对当事人涉嫌违法一案进行了调查，现已调查终结。\n",
        )
    for p in case["paras"]:
        d.add(ind, p, "\n")
    d.add("\n" + " " * rng.randint(24, 40) + case["agency"] + "\n")
    d.add(" " * rng.randint(26, 42) + cdate(D) + "\n")
    if rng.random() < 0.4:
        d.add(
            f"（联系电话：{office_phone(rng, C)}；监督电话：{rng.choice(['12345', '12315', office_phone(rng, C)])}）\n"
        )
    return d


def fam_penalty_html(rng, C, D):
    case = penalty_case(rng, C, D)
    d = Doc()
    nb = "&nbsp;"
    orgc = uscc(rng, C["code"], "11")
    d.add(
        f"{C['county']}人民政府\n",
        rng.choice(["您当前的位置：", "当前位置："]),
        "首页 > 政务公开 > 法定主动公开内容 > 行政执法公示 > 行政处罚\n",
    )
    d.add(
        f"索引号：{orgc}/{D.year}-{rng.randint(1, 9999):05d}",
        rng.choice(["\t", "  |  ", "\n"]),
        f"发布机构：{case['agency']}\n",
    )
    d.add(
        f"生成日期：{D.isoformat()}",
        rng.choice(["\t", "\n"]),
        f"文号：{case['docno'].replace('编号：', '')}\n",
    )
    d.add(f"主题分类：行政执法\n名称：{case['agency']}行政处罚决定书（", case["cname"], "）\n")
    d.add(
        f"发布时间：{D.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        f"{nb}{nb}来源：{case['agency']}{nb}{nb}浏览次数：{rng.randint(12, 2000)}\n"
    )
    d.add("【字体：大 中 小】【打印本页】【关闭窗口】\n", nb, "\n")
    ind = rng.choice([nb * 4, nb * 2 + "　", "　　"])
    d.add(ind, "行政处罚决定书\n", ind, case["docno"], "\n")
    mode = rng.random()
    if mode < 0.5:
        for lab, v in case["hdr"]:
            sep = rng.choice(["：", "：" + nb, "：" + nb * 2])
            d.add(ind, f"{lab}{sep}", v, "\n")
    else:
        d.add(ind, case["prose"], "\n")
    for p in case["paras"]:
        d.add(ind, p, "\n")
        if rng.random() < 0.3:
            d.add(nb, "\n")
    d.add(nb * rng.randint(10, 30), case["agency"], "\n", nb * rng.randint(10, 30), cdate(D), "\n")
    if rng.random() < 0.75:
        d.add(nb, "\n", "行政处罚信息公示表\n")
        p = case["pers"]
        rows = [
            ("行政处罚决定书文号", case["docno"].replace("编号：", "")),
            ("案件名称", case["cname"]),
            (
                "处罚类别",
                {
                    "drunk": "暂扣许可证件；罚款",
                    "fight": "行政拘留；罚款",
                    "land": "责令改正；罚款",
                    "burn": "罚款",
                }.get(case["ct"], "罚款；没收非法财物"),
            ),
            ("处罚决定日期", D.strftime(rng.choice(["%Y/%m/%d", "%Y-%m-%d", "%Y年%m月%d日"]))),
            ("处罚依据", case["basis"]),
            ("处罚内容", case["result"]),
        ]
        if case["ct"] == "company":
            rows += [
                ("行政相对人名称", case["comp"]),
                ("行政相对人类别", "法人及非法人组织"),
                ("统一社会信用代码", case["hdr"][1][1]),
                ("法定代表人", case["hdr"][3][1]),
            ]
        else:
            idv = ID(rng, p, allow15=False, spaced=False) if rng.random() < 0.35 else mask_id(rng, p.id)
            rows += [
                ("行政相对人名称", N(p)),
                ("行政相对人类别", "自然人"),
                ("统一社会信用代码", ""),
                ("法定代表人", ""),
                ("证件类型", "身份证"),
                ("证件号码", idv),
            ]
        rows += [
            ("处罚机关", case["agency"]),
            ("处罚机关统一社会信用代码", orgc),
            ("数据来源单位", case["agency"]),
        ]
        for lab, v in rows:
            d.add(lab, "\n")
            if st(v):
                d.add(v, "\n")
            else:
                d.add(rng.choice(["", nb, "—"]), "\n")
    d.add(
        nb,
        "\n",
        f"主办单位：{C['county']}人民政府办公室{nb}{nb}地址：{C['county']}{C['seat']}{rng.choice(ROADS)}"
        f"{rng.randint(1, 200)}号{nb}{nb}邮编：{C['post']}\n",
    )
    d.add(f"联系电话：{office_phone(rng, C)}{nb}{nb}网站标识码：{C['code']}{rng.randint(1, 9999):04d}\n")
    d.add(
        f"{C['plate'][0]}ICP备{rng.randint(10000000, 99999999)}号-1{nb}{nb}"
        f"公网安备 {C['code']}{rng.randint(10000000, 99999999)}号\n"
    )
    return d


# --------------------------------------------------------------------------
# 公示
def fam_notice_table(rng, C, D):
    d = Doc()
    typ = rng.choice(["dibao", "linshi", "tekun", "canji"])
    town = rng.choice(C["towns"])
    y = D.year
    nmask = rng.random() < 0.2
    idfull = rng.random() < 0.25
    tname = {
        "dibao": "城乡最低生活保障新增对象",
        "linshi": "临时救助对象",
        "tekun": "特困人员救助供养对象",
        "canji": "困难残疾人生活补贴和重度残疾人护理补贴对象",
    }[typ]
    d.add(f"关于{town}{y}年第{rng.randint(1, 6)}批{tname}的公示\n\n")
    n = rng.randint(5, 16)
    d.add(
        f"　　根据《社会救助暂行办法》和《{C['prov']}最低生活保障工作规程》等有关规定，经本人申请、村（社区）入户调查、"
        f"民主评议和乡镇（街道）审核，拟将以下{n}户（人）确定为{tname}，现予以公示：\n"
    )
    sep = "\t"

    def nm(p):
        return masked_name(rng, p) if nmask else N(p)

    def idc(p):
        return ID(rng, p, spaced=False) if idfull else mask_id(rng, p.id)

    if typ == "dibao":
        hdr = ["序号", "村（社区）", "户主姓名", "身份证号", "家庭人口", "致贫原因", "拟保障金额（元/月）"]
    elif typ == "linshi":
        hdr = ["序号", "姓名", "家庭住址", "救助类别", "救助原因", "救助金额（元）"]
    elif typ == "tekun":
        hdr = ["序号", "姓名", "性别", "年龄", "所在村", "供养方式", "备注"]
    else:
        hdr = ["序号", "姓名", "性别", "身份证号", "残疾类别/等级", "补贴类型", "补贴标准（元/月）"]
    d.add(sep.join(hdr), "\n")
    for i in range(n):
        p = make_person(rng, C, D, 20 if typ != "tekun" else 60, 92, town=town)
        if typ == "dibao":
            size = rng.randint(1, 5)
            cells = [
                str(i + 1),
                p.village,
                nm(p),
                idc(p),
                str(size),
                reason_cell(rng, p=p),
                str(size * money(rng, 200, 450)),
            ]
        elif typ == "linshi":
            ad = (
                (with_prefix(rng, C, p.addr, (70, 20, 5, 5)), "address")
                if rng.random() < 0.55
                else coarse_addr(rng, C, p)
            )
            cells = [
                str(i + 1),
                nm(p),
                ad,
                rng.choice(["急难型", "支出型"]),
                linshi_reason(rng, C, D, p, nmask),
                str(money(rng, 500, 6000, 100)),
            ]
        elif typ == "tekun":
            r = rng.random()
            note = (disability(rng), "health") if r < 0.3 else ("" if r < 0.8 else "新增")
            cells = [
                str(i + 1),
                nm(p),
                p.sex,
                str(p.age),
                p.village,
                rng.choice(["分散供养", "集中供养"]),
                note,
            ]
        else:
            cells = [
                str(i + 1),
                nm(p),
                p.sex,
                idc(p),
                (disability(rng, "c"), "health"),
                rng.choice(["生活补贴", "护理补贴", "两项补贴"]),
                str(rng.choice([70, 80, 90, 100, 150])),
            ]
        for j, c in enumerate(cells):
            if j:
                d.add(sep)
            d.add(c)
        d.add("\n")
    e = D + datetime.timedelta(days=6)
    d.add(
        f"\n　　公示期为{cdate(D)}至{cdate(e)}（7天）。公示期间，如有异议，请以书面、电话等形式向{town}人民政府或"
        f"{C['county']}民政局反映。\n"
    )
    d.add(
        f"　　监督电话：{office_phone(rng, C)}（{town}民政办）　{office_phone(rng, C)}（{C['county']}民政局）"
        f"　民政服务热线：12349\n"
    )
    if rng.random() < 0.6:
        d.add(f"　　联系人：{official(rng, C, D)}　　电子邮箱：{agency_mail(rng, C)}\n")
    if rng.random() < 0.4:
        d.add(
            f"　　来信地址：{C['county']}{C['seat']}{rng.choice(ROADS)}{rng.randint(1, 200)}号{C['county']}民政局社会救助股，"
            f"邮编：{C['post']}\n"
        )
    d.add(
        "\n" + " " * rng.randint(20, 36) + f"{town}人民政府\n" + " " * rng.randint(20, 36) + cdate(D) + "\n"
    )
    return d


def resid(rng, C, p):
    """residence phrase for 'X村X组村民' — labelled when it reaches 组."""
    if rng.random() < 0.6:
        g = rng.randint(1, 12)
        a = rng.choice([f"{p.town}{p.village}{g}组", f"{p.village}{g}组"])
        return (a, "address")
    return rng.choice([p.village, p.town + p.village])


def fam_notice_prose(rng, C, D):
    d = Doc()
    nb = "&nbsp;"
    town = rng.choice(C["towns"])
    vil = rng.choice(C["villages"])
    y = D.year
    title = f"{town}{vil}{y}年第{rng.randint(1, 4)}季度低保评议结果公示"
    d.add(f"{C['county']}人民政府网\n首页 > 信息公开 > 社会救助 > 低保信息\n{title}\n")
    d.add(f"发布时间：{D.isoformat()}{nb}{nb}来源：{town}人民政府{nb}{nb}【字体：大 中 小】\n{nb}\n")
    ind = rng.choice([nb * 4, "　　", nb * 2])
    n = rng.randint(2, 6)
    d.add(
        ind,
        f"根据低保工作相关规定，经本人申请、入户调查、村民代表民主评议，现将{vil}{n}户低保申请对象的评议结果公示如下：\n",
    )
    for i in range(n):
        size = rng.randint(1, 5)
        hh = household(rng, C, D, size, 30, 88, town=town, village=vil)
        p = hh[0][1]
        num = rng.choice([f"{cnum(i + 1)}、", f"{i + 1}．", f"（{cnum(i + 1)}）"])
        seg = [
            ind,
            num,
            N(p),
            f"，{p.sex}，{p.age}岁，",
            resid(rng, C, p),
            rng.choice(["村民。", "人。", "居民。"]),
        ]
        r = rng.random()
        if r < 0.35:
            seg += ["本人患", (p.dz, "health"), "，医疗支出较大。"]
        elif r < 0.55:
            seg += ["本人系", (disability(rng), "health"), "。"]
        seg.append(f"家庭共{size}人")
        for rel, m in hh[1:]:
            seg += ["，", rel, N(m)]
            rr = rng.random()
            if rr < 0.25:
                seg += ["患", (m.dz, "health")]
            elif rr < 0.4:
                seg += ["系", (disability(rng), "health")]
            elif m.age < 23 and m.age > 6:
                seg += ["在读"]
        seg.append("。")
        votes = rng.randint(10, 25)
        ag = votes - rng.randint(0, 3)
        res = rng.choice(["拟纳入农村低保", "拟纳入城市低保", "拟不予纳入低保"])
        seg.append(f"经民主评议，应到代表{votes}人，同意{ag}人，{res}")
        if "不予" not in res:
            seg.append(f"，月保障金{size * money(rng, 200, 450)}元")
        seg.append("。\n")
        d.add(seg)
        if rng.random() < 0.3:
            d.add(nb, "\n")
    d.add(
        ind, f"公示期自{cdate(D)}起7日。对公示对象有异议的，可向{vil}村民委员会或{town}人民政府实名反映。\n"
    )
    d.add(ind, f"监督电话：{office_phone(rng, C)}{nb}{nb}县民政局：{office_phone(rng, C)}\n")
    d.add(nb * 20, f"{vil}村民委员会\n", nb * 20, cdate(D), "\n")
    d.add(nb, "\n", f"【打印本页】【关闭窗口】\n主办：{C['county']}人民政府办公室{nb}邮编：{C['post']}\n")
    return d


# --------------------------------------------------------------------------
# 申请表
APP_TITLES = [
    ("dibao", "最低生活保障申请审批表"),
    ("linshi", "临时救助申请审批表"),
    ("tekun", "特困人员救助供养申请审批表"),
    ("canji", "困难残疾人生活补贴和重度残疾人护理补贴申请审批表"),
]


def health_status(rng, force=False, p=None):
    r = rng.random()
    dz = p.dz if p is not None else rng.choice(DISEASES)
    if force or r < 0.35:
        k = rng.randrange(3)
        if k == 0:
            return (dz, "health")
        if k == 1 and not force:
            return (disability(rng), "health")
        return (f"患病（{dz}）", "health")
    return rng.choice(["健康", "健康", "良好", "无"])


def app_people(rng, C, D, typ):
    size = rng.randint(1, 5) if typ != "tekun" else 1
    hh = household(rng, C, D, size, 25 if typ != "tekun" else 60, 88)
    return hh


def app_reason(rng, C, D, hh, sick=None):
    if sick is None:
        sick = rng.random() < 0.6
    p = hh[0][1]
    seg = [f"本人{p.age}岁，"]
    if sick:
        seg += [
            rng.choice(["于", "自"]),
            str(D.year - rng.randint(0, 5)),
            "年确诊为",
            (p.dz, "health"),
            "，需长期治疗，",
        ]
    for rel, m in hh[1:]:
        if rng.random() < 0.4:
            seg += [rel, N(m), rng.choice(["患有", "患"]), (m.dz, "health"), "，"]
        elif rng.random() < 0.2:
            seg += [rel, N(m), "系", (disability(rng), "health"), "，"]
    seg.append(
        rng.choice(
            [
                "家庭收入微薄，基本生活难以维持，特申请救助。",
                "家中无稳定收入来源，生活十分困难，恳请政府给予救助。",
                "医疗费用支出较大，家庭生活陷入困境，特此申请。",
            ]
        )
    )
    return seg


def fam_apply_tab(rng, C, D):
    d = Doc()
    typ, title = rng.choice(APP_TITLES)
    hh = app_people(rng, C, D, typ)
    p = hh[0][1]
    T = "\t"
    d.add(title, "\n")
    if rng.random() < 0.5:
        d.add(f"申请编号：{C['code']}{D.year}{rng.randint(1, 99999):05d}{T}填表日期：{cdate(D)}\n")
    d.add("申请人姓名", T, N(p), T, "性别", T, p.sex, T, "民族", T, ETH_LABEL[p.eth], "\n")
    d.add("出生日期", T, f"{p.birth.year}年{p.birth.month}月", T, "身份证号码", T, ID(rng, p), "\n")
    d.add("户籍所在地", T, coarse_addr(rng, C, p), T, "现居住地址", T, ADDR(rng, C, p), "\n")
    land = (gen_landline(rng, C), "landline") if rng.random() < 0.45 else "无"
    d.add("联系电话", T, MOB(rng, p.mobile), T, "固定电话", T, land, "\n")
    if rng.random() < 0.3:
        d.add("电子邮箱", T, (gen_email(rng), "email"), "\n")
    if rng.random() < 0.25:
        kind = rng.choice(
            [
                ("护照", gen_passport, "passport"),
                ("往来港澳通行证", gen_hk, "hk_macau_permit"),
                ("往来台湾通行证", gen_tw, "tw_permit"),
            ]
        )
        d.add("其他证件", T, kind[0], T, "证件号码", T, (kind[1](rng), kind[2]), "\n")
    if typ == "canji":
        d.add(
            "残疾类别",
            T,
            (rng.choice(DIS_TYPES) + "残疾", "health"),
            T,
            "残疾等级",
            T,
            (rng.choice(GRADES), "health"),
            "\n",
        )
    card = gen_card(rng)
    bank = BANK_OF[card[:6]]
    d.add(
        "开户银行",
        T,
        f"{bank}{C['county']}支行",
        T,
        rng.choice(["银行卡号", "社保卡号", "一卡通账号"]),
        T,
        CARD(rng, card) if rng.random() < 0.85 else mask_card(rng, card),
        "\n",
    )
    d.add("家庭成员情况", "\n")
    d.add(
        T.join(["序号", "姓名", "与申请人关系", "身份证号码", "健康状况", "就业/就学情况", "月收入（元）"]),
        "\n",
    )
    sick = rng.random() < 0.6
    for i, (rel, m) in enumerate(hh):
        job = (
            "在校"
            if 6 < m.age < 23
            else ("无" if m.age >= 65 or m.age <= 6 else rng.choice(["务农", "灵活就业", "无业", "外出务工"]))
        )
        hs = (
            health_status(rng, force=True, p=m)
            if (i == 0 and sick)
            else (rng.choice(["健康", "良好"]) if i == 0 else health_status(rng, p=m))
        )
        d.add(
            str(i + 1),
            T,
            N(m),
            T,
            rel,
            T,
            ID(rng, m, spaced=False),
            T,
            hs,
            T,
            job,
            T,
            str(rng.choice([0, 0, 300, 800, 1200, 1500])),
            "\n",
        )
    for i in range(rng.randint(0, 2)):
        d.add(str(len(hh) + i + 1), T, T, T, T, T, T, "\n")
    d.add("申请理由", T, app_reason(rng, C, D, hh, sick), "\n")
    d.add("申请人签字", T, N(p), T, "日期", T, cdate(D), "\n")
    if rng.random() < 0.3:
        ag = make_person(rng, C, D, 25, 60)
        d.add(
            "代办人",
            T,
            N(ag),
            T,
            "与申请人关系",
            T,
            rng.choice(["邻居", "亲属", "侄子", "外甥"]),
            T,
            "联系电话",
            T,
            MOB(rng, ag.mobile),
            "\n",
        )
    d1 = D + datetime.timedelta(days=rng.randint(3, 10))
    d.add(
        "村（居）民委员会意见",
        T,
        "经入户调查、民主评议，情况属实，同意上报。",
        T,
        f"经办人：{official(rng, C, D)}",
        T,
        cdate(d1),
        "\n",
    )
    d2 = d1 + datetime.timedelta(days=rng.randint(5, 15))
    d.add(
        "乡镇人民政府（街道办事处）审核意见",
        T,
        "经审核，符合条件，报县民政局审批。",
        T,
        f"审核人：{official(rng, C, D)}",
        T,
        cdate(d2),
        "\n",
    )
    d.add(
        "县级民政部门审批意见",
        T,
        rng.choice(["同意。", "同意，自次月起发放。", ""]),
        T,
        f"审批人：{official(rng, C, D)}",
        T,
        cdate(d2 + datetime.timedelta(days=rng.randint(3, 20))),
        "\n",
    )
    d.add(f"注：本表一式三份。咨询电话：{office_phone(rng, C)}\n")
    return d


def break_val(rng, s, kind):
    """insert a hard line break inside a value (kept inside the span)."""
    if len(s) > 8 and rng.random() < 0.5:
        k = rng.randint(4, len(s) - 3)
        return (s[:k] + "\n" + s[k:], kind)
    return (s, kind)


def fam_apply_lines(rng, C, D):
    d = Doc()
    typ, title = rng.choice(APP_TITLES)
    hh = app_people(rng, C, D, typ)
    p = hh[0][1]
    fw = rng.random() < 0.35
    colon = rng.choice(["：", ":", "："])
    if rng.random() < 0.6:
        d.add(title, "\n\n")
        lab = lambda s: s if rng.random() < 0.6 else "　".join(s) if len(s) == 2 else s
        d.add(lab("姓名"), colon, N(p), "\n")
        d.add(lab("性别"), colon, p.sex, "\n", lab("民族"), colon, ETH_LABEL[p.eth], "\n")
        d.add(
            "出生年月",
            colon,
            f"{p.birth.year}.{p.birth.month}".translate(FW) if fw else f"{p.birth.year}.{p.birth.month}",
            "\n",
        )
        d.add("身份证号", colon, ID(rng, p, fw=fw), "\n")
        a = with_prefix(rng, C, p.addr)
        d.add("家庭住址", colon, break_val(rng, a, "address") if rng.random() < 0.4 else (a, "address"), "\n")
        d.add("联系电话", colon, MOB(rng, p.mobile, fw=fw), "\n")
        if rng.random() < 0.25:
            d.add(
                "家庭电话",
                colon,
                (gen_landline(rng, C).translate(FW) if fw else gen_landline(rng, C), "landline"),
                "\n",
            )
        if rng.random() < 0.2:
            d.add("电子邮箱", colon, (gen_email(rng), "email"), "\n")
        if rng.random() < 0.2:
            kind = rng.choice(
                [
                    ("护照号码", gen_passport, "passport"),
                    ("港澳通行证号", gen_hk, "hk_macau_permit"),
                    ("台湾通行证号", gen_tw, "tw_permit"),
                ]
            )
            d.add(kind[0], colon, (kind[1](rng), kind[2]), "\n")
        if rng.random() < 0.5:
            card = gen_card(rng)
            d.add(
                "开户行",
                colon,
                BANK_OF[card[:6]],
                "\n",
                "账号",
                colon,
                CARD(rng, card, spaced=rng.random() < 0.4),
                "\n",
            )
        if typ == "canji" or rng.random() < 0.3:
            d.add("残疾类别及等级", colon, (disability(rng), "health"), "\n")
        if len(hh) > 1:
            d.add("家庭成员", colon, "\n")
            for rel, m in hh[1:]:
                hs = health_status(rng)
                d.add(
                    N(m),
                    "（",
                    rel,
                    "），",
                    f"{m.age}岁".translate(FW) if fw else f"{m.age}岁",
                    "，",
                    hs,
                    "\n",
                )
        d.add("申请理由", colon, "\n", app_reason(rng, C, D, hh), "\n")
        d.add("\n申请人（签字）", colon, N(p), "\n", cdate(D), "\n")
    else:
        d.add(" " * rng.randint(10, 20), rng.choice(["申请书", "低保申请书", "救助申请书"]), "\n")
        d.add(f"尊敬的{p.town}人民政府：\n")
        a = with_prefix(rng, C, p.addr, (40, 40, 10, 10))
        d.add(
            "　　我叫",
            N(p),
            f"，{p.sex}，{ETH_LABEL[p.eth]}，现年{p.age}岁，身份证号",
            ID(rng, p, fw=fw),
            "，家住",
            break_val(rng, a, "address") if rng.random() < 0.3 else (a, "address"),
            "。",
        )
        d.add(f"我家共有{len(hh)}口人，")
        for rel, m in hh[1:]:
            d.add(rel, N(m), f"{m.age}岁，")
        d.add(app_reason(rng, C, D, hh), "\n")
        d.add("　　恳请各级领导审核批准为盼！\n\n")
        d.add(" " * rng.randint(20, 30), "申请人：", N(p), "\n")
        d.add(" " * rng.randint(20, 30), "联系电话：", MOB(rng, p.mobile, fw=fw), "\n")
        d.add(" " * rng.randint(20, 30), cdate(D).translate(FW) if fw else cdate(D), "\n")
    return d


# --------------------------------------------------------------------------
# minutes
def fam_minutes_village(rng, C, D):
    d = Doc()
    town = rng.choice(C["towns"])
    vil = rng.choice(C["villages"])
    host, rec = official(rng, C, D), official(rng, C, D)
    bao, sec = official(rng, C, D), official(rng, C, D)
    nrep = rng.randint(5, 14)
    reps = [make_person(rng, C, D, 35, 72, town=town, village=vil) for _ in range(nrep)]
    d.add(f"{town}{vil}村民代表会议记录\n\n")
    d.add(f"时间：{cdate(D)}{rng.choice(['上午9时', '上午8:30', '下午2时', '14:00'])}\n")
    d.add(f"地点：{vil}{rng.choice(['村委会会议室', '党群服务中心二楼会议室', '村部'])}\n")
    d.add(f"主持人：{host}（村党支部书记、村委会主任）\n记录人：{rec}（村委会委员）\n")
    tot = nrep + rng.randint(0, 4)
    d.add(f"应到村民代表{tot}人，实到{nrep}人，符合法定人数。\n")
    d.add("参会村民代表：")
    for i, r in enumerate(reps):
        if i:
            d.add(rng.choice(["、", "、", "　", " "]))
        d.add(N(r))
    d.add("\n")
    d.add(f"列席人员：{town}包村干部{bao}、驻村第一书记{sec}\n\n")
    d.add(
        "会议议题：\n一、评议低保、临时救助申请对象；\n二、"
        + rng.choice(["村内道路硬化工程有关事项", "土地流转有关事项", "人居环境整治有关事项"])
        + "。\n\n会议内容：\n"
    )
    d.add(f"　　主持人{host}宣布会议开始，传达了{C['county']}关于低保动态管理的有关要求。\n")
    d.add("　　一、评议救助申请\n")
    for k in range(rng.randint(1, 4)):
        size = rng.randint(1, 4)
        hh = household(rng, C, D, size, 30, 86, town=town, village=vil)
        a = hh[0][1]
        d.add(f"　　{rec}介绍申请人基本情况：申请人", N(a), f"，{a.age}岁，", resid(rng, C, a), "村民，")
        if rng.random() < 0.6:
            d.add(rng.choice(["患", "患有", "常年患"]), (a.dz, "health"), "，")
        d.add(f"家庭{size}口人")
        for rel, m in hh[1:]:
            d.add("，", rel, N(m))
            if rng.random() < 0.3:
                d.add(rng.choice(["系", "为"]), (disability(rng), "health"))
        d.add("，申请", rng.choice(["农村低保", "临时救助", "特困供养"]), "。\n")
        sp = rng.choice(reps)
        q = rng.choice(
            [
                ["“", N(a), "家的情况我了解，确实困难，我同意。”"],
                ["“他家房子是危房，建议优先考虑。”"],
                ["“", N(a), "家去年卖了两头牛，收入情况应当再核实一下。”"],
                ["“我是他邻居，情况属实。”"],
            ]
        )
        d.add("　　村民代表", N(sp), "发言：", q, "\n")
        ag = nrep - rng.randint(0, 2)
        ob = rng.randint(0, nrep - ag)
        d.add(f"　　表决结果：同意{ag}人，不同意{ob}人，弃权{nrep - ag - ob}人。\n")
    sur1, sur2 = rng.sample(HAN_SUR, 2)
    d.add("　　二、其他事项\n")
    d.add(
        f"　　{host}通报了{vil}{sur1}家{rng.choice(['屯', '沟', '营子', '窝堡'])}至{sur2}家店道路硬化工程进展，"
        f"工程由{C['county']}{sur1}氏建筑工程有限公司承建，总投资{rng.randint(20, 200)}万元。"
    )
    sp = rng.choice(reps)
    d.add("村民代表", N(sp), "建议施工期间注意排水。\n")
    d.add(f"　　会议于{rng.choice(['11时30分', '16时', '12时'])}结束。\n\n参会代表签字：")
    for i, r in enumerate(rng.sample(reps, len(reps))):
        d.add(rng.choice(["　", "  ", " "]) if i else "", N(r))
    d.add(f"\n记录人：{rec}\n")
    return d


def fam_minutes_pingyi(rng, C, D):
    d = Doc()
    town = rng.choice(C["towns"])
    vil = rng.choice(C["villages"])
    lead, dir_, sup, zhuli, team = (official(rng, C, D) for _ in range(5))
    nrep = rng.randint(5, 12)
    reps = [make_person(rng, C, D, 35, 72, town=town, village=vil) for _ in range(nrep)]
    d.add(f"{town}{vil}{D.year}年度低保民主评议会议记录\n\n")
    d.add(f"评议时间：{cdate(D)}\n评议地点：{vil}村委会\n")
    d.add(f"评议小组组长：{lead}（村党支部书记）\n")
    d.add(f"评议小组成员：{dir_}（村委会主任）、{sup}（村务监督委员会主任）、村民代表")
    for i, r in enumerate(reps):
        d.add("、" if i else "", N(r))
    d.add(f"、{town}民政助理员{zhuli}\n")
    d.add(f"列席：驻村工作队队员{team}\n")
    d.add(
        "评议程序：1.介绍申请家庭情况；2.申请人或代理人陈述；3.评议人员提问；4.无记名投票表决。\n\n评议对象及结果：\n"
    )
    n = rng.randint(3, 10)
    hdr = ["序号", "申请人", "家庭人口", "申请类别", "主要困难", "同意", "反对", "弃权", "评议结果"]
    rows = []
    apps = []
    for i in range(n):
        size = rng.randint(1, 5)
        hh = household(rng, C, D, size, 30, 88, town=town, village=vil)
        a = hh[0][1]
        apps.append(hh)
        ag = rng.randint(nrep // 2, nrep)
        ob = rng.randint(0, nrep - ag)
        ab = nrep - ag - ob
        a.sick = rng.random() < 0.65
        rc = (
            rng.choice([("因病", "health"), (f"因病（{a.dz}）", "health"), (a.dz, "health")])
            if a.sick
            else rng.choice(NONHEALTH)
        )
        rows.append(
            [
                str(i + 1),
                N(a),
                str(size),
                rng.choice(["低保", "特困", "低保边缘"]),
                rc,
                str(ag),
                str(ob),
                str(ab),
                "通过" if ag * 2 > nrep else "未通过",
            ]
        )
    if rng.random() < 0.5:
        d.add("\t".join(hdr), "\n")
        for r in rows:
            for j, c in enumerate(r):
                d.add("\t" if j else "", c)
            d.add("\n")
    else:
        pad = rng.random() < 0.5
        rows2 = [[r[0], N(apps[i][0][1], pad)] + r[2:] for i, r in enumerate(rows)]
        line = layout_table(d, rng, hdr, rows2, 30, rng.random() < 0.5)
        line(hdr)
        for r in rows2:
            line(r)
    d.add("\n评议情况：\n")
    for hh in rng.sample(apps, min(len(apps), rng.randint(1, 3))):
        a = hh[0][1]
        d.add("　　申请人", N(a), "陈述：", rng.choice(["本人", "我"]))
        if a.sick:
            d.add("患", (a.dz, "health"), "多年，")
        if len(hh) > 1 and rng.random() < 0.4:
            rel, m = hh[1]
            d.add(rel, N(m), "前年因", (m.dz, "health"), "住院，")
        d.add("家里没有固定收入。\n")
        r = rng.choice(reps)
        d.add(
            "　　村民代表",
            N(r),
            "提问：",
            rng.choice(["家里承包地有多少亩？", "子女是否在外务工？", "是否有机动车辆？"]),
            "\n",
        )
        if rng.random() < 0.25:
            pl = (gen_plate(rng, C), "license_plate")
            d.add("　　", N(a), "回答：家里有一辆", pl, "号三轮车，用于农用。\n")
        else:
            d.add(
                "　　",
                N(a),
                "回答：",
                rng.choice(["承包地12亩，已流转给合作社。", "儿子在外打零工，收入不稳定。", "没有。"]),
                "\n",
            )
    d.add(f"\n　　评议结果将在村务公开栏公示7天，并报{town}人民政府审核。\n\n村民代表签字：")
    for i, r in enumerate(reps):
        d.add(rng.choice(["　", " "]) if i else "", N(r))
    d.add(f"\n记录人：{dir_}　　{cdate(D)}\n")
    return d


FAMILIES = [
    ("roster_csv", fam_roster_csv),
    ("roster_layout", fam_roster_layout),
    ("penalty_prose", fam_penalty_prose),
    ("penalty_html", fam_penalty_html),
    ("notice_table", fam_notice_table),
    ("notice_prose", fam_notice_prose),
    ("apply_tab", fam_apply_tab),
    ("apply_lines", fam_apply_lines),
    ("minutes_village", fam_minutes_village),
    ("minutes_pingyi", fam_minutes_pingyi),
]


def generate(ndocs, seed):
    rng = random.Random(seed)
    out = []
    base = datetime.date(2019, 1, 1)
    for i in range(ndocs):
        fam, fn = FAMILIES[i % len(FAMILIES)]
        C = COUNTIES[rng.randrange(len(COUNTIES))]
        D = base + datetime.timedelta(days=rng.randrange(6 * 365 - 10))
        d = fn(rng, C, D)
        out.append({"type": fam, "text": d.text(), "spans": d.spans})
    return out


# --------------------------------------------------------------------------
# validation
def check_id18(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return "format"
    if s[:2] not in PROVINCES:
        return "province"
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return "birth date"
    if id_check(s[:17]) != s[17]:
        return "checksum"
    return None


def check_span(kind, t):
    raw = t
    t = re.sub(r"\s+", "", t.translate(UNFW))
    if not t:
        return "empty"
    if raw != raw.strip():
        return "leading/trailing whitespace"
    if kind == "id_card":
        return check_id18(t)
    if kind == "id_card_15":
        if not re.fullmatch(r"\d{15}", t) or t[:2] not in PROVINCES:
            return "format"
        try:
            datetime.date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
        except ValueError:
            return "birth date"
        return None
    if kind == "bank_card":
        if not re.fullmatch(r"\d{16,19}", t):
            return "format"
        if not luhn_ok(t):
            return "luhn"
        if t[:6] not in BANK_OF:
            return "issuer prefix"
        return None
    if kind == "mobile":
        return None if re.fullmatch(r"1[3-9]\d{9}", t.replace("-", "")) else "format"
    if kind == "landline":
        return None if re.fullmatch(r"(0\d{2,3}-?)?\d{7,8}", t) else "format"
    if kind == "email":
        return None if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t) else "format"
    if kind == "passport":
        return None if re.fullmatch(r"E[0-9A-HJ-NP-Z]\d{7}|[EG]\d{8}", t) else "format"
    if kind == "hk_macau_permit":
        return None if re.fullmatch(r"C[0-9A-Z]\d{7}", t) else "format"
    if kind == "tw_permit":
        return None if re.fullmatch(r"L\d{8}", t) else "format"
    if kind == "license_plate":
        return None if re.fullmatch(r"[黑吉辽冀晋蒙][A-Z]·?[0-9A-Z]{5,6}", t) else "format"
    if kind == "address":
        return (
            None
            if re.search(r"[号栋幢元室组]", t) and re.search(r"[组号室栋幢元\d]$", t)
            else "not fine-grained"
        )
    if kind == "name":
        if re.search(r"[*＊某]", t):
            return "masked name labelled"
        if not re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fff·　 ]*[\u4e00-\u9fff]", raw):
            return "non-name characters"
        return None if 2 <= len(t) <= 8 else "length"
    if kind == "health":
        return None
    return "unknown kind"


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


def check_docs(docs):
    probs = []
    for i, doc in enumerate(docs):
        text = doc["text"]
        last = -1
        for s in sorted(doc["spans"], key=lambda s: (s["start"], s["end"])):
            if s["kind"] not in KINDS:
                probs.append(f"doc {i}: unknown kind {s['kind']}")
            if not (0 <= s["start"] < s["end"] <= len(text)):
                probs.append(f"doc {i}: offsets out of range {s}")
                continue
            if s["start"] < last:
                probs.append(f"doc {i}: overlapping span {s}")
            last = max(last, s["end"])
            e = check_span(s["kind"], text[s["start"] : s["end"]])
            if e:
                probs.append(f"doc {i}: {s['kind']} {text[s['start'] : s['end']]!r}: {e}")
        # masked values that look like personal data must not be labelled; unlabelled valid ids flagged
        covered = [False] * len(text)
        for s in doc["spans"]:
            for k in range(s["start"], s["end"]):
                covered[k] = True
        for m in re.finditer(r"(?<![0-9A-Z])\d{17}[\dXx](?![0-9A-Za-z])", text):
            if not covered[m.start()] and check_id18(m.group()) is None:
                probs.append(f"doc {i}: unlabelled valid-looking id {m.group()}")
        for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", text):
            g = m.group()
            if not covered[m.start()] and g[:6] in BANK_OF and luhn_ok(g):
                probs.append(f"doc {i}: unlabelled bank card {g}")
        for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", text):
            if not covered[m.start()]:
                probs.append(f"doc {i}: unlabelled mobile {m.group()}")
    return probs


def stats(docs):
    kinds, fams, fk = {}, {}, {}
    for d in docs:
        fams[d["type"]] = fams.get(d["type"], 0) + 1
        for s in d["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
            fk.setdefault(d["type"], {}).setdefault(s["kind"], 0)
            fk[d["type"]][s["kind"]] += 1
    lines = [f"documents: {len(docs)}   spans: {sum(kinds.values())}", "per kind:"]
    for k in sorted(kinds, key=lambda k: -kinds[k]):
        lines.append(f"  {k:16s} {kinds[k]}")
    lines.append("per family (docs, spans):")
    for f, _ in FAMILIES:
        if f in fams:
            lines.append(
                f"  {f:16s} {fams[f]:4d} docs  {sum(fk.get(f, {}).values()):5d} spans  "
                + ", ".join(f"{k}={v}" for k, v in sorted(fk.get(f, {}).items()))
            )
    return "\n".join(lines)


def decisions_text():
    doc = __doc__
    a = doc.index("DECISIONS")
    b = doc.index("END DECISIONS")
    return doc[a:b].rstrip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=317)
    ap.add_argument("-o", "--output")
    ap.add_argument(
        "--check",
        nargs="?",
        const=True,
        default=False,
        help="validate the generated docs (or the given JSONL file)",
    )
    ap.add_argument(
        "--stats",
        nargs="?",
        const=True,
        default=False,
        help="print counts per kind and family (of generated docs or the given file)",
    )
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(decisions_text())
        if not (a.output or a.check or a.stats):
            return 0
    src = a.check if isinstance(a.check, str) else (a.stats if isinstance(a.stats, str) else None)
    if src:
        with open(src, encoding="utf-8") as f:
            docs = [json.loads(l) for l in f if l.strip()]
    else:
        docs = generate(a.docs, a.seed)
        if a.output:
            with open(a.output, "w", encoding="utf-8") as f:
                for d in docs:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
    rc = 0
    if a.check:
        probs = check_docs(docs)
        for p in probs:
            print(p)
        print(
            f"check: {len(docs)} documents, {sum(len(d['spans']) for d in docs)} spans, {len(probs)} problems"
        )
        rc = 1 if probs else 0
    if a.stats:
        print(stats(docs))
    if not (a.output or a.check or a.stats):
        for d in docs:
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    return rc


if __name__ == "__main__":
    sys.exit(main())
