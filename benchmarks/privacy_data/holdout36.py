#!/usr/bin/env python3
# ruff: noqa: E501, B007, B905, C408, E741, F841, RUF005, RUF034, SIM103, SIM115
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout36 -- blind, labelled evaluation set for a PII detector on Chinese
government-disclosure (政务公开) documents of county / township offices.

Usage
    python holdout36.py --docs 400 --seed 163 -o out.jsonl [--stats]
    python holdout36.py --decisions

Output: JSON Lines, one document per line:
    {"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind","start","end","text"}]}
Offsets are Python str indices; spans are sorted, non-overlapping, without edge whitespace.
Standard library only.  Document i is drawn from random.Random(f"{seed}:{i}:{attempt}");
attempt goes up only when a self-check fails.

Families (family = i mod 8, sub-kind = (i // 8) mod 3)
    0 expropriation : gongshi (征地/房屋征收补偿公示) | xieyi (补偿协议书) | anzhi (安置选房结果)
    1 petition      : shouli (受理告知书) | yijian (处理意见书 / 复查意见书) | taizhang (信访登记台账)
    2 mediation     : xieyi (人民调解协议书) | dengji (调解登记表) | sifa (司法确认申请书)
    3 medical_aid   : mingdan (医疗/大病救助审批名单) | shenqing (申请表) | fafang (发放公示)
    4 elderly       : mingdan (高龄津贴 / 殡葬补贴 发放名单) | pinggu (养老服务补贴评估表) | gongshi (公示)
    5 veterans      : caiji (信息采集表) | huamingce (优待金/抚恤金花名册) | guangrong (光荣牌悬挂名单)
    6 land          : quequan (承包经营权确权公示) | linquan (林权登记公示) | liuzhuan (流转合同)
    7 grid          : taizhang (入户走访/排查台账) | bangfu (重点人员帮扶台账) | rizhi (走访日志)

Regions (real county codes, area codes, plate prefixes, postcodes; real towns, villages partly invented)
    青海 西宁 湟中区 630106 (old 湟中县 630122)  0971 青A 811600  Han + Hui names
    青海 玉树市 632701 (old 玉树县 632721)       0976 青G 815000  Tibetan names (no surname)
    陕西 榆林 绥德县 610826                       0912 陕K 718000  Han names
    江西 赣州 于都县 360731                       0797 赣B 342300  Han (Hakka) names
    广东 梅州 五华县 441424                       0753 粤M 514400  Han (Hakka) names
    重庆 酉阳土家族苗族自治县 500242              023  渝H 409800  Tujia / Miao surnames
    吉林 延边 延吉市 222401                       0433 吉H 133000  Korean names
  Compound Han surnames (欧阳, 司马, 上官, ...) appear at a low rate everywhere.

Layouts (mixed across families): label-value forms (one or two fields a line, full-width
or ASCII colon, spaced labels 姓　　名), prose (notices, letters, agreements, logs),
tab tables, space-aligned tables, markdown pipe tables, HTML <table>, CSV, one cell per
line (Word table pasted as text), numbered lists, 、-separated name lists.
About 25% of documents are "PDF text extraction" (type ends in .pdf): prose hard-wrapped at
28-40 characters (only an address span may contain the inserted line break; every other
span moves whole to the next line), tables flattened (cells joined by spaces or one cell
per line), page numbers and running titles between rows, two-character names in tables
spaced by U+3000 (the span covers the space).

Near-misses (present, never labelled): GB 32100-valid 统一社会信用代码, 文号, 索引号, case
numbers, order / serial numbers of 16-19 digits that pass Luhn but start with no card-issuer
prefix, 地块编码, amounts, dates, birth dates, ages, postcodes, office landlines and hotlines
(12345, 12348, 0797-xxxxxxx of an office), gov.cn mailboxes, masked values (张*, 王某,
138****1234, 6228********1234, 360731********1234), officials and staff in their public role
(承办人, 调解员, 网格员, 评估员, 经办人, 村干部 signing for the committee), addresses of agencies,
companies, shops and project sites, place names containing surnames (张家砭镇, 薛家峁镇).

Self-checks per document (the document is redrawn with attempt+1 on failure)
    * text[s:e] == span text, spans sorted, non-overlapping, no edge whitespace;
    * every number kind matches its format: id_card 18 digits with GB 11643 check digit,
      real date, known region code; id_card_15 with real date and region; mobile
      1[3-9]+9 digits; bank_card 16-19 digits, Luhn, real issuer prefix; passport, permits,
      plates, landlines, e-mails by pattern; addresses end in 号/栋/单元/室/组;
    * with all labelled spans masked, no remaining substring looks like a mobile, a valid
      18-digit ID or a Luhn-valid 16-19-digit card with a real issuer prefix;
    * a labelled name never also appears unlabelled in the same text (every occurrence of
      a labelled name string must coincide exactly with a name span).

DECISIONS
 1. name: the full name of a private person named in the document (被征收人, 信访人, 当事人,
    申请人, 家庭成员, 死者, 领取人/代领人, 优抚对象, 承包方代表, 四至 neighbours "东至张三地",
    走访对象, 监护人, 紧急联系人).  Tibetan names (no surname) are labelled whole.
 2. name: NOT labelled for officials and staff acting in their public role: 承办人, 经办人,
    审核人, 调解员, 网格员, 评估员, 村(居)委会 主任 signing for the committee, 县/镇 leaders,
    judges.  Their names are never reused for a private person in the same document.
 3. name: masked names (张*, 王某, 李某某, 刘**) and forms of address (张先生, 王女士, 老李)
    are not labelled.
 4. name: the 法定代表人 / 负责人 of a company or 合作社 in a contract is a private person and is
    labelled; the company name itself is not.
 5. name in PDF text: a two-character name spaced as "张　三" is one span covering the U+3000.
 6. address: a private person's home / residence / 户籍 address or the house being
    expropriated (房屋坐落 of a named 被征收人), down to 号 / 栋 / 单元 / 室 / 组; the span
    runs from the first place-name token given (province, county, township or village,
    whichever starts the value) to the end of the 号/室/组.  A bare village, township or
    "X村X组" used only as a group heading or column "组别" is not labelled; "X村X组" given as
    someone's 住址 is labelled.
 7. address: agency, court, company, shop, project-site and 安置小区 addresses are not labelled;
    a resettlement room code ("3#楼2单元502", "5-1-602") alone is not labelled.
 8. address: in PDF text an address span may contain the inserted line break.
 9. id_card / id_card_15: full numbers only; masked ones are near-misses.  18-digit numbers
    use the county's current or former code (630122, 632721 are real pre-reform codes).
10. mobile: any full personal mobile, including a grid worker's or village cadre's own
    mobile given as a contact (a mobile is personal whatever the role).  Spaced or
    hyphenated mobiles (138 0971 2345) are one span.
11. landline: only a private household's landline.  Office numbers, 监督电话, 12345 / 12348
    hotlines are not labelled.
12. bank_card: a person's card / account number (16-19 digits, Luhn, real issuer prefix),
    with or without group spaces (span covers the spaces).  Order / serial numbers that pass
    Luhn but have no issuer prefix, 地块编码 and 林权证号 are not labelled.
13. email: personal mailboxes; gov.cn office mailboxes are not labelled.
14. passport / hk_macau_permit / tw_permit: the document number only (E12345678 / EA1234567,
    C12345678 / CA1234567 / H12345678, L12345678).
15. license_plate: a private vehicle plate, with or without the middle dot.
16. health: the disease, diagnosis, injury, disability category/grade, 伤残等级 or 失能等级
    stated for an identifiable person; the span is the condition phrase itself (e.g.
    "尿毒症", "肢体残疾二级", "因战七级", "重度失能", "左胫骨骨折").  A person-category value
    that itself names a condition is labelled too (人员类型 "精神障碍患者", "残疾人", "大病患者";
    优抚类别 "伤残军人").  Benefit categories that name no condition (低保, 特困, 因病支出型困难,
    在乡复员军人, 独居老人), ability scores, "因病致贫" and the fact of death are not labelled.
17. Dates, birth dates, ages, sexes, ethnicities, amounts, areas, postcodes, 文号, 索引号,
    case numbers, credit codes are never labelled.
18. A column header or a field label is never part of a span; a span covers only the value.
"""

import argparse
import datetime
import json
import random
import re
import sys

# --------------------------------------------------------------------------- checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [pow(3, i, 31) for i in range(17)]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_code(rng):
    if rng.random() < 0.6:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    c9 = 11 - sum(_orgval(c) * w for c, w in zip(body, ORG_W)) % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(rng, region6, prefix="91"):
    s17 = prefix + region6 + org_code(rng)
    chk = (31 - sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W)) % 31) % 31
    return s17 + CC_CHARS[chk]


def credit_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    chk = (31 - sum(CC_CHARS.index(c) * w for c, w in zip(s[:17], CC_W)) % 31) % 31
    return CC_CHARS[chk] == s[17]


# real issuer prefixes (UnionPay debit of the big banks, PSBC, rural credit, a few credit cards)
BANK_BINS = [
    ("622848", 19, "中国农业银行"),
    ("623052", 19, "中国农业银行"),
    ("622202", 19, "中国工商银行"),
    ("621226", 19, "中国工商银行"),
    ("621700", 19, "中国建设银行"),
    ("622700", 19, "中国建设银行"),
    ("621661", 19, "中国银行"),
    ("621785", 19, "中国银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("621098", 19, "中国邮政储蓄银行"),
    ("622588", 16, "招商银行"),
    ("622260", 19, "交通银行"),
    ("623668", 19, "中国建设银行"),
    ("622908", 19, "兴业银行"),
]
RURAL_BANK = {
    "huangzhong": ("青海农商银行", "623128"),
    "yushu": ("青海农商银行", "623128"),
    "suide": ("陕西信合", "621249"),
    "yudu": ("江西农商银行", "621592"),
    "wuhua": ("广东农信", "621451"),
    "youyang": ("重庆农村商业银行", "621441"),
    "yanji": ("延边农商银行", "621460"),
}


def issuer_prefix_ok(d):
    if d[0] in "3456":
        return True
    if d.startswith(("9558", "9559")):
        return True
    if 222100 <= int(d[:6]) <= 272099:
        return True
    return False


# --------------------------------------------------------------------------- regions
REGIONS = {
    "huangzhong": dict(
        prov="青海省",
        city="西宁市",
        county="湟中区",
        code="630106",
        old="630122",
        area="0971",
        lnd=7,
        plate="青A",
        post="811600",
        style="hanhui",
        abbr="湟",
        towns=[
            "鲁沙尔镇",
            "多巴镇",
            "上新庄镇",
            "田家寨镇",
            "甘河滩镇",
            "共和镇",
            "李家山镇",
            "西堡镇",
            "拦隆口镇",
            "上五庄镇",
            "海子沟乡",
            "土门关乡",
            "汉东回族乡",
            "群加藏族乡",
        ],
        villages=[
            "阳坡村",
            "康川村",
            "新村",
            "大寺沟村",
            "下马申村",
            "河滩村",
            "东村",
            "小寨村",
            "拉尕村",
            "加牙村",
            "青石坡村",
            "上营村",
        ],
        roads=["莲湖路", "金塔路", "塔尔寺路", "康川路", "昆仑路"],
        xiaoqu=["金塔苑", "莲湖小区", "康川家园", "湟源小区"],
    ),
    "yushu": dict(
        prov="青海省",
        city="玉树藏族自治州",
        county="玉树市",
        code="632701",
        old="632721",
        area="0976",
        lnd=7,
        plate="青G",
        post="815000",
        style="tibetan",
        abbr="玉",
        towns=[
            "结古街道",
            "西杭街道",
            "扎西科街道",
            "新寨街道",
            "隆宝镇",
            "下拉秀镇",
            "巴塘乡",
            "小苏莽乡",
            "上拉秀乡",
            "仲达乡",
            "安冲乡",
            "哈秀乡",
        ],
        villages=[
            "甘达村",
            "扎西大同村",
            "团结村",
            "当代村",
            "禅古村",
            "措桑村",
            "德卓村",
            "尕拉村",
            "布朗村",
            "多拉村",
        ],
        roads=["民主路", "红卫路", "胜利路", "琼龙路", "格萨尔路"],
        xiaoqu=["红卫小区", "扎西科安置小区", "新寨小区", "康巴风情街小区"],
    ),
    "suide": dict(
        prov="陕西省",
        city="榆林市",
        county="绥德县",
        code="610826",
        old="610826",
        area="0912",
        lnd=7,
        plate="陕K",
        post="718000",
        style="han_n",
        abbr="绥",
        towns=[
            "名州镇",
            "薛家峁镇",
            "崔家湾镇",
            "定仙墕镇",
            "枣林坪镇",
            "义合镇",
            "吉镇",
            "薛家河镇",
            "四十里铺镇",
            "石家湾镇",
            "田庄镇",
            "中角镇",
            "满堂川镇",
            "张家砭镇",
            "白家硷镇",
        ],
        villages=[
            "郝家沟村",
            "贺家石村",
            "王家坪村",
            "高家圪崂村",
            "辛店村",
            "马家川村",
            "韩家塌村",
            "艾家沟村",
            "延家岔村",
            "刘家湾村",
            "田家坪村",
        ],
        roads=["龙湾路", "西山路", "疏属路", "合龙山路", "永乐路"],
        xiaoqu=["龙湾小区", "名州花园", "西山苑", "滨河佳苑"],
    ),
    "yudu": dict(
        prov="江西省",
        city="赣州市",
        county="于都县",
        code="360731",
        old="360731",
        area="0797",
        lnd=7,
        plate="赣B",
        post="342300",
        style="han_s",
        abbr="于",
        towns=[
            "贡江镇",
            "铁山垅镇",
            "盘古山镇",
            "禾丰镇",
            "祁禄山镇",
            "梓山镇",
            "银坑镇",
            "岭背镇",
            "罗坳镇",
            "罗江乡",
            "小溪乡",
            "利村乡",
            "新陂乡",
            "靖石乡",
            "黄麟乡",
            "沙心乡",
            "宽田乡",
            "葛坳乡",
            "桥头乡",
            "马安乡",
            "仙下乡",
            "车溪乡",
            "段屋乡",
        ],
        villages=[
            "乌石村",
            "潭头村",
            "上欧村",
            "寒信村",
            "水头村",
            "新屋村",
            "石含村",
            "楂林村",
            "固院村",
            "坝脑村",
            "罗田村",
        ],
        roads=["长征大道", "贡江路", "中山路", "渡江大道", "环城路"],
        xiaoqu=["长征新城", "贡江花园", "锦绣江南", "赣江源小区"],
        groups=["上坪", "下屋", "塘背", "高排", "老屋场", "坑口", "岭下", "新屋下"],
    ),
    "wuhua": dict(
        prov="广东省",
        city="梅州市",
        county="五华县",
        code="441424",
        old="441424",
        area="0753",
        lnd=7,
        plate="粤M",
        post="514400",
        style="han_s",
        abbr="华",
        towns=[
            "水寨镇",
            "河东镇",
            "转水镇",
            "华城镇",
            "岐岭镇",
            "潭下镇",
            "长布镇",
            "周江镇",
            "横陂镇",
            "安流镇",
            "棉洋镇",
            "双华镇",
            "龙村镇",
            "梅林镇",
            "华阳镇",
            "郭田镇",
        ],
        villages=[
            "大田村",
            "七都村",
            "塘湖村",
            "新桥村",
            "黄埔村",
            "岐东村",
            "坪上村",
            "桥江村",
            "锡坑村",
            "高车村",
        ],
        roads=["大新路", "五华大道", "水寨大道", "华兴路", "河东路"],
        xiaoqu=["华侨新村", "琴江花园", "碧桂园", "新城小区"],
        groups=["围龙屋", "老屋", "上围", "下村", "岭背", "塘尾"],
    ),
    "youyang": dict(
        prov="重庆市",
        city="",
        county="酉阳土家族苗族自治县",
        code="500242",
        old="500242",
        area="023",
        lnd=8,
        plate="渝H",
        post="409800",
        style="tujia",
        abbr="酉",
        towns=[
            "钟多街道",
            "桃花源街道",
            "龙潭镇",
            "麻旺镇",
            "酉酬镇",
            "大溪镇",
            "兴隆镇",
            "黑水镇",
            "丁市镇",
            "龚滩镇",
            "李溪镇",
            "泔溪镇",
            "酉水河镇",
            "苍岭镇",
            "小河镇",
            "板溪镇",
            "涂市镇",
            "铜鼓镇",
            "可大乡",
            "偏柏乡",
            "五福镇",
            "腴地乡",
            "板桥乡",
            "清泉乡",
        ],
        villages=[
            "河湾村",
            "花田村",
            "马鹿村",
            "长潭村",
            "后溪村",
            "官清村",
            "桃坡村",
            "车田村",
            "石堤村",
            "红溪村",
        ],
        roads=["桃花源大道", "钟灵路", "民族路", "和平路", "酉州大道"],
        xiaoqu=["桃花源小区", "民族新村", "钟多小区", "金银山小区"],
    ),
    "yanji": dict(
        prov="吉林省",
        city="延边朝鲜族自治州",
        county="延吉市",
        code="222401",
        old="222401",
        area="0433",
        lnd=7,
        plate="吉H",
        post="133000",
        style="korean",
        abbr="延",
        towns=[
            "进学街道",
            "北山街道",
            "新兴街道",
            "公园街道",
            "建工街道",
            "河南街道",
            "依兰镇",
            "三道湾镇",
            "朝阳川镇",
            "小营镇",
        ],
        villages=["春兴村", "太兴村", "新丰村", "东光村", "柳洞村", "合成村", "八道村", "三峰村"],
        roads=["光明街", "局子街", "人民路", "友谊路", "天池路", "新兴街", "长白山西路"],
        xiaoqu=["阳光小区", "长白山小区", "友谊花园", "天池小区", "新兴花园"],
    ),
}
REGION_KEYS = ["huangzhong", "yushu", "suide", "yudu", "wuhua", "youyang", "yanji"]
KNOWN_CODES = {REGIONS[k]["code"] for k in REGIONS} | {REGIONS[k]["old"] for k in REGIONS}
NUMCN = "一二三四五六七八九十"

# --------------------------------------------------------------------------- names
HAN_SUR_N = list("王李张刘杨高贺郝马白薛霍冯刘李张王郭崔党惠曹任")
HAN_SUR_S = list("钟刘谢肖邱管曾黄李张古魏温陈朱罗赖廖钟刘曾李彭缪")
HUI_SUR = list("马马马韩冶喇沙杨祁")
TUJIA_SUR = list("冉田彭向杨白石何龚黄陈李冉田向")
KOR_SUR = list("金金金李李朴崔郑姜韩申俞玄全南许张")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "令狐", "慕容", "皇甫", "公孙", "夏侯", "尉迟"]
GIVEN_M = [
    "建国",
    "国华",
    "志强",
    "有才",
    "福生",
    "春生",
    "永红",
    "振华",
    "海军",
    "文斌",
    "明亮",
    "金山",
    "德胜",
    "兴旺",
    "家福",
    "长林",
    "宏伟",
    "占山",
    "世荣",
    "宝成",
    "新民",
    "红军",
    "小平",
    "晓东",
    "俊杰",
    "子豪",
    "浩然",
    "宇航",
    "伟",
    "强",
    "军",
    "勇",
    "斌",
    "磊",
    "涛",
    "鹏",
    "光明",
    "秋生",
    "全福",
    "正发",
    "海龙",
    "有福",
    "学文",
    "思源",
    "承志",
    "祥林",
    "冬生",
    "水生",
    "发财",
    "运来",
]
GIVEN_F = [
    "桂英",
    "秀兰",
    "玉兰",
    "金花",
    "凤英",
    "春梅",
    "翠华",
    "丽娟",
    "秀芳",
    "小红",
    "海燕",
    "美玲",
    "淑珍",
    "冬梅",
    "彩霞",
    "桂香",
    "玉梅",
    "月娥",
    "红霞",
    "晓燕",
    "梓涵",
    "雨欣",
    "芳",
    "娟",
    "霞",
    "艳",
    "莉",
    "静",
    "秀英",
    "凤兰",
    "招娣",
    "满妹",
    "巧云",
    "腊梅",
    "桂珍",
    "素珍",
    "香莲",
]
HUI_GIVEN_M = ["有福", "海龙", "尕娃", "成林", "文俊", "哈三", "尕西木", "德录", "伊布拉", "存良"]
HUI_GIVEN_F = ["秀兰", "麦燕", "阿西耶", "玉梅", "法图麦", "尕藏花", "海燕", "梅花"]
TIB = [
    "才仁",
    "扎西",
    "尼玛",
    "多杰",
    "卓玛",
    "拉毛",
    "索南",
    "求培",
    "公保",
    "文措",
    "仁青",
    "江永",
    "巴桑",
    "白玛",
    "达哇",
    "德吉",
    "旦增",
    "更尕",
    "尕松",
    "昂文",
    "格来",
    "吉美",
    "益西",
    "东周",
    "曲珍",
    "永忠",
    "松保",
    "布琼",
    "尕玛",
    "俄色",
    "闹布",
    "然吉",
]
KOR_M = [
    "哲洙",
    "成浩",
    "光哲",
    "永哲",
    "东日",
    "明哲",
    "成哲",
    "龙洙",
    "昌浩",
    "正浩",
    "万植",
    "英男",
    "京日",
    "世勋",
    "承范",
    "泰俊",
]
KOR_F = [
    "英玉",
    "顺姬",
    "美兰",
    "明淑",
    "贤秀",
    "银实",
    "顺子",
    "英爱",
    "春花",
    "美玉",
    "贞淑",
    "香兰",
    "玉善",
    "福顺",
    "花子",
    "金顺",
]


def gen_name(rng, style, sex):
    if style == "tibetan":
        a = rng.choice(TIB)
        if rng.random() < 0.25:
            return a
        b = rng.choice(TIB)
        while b == a:
            b = rng.choice(TIB)
        return a + b
    if style == "korean":
        return rng.choice(KOR_SUR) + rng.choice(KOR_M if sex == "男" else KOR_F)
    if style == "hanhui" and rng.random() < 0.35:
        return rng.choice(HUI_SUR) + rng.choice(HUI_GIVEN_M if sex == "男" else HUI_GIVEN_F)
    if rng.random() < 0.03:
        sur = rng.choice(COMPOUND)
    elif style == "tujia":
        sur = rng.choice(TUJIA_SUR)
    elif style == "han_s":
        sur = rng.choice(HAN_SUR_S)
    else:
        sur = rng.choice(HAN_SUR_N)
    given = rng.choice(GIVEN_M if sex == "男" else GIVEN_F)
    if style == "tujia" and rng.random() < 0.3:
        given = rng.choice("光茂昌正秀再祖") + given[-1]
    return sur + given


def surname_of(name):
    return name[:2] if name[:2] in COMPOUND else name[0]


def mask_name(style, name):
    return surname_of(name) + style


# --------------------------------------------------------------------------- segments
def S(text):
    return [(text, None)]


def P(kind, text):
    return [(text, kind)]


def cat(*parts):
    out = []
    for x in parts:
        if x is None:
            continue
        if isinstance(x, str):
            if x:
                out.append((x, None))
        elif isinstance(x, tuple):
            out.append(x)
        else:
            out.extend(cat(*x))
    return out


MOBILE_PRE = [
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
    "198",
    "199",
]
HEALTH_DIS = [
    "尿毒症",
    "慢性肾功能衰竭",
    "肺癌",
    "胃癌",
    "肝癌",
    "乳腺癌",
    "宫颈癌",
    "白血病",
    "脑梗死",
    "脑出血后遗症",
    "冠心病",
    "肝硬化",
    "系统性红斑狼疮",
    "再生障碍性贫血",
    "精神分裂症",
    "双相情感障碍",
    "耐多药肺结核",
    "先天性心脏病",
    "慢性阻塞性肺疾病",
    "2型糖尿病",
    "帕金森病",
    "食管癌",
    "结肠癌",
    "重症肌无力",
    "股骨颈骨折",
    "强直性脊柱炎",
]
HEALTH_REG = {
    "huangzhong": ["包虫病"],
    "yushu": ["包虫病", "大骨节病"],
    "wuhua": ["鼻咽癌"],
    "yudu": ["鼻咽癌"],
    "suide": ["尘肺病"],
    "youyang": [],
    "yanji": [],
}
DISAB = [
    "肢体残疾{}级",
    "视力残疾{}级",
    "听力残疾{}级",
    "智力残疾{}级",
    "精神残疾{}级",
    "言语残疾{}级",
    "多重残疾{}级",
]


class Doc:
    def __init__(self, rng, rkey, pdf):
        self.rng = rng
        self.rk = rkey
        self.R = REGIONS[rkey]
        self.pdf = pdf
        self.blocks = []
        self.names = set()
        self.title = ""
        self.year = rng.choice([2021, 2022, 2023, 2024])
        self.mask_id = rng.random() < 0.2
        self.mask_phone = rng.random() < 0.15
        self.mask_bank = rng.random() < 0.12
        self.mask_name = rng.random() < 0.06
        self.mask_style = rng.choice(["*", "**", "某", "某某", "×"])

    # ---- blocks
    def h(self, *parts):
        self.blocks.append(("h", cat(*parts)))

    def p(self, *parts):
        self.blocks.append(("p", cat(*parts)))

    def t(self, *parts):
        self.blocks.append(("t", cat(*parts)))

    def b(self):
        self.blocks.append(("b", []))

    # ---- generators
    def name(self, sex=None, style=None):
        rng = self.rng
        sex = sex or rng.choice("男女")
        for _ in range(50):
            n = gen_name(rng, style or self.R["style"], sex)
            if n in self.names or any(n in o or o in n for o in self.names):
                continue
            self.names.add(n)
            return n
        raise RuntimeError("names")

    def kin(self, p, sex=None):
        """a relative sharing p's surname (Tibetan names: any name)."""
        rng = self.rng
        sex = sex or rng.choice("男女")
        if self.R["style"] == "tibetan":
            return self.name(sex)
        sur = surname_of(p["name"] if isinstance(p, dict) else p)
        for _ in range(50):
            if self.R["style"] == "korean":
                g = rng.choice(KOR_M if sex == "男" else KOR_F)
            elif sur in HUI_SUR and rng.random() < 0.5:
                g = rng.choice(HUI_GIVEN_M if sex == "男" else HUI_GIVEN_F)
            else:
                g = rng.choice(GIVEN_M if sex == "男" else GIVEN_F)
            n = sur + g
            if n in self.names or any(n in o or o in n for o in self.names):
                continue
            self.names.add(n)
            return n
        raise RuntimeError("names")

    def ethnic(self):
        return self.rng.choice(
            {  # type: ignore[call-overload]
                "tibetan": ["藏族", "藏族", "藏族", "汉族"],
                "korean": ["朝鲜族", "朝鲜族", "汉族"],
                "tujia": ["土家族", "土家族", "苗族", "汉族"],
                "hanhui": ["汉族", "汉族", "回族", "藏族"],
            }.get(self.R["style"], ["汉族"])
        )

    def staff(self):
        return self.name(
            style="han_n" if self.R["style"] in ("tibetan", "korean") and self.rng.random() < 0.4 else None
        )

    def date(self, y0=None, y1=None):
        rng = self.rng
        y = rng.randint(y0, y1) if y0 else self.year
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        return datetime.date(y, m, d)

    def dstr(self, d, style=None):
        style = style or self.rng.choice(["cn", "cn", "dash", "dot"])
        if style == "cn":
            return f"{d.year}年{d.month}月{d.day}日"
        if style == "dash":
            return d.strftime("%Y-%m-%d")
        if style == "slash":
            return f"{d.year}/{d.month}/{d.day}"
        return d.strftime("%Y.%m.%d")

    def town(self):
        return self.rng.choice(self.R["towns"])

    def village(self):
        return self.rng.choice(self.R["villages"])

    def person(self, sex=None, age=None, y0=1940, y1=1998):
        rng = self.rng
        sex = sex or rng.choice("男女")
        p = {"sex": sex, "name": self.name(sex)}
        if age is not None:
            by = self.year - age
            born = datetime.date(by, rng.randint(1, 12), rng.randint(1, 28))
        else:
            born = self.date(y0, y1)
        p["born"] = born
        p["age"] = self.year - born.year
        code = self.R["old"] if (born.year < 1990 and rng.random() < 0.35) else self.R["code"]
        seq = rng.randint(0, 99) * 10 + (
            rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8])
        )
        s17 = code + born.strftime("%Y%m%d") + f"{seq:03d}"  # type: ignore[operator]
        p["id"] = s17 + id_check(s17)
        p["id15"] = self.R["old"] + born.strftime("%y%m%d") + f"{seq:03d}"  # type: ignore[operator]
        p["mobile"] = rng.choice(MOBILE_PRE) + "".join(rng.choice("0123456789") for _ in range(8))
        p["addr"] = self.addr()
        p["town"] = self.addr_town
        return p

    def addr(self, rural=None, full=None):
        rng = self.rng
        R = self.R
        town = self.town()
        self.addr_town = town
        if rural is None:
            rural = not (town.endswith("街道") and rng.random() < 0.8) and rng.random() < 0.8
        pre = ""
        full = rng.random() < 0.5 if full is None else full
        if full:
            pre = rng.choice(
                [R["county"], R["county"], R["prov"] + (R["city"] if R["city"] else "") + R["county"]]  # type: ignore[operator]
            )
        if rural:
            v = self.village()
            if "groups" in R and rng.random() < 0.5:
                g = rng.choice(R["groups"]) + "组"
            else:
                g = (NUMCN[rng.randint(0, 8)] if rng.random() < 0.5 else str(rng.randint(1, 12))) + "组"
            tail = f"{rng.randint(1, 99)}号" if rng.random() < 0.5 else ""
            s = pre + town + v + g + tail
        else:
            road = rng.choice(R["roads"])
            r = rng.random()
            if r < 0.4:
                s = pre + town + road + f"{rng.randint(1, 400)}号"
            else:
                xq = rng.choice(R["xiaoqu"])
                bld = rng.choice(
                    [f"{rng.randint(1, 24)}栋", f"{rng.randint(1, 24)}号楼", f"{rng.randint(1, 12)}幢"]
                )
                s = (
                    pre
                    + town
                    + road
                    + f"{rng.randint(1, 400)}号"
                    + xq
                    + bld
                    + f"{rng.randint(1, 4)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室"
                )
                if rng.random() < 0.3:
                    s = (
                        pre
                        + town
                        + xq
                        + bld
                        + f"{rng.randint(1, 4)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室"
                    )
        return s

    def health(self, disab=0.3):
        rng = self.rng
        if rng.random() < disab:
            return rng.choice(DISAB).format(rng.choice("一二三四"))
        pool = HEALTH_DIS + HEALTH_REG[self.rk] * 3
        return rng.choice(pool)

    def bank(self):
        rng = self.rng
        if rng.random() < 0.35:
            bank_name, pre = RURAL_BANK[self.rk]
            ln = 19
        else:
            pre, ln, bank_name = rng.choice(BANK_BINS)
        body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
        return luhn_complete(body), bank_name

    def landline(self, office=False):
        rng = self.rng
        R = self.R
        first = rng.choice("2345678")
        num = first + "".join(rng.choice("0123456789") for _ in range(R["lnd"] - 1))  # type: ignore[operator]
        st = rng.random()
        if st < 0.7:
            return f"{R['area']}-{num}"
        if st < 0.85:
            return f"（{R['area']}）{num}"
        return R["area"] + num

    def plate(self):
        rng = self.rng
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if rng.random() < 0.15:
            tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(
                rng.choice(L) if rng.random() < 0.25 else rng.choice("0123456789") for _ in range(5)
            )
        return self.R["plate"] + (rng.choice(["·", ""]) if rng.random() < 0.4 else "") + tail  # type: ignore[operator]

    def email(self):
        rng = self.rng
        if rng.random() < 0.5:
            return str(rng.randint(10000000, 3999999999)) + "@qq.com"
        h = rng.choice(["xiaoyu", "lhy", "zq", "dongri", "tashi", "hf", "ws", "yd", "wanghx", "cheng"])
        return (
            h
            + str(rng.randint(1960, 2005) if rng.random() < 0.6 else rng.randint(1, 999))
            + rng.choice(["@163.com", "@126.com", "@sina.com", "@qq.com", "@hotmail.com"])
        )

    def passport(self):
        rng = self.rng
        if rng.random() < 0.5:
            return "E" + "".join(rng.choice("0123456789") for _ in range(8))
        return "E" + rng.choice("ABCDEFGH") + "".join(rng.choice("0123456789") for _ in range(7))

    def hkpermit(self):
        rng = self.rng
        if rng.random() < 0.2:
            return "H" + "".join(rng.choice("0123456789") for _ in range(8))
        if rng.random() < 0.5:
            return "C" + "".join(rng.choice("0123456789") for _ in range(8))
        return "C" + rng.choice("ABCDEFGH") + "".join(rng.choice("0123456789") for _ in range(7))

    def twpermit(self):
        return "L" + "".join(self.rng.choice("0123456789") for _ in range(8))

    def order_no(self):
        """16-19 digit Luhn-valid serial number with no card-issuer prefix (near-miss)."""
        rng = self.rng
        ln = rng.randint(16, 19)
        pre = rng.choice(["20" + str(self.year)[2:], "10", "7", "8", "0"])
        body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
        return luhn_complete(body)

    def credit(self, prefix="91"):
        return credit_code(self.rng, self.R["code"], prefix)

    def office_tel(self):
        return self.landline(office=True)

    def gov_mail(self):
        dom = {
            "huangzhong": "huangzhong.gov.cn",
            "yushu": "yushushi.gov.cn",
            "suide": "sxsd.gov.cn",
            "yudu": "yudu.gov.cn",
            "wuhua": "wuhua.gov.cn",
            "youyang": "youyang.gov.cn",
            "yanji": "yanji.gov.cn",
        }[self.rk]
        return self.rng.choice(["xfj", "mzj", "sfj", "tyjrj", "ybj", "zfb", "zwgk", "nyncj"]) + "@" + dom

    def doc_no(self, code):
        return f"{self.R['abbr']}{code}〔{self.year}〕{self.rng.randint(1, 160)}号"

    def index_no(self):
        return credit_code(self.rng, self.R["code"], "11") + f"/{self.year}-{self.rng.randint(1, 3000):05d}"

    # ---- value renderers (respecting per-document masking)
    def N(self, p_or_name):
        n = p_or_name["name"] if isinstance(p_or_name, dict) else p_or_name
        if self.mask_name:
            return S(mask_name(self.mask_style, n))
        return P("name", n)

    def ID(self, p, allow15=False):
        if allow15 and p["born"].year < 1960 and self.rng.random() < 0.3:
            if self.mask_id:
                return S(p["id15"][:6] + "******" + p["id15"][-3:])
            return P("id_card_15", p["id15"])
        i = p["id"]
        if self.mask_id:
            k = self.rng.choice([(6, 4), (3, 4), (2, 3), (10, 4)])
            return S(i[: k[0]] + "*" * (18 - k[0] - k[1]) + i[-k[1] :])
        return P("id_card", i)

    def MOB(self, p_or_num):
        m = p_or_num["mobile"] if isinstance(p_or_num, dict) else p_or_num
        if self.mask_phone:
            return S(m[:3] + "****" + m[-4:])
        r = self.rng.random()
        if r < 0.06:
            m = f"{m[:3]} {m[3:7]} {m[7:]}"
        elif r < 0.1:
            m = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        return P("mobile", m)

    def BANK(self, num):
        if self.mask_bank:
            return S(num[:4] + "*" * (len(num) - 8) + num[-4:])
        if self.rng.random() < 0.1:
            return P("bank_card", " ".join(num[i : i + 4] for i in range(0, len(num), 4)))
        return P("bank_card", num)

    def ADDR(self, a):
        return P("address", a)

    def H(self, h):
        return P("health", h)


# --------------------------------------------------------------------------- layouts
def cell(x):
    if isinstance(x, str):
        return S(x) if x else []
    return cat(x)


def seg_text(segs):
    return "".join(t for t, _ in segs)


def dwidth(s):
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


TABLE_STYLES = ["tab", "space", "md", "html", "csv", "cellline", "numbered"]


def render_table(doc, header, rows, style=None, numbered_sep=None):
    """header: list[str]; rows: list[list[cell]].  Emits 't' blocks."""
    rng = doc.rng
    if doc.pdf:
        style = rng.choice(["flat", "flat", "cellline"])
    style = style or rng.choice(TABLE_STYLES)
    rows = [[cell(c) for c in r] for r in rows]
    if style == "tab":
        doc.t("\t".join(header))
        for r in rows:
            parts = []
            for j, c in enumerate(r):
                if j:
                    parts.append("\t")
                parts.append(c)
            doc.t(parts)
    elif style == "space":
        widths = [dwidth(h) for h in header]
        for r in rows:
            for j, c in enumerate(r):
                widths[j] = max(widths[j], dwidth(seg_text(c)))
        pad = rng.choice([2, 3, 4])

        def line(cells):
            parts = []
            for j, c in enumerate(cells):
                parts.append(c)
                if j < len(cells) - 1:
                    parts.append(" " * (widths[j] - dwidth(seg_text(c)) + pad))
            return parts

        doc.t(line([S(h) for h in header]))
        for r in rows:
            doc.t(line(r))
    elif style == "md":
        doc.t("| " + " | ".join(header) + " |")
        doc.t("|" + "|".join(["---"] * len(header)) + "|")
        for r in rows:
            parts = ["| "]
            for j, c in enumerate(r):
                if j:
                    parts.append(" | ")
                parts.append(c)
            parts.append(" |")
            doc.t(parts)
    elif style == "html":
        doc.t(rng.choice(['<table border="1" cellspacing="0">', "<table>", '<table class="MsoNormalTable">']))
        doc.t("<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>")
        for r in rows:
            parts = ["<tr>"]
            for c in r:
                parts += ["<td>", c, "</td>"]
            parts.append("</tr>")
            doc.t(parts)
        doc.t("</table>")
    elif style == "csv":
        doc.t(",".join(header))
        for r in rows:
            parts = []
            for j, c in enumerate(r):
                if j:
                    parts.append(",")
                txt = seg_text(c)
                if "," in txt or '"' in txt:
                    parts += ['"', c, '"']
                else:
                    parts.append(c)
            doc.t(parts)
    elif style == "cellline":
        for h in header:
            doc.t(h)
        for r in rows:
            for c in r:
                doc.t(c if c else S(" ") if False else c)
    elif style == "flat":
        doc.t(" ".join(header))
        for r in rows:
            parts = []
            for j, c in enumerate(r):
                if j:
                    parts.append(" ")
                parts.append(c)
            doc.t(parts)
    else:  # numbered
        sep = numbered_sep or rng.choice(["、", ".", "．", "）"])
        start = 1 if header[0] not in ("序号", "编号", "顺序号") else 1
        skip_first = header[0] in ("序号", "编号", "顺序号")
        for i, r in enumerate(rows):
            parts = [f"{i + 1}{sep}"]
            items = list(zip(header, r))[1 if skip_first else 0 :]
            for j, (h, c) in enumerate(items):
                if j:
                    parts.append(rng.choice(["，", "；", "，"]) if j > 0 else "")
                parts += [h, "：", c]
            parts.append("。")
            doc.t(parts)


FORM_STYLES = ["kv1", "kv2", "kvsp", "cellline", "md", "html"]


def spaced_label(lab):
    if len(lab) == 2:
        return lab[0] + "\u3000\u3000" + lab[1]
    if len(lab) == 3:
        return lab[0] + "\u3000" + lab[1] + "\u3000" + lab[2]
    return lab


def render_form(doc, fields, style=None):
    """fields: list of (label, cell)."""
    rng = doc.rng
    if doc.pdf:
        style = rng.choice(["kv1", "kv2", "flat"])
    style = style or rng.choice(FORM_STYLES)
    colon = rng.choice(["：", "：", ": ", ":"])
    fields = [(l, cell(v)) for l, v in fields]
    if style in ("kv1", "kvsp"):
        for l, v in fields:
            lab = spaced_label(l) if style == "kvsp" else l
            doc.t(lab, colon, v)
    elif style == "kv2":
        gap = rng.choice(["\u3000\u3000", "    ", "\t", "  "])
        i = 0
        while i < len(fields):
            l, v = fields[i]
            long_ = len(seg_text(v)) > 14
            if long_ or i + 1 >= len(fields) or len(seg_text(fields[i + 1][1])) > 14:
                doc.t(l, colon, v)
                i += 1
            else:
                l2, v2 = fields[i + 1]
                doc.t(l, colon, v, gap, l2, colon, v2)
                i += 2
    elif style == "cellline":
        for l, v in fields:
            doc.t(l)
            if v:
                doc.t(v)
    elif style == "flat":
        i = 0
        while i < len(fields):
            chunk = fields[i : i + rng.choice([2, 3])]
            parts = []
            for j, (l, v) in enumerate(chunk):
                if j:
                    parts.append(" ")
                parts += [l, " ", v]
            doc.t(parts)
            i += len(chunk)
    elif style == "md":
        doc.t("| 项目 | 内容 |")
        doc.t("|---|---|")
        for l, v in fields:
            doc.t("| ", l, " | ", v, " |")
    else:
        doc.t("<table>")
        for l, v in fields:
            doc.t("<tr><td>", l, "</td><td>", v, "</td></tr>")
        doc.t("</table>")


def name_list(doc, names, sep="、"):
    parts = []
    for j, n in enumerate(names):
        if j:
            parts.append(sep)
        parts.append(n)
    return parts


# --------------------------------------------------------------------------- assembly / PDF
def wrap_segs(segs, width, first_indent=0):
    """Hard-wrap a segment list. Returns a flat segment list with '\n' inserted."""
    out = []
    cur = first_indent
    for text, kind in segs:
        if kind is None or kind == "address":
            buf = ""
            for k, ch in enumerate(text):
                if cur >= width:
                    if kind is None or k > 0:
                        buf += "\n"
                    else:
                        if buf:
                            out.append((buf, kind))
                        out.append(("\n", None))
                        buf = ""
                    cur = 0
                buf += ch
                cur += 1
            if buf:
                out.append((buf, kind))
        else:
            if cur > 0 and cur + len(text) > width:
                out.append(("\n", None))
                cur = 0
            out.append((text, kind))
            cur += len(text)
    return out


def assemble(doc):
    rng = doc.rng
    segs = []
    if not doc.pdf:
        for i, (tag, bs) in enumerate(doc.blocks):
            if i:
                segs.append(("\n", None))
            segs.extend(bs)
        return segs
    width = rng.randint(28, 40)
    page_len = rng.randint(18, 32)
    space_names = rng.random() < 0.6
    running = doc.title if rng.random() < 0.6 else ""
    page_fmt = rng.choice(["- {} -", "— {} —", "第 {} 页", "{}", "第{}页 共{}页"])
    total = rng.randint(2, 6)
    page = 1
    lines_on_page = 0
    first = True
    for tag, bs in doc.blocks:
        if tag == "b":
            continue
        if tag == "t" and space_names:
            bs = [((t[0] + "\u3000" + t[1]) if k == "name" and len(t) == 2 else t, k) for t, k in bs]
        indent = 0
        if tag == "p" and rng.random() < 0.5:
            bs = [("\u3000\u3000", None)] + bs
        w = wrap_segs(bs, width, indent) if tag == "p" else bs
        nlines = 1 + sum(t.count("\n") for t, _ in w)
        if lines_on_page + nlines > page_len and not first and tag != "h":
            pg = page_fmt.format(page, max(total, page))
            segs.append(("\n" + pg, None))
            page += 1
            if running:
                segs.append(("\n" + running, None))
            lines_on_page = 0
        if not first:
            segs.append(("\n", None))
        segs.extend(w)
        lines_on_page += nlines
        first = False
    segs.append(("\n" + page_fmt.format(page, max(total, page)), None))
    return segs


def build_record(doc, dtype):
    segs = assemble(doc)
    text = ""
    spans = []
    for t, k in segs:
        if k is not None and t:
            spans.append({"kind": k, "start": len(text), "end": len(text) + len(t), "text": t})
        text += t
    return {"type": dtype, "text": text, "spans": spans}


# --------------------------------------------------------------------------- self-checks
def _date_ok(s):
    try:
        d = datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return False
    return 1900 <= d.year <= 2024


def id18_ok(s, need_region=True):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if id_check(s[:17]) != s[17] or not _date_ok(s[6:14]):
        return False
    return (s[:6] in KNOWN_CODES) if need_region else True


KIND_RE = {
    "mobile": r"1[3-9]\d( ?\d{4} ?\d{4}|-\d{4}-\d{4}|\d{8})",
    "landline": r"(0\d{2,3}-|（0\d{2,3}）|0\d{2,3})[2-8]\d{6,7}",
    "email": r"[A-Za-z0-9._]+@[a-z0-9]+\.(com|cn|net)",
    "passport": r"E(\d{8}|[A-H]\d{7})",
    "hk_macau_permit": r"(C\d{8}|C[A-H]\d{7}|H\d{8})",
    "tw_permit": r"L\d{8}",
    "license_plate": r"[青陕赣粤渝吉][A-Z]·?[A-Z0-9]{5,6}",
    "address": r"[^\s].*(号|栋|单元|室|组)",
    "name": r"[\u4e00-\u9fff]{1,2}\u3000?[\u4e00-\u9fff]{1,3}",
    "health": r"\S.*\S|\S",
}


def check_span(kind, t):
    if kind == "id_card":
        return id18_ok(t)
    if kind == "id_card_15":
        return bool(re.fullmatch(r"\d{15}", t)) and t[:6] in KNOWN_CODES and _date_ok("19" + t[6:12])
    if kind == "bank_card":
        d = t.replace(" ", "")
        return bool(re.fullmatch(r"\d{16,19}", d)) and luhn_ok(d) and issuer_prefix_ok(d)
    if kind == "email" and ".gov.cn" in t:
        return False
    rx = KIND_RE.get(kind)
    if rx is None:
        return False
    return re.fullmatch(rx, t, flags=re.S) is not None


def self_check(rec):
    text, spans = rec["text"], rec["spans"]
    last = 0
    for sp in spans:
        s, e, t = sp["start"], sp["end"], sp["text"]
        if s < last or e <= s or text[s:e] != t:
            return "span invariant"
        if t != t.strip():
            return "edge whitespace"
        if "\n" in t and sp["kind"] != "address":
            return "newline in non-address"
        if not check_span(sp["kind"], t):
            return f"bad {sp['kind']}: {t!r}"
        last = e
    masked = list(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            masked[k] = "#"
    m = "".join(masked)
    if re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", m):
        return "unlabelled mobile " + re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", m).group()  # type: ignore[union-attr]
    for mo in re.finditer(r"\d[\dXx]*", m):
        run = mo.group().upper()
        if len(run) == 18 and id18_ok(run, need_region=False):
            return "unlabelled id " + run
        if len(run) > 18:
            for k in range(len(run) - 17):
                if id18_ok(run[k : k + 18]):
                    return "id inside run " + run
        d = run
        if d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d) and issuer_prefix_ok(d):
            return "unlabelled card " + d
    for mo in re.finditer(r"\d{4}(?: \d{4}){3,4}(?: \d{1,3})?", m):
        d = mo.group().replace(" ", "")
        if 16 <= len(d) <= 19 and luhn_ok(d) and issuer_prefix_ok(d):
            return "unlabelled spaced card"
    name_spans = {(sp["start"], sp["end"]) for sp in spans if sp["kind"] == "name"}
    for nm in sorted({sp["text"] for sp in spans if sp["kind"] == "name"}):
        forms = {nm, nm.replace("\u3000", "")}
        if len(nm) == 2:
            forms.add(nm[0] + "\u3000" + nm[1])
        for f in sorted(forms):
            for mo in re.finditer(re.escape(f), text):
                if (mo.start(), mo.end()) not in name_spans:
                    return "name also unlabelled " + f
    return None


# --------------------------------------------------------------------------- shared pieces
def yuan(rng, lo, hi, dec=True):
    v = rng.randint(lo, hi)
    if dec and rng.random() < 0.5:
        return f"{v}.{rng.randint(0, 99):02d}"
    return f"{v:,}" if rng.random() < 0.3 else str(v)


TOPICS = {
    "expropriation": "国土资源、能源\\土地",
    "petition": "综合政务\\信访",
    "mediation": "公安、安全、司法\\司法",
    "medical_aid": "民政、扶贫、救灾\\社会福利",
    "elderly": "民政、扶贫、救灾\\社会福利",
    "veterans": "民政、扶贫、救灾\\优抚安置",
    "land": "农业、林业、水利\\农业、畜牧业、渔业",
    "grid": "公安、安全、司法\\其他",
}


def web_header(doc, agency):
    rng = doc.rng
    if rng.random() < 0.45:
        d = doc.dstr(doc.date(), "dash")
        render_form(
            doc,
            [
                ("索引号", doc.index_no()),
                ("发布机构", agency),
                ("发布日期", d),
                ("主题分类", TOPICS[doc.family]),
            ],
            style="kv2" if rng.random() < 0.5 else "kv1",
        )
        doc.b()


def footer(doc, agency, with_tel=True):
    rng = doc.rng
    if with_tel:
        bits = [f"监督电话：{doc.office_tel()}"]
        if rng.random() < 0.5:
            bits.append(f"{rng.choice(['12345政务服务便民热线', '12345', '市民热线12345'])}")
        if rng.random() < 0.3:
            bits.append(f"电子邮箱：{doc.gov_mail()}")
        if rng.random() < 0.3:
            bits.append(f"邮编：{doc.R['post']}")
        doc.p(rng.choice(["；", "　", "，"]).join(bits))
    if rng.random() < 0.3:
        doc.p(
            f"地址：{doc.R['county']}{doc.town()}{rng.choice(doc.R['roads'])}{rng.randint(1, 300)}号（{agency}）"
        )
    doc.b()
    doc.t(agency)
    doc.t(doc.dstr(doc.date(), "cn"))


def county_agency(doc, dept):
    return doc.R["county"] + dept


def PN(doc, n):
    """plain-or-labelled name helper (respects masking)."""
    return doc.N(n)


# --------------------------------------------------------------------------- family 0: expropriation
PROJECTS = [
    "G351国道改扩建工程",
    "城南片区棚户区改造项目",
    "中心小学扩建项目",
    "工业园区二期建设项目",
    "滨河公园建设项目",
    "县城污水处理厂提标改造工程",
    "农贸市场迁建项目",
    "高速公路连接线工程",
]


def fam_expropriation(doc, sub):
    rng = doc.rng
    R = doc.R
    town = doc.town()
    proj = rng.choice(PROJECTS)
    agency = rng.choice(
        [county_agency(doc, "房屋征收与补偿服务中心"), f"{town}人民政府", county_agency(doc, "自然资源局")]
    )
    if sub == 0:
        kind = rng.choice(["集体土地征收补偿", "房屋征收补偿", "征地拆迁补偿"])
        doc.title = f"{proj}{kind}公示"
        doc.h(doc.title)
        web_header(doc, agency)
        doc.p(
            f"根据{rng.choice(['省人民政府', '市人民政府', '县人民政府'])}《关于{proj}建设用地的批复》（{doc.doc_no('政土')}）"
            f"和《{R['county']}{proj}征收补偿安置方案》，现将涉及{town}的被征收人补偿情况予以公示："
        )
        cols = [
            "序号",
            "被征收人",
            "身份证号码",
            "房屋坐落",
            "面积（㎡）",
            "补偿金额（元）",
            "开户银行",
            "银行账号",
            "备注",
        ]
        if rng.random() < 0.3:
            cols.remove("身份证号码")
        if rng.random() < 0.25:
            cols.remove("开户银行")
        rows = []
        for i in range(rng.randint(3, 8)):
            p = doc.person(y0=1938, y1=1990)
            acct, bank = doc.bank()
            rem = rng.choice(["", "", "已签约", "", "共有人：{}", "委托{}代领", "待签约"])
            remc = S(rem)
            if "{}" in rem:
                o = doc.name()
                a, b_ = rem.split("{}")
                remc = cat(a, doc.N(o), b_)
            addr = doc.addr(rural=rng.random() < 0.7)
            vals = {
                "序号": str(i + 1),
                "被征收人": doc.N(p),
                "身份证号码": doc.ID(p, allow15=True),
                "房屋坐落": doc.ADDR(addr),
                "面积（㎡）": f"{rng.randint(60, 420)}.{rng.randint(0, 99):02d}",
                "补偿金额（元）": yuan(rng, 80000, 1200000),
                "开户银行": bank,
                "银行账号": doc.BANK(acct),
                "备注": remc,
            }
            rows.append([vals[c] for c in cols])
        render_table(doc, cols, rows)
        d0 = doc.date()
        doc.p(
            f"公示期：{doc.dstr(d0, 'cn')}至{doc.dstr(d0 + datetime.timedelta(days=7), 'cn')}（7个自然日）。"
            f"公示期内如有异议，请以书面形式向{agency}反映。"
        )
        footer(doc, agency)
    elif sub == 1:
        doc.title = f"{proj}房屋征收补偿协议书"
        doc.h(doc.title)
        doc.t(f"协议编号：{R['abbr']}征补〔{doc.year}〕第{rng.randint(1, 300)}号")
        lead = doc.staff()
        render_form(
            doc,
            [
                ("甲方（房屋征收部门）", R["county"] + "住房和城乡建设局"),
                ("房屋征收实施单位", county_agency(doc, "房屋征收与补偿服务中心")),
                ("负责人", lead),
            ],
            style="kv1",
        )
        p = doc.person(y0=1945, y1=1988)
        flds = [
            ("乙方（被征收人）", doc.N(p)),
            ("身份证号码", doc.ID(p)),
            ("住址", doc.ADDR(p["addr"])),
            ("联系电话", doc.MOB(p)),
        ]
        sp = None
        if rng.random() < 0.6:
            sp = doc.person(sex="女" if p["sex"] == "男" else "男", y0=1945, y1=1990)
            flds += [("共有人", doc.N(sp)), ("共有人身份证号码", doc.ID(sp))]
        if rng.random() < 0.15:
            flds.append(("共有人往来港澳通行证", P("hk_macau_permit", doc.hkpermit())))
        render_form(doc, flds)
        house = p["addr"] if rng.random() < 0.5 else doc.addr(rural=False)
        area = f"{rng.randint(70, 300)}.{rng.randint(0, 99):02d}"
        acct, bank = doc.bank()
        doc.p(
            "根据《国有土地上房屋征收与补偿条例》及",
            R["county"],
            "人民政府房屋征收决定（",
            doc.doc_no("府征"),
            "），甲乙双方在平等自愿的基础上，就房屋征收补偿事宜达成如下协议：",
        )
        doc.p("一、乙方被征收房屋坐落于", doc.ADDR(house), f"，建筑面积{area}平方米，用途为住宅。")
        amt = yuan(rng, 150000, 1500000, dec=False)
        doc.p(f"二、甲方应支付乙方房屋价值补偿、搬迁费、临时安置费及奖励共计人民币{amt}元。")
        doc.p(
            "三、甲方在本协议签订后15个工作日内将补偿款一次性支付至乙方指定账户（户名：",
            doc.N(p),
            f"，开户行：{bank}{rng.choice(R['towns'])}支行，账号：",
            doc.BANK(acct),
            "）。",
        )
        doc.p(
            f"四、乙方应于{doc.dstr(doc.date(), 'cn')}前腾空房屋并交甲方验收，逾期不搬迁的，甲方依法申请强制执行。"
        )
        doc.p("五、本协议一式四份，甲乙双方各执二份，自双方签字盖章之日起生效。")
        doc.b()
        doc.t(f"甲方（盖章）：　　　　　　　　经办人：{doc.staff()}")
        doc.t("乙方（签字）：", doc.N(p), "　　" if sp else "", doc.N(sp) if sp else "")
        doc.t(f"签订日期：{doc.dstr(doc.date(), 'cn')}")
    else:
        xq = rng.choice(R["xiaoqu"]).replace("小区", "") + rng.choice(["安置小区", "安置区", "还建小区"])
        doc.title = f"{proj}安置房选房结果公示"
        doc.h(doc.title)
        web_header(doc, agency)
        doc.p(
            f"{proj}安置房选房工作于{doc.dstr(doc.date(), 'cn')}在{xq}售楼部（{R['county']}{town}{rng.choice(R['roads'])}"
            f"{rng.randint(1, 200)}号）公开进行，现将选房结果公示如下："
        )
        cols = ["顺序号", "被安置人", "身份证号", "安置人口", "选定房号", "建筑面积（㎡）", "联系电话"]
        if rng.random() < 0.4:
            cols.remove("联系电话")
        rows = []
        for i in range(rng.randint(4, 10)):
            p = doc.person()
            room = rng.choice(
                [
                    f"{rng.randint(1, 12)}#楼{rng.randint(1, 3)}单元{rng.randint(2, 18)}0{rng.randint(1, 4)}",
                    f"{rng.randint(1, 12)}-{rng.randint(1, 3)}-{rng.randint(2, 18)}0{rng.randint(1, 4)}",
                ]
            )
            vals = {
                "顺序号": str(i + 1),
                "被安置人": doc.N(p),
                "身份证号": doc.ID(p),
                "安置人口": str(rng.randint(1, 7)),
                "选定房号": room,
                "建筑面积（㎡）": str(rng.choice([75, 90, 105, 120, 135])),
                "联系电话": doc.MOB(p),
            }
            rows.append([vals[c] for c in cols])
        render_table(doc, cols, rows)
        doc.p("公示期为5个工作日。对公示结果有异议的，请在公示期内向征收指挥部反映。")
        footer(doc, agency)


# --------------------------------------------------------------------------- family 1: petition
ISSUES = [
    "宅基地纠纷",
    "征地补偿款分配",
    "低保资格认定",
    "拖欠农民工工资",
    "邻里排水纠纷",
    "危房改造补助",
    "承包地被占用",
    "养老保险待遇",
    "道路硬化",
    "噪声扰民",
]


def issue_text(doc, with_people=True, pron="其"):
    rng = doc.rng
    r = rng.random()
    if with_people and r < 0.35:
        o = doc.name()
        return cat(
            rng.choice(["邻居", "同组村民", "村民"]),
            doc.N(o),
            rng.choice(["在其承包地上修建围墙", "占用其宅基地建房", "拖欠其工资未付", "堵塞排水沟渠"]),
        )
    if with_people and r < 0.55:
        o = doc.name()
        return cat(
            pron,
            rng.choice(["母亲", "父亲", "妻子", "儿子"]),
            doc.N(o),
            "患",
            doc.H(doc.health()),
            "，申请纳入",
            rng.choice(["低保", "临时救助", "医疗救助"]),
        )
    if with_people and r < 0.65:
        return cat(
            pron, "车辆（", P("license_plate", doc.plate()), "）被", rng.choice(["扣押", "刮损", "违规收费"])
        )
    return S(
        rng.choice(
            [
                "要求解决" + rng.choice(ISSUES) + "问题",
                "反映" + rng.choice(ISSUES) + "问题",
                "对" + rng.choice(ISSUES) + "处理结果不满",
            ]
        )
    )


def fam_petition(doc, sub):
    rng = doc.rng
    R = doc.R
    agency = rng.choice(
        [
            county_agency(doc, "信访局"),
            f"{doc.town()}人民政府",
            county_agency(doc, "民政局"),
            county_agency(doc, "自然资源局"),
            county_agency(doc, "人力资源和社会保障局"),
        ]
    )
    chan = rng.choice(["来访", "来信", "网上信访", "12345热线转办", "国家信访信息系统"])
    if sub in (0, 1):
        p = doc.person(y0=1950, y1=1995)
        if sub == 0:
            doc.title = "信访事项受理告知书"
            no = f"{R['abbr']}信受字〔{doc.year}〕{rng.randint(1, 400)}号"
        else:
            rv = rng.random() < 0.4
            doc.title = "信访事项复查意见书" if rv else "信访事项处理意见书"
            no = f"{R['abbr']}信{'复' if rv else '处'}〔{doc.year}〕{rng.randint(1, 200)}号"
        doc.h(doc.title)
        doc.t(no)
        if rng.random() < 0.5:
            doc.p(doc.N(p), "：")
            infos = None
        else:
            infos = True
            em = (
                cat("，电子邮箱：", P("email", doc.email()))
                if (chan == "网上信访" or rng.random() < 0.2)
                else []
            )
            doc.p(
                "信访人：",
                doc.N(p),
                f"，{p['sex']}，{rng.choice(['', str(p['age']) + '岁，'])}身份证号码：",
                doc.ID(p),
                "，住",
                doc.ADDR(p["addr"]),
                "，联系电话：",
                doc.MOB(p),
                em,
                "。",
            )
        d1 = doc.date()
        doc.p(
            f"{'你' if infos is None else '信访人'}于{doc.dstr(d1, 'cn')}通过{chan}反映",
            issue_text(doc, pron="你的" if infos is None else "其"),
            "的信访事项",
            "，本机关已收悉。" if sub == 0 else "。",
        )
        if sub == 0:
            doc.p(
                "根据《信访工作条例》第三十一条的规定，该信访事项属于本机关职责范围，本机关决定予以受理，"
                "并将自受理之日起60日内办结，出具书面处理意见。"
            )
        else:
            inv = doc.staff()
            doc.p(
                f"经调查核实：{doc.dstr(doc.date(), 'cn')}，本机关工作人员{inv}等会同{doc.town()}、村委会对反映情况进行了"
                f"实地调查，查阅了相关档案资料，并听取了",
                doc.N(p),
                "的陈述。",
            )
            if rng.random() < 0.5:
                o = doc.name()
                doc.p(
                    "经查，",
                    doc.N(o),
                    "（",
                    doc.N(p),
                    rng.choice(["之兄", "之弟", "之妻", "之子"]),
                    f"）于{rng.randint(1998, 2020)}年起实际耕种该地块，相关协议系双方自愿签订。",
                )
            doc.p(
                "处理意见：",
                rng.choice(
                    [
                        "你反映的问题部分属实，责成相关部门于30日内予以整改。",
                        "你的诉求缺乏政策依据，不予支持。",
                        "你反映的问题已按政策予以解决。",
                    ]
                ),
            )
            doc.p(
                f"如对本意见不服，可自收到本意见书之日起30日内向{R['county']}人民政府"
                f"{'或' + R['city'] + '人民政府' if R['city'] else ''}书面提出{'复核' if '复查' in doc.title else '复查'}申请。"
            )
        doc.p(f"联系人：{doc.staff()}　联系电话：{doc.office_tel()}")
        footer(doc, agency, with_tel=False)
    else:
        doc.title = f"{agency}{doc.year}年信访事项登记台账"
        doc.h(doc.title)
        cols = [
            "编号",
            "登记日期",
            "信访人",
            "身份证号",
            "联系电话",
            "住址",
            "人数",
            "反映问题",
            "办理单位",
            "办理状态",
        ]
        if rng.random() < 0.4:
            cols.remove("身份证号")
        if rng.random() < 0.3:
            cols.remove("人数")
        rows = []
        for i in range(rng.randint(4, 9)):
            p = doc.person()
            vals = {
                "编号": f"XF{doc.year}{rng.randint(1, 999):04d}",
                "登记日期": doc.dstr(doc.date(), rng.choice(["dash", "dot", "slash"])),
                "信访人": doc.N(p),
                "身份证号": doc.ID(p),
                "联系电话": doc.MOB(p) if rng.random() < 0.85 else P("landline", doc.landline()),
                "住址": doc.ADDR(p["addr"]),
                "人数": str(rng.choice([1, 1, 1, 2, 3, 5])),
                "反映问题": issue_text(doc),
                "办理单位": rng.choice(
                    [p["town"] + "人民政府", county_agency(doc, "民政局"), county_agency(doc, "住建局")]
                ),
                "办理状态": rng.choice(["已办结", "办理中", "已答复", "转交办"]),
            }
            rows.append([vals[c] for c in cols])
        render_table(doc, cols, rows)
        doc.p(f"填表人：{doc.staff()}　　审核人：{doc.staff()}　　填报日期：{doc.dstr(doc.date(), 'dash')}")


# --------------------------------------------------------------------------- family 2: mediation
DISPUTES = [
    "相邻关系纠纷",
    "交通事故损害赔偿纠纷",
    "婚姻家庭纠纷",
    "土地承包经营纠纷",
    "劳务报酬纠纷",
    "宅基地纠纷",
    "人身损害赔偿纠纷",
]
INJURY = [
    "左胫骨骨折",
    "右桡骨远端骨折",
    "腰椎压缩性骨折",
    "头皮裂伤",
    "多处软组织挫伤",
    "肋骨骨折",
    "轻型颅脑损伤",
]


def party_fields(doc, p, role):
    rng = doc.rng
    f = [(role, doc.N(p)), ("性别", p["sex"])]
    if rng.random() < 0.6:
        f.append(("民族", doc.ethnic()))
    f.append(("出生日期", doc.dstr(p["born"], "cn")) if rng.random() < 0.5 else ("年龄", f"{p['age']}岁"))
    if rng.random() < 0.1:
        f.append(("护照号码", P("passport", doc.passport())))
    f += [("身份证号码", doc.ID(p)), ("住址", doc.ADDR(p["addr"])), ("联系电话", doc.MOB(p))]
    return f


def fam_mediation(doc, sub):
    rng = doc.rng
    R = doc.R
    town = doc.town()
    com = f"{town}人民调解委员会" if rng.random() < 0.7 else f"{town}{doc.village()}人民调解委员会"
    dis = rng.choice(DISPUTES)
    a = doc.person(y0=1955, y1=1998)
    b = doc.person(y0=1955, y1=1998)
    company = None
    if dis == "劳务报酬纠纷" and rng.random() < 0.6:
        company = (
            f"{R['county'].replace('土家族苗族自治县', '')}{rng.choice(['鑫源', '宏达', '盛通', '福瑞'])}"
            f"{rng.choice(['建筑工程有限公司', '农业开发有限公司', '劳务有限公司'])}"
        )
    plate = doc.plate() if dis.startswith("交通") else None
    inj = rng.choice(INJURY) if dis in ("交通事故损害赔偿纠纷", "人身损害赔偿纠纷") else None

    def facts():
        if plate:
            return cat(
                doc.dstr(doc.date(), "cn"),
                "，",
                doc.N(b),
                "驾驶",
                P("license_plate", plate),
                "小型轿车行至",
                town,
                rng.choice(R["roads"]),
                "路段时，与",
                doc.N(a),
                "驾驶的电动自行车相撞，造成",
                doc.N(a),
                doc.H(inj),
                "。经交警部门认定，",
                doc.N(b),
                "负事故主要责任。",
            )
        if inj:
            return cat(
                doc.N(a),
                "与",
                doc.N(b),
                "因琐事发生口角并互相推搡，致",
                doc.N(a),
                doc.H(inj),
                "，花去医疗费",
                yuan(rng, 2000, 30000),
                "元。",
            )
        if company:
            return cat(
                doc.N(a),
                "于",
                str(doc.year - 1),
                "年在",
                company,
                "承建的工地务工，",
                company,
                f"尚欠其劳务报酬{yuan(rng, 8000, 60000, False)}元未支付。",
            )
        return cat(
            doc.N(a),
            "与",
            doc.N(b),
            "系",
            rng.choice(["同组村民", "邻居", "兄弟", "夫妻"]),
            "，双方因",
            rng.choice(["房屋滴水", "排水沟", "承包地边界", "赡养老人", "宅基地界址"]),
            "问题发生纠纷，",
            "经村委会多次协调未果，",
            rng.choice(["申请本委员会调解。", "于" + doc.dstr(doc.date(), "cn") + "申请调解。"]),
        )

    mediator = doc.staff()
    if sub == 0:
        doc.title = "人民调解协议书"
        doc.h(doc.title)
        doc.t(f"编号：（{doc.year}）{R['abbr']}{town[:2]}调字第{rng.randint(1, 120)}号")
        render_form(doc, party_fields(doc, a, "当事人（甲方）"))
        if company:
            legal = doc.name()
            render_form(
                doc,
                [
                    ("当事人（乙方）", company),
                    ("统一社会信用代码", doc.credit("91")),
                    ("法定代表人", doc.N(legal)),
                    ("联系电话", doc.MOB(doc.person()["mobile"])),
                    ("住所地", f"{R['county']}{town}{rng.choice(R['roads'])}{rng.randint(1, 300)}号"),
                ],
            )
        else:
            render_form(doc, party_fields(doc, b, "当事人（乙方）"))
        doc.p("纠纷主要事实、争议事项：", facts())
        doc.p(f"经{com}调解，双方自愿达成如下协议：")
        amt = yuan(rng, 3000, 80000, False)
        acct, bank = doc.bank()
        payer = company or b["name"]
        doc.p(
            f"一、乙方于{doc.dstr(doc.date(), 'cn')}前一次性支付甲方{rng.choice(['赔偿款', '劳务报酬', '补偿款'])}人民币{amt}元，"
            f"通过银行转账方式支付至甲方账户（{bank}，卡号：",
            doc.BANK(acct),
            "）。",
        )
        doc.p("二、甲方收到上述款项后，不再就此事向乙方主张任何权利。")
        doc.p("三、本协议一式三份，双方当事人各执一份，人民调解委员会留存一份。")
        doc.b()
        doc.t("当事人（签名）：", doc.N(a), "　　", company if company else doc.N(b))
        doc.t(f"人民调解员（签名）：{mediator}　　记录人：{doc.staff()}")
        doc.t(f"{com}（盖章）")
        doc.t(doc.dstr(doc.date(), "cn"))
    elif sub == 1:
        if rng.random() < 0.55:
            doc.title = f"{com}纠纷受理调解登记表"
            doc.h(doc.title)
            fl = party_fields(doc, a, "申请人")
            fl += [
                ("被申请人", doc.N(b)),
                ("被申请人住址", doc.ADDR(b["addr"])),
                ("被申请人电话", doc.MOB(b)),
                ("纠纷类型", dis),
                ("纠纷简要情况", facts()),
                ("当事人申请事项", rng.choice(["请求调解", "要求对方赔偿损失", "要求确认地界"])),
                ("受理日期", doc.dstr(doc.date(), "cn")),
                ("登记人", mediator),
            ]
            render_form(doc, fl)
        else:
            doc.title = f"{com}{doc.year}年矛盾纠纷调解登记台账"
            doc.h(doc.title)
            cols = ["编号", "受理日期", "申请人", "联系电话", "被申请人", "纠纷类型", "调解结果", "调解员"]
            rows = []
            med2 = [mediator, doc.staff()]
            for i in range(rng.randint(4, 9)):
                x = doc.person()
                y = doc.person()
                rows.append(
                    [
                        f"{doc.year}-{i + 1:03d}",
                        doc.dstr(doc.date(), rng.choice(["dash", "dot"])),
                        doc.N(x),
                        doc.MOB(x),
                        doc.N(y),
                        rng.choice(DISPUTES),
                        rng.choice(["调解成功", "调解成功", "调解不成", "引导诉讼"]),
                        rng.choice(med2),
                    ]
                )
            render_table(doc, cols, rows)
    else:
        doc.title = "司法确认申请书"
        doc.h(doc.title)
        for k, p in enumerate([a, b]):
            doc.p(
                f"申请人{'一二'[k]}：",
                doc.N(p),
                f"，{p['sex']}，{doc.dstr(p['born'], 'cn')}出生，",
                (doc.ethnic() + "，") if rng.random() < 0.5 else "",
                "身份证号码：",
                doc.ID(p),
                "，住",
                doc.ADDR(p["addr"]),
                "，联系电话：",
                doc.MOB(p),
                "。",
            )
        doc.p("请求事项：")
        doc.p(
            f"请求依法确认申请人于{doc.dstr(doc.date(), 'cn')}经{com}主持调解达成的《人民调解协议书》有效。"
        )
        doc.p("事实和理由：")
        doc.p(facts())
        doc.p(
            f"上述纠纷经{com}调解员{mediator}主持调解，双方自愿达成调解协议。为保障协议履行，"
            "根据《中华人民共和国人民调解法》第三十三条，特共同申请司法确认。"
        )
        doc.p("此致")
        court = (
            f"{R['county']}人民法院"
            if rng.random() < 0.6
            else f"{R['county']}人民法院{town.replace('街道', '').replace('镇', '')}人民法庭"
        )
        doc.p(court)
        doc.b()
        doc.t("申请人：", doc.N(a), "　", doc.N(b))
        doc.t(doc.dstr(doc.date(), "cn"))
        if rng.random() < 0.5:
            doc.p(
                f"附：人民调解协议书一份；{('（' + str(doc.year) + '）' + R['abbr'] + '调字第' + str(rng.randint(1, 99)) + '号')}"
            )


# --------------------------------------------------------------------------- family 3: medical_aid
HOSP = ["人民医院", "中医院", "妇幼保健院"]


def fam_medical(doc, sub):
    rng = doc.rng
    R = doc.R
    agency = rng.choice([county_agency(doc, "医疗保障局"), county_agency(doc, "民政局")])
    big = rng.random() < 0.4
    aid = "大病救助" if big else "医疗救助"
    if sub == 0:
        doc.title = f"{R['county']}{doc.year}年第{rng.randint(1, 12)}批{aid}审批名单"
        doc.h(doc.title)
        web_header(doc, agency)
        doc.p(
            f"根据《{R['prov']}医疗救助办法》，经个人申请、乡镇（街道）审核、县{'医保局' if '医疗' in agency else '民政局'}审批，"
            f"现将本批次{aid}对象名单公布如下："
        )
        cols = [
            "序号",
            "乡镇",
            "村（社区）",
            "姓名",
            "身份证号",
            "救助类别",
            "病种",
            "住院总费用",
            "基本医保报销",
            "救助金额（元）",
        ]
        if rng.random() < 0.35:
            cols.remove("身份证号")
        if rng.random() < 0.3:
            cols.remove("基本医保报销")
        rows = []
        for i in range(rng.randint(5, 12)):
            p = doc.person(y0=1935, y1=2010)
            tot = rng.randint(8000, 260000)
            vals = {
                "序号": str(i + 1),
                "乡镇": p["town"],
                "村（社区）": doc.village(),
                "姓名": doc.N(p),
                "身份证号": doc.ID(p),
                "救助类别": rng.choice(
                    ["特困供养", "低保对象", "低保边缘", "易返贫致贫人口", "因病支出型困难"]
                ),
                "病种": doc.H(doc.health(0.1)),
                "住院总费用": f"{tot}.{rng.randint(0, 99):02d}",
                "基本医保报销": str(int(tot * 0.55)),
                "救助金额（元）": str(rng.randint(500, 30000)),
            }
            rows.append([vals[c] for c in cols])
        render_table(doc, cols, rows)
        doc.p("公示时间7天，如有异议请向县医疗保障局反映。")
        footer(doc, agency)
    elif sub == 1:
        doc.title = f"{R['county']}{aid}申请审批表"
        doc.h(doc.title)
        p = doc.person(y0=1940, y1=2000)
        h = doc.health(0.15)
        acct, bank = doc.bank()
        hosp = rng.choice(
            [
                R["county"] + rng.choice(HOSP),
                R["city"] + "第一人民医院" if R["city"] else "重庆医科大学附属第一医院",
            ]
        )
        fl = [
            ("申请人姓名", doc.N(p)),
            ("性别", p["sex"]),
            ("出生年月", f"{p['born'].year}年{p['born'].month}月"),
            ("身份证号码", doc.ID(p)),
            ("家庭住址", doc.ADDR(p["addr"])),
            ("联系电话", doc.MOB(p)),
            ("人员类别", rng.choice(["低保对象", "特困人员", "监测对象", "一般困难群众"])),
            ("疾病诊断", doc.H(h)),
            ("就诊医院", hosp),
            ("医疗总费用（元）", yuan(rng, 10000, 300000)),
            ("开户银行", bank),
            ("银行卡号", doc.BANK(acct)),
        ]
        if rng.random() < 0.25:
            fl.insert(6, ("家庭固定电话", P("landline", doc.landline())))
        render_form(doc, fl)
        doc.p(
            "申请理由：本人于",
            doc.dstr(doc.date(), "cn"),
            "因",
            doc.H(h),
            f"在{hosp}住院治疗，"
            f"{rng.choice(['家庭收入微薄', '家中无劳动力', '子女尚在读书'])}，无力承担医疗费用，特申请{aid}。",
        )
        doc.p("家庭成员情况：")
        cols = ["姓名", "与申请人关系", "身份证号", "职业"]
        rows = []
        for rel in rng.sample(["配偶", "长子", "长女", "次子", "孙子", "母亲"], rng.randint(1, 4)):
            sx = (
                "男"
                if rel in ("长子", "次子", "孙子")
                else "女"
                if rel in ("长女", "母亲")
                else ("女" if p["sex"] == "男" else "男")
            )
            q = doc.person(sex=sx, y0=1950, y1=2015)
            if rel not in ("配偶", "母亲"):
                doc.names.discard(q["name"])
                q["name"] = doc.kin(p, sx)
            rows.append([doc.N(q), rel, doc.ID(q), rng.choice(["务农", "务工", "学生", "无"])])
        render_table(doc, cols, rows)
        doc.p(f"村（居）委会意见：情况属实，同意上报。　负责人：{doc.staff()}")
        doc.p(f"乡镇（街道）审核意见：经入户核查，同意救助。　经办人：{doc.staff()}")
    else:
        doc.title = f"{R['county']}{doc.year}年{rng.randint(1, 12)}月{aid}资金发放公示"
        doc.h(doc.title)
        web_header(doc, agency)
        doc.p(f"现将{doc.year}年{aid}资金发放情况公示如下（资金已通过“一卡通”发放）：")
        cols = ["序号", "姓名", "所在村", "病种", "救助金额（元）", "发放账号", "批次流水号"]
        if rng.random() < 0.4:
            cols.remove("病种")
        if rng.random() < 0.3:
            cols.remove("批次流水号")
        rows = []
        for i in range(rng.randint(4, 11)):
            p = doc.person(y0=1935, y1=2005)
            acct, _ = doc.bank()
            vals = {
                "序号": str(i + 1),
                "姓名": doc.N(p),
                "所在村": p["town"] + doc.village(),
                "病种": doc.H(doc.health(0.1)),
                "救助金额（元）": str(rng.randint(300, 20000)),
                "发放账号": doc.BANK(acct),
                "批次流水号": doc.order_no(),
            }
            rows.append([vals[c] for c in cols])
        render_table(doc, cols, rows)
        doc.p(f"合计：{len(rows)}人。")
        footer(doc, agency)


# --------------------------------------------------------------------------- family 4: elderly
def fam_elderly(doc, sub):
    rng = doc.rng
    R = doc.R
    agency = rng.choice([county_agency(doc, "民政局"), f"{doc.town()}人民政府"])
    if sub == 0:
        if rng.random() < 0.5:
            doc.title = f"{R['county']}{doc.year}年{rng.randint(1, 4)}季度高龄津贴发放名单"
            doc.h(doc.title)
            web_header(doc, agency)
            cols = [
                "序号",
                "姓名",
                "性别",
                "出生日期",
                "年龄",
                "身份证号",
                "户籍地址",
                "发放标准（元/月）",
                "发放金额",
                "代领人",
                "代领人电话",
            ]
            if rng.random() < 0.4:
                cols = [c for c in cols if c not in ("代领人", "代领人电话")]
            if rng.random() < 0.3:
                cols.remove("户籍地址")
            rows = []
            for i in range(rng.randint(5, 12)):
                age = rng.randint(80, 103)
                p = doc.person(age=age)
                std = 100 if age < 90 else 200 if age < 100 else 500
                rep = doc.person(y0=1955, y1=1985)
                vals = {
                    "序号": str(i + 1),
                    "姓名": doc.N(p),
                    "性别": p["sex"],
                    "出生日期": doc.dstr(p["born"], "dot"),
                    "年龄": str(age),
                    "身份证号": doc.ID(p, allow15=True),
                    "户籍地址": doc.ADDR(p["addr"]),
                    "发放标准（元/月）": str(std),
                    "发放金额": str(std * 3),
                    "代领人": doc.N(rep) if rng.random() < 0.6 else "",
                    "代领人电话": doc.MOB(rep) if rng.random() < 0.85 else P("landline", doc.landline()),
                }
                if not vals["代领人"]:
                    vals["代领人电话"] = ""
                rows.append([vals[c] for c in cols])
            render_table(doc, cols, rows)
        else:
            doc.title = f"{R['county']}{doc.year}年惠民殡葬补贴发放名单（第{rng.randint(1, 6)}批）"
            doc.h(doc.title)
            web_header(doc, agency)
            doc.p(
                "根据《",
                R["county"],
                "惠民殡葬政策实施办法》，对火化遗体的死者家属给予殡葬补贴，现将发放情况公布如下：",
            )
            cols = [
                "序号",
                "死者姓名",
                "死者身份证号",
                "死亡日期",
                "火化日期",
                "申领人",
                "与死者关系",
                "申领人身份证号",
                "联系电话",
                "补贴金额（元）",
                "补贴账号",
            ]
            if rng.random() < 0.4:
                cols.remove("申领人身份证号")
            if rng.random() < 0.3:
                cols.remove("补贴账号")
            rows = []
            for i in range(rng.randint(4, 10)):
                dz = doc.person(y0=1925, y1=1965)
                rel = rng.choice(["儿子", "女儿", "配偶", "孙子", "侄子"])
                ap = doc.person(
                    sex="女" if rel == "女儿" else "男" if rel in ("儿子", "孙子", "侄子") else None,
                    y0=1950,
                    y1=1995,
                )
                if rel in ("儿子", "孙子", "侄子"):
                    doc.names.discard(ap["name"])
                    ap["name"] = doc.kin(dz, "男")
                dd = doc.date()
                acct, _ = doc.bank()
                vals = {
                    "序号": str(i + 1),
                    "死者姓名": doc.N(dz),
                    "死者身份证号": doc.ID(dz, allow15=True),
                    "死亡日期": doc.dstr(dd, "dash"),
                    "火化日期": doc.dstr(dd + datetime.timedelta(days=rng.randint(1, 3)), "dash"),
                    "申领人": doc.N(ap),
                    "与死者关系": rel,
                    "申领人身份证号": doc.ID(ap),
                    "联系电话": doc.MOB(ap),
                    "补贴金额（元）": str(rng.choice([1500, 2000, 2500, 3000])),
                    "补贴账号": doc.BANK(acct),
                }
                rows.append([vals[c] for c in cols])
            render_table(doc, cols, rows)
        footer(doc, agency)
    elif sub == 1:
        doc.title = f"{R['county']}养老服务补贴对象能力评估表"
        doc.h(doc.title)
        p = doc.person(age=rng.randint(62, 98))
        c = doc.person(y0=1960, y1=1992)
        hs = [doc.health(0.0) for _ in range(rng.randint(1, 3))]
        hs = sorted(set(hs), key=hs.index)
        ill = []
        for j, h in enumerate(hs):
            if j:
                ill.append("、")
            ill.append(doc.H(h))
        level = rng.choice(["轻度失能", "中度失能", "重度失能", "完全失能"])
        fl = [
            ("姓名", doc.N(p)),
            ("性别", p["sex"]),
            ("年龄", str(p["age"])),
            ("身份证号", doc.ID(p, allow15=True)),
            ("居住地址", doc.ADDR(p["addr"])),
            ("联系电话", doc.MOB(p) if rng.random() < 0.5 else P("landline", doc.landline())),
            ("居住状况", rng.choice(["独居", "与配偶同住", "与子女同住", "空巢"])),
            ("紧急联系人", doc.N(c)),
            ("关系", rng.choice(["儿子", "女儿", "儿媳", "侄子"])),
            ("紧急联系人电话", doc.MOB(c)),
            ("患病情况", ill),
            ("日常生活活动能力得分", str(rng.randint(10, 85))),
            ("能力评估等级", doc.H(level)),
            ("补贴档次", rng.choice(["一档（100元/月）", "二档（200元/月）", "三档（300元/月）"])),
            ("评估员", doc.staff()),
            ("评估日期", doc.dstr(doc.date(), "cn")),
        ]
        render_form(doc, fl)
        doc.p(
            "评估意见：经入户评估，该老人",
            doc.H(level),
            rng.choice(["，符合养老服务补贴发放条件。", "，建议纳入居家养老上门服务。"]),
        )
        doc.p(
            f"评估机构：{R['county']}{rng.choice(['康乐', '夕阳红', '福寿'])}养老服务中心（统一社会信用代码：{doc.credit('52')}）"
        )
    else:
        kind = rng.choice(["高龄津贴", "养老服务补贴", "经济困难老年人补贴"])
        doc.title = f"关于{doc.year}年{rng.randint(1, 12)}月新增{kind}对象的公示"
        doc.h(doc.title)
        web_header(doc, agency)
        doc.p(
            f"根据{R['prov']}{kind}发放有关规定，经本人申请、村（社区）初审、乡镇（街道）审核，"
            f"现将新增{kind}对象名单予以公示："
        )
        n_v = rng.randint(2, 4)
        style = rng.choice(["list", "list", "table"])
        for _ in range(n_v):
            v = doc.village()
            ppl = [doc.person(age=rng.randint(80, 101)) for _ in range(rng.randint(2, 7))]
            if style == "list":
                parts = []
                for j, p in enumerate(ppl):
                    if j:
                        parts.append("、")
                    parts.append(doc.N(p))
                    if rng.random() < 0.3:
                        parts.append(f"（{p['age']}岁）")
                doc.p(f"{doc.town()}{v}（{len(ppl)}人）：", parts)
            else:
                render_table(
                    doc,
                    ["序号", "姓名", "性别", "年龄", "所在村（社区）"],
                    [[str(j + 1), doc.N(p), p["sex"], str(p["age"]), v] for j, p in enumerate(ppl)],
                )
        doc.p(
            f"公示期{rng.choice([5, 7])}天。对公示对象有异议的，可向{agency}实名反映，电话：{doc.office_tel()}，"
            f"电子邮箱：{doc.gov_mail()}。"
        )
        footer(doc, agency, with_tel=False)


# --------------------------------------------------------------------------- family 5: veterans
def fam_veterans(doc, sub):
    rng = doc.rng
    R = doc.R
    agency = county_agency(doc, "退役军人事务局")
    if sub == 0:
        doc.title = f"{R['county']}退役军人和其他优抚对象信息采集表"
        doc.h(doc.title)
        p = doc.person(sex="男" if rng.random() < 0.9 else "女", y0=1940, y1=1998)
        sp = doc.person(sex="女" if p["sex"] == "男" else "男", y0=1945, y1=2000)
        enlist = p["born"].year + rng.randint(17, 22)
        cat_ = rng.choice(["退役士兵", "伤残军人", "在乡复员军人", "参战退役人员", "退役士兵"])
        inj = (
            doc.H(rng.choice(["因战", "因公", "因病"]) + rng.choice("五六七八九十") + "级")
            if cat_ == "伤残军人"
            else "无"
        )
        acct, bank = doc.bank()
        live = doc.addr(rural=False) if rng.random() < 0.5 else p["addr"]
        fl = [
            ("姓名", doc.N(p)),
            ("性别", p["sex"]),
            ("民族", doc.ethnic()),
            ("出生日期", doc.dstr(p["born"], "dot")),
            ("公民身份号码", doc.ID(p)),
            ("政治面貌", rng.choice(["中共党员", "群众", "共青团员"])),
            ("入伍时间", f"{enlist}.{rng.randint(1, 12):02d}"),
            ("退役时间", f"{enlist + rng.randint(2, 16)}.{rng.randint(1, 12):02d}"),
            ("退役方式", rng.choice(["退伍", "复员", "转业", "自主就业"])),
            ("优抚类别", doc.H(cat_) if cat_ == "伤残军人" else cat_),
            ("伤残等级", inj),
            ("户籍地址", doc.ADDR(p["addr"])),
            ("现居住地址", doc.ADDR(live)),
            ("联系电话", doc.MOB(p)),
        ]
        if rng.random() < 0.4:
            fl.append(("电子邮箱", P("email", doc.email())))
        fl += [
            ("配偶姓名", doc.N(sp)),
            ("配偶电话", doc.MOB(sp)),
            ("开户银行", bank),
            ("银行账号", doc.BANK(acct)),
        ]
        if rng.random() < 0.15:
            fl.append(("大陆居民往来台湾通行证", P("tw_permit", doc.twpermit())))
        render_form(doc, fl)
        doc.p(f"采集人：{doc.staff()}　　审核人：{doc.staff()}　　采集日期：{doc.dstr(doc.date(), 'cn')}")
        doc.p("本人承诺以上信息真实准确。　本人签字：", doc.N(p))
    elif sub == 1:
        kind = rng.choice(["义务兵家庭优待金", "伤残抚恤金", "定期抚恤金", "在乡复员军人定期定量补助"])
        doc.title = f"{R['county']}{doc.year}年{kind}发放花名册"
        doc.h(doc.title)
        web_header(doc, agency)
        cols = [
            "序号",
            "姓名",
            "身份证号",
            "优抚类别",
            "伤残等级",
            "发放标准（元）",
            "本期金额（元）",
            "开户行",
            "账号",
        ]
        if "伤残" not in kind and rng.random() < 0.6:
            cols.remove("伤残等级")
        if rng.random() < 0.3:
            cols.remove("开户行")
        rows = []
        total = 0
        for i in range(rng.randint(5, 12)):
            p = doc.person(y0=1935, y1=2003)
            c_ = (
                "伤残军人"
                if "伤残" in kind
                else rng.choice(
                    ["义务兵家属", "在乡复员军人", "带病回乡退伍军人" if False else "烈士遗属", "伤残军人"]
                )
            )
            inj = (
                doc.H(rng.choice(["因战", "因公", "因病"]) + rng.choice("一二三四五六七八九十") + "级")
                if c_ == "伤残军人"
                else "—"
            )
            amt = rng.randint(800, 9000)
            total += amt
            acct, bank = doc.bank()
            vals = {
                "序号": str(i + 1),
                "姓名": doc.N(p),
                "身份证号": doc.ID(p, allow15=True),
                "优抚类别": doc.H(c_) if c_ == "伤残军人" else c_,
                "伤残等级": inj,
                "发放标准（元）": str(amt),
                "本期金额（元）": str(amt),
                "开户行": bank,
                "账号": doc.BANK(acct),
            }
            rows.append([vals[c] for c in cols])
        render_table(doc, cols, rows)
        doc.p(f"合计：{total}元。制表人：{doc.staff()}　审核：{doc.staff()}　{doc.dstr(doc.date(), 'cn')}")
    else:
        doc.title = f"{R['county']}{doc.year}年光荣牌悬挂名单"
        doc.h(doc.title)
        web_header(doc, agency)
        doc.p(f"为褒扬军人家庭为国防事业作出的贡献，{agency}集中为以下家庭悬挂光荣牌：")
        if rng.random() < 0.5:
            for _ in range(rng.randint(2, 4)):
                t = doc.town()
                ppl = [doc.person() for _ in range(rng.randint(3, 8))]
                doc.p(
                    f"{t}（{len(ppl)}户）：",
                    name_list(doc, [doc.N(p) for p in ppl], rng.choice(["、", "、", "　"])),
                )
        else:
            cols = ["序号", "姓名", "类别", "家庭住址", "悬挂日期"]
            rows = []
            for i in range(rng.randint(5, 10)):
                p = doc.person()
                rows.append(
                    [
                        str(i + 1),
                        doc.N(p),
                        rng.choice(["退役军人", "现役军人家庭", "烈属", "军属"]),
                        doc.ADDR(p["addr"]),
                        doc.dstr(doc.date(), "dash"),
                    ]
                )
            render_table(doc, cols, rows)
        footer(doc, agency)


# --------------------------------------------------------------------------- family 6: land
def plot_code(doc):
    rng = doc.rng
    c = (
        doc.R["code"]
        + f"{rng.randint(100, 220)}{rng.randint(200, 240)}"
        + "".join(rng.choice("0123456789") for _ in range(7))
    )
    if luhn_ok(c):
        c = c[:-1] + str((int(c[-1]) + 1) % 10)
    return c


def boundary(doc):
    rng = doc.rng
    if rng.random() < 0.45:
        o = doc.name()
        return cat(doc.N(o), rng.choice(["地", "承包地", "", "家地"]))
    return S(rng.choice(["路", "水渠", "山脊", "沟", "河", "集体林", "机耕道", "荒坡", "村道"]))


def fam_land(doc, sub):
    rng = doc.rng
    R = doc.R
    town = doc.town()
    vil = doc.village()
    agency = f"{town}人民政府" if rng.random() < 0.5 else f"{town}{vil}村民委员会"
    if sub == 0:
        doc.title = f"{town}{vil}农村土地承包经营权确权登记颁证公示（第{rng.randint(1, 3)}榜）"
        doc.h(doc.title)
        doc.p(
            "根据农村土地承包经营权确权登记颁证工作要求，现将本村承包方及承包地块信息公示如下，"
            "请承包方认真核对，如有异议请在公示期内向村确权工作组提出。"
        )
        for k in range(rng.randint(2, 4)):
            rep = doc.person(y0=1940, y1=1985)
            mem = []
            for rel in rng.sample(["配偶", "长子", "长女", "次子", "母亲", "孙女"], rng.randint(1, 4)):
                sx = (
                    "男"
                    if rel in ("长子", "次子")
                    else "女"
                    if rel in ("长女", "母亲", "孙女")
                    else ("女" if rep["sex"] == "男" else "男")
                )
                mem.append((doc.name(sx) if rel in ("配偶", "母亲") else doc.kin(rep, sx), rel))
            parts = []
            for j, (n, rel) in enumerate(mem):
                if j:
                    parts.append("、")
                parts += [doc.N(n), f"（{rel}）"]
            render_form(
                doc,
                [
                    ("承包方代表", doc.N(rep)),
                    ("身份证号", doc.ID(rep)),
                    (
                        "承包方地址",
                        doc.ADDR(
                            rng.choice(["", R["county"]])
                            + f"{town}{vil}{rng.choice(NUMCN[:9])}组"
                            + (f"{rng.randint(1, 80)}号" if rng.random() < 0.4 else "")
                        ),
                    ),
                    ("家庭成员", parts),
                    (
                        "承包合同编号",
                        f"{R['code']}{rng.randint(100, 220)}{rng.randint(1, 30):02d}{rng.randint(1, 300):04d}J",
                    ),
                ],
                style=rng.choice(["kv1", "kv2"]),
            )
            cols = ["地块名称", "地块编码", "面积（亩）", "东至", "南至", "西至", "北至", "备注"]
            rows = []
            for _ in range(rng.randint(2, 4)):
                pn = rng.choice(
                    ["大湾", "后山", "沟口", "长田", "塘背", "坪上", "河坝", "阳洼", "门前", "老坟湾"]
                )
                rows.append(
                    [
                        pn + ("" if pn.endswith("田") else rng.choice(["地", "田", ""])),
                        plot_code(doc),
                        f"{rng.randint(0, 4)}.{rng.randint(1, 99):02d}",
                        boundary(doc),
                        boundary(doc),
                        boundary(doc),
                        boundary(doc),
                        rng.choice(["", "", "水田", "旱地", "基本农田"]),
                    ]
                )
            render_table(doc, cols, rows)
            doc.b()
        doc.p(f"公示时间：{doc.dstr(doc.date(), 'cn')}起7日。联系人：{doc.staff()}（村确权工作组）")
        footer(doc, agency, with_tel=rng.random() < 0.5)
    elif sub == 1:
        doc.title = f"{R['county']}{town}林权登记公示"
        doc.h(doc.title)
        web_header(doc, county_agency(doc, "林业局"))
        doc.p("下列林权登记申请经审核，拟予登记，现予公示。公示期内利害关系人可提出书面异议。")
        cols = ["序号", "权利人", "身份证号", "林地坐落", "面积（亩）", "四至", "林种", "拟发证号"]
        rows = []
        for i in range(rng.randint(3, 8)):
            p = doc.person(y0=1940, y1=1990)
            sz = cat(
                "东：",
                boundary(doc),
                "；南：",
                boundary(doc),
                "；西：",
                boundary(doc),
                "；北：",
                boundary(doc),
            )
            rows.append(
                [
                    str(i + 1),
                    doc.N(p),
                    doc.ID(p),
                    f"{vil}{rng.choice(['后山', '老林湾', '松树坡', '背阴山', '杉木冲'])}",
                    f"{rng.randint(1, 80)}.{rng.randint(0, 9)}",
                    sz,
                    rng.choice(
                        ["用材林", "经济林", "生态公益林"]
                        + (["竹林"] if R["style"] in ("han_s", "tujia") else ["灌木林"])
                    ),
                    f"{R['abbr']}林证字（{doc.year}）第{rng.randint(1, 9999):05d}号",
                ]
            )
        render_table(doc, cols, rows)
        footer(doc, county_agency(doc, "林业局"))
    else:
        doc.title = "农村土地经营权流转合同"
        doc.h(doc.title)
        a = doc.person(y0=1945, y1=1985)
        doc.p(
            "甲方（流出方）：",
            doc.N(a),
            "，身份证号码：",
            doc.ID(a),
            "，住址：",
            doc.ADDR(a["addr"]),
            "，联系电话：",
            doc.MOB(a),
        )
        if rng.random() < 0.6:
            co = f"{R['county'].replace('土家族苗族自治县', '')}{rng.choice(['绿源', '丰收', '金穗', '青山', '富民'])}{rng.choice(['种植专业合作社', '农业开发有限公司', '养殖专业合作社'])}"
            legal = doc.person()
            doc.p(
                f"乙方（流入方）：{co}，统一社会信用代码：{doc.credit('93' if '合作社' in co else '91')}，"
                f"住所：{town}{rng.choice(R['roads'])}{rng.randint(1, 200)}号，法定代表人：",
                doc.N(legal),
                "，联系电话：",
                doc.MOB(legal),
            )
        else:
            b = doc.person(y0=1960, y1=1990)
            doc.p(
                "乙方（流入方）：",
                doc.N(b),
                "，身份证号码：",
                doc.ID(b),
                "，住址：",
                doc.ADDR(b["addr"]),
                "，联系电话：",
                doc.MOB(b),
            )
        doc.p(
            "根据《中华人民共和国农村土地承包法》《农村土地经营权流转管理办法》，甲乙双方本着平等协商、自愿有偿的原则，"
            "签订本合同。"
        )
        area = f"{rng.randint(1, 30)}.{rng.randint(0, 99):02d}"
        doc.p(
            f"一、流转土地：甲方将其承包的位于{town}{vil}的耕地{area}亩流转给乙方经营，地块四至：东至",
            boundary(doc),
            "，南至",
            boundary(doc),
            "，西至",
            boundary(doc),
            "，北至",
            boundary(doc),
            "。",
        )
        doc.p(
            f"二、流转期限：自{doc.year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日起至{doc.year + rng.randint(5, 15)}年12月31日止。"
        )
        acct, bank = doc.bank()
        doc.p(
            f"三、流转价款：每亩每年{rng.randint(200, 900)}元，乙方于每年12月31日前支付当年流转费，"
            f"转入甲方{bank}账户（账号：",
            doc.BANK(acct),
            "）。",
        )
        doc.p("四、乙方不得改变土地的农业用途，不得破坏农业综合生产能力和农业生态环境。")
        doc.p("五、本合同一式三份，甲乙双方各执一份，村民委员会备案一份。")
        doc.t("甲方（签字）：", doc.N(a), "　　　乙方（签字/盖章）：")
        doc.t(f"鉴证单位：{town}{vil}村民委员会　　经办人：{doc.staff()}")
        doc.t(doc.dstr(doc.date(), "cn"))


# --------------------------------------------------------------------------- family 7: grid
def fam_grid(doc, sub):
    rng = doc.rng
    R = doc.R
    town = doc.town()
    agency = f"{town}综治中心" if rng.random() < 0.5 else f"{town}人民政府"
    gw = doc.staff()
    gw_mob = doc.person()["mobile"]

    def remark(p):
        r = rng.random()
        if r < 0.25:
            return cat(rng.choice(["独居，", "", "空巢，"]), "患", doc.H(doc.health(0.3)))
        if r < 0.35:
            return cat(
                "家有",
                rng.choice(["小型轿车", "货车", "面包车"]),
                "一辆（",
                P("license_plate", doc.plate()),
                "）",
            )
        if r < 0.42:
            return cat(
                "从",
                rng.choice(["韩国", "日本", "俄罗斯", "马来西亚"]),
                "返乡，护照号",
                P("passport", doc.passport()),
            )
        if r < 0.47:
            return cat("在澳门务工，通行证号", P("hk_macau_permit", doc.hkpermit()))
        if r < 0.50:
            return cat("赴台探亲返回，往来台湾通行证", P("tw_permit", doc.twpermit()))
        if r < 0.53:
            return cat("子女在外，邮箱", P("email", doc.email()))
        return S(
            rng.choice(["无异常", "家庭和睦", "子女在外务工", "已宣传反诈知识", "房屋安全", "已排查燃气隐患"])
        )

    if sub == 0:
        doc.title = f"{town}{rng.choice(['网格入户走访排查台账', '网格员入户走访记录表', '矛盾纠纷排查台账'])}（第{rng.randint(1, 30)}网格）"
        doc.h(doc.title)
        cols = [
            "序号",
            "户主姓名",
            "身份证号",
            "联系电话",
            "家庭住址",
            "家庭人口",
            "人员类别",
            "走访情况",
            "走访时间",
        ]
        if rng.random() < 0.3:
            cols.remove("身份证号")
        rows = []
        for i in range(rng.randint(4, 10)):
            p = doc.person(y0=1935, y1=1998)
            vals = {
                "序号": str(i + 1),
                "户主姓名": doc.N(p),
                "身份证号": doc.ID(p),
                "联系电话": doc.MOB(p),
                "家庭住址": doc.ADDR(p["addr"]),
                "家庭人口": str(rng.randint(1, 7)),
                "人员类别": rng.choice(["常住户", "独居老人", "留守老人", "外出务工", "返乡人员", "出租户"]),
                "走访情况": remark(p),
                "走访时间": doc.dstr(doc.date(), rng.choice(["dash", "dot", "slash"])),
            }
            rows.append([vals[c] for c in cols])
        render_table(doc, cols, rows)
        doc.p(
            f"网格员：{gw}　联系电话：",
            P("mobile", gw_mob) if rng.random() < 0.5 else doc.office_tel(),
            f"　　{doc.dstr(doc.date(), 'cn')}",
        )
    elif sub == 1:
        doc.title = f"{town}重点人员帮扶台账"
        doc.h(doc.title)
        for _ in range(rng.randint(1, 3)):
            p = doc.person(y0=1950, y1=2008)
            g = doc.person(y0=1945, y1=1990)
            typ = rng.choice(["精神障碍患者", "残疾人", "独居老人", "困境儿童", "大病患者"])
            if typ in ("精神障碍患者",):
                st = doc.H(rng.choice(["精神分裂症", "双相情感障碍", "偏执性精神病", "癫痫所致精神障碍"]))
            elif typ == "残疾人":
                st = doc.H(rng.choice(DISAB).format(rng.choice("一二三四")))
            elif typ == "大病患者":
                st = doc.H(doc.health(0))
            else:
                st = S(rng.choice(["生活基本能自理", "父母双亡，由祖父母抚养", "无"]))
            fl = [
                ("姓名", doc.N(p)),
                ("性别", p["sex"]),
                ("出生日期", doc.dstr(p["born"], "dot")),
                ("身份证号", doc.ID(p)),
                ("现住址", doc.ADDR(p["addr"])),
                ("联系电话", doc.MOB(p) if rng.random() < 0.6 else P("landline", doc.landline())),
                ("人员类型", doc.H(typ) if typ in ("精神障碍患者", "残疾人", "大病患者") else typ),
                ("健康/现状", st),
                ("监护人", doc.N(g)),
                ("监护人电话", doc.MOB(g)),
                ("帮扶责任人", f"{doc.staff()}（{rng.choice(['镇党委委员', '村支书', '网格员', '民警'])}）"),
                (
                    "帮扶措施",
                    rng.choice(
                        [
                            "每月走访不少于2次，落实监护补助",
                            "协助申请残疾人两项补贴",
                            "联系家庭医生签约服务",
                            "纳入低保，落实临时救助",
                        ]
                    ),
                ),
            ]
            render_form(doc, fl)
            doc.b()
        doc.p(f"填报单位：{agency}　填报人：{gw}")
    else:
        doc.title = f"{town}网格员走访日志"
        doc.h(doc.title)
        doc.p(f"网格员：{gw}　所属网格：{doc.village()}第{rng.randint(1, 12)}网格")
        for _ in range(rng.randint(3, 6)):
            p = doc.person(y0=1935, y1=1995)
            d = doc.date()
            bits = [
                f"{d.month}月{d.day}日{rng.choice(['上午', '下午', ''])}，到",
                doc.ADDR(p["addr"]),
                rng.choice(["", "，"]),
                doc.N(p),
                "家走访。",
            ]
            r = rng.random()
            if r < 0.3:
                bits += [
                    doc.N(p),
                    f"（{p['age']}岁）",
                    "患",
                    doc.H(doc.health(0.3)),
                    "，",
                    rng.choice(["行动需人照料", "长期服药", "家中仅老两口"]),
                    "，其子",
                    doc.N(doc.kin(p, "男")),
                    "在外务工，电话",
                    doc.MOB(doc.person()["mobile"]),
                    "。",
                ]
            elif r < 0.55:
                o = doc.name()
                bits += [
                    doc.N(p),
                    "反映与邻居",
                    doc.N(o),
                    "因",
                    rng.choice(["排水", "宅基地", "鸡鸭毁坏庄稼"]),
                    "问题发生争执，已告知村调委会介入。联系电话：",
                    doc.MOB(p),
                    "。",
                ]
            elif r < 0.7:
                bits += [
                    "核查",
                    doc.N(p),
                    "名下车辆",
                    P("license_plate", doc.plate()),
                    "长期停放在公共通道，已劝导挪移。",
                ]
            else:
                bits += [
                    "宣传",
                    rng.choice(["反电诈", "森林防火", "燃气安全", "医保缴费"]),
                    "知识，",
                    doc.N(p),
                    rng.choice(["表示理解", "已下载国家反诈中心APP", "家中无异常"]),
                    "。",
                ]
            doc.p(*bits)
        doc.p(f"（{R['county']}{town}网格化服务管理中心　电话：{doc.office_tel()}）")


# --------------------------------------------------------------------------- driver
FAMILIES = [
    ("expropriation", fam_expropriation, ["gongshi", "xieyi", "anzhi"]),
    ("petition", fam_petition, ["shouli", "yijian", "taizhang"]),
    ("mediation", fam_mediation, ["xieyi", "dengji", "sifa"]),
    ("medical_aid", fam_medical, ["mingdan", "shenqing", "fafang"]),
    ("elderly", fam_elderly, ["mingdan", "pinggu", "gongshi"]),
    ("veterans", fam_veterans, ["caiji", "huamingce", "guangrong"]),
    ("land", fam_land, ["quequan", "linquan", "liuzhuan"]),
    ("grid", fam_grid, ["taizhang", "bangfu", "rizhi"]),
]


def make_doc(seed, i, max_attempts=60):
    fam, fn, subs = FAMILIES[i % 8]
    sub = (i // 8) % 3
    last = None
    for attempt in range(max_attempts):
        rng = random.Random(f"{seed}:{i}:{attempt}")
        rkey = rng.choice(REGION_KEYS)
        pdf = rng.random() < 0.25
        doc = Doc(rng, rkey, pdf)
        doc.family = fam  # type: ignore[attr-defined]
        try:
            fn(doc, sub)
        except RuntimeError as e:
            last = str(e)
            continue
        rec = build_record(doc, f"{fam}.{subs[sub]}" + (".pdf" if pdf else ""))
        err = self_check(rec)
        if err is None:
            return rec, attempt
        last = err
    raise SystemExit(f"doc {i}: self-check keeps failing: {last}")


def decisions_text():
    d = __doc__.split("DECISIONS", 1)[1]
    return d.strip("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", default="163")
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--stats", action="store_true", help="print counts per kind / type to stderr")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args(argv)
    if a.decisions:
        print("DECISIONS")
        print(decisions_text())
        return
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    kinds = {}  # type: ignore[var-annotated]
    types = {}  # type: ignore[var-annotated]
    redraws = 0
    for i in range(a.docs):
        rec, att = make_doc(a.seed, i)
        redraws += att
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for sp in rec["spans"]:
            kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
        types[rec["type"]] = types.get(rec["type"], 0) + 1
    if out is not sys.stdout:
        out.close()
    if a.stats:
        print(f"docs={a.docs} redraws={redraws}", file=sys.stderr)
        for k in sorted(kinds, key=lambda k: -kinds[k]):
            print(f"  {k:16s} {kinds[k]}", file=sys.stderr)
        pdfs = sum(v for t, v in types.items() if t.endswith(".pdf"))
        print(f"  pdf docs: {pdfs}", file=sys.stderr)
        for t in sorted(types):
            print(f"  {t:32s} {types[t]}", file=sys.stderr)


if __name__ == "__main__":
    main()
