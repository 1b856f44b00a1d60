"""Holdout 12: 低保名单, 处罚决定书, 公示, 申请表 and 会议纪要, written apart from the detector.

    python holdout12.py --docs 400 --seed 43 -o OUT.jsonl
    python holdout12.py --decisions

The five families the issue names, each in two to six sub-kinds and several layouts (tab, aligned
spaces, pipes, HTML, an XLSX sheet as extracted, CSV, numbered lists, one cell a line as from Word,
and text extracted from a PDF with spaced names, page footers inside tables and wrapped rows).
Standard library only. Every labelled number is validated (GB 11643, Luhn with a real issuer
prefix, mobile number ranges); every mention of a labelled name is labelled; a document in which an
unlabelled string looks personal is drawn again.

Output: JSON Lines {"type", "text", "spans": [{"kind", "start", "end", "text"}]}.

First contact (--docs 400 --seed 43, measured by the lead after the fixes for holdouts 2–11, before any
for this set): name P 97.8 / R 78.6, address 99.4 / 92.8, health 92.0 / 95.0, landline 83.3 / 95.2;
every other number kind 100 / 100.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

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
TODAY = dt.date(2025, 12, 31)

Seg = tuple[str, str | None]
Part = str | Seg
Cell = list[Seg]

DECISIONS = """\
Labelling decisions that docs/privacy.md does not settle (holdout12):

 1. Officials in their role are unlabelled wherever they appear: 主持人, 记录人, 执法人员 (with their
    执法证号), 村“两委” members, 包村干部, 驻村工作队, 经办人/审核人 on a form, signatories.
 2. Attendees of minutes are given as officials or as a count; a 村民代表 or villager who speaks, and
    every household discussed, is labelled (name, and whatever personal data follows).
 3. A company's 法定代表人 is unlabelled (public register, "负责人" in the policy). The 经营者 of a
    个体工商户 is labelled everywhere, also in the 法定代表人（负责人） column of a 双公示 table,
    because the punished party is that natural person.
 4. A company employee named in a company's penalty (present at the inspection) is labelled.
 5. Victims, witnesses, neighbours in 四至, family members, guardians, co-applicants, a private
    车辆所有人 and the person named in a 依申请公开 request's description are labelled.
 6. 拟聘用/拟录用 and 表彰 lists: names unlabelled, and their IDs are published masked.
 7. Numbers already masked (640323********1234, 138****5678) and names already masked (张*, 王某某,
    李先生, 马女士) are unlabelled.
 8. A 20-digit 残疾人证号: the first 18 characters are labelled id_card, the two category/grade
    digits are not; the category/grade is labelled health only where written in words.
 9. 驾驶证号 / 从业资格证号 that equal the ID number are labelled id_card.
10. Address: a person's 住址/现住址/户籍地/家庭住址/通信地址 (citizen applicant), a private house's
    坐落 in a 征收 list, and the spot of a 违法建设 at the home are labelled down to 号/栋/单元/室/
    组/队 (a village plus 组 is labelled); 经营场所 of a shop, a company's 住所, offices, 村委会
    and bare villages or communities in 所在村/所属社区 columns are unlabelled.
11. Health: named diseases, disability type + grade, fractures and 脑震荡 are labelled (the words
    only: "因患尿毒症" -> 尿毒症). Unlabelled: "健康"/"良好", generic 因病/因残/缺劳力/大病, the
    legal grade "轻微伤", household categories (残疾人家庭, 低保户), 房屋鉴定 C级/D级.
12. 15-digit 户编号 and 农户编码 are unlabelled codes; a 15-digit number in an ID column or after
    身份证号 is labelled id_card_15.
13. Mobile with +86/0086: the span includes the prefix. Spaced names ("姚 平 轩", "王　芳") include
    the spaces; a PDF-wrapped address in a table's last column includes the newline.
14. 港澳居民来往内地通行证 (回乡证) is labelled hk_macau_permit; 大陆居民往来台湾通行证 and
    台湾居民来往大陆通行证 are labelled tw_permit.
15. A private person's landline is labelled (家庭电话/座机 on a form, a villager's number); numbers
    after 监督电话/咨询电话/联系电话 of an office or of the notice's 联系人 are unlabelled.
16. Every plate of a vehicle in a case is labelled, also a company-owned truck's and a trailer's.
17. Office mailboxes on non-gov.cn domains are left out of the set (a site allow-list would decide).
18. The signature field of a citizen's form (申请人签名) is a mention of the name and labelled.
19. An applicant's 工作单位 and a 个体工商户's 字号 are unlabelled; shop names never contain a
    person's name here.
"""


def words(s: str) -> list[str]:
    return s.split()


class Redraw(Exception):
    """An unlabelled string looks personal, or a mention of a name is unlabelled."""


# ---------------------------------------------------------------------------------------------
# checksums and validators

PROVINCES = {
    11,
    12,
    13,
    14,
    15,
    21,
    22,
    23,
    31,
    32,
    33,
    34,
    35,
    36,
    37,
    41,
    42,
    43,
    44,
    45,
    46,
    50,
    51,
    52,
    53,
    54,
    61,
    62,
    63,
    64,
    65,
}
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
MOBILE_PREFIXES = (
    [str(p) for p in range(130, 140)]
    + ["145", "147", "149", "150", "151", "152", "153", "155", "156", "157", "158", "159"]
    + ["166", "173", "175", "176", "177", "178"]
    + [str(p) for p in range(180, 190)]
    + ["191", "193", "195", "198", "199"]
)
BINS = (
    ("622202", 19),
    ("621226", 19),
    ("622848", 19),
    ("622700", 19),
    ("621700", 19),
    ("601382", 19),
    ("622262", 19),
    ("622188", 19),
    ("622588", 16),
    ("436742", 16),
)
CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check(body: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(body, ID_W, strict=True)) % 11]


def real_date(y: int, m: int, d: int) -> bool:
    try:
        return dt.date(y, m, d) <= TODAY
    except ValueError:
        return False


def gb11643_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dXx]", s) or int(s[:2]) not in PROVINCES:
        return False
    if not real_date(int(s[6:10]), int(s[10:12]), int(s[12:14])) or int(s[6:10]) < 1900:
        return False
    return id_check(s[:17]) == s[17].upper()


def id15_ok(s: str) -> bool:
    return (
        bool(re.fullmatch(r"\d{15}", s))
        and int(s[:2]) in PROVINCES
        and real_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    )


def luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    return next(str(c) for c in range(10) if luhn_ok(body + str(c)))


def card_ok(s: str) -> bool:
    digits = re.sub(r"[ -]", "", s)
    return (
        digits.isdigit()
        and 16 <= len(digits) <= 19
        and luhn_ok(digits)
        and any(digits.startswith(b) and len(digits) == n for b, n in BINS)
    )


def issuer_like(digits: str) -> bool:
    return digits[:2] in ("62", "60", "43", "45", "51", "52", "53", "54", "55", "35", "37", "40", "41", "42")


def mobile_ok(s: str) -> bool:
    digits = re.sub(r"^(\+86|0086|86-)", "", s.strip())
    digits = re.sub(r"[ -]", "", digits)
    return bool(re.fullmatch(r"1\d{10}", digits)) and digits[:3] in MOBILE_PREFIXES


def org_code(body: str) -> str:
    def val(ch: str) -> int:
        return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10

    c = 11 - sum(val(a) * w for a, w in zip(body, ORG_W, strict=True)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(prefix: str, area: str, org_body: str) -> str:
    body = prefix + area + org_code(org_body)
    s = sum(CREDIT_CHARS.index(ch) * w for ch, w in zip(body, CREDIT_W, strict=True))
    return body + CREDIT_CHARS[(31 - s % 31) % 31]


def credit_ok(s: str) -> bool:
    if len(s) != 18 or any(ch not in CREDIT_CHARS for ch in s):
        return False
    t = sum(CREDIT_CHARS.index(ch) * w for ch, w in zip(s[:17], CREDIT_W, strict=True))
    return CREDIT_CHARS[(31 - t % 31) % 31] == s[17]


# ---------------------------------------------------------------------------------------------
# the document builder


def S(kind: str | None, text: str) -> Seg:
    return (text, kind)


def N(text: str) -> Seg:
    return (text, "name")


def A(text: str) -> Seg:
    return (text, "address")


def H(text: str) -> Seg:
    return (text, "health")


def NEAR(text: str) -> Seg:
    """A deliberate near-miss (a code or a masked number) that must stay unlabelled."""
    return (text, "near")


class Doc:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[tuple[str, int, int]] = []
        self.allowed: list[tuple[int, int]] = []

    def add(self, *parts: Part) -> None:
        for part in parts:
            if isinstance(part, str):
                self._put(part)
                continue
            text, kind = part
            start = self.pos
            self._put(text)
            if kind == "near":
                self.allowed.append((start, self.pos))
            elif kind is not None:
                assert kind in KINDS, kind
                self.spans.append((kind, start, self.pos))

    def line(self, *parts: Part) -> None:
        self.add(*parts, "\n")

    def _put(self, s: str) -> None:
        self.buf.append(s)
        self.pos += len(s)

    @property
    def text(self) -> str:
        return "".join(self.buf)


def c(*parts: Part) -> Cell:
    return [(p, None) if isinstance(p, str) else p for p in parts]


def cell_text(cell: Cell) -> str:
    return "".join(t for t, _ in cell)


def disp_width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


# ---------------------------------------------------------------------------------------------
# places, people and numbers


@dataclass(frozen=True)
class Region:
    code: str
    prov: str
    city: str
    county: str
    area: str
    plate: str
    post: str
    kind: str  # "r" rural county, "u" city district
    eths: str


REGIONS = [
    Region(*r)
    for r in (
        ("640323", "宁夏回族自治区", "吴忠市", "盐池县", "0953", "宁C", "751500", "r", "han han hui"),
        ("640324", "宁夏回族自治区", "吴忠市", "同心县", "0953", "宁C", "751300", "r", "hui hui han"),
        ("640302", "宁夏回族自治区", "吴忠市", "利通区", "0953", "宁C", "751100", "r", "hui han"),
        ("640104", "宁夏回族自治区", "银川市", "兴庆区", "0951", "宁A", "750001", "u", "han hui"),
        ("620421", "甘肃省", "白银市", "靖远县", "0943", "甘D", "730600", "r", "han"),
        ("621121", "甘肃省", "定西市", "通渭县", "0932", "甘J", "743300", "r", "han"),
        ("620523", "甘肃省", "天水市", "甘谷县", "0938", "甘E", "741200", "r", "han"),
        ("620102", "甘肃省", "兰州市", "城关区", "0931", "甘A", "730030", "u", "han hui"),
        ("540121", "西藏自治区", "拉萨市", "林周县", "0891", "藏A", "851600", "r", "tib tib tib han"),
        ("653121", "新疆维吾尔自治区", "喀什地区", "疏附县", "0998", "新Q", "844100", "r", "uyg uyg uyg han"),
        (
            "652801",
            "新疆维吾尔自治区",
            "巴音郭楞蒙古自治州",
            "库尔勒市",
            "0996",
            "新M",
            "841000",
            "u",
            "uyg han mon",
        ),
        ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "0991", "新A", "830002", "u", "han uyg hui"),
        ("513431", "四川省", "凉山彝族自治州", "昭觉县", "0834", "川W", "616150", "r", "yi yi yi han"),
        ("510107", "四川省", "成都市", "武侯区", "028", "川A", "610041", "u", "han"),
        ("411422", "河南省", "商丘市", "睢县", "0370", "豫N", "476900", "r", "han"),
        ("410105", "河南省", "郑州市", "金水区", "0371", "豫A", "450003", "u", "han"),
        ("371321", "山东省", "临沂市", "沂南县", "0539", "鲁Q", "276300", "r", "han"),
        ("341221", "安徽省", "阜阳市", "临泉县", "0558", "皖K", "236400", "r", "han"),
        ("522627", "贵州省", "黔东南苗族侗族自治州", "天柱县", "0855", "贵H", "556600", "r", "dong miao han"),
        ("532923", "云南省", "大理白族自治州", "祥云县", "0872", "云L", "672100", "r", "han bai yi"),
        ("450722", "广西壮族自治区", "钦州市", "浦北县", "0777", "桂N", "535300", "r", "han zhuang"),
        ("360730", "江西省", "赣州市", "宁都县", "0797", "赣B", "342800", "r", "han"),
        ("130423", "河北省", "邯郸市", "临漳县", "0310", "冀D", "056600", "r", "han"),
        ("150121", "内蒙古自治区", "呼和浩特市", "土默特左旗", "0471", "蒙A", "010100", "r", "mon han han"),
        ("230882", "黑龙江省", "佳木斯市", "富锦市", "0454", "黑D", "156100", "r", "han"),
        ("610924", "陕西省", "安康市", "紫阳县", "0915", "陕G", "725300", "r", "han"),
        ("430524", "湖南省", "邵阳市", "隆回县", "0739", "湘E", "422200", "r", "han miao"),
        ("350721", "福建省", "南平市", "顺昌县", "0599", "闽H", "353200", "r", "han"),
        ("441481", "广东省", "梅州市", "兴宁市", "0753", "粤M", "514500", "r", "han"),
        ("500230", "重庆市", "", "丰都县", "023", "渝G", "408200", "r", "han"),
        ("630121", "青海省", "西宁市", "大通回族土族自治县", "0971", "青A", "810100", "r", "hui tu han tib"),
        ("211381", "辽宁省", "朝阳市", "北票市", "0421", "辽N", "122100", "r", "han mon"),
        ("220581", "吉林省", "通化市", "梅河口市", "0435", "吉E", "135000", "r", "han"),
        ("420527", "湖北省", "宜昌市", "秭归县", "0717", "鄂E", "443600", "r", "han"),
        ("140427", "山西省", "长治市", "壶关县", "0355", "晋D", "047300", "r", "han"),
        ("469025", "海南省", "", "白沙黎族自治县", "0898", "琼D", "572800", "r", "li han"),
        ("110105", "北京市", "", "朝阳区", "010", "京N", "100020", "u", "han"),
        ("310115", "上海市", "", "浦东新区", "021", "沪B", "200120", "u", "han"),
        ("440106", "广东省", "广州市", "天河区", "020", "粤A", "510630", "u", "han"),
        ("330106", "浙江省", "杭州市", "西湖区", "0571", "浙A", "310013", "u", "han"),
        ("320106", "江苏省", "南京市", "鼓楼区", "025", "苏A", "210009", "u", "han"),
        ("530102", "云南省", "昆明市", "五华区", "0871", "云A", "650031", "u", "han yi bai"),
        ("120104", "天津市", "", "南开区", "022", "津A", "300100", "u", "han"),
        ("350102", "福建省", "福州市", "鼓楼区", "0591", "闽A", "350001", "u", "han"),
        ("450103", "广西壮族自治区", "南宁市", "青秀区", "0771", "桂A", "530022", "u", "zhuang han"),
        ("430104", "湖南省", "长沙市", "岳麓区", "0731", "湘A", "410006", "u", "han"),
    )
]

COMMON_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳祝包尚符舒阮柯纪梅童凌毕季裴"
    "霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆司卓缪车项芦麦褚娄窦戚岑景党宫费卜冷晏"
    "席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄丛仲虞敖巩佘查麻苑迟邝"
)
RARE_SUR = list("仉厍剡禤佴逯亓訾鄂昝冼揭麴蒯宓郦禚笪乜钭芮隗皮羿邰郗眭谯茹郜蔺寿郏逄酆蹇仝")
COMPOUND_SUR = words(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 端木 长孙 "
    "宇文 司徒 呼延 闻人 万俟 独孤 南宫 轩辕 申屠 公冶 钟离 拓跋 赫连 "
    "澹台 百里"
)
HUI_SUR = list("马马马杨丁海纳锁穆虎喇撒哈白冶妥李")
MALE = list(
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林建国文志海德春永兵福贵生成荣才忠义学良山"
)
FEMALE = list("芳娜敏静丽艳娟霞秀英慧巧美红玲兰凤洁梅琳素云莲雪爱萍婷倩颖琴燕翠桂花月蓉珍娥香")
MID = list("晓小志春秋玉金德家子宏海新振卫雅思")
TIB_A = words(
    "扎西 次仁 格桑 索朗 德吉 洛桑 丹增 尼玛 白玛 达瓦 普布 巴桑 旦增 平措 多吉 拉巴 边巴 强巴 贡布 米玛"
)
TIB_M = ["顿珠", "旺堆", "罗布", "群培", "桑珠", "朗杰", "多吉", "平措", "次仁", "尼玛", "顿旦", "欧珠"]
TIB_F = ["卓玛", "央金", "措姆", "拉姆", "曲珍", "卓嘎", "旺姆", "央宗", "德吉", "普赤", "玉珍"]
UYG_M = words(
    "买买提 艾力 阿卜杜拉 吐尔逊 艾尔肯 努尔麦麦提 阿不都热依木 依明 阿西木 "
    "吾守尔 热合曼 玉苏甫 塔依尔 亚森 肉孜 托合提"
)
UYG_F = [
    "古丽娜尔",
    "热依拉",
    "帕提古丽",
    "阿依古丽",
    "布合力其汗",
    "再努尔",
    "祖丽胡玛尔",
    "米日古丽",
    "阿依努尔",
    "海丽其古丽",
    "努尔曼古丽",
]
YI_SUR = words("阿苏 吉克 沙马 阿约 俄木 吉觉 马海 曲比 勒古 海来 阿鲁 吉伍 倮伍 木乃 日火 阿侯 吉木 瓦扎")
YI_M = [
    "拉则",
    "曲布",
    "伍呷",
    "木呷",
    "史日",
    "尔古",
    "伍各",
    "布哈",
    "尔且",
    "约布",
    "子体",
    "石者",
    "哈布",
]
YI_F = ["阿衣", "阿呷", "阿果", "阿木", "金花", "有格", "阿芝", "阿嫫", "伍果", "石呷"]
MON = words(
    "额尔敦 巴特尔 乌云其木格 其其格 斯琴高娃 那顺 宝音 呼和 苏日娜 朝鲁 格日勒 敖登 巴雅尔 孟和 阿拉坦 萨仁"
)
ETH_LABEL = {
    "han": "汉",
    "hui": "回",
    "tib": "藏",
    "uyg": "维吾尔",
    "yi": "彝",
    "mon": "蒙古",
    "zhuang": "壮",
    "miao": "苗",
    "dong": "侗",
    "bai": "白",
    "li": "黎",
    "tu": "土",
}

TOWN_ROOTS = words(
    "城关 新华 红星 太平 永安 金鸡 白马 石门 清河 黄土 柳林 三岔 龙泉 "
    "马场 杨柳 新庄 古城 双井 高台 河西 惠安 兴隆 大河 沙坡 青山 桥头 "
    "官庄 王团 预旺 韦州 冯记沟 麻黄山 石头河 钓鱼台 庙前 回龙 乐安 平川 "
    "东湾 草滩 三塘 河畔 岔口 塔什 竹核 四开 卡若 唐古 旗下营 毛岱 五间房"
)
STREET_ROOTS = words(
    "东关 南门 西城 北塔 胜利 文昌 新华 朝阳 人民 金凤 凤凰 滨河 光明 解放 望江 丰泽 富强 长安 健康"
)
VILLAGES = words(
    "南关 北滩 杏树 沙窝 红崖 后沟 前进 团结 光明 新民 东湾 西滩 榆树 "
    "柳树 马莲 黄花 羊圈 上河 下坪 石嘴 水泉 大庄 小河 三合 五里 双河 "
    "杨渠 塘坊 庙湾 油坊 青石 盐井 草场 河湾 土桥 沟门 康庄 红柳 营盘 "
    "太阳 喜鹊 瓦房 苇子 枣园 梨园 铁匠 磨坊 白杨 东升 永丰 丰收 新胜 "
    "合作"
)
HAMLETS = [
    "马家庄",
    "李家湾",
    "上庄",
    "下庄",
    "王家沟",
    "张家渠",
    "后湾",
    "前滩",
    "庙台",
    "北梁",
    "阳坡",
    "阴坡",
]
ROADS = words(
    "人民路 解放街 建设路 胜利街 文化路 新华街 中山路 朝阳路 团结路 和平路 "
    "长城街 黄河路 滨河大道 友谊路 迎宾大道 世纪大道 育才路 康宁路 振兴街 "
    "裕民路 利民巷 东环路 西苑街"
)
ESTATES = words(
    "幸福家园 阳光花园 锦绣苑 金域名都 康居小区 滨河湾 御景城 馨园 和谐家园 "
    "丽景华庭 翰林府 清水湾 安居苑 凤凰城 东方明珠小区 建材厂家属院 "
    "粮食局家属楼 教育小区 盛世嘉园 碧水蓝天"
)
CN = "〇一二三四五六七八九十"
DISEASES = words(
    "尿毒症 脑梗塞后遗症 乳腺癌 肝硬化 慢性肾衰竭 肺结核 白血病 2型糖尿病 "
    "冠心病 类风湿性关节炎 精神分裂症 帕金森病 胃癌 食管癌 慢性阻塞性肺疾病 "
    "重症肌无力 系统性红斑狼疮 先天性心脏病 宫颈癌 鼻咽癌 脑瘫 脑出血后遗症 "
    "肺癌 强直性脊柱炎 双相情感障碍 再生障碍性贫血"
)
DISAB_TYPES = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
GRADES = ["一级", "二级", "三级", "四级"]
INJURIES = ["鼻骨骨折", "左尺骨骨折", "右手第五掌骨骨折", "肋骨骨折", "脑震荡", "左眼眶内侧壁骨折"]
RELATIONS = ["妻", "夫", "子", "女", "长子", "次子", "长女", "儿媳", "孙子", "孙女", "母亲", "父亲"]
PINYIN = words(
    "wang li zhang liu chen ma hai xiao ming hua jun ping fang yan lan long tao bin jie hong yu xin qiang"
)


def cn_num(n: int) -> str:
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


@dataclass
class Addr:
    prov: str
    city: str
    county: str
    town: str
    place: str
    tail: str

    def full(self) -> str:
        return self.prov + self.city + self.county + self.town + self.place + self.tail

    def from_county(self) -> str:
        return self.county + self.town + self.place + self.tail

    def from_town(self) -> str:
        return self.town + self.place + self.tail

    def short(self) -> str:
        return self.place + self.tail


@dataclass
class Person:
    name: str
    sex: str
    eth: str
    birth: dt.date
    idn: str
    mobile: str
    home: Addr

    @property
    def age(self) -> int:
        return TODAY.year - self.birth.year


@dataclass
class Style:
    c: str  # colon
    m: str  # comma
    lp: str
    rp: str
    pdf: bool
    word: bool
    spaced: bool
    width: int
    sep: str
    html: bool = False


def make_style(rng: random.Random) -> Style:
    full = rng.random() < 0.72
    colon = "：" if full else rng.choice([":", ": ", "："])
    comma = "，" if full or rng.random() < 0.5 else ","
    lp, rp = ("（", "）") if full or rng.random() < 0.4 else ("(", ")")
    x = rng.random()
    pdf = x < 0.15
    word = 0.15 <= x < 0.26
    return Style(
        colon,
        comma,
        lp,
        rp,
        pdf,
        word,
        (pdf or word) and rng.random() < 0.7,
        rng.randint(26, 40),
        rng.choice([" ", "  ", "   ", " "]),
    )


class Ctx:
    """Everything one document draws from: its region, its towns, the names already used."""

    def __init__(self, rng: random.Random, reg: Region, st: Style) -> None:
        self.rng = rng
        self.reg = reg
        self.st = st
        self.year = rng.choice([2022, 2023, 2024, 2024, 2025, 2025])
        self.used: set[str] = set()
        urban = reg.kind == "u"
        roots = rng.sample(STREET_ROOTS if urban else TOWN_ROOTS, 3)
        self.towns = [r + ("街道" if urban else rng.choice(["镇", "镇", "乡"])) for r in roots]
        self.seat_town = self.towns[0] if urban else rng.choice(["城关镇", rng.choice(STREET_ROOTS) + "街道"])
        self.villages = {t: [v + "村" for v in rng.sample(VILLAGES, 4)] for t in self.towns}
        self.communities = [
            rng.choice(STREET_ROOTS[:10]) + rng.choice(["社区", "社区居委会"]) for _ in range(3)
        ]

    # names ---------------------------------------------------------------------------------
    def han(self, sex: str, sur: str | None = None) -> str:
        r = self.rng
        if sur is None:
            x = r.random()
            sur = (
                r.choice(COMPOUND_SUR)
                if x < 0.06
                else r.choice(RARE_SUR)
                if x < 0.14
                else r.choice(COMMON_SUR)
            )
        pool = MALE if sex == "男" else FEMALE
        if r.random() < 0.35:
            return sur + r.choice(pool)
        return sur + r.choice(MID + pool) + r.choice(pool)

    def raw_name(self, eth: str, sex: str, sur: str | None = None) -> str:
        r = self.rng
        if eth == "tib":
            a = r.choice(TIB_A)
            b = r.choice([x for x in (TIB_M if sex == "男" else TIB_F) if x != a])
            return a + b
        if eth == "uyg":
            own = r.choice(UYG_M if sex == "男" else UYG_F)
            return own + "·" + r.choice([x for x in UYG_M if x != own])
        if eth == "yi":
            return (sur or r.choice(YI_SUR)) + r.choice(YI_M if sex == "男" else YI_F)
        if eth == "mon" and r.random() < 0.6:
            return r.choice(MON)
        if eth == "hui" and sur is None and r.random() < 0.8:
            sur = r.choice(HUI_SUR)
        return self.han(sex, sur)

    def unique(self, make: Callable[[], str]) -> str:
        for _ in range(50):
            n = make()
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise Redraw("names")

    def official(self) -> str:
        eth = self.rng.choice(self.reg.eths.split())
        return self.unique(lambda: self.raw_name(eth, self.rng.choice("男男女")))

    def eth(self) -> str:
        if self.rng.random() < 0.05:
            return self.rng.choice(["tib", "uyg", "yi", "mon", "hui", "zhuang"])
        return self.rng.choice(self.reg.eths.split())

    # places --------------------------------------------------------------------------------
    def group(self) -> str:
        r = self.rng
        n = r.randint(1, 9)
        return r.choice(
            [cn_num(n) + "组", f"{n}组", f"第{cn_num(n)}村民小组", cn_num(n) + "队", cn_num(n) + "组"]
        )

    def addr(self, urban: bool | None = None, town: str | None = None, region: Region | None = None) -> Addr:
        r = self.rng
        reg = region or self.reg
        if urban is None:
            urban = reg.kind == "u" or r.random() < 0.15
        if region is not None and region != self.reg:
            town = (r.choice(STREET_ROOTS) + "街道") if urban else r.choice(TOWN_ROOTS) + "镇"
        if urban:
            town = town or (self.towns[r.randrange(3)] if self.reg.kind == "u" else self.seat_town)
            road = r.choice(ROADS)
            estate = r.choice(ESTATES)
            place = rng_choice(r, [f"{road}{r.randint(1, 399)}号{estate}", estate, f"{road}{estate}"])
            b, u, f = r.randint(1, 32), r.randint(1, 6), r.randint(1, 26)
            room = f"{f}{r.randint(1, 4):02d}"
            tail = rng_choice(
                r,
                [
                    f"{b}号楼{u}单元{room}室",
                    f"{b}栋{u}单元{room}室",
                    f"{b}-{u}-{room}室",
                    f"{b}幢{room}室",
                    f"{b}号楼{u}单元{room}",
                    f"{b}栋{u}单元",
                ],
            )
            if not tail.endswith(("室", "单元", "栋", "号")):
                tail += "室"
        else:
            town = town or r.choice(self.towns)
            vill = r.choice(self.villages.get(town) or [r.choice(VILLAGES) + "村"])
            x = r.random()
            if x < 0.4:
                place, tail = vill, self.group()
            elif x < 0.75:
                g = self.group()
                while not g.endswith("组"):
                    g = self.group()
                place, tail = vill, f"{g}{r.randint(1, 120)}号"
            elif x < 0.88:
                place, tail = vill, f"{r.choice(HAMLETS)}{r.randint(1, 80)}号"
            else:
                place, tail = vill, f"{r.randint(1, 260)}号"
        return Addr(reg.prov, reg.city, reg.county, town, place, tail)

    def addr_text(self, a: Addr, levels: Sequence[str] = ("full", "county", "town", "town", "short")) -> str:
        lvl = self.rng.choice(list(levels))
        return {"full": a.full, "county": a.from_county, "town": a.from_town, "short": a.short}[lvl]()

    def shop_addr(self) -> str:
        r = self.rng
        return rng_choice(
            r,
            [
                f"{self.reg.county}{self.seat_town}{r.choice(ROADS)}{r.randint(1, 300)}号",
                f"{r.choice(self.towns)}{r.choice(ROADS)}{r.randint(1, 200)}号商铺",
                f"{self.reg.county}{r.choice(ROADS)}{r.choice(ESTATES)}{r.randint(1, 20)}"
                f"号楼底商{r.randint(1, 30)}号",
                f"{r.choice(self.towns)}集贸市场{r.randint(1, 90)}号摊位",
            ],
        )

    def office_addr(self) -> str:
        r = self.rng
        return f"{self.reg.county}{r.choice(ROADS)}{r.randint(1, 200)}号"

    # people --------------------------------------------------------------------------------
    def person(
        self,
        sex: str | None = None,
        age: tuple[int, int] = (22, 85),
        eth: str | None = None,
        urban: bool | None = None,
        sur: str | None = None,
        town: str | None = None,
    ) -> Person:
        r = self.rng
        sex = sex or r.choice("男女")
        eth = eth or self.eth()
        name = self.unique(lambda: self.raw_name(eth, sex, sur))
        birth = dt.date(self.year - r.randint(*age), r.randint(1, 12), r.randint(1, 28))
        if birth > TODAY - dt.timedelta(days=400):
            birth = dt.date(2021, 3, 3)
        origin = self.reg if r.random() < 0.85 else r.choice(REGIONS)
        idn = make_id(r, origin.code, birth, sex)
        home = self.addr(urban=urban, town=town)
        return Person(name, sex, ETH_LABEL[eth], birth, idn, mobile(r), home)

    def relative(self, head: Person, rel: str) -> Person:
        r = self.rng
        sex = "女" if rel in ("妻", "女", "长女", "儿媳", "孙女", "母亲") else "男"
        young = rel in ("子", "女", "长子", "次子", "长女", "孙子", "孙女")
        age = max(head.age - r.randint(22, 32), 3) if young else head.age + r.randint(-5, 5)
        if rel in ("母亲", "父亲"):
            age = head.age + r.randint(20, 30)
        if rel in ("孙子", "孙女"):
            age = max(head.age - r.randint(45, 55), 2)
        eth = {v: k for k, v in ETH_LABEL.items()}[head.eth]
        han_like = eth not in ("tib", "uyg", "yi", "mon") and "·" not in head.name and len(head.name) <= 4
        sur = None
        if young and han_like:
            sur = head.name[:2] if head.name[:2] in COMPOUND_SUR else head.name[0]
        if young and eth == "yi":
            sur = next((y for y in YI_SUR if head.name.startswith(y)), None)
        p = self.person(sex=sex, age=(age, age), eth=eth, sur=sur)
        p.home = head.home
        return p

    # numbers -------------------------------------------------------------------------------
    def landline(self, office: bool = False) -> str:
        r = self.rng
        area = self.reg.area
        first = r.choice("2345678")
        num = first + "".join(r.choice("0123456789") for _ in range(7 if len(area) == 3 else 6))
        if office and r.random() < 0.5:
            num = first + "0" + num[2:]
        s = self.st
        return rng_choice(
            r, [f"{area}-{num}", f"{area}-{num}", f"{s.lp}{area}{s.rp}{num}", f"{area} {num}", area + num]
        )

    def credit(self, prefix: str) -> str:
        r = self.rng
        if prefix in ("92", "91", "93") and r.random() < 0.7:
            body = "MA" + "".join(r.choice(CREDIT_CHARS) for _ in range(6))
        else:
            body = "".join(r.choice("0123456789") for _ in range(8))
        return credit_code(prefix, self.reg.code, body)

    def index_no(self) -> str:
        return f"{self.credit('11')}/{self.year}-{self.rng.randint(1, 3000):05d}"

    def short(self) -> str:
        return self.reg.county[0]

    def date(self) -> dt.date:
        return dt.date(self.year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def fdate(self, d: dt.date | None = None) -> str:
        d = d or self.date()
        return rng_choice(
            self.rng,
            [
                f"{d.year}年{d.month}月{d.day}日",
                f"{d.year}年{d.month}月{d.day}日",
                f"{d:%Y-%m-%d}",
                f"{d.year}.{d.month}.{d.day}",
            ],
        )

    def gov_mail(self) -> str:
        r = self.rng
        box = r.choice(["mzj", "scjg", "zfb", "gkb", "xfb", "jtj"])
        return f"{box}@{r.choice(PINYIN)}{r.choice(PINYIN)}.gov.cn"

    def mail(self, p: Person) -> str:
        r = self.rng
        x = r.random()
        if x < 0.35:
            return f"{r.randint(10000, 3999999999)}@qq.com"
        user = r.choice(PINYIN) + r.choice(PINYIN) + (str(r.randint(1, 9999)) if r.random() < 0.7 else "")
        host = r.choice(words("163.com 126.com sina.com foxmail.com outlook.com 139.com gmail.com"))
        return f"{user}@{host}"


def rng_choice(r: random.Random, xs: Sequence[str]) -> str:
    return xs[r.randrange(len(xs))]


def make_id(r: random.Random, code: str, birth: dt.date, sex: str) -> str:
    seq = r.randint(1, 499) * 2 - (1 if sex == "男" else 0)
    seq = max(seq, 2)
    body = f"{code}{birth:%Y%m%d}{seq:03d}"
    s = body + id_check(body)
    if s.endswith("X") and r.random() < 0.1:
        s = s[:-1] + "x"
    return s


def make_id15(r: random.Random, code: str, birth: dt.date, sex: str) -> str:
    seq = r.randint(1, 499) * 2 - (1 if sex == "男" else 0)
    return f"{code}{birth:%y%m%d}{max(seq, 2):03d}"


def mobile(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def fmt_mobile(r: random.Random, m: str) -> str:
    x = r.random()
    if x < 0.75:
        return m
    if x < 0.85:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if x < 0.92:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    return r.choice(["+86 ", "+86", "0086 ", "86-"]) + m


def bank_card(r: random.Random) -> str:
    b, n = r.choice(BINS)
    body = b + "".join(r.choice("0123456789") for _ in range(n - len(b) - 1))
    return body + luhn_digit(body)


def fmt_card(r: random.Random, card: str) -> str:
    if r.random() < 0.2:
        return " ".join(card[i : i + 4] for i in range(0, len(card), 4))
    return card


def plate(r: random.Random, prefix: str) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    x = r.random()
    if x < 0.12:
        return prefix + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
    if x < 0.18:
        return prefix + "".join(r.choice("0123456789") for _ in range(5)) + r.choice("DF")
    if x < 0.24:
        return prefix + "".join(r.choice("0123456789") for _ in range(4)) + "挂"
    body = [r.choice("0123456789") for _ in range(5)]
    for _ in range(r.choice([0, 0, 1, 1, 2])):
        body[r.randrange(4)] = r.choice(letters)
    dot = "·" if r.random() < 0.15 else ""
    return prefix + dot + "".join(body)


def health_word(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        return r.choice(DISEASES)
    t, g = r.choice(DISAB_TYPES), r.choice(GRADES)
    return rng_choice(r, [f"{t}残疾{g}", f"{t}残疾{g}", f"{g}{t}残疾", f"{t}{g}"])


def money(r: random.Random, lo: int, hi: int, step: int = 10) -> int:
    return r.randrange(lo, hi, step)


def mask_id(r: random.Random, idn: str) -> str:
    return rng_choice(
        r,
        [
            idn[:6] + "********" + idn[-4:],
            idn[:3] + "*" * 11 + idn[-4:],
            idn[:14] + "****",
            idn[:10] + "******" + idn[-2:],
        ],
    )


def mask_name(r: random.Random, name: str) -> str:
    if "·" in name:
        return name.split("·")[0][0] + "**"
    return name[0] + rng_choice(r, ["*", "某", "某某", "*" * (len(name) - 1)])


# ---------------------------------------------------------------------------------------------
# writing: paragraphs, tables, lists


def wrap(parts: Sequence[Part], width: int) -> list[Part]:
    out: list[Part] = []
    col = 0
    for p in parts:
        if isinstance(p, str):
            buf: list[str] = []
            for ch in p:
                if ch == "\n":
                    col = 0
                elif col >= width:
                    buf.append("\n")
                    col = 0
                buf.append(ch)
                if ch != "\n":
                    col += 1
            out.append("".join(buf))
        else:
            out.append(p)
            col += len(p[0])
    return out


def para(d: Doc, x: Ctx, *parts: Part) -> None:
    ps: list[Part] = list(parts)
    if x.st.pdf:
        ps = wrap(ps, x.st.width)
    if x.st.html:
        d.line("<p>", *ps, "</p>")
    else:
        d.line(*ps)


def deco_name(x: Ctx, seg: Seg) -> Seg:
    text, kind = seg
    if kind == "name" and x.st.pdf and "·" in text and x.rng.random() < 0.5:
        return (text.replace("·", "•"), kind)
    if kind != "name" or not x.st.spaced or not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text):
        return seg
    if x.st.pdf:
        return (" ".join(text), kind)
    if len(text) == 2:
        return (text[0] + x.rng.choice(["　", "  ", "　"]) + text[1], kind)
    return seg


def emit_row(d: Doc, cells: Sequence[Cell], sep: str, end: str = "\n", quote: str = "") -> None:
    for i, cell in enumerate(cells):
        if i:
            d.add(sep)
        d.add(quote, *cell, quote)
    d.add(end)


def render_table(
    d: Doc, x: Ctx, header: list[str], rows: list[list[Cell]], layout: str, title: str | None = None
) -> None:
    r, st = x.rng, x.st
    if layout in ("pdf", "pipe_pdf", "cellline", "space", "tab"):
        rows = [[[deco_name(x, s) for s in cell] for cell in row] for row in rows]
    hdr = [c(h) for h in header]
    if layout == "tab":
        emit_row(d, hdr, "\t")
        for row in rows:
            emit_row(d, row, "\t", "\t\n" if st.word and r.random() < 0.2 else "\n")
    elif layout == "space":
        widths = [
            max(disp_width(cell_text(col)) for col in colset) for colset in zip(hdr, *rows, strict=True)
        ]
        for row in [hdr, *rows]:
            for i, cell in enumerate(row):
                d.add(*cell)
                if i < len(row) - 1:
                    d.add(" " * (widths[i] - disp_width(cell_text(cell)) + 2))
            d.add("\n")
    elif layout == "pipe":
        d.add("| ")
        emit_row(d, hdr, " | ", " |\n")
        d.line("|" + "|".join("---" for _ in header) + "|")
        for row in rows:
            d.add("| ")
            emit_row(d, row, " | ", " |\n")
    elif layout == "html":
        d.add('<table border="1" cellspacing="0">\n<tr>')
        for h in header:
            d.add(f"<th>{h}</th>")
        d.add("</tr>\n")
        attr = r.choice(["", ' align="center"', ' style="text-align:center"'])
        for row in rows:
            d.add("<tr>")
            for cell in row:
                d.add(f"<td{attr}>", *cell, "</td>")
            d.add("</tr>\n")
        d.add("</table>\n")
    elif layout == "xlsx":
        d.line(f"[{r.choice(['Sheet1', '名单', '汇总表', 'Sheet2', '公示'])}]")
        if title:
            d.line(title + "\t" * (len(header) - 1))
        emit_row(d, hdr, "\t")
        for row in rows:
            emit_row(d, row, "\t", "\t" * r.choice([0, 0, 1, 2]) + "\n")
    elif layout == "csv":
        q = '"' if r.random() < 0.5 else ""
        emit_row(d, hdr, ",", quote=q)
        for row in rows:
            emit_row(d, row, ",", quote=q)
    elif layout == "cellline":
        for h in header:
            d.line(h)
        for row in rows:
            for cell in row:
                d.line(*cell)
            if r.random() < 0.3:
                d.add("\n")
    elif layout in ("pdf", "pipe_pdf"):
        pipe = layout == "pipe_pdf"
        sep = "|" if pipe else st.sep
        pre, post = ("|", "|") if pipe else ("", "")
        d.add(pre)
        emit_row(d, hdr, sep, post + "\n")
        foot = r.randrange(1, len(rows)) if len(rows) > 2 and r.random() < 0.7 else -1
        wrapped = r.randrange(len(rows)) if r.random() < 0.6 else -1
        page = r.randint(1, 3)
        for i, row in enumerate(rows):
            if i == foot:
                d.line(
                    rng_choice(
                        r, [f"— {page} —", f"- {page} -", f"第 {page} 页 共 {page + 1} 页", f"—{page}—"]
                    )
                )
                if r.random() < 0.4:
                    d.add(pre)
                    emit_row(d, hdr, sep, post + "\n")
            d.add(pre)
            if i == wrapped:
                last = row[-1]
                addr_last = [k for k, s in enumerate(last) if s[1] == "address" and len(s[0]) > 6]
                if addr_last and r.random() < 0.6:
                    k = addr_last[0]
                    t = last[k][0]
                    cut = t.find("村") + 1 if "村" in t[:-2] else len(t) // 2
                    cut = max(2, min(cut, len(t) - 2))
                    row = [*row[:-1], [*last[:k], (t[:cut] + "\n" + t[cut:], "address"), *last[k + 1 :]]]
                    emit_row(d, row, sep, post + "\n")
                else:
                    k = r.randint(2, max(2, len(row) - 1))
                    emit_row(d, row[:k], sep, "\n" + " " * r.randint(0, 8))
                    emit_row(d, row[k:], sep, post + "\n")
            else:
                emit_row(d, row, sep, post + "\n")
    else:
        raise ValueError(layout)


def table_layout(x: Ctx, allow_list: bool = True) -> str:
    r, st = x.rng, x.st
    if st.pdf:
        return rng_choice(r, ["pdf", "pdf", "pipe_pdf"])
    if st.word:
        return rng_choice(r, ["cellline", "tab", "space"])
    opts = ["tab", "space", "pipe", "html", "xlsx", "csv"] + (["numbered", "numbered"] if allow_list else [])
    lay = rng_choice(r, opts)
    if lay == "html":
        st.html = True
    return lay


def num_prefix(x: Ctx) -> Callable[[int], str]:
    k = x.rng.randrange(6)
    return [
        lambda i: f"{i}. ",
        lambda i: f"{i}．",
        lambda i: f"{i}、",
        lambda i: f"（{i}）",
        lambda i: f"{i})",
        lambda i: f"{cn_num(i)}、",
    ][k]


def meta_block(d: Doc, x: Ctx, dept: str, wenhao: str | None, topic: str) -> None:
    r, s = x.rng, x.st
    if r.random() < 0.5:
        return
    d.line(f"索引号{s.c}", NEAR(x.index_no()), f"\t发布机构{s.c}{dept}")
    d.line(f"发布日期{s.c}{x.fdate()}\t主题分类{s.c}{topic}")
    if wenhao:
        d.line(f"文号{s.c}{wenhao}\t公开方式{s.c}主动公开")


def page_footer(d: Doc, x: Ctx) -> None:
    if x.st.pdf and x.rng.random() < 0.6:
        d.line(rng_choice(x.rng, ["— 1 —", "- 2 -", "第 1 页 共 2 页", "—2—"]))


def contact_lines(d: Doc, x: Ctx, office: str) -> None:
    r, s = x.rng, x.st
    off = x.official()
    opts = [
        lambda: d.line(f"联系人{s.c}{off}{s.m}联系电话{s.c}{x.landline(True)}"),
        lambda: d.line(f"监督电话{s.c}{x.landline(True)}{s.lp}{office}{s.rp}  12345政务服务便民热线"),
        lambda: d.line(f"如有异议，请联系{s.c}{office}，联系人{s.c}{off}，电话{s.c}{x.landline(True)}"),
        lambda: d.line(f"咨询电话{s.c}{x.landline(True)}  监督邮箱{s.c}{x.gov_mail()}"),
        lambda: d.line(f"举报电话{s.c}{x.landline(True)}{s.m}邮政编码{s.c}{x.reg.post}"),
    ]
    for f in r.sample(opts, r.randint(1, 3)):
        f()


def sign_off(d: Doc, x: Ctx, dept: str) -> None:
    d.line(dept)
    d.line(x.fdate())


# ---------------------------------------------------------------------------------------------
# family 1: 低保名单


def fam_dibao(x: Ctx) -> Doc:
    r, s = x.rng, x.st
    sub = rng_choice(r, ["农村低保", "城市低保", "特困供养"])
    if sub == "城市低保" and x.reg.kind == "r" and r.random() < 0.5:
        sub = "农村低保"
    d = Doc(f"低保名单/{sub}")
    urban = sub == "城市低保"
    t0 = r.choice(x.towns)
    dept = (
        x.reg.county + "民政局"
        if r.random() < 0.6
        else t0 + ("办事处" if t0.endswith("街道") else "人民政府")
    )
    wenhao = f"{x.short()}民发〔{x.year}〕{r.randint(1, 160)}号"
    month = r.randint(1, 12)
    titles = {
        "农村低保": [
            f"{x.reg.county}{x.year}年{month}月农村最低生活保障对象名单",
            f"{r.choice(x.towns)}{x.year}年第{cn_num(r.randint(1, 4))}季度农村低保新增对象公示名单",
            f"关于{x.year}年{month}月份农村低保保障金发放情况的公示",
        ],
        "城市低保": [
            f"{x.reg.county}{x.year}年{month}月城市最低生活保障金发放花名册",
            f"{r.choice(x.towns)}城市低保对象动态管理结果公示",
        ],
        "特困供养": [
            f"{x.reg.county}{x.year}年度特困人员救助供养对象花名册",
            f"{r.choice(x.towns)}分散供养特困人员名单（{x.year}年{month}月）",
        ],
    }[sub]
    title = r.choice(titles)
    lay = table_layout(x)
    d.line(title)
    meta_block(d, x, dept, wenhao if r.random() < 0.5 else None, "民政、扶贫、救灾\\社会福利")
    para(
        d,
        x,
        rng_choice(
            r,
            [
                f"根据《社会救助暂行办法》和{x.reg.prov}最低生活保障相关规定，经个人申请、入户调查、民主评议和审核确认，"
                f"现将{x.year}年{month}月{sub}对象名单予以公示。",
                f"按照政务公开要求，现将本月{sub}保障对象及保障金发放情况公布如下：",
                f"经乡镇审核、县民政局审批，以下对象纳入{sub}保障范围，公示期7天（{x.year}年{month}月1日至{month}月7日）。",
            ],
        ),
    )
    n = r.randint(3, 6)
    age = (60, 95) if sub == "特困供养" else (28, 86)
    ppl = [x.person(age=age, urban=urban) for _ in range(n)]
    id_mode = rng_choice(r, ["full", "full", "full", "masked", "none"])
    nm_h = rng_choice(r, ["户主姓名", "姓名", "户主", "申请人姓名", "保障对象"])
    id_h = rng_choice(r, ["身份证号码", "身份证号", "公民身份号码", "证件号码"])
    ad_h = rng_choice(r, ["家庭住址", "住址", "居住地址", "家庭地址", "现住址"])
    use15 = sub == "特困供养" and r.random() < 0.4

    def id_cell(p: Person) -> Cell:
        if id_mode == "masked":
            return c(NEAR(mask_id(r, p.idn)))
        if use15 and p.birth.year < 1970 and r.random() < 0.6:
            return c(S("id_card_15", make_id15(r, p.idn[:6], p.birth, p.sex)))
        return c(S("id_card", p.idn))

    def reason(p: Person) -> Cell:
        y = r.random()
        if y < 0.3:
            return c("因病（", H(r.choice(DISEASES)), "）")
        if y < 0.5:
            return c(H(health_word(r)))
        if y < 0.6:
            return c("因残（", H(f"{r.choice(DISAB_TYPES)}残疾{r.choice(GRADES)}"), "）")
        return c(rng_choice(r, ["缺劳动力", "因学", "因病", "年老体弱", "单亲家庭", "因灾"]))

    cols: list[tuple[str, Callable[[Person, int], Cell]]] = [("序号", lambda p, i: c(str(i)))]
    cols.append((nm_h, lambda p, i: c(N(p.name))))
    if r.random() < 0.8:
        cols.append(("性别", lambda p, i: c(p.sex)))
    if sub == "特困供养":
        cols.append(("年龄", lambda p, i: c(str(p.age))))
    if id_mode != "none":
        cols.append((id_h, lambda p, i: id_cell(p)))
    if urban:
        comm = list(x.communities)
        cols.append(("所属社区", lambda p, i: c(r.choice(comm))))
    if sub == "特困供养" and r.random() < 0.5:
        cols.append(("所在村", lambda p, i: c(p.home.place if not urban else r.choice(x.communities))))
    else:
        lv = ("short", "town", "town", "county") if not urban else ("town", "short", "county")
        cols.append((ad_h, lambda p, i: c(A(x.addr_text(p.home, lv)))))
    if sub == "特困供养":
        cols.append(("供养方式", lambda p, i: c(r.choice(["分散供养", "集中供养"]))))
        cols.append(
            (
                rng_choice(r, ["健康状况", "身体状况", "残疾或疾病情况"]),
                lambda p, i: (
                    c(H(health_word(r))) if r.random() < 0.7 else c(r.choice(["健康", "良好", "一般"]))
                ),
            ),
        )
        cols.append(("月供养标准（元）", lambda p, i: c(str(money(r, 600, 1500)))))
    else:
        cols.append(
            (rng_choice(r, ["保障人口", "保障人数", "家庭人口"]), lambda p, i: c(str(r.randint(1, 6))))
        )
        if not urban:
            cols.append(("保障类别", lambda p, i: c(r.choice(["A类", "B类", "C类", "一档", "二档", "三档"]))))
        cols.append(
            (
                rng_choice(r, ["月保障金（元）", "月补助金额", "低保金(元)", "发放金额"]),
                lambda p, i: c(str(money(r, 180, 2400))),
            )
        )
        if r.random() < 0.35:
            cols.append(("致贫原因", lambda p, i: reason(p)))
    if r.random() < 0.25:
        cols.append(("联系电话", lambda p, i: c(S("mobile", fmt_mobile(r, p.mobile)))))
    if sub == "特困供养" and r.random() < 0.4:

        def guardian(p: Person, i: int) -> Cell:
            label, rel = r.choice(
                [("侄子", "子"), ("外甥", "子"), ("儿子", "长子"), ("女儿", "女"), ("侄女", "女")]
            )
            g = x.relative(p, rel)
            return c(N(g.name), f"{s.lp}{label}{s.rp}", r.choice([" ", s.m, "，电话"]), S("mobile", g.mobile))

        cols.append(("监护人及电话", guardian))
    if r.random() < 0.25 and sub == "农村低保":

        def members(p: Person, i: int) -> Cell:
            out: Cell = []
            rels = ["妻" if p.sex == "男" else "夫", "长子", "长女"]
            rels += ["孙子", "孙女"] if p.age > 58 else ["母亲"] if p.age < 50 else []
            for k, rel in enumerate(r.sample(rels, r.randint(1, 2))):
                m = x.relative(p, rel)
                if k:
                    out.append(("、", None))
                out += c(N(m.name), f"{s.lp}{rel}{s.rp}")
            return out

        cols.append(("共同生活家庭成员", members))
    # move the address column last now and then (a PDF's wrapped address cell sits there)
    if r.random() < (0.7 if s.pdf else 0.3):
        ai = next((k for k, col in enumerate(cols) if col[0] == ad_h), None)
        if ai is not None:
            cols.append(cols.pop(ai))
    header = [h for h, _ in cols]
    rows = [[f(p, i + 1) for _, f in cols] for i, p in enumerate(ppl)]
    if lay == "numbered":
        pre = num_prefix(x)
        for i, row in enumerate(rows):
            parts: list[Part] = [pre(i + 1)]
            for k, cell in enumerate(row[1:]):
                h = header[k + 1]
                if k:
                    parts.append(s.m)
                if h in ("保障人口", "保障人数", "家庭人口"):
                    parts += [h, *cell, "人"]
                elif "金" in h or "标准" in h:
                    parts += [re.split(r"[（(]", h)[0], *cell, "元"]
                elif h == "年龄":
                    parts += [*cell, "岁"]
                elif h == "联系电话":
                    parts += ["电话", *cell]
                else:
                    parts += cell
            parts.append(r.choice(["；", "。", ""]))
            d.line(*parts)
    else:
        render_table(d, x, header, rows, lay, title)
    page_footer(d, x)
    total = sum(money(r, 500, 3000) for _ in ppl)
    para(d, x, f"本期共保障{len(ppl)}户{len(ppl) + r.randint(2, 9)}人，发放保障金{total}元。")
    if r.random() < 0.3:
        note = x.person(urban=urban)
        para(d, x, "另：", N(note.name), f"户因家庭收入超过保障标准，自{x.year}年{month}月起停发低保金。")
    para(d, x, "公示期间，如有异议，请向乡镇（街道）民政办或县民政局实名反映。")
    contact_lines(d, x, dept)
    sign_off(d, x, dept)
    return d


# ---------------------------------------------------------------------------------------------
# family 2: 行政处罚决定书


def party_block(d: Doc, x: Ctx, p: Person, role: str, extra: list[tuple[str, Part]], prose: bool) -> None:
    """The party's particulars, as label lines or as one sentence."""
    r, s = x.rng, x.st
    home_lv = ("full", "county", "county", "town")
    if prose:
        parts: list[Part] = [f"{role}{s.c if r.random() < 0.5 else ''}", N(p.name), s.m, p.sex, s.m]
        if r.random() < 0.6:
            parts += [f"{p.eth}族", s.m]
        parts += [
            f"{p.birth.year}年{p.birth.month}月{p.birth.day}日出生" if r.random() < 0.5 else f"{p.age}岁",
            s.m,
        ]
        parts += [rng_choice(r, ["身份证号码", "公民身份号码", "身份证号"]), S("id_card", p.idn), s.m]
        parts += [rng_choice(r, ["住", "住址：", "户籍地：", "家住"]), A(x.addr_text(p.home, home_lv))]
        for lbl, val in extra:
            parts += [s.m, lbl, val]
        parts.append("。")
        para(d, x, *parts)
        return
    d.line(f"{role}{s.c}", N(p.name))
    line2 = f"性别{s.c}{p.sex}"
    if r.random() < 0.6:
        line2 += f"    民族{s.c}{p.eth}族"
    if r.random() < 0.6:
        line2 += f"    出生日期{s.c}{x.fdate(p.birth)}"
    d.line(line2)
    d.line(rng_choice(r, ["身份证号码", "公民身份号码", "身份证件号码"]) + s.c, S("id_card", p.idn))
    d.line(rng_choice(r, ["住址", "住所", "家庭住址", "现住址"]) + s.c, A(x.addr_text(p.home, home_lv)))
    for lbl, val in extra:
        d.line(lbl, val)


def appeal(d: Doc, x: Ctx) -> None:
    r = x.rng
    para(
        d,
        x,
        f"如不服本处罚决定，可以在收到本决定书之日起六十日内向{x.reg.county}人民政府申请行政复议，"
        f"也可以在六个月内依法向{x.reg.county}人民法院提起行政诉讼。"
        "申请行政复议或者提起行政诉讼的，行政处罚不停止执行。",
    )
    if r.random() < 0.5:
        para(
            d,
            x,
            "当事人应当自收到本决定书之日起十五日内，持《非税收入缴款通知书》到"
            f"{r.choice(['中国农业银行', '中国工商银行', '农村商业银行', '中国建设银行'])}"
            f"{x.reg.county}支行缴纳罚没款（缴款码",
            NEAR("".join(r.choice("0123456789") for _ in range(20))),
            "）。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
        )


def fam_penalty(x: Ctx) -> Doc:
    r, s = x.rng, x.st
    sub = rng_choice(r, ["市场监管", "市场监管", "交通运输", "城管执法", "公安治安", "生态环境", "双公示"])
    d = Doc(f"处罚决定书/{sub}")
    c0 = x.short()
    dept, code = {
        "市场监管": (f"{x.reg.county}市场监督管理局", f"{c0}市监处罚"),
        "交通运输": (f"{x.reg.county}交通运输局", f"{c0}交罚决字"),
        "城管执法": (f"{x.reg.county}综合行政执法局", f"{c0}综执罚决字"),
        "公安治安": (f"{x.reg.county}公安局", f"{c0}公（治）行罚决字"),
        "生态环境": (f"{x.reg.city or x.reg.prov}生态环境局{x.reg.county}分局", f"{c0}环罚字"),
        "双公示": (f"{x.reg.county}市场监督管理局", f"{c0}市监处罚"),
    }[sub]
    wenhao = f"{code}〔{x.year}〕{r.randint(1, 450)}号"
    if sub == "双公示":
        return penalty_table(d, x, dept, code)
    d.line(dept)
    d.line(
        rng_choice(
            r, ["行政处罚决定书", "行 政 处 罚 决 定 书", "当场行政处罚决定书", "行政处罚决定书（公开版）"]
        )
    )
    d.line(wenhao)
    meta_block(d, x, dept, None, "市场监管、安全生产监管\\其他")
    prose = r.random() < 0.4
    p = x.person(age=(20, 70))
    o1, o2 = x.official(), x.official()
    badge = f"{x.reg.code}{r.randint(10000, 99999)}"
    wd = x.date()
    when = f"{wd.year}年{wd.month}月{wd.day}日"
    if sub == "市场监管":
        brand = r.choice(["鑫源", "惠民", "兴旺", "福瑞", "好又多", "百姓", "老街"])
        trade = r.choice(["便利店", "商行", "餐馆", "副食店", "药店", "五金部"])
        shop = f"{x.reg.county}{r.choice(x.towns)}{brand}{trade}"
        d.line(f"当事人{s.c}{shop}")
        d.line(f"主体类型{s.c}个体工商户")
        d.line(f"统一社会信用代码{s.c}", NEAR(x.credit("92")))
        d.line(f"经营场所{s.c}{x.shop_addr()}")
        party_block(
            d,
            x,
            p,
            rng_choice(r, ["经营者", "经营者姓名", "负责人（经营者）"]),
            [(f"联系电话{s.c}", S("mobile", fmt_mobile(r, p.mobile)))] if r.random() < 0.7 else [],
            prose,
        )
        goods = rng_choice(
            r,
            [
                "超过保质期的乳制品",
                "未标明生产日期的散装白酒",
                "标签不符合规定的预包装食品",
                "无合格证明的电动自行车头盔",
                "过期的处方药品",
            ],
        )
        para(
            d,
            x,
            f"{when}，本局执法人员{o1}、{o2}（执法证号",
            NEAR(badge),
            f"）对当事人位于{x.shop_addr()}的经营场所进行检查，"
            f"发现当事人经营{goods}，货值金额{money(r, 50, 5000)}元。经查，当事人经营者",
            N(p.name),
            f"对上述事实供认不讳，违法所得{money(r, 10, 900)}元。",
        )
        ev: list[Part] = [
            "1.当事人营业执照复印件及经营者",
            N(p.name),
            "身份证复印件；2.现场笔录；3.询问笔录；",
        ]
        if r.random() < 0.5:
            w = x.person(age=(20, 60))
            ev += ["4.证人", N(w.name), f"{s.lp}联系电话", S("mobile", w.mobile), f"{s.rp}的证言；"]
        else:
            ev += [f"4.消费者{mask_name(r, x.han(r.choice('男女')))}的投诉材料；"]
        para(d, x, "上述事实有以下证据为证：", *ev)
        para(
            d,
            x,
            f"{x.fdate()}，本局向当事人送达了《行政处罚告知书》，当事人",
            N(p.name),
            "在法定期限内未提出陈述、申辩。",
        )
        para(
            d,
            x,
            "依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项的规定，"
            f"决定：1.没收违法所得；2.罚款人民币{money(r, 1000, 50000, 500)}元。",
        )
    elif sub == "交通运输":
        pl = plate(r, x.reg.plate)
        extra: list[tuple[str, Part]] = [(f"联系电话{s.c}", S("mobile", fmt_mobile(r, p.mobile)))]
        if r.random() < 0.5:
            extra.append(
                (rng_choice(r, ["从业资格证号", "驾驶证号", "机动车驾驶证号"]) + s.c, S("id_card", p.idn))
            )
        extra.append((rng_choice(r, ["车辆号牌", "车牌号码", "车辆牌照号"]) + s.c, S("license_plate", pl)))
        party_block(d, x, p, "当事人", extra, prose)
        owner_company = r.random() < 0.4
        ow: Person | None = None
        if owner_company:
            d.line(f"车辆所有人{s.c}{x.reg.county}{r.choice(['通达', '顺安', '鸿运'])}物流有限公司")
        else:
            ow = x.person(age=(25, 70))
            d.line(f"车辆所有人{s.c}", N(ow.name), f"{s.m}联系电话{s.c}", S("mobile", ow.mobile))
        road = rng_choice(
            r,
            [
                f"G{r.randint(100, 340)}线K{r.randint(10, 999)}+{r.randint(0, 9)}00处",
                f"{x.reg.county}{r.choice(ROADS)}与{r.choice(ROADS)}交叉口",
                f"S{r.randint(101, 320)}线{r.choice(x.towns)}路段",
            ],
        )
        veh = rng_choice(r, ["小型普通客车", "重型半挂牵引车", "轻型厢式货车", "中型普通客车"])
        owner_note: list[Part] = ["经查，该车辆登记所有人为", N(ow.name), "。"] if ow else []
        trailer: list[Part] = []
        if veh == "重型半挂牵引车" and r.random() < 0.6:
            tp = x.reg.plate + "".join(r.choice("0123456789") for _ in range(4)) + "挂"
            trailer = ["（挂车号牌", S("license_plate", tp), "）"]
        para(
            d,
            x,
            f"{when}{r.randint(8, 18)}时许，执法人员{o1}、{o2}在{road}依法检查时发现，当事人",
            N(p.name),
            "驾驶",
            S("license_plate", pl),
            f"号{veh}",
            *trailer,
            rng_choice(
                r,
                [
                    "未取得道路运输经营许可，擅自从事道路旅客运输经营",
                    "车货总重超过规定标准从事超限运输",
                    "未随车携带道路运输证",
                ],
            ),
            "。",
            *owner_note,
        )
        para(
            d,
            x,
            f"以上事实有现场笔录、询问笔录、车辆照片{r.randint(2, 9)}张及检测单（编号",
            NEAR(f"JC{x.year}{r.randint(100000, 999999)}"),
            "）为证。",
        )
        para(
            d,
            x,
            "依据《中华人民共和国道路运输条例》第六十三条的规定，"
            f"决定给予罚款人民币{money(r, 2000, 30000, 1000)}元的行政处罚。",
        )
    elif sub == "城管执法":
        tel: Seg = S("mobile", fmt_mobile(r, p.mobile)) if r.random() < 0.7 else S("landline", x.landline())
        party_block(d, x, p, "当事人", [(f"联系电话{s.c}", tel)] if r.random() < 0.7 else [], prose)
        spot = x.addr_text(p.home, ("town", "short"))
        para(
            d,
            x,
            "经查，当事人",
            N(p.name),
            "未取得建设工程规划许可证，于",
            f"{x.year}年{r.randint(1, 9)}月",
            "在",
            A(spot),
            rng_choice(
                r, ["院内擅自搭建彩钢结构房屋", "房屋顶部加盖砖混结构房屋一层", "门前擅自搭建钢架雨棚"]
            ),
            f"，占地面积约{r.randint(12, 180)}平方米。",
        )
        if r.random() < 0.6:
            nb = [x.person() for _ in range(2)]
            para(
                d,
                x,
                "该建筑四至：东至",
                N(nb[0].name),
                "宅基地，西至村道，南至",
                N(nb[1].name),
                "房屋，北至空地。",
            )
        para(
            d,
            x,
            f"依据《中华人民共和国城乡规划法》第六十四条，决定：责令当事人于{x.fdate()}前自行拆除违法建设，"
            f"并处罚款{money(r, 1000, 20000, 500)}元。",
        )
    elif sub == "公安治安":
        extra = [(f"联系电话{s.c}", S("mobile", fmt_mobile(r, p.mobile)))] if r.random() < 0.5 else []
        if r.random() < 0.4:
            cur = x.addr(urban=True)
            extra.append(
                (rng_choice(r, ["暂住地", "实际居住地"]) + s.c, A(x.addr_text(cur, ("county", "town"))))
            )
        party_block(d, x, p, rng_choice(r, ["违法行为人", "违法嫌疑人", "被处罚人"]), extra, prose)
        v = x.person(age=(18, 70))
        inj = r.choice(INJURIES)
        named = r.random() < 0.7
        victim: list[Part] = [N(v.name)] if named else [mask_name(r, v.name)]
        para(
            d,
            x,
            f"现查明：{when}{r.randint(0, 23)}时许，违法行为人",
            N(p.name),
            rng_choice(
                r,
                [
                    f"在{r.choice(x.towns)}{r.choice(ESTATES)}停车场",
                    f"在{x.reg.county}{r.choice(ROADS)}某烧烤店内",
                    "在其家门口",
                ],
            ),
            "因琐事与",
            *victim,
            "发生口角，后用拳头殴打",
            *victim,
            "面部，致",
            *victim,
            H(inj) if named else inj,
            "，经鉴定为轻微伤。",
        )
        if named and r.random() < 0.5:
            para(
                d,
                x,
                "被侵害人",
                N(v.name),
                f"{s.m}{v.sex}{s.m}{v.age}岁{s.m}联系电话{s.c}",
                S("mobile", v.mobile),
                "。",
            )
        para(
            d,
            x,
            "以上事实有违法行为人陈述和申辩、被侵害人陈述、证人证言、"
            f"鉴定意见（{c0}公鉴〔{x.year}〕{r.randint(1, 200)}号）等证据证实。",
        )
        para(
            d,
            x,
            "根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，现决定对",
            N(p.name),
            f"处以行政拘留{r.randint(3, 10)}日并处罚款{r.choice([200, 300, 500])}元。",
        )
        para(d, x, f"执行方式和期限：送{x.reg.county}拘留所执行。")
    else:  # 生态环境
        if r.random() < 0.5:
            party_block(d, x, p, "当事人", [(f"联系电话{s.c}", S("mobile", fmt_mobile(r, p.mobile)))], prose)
            farm = f"{p.home.place}{rng_choice(r, ['北侧', '东头', '南梁', '西滩', '河边'])}"
            para(
                d,
                x,
                f"{when}，我局执法人员{o1}、{o2}对当事人",
                N(p.name),
                f"在{farm}经营的{r.choice(['生猪', '肉牛', '肉羊', '蛋鸡'])}养殖场进行现场检查，"
                "发现该养殖场未配套建设粪污处理设施，养殖废水直排至附近沟渠，"
                f"存栏约{r.randint(80, 900)}头（只）。",
            )
        else:
            brand = r.choice(["恒达", "宏远", "金泰", "瑞丰", "西部"])
            trade = r.choice(["建材", "化工", "再生资源", "砂石", "汽车维修"])
            co = f"{x.reg.city or x.reg.county}{brand}{trade}有限公司"
            d.line(f"当事人{s.c}{co}")
            d.line(f"统一社会信用代码{s.c}", NEAR(x.credit("91")))
            d.line(f"法定代表人{s.c}{x.official()}")
            d.line(f"住所{s.c}{x.shop_addr()}")
            e = x.person(age=(22, 60))
            para(
                d,
                x,
                f"{when}，我局执法人员对你公司进行现场检查，公司员工",
                N(e.name),
                f"{s.lp}联系电话",
                S("mobile", fmt_mobile(r, e.mobile)),
                f"{s.rp}在场。经查，你公司",
                rng_choice(
                    r,
                    words(
                        "破碎生产线未配套除尘设施 危险废物（废机油）未按规定贮存 露天堆放物料未采取防尘措施"
                    ),
                ),
                "，违反了《中华人民共和国大气污染防治法》第四十八条的规定。",
                N(e.name),
                "在现场检查笔录上签字确认。",
            )
        para(
            d,
            x,
            "以上事实有现场检查（勘察）笔录、调查询问笔录、现场照片等证据为凭。"
            f"决定罚款人民币{money(r, 10000, 200000, 1000)}元。",
        )
    appeal(d, x)
    page_footer(d, x)
    sign_off(d, x, dept)
    if r.random() < 0.4:
        para(
            d,
            x,
            f"（执法人员{s.c}{o1}、{o2}  执法证号{s.c}",
            NEAR(badge),
            f"  联系电话{s.c}{x.landline(True)}）",
        )
    return d


def penalty_table(d: Doc, x: Ctx, dept: str, code: str) -> Doc:
    r = x.rng
    lay = table_layout(x, allow_list=False)
    title = f"{dept}{x.year}年{r.randint(1, 12)}月行政处罚信息公示"
    d.line(title)
    para(
        d,
        x,
        "根据国家关于行政许可和行政处罚等信用信息公示工作的要求，现将本局作出的行政处罚决定信息公示如下：",
    )
    header = [
        "序号",
        "行政相对人名称",
        "行政相对人类别",
        rng_choice(r, ["统一社会信用代码/身份证号", "证件号码", "信用代码或身份证号"]),
        "法定代表人（负责人）",
        "处罚决定书文号",
        "违法行为类型",
        "处罚内容",
        "处罚决定日期",
    ]
    rows: list[list[Cell]] = []
    masked = r.random() < 0.3
    for i in range(r.randint(4, 7)):
        kind = r.choice(["自然人", "个体工商户", "法人", "个体工商户"])
        no = f"{code}〔{x.year}〕{r.randint(1, 450)}号"
        bad = r.choice(
            ["销售过期食品", "未明码标价", "无照经营", "虚假宣传", "计量器具未检定", "销售不合格商品"]
        )
        fine = f"罚款{money(r, 500, 30000, 100)}元"
        if kind == "自然人":
            p = x.person(age=(20, 70))
            idc: Cell = c(NEAR(mask_id(r, p.idn))) if masked else c(S("id_card", p.idn))
            rows.append(
                [c(str(i + 1)), c(N(p.name)), c(kind), idc, c(""), c(no), c(bad), c(fine), c(x.fdate())]
            )
        elif kind == "个体工商户":
            p = x.person(age=(20, 70))
            brand = r.choice(["鑫源", "惠民", "兴旺", "福瑞", "阿里木", "老街", "鸿福"])
            shop = f"{x.reg.county}{brand}{r.choice(['便利店', '商行', '餐馆', '药店', '烟酒店'])}"
            rows.append(
                [
                    c(str(i + 1)),
                    c(shop),
                    c(kind),
                    c(NEAR(x.credit("92"))),
                    c(N(p.name)),
                    c(no),
                    c(bad),
                    c(fine),
                    c(x.fdate()),
                ]
            )
        else:
            brand = r.choice(["恒达", "宏远", "金泰", "瑞丰", "西部", "天成"])
            co = f"{x.reg.county}{brand}{r.choice(['商贸', '食品', '医药', '农业科技'])}有限公司"
            rows.append(
                [
                    c(str(i + 1)),
                    c(co),
                    c(kind),
                    c(NEAR(x.credit("91"))),
                    c(x.official()),
                    c(no),
                    c(bad),
                    c(fine),
                    c(x.fdate()),
                ]
            )
    render_table(d, x, header, rows, lay, title)
    page_footer(d, x)
    contact_lines(d, x, dept)
    sign_off(d, x, dept)
    return d


# ---------------------------------------------------------------------------------------------
# family 3: 公示


def fam_gongshi(x: Ctx) -> Doc:
    r = x.rng
    sub = rng_choice(r, ["补贴", "补贴", "资格", "资格", "评审", "评审", "拆迁", "拆迁", "录用"])
    d = Doc(f"公示/{sub}")
    {"补贴": gs_subsidy, "资格": gs_eligibility, "评审": gs_review, "拆迁": gs_demolition, "录用": gs_hiring}[
        sub
    ](d, x)
    return d


def gs_head(d: Doc, x: Ctx, title: str, dept: str, intro: str) -> None:
    d.line(title)
    meta_block(d, x, dept, None, "民政、扶贫、救灾\\其他")
    para(d, x, intro)


def gs_tail(d: Doc, x: Ctx, dept: str) -> None:
    r, s = x.rng, x.st
    page_footer(d, x)
    d0 = x.date()
    para(
        d,
        x,
        f"公示时间{s.c}{x.fdate(d0)}至{x.fdate(d0 + dt.timedelta(days=r.choice([7, 9, 14])))}"
        f"（{r.choice(['5', '7', '10'])}个工作日）。公示期间，任何单位和个人如有异议，"
        "可通过来电、来信、来访等方式向我单位反映，反映情况要实事求是，以真实姓名反映。",
    )
    contact_lines(d, x, dept)
    sign_off(d, x, dept)


def gs_subsidy(d: Doc, x: Ctx) -> None:
    r, s = x.rng, x.st
    kind = rng_choice(r, ["高龄", "两项补贴", "耕地", "农机"])
    town = r.choice(x.towns)
    dept = town + "人民政府" if kind != "农机" else f"{x.reg.county}农业农村局"
    lay = table_layout(x)
    rows: list[list[Cell]] = []
    n = r.randint(3, 6)
    if kind == "高龄":
        title = f"{town}{x.year}年{r.randint(1, 12)}月高龄老人生活补贴发放名单公示"
        header = [
            "序号",
            "姓名",
            "性别",
            "出生年月",
            "年龄",
            rng_choice(r, ["村组", "住址", "家庭住址"]),
            "补贴标准（元/月）",
        ]
        for i in range(n):
            p = x.person(age=(80, 101), urban=False, town=town)
            rows.append(
                [
                    c(str(i + 1)),
                    c(N(p.name)),
                    c(p.sex),
                    c(f"{p.birth.year}.{p.birth.month:02d}"),
                    c(str(p.age)),
                    c(A(x.addr_text(p.home, ("short", "short", "town")))),
                    c(str(r.choice([100, 200, 300, 500]))),
                ]
            )
    elif kind == "两项补贴":
        title = f"{x.reg.county}{x.year}年困难残疾人生活补贴和重度残疾人护理补贴拟享受对象公示"
        header = [
            "序号",
            "姓名",
            "性别",
            "残疾人证号",
            "残疾类别及等级",
            "补贴类型",
            "所在乡镇",
            "金额（元）",
        ]
        for i in range(n):
            p = x.person(age=(8, 80))
            cat = r.choice(DISAB_TYPES)
            g = r.randint(1, 4)
            cert = p.idn.upper() + str(DISAB_TYPES.index(cat) + 1) + str(g)
            rows.append(
                [
                    c(str(i + 1)),
                    c(N(p.name)),
                    c(p.sex),
                    c(S("id_card", cert[:18]), cert[18:]),
                    c(
                        H(
                            rng_choice(
                                r,
                                [
                                    f"{cat}{GRADES[g - 1]}",
                                    f"{cat}残疾{GRADES[g - 1]}",
                                    f"{GRADES[g - 1]}{cat}",
                                ],
                            )
                        )
                    ),
                    c(r.choice(["生活补贴", "护理补贴", "生活补贴、护理补贴"])),
                    c(p.home.town),
                    c(str(money(r, 60, 300))),
                ]
            )
    elif kind == "耕地":
        title = f"{town}{x.year}年耕地地力保护补贴发放明细公示"
        header = [
            "序号",
            "户主姓名",
            rng_choice(r, ["身份证号", "身份证号码"]),
            rng_choice(r, ["一卡通账号", "社保卡号", "补贴发放账号", "银行卡号"]),
            "补贴面积（亩）",
            "补贴金额（元）",
        ]
        for i in range(n):
            p = x.person(age=(30, 80), urban=False, town=town)
            area = r.randint(20, 600) / 10
            rows.append(
                [
                    c(str(i + 1)),
                    c(N(p.name)),
                    c(S("id_card", p.idn)),
                    c(S("bank_card", fmt_card(r, bank_card(r)))),
                    c(f"{area:.1f}"),
                    c(f"{area * r.choice([72.5, 95.2, 110.0]):.2f}"),
                ]
            )
        if r.random() < 0.4:
            header.insert(2, "农户编码")
            for row in rows:
                row.insert(
                    2, c(NEAR(f"{x.reg.code}{r.randint(100, 299)}{r.randint(100, 299)}{r.randint(100, 999)}"))
                )
    else:
        title = f"{x.reg.county}{x.year}年农机购置与应用补贴资金兑付情况公示（第{cn_num(r.randint(1, 6))}批）"
        header = ["序号", "购机者姓名", "所在乡镇", "所在村组", "机具品目", "出厂编号", "补贴额（元）"]
        for i in range(n):
            p = x.person(age=(25, 70), urban=False)
            rows.append(
                [
                    c(str(i + 1)),
                    c(N(p.name)),
                    c(p.home.town),
                    c(A(p.home.short())),
                    c(r.choice(["轮式拖拉机", "谷物联合收割机", "旋耕机", "青饲料收获机", "植保无人机"])),
                    c(NEAR(f"{r.choice(['LX', 'DF', 'WD', 'YT'])}{x.year}{r.randint(100000, 999999)}")),
                    c(str(money(r, 800, 60000, 100))),
                ]
            )
    gs_head(
        d,
        x,
        title,
        dept,
        rng_choice(
            r,
            [
                f"根据{x.reg.prov}相关政策规定，经村级申报、乡镇审核，现"
                f"将{title[len(town) :] if title.startswith(town) else '有关'}情况予以公示。",
                "现将有关名单公示如下，接受社会监督：",
            ],
        ),
    )
    if lay == "numbered":
        pre = num_prefix(x)
        for i, row in enumerate(rows):
            parts: list[Part] = [pre(i + 1)]
            for k, cell in enumerate(row[1:]):
                if k:
                    parts.append(s.m if r.random() < 0.8 else " ")
                parts += cell
            d.line(*parts, "；")
    else:
        render_table(d, x, header, rows, lay, title)
    gs_tail(d, x, dept)


def gs_eligibility(d: Doc, x: Ctx) -> None:
    r, s = x.rng, x.st
    kind = rng_choice(r, ["公租房", "教育资助", "临时救助"])
    if kind == "公租房":
        dept = f"{x.reg.county}住房保障中心"
        gs_head(
            d,
            x,
            f"{x.reg.county}{x.year}年第{cn_num(r.randint(1, 4))}批公共租赁住房保障资格审核结果公示",
            dept,
            "经申请人申请、街道（乡镇）初审、住房保障部门复审，以下家庭符合公共租赁住房保障条件，现予公示：",
        )
        pre = num_prefix(x)
        for i in range(r.randint(2, 4)):
            p = x.person(age=(25, 70), urban=True)
            parts: list[Part] = [pre(i + 1), "申请人" + s.c, N(p.name)]
            co = [x.relative(p, rel) for rel in r.sample(["妻", "夫", "子", "女", "母亲"], r.randint(0, 2))]
            if co:
                parts += [s.m, "共同申请人" + s.c]
                for k, m in enumerate(co):
                    rel = (
                        "配偶"
                        if m.sex != p.sex and abs(m.age - p.age) < 12
                        else "子女"
                        if m.age < p.age
                        else "父母"
                    )
                    parts += (["、"] if k else []) + [N(m.name), f"{s.lp}{rel}{s.rp}"]
            parts += [
                s.m,
                rng_choice(r, ["现住址", "现居住地址", "户籍地址"]) + s.c,
                A(x.addr_text(p.home, ("county", "town", "town"))),
            ]
            parts += [s.m, f"家庭人口{len(co) + 1}人{s.m}人均月收入{money(r, 300, 2000)}元"]
            if r.random() < 0.4:
                parts += [s.m, "申请人", H(health_word(r))]
            parts += [s.m, r.choice(["拟实物配租。", "拟发放租赁补贴。", "符合保障条件。"])]
            para(d, x, *parts)
    elif kind == "教育资助":
        school = x.reg.county + r.choice(words("第一 第二 实验 民族")) + r.choice(words("中学 小学 职业中学"))
        dept = school
        gs_head(
            d,
            x,
            f"{school}{x.year}—{x.year + 1}学年家庭经济困难学生资助名单公示",
            dept,
            "根据学生资助有关规定，经班级评议、学校审核，现将拟资助学生名单公示如下：",
        )
        lay = table_layout(x)
        header = ["序号", "学生姓名", "性别", "年级", "家庭经济困难类型", "监护人", "资助金额（元）"]
        rows: list[list[Cell]] = []
        for i in range(r.randint(3, 6)):
            g = x.person(age=(30, 55), urban=r.random() < 0.5)
            kid = x.relative(g, r.choice(["子", "女"]))
            kid_age = r.randint(7, 17)
            t = r.choice(["脱贫家庭", "低保家庭", "特困供养", "残疾人家庭", "防返贫监测户"])
            tcell: Cell = c(t)
            if r.random() < 0.25:
                tcell = c("学生本人", H(f"{r.choice(DISAB_TYPES)}残疾{r.choice(GRADES)}"))
            rows.append(
                [
                    c(str(i + 1)),
                    c(N(kid.name)),
                    c(kid.sex),
                    c(
                        f"{cn_num(max(1, kid_age - 6))}年级"
                        if kid_age < 13
                        else f"高{cn_num(kid_age - 14) if kid_age > 14 else '一'}"
                    ),
                    tcell,
                    c(N(g.name)),
                    c(str(r.choice([500, 1000, 1250, 2000]))),
                ]
            )
        if lay == "numbered":
            pre = num_prefix(x)
            for i, row in enumerate(rows):
                d.line(
                    pre(i + 1),
                    *row[1],
                    s.m,
                    *row[2],
                    s.m,
                    *row[3],
                    s.m,
                    *row[4],
                    s.m,
                    "监护人",
                    *row[5],
                    s.m,
                    *row[6],
                    "元；",
                )
        else:
            render_table(d, x, header, rows, lay)
    else:
        dept = r.choice(x.towns) + "人民政府"
        gs_head(
            d,
            x,
            f"{dept[:-4]}{x.year}年临时救助对象资格审核公示",
            dept,
            "经本人申请、村（居）委会评议、乡镇审核，以下人员符合临时救助条件：",
        )
        pre = num_prefix(x)
        for i in range(r.randint(3, 5)):
            p = x.person(age=(20, 85), urban=False)
            parts = [
                pre(i + 1),
                N(p.name),
                s.m,
                p.sex,
                s.m,
                f"{p.age}岁",
                s.m,
                rng_choice(r, ["家住", "住", "住址："]),
                A(x.addr_text(p.home, ("short", "town"))),
                s.m,
                rng_choice(r, ["因患", "本人患", "家中主要劳动力患", "因"]),
                H(r.choice(DISEASES + INJURIES)),
                f"住院治疗，自付医疗费用{money(r, 5000, 90000, 100)}元",
                s.m,
                f"拟救助{money(r, 1000, 10000, 100)}元。",
            ]
            para(d, x, *parts)
    gs_tail(d, x, dept)


def gs_review(d: Doc, x: Ctx) -> None:
    r, s = x.rng, x.st
    town = r.choice(x.towns)
    dept = town + "人民政府"
    kind = rng_choice(r, ["危房改造", "低保评议"])
    if kind == "危房改造":
        gs_head(
            d,
            x,
            f"{town}{x.year}年农村危房改造对象评审结果公示",
            dept,
            "经农户申请、村民代表会议评议、房屋安全鉴定和乡镇审核，现将拟列入改造计划的对象公示如下：",
        )
        lay = table_layout(x)
        header = [
            "序号",
            "户主姓名",
            "家庭人口",
            rng_choice(r, ["住址", "房屋地址", "家庭住址"]),
            "户类型",
            "鉴定等级",
            "改造方式",
            "补助资金（元）",
        ]
        rows: list[list[Cell]] = []
        for i in range(r.randint(3, 6)):
            p = x.person(age=(35, 88), urban=False, town=town)
            typ: Cell = c(r.choice(["低保户", "分散供养特困户", "低收入户", "防返贫监测户"]))
            if r.random() < 0.3:
                hw = health_word(r)
                typ = c("大病家庭（" if hw in DISEASES else "残疾人家庭（", H(hw), "）")
            rows.append(
                [
                    c(str(i + 1)),
                    c(N(p.name)),
                    c(str(r.randint(1, 6))),
                    c(A(x.addr_text(p.home, ("short", "town")))),
                    typ,
                    c(r.choice(["C级", "D级"])),
                    c(r.choice(["拆除重建", "维修加固"])),
                    c(str(money(r, 10000, 45000, 1000))),
                ]
            )
        if lay == "numbered":
            pre = num_prefix(x)
            for i, row in enumerate(rows):
                d.line(
                    pre(i + 1),
                    *row[1],
                    s.m,
                    "家庭人口",
                    *row[2],
                    "人",
                    s.m,
                    *row[3],
                    s.m,
                    *row[4],
                    s.m,
                    "房屋鉴定为",
                    *row[5],
                    s.m,
                    *row[6],
                    "。",
                )
        else:
            render_table(d, x, header, rows, lay)
    else:
        gs_head(
            d,
            x,
            f"{town}{x.year}年第{cn_num(r.randint(1, 4))}季度低保对象民主评议结果公示",
            dept,
            f"{x.fdate()}，各村（社区）召开民主评议会议，对申请对象进行了评议，结果如下：",
        )
        for v in r.sample(x.villages[town], 2):
            para(d, x, f"{v}：")
            for _ in range(r.randint(1, 3)):
                p = x.person(age=(30, 85), urban=False, town=town)
                agree = r.randint(15, 40)
                bits: list[Part] = [N(p.name), "户", s.m, "家庭人口", f"{r.randint(1, 6)}人", s.m]
                if r.random() < 0.6:
                    bits += [
                        r.choice(["户主", "本人", "妻子", "儿子"]),
                        rng_choice(r, ["患", "患有", "系", "因病致"]),
                        H(health_word(r)),
                        s.m,
                    ]
                bits += [
                    f"同意{agree}票{s.m}不同意{r.randint(0, 5)}票{s.m}",
                    r.choice(["评议通过", "拟纳入低保", "未通过"]),
                    "；",
                ]
                para(d, x, *bits)
    gs_tail(d, x, dept)


def gs_demolition(d: Doc, x: Ctx) -> None:
    r, s = x.rng, x.st
    proj = r.choice(words("城东 北关 滨河 老城区 火车站片区")) + r.choice(
        words("棚户区改造 道路拓宽工程 旧城改造项目")
    )
    dept = f"{x.reg.county}房屋征收与补偿管理办公室"
    urban = r.random() < 0.5
    gs_head(
        d,
        x,
        f"{proj}国有土地上房屋征收分户补偿情况公示" if urban else f"{proj}集体土地征收补偿安置公示",
        dept,
        f"根据《{'国有土地上房屋征收与补偿条例' if urban else '中华人民共和国土地管理法'}》及{x.reg.county}"
        f"人民政府征收决定（{x.short()}政发〔{x.year}〕{r.randint(1, 90)}号），现将分户补偿情况公示如下：",
    )
    lay = table_layout(x)
    header = [
        "序号",
        "被征收人",
        rng_choice(r, ["房屋坐落", "房屋坐落位置", "坐落"]),
        "证载面积（㎡）",
        "补偿金额（元）",
        "安置方式",
    ]
    co_col = r.random() < 0.4
    if co_col:
        header.insert(2, "共有人")
    rows: list[list[Cell]] = []
    for i in range(r.randint(3, 6)):
        p = x.person(age=(30, 85), urban=urban)
        row = [
            c(str(i + 1)),
            c(N(p.name)),
            c(A(x.addr_text(p.home, ("town", "short", "county")))),
            c(f"{r.randint(400, 3000) / 10:.1f}"),
            c(f"{money(r, 80000, 2000000, 100)}"),
            c(r.choice(["货币补偿", "产权调换", "货币补偿+产权调换"])),
        ]
        if co_col:
            m = x.relative(p, r.choice(["妻", "夫", "子"]))
            row.insert(2, c(N(m.name)) if r.random() < 0.8 else c("—"))
        rows.append(row)
    if lay == "numbered":
        pre = num_prefix(x)
        for i, row in enumerate(rows):
            parts: list[Part] = [pre(i + 1), "被征收人", *row[1]]
            k = 2
            if co_col:
                parts += [s.m, "共有人", *row[2]]
                k = 3
            parts += [
                s.m,
                "房屋坐落",
                *row[k],
                s.m,
                "面积",
                *row[k + 1],
                "平方米",
                s.m,
                "补偿",
                *row[k + 2],
                "元。",
            ]
            d.line(*parts)
    else:
        render_table(d, x, header, rows, lay)
    if r.random() < 0.5:
        para(
            d,
            x,
            f"房屋征收实施单位{s.c}{x.reg.county}{r.choice(['城投', '城建'])}开发有限公司，评估机"
            f"构{s.c}{x.reg.city or x.reg.prov}{r.choice(['正信', '中衡'])}"
            "房地产估价有限公司（统一社会信用代码",
            NEAR(x.credit("91")),
            "）。",
        )
    gs_tail(d, x, dept)


def gs_hiring(d: Doc, x: Ctx) -> None:
    """Names here are published by design: nothing is labelled but what slips in elsewhere."""
    r, s = x.rng, x.st
    commend = r.random() < 0.4
    dept = f"{x.reg.county}人力资源和社会保障局" if not commend else f"中共{x.reg.county}委员会"
    if commend:
        gs_head(
            d,
            x,
            f"关于拟表彰{x.year}年度优秀共产党员和优秀党务工作者的公示",
            dept,
            "经基层党组织推荐、县委组织部审核，现将拟表彰对象予以公示：",
        )
        header = ["序号", "姓名", "性别", "单位及职务"]
    else:
        gs_head(
            d,
            x,
            f"{x.reg.county}{x.year}年公开招聘事业单位工作人员拟聘用人员名单公示",
            dept,
            "根据招聘公告，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：",
        )
        header = [
            "序号",
            "姓名",
            "性别",
            "出生年月",
            "学历",
            "毕业院校",
            "报考岗位",
            "岗位代码",
            "准考证号",
            "总成绩",
        ]
    lay = table_layout(x)
    rows: list[list[Cell]] = []
    for i in range(r.randint(4, 8)):
        nm = x.official()
        sex = r.choice("男女")
        if commend:
            rows.append(
                [
                    c(str(i + 1)),
                    c(nm),
                    c(sex),
                    c(
                        r.choice(x.towns)
                        + r.choice(x.villages[r.choice(x.towns)] if x.reg.kind == "r" else x.communities)
                        + "党支部书记"
                    ),
                ]
            )
        else:
            rows.append(
                [
                    c(str(i + 1)),
                    c(nm),
                    c(sex),
                    c(f"{r.randint(1994, 2002)}.{r.randint(1, 12):02d}"),
                    c(r.choice(["本科", "硕士研究生", "大专"])),
                    c(
                        r.choice(
                            [
                                "宁夏大学",
                                "兰州大学",
                                "西北师范大学",
                                "郑州大学",
                                "四川农业大学",
                                "新疆大学",
                                "西藏大学",
                            ]
                        )
                    ),
                    c(r.choice(["乡镇综合岗", "财会", "临床医生", "中学数学教师"])),
                    c(NEAR(f"{x.year % 100}{r.randint(1000, 9999)}")),
                    c(NEAR(f"{r.randint(10, 99)}{r.randint(10000000, 99999999)}")),
                    c(f"{r.randint(600, 900) / 10:.2f}"),
                ]
            )
    if lay == "numbered":
        pre = num_prefix(x)
        for i, row in enumerate(rows):
            d.line(pre(i + 1), *[seg for cell in row[1:] for seg in [*cell, (s.m, None)]][:-1], "；")
    else:
        render_table(d, x, header, rows, lay)
    gs_tail(d, x, dept)


# ---------------------------------------------------------------------------------------------
# family 4: 申请表


def fam_form(x: Ctx) -> Doc:
    r = x.rng
    sub = rng_choice(r, ["低保申请", "依申请公开", "依申请公开", "残疾人补贴申请", "临时救助申请"])
    d = Doc(f"申请表/{sub}")
    if sub == "依申请公开":
        form_disclosure(d, x)
    else:
        form_relief(d, x, sub)
    return d


def kv_lines(d: Doc, x: Ctx, fields: list[tuple[str, Cell]], mode: str) -> None:
    """Fields of a form: label：value lines, two pairs a line, a pipe grid, or one cell a line."""
    r, s = x.rng, x.st
    if mode == "kv":
        i = 0
        while i < len(fields):
            k = 2 if r.random() < 0.4 and i + 1 < len(fields) else 1
            for j, (lab, val) in enumerate(fields[i : i + k]):
                d.add(r.choice(["    ", "\t", "  "]) if j else "", lab + s.c, *val)
            d.add("\n")
            i += k
    elif mode == "grid":
        pipe = r.random() < 0.5
        for i in range(0, len(fields), 2):
            pair = fields[i : i + 2]
            cells: list[Cell] = []
            for lab, val in pair:
                cells += [c(lab), val]
            if pipe:
                d.add("| ")
                emit_row(d, cells, " | ", " |\n")
            else:
                emit_row(d, cells, "\t")
    else:  # one cell a line (Word) or PDF-ish
        for lab, val in fields:
            d.line(lab)
            d.line(*[deco_name(x, sg) for sg in val])


def form_relief(d: Doc, x: Ctx, sub: str) -> None:
    r, s = x.rng, x.st
    title = {
        "低保申请": f"{x.reg.county}最低生活保障申请审批表",
        "残疾人补贴申请": f"{x.reg.prov}困难残疾人生活补贴和重度残疾人护理补贴申请审批表",
        "临时救助申请": f"{x.reg.county}临时救助申请审批表",
    }[sub]
    d.line(title)
    if r.random() < 0.5:
        d.line(
            f"编号{s.c}",
            NEAR(f"{x.year}{r.randint(1000, 9999)}"),
            f"    户编号{s.c}",
            NEAR(f"{x.reg.code}{r.randint(100, 299)}{r.randint(100000, 999999)}"),
        )
    p = x.person(age=(20, 85))
    mode = "cellline" if x.st.word else ("grid" if r.random() < 0.4 else "kv")
    f: list[tuple[str, Cell]] = [
        (rng_choice(r, ["申请人姓名", "姓名", "申请人"]), c(N(p.name))),
        ("性别", c(p.sex)),
        ("民族", c(p.eth + "族")),
        ("出生日期", c(x.fdate(p.birth))),
        (rng_choice(r, ["身份证号码", "公民身份号码", "身份证号"]), c(S("id_card", p.idn))),
        (rng_choice(r, ["联系电话", "手机号码", "联系方式"]), c(S("mobile", fmt_mobile(r, p.mobile)))),
    ]
    if r.random() < 0.35:
        f.append((rng_choice(r, ["家庭电话", "固定电话", "座机"]), c(S("landline", x.landline()))))
    if r.random() < 0.5:
        f.append(("户籍所在地", c(A(x.addr_text(p.home, ("full", "county"))))))
        f.append(
            ("现居住地址", c(A(x.addr_text(x.addr(), ("county", "town")))) if r.random() < 0.3 else c("同上"))
        )
    else:
        f.append(
            (
                rng_choice(r, ["家庭住址", "居住地址", "住址"]),
                c(A(x.addr_text(p.home, ("full", "county", "town")))),
            )
        )
    hv = health_word(r)
    if sub == "残疾人补贴申请":
        cat = r.choice(DISAB_TYPES)
        g = r.randint(1, 4)
        cert = p.idn.upper() + str(DISAB_TYPES.index(cat) + 1) + str(g)
        f.append(("残疾人证号", c(S("id_card", cert[:18]), cert[18:])))
        f.append(
            (
                "残疾类别及等级",
                c(H(f"{cat}残疾{GRADES[g - 1]}" if r.random() < 0.6 else f"{cat}{GRADES[g - 1]}")),
            )
        )
    else:
        f.append((rng_choice(r, ["健康状况", "身体状况"]), c(H(hv)) if r.random() < 0.7 else c("健康")))
    if r.random() < 0.5:
        g2 = x.relative(p, r.choice(["子", "女", "妻", "夫"]))
        f.append((rng_choice(r, ["监护人（代理人）", "代理人姓名", "委托代办人"]), c(N(g2.name))))
        f.append(("代理人电话", c(S("mobile", g2.mobile))))
    f.append(
        (
            rng_choice(r, ["开户银行", "发放渠道"]),
            c(r.choice(["农村信用社", "中国邮政储蓄银行", "中国农业银行", "黄河农村商业银行"])),
        )
    )
    f.append(
        (
            rng_choice(r, ["银行卡号", "社保卡金融账号", "惠民一卡通账号", "收款账号"]),
            c(S("bank_card", fmt_card(r, bank_card(r)))),
        )
    )
    if r.random() < 0.35:
        f.append(("家庭车辆情况", c("小型轿车1辆，号牌", S("license_plate", plate(r, x.reg.plate)))))
    kv_lines(d, x, f, mode)
    # household members
    if r.random() < 0.75:
        d.line(rng_choice(r, ["家庭成员情况", "共同生活家庭成员情况：", "家庭成员基本情况"]))
        header = ["姓名", "与申请人关系", "身份证号码", "健康状况", "从业状况"]
        rows: list[list[Cell]] = []
        rels = ["妻" if p.sex == "男" else "夫", "长子", "次子", "长女"]
        rels += ["孙子", "孙女"] if p.age > 58 else ["母亲", "父亲"] if p.age < 50 else []
        for rel in r.sample(rels, r.randint(1, 3)):
            m = x.relative(p, rel)
            hc = c(H(health_word(r))) if r.random() < 0.35 else c(r.choice(["健康", "良好"]))
            job = (
                "学龄前"
                if m.age < 6
                else "在校学生"
                if m.age < 19
                else r.choice(["务农", "无业", "务工", "灵活就业"])
            )
            job = "无" if m.age > 70 else job
            rows.append([c(N(m.name)), c(rel), c(S("id_card", m.idn)), hc, c(job)])
        lay = (
            "cellline"
            if x.st.word
            else rng_choice(r, ["tab", "space", "pipe", "pdf"] if x.st.pdf else ["tab", "space", "pipe"])
        )
        render_table(d, x, header, rows, lay)
    # the reason, in the applicant's words
    reason: list[Part] = ["申请理由" + s.c, rng_choice(r, ["本人", "我叫", "申请人"]), N(p.name), s.m]
    if sub != "残疾人补贴申请":
        if hv not in DISEASES and r.random() < 0.5:
            reason += ["本人系", H(hv), s.m]
        else:
            reason += [
                rng_choice(r, ["因患", "于今年确诊", "长期患有"]),
                H(hv if hv in DISEASES else r.choice(DISEASES)),
                s.m,
            ]
    reason += [
        rng_choice(
            r,
            [
                "家庭收入微薄，生活困难，特申请救助。",
                "无固定收入来源，特此申请。",
                "医疗费用支出较大，基本生活难以维持，恳请批准。",
            ],
        )
    ]
    para(d, x, *reason)
    para(d, x, "申请人签名" + s.c, N(p.name), f"    {x.fdate()}")
    off = x.official()
    d.line(f"村（居）委会意见{s.c}经入户调查和民主评议，情况属实，同意上报。    经办人{s.c}{off}")
    d.line(f"乡镇（街道）审核意见{s.c}同意。    审核人{s.c}{x.official()}    {x.fdate()}")
    if r.random() < 0.5:
        d.line(f"县级民政部门审批意见{s.c}同意，自{x.year}年{r.randint(1, 12)}月起按月发放。")
    page_footer(d, x)


def form_disclosure(d: Doc, x: Ctx) -> None:
    r, s = x.rng, x.st
    agency = rng_choice(
        r,
        [
            f"{x.reg.county}人民政府办公室",
            f"{x.reg.county}自然资源局",
            f"{r.choice(x.towns)}人民政府",
            f"{x.reg.county}住房和城乡建设局",
        ],
    )
    d.line(rng_choice(r, ["政府信息公开申请表", f"{agency}政府信息公开申请表", "政府信息公开申请表（公民）"]))
    d.line(
        f"受理编号{s.c}",
        NEAR(f"{x.short()}依申请〔{x.year}〕{r.randint(1, 300)}号"),
        f"    受理机关{s.c}{agency}",
    )
    p = x.person(age=(20, 75), urban=r.random() < 0.6)
    doc_kind = r.random()
    if doc_kind < 0.55:
        doc_name, num = "居民身份证", S("id_card", p.idn)
    elif doc_kind < 0.7:
        doc_name = "护照"
        num = S(
            "passport",
            rng_choice(
                r,
                [
                    f"E{r.randint(10000000, 99999999)}",
                    f"E{r.choice('ABCDEFGHJ')}{r.randint(1000000, 9999999)}",
                    f"G{r.randint(10000000, 99999999)}",
                ],
            ),
        )
    elif doc_kind < 0.8:
        doc_name = rng_choice(r, ["港澳通行证", "往来港澳通行证"])
        num = S(
            "hk_macau_permit",
            rng_choice(
                r,
                [
                    f"C{r.randint(10000000, 99999999)}",
                    f"C{r.choice('ABCDEFGHJ')}{r.randint(1000000, 9999999)}",
                ],
            ),
        )
    elif doc_kind < 0.86:
        doc_name = "港澳居民来往内地通行证"
        num = S("hk_macau_permit", f"{r.choice('HM')}{r.randint(10000000, 99999999)}")
    else:
        doc_name = rng_choice(r, ["台湾居民来往大陆通行证", "台胞证"])
        num = S("tw_permit", f"{r.randint(0, 9)}{r.randint(1000000, 9999999)}")
    fields: list[tuple[str, Cell]] = [
        ("姓名", c(N(p.name))),
        (
            "工作单位",
            c(
                rng_choice(
                    r,
                    [
                        f"{x.reg.county}{r.choice(['第一', '实验'])}中学",
                        f"{x.reg.city or x.reg.county}{r.choice(['华信', '远航'])}科技有限公司",
                        "无",
                        "个体",
                    ],
                )
            ),
        ),
        ("证件名称", c(doc_name)),
        ("证件号码", c(num)),
        (rng_choice(r, ["通信地址", "联系地址", "通讯地址"]), c(A(x.addr_text(p.home, ("full", "county"))))),
        ("邮政编码", c(x.reg.post)),
        (
            "联系电话",
            c(S("mobile", fmt_mobile(r, p.mobile))) if r.random() < 0.85 else c(S("landline", x.landline())),
        ),
        ("电子邮箱", c(S("email", x.mail(p))) if r.random() < 0.8 else c("")),
    ]
    mode = "cellline" if s.word else ("grid" if r.random() < 0.6 else "kv")
    d.line("申请人信息" + ("" if mode == "kv" else "\t公民"))
    kv_lines(d, x, fields, mode)
    d.line("法人或者其他组织")
    empt: list[tuple[str, Cell]] = [
        ("名称", c("")),
        ("统一社会信用代码", c("")),
        ("法定代表人或者负责人", c("")),
        ("联系人姓名", c("")),
    ]
    if mode == "kv":
        d.line(*(f"{k}{s.c}    " for k, _ in empt))
    else:
        kv_lines(d, x, empt, mode)
    d.line("申请人签名或者盖章" + s.c, N(p.name), f"    申请时间{s.c}{x.fdate()}")
    d.line("所需政府信息情况")
    desc: list[Part] = ["所需信息的名称或内容描述" + s.c]
    k = r.random()
    if k < 0.45:
        nb = x.person(urban=False)
        desc += [
            f"{x.reg.county}人民政府关于{r.choice(x.towns)}{r.choice(VILLAGES)}村集体土地征收的批复文件，及邻居",
            N(nb.name),
            "户（住",
            A(x.addr_text(nb.home, ("town", "short"))),
            "）的征收补偿安置协议。",
        ]
    elif k < 0.7:
        desc += [
            "本人房屋（坐落于",
            A(x.addr_text(p.home, ("town", "short"))),
            f"）所在地块的征收补偿方案及评估报告（{x.short()}政发〔{x.year - 1}〕{r.randint(1, 99)}号）。",
        ]
    else:
        desc += [
            f"{x.year - 1}年度{x.reg.county}城乡低保资金的分配及使用情况，以及本人父亲",
            N(x.relative(p, "父亲").name),
            "的低保审批材料。",
        ]
    para(d, x, *desc)
    d.line(f"所需信息的用途（选填）{s.c}{r.choice(['自身生产生活需要', '维权', '科研', ''])}")
    d.line(
        f"获取信息的方式{s.c}"
        + r.choice(["☑邮寄 □电子邮件 □当面领取", "□邮寄 ☑电子邮件 □当面领取", "☑当面领取"])
    )
    if r.random() < 0.5:
        d.line(
            f"注：本表可到{agency}政务公开办（地址{s.c}{x.office_addr()}）领取，咨"
            f"询电话{s.c}{x.landline(True)}，电子邮箱{s.c}{x.gov_mail()}。"
        )
    page_footer(d, x)


# ---------------------------------------------------------------------------------------------
# family 5: 会议纪要 / 村民代表会议记录


def fam_minutes(x: Ctx) -> Doc:
    r = x.rng
    sub = rng_choice(r, ["村民代表会议记录", "村民代表会议记录", "专题会议纪要", "评议小组会议记录"])
    d = Doc(f"会议纪要/{sub}")
    {"村民代表会议记录": mt_village, "专题会议纪要": mt_topic, "评议小组会议记录": mt_panel}[sub](d, x)
    return d


def mt_village(d: Doc, x: Ctx) -> None:
    r, s = x.rng, x.st
    town = r.choice(x.towns)
    vill = r.choice(x.villages[town]) if x.reg.kind == "r" else r.choice(x.communities)
    sec, clerk, cadre = x.official(), x.official(), x.official()
    d.line(f"{vill}{r.choice(['村民代表会议记录', '村民代表大会会议记录', '“四议两公开”村民代表会议记录'])}")
    d.line(f"时间{s.c}{x.fdate()}{r.choice(['上午9时', '下午3时', '晚上7时30分', ''])}")
    d.line(f"地点{s.c}{vill}{r.choice(['村委会会议室', '党群服务中心', '村部二楼'])}")
    d.line(f"主持人{s.c}{r.choice(['村党支部书记', '村委会主任', '村党总支书记、村委会主任'])}{sec}")
    d.line(f"记录人{s.c}{clerk}")
    total = r.randint(18, 45)
    d.line(
        f"参会人员{s.c}村“两委”成员、监委会成员及村民代表，应到{total}人，实到{total - r.randint(0, 5)}人。"
    )
    d.line(f"列席{s.c}{town}包村干部{cadre}、驻村第一书记{x.official()}")
    topic = rng_choice(r, ["低保对象民主评议", "产业发展资金分配", "危房改造对象评议", "宅基地申请审议"])
    d.line(f"会议议题{s.c}{x.year}年{topic}")
    d.line("会议内容：")
    para(d, x, f"一、{sec}传达了{town}关于{topic}的工作要求，{cadre}解读了相关政策。")
    para(d, x, "二、逐户评议：")
    pre = num_prefix(x)
    households: list[Person] = []
    for i in range(r.randint(2, 4)):
        p = x.person(age=(30, 85), urban=False, town=town)
        households.append(p)
        bits: list[Part] = [pre(i + 1), N(p.name), "户", s.m]
        if r.random() < 0.6:
            bits += [N(p.name), s.m, p.sex, s.m, f"{p.age}岁", s.m]
        if r.random() < 0.6:
            bits += ["住", A(p.home.short()), s.m]
        else:
            bits += [f"{p.home.place}村民" if not p.home.place.endswith("村") else "本村村民", s.m]
        bits.append(f"家庭人口{r.randint(1, 6)}人")
        if r.random() < 0.7:
            rel = r.choice(["妻子", "儿子", "母亲", "丈夫"])
            if r.random() < 0.5:
                m = x.relative(p, {"妻子": "妻", "儿子": "长子", "母亲": "母亲", "丈夫": "夫"}[rel])
                bits += [s.m, rel, N(m.name), rng_choice(r, ["患", "患有", "系"]), H(health_word(r))]
            else:
                bits += [
                    s.m,
                    "户主本人",
                    rng_choice(r, ["患", "患有", "因"]),
                    H(r.choice(DISEASES + INJURIES)),
                ]
                bits += ["，长期服药" if r.random() < 0.5 else ""]
        if r.random() < 0.25:
            bits += [s.m, "联系电话", S("mobile", fmt_mobile(r, p.mobile))]
        yes = r.randint(12, total)
        bits += [f"。表决结果{s.c}同意{yes}票，不同意{r.randint(0, 4)}票，弃权{r.randint(0, 3)}票。"]
        para(d, x, *bits)
    para(d, x, "三、代表发言：")
    for _ in range(r.randint(1, 3)):
        sp = x.person(age=(30, 75), urban=False, town=town)
        h = r.choice(households)
        who: list[Part] = [
            rng_choice(r, ["村民代表", "村民", "代表"]),
            N(sp.name),
            rng_choice(r, ["发言", "说", "提出"]),
            s.c,
        ]
        tail = rng_choice(
            r,
            [
                "确实困难，同意纳入。",
                "他家有人在外务工，收入不低，建议暂缓。",
                "程序要公开，评议结果要张榜公示。",
            ],
        )
        if r.random() < 0.6:
            para(d, x, *who, "“", N(h.name), "家的情况我了解，", tail, "”")
        else:
            para(d, x, *who, "“", tail, "”")
    agreed = [h for h in households if r.random() < 0.7] or households[:1]
    parts: list[Part] = ["四、会议决定：同意"]
    for k, h in enumerate(agreed):
        parts += (["、"] if k else []) + [N(h.name)]
    parts += [f"{len(agreed)}户", f"纳入{topic[:-4]}对象上报{town}审核，并在村务公开栏公示7天。"]
    para(d, x, *parts)
    if r.random() < 0.4:
        para(
            d,
            x,
            f"另：群众{mask_name(r, x.han('男'))}来电反映的道路硬化问题，"
            f"由村委会{r.choice(['一周内', '月底前'])}答复。"
            "李先生咨询的医保缴费事宜已现场解答。",
        )
    d.line(f"参会代表签字：（见附件，共{total}人）")
    d.line(f"{vill}村民委员会（盖章）" if vill.endswith("村") else f"{vill}（盖章）")
    page_footer(d, x)


def mt_topic(d: Doc, x: Ctx) -> None:
    r, s = x.rng, x.st
    town = r.choice(x.towns)
    org = rng_choice(r, [f"{town}人民政府", f"{x.reg.county}信访局", f"{x.reg.county}人民政府办公室"])
    head, dep1, dep2 = x.official(), x.official(), x.official()
    d.line(org)
    d.line(rng_choice(r, ["专题会议纪要", "会 议 纪 要", "信访积案化解专题会议纪要", "镇长办公会议纪要"]))
    d.line(f"〔{x.year}〕第{r.randint(1, 40)}期")
    para(
        d,
        x,
        f"{x.fdate()}，{rng_choice(r, ['镇长', '副县长', '镇党委书记', '县信访局局长'])}{head}"
        "主持召开专题会议，"
        f"研究信访事项办理和民生保障有关问题。{rng_choice(r, ['副镇长', '副局长', '镇人大主席'])}{dep1}、"
        f"{rng_choice(r, ['民政办主任', '司法所所长', '自然资源所所长', '综治中心主任'])}{dep2}等参加会议。"
        "现将会议议定事项纪要如下：",
    )
    k = 0
    for _ in range(r.randint(2, 3)):
        k += 1
        p = x.person(age=(30, 80))
        choice = r.random()
        if choice < 0.4:
            nb = x.person(age=(30, 80), urban=False)
            para(d, x, f"{cn_num(k)}、关于", N(p.name), "反映宅基地纠纷问题")
            bits: list[Part] = [N(p.name), s.lp]
            bits += (
                [rng_choice(r, ["身份证号", "身份证号码"]), S("id_card", p.idn), s.m]
                if r.random() < 0.6
                else []
            )
            bits += [
                "家住",
                A(x.addr_text(p.home, ("town", "county", "short"))),
                s.m,
                "联系电话",
                S("mobile", fmt_mobile(r, p.mobile)),
                s.rp,
            ]
            bits += [
                "反映其与邻居",
                N(nb.name),
                "因宅基地界址发生纠纷，多次到镇、县上访。会议要求司法所会同自然资源所于",
                f"{x.fdate()}前组织双方调解，",
                N(nb.name),
                "一方由村委会负责通知到场。",
            ]
            para(d, x, *bits)
        elif choice < 0.7:
            para(d, x, f"{cn_num(k)}、关于", N(p.name), "户临时救助问题")
            bits = [
                N(p.name),
                s.m,
                p.sex,
                s.m,
                f"{p.age}岁",
                s.m,
                "家住",
                A(x.addr_text(p.home, ("short", "town"))),
                s.m,
                rng_choice(r, ["今年因", "因"]),
                H(r.choice(DISEASES + INJURIES)),
                f"住院治疗，花费{money(r, 20000, 200000, 100)}元",
            ]
            if r.random() < 0.5:
                wife = x.relative(p, "妻" if p.sex == "男" else "夫")
                bits += [s.m, "配偶", N(wife.name), H(health_word(r))]
            bits += [
                f"。会议同意给予临时救助{money(r, 2000, 20000, 500)}元，由民政办按程序办理，资金打入其",
                rng_choice(r, ["社保卡", "银行卡", "一卡通"]),
                S("bank_card", fmt_card(r, bank_card(r))),
                "。",
            ]
            para(d, x, *bits)
        else:
            co = f"{x.reg.county}{r.choice(['建工', '鑫达', '恒泰'])}建筑工程有限公司"
            para(d, x, f"{cn_num(k)}、关于{co}拖欠农民工工资问题")
            para(
                d,
                x,
                f"该公司承建的{r.choice(x.towns)}{r.choice(['中心小学', '卫生院', '敬老院'])}项"
                f"目拖欠{r.randint(8, 60)}名农民工工资共计{money(r, 100000, 900000, 100)}元。"
                "农民工代表",
                N(p.name),
                f"{s.lp}",
                S("mobile", fmt_mobile(r, p.mobile)),
                f"{s.rp}多次反映。会议要求人社局督促企业于月底前足额支付，"
                f"公司法定代表人{x.official()}作出书面承诺。",
            )
    if r.random() < 0.5:
        para(
            d,
            x,
            f"{cn_num(k + 1)}、其他事项。张先生、王女士等反映的小区供暖问题，转{x.reg.county}住建局办理。",
        )
    d.line(f"出席{s.c}{head}、{dep1}、{dep2}")
    d.line(f"记录{s.c}{x.official()}")
    d.line(f"分送{s.c}县委办、县政府办，各相关单位。")
    d.line(f"{org}办公室    {x.fdate()}印发")
    page_footer(d, x)


def mt_panel(d: Doc, x: Ctx) -> None:
    r, s = x.rng, x.st
    town = r.choice(x.towns)
    d.line(f"{town}{x.year}年第{cn_num(r.randint(1, 4))}季度低保评议小组会议记录")
    chair = x.official()
    d.line(f"时间{s.c}{x.fdate()}    地点{s.c}{town}人民政府{r.randint(1, 4)}楼会议室")
    d.line(f"主持{s.c}副镇长{chair}    记录{s.c}民政干事{x.official()}")
    d.line(
        f"评议小组成员{s.c}{'、'.join(x.official() for _ in range(r.randint(3, 5)))}（共{r.randint(5, 9)}人）"
    )
    para(d, x, f"{chair}宣读了评议纪律和低保认定条件，评议小组对各村上报的申请对象逐户进行了评议，结果如下：")
    header = [
        "序号",
        "户主",
        rng_choice(r, ["家庭住址", "住址", "所在村组"]),
        "家庭人口",
        "主要困难",
        "同意票",
        "评议结果",
    ]
    rows: list[list[Cell]] = []
    for i in range(r.randint(3, 5)):
        p = x.person(age=(30, 85), urban=False, town=town)
        y = r.random()
        diff: Cell = c(r.choice(["缺劳力", "子女上学", "因灾", "收入低"]))
        if y < 0.45:
            diff = c("户主患", H(r.choice(DISEASES)))
        elif y < 0.7:
            diff = c(H(health_word(r)))
        rows.append(
            [
                c(str(i + 1)),
                c(N(p.name)),
                c(A(x.addr_text(p.home, ("short", "short", "town")))),
                c(str(r.randint(1, 6))),
                diff,
                c(f"{r.randint(3, 9)}"),
                c(r.choice(["通过", "通过", "不通过", "暂缓"])),
            ]
        )
    lay = table_layout(x, allow_list=False)
    render_table(d, x, header, rows, lay)
    para(
        d,
        x,
        f"评议结果将在各村公示7天，公示无异议后报{x.reg.county}民政局审批。监督电话{s.c}{x.landline(True)}。",
    )
    page_footer(d, x)


# ---------------------------------------------------------------------------------------------
# checks


PLATE_RE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂]"
)
MAIL_RE = re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", re.ASCII)


def covered(spans: list[tuple[str, int, int]], a: int, b: int, kinds: tuple[str, ...] | None = None) -> bool:
    return any(s <= a and b <= e and (kinds is None or k in kinds) for k, s, e in spans)


def canon(name: str) -> str:
    return re.sub(r"[ 　\n]", "", name).replace("•", "·")


def audit(d: Doc) -> None:
    """Raise Redraw when an unlabelled string looks personal or a mention of a name is unlabelled."""
    text = d.text
    spans = d.spans
    ok = spans + [("near", a, b) for a, b in d.allowed]

    def fail(why: str) -> None:
        raise Redraw(why)

    for m in re.finditer(r"\d{15,}[Xx]?", text):
        run = m.group()
        for i in range(len(run) - 17):
            w = run[i : i + 18]
            if gb11643_ok(w) and not covered(ok, m.start() + i, m.start() + i + 18):
                fail("id-like " + w)
        if len(run) == 15 and id15_ok(run) and not covered(ok, m.start(), m.end()):
            fail("id15-like " + run)
        if (
            16 <= len(run) <= 19
            and run.isdigit()
            and luhn_ok(run)
            and issuer_like(run)
            and not covered(ok, m.start(), m.end())
        ):
            fail("card-like " + run)
    for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", text):
        if not covered(ok, m.start(), m.end()):
            fail("mobile-like " + m.group())
    for m in MAIL_RE.finditer(text):
        if not m.group().endswith(".gov.cn") and not covered(spans, m.start(), m.end(), ("email",)):
            fail("mail " + m.group())
    for m in PLATE_RE.finditer(text):
        if not covered(ok, m.start(), m.end()):
            fail("plate-like " + m.group())
    for m in re.finditer(r"(?<![A-Za-z0-9])[EGCWHML][A-Z]?\d{7,8}(?![0-9])", text):
        if not covered(ok, m.start(), m.end()):
            fail("document-like " + m.group())
    # every mention of a labelled name is labelled, exactly
    starts = {(s, e) for k, s, e in spans if k == "name"}
    names = {canon(text[s:e]) for k, s, e in spans if k == "name"}
    for nm in names:
        for m in re.finditer(re.escape(nm), text):
            if (m.start(), m.end()) not in starts:
                fail("unlabelled mention " + nm)
    if "\x00" in text:
        fail("placeholder")


def validate(d: Doc) -> dict[str, object]:
    text = d.text
    spans = sorted(d.spans, key=lambda t: (t[1], t[2]))
    prev_end = -1
    out: list[dict[str, object]] = []
    for kind, a, b in spans:
        t = text[a:b]
        assert a >= prev_end, ("overlap", d.kind, t)
        assert t and t == text[a:b] and t.strip() == t, (kind, t)
        prev_end = b
        if kind == "id_card":
            assert gb11643_ok(t), t
        elif kind == "id_card_15":
            assert id15_ok(t), t
        elif kind == "bank_card":
            assert card_ok(t), t
        elif kind == "mobile":
            assert mobile_ok(t), t
        elif kind == "landline":
            assert re.fullmatch(r"[（(]?0\d{2,3}[）)]?[ -]?\d{7,8}", t), t
        elif kind == "email":
            assert MAIL_RE.fullmatch(t) and not t.endswith("gov.cn"), t
        elif kind == "address":
            assert t.endswith(("号", "栋", "单元", "室", "组", "队")), t
        elif kind == "license_plate":
            assert PLATE_RE.fullmatch(t) or re.fullmatch(r"..\d{4}挂", t), t
        elif kind == "name":
            assert re.fullmatch(r"[\u4e00-\u9fff·•　 \n]{2,14}", t), t
        out.append({"kind": kind, "start": a, "end": b, "text": t})
    return {"type": d.kind, "text": text, "spans": out}


FAMILIES: list[Callable[[Ctx], Doc]] = [fam_dibao, fam_penalty, fam_gongshi, fam_form, fam_minutes]


def make_doc(seed: int, i: int) -> dict[str, object]:
    fam = FAMILIES[i % len(FAMILIES)]
    for attempt in range(200):
        rng = random.Random(f"h12-{seed}-{i}-{attempt}")
        reg = rng.choice(REGIONS)
        x = Ctx(rng, reg, make_style(rng))
        try:
            d = fam(x)
            audit(d)
        except Redraw:
            continue
        return validate(d)
    raise RuntimeError(f"document {i} could not be drawn")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=43)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--decisions", action="store_true", help="print the labelling decisions and exit")
    args = ap.parse_args(argv)
    if args.decisions:
        print(DECISIONS, end="")
        return 0
    docs = [make_doc(args.seed, i) for i in range(args.docs)]
    lines = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(lines)
    kinds: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for doc in docs:
        types[str(doc["type"])] += 1
        for sp in doc["spans"]:  # type: ignore[attr-defined]
            kinds[str(sp["kind"])] += 1
    n = sum(kinds.values())
    print(f"{len(docs)} documents, {n} spans ({n / max(len(docs), 1):.1f} a document)", file=sys.stderr)
    print("  " + ", ".join(f"{k} {kinds[k]}" for k in KINDS), file=sys.stderr)
    print("  " + ", ".join(f"{t} {v}" for t, v in sorted(types.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
