#!/usr/bin/env python3
# ruff: noqa: B007, B905, C408, E501, E731, RUF005, RUF021, RUF023, RUF034, RUF059, SIM115, UP031
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout47 - blind labelled evaluation set for a Chinese PII detector (政务公开 documents).

Synthetic documents as county/township offices in 沿河土家族自治县 (贵州), 泸水市 (云南), 安化县 (湖南),
灵丘县 (山西), 睢宁县 (江苏) and 东兰县 (广西) publish them or keep them on file, with gold spans of
personal information.  Standard library only; deterministic for a given --seed (every document has its
own random.Random seeded with "<seed>-<document number>").

    python holdout47.py --docs 400 --seed 227 -o set.jsonl [--stats]
    python holdout47.py --check set.jsonl [--stats]
    python holdout47.py --decisions

Output line: {"type": "<family>[.pdf]", "text": ..., "spans": [{"kind", "start", "end"}, ...]};
text[start:end] is the labelled value (Python str indices).  Families: xinfang (信访 letters and ledgers),
hotline12345 (工单 replies and exports), medical_aid (医疗救助 / 大病专项救治), disability_subsidy (残疾人两项补贴),
land_compensation (征地 / 房屋征收补偿公示), public_housing (公租房 / 廉租房 lists and 审核表), health_screening
(两癌 / 孕前优生), veterans (优抚 rosters / 走访慰问), temp_assistance (临时救助审批表 / 民主评议记录), mediation
(人民调解协议书), hearing (听证笔录).  ".pdf" marks text that went through PDF extraction: hard wraps,
one-cell-per-line tables, form fields split label/value, page footers and running headers.

DECISIONS
=========
Kinds
D1  id_card: an 18-character 公民身份号码 of a private person, unmasked, with a valid GB 11643 check
    character, a real birth date and one of the six counties' real codes (current and pre-reform:
    沿河 520627/522228, 泸水 533301/533321, 安化 430923, 灵丘 140224, 睢宁 320324, 东兰 451224).
    Written as-is, with a lower-case x, or grouped with spaces (6-8-4); the span covers the whole
    written form including those spaces.  Masked forms (522228********123X, 5222281965****123X,
    52222819650304****) are NOT labelled: the office has already desensitised them.
D2  id_card inside a 第二代残疾人证号 (18-char ID + category digit + grade digit, 20 chars): the
    embedded 18 characters disclose the full ID number, so they are labelled id_card; the 2 trailing
    digits are not labelled (they are coded data, not a written condition).  Masked card numbers:
    nothing labelled.
D3  id_card_15: old 15-digit numbers (county code + yymmdd + 3 digits) still held in 优抚 records
    for people born before 1984; labelled only when unmasked.
D4  mobile: 11-digit mobile numbers of private persons (callers, applicants, guardians, 包工头,
    agents), including spaced/hyphenated forms (span covers separators).  Masked forms
    (138****1234, 1385678****) are not labelled.  A mobile an official publishes as the office's
    work contact (联系人：经办干部 139…, 驻村第一书记 139… under 监督电话) is NOT labelled (see D5).
D5  landline: a private household's fixed line (家庭固定电话), with its area code if written.
    Agency phones, 监督电话, 咨询电话, hotlines (12345, 12320, 12315) and numbers given as
    an office's contact point are NOT labelled - they are published on purpose and identify an office.
D6  bank_card: 16-19 digit, Luhn-valid account numbers with real issuer prefixes (农行 622848 …),
    including 4-4-4 spaced forms; masked forms not labelled.  Luhn-valid 交易流水号 / 订单号 /
    支付流水号 without an issuer prefix are near-misses and NOT labelled.
D7  email: a private person's mailbox.  Agency mailboxes (xfj@yanhe.gov.cn, 监督邮箱, an office's
    163.com/126.com account) are NOT labelled even when they look personal, because the context names
    them as the office's.
D8  passport (E/EA…/G…), hk_macau_permit (往来港澳通行证 C…/CA…, 港澳居民来往内地通行证 H…/M…),
    tw_permit (往来台湾通行证 L…, 台湾居民来往大陆通行证 8 digits): labelled when the number is
    given for a private person (typically a relative working outside the mainland).
D9  license_plate: a plate of a privately owned or privately used vehicle (owner named or the
    vehicle is the subject of a complaint/accident/asset check).  The plate of an agency or police
    vehicle (执法车辆, 警车) is NOT labelled.
D10 address: a private person's home/户籍/住所 (and a household's house being expropriated, or the
    public-rental unit allocated to a named household) written down to 号/栋/单元/室/组.  The span
    starts at the first administrative element actually written (province, county, township or
    village) and ends at the last unit character; leading words 住/现住/家住/户籍地 are outside.
    NOT labelled: village- or township-level locations (官舟镇官舟村), a road or work site named in
    a complaint, land-parcel names (小地名), agency/office addresses (even with 号), hospital names,
    "同户籍地", "本村".
D11 name: every full name of a private person wherever it appears - applicants, relatives, guardians,
    代领人, deceased recipients, neighbours, witnesses, 村民代表 speaking in a meeting, 班组长/包工头,
    hearing speakers ("申请人田光明：" → 田光明), names inside 群体访 cells (田光明等5人 → 田光明).
    NOT labelled: officials acting in their role (执法人员, 经办人, 审核人, 审批人, 承办人, 调解员,
    听证主持人/听证员/记录员, 调查人员, 网格员, 民警, doctors in 检查医生/主治医师 columns, 村支书/村主任/
    驻村第一书记 and 村委会文书 in their role); lawyers appearing as 委托代理人 in a professional role;
    surname + honorific (王先生, 田女士, 老田), masked names (田*, 田*明, 田某, 田某某, 田XX, 田××);
    surnames inside place and company names (王集镇, 李集镇, 谯家镇, 甘家村, 杨家湾组, 沿河县田氏茶业有限公司,
    王记粮油店).
D12 health: a disease, injury, disability category/grade, screening finding or disability grade
    stated of an identifiable person (the person is named, or is the named applicant's relative).
    The span is the condition wording only (患/确诊为/因 outside).  Separate category and grade
    cells (肢体 | 二级) are two spans; a combined cell (肢体二级) is one.  For 优抚 rosters the 伤残等级
    cell is labelled, the 伤残性质 (因战/因公/因病) and the category name (带病回乡退伍军人) are not.
    NOT labelled: normal/negative results (未见异常, 阴性, NILM, BI-RADS 1类), generic status words
    (健康, 良好, 一般), risk grades (高风险/低风险 - the accompanying 异常指标 cell carries the finding),
    subsidy type names (护理补贴), and aggregate statistics or policy text naming diseases
    ("本期救助尿毒症、恶性肿瘤等重特大疾病患者12人次").
Near-misses never labelled
D13 统一社会信用代码 (18 chars, valid GB 32100 check and GB 11714 org-code check, county code inside),
    信访件编号 (18 digits: real county code + valid date + 4 digits, checksum deliberately failing),
    文号, 索引号, 工单编号, 案件编号, 执法证号, 律师执业证号 (17 digits), 申请编号, 宅基地批准书编号,
    交通事故认定书编号, dates, amounts, postcodes, ages, 出生年月, ethnicity, sex.
Layout
D14 Tables are rendered as CSV (fields with commas quoted), TSV, space-aligned (pdftotext -layout),
    '|'-bordered markdown, '+---+' boxed, or one-cell-per-line PDF extraction where empty cells vanish
    and long cells wrap.  Two-row headers follow merged-cell export: the group label sits over its
    first column, blanks elsewhere, sub-headers in row two.
D15 Values split by line wraps stay one span: the span runs from the first to the last character of the
    value and includes the inserted newline(s); --check strips whitespace before validating.  Page
    footers/running headers are only inserted at line boundaries no span crosses.
D16 Forms appear as label：value grids (2-3 pairs per line), '|'-bordered grids, or one label and one
    value per line (PDF form extraction).  Minutes/笔录 put the speaker tag before '：'.
D17 Each document chooses a masking habit (none, some, most) so the same kind appears both labelled
    and masked within one set, often within one document.
D18 Spans never overlap; a value that is both inside a labelled span and another candidate is
    labelled once with the most specific kind (e.g. the ID inside a 残疾人证号).
"""

import argparse
import bisect
import datetime
import json
import re
import sys
from collections import Counter
from random import Random

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
FAMILIES = (
    "xinfang",
    "hotline12345",
    "medical_aid",
    "disability_subsidy",
    "land_compensation",
    "public_housing",
    "health_screening",
    "veterans",
    "temp_assistance",
    "mediation",
    "hearing",
)

# --------------------------------------------------------------------------- checksums
_IDW = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_IDC = "10X98765432"


def id_check(s17):
    return _IDC[sum(int(a) * w for a, w in zip(s17, _IDW)) % 11]


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
    raise ValueError(body)


_USC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USW = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check(s17):
    v = 31 - sum(_USC.index(c) * w for c, w in zip(s17, _USW)) % 31
    return _USC[0 if v == 31 else v]


def org_check(s8):
    """GB 11714 organisation code check character."""
    w = (3, 7, 9, 10, 5, 8, 4, 2)
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    v = 11 - sum(val(c) * x for c, x in zip(s8, w)) % 11
    return "X" if v == 10 else ("0" if v == 11 else str(v))


# real issuer prefixes (IIN/BIN) -> card length
BINS = {
    "622848": 19,
    "622202": 19,
    "621700": 19,
    "621661": 19,
    "622588": 16,
    "621799": 19,
    "622188": 19,
    "623668": 19,
    "621226": 19,
    "622908": 18,
    "436742": 19,
    "622262": 19,
    "622845": 19,
    "621282": 19,
}
BANKNAME = {
    "622848": "中国农业银行",
    "622202": "中国工商银行",
    "621700": "中国建设银行",
    "621661": "中国银行",
    "622588": "招商银行",
    "621799": "中国邮政储蓄银行",
    "622188": "中国邮政储蓄银行",
    "623668": "中国建设银行",
    "621226": "中国工商银行",
    "622908": "兴业银行",
    "436742": "中国建设银行",
    "622262": "交通银行",
    "622845": "中国农业银行",
    "621282": "中国农业银行",
}

# --------------------------------------------------------------------------- rich text


class R:
    """Text plus spans [(kind, start, end)]; concatenation keeps offsets right."""

    __slots__ = ("t", "sp")

    def __init__(self, t="", sp=None):
        self.t = t
        self.sp = list(sp or [])

    def __add__(self, o):
        return cat(self, o)

    def __radd__(self, o):
        return cat(o, self)

    def __len__(self):
        return len(self.t)


def rr(x):
    return x if isinstance(x, R) else R(str(x))


def L(kind, v):
    v = str(v)
    return R(v, [(kind, 0, len(v))]) if kind else R(v)


def cat(*items):
    t, sp, n = [], [], 0  # type: ignore[var-annotated]
    for it in items:
        it = rr(it)
        t.append(it.t)
        sp.extend((k, s + n, e + n) for k, s, e in it.sp)
        n += len(it.t)
    return R("".join(t), sp)


def J(sep, items):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return cat(*out)


def dw(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def pad(x, w):
    x = rr(x)
    return cat(x, " " * max(0, w - dw(x.t)))


def insert(rt, ins):
    """Insert strings at positions of rt.t; spans crossing an insertion point absorb it."""
    ins = sorted(ins, key=lambda a: a[0])
    t, out, prev = rt.t, [], 0
    for p, s in ins:
        out.append(t[prev:p])
        out.append(s)
        prev = p
    out.append(t[prev:])
    pos = [p for p, _ in ins]
    cum = [0]
    for _, s in ins:
        cum.append(cum[-1] + len(s))
    sp = [(k, s + cum[bisect.bisect_right(pos, s)], e + cum[bisect.bisect_left(pos, e)]) for k, s, e in rt.sp]
    return R("".join(out), sp)


NOBREAK = set("，。、；：！？）」》”’,.;:!?)%")


def hardwrap(rt, width):
    """PDF-style hard wrap by display width; may cut through labelled values."""
    ins, col = [], 0
    for i, ch in enumerate(rt.t):
        if ch == "\n":
            col = 0
            continue
        w = 2 if ord(ch) > 0x2E80 else 1
        if col + w > width and col > 0 and ch not in NOBREAK:
            ins.append((i, "\n"))
            col = 0
        col += w
    return insert(rt, ins)


def paginate(rt, per, footer, header=None):
    """Insert page footers (and optional running headers) at line boundaries no span crosses."""
    t = rt.t
    starts = [m.end() for m in re.finditer("\n", t)]
    bounds, k = [], per - 1
    while k < len(starts):
        b = starts[k]
        if any(s < b < e for _, s, e in rt.sp):
            k += 1
            continue
        bounds.append(b)
        k += per
    n = len(bounds) + 1
    ins = [(b, footer(i + 1, n) + "\n" + (header + "\n" if header else "")) for i, b in enumerate(bounds)]
    return cat(insert(rt, ins), "\n", footer(n, n))


# --------------------------------------------------------------------------- tables


def table(x, heads, rows, st, groups=None):
    n = len(heads)
    rows = [[rr(c) for c in row] for row in rows]
    if groups:
        top, sub, prev = [], [], None
        for g, h in zip(groups, heads):
            if g:
                top.append("" if g == prev else g)
                sub.append(h)
            else:
                top.append(h)
                sub.append("")
            prev = g
        hdr = [top, sub]
    else:
        hdr = [list(heads)]
    hdr = [[rr(c) for c in h] for h in hdr]
    if st in ("csv", "tsv"):
        sep = "," if st == "csv" else "\t"

        def q(c):
            return cat('"', c, '"') if (st == "csv" and ("," in c.t or "，" in c.t and x.p(0.3))) else c

        return J("\n", [J(sep, [q(c) for c in row]) for row in hdr + rows])
    if st in ("space", "pipe", "box"):
        allr = hdr + rows
        ws = [max(dw(rw[i].t) for rw in allr) for i in range(n)]
        if st == "space":
            gap = x.ch(["  ", "   ", " "])
            lines = [J(gap, [pad(c, ws[i]) if i < n - 1 else c for i, c in enumerate(rw)]) for rw in allr]
            return J("\n", lines)
        bar = "+" + "+".join("-" * (w + 2) for w in ws) + "+"
        dash = "|" + "|".join("-" * (w + 2) for w in ws) + "|"
        lines = [cat("| ", J(" | ", [pad(c, ws[i]) for i, c in enumerate(rw)]), " |") for rw in allr]
        nh = len(hdr)
        if st == "pipe":
            return J("\n", lines[:nh] + [dash] + lines[nh:])
        return J("\n", [bar] + lines[:nh] + [bar] + lines[nh:] + [bar])
    # 'cells': one cell per line as PDF extraction yields; empty cells vanish, long cells wrap
    cw = x.r.randint(14, 30)
    out = [c for row in hdr for c in row if c.t]
    for row in rows:
        for c in row:
            if c.t:
                out.append(hardwrap(c, cw) if dw(c.t) > cw else c)
    return J("\n", out)


CN = "零一二三四五六七八九十"


def cnum(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def sub(rt, a, b):
    """Slice of rich text; spans must not cross the cut points."""
    b = len(rt.t) if b is None else b
    return R(rt.t[a:b], [(k, s - a, e - a) for k, s, e in rt.sp if s >= a and e <= b])


def formsplit(rt):
    """'标签：值    标签：值' -> one label and one value per line, as form-field PDF extraction gives."""
    cuts = [m.start() for m in re.finditer("    ", rt.t) if not any(s <= m.start() < e for _, s, e in rt.sp)]
    pieces, prev = [], 0
    for c in cuts:
        pieces.append(sub(rt, prev, c))
        prev = c + 4
    pieces.append(sub(rt, prev, None))
    out = []
    for pc in pieces:
        i = pc.t.find("：")
        if 0 <= i < len(pc.t) - 1 and not any(s <= i < e for _, s, e in pc.sp):
            out.append(cat(sub(pc, 0, i + 1), "\n", sub(pc, i + 1, None)))
        elif pc.t.strip():
            out.append(pc)
    return J("\n", out)


# --------------------------------------------------------------------------- places
COUNTIES = [
    dict(
        key="yanhe",
        prov="贵州省",
        pab="黔",
        city="铜仁市",
        full="沿河土家族自治县",
        short="沿河县",
        abbr="沿",
        codes=["520627", "522228"],
        switch=2012,
        area="0856",
        local=("822", "823", "826", "828", "865"),
        post="565300",
        plate="贵D",
        dom="yanhe.gov.cn",
        eth=["土家族", "土家族", "汉族", "苗族", "仡佬族"],
        sur="田杨冉崔张王李黄侯何彭谯覃付肖韩敖",
        bank="沿河农村商业银行",
        hosp=["沿河土家族自治县人民医院", "沿河土家族自治县中医院", "铜仁市人民医院", "贵州医科大学附属医院"],
        towns={
            "官舟镇": ["官舟村", "马脑村", "下寨村", "甘家村"],
            "淇滩镇": ["淇滩村", "黎芝村", "小河村", "暗溪村"],
            "夹石镇": ["夹石村", "岩门村", "高坎村"],
            "黑水镇": ["黑水村", "大坝村", "银厂村"],
            "谯家镇": ["谯家村", "铜鼓村", "大寨村"],
            "思渠镇": ["思渠村", "荷叶村", "边墙村"],
            "中界镇": ["中界村", "高峰村", "新华村"],
            "土地坳镇": ["土地坳村", "田坝村", "青杠村"],
        },
        urban=(
            "和平街道",
            ["滨江大道", "民族路", "解放路", "沿江路", "沙坨路"],
            ["滨江花园", "乌江明珠", "民族小区", "锦江苑"],
            ["和平社区", "烟坨社区", "沙坨社区"],
        ),
    ),
    dict(
        key="lushui",
        prov="云南省",
        pab="云",
        city="怒江傈僳族自治州",
        full="泸水市",
        short="泸水市",
        abbr="泸",
        codes=["533301", "533321"],
        switch=2016,
        area="0886",
        local=("362", "388", "363", "389"),
        post="673100",
        plate="云Q",
        dom="nujiang.gov.cn",
        eth=["傈僳族", "傈僳族", "白族", "汉族", "彝族", "怒族"],
        sur="和余李胡杨褚密丰麻熊段普邓罗",
        bank="泸水市农村信用合作联社",
        hosp=["怒江州人民医院", "泸水市人民医院", "昆明医科大学第一附属医院", "大理大学第一附属医院"],
        towns={
            "片马镇": ["片马村", "古浪村", "岗房村"],
            "鲁掌镇": ["鲁掌村", "三河村", "登埂村"],
            "上江镇": ["丙贡村", "蛮英村", "大练地村"],
            "老窝镇": ["老窝村", "云西村", "银坡村"],
            "大兴地镇": ["大兴地村", "卯照村", "自扁王基村"],
            "称杆乡": ["称杆村", "排把村", "自把村"],
            "古登乡": ["古登村", "亚谷村", "干本村"],
            "洛本卓白族乡": ["洛本卓村", "金满村", "托拖村"],
        },
        urban=(
            "六库街道",
            ["穿城路", "向阳北路", "人民路", "新城路", "滨江路"],
            ["滨江花园", "阳光新城", "怒江新苑", "兰坪小区"],
            ["向阳社区", "新城社区", "赖茂社区"],
        ),
    ),
    dict(
        key="anhua",
        prov="湖南省",
        pab="湘",
        city="益阳市",
        full="安化县",
        short="安化县",
        abbr="安",
        codes=["430923"],
        switch=0,
        area="0737",
        local=("722", "723", "725", "726"),
        post="413500",
        plate="湘H",
        dom="anhua.gov.cn",
        eth=["汉族", "汉族", "汉族", "苗族", "瑶族"],
        sur="谌刘李陈王夏龚罗曾唐黄蒋彭吴卢",
        bank="湖南安化农村商业银行",
        hosp=["安化县人民医院", "安化县中医医院", "益阳市中心医院", "湖南省肿瘤医院"],
        towns={
            "梅城镇": ["东华村", "金峰村", "启安村"],
            "江南镇": ["高马二溪村", "洞市村", "边江村"],
            "小淹镇": ["小淹村", "敷溪村", "株溪口村"],
            "柘溪镇": ["柘溪村", "湖南坡村", "大安村"],
            "烟溪镇": ["烟溪村", "十八渡村", "新塘村"],
            "马路镇": ["马路溪村", "云台山村", "槎溪村"],
            "龙塘镇": ["龙塘村", "沙湾村", "杨家村"],
            "清塘铺镇": ["清塘铺村", "桐坪村", "张家村"],
        },
        urban=(
            "东坪镇",
            ["紫薇路", "资江路", "银苑路", "东坪大道", "黄沙坪路"],
            ["梅山新城", "紫薇苑", "资江家园", "黄沙坪安置小区"],
            ["黄沙坪社区", "酉州社区", "城南社区"],
        ),
    ),
    dict(
        key="lingqiu",
        prov="山西省",
        pab="晋",
        city="大同市",
        full="灵丘县",
        short="灵丘县",
        abbr="灵",
        codes=["140224"],
        switch=0,
        area="0352",
        local=("852", "853", "857", "852"),
        post="034400",
        plate="晋B",
        dom="lingqiu.gov.cn",
        eth=["汉族"],
        sur="王李张刘赵高郭史贾白武杨孙宋薛",
        bank="灵丘县农村信用合作联社",
        hosp=["灵丘县人民医院", "灵丘县中医医院", "大同市第三人民医院", "山西省肿瘤医院"],
        towns={
            "东河南镇": ["东河南村", "北水芦村", "下北泉村"],
            "上寨镇": ["上寨村", "南坡村", "小寨村"],
            "落水河乡": ["落水河村", "龙须台村", "东庄村"],
            "史庄乡": ["史庄村", "西庄村", "张庄村"],
            "白崖台乡": ["白崖台村", "平型关村", "乔沟村"],
            "独峪乡": ["独峪村", "花塔村", "牛城村"],
            "赵北乡": ["赵北村", "北坡村", "南坡头村"],
            "红石塄乡": ["红石塄村", "上北泉村", "覆宿村"],
        },
        urban=(
            "武灵镇",
            ["振华街", "灵源街", "新华街", "平型关大街", "御河路"],
            ["振华小区", "武灵花园", "御河湾小区", "滨河新村"],
            ["城关社区", "新华社区", "振华社区"],
        ),
    ),
    dict(
        key="suining",
        prov="江苏省",
        pab="苏",
        city="徐州市",
        full="睢宁县",
        short="睢宁县",
        abbr="睢",
        codes=["320324"],
        switch=0,
        area="0516",
        local=("8836", "8832", "8861", "8808"),
        post="221200",
        plate="苏C",
        dom="suining.gov.cn",
        eth=["汉族"],
        sur="王李张刘魏朱徐孙仝沙陈杨赵葛邱",
        bank="江苏睢宁农村商业银行",
        hosp=["睢宁县人民医院", "睢宁县中医院", "徐州医科大学附属医院", "徐州市中心医院"],
        towns={
            "沙集镇": ["东风村", "沙集村", "夏庄村"],
            "王集镇": ["王集村", "鲤鱼山村", "孙庄村"],
            "双沟镇": ["双沟村", "蒲棠村", "官路村"],
            "岚山镇": ["岚山村", "大葛村", "黄山村"],
            "李集镇": ["李集村", "郭集村", "刘集村"],
            "姚集镇": ["姚集村", "高党村", "堰头村"],
            "魏集镇": ["魏集村", "赵行村", "前魏村"],
            "古邳镇": ["古邳村", "下邳村", "圯桥村"],
        },
        urban=(
            "睢城街道",
            ["八一东路", "八一西路", "人民西路", "天虹大道", "中山北路", "红叶路"],
            ["天虹小区", "水岸花城", "建业小区", "金地花园"],
            ["城东社区", "城南社区", "光明社区"],
        ),
    ),
    dict(
        key="donglan",
        prov="广西壮族自治区",
        pab="桂",
        city="河池市",
        full="东兰县",
        short="东兰县",
        abbr="东",
        codes=["451224"],
        switch=0,
        area="0778",
        local=("632", "633", "636", "637"),
        post="547400",
        plate="桂M",
        dom="donglan.gov.cn",
        eth=["壮族", "壮族", "壮族", "瑶族", "汉族"],
        sur="韦黄覃陆牙罗蓝卢班潘陈李廖",
        bank="广西东兰农村商业银行",
        hosp=["东兰县人民医院", "东兰县中医医院", "河池市人民医院", "广西医科大学第一附属医院"],
        towns={
            "武篆镇": ["东里村", "巴学村", "旧州村"],
            "隘洞镇": ["隘洞村", "纳合村", "板文村"],
            "长乐镇": ["长乐村", "坡峨村", "江平村"],
            "三石镇": ["三石村", "弄京村", "纳腊村"],
            "泗孟乡": ["泗孟村", "兰阳村", "坡凡村"],
            "巴畴乡": ["巴畴村", "巴英村", "板坡村"],
            "金谷乡": ["金谷村", "达纳村", "弄塘村"],
            "三弄瑶族乡": ["三弄村", "弄平村", "弄台村"],
        },
        urban=(
            "东兰镇",
            ["民族路", "江北路", "城西路", "兰阳路", "红色大道"],
            ["兰阳花园", "江北小区", "东兰新城", "列宁岩小区"],
            ["城厢社区", "江北社区", "坡豪社区"],
        ),
    ),
]
ALL_CODES = {c for co in COUNTIES for c in co["codes"]}  # type: ignore[attr-defined]
COMMON_SUR = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高"
COMPOUND_SUR = ["欧阳", "司马", "上官", "诸葛", "令狐"]
M1 = "志建国德永开昌世正文光红大小家明海天兴成云福学少"
M2 = "强华军明福贵富勇平林才刚江全波辉东生祥鹏飞武松坤"
F1 = "秀玉春小丽美桂金翠红海慧晓雪爱月凤兰艳"
F2 = "英芳兰梅红霞燕琴花萍珍莲丽娟芬敏菊仙"
SINGLE_M = "涛刚勇军伟斌杰强明平鑫磊超"
SINGLE_F = "丽芳燕霞敏丹娟琴慧婷"
LISU_GIVEN = ["四妹", "二妹", "三妹", "阿普", "阿花", "益生", "付华", "新华", "丽英", "月香", "阿才", "华付"]
COMPANY_BIZ = [
    "茶业有限公司",
    "建材有限公司",
    "农业开发有限公司",
    "养殖专业合作社",
    "运输有限公司",
    "建筑劳务有限公司",
    "商贸有限责任公司",
    "食品有限公司",
    "矿业有限公司",
    "物业服务有限公司",
]
SHOP = ["粮油店", "五金店", "面馆", "汽修厂", "超市", "农资店", "诊所", "建材门市"]

DISEASES = [
    "尿毒症",
    "慢性肾功能衰竭（尿毒症期）",
    "肺癌",
    "胃癌",
    "肝癌",
    "食管癌",
    "结直肠癌",
    "乳腺癌",
    "宫颈癌",
    "鼻咽癌",
    "急性白血病",
    "急性淋巴细胞白血病",
    "再生障碍性贫血",
    "先天性心脏病",
    "重型地中海贫血",
    "血友病",
    "精神分裂症",
    "双相情感障碍",
    "耐多药肺结核",
    "脑梗死后遗症",
    "脑出血后遗症",
    "肝硬化失代偿期",
    "系统性红斑狼疮",
    "1型糖尿病",
    "帕金森病",
    "股骨颈骨折",
    "颅脑损伤",
    "重症肌无力",
    "慢性阻塞性肺疾病",
    "冠心病（支架植入术后）",
    "脑瘫",
    "癫痫",
]
DIS_CAT = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"]
GRADE = ["一级", "二级", "三级", "四级"]
CERV_ABN = [
    "HPV16型阳性",
    "HPV18型阳性",
    "高危型HPV阳性（其他12型）",
    "ASC-US",
    "LSIL",
    "HSIL",
    "CIN1",
    "CIN2",
    "CIN3",
    "宫颈鳞状细胞癌",
    "慢性宫颈炎",
]
CERV_OK = ["未见异常", "阴性", "NILM", "HPV阴性", "未见上皮内病变或恶性病变"]
BREAST_ABN = [
    "BI-RADS 3类",
    "BI-RADS 4A类",
    "BI-RADS 4B类",
    "BI-RADS 0类",
    "乳腺增生伴结节",
    "乳腺纤维腺瘤",
    "乳腺癌",
]
BREAST_OK = ["未见异常", "BI-RADS 1类", "正常"]
PRECON_ABN = [
    "乙肝表面抗原阳性",
    "梅毒螺旋体抗体阳性",
    "α地中海贫血基因携带",
    "β地中海贫血基因携带",
    "甲状腺功能减退",
    "缺铁性贫血",
    "弓形虫IgM阳性",
    "风疹病毒IgG阴性（易感）",
    "多囊卵巢综合征",
]
VET_ILL = ["慢性支气管炎", "风湿性关节炎", "胃溃疡", "高血压病", "腰椎间盘突出症", "慢性胃炎"]
INJURY = [
    "左股骨骨折",
    "右胫腓骨骨折",
    "多发肋骨骨折",
    "颅脑损伤",
    "腰椎压缩性骨折",
    "左手掌挤压伤",
    "右锁骨骨折",
    "脾破裂",
    "轻度脑震荡",
]
HEALTH_OK = ["健康", "良好", "一般", "正常", "无"]
KID_DIS = [
    "急性白血病",
    "急性淋巴细胞白血病",
    "先天性心脏病",
    "再生障碍性贫血",
    "重型地中海贫血",
    "血友病",
    "脑瘫",
    "癫痫",
    "1型糖尿病",
    "孤独症谱系障碍",
]

# --------------------------------------------------------------------------- generator context
MOBP = (
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
    "198",
    "199",
)
GRPN = ["大塘", "岩脚", "坪上", "新寨", "田坝", "沙坝", "坳上", "河边", "老屋基", "高坎", "杨家湾", "李家坪"]
CNY = "〇一二三四五六七八九"


class P:
    __slots__ = ("name", "sex", "age", "birth", "id", "id15", "mob", "eth")


class Ctx:
    def __init__(self, rng, county, year):
        self.r, self.c, self.year, self.used = rng, county, year, set()

    def p(self, a):
        return self.r.random() < a

    def ch(self, s):
        return self.r.choice(s)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n):
        return "".join(self.ch("0123456789") for _ in range(n))

    def town(self):
        return self.ch(sorted(self.c["towns"]))

    def vil(self, t):
        return self.ch(self.c["towns"][t])

    # ---- people
    def _given(self, sex):
        if self.c["key"] == "lushui" and self.p(0.25):
            return self.ch(LISU_GIVEN)
        if self.p(0.2):
            return self.ch(SINGLE_M if sex == "男" else SINGLE_F)
        a, b = (M1, M2) if sex == "男" else (F1, F2)
        return self.ch(a) + self.ch(b)

    def newname(self, sex=None, sur=None):
        sex = sex or self.ch("男女")
        while True:
            if sur:
                s = sur
            elif self.p(0.012):
                s = self.ch(COMPOUND_SUR)
            elif self.p(0.85):
                s = self.ch(self.c["sur"])
            else:
                s = self.ch(COMMON_SUR)
            n = s + self._given(sex)
            if n not in self.used:
                self.used.add(n)
                return n

    def person(self, sex=None, amin=20, amax=80, sur=None):
        p = P()
        p.sex = sex or self.ch("男女")  # type: ignore[attr-defined]
        p.name = self.newname(p.sex, sur)  # type: ignore[attr-defined]
        p.age = self.ri(amin, amax)  # type: ignore[attr-defined]
        y = self.year - p.age  # type: ignore[attr-defined]
        p.birth = datetime.date(y, 1, 1) + datetime.timedelta(days=self.ri(0, 364))  # type: ignore[attr-defined]
        codes = self.c["codes"]
        code = codes[1] if len(codes) > 1 and y < self.c["switch"] and self.p(0.8) else codes[0]
        seq = "%02d%d" % (self.ri(0, 99), self.ch([1, 3, 5, 7, 9] if p.sex == "男" else [0, 2, 4, 6, 8]))  # type: ignore[attr-defined]
        s17 = code + p.birth.strftime("%Y%m%d") + seq  # type: ignore[attr-defined]
        p.id = s17 + id_check(s17)  # type: ignore[attr-defined]
        p.id15 = code + p.birth.strftime("%y%m%d") + seq  # type: ignore[attr-defined]
        p.mob = self.mobile()  # type: ignore[attr-defined]
        p.eth = self.ch(self.c["eth"])  # type: ignore[attr-defined]
        return p

    def family(self, head, n):
        """Relatives of head: list of (relation, P)."""
        out = []
        sp = self.person("女" if head.sex == "男" else "男", max(20, head.age - 6), head.age + 6)
        out.append(("配偶" if self.p(0.5) else ("妻子" if head.sex == "男" else "丈夫"), sp))
        sur = head.name[0] if head.sex == "男" or self.p(0.3) else sp.name[0]
        for _ in range(n - 1):
            if head.age > 50 and self.p(0.5):
                k = self.person(None, max(18, head.age - 35), head.age - 20, sur=sur)
            else:
                k = self.person(None, 1, max(2, min(30, head.age - 20)), sur=sur)
            out.append(("儿子" if k.sex == "男" else "女儿", k))
        if head.age < 60 and self.p(0.4):
            sx = self.ch("男女")
            m = self.person(
                sx, head.age + 22, min(95, head.age + 35), sur=head.name[0] if sx == "男" else None
            )
            out.append(("父亲" if m.sex == "男" else "母亲", m))
        return out

    def official(self):
        return self.newname()

    def nm(self, p_or_name, mask=0.0):
        n = p_or_name if isinstance(p_or_name, str) else p_or_name.name
        return self.mname(n) if self.p(mask) else L("name", n)

    def mname(self, n):
        s = n[:2] if n[:2] in COMPOUND_SUR else n[0]
        k = self.ri(0, 5)
        return [
            s + "*" * (len(n) - len(s)),
            s + "*" + n[-1] if len(n) - len(s) > 1 else s + "*",
            s + "某",
            s + "某某",
            s + "XX",
            s + "××",
        ][k]

    # ---- identifiers
    def idl(self, p, mask=0.0):
        i = p.id if isinstance(p, P) else p  # type: ignore[attr-defined]
        if self.p(mask):
            return self.mid(i)
        k = self.r.random()
        if k < 0.04 and i.endswith("X"):
            i = i[:-1] + "x"
        elif 0.04 <= k < 0.075:
            i = i[:6] + " " + i[6:14] + " " + i[14:]
        return L("id_card", i)

    def mid(self, i):
        k = self.ri(0, 4)
        return [
            i[:6] + "*" * 8 + i[-4:],
            i[:10] + "****" + i[-4:],
            i[:14] + "****",
            i[:3] + "*" * 11 + i[-4:],
            i[:6] + "********" + i[-4:-1] + "*",
        ][k]

    def mobile(self):
        return self.ch(MOBP) + self.digits(8)

    def mobl(self, m, mask=0.0):
        if self.p(mask):
            return self.ch([m[:3] + "****" + m[-4:], m[:7] + "****", m[:3] + "*****" + m[-3:]])
        k = self.r.random()
        if k < 0.08:
            m = m[:3] + " " + m[3:7] + " " + m[7:]
        elif k < 0.12:
            m = m[:3] + "-" + m[3:7] + "-" + m[7:]
        return L("mobile", m)

    def landline(self):
        c = self.c
        loc = self.ch(c["local"])
        num = loc + self.digits((8 if c["key"] == "suining" else 7) - len(loc))
        a = c["area"]
        return self.ch(
            [f"{a}-{num}", f"{a}-{num}", f"（{a}）{num}", f"{a}－{num}", f"({a}){num}", f"{a} {num}"]
        )

    def bank(self):
        b = self.ch(sorted(BINS))
        return luhn_complete(b + self.digits(BINS[b] - 1 - len(b)))

    def bankl(self, num, mask=0.0):
        if self.p(mask):
            return self.ch(
                [
                    num[:4] + "*" * (len(num) - 8) + num[-4:],
                    "**** **** **** " + num[-4:],
                    num[:6] + "******" + num[-4:],
                ]
            )
        if self.p(0.25):
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return L("bank_card", num)

    def email(self):
        k = self.ri(0, 3)
        if k == 0:
            return "%d@qq.com" % self.ri(10000000, 3999999999)
        let = "".join(self.ch("abcdefghjklmnpqrstwxyz") for _ in range(self.ri(2, 4)))
        return (
            let
            + str(self.ri(1960, 2005) if self.p(0.6) else self.ri(1, 999))
            + self.ch(["@163.com", "@126.com", "@sina.com", "@qq.com", "@139.com", "@foxmail.com"])
        )

    def agmail(self):
        d = self.c["dom"]
        return self.ch(
            [
                self.ch(["xfj", "mzj", "cl", "ylbzj", "zfxxgk", "tyjrjsw", "sfj", "zjj", "wjj"]) + "@" + d,
                self.c["key"][:2] + self.ch(["xfj", "mzj", "cjrlh", "rtb"]) + "@163.com",
                self.c["key"] + "xf12345@126.com",
            ]
        )

    def passport(self):
        return self.ch(["E" + self.digits(8), "E" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)])

    def hkm(self, mainland=True):
        if mainland:
            return self.ch(["C" + self.digits(8), "C" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)])
        return self.ch("HM") + self.digits(8)

    def plate(self):
        p = self.c["plate"]
        if self.p(0.15):
            body = self.ch("DF") + self.digits(5)
        else:
            body = "".join(
                self.ch("0123456789") if self.p(0.8) else self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ")
                for _ in range(5)
            )
        return p + self.ch(["·", "", "", " ", "•"]) + body

    # ---- near misses
    def uscc(self, kind="company"):
        code = self.c["codes"][0]
        if kind in ("agency", "hosp"):
            head = "11" if kind == "agency" else "12"
            org = self.digits(8)
        else:
            head = self.ch(["91", "92", "93"])
            org = "MA" + "".join(self.ch("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        s17 = head + code + org + org_check(org)
        return s17 + uscc_check(s17)

    def wenhao(self, ab=None):
        ab = ab or self.ch(
            [
                "民发",
                "民函",
                "府发",
                "政办发",
                "信复",
                "医保发",
                "残联发",
                "自然资发",
                "住建发",
                "卫健发",
                "退役军人发",
                "司发",
                "府函",
            ]
        )
        return f"{self.c['abbr']}{ab}〔{self.year}〕{self.ri(1, 160)}号"

    def suoyin(self):
        if self.p(0.5):
            return f"{self.uscc('agency')}/{self.year}-{self.ri(1, 9999):05d}"
        return f"{self.digits(9)}/{self.year}-{self.ri(1, 9999):05d}"

    def xfno(self):
        while True:
            s = self.c["codes"][0] + self.day().strftime("%Y%m%d") + self.digits(4)
            if id_check(s[:17]) != s[17]:
                return s

    def txn(self):
        while True:
            s = luhn_complete(self.day().strftime("%Y%m%d") + self.digits(self.ri(7, 10)))
            if not any(s.startswith(b) for b in BINS):
                return s

    def zhifa(self):
        return self.ch(
            [
                self.c["codes"][0] + "%05d" % self.ri(1, 99999),
                self.c["abbr"] + "执" + self.digits(6),
                self.c["plate"][0] + self.digits(10),
            ]
        )

    def lawyer_no(self):
        return (
            "1"
            + self.c["codes"][0][:4]
            + str(self.year - self.ri(1, 20))
            + "1"
            + self.ch("01")
            + self.digits(6)
        )

    def company(self, sur=None):
        s = sur or self.ch(self.c["sur"])
        k = self.ri(0, 3)
        if k == 0:
            return f"{self.c['short']}{s}{self.ch(['氏', '家', '记'])}{self.ch(COMPANY_BIZ)}"
        if k == 1:
            return f"{self.town()}{s}记{self.ch(SHOP)}"
        if k == 2:
            return f"{self.c['city']}{s}{self.ch(['鑫', '兴', '达', '盛'])}{self.ch(COMPANY_BIZ)}"
        return f"{self.c['short']}{self.ch(['鑫源', '宏达', '顺发', '金穗', '兴旺'])}{self.ch(COMPANY_BIZ)}"

    # ---- places
    def home(self, town=None, vil=None, urban=None):
        c = self.c
        if urban is None:
            urban = self.p(0.3)
        ri = self.ri
        if urban:
            st, roads, comms, _ = c["urban"]
            road, comm = self.ch(roads), self.ch(comms)
            k = ri(0, 4)
            if k == 0:
                tail = f"{road}{ri(1, 300)}号"
            elif k == 1:
                tail = f"{road}{ri(1, 300)}号{comm}{ri(1, 18)}栋{ri(1, 4)}单元{ri(1, 18)}{ri(1, 4):02d}室"
            elif k == 2:
                tail = f"{comm}{ri(1, 18)}栋{ri(1, 4)}单元{ri(1, 18)}{ri(1, 4):02d}室"
            elif k == 3:
                tail = f"{self.ch(c['urban'][3])}{road}{ri(1, 120)}号附{ri(1, 9)}号"
            else:
                tail = f"{road}{ri(1, 300)}号{ri(1, 9)}幢{ri(1, 6)}0{ri(1, 4)}室"
            head = st
        else:
            town = town or self.town()
            vil = vil or self.vil(town)
            g = ri(1, 12)
            k = ri(0, 6)
            tail = [
                f"{vil}{cnum(g)}组",
                f"{vil}{g}组",
                f"{vil}第{cnum(g)}村民小组",
                f"{vil}{cnum(g)}组{ri(1, 80)}号",
                f"{vil}{self.ch(GRPN)}组",
                f"{vil}{ri(1, 200)}号",
                f"{vil}{self.ch(GRPN)}组{ri(1, 60)}号",
            ][k]
            head = town
            if self.p(0.1):
                return tail
        k = self.r.random()
        if k < 0.3:
            return head + tail
        if k < 0.55:
            return c["short"] + head + tail
        if k < 0.82:
            return c["full"] + head + tail
        return c["prov"] + c["city"] + c["full"] + head + tail

    def ag(self, what):
        return self.c["full"] + what

    def agaddr(self):
        st, roads, _, _ = self.c["urban"]
        return f"{self.c['full']}{st}{self.ch(roads)}{self.ri(1, 200)}号"

    # ---- misc values
    def day(self, y=None, m0=1, m1=12):
        y = y or self.year
        return datetime.date(y, self.ri(m0, m1), self.ri(1, 28))

    def fd(self, d, k=None):
        if k is None:
            k = self.ri(0, 3)
        if k == 0:
            return f"{d.year}年{d.month}月{d.day}日"
        if k == 1:
            return d.strftime("%Y-%m-%d")
        if k == 2:
            return f"{d.year}.{d.month}.{d.day}"
        if k == 3:
            return d.strftime("%Y/%m/%d")
        y = "".join(CNY[int(c)] for c in str(d.year))
        return f"{y}年{cnum(d.month)}月{cnum(d.day)}日"

    def money(self, lo, hi, dec=None):
        v = self.ri(lo, hi)
        if dec is None:
            dec = self.p(0.5)
        return f"{v:.2f}" if dec else str(v)

    def footer(self):
        a, k = self.c["full"], self.ri(0, 4)
        return [
            lambda i, n: f"第 {i} 页 共 {n} 页",
            lambda i, n: f"— {i} —",
            lambda i, n: f"{i}/{n}",
            lambda i, n: f"- {i} -",
            lambda i, n: f"{a}政府信息公开    第{i}页",
        ][k]

    def pdfize(self, doc, fam, prob=0.5, wrap=True):
        if not self.p(prob):
            return fam, doc
        if wrap:
            doc = hardwrap(doc, self.ri(50, 84))
        hdr = self.ch([None, None, f"{self.c['full']}人民政府门户网站", "政府信息公开"])
        return fam + ".pdf", paginate(doc, self.ri(18, 34), self.footer(), hdr)

    def tabdoc(self, fam, pre, heads, rows, post, groups=None, styles=None):
        st = self.ch(styles or ["csv", "tsv", "space", "pipe", "box", "cells", "cells"])
        doc = cat(pre, "\n", table(self, heads, rows, st, groups), "\n", post)
        if st == "cells":
            return self.pdfize(doc, fam, 1.0, wrap=False)
        if st == "space":
            return self.pdfize(doc, fam, 0.35, wrap=False)
        return fam, doc

    def period(self):
        d = self.day(m1=11)
        return f"{self.fd(d, 0)}至{self.fd(d + datetime.timedelta(days=self.ri(5, 15)), 0)}"

    def dis(self, age):
        return self.ch(KID_DIS if age < 16 else DISEASES)

    def phone(self, p, mask, land=0.1):
        return L("landline", self.landline()) if self.p(land) and not self.p(mask) else self.mobl(p.mob, mask)


# --------------------------------------------------------------------------- families
TD = datetime.timedelta


def dismask(x):
    """Document-level masking habit: some offices desensitise, some partially, some not at all."""
    return x.ch([0.0, 0.0, 0.15, 0.5, 0.9])


def issue_short(x, t, v):
    """Short 反映问题 text and the unit it is assigned to."""
    k = x.ri(0, 8)
    if k == 0:
        rel = x.ch(["父亲", "母亲", "妻子", "丈夫", "儿子", "女儿"])
        q = x.person(None, 2, 16) if rel in ("儿子", "女儿") and x.p(0.5) else x.person()
        return cat("反映其", rel, x.nm(q, 0.3), "患", L("health", x.dis(q.age)), "，申请医疗救助"), "县医保局"
    if k == 1:
        return cat("反映", x.company(), "拖欠其工资", x.money(3000, 60000, False), "元"), "县人社局"
    if k == 2:
        return cat("反映", v, cnum(x.ri(1, 12)), "组通组公路未硬化，雨天出行困难"), "县交通运输局"
    if k == 3:
        return cat(
            "要求落实", x.ch(["参战退役人员", "带病回乡退伍军人", "农村籍退役士兵"]), "相关待遇"
        ), "县退役军人事务局"
    if k == 4:
        return cat("反映邻居", x.nm(x.person(), 0.2), "在其宅基地旁违规建房"), t + "人民政府"
    if k == 5:
        return cat("对", t, v, "低保民主评议结果有异议"), "县民政局"
    if k == 6:
        return cat(
            "反映本人系", L("health", x.ch(DIS_CAT[:6]) + "残疾" + x.ch(GRADE)), "，未享受残疾人两项补贴"
        ), "县残联"
    if k == 7:
        return cat(
            "反映", x.company(), "施工噪音扰民（工地位于", x.c["urban"][0], x.ch(x.c["urban"][1]), "）"
        ), "县生态环境分局"
    return cat(
        "咨询", x.ch(["征地补偿标准", "易地扶贫搬迁安置政策", "医保参保缴费", "公租房申请条件"])
    ), x.ch(["县自然资源局", "县住建局"])


def xinfang_letter(x):
    c, t = x.c, x.town()
    v = x.vil(t)
    pt = x.person(amin=32, amax=78)
    rel, rp = x.ch(x.family(pt, x.ri(1, 3)))
    okind = x.ch(["town", "民政局", "自然资源局", "人力资源和社会保障局", "医疗保障局"])
    org = f"{c['full']}{t}人民政府" if okind == "town" else x.ag(okind)
    me = "我镇" if okind == "town" else "我局"
    o1, o2, o3, cadre = x.official(), x.official(), x.official(), x.official()
    d0 = x.day(m1=9)
    d1 = d0 + TD(days=x.ri(12, 58))
    mask = dismask(x)
    dis = x.dis(rp.age)
    addr = x.home(t, v, urban=False)
    k = x.ri(0, 3)
    chan = x.ch(["来信", "来访", "“国家信访信息系统”网上信访", "县长信箱", "12345热线转办"])
    head = [
        org,
        x.ch(["信访事项处理意见书", "信访事项答复意见书", "信访事项处理意见告知书"]),
        x.wenhao("信复"),
    ]
    if x.p(0.4):
        head = [cat("索引号：", x.suoyin(), "    发布机构：", org, "    公开方式：依申请公开")] + head
    proj = f"{c['short'][:2]}{x.ch(['至', '—'])}{x.town()[:2]}{x.ch(['公路改扩建工程', '高速公路项目', '产业园区建设项目', '安置点建设项目'])}"
    if k == 0:
        issue = cat(
            "你",
            rel,
            x.nm(rp, mask),
            "患",
            L("health", dis),
            "，家庭生活困难，要求给予医疗救助并纳入最低生活保障",
        )
        amt = x.ri(40000, 260000)
        find = cat(
            "经查，你户现有家庭成员",
            str(x.ri(3, 6)),
            "人，",
            rel,
            x.nm(rp, mask),
            "于",
            x.fd(x.day(x.year - 1), 0),
            "在",
            x.ch(c["hosp"]),
            "确诊为",
            L("health", dis),
            "，累计住院总费用",
            str(amt),
            "元，经基本医保、大病保险报销后个人自付",
            str(amt // x.ri(3, 6)),
            "元。你户不属于特困供养人员，家庭人均收入略高于当地低保标准。",
        )
        dec = cat(
            "根据《",
            c["prov"],
            "临时救助实施办法》，",
            me,
            "决定给予你户临时救助",
            x.money(2000, 8000, False),
            "元，资金已于",
            x.fd(d1 - TD(days=3), 0),
            "打入你户“一卡通”账户（",
            x.bankl(x.bank(), mask),
            "）。同时已指导你向",
            v,
            "村民委员会提交低保申请书，由",
            t,
            "人民政府按程序审核。",
        )
    elif k == 1:
        issue = cat(proj, "征收你户承包地（小地名“", x.ch(GRPN), "”）补偿款未足额兑付")
        co = x.company()
        find = cat(
            "经查，该项目用地已经",
            c["prov"],
            "人民政府批准（批准文号：",
            c["pab"],
            "政土批〔",
            str(x.year - 1),
            "〕",
            str(x.ri(10, 300)),
            "号），用地单位为",
            co,
            "（统一社会信用代码：",
            x.uscc(),
            "）。你户被征收承包地",
            "%.2f" % (x.ri(30, 400) / 100),
            "亩，应得补偿款",
            x.money(20000, 150000),
            "元，已于",
            x.fd(x.day(), 0),
            "通过",
            c["bank"],
            "转入户主",
            x.nm(pt, mask),
            "账户（账号：",
            x.bankl(x.bank(), mask),
            "，交易流水号：",
            x.txn(),
            "）。",
        )
        dec = cat(
            "你反映补偿款未足额兑付的问题不属实。你提出的按城镇标准补偿的诉求，缺乏政策依据，",
            me,
            "不予支持。",
        )
    elif k == 2:
        co, boss = x.company(), x.person("男", 35, 60)
        issue = cat("在", co, "承建的", proj, "务工期间被拖欠工资", x.money(8000, 50000, False), "元")
        find = cat(
            "经查，你于",
            x.fd(x.day(x.year - 1), 0),
            "经班组长",
            x.nm(boss, mask),
            "（联系电话：",
            x.mobl(boss.mob, mask),
            "）介绍进场务工。劳动保障监察员",
            o1,
            "、",
            o2,
            "（执法证号：",
            x.zhifa(),
            "、",
            x.zhifa(),
            "）调取了",
            co,
            "（统一社会信用代码：",
            x.uscc(),
            "）农民工工资专用账户流水，确认尚欠你工资",
            x.money(5000, 30000, False),
            "元。",
        )
        dec = cat("已责令该公司于", x.fd(d1 + TD(days=10), 0), "前足额支付；逾期不支付的，依法作出行政处理。")
    else:
        nb = x.person(None, 30, 75)
        nba = x.home(t, v, urban=False)
        issue = cat("邻居", x.nm(nb, mask), "建房侵占你家出行通道")
        find = cat(
            "经查，",
            x.nm(nb, mask),
            "（住",
            L("address", nba) if not x.p(mask) else t + v,
            "）于",
            x.fd(x.day(), 0),
            "取得农村宅基地批准书（编号：",
            c["codes"][0],
            "ZJD",
            x.digits(5),
            "），批准用地面积",
            str(x.ri(90, 150)),
            "平方米，其所建房屋未超出批准范围，但院坝外沿占用原有通道约",
            str(x.ri(1, 4)),
            "米。",
        )
        dec = cat(
            "已由",
            v,
            "村民委员会组织双方协商，",
            x.nm(nb, mask),
            "同意拆除院坝外沿并恢复通道宽度不少于2.5米。",
        )
    inv = cat(
        "　　",
        me,
        "高度重视，于",
        x.fd(d0 + TD(days=x.ri(2, 9)), 0),
        "安排",
        x.ch(["工作人员", "执法人员", "干部"]),
        o1,
        "、",
        o2,
        "会同",
        v,
        "村委会主任",
        cadre,
        "深入实地调查核实，并与你本人",
        x.ch(["及", "和"]),
        rel,
        x.nm(rp, mask),
        "进行了座谈。",
    )
    p1 = cat(
        "　　你",
        x.ch(["（公民身份号码：", "（身份证号："]),
        x.idl(pt, mask),
        "，住",
        L("address", addr) if not x.p(mask) else t + v,
        "，联系电话：",
        x.mobl(pt.mob, mask),
        "）于",
        x.fd(d0, 0),
        "通过",
        chan,
        "反映",
        issue,
        "的问题（信访件编号：",
        x.xfno(),
        "）收悉。依据《信访工作条例》有关规定，",
        me,
        "已予受理。现将处理意见告知如下：",
    )
    upper = c["full"] + "人民政府" if okind != "town" else c["full"] + "人民政府"
    tail = [
        cat("　　一、", find),
        cat("　　二、", dec),
        cat("　　如对本处理意见不服，可以自收到本意见书之日起30日内向", upper, "提出复查申请。"),
        cat(
            "　　联系人：",
            o3,
            "　　联系电话：",
            x.landline() if x.p(0.7) else x.mobile(),
            cat("　　电子邮箱：", x.agmail()) if x.p(0.5) else "",
            "　　邮编：",
            c["post"],
        ),
    ]
    sign = [org, x.fd(d1, x.ch([0, 4]))]
    if x.p(0.4):
        sign.append(cat("抄送：", c["full"], "信访局，", t, v, "村民委员会"))
    doc = J("\n", head + [cat(x.nm(pt, mask), x.ch(["：", "同志："])), p1, inv] + tail + [""] + sign)
    return x.pdfize(doc, "xinfang", 0.5)


def xinfang_ledger(x):
    c = x.c
    t = x.town()
    mask = dismask(x)
    cols = [
        "序号",
        "登记日期",
        "信访人",
        "身份证号码",
        "联系电话",
        "住址",
        "人数",
        "信访形式",
        "反映问题",
        "责任单位",
        "办理情况",
    ]
    if x.p(0.4):
        cols.remove("身份证号码")
    if x.p(0.3):
        cols.remove("人数")
    rows = []
    for i in range(x.ri(7, 16)):
        tt = t if x.p(0.7) else x.town()
        v = x.vil(tt)
        p = x.person(None, 25, 80)
        n = 1 if x.p(0.75) else x.ri(2, 12)
        nmc = x.nm(p, mask)
        if n > 1:
            nmc = cat(nmc, "等", str(n), "人")
        addr = L("address", x.home(tt, v, urban=x.p(0.2))) if x.p(0.6) and not x.p(mask) else rr(tt + v)
        issue, unit = issue_short(x, tt, v)
        cell = {
            "序号": str(i + 1),
            "登记日期": x.fd(x.day(), x.ch([1, 2, 3])),
            "信访人": nmc,
            "身份证号码": x.idl(p, mask),
            "联系电话": x.phone(p, mask, 0.12),
            "住址": addr,
            "人数": str(n),
            "信访形式": x.ch(["来访", "来信", "网上信访", "12345转办", "领导接访"]),
            "反映问题": issue,
            "责任单位": unit if x.p(0.7) else tt + "人民政府",
            "办理情况": x.ch(["已办结", "已答复", "办理中", "已化解", "转复查"]),
        }
        rows.append([cell[k] for k in cols])
    o = x.official()
    pre = J(
        "\n",
        [
            f"{c['full']}{t}信访事项登记台账",
            f"（{x.year}年第{x.ri(1, 4)}季度）",
            cat("填报单位：", t, "综治中心（信访办）    填报人：", o, "    联系电话：", x.landline()),
        ],
    )
    post = cat(
        "注：本台账仅供内部工作使用，",
        x.ch(["不得对外提供。", "对外公开时应隐去个人信息。"]),
        "  分管领导：",
        x.official(),
    )
    return x.tabdoc("xinfang", pre, cols, rows, post)


def fam_xinfang(x):
    return xinfang_letter(x) if x.p(0.55) else xinfang_ledger(x)


def hotline_topic(x, p, t, v, addr, d):
    """Returns (content, reply, handling unit) for one 12345 work order."""
    k, c, s = x.ri(0, 7), x.c, x.c["short"]
    if k == 0:
        return (
            cat(
                "来电人反映",
                c["urban"][0],
                x.ch(c["urban"][1]),
                x.ch(["农贸市场", "小学", "医院"]),
                "门口有一辆车牌号为",
                L("license_plate", x.plate()),
                "的",
                x.ch(["白色小轿车", "黑色SUV", "银灰色面包车"]),
                "长期占用消防通道。",
            ),
            cat(
                "经",
                s,
                "交警大队",
                x.ch(["城区中队", "直属中队"]),
                "民警",
                x.official(),
                "到现场核实，该车辆已被依法贴单处罚并拖离，",
                "执法车辆",
                c["plate"],
                x.digits(4),
                "警已在该路段加强巡逻。",
            ),
            s + "公安局",
        )
    if k == 1:
        return (
            cat(
                "来电人称其住",
                L("address", addr),
                "，楼上住户",
                x.nm(x.person(), 0.5),
                "家卫生间漏水，导致其家天花板霉变，多次协商未果。",
            ),
            cat(
                "经",
                c["urban"][0],
                x.ch(c["urban"][3]),
                "网格员",
                x.official(),
                "上门协调，双方同意由",
                s[:2],
                x.ch(["安居", "嘉和", "恒安"]),
                "物业服务有限公司（统一社会信用代码：",
                x.uscc(),
                "）于一周内维修。",
            ),
            c["urban"][0] + "办事处",
        )
    if k == 2:
        kid = x.person(None, 1, 14, sur=p.name[0])
        return (
            cat(
                "来电人之",
                "子" if kid.sex == "男" else "女",
                x.nm(kid, 0.3),
                "患",
                L("health", x.dis(kid.age)),
                "，在",
                x.ch(c["hosp"]),
                "住院治疗，询问异地就医备案及医疗救助申请流程。",
            ),
            cat(
                "已电话回复来电人办理流程，并告知可通过“国家医保服务平台”APP办理备案。经办人：",
                x.official(),
                "，咨询电话：",
                x.landline(),
                "。",
            ),
            s + "医疗保障局",
        )
    if k == 3:
        boss = x.person("男", 30, 60)
        return (
            cat(
                "来电人反映在",
                s,
                x.ch(["城南", "滨江", "新区"]),
                "某工地务工，包工头",
                x.nm(boss, 0.4),
                "（电话",
                x.mobl(boss.mob, 0.3),
                "）拖欠其及工友共",
                str(x.ri(3, 20)),
                "人工资约",
                x.money(20000, 200000, False),
                "元。",
            ),
            cat(
                "劳动保障监察大队已立案调查（案件编号：",
                c["abbr"],
                "人社监〔",
                str(x.year),
                "〕",
                str(x.ri(1, 99)),
                "号），执法人员",
                x.official(),
                "（执法证号：",
                x.zhifa(),
                "）约谈了施工单位。",
            ),
            s + "人力资源和社会保障局",
        )
    if k == 4:
        return (
            cat("来电人反映网购退款未到账，订单号", x.txn(), "，支付流水号", x.txn(), "。"),
            rr("已告知来电人该诉求属于电商平台与消费者纠纷，建议拨打12315或通过全国12315平台投诉。"),
            s + "市场监督管理局",
        )
    if k == 5:
        son = x.person("男", 19, 35, sur=p.name[0])
        return (
            cat(
                "来电人称其子",
                x.nm(son, 0.2),
                "（护照号码",
                L("passport", x.passport()),
                "）",
                x.fd(d - TD(days=x.ri(20, 200)), 0),
                "前往",
                x.ch(["柬埔寨", "缅甸", "老挝", "马来西亚"]),
                "务工后失联，请求帮助查找。",
            ),
            cat(
                "已转",
                s,
                "公安局反诈中心核查，民警",
                x.official(),
                "已联系来电人登记线索，并告知可向我驻外使领馆求助。",
            ),
            s + "公安局",
        )
    if k == 6:
        tw = x.person(None, 35, 70)
        return (
            cat(
                "台湾居民",
                x.nm(tw, 0.2),
                "（台湾居民来往大陆通行证号码：",
                L("tw_permit", x.digits(8)),
                "）来电反映其在",
                t,
                "投资的",
                x.company(),
                "厂房用电报装迟迟未办理。",
            ),
            cat("县台办会同供电公司上门对接，已于", x.fd(d + TD(days=5), 0), "完成报装。"),
            s + "人民政府台湾事务办公室",
        )
    return (
        cat(
            "来电人反映其申请的",
            x.ch(["公租房", "低保", "残疾人护理补贴", "高龄津贴"]),
            "审批进度慢，要求将办理结果发送至其邮箱",
            L("email", x.email()),
            "。",
        ),
        cat(
            "已于", x.fd(d + TD(days=x.ri(1, 6)), 0), "将审核结果以电子邮件形式发送至来电人邮箱，并电话告知。"
        ),
        s + "民政局",
    )


def hotline_reply(x):
    c = x.c
    t = x.town()
    v = x.vil(t)
    p = x.person(None, 22, 75)
    mask = dismask(x)
    caller = x.nm(p, mask) if x.p(0.6) else rr(p.name[0] + x.ch(["先生", "女士", "师傅", "大爷", "阿姨"]))
    d = x.day()
    addr = x.home(t, v)
    content, reply, unit = hotline_topic(x, p, t, v, addr, d)
    lines = [
        f"{c['full']}12345政务服务便民热线",
        x.ch(["工单办理回复单", "工单办结报告", "诉求办理情况反馈单"]),
        cat(
            "工单编号：",
            x.ch(["GD", "SN", c["abbr"]]),
            d.strftime("%Y%m%d"),
            x.digits(6),
            "    派单时间：",
            x.fd(d, 1),
            " ",
            "%02d:%02d" % (x.ri(8, 20), x.ri(0, 59)),
        ),
        cat("来电人：", caller, "    来电号码：", x.phone(p, max(mask, 0.3), 0.15)),
        cat("诉求类型：", x.ch(["投诉", "求助", "咨询", "建议", "举报"])),
        cat("诉求内容：", content),
        cat("承办单位：", unit),
        cat("办理结果：", reply),
        cat("承办人：", x.official(), "    审核人：", x.official(), "    联系电话：", x.landline()),
        cat(
            "回访情况：",
            x.ch(
                [
                    "来电人表示满意。",
                    "来电人表示基本满意。",
                    "电话无人接听，按规定视为已回访。",
                    "来电人表示不满意，申请重办。",
                ]
            ),
        ),
        cat("办结时间：", x.fd(d + TD(days=x.ri(1, 12)), 0)),
    ]
    if x.p(0.4) and "其住" not in content.t:
        lines.insert(4, cat("来电人地址：", L("address", addr) if not x.p(mask) else t + v))
    if x.p(0.3):
        lines.append(cat("（热线电话：12345    监督邮箱：", x.agmail(), "）"))
    if x.p(0.3):
        lines = [formsplit(rr(ln)) for ln in lines]
    return x.pdfize(J("\n", lines), "hotline12345", 0.35)


def hotline_ledger(x):
    c = x.c
    mask = dismask(x)
    cols = ["工单编号", "受理时间", "来电人", "来电号码", "诉求内容", "承办单位", "办理状态", "满意度"]
    rows = []
    for i in range(x.ri(8, 18)):
        t = x.town()
        v = x.vil(t)
        p = x.person(None, 20, 78)
        d = x.day()
        content, _, unit = hotline_topic(x, p, t, v, x.home(t, v), d)
        if x.p(0.3):
            content, unit = issue_short(x, t, v)
        caller = x.nm(p, mask) if x.p(0.5) else rr(p.name[0] + x.ch(["先生", "女士"]))
        rows.append(
            [
                d.strftime("%Y%m%d") + x.digits(5),
                x.fd(d, 1),
                caller,
                x.phone(p, mask),
                content,
                unit,
                x.ch(["已办结", "已办结", "办理中", "退回重办"]),
                x.ch(["满意", "基本满意", "不满意", "未回访"]),
            ]
        )
    pre = J(
        "\n",
        [
            f"{c['full']}12345热线工单明细导出（{x.fd(x.day(), 1)}）",
            cat("导出人：", x.official(), "  数据来源：", c["city"], "12345政务服务便民热线平台"),
        ],
    )
    post = "合计：" + str(len(rows)) + "件"
    return x.tabdoc(
        "hotline12345", pre, cols, rows, post, styles=["csv", "tsv", "tsv", "space", "pipe", "cells"]
    )


def fam_hotline(x):
    return hotline_reply(x) if x.p(0.5) else hotline_ledger(x)


def fam_medical(x):
    c = x.c
    mask = dismask(x)
    big = x.p(0.4)
    title = x.ch(
        [
            f"{c['full']}{x.year}年{x.ri(1, 12)}月医疗救助资金发放名单公示",
            f"{c['full']}重特大疾病医疗救助对象公示",
            f"{c['full']}{x.year}年第{x.ri(1, 4)}批次农村贫困人口大病专项救治名单",
        ]
    )
    n = x.ri(8, 22)
    intro = cat(
        "　　根据《",
        c["prov"],
        "医疗救助办法》（",
        x.wenhao("医保发"),
        "）规定，经个人申请、乡镇（街道）审核、县医疗保障局审批，现将",
        str(n),
        "名救助对象予以公示。本期救助对象中尿毒症、恶性肿瘤等重特大疾病患者",
        str(x.ri(2, n)),
        "人次。公示期为",
        x.period(),
        "，如有异议，请向县医疗保障局反映。",
    )
    cols = [
        "序号",
        "乡镇",
        "姓名",
        "性别",
        "身份证号码",
        "救助类别",
        "疾病名称",
        "总费用",
        "基本医保",
        "大病保险",
        "救助金额（元）",
        "备注",
    ]
    grp = [None] * 7 + ["医疗费用（元）"] * 3 + [None, None]
    if big:
        cols = [
            "序号",
            "姓名",
            "性别",
            "年龄",
            "身份证号码",
            "住址",
            "病种",
            "定点医院",
            "主治医师",
            "救治情况",
        ]
        grp = None  # type: ignore[assignment]
    rows = []
    for i in range(n):
        t = x.town()
        p = x.person(None, 1, 85)
        dis = x.dis(p.age)
        note = ""
        if p.age < 16 or x.p(0.2):
            g = x.person(None, max(p.age + 20, 25), max(p.age + 45, 50))
            pre_, suf = x.ch(
                [
                    ("监护人：", "，"),
                    ("由其" + ("父亲" if g.sex == "男" else "母亲") if p.age < 16 else "由家属", "代领，"),
                    ("代领人：", "，电话"),
                ]
            )
            note = cat(pre_, x.nm(g, mask), suf, x.mobl(g.mob, mask))
        elif x.p(0.15):
            note = x.ch(["已故，由家属领取", "异地就医", "二次救助"])
        tot = x.ri(8000, 300000)
        if big:
            rows.append(
                [
                    str(i + 1),
                    x.nm(p, mask),
                    p.sex,
                    str(p.age),
                    x.idl(p, mask),
                    L("address", x.home(t)) if not x.p(mask) else rr(t + x.vil(t)),
                    L("health", dis),
                    x.ch(c["hosp"]),
                    x.official(),
                    x.ch(["住院治疗中", "已出院", "门诊维持治疗", "转上级医院"]),
                ]
            )
        else:
            a = int(tot * x.ri(40, 60) / 100)
            b = int(tot * x.ri(5, 20) / 100)
            rows.append(
                [
                    str(i + 1),
                    t,
                    x.nm(p, mask),
                    p.sex,
                    x.idl(p, mask),
                    x.ch(["特困人员", "低保对象", "防返贫监测对象", "低保边缘家庭成员", "脱贫人口"]),
                    L("health", dis),
                    str(tot),
                    str(a),
                    str(b),
                    str(int((tot - a - b) * 0.7)),
                    note,
                ]
            )
    post = J(
        "\n",
        [
            cat(
                "监督电话：",
                x.landline(),
                x.ch(["（县医疗保障局）", "（县纪委监委驻医保局纪检组）", ""]),
                "    监督邮箱：",
                x.agmail(),
            ),
            cat("经办人：", x.official(), "    审核人：", x.official(), "    ", c["full"], "医疗保障局"),
            x.fd(x.day(), x.ch([0, 4])),
        ],
    )
    return x.tabdoc("medical_aid", cat(title, "\n", intro), cols, rows, post, grp)


def fam_disability(x):
    c = x.c
    t = x.town()
    mask = dismask(x)
    combo = x.p(0.4)
    cols = [
        "序号",
        "村（社区）",
        "姓名",
        "性别",
        "残疾证号",
        "残疾类别",
        "残疾等级",
        "补贴类别",
        "标准（元/月）",
        "发放月数",
        "发放金额",
        "领取人",
        "与残疾人关系",
        "银行账号",
    ]
    if combo:
        cols = [
            "序号",
            "村（社区）",
            "姓名",
            "性别",
            "残疾证号",
            "残疾类别及等级",
            "补贴类别",
            "发放金额",
            "领取人",
            "与残疾人关系",
            "银行账号",
        ]
    rows = []
    for i in range(x.ri(8, 20)):
        p = x.person(None, 3, 90)
        ci = x.ri(0, 6)
        gi = x.ri(0, 3)
        card = p.id + str(ci + 1) + str(gi + 1)
        if x.p(mask):
            cardc = rr(card[:6] + "*" * 8 + card[14:]) if x.p(0.5) else rr(card[:14] + "****" + card[18:])
        else:
            cardc = cat(L("id_card", p.id), card[18:])
        catg = DIS_CAT[ci] if ci < 6 else "多重（" + "、".join(x.r.sample(DIS_CAT[:6], 2)) + "）"
        kind = x.ch(["生活补贴", "护理补贴", "两项补贴"]) if gi < 2 else "生活补贴"
        std = {"生活补贴": 80, "护理补贴": 100, "两项补贴": 180}[kind] + x.ch([0, 10, 20])
        months = x.ri(1, 6)
        if p.age < 18 or ci in (4, 5) or x.p(0.25):
            if p.age < 45:
                g = x.person(None, p.age + 20, p.age + 38, sur=p.name[0] if x.p(0.7) else None)
                rel = x.ch(["父亲" if g.sex == "男" else "母亲", "监护人"])
            elif p.age > 65:
                g = x.person(None, p.age - 40, p.age - 22, sur=p.name[0] if x.p(0.7) else None)
                rel = x.ch(["儿子" if g.sex == "男" else "女儿", "儿媳" if g.sex == "女" else "女婿"])
            else:
                g = x.person("女" if p.sex == "男" else "男", p.age - 5, p.age + 5)
                rel = x.ch(["配偶", "妻子" if g.sex == "女" else "丈夫"])
            taker = x.nm(g, mask)
        else:
            taker, rel = x.nm(p, mask), "本人"
        acct = x.bankl(x.bank(), mask)
        vil = x.vil(t) if x.p(0.8) else x.ch(c["urban"][3])
        row = [str(i + 1), vil, x.nm(p, mask), p.sex, cardc]
        if combo:
            row += [
                L("health", x.ch([catg + GRADE[gi], catg + "残疾" + GRADE[gi], GRADE[gi] + catg])),
                kind,
                str(std * months),
            ]
        else:
            row += [L("health", catg), L("health", GRADE[gi]), kind, str(std), str(months), str(std * months)]
        row += [taker, rel, acct]
        rows.append(row)
    title = x.ch(
        [
            f"{t}{x.year}年{x.ri(1, 12)}月困难残疾人生活补贴和重度残疾人护理补贴发放花名册",
            f"{c['full']}残疾人两项补贴资格审核名单（{t}）",
            f"{t}残疾人两项补贴新增对象公示",
        ]
    )
    pre = J(
        "\n",
        [
            title,
            cat(
                "填报单位（盖章）：",
                t,
                "人民政府    单位：元",
                x.ch(["", cat("    ", c["full"], "残疾人联合会统一社会信用代码：", x.uscc("agency"))]),
            ),
        ],
    )
    post = J(
        "\n",
        [
            cat(
                "村（居）委会主任：",
                x.official(),
                "    乡镇残联理事长：",
                x.official(),
                "    经办人：",
                x.official(),
                "    联系电话：",
                x.landline(),
            ),
            cat("注：残疾证号为第二代残疾人证号（身份证号＋类别代码＋等级代码）。", x.fd(x.day(), 0)),
        ],
    )
    return x.tabdoc("disability_subsidy", pre, cols, rows, post)


def proj_name(x):
    c = x.c
    return x.ch(
        [
            f"{c['short'][:2]}{x.town()[:2]}公路改扩建工程",
            f"{c['full']}{x.ch(['城南', '城东', '滨江'])}棚户区改造项目",
            f"{c['full']}易地扶贫搬迁{x.ch(['二期', '三期'])}安置点项目",
            f"{c['city']}至{c['short'][:2]}高速公路项目",
            f"{c['short'][:2]}{x.ch(['工业园区', '物流园', '职业教育中心'])}建设项目",
        ]
    )


def land_zhengdi(x):
    c = x.c
    t = x.town()
    v = x.vil(t)
    mask = dismask(x)
    proj = proj_name(x)
    co = x.company()
    intro = cat(
        "　　根据",
        c["prov"],
        "人民政府《关于",
        c["full"],
        str(x.year - 1),
        "年度第",
        str(x.ri(1, 12)),
        "批次建设用地的批复》（",
        c["pab"],
        "政土批〔",
        str(x.year - 1),
        "〕",
        str(x.ri(10, 400)),
        "号），",
        proj,
        "需征收",
        t,
        v,
        "集体土地",
        "%.2f" % (x.ri(500, 9000) / 100),
        "亩。用地单位：",
        co,
        "（统一社会信用代码：",
        x.uscc(),
        "）。现将被征收土地",
        x.ch(["户", "农户"]),
        "补偿明细公示如下：",
    )
    cols = [
        "序号",
        "户主姓名",
        "身份证号码",
        "家庭人口",
        "地块名称",
        "地类",
        "面积（亩）",
        "土地补偿费",
        "安置补助费",
        "青苗补偿费",
        "附着物补偿费",
        "合计",
        "收款账号",
        "备注",
    ]
    grp = [None] * 7 + ["补偿金额（元）"] * 5 + [None, None]
    rows = []
    for i in range(x.ri(8, 20)):
        p = x.person(None, 28, 85)
        area = x.ri(5, 300) / 100
        lt = x.ch(["水田", "旱地", "林地", "茶园", "园地", "坡耕地"])
        a, b, q, f = int(area * 18000), int(area * 22000), int(area * x.ri(800, 2500)), x.ri(0, 9000)
        note = rr("")
        k = x.ri(0, 9)
        if k == 0:
            g = x.person(None, 25, 60, sur=p.name[0])
            note = cat(
                "户主已故，由其",
                x.ch(["长子", "次子"] if g.sex == "男" else ["长女", "女儿"]),
                x.nm(g, mask),
                "代领",
            )
        elif k == 1:
            doc, kind, val, where = x.ch(
                [
                    ("往来港澳通行证", "hk_macau_permit", x.hkm(), "澳门"),
                    ("护照", "passport", x.passport(), x.ch(["马来西亚", "新加坡", "日本"])),
                    ("往来台湾通行证", "tw_permit", "L" + x.digits(8), "台湾"),
                ]
            )
            note = cat(
                "其子",
                x.mname(x.newname("男", p.name[0])),
                "持",
                doc,
                "（",
                L(kind, val),
                "）在",
                where,
                "务工，委托户主代签",
            )
        elif k == 2:
            note = cat("联系电话：", x.mobl(p.mob, mask))
        elif k == 3:
            note = cat("与", x.nm(x.person(None, 30, 80), mask), "共有，按协议各占50%")
        elif k == 4:
            note = rr(x.ch(["已签协议", "待签协议", "有异议，正在调处"]))
        rows.append(
            [
                str(i + 1),
                x.nm(p, mask),
                x.idl(p, mask),
                str(x.ri(1, 8)),
                x.ch(GRPN) + x.ch(["田", "土", "坡", "湾", ""]),
                lt,
                "%.2f" % area,
                str(a),
                str(b),
                str(q),
                str(f),
                str(a + b + q + f),
                x.bankl(x.bank(), mask),
                note,
            ]
        )
    post = J(
        "\n",
        [
            cat(
                "　　被征收土地所有权人、使用权人对补偿明细有异议的，请于公示之日起10个工作日内书面向",
                t,
                "人民政府提出。",
            ),
            cat(
                "联系人：",
                x.official(),
                "    联系电话：",
                x.landline(),
                "    地址：",
                x.agaddr(),
                "    邮编：",
                c["post"],
            ),
            cat(c["full"], "自然资源局    ", t, "人民政府"),
            x.fd(x.day(), 0),
        ],
    )
    title = x.ch(
        [
            f"{proj}征收土地补偿费用兑付明细公示",
            f"{t}{v}征地补偿安置明细表",
            f"关于{proj}征地补偿款发放情况的公示",
        ]
    )
    return x.tabdoc("land_compensation", cat(title, "\n", intro), cols, rows, post, grp)


def land_chaiqian(x):
    c = x.c
    mask = dismask(x)
    proj = proj_name(x)
    ev = c["city"] + x.ch(["中衡", "诚信", "恒信", "正源"]) + "房地产土地评估有限公司"
    intro = cat(
        "　　根据",
        c["full"],
        "人民政府《房屋征收决定》（",
        x.wenhao("府发"),
        "），",
        c["full"],
        "房屋征收与补偿管理办公室对",
        proj,
        "范围内房屋实施征收。评估机构：",
        ev,
        "（统一社会信用代码：",
        x.uscc(),
        "），现将已签约被征收人补偿情况公示如下。",
    )
    cols = [
        "序号",
        "被征收人",
        "房屋坐落",
        "结构",
        "建筑面积（㎡）",
        "评估金额",
        "搬迁费",
        "临时安置费",
        "签约奖励",
        "补偿总额",
        "安置方式",
        "联系电话",
    ]
    rows = []
    st, roads, comms, _ = c["urban"]
    for i in range(x.ri(6, 16)):
        p = x.person(None, 30, 88)
        who = x.nm(p, mask)
        if x.p(0.25):
            who = cat(who, "、", x.nm(x.family(p, 1)[0][1], mask))
        elif x.p(0.1):
            who = cat(who, "（香港居民，港澳居民来往内地通行证：", L("hk_macau_permit", x.hkm(False)), "）")
        area = x.ri(60, 360)
        ev_ = area * x.ri(900, 3200)
        mv, tmp, aw = x.ri(1000, 5000), x.ri(3000, 20000), x.ch([0, 10000, 20000, 30000])
        if x.p(0.5):
            way = rr("货币补偿")
        else:
            unit = f"{x.ch(comms)}{x.ri(1, 20)}栋{x.ri(1, 3)}单元{x.ri(2, 18)}{x.ri(1, 4):02d}室"
            way = cat("产权调换：", L("address", unit) if not x.p(mask) else x.ch(comms))
        loc = x.home(urban=x.p(0.5))
        rows.append(
            [
                str(i + 1),
                who,
                L("address", loc) if not x.p(mask) else rr(x.ch(roads) + "片区"),
                x.ch(["砖混", "砖木", "框架", "木结构", "土木"]),
                str(area),
                str(ev_),
                str(mv),
                str(tmp),
                str(aw),
                str(ev_ + mv + tmp + aw),
                way,
                x.mobl(p.mob, mask),
            ]
        )
    post = J(
        "\n",
        [
            cat(
                "征收实施单位：",
                c["full"],
                "房屋征收与补偿管理办公室    监督电话：",
                x.landline(),
                "    电子邮箱：",
                x.agmail(),
            ),
            cat("办公地址：", x.agaddr()),
            x.fd(x.day(), x.ch([0, 4])),
        ],
    )
    return x.tabdoc(
        "land_compensation",
        cat(f"{proj}房屋征收补偿情况公示（第{cnum(x.ri(1, 6))}批）", "\n", intro),
        cols,
        rows,
        post,
    )


def fam_land(x):
    return land_zhengdi(x) if x.p(0.55) else land_chaiqian(x)


HOUSE_CAT = [
    "城镇低保住房困难家庭",
    "城镇中等偏下收入住房困难家庭",
    "新就业无房职工",
    "外来务工人员",
    "环卫工人",
    "特困人员",
]


def housing_list(x):
    c = x.c
    mask = dismask(x)
    st, roads, comms, _ = c["urban"]
    cols = [
        "序号",
        "申请人",
        "身份证号",
        "家庭人口",
        "共同申请人",
        "申请类别",
        "工作单位",
        "保障方式",
        "配租房源",
        "月租金（元）",
    ]
    rows = []
    for i in range(x.ri(8, 20)):
        p = x.person(None, 22, 70)
        fam = x.family(p, x.ri(1, 3))[: x.ri(0, 3)]
        mem = J("、", [cat(x.nm(m, mask), "（", r, "）") for r, m in fam]) if fam else rr("无")
        subsidy = x.p(0.3)
        unit = f"{x.ch(comms)}{x.ri(1, 12)}栋{x.ri(1, 3)}单元{x.ri(1, 11)}{x.ri(1, 4):02d}室"
        room = (
            rr("—") if subsidy else (L("address", unit) if not x.p(mask) else rr(x.ch(comms) + "公租房小区"))
        )
        work = x.ch(
            [
                x.company(),
                x.company(),
                "灵活就业",
                "无固定职业",
                c["full"] + "人民医院",
                c["short"] + "环卫所",
            ]
        )
        rows.append(
            [
                str(i + 1),
                x.nm(p, mask),
                x.idl(p, mask),
                str(len(fam) + 1),
                mem,
                x.ch(HOUSE_CAT),
                work,
                "租赁补贴" if subsidy else "实物配租",
                room,
                str(x.ri(80, 420)),
            ]
        )
    pre = J(
        "\n",
        [
            x.ch(
                [
                    f"{c['full']}{x.year}年第{x.ri(1, 5)}批公共租赁住房配租对象公示",
                    f"{c['full']}廉租住房保障对象资格复核结果公示",
                ]
            ),
            cat(
                "　　经申请人申请，街道（乡镇）初审，县住房和城乡建设局会同民政、公安、不动产登记、车辆管理等部门联审，下列",
                str(len(rows)),
                "户符合保障条件，现予公示。",
            ),
        ],
    )
    post = J(
        "\n",
        [
            cat("公示期：", x.period(), "。举报电话：", x.landline(), "，", "12345"),
            cat("来信地址：", x.agaddr(), "，", c["full"], "住房保障服务中心（邮编", c["post"], "）"),
        ],
    )
    return x.tabdoc("public_housing", pre, cols, rows, post)


def grid(x, pairs, style):
    """Form rendering of (label, value) pairs in rows of 2-3 pairs."""
    per = x.ri(2, 3)
    chunks = [pairs[i : i + per] for i in range(0, len(pairs), per)]
    if style == "pipe":
        return J("\n", [cat("| ", J(" | ", [cat(k, " | ", v) for k, v in ch]), " |") for ch in chunks])
    if style == "cells":
        return J("\n", [J("\n", [cat(k, "\n", v) for k, v in ch]) for ch in chunks])
    sep = x.ch(["    ", "　　", "  "])
    return J("\n", [J(sep, [cat(k, "：", v) for k, v in ch]) for ch in chunks])


def members_table(x, fam, mask, st):
    heads = ["姓名", "关系", "年龄", "身份证号", "健康状况", "就业状况"]
    rows = []
    for rel, m in fam:
        h = rr(x.ch(HEALTH_OK))
        r = x.r.random()
        if r < 0.2:
            h = L("health", x.dis(m.age))
        elif r < 0.3:
            h = cat("患", L("health", x.dis(m.age)))
        elif r < 0.4:
            h = L("health", x.ch(DIS_CAT[:6]) + "残疾" + x.ch(GRADE))
        job = (
            "在校学生"
            if 6 < m.age < 19
            else (
                "学龄前"
                if m.age <= 6
                else x.ch(
                    ["务农", "无业", "丧失劳动能力"] if m.age > 62 else ["务农", "务工", "无业", "灵活就业"]
                )
            )
        )
        rows.append([x.nm(m, mask), rel, str(m.age), x.idl(m, mask), h, job])
    return table(x, heads, rows, st if st in ("pipe", "cells", "space", "tsv") else "space")


def housing_form(x):
    c = x.c
    mask = dismask(x) / 2
    p = x.person(None, 24, 65)
    fam = x.family(p, x.ri(1, 3))
    st = x.ch(["plain", "plain", "pipe", "cells"])
    car = rr("无")
    if x.p(0.5):
        car = cat(
            L("license_plate", x.plate()),
            "（",
            x.ch(["2014年购置，已报废", "价值低于3万元", "二手面包车"]),
            "）",
        )
    pairs = [
        ("申请人", x.nm(p, mask)),
        ("性别", p.sex),
        ("民族", p.eth),
        ("出生年月", f"{p.birth.year}年{p.birth.month}月"),
        ("身份证号", x.idl(p, mask)),
        ("联系电话", x.mobl(p.mob, mask)),
        ("户籍地址", L("address", x.home(urban=False))),
        ("现居住地址", L("address", x.home(urban=True))),
        ("工作单位", x.company()),
        ("月收入（元）", x.money(1500, 3800, False)),
        ("名下车辆", car),
        ("住房情况", x.ch(["无自有住房，租房居住", "借住亲属房屋", "住房面积人均低于15㎡"])),
    ]
    if x.p(0.4):
        pairs.insert(6, ("电子邮箱", L("email", x.email())))
    if x.p(0.2):
        pairs.append(("家庭固定电话", L("landline", x.landline())))
    body = [
        c["full"] + x.ch(["公共租赁住房申请审核表", "住房保障资格申请表", "公租房申请家庭情况核查表"]),
        cat("编号：", c["abbr"], "GZF", str(x.year), x.digits(5), "    受理日期：", x.fd(x.day(), 0)),
        grid(x, pairs, st),
        "家庭成员情况：",
        members_table(x, fam, mask, st),
        cat(
            "社区（村）意见：经核实，申请人家庭情况属实。    经办人：", x.official(), "    ", x.fd(x.day(), 2)
        ),
        cat("街道（乡镇）审核意见：同意上报。    审核人：", x.official()),
        cat(
            "联审意见：车管所核查",
            x.ch(["无", "有"]),
            "登记车辆；不动产登记中心核查无房产。    ",
            c["full"],
            "住房和城乡建设局",
        ),
    ]
    return x.pdfize(J("\n", body), "public_housing", 1.0 if st == "cells" else 0.2, wrap=False)


def fam_housing(x):
    return housing_list(x) if x.p(0.55) else housing_form(x)


def fam_screening(x):
    c = x.c
    mask = dismask(x)
    hosp = c["full"] + "妇幼保健院"
    precon = x.p(0.45)
    rows = []
    if precon:
        cols = [
            "序号",
            "女方姓名",
            "女方身份证号",
            "男方姓名",
            "男方身份证号",
            "联系电话",
            "住址",
            "检查日期",
            "风险评估",
            "异常指标",
        ]
        for i in range(x.ri(8, 18)):
            w = x.person("女", 20, 38)
            m = x.person("男", w.age - 2, w.age + 6)
            ab = []
            if x.p(0.3):
                ab.append(cat("女方：", L("health", x.ch(PRECON_ABN))))
            if x.p(0.2):
                ab.append(cat("男方：", L("health", x.ch(PRECON_ABN[:5] + ["精液常规异常"]))))
            risk = x.ch(["高风险", "高风险"]) if ab else x.ch(["低风险", "一般人群"])
            rows.append(
                [
                    str(i + 1),
                    x.nm(w, mask),
                    x.idl(w, mask),
                    x.nm(m, mask),
                    x.idl(m, mask),
                    x.mobl(w.mob, mask),
                    L("address", x.home()) if not x.p(mask) else rr(x.town()),
                    x.fd(x.day(), 1),
                    risk,
                    J("；", ab) if ab else rr(x.ch(["无", "未见异常", "—"])),
                ]
            )
        title = (
            f"{c['full']}{x.year}年国家免费孕前优生健康检查{x.ch(['登记表', '随访名单', '高风险人群随访表'])}"
        )
        intro = cat(
            "　　本期共检查计划怀孕夫妇",
            str(x.ri(80, 400)),
            "对，筛查出风险人群",
            str(x.ri(10, 60)),
            "人，其中乙肝表面抗原阳性、地中海贫血基因携带者已全部纳入随访管理。",
        )
    else:
        cols = [
            "序号",
            "姓名",
            "年龄",
            "身份证号",
            "联系电话",
            "住址",
            "宫颈癌筛查结果",
            "乳腺癌筛查结果",
            "处置意见",
            "检查医生",
        ]
        for i in range(x.ri(8, 20)):
            w = x.person("女", 35, 64)
            cv = L("health", x.ch(CERV_ABN)) if x.p(0.3) else rr(x.ch(CERV_OK))
            br = L("health", x.ch(BREAST_ABN)) if x.p(0.25) else rr(x.ch(BREAST_OK))
            bad = bool(cv.sp or br.sp)
            todo = (
                cat("已转诊至", x.ch(c["hosp"]))
                if bad and x.p(0.6)
                else rr(
                    x.ch(["建议阴道镜检查", "3个月后复查"]) if bad else x.ch(["定期筛查", "3年后复查", "—"])
                )
            )
            rows.append(
                [
                    str(i + 1),
                    x.nm(w, mask),
                    str(w.age),
                    x.idl(w, mask),
                    x.mobl(w.mob, mask),
                    L("address", x.home()) if not x.p(mask) else rr(x.vil(x.town())),
                    cv,
                    br,
                    todo,
                    x.official(),
                ]
            )
        title = f"{c['full']}{x.year}年农村适龄妇女“两癌”免费检查{x.ch(['结果登记', '异常病例随访', '复查通知'])}名单"
        intro = cat(
            "　　本年度共完成宫颈癌筛查",
            str(x.ri(1000, 6000)),
            "人、乳腺癌筛查",
            str(x.ri(1000, 6000)),
            "人，检出宫颈癌前病变",
            str(x.ri(3, 30)),
            "例、乳腺癌",
            str(x.ri(1, 8)),
            "例。",
        )
    pre = J("\n", [title, cat("筛查机构：", hosp, "（统一社会信用代码：", x.uscc("hosp"), "）"), intro])
    post = J(
        "\n",
        [
            cat("咨询电话：", x.landline(), "（", hosp, "妇女保健科）    12320卫生健康热线"),
            cat("填表人：", x.official(), "    科室负责人：", x.official(), "    ", x.fd(x.day(), 0)),
        ],
    )
    return x.tabdoc("health_screening", pre, cols, rows, post)


VET_CAT = [
    "伤残军人",
    "伤残军人",
    "在乡复员军人",
    "带病回乡退伍军人",
    "参战退役人员",
    "烈士遗属",
    "因公牺牲军人遗属",
    "病故军人遗属",
    "农村籍退役士兵（60周岁以上）",
]


def fam_veterans(x):
    c = x.c
    mask = dismask(x)
    t = x.town()
    visit = x.p(0.35)
    rows = []
    if visit:
        cols = ["序号", "姓名", "类别", "身份证号", "家庭住址", "联系电话", "慰问金（元）", "走访人"]
    else:
        cols = [
            "序号",
            "姓名",
            "性别",
            "出生年月",
            "身份证号",
            "优抚类别",
            "伤残性质",
            "伤残等级",
            "入伍时间",
            "退伍时间",
            "月标准（元）",
            "银行账号",
            "备注",
        ]
    for i in range(x.ri(8, 20)):
        ca = x.ch(VET_CAT)
        p = x.person("男" if "军人" in ca or "退役" in ca else None, 55 if "遗属" not in ca else 40, 96)
        old = p.birth.year < 1984 and x.p(0.2)
        idc = L("id_card_15", p.id15) if old and not x.p(mask) else x.idl(p, mask)
        if visit:
            rows.append(
                [
                    str(i + 1),
                    x.nm(p, mask),
                    ca,
                    idc,
                    L("address", x.home(t)) if not x.p(mask) else rr(t),
                    x.phone(p, mask, 0.35),
                    str(x.ch([500, 800, 1000, 2000])),
                    x.official(),
                ]
            )
            continue
        nat, gr, note = rr("—"), rr("—"), rr("")
        if ca == "伤残军人":
            nat = rr(x.ch(["因战", "因公", "因病"]))
            gr = L("health", cnum(x.ri(1, 10)) + "级")
        elif ca == "带病回乡退伍军人":
            note = cat("患", L("health", x.ch(VET_ILL)))
        if x.p(0.12):
            sp = x.person("女" if p.sex == "男" else "男", 50, 90)
            note = cat("本人已于", x.fd(x.day(), 0), "去世，由配偶", x.nm(sp, mask), "领取当月抚恤金")
        ein = p.birth.year + x.ri(17, 21)
        dep = "遗属" in ca
        rows.append(
            [
                str(i + 1),
                x.nm(p, mask),
                p.sex,
                f"{p.birth.year}.{p.birth.month:02d}",
                idc,
                ca,
                nat,
                gr,
                "—" if dep else f"{ein}.{x.ri(1, 12)}",
                "—" if dep else f"{ein + x.ri(2, 16)}.{x.ri(1, 12)}",
                str(x.ri(300, 4000)),
                x.bankl(x.bank(), mask),
                note,
            ]
        )
    title = (
        f"{t}{x.year}年春节走访慰问重点优抚对象名单"
        if visit
        else x.ch(
            [
                f"{c['full']}{x.year}年{x.ri(1, 12)}月重点优抚对象抚恤补助金发放名册",
                f"{t}优抚对象信息采集表（汇总）",
            ]
        )
    )
    pre = J("\n", [title, cat("依据：", x.wenhao("退役军人发"), "    填报单位：", t, "退役军人服务站")])
    post = J(
        "\n",
        [
            cat("站长：", x.official(), "    经办人：", x.official(), "    联系电话：", x.landline()),
            cat(
                c["full"],
                "退役军人事务局（统一社会信用代码：",
                x.uscc("agency"),
                "）",
                x.ch(["", "    服务热线：12345"]),
            ),
            x.fd(x.day(), 0),
        ],
    )
    return x.tabdoc("veterans", pre, cols, rows, post)


def temp_form(x):
    c = x.c
    t = x.town()
    v = x.vil(t)
    mask = dismask(x) / 2
    p = x.person(None, 25, 75)
    fam = x.family(p, x.ri(1, 4))
    rel, sick = x.ch(fam)
    dis = x.dis(sick.age)
    kind = x.ch(["急难型", "支出型"])
    amt = x.ri(20000, 180000)
    give = x.ch([1000, 1500, 2000, 3000, 5000, 8000])
    st = x.ch(["plain", "plain", "pipe", "cells"])
    acct = x.bank()
    d = x.day(m1=10)
    now = x.p(0.6)
    pairs = [
        ("申请人姓名", x.nm(p, mask)),
        ("性别", p.sex),
        ("民族", p.eth),
        ("出生日期", x.fd(p.birth, 0)),
        ("身份证号码", x.idl(p, mask)),
        ("联系电话", x.mobl(p.mob, mask)),
        ("户籍所在地", L("address", x.home(t, v, urban=False))),
        ("现居住地", rr("同户籍地") if now else L("address", x.home(urban=True))),
        ("家庭人口", f"{len(fam) + 1}人"),
        ("救助类型", kind),
        ("申请金额（元）", str(amt // 10)),
        (
            "开户银行",
            x.ch(
                [c["bank"] + t[:2] + x.ch(["支行", "分理处"]), BANKNAME[acct[:6]] + c["short"][:2] + "支行"]
            ),
        ),
        ("账号", x.bankl(acct, mask)),
    ]
    if x.p(0.2):
        pairs.insert(6, ("固定电话", L("landline", x.landline())))
    extra = rr("")
    if x.p(0.4) and not any(r in ("父亲", "母亲") for r, _ in fam):
        mo = x.person(None, 70, 92)
        extra = cat(
            "家中还有年迈的",
            "父亲" if mo.sex == "男" else "母亲",
            x.nm(mo, mask),
            "长期卧床（",
            L("health", x.ch(DISEASES[17:])),
            "），",
        )
    who = {
        "配偶": "我爱人",
        "妻子": "我妻子",
        "丈夫": "我丈夫",
        "儿子": "我儿子",
        "女儿": "我女儿",
        "父亲": "我父亲",
        "母亲": "我母亲",
    }[rel]
    reason = cat(
        "　　本人",
        x.nm(p, mask),
        "，家住",
        t,
        v,
        "。",
        x.fd(d - TD(days=x.ri(20, 90)), 0),
        "，",
        who,
        x.nm(sick, mask),
        x.ch(["突发", "被确诊为", "因"]),
        L("health", dis),
        x.ch(["", "，病情危重", "入院"]),
        "，先后在",
        x.ch(c["hosp"]),
        "住院治疗",
        str(x.ri(8, 90)),
        "天，共花费医疗费用",
        str(amt),
        "元，扣除医保报销后自付",
        str(amt // x.ri(2, 5)),
        "元。",
        extra,
        "家庭已无力承担，特申请临时救助。",
    )
    if st != "cells" and x.p(0.5):
        reason = hardwrap(reason, x.ri(56, 80))
    body = [
        c["full"] + "临时救助审批表",
        cat(
            "乡镇（街道）：",
            t,
            "    申请编号：LSJZ",
            c["codes"][0],
            d.strftime("%Y%m"),
            x.digits(4),
            "    申请日期：",
            x.fd(d, 0),
        ),
        grid(x, pairs, st),
        "家庭成员情况",
        members_table(x, fam, mask, st),
        "申请理由：",
        reason,
        cat("申请人（签字/手印）：", x.nm(p, mask), "    ", x.fd(d, 0)),
    ]
    if x.p(0.3):
        body.append(cat("代写人：", x.official(), "（", v, "村民委员会文书）"))
    n = x.ri(9, 15)
    body += [
        cat(
            "村（居）民委员会意见：经入户调查核实，申请人家庭情况属实，经村民代表评议（应到",
            str(n),
            "人，实到",
            str(n - x.ri(0, 2)),
            "人，全票同意），同意上报。    经办人：",
            x.official(),
            "    ",
            x.fd(d + TD(days=2), 0),
        ),
        cat(
            "乡镇人民政府审核意见：经审核，符合",
            kind,
            "临时救助条件，建议救助",
            str(give),
            "元。    审核人：",
            x.official(),
            "    ",
            x.fd(d + TD(days=6), 0),
        ),
        cat(
            c["full"],
            "民政局审批意见：同意。救助金额",
            str(give),
            "元（大写：",
            {1000: "壹仟", 1500: "壹仟伍佰", 2000: "贰仟", 3000: "叁仟", 5000: "伍仟", 8000: "捌仟"}[give],
            "元整）。    审批人：",
            x.official(),
            "    ",
            x.fd(d + TD(days=12), 0),
        ),
    ]
    return x.pdfize(J("\n", body), "temp_assistance", 1.0 if st == "cells" else 0.25, wrap=False)


def temp_minutes(x):
    c = x.c
    t = x.town()
    v = x.vil(t)
    mask = dismask(x) / 3
    host, o2, o3, first, rec = [x.official() for _ in range(5)]
    reps = [x.person(None, 35, 70) for _ in range(x.ri(3, 6))]
    tot = len(reps) + x.ri(3, 8)
    d = x.day()
    lines = [
        f"{v}临时救助民主评议会议记录",
        cat("时间：", x.fd(d, 0), "上午9:00"),
        cat("地点：", v, "村民委员会会议室"),
        cat("主持人：", host, "（村党支部书记、村委会主任）    记录人：", rec),
        cat(
            "参会人员：村两委成员",
            o2,
            "、",
            o3,
            "，驻村第一书记",
            first,
            "，村民代表",
            J("、", [x.nm(r, mask) for r in reps]),
            "等",
            str(tot),
            "人",
        ),
        "会议内容：",
    ]
    for j in range(x.ri(2, 3)):
        ap = x.person(None, 30, 80)
        rel, sick = x.ch(x.family(ap, x.ri(1, 3)))
        dis = x.dis(sick.age) if x.p(0.7) else x.ch(INJURY)
        r1, r2 = x.r.sample(reps, 2)
        addr = L("address", x.home(t, v, urban=False)) if not x.p(mask) else rr("本村")
        lines += [
            cat(
                host,
                "：下面评议第",
                cnum(j + 1),
                "户，",
                x.nm(ap, mask),
                "，住",
                addr,
                "，",
                rel,
                x.nm(sick, mask),
                "今年",
                x.ch(["确诊", "查出"]),
                L("health", dis),
                "，花了",
                str(x.ri(2, 30)),
                "万多，申请临时救助。大家说说情况。",
            ),
            cat(
                "村民代表",
                x.nm(r1, mask),
                "：他家情况我清楚，",
                x.ch(["确实困难", "两个娃娃还在读书", "房子还是土坯房"]),
                "，我同意。",
            ),
            cat(
                "村民代表",
                x.nm(r2, mask),
                "：我补充一下，",
                x.nm(ap, mask),
                "自己前年",
                x.ch(["摔伤了腰", "做过手术"]),
                "，是",
                L("health", x.ch(["腰椎压缩性骨折", "肢体残疾四级", "慢性肾炎", "高血压病"])),
                "，重活干不了。",
            ),
            cat(
                "驻村第一书记",
                first,
                "：按照",
                c["prov"],
                "临时救助政策，这户属于支出型困难，可以按程序报镇里审核。",
            ),
            cat("表决结果：同意", str(tot - (j % 2)), "票，不同意0票，弃权", str(j % 2), "票。"),
        ]
    lines.append(
        cat(
            "（评议结果在",
            v,
            "村务公开栏公示7天，监督电话：",
            x.landline(),
            "；驻村第一书记",
            first,
            "，",
            x.mobile(),
            "）",
        )
    )
    lines.append(cat("参会人员签名：", J("  ", [x.nm(r, mask) for r in reps])))
    return x.pdfize(J("\n", lines), "temp_assistance", 0.4)


def fam_temp(x):
    return temp_form(x) if x.p(0.7) else temp_minutes(x)


def party(x, role, p, mask, addr=None):
    bits = [
        cat(p.sex),
        rr(p.eth),
        cat(x.fd(p.birth, 0), x.ch(["出生", "生"])),
        cat(x.ch(["公民身份号码", "身份证号码：", "身份证号"]), x.idl(p, mask)),
        cat(
            x.ch(["住", "现住", "户籍地："]),
            L("address", addr or x.home()) if not x.p(mask) else rr(x.town()),
        ),
        cat(x.ch(["联系电话：", "电话", "手机："]), x.phone(p, mask, 0.12)),
    ]
    if x.p(0.3):
        bits = bits[:3] + [bits[4], bits[3], bits[5]]
    return cat(role, "：", x.nm(p, mask), "，", J("，", bits), "。")


def fam_mediation(x):
    c = x.c
    t = x.town()
    v = x.vil(t)
    mask = dismask(x) / 2
    k = x.ri(0, 3)
    a = x.person(None, 25, 75) if k < 3 else x.person(None, 70, 92)
    b = x.person(None, 25, 75) if k < 3 else x.person(None, 40, a.age - 22, sur=a.name[0])
    d0 = x.day(m1=7)
    ds = d0 + TD(days=x.ri(20, 120))
    lines = [
        f"{t}人民调解委员会",
        x.ch(["人民调解协议书", "人民调解协议"]),
        f"编号：{c['abbr']}{t[0]}人调〔{x.year}〕第{x.ri(1, 120):03d}号",
    ]
    ra, rb = x.ch([("甲方", "乙方"), ("当事人（甲方）", "当事人（乙方）"), ("甲方当事人", "乙方当事人")])
    ha, hb = x.home(t, v, urban=False), x.home(t, v, urban=False)
    near = k == 1
    lines += [party(x, ra, a, mask, ha if near else None), party(x, rb, b, mask, hb if near else None)]
    wit = None
    if k == 0:
        pa, pb = x.plate(), x.plate()
        inj = x.ch(INJURY)
        if x.p(0.4):
            ag = x.person(None, 20, max(21, a.age - 18), sur=a.name[0])
            lines.append(
                cat(
                    "甲方委托代理人：",
                    x.nm(ag, mask),
                    "，系甲方之",
                    x.ch(["子" if ag.sex == "男" else "女", "亲属"]),
                    "，联系电话：",
                    x.mobl(ag.mob, mask),
                    "。",
                )
            )
        facts = cat(
            x.fd(d0, 0),
            "，乙方驾驶",
            L("license_plate", pb),
            "号小型轿车行至",
            t,
            x.ch(["场镇", "集镇", "加油站"]),
            "路段时，与甲方驾驶的",
            L("license_plate", pa),
            x.ch(["号二轮摩托车", "号三轮车", "号面包车"]),
            "发生碰撞，造成甲方",
            L("health", inj),
            "。经",
            c["short"],
            "公安局交通管理大队认定（道路交通事故认定书编号：",
            c["codes"][0],
            x.digits(4),
            str(x.year),
            x.digits(5),
            "），乙方负事故主要责任。甲方在",
            x.ch(c["hosp"]),
            "住院",
            str(x.ri(10, 60)),
            "天。",
        )
        items = [
            cat(
                "乙方一次性赔偿甲方医疗费、误工费、护理费等各项损失共计人民币",
                x.money(8000, 90000, False),
                "元（已扣除",
                x.ch(["中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司"]),
                c["city"][:2],
                "支公司交强险赔付部分）。",
            ),
            cat(
                "上述款项由乙方于",
                x.fd(ds + TD(days=x.ri(3, 30)), 0),
                "前转入甲方账户（户名：",
                x.nm(a, mask),
                "，开户行：",
                c["bank"],
                "，账号：",
                x.bankl(x.bank(), mask),
                "）。",
            ),
            rr("甲方收到款项后，不再就本次事故向乙方主张任何权利。"),
        ]
    elif k == 1:
        facts = cat(
            "甲乙双方系",
            v,
            "邻居。乙方于",
            x.fd(d0, 0),
            "在其房屋（",
            L("address", hb),
            "）东侧修建围墙，甲方认为围墙占用了双方共用的排水沟，双方发生争执，乙方之子",
            x.nm(x.person("男", 18, 40), mask),
            "将甲方推倒，致甲方",
            L("health", x.ch(INJURY[-3:])),
            "。",
        )
        items = [
            rr("乙方于十日内自行拆除占用排水沟部分围墙，恢复排水沟原宽度0.6米。"),
            cat("乙方赔偿甲方医药费", x.money(800, 6000, False), "元，当场以现金方式付清。"),
            rr("双方今后和睦相处，互不追究。"),
        ]
        wit = x.person(None, 40, 70)
    elif k == 2:
        co = x.company()
        facts = cat(
            "甲方于",
            x.fd(d0, 0),
            "受乙方雇请在",
            co,
            "（统一社会信用代码：",
            x.uscc(),
            "）承接的厂房工地从事",
            x.ch(["钢筋", "砌砖", "模板"]),
            "作业时从脚手架跌落，经",
            x.ch(c["hosp"]),
            "诊断为",
            L("health", x.ch(INJURY)),
            "，后经鉴定为",
            L("health", x.ch(["九级伤残", "十级伤残", "八级伤残"])),
            "。双方就赔偿问题协商未果，申请调解。",
        )
        items = [
            cat("乙方一次性支付甲方医疗费、伤残补助金等共计", x.money(30000, 200000, False), "元。"),
            cat(
                "款项分两期支付，第一期于",
                x.fd(ds + TD(days=10), 0),
                "前支付，第二期于",
                x.fd(ds + TD(days=x.ri(40, 120)), 0),
                "前支付，均转入甲方",
                x.ch(["社保卡", "银行卡"]),
                "（",
                x.bankl(x.bank(), mask),
                "）。",
            ),
        ]
    else:
        kid = x.person(None, 28, 50, sur=a.name[0])
        far = x.ch(
            [
                ("往来台湾通行证", "tw_permit", "L" + x.digits(8)),
                ("护照", "passport", x.passport()),
                ("往来港澳通行证", "hk_macau_permit", x.hkm()),
                ("台湾居民来往大陆通行证", "tw_permit", x.digits(8)),
            ]
        )
        facts = cat(
            "甲方系乙方之",
            "父" if a.sex == "男" else "母",
            "，现年",
            str(a.age),
            "岁，患有",
            L("health", x.ch(DISEASES[17:])),
            "，生活不能完全自理。乙方与其",
            x.ch(["兄", "弟", "姐", "妹"]),
            x.nm(kid, mask),
            "（",
            far[0],
            "号码：",
            L(far[1], far[2]),
            "，现在外地居住）就赡养费分担及甲方住院费用承担发生争议。",
        )
        items = [
            cat(
                "乙方与",
                x.nm(kid, mask),
                "每人每月各支付甲方赡养费",
                str(x.ch([300, 500, 600, 800])),
                "元，于每月10日前支付。",
            ),
            rr("甲方住院期间的医疗费用，扣除医保报销部分后由子女平均分担。"),
            rr("甲方由乙方负责日常照料，其他子女每季度探望不少于一次。"),
        ]
        if x.p(0.5):
            wit = x.person(None, 40, 70)
    lines += [cat("纠纷主要事实、争议事项："), cat("　　", facts), "经调解，双方自愿达成如下协议："]
    lines += [cat("　　", str(i + 1), ".", it) for i, it in enumerate(items)]
    lines += [
        "履行方式、时限：按上述约定履行。本协议一式三份，当事人各执一份，人民调解委员会留存一份。",
        cat("当事人（签名）：", x.nm(a, mask), "        ", x.nm(b, mask)),
    ]
    if wit:
        lines.append(cat("见证人：", x.nm(wit, mask), "（", v, "村民）"))
    lines += [
        cat("人民调解员（签名）：", x.official(), "、", x.official(), "    记录人：", x.official()),
        cat(t, "人民调解委员会（印）    ", x.fd(ds, x.ch([0, 4]))),
        cat("（", t, "司法所联系电话：", x.landline(), "）"),
    ]
    return x.pdfize(J("\n", lines), "mediation", 0.5)


def fam_hearing(x):
    c = x.c
    t = x.town()
    v = x.vil(t)
    mask = dismask(x) / 3
    host, m1, m2, rec, inv1, inv2 = [x.official() for _ in range(6)]
    ap = x.person(None, 35, 78)
    fam = x.family(ap, x.ri(2, 3))
    sp = fam[0][1]
    son = x.person(None, 22, max(23, ap.age - 20), sur=ap.name[0])
    home = x.home(t, v)
    dis = x.ch(DISEASES)
    pl = x.plate()
    acct = x.bank()
    ag = x.ch(["民政局", "医疗保障局", "住房和城乡建设局"])
    topic, ab, money, basis = {
        "民政局": ("取消最低生活保障待遇", "民发", "低保金", "最低生活保障审核确认办法"),
        "医疗保障局": ("不予医疗救助", "医保发", "救助金", "医疗救助办法"),
        "住房和城乡建设局": ("取消公租房保障资格", "住建发", "租赁补贴", "公共租赁住房管理办法"),
    }[ag]
    zi = "子" if son.sex == "男" else "女"
    q = x.p(0.35)
    lawyer = x.p(0.4)
    HOST = "问" if q else "主持人"
    APP = "答" if q else cat("申请人", x.nm(ap, mask))
    lines = [
        x.ag(ag),
        x.ch(["行政听证笔录", "听证会笔录", "听证笔录"]),
        cat("案由：拟", topic, "听证（", x.wenhao(ab), "）"),
        cat("听证时间：", x.fd(x.day(), 0), "上午9时30分至11时", x.ri(0, 50), "分"),
        cat("听证地点：", x.ag(ag), "三楼会议室（", x.agaddr(), "）"),
        cat("听证主持人：", host, "    听证员：", m1, "、", m2, "    记录员：", rec),
        cat("案件调查人员：", inv1, "、", inv2, "（执法证号：", x.zhifa(), "、", x.zhifa(), "）"),
        party(x, "申请人", ap, mask, home),
    ]
    if lawyer:
        firm = c["city"] + x.ch(["正义", "黔东", "明德", "信达", "大成"]) + "律师事务所"
        lines.append(cat("委托代理人：", x.official(), "，", firm, "律师，执业证号：", x.lawyer_no(), "。"))
    else:
        lines.append(
            cat(
                "委托代理人：",
                x.nm(son, mask),
                "，系申请人之",
                "子" if son.sex == "男" else "女",
                "，联系电话：",
                x.mobl(son.mob, mask),
                "。",
            )
        )
    lines.append("听证记录：")
    say = []
    say.append(
        cat(HOST, "：现在宣布听证会开始。首先核对当事人身份。申请人，请报一下你的姓名、身份证号码和住址。")
    )
    say.append(
        cat(
            APP,
            "：我叫",
            x.nm(ap, mask),
            "，身份证号码",
            x.idl(ap, mask),
            "，住在",
            L("address", home) if not x.p(mask) else rr("本村"),
            "。",
        )
    )
    say.append(cat(HOST, "：下面由调查人员陈述拟作出决定的事实、理由和依据。"))
    say.append(
        cat(
            "调查人员" if not q else "",
            inv1,
            "：经信息比对核查，申请人家庭共",
            str(len(fam) + 1),
            "人，其",
            zi,
            x.nm(son, mask),
            "名下登记有小型轿车一辆，车牌号",
            L("license_plate", pl),
            "，购置价格超过当地规定标准。另外，",
            x.nm(son, mask),
            "在",
            x.company(),
            "务工，月收入约",
            x.money(3500, 7000, False),
            "元。根据《",
            c["prov"],
            basis,
            "》，拟作出",
            topic,
            "的决定。",
        )
    )
    say.append(
        cat(
            APP,
            "：那车是我",
            "儿子" if zi == "子" else "女儿",
            "跑运输借钱买的，还欠着贷款。我老伴",
            x.nm(sp, mask),
            "患",
            L("health", dis),
            "，每个月光药费就要",
            str(x.ri(800, 3000)),
            "多块，",
            x.ch(["我自己也有", "我本人是"]),
            L("health", x.ch(["高血压病", "肢体残疾三级", "慢性阻塞性肺疾病", "糖尿病"])),
            "，干不了活。",
        )
    )
    if lawyer:
        say.append(
            cat(
                "代理人：调查人员未将申请人家庭的刚性支出纳入核算，",
                sp.name[0],
                "某的医疗费用票据已提交，请听证会予以考虑。",
            )
        )
    else:
        say.append(cat("代理人", x.nm(son, mask), "：车是我的，跑运输的，我已经分户出去了，户口本在这里。"))
    say.append(cat(HOST, "：申请人，", money, "现在是打到哪个账户？"))
    say.append(cat(APP, "：打到我那张", BANKNAME[acct[:6]], "的卡上，卡号", x.bankl(acct, mask), "。"))
    say.append(cat(m1, "：", x.nm(son, mask), "分户是什么时间？"))
    say.append(cat("代理人" if not q else APP, "：", x.fd(x.day(x.year - 1), 0), "，在", t, "派出所办的。"))
    if x.p(0.5):
        nb = x.person(None, 40, 75)
        say.append(
            cat(
                HOST,
                "：",
                v,
                "村民",
                x.nm(nb, mask),
                "提交了书面证言，称申请人家庭实际居住在一起。申请人有何意见？",
            )
        )
        say.append(cat(APP, "：", nb.name[0], "家跟我们有矛盾，他说的不实。"))
    say.append(cat(HOST, "：请双方作最后陈述。"))
    say.append(cat(APP, "：请求政府考虑我家实际困难，", x.ch(["不要取消", "继续发放"]), money, "。"))
    say.append(cat(HOST, "：听证会结束。笔录请当事人核对后签字。"))
    lines += say
    lines += [
        "（以下无正文）",
        cat("申请人（签名）：", x.nm(ap, mask), "    主持人：", host, "    记录员：", rec),
        cat("（本笔录共", cnum(x.ri(3, 6)), "页，当事人已阅，无异议。联系电话：", x.landline(), "）"),
    ]
    return x.pdfize(J("\n", lines), "hearing", 0.5)


# --------------------------------------------------------------------------- driver
GENS = [
    ("xinfang", fam_xinfang),
    ("hotline12345", fam_hotline),
    ("medical_aid", fam_medical),
    ("disability_subsidy", fam_disability),
    ("land_compensation", fam_land),
    ("public_housing", fam_housing),
    ("health_screening", fam_screening),
    ("veterans", fam_veterans),
    ("temp_assistance", fam_temp),
    ("mediation", fam_mediation),
    ("hearing", fam_hearing),
]


def gen_doc(seed, i):
    rng = Random(f"{seed}-{i}")
    x = Ctx(rng, rng.choice(COUNTIES), rng.choice([2021, 2022, 2023, 2023, 2024]))
    fam = (
        GENS[(i + rng.randrange(len(GENS))) % len(GENS)][1] if rng.random() < 0.3 else GENS[i % len(GENS)][1]
    )
    typ, doc = fam(x)
    doc = R(doc.t.replace("\r", ""), doc.sp)
    sp = sorted(set(doc.sp), key=lambda s: (s[1], s[2]))
    return {"type": typ, "text": doc.t, "spans": [{"kind": k, "start": s, "end": e} for k, s, e in sp]}


# --------------------------------------------------------------------------- validation
RX = {
    "mobile": re.compile(r"^1[3-9]\d{9}$"),
    "landline": re.compile(r"^(?:[（(]0\d{2,3}[）)]|0\d{2,3}[-－ ]?)?\d{7,8}$"),
    "email": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"),
    "passport": re.compile(r"^(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$"),
    "hk_macau_permit": re.compile(r"^(?:C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}(?:\d{2})?)$"),
    "tw_permit": re.compile(r"^(?:L\d{8}|\d{8}|T\d{8})$"),
    "license_plate": re.compile(
        r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{5,6}$"
    ),
    "name": re.compile(r"^[\u4e00-\u9fff]{2,4}$"),
}


def valid_date(s, fmt):
    try:
        datetime.datetime.strptime(s, fmt)
        return True
    except ValueError:
        return False


def check_value(kind, raw):
    if raw != raw.strip():
        return "leading/trailing whitespace"
    if "*" in raw or "某" in raw or "×" in raw:
        return "masked value labelled"
    v = re.sub(r"\s", "", raw)
    if kind == "id_card":
        v = v.upper()
        if not re.fullmatch(r"\d{17}[\dX]", v):
            return "id_card shape"
        if id_check(v[:17]) != v[17]:
            return "id_card check character"
        if v[:6] not in ALL_CODES or not valid_date(v[6:14], "%Y%m%d"):
            return "id_card county/birth"
    elif kind == "id_card_15":
        if (
            not re.fullmatch(r"\d{15}", v)
            or v[:6] not in ALL_CODES
            or not valid_date("19" + v[6:12], "%Y%m%d")
        ):
            return "id_card_15"
    elif kind == "bank_card":
        if not re.fullmatch(r"\d{16,19}", v) or not luhn_ok(v) or BINS.get(v[:6]) != len(v):
            return "bank_card luhn/issuer"
    elif kind == "mobile":
        if not RX["mobile"].match(v.replace("-", "")):
            return "mobile"
    elif kind == "address":
        if not (v.endswith(("号", "栋", "单元", "室", "组")) and len(v) >= 5):
            return "address granularity"
    elif kind == "health":
        if not v or len(v) > 30:
            return "health"
    elif kind in RX:
        if not RX[kind].match(raw.replace("\n", "") if kind in ("license_plate", "landline") else v):
            return kind
    else:
        return "unknown kind"
    return None


def check(path):
    errs, n = [], 0
    types, kinds = Counter(), Counter()  # type: ignore[var-annotated]
    idrx = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            d = json.loads(line)
            if set(d) != {"type", "text", "spans"}:
                errs.append(f"{ln}: keys {sorted(d)}")
                continue
            fam = d["type"][:-4] if d["type"].endswith(".pdf") else d["type"]
            if fam not in FAMILIES:
                errs.append(f"{ln}: type {d['type']}")
            types[d["type"]] += 1
            t = d["text"]
            prev = 0
            for s in d["spans"]:
                k, a, b = s["kind"], s["start"], s["end"]
                kinds[k] += 1
                if k not in KINDS:
                    errs.append(f"{ln}: kind {k}")
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                    errs.append(f"{ln}: offsets {s}")
                    continue
                if a < prev:
                    errs.append(f"{ln}: overlap/unsorted at {a}")
                prev = b
                e = check_value(k, t[a:b])
                if e:
                    errs.append(f"{ln}: {k} {t[a:b]!r}: {e}")
            covered = [(s["start"], s["end"]) for s in d["spans"]]
            for m in idrx.finditer(t):
                v = m.group().upper()
                if (
                    id_check(v[:17]) == v[17]
                    and v[:6] in ALL_CODES
                    and not any(a <= m.start() and m.end() <= b for a, b in covered)
                ):
                    errs.append(f"{ln}: unlabelled valid id {v}")
            for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", t):
                v = m.group()
                if (
                    luhn_ok(v)
                    and BINS.get(v[:6]) == len(v)
                    and not any(a <= m.start() and m.end() <= b for a, b in covered)
                ):
                    errs.append(f"{ln}: unlabelled valid bank card {v}")
    return n, types, kinds, errs


def stats(types, kinds, out=sys.stdout):
    print("documents per type:", file=out)
    for k, v in sorted(types.items()):
        print(f"  {k:28s} {v}", file=out)
    print("spans per kind:", file=out)
    for k in KINDS:
        print(f"  {k:28s} {kinds.get(k, 0)}", file=out)
    print(f"  {'TOTAL':28s} {sum(kinds.values())}", file=out)


def main():
    ap = argparse.ArgumentParser(description="Blind labelled PII evaluation set (政务公开, six counties).")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", default="227")
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(__doc__)
        return 0
    if a.check:
        n, types, kinds, errs = check(a.check)
        for e in errs[:50]:
            print("ERROR", e)
        print(f"{n} documents, {sum(kinds.values())} spans, {len(errs)} errors")
        if a.stats:
            stats(types, kinds)
        return 1 if errs else 0
    docs = [gen_doc(a.seed, i) for i in range(a.docs)]
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
    if a.stats:
        types = Counter(d["type"] for d in docs)
        kinds = Counter(s["kind"] for d in docs for s in d["spans"])
        stats(types, kinds, sys.stderr if not a.out else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
