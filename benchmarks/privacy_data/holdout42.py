#!/usr/bin/env python3
# ruff: noqa: B007, B905, C408, E501, E731, F841, RUF005, RUF021, RUF034, SIM108, SIM115, UP031, UP032
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout42 -- blind labelled evaluation set for a PII detector on Chinese
government-disclosure (政务公开) documents.

Usage:
    python holdout42.py --docs 400 --seed 193 -o out.jsonl [--stats]
    python holdout42.py --decisions

Families: roll (低保/特困/残疾人两项补贴 名册), screen (孕前优生/产前筛查/新生儿疾病筛查),
penalty (行政处罚决定书), notice (公示名单), form (申请表), minutes (会议纪要).
A ".pdf" suffix on the type marks a PDF-text-extraction variant (hard-wrapped lines,
page numbers / running titles between rows, U+3000-spaced two-character names).

Standard library only; output is deterministic for a given seed.

DECISIONS
D1. name: a private person's name is labelled wherever the context shows a person (applicants, recipients, household members, spouses, newborns' mothers, 当事人, 经营者, petitioners, villagers speaking in minutes, family contacts, 委托代理人). Names of officials/staff/执法人员/审核人/signatories acting for an agency, of 村干部 chairing/recording a meeting in that role, and of historic/public figures are NOT labelled.
D2. name spans cover the full name as written, including an inner U+3000 (PDF style "蓝　芳"); a Tibetan/Lisu multi-syllable name ("泽郎卓玛", "李四益") is one span. Names that appear only inside a masked form ("张某", "李*", "韦某某") are never labelled.
D3. address: labelled only for a natural person's home / 户籍 / 住址 / 现住址 written down to 号/栋/单元/室/组 (or 屯/社 + 号); the span covers the whole address value as written (from the first administrative unit written to the end of the house/group part). A bare village/township/屯 name (e.g. a "村别" column "弄麻村") is NOT labelled. 经营场所 of a 个体户, agency/company/shop addresses and 联系地址 of an office are NOT labelled. A private applicant's 通信地址 in an 申请表 is labelled when it reaches 号/组/室.
D4. mobile: the 11 digits plus internal separators (spaces/dashes) are the span; a "+86"/"86-" country prefix is left outside the span. Masked values (138****1234) are not labelled.
D5. landline: labelled only when it is a private person's number (当事人/申请人/家庭联系电话); the span includes the area code and its separator ("0932-6512345", "0778 5212345"). Office numbers, 监督/咨询电话, extensions of offices, 12345/12315/12348 hotlines are NOT labelled.
D6. id_card / id_card_15: the full number as written (including a trailing X/x). In a 20-digit 残疾人证号 (ID + 2 digits for category/grade) only the embedded 18-character ID number is labelled as id_card; the 2 trailing digits are not part of any span. Masked IDs (4512**********123X) are not labelled.
D7. bank_card: 16-19 digits with Luhn and a real issuer prefix (62xxxx UnionPay debit/credit of 农行/工行/建行/邮储/农信); span covers the number including the inner group spaces ("6228 4807 ..."). Order/transaction/receipt numbers, 缴款码, 统一社会信用代码, 文号, 索引号, case numbers are NOT labelled even when Luhn-valid (they have no issuer prefix and are introduced as 订单号/流水号/票据号).
D8. health: the illness / disability / abnormal screening result next to a person is labelled as written ("肢体残疾二级", "尿毒症", "21-三体高风险", "苯丙酮尿症（PKU）初筛阳性", "因病" in a per-household 致贫原因 cell). "持证残疾人" as a 就业困难 category is labelled. Normal / negative results ("低风险", "未见异常", "正常", "阴性", "通过"), general words ("健康", "良好", "一般"), follow-up actions ("建议产前诊断", "已召回复查"), programme names ("重度残疾人护理补贴", "特困人员") and non-health reasons ("因学", "缺劳力", "因灾") are NOT labelled. Split category/grade cells ("肢体" | "二级") are labelled as two health spans. A disability certificate category header ("残疾类别") is not labelled; its per-person value is.
D9. passport / hk_macau_permit / tw_permit: the document number only (E12345678, EA1234567; C12345678 / CA1234567; L12345678), not the label.
D10. license_plate: a private vehicle's plate linked to a 当事人 (桂M·A1234, 甘J12345, 新能源 8-char); plate span includes the middle dot if written. Agency vehicle numbers are not present.
D11. email: a private person's mailbox (qq.com/163.com/126.com etc.). gov.cn office mailboxes are NOT labelled.
D12. Ages, dates, amounts (补助金额), 保障人数, postcodes (邮编 530700 etc.), 统一社会信用代码, 执法证号, 文号/案号/索引号, row numbers and subtotals are NOT labelled.
D13. 个体户 trade names (字号) never embed the operator's name in this set, so the operator name is labelled wherever it appears.
D14. An official's name that coincides with a private person's name in the same document is avoided by redrawing (a labelled name never also appears unlabelled).
"""

import argparse
import json
import random
import re
import sys
from collections import Counter

# ---------------------------------------------------------------- checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]

KNOWN_REGIONS = {
    "451228",
    "621121",
    "533323",
    "140922",
    "513233",
    "433124",
    "451202",
    "621102",
    "533301",
    "140902",
    "513201",
    "433101",
}
ISSUER_PREFIXES = (
    "622848",
    "622845",
    "621700",
    "622202",
    "621226",
    "621799",
    "622188",
    "621098",
    "623059",
    "622827",
    "623668",
    "621778",
    "621779",
    "622991",
    "623521",
    "621336",
    "622260",
)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def id_check(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def real_date(y, m, d):
    if not (1 <= m <= 12):
        return False
    dm = DAYS[m - 1]
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        dm = 29
    return 1 <= d <= dm


def valid_id18(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[:6] not in KNOWN_REGIONS:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2026 and real_date(y, m, d)):
        return False
    return id_check(s[:17]) == s[17]


def looks_id18(s):
    """any 18-digit with valid checksum and real date (region not required)."""
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2026 and real_date(y, m, d)):
        return False
    if not ("11" <= s[:2] <= "82"):
        return False
    return id_check(s[:17]) == s[17]


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d


def has_issuer(s):
    return s.startswith(("62", "4", "51", "52", "53", "54", "55", "35", "60")) or (
        s[:4].isdigit() and 2221 <= int(s[:4]) <= 2720
    )


def org_code(rng):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c = 11 - sum(v * w for v, w in zip(vals, ORG_W)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(rng, region, head=None):
    head = head or rng.choice(["91", "92", "12", "11", "93", "52"])
    if head == "92":
        body = head + region + org_code(rng)
    else:
        body = head + region + org_code(rng)
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body, CC_W))
    return body + CC_CHARS[(31 - s % 31) % 31]


def valid_credit(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    sm = sum(CC_CHARS.index(c) * w for c, w in zip(s[:17], CC_W))
    return CC_CHARS[(31 - sm % 31) % 31] == s[17]


# ---------------------------------------------------------------- regions
REGIONS = {
    "duan": dict(
        code="451228",
        prov="广西壮族自治区",
        city="河池市",
        county="都安瑶族自治县",
        short="都安",
        abbr="都",
        area="0778",
        plate="桂M",
        post="530700",
        gov="hc.gov.cn",
        towns=[
            "安阳镇",
            "高岭镇",
            "地苏镇",
            "拉烈镇",
            "下坳镇",
            "百旺镇",
            "澄江镇",
            "大兴镇",
            "菁盛乡",
            "保安乡",
            "板岭乡",
            "东庙乡",
            "龙湾乡",
            "永安镇",
        ],
        villages=[
            "拉仁村",
            "弄麻村",
            "加文村",
            "大定村",
            "拉棉村",
            "坡利村",
            "古城村",
            "八甫村",
            "高利村",
            "弄福村",
            "龙英村",
            "三平村",
            "福宁村",
            "菁盛村",
        ],
        hamlets=["弄麻屯", "拉棉屯", "坡造屯", "弄力屯", "那湾屯", "加良屯", "弄劳屯", "板江屯"],
        streets=["翠屏路", "安阳东路", "城西大道", "红水河大道"],
        surnames=["蓝", "韦", "潘", "蒙", "覃", "黄", "罗", "卢", "梁", "兰", "陆", "莫"],
        given=[
            "秀英",
            "美兰",
            "春花",
            "金凤",
            "文福",
            "志强",
            "海军",
            "启明",
            "秀芬",
            "桂芳",
            "善良",
            "玉莲",
            "爱民",
            "正光",
            "丽娟",
            "建华",
            "妹",
            "芳",
            "强",
            "勇",
            "军",
            "利",
            "仕",
            "朝文",
            "绍勇",
            "丽梅",
            "兰英",
            "福金",
            "永才",
            "月娥",
        ],
        special=["蓝妹团", "潘特力", "蒙美娇", "覃茂林", "韦保才", "蓝凤妹", "潘秀娥"],
    ),
    "tongwei": dict(
        code="621121",
        prov="甘肃省",
        city="定西市",
        county="通渭县",
        short="通渭",
        abbr="通",
        area="0932",
        plate="甘J",
        post="743300",
        gov="dingxi.gov.cn",
        towns=[
            "平襄镇",
            "马营镇",
            "鸡川镇",
            "榜罗镇",
            "常家河镇",
            "义岗川镇",
            "陇阳镇",
            "陇山镇",
            "碧玉镇",
            "襄南镇",
            "华家岭镇",
            "什川镇",
            "寺子川乡",
        ],
        villages=[
            "孟河村",
            "温泉村",
            "锦屏村",
            "西关村",
            "马岔村",
            "张湾村",
            "杨堡村",
            "刘家村",
            "石峡村",
            "文丰村",
            "柳林村",
            "阳山村",
        ],
        hamlets=["上庄社", "下庄社", "阳洼社", "阴坡社", "川口社", "湾里社"],
        streets=["西大街", "东关路", "文庙街", "南门路"],
        surnames=["王", "李", "张", "牛", "何", "杨", "常", "马", "赵", "魏", "冉", "令狐", "雒", "漆"],
        given=[
            "建国",
            "亚萍",
            "彩霞",
            "文斌",
            "玉兰",
            "有福",
            "保平",
            "兰芳",
            "志刚",
            "小军",
            "海燕",
            "尕娃",
            "翠英",
            "治国",
            "明",
            "霞",
            "红",
            "宏伟",
            "爱琴",
            "彦龙",
            "双喜",
            "存良",
            "永红",
            "国栋",
            "春梅",
            "秀珍",
        ],
        special=["令狐建军", "雒宝林", "冉小梅", "漆永福"],
    ),
    "fugong": dict(
        code="533323",
        prov="云南省",
        city="怒江傈僳族自治州",
        county="福贡县",
        short="福贡",
        abbr="福",
        area="0886",
        plate="云Q",
        post="673400",
        gov="nujiang.gov.cn",
        towns=["上帕镇", "匹河怒族乡", "子里甲乡", "架科底乡", "鹿马登乡", "石月亮乡", "马吉乡"],
        villages=[
            "腊竹底村",
            "沙瓦村",
            "知子罗村",
            "亚谷村",
            "达友村",
            "腊吐底村",
            "鹿马登村",
            "木古甲村",
            "古当村",
            "利沙底村",
        ],
        hamlets=["一组", "二组", "三组", "四组", "五组", "六组"],
        streets=["贡山路", "团结路", "新城路"],
        surnames=["余", "李", "和", "密", "丰", "普", "恒", "胡", "褚"],
        given=[
            "新华",
            "四益",
            "友",
            "普",
            "付四",
            "金花",
            "秀英",
            "才",
            "贵",
            "华",
            "四妹",
            "益华",
            "玉珍",
            "永福",
            "光荣",
            "建文",
            "福",
            "益",
            "二妹",
            "国华",
        ],
        special=[
            "余新华",
            "李四益",
            "密友",
            "阿普",
            "娜四妹",
            "阿卡",
            "切秀",
            "普利",
            "恒才",
            "付四",
            "阿娜",
            "丰玉梅",
            "密秀",
            "阿四",
            "此里",
            "娜玉珍",
        ],
    ),
    "wutai": dict(
        code="140922",
        prov="山西省",
        city="忻州市",
        county="五台县",
        short="五台",
        abbr="五",
        area="0350",
        plate="晋H",
        post="035500",
        gov="sxxz.gov.cn",
        towns=[
            "台城镇",
            "豆村镇",
            "东冶镇",
            "白家庄镇",
            "耿镇镇",
            "建安乡",
            "茹村乡",
            "沟南乡",
            "阳白乡",
            "高洪口乡",
            "陈家庄乡",
            "门限石乡",
            "台怀镇",
        ],
        villages=[
            "槐荫村",
            "西龙泉村",
            "建安村",
            "东冶村",
            "白家庄村",
            "河边村",
            "蒋坊村",
            "善文村",
            "峪口村",
            "南大兴村",
            "石咀村",
        ],
        hamlets=["一组", "二组", "三组", "四组", "五组"],
        streets=["台城大街", "五台山路", "建设街", "文昌路"],
        surnames=["赵", "郭", "徐", "张", "王", "李", "杨", "霍", "续", "段", "阎", "薄", "温"],
        given=[
            "二保",
            "润生",
            "俊梅",
            "桂林",
            "三女",
            "改英",
            "丑小",
            "建平",
            "玉梅",
            "来福",
            "志军",
            "银花",
            "拴柱",
            "秀兰",
            "成",
            "虎",
            "平",
            "晓东",
            "爱莲",
            "福生",
            "引弟",
            "海平",
            "二虎",
            "金莲",
        ],
        special=["续二保", "霍三女", "薄改英", "阎拴柱"],
    ),
    "hongyuan": dict(
        code="513233",
        prov="四川省",
        city="阿坝藏族羌族自治州",
        county="红原县",
        short="红原",
        abbr="红",
        area="0837",
        plate="川U",
        post="624400",
        gov="abazhou.gov.cn",
        towns=["邛溪镇", "刷经寺镇", "瓦切镇", "色地镇", "安曲镇", "江茸乡", "龙日镇", "阿木乡"],
        villages=[
            "哈拉玛村",
            "日干乔村",
            "俄么塘村",
            "德香村",
            "阿木柯河村",
            "麦洼村",
            "色既坝村",
            "龙日坝村",
            "瓦切村",
        ],
        hamlets=["一组", "二组", "三组", "四组"],
        streets=["邛溪路", "达日街", "香根路", "红原大道"],
        surnames=["杨", "王", "罗", "马", "李"],
        given=["金", "卓玛", "措", "华", "德", "才"],
        special=[
            "泽郎卓玛",
            "尕让",
            "扎西",
            "卓玛",
            "仁青措",
            "俄木",
            "格绒",
            "多吉",
            "降措",
            "罗尔伍",
            "泽旺",
            "阿尔基",
            "拉姆",
            "措姆",
            "泽郎王修",
            "桑吉卓玛",
            "更登",
            "杨金",
            "尕玛",
            "俄让",
            "仁真旺姆",
            "贡波",
            "索朗泽仁",
            "嘎玛",
        ],
    ),
    "huayuan": dict(
        code="433124",
        prov="湖南省",
        city="湘西土家族苗族自治州",
        county="花垣县",
        short="花垣",
        abbr="花",
        area="0743",
        plate="湘U",
        post="416400",
        gov="xxz.gov.cn",
        towns=[
            "花垣镇",
            "边城镇",
            "龙潭镇",
            "民乐镇",
            "吉卫镇",
            "麻栗场镇",
            "双龙镇",
            "石栏镇",
            "长乐乡",
            "补抽乡",
            "雅酉镇",
            "猫儿乡",
        ],
        villages=[
            "十八洞村",
            "排碧村",
            "金龙村",
            "老寨村",
            "排吾村",
            "雅桥村",
            "板栗村",
            "芷耳村",
            "让烈村",
            "磨老村",
            "尖岩村",
            "夯来村",
        ],
        hamlets=["一组", "二组", "三组", "四组", "五组", "六组", "七组"],
        streets=["团结路", "建设路", "边城大道", "花垣大道"],
        surnames=["龙", "石", "麻", "吴", "杨", "田", "滕", "施", "时", "隆", "廖"],
        given=[
            "金秀",
            "老三",
            "拔英",
            "贵林",
            "银花",
            "志明",
            "七妹",
            "光辉",
            "秀兰",
            "四斤",
            "玉英",
            "德胜",
            "成",
            "顺",
            "英",
            "清",
            "求友",
            "明生",
            "金花",
            "二妹",
            "秀芝",
            "正发",
            "云昌",
            "老四",
        ],
        special=["石拔三", "龙秀林", "麻老四", "施成富", "施六金"],
    ),
}
REGION_KEYS = list(REGIONS)

OFFICIAL_SUR = [
    "周",
    "刘",
    "陈",
    "孙",
    "胡",
    "谢",
    "邓",
    "冯",
    "曹",
    "彭",
    "曾",
    "萧",
    "唐",
    "董",
    "袁",
    "于",
    "蒋",
    "程",
    "宋",
    "郑",
    "沈",
    "钟",
    "侯",
    "邵",
]
OFFICIAL_GIV = [
    "立新",
    "晓峰",
    "国华",
    "思远",
    "宁",
    "卫东",
    "丽华",
    "振宇",
    "海涛",
    "明辉",
    "红梅",
    "文静",
    "学军",
    "跃进",
    "志远",
    "晨",
    "亮",
    "佳",
    "雪松",
    "德胜",
]
MOBILE_PFX = [
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
    "170",
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
    "193",
    "195",
    "198",
    "199",
]
CN_NUM = "〇一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n % 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


class Gen:
    """random data for one document (one region)."""

    def __init__(self, rng, rk):
        self.rng = rng
        self.rk = rk
        self.R = REGIONS[rk]
        self.used = set()
        self.used_off = set()

    # ---- names
    def name(self, minority=None):
        r, R = self.rng, self.R
        for _ in range(50):
            if R["special"] and r.random() < (0.55 if self.rk in ("fugong", "hongyuan") else 0.12):
                n = r.choice(R["special"])
            else:
                n = r.choice(R["surnames"]) + r.choice(R["given"])
            if n not in self.used and not any(n in u or u in n for u in self.used | self.used_off):
                self.used.add(n)
                return n
        n = r.choice(R["surnames"]) + r.choice(R["given"]) + r.choice("华文明")
        self.used.add(n)
        return n

    def official(self):
        r = self.rng
        for _ in range(50):
            n = r.choice(OFFICIAL_SUR) + r.choice(OFFICIAL_GIV)
            if n not in self.used_off and not any(n in u or u in n for u in self.used | self.used_off):
                self.used_off.add(n)
                return n
        return "周" + r.choice(OFFICIAL_GIV)

    # ---- identifiers
    def birth(self, y0=1935, y1=2005):
        r = self.rng
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else 30)
        return y, m, d

    def id18(self, y0=1935, y1=2005, female=None, bd=None):
        r = self.rng
        y, m, d = bd or self.birth(y0, y1)
        seq = r.randint(0, 99)
        g = r.randint(0, 9)
        if female is True:
            g = g - g % 2
        elif female is False:
            g = g - g % 2 + 1
        code = self.R["code"] if r.random() < 0.9 else self.R["code"][:4] + "01"  # type: ignore[operator]
        if code not in KNOWN_REGIONS:
            code = self.R["code"]
        s17 = "%s%04d%02d%02d%02d%d" % (code, y, m, d, seq, g)
        s = s17 + id_check(s17)
        if s.endswith("X") and r.random() < 0.15:
            s = s[:-1] + "x"
        return s

    def id15(self):
        r = self.rng
        y, m, d = self.birth(1930, 1960)
        return "%s%02d%02d%02d%03d" % (self.R["code"], y % 100, m, d, r.randint(1, 999))

    def age_of(self, idn):
        return 2023 - int(idn[6:10])

    def mobile_raw(self):
        r = self.rng
        return r.choice(MOBILE_PFX) + "".join(r.choice("0123456789") for _ in range(8))

    def fmt_mobile(self, m, style=None):
        style = style if style is not None else self.rng.choice([0, 0, 0, 0, 1, 2, 3])
        if style == 1:
            return m[:3] + " " + m[3:7] + " " + m[7:]
        if style == 2:
            return m[:3] + "-" + m[3:7] + "-" + m[7:]
        if style == 3:
            return m[:3] + " " + m[3:]
        return m

    def mobile(self):
        return self.fmt_mobile(self.mobile_raw())

    def landline_priv(self):
        r = self.rng
        n = r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(6))
        return self.R["area"] + r.choice(["-", "-", " ", ""]) + n

    def office_phone(self, ext=False):
        r = self.rng
        n = r.choice(["52", "62", "72", "82", "86"]) + "".join(r.choice("0123456789") for _ in range(5))
        s = r.choice(["%s-%s", "（%s）%s", "%s—%s", "%s %s"]) % (self.R["area"], n)
        if ext:
            s += r.choice(["转", "-", " 分机"]) + str(r.randint(800, 8999))
        return s

    def bank(self, spaced=None):
        r = self.rng
        p = r.choice(ISSUER_PREFIXES)
        ln = (
            19
            if p.startswith(
                (
                    "6228",
                    "6217",
                    "6222",
                    "6212",
                    "6217",
                    "6237",
                    "6230",
                    "6236",
                    "6221",
                    "6218",
                    "6233",
                    "6235",
                )
            )
            or r.random() < 0.6
            else 16
        )
        body = p + "".join(r.choice("0123456789") for _ in range(ln - len(p) - 1))
        s = body + luhn_digit(body)
        if spaced is None:
            spaced = r.random() < 0.35
        if spaced:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return s

    def order_no(self, luhn=None):
        """near-miss digit string without a real issuer prefix."""
        r = self.rng
        ln = r.randint(16, 19)
        head = r.choice(["8", "7", "20", "10", "30", "98", "0"])
        body = head + "".join(r.choice("0123456789") for _ in range(ln - len(head) - 1))
        if luhn is None:
            luhn = r.random() < 0.5
        return body + (luhn_digit(body) if luhn else r.choice("0123456789"))

    def email(self, name_py=None):
        r = self.rng
        if r.random() < 0.5:
            return str(r.randint(10000, 3999999999)) + "@qq.com"
        user = (
            r.choice(
                [
                    "lan",
                    "wei",
                    "pan",
                    "meng",
                    "zhang",
                    "wang",
                    "yu",
                    "li",
                    "long",
                    "shi",
                    "zhaxi",
                    "zhuoma",
                    "he",
                    "yang",
                ]
            )
            + r.choice(["", "_", "."])
            + r.choice(["xiaomei", "jun", "hua", "qiang", "fang", "ming", ""])
            + str(r.randint(1, 9999))
        )
        return user + "@" + r.choice(["163.com", "126.com", "sina.com", "foxmail.com", "139.com"])

    def gov_email(self):
        r = self.rng
        py = {
            "duan": "da",
            "tongwei": "tw",
            "fugong": "fg",
            "wutai": "wt",
            "hongyuan": "hy",
            "huayuan": "hy",
        }[self.rk]
        return (
            py
            + r.choice(["zwgk", "mzj", "scjgj", "xxgk", "jtj", "nyncj", "lyj", "wjj"])
            + "@"
            + self.R["gov"]
        )

    def passport(self):
        r = self.rng
        if r.random() < 0.7:
            return "E" + "".join(r.choice("0123456789") for _ in range(8))
        return "E" + r.choice("ABCDEFGH") + "".join(r.choice("0123456789") for _ in range(7))

    def hkmo(self):
        r = self.rng
        if r.random() < 0.7:
            return "C" + r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(7))
        return "C" + r.choice("ABCDEFGH") + "".join(r.choice("0123456789") for _ in range(7))

    def twp(self):
        r = self.rng
        return "L" + "".join(r.choice("0123456789") for _ in range(8))

    def plate(self):
        r = self.rng
        p = self.R["plate"]
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if r.random() < 0.15:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            tail = r.choice(letters) + "".join(r.choice("0123456789" + letters[:8]) for _ in range(4))
            if not any(c.isdigit() for c in tail[1:]):
                tail = tail[:2] + "7" + tail[3:]
        return p + r.choice(["", "", "·"]) + tail

    # ---- places
    def town(self):
        return self.rng.choice(self.R["towns"])

    def village(self):
        return self.rng.choice(self.R["villages"])

    def address(self, full=None, with_town=None):
        """home address down to 号/组/室."""
        r, R = self.rng, self.R
        if full is None:
            full = r.random()
        pre = ""
        if full < 0.2:
            pre = R["prov"] + R["city"] + R["county"]  # type: ignore[operator]
        elif full < 0.5:
            pre = R["county"]  # type: ignore[assignment]
        elif full < 0.6:
            pre = R["city"] + R["county"]  # type: ignore[operator]
        t = r.random()
        if t < 0.25:
            body = r.choice(R["towns"][:3]) + r.choice(R["streets"]) + str(r.randint(1, 288)) + "号"
            if r.random() < 0.5:
                body += "%d栋%d单元%d室" % (
                    r.randint(1, 12),
                    r.randint(1, 4),
                    r.randint(1, 6) * 100 + r.randint(1, 4),
                )
            elif r.random() < 0.4:
                body += "%d-%d-%d" % (r.randint(1, 9), r.randint(1, 3), r.randint(101, 602))
            return pre + body
        h = r.choice(R["hamlets"])
        body = r.choice(R["towns"]) + r.choice(R["villages"])
        if h.endswith("组"):
            body += h
            if r.random() < 0.4:
                body += str(r.randint(1, 80)) + "号"
        else:
            body += h + str(r.randint(1, 120)) + "号"
        return pre + body

    def agency_address(self):
        r, R = self.rng, self.R
        return R["county"] + r.choice(R["towns"][:2]) + r.choice(R["streets"]) + str(r.randint(1, 200)) + "号"

    def money(self, lo=200, hi=1200):
        r = self.rng
        v = r.randint(lo, hi)
        if r.random() < 0.3:
            return "%d.00" % v
        if r.random() < 0.15:
            return "{:,}".format(v * 10)
        return str(v)

    def date(self, y=None):
        r = self.rng
        y = y or r.choice([2021, 2022, 2023, 2024])
        m, d = r.randint(1, 12), r.randint(1, 28)
        return r.choice(["%d年%d月%d日", "%d-%02d-%02d", "%d.%d.%d", "%d/%d/%d"]) % (y, m, d)

    def cn_date(self, y=None):
        r = self.rng
        y = y or r.choice([2021, 2022, 2023, 2024])
        return "%d年%d月%d日" % (y, r.randint(1, 12), r.randint(1, 28))

    def wenhao(self, kind="民发"):
        r = self.rng
        return "%s%s〔%d〕%d号" % (self.R["abbr"], kind, r.choice([2022, 2023, 2024]), r.randint(1, 199))

    def suoyin(self):
        r = self.rng
        return "%s/%d-%05d" % (
            credit_code(r, self.R["code"], "11"),
            r.choice([2022, 2023, 2024]),
            r.randint(1, 3000),
        )

    def pname(self, n):
        """PDF-style U+3000 spacing of two-character names (only in pdf docs)."""
        if getattr(self, "pdf", False) and len(n) == 2 and self.rng.random() < 0.5:
            return n[0] + "\u3000" + n[1]
        return n


# ---------------------------------------------------------------- builder
def L(kind, s):
    return (kind, s)


def segs(cell):
    if cell is None:
        return [("", "")]
    if isinstance(cell, str):
        return [("", cell)]
    if isinstance(cell, tuple):
        return [cell]
    out = []
    for c in cell:
        out.extend(segs(c))
    return out


def cell_text(cell):
    return "".join(s for _, s in segs(cell))


def dwidth(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


class B:
    def __init__(self):
        self.parts = []

    def t(self, *cells):
        for c in cells:
            self.parts.extend(segs(c))
        return self

    def ln(self, *cells):
        self.t(*cells)
        self.parts.append(("", "\n"))
        return self

    def build(self):
        text, spans, pos = [], [], 0
        for k, s in self.parts:
            if k and s:
                spans.append([k, pos, pos + len(s)])
            text.append(s)
            pos += len(s)
        return "".join(text), spans


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_table(b, g, headers, rows, layout, title=None, notes=None):
    """rows: list of lists of cells; a row given as ("MERGE", cell) spans all columns."""
    r = g.rng
    if title and layout != "html":
        if layout == "csv":
            b.ln(title + "," * (len(headers) - 1))
        elif layout == "md":
            b.ln("**" + title + "**")
            b.ln()
        else:
            b.ln(title)
    if layout == "tab":
        b.ln("\t".join(headers))
        for row in rows:
            if isinstance(row, tuple):
                b.ln(row[1])
                continue
            for i, c in enumerate(row):
                if i:
                    b.t("\t")
                b.t(c)
            b.ln()
    elif layout == "space":
        ws = [dwidth(h) for h in headers]
        for row in rows:
            if isinstance(row, list):
                for i, c in enumerate(row):
                    ws[i] = max(ws[i], dwidth(cell_text(c)))

        def pad(s, w):
            return " " * max(0, w - dwidth(s))

        for i, h in enumerate(headers):
            b.t(h, pad(h, ws[i]) + ("  " if i < len(headers) - 1 else ""))
        b.ln()
        for row in rows:
            if isinstance(row, tuple):
                b.ln(row[1])
                continue
            line_end = len(row) - 1
            for i, c in enumerate(row):
                b.t(c)
                if i < line_end:
                    b.t(pad(cell_text(c), ws[i]) + "  ")
            b.ln()
    elif layout == "md":
        b.ln("| " + " | ".join(headers) + " |")
        b.ln("|" + "|".join(["---"] * len(headers)) + "|")
        for row in rows:
            if isinstance(row, tuple):
                b.t("| ", row[1], " |" + " |" * (len(headers) - 1))
                b.ln()
                continue
            b.t("|")
            for c in row:
                b.t(" ", c, " |")
            b.ln()
    elif layout == "html":
        b.ln('<table border="1">')
        if title:
            b.ln('<tr><td colspan="%d" align="center">%s</td></tr>' % (len(headers), esc_html(title)))
        b.ln("<tr>" + "".join("<th>%s</th>" % esc_html(h) for h in headers) + "</tr>")
        for row in rows:
            if isinstance(row, tuple):
                b.t('<tr><td colspan="%d">' % len(headers), row[1])
                b.ln("</td></tr>")
                continue
            b.t("<tr>")
            for c in row:
                b.t("<td>", c, "</td>")
            b.ln("</tr>")
        b.ln("</table>")
    elif layout == "csv":
        b.ln(",".join(headers))
        for row in rows:
            if isinstance(row, tuple):
                b.ln(row[1], "," * (len(headers) - 1))
                continue
            for i, c in enumerate(row):
                if i:
                    b.t(",")
                txt = cell_text(c)
                if "," in txt or " " in txt and r.random() < 0.5:
                    b.t('"', c, '"')
                else:
                    b.t(c)
            b.ln()
    elif layout == "cells":
        for h in headers:
            b.ln(h)
        for row in rows:
            if isinstance(row, tuple):
                b.ln(row[1])
                continue
            for c in row:
                if cell_text(c).strip():
                    b.ln(c)
    elif layout == "list":
        n = 0
        for row in rows:
            if isinstance(row, tuple):
                b.ln(row[1])
                continue
            n += 1
            b.t("%d%s" % (n, r.choice(["．", ".", "、"])))
            first = True
            for h, c in zip(headers[1:], row[1:]):
                if not cell_text(c).strip():
                    continue
                if not first:
                    b.t(r.choice(["，", "；"]) if r.random() < 0.9 else " ")
                b.t(h + "：", c)
                first = False
            b.ln("。")
    if notes:
        b.ln(notes if isinstance(notes, (str, tuple)) else notes)
    return b


TABLE_LAYOUTS = ["tab", "space", "md", "html", "csv", "cells", "list"]


# ---------------------------------------------------------------- pdf variant
def pdf_wrap(rng, text, spans, running):
    """hard-wrap at 28-40 chars, never inside a span; page numbers / running titles."""
    width = rng.randint(28, 40)
    inside = [False] * (len(text) + 1)
    for _, s, e in spans:
        for i in range(s + 1, e):
            inside[i] = True
    out = []
    mapping = [0] * (len(text) + 1)
    col = 0
    page_lines = 0
    page = 1
    per_page = rng.randint(12, 30)
    pos = 0
    for i, ch in enumerate(text):
        glued = (
            i > 0
            and ch.isascii()
            and text[i - 1].isascii()
            and (ch.isalnum() or ch in "@.-_")
            and (text[i - 1].isalnum() or text[i - 1] in "@.-_")
        )
        if (
            col >= width
            and ch != "\n"
            and not inside[i]
            and not ch.isspace()
            and (not glued or col >= width + 24)
        ):
            out.append("\n")
            pos += 1
            col = 0
            page_lines += 1
        if page_lines >= per_page and col == 0 and not inside[i]:
            page += 1
            brk = rng.choice(
                [
                    "— %d —\n" % (page - 1),
                    "%d\n" % (page - 1),
                    "第 %d 页 共 %d 页\n" % (page - 1, 9),
                    "-%d-\n%s\n" % (page - 1, running),
                    "\f%s\n" % running,
                ]
            )
            out.append(brk)
            pos += len(brk)
            page_lines = 0
        mapping[i] = pos
        out.append(ch)
        pos += 1
        if ch == "\n":
            col = 0
            page_lines += 1
        else:
            col += 1
    mapping[len(text)] = pos
    new = "".join(out)
    nsp = []
    for k, s, e in spans:
        ns = mapping[s]
        ne = mapping[e - 1] + 1
        nsp.append([k, ns, ne])
    return new, nsp


# ---------------------------------------------------------------- shared pieces
HEALTH_DIS = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
HEALTH_GRADE = ["一级", "二级", "三级", "四级"]
HEALTH_ILL = [
    "尿毒症",
    "尿毒症长期透析",
    "脑梗死后遗症",
    "肺癌晚期",
    "乳腺癌术后",
    "精神分裂症",
    "白血病",
    "先天性心脏病",
    "肝硬化",
    "重度贫血",
    "慢性肾衰竭",
    "高位截瘫",
    "青光眼致双目失明",
    "癫痫",
    "脑瘫",
    "糖尿病并发症",
    "结核病",
    "类风湿关节炎",
    "下肢截肢",
    "阿尔茨海默病",
]
NONHEALTH_REASON = ["因学", "缺劳力", "因灾", "缺技术", "缺资金", "交通条件落后", "自身发展动力不足"]
REMARK_PLAIN = [
    "",
    "",
    "",
    "",
    "新增",
    "续保",
    "提标",
    "停发",
    "调整类别",
    "补发3个月",
    "户籍迁入",
    "2023年复核",
    "按季发放",
]


def fmt_id(g, idn):
    r = g.rng.random()
    if r < 0.1:
        return idn[:6] + " " + idn[6:14] + " " + idn[14:]
    return idn


def mask_id(g, idn):
    r = g.rng.random()
    if r < 0.4:
        return idn[:6] + "*" * 8 + idn[14:]
    if r < 0.7:
        return idn[:2] + "*" * 13 + idn[15:]
    return idn[:4] + "**********" + idn[14:]


def mask_mobile(m):
    return m[:3] + "****" + m[7:]


def mask_name(g, n):
    return n[0] + g.rng.choice(["某", "某某", "*", "**", "××"])


def health_val(g):
    r = g.rng
    if r.random() < 0.5:
        return r.choice(HEALTH_DIS) + "残疾" + r.choice(HEALTH_GRADE)
    return r.choice(HEALTH_ILL)


def agency(g, kind):
    R = g.R
    return {
        "mz": R["county"] + "民政局",
        "sc": R["county"] + "市场监督管理局",
        "jt": R["county"] + "交通运输局",
        "ny": R["county"] + "农业农村局",
        "ly": R["county"] + "林业局",
        "wj": R["county"] + "卫生健康局",
        "rs": R["county"] + "人力资源和社会保障局",
        "yb": R["county"] + "医疗保障局",
        "cl": R["county"] + "残疾人联合会",
        "zf": R["county"] + "人民政府办公室",
        "town": g.town() + "人民政府",
    }[kind]


def meta_block(b, g, ag, wh=None):
    r = g.rng
    lay = r.random()
    if lay < 0.5:
        b.ln("索引号：" + g.suoyin())
        b.ln("发布机构：" + ag)
        if wh:
            b.ln("文号：" + wh)
        b.ln("发布日期：" + g.date())
        if r.random() < 0.4:
            b.ln("统一社会信用代码：" + credit_code(r, g.R["code"], "11"))
        b.ln()
    elif lay < 0.75:
        b.ln("%s | 信息来源：%s | 浏览次数：%d" % (g.date(), ag, r.randint(12, 3999)))
        b.ln()


def footer_block(b, g, ag, sign=True):
    r = g.rng
    ph = g.office_phone(ext=r.random() < 0.3)
    opts = []
    opts.append("监督电话：" + ph)
    if r.random() < 0.5:
        opts.append("%s政务服务便民热线：12345" % g.R["short"])
    if r.random() < 0.4:
        opts.append("电子邮箱：" + g.gov_email())
    if r.random() < 0.4:
        opts.append("通信地址：%s（邮编：%s）" % (g.agency_address(), g.R["post"]))
    b.ln("；".join(opts) + "。")
    if sign:
        b.ln()
        b.ln(ag)
        b.ln(g.cn_date())


# ---------------------------------------------------------------- family: roll
def fam_roll(g, sub):
    r = g.rng
    R = g.R
    b = B()
    ag = agency(g, "cl" if sub == "canji" and r.random() < 0.4 else "mz")
    year = r.choice([2021, 2022, 2023, 2024])
    q = r.choice(["第一季度", "第二季度", "第三季度", "第四季度", "%d月" % r.randint(1, 12), "年度"])
    ttl = {
        "dibao": "%s%d年%s农村最低生活保障对象花名册" % (R["county"], year, q),
        "tekun": "%s%d年%s特困人员救助供养人员名册" % (R["county"], year, q),
        "canji": "%s%d年%s困难残疾人生活补贴和重度残疾人护理补贴发放名册" % (R["county"], year, q),
    }[sub]
    running = ttl
    if r.random() < 0.6:
        b.ln("关于%s的公示" % ttl.replace("名册", "名单").replace("花名单", "名单"))
        meta_block(b, g, ag, g.wenhao("民发") if r.random() < 0.5 else None)
        b.ln(
            "根据%s，经村（居）民委员会调查评议、乡镇人民政府审核、县%s审批，现将%s予以公布。"
            % (
                r.choice(
                    [
                        "《社会救助暂行办法》",
                        "《%s最低生活保障工作实施细则》" % R["prov"],
                        "《特困人员认定办法》",
                        "《关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）",
                    ]
                ),
                "民政局" if sub != "canji" else "残联",
                ttl,
            )
        )
        b.ln()
    layout = r.choice(TABLE_LAYOUTS)
    mask_rows = r.random() < 0.25
    # columns
    cols = ["序号"]
    optional = []
    if r.random() < 0.7:
        cols.append("乡镇")
    cols.append(r.choice(["村（社区）", "村别", "所在村"]))
    cols.append(r.choice(["户主姓名", "姓名", "保障对象"]) if sub != "canji" else "姓名")
    if r.random() < 0.5:
        cols.append("性别")
    cols.append(r.choice(["身份证号码", "公民身份号码", "身份证号"]))
    if sub == "canji":
        if r.random() < 0.5:
            cols.append("残疾证号")
        if r.random() < 0.5:
            cols += ["残疾类别", "残疾等级"]
        else:
            cols.append("残疾类别及等级")
        cols.append("补贴类型")
    elif sub == "dibao":
        cols += ["保障人数", "保障类别"]
        if r.random() < 0.5:
            cols.append("致贫原因")
    else:
        cols.append("供养方式")
        if r.random() < 0.6:
            cols.append("健康状况")
    cols.append(r.choice(["月保障金额（元）", "发放金额", "月补助金（元）"]))
    if r.random() < 0.75:
        cols.append(r.choice(["一卡通账号", "银行账号", "发放账号（社保卡/存折）", "惠民惠农一卡通"]))
        if r.random() < 0.4:
            cols.append("开户行")
    if r.random() < 0.45:
        cols.append("联系电话")
    if r.random() < 0.35:
        cols.append("家庭住址")
    cols.append("备注")
    # unusual order: move bank or phone before name sometimes
    if r.random() < 0.2 and len(cols) > 6:
        c = cols.pop(r.randrange(3, len(cols) - 1))
        cols.insert(2, c)
    rows = []
    nvill = r.randint(1, 3)
    sn = 0
    town = g.town()
    tot_h = tot_p = tot_m = 0
    for vi in range(nvill):
        vill = g.village()
        vh = vp = vm = 0
        for _ in range(r.randint(2, 6)):
            sn += 1
            fem = r.random() < 0.5
            n = g.name()
            idn = g.id18(1935 if sub != "canji" else 1950, 2003 if sub != "tekun" else 1965, female=fem)
            row = []
            pers = r.randint(1, 6)
            amt = r.randint(180, 900) * (pers if sub == "dibao" else 1)
            for c in cols:
                if c == "序号":
                    row.append(str(sn))
                elif c == "乡镇":
                    row.append(town)
                elif c in ("村（社区）", "村别", "所在村"):
                    row.append(vill)
                elif c in ("户主姓名", "姓名", "保障对象"):
                    row.append(L("name", g.pname(n)))
                elif c == "性别":
                    row.append("女" if fem else "男")
                elif "身份" in c:
                    row.append(mask_id(g, idn) if mask_rows else L("id_card", fmt_id(g, idn)))
                elif c == "残疾证号":
                    row.append(
                        [L("id_card", idn), "%d%d" % (r.randint(1, 7), r.randint(1, 4))]  # type: ignore[arg-type]
                        if not mask_rows
                        else mask_id(g, idn) + "%d%d" % (r.randint(1, 7), r.randint(1, 4))
                    )
                elif c == "残疾类别":
                    row.append(L("health", r.choice(HEALTH_DIS)))
                elif c == "残疾等级":
                    row.append(L("health", r.choice(HEALTH_GRADE)))
                elif c == "残疾类别及等级":
                    row.append(
                        L("health", r.choice(HEALTH_DIS) + r.choice(["", "残疾"]) + r.choice(HEALTH_GRADE))
                    )
                elif c == "补贴类型":
                    row.append(
                        r.choice(
                            ["生活补贴", "护理补贴", "两项补贴", "困难残疾人生活补贴", "重度残疾人护理补贴"]
                        )
                    )
                elif c == "保障人数":
                    row.append(str(pers))
                elif c == "保障类别":
                    row.append(r.choice(["A类", "B类", "C类", "一类", "二类", "三类"]))
                elif c == "致贫原因":
                    if r.random() < 0.5:
                        row.append(L("health", r.choice(["因病", "因残", "因病", r.choice(HEALTH_ILL)])))
                    else:
                        row.append(r.choice(NONHEALTH_REASON))
                elif c == "供养方式":
                    row.append(r.choice(["分散供养", "集中供养", "分散", "集中（敬老院）"]))
                elif c == "健康状况":
                    row.append(
                        L("health", health_val(g)) if r.random() < 0.6 else r.choice(["健康", "良好", "一般"])
                    )
                elif "金" in c or "金额" in c:
                    row.append(str(amt) if r.random() < 0.7 else "%d.00" % amt)
                elif c in ("一卡通账号", "银行账号", "发放账号（社保卡/存折）", "惠民惠农一卡通"):
                    row.append(L("bank_card", g.bank()) if not mask_rows or r.random() < 0.3 else "")
                elif c == "开户行":
                    row.append(
                        r.choice(
                            [
                                "农村信用社",
                                "%s农商银行" % R["short"],
                                "邮政储蓄银行",
                                "农业银行%s支行" % R["short"],
                            ]
                        )
                    )
                elif c == "联系电话":
                    m = g.mobile_raw()
                    if not mask_rows and r.random() < 0.08:
                        row.append(L("landline", g.landline_priv()))
                    else:
                        row.append(
                            mask_mobile(m)  # type: ignore[arg-type]
                            if mask_rows
                            else (
                                [r.choice(["+86 ", "+86-", "86-"]), L("mobile", m)]
                                if r.random() < 0.08
                                else L("mobile", g.fmt_mobile(m))
                            )
                        )
                elif c == "家庭住址":
                    hh = r.choice(R["hamlets"])
                    if r.random() < 0.5:
                        row.append(vill + (hh if not hh.endswith("组") else ""))
                    else:
                        row.append(L("address", g.address(0.7)))
                elif c == "备注":
                    x = r.random()
                    if x < 0.12:
                        row.append(["户主变更为", L("name", g.name())])  # type: ignore[arg-type]
                    elif x < 0.22:
                        row.append(["本人", L("health", r.choice(HEALTH_ILL))])  # type: ignore[arg-type]
                    elif x < 0.3 and "联系电话" not in cols:
                        row.append(["联系人：", L("name", g.name()), " ", L("mobile", g.mobile())])  # type: ignore[arg-type]
                    elif x < 0.36:
                        row.append(
                            [  # type: ignore[arg-type]
                                "代领人",
                                L("name", g.name()),
                                "（",
                                r.choice(["儿子", "女儿", "侄子", "儿媳"]),
                                "）",
                            ]
                        )
                    elif x < 0.4:
                        row.append("原账号" + mask_id(g, g.bank(False))[:6] + "****作废")
                    else:
                        row.append(r.choice(REMARK_PLAIN))
                else:
                    row.append("")
            rows.append(row)
            vh += 1
            vp += pers
            vm += amt
        if nvill > 1 or r.random() < 0.5:
            st = r.choice(
                [
                    "%s小计：%d户%d人，金额%d元" % (vill, vh, vp, vm),
                    "小计 %d户 %d人 %s元" % (vh, vp, "{:,}".format(vm)),
                ]
            )
            if r.random() < 0.5:
                rows.append(("MERGE", st))  # type: ignore[arg-type]
            else:
                rr = [""] * len(cols)
                rr[0] = "小计"
                rr[-1] = "%d户%d人" % (vh, vp)
                rr[-2 if len(cols) > 3 else -1] = str(vm) if len(cols) > 3 else rr[-1]
                rows.append(rr)
        tot_h += vh
        tot_p += vp
        tot_m += vm
    rows.append(("MERGE", "合计：%d户%d人，发放金额 %s 元" % (tot_h, tot_p, "{:,}".format(tot_m))))  # type: ignore[arg-type]
    tt = ttl if r.random() < 0.8 else None
    if layout == "html" or r.random() < 0.5:
        unit = "填报单位：%s%s（盖章）" % (R["county"], town)
        if layout == "csv":
            b.ln(tt + "," * (len(cols) - 1) if tt else "")
            b.ln(unit + "," * (len(cols) - 2) + "单位：元")
            tt = None
        else:
            b.ln(unit + "　　　　单位：元")
    if layout in ("tab", "csv", "space") and r.random() < 0.5:
        sep = {"tab": "\t", "csv": ",", "space": "    "}[layout]
        if tt:
            b.ln(tt + ("," * (len(cols) - 1) if layout == "csv" else ""))
            tt = None
        k = cols.index("备注")
        grp = ["", "基本情况"] + [""] * max(0, k - 4) + ["发放情况", ""] + [""] * (len(cols) - k - 1)
        b.ln(sep.join(grp[: len(cols)]))
    render_table(b, g, cols, rows, layout, title=tt)
    b.ln()
    if r.random() < 0.7:
        b.ln(
            "备注：1.公示期为%d个工作日（%s至%s）；2.如有异议，请向%s反映。"
            % (r.choice([5, 7]), g.cn_date(year), g.cn_date(year), ag)
        )
    b.ln("审核人：%s　　制表人：%s　　制表日期：%s" % (g.official(), g.official(), g.cn_date(year)))
    footer_block(b, g, ag)
    return b, running


# ---------------------------------------------------------------- family: screen
SCR_BAD = {
    "yunqian": [
        "高风险（乙肝表面抗原阳性）",
        "高风险（梅毒螺旋体抗体阳性）",
        "高风险（TORCH IgM阳性）",
        "甲状腺功能异常",
        "地中海贫血基因携带",
        "风疹病毒易感",
    ],
    "chanqian": [
        "21-三体高风险",
        "18-三体高风险",
        "开放性神经管缺陷高风险",
        "21-三体临界风险",
        "NIPT提示性染色体异常",
        "唐氏筛查高风险",
    ],
    "xinsheng": [
        "苯丙酮尿症（PKU）初筛阳性",
        "先天性甲状腺功能减低症初筛阳性",
        "G6PD缺乏症阳性",
        "听力初筛未通过（双耳）",
        "先天性肾上腺皮质增生症可疑阳性",
        "CH可疑",
    ],
}
SCR_OK = ["低风险", "未见异常", "正常", "阴性", "通过", "未见明显异常"]


def fam_screen(g, sub):
    r = g.rng
    R = g.R
    b = B()
    ag = agency(g, "wj") if r.random() < 0.6 else R["county"] + "妇幼保健计划生育服务中心"
    year = r.choice([2021, 2022, 2023, 2024])
    ttl = {
        "yunqian": "%s%d年国家免费孕前优生健康检查%s名单"
        % (R["county"], year, r.choice(["", "第二批", "受检对象"])),
        "chanqian": "%s%d年%s孕妇产前筛查结果%s"
        % (R["county"], year, r.choice(["", "上半年"]), r.choice(["名单", "反馈表", "汇总表"])),
        "xinsheng": "%s%d年%d月新生儿疾病筛查%s"
        % (R["county"], year, r.randint(1, 12), r.choice(["召回名单", "结果名单", "登记表"])),
    }[sub]
    b.ln(ttl)
    meta_block(b, g, ag)
    if r.random() < 0.6:
        b.ln(
            r.choice(
                [
                    "根据《%s免费孕前优生健康检查项目实施方案》，现将" % R["prov"],
                    "为落实出生缺陷三级预防措施，现将",
                    "按照项目资金管理要求，现将",
                ]
            )
            + "%s公布如下：" % ttl.replace("名单名单", "名单")
        )
    layout = r.choice(TABLE_LAYOUTS + ["prose"])
    mask = r.random() < 0.2
    rows = []
    n_rows = r.randint(3, 8)
    if sub == "yunqian":
        cols = [
            "序号",
            "丈夫姓名",
            "身份证号",
            "妻子姓名",
            "身份证号码",
            "联系电话",
            "乡镇",
            "检查日期",
            "风险评估结果",
        ]
        if r.random() < 0.4:
            cols[6] = "现住址"
    elif sub == "chanqian":
        cols = ["编号", "姓名", "年龄", "孕周", "身份证号", "联系电话", "所属乡镇", "筛查结果", "处理意见"]
        if r.random() < 0.3:
            cols.insert(7, "丈夫姓名")
    else:
        cols = [
            "序号",
            "母亲姓名",
            "住院号",
            "新生儿性别",
            "出生日期",
            "联系电话",
            "筛查项目",
            "筛查结果",
            "备注",
        ]
        if r.random() < 0.4:
            cols.insert(2, "母亲身份证号")
    for i in range(n_rows):
        row = []
        bad = r.random() < (0.35 if sub != "xinsheng" else 0.5)
        for c in cols:
            if c in ("序号", "编号"):
                row.append(str(i + 1) if c == "序号" else "%s%d%04d" % (R["abbr"], year, r.randint(1, 9999)))
            elif c in ("丈夫姓名", "妻子姓名", "姓名", "母亲姓名"):
                row.append(
                    mask_name(g, g.name()) if mask and r.random() < 0.5 else L("name", g.pname(g.name()))
                )
            elif "身份证" in c:
                fem = c in ("身份证号码", "母亲身份证号") or sub == "chanqian"
                idn = g.id18(1982, 2003, female=fem if c != "身份证号" or sub != "yunqian" else False)
                row.append(mask_id(g, idn) if mask else L("id_card", fmt_id(g, idn)))
            elif c == "年龄":
                row.append(str(r.randint(19, 42)))
            elif c == "孕周":
                row.append(
                    r.choice(["%d+%d周" % (r.randint(11, 22), r.randint(0, 6)), "%d周" % r.randint(12, 20)])
                )
            elif c == "联系电话":
                m = g.mobile_raw()
                row.append(mask_mobile(m) if mask else L("mobile", g.fmt_mobile(m)))
            elif c in ("乡镇", "所属乡镇"):
                row.append(g.town())
            elif c == "现住址":
                row.append(L("address", g.address(0.7)) if r.random() < 0.7 else g.town() + g.village())
            elif c in ("检查日期", "出生日期"):
                row.append(g.date(year))
            elif c == "住院号":
                row.append(str(r.randint(200000, 999999)))
            elif c == "新生儿性别":
                row.append(r.choice(["男", "女"]))
            elif c == "筛查项目":
                row.append(r.choice(["PKU+CH", "四项", "听力", "遗传代谢病（串联质谱）", "CH/PKU/G6PD"]))
            elif c in ("风险评估结果", "筛查结果"):
                row.append(L("health", r.choice(SCR_BAD[sub])) if bad else r.choice(SCR_OK))
            elif c == "处理意见":
                row.append("建议产前诊断" if bad else r.choice(["常规孕检", "定期产检", ""]))
            elif c == "备注":
                row.append("已召回复查" if bad and r.random() < 0.5 else r.choice(["", "", "外院出生"]))
            else:
                row.append("")
        rows.append(row)
    if layout == "prose":
        for row in rows:
            parts = []
            for h, c in zip(cols[1:], row[1:]):
                if cell_text(c):
                    parts.append([h, r.choice(["：", ":", " "]), c])
            b.t(row[0] + r.choice(["、", ". ", "．"]))
            for j, p in enumerate(parts):
                if j:
                    b.t(r.choice(["，", "，", "；"]))
                b.t(p)
            b.ln("。")
    else:
        render_table(b, g, cols, rows, layout)
    b.ln()
    if r.random() < 0.5:
        b.ln(
            "咨询电话：%s（%s妇幼保健院）；全国出生缺陷防治咨询：12320。"
            % (g.office_phone(ext=r.random() < 0.5), R["short"])
        )
    if r.random() < 0.3:
        b.ln("项目补助资金已通过订单号%s统一拨付。" % g.order_no())
    b.ln("经办人：%s" % g.official())
    footer_block(b, g, ag)
    return b, ttl


# ---------------------------------------------------------------- family: penalty
NATIONS = {
    "duan": ["瑶族", "壮族", "汉族"],
    "tongwei": ["汉族", "回族"],
    "fugong": ["傈僳族", "怒族", "汉族"],
    "wutai": ["汉族"],
    "hongyuan": ["藏族", "羌族", "汉族"],
    "huayuan": ["苗族", "土家族", "汉族"],
}
SHOP = ["兴旺", "鑫源", "顺发", "惠民", "福满堂", "老街", "宏达", "好再来", "利民", "金穗", "山里红", "乐家"]
SHOP_KIND = {
    "sc": ["米粉店", "副食店", "便利店", "餐馆", "药店", "农家乐", "烟酒商行"],
    "jt": ["货运部", "运输服务部", "汽车修理厂"],
    "ny": ["农资店", "兽药店", "种子经营部", "农机维修部"],
    "ly": ["木材加工厂", "木材经营部", "苗木场"],
}
FACTS = {
    "sc": [
        "销售超过保质期的食品",
        "未取得食品经营许可从事食品经营活动",
        "销售不符合食品安全标准的食用油",
        "使用未经检定的计量器具（电子计价秤）",
        "经营标签不符合规定的预包装食品",
    ],
    "jt": ["未取得道路运输经营许可擅自从事道路旅客运输经营", "驾驶车辆超限运输", "未随车携带道路运输证"],
    "ny": ["经营假农药", "销售未取得登记证的兽药", "经营未经审定的玉米种子", "违规使用禁用渔具捕捞"],
    "ly": ["未经批准擅自滥伐林木", "非法运输木材", "未经审核同意擅自改变林地用途"],
}


def person_block(g, name, style, role="当事人", mask=False, nation=True):
    """natural-person party block: returns list of lines (each list of cells)."""
    r = g.rng
    fem = r.random() < 0.4
    idn = g.id18(1955, 2002, female=fem)
    bd = "%s年%d月%d日" % (idn[6:10], int(idn[10:12]), int(idn[12:14]))
    nat = r.choice(NATIONS[g.rk])
    addr = g.address()
    use_land = r.random() < 0.2
    ph = g.landline_priv() if use_land else g.mobile()
    pk = "landline" if use_land else "mobile"
    if mask:
        nm = mask_name(g, name)
        idc = mask_id(g, idn)
        ad = g.R["county"] + g.town()
        phc = mask_mobile(g.mobile_raw())
    else:
        nm = L("name", name)
        idc = L("id_card", idn)
        ad = L("address", addr)
        phc = L(pk, ph)
        if r.random() < 0.1 and pk == "mobile":
            phc = ["+86 ", L("mobile", ph)]
    colon = r.choice(["：", ":", "："])
    if style == "form":
        sp = r.random() < 0.4
        lab = lambda s: "　".join(s) if sp and len(s) == 2 else s
        lines = [
            [lab(role) if role != "当事人" else role, colon, nm],
            [lab("性别"), colon, "女" if fem else "男", "　　", lab("民族"), colon, nat]
            if nation
            else [lab("性别"), colon, "女" if fem else "男"],
            ["出生日期", colon, bd],
            [r.choice(["身份证号码", "公民身份号码", "身份证件号码"]), colon, idc],
            [r.choice(["住址", "住所", "户籍地址", "现住址"]), colon, ad],
            ["联系电话", colon, phc],
        ]
        if r.random() < 0.2 and not mask:
            lines.append(["电子送达邮箱", colon, L("email", g.email())])
        if r.random() < 0.3:
            lines.pop(2)
        return lines
    txt = [role, nm, "，", "女" if fem else "男", "，"]
    if nation:
        txt += [nat, "，"]
    txt += [
        bd,
        "出生，",
        r.choice(["公民身份号码", "身份证号码", "身份证号"]),
        idc,
        "，",
        r.choice(["住", "住址：", "户籍所在地", "现住"]),
        ad,
        "，联系电话",
        phc,
        "。",
    ]
    return [txt]


def fam_penalty(g, sub):
    r = g.rng
    R = g.R
    b = B()
    ag = agency(g, sub)
    code = {"sc": "市监", "jt": "交", "ny": "农", "ly": "林"}[sub]
    year = r.choice([2021, 2022, 2023, 2024])
    caseno = r.choice(
        [
            "%s%s罚〔%d〕%d号" % (R["abbr"], code, year, r.randint(1, 300)),
            "%s%s罚字〔%d〕第%03d号" % (R["abbr"], code, year, r.randint(1, 300)),
            "%s%s处罚决〔%d〕%d号" % (R["short"], code, year, r.randint(1, 300)),
        ]
    )
    mask = r.random() < 0.12
    if r.random() < 0.5:
        b.ln(ag)
        b.ln("行政处罚决定书")
        b.ln(caseno)
    else:
        b.ln("%s行政处罚决定书（%s）" % (ag, caseno))
    b.ln()
    style = r.choice(["form", "prose", "form"])
    indiv = r.random() < 0.45
    party = g.name()
    if indiv:
        shop = R["short"] + r.choice(["县", ""]) + g.town() + r.choice(SHOP) + r.choice(SHOP_KIND[sub])
        b.ln("当事人：" + shop)
        b.ln("主体类型：个体工商户")
        b.ln("统一社会信用代码：" + credit_code(r, R["code"], "92"))
        b.ln("经营场所：" + g.agency_address())
        for ln in person_block(g, party, style, role="经营者", mask=mask):
            b.ln(ln)
    else:
        for ln in person_block(g, party, style, mask=mask):
            b.ln(ln)
    agent = None
    if r.random() < 0.3 and not mask:
        agent = g.name()
        b.ln(
            "委托代理人：",
            L("name", agent),
            "，系当事人",
            r.choice(["之子", "之妻", "之女", "之夫", "的朋友"]),
            "，联系电话：",
            L("mobile", g.mobile()),
        )
    b.ln()
    pn = mask_name(g, party) if mask else L("name", party)
    o1, o2 = g.official(), g.official()
    fact = r.choice(FACTS[sub])
    b.ln(
        "%s，本局执法人员%s、%s（执法证号：%s、%s）在%s%s检查时发现，当事人存在%s的行为。"
        % (
            g.cn_date(year),
            o1,
            o2,
            R["abbr"] + "%07d" % r.randint(1, 9999999),
            R["abbr"] + "%07d" % r.randint(1, 9999999),
            g.town(),
            g.village() if r.random() < 0.6 else "",
            fact,
        )
    )
    if sub == "jt":
        pl = g.plate()
        b.ln(
            "经查，当事人",
            pn,
            "驾驶的",
            r.choice(["小型普通客车", "重型栏板货车", "轻型厢式货车", "摩托车"]),
            "（号牌号码：",
            L("license_plate", pl) if not mask else pl[:3] + "***" + pl[-1],
            "）",
            r.choice(["载客", "运载货物", "行驶"]),
            "至",
            g.town(),
            "路段，",
            r.choice(
                [
                    "收取乘客车费%d元" % r.randint(10, 80),
                    "车货总质量%d吨，超限%d%%" % (r.randint(50, 70), r.randint(10, 60)),
                ]
            ),
            "。",
        )
        if r.random() < 0.5 and not mask:
            drv = g.name()
            b.ln(
                "驾驶员",
                L("name", drv),
                "（驾驶证号：",
                L("id_card", g.id18(1960, 2000)),
                "）对上述事实无异议。",
            )
    elif sub == "ly":
        b.ln(
            "经鉴定，当事人在%s%s%s地方（小地名“%s”）采伐%s%d株，蓄积%.2f立方米，未办理林木采伐许可证。"
            % (
                g.town(),
                g.village(),
                r.choice(R["hamlets"]) if not R["hamlets"][0].endswith("组") else "",
                r.choice(["背后山", "大岭坳", "黄泥坡", "松树湾"]),
                r.choice(["杉木", "松木", "桉树", "云杉"]),
                r.randint(5, 120),
                r.uniform(1, 40),
            )
        )
    elif sub == "ny":
        b.ln(
            "现场查获%s%d瓶（袋），货值金额%s元，违法所得%s元。"
            % (
                r.choice(["“百草枯”", "“甲胺磷”", "玉米种子“正大619”", "兽药“氟苯尼考粉”"]),
                r.randint(3, 90),
                g.money(100, 9000),
                g.money(10, 900),
            )
        )
    else:
        b.ln(
            "现场查获涉案商品%d件，货值金额%s元，当事人进货单据显示订单号%s。"
            % (r.randint(3, 60), g.money(50, 3000), g.order_no())
        )
    if r.random() < 0.5:
        b.ln("上述事实有现场检查笔录、询问笔录、", pn, "的身份证复印件及照片等证据为证。")
    if r.random() < 0.25 and not mask:
        b.ln("当事人", pn, "自述其", L("health", r.choice(HEALTH_ILL)), "，家庭经济困难，请求从轻处罚。")
    b.ln(
        "本局认为，当事人的上述行为违反了%s的规定。依据%s，本局决定对当事人作出如下行政处罚："
        % (
            r.choice(
                {
                    "sc": ["《中华人民共和国食品安全法》第三十四条", "《中华人民共和国计量法》第九条"],
                    "jt": ["《中华人民共和国道路运输条例》第十条", "《公路安全保护条例》第三十三条"],
                    "ny": [
                        "《农药管理条例》第二十九条",
                        "《兽药管理条例》第二十七条",
                        "《中华人民共和国种子法》第二十一条",
                    ],
                    "ly": ["《中华人民共和国森林法》第五十六条", "《中华人民共和国森林法》第三十九条"],
                }[sub]
            ),
            r.choice(["《中华人民共和国行政处罚法》第三十二条", "相关法律法规"]),
        )
    )
    b.ln(
        "1.警告；2.罚款人民币%s元（大写：%s）。"
        % (g.money(500, 30000), r.choice(["伍仟元整", "贰万元整", "壹仟伍佰元整"]))
    )
    acct = "20" + "".join(r.choice("0123456789") for _ in range(r.randint(15, 17)))
    b.ln(
        "当事人应自收到本决定书之日起十五日内，持缴款码%s到%s缴纳罚款（收款账户：%s财政局，账号：%s）。"
        % (
            g.order_no(),
            r.choice(["农业银行", "农村信用社", "工商银行"]) + R["short"] + "支行",
            R["county"],
            acct,
        )
    )
    b.ln(
        "如不服本处罚决定，可在收到本决定书之日起六十日内向%s人民政府申请行政复议，也可以在六个月内向%s人民法院提起行政诉讼。"
        % (R["county"], R["county"])
    )
    b.ln("联系人：%s，联系电话：%s。" % (o1, g.office_phone(ext=r.random() < 0.4)))
    b.ln()
    b.ln(ag)
    b.ln(g.cn_date(year))
    if r.random() < 0.3:
        b.ln("（本文书已依法对个人信息进行处理）" if mask else "抄送：%s人民检察院" % R["county"])
    return b, "行政处罚决定书"


# ---------------------------------------------------------------- family: notice
JOB_CAT = [
    "大龄失业人员",
    "零就业家庭成员",
    "城乡低保家庭成员",
    "连续失业一年以上人员",
    "脱贫劳动力",
    "失地农民",
    "离校两年内未就业高校毕业生",
]
TEMP_REASON_OK = ["房屋失火", "遭受洪灾", "交通事故致家庭困难", "子女上学费用负担重", "突发事件", "冰雹灾害"]


def fam_notice(g, sub):
    r = g.rng
    R = g.R
    b = B()
    ag = agency(g, {"linshi": "mz", "dongchun": "mz", "jiuye": "rs", "yiliao": "yb"}[sub])
    if r.random() < 0.3:
        ag = agency(g, "town")
    year = r.choice([2021, 2022, 2023, 2024])
    ttl = {
        "linshi": "%d年%s临时救助对象公示名单"
        % (year, r.choice(["第一批", "第二批", "%d月" % r.randint(1, 12), ""])),
        "dongchun": "%d—%d年度困难群众冬春生活救助对象公示" % (year, year + 1),
        "jiuye": "%d年第%s批就业困难人员认定公示" % (year, cn_num(r.randint(1, 6))),
        "yiliao": "%d年%d月城乡医疗救助资金发放情况公示" % (year, r.randint(1, 12)),
    }[sub]
    b.ln(ag + "关于" + ttl + "的公告" if r.random() < 0.5 else ttl)
    meta_block(
        b, g, ag, g.wenhao(r.choice(["民发", "人社发", "医保发", "政发"])) if r.random() < 0.4 else None
    )
    b.ln(
        "根据%s，经个人申请、%s、审核审批，现将%s公示如下："
        % (
            r.choice(
                [
                    "《社会救助暂行办法》",
                    "《就业困难人员认定管理办法》",
                    "《%s医疗救助办法》" % R["prov"],
                    "有关政策规定",
                ]
            ),
            r.choice(["村（居）民委员会入户调查", "民主评议", "乡镇初审"]),
            re.sub("(公示)?名单$|公示$", "", ttl) + "名单",
        )
    )
    style = r.random()
    n = r.randint(4, 12)
    if style < 0.25:
        # 、-separated names grouped by village
        for _ in range(r.randint(1, 3)):
            v = g.village()
            names = [g.name() for _ in range(r.randint(2, 7))]
            b.t(r.choice(["%s（%d人）：" % (v, len(names)), "%s：" % v, "%s%s：" % (g.town(), v)]))
            for j, nm in enumerate(names):
                if j:
                    b.t("、")
                b.t(L("name", g.pname(nm)))
            b.ln("。" if r.random() < 0.5 else "")
        if r.random() < 0.4:
            b.ln(
                "另有%s、%s等%d户因家庭收入超标未通过审核。"
                % (mask_name(g, g.name()), mask_name(g, g.name()), r.randint(2, 9))
            )
    else:
        cols = ["序号", "姓名"]
        if r.random() < 0.6:
            cols.insert(1, r.choice(["乡镇", "村（社区）"]))
        if r.random() < 0.35 or sub == "jiuye":
            cols.append(r.choice(["身份证号", "公民身份号码"]))
        if sub == "linshi":
            cols += ["家庭人口", "救助事由", "救助金额（元）"]
        elif sub == "dongchun":
            cols += ["救助类别", "救助内容", "金额"]
        elif sub == "jiuye":
            cols += ["性别", "年龄", "认定类别", "认定时间"]
        else:
            cols += ["疾病名称", "住院医院", "医疗总费用", "政策范围内自付", "救助金额"]
        if r.random() < 0.3:
            cols.append("联系电话")
        if r.random() < 0.2 and sub != "jiuye":
            cols.append("家庭住址")
        if r.random() < 0.3:
            cols.append("备注")
        rows = []
        for i in range(n):
            fem = r.random() < 0.5
            idn = g.id18(1940, 2002, female=fem)
            row = []
            for c in cols:
                if c == "序号":
                    row.append(str(i + 1))
                elif c == "乡镇":
                    row.append(g.town())
                elif c == "村（社区）":
                    row.append(g.village())
                elif c == "姓名":
                    row.append(L("name", g.pname(g.name())))
                elif c in ("身份证号", "公民身份号码"):
                    if r.random() < 0.1:
                        row.append(L("id_card_15", g.id15()))
                    else:
                        row.append(L("id_card", fmt_id(g, idn)) if r.random() < 0.8 else mask_id(g, idn))
                elif c == "家庭人口":
                    row.append(str(r.randint(1, 7)))
                elif c == "救助事由":
                    if r.random() < 0.55:
                        row.append(
                            [  # type: ignore[arg-type]
                                r.choice(["本人", "其子", "其妻", "其父", "家人"]),
                                r.choice(["患", "因", ""]),
                                L("health", r.choice(HEALTH_ILL)),
                                r.choice(["住院", "治疗", "", "，医疗支出大"]),
                            ]
                        )
                    else:
                        row.append(r.choice(TEMP_REASON_OK))
                elif c in ("救助金额（元）", "金额", "救助金额"):
                    row.append(g.money(300, 8000))
                elif c == "救助类别":
                    row.append(
                        r.choice(["低保户", "特困人员", "低保边缘户", "防止返贫监测户", "其他困难群众"])
                    )
                elif c == "救助内容":
                    row.append(r.choice(["棉被1床、大米50斤", "现金", "棉衣2件", "取暖补助"]))
                elif c == "性别":
                    row.append("女" if fem else "男")
                elif c == "年龄":
                    row.append(str(g.age_of(idn)))
                elif c == "认定类别":
                    row.append(L("health", "持证残疾人") if r.random() < 0.15 else r.choice(JOB_CAT))
                elif c == "认定时间":
                    row.append(g.date(year))
                elif c == "疾病名称":
                    row.append(L("health", r.choice(HEALTH_ILL)))
                elif c == "住院医院":
                    row.append(
                        r.choice(
                            [
                                "%s人民医院" % R["short"],
                                "%s中医医院" % R["short"],
                                R["city"] + "人民医院",
                                "省人民医院",
                            ]
                        )
                    )
                elif c in ("医疗总费用", "政策范围内自付"):
                    row.append(g.money(2000, 90000))
                elif c == "联系电话":
                    row.append(L("mobile", g.mobile()) if r.random() < 0.8 else mask_mobile(g.mobile_raw()))
                elif c == "家庭住址":
                    row.append(L("address", g.address()))
                elif c == "备注":
                    row.append(r.choice(["", "", "二次救助", "特事特办", "先行救助"]))
            rows.append(row)
        render_table(b, g, cols, rows, r.choice(TABLE_LAYOUTS))
    b.ln()
    b.ln(
        "公示时间：%s至%s。公示期间如有异议，可通过电话、来信或来访形式向%s反映。"
        % (g.cn_date(year), g.cn_date(year), ag)
    )
    footer_block(b, g, ag)
    return b, ttl


# ---------------------------------------------------------------- family: form
def spaced_label(g, s):
    if len(s) == 2 and g.rng.random() < 0.5:
        return s[0] + "\u3000\u3000" + s[1]
    if len(s) == 3 and g.rng.random() < 0.3:
        return s[0] + " " + s[1] + " " + s[2]
    return s


def render_kv(b, g, pairs, layout):
    r = g.rng
    colon = r.choice(["：", ":", "：", ": "])
    if layout == "kv":
        for lab, val in pairs:
            b.ln(spaced_label(g, lab), colon, val if cell_text(val) else r.choice(["", "/", "无"]))
    elif layout == "kv2":
        for j in range(0, len(pairs), 2):
            for lab, val in pairs[j : j + 2]:
                b.t(spaced_label(g, lab), colon, val if cell_text(val) else "/", "　　")
            b.ln()
    elif layout == "cells":
        for lab, val in pairs:
            b.ln(lab)
            if cell_text(val):
                b.ln(val)
    elif layout == "md":
        b.ln("| 项目 | 内容 | 项目 | 内容 |")
        b.ln("|---|---|---|---|")
        for j in range(0, len(pairs), 2):
            b.t("|")
            for lab, val in pairs[j : j + 2]:
                b.t(" ", lab, " | ", val, " |")
            if len(pairs[j : j + 2]) == 1:
                b.t("  |  |")
            b.ln()
    elif layout == "html":
        b.ln("<table>")
        for j in range(0, len(pairs), 2):
            b.t("<tr>")
            for lab, val in pairs[j : j + 2]:
                b.t("<td>", esc_html(lab), "</td><td>", val, "</td>")
            b.ln("</tr>")
        b.ln("</table>")
    else:  # tab
        for j in range(0, len(pairs), 2):
            for k, (lab, val) in enumerate(pairs[j : j + 2]):
                if k:
                    b.t("\t")
                b.t(lab, "\t", val)
            b.ln()


KV_LAYOUTS = ["kv", "kv", "kv2", "cells", "md", "html", "tab"]
REL = ["配偶", "长子", "次子", "长女", "女儿", "儿子", "母亲", "父亲", "孙子", "孙女", "儿媳"]


def fam_form(g, sub):
    r = g.rng
    R = g.R
    b = B()
    layout = r.choice(KV_LAYOUTS)
    nm = g.name()
    fem = r.random() < 0.5
    idn = g.id18(1945, 2000, female=fem)
    year = r.choice([2021, 2022, 2023, 2024])
    if sub == "xxgk":
        ag = agency(g, r.choice(["zf", "mz", "sc", "town"]))
        b.ln("政府信息公开申请表")
        b.ln(
            "受理编号：%s%d%05d" % (R["abbr"], year, r.randint(1, 99999))
            + ("　　收件日期：" + g.cn_date(year) if r.random() < 0.5 else "")
        )
        ctype = r.choices(["身份证", "护照", "往来港澳通行证", "往来台湾通行证"], weights=[55, 15, 15, 15])[0]
        num = {
            "身份证": L("id_card", idn),
            "护照": L("passport", g.passport()),
            "往来港澳通行证": L("hk_macau_permit", g.hkmo()),
            "往来台湾通行证": L("tw_permit", g.twp()),
        }[ctype]
        pairs = [
            ("申请人类型", "公民"),
            ("姓名", L("name", g.pname(nm))),
            ("工作单位", r.choice(["", "务农", "个体", R["short"] + "县某建材公司", "无"])),
            ("证件名称", ctype),
            ("证件号码", num),
            ("通信地址", L("address", g.address())),
            ("邮政编码", R["post"]),
            ("联系电话", L("mobile", g.mobile()) if r.random() < 0.8 else L("landline", g.landline_priv())),
            ("电子邮箱", L("email", g.email()) if r.random() < 0.7 else ""),
        ]
        if r.random() < 0.3:
            pairs.append(("法人或其他组织名称", "/"))
        render_kv(b, g, pairs, layout)
        b.ln("所需政府信息的内容描述：")
        x = r.random()
        if x < 0.35:
            b.ln(
                "申请公开%s%s%d年度最低生活保障对象名单及审批依据，其中包括本人母亲"
                % (g.town(), g.village(), year - 1),
                L("name", g.name()),
                "的低保被取消的理由。",
            )
        elif x < 0.6:
            b.ln(
                "申请公开%s文件全文，以及本人承包地征收补偿款（转账流水号%s）的发放明细。"
                % (g.wenhao("政发"), g.order_no())
            )
        else:
            b.ln(
                "申请公开%s对%s作出的行政处罚决定书（%s）。"
                % (
                    agency(g, "sc"),
                    mask_name(g, g.name()),
                    "%s市监罚〔%d〕%d号" % (R["abbr"], year, r.randint(1, 99)),
                )
            )
        b.ln(
            "获取方式：%s　　是否申请减免费用：否" % r.choice(["邮寄", "电子邮件", "当面领取", "☑纸质 □电子"])
        )
        b.ln("申请人签名：", L("name", nm), "　　申请日期：", g.cn_date(year))
        b.ln("受理机关：%s　　经办人：%s　　联系电话：%s" % (ag, g.official(), g.office_phone()))
        return b, "政府信息公开申请表"
    if sub == "dibao":
        ag = agency(g, "mz")
        b.ln("%s最低生活保障申请审批表" % R["prov"] if r.random() < 0.5 else "最低生活保障申请审批表")
        b.ln(
            "编号：%s%d%04d　　　　　　　　填表日期：%s"
            % (R["code"], year, r.randint(1, 9999), g.cn_date(year))
        )
        health_app = L("health", health_val(g)) if r.random() < 0.5 else r.choice(["健康", "良好"])
        pairs = [
            ("申请人姓名", L("name", g.pname(nm))),
            ("性别", "女" if fem else "男"),
            ("民族", r.choice(NATIONS[g.rk])),
            ("出生年月", "%s.%s" % (idn[6:10], idn[10:12])),
            ("身份证号码", L("id_card", fmt_id(g, idn))),
            ("健康状况", health_app),
            ("户籍所在地", L("address", g.address())),
            ("联系电话", L("mobile", g.mobile())),
            ("开户银行", r.choice(["农村信用社", "邮储银行", "农业银行"]) + R["short"] + "支行"),
            ("银行账号", L("bank_card", g.bank())),
            ("家庭人口", str(r.randint(2, 6)) + "人"),
            ("家庭月人均收入", g.money(150, 600) + "元"),
        ]
        if r.random() < 0.4:
            pairs.append(
                (
                    "家庭财产",
                    [
                        r.choice(["摩托车1辆（", "农用三轮车1辆（", "二手面包车1辆（"]),
                        L("license_plate", g.plate()),
                        "）",
                    ],
                )
            )
        if r.random() < 0.25:
            pairs.append(
                ("外出务工人员证件", [r.choice(REL), "持往来港澳通行证 ", L("hk_macau_permit", g.hkmo())])
            )
        render_kv(b, g, pairs, layout)
        b.ln("家庭成员情况：")
        cols = ["姓名", "与申请人关系", "性别", "身份证号码", "健康状况", "就业/就学情况", "月收入（元）"]
        rows = []
        for _ in range(r.randint(1, 4)):
            f2 = r.random() < 0.5
            rows.append(
                [
                    L("name", g.pname(g.name())),
                    r.choice(REL),
                    "女" if f2 else "男",
                    L("id_card", g.id18(1940, 2020, female=f2)),
                    L("health", health_val(g)) if r.random() < 0.35 else r.choice(["健康", "良好", "一般"]),
                    r.choice(["务农", "在校学生", "外出务工", "无", "学龄前", "无业"]),
                    g.money(0, 1500),
                ]
            )
        render_table(b, g, cols, rows, r.choice(["tab", "space", "md", "html", "cells", "csv"]))
        b.ln(
            "申请理由：",
            r.choice(["本人", "家中"]),
            r.choice(["因", "长期"]),
            L("health", r.choice(HEALTH_ILL)),
            "，无稳定收入来源，生活困难，特申请最低生活保障。",
        )
        b.ln(
            "村（居）民委员会意见：经民主评议，同意上报。　负责人：%s（盖章）　%s"
            % (g.official(), g.cn_date(year))
        )
        b.ln(
            "乡镇人民政府审核意见：经入户调查和信息核对，符合条件。　经办人：%s　负责人：%s"
            % (g.official(), g.official())
        )
        b.ln(
            "县级民政部门审批意见：同意按%s类保障，月保障金%s元。　审批人：%s"
            % (r.choice("ABC"), g.money(200, 900), g.official())
        )
        return b, "最低生活保障申请审批表"
    # canji
    ag = agency(g, "cl")
    b.ln("%s困难残疾人生活补贴和重度残疾人护理补贴申请审批表" % R["county"])
    b.ln("申请类别：%s" % r.choice(["☑生活补贴 □护理补贴", "□生活补贴 ☑护理补贴", "☑生活补贴 ☑护理补贴"]))
    guard = g.name()
    pairs = [
        ("姓名", L("name", g.pname(nm))),
        ("性别", "女" if fem else "男"),
        ("出生年月", "%s年%d月" % (idn[6:10], int(idn[10:12]))),
        ("身份证号", L("id_card", idn)),
        ("残疾人证号", [L("id_card", idn), "%d%d" % (r.randint(1, 7), r.randint(1, 4))]),
        ("残疾类别", L("health", r.choice(HEALTH_DIS) + "残疾")),
        ("残疾等级", L("health", r.choice(HEALTH_GRADE))),
        ("户籍地址", L("address", g.address())),
        ("联系电话", L("mobile", g.mobile())),
        ("监护人（代理人）", L("name", guard)),
        ("与申请人关系", r.choice(REL)),
        ("监护人电话", L("mobile", g.mobile()) if r.random() < 0.8 else L("landline", g.landline_priv())),
        ("是否低保对象", r.choice(["是", "否"])),
        ("收款账号", L("bank_card", g.bank())),
        ("开户行", r.choice(["农村信用社", "邮储银行"]) + g.town() + "网点"),
    ]
    render_kv(b, g, pairs, layout)
    b.ln("申请人（监护人）签字：", L("name", guard), "　　　", g.cn_date(year))
    b.ln("乡镇（街道）审核意见：情况属实。经办人：%s　　%s" % (g.official(), g.cn_date(year)))
    b.ln("县残联审核意见：同意。　　县民政局审批意见：同意，自%d年%d月起发放。" % (year, r.randint(1, 12)))
    b.ln("咨询电话：%s" % g.office_phone())
    return b, "残疾人两项补贴申请审批表"


# ---------------------------------------------------------------- family: minutes
OPINION_OK = ["同意纳入低保", "同意保留", "同意按A类保障", "同意提档为B类", "同意纳入临时救助"]
OPINION_NO = [
    "不同意，家庭有小轿车",
    "暂缓，需进一步核实收入",
    "不同意，子女有赡养能力",
    "建议退出，家庭收入已超标",
]


def household_para(g, idx, with_id, with_addr):
    r = g.rng
    nm = g.name()
    p = [
        "%d%s" % (idx, r.choice(["．", "、", ". "])),
        r.choice(["申请人", "户主", "", "村民"]),
        L("name", g.pname(nm)),
    ]
    if with_id:
        p += ["（身份证号：", L("id_card", g.id18(1940, 2000)), "）"]
    p += [
        "，",
        g.village() if r.random() < 0.5 else r.choice(g.R["hamlets"]),
        "人，家庭人口%d人。" % r.randint(1, 6),
    ]
    if with_addr:
        p += ["现住", L("address", g.address(0.8)), "。"]
    x = r.random()
    if x < 0.5:
        p += [
            r.choice(["本人", "其妻", "其夫", "其子", "其母"]),
            r.choice(["患", "因", "长期"]),
            L("health", r.choice(HEALTH_ILL)),
            r.choice(["，医疗支出大", "，家庭负担重", "", "。家中无其他收入"]),
            "。",
        ]
    elif x < 0.7:
        p += ["本人", L("health", r.choice(HEALTH_DIS) + "残疾" + r.choice(HEALTH_GRADE)), "。"]
    else:
        p += [
            r.choice(
                ["主要劳动力外出务工收入不稳定。", "两个孩子上学，负担较重。", "去年遭受水灾，房屋受损。"]
            )
        ]
    if r.random() < 0.3:
        sp = g.name()
        p += [
            "村民代表",
            L("name", sp),
            r.choice(["发言：", "表示：", "说："]),
            r.choice(
                [
                    "“情况属实，我是邻居，了解他家。”",
                    "“他家儿子在外打工，收入应该不低。”",
                    "“同意，确实困难。”",
                ]
            ),
        ]
    op = r.choice(OPINION_OK + OPINION_NO)
    if "小轿车" in op and r.random() < 0.7:
        p += ["评议意见：", op, "（号牌", L("license_plate", g.plate()), "）。"]
    else:
        p += ["评议意见：", op, "。"]
    return p


def fam_minutes(g, sub):
    r = g.rng
    R = g.R
    b = B()
    town = g.town()
    vill = g.village()
    year = r.choice([2021, 2022, 2023, 2024])
    chair, rec = g.official(), g.official()
    ttl = {
        "minzhu": "%s%s%d年低保民主评议会会议纪要" % (town, vill, year),
        "cunmin": "%s%s村民代表会议记录" % (town, vill),
        "xiangzhen": "%s%d年第%s次低保审核会议纪要" % (town, year, cn_num(r.randint(1, 12))),
    }[sub]
    b.ln(ttl)
    if r.random() < 0.4:
        b.ln("（%s）" % g.wenhao("政纪") if sub == "xiangzhen" else "")
    b.ln("时　　间：%s上午9时" % g.cn_date(year))
    b.ln("地　　点：%s" % (vill + "村民委员会会议室" if sub != "xiangzhen" else town + "人民政府三楼会议室"))
    b.ln("主 持 人：%s（%s）" % (chair, "村党支部书记" if sub != "xiangzhen" else "乡镇党委副书记"))
    b.ln("记 录 人：%s" % rec)
    if sub == "xiangzhen":
        b.ln("参会人员：%s、%s、%s及各村驻村工作队员" % (g.official(), g.official(), g.official()))
    else:
        reps = [g.name() for _ in range(r.randint(3, 7))]
        b.t(
            "参会人员：村“两委”成员%s、%s，驻村工作队员%s，村民代表"
            % (g.official(), g.official(), g.official())
        )
        for j, p in enumerate(reps):
            if j:
                b.t("、")
            b.t(L("name", g.pname(p)))
        b.ln(
            "等%d人（应到%d人，实到%d人）。"
            % (len(reps) + 3 + r.randint(5, 20), r.randint(30, 45), r.randint(25, 30))
        )
    b.ln()
    b.ln(
        "会议议题："
        + r.choice(
            ["对本村%d年新申请低保户进行民主评议" % year, "低保动态管理评议", "审核各村上报的低保、特困申请"]
        )
    )
    b.ln()
    if sub == "minzhu":
        b.ln("评议情况如下：")
        for i in range(r.randint(2, 6)):
            b.ln(household_para(g, i + 1, r.random() < 0.5, r.random() < 0.4))
        if r.random() < 0.4:
            b.ln(
                "另：村民%s反映%s家有经营性收入，会议决定由驻村工作队核实。"
                % (mask_name(g, g.name()), mask_name(g, g.name()))
            )
    elif sub == "cunmin":
        b.ln("表决结果：")
        cols = [
            r.choice(["序号", "编号"]),
            "申请人",
            r.choice(["组别", "所在组"]),
            "申请事项",
            "同意",
            "反对",
            "弃权",
            "表决结果",
        ]
        if r.random() < 0.4:
            cols.insert(3, "联系电话")
        if r.random() < 0.3:
            cols.insert(3, "身份证号")
        rows = []
        for i in range(r.randint(3, 8)):
            ag_ = r.randint(10, 30)
            row = []
            for c in cols:
                if c in ("序号", "编号"):
                    row.append(str(i + 1))
                elif c == "申请人":
                    row.append(L("name", g.pname(g.name())))
                elif c in ("组别", "所在组"):
                    row.append(r.choice(R["hamlets"]))
                elif c == "联系电话":
                    row.append(L("mobile", g.mobile()))
                elif c == "身份证号":
                    row.append(L("id_card", g.id18()))
                elif c == "申请事项":
                    row.append(r.choice(["低保新增", "低保退出", "特困供养", "危房改造", "临时救助"]))
                elif c == "同意":
                    row.append(str(ag_))
                elif c == "反对":
                    row.append(str(r.randint(0, 5)))
                elif c == "弃权":
                    row.append(str(r.randint(0, 3)))
                else:
                    row.append("通过" if ag_ > 15 else "未通过")
            rows.append(row)
        render_table(b, g, cols, rows, r.choice(TABLE_LAYOUTS[:6]))
        if r.random() < 0.5:
            b.ln(
                "其中，",
                L("name", g.name()),
                "户因",
                L("health", r.choice(HEALTH_ILL)),
                "，会议同意优先纳入。",
            )
    else:
        b.ln("会议逐户审核了各村上报的申请材料，形成如下意见：")
        for i in range(r.randint(3, 6)):
            b.t("%s、%s：" % (cn_num(i + 1), g.village()))
            if r.random() < 0.3:
                b.ln(
                    "%s户，%s，%s。"
                    % (mask_name(g, g.name()), r.choice(["家庭人口3人", "独居老人"]), r.choice(OPINION_OK))
                )
            else:
                b.ln(household_para(g, 1, r.random() < 0.4, r.random() < 0.5)[2:])
        b.ln(
            "会议要求各村将审核结果在村务公开栏公示7天，公示期间接受群众监督（监督电话：%s）。"
            % g.office_phone()
        )
    b.ln()
    b.ln("参会人员签字：")
    if sub != "xiangzhen" and r.random() < 0.5:
        b.ln("%s　%s　%s" % (chair, rec, g.official()))
    else:
        b.ln("%s、%s" % (chair, rec))
    return b, ttl


# ---------------------------------------------------------------- self-checks
RE_MOB = re.compile(r"(?<!\d)1[3-9]\d(?:\d{8}|[ -]\d{4}[ -]\d{4})(?!\d)")
RE_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
RE_CARD = re.compile(r"(?<!\d)(?:\d{16,19}|\d{4}(?: \d{4}){3}(?: \d{1,4})?)(?!\d)")
PLATE_PROV = "".join(REGIONS[k]["plate"][0] for k in REGIONS)


def valid_kind(k, t):
    d = re.sub(r"[ \-]", "", t)
    if k == "id_card":
        return valid_id18(t.replace(" ", ""))
    if k == "id_card_15":
        return (
            bool(re.fullmatch(r"\d{15}", t))
            and t[:6] in KNOWN_REGIONS
            and real_date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
        )
    if k == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", d))
    if k == "landline":
        return bool(re.fullmatch(r"0\d{2,3}[- ]?[2-9]\d{6,7}", t))
    if k == "bank_card":
        return (
            bool(re.fullmatch(r"\d{16,19}", t.replace(" ", "")))
            and luhn_ok(t.replace(" ", ""))
            and t.replace(" ", "").startswith(ISSUER_PREFIXES)
        )
    if k == "email":
        return bool(re.fullmatch(r"[\w.]+@[\w.]+\.[a-z]+", t)) and "gov.cn" not in t
    if k == "passport":
        return bool(re.fullmatch(r"E(?:\d{8}|[A-H]\d{7})", t))
    if k == "hk_macau_permit":
        return bool(re.fullmatch(r"C(?:[1-9]\d{7}|[A-H]\d{7})", t))
    if k == "tw_permit":
        return bool(re.fullmatch(r"L\d{8}", t))
    if k == "license_plate":
        return bool(re.fullmatch(r"[%s][A-Z]·?(?:[DF]\d{5}|[A-Z][A-Z0-9]{4})" % PLATE_PROV, t))
    if k == "address":
        return bool(re.search(r"(号|组|室|单元|栋|\d-\d+-\d+)$", t))
    if k == "name":
        return bool(re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fff\u3000]{1,5}", t))
    if k == "health":
        return len(t) >= 2
    return False


def check_doc(text, spans):
    last = 0
    for k, s, e in spans:
        if s < last or e <= s:
            return "order"
        last = e
        t = text[s:e]
        if t != t.strip():
            return "edge ws"
        if not valid_kind(k, t):
            return "invalid %s %r" % (k, t)
    masked = list(text)
    for k, s, e in spans:
        for i in range(s, e):
            masked[i] = "#"
    m = "".join(masked)
    if RE_MOB.search(m):
        return "unlabelled mobile %r" % RE_MOB.search(m).group()  # type: ignore[union-attr]
    for x in RE_ID.finditer(m):
        if looks_id18(x.group()):
            return "unlabelled id %r" % x.group()
    for x in RE_CARD.finditer(m):
        dd = x.group().replace(" ", "")
        if 16 <= len(dd) <= 19 and luhn_ok(dd) and has_issuer(dd):
            return "unlabelled card %r" % x.group()
    names = [(s, e) for k, s, e in spans if k == "name"]
    for k, s, e in spans:
        if k != "name":
            continue
        n = text[s:e].replace("\u3000", "")
        vars_ = {n}
        if len(n) == 2:
            vars_.add(n[0] + "\u3000" + n[1])
        for v in vars_:
            for mm in re.finditer(re.escape(v), text):
                p, q = mm.start(), mm.end()
                if not any(a <= p and q <= bb for a, bb in names):
                    return "name %r unlabelled at %d" % (v, p)
    return None


# ---------------------------------------------------------------- driver
FAMILIES = [
    ("roll", fam_roll, ["dibao", "tekun", "canji"], 22),
    ("screen", fam_screen, ["yunqian", "chanqian", "xinsheng"], 14),
    ("penalty", fam_penalty, ["sc", "jt", "ny", "ly"], 20),
    ("notice", fam_notice, ["linshi", "dongchun", "jiuye", "yiliao"], 16),
    ("form", None, ["xxgk", "xxgk", "dibao", "canji"], 15),
    ("minutes", None, ["minzhu", "cunmin", "xiangzhen"], 14),
]


def make_doc(seed, i, fam_count=None):
    last_err = None
    for attempt in range(40):
        rng = random.Random("h42-%s-%d-%d" % (seed, i, attempt))
        fams = FAMILIES
        fam = rng.choices(fams, weights=[f[3] for f in fams])[0]
        fname, fn, subs, _ = fam
        fn = fn or globals()["fam_" + fname]
        sub = rng.choice(subs)
        if fam_count is not None:  # rotate sub-kinds for balanced coverage
            sub = subs[fam_count[fname] % len(subs)]
        rk = rng.choice(REGION_KEYS)
        g = Gen(rng, rk)
        g.pdf = rng.random() < 0.25  # type: ignore[attr-defined]
        b, running = fn(g, sub)
        text, spans = b.build()
        text = re.sub(r"\n{3,}", "\n\n", text) if "\n\n\n" in text and not spans else text
        if g.pdf:  # type: ignore[attr-defined]
            text, spans = pdf_wrap(rng, text, spans, running)
        err = check_doc(text, spans)
        if err is None:
            typ = "%s.%s%s" % (fname, sub, ".pdf" if g.pdf else "")  # type: ignore[attr-defined]
            if fam_count is not None:
                fam_count[fname] += 1
            return {
                "type": typ,
                "text": text,
                "spans": [{"kind": k, "start": s, "end": e, "text": text[s:e]} for k, s, e in spans],
            }, attempt
        last_err = err
    raise RuntimeError("doc %d: could not draw a valid document: %s" % (i, last_err))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=193)
    ap.add_argument("-o", "--out", default=None)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args(argv)
    if a.decisions:
        print(__doc__.split("DECISIONS", 1)[1].strip())
        return 0
    docs = []
    redraws = 0
    fam_count = Counter()  # type: ignore[var-annotated]
    for i in range(a.docs):
        d, att = make_doc(a.seed, i, fam_count)
        redraws += att
        docs.append(d)
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
    if a.stats:
        kc = Counter(s["kind"] for d in docs for s in d["spans"])
        tc = Counter(d["type"] for d in docs)
        fc = Counter(d["type"].split(".")[0] for d in docs)
        pdf = sum(1 for d in docs if d["type"].endswith(".pdf"))
        st = sys.stderr if not a.out else sys.stdout
        print(
            "docs: %d  spans: %d  pdf variants: %d  redraws: %d"
            % (len(docs), sum(kc.values()), pdf, redraws),
            file=st,
        )
        print("per kind:", file=st)
        for k, v in sorted(kc.items(), key=lambda x: -x[1]):
            print("  %-16s %d" % (k, v), file=st)
        print("per family:", file=st)
        for k, v in sorted(fc.items()):
            print("  %-10s %d" % (k, v), file=st)
        print("per type:", file=st)
        for k, v in sorted(tc.items()):
            print("  %-26s %d" % (k, v), file=st)
    return 0


if __name__ == "__main__":
    sys.exit(main())
