#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout55 -- blind evaluation set generator for personal-information detection in
Chinese county-level 政务公开 publications (text as it looks after extraction).

Ten families: 行政处罚决定书(简易程序, 公安治安 / 市场监管), 不予行政处罚决定书, 行政强制措施(查封扣押)
决定书, 人民调解协议书, 劳动人事争议仲裁裁决书, 遗产继承公证公示, 信用修复结果公示, 安置房分配摇号结果公示,
廉租房租赁补贴发放名单 (XLSX saved as CSV), 社区矫正宣告/解除公告.
Six real counties: 浙江淳安县 330127, 山西平遥县 140728, 重庆石柱土家族自治县 500240,
辽宁岫岩满族自治县 210323, 海南琼中黎族苗族自治县 469030, 宁夏同心县 640324.

DECISIONS
1. name = the name of a private natural person where the context shows it is a person: 当事人/违法行为人,
   个体工商户经营者, 企业法定代表人/负责人 (a natural person other than the sanctioned party, hidden under
   浙江 第七条), 委托代理人 (lawyers included: they are not officials), 见证人, 甲方/乙方, 被继承人, 继承人,
   申请人, 名单 entries, 社区矫正对象, co-owners, family members named in prose, signatures of parties.
2. name is NEVER labelled for officials acting in role: 执法人员/办案民警, 调解员/记录人, 仲裁员/书记员,
   公证员, 司法所/社区矫正机构工作人员, 制表人/审核人/联系人 of the publishing office, signing heads.
3. Masked or pseudonymised names are not labelled: 张某, 马某某, 王*, 李**, 方X.  Names inside
   company, shop, village, road or institution names (马家塬村, 老杨家牛肉面馆, 王家大院) are never labelled.
4. A 2-character name padded to table width with a full-width or ASCII space ("王　芳", "马  平") is one
   name span covering both characters and the padding between them.
5. address = a private person's home/residence address (住址, 现住址, 居住地, 户籍地 when it reaches
   house-number level, 生前住址, 送达地址 of a person, 继承的房产坐落, the 房号 of an allocated 安置房,
   the 住址 column of a 名单) when it reaches 号/栋/幢/单元/室/组 level.  The span starts at the first
   address character after the label (province, county or town, whichever comes first) and ends at the
   last character of the finest unit (号/室/组 ...).  A 房号 in a 摇号 list (e.g. "3幢2单元501室") is
   labelled even without the community name because it is the person's new home.
6. Not addresses: village/town-level residence without house number or 组 (同心县韦州镇红城水村),
   company 住所/经营场所, office addresses, 查封 locations of a business, hospital, court, notary office,
   postcodes.
7. health = a specific person's health, injury, disease or disability status: the condition phrase only
   ("左侧第5、6肋骨骨折", "轻微伤", "十级伤残", "肢体残疾二级", "患尿毒症" -> "尿毒症").  It is labelled when
   it is attributed to an individual, even a masked one (被侵害人李某轻微伤).  Generic wording ("受伤",
   "身体不适", "因病死亡" without a diagnosis), 低保/特困 status, 工伤 认定 as a legal status, and death
   itself are not health.  A disability certificate *level* column in a list is health.
8. 罪名, 刑期, 矫正类别 (缓刑/假释/暂予监外执行) are criminal-justice data with no kind here: never labelled.
   The medical reason for 暂予监外执行 (e.g. "尿毒症") IS health.
9. id_card = any full, checksum-valid 18-character 公民身份号码 of a person; id_card_15 = a full 15-digit
   first-generation number.  Masked ids (330127********1234, 6403**********0012) and Excel-mangled ids
   (3.30127E+17) are not labelled.  A leading apostrophe in CSV ('330127...) is outside the span.
10. mobile = an 11-digit private mobile (spaces or hyphens inside it are part of the span).  landline = a
   private person's fixed phone (area code included).  Office phones, 监督/投诉/举报 lines, 12345/12315/12348
   hotlines and notary/arbitration office numbers are never labelled (officials' work contacts are not
   personal data).  Masked phones (139****5678) are not labelled.
11. bank_card = a full Luhn-valid card/account number of a person (spaces inside are part of the span);
   masked (6228****1234) or mangled (6.22848E+18) numbers are not labelled; company accounts do not occur.
12. passport / hk_macau_permit / tw_permit = document numbers of persons (护照 E12345678 / EA1234567;
   往来港澳通行证 C12345678, 港澳居民来往内地通行证 H/M12345678; 台湾居民来往大陆通行证 8 digits).
13. license_plate = a plate of a vehicle in a document about a person (驾驶/扣押 the vehicle), incl.
   "浙A·3K7M2" with the middle dot; 车架号/VIN and engine numbers are not labelled.
14. email = a private person's address; official mailboxes are not labelled.
15. Never labelled near-misses: 文号, 索引号, 统一社会信用代码, 案件/缴款/票据 serial numbers of 18-22 digits,
   执法证号, 不动产权证号, amounts, dates, ages, 性别, 民族, postcodes, area sizes, 摇号顺序号.
16. Wrapped values: when hard wrapping, pdftotext -layout cell wrapping or a quoted multi-line CSV cell
   breaks a value, the value is ONE span from its first to its last character and includes the line
   break and any indentation between the parts (only whitespace ever lies between the parts).  IDs,
   phones and cards may be broken this way; --check removes whitespace before validating.
17. OCR noise: full-width digits in a value are part of the value (checked after NFKC); spaces inserted
   inside a value by OCR are inside the span; labels spaced out ("身 份 证 号") are not labelled.
"""

import argparse
import datetime as _dt
import json
import random
import re
import sys
import unicodedata

# --------------------------------------------------------------------------- data
COUNTIES = [
    dict(
        key="ca",
        prov="浙江省",
        city="杭州市",
        name="淳安县",
        short="淳安县",
        abbr="淳",
        code="330127",
        idcodes=["330127"] * 8 + ["330182", "330122", "330183"],
        area="0571",
        ldig=8,
        lpre=["64", "65", "68"],
        post="311700",
        plate=["浙A"],
        eth=[("汉族", 97), ("畲族", 3)],
        towns=[
            "千岛湖镇",
            "文昌镇",
            "石林镇",
            "临岐镇",
            "威坪镇",
            "姜家镇",
            "梓桐镇",
            "汾口镇",
            "中洲镇",
            "大墅镇",
            "枫树岭镇",
            "里商乡",
            "金峰乡",
            "富文乡",
            "左口乡",
            "屏门乡",
            "瑶山乡",
            "王阜乡",
            "宋村乡",
            "鸠坑乡",
            "浪川乡",
            "界首乡",
            "安阳乡",
        ],
        seat="千岛湖镇",
        streets=[
            "新安东路",
            "新安北路",
            "环湖北路",
            "梦姑路",
            "青溪大道",
            "阳光路",
            "明珠路",
            "南山大道",
            "睦州路",
            "排岭南路",
        ],
        vsuf=["坞村", "源村", "坑村", "村", "口村", "畈村"],
        sur=[
            ("方", 14),
            ("余", 12),
            ("汪", 10),
            ("王", 9),
            ("徐", 8),
            ("邵", 5),
            ("洪", 5),
            ("姜", 4),
            ("鲍", 3),
            ("程", 4),
            ("胡", 4),
            ("叶", 4),
            ("吴", 4),
            ("周", 3),
            ("李", 3),
            ("张", 3),
            ("童", 3),
            ("郑", 2),
            ("柴", 2),
            ("项", 2),
            ("储", 1),
            ("毛", 2),
            ("许", 2),
        ],
        police="淳安县公安局",
        psb=["千岛湖派出所", "威坪派出所", "汾口派出所", "石林派出所"],
        court="淳安县人民法院",
        hosp="淳安县第一人民医院",
    ),
    dict(
        key="py",
        prov="山西省",
        city="晋中市",
        name="平遥县",
        short="平遥县",
        abbr="平",
        code="140728",
        idcodes=["140728"] * 8 + ["140702", "140727", "140781"],
        area="0354",
        ldig=7,
        lpre=["56", "58", "57"],
        post="031100",
        plate=["晋K"],
        eth=[("汉族", 99), ("回族", 1)],
        towns=[
            "古陶镇",
            "段村镇",
            "东泉镇",
            "洪善镇",
            "宁固镇",
            "南政乡",
            "中都乡",
            "岳壁乡",
            "卜宜乡",
            "孟山乡",
            "朱坑乡",
            "襄垣乡",
            "杜家庄乡",
            "香乐乡",
        ],
        seat="古陶镇",
        streets=[
            "南大街",
            "西大街",
            "东大街",
            "北大街",
            "城隍庙街",
            "顺城路",
            "中都东路",
            "新建路",
            "柳根路",
            "下西门街",
        ],
        vsuf=["村", "庄村", "堡村", "家庄村", "头村"],
        sur=[
            ("王", 12),
            ("张", 9),
            ("李", 8),
            ("雷", 5),
            ("侯", 5),
            ("冀", 4),
            ("梁", 5),
            ("郭", 7),
            ("赵", 6),
            ("武", 5),
            ("田", 4),
            ("闫", 4),
            ("范", 3),
            ("史", 3),
            ("温", 3),
            ("任", 3),
            ("贾", 3),
            ("杜", 2),
            ("郝", 3),
            ("宋", 2),
            ("耿", 2),
            ("阎", 2),
            ("薛", 2),
            ("岳", 1),
        ],
        police="平遥县公安局",
        psb=["古陶派出所", "洪善派出所", "段村派出所", "东泉派出所"],
        court="平遥县人民法院",
        hosp="平遥县人民医院",
    ),
    dict(
        key="sz",
        prov="重庆市",
        city="",
        name="石柱土家族自治县",
        short="石柱县",
        abbr="石柱",
        code="500240",
        idcodes=["500240"] * 8 + ["500230", "500233", "500101"],
        area="023",
        ldig=8,
        lpre=["7333", "7335", "7339"],
        post="409100",
        plate=["渝H", "渝A", "渝F"],
        eth=[("土家族", 62), ("汉族", 36), ("苗族", 2)],
        towns=[
            "南宾街道",
            "万安街道",
            "下路街道",
            "西沱镇",
            "悦崃镇",
            "临溪镇",
            "黄水镇",
            "马武镇",
            "沙子镇",
            "王场镇",
            "沿溪镇",
            "龙沙镇",
            "鱼池镇",
            "三河镇",
            "大歇镇",
            "桥头镇",
            "万朝镇",
            "冷水镇",
            "黄鹤镇",
            "枫木镇",
            "中益乡",
            "洗新乡",
            "龙潭乡",
            "三益乡",
            "王家乡",
            "河嘴乡",
            "六塘乡",
            "金竹乡",
            "金铃乡",
        ],
        seat="南宾街道",
        streets=["万寿大道", "城南路", "育才路", "新开路", "民族路", "南宾路", "复兴街", "都督大道"],
        vsuf=["坝村", "湾村", "坪村", "溪村", "村", "岩村"],
        sur=[
            ("谭", 12),
            ("冉", 8),
            ("向", 7),
            ("秦", 6),
            ("马", 6),
            ("陈", 7),
            ("刘", 6),
            ("崔", 4),
            ("隆", 2),
            ("黄", 4),
            ("甘", 2),
            ("罗", 3),
            ("李", 4),
            ("王", 4),
            ("张", 3),
            ("周", 2),
            ("余", 2),
            ("杨", 3),
            ("谢", 2),
            ("彭", 2),
            ("田", 3),
            ("覃", 2),
            ("冯", 2),
            ("熊", 1),
        ],
        police="石柱土家族自治县公安局",
        psb=["南宾派出所", "西沱派出所", "黄水派出所", "悦崃派出所"],
        court="石柱土家族自治县人民法院",
        hosp="石柱土家族自治县人民医院",
    ),
    dict(
        key="xy",
        prov="辽宁省",
        city="鞍山市",
        name="岫岩满族自治县",
        short="岫岩县",
        abbr="岫",
        code="210323",
        idcodes=["210323"] * 8 + ["210381", "210302", "210304"],
        area="0412",
        ldig=7,
        lpre=["78", "77", "79"],
        post="114300",
        plate=["辽C"],
        eth=[("满族", 62), ("汉族", 36), ("朝鲜族", 1), ("蒙古族", 1)],
        towns=[
            "雅河街道",
            "阜昌街道",
            "兴隆街道",
            "偏岭镇",
            "石庙子镇",
            "黄花甸镇",
            "大营子镇",
            "哨子河镇",
            "前营子镇",
            "苏子沟镇",
            "杨家堡镇",
            "三家子镇",
            "药山镇",
            "牧牛镇",
            "洋河镇",
            "大房身镇",
            "朝阳镇",
            "龙潭镇",
            "新甸镇",
        ],
        seat="阜昌街道",
        streets=["中央路", "建设路", "和平路", "站前街", "北环路", "新华街", "玉都路", "雅河路"],
        vsuf=["沟村", "堡村", "甸村", "岭村", "村", "峪村"],
        sur=[
            ("关", 8),
            ("佟", 6),
            ("那", 4),
            ("赵", 7),
            ("王", 9),
            ("于", 6),
            ("富", 3),
            ("吴", 4),
            ("白", 3),
            ("金", 4),
            ("郎", 3),
            ("傅", 3),
            ("刘", 7),
            ("张", 6),
            ("李", 6),
            ("孙", 4),
            ("杨", 3),
            ("宋", 3),
            ("曲", 3),
            ("隋", 3),
            ("鄂", 1),
            ("常", 2),
            ("肖", 2),
        ],
        police="岫岩满族自治县公安局",
        psb=["岫岩镇派出所", "偏岭派出所", "哨子河派出所", "大营子派出所"],
        court="岫岩满族自治县人民法院",
        hosp="岫岩满族自治县中心医院",
    ),
    dict(
        key="qz",
        prov="海南省",
        city="",
        name="琼中黎族苗族自治县",
        short="琼中县",
        abbr="琼中",
        code="469030",
        idcodes=["469030"] * 8 + ["469002", "469001"],
        area="0898",
        ldig=8,
        lpre=["8622", "8623", "8625"],
        post="572900",
        plate=["琼D", "琼A"],
        eth=[("黎族", 52), ("汉族", 38), ("苗族", 10)],
        towns=[
            "营根镇",
            "湾岭镇",
            "黎母山镇",
            "和平镇",
            "长征镇",
            "红毛镇",
            "中平镇",
            "上安乡",
            "什运乡",
            "吊罗山乡",
        ],
        seat="营根镇",
        streets=["海榆中线", "新兴路", "红星路", "营根路", "琼州大道", "加钗路"],
        vsuf=["村", "什村", "村委会番道村", "村委会南村", "村委会新村"],
        sur=[
            ("王", 14),
            ("黄", 9),
            ("符", 8),
            ("陈", 8),
            ("吉", 4),
            ("李", 6),
            ("邢", 3),
            ("卓", 3),
            ("蒋", 2),
            ("盘", 2),
            ("邓", 3),
            ("朱", 3),
            ("林", 4),
            ("钟", 2),
            ("羊", 2),
            ("何", 2),
            ("冯", 2),
            ("吴", 3),
            ("罗", 2),
            ("张", 2),
        ],
        police="琼中黎族苗族自治县公安局",
        psb=["营根派出所", "湾岭派出所", "红毛派出所", "长征派出所"],
        court="琼中黎族苗族自治县人民法院",
        hosp="琼中黎族苗族自治县人民医院",
    ),
    dict(
        key="tx",
        prov="宁夏回族自治区",
        city="吴忠市",
        name="同心县",
        short="同心县",
        abbr="同",
        code="640324",
        idcodes=["640324"] * 8 + ["640302", "640381", "640323"],
        area="0953",
        ldig=7,
        lpre=["80", "60", "81"],
        post="751300",
        plate=["宁C"],
        eth=[("回族", 66), ("汉族", 34)],
        towns=[
            "豫海镇",
            "河西镇",
            "丁塘镇",
            "韦州镇",
            "下马关镇",
            "预旺镇",
            "王团镇",
            "田老庄乡",
            "马高庄乡",
            "张家塬乡",
            "兴隆乡",
        ],
        seat="豫海镇",
        streets=["豫海南街", "豫海北街", "长征街", "文化路", "新区大道", "同德路", "清水河路"],
        vsuf=["塬村", "湾村", "庄村", "沟村", "堡村", "村"],
        sur=[
            ("马", 30),
            ("丁", 7),
            ("杨", 6),
            ("李", 6),
            ("海", 3),
            ("穆", 3),
            ("撒", 2),
            ("金", 3),
            ("虎", 2),
            ("锁", 1),
            ("田", 3),
            ("王", 6),
            ("冶", 1),
            ("拓", 1),
            ("苏", 2),
            ("罗", 2),
            ("白", 2),
            ("张", 4),
            ("何", 2),
            ("周", 1),
            ("纳", 1),
        ],
        police="同心县公安局",
        psb=["豫海派出所", "韦州派出所", "河西派出所", "下马关派出所"],
        court="同心县人民法院",
        hosp="同心县人民医院",
    ),
]
ALL_CODES = set()
for _c in COUNTIES:
    ALL_CODES.update(_c["idcodes"])

COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "慕容",
    "令狐",
    "公孙",
    "夏侯",
    "端木",
    "万俟",
]
GIVEN_M = list(
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆亮成龙林峰振国建文海东志新宏兵德庆春生福永祥贵荣"
)
GIVEN_F = list("芳娜敏静丽艳娟霞秀英华玲燕红梅琴兰凤洁琳雪慧颖倩婷萍莉晶玉珍桂翠莲春云彩")
HUI_GIVEN = [
    "尔撒",
    "哈三",
    "乃麦",
    "阿舍",
    "买买",
    "尕娃",
    "麦志",
    "哈比",
    "海龙",
    "少伏",
    "福祥",
    "成龙",
    "志军",
]
LI_GIVEN_PREFIX = ["亚", "文", "金", "德"]
MANCHU_GIVEN = ["德胜", "福庆", "凤岐", "景春", "玉山", "淑琴", "桂兰", "秀芝"]

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
BINS = [
    ("622848", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622202", 19, "中国工商银行"),
    ("621226", 19, "中国工商银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("436742", 16, "中国建设银行"),
]
BIN_SET = set(b[0] for b in BINS)
MOB_PRE = [
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
    "175",
    "176",
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
    "193",
    "195",
    "198",
    "199",
]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN_NUM = "〇一二三四五六七八九"


def id_check(s17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0


def valid_id18(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if id_check(s[:17]) != s[17]:
        return False
    try:
        _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return s[:6] in ALL_CODES


def cn_date(d):
    y = "".join(CN_NUM[int(c)] for c in str(d.year))

    def n(x):
        if x < 10:
            return "〇一二三四五六七八九"[x] if x else ""
        if x == 10:
            return "十"
        if x < 20:
            return "十" + CN_NUM[x % 10]
        return CN_NUM[x // 10] + "十" + (CN_NUM[x % 10] if x % 10 else "")

    return f"{y}年{n(d.month)}月{n(d.day)}日"


def dw(ch):
    return 2 if ord(ch) > 0x2E7F else 1


def dlen(s):
    return sum(dw(c) for c in s)


# --------------------------------------------------------------------------- segment builder
class B:
    def __init__(self):
        self.segs = []

    def t(self, x):
        if x:
            self.segs.append((x, None))
        return self

    def v(self, x, k):
        if x:
            self.segs.append((x, k))
        return self

    def ext(self, segs):
        self.segs.extend(segs)
        return self

    def nl(self, n=1):
        return self.t("\n" * n)


NOBREAK = set("，。、；：）》”！？,.;:)")


def wrap(segs, width, mode="char", indent=""):
    """hard-wrap; never puts whitespace at a span edge. mode=word keeps ASCII alnum runs together."""
    out = []
    col = 0
    flat = "".join(s for s, _ in segs)
    pos = 0
    for text, k in segs:
        buf = []
        for i, ch in enumerate(text):
            gp = pos + i
            if ch == "\n":
                buf.append(ch)
                col = 0
                continue
            w = dw(ch)
            brk = col + w > width and col > 0 and ch not in NOBREAK
            if (
                brk
                and mode == "word"
                and ch.isascii()
                and ch.isalnum()
                and gp > 0
                and flat[gp - 1].isascii()
                and flat[gp - 1].isalnum()
            ):
                # never split an ASCII run in word mode: the line overflows instead
                brk = False
            if brk:
                if i == 0:
                    out.append(("\n" + indent, None))
                else:
                    buf.append("\n" + indent)
                col = dlen(indent)
            buf.append(ch)
            col += w
        out.append(("".join(buf), k))
        pos += len(text)
    return out


def fullwidth(segs, rng, p=0.5):
    return [(s.translate(FW) if rng.random() < p else s, k) for s, k in segs]


def finish(segs):
    text = []
    spans = []
    pos = 0
    for s, k in segs:
        if k:
            spans.append({"kind": k, "start": pos, "end": pos + len(s)})
        text.append(s)
        pos += len(s)
    return "".join(text), spans


def pagebreak(segs, rng, pageno=2):
    total = sum(len(s) for s, _ in segs)
    acc = 0
    for i, (s, k) in enumerate(segs):
        if k is None and acc > total * rng.uniform(0.35, 0.6) and "\n" in s:
            j = s.index("\n")
            foot = rng.choice(
                [
                    f"\n\n                              — {pageno} —\n\f",
                    f"\n\f{pageno}\n",
                    f"\n\n第 {pageno - 1} 页 共 {pageno} 页\n\f",
                ]
            )
            segs[i] = (s[:j] + foot + s[j + 1 :], None)
            return segs
        acc += len(s)
    return segs


# --------------------------------------------------------------------------- generators of values
class G:
    def __init__(self, rng, C):
        self.r = rng
        self.C = C

    def pick_w(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.uniform(0, tot)
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def eth(self):
        return self.pick_w(self.C["eth"])

    def surname(self):
        if self.r.random() < 0.025:
            return self.r.choice(COMPOUND)
        if self.r.random() < 0.12:
            return self.r.choice(
                [
                    "王",
                    "李",
                    "张",
                    "刘",
                    "陈",
                    "杨",
                    "赵",
                    "黄",
                    "周",
                    "吴",
                    "孙",
                    "朱",
                    "高",
                    "林",
                    "何",
                    "郭",
                ]
            )
        return self.pick_w(self.C["sur"])

    def name(self, sex=None, eth=None, sur=None):
        r = self.r
        sex = sex or r.choice("男女")
        s = sur or self.surname()
        pool = GIVEN_M if sex == "男" else GIVEN_F
        k = self.C["key"]
        if k == "tx" and eth == "回族" and r.random() < 0.25:
            return s + r.choice(HUI_GIVEN)
        if k == "qz" and eth == "黎族" and r.random() < 0.45:
            return s + r.choice(LI_GIVEN_PREFIX) + r.choice(pool)
        if k == "xy" and eth == "满族" and r.random() < 0.15:
            return s + r.choice(MANCHU_GIVEN)
        if len(s) == 2 or r.random() < 0.28:
            return s + r.choice(pool)
        return s + r.choice(pool) + r.choice(pool)

    def official(self):
        return self.name()

    def masked_name(self, n):
        s = n[:2] if n[:2] in COMPOUND else n[0]
        return s + self.r.choice(["某", "某某", "*" * (len(n) - len(s)), "**", "×"])

    def birth(self, lo=1950, hi=2003):
        y = self.r.randint(lo, hi)
        return _dt.date(y, self.r.randint(1, 12), self.r.randint(1, 28))

    def idno(self, b=None, sex=None, code=None):
        b = b or self.birth()
        code = code or self.r.choice(self.C["idcodes"])
        seq = self.r.randint(0, 99) * 10 + self.r.randint(0, 9)
        if sex:
            if (seq % 2 == 1) != (sex == "男"):
                seq = seq + 1 if seq < 999 else seq - 1
        s17 = f"{code}{b:%Y%m%d}{seq:03d}"
        return s17 + id_check(s17)

    def id15(self, b, sex):
        code = self.C["code"]
        seq = self.r.randint(1, 998)
        if (seq % 2 == 1) != (sex == "男"):
            seq += 1
        return f"{code}{b:%y%m%d}{seq:03d}"

    def mask_id(self, i):
        m = self.r.choice([(6, 4), (2, 3), (3, 4), (6, 0), (10, 2), (14, 0)])
        a, b = m
        return i[:a] + "*" * (len(i) - a - b) + (i[-b:] if b else "")

    def mangle(self, digits):
        e = len(digits) - 1
        mant = (digits[0] + "." + digits[1:6]).rstrip("0").rstrip(".")
        return f"{mant}E+{e}"

    def mobile(self):
        return self.r.choice(MOB_PRE) + "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def fmt_mobile(self, m):
        x = self.r.random()
        if x < 0.08:
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if x < 0.12:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        return m

    def mask_mobile(self, m):
        return m[:3] + "****" + m[7:]

    def landline(self, office=False):
        C = self.C
        pre = self.r.choice(C["lpre"])
        rest = "".join(str(self.r.randint(0, 9)) for _ in range(C["ldig"] - len(pre)))
        sep = self.r.choice(["-", "-", "-", "", " "]) if not office else "-"
        return f"{C['area']}{sep}{pre}{rest}"

    def bank(self):
        b, n, bank = self.r.choice(BINS)
        while True:
            d = b + "".join(str(self.r.randint(0, 9)) for _ in range(n - len(b) - 1))
            for c in "0123456789":
                if luhn_ok(d + c):
                    return d + c, bank

    def fmt_bank(self, d):
        if self.r.random() < 0.15:
            return " ".join(d[i : i + 4] for i in range(0, len(d), 4))
        return d

    def plate(self):
        r = self.r
        p = r.choice(self.C["plate"])
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if r.random() < 0.2:
            body = r.choice("DF") + "".join(str(r.randint(0, 9)) for _ in range(5))
        else:
            body = "".join(r.choice(al + "0123456789" * 3) for _ in range(5))
            if not any(c.isdigit() for c in body):
                body = body[:4] + "7"
        return p + ("·" if r.random() < 0.15 else "") + body

    def vin(self):
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "L" + "".join(self.r.choice(al) for _ in range(16))

    def passport(self):
        r = self.r
        if r.random() < 0.5:
            return "E" + "".join(str(r.randint(0, 9)) for _ in range(8))
        return "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(str(r.randint(0, 9)) for _ in range(7))

    def hkmo(self):
        r = self.r
        return r.choice("CHM") + "".join(str(r.randint(0, 9)) for _ in range(8))

    def twp(self):
        return "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def email(self, name=None):
        r = self.r
        u = (
            r.choice(["zhang", "wang", "li", "ma", "ding", "fang", "yu", "tan", "guan", "fu", "xiao", "lin"])
            + r.choice(["", "_", ""])
            + str(r.randint(1, 99999))
        )
        return u + r.choice(["@qq.com", "@163.com", "@126.com", "@sina.com", "@foxmail.com"])

    def village(self, town=None):
        r = self.r
        first = r.choice(list("东西南北上下大小新高石马杨李王黄柳桃杏枣龙青红白金"))
        second = r.choice(list("山河岭林湾泉沟田庄水岩坪坡") + [""])
        return first + second + r.choice(self.C["vsuf"])

    def estate(self):
        r = self.r
        return r.choice(
            [
                "锦绣",
                "阳光",
                "金色",
                "翠苑",
                "东方",
                "和谐",
                "幸福",
                "丽景",
                "湖畔",
                "滨江",
                "世纪",
                "嘉园",
                "新城",
                "玉泉",
                "凤凰",
            ]
        ) + r.choice(["小区", "花园", "家园", "苑", "名都", "华庭", "佳苑"])

    def address(self, lvl=None, prov=None):
        """home address at house-number/组 level"""
        r = self.r
        C = self.C
        head = ""
        x = r.random() if prov is None else (0.0 if prov else 0.9)
        if x < 0.25:
            head = C["prov"] + C["city"] + C["name"]
        elif x < 0.8:
            head = C["name"] if r.random() < 0.8 else C["short"]
        lvl = lvl or r.choice(["urban", "urban", "urban", "rural", "rural", "group"])
        if lvl == "urban":
            town = C["seat"]
            st = r.choice(C["streets"])
            n = r.randint(1, 388)
            y = r.random()
            if y < 0.45:
                return (
                    head
                    + f"{town}{st}{n}号{self.estate()}{r.randint(1, 28)}{r.choice(['幢', '栋', '号楼'])}{r.randint(1, 4)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室"
                )
            if y < 0.7:
                return (
                    head
                    + f"{town}{st}{n}号{r.randint(1, 12)}{r.choice(['幢', '栋'])}{r.randint(1, 6)}0{r.randint(1, 4)}室"
                )
            if y < 0.85:
                return head + f"{town}{st}{n}号"
            return head + f"{town}{st}{n}号附{r.randint(1, 9)}号"
        town = r.choice(C["towns"])
        vil = self.village()
        if lvl == "group":
            g = r.randint(1, 12)
            gs = str(g) if r.random() < 0.5 else "一二三四五六七八九十"[g - 1] if g <= 10 else str(g)
            if r.random() < 0.5:
                return head + f"{town}{vil}{gs}组"
            return head + f"{town}{vil}{gs}组{r.randint(1, 99)}号"
        return head + f"{town}{vil}{r.randint(1, 199)}号"

    def village_addr(self):
        C = self.C
        return self.r.choice([C["name"], ""]) + self.r.choice(C["towns"]) + self.village()

    def biz_addr(self):
        C = self.C
        r = self.r
        return (
            r.choice([C["name"], C["short"], ""])
            + f"{C['seat']}{r.choice(C['streets'])}{r.randint(1, 300)}号"
            + r.choice(["", "一楼", "商铺", f"{r.randint(1, 30)}号商铺", "综合市场内"])
        )

    def orgcode(self, prefix=None):
        r = self.r
        body = prefix or ""
        while len(body) < 8:
            body += r.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY")
        vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
        c9 = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
        return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))

    def credit(self, kind="91"):
        pre = {"91": "MA2", "92": "L", "12": "", "11": "00", "52": ""}.get(kind, "")
        s17 = kind + self.C["code"] + self.orgcode(pre if self.r.random() < 0.7 else None)
        tot = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W))
        return s17 + CC_CHARS[(31 - tot % 31) % 31]

    def company(self):
        r = self.r
        zh = r.choice(
            [
                "鑫源",
                "华盛",
                "恒达",
                "顺发",
                "金泰",
                "永兴",
                "宏远",
                "瑞丰",
                "联创",
                "众诚",
                "利民",
                "德润",
                "天成",
                "嘉禾",
                "老马家",
                "王记",
                "杨氏",
                "方氏",
                "谭家",
                "关东",
            ]
        )
        hy = r.choice(
            [
                "建材",
                "商贸",
                "餐饮管理",
                "农业开发",
                "物流",
                "建筑工程",
                "食品",
                "旅游开发",
                "汽车服务",
                "物业管理",
                "劳务",
                "家具",
                "农资",
                "矿业",
                "牛羊肉食品",
            ]
        )
        return f"{self.C['short'] if r.random() < 0.5 else self.C['name']}{zh}{hy}{r.choice(['有限公司', '有限责任公司', '有限公司', '股份有限公司'])}"

    def shop(self):
        r = self.r
        town = r.choice([self.C["seat"]] + self.C["towns"][:5])
        zh = r.choice(
            ["老马家", "王记", "李家", "鑫盛", "惠民", "平价", "便民", "老杨家", "兴旺", "万家福", "张三"]
        )
        kind = r.choice(
            ["牛肉面馆", "副食品店", "日杂店", "烧烤店", "农资店", "超市", "五金店", "药店", "餐馆", "烟酒店"]
        )
        return f"{self.C['short']}{town}{zh}{kind}"

    def date(self, y0=2022, y1=2025):
        return _dt.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))

    def d(self, d):
        return f"{d.year}年{d.month}月{d.day}日"

    def serial(self, n):
        while True:
            s = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))
            if not (n == 18 and valid_id18(s)) and not luhn_ok(s):
                return s

    def office_tel(self):
        return self.landline(office=True)

    def suoyin(self):
        r = self.r
        c = self.credit("11")
        x = r.random()
        if x < 0.5:
            return f"{c}/{r.randint(2022, 2025)}-{r.randint(1, 99999):05d}"
        if x < 0.8:
            return f"{self.C['code']}{r.randint(1, 99):02d}/{r.randint(2022, 2025)}-{r.randint(1, 9999):05d}"
        return f"{c[:17]}-{r.choice(['01', '02', '05'])}-{r.randint(2022, 2025)}-{r.randint(1, 999):04d}"

    def person(self, lo=1950, hi=2003, sex=None, code=None, sur=None):
        r = self.r
        sex = sex or r.choice("男女")
        eth = self.eth()
        b = self.birth(lo, hi)
        return dict(
            name=self.name(sex, eth, sur),
            sex=sex,
            eth=eth,
            birth=b,
            id=self.idno(b, sex, code),
            addr=self.address(),
            mob=self.mobile(),
            age=2024 - b.year,
        )


INJ = [
    "左侧第5、6肋骨骨折",
    "右桡骨远端骨折",
    "鼻骨骨折",
    "左眼眶内侧壁骨折",
    "头皮裂伤",
    "面部软组织挫伤",
    "左小腿胫骨骨折",
    "腰椎压缩性骨折",
    "右手无名指末节离断",
    "颅脑损伤",
    "左锁骨骨折",
    "多处软组织挫伤",
    "右踝关节扭伤",
    "脾破裂",
]
DIS = [
    "肢体残疾二级",
    "肢体残疾三级",
    "视力残疾一级",
    "听力残疾二级",
    "智力残疾三级",
    "精神残疾二级",
    "言语残疾四级",
    "多重残疾一级",
]
DISEASE = [
    "尿毒症",
    "肺癌",
    "乳腺癌",
    "脑梗塞后遗症",
    "肝硬化",
    "慢性肾衰竭",
    "重度抑郁症",
    "精神分裂症",
    "糖尿病并发症",
    "白血病",
    "冠心病",
    "脑瘫",
]
DEGREE = ["轻微伤", "轻伤二级", "轻伤一级", "十级伤残", "九级伤残", "八级伤残"]


# --------------------------------------------------------------------------- helpers for templates
def lab(g, s, p=0.06):
    if g.r.random() < p:
        return " ".join(s)
    return s


def colon(g):
    return g.r.choice(["：", "：", "：", ":", "： "])


def pad2(g, n):
    """2-char names padded in DOCX tables"""
    if len(n) == 2 and g.r.random() < 0.35:
        return n[0] + g.r.choice(["\u3000", "  ", " "]) + n[1]
    return n


def meta_head(g, b, agency, title):
    """flattened gov-site metadata block"""
    r = g.r
    d = g.date(2023, 2025)
    if r.random() < 0.5:
        b.t(
            f"索引号{colon(g)}{g.suoyin()}\n发布机构{colon(g)}{agency}\n生成日期{colon(g)}{d:%Y-%m-%d}\n"
            f"主题分类{colon(g)}{r.choice(['综合政务', '公安、安全、司法', '市场监管、安全生产监管', '城乡建设、环境保护', '劳动、人事、监察'])}\n"
            f"文号{colon(g)}无\n名称{colon(g)}{title}\n"
        )
        if r.random() < 0.5:
            b.t(f"发布日期：{d:%Y-%m-%d}  浏览次数：{r.randint(10, 3000)}  字号：[ 大 中 小 ]\n")
        b.t("\n")
    return d


def tail_office(g, b, agency, d=None):
    d = d or g.date()
    b.t(
        f"\n\n{' ' * g.r.randint(0, 24)}{agency}\n{' ' * g.r.randint(0, 24)}{cn_date(d) if g.r.random() < 0.5 else g.d(d)}\n"
    )


# --------------------------------------------------------------------------- F1 行政处罚决定书（简易程序）
def f_simple_penalty(g):
    r = g.r
    C = g.C
    b = B()
    pol = r.random() < 0.55
    p = g.person(1960, 2004)
    if pol:
        psb = r.choice(C["psb"])
        agency = C["police"]
        meta_head(g, b, agency, "当场处罚决定书")
        b.t(f"{agency}\n{r.choice(['当 场 处 罚 决 定 书', '当场处罚决定书', '行政处罚决定书（当场）'])}\n")
        b.t(
            f"{C['abbr']}公（{psb[:2]}）{r.choice(['当罚决字', '行罚决字'])}〔{r.randint(2022, 2025)}〕{r.randint(1, 2999):05d}号\n\n"
        )
        pr = B()
        form = r.random()
        if form < 0.5:
            pr.t(f"违法行为人{colon(g)}").v(p["name"], "name").t(
                f"，性别：{p['sex']}，民族：{p['eth']}，出生日期：{g.d(p['birth'])}，"
            )
            pr.t(f"{lab(g, '身份证件种类及号码')}：居民身份证 ").v(p["id"], "id_card").t("，")
            pr.t(f"{r.choice(['现住址', '住址', '户籍所在地'])}：").v(p["addr"], "address").t("，")
            pr.t("联系电话：").v(g.fmt_mobile(p["mob"]), "mobile").t("。\n")
        else:
            pr.t("被处罚人").v(p["name"], "name").t(f"，{p['sex']}，{p['age']}岁，{p['eth']}，")
            pr.t(r.choice(["公民身份号码", "身份证号码", "身份证号"])).v(p["id"], "id_card").t("，")
            pr.t("住").v(p["addr"], "address").t(f"，工作单位：{r.choice(['无', '个体', g.company()])}，")
            pr.t("联系方式").v(g.fmt_mobile(p["mob"]), "mobile").t("。\n")
        d = g.date()
        town = r.choice(C["towns"])
        act = r.random()
        pr.t(f"现查明：{g.d(d)}{r.randint(8, 23)}时许，")
        vict = g.person()
        vm = g.masked_name(vict["name"])
        if act < 0.45:
            pr.t(
                f"在{town}{r.choice(['一烧烤店', '某KTV包厢', '农贸市场', '一棋牌室门口', '集镇街道上'])}内，违法行为人"
            ).v(p["name"], "name")
            pr.t(f"因琐事与{vm}发生争执，并用拳头殴打{vm}面部，致{vm}")
            inj = r.choice(INJ)
            pr.v(inj, "health")
            if r.random() < 0.6:
                pr.t("，经鉴定为").v(r.choice(DEGREE[:2]), "health")
            pr.t("。")
            law = "第五十一条第一款"
            pun = r.choice(["罚款五百元", "行政拘留五日", "罚款二百元"])
        elif act < 0.7:
            pl = g.plate()
            pr.t("违法行为人").v(p["name"], "name").t("驾驶车牌号为").v(pl, "license_plate")
            pr.t(
                f"的{r.choice(['白色小型轿车', '黑色越野车', '三轮摩托车'])}，在{town}{r.choice(['集镇', '村道', '加油站'])}处"
                f"{r.choice(['阻碍执行职务的民警', '违反规定在禁放区域燃放烟花爆竹', '拒不服从现场疏导'])}。"
            )
            law = "第五十条第一款第（二）项"
            pun = r.choice(["警告", "罚款二百元", "罚款伍佰元"])
        else:
            pr.t(
                f"违法行为人在{town}{r.choice(['某小区', '集市', '居民家中'])}内参与赌博，赌资共计人民币{r.randint(2, 40) * 100}元。"
            )
            law = "第七十条"
            pun = r.choice(["罚款五百元", "罚款一千元", "行政拘留三日并处罚款五百元"])
        pr.t(
            f"以上事实有违法行为人的陈述和申辩、{r.choice(['证人证言', '被侵害人陈述', '现场视频'])}等证据证实。\n"
        )
        pr.t(f"根据《中华人民共和国治安管理处罚法》{law}之规定，现决定对违法行为人").v(p["name"], "name").t(
            f"处以{pun}。\n"
        )
        pr.t(
            f"执行方式：{r.choice(['当场收缴罚款。', '被处罚人持本决定书在十五日内到指定银行缴纳罚款，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。', '送' + C['name'] + '拘留所执行。'])}\n"
        )
        pr.t(f"非税收入缴款书编号：{g.serial(r.choice([18, 20]))}\n")
        pr.t(
            f"如不服本决定，可以在收到本决定书之日起六十日内向{C['name']}人民政府申请行政复议，或者在六个月内依法向{C['court']}提起行政诉讼。\n"
        )
        width = r.choice([52, 58, 62, 70, 76])
        b.ext(wrap(pr.segs, width, r.choice(["char", "char", "word"])))
        cops = [g.official(), g.official()]
        b.t(
            f"\n办案民警：{cops[0]}  {cops[1]}    警号：{r.randint(100000, 999999)}  {r.randint(100000, 999999)}\n"
        )
        b.t(f"处罚地点：{psb}\n")
        if r.random() < 0.5:
            b.t(f"被处罚人（签名）：{r.choice(['', '（拒签）', '已签'])}\n")
        tail_office(g, b, f"{agency}{psb}", d)
        if r.random() < 0.3:
            b.t(f"\n（监督电话：{g.office_tel()}；投诉举报：110）\n")
        return b
    # 市场监管
    agency = f"{C['name']}市场监督管理局"
    meta_head(g, b, agency, "当场行政处罚决定书")
    b.t(
        f"{agency}\n{r.choice(['当场行政处罚决定书', '当 场 行 政 处 罚 决 定 书', '行政处罚决定书（简易程序）'])}\n"
    )
    b.t(
        f"{C['abbr']}市监{r.choice(['当罚', '简罚', '罚当'])}〔{r.randint(2022, 2025)}〕{r.randint(1, 300)}号\n\n"
    )
    pr = B()
    ind = r.random() < 0.6
    if ind:
        shop = g.shop()
        pr.t(f"当事人：{shop}\n主体资格证照名称：营业执照\n统一社会信用代码：{g.credit('92')}\n")
        pr.t(f"住所（经营场所）：{g.biz_addr()}\n")
        pr.t("经营者：").v(pad2(g, p["name"]), "name").t("  ")
        pr.t(f"{lab(g, '身份证号码')}：").v(p["id"], "id_card").t("\n")
        if r.random() < 0.5:
            pr.t("家庭住址：").v(p["addr"], "address").t("\n")
        pr.t("联系电话：").v(g.fmt_mobile(p["mob"]), "mobile").t("\n")
    else:
        pr.t("当事人：").v(p["name"], "name").t(
            f"（流动摊贩）  性别：{p['sex']}  出生年月：{p['birth'].year}年{p['birth'].month}月\n"
        )
        pr.t("身份证件号码：").v(p["id"], "id_card").t("\n住址：").v(p["addr"], "address").t("\n")
        if r.random() < 0.5:
            pr.t("联系电话：").v(g.landline(), "landline").t("\n")
        else:
            pr.t("联系电话：").v(p["mob"], "mobile").t("\n")
    d = g.date()
    what = r.choice(
        [
            f"销售的{r.choice(['散装白酒', '预包装饮料', '火腿肠', '方便面'])}已超过保质期，货值金额{r.randint(20, 480)}元",
            "未在经营场所醒目位置悬挂食品经营许可证",
            "使用未经检定的电子计价秤（出厂编号" + g.serial(12) + "）",
            "经营的商品未明码标价",
        ]
    )
    pr.t(f"违法事实：{g.d(d)}，我局执法人员在检查中发现，当事人{what}。")
    pr.t(
        f"上述行为违反了《{r.choice(['中华人民共和国食品安全法', '中华人民共和国计量法', '明码标价和禁止价格欺诈规定'])}》第{r.randint(20, 80)}条的规定。\n"
    )
    pr.t(
        f"处罚依据及内容：依据《中华人民共和国行政处罚法》第五十一条之规定，对当事人作出{r.choice(['警告', '罚款人民币贰佰元整', '罚款人民币伍佰元整（￥500.00）', '罚款一千元并没收违法所得'])}的行政处罚。\n"
    )
    pr.t(
        f"罚款缴纳方式：当事人应自收到本决定书之日起十五日内，持本决定书到{r.choice(['中国农业银行', '浙江农商银行', '中国建设银行'])}各网点缴纳（缴款码：{g.serial(20)}）。\n"
    )
    pr.t(
        f"当事人如不服本行政处罚决定，可在收到本决定书之日起六十日内向{C['name']}人民政府申请行政复议；也可以在六个月内向{C['court']}提起行政诉讼。\n"
    )
    b.ext(wrap(pr.segs, r.choice([48, 56, 64, 72]), r.choice(["char", "word"])))
    e1, e2 = g.official(), g.official()
    b.t(
        f"\n执法人员：{e1}（执法证号：{C['code'][:2]}{r.randint(10000000, 99999999)}）  {e2}（执法证号：{C['code'][:2]}{r.randint(10000000, 99999999)}）\n"
    )
    b.t(f"当事人签收：{r.choice(['', '已签收', '拒签'])}\n")
    tail_office(g, b, agency, d)
    return b


# --------------------------------------------------------------------------- F2 不予行政处罚决定书
def f_no_penalty(g):
    r = g.r
    C = g.C
    b = B()
    agency = r.choice(
        [
            f"{C['name']}市场监督管理局",
            f"{C['name']}综合行政执法局",
            f"{C['name']}交通运输局",
            f"{C['name']}生态环境分局" if C["key"] != "sz" else "重庆市石柱土家族自治县生态环境局",
        ]
    )
    meta_head(g, b, agency, "不予行政处罚决定书")
    layout = r.random() < 0.4
    ind = " " * 18 if layout else ""
    b.t(f"{ind}{agency}\n{ind}{'不 予 行 政 处 罚 决 定 书' if r.random() < 0.5 else '不予行政处罚决定书'}\n")
    b.t(
        f"{ind}{C['abbr']}{r.choice(['市监', '综执', '交执', '环'])}不罚〔{r.randint(2022, 2025)}〕{r.randint(1, 99)}号\n\n"
    )
    comp = r.random() < 0.55
    hb = B()
    if comp:
        co = g.company()
        lr = g.person(1960, 1995)
        if layout:
            hb.t(f"当事人：{co}").t(" " * r.randint(3, 8)).t(f"统一社会信用代码：{g.credit('91')}\n")
            hb.t("法定代表人：").v(lr["name"], "name").t(" " * r.randint(6, 20)).t(f"住所：{g.biz_addr()}\n")
        else:
            hb.t(f"当事人：{co}\n统一社会信用代码：{g.credit('91')}\n住所：{g.biz_addr()}\n")
            hb.t(f"{r.choice(['法定代表人', '负责人', '法定代表人（负责人）'])}：").v(lr["name"], "name").t(
                "\n"
            )
            if r.random() < 0.4:
                hb.t("身份证号码：").v(lr["id"], "id_card").t("\n")
            if r.random() < 0.4:
                hb.t("联系电话：").v(lr["mob"], "mobile").t("\n")
        who = "当事人"
    else:
        p = g.person()
        hb.t("当事人：").v(p["name"], "name").t(
            f"{'  ' if layout else '，'}性别：{p['sex']}{'  ' if layout else '，'}"
        )
        hb.t(f"{lab(g, '身份证号码')}：").v(p["id"], "id_card").t("\n")
        hb.t(r.choice(["住址：", "住所：", "送达地址："])).v(p["addr"], "address").t("\n")
        if r.random() < 0.7:
            hb.t("联系电话：").v(g.fmt_mobile(p["mob"]), "mobile").t("\n")
        if r.random() < 0.15:
            hb.t("电子邮箱：").v(g.email(), "email").t("\n")
        if r.random() < 0.3:
            hb.t("车辆号牌：").v(g.plate(), "license_plate").t("\n")
        who = "当事人"
    b.ext(hb.segs)
    b.t("\n")
    d = g.date()
    pr = B()
    pr.t(
        f"{'    ' if layout else '　　'}{g.d(d)}，本{('局' if '局' in agency else '机关')}执法人员对{who}{r.choice(['经营场所', '施工现场', '车辆', '门店'])}进行检查时发现，"
    )
    pr.t(
        r.choice(
            [
                f"{who}在{r.choice(C['towns'])}主干道两侧擅自设置户外广告牌{r.randint(1, 4)}块",
                f"{who}未按规定公示营业执照，立案编号{g.serial(19)}",
                f"{who}运输车辆未随车携带道路运输证",
                f"{who}销售的农产品未建立进货查验记录，涉案货值{r.randint(50, 900)}元",
            ]
        )
    )
    pr.t("。\n")
    if not comp and r.random() < 0.35:
        pr.t(f"{'    ' if layout else '　　'}另查明，当事人").v(p["name"], "name").t("系").v(
            r.choice(DIS), "health"
        )
        pr.t("人员，家庭生活困难，违法行为系初次发生。\n")
    pr.t(
        f"{'    ' if layout else '　　'}以上事实有现场检查笔录、询问笔录、现场照片等证据证实。{who}的上述行为违反了相关规定。"
    )
    pr.t(
        f"鉴于{who}系首次违法，危害后果轻微，并在责令期限内及时改正，根据《中华人民共和国行政处罚法》第三十三条第一款"
        f"“违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定，本机关决定对{who}不予行政处罚。\n"
    )
    pr.t(
        f"{'    ' if layout else '　　'}如不服本决定，可以在收到本决定书之日起六十日内向{C['name']}人民政府申请行政复议，也可以在六个月内依法向{C['court']}提起行政诉讼。\n"
    )
    if layout:
        b.ext(wrap(pr.segs, r.choice([80, 90, 96]), "char", indent=""))
    else:
        b.ext(wrap(pr.segs, r.choice([50, 60, 72]), r.choice(["char", "word"])))
    tail_office(g, b, agency, d)
    b.t(f"\n（联系人：{g.official()}，联系电话：{g.office_tel()}）\n" if r.random() < 0.5 else "")
    segs = b.segs
    if layout and r.random() < 0.6:
        segs = pagebreak(segs, r)
    nb = B()
    nb.segs = segs
    return nb


# --------------------------------------------------------------------------- table renderers
def tab_rows(b, rows, sep="\t"):
    for row in rows:
        for i, (x, k) in enumerate(row):
            if i:
                b.t(sep)
            b.v(x, k) if k else b.t(x)
        b.t("\n")


def cell_lines(b, rows, blank=False):
    for row in rows:
        for x, k in row:
            b.v(x, k) if k else b.t(x)
            b.t("\n")
        if blank:
            b.t("\n")


def layout_rows(b, rows, widths, last_wrap=None, gap=2):
    """pdftotext -layout: pad by display width; the last column may wrap onto following lines"""
    indent_cols = sum(widths[:-1]) + gap * (len(widths) - 1)
    for row in rows:
        for i, (x, k) in enumerate(row):
            last = i == len(row) - 1
            if last and last_wrap and dlen(x) > last_wrap:
                parts = []
                cur = ""
                for ch in x:
                    if dlen(cur + ch) > last_wrap:
                        parts.append(cur)
                        cur = ""
                    cur += ch
                parts.append(cur)
                joined = ("\n" + " " * indent_cols).join(parts)
                b.v(joined, k) if k else b.t(joined)
            else:
                b.v(x, k) if k else b.t(x)
            if not last:
                b.t(" " * max(1, widths[i] - dlen(x) + gap))
        b.t("\n")


# --------------------------------------------------------------------------- F3 查封扣押决定书
def f_seizure(g):
    r = g.r
    C = g.C
    b = B()
    agency = r.choice(
        [f"{C['name']}市场监督管理局", f"{C['name']}综合行政执法局", f"{C['name']}农业农村局", C["police"]]
    )
    meta_head(g, b, agency, "实施行政强制措施决定书")
    kind = r.choice(["查封", "扣押", "查封（扣押）"])
    b.t(
        f"{agency}\n{r.choice(['实施行政强制措施决定书', '查封（扣押）决定书', '行政强制措施决定书'])}\n（{kind}）\n"
    )
    b.t(
        f"{C['abbr']}{r.choice(['市监', '综执', '农'])}强制〔{r.randint(2022, 2025)}〕{r.randint(1, 150)}号\n\n"
    )
    comp = r.random() < 0.4
    p = g.person(1958, 2002)
    hb = B()
    if comp:
        hb.t(f"当事人：{g.company()}\n统一社会信用代码：{g.credit('91')}\n住所：{g.biz_addr()}\n")
        hb.t("法定代表人：").v(p["name"], "name").t("\n")
        who = "你单位"
    else:
        hb.t("当事人：").v(p["name"], "name").t(
            f"{r.choice(['，', '  '])}性别：{p['sex']}{r.choice(['，', '  '])}民族：{p['eth']}\n"
        )
        hb.t(f"{lab(g, '公民身份号码')}：").v(p["id"], "id_card").t("\n")
        hb.t("住址：").v(p["addr"], "address").t("\n")
        hb.t("联系电话：").v(g.fmt_mobile(p["mob"]), "mobile").t("\n")
        who = "你"
    b.ext(hb.segs)
    d = g.date()
    d2 = d + _dt.timedelta(days=29)
    pr = B()
    veh = r.random() < 0.45
    pl = g.plate() if veh else None
    pr.t(
        f"　　{g.d(d)}，本机关在{r.choice(C['towns'])}{r.choice(['一仓库', '经营门店', '路段', '养殖场'])}检查时发现，{who}涉嫌"
        f"{r.choice(['经营无合法来源证明的冻品', '非法运输砂石', '销售假冒注册商标的白酒', '经营病死畜禽肉', '无证运输烟花爆竹'])}。"
    )
    pr.t(
        f"依据《{r.choice(['中华人民共和国行政强制法', '中华人民共和国食品安全法', '中华人民共和国商标法'])}》第{r.randint(10, 60)}条的规定，本机关决定对{who}的"
    )
    if veh:
        pr.t("车牌号为").v(pl, "license_plate").t(
            f"的{r.choice(['重型自卸货车', '轻型厢式货车', '小型面包车'])}（车辆识别代号：{g.vin()}）及车上物品"
        )
    else:
        pr.t("有关场所、设施或者财物")
    pr.t(f"实施{kind}，期限为{r.choice(['30', '三十'])}日，自{g.d(d)}至{g.d(d2)}。")
    pr.t(f"{kind}的场所、设施或者财物详见《场所/设施/财物清单》（编号：{g.serial(18)}）。\n")
    pr.t(f"　　{kind}物品存放地点：{agency}{r.choice(['暂扣物品仓库', '涉案财物保管室', '停车场'])}。\n")
    pr.t(
        f"　　如不服本决定，可以在收到本决定书之日起六十日内向{C['name']}人民政府申请行政复议，或者在六个月内依法向{C['court']}提起行政诉讼。\n"
    )
    b.ext(wrap(pr.segs, r.choice([54, 62, 70, 78]), r.choice(["char", "word"])))
    # 清单
    b.t("\n场所/设施/财物清单\n")
    hdr = [("序号", None), ("名称", None), ("规格", None), ("数量", None), ("备注", None)]
    rows = [hdr]
    n = r.randint(2, 6)
    for i in range(n):
        nm = r.choice(
            [
                "冻鸡爪",
                "白酒（53%vol 500ml）",
                "烟花爆竹",
                "猪肉",
                "电子秤",
                "河砂",
                "牛肉卷",
                "农药（标签不全）",
            ]
        )
        rows.append(
            [
                (str(i + 1), None),
                (nm, None),
                (r.choice(["箱", "件", "千克", "吨", "台"]), None),
                (str(r.randint(1, 200)), None),
                (r.choice(["", "封存", "待检", "外包装破损"]), None),
            ]
        )
    if veh:
        rows.append([(str(n + 1), None), ("机动车", None), ("辆", None), ("1", None), (pl, "license_plate")])
    st = r.random()
    if st < 0.4:
        tab_rows(b, rows)
    elif st < 0.7:
        cell_lines(b, rows)
    else:
        layout_rows(b, rows, [6, 22, 8, 6, 14])
    # 见证人
    w = g.person(1960, 2000)
    wb = B()
    form = r.random()
    if form < 0.5:
        wb.t("\n见证人：").v(pad2(g, w["name"]), "name").t("    身份证号：").v(w["id"], "id_card").t(
            "    联系电话："
        ).v(w["mob"], "mobile").t("\n")
        if r.random() < 0.5:
            wb.t("见证人住址：").v(w["addr"], "address").t("\n")
    elif form < 0.8:
        wb.t("\n见证人\n姓名\n").v(w["name"], "name").t("\n工作单位或住址\n")
        if r.random() < 0.5:
            wb.v(w["addr"], "address")
        else:
            wb.t(f"{C['name']}{r.choice(C['towns'])}人民政府")
        wb.t("\n联系方式\n").v(w["mob"], "mobile").t("\n")
    else:
        wb.t(f"\n见证人：").v(w["name"], "name").t(
            f"（{r.choice(C['towns'])}{g.village()}村民委员会工作人员），公民身份号码"
        ).v(w["id"], "id_card").t("。\n")
    b.ext(wb.segs)
    if r.random() < 0.4:
        w2 = g.person()
        b.t("当事人（或委托代理人）签名：").v(w2["name"] if r.random() < 0.5 else p["name"], "name").t(
            f"  {g.d(d)}\n"
        )
    e1, e2 = g.official(), g.official()
    b.t(f"执法人员：{e1}、{e2}  执法证号：{r.randint(10000000, 99999999)}、{r.randint(10000000, 99999999)}\n")
    tail_office(g, b, agency, d)
    return b


# --------------------------------------------------------------------------- F4 人民调解协议书
def f_mediation(g):
    r = g.r
    C = g.C
    b = B()
    town = r.choice(C["towns"])
    vil = g.village()
    org = r.choice(
        [
            f"{C['name']}{town}人民调解委员会",
            f"{town}{vil}人民调解委员会",
            f"{C['name']}医疗纠纷人民调解委员会",
            f"{C['name']}道路交通事故纠纷人民调解委员会",
        ]
    )
    if r.random() < 0.3:
        meta_head(g, b, f"{C['name']}司法局", "人民调解协议书")
    b.t(f"{org}\n{r.choice(['人民调解协议书', '人 民 调 解 协 议 书'])}\n")
    b.t(f"编号：（{r.randint(2022, 2025)}）{C['abbr']}{town[:2]}调字第{r.randint(1, 120):03d}号\n\n")
    pa, pb_ = g.person(1955, 2003), g.person(1950, 2005)
    st = r.choice(["cells", "tabs", "prose", "cells"])

    def party(tag, p, comp=False):
        rows = []
        rows.append(
            [
                (tag, None),
                ("姓名", None),
                (pad2(g, p["name"]), "name"),
                ("性别", None),
                (p["sex"], None),
                ("民族", None),
                (p["eth"], None),
            ]
        )
        if r.random() < 0.5:
            rows.append(
                [
                    ("年龄", None),
                    (f"{p['age']}岁", None),
                    ("职业", None),
                    (r.choice(["农民", "个体", "务工", "无业", "退休"]), None),
                ]
            )
        else:
            rows.append(
                [
                    ("出生日期", None),
                    (f"{p['birth']:%Y.%m.%d}", None),
                    ("职业", None),
                    (r.choice(["农民", "个体", "务工", "司机"]), None),
                ]
            )
        rows.append([("身份证号码", None), (p["id"], "id_card")])
        rows.append([("住所地（经常居住地）", None), (p["addr"], "address")])
        if r.random() < 0.2:
            rows.append(
                [("联系电话", None), (p["mob"], "mobile"), ("固定电话", None), (g.landline(), "landline")]
            )
        else:
            rows.append([("联系电话", None), (g.fmt_mobile(p["mob"]), "mobile")])
        return rows

    if st == "prose":
        for tag, p in (("甲方", pa), ("乙方", pb_)):
            b.t(f"{tag}：").v(p["name"], "name").t(
                f"，{p['sex']}，{p['eth']}，{g.d(p['birth'])}出生，身份证号码："
            ).v(p["id"], "id_card")
            b.t("，住").v(p["addr"], "address").t("，电话：").v(p["mob"], "mobile")
            if r.random() < 0.2:
                b.t("，电子邮箱：").v(g.email(), "email")
            b.t("。\n")
            if tag == "乙方" and r.random() < 0.4:
                rl = r.choice(["父", "母", "兄", "妻", "夫", "子", "女"])
                ag = g.person(1950, 1990, sex="女" if rl in "母妻女" else "男")
                b.t("委托代理人：").v(ag["name"], "name").t(f"，系乙方之{rl}，联系电话：").v(
                    ag["mob"], "mobile"
                ).t("。\n")
    else:
        rows = [[("当事人基本情况", None)]] + party("甲方", pa) + party("乙方", pb_)
        if st == "tabs":
            tab_rows(b, rows)
        else:
            cell_lines(b, rows)
    b.t("\n")
    pr = B()
    d = g.date()
    inj = r.sample(INJ, r.randint(1, 2))
    ty = r.random()
    pr.t(f"纠纷主要事实、争议事项：\n　　{g.d(d)}{r.randint(7, 20)}时许，")
    if ty < 0.4:
        pr.t(
            f"甲方驾驶电动自行车在{town}{r.choice(['集镇', '村道', '国道'])}路段行驶时，与步行的乙方发生碰撞，造成乙方"
        )
    elif ty < 0.7:
        pr.t(
            f"甲乙双方因{r.choice(['宅基地界址', '土地承包', '邻里排水', '牲畜毁坏庄稼'])}问题发生口角，继而发生肢体冲突，致乙方"
        )
    else:
        pr.t(f"乙方在甲方承包的{r.choice(['房屋装修', '自建房', '养殖场'])}工地务工时从高处坠落，造成乙方")
    for i, x in enumerate(inj):
        if i:
            pr.t("、")
        pr.v(x, "health")
    pr.t(f"，乙方当即被送往{C['hosp']}住院治疗{r.randint(5, 40)}天")
    if r.random() < 0.55:
        pr.t(f"，经{r.choice(['司法鉴定所', '法医临床鉴定'])}鉴定，乙方的伤情构成").v(
            r.choice(DEGREE), "health"
        )
    pr.t("。双方就赔偿问题协商未果，申请本委员会调解。\n")
    if r.random() < 0.3:
        pr.t("　　另查明，乙方此前患有").v(r.choice(DISEASE), "health").t("，双方对此无异议。\n")
    amt = r.randint(30, 1500) * 100
    pr.t(
        f"经调解，双方自愿达成如下协议：\n　　一、甲方一次性赔偿乙方医疗费、误工费、护理费、营养费等各项损失共计人民币{amt}元（大写：{r.choice(['叁万捌仟陆佰', '壹万贰仟', '伍仟伍佰', '贰拾壹万'])}元整）；\n"
    )
    if r.random() < 0.5:
        card, bank = g.bank()
        pr.t(
            f"　　二、上述款项于{g.d(d + _dt.timedelta(days=r.randint(5, 30)))}前一次性转入乙方{bank}账户（户名："
        ).v(pb_["name"], "name").t("，账号：").v(g.fmt_bank(card), "bank_card").t("）；\n")
    else:
        pr.t("　　二、上述款项于本协议签订之日当场以现金方式支付；\n")
    pr.t(
        "　　三、本协议履行完毕后，双方就此事再无其他纠纷。\n履行方式、时限：见上。\n本协议一式三份，当事人各执一份，人民调解委员会留存一份。\n"
    )
    b.ext(wrap(pr.segs, r.choice([50, 60, 70, 200]), r.choice(["char", "word"])))
    b.t("\n甲方（签名）：").v(pa["name"], "name").t("      乙方（签名）：").v(pb_["name"], "name").t("\n")
    b.t(f"调解员（签名）：{g.official()}    记录人：{g.official()}\n")
    tail_office(g, b, org, d + _dt.timedelta(days=r.randint(1, 20)))
    if r.random() < 0.3:
        b.t(f"\n{C['name']}司法局公共法律服务热线：12348  {g.office_tel()}\n")
    return b


LAWFIRMS = ["律师事务所", "律师事务所", "法律服务所"]


def lawfirm(g):
    C = g.C
    return (
        g.r.choice(
            [
                C["prov"].replace("回族自治区", "").replace("省", "").replace("市", ""),
                C["short"][:-1] if len(C["short"]) <= 4 else C["short"][:2],
                C["city"][:-1] or C["short"][:2],
            ]
        )
        + g.r.choice(["天平", "正义", "明德", "弘信", "众合", "大成", "诚和", "金诚"])
        + g.r.choice(LAWFIRMS)
    )


# --------------------------------------------------------------------------- F5 劳动人事争议仲裁裁决书
def f_arbitration(g):
    r = g.r
    C = g.C
    b = B()
    agency = f"{C['name']}劳动人事争议仲裁委员会"
    html = r.random() < 0.3
    meta_head(g, b, f"{C['name']}人力资源和社会保障局", "仲裁裁决书")
    b.t(f"{agency}\n{r.choice(['仲 裁 裁 决 书', '裁 决 书', '仲裁裁决书'])}\n")
    b.t(
        f"{C['abbr']}劳人仲{r.choice(['案字', '裁字'])}〔{r.randint(2022, 2025)}〕第{r.randint(1, 400)}号\n\n"
    )
    pr = B()
    a = g.person(1965, 2002)
    pr.t("申请人：").v(a["name"], "name").t(
        f"，{a['sex']}，{a['eth']}，{g.d(a['birth'])}出生，{r.choice(['公民身份号码', '身份证号码'])}"
    ).v(a["id"], "id_card")
    pr.t(f"，{r.choice(['住', '户籍地', '现住'])}").v(a["addr"], "address").t("。")
    if r.random() < 0.35:
        pr.t("联系电话：").v(a["mob"], "mobile").t("。")
    if r.random() < 0.1:
        pr.t("电子送达地址：").v(g.email(), "email").t("。")
    pr.t("\n")
    nag = r.randint(0, 2)
    for i in range(nag):
        if i == 0 and r.random() < 0.7:
            pr.t("委托代理人：").v(g.name(), "name").t(f"，{lawfirm(g)}律师。\n")
        else:
            rl = (
                r.choice(["妻子", "丈夫", "父亲", "儿子", "兄", "母亲", "女儿"])
                if a["sex"] == "男"
                else r.choice(["丈夫", "父亲", "儿子", "母亲", "女儿", "姐姐"])
            )
            f = g.person(1960, 2000, sex="女" if rl in ("妻子", "母亲", "女儿", "姐姐") else "男")
            pr.t("委托代理人：").v(f["name"], "name").t(f"，{f['sex']}，系申请人之{rl}，住").v(
                a["addr"] if r.random() < 0.5 else f["addr"], "address"
            ).t("。\n")
    co = g.company()
    pr.t(f"被申请人：{co}，统一社会信用代码{g.credit('91')}，住所地{g.biz_addr()}。\n")
    lr = g.name()
    pr.t(f"{r.choice(['法定代表人', '法定代表人', '负责人'])}：").v(lr, "name").t(
        f"，{r.choice(['总经理', '执行董事', '董事长', '经理'])}。\n"
    )
    if r.random() < 0.7:
        pr.t("委托代理人：").v(g.name(), "name").t(
            f"，{r.choice(['该公司员工', '该公司行政主管', lawfirm(g) + '律师', lawfirm(g) + '实习律师'])}。\n"
        )
    d0 = g.date(2022, 2024)
    dd = d0 + _dt.timedelta(days=r.randint(5, 20))
    pr.t(f"　　申请人").v(a["name"], "name").t(
        f"与被申请人{co}劳动争议一案，本委于{g.d(d0)}立案受理。本委依法组成仲裁庭，于{g.d(dd)}公开开庭进行了审理。"
        f"申请人{'及其委托代理人' if nag else ''}、被申请人的委托代理人到庭参加庭审。本案现已审理终结。\n"
    )
    w1 = r.randint(8, 90) * 1000 + r.randint(0, 999)
    pr.t(
        f"　　申请人请求：1.裁决被申请人支付拖欠的工资{w1:,}元；2.裁决被申请人支付未签订书面劳动合同二倍工资差额{r.randint(5, 60) * 1000}元；"
        f"3.裁决被申请人支付解除劳动合同经济补偿金{r.randint(3, 40) * 1000}.00元。\n"
    )
    injured = r.random() < 0.45
    pr.t(
        f"　　申请人称：申请人于{g.d(g.date(2015, 2022))}入职被申请人处，从事{r.choice(['电焊工', '货车司机', '厨师', '保洁', '仓库管理员', '钢筋工'])}工作，月工资{r.randint(3, 9)}000元。"
    )
    if injured:
        pr.t(f"{g.d(g.date(2022, 2023))}，申请人在工作中受伤，致").v(r.choice(INJ), "health")
        pr.t(
            f"，经{C['city'] or C['prov'][:-1] if C['city'] else C['name']}人力资源和社会保障局认定为工伤，经劳动能力鉴定委员会鉴定为"
        )
        pr.v(r.choice(["九级伤残", "十级伤残", "七级伤残", "伤残八级"]), "health").t("。")
    pr.t("被申请人至今未足额支付工资，故提出仲裁申请。\n")
    pr.t(
        f"　　被申请人辩称：{r.choice(['申请人所述入职时间不属实', '已足额支付申请人工资', '申请人系自动离职'])}，请求驳回申请人的仲裁请求。\n"
    )
    pr.t(
        f"　　经审理查明：…… 以上事实，有劳动合同、工资发放明细（流水号{g.serial(r.choice([18, 19, 20]))}）、考勤记录及当事人陈述等证据在案佐证。\n"
    )
    pr.t(
        f"　　本委认为：……依照《中华人民共和国劳动合同法》第{r.choice(['三十', '四十六', '八十二', '四十七'])}条之规定，裁决如下：\n"
    )
    pr.t(f"　　一、被申请人{co}于本裁决生效之日起十日内支付申请人").v(a["name"], "name").t(
        f"工资{w1:,}元；\n"
    )
    pr.t("　　二、驳回申请人的其他仲裁请求。\n")
    pr.t(
        f"　　{r.choice(['本裁决为终局裁决，自作出之日起发生法律效力。', '当事人如不服本裁决，可自收到本裁决书之日起十五日内向' + C['court'] + '提起诉讼；期满不起诉的，本裁决书发生法律效力。'])}\n"
    )
    if html:
        segs = [(s.replace("\n", " " if r.random() < 0.5 else "") if k is None else s, k) for s, k in pr.segs]
        b.ext(segs)
    else:
        b.ext(wrap(pr.segs, r.choice([56, 64, 72, 80, 1000]), r.choice(["char", "word"])))
    b.t(
        f"\n\n{r.choice(['首席仲裁员', '仲裁员'])}  {g.official()}\n仲 裁 员  {g.official()}\n仲 裁 员  {g.official()}\n"
    )
    tail_office(g, b, agency, dd + _dt.timedelta(days=r.randint(10, 40)))
    b.t(f"书 记 员  {g.official()}\n")
    if r.random() < 0.3:
        b.t(
            f"\n本委地址：{C['name']}{C['seat']}{r.choice(C['streets'])}{r.randint(1, 200)}号  邮编：{C['post']}  电话：{g.office_tel()}\n"
        )
    return b


# --------------------------------------------------------------------------- F6 遗产继承公证公示
REL = ["配偶", "妻子", "丈夫", "长子", "次子", "长女", "次女", "儿子", "女儿", "父亲", "母亲", "三子", "养子"]


def f_inherit(g):
    r = g.r
    C = g.C
    b = B()
    office = r.choice([f"{C['prov']}{C['name']}公证处", f"{C['name']}公证处", f"{C['short']}公证处"])
    meta_head(g, b, office, "继承公证公示")
    b.t(f"{r.choice(['公 示', '公示', '继承公证公示', '关于' + '继承公证事项的公示'])}\n\n")
    dec = g.person(1930, 1968)
    d_death = g.date(2015, 2024)
    heirs = []
    sp = g.person(dec["birth"].year - 3, dec["birth"].year + 5, sex="女" if dec["sex"] == "男" else "男")
    heirs.append(("配偶" if r.random() < 0.5 else ("妻子" if dec["sex"] == "男" else "丈夫"), sp))
    fsur = dec["name"] if dec["sex"] == "男" else sp["name"]
    fsur = fsur[:2] if fsur[:2] in COMPOUND else fsur[0]
    sons = ["长子", "次子", "三子"]
    dtrs = ["长女", "次女", "三女"]
    for i in range(r.randint(1, 4)):
        sx = r.choice("男女")
        c = g.person(
            dec["birth"].year + 20,
            min(dec["birth"].year + 40, 2000),
            sex=sx,
            sur=fsur if r.random() < 0.9 else None,
        )
        lst = sons if sx == "男" else dtrs
        heirs.append((lst.pop(0) if lst else ("儿子" if sx == "男" else "女儿"), c))
    if r.random() < 0.3:
        heirs = heirs[1:]
    pr = B()
    app_d = g.date(2024, 2025)
    pr.t(f"　　{r.choice(['申请人', '继承人'])}").v(heirs[0][1]["name"], "name").t(
        f"等{len(heirs)}人于{g.d(app_d)}向本处申请办理继承公证，现将有关情况公示如下：\n"
    )
    pr.t("　　被继承人：").v(dec["name"], "name").t(f"，{dec['sex']}，{g.d(dec['birth'])}出生，")
    old = dec["birth"].year < 1945 and C["key"] in ("ca", "xy") and r.random() < 0.6
    if old:
        pr.t("身份证号码：").v(g.id15(dec["birth"], dec["sex"]), "id_card_15").t("，")
    else:
        pr.t("公民身份号码：").v(dec["id"], "id_card").t("，")
    pr.t("生前住址：").v(dec["addr"], "address").t(f"。被继承人于{g.d(d_death)}")
    if r.random() < 0.35:
        pr.t(f"因").v(r.choice(DISEASE), "health").t(f"在{C['hosp']}医治无效死亡。")
    else:
        pr.t(f"在{r.choice([C['hosp'], '家中', C['seat']])}死亡。")
    pr.t("\n")
    if r.random() < 0.7:
        pr.t(f"　　被继承人生前与{r.choice(['其配偶', '他人'])}共有位于").v(
            g.address("urban", prov=r.random() < 0.3), "address"
        )
        pr.t(
            f"的房产一套（不动产权证号：{dict(ca='浙', py='晋', sz='渝', xy='辽', qz='琼', tx='宁')[C['key']]}（{r.randint(2016, 2022)}）{C['short'][:-1]}县不动产权第{r.randint(1, 99999):07d}号，建筑面积{r.randint(50, 160)}.{r.randint(10, 99)}平方米）"
        )
        if r.random() < 0.4:
            card, bank = g.bank()
            pr.t(f"及{bank}存款（账号").v(g.fmt_bank(card), "bank_card").t(
                f"，余额{r.randint(1000, 300000)}.{r.randint(10, 99)}元）"
            )
        pr.t("。\n")
    b.ext(wrap(pr.segs, r.choice([56, 66, 76, 1000]), r.choice(["char", "word"])))
    st = r.choice(["list", "tabs", "layout"])
    b.t("\n　　被继承人的法定继承人如下：\n" if st == "list" else "\n继承人情况：\n")

    def docno(c):
        x = r.random()
        if x < 0.07:
            return ("护照号码", g.passport(), "passport", "现居美国")
        if x < 0.12:
            return ("港澳居民来往内地通行证号码", g.hkmo(), "hk_macau_permit", "现居香港")
        if x < 0.16:
            return ("台湾居民来往大陆通行证号码", g.twp(), "tw_permit", "现居台湾省")
        return ("公民身份号码", c["id"], "id_card", None)

    if st == "list":
        for i, (rel, c) in enumerate(heirs):
            lbl, num, kind, note = docno(c)
            pb_ = B()
            pb_.t(f"　　{i + 1}.").v(c["name"], "name").t(f"，{c['sex']}，{g.d(c['birth'])}出生，{lbl}：").v(
                num, kind
            )
            if note:
                pb_.t(f"，{note}")
            else:
                pb_.t("，住").v(c["addr"], "address")
            pb_.t(f"，系被继承人的{rel}；\n")
            b.ext(wrap(pb_.segs, r.choice([60, 72, 1000]), "char"))
    elif st == "tabs":
        tab_rows(
            b,
            [[("序号", None), ("姓名", None), ("与被继承人关系", None), ("证件号码", None), ("住址", None)]],
        )
        rows = []
        for i, (rel, c) in enumerate(heirs):
            lbl, num, kind, note = docno(c)
            rows.append(
                [
                    (str(i + 1), None),
                    (pad2(g, c["name"]), "name"),
                    (rel, None),
                    (num, kind),
                    (c["addr"], "address") if not note else (note, None),
                ]
            )
        tab_rows(b, rows)
    else:
        rows = [[("序号", None), ("姓名", None), ("关系", None), ("证件号码", None), ("住址", None)]]
        for i, (rel, c) in enumerate(heirs):
            lbl, num, kind, note = docno(c)
            rows.append(
                [
                    (str(i + 1), None),
                    (c["name"], "name"),
                    (rel, None),
                    (num, kind),
                    (c["addr"], "address") if not note else (note, None),
                ]
            )
        layout_rows(b, rows, [4, 10, 6, 20, 30], last_wrap=r.choice([20, 26, 30]))
    tb = B()
    dead_parent = r.random() < 0.5
    tb.t(
        f"\n　　被继承人的父母{'均先于被继承人死亡' if dead_parent else '已于' + str(r.randint(1980, 2010)) + '年前死亡'}，被继承人生前无遗嘱，亦未与他人签订遗赠扶养协议。"
    )
    if r.random() < 0.3:
        hx = heirs[-1][1]
        tb.t("继承人").v(hx["name"], "name").t(f"自愿放弃继承权。")
    tb.t(
        f"\n　　如有异议，请自公示之日起{r.choice(['十五', '30', '三十', '15'])}日内以书面形式向本处提出，逾期无异议，本处将依法出具公证书。\n"
    )
    tb.t(
        f"　　联系人：{g.official()}（公证员）    联系电话：{g.office_tel()}\n　　地址：{C['name']}{C['seat']}{r.choice(C['streets'])}{r.randint(1, 200)}号{r.choice(['司法局三楼', '公共法律服务中心', ''])}  邮编：{C['post']}\n"
    )
    b.ext(wrap(tb.segs, r.choice([60, 76, 1000]), "char"))
    tail_office(g, b, office, app_d + _dt.timedelta(days=r.randint(3, 30)))
    return b


# --------------------------------------------------------------------------- F7 信用修复结果公示
def f_credit(g):
    r = g.r
    C = g.C
    b = B()
    agency = r.choice(
        [
            f"{C['name']}发展和改革局",
            f"{C['name']}市场监督管理局",
            f"{C['name']}社会信用体系建设领导小组办公室",
        ]
    )
    meta_head(g, b, agency, "信用修复结果公示")
    batch = r.randint(1, 12)
    y = r.randint(2023, 2025)
    b.t(f"{C['name']}{y}年第{batch}批行政处罚信用修复结果公示\n\n")
    b.ext(
        wrap(
            [
                (
                    f"　　根据《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展和改革委员会令第58号）等规定，经申请人申请、本机关审核，"
                    f"以下{r.randint(3, 20)}家市场主体已完成信用修复，现将修复结果予以公示，公示期{r.choice(['5', '7', '十'])}个工作日。"
                    f"如有异议，请在公示期内向{agency}反映。联系电话：{g.office_tel()}；监督电话：12345。\n\n",
                    None,
                )
            ],
            r.choice([60, 76, 1000]),
        )
    )
    n = r.randint(4, 16)
    rows = []
    hdr = [
        "序号",
        "行政相对人名称",
        "行政相对人类别",
        "统一社会信用代码",
        "法定代表人（负责人/经营者）",
        "处罚决定书文号",
        "修复日期",
    ]
    showid = r.random() < 0.35
    maskid = r.random() < 0.5
    if showid:
        hdr.insert(5, "证件号码")
    for i in range(n):
        ind = r.random() < 0.4
        pp = g.person(1960, 1998)
        nm = g.shop() if ind else g.company()
        cc = g.credit("92" if ind else "91")
        rec = [
            (str(i + 1), None),
            (nm, None),
            ("个体工商户" if ind else "法人及非法人组织", None),
            (cc, None),
        ]
        if r.random() < 0.12:
            rec.append((g.masked_name(pp["name"]), None))
        else:
            rec.append((pp["name"], "name"))
        if showid:
            rec.append((g.mask_id(pp["id"]), None) if maskid else (pp["id"], "id_card"))
        dn = f"{C['abbr']}{r.choice(['市监', '应急', '税', '综执'])}罚〔{y - r.randint(0, 2)}〕{r.randint(1, 400)}号"
        rec.append((dn, None))
        rec.append((f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", None))
        rows.append(rec)
    dlast = _dt.date(y, 12, 28)
    st = r.choice(["tabs", "cells", "csv", "html"])
    H = [(h, None) for h in hdr]
    if st == "tabs":
        tab_rows(b, [H] + rows)
    elif st == "cells":
        cell_lines(b, [H] + rows)
    elif st == "csv":
        csv_rows(b, [H] + rows, g)
    else:
        for row in [H] + rows:
            for i, (x, k) in enumerate(row):
                if i:
                    b.t(r.choice([" ", " ", "  ", "\u00a0"]))
                b.v(x, k) if k else b.t(x)
            b.t(" " if r.random() < 0.3 else "\n")
        b.t("\n")
    tail_office(g, b, agency, dlast)
    return b


def csv_rows(b, rows, g, apos_kinds=("id_card", "bank_card"), ncols=None):
    for row in rows:
        if ncols and len(row) < ncols:
            row = row + [("", None)] * (ncols - len(row))
        for i, (x, k) in enumerate(row):
            if i:
                b.t(",")
            q = any(c in x for c in ',"\n')
            if q:
                b.t('"')
                x = x.replace('"', '""')
            if k in apos_kinds and g.r.random() < 0.5:
                b.t("'")
            b.v(x, k) if k else b.t(x)
            if q:
                b.t('"')
        b.t("\r\n" if g.r.random() < 0.0 else "\n")


# --------------------------------------------------------------------------- F8 安置房分配摇号结果公示
def f_lottery(g):
    r = g.r
    C = g.C
    b = B()
    agency = r.choice(
        [
            f"{C['name']}住房和城乡建设局",
            f"{C['name']}房屋征收与补偿办公室",
            f"{C['name']}{C['seat']}人民政府",
        ]
    )
    meta_head(g, b, agency, "安置房分配摇号结果公示")
    proj = f"{r.choice(['城东', '城西', '老城区', C['seat'][:2], '北关', '河滨'])}{r.choice(['片区棚户区改造', '旧城改造', '易地扶贫搬迁', '征收'])}项目"
    est = g.estate().replace("小区", "") + r.choice(["安置小区", "安置房", "小区"])
    b.t(f"{C['name']}{proj}安置房分配摇号结果公示\n\n")
    d = g.date()
    b.ext(
        wrap(
            [
                (
                    f"　　根据《{C['name']}{proj}房屋征收补偿安置方案》，{agency}于{g.d(d)}在{C['name']}公证处公证员现场监督下，"
                    f"对{est}{r.randint(40, 400)}套安置房进行公开摇号，现将摇号结果公示如下（公示期{g.d(d + _dt.timedelta(days=1))}至{g.d(d + _dt.timedelta(days=7))}）。"
                    f"对公示结果有异议的，请在公示期内向{agency}书面反映。咨询电话：{g.office_tel()}。\n\n",
                    None,
                )
            ],
            r.choice([60, 80, 1000]),
        )
    )
    n = r.randint(6, 30)
    mix_mask = r.random()
    rows = []
    for i in range(n):
        p = g.person(1940, 1995)
        names = [(p["name"], "name")]
        if r.random() < 0.2:
            names.append((g.name(), "name"))
        m = r.random() < mix_mask
        idc = (g.mask_id(p["id"]), None) if m else (p["id"], "id_card")
        bld = r.randint(1, 24)
        room = f"{r.choice(['', 'A区', 'B区', ''])}{bld}{r.choice(['幢', '栋', '号楼', '#楼'])}{r.randint(1, 4)}单元{r.randint(1, 26)}0{r.randint(1, 4)}{r.choice(['室', '室', ''])}"
        if room.endswith("单元") or not room[-1] in "室0123456789":
            room += "室"
        if r.random() < 0.3:
            room = est + room
        rows.append(
            dict(
                no=str(i + 1),
                names=names,
                id=idc,
                pop=str(r.randint(1, 7)),
                area=f"{r.randint(45, 140)}.{r.randint(10, 99)}",
                seq=f"{r.randint(1, n * 2):03d}",
                room=room,
            )
        )
    st = r.choice(["layout", "tabs", "cells", "layout"])
    hdr = ["序号", "被征收人（户主）", "身份证号码", "安置人口", "安置面积(㎡)", "摇号顺序号", "房号"]
    if st == "layout":
        wl = r.choice([14, 18, 22])
        widths = [4, 14, 20, 8, 12, 10, wl]
        b.t(" " * r.randint(10, 30) + "安置房摇号结果名单\n")
        layout_rows(b, [[(h, None) for h in hdr]], widths)
        for row in rows:
            cells = []
            nm = row["names"]
            if len(nm) == 1:
                cells.append(nm[0])
            else:
                cells.append((nm[0][0] + "、" + nm[1][0], "__multi__"))
            line = (
                [(row["no"], None)]
                + cells
                + [
                    row["id"],
                    (row["pop"], None),
                    (row["area"], None),
                    (row["seq"], None),
                    (row["room"], "address"),
                ]
            )
            # expand multi name into two spans
            bb = B()
            layout_rows(bb, [line], widths, last_wrap=wl)
            for s, k in bb.segs:
                if k == "__multi__":
                    a, c = s.split("、")
                    b.v(a, "name").t("、").v(c, "name")
                else:
                    b.v(s, k) if k else b.t(s)
    else:
        H = [(h, None) for h in hdr]
        out = [H]
        for row in rows:
            line = [(row["no"], None)]
            nm = row["names"]
            line.append(nm[0])
            if len(nm) > 1:
                line.append(nm[1])
            line += [
                row["id"],
                (row["pop"], None),
                (row["area"], None),
                (row["seq"], None),
                (row["room"], "address"),
            ]
            out.append(line)
        if st == "tabs":
            tab_rows(b, out)
        else:
            cell_lines(b, out)
    b.t(
        f"\n监督单位：{C['name']}纪委监委派驻第{r.choice(['一', '二', '三', '四'])}纪检监察组    监督电话：{g.office_tel()}\n"
    )
    tail_office(g, b, agency, d + _dt.timedelta(days=1))
    return b


# --------------------------------------------------------------------------- F9 廉租房租赁补贴发放名单 (XLSX->CSV)
def f_rent(g):
    r = g.r
    C = g.C
    b = B()
    y = r.randint(2022, 2025)
    q = r.choice(["第一季度", "第二季度", "第三季度", "第四季度", "上半年", f"{r.randint(1, 12)}月份"])
    cols = [
        "序号",
        "乡镇（街道）",
        "姓名",
        "身份证号码",
        "家庭人口",
        "保障类型",
        "补贴面积（㎡）",
        "月补贴标准（元）",
        "发放月数",
        "补贴金额（元）",
    ]
    opt_bank = r.random() < 0.6
    opt_tel = r.random() < 0.5
    opt_addr = r.random() < 0.5
    opt_note = r.random() < 0.6
    if opt_bank:
        cols += ["开户银行", "银行账号"]
    if opt_tel:
        cols += ["联系电话"]
    if opt_addr:
        cols += ["现住址"]
    if opt_note:
        cols += ["备注"]
    nc = len(cols)
    mangle_ids = r.random() < 0.35
    b.t(f"{C['name']}{y}年{q}廉租住房租赁补贴发放名单" + "," * (nc - 1) + "\n")
    b.t(f"填报单位：{C['name']}住房保障中心" + "," * (nc - 4) + f",单位：元,,\n" if r.random() < 0.5 else "")
    rows = [[(c, None) for c in cols]]
    n = r.randint(8, 40)
    tot = 0
    for i in range(n):
        p = g.person(1940, 1998)
        rec = [
            (str(i + 1), None),
            (r.choice(C["towns"][:6]), None),
            (pad2(g, p["name"]) if r.random() < 0.2 else p["name"], "name"),
        ]
        old15 = p["birth"].year < 1960 and C["key"] in ("ca", "xy") and r.random() < 0.4
        if mangle_ids and r.random() < 0.7:
            rec.append((g.mangle(p["id"]), None))
        elif old15:
            rec.append((g.id15(p["birth"], p["sex"]), "id_card_15"))
        elif r.random() < 0.1:
            rec.append((g.mask_id(p["id"]), None))
        else:
            rec.append((p["id"], "id_card"))
        pop = r.randint(1, 5)
        std = r.choice([8, 10, 12, 15])
        area = r.choice([15, 30, 45, 50])
        mon = r.choice([1, 3, 6])
        amt = area * std * mon if r.random() < 0.7 else std * 10 * mon
        tot += amt
        rec += [
            (str(pop), None),
            (r.choice(["低保", "低收入", "特困", "城镇中等偏下收入", "新就业无房职工"]), None),
            (str(area), None),
            (str(std), None),
            (str(mon), None),
            (f"{amt}" if r.random() < 0.6 else f"{amt:,}.00", None),
        ]
        if opt_bank:
            card, bank = g.bank()
            x = r.random()
            rec.append((bank.replace("中国", "") if r.random() < 0.5 else bank, None))
            if x < 0.25:
                rec.append((g.mangle(card), None))
            elif x < 0.35:
                rec.append((card[:4] + "*" * (len(card) - 8) + card[-4:], None))
            else:
                rec.append((card, "bank_card"))
        if opt_tel:
            x = r.random()
            if x < 0.15:
                rec.append((g.mask_mobile(p["mob"]), None))
            elif x < 0.25:
                rec.append((g.landline(), "landline"))
            elif x < 0.3:
                rec.append((p["mob"] + "/" + g.mobile(), "__2mob__"))
            else:
                rec.append((p["mob"], "mobile"))
        if opt_addr:
            a = g.address(r.choice(["urban", "urban", "rural", "group"]))
            if r.random() < 0.3 and len(a) > 12:
                cut = r.randint(6, len(a) - 4)
                a = a[:cut] + "\n" + a[cut:]
            if r.random() < 0.12:
                rec.append((g.village_addr(), None))
            else:
                rec.append((a, "address"))
        if opt_note:
            x = r.random()
            if x < 0.25:
                rec.append((r.choice(DIS), "health"))
            elif x < 0.35:
                rec.append((f"患{r.choice(DISEASE)}", "__dis__"))
            elif x < 0.45:
                rec.append(("新增", None))
            elif x < 0.5:
                rec.append(("停发（已购房）", None))
            else:
                rec.append(("", None))
        rows.append(rec)
    # csv encode with special kinds
    for row in rows:
        for i, (x, k) in enumerate(row):
            if i:
                b.t(",")
            q_ = any(c in x for c in ',"\n')
            if q_:
                b.t('"')
            if k in ("id_card", "id_card_15", "bank_card") and r.random() < 0.5:
                b.t("'")
            if k == "__2mob__":
                m1, m2 = x.split("/")
                b.v(m1, "mobile").t("/").v(m2, "mobile")
            elif k == "__dis__":
                b.t("患").v(x[1:], "health")
            else:
                b.v(x, k) if k else b.t(x)
            if q_:
                b.t('"')
        b.t("\n")
    b.t("合计," + "," * 8 + f"{tot}" + "," * (nc - 10) + "\n")
    b.t(f"制表人：{g.official()},,,审核人：{g.official()},,,负责人：{g.official()}" + "," * (nc - 7) + "\n")
    b.t(f"联系电话：{g.office_tel()}" + "," * (nc - 1) + "\n")
    return b


# --------------------------------------------------------------------------- F10 社区矫正宣告/解除公告
CRIMES = [
    "危险驾驶罪",
    "盗窃罪",
    "故意伤害罪",
    "交通肇事罪",
    "非法采矿罪",
    "帮助信息网络犯罪活动罪",
    "开设赌场罪",
    "滥伐林木罪",
    "非法狩猎罪",
    "诈骗罪",
    "寻衅滋事罪",
    "掩饰、隐瞒犯罪所得罪",
    "失火罪",
    "拒不支付劳动报酬罪",
]
CTYPE = ["缓刑", "缓刑", "缓刑", "假释", "暂予监外执行", "管制"]


def f_correction(g):
    r = g.r
    C = g.C
    b = B()
    agency = f"{C['name']}司法局"
    meta_head(g, b, agency, "社区矫正公告")
    rel = r.random() < 0.5
    single = r.random() < 0.55
    b.t(
        f"{agency}\n{'社区矫正对象解除矫正公告' if rel else '社区矫正宣告公告'}\n（{r.randint(2022, 2025)}）第{r.randint(1, 60)}号\n\n"
    )
    if single:
        p = g.person(1960, 2003)
        ct = r.choice(CTYPE)
        crime = r.choice(CRIMES)
        d1 = g.date(2021, 2024)
        pr = B()
        pr.t("　　社区矫正对象").v(p["name"], "name").t(f"，{p['sex']}，{p['eth']}，{g.d(p['birth'])}出生，")
        if r.random() < 0.45:
            pr.t("身份证号码").v(p["id"], "id_card").t("，")
        if r.random() < 0.5:
            pr.t(f"户籍地{g.village_addr()}，")
        if r.random() < 0.6:
            pr.t("居住地").v(p["addr"], "address").t("，")
        else:
            pr.t(f"居住地{g.village_addr()}，")
        pr.t(
            f"因犯{crime}于{g.d(d1)}被{r.choice([C['court'], C['city'] + '中级人民法院' if C['city'] else C['court']])}判处"
        )
        if ct == "缓刑":
            pr.t(
                f"有期徒刑{r.choice(['六个月', '一年', '八个月', '一年六个月', '二年'])}，缓刑{r.choice(['一年', '一年六个月', '二年', '三年'])}"
            )
        elif ct == "假释":
            pr.t(
                f"有期徒刑{r.choice(['三年', '四年六个月', '五年'])}，{g.d(d1 + _dt.timedelta(days=700))}经裁定假释"
            )
        elif ct == "暂予监外执行":
            pr.t(f"有期徒刑{r.choice(['一年', '二年', '三年'])}，因患").v(r.choice(DISEASE), "health").t(
                "被决定暂予监外执行"
            )
        else:
            pr.t(f"管制{r.choice(['六个月', '一年'])}")
        pr.t(
            f"，{'并处罚金人民币' + str(r.randint(1, 50) * 1000) + '元，' if r.random() < 0.5 else ''}社区矫正期限自{g.d(d1 + _dt.timedelta(days=10))}起至{g.d(d1 + _dt.timedelta(days=10 + 365 * r.randint(1, 3)))}止。"
        )
        if rel:
            pr.t(
                f"该社区矫正对象在社区矫正期间，认真遵守法律法规及社区矫正监督管理规定，服从管理，矫正期满，依法解除社区矫正。\n"
            )
        else:
            pr.t(
                f"依照《中华人民共和国社区矫正法》第二十二条之规定，由{C['name']}{r.choice(C['towns'])}司法所负责日常监督管理，现予宣告。\n"
            )
        if r.random() < 0.3:
            pr.t("　　其监护人/保证人").v(g.name(), "name").t("，联系电话").v(g.mobile(), "mobile").t("。\n")
        pr.t(f"　　特此公告。\n")
        b.ext(wrap(pr.segs, r.choice([56, 70, 80, 1000]), r.choice(["char", "word"])))
        if r.random() < 0.4:
            b.t(f"\n　　社区矫正工作人员：{g.official()}    联系电话：{g.office_tel()}\n")
    else:
        b.ext(
            wrap(
                [
                    (
                        f"　　根据《中华人民共和国社区矫正法》及其实施办法的规定，以下社区矫正对象{'矫正期满，依法解除社区矫正' if rel else '已于' + g.d(g.date()) + '宣告接受社区矫正'}，现予公告。\n\n",
                        None,
                    )
                ],
                r.choice([60, 1000]),
            )
        )
        hdr = ["序号", "姓名", "性别", "出生年月", "罪名", "原判刑罚", "矫正类别", "矫正期限", "执行地司法所"]
        rows = [[(h, None) for h in hdr]]
        for i in range(r.randint(3, 14)):
            p = g.person(1960, 2003)
            ct = r.choice(CTYPE)
            nm = (g.masked_name(p["name"]), None) if r.random() < 0.15 else (pad2(g, p["name"]), "name")
            pen = {
                "缓刑": r.choice(
                    [
                        "有期徒刑一年，缓刑一年六个月",
                        "拘役三个月，缓刑四个月",
                        "有期徒刑十个月，缓刑一年",
                        "有期徒刑三年，缓刑四年",
                    ]
                ),
                "假释": r.choice(["有期徒刑三年", "有期徒刑五年六个月", "有期徒刑四年"]),
                "管制": r.choice(["管制六个月", "管制一年"]),
                "暂予监外执行": r.choice(["有期徒刑一年", "有期徒刑二年六个月"]),
            }[ct]
            d1 = g.date(2021, 2024)
            rows.append(
                [
                    (str(i + 1), None),
                    nm,
                    (p["sex"], None),
                    (f"{p['birth'].year}.{p['birth'].month:02d}", None),
                    (r.choice(CRIMES), None),
                    (pen, None),
                    (ct, None),
                    (f"{d1:%Y.%m.%d}-{d1.year + r.randint(1, 3)}.{d1:%m.%d}", None),
                    (r.choice(C["towns"])[:-1] + "司法所", None),
                ]
            )
        st = r.choice(["tabs", "cells", "layout"])
        if st == "tabs":
            tab_rows(b, rows)
        elif st == "cells":
            cell_lines(b, rows)
        else:
            layout_rows(b, rows, [4, 8, 4, 8, 16, 30, 12, 22, 14])
    tail_office(g, b, agency)
    return b


FAMILIES = [
    ("行政处罚决定书（简易程序）", f_simple_penalty),
    ("不予行政处罚决定书", f_no_penalty),
    ("行政强制措施（查封扣押）决定书", f_seizure),
    ("人民调解协议书", f_mediation),
    ("劳动人事争议仲裁裁决书", f_arbitration),
    ("遗产继承公证公示", f_inherit),
    ("信用修复结果公示", f_credit),
    ("安置房分配摇号结果公示", f_lottery),
    ("廉租房租赁补贴发放名单", f_rent),
    ("社区矫正宣告/解除公告", f_correction),
]


def ocr_noise(segs, rng):
    """full-width digits in some segments; spaces inside some unlabelled words"""
    out = []
    for s, k in segs:
        if rng.random() < 0.35:
            s = s.translate(FW)
        out.append((s, k))
    return out


def make_doc(rng, i):
    C = COUNTIES[rng.randrange(len(COUNTIES))]
    g = G(rng, C)
    fam, fn = FAMILIES[i % len(FAMILIES)]
    b = fn(g)
    segs = b.segs
    if fam not in ("廉租房租赁补贴发放名单",) and rng.random() < 0.08:
        segs = ocr_noise(segs, rng)
    # merge: drop empty segs
    segs = [(s, k) for s, k in segs if s]
    text, spans = finish(segs)
    return {"type": fam, "text": text, "spans": spans}


# --------------------------------------------------------------------------- check
def norm(s):
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", s))


def check_span(kind, val):
    v = norm(val)
    if kind == "id_card":
        return valid_id18(v.upper())
    if kind == "id_card_15":
        if not re.fullmatch(r"\d{15}", v):
            return False
        try:
            _dt.date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
        except ValueError:
            return False
        return v[:6] in ALL_CODES
    if kind == "bank_card":
        return bool(re.fullmatch(r"\d{16,19}", v)) and luhn_ok(v) and v[:6] in BIN_SET
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", v.replace("-", "")))
    if kind == "landline":
        return bool(re.fullmatch(r"0\d{2,3}-?\d{7,8}", v))
    if kind == "email":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v))
    if kind == "passport":
        return bool(re.fullmatch(r"E[A-HJ-NP-Z\d]\d{7}", v))
    if kind == "hk_macau_permit":
        return bool(re.fullmatch(r"[CHM]\d{8}", v))
    if kind == "tw_permit":
        return bool(re.fullmatch(r"\d{8}|T\d{8}", v))
    if kind == "license_plate":
        return bool(re.fullmatch(r"[浙晋渝辽琼宁][A-Z]·?[A-Z0-9]{5,6}", v))
    if kind == "address":
        return bool(re.search(r"([号栋幢元室组]|单元\d{3,4})$", v))
    if kind == "name":
        return 2 <= len(v) <= 5 and all("\u4e00" <= c <= "\u9fff" for c in v)
    if kind == "health":
        return len(v) >= 2
    return False


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


def do_check(path):
    bad = 0
    counts = {k: 0 for k in KINDS}
    nd = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            d = json.loads(line)
            nd += 1
            t = d["text"]
            prev = 0
            for sp in d["spans"]:
                s, e, k = sp["start"], sp["end"], sp["kind"]
                msg = None
                if k not in counts:
                    msg = "unknown kind"
                elif not (0 <= s < e <= len(t)):
                    msg = "range"
                elif s < prev:
                    msg = "unsorted/overlap"
                elif t[s].isspace() or t[e - 1].isspace():
                    msg = "space at edge"
                elif not check_span(k, t[s:e]):
                    msg = "invalid value"
                if msg:
                    bad += 1
                    if bad < 30:
                        print(f"line {ln}: {msg}: {k} {t[max(0, s) : e]!r}")
                else:
                    counts[k] += 1
                prev = e
    for k in KINDS:
        print(f"{k:16s} {counts[k]}")
    print(f"docs {nd}  problems {bad}")
    return 1 if bad else 0


def decisions():
    doc = __doc__
    i = doc.index("DECISIONS")
    return doc[i:].rstrip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=269)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(decisions())
        return 0
    if a.check:
        return do_check(a.check)
    if not a.out:
        ap.error("-o required")
    rng = random.Random(a.seed)
    order = list(range(a.docs))
    docs = []
    for i in order:
        docs.append(make_doc(rng, i))
    rng.shuffle(docs)
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.stats:
        per_kind = {k: 0 for k in KINDS}
        per_type = {}
        size = 0
        for d in docs:
            per_type[d["type"]] = per_type.get(d["type"], 0) + 1
            size += len(json.dumps(d, ensure_ascii=False).encode()) + 1
            for sp in d["spans"]:
                per_kind[sp["kind"]] += 1
        print(f"docs {len(docs)}  bytes {size}  spans {sum(per_kind.values())}")
        for t, n in per_type.items():
            print(f"  {t}: {n}")
        for k in KINDS:
            print(f"  {k:16s} {per_kind[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
