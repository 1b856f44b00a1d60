"""Generator of labelled synthetic documents for the privacy detector (issue 5).

Every personal datum it writes is synthetic (random names, valid-checksum IDs and cards made up
here). Documents: 低保名单 tables, 处罚决定书, 公示, 申请表, meeting minutes; with near misses that
must not be flagged (invalid IDs, order numbers, 文号, 索引号, credit codes, amounts, dates,
postcodes, hotlines, officials' names in their public role).

    python benchmarks/privacy_data/generate.py --docs 600 --seed 5 -o benchmarks/privacy_data/set.jsonl

--variants adds documents in forms the default set lacks, to check that the detector generalises
(a held-out check, not for tuning against): free-text 处罚决定书, 名单 as HTML tables and as TSV with
other headers, village addresses without a house number, "张三、李四等3户" lists. The default
output (without --variants) is unchanged.

Each line: {"type": ..., "text": ..., "spans": [{"kind", "start", "end"}]}.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gongkai.lib.checksums import credit_code_check_char, id_card_check_char, luhn_ok, org_code_check_char

REGIONS = [
    "110105",
    "110108",
    "120101",
    "130102",
    "310115",
    "320106",
    "330106",
    "350102",
    "350481",
    "350124",
    "360102",
    "370102",
    "410105",
    "420102",
    "430104",
    "440305",
    "440106",
    "450103",
    "500103",
    "510104",
    "530102",
    "610113",
    "620102",
    "640104",
    "650102",
    "210102",
    "220102",
]
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方"]
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉梅晓东海波辉春燕文斌宇浩凯鹏飞佳琪子涵雨欣"
)
PROVINCES = [("福建省", "永安市", ["燕西街道", "燕南街道", "小陶镇", "洪田镇", "曹远镇"]),
             ("福建省", "福州市鼓楼区", ["东街街道", "南街街道", "温泉街道"]),
             ("浙江省", "杭州市西湖区", ["北山街道", "西溪街道", "转塘街道", "三墩镇"]),
             ("湖南省", "怀化市鹤城区", ["城中街道", "坨院街道", "黄岩乡"]),
             ("广东省", "深圳市南山区", ["粤海街道", "蛇口街道"]),
             ("四川省", "成都市武侯区", ["浆洗街街道", "簇桥街道"]),
             ("江苏省", "南京市玄武区", ["梅园新村街道", "孝陵卫街道"])]  # fmt: skip
VILLAGES = ["青云村", "石坑村", "下洋村", "前进社区", "幸福社区", "东风村", "新民村", "和平社区"]
ROADS = ["解放路", "人民路", "建设路", "中山路", "五四路", "胜利街", "和平巷", "文化路"]
ESTATES = ["阳光小区", "锦绣花园", "翠湖苑", "金色家园", "东湖公寓"]
MOBILE_PREFIXES = [
    "130",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "158",
    "159",
    "166",
    "170",
    "173",
    "176",
    "177",
    "180",
    "181",
    "186",
    "187",
    "188",
    "189",
    "191",
    "199",
]
AREA_CODES = ["010", "021", "022", "023", "020", "025", "0591", "0598", "0571", "0745", "0755", "028"]
CARD_BINS = ["622202", "621700", "623668", "622848", "621226", "625965", "436742", "622588", "955880"]
DISEASES = [
    "肢体残疾二级",
    "视力残疾一级",
    "精神残疾三级",
    "智力残疾二级",
    "患有尿毒症",
    "患有白血病",
    "瘫痪",
    "听力残疾四级",
    "患有糖尿病",
]
OFFICIALS = ["局长", "副局长", "主任", "副镇长", "书记"]


class Doc:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict[str, object]] = []

    def add(self, text: str, label: str | None = None) -> None:
        if label:
            self.spans.append({"kind": label, "start": self.length, "end": self.length + len(text)})
        self.parts.append(text)
        self.length += len(text)

    def as_dict(self) -> dict[str, object]:
        return {"type": self.kind, "text": "".join(self.parts), "spans": self.spans}


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def name(self) -> str:
        r = self.r
        if r.random() < 0.05:
            return r.choice(COMPOUND) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2))))
        return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))

    def date(self) -> str:
        r = self.r
        return f"{r.randint(2019, 2025)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"

    def id_card(self, valid: bool = True) -> str:
        r = self.r
        y = r.randint(1940, 2012)
        body = f"{r.choice(REGIONS)}{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
        check = id_card_check_char(body)
        if not valid:
            check = r.choice([c for c in "0123456789X" if c != check])
        if check == "X" and r.random() < 0.3:
            check = "x"
        return body + check

    def id15(self) -> str:
        r = self.r
        born = f"{r.randint(40, 89)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        return f"{r.choice(REGIONS)}{born}{r.randint(0, 999):03d}"

    def mobile(self) -> str:
        r = self.r
        n = r.choice(MOBILE_PREFIXES) + f"{r.randint(0, 99999999):08d}"
        style = r.random()
        if style < 0.6:
            return n
        if style < 0.7:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if style < 0.8:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if style < 0.9:
            return f"+86 {n}"
        return f"86-{n}"

    def landline(self) -> str:
        r = self.r
        area = r.choice(AREA_CODES)
        local = str(r.randint(2, 8)) + "".join(
            str(r.randint(0, 9)) for _ in range(7 if len(area) == 3 else r.choice((6, 7)))
        )
        style = r.random()
        if style < 0.6:
            return f"{area}-{local}"
        if style < 0.8:
            return f"({area}){local}"
        return f"{area}-{local}转{r.randint(100, 9999)}"

    def card(self) -> str:
        r = self.r
        length = r.choice((16, 19, 19))
        body = r.choice(CARD_BINS) + "".join(str(r.randint(0, 9)) for _ in range(length - 7))
        check = next(str(d) for d in range(10) if luhn_ok(body + str(d)))
        n = body + check
        if r.random() < 0.3:
            return " ".join(n[i : i + 4] for i in range(0, len(n), 4))
        return n

    def email(self) -> str:
        r = self.r
        local = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(3, 9)))
        if r.random() < 0.4:
            local += str(r.randint(1, 9999))
        return f"{local}@{r.choice(['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com', 'foxmail.com'])}"

    def plate(self) -> str:
        r = self.r
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        p = r.choice("京沪闽浙粤川湘苏") + r.choice(letters[:10])
        if r.random() < 0.3:
            return p + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        return p + "".join(r.choice(letters + "0123456789" * 3) for _ in range(4)) + r.choice("0123456789")

    def address(self) -> str:
        r = self.r
        prov, city, towns = r.choice(PROVINCES)
        head = (prov if r.random() < 0.5 else "") + city + r.choice(towns)
        if r.random() < 0.5:
            return (
                head
                + r.choice(VILLAGES)
                + f"{r.randint(1, 12)}组"
                + (f"{r.randint(1, 60)}号" if r.random() < 0.5 else "")
            )
        tail = r.choice(ROADS) + f"{r.randint(1, 300)}号"
        if r.random() < 0.6:
            tail += (
                r.choice(ESTATES)
                + f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 30)}0{r.randint(1, 4)}室"
            )
        return head + tail

    def credit_code(self) -> str:
        r = self.r
        org = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        org += org_code_check_char(org) if all(c.isdigit() or c.isupper() for c in org) else "0"
        body = r.choice(["91", "11", "12", "52"]) + r.choice(REGIONS) + org
        return body + credit_code_check_char(body)

    def order_number(self) -> str:
        r = self.r
        return "".join(str(r.randint(0, 9)) for _ in range(r.choice((16, 18, 19, 20))))

    def near_misses(self, d: Doc) -> None:
        """Sentences with numbers that are not personal information."""
        r = self.r
        options = [
            lambda: d.add(f"文号：永政办〔{r.randint(2015, 2025)}〕{r.randint(1, 200)}号。"),
            lambda: d.add(
                f"索引号：{self.credit_code()}/{r.randint(2018, 2025)}-{r.randint(1, 99999):05d}。"
            ),
            lambda: d.add(f"统一社会信用代码：{self.credit_code()}。"),
            lambda: d.add(f"订单号：{self.order_number()}，交易流水号{self.order_number()}。"),
            lambda: d.add(f"金额合计{r.randint(1000, 99999999)}元，共{r.randint(100, 99999)}人。"),
            lambda: d.add(
                f"于{self.date()}作出，"
                f"日期{r.randint(2015, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}。"
            ),
            lambda: d.add(f"邮编：{r.choice(['350001', '366000', '310012', '100010'])}。"),
            lambda: d.add("如有疑问请拨打政务服务热线12345。"),
            lambda: d.add(f"身份证号{self.id_card(valid=False)}校验不通过，不予受理。"),
            lambda: d.add(
                f"全年受理申请{r.randint(10, 999)}件，办结率{r.randint(90, 100)}%，"
                f"编号{r.randint(10**15, 10**16 - 1)}。"
            ),
            lambda: d.add(f"{r.choice(OFFICIALS)}{self.name()}主持会议。"),
            lambda: d.add(f"本机关办公地址：{r.choice(PROVINCES)[1]}{r.choice(ROADS)}{r.randint(1, 99)}号。"),
        ]
        for _ in range(r.randint(1, 3)):
            r.choice(options)()
        d.add("\n")

    # --- documents ---------------------------------------------------------------------------------
    def dibao(self) -> Doc:
        r = self.r
        d = Doc("低保名单")
        town = r.choice(r.choice(PROVINCES)[2])
        d.add(f"{town}{r.randint(2019, 2025)}年第{r.randint(1, 4)}季度城乡低保对象公示名单\n")
        sep = r.choice(["\t", "\t", "  ", " | "])
        cols = ["序号", "户主姓名", "身份证号码", "家庭住址", "联系电话", "保障人数", "月保障金（元）"]
        health = r.random() < 0.5
        if health:
            cols.insert(5, "残疾类别")
        d.add(sep.join(cols) + "\n")
        for i in range(1, r.randint(3, 12)):
            d.add(f"{i}{sep}")
            d.add(self.name(), "name")
            d.add(sep)
            if r.random() < 0.9:
                d.add(self.id_card(), "id_card")
            else:
                d.add(self.id_card(valid=False))
            d.add(sep)
            d.add(self.address(), "address")
            d.add(sep)
            d.add(r.choice(MOBILE_PREFIXES) + f"{r.randint(0, 99999999):08d}", "mobile")
            if health:
                d.add(sep)
                if r.random() < 0.5:
                    d.add(r.choice(DISEASES), "health")
                else:
                    d.add("无")
            d.add(f"{sep}{r.randint(1, 6)}{sep}{r.randint(300, 2000)}\n")
        d.add(f"公示期：{self.date()}起7天。监督电话：12345。\n")
        self.near_misses(d)
        return d

    def penalty(self) -> Doc:
        r = self.r
        d = Doc("处罚决定书")
        d.add(
            f"行政处罚决定书\n{r.choice(['永市监', '榕城管', '杭环'])}"
            f"罚字〔{r.randint(2019, 2025)}〕{r.randint(1, 300)}号\n"
        )
        d.add(r.choice(["当事人：", "被处罚人：", "当事人（姓名）："]))
        d.add(self.name(), "name")
        d.add(f"，{r.choice('男女')}，{r.choice(['汉族', '回族', '畲族'])}，公民身份号码：")
        d.add(self.id_card(), "id_card")
        d.add("，住址：")
        d.add(self.address(), "address")
        d.add("，联系电话：")
        if r.random() < 0.7:
            d.add(self.mobile(), "mobile")
        else:
            d.add(self.landline(), "landline")
        d.add("。\n")
        if r.random() < 0.4:
            d.add("当事人驾驶车牌号为")
            d.add(self.plate(), "license_plate")
            d.add("的车辆违规停放。\n")
        d.add(f"经查，当事人于{self.date()}在经营场所销售不合格商品，货值金额{r.randint(100, 50000)}元。")
        d.add(
            f"依据《中华人民共和国产品质量法》第{r.randint(10, 60)}条，"
            f"决定罚款{r.randint(1000, 100000)}元。\n"
        )
        if r.random() < 0.5:
            d.add("罚款缴入账户：")
            d.add(self.card(), "bank_card")
            d.add("。\n")
        if r.random() < 0.3:
            d.add("法定代表人：")
            d.add(
                f"{self.name()}（{r.choice(['有限公司', '合作社'])}），"
                f"统一社会信用代码：{self.credit_code()}。\n"
            )
        self.near_misses(d)
        return d

    def notice(self) -> Doc:
        r = self.r
        d = Doc("公示")
        d.add(f"关于{r.randint(2020, 2025)}年度困难群众临时救助拟救助对象的公示\n")
        d.add("拟救助对象名单如下：")
        for i in range(r.randint(2, 8)):
            if i:
                d.add("、")
            d.add(self.name(), "name")
        d.add("。\n")
        if r.random() < 0.5:
            d.add("其中")
            d.add(self.name(), "name")
            d.add("，男，")
            d.add(r.choice(DISEASES), "health")
            d.add("，")
            d.add("因病致贫", "health")
            d.add("。\n")
        d.add("公示期间如有异议，请联系：")
        d.add(f"{r.choice(['民政办', '社会事务办'])}，联系人：")
        # The office's contact for questions acts for the office: neither name nor number is personal.
        d.add(self.name())
        d.add("，电话：")
        d.add(self.landline())
        d.add("。\n")
        self.near_misses(d)
        return d

    def application(self) -> Doc:
        r = self.r
        d = Doc("申请表")
        d.add("政府信息公开申请表\n")
        sep = r.choice(["：", "\t"])
        d.add(f"申请人姓名{sep}")
        d.add(self.name(), "name")
        d.add(f"\n证件类型{sep}")
        kind = r.random()
        if kind < 0.6:
            d.add(f"居民身份证\n证件号码{sep}")
            d.add(self.id_card(), "id_card")
        elif kind < 0.7:
            d.add(f"护照\n护照号码{sep}")
            d.add("E" + "".join(str(r.randint(0, 9)) for _ in range(8)), "passport")
        elif kind < 0.8:
            d.add(f"往来港澳通行证\n证件号码{sep}")
            d.add("C" + "".join(str(r.randint(0, 9)) for _ in range(8)), "hk_macau_permit")
        elif kind < 0.9:
            d.add(f"台湾居民来往大陆通行证（台胞证）\n证件号码{sep}")
            d.add("".join(str(r.randint(0, 9)) for _ in range(8)), "tw_permit")
        else:
            d.add(f"居民身份证（一代）\n身份证号码{sep}")
            d.add(self.id15(), "id_card_15")
        d.add(f"\n联系电话{sep}")
        d.add(self.mobile(), "mobile")
        d.add(f"\n电子邮箱{sep}")
        d.add(self.email(), "email")
        d.add(f"\n通讯地址{sep}")
        d.add(self.address(), "address")
        d.add(f"\n邮政编码{sep}{r.randint(100000, 850000)}\n")
        if r.random() < 0.4:
            d.add(f"开户银行{sep}中国工商银行\n银行卡号{sep}")
            d.add(self.card(), "bank_card")
            d.add("\n")
        d.add(f"所需信息名称{sep}{r.randint(2018, 2025)}年度财政预算执行情况\n")
        self.near_misses(d)
        return d

    def minutes(self) -> Doc:
        r = self.r
        d = Doc("会议纪要")
        d.add(
            f"{r.choice(['县政府常务会议', '局长办公会议', '镇党委会议'])}纪要\n"
            f"〔{r.randint(2019, 2025)}〕{r.randint(1, 40)}号\n"
        )
        d.add(f"{self.date()}，{r.choice(OFFICIALS)}{self.name()}主持召开会议，")
        d.add(f"{r.choice(OFFICIALS)}{self.name()}、{r.choice(OFFICIALS)}{self.name()}出席。\n")
        d.add(
            f"会议研究了{r.randint(2020, 2025)}年度预算安排，"
            f"同意安排资金{r.randint(10, 9999)}万元，受益{r.randint(100, 9999)}户。\n"
        )
        if r.random() < 0.5:
            d.add("会议同意对困难户")
            d.add(self.name(), "name")
            d.add("（户主，身份证号")
            d.add(self.id_card(), "id_card")
            d.add("）给予临时救助，救助金打入其银行卡")
            d.add(self.card(), "bank_card")
            d.add("。\n")
        if r.random() < 0.5:
            d.add("信访人家住")
            d.add(self.address(), "address")
            d.add("，手机")
            d.add(self.mobile(), "mobile")
            d.add("，反映道路积水问题。\n")
        self.near_misses(d)
        return d

    def document(self) -> Doc:
        return self.r.choice([self.dibao, self.penalty, self.notice, self.application, self.minutes])()

    # --- variants (held-out forms) -----------------------------------------------------------------
    @staticmethod
    def add_home(d: Doc, home: str) -> None:
        # A village or a 社区 alone is no address to cut (PrivacyConfig.village_address): the issue's
        # address goes down to 号/栋/单元/室/组.
        d.add(home, None if home.endswith(("村", "社区")) else "address")

    def village_address(self) -> str:
        r = self.r
        prov, city, towns = r.choice(PROVINCES)
        group = r.choice(
            [
                f"{r.randint(1, 12)}组",
                f"{'一二三四五六七八九'[r.randint(0, 8)]}组",
                "",
                f"{r.randint(1, 80)}号",
            ]
        )
        return (prov if r.random() < 0.3 else "") + city + r.choice(towns) + r.choice(VILLAGES) + group

    def penalty_free(self) -> Doc:
        r = self.r
        d = Doc("处罚决定书")
        office = r.choice(["永市监", "榕城管"])
        d.add(f"行政处罚决定书\n{office}罚字〔{r.randint(2019, 2025)}〕{r.randint(1, 300)}号\n")
        d.add(r.choice(["被处罚人", "当事人", "违法行为人"]))
        d.add(self.name(), "name")
        born = f"{r.randint(1950, 2000)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
        d.add(f"，{r.choice('男女')}，{born}出生，身份证号码")
        d.add(self.id_card(), "id_card")
        d.add("，" + r.choice(["住", "家住", "现居", "现住"]))
        self.add_home(d, r.choice([self.address, self.village_address])())
        d.add("。\n经查，当事人")
        d.add(self.name(), "name")
        d.add(f"于{self.date()}在其经营的门店内销售过期食品，货值金额{r.randint(100, 9000)}元。\n")
        if r.random() < 0.5:
            d.add("以上事实有证人")
            d.add(self.name(), "name")
            d.add("的证言、现场检查笔录为证。联系电话")
            d.add(self.mobile(), "mobile")
            d.add("。\n")
        self.near_misses(d)
        return d

    def dibao_html(self) -> Doc:
        r = self.r
        d = Doc("低保名单")
        d.add(f"<p>{r.choice(r.choice(PROVINCES)[2])}城乡低保对象公示名单</p>\n<table>\n")
        cols = [
            "序号",
            r.choice(["姓名", "户主姓名", "申请人"]),
            "身份证号码",
            r.choice(["家庭住址", "居住地址", "户籍所在地"]),
            "保障人数",
        ]
        d.add("<tr>" + "".join(f"<th>{c}</th>" for c in cols) + "</tr>\n")
        for i in range(1, r.randint(3, 10)):
            d.add(f"<tr>\n  <td>{i}</td>\n  <td>")
            d.add(self.name(), "name")
            d.add("</td>\n  <td>")
            d.add(self.id_card(), "id_card")
            d.add("</td>\n  <td>")
            self.add_home(d, r.choice([self.address, self.village_address])())
            d.add(f"</td>\n  <td>{r.randint(1, 6)}</td>\n</tr>\n")
        d.add("</table>\n<p>监督电话：12345。</p>\n")
        self.near_misses(d)
        return d

    def dibao_tsv(self) -> Doc:
        r = self.r
        d = Doc("低保名单")
        d.add(f"{r.choice(r.choice(PROVINCES)[2])}特困人员供养名单\n")
        sep = r.choice(["\t", ","])
        cols = [
            "序号",
            "户主",
            "性别",
            "年龄",
            r.choice(["居住地", "户籍所在地", "现住址"]),
            "联系电话",
            "致贫原因",
        ]
        d.add(sep.join(cols) + "\n")
        for i in range(1, r.randint(3, 10)):
            d.add(f"{i}{sep}")
            d.add(self.name(), "name")
            d.add(f"{sep}{r.choice('男女')}{sep}{r.randint(18, 90)}{sep}")
            self.add_home(d, self.village_address())
            d.add(sep)
            d.add(r.choice(MOBILE_PREFIXES) + f"{r.randint(0, 99999999):08d}", "mobile")
            d.add(sep)
            if r.random() < 0.5:
                d.add(r.choice(DISEASES), "health")
            else:
                d.add(r.choice(["缺劳力", "因学", "无"]))
            d.add("\n")
        self.near_misses(d)
        return d

    def notice_counted(self) -> Doc:
        r = self.r
        d = Doc("公示")
        d.add(f"关于{r.randint(2020, 2025)}年度低保审批结果的公示\n")
        d.add(r.choice(["经审核，同意", "经研究，拟将", "经村民代表评议，"]))
        n = r.randint(2, 5)
        for i in range(n):
            if i:
                d.add("、")
            d.add(self.name(), "name")
        d.add(f"等{n}户纳入最低生活保障。\n")
        d.add(r.choice(["低保对象：", "保障对象：", "特困对象："]))
        for i in range(r.randint(2, 4)):
            if i:
                d.add("、")
            d.add(self.name(), "name")
        d.add("。\n")
        self.near_misses(d)
        return d

    def variant(self) -> Doc:
        return self.r.choice([self.penalty_free, self.dibao_html, self.dibao_tsv, self.notice_counted])()


def generate(docs: int, seed: int, variants: bool = False) -> list[dict[str, object]]:
    g = Gen(seed)
    if variants:
        return [(g.variant() if g.r.random() < 0.5 else g.document()).as_dict() for _ in range(docs)]
    return [g.document().as_dict() for _ in range(docs)]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=600)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("-o", "--output", default=str(Path(__file__).with_name("set.jsonl")))
    parser.add_argument("--variants", action="store_true", help="mix in the held-out document forms")
    ns = parser.parse_args()
    with open(ns.output, "w", encoding="utf-8") as fh:
        for doc in generate(ns.docs, ns.seed, ns.variants):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
