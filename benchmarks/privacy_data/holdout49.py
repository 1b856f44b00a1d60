#!/usr/bin/env python3
# ruff: noqa: B007, B905, C408, E401, E501, E741, F541, F841, I001, RUF005, RUF034, SIM108, SIM115, UP030, UP032
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""Blind holdout set h49: county/township 政务公开 documents with gold PII spans.

Counties: 兴国县 (江西赣州), 平乡县 (河北邢台), 清涧县 (陕西榆林), 巫溪县 (重庆),
屏边苗族自治县 (云南红河), 夏河县 (甘肃甘南).  Standard library only; deterministic per --seed
(document i uses random.Random(f"{seed}-{i}")).

Usage:
    python holdout49.py --docs 400 --seed 233 -o set.jsonl [--stats]
    python holdout49.py --check set.jsonl [--stats]
    python holdout49.py --decisions

DECISIONS
1. Officials acting in their role (局长, 经办人, 审核人, 村支书/村主任/村会计 signing 公示, 调解员, 承办人,
   执法人员, 联系人 of an office, 验收组成员) are NOT labelled: name, office phone, office mobile given as a
   work contact, office mailbox. The same person type is labelled when acting privately (a 村干部 who is
   himself an applicant, or appears as a household member on a roster).
2. Office hotlines, 监督电话, 12345, 12349, 信访 phone numbers, 政务邮箱 and postcodes are not labelled.
3. Masked values of any kind (138****1234, 360732********123X, 钟*华, 钟某某, 张某, 6228****1234,
   addresses cut to the village) are never labelled, even when the unmasked part still narrows the person.
   A partially masked document therefore contains labelled and unlabelled values of the same kind.
4. Honorifics and partial references (钟先生, 李女士, 白老, 老杨, 才让师傅, 刘某) are not labelled; only a
   full name (surname + given name, or a complete Tibetan/Miao/Yao personal name) is labelled.
5. Surnames or full names inside place names (王家庄村, 袁家沟村, 李家塔镇), company and 个体工商户 trade
   names (兴国县钟氏劳务有限公司, 平乡县张建军自行车配件门市) are not labelled. The 经营者 written separately
   as a person is labelled.
6. Relatives and household members (配偶, 子女, 监护人, 共同借款人, 申领人, 家属) are private persons: their
   names, IDs, phones and cards are labelled. Deceased persons on 殡葬 rosters are labelled likewise
   (their data still harms the family); 烈士 named as the honoured martyr on 优抚 rosters are NOT labelled
   (published on purpose by the state), their living 遗属 are.
7. Lawyers and 法律服务工作者 acting as agents: name and law-firm phone/address not labelled (professional
   role, published on purpose); a personal mobile written for them is labelled as mobile.
8. Legal representatives (法定代表人/负责人) of a company party in a penalty are not labelled as name (public
   registry data); their ID number or mobile if written is labelled. A natural-person party (个体户 too) is
   labelled in full.
9. Home address = where a private person lives (户籍地/现住址/送达地址 of a private person, a 易地搬迁 安置房
   unit, a 危房 house). Labelled only when it reaches 号/栋/单元/室/组 level; the Chongqing/Gansu term 社 and
   the Yunnan 村民小组/小组 count as 组 level. Village-level only (长冈乡塘石村) is not labelled. The span runs
   from the first administrative element written (province, county, township or village, whichever comes
   first) to the last unit character; a leading 住/住址 word is outside. Office, company, school and 安置点
   names without a unit are not labelled.
10. Wrapped values: when a value is broken by a newline inside one cell (one-cell-a-line PDF extraction,
   hard-wrapped prose) the span covers the whole value including the inner newline. When pdftotext
   -layout splits an address cell over two lines with other columns between, each fragment is labelled
   as a separate address span.
11. 残疾人证号 (20 characters = 18-digit ID + category digit + grade digit): the first 18 characters are
   labelled id_card; the two trailing digits are not labelled.
12. Health: disability category (肢体, 视力, 精神 ...) and combined wording (肢体二级, 二级肢体残疾) are labelled;
   a bare grade in its own column (二级, 3) is not. Diagnoses, injuries (左小腿骨折), positive or abnormal
   screening findings (HPV16型阳性, TSH增高, 听力初筛未通过, BI-RADS 4A类) and causes of death (肺癌) are
   labelled; normal/negative results (未见异常, 阴性, 通过) and generic categories (因病致贫, 带病回乡退伍军人,
   重度残疾人) are not.
13. 统一社会信用代码, 组织机构代码, 文号, 索引号, 工单号, 案号, 合同号 are not labelled even when 18 digits or
   Luhn-valid; 18-digit work orders that fail the GB 11643 check are deliberate near-misses.
14. Dates of birth, ages, amounts, areas, vote counts are not labelled (not a kind of the scheme).
15. 某某 placeholders and template rows (姓名：________) are not labelled.
16. A minor's name on a 学生资助 list is labelled like any private person; the school name is not.
17. A private builder or 包工头 (施工负责人 of a 危房 house, 班组长 on a pay list) is a private person: labelled.
18. A 15-digit ID (old 一代证) is labelled id_card_15; county codes are those valid when issued
   (兴国 362133, 巫溪 511227 before the reforms).
19. License plates of private vehicles (parties in 超限/交通 penalties) are labelled with the separator dot.
20. Signature lines (签字：钟华) on pay lists and minutes hold the private person's name: labelled.
"""

import argparse, json, random, re, sys, datetime, collections


# ----------------------------------------------------------------- helpers
def dw(s):
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


class Doc:
    def __init__(self):
        self.segs = []

    def t(self, *xs):
        for x in xs:
            if x:
                self.segs.append((x, None))
        return self

    def v(self, kind, x):
        if x:
            self.segs.append((x, kind))
        return self

    def r(self, rich):
        for x, k in rich:
            if x:
                self.segs.append((x, k))
        return self

    def nl(self, n=1):
        self.segs.append(("\n" * n, None))
        return self

    def line(self, *rich_or_str):
        for it in rich_or_str:
            if isinstance(it, str):
                self.t(it)
            else:
                self.r(it)
        return self.nl()

    def build(self):
        out, spans, pos = [], [], 0
        for x, k in self.segs:
            if k:
                a, b = pos, pos + len(x)
                while a < b and x[a - pos].isspace():
                    a += 1
                while b > a and x[b - pos - 1].isspace():
                    b -= 1
                if b > a:
                    spans.append({"kind": k, "start": a, "end": b})
            out.append(x)
            pos += len(x)
        return "".join(out), spans


def R(x, k=None):
    return [(x, k)]


def rtext(rich):
    return "".join(x for x, _ in rich)


def wrap_rich(rich, width):
    """insert newlines every `width` chars; newline inherits the kind only inside one segment."""
    chars = []
    for si, (x, k) in enumerate(rich):
        for ch in x:
            chars.append((ch, si, k))
    if len(chars) <= width:
        return rich
    out = []
    for i, c in enumerate(chars):
        if i and i % width == 0:
            prev, nxt = chars[i - 1], c
            if prev[1] == nxt[1] and prev[2]:
                out.append(("\n", prev[1], prev[2]))
            else:
                out.append(("\n", -1 - i, None))
        out.append(c)
    res = []  # type: ignore[var-annotated]
    for ch, si, k in out:
        if res and res[-1][2] == si:
            res[-1][0].append(ch)
        else:
            res.append([[ch], k, si])
    return [("".join(a), k) for a, k, _ in res]


def split_rich(rich, width):
    """split into display-width fragments (pdftotext -layout column wrap); fragments of one value become
    separate spans."""
    frags, cur, curw = [], [], 0  # type: ignore[var-annotated]
    for x, k in rich:
        buf = ""
        for ch in x:
            w = dw(ch)
            if curw + w > width and (cur or buf):
                if buf:
                    cur.append((buf, k))
                    buf = ""
                frags.append(cur)
                cur, curw = [], 0
            buf += ch
            curw += w
        if buf:
            cur.append((buf, k))
    if cur:
        frags.append(cur)
    return frags


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, W17)) % 11]


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(rng):
    body = "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i == 0 and rng.random() < 0.5 else "0123456789")
        for i in range(8)
    )
    if rng.random() < 0.4:
        body = "MA" + body[2:]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(rng, region, kind="91"):
    oc = org_code(rng)
    while any(ch not in CC_CHARS for ch in oc):
        oc = org_code(rng)
    s = kind + region + oc
    tot = sum(CC_CHARS.index(c) * w for c, w in zip(s, CC_W))
    return s + CC_CHARS[(31 - tot % 31) % 31]


BANKS = [
    ("622848", 19, "中国农业银行"),
    ("623052", 19, "中国农业银行"),
    ("622202", 19, "中国工商银行"),
    ("621226", 19, "中国工商银行"),
    ("622700", 19, "中国建设银行"),
    ("621700", 19, "中国建设银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("621098", 19, "中国邮政储蓄银行"),
    ("622588", 16, "招商银行"),
    ("621661", 19, "中国银行"),
    ("622262", 19, "交通银行"),
]
BANK_PREFIXES = {b[0] for b in BANKS}


def bank_card(rng):
    p, n, name = rng.choice(BANKS)
    s = p + "".join(rng.choice("0123456789") for _ in range(n - len(p) - 1))
    return s + luhn_digit(s), name


def fmt_card(c, rng, style=None):
    style = style if style is not None else rng.choice([0, 0, 0, 1, 2])
    if style == 1:
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    if style == 2 and len(c) == 19:
        return c[:6] + " " + c[6:]
    return c


# ----------------------------------------------------------------- counties
HAN_GIVEN_M = "建国华明伟强军平林春生福全德兴文志勇海斌荣贵发祥庆忠金东水根才亮运辉成彬峰俊杰宏浩涛鹏飞宇"
HAN_GIVEN_F = "秀兰英芳丽华玉梅桂珍凤琴红霞燕萍娟敏静艳美春莲翠花月娥香云芬洁婷慧雪晶丹"

COUNTIES = {
    "xg": dict(
        name="兴国县",
        prov="江西省",
        city="赣州市",
        code="360732",
        old=("362133", 1998),
        area="0797",
        post="342400",
        plate="赣B",
        region="360732",
        agency_prefix="兴",
        neighbours=["360731", "360730", "360704", "360781", "360824"],
        towns={
            "潋江镇": ["城岗村", "五里亭村", "蒙山村"],
            "长冈乡": ["塘石村", "长冈村", "上社村"],
            "杰村乡": ["杰村村", "含田村"],
            "埠头乡": ["埠头村", "程水村"],
            "高兴镇": ["高兴村", "老营盘村"],
            "龙口镇": ["龙口村", "睦埠村"],
            "江背镇": ["江背村", "洋池村"],
            "东村乡": ["东村村", "大获村"],
            "梅窖镇": ["三僚村", "梅窖村"],
            "崇贤乡": ["崇贤村", "太平村"],
            "古龙岗镇": ["古龙岗村", "中洲村"],
            "社富乡": ["社富村", "东韶村"],
            "樟木乡": ["樟木村", "丰田村"],
        },
        streets=["将军大道", "红军路", "文昌路", "衣锦路", "兴江路"],
        seat="潋江镇",
        zu="组",
        zunames=["下屋", "上坪", "塘背", "新屋", "石陂", "坳背", "围里", "老屋"],
        surn="钟陈李刘黄谢曾温邱肖王张胡傅罗赖廖凌朱蔡杨吴邓魏",
        minority=None,
    ),
    "px": dict(
        name="平乡县",
        prov="河北省",
        city="邢台市",
        code="130532",
        old=None,
        area="0319",
        post="054500",
        plate="冀E",
        region="130532",
        agency_prefix="平",
        neighbours=["130531", "130529", "130527", "130581", "130533"],
        towns={
            "丰州镇": ["东郭桥村", "西郭桥村", "孔庄村"],
            "平乡镇": ["后张范村", "北关村", "西关村"],
            "河古庙镇": ["河古庙村", "大王庄村", "刘家庄村"],
            "油召乡": ["油召村", "王家庄村"],
            "田付村乡": ["田付村", "东田付村", "常河村"],
            "节固乡": ["节固村", "艾村"],
            "寻召乡": ["寻召村", "南鲁村", "马林庄村"],
        },
        streets=["中华路", "北环路", "府前街", "滏阳街", "平乡大街"],
        seat="丰州镇",
        zu="街",
        zunames=["东", "西", "南", "北", "前", "后"],
        surn="张王李刘赵郭杨孙高吕崔贾耿魏董田苏冯韩马",
        minority=None,
    ),
    "qj": dict(
        name="清涧县",
        prov="陕西省",
        city="榆林市",
        code="610830",
        old=None,
        area="0912",
        post="718300",
        plate="陕K",
        region="610830",
        agency_prefix="清",
        neighbours=["610826", "610831", "610622", "610829", "610828"],
        towns={
            "宽州镇": ["二郎山村", "九里山村", "郝家沟村"],
            "石咀驿镇": ["石咀驿村", "苗家坪村"],
            "折家坪镇": ["折家坪村", "高家圪崂村"],
            "玉家河镇": ["玉家河村", "王宿里村"],
            "高杰村镇": ["袁家沟村", "高杰村村"],
            "李家塔镇": ["李家塔村", "白家硷村"],
            "店则沟镇": ["店则沟村", "贺家畔村"],
            "解家沟镇": ["解家沟村", "惠家园则村"],
            "下廿里铺镇": ["下廿里铺村", "辛家沟村"],
        },
        streets=["秀延路", "东大街", "西大街", "延福路"],
        seat="宽州镇",
        zu="组",
        zunames=None,
        surn="白惠刘张王李高师袁折霍贺薛常杨拓呼慕郝黄",
        minority=None,
    ),
    "wx": dict(
        name="巫溪县",
        prov="重庆市",
        city="",
        code="500238",
        old=("511227", 1997),
        area="023",
        post="405800",
        plate="渝F",
        region="500238",
        agency_prefix="巫溪",
        neighbours=["500237", "500236", "500229", "500234", "500101"],
        towns={
            "宁河街道": ["马镇坝社区", "龙池社区"],
            "柏杨街道": ["柏杨社区", "双溪村"],
            "上磺镇": ["羊桥村", "观峰村"],
            "宁厂镇": ["宁厂村", "双傍村"],
            "古路镇": ["观音村", "古路村"],
            "文峰镇": ["文峰村", "龙池村"],
            "徐家镇": ["徐家村", "鲁家村"],
            "白鹿镇": ["白鹿村", "大坪村"],
            "尖山镇": ["尖山村", "庙堂村"],
            "峰灵镇": ["峰灵村", "谭家村"],
            "塘坊镇": ["塘坊村", "月池村"],
            "红池坝镇": ["茶山村", "红池村"],
            "天元乡": ["天元村", "象鼻村"],
            "兰英乡": ["兰英村", "西安村"],
        },
        streets=["滨河北路", "春申大道", "马镇坝大道", "柏杨路"],
        seat="宁河街道",
        zu="社",
        zunames=None,
        surn="向冉谭邓李张王刘陈杨周黄熊唐袁吴胡聂滕覃田",
        minority="tujia",
    ),
    "pb": dict(
        name="屏边苗族自治县",
        prov="云南省",
        city="红河哈尼族彝族自治州",
        code="532523",
        old=None,
        area="0873",
        post="661200",
        plate="云G",
        region="532523",
        agency_prefix="屏",
        neighbours=["532503", "532532", "532530", "532601", "532501"],
        towns={
            "玉屏镇": ["新田村委会", "回龙村委会"],
            "新现镇": ["新现村委会", "戈纪村委会"],
            "和平镇": ["和平村委会", "水碾村委会"],
            "白河乡": ["白河村委会", "冷水沟村委会"],
            "白云乡": ["白云村委会", "下湾子村委会"],
            "新华乡": ["新华村委会", "阿季村委会"],
            "湾塘乡": ["湾塘村委会", "马多依村委会"],
        },
        streets=["人民路", "新华路", "南屏路", "滴水苗城路"],
        seat="玉屏镇",
        zu="小组",
        zunames=["大寨", "小寨", "新寨", "上寨", "下寨", "老寨", "马鞍山", "岔河", "大平掌"],
        surn="陶熊杨王项马李侯张古罗吴朱龙",
        minority="miao",
    ),
    "xh": dict(
        name="夏河县",
        prov="甘肃省",
        city="甘南藏族自治州",
        code="623027",
        old=None,
        area="0941",
        post="747100",
        plate="甘P",
        region="623027",
        agency_prefix="夏",
        neighbours=["623001", "623026", "622921", "623024", "622927"],
        towns={
            "拉卜楞镇": ["塔哇村", "九甲村", "瓦尔加村"],
            "桑科镇": ["桑科村", "达久滩村"],
            "王格尔塘镇": ["王格尔塘村", "纳合村"],
            "阿木去乎镇": ["阿木去乎村", "牙利吉村"],
            "甘加镇": ["仁艾村", "八角村"],
            "麻当镇": ["麻当村", "尕秀村"],
            "达麦乡": ["达麦村", "德利村"],
            "曲奥乡": ["香告村", "曲奥村"],
            "扎油乡": ["扎油村", "完尕滩村"],
            "博拉镇": ["博拉村", "吉仓村"],
        },
        streets=["人民西街", "人民东街", "瑞吉路", "伊斯兰街"],
        seat="拉卜楞镇",
        zu="社",
        zunames=None,
        surn="马韩王李张杨丁",
        minority="tibetan",
    ),
}
ALL_CODES = set()
for _c in COUNTIES.values():
    ALL_CODES.add(_c["code"])  # type: ignore[index]
    ALL_CODES.update(_c["neighbours"])  # type: ignore[index]
    if _c["old"]:  # type: ignore[index]
        ALL_CODES.add(_c["old"][0])  # type: ignore[index]

TIB_M = [
    "才让",
    "扎西",
    "多杰",
    "尕藏",
    "索南",
    "更登",
    "桑杰",
    "贡保",
    "旦正",
    "尼玛",
    "完么",
    "华旦",
    "加羊",
    "东智",
    "当周",
    "李加",
    "仁青",
    "才旦",
    "闹日",
    "俄日",
    "公保",
    "道吉",
    "洛桑",
    "丹增",
    "久美",
    "扎巴",
]
TIB_F = [
    "卓玛",
    "拉毛",
    "措毛",
    "卓尕",
    "周毛",
    "娘吉",
    "吉毛",
    "切吉",
    "央金",
    "德吉",
    "才让吉",
    "拉姆",
    "卓玛草",
    "拉毛草",
    "道吉草",
    "尕藏吉",
    "索南措",
    "完么吉",
]
TIB_SUF_M = ["加", "杰", "才让", "多杰", "东智", "扎西", "太", "本"]
TIB_SUF_F = ["草", "吉", "措", "卓玛", "拉毛"]
MIAO_GIVEN_M = [
    "正华",
    "文明",
    "国富",
    "有才",
    "兴荣",
    "德安",
    "老二",
    "金福",
    "正林",
    "朝明",
    "开发",
    "云华",
    "发林",
    "少华",
]
MIAO_GIVEN_F = ["小妹", "春美", "玉芬", "秀英", "美英", "金花", "琼芬", "二妹", "兰芝", "丽萍"]
YAO_SURN = "邓盘赵李黄"
YAO_GIVEN = ["福金", "金保", "有福", "金妹", "贵妹", "文才", "进财", "玉秀", "金凤", "福生"]


def han_given(rng, sex):
    pool = HAN_GIVEN_M if sex == "男" else HAN_GIVEN_F
    n = rng.choice([1, 2, 2, 2, 2])
    return "".join(rng.choice(pool) for _ in range(n))


def gen_name(rng, C, sex):
    m = C["minority"]
    r = rng.random()
    if m == "tibetan" and r < 0.72:
        if rng.random() < 0.45:
            base = rng.choice(TIB_M if sex == "男" else TIB_F)
        else:
            base = rng.choice(TIB_M if sex == "男" else TIB_F)
            base = (base + rng.choice(TIB_SUF_M if sex == "男" else TIB_SUF_F))[:5]
        return base
    if m == "miao" and r < 0.55:
        return rng.choice(C["surn"]) + rng.choice(MIAO_GIVEN_M if sex == "男" else MIAO_GIVEN_F)
    if m == "miao" and r < 0.68:
        return rng.choice(YAO_SURN) + rng.choice(YAO_GIVEN)
    if m == "tibetan":
        return rng.choice("马韩丁王李张杨") + han_given(rng, sex)
    s = rng.choice(C["surn"])
    if rng.random() < 0.02:
        s = rng.choice(["欧阳", "司马", "上官"])
    return s + han_given(rng, sex)


def nation(rng, C):
    m = C["minority"]
    if m == "tibetan":
        return rng.choice(["藏族", "藏族", "藏族", "回族", "汉族"])
    if m == "miao":
        return rng.choice(["苗族", "苗族", "汉族", "彝族", "瑶族", "壮族"])
    if m == "tujia":
        return rng.choice(["汉族", "汉族", "汉族", "土家族"])
    return "汉族"


def rdate(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


def fdate(d, st=0):
    return [
        f"{d.year}年{d.month}月{d.day}日",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.year}.{d.month}.{d.day}",
        f"{d.year}/{d.month}/{d.day}",
        f"{d.year}年{d.month:02d}月{d.day:02d}日",
    ][st]


CN_NUM = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_NUM[int(c)] for c in str(y))


class Person:
    def __init__(self, rng, C, sex=None, y0=1940, y1=2000, birth=None, town=None):
        self.C = C
        self.sex = sex or rng.choice(["男", "女"])
        self.name = gen_name(rng, C, self.sex)
        self.birth = birth or rdate(rng, y0, y1)
        code = C["code"]
        if C["old"] and self.birth.year < C["old"][1] and rng.random() < 0.4:
            code = C["old"][0]
        elif rng.random() < 0.12:
            code = rng.choice(C["neighbours"])
        self.code = code
        seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if self.sex == "男" else [0, 2, 4, 6, 8])
        s17 = f"{code}{self.birth:%Y%m%d}{seq:03d}"
        self.id = s17 + id_check(s17)
        self.id15 = f"{code}{self.birth:%y%m%d}{seq:03d}"
        self.mobile = (
            rng.choice(["13", "15", "18", "17", "19", "13", "15", "18"])
            + str(rng.choice([0, 1, 2, 3, 5, 6, 7, 8, 9]))
            + "".join(rng.choice("0123456789") for _ in range(8))
        )
        if C["area"] == "023":
            self.landline = (
                "023-"
                + rng.choice(["5151", "5152", "5153", "5154"])
                + "".join(rng.choice("0123456789") for _ in range(4))
            )
        else:
            self.landline = (
                C["area"] + "-" + rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(6))
            )
        self.card, self.bank = bank_card(rng)
        self.town = town or rng.choice(list(C["towns"]))
        self.village = rng.choice(C["towns"][self.town])
        self.nation = nation(rng, C)
        self._addr(rng)

    def _addr(self, rng):
        C = self.C
        if self.town == C["seat"] and rng.random() < 0.7:
            st = rng.choice(C["streets"])
            n = rng.randint(1, 399)
            tail = f"{n}号"
            if rng.random() < 0.6:
                tail += (
                    f"{rng.randint(1, 12)}栋{rng.randint(1, 4)}单元{rng.randint(1, 7)}0{rng.randint(1, 4)}室"
                )
            elif rng.random() < 0.5:
                tail += f"附{rng.randint(1, 9)}号"
            self.addr_core = (self.town, st + tail)
        else:
            zu = C["zu"]
            if zu == "街":
                u = rng.choice(C["zunames"]) + rng.choice(["街", "大街"]) + f"{rng.randint(1, 160)}号"
                if rng.random() < 0.3:
                    u = f"{rng.choice('一二三四五六')}街{rng.randint(1, 90)}号"
            elif zu == "小组":
                u = rng.choice(C["zunames"]) + rng.choice(["村民小组", "小组"])
                if rng.random() < 0.3:
                    u += f"{rng.randint(1, 80)}号"
            elif zu == "社":
                u = f"{rng.randint(1, 12)}社"
                if rng.random() < 0.3:
                    u += f"{rng.randint(1, 90)}号"
            else:
                if C["zunames"] and rng.random() < 0.5:
                    u = rng.choice(C["zunames"]) + "组"
                else:
                    u = f"{rng.randint(1, 15)}组"
                if rng.random() < 0.3:
                    u += f"{rng.randint(1, 90)}号"
            self.addr_core = (self.town, self.village + u)
        self.vill_only = self.town + (self.village if len(self.addr_core[1]) > 0 else "")

    def addr(self, rng, level=None):
        C = self.C
        level = level if level is not None else rng.choice([0, 1, 1, 2, 2, 2, 3])
        t, rest = self.addr_core
        if getattr(self, "outsider", False):
            return t + rest
        pre = [
            "",
            C["name"],
            C["prov"] + C["name"] if C["prov"] != "重庆市" else "重庆市" + C["name"],
            C["prov"] + C["city"] + C["name"] if C["city"] else "重庆市" + C["name"],
        ][level]
        return pre + t + rest

    def village_level(self, rng):
        if getattr(self, "outsider", False):
            return self.addr_core[0]
        return self.town + self.village if rng.random() < 0.6 else self.C["name"] + self.town + self.village


def official(rng, C):
    return gen_name(rng, C, rng.choice(["男", "女"]))


def office_phone(rng, C):
    if C["area"] == "023":
        return "023-5151" + "".join(rng.choice("0123456789") for _ in range(4))
    return C["area"] + "-" + rng.choice("68") + "".join(rng.choice("0123456789") for _ in range(6))


def mask_name(rng, n):
    st = rng.choice([0, 0, 1, 2])
    if st == 0:
        return n[0] + "*" + n[2:] if len(n) > 2 else n[0] + "*"
    if st == 1:
        return n[0] + "*" * (len(n) - 1)
    return n[0] + "某某" if len(n) > 2 else n[0] + "某"


def mask_id(rng, s):
    st = rng.choice([0, 1, 2, 3])
    if st == 0:
        return s[:6] + "*" * 8 + s[-4:]
    if st == 1:
        return s[:3] + "*" * 11 + s[-4:]
    if st == 2:
        return s[:2] + "*" * 13 + s[-3:]
    return s[:10] + "****" + s[-4:]


def mask_mobile(rng, m):
    return m[:3] + "****" + m[-4:] if rng.random() < 0.8 else m[:3] + "*****" + m[-3:]


def mask_card(rng, c):
    return c[:6] + "*" * (len(c) - 10) + c[-4:] if rng.random() < 0.6 else "**** **** **** " + c[-4:]


class Mask:
    """per-document masking habit"""

    def __init__(self, rng, mode=None):
        self.rng = rng
        self.mode = mode or rng.choices(["none", "partial", "full"], [58, 32, 10])[0]
        m = self.mode
        self.k = {
            k: (m == "full") or (m == "partial" and rng.random() < p)
            for k, p in [
                ("name", 0.05),
                ("id", 0.6),
                ("mobile", 0.45),
                ("card", 0.55),
                ("addr", 0.35),
                ("health", 0.1),
                ("landline", 0.3),
            ]
        }

    def name(self, p_or_n):
        n = p_or_n if isinstance(p_or_n, str) else p_or_n.name
        return R(mask_name(self.rng, n)) if self.k["name"] else R(n, "name")

    def id(self, p, kind=None):
        s = p if isinstance(p, str) else p.id
        return R(mask_id(self.rng, s)) if self.k["id"] else R(s, "id_card")

    def mobile(self, m):
        m = m if isinstance(m, str) else m.mobile
        return R(mask_mobile(self.rng, m)) if self.k["mobile"] else R(m, "mobile")

    def landline(self, m):
        return R(m[:-4] + "****") if self.k["landline"] else R(m, "landline")

    def card(self, c, style=None):
        c = c if isinstance(c, str) else c.card
        return R(mask_card(self.rng, c)) if self.k["card"] else R(fmt_card(c, self.rng, style), "bank_card")

    def addr(self, p, level=None):
        if self.k["addr"]:
            return R(p.village_level(self.rng))
        a = p.addr(self.rng, level)
        return R(a, "address")

    def health(self, h):
        if self.k["health"]:
            return R(self.rng.choice(["***", "*" * len(h), "（略）"]))
        return R(h, "health")


# ----------------------------------------------------------------- layouts
TABLE_STYLES = ["csv", "tsv", "space", "layoutwrap", "pipe", "box", "cellline", "cellline"]


def _pad(rich, w):
    return list(rich) + [(" " * max(0, w - dw(rtext(rich))), None)]


def render_table(
    doc, rng, headers, rows, style=None, group=None, wrapw=None, page_rows=None, running=None, wrapcol=None
):
    """headers: list[str]; rows: list[list[rich]]; group: list of (label, ncols) merged header row above."""
    style = style or rng.choice(TABLE_STYLES)
    ncol = len(headers)
    hdr = [R(h) for h in headers]
    pages = [rows]
    if page_rows and len(rows) > page_rows:
        pages = [rows[i : i + page_rows] for i in range(0, len(rows), page_rows)]
    widths = [max([dw(h)] + [dw(rtext(r[i])) for r in rows]) for i, h in enumerate(headers)]
    if style == "layoutwrap":
        if wrapcol is None:
            cands = [i for i in range(ncol) if any(k == "address" for r in rows for _, k in r[i])]
            wrapcol = cands[0] if cands else None
        cw = rng.choice([12, 14, 16, 18])
        if wrapcol is not None:
            widths[wrapcol] = max(dw(headers[wrapcol]), cw)

    def grp_line():
        if not group:
            return
        if style in ("csv", "tsv"):
            sep = "," if style == "csv" else "\t"
            cells = []
            for lab, n in group:
                cells += [lab] + [""] * (n - 1)
            doc.line(sep.join(cells))
        elif style in ("space", "layoutwrap", "pipe", "box"):
            parts, i = [], 0
            for lab, n in group:
                w = sum(widths[i : i + n]) + 2 * (n - 1)
                parts.append(lab + " " * max(0, w - dw(lab)) if n > 1 or lab else " " * w)
                i += n
            if style == "space" or style == "layoutwrap":
                doc.line("  ".join(parts).rstrip())
            else:
                doc.line("| " + " | ".join(parts) + " |")
        else:
            for lab, n in group:
                if lab:
                    doc.line(lab)

    def hdr_lines():
        grp_line()
        if style == "csv":
            doc.line(",".join(headers))
        elif style == "tsv":
            doc.line("\t".join(headers))
        elif style in ("space", "layoutwrap"):
            doc.line("  ".join(h + " " * (widths[i] - dw(h)) for i, h in enumerate(headers)).rstrip())
        elif style == "pipe":
            doc.line("| " + " | ".join(h + " " * (widths[i] - dw(h)) for i, h in enumerate(headers)) + " |")
            doc.line("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        elif style == "box":
            doc.line("┌" + "┬".join("─" * (w // 2 + 1) for w in widths) + "┐")
            doc.line("│" + "│".join(headers) + "│")
            doc.line("├" + "┼".join("─" * (w // 2 + 1) for w in widths) + "┤")
        else:
            if rng.random() < 0.5:
                for h in headers:
                    doc.line(h)
            else:
                doc.line(" ".join(headers))

    def row_lines(r):
        if style in ("csv", "tsv"):
            sep = "," if style == "csv" else "\t"
            for i, c in enumerate(r):
                if i:
                    doc.t(sep)
                if style == "csv" and "," in rtext(c):
                    doc.t('"')
                    doc.r(c)
                    doc.t('"')
                else:
                    doc.r(c)
            doc.nl()
        elif style == "space":
            for i, c in enumerate(r):
                if i:
                    doc.t("  ")
                doc.r(_pad(c, widths[i]) if i < ncol - 1 else c)
            doc.nl()
        elif style == "layoutwrap":
            frags = split_rich(r[wrapcol], widths[wrapcol]) if wrapcol is not None else None
            for i, c in enumerate(r):
                if i:
                    doc.t("  ")
                cc = frags[0] if (i == wrapcol and frags) else c
                doc.r(_pad(cc, widths[i]) if i < ncol - 1 else cc)
            doc.nl()
            if frags and len(frags) > 1:
                off = sum(widths[:wrapcol]) + 2 * wrapcol
                for f in frags[1:]:
                    doc.t(" " * off)
                    doc.r(f)
                    doc.nl()
        elif style == "pipe":
            doc.t("| ")
            for i, c in enumerate(r):
                if i:
                    doc.t(" | ")
                doc.r(_pad(c, widths[i]))
            doc.t(" |")
            doc.nl()
        elif style == "box":
            doc.t("│")
            for i, c in enumerate(r):
                if i:
                    doc.t("│")
                doc.r(c)
            doc.t("│")
            doc.nl()
        else:
            for i, c in enumerate(r):
                if not rtext(c).strip():
                    continue
                w = (wrapw or {}).get(i)
                doc.r(wrap_rich(c, w) if w else c)
                doc.nl()

    for pi, pg in enumerate(pages):
        if pi:
            if running:
                doc.line(running.replace("{p}", str(pi + 1)).replace("{n}", str(len(pages))))
            if style != "csv" or rng.random() < 0.5:
                doc.nl()
        if pi == 0 or style not in ("csv", "tsv") or rng.random() < 0.6:
            hdr_lines()
        for r in pg:
            row_lines(r)
        if style == "box":
            doc.line("└" + "┴".join("─" * (w // 2 + 1) for w in widths) + "┘")
        if len(pages) > 1 and running is None:
            doc.line(
                rng.choice([f"第 {pi + 1} 页，共 {len(pages)} 页", f"— {pi + 1} —", f"{pi + 1}/{len(pages)}"])
            )
    return style


def cell_wraps(rng, headers, style):
    """narrow column widths for one-cell-a-line extraction"""
    if style != "cellline":
        return None
    out = {}
    for i, h in enumerate(headers):
        if any(x in h for x in ("身份", "证号", "证件")):
            out[i] = rng.choice([10, 12, 18, 18, 9])
        elif any(x in h for x in ("卡号", "账号", "帐号")):
            out[i] = rng.choice([10, 12, 19, 19, 8])
        elif any(x in h for x in ("住址", "地址", "住所", "安置房")):
            out[i] = rng.choice([8, 10, 12])
        elif "姓名" in h or "户主" in h:
            out[i] = rng.choice([3, 4, 6, 6, 6])
        elif any(x in h for x in ("电话", "手机")):
            out[i] = rng.choice([11, 11, 7])
        elif any(x in h for x in ("结果", "类别", "诊断", "情况", "原因")):
            out[i] = rng.choice([6, 8, 10])
    return out


def prose(doc, rng, paras, width=None, indent=None):
    """paras: list of rich; hard-wraps each paragraph at `width` chars."""
    if width is None:
        width = rng.choice([None, None, 28, 32, 36, 40])
    ind = indent if indent is not None else rng.choice(["", "　　", "  "])
    for p in paras:
        p = R(ind) + list(p)
        if width:
            p = wrap_rich(p, width)
        doc.r(p)
        doc.nl()


def form(doc, rng, items, style=None):
    """items: list of (label, rich). styles: grid (two per line), one per line, label line then value line."""
    style = style or rng.choice(["grid", "line", "line", "split", "pipe"])
    colon = rng.choice(["：", "：", ":", " "])
    if style == "grid":
        for i in range(0, len(items), 2):
            row = items[i : i + 2]
            for j, (lab, val) in enumerate(row):
                if j:
                    doc.t(rng.choice(["    ", "\t", "  "]))
                doc.t(lab + colon)
                doc.r(val)
            doc.nl()
    elif style == "line":
        for lab, val in items:
            doc.t(lab + colon)
            doc.r(val)
            doc.nl()
    elif style == "split":
        for lab, val in items:
            doc.line(lab)
            if rtext(val).strip():
                doc.r(val)
                doc.nl()
    else:
        for lab, val in items:
            doc.t("| " + lab + " | ")
            doc.r(val)
            doc.t(" |")
            doc.nl()
    return style


def boxes(rng, options, chosen):
    return "".join(
        ("☑" if o == chosen else "□") + o + rng.choice(["  ", " ", "　"]) for o in options
    ).rstrip()


def money(rng, a, b, dec=None):
    v = rng.randint(a, b)
    if dec is None:
        dec = rng.random() < 0.5
    return f"{v:.2f}" if dec else str(v)


def index_no(rng, C):
    st = rng.random()
    if st < 0.4:
        return f"{C['code']}-{rng.randint(1, 40):04d}-{rng.randint(2020, 2024)}-{rng.randint(1, 999):04d}"
    if st < 0.8:
        return credit_code(rng, C["region"], "11") + f"/{rng.randint(2020, 2024)}-{rng.randint(1, 9999):05d}"
    return f"{C['region']}{rng.randint(0, 99):02d}{rng.randint(2020, 2024)}{rng.randint(1, 9999):04d}"


def wenhao(rng, C, org):
    y = rng.randint(2020, 2024)
    return f"{C['agency_prefix']}{org}〔{y}〕{rng.randint(1, 180)}号"


def fake_id_like(rng, C):
    """18-digit number that looks like an ID but fails GB 11643 (work orders, case numbers)."""
    b = rdate(rng, 1950, 2005)
    s17 = f"{C['code']}{b:%Y%m%d}{rng.randint(0, 999):03d}"
    good = id_check(s17)
    bad = rng.choice([c for c in "0123456789" if c != good])
    return s17 + bad


def luhn_order(rng, n=16):
    s = "2" + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return s + luhn_digit(s)


def agency(C, kind):
    return C["name"] + kind


def tail_sign(doc, rng, org, d):
    doc.nl()
    doc.line(" " * rng.choice([0, 16, 24]) + org)
    doc.line(" " * rng.choice([0, 16, 24]) + fdate(d, rng.choice([0, 0, 4])))


# ----------------------------------------------------------------- families
DIS_CAT = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
GRADES = ["一级", "二级", "三级", "四级"]
CAT_CODE = {"视力": "1", "听力": "2", "言语": "3", "肢体": "4", "智力": "5", "精神": "6", "多重": "7"}


def fam_canji(rng, C, scale):
    M = Mask(rng)
    v = rng.choice(["subsidy", "subsidy", "cert", "apply"])
    doc = Doc()
    year = rng.randint(2019, 2024)
    town = rng.choice(list(C["towns"]))
    if v == "subsidy":
        q = rng.choice(["第一季度", "第二季度", "第三季度", "第四季度", f"{rng.randint(1, 12)}月"])
        doc.line(f"{C['name']}{town}{year}年{q}困难残疾人生活补贴和重度残疾人护理补贴发放花名册")
        if rng.random() < 0.6:
            doc.line(f"索引号：{index_no(rng, C)}    发布机构：{C['name']}残疾人联合会")
        doc.line(f"填报单位（盖章）：{town}人民政府    单位：元")
        n = max(4, int(rng.randint(8, 22) * scale))
        combined = rng.random() < 0.4
        with_card = rng.random() < 0.65
        with_phone = rng.random() < 0.75
        with_guard = rng.random() < 0.35
        headers = ["序号", "村（社区）", "姓名", "性别", rng.choice(["身份证号码", "残疾证号"])]
        idx_cert = "残疾证" in headers[-1]
        headers += ["残疾类别等级"] if combined else ["残疾类别", "残疾等级"]
        headers += ["生活补贴", "护理补贴", "合计"]
        if with_card:
            headers.append(rng.choice(["银行卡号", "一卡通账号", "社保卡金融账号"]))
        if with_phone:
            headers.append("联系电话")
        if with_guard:
            headers.append("监护人")
        rows = []
        tot = 0
        for i in range(n):
            p = Person(rng, C, y0=1936, y1=2018, town=town)
            cat, gr = rng.choice(DIS_CAT), rng.choice(GRADES)
            a = rng.choice([0, 70, 80, 90, 100])
            b = rng.choice([0, 80, 90, 100, 120]) if gr in ("一级", "二级") else 0
            if a + b == 0:
                a = 80
            tot += a + b
            if idx_cert:
                if M.k["id"]:
                    idc = R(mask_id(rng, p.id) + CAT_CODE[cat] + str(GRADES.index(gr) + 1))
                else:
                    idc = [(p.id, "id_card"), (CAT_CODE[cat] + str(GRADES.index(gr) + 1), None)]
            else:
                idc = M.id(p)
            row = [R(str(i + 1)), R(p.village.replace("村委会", "")), M.name(p), R(p.sex), idc]
            if combined:
                row.append(M.health(rng.choice([cat + gr, gr + cat, cat + "残疾" + gr, gr + cat + "残疾"])))
            else:
                row += [M.health(cat), R(gr if rng.random() < 0.7 else str(GRADES.index(gr) + 1))]
            row += [R(str(a)), R(str(b)), R(str(a + b))]
            if with_card:
                row.append(M.card(p, 0))
            if with_phone:
                row.append(M.mobile(p) if rng.random() < 0.85 else M.landline(p.landline))
            if with_guard:
                if p.birth.year > 2005 or cat in ("智力", "精神"):
                    g = Person(rng, C, y0=1955, y1=1995, town=town)
                    row.append(M.name(g))
                else:
                    row.append(R(""))
            rows.append(row)
        st = rng.choice(TABLE_STYLES)
        grp = None
        if rng.random() < 0.35 and not combined:
            grp = [("", 4), ("", 1), ("残疾情况", 2), ("补贴标准（元/月）", 3)] + [("", 1)] * (
                len(headers) - 10
            )
        render_table(
            doc,
            rng,
            headers,
            rows,
            st,
            group=grp,
            wrapw=cell_wraps(rng, headers, st),
            page_rows=rng.choice([None, 8, 10]),
            running=rng.choice([None, f"{C['name']}残联 {year}年补贴名册 第{{p}}页"]),
        )
        doc.line(f"合计：{n}人，{tot}元")
        o1, o2 = official(rng, C), official(rng, C)
        doc.line(f"制表人：{o1}    审核人：{o2}    联系电话：{office_phone(rng, C)}")
        doc.line(f"制表日期：{fdate(rdate(rng, year, year), rng.choice([0, 1]))}")
    elif v == "cert":
        doc.line(
            rng.choice(
                [
                    f"{C['name']}{year}年第{rng.randint(1, 12)}批残疾人证办理情况公示",
                    f"关于{town}残疾人证换领（第二代）人员名单的公示",
                ]
            )
        )
        if rng.random() < 0.5:
            doc.line(f"文号：{wenhao(rng, C, '残联字')}")
        prose(
            doc,
            rng,
            [
                R(
                    f"根据《中国残疾人实名制管理办法》及残疾评定相关规定，经本人申请、指定医疗机构评定、县残联审核，"
                    f"下列人员符合办证条件，现予公示。公示期{rng.choice([5, 7])}个工作日，如有异议，请向县残联反映。"
                )
            ],
        )
        n = max(4, int(rng.randint(8, 20) * scale))
        headers = ["序号", "姓名", "性别", "残疾证号", "类别等级", "住址"]
        rows = []
        for i in range(n):
            p = Person(rng, C, y0=1940, y1=2019)
            cat, gr = rng.choice(DIS_CAT), rng.choice(GRADES)
            cert = p.id + CAT_CODE[cat] + str(GRADES.index(gr) + 1)
            if M.k["id"]:
                cc = R(cert[:6] + "*" * 10 + cert[-4:])
            else:
                cc = [(p.id, "id_card"), (cert[18:], None)]
            rows.append(
                [
                    R(str(i + 1)),
                    M.name(p),
                    R(p.sex),
                    cc,
                    M.health(rng.choice([cat + gr, gr + cat])),
                    M.addr(p, rng.choice([0, 1])),
                ]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(f"监督电话：{office_phone(rng, C)}（县残联）  {C['area']}-12345")
        tail_sign(doc, rng, f"{C['name']}残疾人联合会", rdate(rng, year, year))
    else:
        doc.line(f"{C['prov']}困难残疾人生活补贴和重度残疾人护理补贴申请审批表")
        doc.line(f"编号：{C['code']}{year}{rng.randint(1, 9999):05d}")
        p = Person(rng, C, y0=1945, y1=2016)
        cat, gr = rng.choice(DIS_CAT), rng.choice(GRADES[:2])
        items = [
            ("申请人姓名", M.name(p)),
            ("性别", R(p.sex)),
            ("民族", R(p.nation)),
            ("出生年月", R(f"{p.birth.year}年{p.birth.month}月")),
            ("身份证号码", M.id(p)),
            (
                "残疾证号",
                [(p.id, "id_card"), (CAT_CODE[cat] + str(GRADES.index(gr) + 1), None)]
                if not M.k["id"]
                else R("见复印件"),
            ),
            ("残疾类别", M.health(cat)),
            ("残疾等级", R(gr)),
            ("户籍地址", M.addr(p, 2)),
            ("联系电话", M.mobile(p)),
        ]
        form(doc, rng, items)
        doc.line(
            "申请类别："
            + boxes(
                rng,
                ["困难残疾人生活补贴", "重度残疾人护理补贴", "两项均申请"],
                rng.choice(["困难残疾人生活补贴", "重度残疾人护理补贴", "两项均申请"]),
            )
        )
        doc.line(
            "家庭经济状况："
            + boxes(
                rng,
                ["低保家庭", "特困供养", "低保边缘", "其他"],
                rng.choice(["低保家庭", "特困供养", "低保边缘"]),
            )
        )
        g = Person(rng, C, y0=1950, y1=1998, town=p.town)
        rel = rng.choice(["配偶", "儿子", "女儿", "父亲", "母亲", "兄弟"])
        doc.line(rng.choice(["代办人（监护人）情况：", "监护人："]))
        form(
            doc,
            rng,
            [("姓名", M.name(g)), ("与申请人关系", R(rel)), ("身份证号", M.id(g)), ("电话", M.mobile(g))],
            "grid",
        )
        doc.t("补贴发放账户：" + p.bank + "  账号：")
        doc.r(M.card(p))
        doc.nl()
        doc.t("户名：")
        doc.r(M.name(p) if rng.random() < 0.7 else M.name(g))
        doc.nl()
        o = official(rng, C)
        doc.line(
            f"村（居）委会意见：情况属实，同意申请。  经办人：{official(rng, C)}   {fdate(rdate(rng, year, year), 0)}"
        )
        doc.line(
            f"乡镇（街道）审核意见：经入户核查，符合条件。  审核人：{o}  联系电话：{office_phone(rng, C)}"
        )
        doc.line(f"县残联审批意见：同意自{year}年{rng.randint(1, 12)}月起发放。")
    return v, doc


HOUSE_CLASS = [
    "低保户",
    "分散供养特困人员",
    "低保边缘家庭",
    "因病因灾因意外事故刚性支出较大家庭",
    "脱贫不稳定户",
    "边缘易致贫户",
    "突发严重困难户",
]


def fam_weifang(rng, C, scale):
    M = Mask(rng)
    v = rng.choice(["gongshi", "gongshi", "banqian", "yanshou"])
    doc = Doc()
    year = rng.randint(2019, 2024)
    town = rng.choice(list(C["towns"]))
    if v == "gongshi":
        doc.line(
            f"{town}{year}年农村低收入群体等重点对象危房改造{rng.choice(['拟补助对象', '对象认定结果', '竣工验收结果'])}公示"
        )
        prose(
            doc,
            rng,
            [
                R(
                    f"根据{rng.choice(['省住房和城乡建设厅', '县住建局'])}《关于做好{year}年农村危房改造工作的通知》（{wenhao(rng, C, '建字')}）要求，"
                    f"经农户申请、村级评议、乡镇审核，现将拟补助对象名单予以公示，公示期为{year}年{rng.randint(1, 11)}月{rng.randint(1, 20)}日至{rng.randint(21, 28)}日。"
                    f"如有异议，请在公示期内向{town}人民政府或县住建局反映。监督电话：{office_phone(rng, C)}。"
                )
            ],
        )
        n = max(4, int(rng.randint(6, 18) * scale))
        headers = [
            "序号",
            "户主姓名",
            "身份证号码",
            "家庭人口",
            "对象类别",
            "房屋鉴定等级",
            "改造方式",
            "补助金额（元）",
            "住址",
        ]
        if rng.random() < 0.4:
            headers.append("联系电话")
        rows = []
        for i in range(n):
            p = Person(rng, C, y0=1938, y1=1990, town=town)
            row = [
                R(str(i + 1)),
                M.name(p),
                M.id(p),
                R(str(rng.randint(1, 7))),
                R(rng.choice(HOUSE_CLASS)),
                R(rng.choice(["C级", "D级"])),
                R(rng.choice(["修缮加固", "拆除重建", "原址翻建", "统建"])),
                R(str(rng.choice([15000, 20000, 25000, 30000, 35000, 42000]))),
                M.addr(p, rng.choice([0, 1])),
            ]
            if len(headers) == 10:
                row.append(M.mobile(p))
            rows.append(row)
        st = rng.choice(TABLE_STYLES)
        render_table(
            doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st), page_rows=rng.choice([None, 9])
        )
        tail_sign(doc, rng, f"{town}人民政府", rdate(rng, year, year))
    elif v == "banqian":
        site = rng.choice(["幸福家园", "安居小区", "移民新村", "阳光花园", "和谐家园"])
        doc.line(f"{C['name']}{town}{site}易地扶贫搬迁安置房分配结果公示")
        prose(
            doc,
            rng,
            [
                R(
                    f"按照“公开、公平、公正”原则，{town}于{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日在{site}安置点组织"
                    f"搬迁户现场抽签选房，县纪委监委派驻纪检组、公证处全程监督。现将分配结果公示如下："
                ),
            ],
        )
        n = max(4, int(rng.randint(6, 18) * scale))
        headers = ["序号", "户主", "人口", "迁出地", "安置房号", "面积（㎡）", "联系电话"]
        if rng.random() < 0.4:
            headers.insert(2, "身份证号")
        rows = []
        for i in range(n):
            p = Person(rng, C, y0=1945, y1=1995)
            house = f"{site}{rng.randint(1, 12)}栋{rng.randint(1, 3)}单元{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
            if rng.random() < 0.5:
                house_r = R(C["name"] + town + house, "address") if not M.k["addr"] else R(site + "**栋")
            else:
                house_r = R(house, "address") if not M.k["addr"] else R(site + "**栋")
            row = [R(str(i + 1)), M.name(p)]
            if "身份证号" in headers:
                row.append(M.id(p))
            row += [
                R(str(rng.randint(1, 7))),
                M.addr(p, 0) if rng.random() < 0.3 else R(p.town + p.village),
                house_r,
                R(str(rng.choice([25, 50, 75, 100, 125]))),
                M.mobile(p),
            ]
            rows.append(row)
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(
            f"公示期：5个工作日。联系人：{official(rng, C)}（{town}移民搬迁办）  电话：{office_phone(rng, C)}"
        )
        tail_sign(doc, rng, f"{town}易地扶贫搬迁工作领导小组办公室", rdate(rng, year, year))
    else:
        p = Person(rng, C, y0=1940, y1=1985, town=town)
        doc.line(f"{C['name']}农村危房改造竣工验收表")
        doc.line(f"编号：WF{year}{rng.randint(1, 999):03d}          {town}{p.village}")
        b = Person(rng, C, sex="男", y0=1960, y1=1990)
        items = [
            ("户主姓名", M.name(p)),
            ("身份证号码", M.id(p)),
            ("家庭住址", M.addr(p, rng.choice([1, 2]))),
            ("联系电话", M.mobile(p)),
            ("改造方式", R(rng.choice(["拆除重建", "修缮加固"]))),
            ("建筑面积", R(f"{rng.randint(40, 110)}平方米")),
            ("结构类型", R(rng.choice(["砖混", "框架", "砖木", "轻钢"]))),
            ("施工负责人", M.name(b)),
            ("施工负责人电话", M.mobile(b)),
            ("开工日期", R(fdate(rdate(rng, year, year), 1))),
            ("竣工日期", R(fdate(rdate(rng, year, year), 1))),
            ("补助资金", R(f"{rng.choice([20000, 25000, 30000])}元")),
            ("开户行", R(p.bank)),
            ("账号", M.card(p)),
        ]
        form(doc, rng, items)
        doc.line(
            "验收意见："
            + boxes(rng, ["合格", "不合格"], "合格")
            + "  抗震设防措施："
            + boxes(rng, ["有", "无"], "有")
        )
        doc.line(f"验收组成员（签字）：{official(rng, C)}  {official(rng, C)}  {official(rng, C)}")
        doc.t("户主签字：")
        doc.r(M.name(p))
        doc.t(f"        {fdate(rdate(rng, year, year), 0)}")
        doc.nl()
    return v, doc


YQ_ABN = [
    "乙肝表面抗原阳性",
    "梅毒螺旋体抗体阳性",
    "弓形体IgM抗体阳性",
    "巨细胞病毒IgM阳性",
    "风疹病毒IgG阴性（易感）",
    "地中海贫血筛查阳性",
    "α地中海贫血携带",
    "甲状腺功能减退",
    "TSH偏高",
    "贫血（Hb 92g/L）",
    "血糖偏高",
    "精液常规异常",
    "HIV抗体待复查",
    "转氨酶升高",
    "多囊卵巢综合征",
]
LA_CX = [
    "HPV16型阳性",
    "HPV18型阳性",
    "高危型HPV阳性（其他12型）",
    "TCT：ASC-US",
    "TCT：LSIL",
    "TCT：HSIL",
    "宫颈CIN2",
    "宫颈CIN3",
    "宫颈浸润癌",
    "醋白上皮",
]
LA_BR = ["BI-RADS 3类", "BI-RADS 4A类", "BI-RADS 4B类", "BI-RADS 5类", "乳腺纤维腺瘤", "乳腺癌"]
NB_ABN = [
    "TSH增高",
    "先天性甲状腺功能减低症",
    "苯丙酮尿症",
    "G6PD缺乏症",
    "高苯丙氨酸血症",
    "先天性肾上腺皮质增生症",
    "听力初筛未通过（双耳）",
    "听力初筛未通过（左耳）",
    "先天性心脏病（室间隔缺损）",
    "17-OHP增高",
]


def fam_screen(rng, C, scale):
    M = Mask(rng)
    v = rng.choice(["yunqian", "liangai", "xinshenger", "recall"])
    doc = Doc()
    year = rng.randint(2018, 2024)
    town = rng.choice(list(C["towns"]))
    hosp = f"{C['name']}{rng.choice(['妇幼保健院', '妇幼保健计划生育服务中心', '人民医院'])}"
    if v == "yunqian":
        doc.line(
            f"{C['name']}{year}年国家免费孕前优生健康检查{rng.choice(['高风险人群随访登记表', '检查对象花名册', '异常结果反馈名单'])}"
        )
        doc.line(f"乡镇：{town}    填报单位：{town}卫生院    填报时间：{fdate(rdate(rng, year, year), 1)}")
        n = max(3, int(rng.randint(5, 14) * scale))
        headers = [
            "序号",
            "女方姓名",
            "女方身份证号",
            "男方姓名",
            "男方身份证号",
            "联系电话",
            "现住址",
            "检查结果",
            "随访情况",
        ]
        rows = []
        for i in range(n):
            f = Person(rng, C, sex="女", y0=1985, y1=2002, town=town)
            m = Person(rng, C, sex="男", y0=1982, y1=2000, town=town)
            ab = rng.random() < 0.7
            res = M.health(rng.choice(YQ_ABN)) if ab else R(rng.choice(["未见异常", "正常", "低风险"]))
            fu = rng.choice(["已电话告知", "已转诊至县妇幼", "已复查", "失访", "已指导"])
            rows.append(
                [R(str(i + 1)), M.name(f), M.id(f), M.name(m), M.id(m), M.mobile(f), M.addr(f, 0), res, R(fu)]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(
            doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st), page_rows=rng.choice([None, 6])
        )
        doc.line(f"填表人：{official(rng, C)}   审核：{official(rng, C)}   科室电话：{office_phone(rng, C)}")
    elif v == "liangai":
        doc.line(
            f"{C['name']}{year}年农村适龄妇女“两癌”筛查{rng.choice(['异常病例登记表', '阳性病例追踪随访表', '可疑病例汇总'])}"
        )
        doc.line(f"筛查机构：{hosp}    统计时间：{year}年{rng.randint(1, 12)}月")
        n = max(3, int(rng.randint(5, 14) * scale))
        headers = [
            "序号",
            "姓名",
            "年龄",
            "身份证号",
            "联系电话",
            "住址",
            "宫颈癌筛查结果",
            "乳腺癌筛查结果",
            "转诊/随访",
        ]
        rows = []
        for i in range(n):
            f = Person(rng, C, sex="女", y0=1960, y1=1990)
            cx = (
                M.health(rng.choice(LA_CX))
                if rng.random() < 0.6
                else R(rng.choice(["阴性", "未见异常", "NILM"]))
            )
            br = (
                M.health(rng.choice(LA_BR))
                if rng.random() < 0.45
                else R(rng.choice(["BI-RADS 1类", "未见异常", "BI-RADS 2类"]))
            )
            rows.append(
                [
                    R(str(i + 1)),
                    M.name(f),
                    R(str(year - f.birth.year)),
                    M.id(f),
                    M.mobile(f),
                    M.addr(f, rng.choice([0, 1])),
                    cx,
                    br,
                    R(
                        rng.choice(
                            ["转诊阴道镜", "已活检", "3个月后复查", "转上级医院", "已治疗", "拒绝进一步检查"]
                        )
                    ),
                ]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(
            f"注：阳性病例应在{rng.choice([7, 10, 15])}个工作日内通知本人，随访结果于每月{rng.randint(1, 10)}日前报县妇幼保健院。"
        )
        doc.line(f"负责人：{official(rng, C)}   报告人：{official(rng, C)}   电话：{office_phone(rng, C)}")
    elif v == "xinshenger":
        doc.line(
            f"{hosp}新生儿疾病筛查{rng.choice(['可疑阳性召回登记表', '阳性病例登记', '听力筛查未通过随访表'])}（{year}年）"
        )
        n = max(3, int(rng.randint(5, 12) * scale))
        headers = [
            "序号",
            "母亲姓名",
            "新生儿性别",
            "出生日期",
            "采血日期",
            "筛查结果",
            "家庭住址",
            "联系电话",
            "召回情况",
        ]
        rows = []
        for i in range(n):
            f = Person(rng, C, sex="女", y0=1988, y1=2003)
            bd = rdate(rng, year, year)
            rows.append(
                [
                    R(str(i + 1)),
                    M.name(f),
                    R(rng.choice(["男", "女"])),
                    R(fdate(bd, 1)),
                    R(fdate(bd + datetime.timedelta(days=3), 1)),
                    M.health(rng.choice(NB_ABN)),
                    M.addr(f, rng.choice([0, 1, 2])),
                    M.mobile(f) if rng.random() < 0.8 else M.landline(f.landline),
                    R(rng.choice(["已召回复查", "电话未接通", "复查正常", "确诊治疗中", "外出务工"])),
                ]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(f"登记人：{official(rng, C)}  新筛中心电话：{office_phone(rng, C)}")
    else:
        f = Person(rng, C, sex="女", y0=1988, y1=2003)
        h = Person(rng, C, sex="男", y0=1985, y1=2000, town=f.town)
        bd = rdate(rng, year, year)
        doc.line("新生儿疾病筛查复查通知书")
        doc.line(f"编号：XS{year}{rng.randint(1, 9999):04d}")
        doc.r(M.name(f))
        doc.t(rng.choice(["、", "和"]))
        doc.r(M.name(h))
        doc.t(rng.choice(["：", " 家长："]))
        doc.nl()
        ab = rng.choice(NB_ABN)
        paras = [
            R(f"你们的孩子（{rng.choice(['男', '女'])}，{fdate(bd, 0)}出生于{hosp}）新生儿疾病筛查结果显示：")
            + M.health(ab)
            + R(
                f"，需要进一步复查确诊。请于接到通知后{rng.choice([3, 5, 7])}日内带孩子到{hosp}新生儿筛查门诊复查。"
            ),
            R("若确诊，早期治疗可以避免或减轻对孩子生长发育的影响，请务必重视。"),
            R("家庭住址：") + M.addr(f, rng.choice([1, 2])) + R("  联系电话：") + M.mobile(f),
            R(f"咨询电话：{office_phone(rng, C)}（工作日8:00-12:00）"),
        ]
        prose(doc, rng, paras)
        doc.t("通知人：")
        doc.t(official(rng, C))
        doc.t("    家长签收：")
        doc.r(M.name(h))
        doc.nl()
        doc.line(fdate(bd + datetime.timedelta(days=rng.randint(8, 20)), 0))
    return v, doc


def fam_chufa(rng, C, scale):
    M = Mask(rng, rng.choice(["none", "partial", "partial", "full"]))
    v = rng.choice(["juedingshu", "juedingshu", "tingzheng", "gongshi", "gongshi"])
    doc = Doc()
    year = rng.randint(2020, 2024)
    orgs = [
        ("市场监督管理局", "市监", "食品"),
        ("交通运输局", "交", "超限"),
        ("自然资源局", "自然资", "土地"),
        ("农业农村局", "农", "农药"),
        ("林业局", "林", "林木"),
        ("城市管理局", "城管", "违建"),
    ]
    org, abbr, typ = rng.choice(orgs)
    agency_name = C["name"] + org
    case = f"{C['agency_prefix']}{abbr}罚〔{year}〕{rng.randint(1, 300)}号"
    p = Person(rng, C, y0=1955, y1=2000)
    company = rng.random() < 0.3 and v == "juedingshu"
    facts = {
        "食品": f"经营超过保质期的食品（{rng.choice(['饼干', '饮料', '调味品', '方便面'])}{rng.randint(3, 40)}袋）",
        "超限": "驾驶车辆超限运输，车货总重{0}吨，超限{1}%".format(rng.randint(50, 90), rng.randint(10, 80)),
        "土地": f"未经批准擅自占用集体土地{rng.randint(80, 600)}平方米建设{rng.choice(['养殖棚', '砖混房屋', '厂房'])}",
        "农药": f"销售未取得登记证的农药{rng.randint(10, 90)}瓶",
        "林木": f"未经许可采伐{rng.choice(['杉木', '马尾松', '杨树', '柏树'])}{rng.randint(3, 60)}株，立木蓄积{rng.randint(1, 30)}.{rng.randint(1, 9)}立方米",
        "违建": f"未取得建设工程规划许可证擅自搭建{rng.randint(20, 200)}平方米彩钢棚",
    }[typ]
    plate = (
        C["plate"]
        + rng.choice(["", "·"])
        + rng.choice("ABCDEFGHJKLMNP")
        + "".join(rng.choice("0123456789") for _ in range(4))
        if typ == "超限"
        else None
    )
    if plate and rng.random() < 0.3:
        plate = C["plate"] + rng.choice(["", "·"]) + "".join(rng.choice("0123456789") for _ in range(5))

    def party_block():
        if company:
            shop = rng.choice(
                [
                    f"{C['name']}{p.name}{rng.choice(['百货店', '农资门市', '副食批发部', '货运部'])}",
                    f"{C['name']}{p.name[0]}氏{rng.choice(['建材', '运输', '农资'])}有限公司",
                ]
            )
            cc = credit_code(rng, C["region"], rng.choice(["92", "91"]))
            doc.line(f"当事人：{shop}")
            doc.line(f"统一社会信用代码：{cc}")
            doc.line(
                f"经营场所：{C['name']}{p.town}{rng.choice(C['streets']) if p.town == C['seat'] else p.village}"
            )
            if shop.endswith("公司"):
                doc.line(f"法定代表人：{p.name}")
            else:
                doc.t("经营者：")
                doc.r(M.name(p))
                doc.nl()
            doc.t("身份证号码：")
            doc.r(M.id(p))
            doc.t("   联系电话：")
            doc.r(M.mobile(p))
            doc.nl()
        else:
            form(
                doc,
                rng,
                [
                    ("当事人", M.name(p)),
                    ("性别", R(p.sex)),
                    ("民族", R(p.nation)),
                    ("出生日期", R(fdate(p.birth, 0))),
                    ("身份证号码", M.id(p)),
                    ("住址", M.addr(p, rng.choice([1, 2, 3]))),
                    ("联系电话", M.mobile(p)),
                ],
                rng.choice(["line", "grid"]),
            )
            if plate:
                doc.t("车辆号牌：")
                doc.r(R(plate, "license_plate") if not M.k["id"] else R(plate[:3] + "***"))
                doc.t(f"  车辆类型：重型{rng.choice(['半挂牵引车', '自卸货车', '仓栅式货车'])}")
                doc.nl()

    if v == "juedingshu":
        doc.line(agency_name)
        doc.line("行政处罚决定书")
        doc.line(case)
        party_block()
        w = Person(rng, C, y0=1960, y1=2000, town=p.town)
        if rng.random() < 0.4 and not company:
            ag = Person(rng, C, y0=1960, y1=2000, town=p.town)
            doc.t("委托代理人：")
            doc.r(M.name(ag))
            doc.t(f"，系当事人{rng.choice(['之子', '之妻', '之兄', '之女'])}，身份证号码：")
            doc.r(M.id(ag))
            doc.t("，联系电话：")
            doc.r(M.mobile(ag))
            doc.t("。")
            doc.nl()
        o1, o2 = official(rng, C), official(rng, C)
        d0 = rdate(rng, year, year)
        paras = [
            R(
                f"{fdate(d0, 0)}，本机关执法人员{o1}、{o2}（执法证号{rng.randint(36000000, 36999999)}、{rng.randint(36000000, 36999999)}）依法对当事人进行检查，发现当事人{facts}。"
            ),
            R("上述事实有现场检查笔录、询问笔录、现场照片及证人") + M.name(w) + R("的证言等证据证实。"),
            R(
                f"当事人的上述行为违反了相关法律法规的规定。本机关于{fdate(d0 + datetime.timedelta(days=10), 0)}向当事人送达了《行政处罚告知书》，"
                f"当事人在法定期限内{rng.choice(['未提出陈述、申辩', '提出了陈述申辩，经复核不予采纳', '未要求听证'])}。"
            ),
            R(
                f"依据有关规定，本机关决定对当事人作出如下行政处罚：1.警告；2.罚款人民币{rng.randint(1, 50) * 1000}元。"
            ),
            R(
                f"当事人应当自收到本决定书之日起十五日内，到{rng.choice(['中国农业银行', '中国建设银行'])}{C['name']}支行缴纳罚款，"
                f"逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"
            ),
            R(
                f"如不服本处罚决定，可以在收到本决定书之日起六十日内向{C['name']}人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。"
            ),
        ]
        if rng.random() < 0.3 and not company:
            inj = rng.choice(["右手掌软组织挫伤", "头部皮外伤", "左侧肋骨骨折"])
            paras.insert(
                2,
                R("检查过程中当事人情绪激动，与在场群众发生推搡，致其本人")
                + M.health(inj)
                + R("，已送乡卫生院处置。"),
            )
        prose(doc, rng, paras)
        tail_sign(doc, rng, agency_name, d0 + datetime.timedelta(days=rng.randint(15, 40)))
        doc.line(f"（联系人：{o1}  电话：{office_phone(rng, C)}）")
    elif v == "tingzheng":
        doc.line(agency_name)
        doc.line(rng.choice(["行政处罚听证告知书", "听证告知书"]))
        doc.line(case.replace("罚", "听告"))
        doc.r(M.name(p) if not company else R(f"{C['name']}{p.name[0]}氏运输有限公司"))
        doc.t("：")
        doc.nl()
        d0 = rdate(rng, year, year)
        paras = [
            R(
                f"经查，你（单位）于{fdate(d0, 0)}{facts}。本机关拟对你（单位）作出罚款人民币{rng.randint(10, 200) * 1000}元的行政处罚。"
            ),
            R(
                "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有要求举行听证的权利。如要求听证，"
                "应当在收到本告知书之日起五日内向本机关提出，逾期视为放弃听证权利。"
            ),
            R(
                f"联系人：{official(rng, C)}  联系电话：{office_phone(rng, C)}  地址：{C['name']}{C['seat']}{rng.choice(C['streets'])}{rng.randint(1, 200)}号"
            ),
        ]
        prose(doc, rng, paras)
        tail_sign(doc, rng, agency_name, d0 + datetime.timedelta(days=rng.randint(10, 30)))
        doc.line("送达回证")
        rec = p if rng.random() < 0.6 else Person(rng, C, y0=1950, y1=2000, town=p.town)
        doc.t("受送达人：")
        doc.r(M.name(p))
        doc.t("   送达地址：")
        doc.r(M.addr(p, rng.choice([1, 2])))
        doc.nl()
        doc.t("签收人：")
        doc.r(M.name(rec))
        doc.t(
            f"（{'本人' if rec is p else rng.choice(['配偶', '父亲', '儿子', '同住成年家属'])}）  签收日期：{fdate(d0 + datetime.timedelta(days=rng.randint(31, 40)), 0)}"
        )
        doc.nl()
        if rng.random() < 0.4:
            doc.t("送达人：")
            doc.t(f"{official(rng, C)}、{official(rng, C)}")
            doc.t("  见证人：")
            doc.r(M.name(Person(rng, C, town=p.town)))
            doc.nl()
    else:
        doc.line(f"{agency_name}{year}年{rng.randint(1, 12)}月行政处罚案件信息公开")
        headers = [
            "行政处罚决定书文号",
            "当事人",
            "身份证号/统一社会信用代码",
            "违法事实",
            "处罚依据",
            "处罚内容",
            "决定日期",
        ]
        rows = []
        n = max(3, int(rng.randint(4, 10) * scale))
        for i in range(n):
            q = Person(rng, C, y0=1955, y1=2000)
            if rng.random() < 0.35:
                nm = R(f"{C['name']}{q.name}{rng.choice(['百货店', '养殖场', '加工厂'])}")
                idr = R(credit_code(rng, C["region"], "92"))
            else:
                nm = M.name(q)
                idr = M.id(q)
            rows.append(
                [
                    R(f"{C['agency_prefix']}{abbr}罚〔{year}〕{rng.randint(1, 300)}号"),
                    nm,
                    idr,
                    R(rng.choice(list(facts.split("，")[:1])) if False else facts[:18]),
                    R("《" + rng.choice(["食品安全法", "土地管理法", "森林法", "公路法"]) + "》"),
                    R(f"罚款{rng.randint(1, 50) * 500}元"),
                    R(fdate(rdate(rng, year, year), 1)),
                ]
            )
        st = rng.choice(["csv", "tsv", "pipe", "space", "cellline"])
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(f"信息来源：{agency_name}  公开方式：主动公开  {index_no(rng, C)}")
    return v, doc


ILL = [
    "尿毒症",
    "肺癌",
    "脑梗塞",
    "乳腺癌",
    "精神分裂症",
    "糖尿病并发症",
    "慢性肾衰竭",
    "白血病",
    "脑溢血后遗症",
    "肝硬化",
    "类风湿性关节炎",
    "癫痫",
    "股骨头坏死",
    "冠心病",
    "胃癌",
    "矽肺",
]


def fam_cunwu(rng, C, scale):
    M = Mask(rng)
    v = rng.choice(["fenhong", "pingyi", "pingyi", "laowu"])
    doc = Doc()
    year = rng.randint(2019, 2024)
    town = rng.choice(list(C["towns"]))
    vill = rng.choice(C["towns"][town])
    cadres = [
        ("党支部书记", official(rng, C)),
        ("村委会主任", official(rng, C)),
        ("村监委会主任", official(rng, C)),
        ("村会计", official(rng, C)),
    ]
    if v == "fenhong":
        doc.line(f"{vill}{year}年度村集体经济收益分红公示")
        prose(
            doc,
            rng,
            [
                R(
                    f"经{vill}村民代表大会{fdate(rdate(rng, year, year), 0)}讨论通过，{year}年度村集体经济（{rng.choice(['光伏电站', '茶叶基地', '入股合作社', '门面租赁', '养殖小区'])}）"
                    f"可分配收益{rng.randint(5, 60) * 1000}元，按户籍人口每人{rng.choice([50, 60, 80, 100, 120])}元分配，现将分配明细公示如下："
                )
            ],
        )
        n = max(5, int(rng.randint(10, 26) * scale))
        headers = ["序号", "组别", "户主姓名", "户籍人口", "分红金额（元）"]
        card_col = rng.random() < 0.5
        if card_col:
            headers.append(rng.choice(["一卡通账号", "收款账号"]))
        if rng.random() < 0.3:
            headers.append("备注")
        rows = []
        for i in range(n):
            p = Person(rng, C, y0=1940, y1=1995, town=town)
            k = rng.randint(1, 7)
            row = [
                R(str(i + 1)),
                R(f"{rng.randint(1, 12)}{C['zu'] if C['zu'] in ('组', '社') else '组'}"),
                M.name(p),
                R(str(k)),
                R(str(k * 80)),
            ]
            if card_col:
                row.append(M.card(p))
            if "备注" in headers:
                row.append(R(rng.choice(["", "", "脱贫户", "监测户", "五保户"])))
            rows.append(row)
        st = rng.choice(TABLE_STYLES)
        render_table(
            doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st), page_rows=rng.choice([None, 12])
        )
        doc.line(
            f"公示时间：{year}年{rng.randint(1, 12)}月{rng.randint(1, 20)}日—{rng.randint(21, 28)}日。对公示内容有异议的，请向村务监督委员会反映。"
        )
        doc.line("  ".join(f"{r}：{n_}" for r, n_ in cadres[:3]))
        doc.line(f"{C['name']}{town}{vill}村民委员会")
    elif v == "pingyi":
        doc.line(
            f"{vill}{year}年{rng.choice(['第一', '第二', '第三', '第四'])}季度最低生活保障民主评议会议记录"
        )
        d = rdate(rng, year, year)
        doc.line(f"时间：{fdate(d, 0)}{rng.choice(['上午9:00', '下午2:30', '晚上7:30'])}")
        doc.line(f"地点：{vill}{rng.choice(['村委会会议室', '党群服务中心二楼', '村民活动中心'])}")
        doc.line(f"主持人：{cadres[0][1]}（{cadres[0][0]}）    记录人：{cadres[3][1]}")
        doc.line(f"乡镇包村干部：{official(rng, C)}")
        reps = [
            Person(rng, C, y0=1950, y1=1990, town=town)
            for _ in range(max(4, int(rng.randint(5, 10) * scale)))
        ]
        doc.t("参会村民代表：")
        for i, r in enumerate(reps):
            if i:
                doc.t("、")
            doc.r(M.name(r))
        doc.t(f"等{len(reps) + rng.randint(3, 12)}人")
        doc.nl()
        doc.line("会议内容：")
        paras = [
            R(
                f"{cadres[0][1]}介绍本次申请情况及评议程序，宣读低保政策。本季度共有{rng.randint(3, 8)}户提出申请（含复核）。"
            )
        ]
        apps = []
        for j in range(max(2, int(rng.randint(2, 5) * scale))):
            a = Person(rng, C, y0=1940, y1=1985, town=town)
            rel = rng.choice(["本人", "其妻", "其夫", "其子", "其母", "其女"])
            ill = rng.choice(ILL)
            apps.append(a)
            tx = (
                R(f"{j + 1}.申请人")
                + M.name(a)
                + R("，")
                + M.addr(a, 0)
                + R(f"，家庭人口{rng.randint(1, 6)}人。{rel}")
            )
            if rel != "本人" and rng.random() < 0.5:
                rp = Person(rng, C, town=town)
                tx = tx + M.name(rp)
            tx = (
                tx
                + R(rng.choice(["患", "长期患有", "确诊"]))
                + M.health(ill)
                + R(f"，年医疗支出约{rng.randint(1, 9)}万元，")
            )
            sp = rng.choice(reps)
            tx = (
                tx
                + R("村民代表")
                + M.name(sp)
                + R(
                    f"发言：“{rng.choice(['情况属实，我是他邻居，家里确实困难。', '他家儿子在外打工，收入情况要核实清楚。', '同意纳入，建议乡里尽快审批。'])}”"
                )
            )
            paras.append(tx)
        paras.append(R("经无记名投票，评议结果如下："))
        prose(doc, rng, paras)
        headers = ["申请人", "应到", "实到", "同意", "不同意", "弃权", "评议结果"]
        rows = []
        for a in apps:
            tot = len(reps) + rng.randint(3, 12)
            ag = rng.randint(tot // 2, tot)
            rows.append(
                [
                    M.name(a),
                    R(str(tot + 2)),
                    R(str(tot)),
                    R(str(ag)),
                    R(str(tot - ag)),
                    R("0"),
                    R("通过" if ag > tot / 2 else "未通过"),
                ]
            )
        render_table(doc, rng, headers, rows, rng.choice(["space", "pipe", "tsv", "cellline"]))
        doc.t("参会人员签字：")
        for i, r in enumerate(reps[: rng.randint(2, len(reps))]):
            if i:
                doc.t(" ")
            doc.r(M.name(r))
        doc.nl()
    else:
        proj = rng.choice(
            ["产业路硬化", "安全饮水巩固提升", "河道护坡", "村组道路", "高标准农田", "人居环境整治"]
        )
        co = f"{C['name']}{rng.choice(['鑫盛', '宏达', '永安', '兴旺'])}{rng.choice(['建筑劳务有限公司', '建设工程有限公司'])}"
        doc.line(f"{vill}{proj}项目务工人员工资发放表")
        doc.line(f"施工单位：{co}    统一社会信用代码：{credit_code(rng, C['region'])}")
        doc.line(
            f"项目编号：{C['code']}{year}{rng.randint(1, 999):03d}   发放月份：{year}年{rng.randint(1, 12)}月"
        )
        boss = Person(rng, C, sex="男", y0=1965, y1=1988)
        doc.t("班组长：")
        doc.r(M.name(boss))
        doc.t("  电话：")
        doc.r(M.mobile(boss))
        doc.nl()
        n = max(4, int(rng.randint(8, 20) * scale))
        headers = [
            "序号",
            "姓名",
            "身份证号",
            "工种",
            "出勤天数",
            "日工资",
            "应发金额",
            "银行卡号",
            "本人签字",
        ]
        rows = []
        tot = 0
        for i in range(n):
            w = Person(rng, C, y0=1955, y1=2002, town=town)
            days = rng.randint(5, 30)
            pay = rng.choice([120, 150, 180, 200, 260])
            tot += days * pay
            sign = M.name(w) if rng.random() < 0.6 else R("")
            rows.append(
                [
                    R(str(i + 1)),
                    M.name(w),
                    M.id(w),
                    R(rng.choice(["小工", "泥工", "钢筋工", "木工", "机械手", "杂工"])),
                    R(str(days)),
                    R(str(pay)),
                    R(str(days * pay)),
                    M.card(w, 0),
                    sign,
                ]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(f"合计：{tot}元（{n}人）  农民工工资专用账户：{rng.choice(BANKS)[2]}{C['name']}支行")
        doc.line(
            f"村监委会核实人：{cadres[2][1]}   劳资专管员：{official(rng, C)}   投诉电话：{office_phone(rng, C)}"
        )
    return v, doc


def fam_tiaojie(rng, C, scale):
    M = Mask(rng, rng.choice(["none", "none", "partial", "full"]))
    v = rng.choice(["xieyi", "xieyi", "dengji", "dengji"])
    doc = Doc()
    year = rng.randint(2019, 2024)
    town = rng.choice(list(C["towns"]))
    if v == "xieyi":
        doc.line("人民调解协议书")
        doc.line(f"{C['agency_prefix']}{town[:2]}调字〔{year}〕第{rng.randint(1, 120)}号")
        a = Person(rng, C, y0=1950, y1=2000, town=town)
        b = Person(rng, C, y0=1950, y1=2000, town=town)
        for lab, p in (("当事人（甲方）", a), ("当事人（乙方）", b)):
            doc.t(lab + "：")
            doc.r(M.name(p))
            doc.t(f"，{p.sex}，{p.nation}，{fdate(p.birth, 0)}出生，身份证号：")
            doc.r(M.id(p))
            doc.t("，住")
            doc.r(M.addr(p, rng.choice([1, 2])))
            doc.t("，电话：")
            doc.r(M.mobile(p))
            doc.t("。")
            doc.nl()
        if rng.random() < 0.35:
            ag = Person(rng, C, y0=1960, y1=1995, town=town)
            doc.t("甲方委托代理人：")
            doc.r(M.name(ag))
            doc.t(f"，系甲方之{rng.choice(['子', '女', '兄', '弟', '侄子'])}，电话：")
            doc.r(M.mobile(ag))
            doc.nl()
        if rng.random() < 0.2:
            doc.line(
                f"乙方委托代理人：{official(rng, C)}，{C['name']}{rng.choice(['正义', '宏法', '信达'])}法律服务所法律工作者，电话：{office_phone(rng, C)}"
            )
        kind = rng.choice(["相邻", "伤害", "婚姻", "债务", "土地", "交通", "交通"])
        d = rdate(rng, year, year)
        inj = rng.choice(
            ["左小腿胫骨骨折", "头皮裂伤", "右手无名指骨折", "面部软组织挫伤", "腰椎压缩性骨折", "脑震荡"]
        )
        facts = {
            "相邻": R(
                f"甲乙双方系邻居。{fdate(d, 0)}，乙方在自家屋后修建排水沟，甲方认为排水沟占用其宅基地并影响房屋地基，双方发生争执。"
            ),
            "伤害": R(
                f"{fdate(d, 0)}，甲乙双方因琐事在{rng.choice(['村口', '田间', '集市'])}发生口角并互相推搡，致甲方"
            )
            + M.health(inj)
            + R(
                f"，在{C['name']}人民医院住院治疗{rng.randint(5, 30)}天，花费医疗费{rng.randint(3000, 40000)}元。"
            ),
            "婚姻": R(f"甲乙双方系夫妻，婚后育有一子一女，现因家庭矛盾分居，就子女抚养及财产问题发生纠纷。"),
            "债务": R(
                f"乙方于{year - 1}年向甲方借款{rng.randint(2, 30)}万元用于{rng.choice(['购车', '养殖', '建房'])}，约定一年内归还，到期未还，双方发生纠纷。"
            ),
            "交通": R(f"{fdate(d, 0)}，乙方驾驶")
            + (
                R(
                    C["plate"]
                    + rng.choice(["", "·"])
                    + rng.choice("ABCDEFGHJK")
                    + "".join(rng.choice("0123456789") for _ in range(4)),
                    "license_plate",
                )
                if not M.k["id"]
                else R(C["plate"] + "·***")
            )
            + R(f"号{rng.choice(['小型轿车', '三轮摩托车', '农用货车'])}与甲方发生碰撞，致甲方")
            + M.health(inj)
            + R("。"),
            "土地": R(
                f"甲乙双方因{rng.choice(['承包地界', '林地边界', '山林权属'])}发生争议，经{town}人民调解委员会实地勘查，查明了四至界线。"
            ),
        }[kind]
        prose(
            doc,
            rng,
            [
                R("纠纷主要事实、争议事项：")[0:1] and R("纠纷主要事实、争议事项："),
                facts,
                R("经调解，双方自愿达成如下协议："),
                R(
                    f"一、乙方一次性赔偿甲方{rng.randint(2, 60) * 500}元，于{fdate(d + datetime.timedelta(days=rng.randint(5, 30)), 0)}前付清；"
                ),
                R("二、本协议履行完毕后，双方就此纠纷再无其他争议；"),
                R("三、本协议一式三份，双方当事人各执一份，人民调解委员会留存一份。"),
            ],
        )
        if rng.random() < 0.5:
            doc.t("赔偿款转入甲方账户：")
            doc.r(M.card(a))
            doc.t(f"（{a.bank}）")
            doc.nl()
        w = Person(rng, C, town=town)
        doc.t("当事人签名（捺印）：甲方 ")
        doc.r(M.name(a))
        doc.t("   乙方 ")
        doc.r(M.name(b))
        doc.nl()
        if rng.random() < 0.6:
            doc.t("见证人：")
            doc.r(M.name(w))
            doc.t(rng.choice(["（村民代表）", "（邻居）", ""]))
            doc.nl()
        doc.line(f"人民调解员：{official(rng, C)}   记录人：{official(rng, C)}")
        doc.line(f"{town}人民调解委员会（印）")
        doc.line(fdate(d + datetime.timedelta(days=rng.randint(3, 40)), 0))
    else:
        doc.line(f"{town}人民调解委员会{year}年纠纷受理调解登记台账")
        headers = [
            "编号",
            "受理日期",
            "申请人",
            "联系电话",
            "被申请人",
            "纠纷类型",
            "简要情况",
            "调解结果",
            "调解员",
        ]
        rows = []
        n = max(4, int(rng.randint(6, 14) * scale))
        for i in range(n):
            a = Person(rng, C, town=town)
            b = Person(rng, C, town=town)
            kind = rng.choice(["相邻关系", "婚姻家庭", "损害赔偿", "土地承包", "劳务报酬", "山林权属"])
            if kind == "损害赔偿" and rng.random() < 0.7:
                brief = R("因斗殴致") + M.health(
                    rng.choice(["鼻骨骨折", "右臂骨折", "眼部挫伤", "轻微脑震荡"])
                )
            else:
                brief = R(
                    rng.choice(
                        [
                            "宅基地滴水纠纷",
                            "赡养老人费用分担",
                            "拖欠工钱",
                            "放牧越界",
                            "耕地边界不清",
                            "狗咬伤索赔",
                        ]
                    )
                )
            rows.append(
                [
                    R(f"{year}-{i + 1:03d}"),
                    R(fdate(rdate(rng, year, year), 1)),
                    M.name(a),
                    M.mobile(a),
                    M.name(b),
                    R(kind),
                    brief,
                    R(rng.choice(["调解成功", "调解成功", "调解不成，引导诉讼", "达成口头协议"])),
                    R(official(rng, C)),
                ]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(f"登记人：{official(rng, C)}   司法所电话：{office_phone(rng, C)}")
    return v, doc


def fam_xinfang(rng, C, scale):
    M = Mask(rng)
    v = rng.choice(["dafu", "dafu", "ledger", "ledger", "ledger", "huifang"])
    doc = Doc()
    year = rng.randint(2020, 2024)
    if v == "dafu":
        p = Person(rng, C, y0=1950, y1=2000)
        org = C["name"] + rng.choice(
            [
                "住房和城乡建设局",
                "人力资源和社会保障局",
                "自然资源局",
                "教育体育局",
                "民政局",
                f"{p.town}人民政府",
            ]
        )
        wo = rng.choice(
            [
                luhn_order(rng, 16),
                fake_id_like(rng, C),
                f"{year}{rng.randint(10, 12)}{rng.randint(10, 28)}{rng.randint(100000, 999999)}",
            ]
        )
        doc.line(
            rng.choice(["信访事项处理意见书", "12345政务服务便民热线工单答复", "关于来信反映问题的答复"])
        )
        doc.line(
            f"{C['agency_prefix']}{rng.choice(['信复', '住建信', '人社信'])}〔{year}〕{rng.randint(1, 99)}号   工单编号：{wo}"
        )
        doc.r(M.name(p) if rng.random() < 0.8 else R(p.name[0] + rng.choice(["先生", "女士"])))
        doc.t("：")
        doc.nl()
        d = rdate(rng, year, year)
        issue = rng.choice(
            [
                ("反映其父亲", "未享受高龄津贴"),
                ("反映", "所在小区夜间施工噪音扰民"),
                ("反映其", "在工地务工被拖欠工资"),
                ("反映", "承包地被邻居占用"),
                ("反映其女儿", "学生资助未发放到位"),
            ]
        )
        rel_p = Person(rng, C, town=p.town) if "其" in issue[0] and rng.random() < 0.6 else None
        paras = [
            R(
                f"你于{fdate(d, 0)}通过{rng.choice(['12345热线', '国家信访信息系统', '县长信箱', '来访'])}{issue[0]}"
            )
            + (M.name(rel_p) if rel_p else R(""))
            + R(f"{issue[1]}的问题收悉。本机关高度重视，立即组织工作人员进行调查核实，现答复如下："),
            R("经调查，")
            + (M.name(rel_p) if rel_p else R("你"))
            + R(f"户籍地址为")
            + M.addr(rel_p or p, rng.choice([1, 2]))
            + R(
                f"。{rng.choice(['经核实，相关补贴已于本月补发到位', '经现场核查，施工单位已调整作业时间', '已责令用工单位限期支付工资', '经乡村两级实地丈量，已明确边界'])}。"
            ),
            R(f"如对本处理意见不服，可自收到本意见书之日起30日内向{C['name']}人民政府申请复查。"),
        ]
        if rng.random() < 0.3:
            paras.insert(
                2,
                R("另，你反映本人患有")
                + M.health(rng.choice(ILL))
                + R("、生活困难的情况，已转交民政部门核实是否符合临时救助条件。"),
            )
        prose(doc, rng, paras)
        doc.t("你留存的联系方式：")
        doc.r(M.mobile(p))
        if rng.random() < 0.4:
            doc.t("  身份证号：")
            doc.r(M.id(p))
        if rng.random() < 0.3:
            doc.t("  邮箱：")
            doc.r(
                R(f"{rng.randint(10000000, 3999999999)}@qq.com", "email")
                if not M.k["mobile"]
                else R("******@qq.com")
            )
        doc.nl()
        tail_sign(doc, rng, org, d + datetime.timedelta(days=rng.randint(10, 55)))
        doc.line(f"（承办人：{official(rng, C)}，联系电话：{office_phone(rng, C)}）")
    elif v == "ledger":
        doc.line(
            f"{C['name']}{rng.choice(['12345政务服务便民热线', '信访局', '人民来信来访'])}{year}年{rng.randint(1, 12)}月工单办理台账"
        )
        headers = [
            "序号",
            "工单编号",
            "登记日期",
            "来电人",
            "联系电话",
            "诉求内容",
            "承办单位",
            "办结情况",
            "满意度",
        ]
        if rng.random() < 0.3:
            headers.insert(5, "来电人地址")
        rows = []
        n = max(4, int(rng.randint(6, 16) * scale))
        for i in range(n):
            p = Person(rng, C)
            wo = rng.choice(
                [
                    luhn_order(rng, 16),
                    fake_id_like(rng, C),
                    f"GD{year}{rng.randint(1, 99999):06d}",
                    luhn_order(rng, 19),
                ]
            )
            call = M.name(p) if rng.random() < 0.75 else R(p.name[0] + rng.choice(["先生", "女士", "某"]))
            cont = rng.choice(
                [
                    R("反映路灯损坏"),
                    R("咨询医保报销"),
                    R("反映拖欠工资"),
                    R("投诉商户占道经营"),
                    R("反映家中老人患") + M.health(rng.choice(ILL)) + R("，申请救助"),
                    R("反映邻居养狗扰民"),
                    R("咨询残疾证办理"),
                    R("反映饮用水浑浊"),
                    R("投诉车牌号为")
                    + (
                        R(
                            C["plate"]
                            + rng.choice(["", "·"])
                            + rng.choice("ABCDEFGHJK")
                            + "".join(rng.choice("0123456789") for _ in range(4)),
                            "license_plate",
                        )
                        if not M.k["id"]
                        else R(C["plate"] + "***" + str(rng.randint(10, 99)))
                    )
                    + R("的私家车长期占用消防通道"),
                ]
            )
            phone = M.mobile(p) if rng.random() < 0.85 else M.landline(p.landline)
            row = [R(str(i + 1)), R(wo), R(fdate(rdate(rng, year, year), 1)), call, phone]
            if "来电人地址" in headers:
                row.append(M.addr(p, 0))
            row += [
                cont,
                R(rng.choice([f"{p.town}人民政府", "县住建局", "县人社局", "县医保局", "县水务局"])),
                R(rng.choice(["已办结", "办理中", "已办结", "退回重办"])),
                R(rng.choice(["满意", "基本满意", "不满意", "未回访"])),
            ]
            rows.append(row)
        st = rng.choice(TABLE_STYLES)
        render_table(
            doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st), page_rows=rng.choice([None, 7])
        )
        doc.line(
            f"热线受理电话：12345  {C['area']}-12345  监督邮箱：{rng.choice(['xf', 'rx12345', 'zwfw'])}{C['post']}@163.com"
        )
    else:
        doc.line(f"信访事项回访记录（{year}年第{rng.randint(1, 40)}期）")
        p = Person(rng, C, y0=1945, y1=1995)
        items = [
            ("信访人", M.name(p)),
            ("身份证号", M.id(p)),
            ("住址", M.addr(p, rng.choice([1, 2]))),
            ("电话", M.mobile(p)),
            ("信访件编号", R(rng.choice([fake_id_like(rng, C), luhn_order(rng, 16)]))),
            ("回访方式", R(boxes(rng, ["电话", "上门", "短信"], rng.choice(["电话", "上门"])))),
            ("回访人", R(official(rng, C))),
            ("回访时间", R(fdate(rdate(rng, year, year), 0))),
        ]
        form(doc, rng, items)
        fam = Person(rng, C, town=p.town)
        prose(
            doc,
            rng,
            [
                R("回访情况：信访人本人")
                + R(rng.choice(["在外务工，由其", "行动不便，由其"]))
                + R(rng.choice(["妻子", "儿子", "女儿"]))
                + M.name(fam)
                + R("代为接听，")
                + R("表示对处理结果")
                + R(rng.choice(["满意", "基本满意", "不满意，要求再次核查"]))
                + R("。")
            ],
        )
        doc.line(
            "满意度："
            + boxes(rng, ["满意", "基本满意", "不满意"], rng.choice(["满意", "基本满意", "不满意"]))
        )
    return v, doc


def fam_gaoling(rng, C, scale):
    M = Mask(rng)
    v = rng.choice(["gaoling", "gaoling", "binzang", "binzang_apply"])
    doc = Doc()
    year = rng.randint(2016, 2024)
    town = rng.choice(list(C["towns"]))
    if v == "gaoling":
        old15 = rng.random() < 0.25
        doc.line(
            f"{town}{year}年{rng.choice(['1-6月', '7-12月', '第三季度', '全年'])}高龄老人{rng.choice(['津贴', '长寿补贴', '生活补贴'])}发放{rng.choice(['花名册', '公示', '明细表'])}"
        )
        if rng.random() < 0.5:
            doc.line(f"索引号：{index_no(rng, C)}")
        n = max(5, int(rng.randint(10, 24) * scale))
        headers = [
            "序号",
            "村（居）",
            "姓名",
            "性别",
            "出生年月",
            rng.choice(["身份证号", "公民身份号码"]),
            "年龄",
            "发放标准（元/月）",
            "发放金额",
        ]
        if rng.random() < 0.6:
            headers.append(rng.choice(["存折账号", "银行卡号", "社保卡号"]))
        if rng.random() < 0.3:
            headers.append("代领人")
        if rng.random() < 0.5:
            headers.append("联系电话")
        rows = []
        for i in range(n):
            p = Person(rng, C, y0=year - 100, y1=year - 80, town=town)
            age = year - p.birth.year
            std = 100 if age < 90 else (200 if age < 100 else 500)
            idr = (
                (R(p.id15, "id_card_15") if not M.k["id"] else R(p.id15[:6] + "*****" + p.id15[-4:]))
                if old15
                else M.id(p)
            )
            row = [
                R(str(i + 1)),
                R(p.village),
                M.name(p),
                R(p.sex),
                R(f"{p.birth.year}.{p.birth.month:02d}"),
                idr,
                R(str(age)),
                R(str(std)),
                R(str(std * 6)),
            ]
            if any(h in ("存折账号", "银行卡号", "社保卡号") for h in headers):
                row.append(M.card(p, 0))
            if "代领人" in headers:
                row.append(
                    M.name(Person(rng, C, y0=1955, y1=1985, town=town)) if rng.random() < 0.5 else R("")
                )
            if "联系电话" in headers:
                row.append(M.mobile(p) if rng.random() < 0.7 else M.landline(p.landline))
            rows.append(row)
        st = rng.choice(TABLE_STYLES)
        render_table(
            doc,
            rng,
            headers,
            rows,
            st,
            wrapw=cell_wraps(rng, headers, st),
            page_rows=rng.choice([None, 10, 12]),
            running=rng.choice([None, f"{town}民政办 高龄津贴名册（第{{p}}页/共{{n}}页）"]),
        )
        doc.line(
            f"经办人：{official(rng, C)}   分管领导：{official(rng, C)}   民政办电话：{office_phone(rng, C)}"
        )
    elif v == "binzang":
        doc.line(
            f"{C['name']}{year}年{rng.choice(['惠民殡葬补贴', '基本殡葬服务费用减免', '生态安葬奖补', '火化补贴'])}发放情况公示（第{rng.randint(1, 6)}批）"
        )
        n = max(4, int(rng.randint(6, 16) * scale))
        headers = [
            "序号",
            "逝者姓名",
            "性别",
            "身份证号",
            "死亡日期",
            "死亡原因",
            "户籍地",
            "申领人",
            "与逝者关系",
            "联系电话",
            "补贴金额",
        ]
        if rng.random() < 0.5:
            headers.append("收款账号")
        rows = []
        for i in range(n):
            dcs = Person(rng, C, y0=1925, y1=1975)
            ap = Person(rng, C, y0=1950, y1=1995, town=dcs.town)
            cause = (
                M.health(rng.choice(ILL))
                if rng.random() < 0.7
                else R(rng.choice(["病故", "自然死亡", "正常死亡"]))
            )
            row = [
                R(str(i + 1)),
                M.name(dcs),
                R(dcs.sex),
                M.id(dcs),
                R(fdate(rdate(rng, year, year), 1)),
                cause,
                M.addr(dcs, 0) if rng.random() < 0.5 else R(dcs.town + dcs.village),
                M.name(ap),
                R(rng.choice(["儿子", "女儿", "配偶", "孙子", "侄子"])),
                M.mobile(ap),
                R(str(rng.choice([1000, 1200, 1500, 2000]))),
            ]
            if len(headers) == 12:
                row.append(M.card(ap, 0))
            rows.append(row)
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(f"殡仪馆：{C['name']}殡仪馆  咨询电话：{office_phone(rng, C)}   民政局社会事务股")
    else:
        dcs = Person(rng, C, y0=1925, y1=1975)
        ap = Person(rng, C, y0=1950, y1=1995, town=dcs.town)
        doc.line(f"{C['name']}惠民殡葬补贴申请表")
        form(
            doc,
            rng,
            [
                ("逝者姓名", M.name(dcs)),
                ("性别", R(dcs.sex)),
                ("身份证号码", M.id(dcs)),
                ("户籍地址", M.addr(dcs, rng.choice([1, 2]))),
                ("死亡时间", R(fdate(rdate(rng, year, year), 0))),
                ("死亡原因", M.health(rng.choice(ILL)) if rng.random() < 0.7 else R("自然死亡")),
                ("火化证明编号", R(f"HH{year}{rng.randint(1, 9999):04d}")),
                ("申请人", M.name(ap)),
                ("与逝者关系", R(rng.choice(["长子", "次女", "配偶", "孙子"]))),
                ("申请人身份证", M.id(ap)),
                ("联系电话", M.mobile(ap)),
                ("开户银行", R(ap.bank)),
                ("银行账号", M.card(ap)),
            ],
        )
        doc.line(
            "安葬方式："
            + boxes(
                rng,
                ["公墓安葬", "骨灰堂存放", "树葬", "海撒/撒散", "其他"],
                rng.choice(["公墓安葬", "骨灰堂存放", "树葬"]),
            )
        )
        doc.line(f"村（居）委会意见：属实。盖章     乡镇民政办：{official(rng, C)}     县民政局审批：同意")
    return v, doc


def fam_yisq(rng, C, scale):
    M = Mask(rng, rng.choice(["none", "none", "partial", "full"]))
    v = rng.choice(["shenqingbiao", "shenqingbiao", "shenqingbiao", "dafushu", "dafushu", "buzheng"])
    doc = Doc()
    year = rng.randint(2019, 2024)
    org = C["name"] + rng.choice(
        ["人民政府办公室", "自然资源局", "住房和城乡建设局", "民政局", "农业农村局", "财政局"]
    )
    p = Person(rng, C, y0=1955, y1=2002)
    outsider = rng.random() < 0.2
    if outsider:
        p.outsider = True  # type: ignore[attr-defined]
        p.addr_core = (
            rng.choice(["深圳市南山区", "广州市天河区", "西安市雁塔区", "成都市武侯区", "兰州市城关区"]),
            f"{rng.choice(['科技园', '学府', '滨江', '东岗'])}路{rng.randint(1, 300)}号{rng.randint(1, 30)}栋{rng.randint(1, 3)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}室",
        )
    if v == "shenqingbiao":
        doc.line("政府信息公开申请表")
        doc.line(f"受理机关：{org}    申请编号：YSQ{year}{rng.randint(1, 999):03d}")
        legal = rng.random() < 0.15
        if not legal:
            doctype = rng.choice(
                [
                    "身份证",
                    "身份证",
                    "护照",
                    "护照",
                    "港澳居民来往内地通行证",
                    "往来港澳通行证",
                    "往来港澳通行证",
                    "台湾居民来往大陆通行证",
                    "台湾居民来往大陆通行证",
                ]
            )
            if doctype == "身份证":
                num = M.id(p)
            elif doctype == "护照":
                pp = (
                    "E" + "".join(rng.choice("0123456789") for _ in range(8))
                    if rng.random() < 0.6
                    else "E" + rng.choice("ABCDEFGHJK") + "".join(rng.choice("0123456789") for _ in range(7))
                )
                num = R(pp, "passport") if not M.k["id"] else R(pp[:2] + "*****" + pp[-2:])
            elif doctype == "往来港澳通行证":
                hk = "C" + "".join(rng.choice("0123456789") for _ in range(8))
                num = R(hk, "hk_macau_permit") if not M.k["id"] else R(hk[:2] + "*****" + hk[-2:])
            elif doctype == "港澳居民来往内地通行证":
                hk = rng.choice("HM") + "".join(rng.choice("0123456789") for _ in range(8))
                num = R(hk, "hk_macau_permit") if not M.k["id"] else R(hk[:2] + "*****" + hk[-2:])
            else:
                tw = "".join(rng.choice("0123456789") for _ in range(8))
                num = R(tw, "tw_permit") if not M.k["id"] else R(tw[:2] + "****" + tw[-2:])
            doc.line("申请人信息：" + boxes(rng, ["公民", "法人或者其他组织"], "公民"))
            items = [
                ("姓名", M.name(p)),
                ("工作单位", R(rng.choice(["无", "个体", "务农", f"{C['name']}某建材店", "退休"]))),
                (
                    "证件名称",
                    R(
                        boxes(
                            rng,
                            ["身份证", "护照", "其他"],
                            doctype if doctype in ("身份证", "护照") else "其他",
                        )
                        + ("" if doctype in ("身份证", "护照") else f"（{doctype}）")
                    ),
                ),
                ("证件号码", num),
                ("联系电话", M.mobile(p) if rng.random() < 0.7 else M.landline(p.landline)),
                ("邮政编码", R(C["post"] if not outsider else str(rng.randint(100000, 730000)))),
                ("通信地址", M.addr(p, rng.choice([1, 2, 3]))),
                (
                    "电子邮箱",
                    R(
                        f"{''.join(rng.choice('abcdefghjkmnpqrstwxyz') for _ in range(rng.randint(4, 8)))}{rng.randint(1, 2000)}@{rng.choice(['163.com', '126.com', 'qq.com', 'sina.com'])}",
                        "email",
                    )
                    if not M.k["mobile"]
                    else R("***@163.com"),
                ),
            ]
            if doctype == "往来港澳通行证" and rng.random() < 0.5:
                items.append(("备用证件（身份证）", M.id(p)))
        else:
            cc = credit_code(rng, C["region"], rng.choice(["91", "92", "93"]))
            lp = Person(rng, C, y0=1960, y1=1990)
            ct = Person(rng, C, y0=1975, y1=2000)
            doc.line("申请人信息：" + boxes(rng, ["公民", "法人或者其他组织"], "法人或者其他组织"))
            items = [
                (
                    "名称",
                    R(
                        f"{C['name']}{rng.choice(['丰源', '金穗', '绿野'])}{rng.choice(['种养专业合作社', '农业开发有限公司', '商贸有限公司'])}"
                    ),
                ),
                ("统一社会信用代码", R(cc)),
                ("法定代表人", R(lp.name)),
                ("联系人", M.name(ct)),
                ("联系人电话", M.mobile(ct)),
                (
                    "联系人邮箱",
                    R(f"{rng.randint(10000000, 2999999999)}@qq.com", "email")
                    if not M.k["mobile"]
                    else R("****@qq.com"),
                ),
                (
                    "通信地址",
                    R(f"{C['name']}{rng.choice(list(C['towns']))}工业园{rng.randint(1, 20)}号（单位）"),
                ),
            ]
        form(doc, rng, items)
        need = rng.choice(
            [
                f"{year - 1}年{p.town}{p.village}村集体土地征收补偿安置方案及本人户（户主{p.name}）的补偿明细",
                f"本人位于{p.town}的房屋被认定为危房的鉴定报告",
                f"{year - 1}年全县低保资金发放明细",
                f"{p.village}道路硬化工程招投标文件及竣工验收资料",
            ]
        )
        doc.t("所需政府信息的内容描述：")
        if "户主" in need and not M.k["name"]:
            a, b = need.split(p.name)
            doc.t(a)
            doc.v("name", p.name)
            doc.t(b)
        elif "户主" in need:
            doc.t(need.replace(p.name, mask_name(rng, p.name)))
        else:
            doc.t(need)
        doc.nl()
        doc.line("所需信息的用途：" + rng.choice(["自身生产生活需要", "维权", "了解补偿标准", "（可不填）"]))
        doc.line(
            "获取方式："
            + boxes(
                rng,
                ["纸质", "电子邮件", "光盘", "当面领取", "邮寄"],
                rng.choice(["邮寄", "电子邮件", "当面领取"]),
            )
        )
        doc.line(f"申请人签名：__________    申请时间：{fdate(rdate(rng, year, year), 0)}")
        doc.line(
            f"受理机构地址：{C['name']}{C['seat']}{rng.choice(C['streets'])}{rng.randint(1, 200)}号  邮编：{C['post']}  电话：{office_phone(rng, C)}  邮箱：{C['agency_prefix']}xxgk@163.com".replace(
                "巫溪xxgk", "wxxxgk"
            )
            .replace("兴xxgk", "xgxxgk")
            .replace("平xxgk", "pxxxgk")
            .replace("清xxgk", "qjxxgk")
            .replace("屏xxgk", "pbxxgk")
            .replace("夏xxgk", "xhxxgk")
        )
    else:
        title = "政府信息公开申请答复书" if v == "dafushu" else "补正申请告知书"
        doc.line(org)
        doc.line(title)
        doc.line(
            f"{C['agency_prefix']}{rng.choice(['府办', '自然资', '住建', '民'])}依复〔{year}〕{rng.randint(1, 60)}号"
        )
        doc.r(M.name(p))
        doc.t("：" if rng.random() < 0.7 else rng.choice(["先生：", "女士："]))
        doc.nl()
        d = rdate(rng, year, year)
        third = Person(rng, C, town=p.town)
        if v == "dafushu":
            paras = [
                R(
                    f"本机关于{fdate(d, 0)}收到您通过{rng.choice(['信函', '在线平台', '当面'])}提交的政府信息公开申请，"
                    f"申请获取“{rng.choice(['本人户宅基地审批档案', '村集体土地征收补偿明细', '某地块规划许可资料', '低保评审材料'])}”。经审查，现答复如下："
                ),
                R("一、您申请的信息中，本人户补偿明细属于可以公开的信息，现随本答复书提供。"),
                R("二、您申请的同组其他农户（如")
                + M.name(third)
                + R(rng.choice(["等", "户"]))
                + R(
                    "）的补偿明细涉及第三方个人隐私，经书面征求第三方意见，第三方不同意公开，"
                    "依据《中华人民共和国政府信息公开条例》第十五条，本机关不予公开。"
                ),
                R("如对本答复不服，可以自收到本答复书之日起60日内向")
                + R(f"{C['city'] or '重庆市'}{'人民政府' if C['city'] else '人民政府'}")
                + R("或")
                + R(f"{C['name']}人民政府申请行政复议，也可以在6个月内向人民法院提起行政诉讼。"),
            ]
        else:
            paras = [
                R(
                    f"本机关于{fdate(d, 0)}收到您提交的政府信息公开申请。因申请内容不明确，请您于收到本告知书之日起15个工作日内对所需信息的名称、文号或者便于查询的其他特征性描述予以补正。"
                ),
                R("无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。"),
            ]
        prose(doc, rng, paras)
        tail_sign(doc, rng, org + "（印章）", d + datetime.timedelta(days=rng.randint(5, 20)))
        doc.line("送达信息：")
        form(
            doc,
            rng,
            [
                ("收件人", M.name(p)),
                ("收件地址", M.addr(p, rng.choice([1, 2, 3]))),
                ("联系电话", M.mobile(p)),
                ("邮件号", R(f"{rng.choice(['11', '98', '10'])}{rng.randint(10**10, 10**11 - 1)}")),
            ],
            rng.choice(["line", "grid"]),
        )
        doc.line(f"经办人：{official(rng, C)}   联系电话：{office_phone(rng, C)}")
    return v, doc


def fam_xuesheng(rng, C, scale):
    M = Mask(rng)
    v = rng.choice(["zizhu", "zizhu", "yulu", "daikuan"])
    doc = Doc()
    year = rng.randint(2019, 2024)
    town = rng.choice(list(C["towns"]))
    if v == "zizhu":
        school = rng.choice(
            [
                f"{C['name']}第一中学",
                f"{C['name']}职业中学",
                f"{town}中心小学",
                f"{town}初级中学",
                f"{C['name']}民族中学",
            ]
        )
        proj = rng.choice(
            [
                "普通高中国家助学金",
                "义务教育家庭经济困难学生生活补助",
                "学前教育资助",
                "中职国家助学金",
                "营养改善计划",
            ]
        )
        doc.line(f"{school}{year}年{rng.choice(['春季', '秋季'])}学期{proj}受助学生名单公示")
        n = max(5, int(rng.randint(8, 22) * scale))
        headers = ["序号", "姓名", "性别", "年级班级", "身份证号", "家庭困难类型", "资助金额（元）"]
        gcol = rng.random() < 0.5
        if gcol:
            headers += ["监护人", "监护人电话"]
        if rng.random() < 0.4:
            headers.append("家庭住址")
        rows = []
        for i in range(n):
            s = Person(rng, C, y0=2004, y1=2018, town=town)
            ty = rng.choice(
                ["脱贫户", "低保家庭", "特困供养", "残疾学生", "残疾人子女", "孤儿", "监测户", "家庭经济困难"]
            )
            tyr = R(ty)
            row = [
                R(str(i + 1)),
                M.name(s),
                R(s.sex),
                R(
                    f"{rng.choice(['七', '八', '九', '高一', '高二', '高三', '三', '五'])}（{rng.randint(1, 12)}）班"
                ),
                M.id(s),
                tyr,
                R(str(rng.choice([500, 625, 750, 1000, 1250]))),
            ]
            if gcol:
                g = Person(rng, C, y0=1965, y1=1990, town=town)
                row += [M.name(g), M.mobile(g)]
            if "家庭住址" in headers:
                row.append(M.addr(s, 0))
            rows.append(row)
        st = rng.choice(TABLE_STYLES)
        render_table(
            doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st), page_rows=rng.choice([None, 10])
        )
        doc.line(
            f"公示期：5个工作日。监督电话：{office_phone(rng, C)}（学校资助办），{office_phone(rng, C)}（县学生资助管理中心）"
        )
    elif v == "yulu":
        doc.line(f"{C['name']}{year}年“雨露计划”职业教育补助{rng.choice(['拟补助对象', '资金发放'])}公示")
        n = max(5, int(rng.randint(8, 18) * scale))
        headers = [
            "序号",
            "乡镇",
            "村",
            "户主姓名",
            "学生姓名",
            "学生身份证号",
            "就读学校",
            "补助金额",
            "户主银行卡号",
        ]
        rows = []
        for i in range(n):
            hh = Person(rng, C, y0=1965, y1=1985)
            s = Person(rng, C, y0=2002, y1=2008, town=hh.town)
            rows.append(
                [
                    R(str(i + 1)),
                    R(hh.town),
                    R(hh.village),
                    M.name(hh),
                    M.name(s),
                    M.id(s),
                    R(
                        rng.choice(
                            [
                                "赣州职业技术学院",
                                "邢台职业技术学院",
                                "榆林职业技术学院",
                                "重庆三峡职业学院",
                                "红河州职业技术学院",
                                "甘南州职业技术学校",
                            ]
                        )
                    ),
                    R("1500"),
                    M.card(hh, 0),
                ]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(
            f"{C['name']}乡村振兴局  {fdate(rdate(rng, year, year), 0)}  监督电话：{office_phone(rng, C)}"
        )
    else:
        s = Person(rng, C, y0=2002, y1=2006)
        g = Person(rng, C, y0=1968, y1=1985, town=s.town)
        doc.line("生源地信用助学贷款申请表")
        doc.line(f"合同编号：{C['code']}{year}{rng.randint(100000, 999999)}")
        form(
            doc,
            rng,
            [
                ("学生姓名", M.name(s)),
                ("身份证号", M.id(s)),
                (
                    "就读高校",
                    R(
                        rng.choice(
                            [
                                "南昌大学",
                                "河北师范大学",
                                "延安大学",
                                "西南大学",
                                "云南民族大学",
                                "西北民族大学",
                            ]
                        )
                    ),
                ),
                ("学号", R(str(rng.randint(2020000000, 2024999999)))),
                ("手机", M.mobile(s)),
                (
                    "电子邮箱",
                    R(f"{rng.randint(100000000, 3999999999)}@qq.com", "email")
                    if not M.k["mobile"]
                    else R("******@qq.com"),
                ),
                ("家庭住址", M.addr(s, rng.choice([1, 2, 3]))),
                ("共同借款人", M.name(g)),
                ("与学生关系", R(rng.choice(["父亲", "母亲"]))),
                ("共同借款人身份证", M.id(g)),
                ("共同借款人电话", M.mobile(g)),
                ("家庭年收入", R(f"{rng.randint(8, 40)}000元")),
                ("申请金额", R(rng.choice(["12000元", "16000元"]))),
            ],
        )
        if rng.random() < 0.4:
            doc.t("家庭困难情况说明：父亲")
            doc.r(M.health(rng.choice(ILL)))
            doc.t("，丧失劳动能力。")
            doc.nl()
        doc.line(f"县学生资助管理中心审核：{official(rng, C)}   电话：{office_phone(rng, C)}")
    return v, doc


YF_CAT = [
    "伤残军人",
    "在乡复员军人",
    "带病回乡退伍军人",
    "参战参试退役人员",
    "烈士遗属",
    "因公牺牲军人遗属",
    "病故军人遗属",
    "农村籍退役士兵（60周岁以上）",
]
INJ = [
    "左下肢截肢",
    "右眼失明",
    "颅脑损伤",
    "腰椎骨折后遗症",
    "枪伤致右臂功能障碍",
    "听力损伤",
    "左手三指缺失",
    "弹片残留胸腔",
]


def fam_youfu(rng, C, scale):
    M = Mask(rng)
    v = rng.choice(["roster", "roster", "guangrong", "lieshi"])
    doc = Doc()
    year = rng.randint(2019, 2024)
    town = rng.choice(list(C["towns"]))
    if v == "roster":
        doc.line(
            f"{C['name']}{year}年{rng.choice(['1-3月', '第二季度', '下半年', '全年'])}重点优抚对象定期抚恤补助金发放{rng.choice(['花名册', '明细表'])}"
        )
        doc.line(f"单位：{C['name']}退役军人事务局    乡镇：{town}    金额单位：元")
        n = max(4, int(rng.randint(8, 18) * scale))
        headers = [
            "序号",
            "姓名",
            "性别",
            "身份证号",
            "优抚类别",
            "伤残等级",
            "伤残性质/部位",
            "入伍时间",
            "月标准",
            "本期金额",
            "账号",
        ]
        rows = []
        for i in range(n):
            p = Person(rng, C, y0=1930, y1=1975, town=town)
            cat = rng.choice(YF_CAT)
            grade = R(f"{rng.choice(['五', '六', '七', '八', '九', '十'])}级") if cat == "伤残军人" else R("")
            nat = (
                (R(rng.choice(["因战", "因公", "因病"]) + "/") + M.health(rng.choice(INJ)))
                if cat == "伤残军人" and rng.random() < 0.7
                else R("")
            )
            amt = rng.randint(500, 3500)
            rows.append(
                [
                    R(str(i + 1)),
                    M.name(p),
                    R(p.sex),
                    M.id(p),
                    R(cat),
                    grade,
                    nat,
                    R(f"{p.birth.year + 18}.{rng.randint(1, 12):02d}"),
                    R(str(amt)),
                    R(str(amt * 3)),
                    M.card(p, 0),
                ]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(
            doc,
            rng,
            headers,
            rows,
            st,
            wrapw=cell_wraps(rng, headers, st),
            page_rows=rng.choice([None, 9]),
            group=[("", 4), ("优抚对象情况", 4), ("发放", 3)] if rng.random() < 0.3 else None,
        )
        doc.line(
            f"制表：{official(rng, C)}  审核：{official(rng, C)}  局长：{official(rng, C)}  服务站电话：{office_phone(rng, C)}"
        )
    elif v == "guangrong":
        doc.line(f"{town}退役军人服务站{year}年光荣牌悬挂及优待证申领登记表")
        n = max(4, int(rng.randint(6, 14) * scale))
        headers = ["序号", "姓名", "身份证号", "退役时间", "联系电话", "家庭住址", "光荣牌悬挂", "优待证申领"]
        rows = []
        for i in range(n):
            p = Person(rng, C, y0=1945, y1=2003, town=town)
            rows.append(
                [
                    R(str(i + 1)),
                    M.name(p),
                    M.id(p),
                    R(f"{min(p.birth.year + rng.randint(20, 40), year)}年"),
                    M.mobile(p),
                    M.addr(p, rng.choice([0, 1])),
                    R(rng.choice(["☑已悬挂", "□未悬挂", "已挂"])),
                    R(rng.choice(["已申领", "待制证", "未申请"])),
                ]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        doc.line(f"服务站负责人：{official(rng, C)}  联系电话：{office_phone(rng, C)}")
    else:
        doc.line(f"{C['name']}{year}年烈士遗属{rng.choice(['定期抚恤金', '春节慰问金'])}发放公示")
        prose(
            doc,
            rng,
            [
                R(
                    f"为弘扬英烈精神，做好烈士遗属优抚工作，经审核，现将{year}年烈士遗属名单及发放标准公示如下。"
                )
            ],
        )
        n = max(3, int(rng.randint(4, 10) * scale))
        headers = [
            "序号",
            "烈士姓名",
            "牺牲时间",
            "遗属姓名",
            "与烈士关系",
            "遗属身份证号",
            "联系电话",
            "发放金额",
        ]
        rows = []
        for i in range(n):
            mart = gen_name(rng, C, "男")
            f = Person(rng, C, y0=1935, y1=1975)
            rows.append(
                [
                    R(str(i + 1)),
                    R(mart),
                    R(f"{rng.randint(1930, 2020)}年"),
                    M.name(f),
                    R(rng.choice(["子女", "配偶", "兄弟姐妹", "父母"])),
                    M.id(f),
                    M.mobile(f),
                    R(str(rng.choice([2000, 3000, 500]))),
                ]
            )
        st = rng.choice(TABLE_STYLES)
        render_table(doc, rng, headers, rows, st, wrapw=cell_wraps(rng, headers, st))
        tail_sign(doc, rng, f"{C['name']}退役军人事务局", rdate(rng, year, year))
    return v, doc


FAMILIES = [
    ("canji", fam_canji),
    ("weifang", fam_weifang),
    ("screening", fam_screen),
    ("chufa", fam_chufa),
    ("cunwu", fam_cunwu),
    ("tiaojie", fam_tiaojie),
    ("xinfang", fam_xinfang),
    ("gaoling", fam_gaoling),
    ("yisq", fam_yisq),
    ("xuesheng", fam_xuesheng),
    ("youfu", fam_youfu),
]


def make_doc(seed, i):
    fam, fn = FAMILIES[i % len(FAMILIES)]
    for scale in (1.0, 0.75, 0.55, 0.4, 0.3, 0.2):
        rng = random.Random(f"{seed}-{i}")
        ck = rng.choice(sorted(COUNTIES))
        C = COUNTIES[ck]
        var, doc = fn(rng, C, scale)
        text, spans = doc.build()
        if len(text) < 320:
            meta = Doc()
            meta.line(f"索引号：{index_no(rng, C)}")
            meta.line(
                f"信息分类：{rng.choice(['社会救助', '民政', '卫生健康', '行政执法', '政务公开'])}    发布机构：{C['name']}{rng.choice(['人民政府', '民政局', '卫生健康局', '司法局'])}"  # type: ignore[index]
            )
            meta.line(
                f"发文日期：{fdate(rdate(rng, 2020, 2024), 1)}    文号：{wenhao(rng, C, rng.choice(['府办', '民字', '卫健']))}    公开方式：主动公开"
            )
            meta.line(
                f"主题词：{rng.choice(['公示', '名单', '答复'])}    有效性：有效    浏览次数：{rng.randint(10, 3000)}"
            )
            meta.nl()
            doc.segs = meta.segs + doc.segs
            text, spans = doc.build()
        if len(text) <= 3000:
            break
    return {"type": f"{fam}.{var}", "county": C["name"], "text": text, "spans": spans}  # type: ignore[index]


# ----------------------------------------------------------------- checking
PLATE_RE = re.compile(
    r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]·?[A-Z0-9]{5,6}$"
)


def valid_date(s):
    try:
        d = datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
        return datetime.date(1890, 1, 1) <= d <= datetime.date(2024, 12, 31)
    except ValueError:
        return False


def check_span(kind, val):
    v = re.sub(r"\s", "", val)
    if kind == "id_card":
        return (
            bool(re.fullmatch(r"\d{17}[\dX]", v))
            and id_check(v[:17]) == v[17]
            and valid_date(v[6:14])
            and v[:6] in ALL_CODES
        )
    if kind == "id_card_15":
        return bool(re.fullmatch(r"\d{15}", v)) and valid_date("19" + v[6:12]) and v[:6] in ALL_CODES
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", v.replace("-", "")))
    if kind == "landline":
        return bool(re.fullmatch(r"0\d{2,3}-?\d{7,8}", v))
    if kind == "bank_card":
        return bool(re.fullmatch(r"\d{16,19}", v)) and luhn_ok(v) and v[:6] in BANK_PREFIXES
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", v))
    if kind == "passport":
        return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}", v))
    if kind == "hk_macau_permit":
        return bool(re.fullmatch(r"[CHM]\d{8}", v))
    if kind == "tw_permit":
        return bool(re.fullmatch(r"\d{8}|T\d{8}", v))
    if kind == "license_plate":
        return bool(PLATE_RE.match(v))
    if kind == "address":
        return v[-1] in "号栋室组社元" and "*" not in v
    if kind == "name":
        return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", v)) and "某" not in v
    if kind == "health":
        return "*" not in v and len(v) >= 2
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


def check_records(recs):
    errs = []
    for n, r in enumerate(recs):
        t = r["text"]
        last = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            a, b, k = s["start"], s["end"], s["kind"]
            if k not in KINDS:
                errs.append((n, "kind", k))
                continue
            if not (0 <= a < b <= len(t)):
                errs.append((n, "range", s))
                continue
            if a < last:
                errs.append((n, "overlap", s))
            last = b
            val = t[a:b]
            if val != val.strip():
                errs.append((n, "whitespace", val))
            if k == "address" and val[-1] not in "号栋室组社元":
                # -layout column wrap: fragment must be continued by a later address span
                later = [
                    x
                    for x in r["spans"]
                    if x["kind"] == "address" and x["start"] > b and "\n" in t[b : x["start"]]
                ]
                nxt = min(later, key=lambda x: x["start"]) if later else None
                if nxt is None or nxt["start"] - b > 200 or "*" in val:
                    errs.append((n, "invalid address fragment", val))
                continue
            if not check_span(k, val):
                errs.append((n, "invalid " + k, val))
        if not (300 <= len(t) <= 3000):
            errs.append((n, "length", len(t)))
    return errs


def stats(recs, out=sys.stdout):
    fam = collections.Counter()  # type: ignore[var-annotated]
    fspans = collections.Counter()  # type: ignore[var-annotated]
    fchars = collections.Counter()  # type: ignore[var-annotated]
    kinds = collections.Counter()  # type: ignore[var-annotated]
    types = collections.Counter()  # type: ignore[var-annotated]
    county = collections.Counter()  # type: ignore[var-annotated]
    for r in recs:
        f = r["type"].split(".")[0]
        fam[f] += 1
        fspans[f] += len(r["spans"])
        fchars[f] += len(r["text"])
        types[r["type"]] += 1
        county[r.get("county", "?")] += 1
        for s in r["spans"]:
            kinds[s["kind"]] += 1
    tot_c = sum(fchars.values())
    tot_s = sum(fspans.values())
    print(
        f"documents {len(recs)}  chars {tot_c}  spans {tot_s}  spans/1000 chars {1000 * tot_s / max(1, tot_c):.1f}",
        file=out,
    )
    print(f"{'family':<12}{'docs':>6}{'spans':>8}{'avg len':>9}{'sp/1k':>8}", file=out)
    for f in sorted(fam):
        print(
            f"{f:<12}{fam[f]:>6}{fspans[f]:>8}{fchars[f] / fam[f]:>9.0f}{1000 * fspans[f] / fchars[f]:>8.1f}",
            file=out,
        )
    print("kinds:", file=out)
    for k in KINDS:
        print(f"  {k:<16}{kinds[k]:>7}", file=out)
    print("variants: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())), file=out)
    print("counties: " + ", ".join(f"{k} {v}" for k, v in sorted(county.items())), file=out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", default="233")
    ap.add_argument("-o", "--out")
    ap.add_argument("--check")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(__doc__[__doc__.index("DECISIONS") :].strip())
        return
    if a.check:
        recs = [json.loads(l) for l in open(a.check, encoding="utf-8") if l.strip()]
        errs = check_records(recs)
        for e in errs[:50]:
            print("ERROR", e)
        print(
            f"checked {len(recs)} documents, {sum(len(r['spans']) for r in recs)} spans, {len(errs)} errors"
        )
        if a.stats:
            stats(recs)
        sys.exit(1 if errs else 0)
    recs = [make_doc(a.seed, i) for i in range(a.docs)]
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for r in recs:
        out.write(
            json.dumps({"type": r["type"], "text": r["text"], "spans": r["spans"]}, ensure_ascii=False) + "\n"
        )
    if a.out:
        out.close()
    if a.stats:
        stats(recs, sys.stderr if not a.out else sys.stdout)


if __name__ == "__main__":
    main()
