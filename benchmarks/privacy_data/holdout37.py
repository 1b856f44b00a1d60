#!/usr/bin/env python3
# ruff: noqa: E501, B007, B905, C408, E741, RUF005, RUF034, SIM115, UP031
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout37 -- blind labelled evaluation set for a PII detector on Chinese
government-disclosure (政务公开) documents.  Standard library only.

Usage:
    python holdout37.py --docs 400 --seed 167 -o out.jsonl [--stats]
    python holdout37.py --decisions

Output: JSON Lines, one object per document:
    {"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind","start","end","text"}]}

Families (family = index % 8, sub-kind = (index // 8) % 3):
    0 dibao       roster (审批花名册/资金发放表) | survey (入户调查表/家庭经济状况核对表) | notice (新增/停保公示)
    1 penalty     decision (行政处罚决定书) | hearing (不予处罚/听证告知书) | list (双公示 处罚信息)
    2 gongshi     post (公益性岗位/护林员续聘) | disab (残疾人两项补贴新增名单) | house (危房改造验收公示)
    3 application gkapply (政府信息公开申请表) | dbapply (低保申请书, prose) | proxy (授权委托书/代办)
    4 minutes     village (村务会议/村民代表大会) | pingyi (低保民主评议 with votes) | hearing (听证会/座谈会)
    5 letters     xinfang (信访答复) | mailbox (领导信箱回复) | ticket (12345 工单)
    6 notices     service (公告送达) | demolish (催告/限期拆除) | lost (遗失声明)
    7 rosters     medical (医保参保) | pension (养老保险待遇领取) | family (计生奖励扶助)

Layouts: label-value forms (one or two fields a line, full-width or ASCII
colon, spaced labels 姓　　名), prose, tab tables, space-aligned tables,
markdown pipe tables, HTML <table>, CSV, one cell per line, numbered lists,
、-separated name lists.  About 25% of documents are "PDF text extraction"
(type suffix .pdf): prose hard-wrapped at 28-40 characters (only an address
span may contain the inserted line break; other spans move whole to the next
line), tables flattened to space-joined rows with page numbers and running
titles between rows, and (per document, usually) two-character names spaced
by U+3000 (the span covers the space).

Regions: 山西吕梁临县 141124 (0358, 晋J, 033200); 湖北恩施利川市 422802
(0718, 鄂Q, 445400, Tujia surnames); 海南儋州市 460400 (0898, 琼F, 571700,
Li-style names 符亚X/王阿X); 甘肃临夏东乡族自治县 622926 (0930, 甘N, 731400,
Dongxiang/Hui names 马尔里/妥法土麦); 辽宁阜新阜蒙县 210921 (0418, 辽J, 123100,
Mongolian names 巴特尔/包乌云其其格); 江西上饶鄱阳县 361128 (0793, 赣E, 333100).
Towns are real; villages and street numbers partly invented.

Near-misses (present, never labelled): GB 32100-valid 统一社会信用代码, 文号,
索引号, case numbers, order/transaction numbers of 16-19 digits that pass Luhn
but start with 20xx (no issuer prefix), amounts, dates, ages, postcodes, office
landlines and hotlines (12345, 12349, 0358-xxxxxxx of an office), gov.cn
mailboxes, masked values (138****1234, 1411**********123X, 张某, 李*), officials
and staff in their public role, addresses of agencies/companies/shops/sites,
bare village/township residence, place names containing surnames (林家坪镇,
赵家乡, 王五镇, 车家湾乡), 残疾人 category words without a person.

Self-checks (a document is redrawn with attempt+1 on failure): spans sorted,
non-overlapping, text[s:e]==t, no edge whitespace; per kind format/checksum
(id_card GB 11643 + real date + known region code; id_card_15 pattern + date;
mobile 1[3-9]\\d{9}; landline; bank_card 16-19 digits Luhn + issuer prefix;
email; passport; permits; plate); with all labelled spans masked no remaining
substring looks like a mobile, a valid 18-digit ID or a Luhn-valid 16-19 digit
card with a real issuer prefix; a labelled name (with or without the U+3000)
never also appears unlabelled in the same text.

DECISIONS
D1. name: the name of a private person (applicant, 当事人, household member, recipient, speaker who is a villager, petitioner, agent/受托人, 联系人 of a family). Officials, staff, 承办人, 执法人员, 村干部 acting in their role, signatories of agencies are NOT labelled.
D2. name spans cover exactly the name; in PDF text a two-character name may be spaced with U+3000 and the span covers "张　伟".  Masked forms (张某, 王某某, 李*, 刘先生, 马女士) are not labelled.
D3. A legal representative of a company named in a penalty list is a natural person and IS labelled as name; the company name and its credit code are not.
D4. id_card: full valid 18-digit numbers only; masked IDs are not labelled.  id_card_15: old 15-digit numbers (region+YYMMDD+3 digits) in rosters of elderly people.
D5. mobile: any full 11-digit personal mobile.  landline: a person's home phone (area code + number, with or without hyphen/brackets).  Office landlines, hotlines (12345/12349/12315), and agency 监督电话 are not labelled.
D6. bank_card: full 16-19 digit account/card numbers of persons (Luhn-valid, real issuer BIN).  Transaction/order/voucher numbers starting 20xx are not labelled.
D7. email: a private person's mailbox; *.gov.cn mailboxes of offices are not labelled.
D8. address: a person's home/residence/户籍 address that reaches 号/栋/单元/室/组 (or 号院/户).  The span starts at the first place-name element written (province, city, county, town or village) and ends at the last 号/栋/单元/室/组 element; a trailing "附近"/"家中" is excluded.  A bare village or township is not an address.  Addresses of agencies, companies, shops, construction sites and demolished structures' locations that are not a residence are not labelled.
D9. In 危房改造 lists the house being rebuilt is the household's residence: if written down to 组/号 it is labelled address.
D10. health: a person's illness or disability status written next to that person (e.g. 肢体残疾二级, 患尿毒症, 精神残疾, 脑梗后遗症, 重度残疾).  The span covers the condition phrase (not "患有"/"因").  Neutral values (健康, 良好, 无) are not labelled.  Generic category words (重度残疾人护理补贴 as a programme name) are not labelled.
D11. passport (E/EA/G-prefixed), hk_macau_permit (C + 8 digits), tw_permit (8-digit 台胞证 or L + 8 digits 往来台湾通行证) are labelled when a person's number is written in full.
D12. license_plate: a privately owned vehicle's plate written next to its owner; the span covers the plate incl. a middle dot if present.
D13. Ages, birth dates, sexes, ethnicity, incomes, amounts, relationships and vote counts are not labelled.
D14. Every occurrence of a labelled datum is labelled; the same name appearing twice is labelled twice.
D15. In 遗失声明 the person declaring loss is labelled (name) and the lost document's number if it is a personal ID/permit; shop/company licences lost are not.
D16. A 村组 cell in a roster (e.g. 红岭村四组) is the person's residence written down to 组 and is labelled address; a bare 村 cell (红岭村) or 乡镇 cell is not.
D17. Health of an unnamed relative written next to the named person (其妻患…, 独生子女，智力残疾三级, 我爱人常年…) is labelled health.
D18. 工单编号/信件编号 such as LC2023… or GD2024… are not labelled even where a substring resembles a permit number.
"""

import argparse
import json
import random
import re
import sys

DECISIONS = [l for l in __doc__.split("DECISIONS", 1)[1].strip().splitlines() if re.match(r"D\d+\.", l)]

# ---------------------------------------------------------------- checksums
W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, W_ID)) % 11]


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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(rng, area):
    while True:
        org = "".join(rng.choice("0123456789" if i < 8 else "0123456789") for i in range(8))
        vals = [int(c) for c in org]
        c9 = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
        c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))  # type: ignore[assignment]
        if c9 == "X":  # type: ignore[comparison-overlap]
            continue
        body = rng.choice(["91", "92", "93", "12", "52"]) + area + org + c9
        s = sum(CC_CHARS.index(c) * w for c, w in zip(body, CC_W))
        return body + CC_CHARS[(31 - s % 31) % 31]


def real_date(y, m, d):
    if not (1 <= m <= 12) or d < 1:
        return False
    md = [
        31,
        29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][m - 1]
    return d <= md


# ---------------------------------------------------------------- regions
REGIONS = [
    dict(
        key="linxian",
        prov="山西省",
        city="吕梁市",
        county="临县",
        code="141124",
        extra=["141102", "141123"],
        area="0358",
        plate="晋J",
        post="033200",
        eth=None,
        towns=[
            "临泉镇",
            "白文镇",
            "城庄镇",
            "兔坂镇",
            "克虎镇",
            "三交镇",
            "湍水头镇",
            "林家坪镇",
            "招贤镇",
            "碛口镇",
            "刘家会镇",
            "丛罗峪镇",
            "曲峪镇",
            "八堡乡",
            "大禹乡",
            "玉坪乡",
            "青凉寺乡",
            "石白头乡",
            "雷家碛乡",
            "安业乡",
        ],
        vill=[
            "王家坪",
            "高家塔",
            "后甘泉",
            "西坡",
            "李家山",
            "柳树沟",
            "枣林坪",
            "寨则上",
            "南庄",
            "石家会",
            "曹家沟",
            "冯家岔",
        ],
        streets=["凤山路", "新华街", "解放南路", "临泉大道"],
        sur=list("刘高李张王薛郝贺任白曹冯闫秦樊杜康成"),
        given=[
            "二平",
            "拴柱",
            "存有",
            "福祥",
            "翠兰",
            "改梅",
            "润莲",
            "候平",
            "俊生",
            "海燕",
            "瑞芳",
            "三虎",
            "爱平",
            "建军",
            "丽君",
            "文斌",
            "秀英",
            "换兰",
            "满仓",
            "宝宝",
            "志强",
            "金花",
            "成旺",
            "小明",
        ],
        minority=[],
    ),
    dict(
        key="lichuan",
        prov="湖北省",
        city="恩施土家族苗族自治州",
        county="利川市",
        code="422802",
        extra=["422801", "422826"],
        area="0718",
        plate="鄂Q",
        post="445400",
        eth="土家族",
        towns=[
            "都亭街道",
            "东城街道",
            "南坪乡",
            "凉雾乡",
            "元堡乡",
            "柏杨坝镇",
            "汪营镇",
            "团堡镇",
            "谋道镇",
            "忠路镇",
            "毛坝镇",
            "文斗镇",
            "建南镇",
            "沙溪乡",
        ],
        vill=[
            "齐跃桥",
            "大塘",
            "龙潭",
            "白羊塘",
            "青岩",
            "苏拉口",
            "石龙",
            "长坪",
            "老屋基",
            "黄泥塘",
            "天上坪",
        ],
        streets=["清江大道", "腾龙大道", "龙船大道", "学苑路", "体育路"],
        sur=list("向冉谭覃田彭牟黄杨秦龚熊邓冯谢李张"),
        given=[
            "祖清",
            "世华",
            "光明",
            "兴国",
            "春燕",
            "小红",
            "德贵",
            "正芳",
            "昌兰",
            "永福",
            "远志",
            "大贵",
            "玉梅",
            "腊英",
            "明全",
            "家兵",
            "应平",
            "秀菊",
            "顺林",
            "仕国",
        ],
        minority=[],
    ),
    dict(
        key="danzhou",
        prov="海南省",
        city="",
        county="儋州市",
        code="460400",
        extra=["469003", "460106"],
        area="0898",
        plate="琼F",
        post="571700",
        eth="黎族",
        towns=[
            "那大镇",
            "和庆镇",
            "南丰镇",
            "大成镇",
            "雅星镇",
            "兰洋镇",
            "光村镇",
            "木棠镇",
            "海头镇",
            "峨蔓镇",
            "王五镇",
            "白马井镇",
            "中和镇",
            "排浦镇",
            "东成镇",
            "新州镇",
        ],
        vill=["番雅", "美万", "抱舍", "新地", "大星", "红岭", "松鸣", "加老", "南丰村", "三都", "头竹"],
        streets=["中兴大街", "人民中路", "伏波东路", "文化南路", "军屯路"],
        sur=list("符王羊吉陈黎李邢卓董麦谢林吴"),
        given=[
            "亚英",
            "亚妹",
            "亚福",
            "阿二",
            "阿弟",
            "亚兴",
            "亚花",
            "文强",
            "少华",
            "美玲",
            "金龙",
            "亚平",
            "阿三",
            "玉兰",
            "海明",
            "春梅",
            "秋菊",
            "运雄",
            "琼花",
            "德光",
        ],
        minority=[],
    ),
    dict(
        key="dongxiang",
        prov="甘肃省",
        city="临夏回族自治州",
        county="东乡族自治县",
        code="622926",
        extra=["622901", "622921"],
        area="0930",
        plate="甘N",
        post="731400",
        eth="东乡族",
        towns=[
            "锁南镇",
            "达板镇",
            "河滩镇",
            "那勒寺镇",
            "唐汪镇",
            "果园镇",
            "汪集镇",
            "龙泉镇",
            "春台乡",
            "柳树乡",
            "东塬乡",
            "关卜乡",
            "赵家乡",
            "沿岭乡",
            "五家乡",
            "大树乡",
            "北岭乡",
            "考勒乡",
            "百和乡",
            "董岭乡",
            "车家湾乡",
            "高山乡",
            "坪庄乡",
            "风山乡",
        ],
        vill=["中心", "马家", "哈木则岭", "东干", "阿卜塞", "布隆", "红崖", "拱北湾", "苏家", "达浪", "纳伦"],
        streets=["东乡大道", "锁南路", "人民路", "新华路"],
        sur=list("马妥汪何韩赵唐哈米包王张"),
        given=[
            "尔里",
            "哈吉",
            "伊斯哈",
            "穆萨",
            "尕西木",
            "法土麦",
            "阿依舍",
            "麦燕",
            "素菲",
            "舍木",
            "哈比布",
            "牙古布",
            "尔撒",
            "尕奴海",
            "苏来曼",
            "福祥",
            "国林",
            "玉花",
            "哈三",
            "阿卜都",
        ],
        minority=[],
    ),
    dict(
        key="fumeng",
        prov="辽宁省",
        city="阜新市",
        county="阜新蒙古族自治县",
        code="210921",
        extra=["210902", "210922"],
        area="0418",
        plate="辽J",
        post="123100",
        eth="蒙古族",
        towns=[
            "阜新镇",
            "东梁镇",
            "佛寺镇",
            "伊吗图镇",
            "旧庙镇",
            "务欢池镇",
            "建设镇",
            "大巴镇",
            "泡子镇",
            "十家子镇",
            "王府镇",
            "于寺镇",
            "富荣镇",
            "大固本镇",
            "卧凤沟乡",
            "八家子镇",
            "沙拉镇",
            "哈达户稍镇",
            "扎兰营子镇",
            "紫都台镇",
            "化石戈镇",
            "红帽子镇",
            "老河土镇",
            "平安地镇",
            "蜘蛛山镇",
            "国华乡",
        ],
        vill=["白音皋", "他本", "哈达", "塔营子", "喇嘛沟", "章古台", "东五家子", "瓦房", "梁家营子", "西板"],
        streets=["迎宾大街", "解放大街", "中华路", "人民大街", "海州路"],
        sur=list("包白吴韩宝那乌敖鲍海何李王张"),
        given=[
            "金山",
            "双喜",
            "玉兰",
            "桂芝",
            "春华",
            "宝山",
            "占军",
            "凤霞",
            "德胜",
            "淑琴",
            "国臣",
            "铁柱",
            "振宇",
            "秀梅",
            "喜军",
            "海龙",
            "丽娜",
            "长命",
            "福顺",
            "晓东",
        ],
        minority=[
            "巴特尔",
            "乌云其其格",
            "哈斯巴根",
            "苏日娜",
            "白音仓",
            "宝音图",
            "那仁满都拉",
            "额尔敦",
            "其木格",
            "阿拉坦仓",
            "萨仁高娃",
            "朝鲁门",
        ],
    ),
    dict(
        key="poyang",
        prov="江西省",
        city="上饶市",
        county="鄱阳县",
        code="361128",
        extra=["361102", "361127"],
        area="0793",
        plate="赣E",
        post="333100",
        eth=None,
        towns=[
            "鄱阳镇",
            "谢家滩镇",
            "石门街镇",
            "四十里街镇",
            "油墩街镇",
            "田畈街镇",
            "金盘岭镇",
            "高家岭镇",
            "凰岗镇",
            "双港镇",
            "古县渡镇",
            "饶丰镇",
            "乐丰镇",
            "珠湖乡",
            "白沙洲乡",
            "莲湖乡",
            "响水滩乡",
            "昌洲乡",
            "游城乡",
            "饶埠镇",
            "侯家岗乡",
        ],
        vill=["朱家", "程家湾", "下湾", "团林", "芦田", "长山", "双溪", "姚公", "新桥", "枧田", "磨刀石"],
        streets=["芝阳路", "饶州大道", "鄱阳湖大道", "东湖路", "五一路"],
        sur=list("程汪黄胡张余吴王徐李詹朱段洪"),
        given=[
            "国平",
            "细华",
            "水根",
            "冬梅",
            "建华",
            "小兰",
            "金水",
            "春生",
            "荷花",
            "细妹",
            "火旺",
            "美英",
            "福林",
            "家旺",
            "志勇",
            "丽萍",
            "根生",
            "凤英",
            "长发",
            "新华",
        ],
        minority=[],
    ),
]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "令狐", "皇甫", "东方", "尉迟", "端木", "公孙"]
BINS = [
    ("622848", 19),
    ("622845", 19),
    ("621700", 19),
    ("622700", 19),
    ("622202", 19),
    ("622208", 19),
    ("621226", 19),
    ("621661", 19),
    ("621799", 19),
    ("622188", 19),
    ("621098", 19),
    ("622588", 16),
    ("436742", 19),
    ("623059", 19),
    ("622682", 16),
    ("621282", 19),
]
ISSUER_PREFIXES = ("62", "60", "4", "51", "52", "53", "54", "55", "35", "9558", "37")
ILLS = [
    "肢体残疾二级",
    "肢体残疾三级",
    "视力残疾一级",
    "听力残疾二级",
    "智力残疾三级",
    "精神残疾二级",
    "言语残疾四级",
    "多重残疾一级",
    "尿毒症",
    "脑梗后遗症",
    "糖尿病并发症",
    "慢性肾衰竭",
    "肺结核",
    "肝硬化",
    "乳腺癌术后",
    "白血病",
    "精神分裂症",
    "重度残疾",
    "高血压三级",
    "偏瘫",
    "先天性心脏病",
    "股骨头坏死",
    "矽肺病",
    "癫痫",
]
PYIN = [
    "li",
    "wang",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "ma",
    "hu",
    "gao",
    "bao",
    "fu",
    "xiang",
    "tan",
    "cheng",
    "he",
    "han",
]
PYGIV = [
    "jun",
    "hua",
    "ping",
    "mei",
    "lan",
    "qiang",
    "fang",
    "ming",
    "yan",
    "gui",
    "fu",
    "hai",
    "long",
    "xia",
    "bin",
    "lin",
]


# ---------------------------------------------------------------- people
class Person:
    pass


def make_name(rng, R, sex=None):
    r = rng.random()
    if R["minority"] and r < 0.35:
        n = rng.choice(R["minority"])
        if rng.random() < 0.4:
            n = rng.choice("包白吴宝") + n
        return n
    if R["key"] == "dongxiang" and r < 0.6:
        return rng.choice("马妥汪何韩哈") + rng.choice(
            [
                "尔里",
                "哈吉",
                "伊斯哈",
                "穆萨",
                "尕西木",
                "法土麦",
                "阿依舍",
                "麦燕",
                "素菲",
                "舍木",
                "哈比布",
                "牙古布",
                "尔撒",
                "尕奴海",
                "苏来曼",
                "阿卜都",
                "哈三",
                "尕麦",
            ]
        )
    if R["key"] == "danzhou" and r < 0.5:
        return (
            rng.choice("符王羊吉陈黎李邢卓麦")
            + rng.choice(["亚", "阿"])
            + rng.choice("英妹福二弟兴花平三四贵娇玉")
        )
    sur = rng.choice(COMPOUND) if rng.random() < 0.02 else rng.choice(R["sur"])
    if rng.random() < 0.3:
        return sur + rng.choice("军华平明英兰芳勇强杰敏霞伟刚红梅")
    return sur + rng.choice(R["given"])


def id18(rng, R, birth, sex):
    code = R["code"] if rng.random() < 0.8 else rng.choice(R["extra"])
    y, m, d = birth
    seq = rng.randint(0, 99) * 10 + (
        rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8])
    )
    s17 = "%s%04d%02d%02d%03d" % (code, y, m, d, seq)
    return s17 + id_check(s17)


def mobile(rng):
    pre = rng.choice(
        [
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
            "191",
            "193",
            "195",
            "198",
            "199",
            "147",
        ]
    )
    return pre + "%08d" % rng.randint(0, 99999999)


def home_landline(rng, R):
    n = R["area"] + "-" + str(rng.randint(2, 8)) + "%06d" % rng.randint(0, 999999)
    if R["area"] == "0898":
        n = "0898-" + rng.choice(["23", "23", "33"]) + "%06d" % rng.randint(0, 999999)
    f = rng.random()
    if f < 0.2:
        return n.replace("-", "")
    if f < 0.35:
        a, b = n.split("-")
        return "(%s)%s" % (a, b)
    return n


def bank(rng):
    p, n = rng.choice(BINS)
    body = p + "".join(str(rng.randint(0, 9)) for _ in range(n - len(p) - 1))
    return luhn_complete(body)


def order_no(rng):
    n = rng.randint(16, 19)
    body = "20" + str(rng.randint(19, 25)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 5))
    return luhn_complete(body)


def home_addr(rng, R, town=None, level=None):
    town = town or rng.choice(R["towns"])
    style = rng.random()
    pre = ""
    p = rng.random()
    if p < 0.15:
        pre = R["prov"] + R["city"] + R["county"]
    elif p < 0.5:
        pre = R["county"]
    if "街道" in town or (style < 0.3 and town in R["towns"][:2]):
        st = rng.choice(R["streets"])
        tail = st + "%d号" % rng.randint(1, 399)
        if rng.random() < 0.6:
            tail += rng.choice(
                [
                    "%d栋%d单元%d室"
                    % (rng.randint(1, 12), rng.randint(1, 4), rng.randint(1, 6) * 100 + rng.randint(1, 4)),
                    "%d号楼%d单元%d室"
                    % (rng.randint(1, 9), rng.randint(1, 3), rng.randint(1, 6) * 100 + rng.randint(1, 2)),
                    "%d栋%d室" % (rng.randint(1, 20), rng.randint(1, 18) * 100 + rng.randint(1, 4)),
                ]
            )
        return pre + town + tail
    v = rng.choice(R["vill"])
    v = v + ("村" if not v.endswith("村") else "")
    r = rng.random()
    if r < 0.55:
        tail = (
            rng.choice(["一", "二", "三", "四", "五", "六", "七", "八"]) + "组"
            if rng.random() < 0.6
            else "%d组" % rng.randint(1, 12)
        )
    elif r < 0.85:
        tail = rng.choice(["", "%d组" % rng.randint(1, 9)]) + "%d号" % rng.randint(1, 120)
    else:
        tail = (
            rng.choice(["上", "下", "前", "后"])
            + rng.choice(["湾", "院", "坪", "沟"])
            + "%d号" % rng.randint(1, 60)
        )
    return pre + town + v + tail


def bare_place(rng, R):
    t = rng.choice(R["towns"])
    if rng.random() < 0.5:
        return t + rng.choice(R["vill"]).rstrip("村") + "村"
    return R["county"] + t


def person(rng, R, sex=None, age=None, used=None):
    P = Person()
    for _ in range(50):
        P.name = make_name(rng, R)  # type: ignore[attr-defined]
        if used is None or (P.name not in used and not any(P.name in u or u in P.name for u in used)):  # type: ignore[attr-defined]
            break
    if used is not None:
        used.append(P.name)  # type: ignore[attr-defined]
    P.sex = sex or rng.choice(["男", "女"])  # type: ignore[attr-defined]
    age = age if age is not None else rng.randint(19, 86)
    y = 2024 - age
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    P.birth = (y, m, d)  # type: ignore[attr-defined]
    P.age = age  # type: ignore[attr-defined]
    P.id = id18(rng, R, P.birth, P.sex)  # type: ignore[attr-defined]
    P.id15 = P.id[:6] + P.id[8:14] + P.id[14:17]  # type: ignore[attr-defined]
    P.mob = mobile(rng)  # type: ignore[attr-defined]
    P.tel = home_landline(rng, R)  # type: ignore[attr-defined]
    P.addr = home_addr(rng, R)  # type: ignore[attr-defined]
    P.card = bank(rng)  # type: ignore[attr-defined]
    P.ill = rng.choice(ILLS)  # type: ignore[attr-defined]
    P.eth = R["eth"] if R["eth"] and rng.random() < 0.6 else "汉族"  # type: ignore[attr-defined]
    P.mail = (  # type: ignore[attr-defined]
        rng.choice(PYIN)
        + rng.choice(PYGIV)
        + str(rng.randint(1, 2024))
        + rng.choice(["@qq.com", "@163.com", "@126.com", "@sina.com", "@139.com"])
        if rng.random() < 0.6
        else str(rng.randint(10000000, 3999999999)) + "@qq.com"
    )
    P.plate = (  # type: ignore[attr-defined]
        R["plate"]
        + (rng.choice(["·", "", ""]))
        + "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") if i else rng.choice("ABCDEFGHJKLM")
            for i in range(5)
        )
    )
    return P


def mask_id(s):
    return s[:6] + "********" + s[-4:] if len(s) == 18 else s[:2] + "*" * 13 + s[-3:]


def mask_mob(s):
    return s[:3] + "****" + s[-4:]


def masked_name(rng, n):
    return rng.choice(
        [n[0] + "某", n[0] + "某某", n[0] + "*", n[0] + "**", n[0] + rng.choice(["先生", "女士"])]
    )


OFFICIAL_GIVEN = ["建国", "卫东", "志刚", "晓燕", "永红", "国庆", "海波", "丽华", "振华", "学军"]


def official(rng, R, used):
    for _ in range(50):
        n = rng.choice(R["sur"]) + rng.choice(OFFICIAL_GIVEN)
        if not any(n in u or u in n for u in used):
            used.append(n)
            return n
    return "赵建国"


def office_tel(rng, R):
    return R["area"] + "-" + rng.choice(["2", "3", "4", "6", "8"]) + "%06d" % rng.randint(0, 999999)


def rdate(rng, y=None):
    y = y or rng.choice([2022, 2023, 2024])
    return "%d年%d月%d日" % (y, rng.randint(1, 12), rng.randint(1, 28))


CN_NUM = "〇一二三四五六七八九"


def cn_date(rng):
    y = rng.choice([2022, 2023, 2024])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)

    def cn(n):
        if n < 10:
            return CN_NUM[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_NUM[n % 10]
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")

    return "二〇" + CN_NUM[y // 10 % 10] + CN_NUM[y % 10] + "年" + cn(m) + "月" + cn(d) + "日"


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self):
        self.parts = []  # list of (text, kind or None)

    def t(self, *xs):
        for x in xs:
            if x:
                self.parts.append((x, None))
        return self

    def s(self, kind, x):
        self.parts.append((x, kind))
        return self

    def c(self, cell):
        """append a cell: str, (kind, str) or list of those"""
        if isinstance(cell, str):
            self.t(cell)
        elif isinstance(cell, tuple):
            self.s(cell[0], cell[1])
        else:
            for x in cell:
                self.c(x)
        return self


def cell_len(cell):
    if isinstance(cell, str):
        return sum(2 if ord(ch) > 0x2E7F else 1 for ch in cell)
    if isinstance(cell, tuple):
        return cell_len(cell[1])
    return sum(cell_len(x) for x in cell)


def cell_has_comma(cell):
    if isinstance(cell, str):
        return "," in cell or '"' in cell
    if isinstance(cell, tuple):
        return "," in cell[1]
    return any(cell_has_comma(x) for x in cell)


# table renderers: header = list of str, rows = list of list of cells
def tab_tsv(D, header, rows, rng):
    D.t("\t".join(header) + "\n")
    for r in rows:
        for j, c in enumerate(r):
            if j:
                D.t("\t")
            D.c(c)
        D.t("\n")


def tab_space(D, header, rows, rng):
    widths = [max([cell_len(h)] + [cell_len(r[j]) for r in rows]) + 2 for j, h in enumerate(header)]
    for r in [header] + rows:
        for j, c in enumerate(r):
            D.c(c)
            if j < len(r) - 1:
                D.t(" " * max(1, widths[j] - cell_len(c)))
        D.t("\n")


def tab_md(D, header, rows, rng):
    D.t("| " + " | ".join(header) + " |\n")
    D.t("|" + "|".join(["---"] * len(header)) + "|\n")
    for r in rows:
        D.t("| ")
        for j, c in enumerate(r):
            if j:
                D.t(" | ")
            D.c(c if c != "" else " ")
        D.t(" |\n")


def tab_html(D, header, rows, rng):
    D.t('<table border="1">\n<tr>' + "".join("<th>%s</th>" % h for h in header) + "</tr>\n")
    for r in rows:
        D.t("<tr>")
        for c in r:
            D.t("<td>")
            D.c(c)
            D.t("</td>")
        D.t("</tr>\n")
    D.t("</table>\n")


def tab_csv(D, header, rows, rng):
    D.t(",".join(header) + "\n")
    for r in rows:
        for j, c in enumerate(r):
            if j:
                D.t(",")
            if cell_has_comma(c):
                D.t('"')
                D.c(c)
                D.t('"')
            else:
                D.c(c)
        D.t("\n")


def tab_cells(D, header, rows, rng):
    for h in header:
        D.t(h + "\n")
    for r in rows:
        for c in r:
            if c == "":
                D.t("\n")
            else:
                D.c(c)
                D.t("\n")


def tab_numbered(D, header, rows, rng):
    sep = rng.choice(["，", "  ", "；", " "])
    for i, r in enumerate(rows, 1):
        D.t(rng.choice(["%d. ", "%d、", "（%d）"]) % i)
        first = True
        for j, c in enumerate(r[1:], 1):
            if c == "":
                continue
            if not first:
                D.t(sep)
            first = False
            if j > 1 and rng.random() < 0.5 and isinstance(c, (str, tuple)):
                D.t(header[j] + "：")
            D.c(c)
        D.t("\n")


TABLES = [tab_tsv, tab_space, tab_md, tab_html, tab_csv, tab_cells, tab_numbered]


def tab_pdf(D, header, rows, rng, title):
    """flattened PDF table: rows joined by spaces, page breaks with page number and running title"""
    D.t(" ".join(header) + "\n")
    per = rng.randint(4, 9)
    page = rng.randint(1, 3)
    for i, r in enumerate(rows):
        if i and i % per == 0:
            page += 1
            D.t(rng.choice(["- %d -\n", "第 %d 页\n", "%d\n", "— %d —\n"]) % (page - 1))
            if rng.random() < 0.7:
                D.t(title + "\n")
            if rng.random() < 0.5:
                D.t(" ".join(header) + "\n")
        for j, c in enumerate(r):
            if j:
                D.t(" ")
            D.c(c if c != "" else "")
        D.t("\n")
    D.t("- %d -\n" % page)


def table(D, header, rows, rng, pdf, title=""):
    if pdf:
        tab_pdf(D, header, rows, rng, title or "")
    else:
        rng.choice(TABLES)(D, header, rows, rng)


def spaced_label(lab):
    if len(lab) == 2:
        return lab[0] + "\u3000\u3000" + lab[1]
    if len(lab) == 3:
        return lab[0] + "\u3000" + lab[1] + "\u3000" + lab[2]
    return lab


def form(D, fields, rng, pdf=False):
    """fields: list of (label, cell)"""
    colon = rng.choice(["：", "：", ":", "： "])
    two = rng.random() < 0.35
    spaced = rng.random() < 0.4
    i = 0
    while i < len(fields):
        lab, c = fields[i]
        D.t((spaced_label(lab) if spaced else lab) + colon)
        D.c(c)
        if two and i + 1 < len(fields) and cell_len(c) < 24:
            lab2, c2 = fields[i + 1]
            D.t(rng.choice(["    ", "\t", "　　"]) + (spaced_label(lab2) if spaced else lab2) + colon)
            D.c(c2)
            i += 1
        D.t("\n")
        i += 1


def namelist(D, names, rng):
    sep = rng.choice(["、", "、", "，", "  "])
    for i, n in enumerate(names):
        if i:
            D.t(sep)
        D.s("name", n)


# ---------------------------------------------------------------- PDF transform
def pdf_transform(parts, rng):
    out = []
    if rng.random() < 0.7:
        parts = [((x[0] + "\u3000" + x[1]) if k == "name" and len(x) == 2 else x, k) for x, k in parts]
    width = rng.randint(28, 40)
    col = 0
    for x, k in parts:
        if k is None:
            buf = []
            for ch in x:
                if ch == "\n":
                    col = 0
                elif col >= width:
                    buf.append("\n")
                    col = 0
                if ch != "\n":
                    col += 1
                buf.append(ch)
            out.append(("".join(buf), None))
        elif k == "address" and col + len(x) > width and len(x) > 3:
            cut = width - col
            if cut < 2 or cut > len(x) - 2:
                if col:
                    out.append(("\n", None))
                    col = 0
                out.append((x, k))
                col += len(x)
            else:
                out.append((x[:cut] + "\n" + x[cut:], k))
                col = len(x) - cut
        else:
            if col + len(x) > width and col:
                out.append(("\n", None))
                col = 0
            out.append((x, k))
            col += len(x)
    return out


# ---------------------------------------------------------------- shared pieces
def town_gov(town):
    return town + ("人民政府" if town.endswith(("镇", "乡")) else "办事处")


def meta(D, rng, R, org, year=2024):
    if rng.random() < 0.55:
        cc = credit_code(rng, R["code"]).replace(R["code"][:2] + R["code"], R["code"][:2] + R["code"])
        cc = "11" + cc[2:-1]
        s = sum(CC_CHARS.index(c) * w for c, w in zip(cc, CC_W))
        cc = cc + CC_CHARS[(31 - s % 31) % 31]
        D.t("索引号：%s/%d-%05d\n" % (cc, year, rng.randint(1, 2999)))
        D.t(rng.choice(["发布机构：", "信息来源："]) + org + "\n")
        D.t("发布日期：%d-%02d-%02d\n" % (year, rng.randint(1, 12), rng.randint(1, 28)))
        if rng.random() < 0.4:
            D.t(
                "主题分类："
                + rng.choice(
                    [
                        "民政、扶贫、救灾\\社会福利",
                        "综合政务\\政务公开",
                        "劳动、人事、监察\\社会保障",
                        "公安、安全、司法\\公安",
                    ]
                )
                + "\n"
            )
        D.t("\n")


def sign(D, rng, org, date=True):
    D.t("\n" + rng.choice(["", "\n"]) + org + "\n")
    if date:
        D.t((cn_date(rng) if rng.random() < 0.3 else rdate(rng)) + "\n")


def id_cell(P, mode):
    if mode == "full":
        return ("id_card", P.id)
    if mode == "masked":
        return mask_id(P.id)
    return ""


def addr_cell(P, rng, R, full_p=0.6):
    if rng.random() < full_p:
        return ("address", P.addr)
    return bare_place(rng, R)


def ill_or_ok(P, rng, p=0.4):
    if rng.random() < p:
        return ("health", P.ill)
    return rng.choice(["健康", "良好", "—", "健康", "无"])


BAD_REASONS = [
    "家庭人均收入超过当地低保标准",
    "家庭成员购置机动车辆",
    "本人已死亡",
    "子女已就业、收入稳定",
    "未按规定参加年度复核",
    "户籍迁出本县",
]


# ---------------------------------------------------------------- family 0: dibao
def g_dibao(rng, R, sub, pdf):
    D = Doc()
    used = []  # type: ignore[var-annotated]
    town = rng.choice(R["towns"])
    kind = rng.choice(["城乡低保", "农村低保", "特困供养", "临时救助", "城市低保"])
    org = rng.choice([town_gov(town), R["county"] + "民政局"])
    if sub == 0:
        q = rng.choice(["第一季度", "第二季度", "第三季度", "第四季度", "%d月份" % rng.randint(1, 12)])
        title = "%s%s2024年%s%s%s" % (
            R["county"],
            town,
            q,
            kind,
            rng.choice(["审批花名册", "资金发放表", "发放明细表"]),
        )
        D.t(title + "\n")
        if rng.random() < 0.5:
            D.t("填报单位：%s  单位：元、人\n" % org)
        idm = rng.choice(["full", "full", "masked", "none"])
        cols = (
            ["序号", "户主姓名"]
            + (["身份证号码"] if idm != "none" else [])
            + ["家庭住址", "保障人数", "月保障金"]
        )
        if rng.random() < 0.6:
            cols.append("银行账号" if rng.random() < 0.5 else "一卡通账号")
        if rng.random() < 0.5:
            cols.append("联系电话")
        care = kind == "特困供养" and rng.random() < 0.6
        if care:
            cols += ["供养方式", "照料人", "照料人电话"]
        if rng.random() < 0.4:
            cols.append("备注")
        rows = []
        total = 0
        for i in range(rng.randint(4, 12)):
            P = person(rng, R, used=used)
            amt = rng.choice([420, 485, 510, 560, 630, 700, 912, 1040]) * rng.randint(1, 4)
            if care:
                K = person(rng, R, used=used)
                cg = rng.random() < 0.3
            idc = id_cell(P, idm)
            if idm == "full" and P.age > 70 and rng.random() < 0.25:
                idc = ("id_card_15", P.id15)
            total += amt
            r = []
            for c in cols:
                r.append(
                    {
                        "序号": str(i + 1),
                        "户主姓名": ("name", P.name),
                        "身份证号码": idc,
                        "供养方式": (
                            rng.choice(["分散供养", "集中供养"]) if not care or not cg else "集中供养"
                        )
                        if care
                        else "",
                        "照料人": (("name", K.name) if not cg else R["county"] + "社会福利院")
                        if care
                        else "",
                        "照料人电话": (("mobile", K.mob) if not cg else office_tel(rng, R)) if care else "",
                        "家庭住址": addr_cell(P, rng, R, 0.5),
                        "保障人数": str(rng.randint(1, 6)),
                        "月保障金": "%d.00" % amt if rng.random() < 0.5 else str(amt),
                        "银行账号": ("bank_card", P.card),
                        "一卡通账号": ("bank_card", P.card),
                        "联系电话": ("mobile", P.mob)
                        if rng.random() < 0.75
                        else (("landline", P.tel) if rng.random() < 0.5 else mask_mob(P.mob)),
                        "备注": ill_or_ok(P, rng, 0.4)
                        if kind != "临时救助"
                        else rng.choice(["因病", "因灾", "因学", ""]),
                    }[c]
                )
            rows.append(r)
        table(D, cols, rows, rng, pdf, title)
        D.t("合计：%d元\n" % total)
        if rng.random() < 0.5:
            D.t("制表人：%s    审核人：%s\n" % (official(rng, R, used), official(rng, R, used)))
        if rng.random() < 0.4:
            D.t("发放批次号：%s\n" % order_no(rng))
    elif sub == 1:
        title = rng.choice(
            [
                "最低生活保障家庭入户调查表",
                "家庭经济状况核对表",
                "特困人员供养入户调查登记表",
                "临时救助对象入户调查表",
            ]
        )
        D.t(R["county"] + title + "\n")
        D.t("编号：%s-%04d\n" % (R["code"], rng.randint(1, 3000)))
        P = person(rng, R, used=used)
        fields = [
            ("申请人", ("name", P.name)),
            ("性别", P.sex),
            ("民族", P.eth),
            ("身份证号", ("id_card", P.id)),
            ("家庭住址", ("address", P.addr) if rng.random() < 0.8 else bare_place(rng, R)),
            ("联系电话", ("mobile", P.mob)),
        ]
        if rng.random() < 0.45:
            fields.append(("固定电话", ("landline", P.tel)))
        fields.append(("健康状况", ill_or_ok(P, rng, 0.5)))
        fields.append(("申请类别", kind))
        form(D, fields, rng, pdf)
        D.t("\n家庭成员情况：\n")
        cols = ["姓名", "与申请人关系", "身份证号码", "年龄", "健康状况", "劳动能力", "年收入（元）"]
        rows = []
        for rel in rng.sample(
            ["配偶", "长子", "次子", "长女", "母亲", "父亲", "孙子", "孙女"], rng.randint(1, 4)
        ):
            M = person(rng, R, age=rng.randint(3, 80), used=used)
            rows.append(
                [
                    ("name", M.name),
                    rel,
                    ("id_card", M.id) if rng.random() < 0.85 else mask_id(M.id),
                    str(M.age),
                    ill_or_ok(M, rng, 0.35),
                    rng.choice(["有", "无", "部分丧失", "完全丧失"]),
                    str(rng.randint(0, 30) * 500),
                ]
            )
        table(D, cols, rows, rng, pdf, title)
        D.t(
            "\n家庭财产：%s；机动车辆：%s；存款：约%d元。\n"
            % (
                rng.choice(["土木结构房屋3间", "砖混房屋2间", "无自有住房，租住亲戚房屋"]),
                rng.choice(["无", "无", "三轮车一辆"]),
                rng.randint(0, 20) * 500,
            )
        )
        if rng.random() < 0.3:
            D.t("开户银行：%s  账号：" % rng.choice(["农村信用社", "中国农业银行", "邮政储蓄银行"]))
            D.s("bank_card", P.card)
            D.t("\n")
        if rng.random() < 0.25:
            D.t("核对结果：申请人名下登记机动车一辆（号牌")
            D.s("license_plate", P.plate)
            D.t(
                "，%s），已于%d年报废。\n"
                % (rng.choice(["普通二轮摩托车", "低速货车", "小型轿车"]), rng.randint(2015, 2023))
            )
        if rng.random() < 0.3:
            K = person(rng, R, used=used)
            D.t("赡养（抚养）义务人：")
            D.s("name", K.name)
            D.t(
                "，%s，在%s务工，联系电话"
                % (
                    rng.choice(["长子", "女儿", "侄子"]),
                    rng.choice(["浙江宁波", "广东东莞", "本县城区", "新疆"]),
                )
            )
            D.s("mobile", K.mob)
            D.t("。\n")
        D.t("调查人：%s、%s    调查时间：%s\n" % (official(rng, R, used), official(rng, R, used), rdate(rng)))
        D.t("申请人（签字）：" + ("" if rng.random() < 0.3 else ""))
        D.s("name", P.name)
        D.t("\n")
    else:
        add = rng.random() < 0.5
        title = "关于%s2024年%s%s对象%s的公示" % (town, kind, "", "新增" if add else "停保（退出）")
        D.t(title + "\n")
        meta(D, rng, R, org)
        D.t(
            (
                "根据《社会救助暂行办法》和《%s社会救助实施办法》有关规定，经个人申请、入户调查、民主评议、乡镇审核、"
                + R["county"][-1]
                + "民政局审批，现将%s%s对象予以公示。公示期为%d天，如有异议，请在公示期内向%s或%s民政局反映。\n"
            )
            % (R["prov"], "新增" if add else "停保", kind, rng.choice([5, 7]), org, R["county"])
        )
        cols = ["序号", "村（社区）", "户主姓名", "保障人数", "类别", "新增原因" if add else "停保原因"]
        rows = []
        for i in range(rng.randint(3, 10)):
            P = person(rng, R, used=used)
            why = (
                (
                    ("health", P.ill)
                    if rng.random() < 0.5
                    else rng.choice(["因残", "因学", "缺乏劳动力", "因灾"])
                )
                if add
                else rng.choice(BAD_REASONS)
            )
            rows.append(
                [
                    str(i + 1),
                    rng.choice(R["vill"]).rstrip("村") + "村",
                    ("name", P.name),
                    str(rng.randint(1, 5)),
                    rng.choice(["A类", "B类", "C类", "一类", "二类"]),
                    why,
                ]
            )
        if rng.random() < 0.3 and not pdf:
            D.t("名单：")
            namelist(D, [r[2][1] for r in rows], rng)
            D.t("\n")
        else:
            table(D, cols, rows, rng, pdf, title)
        D.t(
            "监督电话：%s（%s）  %s\n"
            % (office_tel(rng, R), org, rng.choice(["12345", "12349", "民政服务热线12349"]))
        )
        D.t("电子邮箱：%smzj@%s.gov.cn\n" % (R["key"][:2], R["key"]) if rng.random() < 0.5 else "")
        sign(D, rng, org)
    return D, ["roster", "survey", "notice"][sub]


# ---------------------------------------------------------------- family 1: penalty
AGENCIES = [
    (
        "公安局",
        "公（治）行罚决字",
        ["殴打他人", "在公共场所酗酒滋事", "无证驾驶机动车", "饮酒后驾驶机动车", "非法储存烟花爆竹", "赌博"],
        "《中华人民共和国治安管理处罚法》第%s条",
    ),
    (
        "交通运输局",
        "交执罚",
        ["未取得道路运输经营许可擅自从事道路客运经营", "车辆超限运输", "非法营运"],
        "《中华人民共和国道路运输条例》第%s条",
    ),
    (
        "自然资源局",
        "自然资罚",
        ["未经批准非法占用集体土地建住宅", "非法采砂", "非法占用耕地挖塘"],
        "《中华人民共和国土地管理法》第%s条",
    ),
    (
        "卫生健康局",
        "卫医罚",
        ["未取得《医疗机构执业许可证》擅自执业", "非医师行医", "生活饮用水不符合卫生标准"],
        "《医疗机构管理条例》第%s条",
    ),
    (
        "城市管理局",
        "城管罚决字",
        ["占道经营", "未经批准擅自搭建建筑物", "随意倾倒建筑垃圾"],
        "《城市市容和环境卫生管理条例》第%s条",
    ),
]


def party_block(D, rng, R, P, pdf, plate=False, prose=False):
    if prose:
        D.t("当事人：")
        D.s("name", P.name)
        D.t("，%s，%s，%d年%d月%d日出生，" % (P.sex, P.eth, *P.birth))
        D.t(rng.choice(["公民身份号码：", "身份证号码", "身份证号："]))
        D.s("id_card", P.id)
        D.t("，" + rng.choice(["住", "户籍地址：", "现住址："]))
        if rng.random() < 0.85:
            D.s("address", P.addr)
        else:
            D.t(bare_place(rng, R))
        if rng.random() < 0.7:
            D.t("，联系电话：")
            D.s("mobile", P.mob)
        if plate:
            D.t("，驾驶车辆号牌：")
            D.s("license_plate", P.plate)
        D.t("。\n")
    else:
        f = [
            ("当事人", ("name", P.name)),
            ("性别", P.sex),
            ("出生日期", "%d年%d月%d日" % P.birth),
            ("身份证号", ("id_card", P.id)),
            ("住址", ("address", P.addr) if rng.random() < 0.85 else bare_place(rng, R)),
        ]
        if rng.random() < 0.7:
            f.append(("联系电话", ("mobile", P.mob) if rng.random() < 0.85 else ("landline", P.tel)))
        if plate:
            f.append(("车牌号码", ("license_plate", P.plate)))
        form(D, f, rng, pdf)


def g_penalty(rng, R, sub, pdf):
    D = Doc()
    used = []  # type: ignore[var-annotated]
    ag, code, acts, law = rng.choice(AGENCIES)
    org = R["county"] + ag
    no = "%s%s〔2024〕%d号" % (R["county"][:2], code, rng.randint(1, 480))
    P = person(rng, R, age=rng.randint(20, 66), used=used)
    act = rng.choice(acts)
    site = rng.choice(R["towns"]) + rng.choice(R["vill"]).rstrip("村") + "村"
    plate = ag in ("公安局", "交通运输局") and ("驾驶" in act or "运" in act or "营" in act)
    o1, o2 = official(rng, R, used), official(rng, R, used)
    if sub == 0:
        D.t(org + "\n行政处罚决定书\n" + no + "\n\n")
        party_block(D, rng, R, P, pdf, plate, prose=rng.random() < 0.5)
        D.t("\n    现查明：%s，当事人" % rdate(rng))
        D.s("name", P.name)
        if ag in ("卫生健康局", "城市管理局") and rng.random() < 0.7:
            shop = rng.choice(["诊所", "小卖部", "早餐店", "烧烤摊", "副食门市"])
            D.t(
                "在其经营的%s（经营场所：%s%s%s%d号）"
                % (
                    shop,
                    R["county"],
                    rng.choice(R["towns"][:3]),
                    rng.choice(R["streets"]),
                    rng.randint(1, 300),
                )
            )
            D.t(act)
        else:
            D.t("在%s%s" % (site, act))
        if plate:
            D.t("，所驾驶车辆为")
            D.s("license_plate", P.plate)
        if "殴打" in act and rng.random() < 0.6:
            V = person(rng, R, used=used)
            D.t("，将被侵害人")
            D.s("name", V.name)
            D.t("（%s，%d岁）打伤" % (V.sex, V.age))
        D.t(
            "。以上事实有当事人陈述和申辩、%s、现场照片等证据证实。\n"
            % rng.choice(["证人证言", "询问笔录", "勘验笔录", "检测报告"])
        )
        D.t(
            "    本机关认为，当事人的行为违反了%s之规定。依据%s，决定给予当事人如下行政处罚：%s。\n"
            % (
                law % rng.choice(["二十三", "四十三", "七十七", "六十三"]),
                law % rng.choice(["二十六", "四十九", "七十八"]),
                rng.choice(
                    [
                        "罚款人民币%d元" % (rng.randint(1, 50) * 100),
                        "行政拘留%d日" % rng.randint(3, 10),
                        "警告，并处罚款%d元" % (rng.randint(1, 20) * 50),
                        "没收违法所得%d元，并处罚款%d元"
                        % (rng.randint(1, 30) * 100, rng.randint(1, 30) * 1000),
                    ]
                ),
            )
        )
        D.t(
            "    当事人应自收到本决定书之日起十五日内，到%s或通过非税收入缴款系统缴纳罚款（缴款识别码：%s）。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
            % (rng.choice(["中国农业银行%s支行" % R["county"], "指定代收银行"]), order_no(rng))
        )
        D.t(
            "    如不服本决定，可以在收到本决定书之日起六十日内向%s人民政府申请行政复议，或者在六个月内向%s人民法院提起行政诉讼。\n"
            % (R["county"], R["county"])
        )
        D.t(
            "执法人员：%s（执法证号：%s）、%s\n"
            % (o1, "%02d%06d" % (rng.randint(10, 99), rng.randint(0, 999999)), o2)
        )
        D.t(
            "联系电话：%s  机关地址：%s%s%d号\n"
            % (office_tel(rng, R), R["county"], rng.choice(R["streets"]), rng.randint(1, 300))
        )
        sign(D, rng, org)
    elif sub == 1:
        kindt = rng.choice(["不予行政处罚决定书", "行政处罚听证告知书", "行政处罚事先告知书"])
        D.t(org + "\n" + kindt + "\n" + no.replace("罚", "告" if "告知" in kindt else "不罚") + "\n\n")
        D.s("name", P.name)
        D.t("：\n")
        D.t("    你（身份证号码：")
        D.s("id_card", P.id)
        D.t("，住")
        D.s("address", P.addr)
        D.t("）于%s在%s%s" % (rdate(rng), site, act))
        if plate:
            D.t("（车辆号牌")
            D.s("license_plate", P.plate)
            D.t("）")
        if "不予" in kindt:
            D.t(
                "。鉴于你系初次违法且危害后果轻微并及时改正，依据《中华人民共和国行政处罚法》第三十三条第一款之规定，本机关决定不予行政处罚。\n"
            )
        else:
            D.t(
                "。本机关拟对你作出罚款%d元的行政处罚。根据《中华人民共和国行政处罚法》第六十三条、第六十四条之规定，你有权要求举行听证。如要求听证，应当在收到本告知书之日起五日内提出。逾期视为放弃。\n"
                % (rng.randint(5, 200) * 100)
            )
        if rng.random() < 0.5:
            D.t("    你在本机关登记的联系方式为")
            D.s("mobile", P.mob)
            D.t("，如有变更请及时告知。\n")
        D.t("    联系人：%s，联系电话：%s。\n" % (o1, office_tel(rng, R)))
        sign(D, rng, org)
        D.t("\n送达回证\n受送达人：")
        D.s("name", P.name)
        D.t("  签收日期：%s\n" % rdate(rng))
    else:
        title = "%s行政处罚信息公示（双公示）" % org
        D.t(title + "\n")
        meta(D, rng, R, org)
        cols = [
            "行政相对人名称",
            "相对人类别",
            "统一社会信用代码",
            "法定代表人",
            "证件号码",
            "处罚决定书文号",
            "违法行为类型",
            "处罚内容",
            "罚款金额（万元）",
            "处罚决定日期",
        ]
        if rng.random() < 0.4:
            cols = [c for c in cols if c not in ("相对人类别",)]
        idm = rng.choice(["full", "masked", "full"])
        rows = []
        for i in range(rng.randint(3, 9)):
            Q = person(rng, R, used=used)
            act = rng.choice(acts)
            no2 = "%s%s〔2024〕%d号" % (R["county"][:2], code, rng.randint(1, 480))
            if rng.random() < 0.35:
                comp = (
                    R["county"].rstrip("县市")
                    + rng.choice(["鑫源", "宏达", "顺通", "福民", "金盛", "瑞丰"])
                    + rng.choice(["运输有限公司", "建材有限公司", "诊所", "农业专业合作社", "商贸有限公司"])
                )
                d = {
                    "行政相对人名称": comp,
                    "相对人类别": "法人及非法人组织",
                    "统一社会信用代码": credit_code(rng, R["code"]),
                    "法定代表人": ("name", Q.name),
                    "证件号码": "",
                }
            else:
                d = {
                    "行政相对人名称": ("name", Q.name),
                    "相对人类别": "自然人",
                    "统一社会信用代码": "",
                    "法定代表人": "",
                    "证件号码": id_cell(Q, idm),
                }
            d.update(
                {
                    "处罚决定书文号": no2,
                    "违法行为类型": act,
                    "处罚内容": rng.choice(["罚款", "警告", "罚款；没收违法所得"]),
                    "罚款金额（万元）": "%.2f" % (rng.randint(1, 300) / 100),
                    "处罚决定日期": "2024/%d/%d" % (rng.randint(1, 12), rng.randint(1, 28)),
                }
            )
            rows.append([d[c] for c in cols])
        table(D, cols, rows, rng, pdf, title)
        D.t(
            "处罚机关：%s    数据来源：%s\n"
            % (org, rng.choice(["信用中国（%s）" % R["prov"].rstrip("省"), "本机关"]))
        )
    return D, ["decision", "hearing", "list"][sub]


# ---------------------------------------------------------------- family 2: gongshi
def g_gongshi(rng, R, sub, pdf):
    D = Doc()
    used = []  # type: ignore[var-annotated]
    town = rng.choice(R["towns"])
    org = rng.choice(
        [town_gov(town), R["county"] + ["人力资源和社会保障局", "残疾人联合会", "住房和城乡建设局"][sub]]
    )
    if sub == 0:
        post = rng.choice(["生态护林员", "公益性岗位", "乡村保洁员", "护路员", "河道管护员"])
        title = "%s2024年度%s续聘人员名单公示" % (town, post)
        D.t(title + "\n")
        meta(D, rng, R, org)
        D.t(
            "根据%s有关文件精神，经本人申请、村级推荐、乡镇审核，拟续聘以下人员为%s，现予公示。公示时间：%s至%s。\n"
            % (R["county"], post, rdate(rng, 2024), rdate(rng, 2024))
        )
        idm = rng.choice(["full", "masked", "none"])
        cols = (
            ["序号", "姓名", "性别", "年龄"]
            + (["身份证号码"] if idm != "none" else [])
            + ["所在村", "户类型", "管护区域/岗位"]
        )
        tel = rng.random() < 0.5
        if tel:
            cols.append("联系电话")
        rem = rng.random() < 0.4
        if rem:
            cols.append("备注")
        rows = []
        for i in range(rng.randint(4, 14)):
            P = person(rng, R, age=rng.randint(28, 62), used=used)
            r = (
                [str(i + 1), ("name", P.name), P.sex, str(P.age)]
                + ([id_cell(P, idm)] if idm != "none" else [])
                + [
                    rng.choice(R["vill"]).rstrip("村") + "村",
                    rng.choice(["脱贫户", "脱贫户", "监测户", "脱贫不稳定户", "边缘易致贫户"]),
                    rng.choice(["第%d责任区" % rng.randint(1, 20), post, "村内道路"]),
                ]
            )
            if tel:
                r.append(("mobile", P.mob))
            if rem:
                r.append(("health", P.ill) if rng.random() < 0.25 else "")
            rows.append(r)
        if rng.random() < 0.25 and not pdf:
            D.t("拟续聘人员（%d人）：" % len(rows))
            namelist(D, [r[1][1] for r in rows], rng)
            D.t("\n")
        else:
            table(D, cols, rows, rng, pdf, title)
        D.t("监督电话：%s\n" % office_tel(rng, R))
        sign(D, rng, org)
    elif sub == 1:
        title = "%s2024年%s月困难残疾人生活补贴和重度残疾人护理补贴新增人员名单" % (
            R["county"],
            rng.randint(1, 12),
        )
        D.t(title + "\n")
        meta(D, rng, R, org)
        cols = ["序号", "乡镇", "姓名", "残疾类别等级", "补贴类型", "发放金额（元）"]
        ad = rng.random() < 0.4
        if ad:
            cols.insert(3, "家庭住址")
        idm = rng.choice(["full", "masked", "none"])
        if idm != "none":
            cols.insert(3, "身份证号")
        rows = []
        for i in range(rng.randint(4, 12)):
            P = person(rng, R, used=used)
            P.ill = rng.choice([x for x in ILLS if "残疾" in x])
            tw = rng.choice(R["towns"])
            P.addr = home_addr(rng, R, town=tw)
            d = {
                "序号": str(i + 1),
                "乡镇": tw,
                "姓名": ("name", P.name),
                "残疾类别等级": ("health", P.ill),
                "补贴类型": rng.choice(["生活补贴", "护理补贴", "生活补贴+护理补贴"]),
                "发放金额（元）": str(rng.choice([70, 80, 90, 100, 160, 180])),
                "家庭住址": addr_cell(P, rng, R, 0.7),
                "身份证号": id_cell(P, idm),
            }
            rows.append([d[c] for c in cols])
        table(D, cols, rows, rng, pdf, title)
        D.t(
            "以上人员自%s起享受补贴。如有异议，请于7个工作日内向%s反映，电话：%s。\n"
            % (rdate(rng, 2024), R["county"] + "残疾人联合会", office_tel(rng, R))
        )
        sign(D, rng, R["county"] + "残疾人联合会")
    else:
        title = "%s2024年农村低收入群体等重点对象危房改造竣工验收结果公示" % town
        D.t(title + "\n")
        meta(D, rng, R, org)
        D.t(
            "经%s会同%s住房和城乡建设局组织验收，下列农户危房改造项目验收合格，现予公示：\n"
            % (town_gov(town), R["county"])
        )
        cols = [
            "序号",
            "户主姓名",
            "家庭人口",
            "房屋地址",
            "对象类别",
            "改造方式",
            "补助资金（元）",
            "验收结论",
        ]
        rows = []
        for i in range(rng.randint(3, 10)):
            P = person(rng, R, used=used)
            P.addr = home_addr(rng, R, town=town)
            cat = rng.choice(
                ["低保户", "分散供养特困人员", "低保边缘家庭", "因病因灾致贫户", "残疾人家庭", "脱贫不稳定户"]
            )
            rows.append(
                [
                    str(i + 1),
                    ("name", P.name),
                    str(rng.randint(1, 6)),
                    ("address", P.addr)
                    if rng.random() < 0.7
                    else town + rng.choice(R["vill"]).rstrip("村") + "村",
                    cat,
                    rng.choice(["拆除重建", "修缮加固", "统建", "置换"]),
                    str(rng.choice([15000, 20000, 25000, 30000, 8000])),
                    "合格",
                ]
            )
        table(D, cols, rows, rng, pdf, title)
        D.t(
            "施工单位：%s%s建筑工程有限公司（统一社会信用代码：%s）\n"
            % (R["county"].rstrip("县市"), rng.choice(["宏泰", "建安", "永兴"]), credit_code(rng, R["code"]))
        )
        D.t("公示期间如有异议，请拨打%s或%s。\n" % (office_tel(rng, R), "12345"))
        sign(D, rng, town_gov(town))
    return D, ["post", "disab", "house"][sub]


# ---------------------------------------------------------------- family 3: application
GK_TOPICS = [
    "本村2023年度集体土地征收补偿款发放明细",
    "%s危房改造补助资金拨付情况",
    "本人户籍所在村低保评定会议记录",
    "%s2023年度财政预算执行情况",
    "我家房屋被认定为违法建筑的依据文件",
    "%s道路建设项目招投标文件",
    "本组土地承包经营权确权登记资料",
]


def cert(rng, P):
    r = rng.random()
    if r < 0.7:
        return "居民身份证", ("id_card", P.id)
    if r < 0.8:
        return "护照", (
            "passport",
            rng.choice(["E", "E", "EA", "EB", "G"])
            + "".join(str(rng.randint(0, 9)) for _ in range(8 if True else 7)),
        )
    if r < 0.9:
        return "往来港澳通行证", ("hk_macau_permit", "C" + "".join(str(rng.randint(0, 9)) for _ in range(8)))
    return "台湾居民来往大陆通行证", ("tw_permit", "".join(str(rng.randint(0, 9)) for _ in range(8)))


def g_application(rng, R, sub, pdf):
    D = Doc()
    used = []  # type: ignore[var-annotated]
    P = person(rng, R, age=rng.randint(22, 75), used=used)
    org = R["county"] + rng.choice(["人民政府办公室", "自然资源局", "民政局", "住房和城乡建设局", "财政局"])
    if sub == 0:
        D.t(org + "政府信息公开申请表\n")
        D.t(
            "受理编号：%s-%d-%04d\n\n" % (R["county"][:2], 2024, rng.randint(1, 999))
            if rng.random() < 0.6
            else "\n"
        )
        cn, cv = cert(rng, P)
        if cv[0] == "passport":
            cv = (cv[0], cv[1][:9])
        f = [
            ("申请人类型", "公民"),
            ("姓名", ("name", P.name)),
            ("工作单位", rng.choice(["无", "个体", "务农", R["county"] + "某中学"])),
            ("证件名称", cn),
            ("证件号码", cv),
            ("通信地址", ("address", P.addr)),
            ("邮政编码", R["post"]),
            ("联系电话", ("mobile", P.mob) if rng.random() < 0.7 else ("landline", P.tel)),
        ]
        if rng.random() < 0.6:
            f.append(("电子邮箱", ("email", P.mail)))
        if rng.random() < 0.3:
            f.append(("传真", "—"))
        form(D, f, rng, pdf)
        topic = rng.choice(GK_TOPICS)
        topic = topic % rng.choice(R["towns"]) if "%s" in topic else topic
        D.t("所需信息内容描述：" + topic + "。")
        if rng.random() < 0.5:
            D.t("本人系")
            D.s("address", home_addr(rng, R))
            D.t("村民，")
            D.t("与申请信息有直接利害关系。")
        D.t("\n所需信息用途：自身生产生活需要\n")
        D.t(
            "获取信息方式："
            + rng.choice(["邮寄", "电子邮件", "当面领取", "网上获取"])
            + "    载体形式："
            + rng.choice(["纸质", "电子文档"])
            + "\n"
        )
        D.t("申请人签名：")
        D.s("name", P.name)
        D.t("    申请日期：%s\n" % rdate(rng))
        D.t(
            "\n（以下由受理机关填写）\n受理人：%s  受理日期：%s  受理机关地址：%s%s%d号  邮编：%s  电话：%s\n"
            % (
                official(rng, R, used),
                rdate(rng),
                R["county"],
                rng.choice(R["streets"]),
                rng.randint(1, 300),
                R["post"],
                office_tel(rng, R),
            )
        )
        if rng.random() < 0.4:
            D.t("EMS邮件号：%s\n" % ("11" + "".join(str(rng.randint(0, 9)) for _ in range(11))))
    elif sub == 1:
        D.t(rng.choice(["最低生活保障申请书", "申请书", "低保申请书", "特困供养申请书"]) + "\n\n")
        D.t("%s%s：\n" % (rng.choice(R["towns"]), rng.choice(["人民政府", "民政办", "社会事务办"])))
        D.t("    我叫")
        D.s("name", P.name)
        D.t("，%s，%s，%d年%d月出生，身份证号码" % (P.sex, P.eth, P.birth[0], P.birth[1]))
        D.s("id_card", P.id)
        D.t("，现住")
        D.s("address", P.addr)
        D.t("。")
        S = person(rng, R, sex="女" if P.sex == "男" else "男", age=P.age + rng.randint(-5, 5), used=used)
        D.t("我家共有%d口人，%s" % (rng.randint(2, 6), "妻子" if P.sex == "男" else "丈夫"))
        D.s("name", S.name)
        D.t("常年患有" if rng.random() < 0.5 else "因病导致")
        D.s("health", S.ill)
        D.t(
            "，长期%s，每月医药费%d元左右。"
            % (rng.choice(["卧床", "服药", "不能劳动", "在县人民医院治疗"]), rng.randint(3, 20) * 100)
        )
        if rng.random() < 0.6:
            C = person(rng, R, age=rng.randint(6, 20), used=used)
            D.t("儿子" if C.sex == "男" else "女儿")
            D.s("name", C.name)
            D.t("今年%d岁，在%s读书。" % (C.age, rng.choice(["镇中心小学", "县第一中学", "县职业中学"])))
        D.t("我本人")
        if rng.random() < 0.5:
            D.t("患有")
            D.s("health", P.ill)
            D.t("，")
        D.t(
            "家中仅靠%s亩薄地维持生活，年收入不足%d元，生活十分困难。特申请享受%s待遇，望领导给予批准。\n"
            % (
                rng.randint(1, 6),
                rng.randint(2, 8) * 1000,
                rng.choice(["农村最低生活保障", "城市最低生活保障", "特困人员救助供养"]),
            )
        )
        D.t("    此致\n敬礼！\n")
        D.t("\n申请人：")
        D.s("name", P.name)
        D.t("\n联系电话：")
        D.s("mobile", P.mob)
        D.t("\n" + rdate(rng) + "\n")
        if rng.random() < 0.5:
            D.t("\n村委会意见：情况属实，同意上报。（签字：%s）\n" % official(rng, R, used))
    else:
        Q = person(rng, R, used=used)
        D.t(rng.choice(["授权委托书", "代办委托书", "委托书"]) + "\n\n")
        f1 = [
            ("委托人", ("name", P.name)),
            ("身份证号", ("id_card", P.id)),
            ("住址", ("address", P.addr)),
            ("电话", ("mobile", P.mob)),
        ]
        f2 = [
            ("受托人", ("name", Q.name)),
            ("身份证号", ("id_card", Q.id)),
            ("与委托人关系", rng.choice(["父子", "母女", "兄弟", "邻居", "女婿", "侄子"])),
            ("电话", ("mobile", Q.mob)),
        ]
        if rng.random() < 0.3:
            f2.insert(3, ("住址", ("address", Q.addr)))
        form(D, f1, rng, pdf)
        D.t("\n")
        form(D, f2, rng, pdf)
        D.t("\n    委托事项：本人因")
        if rng.random() < 0.6:
            D.s("health", P.ill)
            D.t("行动不便")
        else:
            D.t("长期在外务工")
        D.t(
            "，不能亲自到%s办理%s，特委托"
            % (
                rng.choice([R["county"] + "政务服务中心", rng.choice(R["towns"]) + "便民服务中心"]),
                rng.choice(
                    ["养老保险待遇领取资格认证", "低保年审", "医保报销", "残疾人证换领", "不动产登记"]
                ),
            )
        )
        D.s("name", Q.name)
        D.t("代为办理，受托人在办理过程中所签署的文件，本人均予以承认。\n")
        D.t("    委托期限：自%s至%s。\n" % (rdate(rng, 2024), rdate(rng, 2025)))
        D.t("\n委托人（签字、按手印）：")
        D.s("name", P.name)
        D.t("\n受托人（签字）：")
        D.s("name", Q.name)
        D.t("\n" + rdate(rng) + "\n")
        D.t("经办人：%s\n" % official(rng, R, used))
    return D, ["gkapply", "dbapply", "proxy"][sub]


# ---------------------------------------------------------------- family 4: minutes
def g_minutes(rng, R, sub, pdf):
    D = Doc()
    used = []  # type: ignore[var-annotated]
    town = rng.choice(R["towns"])
    vil = rng.choice(R["vill"]).rstrip("村") + "村"
    sec, dire, rec = official(rng, R, used), official(rng, R, used), official(rng, R, used)
    reps = [person(rng, R, used=used) for _ in range(rng.randint(4, 9))]
    if sub in (0, 1):
        title = (
            rng.choice(["%s%s村民代表大会会议记录", "%s%s村务会议记录", "%s%s两委扩大会议记录"]) % (town, vil)
            if sub == 0
            else "%s%s2024年度低保民主评议会议记录" % (town, vil)
        )
        D.t(title + "\n")
        D.t(
            "时间：%s上午9时\n地点：%s村委会会议室\n主持人：%s（村党支部书记）\n记录人：%s\n"
            % (rdate(rng), vil, sec, rec)
        )
        D.t("参会人员：村两委成员%s、%s，驻村工作队员%s，村民代表" % (sec, dire, official(rng, R, used)))
        namelist(D, [p.name for p in reps], rng)
        D.t("等%d人。\n" % (len(reps) + rng.randint(3, 10)))
        D.t("会议内容：\n")
        cands = [person(rng, R, used=used) for _ in range(rng.randint(2, 5))]
        for i, C in enumerate(cands, 1):
            D.t("%s、" % "一二三四五六"[i - 1])
            if sub == 1:
                D.t("评议对象：")
                D.s("name", C.name)
                D.t("，家住")
                if rng.random() < 0.5:
                    D.s("address", C.addr)
                else:
                    D.t(vil + rng.choice(["", "东头", "北边"]))
                D.t("，家庭%d口人。" % rng.randint(1, 6))
                if rng.random() < 0.7:
                    D.t(rng.choice(["本人", "其妻", "其子", "其母"]) + "患")
                    D.s("health", C.ill)
                    D.t("，")
                D.t("主要收入来源为%s。" % rng.choice(["务农", "零星务工", "养老金", "无"]))
                s = rng.randint(0, len(reps) + 6)
                D.t(
                    "应到代表%d人，实到%d人，同意%d票，不同意%d票，弃权%d票。%s\n"
                    % (
                        len(reps) + 8,
                        len(reps) + 6,
                        s,
                        len(reps) + 6 - s,
                        0,
                        "评议通过。" if s * 2 > len(reps) + 6 else "未通过。",
                    )
                )
            else:
                topic = rng.choice(
                    [
                        "关于%s申请宅基地建房的议题",
                        "关于%s户纳入危房改造对象的议题",
                        "关于%s申请临时救助的议题",
                        "关于调整%s承包地的议题",
                    ]
                )
                a, b = topic.split("%s")
                D.t(a)
                D.s("name", C.name)
                D.t(b + "。")
                if rng.random() < 0.5:
                    D.t("该户")
                    D.s("name", C.name)
                    D.t("因")
                    D.s("health", C.ill)
                    D.t("丧失劳动能力，")
                D.t(
                    "经讨论，"
                    + rng.choice(["同意上报镇政府审批。", "暂缓，待核实后再议。", "全票通过。"])
                    + "\n"
                )
        D.t("发言摘要：\n")
        says = rng.sample(
            [
                "同意，情况我了解，确实困难。",
                "建议再入户核实一下收入情况。",
                "他家儿子在外打工，收入不低，我不同意。",
                "应该照顾，去年房子漏雨都没修。",
                "没意见。",
                "程序要走完整，公示时间不能少。",
            ],
            3,
        )
        for p, w in zip(rng.sample(reps, min(3, len(reps))), says):
            D.s("name", p.name)
            D.t("：" + w + "\n")
        D.t("%s：会议决定结果在村务公开栏公示7天。\n" % sec)
        D.t("参会人员签字：")
        namelist(D, [p.name for p in reps], rng)
        D.t("\n")
    else:
        hear = rng.random() < 0.5
        title = "%s%s记录" % (
            R["county"] + rng.choice(["自然资源局", "交通运输局", "城市管理局", "发展和改革局"]),
            "行政处罚听证会" if hear else rng.choice(["征地补偿安置座谈会", "水价调整听证会"]),
        )
        D.t(title + "\n时间：%s\n地点：%s\n" % (rdate(rng), R["county"] + "政务服务中心三楼会议室"))
        D.t("主持人：%s\n听证员：%s、%s\n书记员：%s\n" % (sec, dire, official(rng, R, used), rec))
        if hear:
            P = reps[0]
            A = reps[1]
            D.t("当事人：")
            D.s("name", P.name)
            D.t("，身份证号")
            D.s("id_card", P.id)
            D.t("，住")
            D.s("address", P.addr)
            D.t("\n")
            D.t("委托代理人：")
            D.s("name", A.name)
            D.t(
                "，%s\n"
                % rng.choice(
                    ["系当事人之子", "系当事人之妻", "%s律师事务所律师" % R["county"].rstrip("县市")]
                )
            )
            D.t("案件调查人员：%s、%s\n\n" % (official(rng, R, used), official(rng, R, used)))
            D.t("%s：现在开始听证。请调查人员陈述当事人违法事实。\n" % sec)
            D.t("调查人员：经查，当事人")
            D.s("name", P.name)
            D.t("未经批准在%s建房，占地面积%d平方米。\n" % (town + vil, rng.randint(80, 300)))
            D.s("name", P.name)
            D.t("：我家房子是老房子翻修，" + rng.choice(["我爱人常年", "我本人"]))
            D.s("health", P.ill)
            D.t("，没钱另外建，请政府考虑实际情况。\n")
            D.s("name", A.name)
            D.t("：对证据三有异议，测量时当事人不在场。联系我可以打")
            D.s("mobile", A.mob)
            D.t("。\n")
        else:
            D.t("参会群众代表：")
            namelist(D, [p.name for p in reps], rng)
            D.t("\n\n")
            for p in reps[: rng.randint(2, len(reps))]:
                D.s("name", p.name)
                if rng.random() < 0.3:
                    D.t("（")
                    D.s("address", p.addr)
                    D.t("）")
                D.t(
                    "："
                    + rng.choice(
                        [
                            "补偿标准偏低，希望参照邻县标准。",
                            "我家是低保户，希望安置房优先考虑。",
                            "同意方案，但要求公开测量结果。",
                            "希望尽快发放补偿款。",
                            "能否把安置点选在镇上？",
                        ]
                    )
                    + "\n"
                )
        D.t("%s：本次会议到此结束，请各方核对笔录后签字。\n" % sec)
    return D, ["village", "pingyi", "hearing"][sub]


# ---------------------------------------------------------------- family 5: letters
ISSUES = [
    "反映%s村道路硬化工程质量问题",
    "反映本人低保被取消一事",
    "反映邻居违建影响通行",
    "反映养老金未按时到账",
    "反映征地补偿款发放不到位",
    "反映%s卫生院收费不合理",
    "咨询残疾人两项补贴申请条件",
]


def g_letters(rng, R, sub, pdf):
    D = Doc()
    used = []  # type: ignore[var-annotated]
    P = person(rng, R, age=rng.randint(25, 80), used=used)
    org = R["county"] + rng.choice(
        ["信访局", "民政局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "农业农村局"]
    )
    iss = rng.choice(ISSUES)
    iss = iss % rng.choice(R["vill"]).rstrip("村") if "%s" in iss else iss
    o1 = official(rng, R, used)
    if sub == 0:
        no = "%s信复〔2024〕%d号" % (R["county"][:2], rng.randint(1, 300))
        D.t(org + "\n信访事项处理意见书\n" + no + "\n\n")
        D.s("name", P.name)
        D.t("：\n")
        D.t(
            "    你于%s通过%s%s。"
            % (rdate(rng), rng.choice(["来访", "网上信访平台", "来信", "12345热线转办"]), iss)
        )
        if rng.random() < 0.6:
            D.t("（信访人身份证号码：")
            D.s("id_card", P.id)
            D.t("，住址：")
            D.s("address", P.addr)
            if rng.random() < 0.5:
                D.t("，联系电话：")
                D.s("mobile", P.mob) if rng.random() < 0.7 else D.s("landline", P.tel)
            if rng.random() < 0.15:
                D.t("，电子邮箱：")
                D.s("email", P.mail)
            D.t("）")
        D.t("\n    经调查核实：")
        if "低保" in iss or "补贴" in iss:
            D.t("你家庭共%d人，" % rng.randint(2, 6))
            if rng.random() < 0.6:
                D.t("你本人")
                D.s("health", P.ill)
                D.t("，")
            D.t(
                "经%d年度复核，家庭人均月收入%d元，%s。"
                % (2024, rng.randint(500, 1500), rng.choice(["高于当地低保标准", "符合保障条件，已恢复发放"]))
            )
        else:
            D.t("%s已责成%s于%s前整改完毕。" % (org, rng.choice(R["towns"]) + "人民政府", rdate(rng, 2024)))
        D.t("\n    如对本处理意见不服，可自收到本意见书之日起30日内向%s人民政府申请复查。\n" % R["county"])
        D.t("    联系人：%s，电话：%s\n" % (o1, office_tel(rng, R)))
        sign(D, rng, org)
    elif sub == 1:
        D.t(rng.choice(["县长信箱", "书记信箱", "领导信箱", "局长信箱"]) + " · 来信详情\n")
        D.t("信件编号：%s\n" % ("XX" + str(rng.randint(2024000000, 2024999999))))
        anon = rng.random() < 0.4
        D.t("来信人：")
        if anon:
            D.t(masked_name(rng, P.name))
        else:
            D.s("name", P.name)
        D.t(
            "\n来信时间：%d-%02d-%02d %02d:%02d\n"
            % (2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 23), rng.randint(0, 59))
        )
        D.t("来信标题：" + iss + "\n来信内容：")
        D.t("我是%s村民，" % rng.choice(R["towns"]))
        if rng.random() < 0.5:
            D.t("家住")
            D.s("address", P.addr)
            D.t("，")
        D.t(rng.choice(["多次到镇里反映无果。", "去年申请至今没有答复。", "希望领导重视。"]))
        if rng.random() < 0.6:
            D.t("我的电话")
            D.s("mobile", P.mob)
            D.t("，")
            if rng.random() < 0.4:
                D.t("邮箱")
                D.s("email", P.mail)
                D.t("，")
            D.t("盼回复。")
        D.t("\n回复单位：%s\n回复时间：%s\n回复内容：\n" % (org, rdate(rng, 2024)))
        D.t("    ")
        if anon:
            D.t(masked_name(rng, P.name))
        else:
            D.s("name", P.name)
        D.t(
            "：您好！您反映的问题已收悉。经核实，%s。感谢您对我县工作的关心和支持。如有疑问，请致电%s（工作日）。\n"
            % (
                rng.choice(
                    [
                        "相关款项已于本月发放到位",
                        "该工程已列入2024年整改计划",
                        "您的情况已转交所在乡镇重新核查",
                    ]
                ),
                office_tel(rng, R),
            )
        )
        if anon and rng.random() < 0.5:
            D.t("（来信人联系电话：%s）\n" % mask_mob(P.mob))
    else:
        D.t("%s12345政务服务便民热线工单\n" % R["county"])
        f = [
            ("工单编号", "%s%s" % (rng.choice(["GD", "LC", "12345-"]), order_no(rng))),
            (
                "来电时间",
                "%d-%02d-%02d %02d:%02d:%02d"
                % (
                    2024,
                    rng.randint(1, 12),
                    rng.randint(1, 28),
                    rng.randint(7, 22),
                    rng.randint(0, 59),
                    rng.randint(0, 59),
                ),
            ),
            ("来电人", ("name", P.name) if rng.random() < 0.8 else masked_name(rng, P.name)),
            ("来电号码", ("mobile", P.mob) if rng.random() < 0.85 else ("landline", P.tel)),
            ("联系地址", ("address", P.addr) if rng.random() < 0.6 else bare_place(rng, R)),
            ("诉求类型", rng.choice(["投诉", "求助", "咨询", "建议"])),
            ("承办单位", org),
            ("办理时限", "5个工作日"),
        ]
        if rng.random() < 0.4:
            f.insert(4, ("备用号码", ("mobile", mobile(rng))))
        form(D, f, rng, pdf)
        D.t("诉求内容：来电人" + iss.replace("反映", "反映：") + "。")
        if rng.random() < 0.4:
            D.t("来电人称其")
            D.s("health", P.ill)
            D.t("，行动不便，希望上门办理。")
        if rng.random() < 0.3:
            D.t("车牌号")
            D.s("license_plate", P.plate)
            D.t("。")
        D.t(
            "\n办理结果：%s工作人员%s已联系来电人，%s。\n"
            % (org, o1, rng.choice(["问题已解决", "已做好解释工作", "已列入计划"]))
        )
        D.t("回访情况：%s\n" % rng.choice(["满意", "基本满意", "不满意"]))
    return D, ["xinfang", "mailbox", "ticket"][sub]


# ---------------------------------------------------------------- family 6: notices
def g_notices(rng, R, sub, pdf):
    D = Doc()
    used = []  # type: ignore[var-annotated]
    org = R["county"] + (
        rng.choice(["自然资源局", "城市管理局", "住房和城乡建设局", "公安局", "市场监督管理局", "人民政府"])
        if sub == 0
        else rng.choice(["自然资源局", "城市管理局", "综合行政执法局", "住房和城乡建设局"])
    )
    if sub == 0:
        ps = [person(rng, R, used=used) for _ in range(rng.randint(1, 5))]
        D.t(
            org
            + "\n公告\n"
            + rng.choice(["", "%s公告〔2024〕%d号\n" % (R["county"][:2], rng.randint(1, 99))])
            + "\n"
        )
        D.t(
            "    因下列当事人下落不明（或采用其他方式无法送达），根据《中华人民共和国行政诉讼法》《中华人民共和国民事诉讼法》相关规定，现向下列当事人公告送达%s：\n"
            % rng.choice(["《行政处罚决定书》", "《责令限期改正通知书》", "《行政处罚事先告知书》"])
        )
        for i, P in enumerate(ps, 1):
            D.t("    %d. " % i)
            D.s("name", P.name)
            D.t("（")
            if rng.random() < 0.7:
                D.t("身份证号：")
                D.s("id_card", P.id)
            else:
                D.t("身份证号：" + mask_id(P.id))
            if rng.random() < 0.5:
                D.t("，户籍地：")
                D.s("address", P.addr)
            D.t("），文书编号：%s罚字〔2024〕%d号；\n" % (R["county"][:2], rng.randint(1, 400)))
        D.t(
            "    自本公告发布之日起经过三十日，即视为送达。请当事人于公告期满后到本机关（地址：%s%s%d号）领取。联系电话：%s。\n"
            % (R["county"], rng.choice(R["streets"]), rng.randint(1, 300), office_tel(rng, R))
        )
        sign(D, rng, org)
    elif sub == 1:
        P = person(rng, R, used=used)
        t = rng.choice(["限期拆除违法建筑通知书", "催告书", "责令限期拆除决定书"])
        D.t(
            org
            + "\n"
            + t
            + "\n%s%s〔2024〕%d号\n\n"
            % (R["county"][:2], rng.choice(["城执拆字", "自然资催字", "住建拆字"]), rng.randint(1, 200))
        )
        D.s("name", P.name)
        D.t("：\n")
        site = (
            rng.choice(R["towns"])
            + rng.choice(R["vill"]).rstrip("村")
            + "村"
            + rng.choice(["国道旁", "河道边", "集体林地内", "村东侧耕地"])
        )
        D.t(
            "    经查，你（户）于%s在%s未经批准擅自建设%s，面积约%d平方米，违反了%s之规定。"
            % (
                rdate(rng),
                site,
                rng.choice(["砖混结构房屋一栋", "彩钢棚一处", "养殖圈舍"]),
                rng.randint(30, 500),
                rng.choice(
                    ["《中华人民共和国城乡规划法》第四十一条", "《中华人民共和国土地管理法》第七十八条"]
                ),
            )
        )
        D.t(
            "本机关已于%s依法送达决定，你未在规定期限内履行。现责令你于%s前自行拆除。逾期不拆除的，本机关将依法强制拆除。\n"
            % (rdate(rng), rdate(rng, 2025))
        )
        if rng.random() < 0.6:
            D.t("    当事人身份证号码：")
            D.s("id_card", P.id)
            D.t("；现住址：")
            D.s("address", P.addr)
            D.t("。\n")
        if rng.random() < 0.4:
            D.t("    （电话通知记录：已于%s拨打当事人电话" % rdate(rng))
            D.s("mobile", P.mob)
            D.t("告知。）\n")
        D.t("    联系人：%s  联系电话：%s\n" % (official(rng, R, used), office_tel(rng, R)))
        sign(D, rng, org)
    else:
        D.t(rng.choice(["遗失声明", "遗失启事", "声明"]) + "\n")
        for i in range(rng.randint(1, 4)):
            P = person(rng, R, used=used)
            r = rng.random()
            D.t(rng.choice(["", "■ ", "%d. " % (i + 1)]))
            if r < 0.3:
                who, what = rng.choice(
                    [
                        ("残疾人联合会", "《中华人民共和国残疾人证》"),
                        ("民政局", "《最低生活保障证》"),
                        ("民政局", "《特困人员救助供养证》"),
                        ("卫生健康局", "《独生子女父母光荣证》"),
                    ]
                )
                D.s("name", P.name)
                D.t("（身份证号")
                D.s("id_card", P.id)
                D.t(
                    "）遗失%s%s%s%s一本，声明作废。"
                    % (R["county"], who, rng.choice(["开具的", "核发的", "颁发的"]), what)
                )
            elif r < 0.5:
                D.s("name", P.name)
                D.t("遗失往来港澳通行证，证号")
                D.s("hk_macau_permit", "C" + "".join(str(rng.randint(0, 9)) for _ in range(8)))
                D.t("，声明作废。")
            elif r < 0.6:
                D.s("name", P.name)
                D.t("不慎遗失护照，护照号码")
                D.s("passport", "E" + "".join(str(rng.randint(0, 9)) for _ in range(8)))
                D.t("，特此声明。")
            elif r < 0.7:
                D.s("name", P.name)
                D.t("遗失大陆居民往来台湾通行证，证件号码")
                D.s("tw_permit", "L" + "".join(str(rng.randint(0, 9)) for _ in range(8)))
                D.t("，声明作废。")
            elif r < 0.85:
                shop = (
                    R["county"].rstrip("县市")
                    + rng.choice(["鸿运", "兴旺", "美美", "老马"])
                    + rng.choice(["副食店", "餐馆", "建材门市部", "理发店"])
                )
                D.t(shop + "（经营者：")
                D.s("name", P.name)
                D.t("）遗失营业执照正本，统一社会信用代码：%s，声明作废。" % credit_code(rng, R["code"]))
            else:
                D.s("name", P.name)
                D.t(
                    "遗失%s不动产权证书一本，证号：%s（%d）%s不动产权第%07d号，坐落于"
                    % (
                        R["county"],
                        R["prov"][:1],
                        2020 + rng.randint(0, 4),
                        R["county"],
                        rng.randint(1, 9999999),
                    )
                )
                D.s("address", P.addr)
                D.t("，声明作废。")
            D.t("\n")
        D.t("（登报时间：%s  %s日报）\n" % (rdate(rng), R["city"][:2] if R["city"] else "海南"))
    return D, ["service", "demolish", "lost"][sub]


# ---------------------------------------------------------------- family 7: rosters
def g_rosters(rng, R, sub, pdf):
    D = Doc()
    used = []  # type: ignore[var-annotated]
    town = rng.choice(R["towns"])
    if sub == 0:
        title = "%s%s2024年度城乡居民医疗保险%s参保花名册" % (
            R["county"],
            town,
            rng.choice(["资助", "特殊群体", "代缴"]),
        )
        org = R["county"] + "医疗保障局"
        cols = [
            "序号",
            "姓名",
            "性别",
            "公民身份号码",
            "人员类别",
            "个人缴费（元）",
            "资助金额（元）",
            "联系电话",
        ]
    elif sub == 1:
        title = "%s%s城乡居民基本养老保险%s月待遇领取人员花名册" % (R["county"], town, rng.randint(1, 12))
        org = R["county"] + "社会保险事业服务中心"
        cols = ["序号", "姓名", "性别", "公民身份号码", "村组", "月待遇（元）", "社保卡号/银行卡号"]
    else:
        title = "%s2024年农村部分计划生育家庭奖励扶助%s名单" % (
            R["county"],
            rng.choice(["对象", "及特别扶助对象"]),
        )
        org = R["county"] + "卫生健康局"
        cols = ["序号", "姓名", "配偶姓名", "身份证号", "扶助类别", "子女情况", "年扶助金（元）", "银行账号"]
    D.t(title + "\n")
    meta(D, rng, R, org)
    if rng.random() < 0.5:
        D.t("编制单位：%s    编制日期：%s\n" % (town_gov(town) if sub != 2 else org, rdate(rng)))
    drop = [c for c in cols[4:] if rng.random() < 0.25]
    cols = [c for c in cols if c not in drop]
    idm = rng.choice(["full", "full", "masked"])
    rows = []
    for i in range(rng.randint(4, 14)):
        if sub == 1:
            P = person(rng, R, age=rng.randint(60, 95), used=used)
        elif sub == 2:
            P = person(rng, R, sex="男", age=rng.randint(60, 75), used=used)
        else:
            P = person(rng, R, used=used)
        d = {
            "序号": str(i + 1),
            "姓名": ("name", P.name),
            "性别": P.sex,
            "公民身份号码": id_cell(P, idm),
            "身份证号": id_cell(P, idm),
            "人员类别": rng.choice(
                ["特困人员", "低保对象", "脱贫人口", "监测对象", "重度残疾人", "普通居民"]
            ),
            "个人缴费（元）": str(rng.choice([0, 0, 380, 200])),
            "资助金额（元）": str(rng.choice([380, 300, 180, 0])),
            "联系电话": ("mobile", P.mob) if rng.random() < 0.8 else "",
            "村组": (
                "address",
                rng.choice(R["vill"]).rstrip("村")
                + "村"
                + rng.choice(["一", "二", "三", "四", "五", "六"])
                + "组",
            ),
            "月待遇（元）": "%.2f" % (rng.randint(1300, 3500) / 10),
            "社保卡号/银行卡号": ("bank_card", P.card),
            "扶助类别": rng.choice(["奖励扶助", "奖励扶助", "特别扶助（伤残）", "特别扶助（死亡）"]),
            "年扶助金（元）": str(rng.choice([960, 1200, 5640, 7080])),
            "银行账号": ("bank_card", P.card),
        }
        if sub == 1 and P.age >= 68 and idm == "full" and rng.random() < 0.4:
            d["公民身份号码"] = ("id_card_15", P.id15)
        if sub == 2:
            Sp = person(rng, R, sex="女", age=P.age - rng.randint(0, 5), used=used)
            d["配偶姓名"] = ("name", Sp.name)
            if "伤残" in d["扶助类别"]:
                d["子女情况"] = ["独生子女，", ("health", rng.choice([x for x in ILLS if "残疾" in x]))]
            elif "死亡" in d["扶助类别"]:
                d["子女情况"] = "独生子女死亡"
            else:
                d["子女情况"] = rng.choice(["独生子女", "两女户", "独女户"])
        if sub == 0 and d["人员类别"] == "重度残疾人" and rng.random() < 0.7:
            d["人员类别"] = ["重度残疾人（", ("health", rng.choice([x for x in ILLS if "残疾" in x])), "）"]
        rows.append([d[c] for c in cols])
    table(D, cols, rows, rng, pdf, title)
    D.t("合计：%d人\n" % len(rows))
    if rng.random() < 0.5:
        D.t(
            "经办人：%s    审核：%s    咨询电话：%s\n"
            % (official(rng, R, used), official(rng, R, used), office_tel(rng, R))
        )
    return D, ["medical", "pension", "family"][sub]


FAMILIES = [
    ("dibao", g_dibao),
    ("penalty", g_penalty),
    ("gongshi", g_gongshi),
    ("application", g_application),
    ("minutes", g_minutes),
    ("letters", g_letters),
    ("notices", g_notices),
    ("rosters", g_rosters),
]

# ---------------------------------------------------------------- assembly and self-checks
KNOWN_CODES = set([r["code"] for r in REGIONS] + [c for r in REGIONS for c in r["extra"]])  # type: ignore[index]
FMT = {
    "mobile": re.compile(r"1[3-9]\d{9}"),
    "landline": re.compile(r"(\(0\d{2,3}\)|0\d{2,3}-?)\d{7,8}"),
    "email": re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+"),
    "passport": re.compile(r"E[A-Z]?\d{7,8}|G\d{8}"),
    "hk_macau_permit": re.compile(r"C\d{8}"),
    "tw_permit": re.compile(r"L?\d{8}"),
    "license_plate": re.compile(r"[晋鄂琼甘辽赣][A-Z]·?[A-Z0-9]{5,6}"),
    "name": re.compile(r"[\u4e00-\u9fff]\u3000?[\u4e00-\u9fff]{1,6}"),
}


def valid_id18(s):
    if not re.fullmatch(r"\d{17}[\dX]", s) or id_check(s[:17]) != s[17]:
        return False
    return (
        s[:6] in KNOWN_CODES
        and 1900 <= int(s[6:10]) <= 2024
        and real_date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    )


def valid_kind(k, t):
    if k == "id_card":
        return valid_id18(t)
    if k == "id_card_15":
        return (
            bool(re.fullmatch(r"\d{15}", t))
            and t[:6] in KNOWN_CODES
            and real_date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
        )
    if k == "bank_card":
        return bool(re.fullmatch(r"\d{16,19}", t)) and luhn_ok(t) and t.startswith(ISSUER_PREFIXES)
    if k == "address":
        return bool(re.search(r"[号栋室组]|单元", t[-3:])) and len(t) >= 4
    if k == "health":
        return len(t) >= 2
    return bool(FMT[k].fullmatch(t))


def finalize(parts):
    text, spans = [], []
    pos = 0
    for x, k in parts:
        if k is not None:
            spans.append({"kind": k, "start": pos, "end": pos + len(x), "text": x})
        text.append(x)
        pos += len(x)
    return "".join(text), spans


def looks_bad(masked):
    for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", masked):
        return "mobile " + m.group()
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", masked):
        if valid_id18(m.group().upper()):
            return "id " + m.group()
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", masked):
        if luhn_ok(m.group()) and m.group().startswith(ISSUER_PREFIXES):
            return "card " + m.group()
    return None


def check(text, spans):
    last = 0
    for sp in spans:
        s, e, t = sp["start"], sp["end"], sp["text"]
        if s < last or e <= s or text[s:e] != t or t != t.strip():
            return "span invariant %r" % t
        if sp["kind"] == "address":
            t2 = t.replace("\n", "")
        elif "\n" in t:
            return "newline in %s" % sp["kind"]
        else:
            t2 = t
        if not valid_kind(sp["kind"], t2):
            return "bad %s %r" % (sp["kind"], t)
        last = e
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "\u25a1"
    masked = "".join(chars)
    bad = looks_bad(masked)
    if bad:
        return "leftover " + bad
    for sp in spans:
        if sp["kind"] == "name":
            n = sp["text"].replace("\u3000", "")
            forms = [n] + ([n[0] + "\u3000" + n[1]] if len(n) == 2 else [])
            for f in forms:
                if f in masked:
                    return "name unlabelled %s" % n
                # partially overlapping occurrences
                for m in re.finditer(re.escape(f), text):
                    if not any(
                        o["kind"] == "name" and o["start"] <= m.start() and m.end() <= o["end"] for o in spans
                    ):
                        return "name partial %s" % n
    return None


def make_doc(seed, i):
    fam, gen = FAMILIES[i % 8]
    sub = (i // 8) % 3
    for attempt in range(200):
        rng = random.Random(f"{seed}:{i}:{attempt}")
        R = rng.choice(REGIONS)
        pdf = rng.random() < 0.25
        D, subname = gen(rng, R, sub, pdf)
        parts = [(x, k) for x, k in D.parts if x]
        if pdf:
            parts = pdf_transform(parts, rng)
        text, spans = finalize(parts)
        err = check(text, spans)
        if err is None:
            return {
                "type": "%s.%s%s" % (fam, subname, ".pdf" if pdf else ""),
                "text": text,
                "spans": spans,
            }, attempt
    raise RuntimeError("doc %d failed: %s" % (i, err))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=167)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print("\n".join(DECISIONS))
        return
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    kinds, types, redraws = {}, {}, 0  # type: ignore[var-annotated]
    for i in range(a.docs):
        d, att = make_doc(a.seed, i)
        redraws += att
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        for sp in d["spans"]:
            kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
        types[d["type"]] = types.get(d["type"], 0) + 1
    if out is not sys.stdout:
        out.close()
    if a.stats:
        for k in sorted(kinds):
            print("%-16s %d" % (k, kinds[k]), file=sys.stderr)
        print(
            "docs %d, pdf %d, redraws %d"
            % (a.docs, sum(v for t, v in types.items() if t.endswith(".pdf")), redraws),
            file=sys.stderr,
        )
        for t in sorted(types):
            print("  %-28s %d" % (t, types[t]), file=sys.stderr)


if __name__ == "__main__":
    main()
