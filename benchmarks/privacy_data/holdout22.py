"""Holdout 22: a blind labelled set of property, tax, market and insurance documents.

Written without reading the detector (``gongkai/privacy``), its tests or the other generators, from
``docs/privacy.md`` (the labelling policy), ``../shared/docs/rules.md`` §6 (checksums) and the format
of ``benchmarks/privacy.py``. Standard library only, deterministic for a seed.

Run::

    python benchmarks/privacy_data/holdout22.py --docs 400 --seed 89 -o out.jsonl
    python benchmarks/privacy_data/holdout22.py --docs 400 --seed 89 -o out.jsonl --stats
    python benchmarks/privacy_data/holdout22.py --decisions

Each output line is ``{"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind", "start",
"end", "text"}]}``; offsets are Python ``str`` indices. A span is recorded at the moment its piece is
appended to the text, never searched for afterwards. Every document is checked before it is kept:
spans match the text and do not overlap, IDs pass GB 11643 (real date, real county code), cards pass
Luhn with a real issuer prefix, every occurrence of a labelled name is labelled, and no unlabelled
string in the text reads as a mobile, an ID, a card, a mailbox or a plate (else it is drawn again).

Regions (each with its own surnames, given names, townships, villages, address style, area code and
plate prefix):

- 广东梅州 (Hakka: 丘, 练, 巫, 幸, 饶 …; "娣"/"妹" names; "…村新屋组18号", flats in "…502房"), 0753, 粤M;
- 湖北恩施 (Tujia and Miao: 向, 覃, 冉, 庹, 佘 …; "…村4组45号"), 0718, 鄂Q;
- 云南红河 (Hani linked names "李者沙", Yi 普/施/师, Miao 熊/陶; "…村委会…村民小组12号"), 0873, 云G;
- 辽宁丹东 (Manchu 关/那/佟/富/郎/索, Korean 朴/崔/权, Shandong-origin 隋/栾/鞠/宫; "…楼3单元502室"),
  0415, 辽F;
- 安徽阜阳 (王/刘/葛/訾/郜/昝/邴/单 …; villages named after clans, "…李楼村前李组17号"), 0558, 皖K;
- 内蒙古呼伦贝尔 (Daur 敖/郭/孟/沃/鄂, Evenki 杜/涂, Mongolian names of 2–8 characters without a
  surname "宝音德力格尔"; "…嘎查3组", "…村二队"), 0470, 蒙E.

Families and sub-kinds (type ``family.subkind``, ``.pdf`` appended for PDF/Word extraction):

1. ``realestate`` — 不动产登记: ``first_reg`` 首次登记公告 (权利人, 坐落 of a home), ``correction``
   更正/异议登记 (letters and notices, a wrong name in the register), ``cert_void`` 证书遗失/作废公告,
   ``cancel`` 注销登记公告, ``inherit`` 非公证继承登记公告 (被继承人, heirs, a heir abroad with 回乡证/
   台胞证/护照).
2. ``tax`` — ``arrears`` 欠税公告 (自然人 and 个体户), ``abnormal`` 非正常户认定公告, ``iit_notice``
   个人所得税 税务事项通知书 / 公告送达, ``penalty`` 税务行政处罚决定书（简易）.
3. ``market`` — ``revoke`` 个体工商户 吊销/注销 公告, ``food_cancel`` 食品经营许可 注销, ``tobacco``
   烟草专卖零售许可证 申请公示, ``complaint`` 12315 投诉举报 处理告知书.
4. ``agriins`` — ``payout`` 农业保险 理赔到户公示, ``livestock`` 能繁母猪/肉牛/羊 理赔清单 (耳标号),
   ``survey`` 种植业 灾害查勘定损记录 and 村民代表 理赔 会议记录.
5. ``medins`` — ``fraud`` 欺诈骗保 典型案例 曝光, ``recover`` 医保基金 追回 通报, ``special_drug`` 特药/
   门诊特殊病 备案名单, ``ltc`` 长期护理保险 待遇享受 名单 (失能等级).
6. ``labour`` — ``arbitration`` 劳动人事争议仲裁 公告送达, ``blacklist`` 欠薪 "黑名单", ``injury`` 工伤认定
   决定书, ``payroll`` 农民工工资专户 代发清单.
7. ``housingfund`` — ``overdue`` 住房公积金贷款 逾期催收公告, ``withdraw`` 提取审核公示, ``violation``
   违规提取通报.
8. ``credit`` — ``dishonest`` 失信联合惩戒对象名单 (信用办), ``repair`` 信用修复公示 / 决定书, ``wage``
   拖欠农民工工资失信联合惩戒对象名单.

Layouts, drawn per document: label–value forms (spaced labels "姓　　名："), prose letters and notices,
meeting records, tab tables, space-aligned tables, markdown pipe tables, HTML tables, CSV with quotes,
one cell per line (Word tables as text, empty cells kept), numbered lists, 、-separated name lists.
About a quarter of the documents imitate PDF/Word extraction (type ends ``.pdf``): prose hard-wrapped
at 28–40 characters (addresses may break across lines, other spans never; no line opens with a
closing punctuation mark, ASCII runs are not cut), two- and three-character names spaced out in
tables ("吴　英", "吴  英", "姚 平 轩"; the label covers the spaced whole), page numbers ("- 2 -",
"第 2 页 共 3 页") and running titles between rows. Web pages carry their chrome (发布时间, 来源,
【打印本页】).

Also labelled: the ID inside a 20-digit 残疾人证号 (its first 18 digits), 回乡证/台胞证/护照 numbers of heirs,
complainants and taxpayers living outside the mainland, 伤残等级 and 失能等级, a 受伤害部位.

Near-misses, never labelled: GB 32100-valid 统一社会信用代码 (92 个体户, 91 companies, 93 合作社,
12/11 offices), 文号, 索引号, 案号, 不动产单元号, 不动产权证号, 保单号, 报案号, 耳标号 (15 digits),
食品经营许可证编号, 烟草专卖许可证号, 合同号, 投诉编号, serial numbers (some Luhn-valid, no card
prefix), amounts, areas, dates, postcodes, office phones, hotlines (12345, 12315, 12366, 12333, 95518),
gov.cn mailboxes, masked IDs and phones, anonymised people (张某某, 李某, 王女士, 刘*), officials, staff,
doctors, arbitrators and insurers' 查勘员 in their role, a company's 法定代表人 (and a 个体户's operator
under a 法定代表人（负责人） header, as docs/privacy.md says), villages, townships and companies whose
names open with a surname (李浩寨乡, 关家堡村, 王楼村, 张记…), hospitals and 肿瘤医院, shops' and
companies' seats, a field's location, an animal's cause of death.

The choices made where docs/privacy.md is silent are printed by ``--decisions``.
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
from dataclasses import dataclass, field

# --------------------------------------------------------------------------------------------------
# Labelling decisions (printed by --decisions)
# --------------------------------------------------------------------------------------------------

DECISIONS: tuple[str, ...] = (
    "A 个体工商户's operator named as 经营者, 业主, 申请人 or as the 纳税人名称 itself is a private person: "
    "labelled. Under a 法定代表人（负责人） column or label"
    " he is not (docs/privacy.md's note on holdout12 calls "
    "that a public role); such rows then carry a masked ID only, so that the row holds no labelled datum.",
    "A company's 法定代表人 (欠薪 lists, 失信 lists, 仲裁, 工伤) is a public role: not labelled, his ID is "
    "masked. A 包工头 / 劳务班组长 who owes wages in his ow"
    "n name is a private person: name, ID, mobile labelled.",
    "The deceased (被继承人) of an inheritance notice is labelled as a name: the name identifies the heirs "
    "and a dead person's name is still protected (民法典 第九百九十四条).",
    "The 坐落 of a residential unit (住宅, 宅基地及房屋) h"
    "eld by a person is labelled as an address even when "
    "the holder may not live there; the 坐落 of a company's or a collective's land, of a shop, or of an "
    "industrial parcel is not.",
    "欠税公告, 非正常户公告, 失信名单, 欠薪黑名单 and 欺诈骗保曝光 are published under a legal duty, but "
    "they are not 'published by design' in the sense of docs/privacy.md (commendations, 录用, results 公示): "
    "the persons' names, full IDs, addresses and phones in them are labelled.",
    "A tobacco retail licence application 公示 names an applicant for a business licence, not a "
    "qualification result: the applicant is labelled; the 经营地址 is the shop's seat and is not.",
    "An animal's cause of death (死亡原因：猪丹毒) in a livestock claim is not health: it is no person's.",
    "A field's location (地块位置：石门村二组东冲田) and a farm's site (养殖场所：…镇…村) are not "
    "addresses: no one's dwelling is named, even with 组.",
    "The illness of an anonymised person (参保人王某某患糖尿病) is not labelled: he cannot be identified. "
    "Hospitals, 肿瘤医院 and pharmacies are never labelled.",
    "失能等级 values (重度失能一级, 中度失能) are labelled"
    " health; the scheme's 类别 (失能/失智), 护理方式 and "
    "an assessment score (Barthel 35分) are not.",
    "A housing-fund withdrawal reason that names an illness of the worker or of a relative (本人患恶性肿瘤, "
    "配偶患尿毒症) is labelled health (the condition phrase only); 购房, 租房, 退休 are not.",
    "A signature or a speaker in a survey record or a meeti"
    "ng (被保险人签字：张三, 村民代表李四：) is labelled; "
    "the insurer's 查勘员, the 村委会 cadres, 执法人员, 仲"
    "裁员, 责任医师, 经办人 are staff in their role: not.",
    "A wrong name recorded in the register and corrected b"
    "y a 更正登记 (由“张山”更正为“张三”) is labelled: it "
    "is the person's name as the register holds it.",
    "A 港澳居民来往内地通行证 (回乡证, H/M + 8 digits) is h"
    "k_macau_permit like a 港澳通行证 (C…); a 台湾居民来往"
    "大陆通行证 (台胞证) is tw_permit; a Chinese or a Malaysian passport is passport.",
    "A natural person's 纳税人识别号 is his ID number: labelled id_card.",
    "Masked numbers (441403********1234, 138****5678) and"
    " partly masked names (张*, 李**) are never labelled.",
    "A mobile given for a 包工头, a complainant or a farmer is labelled; an office's landline in the same "
    "document is not, and is never put on a line about a labelled person.",
    "Relation words (长子, 配偶, 之女) are not part of the name span; a 15-digit first-generation ID is "
    "labelled id_card_15 only next to an ID label.",
    "Ages, sex, 民族, amounts owed or paid (赔款, 欠税余额), areas (亩, ㎡) and 工种 are not labelled.",
    "A 12315 complaint letter labels the complainant and, when the trader is a 个体户, its 经营者 (decision "
    "1); the trader's shop address and the complaint number are not.",
    "In PDF-extracted tables a spaced name (吴　英, 姚 平 轩) is labelled as the whole spaced string; in "
    "hard-wrapped prose only an address may be cut by a line break (the span then holds the newline).",
    "The ID inside a 20-digit 残疾人证号 (ID + 类别 + 等级)"
    " is labelled id_card on its first 18 digits; the 残疾 "
    "type and grade written after it (肢体残疾四级) and an appraised 伤残等级 (八级伤残) are health.",
    "A 受伤害部位 (左前臂) in a 工伤认定决定书 is labelled "
    "health like the diagnosis (docs/privacy.md names that "
    "field); the employer, the project and the hospital are not.",
    "A 个体户's 经营场所 that is also its owner's dwelling"
    " is still written as a shop's seat (…号首层, 铺面): "
    "not labelled; where a notice gives both, the 住所/家庭住址 is labelled.",
)

# --------------------------------------------------------------------------------------------------
# Checksums and numbers
# --------------------------------------------------------------------------------------------------

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


def credit_code_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in CC_CHARS for c in code):
        return False
    s = sum(CC_CHARS.index(c) * w for c, w in zip(code[:17], CC_WEIGHTS, strict=True))
    return CC_CHARS[(31 - s % 31) % 31] == code[17]


def real_date(yyyymmdd: str) -> bool:
    try:
        d = dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= d <= dt.date(2025, 12, 31)


CARD_PREFIXES: tuple[tuple[str, int, str], ...] = (
    # (issuer prefix, length, bank) — UnionPay debit cards of the banks that pay rural subsidies
    ("622848", 19, "中国农业银行"),
    ("622845", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622700", 19, "中国建设银行"),
    ("621226", 19, "中国工商银行"),
    ("622202", 19, "中国工商银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("621661", 19, "中国银行"),
    ("622262", 19, "交通银行"),
    ("622588", 16, "招商银行"),
    ("621483", 16, "招商银行"),
)
VISA_MASTER_PREFIXES: tuple[str, ...] = ("436742", "427020", "438088", "518710", "524047", "552599")
MOBILE_PREFIXES: tuple[str, ...] = (
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
)
CARD_ISSUER = re.compile(r"(?:4|5[1-5]|62|35)")


# --------------------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class County:
    name: str
    codes: tuple[str, ...]  # ID region codes: the current one, older ones a person may still carry
    postcode: str
    towns: tuple[str, ...]
    full: str  # how the county is written after its prefecture


@dataclass(frozen=True)
class Region:
    key: str
    province: str
    pref: str
    area: str
    plate: str
    counties: tuple[County, ...]
    villages: tuple[str, ...]
    hamlets: tuple[str, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]
    hospitals: tuple[str, ...]
    banks: tuple[str, ...]
    crops: tuple[str, ...]
    disasters: tuple[str, ...]
    companies: tuple[str, ...]
    addr_style: str


def _c(name: str, codes: str, post: str, towns: str, full: str = "") -> County:
    return County(name, tuple(codes.split()), post, tuple(towns.split()), full or name)


REGIONS: tuple[Region, ...] = (
    Region(
        "meizhou",
        "广东省",
        "梅州市",
        "0753",
        "粤M",
        (
            _c(
                "梅县区",
                "441421 441403",
                "514700",
                "程江镇 雁洋镇 松口镇 丙村镇 白渡镇 畲江镇 南口镇 石扇镇 新城办事处",
            ),
            _c(
                "兴宁市",
                "441481",
                "514500",
                "兴田街道 福兴街道 宁新街道 刁坊镇 坭陂镇 罗岗镇 叶塘镇 新陂镇 龙田镇",
            ),
            _c("大埔县", "441422", "514200", "湖寮镇 茶阳镇 百侯镇 高陂镇 大麻镇 三河镇 西河镇 枫朗镇"),
            _c("五华县", "441424", "514400", "水寨镇 华城镇 安流镇 横陂镇 棉洋镇 岐岭镇 转水镇 河东镇"),
            _c("梅江区", "441402", "514000", "金山街道 江南街道 西郊街道 三角镇 城北镇 长沙镇 西阳镇"),
            _c("丰顺县", "441423", "514300", "汤坑镇 潭江镇 丰良镇 留隍镇 汤西镇 埔寨镇 砂田镇"),
        ),
        (
            "桥溪村",
            "南福村",
            "长教村",
            "铜琶村",
            "大黄村",
            "侨乡村",
            "梅东村",
            "新联村",
            "锦河村",
            "石塘村",
            "车陂村",
            "径心村",
            "上官塘村",
            "黄沙村",
        ),
        ("新屋", "老屋", "上屋", "下屋", "塘唇", "岗背", "围龙", "坪上", "河背", "松树下", "坑尾", "排上"),
        (
            "彬芳大道",
            "江南路",
            "梅江大道",
            "嘉应路",
            "华南大道",
            "新中路",
            "东山大道",
            "兴城大道",
            "文峰路",
            "水寨大道",
            "湖寮大道",
        ),
        ("华南花园", "嘉应花园", "客都华府", "碧桂园", "金色家园", "江南新城", "锦绣园", "富奇花园"),
        (
            "梅州市人民医院",
            "梅县区人民医院",
            "兴宁市人民医院",
            "梅州市中医医院",
            "五华县人民医院",
            "梅州市第二人民医院",
        ),
        ("梅州农商银行", "中国邮政储蓄银行", "中国农业银行"),
        ("水稻", "烤烟", "柚子", "茶叶", "脐橙"),
        ("台风“苏拉”", "强降雨", "洪涝", "低温冰冻"),
        (
            "嘉应建筑工程有限公司",
            "客都建设工程有限公司",
            "梅江劳务有限公司",
            "金柚农业发展有限公司",
            "粤东石材有限公司",
        ),
        "meizhou",
    ),
    Region(
        "enshi",
        "湖北省",
        "恩施土家族苗族自治州",
        "0718",
        "鄂Q",
        (
            _c(
                "恩施市",
                "422801",
                "445000",
                "舞阳坝街道 六角亭街道 小渡船街道 龙凤镇 崔家坝镇 板桥镇 白杨坪镇 芭蕉侗族乡 盛家坝乡",
            ),
            _c(
                "利川市",
                "422802",
                "445400",
                "都亭街道 东城街道 凉雾乡 团堡镇 谋道镇 柏杨坝镇 汪营镇 建南镇 忠路镇 毛坝镇",
            ),
            _c("建始县", "422822", "445300", "业州镇 高坪镇 红岩寺镇 景阳镇 官店镇 花坪镇 长梁镇 茅田乡"),
            _c("来凤县", "422827", "445700", "翔凤镇 百福司镇 大河镇 绿水镇 漫水乡 革勒车镇 旧司镇 三胡乡"),
            _c(
                "咸丰县",
                "422826",
                "445600",
                "高乐山镇 忠堡镇 坪坝营镇 朝阳寺镇 清坪镇 唐崖镇 活龙坪乡 小村乡",
            ),
            _c(
                "鹤峰县",
                "422828",
                "445800",
                "容美镇 走马镇 太平镇 燕子镇 中营镇 邬阳乡 五里乡 下坪乡 铁炉白族乡",
            ),
        ),
        (
            "枫香坪村",
            "两河口村",
            "大树垭村",
            "青岗坪村",
            "茶园坡村",
            "龙马村",
            "金龙坝村",
            "水田坝村",
            "白果树村",
            "马鞍山村",
            "黄泥塘村",
            "鱼泉口村",
        ),
        tuple(""),
        ("施州大道", "航空大道", "舞阳大街", "金桂大道", "土桥大道", "学院路", "清江大道", "胜利街"),
        ("清江花园", "金子坝小区", "民族风情苑", "龙洞河小区", "硒都嘉园", "华硒城"),
        (
            "恩施州中心医院",
            "恩施市中心医院",
            "利川市人民医院",
            "恩施州民族医院",
            "建始县人民医院",
            "来凤县中医医院",
        ),
        ("湖北农信", "中国邮政储蓄银行", "中国农业银行"),
        ("玉米", "马铃薯", "烟叶", "茶叶", "中稻"),
        ("冰雹", "暴雨", "干旱", "山体滑坡"),
        (
            "硒都建设工程有限公司",
            "清江劳务有限公司",
            "施南建筑有限公司",
            "武陵山茶业有限公司",
            "龙船调实业有限公司",
        ),
        "enshi",
    ),
    Region(
        "honghe",
        "云南省",
        "红河哈尼族彝族自治州",
        "0873",
        "云G",
        (
            _c(
                "蒙自市",
                "532503 532522",
                "661100",
                "文澜街道 新安所街道 雨过铺街道 草坝镇 芷村镇 冷泉镇 鸣鹫镇 老寨苗族乡",
            ),
            _c(
                "元阳县",
                "532528",
                "662400",
                "南沙镇 新街镇 牛角寨镇 沙拉托乡 嘎娘乡 上新城乡 逢春岭乡 攀枝花乡 俄扎乡",
            ),
            _c(
                "红河县",
                "532529",
                "654400",
                "迤萨镇 甲寅镇 宝华镇 乐育镇 浪堤镇 大羊街乡 车古乡 垤玛乡 阿扎河乡",
            ),
            _c("绿春县", "532531", "662500", "大兴镇 牛孔镇 大黑山镇 平河镇 戈奎乡 大水沟乡 半坡乡 骑马坝乡"),
            _c(
                "建水县",
                "532524",
                "654300",
                "临安镇 官厅镇 西庄镇 青龙镇 南庄镇 曲江镇 面甸镇 坡头乡 李浩寨乡",
            ),
            _c(
                "弥勒市",
                "532504 532526",
                "652300",
                "弥阳街道 新哨镇 虹溪镇 竹园镇 朋普镇 巡检司镇 西三镇 东山镇",
            ),
        ),
        (
            "箐口村",
            "全福庄村",
            "大鱼塘村",
            "土锅寨村",
            "麻栗寨村",
            "胜村村",
            "多依树村",
            "爱春村",
            "阿者科村",
            "黄草岭村",
            "牛倮村",
            "哈播村",
        ),
        ("上寨", "下寨", "新寨", "老寨", "大寨", "小寨", "坝头", "箐脚", "梁子", "龙树脚"),
        ("天马路", "银河路", "红河大道", "凤凰路", "朝阳路", "临安路", "梯田大道", "文澜路"),
        ("天马花园", "滇南小区", "锦绣家园", "南湖春城", "金色年华小区", "梯田人家小区"),
        (
            "红河州第一人民医院",
            "蒙自市人民医院",
            "元阳县人民医院",
            "红河州第三人民医院",
            "建水县人民医院",
            "红河县人民医院",
        ),
        ("云南红河农商银行", "中国邮政储蓄银行", "中国农业银行"),
        ("水稻", "香蕉", "烤烟", "玉米", "草果"),
        ("暴雨", "冰雹", "泥石流", "干旱"),
        (
            "滇南建筑工程有限公司",
            "哈尼梯田旅游开发有限公司",
            "红河锦程劳务有限公司",
            "个旧锡都建设有限公司",
            "梯田红米有限公司",
        ),
        "honghe",
    ),
    Region(
        "dandong",
        "辽宁省",
        "丹东市",
        "0415",
        "辽F",
        (
            _c(
                "振兴区",
                "210603",
                "118000",
                "头道桥街道 站前街道 临江街道 六道口街道 帽盔山街道 纤维街道 永昌街道 汤池镇",
            ),
            _c(
                "元宝区", "210602", "118000", "六道沟街道 七道街道 九道街道 八道街道 广济街道 兴东街道 金山镇"
            ),
            _c(
                "振安区",
                "210604",
                "118001",
                "鸭绿江街道 珍珠街道 太平湾街道 同兴镇 五龙背镇 楼房镇 九连城镇 汤山城镇",
            ),
            _c(
                "宽甸满族自治县",
                "210624",
                "118200",
                "宽甸镇 灌水镇 虎山镇 长甸镇 永甸镇 太平哨镇 青山沟镇 牛毛坞镇 毛甸子镇",
            ),
            _c(
                "东港市",
                "210681",
                "118300",
                "大东街道 新兴街道 孤山镇 前阳镇 长安镇 十字街镇 北井子镇 椅圈镇 黄土坎镇",
            ),
            _c(
                "凤城市",
                "210682",
                "118100",
                "凤凰城街道 凤山街道 宝山镇 白旗镇 沙里寨镇 红旗镇 蓝旗镇 边门镇 爱阳镇 通远堡镇",
            ),
        ),
        (
            "关家堡村",
            "河口村",
            "大梨树村",
            "拉古村",
            "石柱子村",
            "太平村",
            "于家沟村",
            "荒沟村",
            "双山子村",
            "小甸子村",
            "红石砬子村",
            "东尖山村",
        ),
        tuple(""),
        (
            "锦山大街",
            "江城大街",
            "七经街",
            "六纬路",
            "兴五路",
            "振七街",
            "青年大街",
            "洋河大街",
            "滨江中路",
        ),
        ("金色家园", "东方明珠小区", "鸭绿江小区", "中富小区", "锦江花园", "阳光水岸", "江城雅苑"),
        (
            "丹东市中心医院",
            "丹东市第一医院",
            "宽甸满族自治县中心医院",
            "东港市中心医院",
            "凤城市中心医院",
            "丹东市人民医院",
        ),
        ("丹东农商银行", "中国邮政储蓄银行", "中国农业银行"),
        ("玉米", "水稻", "板栗", "草莓", "蓝莓"),
        ("台风“杜苏芮”", "冰雹", "洪涝", "低温冷害"),
        (
            "鸭绿江建筑工程有限公司",
            "丹东城建劳务有限公司",
            "锦江山建设工程有限公司",
            "东港丰源水产有限公司",
            "凤城宝山矿业有限公司",
        ),
        "dandong",
    ),
    Region(
        "fuyang",
        "安徽省",
        "阜阳市",
        "0558",
        "皖K",
        (
            _c(
                "颍州区",
                "341202",
                "236000",
                "鼓楼街道 文峰街道 清河街道 颍西街道 京九街道 西湖镇 三合镇 程集镇 九龙镇",
            ),
            _c(
                "颍东区",
                "341203",
                "236000",
                "河东街道 新华街道 向阳街道 插花镇 袁寨镇 枣庄镇 口孜镇 老庄镇 正午镇",
            ),
            _c(
                "临泉县",
                "341221",
                "236400",
                "城关街道 田桥街道 杨桥镇 鲖城镇 谭棚镇 老集镇 滑集镇 吕寨镇 单桥镇 艾亭镇 迎仙镇",
            ),
            _c(
                "太和县",
                "341222",
                "236600",
                "城关镇 旧县镇 税镇镇 皮条孙镇 原墙镇 倪邱镇 大新镇 肖口镇 宫集镇 双浮镇",
            ),
            _c(
                "阜南县",
                "341225",
                "236300",
                "鹿城镇 会龙镇 王家坝镇 地城镇 洪河桥镇 黄岗镇 田集镇 方集镇 郜台乡",
            ),
            _c(
                "颍上县",
                "341226",
                "236200",
                "慎城镇 谢桥镇 南照镇 杨湖镇 江口镇 润河镇 新集镇 半岗镇 八里河镇",
            ),
        ),
        (
            "王楼村",
            "李寨村",
            "张庄村",
            "刘大庄村",
            "后孙庄村",
            "新集村",
            "杨湖村",
            "周营村",
            "葛庄村",
            "陈寨村",
            "前进村",
            "大店村",
        ),
        ("前李", "后王", "东孙", "西刘", "大周", "小张", "南杨", "北葛"),
        (
            "颍州中路",
            "人民路",
            "清河路",
            "三清路",
            "淮河路",
            "中南大道",
            "太和路",
            "颍河西路",
            "细阳路",
            "鹿城大道",
        ),
        ("锦绣华庭", "恒大名都", "清河湾小区", "颍淮花园", "书香门第", "阳光城", "中央公园"),
        (
            "阜阳市人民医院",
            "阜阳市第二人民医院",
            "阜阳市肿瘤医院",
            "临泉县人民医院",
            "太和县人民医院",
            "颍上县人民医院",
        ),
        ("阜阳颍东农商银行", "安徽太和农商银行", "中国邮政储蓄银行", "中国农业银行"),
        ("小麦", "玉米", "大豆", "水稻"),
        ("暴雨", "干热风", "冰雹", "倒伏"),
        (
            "颍淮建设工程有限公司",
            "皖北劳务有限公司",
            "阜阳鼎盛建筑有限公司",
            "太和医药物流有限公司",
            "界首再生资源有限公司",
        ),
        "fuyang",
    ),
    Region(
        "hulunbuir",
        "内蒙古自治区",
        "呼伦贝尔市",
        "0470",
        "蒙E",
        (
            _c(
                "海拉尔区",
                "150702 152101",
                "021000",
                "正阳街道 健康街道 靠山街道 胜利街道 呼伦街道 建设街道 奋斗镇 哈克镇",
            ),
            _c(
                "莫力达瓦达斡尔族自治旗",
                "150722 152122",
                "162850",
                "尼尔基镇 红彦镇 宝山镇 哈达阳镇 阿尔拉镇 汉古尔"
                "河镇 腾克镇 巴彦鄂温克民族乡 杜拉尔鄂温克民族乡",
            ),
            _c(
                "鄂温克族自治旗",
                "150724 152127",
                "021100",
                "巴彦托海镇 大雁镇 伊敏河镇 红花尔基镇 锡尼河西苏木 锡尼河东苏木 辉苏木 巴彦嵯岗苏木",
            ),
            _c(
                "陈巴尔虎旗",
                "150725 152128",
                "021500",
                "巴彦库仁镇 宝日希勒镇 呼和诺尔镇 东乌珠尔苏木 西乌珠尔苏木 鄂温克民族苏木",
            ),
            _c(
                "扎兰屯市",
                "150783 152103",
                "162650",
                "兴华街道 正阳街道 繁荣街道 高台子街道 卧牛河镇 成吉思汗镇 大河湾镇 柴河镇 达斡尔民族乡",
            ),
            _c(
                "阿荣旗",
                "150721 152121",
                "162750",
                "那吉镇 六合镇 亚东镇 霍尔奇镇 向阳峪镇 三岔河镇 复兴镇 音河达斡尔鄂温克民族乡",
            ),
        ),
        (
            "西瓦尔图村",
            "腾克村",
            "哈力村",
            "巴彦托海嘎查",
            "孟根楚鲁嘎查",
            "特尼河嘎查",
            "哈日干图嘎查",
            "新发村",
            "太平川村",
            "库如奇村",
        ),
        tuple(""),
        (
            "胜利大街",
            "中央街",
            "成吉思汗大街",
            "巴彦托海大街",
            "河东新区",
            "学府路",
            "海拉尔大街",
            "诺敏大街",
        ),
        ("丽景花园", "汇流河小区", "民族团结小区", "金帝花园", "伊敏苑", "北疆明珠小区", "呼伦湖畔小区"),
        (
            "呼伦贝尔市人民医院",
            "呼伦贝尔市中蒙医院",
            "莫力达瓦达斡尔族自治旗人民医院",
            "扎兰屯市人民医院",
            "鄂温克族自治旗人民医院",
            "阿荣旗人民医院",
        ),
        ("内蒙古农信", "中国邮政储蓄银行", "中国农业银行"),
        ("大豆", "玉米", "马铃薯", "小麦", "油菜"),
        ("旱灾", "冰雹", "早霜", "风灾"),
        (
            "北疆建筑工程有限公司",
            "呼伦湖劳务有限公司",
            "岭北建设工程有限公司",
            "伊敏草业有限公司",
            "嫩江畜牧发展有限公司",
        ),
        "hulunbuir",
    ),
)


@dataclass(frozen=True)
class NameStyle:
    surnames: tuple[str, ...]
    rare: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    special: Callable[[random.Random, str], str] | None = None
    special_rate: float = 0.0


def _hani(rng: random.Random, sex: str) -> str:
    sur = rng.choice("李白马卢陈车朱高杨普罗龙")
    syl = "者批斗沙然收黑努嘎拉色波周福朵期发"
    first = rng.choice("咪玛" if sex == "女" else syl)
    return sur + first + rng.choice(syl.replace(first, ""))


MONGOL_M = [
    "巴特尔",
    "朝鲁",
    "额尔敦",
    "阿拉坦仓",
    "格日勒图",
    "宝音德力格尔",
    "那顺乌日图",
    "巴图孟和",
    "额尔登巴雅尔",
    "苏和",
    "呼斯勒",
    "布仁巴雅尔",
    "哈斯朝鲁",
    "宝力道",
    "吉日嘎拉",
    "特木尔",
    "满都拉",
    "乌力吉",
    "毕力格图",
    "达瓦",
    "孟和巴特尔",
    "扎那",
]
MONGOL_F = [
    "其其格",
    "乌云",
    "苏日娜",
    "斯琴高娃",
    "乌日娜",
    "图雅",
    "萨仁高娃",
    "敖登格日勒",
    "娜仁花",
    "孟根其其格",
    "阿迪雅",
    "乌兰图雅",
    "额尔登其木格",
]


def _mongol(rng: random.Random, sex: str) -> str:
    return rng.choice(MONGOL_F if sex == "女" else MONGOL_M)


STYLES: dict[str, NameStyle] = {
    "meizhou": NameStyle(
        tuple("李张黄刘陈古曾钟罗廖叶温杨谢赖侯朱邓熊彭何宋凌"),
        ("丘", "练", "巫", "幸", "饶", "池", "利", "游", "房", "蓝", "欧阳", "司徒"),
        (
            "国辉",
            "锦昌",
            "伟明",
            "俊贤",
            "振华",
            "文彬",
            "志强",
            "育新",
            "汉光",
            "添福",
            "亚兴",
            "观生",
            "石生",
            "桂荣",
            "炳坤",
            "寿康",
            "达权",
            "景新",
            "耀宗",
            "裕和",
            "庆元",
            "梓良",
            "宏",
            "彬",
            "强",
            "锋",
            "城",
            "浩然",
            "嘉豪",
            "俊杰",
            "金水",
            "火生",
            "运来",
        ),
        (
            "淑芬",
            "丽娟",
            "惠英",
            "秀兰",
            "梅娣",
            "亚妹",
            "招娣",
            "玉珍",
            "美华",
            "雪梅",
            "月娇",
            "銮英",
            "运娣",
            "新妹",
            "桂香",
            "晓琳",
            "婷",
            "敏",
            "燕",
            "嘉欣",
            "思敏",
            "翠玲",
            "莲英",
            "碧霞",
        ),
    ),
    "enshi": NameStyle(
        tuple("向田覃彭冉谭杨黄张李刘邓牟滕龚龙符舒钟宋熊吴邹谢姚胡陈周"),
        ("庹", "佘", "鄢", "揭", "艾", "代", "欧阳"),
        (
            "家福",
            "德胜",
            "光明",
            "永红",
            "大军",
            "世平",
            "兴国",
            "宗林",
            "昌华",
            "开元",
            "正权",
            "国庆",
            "登科",
            "明",
            "军",
            "勇",
            "涛",
            "超",
            "俊",
            "文杰",
            "顺林",
            "祖富",
            "绍清",
            "承志",
            "远航",
            "万春",
        ),
        (
            "德菊",
            "心桃",
            "春梅",
            "玉兰",
            "翠英",
            "秀珍",
            "桂芳",
            "小芳",
            "金秀",
            "显碧",
            "银花",
            "艳",
            "丽",
            "蓉",
            "红梅",
            "海燕",
            "幺妹",
            "春燕",
        ),
    ),
    "honghe": NameStyle(
        tuple("李杨张王陈刘马白普何罗龙赵朱高施陶师段钱孔熊"),
        ("者", "卢", "车", "矣", "昂", "沐"),
        (
            "文光",
            "建华",
            "正祥",
            "兴发",
            "绍云",
            "学明",
            "国忠",
            "云飞",
            "志刚",
            "开荣",
            "光荣",
            "永福",
            "绍华",
            "发明",
            "成",
            "亮",
            "斌",
            "学文",
            "建明",
            "金平",
            "从林",
            "有才",
        ),
        (
            "琼",
            "艳芬",
            "丽琼",
            "春艳",
            "玉仙",
            "美仙",
            "建芬",
            "琼芬",
            "海仙",
            "丽芬",
            "秋菊",
            "梅",
            "春花",
            "兰芬",
            "会芬",
            "菊仙",
        ),
        special=_hani,
        special_rate=0.4,
    ),
    "dandong": NameStyle(
        tuple("王李张刘于孙赵关那佟富肖郎金洪傅索白吴宫隋初栾曲姜毕滕宁邢付"),
        ("鄂", "鞠", "仉", "朴", "崔", "权", "依", "佘", "爱新觉罗"),
        (
            "德胜",
            "春生",
            "立新",
            "世伟",
            "永利",
            "振宇",
            "宝山",
            "长海",
            "国富",
            "文斌",
            "洪亮",
            "德福",
            "铁军",
            "凤山",
            "玉林",
            "成哲",
            "东植",
            "明浩",
            "伟",
            "刚",
            "鹏",
            "博",
            "志勇",
            "庆丰",
            "恒瑞",
        ),
        (
            "淑琴",
            "玉凤",
            "春艳",
            "秀梅",
            "丽华",
            "桂兰",
            "凤霞",
            "晓丹",
            "艳红",
            "美玲",
            "英子",
            "顺姬",
            "明玉",
            "丹",
            "颖",
            "娜",
            "秀芝",
            "凤琴",
        ),
    ),
    "fuyang": NameStyle(
        tuple("王张李刘杨孙吕周葛尚宁倪苗岳牛韦晋戚靳时程彭常代徐朱胡郭马"),
        ("訾", "郜", "昝", "邴", "鹿", "单", "化", "司马", "欧阳"),
        (
            "春雷",
            "永胜",
            "德龙",
            "建国",
            "卫东",
            "红军",
            "立伟",
            "光辉",
            "中华",
            "海洋",
            "帅",
            "亮",
            "磊",
            "伟",
            "浩",
            "子涵",
            "宇航",
            "家乐",
            "少华",
            "守义",
            "文化",
            "传松",
            "广礼",
            "东升",
        ),
        (
            "秀英",
            "春梅",
            "桂英",
            "玉兰",
            "红霞",
            "丽丽",
            "晓燕",
            "翠霞",
            "素芝",
            "凤英",
            "梦瑶",
            "雨欣",
            "慧",
            "静",
            "敏",
            "金凤",
            "素云",
            "荣华",
        ),
    ),
    "hulunbuir": NameStyle(
        tuple("王李张刘赵于孙高马徐宋敖郭何孟苏沃金吴杜涂"),
        ("鄂", "德", "卡", "莫", "阿", "那"),
        (
            "继红",
            "德斯尔",
            "巴图尔",
            "长春",
            "文彬",
            "金柱",
            "志国",
            "海军",
            "振江",
            "宝林",
            "永生",
            "凤祥",
            "双喜",
            "喜军",
            "立民",
            "晓东",
            "福",
            "刚",
            "军",
            "亮",
            "吉民",
        ),
        (
            "秀兰",
            "其木格",
            "淑贤",
            "晓楠",
            "丽萍",
            "桂芝",
            "海英",
            "红梅",
            "春玲",
            "凤兰",
            "晓梅",
            "秀芳",
            "丽娜",
            "艳",
            "娜",
        ),
        special=_mongol,
        special_rate=0.35,
    ),
}

PREF_SHORT = {
    "meizhou": "梅州市",
    "enshi": "恩施州",
    "honghe": "红河州",
    "dandong": "丹东市",
    "fuyang": "阜阳市",
    "hulunbuir": "呼伦贝尔市",
}
SHORT = {
    "梅县区": "梅县",
    "红河县": "红河县",
    "宽甸满族自治县": "宽甸",
    "莫力达瓦达斡尔族自治旗": "莫旗",
    "鄂温克族自治旗": "鄂温克旗",
    "陈巴尔虎旗": "陈旗",
    "阿荣旗": "阿荣旗",
    "扎兰屯市": "扎兰屯",
    "海拉尔区": "海拉尔",
}

# Given names that only make sense for a person (checked not to clash with words of the text).
OFFICIAL_TITLES = ("局长", "副局长", "主任", "副主任", "科长", "股长", "所长", "站长")


# --------------------------------------------------------------------------------------------------
# The document being written: text and spans, recorded as pieces are appended
# --------------------------------------------------------------------------------------------------

Item = str | tuple[str, str]
Cell = str | list[Item]

NO_LINE_START = frozenset("，。、；：？！）》」』”’%．,.;:)]")
NO_LINE_END = frozenset("（《「『“‘([")
CN_NUM = "零一二三四五六七八九十"


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def cn_num(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def display_width(s: str) -> int:
    return sum(1 if ord(ch) < 0x2E80 else 2 for ch in s)


@dataclass
class Span:
    kind: str
    start: int
    end: int
    text: str


class Doc:
    """Text built piece by piece; a personal piece records its span as it is appended."""

    def __init__(self, pdf: bool, width: int) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.col = 0
        self.last = "\n"
        self.spans: list[Span] = []
        self.pdf = pdf
        self.width = width
        self.wrap = False

    def _raw(self, s: str) -> None:
        if not s:
            return
        self.parts.append(s)
        self.pos += len(s)
        nl = s.rfind("\n")
        self.col = len(s) - nl - 1 if nl >= 0 else self.col + len(s)
        self.last = s[-1]

    def _wrapped(self, s: str) -> None:
        for ch in s:
            if ch == "\n":
                self._raw(ch)
                continue
            if (
                self.col >= self.width
                and ch not in NO_LINE_START
                and self.last not in NO_LINE_END
                and not (_ascii_alnum(self.last) and _ascii_alnum(ch))
                and ch != " "
            ):
                self._raw("\n")
            self._raw(ch)

    def _pii(self, kind: str, s: str) -> None:
        if self.wrap:
            if kind == "address":
                if self.col >= self.width:
                    self._raw("\n")
                start = self.pos
                self._wrapped(s)
            else:
                over = self.col + len(s) > self.width
                if (
                    self.col > 0
                    and over
                    and not (self.last in NO_LINE_END and self.col + len(s) <= self.width + 20)
                ):
                    self._raw("\n")
                start = self.pos
                self._raw(s)
        else:
            start = self.pos
            self._raw(s)
        self.spans.append(Span(kind, start, self.pos, ""))

    def add(self, *items: Item) -> None:
        for it in items:
            if isinstance(it, str):
                if self.wrap:
                    self._wrapped(it)
                else:
                    self._raw(it)
            else:
                self._pii(it[0], it[1])

    def line(self, *items: Item) -> None:
        self.add(*items)
        self._raw("\n")

    def para(self, *items: Item) -> None:
        """A paragraph: one line on a web page, hard-wrapped in a PDF."""
        if self.pdf:
            self.wrap = True
            self.add(*items)
            self.wrap = False
        else:
            self.add(*items)
        self._raw("\n")

    def blank(self) -> None:
        self._raw("\n")

    def text(self) -> str:
        return "".join(self.parts)

    def finish(self) -> tuple[str, list[Span]]:
        text = self.text()
        for sp in self.spans:
            sp.text = text[sp.start : sp.end]
        return text, self.spans


# Items for personal pieces
def N(s: str) -> tuple[str, str]:
    return ("name", s)


def A(s: str) -> tuple[str, str]:
    return ("address", s)


def ID(s: str) -> tuple[str, str]:
    return ("id_card_15" if len(s) == 15 else "id_card", s)


def MOB(s: str) -> tuple[str, str]:
    return ("mobile", s)


def TEL(s: str) -> tuple[str, str]:
    return ("landline", s)


def CARD(s: str) -> tuple[str, str]:
    return ("bank_card", s)


def H(s: str) -> tuple[str, str]:
    return ("health", s)


def items_text(cell: Cell) -> str:
    if isinstance(cell, str):
        return cell
    return "".join(it if isinstance(it, str) else it[1] for it in cell)


def as_items(cell: Cell) -> list[Item]:
    return [cell] if isinstance(cell, str) else list(cell)


# --------------------------------------------------------------------------------------------------
# People and the per-document context
# --------------------------------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    sex: str
    birth: dt.date
    county: County
    id: str
    addr: str = ""
    mobile: str = ""
    id15: str = ""
    nation: str = "汉族"


WEB_LAYOUTS = ("tab", "space", "pipe", "html", "csv", "cell", "numbered")
PDF_LAYOUTS = ("space", "space", "tab", "cell", "numbered")


@dataclass
class Ctx:
    rng: random.Random
    r: Region
    pdf: bool
    d: Doc
    county: County
    town: str
    year: int
    today: dt.date
    taken: list[str] = field(default_factory=list)
    labelled: list[str] = field(default_factory=list)
    page: int = 1

    # ---- names -------------------------------------------------------------------------------
    def _raw_name(self, sex: str, surname: str = "") -> str:
        st = STYLES[self.r.key]
        rng = self.rng
        if surname:
            pool = [
                g for g in (st.male if sex == "男" else st.female) if len(g) <= 2 or surname in "敖郭孟沃鄂"
            ]
            return surname + rng.choice(pool)
        if st.special is not None and rng.random() < st.special_rate:
            return st.special(rng, sex)
        sur = rng.choice(st.rare) if rng.random() < 0.13 else rng.choice(st.surnames)
        given = rng.choice(st.male if sex == "男" else st.female)
        if len(given) == 3:  # a Daur name: 敖德斯尔, 郭其木格
            sur = rng.choice("敖郭孟沃鄂")
        if sur == "爱新觉罗" and len(given) == 1:
            given += rng.choice("昌明")
        return sur + given

    def fresh_name(self, sex: str, surname: str = "") -> str:
        for i in range(200):
            n = self._raw_name(sex, surname if i < 100 else "")
            if all(n not in t and t not in n for t in self.taken):
                self.taken.append(n)
                return n
        raise RuntimeError("no fresh name")

    def official(self) -> str:
        return self.fresh_name(self.rng.choice("男男女"))

    def anon(self) -> str:
        st = STYLES[self.r.key]
        sur = self.rng.choice(st.surnames)
        return sur + self.rng.choice(("某某", "某", "某某", "某甲", "*", "**", "女士", "先生"))

    def person(
        self,
        sex: str | None = None,
        born: tuple[int, int] = (1955, 1995),
        county: County | None = None,
        surname: str = "",
    ) -> Person:
        rng = self.rng
        sx = sex or rng.choice("男女")
        name = self.fresh_name(sx, surname)
        self.labelled.append(name)
        birth = dt.date(rng.randint(*born), 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        cty = county or (self.county if rng.random() < 0.85 else rng.choice(self.r.counties))
        codes = cty.codes
        code = codes[0]
        if len(codes) > 1 and birth.year < 2000 and rng.random() < 0.75:
            code = rng.choice(codes[1:])
        seq = rng.randint(1, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if sx == "男" else (0, 2, 4, 6, 8))
        body = f"{code}{birth:%Y%m%d}{seq:03d}"
        ident = body + id_check(body)
        id15 = f"{codes[-1]}{birth:%y%m%d}{seq:03d}"
        nation = "汉族"
        if (
            self.r.key == "honghe"
            and name[1:2] in "者批斗沙然收黑努嘎拉色波周福朵期发咪玛"
            and len(name) == 3
        ):
            nation = "哈尼族"
        elif self.r.key == "hulunbuir" and name in MONGOL_M + MONGOL_F:
            nation = "蒙古族"
        elif self.r.key == "hulunbuir" and name[0] in "敖郭孟沃":
            nation = rng.choice(("达斡尔族", "达斡尔族", "汉族"))
        elif self.r.key == "hulunbuir" and name[0] in "杜涂":
            nation = "鄂温克族"
        elif (self.r.key == "dandong" and name[0] in "关那佟富郎索依") or name.startswith("爱新觉罗"):
            nation = "满族"
        elif self.r.key == "dandong" and name[0] in "朴崔权":
            nation = "朝鲜族"
        elif self.r.key == "enshi" and name[0] in "向田覃彭冉庹":
            nation = rng.choice(("土家族", "土家族", "苗族"))
        elif self.r.key == "honghe" and name[0] in "普施师矣":
            nation = "彝族"
        return Person(name, sx, birth, cty, ident, id15=id15, nation=nation)

    # ---- places -------------------------------------------------------------------------------
    def home(self, p: Person | None = None, rural: bool | None = None, prefix: bool | None = None) -> str:
        rng = self.rng
        cty = p.county if p is not None and rng.random() < 0.1 else self.county
        town = self.town if cty == self.county and rng.random() < 0.7 else rng.choice(cty.towns)
        rural = rng.random() < 0.6 if rural is None else rural
        if "街道" in town and rural:
            rural = rng.random() < 0.2
        st = self.r.addr_style
        vil = rng.choice(self.r.villages)
        n = rng.randint(1, 168)
        road = rng.choice(self.r.roads)
        estate = rng.choice(self.r.estates)
        b, u, fl, rm = rng.randint(1, 28), rng.randint(1, 6), rng.randint(1, 18), rng.randint(1, 4)
        room = f"{fl}{rm:02d}"
        if rural:
            if st == "meizhou":
                tail = f"{vil}{rng.choice(self.r.hamlets)}组{n}号"
            elif st == "enshi":
                tail = f"{vil}{rng.randint(1, 12)}组{n}号"
            elif st == "honghe":
                tail = f"{vil[:-1]}村委会{rng.choice(self.r.hamlets)}村民小组{n}号"
            elif st == "dandong":
                tail = rng.choice(
                    (f"{vil}{cn_num(rng.randint(1, 9))}组", f"{vil}{cn_num(rng.randint(1, 9))}组{n}号")
                )
            elif st == "fuyang":
                tail = rng.choice(
                    (f"{vil}{rng.choice(self.r.hamlets)}组{n}号", f"{vil}{rng.randint(1, 14)}组{n}号")
                )
            else:
                if vil.endswith("嘎查"):
                    tail = f"{vil}{rng.randint(1, 6)}组{n}号"
                else:
                    tail = rng.choice(
                        (f"{vil}{cn_num(rng.randint(1, 8))}队", f"{vil}{cn_num(rng.randint(1, 8))}组{n}号")
                    )
        else:
            if st == "meizhou":
                tail = rng.choice((f"{road}{n}号{estate}{b}栋{room}房", f"{road}{n}号{u}座{room}房"))
            elif st in ("dandong", "hulunbuir"):
                tail = f"{road}{n}号{estate}{b}号楼{u}单元{room}室"
            elif st == "fuyang":
                tail = rng.choice(
                    (f"{road}{n}号{estate}{b}栋{u}单元{room}室", f"{road}{n}号{estate}{b}幢{room}室")
                )
            else:
                tail = f"{road}{n}号{estate}{b}栋{u}单元{room}室"
        pre = ""
        if prefix or (prefix is None and rng.random() < 0.3):
            pre = rng.choice((self.r.province + self.r.pref, self.r.pref))
        return pre + cty.name + town + tail

    def shop(self) -> str:
        rng = self.rng
        town = self.town if rng.random() < 0.6 else rng.choice(self.county.towns)
        road = rng.choice(self.r.roads)
        tail = rng.choice(("首层", "一楼铺面", "101铺", "", "", "临街铺面"))
        return f"{self.county.name}{town}{road}{rng.randint(1, 300)}号{tail}"

    def company_seat(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"{self.county.name}{rng.choice(self.county.towns)}{rng.choice(self.r.roads)}"
                f"{rng.randint(1, 300)}号办公楼{rng.randint(2, 9)}楼",
                f"{self.county.name}经济开发区{rng.choice(self.r.roads)}{rng.randint(1, 99)}号",
            )
        )

    def field_loc(self) -> str:
        rng = self.rng
        side = rng.choice("东西南北") + rng.choice(("冲田", "坡地", "坝子", "洼地", "岗地"))
        return f"{rng.choice(self.r.villages)}{cn_num(rng.randint(1, 9))}组{side}"

    # ---- numbers ------------------------------------------------------------------------------
    def mobile(self, fmt: bool = True) -> str:
        rng = self.rng
        m = rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99999999):08d}"
        if not fmt:
            return m
        x = rng.random()
        if x < 0.08:
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if x < 0.14:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if x < 0.18:
            return "+86 " + m
        return m

    def landline(self) -> str:
        num = f"{self.rng.randint(2, 8)}{self.rng.randint(0, 999999):06d}"
        return self.rng.choice((f"{self.r.area}-{num}", f"{self.r.area}-{num}", f"（{self.r.area}）{num}"))

    def office_phone(self) -> str:
        num = f"{self.rng.randint(2, 8)}{self.rng.randint(0, 999999):06d}"
        return f"{self.r.area}-{num}"

    def card(self, grouped: bool | None = None, foreign: bool = False) -> tuple[str, str]:
        rng = self.rng
        if foreign:
            pre, length, bank = rng.choice(VISA_MASTER_PREFIXES), 16, "信用卡"
        else:
            pre, length, bank = rng.choice(CARD_PREFIXES)
        body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
        num = luhn_complete(body)
        if grouped or (grouped is None and rng.random() < 0.2):
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return num, bank

    def credit_code(self, kind: str = "92") -> str:
        rng = self.rng
        region = self.county.codes[0]
        if kind in ("11", "12"):
            body = f"{rng.randint(0, 99999999):08d}"
        else:
            body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
        c9 = 11 - sum(v * w for v, w in zip(vals, ORG_WEIGHTS, strict=True)) % 11
        org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
        head = kind + region + org
        s = sum(CC_CHARS.index(c) * w for c, w in zip(head, CC_WEIGHTS, strict=True))
        code = head + CC_CHARS[(31 - s % 31) % 31]
        assert credit_code_ok(code)
        return code

    def masked_id(self, p: Person) -> str:
        return self.rng.choice(
            (p.id[:6] + "*" * 8 + p.id[-4:], p.id[:4] + "*" * 10 + p.id[-4:], p.id[:3] + "*" * 12 + p.id[-3:])
        )

    def masked_mobile(self) -> str:
        m = self.mobile(fmt=False)
        return m[:3] + "****" + m[-4:]

    def email(self, p: Person) -> str:
        rng = self.rng
        if rng.random() < 0.4:
            return f"{rng.randint(10000000, 3999999999)}@qq.com"
        letters = "".join(rng.choice("abcdefghjklmnpqrstwxyz") for _ in range(rng.randint(2, 4)))
        domain = rng.choice(("163.com", "126.com", "sina.com", "139.com", "foxmail.com"))
        return f"{letters}{p.birth:%Y%m}@{domain}"

    def plate(self) -> str:
        rng = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if rng.random() < 0.2:
            tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
        else:
            chars = [rng.choice("0123456789") for _ in range(5)]
            if rng.random() < 0.5:
                chars[rng.randint(0, 2)] = rng.choice(letters)
            tail = "".join(chars)
        return self.r.plate + rng.choice(("", "", "·")) + tail

    # ---- dates and documents ------------------------------------------------------------------
    def date(self, year: int | None = None) -> dt.date:
        """A day before the document's date: in the last ten months, or in the given year."""
        if year is None:
            return self.today - dt.timedelta(days=self.rng.randint(1, 300))
        d = dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randint(0, 350))
        return min(d, self.today - dt.timedelta(days=1))

    def docno(self, abbr: str) -> str:
        return f"{abbr}〔{self.year}〕{self.rng.randint(1, 260)}号"

    def pref(self) -> str:
        """The prefecture as its offices write it: 梅州市, 恩施州, 红河州."""
        return PREF_SHORT[self.r.key]

    def cfull(self) -> str:
        """The county as an office writes it: districts after their prefecture."""
        return self.pref() + self.county.name if self.county.name.endswith("区") else self.county.name

    def phone(self, landline_share: float = 0.2) -> tuple[str, str]:
        """A person's contact number: mostly a mobile, sometimes the home landline."""
        if self.rng.random() < landline_share:
            return TEL(self.landline())
        return MOB(self.mobile())

    def travel_doc(self) -> tuple[str, tuple[str, str]]:
        """(document name, labelled number) for someone living outside the mainland."""
        rng = self.rng
        x = rng.random()
        if x < 0.4:
            return "港澳居民来往内地通行证", (
                "hk_macau_permit",
                rng.choice("HM") + f"{rng.randint(0, 99999999):08d}",
            )
        if x < 0.6:
            return "台湾居民来往大陆通行证", ("tw_permit", f"{rng.randint(0, 99999999):08d}")
        if x < 0.8:
            return "中华人民共和国护照", ("passport", "E" + f"{rng.randint(0, 99999999):08d}")
        return "护照", ("passport", rng.choice(("A", "K", "M")) + f"{rng.randint(0, 99999999):08d}")

    def county_short(self) -> str:
        return SHORT.get(self.county.name, self.county.name[:2])

    def index_no(self) -> str:
        return f"{self.credit_code('11')[:18]}/{self.year}-{self.rng.randint(1, 999):05d}"

    def layout(self, allowed: Sequence[str] | None = None) -> str:
        pool: tuple[str, ...] = PDF_LAYOUTS if self.pdf else WEB_LAYOUTS
        if allowed:
            pool = tuple(x for x in pool if x in allowed) or tuple(allowed)
        return self.rng.choice(pool)

    def money(self, lo: float, hi: float) -> str:
        v = self.rng.uniform(lo, hi)
        return f"{v:,.2f}" if v >= 1000 and self.rng.random() < 0.4 else f"{v:.2f}"


def fmt_date(d: dt.date, style: int = 0) -> str:
    if style == 1:
        return f"{d:%Y-%m-%d}"
    if style == 2:
        return f"{d:%Y.%m.%d}"
    if style == 3:
        return f"{d.year}/{d.month}/{d.day}"
    return f"{d.year}年{d.month}月{d.day}日"


# --------------------------------------------------------------------------------------------------
# Tables in every layout
# --------------------------------------------------------------------------------------------------


def _spaced(c: Ctx, it: Item) -> Item:
    """A PDF's table spaces out short names: 吴　英, 吴  英, 姚 平 轩."""
    if isinstance(it, str) or it[0] != "name" or not c.pdf:
        return it
    name = it[1]
    if len(name) == 2 and c.rng.random() < 0.55:
        return ("name", c.rng.choice(("　", "  ", "   ", " ")).join(name))
    if len(name) == 3 and c.rng.random() < 0.2:
        return ("name", " ".join(name))
    return it


def page_break(c: Ctx, running: str, total: int, style: int) -> None:
    d = c.d
    if style == 0:
        d.line(f"- {c.page} -")
    elif style == 1:
        d.line(f"第 {c.page} 页 共 {total} 页")
    else:
        d.line(f"— {c.page} —")
    c.page += 1
    if c.rng.random() < 0.3:
        d.blank()
    if running:
        d.line(running)


def table(
    c: Ctx,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    layout: str,
    running: str = "",
    bare: Sequence[int] = (),
) -> None:
    """Render a table; the personal pieces of its cells are labelled where they land."""
    rng = c.rng
    d = c.d
    prows: list[list[list[Item]]] = []
    for row in rows:
        cells = []
        for cell in row:
            its = as_items(cell)
            if layout in ("space", "tab", "cell"):
                its = [_spaced(c, it) for it in its]
            cells.append(its)
        prows.append(cells)
    per_page = rng.randint(7, 14) if c.pdf and layout in ("space", "tab", "cell", "numbered") else 10**6
    total = c.page + (len(prows) - 1) // per_page + (1 if rng.random() < 0.5 else 0)
    pstyle = rng.randint(0, 2)
    repeat_header = rng.random() < 0.5

    def maybe_break(i: int) -> None:
        if i and i % per_page == 0:
            page_break(c, running, total, pstyle)
            if repeat_header and layout in ("space", "tab"):
                header_line()

    if layout == "space":
        widths = [display_width(h) for h in headers]
        for cells in prows:
            for j, its in enumerate(cells):
                widths[j] = max(widths[j], display_width(items_text(its)))
        gap = rng.choice((2, 2, 3, 4))

        def row_line(cells: Sequence[Sequence[Item]]) -> None:
            out: list[Item] = []
            for j, its in enumerate(cells):
                out.extend(its)
                if j < len(cells) - 1:
                    out.append(" " * (widths[j] - display_width(items_text(list(its))) + gap))
            d.line(*out)

        def header_line() -> None:
            row_line([[h] for h in headers])

        header_line()
        for i, cells in enumerate(prows):
            maybe_break(i)
            row_line(cells)
    elif layout == "tab":

        def header_line() -> None:
            d.line("\t".join(headers))

        header_line()
        for i, cells in enumerate(prows):
            maybe_break(i)
            out: list[Item] = []
            for j, its in enumerate(cells):
                if j:
                    out.append("\t")
                out.extend(its)
            d.line(*out)
    elif layout == "pipe":
        d.line("| " + " | ".join(headers) + " |")
        d.line("|" + "|".join(rng.choice(("---", ":---:", "----")) for _ in headers) + "|")
        for cells in prows:
            out = ["| "]
            for j, its in enumerate(cells):
                if j:
                    out.append(" | ")
                out.extend(its)
            out.append(" |")
            d.line(*out)
    elif layout == "html":
        d.line(
            rng.choice(('<table border="1" cellspacing="0">', "<table>", '<table class="MsoNormalTable">'))
        )
        d.line("<tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>")
        for cells in prows:
            out = ["<tr>"]
            for its in cells:
                out.append("<td>")
                out.extend(its)
                out.append("</td>")
            out.append("</tr>")
            d.line(*out)
        d.line("</table>")
    elif layout == "csv":
        d.line(",".join(f'"{h}"' for h in headers))
        for cells in prows:
            out = []
            for j, its in enumerate(cells):
                if j:
                    out.append(",")
                out.append('"')
                out.extend(it.replace('"', '""') if isinstance(it, str) else it for it in its)
                out.append('"')
            d.line(*out)
    elif layout == "cell":

        def header_line() -> None:
            for h in headers:
                d.line(h)

        header_line()
        sep = rng.random() < 0.4
        for i, cells in enumerate(prows):
            maybe_break(i)
            for its in cells:
                d.line(*its)
            if sep:
                d.blank()
    elif layout == "numbered":
        style = rng.randint(0, 3)
        for i, cells in enumerate(prows):
            maybe_break(i)
            mark = (f"{i + 1}．", f"{i + 1}.", f"（{i + 1}）", f"{i + 1}、")[style]
            out = [mark]
            first = True
            for j, its in enumerate(cells):
                if headers[j] in ("序号", "编号") or not items_text(its):
                    continue
                if not first:
                    out.append("，")
                first = False
                if j not in bare:
                    out.append(f"{headers[j]}：")
                out.extend(its)
            out.append(rng.choice(("；", "。", "")))
            d.para(*out)
    else:
        raise ValueError(layout)


# --------------------------------------------------------------------------------------------------
# Page furniture
# --------------------------------------------------------------------------------------------------


def web_head(c: Ctx, source: str, title: str, when: dt.date) -> None:
    d = c.d
    rng = c.rng
    if c.pdf:
        if rng.random() < 0.5:
            d.line(rng.choice(("附件", "附件1", f"{source}文件", "")))
        d.line(title)
        return
    if rng.random() < 0.4:
        d.line(
            rng.choice(
                (
                    "首页 > 政务公开 > 通知公告",
                    "当前位置：首页 > 信息公开 > 法定主动公开内容",
                    "您当前的位置：首页>>公示公告",
                )
            )
        )
    if rng.random() < 0.35:
        d.line(f"索引号：{c.index_no()}\t发布机构：{source}")
        d.line(
            f"发文日期：{fmt_date(when)}\t主题分类："
            + rng.choice(
                (
                    "综合政务",
                    "财政、金融、审计",
                    "市场监管、安全生产监管",
                    "城乡建设、环境保护",
                    "劳动、人事、监察",
                )
            )
        )
    d.line(title)
    d.line(
        rng.choice(
            (
                f"发布时间：{when:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　"
                f"来源：{source}　浏览次数：{rng.randint(12, 980)}",
                f"来源：{source}  发布日期：{fmt_date(when, 1)}  【字体：大 中 小】",
                f"{fmt_date(when, 1)}  {source}",
            )
        )
    )
    if rng.random() < 0.5:
        d.blank()


def web_tail(c: Ctx) -> None:
    if c.pdf:
        if c.rng.random() < 0.5:
            c.d.line(f"- {c.page} -")
        return
    if c.rng.random() < 0.5:
        c.d.line(
            c.rng.choice(
                (
                    "【打印本页】【关闭窗口】",
                    "分享到：",
                    "扫一扫在手机打开当前页",
                    "【我要纠错】 【打印】 【关闭】",
                )
            )
        )


def sign_off(c: Ctx, org: str, when: dt.date) -> None:
    d = c.d
    if c.rng.random() < 0.5:
        d.blank()
    d.line(("　" * c.rng.randint(0, 8)) + org)
    d.line(("　" * c.rng.randint(0, 8)) + fmt_date(when))


def surname_of(name: str) -> str:
    """The surname children would carry, or "" for a name without one (Mongolian, Hani linked)."""
    for comp in ("爱新觉罗", "欧阳", "司徒", "司马"):
        if name.startswith(comp):
            return comp
    if name in MONGOL_M or name in MONGOL_F:
        return ""
    return name[0]


def property_no(c: Ctx, kind: str = "不动产权") -> str:
    abbr = {
        "广东省": "粤",
        "湖北省": "鄂",
        "云南省": "云",
        "辽宁省": "辽",
        "安徽省": "皖",
        "内蒙古自治区": "蒙",
    }[c.r.province]
    return f"{abbr}（{c.rng.randint(2016, c.year)}）{c.county.name}{kind}第{c.rng.randint(1, 99999):07d}号"


def unit_no(c: Ctx, house: bool = True) -> str:
    rng = c.rng
    code = c.county.codes[0]
    return (
        f"{code}{rng.randint(1, 20):03d}{rng.randint(1, 40):03d}{rng.choice(('JC', 'GB', 'JB'))}"
        f"{rng.randint(1, 99999):05d}{'F' if house else 'W'}"
        f"{rng.randint(1, 9999):04d}{rng.randint(1, 9999):04d}"
    )


def heading(c: Ctx, text: str) -> None:
    c.d.line(text)


def para(c: Ctx, *items: Item) -> None:
    indent = "　　" if c.rng.random() < 0.7 else ""
    c.d.para(indent, *items)


# --------------------------------------------------------------------------------------------------
# 1. realestate — 不动产登记
# --------------------------------------------------------------------------------------------------


def _re_office(c: Ctx) -> str:
    return c.rng.choice((f"{c.cfull()}不动产登记中心", f"{c.cfull()}自然资源局", f"{c.cfull()}不动产登记局"))


def _objection_tail(c: Ctx, office: str, when: dt.date) -> None:
    rng = c.rng
    seat = (
        f"{c.county.name}{rng.choice(c.county.towns)}{rng.choice(c.r.roads)}{rng.randint(1, 200)}号"
        f"政务服务中心{rng.randint(1, 3)}楼"
    )
    para(c, f"异议书面材料送达地址：{seat}")
    para(c, f"联系电话：{c.office_phone()}　　邮政编码：{c.county.postcode}")
    sign_off(c, office, when)


def realestate_first_reg(c: Ctx) -> None:
    rng = c.rng
    office = _re_office(c)
    when = c.today
    deadline = when + dt.timedelta(days=21)
    issue = f"（{c.year}年第{rng.randint(1, 40)}期）" if rng.random() < 0.5 else ""
    title = f"{c.cfull()}不动产首次登记公告{issue}"
    web_head(c, office, title, when)
    if rng.random() < 0.5:
        c.d.line(f"{c.county_short()}不动产登记公告〔{c.year}〕{rng.randint(1, 300)}号")
    para(
        c,
        "经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条的规定，"
        f"现予公告。如有异议，请自本公告之日起十五个工作日内（{fmt_date(deadline)}之前）将异议书面材料送达我机构。"
        "逾期无人提出异议或者异议不成立的，我机构将予以登记。",
    )
    n = rng.randint(2, 12) if rng.random() < 0.8 else 1
    id_col = rng.choice(("", "", "masked", "full"))
    entries: list[dict[str, list[Item]]] = []
    for _ in range(n):
        x = rng.random()
        e: dict[str, list[Item]] = {"id": [], "note": [""]}
        if x < 0.1:
            e["owner"] = [f"{c.county.name}{c.rng.choice(c.r.companies)}"]
            e["loc"] = [c.company_seat().split("办公楼")[0]]
            e["type"] = ["国有建设用地使用权"]
            e["use"] = [rng.choice(("工业用地", "商服用地"))]
            e["area"] = [f"{rng.uniform(800, 9000):.2f}"]
            e["unit"] = [unit_no(c, house=False)]
        elif x < 0.16:
            vil = rng.choice(c.r.villages)
            e["owner"] = [f"{c.county.name}{c.town}{vil}股份经济合作社"]
            e["loc"] = [f"{c.county.name}{c.town}{vil}"]
            e["type"] = ["集体土地所有权"]
            e["use"] = ["农用地"]
            e["area"] = [f"{rng.uniform(20000, 900000):.2f}"]
            e["unit"] = [unit_no(c, house=False)]
        else:
            p = c.person(born=(1940, 1992))
            e["owner"] = [N(p.name)]
            if id_col:
                e["id"] = [ID(p.id)] if id_col == "full" else [c.masked_id(p)]
            if rng.random() < 0.3:
                sp = c.person(sex="女" if p.sex == "男" else "男", born=(p.birth.year - 5, p.birth.year + 5))
                e["owner"] += ["、", N(sp.name)]
                if id_col:
                    e["id"] += ["、", ID(sp.id) if id_col == "full" else c.masked_id(sp)]
                e["note"] = [rng.choice(("共同共有", "按份共有", ""))]
            addr = c.home(None, rural=rng.random() < 0.75)
            e["loc"] = [A(addr)]
            if any(k in addr for k in ("单元", "室", "房", "幢")):
                rtype = "国有建设用地使用权/房屋所有权"
            else:
                rtype = rng.choice(("宅基地使用权/房屋所有权", "宅基地使用权及房屋（构筑物）所有权"))
            e["type"] = [rtype]
            e["use"] = ["宅基地/住宅" if "宅基地" in rtype else "城镇住宅用地/住宅"]
            e["area"] = [f"{rng.uniform(80, 260):.2f}/{rng.uniform(90, 420):.2f}"]
            e["unit"] = [unit_no(c)]
        entries.append(e)
    if rng.random() < 0.3 and not c.pdf:
        for i, e in enumerate(entries):
            c.d.line(f"{cn_num(i + 1)}、权利人：", *e["owner"])
            if items_text(e["id"]):
                c.d.line("　　身份证号码：", *e["id"])
            c.d.line(f"　　不动产权利类型：{items_text(e['type'])}")
            c.d.line(f"　　不动产单元号：{items_text(e['unit'])}")
            c.d.line("　　不动产坐落：", *e["loc"])
            c.d.line(f"　　面积：{items_text(e['area'])}㎡　用途：{items_text(e['use'])}")
    else:
        keys = ["owner", *(["id"] if id_col else []), "type", "unit", "loc", "area", "use", "note"]
        names = {
            "owner": "权利人",
            "id": "身份证号码",
            "type": "权利类型",
            "unit": "不动产单元号",
            "loc": "不动产坐落",
            "area": "面积（㎡）",
            "use": "用途",
            "note": "备注",
        }
        headers = ["序号", *(names[k] for k in keys)]
        rows: list[list[Cell]] = [[str(i + 1), *(e[k] for k in keys)] for i, e in enumerate(entries)]
        table(c, headers, rows, c.layout(), running=title, bare=(1,))
    _objection_tail(c, office, when)
    web_tail(c)


def realestate_correction(c: Ctx) -> None:
    rng = c.rng
    office = _re_office(c)
    when = c.today
    x = rng.random()
    if x < 0.4:
        # 更正登记公告: a wrong name / an old 15-digit ID in the register
        p = c.person(born=(1935, 1968))
        wrong_name = c.fresh_name(p.sex, surname_of(p.name))
        c.labelled.append(wrong_name)
        title = rng.choice(("不动产更正登记公告", f"{c.cfull()}不动产更正登记公告"))
        web_head(c, office, title, when)
        loc = c.home(None, rural=rng.random() < 0.7)
        para(
            c,
            "权利人",
            N(p.name),
            rng.choice(("（身份证号码：", "（公民身份号码：")),
            ID(p.id),
            f"）于{fmt_date(when - dt.timedelta(days=rng.randint(5, 40)))}向我中心申请更正登记，请求将坐落于",
            A(loc),
            f"的不动产（不动产权证号：{property_no(c)}）登记簿中记载的权利人姓名由“",
            N(wrong_name),
            "”更正为“",
            N(p.name),
            "”，身份证号码由“",
            ID(p.id15),
            "”更正为“",
            ID(p.id),
            "”。",
        )
        para(
            c,
            "经审查，申请人提交的户籍证明、原始登记资料能够证明登记簿记载确有错误。根据《不动产登记暂行条例实施细则》"
            "第八十一条的规定，现予公告。利害关系人如有异议，请自公告之日起十五个工作日内向我中心书面提出。",
        )
        _objection_tail(c, office, when)
    elif x < 0.75:
        # 异议登记告知书 to the holder
        holder = c.person(born=(1950, 1990))
        claimant = c.person(born=(1950, 1995))
        title = rng.choice(("异议登记告知书", "不动产异议登记告知书"))
        web_head(c, office, title, when)
        c.d.line(c.docno(f"{c.county_short()}不动产异告"))
        c.d.line(N(holder.name), rng.choice(("：", "（权利人）：", " 女士/先生：")))
        reason = rng.choice(
            ("认为其系该房屋的共有人", "主张该宅基地系其父亲生前所分", "以买卖合同纠纷已诉至人民法院为由")
        )
        para(
            c,
            "申请人",
            N(claimant.name),
            "（身份证号码：",
            ID(claimant.id),
            f"）{reason}，于{fmt_date(when - dt.timedelta(days=rng.randint(1, 10)))}对你名下坐落于",
            A(c.home(None)),
            f"的不动产（不动产单元号：{unit_no(c)}）申请异议登记。本机构已于{fmt_date(when)}予以登记。",
        )
        para(
            c,
            "异议登记申请人应当在异议登记之日起十五日内，提交人民法院受理通知书、仲裁委员会受理通知书等提起诉讼、"
            "申请仲裁的材料；逾期不提交的，异议登记失效。异议登记期间，该不动产不予办理转移、抵押登记。",
        )
        if rng.random() < 0.5:
            para(c, f"特此告知。如有疑问，请致电{c.office_phone()}。")
        sign_off(c, office, when)
    else:
        # 依职权更正 公告: a table of corrections
        title = f"关于依职权更正不动产登记簿记载事项的公告（{c.year}年第{rng.randint(1, 9)}号）"
        web_head(c, office, title, when)
        para(
            c,
            "因历史原因，我中心在数据整合中发现下列不动产登记簿记载事项与权籍调查成果不一致。根据《不动产登记暂行条例"
            "实施细则》第八十一条的规定，我中心拟依职权予以更正，现予公告。",
        )
        rows: list[list[Cell]] = []
        for i in range(rng.randint(2, 9)):
            p = c.person(born=(1940, 1990))
            item = rng.choice(("宗地面积", "房屋用途", "权利人身份证号码", "坐落"))
            loc = c.home(None, rural=True)
            if item == "宗地面积":
                before: Cell = f"{rng.uniform(80, 200):.2f}㎡"
                after: Cell = f"{rng.uniform(80, 200):.2f}㎡"
            elif item == "房屋用途":
                before, after = "商业", "住宅"
            elif item == "权利人身份证号码":
                before, after = [ID(p.id15)], [ID(p.id)]
            else:
                old_loc = c.home(None, rural=True)
                before, after = [A(old_loc)], "同左栏坐落"
            rows.append([str(i + 1), [N(p.name)], [A(loc)], item, before, after])
        table(
            c,
            ["序号", "权利人", "不动产坐落", "更正事项", "更正前", "更正后"],
            rows,
            c.layout(),
            title,
            bare=(1,),
        )
        para(c, "利害关系人如有异议，请于公告之日起十五个工作日内持有效证明材料到我中心提出。")
        sign_off(c, office, when)
    web_tail(c)


def realestate_cert_void(c: Ctx) -> None:
    rng = c.rng
    office = _re_office(c)
    when = c.today
    title = rng.choice(("不动产权证书作废公告", "遗失补证公告", f"{c.cfull()}不动产权证书（证明）作废公告"))
    web_head(c, office, title, when)
    n = rng.randint(1, 8)
    entries = []
    for _ in range(n):
        p = c.person(born=(1945, 1995))
        kind = rng.choice(("不动产权", "不动产权", "不动产证明"))
        why = rng.choice(("遗失", "遗失", "灭失", "损毁"))
        loc = c.home(None)
        entries.append((p, property_no(c, kind), loc, why, kind))
    if rng.random() < 0.5:
        para(
            c,
            "下列不动产权证书（证明）因权利人申请补发，根据《不动产登记暂行条例实施细则》第二十二条的规定，现公告作废：",
        )
        style = rng.randint(0, 2)
        for i, (p, no, loc, why, kind) in enumerate(entries):
            mark = (f"{i + 1}．", f"{cn_num(i + 1)}、", f"（{i + 1}）")[style]
            book = "《不动产权证书》" if kind == "不动产权" else "《不动产登记证明》"
            c.d.para(
                mark,
                N(p.name),
                f"{why}坐落于",
                A(loc),
                f"的{book}，证号：{no}，声明作废。",
            )
    else:
        para(
            c,
            "经权利人申请，下列不动产权证书（证明）遗失，现予公告作废。自公告之日起，原证书（证明）不再具有法律效力。",
        )
        rows: list[list[Cell]] = []
        for i, (p, no, loc, why, _kind) in enumerate(entries):
            rows.append([str(i + 1), [N(p.name)], no, [A(loc)], why])
        table(
            c,
            ["序号", "权利人", "证书（证明）号", "不动产坐落", "作废原因"],
            rows,
            c.layout(),
            title,
            bare=(1,),
        )
    if rng.random() < 0.5:
        para(c, f"联系电话：{c.office_phone()}（{c.county.name}政务服务中心不动产登记窗口）")
    sign_off(c, office, when)
    web_tail(c)


def realestate_cancel(c: Ctx) -> None:
    rng = c.rng
    office = _re_office(c)
    when = c.today
    project = rng.choice(
        ("城区棚户区改造", f"{c.town}中心小学扩建", "县道改扩建", "高速公路建设", "老旧小区改造")
    )
    if rng.random() < 0.4:
        p = c.person(born=(1940, 1985))
        title = "不动产注销登记告知书"
        web_head(c, office, title, when)
        c.d.line(N(p.name), "：")
        loc = c.home(None)
        para(
            c,
            "你名下坐落于",
            A(loc),
            f"的房屋（不动产权证号：{property_no(c)}）已列入{project}项目征收范围，征收部门已于"
            f"{fmt_date(when - dt.timedelta(days=rng.randint(30, 200)))}与"
            "你签订补偿协议并完成补偿。根据《不动产登记暂行条例实施"
            "细则》第二十八条的规定，本机构依嘱托办理注销登记。请于接到本告知书之日起十五日内将原不动产权证书交回本机构；"
            "逾期未交回的，本机构将公告作废。",
        )
        sign_off(c, office, when)
    else:
        title = rng.choice(("不动产注销登记公告", f"关于注销{project}项目范围内不动产权利的公告"))
        web_head(c, office, title, when)
        para(
            c,
            f"因{project}项目房屋征收，下列不动产已灭失。根据征收部门嘱托，本机构依法办理注销登记。权利人未交回的原不动产权"
            "证书（房屋所有权证、集体土地使用证）一并公告作废。",
        )
        rows: list[list[Cell]] = []
        for i in range(rng.randint(2, 10)):
            if rng.random() < 0.15:
                rows.append(
                    [
                        str(i + 1),
                        f"{c.county.name}{rng.choice(c.r.companies)}",
                        property_no(c),
                        c.company_seat(),
                        "征收灭失",
                    ]
                )
                continue
            p = c.person(born=(1940, 1985))
            old = rng.choice(
                (
                    property_no(c),
                    f"{c.county_short()}房权证{rng.choice(c.county.towns)[:2]}字"
                    f"第{rng.randint(1, 9999):05d}号",
                )
            )
            rows.append(
                [str(i + 1), [N(p.name)], old, [A(c.home(None))], rng.choice(("征收灭失", "房屋灭失"))]
            )
        table(c, ["序号", "权利人", "原证号", "不动产坐落", "注销原因"], rows, c.layout(), title, bare=(1,))
        sign_off(c, office, when)
    web_tail(c)


def realestate_inherit(c: Ctx) -> None:
    rng = c.rng
    office = _re_office(c)
    when = c.today
    dead = c.person(sex="男" if rng.random() < 0.6 else "女", born=(1928, 1955))
    sur = surname_of(dead.name) if dead.sex == "男" else ""
    spouse_dead = rng.random() < 0.6
    spouse = c.person(sex="女" if dead.sex == "男" else "男", born=(dead.birth.year - 4, dead.birth.year + 4))
    kids: list[tuple[str, Person]] = []
    rel_m = ("长子", "次子", "三子")
    rel_f = ("长女", "次女", "三女")
    nm = nf = 0
    for _ in range(rng.randint(2, 5)):
        sx = rng.choice("男女")
        kid_sur = sur or surname_of(spouse.name) if dead.sex == "女" else sur
        k = c.person(
            sex=sx, born=(dead.birth.year + 20, dead.birth.year + 35), surname=kid_sur if kid_sur else ""
        )
        if sx == "男" and nm < 3:
            kids.append((rel_m[nm], k))
            nm += 1
        elif sx == "女" and nf < 3:
            kids.append((rel_f[nf], k))
            nf += 1
    heir = rng.choice(kids)[1]
    loc = c.home(None)
    title = rng.choice(
        ("不动产继承登记公告", "非公证继承不动产登记公示", f"{c.cfull()}不动产登记中心继承登记公示")
    )
    web_head(c, office, title, when)
    death = c.date(rng.randint(2012, c.year - 1))
    dead_id = ID(dead.id15) if rng.random() < 0.3 else ID(dead.id)
    spouse_part: list[Item] = ["其配偶", N(spouse.name)]
    if spouse_dead:
        spouse_part.append(f"已于{fmt_date(death - dt.timedelta(days=rng.randint(200, 4000)))}先于其死亡，")
    else:
        spouse_part.append("健在，")
    para(
        c,
        "申请人",
        N(heir.name),
        "申请办理坐落于",
        A(loc),
        f"不动产的继承（转移）登记。经查，该不动产（不动产权证号：{property_no(c)}）登记在被继承人",
        N(dead.name),
        "（身份证号码：",
        dead_id,
        "）名下。被继承人",
        N(dead.name),
        f"于{fmt_date(death)}死亡，",
        *spouse_part,
        "其父母均先于其死亡。",
    )
    sent: list[Item] = [f"被继承人生前共育有子女{cn_num(len(kids))}人，分别为："]
    for i, (rel, k) in enumerate(kids):
        if i:
            sent.append("、")
        sent += [rel, N(k.name)]
    sent.append("。经全体法定继承人协商一致，该不动产由")
    sent += [N(heir.name), "继承，其他法定继承人"]
    others = [k for _, k in kids if k is not heir] + ([] if spouse_dead else [spouse])
    for i, k in enumerate(others):
        if i:
            sent.append("、")
        sent.append(N(k.name))
    sent.append("自愿放弃继承。")
    para(c, *sent)
    if rng.random() < 0.7:
        para(c, "法定继承人情况如下：")
        rows: list[list[Cell]] = []
        people = ([] if spouse_dead else [("配偶", spouse)]) + kids
        for i, (rel, k) in enumerate(people):
            if rng.random() < 0.25:
                doc_type, num = c.travel_doc()
            else:
                doc_type, num = "居民身份证", ID(k.id)
            phone: Cell = [c.phone(0.3)] if rng.random() < 0.6 else ""
            decision = "继承" if k is heir else "放弃继承"
            rows.append([str(i + 1), [N(k.name)], rel, doc_type, [num], phone, decision])
        table(
            c,
            ["序号", "姓名", "与被继承人关系", "证件类型", "证件号码", "联系电话", "意见"],
            rows,
            c.layout(),
            title,
            bare=(1,),
        )
    para(
        c,
        "根据《不动产登记暂行条例实施细则》第十四条及相关规定，现予公示，公示期十五个工作日。如对上述继承事项有异议，"
        f"请于公示期内以书面形式向本机构提出。咨询电话：{c.office_phone()}。",
    )
    sign_off(c, office, when)
    web_tail(c)


# --------------------------------------------------------------------------------------------------
# 2. tax — 欠税, 非正常户, 个税通知, 简易处罚
# --------------------------------------------------------------------------------------------------

BRANDS = [
    "好运来",
    "鸿运",
    "客家缘",
    "福满多",
    "兴旺",
    "佳佳",
    "顺发",
    "金源",
    "惠民",
    "百姓",
    "乐家",
    "鑫盛",
    "红火",
    "聚福",
    "山里人",
    "老街",
    "阿妹",
    "宏达",
    "万家",
]
SHOP_TYPES = [
    "副食店",
    "便利店",
    "小吃店",
    "餐馆",
    "粉店",
    "日杂店",
    "五金店",
    "农资店",
    "理发店",
    "烟酒商行",
    "手机店",
    "服装店",
    "小卖部",
    "烧烤店",
    "水果店",
    "建材经营部",
    "汽车修理部",
    "农家乐",
    "批发部",
]


def shop_name(c: Ctx) -> str:
    rng = c.rng
    brand = rng.choice(STYLES[c.r.key].surnames) + "记" if rng.random() < 0.15 else rng.choice(BRANDS)
    return f"{c.county.name}{rng.choice(c.county.towns)}{brand}{rng.choice(SHOP_TYPES)}"


def company_name(c: Ctx) -> str:
    comp = c.rng.choice(c.r.companies)
    place = c.pref()[:-1]
    if comp.startswith(place) or comp[:2] in ("个旧", "东港", "凤城", "太和", "界首"):
        return comp
    return place + comp


def tax_office(c: Ctx) -> str:
    return f"国家税务总局{c.cfull()}税务局"


def badge(c: Ctx) -> str:
    return f"{c.county.codes[0][:4]}{c.rng.randint(0, 999999):06d}"


def tax_arrears(c: Ctx) -> None:
    rng = c.rng
    office = tax_office(c)
    when = c.today
    q = (when.month - 1) // 3 + 1
    title = rng.choice(
        (f"{office}{c.year}年第{q}季度欠税公告", f"{office}关于公告欠缴税款情况的公告", "欠税公告")
    )
    web_head(c, office, title, when)
    if rng.random() < 0.5:
        c.d.line(f"{c.year}年第{rng.randint(1, 12)}号")
    para(
        c,
        "根据《中华人民共和国税收征收管理法》第四十五条及《欠税公告办法（试行）》的规定，现将截至"
        f"{fmt_date(when - dt.timedelta(days=rng.randint(5, 30)))}欠"
        "缴税款的纳税人（扣缴义务人）及其欠税情况公告如下：",
    )
    taxes = (
        "增值税",
        "个人所得税",
        "城市维护建设税",
        "房产税",
        "城镇土地使用税",
        "印花税",
        "资源税",
        "企业所得税",
    )
    if rng.random() < 0.35:
        # natural persons, one block each
        heading(c, rng.choice(("一、自然人欠税情况", "自然人纳税人欠税明细")))
        for i in range(rng.randint(1, 5)):
            p = c.person(born=(1955, 1990))
            c.d.line(f"{i + 1}．纳税人姓名：", N(p.name))
            c.d.line("　　身份证件号码：", ID(p.id))
            if rng.random() < 0.6:
                c.d.line("　　居住地址：", A(c.home(p)))
            c.d.line(
                "　　欠税税种："
                + rng.choice(("个人所得税（财产转让所得）", "个人所得税（经营所得）", "房产税", "土地增值税"))
            )
            c.d.line(f"　　欠税金额：{c.money(300, 90000)}元（其中本期新发生欠税{c.money(0, 5000)}元）")
    else:
        rows: list[list[Cell]] = []
        for i in range(rng.randint(3, 14)):
            x = rng.random()
            tax = "、".join(rng.sample(taxes, rng.randint(1, 3)))
            amount = c.money(200, 200000)
            if x < 0.3:
                rep = c.official()
                p0 = c.person(born=(1960, 1990))
                c.labelled.remove(p0.name)
                rows.append(
                    [
                        str(i + 1),
                        company_name(c),
                        c.credit_code("91"),
                        rep,
                        c.masked_id(p0),
                        c.company_seat(),
                        tax,
                        amount,
                    ]
                )
            elif x < 0.55:
                rep = c.official()
                p0 = c.person(born=(1960, 1990))
                c.labelled.remove(p0.name)
                rows.append(
                    [
                        str(i + 1),
                        shop_name(c),
                        c.credit_code("92"),
                        rep,
                        c.masked_id(p0),
                        c.shop(),
                        tax,
                        amount,
                    ]
                )
            else:
                p = c.person(born=(1955, 1992))
                biz = rng.random() < 0.6
                rows.append(
                    [
                        str(i + 1),
                        [N(p.name)],
                        [ID(p.id)],
                        [N(p.name)] if biz else "—",
                        [ID(p.id)] if biz and rng.random() < 0.5 else ("—" if not biz else c.masked_id(p)),
                        c.shop() if biz else "—",
                        "个人所得税（经营所得）、增值税"
                        if biz
                        else rng.choice(("个人所得税", "房产税、城镇土地使用税")),
                        amount,
                    ]
                )
        headers = [
            "序号",
            "纳税人名称",
            "纳税人识别号",
            "法定代表人（负责人）姓名",
            "身份证件号码",
            "生产经营地点",
            "欠税税种",
            "欠税余额（元）",
        ]
        table(c, headers, rows, c.layout(("tab", "space", "pipe", "html", "csv", "cell")), running=title)
    para(
        c,
        "请上述纳税人（扣缴义务人）尽快到主管税务机关办理申报缴纳手续。对拒不缴纳的，税务机关将依法采取强制执行措施；"
        "情节严重的，依法移送司法机关处理。",
    )
    if rng.random() < 0.6:
        para(c, f"纳税服务热线：12366　　举报电话：{c.office_phone()}")
    sign_off(c, office, when)
    web_tail(c)


def tax_abnormal(c: Ctx) -> None:
    rng = c.rng
    office = tax_office(c)
    when = c.today
    title = rng.choice(
        (
            f"{office}关于认定非正常户的公告",
            "非正常户认定公告",
            f"{office}非正常户公告（{c.year}年第{rng.randint(1, 20)}号）",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "下列纳税人未按照规定的期限申报纳税，经税务机关责令限期改正后逾期仍不改正，且经实地检查查无下落。根据《税务登记"
        "管理办法》第四十条和《国家税务总局关于税收征管若干事项的公告》（国家税务总局公告2019年第48号）的规定，"
        "认定为非正常户，现予公告。",
    )
    rows: list[list[Cell]] = []
    personal = rng.random() < 0.6
    for i in range(rng.randint(2, 12)):
        day = fmt_date(when - dt.timedelta(days=rng.randint(3, 60)), 1)
        if personal:
            p = c.person(born=(1965, 2000))
            named = rng.random() < 0.3
            idc: Cell = [ID(p.id)] if rng.random() < 0.6 else c.masked_id(p)
            rows.append(
                [
                    str(i + 1),
                    [N(p.name)] if named else shop_name(c),
                    [ID(p.id)] if named else c.credit_code("92"),
                    [N(p.name)],
                    idc if not named else [ID(p.id)],
                    c.shop(),
                    day,
                ]
            )
        else:
            kind = rng.choice(("91", "92", "93"))
            name = (
                company_name(c)
                if kind == "91"
                else shop_name(c)
                if kind == "92"
                else f"{c.county.name}{rng.choice(c.county.towns)}{rng.choice(BRANDS)}种养专业合作社"
            )
            rep = c.official()
            p0 = c.person()
            c.labelled.remove(p0.name)
            rows.append(
                [
                    str(i + 1),
                    name,
                    c.credit_code(kind),
                    rep,
                    c.masked_id(p0),
                    c.company_seat() if kind == "91" else c.shop(),
                    day,
                ]
            )
    headers = [
        "序号",
        "纳税人名称",
        "纳税人识别号",
        "业主姓名" if personal else "法定代表人（负责人）",
        "身份证件号码",
        "生产经营地址",
        "认定日期",
    ]
    table(c, headers, rows, c.layout(), running=title)
    para(
        c,
        "被认定为非正常户的纳税人，其发票停止使用，纳税信用级别直接判为D级。纳税人应当及时到主管税务机关办理相关涉税事宜。",
    )
    sign_off(c, office, when)
    web_tail(c)


def tax_iit_notice(c: Ctx) -> None:
    rng = c.rng
    office = tax_office(c)
    when = c.today
    yr = c.year - 1 if rng.random() < 0.7 else c.year - 2
    abbr = f"{c.county_short()}税"
    if rng.random() < 0.55:
        p = c.person(born=(1965, 1998))
        title = "税务事项通知书"
        web_head(c, office, title, when)
        if not c.pdf and rng.random() < 0.5:
            c.d.line(office)
        c.d.line(c.docno(abbr + rng.choice(("通", "税通", "限改"))))
        if rng.random() < 0.25:
            doc_name, doc_no = c.travel_doc()
            c.d.line(N(p.name), f"（证件类型：{doc_name}；证件号码：", doc_no, "）：")
        else:
            c.d.line(N(p.name), rng.choice(("（纳税人识别号：", "（身份证件号码：")), ID(p.id), "）：")
        reason = rng.choice(
            (
                f"你{yr}年度取得工资薪金所得和劳务报酬所得，未依法办理个人所得税综合所得汇算清缴",
                f"你在{yr}年度个人所得税综合所得汇算中虚假填报大病医疗、住房租金专项附加扣除",
                f"你{yr}年度从两处以上取得工资薪金所得，合并计算后应补缴个人所得税",
            )
        )
        para(
            c,
            f"经我局税收大数据分析，{reason}，应补缴税款{c.money(500, 30000)}元"
            "。根据《中华人民共和国个人所得税法》"
            "第十三条、《中华人民共和国税收征收管理法》第六十二条的"
            f"规定，限你于{fmt_date(when + dt.timedelta(days=15))}前"
            "通过个人所得税APP或到办税服务厅办理更正申报并补缴税款，滞纳金按日加收万分之五。",
        )
        para(
            c,
            "逾期不改正的，我局将依法追缴税款、滞纳金，并按照《中华人民共和国税收征收管理法》有关规定处理。"
            f"如对本通知事项不服，可自收到本通知之日起六十日内依法向国家税务总局{c.pref()}"
            "税务局申请行政复议。",
        )
        if rng.random() < 0.5:
            c.d.line(f"（联系人：{c.official()}，电话：{c.office_phone()}）")
        if rng.random() < 0.3:
            c.d.line("送达地址：", A(c.home(p)))
        if rng.random() < 0.2:
            c.d.line("电子送达邮箱：", ("email", c.email(p)))
        sign_off(c, office, when)
    else:
        title = rng.choice(("公告送达税务文书的公告", f"{office}公告（{c.year}年第{rng.randint(1, 30)}号）"))
        web_head(c, office, title, when)
        people = [c.person(born=(1960, 1998)) for _ in range(rng.randint(1, 6))]
        if len(people) <= 2 and rng.random() < 0.6:
            head: list[Item] = []
            for i, p in enumerate(people):
                if i:
                    head.append("、")
                head += [N(p.name), "（纳税人识别号：", ID(p.id), "）"]
            head.append("：")
            c.d.line(*head)
            para(
                c,
                f"因采用直接送达、邮寄送达等方式均无法送达，根据《中华人民共和国税收征收管理法实施细则》第一百零六条的规定，"
                f"现将《税务事项通知书》（{c.docno(abbr + '通')}）向你公"
                f"告送达。主要内容：你{yr}年度个人所得税综合所得应补税款"
                f"未申报缴纳，限你于本公告送达之日起十五日内到我局办理补税事宜。自公告之日起满三十日，即视为送达。",
            )
        else:
            para(
                c,
                "下列纳税人：因采用直接送达、邮寄送达等方式均无法送达，根据《中华人民共和国税收征收管理法实施细则》"
                "第一百零六条的规定，现将相关税务文书向其公告送达。自公告之日起满三十日，即视为送达。",
            )
            rows: list[list[Cell]] = []
            for i, p in enumerate(people):
                rows.append(
                    [
                        str(i + 1),
                        [N(p.name)],
                        [ID(p.id)] if rng.random() < 0.7 else c.masked_id(p),
                        "《税务事项通知书》",
                        c.docno(abbr + "通"),
                        f"{yr}年度个人所得税综合所得汇算清缴应补税款未申报",
                    ]
                )
            table(
                c,
                ["序号", "纳税人姓名", "纳税人识别号", "文书名称", "文书文号", "主要内容"],
                rows,
                c.layout(),
                title,
                bare=(1,),
            )
        para(c, f"联系电话：{c.office_phone()}")
        sign_off(c, office, when)
    web_tail(c)


def tax_penalty(c: Ctx) -> None:
    rng = c.rng
    office = tax_office(c)
    when = c.today
    abbr = f"{c.county_short()}税简罚"
    if rng.random() < 0.35 and not c.pdf:
        # 双公示 style table of simple penalties, IDs masked by rule
        title = f"{office}行政处罚信息公示（{when.year}年{when.month}月）"
        web_head(c, office, title, when)
        rows: list[list[Cell]] = []
        for i in range(rng.randint(3, 12)):
            if rng.random() < 0.5:
                p = c.person(born=(1960, 1998))
                rows.append(
                    [
                        str(i + 1),
                        c.docno(abbr),
                        [N(p.name)],
                        "自然人",
                        c.masked_id(p),
                        "未按照规定期限办理纳税申报",
                        f"罚款{rng.choice((50, 100, 200, 500))}元",
                        fmt_date(c.date(), 1),
                    ]
                )
            else:
                rows.append(
                    [
                        str(i + 1),
                        c.docno(abbr),
                        shop_name(c),
                        "个体工商户",
                        c.credit_code("92"),
                        rng.choice(("未按照规定期限办理纳税申报", "未按规定保管发票")),
                        f"罚款{rng.choice((50, 100, 200, 500))}元",
                        fmt_date(c.date(), 1),
                    ]
                )
        table(
            c,
            [
                "序号",
                "行政处罚决定书文号",
                "行政相对人名称",
                "行政相对人类别",
                "证件号码/统一社会信用代码",
                "违法行为类型",
                "处罚内容",
                "处罚决定日期",
            ],
            rows,
            c.layout(("tab", "pipe", "html", "csv", "space")),
            title,
        )
        web_tail(c)
        return
    p = c.person(born=(1960, 1998))
    title = "税务行政处罚决定书（简易）"
    web_head(c, office, title, when)
    c.d.line(c.docno(abbr))
    sp = "　" if rng.random() < 0.5 else ""
    c.d.line("被处罚人名称（姓名）：", N(p.name))
    if rng.random() < 0.5:
        c.d.line("纳税人识别号：", ID(p.id))
    else:
        c.d.line("身份证件号码：", ID(p.id), f"　　纳税人识别号：{c.credit_code('92')}")
        c.d.line(f"经营者名称：{shop_name(c)}")
    c.d.line(f"地{sp}{sp}址：", A(c.home(p)))
    if rng.random() < 0.6:
        c.d.line(rng.choice(("联系电话：", "联系方式：")), c.phone(0.3))
    start = when - dt.timedelta(days=rng.randint(40, 200))
    what = rng.choice(
        (
            ("未按照规定期限办理纳税申报和报送纳税资料", "第二十五条第一款", "第六十二条"),
            ("未按照规定的期限申报办理税务登记变更", "第十六条", "第六十条第一款"),
            ("未按规定保管发票", "第二十一条", "《中华人民共和国发票管理办法》第三十五条"),
        )
    )
    para(
        c,
        f"违法事实及处罚依据：你于{fmt_date(start)}至{fmt_date(start + dt.timedelta(days=30))}{what[0]}，"
        "违反了《中华人民共和国"
        f"税收征收管理法》{what[1]}的规定。根据"
        f"{what[2] if what[2].startswith('《') else '《中华人民共和国税收征收管理法》' + what[2]}"
        f"的规定，决定处以罚款{rng.choice((50, 100, 200, 300, 500))}元。",
    )
    para(
        c,
        "罚款缴纳方式：请于收到本决定书之日起十五日内通过电子税务局或到办税服务厅缴纳。到期不缴纳罚款的，每日按罚款数额的"
        "百分之三加处罚款。如对本决定不服，可自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内"
        "依法向人民法院起诉。",
    )
    o1, o2 = c.official(), c.official()
    c.d.line(f"执法人员：{o1}（执法证号：{badge(c)}）　{o2}（执法证号：{badge(c)}）")
    c.d.line(f"税务机关（印章）：{office}　　{fmt_date(when)}")
    if rng.random() < 0.6:
        c.d.line("被处罚人签收：", N(p.name), f"　　签收日期：{fmt_date(when)}")
    web_tail(c)


# --------------------------------------------------------------------------------------------------
# 3. market — 个体户吊销/注销, 食品经营许可注销, 烟草许可申请公示, 12315
# --------------------------------------------------------------------------------------------------


def amr(c: Ctx) -> str:
    return f"{c.cfull()}市场监督管理局"


def reg_no(c: Ctx) -> str:
    """A 15-digit 营业执照注册号 of a 个体户 (…6…): reads like an old ID by its date."""
    return f"{c.county.codes[0]}6{c.rng.randint(0, 99999999):08d}"


def market_revoke(c: Ctx) -> None:
    rng = c.rng
    office = amr(c)
    when = c.today
    cancel = rng.random() < 0.35
    if cancel:
        title = rng.choice(("个体工商户简易注销公告", f"{office}关于个体工商户简易注销的公告"))
    else:
        title = rng.choice(
            (
                "关于拟吊销个体工商户营业执照的公告",
                f"{office}行政处罚告知书公告送达",
                "关于吊销长期停业个体工商户营业执照的公告",
            )
        )
    web_head(c, office, title, when)
    if cancel:
        para(
            c,
            "下列个体工商户向我局申请简易注销登记，经营者承诺不存在未结清的债权债务。根据《中华人民共和国市场主体登记管理条例》"
            "第三十三条的规定，现予公告，公告期20日。利害关系人如有异议，可通过国家企业信用信息公示系统提出。",
        )
    else:
        para(
            c,
            "经查，下列个体工商户自领取营业执照后无正当理由超过六个月未开业，或者开业后自行停业连续六个月以上，违反了《中华"
            "人民共和国市场主体登记管理条例》的规定。我局拟依据该条例第四十六条作出吊销营业执照的行政处罚。因当事人下落不明，"
            f"现依法向其公告送达《行政处罚告知书》（{c.docno(c.county_short() + '市监罚告')}）"
            "。当事人可自公告期满之日起五个工作日内"
            "向我局提出陈述、申辩或者要求听证，逾期视为放弃。",
        )
    rows: list[list[Cell]] = []
    for i in range(rng.randint(2, 14)):
        p = c.person(born=(1960, 2000))
        name: Cell = [N(p.name)] if rng.random() < 0.15 else shop_name(c)
        code = c.credit_code("92") if rng.random() < 0.8 else reg_no(c)
        rows.append(
            [
                str(i + 1),
                name,
                code,
                [N(p.name)],
                c.shop(),
                fmt_date(c.date(rng.randint(2010, c.year - 1)), 1),
            ]
        )
    layout = c.layout()
    if layout == "numbered" or (not c.pdf and rng.random() < 0.15):
        for i, row in enumerate(rows):
            c.d.line(
                f"{i + 1}．",
                *as_items(row[1]),
                f"（统一社会信用代码/注册号：{items_text(row[2])}，经营者：",
                *as_items(row[3]),
                f"，经营场所：{items_text(row[4])}）",
            )
    else:
        table(
            c,
            ["序号", "名称", "统一社会信用代码（注册号）", "经营者", "经营场所", "成立日期"],
            rows,
            layout,
            title,
        )
    para(c, f"联系地址：{c.company_seat()}　　联系电话：{c.office_phone()}")
    sign_off(c, office, when)
    web_tail(c)


def food_licence(c: Ctx) -> str:
    return f"JY{rng_digit(c, '123')}{c.county.codes[0]}{c.rng.randint(0, 999999):06d}{c.rng.randint(0, 9)}"


def rng_digit(c: Ctx, pool: str) -> str:
    return c.rng.choice(pool)


def market_food_cancel(c: Ctx) -> None:
    rng = c.rng
    office = amr(c)
    when = c.today
    title = rng.choice(
        ("食品经营许可证注销公告", f"{office}关于注销食品经营许可证的公告", "食品经营许可注销信息公示")
    )
    web_head(c, office, title, when)
    para(
        c,
        "下列食品经营者因营业执照被注销、许可有效期届满未申请延续或者主动申请注销，根据《食品经营许可和备案管理办法》"
        "第三十八条的规定，我局依法注销其《食品经营许可证》，现予公告。",
    )
    mixed = rng.random() < 0.4
    rows: list[list[Cell]] = []
    for i in range(rng.randint(2, 12)):
        why = rng.choice(("营业执照已注销", "许可有效期届满未延续", "经营者申请注销", "营业执照被吊销"))
        if mixed and rng.random() < 0.4:
            rows.append(
                [
                    str(i + 1),
                    company_name(c),
                    c.credit_code("91"),
                    c.official(),
                    food_licence(c),
                    c.company_seat(),
                    why,
                ]
            )
        elif mixed:
            rows.append(
                [str(i + 1), shop_name(c), c.credit_code("92"), c.official(), food_licence(c), c.shop(), why]
            )
        else:
            p = c.person(born=(1960, 2000))
            code: Cell = c.credit_code("92") if rng.random() < 0.6 else [ID(p.id)]
            rows.append([str(i + 1), shop_name(c), code, [N(p.name)], food_licence(c), c.shop(), why])
    head = "法定代表人（负责人）" if mixed else "经营者"
    table(
        c,
        ["序号", "经营者名称", "社会信用代码（身份证号码）", head, "许可证编号", "经营场所", "注销原因"],
        rows,
        c.layout(),
        title,
    )
    sign_off(c, office, when)
    web_tail(c)


def market_tobacco(c: Ctx) -> None:
    rng = c.rng
    pref = c.pref()
    office = rng.choice((f"{pref}烟草专卖局{c.county.name}分局", f"{c.cfull()}烟草专卖局"))
    when = c.today
    title = rng.choice(
        (
            "烟草专卖零售许可证申请公示",
            "关于烟草专卖零售许可证新办申请的公示",
            f"{c.county.name}烟草专卖零售许可证申办信息公示",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "根据《烟草专卖许可证管理办法》《"
        f"{c.r.province}烟草专卖零售许可管理办法》的有关规定，现将申请烟草专卖零售许可证的申请人信息予以公示。公示期为"
        f"{fmt_date(when)}至{fmt_date(when + dt.timedelta(days=rng.choice((5, 7, 10))))}。",
    )
    n = rng.randint(1, 9)
    if n == 1 or rng.random() < 0.3:
        for i in range(n):
            p = c.person(born=(1965, 2000))
            if n > 1:
                c.d.line(f"{cn_num(i + 1)}、")
            c.d.line("申请人：", N(p.name))
            if rng.random() < 0.2:
                kind, grade = rng.choice(DISABILITY)
                c.d.line(
                    "申请人类别：残疾人（残疾人证号：",
                    ID(p.id),
                    f"{kind}{grade}，",
                    H(f"{DISABILITY_NAMES[kind]}残疾{cn_num(grade)}级"),
                    "），依规优先办理",
                )
            c.d.line(f"企业（字号）名称：{shop_name(c)}")
            c.d.line(f"经营地址：{c.shop()}")
            if rng.random() < 0.4:
                c.d.line("申请人住所：", A(c.home(p)))
            c.d.line(
                f"申请类型：{rng.choice(('新办', '新办', '延续', '变更经营地址'))}　"
                f"　受理编号：{c.county.codes[0]}{c.year}{rng.randint(1, 9999):04d}"
            )
    else:
        rows: list[list[Cell]] = []
        for i in range(n):
            p = c.person(born=(1965, 2000))
            rows.append(
                [
                    str(i + 1),
                    [N(p.name)],
                    shop_name(c),
                    c.shop(),
                    rng.choice(("新办", "新办", "延续", "歇业后恢复")),
                    fmt_date(when - dt.timedelta(days=rng.randint(1, 12)), 1),
                ]
            )
        table(
            c,
            ["序号", "申请人", "企业（字号）名称", "经营地址", "申请类型", "受理日期"],
            rows,
            c.layout(),
            title,
            bare=(1,),
        )
    para(
        c,
        "公示期内，如对上述申请人的经营场所是否符合合理布局要求等事项有异议，请以书面形式向我局反映。"
        f"联系电话：{c.office_phone()}；监督电话：12313。",
    )
    sign_off(c, office, when)
    web_tail(c)


def market_complaint(c: Ctx) -> None:
    rng = c.rng
    office = amr(c)
    when = c.today
    p = c.person(born=(1965, 2002))
    got = when - dt.timedelta(days=rng.randint(8, 40))
    no = f"1{c.county.codes[0]}{got:%Y%m%d}{rng.randint(0, 9999):04d}"
    kind = rng.choice(("result", "result", "refuse", "report"))
    title = {"result": "投诉处理结果告知书", "refuse": "投诉不予受理告知书", "report": "举报处理告知书"}[kind]
    web_head(c, office, title, when)
    if rng.random() < 0.5:
        c.d.line(c.docno(c.county_short() + "市监投告"))
    c.d.line(N(p.name), rng.choice(("：", "（投诉人）：", " 先生/女士：")))
    trader_person = rng.random() < 0.5
    trader: list[Item]
    options = [
        ("购买的电热水器存在漏电问题", "退还货款", "国美电器专卖店"),
        ("购买的过期食品", "退一赔十", "华联超市"),
        ("办理的美容预付卡无法使用", "退还余额", "美容美发店"),
        ("购买的二手车里程数与承诺不符", "退车", "二手车交易市场有限公司"),
    ]
    what = options[1] if kind == "report" else rng.choice(options)
    if trader_person and "二手车" not in what[0]:
        op = c.person(born=(1965, 1995))
        trader = [shop_name(c), "（经营者：", N(op.name), "）"]
    else:
        trader = [f"{c.county.name}{rng.choice(BRANDS)}{what[2]}"]
    car: list[Item] = []
    if "二手车" in what[0]:
        car = ["（车牌号：", ("license_plate", c.plate()), "）"]
    who: list[Item] = []
    if rng.random() < 0.2:
        doc_name, doc_no = c.travel_doc()
        who = [f"（{doc_name}号码：", doc_no, "）"]
    para(
        c,
        "你",
        *who,
        f"于{fmt_date(got)}通过全国12315平台（投诉编号：{no}）投诉",
        *trader,
        f"，反映你在该处{what[0]}",
        *car,
        f"，要求{what[1]}。",
    )
    if kind == "result":
        refund: list[Item]
        if rng.random() < 0.5:
            num, bank = c.card(foreign=rng.random() < 0.3)
            refund = [f"，款项已退至你名下{bank}账户（卡号：", CARD(num), "）"]
        else:
            refund = [f"，款项已原路退回至你尾号{rng.randint(1000, 9999)}的银行卡"]
        para(
            c,
            f"我局于{fmt_date(got + dt.timedelta(days=rng.randint(1, 7)))}受"
            "理后，依法组织双方进行调解。经调解，双方自愿达成协议："
            f"被投诉人退还你{c.money(100, 20000)}元",
            *refund,
            "。根据《市场监督管理投诉举报处理暂行办法》第二十九条的规定，本次调解终止，现将处理结果告知你。",
        )
    elif kind == "refuse":
        para(
            c,
            "经审查，你的投诉不符合《市场监督管理投诉举报处理暂行办法》第十五条的规定（双方已就同一事项向人民法院起诉），"
            "我局决定不予受理。",
        )
    else:
        para(
            c,
            "我局收到举报后，执法人员于"
            f"{fmt_date(got + dt.timedelta(days=rng.randint(1, 5)))}对被举"
            "报人进行了现场检查。经查，被举报人确有销售不符合食品安全标准"
            f"食品的行为，我局已依法立案调查（案号：{c.docno(c.county_short() + '市监立')}）"
            "。根据《市场监督管理投诉举报处理暂行办法》"
            "第三十一条的规定，现将处理情况告知你。",
        )
    contact: list[Item] = ["你在投诉中留存的联系电话（", MOB(c.mobile()), "）"]
    if rng.random() < 0.4:
        contact += ["及电子邮箱（", ("email", c.email(p)), "）"]
    para(c, "本告知书同时通过", *contact, "告知。")
    if rng.random() < 0.5:
        c.d.line("送达地址：", A(c.home(p)))
    para(c, f"如有疑问，请致电{c.office_phone()}或拨打12315咨询。")
    sign_off(c, office, when)
    web_tail(c)


# --------------------------------------------------------------------------------------------------
# 4. agriins — 农业保险理赔
# --------------------------------------------------------------------------------------------------

INSURERS: dict[str, tuple[tuple[str, str], ...]] = {
    "meizhou": (
        ("中国人民财产保险股份有限公司梅州市分公司", "95518"),
        ("中华联合财产保险股份有限公司梅州中心支公司", "95585"),
    ),
    "enshi": (
        ("中国人民财产保险股份有限公司恩施州分公司", "95518"),
        ("中华联合财产保险股份有限公司恩施中心支公司", "95585"),
    ),
    "honghe": (
        ("中国人民财产保险股份有限公司红河州分公司", "95518"),
        ("中国太平洋财产保险股份有限公司红河中心支公司", "95500"),
    ),
    "dandong": (
        ("中国人民财产保险股份有限公司丹东市分公司", "95518"),
        ("安华农业保险股份有限公司丹东中心支公司", ""),
    ),
    "fuyang": (
        ("国元农业保险股份有限公司阜阳中心支公司", ""),
        ("中国人民财产保险股份有限公司阜阳市分公司", "95518"),
    ),
    "hulunbuir": (
        ("安华农业保险股份有限公司呼伦贝尔中心支公司", ""),
        ("中国人民财产保险股份有限公司呼伦贝尔市分公司", "95518"),
    ),
}


def policy_no(c: Ctx, head: str = "P") -> str:
    line = c.rng.choice(("HEI", "HEK", "LAD"))
    return f"{head}{line}{c.year}{c.county.codes[0]}{c.rng.randint(0, 999999):06d}"


def ear_tag(c: Ctx, animal: str) -> str:
    code = {"能繁母猪": "1", "肉牛": "2", "奶牛": "2", "羊": "3"}[animal]
    return f"{code}{c.county.codes[0]}{c.rng.randint(0, 99999999):08d}"


def agri_payout(c: Ctx) -> None:
    rng = c.rng
    insurer, hotline = rng.choice(INSURERS[c.r.key])
    vil = rng.choice(c.r.villages)
    crop = rng.choice(c.r.crops)
    disaster = rng.choice(c.r.disasters)
    when = c.today
    office = f"{c.county.name}{c.town}人民政府" if "街道" not in c.town else f"{c.county.name}{c.town}办事处"
    title = rng.choice(
        (
            f"{c.town}{vil}{c.year}年{crop}种植保险理赔到户公示",
            f"{c.county.name}{c.year}年政策性{crop}保险理赔结果公示（{c.town}）",
            f"关于{c.town}{crop}{disaster}灾害保险理赔情况的公示",
        )
    )
    web_head(c, office, title, when)
    hit = when - dt.timedelta(days=rng.randint(15, 60))
    here = c.town[-2:] if c.town.endswith("街道") else c.town[-1]
    para(
        c,
        f"{fmt_date(hit)}，我{here}遭受{disaster}灾害，{crop}受灾严重。经{insurer}查勘定损，现将{vil}受灾农户理赔情况公示如下"
        f"（保险单号：{policy_no(c)}；报案号：{policy_no(c, 'R')}）：",
    )
    masked = rng.random() < 0.25
    with_phone = rng.random() < 0.4
    with_card = rng.random() < 0.75
    rows: list[list[Cell]] = []
    unpaid: list[Person] = []
    for i in range(rng.randint(4, 18)):
        p = c.person(born=(1945, 1985))
        area = rng.uniform(0.8, 30)
        lost = area * rng.uniform(0.2, 1)
        rate = rng.randint(20, 90)
        pay = lost * rate / 100 * rng.choice((600, 800, 1000, 1200))
        row: list[Cell] = [
            str(i + 1),
            [N(p.name)],
            c.masked_id(p) if masked else [ID(p.id)],
            f"{area:.2f}",
            f"{lost:.2f}",
            f"{rate}%",
            f"{pay:.2f}",
        ]
        if with_card:
            if rng.random() < 0.08:
                row.append("")
                unpaid.append(p)
            else:
                num, _ = c.card(grouped=False)
                row.append(num[:4] + "*" * (len(num) - 8) + num[-4:] if masked else [CARD(num)])
        if with_phone:
            row.append([c.phone(0.15)] if rng.random() < 0.85 else "")
        rows.append(row)
    headers = [
        "序号",
        rng.choice(("户主姓名", "被保险人", "农户姓名")),
        "身份证号码",
        "投保面积（亩）",
        "受灾面积（亩）",
        "损失程度",
        "赔付金额（元）",
    ]
    if with_card:
        headers.append(rng.choice(("一卡通账号", "惠农一卡通账号", "银行账号")))
    if with_phone:
        headers.append("联系电话")
    table(c, headers, rows, c.layout(), title, bare=(1,))
    if unpaid:
        items: list[Item] = [
            "以下农户尚未提供有效银行账户，赔款暂由村委会代为登记，请尽快补交：",
        ]
        for i, p in enumerate(unpaid):
            if i:
                items.append("、")
            items.append(N(p.name))
        items.append("。")
        para(c, *items)
    end = when + dt.timedelta(days=7)
    tail = (
        f"公示期：{fmt_date(when)}至{fmt_date(end)}。如有异议，请在公示期内"
        f"向镇农业农村服务中心或保险公司反映。监督电话：{c.office_phone()}"
    )
    if hotline:
        tail += f"；保险公司客服电话：{hotline}"
    para(c, tail + "。")
    sign_off(c, rng.choice((office, f"{c.town}农业农村服务中心", insurer)), when)
    web_tail(c)


def agri_livestock(c: Ctx) -> None:
    rng = c.rng
    insurer, hotline = rng.choice(INSURERS[c.r.key])
    animals = {
        "hulunbuir": ("羊", "奶牛", "肉牛"),
        "dandong": ("能繁母猪", "肉牛"),
        "enshi": ("能繁母猪", "肉牛"),
    }.get(c.r.key, ("能繁母猪",))
    animal = rng.choice(animals)
    when = c.today
    causes = {
        "能繁母猪": ("疾病（猪丹毒）", "疾病（传染性胃肠炎）", "难产", "中暑", "火灾", "疾病（猪肺疫）"),
        "肉牛": ("疾病（前胃弛缓）", "难产", "触电", "疾病（瘤胃臌气）", "摔伤"),
        "奶牛": ("疾病（乳房炎继发败血症）", "难产", "疾病（瘤胃酸中毒）", "冻死"),
        "羊": ("冻死（雪灾）", "疾病（羊快疫）", "野生动物致害", "难产"),
    }[animal]
    title = rng.choice(
        (f"{c.county.name}{c.year}年{animal}保险理赔清单", f"{animal}养殖保险理赔公示（{when.month}月）")
    )
    office = f"{c.county.name}农业农村局" if rng.random() < 0.5 else insurer
    web_head(c, office, title, when)
    para(
        c,
        f"根据《农业保险条例》及{c.r.province}政策性{animal}保险实施方案，现将{when.month}月{animal}保险理赔情况公示如下。"
        f"承保机构：{insurer}。",
    )
    rows: list[list[Cell]] = []
    for i in range(rng.randint(3, 15)):
        p = c.person(born=(1955, 1990))
        heads = rng.randint(1, 4) if animal != "羊" else rng.randint(2, 30)
        unit = {"能繁母猪": 1500, "肉牛": 8000, "奶牛": 9000, "羊": 600}[animal]
        tag = ear_tag(c, animal) + ("等" if heads > 1 else "")
        num, bank = c.card()
        rows.append(
            [
                str(i + 1),
                [N(p.name)],
                [ID(p.id)] if rng.random() < 0.8 else c.masked_id(p),
                f"{c.county.name}{rng.choice(c.county.towns)}{rng.choice(c.r.villages)}",
                tag,
                str(heads),
                rng.choice(causes),
                f"{heads * unit * rng.uniform(0.5, 1):.2f}",
                [CARD(num)],
                bank,
            ]
        )
    table(
        c,
        [
            "序号",
            "养殖户",
            "身份证号",
            "养殖场所",
            "耳标号",
            "死亡数量（头/只）",
            "死亡原因",
            "赔款（元）",
            "收款账号",
            "开户行",
        ],
        rows,
        c.layout(),
        title,
        bare=(1,),
    )
    para(
        c,
        f"以上病死畜禽均已按规定进行无害化处理。公示期5天，监督电话：{c.office_phone()}"
        + (f"，{hotline}" if hotline else "")
        + "。",
    )
    sign_off(c, office, when)
    web_tail(c)


def agri_survey(c: Ctx) -> None:
    rng = c.rng
    insurer, _ = rng.choice(INSURERS[c.r.key])
    crop = rng.choice(c.r.crops)
    disaster = rng.choice(c.r.disasters)
    when = c.today
    vil = rng.choice(c.r.villages)
    if rng.random() < 0.55:
        p = c.person(born=(1950, 1988))
        title = rng.choice(("种植业保险查勘定损记录", "农业保险现场查勘记录", f"{crop}保险查勘定损记录表"))
        web_head(c, insurer, title, when)
        d = c.d
        d.line(f"报案号：{policy_no(c, 'R')}　　保险单号：{policy_no(c)}")
        lab = rng.choice(("被保险人：", "被保险人姓名：", "农户姓名："))
        d.line(lab, N(p.name), "　　身份证号码：", ID(p.id))
        d.line("联系电话：", MOB(c.mobile()))
        if rng.random() < 0.5:
            d.line("家庭住址：", A(c.home(p, rural=True)))
        area = rng.uniform(1, 40)
        d.line(f"承保作物：{crop}　　投保面积：{area:.1f}亩　　地块位置：{c.town}{c.field_loc()}")
        hit = when - dt.timedelta(days=rng.randint(1, 6))
        d.line(f"出险时间：{fmt_date(hit)}　　出险原因：{disaster}")
        d.line(f"查勘时间：{fmt_date(when)}　　查勘方式：现场查勘、无人机航拍")
        lost = area * rng.uniform(0.3, 1)
        para(
            c,
            f"损失情况：经现场查勘，该户{crop}受灾面积{lost:.1f}亩，植株倒伏、叶片破损，按《{c.r.province}政策性农业保险"
            f"查勘定损规范》抽样测产，平均损失率{rng.randint(25, 85)}%。",
        )
        para(c, "查勘意见：属于保险责任，建议按合同约定赔付。")
        d.line(f"查勘人员：{c.official()}、{c.official()}（{insurer}）")
        if rng.random() < 0.5:
            d.line(f"村委会意见：情况属实。（{vil}村民委员会　盖章）")
        d.line("被保险人签字：", N(p.name), f"　　日期：{fmt_date(when)}")
    else:
        title = f"{vil}{crop}保险理赔公示会议记录"
        web_head(c, f"{c.county.name}{c.town}", title, when)
        d = c.d
        chair, clerk = c.official(), c.official()
        d.line(f"时间：{fmt_date(when)}上午9:00")
        d.line(f"地点：{vil}村委会会议室")
        d.line(f"主持人：{chair}（村党支部书记）")
        d.line(f"记录人：{clerk}")
        total = rng.randint(18, 40)
        d.line(
            f"参会人员：村“两委”成员、村民代表及受灾农户代表共{total}人；{insurer}查勘员{c.official()}列席。"
        )
        d.line("会议内容：")
        para(
            c,
            f"一、{chair}通报{disaster}灾害受灾情况。本村{crop}受灾{rng.randint(120, 900)}亩"
            f"，涉及农户{rng.randint(20, 90)}户，保险公司已完成"
            "查勘定损，理赔清单在村务公开栏张贴。",
        )
        d.line("二、农户代表发言。")
        speakers = [c.person(born=(1950, 1985)) for _ in range(rng.randint(2, 4))]
        says = (
            "我家{a}亩{crop}全部倒伏，查勘时保险公司的人都到了现场，定损我没意见。",
            "建议把赔款尽快打到一卡通上，马上要补种了。",
            "我家地块在河边，受灾比别家重，损失率是不是偏低，请保险公司再核一下。",
            "去年理赔公示只贴了三天，今年要贴够七天。",
        )
        for sp in speakers:
            role = rng.choice(("村民代表", "受灾农户", "村民"))
            d.para(role, N(sp.name), "：", rng.choice(says).format(a=rng.randint(2, 12), crop=crop))
        para(c, f"三、{chair}作答：对有异议的地块，由保险公司复核后再公示。")
        ok = rng.randint(total - 5, total)
        para(c, f"四、表决：参会{total}人，同意{ok}人，不同意{total - ok}人。会议同意将理赔清单张榜公示。")
        sign: list[Item] = ["参会村民代表签字："]
        for i, sp in enumerate(speakers):
            if i:
                sign.append("、")
            sign.append(N(sp.name))
        for _ in range(rng.randint(1, 4)):
            extra = c.person(born=(1950, 1985))
            sign += ["、", N(extra.name)]
        d.line(*sign)
    web_tail(c)


# --------------------------------------------------------------------------------------------------
# 5. medins — 医保
# --------------------------------------------------------------------------------------------------

DISEASES = (
    "2型糖尿病",
    "高血压病3级",
    "慢性肾衰竭（尿毒症期）",
    "冠状动脉粥样硬化性心脏病",
    "慢性阻塞性肺疾病",
    "脑梗死后遗症",
    "肺恶性肿瘤",
    "乳腺恶性肿瘤",
    "精神分裂症",
    "帕金森病",
    "类风湿关节炎",
    "肝硬化失代偿期",
)
SPECIAL_DRUGS = (
    ("慢性髓性白血病", "甲磺酸伊马替尼片"),
    ("非小细胞肺癌", "甲磺酸奥希替尼片"),
    ("HER2阳性乳腺癌", "注射用曲妥珠单抗"),
    ("多发性骨髓瘤", "注射用硼替佐米"),
    ("类风湿关节炎", "枸橼酸托法替布片"),
    ("晚期肾细胞癌", "阿昔替尼片"),
    ("中重度斑块状银屑病", "司库奇尤单抗注射液"),
    ("转移性结直肠癌", "贝伐珠单抗注射液"),
    ("不可切除的肝细胞癌", "甲磺酸仑伐替尼胶囊"),
    ("弥漫大B细胞淋巴瘤", "利妥昔单抗注射液"),
    ("特发性肺纤维化", "吡非尼酮片"),
    ("肺动脉高压", "马昔腾坦片"),
    ("慢性乙型病毒性肝炎", "富马酸丙酚替诺福韦片"),
)
LTC_GRADES = (
    "重度失能一级",
    "重度失能二级",
    "重度失能三级",
    "重度失能Ⅰ级",
    "重度失能Ⅱ级",
    "中度失能",
    "重度失智",
)


DISABILITY = ((1, 2), (1, 3), (2, 4), (3, 3), (4, 2), (4, 4))  # (类别, 等级) as in a 残疾人证号
DISABILITY_NAMES = {1: "视力", 2: "听力", 3: "言语", 4: "肢体"}


def med_office(c: Ctx) -> str:
    return f"{c.cfull()}医疗保障局"


def pharmacy(c: Ctx) -> str:
    rng = c.rng
    return rng.choice(
        (
            f"{c.county.name}{rng.choice(BRANDS)}大药房",
            f"{c.pref()[:-1]}{rng.choice(('一心堂', '老百姓', '益丰', '国大'))}药"
            f"房{c.county.name}{rng.choice(c.county.towns)}店",
            f"{c.county.name}{rng.choice(c.county.towns)}卫生院",
            rng.choice(c.r.hospitals),
        )
    )


def medins_fraud(c: Ctx) -> None:
    rng = c.rng
    office = med_office(c)
    when = c.today
    title = rng.choice(
        (
            f"{office}关于{c.year}年第{rng.randint(1, 6)}批欺诈骗取医保基金典型案例的曝光",
            f"{c.county.name}医保领域欺诈骗保典型案例通报",
            "曝光台｜欺诈骗保典型案例",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "为进一步加强医疗保障基金监管，形成“不敢骗、不能骗、不想骗”的高压态势，现将近期查处的欺诈骗取医保基金典型案例"
        "通报如下：",
    )
    for i in range(rng.randint(2, 5)):
        mark = f"{cn_num(i + 1)}、"
        x = rng.random()
        amount = c.money(800, 90000)
        if x < 0.3:
            inst = pharmacy(c)
            c.d.line(f"{mark}{inst}违规使用医保基金案")
            para(
                c,
                f"经查，{inst}（法定代表人：{c.official()}）在{c.year - 1}年"
                f"1月至{c.year - 1}年12月期间，存在串换药品、超标准收费、"
                f"将医保目录外药品替换为目录内药品进行结算等问题，涉及违规金额{amount}元。{office}依据《医疗保障基金使用监督"
                f"管理条例》第三十八条，追回违规资金，并处违规金额1.5倍罚款，暂停其医保结算业务3个月。",
            )
        elif x < 0.5:
            anon = c.anon()
            dis = rng.choice(DISEASES)
            c.d.line(f"{mark}参保人{anon}冒用他人医保凭证就医案")
            para(
                c,
                f"经查，参保人{anon}于{c.year - 1}年多次冒用其亲属的医"
                f"保凭证，以治疗“{dis}”为由在{pharmacy(c)}开药并结算，"
                f"骗取医保基金{amount}元。{office}追回全部损失，暂停其医疗费用联网结算6个月，并处骗取金额2倍罚款。",
            )
        else:
            p = c.person(born=(1950, 1990))
            dis = rng.choice(DISEASES)
            c.d.line(
                mark,
                N(p.name),
                rng.choice(("伪造票据骗取医保基金案", "冒名就医案", "倒卖医保药品案", "虚假住院骗保案")),
            )
            intro: list[Item] = ["参保人", N(p.name)]
            if rng.random() < 0.6:
                intro += [f"，{p.sex}，{p.birth.year}年出生，"]
                if rng.random() < 0.5:
                    intro += ["身份证号码：", ID(p.id), "，"]
                else:
                    intro += ["家住", A(c.home(p)), "，"]
            else:
                intro += ["（身份证号码：", c.masked_id(p), "）"]
            intro += [
                "患有",
                H(dis),
                f"，于{c.year - 1}年{rng.randint(1, 12)}月至{c.year}年{rng.randint(1, 6)}月期间，",
            ]
            intro += [
                rng.choice(
                    (
                        "利用其门诊慢特病待遇，在多家定点药店超量购药后转卖给他人",
                        "伪造医疗费用票据到医保经办机构报销",
                        "将本人医保凭证出借给他人就医",
                    )
                ),
                f"，骗取医保基金{amount}元。",
            ]
            para(c, *intro)
            para(
                c,
                f"处理情况：{office}依据《医疗保障基金使用监督管理条例》第四十一条，责令",
                N(p.name),
                "退回骗取的医保基金，暂停其医疗费用联网结算12个月，并处骗取金额2倍罚款；涉嫌犯罪部分已移送公安机关。",
            )
    para(c, f"举报电话：{c.office_phone()}　国家医保服务平台举报渠道：12393")
    sign_off(c, office, when)
    web_tail(c)


def medins_recover(c: Ctx) -> None:
    rng = c.rng
    office = med_office(c)
    when = c.today
    title = rng.choice(
        (
            f"{office}关于医保基金追回情况的通报",
            f"{c.year}年第{rng.randint(1, 4)}季度医保违规问题处理结果公示",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "根据医保基金监督检查安排，我局对辖区定点医药机构及参保人员违规使用医保基金问题进行了专项检查，现将处理结果通报如下：",
    )
    rows: list[list[Cell]] = []
    for i in range(rng.randint(4, 14)):
        x = rng.random()
        amount = c.money(200, 150000)
        if x < 0.55:
            rows.append(
                [
                    str(i + 1),
                    pharmacy(c),
                    rng.choice(("重复收费、串换项目", "超医保支付限定用药", "分解住院", "超标准收费")),
                    amount,
                    "追回违规费用，约谈负责人",
                ]
            )
        elif x < 0.7:
            rows.append([str(i + 1), "参保人" + c.anon(), "异地就医重复报销", amount, "追回"])
        else:
            p = c.person(born=(1950, 1995))
            issue = rng.choice(
                (
                    "异地就医重复报销",
                    "死亡后医保卡被冒用结算",
                    "工伤医疗费用重复报销",
                    "第三方责任医疗费用由医保支付",
                )
            )
            rows.append(
                [
                    str(i + 1),
                    ["参保人", N(p.name)],
                    issue,
                    amount,
                    "追回" + rng.choice(("", "，暂停联网结算3个月")),
                ]
            )
    table(
        c,
        ["序号", "违规主体", "违规问题", "追回金额（元）", "处理结果"],
        rows,
        c.layout(("tab", "space", "pipe", "html", "csv", "cell")),
        title,
    )
    para(
        c,
        "各定点医药机构要引以为戒，举一反三，规范诊疗和收费行为。欢迎社会各界监督，举报电话："
        + c.office_phone()
        + "。",
    )
    sign_off(c, office, when)
    web_tail(c)


def medins_special_drug(c: Ctx) -> None:
    rng = c.rng
    office = med_office(c)
    when = c.today
    title = rng.choice(
        (
            f"{c.county.name}{c.year}年第{rng.randint(1, 12)}批门诊特殊药品（单行支付药品）备案人员名单公示",
            "特药待遇备案人员名单",
            f"{c.county.name}门诊特殊病种待遇认定名单（{when.month}月）",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "经定点医疗机构责任医师评估、医保经办机构审核，下列参保人员符合特殊药品（国家谈判药品）单行支付待遇条件，现予备案公示：",
    )
    rows: list[list[Cell]] = []
    masked = rng.random() < 0.5
    for i in range(rng.randint(4, 16)):
        p = c.person(born=(1945, 1995))
        dis, drug = rng.choice(SPECIAL_DRUGS)
        start = c.date()
        rows.append(
            [
                str(i + 1),
                [N(p.name)],
                p.sex,
                c.masked_id(p) if masked else [ID(p.id)],
                [H(dis)],
                drug,
                rng.choice(c.r.hospitals),
                c.official(),
                f"{fmt_date(start, 1)}至{fmt_date(start + dt.timedelta(days=364), 1)}",
            ]
        )
    table(
        c,
        [
            "序号",
            "姓名",
            "性别",
            "身份证号码",
            "疾病名称",
            "药品名称",
            "定点医药机构",
            "责任医师",
            "备案有效期",
        ],
        rows,
        c.layout(),
        title,
        bare=(1,),
    )
    para(c, f"公示期5个工作日。如有异议，请向{office}医保经办窗口反映，电话：{c.office_phone()}。")
    sign_off(c, office, when)
    web_tail(c)


def medins_ltc(c: Ctx) -> None:
    rng = c.rng
    office = med_office(c)
    when = c.today
    title = rng.choice(
        (
            f"{c.county.name}长期护理保险失能等级评估结果公示（第{rng.randint(1, 30)}批）",
            "长期护理保险待遇享受人员名单公示",
            f"{c.county.name}{c.year}年长期护理保险待遇享受人员公示",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        f"根据《{c.r.pref}长期护理保险制度试点实施方案》，经失能等级评估，下列参保人员符合长期护理保险待遇享受条件，"
        "现予公示，公示期5个工作日。",
    )
    rows: list[list[Cell]] = []
    with_cat = rng.random() < 0.5
    with_phone = rng.random() < 0.35
    for i in range(rng.randint(4, 15)):
        p = c.person(born=(1925, 1965))
        age = c.year - p.birth.year
        grade = rng.choice(LTC_GRADES)
        cat = "失智" if "失智" in grade else "失能"
        mode = rng.choice(("居家护理", "机构护理", "居家上门护理"))
        org = f"{c.county.name}{rng.choice(BRANDS)}护理院" if mode != "居家护理" else "—"
        row: list[Cell] = [str(i + 1), [N(p.name)], p.sex, f"{age}岁", [A(c.home(p))]]
        if with_cat:
            row.append(cat)
        row += [[H(grade)], f"{rng.randint(0, 40)}分", mode, org]
        if with_phone:
            row.append([c.phone(0.5)])
        rows.append(row)
    headers = [
        "序号",
        "姓名",
        "性别",
        "年龄",
        "住址",
        *(["类别"] if with_cat else []),
        "失能等级",
        "评估得分",
        "护理方式",
        "护理服务机构",
    ]
    if with_phone:
        headers.append("家属联系电话")
    table(c, headers, rows, c.layout(), title, bare=(1,))
    para(c, f"对公示对象有异议的，请于公示期内向{office}或评估机构反映。联系电话：{c.office_phone()}。")
    sign_off(c, office, when)
    web_tail(c)


# --------------------------------------------------------------------------------------------------
# 6. labour — 仲裁公告送达, 欠薪黑名单, 工伤认定, 工资代发清单
# --------------------------------------------------------------------------------------------------

PROJECTS = (
    "花园二期项目",
    "安置小区建设项目",
    "中学教学楼工程",
    "乡村振兴示范片道路工程",
    "人民医院住院楼项目",
    "污水处理厂配套管网工程",
)
TRADES = ("钢筋工", "木工", "砌筑工", "架子工", "混凝土工", "抹灰工", "水电工", "杂工", "焊工", "油漆工")
INJURIES = (
    ("左手食指末节离断伤", "左手"),
    ("右胫腓骨骨折", "右小腿"),
    ("腰1椎体压缩性骨折", "腰部"),
    ("左桡骨远端骨折", "左前臂"),
    ("右足跟骨粉碎性骨折", "右足"),
    ("颅脑损伤、硬膜下血肿", "头部"),
    ("右眼角膜穿通伤", "右眼"),
    ("左膝半月板损伤", "左膝"),
    ("多发肋骨骨折", "胸部"),
)


def hrss(c: Ctx) -> str:
    return f"{c.cfull()}人力资源和社会保障局"


def project(c: Ctx) -> str:
    return (
        f"{c.county.name}{c.rng.choice(c.r.estates)}{c.rng.choice(PROJECTS)}"
        if c.rng.random() < 0.5
        else (f"{c.county.name}{c.rng.choice(PROJECTS)}")
    )


def case_no(c: Ctx) -> str:
    return f"{c.county_short()}劳人仲案字〔{c.year}〕{c.rng.randint(1, 600)}号"


def labour_arbitration(c: Ctx) -> None:
    rng = c.rng
    office = f"{c.cfull()}劳动人事争议仲裁委员会"
    when = c.today
    hearing = when + dt.timedelta(days=rng.randint(35, 60))
    hour = rng.choice(("9时00分", "9时30分", "14时30分", "15时00分"))
    room = (
        f"本委第{cn_num(rng.randint(1, 3))}仲裁庭"
        f"（{c.county.name}{rng.choice(c.r.roads)}{rng.randint(1, 200)}号"
        "）"
    )
    if rng.random() < 0.6:
        applicant = c.person(born=(1965, 2000))
        person_resp = rng.random() < 0.45
        title = rng.choice(("公告", "仲裁文书送达公告", f"{office}公告送达"))
        web_head(c, office, title, when)
        if person_resp:
            resp = c.person(sex="男", born=(1965, 1990))
            if rng.random() < 0.4:
                c.d.line(N(resp.name), "（身份证号码：", ID(resp.id), "）：")
            else:
                c.d.line(N(resp.name), "：")
            target: list[Item] = ["你"]
            lead: list[Item] = ["申请人", N(applicant.name), "与被申请人", N(resp.name)]
        else:
            comp = company_name(c)
            c.d.line(f"{comp}：")
            target = ["你单位"]
            lead = ["申请人", N(applicant.name), "与被申请人", comp]
        para(
            c,
            "本委受理",
            *lead,
            f"劳动争议一案（{case_no(c)}），因",
            *target,
            "下落不明，通过其他方式无法送达，依照《劳动人事争议仲裁办案规则》第二十二条的规定，现向",
            *target,
            "公告送达仲裁申请书副本、受理（应诉）通知书、举证通知书、仲裁庭组成通知书及开庭通知书。自本公告发布之日起，"
            "经过三十日即视为送达。提出答辩的期限为公告期满之日起十日内。本案定于"
            f"{fmt_date(hearing)}{hour}在{room}开庭审理，逾期不到庭的，本委将依法缺席裁决。",
        )
        if rng.random() < 0.5:
            para(
                c,
                "申请人的仲裁请求：1．裁决被申请人支付拖欠工资",
                f"{c.money(3000, 60000)}元；2．裁决被申请人支付未签订"
                f"书面劳动合同二倍工资差额{c.money(3000, 40000)}元。",
            )
        para(c, "特此公告。")
        if rng.random() < 0.5:
            c.d.line(f"仲裁员：{c.official()}　　书记员：{c.official()}　　联系电话：{c.office_phone()}")
        sign_off(c, office, when)
    else:
        title = rng.choice(
            ("仲裁文书公告送达汇总", f"{office}公告送达文书（{c.year}年第{rng.randint(1, 20)}期）")
        )
        web_head(c, office, title, when)
        para(
            c,
            "下列案件的当事人因下落不明或以其他方式无法送达，本委依照《劳动人事争议仲裁办案规则》第二十二条的规定，向其公告送达"
            "相关仲裁文书。自本公告发布之日起经过三十日，即视为送达。",
        )
        rows: list[list[Cell]] = []
        for i in range(rng.randint(2, 10)):
            a = c.person(born=(1965, 2000))
            if rng.random() < 0.4:
                r = c.person(sex="男", born=(1965, 1990))
                resp_cell: Cell = [N(r.name)]
            else:
                resp_cell = company_name(c)
            doc = rng.choice(("仲裁申请书副本、开庭通知书", "仲裁裁决书", "调解书", "不予受理通知书"))
            date_cell = (
                fmt_date(when + dt.timedelta(days=rng.randint(35, 70)), 1)
                + " "
                + rng.choice(("09:00", "09:30", "14:30"))
                if "开庭" in doc
                else "—"
            )
            rows.append([str(i + 1), case_no(c), [N(a.name)], resp_cell, doc, date_cell])
        table(c, ["序号", "案号", "申请人", "被申请人", "送达文书", "开庭时间"], rows, c.layout(), title)
        para(c, f"当事人可到本委立案窗口领取上述文书。联系电话：{c.office_phone()}。")
        sign_off(c, office, when)
    web_tail(c)


def labour_blacklist(c: Ctx) -> None:
    rng = c.rng
    office = hrss(c)
    when = c.today
    title = rng.choice(
        (
            f"{office}关于公布重大劳动保障违法行为的公告（{c.year}年第{rng.randint(1, 4)}期）",
            f"{c.county.name}拖欠农民工工资“黑名单”公布",
            "重大劳动保障违法行为社会公布",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "根据《重大劳动保障违法行为社会公布办法》和《保障农民工工资支付条例》的规定，现将我局查处的拖欠农民工工资违法行为"
        "向社会公布如下：",
    )
    n = rng.randint(2, 5)
    for i in range(n):
        mark = f"{cn_num(i + 1)}、"
        workers = rng.randint(5, 80)
        owed = c.money(30000, 1500000)
        prj = project(c)
        if rng.random() < 0.5:
            comp = company_name(c)
            c.d.line(f"{mark}{comp}拖欠农民工工资案")
            para(
                c,
                f"{comp}（统一社会信用代码：{c.credit_code('91')}；法定代表人：{c.official()}；注册地址：{c.company_seat()}）"
                f"在承建{prj}期间，拖欠{workers}名农民工工资共计{owed}元。{fmt_date(c.date())}，我局依法下达《劳动保障监察限期整改"
                "指令书》，该单位逾期未改正。我局已依法将其列入拖欠农民工工资失信联合惩戒对象名单，并将涉嫌拒不支付劳动报酬罪案件"
                "移送公安机关。",
            )
        else:
            p = c.person(sex="男", born=(1965, 1990))
            comp = company_name(c)
            c.d.line(mark, N(p.name), "拖欠农民工工资案")
            items: list[Item] = [N(p.name), "（"]
            if rng.random() < 0.7:
                items += ["身份证号码：", ID(p.id)]
            else:
                items += ["身份证号码：", c.masked_id(p)]
            if rng.random() < 0.5:
                items += ["，住址：", A(c.home(p))]
            if rng.random() < 0.3:
                items += ["，联系电话：", MOB(c.mobile())]
            items += [
                f"）系{prj}{rng.choice(TRADES)[:-1]}班组包工头，承包{comp}分包的劳务作业后，拖欠{workers}名农民工工资共计{owed}元，"
                f"于{fmt_date(c.date())}后关闭手机逃匿。我局已依法立案调查，并将其列入拖欠农民工工资失信联合惩戒对象名单。",
            ]
            para(c, *items)
    para(c, f"欢迎社会各界监督。举报投诉电话：12333，{c.office_phone()}。")
    sign_off(c, office, when)
    web_tail(c)


def labour_injury(c: Ctx) -> None:
    rng = c.rng
    office = hrss(c)
    when = c.today
    p = c.person(born=(1962, 2000))
    comp = company_name(c)
    inj = rng.sample(INJURIES, rng.randint(1, 2))
    hit = when - dt.timedelta(days=rng.randint(40, 200))
    hosp = rng.choice(c.r.hospitals)
    ok = rng.random() < 0.8
    title = "认定工伤决定书" if ok else "不予认定工伤决定书"
    web_head(c, office, title if rng.random() < 0.6 else f"{comp}：工伤认定决定书公告送达", when)
    d = c.d
    d.line(c.docno(c.county_short() + "人社工伤认字"))
    if rng.random() < 0.4:
        para(
            c,
            f"{comp}：本局已就",
            N(p.name),
            "的工伤认定申请作出决定，因你单位下落不明，现依法公告送达。自公告之日起经过六十日，即视为送达。决定书内容如下：",
        )
    apply_person = rng.random() < 0.7
    if apply_person:
        d.line("申请人：", N(p.name))
    else:
        d.line(f"申请人：{comp}")
    sp = rng.choice(("", "　"))
    d.line("受伤害职工：", N(p.name), f"　　性{sp}别：{p.sex}")
    d.line("身份证号码：", ID(p.id))
    if rng.random() < 0.5:
        d.line("家庭住址：", A(c.home(p)))
    if rng.random() < 0.3:
        d.line("联系电话：", c.phone(0.3))
    if rng.random() < 0.1:
        d.line("电子邮箱：", ("email", c.email(p)))
    trade = rng.choice(TRADES)
    d.line(f"用人单位：{comp}")
    d.line(f"职业工种或工作岗位：{trade}")
    d.line(f"事故时间：{fmt_date(hit)}　　事故地点：{project(c)}施工现场")
    d.line("受伤害部位：", *[x for i, (_, part) in enumerate(inj) for x in (["、"] if i else []) + [H(part)]])
    d.line("受伤害经过、医疗救治的基本情况和诊断结论：")
    diag: list[Item] = []
    for i, (injury, _) in enumerate(inj):
        if i:
            diag.append("、")
        diag.append(H(injury))
    para(
        c,
        f"{fmt_date(hit)}{rng.randint(8, 17)}时许，",
        N(p.name),
        f"在{comp}承建的项目施工现场从事{trade[:-1]}作业时，"
        + rng.choice(("被坠落的钢管砸伤", "从脚手架上跌落受伤", "被搅拌机卷入受伤", "在搬运模板时摔倒受伤"))
        + f"，随即被送往{hosp}救治，经诊断为：",
        *diag,
        "。",
    )
    if ok:
        para(
            c,
            N(p.name),
            "受到的事故伤害，符合《工伤保险条例》第十四条第（一）项之规定，属于工伤认定范围，现予以认定为工伤。",
        )
        if rng.random() < 0.25:
            para(
                c,
                f"（附：{fmt_date(when + dt.timedelta(days=rng.randint(60, 120)))}，"
                f"经{c.pref()}劳动能力鉴定委员会鉴定，",
                N(p.name),
                "的伤残程度为",
                H(f"{cn_num(rng.randint(5, 10))}级伤残"),
                "。）",
            )
    else:
        para(
            c,
            "经调查核实，",
            N(p.name),
            "受伤时系在下班后从事与工作无关的私人活动，不符合《工伤保险条例》第十四条、第十五条认定工伤或者视同工伤的情形，"
            "决定不予认定为工伤。",
        )
    para(
        c,
        f"如对本工伤认定决定不服，可自收到本决定书之日起六十日内向{c.pref()}人民政府"
        f"申请行政复议，或者六个月内向{c.county.name}人民法院提起行政诉讼。",
    )
    sign_off(c, office, when)
    web_tail(c)


def labour_payroll(c: Ctx) -> None:
    rng = c.rng
    prj = project(c)
    comp = company_name(c)
    when = c.today
    month = (when.replace(day=1) - dt.timedelta(days=1)).month
    title = rng.choice(
        (
            f"{prj}{when.year}年{month}月农民工工资发放表",
            f"农民工工资专用账户代发工资明细（{prj}）",
            f"{prj}农民工工资支付公示",
        )
    )
    web_head(c, f"{c.county.name}住房和城乡建设局" if rng.random() < 0.5 else hrss(c), title, when)
    c.d.line(f"施工总承包单位：{comp}　　专用账户开户行：{rng.choice(c.r.banks)}{c.county.name}支行")
    if rng.random() < 0.5:
        c.d.line(f"专用账户账号：{rng.randint(10, 99)}{rng.randint(0, 10**14):014d}（单位账户）")
    leader = c.person(sex="男", born=(1965, 1985))
    c.d.line(
        "班组：",
        rng.choice(TRADES)[:-1] + "班组",
        "　　班组长：",
        N(leader.name),
        "　　联系电话：",
        MOB(c.mobile()),
    )
    rows: list[list[Cell]] = []
    people = [leader] + [c.person(born=(1960, 2002)) for _ in range(rng.randint(3, 16))]
    rng.shuffle(people)
    with_phone = rng.random() < 0.3
    for i, p in enumerate(people):
        days = rng.randint(8, 31)
        rate = rng.choice((180, 200, 220, 250, 280, 300, 350))
        gross = days * rate
        num, bank = c.card()
        row: list[Cell] = [
            str(i + 1),
            [N(p.name)],
            [ID(p.id)],
            rng.choice(TRADES),
            str(days),
            f"{gross:.2f}",
            f"{gross:.2f}",
            [CARD(num)],
            bank,
        ]
        if with_phone:
            row.append([MOB(c.mobile(fmt=False))])
        row.append("")
        rows.append(row)
    headers = [
        "序号",
        "姓名",
        "身份证号码",
        "工种",
        "出勤天数",
        "应发工资（元）",
        "实发工资（元）",
        "银行卡号",
        "开户银行",
    ]
    if with_phone:
        headers.append("联系电话")
    headers.append("本人签字")
    table(c, headers, rows, c.layout(), title, bare=(1,))
    c.d.line(f"劳资专管员：{c.official()}　　项目负责人：{c.official()}　　（{comp}）")
    para(c, f"农民工如对工资发放有异议，请拨打欠薪维权电话：12333 或 {c.office_phone()}。")
    web_tail(c)


# --------------------------------------------------------------------------------------------------
# 7. housingfund — 住房公积金
# --------------------------------------------------------------------------------------------------


def hf_office(c: Ctx) -> str:
    pref = c.pref()
    return c.rng.choice((f"{pref}住房公积金管理中心{c.county.name}管理部", f"{pref}住房公积金管理中心"))


def loan_no(c: Ctx, year: int | None = None) -> str:
    y = year or c.rng.randint(2012, c.year - 2)
    return f"（{y}）{c.county_short()}公积金借字第{c.rng.randint(1, 9999):04d}号"


def hf_overdue(c: Ctx) -> None:
    rng = c.rng
    office = hf_office(c)
    when = c.today
    if rng.random() < 0.4:
        p = c.person(born=(1965, 1992))
        co = (
            c.person(sex="女" if p.sex == "男" else "男", born=(p.birth.year - 4, p.birth.year + 4))
            if rng.random() < 0.5
            else None
        )
        title = rng.choice(("住房公积金贷款逾期催收通知书", "催收公告"))
        web_head(c, office, title, when)
        head: list[Item] = [N(p.name), "（身份证号码：", ID(p.id), "）"]
        if co:
            head += [
                "、",
                N(co.name),
                "（共同借款人，身份证号码：",
                ID(co.id) if rng.random() < 0.6 else c.masked_id(co),
                "）",
            ]
        head.append("：")
        c.d.line(*head)
        loan_date = c.date(rng.randint(2012, c.year - 2))
        para(
            c,
            f"你于{fmt_date(loan_date)}与本中心及受托银行签订《个人住房公积"
            f"金借款合同》（合同编号：{loan_no(c, loan_date.year)}），借款"
            f"{rng.randint(10, 60)}万元用于购买坐落于",
            A(c.home(p, rural=False)),
            f"的住房，并以该房屋设定抵押。截至{fmt_date(when)}，你已连续逾期{rng.randint(3, 18)}期"
            f"，逾期本息合计{c.money(3000, 90000)}元。",
        )
        if rng.random() < 0.3:
            para(
                c,
                "本中心已于",
                fmt_date(when - dt.timedelta(days=20)),
                "向你预留的手机号码（",
                MOB(c.mobile()),
                "）及电子邮箱（",
                ("email", c.email(p)),
                "）发送催收通知。",
            )
        para(
            c,
            "因多次电话、上门催收未果，现通过本公告催告你于公告之日起三十日内到受托银行归还全部逾期本息。逾期不还的，本中心将"
            "依法提起诉讼，申请处置抵押房屋，并将你的逾期信息报送金融信用信息基础数据库。",
        )
        sign_off(c, office, when)
    else:
        title = rng.choice(
            (
                "住房公积金个人贷款逾期催收公告",
                f"关于催收逾期住房公积金贷款的公告（{c.year}年第{rng.randint(1, 6)}期）",
            )
        )
        web_head(c, office, title, when)
        para(
            c,
            "下列借款人未按照《个人住房公积金借款合同》的约定按期偿还贷款本息，经本中心多次催收仍未归还。现予公告，请借款人"
            "自公告之日起三十日内归还全部逾期本息，逾期不还的，本中心将依法提起诉讼并处置抵押房屋。",
        )
        rows: list[list[Cell]] = []
        masked = rng.random() < 0.3
        for i in range(rng.randint(3, 12)):
            p = c.person(born=(1965, 1992))
            rows.append(
                [
                    str(i + 1),
                    [N(p.name)],
                    c.masked_id(p) if masked else [ID(p.id)],
                    loan_no(c),
                    [A(c.home(p, rural=False))],
                    str(rng.randint(3, 24)),
                    c.money(2000, 120000),
                ]
            )
        table(
            c,
            ["序号", "借款人", "身份证号码", "借款合同编号", "抵押房屋坐落", "逾期期数", "逾期本息（元）"],
            rows,
            c.layout(),
            title,
            bare=(1,),
        )
        para(c, f"咨询电话：{c.office_phone()}　　全国住房公积金服务热线：12329")
        sign_off(c, office, when)
    web_tail(c)


def hf_withdraw(c: Ctx) -> None:
    rng = c.rng
    office = hf_office(c)
    when = c.today
    title = rng.choice(
        (
            f"{c.year}年{when.month}月住房公积金特殊提取审核结果公示",
            "重大疾病提取住房公积金审核公示",
            "住房公积金提取审核公示",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "根据住房公积金提取管理规定，对下列职工提出的提取申请进行了审核，现予公示。公示期5个工作日，接受社会监督。",
    )
    rows: list[list[Cell]] = []
    for i in range(rng.randint(4, 14)):
        p = c.person(born=(1960, 1995))
        x = rng.random()
        reason: Cell
        if x < 0.35:
            reason = ["本人患", H(rng.choice((*DISEASES, "恶性肿瘤", "尿毒症")))]
            typ = "重大疾病"
        elif x < 0.5:
            rel = rng.choice(("配偶", "子女", "父亲", "母亲"))
            reason = [
                f"{rel}患",
                H(rng.choice(("恶性肿瘤", "尿毒症", "白血病", "再生障碍性贫血", "脑出血后遗症"))),
            ]
            typ = "重大疾病"
        else:
            typ = rng.choice(("购买自住住房", "租赁住房", "离退休", "偿还住房贷款", "城镇最低生活保障"))
            reason = typ
        unit = rng.choice(
            (
                company_name(c),
                f"{c.county.name}{rng.choice(c.county.towns)}人民政府",
                f"{c.county.name}第{cn_num(rng.randint(1, 5))}中学",
                rng.choice(c.r.hospitals),
            )
        )
        rows.append([str(i + 1), [N(p.name)], c.masked_id(p), unit, typ, reason, c.money(3000, 200000)])
    table(
        c,
        ["序号", "职工姓名", "身份证号码", "单位名称", "提取类型", "提取原因", "提取金额（元）"],
        rows,
        c.layout(),
        title,
        bare=(1,),
    )
    para(c, f"监督电话：{c.office_phone()}")
    sign_off(c, office, when)
    web_tail(c)


def hf_violation(c: Ctx) -> None:
    rng = c.rng
    office = hf_office(c)
    when = c.today
    title = rng.choice(
        (
            "关于违规提取住房公积金典型案例的通报",
            "骗提套取住房公积金案例曝光",
            f"{office}违规提取行为处理情况通报",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "为维护住房公积金缴存职工合法权益，严厉打击骗提套取住房公积金行为，现将近期查处的典型案例通报如下：",
    )
    for i in range(rng.randint(2, 4)):
        mark = f"案例{cn_num(i + 1)}：" if rng.random() < 0.5 else f"{cn_num(i + 1)}、"
        amount = c.money(8000, 150000)
        x = rng.random()
        if x < 0.25:
            anon = c.anon()
            para(
                c,
                f"{mark}某公司职工{anon}通过中介人员伪造购房合同和购房发票，违规提取住房公积金{amount}元。本中心已责令其全额退回，"
                "五年内不得提取住房公积金、申请住房公积金贷款。",
            )
            continue
        p = c.person(born=(1965, 1995))
        what = rng.choice(
            (
                ("伪造《商品房买卖合同》及购房发票", "购房"),
                ("虚构租赁关系，提供虚假租房合同", "租房"),
                ("伪造与用人单位解除劳动关系证明", "离职"),
                ("隐瞒配偶已提取的事实，以配偶患病为由重复提交申请", "重大疾病"),
            )
        )
        items: list[Item] = [
            mark,
            f"{rng.choice(c.county.towns)}职工" if rng.random() < 0.4 else "缴存职工",
            N(p.name),
        ]
        if rng.random() < 0.6:
            items += ["（身份证号码：", ID(p.id) if rng.random() < 0.6 else c.masked_id(p), "）"]
        if what[1] == "重大疾病":
            sp = c.person(sex="女" if p.sex == "男" else "男", born=(p.birth.year - 4, p.birth.year + 4))
            items += [
                "，其配偶",
                N(sp.name),
                "患",
                H(rng.choice(("恶性肿瘤", "尿毒症", "脑出血"))),
                f"，已于{c.year - 1}年提取住房公积金，",
                N(p.name),
                f"{what[0]}，违规提取住房公积金{amount}元。",
            ]
        else:
            items += [f"{what[0]}，以{what[1]}名义违规提取住房公积金{amount}元。"]
        para(c, *items)
        para(
            c,
            "处理结果：本中心依据《住房公积金管理条例》第三十七条的规定，责令",
            N(p.name),
            "限期退回违规提取的资金，记入住房公积金个人失信记录，三年内不得办理住房公积金提取和贷款业务。",
        )
    para(c, f"举报电话：12329、{c.office_phone()}　　举报邮箱：gjjjb@{c.r.key}.gov.cn")
    sign_off(c, office, when)
    web_tail(c)


# --------------------------------------------------------------------------------------------------
# 8. credit — 失信名单, 信用修复, 拖欠工资失信名单
# --------------------------------------------------------------------------------------------------

CREDIT_ACTS = (
    (
        "拒不履行生效法律文书确定的给付义务",
        "人民法院",
        "《最高人民法院关于公布失信被执行人名单信息的若干规定》",
    ),
    ("骗取社会保险待遇", "人力资源和社会保障局", "《社会保险法》第八十八条"),
    ("逃避缴纳税款", "税务局", "《重大税收违法失信主体信息公布管理办法》"),
    ("骗取医保基金", "医疗保障局", "《医疗保障基金使用监督管理条例》第四十一条"),
    ("拒不缴纳罚款", "城市管理综合执法局", "《行政处罚法》第七十二条"),
)


def credit_office(c: Ctx) -> str:
    return c.rng.choice(
        (
            f"{c.cfull()}社会信用体系建设领导小组办公室",
            f"{c.cfull()}发展和改革局",
            f"{c.county.name}信用办",
        )
    )


def credit_dishonest(c: Ctx) -> None:
    rng = c.rng
    office = credit_office(c)
    when = c.today
    title = rng.choice(
        (
            f"关于公布{c.year}年第{rng.randint(1, 12)}批失信联合惩戒对象名单的公告",
            f"{c.county.name}失信联合惩戒对象名单（第{rng.randint(1, 9)}批）",
            "失信主体名单公示",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "根据《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）"
        f"和《{c.r.province}社会信用条例》的有关规定，经各认定单位认定，现将失信联合惩戒对象名单公布如下：",
    )
    rows: list[list[Cell]] = []
    plate_rows = False
    for i in range(rng.randint(3, 14)):
        act, unit, basis = rng.choice(CREDIT_ACTS)
        unit_full = f"{c.county.name}{unit}" if unit != "税务局" else f"国家税务总局{c.cfull()}税务局"
        day = fmt_date(c.date(), 1)
        if rng.random() < 0.3:
            rows.append(
                [str(i + 1), company_name(c), c.credit_code("91"), c.official(), act, unit_full, basis, day]
            )
            continue
        p = c.person(born=(1960, 1995))
        if rng.random() < 0.2:
            act = "超限超载运输严重违法"
            unit_full = f"{c.county.name}交通运输局"
            basis = "《公路安全保护条例》"
            plate_rows = True
            act_cell: Cell = [act, "（车辆：", ("license_plate", c.plate()), "）"]
        else:
            act_cell = act
        idc: Cell = [ID(p.id)] if rng.random() < 0.65 else c.masked_id(p)
        if rng.random() < 0.08:
            doc_name, doc_no = c.travel_doc()
            idc = [f"{doc_name} ", doc_no]
        rows.append([str(i + 1), [N(p.name)], idc, "—", act_cell, unit_full, basis, day])
    del plate_rows
    table(
        c,
        [
            "序号",
            "失信主体名称",
            "统一社会信用代码/身份证号码",
            "法定代表人",
            "失信行为",
            "认定单位",
            "认定依据",
            "列入日期",
        ],
        rows,
        c.layout(),
        title,
    )
    para(
        c,
        "失信主体对认定有异议的，可自公布之日起十五个工作日内向认定单位书面提出。名单有效期届满或完成信用修复后，将及时移出。",
    )
    sign_off(c, office, when)
    web_tail(c)


def credit_repair(c: Ctx) -> None:
    rng = c.rng
    office = credit_office(c)
    when = c.today
    if rng.random() < 0.35:
        p = c.person(born=(1960, 1995))
        title = "信用修复决定书"
        web_head(c, office, title, when)
        c.d.line(c.docno(c.county_short() + "信修"))
        c.d.line(N(p.name), "（身份证号码：", ID(p.id), "）：")
        para(
            c,
            f"你于{fmt_date(when - dt.timedelta(days=rng.randint(5, 30)))}提"
            "交的信用修复申请收悉。经审核，你已履行"
            f"{c.county.name}人民法院（{c.year - 1}）{c.county_short()}执{rng.randint(100, 3000)}号"
            "案件确定的给付义务，并提交了信用承诺书，"
            "符合信用修复条件。根据《失信行为纠正后的信用信息修复管理办法（试行）》的规定，本机关决定对你的失信信息予以修复，"
            "自本决定作出之日起停止公示。",
        )
        if rng.random() < 0.5:
            c.d.line("联系电话：", MOB(c.mobile()), "　　送达地址：", A(c.home(p)))
        sign_off(c, office, when)
    else:
        title = rng.choice(
            (
                f"{c.year}年第{rng.randint(1, 12)}批信用修复结果公示",
                "信用修复信息公示",
                "行政处罚信息信用修复公示",
            )
        )
        web_head(c, office, title, when)
        para(
            c,
            "下列主体已主动纠正失信行为、履行相关义务并作出信用承诺，经审核符合信用修复条件，现将修复结果公示如下：",
        )
        rows: list[list[Cell]] = []
        for i in range(rng.randint(3, 14)):
            x = rng.random()
            pen = c.docno(c.county_short() + rng.choice(("市监罚", "税罚", "环罚", "应急罚")))
            day = fmt_date(c.date(), 1)
            if x < 0.45:
                rows.append([str(i + 1), company_name(c), c.credit_code("91"), "—", pen, day])
            elif x < 0.75:
                p = c.person(born=(1960, 1998))
                rows.append([str(i + 1), shop_name(c), c.credit_code("92"), [N(p.name)], pen, day])
            else:
                p = c.person(born=(1960, 1998))
                rows.append(
                    [
                        str(i + 1),
                        [N(p.name)],
                        c.masked_id(p) if rng.random() < 0.5 else [ID(p.id)],
                        [N(p.name)],
                        pen,
                        day,
                    ]
                )
        table(
            c,
            [
                "序号",
                "主体名称",
                "统一社会信用代码（身份证号码）",
                "经营者/当事人",
                "原处罚决定书文号",
                "修复日期",
            ],
            rows,
            c.layout(),
            title,
        )
        sign_off(c, office, when)
    web_tail(c)


def credit_wage(c: Ctx) -> None:
    rng = c.rng
    office = hrss(c)
    when = c.today
    title = rng.choice(
        (
            f"{office}关于拖欠农民工工资失信联合惩戒对象名单的公告",
            "拖欠农民工工资失信联合惩戒对象名单",
            f"{c.county.name}{c.year}年拖欠农民工工资失信联合惩戒对象名单（第{rng.randint(1, 5)}批）",
        )
    )
    web_head(c, office, title, when)
    para(
        c,
        "根据《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）第五条的规定，经提前书面告知"
        "当事人陈述申辩，我局决定将下列用人单位及自然人列入拖欠农民工工资失信联合惩戒对象名单，期限为三年。",
    )
    rows: list[list[Cell]] = []
    for i in range(rng.randint(2, 9)):
        owed = c.money(50000, 900000)
        if rng.random() < 0.45:
            rep = c.official()
            p0 = c.person(born=(1960, 1990))
            c.labelled.remove(p0.name)
            rows.append(
                [
                    str(i + 1),
                    company_name(c),
                    c.credit_code("91"),
                    f"{rep}（{c.masked_id(p0)}）",
                    f"拖欠农民工工资{owed}元",
                    fmt_date(c.date(), 1),
                ]
            )
        else:
            p = c.person(sex="男", born=(1962, 1992))
            rows.append(
                [
                    str(i + 1),
                    [N(p.name)],
                    [ID(p.id)] if rng.random() < 0.7 else c.masked_id(p),
                    "—（自然人包工头）",
                    f"作为不具备合法经营资格的实际施工人，拖欠农民工工资{owed}元",
                    fmt_date(c.date(), 1),
                ]
            )
    table(
        c,
        [
            "序号",
            "失信主体",
            "统一社会信用代码/身份证号码",
            "法定代表人（身份证号码）",
            "失信行为",
            "列入日期",
        ],
        rows,
        c.layout(),
        title,
    )
    para(
        c,
        "列入名单的失信主体，在政府资金支持、政府采购、招投标、融资贷款、市场准入、评优评先等方面依法依规予以限制。"
        f"联系电话：{c.office_phone()}。",
    )
    sign_off(c, office, when)
    web_tail(c)


# ==================================================================================================
# FAMILIES-END
# ==================================================================================================

FAMILIES: dict[str, tuple[tuple[str, Callable[[Ctx], None], int], ...]] = {
    "realestate": (
        ("first_reg", realestate_first_reg, 3),
        ("correction", realestate_correction, 2),
        ("cert_void", realestate_cert_void, 2),
        ("cancel", realestate_cancel, 2),
        ("inherit", realestate_inherit, 2),
    ),
    "tax": (
        ("arrears", tax_arrears, 3),
        ("abnormal", tax_abnormal, 2),
        ("iit_notice", tax_iit_notice, 2),
        ("penalty", tax_penalty, 2),
    ),
    "market": (
        ("revoke", market_revoke, 3),
        ("food_cancel", market_food_cancel, 2),
        ("tobacco", market_tobacco, 2),
        ("complaint", market_complaint, 3),
    ),
    "agriins": (
        ("payout", agri_payout, 4),
        ("livestock", agri_livestock, 3),
        ("survey", agri_survey, 3),
    ),
    "medins": (
        ("fraud", medins_fraud, 3),
        ("recover", medins_recover, 2),
        ("special_drug", medins_special_drug, 2),
        ("ltc", medins_ltc, 2),
    ),
    "labour": (
        ("arbitration", labour_arbitration, 3),
        ("blacklist", labour_blacklist, 2),
        ("injury", labour_injury, 3),
        ("payroll", labour_payroll, 2),
    ),
    "housingfund": (
        ("overdue", hf_overdue, 3),
        ("withdraw", hf_withdraw, 2),
        ("violation", hf_violation, 2),
    ),
    "credit": (
        ("dishonest", credit_dishonest, 3),
        ("repair", credit_repair, 2),
        ("wage", credit_wage, 2),
    ),
}

# --------------------------------------------------------------------------------------------------
# Checks: spans exact, no overlap, valid numbers, every mention labelled, nothing personal by accident
# --------------------------------------------------------------------------------------------------

PLATE_RE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{5,6}"
)
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
CARD_RE = re.compile(r"(?<!\d)\d{16,19}(?!\d)")
MAIL_RE = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")
KNOWN_CODES = frozenset(code for r in REGIONS for cty in r.counties for code in cty.codes)


class Redraw(Exception):
    pass


def id_valid(s: str) -> bool:
    return (
        len(s) == 18
        and s[:17].isdigit()
        and id_check(s[:17]) == s[17].upper()
        and real_date(s[6:14])
        and s[:6] in KNOWN_CODES
    )


def check_spans(text: str, spans: Sequence[Span], labelled: Sequence[str]) -> None:
    """Raise AssertionError on a labelling bug, Redraw on an accidental look-alike."""
    last_end = -1
    covered: list[tuple[int, int, str]] = []
    for sp in sorted(spans, key=lambda s: s.start):
        assert text[sp.start : sp.end] == sp.text, sp
        assert sp.start >= last_end, ("overlap", sp)
        assert sp.text and sp.text == sp.text.strip(), ("blank edge", sp)
        last_end = sp.end
        covered.append((sp.start, sp.end, sp.kind))
        digits = re.sub(r"[\s-]", "", sp.text)
        if sp.kind == "id_card":
            assert id_valid(digits), sp
        elif sp.kind == "id_card_15":
            assert len(digits) == 15 and digits.isdigit() and real_date("19" + digits[6:12]), sp
            assert digits[:6] in KNOWN_CODES, sp
        elif sp.kind == "bank_card":
            assert digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits), sp
            assert CARD_ISSUER.match(digits), sp
        elif sp.kind == "mobile":
            bare = digits.removeprefix("+86")
            assert re.fullmatch(r"1[3-9]\d{9}", bare), sp
        elif sp.kind == "landline":
            assert re.fullmatch(r"（?0\d{2,3}）?-?\d{7,8}", digits), sp
        elif sp.kind == "name" or sp.kind in (
            "health",
            "email",
            "passport",
            "hk_macau_permit",
            "tw_permit",
            "license_plate",
        ):
            assert "\n" not in sp.text, sp

    def inside(a: int, b: int, kinds: tuple[str, ...]) -> bool:
        return any(s <= a and b <= e and k in kinds for s, e, k in covered)

    def in_any(a: int, b: int) -> bool:
        return any(s < b and a < e for s, e, _ in covered)

    for name in labelled:
        for m in re.finditer(re.escape(name), text):
            if not inside(m.start(), m.end(), ("name",)):
                raise Redraw(f"unlabelled mention of {name}")
    for m in MOBILE_RE.finditer(text):
        if not in_any(m.start(), m.end()):
            raise Redraw(f"mobile-like {m.group()}")
    for m in ID_RE.finditer(text):
        if id_valid(m.group()) and not inside(m.start(), m.end(), ("id_card",)):
            raise Redraw(f"id-like {m.group()}")
    for m in CARD_RE.finditer(text):
        g = m.group()
        if luhn_ok(g) and CARD_ISSUER.match(g) and not in_any(m.start(), m.end()):
            raise Redraw(f"card-like {g}")
    for m in MAIL_RE.finditer(text):
        if not m.group().endswith("gov.cn") and not inside(m.start(), m.end(), ("email",)):
            raise Redraw(f"mail-like {m.group()}")
    for m in PLATE_RE.finditer(text):
        if not inside(m.start(), m.end(), ("license_plate",)):
            raise Redraw(f"plate-like {m.group()}")


# --------------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------------


def make_doc(seed: int, index: int) -> dict[str, object]:
    fams = list(FAMILIES)
    family = fams[index % len(fams)]
    for attempt in range(50):
        rng = random.Random(f"h22-{seed}-{index}-{attempt}")
        subs = FAMILIES[family]
        sub, fn, _ = rng.choices(subs, weights=[w for _, _, w in subs])[0]
        region = rng.choice(REGIONS)
        county = rng.choice(region.counties)
        pdf = rng.random() < 0.25
        year = rng.choice((2023, 2024, 2024, 2025))
        c = Ctx(
            rng=rng,
            r=region,
            pdf=pdf,
            d=Doc(pdf, rng.randint(28, 40)),
            county=county,
            town=rng.choice(county.towns),
            year=year,
            today=dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(20, 340)),
        )
        fn(c)
        text, spans = c.d.finish()
        try:
            check_spans(text, spans, c.labelled)
        except Redraw:
            continue
        return {
            "type": f"{family}.{sub}{'.pdf' if pdf else ''}",
            "text": text,
            "spans": [{"kind": s.kind, "start": s.start, "end": s.end, "text": s.text} for s in spans],
        }
    raise RuntimeError(f"document {index} could not be drawn")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=89)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--stats", action="store_true", help="span counts per kind and docs per family on stderr")
    ap.add_argument("--decisions", action="store_true", help="print the numbered labelling decisions")
    args = ap.parse_args(argv)
    if args.decisions:
        for i, dec in enumerate(DECISIONS, 1):
            print(f"{i}. {dec}")
        return 0
    docs = [make_doc(args.seed, i) for i in range(args.docs)]
    lines = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(lines)
    if args.stats:
        kinds: Counter[str] = Counter()
        types: Counter[str] = Counter()
        fams: Counter[str] = Counter()
        pdfs = 0
        for doc in docs:
            t = str(doc["type"])
            types[t.removesuffix(".pdf")] += 1
            fams[t.split(".")[0]] += 1
            pdfs += t.endswith(".pdf")
            for sp in doc["spans"]:  # type: ignore[attr-defined]
                kinds[sp["kind"]] += 1
        print(f"docs: {len(docs)} (pdf: {pdfs})", file=sys.stderr)
        print("spans per kind:", file=sys.stderr)
        for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
            print(f"  {k:16} {v}", file=sys.stderr)
        print("docs per family:", file=sys.stderr)
        for k, v in sorted(fams.items()):
            print(f"  {k:16} {v}", file=sys.stderr)
        print("docs per sub-kind:", file=sys.stderr)
        for k, v in sorted(types.items()):
            print(f"  {k:28} {v}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
