"""Holdout 23: a blind labelled set of village, election, school, elder-care, employment, petition,
disaster and water documents, written without reading the detector (gongkai/privacy).

Run (standard library only, Python 3.12+, deterministic for a seed):

    python holdout23.py --docs 400 --seed 97 -o out.jsonl           # write the set
    python holdout23.py --docs 400 --seed 97 -o out.jsonl --stats   # + span counts per kind on stderr
    python holdout23.py --decisions                                 # numbered labelling decisions

Each line: {"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind", "start", "end", "text"}]},
start/end Python str offsets. Spans are recorded while the text is appended, never searched for.
Before a document is kept, problems() checks it: spans exact and disjoint, every ID (GB 11643, real
date, region code of the county) and card (Luhn, issuer prefix, 16-19 digits) valid, and no unlabelled
mobile, ID, card or non-gov.cn mail shape and no unlabelled repeat of a labelled name anywhere in the
text; a document that fails is drawn again. self_check() repeats it on the output.

Regions (county codes as in IDs; people born before a county's change of status keep its old code):
- 广西河池 (0778, 桂M): 都安, 巴马, 大化 (Yao), 环江 (Maonan), 罗城 (Mulao), 宜州, 南丹; Zhuang and
  Yao surnames (韦 覃 蓝 莫 蒙 磨 岑 盘 …), 屯 as village groups, Yao names (盘金妹).
- 四川甘孜 (0836, 川V): 康定 (513321 → 513301), 泸定, 丹巴, 九龙 (Yi: 吉克阿呷, 俄底石者), 理塘, 甘孜,
  德格; four-character Tibetan names (泽仁拉姆), some of two or six characters, Han names in 泸定/康定.
- 山东菏泽 (0530, 鲁R): 郓城, 曹县, 单县, 鄄城, 定陶 (371727 → 371703), 牡丹; rare surnames (訾 仝 逯 郜),
  compound ones (上官, 司马); addresses 村 + 号.
- 江西赣州 (0797, 赣B): 于都, 兴国, 宁都, 瑞金, 会昌, 南康 (360782 → 360703), 赣县 (360721 → 360704);
  Hakka names (钟 曾 赖 揭 危 池, 欧阳; 桂香, 满妹), She surnames (蓝 雷 钟), named 组 (老屋组).
- 甘肃张掖 (0936, 甘G): 甘州, 肃南 (Yugur surnames 安 钟 郎 妥 鄂 …, Tibetan and Mongolian names),
  民乐, 临泽, 高台, 山丹; village groups as 社 (五社).
- 新疆阿勒泰 (0906, 新H): 阿勒泰市, 布尔津, 富蕴, 福海, 哈巴河, 青河; Kazakh names (叶尔兰·努尔兰, the
  dot "·", "•" or none per document; a child carries the father's name), Hui and Han, Mongolian.
Modern children's names (梓涵, and four-character ones such as 黄莫一诺); families are coherent
(a father passes on his surname, Yi clan or, to a Kazakh child, his name).

Families and sub-kinds (50 documents per family at --docs 400):
1. villagefin: ledger (村级财务收支明细: payees of 劳务费/青苗补偿/误工补贴, 保洁员), dividend (集体收益
   分配到户, one-card accounts), yishiyiyi (一事一议 筹资筹劳 list, 户主会议 minutes), labor (青苗补偿/
   劳务费 发放花名册 with IDs and cards).
2. election: voters (选民名单/选民榜, published by law), candidates (初步/正式候选人, 当选人 公告),
   proxy (委托投票 登记表 and 委托投票证, permits of proxies working abroad), dispute (选举争议 答复
   to a villager, 送达回证).
3. school: loan (生源地信用助学贷款 名单: student, 共同借款人, IDs, phones, mail, cards), preschool
   (学前教育 资助: child and guardian), shuangjian ("双减" 违规培训 举报 答复), busdriver (校车驾驶人
   备案 and application form: 驾驶证号 = ID, plates, 随车照管员).
4. eldercare: admission (特困 集中供养 入住: health, 监护人 relatives, 15-digit IDs), homecare (居家养老
   补贴 对象), assessment (能力评估 results list and 告知书: 失能 grades, diagnoses), accident (养老机构
   跌倒 事故 通报: injury, relative, the 护理员 reproved).
5. employment: hardship (就业困难人员 认定 公示, disability grades), unemployed (失业登记 台账),
   training (技能培训 / 境外劳务 行前培训 花名册: IDs, phones, passports, 准考证号), gig (零工市场 登记表
   and the day's board of 韦师傅-style entries).
6. petition2: npc (人大代表 建议 / 政协 提案 答复), banshishi ("我为群众办实事" 台账), hotline (民生热线/
   12345 回访 records, 台胞证).
7. disaster2: threatened (地质灾害 隐患点 受威胁户, 监测员), relocation (避险搬迁 安置协议: flat
   allotted, house to pull down, card), rebuild (洪涝 灾后重建 补助 公示), insurance (农房保险 理赔).
8. water: survey (农村饮水安全 入户核查表, one form or a village table, 家庭电话), keepers (小型水库
   管护员), arrears (水费 催缴 通知书 and 公告).

Layouts: label-value forms, one field per line (Word forms as text), prose letters and notices,
minutes, tab tables, space-aligned tables, markdown pipe tables, HTML tables (one row or one cell a
line), CSV with quotes, one cell per line, numbered lists, 、-separated lists, and the site's catalogue
block (索引号, 主题分类, 发布机构, 文号). About a quarter are PDF/Word extractions (type ".pdf"): prose
hard-wrapped at 28-40 characters (only addresses may break across lines), two-character names spaced in
tables ("韦　英", "韦  英": the label covers the spaced span), headers spaced too, tables parted by single
spaces, page numbers ("- 2 -", "第 2 页 共 3 页") and the running title between rows.

Near-misses, never labelled: GB 32100-valid credit codes (companies, schools, 索引号 prefixes), 文号,
索引号, 工单编号, 受理证明编号, 失业登记证号, 准考证号 (some Luhn-valid, no card prefix), 户号, 水表编号,
保单号/报案号, 隐患点编号, amounts, dates, offices' phones and hotlines (监督电话, 咨询电话, 95518),
gov.cn mailboxes, masked IDs and phones, anonymised names (韦某某, 覃某, 黄女士, 赵师傅), officials
and staff in role (村两委, 经手人, 评估员, 执法人员, 院长, 律师, 代表/委员), places and firms holding a
surname (刘三姐镇, 王浩屯镇, 李村, 韦家冲水库, 韦记建材经营部), offices' seats, and the names of
documents published by law (选民名单, 候选人 and 当选人 公告).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

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

# ---------------------------------------------------------------------------------------------------------
# Check sums (../shared/docs/rules.md §6)
# ---------------------------------------------------------------------------------------------------------

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


def real_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def id_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if id_check(s[:17]) != s[17].upper():
        return False
    if not real_date(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return s[:6] in ALL_CODES


def id15_valid(s: str) -> bool:
    return (
        bool(re.fullmatch(r"\d{15}", s))
        and s[:6] in ALL_CODES
        and real_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    )


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


def card_like(digits: str) -> bool:
    """A digit run a card detector would take for a card: issuer prefix, length, Luhn."""
    if not digits.isdigit() or not 16 <= len(digits) <= 19 or not luhn_ok(digits):
        return False
    if digits.startswith(("62", "4", "51", "52", "53", "54", "55", "35", "81")):
        return True
    return 222100 <= int(digits[:6]) <= 272099


def org_check(body8: str) -> str:
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ORG_WEIGHTS, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def cc_check(body17: str) -> str:
    total = sum(CC_CHARS.index(c) * w for c, w in zip(body17, CC_WEIGHTS, strict=True))
    return CC_CHARS[(31 - total % 31) % 31]


def cc_valid(s: str) -> bool:
    return len(s) == 18 and all(c in CC_CHARS for c in s) and cc_check(s[:17]) == s[17]


# ---------------------------------------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class County:
    name: str  # official name, "都安瑶族自治县"
    short: str  # as written in running text, "都安县"
    abbr: str  # 文号 prefix, "都"
    code: str  # GB/T 2260 code used in IDs
    pinyin: str  # for gov.cn mailboxes
    towns: tuple[tuple[str, tuple[str, ...]], ...]  # the first is the county seat
    roads: tuple[str, ...]
    old_code: str = ""  # code before a change of status
    changed: int = 0  # people born before this year mostly keep the old code


@dataclass(frozen=True)
class Region:
    key: str
    province: str
    prefecture: str
    area: str  # telephone area code
    plate: str  # licence-plate prefix
    postcode: str
    counties: tuple[County, ...]
    groups: tuple[str, ...]  # named 屯/组 of the region, if any
    estates: tuple[str, ...]
    banks: tuple[tuple[str, str, int], ...]  # bank, BIN, length
    colleges: tuple[str, ...]
    hospital: str


COMMON_BANKS = (
    ("中国农业银行", "622848", 19),
    ("中国农业银行", "622845", 19),
    ("中国邮政储蓄银行", "621799", 19),
    ("中国邮政储蓄银行", "622188", 19),
    ("中国建设银行", "621700", 19),
    ("中国建设银行", "622700", 19),
    ("中国工商银行", "621226", 19),
    ("中国工商银行", "622202", 19),
    ("中国银行", "621661", 19),
    ("招商银行", "622588", 16),
)
VISA_MASTER = (("中国建设银行（VISA）", "436742", 16), ("中国农业银行（万事达）", "552599", 16))


def words(s: str) -> tuple[str, ...]:
    return tuple(s.split("、")) if s else ()


def weights(s: str) -> tuple[tuple[str, int], ...]:
    """'韦12 覃8 …' → (('韦', 12), ('覃', 8), …)"""
    return tuple(
        (tok.rstrip("0123456789"), int(tok.lstrip("".join(set(tok) - set("0123456789")))))
        for tok in s.split()
    )


def county(
    name: str,
    short: str,
    abbr: str,
    code: str,
    pinyin: str,
    roads: str,
    *towns: str,
    old_code: str = "",
    changed: int = 0,
) -> County:
    """A county from "镇：村、村" strings, the first being the seat."""
    parsed = tuple((t.split("：")[0], words(t.split("：")[1])) for t in towns)
    return County(name, short, abbr, code, pinyin, parsed, words(roads), old_code, changed)


HECHI = Region(
    key="hechi",
    province="广西壮族自治区",
    prefecture="河池市",
    area="0778",
    plate="桂M",
    postcode="5470",
    counties=(
        county(
            "都安瑶族自治县",
            "都安县",
            "都",
            "451228",
            "duan",
            "安阳大道、红旗路、迎宾路、城南路",
            "安阳镇：古山村、弄池村、龙湾村",
            "地苏镇：大定村、地苏村、拉仁村",
            "高岭镇：龙洲村、高岭村、弄竹村",
            "下坳镇：加文村、下坳村、崇山村",
            "拉烈镇：拉烈村、弄力村",
        ),
        county(
            "巴马瑶族自治县",
            "巴马县",
            "巴",
            "451227",
            "bama",
            "寿乡大道、民族路、长寿路",
            "巴马镇：盘阳村、练乡村、福乐村",
            "甲篆镇：坡月村、平安村、百马村",
            "那社乡：那社村、大洛村",
            "西山乡：弄烈村、福厚村",
            "燕洞镇：燕洞村、赐福村",
        ),
        county(
            "大化瑶族自治县",
            "大化县",
            "大化",
            "451229",
            "dahua",
            "达吉路、红水河路、新华路",
            "大化镇：龙马村、达吉村",
            "都阳镇：都阳村、加福村",
            "岩滩镇：那色村、江南村",
            "七百弄乡：弄合村、弄京村",
            "贡川乡：贡川村、弄防村",
        ),
        county(
            "环江毛南族自治县",
            "环江县",
            "环",
            "451226",
            "huanjiang",
            "思恩路、城北路、毛南路",
            "思恩镇：城西村、清潭村",
            "下南乡：下南村、堂八村、玉环村",
            "水源镇：上南村、三合村",
            "洛阳镇：永权村、洛阳村",
            "大才乡：同进村、大才村",
        ),
        county(
            "罗城仫佬族自治县",
            "罗城县",
            "罗",
            "451225",
            "luocheng",
            "凤凰路、城西路、仫佬路",
            "东门镇：凤梧村、横岸村",
            "四把镇：四把村、棉花村",
            "龙岸镇：龙岸村、金鸡村",
            "小长安镇：崖宜村、龙凤村",
            "黄金镇：黄金村、寺门村",
        ),
        county(
            "河池市宜州区",
            "宜州区",
            "宜",
            "451203",
            "yizhou",
            "城中路、三姐大道、龙江路",
            "庆远镇：拉浪村、北山村",
            "刘三姐镇：中枧村、洞口村",
            "三岔镇：三岔村、拉朗村",
            "德胜镇：德胜村、上坪村",
            "怀远镇：怀远村、古育村",
        ),
        county(
            "南丹县",
            "南丹县",
            "丹",
            "451221",
            "nandan",
            "丹泉路、民族大道",
            "城关镇：城关村、那地村",
            "芒场镇：芒场村、巴平村",
            "里湖瑶族乡：王尚村、怀里村、八雅村",
            "大厂镇：大厂村、龙泉村",
        ),
    ),
    groups=words("弄立屯、那桃屯、坡兰屯、拉好屯、弄甲屯、上岭屯、下岭屯、板旺屯、巴哈屯、弄腊屯"),
    estates=words("阳光小区、城东花园、锦绣家园、瑶乡新城、易地扶贫搬迁安置区"),
    banks=(("广西农村信用社", "623118", 19), ("广西农村信用社", "621455", 19), *COMMON_BANKS),
    colleges=words("广西大学、广西师范大学、河池学院、广西民族大学、桂林理工大学、广西职业技术学院"),
    hospital="河池市人民医院",
)

GANZI = Region(
    key="ganzi",
    province="四川省",
    prefecture="甘孜藏族自治州",
    area="0836",
    plate="川V",
    postcode="6260",
    counties=(
        county(
            "康定市",
            "康定市",
            "康",
            "513301",
            "kangding",
            "东大街、向阳街、光明路、将军桥路",
            "炉城街道：向阳社区、光明社区",
            "姑咱镇：姑咱村、时济村",
            "新都桥镇：新都桥村、营官村",
            "塔公镇：塔公村、各日马村",
            old_code="513321",
            changed=2015,
        ),
        county(
            "泸定县",
            "泸定县",
            "泸",
            "513322",
            "luding",
            "西大街、滨河路、红军路",
            "泸桥镇：咱里村、烹坝村",
            "冷碛镇：甘露寺村、杵坭村",
            "兴隆镇：兴隆村、化林村",
            "磨西镇：磨西村、共和村",
            "得妥镇：发旺村、得妥村",
        ),
        county(
            "丹巴县",
            "丹巴县",
            "丹",
            "513323",
            "danba",
            "三岔河路、滨河南路",
            "章谷镇：三道桥村、五里牌村",
            "巴底镇：邛山村、齐鲁村",
            "聂呷乡：甲居村、聂呷村",
            "革什扎镇：布科村、吉牛村",
        ),
        county(
            "九龙县",
            "九龙县",
            "九",
            "513324",
            "jiulong",
            "新华街、九龙大道",
            "呷尔镇：吉日村、营盘村",
            "乃渠镇：乃渠村、水打坝村",
            "烟袋镇：烟袋村、塔子坝村",
            "湾坝镇：湾坝村、田坪村",
        ),
        county(
            "理塘县",
            "理塘县",
            "理",
            "513334",
            "litang",
            "团结路、长青路",
            "高城镇：团结村、德西村",
            "甲洼镇：甲洼村、下坝村",
            "禾尼乡：禾尼村、然柳村",
        ),
        county(
            "甘孜县",
            "甘孜县",
            "甘",
            "513328",
            "ganzixian",
            "人民路、格萨尔路",
            "甘孜镇：麻达卡村、城北村",
            "来马镇：来马村、日布村",
            "生康乡：生康村、德西村",
        ),
        county(
            "德格县",
            "德格县",
            "德",
            "513330",
            "dege",
            "印经院路、康巴路",
            "更庆镇：更庆村、八邦村",
            "马尼干戈镇：马尼干戈村、卡娘村",
        ),
    ),
    groups=words(""),
    estates=words("康巴小区、雅拉花园、跑马山小区、易地搬迁安置点、团结小区"),
    banks=(("四川农信", "621033", 19), ("四川农信", "623190", 19), *COMMON_BANKS),
    colleges=words("四川大学、西南民族大学、四川民族学院、成都理工大学、西华师范大学、四川农业大学"),
    hospital="甘孜藏族自治州人民医院",
)

HEZE = Region(
    key="heze",
    province="山东省",
    prefecture="菏泽市",
    area="0530",
    plate="鲁R",
    postcode="2740",
    counties=(
        county(
            "郓城县",
            "郓城县",
            "郓",
            "371725",
            "yuncheng",
            "胜利街、金河路、宋江路",
            "郓州街道：东关社区、西关社区",
            "黄安镇：黄安村、苏庄村",
            "杨庄集镇：杨庄集村、刘楼村",
            "张营镇：张营村、王庄村",
            "潘渡镇：潘渡村、孔庄村",
        ),
        county(
            "曹县",
            "曹县",
            "曹",
            "371721",
            "caoxian",
            "青菏路、珠江路、磐石路",
            "曹城街道：北关社区、南关社区",
            "青堌集镇：青堌集村、李楼村",
            "庄寨镇：庄寨村、张庄村",
            "魏湾镇：魏湾村、朱楼村",
            "大集镇：丁楼村、孙庄村",
        ),
        county(
            "单县",
            "单县",
            "单",
            "371722",
            "shanxian",
            "湖西路、胜利路、舜师路",
            "南城街道：南关社区、园艺社区",
            "黄岗镇：黄岗村、郭庄村",
            "终兴镇：终兴村、前楼村",
            "高韦庄镇：高韦庄村、曹庄村",
            "徐寨镇：徐寨村、后寨村",
        ),
        county(
            "鄄城县",
            "鄄城县",
            "鄄",
            "371726",
            "juancheng",
            "陈王路、古泉路",
            "古泉街道：南关社区、北街社区",
            "什集镇：什集村、程屯村",
            "红船镇：红船村、前李村",
            "旧城镇：旧城村、葛庄村",
            "董口镇：董口村、后刘村",
        ),
        county(
            "菏泽市定陶区",
            "定陶区",
            "定",
            "371703",
            "dingtao",
            "兴华路、陶朱公路",
            "天中街道：城关社区、东关社区",
            "陈集镇：陈集村、王店村",
            "冉堌镇：冉堌村、杨楼村",
            "孟海镇：孟海村、张湾村",
            "马集镇：马集村、前丁村",
            old_code="371727",
            changed=2016,
        ),
        county(
            "菏泽市牡丹区",
            "牡丹区",
            "菏牡",
            "371702",
            "mudan",
            "中华路、人民路、长江路、曹州路",
            "牡丹街道：双河社区、南城社区",
            "吕陵镇：吕陵村、郝庄村",
            "沙土镇：沙土村、前彭村",
            "王浩屯镇：王浩屯村、刘寨村",
            "李村镇：李村、韩集村",
        ),
    ),
    groups=words(""),
    estates=words("牡丹花园、中央公馆、幸福里小区、翰林苑、水岸名都"),
    banks=(("山东省农村信用社", "623059", 19), ("菏泽农商银行", "621521", 19), *COMMON_BANKS),
    colleges=words("山东大学、菏泽学院、曲阜师范大学、山东农业大学、青岛大学、聊城大学"),
    hospital="菏泽市立医院",
)

GANZHOU = Region(
    key="ganzhou",
    province="江西省",
    prefecture="赣州市",
    area="0797",
    plate="赣B",
    postcode="3420",
    counties=(
        county(
            "于都县",
            "于都县",
            "于",
            "360731",
            "yudu",
            "长征大道、渡江大道、建设路",
            "贡江镇：长征社区、城西社区",
            "梓山镇：潭头村、山塘村",
            "银坑镇：银坑村、平安村",
            "岭背镇：谢屋村、上坪村",
            "罗坳镇：罗坳村、步前村",
            "车溪乡：车溪村、坝脑村",
        ),
        county(
            "兴国县",
            "兴国县",
            "兴",
            "360732",
            "xingguo",
            "将军大道、文昌路、红军路",
            "潋江镇：城岗社区、文昌社区",
            "长冈乡：塘石村、长冈村",
            "高兴镇：高兴村、老营盘村",
            "社富乡：社富村、东韶村",
            "江背镇：江背村、罗陂村",
        ),
        county(
            "宁都县",
            "宁都县",
            "宁",
            "360730",
            "ningdu",
            "翠微大道、环城路",
            "梅江镇：城北社区、水东社区",
            "黄陂镇：黄陂村、杨依村",
            "青塘镇：青塘村、河背村",
            "长胜镇：长胜村、吴村",
            "田头镇：田头村、下田村",
        ),
        county(
            "瑞金市",
            "瑞金市",
            "瑞",
            "360781",
            "ruijin",
            "红都大道、八一路、象湖路",
            "象湖镇：红都社区、金都社区",
            "沙洲坝镇：沙洲坝村、洋溪村",
            "叶坪乡：叶坪村、华屋村",
            "云石山乡：云石山村、沙垅村",
            "壬田镇：壬田村、凤岗村",
        ),
        county(
            "会昌县",
            "会昌县",
            "会",
            "360733",
            "huichang",
            "岚山路、文峰路",
            "文武坝镇：文武坝社区、岚山社区",
            "筠门岭镇：筠门岭村、羊角村",
            "西江镇：西江村、石门村",
            "庄口镇：庄口村、洞头村",
        ),
        county(
            "赣州市南康区",
            "南康区",
            "康",
            "360703",
            "nankang",
            "迎宾大道、蓉江路、东山路",
            "蓉江街道：东山社区、蓉江社区",
            "唐江镇：唐江村、卢屋村",
            "凤岗镇：凤岗村、塘坑村",
            "龙岭镇：龙岭村、太坪村",
            "赤土畲族乡：赤土村、花园村",
            old_code="360782",
            changed=2013,
        ),
        county(
            "赣州市赣县区",
            "赣县区",
            "赣",
            "360704",
            "ganxian",
            "赣新大道、梅林大道",
            "梅林镇：城中社区、红金社区",
            "王母渡镇：王母渡村、浓口村",
            "田村镇：东坑村、田村村",
            "白鹭乡：白鹭村、东岭村",
            old_code="360721",
            changed=2016,
        ),
    ),
    groups=words("上坪组、老屋组、新屋组、水口组、下屋组、塘背组、坳上组、岭下组、河背组、排上组"),
    estates=words("长征小区、阳光城、江景花园、客家新城、滨江一号、红都花园"),
    banks=(("江西农商银行", "621592", 19), ("赣州银行", "621439", 19), *COMMON_BANKS),
    colleges=words("南昌大学、赣南师范大学、江西理工大学、赣南医科大学、江西财经大学、赣州职业技术学院"),
    hospital="赣州市人民医院",
)

ZHANGYE = Region(
    key="zhangye",
    province="甘肃省",
    prefecture="张掖市",
    area="0936",
    plate="甘G",
    postcode="7340",
    counties=(
        county(
            "张掖市甘州区",
            "甘州区",
            "甘州",
            "620702",
            "ganzhou",
            "县府街、南环路、西大街、甘州路",
            "南街街道：南关社区、西来寺社区",
            "党寨镇：陈寨村、十号村",
            "沙井镇：五个墩村、坝庙村",
            "梁家墩镇：梁家墩村、六闸村",
            "乌江镇：乌江村、大湾村",
            "碱滩镇：老寺庙村、碱滩村",
        ),
        county(
            "肃南裕固族自治县",
            "肃南县",
            "肃南",
            "620721",
            "sunan",
            "隆畅街、祁连路",
            "红湾寺镇：隆畅社区、九排松社区",
            "康乐镇：康丰村、赛鼎村",
            "马蹄藏族乡：大都麻村、芭蕉湾村",
            "白银蒙古族乡：白银村、东牛毛村",
            "大河乡：西岔河村、松木滩村",
            "明花乡：前滩村、黄土坡村",
        ),
        county(
            "民乐县",
            "民乐县",
            "民",
            "620722",
            "minle",
            "民乐大道、南门街",
            "洪水镇：单庄村、汪庄村",
            "六坝镇：六坝村、五庄村",
            "新天镇：新天村、韩营村",
            "南古镇：南古村、杨坊村",
            "永固镇：永固村、八卦村",
        ),
        county(
            "临泽县",
            "临泽县",
            "临",
            "620723",
            "linze",
            "丹霞路、兴隆街",
            "沙河镇：西关村、沙河村",
            "新华镇：新华村、大寨村",
            "倪家营镇：倪家营村、汪家墩村",
            "蓼泉镇：蓼泉村、双泉村",
            "平川镇：平川村、芦湾村",
        ),
        county(
            "高台县",
            "高台县",
            "高",
            "620724",
            "gaotai",
            "解放街、湿地路",
            "城关镇：人民社区、西街社区",
            "宣化镇：宣化村、贞号村",
            "南华镇：南华村、义和村",
            "巷道镇：巷道村、槐树村",
            "罗城镇：罗城村、天城村",
        ),
        county(
            "山丹县",
            "山丹县",
            "山",
            "620725",
            "shandan",
            "艾黎路、焉支路",
            "清泉镇：城南社区、南关社区",
            "位奇镇：位奇村、芦堡村",
            "霍城镇：霍城村、双湖村",
            "东乐镇：东乐村、十里堡村",
            "陈户镇：陈户村、范营村",
        ),
    ),
    groups=words(""),
    estates=words("金源小区、丹霞花园、湿地花园、祁连家园、甘泉小区"),
    banks=(("甘肃省农村信用社", "621050", 19), ("甘肃银行", "621085", 19), *COMMON_BANKS),
    colleges=words("兰州大学、河西学院、西北师范大学、甘肃农业大学、兰州交通大学、张掖医学高等专科学校"),
    hospital="张掖市人民医院",
)

ALTAY = Region(
    key="altay",
    province="新疆维吾尔自治区",
    prefecture="阿勒泰地区",
    area="0906",
    plate="新H",
    postcode="8365",
    counties=(
        county(
            "阿勒泰市",
            "阿勒泰市",
            "阿市",
            "654301",
            "aletai",
            "团结路、解放路、文化路",
            "金山路街道：团结社区、文化社区",
            "红墩镇：红墩村、喀拉希力克村",
            "切木尔切克镇：切木尔切克村、塔斯比也村",
            "阿苇滩镇：阿苇滩村、阿克吐木斯克村",
            "拉斯特乡：拉斯特村、喀拉塔斯村",
        ),
        county(
            "布尔津县",
            "布尔津县",
            "布",
            "654321",
            "buerjin",
            "友谊峰路、神湖路",
            "布尔津镇：友谊峰社区、河滨社区",
            "冲乎尔镇：冲乎尔村、合孜勒哈英村",
            "窝依莫克镇：窝依莫克村、也格孜托别村",
            "杜来提乡：杜来提村、阔斯托别村",
        ),
        county(
            "富蕴县",
            "富蕴县",
            "富",
            "654322",
            "fuyun",
            "人民路、文化路",
            "库额尔齐斯镇：团结社区、幸福社区",
            "可可托海镇：可可托海村、塔拉特村",
            "吐尔洪乡：吐尔洪村、阔克布拉克村",
            "喀拉通克乡：喀拉通克村、乔夏村",
        ),
        county(
            "福海县",
            "福海县",
            "福",
            "654323",
            "fuhai",
            "金湖路、团结西路",
            "福海镇：金湖社区、团结社区",
            "喀拉玛盖镇：喀拉玛盖村、乌图布拉克村",
            "解特阿热勒镇：解特阿热勒村、阔克托干村",
            "阔克阿尕什乡：阔克阿尕什村、塔斯托别村",
        ),
        county(
            "哈巴河县",
            "哈巴河县",
            "哈",
            "654324",
            "habahe",
            "白桦路、前进路",
            "阿克齐镇：人民路社区、白桦林社区",
            "萨尔布拉克镇：萨尔布拉克村、阔克塔斯村",
            "齐巴尔镇：齐巴尔村、加朗尕什村",
            "库勒拜乡：库勒拜村、阿克塔斯村",
        ),
        county(
            "青河县",
            "青河县",
            "青",
            "654325",
            "qinghe",
            "乌伦古路、青河路",
            "青河镇：三道河子社区、团结社区",
            "塔克什肯镇：塔克什肯村、布尔根村",
            "阿热勒托别镇：阿热勒托别村、克孜勒希力克村",
            "查干郭勒乡：查干郭勒村、库尔特村",
        ),
    ),
    groups=words(""),
    estates=words("金山小区、滨河花园、桦林家园、雪都新城、富民安居小区"),
    banks=(("新疆农村信用社", "621008", 19), ("新疆农村信用社", "623066", 19), *COMMON_BANKS),
    colleges=words("新疆大学、新疆师范大学、石河子大学、新疆农业大学、阿勒泰职业技术学院、伊犁师范大学"),
    hospital="阿勒泰地区人民医院",
)


REGIONS = (HECHI, GANZI, HEZE, GANZHOU, ZHANGYE, ALTAY)
ALL_CODES = frozenset(
    code
    for region in REGIONS
    for county in region.counties
    for code in (county.code, county.old_code)
    if code
)

# ---------------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------------

SURNAMES: dict[str, tuple[tuple[str, int], ...]] = {
    "hechi": weights(
        "韦12 覃8 蓝6 黄8 莫6 蒙5 罗5 潘4 卢3 谭4 陆3 梁3 吴3 廖2 银1 班1 岑1 农1 磨1 樊1 兰2 "
        "李3 邓2 谢2 袁1 欧1"
    ),
    "ganzi": weights("杨6 李5 陈4 高3 冉2 罗3 王4 张4 刘3 周2 何2 郭2 蒋1 邓2 胡2 赵2 汪1 穆1"),
    "heze": weights(
        "王10 李8 张8 刘7 孔3 赵4 郭3 朱3 孟2 高3 葛2 曹2 程2 时1 满1 訾1 邵2 陶1 单1 仝1 魏2 "
        "宋2 袁2 庞1 贾2 孙3 徐2 田2 靳1 逯1 郜1 巩1 上官1 司马1"
    ),
    "ganzhou": weights(
        "刘8 钟7 曾6 赖5 邱3 谢4 温2 肖4 廖3 黄5 古1 池1 揭1 凌2 危1 朱3 陈5 李5 罗3 叶3 管1 "
        "欧阳2 邝1 缪1 杨3 郭2 胡2"
    ),
    "zhangye": weights(
        "王8 张7 李6 赵4 魏3 汪3 宋2 焦2 寇1 窦1 毛2 贾2 鲁1 骆1 吕2 陈3 刘4 杨3 马3 何2 郑2 "
        "徐2 闫2 达1 禄1 彭1"
    ),
    "altay": weights("王6 李5 张5 刘4 陈3 赵3 杨3 周2 徐2 孙2 胡1 高1"),
}
YUGUR_SURNAMES = words("安、钟、兰、郎、妥、贺、杜、鄂、索、柯、顾、白")
HUI_SURNAMES = words("马、韩、沙、丁、杨")
YAO_SURNAMES = words("盘、赵、邓、李、蓝、罗")
SHE_SURNAMES = words("蓝、雷、钟")
GIVEN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "hechi": (
        words(
            "志刚、建华、海军、文明、德才、光辉、日新、振宇、明、勇、强、金福、有才、国清、永安、"
            "家宝、培新、庆丰、世雄、福生、春雷、正、军、江、成贵、秀武"
        ),
        words(
            "金凤、秀英、美兰、春花、月娥、丽娟、爱芳、玉兰、桂英、海燕、冬梅、秀珍、美玲、翠、英、"
            "燕、艳、凤、金莲、月兰、秀花、彩云"
        ),
    ),
    "ganzi": (
        words("德华、国强、志明、学兵、家福、永贵、正全、光荣、晓东、明、兵、建平、天才、成林、昌华、绍云"),
        words("春梅、秀芳、玉珍、琼、燕、红梅、晓琴、淑华、桂兰、丽、翠芬、德英"),
    ),
    "heze": (
        words(
            "庆华、广亮、传军、振东、学义、保国、立新、洪涛、兆文、金良、永胜、宪忠、德胜、建设、"
            "红旗、长河、磊、伟、辉、涛、鹏、继先、召民"
        ),
        words(
            "秀荣、玉梅、兆兰、凤霞、翠英、桂芝、秀云、爱华、巧云、素珍、淑芳、玉霞、静、敏、娜、丽、"
            "香莲、月娥"
        ),
    ),
    "ganzhou": (
        words(
            "发生、春生、福根、长生、水生、火明、小平、建国、金华、东生、远华、有林、秋生、声远、勇、"
            "斌、华、冬林、木生、桂发"
        ),
        words(
            "桂香、冬梅、水秀、秋兰、金凤、满妹、桂英、香娣、招娣、玉莲、春秀、菊英、兰英、凤英、芳、"
            "娟、细妹、九妹"
        ),
    ),
    "zhangye": (
        words(
            "有福、兴国、永军、德海、志忠、生林、建军、国栋、进荣、玉林、银山、学仁、天顺、宏、斌、"
            "军、吉祥、存德、万福"
        ),
        words("兰花、秀兰、玉梅、金花、春梅、存英、翠萍、红霞、桂兰、金梅、萍、霞、玉英、菊花、淑琴"),
    ),
    "altay": (
        words("建新、国庆、卫东、新疆、志强、海涛、军、刚、永福、天山、学文、德明"),
        words("红梅、秀兰、丽萍、玉霞、春燕、桂琴、娟、霞、新华、雪梅"),
    ),
}
YAO_GIVEN = (
    words("有福、四贵、财才、金保、二保、福全"),
    words("二妹、三妹、金妹、四妹、银妹、美妹"),
)
KID_GIVEN = (
    words("梓轩、宇航、浩然、俊熙、子墨、一鸣、锦程、睿、轩、博文、嘉豪、泽宇、昊天、晨阳"),
    words("梓涵、欣怡、思琪、雨萱、诗涵、一诺、可馨、语桐、若曦、佳怡、婷、悦、沐晴、紫萱"),
)
YI_GIVEN = (
    words("石者、木呷、拉哈、尔布、日体、伍各、子哈、约布、木果、拉且"),
    words("阿呷、阿果、阿衣、阿妞、伍呷、史莫、尔日、阿支、阿西"),
)
MONGOL = (
    words("巴特尔、宝音、阿拉坦、孟和巴雅尔、额尔敦、巴图孟和、那仁格日勒、巴雅尔图"),
    words("乌兰其其格、其木格、斯琴高娃、萨仁、其其格玛、乌仁图雅、娜仁花"),
)
KZ_GIVEN = (
    words(
        "叶尔兰、努尔兰、别克、哈那提、巴合提别克、叶尔肯、阿斯哈尔、达吾列提、赛力克、阿尔曼、"
        "努尔江、叶尔波拉提、加尔肯、吐尔逊、木拉提、哈力木、阿合买提、马合沙提、塔拉甫、叶森、"
        "居马别克、库尔曼别克、吾拉孜别克、沙吾提"
    ),
    words(
        "阿依古丽、古丽巴合提、加娜尔、热依汗、哈依霞、古力扎达、阿依达娜、库兰、沙吾列、玛丽娅、"
        "阿丽玛、古丽娜尔、努尔古丽、巴合提古丽、阿依达尔、加米拉"
    ),
)
KID_DOUBLE = (words("一诺、思睿、宇辰、沐阳、子轩"), words("一诺、梓萱、欣然、书瑶、思彤"))
TIB_FIRST = words(
    "泽仁、扎西、四郎、格绒、洛绒、降央、次仁、呷绒、益西、尼玛、达瓦、仁青、阿旺、登真、根秋、彭措、"
    "昂旺、土登、曲批、邓珠、格桑、贡布、泽翁、向秋"
)
TIB_MALE = words(
    "多吉、扎西、泽仁、尼玛、邓珠、降措、彭措、曲扎、贡布、格勒、益西、此称、翁加、仁真、达瓦、郎加、"
    "登巴、平措、丹增、洛布"
)
TIB_FEMALE = words(
    "拉姆、卓玛、志玛、曲珍、翁姆、央宗、降初、拥措、德吉、卓嘎、青措、拉珍、曲措、泽珍、巴姆、央金、"
    "措姆、此措"
)
YI_CLANS = words("吉克、阿苏、俄底、沙马、马海、吉木、阿的、海来、瓦渣、曲比、阿克、吉伍")
SYLLABLES = words(
    "wei、qin、lan、huang、mo、zhang、li、wang、liu、zhong、zeng、lai、xie、"
    "yang、chen、zhao、ma、tashi、zeren、yerlan、ayi、gao、sun、xu、luo、an"
)


def weighted(rng: random.Random, table: Sequence[tuple[str, int]]) -> str:
    return rng.choices([t for t, _ in table], weights=[w for _, w in table])[0]


@dataclass
class NameParts:
    full: str
    style: str  # han, tib, yi, kz, mongol
    surname: str = ""
    given: str = ""


def han_name(rng: random.Random, key: str, sex: str, year: int, surnames: Sequence[str] = ()) -> NameParts:
    sur = rng.choice(surnames) if surnames else weighted(rng, SURNAMES[key])
    female = sex == "女"
    if year >= 2000 and rng.random() < (0.95 if year >= 2012 else 0.7):
        if year >= 2012 and len(sur) == 1 and rng.random() < 0.12:
            other = weighted(rng, SURNAMES[key])
            if other != sur and len(other) == 1:
                given = other + rng.choice(KID_DOUBLE[female])
                return NameParts(sur + given, "han", sur, given)
        given = rng.choice(KID_GIVEN[female])
    else:
        given = rng.choice(GIVEN[key][female])
    return NameParts(sur + given, "han", sur, given)


def tibetan_name(rng: random.Random, sex: str) -> NameParts:
    ends = TIB_FEMALE if sex == "女" else TIB_MALE
    first = rng.choice(TIB_FIRST)
    last = rng.choice([e for e in ends if e != first])
    r = rng.random()
    if r < 0.04:
        return NameParts(last, "tib")
    if r < 0.09:
        mid = rng.choice([f for f in TIB_FIRST if f != first])
        return NameParts(first + mid + last, "tib")
    return NameParts(first + last, "tib")


def make_name(rng: random.Random, region: Region, county: County, sex: str, year: int, dot: str) -> NameParts:
    key, r = region.key, rng.random()
    if key == "hechi":
        if r < 0.12:
            sur = rng.choice(YAO_SURNAMES)
            if year < 1990:
                given = rng.choice(YAO_GIVEN[sex == "女"])
                return NameParts(sur + given, "han", sur, given)
            return han_name(rng, key, sex, year, (sur,))
        return han_name(rng, key, sex, year)
    if key == "ganzi":
        if county.code == "513324" and r < 0.35:
            clan = rng.choice(YI_CLANS)
            given = rng.choice(YI_GIVEN[sex == "女"])
            return NameParts(clan + given, "yi", clan, given)
        han_share = 0.45 if county.code in ("513301", "513322") else 0.15
        if r < 1 - han_share:
            return tibetan_name(rng, sex)
        return han_name(rng, key, sex, year)
    if key == "ganzhou":
        if r < 0.05:
            return han_name(rng, key, sex, year, SHE_SURNAMES)
        return han_name(rng, key, sex, year)
    if key == "zhangye":
        if county.code == "620721":
            if r < 0.4:
                return han_name(rng, key, sex, year, YUGUR_SURNAMES)
            if r < 0.6:
                return tibetan_name(rng, sex)
            if r < 0.7:
                return NameParts(rng.choice(MONGOL[sex == "女"]), "mongol")
        elif r < 0.04:
            return han_name(rng, key, sex, year, YUGUR_SURNAMES)
        return han_name(rng, key, sex, year)
    if key == "altay":
        if r < 0.6:
            given = rng.choice(KZ_GIVEN[sex == "女"])
            father = rng.choice([g for g in KZ_GIVEN[0] if g != given])
            return NameParts(given + dot + father, "kz", father, given)
        if r < 0.7:
            return han_name(rng, key, sex, year, HUI_SURNAMES)
        if r < 0.75 and county.code in ("654325", "654321", "654323"):
            return NameParts(rng.choice(MONGOL[sex == "女"]), "mongol")
        return han_name(rng, key, sex, year)
    return han_name(rng, key, sex, year)


def styled_name(
    rng: random.Random, region: Region, county: County, style: str, sex: str, year: int, dot: str
) -> NameParts:
    """A name in a given naming style (a relative of a Tibetan is Tibetan, of a Kazakh Kazakh …)."""
    if style == "tib":
        return tibetan_name(rng, sex)
    if style == "yi":
        clan = rng.choice(YI_CLANS)
        given = rng.choice(YI_GIVEN[sex == "女"])
        return NameParts(clan + given, "yi", clan, given)
    if style == "mongol":
        return NameParts(rng.choice(MONGOL[sex == "女"]), "mongol")
    if style == "kz":
        given = rng.choice(KZ_GIVEN[sex == "女"])
        father = rng.choice([g for g in KZ_GIVEN[0] if g != given])
        return NameParts(given + dot + father, "kz", father, given)
    for _ in range(20):
        parts = make_name(rng, region, county, sex, year, dot)
        if parts.style == "han":
            return parts
    return han_name(rng, region.key, sex, year)


def child_name(
    rng: random.Random,
    region: Region,
    county: County,
    parent: NameParts,
    father: bool,
    sex: str,
    year: int,
    dot: str,
) -> NameParts:
    """A child's name: a father passes on his surname, his Yi clan, or his name after a Kazakh child's."""
    if father and parent.style == "han" and parent.surname:
        return han_name(rng, region.key, sex, year, (parent.surname,))
    if father and parent.style == "yi":
        given = rng.choice(YI_GIVEN[sex == "女"])
        return NameParts(parent.surname + given, "yi", parent.surname, given)
    if father and parent.style == "kz":
        given = rng.choice([g for g in KZ_GIVEN[sex == "女"] if g != parent.given])
        return NameParts(given + dot + parent.given, "kz", parent.given, given)
    return styled_name(rng, region, county, parent.style, sex, year, dot)


# ---------------------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------------------

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
    "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)  # fmt: skip
CN_NUM = "一二三四五六七八九十"
CN_ORD = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_id(rng: random.Random, code: str, birth: dt.date, sex: str) -> str:
    seq = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
    if seq == 0:
        seq = 2
    body = f"{code}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def make_id15(rng: random.Random, code: str, birth: dt.date, sex: str) -> str:
    seq = rng.randint(1, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
    return f"{code}{birth:%y%m%d}{seq:03d}"


def make_mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + digits(rng, 8)


def fmt_mobile(rng: random.Random, m: str) -> str:
    r = rng.random()
    if r < 0.06:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.1:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.13:
        return "+86 " + m
    return m


def make_landline(rng: random.Random, area: str, sep: str | None = None) -> str:
    number = str(rng.randint(2, 8)) + digits(rng, 6)
    if sep is None:
        sep = rng.choice(("-", "-", "-", "", " "))
    if sep == "(":
        return f"（{area}）{number}"
    return area + sep + number


def make_card(rng: random.Random, bin_: str, length: int) -> str:
    body = bin_ + digits(rng, length - len(bin_) - 1)
    return body + luhn_digit(body)


def fmt_card(rng: random.Random, card: str, grouped: bool) -> str:
    if not grouped:
        return card
    return " ".join(card[i : i + 4] for i in range(0, len(card), 4))


def make_email(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return f"{rng.randint(10000000, 3999999999)}@qq.com"
    user = rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + str(rng.randint(1, 99999))
    return user + "@" + rng.choice(("163.com", "126.com", "sina.com", "foxmail.com", "163.com", "yeah.net"))


def make_passport(rng: random.Random) -> str:
    return "E" + (digits(rng, 8) if rng.random() < 0.6 else rng.choice("ABCDEFGHJK") + digits(rng, 7))


def make_plate(rng: random.Random, prefix: str) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    r = rng.random()
    if r < 0.5:
        tail = digits(rng, 5)
    elif r < 0.8:
        tail = rng.choice(letters) + digits(rng, 4)
    elif r < 0.9:
        tail = digits(rng, 4) + rng.choice(letters)
    else:
        return prefix + rng.choice("DF") + digits(rng, 5)
    return prefix + ("·" if rng.random() < 0.15 else "") + tail


def credit_code(rng: random.Random, county: County, kind: str) -> str:
    head = {"company": "91", "gov": "11", "inst": "12", "ngo": "52", "indiv": "92"}[kind]
    if kind in ("gov", "inst"):
        org8 = "0" + digits(rng, 7)
    else:
        org8 = "MA" + "".join(rng.choice(CC_CHARS) for _ in range(6))
    body = head + county.code + org8 + org_check(org8)
    return body + cc_check(body)


def safe_serial(s: str) -> str:
    """Break an accidental card, ID or mobile shape in a serial number (near-misses stay near-misses)."""
    if s.isdigit() and (card_like(s) or id_valid(s) or re.fullmatch(r"1[3-9]\d{9}", s)):
        last = str((int(s[-1]) + 1) % 10)
        s = s[:-1] + last
        if card_like(s) or id_valid(s):
            s = s[:-1] + str((int(last) + 1) % 10)
    return s


def luhn_serial(rng: random.Random, prefix: str, length: int) -> str:
    """A Luhn-valid serial that no card network issues (prefix 9 or 7, or a year)."""
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_digit(body)


def mask_id(rng: random.Random, idno: str) -> str:
    r = rng.random()
    if r < 0.5:
        return idno[:6] + "********" + idno[-4:]
    if r < 0.8:
        return idno[:10] + "****" + idno[-4:]
    return idno[:3] + "*" * 11 + idno[-4:]


def mask_mobile(m: str) -> str:
    return m[:3] + "****" + m[-4:]


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rand_date(rng: random.Random, year: int, m_lo: int = 1, m_hi: int = 12) -> dt.date:
    m = rng.randint(m_lo, m_hi)
    return dt.date(year, m, rng.randint(1, 28))


def money(v: float, style: int) -> str:
    if style == 0:
        return f"{v:.2f}"
    if style == 1:
        return f"{v:,.2f}"
    return str(int(v)) if v == int(v) else f"{v:.2f}"


# ---------------------------------------------------------------------------------------------------------
# Documents, people, tables
# ---------------------------------------------------------------------------------------------------------

Piece = tuple[str, str | None]
Cell = list[Piece]
SpanT = tuple[str, int, int]


def T(text: str) -> Cell:
    return [(text, None)]


def K(kind: str, text: str) -> Cell:
    return [(text, kind)]


def cat(*cells: Cell) -> Cell:
    out: Cell = []
    for c in cells:
        out.extend(c)
    return out


def ctext(cell: Cell) -> str:
    return "".join(t for t, _ in cell)


class Retry(Exception):
    """The draw produced something ambiguous: draw the document again."""


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[SpanT] = []

    def add(self, *texts: str) -> None:
        for t in texts:
            self.parts.append(t)
            self.n += len(t)

    def pii(self, kind: str, text: str) -> None:
        assert kind in KINDS and text, (kind, text)
        self.spans.append((kind, self.n, self.n + len(text)))
        self.add(text)

    def put(self, cell: Cell) -> None:
        for text, kind in cell:
            if kind:
                self.pii(kind, text)
            elif text:
                self.add(text)

    def line(self, *cells: Cell | str) -> None:
        for c in cells:
            if isinstance(c, str):
                self.add(c)
            else:
                self.put(c)
        self.add("\n")

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    parts: NameParts
    sex: str
    birth: dt.date
    county: County
    idno: str
    mobile: str
    town: str
    village: str
    group: str
    house: int
    urban: str = ""  # the part after the 街道/镇 for a flat in town
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.parts.full

    def age(self, year: int) -> int:
        return year - self.birth.year


SAME_SURNAME = {"侄子", "侄女", "堂弟", "堂妹", "堂兄", "孙子", "孙女"}
MALE_RELATIONS = {
    "侄子",
    "外甥",
    "堂弟",
    "堂兄",
    "孙子",
    "儿子",
    "长子",
    "次子",
    "丈夫",
    "父亲",
    "哥哥",
    "弟弟",
}


class Ctx:
    def __init__(self, rng: random.Random, region: Region, pdf: bool) -> None:
        self.rng = rng
        self.region = region
        self.pdf = pdf
        self.county = rng.choice(region.counties)
        rural = self.county.towns[1:]
        self.town, villages = rng.choice(rural)
        self.village = rng.choice(villages)
        self.year = rng.choice((2023, 2024, 2024, 2024, 2025))
        self.doc_date = rand_date(rng, self.year)
        self.used: list[str] = []
        self.dot = rng.choice(("·", "·", "·", "·", "•", "")) if region.key == "altay" else "·"
        self.spaced = pdf and rng.random() < 0.7
        self.name_sep = rng.choice(("　", "  ", " ", "　", "   "))
        self.title = ""
        self.money_style = rng.randint(0, 2)
        self.page_style = rng.randint(0, 5)
        self.page = 1
        self.paged = False  # a table already carries the page marks

    # -- names -----------------------------------------------------------------------------------------
    def _free(self, name: str) -> bool:
        return bool(name) and all(name not in u and u not in name for u in self.used)

    def fresh(
        self, sex: str, year: int, parent: NameParts | None = None, father: bool = True, style: str = ""
    ) -> NameParts:
        rng, region, county = self.rng, self.region, self.county
        for _ in range(60):
            if parent is not None:
                parts = child_name(rng, region, county, parent, father, sex, year, self.dot)
            elif style:
                parts = styled_name(rng, region, county, style, sex, year, self.dot)
            else:
                parts = make_name(rng, region, county, sex, year, self.dot)
            if self._free(parts.full):
                self.used.append(parts.full)
                return parts
        raise Retry("no free name")

    def official(self, sex: str | None = None) -> str:
        sex = sex or self.rng.choice(("男", "男", "女"))
        return self.fresh(sex, self.rng.randint(1965, 1995)).full

    def anon(self, style: str = "") -> str:
        """An anonymised name: 韦某某, 覃某, 黄女士 …"""
        rng = self.rng
        sur = weighted(rng, SURNAMES[self.region.key])
        style = style or rng.choice(("某某", "某", "某某", "女士", "先生", "*", "**"))
        return sur + style

    def prefix(self) -> str:
        """The county's name as a firm's or a centre's name opens it: 都安, 阿勒泰, 曹县."""
        short = self.county.short
        return short[:-1] if len(short) > 2 and short[-1] in "县市区" else short

    def head_title(self, town: str, deputy: bool = False) -> str:
        base = "主任" if town.endswith("街道") else "乡长" if town.endswith("乡") else "镇长"
        return ("副" + base) if deputy else base

    # -- people ----------------------------------------------------------------------------------------
    def group_name(self) -> str:
        rng, key = self.rng, self.region.key
        if key == "hechi":
            return rng.choice(self.region.groups) if rng.random() < 0.6 else f"{rng.randint(1, 12)}组"
        if key == "ganzhou":
            return rng.choice(self.region.groups) if rng.random() < 0.6 else f"{rng.randint(1, 15)}组"
        if key == "zhangye":
            return CN_NUM[rng.randint(0, 9)] + "社"
        if key == "heze":
            return f"{rng.randint(1, 9)}组"
        if key == "altay":
            return f"{rng.randint(1, 6)}组" if rng.random() < 0.6 else CN_NUM[rng.randint(0, 4)] + "队"
        return rng.choice((f"{rng.randint(1, 8)}组", CN_NUM[rng.randint(0, 7)] + "组"))

    def person(
        self,
        lo: int = 20,
        hi: int = 75,
        sex: str | None = None,
        *,
        parent: Person | None = None,
        home: Person | None = None,
        style: str = "",
        same_village: float = 0.85,
        urban: float = 0.12,
    ) -> Person:
        rng = self.rng
        sex = sex or rng.choice(("男", "女"))
        byear = self.year - rng.randint(lo, max(lo, hi))
        birth = dt.date(byear, rng.randint(1, 12), rng.randint(1, 28))
        if parent is not None:
            parts = self.fresh(sex, byear, parent.parts, father=parent.sex == "男")
        else:
            parts = self.fresh(sex, byear, style=style)
        county = home.county if home else self.county
        code = county.code
        if county.old_code and birth.year < county.changed:
            code = county.old_code
        idno = make_id(rng, code, birth, sex)
        if home is not None:
            town, village, group, house, flat = home.town, home.village, home.group, home.house, home.urban
        else:
            town, village = self.town, self.village
            if rng.random() > same_village:
                town, vills = rng.choice(county.towns[1:])
                village = rng.choice(vills)
            group = self.group_name()
            house = rng.randint(1, 168)
            flat = ""
            if rng.random() < urban:
                town = county.towns[0][0]
                flat = self.flat(county)
        return Person(parts, sex, birth, county, idno, make_mobile(rng), town, village, group, house, flat)

    def local(self, lo: int = 20, hi: int = 85, sex: str | None = None) -> Person:
        """Someone of the document's town: one of its villages."""
        p = self.person(lo, hi, sex, same_village=0.5, urban=0.0)
        if p.town != self.town:
            p.town = self.town
            p.village = self.rng.choice(dict(self.county.towns)[self.town])
        return p

    def villager(
        self, lo: int = 20, hi: int = 75, sex: str | None = None, same_village: float = 1.0
    ) -> Person:
        """Someone of the document's village (with same_village < 1, of another village of the county)."""
        return self.person(lo, hi, sex, same_village=same_village, urban=0.0)

    # -- families --------------------------------------------------------------------------------------
    def spouse(self, p: Person) -> Person:
        sex = "女" if p.sex == "男" else "男"
        age = p.age(self.year) + self.rng.randint(-5, 5)
        return self.person(max(20, age), max(20, age), sex, home=p, style=p.parts.style)

    def child(
        self, p: Person, other: Person | None = None, lo: int = 0, hi: int = 99, sex: str | None = None
    ) -> Person:
        """A child of p (and of other, p's spouse): named after whichever of them is the father."""
        father = p if p.sex == "男" else other if other is not None and other.sex == "男" else None
        age = p.age(self.year)
        a_lo, a_hi = max(lo, 0, age - 38), min(hi, age - 20)
        if a_lo > a_hi:
            raise Retry("no age for a child")
        if father is not None:
            return self.person(a_lo, a_hi, sex, parent=father, home=p)
        return self.person(a_lo, a_hi, sex, home=p, style=p.parts.style)

    def parent_of(self, p: Person, sex: str) -> Person:
        age = p.age(self.year)
        lo, hi = age + 20, age + 36
        if sex == "男" and p.parts.style in ("han", "yi"):
            proto = NameParts("", p.parts.style, p.parts.surname, "")
            parts = self.fresh(sex, self.year - lo, proto, father=True)
            q = self.person(lo, hi, sex, home=p, style=p.parts.style)
            self.used.remove(q.parts.full)
            q.parts = parts
            return q
        return self.person(lo, hi, sex, home=p, style=p.parts.style)

    def relative(self, p: Person, rel: str) -> Person:
        """侄子, 侄女, 外甥, 外甥女, 堂弟 … of p: sex from the word, the surname when the word implies it."""
        sex = "男" if rel in MALE_RELATIONS else "女"
        if rel in ("堂弟", "堂妹", "堂兄"):
            lo, hi = max(20, p.age(self.year) - 15), p.age(self.year) + 3
        else:
            lo, hi = max(20, p.age(self.year) - 45), max(20, p.age(self.year) - 18)
        if rel in SAME_SURNAME and p.parts.style in ("han", "yi"):
            proto = NameParts("", p.parts.style, p.parts.surname, "")
            q = self.person(lo, hi, sex, same_village=0.7, style=p.parts.style)
            self.used.remove(q.parts.full)
            q.parts = self.fresh(sex, q.birth.year, proto, father=True)
            return q
        return self.person(lo, hi, sex, same_village=0.7, style=p.parts.style)

    def flat(self, county: County) -> str:
        rng = self.rng
        estate = rng.choice(self.region.estates)
        b, u, r = rng.randint(1, 18), rng.randint(1, 4), rng.randint(1, 18) * 100 + rng.randint(1, 4)
        if rng.random() < 0.5:
            return f"{rng.choice(county.roads)}{rng.randint(1, 320)}号{estate}{b}栋{u}单元{r}室"
        return f"{estate}{b}号楼{u}单元{r}室"

    def addr(self, p: Person, level: int | None = None, house: bool | None = None) -> str:
        rng = self.rng
        c = p.county
        if level is None:
            level = rng.choices((0, 1, 2, 3), weights=(35, 40, 18, 7))[0]
        pre = ("", c.name if rng.random() < 0.5 else c.short, self.region.prefecture + c.name,
               self.region.province + self.region.prefecture + c.name)[level]  # fmt: skip
        if c.name.startswith(self.region.prefecture) and level >= 2:
            pre = pre.replace(self.region.prefecture + self.region.prefecture, self.region.prefecture)
        if p.urban:
            return pre + p.town + p.urban
        skip_group = (self.region.key == "heze" and rng.random() < 0.6) or (
            self.region.key == "altay" and rng.random() < 0.3
        )
        if skip_group:
            return pre + p.town + p.village + f"{p.house}号"
        body = pre + p.town + p.village + p.group
        if house is None:
            house = not p.group.endswith(("组", "队")) or rng.random() < 0.45
        return body + (f"{p.house}号" if house else "")

    def group_of(self, p: Person) -> str:
        if p.urban:
            return p.town
        return p.group

    def card(self, visa: float = 0.0) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < visa:
            bank, bin_, length = rng.choice(VISA_MASTER)
        else:
            bank, bin_, length = rng.choice(self.region.banks)
        return bank, make_card(rng, bin_, length)

    def landline(self, sep: str | None = None) -> str:
        return make_landline(self.rng, self.region.area, sep)

    def date(self, m_lo: int = 1, m_hi: int = 12) -> dt.date:
        return rand_date(self.rng, self.year, m_lo, m_hi)

    def money(self, v: float) -> str:
        return money(v, self.money_style)

    # -- near-miss numbers -----------------------------------------------------------------------------
    def gov_code(self) -> str:
        return credit_code(self.rng, self.county, "gov")

    def index_no(self) -> str:
        rng = self.rng
        sep = rng.choice(("/", "-"))
        return f"{self.gov_code()}{sep}{self.year}-{rng.randint(1, 4000):05d}"

    def wenhao(self, dept: str) -> str:
        return f"{self.county.abbr}{dept}〔{self.year}〕{self.rng.randint(1, 160)}号"

    def gov_mail(self, dept: str) -> str:
        return f"{self.county.pinyin}{dept}@{self.rng.choice(('163', 'mail', 'xxgk'))}.gov.cn"


DEPT_MAIL = {
    "民政局": "mzj",
    "教育局": "jyj",
    "人社局": "rsj",
    "水利局": "slj",
    "应急局": "yjj",
    "自然资源局": "zrzyj",
}


def dept(ctx: Ctx, short: str) -> str:
    names = {
        "民政局": "民政局",
        "教育局": "教育局" if ctx.rng.random() < 0.6 else "教育体育局",
        "人社局": "人力资源和社会保障局",
        "水利局": "水利局",
        "应急局": "应急管理局",
        "自然资源局": "自然资源局",
        "农业农村局": "农业农村局",
    }
    return ctx.county.name + names[short]


def meta_block(
    doc: Doc, ctx: Ctx, publisher: str, topic: str, wenhao: str = "", d: dt.date | None = None
) -> None:
    """The catalogue block a 政府信息公开 page shows above the text."""
    rng = ctx.rng
    d = d or ctx.doc_date
    style = rng.randint(0, 2)
    if style == 0:
        doc.add(f"索引号：{ctx.index_no()}\n", f"主题分类：{topic}\n", f"发布机构：{publisher}\n")
        doc.add(f"成文日期：{d:%Y-%m-%d}\n")
        if wenhao:
            doc.add(f"文号：{wenhao}\n")
    elif style == 1:
        doc.add(f"索 引 号：{ctx.index_no()}　　信息分类：{topic}\n")
        doc.add(f"发布机构：{publisher}　　生成日期：{d:%Y-%m-%d}\n")
        doc.add(f"文　　号：{wenhao or '无'}　　有效性：有效\n")
    else:
        doc.add(
            f"【发布时间：{d:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}】【来源"
            f"：{publisher}】"
        )
        doc.add("【字体：大 中 小】\n")
    doc.add("\n")


def page_footer(doc: Doc, ctx: Ctx) -> None:
    if ctx.rng.random() < 0.3:
        doc.add(
            ctx.rng.choice(("\n【打印本页】【关闭窗口】\n", "\n扫一扫在手机打开当前页\n", "\n相关附件：无\n"))
        )


# Layouts ---------------------------------------------------------------------------------------------------

SCREEN_LAYOUTS = ("tab", "space", "pipe", "html", "csv", "cell", "numbered")
PDF_LAYOUTS = ("space", "tab", "cell", "slim")


def disp_width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def spaced_cell(cell: Cell, sep: str) -> Cell:
    if (
        len(cell) == 1
        and cell[0][1] == "name"
        and len(cell[0][0]) == 2
        and all(ord(c) > 0x2E80 for c in cell[0][0])
    ):
        t = cell[0][0]
        return [(t[0] + sep + t[1], "name")]
    return cell


def page_mark(style: int, page: int, total: int) -> str:
    return (
        f"- {page} -",
        f"—{page}—",
        f"第 {page} 页 共 {total} 页",
        f"第{page}页",
        f"{page}",
        f"— {page} —",
    )[style]


def choose_layout(ctx: Ctx, allowed: Sequence[str] = SCREEN_LAYOUTS) -> str:
    if ctx.pdf:
        return ctx.rng.choice(PDF_LAYOUTS)
    return ctx.rng.choice(list(allowed))


def render_table(
    doc: Doc,
    ctx: Ctx,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    layout: str,
) -> None:
    rng = ctx.rng
    hdrs = list(headers)
    body = [list(r) for r in rows]
    if ctx.pdf:
        if layout not in PDF_LAYOUTS:
            layout = rng.choice(PDF_LAYOUTS)
        if ctx.spaced:
            sep = "　" if layout in ("space", "slim") else ctx.name_sep
            body = [[spaced_cell(c, sep) for c in r] for r in body]
            if rng.random() < 0.5:
                hdrs = [h[0] + sep + h[1] if len(h) == 2 else h for h in hdrs]
    breaks: set[int] = set()
    total = 1
    if ctx.pdf and len(body) > 4:
        step = rng.randint(4, 9)
        breaks = set(range(step, len(body), step))
        total = ctx.page + len(breaks) + rng.randint(0, 1)
        ctx.paged = True
    repeat_header = rng.random() < 0.5

    def pagebreak() -> None:
        doc.add(page_mark(ctx.page_style, ctx.page, total) + "\n")
        ctx.page += 1
        if rng.random() < 0.5 and ctx.title:
            doc.add(ctx.title + ("（续）" if rng.random() < 0.5 else "") + "\n")

    if layout in ("tab", "slim"):
        sep = "\t" if layout == "tab" else " "
        doc.add(sep.join(hdrs) + "\n")
        for i, row in enumerate(body):
            if i in breaks:
                pagebreak()
                if repeat_header:
                    doc.add(sep.join(hdrs) + "\n")
            for j, c in enumerate(row):
                if j:
                    doc.add(sep)
                doc.put(c if ctext(c) or layout == "tab" else T("—"))
            doc.add("\n")
    elif layout == "space":
        widths = [disp_width(h) for h in hdrs]
        for row in body:
            for j, c in enumerate(row):
                widths[j] = max(widths[j], disp_width(ctext(c)))
        gap = rng.randint(2, 4)

        def emit(cells: Sequence[Cell]) -> None:
            for j, c in enumerate(cells):
                doc.put(c)
                if j < len(cells) - 1:
                    doc.add(" " * (widths[j] - disp_width(ctext(c)) + gap))
            doc.add("\n")

        emit([T(h) for h in hdrs])
        for i, row in enumerate(body):
            if i in breaks:
                pagebreak()
                if repeat_header:
                    emit([T(h) for h in hdrs])
            emit(row)
    elif layout == "pipe":
        doc.add("| " + " | ".join(hdrs) + " |\n")
        doc.add("|" + "|".join("---" for _ in hdrs) + "|\n")
        for row in body:
            doc.add("| ")
            for j, c in enumerate(row):
                if j:
                    doc.add(" | ")
                doc.put(c)
            doc.add(" |\n")
    elif layout == "html":
        per_line = rng.random() < 0.4
        nl = "\n" if per_line else ""
        doc.add('<table border="1" cellspacing="0">\n<tr>' + nl)
        doc.add(nl.join(f"<th>{h}</th>" for h in hdrs) + nl + "</tr>\n")
        for row in body:
            doc.add("<tr>" + nl)
            for c in row:
                doc.add("<td>")
                doc.put(c)
                doc.add("</td>" + nl)
            doc.add("</tr>\n")
        doc.add("</table>\n")
    elif layout == "csv":
        quote_all = rng.random() < 0.6
        doc.add(",".join(f'"{h}"' if quote_all else h for h in hdrs) + "\n")
        for row in body:
            for j, c in enumerate(row):
                if j:
                    doc.add(",")
                q = quote_all or "," in ctext(c) or " " in ctext(c)
                doc.add('"' if q else "")
                doc.put(c)
                doc.add('"' if q else "")
            doc.add("\n")
    elif layout == "cell":
        for h in hdrs:
            doc.add(h + "\n")
        for i, row in enumerate(body):
            if i in breaks:
                pagebreak()
            for c in row:
                doc.put(c)
                doc.add("\n")
    elif layout == "numbered":
        style = rng.randint(0, 2)
        for i, row in enumerate(body, 1):
            doc.add((f"{i}．", f"{i}、", f"（{i}）")[style])
            first = True
            for h, c in zip(hdrs, row, strict=True):
                if h == "序号" or not ctext(c):
                    continue
                if not first:
                    doc.add("，")
                if first or h in ("性别",):
                    doc.put(c)
                else:
                    doc.add(h.replace("（元）", "") + "：")
                    doc.put(c)
                first = False
            doc.add("；\n" if i < len(body) else "。\n")
    else:
        raise ValueError(layout)


# PDF extraction ---------------------------------------------------------------------------------------------

NO_LINE_START = set("，。、；：？！）》」』”’%．·")


def tableish(line: str) -> bool:
    return (
        "\t" in line
        or bool(re.search(r"\S {2,}\S", line))
        or line.startswith(("|", "<", '"'))
        or line.count(" ") >= 3
    )


def shift(text: str, spans: list[SpanT], inserts: list[tuple[int, str]]) -> tuple[str, list[SpanT]]:
    inserts = sorted(inserts)
    out: list[str] = []
    last = 0
    for pos, s in inserts:
        out.append(text[last:pos])
        out.append(s)
        last = pos
    out.append(text[last:])
    positions = [p for p, _ in inserts]
    cum = [0]
    for _, s in inserts:
        cum.append(cum[-1] + len(s))
    new: list[SpanT] = []
    for kind, s0, e0 in spans:
        ns = s0 + cum[bisect.bisect_right(positions, s0)]
        ne = e0 + cum[bisect.bisect_left(positions, e0)]
        new.append((kind, ns, ne))
    return "".join(out), new


def hard_wrap(text: str, spans: list[SpanT], width: int) -> tuple[str, list[SpanT]]:
    forbidden = bytearray(len(text) + 1)
    for kind, s, e in spans:
        if kind != "address":
            for p in range(s + 1, e):
                forbidden[p] = 1
    inserts: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        n = len(line)
        if n > width and not tableish(line):
            col = 0
            for i in range(n):
                p = pos + i
                if col >= width and i < n - 1 and not forbidden[p] and line[i] not in NO_LINE_START:
                    a, b = line[i - 1], line[i]
                    if not (a.isascii() and a.isalnum() and b.isascii() and b.isalnum()):
                        inserts.append((p, "\n"))
                        col = 0
                col += 1
        pos += n + 1
    return shift(text, spans, inserts)


def add_page_marks(ctx: Ctx, text: str, spans: list[SpanT]) -> tuple[str, list[SpanT]]:
    """Page footers (and now and then the running title) between the lines of a PDF's prose."""
    rng = ctx.rng
    if len(text) < 500 or ctx.paged:
        return text, spans
    starts = [m.end() for m in re.finditer("\n", text) if m.end() < len(text)]
    inside = [(s, e) for _, s, e in spans]
    ok = [
        p for p in starts if not any(s < p < e for s, e in inside) and len(text) * 0.3 < p < len(text) * 0.9
    ]
    if not ok:
        return text, spans
    n = min(len(ok), rng.randint(1, 2))
    chosen = sorted(rng.sample(ok, n))
    total = n + 1
    inserts = []
    for i, p in enumerate(chosen, 1):
        mark = page_mark(ctx.page_style, i, total) + "\n"
        if ctx.title and rng.random() < 0.35:
            mark += ctx.title + "\n"
        inserts.append((p, mark))
    return shift(text, spans, inserts)


# ---------------------------------------------------------------------------------------------------------
# Shared vocabulary of the families
# ---------------------------------------------------------------------------------------------------------

DISEASES = (
    "高血压",
    "2型糖尿病",
    "脑梗死后遗症",
    "慢性阻塞性肺疾病",
    "冠心病",
    "阿尔茨海默病",
    "帕金森病",
    "类风湿性关节炎",
    "慢性肾衰竭",
    "肺结核",
    "肝硬化",
    "脑出血后遗症",
    "腰椎间盘突出症",
    "白内障",
    "骨质疏松症",
    "尿毒症",
    "肺癌",
    "胃癌",
    "乳腺癌",
    "精神分裂症",
    "癫痫",
    "心力衰竭",
)
REGIONAL_DISEASES = {
    "ganzi": ("包虫病", "大骨节病", "高原性心脏病"),
    "altay": ("包虫病", "布鲁氏菌病"),
    "zhangye": ("包虫病", "尘肺病"),
    "hechi": ("地中海贫血", "鼻咽癌"),
    "ganzhou": ("尘肺病", "鼻咽癌"),
    "heze": ("脑血栓后遗症", "食管癌"),
}
INJURIES = (
    "右股骨颈骨折",
    "左股骨粗隆间骨折",
    "左桡骨远端骨折",
    "头皮挫裂伤",
    "腰椎压缩性骨折",
    "右髋部软组织挫伤",
    "多发肋骨骨折",
    "右肱骨外科颈骨折",
)
DISABILITY_TYPES = ("肢体", "视力", "听力", "言语", "智力", "精神", "多重")


def disease(ctx: Ctx) -> str:
    if ctx.rng.random() < 0.3:
        return ctx.rng.choice(REGIONAL_DISEASES[ctx.region.key])
    return ctx.rng.choice(DISEASES)


def disability(ctx: Ctx) -> str:
    rng = ctx.rng
    t, g = rng.choice(DISABILITY_TYPES), rng.choice("一二三四")
    return rng.choice((f"{t}{g}级", f"{t}残疾{g}级", f"{t}{g}级残疾", f"{t}残疾{g}级"))


def ethnic(ctx: Ctx, p: Person) -> str:
    rng, style, sur = ctx.rng, p.parts.style, p.parts.surname
    fixed = {"kz": "哈萨克族", "tib": "藏族", "yi": "彝族", "mongol": "蒙古族"}
    if style in fixed:
        return fixed[style]
    key = ctx.region.key
    if key == "hechi":
        if sur in YAO_SURNAMES and rng.random() < 0.6:
            return "瑶族"
        if p.county.code == "451226" and rng.random() < 0.5:
            return "毛南族"
        if p.county.code == "451225" and rng.random() < 0.4:
            return "仫佬族"
        return "壮族" if rng.random() < 0.7 else "汉族"
    if key == "ganzhou" and sur in SHE_SURNAMES and rng.random() < 0.5:
        return "畲族"
    if key == "zhangye" and sur in YUGUR_SURNAMES and p.county.code == "620721":
        return "裕固族"
    if key == "altay" and sur in HUI_SURNAMES and rng.random() < 0.8:
        return "回族"
    return "汉族"


def sign(doc: Doc, org: str, d: dt.date, pdf: bool = False) -> None:
    pad = "　" * 12 if pdf else ""
    doc.add(f"\n{pad}{org}\n{pad}{cn_date(d)}\n")


def name_list(doc: Doc, people: Sequence[Person], labelled: bool = True, sep: str = "、") -> None:
    for i, p in enumerate(people):
        if i:
            doc.add(sep)
        if labelled:
            doc.pii("name", p.name)
        else:
            doc.add(p.name)


def id_cell(ctx: Ctx, p: Person, masked: bool) -> Cell:
    return T(mask_id(ctx.rng, p.idno)) if masked else K("id_card", p.idno)


def mobile_cell(ctx: Ctx, p: Person, masked: bool = False) -> Cell:
    return T(mask_mobile(p.mobile)) if masked else K("mobile", fmt_mobile(ctx.rng, p.mobile))


def card_cell(ctx: Ctx, card: str, grouped: bool) -> Cell:
    return K("bank_card", fmt_card(ctx.rng, card, grouped))


def relation(rng: random.Random, sex: str, kind: str) -> str:
    if kind == "child":
        return rng.choice(("长子", "次子", "儿子")) if sex == "男" else rng.choice(("长女", "次女", "女儿"))
    if kind == "spouse":
        return "丈夫" if sex == "男" else "妻子"
    return "父亲" if sex == "男" else "母亲"


# ---------------------------------------------------------------------------------------------------------
# 1. villagefin: 村级财务
# ---------------------------------------------------------------------------------------------------------

CADRE_TITLES = ("村党支部书记", "村委会主任", "村党组织书记、村委会主任", "村党总支书记", "村委会副主任")


def vf_ledger(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    town, vil, y = ctx.town, ctx.village, ctx.year
    period, (m_lo, m_hi) = rng.choice(
        (
            ("第一季度", (1, 3)),
            ("第二季度", (4, 6)),
            ("第三季度", (7, 9)),
            ("第四季度", (10, 12)),
            ("5月份", (5, 5)),
            ("6月份", (6, 6)),
            ("上半年", (1, 6)),
            ("10月份", (10, 10)),
        )
    )
    ctx.title = rng.choice(
        (
            f"{town}{vil}{y}年{period}财务收支明细公开表",
            f"{vil}{y}年{period}村级财务公开（收支明细）",
            f"{vil}村务财务公开栏——{y}年{period}收支明细",
        )
    )
    if rng.random() < 0.4:
        meta_block(doc, ctx, f"{ctx.county.name}{town}人民政府", "综合政务\\政务公开")
    doc.add(ctx.title + "\n")
    doc.add(
        rng.choice(
            (
                "单位：元\n",
                f"公开单位：{vil}村务监督委员会　　　　单位：元\n",
                f"填报单位：{vil}村民委员会　　公开日期：{cn_date(ctx.date(m_hi, 12))}\n",
            )
        )
    )
    sec, acc, sup = ctx.official(), ctx.official(), ctx.official()
    sec_title = rng.choice(CADRE_TITLES)
    pool = (
        "labor",
        "qingmiao",
        "labor",
        "multi",
        "cleaner",
        "grant",
        "rent",
        "pv",
        "cadre",
        "anon",
        "shop",
        "meeting",
        "power",
        "office",
    )
    kinds = ["labor", "qingmiao", *(rng.choice(pool) for _ in range(rng.randint(5, 11)))]
    rng.shuffle(kinds)
    dates = sorted(rand_date(rng, y, m_lo, m_hi) for _ in kinds)
    rows: list[list[Cell]] = []
    tin = tout = 0.0
    short_dates = rng.random() < 0.5
    voucher_style = rng.randint(0, 2)
    for i, (k, d) in enumerate(zip(kinds, dates, strict=True)):
        inc = out = 0.0
        m = d.month
        if k == "labor":
            p = ctx.villager(25, 68)
            pre = (
                "支付"
                + (p.group if p.group and rng.random() < 0.5 else "")
                + ("村民" if rng.random() < 0.3 else "")
            )
            work = rng.choice(
                (
                    "清理水渠劳务费",
                    "修补村道劳务费",
                    "清理塌方土石劳务费",
                    "森林防火临时用工工资",
                    "安装路灯劳务费",
                    "疏通排水沟劳务费",
                )
            )
            summ = cat(T(pre), K("name", p.name), T(work))
            out = rng.randint(3, 24) * 50
        elif k == "qingmiao":
            p = ctx.villager(30, 75)
            area = rng.choice((0.3, 0.5, 0.8, 1.2, 1.5, 2.1, 0.65))
            summ = cat(T("付" + p.group), K("name", p.name), T(f"户青苗补偿款（{area}亩）"))
            out = round(area * rng.choice((800, 1000, 1200, 1500)))
        elif k == "multi":
            a, b = ctx.villager(25, 65), ctx.villager(25, 65)
            what = rng.choice(("机耕道", "排水沟", "挡土墙", "村道护栏"))
            summ = cat(
                T("支付"),
                K("name", a.name),
                T("、"),
                K("name", b.name),
                T(f"等{rng.randint(3, 8)}人修建{what}误工补贴"),
            )
            out = rng.randint(10, 60) * 100
        elif k == "cleaner":
            p = ctx.villager(40, 64)
            summ = cat(
                T(rng.choice(("支付保洁员", "发放村级保洁员", "付护林员"))),
                K("name", p.name),
                T(f"{m}月工资"),
            )
            out = rng.choice((500, 600, 800, 1000))
        elif k == "grant":
            summ = T(f"收到{town}财政所拨付{y}年村级组织运转经费")
            inc = rng.randint(20, 60) * 1000
        elif k == "rent":
            co = (
                ctx.prefix()
                + rng.choice(("绿源", "丰泽", "惠农", "金穗", "兴农"))
                + rng.choice(("农业发展有限公司", "种养专业合作社", "生态农业有限公司"))
            )
            summ = T(f"收到{co}{y}年土地流转租金")
            inc = rng.randint(30, 200) * 500
        elif k == "pv":
            summ = T(f"收到村级光伏电站{max(1, m - 1)}月发电收益")
            inc = rng.randint(2000, 9000) + rng.randint(0, 99) / 100
        elif k == "cadre":
            summ = T(f"支付{sec_title}{sec}{m}月误工补贴")
            out = rng.choice((600, 800, 1200))
        elif k == "anon":
            summ = T(f"支付{ctx.anon('某某')}户房屋漏雨临时修缮补助")
            out = rng.choice((500, 800, 1000))
        elif k == "shop":
            sur = weighted(rng, SURNAMES[ctx.region.key])
            summ = T(f"支付{town[:2]}{sur}记建材经营部水泥款（{rng.randint(2, 30)}吨）")
            out = rng.randint(10, 120) * 45
        elif k == "meeting":
            summ = T("支付村民代表会议误餐费")
            out = rng.randint(6, 30) * 20
        elif k == "power":
            summ = T("支付村委会办公楼电费")
            out = rng.randint(100, 900) + rng.randint(0, 99) / 100
        else:
            summ = T("购买办公用品（打印纸、墨盒）")
            out = rng.randint(5, 40) * 10
        tin += inc
        tout += out
        date_s = f"{d.month}.{d.day}" if short_dates else f"{d:%Y-%m-%d}"
        voucher = (f"记{i + 1:03d}", f"第{i + 1}号", f"{y}-{d.month:02d}-{i + 1:03d}")[voucher_style]
        rows.append(
            [
                T(date_s),
                T(voucher),
                summ,
                T(ctx.money(inc) if inc else ""),
                T(ctx.money(out) if out else ""),
                T(rng.choice((acc, sec))),
            ]
        )
    headers = ["日期", "凭证号", "摘要", "收入", "支出", "经手人"]
    if rng.random() < 0.3:
        headers = headers[:5]
        rows = [r[:5] for r in rows]
    render_table(doc, ctx, headers, rows, choose_layout(ctx, ("pipe", "tab", "html", "space", "cell", "csv")))
    doc.add(f"\n本期收入合计{ctx.money(tin)}元，支出合计{ctx.money(tout)}元。\n")
    doc.add(
        rng.choice(
            (
                f"村务监督委员会主任：{sup}　　报账员：{acc}\n",
                f"审核人：{sup}　　制表人：{acc}\n",
                f"{vil}村务监督委员会（签章）　　{vil}村民委员会（签章）\n",
            )
        )
    )
    if rng.random() < 0.6:
        doc.add(
            f"如对公开内容有异议，请于公开之日起7日内向村务监督委员会或{town}纪委反映。监督电话：{ctx.landline()}\n"
        )
    page_footer(doc, ctx)
    return doc


def vf_dividend(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    town, vil, y = ctx.town, ctx.village, ctx.year
    meeting = ctx.date(1, 3)
    issued = meeting + dt.timedelta(days=rng.randint(3, 20))
    ctx.title = rng.choice(
        (
            f"{vil}{y - 1}年度村集体经济收益分配到户情况公示",
            f"{town}{vil}{y - 1}年村集体经济分红到户清单",
            f"关于{vil}{y - 1}年度集体收益分配方案及到户明细的公示",
        )
    )
    if rng.random() < 0.35:
        meta_block(
            doc, ctx, f"{ctx.county.name}{town}人民政府", "农业、林业、水利\\农业、畜牧业、渔业", d=issued
        )
    doc.add(ctx.title + "\n")
    per = rng.choice((50, 80, 100, 120, 150, 200))
    a = rng.randint(25, 45)
    b = a - rng.randint(0, 4)
    doc.add(
        f"　　根据《{vil}集体经济组织收益分配方案》，经{cn_date(meeting)}村民代表会议表决通过（应"
        f"到{a}人，"
        f"实到{b}人，同意{b - rng.randint(0, 2)}人），{y - 1}年度村集体经济可分配收"
        f"益{rng.randint(8, 60) * 10000}元，"
        f"提取公积公益金{rng.choice((10, 20, 30))}%后，按在册集体经济组织成员人均{per}元分配到户。"
        "现将分配明细公示如下：\n"
    )
    with_card = rng.random() < 0.6
    grouped = rng.random() < 0.3
    people = [ctx.villager(30, 82) for _ in range(rng.randint(6, 14))]
    if not with_card and not ctx.pdf and rng.random() < 0.4:
        doc.add("分配到户名单（户主、人口、金额）：\n")
        for i, p in enumerate(people):
            if i:
                doc.add("；" if rng.random() < 0.5 else "、")
            k = rng.randint(1, 7)
            doc.add(p.group if p.group and rng.random() < 0.3 else "")
            doc.pii("name", p.name)
            doc.add(f"户{k}人{k * per}元")
        doc.add("。\n")
    else:
        headers = [
            "序号",
            "户主",
            "所在组",
            "分配人口",
            "分配金额（元）",
            *(["一卡通账号"] if with_card else []),
            "备注",
        ]
        rows: list[list[Cell]] = []
        for i, p in enumerate(people, 1):
            k = rng.randint(1, 7)
            r = rng.random()
            if r < 0.12:
                if rng.random() < 0.5 or p.age(ctx.year) < 45:
                    q = ctx.spouse(p)
                    rel = "妻" if q.sex == "女" else "丈夫"
                else:
                    q = ctx.child(p, lo=20)
                    rel = relation(rng, q.sex, "child")
                remark = cat(T(f"户主已故，由其{rel}"), K("name", q.name), T("代领"))
            elif r < 0.22:
                remark = T("含新增人口1人")
            elif r < 0.28:
                remark = T("户主长期外出，打卡发放")
            else:
                remark = T("")
            row = [T(str(i)), K("name", p.name), T(ctx.group_of(p)), T(str(k)), T(ctx.money(k * per))]
            if with_card:
                row.append(card_cell(ctx, ctx.card()[1], grouped))
            row.append(remark)
            rows.append(row)
        render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(
        f"　　公示期为{rng.choice((5, 7))}天。如有异议，请在公示期内向村务监督委员会反映"
        + (f"，联系电话：{ctx.landline()}。\n" if rng.random() < 0.5 else "。\n")
    )
    sign(doc, f"{vil}股份经济合作社" if rng.random() < 0.5 else f"{vil}村民委员会", issued, ctx.pdf)
    page_footer(doc, ctx)
    return doc


def vf_yishiyiyi(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    vil = ctx.village
    grp = ctx.group_name() or ""
    project = rng.choice(
        ("通组道路硬化", "饮水管网延伸", "排灌渠道修缮", "村内巷道硬化", "文化广场建设", "便民桥修建")
    )
    ctx.title = f"关于{vil}{grp}{project}一事一议筹资筹劳情况的公示"
    doc.add(ctx.title + "\n")
    n_people = rng.randint(6, 14)
    n_hh = n_people
    came = n_hh - rng.randint(0, 2)
    per, days = rng.choice((10, 15, 20)), rng.randint(2, 8)
    meet = ctx.date(2, 6)
    doc.add(
        f"　　为改善群众生产生活条件，经{cn_date(meet)}{grp or vil}户主会议讨论，应到{n_hh}户，实到{came}户，"
        f"同意{came - rng.randint(0, 3)}户，通过了{project}项目一事一议筹资筹劳方案。项目总投资"
        f"{rng.randint(8, 60)}.{rng.randint(0, 9)}万元，申请财政奖补{rng.randint(4, 30)}万元，"
        f"群众筹资按每人{per}元、"
        f"筹劳按每个劳动力{days}个工日计算。现将筹资筹劳名单公示如下：\n"
    )
    people = [ctx.villager(28, 80) for _ in range(n_people)]
    for p in people:
        p.group = grp or p.group
    rows: list[list[Cell]] = []
    for i, p in enumerate(people, 1):
        size = rng.randint(1, 7)
        labour = rng.randint(0, min(size, 4))
        r = rng.random()
        if r < 0.1:
            remark, cash, work = T("五保户，免筹"), 0, 0
        elif r < 0.22:
            remark, cash, work = cat(K("health", disability(ctx)), T("，免筹劳")), size * per, 0
        elif r < 0.3:
            remark, cash, work = T("低保户，减半"), size * per // 2, labour * days // 2
        elif r < 0.38 and labour:
            remark, cash, work = T("以资代劳"), size * per + labour * days * 80, 0
        else:
            remark, cash, work = T(""), size * per, labour * days
        rows.append(
            [T(str(i)), K("name", p.name), T(str(size)), T(str(labour)), T(str(cash)), T(str(work)), remark]
        )
    headers = ["序号", "户主", "家庭人口", "劳动力", "筹资（元）", "筹劳（工日）", "备注"]
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    if rng.random() < 0.5:
        host, rec = ctx.official(), ctx.official()
        doc.add(f"\n附：{grp or vil}户主会议记录\n")
        doc.add(
            f"时间：{cn_date(meet)}晚{rng.randint(7, 8)}时\n地点"
            f"：{vil}{grp}{rng.choice(('文化室', '晒坝', '活动室'))}\n"
        )
        doc.add(
            f"主持人：{host}（{rng.choice(('村委会副主任', '驻村第一书记', '村党支部书记'))}）"
            f"　　记录人：{rec}（村文书）\n"
        )
        att = rng.sample(people, min(len(people), rng.randint(3, 6)))
        doc.add("到会户代表：")
        name_list(doc, att)
        doc.add(f"等{came}户\n发言记录：\n")
        words = rng.sample(
            (
                "同意修，路修好了拉东西方便，筹劳我家出两个人。",
                "同意方案，但希望施工时注意排水，不要冲到我家田里。",
                "我家劳力在外打工，申请以资代劳。",
                "建议先把坡陡的那一段修好，再修平路。",
                "钱要张榜公布，每一笔都要让大家看到。",
            ),
            3,
        )
        for p, said in zip(rng.sample(att, min(len(att), rng.randint(1, 3))), words, strict=False):
            doc.add(rng.choice(("户代表", "村民代表", "")))
            doc.pii("name", p.name)
            doc.add("：" + said + "\n")
        doc.add(f"表决结果：同意{came - 1}户，不同意0户，弃权1户。\n")
    doc.add(f"　　公示时间：{cn_date(meet + dt.timedelta(days=2))}至{cn_date(meet + dt.timedelta(days=9))}。")
    doc.add("对公示内容有异议的，请向村务监督委员会反映。\n")
    sign(doc, f"{vil}村民委员会", meet + dt.timedelta(days=2), ctx.pdf)
    return doc


def vf_labor(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    town, vil, y = ctx.town, ctx.village, ctx.year
    qing = rng.random() < 0.55
    masked = rng.random() < 0.25
    if qing:
        project = vil + rng.choice(("高标准农田建设", "通村公路拓宽", "灌区渠系改造", "产业路建设"))
        ctx.title = f"{project}项目青苗补偿款发放花名册"
        headers = [
            "序号",
            "姓名",
            "身份证号码",
            "组别",
            "占地面积（亩）",
            "补偿标准（元/亩）",
            "补偿金额（元）",
            "开户银行",
            "银行账号",
            "领款人签字",
        ]
    else:
        m = rng.randint(1, 12)
        ctx.title = f"{vil}{y}年{m}月村级公益事业临时用工劳务费发放表"
        headers = [
            "序号",
            "姓名",
            "身份证号码",
            "出工天数",
            "日工资（元）",
            "应发金额（元）",
            "银行卡号",
            "备注",
        ]
    doc.add(ctx.title + "\n")
    doc.add(f"单位：{town}{vil}村民委员会　　　　　　单位：元\n")
    rows: list[list[Cell]] = []
    best: tuple[float, Person | None] = (0, None)
    grouped = rng.random() < 0.25
    for i in range(1, rng.randint(5, 13) + 1):
        p = ctx.villager(22, 70)
        bank, card = ctx.card()
        if qing:
            area = round(rng.uniform(0.1, 3.0), 2)
            price = rng.choice((1200, 1500, 1800, 2000))
            amt = round(area * price, 2)
            if amt > best[0]:
                best = (amt, p)
            sig = K("name", p.name) if rng.random() < 0.2 else T("")
            rows.append(
                [
                    T(str(i)),
                    K("name", p.name),
                    id_cell(ctx, p, masked),
                    T(ctx.group_of(p)),
                    T(str(area)),
                    T(str(price)),
                    T(ctx.money(amt)),
                    T(bank),
                    card_cell(ctx, card, grouped),
                    sig,
                ]
            )
        else:
            days = rng.randint(2, 20)
            wage = rng.choice((100, 120, 150, 180))
            rows.append(
                [
                    T(str(i)),
                    K("name", p.name),
                    id_cell(ctx, p, masked),
                    T(str(days)),
                    T(str(wage)),
                    T(ctx.money(days * wage)),
                    card_cell(ctx, card, grouped),
                    T(rng.choice(("", "", "已转账", "脱贫户"))),
                ]
            )
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    if qing and best[1] is not None and rng.random() < 0.5:
        doc.add(f"　　以上共{len(rows)}户，补偿面积以实测为准，其中补偿金额最大的为")
        doc.pii("name", best[1].name)
        doc.add(f"户，{ctx.money(best[0])}元。\n")
    doc.add(
        f"制表人：{ctx.official()}　　审核人：{ctx.official()}　　{rng.choice(CADRE_TITLES)}"
        f"：{ctx.official()}\n"
    )
    doc.add(f"发放单位（盖章）：{vil}村民委员会　　{cn_date(ctx.date())}\n")
    return doc


# ---------------------------------------------------------------------------------------------------------
# 2. election: 村（居）委会换届
# ---------------------------------------------------------------------------------------------------------

TERM = ("十一", "十二", "十三")
ELECTION_LAW = {
    "hechi": "《广西壮族自治区村民委员会选举办法》",
    "ganzi": "《四川省村民委员会选举条例》",
    "heze": "《山东省村民委员会选举办法》",
    "ganzhou": "《江西省村民委员会选举办法》",
    "zhangye": "《甘肃省村民委员会选举办法》",
    "altay": "《新疆维吾尔自治区村民委员会选举办法》",
}


def committee(vil: str) -> str:
    return "居民委员会" if vil.endswith("社区") else "村民委员会"


def el_voters(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    vil, term = ctx.village, rng.choice(TERM)
    com = committee(vil)
    ctx.title = rng.choice(
        (f"{vil}第{term}届{com}换届选举选民名单公告", f"{ctx.town}{vil}选民榜", f"{vil}选民名单公告")
    )
    doc.add(ctx.title + "\n")
    n_voters = rng.randint(300, 2400)
    law = ELECTION_LAW[ctx.region.key]
    doc.add(
        f"　　根据《中华人民共和国村民委员会组织法》和{law}的规定，经{vil}村民选举委员会登记确认，"
        f"本届选举共登记选民{n_voters}人，现将选民名单予以公布（本公告仅列部分村民小组，其余见各组公示栏）。\n"
    )
    if rng.random() < 0.45 and not ctx.pdf:
        for _ in range(rng.randint(2, 4)):
            grp = ctx.group_name() or vil
            people = [ctx.villager(18, 85) for _ in range(rng.randint(6, 16))]
            doc.add(f"{grp}（{len(people)}人）：")
            name_list(doc, people, labelled=False)
            doc.add("\n")
    else:
        with_id = rng.random() < 0.4
        with_phone = rng.random() < 0.15
        headers = [
            "序号",
            "姓名",
            "性别",
            "出生年月",
            "所在组",
            *(["身份证号码"] if with_id else []),
            *(["联系电话"] if with_phone else []),
            "备注",
        ]
        rows: list[list[Cell]] = []
        for i in range(1, rng.randint(8, 18) + 1):
            p = ctx.villager(18, 88)
            row = [
                T(str(i)),
                T(p.name),
                T(p.sex),
                T(f"{p.birth.year}.{p.birth.month:02d}"),
                T(ctx.group_of(p)),
            ]
            if with_id:
                row.append(K("id_card", p.idno))
            if with_phone:
                row.append(mobile_cell(ctx, p) if rng.random() < 0.7 else T(""))
            young = p.age(ctx.year) <= 19
            row.append(
                T(
                    rng.choice(
                        ("", "", "", "外出务工", "户籍迁入", *(("新增（年满18周岁）",) * 3 if young else ()))
                    )
                )
            )
            rows.append(row)
        render_table(doc, ctx, headers, rows, choose_layout(ctx))
    if rng.random() < 0.5:
        gone = [ctx.villager(60, 95) for _ in range(rng.randint(1, 3))]
        doc.add("　　不列入本届选民名单的人员（死亡或户籍迁出）：")
        name_list(doc, gone, labelled=False)
        doc.add("。\n")
    doc.add(
        "　　选民对公布的选民名单有不同意见的，可以在选民名单公布之日起五日内向村民选举委员会提出申诉，"
        "村民选举委员会应当自收到申诉之日起三日内作出处理决定，并公布处理结果。\n"
    )
    if rng.random() < 0.5:
        doc.add(f"村民选举委员会咨询电话：{ctx.landline()}\n")
    sign(doc, f"{vil}村民选举委员会", ctx.doc_date, ctx.pdf)
    return doc


def party(rng: random.Random, p: Person) -> str:
    young = p.birth.year >= 1996
    options: list[str] = ["中共党员", "中共党员", "群众"] + (["共青团员"] if young else [])
    return rng.choice(options)


def el_candidates(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    vil, term = ctx.village, rng.choice(TERM)
    com = committee(vil)
    stage = rng.choice(("初步候选人", "正式候选人", "当选人"))
    ctx.title = f"{vil}第{term}届{com}成员{stage}名单公告"
    doc.add(ctx.title + "\n")
    if rng.random() < 0.3:
        meta_block(doc, ctx, f"{ctx.county.name}{ctx.town}人民政府", "综合政务\\其他")
    d = ctx.doc_date - dt.timedelta(days=1)
    registered = rng.randint(400, 2000)
    voted = registered - rng.randint(registered // 20, registered // 4)
    if stage == "当选人":
        doc.add(
            f"　　{vil}第{term}届{com}选举大会于{cn_date(d)}举行。全村登记选民{registered}人，"
            f"参加投票{voted}人，选举有效。根据选举结果，下列人员当选：\n"
        )
    else:
        doc.add(
            f"　　根据《中华人民共和国村民委员会组织法》及{ELECTION_LAW[ctx.region.key]}，经{cn_date(d)}"
            + rng.choice(("各村民小组选民直接提名", "选民联名提名", "村民代表会议依法确定"))
            + f"，现将{vil}第{term}届{com}成员{stage}名单公告如下（按姓氏笔画为序）：\n"
        )
    posts = (("主任", rng.randint(1, 2)), ("副主任", rng.randint(1, 2)), ("委员", rng.randint(2, 4)))
    edus = ("初中", "高中", "中专", "大专", "本科")
    if rng.random() < 0.5:
        headers = [
            "职位",
            "姓名",
            "性别",
            "年龄",
            "民族",
            "文化程度",
            "政治面貌",
            "得票数" if stage == "当选人" else "提名票数",
        ]
        rows: list[list[Cell]] = []
        for post, k in posts:
            for _ in range(k):
                p = ctx.villager(26, 58)
                rows.append(
                    [
                        T(post),
                        T(p.name),
                        T(p.sex),
                        T(str(p.age(ctx.year))),
                        T(ethnic(ctx, p)),
                        T(rng.choice(edus)),
                        T(party(rng, p)),
                        T(str(rng.randint(120, 900))),
                    ]
                )
        render_table(doc, ctx, headers, rows, choose_layout(ctx))
    else:
        for post, k in posts:
            doc.add(f"{post}{'候选人' if stage != '当选人' else ''}（{k}名）：")
            for j in range(k):
                p = ctx.villager(26, 58)
                if j:
                    doc.add("；")
                doc.add(
                    f"{p.name}（{p.sex}，{p.age(ctx.year)}岁，{ethnic(ctx, p)}，{rng.choice(edus)}"
                    f"，{party(rng, p)}）"
                )
            doc.add("\n")
    if stage != "当选人":
        doc.add("　　选民对候选人有异议的，可在公告之日起三日内向村民选举委员会书面提出。\n")
    if rng.random() < 0.5:
        doc.add(f"　　监督电话：{ctx.landline()}（{ctx.town}纪委）\n")
    sign(doc, f"{vil}村民选举委员会", d + dt.timedelta(days=1), ctx.pdf)
    return doc


def proxy_pair(ctx: Ctx) -> tuple[Person, Person, str, Cell]:
    """A 委托人, a 受托人 of the family, the 受托人's relation to him, and a reason that fits his age."""
    rng = ctx.rng
    a = ctx.villager(19, 85)
    age = a.age(ctx.year)
    if age <= 24:
        reason = T(rng.choice(("在外就学", "外出务工")))
    elif age >= 70:
        reason = (
            cat(T("因"), K("health", disease(ctx)), T("住院治疗"))
            if rng.random() < 0.35
            else T("年老行动不便")
        )
    elif rng.random() < 0.15:
        reason = cat(T("因"), K("health", disease(ctx)), T("住院治疗"))
    else:
        reason = T(rng.choice(("外出务工", "外出务工", "在外经商", "在外务工")))
    options = [r for r, ok in (("child", age >= 40), ("spouse", age >= 22), ("parent", age <= 58)) if ok]
    rel = rng.choice(options)
    if rel == "child":
        b = ctx.child(a, lo=18)
        label = relation(rng, b.sex, "child")
    elif rel == "spouse":
        b = ctx.spouse(a)
        label = "丈夫" if b.sex == "男" else "妻子"
    else:
        b = ctx.parent_of(a, rng.choice(("男", "女")))
        label = "父亲" if b.sex == "男" else "母亲"
    return a, b, label, reason


def el_proxy(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    vil, term = ctx.village, rng.choice(TERM)
    com = committee(vil)
    if rng.random() < 0.3:
        ctx.title = "委托投票证"
        doc.add(f"{vil}第{term}届{com}选举\n委托投票证\n编号：WT-{rng.randint(1, 99):03d}\n")
        a, b, label, reason = proxy_pair(ctx)
        doc.line("委托人：", K("name", a.name), "　　身份证号：", K("id_card", a.idno))
        doc.line("受托人：", K("name", b.name), "　　身份证号：", K("id_card", b.idno))
        doc.line(f"与委托人关系：{label}　　受托人联系电话：", mobile_cell(ctx, b))
        doc.line("委托事由：", reason)
        doc.add("委托内容：委托受托人代为参加本届村民委员会成员选举投票，受托人应当按照委托人的意愿投票。\n")
        doc.line("委托人签名（手印）：", K("name", a.name))
        doc.add(f"登记人：{ctx.official()}\n")
        sign(doc, f"{vil}村民选举委员会（盖章）", ctx.doc_date, ctx.pdf)
        return doc
    ctx.title = rng.choice((f"{vil}第{term}届{com}选举委托投票登记表", f"{vil}委托投票人员登记名册"))
    doc.add(ctx.title + "\n")
    headers = [
        "序号",
        "委托人",
        "身份证号码",
        "所在组",
        "委托原因",
        "受托人",
        "身份证号码",
        "与委托人关系",
        "受托人联系电话",
        "登记日期",
    ]
    rows: list[list[Cell]] = []
    abroad: Person | None = None
    n = rng.randint(4, 12)
    for i in range(1, n + 1):
        a, b, label, reason = proxy_pair(ctx)
        if abroad is None and ctext(reason) == "外出务工" and rng.random() < 0.25:
            abroad = a
        rows.append(
            [
                T(str(i)),
                K("name", a.name),
                K("id_card", a.idno),
                T(ctx.group_of(a)),
                reason,
                K("name", b.name),
                K("id_card", b.idno),
                T(label),
                mobile_cell(ctx, b),
                T(f"{ctx.doc_date - dt.timedelta(days=rng.randint(1, 12)):%m月%d日}"),
            ]
        )
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    if abroad is not None:
        doc.add("注：委托人")
        doc.pii("name", abroad.name)
        if rng.random() < 0.5:
            permit = "C" + digits(rng, 8)
            doc.add(f"现在{rng.choice(('澳门', '香港'))}务工，凭往来港澳通行证（")
            doc.pii("hk_macau_permit", permit)
        else:
            passport = make_passport(rng)
            doc.add(f"现在{rng.choice(('马来西亚', '阿联酋', '哈萨克斯坦', '泰国'))}务工，凭护照（")
            doc.pii("passport", passport)
        doc.add("）复印件及书面委托书办理。\n")
    doc.add("　　每一选民接受委托投票不得超过三人。受托人不得是村民委员会成员候选人。\n")
    doc.add(f"登记人：{ctx.official()}（村民选举委员会委员）　　审核人：{ctx.official()}\n")
    return doc


def el_dispute(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    vil, town, term = ctx.village, ctx.town, rng.choice(TERM)
    com = committee(vil)
    p = ctx.villager(30, 72)
    recv = ctx.date(1, 10)
    issue_kind = rng.randint(0, 3)
    ctx.title = rng.choice(
        ("选举争议处理答复书", f"关于对{vil}换届选举有关问题反映的答复", "信访事项处理意见书")
    )
    doc.add(ctx.title + "\n")
    if rng.random() < 0.5:
        doc.add(f"{ctx.county.abbr}{town[:1]}选指复〔{ctx.year}〕{rng.randint(1, 30)}号\n")
    doc.pii("name", p.name)
    if rng.random() < 0.3:
        doc.add("（住址：")
        doc.pii("address", ctx.addr(p))
        doc.add("）")
    doc.add("：\n")
    issues = (
        "选民登记存在遗漏",
        f"候选人{ctx.anon('某某')}存在请客送礼拉票行为",
        "委托投票未按规定办理",
        "户籍已迁出人员仍被登记为选民",
    )
    channel = rng.choice(("来信", "来访", "通过12345热线", "通过网上信访平台"))
    doc.add(
        f"　　你于{cn_date(recv)}{channel}反映“{vil}第{term}届{com}选举中{issues[issue_kind]}”的问题收悉。"
        f"{town}村（社区）换届选举工作指导组高度重视，于{cn_date(recv + dt.timedelta(days=3))}组成调查组进"
        "行了调查核实。"
        "现将有关情况答复如下：\n"
    )
    doc.add("　　一、反映的问题\n")
    spouse: Person | None = None
    if issue_kind == 0:
        spouse = ctx.spouse(p)
        doc.add("　　你反映，你的" + ("妻子" if spouse.sex == "女" else "丈夫"))
        doc.pii("name", spouse.name)
        doc.add("户籍在本村、长期在本村居住，但未被登记为选民。\n")
    elif issue_kind == 1:
        doc.add("　　你反映，选举前数日有人在村内宴请部分选民，并有发放烟酒的情况。\n")
    elif issue_kind == 2:
        doc.add("　　你反映，部分受托人接受委托超过三人，且未出示书面委托书。\n")
    else:
        doc.add("　　你反映，部分已将户籍迁往县城的人员仍被列入本村选民名单。\n")
    doc.add("　　二、调查核实情况\n")
    wit = ctx.villager(35, 75)
    doc.add(f"　　调查组查阅了选民登记册、委托投票登记表等资料，走访了该村{wit.group}村民")
    doc.pii("name", wit.name)
    if rng.random() < 0.5:
        doc.add("（住")
        doc.pii("address", ctx.addr(wit))
        doc.add("）")
    doc.add(f"等{rng.randint(4, 12)}人。")
    if issue_kind == 0 and spouse is not None:
        doc.add("经查，")
        doc.pii("name", spouse.name)
        doc.add(
            "户籍在本村，因登记期间外出务工未被登记，属工作疏漏。村民选举委员会已于选举日前将其补登，并张榜公布。\n"
        )
    elif issue_kind == 1:
        doc.add(f"经查，所反映的宴请系村民{ctx.anon('某')}家中办理婚事，未发现与选举有关的拉票行为。\n")
    else:
        doc.add("经查，所反映的问题部分属实，村民选举委员会已依法予以纠正。\n")
    if rng.random() < 0.4:
        doc.add(
            f"　　调查组并征询了{ctx.prefix()}{rng.choice(('正义', '明德', '公信'))}律师事务所律"
            f"师{ctx.official()}的意见。\n"
        )
    doc.add("　　三、处理意见\n")
    doc.add("　　你反映的问题已按上述意见处理。选举结果有效。\n")
    doc.add(f"　　如对本答复不服，可自收到本答复之日起30日内向{dept(ctx, '民政局')}申请复查。\n")
    sign(doc, f"{town}村（社区）换届选举工作指导组", recv + dt.timedelta(days=rng.randint(10, 40)), ctx.pdf)
    contact = ctx.official()
    doc.add(f"（联系人：{contact}，电话：{ctx.landline()}）\n" if rng.random() < 0.6 else "")
    if rng.random() < 0.4:
        doc.add("\n送达回证\n受送达人：")
        doc.pii("name", p.name)
        doc.add("　　联系电话：")
        doc.pii("mobile", fmt_mobile(rng, p.mobile))
        doc.add("\n送达地址：")
        doc.pii("address", ctx.addr(p))
        doc.add(f"\n送达人：{ctx.official()}、{contact}\n")
    return doc


# ---------------------------------------------------------------------------------------------------------
# 3. school
# ---------------------------------------------------------------------------------------------------------


def sc_loan(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    ctx.doc_date = ctx.date(6, 9)
    y = ctx.year
    batch = rng.randint(1, 4)
    ctx.title = rng.choice(
        (
            f"{ctx.county.name}{y}年生源地信用助学贷款受理名单公示（第{batch}批）",
            f"{ctx.county.short}{y}年度生源地信用助学贷款学生名单",
            f"关于{y}年生源地信用助学贷款拟受理学生名单的公示",
        )
    )
    if rng.random() < 0.4:
        meta_block(doc, ctx, f"{ctx.county.short}学生资助管理中心", "科技、教育\\教育", ctx.wenhao("教资"))
    doc.add(ctx.title + "\n")
    doc.add(
        f"　　根据国家开发银行生源地信用助学贷款相关规定，经学生本人申请、{ctx.county.short}学生资助管理中"
        "心审核，"
        f"现将{y}年度第{batch}批拟受理学生名单公示如下：\n"
    )
    masked = rng.random() < 0.3
    with_mail = rng.random() < 0.2
    with_card = not masked and rng.random() < 0.2
    headers = [
        "序号",
        "学生姓名",
        "身份证号",
        "就读高校",
        "学历",
        "共同借款人",
        "与学生关系",
        "共同借款人身份证号",
        "联系电话",
        *(["学生邮箱"] if with_mail else []),
        *(["学生银行卡号"] if with_card else []),
        "申请金额（元）",
        "受理证明编号",
    ]
    rows: list[list[Cell]] = []
    for i in range(1, rng.randint(5, 12) + 1):
        par = ctx.person(40, 56)
        stu = ctx.child(par, lo=17, hi=24)
        edu = rng.choice(
            ("本科", "本科", "专科", "硕士研究生") if stu.age(ctx.year) >= 22 else ("本科", "专科")
        )
        amount = 24000 if edu == "硕士研究生" else rng.choice((16000, 12000, 10000, 8000))
        serial = safe_serial(f"{y}{ctx.county.code}{rng.randint(1, 999999):06d}")
        row = [
            T(str(i)),
            K("name", stu.name),
            id_cell(ctx, stu, masked),
            T(rng.choice(ctx.region.colleges)),
            T(edu),
            K("name", par.name),
            T(relation(rng, par.sex, "parent")),
            id_cell(ctx, par, masked),
            mobile_cell(ctx, par, masked),
        ]
        if with_mail:
            row.append(K("email", make_email(rng)))
        if with_card:
            row.append(card_cell(ctx, ctx.card(visa=0.1)[1], False))
        row += [T(str(amount)), T(serial)]
        rows.append(row)
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(
        f"　　公示期为{cn_date(ctx.doc_date)}起5个工作日。对公示名单有异议的，"
        f"请向{ctx.county.short}学生资助管理中心反映。"
        f"咨询电话：{ctx.landline()}，电子邮箱：{ctx.gov_mail('xszz')}。\n"
    )
    sign(doc, f"{ctx.county.short}学生资助管理中心", ctx.doc_date, ctx.pdf)
    return doc


def sc_preschool(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    y = ctx.year
    term = rng.choice(("春季学期", "秋季学期"))
    ctx.title = rng.choice(
        (
            f"{ctx.county.short}{y}年{term}学前教育幼儿资助名单",
            f"{ctx.town}中心幼儿园{y}年{term}家庭经济困难幼儿资助名单公示",
        )
    )
    doc.add(ctx.title + "\n")
    kgs = (
        f"{ctx.town}中心幼儿园",
        f"{ctx.county.short}第二幼儿园",
        f"{ctx.village}幼儿园",
        f"{ctx.town}{ctx.village}教学点附设幼儿班",
    )
    cats = ("脱贫家庭", "脱贫家庭", "低保家庭", "特困供养", "孤儿", "残疾儿童", "防返贫监测对象", "烈士子女")
    with_addr = rng.random() < 0.35
    masked = rng.random() < 0.3
    numbered = not ctx.pdf and rng.random() < 0.3
    people: list[tuple[Person, Person, str]] = []
    for _ in range(rng.randint(5, 12)):
        g = ctx.person(24, 40)
        kid = ctx.child(g, lo=3, hi=6)
        people.append((kid, g, relation(rng, g.sex, "parent")))
    if numbered:
        for i, (kid, g, rel) in enumerate(people, 1):
            doc.add(f"{i}．")
            doc.pii("name", kid.name)
            doc.add(f"，{kid.sex}，{rng.choice(kgs)}{rng.choice(('小班', '中班', '大班'))}，")
            if rng.random() < 0.6:
                doc.add("监护人：")
            doc.pii("name", g.name)
            doc.add(f"（{rel}），{rng.choice(cats)}，资助{rng.choice((750, 1000, 1500))}元；\n")
    else:
        headers = [
            "序号",
            "幼儿园名称",
            "班级",
            "幼儿姓名",
            "性别",
            "身份证号",
            *(["家庭住址"] if with_addr else []),
            "监护人",
            "资助类别",
            "资助金额（元）",
        ]
        rows: list[list[Cell]] = []
        for i, (kid, g, _rel) in enumerate(people, 1):
            row = [
                T(str(i)),
                T(rng.choice(kgs)),
                T(rng.choice(("小班", "中班", "大班"))),
                K("name", kid.name),
                T(kid.sex),
                id_cell(ctx, kid, masked),
            ]
            if with_addr:
                row.append(K("address", ctx.addr(kid)))
            row += [K("name", g.name), T(rng.choice(cats)), T(str(rng.choice((750, 1000, 1500))))]
            rows.append(row)
        render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(f"　　公示时间5天。监督电话：{ctx.landline()}（{ctx.county.short}学生资助管理中心）。\n")
    sign(doc, dept(ctx, "教育局"), ctx.doc_date, ctx.pdf)
    return doc


def sc_shuangjian(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    recv = ctx.date(1, 11)
    edu = dept(ctx, "教育局")
    wo = f"{ctx.region.area[1:]}{recv:%Y%m%d}{rng.randint(1, 9999):04d}"
    ctx.title = rng.choice(
        (
            "关于群众举报违规开展学科类校外培训问题的答复",
            f"{edu}关于12345热线工单（编号：{wo}）办理情况的答复",
            "“双减”违规培训举报处理情况告知书",
        )
    )
    doc.add(ctx.title + "\n")
    anon = rng.random() < 0.35
    rep = ctx.person(28, 50)
    if anon:
        doc.add(f"尊敬的{ctx.anon(rng.choice(('女士', '先生')))}：\n")
    else:
        doc.pii("name", rep.name)
        doc.add("：\n" if rng.random() < 0.6 else "同志：\n")
    trainer = ctx.person(26, 58)
    place = ctx.addr(trainer, level=rng.choice((1, 2)), house=True)
    subj = rng.choice(("初中数学、英语", "小学语文、数学", "高中物理", "初中物理、化学", "小学英语"))
    doc.add(
        f"　　您于{cn_date(recv)}通过{rng.choice(('12345政务服务便民热线', '“双减”监督举报平台', '来信'))}"
        "反映“"
    )
    doc.pii("address", place)
    fee = rng.choice((800, 1200, 1500, 2000, 2800))
    when = (
        "暑假期间"
        if recv.month in (7, 8)
        else "寒假期间"
        if recv.month in (1, 2)
        else rng.choice(("周末", "晚上"))
    )
    doc.add(f"有人在{when}违规开展{subj}学科类培训，每人收费{fee}元”的问题。我局高度重视，")
    doc.add(
        f"会同{ctx.county.short}市场监督管理局于{cn_date(recv + dt.timedelta(days=2))}到现场核查。"
        "现将办理情况答复如下：\n"
    )
    off1, off2 = ctx.official(), ctx.official()
    role = rng.random()
    school = f"{ctx.county.short}{rng.choice(('第一中学', '第二中学', '城关小学', '实验学校', '民族中学'))}"
    doc.add("　　经查，该场所为")
    doc.pii("name", trainer.name)
    doc.add(f"（{trainer.sex}，{trainer.age(ctx.year)}岁，")
    doc.add(f"{school}在职教师）" if role < 0.5 else "无业）")
    doc.add(rng.choice(("的自有住房", "租住的房屋")))
    doc.add(f"，现场有学生{rng.randint(5, 28)}名，未取得办学许可证，属于违规开展学科类校外培训。")
    doc.add(
        f"执法人员{off1}（执法证号：{ctx.county.abbr}JY{rng.randint(10000, 99999)}）"
        f"、{off2}当场责令其停止培训。\n"
    )
    doc.add("　　处理情况：一是责令立即停止违规培训，退还学生家长已收取的费用；二是对")
    doc.pii("name", trainer.name)
    if role < 0.5:
        doc.add(
            f"进行约谈，并由{school}依据《中小学教师违反职业道德行为处理办法》给予"
            f"其{rng.choice(('警告', '记过', '通报批评'))}处分；"
        )
    else:
        doc.add("进行约谈，并将其纳入重点监管对象；")
    doc.add("三是在全县开展校外培训专项排查。\n")
    if not anon and rng.random() < 0.5:
        doc.add("　　我局已通过您留下的联系电话")
        doc.pii("mobile", fmt_mobile(rng, rep.mobile))
        doc.add("与您沟通了办理结果。")
        if rng.random() < 0.4:
            doc.add("处理决定书已发送至您的电子邮箱")
            doc.pii("email", make_email(rng))
            doc.add("。")
        doc.add("\n")
    doc.add("　　举报人信息依法予以保密。感谢您对我县教育工作的关心和支持！")
    doc.add(f"如有疑问，请拨打{edu}“双减”工作监督电话：{ctx.landline()}。\n")
    sign(doc, edu, recv + dt.timedelta(days=rng.randint(5, 15)), ctx.pdf)
    return doc


def sc_busdriver(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    y = ctx.year
    schools = (
        f"{ctx.town}中心小学",
        f"{ctx.town}中学",
        f"{ctx.county.short}民族小学",
        f"{ctx.village}小学",
        f"{ctx.town}中心幼儿园",
    )
    if rng.random() < 0.3:
        ctx.title = "校车驾驶人资格申请表"
        p = ctx.person(30, 58, sex="男" if rng.random() < 0.9 else "女")
        first = dt.date(p.birth.year + rng.randint(22, 28), rng.randint(1, 12), rng.randint(1, 28))
        doc.add(ctx.title + "\n")
        rows = [
            ("姓名", K("name", p.name)),
            ("性别", T(p.sex)),
            ("出生日期", T(f"{p.birth:%Y-%m-%d}")),
            ("身份证号", K("id_card", p.idno)),
            ("驾驶证号", K("id_card", p.idno)),
            ("准驾车型", T(rng.choice(("A1", "A3", "B1", "A1A2")))),
            ("初次领证日期", T(f"{first:%Y-%m-%d}")),
            ("住址", K("address", ctx.addr(p))),
            ("联系电话", mobile_cell(ctx, p)),
            ("服务学校", T(rng.choice(schools))),
            ("所驾校车号牌", K("license_plate", make_plate(rng, ctx.region.plate))),
            ("近三年记分情况", T("无满分记录")),
            ("审核意见", T("符合校车驾驶人条件，同意")),
            ("经办民警", T(ctx.official())),
        ]
        if ctx.pdf or rng.random() < 0.5:
            for lab, c in rows:
                doc.add(lab + "\n")
                doc.put(c)
                doc.add("\n")
        else:
            for lab, c in rows:
                doc.add(lab + "：")
                doc.put(c)
                doc.add("\n")
        sign(doc, f"{ctx.county.short}公安局交通管理大队", ctx.doc_date, ctx.pdf)
        return doc
    ctx.title = rng.choice(
        (
            f"{ctx.county.short}{y}年秋季学期校车驾驶人备案信息公示",
            f"{ctx.county.short}校车驾驶人及随车照管员备案表",
        )
    )
    doc.add(ctx.title + "\n")
    with_aide = rng.random() < 0.5
    headers = [
        "序号",
        "学校名称",
        "驾驶人姓名",
        "性别",
        "年龄",
        "驾驶证号",
        "准驾车型",
        "驾龄（年）",
        "校车号牌",
        "核载人数",
        "联系电话",
        *(["随车照管员", "照管员电话"] if with_aide else []),
    ]
    rows2: list[list[Cell]] = []
    for i in range(1, rng.randint(4, 10) + 1):
        p = ctx.person(30, 58, sex="男" if rng.random() < 0.9 else "女")
        row = [
            T(str(i)),
            T(rng.choice(schools)),
            K("name", p.name),
            T(p.sex),
            T(str(p.age(ctx.year))),
            K("id_card", p.idno),
            T(rng.choice(("A1", "A3", "B1"))),
            T(str(rng.randint(5, 30))),
            K("license_plate", make_plate(rng, ctx.region.plate)),
            T(str(rng.choice((19, 33, 41, 56)))),
            mobile_cell(ctx, p),
        ]
        if with_aide:
            a = ctx.person(30, 55, sex="女")
            row += [K("name", a.name), mobile_cell(ctx, a)]
        rows2.append(row)
    render_table(doc, ctx, headers, rows2, choose_layout(ctx))
    doc.add(f"学校安全负责人：{ctx.official()}（校长）\n" if rng.random() < 0.4 else "")
    doc.add(f"监督电话：{ctx.landline()}（{ctx.county.short}教育局安全股）\n")
    sign(doc, dept(ctx, "教育局"), ctx.date(8, 9), ctx.pdf)
    return doc


# ---------------------------------------------------------------------------------------------------------
# 4. eldercare
# ---------------------------------------------------------------------------------------------------------


def institution(ctx: Ctx) -> str:
    return ctx.rng.choice(
        (
            f"{ctx.town}敬老院",
            f"{ctx.county.short}社会福利中心",
            f"{ctx.county.short}中心敬老院",
            f"{ctx.town}区域性养老服务中心",
            f"{ctx.county.short}特困人员供养服务中心",
        )
    )


def health_cell(ctx: Ctx) -> Cell:
    rng = ctx.rng
    r = rng.random()
    if r < 0.2:
        return T(rng.choice(("良好", "一般", "健康")))
    if r < 0.45:
        return K("health", disability(ctx))
    if r < 0.6:
        return cat(K("health", disease(ctx)), T("、"), K("health", disease(ctx)))
    return K("health", disease(ctx))


def ec_admission(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    inst = institution(ctx)
    q = rng.randint(1, 4)
    ctx.title = rng.choice(
        (
            f"{inst}{ctx.year}年第{q}季度新入住特困供养人员名单",
            f"{ctx.county.short}{ctx.year}年特困人员集中供养入住人员公示",
        )
    )
    doc.add(ctx.title + "\n")
    doc.add(
        f"　　根据《特困人员认定办法》和{ctx.region.province}特困人员救助供养有关规定，经本人申请、"
        "乡镇审核、"
        f"{ctx.county.short}民政局审批，下列特困人员自愿入住{inst}集中供养，现予公示：\n"
    )
    numbered = not ctx.pdf and rng.random() < 0.3
    masked = rng.random() < 0.2
    residents: list[tuple[Person, Person, str, Cell]] = []
    for _ in range(rng.randint(4, 10)):
        p = ctx.person(60, 95, sex="男" if rng.random() < 0.7 else "女", urban=0.0)
        rel = rng.choice(("侄子", "侄女", "外甥", "外甥女", "堂弟", "村委会指定"))
        g = ctx.villager(30, 60, same_village=0.6) if rel == "村委会指定" else ctx.relative(p, rel)
        residents.append((p, g, rel, health_cell(ctx)))
    if numbered:
        for i, (p, g, rel, h) in enumerate(residents, 1):
            doc.add(f"{i}．")
            doc.pii("name", p.name)
            doc.add(f"，{p.sex}，{p.age(ctx.year)}岁，家住")
            doc.pii("address", ctx.addr(p))
            doc.add("，健康状况：")
            doc.put(h)
            if rel == "村委会指定":
                doc.add("，由村委会指定")
                doc.pii("name", g.name)
                doc.add("为联系人")
            else:
                doc.add(f"，由其{rel}")
                doc.pii("name", g.name)
                doc.add("担任监护人")
            doc.add("（电话：")
            doc.pii("mobile", fmt_mobile(rng, g.mobile))
            doc.add("）；\n")
    else:
        old15 = rng.random() < 0.2
        headers = [
            "序号",
            "姓名",
            "性别",
            "年龄",
            "身份证号",
            "户籍地址",
            "健康状况",
            "护理等级",
            "监护人",
            "监护人电话",
            "入住日期",
        ]
        rows: list[list[Cell]] = []
        for i, (p, g, _rel, h) in enumerate(residents, 1):
            if old15 and p.birth.year < 1950 and not masked:
                idc = K("id_card_15", make_id15(rng, p.idno[:6], p.birth, p.sex))
            else:
                idc = id_cell(ctx, p, masked)
            phone = K("landline", ctx.landline()) if rng.random() < 0.15 else mobile_cell(ctx, g)
            rows.append(
                [
                    T(str(i)),
                    K("name", p.name),
                    T(p.sex),
                    T(str(p.age(ctx.year))),
                    idc,
                    K("address", ctx.addr(p)),
                    h,
                    T(rng.choice(("自理", "半护理", "全护理"))),
                    K("name", g.name),
                    phone,
                    T(f"{ctx.doc_date - dt.timedelta(days=rng.randint(3, 80)):%Y.%m.%d}"),
                ]
            )
        render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(f"　　公示期7天。联系电话：{ctx.landline()}（{ctx.county.short}民政局社会救助股）\n")
    if rng.random() < 0.4:
        doc.add(f"院长：{ctx.official()}\n")
    sign(doc, inst, ctx.doc_date, ctx.pdf)
    return doc


def ec_homecare(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    ctx.title = rng.choice(
        (
            f"{ctx.town}{ctx.year}年居家养老服务补贴对象名单公示",
            f"{ctx.town}{ctx.year}年度政府购买居家养老服务对象花名册",
        )
    )
    doc.add(ctx.title + "\n")
    cats = ("高龄", "失能", "特困", "低保", "计生特扶", "独居", "空巢")
    ways = ("上门服务", "日间照料", "助餐服务", "购买服务")
    if not ctx.pdf and rng.random() < 0.35:
        doc.add(
            f"　　经个人申请、村（社区）评议、{ctx.town}人民政府审核，以下老年人纳入居家养老服务补贴对象：\n"
        )
        for vil in dict(ctx.county.towns)[ctx.town]:
            people = [ctx.local(70, 98) for _ in range(rng.randint(3, 8))]
            for p in people:
                p.village = vil
            doc.add(f"{vil}（{len(people)}人）：")
            for j, p in enumerate(people):
                if j:
                    doc.add("、")
                doc.pii("name", p.name)
                doc.add(f"（{p.age(ctx.year)}岁）")
            doc.add("；\n")
    else:
        headers = ["序号", "姓名", "性别", "年龄", "家庭住址", "补贴类别", "服务方式", "补贴标准（元/月）"]
        rows: list[list[Cell]] = []
        for i in range(1, rng.randint(6, 14) + 1):
            p = ctx.local(65, 98)
            rows.append(
                [
                    T(str(i)),
                    K("name", p.name),
                    T(p.sex),
                    T(str(p.age(ctx.year))),
                    K("address", ctx.addr(p)),
                    T(rng.choice([c for c in cats if c != "高龄" or p.age(ctx.year) >= 80])),
                    T(rng.choice(ways)),
                    T(str(rng.choice((100, 150, 200, 300)))),
                ]
            )
        render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(f"　　公示期为7天，如有异议请向{ctx.town}民政办反映，联系电话：{ctx.landline()}。\n")
    sign(doc, town_gov(ctx.town), ctx.doc_date, ctx.pdf)
    return doc


def ec_assessment(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    agency = f"{ctx.prefix()}{rng.choice(('康乐', '夕阳红', '安康', '颐养'))}养老评估中心"
    grades = ("能力完好", "轻度失能", "中度失能", "重度失能", "中度失能", "重度失能")
    if rng.random() < 0.45:
        p = ctx.person(62, 96)
        rel = ctx.child(p, lo=30)
        ctx.title = "老年人能力评估结果告知书"
        doc.add(ctx.title + "\n")
        doc.add(f"编号：PG{ctx.year}{rng.randint(1, 9999):04d}\n")
        kv = ctx.pdf or rng.random() < 0.5
        fields: list[tuple[str, Cell]] = [
            ("姓名", K("name", p.name)),
            ("性别", T(p.sex)),
            ("出生日期", T(cn_date(p.birth))),
            ("身份证号", K("id_card", p.idno)),
            ("居住地址", K("address", ctx.addr(p))),
            ("信息提供者", K("name", rel.name)),
            ("与老人关系", T(relation(rng, rel.sex, "child"))),
            ("联系电话", mobile_cell(ctx, rel)),
            ("评估原因", T(rng.choice(("首次评估", "常规评估", "即时评估（状况发生变化）")))),
        ]
        for lab, c in fields:
            doc.add(lab + ("\n" if not kv else "："))
            doc.put(c)
            doc.add("\n")
        adl, mental, sense = rng.randint(10, 95), rng.randint(0, 4), rng.randint(0, 4)
        doc.add(f"日常生活活动得分：{adl}　　精神状态：{mental}级　　感知觉与社会参与：{sense}级\n")
        doc.add("主要疾病诊断：")
        doc.pii("health", disease(ctx))
        if rng.random() < 0.6:
            doc.add("、")
            doc.pii("health", disease(ctx))
        doc.add("\n评估结论：老年人能力等级为“")
        g = rng.choice(grades[1:])
        doc.pii("health", g)
        doc.add("”。\n")
        doc.add(f"评估员：{ctx.official()}、{ctx.official()}（{agency}）\n")
        doc.add("　　如对评估结果有异议，可自收到本告知书之日起15日内申请复评。\n")
        sign(doc, agency, ctx.doc_date, ctx.pdf)
        return doc
    ctx.title = rng.choice(
        (
            f"{ctx.county.short}{ctx.year}年第{rng.randint(1, 4)}批老年人能力评估结果公示",
            f"{ctx.town}经济困难失能老年人评估结果公示",
        )
    )
    doc.add(ctx.title + "\n")
    doc.add(
        f"　　受{ctx.county.short}民政局委托，{agency}依据《老年人能力评估规范》（GB/T 42195-2022）"
        "对申请人进行了评估，结果如下：\n"
    )
    masked = rng.random() < 0.4
    headers = ["序号", "姓名", "性别", "身份证号", "所在村（社区）", "评估日期", "能力等级", "评估机构"]
    rows: list[list[Cell]] = []
    for i in range(1, rng.randint(6, 14) + 1):
        p = ctx.person(60, 96)
        g = rng.choice(grades)
        rows.append(
            [
                T(str(i)),
                K("name", p.name),
                T(p.sex),
                id_cell(ctx, p, masked),
                T(p.village),
                T(f"{ctx.doc_date - dt.timedelta(days=rng.randint(10, 90)):%Y-%m-%d}"),
                K("health", g) if "失能" in g else T(g),
                T(agency),
            ]
        )
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(f"评估人员：{ctx.official()}（护师）、{ctx.official()}（社工师）\n")
    doc.add(f"　　公示期5个工作日。咨询电话：{ctx.landline()}\n")
    sign(doc, dept(ctx, "民政局"), ctx.doc_date, ctx.pdf)
    return doc


def ec_accident(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    inst = institution(ctx)
    mz = dept(ctx, "民政局")
    ctx.title = rng.choice((f"关于{inst}一起老人跌倒受伤事故的情况通报", f"{mz}关于养老机构安全事故的通报"))
    doc.add(ctx.title + "\n")
    if rng.random() < 0.5:
        doc.add(ctx.wenhao("民通") + "\n")
    doc.add("各乡镇人民政府，各养老机构：\n")
    d = ctx.date()
    p = ctx.person(70, 96)
    injury = rng.choice(INJURIES)
    where = rng.choice(("如厕", "下床", "洗澡", "院内散步"))
    full = rng.random() < 0.7
    doc.add(f"　　{cn_date(d)}{rng.randint(5, 22)}时许，{inst}入住老人")
    if full:
        doc.pii("name", p.name)
    else:
        doc.add(ctx.anon("某"))
    doc.add(
        f"（{p.sex}，{p.age(ctx.year)}岁，{p.town}{p.village}人）在{where}时不慎跌倒，经送{ctx.county.short}人民医院检查，诊断为"
    )
    doc.pii("health", injury)
    doc.add("，")
    if rng.random() < 0.4:
        doc.add("因其原患")
        doc.pii("health", disease(ctx))
        doc.add("，")
    doc.add("现已住院治疗。\n")
    head = ctx.official()
    staff_named = rng.random() < 0.5
    staff = ctx.person(35, 55, sex="女")
    doc.add(f"　　事故发生后，该院院长{head}立即组织送医并通知家属。")
    if full and rng.random() < 0.6:
        kid = ctx.child(p, lo=35)
        doc.add(f"老人{relation(rng, kid.sex, 'child')}")
        doc.pii("name", kid.name)
        doc.add("（联系电话：")
        doc.pii("mobile", fmt_mobile(rng, kid.mobile))
        doc.add("）已到院陪护。")
    doc.add("经调查，当班护理员")
    staff_s = staff.name if staff_named else ctx.anon("某某")
    if staff_named:
        doc.pii("name", staff_s)
    else:
        doc.add(staff_s)
    doc.add("未按照护理规程对高跌倒风险老人进行陪护，夜间巡查记录缺失，对事故负有直接责任。\n")
    doc.add("　　处理意见：一、责成该院向家属说明情况并依法承担相应责任；二、对当班护理员")
    if staff_named:
        doc.pii("name", staff_s)
    else:
        doc.add(staff_s)
    doc.add(
        f"予以{rng.choice(('辞退', '批评教育并扣发当月绩效', '调离护理岗位'))}；三、对该院予以通报批评，"
        "限期整改。\n"
    )
    doc.add("　　各养老机构要举一反三，全面排查防跌倒、防走失、防噎食等安全隐患，切实保障入住老人安全。\n")
    sign(doc, mz, d + dt.timedelta(days=rng.randint(5, 20)), ctx.pdf)
    return doc


# ---------------------------------------------------------------------------------------------------------
# 5. employment
# ---------------------------------------------------------------------------------------------------------

HARDSHIP_CATS = (
    "大龄失业人员",
    "零就业家庭成员",
    "持证残疾人",
    "脱贫劳动力",
    "连续失业一年以上人员",
    "低保家庭成员",
    "离校两年未就业高校毕业生",
)


def em_hardship(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    n = rng.randint(1, 6)
    ctx.title = f"{ctx.county.short}就业困难人员认定名单公示（{ctx.year}年第{n}批）"
    if rng.random() < 0.4:
        meta_block(doc, ctx, dept(ctx, "人社局"), "劳动、人事、监察\\劳动就业", ctx.wenhao("人社"))
    doc.add(ctx.title + "\n")
    doc.add(
        "　　根据《就业服务与就业管理规定》及有关规定，经个人申请、乡镇（街道）初审、"
        "县公共就业服务中心审核，拟认定以下人员为就业困难人员，现予公示：\n"
    )
    masked = rng.random() < 0.35
    headers = ["序号", "姓名", "性别", "身份证号码", "所在乡镇", "认定类别", "备注"]
    rows: list[list[Cell]] = []
    for i in range(1, rng.randint(6, 15) + 1):
        p = ctx.person(18, 59, urban=0.0)
        age = p.age(ctx.year)
        cats = [
            c
            for c in HARDSHIP_CATS
            if (c != "离校两年未就业高校毕业生" or 21 <= age <= 27)
            and (c != "大龄失业人员" or age >= (40 if p.sex == "女" else 50))
        ]
        cat_ = rng.choice(cats)
        remark = K("health", disability(ctx)) if cat_ == "持证残疾人" and rng.random() < 0.7 else T("")
        rows.append(
            [T(str(i)), K("name", p.name), T(p.sex), id_cell(ctx, p, masked), T(p.town), T(cat_), remark]
        )
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(
        f"　　公示时间：{cn_date(ctx.doc_date)}起5个工作日。对公示对象有异议的，"
        f"请在公示期内向{ctx.county.short}公共就业服务中心反映。"
        f"监督电话：{ctx.landline()}。\n"
    )
    sign(doc, f"{ctx.county.short}公共就业服务中心", ctx.doc_date, ctx.pdf)
    return doc


def em_unemployed(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    m = rng.randint(1, 12)
    ctx.title = rng.choice(
        (f"{ctx.county.short}{ctx.year}年{m}月失业登记人员名单", f"{ctx.town}{ctx.year}年失业人员登记台账")
    )
    doc.add(ctx.title + "\n")
    headers = [
        "序号",
        "姓名",
        "性别",
        "年龄",
        "身份证号",
        "失业登记证号",
        "户籍地址",
        "联系电话",
        "登记日期",
        "就业意向",
    ]
    rows: list[list[Cell]] = []
    for i in range(1, rng.randint(5, 12) + 1):
        p = ctx.person(18, 58)
        cert = safe_serial(f"{p.county.code}{ctx.year}{rng.randint(1, 99999):05d}")
        want = rng.choice(("建筑", "家政", "餐饮服务", "物流配送", "电子厂", "保安", "暂无", "种养殖"))
        rows.append(
            [
                T(str(i)),
                K("name", p.name),
                T(p.sex),
                T(str(p.age(ctx.year))),
                K("id_card", p.idno),
                T(cert),
                K("address", ctx.addr(p)),
                mobile_cell(ctx, p),
                T(f"{ctx.year}-{m:02d}-{rng.randint(1, 28):02d}"),
                T(want),
            ]
        )
    render_table(doc, ctx, headers, rows, choose_layout(ctx, ("tab", "space", "html", "csv", "cell", "pipe")))
    doc.add(f"填报单位：{ctx.town}劳动保障事务所　　填报人：{ctx.official()}\n")
    return doc


TRADES = {
    "hechi": ("中式烹调师", "育婴员", "电工", "壮锦编织", "桑蚕养殖", "家政服务员"),
    "ganzi": ("中式烹调师", "牦牛养殖", "藏式家具制作", "民宿服务", "挖掘机驾驶", "藏绣"),
    "heze": ("电子商务师", "服装缝纫", "中式面点师", "电工", "牡丹种植", "焊工"),
    "ganzhou": ("家具制作", "脐橙种植", "育婴员", "电工", "中式烹调师", "客家米粉制作"),
    "zhangye": ("玉米制种", "中式面点师", "电焊工", "养老护理员", "农机驾驶", "民宿服务"),
    "altay": ("中式烹调师", "哈萨克刺绣", "牧业机械操作", "养老护理员", "驾驶员", "旅游服务"),
}


def em_training(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    overseas = rng.random() < 0.2
    trade = "境外劳务人员行前" if overseas else rng.choice(TRADES[ctx.region.key])
    org = f"{ctx.county.short}{rng.choice(('华夏', '兴业', '金桥', '阳光', '技成'))}职业技能培训学校"
    n = rng.randint(1, 12)
    ctx.title = f"{org}{ctx.year}年第{n}期{trade}培训班学员花名册"
    doc.add(ctx.title + "\n")
    doc.add(f"培训机构：{org}（统一社会信用代码：{credit_code(rng, ctx.county, 'ngo')}）\n")
    start = ctx.date(3, 10)
    doc.add(f"培训时间：{cn_date(start)}至{cn_date(start + dt.timedelta(days=rng.randint(7, 20)))}　　")
    doc.add(
        f"培训地点：{ctx.county.towns[0][0]}{rng.choice(ctx.county.roads)}{rng.randint(1, 200)}号（本校实"
        "训楼）\n"
    )
    with_mail = rng.random() < 0.2
    masked = rng.random() < 0.2
    luhn_exam = rng.random() < 0.3
    headers = [
        "序号",
        "姓名",
        "性别",
        "身份证号",
        *(["护照号码"] if overseas else []),
        "文化程度",
        "联系电话",
        *(["电子邮箱"] if with_mail else []),
        "人员类别",
        "准考证号",
        "考核结果",
    ]
    rows: list[list[Cell]] = []
    for i in range(1, rng.randint(8, 16) + 1):
        p = ctx.person(18, 55)
        exam = (
            luhn_serial(rng, "9", 16)
            if luhn_exam
            else safe_serial(f"{str(ctx.year)[2:]}{ctx.county.code}{n:02d}{i:03d}{rng.randint(0, 9)}")
        )
        row = [
            T(str(i)),
            K("name", p.name),
            T(p.sex),
            id_cell(ctx, p, masked),
        ]
        if overseas:
            row.append(K("passport", make_passport(rng)) if rng.random() < 0.85 else T("办理中"))
        row += [
            T(rng.choice(("小学", "初中", "初中", "高中", "中专"))),
            mobile_cell(ctx, p, masked),
        ]
        if with_mail:
            row.append(K("email", make_email(rng)) if rng.random() < 0.6 else T(""))
        row += [
            T(
                rng.choice(
                    ("脱贫劳动力", "农村转移劳动力")
                    if overseas
                    else ("脱贫劳动力", "农村转移劳动力", "失业人员", "残疾人", "退役军人")
                )
            ),
            T(exam),
            T(rng.choice(("合格", "合格", "合格", "不合格", "缺考"))),
        ]
        rows.append(row)
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(
        f"授课教师：{ctx.official()}（{rng.choice(('高级技师', '一级/高级技师', '讲师'))}）"
        f"　　班主任：{ctx.official()}\n"
    )
    doc.add(f"　　监督电话：{ctx.landline()}（{ctx.county.short}职业能力建设股）\n")
    return doc


def em_gig(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    market = rng.choice(
        (f"{ctx.county.short}零工市场", f"{ctx.town}零工驿站", f"{ctx.county.short}“家门口”就业服务站")
    )
    if rng.random() < 0.4 and not ctx.pdf:
        ctx.title = f"{market}{ctx.date():%m月%d日}求职信息发布"
        doc.add(ctx.title + "\n")
        doc.add("（以下求职人员已在本市场登记，用工单位可直接联系）\n")
        for i in range(1, rng.randint(5, 10) + 1):
            p = ctx.person(20, 60)
            sur = p.parts.given if p.parts.style == "kz" else p.parts.surname or p.name[:2]
            call = sur + rng.choice(("师傅", "女士", "先生", "大姐"))
            doc.add(f"【求职{i}】{call}，{p.age(ctx.year)}岁，")
            doc.add(
                rng.choice(
                    (
                        "会开挖掘机，持证，求长期工",
                        "会砌砖、贴瓷砖，日结",
                        "求保洁、做饭",
                        "会电焊，求厂内工作",
                        "有驾照C1，求送货司机",
                        "会放牧、剪羊毛，求牧场工作",
                    )
                )
            )
            doc.add("，联系电话：")
            if rng.random() < 0.6:
                doc.pii("mobile", fmt_mobile(rng, p.mobile))
            else:
                doc.add(mask_mobile(p.mobile) + "（请到服务台获取）")
            doc.add("\n")
        doc.add(f"服务台电话：{ctx.landline()}　　服务时间：每日7:00—12:00\n")
        return doc
    ctx.title = f"{market}求职登记表"
    doc.add(ctx.title + "\n")
    doc.add(f"登记编号：LG{ctx.year}{rng.randint(1, 99999):05d}\n")
    p = ctx.person(18, 62)
    abroad = rng.random() < 0.2
    fields: list[tuple[str, Cell]] = [
        ("姓名", K("name", p.name)),
        ("性别", T(p.sex)),
        ("民族", T(ethnic(ctx, p))),
        ("出生年月", T(f"{p.birth.year}年{p.birth.month}月")),
        ("身份证号", K("id_card", p.idno)),
        ("联系电话", mobile_cell(ctx, p)),
    ]
    if rng.random() < 0.2:
        fields.append(("固定电话", K("landline", ctx.landline())))
    if rng.random() < 0.35:
        fields.append(("电子邮箱", K("email", make_email(rng))))
    fields.append(("现居住地址", K("address", ctx.addr(p))))
    health = (
        cat(
            K("health", rng.choice(("腰椎间盘突出症", "高血压", "慢性胃炎", disability(ctx)))),
            T("，不能从事重体力劳动"),
        )
        if rng.random() < 0.25
        else T("良好")
    )
    fields += [
        ("健康状况", health),
        (
            "求职意向",
            T(
                rng.choice(
                    (
                        "建筑小工",
                        "家政保洁",
                        "餐饮帮厨",
                        "货车司机",
                        "放牧",
                        "保安",
                    )
                )
            ),
        ),
        ("期望日薪（元）", T(str(rng.choice((150, 180, 200, 250, 300))))),
        ("技能特长", T(rng.choice(("持有C1驾照", "会电焊", "会砌墙", "无", "持有中式烹调师证")))),
    ]
    if abroad:
        if rng.random() < 0.5:
            fields[-3] = ("求职意向", T("出国劳务（建筑）"))
            fields.append(("护照号码", K("passport", make_passport(rng))))
        else:
            fields[-3] = ("求职意向", T("澳门务工（餐饮）"))
            fields.append(("往来港澳通行证号码", K("hk_macau_permit", "C" + digits(rng, 8))))
    one_cell = ctx.pdf or rng.random() < 0.4
    for lab, c in fields:
        doc.add(lab + ("\n" if one_cell else "："))
        doc.put(c)
        doc.add("\n")
    doc.add("本人承诺以上信息真实有效。\n求职人签字：")
    doc.pii("name", p.name)
    doc.add(f"　　登记员：{ctx.official()}　　登记日期：{ctx.date():%Y-%m-%d}\n")
    return doc


# ---------------------------------------------------------------------------------------------------------
# 6. petition2
# ---------------------------------------------------------------------------------------------------------

NPC_TOPICS = (
    ("关于加快{vil}地质灾害隐患治理的建议", "自然资源局"),
    ("关于解决{vil}群众饮水困难的建议", "水利局"),
    ("关于将{vil}危旧房纳入改造计划的建议", "民政局"),
    ("关于提高农村高龄老人补贴标准的建议", "民政局"),
    ("关于加强{town}校外培训监管的建议", "教育局"),
)


def pt_npc(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    vil, town = ctx.village, ctx.town
    topic_t, dep = rng.choice(NPC_TOPICS)
    topic = topic_t.format(vil=vil, town=town)
    dname = dept(ctx, dep)
    cppcc = rng.random() < 0.35
    num = rng.randint(1, 180)
    meeting = rng.choice(("二", "三", "四", "五"))
    if cppcc:
        topic = topic.replace("的建议", "的提案")
        ctx.title = (
            f"关于政协{ctx.county.short}第{rng.choice(('十', '十一'))}届委员会第{meeting}次会议"
            f"第{num}号提案的答复"
        )
    else:
        ctx.title = (
            f"关于{ctx.county.short}第{rng.choice(('十八', '十九'))}届人民代表大会第{meeting}次会议"
            f"第{num}号建议的答复"
        )
    if rng.random() < 0.5:
        meta_block(doc, ctx, dname, "综合政务\\其他", ctx.wenhao(dep[:1] + "函"))
    doc.add(ctx.title + "\n")
    doc.add(rng.choice(("（A类）\n", "答复类别：A\n", "")))
    delegate = ctx.official()
    doc.add(f"{delegate}{'委员' if cppcc else '代表'}：\n")
    doc.add(
        f"　　您提出的《{topic}》收悉。感谢您对我县{dep[:-1]}工作的关心和支持。经认真研究，现答复如下：\n"
    )
    p = ctx.villager(35, 80)
    doc.add(
        f"　　一、基本情况。{'接到' + ('提案' if cppcc else '建议') + '后，'}我局组织技术人员"
        f"于{cn_date(ctx.doc_date - dt.timedelta(days=rng.randint(10, 60)))}到{vil}实地查看。"
    )
    if dep == "自然资源局":
        doc.add(f"经查，{p.group or vil}村民")
        doc.pii("name", p.name)
        doc.add("家房屋后方山体存在拉张裂缝，坡脚有零星掉块，")
        if rng.random() < 0.5:
            doc.add("该户房屋（位于")
            doc.pii("address", ctx.addr(p))
            doc.add("）")
        doc.add("受威胁程度较高。\n")
        doc.add("　　二、下一步措施。已将")
        doc.pii("name", p.name)
        doc.add(f"户纳入{ctx.year + 1}年地质灾害避险搬迁计划，搬迁前落实群测群防措施，汛期实行24小时监测。\n")
    elif dep == "水利局":
        doc.add(f"该村{p.group or ''}等地现有{rng.randint(20, 90)}户群众饮用山泉水，枯水期缺水严重，")
        doc.add("其中村民")
        doc.pii("name", p.name)
        doc.add(f"家需到{rng.randint(1, 3)}公里外挑水。\n")
        doc.add(
            f"　　二、下一步措施。{vil}饮水巩固提升工程已列入{ctx.year + 1}年实施计划，计划新建蓄水池1座、"
            f"铺设管网{rng.randint(3, 12)}公里。\n"
        )
    elif dep == "民政局" and "危旧房" in topic:
        doc.add("经核实，村民")
        doc.pii("name", p.name)
        doc.add("（")
        if rng.random() < 0.5:
            doc.pii("health", disability(ctx))
            doc.add("，")
        doc.add("独居）住房属C级危房，已按程序申报农村危房改造。\n")
        doc.add("　　二、下一步措施。将督促乡镇在雨季前完成加固，并将符合条件的对象全部纳入保障。\n")
    else:
        doc.add(f"相关情况已会同{town}人民政府进行了调研，村民")
        doc.pii("name", p.name)
        doc.add("等群众反映的问题属实。\n")
        doc.add("　　二、下一步措施。我局将结合全县财力状况，积极研究完善相关政策，并加强日常监管。\n")
    doc.add("　　再次感谢您对我们工作的关心和支持！\n")
    sign(doc, dname, ctx.doc_date, ctx.pdf)
    doc.add(f"\n联系单位：{dname}　　联系人：{ctx.official()}　　联系电话：{ctx.landline()}\n")
    doc.add(f"抄送：县{'政协提案委' if cppcc else '人大常委会人代工委'}，县人民政府办公室。\n")
    return doc


BANSHI = (
    ("家门口道路坑洼，雨天出行困难，申请硬化入户路", "交通运输局"),
    ("自来水水压不足，高处几户经常停水", "水利局"),
    ("房屋后山坡有滑坡迹象，请求查看处理", "自然资源局"),
    ("申请办理残疾人证及两项补贴", "残疾人联合会"),
    ("村组路灯损坏多时无人维修", "住房和城乡建设局"),
)


def town_gov(town: str) -> str:
    return town + ("办事处" if town.endswith("街道") else "人民政府")


def pt_banshishi(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    town = ctx.town
    ctx.title = rng.choice(
        (
            f"{town}“我为群众办实事”实践活动项目清单",
            f"{town}“我为群众办实事”办理台账（第{rng.randint(1, 6)}批）",
        )
    )
    doc.add(ctx.title + "\n")
    headers = [
        "序号",
        "群众姓名",
        "联系电话",
        "住址",
        "诉求事项",
        "办理措施",
        "责任单位",
        "责任人",
        "完成时限",
        "办理情况",
    ]
    rows: list[list[Cell]] = []
    for i in range(1, rng.randint(5, 11) + 1):
        p = ctx.local(25, 82)
        r = rng.random()
        if r < 0.2:
            ask = cat(T("本人患"), K("health", disease(ctx)), T("，申请办理门诊慢特病待遇"))
            unit = "医疗保障局"
        elif r < 0.35:
            kid = ctx.child(p, lo=5)
            ask = cat(
                T(f"其{relation(rng, kid.sex, 'child')}"),
                K("name", kid.name),
                T("患"),
                K("health", disease(ctx)),
                T("，家庭困难，申请临时救助"),
            )
            unit = ""
        else:
            what, unit = rng.choice([b for b in BANSHI if ctx.region.key != "heze" or "滑坡" not in b[0]])
            ask = T(what)
        rows.append(
            [
                T(str(i)),
                K("name", p.name),
                mobile_cell(ctx, p),
                K("address", ctx.addr(p)),
                ask,
                T(rng.choice(("现场查看，列入计划", "协调相关部门办理", "已上门服务", "纳入年度项目"))),
                T(f"{ctx.county.short}{unit}、{town}" if unit else f"{town}民政办"),
                T(
                    f"{ctx.official()}"
                    f"（{rng.choice((ctx.head_title(town, True), '党委委员', '社会事务办主任'))}）"
                ),
                T(f"{ctx.year}年{rng.randint(3, 12)}月底前"),
                T(rng.choice(("已办结", "办理中", "已办结", "已办结"))),
            ]
        )
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(f"　　{town}党委办公室制　　{cn_date(ctx.date())}\n")
    return doc


HOTLINE_ASKS = (
    "反映自家门口排水沟堵塞，雨天污水倒灌",
    "反映所住小区楼道灯损坏多日无人维修",
    "咨询高龄津贴申领条件",
    "反映邻居在公共通道搭建彩钢棚",
    "反映村里自来水浑浊，有泥沙",
    "反映孩子所在幼儿园收费不合理",
)


def hotline_ask(ctx: Ctx) -> str:
    asks = list(HOTLINE_ASKS)
    if ctx.region.key in ("heze", "zhangye", "altay"):
        asks.append("反映所住小区供暖温度不达标")
    if ctx.region.key in ("hechi", "ganzhou"):
        asks.append("反映屋后竹林蚊虫多，要求清理沟渠积水")
    return ctx.rng.choice(asks)


def pt_hotline(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    m = rng.randint(1, 12)
    ctx.title = rng.choice(
        (
            f"{ctx.county.short}民生热线{ctx.year}年{m}月回访情况记录",
            f"{ctx.county.short}12345热线工单回访记录表",
        )
    )
    doc.add(ctx.title + "\n")
    table = rng.random() < 0.4
    records = []
    for _ in range(rng.randint(3, 7)):
        p = ctx.person(22, 78)
        d = dt.date(ctx.year, m, rng.randint(1, 28))
        wo = f"{ctx.region.area[1:]}{d:%y%m%d}{rng.randint(1, 99999):05d}"
        records.append((p, d, wo, rng.random() < 0.3))
    if table:
        headers = [
            "工单编号",
            "来电时间",
            "来电人",
            "来电号码",
            "诉求地址",
            "诉求内容",
            "承办单位",
            "回访结果",
            "回访人",
        ]
        rows: list[list[Cell]] = []
        for p, d, wo, anon in records:
            caller = T(ctx.anon(rng.choice(("女士", "先生")))) if anon else K("name", p.name)
            phone = K("landline", ctx.landline()) if rng.random() < 0.15 else mobile_cell(ctx, p)
            rows.append(
                [
                    T(wo),
                    T(f"{d:%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"),
                    caller,
                    phone,
                    K("address", ctx.addr(p)),
                    T(hotline_ask(ctx)),
                    T(town_gov(p.town)),
                    T(rng.choice(("满意", "基本满意", "不满意"))),
                    T(ctx.official()),
                ]
            )
        render_table(doc, ctx, headers, rows, choose_layout(ctx))
        return doc
    for p, d, wo, anon in records:
        doc.add(
            f"\n工单编号：{wo}\n来电时间：{d:%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}\n"
            "来电人："
        )
        if anon:
            doc.add(ctx.anon(rng.choice(("女士", "先生"))))
        else:
            doc.pii("name", p.name)
        doc.add("\n来电号码：")
        if rng.random() < 0.15:
            doc.pii("landline", ctx.landline())
        else:
            doc.pii("mobile", fmt_mobile(rng, p.mobile))
        if not anon and rng.random() < 0.12:
            doc.add("\n证件信息：台湾居民来往大陆通行证 ")
            doc.pii("tw_permit", digits(rng, 8))
        doc.add("\n联系地址：")
        doc.pii("address", ctx.addr(p))
        ask = hotline_ask(ctx)
        doc.add(f"\n诉求内容：来电人{ask}，要求尽快处理。\n")
        doc.add(
            f"承办单位：{town_gov(p.town)}\n办理结果：经现场核实，"
            f"已{rng.choice(('安排人员清理', '责令整改', '电话告知政策', '协调供水站检修'))}。\n"
        )
        doc.add(
            f"回访时间：{d + dt.timedelta(days=rng.randint(2, 7)):%Y-%m-%d}　　回访情况"
            f"：{rng.choice(('满意', '基本满意', '不满意'))}"
        )
        if rng.random() < 0.3 and not anon:
            doc.add("（回访时")
            doc.pii("name", p.name)
            doc.add("表示问题已解决）")
        doc.add(f"\n回访人：{ctx.official()}\n")
    return doc


# ---------------------------------------------------------------------------------------------------------
# 7. disaster2
# ---------------------------------------------------------------------------------------------------------

HAZARDS = ("滑坡", "不稳定斜坡", "崩塌", "泥石流")


def ds_threatened(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    town = ctx.town
    ctx.title = rng.choice(
        (
            f"{town}{ctx.year}年地质灾害隐患点受威胁群众名单",
            f"{ctx.county.short}{town}地质灾害隐患点“防灾明白卡”发放花名册",
        )
    )
    doc.add(ctx.title + "\n")
    for _ in range(rng.randint(1, 3)):
        vil = rng.choice([v for t, vs in ctx.county.towns if t == town for v in vs])
        grp = ctx.group_name()
        kind = rng.choice(HAZARDS)
        code = f"{ctx.county.code}{rng.randint(10, 99):02d}{rng.randint(1, 9999):04d}"
        households = [ctx.villager(30, 85) for _ in range(rng.randint(2, 7))]
        for h in households:
            h.village, h.group, h.urban = vil, grp or h.group, ""
            h.town = town
        sizes = [rng.randint(1, 7) for _ in households]
        people = sum(sizes)
        mon = ctx.villager(35, 65)
        mon.village, mon.town, mon.urban = vil, town, ""
        doc.add(f"\n隐患点名称：{vil}{grp}{kind}\n统一编号：{code}\n")
        doc.add(
            f"规模：{rng.choice(('小型', '小型', '中型'))}　　威胁户数：{len(households)}户{people}人　　"
            f"威胁财产：{rng.randint(20, 400)}万元\n"
        )
        doc.add("群测群防监测员：")
        doc.pii("name", mon.name)
        doc.add("　　联系电话：")
        doc.pii("mobile", fmt_mobile(rng, mon.mobile))
        role = rng.choice((ctx.head_title(town, True), "党委委员", "人大主席"))
        doc.add(f"\n包点责任人：{ctx.official()}（{town}{role}）\n")
        doc.add(
            f"预警信号：{rng.choice(('鸣锣', '口哨', '手摇报警器', '广播'))}　　撤离路线："
            f"沿村道向{rng.choice('东南西北')}撤离"
            f"至{vil}{rng.choice(('小学操场', '村委会广场', '文化广场'))}\n"
        )
        headers = ["序号", "户主", "家庭人口", "住址", "联系电话", "备注"]
        rows: list[list[Cell]] = []
        for i, h in enumerate(households, 1):
            r = rng.random()
            if r < 0.15:
                remark = cat(
                    T("家中有"),
                    K("health", rng.choice(("脑梗死后遗症", "偏瘫", "重度失能", disability(ctx)))),
                    T("老人，需专人协助撤离"),
                )
            elif r < 0.25:
                remark = T("常年外出，房屋空置")
            else:
                remark = T("")
            rows.append(
                [
                    T(str(i)),
                    K("name", h.name),
                    T(str(sizes[i - 1])),
                    K("address", ctx.addr(h)),
                    mobile_cell(ctx, h),
                    remark,
                ]
            )
        render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(f"\n{town}地质灾害防治工作领导小组办公室　　值班电话：{ctx.landline()}\n")
    return doc


def ds_relocation(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    town = ctx.town
    ctx.title = f"{ctx.county.short}地质灾害避险搬迁安置协议书"
    doc.add(ctx.title + "\n")
    doc.add(f"协议编号：BX-{ctx.year}-{rng.randint(1, 300):03d}\n")
    head = ctx.villager(35, 70)
    doc.add(
        f"甲方：{ctx.county.name}{town}人民政府\n法定代表人：{ctx.official()}（{ctx.head_title(town)}）\n"
    )
    doc.line("乙方：", K("name", head.name), "（户主）")
    doc.line("身份证号：", K("id_card", head.idno))
    doc.line("联系电话：", mobile_cell(ctx, head))
    doc.line("原住址：", K("address", ctx.addr(head, house=True)))
    members: list[tuple[Person, str]] = []
    sp = ctx.spouse(head)
    members.append((sp, "妻" if sp.sex == "女" else "夫"))
    for _ in range(rng.randint(0, 3)):
        kid = ctx.child(head, sp, hi=30)
        members.append((kid, "儿子" if kid.sex == "男" else "女儿"))
    doc.add("家庭成员：")
    after = rng.random() < 0.5
    for j, (m, rel) in enumerate(members):
        if j:
            doc.add("、")
        if after:
            doc.pii("name", m.name)
            doc.add(f"（{rel}）")
        else:
            doc.add(f"{rel}")
            doc.pii("name", m.name)
    doc.add(f"，共{len(members) + 1}人。\n")
    site = rng.choice(ctx.region.estates)
    b, u, r = rng.randint(1, 12), rng.randint(1, 3), rng.randint(1, 6) * 100 + rng.randint(1, 4)
    flat = f"{ctx.county.short}{ctx.county.towns[0][0]}{site}{b}栋{u}单元{r}室"
    doc.add(
        "　　鉴于乙方原住房位于地质灾害隐患点威胁范围内，根据有关规定，甲乙双方本着自愿、平等的原则，"
        "达成如下协议：\n"
    )
    doc.add(f"　　一、乙方自愿搬迁至{site}集中安置点，安置房位于")
    doc.pii("address", flat)
    doc.add(f"（建筑面积{rng.choice((60, 75, 80, 90, 100))}平方米）。\n")
    per = rng.choice((10000, 12000, 15000, 20000))
    total = per * (len(members) + 1)
    bank, card = ctx.card()
    doc.add(f"　　二、搬迁补助按每人{per}元标准计算，合计{total}元，分两次拨付至乙方{bank}账户（账号：")
    doc.pii("bank_card", fmt_card(rng, card, rng.random() < 0.3))
    doc.add("）。\n")
    doc.add("　　三、乙方应于入住安置房后三个月内自行拆除原住房（坐落于")
    doc.pii("address", ctx.addr(head, level=rng.choice((0, 1)), house=True))
    doc.add("），宅基地由村集体收回复垦。\n")
    doc.add("　　四、本协议一式三份，甲乙双方及村委会各执一份，自双方签字盖章之日起生效。\n")
    d = ctx.date()
    doc.add(f"\n甲方（盖章）：{ctx.county.name}{town}人民政府\n乙方（签字、按手印）：")
    doc.pii("name", head.name)
    doc.add(f"\n见证人：{ctx.official()}（{ctx.village}村委会）\n{cn_date(d)}\n")
    return doc


def ds_rebuild(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    ev = ctx.date(5, 8)
    issued = ev + dt.timedelta(days=rng.randint(20, 60))
    ctx.title = f"{ctx.county.short}“{ev.month}·{ev.day}”洪涝灾害倒损民房恢复重建补助对象公示"
    if rng.random() < 0.4:
        meta_block(doc, ctx, dept(ctx, "应急局"), "民政、扶贫、救灾\\减灾救灾", ctx.wenhao("应急"), issued)
    doc.add(ctx.title + "\n")
    doc.add(
        f"　　{cn_date(ev)}我县遭受强降雨袭击，部分群众住房倒塌或严重损坏。经农户申请、村评议、乡镇审核、"
        "县应急管理局复核，现将恢复重建补助对象公示如下：\n"
    )
    headers = ["序号", "乡镇", "村", "户主姓名", "家庭人口", "受损程度", "重建方式", "补助金额（元）", "备注"]
    rows: list[list[Cell]] = []
    for i in range(1, rng.randint(6, 13) + 1):
        p = ctx.villager(30, 85, same_village=0.4)
        lvl = rng.choice(("倒塌", "严重损坏", "严重损坏", "一般损坏"))
        way = rng.choice({"倒塌": ("原址重建", "购房安置", "原址重建"), "严重损坏": ("原址重建", "维修加固"),
                          "一般损坏": ("维修加固",)}[lvl])  # fmt: skip
        amt = {"倒塌": 40000, "严重损坏": 20000, "一般损坏": 5000}[lvl] + rng.choice((0, 2000, 5000))
        r = rng.random()
        if r < 0.15:
            remark = cat(T("户主"), K("health", disability(ctx)), T("，提高补助标准"))
        elif r < 0.25:
            remark = cat(T("户主患"), K("health", disease(ctx)))
        elif r < 0.45:
            remark = T(rng.choice(("脱贫户", "低保户", "特困户", "监测户")))
        else:
            remark = T("")
        rows.append(
            [
                T(str(i)),
                T(p.town),
                T(p.village),
                K("name", p.name),
                T(str(rng.randint(1, 7))),
                T(lvl),
                T(way),
                T(str(amt)),
                remark,
            ]
        )
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    if rng.random() < 0.5:
        minor = [ctx.villager(30, 85, same_village=0.4) for _ in range(rng.randint(2, 5))]
        doc.add("　　另，以下农户住房一般损坏，按每户3000元给予维修补助：")
        name_list(doc, minor)
        doc.add("。\n")
    doc.add(f"　　公示期7天。（联系人：{ctx.official()}，电话：{ctx.landline()}）\n")
    sign(doc, dept(ctx, "应急局"), issued, ctx.pdf)
    return doc


def ds_insurance(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    causes = ["暴雨", "洪水", "山体滑坡", "大风", "雷击火灾"]
    if ctx.region.key in ("ganzi", "zhangye", "altay"):
        causes += ["雪灾", "泥石流"]
    insurer = f"中国人民财产保险股份有限公司{ctx.county.short}支公司"
    ctx.title = rng.choice(
        (f"{ctx.county.short}{ctx.year}年政策性农房保险理赔情况公示", f"{ctx.town}农村住房保险理赔清单")
    )
    doc.add(ctx.title + "\n")
    doc.add(f"保险人：{insurer}（统一社会信用代码：{credit_code(rng, ctx.county, 'company')}）\n")
    doc.add(f"保单号：PQAF{ctx.year}{ctx.county.code}{rng.randint(1, 999999):06d}\n")
    headers = [
        "序号",
        "报案号",
        "被保险人",
        "身份证号",
        "房屋坐落",
        "出险时间",
        "出险原因",
        "损失程度",
        "赔付金额（元）",
        "收款账号",
    ]
    rows: list[list[Cell]] = []
    old15 = rng.random() < 0.15
    masked = rng.random() < 0.2
    grouped = rng.random() < 0.3
    for i in range(1, rng.randint(5, 11) + 1):
        p = ctx.person(30, 88)
        if old15 and p.birth.year < 1955 and not masked:
            idc = K("id_card_15", make_id15(rng, p.idno[:6], p.birth, p.sex))
        else:
            idc = id_cell(ctx, p, masked)
        rows.append(
            [
                T(str(i)),
                T(f"RQAF{ctx.year}{rng.randint(1, 9999999):07d}"),
                K("name", p.name),
                idc,
                K("address", ctx.addr(p, house=True)),
                T(f"{ctx.date(4, 9):%Y-%m-%d}"),
                T(rng.choice(causes)),
                T(rng.choice(("全损", "部分损失", "部分损失"))),
                T(ctx.money(rng.randint(5, 200) * 100)),
                card_cell(ctx, ctx.card()[1], grouped),
            ]
        )
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(f"　　理赔咨询电话：95518　　监督电话：{ctx.landline()}（{ctx.county.short}应急管理局）\n")
    return doc


# ---------------------------------------------------------------------------------------------------------
# 8. water
# ---------------------------------------------------------------------------------------------------------


def wt_survey(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    ctx.title = f"{ctx.county.short}农村饮水安全入户核查表"
    doc.add(ctx.title + "\n")
    if rng.random() < 0.55:
        p = ctx.villager(30, 85)
        doc.add(f"乡镇：{p.town}　　村：{p.village}　　组：{ctx.group_of(p)}\n")
        checker = ctx.official()
        fields: list[tuple[str, Cell]] = [
            ("户主姓名", K("name", p.name)),
            ("身份证号", K("id_card", p.idno)),
            ("联系电话", mobile_cell(ctx, p)),
        ]
        if rng.random() < 0.25:
            fields.append(("家庭电话", K("landline", ctx.landline())))
        fields += [
            ("家庭住址", K("address", ctx.addr(p))),
            ("家庭人口（人）", T(str(rng.randint(1, 8)))),
            ("供水方式", T(rng.choice(("集中供水", "分散供水", "集中供水")))),
            ("水源类型", T(rng.choice(("山泉水", "地下水", "水库水", "河流水")))),
            ("水量是否达标（≥60升/人·天）", T("是")),
            ("水质是否达标", T(rng.choice(("是", "是", "否（浑浊）")))),
            ("用水方便程度（人力取水往返≤20分钟）", T("是")),
            ("供水保证率（≥95%）", T(rng.choice(("是", "是", "否")))),
            ("存在问题", T(rng.choice(("无", "枯水期水量不足", "管道老化漏水", "无")))),
            ("户主签字", K("name", p.name)),
            ("核查人员", T(f"{checker}（{p.town}水利站）")),
            ("核查日期", T(cn_date(ctx.date()))),
        ]
        one_cell = ctx.pdf or rng.random() < 0.6
        for lab, c in fields:
            doc.add(lab + ("\n" if one_cell else "："))
            doc.put(c)
            doc.add("\n")
        return doc
    doc.add(f"乡镇：{ctx.town}　　村：{ctx.village}　　核查日期：{cn_date(ctx.date())}\n")
    with_land = rng.random() < 0.3
    headers = [
        "序号",
        "户主姓名",
        "家庭人口",
        "联系电话",
        *(["家庭电话"] if with_land else []),
        "家庭住址",
        "供水方式",
        "水量",
        "水质",
        "方便程度",
        "保证率",
        "是否达标",
    ]
    rows: list[list[Cell]] = []
    for i in range(1, rng.randint(5, 12) + 1):
        p = ctx.villager(28, 85)
        ok = rng.random() < 0.85
        row = [T(str(i)), K("name", p.name), T(str(rng.randint(1, 8))), mobile_cell(ctx, p)]
        if with_land:
            row.append(K("landline", ctx.landline()) if rng.random() < 0.5 else T(""))
        row += [
            K("address", ctx.addr(p)),
            T(rng.choice(("集中", "集中", "分散"))),
            T("达标"),
            T("达标" if ok else "不达标"),
            T("达标"),
            T("达标" if ok else "不达标"),
            T("是" if ok else "否"),
        ]
        rows.append(row)
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(f"核查人员：{ctx.official()}、{ctx.official()}（{ctx.town}水利站）\n")
    return doc


def wt_keepers(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    ctx.title = rng.choice(
        (
            f"{ctx.county.short}{ctx.year}年小型水库管护员名单及补助发放表",
            f"{ctx.county.short}小型水库专职管护人员花名册",
        )
    )
    doc.add(ctx.title + "\n")
    doc.add(
        f"　　根据《{ctx.region.province}小型水库安全管理办法》，"
        f"现将{ctx.year}年度全县小型水库管护人员及管护补助情况公布如下：\n"
    )
    headers = [
        "序号",
        "水库名称",
        "所在乡镇",
        "管护员",
        "身份证号",
        "联系电话",
        "管护补助（元/年）",
        "银行卡号",
    ]
    rows: list[list[Cell]] = []
    grouped = rng.random() < 0.3
    masked = rng.random() < 0.2
    for i in range(1, rng.randint(5, 12) + 1):
        p = ctx.person(40, 66)
        t, vills = rng.choice(ctx.county.towns[1:])
        sur = weighted(rng, SURNAMES[ctx.region.key])
        res = rng.choice(
            (
                f"{sur}家冲水库",
                f"{rng.choice(vills)[:-1]}水库",
                "黄泥塘水库",
                "大坪水库",
                f"{sur}家沟水库",
                "龙潭水库",
                "石门水库",
            )
        )
        rows.append(
            [
                T(str(i)),
                T(res),
                T(t),
                K("name", p.name),
                id_cell(ctx, p, masked),
                mobile_cell(ctx, p, masked),
                T(str(rng.choice((3600, 4800, 6000)))),
                card_cell(ctx, ctx.card()[1], grouped),
            ]
        )
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(
        f"　　各水库行政责任人由所在乡镇分管领导担任，技术责任人由{ctx.county.short}水利局派驻技术人员担任。"
    )
    doc.add(f"如：{ctx.official()}（副镇长）、{ctx.official()}（水利站站长）。\n")
    doc.add(f"　　监督电话：{ctx.landline()}（{ctx.county.short}水利局水库管理股）\n")
    sign(doc, dept(ctx, "水利局"), ctx.doc_date, ctx.pdf)
    return doc


def wt_arrears(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    company = f"{ctx.prefix()}{rng.choice(('城乡供水', '清源水务', '自来水'))}有限责任公司"
    cc = credit_code(rng, ctx.county, "company")
    hall = f"{ctx.county.towns[0][0]}{rng.choice(ctx.county.roads)}{rng.randint(1, 200)}号"
    cutoff = ctx.date(3, 11)
    if rng.random() < 0.55:
        p = ctx.person(25, 80)
        acct = safe_serial(f"{rng.randint(10, 99)}{rng.randint(1, 9999999):08d}")
        meter = rng.choice(
            (
                f"SB{rng.randint(100000, 999999)}",
                luhn_serial(rng, "9", 12),
                f"{ctx.year}{rng.randint(1, 99999999):08d}",
            )
        )
        ctx.title = "水费催缴通知书"
        doc.add(ctx.title + "\n")
        doc.pii("name", p.name)
        doc.add(f"（户号：{acct}）：\n")
        doc.add("　　您户位于")
        doc.pii("address", ctx.addr(p, house=True))
        months = rng.randint(3, 18)
        amt = months * rng.randint(15, 60)
        doc.add(
            f"的用水（水表编号：{meter}），截至{cn_date(cutoff)}累计拖欠水费{ctx.money(amt)}元（共{months}个月）。"
        )
        doc.add(
            f"根据《{ctx.county.short}城乡供水管理办法》及供用水合同约定，"
            f"请您于{cn_date(cutoff + dt.timedelta(days=15))}前到"
        )
        doc.add(
            f"{company}营业厅（地址：{hall}）或通过“{ctx.region.province[:2]}水务”微信公众号缴纳。逾期未缴纳的，将依法按日加收滞纳金，"
        )
        doc.add("并按规定程序中止供水。\n")
        if rng.random() < 0.4:
            doc.add("　　本通知同时以短信方式发送至您预留的手机")
            doc.pii("mobile", fmt_mobile(rng, p.mobile))
            doc.add("。\n")
        doc.add(f"　　如有疑问，请致电客服热线：{ctx.landline()}。\n")
        sign(doc, company, cutoff + dt.timedelta(days=1), ctx.pdf)
        doc.add("\n签收人：　　　　　签收日期：\n")
        return doc
    area = ctx.village
    ctx.title = f"关于催缴{area}片区拖欠水费的公告"
    doc.add(ctx.title + "\n")
    doc.add(
        f"　　截至{cn_date(cutoff)}，以下用户长期拖欠水费。"
        f"请相关用户于公告之日起15日内到{company}营业厅（{hall}）缴清欠费，逾期将依法中止供水：\n"
    )
    headers = ["序号", "户名", "户号", "用水地址", "欠费月份", "欠费金额（元）"]
    rows: list[list[Cell]] = []
    for i in range(1, rng.randint(6, 14) + 1):
        p = ctx.person(25, 85)
        acct = safe_serial(f"{rng.randint(10, 99)}{rng.randint(1, 9999999):08d}")
        months = rng.randint(3, 24)
        rows.append(
            [
                T(str(i)),
                K("name", p.name),
                T(acct),
                K("address", ctx.addr(p, house=True)),
                T(f"{months}个月"),
                T(ctx.money(months * rng.randint(15, 60))),
            ]
        )
    render_table(doc, ctx, headers, rows, choose_layout(ctx))
    doc.add(f"　　营业厅电话：{ctx.landline()}　　统一社会信用代码：{cc}\n")
    sign(doc, company, cutoff + dt.timedelta(days=2), ctx.pdf)
    return doc


# ---------------------------------------------------------------------------------------------------------
# Registry, checks, output
# ---------------------------------------------------------------------------------------------------------

Builder = Callable[[Ctx], Doc]
FAMILIES: dict[str, tuple[tuple[str, Builder], ...]] = {
    "villagefin": (
        ("ledger", vf_ledger),
        ("dividend", vf_dividend),
        ("yishiyiyi", vf_yishiyiyi),
        ("labor", vf_labor),
    ),
    "election": (
        ("voters", el_voters),
        ("candidates", el_candidates),
        ("proxy", el_proxy),
        ("dispute", el_dispute),
    ),
    "school": (
        ("loan", sc_loan),
        ("preschool", sc_preschool),
        ("shuangjian", sc_shuangjian),
        ("busdriver", sc_busdriver),
    ),
    "eldercare": (
        ("admission", ec_admission),
        ("homecare", ec_homecare),
        ("assessment", ec_assessment),
        ("accident", ec_accident),
    ),
    "employment": (
        ("hardship", em_hardship),
        ("unemployed", em_unemployed),
        ("training", em_training),
        ("gig", em_gig),
    ),
    "petition2": (("npc", pt_npc), ("banshishi", pt_banshishi), ("hotline", pt_hotline)),
    "disaster2": (
        ("threatened", ds_threatened),
        ("relocation", ds_relocation),
        ("rebuild", ds_rebuild),
        ("insurance", ds_insurance),
    ),
    "water": (("survey", wt_survey), ("keepers", wt_keepers), ("arrears", wt_arrears)),
}

ADDRESS_END = ("号", "栋", "单元", "室", "组", "队")


def problems(text: str, spans: Sequence[SpanT]) -> list[str]:
    """Everything that would make a label wrong; an empty list means the document is usable."""
    out: list[str] = []
    last = -1
    for kind, s, e in sorted(spans, key=lambda x: x[1]):
        if kind not in KINDS or not 0 <= s < e <= len(text):
            out.append(f"bad span {kind} {s} {e}")
            continue
        if s < last:
            out.append(f"overlap at {s}")
        last = e
        t = text[s:e]
        if t != t.strip():
            out.append(f"span with outer space {t!r}")
        if kind == "id_card" and not id_valid(t):
            out.append(f"bad id {t}")
        elif kind == "id_card_15" and not id15_valid(t):
            out.append(f"bad id15 {t}")
        elif kind == "bank_card":
            d = t.replace(" ", "")
            if not (d.isdigit() and 16 <= len(d) <= 19 and card_like(d)):
                out.append(f"bad card {t}")
        elif kind == "mobile":
            d = re.sub(r"\D", "", t)
            d = d[2:] if t.startswith("+86") else d
            if not re.fullmatch(r"1[3-9]\d{9}", d):
                out.append(f"bad mobile {t}")
        elif kind == "landline" and not re.fullmatch(r"(0\d{2,3}[- ]?|（0\d{2,3}）)[2-8]\d{6,7}", t):
            out.append(f"bad landline {t}")
        elif kind == "name" and (re.search(r"[\d\n，。：、（）]", t) or len(t) > 14):
            out.append(f"bad name {t!r}")
        elif kind == "address" and not t.endswith(ADDRESS_END):
            out.append(f"bad address {t}")
        elif kind == "email" and t.endswith("gov.cn"):
            out.append(f"gov mail labelled {t}")
    chars = list(text)
    for _, s, e in spans:
        chars[s:e] = "\x00" * (e - s)
    masked = "".join(chars)
    for m in re.finditer(r"(?<![\dA-Za-z])1[3-9]\d{9}(?![\d])", masked):
        out.append(f"unlabelled mobile shape {m.group()}")
    for m in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\d])", masked):
        if id_valid(m.group()):
            out.append(f"unlabelled id {m.group()}")
    for m in re.finditer(r"(?<![\d])\d{15}(?![\d])", masked):
        if id15_valid(m.group()):
            out.append(f"unlabelled id15 shape {m.group()}")
    for m in re.finditer(r"(?<![\d])\d{16,19}(?![\d])", masked):
        if card_like(m.group()):
            out.append(f"unlabelled card {m.group()}")
    for m in re.finditer(r"\d{4}(?: \d{4}){3}(?: \d{1,4})?", masked):
        if card_like(m.group().replace(" ", "")):
            out.append(f"unlabelled grouped card {m.group()}")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", masked, re.ASCII):
        if not m.group().endswith(".gov.cn"):
            out.append(f"unlabelled mail {m.group()}")
    names = {re.sub(r"[\s　]", "", text[s:e]) for kind, s, e in spans if kind == "name"}
    for n in names:
        if n in masked:
            out.append(f"unlabelled mention of {n}")
    return out


def build(rng: random.Random, family: str) -> dict[str, object]:
    for _ in range(80):
        region = rng.choice(REGIONS)
        pdf = rng.random() < 0.25
        sub, builder = rng.choice(FAMILIES[family])
        ctx = Ctx(rng, region, pdf)
        try:
            doc = builder(ctx)
        except Retry:
            continue
        text = doc.text()
        spans = sorted(doc.spans, key=lambda x: x[1])
        if pdf:
            text, spans = hard_wrap(text, spans, rng.randint(28, 40))
            text, spans = add_page_marks(ctx, text, spans)
        if problems(text, spans):
            continue
        return {
            "type": f"{family}.{sub}" + (".pdf" if pdf else ""),
            "text": text,
            "spans": [{"kind": k, "start": s, "end": e, "text": text[s:e]} for k, s, e in spans],
        }
    raise RuntimeError(f"could not draw a clean {family} document")


def generate(n_docs: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    fams = list(FAMILIES)
    docs = []
    for i in range(n_docs):
        docs.append(build(random.Random(rng.getrandbits(64)), fams[i % len(fams)]))
    return docs


def self_check(docs: Sequence[dict[str, object]]) -> None:
    for d in docs:
        text = d["text"]
        spans = d["spans"]
        assert isinstance(text, str) and isinstance(spans, list)
        triples = [(s["kind"], s["start"], s["end"]) for s in spans]
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], s
        bad = problems(text, triples)
        assert not bad, (d["type"], bad)


DECISIONS = (
    "村两委 cadres named in a village ledger in their role — 经手人, 报账员, 村务监督委员会主任, and the "
    "payee of his own 误工补贴 written with his title ('支付村委会主任莫文明6月误工补贴') — are not labell"
    "ed: "
    "村务公开 publishes cadres' remuneration. A villager paid 劳务费, 误工补贴 or 青苗补偿 is labelled.",
    "People hired to a post given as welfare — a village 保洁员 or 护林员 paid in a ledger, the 群测群防 "
    "监测员 of a hazard point, a 小型水库 管护员 — are labelled as private persons, with their numbers.",
    "选民名单 and 候选人/当选人 公告 are published by law (村民委员会组织法 第十四、十五条): their names are "
    "not labelled, nor the dead or moved-away voters a 选民榜 strikes off. An ID or a phone printed in a "
    "选民名单 is labelled: the law publishes the names, not the numbers.",
    "委托投票 登记表 and 委托投票证 are the 选举委员会's working records: 委托人 and 受托人 are labelled, "
    "and an "
    "illness given as the reason for the proxy is health.",
    "An 选举争议 reply labels the complainant, the spouse the complaint is about and a witness; a candidate "
    "or villager the document already writes as 韦某某 stays unlabelled; the lawyer consulted and the 送达人 "
    "act in their role.",
    "A teacher or an unlicensed tutor found running a class at home (双减 reply) is labelled, with the home "
    "address the complaint gives: he is the subject of an enforcement finding, not acting in an office. "
    "The 执法人员 and their 执法证号 are not.",
    "A 校车 plate is labelled wherever the register ties it to its driver; a driver's 驾驶证号 is his ID and "
    "is labelled each time it is printed. The school, its 校长, the 经办民警 are not personal; a 随车照管员 "
    "is labelled like the driver.",
    "A scheme's class in a 类别 column is not health ('持证残疾人', '残疾儿童', a 居家养老 补贴类别 '失能'"
    ", a "
    "护理等级 '全护理'); a disability with type and grade ('视力三级', '精神一级') and an 能力评估 result "
    "'轻度/中度/重度失能' are. '能力完好', '良好', '一般', '健康' are not labelled.",
    "A 养老机构 accident 通报 labels the injured resident, the relative it names and a 护理员 it names as "
    "responsible (the part that reproves); the 院长 acting in his role is not labelled.",
    "人大代表 and 政协委员 addressed by a 建议/提案 答复 are public in that role and are not labelled, even "
    "as the addressee of a letter that speaks to 您. A villager the reply names is labelled.",
    "Staff named in their role are not labelled: the 责任人 of a '我为群众办实事' 台账, the 回访人 of a "
    "hotline record, 登记员, 填报人, 制表人, 审核人, 评估员, 核查人员 (水利站), 授课教师 and 班主任 of a "
    "training roster, a meeting's 主持人 and 记录人 (村文书), a 见证人 from the 村委会.",
    "The 包点责任人 of a hazard point and the 法定代表人 of a 乡镇 signing a 搬迁 agreement are officials in "
    "role. The 安置房 flat an agreement allots and the old house it orders pulled down are dwellings the "
    "agreement disposes of: both are labelled addresses.",
    "Serials are never labelled: 受理证明编号, 失业登记证号, 准考证号 (some Luhn-valid, none with a card "
    "network's prefix), 户号, 水表编号, 保单号, 报案号, 工单编号, 隐患点统一编号, 协议编号, 登记编号.",
    "A place or a business that holds a surname or a name (刘三姐镇, 王浩屯镇, 李村, 韦家冲水库, "
    "'黄陂刘记建材经营部') is never labelled. The seat of a 营业厅, a training school or an office is not "
    "personal; a 安置点 named without a flat is not either.",
    "A 零工 board that writes 韦师傅 / 覃女士 with a full mobile number: the phone is labelled, the "
    "surname with a title is an anonymised name and is not; a masked phone ('158****7391') is not.",
    "A first-generation 15-digit number in a 身份证号 column (an old resident, an old policy holder) is "
    "labelled id_card_15. A masked ID in the same column is not labelled.",
    "Village and group names alone (所在组, 所在村, 乡镇 columns; '乡镇：… 村：… 组：…' heading a form) are "
    "not addresses; a 住址, 坐落, 用水地址 or 家住 down to 号, 组, 队 or 室 is, whatever its first level.",
    "Kazakh names keep the dot the document uses ('·', '•' or none, one choice per document); the label "
    "covers the name with its dot. A PDF table's spaced two-character name ('韦　英') is labelled over its "
    "spaces; the same person's other mentions, unspaced, are labelled too.",
    "Travel documents are labelled only as the document names them: a passport in a 护照 column or after "
    "'凭护照（', a 往来港澳通行证 number, a 台湾居民来往大陆通行证 number. A 境外劳务 roster's '办理中' "
    "in the passport column is not a number.",
)


DOC = __doc__ or ""


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=DOC.splitlines()[0] if DOC else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=97)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument(
        "--stats", action="store_true", help="span counts per kind and documents per family on stderr"
    )
    ap.add_argument(
        "--decisions", action="store_true", help="print the numbered labelling decisions and exit"
    )
    args = ap.parse_args(argv)
    if args.decisions:
        for i, decision in enumerate(DECISIONS, 1):
            print(f"{i}. {decision}")
        return 0
    docs = generate(args.docs, args.seed)
    self_check(docs)
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if args.output == "-":
        sys.stdout.write(lines)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(lines)
    if args.stats:
        kinds: Counter[str] = Counter()
        fams: Counter[str] = Counter()
        types: Counter[str] = Counter()
        pdfs = 0
        for d in docs:
            t = str(d["type"])
            fams[t.split(".")[0]] += 1
            types[t.removesuffix(".pdf")] += 1
            pdfs += t.endswith(".pdf")
            spans = d["spans"]
            assert isinstance(spans, list)
            for s in spans:
                kinds[s["kind"]] += 1
        print(f"documents: {len(docs)} ({pdfs} .pdf)", file=sys.stderr)
        print("spans per kind:", file=sys.stderr)
        for k in KINDS:
            print(f"  {k:16} {kinds[k]}", file=sys.stderr)
        print("documents per family:", file=sys.stderr)
        for f, n in sorted(fams.items()):
            print(f"  {f:12} {n}", file=sys.stderr)
        print("documents per sub-kind:", file=sys.stderr)
        for t, n in sorted(types.items()):
            print(f"  {t:24} {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
