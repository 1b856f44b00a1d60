#!/usr/bin/env python3
# ruff: noqa
# mypy: ignore-errors
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout62 -- blind evaluation set generator: personal information in Chinese
government-disclosure (政务公开) publications of county governments and bureaus.

Standard library only.  Deterministic for a seed.

Usage:
    python holdout62.py --docs 400 --seed 311 -o OUT.jsonl
    python holdout62.py --docs 400 --seed 311 --check          (generate in memory, validate)
    python holdout62.py --check OUT.jsonl                      (validate an existing file)
    python holdout62.py --stats OUT.jsonl | --stats            (counts per kind / family)
    python holdout62.py --decisions

Each output line: {"type": family, "text": ..., "spans": [{"kind","start","end"}]}
Offsets are Python str (code point) offsets, end exclusive.

FAMILIES (value of "type")
  1. 卫生监督行政处罚            非法行医 / 医师执业 / 使用非卫生技术人员 (卫生健康局)
  2. 药品医疗器械行政处罚        药店、诊所、医疗器械经营 (市场监督管理局)
  3. 烟草专卖行政处罚            无证零售、无准运证运输卷烟 (烟草专卖局)
  4. 文化市场行政处罚            网吧、KTV/娱乐场所经营者 (文化广电旅游体育局)
  5. 出租车网约车驾驶员从业资格证注销公告   (交通运输局)
  6. 机动车驾驶证吊销注销公告    (公安局交通警察大队)
  7. 机动车逾期未检验强制报废公告 (公安局交通警察大队)
  8. 渔业油价补贴发放名单        渔船船主 (农业农村局/海洋与渔业局) -- coastal counties only
  9. 农村饮水安全受益户取水许可公示 (水务局/水利局)
 10. 道路运输违法曝光            非法营运、网约车无证 (交通运输综合行政执法大队)

COUNTIES (6-digit GB/T 2260 codes)
  海南省临高县 469024 · 浙江省舟山市岱山县 330921 · 福建省宁德市霞浦县 350921 ·
  辽宁省大连市长海县 210224 · 广西壮族自治区防城港市东兴市 450681 ·
  新疆维吾尔自治区喀什地区疏附县 653121
  Town/township names are the real ones; village names are mostly real as far as
  remembered (江平镇万尾村/巫头村/山心村, 东兴镇竹山村 …), Xinjiang villages use the real
  numbered style (托克扎克镇3村).  Birth-place codes of ID numbers also use other real
  county codes (昭觉县513431 for Yi, 拉萨城关区540102 for Tibetan, 呼和浩特新城区150102
  for Mongolian, 喀什市653101, 定海区330902, 蕉城区350902, 防城区450603 …).

Minority names: Uyghur (given·father with ·/•/．/- or no separator), Tibetan, Yi,
Mongolian, Zhuang, Jing, She (畲), Li (黎, 亚- names); Vietnamese nationals in 东兴 with
Chinese and Latin renderings; Hong Kong / Taiwan residents with 回乡证 / 台胞证.
Compound surnames (欧阳 司马 上官 诸葛 司徒 皇甫 令狐 端木 慕容 东方) and rare surnames
(禤 冼 佘 缪 郗 仉 逄 訾 亓 粟 佴 敖 冉 揭 鄢).

Layouts: labelled prose (决定书), key/value forms, tab-separated tables, pdftotext
-layout fixed-width tables (last column wrapped onto indented continuation lines),
one-cell-per-line (DOCX/HTML flattened), CSV with quoted cells (and Excel damage),
HTML remnants (&nbsp; <br>), hard line breaks inside values, full-width digits.

DECISIONS
 1. Labels mark the PRESENCE of a personal datum of a private natural person, not
    whether its publication is lawful.  Data that a notice must publish by design
    (the name and licence number of the driver whose licence is cancelled, the boat
    owner receiving a subsidy) are still labelled.
 2. name = full name of a private natural person (当事人, 经营者, 个体工商户经营者,
    法定代表人/负责人 of a penalised company or shop, 船主, 户主, 驾驶员, 车辆所有人,
    patients, doctors who are the penalised party, applicants).  法定代表人 of
    companies ARE labelled: they are private natural persons, even though the same
    fact is in the enterprise register.
 3. Officials acting in role are NOT labelled: 执法人员, 承办人, 审核人, 联系人 of a
    bureau, signing heads.  Their 执法证号, office phones and office e-mail are not
    labelled either.
 4. Masked or partial names are NOT labelled: 张某, 李某某, 王*, 刘**, 陈*明, 艾某某.
    Likewise masked ids / phones / cards / plates (330127********1234, 138****1234,
    6222********1234, 浙L·A1***) are not labelled, not even the visible part.
 5. A name span is the name only: no title, role, parentheses or 户主 suffix.  A
    Uyghur/Tibetan/Yi/Mongolian name is one span including its inner separator
    (· • ． - or space).  A Chinese rendering and a Latin rendering of the same
    foreigner (阮文雄（NGUYEN VAN HUNG）) are two separate name spans.
 6. Padded names (王　五, 王  五, 王&nbsp;五 is not used) are one span from the first to
    the last character, the inner padding included; outer padding excluded.
 7. Wrapped values (a hard line break inside a name, address, id, etc., or a
    pdftotext continuation line) are ONE span from the first to the last character,
    including the line break and indentation between the fragments.  Layouts only
    wrap where nothing but whitespace lies between the fragments.
 8. Names embedded in organisation names are not labelled; generated shop/company
    names never contain a full personal name, but do contain surnames (王氏水产,
    陈家海鲜排档), as do village and road names (王家村, 中山路) -- all unlabelled.
 9. address = home / residence / household-registration address of a private person
    (住址, 住所, 家庭住址, 户籍地, 现住, 家住, 船主住址) that reaches 号/栋/幢/单元/室/组
    level.  Span starts at the first place-name component actually written (省, 市,
    县, 镇/乡 or 村, whichever comes first) and ends at the last 号/栋/幢/单元/室/组
    token inclusive; a following parenthetical or punctuation is excluded.
10. Residence given only to village/community level (江平镇万尾村) is NOT labelled.
    Business premises, places of violation, inspection sites, water-intake sites,
    offices, and the registered 住所 of companies / individual businesses (经营场所,
    违法地点, 取水地点, a company's 住所地址 in a vehicle list) are NOT labelled even at
    号 level, unless the text says the place is a natural person's residence
    (在其住所（…号）is labelled).
11. id_card = 18-character 公民身份号码 wherever it appears, including when it serves
    as 驾驶证号 or 从业资格证号 (for Hong Kong/Macau/Taiwan residents the 驾驶证号 is the
    permit number and is labelled hk_macau_permit / tw_permit).  id_card_15 = old 15-digit number (old licences).
    Spaces, line breaks and full-width digits inside are part of the span.
    Excel-mangled ids (4.69024E+17) are not labelled.  A leading apostrophe or tab
    added by a spreadsheet is outside the span.
12. mobile / landline: private persons' numbers only (当事人, 经营者, 户主, 船主).
    The span includes a +86 / 86- prefix and inner spaces or hyphens; an area code
    in brackets is included for landlines.  Bureau phones, complaint hotlines
    (12345, 12315, 12313, 12328), fax numbers are not labelled.
13. license_plate: every specific motor-vehicle plate number is labelled, whatever
    the owner (person or company), because a plate links to the driver/keeper.
    The span includes a middle dot or space.  Fishing-vessel names (浙岱渔03218),
    VINs, 档案编号, engine numbers are not labelled (not in the kind list).
14. bank_card: full card numbers of private persons (subsidy payees); the bank name
    is not part of the span.  Masked cards are not labelled.
15. passport / hk_macau_permit / tw_permit: the document number only, without the
    document-type words.  回乡证 (H/M + 8 digits) and mainland 往来港澳通行证 both
    count as hk_macau_permit.
16. health = health, disease or disability status of an identifiable person: the
    condition phrase itself without 患有/因/系 (e.g. 癫痫病, 肢体残疾二级,
    身体条件不适合驾驶机动车, 身体健康状况不适合继续从事出租汽车客运服务).  A
    condition of a masked (unidentifiable) patient is NOT labelled.  A disability
    noted against a named household head (残疾人家庭（肢体残疾二级）) is labelled: the
    household is identified.  Death (死亡),
    poverty status (低保户, 脱贫户, 五保户) and drink driving are NOT health.
17. A collective health phrase that applies to every person of a following list
    ("下列驾驶人因身体条件不适合驾驶机动车…") is labelled, because the persons are
    listed by name.
18. Attributes without a kind (sex, ethnicity, birth date, age, occupation, vessel
    power, amounts) are not labelled.  Near misses never labelled: 文号, 索引号,
    统一社会信用代码 (valid GB 32100), old 15-digit 注册号, case / order numbers,
    执法证号, 档案编号, postcodes, dates, amounts, page numbers.
19. A value listed twice (e.g. 姓名 in a table and again in the prose) is labelled at
    every occurrence.
"""

import argparse
import datetime
import json
import random
import sys
import unicodedata

# ----------------------------------------------------------------- rich text


class R:
    """Text with labelled spans."""

    __slots__ = ("t", "s")

    def __init__(self, t="", s=None):
        self.t = t
        self.s = list(s) if s else []

    def __add__(self, o):
        if isinstance(o, str):
            o = R(o)
        n = len(self.t)
        return R(self.t + o.t, self.s + [(k, a + n, b + n) for k, a, b in o.s])

    def __radd__(self, o):
        return R(o) + self

    def __len__(self):
        return len(self.t)


def L(kind, text):
    return R(text, [(kind, 0, len(text))]) if kind else R(text)


def rjoin(sep, items):
    out = R()
    for i, x in enumerate(items):
        if i:
            out = out + sep
        out = out + x
    return out


def insert_at(r, pos, brk):
    n = len(brk)
    spans = []
    for k, a, b in r.s:
        if a >= pos:
            spans.append((k, a + n, b + n))
        elif b > pos:
            spans.append((k, a, b + n))
        else:
            spans.append((k, a, b))
    return R(r.t[:pos] + brk + r.t[pos:], spans)


def inner_break(rng, r, brk="\n"):
    """Insert a hard line break strictly inside the text (not next to whitespace)."""
    cands = [i for i in range(2, len(r.t) - 1) if not r.t[i - 1].isspace() and not r.t[i].isspace()]
    if not cands:
        return r
    return insert_at(r, rng.choice(cands), brk)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


FW = str.maketrans("0123456789Xx-", "０１２３４５６７８９ＸＸ－")


def fullwidth(s):
    return s.translate(FW)


# ----------------------------------------------------------------- checksums

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
PROVS = [
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
]


def id_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


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
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def make_uscc(rng, area, prefix="91"):
    org8 = "".join(rng.choice("0123456789") for _ in range(8))
    if prefix in ("91", "92"):
        org8 = rng.choice(["MA", "MA", "L", "J"]) + org8
        org8 = org8[:8]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    c9 = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    body = prefix + area + org8 + c9
    c = 31 - sum(USCC_CH.index(ch) * w for ch, w in zip(body, USCC_W)) % 31
    return body + USCC_CH[0 if c == 31 else c]


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


# ----------------------------------------------------------------- geography

COUNTIES = [
    dict(
        key="lingao",
        name="临高县",
        prov="海南省",
        city="",
        code="469024",
        area="0898",
        plate=["琼C", "琼C", "琼A"],
        post="571800",
        short="临",
        vessel="琼临渔",
        coastal=True,
        eth=[("han", 80), ("li", 20)],
        towns={
            "临城镇": ["文澜村", "头星村", "美鳌村", "红华村"],
            "波莲镇": ["波莲村", "多贤村"],
            "东英镇": ["东英村", "居仁村"],
            "博厚镇": ["博厚村", "透滩村"],
            "皇桐镇": ["皇桐村", "美香村"],
            "多文镇": ["多文村", "抱才村"],
            "和舍镇": ["和舍村", "抱瑞村"],
            "南宝镇": ["南宝村", "松梅村"],
            "新盈镇": ["新盈村", "昆社村", "头咀村"],
            "调楼镇": ["调楼村", "隆道村", "武来村"],
        },
        roads=["临城路", "解放路", "新华路", "文澜路", "江北路"],
        sur="王王王符符陈陈黄林吴李许曾谢刘钟莫蔡",
    ),
    dict(
        key="daishan",
        name="岱山县",
        prov="浙江省",
        city="舟山市",
        code="330921",
        area="0580",
        plate=["浙L"],
        post="316200",
        short="岱",
        vessel="浙岱渔",
        coastal=True,
        eth=[("han", 100)],
        towns={
            "高亭镇": ["山外社区", "南峰社区", "江窑村", "枫树村"],
            "东沙镇": ["东沙社区", "泥峙村"],
            "岱西镇": ["双峰村", "青黑村"],
            "岱东镇": ["北峰村", "沙洋村"],
            "衢山镇": ["岛斗村", "凉峙村", "万良村"],
            "长涂镇": ["小长涂村", "倭井潭村"],
            "秀山乡": ["秀东村", "秀北村"],
        },
        roads=["人民路", "长河路", "东海路", "衢山路", "沙洋路"],
        sur="王陈张李周徐刘林孙邬虞应贺杨郑方",
    ),
    dict(
        key="xiapu",
        name="霞浦县",
        prov="福建省",
        city="宁德市",
        code="350921",
        area="0593",
        plate=["闽J"],
        post="355100",
        short="霞",
        vessel="闽霞渔",
        coastal=True,
        eth=[("han", 82), ("she", 18)],
        towns={
            "松城街道": ["龙首社区", "东关社区"],
            "三沙镇": ["东山村", "古镇村", "东壁村"],
            "长春镇": ["长春村", "大京村"],
            "牙城镇": ["牙城村", "杨梅岭村"],
            "溪南镇": ["溪南村", "东安村"],
            "沙江镇": ["沙江村", "竹江村"],
            "下浒镇": ["下浒村", "延亭村"],
            "北壁乡": ["北壁村", "东冲村"],
            "水门畲族乡": ["水门村", "茶岗村"],
            "崇儒畲族乡": ["崇儒村", "上水村"],
            "盐田畲族乡": ["盐田村", "南塘村"],
        },
        roads=["福宁大道", "松港路", "龙首路", "建设路", "太康路"],
        sur="林陈郑吴刘张黄李王郭周魏雷蓝钟",
    ),
    dict(
        key="changhai",
        name="长海县",
        prov="辽宁省",
        city="大连市",
        code="210224",
        area="0411",
        plate=["辽B"],
        post="116500",
        short="长",
        vessel="辽长渔",
        coastal=True,
        eth=[("han", 94), ("mongol", 6)],
        towns={
            "大长山岛镇": ["杨家村", "三官庙村", "哈仙村", "塞里村"],
            "小长山岛乡": ["英杰村", "房身村", "回龙村"],
            "广鹿乡": ["沙尖村", "塘洼村", "柳条村"],
            "獐子岛镇": ["沙包村", "东獐村", "褡裢村"],
            "海洋乡": ["海洋村", "大耗村"],
        },
        roads=["环海路", "鹿岛路", "长山路", "海港路"],
        sur="王张刘李孙于杨姜曲隋宫邹吕赵高",
    ),
    dict(
        key="dongxing",
        name="东兴市",
        prov="广西壮族自治区",
        city="防城港市",
        code="450681",
        area="0770",
        plate=["桂P"],
        post="538100",
        short="东",
        vessel="桂防渔",
        coastal=True,
        eth=[("han", 50), ("zhuang", 30), ("jing", 20)],
        towns={
            "东兴镇": ["竹山村", "河洲村", "楠木山村", "松柏村"],
            "江平镇": ["万尾村", "巫头村", "山心村", "交东村", "江龙村"],
            "马路镇": ["马路村", "大勉村", "平丰村"],
        },
        roads=["北仑大道", "兴东路", "边贸路", "江平大道", "东郊路"],
        sur="黄陈李韦苏刘梁莫覃禤农龚杨何",
    ),
    dict(
        key="shufu",
        name="疏附县",
        prov="新疆维吾尔自治区",
        city="喀什地区",
        code="653121",
        area="0998",
        plate=["新Q"],
        post="844100",
        short="疏附",
        vessel=None,
        coastal=False,
        eth=[("uyghur", 82), ("han", 18)],
        towns={
            "托克扎克镇": [],
            "乌帕尔镇": [],
            "吾库萨克镇": [],
            "塔什米里克乡": [],
            "布拉克苏乡": [],
            "萨依巴格乡": [],
            "铁日木乡": [],
            "木什乡": [],
            "站敏乡": [],
        },
        roads=["幸福路", "人民路", "团结路", "广州大道"],
        sur="王李张刘陈杨赵马",
    ),
]

OTHER_AREAS = [
    "330902",
    "330903",
    "350902",
    "350181",
    "210202",
    "210281",
    "450602",
    "450603",
    "469005",
    "653101",
    "110105",
    "320106",
    "440106",
    "510107",
]
ETH_AREA = {
    "tibetan": ["540102", "540121", "513335"],
    "yi": ["513431", "513432", "513428"],
    "mongol": ["150102", "152501", "150121"],
    "uyghur": ["653121", "653101", "653122"],
    "zhuang": ["450681", "450603", "450102"],
    "jing": ["450681"],
    "she": ["350921", "350902"],
    "li": ["469024", "469030"],
}
ETH_LABEL = {
    "han": "汉族",
    "uyghur": "维吾尔族",
    "zhuang": "壮族",
    "jing": "京族",
    "she": "畲族",
    "li": "黎族",
    "tibetan": "藏族",
    "yi": "彝族",
    "mongol": "蒙古族",
}

# ----------------------------------------------------------------- names

COMMON_SUR = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
    "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SUR = ["欧阳", "司马", "上官", "诸葛", "司徒", "皇甫", "令狐", "端木", "慕容", "东方"]
RARE_SUR = list("禤冼佘缪郗仉逄訾亓粟佴敖冉揭鄢")
MALE = list(
    "伟强军勇杰涛明超华建国海平峰斌辉志刚林波文东亮鹏飞俊宇浩龙成春生福德胜荣祥发金水财贵家兴正远永宏坚锋"
)
FEMALE = list("芳娟敏静丽艳娜霞秀英梅兰玲燕红萍琴莉婷雪慧月凤桂花珍妹琳洁")
UY_M = [
    "阿不都热合曼",
    "艾尔肯",
    "买买提江",
    "努尔艾力",
    "麦麦提敏",
    "吐尔逊",
    "阿卜杜拉",
    "艾力",
    "热合曼",
    "亚森",
    "吾斯曼",
    "伊力哈木",
    "阿迪力",
    "塔依尔",
    "肉孜",
    "阿布都外力",
]
UY_F = [
    "古丽娜尔",
    "热依拉",
    "迪丽努尔",
    "阿依古丽",
    "帕提古丽",
    "米热古丽",
    "布合力其",
    "再努尔",
    "祖丽菲亚",
    "阿依努尔",
    "努尔尼沙",
]
UY_FATHER = [
    "买买提",
    "吐尔逊",
    "阿不都拉",
    "艾力",
    "吐尔洪",
    "艾合买提",
    "吾斯曼",
    "阿不力孜",
    "肉孜",
    "托合提",
    "库尔班",
    "玉素甫",
    "喀迪尔",
    "阿布都克力木",
    "依明",
]
TIBETAN = [
    "扎西顿珠",
    "次仁卓玛",
    "格桑曲珍",
    "洛桑丹增",
    "尼玛次仁",
    "央金拉姆",
    "旦增平措",
    "德吉央宗",
    "索朗多吉",
    "白玛措姆",
    "次仁旺堆",
]
YI = [
    "吉克阿呷",
    "阿西木呷",
    "沙马拉且",
    "俄木阿依",
    "马海木呷",
    "曲比阿果",
    "阿苏日哈",
    "吉伍伍达",
    "海来阿木",
    "吉克曲布",
    "阿尔拉格",
]
MONGOL = [
    "巴特尔",
    "乌力吉",
    "其木格",
    "额尔敦毕力格",
    "那日苏",
    "苏日娜",
    "孟克巴雅尔",
    "格日勒图",
    "阿拉腾其其格",
    "宝音图",
    "包·巴特尔",
    "敖日格勒",
]
VIET = [
    ("阮文雄", "NGUYEN VAN HUNG", "男"),
    ("陈氏香", "TRAN THI HUONG", "女"),
    ("黎文德", "LE VAN DUC", "男"),
    ("范氏兰", "PHAM THI LAN", "女"),
    ("武文南", "VU VAN NAM", "男"),
    ("阮氏梅", "NGUYEN THI MAI", "女"),
]
HK = [
    ("陈家明", "CHAN KA MING"),
    ("黄志伟", "WONG CHI WAI"),
    ("李嘉欣", "LEE KA YAN"),
    ("张伟豪", "CHEUNG WAI HO"),
]


def han_name(rng, surpool, male):
    r = rng.random()
    if r < 0.05:
        sur = rng.choice(COMPOUND_SUR)
    elif r < 0.09:
        sur = rng.choice(RARE_SUR)
    elif r < 0.75:
        sur = rng.choice(surpool)
    else:
        sur = rng.choice(COMMON_SUR)
    pool = MALE if male else FEMALE
    if rng.random() < 0.3 and len(sur) == 1:
        return sur + rng.choice(pool)
    return sur + rng.choice(pool) + rng.choice(pool + MALE[:8])


def eth_name(rng, eth, C, male):
    if eth == "han":
        return han_name(rng, C["sur"], male)
    if eth == "uyghur":
        given = rng.choice(UY_M if male else UY_F)
        sep = rng.choice(["·", "·", "·", "·", "•", "．", "-", ""])
        return given + sep + rng.choice(UY_FATHER)
    if eth == "tibetan":
        return rng.choice(TIBETAN)
    if eth == "yi":
        return rng.choice(YI)
    if eth == "mongol":
        return rng.choice(MONGOL)
    if eth == "zhuang":
        return han_name(rng, "韦覃农黄蒙莫陆潘梁", male)
    if eth == "jing":
        return han_name(rng, "苏阮武龚刘杜", male)
    if eth == "she":
        return han_name(rng, "雷蓝钟", male)
    if eth == "li":
        s = rng.choice("符王黎吉卓")
        if rng.random() < 0.5:
            return s + "亚" + rng.choice(MALE if male else FEMALE)
        return han_name(rng, s, male)
    raise ValueError(eth)


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def rdate(rng, y0=2019, y1=2024):
    a = datetime.date(y0, 1, 1)
    b = datetime.date(y1, 12, 31)
    return a + datetime.timedelta(days=rng.randint(0, (b - a).days))


def fdate(rng, d, style=None):
    style = style if style is not None else rng.randint(0, 3)
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return d.strftime("%Y/%m/%d")
    return f"{d.year}.{d.month}.{d.day}"


class Person:
    def __init__(self, rng, C, eth=None, old=False, migrant=None, minage=20):
        self.rng = rng
        self.C = C
        if migrant is None:
            migrant = rng.random() < 0.05
        if eth is None:
            eth = rng.choice(["tibetan", "yi", "mongol", "uyghur"]) if migrant else wchoice(rng, C["eth"])
        self.eth = eth
        self.male = rng.random() < 0.72
        self.name = eth_name(rng, eth, C, self.male)
        y = rng.randint(1938, 1968) if old else rng.randint(1952, 2024 - minage)
        self.birth = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
        if eth in ETH_AREA and (migrant or rng.random() < 0.5):
            area = rng.choice(ETH_AREA[eth])
        elif rng.random() < 0.8:
            area = C["code"]
        else:
            area = rng.choice(OTHER_AREAS)
        self.area = area
        seq = rng.randint(0, 999)
        if (seq % 2 == 1) != self.male:
            seq ^= 1
        s17 = area + self.birth.strftime("%Y%m%d") + "%03d" % seq
        cd = id_check(s17)
        if cd == "X" and rng.random() < 0.35:
            cd = "x"
        self.id18 = s17 + cd
        self.id15 = area + self.birth.strftime("%y%m%d") + "%03d" % seq
        self.mobile = (
            rng.choice(["13", "15", "18", "17", "19", "13", "18"])
            + str(rng.randint(0, 9))
            + "".join(rng.choice("0123456789") for _ in range(8))
        )
        if self.mobile[:3] in ("170", "171", "190", "174", "179"):
            self.mobile = "138" + self.mobile[3:]
        self._addr = None

    @property
    def sex(self):
        return "男" if self.male else "女"

    @property
    def ethlabel(self):
        return ETH_LABEL[self.eth]

    def addr(self, start=None):
        if self._addr is None or start is not None:
            self._addr = make_address(self.rng, self.C, start)
        return self._addr


def make_address(rng, C, start=None):
    town = rng.choice(sorted(C["towns"]))
    vills = C["towns"][town]
    if C["key"] == "shufu":
        vill = f"{rng.randint(1, 16)}村"
    else:
        vill = rng.choice(vills) if vills else "中心村"
    if start is None:
        start = rng.choice(["prov", "county", "county", "town", "town", "city"])
    pre = ""
    if start == "prov":
        pre = C["prov"] + C["city"] + C["name"]
    elif start == "city":
        pre = (C["city"] or C["prov"]) + C["name"]
    elif start == "county":
        pre = C["name"]
    urban = rng.random() < 0.3 and not town.endswith("乡")
    if urban:
        road = rng.choice(C["roads"])
        f = rng.randint(0, 3)
        if f == 0:
            tail = f"{road}{rng.randint(1, 399)}号"
        elif f == 1:
            tail = f"{road}{rng.randint(1, 199)}号{rng.randint(1, 12)}栋{rng.randint(1, 4)}单元{rng.randint(1, 7)}0{rng.randint(1, 4)}室"
        elif f == 2:
            tail = f"{rng.choice(['海景', '阳光', '金港', '幸福', '滨海', '锦绣'])}{rng.choice(['小区', '花园', '家园'])}{rng.randint(1, 20)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
        else:
            tail = f"{road}{rng.randint(1, 99)}弄{rng.randint(1, 40)}号"
        return pre + town + tail
    f = rng.randint(0, 3)
    if f == 0:
        tail = f"{vill}{rng.randint(1, 12)}组"
    elif f == 1:
        tail = f"{vill}{rng.randint(1, 12)}组{rng.randint(1, 150)}号"
    elif f == 2:
        tail = f"{vill}{rng.randint(1, 260)}号"
    else:
        tail = f"{vill}{rng.choice(['东', '西', '南', '北', '新'])}村{rng.randint(1, 90)}号"
    return pre + town + tail


def village_only(rng, C):
    town = rng.choice(sorted(C["towns"]))
    vills = C["towns"][town]
    v = f"{rng.randint(1, 16)}村" if not vills else rng.choice(vills)
    return rng.choice(["", C["name"]]) + town + v


def fmt_mobile(rng, m, fw=False):
    f = rng.random()
    if f < 0.68:
        s = m
    elif f < 0.8:
        s = f"{m[:3]} {m[3:7]} {m[7:]}"
    elif f < 0.9:
        s = f"{m[:3]}-{m[3:7]}-{m[7:]}"
    elif f < 0.96:
        s = "+86 " + m
    else:
        s = "86-" + m
    return fullwidth(s) if fw else s


def fmt_id(rng, i, fw=False):
    f = rng.random()
    s = i
    if f < 0.06 and len(i) == 18:
        s = f"{i[:6]} {i[6:14]} {i[14:]}"
    elif f < 0.09 and len(i) == 18:
        s = f"{i[:6]} {i[6:10]} {i[10:14]} {i[14:]}"
    return fullwidth(s) if fw else s


def private_landline(rng, C):
    n = "".join(rng.choice("0123456789") for _ in range(7 if C["area"] in ("0898",) else 7))
    n = rng.choice("2345678") + n[1:]
    f = rng.randint(0, 2)
    if f == 0:
        return f"{C['area']}-{n}"
    if f == 1:
        return f"({C['area']}){n}"
    return f"{C['area']} {n}"


def office_phone(rng, C):
    n = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(6))
    return rng.choice([f"{C['area']}-{n}", f"{C['area']}—{n}", f"（{C['area']}）{n}"])


BANKS = [
    ("622848", "中国农业银行", 19),
    ("621700", "中国建设银行", 19),
    ("622202", "中国工商银行", 19),
    ("623058", "平安银行", 19),
    ("621799", "中国邮政储蓄银行", 19),
    ("622908", "兴业银行", 18),
    ("622202", "中国工商银行", 16),
]


def make_card(rng):
    pre, bank, n = rng.choice(BANKS)
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    return luhn_complete(body), bank


def fmt_card(rng, c):
    if rng.random() < 0.2:
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    return c


def make_plate(rng, C, energy=False, taxi=False):
    pre = rng.choice(C["plate"])
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if energy:
        body = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    elif taxi:
        body = "T" + "".join(rng.choice("0123456789") for _ in range(4))
    else:
        k = rng.randint(0, 2)
        chars = [
            rng.choice(al) if (i < k and rng.random() < 0.6) else rng.choice("0123456789") for i in range(4)
        ]
        body = rng.choice(al) + "".join(chars)
    sep = rng.choice(["", "", "·", "·", " "])
    return pre + sep + body


def mask_plate(p):
    return p[:-3] + "***"


def mask_name(rng, n):
    if "·" in n or len(n) >= 5:
        return n[:1] + "某某"
    sur = n[:2] if n[:2] in COMPOUND_SUR else n[:1]
    return (
        sur + rng.choice(["某", "某某", "*", "**", "×", "某" + ""])
        if rng.random() < 0.85
        else sur + "*" + n[-1]
    )


def mask_id(rng, i):
    f = rng.randint(0, 2)
    if f == 0:
        return i[:6] + "********" + i[-4:]
    if f == 1:
        return i[:10] + "****" + i[-4:]
    return i[:3] + "*" * 11 + i[-4:]


def mask_mobile(m):
    return m[:3] + "****" + m[-4:]


def mask_card(c):
    return c[:4] + "*" * (len(c) - 8) + c[-4:]


def passport_no(rng):
    if rng.random() < 0.5:
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    return "E" + rng.choice("ABCDEFGH") + "".join(rng.choice("0123456789") for _ in range(7))


def viet_passport(rng):
    return rng.choice("BCN") + "".join(rng.choice("0123456789") for _ in range(7))


def hkm_permit(rng):
    return rng.choice("HHM") + "".join(rng.choice("0123456789") for _ in range(8))


def tw_permit(rng):
    return "".join(rng.choice("0123456789") for _ in range(8))


def official(rng, C):
    return han_name(rng, C["sur"] if C["key"] != "shufu" else "王李张刘陈杨", rng.random() < 0.6)


def enforce_no(rng, C):
    return C["code"][:2] + "".join(rng.choice("0123456789") for _ in range(9))


def index_no(rng, C, d):
    return rng.choice(
        [
            f"{make_uscc(rng, C['code'], '11')}/{d.year}-{rng.randint(1, 9999):05d}",
            f"{C['code']}-{rng.randint(1000000, 9999999)}/{d.year}-{rng.randint(1, 999):05d}",
            f"{make_uscc(rng, C['code'], '12')}/{d.year}-{rng.randint(1, 9999):05d}",
        ]
    )


def old_regno(rng, C):
    return C["code"] + "6" + "00" + "".join(rng.choice("0123456789") for _ in range(6))


def money(rng, lo, hi, step=100):
    return rng.randrange(lo, hi, step)


CN_NUM = "零壹贰叁肆伍陆柒捌玖"


def cn_money(v):
    if v % 1000 == 0 and v < 10000:
        return CN_NUM[v // 1000] + "仟元"
    if v % 10000 == 0:
        return CN_NUM[v // 10000] + "万元" if v < 100000 else f"{v}元"
    return f"{v}元"


# ----------------------------------------------------------------- table layouts


def _cell(x):
    return x if isinstance(x, R) else R(str(x))


def render_table(rng, hdr, rows, layout):
    hdr = [_cell(h) for h in hdr]
    rows = [[_cell(c) for c in row] for row in rows]
    out = R()
    if layout == "tsv":
        for row in [hdr] + rows:
            out = out + rjoin("\t", row) + "\n"
    elif layout == "cells":
        for row in [hdr] + rows:
            for c in row:
                out = out + c + "\n"
            if rng.random() < 0.3:
                out = out + "\n"
    elif layout == "csv":
        allq = rng.random() < 0.5
        for ri, row in enumerate([hdr] + rows):
            cells = []
            for c in row:
                if allq or "，" in c.t or "," in c.t or rng.random() < 0.1:
                    cells.append('"' + c + '"')
                else:
                    cells.append(c)
            out = out + rjoin(",", cells) + "\r\n" if rng.random() < 0.0 else out + rjoin(",", cells) + "\n"
    elif layout == "html":
        for row in [hdr] + rows:
            seps = ["&nbsp;", "&nbsp;&nbsp;", " &nbsp; ", "&nbsp;\t"]
            sp = rng.choice(seps)
            out = out + rjoin(sp, row) + rng.choice(["\n", "<br>\n", "<br/>\n", "&nbsp;\n"])
    elif layout == "fixed":
        ncol = len(hdr)
        widths = [max(dw(r[i].t) for r in [hdr] + rows) + rng.choice([2, 3, 4]) for i in range(ncol - 1)]
        lastw = rng.choice([14, 18, 22, 26])
        indent = sum(widths)
        lm = " " * rng.choice([0, 0, 2, 4])
        for row in [hdr] + rows:
            line = R(lm)
            for i in range(ncol - 1):
                c = row[i]
                line = line + c + " " * (widths[i] - dw(c.t))
            last = row[-1]
            # wrap the last column into chunks of display width lastw
            cuts = []
            w = 0
            for j, ch in enumerate(last.t):
                cw = dw(ch)
                if w + cw > lastw and j > 0:
                    cuts.append(j)
                    w = 0
                w += cw
            for j in reversed(cuts):
                last = insert_at(last, j, "\n" + lm + " " * indent)
            out = out + line + last + "\n"
    else:
        raise ValueError(layout)
    return out


def pick_layout(rng, allow_fixed=True):
    opts = ["tsv", "tsv", "cells", "csv", "html"]
    if allow_fixed:
        opts += ["fixed", "fixed"]
    return rng.choice(opts)


# ----------------------------------------------------------------- document helpers


class Doc:
    def __init__(self):
        self.r = R()

    def add(self, *parts):
        for p in parts:
            self.r = self.r + p

    def line(self, *parts):
        self.add(*parts)
        self.add("\n")


def N(name):
    return L("name", name)


def pad_name(rng, name):
    if len(name) == 2 and rng.random() < 0.5:
        return name[0] + rng.choice(["　", "  ", " "]) + name[1]
    return name


def maybe_brk(rng, r, p):
    return inner_break(rng, r) if rng.random() < p else r


def gov_header(rng, d, C, agency, d0, wh=None):
    if rng.random() < 0.55:
        lab = rng.choice(
            [("索引号", "发布机构", "发布日期", "文号"), ("索 引 号", "发布机构", "生成日期", "文　　号")]
        )
        sep = rng.choice(["：", "：", "\t", ":"])
        d.line(lab[0], sep, index_no(rng, C, d0))
        d.line(lab[1], sep, agency)
        d.line(lab[2], sep, fdate(rng, d0, 1))
        if wh:
            d.line(lab[3], sep, wh)
        d.add("\n")


def tail_contact(rng, d, C, agency):
    f = rng.randint(0, 3)
    o = official(rng, C)
    if f == 0:
        d.line(f"联系人：{o}　　联系电话：{office_phone(rng, C)}")
    elif f == 1:
        d.line(f"咨询电话：{office_phone(rng, C)}（工作日）  监督电话：12345")
    elif f == 2:
        d.line(
            f"地址：{C['name']}{rng.choice(C['roads'])}{rng.randint(1, 200)}号  邮编：{C['post']}  电话：{office_phone(rng, C)}"
        )
    else:
        d.line(f"经办人：{o}  审核人：{official(rng, C)}")


def person_block(
    rng, d, P, role="当事人", masked=False, fw=False, brk=0.12, want_addr=True, want_phone=True, style=None
):
    """Describe a natural person in prose / labelled lines."""
    style = rng.randint(0, 2) if style is None else style
    name = R(mask_name(rng, P.name)) if masked else maybe_brk(rng, N(P.name), brk * 0.5)
    idv = R(mask_id(rng, P.id18)) if masked else maybe_brk(rng, L("id_card", fmt_id(rng, P.id18, fw)), brk)
    if want_addr:
        if masked or rng.random() < 0.12:
            addr = R(village_only(rng, P.C))
        else:
            addr = maybe_brk(rng, L("address", P.addr()), brk)
    if masked:
        phone = R(mask_mobile(P.mobile))
    elif rng.random() < 0.1:
        phone = L("landline", private_landline(rng, P.C))
    else:
        phone = L("mobile", fmt_mobile(rng, P.mobile, fw))
    alab = rng.choice(["住址", "住所", "家庭住址", "户籍地址", "现住址"])
    plab = rng.choice(["联系电话", "电话", "手机", "联系方式"])
    idlab = rng.choice(["身份证号码", "公民身份号码", "身份证号", "证件号码"])
    born = f"{P.birth.year}年{P.birth.month}月{P.birth.day}日"
    if style == 0:
        d.line(f"{role}：", name)
        d.line(f"性别：{P.sex}", rng.choice(["　　", "  ", "\n"]), f"民族：{P.ethlabel}")
        d.line(f"出生日期：{born}")
        d.line(f"{idlab}：", idv)
        if want_addr:
            d.line(f"{alab}：", addr)
        if want_phone:
            d.line(f"{plab}：", phone)
    elif style == 1:
        d.add(
            f"{role}",
            rng.choice(["：", "", "："]),
            name,
            f"，{P.sex}，{P.ethlabel}，{born}出生，{idlab}：",
            idv,
        )
        if want_addr:
            d.add(f"，{alab}", rng.choice(["", "："]), addr)
        if want_phone:
            d.add(f"，{plab}：", phone)
        d.line("。")
    else:
        d.line(f"{role}姓名", "\t", name, "\t", f"性别\t{P.sex}")
        d.line(f"{idlab}", "\t", idv)
        if want_addr:
            d.line(alab, "\t", addr)
        if want_phone:
            d.line(plab, "\t", phone)


def rights_text(rng, C, upper):
    return (
        f"如不服本处罚决定，可在收到本决定书之日起六十日内向{C['name']}人民政府或者{upper}申请行政复议，"
        f"也可以在六个月内依法向人民法院提起行政诉讼。"
    )


def pay_text(rng, C):
    return (
        f"当事人应当自收到本决定书之日起十五日内，持《非税收入一般缴款书》到{rng.choice(['中国农业银行', '中国建设银行', '农村商业银行'])}"
        f"{C['name']}各营业网点缴纳罚没款。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
    )


SHOP_WORDS = ["仁心", "康宁", "百草", "惠民", "同济", "益寿", "安康", "民生", "华康", "博爱", "众康"]


def surname_company(rng, C, kind):
    s = rng.choice(C["sur"][:8])
    return rng.choice(
        [
            f"{C['name']}{s}氏{kind}有限公司",
            f"{C['name']}{s}家{kind}店",
            f"{C['name']}{rng.choice(SHOP_WORDS)}{kind}有限公司",
        ]
    )


# ----------------------------------------------------------------- penalty families

DISEASES = [
    "高血压",
    "糖尿病",
    "腰椎间盘突出症",
    "慢性胃炎",
    "风湿性关节炎",
    "上呼吸道感染",
    "支气管炎",
    "痛风",
    "冠心病",
    "带状疱疹",
    "肺结核",
    "乙型病毒性肝炎",
]


def case_weisheng(rng, C, P, d0):
    """returns (case_name, fact R, basis, punish, subject_kind, extra_persons)"""
    k = rng.randint(0, 3)
    fine = rng.choice([5000, 10000, 20000, 30000, 50000, 80000])
    place = f"{rng.choice(sorted(C['towns']))}{rng.choice(C['roads'])}{rng.randint(1, 300)}号"
    if k in (0, 1):
        fact = R(
            f"经查，当事人未取得《医疗机构执业许可证》，自{fdate(rng, d0 - datetime.timedelta(days=rng.randint(30, 300)), 0)}起在{place}擅自开展诊疗活动"
        )
        if rng.random() < 0.5:
            pt = Person(rng, C)
            if rng.random() < 0.55:
                fact = (
                    fact
                    + "，现场正在为患者"
                    + N(pt.name)
                    + "（"
                    + L("health", rng.choice(DISEASES))
                    + "）进行静脉输液治疗"
                )
            else:
                fact = (
                    fact
                    + f"，现场正在为患者{mask_name(rng, pt.name)}（{rng.choice(DISEASES)}）进行静脉输液治疗"
                )
        elif rng.random() < 0.5:
            fact = fact + "，并在其住所（" + L("address", P.addr()) + "）存放药品、器械"
        fact = fact + f"，违法所得人民币{money(rng, 300, 5000)}元。"
        return (
            "未取得《医疗机构执业许可证》擅自执业案",
            fact,
            "《中华人民共和国基本医疗卫生与健康促进法》第三十八条第一款、第九十九条第一款",
            f"没收违法所得及药品器械，罚款人民币{fine}元",
            "person",
            [],
        )
    if k == 2:
        fact = R(
            f"经查，当事人系执业医师，执业地点注册为{C['name']}人民医院，于{fdate(rng, d0, 0)}在{place}超出注册的执业地点从事执业活动。"
        )
        return (
            "医师未按照注册的执业地点执业案",
            fact,
            "《中华人民共和国医师法》第五十七条",
            f"警告，罚款人民币{rng.choice([10000, 20000, 30000])}元",
            "person",
            [],
        )
    doc = Person(rng, C)
    if rng.random() < 0.6:
        extra = [doc]
        fact = (
            R(f"经查，当事人聘用未取得医师资格证书的")
            + N(doc.name)
            + R("从事医疗卫生技术工作，")
            + N(doc.name)
            + R(f"于{fdate(rng, d0, 0)}为就诊者开具处方并进行诊疗。")
        )
    else:
        extra = []
        fact = R(f"经查，当事人聘用未取得医师资格证书的{mask_name(rng, doc.name)}从事医疗卫生技术工作。")
    return (
        "使用非卫生技术人员从事医疗卫生技术工作案",
        fact,
        "《医疗机构管理条例》第二十七条、第四十七条",
        f"警告，罚款人民币{fine}元",
        "business",
        extra,
    )


def case_drug(rng, C, P, d0):
    k = rng.randint(0, 3)
    fine = rng.choice([2000, 5000, 10000, 20000, 50000, 100000])
    if k == 0:
        fact = R(
            f"经查，当事人于{fdate(rng, d0, 0)}在未凭处方的情况下销售处方药{rng.choice(['阿莫西林胶囊', '头孢克肟片', '左氧氟沙星片', '奥美拉唑肠溶胶囊'])}{rng.randint(2, 30)}盒。"
        )
        return (
            "未凭处方销售处方药案",
            fact,
            "《药品经营和使用质量监督管理办法》第七十二条",
            f"警告，罚款人民币{fine}元",
            "business",
            [],
        )
    if k == 1:
        fact = R(
            f"经查，当事人购进并销售的{rng.choice(['复方甘草片', '板蓝根颗粒', '藿香正气水'])}（批号{rng.randint(20200101, 20231231)}）经检验不符合规定，属于劣药，货值金额{money(rng, 200, 9000)}元。"
        )
        return (
            "销售劣药案",
            fact,
            "《中华人民共和国药品管理法》第九十八条第三款、第一百一十七条第一款",
            f"没收劣药，没收违法所得，罚款人民币{fine}元",
            "business",
            [],
        )
    if k == 2:
        fact = R(
            f"经查，当事人未取得《医疗器械经营许可证》经营第三类医疗器械{rng.choice(['一次性使用无菌注射器', '角膜接触镜', '医用透明质酸钠凝胶'])}，货值金额{money(rng, 500, 20000)}元。"
        )
        return (
            "未经许可经营第三类医疗器械案",
            fact,
            "《医疗器械监督管理条例》第八十一条第一款",
            f"没收违法所得，罚款人民币{fine}元",
            "company",
            [],
        )
    buyer = Person(rng, C)
    if rng.random() < 0.5:
        fact = (
            R("经查，当事人向消费者")
            + N(buyer.name)
            + R(f"销售过期的医疗器械{rng.choice(['血糖试纸', '电子血压计', '医用口罩'])}，")
            + N(buyer.name)
            + R("系")
            + L("health", rng.choice(["糖尿病", "高血压"]))
            + R("患者，于投诉后提供了购货凭证。")
        )
        extra = [buyer]
    else:
        fact = R(
            f"经查，当事人向消费者{mask_name(rng, buyer.name)}销售过期的医疗器械，货值金额{money(rng, 50, 900, 10)}元。"
        )
        extra = []
    return (
        "经营过期医疗器械案",
        fact,
        "《医疗器械监督管理条例》第八十六条第（三）项",
        f"没收过期医疗器械，罚款人民币{fine}元",
        "business",
        extra,
    )


def case_tobacco(rng, C, P, d0):
    k = rng.randint(0, 2)
    bars = rng.randint(10, 800)
    if k == 0:
        fact = R(
            f"经查，当事人在未取得烟草专卖零售许可证的情况下，于其经营的小卖部内销售卷烟，现场查获{rng.choice(['利群（新版）', '芙蓉王（硬）', '云烟（紫）', '中华（硬）', '七匹狼（白）'])}等卷烟{bars}条，案值{money(rng, 2000, 90000)}元。"
        )
        return (
            "无烟草专卖零售许可证经营烟草制品零售业务案",
            fact,
            "《中华人民共和国烟草专卖法实施条例》第五十七条",
            f"责令停止经营，没收违法所得{money(rng, 100, 3000)}元，罚款人民币{money(rng, 1000, 20000)}元",
            "person",
            [],
        )
    if k == 1:
        plate = make_plate(rng, C)
        fact = (
            R(f"{fdate(rng, d0, 0)}，执法人员在{C['name']}{rng.choice(C['roads'])}对车牌号为")
            + L("license_plate", plate)
            + R(
                f"的小型轿车进行检查，查获当事人无准运证运输的卷烟{bars}条，案值{money(rng, 5000, 150000)}元。"
            )
        )
        return (
            "无准运证运输烟草专卖品案",
            fact,
            "《中华人民共和国烟草专卖法实施条例》第五十一条",
            f"处以案值{rng.choice([10, 15, 20])}%的罚款",
            "person",
            [],
        )
    fact = R(
        f"经查，当事人持有烟草专卖零售许可证（许可证号：{C['code']}{rng.randint(100000, 999999)}），从非指定的烟草专卖批发企业购进卷烟{bars}条。"
    )
    return (
        "从非指定烟草专卖批发企业进货案",
        fact,
        "《中华人民共和国烟草专卖法实施条例》第五十六条",
        f"罚款人民币{money(rng, 1000, 20000)}元",
        "business",
        [],
    )


def case_culture(rng, C, P, d0):
    k = rng.randint(0, 2)
    fine = rng.choice([1000, 2000, 5000, 10000, 15000])
    if k == 0:
        kid = Person(rng, C, minage=14)
        fact = R(
            f"{fdate(rng, d0, 0)}，执法人员检查发现当事人经营的网吧内有未成年人{mask_name(rng, kid.name)}（{rng.randint(13, 17)}周岁）在上网，当事人未悬挂未成年人禁入标志。"
        )
        return (
            "互联网上网服务营业场所接纳未成年人案",
            fact,
            "《互联网上网服务营业场所管理条例》第三十一条第（二）项",
            f"警告，罚款人民币{fine}元",
            rng.choice(["business", "company"]),
            [],
        )
    if k == 1:
        fact = R(
            f"经查，当事人经营的网吧未按规定核对、登记上网消费者的有效身份证件，现场{rng.randint(2, 9)}名上网消费者使用他人身份证登记上网。"
        )
        return (
            "未核对登记上网消费者有效身份证件案",
            fact,
            "《互联网上网服务营业场所管理条例》第三十二条第（二）项",
            f"警告，罚款人民币{fine}元",
            rng.choice(["business", "company"]),
            [],
        )
    fact = R(
        f"经查，当事人经营的{rng.choice(['KTV', '歌舞厅', '娱乐会所'])}曲库中含有禁止内容的曲目{rng.randint(2, 30)}首。"
    )
    return (
        "娱乐场所提供含有禁止内容曲目案",
        fact,
        "《娱乐场所管理条例》第四十八条",
        f"责令停业整顿，罚款人民币{fine}元",
        rng.choice(["business", "company"]),
        [],
    )


PEN = {
    "卫生监督行政处罚": dict(
        case=case_weisheng,
        agency=["卫生健康局", "卫生健康委员会"],
        abbr="卫医罚",
        upper="卫生健康委员会",
        shop=["诊所", "卫生室", "中医诊所", "口腔诊所"],
    ),
    "药品医疗器械行政处罚": dict(
        case=case_drug,
        agency=["市场监督管理局"],
        abbr="市监处罚",
        upper="市场监督管理局",
        shop=["大药房", "药店", "医疗器械经营部", "诊所"],
    ),
    "烟草专卖行政处罚": dict(
        case=case_tobacco,
        agency=["烟草专卖局"],
        abbr="烟立",
        upper="烟草专卖局",
        shop=["便利店", "小卖部", "商店", "副食店"],
    ),
    "文化市场行政处罚": dict(
        case=case_culture,
        agency=["文化广电旅游体育局", "文化市场综合行政执法大队"],
        abbr="文执罚",
        upper="文化广电旅游局",
        shop=["网吧", "网咖", "KTV", "歌舞厅"],
    ),
}


def subject_for(rng, C, kind, shopkinds):
    """Return dict describing the penalised party."""
    P = Person(rng, C)
    area = C["code"]
    if kind == "person":
        return dict(kind="person", P=P, orgname=None, uscc=None)
    shop = f"{C['name']}{rng.choice(sorted(C['towns']))}{rng.choice(SHOP_WORDS)}{rng.choice(shopkinds)}"
    if kind == "business":
        return dict(
            kind="business",
            P=P,
            orgname=shop,
            uscc=make_uscc(rng, area, "92"),
            regno=old_regno(rng, C) if rng.random() < 0.2 else None,
        )
    s = rng.choice(C["sur"][:6])
    org = rng.choice(
        [
            f"{C['name']}{s}氏{rng.choice(['医药', '文化传媒', '商贸', '娱乐'])}有限公司",
            f"{C['prov'][:2]}{rng.choice(SHOP_WORDS)}{rng.choice(['医药连锁', '文化发展', '商贸'])}有限公司",
        ]
    )
    return dict(kind="company", P=P, orgname=org, uscc=make_uscc(rng, area, "91"), regno=None)


def foreign_party(rng, C, d, S):
    """Occasionally make the natural person a Vietnamese / HK / TW resident."""
    key = C["key"]
    r = rng.random()
    if key == "dongxing" and r < 0.25:
        cn, latin, sex = rng.choice(VIET)
        d.line(
            "当事人：",
            N(cn),
            "（",
            N(latin),
            f"），{sex}，越南社会主义共和国国籍，护照号码：",
            L("passport", viet_passport(rng)),
        )
        return True
    if key == "xiapu" and r < 0.3:
        P = S["P"]
        d.line(
            "当事人：",
            N(P.name),
            f"，{P.sex}，台湾居民，台湾居民来往大陆通行证号码：",
            L("tw_permit", tw_permit(rng)),
            "，现住",
            L("address", P.addr()),
            "，电话：",
            L("mobile", fmt_mobile(rng, P.mobile)),
        )
        return True
    if r < 0.07:
        cn, latin = rng.choice(HK)
        d.line(
            "当事人：",
            N(cn),
            "（",
            N(latin),
            "），香港居民，港澳居民来往内地通行证号码：",
            L("hk_macau_permit", hkm_permit(rng)),
        )
        return True
    if r < 0.12:
        P = S["P"]
        d.line(
            "当事人：",
            N(P.name),
            f"，{P.sex}，护照号码：",
            L("passport", passport_no(rng)),
            "，电子邮箱：",
            L("email", email_for(rng, P)),
        )
        return True
    return False


def email_for(rng, P):
    if rng.random() < 0.5:
        return f"{rng.randint(10000, 2999999999)}@qq.com"
    base = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 7)))
    return f"{base}{rng.randint(0, 9999)}@{rng.choice(['163.com', '126.com', 'sina.com', 'qq.com'])}"


def gen_penalty_decision(rng, fam, C):
    cfg = PEN[fam]
    d = Doc()
    d0 = rdate(rng)
    agency = C["name"] + rng.choice(cfg["agency"])
    wh = f"{C['short']}{cfg['abbr']}〔{d0.year}〕{rng.randint(1, 260)}号"
    P0 = Person(rng, C)
    case = cfg["case"](rng, C, P0, d0)
    cname, fact, basis, punish, skind, extra = case
    S = subject_for(rng, C, skind, cfg["shop"])
    S["P"] = P0
    fw = rng.random() < 0.12
    masked = rng.random() < 0.18
    gov_header(rng, d, C, agency, d0, wh)
    d.line(agency)
    d.line(rng.choice(["行政处罚决定书", "行 政 处 罚 决 定 书", "当场行政处罚决定书"]))
    d.line(wh)
    d.add("\n")
    if skind == "person":
        if not foreign_party(rng, d=d, C=C, S=S):
            person_block(rng, d, P0, "当事人", masked=masked, fw=fw)
    else:
        d.line(f"当事人：{S['orgname']}")
        d.line(f"统一社会信用代码：{S['uscc']}")
        if S.get("regno"):
            d.line(f"注册号：{S['regno']}")
        role = "经营者" if skind == "business" else rng.choice(["法定代表人", "负责人"])
        fr = rng.random()
        if not masked and fr < 0.1:
            if C["key"] in ("xiapu", "dongxing", "lingao"):
                d.line(
                    f"{role}：",
                    N(P0.name),
                    "（台湾居民，台湾居民来往大陆通行证号码：",
                    L("tw_permit", tw_permit(rng)),
                    "）",
                )
            else:
                cn, latin = rng.choice(HK)
                d.line(
                    f"{role}：",
                    N(cn),
                    "（",
                    N(latin),
                    "），港澳居民来往内地通行证号码：",
                    L("hk_macau_permit", hkm_permit(rng)),
                )
        elif masked:
            d.line(f"{role}：{mask_name(rng, P0.name)}")
        elif rng.random() < 0.5:
            d.line(f"{role}：", N(pad_name(rng, P0.name)))
            d.line(
                f"经营场所：{C['name']}{rng.choice(sorted(C['towns']))}{rng.choice(C['roads'])}{rng.randint(1, 300)}号"
            )
        else:
            person_block(rng, d, P0, role, masked=False, fw=fw, want_phone=rng.random() < 0.6)
    if not masked and rng.random() < 0.22:
        d.line(
            "送达地址确认：当事人同意以电子邮件方式送达法律文书，电子邮箱：", L("email", email_for(rng, P0))
        )
    d.add("\n")
    o1, o2 = official(rng, C), official(rng, C)
    d.line(
        f"{fdate(rng, d0 - datetime.timedelta(days=rng.randint(20, 90)), 0)}，本机关执法人员{o1}（执法证号：{enforce_no(rng, C)}）、{o2}（执法证号：{enforce_no(rng, C)}）依法对当事人进行检查，并于当日立案调查。"
    )
    d.add(fact)
    if skind != "person" and not masked and rng.random() < 0.4:
        d.add("当事人", rng.choice(["经营者", "负责人"]), N(P0.name), "对上述事实予以确认。")
    d.line("")
    d.line(
        f"以上事实有现场检查笔录、询问笔录、现场照片、{rng.choice(['处方笺', '购销凭证', '证据先行登记保存通知书', '检验报告'])}等证据为证。"
    )
    d.line(
        f"当事人的上述行为违反了{basis.split('、')[0]}的规定。依据{basis}的规定，本机关决定对当事人作出如下行政处罚：{punish}。"
    )
    if rng.random() < 0.6:
        d.line(pay_text(rng, C))
    d.line(rights_text(rng, C, (C["city"] or C["prov"]) + cfg["upper"]))
    d.add("\n")
    d.line(rng.choice(["", "　　　　　　　　　　　　"]) + agency)
    d.line(rng.choice(["", "　　　　　　　　　　　　"]) + fdate(rng, d0, 0))
    if rng.random() < 0.5:
        tail_contact(rng, d, C, agency)
    return d


def gen_penalty_publicity(rng, fam, C):
    """双公示 行政处罚信息公示表 with several cases."""
    cfg = PEN[fam]
    d = Doc()
    d0 = rdate(rng)
    agency = C["name"] + rng.choice(cfg["agency"])
    gov_header(rng, d, C, agency, d0)
    d.line(f"{agency}{d0.year}年{rng.choice(['第一', '第二', '第三', '第四'])}季度行政处罚信息公示")
    d.add("\n")
    hdr = [
        "行政处罚决定书文号",
        "行政相对人名称",
        "相对人类别",
        "统一社会信用代码",
        "法定代表人（负责人）",
        "证件类型",
        "证件号码",
        "处罚类别",
        "罚款金额（万元）",
        "处罚决定日期",
        "违法行为类型",
    ]
    rows = []
    fw = rng.random() < 0.08
    maskall = rng.random() < 0.3
    for i in range(rng.randint(2, 7)):
        di = d0 - datetime.timedelta(days=rng.randint(0, 80))
        P = Person(rng, C)
        cname, fact, basis, punish, skind, extra = cfg["case"](rng, C, P, di)
        S = subject_for(rng, C, skind, cfg["shop"])
        wh = f"{C['short']}{cfg['abbr']}〔{di.year}〕{rng.randint(1, 260)}号"
        amt = f"{rng.choice([0.1, 0.2, 0.5, 1, 2, 3, 5])}"
        m = maskall or rng.random() < 0.15
        nm = R(mask_name(rng, P.name)) if m else N(P.name)
        idc = R(mask_id(rng, P.id18)) if m else L("id_card", fmt_id(rng, P.id18, fw))
        if skind == "person":
            rows.append([wh, nm, "自然人", "", "", "身份证", idc, "罚款", amt, fdate(rng, di, 1), cname])
        else:
            rows.append(
                [
                    wh,
                    S["orgname"],
                    "个体工商户" if skind == "business" else "法人及非法人组织",
                    S["uscc"],
                    nm,
                    "身份证" if rng.random() < 0.5 else "",
                    idc if rng.random() < 0.5 else R(""),
                    "警告；罚款",
                    amt,
                    fdate(rng, di, 1),
                    cname,
                ]
            )
    layout = rng.choice(["tsv", "cells", "csv", "html", "kv"])
    if layout == "kv":
        for row in rows:
            for h, c in zip(hdr, row):
                c = _cell(c)
                if c.t == "":
                    c = R("/")
                d.line(h, rng.choice(["：", "：", ": ", "\t"]), c)
            d.line(rng.choice(["", "------", ""]))
    else:
        if layout == "fixed":
            layout = "tsv"
        d.add(render_table(rng, hdr, rows, layout))
    d.add("\n")
    d.line(f"公示期限：自公示之日起三年。监督电话：{office_phone(rng, C)}")
    return d


# ----------------------------------------------------------------- road transport exposure


VIOL_RT = [
    "未取得道路运输经营许可，擅自从事道路客运经营（非法营运）",
    "未取得《网络预约出租汽车运输证》从事网约车经营",
    "驾驶员未取得《网络预约出租汽车驾驶员证》从事网约车经营",
    "出租汽车驾驶员拒载、议价",
    "货运车辆超限运输",
    "未随车携带《道路运输证》",
]


def gen_road(rng, C):
    fam = "道路运输违法曝光"
    d = Doc()
    d0 = rdate(rng)
    agency = C["name"] + rng.choice(["交通运输局", "交通运输综合行政执法大队"])
    gov_header(rng, d, C, agency, d0)
    d.line(f"{agency}关于{d0.year}年{d0.month}月道路运输违法行为的曝光")
    d.add("\n")
    d.line(f"为维护道路运输市场秩序，现将{d0.year}年{d0.month}月查处的道路运输违法典型案件予以曝光。")
    mask_mode = rng.random() < 0.3
    if rng.random() < 0.45:
        # prose cases
        for i in range(rng.randint(2, 5)):
            P = Person(rng, C)
            di = d0 - datetime.timedelta(days=rng.randint(0, 28))
            plate = make_plate(rng, C, energy=rng.random() < 0.2)
            nm = R(mask_name(rng, P.name)) if mask_mode else N(P.name)
            pl = R(mask_plate(plate)) if mask_mode and rng.random() < 0.5 else L("license_plate", plate)
            v = rng.choice(VIOL_RT)
            fr = rng.random()
            if not mask_mode and C["key"] == "dongxing" and fr < 0.3:
                cn, latin, sex = rng.choice(VIET)
                nm = N(cn) + "（越南籍，护照号码：" + L("passport", viet_passport(rng)) + "）"
            elif not mask_mode and fr < 0.06:
                cn, latin = rng.choice(HK)
                nm = N(cn) + "（港澳居民来往内地通行证号码：" + L("hk_macau_permit", hkm_permit(rng)) + "）"
            d.add(
                f"案例{'一二三四五'[i]}：{fdate(rng, di, 0)}，执法人员在{C['name']}{rng.choice(C['roads'])}"
                f"{rng.choice(['与', '交叉口', '路段'])}依法检查"
            )
            d.add(
                pl,
                f"{rng.choice(['小型轿车', '小型普通客车', '重型半挂牵引车', '小型新能源汽车'])}，驾驶员",
                nm,
            )
            if not mask_mode and rng.random() < 0.3:
                d.add(
                    "（",
                    rng.choice(["身份证号", "从业资格证号"]),
                    "：",
                    L("id_card", fmt_id(rng, P.id18)),
                    "）",
                )
            d.add(f"存在{v}的违法行为")
            if "VIOL" and "网约车" in v and rng.random() < 0.6:
                d.add(f"，经调取平台订单（订单号：{d0.year}{rng.randint(10**14, 10**15 - 1)}）")
            d.line(
                f"。执法人员依法对其作出罚款人民币{rng.choice([3000, 5000, 10000, 20000, 30000])}元的行政处罚。"
            )
    else:
        hdr = ["序号", "车牌号码", "当事人", "违法行为", "查处日期", "处理结果"]
        rows = []
        for i in range(rng.randint(4, 14)):
            P = Person(rng, C)
            di = d0 - datetime.timedelta(days=rng.randint(0, 28))
            plate = make_plate(rng, C, energy=rng.random() < 0.2)
            if rng.random() < 0.15:
                owner = R(surname_company(rng, C, rng.choice(["物流", "运输", "客运"])))
            elif mask_mode:
                owner = R(mask_name(rng, P.name))
            else:
                owner = N(pad_name(rng, P.name))
            pl = R(mask_plate(plate)) if mask_mode and rng.random() < 0.5 else L("license_plate", plate)
            rows.append(
                [
                    str(i + 1),
                    pl,
                    owner,
                    fdate(rng, di, 1),
                    f"罚款{rng.choice([2000, 3000, 5000, 10000])}元",
                    rng.choice(VIOL_RT),
                ]
            )
        hdr = ["序号", "车牌号码", "当事人", "查处日期", "处理结果", "违法行为"]
        d.add(render_table(rng, hdr, rows, pick_layout(rng)))
    d.add("\n")
    d.line(f"欢迎广大群众监督举报道路运输违法行为，举报电话：12328、{office_phone(rng, C)}。")
    d.line(agency)
    d.line(fdate(rng, d0, 0))
    return d


# ----------------------------------------------------------------- taxi qualification


def gen_taxi(rng, C):
    d = Doc()
    d0 = rdate(rng)
    agency = C["name"] + "交通运输局"
    gov_header(rng, d, C, agency, d0)
    d.line(
        f"关于注销{rng.choice(['出租汽车驾驶员从业资格证', '巡游出租汽车和网络预约出租汽车驾驶员从业资格证', '网约车驾驶员从业资格证'])}的公告"
    )
    d.add("\n")
    d.line(
        f"根据《出租汽车驾驶员从业资格管理规定》第四十条的规定，下列人员的从业资格证予以注销，现予以公告。"
        f"自公告之日起，其从业资格证作废。"
    )
    hdr = ["序号", "姓名", "性别", "从业资格证号", "从业资格类别", "注销原因"]
    rows = []
    masked = rng.random() < 0.25
    fw = rng.random() < 0.08
    for i in range(rng.randint(4, 16)):
        P = Person(rng, C)
        reason_k = rng.randint(0, 5)
        if reason_k == 0:
            reason = R("持证人死亡")
        elif reason_k == 1:
            reason = (
                R("") + L("health", "身体健康状况不适合继续从事出租汽车客运服务")
                if not masked
                else R("身体健康状况不适合继续从事出租汽车客运服务")
            )
        elif reason_k == 2:
            reason = R("持证人申请注销")
        elif reason_k == 3:
            reason = R("机动车驾驶证被注销或者被吊销")
        elif reason_k == 4:
            reason = R("无正当理由超过180日未签注")
        else:
            reason = R("发生重大以上交通责任事故且负主要责任")
        nm = R(mask_name(rng, P.name)) if masked else N(pad_name(rng, P.name))
        idc = R(mask_id(rng, P.id18)) if masked else L("id_card", fmt_id(rng, P.id18, fw))
        rows.append(
            [
                str(i + 1),
                nm,
                P.sex,
                idc,
                rng.choice(["巡游出租汽车驾驶员", "网络预约出租汽车驾驶员", "网约车驾驶员"]),
                reason,
            ]
        )
    d.add(render_table(rng, hdr, rows, pick_layout(rng)))
    d.add("\n")
    if rng.random() < 0.4:
        d.line(f"如有异议，请于公告之日起7个工作日内向{agency}运输管理股反映。")
    tail_contact(rng, d, C, agency)
    d.line(agency)
    d.line(fdate(rng, d0, 0))
    return d


# ----------------------------------------------------------------- driving licence


def gen_license(rng, C):
    d = Doc()
    d0 = rdate(rng)
    agency = C["name"] + "公安局交通警察大队"
    gov_header(rng, d, C, agency, d0)
    cancel = rng.random() < 0.6
    health_bulk = cancel and rng.random() < 0.25
    title = "机动车驾驶证注销公告" if cancel else "机动车驾驶证吊销公告"
    d.line(
        f"关于{rng.choice(['公告', '公布'])}{d0.year}年第{rng.randint(1, 12)}批{title[:-2]}的公告"
        if rng.random() < 0.5
        else title
    )
    d.add("\n")
    if health_bulk:
        d.line(
            "根据《机动车驾驶证申领和使用规定》第七十九条第一款第（四）项的规定，下列驾驶人因",
            L("health", "身体条件不适合驾驶机动车"),
            "，其机动车驾驶证已被注销，驾驶证作废，不得继续驾驶机动车：",
        )
    elif cancel:
        d.line(
            "根据《机动车驾驶证申领和使用规定》第七十九条的规定，以下驾驶人的机动车驾驶证已被注销，请相关人员及时到车管所办理有关手续："
        )
    else:
        d.line("以下驾驶人因违法行为被依法吊销机动车驾驶证，现予公告，驾驶证自吊销之日起作废：")
    hdr = ["序号", "姓名", "驾驶证号", "档案编号", "准驾车型", "注销原因" if cancel else "吊销原因"]
    rows = []
    masked = rng.random() < 0.2
    fw = rng.random() < 0.07
    for i in range(rng.randint(5, 18)):
        old = rng.random() < 0.3
        P = Person(rng, C, old=old)
        use15 = old and rng.random() < 0.5
        fr = rng.random()
        if masked:
            idc = R(mask_id(rng, P.id18))
        elif fr < (0.1 if C["key"] == "xiapu" else 0.0):
            idc = L("tw_permit", tw_permit(rng))  # 台湾居民: licence number = 台胞证号
        elif fr < (0.1 if C["key"] == "xiapu" else 0.0) + 0.025:
            idc = L("hk_macau_permit", hkm_permit(rng))  # 港澳居民: licence number = 回乡证号
            P.name = rng.choice(HK)[0]
        elif use15:
            idc = L("id_card_15", fullwidth(P.id15) if fw else P.id15)
        else:
            idc = L("id_card", fmt_id(rng, P.id18, fw))
        nm = R(mask_name(rng, P.name)) if masked else N(pad_name(rng, P.name))
        arch = C["code"][:4] + "".join(rng.choice("0123456789") for _ in range(8))
        if health_bulk:
            reason = R(rng.choice(["", "本人申请", "体检不合格"]))
        elif cancel:
            k = rng.randint(0, 5)
            if k == 0:
                reason = R("死亡")
            elif k == 1:
                reason = R("超过有效期一年以上未换证")
            elif k == 2:
                reason = R("超过机动车驾驶证有效期一年以上未换证")
            elif k == 3:
                h = rng.choice(["癫痫病", "器质性心脏病", "精神分裂症", "帕金森病", "双眼视力障碍"])
                reason = R("患有") + (R(h) if masked else L("health", h))
            elif k == 4:
                h = "身体条件不适合驾驶机动车"
                reason = R(h) if masked else L("health", h)
            else:
                reason = R("本人申请注销")
        else:
            reason = R(
                rng.choice(
                    [
                        "饮酒后驾驶营运机动车",
                        "醉酒驾驶机动车",
                        "造成重大交通事故构成犯罪",
                        "驾驶机动车发生交通事故后逃逸",
                    ]
                )
            )
        rows.append(
            [str(i + 1), nm, idc, arch, rng.choice(["C1", "C1", "C2", "B2", "A2", "D", "E", "C1E"]), reason]
        )
    d.add(render_table(rng, hdr, rows, pick_layout(rng)))
    d.add("\n")
    d.line("特此公告。")
    if rng.random() < 0.5:
        d.line(f"咨询电话：{office_phone(rng, C)}  交通安全服务热线：12123")
    d.line(agency)
    d.line(fdate(rng, d0, 0))
    return d


# ----------------------------------------------------------------- vehicles


def gen_vehicle(rng, C):
    d = Doc()
    d0 = rdate(rng)
    agency = C["name"] + "公安局交通警察大队"
    gov_header(rng, d, C, agency, d0)
    scrap = rng.random() < 0.45
    d.line("关于" + ("达到强制报废标准机动车" if scrap else "逾期未检验机动车") + "的公告")
    d.add("\n")
    if scrap:
        d.line(
            "根据《机动车强制报废标准规定》，下列机动车已达到强制报废标准，请机动车所有人于公告之日起30日内"
            "到车管所办理注销登记。逾期不办理的，公安机关交通管理部门将依法公告该机动车登记证书、号牌、行驶证作废。"
        )
    else:
        d.line(
            "下列机动车检验有效期满后连续3个机动车检验周期未取得检验合格标志，请机动车所有人于公告之日起"
            "三个月内申领检验合格标志，逾期将依法注销。"
        )
    with_addr = rng.random() < 0.3
    hdr = ["序号", "号牌号码", "号牌种类", "机动车所有人", "检验有效期止" if not scrap else "强制报废期止"]
    if with_addr:
        hdr.append("住所地址")
    rows = []
    masked = rng.random() < 0.2
    for i in range(rng.randint(5, 18)):
        P = Person(rng, C)
        moto = rng.random() < 0.35
        plate = make_plate(rng, C)
        if rng.random() < 0.2:
            owner = R(surname_company(rng, C, rng.choice(["运输", "水产", "建材", "物流"])))
            addr = R(
                f"{C['name']}{rng.choice(sorted(C['towns']))}{rng.choice(C['roads'])}{rng.randint(1, 300)}号"
            )
        elif masked:
            owner = R(mask_name(rng, P.name))
            addr = R(village_only(rng, C))
        else:
            owner = N(pad_name(rng, P.name))
            addr = L("address", P.addr()) if rng.random() < 0.85 else R(village_only(rng, C))
        pl = R(mask_plate(plate)) if masked and rng.random() < 0.5 else L("license_plate", plate)
        row = [
            str(i + 1),
            pl,
            "普通摩托车" if moto else rng.choice(["小型汽车", "小型汽车", "大型汽车"]),
            owner,
            fdate(rng, rdate(rng, 2010, 2020), 1),
        ]
        if with_addr:
            row.append(addr)
        rows.append(row)
    d.add(render_table(rng, hdr, rows, pick_layout(rng)))
    d.add("\n")
    d.line(
        f"{agency}车辆管理所  地址：{C['name']}{rng.choice(C['roads'])}{rng.randint(1, 200)}号  电话：{office_phone(rng, C)}"
    )
    d.line(fdate(rng, d0, 0))
    return d


# ----------------------------------------------------------------- fishery subsidy


def gen_fishery(rng, C):
    if not C["coastal"]:
        raise ValueError
    d = Doc()
    d0 = rdate(rng)
    agency = C["name"] + rng.choice(["农业农村局", "海洋与渔业局", "海洋与渔业局", "农业农村和水利局"])
    gov_header(rng, d, C, agency, d0)
    y = d0.year - 1
    d.line(
        f"{C['name']}{y}年度国内渔业油价补贴（{rng.choice(['一般性补贴', '渔业发展补助', '减船转产补助'])}）资金发放名单公示"
    )
    d.add("\n")
    d.line(
        f"根据财政部、农业农村部关于渔业油价补贴政策调整的有关规定，经渔船所在乡镇审核、县级复核，现将{y}年度渔业油价补贴资金发放情况公示如下："
    )
    hdr = [
        "序号",
        "船名号",
        "船主姓名",
        "身份证号码",
        "主机功率（千瓦）",
        "补贴金额（元）",
        "开户银行",
        "银行卡号",
    ]
    with_addr = rng.random() < 0.35
    if with_addr:
        hdr.append("船主住址")
    rows = []
    mask_id_all = rng.random() < 0.5
    mask_card_all = rng.random() < 0.4
    excel = rng.random() < 0.6
    for i in range(rng.randint(5, 18)):
        P = Person(rng, C)
        vessel = f"{C['vessel']}{rng.randint(1000, 99999):05d}"
        if rng.random() < 0.12:
            P2 = Person(rng, C)
            owner = N(P.name) + rng.choice(["、", "，", "/"]) + N(P2.name)
        else:
            owner = N(pad_name(rng, P.name))
        if mask_id_all:
            idc = R(mask_id(rng, P.id18))
        else:
            idc = L("id_card", fmt_id(rng, P.id18))
        card, bank = make_card(rng)
        cd = R(mask_card(card)) if mask_card_all else L("bank_card", fmt_card(rng, card))
        kw = round(rng.uniform(8, 450), 1)
        amt = f"{rng.randint(800, 160000):,}" if rng.random() < 0.3 else str(rng.randint(800, 160000))
        row = [str(i + 1), vessel, owner, idc, str(kw), amt, bank + rng.choice(["", C["name"] + "支行"]), cd]
        if with_addr:
            row.append(L("address", P.addr()) if rng.random() < 0.8 else R(village_only(rng, C)))
        rows.append(row)
    layout = pick_layout(rng)
    if layout == "csv" and excel:
        # spreadsheet damage: ids as 4.69024E+17, cards prefixed by apostrophe
        for row in rows:
            if row[3].s:
                v = row[3].t
                row[3] = R(f"{v[0]}.{v[1:6]}E+17") if rng.random() < 0.5 else "'" + row[3]
            if row[7].s and rng.random() < 0.5:
                row[7] = R("\t") + row[7]
    d.add(render_table(rng, hdr, rows, layout))
    d.add("\n")
    d.line(f"公示时间：{fdate(rng, d0, 0)}至{fdate(rng, d0 + datetime.timedelta(days=7), 0)}。")
    d.line(
        f"公示期间如有异议，请向{agency}渔业科反映，电话：{office_phone(rng, C)}，邮箱：{C['key']}yyj@163.com。"
    )
    return d


# ----------------------------------------------------------------- rural water


def gen_water(rng, C):
    d = Doc()
    d0 = rdate(rng)
    agency = C["name"] + rng.choice(["水利局", "水务局", "农业农村和水利局"])
    gov_header(rng, d, C, agency, d0)
    if rng.random() < 0.65:
        town = rng.choice(sorted(C["towns"]))
        d.line(f"{C['name']}{d0.year}年农村饮水安全巩固提升工程受益户公示（{town}）")
        d.add("\n")
        d.line(
            f"根据{C['name']}{d0.year}年农村饮水安全巩固提升工程实施方案，现将{town}受益农户名单公示如下，公示期7天。"
        )
        hdr = ["序号", "户主姓名", "身份证号码", "家庭人口", "联系电话", "户类别", "家庭住址"]
        rows = []
        mid = rng.random() < 0.6
        mph = rng.random() < 0.3
        fw = rng.random() < 0.08
        vills = C["towns"][town] or [f"{k}村" for k in range(1, 16)]
        for i in range(rng.randint(6, 20)):
            P = Person(rng, C)
            vill = rng.choice(vills)
            f = rng.randint(0, 3)
            if f == 0:
                a = f"{vill}{rng.randint(1, 12)}组"
            elif f == 1:
                a = f"{town}{vill}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
            elif f == 2:
                a = f"{vill}{rng.randint(1, 180)}号"
            else:
                a = None
            addr = L("address", a) if a else R(vill)
            idc = R(mask_id(rng, P.id18)) if mid else L("id_card", fmt_id(rng, P.id18, fw))
            ph = (
                R(mask_mobile(P.mobile))
                if mph
                else (
                    L("landline", private_landline(rng, C))
                    if rng.random() < 0.1
                    else L("mobile", fmt_mobile(rng, P.mobile, fw))
                )
            )
            k = rng.random()
            if k < 0.15:
                cat = R("脱贫户")
            elif k < 0.25:
                cat = R("低保户")
            elif k < 0.38:
                cat = (
                    R("残疾人家庭（")
                    + L(
                        "health",
                        rng.choice(
                            [
                                "肢体残疾二级",
                                "视力残疾一级",
                                "听力残疾三级",
                                "智力残疾二级",
                                "精神残疾二级",
                                "肢体残疾四级",
                            ]
                        ),
                    )
                    + "）"
                )
            else:
                cat = R("一般户")
            rows.append([str(i + 1), N(pad_name(rng, P.name)), idc, str(rng.randint(1, 7)), ph, cat, addr])
        d.add(render_table(rng, hdr, rows, pick_layout(rng)))
        d.add("\n")
        d.line(f"{town}人民政府  {agency}")
    else:
        # water intake permit (取水许可) public notice, natural-person applicant(s)
        d.line(f"{agency}关于取水许可申请的公示")
        d.add("\n")
        for j in range(rng.randint(1, 3)):
            P = Person(rng, C)
            wh = f"{C['short']}水许〔{d0.year}〕{rng.randint(1, 99)}号"
            d.line(f"{j + 1}．受理编号：{wh}")
            person_block(
                rng,
                d,
                P,
                "申请人",
                masked=rng.random() < 0.2,
                fw=rng.random() < 0.05,
                style=rng.choice([0, 1]),
            )
            d.line(f"取水地点：{village_only(rng, C)}{rng.choice(['东侧', '西北侧', '后山', '水库下游'])}")
            d.line(
                f"取水用途：{rng.choice(['水产养殖', '农田灌溉', '农家乐生活用水', '畜禽养殖'])}；水源类型：{rng.choice(['地下水', '地表水'])}；"
                f"年取水量：{rng.randint(1, 50) * 1000}立方米"
            )
            d.line(f"取水许可证编号（拟）：取水({C['short']})字[{d0.year}]第{rng.randint(1, 200):03d}号")
            d.add("\n")
        d.line(
            f"公示期为{fdate(rng, d0, 0)}至{fdate(rng, d0 + datetime.timedelta(days=10), 0)}。利害关系人可在公示期内提出书面意见。"
        )
    tail_contact(rng, d, C, agency)
    return d


# ----------------------------------------------------------------- driver


FAMILIES = [
    "卫生监督行政处罚",
    "药品医疗器械行政处罚",
    "烟草专卖行政处罚",
    "文化市场行政处罚",
    "出租车网约车驾驶员从业资格证注销公告",
    "机动车驾驶证吊销注销公告",
    "机动车逾期未检验强制报废公告",
    "渔业油价补贴发放名单",
    "农村饮水安全受益户取水许可公示",
    "道路运输违法曝光",
]


def gen_doc(rng, fam):
    if fam == "渔业油价补贴发放名单":
        C = rng.choice([c for c in COUNTIES if c["coastal"]])
    else:
        C = rng.choice(COUNTIES)
    if fam in PEN:
        d = gen_penalty_decision(rng, fam, C) if rng.random() < 0.62 else gen_penalty_publicity(rng, fam, C)
    elif fam == "出租车网约车驾驶员从业资格证注销公告":
        d = gen_taxi(rng, C)
    elif fam == "机动车驾驶证吊销注销公告":
        d = gen_license(rng, C)
    elif fam == "机动车逾期未检验强制报废公告":
        d = gen_vehicle(rng, C)
    elif fam == "渔业油价补贴发放名单":
        d = gen_fishery(rng, C)
    elif fam == "农村饮水安全受益户取水许可公示":
        d = gen_water(rng, C)
    else:
        d = gen_road(rng, C)
    r = d.r
    spans = sorted(r.s, key=lambda x: (x[1], x[2]))
    return {"type": fam, "text": r.t, "spans": [{"kind": k, "start": a, "end": b} for k, a, b in spans]}


def generate(n, seed):
    rng = random.Random(seed)
    order = [FAMILIES[i % len(FAMILIES)] for i in range(n)]
    rng.shuffle(order)
    return [gen_doc(rng, fam) for fam in order]


# ----------------------------------------------------------------- check / stats

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


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if not ch.isspace())


def check_span(kind, v):
    n = norm(v)
    if kind == "id_card":
        if len(n) != 18 or not n[:17].isdigit() or n[:2] not in PROVS:
            return "bad id format"
        if not valid_date(int(n[6:10]), int(n[10:12]), int(n[12:14])) or not 1900 <= int(n[6:10]) <= 2024:
            return "bad id birth date"
        if id_check(n[:17]) != n[17].upper():
            return "bad id checksum"
    elif kind == "id_card_15":
        if len(n) != 15 or not n.isdigit() or n[:2] not in PROVS:
            return "bad id15 format"
        if not valid_date(1900 + int(n[6:8]), int(n[8:10]), int(n[10:12])):
            return "bad id15 date"
    elif kind == "bank_card":
        if not n.isdigit() or not 16 <= len(n) <= 19 or not luhn_ok(n):
            return "bad bank card"
    elif kind == "mobile":
        m = n
        for p in ("+86", "86-"):
            if m.startswith(p):
                m = m[len(p) :]
        m = m.replace("-", "")
        if len(m) != 11 or not m.isdigit() or m[:2] not in ("13", "14", "15", "16", "17", "18", "19"):
            return "bad mobile"
    elif kind == "email":
        if "@" not in n:
            return "bad email"
    elif kind == "landline":
        if sum(c.isdigit() for c in n) < 10:
            return "bad landline"
    return None


def check_docs(docs):
    problems = []
    for i, doc in enumerate(docs):
        t = doc.get("text")
        if not isinstance(t, str) or doc.get("type") not in FAMILIES:
            problems.append(f"doc {i}: bad text/type")
            continue
        last_end = -1
        for sp in sorted(doc["spans"], key=lambda x: (x["start"], x["end"])):
            a, b, k = sp["start"], sp["end"], sp["kind"]
            if k not in KINDS:
                problems.append(f"doc {i}: unknown kind {k}")
            if not (0 <= a < b <= len(t)):
                problems.append(f"doc {i}: offsets out of range {a}-{b}")
                continue
            v = t[a:b]
            if v != v.strip():
                problems.append(f"doc {i}: span {k} {v!r} has outer whitespace")
            if a < last_end:
                problems.append(f"doc {i}: overlapping span at {a}-{b} ({k})")
            last_end = max(last_end, b)
            err = check_span(k, v)
            if err:
                problems.append(f"doc {i}: {err}: {v!r}")
    return problems


def stats(docs):
    from collections import Counter

    kc, fc, fk = Counter(), Counter(), Counter()
    for d in docs:
        fc[d["type"]] += 1
        for s in d["spans"]:
            kc[s["kind"]] += 1
            fk[d["type"]] += 1
    lines = [f"documents: {len(docs)}", f"spans: {sum(kc.values())}", "", "per kind:"]
    for k in sorted(kc, key=lambda x: -kc[x]):
        lines.append(f"  {k:16s} {kc[k]}")
    lines.append("")
    lines.append("per family (docs / spans):")
    for f in FAMILIES:
        lines.append(f"  {f}  {fc[f]} / {fk[f]}")
    return "\n".join(lines)


def decisions_text():
    doc = __doc__
    return doc[doc.index("DECISIONS") :].rstrip()


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv=None):
    ap = argparse.ArgumentParser(description="holdout62 PII evaluation set generator")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=311)
    ap.add_argument("-o", "--out")
    ap.add_argument("--check", nargs="?", const="", default=None, metavar="FILE")
    ap.add_argument("--stats", nargs="?", const="", default=None, metavar="FILE")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args(argv)
    if a.decisions:
        print(decisions_text())
        if a.check is None and a.stats is None and not a.out:
            return 0
    docs = None

    def get_docs(path):
        nonlocal docs
        if path:
            return load(path)
        if docs is None:
            docs = generate(a.docs, a.seed)
        return docs

    if a.out:
        ds = get_docs("")
        with open(a.out, "w", encoding="utf-8") as f:
            for d in ds:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    rc = 0
    if a.check is not None:
        probs = check_docs(get_docs(a.check))
        for p in probs:
            print(p)
        print(f"check: {len(probs)} problem(s)")
        rc = 1 if probs else 0
    if a.stats is not None:
        print(stats(get_docs(a.stats)))
    if a.out is None and a.check is None and a.stats is None and not a.decisions:
        for d in get_docs(""):
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    return rc


if __name__ == "__main__":
    sys.exit(main())
