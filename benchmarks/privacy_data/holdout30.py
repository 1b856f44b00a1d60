#!/usr/bin/env python3
# ruff: noqa: E501
"""holdout30 — blind, labelled evaluation set for a personal-information detector (项目 gongkai, 政务公开).

WHAT IT IS
  A deterministic generator of synthetic but realistic county/township government publications
  (公示, 名单, 清册, 公告, 告知书, 协议) of the kinds that put private persons' data on the web.
  Every personal datum is labelled with a character span at the moment its piece is appended to the
  text (never by searching afterwards).  Written without reading the detector, its tests or docs.
  All people, numbers and accounts are invented; county codes, area codes, plate prefixes and place
  names are real so that the numbers look like real ones (IDs pass GB 11643, cards pass Luhn).

RUN
  python holdout30.py --docs 400 --seed 131 -o out.jsonl          # write the set (deterministic per seed)
  python holdout30.py --docs 400 --seed 131 -o out.jsonl --stats  # + span counts per kind on stderr
  python holdout30.py --decisions                                 # numbered labelling decisions
  Standard library only, Python 3.12+.

OUTPUT (JSON Lines)
  {"type": "family.subkind[.pdf]", "text": str, "spans": [{"kind","start","end","text"}]}
  offsets are Python str indices; text[start:end] == span text (asserted).
  Kinds: id_card, id_card_15, mobile, landline, bank_card, email, passport, hk_macau_permit,
  tw_permit, license_plate, address, name, health.

REGIONS (county codes used in IDs; area code; plate prefix; naming)
  ningxia  宁夏吴忠市 同心县640324 / 盐池县640323 / 红寺堡区640303; 0953; 宁C; 回族 names (马/丁/海/纳/撒…,
           尔撒, 木沙); villages "X村N组"; place names with surnames (张家塬乡, 马高庄乡, 王团镇).
  kashgar  新疆喀什 疏附县653121 / 伽师县653129; 0998; 新Q; 维吾尔 names "本名·父名" with ·.
  liangshan 四川凉山 昭觉县513431 / 布拖县513429; 0834; 川W; 彝族 names (吉克阿呷, 沙马拉且); "X组"/"X社".
  ganzi    四川甘孜 理塘县513334 / 色达县513333; 0836; 川V; 藏族 names without surname (泽仁拉姆).
  baise    广西 田东县451022 / 都安瑶族自治县451228; 0776/0778; 桂L/桂M; 壮族 names (韦/覃/农/蒙);
           addresses end in 屯 ("林驮村那坡屯").
  xilingol 内蒙古锡林郭勒 阿巴嘎旗152522 / 东乌珠穆沁旗152525; 0479; 蒙H; 蒙古族 names (额尔敦毕力格),
           苏木/嘎查.
  yichang  湖北宜昌 秭归县420527 / 兴山县420526; 0717; 鄂E; 汉族 incl. compound surnames (欧阳, 司马, 上官);
           三峡移民 安置小区 "X栋X单元X室"; 郭家坝镇 (place name with surname).
  xichuan  河南南阳 淅川县411326; 0377; 豫R; 汉族; 丹江口库区.
  zhoushan 浙江舟山 岱山县330921 / 嵊泗县330922; 0580; 浙L; 汉族; 渔船 浙岱渔/浙嵊渔.
  xiapu    福建宁德 霞浦县350921; 0593; 闽J; 汉族; 渔船 闽霞渔.

FAMILIES AND SUB-KINDS (about equal shares; sub-kind drawn uniformly)
  reservoir  水库移民后期扶持: roster (直补到人 发放名单 with 一卡通), verify (人口核定 新增/核减 公示,
             old 15-digit IDs), notice (公示 prose with 、-separated names per village + 异议 cases).
  ranger     生态护林员/草原管护员/河湖巡河员: hire (选聘 拟聘 公示), pay (劳务报酬 发放 表 with cards),
             dismiss (解聘 通知书 letter to one person, reasons incl. illness).
  grassland  草原生态奖补 兑付 清册 (award), 退耕还林 补助 兑付 清册 with 地块/小班 (tuigeng),
             奖补 公示 notice prose (notice).
  fishery    渔船燃油补贴 名单 with 船主/船号 (fuel), 退捕渔民 转产转业 安置 台账 (relocate).
  relocation 易地扶贫搬迁: allot (安置房 分配 公示, 房号), order (选房 顺序 抽签 结果), demolish (旧房拆除协议).
  fund       住房公积金: collect (逾期贷款 催收 公告, list + prose), recover (违规提取 追回 通知书).
  taxi       revoke (出租车/网约车 驾驶员 从业资格 注销 公告), penalty (非法营运/违规经营 行政处罚 公示).
  credit     repair (信用修复 申请 受理 公示; 个体工商户 经营者), inform (失信联合惩戒 告知书 to a person),
             board (诚信 红黑榜, individuals).

LAYOUTS
  label–value forms (one or two fields per line), prose letters/notices, tab tables, space-aligned tables,
  markdown pipe tables, HTML tables, CSV (all-quoted or minimal quoting), one cell per line (Word table
  pasted as text), numbered lists, 、-separated name lists, gov-portal metadata header (索引号/发布机构/…).
  About 25% are PDF/Word extractions (type ends ".pdf"): prose hard-wrapped at 28–40 characters with
  "　　" paragraph indents; only an address may be broken by the wrap (its span then contains "\n");
  two-character names in tables spaced ("吴　英" / "吴 英", the span covers the space); page numbers
  ("— 2 —", "第2页 共5页", "-2-") and a running title between table rows.

NEAR-MISSES (never labelled)
  GB 32100-valid 统一社会信用代码 of agencies (11…), 事业单位 (12…), companies (91…), 个体工商户 (92…);
  文号 (同水发〔2023〕12号); 索引号 (credit code/2023-00045 or numeric county schemes); 合同/案件/处罚决定书/
  流水/订单号, some 16/17/19-digit Luhn-valid without a card prefix; amounts, areas, kW, dates, postcodes;
  office landlines, 12345/12328/12315/12329 hotlines; gov.cn mailboxes; masked values (138****5678,
  6403**********1234, 6228 48** **** 1234, 马*, 张某某); officials and staff in role (经办人, 审核人, 负责人,
  村支书/村主任 signing, 执法人员, 联系人 of an office); agency/shop/company/village-committee addresses;
  place names holding surnames (张家塬乡, 马高庄乡, 郭家坝镇, 陈家湾村, 王屯); 渔船号, taxi company plates;
  bare village names (X村/X嘎查 without 组/号); 致贫原因 categories (因病/因残); birth year-month.

CHECKS (enforced per document; a failing draw is redrawn with the next sub-seed)
  spans sorted, non-overlapping, text[start:end]==span text, only addresses contain "\n";
  IDs: GB 11643 check digit, real date, county code listed for the region; 15-digit: county+date;
  cards: Luhn + listed issuer prefix; mobiles 1[3-9]…; outside the spans no digit run (single space/dash
  allowed inside) looks like a mobile, an 18/15-digit ID of a listed county, or a 62-prefixed Luhn card;
  no labelled name occurs unlabelled (plain or spaced) elsewhere in the document.
"""

import argparse
import datetime
import json
import random
import re
import sys

# --------------------------------------------------------------------------------------------
DECISIONS = [
    "A span marks any datum that identifies a private natural person, whether or not the list is one the law "
    "requires to be published (e.g. 后期扶持 直补 名单, 护林员 选聘 公示): the detector flags, the officer decides.",
    "Officials and staff acting in their public role are NOT labelled: 经办人, 审核人, 负责人, 局长, 执法人员, 联系人 "
    "of an office, 村支书/村主任/监委会主任 signing for a village committee, 甲方代表 of a township government.",
    "个体工商户 经营者, 渔船 船主, 网约车/出租车 驾驶员, 护林员, 借款人, 被执行人 are private persons: names labelled. "
    "A company's 法定代表人 named in a 失信/红黑榜 record is also labelled (a natural person, no public office).",
    "Shop/company names (同心县老马家牛肉面馆, 岱山县海丰水产有限公司) and their 统一社会信用代码 are not labelled, "
    "even for a 个体工商户; no generated shop name embeds a labelled full name.",
    "Address = a private person's home address as one span, from where it starts (province, county, township or "
    "village, whichever comes first in the text) down to the last of 号/栋/单元/室/组/社/屯. A bare village "
    "(X村, X嘎查) or township is not labelled; 'X村N组', 'X村Y屯' are. Only addresses may contain a PDF wrap.",
    "An allocated 易地搬迁 安置房 unit tied to a named household ('3栋2单元401室', with or without 小区 name) is that "
    "person's home address and is labelled; the 安置点 name alone is not.",
    "迁出地/原住址 down to 组/号 is labelled (it is or was the person's home).  Agency, shop, company and "
    "村委会 addresses are not labelled even when they end in 号.",
    "Land parcels (地块名称, 小班号), grassland areas, boats (船名号, 船籍港) and company-owned taxi plates are not "
    "labelled; a private car's plate (非法营运, 网约车 registered to the driver) is license_plate.",
    "出租车 从业资格证号 and 驾驶证号 equal the holder's 公民身份号码; they are labelled id_card.",
    "health = a specific diagnosis or disability type/grade about one person (肢体残疾二级, 患尿毒症). Poverty "
    "categories (因病致贫, 因残, 缺劳力, 低保户, 脱贫户, 监测户) and generic '身体原因' are not labelled.",
    "A private landline (乙方 家庭电话) is landline; an office's phone, 监督电话 and hotlines are not.",
    "Masked values (138****5678, 6403**********1234, 马*, 张某某, 6228 48** **** 1234) are already "
    "de-identified and are not labelled.",
    "Birth year-month (1978.05) and age are not labelled (no kind for them); amounts and subsidy standards neither.",
    "Mobile spans include a +86 / 86- prefix when present; card spans include the group spaces; a PDF-spaced "
    "two-character name ('吴　英') is one span including the space.",
    "A Uyghur name is one span including the '·' (艾力·买买提); Tibetan and Mongolian names without surname are "
    "labelled when the context shows a person (户主, 姓名 column, 乙方, 当事人).",
    "Email of a private person (qq.com, 163.com…) is labelled; *.gov.cn mailboxes are not.",
    "Passport, 往来港澳通行证 and 往来台湾通行证 numbers of private persons are labelled with their own kinds.",
]

# --------------------------------------------------------------------------------------------
# checksums
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, IDW, strict=False)) % 11]


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [pow(3, i, 31) for i in range(17)]


def org_code(rng):
    alph = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    if rng.random() < 0.5:
        body = "MA" + "".join(rng.choice(alph) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))

    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55

    s = sum(val(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2], strict=False))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    return body + c9


def credit_code(rng, prefix, county):
    s17 = prefix + county + org_code(rng)
    tot = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W, strict=False))
    return s17 + CC_CHARS[(31 - tot % 31) % 31]


CARD_PREFIXES = {
    "622848": 19,
    "621700": 19,
    "622908": 18,
    "623059": 19,
    "621799": 19,
    "622188": 19,
    "623062": 19,
    "621483": 16,
}
BANK_OF = {
    "622848": "中国农业银行",
    "621700": "中国建设银行",
    "622908": "兴业银行",
    "623059": "农村信用社",
    "621799": "中国邮政储蓄银行",
    "622188": "中国邮政储蓄银行",
    "623062": "农村商业银行",
    "621483": "招商银行",
}

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

# --------------------------------------------------------------------------------------------
# regions
HUI_SUR = "马马马马马丁杨海纳撒白虎余兰田金李苏冯"
HUI_M = [
    "学仁",
    "建军",
    "永福",
    "尔撒",
    "福祥",
    "有才",
    "志军",
    "占海",
    "少林",
    "海军",
    "忠孝",
    "成林",
    "木沙",
    "耶合亚",
    "玉素甫",
    "万山",
    "国清",
    "文彪",
    "伊卜拉",
    "哈三",
    "德明",
    "进财",
    "生祥",
    "存良",
]
HUI_F = [
    "秀兰",
    "文花",
    "玉梅",
    "凤英",
    "梅花",
    "哈蜜",
    "法图麦",
    "阿伊舍",
    "桂香",
    "海燕",
    "兰花",
    "秀英",
    "麦燕",
    "金花",
    "月琴",
    "小花",
    "彩霞",
]
UY_M = [
    "艾力",
    "买买提",
    "阿不都热合曼",
    "吐尔逊",
    "努尔麦麦提",
    "麦麦提敏",
    "吐尔洪",
    "买买提江",
    "阿卜杜拉",
    "艾则孜",
    "热西提",
    "亚森",
    "吾斯曼",
    "托合提",
    "肉孜",
    "阿布都克力木",
    "依明",
    "卡地尔",
    "玉素甫",
    "司马义",
    "阿力木",
    "买合木提",
    "吐送",
    "库尔班",
]
UY_F = [
    "古丽努尔",
    "热依拉",
    "阿依古丽",
    "帕提古丽",
    "努尔尼沙",
    "阿依努尔",
    "布合力其",
    "米热古丽",
    "祖丽皮亚",
    "阿米娜",
    "阿孜古丽",
    "热孜宛古丽",
    "赛乃姆",
    "玛依拉",
]
YI_SUR = [
    "吉克",
    "阿苦",
    "沙马",
    "俄木",
    "勒格",
    "吉伍",
    "阿尔",
    "曲比",
    "马海",
    "的日",
    "海来",
    "日火",
    "阿牛",
    "吉木",
    "俄底",
    "瓦其",
    "依火",
    "阿西",
    "莫色",
    "吉克",
]
YI_M = [
    "日布",
    "拉且",
    "约哈",
    "木呷",
    "尔古",
    "石布",
    "伍各",
    "拉哈",
    "么甲",
    "子哈",
    "铁哈",
    "尔哈",
    "阿木",
    "克日",
    "达体",
]
YI_F = ["阿呷", "阿依", "么么", "石各", "阿果", "伍呷", "尔作", "阿支", "有格", "拉莫", "阿机", "木乃"]
TIB = [
    "扎西",
    "多吉",
    "次仁",
    "尼玛",
    "达瓦",
    "格桑",
    "泽仁",
    "降措",
    "四郎",
    "洛绒",
    "丁真",
    "贡布",
    "益西",
    "呷绒",
    "仁青",
    "索朗",
    "登珠",
    "阿旺",
    "土登",
    "邓珠",
    "曲批",
    "彭措",
]
TIB_F = ["央金", "拉姆", "卓玛", "曲措", "志玛", "翁姆", "德吉", "泽珍", "白玛", "措姆", "巴姆", "永措"]
ZH_SUR = "韦韦黄黄覃覃陆蒙农莫卢潘岑梁罗谭凌班零"
ZH_M = [
    "德强",
    "志明",
    "文光",
    "宏亮",
    "建华",
    "日升",
    "明勇",
    "秀才",
    "光荣",
    "国才",
    "海生",
    "金龙",
    "永刚",
    "朝阳",
    "世忠",
    "克俭",
    "仕林",
]
ZH_F = [
    "桂兰",
    "美芳",
    "秀英",
    "海燕",
    "金凤",
    "春梅",
    "玉兰",
    "美连",
    "丽娟",
    "月娥",
    "秋菊",
    "爱莲",
    "凤娇",
]
MG_M = [
    "巴特尔",
    "额尔敦毕力格",
    "苏和",
    "阿拉坦仓",
    "那顺",
    "孟和",
    "宝音",
    "呼和",
    "图门",
    "达来",
    "朝鲁",
    "哈斯",
    "额尔德尼",
    "乌力吉",
    "巴雅尔",
    "毕力格巴图",
    "青格勒图",
    "斯日古楞",
    "吉日嘎拉",
    "满都拉",
]
MG_F = [
    "乌日娜",
    "其木格",
    "斯琴高娃",
    "萨仁图雅",
    "敖登",
    "格日勒",
    "娜仁花",
    "高娃",
    "图雅",
    "托娅",
    "乌云其其格",
    "阿拉坦其其格",
    "斯琴",
    "萨日娜",
]
HAN_SUR = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃向"
)
HAN_COMP = ["欧阳", "司马", "上官", "诸葛", "令狐", "皇甫", "东方", "尉迟", "端木", "公孙"]
HAN_G = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国玉兰红梅志文海燕春林德富贵凤琴兵华")
HAN_G2 = [
    "建华",
    "国平",
    "秀英",
    "桂芳",
    "德明",
    "永红",
    "小红",
    "春燕",
    "志刚",
    "红霞",
    "海波",
    "玉珍",
    "先进",
    "文斌",
    "世荣",
    "大兵",
    "中华",
    "光明",
    "翠兰",
    "金莲",
    "远航",
    "丽萍",
    "昌盛",
    "家福",
    "启明",
    "乐平",
]


def han_name(rng, sex, comp=0.04):
    s = rng.choice(HAN_COMP) if rng.random() < comp else rng.choice(HAN_SUR)
    g = rng.choice(HAN_G) if rng.random() < 0.35 else rng.choice(HAN_G2)
    return s + g


def make_name(rng, style, sex):
    m = sex == "男"
    if style == "hui":
        if rng.random() < 0.2:
            return han_name(rng, sex)
        return rng.choice(HUI_SUR) + rng.choice(HUI_M if m else HUI_F)
    if style == "uyghur":
        return rng.choice(UY_M if m else UY_F) + "·" + rng.choice(UY_M)
    if style == "yi":
        if rng.random() < 0.12:
            return han_name(rng, sex)
        return rng.choice(YI_SUR) + rng.choice(YI_M if m else YI_F)
    if style == "tibetan":
        a = rng.choice(TIB)
        b = rng.choice(TIB if m else TIB_F)
        if a == b:
            b = "多吉" if a != "多吉" else "次仁"
        return a + b if rng.random() < 0.8 else (rng.choice(TIB_F) if not m else a + b)
    if style == "zhuang":
        return rng.choice(ZH_SUR) + rng.choice(ZH_M if m else ZH_F)
    if style == "mongol":
        r = rng.random()
        if r < 0.7:
            return rng.choice(MG_M if m else MG_F)
        if r < 0.85:
            return rng.choice("包白吴韩宝") + rng.choice(["宝音", "金花", "巴图", "那日苏", "满达"])
        return han_name(rng, sex)
    return han_name(rng, sex, 0.06)


class Region:
    def __init__(self, key, prov, city, counties, area, plate, style, post, pfx, extra_area=None):
        self.key, self.prov, self.city, self.counties = key, prov, city, counties
        self.area, self.plate, self.style, self.post, self.pfx = area, plate, style, post, pfx
        self.codes = [c[1] for c in counties]


# counties: (name, code, abbrev, [(township, [villages...])], group_word)
REGIONS = [
    Region(
        "ningxia",
        "宁夏回族自治区",
        "吴忠市",
        [
            (
                "同心县",
                "640324",
                "同",
                [
                    ("豫海镇", ["西关村", "石狮村", "窑山村"]),
                    ("韦州镇", ["韦一村", "韦二村", "红城水村"]),
                    ("王团镇", ["大沟沿村", "北村", "沟南村"]),
                    ("丁塘镇", ["金家井村", "新华村", "丁家塘村"]),
                    ("马高庄乡", ["马高庄村", "王家河村"]),
                    ("张家塬乡", ["张家塬村", "汪家塬村"]),
                ],
                "组",
            ),
            (
                "盐池县",
                "640323",
                "盐",
                [
                    ("花马池镇", ["柳杨堡村", "四墩子村"]),
                    ("高沙窝镇", ["高沙窝村", "施记圈村"]),
                    ("大水坑镇", ["新建村", "宋堡子村"]),
                ],
                "组",
            ),
            (
                "红寺堡区",
                "640303",
                "红",
                [("红寺堡镇", ["朝阳村", "东川村", "新庄集村"]), ("太阳山镇", ["周新庄村", "红星村"])],
                "组",
            ),
        ],
        "0953",
        "宁C",
        "hui",
        "751",
        "宁",
    ),
    Region(
        "kashgar",
        "新疆维吾尔自治区",
        "喀什地区",
        [
            (
                "疏附县",
                "653121",
                "疏",
                [
                    ("托克扎克镇", ["库木巴格村", "阿亚格曼干村"]),
                    ("乌帕尔镇", ["色日克布依村", "阔什布拉克村"]),
                    ("塔什米里克乡", ["英吾斯塘村", "托格拉克村"]),
                    ("布拉克苏乡", ["喀拉巴格村", "阿克提坎村"]),
                ],
                "组",
            ),
            (
                "伽师县",
                "653129",
                "伽",
                [
                    ("巴仁镇", ["阿克墩村", "亚喀艾日克村"]),
                    ("夏普吐勒镇", ["其格勒克村", "英买里村"]),
                    ("克孜勒苏乡", ["琼库尔恰克村", "阿热买里村"]),
                ],
                "组",
            ),
        ],
        "0998",
        "新Q",
        "uyghur",
        "844",
        "喀",
    ),
    Region(
        "liangshan",
        "四川省",
        "凉山彝族自治州",
        [
            (
                "昭觉县",
                "513431",
                "昭",
                [
                    ("三岔河乡", ["三河村", "瓦吾村"]),
                    ("解放沟镇", ["火普村", "瓦吾洛村"]),
                    ("支尔莫乡", ["阿土勒尔村", "特土村"]),
                    ("竹核乡", ["木渣洛村", "竹核村"]),
                ],
                "组",
            ),
            (
                "布拖县",
                "513429",
                "布",
                [
                    ("特木里镇", ["阿布洛哈村", "依子村"]),
                    ("拖觉镇", ["拉达村", "洛古村"]),
                    ("乐安乡", ["阿峨村", "火烈村"]),
                ],
                "组",
            ),
        ],
        "0834",
        "川W",
        "yi",
        "616",
        "凉",
    ),
    Region(
        "ganzi",
        "四川省",
        "甘孜藏族自治州",
        [
            (
                "理塘县",
                "513334",
                "理",
                [
                    ("高城镇", ["德西村", "车马村"]),
                    ("禾尼乡", ["然日卡村", "四呷村"]),
                    ("村戈乡", ["热戈村", "格木村"]),
                ],
                "组",
            ),
            (
                "色达县",
                "513333",
                "色",
                [
                    ("色柯镇", ["俄科村", "然充村"]),
                    ("洛若镇", ["洛若村", "吉泽村"]),
                    ("翁达镇", ["翁达村", "日角村"]),
                ],
                "组",
            ),
        ],
        "0836",
        "川V",
        "tibetan",
        "627",
        "甘",
    ),
    Region(
        "baise",
        "广西壮族自治区",
        "百色市",
        [
            (
                "田东县",
                "451022",
                "东",
                [
                    ("林逢镇", ["林驮村", "东养村"]),
                    ("祥周镇", ["中平村", "甘莲村"]),
                    ("思林镇", ["百渡村", "坡塘村"]),
                ],
                "屯",
            ),
            (
                "都安瑶族自治县",
                "451228",
                "都",
                [
                    ("地苏镇", ["东庙村", "大定村"]),
                    ("高岭镇", ["龙洲村", "拉棠村"]),
                    ("加贵乡", ["加贵村", "弄林村"]),
                ],
                "屯",
            ),
        ],
        "0776",
        "桂L",
        "zhuang",
        "531",
        "百",
    ),
    Region(
        "xilingol",
        "内蒙古自治区",
        "锡林郭勒盟",
        [
            (
                "阿巴嘎旗",
                "152522",
                "阿",
                [
                    ("别力古台镇", ["巴彦图嘎嘎查", "宝格都乌拉嘎查"]),
                    ("洪格尔高勒镇", ["额尔敦高毕嘎查", "萨如拉图雅嘎查"]),
                    ("那仁宝拉格苏木", ["乌兰图嘎嘎查", "吉尔嘎郎图嘎查"]),
                ],
                "组",
            ),
            (
                "东乌珠穆沁旗",
                "152525",
                "东",
                [
                    ("乌里雅斯太镇", ["阿拉坦合力嘎查", "查干淖尔嘎查"]),
                    ("嘎海乐苏木", ["巴彦布拉格嘎查", "哈日高毕嘎查"]),
                    ("额吉淖尔镇", ["巴音温都尔嘎查", "白音查干嘎查"]),
                ],
                "组",
            ),
        ],
        "0479",
        "蒙H",
        "mongol",
        "026",
        "锡",
    ),
    Region(
        "yichang",
        "湖北省",
        "宜昌市",
        [
            (
                "秭归县",
                "420527",
                "秭",
                [
                    ("茅坪镇", ["陈家冲村", "泗溪村", "兰陵溪村"]),
                    ("归州镇", ["万古寺村", "向家店村"]),
                    ("郭家坝镇", ["擦鼓村", "桂垭村"]),
                    ("屈原镇", ["屈原村", "西陵峡村"]),
                ],
                "组",
            ),
            (
                "兴山县",
                "420526",
                "兴",
                [
                    ("古夫镇", ["丰邑坪村", "麦仓村"]),
                    ("昭君镇", ["陈家湾村", "滩坪村"]),
                    ("峡口镇", ["建阳坪村", "游家河村"]),
                ],
                "组",
            ),
        ],
        "0717",
        "鄂E",
        "han",
        "443",
        "宜",
    ),
    Region(
        "xichuan",
        "河南省",
        "南阳市",
        [
            (
                "淅川县",
                "411326",
                "淅",
                [
                    ("上集镇", ["张营村", "孙家岗村"]),
                    ("盛湾镇", ["姚营村", "王家营村"]),
                    ("香花镇", ["土门村", "刘楼村"]),
                    ("九重镇", ["桦栎扒村", "邹庄村"]),
                ],
                "组",
            ),
        ],
        "0377",
        "豫R",
        "han",
        "474",
        "淅",
    ),
    Region(
        "zhoushan",
        "浙江省",
        "舟山市",
        [
            (
                "岱山县",
                "330921",
                "岱",
                [
                    ("高亭镇", ["南峰社区", "渔港社区"]),
                    ("衢山镇", ["岛斗社区", "凉峙社区"]),
                    ("东沙镇", ["桥头社区", "泥峙村"]),
                ],
                "号",
            ),
            (
                "嵊泗县",
                "330922",
                "嵊",
                [("菜园镇", ["基湖社区", "高场湾社区"]), ("嵊山镇", ["箱子岙社区", "陈钱山社区"])],
                "号",
            ),
        ],
        "0580",
        "浙L",
        "han",
        "316",
        "舟",
    ),
    Region(
        "xiapu",
        "福建省",
        "宁德市",
        [
            (
                "霞浦县",
                "350921",
                "霞",
                [
                    ("三沙镇", ["东山村", "古镇村", "三澳村"]),
                    ("长春镇", ["大京村", "渔洋里村"]),
                    ("牙城镇", ["洋沙村", "渡头村"]),
                    ("北壁乡", ["东安村", "下岐村"]),
                ],
                "号",
            ),
        ],
        "0593",
        "闽J",
        "han",
        "355",
        "霞",
    ),
]
RMAP = {r.key: r for r in REGIONS}
GOVDOM = {
    "ningxia": "nx",
    "kashgar": "xj",
    "liangshan": "sc",
    "ganzi": "sc",
    "baise": "gx",
    "xilingol": "nmg",
    "yichang": "hb",
    "xichuan": "ha",
    "zhoushan": "zj",
    "xiapu": "fj",
}
ALL_CODES = {c for r in REGIONS for c in r.codes}
TUN = ["那坡", "板烈", "弄怀", "那拉", "坡莫", "那么", "板旺", "弄腊", "百合", "那造", "岜独", "那桑"]
XIAOQU = ["幸福家园", "阳光新村", "移民新城", "和谐小区", "安康苑", "团结新村", "兴业花园", "振兴小区"]
HEALTH = [
    "肢体残疾二级",
    "肢体残疾三级",
    "视力残疾一级",
    "智力残疾三级",
    "精神残疾二级",
    "听力残疾四级",
    "言语残疾三级",
    "多重残疾一级",
    "患尿毒症",
    "患白血病",
    "脑梗塞后遗症",
    "患肺结核",
    "患乳腺癌",
    "患肝硬化",
    "类风湿性关节炎",
    "先天性心脏病",
    "股骨头坏死",
    "患精神分裂症",
    "2型糖尿病并发肾病",
    "患癫痫",
    "重度慢性阻塞性肺疾病",
    "患食管癌",
]


# --------------------------------------------------------------------------------------------
class Person:
    R: Region
    county: tuple[str, str, str, list[tuple[str, list[str]]], str]
    sex: str
    name: str
    birth: datetime.date
    id: str
    id15: str
    mobile: str
    card: str
    bank: str
    town: str
    village: str
    tail: str
    health: str


def rand_date(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


def new_person(rng, R, county=None, sex=None, age=(22, 72), year=2023):
    p = Person()
    p.R = R
    p.county = county or rng.choice(R.counties)
    p.sex = sex or rng.choice("男男女")
    p.name = make_name(rng, R.style, p.sex)
    p.birth = rand_date(rng, year - age[1], year - age[0])
    code = p.county[1]
    seq2 = f"{rng.randint(0, 99):02d}"
    par = rng.choice("13579" if p.sex == "男" else "02468")
    s17 = code + p.birth.strftime("%Y%m%d") + seq2 + par
    p.id = s17 + id_check(s17)
    p.id15 = code + p.birth.strftime("%y%m%d") + seq2 + par
    p.mobile = rng.choice(MOBILE_PFX) + "".join(rng.choice("0123456789") for _ in range(8))
    pf = rng.choice(list(CARD_PREFIXES))
    n = CARD_PREFIXES[pf]
    p.card = luhn_complete(pf + "".join(rng.choice("0123456789") for _ in range(n - 7)))
    p.bank = BANK_OF[pf]
    town, vills = rng.choice(p.county[3])
    p.town, p.village = town, rng.choice(vills)
    gw = p.county[4]
    if gw == "屯":
        tail = rng.choice(TUN) + "屯" + (f"{rng.randint(1, 86)}号" if rng.random() < 0.4 else "")
    elif gw == "号":
        tail = (
            rng.choice(["渔港路", "海滨路", "东海路", "新村路", "滨港路", "沙角"])
            + f"{rng.randint(1, 188)}号"
        )
        if rng.random() < 0.3:
            tail = (
                rng.choice(["海丰小区", "渔民新村", "金海苑"])
                + f"{rng.randint(1, 12)}幢{rng.randint(1, 3)}单元{rng.randint(1, 6) * 100 + rng.randint(1, 4)}室"
            )
    else:
        w = "社" if (R.key in ("liangshan", "ganzi") and rng.random() < 0.35) else "组"
        tail = f"{rng.randint(1, 12)}{w}"
        if rng.random() < 0.35:
            tail += f"{rng.randint(1, 99)}号"
    p.tail = tail
    p.health = rng.choice(HEALTH)
    return p


def addr(rng, p, level=None):
    """home address string, starting at a random administrative level."""
    level = level or rng.choice(["county", "county", "town", "town", "village", "full"])
    core = p.town + p.village + p.tail
    if level == "full":
        return p.R.prov + p.R.city + p.county[0] + core
    if level == "county":
        return p.county[0] + core
    if level == "village":
        return p.village + p.tail
    return core


def fmt_mobile(rng, m):
    r = rng.random()
    if r < 0.72:
        return m
    if r < 0.80:
        return m[:3] + " " + m[3:7] + " " + m[7:]
    if r < 0.87:
        return m[:3] + "-" + m[3:7] + "-" + m[7:]
    if r < 0.94:
        return "+86 " + m
    return "86-" + m


def fmt_card(rng, c):
    if rng.random() < 0.7:
        return c
    return " ".join(c[i : i + 4] for i in range(0, len(c), 4))


def mask_mobile(m):
    return m[:3] + "****" + m[7:]


def mask_id(rng, i):
    if rng.random() < 0.5:
        return i[:6] + "*" * 8 + i[14:]
    return i[:4] + "*" * 10 + i[14:]


def mask_card(c):
    return c[:4] + " " + c[4:6] + "** **** " + c[-4:]


def mask_name(n):
    if "·" in n:
        return n.split("·")[0] + "·" + "*" * 2
    return n[0] + "*" * (len(n) - 1) if len(n) > 1 else n


def private_landline(rng, R):
    return R.area + "-" + rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(6))


def office_phone(rng, R):
    return R.area + "-" + rng.choice("2356") + "".join(rng.choice("0123456789") for _ in range(6))


def plate(rng, R, ev=False):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if ev:
        body = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        body = rng.choice(L) + "".join(rng.choice("0123456789" + L[:8]) for _ in range(4))
    sep = rng.choice(["", "", "·"])
    return R.plate + sep + body


EMAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "139.com", "foxmail.com"]


def private_email(rng, p):
    if rng.random() < 0.5:
        return f"{rng.randint(10**7, 10**10)}@qq.com"
    base = rng.choice(["xiaoma", "ali", "dawa", "haifeng", "nongmin", "lin", "tian", "sun", "bater", "jike"])
    return f"{base}{rng.randint(1, 9999)}@{rng.choice(EMAIL_DOM)}"


def passport(rng):
    return (
        rng.choice(["E", "E", "EA", "EB"])
        + "".join(rng.choice("0123456789") for _ in range(8 if rng.random() < 0.6 else 7))[
            : (8 if True else 7)
        ]
    )


def fix_passport(s):
    return s[:9]


def hk_permit(rng):
    return (
        "C"
        + rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        + "".join(rng.choice("0123456789") for _ in range(7))
    )


def tw_permit(rng):
    return "L" + "".join(rng.choice("0123456789") for _ in range(8))


# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, rng, R, pdf):
        self.rng, self.R, self.pdf = rng, R, pdf
        self.buf = []
        self.n = 0
        self.col = 0
        self.spans = []
        self.W = rng.randint(28, 40)
        self.wrapping = False

    def _raw(self, s):
        self.buf.append(s)
        self.n += len(s)
        if "\n" in s:
            self.col = len(s) - s.rfind("\n") - 1
        else:
            self.col += len(s)

    def add(self, text, kind=None):
        if not text:
            return
        if not self.wrapping:
            st = self.n
            self._raw(text)
        elif kind and kind != "address":
            if self.col and self.col + len(text) > self.W:
                self._raw("\n")
            st = self.n
            self._raw(text)
        else:
            st = None
            for tok in re.findall(r"[A-Za-z0-9.\-/@_:*]+|.", text, re.S):
                if self.col + len(tok) > self.W and self.col > 0 and tok not in "，。、；：）》”":
                    self._raw("\n")
                if st is None:
                    st = self.n
                self._raw(tok)
        if kind:
            self.spans.append(
                {"kind": kind, "start": st, "end": self.n, "text": "".join(self.buf)[st : self.n]}
            )

    def nl(self, k=1):
        self._raw("\n" * k)

    def line(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                self.add(*p)
            else:
                self.add(p)
        self.nl()

    def para(self, *parts, indent=True):
        """prose paragraph; hard-wrapped in PDF mode."""
        if self.pdf:
            self.wrapping = True
            if indent:
                self._raw("\u3000\u3000")
        elif indent and self.rng.random() < 0.5:
            self._raw("\u3000\u3000")
        for p in parts:
            if isinstance(p, tuple):
                self.add(*p)
            else:
                self.add(p)
        self.wrapping = False
        self.nl()
        if not self.pdf and self.rng.random() < 0.5:
            self.nl()

    def text(self):
        return "".join(self.buf)


def seg_text(cell, pdf_names):
    out = []
    for t, k in cell:
        out.append(spaced(t) if (pdf_names and k == "name") else t)
    return "".join(out)


def spaced(t, sp="\u3000"):
    if len(t) == 2 and all("\u4e00" <= c <= "\u9fff" for c in t):
        return t[0] + sp + t[1]
    return t


def dwidth(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def C(*parts):
    """a table cell: list of (text, kind)."""
    out = []
    for p in parts:
        out.append(p if isinstance(p, tuple) else (str(p), None))
    return out


def emit_cell(d, cell, pdf_names, sp="\u3000"):
    for t, k in cell:
        if pdf_names and k == "name":
            t = spaced(t, sp)
        d.add(t, k)


def table(d, header, rows, layout, title=None):
    rng = d.rng
    pdfn = d.pdf and layout in ("space", "cells", "tab")
    sp = "\u3000" if rng.random() < 0.75 else " "
    page = [rng.randint(1, 3)]
    brk = rng.randint(7, 14)
    running = title or ""
    pstyle = rng.choice(["— %d —", "第%d页", "- %d -", "第%d页 共%d页"])
    total = page[0] + len(rows) // brk + 1

    def pagebreak():
        if not d.pdf:
            return
        ps = pstyle % ((page[0], total) if pstyle.count("%d") == 2 else (page[0],))
        d.add(ps)
        d.nl()
        page[0] += 1
        if running:
            d.add(running)
            d.nl()

    if layout == "tab":
        d.line("\t".join(header))
        for i, r in enumerate(rows):
            if i and i % brk == 0:
                pagebreak()
            for j, c in enumerate(r):
                if j:
                    d.add("\t")
                emit_cell(d, c, pdfn, sp)
            d.nl()
    elif layout == "space":
        cells = [[C(h) for h in header], *rows]
        w = [max(dwidth(seg_text(r[j], pdfn)) for r in cells) + 2 for j in range(len(header))]
        for i, r in enumerate(cells):
            if i > 1 and (i - 1) % brk == 0:
                pagebreak()
            for j, c in enumerate(r):
                emit_cell(d, c, pdfn and i > 0, sp)
                if j < len(r) - 1:
                    d.add(" " * (w[j] - dwidth(seg_text(c, pdfn and i > 0))))
            d.nl()
    elif layout == "md":
        d.line("| " + " | ".join(header) + " |")
        d.line("|" + "|".join(["---"] * len(header)) + "|")
        for r in rows:
            d.add("| ")
            for j, c in enumerate(r):
                if j:
                    d.add(" | ")
                emit_cell(d, c, False)
            d.add(" |")
            d.nl()
    elif layout == "html":
        d.line('<table border="1">')
        d.line("<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>")
        for r in rows:
            d.add("<tr>")
            for c in r:
                d.add("<td>")
                emit_cell(d, c, False)
                d.add("</td>")
            d.add("</tr>")
            d.nl()
        d.line("</table>")
    elif layout == "csv":
        allq = rng.random() < 0.5
        d.line(",".join((f'"{h}"') if allq else h for h in header))
        for r in rows:
            for j, c in enumerate(r):
                if j:
                    d.add(",")
                txt = seg_text(c, False)
                q = allq or ("," in txt) or (" " in txt)
                if q:
                    d.add('"')
                emit_cell(d, c, False)
                if q:
                    d.add('"')
            d.nl()
    elif layout == "cells":
        for h in header:
            d.line(h)
        for i, r in enumerate(rows):
            if i and i % brk == 0:
                pagebreak()
            for c in r:
                emit_cell(d, c, pdfn, sp)
                d.nl()
    elif layout == "numbered":
        for i, r in enumerate(rows):
            d.add(f"{i + 1}．")
            first = True
            for h, c in zip(header[1:], r[1:], strict=False):
                txt = seg_text(c, False)
                if not txt:
                    continue
                if not first:
                    d.add("，")
                first = False
                d.add(h + "：")
                emit_cell(d, c, False)
            d.add("。")
            d.nl()
    else:  # form
        two = rng.random() < 0.5
        for i, r in enumerate(rows):
            if i:
                d.nl()
            k = 0
            for h, c in zip(header, r, strict=False):
                if h == "序号":
                    d.line(f"【{seg_text(c, False)}】")
                    continue
                d.add(h + "：")
                emit_cell(d, c, False)
                k += 1
                if two and k % 2 == 1:
                    d.add("\u3000\u3000")
                else:
                    d.nl()
            if two and k % 2 == 1:
                d.nl()


def pick_layout(rng, pdf, allow=None):
    if pdf:
        opts = ["space", "cells", "tab", "space", "cells"]
    else:
        opts = allow or ["tab", "space", "md", "html", "csv", "cells", "numbered", "form", "tab", "html"]
    return rng.choice(opts)


# --------------------------------------------------------------------------------------------
# shared pieces
def fmt_date(rng, dt, style=None):
    style = style if style is not None else rng.randint(0, 3)
    if style == 0:
        return f"{dt.year}年{dt.month}月{dt.day}日"
    if style == 1:
        return dt.strftime("%Y-%m-%d")
    if style == 2:
        return f"{dt.year}年{dt.month:02d}月{dt.day:02d}日"
    return f"{dt.year}.{dt.month}.{dt.day}"


def cn_date(dt):
    return f"{dt.year}年{dt.month}月{dt.day}日"


def official(rng, R, used):
    for _ in range(20):
        n = make_name(rng, R.style, rng.choice("男女"))
        if n not in used:
            used.add(n)
            return n
    return "王建国"


def agency_addr(rng, R, county):
    town = county[3][0][0]
    st = rng.choice(["人民路", "文化街", "政府街", "建设路", "团结路", "迎宾大道", "解放路", "新华街"])
    return f"{county[0]}{town}{st}{rng.randint(1, 120)}号"


def portal_header(d, agency, county, dt, doc_no, theme):
    rng = d.rng
    code = credit_code(rng, rng.choice(["11", "11", "12"]), county[1])
    if rng.random() < 0.7:
        idx = f"{code}/{dt.year}-{rng.randint(1, 3000):05d}"
    else:
        idx = f"{county[1]}{rng.choice(['slj', 'lcj', 'nyj', 'zjj'])}/{dt.year}{dt.month:02d}-{rng.randint(1, 900):05d}"
    if rng.random() < 0.5:
        d.line("索引号：", idx, "\u3000\u3000", "发布机构：", agency)
        d.line("生成日期：", fmt_date(rng, dt, 1), "\u3000\u3000", "主题分类：", theme)
        d.line("文\u3000\u3000号：", doc_no or "")
    else:
        d.line("索 引 号：" + idx)
        d.line("信息分类：" + theme)
        d.line("发文机关：" + agency)
        d.line("成文日期：" + cn_date(dt))
        if doc_no:
            d.line("发文字号：" + doc_no)
    d.nl()


def contact_block(d, agency, county, dt, used, extra_hotline=None):
    rng = d.rng
    R = d.R
    ph = office_phone(rng, R)
    pieces = ["公示期间，如有异议，请以书面形式向", agency, "反映。监督电话：", ph]
    if rng.random() < 0.6:
        pieces += ["；", extra_hotline or rng.choice(["12345政务服务便民热线", "12345", "12317（乡村振兴）"])]
    if rng.random() < 0.5:
        pieces += ["；电子邮箱：", gov_mail(rng, R, agency)]
    pieces += ["。"]
    d.para(*pieces)
    if rng.random() < 0.6:
        d.para(
            "地址：", agency_addr(rng, R, county), "，邮编：", R.post + f"{rng.randint(100, 600):03d}", "。"
        )


PABBR = {
    "ningxia": "宁",
    "kashgar": "新",
    "liangshan": "川",
    "ganzi": "川",
    "baise": "桂",
    "xilingol": "内",
    "yichang": "鄂",
    "xichuan": "豫",
    "zhoushan": "浙",
    "xiapu": "闽",
}


def gov_mail(rng, R, agency):
    dept = (
        "slj"
        if "水" in agency or "移民" in agency
        else "lcj"
        if "林" in agency
        else "jtj"
        if "交通" in agency or "运输" in agency
        else "gjj"
        if "公积金" in agency
        else "xyb"
        if "信用" in agency or "法院" in agency
        else "scjgj"
        if "市场" in agency
        else "nyncj"
        if "农" in agency or "渔" in agency
        else "zfb"
    )
    return "{}{}@{}.gov.cn".format(rng.choice(["", "xz", "xx", "gk"]), dept, GOVDOM[R.key])


def sign_block(d, agency, dt, used, roles=None):
    rng = d.rng
    if roles and rng.random() < 0.8:
        parts = []
        for r in roles:
            parts.append(f"{r}：{official(rng, d.R, used)}")
        d.line("\u3000".join(parts))
    d.line(" " * rng.randint(0, 20) + agency)
    d.line(" " * rng.randint(0, 20) + cn_date(dt))


def doc_number(rng, abbrev, word, year):
    return f"{abbrev}{word}〔{year}〕{rng.randint(1, 160)}号"


def money(rng, lo, hi, step=1):
    v = rng.randint(lo // step, hi // step) * step
    return v


def fmt_money(rng, v, dec=True):
    if dec and rng.random() < 0.5:
        return f"{v:,.2f}"
    return f"{int(v)}" if not dec else f"{v:.2f}"


def person_cell_name(p):
    return C((p.name, "name"))


def id_cell(rng, p, mask_p=0.25, old_p=0.0):
    if rng.random() < old_p:
        return C((p.id15, "id_card_15"))
    if rng.random() < mask_p:
        return C(mask_id(rng, p.id))
    return C((p.id, "id_card"))


def mobile_cell(rng, p, mask_p=0.25):
    if rng.random() < mask_p:
        return C(mask_mobile(p.mobile))
    return C((fmt_mobile(rng, p.mobile), "mobile"))


def card_cell(rng, p, mask_p=0.15):
    if rng.random() < mask_p:
        return C(mask_card(p.card))
    return C((fmt_card(rng, p.card), "bank_card"))


def addr_cell(rng, p, level=None):
    return C((addr(rng, p, level), "address"))


def new_people(rng, R, n, county, used, **kw):
    if n > 4:
        n = max(4, round(n * 0.72))
    out: list[Person] = []
    while len(out) < n:
        p = new_person(rng, R, county=county, **kw)
        if p.name in used:
            continue
        used.add(p.name)
        out.append(p)
    return out


def ticket_number(rng, n=None):
    n = n or rng.choice([16, 17, 19])
    body = str(rng.randint(2019, 2024)) + "".join(rng.choice("0123456789") for _ in range(n - 5))
    return luhn_complete(body) if rng.random() < 0.5 else body + rng.choice("0123456789")


# --------------------------------------------------------------------------------------------
# Family 1: 水库移民
RES = {
    "ningxia": ["固海扬水工程", "长山头水库"],
    "liangshan": ["白鹤滩水电站", "溪洛渡水电站"],
    "yichang": ["三峡水库", "古洞口水库"],
    "xichuan": ["丹江口水库", "南水北调中线工程丹江口库区"],
    "baise": ["百色水利枢纽", "澄碧河水库"],
    "ganzi": ["两河口水电站", "杨房沟水电站"],
    "kashgar": ["阿尔塔什水利枢纽", "卡拉贝利水利枢纽"],
}


def fam_reservoir(d, sub, used):
    rng, R = d.rng, d.R
    county = rng.choice(R.counties)
    year = rng.randint(2019, 2024)
    dt = rand_date(rng, year, year)
    res = rng.choice(RES.get(R.key, ["大中型水库"]))
    town, vills = rng.choice(county[3])
    agency = rng.choice(
        [
            f"{county[0]}水务局",
            f"{county[0]}移民工作领导小组办公室",
            f"{town}人民政府",
            f"{county[0]}水库移民服务中心",
        ]
    )
    title = (
        f"{town}{year}年度大中型水库移民后期扶持直补资金发放名单公示"
        if sub == "roster"
        else (
            f"关于{year}年度大中型水库移民后期扶持人口核定登记情况的公示"
            if sub == "verify"
            else f"{town}{res}移民后期扶持人口动态调整公示"
        )
    )
    if rng.random() < 0.5:
        portal_header(
            d,
            agency,
            county,
            dt,
            doc_number(rng, county[2], rng.choice(["移办", "水发", "政发"]), year)
            if rng.random() < 0.5
            else None,
            "农业、林业、水利\\水利",
        )
    d.line(title)
    d.nl()
    if sub == "roster":
        d.para(
            "根据《国务院关于完善大中型水库移民后期扶持政策的意见》（国发〔2006〕17号）及",
            R.prov,
            "有关规定，经村民小组评议、村委会审核、乡镇复核，现将",
            res,
            "移民",
            str(year),
            "年度后期扶持直补资金发放情况予以公示。扶持标准为每人每年600元，资金通过“一卡通”直接发放到户。",
        )
        rows = []
        hdr = ["序号", "户主姓名", "身份证号码", "家庭住址", "扶持人数", "金额（元）", "一卡通账号"]
        if rng.random() < 0.4:
            hdr = ["序号", "姓名", "性别", "身份证号", "所在村组", "核定人数", "发放金额", "开户银行", "账号"]
        for i, p in enumerate(new_people(rng, R, rng.randint(6, 22), county, used)):
            k = rng.randint(1, 7)
            if "性别" in hdr:
                rows.append(
                    [
                        C(str(i + 1)),
                        person_cell_name(p),
                        C(p.sex),
                        id_cell(rng, p, 0.2),
                        addr_cell(rng, p, "village"),
                        C(str(k)),
                        C(f"{600 * k}.00"),
                        C(p.bank),
                        card_cell(rng, p),
                    ]
                )
            else:
                rows.append(
                    [
                        C(str(i + 1)),
                        person_cell_name(p),
                        id_cell(rng, p, 0.2),
                        addr_cell(rng, p),
                        C(str(k)),
                        C(f"{600 * k}"),
                        card_cell(rng, p),
                    ]
                )
        total = len(rows)
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        d.para("合计：", str(total), "户。")
    elif sub == "verify":
        d.para(
            "按照《大中型水库农村移民后期扶持人口核定登记办法》要求，我局对全县",
            res,
            "后期扶持人口进行了年度动态核定。现将新增、核减人员名单公示如下，公示期7天。",
        )
        hdr = ["序号", "姓名", "与户主关系", "身份证号", "变动类型", "变动原因", "所在村"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(5, 16), county, used, age=(18, 88))):
            typ = rng.choice(["新增", "核减", "核减", "新增"])
            why = (
                rng.choice(["出生", "婚嫁迁入", "补登"])
                if typ == "新增"
                else rng.choice(["死亡", "录用为公职人员", "户口迁出", "重复登记", "死亡"])
            )
            old = p.birth.year < 1960 and rng.random() < 0.6
            if why == "出生":
                p = new_person(rng, R, county=county, age=(0, 1), year=year)
                p.name = make_unique_name(rng, R, used)
                rel = rng.choice(["子女", "孙子女"])
            elif why == "婚嫁迁入":
                rel = "配偶"
            elif p.birth.year < 1960:
                rel = rng.choice(["户主", "户主", "配偶", "父母"])
            else:
                rel = rng.choice(["户主", "配偶", "子女"])
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    C(rel),
                    id_cell(rng, p, 0.15, 1.0 if old else 0.0),
                    C(typ),
                    C(why),
                    C(p.village) if rng.random() < 0.6 else addr_cell(rng, p, "village"),
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        d.para("注：身份证号码为15位的系第一代居民身份证登记信息，按原档案录入。")
    else:
        d.para("经各村申报、乡镇审核，现将", str(year), "年度", res, "移民后期扶持人口动态调整结果公示如下：")
        for v in vills:
            ps = new_people(rng, R, rng.randint(3, 9), county, used)
            parts: list[str | tuple[str, str]] = [f"{v}（{len(ps)}人）："]
            for j, p in enumerate(ps):
                if j:
                    parts.append("、")
                parts.append((p.name, "name"))
            parts.append("。")
            d.para(*parts, indent=False)
        p = new_people(rng, R, 1, county, used)[0]
        sec = official(rng, R, used)
        pieces = [
            "另：",
            p.village,
            "村民",
            (p.name, "name"),
            "（身份证号：",
            (p.id, "id_card"),
            "）反映其户内人口漏登，经村支书",
            sec,
            "核实，本户",
        ]
        if rng.random() < 0.5:
            pieces += ["现住", (addr(rng, p, "town"), "address"), "，"]
        pieces += [
            "户内一人",
            (p.health, "health"),
            "，已纳入监测，拟补登1人。联系电话：",
            (fmt_mobile(rng, p.mobile), "mobile"),
            "。",
        ]
        d.para(*pieces)
    contact_block(d, agency, county, dt, used)
    sign_block(d, agency, dt, used, ["经办人", "审核人"] if rng.random() < 0.6 else ["负责人"])


# Family 2: 护林员/管护员/巡河员
def ranger_kind(R, rng):
    if R.key in ("xilingol", "ganzi"):
        return rng.choice(["草原管护员", "生态护林员"])
    if R.key in ("yichang", "xichuan", "zhoushan", "xiapu"):
        return rng.choice(["河湖巡河员", "生态护林员", "护林员"])
    return rng.choice(["生态护林员", "生态护林员", "草原管护员", "河湖巡河员"])


def fam_ranger(d, sub, used):
    rng, R = d.rng, d.R
    county = rng.choice(R.counties)
    year = rng.randint(2019, 2024)
    dt = rand_date(rng, year, year)
    kind = ranger_kind(R, rng)
    town, _vills = rng.choice(county[3])
    agency = rng.choice(
        [
            f"{town}人民政府",
            f"{county[0]}林业和草原局",
            f"{town}林业工作站",
            f"{county[0]}河长制办公室" if kind == "河湖巡河员" else f"{county[0]}林业和草原局",
        ]
    )
    if sub == "hire":
        title = f"{town}{year}年{kind}拟聘人员公示"
        if rng.random() < 0.4:
            portal_header(d, agency, county, dt, None, "农业、林业、水利\\林业")
        d.line(title)
        d.nl()
        d.para(
            "根据",
            rng.choice(["《生态护林员管理办法》", f"《{R.prov}生态护林员选聘续聘工作方案》"]),
            "，按照“个人申请、村级评议、乡镇审核、县级审定”的程序，经",
            town,
            "选聘工作领导小组研究，拟聘用以下",
            kind,
            "，现予公示：",
        )
        hdr = ["序号", "姓名", "性别", "出生年月", "身份证号码", "家庭住址", "管护区域", "联系电话", "备注"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(6, 20), county, used, age=(20, 60))):
            area = rng.choice(
                [
                    "{}{}片区".format(p.village, rng.choice("东西南北后")),
                    "{}至{}段".format(
                        rng.choice(["大沟", "河口", "水库坝下", "二道桥"]),
                        rng.choice(["老桥", "村界", "汇口"]),
                    ),
                    f"{p.village}公益林{rng.randint(1, 30)}号管护区",
                ]
            )
            note = rng.choice(["脱贫户", "监测户", "续聘", "新聘", "", ""])
            ph = (
                mobile_cell(rng, p, 0.3) if rng.random() < 0.85 else C((private_landline(rng, R), "landline"))
            )
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    C(p.sex),
                    C(f"{p.birth.year}.{p.birth.month:02d}"),
                    id_cell(rng, p, 0.35),
                    addr_cell(rng, p),
                    C(area),
                    ph,
                    C(note),
                ]
            )
        if rng.random() < 0.3:
            hdr = hdr[:3] + hdr[4:]
            rows = [r[:3] + r[4:] for r in rows]
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        contact_block(d, agency, county, dt, used)
        sign_block(d, agency, dt, used, ["联系人"] if rng.random() < 0.5 else None)
    elif sub == "pay":
        q = rng.randint(1, 4)
        title = f"{county[0]}{year}年第{'一二三四'[q - 1]}季度{kind}劳务报酬发放花名册"
        d.line(title)
        d.line(f"填报单位：{agency}\u3000\u3000单位：元")
        d.nl()
        hdr = ["序号", "姓名", "身份证号", "所在村", "月补助标准", "发放月数", "发放金额", "银行卡号", "备注"]
        rows = []
        tot = 0
        for i, p in enumerate(new_people(rng, R, rng.randint(6, 24), county, used, age=(20, 60))):
            m = rng.choice([3, 3, 3, 2, 1])
            std = rng.choice([500, 600, 833, 800, 1000])
            amt = std * m
            tot += amt
            note = ""
            if rng.random() < 0.1:
                note = f"扣发{rng.randint(1, 3)}月（考核不合格）"
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    id_cell(rng, p, 0.2),
                    C(p.village),
                    C(str(std)),
                    C(str(m)),
                    C(f"{amt}.00"),
                    card_cell(rng, p, 0.2),
                    C(note),
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        d.line("合计：{}元".format(f"{tot:,.2f}"))
        d.nl()
        d.line(
            f"制表人：{official(rng, R, used)}\u3000\u3000审核人：{official(rng, R, used)}\u3000\u3000分管领导：{official(rng, R, used)}"
        )
        d.line(cn_date(dt))
    else:
        p = new_people(rng, R, 1, county, used, age=(25, 62))[0]
        no = f"{county[2]}林护〔{year}〕{rng.randint(1, 40)}号"
        d.line(f"{kind}解聘通知书")
        d.line(no)
        d.nl()
        d.line((p.name, "name"), "同志：")
        reason = rng.choice(["ill", "absent", "job"])
        pieces = [
            "你于",
            str(year - rng.randint(1, 3)),
            "年被选聘为",
            p.village,
            kind,
            "（聘用合同编号：",
            f"{county[2]}-{year - 1}-{rng.randint(1, 999):04d}",
            "）。",
        ]
        if reason == "ill":
            pieces += ["经核实，你因", (p.health, "health"), "，已无法胜任野外巡护工作，"]
        elif reason == "absent":
            pieces += [
                "经巡护轨迹系统核查，你",
                str(year),
                "年",
                str(rng.randint(1, 9)),
                "月至今连续三个月巡护天数不足规定要求，经约谈后仍未整改，",
            ]
        else:
            pieces += ["经核实，你已外出务工，长期不在管护区域，"]
        pieces += [
            "根据聘用合同第",
            rng.choice(["六", "七", "八"]),
            "条约定，经",
            town,
            "选聘工作领导小组研究，决定自",
            cn_date(dt),
            "起解除与你的聘用关系，劳务报酬发放至当月。",
        ]
        d.para(*pieces)
        d.para("如对本决定有异议，可在收到本通知之日起15日内向", county[0], "林业和草原局申请复核。")
        d.para(
            "送达地址：",
            (addr(rng, p, rng.choice(["county", "town"])), "address"),
            "；联系电话：",
            (fmt_mobile(rng, p.mobile), "mobile"),
            "。",
        )
        d.nl()
        d.line(" " * 16 + agency)
        d.line(" " * 16 + cn_date(dt))
        d.nl()
        d.line(f"送达人：{official(rng, R, used)}\u3000\u3000{official(rng, R, used)}")
        d.line(
            "受送达人签收：",
            (p.name, "name"),
            "\u3000\u3000",
            cn_date(dt + datetime.timedelta(days=rng.randint(1, 5))),
        )


# Family 3: 草原奖补 / 退耕还林
def fam_grassland(d, sub, used):
    rng, R = d.rng, d.R
    county = rng.choice(R.counties)
    year = rng.randint(2019, 2024)
    dt = rand_date(rng, year, year)
    town, vills = rng.choice(county[3])
    if sub == "award":
        agency = rng.choice([f"{county[0]}农牧和科技局", f"{county[0]}林业和草原局", f"{town}人民政府"])
        title = f"{town}{year}年草原生态保护补助奖励资金兑付清册"
        if rng.random() < 0.4:
            portal_header(
                d,
                agency,
                county,
                dt,
                doc_number(rng, county[2], "农牧发", year),
                "农业、林业、水利\\农业、畜牧业、渔业",
            )
        d.line(title)
        d.line(
            "单位：亩、元\u3000\u3000禁牧补助标准：{}元/亩\u3000草畜平衡奖励标准：{}元/亩".format(
                rng.choice(["7.5", "9.5", "11.75"]), rng.choice(["2.5", "3.0", "4.75"])
            )
        )
        hdr = ["序号", "户主", "身份证号", "嘎查（村）", "禁牧面积", "草畜平衡面积", "兑付金额", "一卡通账号"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(6, 20), county, used, age=(25, 85))):
            a1, a2 = rng.randint(0, 3000), rng.randint(200, 9000)
            amt = a1 * 7.5 + a2 * 2.5
            old = p.birth.year < 1955 and rng.random() < 0.5
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    id_cell(rng, p, 0.2, 1.0 if old else 0.0),
                    C(p.village) if rng.random() < 0.5 else addr_cell(rng, p, "village"),
                    C(str(a1)),
                    C(str(a2)),
                    C(f"{amt:.2f}"),
                    card_cell(rng, p),
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        d.line(
            f"嘎查长（村主任）：{official(rng, R, used)}\u3000\u3000苏木（乡镇）审核：{official(rng, R, used)}"
        )
        d.line(cn_date(dt))
    elif sub == "tuigeng":
        agency = f"{county[0]}林业和草原局"
        title = f"{town}{year}年度新一轮退耕还林补助资金兑付公示"
        d.line(title)
        d.nl()
        d.para(
            "根据",
            R.prov,
            "林业和草原局、财政厅下达的",
            str(year),
            "年退耕还林补助资金计划，经检查验收合格，现将",
            town,
            "兑付明细公示如下。补助标准：第",
            rng.choice(["一", "二", "三"]),
            "次兑付每亩",
            rng.choice(["500", "300", "400"]),
            "元。",
        )
        hdr = [
            "序号",
            "农户姓名",
            "身份证号码",
            "村组",
            "地块名称",
            "小班号",
            "面积（亩）",
            "树种",
            "补助金额（元）",
            "一卡通号",
        ]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(6, 20), county, used)):
            area = round(rng.uniform(0.3, 12), 1)
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    id_cell(rng, p, 0.3),
                    addr_cell(rng, p, "village"),
                    C(
                        rng.choice(
                            ["大坪子", "梁背后", "阴坡地", "老林沟", "上湾", "核桃坪", "花椒地", "堡子梁"]
                        )
                    ),
                    C(f"{rng.randint(1, 400):03d}-{rng.randint(1, 30):02d}"),
                    C(f"{area:.1f}"),
                    C(rng.choice(["核桃", "花椒", "花椒", "油松", "柠条", "青花椒", "枸杞", "沙棘", "油桐"])),
                    C("%.2f" % (area * 300)),
                    card_cell(rng, p, 0.25),
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        contact_block(d, agency, county, dt, used)
        sign_block(d, agency, dt, used, ["经办人"])
    else:
        agency = f"{town}人民政府"
        title = f"关于{town}{year}年草原补奖资金发放对象的公示"
        d.line(title)
        d.nl()
        d.para(
            "为确保草原生态保护补助奖励政策落实到户到人，经嘎查（村）民代表会议评议，现对",
            str(year),
            "年度补奖对象进行公示。各嘎查（村）享受对象如下：",
        )
        for v in vills:
            ps = new_people(rng, R, rng.randint(4, 10), county, used, age=(25, 85))
            parts = [
                v,
                "：",
            ]
            for j, p in enumerate(ps):
                if j:
                    parts.append("、")
                parts.append((p.name, "name"))
            parts.append(f"，共{len(ps)}户。")
            d.para(*parts, indent=False)
        p = new_people(rng, R, 1, county, used)[0]
        d.para(
            "其中，",
            p.village,
            "牧户",
            (p.name, "name"),
            "户因承包草场面积与确权面积不一致，暂缓兑付，待核实后另行公示。",
            rng.choice(["本人联系电话：", "联系方式："]),
            (fmt_mobile(rng, p.mobile), "mobile"),
            "。",
        )
        if rng.random() < 0.5:
            q = new_people(rng, R, 1, county, used)[0]
            d.para(
                (q.name, "name"),
                "（",
                (q.health, "health"),
                "）户按特殊困难户标准增发补贴，资金打入其",
                q.bank,
                "账户",
                (fmt_card(rng, q.card), "bank_card"),
                "。",
            )
        contact_block(d, agency, county, dt, used, "12345")
        sign_block(d, agency, dt, used, None)


# Family 4: 渔业
BOAT = {
    "zhoushan": ["浙岱渔", "浙嵊渔"],
    "xiapu": ["闽霞渔"],
    "yichang": ["鄂秭渔", "鄂兴渔"],
    "xichuan": ["豫淅渔"],
    "baise": ["桂百渔"],
    "ningxia": ["宁吴渔"],
}


def fam_fishery(d, sub, used):
    rng, R = d.rng, d.R
    county = rng.choice(R.counties)
    year = rng.randint(2019, 2024)
    dt = rand_date(rng, year, year)
    pf = rng.choice(BOAT.get(R.key, ["渔"]))
    agency = rng.choice(
        [
            f"{county[0]}海洋与渔业局" if R.key in ("zhoushan", "xiapu") else f"{county[0]}农业农村局",
            f"{county[0]}农业农村局",
        ]
    )
    if sub == "fuel":
        title = f"{county[0]}{year - 1}年度渔业发展补助（燃油补贴）资金发放名单公示"
        if rng.random() < 0.4:
            portal_header(
                d,
                agency,
                county,
                dt,
                doc_number(rng, county[2], "渔发", year),
                "农业、林业、水利\\农业、畜牧业、渔业",
            )
        d.line(title)
        d.nl()
        d.para(
            "根据《财政部 农业农村部关于实施渔业发展支持政策推动渔业高质量发展的通知》（财农〔2021〕41号），经渔船所在乡镇初审、",
            agency,
            "审核，现将",
            str(year - 1),
            "年度燃油补贴发放对象公示如下：",
        )
        hdr = [
            "序号",
            "船名号",
            "船主姓名",
            "身份证号码",
            "主机功率（kW）",
            "作业类型",
            "补助金额（元）",
            "联系电话",
        ]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(6, 20), county, used, age=(28, 70))):
            kw = rng.choice([44.1, 88.2, 136, 183.8, 202, 298, 330.9, 441])
            rows.append(
                [
                    C(str(i + 1)),
                    C(f"{pf}{rng.randint(1, 99999):05d}"),
                    person_cell_name(p),
                    id_cell(rng, p, 0.3),
                    C(str(kw)),
                    C(rng.choice(["拖网", "刺网", "张网", "笼壶", "钓具", "围网"])),
                    C(f"{kw * rng.randint(80, 260):,.2f}"),
                    mobile_cell(rng, p, 0.35),
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        contact_block(d, agency, county, dt, used)
        sign_block(d, agency, dt, used, ["审核人"] if rng.random() < 0.5 else None)
    else:
        title = rng.choice(
            [
                f"{county[0]}退捕渔民转产转业安置情况公示",
                f"{county[0]}渔民转产转业安置台账（{year}年）",
            ]
        )
        d.line(title)
        d.nl()
        d.para(
            "为做好",
            rng.choice(["长江流域重点水域禁捕", "海洋捕捞渔民减船转产", "水库禁捕"]),
            "退捕渔民安置保障工作，",
            county[0],
            "对退捕渔民逐户建档、逐人落实安置措施。现将安置情况公示如下：",
        )
        hdr = ["序号", "姓名", "身份证号", "原渔船", "家庭住址", "安置方式", "联系电话", "备注"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(5, 16), county, used, age=(30, 65))):
            mode = rng.choice(
                [
                    "公益性岗位（护渔员）",
                    "灵活就业",
                    "自主创业",
                    "纳入城乡居民养老保险",
                    "企业务工",
                    "暂未安置",
                ]
            )
            note = C("")
            if mode == "暂未安置":
                note = C("本人", (p.health, "health"))
            elif rng.random() < 0.15 and R.key == "xiapu":
                note = C("赴台渔工，通行证", (tw_permit(rng), "tw_permit"))
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    id_cell(rng, p, 0.25),
                    C(f"{pf}{rng.randint(1, 99999):05d}"),
                    addr_cell(rng, p),
                    C(mode),
                    mobile_cell(rng, p, 0.3),
                    note,
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        d.para("咨询电话：", office_phone(rng, R), "（", agency, "渔政渔港科）。")
        sign_block(d, agency, dt, used, ["填报人", "负责人"])


# Family 5: 易地扶贫搬迁
def fam_relocation(d, sub, used):
    rng, R = d.rng, d.R
    county = rng.choice(R.counties)
    year = rng.randint(2019, 2023)
    dt = rand_date(rng, year, year)
    site = rng.choice(XIAOQU) + rng.choice(["安置点", "安置区", "集中安置点"])
    site_short = site[:4]
    agency = rng.choice(
        [f"{county[0]}发展和改革局", f"{county[0]}乡村振兴局", f"{county[0]}易地扶贫搬迁工作指挥部"]
    )

    def unit():
        return f"{rng.randint(1, 24)}栋{rng.randint(1, 4)}单元{rng.randint(1, 6) * 100 + rng.randint(1, 6)}室"

    if sub == "allot":
        title = f"{county[0]}易地扶贫搬迁{site}安置房分配结果公示"
        d.line(title)
        d.nl()
        d.para(
            "根据《",
            county[0],
            "易地扶贫搬迁安置房分配办法》，按照“公开、公平、公正”原则，",
            site,
            "安置房已通过现场抽签方式完成分配，现将结果公示如下：",
        )
        hdr = ["序号", "户主", "家庭人口", "迁出地", "安置房号", "面积（㎡）", "备注"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(6, 20), county, used)):
            k = rng.randint(1, 7)
            note = C("")
            if rng.random() < 0.2:
                note = C("户主", (p.health, "health"), "，安排一楼")
            home = C((site_short + unit(), "address")) if rng.random() < 0.4 else C((unit(), "address"))
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    C(str(k)),
                    addr_cell(rng, p, "village"),
                    home,
                    C(str(min(25 * k, 125) if k > 1 else 40)),
                    note,
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        contact_block(d, agency, county, dt, used)
        sign_block(d, agency, dt, used, None)
    elif sub == "order":
        title = f"{site}安置房选房顺序号抽签结果公示"
        d.line(title)
        d.nl()
        d.para(
            cn_date(dt),
            "，在",
            county[0],
            "公证处公证人员及村民代表监督下，",
            site,
            "搬迁户进行了选房顺序抽签。重度残疾、大病户依规优先选择低楼层。抽签结果如下：",
        )
        hdr = ["顺序号", "户主姓名", "身份证号", "迁出村", "人口", "优先情形"]
        rows = []
        ps = new_people(rng, R, rng.randint(8, 24), county, used)
        for i, p in enumerate(ps):
            pri = C("")
            r = rng.random()
            if r < 0.18:
                pri = C("户主", (p.health, "health"))
            elif r < 0.28:
                pri = C(rng.choice(["因残", "因病", "缺劳力"]) + "（类别）")
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    id_cell(rng, p, 0.6),
                    C(p.village),
                    C(str(rng.randint(1, 7))),
                    pri,
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        d.para("公示期5天。对抽签结果有异议的，请向", agency, "反映，电话：", office_phone(rng, R), "。")
        sign_block(d, agency, dt, used, ["监督人（公证员）"])
    else:
        p = new_people(rng, R, 1, county, used, age=(25, 75))[0]
        d.line(f"{county[0]}易地扶贫搬迁旧房拆除协议书")
        d.line(f"编号：{county[2]}拆〔{year}〕{rng.randint(1, 400):03d}号")
        d.nl()
        town = p.town
        lead = official(rng, R, used)
        d.line(f"甲方：{town}人民政府")
        d.line(f"负责人：{lead}")
        d.line(f"地址：{agency_addr(rng, R, county)}")
        d.line("乙方（搬迁户户主）：", (p.name, "name"))
        if rng.random() < 0.5:
            d.line(
                "身份证号码：",
                (p.id, "id_card"),
                "\u3000\u3000联系电话：",
                (fmt_mobile(rng, p.mobile), "mobile"),
            )
        else:
            d.line("身份证号码：", (p.id, "id_card"))
            d.line("联系电话：", (fmt_mobile(rng, p.mobile), "mobile"))
            if rng.random() < 0.5:
                d.line("家庭固定电话：", (private_landline(rng, R), "landline"))
        d.line("旧房地址：", (addr(rng, p, "county"), "address"))
        d.nl()
        d.para(
            "根据《",
            county[0],
            "易地扶贫搬迁旧房拆除复垦实施方案》规定，乙方已搬迁入住",
            site,
            "（房号",
            (unit(), "address"),
            "），经双方协商，达成如下协议：",
        )
        d.para(
            "一、乙方自愿于",
            cn_date(dt + datetime.timedelta(days=30)),
            "前自行拆除旧房",
            str(rng.randint(2, 6)),
            "间（面积",
            str(rng.randint(40, 160)),
            "平方米），并清理宅基地，交由村集体复垦。",
        )
        d.para(
            "二、甲方验收合格后，按每平方米",
            str(rng.choice([100, 150, 200])),
            "元给予拆除奖励，资金打入乙方",
            p.bank,
            "账户",
            (fmt_card(rng, p.card), "bank_card"),
            "。",
        )
        if rng.random() < 0.4:
            d.para(
                "三、乙方家庭成员中",
                (make_unique_name(rng, R, used), "name"),
                "（",
                (p.health, "health"),
                "），甲方协调安排临时救助。",
            )
        d.para("本协议一式三份，甲乙双方及村委会各执一份，自签字之日起生效。")
        d.nl()
        d.line(f"甲方（盖章）：{town}人民政府\u3000\u3000乙方（签字、手印）：", (p.name, "name"))
        d.line(f"见证人（村支书）：{official(rng, R, used)}")
        d.line(cn_date(dt))


def make_unique_name(rng, R, used):
    for _ in range(30):
        n = make_name(rng, R.style, rng.choice("男女"))
        if n not in used:
            used.add(n)
            return n
    return "某甲"


# Family 6: 住房公积金
def fam_fund(d, sub, used):
    rng, R = d.rng, d.R
    county = rng.choice(R.counties)
    year = rng.randint(2019, 2024)
    dt = rand_date(rng, year, year)
    center = f"{R.city}住房公积金管理中心" + (rng.choice([f"{county[0]}管理部", ""]))
    if sub == "collect":
        title = f"{center}关于催收逾期个人住房公积金贷款的公告"
        if rng.random() < 0.4:
            portal_header(d, center, county, dt, None, "城乡建设、环境保护\\城乡建设（含住房）")
        d.line(title)
        d.nl()
        d.para(
            "以下借款人在我中心办理的个人住房公积金贷款已严重逾期，经多次电话、上门及书面催收仍未归还。根据《住房公积金管理条例》",
            "及借款合同约定，现予公告催收。请借款人自本公告发布之日起15日内到我中心归还全部逾期本息，逾期不还的，我中心将依法提起诉讼，",
            "并将逾期信息报送金融信用信息基础数据库。",
        )
        hdr = ["序号", "借款人", "身份证号", "借款合同编号", "逾期期数", "逾期本息（元）", "最后联系地址"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(4, 14), county, used, age=(28, 60))):
            m = rng.random()
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p) if rng.random() < 0.85 else C(mask_name(p.name)),
                    id_cell(rng, p, 0.5),
                    C(
                        f"{rng.choice(['JK', 'GJJ', ''])}{year - rng.randint(3, 10)}{rng.randint(1, 999999):06d}"
                    ),
                    C(str(rng.randint(3, 40))),
                    C(f"{rng.uniform(3000, 180000):,.2f}"),
                    addr_cell(rng, p, rng.choice(["county", "town"])) if m < 0.7 else C(p.town),
                ]
            )
        # make masked-name rows never leave a labelled duplicate: masked rows have no name span
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        d.para("联系电话：", office_phone(rng, R), "（贷款部），", "12329住房公积金服务热线。")
        d.line(" " * 12 + center)
        d.line(" " * 12 + cn_date(dt))
    else:
        p = new_people(rng, R, 1, county, used, age=(25, 58))[0]
        no = f"{R.pfx}公积金追〔{year}〕{rng.randint(1, 60)}号"
        d.line(f"{center}")
        d.line("责令退回违规提取住房公积金通知书")
        d.line(no)
        d.nl()
        d.line((p.name, "name"), "：")
        idtype = rng.random()
        pieces: list[str | tuple[str, str]] = ["经查，你（"]
        if idtype < 0.7:
            pieces += ["公民身份号码：", (p.id, "id_card")]
        elif idtype < 0.8:
            pieces += ["护照号码：", (fix_passport(passport(rng)), "passport")]
        else:
            pieces += [
                "身份证号码：",
                (p.id, "id_card"),
                "，往来港澳通行证：",
                (hk_permit(rng), "hk_macau_permit"),
            ]
        comp = rng.choice(
            [
                f"{county[0]}城市建设投资有限公司",
                "{}{}商贸有限公司".format(R.city[:2], rng.choice(["鑫源", "恒达", "丰泰"])),
            ]
        )
        pieces += [
            "，缴存单位：",
            comp,
            "，个人账号：",
            f"{rng.randint(10, 99)}{rng.randint(0, 10**9 - 1):09d}",
            "）于",
            cn_date(dt - datetime.timedelta(days=rng.randint(90, 700))),
            "以",
            rng.choice(["购买自住住房", "支付房租", "偿还商业贷款"]),
            "为由，提供",
            rng.choice(["虚假购房合同及发票", "伪造的租赁合同", "不实的还款证明"]),
            "提取住房公积金",
            f"{rng.uniform(8000, 90000):,.2f}",
            "元。",
        ]
        d.para(*pieces)
        if rng.random() < 0.5:
            pieces = [
                "你所称之“",
                rng.choice(["因本人", "因配偶"]),
                (p.health, "health"),
                "需支付医疗费”与事实不符。",
            ]
            d.para(*pieces)
        d.para(
            "根据《住房公积金管理条例》第三十八条之规定，责令你自收到本通知之日起30日内将违规提取的资金退回住房公积金账户。",
            "退回资金请汇入住房公积金归集专户，户名：",
            center,
            "，开户行：",
            rng.choice(["中国建设银行", "中国工商银行"]),
            R.city,
            "分行，账号：",
            acct_num(rng),
            "。",
        )
        d.para("逾期不退回的，我中心将依法申请人民法院强制执行，并将相关情况记入个人诚信档案。")
        pieces = ["送达地址：", (addr(rng, p, rng.choice(["full", "county"])), "address"), "。"]
        if rng.random() < 0.6:
            pieces += ["电子送达邮箱：", (private_email(rng, p), "email"), "。"]
        pieces += ["本人联系电话：", (fmt_mobile(rng, p.mobile), "mobile"), "。"]
        d.para(*pieces)
        d.para("联系人：", official(rng, R, used), "，联系电话：", office_phone(rng, R), "。")
        d.line(" " * 12 + center + "（章）")
        d.line(" " * 12 + cn_date(dt))


def acct_num(rng):
    # a corporate account: not a card (no card prefix); 17 or 20 digits
    n = rng.choice([17, 20])
    return rng.choice("1345") + "".join(rng.choice("0123456789") for _ in range(n - 1))


# Family 7: 出租车/网约车
def fam_taxi(d, sub, used):
    rng, R = d.rng, d.R
    county = rng.choice(R.counties)
    year = rng.randint(2019, 2024)
    dt = rand_date(rng, year, year)
    agency = rng.choice(
        [f"{county[0]}交通运输局", f"{county[0]}道路运输管理所", f"{county[0]}交通运输综合行政执法大队"]
    )
    if sub == "revoke":
        title = f"关于注销{county[0]}巡游出租汽车和网络预约出租汽车驾驶员从业资格证的公告"
        if rng.random() < 0.4:
            portal_header(d, agency, county, dt, doc_number(rng, county[2], "交运", year), "工业、交通\\公路")
        d.line(title)
        d.nl()
        d.para(
            "根据《出租汽车驾驶员从业资格管理规定》第四十条等规定，下列人员的出租汽车驾驶员从业资格证予以注销，现予公告。",
            "注销后不得从事出租汽车客运经营服务。",
        )
        hdr = ["序号", "姓名", "从业资格证号", "资格类别", "注销原因"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(4, 16), county, used, age=(25, 62))):
            reason = rng.choice(
                ["持证人死亡", "驾驶证被注销", "本人申请注销", "逾期未换证", "身体原因", "dx"]
            )
            rc = C(reason)
            if reason == "dx":
                rc = C("本人患", (p.health.replace("患", ""), "health"), "，不宜驾驶")
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    id_cell(rng, p, 0.3),
                    C(rng.choice(["巡游出租汽车", "网络预约出租汽车"])),
                    rc,
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        d.para("咨询电话：", office_phone(rng, R), "；交通运输服务监督电话：12328。")
        sign_block(d, agency, dt, used, None)
    else:
        title = rng.choice(
            [f"{agency}行政处罚信息公示（出租汽车/网约车）", f"{county[0]}非法营运车辆查处情况公示"]
        )
        d.line(title)
        d.nl()
        d.para(
            "根据《",
            R.prov,
            "道路运输条例》及《网络预约出租汽车经营服务管理暂行办法》，现将近期作出的行政处罚决定公示如下：",
        )
        hdr = ["行政处罚决定书文号", "当事人", "车牌号", "违法行为", "处罚内容", "处罚日期"]
        rows = []
        comp = "{}{}出租汽车有限公司".format(county[0][:2], rng.choice(["通达", "顺风", "宏运", "万里"]))
        ccode = credit_code(rng, "91", county[1])
        for _ in range(rng.randint(5, 14)):
            dt2 = dt - datetime.timedelta(days=rng.randint(0, 60))
            docno = f"{county[2]}交执罚〔{dt2.year}〕{rng.randint(1, 500)}号"
            if rng.random() < 0.25:
                rows.append(
                    [
                        C(docno),
                        C(comp),
                        C(R.plate + "T" + f"{rng.randint(0, 9999):04d}"),
                        C(rng.choice(["未按规定使用计价器", "车容车貌不符合要求"])),
                        C(f"罚款{rng.choice([200, 500, 1000])}元"),
                        C(fmt_date(rng, dt2, 1)),
                    ]
                )
                continue
            p = new_people(rng, R, 1, county, used, age=(22, 60))[0]
            pl = plate(rng, R, rng.random() < 0.2)
            who = person_cell_name(p) if rng.random() < 0.8 else C(mask_name(p.name))
            rows.append(
                [
                    C(docno),
                    who,
                    C((pl, "license_plate")),
                    C(
                        rng.choice(
                            [
                                "未取得网约车运输证从事网约车经营",
                                "非法从事出租汽车经营（黑车）",
                                "未取得道路运输经营许可擅自从事道路运输经营",
                            ]
                        )
                    ),
                    C(f"罚款{rng.choice([3000, 5000, 10000, 20000, 30000])}元"),
                    C(fmt_date(rng, dt2, 1)),
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        if any(comp in seg_text(r[1], False) for r in rows):
            d.para("注：", comp, "统一社会信用代码为", ccode, "。")
        if rng.random() < 0.6:
            p = new_people(rng, R, 1, county, used, age=(22, 60))[0]
            ticket = ticket_number(rng)
            d.para(
                "典型案例：",
                cn_date(dt),
                "，执法人员在",
                county[0],
                rng.choice(["汽车站", "高铁站", "人民医院门口"]),
                "查获小型轿车（",
                (plate(rng, R), "license_plate"),
                "）驾驶员",
                (p.name, "name"),
                "通过网络平台接单（订单号",
                ticket,
                "）非法营运，当事人住",
                (addr(rng, p, "county"), "address"),
                "，现已依法处理。",
            )
        d.para("举报电话：", office_phone(rng, R), "，12328交通运输服务监督电话。")
        sign_block(d, agency, dt, used, None)


# Family 8: 信用
SHOP = [
    "牛肉面馆",
    "百货商店",
    "农资经营部",
    "五金店",
    "小吃店",
    "手机维修部",
    "建材经营部",
    "烟酒副食店",
    "清真餐厅",
    "汽车修理部",
    "饲料经营部",
    "干鲜果品店",
    "便民超市",
]
SHOP_PRE = ["老", "鑫", "惠民", "顺达", "兴隆", "福源", "金鼎", "阳光", "利民", "和顺", "四季"]


def shop_name(rng, county):
    return county[0] + rng.choice(SHOP_PRE) + rng.choice(["", "记", "家"]) + rng.choice(SHOP)


def fam_credit(d, sub, used):
    rng, R = d.rng, d.R
    county = rng.choice(R.counties)
    year = rng.randint(2020, 2024)
    dt = rand_date(rng, year, year)
    if sub == "repair":
        agency = rng.choice([f"{county[0]}市场监督管理局", f"{county[0]}发展和改革局"])
        title = f"{agency}信用修复申请受理情况公示（{year}年第{rng.randint(1, 12)}批）"
        d.line(title)
        d.nl()
        d.para(
            "根据《失信行为纠正后的信用信息修复管理办法（试行）》，下列市场主体已提交信用修复申请，经审查符合受理条件，现予公示："
        )
        hdr = ["序号", "市场主体名称", "统一社会信用代码", "经营者", "失信信息", "受理日期", "联系电话"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(4, 14), county, used, age=(22, 65))):
            if rng.random() < 0.25:
                rows.append(
                    [
                        C(str(i + 1)),
                        C(
                            county[0][:2]
                            + rng.choice(["众诚", "富民", "丰源"])
                            + rng.choice(["农业科技", "商贸", "建筑劳务"])
                            + "有限公司"
                        ),
                        C(credit_code(rng, "91", county[1])),
                        C("—"),
                        C("未按时公示年度报告"),
                        C(fmt_date(rng, dt - datetime.timedelta(days=rng.randint(0, 20)), 1)),
                        C(office_phone(rng, R) if False else "—"),
                    ]
                )
                continue
            rows.append(
                [
                    C(str(i + 1)),
                    C(shop_name(rng, county)),
                    C(credit_code(rng, "92", county[1])),
                    person_cell_name(p),
                    C(
                        rng.choice(
                            [
                                "被列入经营异常名录（未年报）",
                                "行政处罚（销售过期食品）",
                                "行政处罚（无照经营）",
                                "行政处罚（价格违法）",
                            ]
                        )
                    ),
                    C(fmt_date(rng, dt - datetime.timedelta(days=rng.randint(0, 20)), 1)),
                    mobile_cell(rng, p, 0.5),
                ]
            )
        table(d, hdr, rows, pick_layout(rng, d.pdf), title)
        d.para("公示期为5个工作日。联系电话：", office_phone(rng, R), "；投诉举报：12315。")
        sign_block(d, agency, dt, used, None)
    elif sub == "inform":
        p = new_people(rng, R, 1, county, used, age=(25, 65))[0]
        agency = rng.choice([f"{county[0]}人民法院", f"{county[0]}社会信用体系建设领导小组办公室"])
        d.line("失信联合惩戒告知书")
        d.line(f"{county[2]}信告〔{year}〕{rng.randint(1, 200)}号")
        d.nl()
        d.line((p.name, "name"), "：")
        case = f"（{year - 1}）{PABBR[R.key]}{county[1][2:]}执{rng.randint(1, 2000)}号"
        pieces: list[str | tuple[str, str]] = ["你（"]
        r = rng.random()
        if r < 0.75:
            pieces += ["公民身份号码", (p.id, "id_card")]
        elif r < 0.87:
            pieces += ["护照号码", (fix_passport(passport(rng)), "passport")]
        else:
            pieces += ["往来港澳通行证号码", (hk_permit(rng), "hk_macau_permit")]
        pieces += [
            "，住",
            (addr(rng, p), "address"),
            "）在",
            case,
            "案件中，未履行生效法律文书确定的给付义务",
            f"{rng.uniform(5000, 300000):,.2f}",
            "元，已被依法纳入失信被执行人名单。根据国家发展改革委等部门《关于对失信被执行人实施联合惩戒的合作备忘录》，",
            "现告知你将受到以下联合惩戒措施：限制乘坐飞机、列车软卧；限制高消费；限制担任企业法定代表人及高管等。",
        ]
        d.para(*pieces)
        d.para("你履行义务后，可向", agency, "申请信用修复。如有异议，可自收到本告知书之日起15日内书面提出。")
        pieces = ["你的联系电话", (fmt_mobile(rng, p.mobile), "mobile")]
        if rng.random() < 0.5:
            pieces += ["、电子邮箱", (private_email(rng, p), "email")]
        pieces += ["已登记为送达方式。"]
        d.para(*pieces)
        d.para(
            "联系人：",
            official(rng, R, used),
            "，电话：",
            office_phone(rng, R),
            "，邮箱：",
            gov_mail(rng, R, agency),
            "。",
        )
        d.line(" " * 12 + agency)
        d.line(" " * 12 + cn_date(dt))
    else:
        agency = f"{county[0]}社会信用体系建设领导小组办公室"
        title = f"{county[0]}{year}年第{'一二三四'[rng.randint(0, 3)]}季度诚信“红黑榜”发布"
        if rng.random() < 0.4:
            portal_header(d, agency, county, dt, None, "财政、金融、审计\\社会信用体系建设")
        d.line(title)
        d.nl()
        d.para(
            "为弘扬诚实守信传统美德，根据《",
            county[0],
            "守信联合激励和失信联合惩戒实施办法》，经各成员单位推荐、审核，现发布本季度诚信红黑榜。",
        )
        d.line("一、红榜（诚信个人）")
        hdr = ["序号", "姓名", "所在单位或村", "推荐理由", "推荐单位"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(3, 8), county, used)):
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p),
                    C(p.village if rng.random() < 0.6 else shop_name(rng, county)),
                    C(
                        rng.choice(
                            [
                                "诚信纳税",
                                "拾金不昧",
                                "带头还贷",
                                "诚信经营十余年无投诉",
                                "按时足额支付农民工工资",
                            ]
                        )
                    ),
                    C(rng.choice(["县税务局", "县市场监管局", "县人社局", f"{p.town}人民政府"])),
                ]
            )
        lay = pick_layout(rng, d.pdf)
        table(d, hdr, rows, lay, title)
        d.nl()
        d.line("二、黑榜（失信个人）")
        hdr = ["序号", "姓名", "身份证号", "失信行为", "认定单位", "住址"]
        rows = []
        for i, p in enumerate(new_people(rng, R, rng.randint(3, 9), county, used)):
            rows.append(
                [
                    C(str(i + 1)),
                    person_cell_name(p) if rng.random() < 0.8 else C(mask_name(p.name)),
                    id_cell(rng, p, 0.6),
                    C(
                        rng.choice(
                            [
                                "拒不支付劳动报酬",
                                "失信被执行人",
                                "骗取医保基金",
                                "恶意拖欠电费",
                                "非法集资",
                                "偷逃车辆通行费",
                            ]
                        )
                    ),
                    C(rng.choice(["县人民法院", "县人社局", "县医保局", "县公安局"])),
                    addr_cell(rng, p) if rng.random() < 0.6 else C(p.town),
                ]
            )
        table(d, hdr, rows, lay, None)
        if rng.random() < 0.4:
            p = new_people(rng, R, 1, county, used)[0]
            c = credit_code(rng, "91", county[1])
            d.para(
                "另：",
                county[0][:2],
                rng.choice(["鸿达建筑劳务有限公司", "金土地农业开发有限公司"]),
                "（统一社会信用代码",
                c,
                "，法定代表人",
                (p.name, "name"),
                "）因拖欠农民工工资被列入黑榜。",
            )
        contact_block(d, agency, county, dt, used, "12345")
        sign_block(d, agency, dt, used, None)


FAMILIES = [
    (
        "reservoir",
        fam_reservoir,
        ["roster", "verify", "notice"],
        ["ningxia", "liangshan", "yichang", "xichuan", "baise", "ganzi", "kashgar"],
    ),
    (
        "ranger",
        fam_ranger,
        ["hire", "pay", "dismiss"],
        ["liangshan", "ganzi", "kashgar", "xilingol", "baise", "ningxia", "yichang", "xichuan"],
    ),
    ("grassland", fam_grassland, ["award", "tuigeng", "notice"], None),
    ("fishery", fam_fishery, ["fuel", "relocate"], ["zhoushan", "xiapu", "yichang", "xichuan"]),
    (
        "relocation",
        fam_relocation,
        ["allot", "order", "demolish"],
        ["liangshan", "baise", "ningxia", "kashgar", "ganzi", "yichang"],
    ),
    ("fund", fam_fund, ["collect", "recover"], None),
    ("taxi", fam_taxi, ["revoke", "penalty"], None),
    ("credit", fam_credit, ["repair", "inform", "board"], None),
]
GRASS_REG = {
    "award": ["xilingol", "ganzi", "kashgar", "ningxia"],
    "notice": ["xilingol", "ganzi", "kashgar", "ningxia"],
    "tuigeng": ["ningxia", "liangshan", "baise", "yichang", "xichuan", "kashgar"],
}


# --------------------------------------------------------------------------------------------
# validation
def valid_id(s):
    if len(s) != 18 or s[:6] not in ALL_CODES:
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def valid_id15(s):
    if len(s) != 15 or s[:6] not in ALL_CODES or not s.isdigit():
        return False
    try:
        datetime.date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    except ValueError:
        return False
    return True


def looks_personal(digits):
    if len(digits) == 11 and re.match(r"1[3-9]", digits):
        return True
    if len(digits) == 13 and re.match(r"861[3-9]", digits):
        return True
    if len(digits) in (17, 18) and valid_id((digits + "X")[:18] if len(digits) == 17 else digits):
        return True
    if len(digits) == 15 and valid_id15(digits):
        return True
    return bool(16 <= len(digits) <= 19 and digits.startswith("62") and luhn_ok(digits))


def check_doc(text, spans, region):
    last = 0
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], s
        assert s["start"] >= last, ("overlap", s)
        last = s["end"]
        k, t = s["kind"], s["text"]
        assert t == t.strip() and t, s
        if k != "address":
            assert "\n" not in t, s
        if k == "id_card":
            assert valid_id(t) and t[:6] in region.codes, s
        elif k == "id_card_15":
            assert valid_id15(t) and t[:6] in region.codes, s
        elif k == "bank_card":
            c = t.replace(" ", "")
            assert 16 <= len(c) <= 19 and luhn_ok(c) and c[:6] in CARD_PREFIXES, s
        elif k == "mobile":
            mob = re.sub(r"^(\+86 |86-)", "", t).replace(" ", "").replace("-", "")
            assert re.fullmatch(r"1[3-9]\d{9}", mob), s
        elif k == "address":
            assert t.rstrip()[-1] in "号栋单元室组社屯", s
    # mask labelled spans
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "\x00"
    masked = "".join(chars)
    for m in re.finditer(r"\d(?:[ \-]?\d)*[Xx]?", masked):
        dg = re.sub(r"[ \-]", "", m.group())
        if looks_personal(dg.upper()) or looks_personal(dg.rstrip("Xx")):
            return "accidental:" + m.group()
    flat = masked.replace("\u3000", "").replace(" ", "")
    for s in spans:
        if s["kind"] == "name":
            n = s["text"].replace("\u3000", "").replace(" ", "")
            if n in masked or n in flat:
                return "name-unlabelled:" + n
    return None


def make_doc(seed, i):
    fam_idx = i % len(FAMILIES)
    for attempt in range(60):
        rng = random.Random(f"{seed}-{i}-{attempt}")
        fam, fn, subs, regs = FAMILIES[fam_idx]
        sub = rng.choice(subs)
        if fam == "grassland":
            regs = GRASS_REG[sub]
        R = RMAP[rng.choice(regs or [r.key for r in REGIONS])]
        pdf = rng.random() < 0.25
        d = Doc(rng, R, pdf)
        used: set[str] = set()
        fn(d, sub, used)
        text = d.text()
        err = check_doc(text, d.spans, R)
        if err is None:
            return {"type": "{}.{}{}".format(fam, sub, ".pdf" if pdf else ""), "text": text, "spans": d.spans}
    raise RuntimeError(f"could not draw doc {i}: {err}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=131)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        for num, t in enumerate(DECISIONS, 1):
            print(f"{num}. {t}")
        return
    if not a.out:
        ap.error("-o is required")
    order = list(range(a.docs))
    random.Random(a.seed).shuffle(order)
    docs = [make_doc(a.seed, i) for i in range(a.docs)]
    random.Random(a.seed + 1).shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.stats:
        from collections import Counter

        kc: Counter[str] = Counter()
        tc: Counter[str] = Counter()
        for doc in docs:
            tc[doc["type"].split(".")[0] + (".pdf" if doc["type"].endswith(".pdf") else "")] += 1
            for s in doc["spans"]:
                kc[s["kind"]] += 1
        print(f"docs: {len(docs)}", file=sys.stderr)
        for k, v in sorted(kc.items(), key=lambda x: -x[1]):
            print(f"{k:<16} {v}", file=sys.stderr)
        print("by type:", dict(sorted(tc.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
