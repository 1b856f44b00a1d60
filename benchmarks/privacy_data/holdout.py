"""An independent generator of labelled documents, in forms generate.py does not write.

generate.py and the detector were written together, so a perfect score on its sets proves only
that the detector reads those templates. This generator was written apart from them, after reading
generate.py, to differ on purpose: other regions (宁夏吴忠市利通区), other surnames (回族 surnames
among them, a few outside the detector's list), other document types and layouts:

- 会议纪要 with 参会人员 lists, speakers ("张三同志指出") and a villager's case in the narrative;
- 行政处罚决定书 in narrative style, the party named without a label ("张三，男，…"), "经查，张三系…
  村民", the name repeated bare in later sentences;
- 低保/临时救助/特困 公示 as TSV with other headers, as "姓名：…  身份证号：…" blocks, and as
  enumerated lists after a heading with no label and no count ("下列家庭：1. 张三，…");
- 信访 replies, addressed to an anonymised "王某某" (not a name: already masked) or to a named person;
- 申请审批表 forms laid out as label/value pairs on tab-separated lines;
- 表彰名单 and 参会人员;
- 医疗救助 明细 with disease names next to people;
- near misses: officials with their title ("区长张三"), place names (张家村), a company named after a
  person (张三丰餐饮有限公司), road names, 文号 吴利政发〔2022〕5号, credit codes, dates, amounts,
  statistics, postcode 751100, hotline 12345, office numbers after 监督电话/咨询电话.

Labelling policy (what the spans say), where the issue leaves a choice:

- Officials acting in their public role are not personal data (条例第二十条(二) publishes 负责人姓名):
  the chair and 参会人员 of a government meeting, speakers "张三同志指出", "区长张三", 法定代表人.
  The same word "同志" heading a letter to a citizen ("张三同志：") is a salutation, and that
  name is labelled.
- Names in 表彰/奖励 名单 are not labelled: a commendation is published so that the public knows
  who received it (the honour is the public act), and it reveals no circumstance of the person
  that the law protects, unlike a 低保 or 救助 list that reveals poverty or illness. Numbers next
  to them (ID, mobile) would still be personal; these lists carry none.
- "王某某", "张某" are already anonymised: not labelled.
- A person's address is labelled from its first character to the house-level part (组/号/栋/单元/室);
  a village alone in a 所在村组 column ("田桥村3组" always has its 组 here).
- Every later bare mention of a labelled person's name in the same document is labelled too.

- 经办人/审核人 of a 公示 are civil servants acting for the office: not labelled.

Families (--family): "a" is the list above, written first and measured before the detector was
changed for it. "b" (征收补偿 and 土地确权 tables, 受助学生 columns, names padded "王  伟", relatives
"其妻子李四", 来访人, "两户", flats written "28-1-802") and "c" (Markdown and CSV tables, "联系人及
电话", "现居住地址", addresses of 北京 (号院/号楼), 上海 (弄), 甘肃 (4社), "第九村民小组", 组织机构代码)
were each written after the detector had been fixed for the previous family, and measured before
it was changed for them. Once the detector has been fixed for a family, that family proves only
that those forms are read: the figures that say something about unseen forms are the ones taken
before each fix.

    python benchmarks/privacy_data/holdout.py --docs 400 --seed 11 -o /tmp/holdout.jsonl
    python benchmarks/privacy_data/holdout.py --docs 400 --seed 21 --family b -o /tmp/holdout_b.jsonl
    python benchmarks/privacy_data/holdout.py --docs 400 --seed 31 --family c -o /tmp/holdout_c.jsonl
    python benchmarks/privacy.py --data /tmp/holdout.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gongkai.lib.checksums import credit_code_check_char, id_card_check_char, luhn_ok, org_code_check_char

# 宁夏 and a few other regions: 6403 吴忠, 6401 银川, 6404 固原, 6205 天水, 6301 西宁.
REGIONS = ("640302", "640303", "640323", "640381", "640104", "640402", "620502", "630102", "610402")
# Weighted toward 回族 and north-western surnames; the last group is outside most surname lists.
COMMON = "马杨李王丁海金田苏何周张刘赵吴白穆冶哈"
RARE = "纳拜虎喇敏锁洪"
GIVEN = (
    "占福", "秀兰", "玉花", "国强", "建军", "学军", "彦", "文", "海", "明", "军", "梅", "花", "兰", "霞",
    "福贵", "忠", "学成", "有德", "生", "小平", "红英", "春花", "永", "金山", "凤英", "志远", "晓燕",
    "玉梅", "德福", "宏", "俊", "慧", "娟", "建华", "少军", "婷", "佳怡", "子轩", "雪",
)  # fmt: skip
TOWNS = ("金积镇", "金银滩镇", "高闸镇", "扁担沟镇", "上桥镇", "古城镇", "郭家桥乡", "马莲渠乡", "东塔寺乡",
         "板桥乡")  # fmt: skip
STREETS = ("胜利街道", "东塔街道", "金星街道", "朝阳街道", "古城街道")
VILLAGES = ("田桥村", "秦渠村", "关渠村", "张家村", "马家湖村", "涝河桥村", "新华村", "杨马湖村", "早元村")
ESTATES = ("金凤小区", "明珠花园", "世纪家园", "朝阳小区", "富宁苑", "裕民新村", "开元名都", "滨河嘉苑")
ROADS = ("朝阳西街", "明珠路", "开元大道", "裕民街", "利宁街", "人民路", "文化路")
DISEASES = ("尿毒症", "乳腺癌", "脑梗塞", "肺癌", "白血病", "慢性肾衰竭", "精神分裂症", "脑瘫")
DISABILITY = ("肢体残疾二级", "视力残疾一级", "智力残疾三级", "言语残疾四级", "精神残疾二级")
OFFICIAL_TITLES = ("区长", "副区长", "局长", "主任", "镇长", "书记")
CN_NUM = "一二三四五六七八九十"


class Doc:
    """A document being written: its text and the labelled spans in it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict[str, object]] = []

    def put(self, text: str, label: str | None = None) -> None:
        if label:
            self.spans.append({"kind": label, "start": self.size, "end": self.size + len(text)})
        self.parts.append(text)
        self.size += len(text)

    def record(self) -> dict[str, object]:
        return {"type": self.kind, "text": "".join(self.parts), "spans": self.spans}


class Holdout:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # --- values ------------------------------------------------------------------------------------
    def person(self) -> str:
        r = self.r
        surname = r.choice(RARE) if r.random() < 0.06 else r.choice(COMMON)
        return surname + r.choice(GIVEN)

    def official(self) -> str:
        return self.person()

    def date(self, lo: int = 2021, hi: int = 2024) -> str:
        r = self.r
        return f"{r.randint(lo, hi)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"

    def id_card(self) -> str:
        r = self.r
        body = f"{r.choice(REGIONS)}{r.randint(1938, 2015)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body += f"{r.randint(0, 999):03d}"
        return body + id_card_check_char(body)

    def mobile(self) -> str:
        r = self.r
        n = r.choice(("139", "138", "150", "151", "158", "177", "180", "182", "189", "195"))
        n += f"{r.randint(0, 99999999):08d}"
        return n if r.random() < 0.85 else f"{n[:3]} {n[3:7]} {n[7:]}"

    def card(self) -> str:
        r = self.r
        body = r.choice(("622848", "623059", "621799", "622823")) + "".join(
            str(r.randint(0, 9)) for _ in range(r.choice((10, 12)))
        )
        return body + next(str(d) for d in range(10) if luhn_ok(body + str(d)))

    def email(self) -> str:
        r = self.r
        user = "".join(r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(r.randint(4, 8)))
        return f"{user}{r.randint(1, 999)}@{r.choice(('qq.com', '163.com', '139.com', 'yeah.net'))}"

    def credit_code(self) -> str:
        r = self.r
        org = "".join(r.choice("0123456789") for _ in range(8))
        body = "92" + r.choice(REGIONS) + org + org_code_check_char(org)
        return body + credit_code_check_char(body)

    def office_phone(self) -> str:
        return f"0953-{self.r.randint(2010000, 2099999)}"

    def village_address(self, head: bool = True) -> str:
        r = self.r
        group = f"{r.randint(1, 9)}组" if r.random() < 0.6 else f"{CN_NUM[r.randint(0, 8)]}组"
        if r.random() < 0.3:
            group += f"{r.randint(1, 99)}号"
        prefix = ("利通区" if r.random() < 0.3 else "") + r.choice(TOWNS) if head else ""
        return prefix + r.choice(VILLAGES) + group

    def estate_address(self, head: bool = True) -> str:
        r = self.r
        unit = r.choice(
            (
                f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室",
                f"{r.randint(1, 30)}号楼{r.randint(1, 4)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室",
                f"{r.randint(1, 30)}幢{r.randint(1, 18)}0{r.randint(1, 4)}室",
            )
        )
        prefix = ""
        if head:
            prefix = ("吴忠市利通区" if r.random() < 0.4 else "") + r.choice(STREETS)
            if r.random() < 0.3:
                prefix += r.choice(ROADS) + f"{r.randint(1, 300)}号"
        return prefix + r.choice(ESTATES) + unit

    def address(self, head: bool = True) -> str:
        return self.village_address(head) if self.r.random() < 0.5 else self.estate_address(head)

    def health(self) -> str:
        r = self.r
        return r.choice(DISABILITY) if r.random() < 0.4 else "患" + r.choice(DISEASES)

    # --- near misses -------------------------------------------------------------------------------
    def near_misses(self, d: Doc) -> None:
        r = self.r
        options: list[Callable[[], None]] = [
            lambda: d.put(
                f"依据《吴忠市利通区人民政府关于…的通知》（吴利政发〔{r.randint(2018, 2024)}〕"
                f"{r.randint(1, 99)}号）。"
            ),
            lambda: d.put(f"统一社会信用代码：{self.credit_code()}。"),
            lambda: d.put(f"邮政编码：751100，咨询电话：{self.office_phone()}。"),
            lambda: d.put(f"监督电话：{self.office_phone()}，政务服务便民热线：12345。"),
            lambda: d.put(
                f"全区共有低保对象{r.randint(1000, 9999)}户{r.randint(2000, 20000)}人，"
                f"累计发放资金{r.randint(100, 9999)}.{r.randint(10, 99)}万元。"
            ),
            lambda: d.put(f"{self.date()}，{r.choice(OFFICIAL_TITLES)}{self.official()}带队检查。"),
            lambda: d.put(f"项目位于{r.choice(TOWNS)}张家村，沿人民路铺设管网{r.randint(2, 30)}公里。"),
            lambda: d.put(f"吴忠市{self.official()[0]}三丰餐饮有限公司已整改到位。"),
            lambda: d.put(
                f"办公地址：吴忠市利通区{r.choice(ROADS)}{r.randint(1, 200)}号，"
                f"{r.choice(('区民政局', '区政务服务中心'))}。"
            ),
            lambda: d.put(
                f"索引号：{r.randint(10**9, 10**10 - 1)}/{r.randint(2019, 2024)}-{r.randint(1, 9999):05d}。"
            ),
        ]
        for _ in range(r.randint(1, 3)):
            r.choice(options)()
        d.put("\n")

    # --- documents ---------------------------------------------------------------------------------
    def minutes(self) -> Doc:
        r = self.r
        d = Doc("会议纪要")
        officials = [self.official() for _ in range(5)]
        d.put(f"利通区人民政府第{r.randint(1, 40)}次常务会议纪要\n")
        d.put(f"时间：{self.date()}\n地点：区政府三楼会议室\n")
        d.put(f"主持：区长{officials[0]}\n")
        d.put("参会人员：" + "、".join(officials[1:]) + "\n")
        d.put(f"列席：区民政局局长{self.official()}、区财政局局长{self.official()}\n")
        d.put(
            f"一、{officials[1]}同志通报了{r.randint(2021, 2024)}年第{r.randint(1, 4)}季度"
            "社会救助工作情况。\n"
        )
        d.put("二、会议研究了")
        d.put(r.choice(TOWNS) + r.choice(VILLAGES) + "村民")
        name = self.person()
        d.put(name, "name")
        d.put(f"（{r.choice('男女')}，{r.randint(1950, 1990)}年生）的临时救助申请。")
        d.put(name, "name")
        d.put(r.choice(("家住", "现住")))
        d.put(self.address(), "address")
        d.put("，")
        if r.random() < 0.7:
            d.put(self.health(), "health")
            d.put("，")
        d.put(f"家庭人口{r.randint(2, 6)}人。会议同意给予临时救助{r.randint(1, 9)}000元，")
        d.put("由区民政局通过“一卡通”发放至其银行卡")
        d.put(self.card(), "bank_card")
        d.put("。\n")
        d.put(f"{officials[2]}同志{r.choice(('指出', '强调', '要求'))}，要压实属地责任，做到应保尽保。\n")
        self.near_misses(d)
        return d

    def penalty(self) -> Doc:
        r = self.r
        d = Doc("处罚决定书")
        d.put(
            "吴忠市利通区市场监督管理局\n行政处罚决定书\n"
            f"吴利市监罚〔{r.randint(2021, 2024)}〕{r.randint(1, 200)}号\n"
        )
        name = self.person()
        if r.random() < 0.5:
            d.put(name, "name")
            d.put(
                f"，{r.choice('男女')}，{r.randint(1955, 2000)}年{r.randint(1, 12)}月出生，汉族，公民身份号码"
            )
        else:
            d.put("当事人基本情况：")
            d.put(name, "name")
            d.put(f"，{r.choice('男女')}，回族，身份证号码：")
        d.put(self.id_card(), "id_card")
        d.put("，住")
        d.put(self.address(), "address")
        d.put("，联系电话")
        d.put(self.mobile(), "mobile")
        d.put("。\n经查，")
        d.put(name, "name")
        d.put("系")
        d.put(f"{r.choice(TOWNS)}{r.choice(VILLAGES)}村民，自{self.date()}起在自家门店内无证销售散装白酒。")
        d.put("上述事实，有现场检查笔录、")
        d.put(name, "name")
        d.put("的询问笔录等证据证实。")
        d.put(name, "name")
        d.put(
            f"对上述事实无异议。本局决定没收违法所得{r.randint(100, 9000)}元，"
            f"并处罚款{r.randint(1, 50)}000元。\n"
        )
        if r.random() < 0.5:
            d.put(
                f"另查明，吴忠市{self.person()[0]}三丰餐饮有限公司（法定代表人：{self.official()}）未涉及。\n"
            )
        self.near_misses(d)
        return d

    def relief_tsv(self) -> Doc:
        r = self.r
        d = Doc("救助公示")
        d.put(f"{r.choice(TOWNS)}{r.randint(2021, 2024)}年{r.randint(1, 12)}月临时救助对象公示\n")
        cols = ["序号", r.choice(("救助对象姓名", "姓名", "户主")), "性别", "家庭人口",
                r.choice(("所在村组", "家庭住址", "居住地址")), "救助原因", "救助金额（元）"]  # fmt: skip
        d.put("\t".join(cols) + "\n")
        for i in range(1, r.randint(4, 12)):
            d.put(f"{i}\t")
            d.put(self.person(), "name")
            d.put(f"\t{r.choice('男女')}\t{r.randint(1, 6)}\t")
            d.put(
                self.village_address(head=r.random() < 0.5) if cols[4] == "所在村组" else self.address(),
                "address",
            )
            d.put("\t")
            if r.random() < 0.5:
                d.put("因病", "health")
            else:
                d.put(r.choice(("因灾", "因学", "突发事件")))
            d.put(f"\t{r.randint(5, 50)}00\n")
        d.put(f"公示期{self.date()}至{self.date()}。\n")
        self.near_misses(d)
        return d

    def relief_blocks(self) -> Doc:
        r = self.r
        d = Doc("救助公示")
        d.put(f"{r.choice(STREETS)}特困人员供养审批公示\n")
        for _ in range(r.randint(2, 4)):
            d.put("姓名：")
            d.put(self.person(), "name")
            d.put(f"  性别：{r.choice('男女')}  身份证号：")
            d.put(self.id_card(), "id_card")
            d.put("\n家庭住址：")
            d.put(self.address(), "address")
            d.put("  联系电话：")
            d.put(self.mobile(), "mobile")
            d.put("\n身体状况：")
            d.put(r.choice(DISABILITY), "health")
            d.put(f"  供养方式：{r.choice(('分散供养', '集中供养'))}\n\n")
        self.near_misses(d)
        return d

    def relief_enum(self) -> Doc:
        r = self.r
        d = Doc("救助公示")
        d.put(f"关于{r.choice(TOWNS)}{r.randint(2021, 2024)}年第{r.randint(1, 4)}批临时救助的公示\n")
        d.put(r.choice(("经村委会评议、镇政府审核，下列家庭符合临时救助条件，现予公示：\n",
                        "经审核，以下人员拟纳入特困供养范围：\n")))  # fmt: skip
        for i in range(1, r.randint(3, 8)):
            d.put(r.choice((f"{i}. ", f"{i}、", f"（{CN_NUM[i - 1]}）")))
            d.put(self.person(), "name")
            d.put("，")
            d.put(self.village_address(head=r.random() < 0.5), "address")
            d.put(f"，家庭人口{r.randint(1, 6)}人，")
            if r.random() < 0.4:
                d.put(self.health(), "health")
                d.put("，")
            d.put(f"拟救助金额{r.randint(5, 50)}00元；\n")
        d.put(f"公示期间如有异议，请向{r.choice(TOWNS)}人民政府反映。\n")
        self.near_misses(d)
        return d

    def petition(self) -> Doc:
        r = self.r
        d = Doc("信访答复")
        d.put(f"信访事项处理意见书\n吴利信复〔{r.randint(2021, 2024)}〕{r.randint(1, 99)}号\n")
        if r.random() < 0.5:
            d.put(f"{self.person()[0]}某某：\n你于{self.date()}反映的")
            d.put(f"{r.choice(TOWNS)}{r.choice(VILLAGES)}土地补偿问题收悉。")
        else:
            name = self.person()
            d.put(name, "name")
            d.put("同志：\n你（身份证号")
            d.put(self.id_card(), "id_card")
            d.put(f"）于{self.date()}反映的问题收悉。经查，你家住")
            d.put(self.address(), "address")
            d.put("，")
        d.put(f"经调查，已责成{r.choice(TOWNS)}镇长{self.official()}督办。如不服本意见，可在收到之日起30日内"
              "向吴忠市利通区人民政府申请复查。\n")  # fmt: skip
        d.put(f"信访人{self.person()[0]}某反映的其他事项另行答复。\n")
        self.near_misses(d)
        return d

    def application(self) -> Doc:
        r = self.r
        d = Doc("申请审批表")
        d.put("城乡居民最低生活保障申请审批表\n")
        d.put(r.choice(("申请人\t", "户主姓名\t")))
        d.put(self.person(), "name")
        d.put(f"\t性别\t{r.choice('男女')}\t出生年月\t{r.randint(1950, 2000)}.{r.randint(1, 12):02d}\n")
        d.put("身份证号\t")
        d.put(self.id_card(), "id_card")
        d.put("\t联系电话\t")
        d.put(self.mobile(), "mobile")
        d.put("\n家庭住址\t")
        d.put(self.address(), "address")
        d.put("\n健康状况\t")
        d.put(self.health(), "health")
        d.put("\n开户银行\t中国农业银行吴忠分行\t银行账号\t")
        d.put(self.card(), "bank_card")
        if r.random() < 0.5:
            d.put("\n电子邮箱\t")
            d.put(self.email(), "email")
        d.put(f"\n家庭成员\t{r.randint(1, 5)}人\t月人均收入\t{r.randint(200, 800)}元\n")
        d.put(f"村（居）委会意见\t情况属实\t经办人\t{self.official()}\n")
        self.near_misses(d)
        return d

    def honours(self) -> Doc:
        r = self.r
        d = Doc("表彰名单")
        title = r.choice(("优秀村干部", "最美家庭", "优秀志愿者", "先进工作者"))
        d.put(f"关于表彰{r.randint(2021, 2024)}年度{title}的决定\n")
        people = [f"{self.person()}（{r.choice(TOWNS)}{r.choice(VILLAGES)}）" for _ in range(r.randint(3, 8))]
        if r.random() < 0.5:
            d.put(f"为树立先进典型，区委、区政府决定，授予下列同志“{title}”称号：\n")
            d.put("、".join(people) + "\n")
        else:
            d.put(f"{r.randint(2021, 2024)}年度{title}名单：\n")
            d.put("\n".join(f"{i}. {p}" for i, p in enumerate(people, 1)) + "\n")
        d.put(f"希望受表彰的同志珍惜荣誉，再接再厉。\n{self.date()}\n")
        self.near_misses(d)
        return d

    def medical(self) -> Doc:
        r = self.r
        d = Doc("医疗救助")
        d.put(f"利通区{r.randint(2021, 2024)}年第{r.randint(1, 4)}季度医疗救助资金发放明细\n")
        d.put("序号\t姓名\t所在村组\t疾病名称\t救助金额（元）\n")
        for i in range(1, r.randint(3, 9)):
            d.put(f"{i}\t")
            d.put(self.person(), "name")
            d.put("\t")
            d.put(self.village_address(head=False), "address")
            d.put("\t")
            d.put(r.choice(DISEASES), "health")
            d.put(f"\t{r.randint(1000, 30000)}\n")
        d.put("典型案例：")
        name = self.person()
        d.put(name, "name")
        d.put(f"，{r.choice('男女')}，{r.randint(30, 80)}岁，家住")
        d.put(self.village_address(), "address")
        d.put("，")
        d.put("患" + r.choice(DISEASES), "health")
        d.put(f"，今年已自付医疗费用{r.randint(2, 9)}万余元。\n")
        self.near_misses(d)
        return d

    def document(self) -> Doc:
        makers = (self.minutes, self.penalty, self.relief_tsv, self.relief_blocks, self.relief_enum,
                  self.petition, self.application, self.honours, self.medical)  # fmt: skip
        return self.r.choice(makers)()

    # --- family b: written after the detector was fixed for the forms above, measured before any
    # change for them (see the module docstring) ------------------------------------------------------
    def spaced(self, name: str) -> str:
        """Two-character names padded to the width of three in typeset lists: "王  伟"."""
        return name[0] + "  " + name[1] if len(name) == 2 and self.r.random() < 0.5 else name

    def hyphen_address(self) -> str:
        r = self.r
        return (
            r.choice(STREETS)
            + r.choice(ESTATES)
            + f"{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(1, 18)}0{r.randint(1, 4)}"
        )

    def expropriation(self) -> Doc:
        r = self.r
        d = Doc("征收补偿公示")
        d.put(f"{r.choice(TOWNS)}{r.choice(VILLAGES)}棚户区改造项目房屋征收补偿公示\n")
        d.put("序号\t被征收人\t房屋坐落\t建筑面积（㎡）\t补偿金额（元）\n")
        for i in range(1, r.randint(3, 9)):
            d.put(f"{i}\t")
            d.put(self.person(), "name")
            d.put("\t")
            d.put(self.village_address(head=r.random() < 0.5), "address")
            d.put(f"\t{r.randint(60, 300)}.{r.randint(0, 99):02d}\t{r.randint(100000, 900000)}\n")
        d.put(f"经办人：{self.official()}  审核人：{self.official()}\n")
        self.near_misses(d)
        return d

    def land(self) -> Doc:
        r = self.r
        d = Doc("确权公示")
        d.put(f"{r.choice(TOWNS)}{r.choice(VILLAGES)}农村土地承包经营权确权登记公示表\n")
        d.put("序号\t承包方代表\t身份证号\t家庭成员数\t承包面积（亩）\n")
        for i in range(1, r.randint(3, 9)):
            d.put(f"{i}\t")
            d.put(self.person(), "name")
            d.put("\t")
            d.put(self.id_card(), "id_card")
            d.put(f"\t{r.randint(1, 7)}\t{r.randint(1, 30)}.{r.randint(0, 9)}\n")
        self.near_misses(d)
        return d

    def student_aid(self) -> Doc:
        r = self.r
        d = Doc("学生资助")
        d.put(f"利通区{r.randint(2021, 2024)}年秋季学期家庭经济困难学生资助名单\n")
        d.put("序号\t受助学生\t性别\t就读学校\t家长姓名\t家庭住址\n")
        for i in range(1, r.randint(3, 9)):
            d.put(f"{i}\t")
            d.put(self.spaced(self.person()), "name")
            d.put(f"\t{r.choice('男女')}\t利通区第{r.choice(CN_NUM)}中学\t")
            d.put(self.person(), "name")
            d.put("\t")
            d.put(self.address(), "address")
            d.put("\n")
        self.near_misses(d)
        return d

    def visit(self) -> Doc:
        r = self.r
        d = Doc("信访答复")
        d.put(f"关于{r.choice(('来访', '来信'))}事项的答复\n")
        name = self.person()
        d.put(r.choice(("来访人", "来信人", "反映人")))
        d.put(name, "name")
        d.put("（身份证号：")
        d.put(self.id_card(), "id_card")
        d.put("）反映其家庭困难问题。经核实，")
        d.put(name, "name")
        d.put("，其妻子")
        d.put(self.person(), "name")
        d.put("患有" + r.choice(DISEASES), "health")
        d.put("，儿子")
        d.put(self.person(), "name")
        d.put("在读。家庭住址：")
        d.put(self.hyphen_address(), "address")
        d.put("。\n")
        d.put(f"经复核，取消{self.person()[0]}某某低保资格；")
        a, b = self.person(), self.person()
        d.put("同意将")
        d.put(a, "name")
        d.put("、")
        d.put(b, "name")
        d.put("两户纳入低保。\n")
        self.near_misses(d)
        return d

    def roster(self) -> Doc:
        r = self.r
        d = Doc("花名册")
        d.put(f"{r.choice(TOWNS)}公益性岗位人员花名册\n")
        d.put("序号\t姓名\t性别\t身份证号码\t联系电话\t岗位\n")
        for i in range(1, r.randint(3, 10)):
            d.put(f"{i}\t")
            d.put(self.spaced(self.person()), "name")
            d.put(f"\t{r.choice('男女')}\t")
            d.put(self.id_card(), "id_card")
            d.put("\t")
            d.put(self.mobile(), "mobile")
            d.put(f"\t{r.choice(('保洁员', '护林员', '协管员'))}\n")
        self.near_misses(d)
        return d

    def document_b(self) -> Doc:
        makers = (self.expropriation, self.land, self.student_aid, self.visit, self.roster)
        return self.r.choice(makers)()

    # --- family c: other regions' address forms, label spellings and table layouts ----------------
    def far_address(self) -> str:
        r = self.r
        return r.choice(
            (
                f"甘肃省天水市麦积区{r.choice(('中滩镇', '社棠镇'))}"
                f"{r.choice(('樊集村', '刘家村'))}{r.randint(1, 9)}社",
                f"北京市海淀区{r.choice(('学院路街道', '北太平庄街道'))}"
                f"{r.choice(ROADS)}{r.randint(1, 99)}号院"
                f"{r.randint(1, 20)}号楼{r.randint(1, 6)}单元{r.randint(1, 20)}0{r.randint(1, 4)}号",
                f"上海市黄浦区{r.choice(('外滩街道', '南京东路街道'))}{r.choice(ROADS)}{r.randint(1, 900)}弄"
                f"{r.randint(1, 60)}号{r.randint(1, 6)}0{r.randint(1, 4)}室",
                f"{r.choice(TOWNS)}{r.choice(VILLAGES)}第{CN_NUM[r.randint(0, 8)]}村民小组",
                f"{r.choice(STREETS)}{r.choice(ESTATES)}{r.randint(1, 30)}号楼"
                f"{r.randint(1, 4)}-{r.randint(1, 18)}0{r.randint(1, 4)}",
            )
        )

    def markdown_list(self) -> Doc:
        r = self.r
        d = Doc("残疾人补贴")
        d.put(f"{r.randint(2021, 2024)}年残疾人两项补贴发放名册\n\n")
        d.put("| 序号 | 姓名 | 残疾等级 | 家庭住址 | 补贴金额 |\n|---|---|---|---|---|\n")
        for i in range(1, r.randint(3, 9)):
            d.put(f"| {i} | ")
            d.put(self.person(), "name")
            d.put(" | ")
            d.put(
                r.choice(("一级", "二级", "三级", "四级")) + r.choice(("肢体", "视力", "智力")) + "残疾",
                "health",
            )
            d.put(" | ")
            d.put(self.far_address(), "address")
            d.put(f" | {r.randint(50, 200)} |\n")
        self.near_misses(d)
        return d

    def csv_list(self) -> Doc:
        r = self.r
        d = Doc("低保名单")
        d.put("户主姓名,与户主关系,家庭成员姓名,居住地址,保障金额\n")
        for _ in range(r.randint(2, 6)):
            head = self.person()
            d.put(head, "name")
            d.put(f",{r.choice(('妻子', '儿子', '女儿', '母亲'))},")
            d.put(self.person(), "name")
            d.put(",")
            d.put(self.far_address(), "address")
            d.put(f",{r.randint(200, 900)}\n")
        self.near_misses(d)
        return d

    def labelled_lines(self) -> Doc:
        r = self.r
        d = Doc("登记表")
        d.put("困难群众救助登记表\n")
        d.put(r.choice(("申请人（签字）：", "户主姓名:", "姓　　名：", "求助人：")))
        d.put(self.person(), "name")
        d.put("\n联系人及电话：")
        d.put(self.person(), "name")
        d.put(" ")
        d.put(self.mobile(), "mobile")
        d.put("\n现居住地址：")
        d.put(self.far_address(), "address")
        d.put("\n患病情况：")
        d.put(f"患有{r.choice(('高血压', '糖尿病', '冠心病'))}、{r.choice(DISEASES)}", "health")
        d.put(f"\n负责人：{self.official()}  签发人：{self.official()}\n")
        d.put(f"组织机构代码：{r.randint(10000000, 99999999)}-{r.randint(0, 9)}\n")
        d.put(f"联系人：民政办{self.person()[0]}主任\n")
        self.near_misses(d)
        return d

    def case_report(self) -> Doc:
        r = self.r
        d = Doc("案件通报")
        d.put("关于几起典型案件的通报\n")
        d.put(f"一、{self.person()[0]}某某违规领取低保金案。经查，")
        d.put(f"{r.choice(TOWNS)}{r.choice(VILLAGES)}村民{self.person()[0]}某某隐瞒家庭收入。\n")
        name = self.person()
        d.put("二、")
        d.put(name, "name")
        d.put(f"（{r.choice('男女')}，{r.randint(30, 70)}岁）骗取医疗救助金案。")
        d.put(name, "name")
        d.put("伪造病历，谎称患有")
        d.put(r.choice(DISEASES), "health")
        d.put(f"，骗取救助金{r.randint(1, 9)}万元。\n")
        self.near_misses(d)
        return d

    def document_c(self) -> Doc:
        makers = (self.markdown_list, self.csv_list, self.labelled_lines, self.case_report)
        return self.r.choice(makers)()


def generate(docs: int, seed: int, family: str = "a") -> list[dict[str, object]]:
    h = Holdout(seed)
    make = {"a": h.document, "b": h.document_b, "c": h.document_c}[family]
    return [make().record() for _ in range(docs)]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--family", choices=("a", "b", "c"), default="a", help="a: the first forms; b, c: later ones"
    )
    parser.add_argument("-o", "--output", required=True)
    ns = parser.parse_args()
    with open(ns.output, "w", encoding="utf-8") as fh:
        for doc in generate(ns.docs, ns.seed, ns.family):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
