"""Independent labelled-document generator for the privacy detector (second hold-out set).

    .venv/bin/python benchmarks/privacy_data/holdout2.py --docs 400 --seed 5 -o /tmp/h2.jsonl

Writes JSON Lines {"type": ..., "text": ..., "spans": [{"kind", "start", "end"}, ...]} (Python str
offsets). Written without reference to the detector or the other generators. Every text is built by
appending pieces; a span is recorded when a personal piece is appended, so labels are exact.

Document types (each with several layouts, label wordings and separators):
  孕前优生    孕前优生健康检查 / 免费婚检 名单 (tables and numbered lines; 检查结果 / 风险因素)
  医疗救助    城乡医疗救助 / 大病保险 报销 公示 (疾病名称, amounts)
  危房改造    农村危房改造 / 住房补助 公示 (户主, 所在村组 or 住址, 改造方式)
  花名册      高龄津贴 / 残疾人两项补贴 发放花名册 as CSV or TSV (ID, 残疾类别/等级, 一卡通账号, 开户行)
  公告送达    法院 / 行政机关 公告送达 (被送达人 in prose with ID, 户籍地 / 住址, decision text)
  依申请答复  政府信息公开申请 答复书 (申请人, 住址, 电话, email; the office's own contacts)
  热线工单    12345 热线 工单 回复 / 信访事项处理意见书 (narrative)
  不动产登记  不动产登记 / 土地承包经营权 公告 (权利人, 坐落, ID, 四至 with neighbours' names)
  行政处罚    交通 / 市场监管 行政处罚信息 公示 (当事人 or 个体工商户 经营者, ID, plates)
  录用表彰    拟录用 / 拟聘用 人员公示 and 表彰 名单 (names NOT labelled, IDs and mobiles are)

Labelling policy:
  * id_card: 18-digit 公民身份号码 with a valid GB 11643 check digit, real birth date, real county code.
    Numbers with a wrong check digit are near misses and are not labelled. id_card_15: 15-digit 一代证.
  * mobile, landline: a private person's numbers. The office's 监督电话 / 咨询电话 / 联系电话 and 12345
    are not labelled. Mobiles printed in 录用 / 表彰 lists are labelled.
  * bank_card: 16-19 digit card / 一卡通 numbers passing Luhn (with or without spaces).
  * email, passport, hk_macau_permit, tw_permit, license_plate: whole number as written, label excluded.
  * address: a person's home address (or the 坐落 of a person's house) that reaches a house-level part
    (号/栋/幢/单元/室/组); the span runs from the first character of the address as written (after
    "住", "户籍地：", "现住") to its last house-level part. Village-level places (…镇…村) are not labelled.
    Office addresses are not labelled.
  * name: a private person's name, labelled at every occurrence in the document (applicants, parties,
    beneficiaries, neighbours in 四至, family members). Not labelled: officials acting in a public role
    (区长王强, 审判员, 经办人 / 联系人 of the office, 负责人), names in 拟录用 / 表彰 lists (published by
    design), anonymised names (王某某, 张某, 李女士), place names (张家村, 王庄镇) and companies.
  * health: the illness or disability phrase of a person ("二级肢体残疾", "尿毒症"); "未见异常" is not.
Near misses mixed in: 文号, 索引号, 统一社会信用代码 (valid GB 32100), 组织机构代码, case and order numbers,
dates, amounts, statistics, postcodes, hotlines, office phones, officials with titles, place names that
look like names, companies, IDs with a wrong check digit, 18-digit numbers that are not IDs.
"""

# ruff: noqa: E501  (data tables and Chinese literals)
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Callable

# ---------------------------------------------------------------------------------------------
# Reference data

# (county code, province, city, county, [towns], plate prefix, phone area code)
COUNTIES: list[tuple[str, str, str, str, list[str], str, str]] = [
    (
        "640302",
        "宁夏回族自治区",
        "吴忠市",
        "利通区",
        ["金积镇", "金银滩镇", "古城镇", "上桥镇", "东塔寺乡", "扁担沟镇"],
        "宁C",
        "0953",
    ),
    (
        "640303",
        "宁夏回族自治区",
        "吴忠市",
        "红寺堡区",
        ["红寺堡镇", "太阳山镇", "大河乡", "新庄集乡"],
        "宁C",
        "0953",
    ),
    (
        "640323",
        "宁夏回族自治区",
        "吴忠市",
        "盐池县",
        ["花马池镇", "大水坑镇", "惠安堡镇", "高沙窝镇"],
        "宁C",
        "0953",
    ),
    (
        "640324",
        "宁夏回族自治区",
        "吴忠市",
        "同心县",
        ["豫海镇", "河西镇", "韦州镇", "下马关镇", "预旺镇"],
        "宁C",
        "0953",
    ),
    (
        "640422",
        "宁夏回族自治区",
        "固原市",
        "西吉县",
        ["吉强镇", "兴隆镇", "平峰镇", "将台堡镇", "偏城乡"],
        "宁D",
        "0954",
    ),
    (
        "640425",
        "宁夏回族自治区",
        "固原市",
        "彭阳县",
        ["白阳镇", "王洼镇", "古城镇", "红河镇", "城阳乡"],
        "宁D",
        "0954",
    ),
    (
        "640522",
        "宁夏回族自治区",
        "中卫市",
        "海原县",
        ["海城镇", "李旺镇", "西安镇", "七营镇", "史店乡"],
        "宁E",
        "0955",
    ),
    (
        "640104",
        "宁夏回族自治区",
        "银川市",
        "兴庆区",
        ["掌政镇", "大新镇", "通贵乡", "月牙湖乡"],
        "宁A",
        "0951",
    ),
    (
        "620421",
        "甘肃省",
        "白银市",
        "靖远县",
        ["乌兰镇", "东湾镇", "北湾镇", "平堡镇", "刘川镇"],
        "甘D",
        "0943",
    ),
    (
        "621122",
        "甘肃省",
        "定西市",
        "陇西县",
        ["巩昌镇", "文峰镇", "首阳镇", "菜子镇", "福星镇"],
        "甘J",
        "0932",
    ),
    (
        "620523",
        "甘肃省",
        "天水市",
        "甘谷县",
        ["大像山镇", "新兴镇", "磐安镇", "六峰镇", "安远镇"],
        "甘E",
        "0938",
    ),
    (
        "622926",
        "甘肃省",
        "临夏回族自治州",
        "东乡族自治县",
        ["锁南镇", "达板镇", "河滩镇", "那勒寺镇"],
        "甘N",
        "0930",
    ),
    ("622923", "甘肃省", "临夏回族自治州", "康乐县", ["附城镇", "苏集镇", "胭脂镇", "景古镇"], "甘N", "0930"),
    (
        "411721",
        "河南省",
        "驻马店市",
        "西平县",
        ["柏城街道", "师灵镇", "出山镇", "盆尧镇", "焦庄乡"],
        "豫Q",
        "0396",
    ),
    (
        "411522",
        "河南省",
        "信阳市",
        "光山县",
        ["弦山街道", "十里镇", "寨河镇", "孙铁铺镇", "槐店乡"],
        "豫S",
        "0376",
    ),
    (
        "410523",
        "河南省",
        "安阳市",
        "汤阴县",
        ["城关镇", "菜园镇", "任固镇", "五陵镇", "宜沟镇"],
        "豫E",
        "0372",
    ),
    (
        "411324",
        "河南省",
        "南阳市",
        "镇平县",
        ["涅阳街道", "石佛寺镇", "晁陂镇", "贾宋镇", "侯集镇"],
        "豫R",
        "0377",
    ),
    (
        "511321",
        "四川省",
        "南充市",
        "南部县",
        ["南隆街道", "河东镇", "王家镇", "升钟镇", "建兴镇"],
        "川R",
        "0817",
    ),
    (
        "511923",
        "四川省",
        "巴中市",
        "平昌县",
        ["江口街道", "驷马镇", "岳家镇", "白衣镇", "镇龙镇"],
        "川Y",
        "0827",
    ),
    (
        "510722",
        "四川省",
        "绵阳市",
        "三台县",
        ["潼川镇", "芦溪镇", "西平镇", "刘营镇", "观桥镇"],
        "川B",
        "0816",
    ),
    (
        "513223",
        "四川省",
        "阿坝藏族羌族自治州",
        "茂县",
        ["凤仪镇", "南新镇", "叠溪镇", "回龙乡"],
        "川U",
        "0837",
    ),
]
# Birth places of people who moved (any real county code), so IDs do not all match the county.
OTHER_CODES = ["110105", "120104", "130102", "140105", "150102", "210102", "220104", "230103", "320106",
               "330106", "340104", "350102", "360102", "370812", "420106", "430104", "440106", "450103",
               "460105", "500103", "520102", "530102", "540102", "610113", "620102", "630102", "640104",
               "650102", "653101", "640381", "622921"]  # fmt: skip

COMMON_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
RARE_SURNAMES = list("禤敖佘仉亓哈买纳拜妥虎海撒喇冶者锁沙摆铁苟昝亢母兰祁党扎剡脱达蹇厍")
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "公孙", "慕容"]
GIVEN = list(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红飞鹏辉宁慧建国志海波斌凤梅琴云莲真环雪荣爱妹"
    "福生文彬晶燕小梓涵浩宇子轩欣怡佳琪俊熙晨阳思源雨彤立新永福学成德兴有才金花银花海燕玉兰秀兰占林占福尕"
)
UYGHUR = ["阿卜杜拉·买买提", "古丽米拉·艾合买提", "热依汗古丽·吐尔逊", "艾尼瓦尔·吾斯曼", "买买提江·托合提",
          "努尔艾力·阿布都热依木", "帕提古丽·阿不都拉", "阿依努尔·肉孜"]  # fmt: skip
ANON = ["王某某", "张某", "李某某", "马某", "杨某某", "刘某"]
CN_NUM = "一二三四五六七八九十"
VILLAGE_HEADS = ["张家", "王庄", "马家湾", "李家", "杨和", "大庙桥", "新华", "红星", "团结", "何家", "苏堡",
                 "刘湾", "郭家河", "东方红", "柳树", "沙坝", "龙泉", "石岘"]  # fmt: skip
STREETS = ["裕民东街", "朝阳路", "胜利南路", "解放西街", "民生街", "建设路", "人民路", "文化街", "团结路",
           "新华北路", "滨河大道", "育才巷"]  # fmt: skip
ESTATES = ["富宁苑", "金水湾小区", "幸福家园", "阳光花园", "锦绣华庭", "滨河御景", "安居小区", "朝阳新村",
           "世纪花园", "东城佳苑"]  # fmt: skip
DISABILITY = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
GRADES = ["一级", "二级", "三级", "四级"]
DISEASES = ["尿毒症", "慢性肾功能衰竭", "肺癌", "乳腺癌", "胃恶性肿瘤", "白血病", "脑梗塞", "冠心病", "2型糖尿病",
            "精神分裂症", "肝硬化失代偿期", "先天性心脏病", "再生障碍性贫血", "系统性红斑狼疮", "脑出血后遗症",
            "宫颈癌", "耐多药肺结核", "帕金森病", "重症肌无力", "血友病"]  # fmt: skip
PRE_PREG = ["乙肝病毒携带", "乙肝表面抗原阳性", "梅毒螺旋体抗体阳性", "TORCH检查巨细胞病毒IgM阳性",
            "地中海贫血基因携带", "甲状腺功能减退", "风疹病毒易感", "贫血", "高血压", "妊娠糖尿病史"]  # fmt: skip
BANKS = [("622848", 19, "中国农业银行"), ("621700", 19, "中国建设银行"), ("622202", 19, "中国工商银行"),
         ("623095", 19, "宁夏黄河农村商业银行"), ("621098", 19, "中国邮政储蓄银行"), ("622908", 16, "兴业银行"),
         ("621779", 16, "甘肃银行"), ("623666", 19, "农村信用合作联社"), ("625801", 16, "中国银行"),
         ("603367", 16, "村镇银行"), ("621226", 19, "中国工商银行"), ("622188", 19, "河南省农村信用社")]  # fmt: skip
MAIL_DOMAINS = [
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "139.com",
    "foxmail.com",
    "hotmail.com",
    "yeah.net",
]
PINYIN = ["wang", "li", "zhang", "liu", "chen", "ma", "yang", "hai", "xiaoming", "jianguo", "lanlan", "hui",
          "qiang", "mei", "feng", "nx", "gs", "happy", "sunny", "tiger"]  # fmt: skip
# Number segments assigned to voice/SMS mobile service (MIIT), so generated mobiles are real-looking.
MOBILE_PREFIXES = [str(p) for p in [*range(130, 140), 145, 147, 149, *range(150, 154), *range(155, 160), 162,
                                    165, 166, 167, *range(170, 174), *range(175, 179), *range(180, 190), 190, 191,
                                    192, 193, 195, 196, 197, 198, 199]]  # fmt: skip
FEMALE_ONLY = {"乳腺癌", "宫颈癌"}
CRED_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


# ---------------------------------------------------------------------------------------------
# Checksums (computed here, independently)


def id_check(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


def luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_complete(num[:-1]) == num


def org_code(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(8))
    s = sum(int(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2], strict=True))
    c9 = 11 - s % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(rng: random.Random, area: str, prefix: str = "91") -> str:
    body = prefix + area + org_code(rng)
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(CRED_CHARS.index(c) * w for c, w in zip(body, weights, strict=True))
    return body + CRED_CHARS[(31 - s % 31) % 31]


# ---------------------------------------------------------------------------------------------
# Text builder


class Doc:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.parts: list[str] = []
        self.spans: list[dict[str, object]] = []
        self.pos = 0

    def t(self, *pieces: str) -> Doc:
        for p in pieces:
            self.parts.append(p)
            self.pos += len(p)
        return self

    def k(self, kind: str | None, piece: str) -> Doc:
        if kind is not None and piece:
            self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(piece)})
        return self.t(piece)

    def done(self) -> dict[str, object]:
        return {"type": self.kind, "text": "".join(self.parts), "spans": self.spans}


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.county = rng.choice(COUNTIES)

    # --- small helpers
    def pick(self, seq: list[str] | tuple[str, ...]) -> str:
        return self.r.choice(list(seq))

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def date(self, y0: int = 2021, y1: int = 2024) -> dt.date:
        return dt.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))

    def cdate(self, d: dt.date | None = None) -> str:
        d = d or self.date()
        return self.pick([f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日",
                          f"{d:%Y-%m-%d}", f"{d:%Y.%m.%d}"])  # fmt: skip

    def money(self) -> str:
        v = self.r.randint(200, 98000) + self.r.choice([0, 0.5, 0.35, 0.8])
        return self.pick([f"{v:,.2f}", f"{v:.2f}", f"{int(v)}"])

    # --- personal data
    def name(self) -> str:
        x = self.r.random()
        if x < 0.03:
            return self.pick(UYGHUR)
        if x < 0.07:
            return self.pick(COMPOUND_SURNAMES) + "".join(self.r.choice(GIVEN) for _ in range(2))
        sur = self.pick(RARE_SURNAMES) if x < 0.22 else self.pick(COMMON_SURNAMES)
        n = 1 if self.r.random() < 0.3 else 2
        return sur + "".join(self.r.choice(GIVEN) for _ in range(n))

    def birth(self, y0: int = 1940, y1: int = 2002) -> dt.date:
        return dt.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))

    def id18(self, born: dt.date | None = None, local: bool = True) -> str:
        area = self.county[0] if local and self.r.random() < 0.8 else self.pick(OTHER_CODES)
        born = born or self.birth()
        body = f"{area}{born:%Y%m%d}{self.r.randint(1, 999):03d}"
        chk = id_check(body)
        if self.r.random() < 0.06 and chk == "X":
            chk = "x"
        return body + chk

    def bad_id(self) -> str:
        good = self.id18()
        wrong = [c for c in "0123456789X" if c != good[-1].upper()]
        return good[:-1] + self.pick(wrong)

    def id15(self) -> str:
        b = self.birth(1930, 1975)
        return f"{self.county[0]}{b:%y%m%d}{self.r.randint(1, 999):03d}"

    def mobile(self) -> str:
        n = self.pick(MOBILE_PREFIXES) + self.digits(8)
        x = self.r.random()
        if x < 0.08:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if x < 0.13:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if x < 0.16:
            return "+86 " + n
        return n

    def landline(self) -> str:
        area = self.county[6]
        num = self.pick(list("2345678")) + self.digits(6)
        return self.pick([f"{area}-{num}", f"（{area}）{num}", f"{area}{num}", f"{area}－{num}"])

    def office_phone(self) -> str:
        return f"{self.county[6]}-{self.pick(['20', '30', '50', '81'])}{self.digits(5)}"

    def bank(self) -> tuple[str, str]:
        prefix, length, bank = self.r.choice(BANKS)
        num = luhn_complete(prefix + self.digits(length - len(prefix) - 1))
        if self.r.random() < 0.15:
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return num, bank

    def email(self, name_hint: str = "") -> str:
        x = self.r.random()
        if x < 0.35:
            local = self.digits(self.r.randint(6, 10)).lstrip("0") or "12345678"
        elif x < 0.7:
            local = self.pick(PINYIN) + self.pick(["", ".", "_"]) + self.pick(PINYIN) + self.digits(2)
        else:
            local = self.pick(PINYIN) + self.digits(self.r.randint(2, 4))
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def passport(self) -> str:
        x = self.r.random()
        if x < 0.5:
            return "E" + self.digits(8)
        if x < 0.8:
            return "E" + self.pick(list("ABCDEFGHJK")) + self.digits(7)
        return "G" + self.digits(8)

    def hk_permit(self) -> str:
        return self.pick(["C" + self.digits(8), "C" + self.pick(list("ABCDEFGH")) + self.digits(7),
                          "W" + self.digits(8)])  # fmt: skip

    def tw_permit(self) -> str:
        return "L" + self.digits(8)

    def plate(self) -> str:
        prov = self.county[5]
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        x = self.r.random()
        if x < 0.15:  # new energy
            tail = self.pick(["D", "F"]) + self.pick(list(letters + "0123456789")) + self.digits(4)
        else:
            tail = "".join(self.r.choice(letters + "0123456789" * 3) for _ in range(4)) + self.digits(1)
        sep = self.pick(["", "", "", "·", " "])
        return prov + sep + tail

    def village(self) -> str:
        return self.pick(VILLAGE_HEADS) + self.pick(["村", "村", "社区"])

    def group(self) -> str:
        n = self.r.randint(1, 12)
        return self.pick([f"{CN_NUM[n - 1] if n <= 10 else n}组", f"{n}组", f"{CN_NUM[min(n, 10) - 1]}队",
                          f"{n}社"])  # fmt: skip

    def rural_addr(self, depth: int | None = None) -> str:
        """A rural home address; depth 0 = full province, 1 = city, 2 = county, 3 = town."""
        c = self.county
        depth = self.r.randint(0, 3) if depth is None else depth
        head = [c[1] + c[2] + c[3], c[2] + c[3], c[3], ""][depth]
        tail = self.pick(["", "", f"{self.r.randint(1, 120)}号"])
        g = self.group()
        if not tail and g.endswith("社"):
            g = g[:-1] + "组"
        return head + self.pick(c[4]) + self.village() + g + tail

    def urban_addr(self) -> str:
        c = self.county
        head = self.pick([c[2] + c[3], c[3], c[1] + c[2] + c[3], ""])
        street = self.pick(STREETS) + f"{self.r.randint(1, 400)}号"
        x = self.r.random()
        b, u, room = (
            self.r.randint(1, 30),
            self.r.randint(1, 6),
            self.r.randint(1, 24) * 100 + self.r.randint(1, 4),
        )
        if x < 0.4:
            return head + self.pick(ESTATES) + f"{b}号楼{u}单元{room}室"
        if x < 0.6:
            return head + street + self.pick(ESTATES) + f"{b}栋{u}单元{room}室"
        if x < 0.8:
            return head + self.pick(ESTATES) + f"{b}-{u}-{room}室"
        return head + street

    def addr(self) -> str:
        return self.rural_addr() if self.r.random() < 0.55 else self.urban_addr()

    def health_dis(self) -> str:
        cat, g = self.pick(DISABILITY), self.pick(GRADES)
        return self.pick([f"{g}{cat}残疾", f"{cat}残疾{g}", f"{cat}{g}", f"{cat}残疾（{g}）"])

    # --- near misses
    def wenhao(self) -> str:
        short = self.county[3][0] + self.pick(["政发", "政办发", "民发", "卫健发", "住建发", "财发"])
        return f"{short}〔{self.r.randint(2020, 2024)}〕{self.r.randint(1, 180)}号"

    def suoyin(self) -> str:
        return self.pick(
            [
                f"{self.county[0]}{self.digits(3)}/{self.r.randint(2020, 2024)}-{self.digits(5)}",
                f"{org_code(self.r)}/{self.r.randint(2020, 2024)}-{self.digits(5)}",
                f"11{self.county[0]}{org_code(self.r)}/{self.r.randint(2021, 2024)}-{self.digits(5)}",
            ]
        )

    def fake18(self) -> str:
        while True:
            n = self.pick(["2023", "2024", "9100", "7703"]) + self.digits(14)
            if not luhn_ok(n):
                return n

    def near_miss_block(self, d: Doc) -> None:
        """A few unlabelled look-alikes, appended as a footer or note."""
        r = self.r
        items: list[Callable[[], str]] = [
            lambda: f"索引号：{self.suoyin()}",
            lambda: f"文号：{self.wenhao()}",
            lambda: (
                f"统一社会信用代码：{credit_code(r, self.county[0], self.pick(['11', '12', '91', '52']))}"
            ),
            lambda: f"组织机构代码：{org_code(r)}",
            lambda: f"监督电话：{self.office_phone()}",
            lambda: f"咨询电话：{self.office_phone()}，12345政务服务便民热线",
            lambda: f"邮政编码：{self.pick(['751100', '751300', '756000', '755000', '730900', '463900'])}",
            lambda: f"业务流水号：{self.fake18()}",
            lambda: (
                f"（{self.county[2]}{self.pick(['王庄镇', '张家村', '马家湾村', '李旺镇'])}人民政府代章）"
            ),
            lambda: f"发布日期：{self.cdate()}（{self.date():%Y%m%d}）",
            lambda: f"本期共{r.randint(3, 400)}户{r.randint(5, 900)}人，合计{self.money()}元。",
            lambda: f"{self.county[3]}人民政府网站 www.{self.pick(['ltq', 'hsb', 'tx', 'xj', 'jy'])}.gov.cn",
        ]
        for f in r.sample(items, r.randint(2, 4)):
            d.t(f(), self.pick(["\n", "  ", "\n"]))


# ---------------------------------------------------------------------------------------------
# Document types


def sep_for(g: Gen) -> str:
    return g.pick(["\t", "  ", " | ", "　", "，", " "])


def header(g: Gen, d: Doc, title: str) -> None:
    c = g.county
    if g.r.random() < 0.5:
        d.t(
            f"索引号：{g.suoyin()}  发布机构：{c[3]}{g.pick(['卫生健康局', '民政局', '住房和城乡建设局', '人民政府办公室'])}\n"
        )
    d.t(g.pick([c[3], c[2] + c[3], ""]), title, "\n")
    if g.r.random() < 0.4:
        d.t(g.wenhao(), "\n")


def footer(g: Gen, d: Doc, office: str) -> None:
    c = g.county
    start = g.date(2021, 2024)
    d.t(
        g.pick(["\n公示期：", "\n公示时间："]),
        g.cdate(start),
        "至",
        g.cdate(start + dt.timedelta(days=g.r.choice([5, 7, 10]))),
        "。",
    )
    d.t(g.pick(["如有异议，请在公示期内向", "对公示内容有异议的，可向"]), c[3], office, "反映。")
    d.t(g.pick(["监督电话：", "联系电话：", "举报电话："]), g.office_phone(), "\n")
    if g.r.random() < 0.5:
        d.t(g.pick(["经办人：", "联系人：", "审核人："]), g.name(), "  ")
    if g.r.random() < 0.4:
        d.t(g.pick(["局长", "主任", "负责人："]), g.name(), "\n")
    g.near_miss_block(d)
    d.t(c[3], office, "\n", g.cdate(), "\n")


def doc_yunqian(g: Gen) -> dict[str, object]:
    d = Doc("孕前优生")
    kind = g.r.random()
    header(g, d, g.pick(["免费孕前优生健康检查风险人群随访名单", "2023年国家免费孕前优生健康检查项目检查结果公示",
                         "免费婚前医学检查异常情况告知名单", "孕前优生健康检查高风险人群登记表"]))  # fmt: skip
    d.t(
        g.pick(["根据《", "按照《"]),
        "国家免费孕前优生健康检查项目实施细则》要求，现将",
        g.cdate(),
        "检查情况公布如下：\n",
    )
    n = g.r.randint(4, 10)
    if kind < 0.6:
        s = sep_for(g)
        cols = g.r.choice([["序号", "姓名", "身份证号", "联系电话", "检查结果"],
                       ["编号", "女方姓名", "男方姓名", "女方身份证号码", "联系方式", "风险因素"],
                       ["序号", "姓名", "性别", "年龄", "公民身份号码", "手机号", "评估结果"]])  # fmt: skip
        d.t(s.join(cols), "\n")
        for i in range(1, n + 1):
            d.t(str(i), s)
            for col in cols[1:]:
                if col in ("姓名", "女方姓名", "男方姓名"):
                    d.k("name", g.name())
                elif "身份" in col:
                    if g.r.random() < 0.06:
                        d.t(g.bad_id())
                    else:
                        d.k("id_card", g.id18(g.birth(1985, 2003)))
                elif col in ("联系电话", "联系方式", "手机号"):
                    d.k("mobile", g.mobile())
                elif col == "性别":
                    d.t(g.pick(["男", "女"]))
                elif col == "年龄":
                    d.t(str(g.r.randint(20, 38)))
                else:
                    if g.r.random() < 0.3:
                        d.t(g.pick(["未见异常", "正常", "低风险", "/"]))
                    else:
                        d.k("health", g.pick(PRE_PREG))
                d.t(s if col != cols[-1] else "\n")
    else:
        for i in range(1, n + 1):
            nm = g.name()
            d.t(f"{i}{g.pick(['.', '、', '．'])}").k("name", nm).t(g.pick(["，", "（", " "]))
            d.t(g.pick(["身份证号", "身份证：", "身份证号码"])).k("id_card", g.id18(g.birth(1985, 2003)))
            d.t(g.pick(["，电话", "，联系电话：", "，手机："])).k("mobile", g.mobile())
            d.t(g.pick(["，住", "，家住", "，现住址："])).k("address", g.rural_addr())
            if g.r.random() < 0.3:
                d.t("。检查结果未见异常。\n")
                continue
            d.t(g.pick(["。检查发现", "，评估为高风险，风险因素：", "。经检查存在"])).k(
                "health", g.pick(PRE_PREG)
            )
            d.t(g.pick(["，已告知", "，请"])).k("name", nm).t(
                g.pick(["本人到县妇幼保健院复查。\n", "及时接受咨询指导。\n"])
            )
    footer(g, d, g.pick(["卫生健康局", "妇幼保健计划生育服务中心"]))
    return d.done()


def doc_jiuzhu(g: Gen) -> dict[str, object]:
    d = Doc("医疗救助")
    header(g, d, g.pick(["城乡医疗救助对象公示", "困难群众大病保险二次报销公示", "重特大疾病医疗救助资金发放公示",
                         "城乡居民大病保险报销情况公示"]))  # fmt: skip
    d.t(
        g.pick(["经本人申请、村（居）委会评议、乡镇审核，", "根据医疗救助相关政策，"]),
        "现将救助对象公示如下：\n",
    )
    n = g.r.randint(4, 12)
    if g.r.random() < 0.6:
        s = sep_for(g)
        withaddr = g.r.random() < 0.5
        cols = ["序号", "姓名", "性别", "年龄", "家庭住址" if withaddr else "所在乡镇", g.pick(["疾病名称", "病种", "诊断"]),
                "医疗总费用", "救助金额（元）"]  # fmt: skip
        d.t(s.join(cols), "\n")
        for i in range(1, n + 1):
            dis = g.pick(DISEASES)
            sex = "女" if dis in FEMALE_ONLY else g.pick(["男", "女"])
            d.t(str(i), s).k("name", g.name()).t(s, sex, s, str(g.r.randint(3, 90)), s)
            if withaddr:
                d.k("address", g.rural_addr(3))
            else:
                d.t(g.pick(g.county[4]) + g.pick(["", g.village()]))
            d.t(s).k("health", dis).t(s, g.money(), s, g.money(), "\n")
    else:
        for i in range(1, n + 1):
            nm = g.name()
            dis = g.pick(DISEASES)
            sex = "女" if dis in FEMALE_ONLY else g.pick(["男", "女"])
            d.t(f"{i}、").k("name", nm).t("，", sex, "，", g.pick(g.county[4]), g.village(), "人，")
            d.t(g.pick(["患", "因", "诊断为"])).k("health", dis)
            d.t(
                g.pick(["住院治疗", "在" + g.county[2] + "第一人民医院住院", "于" + g.cdate() + "入院"]),
                "，总费用",
                g.money(),
                "元，",
            )
            d.t(g.pick(["基本医保报销", "大病保险支付"]), g.money(), "元，救助", g.money(), "元")
            if g.r.random() < 0.3:
                d.t("，救助金已打入").k("name", nm).t("的一卡通账户").k("bank_card", g.bank()[0])
            d.t("。\n")
        d.t(
            g.pick(["另：", "备注："]),
            g.pick(ANON),
            "因",
            g.pick(DISEASES),
            "申请救助，材料不全，暂不纳入。\n",
        )
    footer(g, d, g.pick(["医疗保障局", "民政局"]))
    return d.done()


def doc_weifang(g: Gen) -> dict[str, object]:
    d = Doc("危房改造")
    header(g, d, g.pick(["农村危房改造补助对象公示", "2023年农村低收入群体等重点对象住房安全保障补助公示",
                         "农村住房安全鉴定及改造名单"]))  # fmt: skip
    n = g.r.randint(4, 12)
    s = sep_for(g)
    layout = g.r.random()
    cols = ["序号", g.pick(["户主姓名", "户主", "姓名"]), "身份证号", g.pick(["所在村组", "家庭住址", "住址"]),
            "家庭人口", g.pick(["改造方式", "改造类型"]), g.pick(["补助金额", "补助资金（元）"])]  # fmt: skip
    if layout < 0.6:
        d.t(s.join(cols), "\n")
    for i in range(1, n + 1):
        nm = g.name()
        if layout < 0.6:
            d.t(str(i), s).k("name", nm).t(s)
            if g.r.random() < 0.1:
                d.t(g.bad_id())
            else:
                d.k("id_card", g.id18(g.birth(1940, 1990)))
            d.t(s)
            if g.r.random() < 0.2:
                d.t(g.pick(g.county[4]) + g.village())  # village only: not labelled
            else:
                d.k("address", g.rural_addr(3))
            d.t(
                s,
                str(g.r.randint(1, 7)),
                s,
                g.pick(["拆除重建", "修缮加固", "维修加固", "统建"]),
                s,
                g.money(),
                "\n",
            )
        else:
            d.t(f"{i}. 户主：").k("name", nm).t(g.pick(["，家住", "，住址：", "，"]))
            d.k("address", g.rural_addr(g.r.randint(2, 3)))
            d.t("，", g.pick(["低保户", "分散供养特困人员", "脱贫不稳定户"]))
            if g.r.random() < 0.4:
                d.t("（", g.pick(["户内", "其妻", "其子"])).k("name", g.name()).t("为").k(
                    "health", g.health_dis()
                ).t("）")
            d.t(
                "，房屋鉴定为",
                g.pick(["C级", "D级"]),
                "危房，",
                g.pick(["拆除重建", "修缮加固"]),
                "，补助",
                g.money(),
                "元。\n",
            )
    d.t(
        g.pick(["施工单位：", "承建单位："]),
        g.county[3],
        g.pick(["马强", "王庄", "张家"]),
        "建筑工程有限公司（统一社会信用代码：",
    )
    d.t(credit_code(g.r, g.county[0]), "）\n")
    footer(g, d, g.pick(["住房和城乡建设局", "乡村振兴局"]))
    return d.done()


def doc_huamingce(g: Gen) -> dict[str, object]:
    d = Doc("花名册")
    tsv = g.r.random() < 0.4
    s = "\t" if tsv else ","
    disab = g.r.random() < 0.6
    combined = g.r.random() < 0.6
    d.t(g.county[3], g.pick(["2023年", "2024年"]), g.pick(["残疾人两项补贴发放花名册", "困难残疾人生活补贴和重度残疾人护理补贴发放表"])
        if disab else g.pick(["高龄津贴发放花名册", "80周岁以上老年人高龄津贴发放明细"]), s * 3, "\n")  # fmt: skip
    cols = ["序号", "姓名", "性别", "身份证号码"]
    if disab:
        cols += ["残疾类别及等级"] if combined else ["残疾类别", "残疾等级"]
        cols += ["补贴类别"]
    else:
        cols += ["年龄"]
    cols += ["发放金额", g.pick(["一卡通账号", "银行账号", "社保卡金融账号"]), "开户行", "备注"]
    d.t(s.join(cols), "\n")
    for i in range(1, g.r.randint(5, 16) + 1):
        d.t(str(i), s).k("name", g.name()).t(s, g.pick(["男", "女"]), s)
        old = g.birth(1925, 1944) if not disab else g.birth(1945, 2010)
        x = g.r.random()
        if x < 0.05:
            d.t(g.bad_id())
        elif x < 0.2 and not disab:
            d.k("id_card_15", g.id15())
        else:
            d.k("id_card", g.id18(old))
        d.t(s)
        if disab:
            if combined:
                d.k("health", g.health_dis())
            else:
                d.k("health", g.pick(DISABILITY) + g.pick(["", "残疾"])).t(s).k("health", g.pick(GRADES))
            d.t(s, g.pick(["生活补贴", "护理补贴", "两项补贴"]))
        else:
            d.t(str(2023 - old.year))
        num, bank = g.bank()
        cell = num if " " not in num or not tsv else num.replace(" ", "")
        d.t(s, g.pick(["80", "100", "150.00", "200", "300"]), s)
        if not tsv and g.r.random() < 0.3:
            d.t("'")  # Excel text marker
        d.k("bank_card", cell).t(s, bank, s, g.pick(["", "", "代领", "新增"]), "\n")
    d.t(s.join(["合计", "", "", "", "", str(g.r.randint(2000, 90000))]), "\n")
    d.t("制表人：", g.name(), s, "审核人：", g.name(), s, "制表日期：", g.cdate(), "\n")
    return d.done()


def doc_songda(g: Gen) -> dict[str, object]:
    d = Doc("公告送达")
    c = g.county
    court = g.r.random() < 0.5
    nm = g.name()
    other = g.name()
    born = g.birth(1950, 2000)
    if court:
        d.t(
            c[2] + c[3] + "人民法院\n公  告\n",
            f"（{g.r.randint(2021, 2024)}）{g.pick(['宁', '甘', '豫', '川'])}{c[0][2:]}",
        )
        d.t(g.pick(["民初", "民特", "执", "民终"]), f"{g.r.randint(100, 5999)}号\n")
    else:
        d.t(c[3], g.pick(["市场监督管理局", "自然资源局", "交通运输局", "人力资源和社会保障局"]), "\n")
        d.t(g.pick(["行政处罚决定书公告送达", "关于公告送达《责令限期改正通知书》的公告"]), "\n")
    d.k("name", nm).t(g.pick(["（", "：\n  （", "，"]), g.pick(["男", "女"]), "，")
    d.t(g.pick([f"{born.year}年{born.month}月{born.day}日出生", f"{born.year}年{born.month}月生"]), "，")
    d.t(
        g.pick(["汉族", "回族", "东乡族", "维吾尔族"]),
        "，",
        g.pick(["公民身份号码", "身份证号码", "身份证号："]),
    )
    d.k("id_card", g.id18(born))
    d.t("，", g.pick(["户籍地：", "住", "住址：", "户籍所在地："])).k("address", g.addr())
    if g.r.random() < 0.3:
        d.t("，现下落不明")
    d.t(g.pick(["）：\n", "：\n", "）\n"]))
    if court:
        d.t("本院受理原告").k("name", other).t("诉被告").k("name", nm)
        d.t(g.pick(["民间借贷纠纷", "离婚纠纷", "买卖合同纠纷", "劳务合同纠纷"]), "一案，")
        if g.r.random() < 0.4:
            d.t("原告").k("name", other).t("（电话").k("mobile", g.mobile()).t("）")
        d.t(
            "已审理终结。因你下落不明，依照《中华人民共和国民事诉讼法》第九十五条之规定，向你公告送达",
            g.pick(
                [
                    "起诉状副本、应诉通知书、举证通知书及开庭传票",
                    "（" + str(g.r.randint(2021, 2024)) + "）民事判决书",
                ]
            ),
            "。",
        )
        d.t(
            "自公告之日起经过三十日即视为送达。本案定于",
            g.cdate(),
            "上午9时在本院第",
            CN_NUM[g.r.randint(0, 6)],
            "法庭开庭。\n",
        )
        d.t("审判员  ", g.name(), "\n书记员  ", g.name(), "\n", g.cdate(), "\n")
    else:
        d.t("你", g.pick(["于" + g.cdate() + "在", "在"]), g.pick(c[4]), g.pick(["经营无证餐饮", "未经批准占用耕地建房",
            "驾驶无道路运输证车辆从事经营"]), "一案，")  # fmt: skip
        if g.r.random() < 0.5:
            d.t("涉案车辆号牌").k("license_plate", g.plate()).t("，")
        d.t(
            f"本机关已作出{c[3][0]}{g.pick(['市监', '自然资', '交'])}罚〔{g.r.randint(2021, 2024)}〕{g.r.randint(1, 300)}号",
            "行政处罚决定，处罚款",
            g.money(),
            "元。因无法直接送达，现依法公告送达，自公告发布之日起满三十日视为送达。\n",
        )
        d.t(
            "联系人：",
            g.name(),
            "  联系电话：",
            g.office_phone(),
            "  地址：",
            c[3],
            g.pick(STREETS),
            f"{g.r.randint(1, 300)}号\n",
        )
        d.t("张家村委会、", g.pick(["王庄镇", "马家湾"]), "综合执法办协助张贴。\n")
    g.near_miss_block(d)
    return d.done()


def doc_dafu(g: Gen) -> dict[str, object]:
    d = Doc("依申请答复")
    c = g.county
    nm = g.name()
    d.t(c[3], g.pick(["人民政府", "自然资源局", "住房和城乡建设局"]), "\n政府信息公开申请答复书\n")
    d.t(f"{c[3][0]}政依复〔{g.r.randint(2021, 2024)}〕{g.r.randint(1, 90)}号\n")
    fields: list[tuple[str, str, Callable[[], str]]] = [
        ("name", g.pick(["申请人：", "申请人姓名：", "申请人 "]), lambda: nm),
        ("address", g.pick(["住址：", "通讯地址：", "联系地址："]), g.addr),
        ("mobile", g.pick(["联系电话：", "电话：", "手机："]), g.mobile),
        ("email", g.pick(["电子邮箱：", "邮箱：", "E-mail："]), g.email),
    ]
    if g.r.random() < 0.4:
        fields.append(("landline", g.pick(["固定电话：", "座机：", "家庭电话："]), g.landline))
    x = g.r.random()
    if x < 0.15:
        fields.append(("id_card", "身份证件号码：", lambda: g.id18()))
    elif x < 0.25:
        fields.append(("passport", g.pick(["护照号码：", "证件类型：护照  证件号码："]), g.passport))
    elif x < 0.35:
        fields.append(("hk_macau_permit", g.pick(["往来港澳通行证：", "港澳通行证号码："]), g.hk_permit))
    elif x < 0.45:
        fields.append(
            ("tw_permit", g.pick(["往来台湾通行证号码：", "大陆居民往来台湾通行证："]), g.tw_permit)
        )
    for kind, label, f in fields:
        d.t(label).k(kind, f()).t(g.pick(["\n", "\n", "；"]))
    d.k("name", nm).t(g.pick(["：\n", "先生/女士：\n", "同志：\n"]))
    d.t(
        "本机关于",
        g.cdate(),
        "收到你（单位）通过",
        g.pick(["信函", "网上申请平台", "当面"]),
        "提交的政府信息公开申请，",
    )
    d.t(
        "申请获取“",
        g.pick(c[4]),
        g.pick(["张家村", "王庄村", "马家湾村"]),
        "土地征收补偿安置方案”。经审查，现答复如下：\n",
    )
    d.t(g.pick(["你申请获取的信息属于主动公开范围，", "经检索，该信息不存在，", "该信息涉及第三方"]))
    if g.r.random() < 0.4:
        third = g.name()
        d.k("name", third).t("的个人隐私，经征求").k("name", third).t("意见，其不同意公开，")
    d.t(
        "根据《中华人民共和国政府信息公开条例》第三十六条第",
        g.pick(["（一）", "（四）", "（三）"]),
        "项之规定，特此告知。\n",
    )
    d.t(
        "如对本答复不服，可在收到本答复之日起60日内向",
        c[2],
        "人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。\n",
    )
    d.t(
        "联系人：",
        g.name(),
        "  联系电话：",
        g.office_phone(),
        "\n通讯地址：",
        c[3],
        g.pick(STREETS),
        f"{g.r.randint(1, 300)}号",
    )
    d.t(
        g.pick(["政务服务中心3楼302室", "行政中心A座", ""]),
        "  邮编：",
        g.pick(["751100", "756000", "730900", "463900"]),
        "\n",
    )
    d.t(c[3], "人民政府办公室（印章）\n", g.cdate(), "\n")
    return d.done()


def doc_rexian(g: Gen) -> dict[str, object]:
    d = Doc("热线工单")
    c = g.county
    nm = g.name()
    if g.r.random() < 0.55:
        d.t(
            "12345政务服务便民热线工单办理情况回复\n工单编号：",
            g.pick(["NX", "GS", ""]),
            g.date().strftime("%Y%m%d"),
            g.digits(6),
            "\n",
        )
        d.t(g.pick(["来电人：", "来电人姓名：", "诉求人："])).k("name", nm)
        d.t(g.pick(["  来电号码：", "，联系方式：", "  电话："])).k("mobile", g.mobile()).t("\n")
        d.t("来电内容：", g.pick(["来电人", "市民", ""]))
        d.t(g.pick(["反映其居住的", "反映："]))
        d.k("address", g.urban_addr() if g.r.random() < 0.5 else g.rural_addr())
        d.t(g.pick(["楼上漏水长期无人处理", "附近养殖场异味严重", "门前道路积水", "供暖温度不达标"]), "，")
        if g.r.random() < 0.35:
            d.t("其母亲").k("name", g.name()).t("患有").k("health", g.pick([*DISEASES, "二级肢体残疾"])).t(
                "，行动不便，"
            )
        d.t(
            "请求尽快解决。\n办理结果：经",
            g.pick(c[4]),
            g.pick(["张家村", "王庄社区"]),
            "网格员核实，已协调物业于",
            g.cdate(),
            "处理完毕，",
        )
        d.t("并电话回访").k("name", nm).t("，", g.pick(["其表示满意", "其对结果基本满意"]), "。\n")
        d.t(
            "承办单位：",
            c[3],
            g.pick(["住建局", "生态环境分局", "城市管理局"]),
            "  经办人：",
            g.name(),
            "  联系电话：",
            g.office_phone(),
            "\n",
        )
    else:
        d.t(
            c[3],
            "信访事项处理意见书\n",
            f"{c[3][0]}信处字〔{g.r.randint(2021, 2024)}〕{g.r.randint(1, 200)}号\n",
        )
        d.k("name", nm).t("：\n你于", g.cdate(), "通过", g.pick(["来信", "来访", "网上信访"]), "反映的")
        d.t(g.pick(["宅基地纠纷", "拖欠工资", "低保评定不公"]), "问题收悉。经调查：")
        d.k("name", nm).t("，", g.pick(["男", "女"]), "，", g.pick(["身份证号", "公民身份号码"])).k(
            "id_card", g.id18()
        )
        d.t("，现住").k("address", g.addr()).t("，联系电话").k("mobile", g.mobile())
        if g.r.random() < 0.3:
            d.t("（家庭座机").k("landline", g.landline()).t("）")
        d.t("。与邻居").k("name", g.name()).t(
            "因", g.pick(["排水沟", "院墙"]), "发生纠纷，村委会曾于", g.cdate(), "调解。"
        )
        if g.r.random() < 0.3:
            d.t("另查明").k("name", nm).t("之子患").k("health", g.pick(DISEASES)).t("，已纳入临时救助。")
        d.t("处理意见：", g.pick(["你反映的问题部分属实", "你的诉求不予支持"]), "。如不服，可自收到本意见书之日起30日内向",
            c[2], "人民政府信访局请求复查。\n")  # fmt: skip
        d.t(
            g.pick(["镇长", "副区长", "县长"]),
            g.name(),
            "已批示。",
            c[3],
            g.pick(c[4]),
            "人民政府\n",
            g.cdate(),
            "\n",
        )
    g.near_miss_block(d)
    return d.done()


def doc_budongchan(g: Gen) -> dict[str, object]:
    d = Doc("不动产登记")
    c = g.county
    if g.r.random() < 0.55:
        d.t(
            c[3],
            "不动产登记中心\n",
            g.pick(["不动产首次登记公告", "不动产更正登记公告", "不动产权证书遗失作废公告"]),
            "\n",
        )
        d.t(f"编号：{c[3][0]}不动产公告〔{g.r.randint(2021, 2024)}〕{g.r.randint(1, 400)}号\n")
        d.t(
            "经初步审定，我机构拟对下列不动产权利予以登记，根据《不动产登记暂行条例实施细则》第十七条规定，现予公告。\n"
        )
        s = sep_for(g)
        for _ in range(g.r.randint(2, 6)):
            owners = [g.name() for _ in range(g.r.randint(1, 2))]
            d.t(g.pick(["权利人：", "申请人：", "权利人姓名："]))
            for j, o in enumerate(owners):
                d.t("、" if j else "").k("name", o)
            d.t(s, g.pick(["身份证号：", "证件号码："])).k("id_card", g.id18()).t(s)
            d.t(g.pick(["坐落：", "不动产坐落："])).k(
                "address", g.urban_addr() if g.r.random() < 0.6 else g.rural_addr(2)
            )
            d.t(s, "不动产单元号：", c[0], g.digits(6), "GB", g.digits(5), "F", g.digits(8), s)
            d.t("面积：", f"{g.r.randint(40, 260)}.{g.digits(2)}㎡", s)
            d.t(
                f"原不动产权证号：{g.pick(['宁', '甘', '豫', '川'])}（{g.r.randint(2015, 2022)}）{c[3]}不动产权第{g.digits(7)}号\n"
            )
    else:
        d.t(c[3], g.pick(c[4]), "农村土地承包经营权确权登记颁证公示\n")
        vil = g.pick(VILLAGE_HEADS) + "村"
        d.t(vil, g.group(), "承包地块信息如下（共", str(g.r.randint(10, 80)), "户）：\n")
        s = sep_for(g)
        d.t(s.join(["承包方代表", "身份证号", "家庭成员数", "地块编码", "面积（亩）", "四至"]), "\n")
        for _ in range(g.r.randint(3, 9)):
            d.k("name", g.name()).t(s).k("id_card", g.id18()).t(s, str(g.r.randint(1, 8)), s)
            d.t(c[0], g.digits(3), g.digits(3), g.digits(5), s, f"{g.r.randint(1, 30)}.{g.digits(2)}", s)
            d.t("东至").k("name", g.name()).t("，西至", g.pick(["渠", "路", "张家村界"]), "，南至").k(
                "name", g.name()
            )
            d.t("，北至", g.pick(["沟", "王庄镇界", "林带"]), "\n")
        d.t("村民小组长：", g.name(), "  村委会主任：", g.name(), "\n")
    g.near_miss_block(d)
    return d.done()


def doc_chufa(g: Gen) -> dict[str, object]:
    d = Doc("行政处罚")
    c = g.county
    traffic = g.r.random() < 0.5
    d.t(c[3], g.pick(["交通运输局", "公安局交通警察大队"]) if traffic else "市场监督管理局", "行政处罚信息公示（",
        g.cdate(), "）\n")  # fmt: skip
    s = sep_for(g)
    cols = [
        "决定书文号",
        "当事人",
        "证件号码",
        "车牌号" if traffic else "统一社会信用代码",
        "违法事实",
        "处罚结果",
        "处罚日期",
    ]
    table = g.r.random() < 0.6
    if table:
        d.t(s.join(cols), "\n")
    for _ in range(g.r.randint(3, 8)):
        wh = f"{c[3][0]}{'交' if traffic else '市监'}罚〔{g.r.randint(2021, 2024)}〕{g.r.randint(1, 900)}号"
        person = g.r.random() < 0.7
        nm = g.name()
        if table:
            d.t(wh, s)
            if person:
                d.k("name", nm)
            elif traffic:
                d.t(c[3], g.pick(["马强", "宏达", "王庄"]), "运输有限公司")
            else:
                d.t(
                    g.pick(["", c[3]]),
                    g.pick(["顺发", "老马", "福源"]),
                    g.pick(["餐饮店", "商店", "副食部"]),
                    "（经营者：",
                )
                d.k("name", nm).t("）")
            d.t(s)
            if person or not traffic:
                d.k("id_card", g.id18())
            else:
                d.t(credit_code(g.r, c[0]))
            d.t(s)
            if traffic:
                d.k("license_plate", g.plate())
            else:
                d.t(credit_code(g.r, c[0], "92"))
            d.t(s, g.pick(["未取得道路运输经营许可擅自从事经营", "超限运输", "销售过期食品", "未明码标价"]))
            d.t(s, "罚款", g.money(), "元", s, g.cdate(), "\n")
        else:
            d.t("当事人：").k("name", nm).t("，", g.pick(["身份证号：", "公民身份号码"])).k(
                "id_card", g.id18()
            )
            d.t("，住址：").k("address", g.addr()).t("。")
            if traffic:
                d.t("当事人驾驶").k("license_plate", g.plate()).t(
                    "号", g.pick(["重型半挂牵引车", "小型普通客车"])
                )
                d.t(
                    "于",
                    g.cdate(),
                    "在G",
                    g.pick(["2012", "70", "6"]),
                    "线",
                    g.digits(3),
                    "公里处",
                    g.pick(["超限运输", "非法营运"]),
                    "。",
                )
            else:
                d.t("其经营的", g.pick(["鲜肉店", "小卖部"]), "销售不符合食品安全标准的食品。")
            d.t("决定书文号：", wh, "，处罚：罚款", g.money(), "元。\n")
    d.t("执法人员：", g.name(), "、", g.name(), "（执法证号：", g.digits(8), "）\n")
    if g.r.random() < 0.3:
        d.t("注：", g.pick(ANON), "（未成年人）案件依法不予公开。\n")
    g.near_miss_block(d)
    return d.done()


def doc_luyong(g: Gen) -> dict[str, object]:
    d = Doc("录用表彰")
    c = g.county
    if g.r.random() < 0.55:
        d.t(
            c[3],
            g.pick(
                [
                    "2023年事业单位公开招聘拟聘用人员公示",
                    "公开招录公务员拟录用人员名单",
                    "特岗教师拟聘用人员公示",
                ]
            ),
            "\n",
        )
        s = sep_for(g)
        withid = g.r.random() < 0.5
        cols = ["序号", "姓名", "性别", "准考证号", "报考岗位", "笔试成绩", "面试成绩", "总成绩"] + (
            ["身份证号"] if withid else []
        )
        d.t(s.join(cols), "\n")
        for i in range(1, g.r.randint(4, 12) + 1):
            d.t(str(i), s, g.name(), s, g.pick(["男", "女"]), s, "1064", c[0][:4], g.digits(5), s)
            d.t(
                g.pick(["乡镇综合岗", "临床医师", "小学语文教师"]),
                s,
                f"{g.r.randint(55, 85)}.{g.digits(1)}",
                s,
            )
            d.t(f"{g.r.randint(70, 92)}.{g.digits(2)}", s, f"{g.r.randint(60, 88)}.{g.digits(2)}")
            if withid:
                d.t(s).k("id_card", g.id18(g.birth(1990, 2001)))
            d.t("\n")
    else:
        d.t(
            c[3],
            g.pick(
                [
                    "关于表彰2023年度先进集体和先进个人的决定",
                    "最美家庭表彰名单",
                    "优秀村（社区）党组织书记表彰名单",
                ]
            ),
            "\n",
        )
        d.t(f"{g.wenhao()}\n", "一、先进个人（", str(g.r.randint(5, 30)), "名）\n")
        names = [g.name() for _ in range(g.r.randint(6, 15))]
        d.t(g.pick(["、", "  ", "，"]).join(names), "\n")
        if g.r.random() < 0.5:
            d.t(
                "二、",
                g.pick(["见义勇为", "孝老爱亲"]),
                "模范：",
                g.name(),
                "（",
                g.pick(c[4]),
                g.village(),
                "村民）\n",
            )
    if g.r.random() < 0.6:
        d.t(g.pick(["联系人：", "公示联系人："]), g.name(), g.pick(["  联系电话：", "，手机："])).k(
            "mobile", g.mobile()
        )
        d.t("  监督电话：", g.office_phone(), "\n")
    d.t(g.pick(["区长", "县长", "书记"]), g.name(), "\n")
    g.near_miss_block(d)
    return d.done()


BUILDERS: list[Callable[[Gen], dict[str, object]]] = [
    doc_yunqian, doc_jiuzhu, doc_weifang, doc_huamingce, doc_songda, doc_dafu, doc_rexian, doc_budongchan,
    doc_chufa, doc_luyong,
]  # fmt: skip


def generate(docs: int, seed: int) -> list[dict[str, object]]:
    """`docs` labelled documents, cycling through the ten types; deterministic for `seed`."""
    rng = random.Random(seed)
    out = []
    for i in range(docs):
        g = Gen(random.Random(rng.getrandbits(64)))
        out.append(BUILDERS[i % len(BUILDERS)](g))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("-o", "--output", default="-")
    ns = parser.parse_args()
    lines = [json.dumps(d, ensure_ascii=False) for d in generate(ns.docs, ns.seed)]
    if ns.output == "-":
        print("\n".join(lines))
    else:
        with open(ns.output, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
