"""Holdout 10: labelled synthetic county-level 政务公开 documents, written without reading the detector.

Twelve families that the earlier sets do not cover:

    高龄津贴发放名单, 临时救助审批表, 劳动保障监察责令改正决定书, 婚姻登记档案查询结果告知书,
    出入境证件作废公告, 家庭经济状况核对报告, 老旧营运货车淘汰补贴公示, 无偿献血者用血费用报销公示,
    防止返贫监测对象公示, 燃气安全隐患整改通知, 失业保险金发放名单, 消费投诉处理情况公示.

Each family has several layouts (label：value forms, tab tables, space-padded tables, comma lines,
numbered lists, prose, pipe tables, record blocks, HTML), and near-misses that must stay unlabelled
(文号, 索引号, 统一社会信用代码 with a valid GB 32100 check, case/order/contract numbers, VINs, dates,
amounts, postcodes, office telephone numbers, gov.cn mailboxes, officials named with their role,
anonymised names, IDs that fail GB 11643 and IDs that are already masked).

    python holdout10.py --docs 400 --seed 37 -o OUT.jsonl

First contact (--seed 37, measured by the lead before any fix for this set): name P 93.8 / R 76.7,
address 93.8 / 93.2, health 89.6 / 76.7, landline 61.4 / 80.6, mobile P 97.6 (执法证号 that look like
mobiles), bank_card R 99.1 (a card whose digits hold a far date); the other number kinds 100.

Output: one JSON object a line, {"type", "text", "spans": [{"kind", "start", "end", "text"}]}.

Labelling follows docs/privacy.md. Decisions it does not settle (see DECISIONS, printed with --decisions):
the generator labels them as listed there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

DECISIONS = """\
- health: only the condition words are labelled ("尿毒症", "肢体残疾三级", "三级肢体残疾", "肢体三级",
  "股骨颈骨折"); a risk type ("因病", "因残", "因病致贫"), "患病", "健康", "良好" and treatment words are not.
  Diseases whose wording has no disease suffix (肝硬化, 脑瘫, 癫痫, 异位妊娠, 消化道出血) are labelled too.
- id_card: the 18 digits inside a 20-digit 残疾人证号 are labelled, the two trailing digits are not. IDs
  already masked on the page ("640302********1234") are not labelled.
- A 15-digit ID is labelled only in 婚姻 records, after an ID label ("身份证号（一代）").
- hk_macau_permit covers both the mainland 往来港澳通行证 (C…) and the 港澳居民来往内地通行证 (H…/M…);
  tw_permit covers both the mainland 往来台湾通行证 (L…) and the 台湾居民来往大陆通行证 (8 digits).
- license_plate: a trailer plate keeps its 挂 inside the span ("宁C1234挂"). All vehicle owners in the
  货车淘汰 family are natural persons.
- name: officials acting in role are unlabelled, and so are village cadres (村委会主任, 村支书),
  经办人/审核人/审批人, 劳动保障监察员, 核对人, 承办人 and the company's 负责人 in a 责令改正 decision.
  Complainants, workers owed wages, blood donors and recipients, 个体工商户 operators found by a
  核对 report, 代办人 and household members are labelled. "王女士", "李某某" are unlabelled.
- address: a 住址/户籍/现住/坐落/用户地址 of a person down to 号/栋/单元/室/组/队 is labelled (also "XX村X组"
  in a 家庭住址 column or in a numbered household list); a 所在村 column is not; a shop's 经营场所, a
  company's 地址 and an office address are not. A 1980s 户口所在地 "…公社…大队三队" is labelled.
- landline: a person's home number (after 家庭电话/固定电话/住宅电话, or in the 联系电话 column or field of
  a person's row) is labelled; office, hotline, 服务热线, 监督电话 numbers and a restaurant's number in the
  燃气 list are not.
- Numbers that only look like personal ones stay unlabelled: a 执法证号 of 11 digits beginning 13… (Hebei),
  15-digit 献血证号, 12-digit 道路运输证号, VINs, 21-digit 投诉编号, 10-digit 燃气用户编号.
- Full-width digits in a labelled number are labelled as the number.
"""

Part = str | tuple[str, str]
Cell = list[Part]

FW = str.maketrans("0123456789", "０１２３４５６７８９")
FW_BACK = str.maketrans("０１２３４５６７８９", "0123456789")
CN = "〇一二三四五六七八九十"


def cnum(n: int) -> str:
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


# --------------------------------------------------------------------------- geography


def words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


@dataclass(frozen=True)
class County:
    province: str
    city: str
    name: str
    code: str
    area: str
    postcode: str
    plate: str
    towns: tuple[str, ...]
    digits: int = 7


COUNTIES: tuple[County, ...] = (
    County(
        "宁夏回族自治区",
        "吴忠市",
        "利通区",
        "640302",
        "0953",
        "751100",
        "宁C",
        ("金积镇", "金银滩镇", "古城镇", "上桥镇", "胜利街道", "东塔寺乡"),
    ),
    County(
        "宁夏回族自治区",
        "吴忠市",
        "盐池县",
        "640323",
        "0953",
        "751500",
        "宁C",
        ("花马池镇", "大水坑镇", "惠安堡镇", "高沙窝镇", "王乐井乡"),
    ),
    County(
        "宁夏回族自治区",
        "固原市",
        "西吉县",
        "640422",
        "0954",
        "756200",
        "宁D",
        ("吉强镇", "兴隆镇", "平峰镇", "将台堡镇", "硝河乡"),
    ),
    County(
        "甘肃省",
        "定西市",
        "通渭县",
        "621121",
        "0932",
        "743300",
        "甘J",
        ("平襄镇", "马营镇", "鸡川镇", "陇阳镇", "华家岭镇"),
    ),
    County(
        "甘肃省",
        "天水市",
        "秦州区",
        "620502",
        "0938",
        "741000",
        "甘E",
        ("玉泉镇", "太京镇", "皂郊镇", "中梁镇", "大城街道"),
    ),
    County(
        "河南省",
        "周口市",
        "郸城县",
        "411625",
        "0394",
        "477150",
        "豫P",
        ("洺北街道", "汲冢镇", "石槽镇", "宜路镇", "钱店镇"),
    ),
    County(
        "河南省",
        "信阳市",
        "固始县",
        "411525",
        "0376",
        "465200",
        "豫S",
        ("番城街道", "陈淋子镇", "黎集镇", "蒋集镇", "往流镇"),
    ),
    County(
        "四川省",
        "南充市",
        "仪陇县",
        "511324",
        "0817",
        "637600",
        "川R",
        ("新政镇", "金城镇", "马鞍镇", "立山镇", "大寅镇"),
    ),
    County(
        "四川省",
        "广安市",
        "岳池县",
        "511621",
        "0826",
        "638300",
        "川X",
        ("九龙街道", "罗渡镇", "顾县镇", "苟角镇", "坪滩镇"),
    ),
    County(
        "湖南省",
        "邵阳市",
        "隆回县",
        "430524",
        "0739",
        "422200",
        "湘E",
        ("桃洪镇", "周旺镇", "六都寨镇", "荷香桥镇", "七江镇"),
    ),
    County(
        "湖南省",
        "怀化市",
        "溆浦县",
        "431224",
        "0745",
        "419300",
        "湘N",
        ("卢峰镇", "大江口镇", "低庄镇", "龙潭镇", "桥江镇"),
    ),
    County(
        "广西壮族自治区",
        "玉林市",
        "博白县",
        "450923",
        "0775",
        "537600",
        "桂K",
        ("博白镇", "东平镇", "沙河镇", "龙潭镇", "文地镇"),
    ),
    County(
        "广西壮族自治区",
        "南宁市",
        "宾阳县",
        "450126",
        "0771",
        "530400",
        "桂A",
        ("宾州镇", "黎塘镇", "新桥镇", "古辣镇", "露圩镇"),
    ),
    County(
        "福建省",
        "三明市",
        "永安市",
        "350481",
        "0598",
        "366000",
        "闽G",
        ("燕东街道", "燕西街道", "西洋镇", "贡川镇", "小陶镇", "槐南镇"),
    ),
    County(
        "福建省",
        "宁德市",
        "古田县",
        "350922",
        "0593",
        "352200",
        "闽J",
        ("城东街道", "平湖镇", "大桥镇", "黄田镇", "鹤塘镇"),
    ),
    County(
        "江西省",
        "赣州市",
        "于都县",
        "360731",
        "0797",
        "342300",
        "赣B",
        ("贡江镇", "银坑镇", "岭背镇", "罗坳镇", "禾丰镇"),
    ),
    County(
        "江西省",
        "上饶市",
        "鄱阳县",
        "361128",
        "0793",
        "333100",
        "赣E",
        ("鄱阳镇", "谢家滩镇", "石门街镇", "田畈街镇", "油墩街镇"),
    ),
    County(
        "安徽省",
        "阜阳市",
        "临泉县",
        "341221",
        "0558",
        "236400",
        "皖K",
        ("城关街道", "杨桥镇", "鲖城镇", "谭棚镇", "老集镇"),
    ),
    County(
        "安徽省",
        "六安市",
        "霍邱县",
        "341522",
        "0564",
        "237400",
        "皖N",
        ("城关镇", "河口镇", "周集镇", "临水镇", "新店镇"),
    ),
    County(
        "山东省",
        "菏泽市",
        "曹县",
        "371721",
        "0530",
        "274400",
        "鲁R",
        ("曹城街道", "庄寨镇", "普连集镇", "青菏街道", "韩集镇"),
    ),
    County(
        "山东省",
        "临沂市",
        "沂水县",
        "371323",
        "0539",
        "276400",
        "鲁Q",
        ("沂城街道", "许家湖镇", "黄山铺镇", "诸葛镇", "高桥镇"),
    ),
    County(
        "贵州省",
        "毕节市",
        "威宁彝族回族苗族自治县",
        "520526",
        "0857",
        "553100",
        "贵F",
        ("草海镇", "金钟镇", "炉山镇", "雪山镇", "盐仓镇"),
    ),
    County(
        "贵州省",
        "遵义市",
        "湄潭县",
        "520328",
        "0851",
        "564100",
        "贵C",
        ("湄江街道", "永兴镇", "复兴镇", "马山镇", "高台镇"),
        8,
    ),
    County(
        "云南省",
        "昭通市",
        "镇雄县",
        "530627",
        "0870",
        "657200",
        "云C",
        ("乌峰街道", "南台街道", "泼机镇", "黑树镇", "母享镇"),
    ),
    County(
        "云南省",
        "曲靖市",
        "会泽县",
        "530326",
        "0874",
        "654200",
        "云D",
        ("古城街道", "金钟街道", "娜姑镇", "待补镇", "大井镇"),
    ),
    County(
        "河北省",
        "保定市",
        "阜平县",
        "130624",
        "0312",
        "073200",
        "冀F",
        ("阜平镇", "龙泉关镇", "平阳镇", "城南庄镇", "王林口镇"),
    ),
    County(
        "河北省",
        "邢台市",
        "威县",
        "130533",
        "0319",
        "054700",
        "冀E",
        ("洺州镇", "梨园屯镇", "章台镇", "侯贯镇", "七级镇"),
    ),
)
OTHER_AREAS = words(
    "110105 310115 320482 330621 420117 440106 500233 510104 612401 632122 152921 230621 210381 "
    "370883 130982 450102"
)
PROVINCE_CODES = {
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
    71,
    81,
    82,
}

VILLAGES = words(
    "马家湖 杨家庄 红星 新华 团结 高庄 郑家沟 柳树湾 石门 清水 东风 永红 李家塬 沙湾 双井 白土岗 "
    "龙泉 桃园 河西 上庄 下堡 前进 北塬 塔湾 枣林 中滩 西沟 大坪 三合 金星 五里铺 刘家河 陈岗 "
    "罗家寨 何家坪 黄土梁 青石 杏花 槐树 大柳树 新庄 联合 光明"
)
COMMUNITIES = ("朝阳", "文化", "幸福", "和平", "南苑", "滨河", "解放", "新民", "建设", "惠民", "东关", "西门")
ROADS = words(
    "人民路 解放路 建设路 文化街 胜利路 新华街 朝阳路 中山路 滨河大道 开元大道 育才路 迎宾路 "
    "府前街 民主路 长征路 花园路 团结东路 北环路"
)
COMPOUNDS = words("阳光 金地 锦绣 盛世 书香 翰林 御景 滨河 世纪 康乐 金水 紫荆 怡和 丽景 秀水 银河")
COMPOUND_SUFFIX = ("小区", "花园", "苑", "家园", "新城", "嘉园", "名都")
BRANDS = words("鑫源 恒泰 宏达 瑞丰 顺通 永盛 福瑞 嘉禾 腾达 汇通 兴旺 荣昌 隆基 利民 安顺 长运 百川 聚成")

# --------------------------------------------------------------------------- people

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕"
    "丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵"
    "万覃武钱戴严莫孔向常汤康易乔赖文施洪牛樊葛邢安齐伍庞颜倪"
)
RARE_SURNAMES = words(
    "仉 厍 剡 禤 亓 逄 冼 郄 昝 訾 甄 笪 禚 蒯 靳 芮 佘 阚 檀 揭 虞 郦 阙 谯 隗 竺 邬 宓 茆 冶 敖 "
    "拓 撒 纳 者 晏 卞 鞠 寇 栾 粟 蔺 佟 巩 禹 苗 哈 锁 麻 蒙 黑 喇 缑 仝 铁"
)
COMPOUND_SURNAMES = words(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 宇文 长孙 夏侯 端木 司徒 独孤 南宫 呼延 "
    "申屠 万俟 第五 闻人 澹台 拓跋"
)
MALE = (
    "伟强军磊涛斌勇杰鹏超刚辉明波飞峰建志海林东俊浩宇轩晨博凯旭阳亮成忠德福"
    "贵生祥荣宝山有才兴发喜虎龙彪铭瑞泽睿子梓诚义仁顺春青永振学"
)
FEMALE = "芳娜敏静丽燕艳娟霞玲桂英兰秀梅琴云红萍雪婷慧莉琳倩欣怡佳悦涵萱颖璐蓉凤翠花珍香月菊淑琼彩丹晶"
ELDER_MALE = words("福贵 德胜 有才 富贵 长福 宝山 占魁 成林 国栋 志远 玉林 金山 万福 守仁 振华 文德")
ELDER_FEMALE = words("秀英 桂兰 玉珍 金花 凤英 玉兰 淑珍 桂英 玉梅 秀兰 银花 春花 翠英 兰芳 素珍 彩霞")


DISEASES = words(
    "尿毒症 慢性肾衰竭 肺癌 胃癌 肝癌 乳腺癌 宫颈癌 食管癌 结肠癌 白血病 急性淋巴细胞白血病 "
    "再生障碍性贫血 脑梗死后遗症 脑出血后遗症 精神分裂症 双相情感障碍 重度抑郁症 帕金森病 "
    "阿尔茨海默病 冠心病 风湿性心脏病 2型糖尿病 慢性阻塞性肺疾病 系统性红斑狼疮 肝硬化 脑瘫 "
    "先天性心脏病 癫痫 股骨颈骨折 颈椎骨折 肺结核 乙肝病毒携带 类风湿关节炎 淋巴瘤 脑胶质瘤 "
    "强直性脊柱炎 心力衰竭 鼻咽癌 多发性骨髓瘤"
)
CHILD_DISEASES = words(
    "急性淋巴细胞白血病 白血病 脑瘫 先天性心脏病 癫痫 孤独症谱系障碍 地中海贫血 肾病综合征"
)
BLOOD_DISEASES = words(
    "再生障碍性贫血 急性髓系白血病 地中海贫血 胃癌 直肠癌 上消化道出血 股骨颈骨折 慢性肾衰竭 "
    "骨髓增生异常综合征 肝硬化 异位妊娠 消化道出血 多发伤 缺铁性贫血 宫颈癌 产后出血"
)
DISABILITY = ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
DIS_CODE = {"视力": "1", "听力": "2", "言语": "3", "肢体": "4", "智力": "5", "精神": "6", "多重": "7"}

MOBILE_PREFIX = words(
    "130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 166 172 "
    "173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
)
BINS = (
    ("622848", 19, "中国农业银行"),
    ("623052", 19, "中国农业银行"),
    ("622845", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622700", 19, "中国建设银行"),
    ("436742", 19, "中国建设银行"),
    ("622202", 19, "中国工商银行"),
    ("621226", 19, "中国工商银行"),
    ("622208", 19, "中国工商银行"),
    ("621661", 19, "中国银行"),
    ("601382", 19, "中国银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("621098", 19, "中国邮政储蓄银行"),
    ("622262", 19, "交通银行"),
    ("622588", 16, "招商银行"),
    ("621483", 16, "招商银行"),
    ("622908", 18, "兴业银行"),
)
MAIL_DOMAINS = words(
    "qq.com 163.com 126.com sina.com foxmail.com 139.com yeah.net outlook.com hotmail.com "
    "gmail.com sohu.com aliyun.com"
)
SYLL = words(
    "zhang wang li liu chen yang hui min jun xiao ming hong fei lan ying tao yu qing hua long ma "
    "hai xue dong na jie wei fang"
)

CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_W = tuple(pow(3, i, 31) for i in range(17))
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(body: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(body, ID_W, strict=True)) % 11]


def real_date(s: str) -> bool:
    try:
        dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return False
    return True


def id_valid(s: str) -> bool:
    s = s.translate(FW_BACK).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or int(s[:2]) not in PROVINCE_CODES:
        return False
    return real_date(s[6:14]) and id_check(s[:17]) == s[17]


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


def org_check(base: str) -> str:
    def val(ch: str) -> int:
        return int(ch) if ch.isdigit() else ord(ch) - 55

    s = sum(val(ch) * w for ch, w in zip(base, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


@dataclass
class Person:
    name: str
    male: bool
    birth: dt.date
    pid: str
    surname: str

    @property
    def sex(self) -> str:
        return "男" if self.male else "女"

    @property
    def is_female(self) -> bool:
        return not self.male


# --------------------------------------------------------------------------- document builder


class Retry(Exception):
    """The drawn document broke a consistency rule; draw it again."""


class Doc:
    def __init__(self, typ: str) -> None:
        self.typ = typ
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[str, int, int]] = []

    def add(self, *parts: Part) -> None:
        for p in parts:
            if isinstance(p, tuple):
                kind, s = p
                if kind:
                    self.spans.append((kind, self.pos, self.pos + len(s)))
            else:
                s = p
            self.parts.append(s)
            self.pos += len(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def width(parts: Sequence[Part]) -> int:
    n = 0
    for p in parts:
        s = p[1] if isinstance(p, tuple) else p
        n += sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)
    return n


def plain(parts: Sequence[Part]) -> str:
    return "".join(p[1] if isinstance(p, tuple) else p for p in parts)


class Ctx:
    """Random draws for one document: its county, date, people and numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.k = rng.choice(COUNTIES)
        self.year = rng.randint(2021, 2025)
        self.date = dt.date(self.year, rng.randint(1, 12), rng.randint(1, 28))
        self.names: set[str] = set()
        self.fw = rng.random() < 0.07
        self.html = False
        self.indent = rng.choice(("　　", "　　", "", "    "))
        self.date_style = rng.randrange(4)

    # -- small helpers
    def pick[T](self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int, first: str = "0123456789") -> str:
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def num(self, s: str) -> str:
        """Full-width digits in some documents."""
        return s.translate(FW) if self.fw and self.chance(0.5) else s

    def ds(self, d: dt.date, style: int | None = None) -> str:
        st = self.date_style if style is None else style
        if st == 0:
            return f"{d.year}年{d.month}月{d.day}日"
        if st == 1:
            return f"{d.year}-{d.month:02d}-{d.day:02d}"
        if st == 2:
            return f"{d.year}.{d.month}.{d.day}"
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"

    def days(self, lo: int, hi: int) -> dt.date:
        return self.date + dt.timedelta(days=self.rng.randint(lo, hi))

    def town(self) -> str:
        return self.pick(self.k.towns)

    def village(self) -> str:
        return self.pick(VILLAGES) + "村"

    def group(self) -> str:
        n = self.rng.randint(1, 12)
        return self.pick((f"{cnum(n)}组", f"{n}组", f"第{cnum(n)}村民小组", f"{cnum(n)}队"))

    def company(self, kind: str = "") -> str:
        short = self.k.name[:2] if len(self.k.name) > 2 else self.k.name
        kind = kind or self.pick(
            (
                "建筑工程有限公司",
                "劳务有限公司",
                "商贸有限公司",
                "物流有限公司",
                "餐饮管理有限公司",
                "农业开发有限公司",
                "建材有限公司",
                "服装有限公司",
            )
        )
        return f"{self.pick((self.k.city[:-1], short))}{self.pick(BRANDS)}{kind}"

    def amount(self, lo: int, hi: int, cents: bool | None = None) -> str:
        v = self.rng.randint(lo, hi)
        if cents is None:
            cents = self.chance(0.4)
        if cents:
            return f"{v:,}.{self.rng.randint(0, 99):02d}" if v >= 10000 and self.chance(0.5) else f"{v}.00"
        return f"{v}"

    # -- names
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.08:
            return self.pick(COMPOUND_SURNAMES)
        if r < 0.2:
            return self.pick(RARE_SURNAMES)
        return self.pick(SURNAMES)

    def _name(self, male: bool, old: bool, sur: str) -> str:
        if old and self.chance(0.5):
            given = self.pick(ELDER_MALE if male else ELDER_FEMALE)
        else:
            pool = MALE if male else FEMALE
            given = self.pick(pool) + (self.pick(pool) if self.chance(0.7) else "")
        return sur + given

    def new_name(self, male: bool | None = None, old: bool = False, sur: str | None = None) -> str:
        if male is None:
            male = self.chance(0.5)
        for _ in range(100):
            nm = self._name(male, old, sur or self.surname())
            if all(nm not in o and o not in nm for o in self.names):
                self.names.add(nm)
                return nm
        raise Retry("names")

    def official(self) -> str:
        return self.new_name(old=False)

    def person(
        self, lo: int, hi: int, male: bool | None = None, area: str | None = None, sur: str | None = None
    ) -> Person:
        if male is None:
            male = self.chance(0.5)
        age = self.rng.randint(max(0, lo), max(0, lo, hi))
        birth = self.date - dt.timedelta(days=age * 365 + self.rng.randint(1, 360))
        sur = sur or self.surname()
        nm = self.new_name(male, old=age >= 60, sur=sur)
        return Person(nm, male, birth, self.make_id(area or self.id_area(), birth, male), sur)

    def disease(self, p: Person) -> str:
        return self.pick(CHILD_DISEASES if self.age(p) < 16 else DISEASES)

    def age(self, p: Person) -> int:
        return (self.date - p.birth).days // 365

    def household(self, lo: int, hi: int, kids: int) -> list[tuple[Person, str]]:
        """A head of household, the spouse and children who carry the father's surname."""
        head = self.person(lo, hi)
        a = self.age(head)
        lo_s, hi_s = (a - 2, a + 6) if head.is_female else (a - 6, a + 2)
        spouse = self.person(
            max(20, lo_s), max(21, hi_s), male=not head.male, area=self.pick((head.pid[:6], self.id_area()))
        )
        father = head if head.male else spouse
        out = [(head, "户主"), (spouse, self.pick(("配偶", "妻子" if spouse.is_female else "丈夫")))]
        for _ in range(kids):
            male = self.chance(0.5)
            if a > 62 and self.chance(0.4):
                rel = self.pick(("孙子",) if male else ("孙女",))
                lo_k, hi_k = 1, a - 45
            else:
                rel = self.pick(("儿子", "长子", "次子") if male else ("女儿", "长女", "次女"))
                lo_k, hi_k = a - 38, a - 21
            out.append((self.person(lo_k, hi_k, male=male, area=head.pid[:6], sur=father.surname), rel))
        return out

    def id_area(self) -> str:
        r = self.rng.random()
        if r < 0.75:
            return self.k.code
        if r < 0.9:
            return self.pick(COUNTIES).code
        return self.pick(OTHER_AREAS)

    def make_id(self, area: str, birth: dt.date, male: bool) -> str:
        seq = self.rng.randint(0, 99) * 10 + self.pick((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
        body = f"{area}{birth:%Y%m%d}{seq:03d}"
        ck = id_check(body)
        if ck == "X" and self.chance(0.3):
            ck = "x"
        return body + ck

    def bad_id(self, p: Person | None = None) -> str:
        """An 18-digit number shaped like an ID that fails GB 11643 (check digit, date or province)."""
        base = p.pid if p else self.make_id(self.k.code, dt.date(self.rng.randint(1950, 2000), 5, 5), True)
        r = self.rng.random()
        if r < 0.6:
            good = base[17].upper()
            bad = self.pick([c for c in "0123456789X" if c != good])
            return base[:17] + bad
        if r < 0.85:
            body = base[:10] + self.pick(("0230", "0431", "1131", "1300", "0000", "0631")) + base[14:17]
        else:
            body = self.pick(("20", "29", "38", "48", "55", "68", "72", "90", "99")) + base[2:17]
        return body + id_check(body)

    def masked_id(self, p: Person) -> str:
        return p.pid[:6] + "********" + p.pid[14:] if self.chance(0.6) else p.pid[:3] + "*" * 11 + p.pid[14:]

    @staticmethod
    def id15(p: Person) -> str:
        """The first-generation number the 18-digit one was upgraded from."""
        return p.pid[:6] + p.pid[8:17]

    def disability_no(self, p: Person, typ: str, grade: int) -> str:
        return p.pid.upper() + DIS_CODE[typ] + str(grade)

    def disability(self) -> tuple[str, int, str]:
        typ = self.pick(DISABILITY)
        g = self.rng.randint(1, 4)
        words = self.pick(
            (f"{typ}残疾{cnum(g)}级", f"{typ}残疾{cnum(g)}级", f"{cnum(g)}级{typ}残疾", f"{typ}{cnum(g)}级")
        )
        return typ, g, words

    # -- numbers
    def mobile(self, plain_only: bool = False) -> str:
        n = self.pick(MOBILE_PREFIX) + self.digits(8)
        if plain_only:
            return self.num(n)
        r = self.rng.random()
        if r < 0.78:
            return self.num(n)
        if r < 0.84:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if r < 0.89:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if r < 0.94:
            return "+86 " + n
        if r < 0.97:
            return "86-" + n
        return "0086 " + n

    def phone(self, p_land: float = 0.25) -> tuple[str, str]:
        """A person's 联系电话: mostly a mobile, sometimes the home landline."""
        return ("landline", self.landline()) if self.chance(p_land) else ("mobile", self.mobile())

    def landline(self) -> str:
        num = self.digits(self.k.digits, "2345678")
        return self.pick((f"{self.k.area}-{num}", f"{self.k.area}-{num}", f"{self.k.area}{num}"))

    def office_phone(self) -> str:
        num = self.digits(self.k.digits, "2368")
        return self.pick(
            (
                f"{self.k.area}-{num}",
                f"（{self.k.area}）{num}",
                f"{self.k.area}—{num}",
                f"{self.k.area}-{num}",
            )
        )

    def bank(self) -> tuple[str, str]:
        prefix, length, bank = self.pick(BINS)
        body = prefix + self.digits(length - len(prefix) - 1)
        card = body + luhn_digit(body)
        if self.chance(0.12):
            card = " ".join(card[i : i + 4] for i in range(0, len(card), 4))
        return self.num(card), bank

    def email(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            local = self.digits(self.rng.randint(8, 10), "123456789")
            return f"{local}@qq.com"
        local = self.pick(SYLL) + self.pick(SYLL)
        if self.chance(0.6):
            local += self.digits(self.rng.randint(2, 4))
        if self.chance(0.2):
            local = self.pick(SYLL) + self.pick(("_", ".")) + local
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def gov_mail(self, dept: str) -> str:
        return (
            f"{dept}"
            f"{self.pick(('', 'gk', '_zwgk', 'bgs'))}@{self.pick(('wz', 'nx', 'gs', 'ha', 'sc', 'hn', 'gx'))}"
            f"{self.pick(('', 'xj', 'lt'))}.gov.cn"
        )

    def plate(self, truck: bool = False) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        pre = self.k.plate if self.chance(0.85) else self.pick(COUNTIES).plate
        r = self.rng.random()
        if truck and r < 0.15:
            return pre + self.digits(4) + "挂"
        if not truck and r < 0.15:
            if self.chance(0.6):
                return pre + self.pick("DF") + self.pick(letters + "0123456789") + self.digits(4)
            return pre + self.digits(5) + self.pick("DF")
        body = [self.pick("0123456789") for _ in range(5)]
        for _ in range(self.rng.randint(0, 2)):
            body[self.rng.randrange(5)] = self.pick(letters)
        return pre + "".join(body)

    def passport(self) -> str:
        r = self.rng.random()
        if r < 0.6:
            return "E" + self.digits(8)
        if r < 0.9:
            return "E" + self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)
        return "G" + self.digits(8)

    def hk_permit(self) -> str:
        return self.pick(("C" + self.digits(8), "C" + self.pick("ABCDEFGHJKLMN") + self.digits(7)))

    def tw_permit(self) -> str:
        return "L" + self.digits(8)

    def credit(self, head: str = "91") -> str:
        if head in {"11", "12"} and self.chance(0.5):
            base = self.digits(8)
        else:
            base = "MA" + "".join(self.pick(CREDIT_CHARS[:10] + "ABCDEFGHJKLMN") for _ in range(6))
        org = base + org_check(base)
        body = head + self.k.code + org
        s = sum(CREDIT_CHARS.index(ch) * w for ch, w in zip(body, CREDIT_W, strict=True))
        return body + CREDIT_CHARS[(31 - s % 31) % 31]

    def index_no(self) -> str:
        return f"{self.credit(self.pick(('11', '12')))}/{self.year}-{self.rng.randint(1, 9999):05d}"

    def doc_no(self, dept: str) -> str:
        return f"{self.k.name[0]}{dept}〔{self.year}〕{self.rng.randint(1, 260)}号"

    # -- places
    def rural_address(self, prefix: int | None = None, house: bool | None = None) -> str:
        k = self.k
        lvl = self.rng.choice((0, 1, 1, 2, 3)) if prefix is None else prefix
        pre = ("", k.name, k.city + k.name, k.province + k.city + k.name)[lvl]
        town = self.town()
        grp = self.group()
        if house is None:
            house = self.chance(0.55)
        tail = f"{self.rng.randint(1, 120)}号" if house and not grp.endswith("队") else ""
        if lvl == 0 and self.chance(0.25):
            return f"{self.village()}{grp}{tail}"
        return f"{pre}{town}{self.village()}{grp}{tail}"

    def urban_address(self, prefix: int | None = None) -> str:
        k = self.k
        lvl = self.rng.choice((0, 1, 1, 2, 3)) if prefix is None else prefix
        pre = ("", k.name, k.city + k.name, k.province + k.city + k.name)[lvl]
        comp = self.pick(COMPOUNDS) + self.pick(COMPOUND_SUFFIX)
        b, u, fl = self.rng.randint(1, 32), self.rng.randint(1, 6), self.rng.randint(1, 18)
        room = f"{fl}{self.rng.randint(1, 4):02d}"
        road = self.pick(ROADS)
        n = self.rng.randint(1, 399)
        st = self.pick([t for t in k.towns if t.endswith("街道")] or [""]) if self.chance(0.4) else ""
        form = self.rng.randrange(6)
        if form == 0:
            body = f"{road}{n}号{comp}{b}号楼{u}单元{room}室"
        elif form == 1:
            body = f"{comp}{b}栋{u}单元{room}室"
        elif form == 2:
            body = f"{road}{n}号{b}栋{room}室"
        elif form == 3:
            body = f"{road}{n}号"
        elif form == 4:
            body = f"{self.pick(COMMUNITIES)}社区{comp}{b}号楼{room}室"
        else:
            body = f"{comp}{b}-{u}-{room}室"
        return pre + st + body

    def address(self, prefix: int | None = None) -> str:
        return self.rural_address(prefix) if self.chance(0.6) else self.urban_address(prefix)

    def office_address(self) -> str:
        return self.pick(
            (
                f"{self.k.name}{self.pick(ROADS)}{self.rng.randint(1, 200)}号",
                f"{self.k.name}{self.pick(ROADS)}{self.rng.randint(1, 200)}号政务服务中心"
                f"{self.rng.randint(1, 5)}楼",
                f"{self.k.city}{self.k.name}{self.pick(ROADS)}{self.rng.randint(1, 200)}号",
            )
        )

    def shop_address(self) -> str:
        return f"{self.k.name}{self.town()}{self.pick(ROADS)}{self.rng.randint(1, 300)}号" + self.pick(
            ("", "门面房", "一层", f"{self.rng.randint(1, 30)}号商铺")
        )

    # -- layout
    def para(self, d: Doc, *parts: Part) -> None:
        if self.html:
            d.add("<p>", *parts, "</p>\n")
        else:
            d.add(self.indent, *parts, "\n")

    def line(self, d: Doc, *parts: Part) -> None:
        if self.html:
            d.add("<p>", *parts, "</p>\n")
        else:
            d.add(*parts, "\n")

    def title(self, d: Doc, t: str) -> None:
        if self.html:
            d.add(f"<h2>{t}</h2>\n")
        else:
            d.add(t, "\n")

    def meta(self, d: Doc, dept: str, abbr: str) -> None:
        if not self.chance(0.35):
            return
        idx, docno, date = self.index_no(), self.doc_no(abbr), self.ds(self.date)
        style = self.rng.randrange(3)
        if style == 0:
            d.add(f"索引号：{idx}\n发布机构：{self.k.name}{dept}\n发文日期：{date}\n文号：{docno}\n")
        elif style == 1:
            d.add(
                f"索引号\t{idx}\t主题分类\t{self.pick(('民政', '社会保障', '卫生', '其他'))}\n"
                f"发布机构\t{self.k.name}{dept}\t成文日期\t{date}\n文号\t{docno}\t有效性\t有效\n"
            )
        else:
            d.add(f"[索引号] {idx}  [发文字号] {docno}  [发布日期] {date}\n")

    def style(self, allowed: Sequence[str] = ("tab", "pad", "csv", "html", "pipe", "block")) -> str:
        return self.pick(allowed)


def lab(kind: str, s: str) -> tuple[str, str]:
    return (kind, s)


def table(c: Ctx, d: Doc, header: Sequence[str], rows: Sequence[Sequence[Cell]], style: str) -> None:
    if style == "tab":
        d.add("\t".join(header), "\n")
        for row in rows:
            for i, cell in enumerate(row):
                if i:
                    d.add("\t")
                d.add(*cell)
            d.add("\n")
    elif style == "pad":
        ws = [max([width([h])] + [width(r[i]) for r in rows]) for i, h in enumerate(header)]
        gap = c.pick(("  ", "   ", "    "))
        hdr: list[Cell] = [[h] for h in header]
        for row in [hdr, *rows]:
            for i, cell in enumerate(row):
                d.add(*cell)
                if i < len(row) - 1:
                    d.add(" " * (ws[i] - width(cell)) + gap)
            d.add("\n")
    elif style == "csv":
        sep = c.pick(("，", ",", "、", " "))
        if c.chance(0.7):
            d.add(sep.join(header), "\n")
        for row in rows:
            for i, cell in enumerate(row):
                if i:
                    d.add(sep)
                d.add(*cell)
            d.add("\n")
    elif style == "pipe":
        d.add("| " + " | ".join(header) + " |\n")
        d.add("|" + "---|" * len(header) + "\n")
        for row in rows:
            d.add("|")
            for cell in row:
                d.add(" ", *cell, " |")
            d.add("\n")
    elif style == "html":
        d.add(
            '<table border="1" cellspacing="0">\n<tr>' + "".join(f"<th>{h}</th>" for h in header) + "</tr>\n"
        )
        for row in rows:
            d.add("<tr>")
            for cell in row:
                d.add("<td>", *cell, "</td>")
            d.add("</tr>\n")
        d.add("</table>\n")
    else:  # block: one record a paragraph, header：value
        for row in rows:
            for h, cell in zip(header, row, strict=True):
                if h == "序号":
                    d.add(f"（{plain(cell)}）\n")
                    continue
                d.add(f"{h}：", *cell, "\n")
            d.add("\n")


def form(c: Ctx, d: Doc, fields: Sequence[tuple[str, Cell]], style: str) -> None:
    if style == "colon":
        for lbl, val in fields:
            d.add(f"{lbl}：", *val, "\n")
    elif style == "tab":
        for lbl, val in fields:
            d.add(f"{lbl}\t", *val, "\n")
    elif style == "pairs":
        i = 0
        while i < len(fields):
            lbl, val = fields[i]
            d.add(f"{lbl}：", *val)
            if i + 1 < len(fields) and width(val) < 24 and width(fields[i + 1][1]) < 30:
                lbl2, val2 = fields[i + 1]
                d.add(c.pick(("　　", "    ", "\t")), f"{lbl2}：", *val2)
                i += 1
            d.add("\n")
            i += 1
    else:  # html
        d.add('<table class="form">\n')
        for lbl, val in fields:
            d.add(f"<tr><td>{lbl}</td><td>", *val, "</td></tr>\n")
        d.add("</table>\n")


def signoff(c: Ctx, d: Doc, org: str, when: dt.date | None = None) -> None:
    pad = c.pick(("", "　　　　　　　　", "                    "))
    c.line(d, pad + org)
    c.line(d, pad + c.ds(when or c.date))


# --------------------------------------------------------------------------- families


def fam_elderly(c: Ctx) -> Doc:
    d = Doc("高龄津贴发放名单")
    k, r = c.k, c.rng
    c.html = c.chance(0.12)
    town = c.town()
    q = (c.date.month - 1) // 3 + 1
    c.meta(d, "民政局", "民发")
    c.title(
        d,
        c.pick(
            (
                f"{k.name}{town}{c.year}年第{cnum(q)}季度高龄津贴发放名单公示",
                f"关于{c.year}年{c.date.month}月份高龄老人津贴发放情况的公示",
                f"{k.name}{c.year}年度新增高龄津贴享受对象公示",
            )
        ),
    )
    c.para(
        d,
        f"根据《{k.province}高龄津贴发放管理办法》的规定，经本人（代理人）申请、村（居）民委员会初审、"
        f"{town}人民政府审核、{k.name}民政局审批，现将{c.year}年第{cnum(q)}季度高龄津贴发放对象予以公示。",
    )
    n = r.randint(3, 6)
    layout = c.pick(("A", "B", "C", "list"))
    rows: list[list[Cell]] = []
    total = 0
    for i in range(1, n + 1):
        p = c.person(80, 104)
        age = c.age(p)
        std = 100 if age < 90 else (200 if age < 100 else 500)
        total += std * 3
        bad = c.chance(0.08)
        idc: Cell = [c.bad_id(p)] if bad else [lab("id_card", c.num(p.pid))]
        note = (
            "身份证号码待核实"
            if bad
            else c.pick(("", "", "", "新增", "补发2个月", f"{c.ds(c.days(-60, -5))}去世，停发"))
        )
        if layout == "A":
            rows.append(
                [
                    [str(i)],
                    [lab("name", p.name)],
                    [p.sex],
                    [f"{p.birth:%Y.%m}"],
                    [str(age)],
                    idc,
                    [lab("address", c.rural_address(house=c.chance(0.4)))],
                    [str(std)],
                    [note],
                ]
            )
        elif layout == "B":
            card, _ = c.bank()
            rows.append(
                [
                    [str(i)],
                    [c.village()],
                    [lab("name", p.name)],
                    [p.sex],
                    [str(age)],
                    idc,
                    [lab("bank_card", card)],
                    [f"{std * 3}"],
                ]
            )
        elif layout == "C":
            rows.append(
                [
                    [str(i)],
                    [lab("name", p.name)],
                    [str(age)],
                    [lab("address", c.address())],
                    [c.phone(0.5)] if c.chance(0.85) else ["无"],
                    [f"{std * 3}.00"],
                    [note],
                ]
            )
        else:
            addr = c.rural_address(prefix=0)
            tail: list[Part] = ["，身份证号：", *idc] if c.chance(0.4) else []
            d.add(
                f"{i}{c.pick(('．', '.', '、'))}",
                lab("name", p.name),
                f"，{p.sex}，{p.birth.year}年{p.birth.month}月出生，{age}岁，",
                lab("address", addr),
                *tail,
                f"，月发放标准{std}元。\n",
            )
    if layout == "A":
        table(
            c,
            d,
            ["序号", "姓名", "性别", "出生年月", "年龄", "身份证号码", "家庭住址", "月标准（元）", "备注"],
            rows,
            c.style(("tab", "pad", "html", "pipe")),
        )
    elif layout == "B":
        table(
            c,
            d,
            ["序号", "所在村", "姓名", "性别", "年龄", "身份证号", "代发账号", "本季度金额（元）"],
            rows,
            c.style(("tab", "pad", "csv", "html")),
        )
    elif layout == "C":
        table(c, d, ["序号", "姓名", "年龄", "住址", "联系电话", "发放金额", "备注"], rows, c.style())
    c.para(d, f"本季度共发放{n}人，合计{c.num(str(total))}元，资金已通过“一卡通”代发。")
    c.para(
        d,
        f"公示时间：{c.ds(c.days(0, 2))}至{c.ds(c.days(7, 9))}。公示期间如有异议，请联系："
        f"{town}社会事务办，联系人：{c.official()}，电话：{c.office_phone()}；"
        f"县民政局监督电话：{c.office_phone()}，或拨打12345政务服务便民热线。",
    )
    signoff(c, d, f"{k.name}民政局")
    return d


def fam_relief(c: Ctx) -> Doc:
    d = Doc("临时救助审批表")
    k, r = c.k, c.rng
    members = c.household(24, 78, r.randint(0, 2))
    app, sp = members[0][0], members[1][0]
    kids = [m for m, _ in members[2:]]
    town = c.town()
    c.title(d, c.pick(("临时救助申请审批表", f"{k.name}临时救助审批表", "临时救助对象审批表（支出型）")))
    d.add(f"编号：LS{c.year}{r.randint(1, 9999):04d}　　填表日期：{c.ds(c.days(-40, -10))}\n")
    ill = c.chance(0.6)
    patient = c.pick([app, sp, *kids])
    disease = c.disease(patient)
    dis = c.chance(0.35)
    dtyp, dgr, dwords = c.disability()
    disabled = c.pick([app, sp, *kids])
    fields: list[tuple[str, Cell]] = [
        (c.pick(("申请人姓名", "申请人", "姓名")), [lab("name", app.name)]),
        ("性别", [app.sex]),
        ("民族", [c.pick(("汉族", "汉族", "回族", "壮族", "苗族", "彝族"))]),
        ("出生日期", [c.ds(app.birth)]),
        (c.pick(("身份证号码", "公民身份号码", "身份证号")), [lab("id_card", c.num(app.pid))]),
        (c.pick(("联系电话", "手机号码")), [lab("mobile", c.mobile())]),
    ]
    if c.chance(0.45):
        fields.append((c.pick(("家庭电话", "固定电话", "住宅电话")), [lab("landline", c.landline())]))
    fields.append((c.pick(("户籍地址", "户籍所在地")), [lab("address", c.rural_address())]))
    fields.append(("现居住地址", ["同上"] if c.chance(0.3) else [lab("address", c.address())]))
    fields.append(("家庭人口", [f"{2 + len(kids)}人"]))
    if dis:
        fields.append(("残疾人证号", [lab("id_card", disabled.pid.upper()), DIS_CODE[dtyp] + str(dgr)]))
        fields.append(("残疾类别及等级", [lab("health", dwords)]))
    if c.chance(0.15):
        fields.append(("电子邮箱", [lab("email", c.email())]))
    form(c, d, fields, c.pick(("colon", "tab", "pairs", "html")))
    d.add(c.pick(("家庭成员情况：\n", "共同生活家庭成员\n", "【家庭成员】\n")))
    rows: list[list[Cell]] = []
    for m, rel in [(app, "本人"), *members[1:]]:
        if m is patient and ill:
            health: Cell = [lab("health", disease)]
        elif m is disabled and dis:
            health = [lab("health", dwords)]
        else:
            health = [c.pick(("健康", "健康", "良好", "一般"))]
        age = c.age(m)
        if age < 23:
            job = "在校学生" if age > 6 else "学龄前"
        else:
            job = c.pick(("务农", "务工", "无", "灵活就业") if age < 65 else ("无", "务农"))
        rows.append([[lab("name", m.name)], [rel], [lab("id_card", c.num(m.pid))], health, [job]])
    table(
        c,
        d,
        ["姓名", "与申请人关系", "身份证号码", "健康状况", "就业（就学）情况"],
        rows,
        c.style(("tab", "pad", "csv", "html")),
    )
    cost = c.amount(20000, 180000, cents=False)
    if ill:
        who = (
            "申请人"
            if patient is app
            else f"申请人之{'妻' if not sp.male else '夫'}"
            if patient is sp
            else "申请人子女"
        )
        reason: list[Part] = [
            f"{who}",
            lab("name", patient.name),
            f"于{c.ds(c.days(-200, -30))}{c.pick(('确诊', '被诊断为', '因病住院，诊断为'))}",
            lab("health", disease),
            f"，住院治疗花费医疗费用{cost}元，经基本医保、大病保险报销后"
            f"个人自付{c.amount(8000, 60000, cents=False)}元，家庭生活陷入困境。",
        ]
    else:
        reason = [
            f"{c.ds(c.days(-90, -10))}，申请人家中"
            + c.pick(("突发火灾，房屋及家具烧毁", "遭遇暴雨，院墙及两间房屋倒塌", "主要劳动力务工时意外受伤"))
            + "，"
            f"直接损失约{c.amount(5000, 40000, cents=False)}元，基本生活暂时困难。"
        ]
    d.add("申请救助事由：\n")
    c.para(d, *reason)
    card, bank = c.bank()
    d.add(f"救助类型：{c.pick(('支出型', '急难型'))}　　申请金额：{c.amount(2000, 10000)}元\n")
    d.add(
        f"开户银行：{bank}{k.name}支行\n户名：",
        lab("name", app.name),
        "\n账号：",
        lab("bank_card", card),
        "\n",
    )
    if c.chance(0.35):
        agent = c.person(20, 60)
        d.add(
            "代办人：",
            lab("name", agent.name),
            f"（申请人之{c.pick(('子', '女', '侄', '兄', '弟'))}）　联系电话：",
            lab("mobile", c.mobile()),
            "\n",
        )
    d.add(
        f"村（居）民委员会意见：经入户调查，情况属实，经村民代表评议，同意上报。\n"
        f"　　村委会主任：{c.official()}　　{c.ds(c.days(-25, -20))}\n"
    )
    d.add(
        f"{town}人民政府审核意见：经核查，符合临时救助条件，建议救助{c.amount(2000, 8000, cents=False)}元。\n"
        f"　　经办人：{c.official()}　　审核人：{c.official()}　　{c.ds(c.days(-18, -10))}\n"
    )
    d.add(f"{k.name}民政局审批意见：同意。　　审批人：{c.official()}　　{c.ds(c.days(-8, -1))}\n")
    if c.chance(0.4):
        d.add(f"（咨询电话：{c.office_phone()}　地址：{c.office_address()}　邮编：{k.postcode}）\n")
    return d


def fam_labour(c: Ctx) -> Doc:
    d = Doc("劳动保障监察责令改正决定书")
    k, r = c.k, c.rng
    c.html = c.chance(0.1)
    comp = c.company(
        c.pick(("建筑工程有限公司", "劳务有限公司", "服装有限公司", "餐饮管理有限公司", "建材有限公司"))
    )
    c.line(d, f"{k.name}人力资源和社会保障局")
    c.title(d, c.pick(("劳动保障监察责令改正决定书", "劳动保障监察限期改正指令书")))
    c.line(d, c.doc_no("人社监令"))
    c.line(d, f"{comp}：")
    c.line(d, f"统一社会信用代码：{c.credit(c.pick(('91', '91', '92')))}")
    c.line(d, f"{c.pick(('负责人', '法定代表人（负责人）'))}：{c.official()}　　地址：{c.shop_address()}")
    with_addr = c.chance(0.35)
    workers = [
        c.person(20, 62, area=k.code if with_addr else c.pick((k.code, c.id_area(), c.pick(OTHER_AREAS))))
        for _ in range(r.randint(2, 6))
    ]
    start = c.days(-300, -180)
    end = c.days(-120, -40)
    owed = [r.randint(30, 250) * 100 for _ in workers]
    project = c.pick(
        (
            f"{k.name}{c.pick(COMPOUNDS)}{c.pick(COMPOUND_SUFFIX)}{r.randint(1, 3)}期项目",
            f"{c.town()}{c.village()}道路硬化工程",
            f"{k.name}第{cnum(r.randint(1, 5))}中学教学楼工程",
        )
    )
    lead = workers[0]
    c.para(
        d,
        f"经查，你单位在{project}施工期间，存在拖欠劳动者工资的违法行为。",
        lab("name", lead.name),
        f"等{len(workers)}名劳动者于{c.ds(c.days(-30, -20))}向本局投诉，经调查核实，你单位拖欠",
        lab("name", workers[0].name),
        "、",
        lab("name", workers[1].name),
        f"等{len(workers)}名劳动者{start.year}年{start.month}月至{end.year}年{end.month}月工资共计"
        f"{c.num(f'{sum(owed):,}')}元（名单附后）。",
    )
    c.para(
        d,
        "以上事实有",
        lab("name", lead.name),
        "等人的投诉材料、对你单位项目负责人李某某的询问笔录、工资表、"
        f"考勤记录等证据证实。你单位已于{c.ds(c.days(-15, -10))}收到《劳动保障监察询问通知书》"
        f"（{c.doc_no('人社监询')}），逾期未作说明。",
    )
    c.para(
        d,
        f"根据《劳动保障监察条例》第二十六条第（一）项的规定，本局责令你单位于{c.ds(c.days(5, 15))}前将拖欠的"
        "工资足额支付给劳动者，并将支付凭证报送本局。逾期不支付的，本局将依法责令你单位按应付金额百分之五十以上"
        "一倍以下的标准计算，向劳动者加付赔偿金。",
    )
    c.para(
        d,
        f"如不服本决定，可以在收到本决定书之日起六十日内向{k.name}人民政府申请行政复议，或者在六个月内向"
        f"{k.name}人民法院提起行政诉讼。",
    )
    c.line(
        d,
        f"劳动保障监察员：{c.official()}（执法证号：{k.code[:2]}{c.digits(9)}）　"
        f"{c.official()}（执法证号：{k.code[:2]}{c.digits(9)}）",
    )
    c.line(d, f"联系电话：{c.office_phone()}　　地址：{c.office_address()}")
    signoff(c, d, f"{k.name}人力资源和社会保障局")
    d.add("\n附：被拖欠工资劳动者名单\n")
    with_card = c.chance(0.4)
    header = ["序号", "姓名", "身份证号码", "工种", "拖欠金额（元）", "联系电话"]
    if with_card:
        header.append("工资卡号")
    if with_addr:
        header.append("户籍地址")
    rows: list[list[Cell]] = []
    for i, (w, amt) in enumerate(zip(workers, owed, strict=True), 1):
        bad = c.chance(0.06)
        row: list[Cell] = [
            [str(i)],
            [lab("name", w.name)],
            [c.bad_id(w)] if bad else [lab("id_card", c.num(w.pid))],
            [c.pick(("钢筋工", "木工", "瓦工", "小工", "架子工", "缝纫工", "厨师", "电焊工"))],
            [f"{amt:,}"],
            [lab("mobile", c.mobile())],
        ]
        if with_card:
            row.append([lab("bank_card", c.bank()[0])])
        if with_addr:
            row.append([lab("address", c.rural_address())])
        rows.append(row)
    total: list[Cell] = [["合计"], [""], [""], [""], [f"{sum(owed):,}"], [""]]
    total += [[""] for _ in range(int(with_card) + int(with_addr))]
    rows.append(total)
    table(c, d, header, rows, c.style(("tab", "pad", "html", "csv", "pipe")))
    return d


def fam_marriage(c: Ctx) -> Doc:
    d = Doc("婚姻登记档案查询结果告知书")
    k, r = c.k, c.rng
    c.html = c.chance(0.1)
    old = c.chance(0.65)
    if old:
        c.date_style = 0
        wed = dt.date(r.randint(1980, 1998), r.randint(1, 12), r.randint(1, 28))
    else:
        wed = dt.date(r.randint(2000, c.year - 1), r.randint(1, 12), r.randint(1, 28))
    hus = c.person(max(22, c.year - wed.year + 21), c.year - wed.year + 30, male=True)
    wife = c.person(max(20, c.year - wed.year + 20), c.year - wed.year + 28, male=False)
    mode = r.randrange(3)  # 0: one spouse asks; 1: a child asks; 2: the spouse asks for a notary
    applicant = (
        hus if mode != 1 else c.person(18, max(19, c.year - wed.year - 1), area=hus.pid[:6], sur=hus.surname)
    )
    c.title(
        d, c.pick(("婚姻登记档案查询结果告知书", "婚姻登记档案查询答复书", "关于婚姻登记档案查询申请的答复"))
    )
    c.line(d, c.doc_no("民婚查"))
    c.line(d, lab("name", applicant.name), "：")
    if mode == 1:
        subj: list[Part] = ["你父亲", lab("name", hus.name), "与母亲", lab("name", wife.name)]
    else:
        subj = ["你与", lab("name", wife.name)]
    c.para(
        d,
        f"你于{c.ds(c.days(-20, -3))}持居民身份证（",
        lab("id_card", c.num(applicant.pid)),
        "）向本机关申请查询",
        *subj,
        "的婚姻登记档案。"
        + c.pick(("", f"用途：{c.pick(('办理继承公证', '办理不动产登记', '出国（境）探亲', '诉讼'))}。")),
    )
    c.para(d, "经查，本机关存有以下婚姻登记档案：")
    cross = c.chance(0.22)

    def who(p: Person, tw: bool) -> list[Part]:
        parts: list[Part] = [lab("name", p.name), f"，{p.sex}，{c.ds(p.birth, 0)}出生，"]
        if tw:
            doc = c.pick(("台湾居民来往大陆通行证", "台胞证", "港澳居民来往内地通行证"))
            num = c.digits(8) if doc != "港澳居民来往内地通行证" else c.pick("HM") + c.digits(8)
            kind = "hk_macau_permit" if doc.startswith("港澳") else "tw_permit"
            parts += [f"持{doc}，号码", lab(kind, num)]
        elif old and c.chance(0.7):
            parts += [
                c.pick(("身份证号（一代）", "原身份证号", "身份证号码")),
                lab("id_card_15", c.id15(p)),
            ]
        else:
            parts += ["身份证号", lab("id_card", c.num(p.pid))]
        return parts

    def commune() -> str:
        return re.sub(r"(镇|乡|街道)$", "", c.town())

    c.para(d, *who(hus, False), "；")
    c.para(d, *who(wife, cross), "。")
    cert = (
        f"J{k.code}-{wed.year}-{r.randint(1, 9999):06d}"
        if not old
        else f"{wed.year}字第{r.randint(1, 999)}号"
    )
    c.para(
        d,
        f"双方于{c.ds(wed, 0)}在{k.name}{c.pick(('民政局', '人民政府', f'{c.town()}人民政府'))}办理结婚登记，"
        f"结婚证字号：{cert}。",
    )
    if old and c.chance(0.7):
        wife_addr: list[Part] = (
            []
            if cross
            else [
                "，女方户口所在地为",
                lab("address", f"{commune()}公社{c.pick(VILLAGES)}大队{cnum(r.randint(1, 9))}队"),
            ]
        )
        c.para(
            d,
            "档案记载男方户口所在地为",
            lab("address", f"{k.name}{commune()}公社{c.pick(VILLAGES)}大队{cnum(r.randint(1, 9))}队"),
            *wife_addr,
            "。",
        )
    if c.chance(0.3):
        div = wed + dt.timedelta(days=r.randint(800, 6000))
        if div < c.date:
            c.para(
                d,
                f"双方于{c.ds(div, 0)}办理离婚登记，"
                f"离婚证字号：L{k.code}-{div.year}-{r.randint(1, 999):06d}。",
            )
    if c.chance(0.4):
        c.para(
            d,
            "本告知书寄送地址：",
            lab("address", c.address()),
            "，收件人：",
            lab("name", applicant.name),
            "，联系电话：",
            c.phone(0.3),
            "。",
        )
    elif c.chance(0.3):
        c.para(d, "你留存的电子邮箱为", lab("email", c.email()), "，本告知书扫描件已同时发送。")
    c.para(d, "特此告知。")
    c.para(d, f"（经办人：{c.official()}　联系电话：{c.office_phone()}　电子邮箱：{c.gov_mail('mzj')}）")
    signoff(c, d, f"{k.name}民政局婚姻登记处")
    return d


def fam_travel(c: Ctx) -> Doc:
    d = Doc("出入境证件作废公告")
    k, r = c.k, c.rng
    c.html = c.chance(0.15)
    org = c.pick((f"{k.city}公安局出入境管理支队", f"{k.name}公安局出入境管理大队", f"{k.name}公安局"))
    c.title(d, f"{org}关于宣布{c.year}年第{cnum(r.randint(1, 12))}批出入境证件作废的公告")
    c.para(
        d,
        "根据《中华人民共和国护照法》第十九条、《中华人民共和国出境入境管理法》第十二条以及《中国公民往来台湾地区"
        "管理办法》《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》的有关规定，下列持证人申报遗失（被盗、"
        "被抢）的出入境证件，现宣布作废：",
    )
    kinds = (("普通护照", "passport"), ("往来港澳通行证", "hk_macau_permit"), ("往来台湾通行证", "tw_permit"))
    n = r.randint(3, 8)
    people = [c.person(6, 75) for _ in range(n)]
    docs = [c.pick((kinds[0], kinds[0], kinds[1], kinds[1], kinds[2])) for _ in range(n)]

    def number(kind: str) -> str:
        return (
            c.passport()
            if kind == "passport"
            else c.hk_permit()
            if kind == "hk_macau_permit"
            else c.tw_permit()
        )

    layout = r.randrange(4)
    with_id = c.chance(0.25)
    if layout == 0:
        header = ["序号", "姓名", "性别", "出生日期", "证件类型", "证件号码", "作废原因"]
        if with_id:
            header.insert(4, "身份证号码")
        rows: list[list[Cell]] = []
        for i, (p, (dname, kind)) in enumerate(zip(people, docs, strict=True), 1):
            row: list[Cell] = [
                [str(i)],
                [lab("name", p.name)],
                [p.sex],
                [c.ds(p.birth, 1)],
                [dname],
                [lab(kind, number(kind))],
                [c.pick(("遗失", "遗失", "被盗", "被抢"))],
            ]
            if with_id:
                row.insert(4, [lab("id_card", c.num(p.pid))])
            rows.append(row)
        table(c, d, header, rows, c.style(("tab", "pad", "html", "pipe", "csv")))
    elif layout == 1:
        for i, (p, (dname, kind)) in enumerate(zip(people, docs, strict=True), 1):
            c.line(
                d,
                f"{i}.",
                lab("name", p.name),
                f"，{p.sex}，{c.ds(p.birth, 0)}出生，{dname}，号码：",
                lab(kind, number(kind)),
                f"，{c.pick(('遗失', '被盗'))}作废。",
            )
    else:
        sec = 0
        for dname, kind in kinds:
            group = [p for p, dk in zip(people, docs, strict=True) if dk[1] == kind]
            if not group:
                continue
            sec += 1
            c.line(d, f"{cnum(sec)}、{dname}（{len(group)}本）")
            rows = [
                [[lab("name", p.name)], [p.sex], [c.ds(p.birth, 1)], [lab(kind, number(kind))]] for p in group
            ]
            table(c, d, ["姓名", "性别", "出生日期", "证件号码"], rows, c.style(("tab", "pad", "html")))
    c.para(
        d,
        "上述证件自本公告发布之日起作废，任何单位和个人不得使用。持证人如需再次出境，请持本人居民身份证到"
        "公安机关出入境管理窗口重新申请办理。",
    )
    c.para(d, f"咨询电话：{c.office_phone()}　　办公地址：{c.office_address()}　　邮编：{k.postcode}")
    signoff(c, d, org)
    return d


def fam_check(c: Ctx) -> Doc:
    d = Doc("家庭经济状况核对报告")
    k, r = c.k, c.rng
    members = c.household(30, 80, r.randint(0, 3))
    head = members[0][0]
    town = c.town()
    c.line(d, f"{k.name}居民家庭经济状况核对中心")
    c.title(d, c.pick(("社会救助家庭经济状况核对报告", "居民家庭经济状况核对报告书")))
    d.add(
        f"报告编号：HD{c.year}{r.randint(1, 999999):06d}　　委托单位：{town}人民政府　　委托日期："
        f"{c.ds(c.days(-20, -5))}\n"
    )
    d.add(
        f"救助类别：{c.pick(('最低生活保障', '特困人员供养', '临时救助', '低保边缘家庭'))}"
        f"（{c.pick(('新申请', '复核'))}）\n"
    )
    d.add("核对对象：", lab("name", head.name), f"（户主）家庭，共{len(members)}人\n")
    d.add(c.pick(("户籍地址：", "家庭住址：")), lab("address", c.rural_address()), "\n")
    if c.chance(0.4):
        d.add("联系电话：", c.phone(0.4), "\n")
    d.add("一、核对对象基本信息\n")
    rows: list[list[Cell]] = []
    for i, (m, rel) in enumerate(members, 1):
        rows.append([[str(i)], [lab("name", m.name)], [rel], [lab("id_card", c.num(m.pid))]])
    table(c, d, ["序号", "姓名", "与户主关系", "身份证号码"], rows, c.style(("tab", "pad", "html", "csv")))
    d.add("二、核对结果\n")
    items: list[list[Part]] = []
    m1 = c.pick(members)[0]
    card, bank = c.bank()
    items.append(
        [
            "银行存款：",
            lab("name", m1.name),
            f"名下{bank}账户（卡号",
            lab("bank_card", card),
            f"）余额{c.amount(100, 30000)}元，其他家庭成员未查询到{c.pick(('5000元以上', '大额'))}存款。",
        ]
    )
    if c.chance(0.5):
        m2 = c.pick(members[:2])[0]
        items.append(
            [
                "机动车辆：",
                lab("name", m2.name),
                f"名下登记{c.pick(('小型轿车', '轻型普通货车', '三轮汽车', '小型普通客车'))}一辆，号牌号码",
                lab("license_plate", c.plate()),
                "，初次登记日期",
                c.ds(dt.date(r.randint(2008, 2022), r.randint(1, 12), r.randint(1, 28)), 1),
                "。",
            ]
        )
    else:
        items.append(["机动车辆：未查询到家庭成员名下机动车登记信息。"])
    if c.chance(0.55):
        m3 = c.pick(members[:2])[0]
        items.append(
            [
                "不动产：",
                lab("name", m3.name),
                "名下房屋一套，坐落：",
                lab("address", c.urban_address()),
                f"，建筑面积{r.randint(45, 140)}.{r.randint(10, 99)}平方米，不动产权证号："
                f"{k.plate[0]}（{r.randint(2016, c.year)}）{k.name}不动产权第{r.randint(1, 99999):07d}号。",
            ]
        )
    else:
        items.append(["不动产：除户籍地自建房外，未查询到其他房产登记信息。"])
    if c.chance(0.35):
        m4 = c.pick(members)[0]
        items.append(
            [
                "工商登记：",
                lab("name", m4.name),
                f"系个体工商户“{k.name[:2]}{c.pick(BRANDS)}"
                f"{c.pick(('便利店', '农资店', '小吃店', '修理部'))}”经营者，统一社会信用代码"
                f"{c.credit('92')}，登记状态：存续。",
            ]
        )
    items.append(
        [
            "社会保险：",
            lab("name", head.name),
            "参加城乡居民基本养老保险，",
            c.pick(("已领取待遇，月领取", "按最低档次缴费，年缴费")),
            f"{c.amount(100, 300, cents=False)}元。",
        ]
    )
    if c.chance(0.45):
        ill = c.pick(members)[0]
        if c.chance(0.5):
            items.append(
                [
                    "其他：申请人自述",
                    lab("name", ill.name),
                    f"{c.pick(('患', '身患', '长期患有'))}",
                    lab("health", c.disease(ill)),
                    f"，年医疗支出约{c.amount(5000, 50000, cents=False)}元（以医疗机构票据为准）。",
                ]
            )
        else:
            items.append(
                [
                    "其他：",
                    lab("name", ill.name),
                    "持有残疾人证，残疾类别及等级：",
                    lab("health", c.disability()[2]),
                    "。",
                ]
            )
    style = r.randrange(3)
    for i, it in enumerate(items, 1):
        mark = (f"（{cnum(i)}）", f"{i}.", f"{i}、")[style]
        c.line(d, mark, *it)
    c.para(
        d, "本报告仅作为社会救助审核确认的依据，不作他用。委托单位应当对核对结果中涉及的个人信息予以保密。"
    )
    d.add(f"核对人：{c.official()}、{c.official()}　　复核人：{c.official()}\n联系电话：{c.office_phone()}\n")
    signoff(c, d, f"{k.name}居民家庭经济状况核对中心（盖章）")
    return d


def vin(c: Ctx) -> str:
    wmi = c.pick(("LZZ", "LFW", "LGA", "LRD", "LJ1", "LBZ", "LDD"))
    chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    return (
        wmi
        + "".join(c.pick(chars) for _ in range(5))
        + c.pick("0123456789X")
        + c.pick("DEFGHJKLMN")
        + c.pick(chars)
        + c.digits(6)
    )


def fam_trucks(c: Ctx) -> Doc:
    d = Doc("老旧营运货车淘汰补贴公示")
    k, r = c.k, c.rng
    c.html = c.chance(0.1)
    c.meta(d, "交通运输局", "交运发")
    batch = r.randint(1, 6)
    c.title(
        d,
        c.pick(
            (
                f"关于{c.year}年第{cnum(batch)}批国三及以下排放标准营运柴油货车提前淘汰补贴资金拟发放车辆的公示",
                f"{k.name}{c.year}年老旧营运货车报废更新补贴名单公示",
            )
        ),
    )
    c.para(
        d,
        f"根据《{k.province}国三及以下排放标准营运柴油货车提前淘汰更新实施方案》，经车主申请、{k.name}交通运输局"
        f"初审、{k.name}生态环境分局和公安交警大队联审，现将第{cnum(batch)}批拟补贴车辆名单予以公示（补贴标准按车辆"
        "类型和提前淘汰时间分档核定）：",
    )
    n = r.randint(2, 6)
    layout = r.randrange(3)
    extra = c.pick(("none", "phone", "bank", "id"))
    header = [
        "序号",
        "车主",
        "号牌号码",
        "车辆识别代号",
        "车辆类型",
        "道路运输证号",
        "注销日期",
        "补贴金额（元）",
    ]
    if extra == "phone":
        header.append("联系电话")
    elif extra == "bank":
        header.append("收款账号")
    elif extra == "id":
        header.insert(2, "身份证号码")
    rows: list[list[Cell]] = []
    total = 0
    for i in range(1, n + 1):
        p = c.person(28, 65)
        amt = c.pick((18000, 28000, 35000, 45000, 60000, 80000))
        total += amt
        row: list[Cell] = [
            [str(i)],
            [lab("name", p.name)],
            [lab("license_plate", c.plate(truck=True))],
            [vin(c)],
            [c.pick(("重型半挂牵引车", "重型仓栅式货车", "中型自卸货车", "轻型厢式货车", "重型罐式货车"))],
            [f"{k.code}{c.digits(6)}"],
            [c.ds(c.days(-120, -10), 1)],
            [f"{amt}"],
        ]
        if extra == "phone":
            row.append([lab("mobile", c.mobile())])
        elif extra == "bank":
            row.append([lab("bank_card", c.bank()[0])])
        elif extra == "id":
            row.insert(2, [lab("id_card", c.num(p.pid))])
        rows.append(row)
    if layout == 0:
        table(c, d, header, rows, c.style(("tab", "pad", "html", "pipe", "block")))
    elif layout == 1:
        table(c, d, header, rows, "csv")
    else:
        for row in rows:
            parts: list[Part] = []
            for h, cell in zip(header, row, strict=True):
                if h == "序号":
                    parts.append(f"{plain(cell)}．")
                    continue
                parts += [f"{h}：", *cell, "；"]
            c.line(d, *parts[:-1], "。")
    c.para(
        d,
        f"本批次共{n}辆，补贴资金合计{c.num(f'{total:,}')}元。"
        f"公示期为{c.ds(c.days(1, 2))}至{c.ds(c.days(8, 10))}"
        "（5个工作日）。",
    )
    c.para(
        d,
        f"公示期间，如有异议，请以书面形式向{k.name}交通运输局运输管理股反映。联系人：{c.official()}，联系电话："
        f"{c.office_phone()}；监督电话：{c.office_phone()}。",
    )
    signoff(c, d, f"{k.name}交通运输局")
    return d


def fam_blood(c: Ctx) -> Doc:
    d = Doc("无偿献血者用血费用报销公示")
    k, r = c.k, c.rng
    c.html = c.chance(0.12)
    m = c.date.month
    c.meta(d, "卫生健康局", "卫健发")
    c.title(
        d,
        c.pick(
            (
                f"关于{c.year}年{m}月无偿献血者及其亲属用血费用报销情况的公示",
                f"{k.name}{c.year}年第{cnum((m - 1) // 3 + 1)}季度献血者用血报销名单",
            )
        ),
    )
    c.para(
        d,
        f"依据《中华人民共和国献血法》第十四条和《{k.province}无偿献血者及其亲属临床用血费用报销管理办法》，"
        f"经{k.city}中心血站审核，现将本期用血费用报销情况公示如下：",
    )
    hospitals = (
        f"{k.name}人民医院",
        f"{k.city}第一人民医院",
        f"{k.name}中医医院",
        f"{k.city}人民医院",
        f"{k.province[:2]}医科大学总医院",
    )
    n = r.randint(2, 5)
    layout = r.randrange(3)
    rows: list[list[Cell]] = []
    for i in range(1, n + 1):
        donor = c.person(19, 60)
        rel = c.pick(("本人", "本人", "配偶", "父亲", "母亲", "子女", "岳母", "公公"))
        user = donor if rel == "本人" else c.person(1 if rel == "子女" else 45, 30 if rel == "子女" else 85)
        cert = f"{k.code}{c.year - r.randint(1, 9)}{r.randint(1, 99999):05d}"
        units = f"{r.randint(2, 12)}U" if c.chance(0.6) else f"{r.randint(2, 8) * 200}ml"
        amt = c.amount(300, 4000)
        dis = c.pick(BLOOD_DISEASES)
        user_cell: Cell = ["同上"] if user is donor else [lab("name", user.name)]
        if layout == 0:
            rows.append(
                [
                    [str(i)],
                    [lab("name", donor.name)],
                    [cert],
                    user_cell,
                    [rel],
                    [c.pick(hospitals)],
                    [lab("health", dis)],
                    [units],
                    [amt],
                ]
            )
        elif layout == 1:
            card = c.bank()[0]
            rows.append(
                [
                    [str(i)],
                    [lab("name", donor.name)],
                    [lab("id_card", c.num(donor.pid))],
                    [cert],
                    user_cell,
                    [rel],
                    [lab("health", dis)],
                    [amt],
                    [lab("bank_card", card)],
                ]
            )
        else:
            tail: list[Part] = []
            if c.chance(0.4):
                tail = ["，报销款已转入其银行卡", lab("bank_card", c.bank()[0])]
            if user is donor:
                c.para(
                    d,
                    f"{i}. 献血者",
                    lab("name", donor.name),
                    f"（献血证号{cert}，累计献血{r.randint(400, 4000)}ml）因{c.pick(('', '患'))}",
                    lab("health", dis),
                    f"于{c.ds(c.days(-90, -10))}在{c.pick(hospitals)}住院，输血{units}，报销{amt}元",
                    *tail,
                    "。",
                )
            else:
                c.para(
                    d,
                    f"{i}. 献血者",
                    lab("name", donor.name),
                    f"（献血证号{cert}）之{rel}",
                    lab("name", user.name),
                    f"，因{c.pick(('', '患'))}",
                    lab("health", dis),
                    f"在{c.pick(hospitals)}住院治疗，临床用血{units}，报销{amt}元",
                    *tail,
                    "。",
                )
    if layout == 0:
        table(
            c,
            d,
            [
                "序号",
                "献血者姓名",
                "献血证号",
                "用血者姓名",
                "与献血者关系",
                "就诊医院",
                "疾病诊断",
                "用血量",
                "报销金额（元）",
            ],
            rows,
            c.style(("tab", "pad", "html", "pipe", "block")),
        )
    elif layout == 1:
        table(
            c,
            d,
            ["序号", "献血者", "身份证号码", "献血证号", "用血者", "关系", "诊断", "报销金额", "收款账号"],
            rows,
            c.style(("tab", "pad", "csv", "html")),
        )
    c.para(
        d,
        f"公示期7天。如有异议，请向{k.name}卫生健康局医政医管股反映，联系电话：{c.office_phone()}；"
        f"{k.city}中心血站报销窗口咨询电话：{c.office_phone()}。",
    )
    signoff(c, d, f"{k.name}卫生健康局")
    return d


def fam_monitor(c: Ctx) -> Doc:
    d = Doc("防止返贫监测对象公示")
    r = c.rng
    c.html = c.chance(0.1)
    town = c.town()
    batch = r.randint(1, 4)
    c.title(
        d,
        c.pick(
            (
                f"{town}{c.year}年第{cnum(batch)}批防止返贫监测对象识别纳入情况公示",
                f"关于{town}拟纳入防止返贫动态监测对象的公示",
            )
        ),
    )
    n = r.randint(2, 5)
    hh = [c.person(30, 80) for _ in range(n)]
    c.para(
        d,
        "根据《关于健全防止返贫动态监测和帮扶机制的指导意见》，经农户申请（干部排查）、村级民主评议、乡镇审核、"
        f"县级审定，拟将以下{n}户{sum(r.randint(1, 6) for _ in hh)}人纳入防止返贫监测对象，现予公示：",
    )
    types = ("脱贫不稳定户", "边缘易致贫户", "突发严重困难户")
    layout = r.randrange(3)
    rows: list[list[Cell]] = []
    for i, h in enumerate(hh, 1):
        risk = c.pick(("因病", "因病", "因残", "因意外事故", "因学", "因灾"))
        size = r.randint(1, 6)
        desc: list[Part]
        if risk == "因病":
            rel = c.pick(("户主本人", "妻子" if h.male else "丈夫", "儿子", "母亲"))
            if rel == "户主本人":
                desc = [
                    f"{rel}{c.pick(('患', '确诊'))}",
                    lab("health", c.pick(DISEASES)),
                    f"，当年自付医疗费用{c.amount(8000, 60000, cents=False)}元",
                ]
            else:
                a = c.age(h)
                lo, hi = {"儿子": (1, a - 20), "母亲": (a + 20, min(100, a + 35))}.get(rel, (a - 6, a + 6))
                other = c.person(
                    lo,
                    hi,
                    male=rel in {"丈夫", "儿子"},
                    sur=h.surname if rel == "儿子" and h.male else None,
                )
                desc = [rel, lab("name", other.name), "患", lab("health", c.disease(other)), "，需长期治疗"]
        elif risk == "因残":
            rel = c.pick(("户主本人", "儿子", "女儿", "妻子" if h.male else "丈夫"))
            dwords = c.disability()[2]
            desc = [rel, lab("health", dwords), "，丧失劳动能力"]
        elif risk == "因意外事故":
            desc = [
                c.pick(("户主务工时从高处坠落致", "户主遭遇交通事故致")),
                lab("health", c.pick(("腰椎骨折", "颅脑损伤", "股骨骨折", "截瘫"))),
                "，家庭主要收入中断",
            ]
        elif risk == "因学":
            desc = [f"两名子女同时就读{c.pick(('高中和大学', '大学'))}，教育支出较大"]
        else:
            desc = [f"{c.ds(c.days(-90, -20))}暴雨致房屋受损、农作物绝收"]
        typ = c.pick(types)
        if layout == 0:
            c.line(
                d,
                f"{i}{c.pick(('．', '.', '、'))}",
                lab("name", h.name),
                "户，",
                lab("address", f"{c.village()}{c.group()}"),
                f"，家庭人口{size}人，监测类型：{typ}，主要风险：{risk}（",
                *desc,
                "）。",
            )
        elif layout == 1:
            id_cell: Cell = [c.masked_id(h)] if c.chance(0.6) else [lab("id_card", c.num(h.pid))]
            rows.append(
                [[str(i)], [c.village()], [lab("name", h.name)], id_cell, [str(size)], [typ], [risk], desc]
            )
        else:
            rows.append(
                [
                    [str(i)],
                    [lab("name", h.name)],
                    [lab("address", c.rural_address(prefix=0, house=c.chance(0.3)))],
                    [str(size)],
                    [typ],
                    [risk, "：", *desc],
                ]
            )
    if layout == 1:
        table(
            c,
            d,
            ["序号", "所在村", "户主姓名", "身份证号", "家庭人口", "监测对象类别", "风险类别", "风险描述"],
            rows,
            c.style(("tab", "pad", "html", "pipe")),
        )
    elif layout == 2:
        table(
            c,
            d,
            ["序号", "户主", "家庭住址", "人口", "类别", "致贫返贫风险"],
            rows,
            c.style(("tab", "html", "csv", "block")),
        )
    c.para(
        d,
        f"公示时间：{c.ds(c.days(0, 1))}至{c.ds(c.days(5, 7))}。"
        f"公示期间如有异议，请向{town}人民政府乡村振兴工作站反映。联系人：{c.official()}，联系电话：{c.office_phone()}；县防返贫监测帮扶热线：{c.office_phone()}。",
    )
    signoff(c, d, f"{town}人民政府")
    return d


def fam_gas(c: Ctx) -> Doc:
    d = Doc("燃气安全隐患整改通知")
    k, r = c.k, c.rng
    hazards = (
        "燃气胶管超过使用年限、老化龟裂",
        "燃气灶具未安装熄火保护装置",
        "使用非金属软管连接灶具",
        "燃气表与灶具水平间距不足30厘米",
        "燃气热水器安装在卫生间内",
        "未安装可燃气体报警装置",
        "私自改装燃气管道",
        "橱柜封闭燃气立管且未留检修口",
    )
    if c.chance(0.55):
        c.html = c.chance(0.15)
        u = c.person(25, 88)
        c.line(d, f"{k.name}住房和城乡建设局")
        c.title(d, c.pick(("城镇燃气用户安全隐患整改通知书", "燃气用户安全隐患告知书")))
        d.add(f"编号：YH{c.year}{r.randint(1, 999999):06d}\n")
        fields: list[tuple[str, Cell]] = [
            (c.pick(("用户姓名", "户主姓名", "用户名称")), [lab("name", u.name)]),
            ("用户编号", [c.digits(10, "123456789")]),
            (c.pick(("用户地址", "安装地址", "住址")), [lab("address", c.urban_address())]),
            (c.pick(("联系电话", "手机")), [lab("mobile", c.mobile())]),
        ]
        if c.chance(0.3):
            fields.append((c.pick(("固定电话", "家庭电话")), [lab("landline", c.landline())]))
        fields.append(("安检日期", [c.ds(c.days(-10, -1))]))
        form(c, d, fields, c.pick(("colon", "pairs", "tab", "html")))
        c.para(d, "经入户安全检查，发现你户存在以下燃气安全隐患：")
        for i, hz in enumerate(r.sample(hazards, r.randint(1, 3)), 1):
            c.line(d, f"{i}. {hz}；")
        c.para(
            d,
            f"请你户于{c.ds(c.days(3, 15))}前完成整改。"
            "整改期间应加强通风，发现燃气泄漏时立即关闭阀门、开窗通风，"
            "严禁开关电器、使用明火。逾期未整改的，燃气经营企业将依据《城镇燃气管理条例》第二十八条的规定暂停供气。",
        )
        if c.chance(0.3):
            c.para(
                d,
                "特殊用户：",
                lab("name", u.name),
                f"{c.pick(('系独居老人', '与老伴共同居住'))}，{c.pick(('患', '身患'))}",
                lab("health", c.pick(("阿尔茨海默病", "帕金森病", "脑梗死后遗症", "白内障"))),
                "，已通知其子女协助整改。",
            )
        d.add(f"安检单位：{k.name}{c.pick(BRANDS)}燃气有限公司　　安检员工号：A{r.randint(100, 9999):04d}\n")
        d.add(f"服务热线：{c.office_phone()}（24小时）　　监督电话：{c.office_phone()}\n")
        d.add("用户签收：", lab("name", u.name), f"　　{c.ds(c.days(-10, -1))}\n")
        return d
    c.html = c.chance(0.12)
    c.meta(d, "住房和城乡建设局", "住建发")
    c.title(
        d,
        c.pick(
            (
                f"关于城镇燃气用户安全隐患整改情况的通报（第{cnum(r.randint(1, 9))}期）",
                f"{k.name}燃气安全专项整治逾期未整改用户名单公示",
            )
        ),
    )
    c.para(
        d,
        f"按照全县城镇燃气安全专项整治工作部署，{c.ds(c.days(-60, -30))}以来，"
        "县住建局会同燃气经营企业开展入户安检，"
        f"累计检查居民用户{r.randint(8000, 40000)}户、非居民用户{r.randint(200, 1500)}户，发现隐患"
        f"{r.randint(300, 3000)}处，已整改{r.randint(85, 97)}%。截至目前，以下用户经多次通知仍未完成整改：",
    )
    rows: list[list[Cell]] = []
    for i in range(1, r.randint(3, 7)):
        if c.chance(0.75):
            u = c.person(25, 85)
            tel: Cell = [c.phone(0.35)] if c.chance(0.7) else ["—"]
            rows.append(
                [
                    [str(i)],
                    [lab("name", u.name)],
                    [lab("address", c.urban_address(prefix=0))],
                    tel,
                    [c.pick(hazards)],
                    [c.pick(("未整改", "拒绝入户", "整改中"))],
                ]
            )
        else:
            shop = f"{c.pick(BRANDS)}{c.pick(('饭店', '烧烤店', '面馆', '快餐店', '火锅店'))}"
            rows.append(
                [
                    [str(i)],
                    [shop],
                    [c.shop_address()],
                    [c.office_phone()],
                    [c.pick(hazards)],
                    [c.pick(("未整改", "已停气"))],
                ]
            )
    table(
        c,
        d,
        ["序号", "用户名称", "用户地址", "联系电话", "隐患类型", "整改情况"],
        rows,
        c.style(("tab", "pad", "html", "csv", "pipe")),
    )
    c.para(
        d,
        f"请上述用户于{c.ds(c.days(5, 10))}前完成整改。",
        f"咨询电话：{c.office_phone()}，邮箱：{c.gov_mail('zjj')}。",
    )
    signoff(c, d, f"{k.name}住房和城乡建设局")
    return d


def fam_unemployment(c: Ctx) -> Doc:
    d = Doc("失业保险金发放名单")
    k, r = c.k, c.rng
    c.html = c.chance(0.12)
    c.meta(d, "人力资源和社会保障局", "人社发")
    c.title(
        d,
        c.pick(
            (
                f"{k.name}{c.year}年{c.date.month}月失业保险金发放名单",
                f"{k.name}社会保险事业管理中心关于{c.year}年{c.date.month}月失业保险待遇核发情况的公示",
            )
        ),
    )
    c.para(
        d,
        f"根据《失业保险条例》及《{k.province}失业保险条例》规定，经审核，{c.year}年{c.date.month}月共为"
        f"{r.randint(20, 300)}名失业人员发放失业保险金，"
        "现将新增领取人员名单公示如下（月标准为当地最低工资标准的90%）：",
    )
    layout = r.randrange(3)
    n = r.randint(3, 6)
    rows: list[list[Cell]] = []
    for i in range(1, n + 1):
        p = c.person(22, 58)
        months = r.randint(3, 24)
        std = c.pick((1674, 1710, 1800, 1530, 1620))
        unit = c.company()
        bad = c.chance(0.06)
        idc: Cell = [c.bad_id(p)] if bad else [lab("id_card", c.num(p.pid))]
        if layout == 0:
            rows.append(
                [
                    [str(i)],
                    [lab("name", p.name)],
                    [p.sex],
                    idc,
                    [unit],
                    [f"{months}"],
                    [f"{c.ds(c.days(-30, -1), 1)[:7]}至{c.ds(c.days(months * 30, months * 30 + 20), 1)[:7]}"],
                    [f"{std}.00"],
                    [lab("bank_card", c.bank()[0])],
                ]
            )
        elif layout == 1:
            rows.append([[str(i)], [lab("name", p.name)], idc, [unit], [f"{months}个月"], [f"{std}"]])
        else:
            c.line(
                d,
                f"{i}、",
                lab("name", p.name),
                f"，{p.sex}，{c.age(p)}岁，原单位{unit}，"
                f"累计缴费{r.randint(1, 15)}年，核定领取{months}个月，月标准{std}元，社保卡金融账号",
                lab("bank_card", c.bank()[0]),
                "。",
            )
    if layout == 0:
        table(
            c,
            d,
            [
                "序号",
                "姓名",
                "性别",
                "身份证号码",
                "原参保单位",
                "领取月数",
                "领取期限",
                "月标准",
                "社保卡银行账号",
            ],
            rows,
            c.style(("pad", "tab", "html")),
        )
    elif layout == 1:
        table(
            c,
            d,
            ["序号", "姓名", "公民身份号码", "原工作单位", "核定期限", "月发放金额（元）"],
            rows,
            c.style(),
        )
    if c.chance(0.6):
        stop = [c.person(22, 58) for _ in range(r.randint(1, 3))]
        parts: list[Part] = ["本月因重新就业、应征入伍或按月领取基本养老保险待遇停止领取失业保险金人员："]
        for j, s in enumerate(stop):
            parts += ([] if j == 0 else ["、"]) + [lab("name", s.name)]
        parts.append(f"，共{len(stop)}人。")
        c.para(d, *parts)
    c.para(
        d,
        f"咨询电话：{c.office_phone()}（{k.name}社会保险事业管理中心失业保险股）；举报电话：12333。"
        f"单位地址：{c.office_address()}，邮编{k.postcode}。",
    )
    signoff(c, d, f"{k.name}社会保险事业管理中心")
    return d


def fam_complaint(c: Ctx) -> Doc:
    d = Doc("消费投诉处理情况公示")
    k, r = c.k, c.rng
    c.html = c.chance(0.15)
    c.meta(d, "市场监督管理局", "市监发")
    q = (c.date.month - 1) // 3 + 1
    c.title(
        d,
        c.pick(
            (
                f"{k.name}市场监督管理局{c.year}年第{cnum(q)}季度消费投诉处理情况公示",
                f"关于{c.year}年{c.date.month}月消费者投诉举报办理结果的公示",
            )
        ),
    )
    c.para(
        d,
        f"为进一步规范市场经营秩序、保护消费者合法权益，现将本局{c.year}年第{cnum(q)}季度通过全国12315平台受理的"
        f"部分消费投诉处理情况公示如下（共受理投诉{r.randint(60, 400)}件，办结率{r.randint(93, 100)}%）：",
    )
    layout = r.randrange(3)
    n = r.randint(2, 4)
    rows: list[list[Cell]] = []
    for i in range(1, n + 1):
        p = c.person(20, 70)
        topic = r.randrange(4)
        trade = c.pick(
            (
                ("超市", "餐饮店", "熟食店"),
                ("汽车服务有限公司", "汽车修理厂"),
                ("家电商行", "手机卖场", "电器城"),
                ("装饰工程有限公司", "装饰设计工作室"),
            )[topic]
        )
        shop = f"{k.name[:2]}{c.pick(BRANDS)}{trade}"
        tsno = f"1{k.code}{c.year}{c.date.month:02d}{r.randint(1, 99999999):08d}"
        content: list[Part]
        if topic == 0:
            content = [
                "投诉人反映其食用该店销售的熟食后出现",
                lab("health", c.pick(("急性胃肠炎", "食物中毒", "过敏性皮炎"))),
                f"症状，就医花费{c.amount(200, 3000, cents=False)}元，要求赔偿",
            ]
        elif topic == 1:
            content = [
                "投诉人驾驶",
                lab("license_plate", c.plate()),
                "小型轿车在该店保养后发动机故障，要求免费维修",
            ]
        elif topic == 2:
            content = [
                f"投诉人于{c.ds(c.days(-80, -20))}在该店购买"
                f"{c.pick(('冰箱', '手机', '电动车', '空调'))}一台，"
                "使用不足一月出现质量问题，要求退货"
            ]
        else:
            content = [
                f"投诉人预付装修款{c.amount(5000, 60000, cents=False)}元后，商家迟迟未开工，要求退还预付款"
            ]
        result = c.pick(
            (
                f"经调解，双方达成一致，商家退还货款{c.amount(300, 8000)}元。",
                f"经调解，商家赔偿{c.amount(200, 5000)}元，投诉人表示满意。",
                "经调解，双方未能达成一致，已告知投诉人通过仲裁或诉讼途径解决，终止调解。",
                "商家已免费维修，投诉人撤回投诉。",
            )
        )
        contact: Cell = [c.phone(0.15)] if c.chance(0.7) else [lab("email", c.email())]
        if layout == 0:
            rows.append([[tsno], [lab("name", p.name)], contact, [shop], content, [result]])
        elif layout == 1:
            d.add(f"【{cnum(i)}】投诉编号：{tsno}\n")
            d.add("投诉人：", lab("name", p.name), "　　联系方式：", *contact, "\n")
            if c.chance(0.5):
                d.add("投诉人住址：", lab("address", c.address()), "\n")
            d.add(f"被投诉人：{shop}（统一社会信用代码：{c.credit()}）\n经营场所：{c.shop_address()}\n")
            d.add("投诉内容：", *content, "。\n")
            d.add(f"处理结果：{result}\n承办人：{c.official()}（{c.town()}市场监管所）\n\n")
        else:
            c.para(
                d,
                f"{i}. {c.ds(c.days(-80, -10))}，",
                lab("name", p.name),
                "（",
                *contact,
                "）投诉",
                f"{shop}。",
                *[x if isinstance(x, tuple) else x.replace("投诉人", "") for x in content],
                "。",
                lab("name", p.name),
                f"{c.pick(('称', '表示', '反映'))}多次与商家协商未果。{c.town()}市场监管所"
                f"（承办人：{c.official()}）受理后组织调解，{result}",
            )
    if layout == 0:
        table(
            c,
            d,
            ["投诉编号", "投诉人", "联系方式", "被投诉人", "投诉内容", "处理结果"],
            rows,
            c.style(("tab", "html", "pipe", "block")),
        )
    if c.chance(0.5):
        c.para(d, "另：王女士反映某奶茶店虚假宣传一案、李某某反映某健身房停业跑路一案正在调查处理中。")
    c.para(
        d,
        f"消费者可通过全国12315平台、拨打12315或12345热线投诉举报。本局投诉举报中心联系电话：{c.office_phone()}，"
        f"电子邮箱：{c.gov_mail('scjgj')}，地址：{c.office_address()}（邮编{k.postcode}）。",
    )
    signoff(c, d, f"{k.name}市场监督管理局")
    return d


FAMILIES: tuple[Callable[[Ctx], Doc], ...] = (
    fam_elderly,
    fam_relief,
    fam_labour,
    fam_marriage,
    fam_travel,
    fam_check,
    fam_trucks,
    fam_blood,
    fam_monitor,
    fam_gas,
    fam_unemployment,
    fam_complaint,
)

# --------------------------------------------------------------------------- checks

NUMBER_KINDS = ("id_card", "id_card_15", "mobile", "landline", "bank_card")


def validate(d: Doc) -> None:
    """Raise Retry when the drawn document is inconsistent; assert what must never happen."""
    text = d.text
    spans = sorted(d.spans, key=lambda s: (s[1], s[2]))
    for (_, _, e1), (_, s2, _) in itertools.pairwise(spans):
        assert e1 <= s2, "overlapping spans"
    for kind, s, e in spans:
        assert 0 <= s < e <= len(text)
        frag = text[s:e]
        assert frag == frag.strip(), (kind, frag)
        digits = frag.translate(FW_BACK)
        if kind == "id_card":
            assert id_valid(digits), frag
        elif kind == "id_card_15":
            assert re.fullmatch(r"\d{15}", digits) and real_date("19" + digits[6:12]), frag
        elif kind == "bank_card":
            assert luhn_ok(digits.replace(" ", "")), frag
        elif kind == "mobile":
            assert re.fullmatch(r"1[3-9]\d{9}", re.sub(r"^(\+86|86-|0086)\s?|[ -]", "", digits)), frag
    # every mention of a labelled name is labelled (and no unlabelled name contains it)
    names = {text[s:e] for k, s, e in spans if k == "name"}
    at = {(s, e) for k, s, e in spans if k == "name"}
    for nm in names:
        for m in re.finditer(re.escape(nm), text):
            if (m.start(), m.end()) not in at:
                raise Retry(f"name {nm} also unlabelled")
    # a number that is valid as an ID, or a mobile, must be labelled unless deliberately a near-miss
    ascii_text = text.translate(FW_BACK)
    covered = [(s, e) for k, s, e in spans if k in NUMBER_KINDS]
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx]|1[3-9]\d{9})(?![0-9A-Za-z])", ascii_text):
        tok = m.group(1)
        if len(tok) == 11 and ascii_text[max(0, m.start() - 3) : m.start()] == "证号：":
            continue  # a 执法证号 shaped like a mobile: a deliberate near-miss
        if ((len(tok) == 18 and id_valid(tok)) or len(tok) == 11) and not any(
            s <= m.start() and m.end() <= e for s, e in covered
        ):
            raise Retry(f"unlabelled {tok}")
    for m in re.finditer(r"(?<![0-9A-Za-z])(62\d{14,17}|60\d{14,17}|4\d{15,18})(?![0-9A-Za-z])", ascii_text):
        if luhn_ok(m.group(1)) and not any(s <= m.start() and m.end() <= e for s, e in covered):
            raise Retry(f"unlabelled card-like {m.group(1)}")


def generate(seed: int, count: int) -> list[dict[str, object]]:
    master = random.Random(seed)
    order = list(range(len(FAMILIES)))
    out: list[dict[str, object]] = []
    for i in range(count):
        if i % len(FAMILIES) == 0:
            master.shuffle(order)
        fam = FAMILIES[order[i % len(FAMILIES)]]
        rng = random.Random(master.getrandbits(64))
        for _attempt in range(50):
            c = Ctx(rng)
            try:
                d = fam(c)
                validate(d)
            except Retry:
                continue
            break
        else:
            raise RuntimeError(f"document {i}: no consistent draw")
        text = d.text
        spans = sorted(d.spans, key=lambda s: (s[1], s[2]))
        rec_spans = [{"kind": k, "start": s, "end": e, "text": text[s:e]} for k, s, e in spans]
        for sp in rec_spans:
            assert text[int(str(sp["start"])) : int(str(sp["end"]))] == sp["text"]
        out.append({"type": d.typ, "text": text, "spans": rec_spans})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=37)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--decisions", action="store_true", help="print the labelling decisions and exit")
    args = ap.parse_args(argv)
    if args.decisions:
        print(DECISIONS)
        return 0
    docs = generate(args.seed, args.docs)
    lines = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
    if args.output == "-":
        sys.stdout.write(lines)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(lines)
    counts: dict[str, int] = {}
    for doc in docs:
        for sp in doc["spans"]:  # type: ignore[attr-defined]
            counts[sp["kind"]] = counts.get(sp["kind"], 0) + 1
    print(
        f"{len(docs)} documents, {sum(counts.values())} spans: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
