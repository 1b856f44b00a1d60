#!/usr/bin/env python3
# ruff: noqa: B007, B905, C401, C408, C416, E501, E741, F821, RUF005, RUF059, SIM102, SIM103, SIM115, SIM905, UP031
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout39 -- blind labelled evaluation set for a PII detector on Chinese
government-disclosure (政务公开) documents.

Standard library only.  Usage:
    python holdout39.py --docs 400 --seed 179 -o out.jsonl [--stats]
    python holdout39.py --decisions

Each output line: {"type": "family.subkind[.pdf]", "text": ..., "spans": [...]}
with spans {"kind", "start", "end", "text"} (Python str offsets).

Families (all synthetic, modelled on real incidents: full 身份证号 and bank
accounts in published 低保 rolls and 孕前检查 lists; phones and home addresses
in 处罚决定书 and 公示名单):
  dibao.roll / dibao.payment / dibao.tekun          低保/特困 年审名册, 资金发放明细
  maternal.preconception / maternal.vaccine / maternal.birth
  penalty.individual / penalty.driver / penalty.rectify
  notice.housing / notice.homestead / notice.landcomp
  application.disclosure / application.relief / application.housing
  minutes.committee / minutes.mediation / minutes.hearing
  medical.settlement
  credit.dishonest / credit.wages
A ".pdf" suffix marks the PDF-text-extraction variant (hard wrapped lines,
page numbers / running titles between rows, U+3000 inside 2-char names).

Regions: 内蒙古赤峰翁牛特旗 150426, 湖南怀化通道侗族自治县 431230, 贵州毕节威宁县
520526, 山东菏泽曹县 371721, 安徽六安金寨县 341524, 新疆昌吉市 652301.

DECISIONS
D1. A private person's name is labelled `name` at every occurrence when the context shows who they are: applicants, recipients, 户主 and household members, 当事人, 个体户经营者, drivers, petitioners and mediation parties, villagers speaking in minutes, family contacts, newborns and their parents, 委托代理人 (also lawyers: they are private persons, not agency staff), 法定代表人/负责人 named in 失信/欠薪 notices, and the person's own 签名/签字 line.
D2. Officials, staff, 执法人员, 调解员, 主持人, 记录人, 经办人/审核人, doctors and signatories acting for an agency are not labelled, in any position (header, body, signature).
D3. Already-masked names (张某, 李某某, 王*, 马**) and masked numbers (138****1234, 150426********123X, 6228 **** **** 1234) are near-misses: never labelled.
D4. In the PDF variant a two-character name spaced with U+3000 is one `name` span including the inner U+3000 (e.g. "杨　英"). Names with the middle dot (买买提·吐尔逊) are one span including the dot.
D5. Mobile numbers are personal in every context, including a staff contact's mobile (the staff name stays unlabelled). The span includes a written "+86"/"(+86)"/"+86-" prefix and any inner spaces or dashes.
D6. Landlines are labelled (`landline`) only when they are a private person's home/contact phone. Office numbers, numbers with 转 extensions, hotlines (12345, 12315, 12348, 12320) are not labelled.
D7. id_card: 18-digit numbers with valid check digit, date and region; spans may contain the 6-8-4 space grouping and a lower-case x. A 驾驶证号 equal to the ID number is id_card. Partly masked IDs are not labelled. 15-digit 一代证 numbers are id_card_15.
D8. bank_card: the card digits only (spaced groups of 4 allowed); never the 开户行 name; CSV wrappers (="…", leading apostrophe, tab) are outside the span.
D9. address: a private person's home / 户籍 / current residence address, or an allocated 公租房 unit, written down to 号/栋/单元/室/组; the span runs from the first written place element to the last 号/栋/单元/室/组 element (labels like "住址：" excluded). Addresses of agencies, companies, shops (个体户 经营场所), 违法地点 on roads, and bare 镇/村/嘎查 names are not labelled.
D10. 宅基地 公示: the applicant's 户籍地 and the approved 拟建位置 written to 组 are the person's (future) home, so both are `address`.
D11. health: a specific illness or disability status next to an identifiable person (尿毒症, 肢体残疾二级, 精神分裂症 …); the span is the condition phrase only. Not health: programme words (医疗救助, 孕前优生健康检查, 疫苗接种), person categories (低保, 特困, 监测户, 返贫致贫人口), settlement types (门诊慢特病, 住院), generic values in a 健康状况 column (健康, 良好, 一般) and "无" in a 残疾/疾病 column, and 致贫原因 such as 缺劳力/因学/因灾.
D12. license_plate: vehicles of private persons (drivers, 车辆所有人, 低保/公租房 household vehicles, accident parties), span including the "·" if written; the vehicle type words are outside the span.
D18. Staff/official names are never equal to, or substrings of, a labelled private name in the same document, so a name string is either always labelled or never labelled within one text.
D19. Bank names and 开户行 branches, hospital/clinic names, 敬老院 names and company names are not personal.
D13. hk_macau_permit covers 往来港澳通行证 (C+8 / C+letter+7) and 港澳居民来往内地通行证 (H/M+8); tw_permit covers 大陆居民往来台湾通行证 (L+8) and 8-digit 台湾居民来往大陆通行证 numbers; passport covers E/G numbers.
D14. email: personal mailboxes (qq/163/126/sina/…) are labelled; *.gov.cn and agency mailboxes are not.
D15. Near-misses never labelled: GB 32100 统一社会信用代码, 文号, 索引号, 受理/申请编号, court and mediation case numbers, 交管决定书编号 (region code + 10 digits), 档案编号, 执法证号/警号/律师执业证号, EMS waybills, 出生医学证明编号, vaccine batch numbers, order/transaction/缴款码/结算流水号 (16–19 digits starting with a date, possibly Luhn-valid, no issuer prefix), amounts, areas, postcodes.
D16. Place names containing surnames (王庄村, 马家坪, 杨家湾) and village/township names alone are not personal.
D17. Birth dates and ages are not labelled (no kind); sex and ethnicity are not labelled.
"""

import argparse
import json
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta

# --------------------------------------------------------------------------
# region data
# --------------------------------------------------------------------------

HAN_M = (
    "建国 建军 振华 德胜 明亮 长友 庆华 国强 志刚 海涛 文斌 永明 成林 春生 学军 俊杰 "
    "立新 保国 和平 宏伟 金山 瑞 强 军 勇 磊 涛 斌 鹏 浩然 子轩 宇航 家豪 一鸣 继红 "
    "广才 福全 玉成 守义 树林 占山 连生 有才 天佑 宗明"
).split()
HAN_F = (
    "秀英 玉兰 桂芝 凤英 红霞 海燕 秀兰 丽娟 春梅 淑珍 翠花 美玲 静 敏 芳 娜 丽 "
    "晓燕 雪梅 玉梅 金凤 小红 桂英 素芬 慧敏 梦瑶 欣怡 雨涵 子涵 诗琪 佳怡 巧云 "
    "月娥 银凤 彩霞 冬梅"
).split()

REGIONS = {
    "wnt": dict(
        prov="内蒙古自治区",
        city="赤峰市",
        county="翁牛特旗",
        code="150426",
        neighbors="150402 150403 150404 150421 150422 150423 150424 150425 150428 150429 150430".split(),
        area="0476",
        post="024500",
        plate="蒙D",
        court="蒙0426",
        short="翁",
        gov="翁牛特旗人民政府",
        gsuffix="旗",
        bank_local="翁牛特旗农村信用合作联社",
        towns=[
            ("乌丹镇", "新地村 东山村 西门外村 海日苏嘎查"),
            ("五分地镇", "五分地村 东大营子村"),
            ("乌敦套海镇", "乌敦套海村 好老鹿场村"),
            ("桥头镇", "桥头村 碱场村"),
            ("白音套海苏木", "白音套海嘎查 哈日朝鲁嘎查"),
            ("阿什罕苏木", "阿什罕嘎查 查干诺尔嘎查"),
            ("梧桐花镇", "梧桐花村 三义井村"),
            ("广德公镇", "广德公村 大兴村"),
            ("海拉苏镇", "海拉苏村 王家营子村"),
            ("毛山东乡", "毛山东村 杨家窝铺村"),
        ],
        urban_town="乌丹镇",
        streets="全宁街 玉龙大街 紫城街 新华街 友谊路".split(),
        estates="玉龙花园 全宁小区 富源小区 鑫盛家园 紫城名苑".split(),
        surnames="王 李 张 刘 赵 孙 于 高 杨 包 白 韩".split(),
        ethnic=(
            "额尔敦 乌力吉巴雅尔 其木格 巴特尔 斯琴高娃 萨仁图雅 苏日娜 宝音图 哈斯朝鲁 阿拉坦仓 "
            "乌云其其格 格日勒图 那仁满都拉 图门巴雅尔 白音仓 额尔德木图 达古拉 朝格图 敖日格乐 "
            "包额尔敦 白乌力吉 韩其木格 包斯琴"
        ).split(),
        ethnic_rate=0.4,
    ),
    "tongdao": dict(
        prov="湖南省",
        city="怀化市",
        county="通道侗族自治县",
        code="431230",
        neighbors="431202 431221 431222 431225 431227 431228 431229 431281".split(),
        area="0745",
        post="418500",
        plate="湘N",
        court="湘1230",
        short="通",
        gov="通道侗族自治县人民政府",
        gsuffix="县",
        bank_local="通道农村商业银行",
        towns=[
            ("双江镇", "芋头村 双江村 东门村"),
            ("坪坦乡", "坪坦村 高步村 阳烂村 横岭村"),
            ("陇城镇", "皇都村 陇城村"),
            ("播阳镇", "播阳村 上湘村"),
            ("牙屯堡镇", "牙屯堡村 文坡村"),
            ("县溪镇", "县溪村 恭城村"),
            ("独坡镇", "独坡村 上岩村"),
            ("大高坪苗族乡", "大高坪村 吴家湾村"),
        ],
        urban_town="双江镇",
        streets="民族路 团结路 芙蓉路 侗乡大道 新街".split(),
        estates="侗乡新城 芙蓉小区 龙吟花园 和谐家园".split(),
        surnames="杨 吴 石 粟 龙 陆 欧 蒙 梁 杨 吴".split(),
        ethnic=(
            "杨秀珍 吴金花 石光华 粟顺英 吴培钦 杨再吉 吴金梅 石光明 粟周旺 龙甫银 陆美英 "
            "杨通宝 吴仕贵 石银花 粟昌林 吴妹 杨老满 欧正德 蒙桂香 吴腊梅"
        ).split(),
        ethnic_rate=0.45,
    ),
    "weining": dict(
        prov="贵州省",
        city="毕节市",
        county="威宁彝族回族苗族自治县",
        code="520526",
        neighbors="520502 520521 520523 520524 520525 520527".split(),
        area="0857",
        post="553100",
        plate="贵F",
        court="黔0526",
        short="威",
        gov="威宁彝族回族苗族自治县人民政府",
        gsuffix="县",
        bank_local="威宁农村商业银行",
        towns=[
            ("龙场镇", "龙场村 营洞村"),
            ("黑石头镇", "黑石头村 银河村"),
            ("哲觉镇", "哲觉村 新河村"),
            ("炉山镇", "炉山村 鸭甸河村"),
            ("迤那镇", "迤那村 五星村"),
            ("金钟镇", "金钟村 西营村"),
            ("雪山镇", "雪山村 团结村"),
            ("盐仓镇", "盐仓村 板底村"),
            ("羊街镇", "羊街村 马家坪村"),
        ],
        urban_town="六桥街道",
        streets="建设东路 草海路 民族路 兴宁路".split(),
        estates="草海家园 阳光小区 鹤城花园 凉山社区".split(),
        surnames="禄 安 马 龙 陈 王 张 杨 朱 管 苏 马".split(),
        ethnic=(
            "马文学 马志英 马海燕 马德明 马金花 马学忠 禄阿果 安阿呷 龙阿芬 禄光荣 安有才 "
            "龙小妹 马兰芳 禄文英 安阿依 马国清 龙老三 朱阿香"
        ).split(),
        ethnic_rate=0.45,
    ),
    "caoxian": dict(
        prov="山东省",
        city="菏泽市",
        county="曹县",
        code="371721",
        neighbors="371702 371703 371722 371723 371724 371725 371726 371728".split(),
        area="0530",
        post="274400",
        plate="鲁R",
        court="鲁1721",
        short="曹",
        gov="曹县人民政府",
        gsuffix="县",
        bank_local="曹县农村商业银行",
        towns=[
            ("大集镇", "丁楼村 张庄村 孙庄村"),
            ("倪集街道", "前王庄村 倪集村"),
            ("庄寨镇", "庄寨村 桐园村"),
            ("青堌集镇", "青堌集村 李庄村"),
            ("韩集镇", "韩集村 刘楼村"),
            ("侯集回族镇", "侯集村 马庄村"),
            ("魏湾镇", "魏湾村 孟庄村"),
            ("砖庙镇", "砖庙村 赵楼村"),
        ],
        urban_town="青菏街道",
        streets="青菏路 珠江路 五泉河路 太行路 黄河路".split(),
        estates="金桂园 御园小区 阳光花园 锦绣华城".split(),
        surnames="王 李 张 刘 陈 孙 杨 赵 朱 魏 程 邵".split(),
        ethnic=[],
        ethnic_rate=0.0,
    ),
    "jinzhai": dict(
        prov="安徽省",
        city="六安市",
        county="金寨县",
        code="341524",
        neighbors="341502 341503 341504 341522 341523 341525".split(),
        area="0564",
        post="237300",
        plate="皖N",
        court="皖1524",
        short="金",
        gov="金寨县人民政府",
        gsuffix="县",
        bank_local="金寨农村商业银行",
        towns=[
            ("花石乡", "大湾村 花石村"),
            ("天堂寨镇", "天堂寨村 前畈村"),
            ("斑竹园镇", "斑竹园村 小河村"),
            ("汤家汇镇", "汤家汇村 笔架山村"),
            ("吴家店镇", "吴家店村 沙堰村"),
            ("麻埠镇", "麻埠村 桃岭村"),
            ("南溪镇", "南溪村 丁埠村"),
            ("双河镇", "双河村 詹冲村"),
        ],
        urban_town="梅山镇",
        streets="红军大道 梅山南路 史河路 城关路".split(),
        estates="江南小区 红军广场小区 梅山湖花园 金桂苑".split(),
        surnames="汪 余 陈 张 王 詹 徐 储 周 漆 廖".split(),
        ethnic=[],
        ethnic_rate=0.0,
    ),
    "changji": dict(
        prov="新疆维吾尔自治区",
        city="昌吉回族自治州",
        county="昌吉市",
        code="652301",
        neighbors="652302 652323 652324 652325 652327 652328".split(),
        area="0994",
        post="831100",
        plate="新B",
        court="新2301",
        short="昌市",
        gov="昌吉市人民政府",
        gsuffix="市",
        bank_local="昌吉农村商业银行",
        towns=[
            ("榆树沟镇", "榆树沟村 勇进村"),
            ("三工镇", "三工村 下营盘村"),
            ("六工镇", "六工村 十三户村"),
            ("二六工镇", "二六工村 联丰村"),
            ("大西渠镇", "大西渠村 龙河村"),
            ("佃坝镇", "佃坝村 杨家庄村"),
            ("阿什里哈萨克民族乡", "阿什里村 胡阿根村"),
            ("滨湖镇", "滨湖村 马家湾村"),
        ],
        urban_town="宁边路街道",
        streets="宁边西路 延安北路 北京南路 乌伊东路 长宁路".split(),
        estates="世纪花园 华兴小区 天池小区 回民小区".split(),
        surnames="王 李 张 刘 陈 马 韩 杨 冶 撒 马".split(),
        ethnic=[],
        ethnic_rate=0.35,
    ),
}
UY_FIRST = (
    "买买提 阿依古丽 热依拉 艾尔肯 古丽娜尔 吐尔逊 阿不都热依木 努尔兰 加娜尔 帕提古丽 "
    "阿布拉 米娜瓦尔 叶尔兰 古丽米拉 艾力"
).split()
UY_LAST = "吐尔逊 艾合买提 买买提 吾甫尔 阿不都 热合曼 卡德尔 叶尔江 吐尔洪 吾斯曼 努尔兰 依明".split()

FEM_MARK = (
    "花",
    "珍",
    "英",
    "梅",
    "格",
    "娜",
    "燕",
    "芬",
    "妹",
    "香",
    "古丽",
    "阿依",
    "热依拉",
    "米娜",
    "加娜尔",
    "帕提",
    "斯琴",
    "萨仁",
    "乌云",
    "达古拉",
    "阿呷",
    "芳",
)
ETHNIC_GROUPS = {
    "wnt": ["汉族", "蒙古族", "蒙古族"],
    "tongdao": ["侗族", "侗族", "苗族", "汉族"],
    "weining": ["彝族", "回族", "苗族", "汉族"],
    "caoxian": ["汉族"],
    "jinzhai": ["汉族"],
    "changji": ["汉族", "回族", "维吾尔族", "哈萨克族"],
}


def is_fem(name):
    first = name.split("·")[0]
    return any(m in first for m in FEM_MARK)


KNOWN_REGIONS = set()
for _r in REGIONS.values():
    KNOWN_REGIONS.add(_r["code"])
    KNOWN_REGIONS.update(_r["neighbors"])  # type: ignore[arg-type]

MOBILE_PREFIX = (
    "130 131 132 133 134 135 136 137 138 139 147 150 151 152 153 155 156 157 158 159 "
    "166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
).split()

# (bank name, BIN, total length)
BANKS = [
    ("中国工商银行", "622202", 19),
    ("中国工商银行", "621226", 19),
    ("中国农业银行", "622848", 19),
    ("中国农业银行", "623052", 19),
    ("中国建设银行", "621700", 19),
    ("中国建设银行", "622700", 19),
    ("中国银行", "621661", 19),
    ("中国邮政储蓄银行", "621799", 19),
    ("中国邮政储蓄银行", "622188", 19),
    ("招商银行", "622588", 16),
    ("招商银行", "621483", 16),
]
BINS = set(b[1] for b in BANKS)

HEALTH = (
    "尿毒症 慢性肾功能衰竭 脑梗死后遗症 肺癌 乳腺癌 肝硬化 重症肌无力 白血病 精神分裂症 "
    "双相情感障碍 肺结核 糖尿病并发症 股骨头坏死 先天性心脏病 脑瘫 癫痫 类风湿性关节炎 "
    "慢性阻塞性肺疾病 冠心病 宫颈癌 胃癌 帕金森病"
).split()
DISAB = (
    "肢体残疾二级 肢体残疾三级 视力残疾一级 视力残疾二级 听力残疾二级 智力残疾二级 "
    "精神残疾二级 言语残疾三级 多重残疾一级 肢体残疾一级 重度残疾 智力残疾三级"
).split()

# --------------------------------------------------------------------------
# checksums / validators
# --------------------------------------------------------------------------

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def valid_date(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def id18_ok(s, regions=None):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if id_check(s[:17]) != s[17]:
        return False
    if not (1900 <= int(s[6:10]) <= 2025 and valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14]))):
        return False
    if regions is not None and s[:6] not in regions:
        return False
    return True


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d


def issuer_like(s):
    """Broad notion of a real card issuer prefix (used for the near-miss scan)."""
    if s[:6] in BINS:
        return True
    if s.startswith(("62", "4", "34", "37", "30", "36", "38", "60", "65", "9558", "81")):
        return True
    if s[:2] in ("51", "52", "53", "54", "55"):
        return True
    if 2221 <= int(s[:4]) <= 2720 or 3528 <= int(s[:4]) <= 3589:
        return True
    return False


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    tot = 0
    for c, w in zip(s8, ORG_W):
        v = int(c) if c.isdigit() else ord(c) - 55
        tot += v * w
    c9 = 11 - tot % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def credit_check(s17):
    tot = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W))
    return CC_CHARS[(31 - tot % 31) % 31]


def credit_ok(s):
    return len(s) == 18 and all(c in CC_CHARS for c in s) and credit_check(s[:17]) == s[17]


def norm_phone(s):
    s = re.sub(r"[\s\-()（）]", "", s)
    if s.startswith("+86"):
        s = s[3:]
    return s


def valid_kind(kind, t):
    if kind == "id_card":
        return id18_ok(t.replace(" ", ""), KNOWN_REGIONS)
    if kind == "id_card_15":
        return (
            bool(re.fullmatch(r"\d{15}", t))
            and t[:6] in KNOWN_REGIONS
            and valid_date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
        )
    if kind == "mobile":
        n = norm_phone(t)
        return bool(re.fullmatch(r"1[3-9]\d{9}", n)) and n[:3] in MOBILE_PREFIX
    if kind == "landline":
        return bool(re.fullmatch(r"0\d{2,3}-?[2-8]\d{6,7}", re.sub(r"[\s()（）]", "", t).replace("-", "-")))
    if kind == "bank_card":
        n = t.replace(" ", "")
        return n.isdigit() and 16 <= len(n) <= 19 and luhn_ok(n) and n[:6] in BINS
    if kind == "email":
        return bool(
            re.fullmatch(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", t)
        ) and not t.endswith("gov.cn")
    if kind == "passport":
        return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", t))
    if kind == "hk_macau_permit":
        return bool(re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}", t))
    if kind == "tw_permit":
        return bool(re.fullmatch(r"L\d{8}|\d{8}", t))
    if kind == "license_plate":
        return bool(re.fullmatch(r"[蒙湘贵鲁皖新][A-Z]·?[A-HJ-NP-Z0-9]{5,6}", t))
    if kind == "address":
        return len(t) >= 6 and bool(re.search(r"(号|栋|单元|室|组)$", t))
    if kind == "name":
        return bool(re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fff\u3000·]{1,12}", t)) and not t.endswith(
            "\u3000"
        )
    if kind == "health":
        return bool(re.fullmatch(r"[\u4e00-\u9fff（）()]{2,20}", t))
    return False


# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------
# A segment is (text, kind): kind None = plain text, "_" = protected near-miss
# (kept in one piece by PDF wrapping, never labelled), otherwise a PII kind.


def P(kind, text):
    return (text, kind)


def K(text):
    return (text, "_")


def flat(items):
    out = []
    if isinstance(items, str):
        return [(items, None)] if items else []
    if isinstance(items, tuple):
        return [items]
    for it in items:
        out.extend(flat(it))
    return out


def seg_text(items):
    return "".join(t for t, _ in flat(items))


def dwidth(s):
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


class Doc:
    def __init__(self):
        self.segs = []

    def add(self, *items):
        for it in items:
            self.segs.extend(flat(it))

    def line(self, *items):
        self.add(*items)
        self.segs.append(("\n", None))

    def blank(self):
        self.segs.append(("\n", None))


def finalize(segs):
    text, spans, pos = [], [], 0
    for t, k in segs:
        if k not in (None, "_") and t:
            spans.append({"kind": k, "start": pos, "end": pos + len(t), "text": t})
        text.append(t)
        pos += len(t)
    return "".join(text), spans


# --------------------------------------------------------------------------
# table rendering
# --------------------------------------------------------------------------


def render_table(doc, rng, headers, rows, style, group=None, csv_card=None):
    """headers: list[str]; rows: list[list[cell]]; cell = str | seg | list of segs.
    group: optional merged top header [(label, ncols)]."""
    n = len(headers)
    if style == "tab":
        if group:
            doc.line("\t".join(lab + "\t" * (c - 1) for lab, c in group))
        doc.line("\t".join(headers))
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    doc.add("\t")
                doc.add(c)
            doc.blank()
    elif style == "space":
        widths = [dwidth(h) for h in headers]
        for r in rows:
            for i, c in enumerate(r):
                widths[i] = max(widths[i], dwidth(seg_text(c)))
        if group:
            doc.line("  ".join(lab for lab, _ in group))
        doc.line("  ".join(h + " " * (widths[i] - dwidth(h)) for i, h in enumerate(headers)).rstrip())
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    doc.add("  ")
                doc.add(c)
                if i < n - 1:
                    doc.add(" " * (widths[i] - dwidth(seg_text(c))))
            doc.blank()
    elif style == "md":
        if group:
            doc.line("| " + " | ".join(lab for lab, c in group for _ in range(c)) + " |")
            doc.line("|" + "---|" * n)
        doc.line("| " + " | ".join(headers) + " |")
        if not group:
            doc.line("|" + "|".join(rng.choice(["---", ":---:", "----"]) for _ in headers) + "|")
        for r in rows:
            doc.add("| ")
            for i, c in enumerate(r):
                if i:
                    doc.add(" | ")
                doc.add(c if seg_text(c) else " ")
            doc.line(" |")
    elif style == "html":
        doc.line('<table border="1" cellspacing="0">')
        if group:
            doc.line(
                "<tr>"
                + "".join(
                    '<th colspan="%d">%s</th>' % (c, lab) if c > 1 else "<th>%s</th>" % lab
                    for lab, c in group
                )
                + "</tr>"
            )
        doc.line("<tr>" + "".join("<th>%s</th>" % h for h in headers) + "</tr>")
        for r in rows:
            doc.add("<tr>")
            for c in r:
                doc.add("<td>", c, "</td>")
            doc.line("</tr>")
        doc.line("</table>")
    elif style == "csv":
        if group:
            doc.line(",".join(lab + "," * (c - 1) for lab, c in group))
        doc.line(",".join(headers))
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    doc.add(",")
                segs = flat(c)
                txt = seg_text(segs)
                if csv_card is not None and i == csv_card and txt:
                    w = rng.choice(["plain", "plain", "eq", "apos", "tab"])
                    pre, post = {"plain": ("", ""), "eq": ('="', '"'), "apos": ("'", ""), "tab": ("\t", "")}[
                        w
                    ]
                    doc.add(pre, segs, post)
                elif "," in txt or '"' in txt:
                    doc.add('"', segs, '"')
                else:
                    doc.add(segs)
            doc.blank()
    elif style == "cell":
        for h in headers:
            doc.line(h)
        for r in rows:
            for c in r:
                if seg_text(c):
                    doc.line(c)
    elif style == "numbered":
        for j, r in enumerate(rows):
            mark = rng.choice(["%d. ", "%d、", "（%d）", "%d）"]) if j == 0 else mark  # type: ignore[has-type]
            doc.add(mark % (j + 1))
            first = True
            for h, c in zip(headers, r):
                if h in ("序号",) or not seg_text(c):
                    continue
                if not first:
                    doc.add("，" if rng.random() < 0.8 else "；")
                doc.add(h, "：", c)
                first = False
            doc.line("。")
    else:  # kv blocks
        sep = rng.choice(["：", ":", "： "])
        for r in rows:
            for h, c in zip(headers, r):
                if seg_text(c):
                    doc.line(spaced_label(h, rng), sep, c)
            doc.blank()


def spaced_label(h, rng):
    if len(h) == 2 and rng.random() < 0.5:
        return h[0] + "\u3000\u3000" + h[1]
    if len(h) == 3 and rng.random() < 0.3:
        return h[0] + "\u3000" + h[1] + "\u3000" + h[2]
    return h


# --------------------------------------------------------------------------
# PDF text-extraction transform
# --------------------------------------------------------------------------


def pdfify(segs, rng, title):
    width = rng.randint(28, 40)
    atoms = []  # (text, kind) ; kind None single char or ascii run
    for t, k in segs:
        if k is not None:
            atoms.append((t, k))
            continue
        for m in re.finditer(r"[A-Za-z0-9.@_\-+]+|.|\n", t, re.S):
            atoms.append((m.group(0), None))
    lines, cur, curlen = [], [], 0  # type: ignore[var-annotated]
    for a in atoms:
        if a[0] == "\n":
            lines.append(cur)
            cur, curlen = [], 0
            continue
        L = dwidth(a[0]) / 2.0
        if curlen + L > width and cur:
            lines.append(cur)
            cur, curlen = [], 0
            if a[0] in (" ", "\t"):
                continue
        cur.append(a)
        curlen += L
    lines.append(cur)
    total_pages = max(1, len(lines) // 30 + 1)
    out, page, nxt = [], 1, rng.randint(22, 38)
    style = rng.choice(["dash", "of", "plain", "title"])
    for i, ln in enumerate(lines):
        out.extend(ln)
        out.append(("\n", None))
        if i + 1 == nxt and i + 3 < len(lines):
            if style == "dash":
                out.append(("— %d —\n" % page, None))
            elif style == "of":
                out.append(("第 %d 页 共 %d 页\n" % (page, total_pages), None))
            elif style == "plain":
                out.append(("%d\n" % page, None))
            else:
                out.append(("- %d -\n%s\n" % (page, title[:30]), None))
            page += 1
            nxt += rng.randint(22, 38)
    return out


# --------------------------------------------------------------------------
# context: value generators
# --------------------------------------------------------------------------

CN_NUM = "零一二三四五六七八九十"


class Ctx:
    def __init__(self, rng, rkey, pdf):
        self.rng = rng
        self.rk = rkey
        self.R = REGIONS[rkey]
        self.pdf = pdf
        self.space_names = pdf and rng.random() < 0.75
        self.used = set()
        self.year = rng.choice([2021, 2022, 2023, 2023, 2024])
        self.doc = Doc()

    # ---- dates -------------------------------------------------------
    def day(self, y=None, m0=1, m1=12):
        y = y or self.year
        return date(y, self.rng.randint(m0, m1), self.rng.randint(1, 28))

    def span_dates(self, days=(5, 120)):
        a = self.day(m1=9)
        return self.cdate(a, "cn"), self.cdate(a + timedelta(days=self.rng.randint(*days)), "cn")

    def ethnic(self):
        return self.rng.choice(ETHNIC_GROUPS[self.rk])

    def cdate(self, d=None, style=None):
        d = d or self.day()
        style = style or self.rng.choice(["cn", "cn", "dash", "dot"])
        if style == "cn":
            return "%d年%d月%d日" % (d.year, d.month, d.day)
        if style == "dash":
            return d.strftime("%Y-%m-%d")
        return "%d.%d.%d" % (d.year, d.month, d.day)

    # ---- names -------------------------------------------------------
    def _raw_name(self, gender, ethnic_ok=True):
        R, rng = self.R, self.rng
        if ethnic_ok and R["ethnic_rate"] and rng.random() < R["ethnic_rate"]:
            if self.rk == "changji" and rng.random() < 0.6:
                pool = [f + "·" + l for f in UY_FIRST for l in UY_LAST]
            else:
                pool = R["ethnic"]  # type: ignore[assignment]
            pool = [n for n in pool if is_fem(n) == (gender == "F")]
            if pool:
                return rng.choice(pool)
        g = rng.choice(HAN_M if gender == "M" else HAN_F)
        return rng.choice(R["surnames"]) + g

    def pname(self, gender=None):
        gender = gender or self.rng.choice("MF")
        for _ in range(50):
            n = self._raw_name(gender)
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise RuntimeError("names exhausted")

    def oname(self):
        for _ in range(50):
            n = self._raw_name(self.rng.choice("MF"), ethnic_ok=self.rng.random() < 0.3)
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise RuntimeError("names exhausted")

    def N(self, name):
        if self.space_names and len(name) == 2:
            name = name[0] + "\u3000" + name[1]
        return P("name", name)

    def masked_name(self):
        s = self.rng.choice(self.R["surnames"])
        return s + self.rng.choice(["某", "某某", "*", "**", "某某"])

    # ---- ids -----------------------------------------------------------
    def idno(self, y0=1950, y1=2000, gender=None, region=None):
        rng = self.rng
        reg = region or (self.R["code"] if rng.random() < 0.85 else rng.choice(self.R["neighbors"]))
        b = date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
        seq = rng.randint(0, 999)
        if gender:
            if (seq % 2 == 1) != (gender == "M"):
                seq = (seq + 1) % 1000
        s17 = "%s%s%03d" % (reg, b.strftime("%Y%m%d"), seq)
        return s17 + id_check(s17)

    def ID(self, y0=1950, y1=2000, gender=None, fancy=True):
        s = self.idno(y0, y1, gender)
        r = self.rng.random()
        if fancy and r < 0.05:
            s = s[:6] + " " + s[6:14] + " " + s[14:]
        elif fancy and r < 0.09 and s.endswith("X"):
            s = s[:-1] + "x"
        return P("id_card", s)

    def id15(self, gender=None):
        rng = self.rng
        b = date(rng.randint(1935, 1965), rng.randint(1, 12), rng.randint(1, 28))
        return P("id_card_15", "%s%s%03d" % (self.R["code"], b.strftime("%y%m%d"), rng.randint(0, 999)))

    def masked_id(self):
        s = self.idno()
        return self.rng.choice(
            [
                s[:6] + "*" * 8 + s[14:],
                s[:2] + "*" * 13 + s[15:],
                s[:10] + "****" + s[14:],
                s[:3] + "***********" + s[14:],
                s[:6] + "********" + s[14:],
            ]
        )

    # ---- phones ----------------------------------------------------------
    def mobno(self):
        return self.rng.choice(MOBILE_PREFIX) + "%08d" % self.rng.randint(0, 99999999)

    def MOB(self, fancy=True):
        n = self.mobno()
        r = self.rng.random()
        if fancy:
            if r < 0.08:
                n = "%s %s %s" % (n[:3], n[3:7], n[7:])
            elif r < 0.14:
                n = "%s-%s-%s" % (n[:3], n[3:7], n[7:])
            elif r < 0.18:
                n = "+86 " + n
            elif r < 0.21:
                n = "+86-" + n
            elif r < 0.23:
                n = "(+86)" + n
        return P("mobile", n)

    def masked_mob(self):
        n = self.mobno()
        return self.rng.choice([n[:3] + "****" + n[7:], n[:3] + "*****" + n[8:], n[:7] + "****"])

    def local7(self):
        return str(self.rng.randint(2, 8)) + "%06d" % self.rng.randint(0, 999999)

    def HOME_TEL(self):
        a, l = self.R["area"], self.local7()
        f = self.rng.choice(["%s-%s", "%s-%s", "%s%s", "(%s)%s", "%s %s"])
        return P("landline", f % (a, l))

    def office_tel(self, ext=None):
        a, l = self.R["area"], self.local7()
        s = self.rng.choice(["%s-%s", "%s-%s", "（%s）%s", "%s %s"]) % (a, l)
        if ext or (ext is None and self.rng.random() < 0.2):
            s += self.rng.choice(["转", "-", " 转 "]) + str(self.rng.randint(800, 8999))
        return K(s)

    def hotline(self):
        return K(self.rng.choice(["12345", "12345", "12315", "12348", "12320", "12349"]))

    # ---- money / bank ---------------------------------------------------
    def cardno(self):
        bank, bin_, L = self.rng.choice(BANKS)
        body = bin_ + "".join(str(self.rng.randint(0, 9)) for _ in range(L - 7))
        return bank, body + luhn_digit(body)

    def CARD(self, spaced=None):
        bank, n = self.cardno()
        if spaced is None:
            spaced = self.rng.random() < 0.2
        if spaced:
            n = " ".join(n[i : i + 4] for i in range(0, len(n), 4))
        return bank, P("bank_card", n)

    def masked_card(self):
        _, n = self.cardno()
        return self.rng.choice([n[:4] + " **** **** " + n[-4:], n[:6] + "*" * (len(n) - 10) + n[-4:]])

    def branch(self, bank):
        if bank.startswith("中国"):
            return bank + self.R["county"] + self.rng.choice(["支行", "支行", "营业部"])
        return bank + self.R["city"] + "分行"

    def order_no(self, L=None):
        L = L or self.rng.randint(16, 19)
        d = self.day()
        s = d.strftime("%Y%m%d") + "".join(str(self.rng.randint(0, 9)) for _ in range(L - 8))
        if self.rng.random() < 0.4:
            s = s[:-1] + luhn_digit(s[:-1])
        return K(s)

    def money(self, lo, hi, dec=True):
        v = self.rng.uniform(lo, hi)
        if dec and self.rng.random() < 0.6:
            return "%.2f" % v
        return str(int(v))

    # ---- near-miss codes ---------------------------------------------------
    def credit(self, dept="9", cls="1"):
        rng = self.rng
        if dept == "9":
            o8 = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            o8 = "".join(str(rng.randint(0, 9)) for _ in range(8))
        org = o8 + org_check(o8)
        s17 = dept + cls + self.R["code"] + org
        return s17 + credit_check(s17)

    def wenhao(self, org=None):
        org = org or self.R["short"] + self.rng.choice(["政办发", "政发", "政办字", "政字"])
        return K("%s〔%d〕%d号" % (org, self.year, self.rng.randint(1, 180)))

    def suoyin(self):
        base = self.credit("1", "1")
        return K("%s/%d-%05d" % (base, self.year, self.rng.randint(1, 2999)))

    def case_no(self, kind="执"):
        return K(
            "（%d）%s%s%d号"
            % (self.year - self.rng.randint(0, 2), self.R["court"], kind, self.rng.randint(1, 2999))
        )

    # ---- places ------------------------------------------------------------
    def town_village(self):
        t, vs = self.rng.choice(self.R["towns"])
        return t, self.rng.choice(vs.split())

    def prefix(self):
        R = self.R
        r = self.rng.random()
        if r < 0.3:
            return ""
        if r < 0.7:
            return R["county"]
        if r < 0.85:
            return R["city"] + R["county"]  # type: ignore[operator]
        return R["prov"] + R["city"] + R["county"]  # type: ignore[operator]

    def addr(self, kind=None, town=None, village=None):
        rng, R = self.rng, self.R
        kind = kind or rng.choice(["rural", "rural", "rural2", "urban"])
        pre = self.prefix()
        if kind in ("rural", "rural2"):
            if not town:
                town, village = self.town_village()
            if kind == "rural" or "嘎查" in village:
                tail = (
                    "%d组" % rng.randint(1, 12)
                    if rng.random() < 0.6
                    else "%s组%d号" % (CN_NUM[rng.randint(1, 10)], rng.randint(1, 99))
                )
                if "嘎查" in village and rng.random() < 0.5:
                    tail = "%d号" % rng.randint(1, 160)
            else:
                tail = rng.choice(
                    [
                        "%d组%d号" % (rng.randint(1, 12), rng.randint(1, 80)),
                        "%d号" % rng.randint(1, 260),
                        "%d村民组" % rng.randint(1, 15),
                    ]
                )
            return pre + town + village + tail
        town = R["urban_town"]
        st = rng.choice(R["streets"])
        est = rng.choice(R["estates"])
        b, u, f, r = rng.randint(1, 24), rng.randint(1, 4), rng.randint(1, 18), rng.randint(1, 4)
        room = "%d%02d" % (f, r)
        form = rng.choice(
            [
                "%s%d号%s%d栋%d单元%s室" % (st, rng.randint(1, 300), est, b, u, room),
                "%s%d号楼%d单元%s室" % (est, b, u, room),
                "%s%s%d栋%d单元%s室" % (st, est, b, u, room),
                "%s%d号院%d号楼%d单元%s号" % (st, rng.randint(1, 99), b, u, room),
                "%s%d号" % (st, rng.randint(1, 300)),
            ]
        )
        if rng.random() < 0.5:
            form = town + form
        return pre + form

    def ADDR(self, kind=None, **kw):
        return P("address", self.addr(kind, **kw))

    def office_addr(self, agency=None):
        R, rng = self.R, self.rng
        agency = agency or ""
        return K("%s%s%d号%s" % (R["county"], rng.choice(R["streets"]), rng.randint(1, 300), agency))

    def shop_addr(self):
        R, rng = self.R, self.rng
        t, v = self.town_village()
        return K(
            rng.choice(
                [
                    "%s%s%d号门面" % (R["county"], rng.choice(R["streets"]), rng.randint(1, 300)),
                    "%s%s%s街%d号" % (t, v, rng.choice(["商业", "淘宝", "中心", "东"]), rng.randint(1, 90)),
                    "%s%s农贸市场%d号摊位" % (R["county"], t, rng.randint(1, 120)),
                ]
            )
        )

    def plate(self):
        rng = self.rng
        p = self.R["plate"]
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if rng.random() < 0.2:
            body = rng.choice("DF") + "".join(str(rng.randint(0, 9)) for _ in range(5))
        else:
            body = "".join(rng.choice(letters + "0123456789" * 3) for _ in range(5))
        sep = "·" if rng.random() < 0.5 else ""
        return P("license_plate", p + sep + body)  # type: ignore[operator]

    def email(self, name_hint=None):
        rng = self.rng
        dom = rng.choice(
            ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "hotmail.com"]
        )
        if dom == "qq.com" and rng.random() < 0.7:
            user = str(rng.randint(10000, 3999999999))
        else:
            user = (
                rng.choice(
                    [
                        "wang",
                        "li",
                        "zhang",
                        "yang",
                        "wu",
                        "ma",
                        "long",
                        "erdun",
                        "shiguang",
                        "yx",
                        "tianya",
                        "xiaoyu",
                        "hua",
                    ]
                )
                + rng.choice(["", "_", "."])
                + str(rng.randint(1, 2005))
            )
        return P("email", user + "@" + dom)

    def gov_email(self):
        return K(
            self.rng.choice(["zwgk", "mzj", "xxgk", "bgs", "scjg", "wjw"])
            + "@"
            + self.rng.choice(["wengniute", "tongdao", "weining", "caoxian", "jinzhai", "cjs"])
            + ".gov.cn"
        )

    def health(self):
        return P("health", self.rng.choice(HEALTH if self.rng.random() < 0.6 else DISAB))


# --------------------------------------------------------------------------
# shared pieces
# --------------------------------------------------------------------------


def agency(c, kind):
    R = c.R
    base = {
        "mz": "民政局",
        "wj": "卫生健康局",
        "sj": "市场监督管理局",
        "jj": "公安局交通警察大队",
        "zj": "住房和城乡建设局",
        "zr": "自然资源局",
        "rs": "人力资源和社会保障局",
        "yb": "医疗保障局",
        "sf": "司法局",
        "nj": "农业农村局",
    }[kind]
    if kind == "wj" and c.rng.random() < 0.5:
        base = "卫生健康委员会"
    return R["county"] + base


def meta_block(c, org):
    d = c.doc
    if c.rng.random() < 0.45:
        sep = c.rng.choice(["：", ":"])
        d.line("索引号", sep, c.suoyin())
        d.line("发布机构", sep, org)
        if c.rng.random() < 0.5:
            d.line(
                "主题分类",
                sep,
                c.rng.choice(
                    [
                        "民政、扶贫、救灾\\社会福利",
                        "卫生、体育\\卫生",
                        "综合政务\\政务公开",
                        "城乡建设、环境保护\\城乡建设（含住房）",
                        "市场监管、安全生产监管\\其他",
                    ]
                ),
            )
        d.line("发文日期", sep, c.cdate())
        if c.rng.random() < 0.5:
            d.line("文　　号", sep, c.wenhao())
        d.blank()


def notes(c, org, period=True):
    d, rng = c.doc, c.rng
    items = []
    if period:
        n = rng.choice([5, 7, 7, 10])
        a, b = c.span_dates((n, n + 4))
        items.append("公示期为%d个工作日（%s至%s），如有异议，请在公示期内向%s实名反映" % (n, a, b, org))
    tel = ["监督电话：", c.office_tel()]
    if rng.random() < 0.5:
        tel += ["；政务服务便民热线：", c.hotline()]
    items.append(tel)  # type: ignore[arg-type]
    if rng.random() < 0.35:
        items.append(["电子邮箱：", c.gov_email()])  # type: ignore[arg-type]
    if rng.random() < 0.35:
        items.append(["来信地址：", c.office_addr(org), "，邮编：", K(c.R["post"])])  # type: ignore[arg-type]
    if rng.random() < 0.3:
        items.append(
            [  # type: ignore[arg-type]
                "本表中已公开信息按照有关规定作脱敏处理，如 ",
                K(c.masked_mob()),
                "、",
                K(c.masked_id()),
                "、",
                c.masked_name(),
                " 等。",
            ]
        )
    head = rng.choice(["备注：", "注：", "备注", "附注："])
    if head == "备注":
        d.line(head)
    else:
        d.add(head)
    for i, it in enumerate(items):
        d.line("%d." % (i + 1) if len(items) > 1 else "", it, "。" if not seg_text(it).endswith("。") else "")


def signoff(c, org, who=None):
    d, rng = c.doc, c.rng
    d.blank()
    if who:
        for role in who:
            d.line(role, "：", c.oname())
    d.line(rng.choice(["", "　　　　　　　　"]), org, rng.choice(["", "（盖章）", "（印章）"]))
    d.line(rng.choice(["", "　　　　　　　　"]), c.cdate(style=rng.choice(["cn", "cn", "dash"])))


def pick_style(
    c,
    pdf_ok=("tab", "space", "cell", "numbered", "kv"),
    all_=("tab", "space", "md", "html", "csv", "cell", "numbered", "kv"),
    weights=None,
):
    if c.pdf:
        return c.rng.choice(pdf_ok)
    if weights:
        return c.rng.choices(all_, weights)[0]
    return c.rng.choice(all_)


def members_cell(c, head_gender, n):
    rels = ["妻", "夫", "子", "女", "母", "父", "孙子", "孙女", "儿媳"]
    out = []
    for i in range(n):
        rel = c.rng.choice(rels)
        g = "F" if rel in ("妻", "女", "母", "孙女", "儿媳") else "M"
        if i:
            out.append("、")
        if c.rng.random() < 0.5:
            out += [rel, "：" if c.rng.random() < 0.3 else "", c.N(c.pname(g))]
        else:
            out += [c.N(c.pname(g)), "（", rel, "）"]
    return out


def maybe_shuffle(c, cols, keep=2, p=0.25):
    if c.rng.random() < p:
        tail = cols[keep:]
        c.rng.shuffle(tail)
        cols[keep:] = tail
    return cols


def vehicle(c):
    r = c.rng.random()
    if r < 0.55:
        return "无"
    return [c.rng.choice(["农用三轮车 ", "二手面包车 ", "摩托车 ", "小型货车 "]), c.plate()]


def village_official(c):
    return c.rng.choice(["村党支部书记", "村委会主任", "驻村第一书记", "村民政协理员", "网格员"])


# --------------------------------------------------------------------------
# families: 低保 / 特困
# --------------------------------------------------------------------------


def fam_dibao_roll(c):
    d, rng, R = c.doc, c.rng, c.R
    town, _ = c.town_village()
    org = R["county"] + town + "人民政府" if rng.random() < 0.5 else agency(c, "mz")
    title = rng.choice(
        [
            "%s%s%d年城乡最低生活保障对象年审结果公示" % (R["county"], town, c.year),
            "%s%d年度农村低保年审名册" % (town, c.year),
            "关于%s%d年第%s季度低保动态管理情况的公示" % (town, c.year, "一二三四"[rng.randint(0, 3)]),
        ]
    )
    d.line(title)
    d.blank()
    meta_block(c, org)
    if rng.random() < 0.7:
        d.line(
            "根据《社会救助暂行办法》和《%s最低生活保障审核确认办法》（" % R["prov"],
            c.wenhao(),
            "）规定，经户主申请、"
            "村（居）民委员会入户调查、民主评议，乡镇人民政府审核，现将%d年年审结果予以公示：" % c.year,
        )
        d.blank()
    cols = ["序号", "村（居）", "户主姓名", "身份证号码", "保障人口", "类别", "月保障金(元)"]
    opt = rng.sample(["家庭成员", "致贫原因", "联系电话", "家庭住址", "名下车辆", "备注"], rng.randint(1, 5))
    cols += opt
    maybe_shuffle(c, cols, keep=3, p=0.15)
    if rng.random() < 0.3:
        cols[2], cols[3] = cols[3], cols[2]
    rows = []
    villages = dict(R["towns"])[town].split()
    for i in range(rng.randint(4, 11)):
        g = rng.choice("MF")
        nm = c.pname(g)
        v = rng.choice(villages)
        old = rng.random() < 0.12
        row = {
            "序号": str(i + 1),
            "村（居）": v,
            "户主姓名": c.N(nm),
            "身份证号码": c.id15() if old else c.ID(1940, 1995, g),
            "保障人口": str(rng.randint(1, 5)),
            "类别": rng.choice(["A类", "B类", "C类", "一类", "二类", "重点保障"]),
            "月保障金(元)": c.money(180, 1400),
            "家庭成员": members_cell(c, g, rng.randint(0, 2)),
            "致贫原因": c.health()
            if rng.random() < 0.55
            else rng.choice(["缺劳力", "因学", "因灾", "缺技术", "单亲家庭"]),
            "联系电话": c.MOB() if rng.random() < 0.85 else c.HOME_TEL(),
            "家庭住址": c.ADDR(rng.choice(["rural", "rural2"]), town=town, village=v),
            "备注": rng.choice(["", "", "新增", "续保", "提档", "降档", "停保"]),
            "名下车辆": vehicle(c),
        }
        if rng.random() < 0.1:
            row["身份证号码"] = K(c.masked_id())
        rows.append([row[k] for k in cols])
    group = None
    if rng.random() < 0.35 and cols[3:7] == ["身份证号码", "保障人口", "类别", "月保障金(元)"]:
        base = cols.index("保障人口")
        group = [("序号", 1), ("户主信息", base - 1), ("保障情况", 3), ("其他", len(cols) - base - 3)]
        group = [g for g in group if g[1] > 0]
    render_table(d, rng, cols, rows, pick_style(c), group=group)
    d.blank()
    notes(c, org)
    signoff(c, org, who=[rng.choice(["经办人", "制表人"])] if rng.random() < 0.5 else None)
    return title


def fam_dibao_payment(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, "mz")
    prog = rng.choice(["城乡最低生活保障金", "农村低保资金", "特困人员基本生活费", "城市低保金"])
    month = rng.randint(1, 12)
    title = "%s%d年%d月%s发放明细表" % (R["county"], c.year, month, prog)
    cols = ["序号", "乡镇", "姓名", "身份证号码", "开户行", "银行卡号", "发放金额（元）", "备注"]
    if rng.random() < 0.4:
        cols.insert(rng.randint(5, 7), "交易流水号")
    if rng.random() < 0.3:
        cols.remove("乡镇")
    maybe_shuffle(c, cols, keep=1, p=0.15)
    style = pick_style(c, all_=("csv", "tab", "space", "html", "cell", "md"), weights=[6, 2, 1, 1, 1, 1])
    if style in ("csv", "tab") and rng.random() < 0.7:
        sep = "," if style == "csv" else "\t"
        d.line(title + sep * (len(cols) - 1))
        d.line("填报单位：" + org + sep * (len(cols) - 3) + "单位：元" + sep)
    else:
        d.line(title)
        d.line("单位：元")
    rows, total = [], 0.0
    for i in range(rng.randint(5, 14)):
        g = rng.choice("MF")
        t, _ = c.town_village()
        bank, card = c.CARD(spaced=rng.random() < 0.15)
        if rng.random() < 0.25:
            bank = "BL"
        amt = float(c.money(200, 2500))
        total += amt
        row = {
            "序号": str(i + 1),
            "乡镇": t,
            "姓名": c.N(c.pname(g)),
            "身份证号码": c.ID(1935, 2000, g),
            "开户行": c.R["bank_local"] if bank == "BL" else c.branch(bank),
            "银行卡号": card,
            "发放金额（元）": "%.2f" % amt,
            "备注": rng.choice(["", "", "", "补发%d月" % max(1, month - 1), "代领"]),
            "交易流水号": c.order_no(),
        }
        if bank == "BL":
            row["银行卡号"] = c.CARD()[1]
        if rng.random() < 0.06:
            row["银行卡号"] = K(c.masked_card())
        rows.append([row[k] for k in cols])
    ci = cols.index("银行卡号")
    rows.append(
        ["合计"]
        + [""] * (cols.index("发放金额（元）") - 1)
        + ["%.2f" % total]
        + [""] * (len(cols) - cols.index("发放金额（元）") - 1)
    )
    render_table(d, rng, cols, rows, style, csv_card=ci)
    if rng.random() < 0.6:
        d.line("审核人：", c.oname(), "　　制表人：", c.oname(), "　　制表日期：", c.cdate())
    return title


def fam_dibao_tekun(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, "mz")
    title = rng.choice(
        [
            "%s%d年特困人员救助供养对象名册" % (R["county"], c.year),
            "%s特困供养人员（分散供养）花名册（%d年）" % (R["county"], c.year),
        ]
    )
    d.line(title)
    meta_block(c, org)
    cols = [
        "序号",
        "姓名",
        "性别",
        "年龄",
        "身份证号码",
        "供养方式",
        "残疾/疾病情况",
        "供养标准(元/月)",
        "监护人",
        "监护人电话",
    ]
    if rng.random() < 0.4:
        cols.insert(7, "现住址")
    rows = []
    for i in range(rng.randint(4, 10)):
        g = rng.choice("MF")
        nm = c.pname(g)
        idc = c.id15(g) if rng.random() < 0.25 else c.ID(1930, 1965, g)
        age = c.year - (
            1900 + int(idc[0][6:8]) if idc[1] == "id_card_15" else int(idc[0].replace(" ", "")[6:10])
        )
        centre = rng.random() < 0.4
        row = {
            "序号": str(i + 1),
            "姓名": c.N(nm),
            "性别": "男" if g == "M" else "女",
            "年龄": str(age),
            "身份证号码": idc,
            "供养方式": "集中供养（%s%s敬老院）" % (R["county"], c.town_village()[0])
            if centre
            else "分散供养",
            "残疾/疾病情况": c.health() if rng.random() < 0.6 else "无",
            "供养标准(元/月)": c.money(600, 1300, dec=False),
            "监护人": [
                c.N(c.pname()),
                "（",
                rng.choice(["侄子", "侄女", "外甥", "堂弟", "村委会指定"]),
                "）",
            ],
            "监护人电话": c.MOB() if rng.random() < 0.8 else c.HOME_TEL(),
            "现住址": K("敬老院") if centre else c.ADDR("rural"),
        }
        if rng.random() < 0.15:
            row["监护人"] = [village_official(c), c.oname()]
            row["监护人电话"] = c.office_tel(ext=False)
        rows.append([row[k] for k in cols])
    render_table(d, rng, cols, rows, pick_style(c))
    notes(c, org, period=rng.random() < 0.5)
    signoff(c, org)
    return title


# --------------------------------------------------------------------------
# families: 孕前检查 / 新生儿
# --------------------------------------------------------------------------


def fam_preconception(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, "wj")
    hosp = R["county"] + "妇幼保健计划生育服务中心"
    town, _ = c.town_village()
    title = rng.choice(
        [
            "%s%d年免费孕前优生健康检查目标人群名单" % (town, c.year),
            "%s%d年国家免费孕前优生健康检查项目受检对象名单公示" % (R["county"], c.year),
            "%s第%d批孕前优生健康检查花名册" % (town, rng.randint(1, 6)),
        ]
    )
    d.line(title)
    d.blank()
    meta_block(c, org)
    if rng.random() < 0.6:
        d.line(
            "为做好%d年国家免费孕前优生健康检查项目工作，现将%s已接受检查的计划怀孕夫妇名单公布如下，检查机构：%s，"
            "咨询电话：" % (c.year, town, hosp),
            c.office_tel(),
            "。",
        )
    cols = ["序号", "女方姓名", "女方身份证号", "男方姓名", "男方身份证号", "联系电话", "现住址", "检查日期"]
    if rng.random() < 0.35:
        cols = [
            "序号",
            "女方姓名",
            "男方姓名",
            "女方身份证号",
            "男方身份证号",
            "现住址",
            "联系电话",
            "检查日期",
            "检查机构",
        ]
    maybe_shuffle(c, cols, keep=3, p=0.15)
    rows = []
    for i in range(rng.randint(4, 10)):
        f, m = c.pname("F"), c.pname("M")
        row = {
            "序号": str(i + 1),
            "女方姓名": c.N(f),
            "男方姓名": c.N(m),
            "女方身份证号": c.ID(1988, 2002, "F"),
            "男方身份证号": c.ID(1985, 2001, "M"),
            "联系电话": c.MOB() if rng.random() < 0.9 else c.HOME_TEL(),
            "现住址": c.ADDR(),
            "检查日期": c.cdate(style=rng.choice(["dash", "dot"])),
            "检查机构": hosp,
        }
        if rng.random() < 0.1:
            row["男方身份证号"] = K(c.masked_id())
        rows.append([row[k] for k in cols])
    group = (
        [("序号", 1), ("受检夫妇", len(cols) - 2), ("", 1)]
        if rng.random() < 0.3 and cols[0] == "序号"
        else None
    )
    render_table(d, rng, cols, rows, pick_style(c), group=group)
    d.blank()
    notes(c, org, period=False)
    signoff(c, hosp)
    return title


def fam_vaccine(c):
    d, rng, R = c.doc, c.rng, c.R
    town, _ = c.town_village()
    clinic = town + rng.choice(["卫生院", "中心卫生院", "社区卫生服务中心"]) + "预防接种门诊"
    title = rng.choice(
        [
            "%s新生儿乙肝疫苗及卡介苗接种登记表（%d年%d月）" % (clinic, c.year, rng.randint(1, 12)),
            "%s%d年新生儿建卡建证登记名单" % (town, c.year),
        ]
    )
    d.line(title)
    cols = [
        "编号",
        "儿童姓名",
        "性别",
        "出生日期",
        "母亲姓名",
        "联系电话",
        "家庭住址",
        "接种疫苗",
        "疫苗批号",
        "接种日期",
        "接种人",
    ]
    if rng.random() < 0.4:
        cols.insert(5, "父亲姓名")
    rows = []
    doctors = [c.oname() for _ in range(2)]
    for i in range(rng.randint(4, 10)):
        g = rng.choice("MF")
        b = c.day()
        mom = c.pname("F")
        kid = c.pname(g)
        row = {
            "编号": "%s%04d" % (R["code"], rng.randint(1, 9999)),
            "儿童姓名": c.N(kid),
            "性别": "男" if g == "M" else "女",
            "出生日期": b.strftime("%Y%m%d") if rng.random() < 0.3 else c.cdate(b, "dash"),
            "母亲姓名": c.N(mom),
            "父亲姓名": c.N(c.pname("M")),
            "联系电话": c.MOB() if rng.random() < 0.9 else c.HOME_TEL(),
            "家庭住址": c.ADDR(),
            "接种疫苗": rng.choice(["乙肝疫苗（第1剂）", "卡介苗", "乙肝疫苗、卡介苗", "乙肝疫苗（第2剂）"]),
            "疫苗批号": K(
                "%d%02d%s%03d" % (c.year, rng.randint(1, 12), rng.choice("ABCD"), rng.randint(1, 999))
            ),
            "接种日期": c.cdate(b + timedelta(days=rng.randint(0, 30)), "dash"),
            "接种人": rng.choice(doctors),
        }
        if rng.random() < 0.1:
            row["儿童姓名"] = c.masked_name() + rng.choice(["之子", "之女", ""])
        rows.append([row[k] for k in cols])
    render_table(d, rng, cols, rows, pick_style(c))
    d.blank()
    d.line(
        "登记人：", rng.choice(doctors), "　　审核：", c.oname(), "　　门诊电话：", c.office_tel(ext=False)
    )
    return title


def fam_birth(c):
    d, rng, R = c.doc, c.rng, c.R
    hosp = R["county"] + rng.choice(["人民医院", "妇幼保健院", "中医医院"])
    title = "%s出生医学证明签发登记簿（%d年第%d季度）" % (hosp, c.year, rng.randint(1, 4))
    d.line(title)
    d.blank()
    style = pick_style(c, pdf_ok=("kv", "cell", "tab"), all_=("kv", "tab", "html", "cell", "space"))
    cols = [
        "证明编号",
        "新生儿姓名",
        "性别",
        "出生时间",
        "母亲姓名",
        "母亲证件",
        "父亲姓名",
        "父亲证件",
        "家庭住址",
        "联系电话",
        "签发人",
    ]
    rows = []
    for i in range(rng.randint(3, 7)):
        g = rng.choice("MF")
        b = c.day()

        def cert(gender):
            r = rng.random()
            if r < 0.78:
                return ["居民身份证 ", c.ID(1985, 2003, gender)]
            if r < 0.86:
                return [
                    "护照 ",
                    P("passport", rng.choice(["E", "E", "G"]) + "%08d" % rng.randint(0, 99999999)),
                ]
            if r < 0.93:
                return [
                    "港澳居民来往内地通行证 ",
                    P("hk_macau_permit", rng.choice("HM") + "%08d" % rng.randint(0, 99999999)),
                ]
            return ["台湾居民来往大陆通行证 ", P("tw_permit", "%08d" % rng.randint(0, 99999999))]

        row = {
            "证明编号": K("%s%09d" % (rng.choice("NOPQRT"), rng.randint(0, 999999999))),
            "新生儿姓名": c.N(c.pname(g)),
            "性别": "男" if g == "M" else "女",
            "出生时间": "%s %02d:%02d" % (c.cdate(b, "cn"), rng.randint(0, 23), rng.randint(0, 59)),
            "母亲姓名": c.N(c.pname("F")),
            "母亲证件": cert("F"),
            "父亲姓名": c.N(c.pname("M")),
            "父亲证件": cert("M"),
            "家庭住址": c.ADDR(),
            "联系电话": c.MOB(),
            "签发人": c.oname(),
        }
        rows.append([row[k] for k in cols])
    render_table(d, rng, cols, rows, style)
    d.line("（本登记簿由", hosp, "产科保管，查询电话：", c.office_tel(), "）")
    return title


# --------------------------------------------------------------------------
# families: 行政处罚 / 责令改正
# --------------------------------------------------------------------------

SHOP_TYPES = [
    "烟酒店",
    "便利店",
    "小吃店",
    "百货超市",
    "农资经营部",
    "药店",
    "五金店",
    "水果店",
    "网店",
    "饭庄",
    "服装店",
]
OFFENCES = [
    ("销售超过保质期的食品", "《中华人民共和国食品安全法》第三十四条第（十）项", "第一百二十四条第一款"),
    (
        "未取得食品经营许可从事食品经营活动",
        "《中华人民共和国食品安全法》第三十五条第一款",
        "第一百二十二条第一款",
    ),
    ("销售不符合安全标准的农药", "《农药管理条例》第二十七条", "第五十六条"),
    ("使用未经检定的计量器具", "《中华人民共和国计量法》第九条", "第二十六条"),
    ("销售未取得药品批准证明文件的药品", "《中华人民共和国药品管理法》第九十八条", "第一百二十四条"),
]


def kv(c, label, *val):
    sep = c.rng.choice(["：", ":", "："])
    c.doc.line(spaced_label(label, c.rng), sep, *val)


def fam_penalty_individual(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, "sj")
    no = c.wenhao(c.R["short"] + "市监处罚")
    g = rng.choice("MF")
    nm = c.pname(g)
    t, v = c.town_village()
    shop = (
        R["county"]
        + rng.choice([t, v, "城区"])
        + rng.choice(["兴旺", "惠民", "鑫源", "老街", "福来", "顺达"])
        + rng.choice(SHOP_TYPES)
    )
    title = "%s行政处罚决定书" % org
    d.line(title)
    d.line(no)
    d.blank()
    form = rng.random() < 0.6
    items = [
        ("当事人", [shop, "（个体工商户）"]),
        ("统一社会信用代码", [K(c.credit("9", "2"))]),
        ("经营者", [c.N(nm)]),
        ("性别", ["男" if g == "M" else "女"]),
        ("身份证号码", [c.ID(1960, 2000, g)]),
        ("住所", [c.ADDR()]),
        ("经营场所", [c.shop_addr()]),
        ("联系电话", [c.MOB()]),
    ]
    if rng.random() < 0.3:
        items.insert(6, ("民族", [c.ethnic()]))
    if form:
        for lab, val in items:
            kv(c, lab, *val)
    else:
        d.line(
            "当事人：",
            shop,
            "，统一社会信用代码：",
            items[1][1][0],
            "，经营者：",
            c.N(nm),
            "，",
            "男" if g == "M" else "女",
            "，公民身份号码：",
            items[4][1][0],
            "，住所：",
            items[5][1][0],
            "，经营场所：",
            items[6][1][0] if items[6][0] == "经营场所" else items[7][1][0],
            "，联系电话：",
            items[-1][1][0],
            "。",
        )
    d.blank()
    off, law, pen = rng.choice(OFFENCES)
    o1, o2 = c.oname(), c.oname()
    dd = c.day(m1=10)
    d.line(
        "　　%s，本局执法人员%s、%s（执法证号：%s、%s）依法对当事人经营场所进行检查，发现当事人涉嫌%s。"
        % (
            c.cdate(dd, "cn"),
            o1,
            o2,
            "%s%06d" % (R["code"][:2], rng.randint(0, 999999)),
            "%s%06d" % (R["code"][:2], rng.randint(0, 999999)),
            off,
        ),
        "经本局负责人批准，于同日立案调查。",
    )
    d.line(
        "　　经查，当事人",
        c.N(nm),
        "自%d年%d月起在上述经营场所从事经营活动，" % (c.year - rng.randint(0, 3), rng.randint(1, 12)),
        "货值金额%s元，违法所得%s元。上述事实有现场笔录、询问笔录、当事人身份证复印件、"
        % (c.money(100, 5000), c.money(10, 800)),
        rng.choice(["购货票据", "照片", "销售记录"]),
        "等证据证实。当事人的行为违反了%s的规定。" % law,
    )
    if rng.random() < 0.5:
        d.line(
            "　　本局于",
            c.cdate(style="cn"),
            "向当事人送达了《行政处罚告知书》（",
            c.wenhao(R["short"] + "市监罚告"),
            "），当事人",
            rng.choice(["在法定期限内未提出陈述、申辩", "提出陈述申辩称系初次违法，本局予以采纳"]),
            "。",
        )
    d.line(
        "　　依据该法%s的规定，本局决定对当事人作出如下行政处罚：1.没收违法所得%s元；2.罚款人民币%s元。"
        % (pen, c.money(10, 800), rng.choice(["2000", "5000", "10000", "50000", "3,000.00"]))
    )
    d.line(
        "　　当事人应当自收到本决定书之日起十五日内，持缴款码（",
        c.order_no(rng.choice([16, 18, 19])),
        "）到代收银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
    )
    d.line(
        "　　如不服本处罚决定，可在收到本决定书之日起六十日内向",
        R["county"],
        "人民政府申请行政复议，或者六个月内依法向",
        R["county"],
        "人民法院提起行政诉讼。",
    )
    if rng.random() < 0.4:
        d.line(
            "　　联系人：", c.oname(), "，联系电话：", c.office_tel(), "；如有疑问也可拨打", c.hotline(), "。"
        )
    signoff(c, org)
    return title


def fam_penalty_driver(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, "jj")
    title = "公安交通管理行政处罚决定书"
    d.line(org)
    d.line(title)
    d.line("编号：", K(R["code"] + "%010d" % rng.randint(0, 9999999999)))
    d.blank()
    g = rng.choice("MF")
    nm = c.pname(g)
    idv = c.ID(1960, 2003, g)
    road = rng.choice(["G207国道", "G306国道", "S218省道", "G45大广高速", "G240国道", "县道X031"])
    loc = "%sK%d+%03d处" % (road, rng.randint(10, 999), rng.randint(0, 999))
    pl = c.plate()
    if rng.random() < 0.6:
        for lab, val in [
            ("被处罚人", [c.N(nm)]),
            ("驾驶证号", [idv]),
            ("档案编号", [K("%012d" % rng.randint(0, 10**12 - 1))]),
            ("准驾车型", [rng.choice(["C1", "C1E", "B2", "A2", "D"])]),
            ("发证机关", [R["city"] + "公安局交通警察支队"]),
            ("联系方式", [c.MOB()]),
            ("住址", [c.ADDR()]),
            ("车辆牌号", [pl]),
            ("车辆类型", [rng.choice(["小型轿车", "小型普通客车", "轻型普通货车", "二轮摩托车"])]),
        ]:
            kv(c, lab, *val)
        d.blank()
        d.line(
            "　　被处罚人于",
            "%s %02d:%02d" % (c.cdate(style="cn"), rng.randint(0, 23), rng.randint(0, 59)),
            "，在",
            K(loc),
            "实施",
            rng.choice(
                [
                    "驾驶机动车超过规定时速50%以下的",
                    "驾驶机动车不按规定使用安全带的",
                    "机动车驾驶人驾驶时拨打接听手持电话的",
                    "驾驶与准驾车型不符的机动车的",
                    "饮酒后驾驶机动车的",
                ]
            ),
            "违法行为（代码",
            K(str(rng.randint(10000, 17999))),
            "）。",
        )
    else:
        d.line(
            "　　被处罚人",
            c.N(nm),
            "，",
            "男" if g == "M" else "女",
            "，",
            str(c.year - int(idv[0].replace(" ", "")[6:10])),
            "岁，身份证号码",
            idv,
            "，住",
            c.ADDR(),
            "，电话",
            c.MOB(),
            "。",
            c.N(nm),
            "于",
            c.cdate(style="cn"),
            "驾驶",
            pl,
            "号",
            rng.choice(["小型轿车", "轻型厢式货车", "三轮汽车"]),
            "行至",
            K(loc),
            "时，因",
            rng.choice(["超速行驶", "未按规定让行", "酒后驾驶", "逆向行驶"]),
            "被民警查获。",
        )
        if rng.random() < 0.5:
            owner = c.pname()
            d.line(
                "　　经查，该车登记所有人为",
                c.N(owner),
                "（联系电话",
                c.MOB(),
                "），系被处罚人",
                rng.choice(["之父", "之妻", "的朋友", "之兄"]),
                "。",
            )
    d.line(
        "　　根据《中华人民共和国道路交通安全法》第%s条第%s款之规定，决定处以罚款%d元，记%d分。"
        % (
            rng.choice(["九十", "九十九", "九十一"]),
            rng.choice(["一", "二"]),
            rng.choice([50, 100, 150, 200, 1000, 2000]),
            rng.choice([0, 1, 3, 6, 9, 12]),
        )
    )
    d.line(
        "　　持本决定书在十五日内到",
        R["county"],
        "范围内的",
        rng.choice(["中国工商银行", "中国农业银行", "中国建设银行"]),
        "各网点缴纳罚款，或通过“交管12123”APP缴纳。",
    )
    d.line("　　执勤民警：", c.oname(), "（警号", K("%06d" % rng.randint(0, 999999)), "）")
    d.line("　　被处罚人签名：", c.N(nm), "　　", c.cdate())
    return title


def fam_penalty_rectify(c):
    d, rng, R = c.doc, c.rng, c.R
    which = rng.choice(["zj", "zr", "sj", "nj"])
    org = agency(c, which)
    no = c.wenhao(R["short"] + {"zj": "住建", "zr": "自然资", "sj": "市监", "nj": "农"}[which] + "责改")
    title = "责令改正通知书"
    d.line(org)
    d.line(title)
    d.line(no)
    d.blank()
    g = rng.choice("MF")
    nm = c.pname(g)
    home = c.ADDR(rng.choice(["rural", "rural2"]))
    shopmode = which in ("sj", "nj") and rng.random() < 0.7
    if shopmode:
        shop = (
            R["county"]
            + rng.choice(["兴农", "金穗", "丰收", "利民"])
            + rng.choice(["农资店", "种子经营部", "兽药店", "小卖部"])
        )
        d.line(shop, "（经营者：", c.N(nm), "，身份证号：", c.ID(1960, 1998, g), "）：")
    else:
        d.line(c.N(nm), "（公民身份号码：", c.ID(1950, 1998, g), "）：")
    if which == "zj" or which == "zr":
        d.line(
            "　　经查，你（户）于",
            c.cdate(style="cn"),
            "起在",
            rng.choice(["你户位于", "本人住宅"]),
            home,
            "的宅基地上未经批准擅自"
            + rng.choice(["加盖第三层", "扩建厨房及院墙约36平方米", "占用耕地建设养殖棚", "建设彩钢板房"])
            + "，违反了",
            rng.choice(["《中华人民共和国城乡规划法》第六十五条", "《中华人民共和国土地管理法》第七十八条"]),
            "的规定。",
        )
    else:
        d.line(
            "　　经查，你在经营场所",
            c.shop_addr(),
            rng.choice(["未按规定建立进货查验记录", "未公示营业执照", "超范围经营"]),
            "，违反了有关规定。",
        )
    d.line("　　现责令你于", c.cdate(style="cn"), "前改正上述违法行为。逾期不改正的，本机关将依法予以处理。")
    if rng.random() < 0.7:
        d.line(
            "　　联系人：",
            c.oname(),
            "　联系电话：",
            c.office_tel(),
            ["　手机：", c.MOB(fancy=False)] if rng.random() < 0.3 else "",
        )
    d.blank()
    d.line(org, "（印章）")
    d.line(c.cdate())
    d.blank()
    d.line("送达回证")
    kv(c, "受送达人", c.N(nm))
    kv(c, "送达地址", home if rng.random() < 0.5 else c.ADDR())
    kv(c, "联系电话", c.MOB() if rng.random() < 0.8 else c.HOME_TEL())
    if rng.random() < 0.3:
        kv(
            c,
            "送达方式",
            "邮寄送达（EMS ",
            K("E%s%09dCN" % (rng.choice("ABMT"), rng.randint(0, 999999999))),
            "）",
        )
    else:
        kv(c, "送达方式", rng.choice(["直接送达", "留置送达", "委托送达"]))
    if rng.random() < 0.4:
        fam = c.pname()
        kv(
            c,
            "代收人",
            c.N(fam),
            "（系受送达人",
            rng.choice(["之妻", "之子", "之母", "之夫"]),
            "），电话 ",
            c.MOB(),
        )
    kv(c, "受送达人签名", c.N(nm))
    kv(c, "送达人", c.oname(), "、", c.oname())
    return title


# --------------------------------------------------------------------------
# families: 公示
# --------------------------------------------------------------------------


def fam_notice_housing(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, "zj")
    est = rng.choice(R["estates"]) + rng.choice(["公租房小区", "保障性住房项目", ""])
    title = rng.choice(
        [
            "%s%d年第%d批公共租赁住房配租结果公示" % (R["county"], c.year, rng.randint(1, 4)),
            "关于%s保障性住房摇号配租结果的公示" % est,
        ]
    )
    d.line(title)
    d.blank()
    meta_block(c, org)
    d.line(
        "　　根据《",
        R["prov"],
        "公共租赁住房管理办法》及",
        c.wenhao(R["short"] + "住建发"),
        "文件精神，经申请、审核、公示、摇号等程序，现将%s配租结果公示如下：" % est,
    )
    cols = ["序号", "申请人", "身份证号", "家庭人口", "原住址", "配租房源", "面积(㎡)", "月租金(元)"]
    if rng.random() < 0.4:
        cols.insert(4, "联系电话")
    if rng.random() < 0.3:
        cols.remove("原住址")
    masked_all = rng.random() < 0.2
    rows = []
    for i in range(rng.randint(4, 12)):
        g = rng.choice("MF")
        b, u, f, r = rng.randint(1, 12), rng.randint(1, 3), rng.randint(1, 18), rng.randint(1, 4)
        unit = rng.choice(
            [
                "%s%d栋%d单元%d%02d室" % (est, b, u, f, r),
                "%d号楼%d单元%d%02d室" % (b, u, f, r),
                "%s%d-%d-%d%02d室" % (est, b, u, f, r),
            ]
        )
        area = rng.choice([40, 45, 50, 55, 60]) + rng.randint(0, 9) / 10
        row = {
            "序号": str(i + 1),
            "申请人": c.N(c.pname(g)),
            "身份证号": K(c.masked_id()) if masked_all or rng.random() < 0.1 else c.ID(1955, 2000, g),
            "家庭人口": str(rng.randint(1, 5)),
            "联系电话": c.MOB(),
            "原住址": c.ADDR(),
            "配租房源": P("address", unit),
            "面积(㎡)": "%.1f" % area,
            "月租金(元)": "%.2f" % (area * rng.choice([3.5, 4, 5.2])),
        }
        rows.append([row[k] for k in cols])
    render_table(d, rng, cols, rows, pick_style(c))
    d.blank()
    notes(c, org)
    d.line("　　项目地址：", c.office_addr(est + "（公租房管理服务站）"), "，咨询电话：", c.office_tel())
    signoff(c, org)
    return title


def fam_notice_homestead(c):
    d, rng, R = c.doc, c.rng, c.R
    town, _ = c.town_village()
    org = R["county"] + town + "人民政府"
    title = "%s农村村民宅基地审批公示（%d年第%d期）" % (town, c.year, rng.randint(1, 12))
    d.line(title)
    meta_block(c, org)
    d.line("　　经村民申请、村民小组会议讨论、村级组织审查，以下村民的宅基地申请拟予批准，现予以公示：")
    villages = dict(R["towns"])[town].split()
    n = rng.randint(3, 8)
    style = pick_style(c)
    cols = [
        "序号",
        "申请人",
        "身份证号码",
        "家庭人口",
        "户籍地址",
        "拟建位置",
        "用地面积(㎡)",
        "四至",
        "用地类型",
    ]
    rows = []
    for i in range(n):
        g = rng.choice("MF")
        v = rng.choice(villages)
        site = "%s%s%d组" % (town, v, rng.randint(1, 12))
        sides = "东至%s宅，西至村道，南至%s，北至%s" % (
            c.masked_name(),
            rng.choice(["空地", "水渠", "耕地"]),
            c.masked_name() + "宅",
        )
        row = {
            "序号": str(i + 1),
            "申请人": c.N(c.pname(g)),
            "身份证号码": c.ID(1965, 2000, g),
            "家庭人口": str(rng.randint(2, 7)),
            "户籍地址": c.ADDR("rural", town=town, village=v),
            "拟建位置": P("address", site),
            "用地面积(㎡)": str(rng.choice([120, 150, 180, 200, 133.3])),
            "四至": sides,
            "用地类型": rng.choice(["原址翻建", "新申请", "易地新建", "村内空闲地"]),
        }
        rows.append([row[k] for k in cols])
    render_table(d, rng, cols, rows, style)
    d.blank()
    d.line(
        "　　公示期内，如对上述申请有异议，请向",
        town,
        "自然资源所或农业农村综合服务中心反映，联系人：",
        c.oname(),
        "，电话：",
        c.office_tel(),
        "。",
    )
    if rng.random() < 0.4:
        d.line("　　注：", c.rng.choice(villages), "、", town, "等村镇名称仅表示审批所在地，不涉及个人信息。")
    signoff(c, org)
    return title


def fam_notice_landcomp(c):
    d, rng, R = c.doc, c.rng, c.R
    town, v = c.town_village()
    org = R["county"] + town + "人民政府"
    proj = rng.choice(
        [
            "G240国道改扩建工程",
            "%s高标准农田建设项目" % town,
            "%s工业园区二期" % R["county"],
            "220kV输变电工程",
        ]
    )
    title = "%s%s征收土地补偿费分户发放公示" % (v, proj)
    d.line(title)
    d.blank()
    meta_block(c, org)
    d.line(
        "　　根据",
        R["gov"],
        "《关于",
        proj,
        "征收土地补偿安置方案的批复》（",
        c.wenhao(),
        "），现将",
        v,
        "被征地农户补偿款分户发放情况公示如下（征地批文号：",
        K("%s〔%d〕%d号" % (R["prov"][:2] + "政土字", c.year, rng.randint(100, 999))),
        "）：",
    )
    cols = ["序号", "户主", "身份证号码", "地类", "面积(亩)", "补偿金额(元)", "开户行", "账号", "领款人签字"]
    if rng.random() < 0.35:
        cols = [
            "序号",
            "户主",
            "地类",
            "面积(亩)",
            "补偿金额(元)",
            "身份证号码",
            "账号",
            "开户行",
            "领款人签字",
        ]
    maybe_shuffle(c, cols, keep=2, p=0.15)
    rows, tot = [], 0.0
    style = pick_style(c, all_=("tab", "space", "md", "html", "csv", "cell", "kv"))
    for i in range(rng.randint(4, 12)):
        g = rng.choice("MF")
        nm = c.pname(g)
        mu = round(rng.uniform(0.2, 6), 2)
        amt = round(mu * rng.choice([38000, 45000, 52000, 61200]), 2)
        tot += amt
        bank, card = c.CARD()
        if rng.random() < 0.3:
            bank = R["bank_local"]
        signer = c.N(nm) if rng.random() < 0.85 else [c.N(c.pname()), "（代）"]
        row = {
            "序号": str(i + 1),
            "户主": c.N(nm),
            "身份证号码": c.ID(1940, 1998, g),
            "地类": rng.choice(["水田", "旱地", "林地", "园地", "耕地"]),
            "面积(亩)": "%.2f" % mu,
            "补偿金额(元)": "%.2f" % amt,
            "开户行": bank if bank == R["bank_local"] else c.branch(bank),
            "账号": card,
            "领款人签字": signer,
        }
        rows.append([row[k] for k in cols])
    render_table(d, rng, cols, rows, style, csv_card=cols.index("账号"))
    d.line("合计：%d户，%.2f元" % (len(rows), tot))
    notes(c, org)
    signoff(c, org, who=["村委会经办人"] if rng.random() < 0.4 else None)
    return title


# --------------------------------------------------------------------------
# families: 申请表
# --------------------------------------------------------------------------


def cert_pair(c, g):
    rng = c.rng
    r = rng.random()
    if r < 0.55:
        return "居民身份证", c.ID(1960, 2002, g)
    if r < 0.7:
        return "护照", P(
            "passport",
            rng.choice(
                [
                    "E%08d" % rng.randint(0, 99999999),
                    "E%s%07d" % (rng.choice("ABCDEFGHJK"), rng.randint(0, 9999999)),
                ]
            ),
        )
    if r < 0.85:
        return "往来港澳通行证", P(
            "hk_macau_permit",
            rng.choice(
                [
                    "C%08d" % rng.randint(0, 99999999),
                    "C%s%07d" % (rng.choice("ABCDEFGHJK"), rng.randint(0, 9999999)),
                ]
            ),
        )
    return "大陆居民往来台湾通行证", P("tw_permit", "L%08d" % rng.randint(0, 99999999))


def fam_app_disclosure(c):
    d, rng, R = c.doc, c.rng, c.R
    org = R["gov"] + rng.choice(["办公室", ""])
    title = "政府信息公开申请表"
    d.line(R["gov"], title)
    d.line("受理编号：", K("%s依申请〔%d〕%d号" % (R["short"], c.year, rng.randint(1, 300))))
    g = rng.choice("MF")
    nm = c.pname(g)
    ctype, cno = cert_pair(c, g)
    company = rng.choice(
        [
            "",
            R["county"]
            + rng.choice(["顺达运输有限公司", "农业发展有限公司", "第二中学", "建筑工程有限公司"]),
        ]
    )
    fields = [
        ("姓名", [c.N(nm)]),
        ("工作单位", [company]),
        ("证件名称", [ctype]),
        ("证件号码", [cno]),
        ("通信地址", [c.ADDR()]),
        ("邮政编码", [K(R["post"])]),
        ("联系电话", [c.MOB()] if rng.random() < 0.75 else [c.HOME_TEL()]),
        ("电子邮箱", [c.email()] if rng.random() < 0.7 else [""]),
        (
            "所需政府信息的内容描述",
            [
                "申请公开",
                c.rng.choice(["本人所在", "我村"]),
                c.town_village()[1],
                "%d年" % (c.year - 1),
                rng.choice(
                    [
                        "土地征收补偿安置方案及批复文件",
                        "低保资金发放总额",
                        "道路硬化项目招投标文件",
                        "《关于调整城乡低保标准的通知》",
                    ]
                ),
                ["（", c.wenhao(), "）"] if rng.random() < 0.4 else "",
            ],
        ),
        ("获取信息方式", [rng.choice(["邮寄", "电子邮件", "当面领取", "网上获取"])]),
        ("申请人签名", [c.N(nm)]),
        ("申请时间", [c.cdate()]),
    ]
    style = (
        "html" if (not c.pdf and rng.random() < 0.3) else ("cell" if c.pdf and rng.random() < 0.4 else "kv")
    )
    if style == "html":
        d.line('<table border="1">')
        d.line('<tr><td rowspan="8">申请人信息</td><td rowspan="6">公民</td></tr>')
        for lab, val in fields:
            d.line("<tr><td>", lab, "</td><td>", val, "</td></tr>")
        d.line('<tr><td colspan="2">受理机关</td><td>', org, "</td></tr>")
        d.line("</table>")
    elif style == "cell":
        d.line("申请人信息")
        d.line("公民")
        for lab, val in fields:
            d.line(lab)
            if seg_text(val):
                d.line(val)
    else:
        sep = rng.choice(["：", ":"])
        d.line("申请人信息（公民）")
        for lab, val in fields:
            d.line(spaced_label(lab, rng), sep, val)
    d.blank()
    d.line(
        "受理人：",
        c.oname(),
        "　受理日期：",
        c.cdate(),
        "　受理机构电话：",
        c.office_tel(),
        "　邮箱：",
        c.gov_email(),
    )
    if rng.random() < 0.4:
        d.line(
            "（代理提交的，代理人：",
            c.N(c.pname()),
            "，与申请人关系：",
            rng.choice(["配偶", "子女", "兄弟"]),
            "，电话：",
            c.MOB(),
            "）",
        )
    return title


def fam_app_relief(c):
    d, rng, R = c.doc, c.rng, c.R
    town, v = c.town_village()
    org = agency(c, "mz")
    title = "%s临时救助申请审核审批表" % R["county"]
    d.line(title)
    d.line("编号：", K("LS%d%04d" % (c.year, rng.randint(1, 9999))))
    g = rng.choice("MF")
    nm = c.pname(g)
    age = rng.randint(25, 80)
    ill = c.health()
    bank, card = c.CARD()
    sep = rng.choice(["：", ":"])
    for lab, val in [
        ("申请人姓名", [c.N(nm)]),
        ("性别", ["男" if g == "M" else "女"]),
        ("民族", [c.ethnic()]),
        ("身份证号", [c.ID(c.year - age - 1, c.year - age, g)]),
        ("年龄", ["%d岁" % age]),
        ("家庭住址", [c.ADDR(rng.choice(["rural", "rural2", "urban"]))]),
        ("联系电话", [c.MOB()]),
        ("收款账户", [bank, " ", card]),
    ] + ([("家庭财产", ["住房1处，车辆：", vehicle(c)])] if rng.random() < 0.4 else []):
        d.line(spaced_label(lab, rng), sep, val)
    d.line("家庭成员情况：")
    cols = ["姓名", "与申请人关系", "身份证号", "健康状况", "就业/就学情况"]
    rows = []
    for _ in range(rng.randint(1, 4)):
        rel = rng.choice(["配偶", "儿子", "女儿", "母亲", "父亲", "孙子"])
        gg = "F" if rel in ("配偶", "女儿", "母亲") and g == "M" else rng.choice("MF")
        yr = {
            "儿子": (2005, 2020),
            "女儿": (2005, 2020),
            "孙子": (2010, 2022),
            "母亲": (1935, 1960),
            "父亲": (1935, 1960),
        }.get(rel, (1955, 1995))
        rows.append(
            [
                c.N(c.pname(gg)),
                rel,
                c.ID(yr[0], yr[1], gg),
                c.health() if rng.random() < 0.35 else rng.choice(["健康", "良好", "一般"]),
                {
                    "儿子": rng.choice(["在校", "外出务工"]),
                    "女儿": rng.choice(["在校", "外出务工"]),
                    "孙子": rng.choice(["在校", "学龄前"]),
                }.get(rel, rng.choice(["务农", "无", "外出务工"])),
            ]
        )
    render_table(
        d,
        rng,
        cols,
        rows,
        pick_style(c, pdf_ok=("tab", "space", "cell"), all_=("tab", "space", "html", "md", "cell")),
    )
    d.line(
        "申请理由：本人",
        rng.choice(["于%d年%d月" % (c.year, rng.randint(1, 10)), "今年以来"]),
        "因患",
        ill,
        "先后在",
        R["county"],
        rng.choice(["人民医院", "中医医院"]),
        "和",
        R["city"],
        "第一人民医院住院治疗，医疗总费用",
        c.money(20000, 200000),
        "元，扣除各项报销后自付",
        c.money(5000, 50000),
        "元，家庭生活陷入困难，特申请临时救助。",
    )
    d.line("申请人（签字/手印）：", c.N(nm), "　　", c.cdate())
    d.line(
        "村（居）委会意见：经入户核实，情况属实，建议给予救助。",
        village_official(c),
        "：",
        c.oname(),
        "　",
        c.cdate(),
    )
    d.line(
        town, "人民政府审核意见：同意，建议救助", c.money(1000, 8000, dec=False), "元。经办人：", c.oname()
    )
    d.line(org, "审批意见：同意。审批人：", c.oname(), "　电话：", c.office_tel())
    return title


def fam_app_housing(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, "zj")
    title = "%s公共租赁住房申请表" % R["county"]
    d.line(title)
    d.line("申请编号：", K("GZF-%d-%05d" % (c.year, rng.randint(1, 99999))), "　　填表日期：", c.cdate())
    g = rng.choice("MF")
    nm = c.pname(g)
    sp = c.pname("F" if g == "M" else "M")
    fields = [
        ("申请人", [c.N(nm)]),
        ("身份证号码", [c.ID(1970, 2001, g)]),
        (
            "工作单位",
            [rng.choice(["无固定工作", R["county"] + "物业管理有限公司", R["county"] + "第三小学", "个体"])],
        ),
        ("户籍地址", [c.ADDR(rng.choice(["rural", "rural2"]))]),
        ("现居住地址", [c.ADDR("urban")]),
        ("联系电话", [c.MOB()]),
        ("配偶姓名", [c.N(sp)]),
        (lambda cp: ("配偶" + cp[0] + "号码", [cp[1]]))(cert_pair(c, "F" if g == "M" else "M")),
        ("家庭月人均收入(元)", [c.money(600, 2500)]),
        ("现住房情况", [rng.choice(["租住私房", "借住亲友住房", "无房"])]),
        (
            "紧急联系人",
            (lambda r: [c.N(c.pname("F" if r in ("姐姐", "母亲") else "M")), "（", r, "）", " ", c.MOB()])(
                rng.choice(["父亲", "姐姐", "哥哥", "母亲"])
            ),
        ),
    ]
    if rng.random() < 0.5:
        fields.append(("电子邮箱", [c.email()]))
    if rng.random() < 0.5:
        fields.append(("家庭车辆情况", [vehicle(c)]))
    if rng.random() < 0.2:
        fields.append(("固定电话", [c.HOME_TEL()]))
    if rng.random() < 0.3:
        fields.append(("家庭成员健康状况", [c.N(sp), " ", c.health()]))
    style = pick_style(c, pdf_ok=("kv", "cell"), all_=("kv", "html", "cell", "tab"))
    if style == "tab":
        for i in range(0, len(fields), 2):
            row = []
            for lab, val in fields[i : i + 2]:
                row += [lab, "\t", val, "\t"]
            d.line(row[:-1])
    elif style == "html":
        d.line("<table>")
        for lab, val in fields:
            d.line("<tr><th>", lab, '</th><td colspan="3">', val, "</td></tr>")
        d.line("</table>")
    elif style == "cell":
        for lab, val in fields:
            d.line(lab)
            d.line(val)
    else:
        for lab, val in fields:
            d.line(spaced_label(lab, rng), "：", val)
    d.blank()
    d.line("申请人承诺：以上所填信息真实有效。申请人签名：", c.N(nm), "　共同申请人签名：", c.N(sp))
    d.line("街道（乡镇）初审意见：符合条件。审核人：", c.oname(), "　", c.cdate())
    d.line(org, "住房保障股复审：", c.oname(), "　咨询电话：", c.office_tel())
    return title


# --------------------------------------------------------------------------
# families: 会议纪要 / 调解 / 听证
# --------------------------------------------------------------------------


def fam_minutes_committee(c):
    d, rng, R = c.doc, c.rng, c.R
    town, _ = c.town_village()
    villages = dict(R["towns"])[town].split()
    title = "中共%s%s委员会会议纪要" % (R["county"], town)
    d.line(title)
    d.line("（%d年第%d次）" % (c.year, rng.randint(3, 30)))
    d.blank()
    sec, mayor = c.oname(), c.oname()
    others = [c.oname() for _ in range(rng.randint(3, 6))]
    d.line("时　　间：", c.cdate(style="cn"), "上午9:00")
    d.line("地　　点：镇政府三楼会议室" if "镇" in town else "地　　点：%s政府会议室" % town)
    d.line("主 持 人：", sec, "（党委书记）")
    d.line("参会人员：", mayor, "、", "、".join(others))
    if rng.random() < 0.5:
        d.line("列席人员：民政办主任", c.oname(), "、", rng.choice(villages), village_official(c), c.oname())
    d.line("记 录 人：", c.oname())
    d.blank()
    d.line(
        "　　会议传达学习了上级有关社会救助工作文件精神（",
        c.wenhao(R["city"][:2] + "民发"),
        "），研究了以下事项：",
    )
    k = rng.randint(2, 4)
    for j in range(k):
        v = rng.choice(villages)
        g = rng.choice("MF")
        nm = c.pname(g)
        age = rng.randint(30, 85)
        amt = rng.choice([1000, 2000, 3000, 5000, 8000])
        d.line("　　%s、研究%s村民" % ("一二三四五"[j], v), c.N(nm), "临时救助申请事项")
        if rng.random() < 0.5:
            d.line(
                "　　",
                c.N(nm),
                "，",
                "男" if g == "M" else "女",
                "，%d岁，身份证号" % age,
                c.ID(c.year - age - 1, c.year - age, g),
                "，住",
                c.ADDR("rural", town=town, village=v),
                "，联系电话",
                c.MOB(),
                "。",
                rng.choice(["该户于", "其"]),
                "%d年%d月因患" % (c.year, rng.randint(1, 11)),
                c.health(),
                "住院治疗，自付费用较大。",
                *(lambda r: [r, c.N(c.pname("M" if r in ("其子", "其夫") else "F"))])(
                    rng.choice(["其妻", "其子", "其母"] if g == "M" else ["其夫", "其子", "其母"])
                ),
                "长期",
                rng.choice(["在家照料", "外出务工收入微薄"]),
                "。",
            )
        else:
            d.line(
                "　　民政办主任汇报：",
                v,
                "村民",
                c.N(nm),
                "（",
                "男" if g == "M" else "女",
                "，%d岁）" % age,
                rng.choice(["因患", "其子因患", "配偶患"]),
                c.health(),
                "，家庭生活困难，本人于",
                c.cdate(style="cn"),
                "提出临时救助申请。经村委会入户调查和民主评议，情况属实。",
            )
        d.line(
            "　　会议研究决定：",
            rng.choice(["同意给予", "原则同意给予"]),
            c.N(nm),
            "临时救助%d元，" % amt,
            "由民政办按程序报",
            agency(c, "mz"),
            "审批。",
        )
    if rng.random() < 0.7:
        d.line("　　%s、研究低保新增对象" % "一二三四五六"[k])
        nms = [c.pname() for _ in range(rng.randint(2, 5))]
        row = ["　　会议同意将"]
        for i, n in enumerate(nms):
            if i:
                row.append("、")
            row.append(c.N(n))
        row.append("等%d户纳入农村低保，将" % len(nms))
        row += [c.masked_name(), "户予以停保（家庭收入已超标）。"]
        d.line(row)
    d.blank()
    d.line("　　会议要求，", mayor, "同志负责督促民政办抓好落实，", others[0], "同志负责救助资金拨付监督。")
    d.line("　　送：", R["county"], "民政局、各村（社区）")
    d.line("　　", R["county"], town, "党政综合办公室　", c.cdate(style="cn"), "印发")
    return title


def fam_minutes_mediation(c):
    d, rng, R = c.doc, c.rng, c.R
    town, v = c.town_village()
    org = town + "人民调解委员会"
    kind = rng.choice(
        ["宅基地边界纠纷", "邻里排水纠纷", "土地承包经营权纠纷", "赡养纠纷", "劳务费纠纷", "交通事故赔偿纠纷"]
    )
    title = rng.choice(["%s调解会记录" % org, "人民调解协议书", "%s调解笔录" % kind])
    d.line(title)
    d.line("编号：", K("（%d）%s调字第%d号" % (c.year, R["short"] + town[:2], rng.randint(1, 120))))
    d.blank()
    g1, g2 = rng.choice("MF"), rng.choice("MF")
    a, b = c.pname(g1), c.pname(g2)
    parties = []
    for role, nm, g in (("申请人", a, g1), ("被申请人", b, g2)):
        age = rng.randint(28, 80)
        if rng.random() < 0.6:
            d.line(
                role,
                "：",
                c.N(nm),
                "，",
                "男" if g == "M" else "女",
                "，",
                c.ethnic(),
                "，%d岁，身份证号码：" % age,
                c.ID(c.year - age - 1, c.year - age, g),
                "，住",
                c.ADDR("rural", town=town, village=v),
                "，联系电话：",
                c.MOB(),
                "。",
            )
        else:
            d.line(role, "：", c.N(nm))
            kv(c, "住址", c.ADDR())
            kv(c, "电话", c.MOB() if rng.random() < 0.8 else c.HOME_TEL())
        parties.append(nm)
    med = c.oname()
    d.line("调解员：", med, "（", town, "司法所所长）", "、", c.oname(), "（", v, "人民调解员）")
    d.line("记录人：", c.oname())
    d.line("调解时间：", c.cdate(style="cn"), "　　调解地点：", v, "村委会调解室")
    d.blank()
    d.line("纠纷简要情况：")
    d.line(
        "　　",
        c.N(a),
        "与",
        c.N(b),
        "系",
        v,
        rng.choice(["前后邻居", "同组村民", "叔侄关系", "母子关系"]),
        "。",
        kind,
        "由来已久，",
        c.cdate(style="cn"),
        "双方发生争执，"
        if kind != "交通事故赔偿纠纷"
        else ["双方驾驶的", c.plate(), "与", c.plate(), "号车辆发生碰撞，"],
        rng.choice(
            [
                [c.N(b), "将", c.N(a), "家院墙推倒约3米"],
                [c.N(a), "多次到镇政府上访"],
                ["双方互有推搡，", c.N(a), "轻微受伤"],
            ]
        ),
        "。",
    )
    d.line("调解过程：")
    lines = rng.randint(4, 8)
    speakers = [("a", a), ("b", b)]
    wit = None
    if rng.random() < 0.6:
        wit = c.pname()
        speakers.append(("w", wit))
    says = [
        "我家的院墙是%d年就砌好的，界址有老人作证。" % rng.randint(1985, 2015),
        "他家的排水沟正对着我家门口，一下雨就淹。",
        "我同意退让半米，但要求对方赔偿损失。",
        "损失最多赔%s元，多了不行。" % rng.choice(["800", "1500", "2000"]),
        "我看到当时是双方先吵起来的。",
        "按调解员的意见办，我没有意见。",
        "希望政府主持公道。",
    ]
    for i in range(lines):
        who = rng.choice(speakers + [("m", med)])
        if who[0] == "m":
            d.line(
                "调解员",
                med,
                "：",
                rng.choice(
                    [
                        "双方都是老邻居，要互谅互让。",
                        "依据《民法典》第二百八十八条，相邻各方应当按照有利生产、方便生活的原则处理相邻关系。",
                    ]
                ),
            )
        elif who[0] == "w":
            d.line("村民", c.N(wit), "（证人）：", rng.choice(says))
        else:
            d.line(c.N(who[1]), rng.choice(["：", "称：", "说："]), rng.choice(says))
    d.line("调解结果：经调解，双方自愿达成如下协议：")
    d.line(
        "　　1.",
        c.N(b),
        "于",
        c.cdate(style="cn"),
        "前一次性支付",
        c.N(a),
        "人民币",
        c.money(500, 20000, dec=False),
        "元；",
    )
    d.line("　　2.双方今后不得再因此事发生纠纷。")
    d.line("当事人（签名）：", c.N(a), "　", c.N(b))
    d.line("调解员（签名）：", med, "　　　", org, "（印章）")
    d.line("法律咨询请拨打", K("12348"), "公共法律服务热线或", town, "司法所", c.office_tel(ext=False))
    return title


def fam_minutes_hearing(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, rng.choice(["sj", "zr", "zj"]))
    title = "行政处罚听证笔录"
    d.line(org)
    d.line(title)
    d.blank()
    g = rng.choice("MF")
    nm = c.pname(g)
    host, clerk, inv1, inv2 = c.oname(), c.oname(), c.oname(), c.oname()
    agent = c.pname()
    lawyer = rng.random() < 0.55
    d.line(
        "案由：",
        rng.choice(["涉嫌销售不合格电动自行车案", "涉嫌非法占用耕地案", "涉嫌无证经营案", "涉嫌违法建设案"]),
    )
    d.line("案号：", c.wenhao(R["short"] + "罚听"))
    d.line("听证时间：", c.cdate(style="cn"), " 14时30分至16时10分")
    d.line("听证地点：", c.office_addr("（" + org + "听证室）"))
    d.line("听证主持人：", host, "　听证员：", c.oname(), "　记录员：", clerk)
    d.line(
        "当事人：",
        c.N(nm),
        "，",
        "男" if g == "M" else "女",
        "，身份证号：",
        c.ID(1955, 1998, g),
        "，住址：",
        c.ADDR(),
        "，联系电话：",
        c.MOB(),
    )
    if lawyer:
        firm = c.R["city"] + rng.choice(["正义", "明德", "恒信", "天平"]) + "律师事务所"
        d.line(
            "委托代理人：",
            c.N(agent),
            "，",
            firm,
            "律师，执业证号：",
            K(
                "1%04d%d%d%07d"
                % (
                    rng.randint(1000, 6599),
                    c.year - rng.randint(3, 15),
                    rng.randint(1, 2),
                    rng.randint(0, 9999999),
                )
            ),
            "，律所电话：",
            c.office_tel(ext=False),
            ["，电子邮箱：", c.email()] if rng.random() < 0.35 else "",
        )
    else:
        rel = rng.choice(["之子", "之女", "之妻", "之兄"])
        ct, cn = cert_pair(c, rng.choice("MF"))
        d.line("委托代理人：", c.N(agent), "，系当事人", rel, "，", ct, "号码：", cn, "，电话：", c.MOB())
    d.line("案件调查人员：", inv1, "、", inv2)
    d.blank()
    qa = [
        ("主持人", host, "现在开始听证。请核对当事人身份。"),
        ("当事人", nm, "没有异议，不申请回避。"),
        (
            "调查人员",
            inv1,
            "经查，当事人于%d年%d月至%d月期间……拟罚款%s元。"
            % (c.year, rng.randint(1, 5), rng.randint(6, 10), rng.choice(["20000", "35000", "8000"])),
        ),
        ("代理人", agent, "对事实部分无异议，但当事人系初次违法，且已主动整改，请求从轻处罚。"),
        ("当事人", nm, rng.choice(["我母亲患", "我本人患", "我妻子患"])),
        ("调查人员", inv2, "当事人提交的整改照片我们已经核实。"),
        ("主持人", host, "双方还有无补充？"),
    ]
    for role, who, txt in qa:
        mode = rng.random()
        if role in ("当事人", "代理人"):
            lab = [role, c.N(who)] if mode < 0.5 else [c.N(who)]
            if txt.endswith("患"):
                d.line(lab, "：", txt, c.health(), "，家庭困难，请求减轻处罚。")
            else:
                d.line(lab, "：", txt)
        else:
            d.line(role, who if mode < 0.5 else "", "：", txt)
    d.blank()
    d.line("当事人签字：", c.N(nm), "　　委托代理人签字：", c.N(agent))
    d.line("主持人签字：", host, "　　记录员签字：", clerk)
    return title


# --------------------------------------------------------------------------
# families: 医疗救助 / 失信 / 欠薪
# --------------------------------------------------------------------------


def fam_medical(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, "yb")
    title = "%s%d年%d月城乡医疗救助“一站式”结算明细表" % (R["county"], c.year, rng.randint(1, 12))
    d.line(title)
    d.line("统计单位：", org, "　　单位：元")
    cols = [
        "序号",
        "姓名",
        "身份证号",
        "救助类别",
        "就诊机构",
        "入院日期",
        "出院日期",
        "疾病诊断",
        "总费用",
        "基本医保",
        "大病保险",
        "医疗救助",
        "个人自付",
        "结算流水号",
    ]
    if rng.random() < 0.4:
        cols.remove("结算流水号")
    if rng.random() < 0.3:
        cols.remove("入院日期")
    maybe_shuffle(c, cols, keep=2, p=0.2)
    hosps = [
        R["county"] + "人民医院",
        R["county"] + "中医医院",
        R["city"] + "第一人民医院",
        c.town_village()[0] + "卫生院",
    ]
    rows = []
    for i in range(rng.randint(5, 12)):
        g = rng.choice("MF")
        a = c.day()
        tot = rng.uniform(2000, 90000)
        b1 = tot * rng.uniform(0.5, 0.7)
        b2 = tot * rng.uniform(0, 0.15)
        b3 = (tot - b1 - b2) * rng.uniform(0.5, 0.8)
        row = {
            "序号": str(i + 1),
            "姓名": c.N(c.pname(g)),
            "身份证号": c.ID(1935, 2015, g),
            "救助类别": rng.choice(
                ["特困人员", "低保对象", "返贫致贫人口", "低保边缘家庭", "防止返贫监测对象"]
            ),
            "就诊机构": rng.choice(hosps),
            "入院日期": c.cdate(a, "dash"),
            "出院日期": c.cdate(a + timedelta(days=rng.randint(2, 30)), "dash"),
            "疾病诊断": c.health(),
            "总费用": "%.2f" % tot,
            "基本医保": "%.2f" % b1,
            "大病保险": "%.2f" % b2,
            "医疗救助": "%.2f" % b3,
            "个人自付": "%.2f" % (tot - b1 - b2 - b3),
            "结算流水号": c.order_no(rng.choice([18, 19])),
        }
        if rng.random() < 0.15:
            row["疾病诊断"] = rng.choice(["门诊慢特病", "住院"])
        rows.append([row[k] for k in cols])
    render_table(d, rng, cols, rows, pick_style(c, all_=("csv", "tab", "space", "html", "md", "cell")))
    d.line("制表：", c.oname(), "　　复核：", c.oname(), "　　医保经办服务热线：", c.office_tel(ext=False))
    return title


def fam_credit_dishonest(c):
    d, rng, R = c.doc, c.rng, c.R
    court = R["county"] + "人民法院"
    title = rng.choice(
        [
            "%s失信被执行人名单公告（%d年第%d期）" % (court, c.year, rng.randint(1, 12)),
            "%s关于公布一批失信被执行人的公告" % court,
        ]
    )
    d.line(title)
    d.blank()
    d.line(
        "　　根据《最高人民法院关于公布失信被执行人名单信息的若干规定》，本院将下列拒不履行生效法律文书确定义务的被执行人"
        "纳入失信被执行人名单，并予以公布："
    )
    style = pick_style(c, all_=("tab", "space", "md", "html", "numbered", "kv"))
    cols = [
        "序号",
        "被执行人",
        "性别",
        "年龄",
        "身份证号码/统一社会信用代码",
        "住所地",
        "执行案号",
        "未履行金额(元)",
    ]
    rows = []
    for i in range(rng.randint(4, 10)):
        if rng.random() < 0.3:
            comp = (
                R["county"]
                + rng.choice(["宏达", "鑫盛", "恒泰", "兴隆", "丰源"])
                + rng.choice(["建筑工程有限公司", "商贸有限公司", "农牧业专业合作社"])
            )
            lr = c.pname()
            row = [
                str(i + 1),
                [comp, "（法定代表人：", c.N(lr), "）"],
                "",
                "",
                K(c.credit("9", "3" if "合作社" in comp else "1")),
                c.office_addr(),
                c.case_no(),
                c.money(10000, 900000),
            ]
        else:
            g = rng.choice("MF")
            idv = c.ID(1960, 2000, g, fancy=False)
            age = c.year - int(idv[0][6:10])
            full = rng.random() < 0.7
            row = [
                str(i + 1),
                c.N(c.pname(g)),
                "男" if g == "M" else "女",
                str(age),
                idv if full else K(c.masked_id()),
                c.ADDR() if rng.random() < 0.5 else c.town_village()[0],
                c.case_no(),
                c.money(3000, 300000),
            ]
        rows.append(row)
    render_table(d, rng, cols, rows, style)
    d.blank()
    d.line(
        "　　上述被执行人可通过",
        K("www.court.gov.cn/zhixing"),
        "查询。如已履行义务，可向本院申请删除失信信息。执行局联系电话：",
        c.office_tel(),
        "。",
    )
    signoff(c, court)
    return title


def fam_credit_wages(c):
    d, rng, R = c.doc, c.rng, c.R
    org = agency(c, "rs")
    title = rng.choice(
        [
            "%s重大劳动保障违法行为社会公布（%d年第%d批）" % (org, c.year, rng.randint(1, 4)),
            "关于将拖欠农民工工资失信联合惩戒对象名单予以公告的通知",
        ]
    )
    d.line(title)
    d.blank()
    meta_block(c, org)
    d.line(
        "　　根据《保障农民工工资支付条例》《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》，现将以下违法案件向社会公布："
    )
    for i in range(rng.randint(2, 4)):
        d.blank()
        if rng.random() < 0.6:
            comp = (
                R["county"]
                + rng.choice(["宏达", "鑫盛", "恒泰", "兴隆", "鼎盛"])
                + rng.choice(["建筑工程有限公司", "劳务有限公司", "房地产开发有限公司"])
            )
            lr = c.pname()
            d.line("　　%s、%s" % ("一二三四"[i], comp))
            kv(c, "统一社会信用代码", K(c.credit("9", "1")))
            kv(c, "法定代表人", c.N(lr))
            if rng.random() < 0.5:
                kv(c, "法定代表人身份证号", c.ID(1965, 1992))
            kv(c, "注册地址", c.office_addr())
            if rng.random() < 0.4:
                boss = c.pname("M")
                kv(
                    c,
                    "实际施工人（包工头）",
                    c.N(boss),
                    "，身份证号：",
                    c.ID(1965, 1990, "M"),
                    "，电话：",
                    c.MOB(),
                )
        else:
            boss = c.pname("M")
            d.line("　　%s、自然人" % "一二三四"[i], c.N(boss), "（包工头）")
            kv(c, "身份证号", c.ID(1965, 1990, "M"))
            kv(c, "住址", c.ADDR())
            kv(c, "联系电话", c.MOB())
        n = rng.randint(5, 80)
        d.line(
            "　　主要违法事实：",
            *c.span_dates((30, 300)),
            "期间，拖欠",
            str(n),
            "名农民工工资共计",
            c.money(50000, 2000000),
            "元。经",
            org,
            "下达《劳动保障监察限期改正指令书》（",
            c.wenhao(R["short"] + "人社监令"),
            "）后，仍拒不支付。",
        )
        d.line("　　查处情况：已依法移送公安机关，案件编号", c.order_no(18), "。")
    d.blank()
    d.line("　　劳动保障监察举报投诉电话：", K("12333"), "、", c.office_tel(ext=False))
    signoff(c, org)
    return title


FAMILIES = [
    ("dibao.roll", fam_dibao_roll, 7),
    ("dibao.payment", fam_dibao_payment, 7),
    ("dibao.tekun", fam_dibao_tekun, 4),
    ("maternal.preconception", fam_preconception, 6),
    ("maternal.vaccine", fam_vaccine, 4),
    ("maternal.birth", fam_birth, 4),
    ("penalty.individual", fam_penalty_individual, 6),
    ("penalty.driver", fam_penalty_driver, 5),
    ("penalty.rectify", fam_penalty_rectify, 5),
    ("notice.housing", fam_notice_housing, 5),
    ("notice.homestead", fam_notice_homestead, 4),
    ("notice.landcomp", fam_notice_landcomp, 5),
    ("application.disclosure", fam_app_disclosure, 5),
    ("application.relief", fam_app_relief, 4),
    ("application.housing", fam_app_housing, 4),
    ("minutes.committee", fam_minutes_committee, 5),
    ("minutes.mediation", fam_minutes_mediation, 4),
    ("minutes.hearing", fam_minutes_hearing, 4),
    ("medical.settlement", fam_medical, 5),
    ("credit.dishonest", fam_credit_dishonest, 4),
    ("credit.wages", fam_credit_wages, 4),
]

# --------------------------------------------------------------------------
# self-checks
# --------------------------------------------------------------------------

MOB_RE = re.compile(r"(?<!\d)(?<!\d[ -])1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)(?![ -]\d)")
ID_RE = re.compile(r"(?=(\d{17}[\dXx]))")
RUN_RE = re.compile(r"\d+(?: \d+)*")


def check(text, spans):
    prev = 0
    for sp in spans:
        s, e, t = sp["start"], sp["end"], sp["text"]
        if s < prev or e <= s or text[s:e] != t:
            return "span offsets"
        if t != t.strip() or t.strip("\u3000") != t:
            return "edge whitespace"
        if not valid_kind(sp["kind"], t):
            return "invalid %s %r" % (sp["kind"], t)
        prev = e
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "■"
    masked = "".join(chars)
    for m in re.finditer(r"(?<!\d)\d{15}(?!\d)", masked):
        t = m.group(0)
        if t[:6] in KNOWN_REGIONS and valid_date(1900 + int(t[6:8]), int(t[8:10]) or 13, int(t[10:12]) or 32):
            return "unlabelled id15 %r" % t
    m = MOB_RE.search(masked)  # type: ignore[assignment]
    if m:
        return "unlabelled mobile %r" % m.group(0)
    for m in ID_RE.finditer(masked):
        if id18_ok(m.group(1)):
            return "unlabelled id %r" % m.group(1)
    for m in RUN_RE.finditer(masked):
        run = m.group(0)
        cands = [x for x in run.split(" ")]
        groups = run.split(" ")
        if len(groups) > 1 and all(len(g) == 4 for g in groups[:-1]):
            cands.append(run.replace(" ", ""))
        for cnd in cands:
            if 16 <= len(cnd) <= 19 and luhn_ok(cnd) and issuer_like(cnd):
                return "unlabelled card-like %r" % cnd
    nospace = masked.replace("\u3000", "")
    for sp in spans:
        if sp["kind"] == "name":
            n = sp["text"].replace("\u3000", "")
            if n in masked or n in nospace:
                return "name %r also unlabelled" % n
    return None


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------


def make_doc(seed, i, ftype, fn):
    for attempt in range(200):
        rng = random.Random("h39-%d-%d-%d" % (seed, i, attempt))
        rk = rng.choice(sorted(REGIONS))
        pdf = rng.random() < 0.25
        c = Ctx(rng, rk, pdf)
        try:
            title = fn(c)
        except RuntimeError:
            continue
        segs = c.doc.segs
        while segs and segs[-1][0] == "\n" and segs[-1][1] is None:
            segs.pop()
        if pdf:
            segs = pdfify(segs, rng, title)
        text, spans = finalize(segs)
        err = check(text, spans)
        if err is None:
            return {"type": ftype + (".pdf" if pdf else ""), "text": text, "spans": spans}, attempt
    raise RuntimeError("could not draw %s" % ftype)


def decisions():
    doc = __doc__.split("DECISIONS", 1)[1]
    return [ln for ln in doc.strip().splitlines() if ln.strip()]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=179)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args(argv)
    if a.decisions:
        print("\n".join(decisions()))
        return 0
    master = random.Random("h39-master-%d" % a.seed)
    bag = [(t, f) for t, f, w in FAMILIES for _ in range(w)]
    docs, redraws, order = [], 0, []
    for i in range(a.docs):
        if i % len(bag) == 0:
            order = bag[:]
            master.shuffle(order)
        ftype, fn = order[i % len(bag)]
        d, att = make_doc(a.seed, i, ftype, fn)
        redraws += att
        docs.append(d)
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    if a.stats:
        kinds = Counter(sp["kind"] for d in docs for sp in d["spans"])
        types = Counter(d["type"] for d in docs)
        err = sys.stderr if a.out == "-" else sys.stdout
        print(
            "documents: %d  (pdf variants: %d)  spans: %d  redraws: %d"
            % (len(docs), sum(1 for d in docs if d["type"].endswith(".pdf")), sum(kinds.values()), redraws),
            file=err,
        )
        print("-- spans per kind", file=err)
        for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
            print("  %-16s %6d" % (k, v), file=err)
        print("-- documents per type", file=err)
        for k, v in sorted(types.items()):
            print("  %-30s %4d" % (k, v), file=err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
