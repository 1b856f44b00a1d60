#!/usr/bin/env python3
# ruff: noqa: B007, B905, C401, C408, E501, E741, F841, PIE808, RUF005, RUF021, SIM115, UP004, UP031, UP032
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout40 -- blind labelled evaluation set for a PII detector on Chinese
government-disclosure (政务公开) documents.

Usage:
    python holdout40.py --docs 400 --seed 181 -o out.jsonl [--stats]
    python holdout40.py --decisions

Each output line: {"type": "family.subkind[.pdf]", "text": ..., "spans": [...]}
Spans: {"kind", "start", "end", "text"}; text[start:end] == span text.

Families: roll (低保/特困/临时救助 花名册), screen (孕前优生 / 两癌筛查 名单),
penalty (行政处罚决定书: 生态环境/卫健/应急管理/城管), notice (公示名单: 拆迁安置,
家庭农场, 高龄津贴, 残疾人两项补贴, 教育资助), form (政府信息公开申请表 公民/法人,
低保续保申请表, 医疗救助申请表), minutes (村两委联席会议, 低保民主评议会, 征收听证会).
Regions: 元阳县 532528, 丰县 320321, 龙井市 222405, 酉阳县 500242, 互助县 630223,
景宁县 331127.  About 25 % of documents get a "PDF text extraction" treatment
(hard wrap at 28-40 characters, page numbers / running titles, U+3000-spaced
two-character names).

DECISIONS
D1. A private person's name is labelled wherever the context shows it is a person: applicants, recipients, household members, 当事人 (natural persons and 个体工商户 operators), witnesses, petitioners, villagers and 村民代表 speaking or voting in minutes, family contacts, guardians, students, signatures of applicants.
D2. Officials, staff, village cadres (书记/主任/委员, 驻村工作队), 执法人员, 听证主持人, 经办人/审核人/制表人 and signatories acting for an agency are NOT labelled; their names never coincide with a labelled name in the same document.
D3. 委托代理人 (including lawyers) of a private party and the 联系人 of a company applicant are private persons and are labelled; the 法定代表人 named on a 法人 application form is labelled as a name (浙江 第七条: names of natural persons other than the party are hidden); in penalty decisions against companies the 法定代表人 already appears masked (王某) and is not labelled.
D4. Addresses are labelled only when they are a natural person's home / 户籍 / 现住 / 被征收房屋 / 安置房 address written down to 号, 栋, 单元, 室 or 组 (incl. 村民小组/社 + 号). The span covers the whole written address from its first administrative part to the last unit. Village- or township-only places, agency, company, shop (经营场所) and school addresses are not labelled.
D5. Every mobile number is labelled (agencies only publish landlines); the span includes a written +86 / 86 prefix and internal spaces or dashes. Personal (home) landlines are labelled as landline; office landlines (with or without 转 extension), hotlines such as 12345/12369/12320/12350/12319 are not.
D6. Bank cards: personal card/account numbers (16-19 digits, Luhn, real issuer BIN) are labelled, also when spaced in groups of 4. Agency/non-tax collection accounts (对公账号 with dashes, no card BIN) and order/transaction/缴款 numbers (16-19 digits, sometimes Luhn-valid, never with an issuer prefix) are not labelled.
D7. id_card spans cover exactly the 18 characters; in a 20-digit 残疾证号 the leading 18 characters (the ID) are labelled as id_card and the trailing two category/grade digits are not. 15-digit first-generation IDs are labelled as id_card_15.
D8. health is labelled for a stated illness, abnormal/positive screening result, or disability category/grade attached to an identifiable person (e.g. 尿毒症, 肢体二级, HPV16阳性, 乙肝表面抗原阳性, BI-RADS 4类). Normal results (未见异常, 阴性, 正常, 健康) and generic 致困原因 without a condition (因学, 缺乏劳动力, 因灾) are not labelled.
D9. Masked values (138****1234, 532528********123X, 张某, 李*, 王**), 统一社会信用代码, 文号, 索引号, 案号, 执法证号, amounts, dates, ages, postcodes, gov.cn mailboxes and bare place names (including those containing surnames, e.g. 马街镇, 李溪镇, 冉家坝) are never labelled.
D10. Shop / farm / company names are not labelled, except that a personal name embedded in a family-farm name ("丰县刘志强家庭农场") is labelled as name, because it is the operator's name.
D11. Passport (E...), 往来港澳通行证 (C...), 往来台湾通行证 (L + 8 digits) and 台湾居民来往大陆通行证 (8 digits, only with an explicit label) numbers are labelled with their kinds; license plates of vehicles belonging to natural persons are labelled as license_plate (including the · or space separator).
D12. Personal e-mail addresses are labelled; gov.cn mailboxes of agencies are not.
D13. In PDF-extraction variants lines are never broken inside a labelled datum; a two-character name spaced with U+3000 is labelled including the U+3000.
D14. Birth dates, sex, 民族, ages, relationships (户主/配偶/长子), 劳动能力 and amounts next to a person are not labelled (no kind for them).
"""

import argparse
import json
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta

# ---------------------------------------------------------------------------
# checksums and validators
# ---------------------------------------------------------------------------
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    tot = 0
    for ch, w in zip(s8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * w
    c = 11 - tot % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_code(rng, region_code, kind="91"):
    # organisation body: 8 chars + GB 11714 check (check 'X' is not a GB32100 char for pos 17? it is not allowed)
    while True:
        if rng.random() < 0.5:
            body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        c9 = org_check(body)
        if c9 == "X":
            continue
        s17 = kind + region_code + body + c9
        tot = sum(CC_CH.index(ch) * w for ch, w in zip(s17, CC_W))
        return s17 + CC_CH[(31 - tot % 31) % 31]


def valid_date(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------------------
# region data
# ---------------------------------------------------------------------------
KNOWN_CODES = {
    "532528": "元阳县",
    "532529": "红河县",
    "532531": "绿春县",
    "532530": "金平县",
    "532501": "个旧市",
    "532503": "蒙自市",
    "320321": "丰县",
    "320322": "沛县",
    "320324": "睢宁县",
    "320382": "邳州市",
    "320381": "新沂市",
    "222405": "龙井市",
    "222401": "延吉市",
    "222402": "图们市",
    "222406": "和龙市",
    "222426": "安图县",
    "500242": "酉阳县",
    "500241": "秀山县",
    "500243": "彭水县",
    "630223": "互助县",
    "630202": "乐都区",
    "630222": "民和县",
    "630224": "化隆县",
    "331127": "景宁县",
    "331102": "莲都区",
    "331123": "遂昌县",
    "331126": "庆元县",
    "331124": "松阳县",
}

REGIONS = {
    "yuanyang": dict(
        prov="云南省",
        city="红河哈尼族彝族自治州",
        short_city="红河州",
        county="元阳县",
        code="532528",
        near=["532529", "532531", "532530", "532501"],
        area="0873",
        plate="云G",
        post="662400",
        dom="yy.hh.gov.cn",
        abbr="元",
        minz=["哈尼族", "彝族", "汉族", "傣族", "苗族", "瑶族"],
        towns=[
            "南沙镇",
            "新街镇",
            "牛角寨镇",
            "沙拉托乡",
            "嘎娘乡",
            "上新城乡",
            "小新街乡",
            "逢春岭乡",
            "大坪乡",
            "攀枝花乡",
            "黄茅岭乡",
            "黄草岭乡",
            "俄扎乡",
            "马街乡",
        ],
        villages=[
            "箐口",
            "全福庄",
            "大鱼塘",
            "土锅寨",
            "胜村",
            "多依树",
            "爱春",
            "麻栗寨",
            "阿者科",
            "猛弄",
            "倮铺",
            "果统",
            "哈更",
            "者台",
            "水卜龙",
        ],
        groups=["上寨", "下寨", "中寨", "新寨", "大寨", "小寨", "老寨", "坡头"],
        roads=["南沙大道", "迎宾路", "红河路", "梯田大道", "滨江路", "东观音路"],
        comms=["梯田花园", "南沙新城", "滨江小区", "金色梯田小区", "红河印象小区"],
        rural_style="yn",
    ),
    "fengxian": dict(
        prov="江苏省",
        city="徐州市",
        short_city="徐州市",
        county="丰县",
        code="320321",
        near=["320322", "320324", "320382", "320381"],
        area="0516",
        plate="苏C",
        post="221700",
        dom="chinafx.gov.cn",
        abbr="丰",
        minz=["汉族"] * 8 + ["回族"],
        towns=[
            "凤城街道",
            "中阳里街道",
            "孙楼街道",
            "华山镇",
            "首羡镇",
            "顺河镇",
            "常店镇",
            "欢口镇",
            "师寨镇",
            "宋楼镇",
            "大沙河镇",
            "王沟镇",
            "赵庄镇",
            "范楼镇",
            "梁寨镇",
        ],
        villages=[
            "李寨",
            "王庄",
            "刘楼",
            "张集",
            "孟楼",
            "朱大庄",
            "魏楼",
            "赵集",
            "孙庄",
            "郝寨",
            "史小桥",
            "渠阁",
            "前程子庙",
            "北关",
        ],
        groups=None,
        roads=["中阳大道", "凤鸣路", "解放路", "人民路", "工农路", "汉皇路", "南京路"],
        comms=["凤城花园", "汉皇府", "中阳里小区", "凤鸣海小区", "状元府", "御景园"],
        rural_style="js",
    ),
    "longjing": dict(
        prov="吉林省",
        city="延边朝鲜族自治州",
        short_city="延边州",
        county="龙井市",
        code="222405",
        near=["222401", "222402", "222406", "222426"],
        area="0433",
        plate="吉H",
        post="133400",
        dom="longjing.gov.cn",
        abbr="龙",
        minz=["朝鲜族", "朝鲜族", "汉族", "朝鲜族", "满族"],
        towns=[
            "安民街道",
            "龙门街道",
            "老头沟镇",
            "三合镇",
            "东盛涌镇",
            "智新镇",
            "开山屯镇",
            "白金乡",
            "德新乡",
        ],
        villages=["明东", "长财", "仁化", "东良", "大苏", "细鳞河", "光新", "龙山", "金达莱", "富岩"],
        groups=None,
        roads=["新安街", "龙门街", "海兰街", "龙井街", "文化路", "六道河路"],
        comms=["海兰江小区", "龙门花园", "琵岩小区", "东盛小区", "祥和家园"],
        rural_style="jl",
    ),
    "youyang": dict(
        prov="重庆市",
        city="",
        short_city="",
        county="酉阳土家族苗族自治县",
        short="酉阳县",
        code="500242",
        near=["500241", "500243"],
        area="023",
        plate="渝H",
        post="409800",
        dom="youyang.gov.cn",
        abbr="酉",
        minz=["土家族", "土家族", "苗族", "汉族", "土家族"],
        towns=[
            "钟多街道",
            "桃花源街道",
            "龙潭镇",
            "麻旺镇",
            "酉酬镇",
            "大溪镇",
            "兴隆镇",
            "黑水镇",
            "丁市镇",
            "龚滩镇",
            "李溪镇",
            "泔溪镇",
            "酉水河镇",
            "苍岭镇",
            "板溪镇",
            "可大乡",
            "偏柏乡",
        ],
        villages=[
            "河湾",
            "何家岩",
            "冉家坝",
            "田家寨",
            "彭家沟",
            "白果",
            "大河口",
            "红花",
            "桃坡",
            "石堤",
            "后溪",
            "长潭",
        ],
        groups=None,
        roads=["桃花源大道", "钟多大道", "民族路", "城北路", "酉州大道", "梨耳路"],
        comms=["桃花源小区", "州府花园", "酉州古城", "阳光城", "滨河花园"],
        rural_style="cq",
    ),
    "huzhu": dict(
        prov="青海省",
        city="海东市",
        short_city="海东市",
        county="互助土族自治县",
        short="互助县",
        code="630223",
        near=["630202", "630222", "630224"],
        area="0972",
        plate="青B",
        post="810500",
        dom="huzhu.gov.cn",
        abbr="互",
        minz=["土族", "土族", "藏族", "汉族", "回族", "土族"],
        towns=[
            "威远镇",
            "丹麻镇",
            "高寨镇",
            "南门峡镇",
            "加定镇",
            "五十镇",
            "五峰镇",
            "塘川镇",
            "东沟乡",
            "东和乡",
            "林川乡",
            "台子乡",
            "西山乡",
            "红崖子沟乡",
            "巴扎藏族乡",
            "松多藏族乡",
            "蔡家堡乡",
        ],
        villages=["小庄", "班彦", "卓扎沟", "麻吉", "纳家", "大庄", "哇麻", "东山", "柏木峡", "甘冲口"],
        groups=None,
        roads=["鼓楼大街", "南大街", "西大街", "安定路", "土乡大道", "彩虹路"],
        comms=["彩虹小区", "土乡花园", "威远新城", "北山家园", "安定小区"],
        rural_style="qh",
    ),
    "jingning": dict(
        prov="浙江省",
        city="丽水市",
        short_city="丽水市",
        county="景宁畲族自治县",
        short="景宁县",
        code="331127",
        near=["331102", "331123", "331126", "331124"],
        area="0578",
        plate="浙K",
        post="323500",
        dom="jingning.gov.cn",
        abbr="景",
        minz=["畲族", "汉族", "汉族", "畲族"],
        towns=[
            "红星街道",
            "鹤溪街道",
            "渤海镇",
            "东坑镇",
            "英川镇",
            "沙湾镇",
            "大均乡",
            "澄照乡",
            "梧桐乡",
            "郑坑乡",
            "毛垟乡",
            "秋炉乡",
            "大地乡",
            "家地乡",
            "雁溪乡",
            "鸬鹚乡",
            "景南乡",
            "九龙乡",
        ],
        villages=["东弄", "大张坑", "敕木山", "惠明寺", "周湖", "金坵", "李宝", "岗石", "叶桥", "伏叶"],
        groups=None,
        roads=["人民中路", "复兴西路", "环城西路", "畲乡大道", "鹤溪路", "外舍路"],
        comms=["鹤溪花园", "畲乡新村", "外舍新区", "金鹤小区", "江滨花苑"],
        rural_style="zj",
    ),
}
for _k, _r in REGIONS.items():
    _r.setdefault("short", _r["county"])  # type: ignore[attr-defined, index]
    _r["key"] = _k  # type: ignore[index]

# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------
HAN_M = list("伟强军明华建国平志勇林斌涛辉刚杰峰亮成东海波磊超鹏飞文德永福贵")
HAN_F = list("秀英芳丽敏静燕玲娟霞红梅兰琴萍珍凤云莲翠菊桂春花娥")
HAN_M2 = [
    "志强",
    "建华",
    "国庆",
    "永红",
    "文斌",
    "学军",
    "德明",
    "海军",
    "长青",
    "东升",
    "俊杰",
    "家福",
    "世华",
    "启贵",
    "茂林",
    "正权",
    "光明",
    "成才",
    "宏伟",
    "金山",
    "小龙",
    "振华",
    "红军",
    "新民",
]
HAN_F2 = [
    "秀英",
    "桂兰",
    "玉梅",
    "秀珍",
    "凤英",
    "春花",
    "丽华",
    "金凤",
    "明芬",
    "翠萍",
    "晓燕",
    "美芳",
    "金英",
    "雪梅",
    "慧敏",
    "海燕",
    "红霞",
    "小琴",
    "玉兰",
    "月娥",
    "素芬",
    "冬梅",
]

SURN = {
    "yuanyang": ["李"] * 5
    + ["卢"] * 3
    + ["白"] * 3
    + ["马"] * 3
    + ["杨", "张", "罗", "朱", "高", "普", "陈"],
    "fengxian": ["刘"] * 3
    + ["王"] * 3
    + ["张"] * 2
    + ["李", "孙", "赵", "朱", "陈", "魏", "孟", "郝", "史", "渠", "董", "胡", "徐"],
    "longjing": ["金"] * 4
    + ["朴"] * 3
    + ["李"] * 2
    + ["崔"] * 2
    + ["郑", "姜", "赵", "尹", "韩", "申", "许", "玄", "南", "全", "安", "洪", "权", "王", "刘"],
    "youyang": ["冉"] * 3
    + ["田"] * 3
    + ["彭"] * 2
    + ["白"] * 2
    + ["杨", "何", "石", "向", "张", "陈", "黄", "龙", "吴", "任"],
    "huzhu": ["祁"] * 2
    + ["鲁"] * 2
    + ["李", "星", "董", "吕", "胡", "席", "王", "朱", "张", "韩", "辛", "汪", "马", "乔"],
    "jingning": ["蓝"] * 4 + ["雷"] * 4 + ["钟"] * 3 + ["李", "潘", "吴", "刘", "陈", "叶", "梅", "柳", "任"],
}
HANI_SYL = list("者然黑阿普沙斗收批努嘎主衣波拉秋")
KOR_M = [
    "哲洙",
    "光日",
    "成浩",
    "永哲",
    "英哲",
    "龙洙",
    "昌浩",
    "东植",
    "正勋",
    "昌洙",
    "东哲",
    "明浩",
    "相龙",
    "承范",
    "在元",
    "世雄",
    "光哲",
    "万植",
]
KOR_F = [
    "英淑",
    "顺姬",
    "美玉",
    "明善",
    "春花",
    "贞子",
    "京淑",
    "惠英",
    "玉顺",
    "银姬",
    "丽华",
    "秀吉",
    "英爱",
    "顺子",
    "今善",
    "明淑",
    "春子",
    "英姬",
]
TIB_M = ["才让", "多杰", "索南", "扎西", "更登", "尕藏", "完么", "华青", "桑杰", "仁青", "旦增", "公保"]
TIB_F = ["卓玛", "拉毛", "措毛", "吉毛", "央金", "才措", "拉姆", "德吉", "卓嘎", "草毛"]
TU_M = ["永福", "德有", "生宝", "发清", "存德", "占林", "有财", "福寿", "索南", "才让", "积德", "进财"]
TU_F = ["占花", "秀兰", "玉梅", "春梅", "兰花", "索南措", "菊花", "桂花", "拉毛", "香梅"]
SHE_M = ["先根", "土根", "金土", "德清", "春林", "水松", "根富", "火松", "樟林", "伟强", "建平", "秋生"]
SHE_F = ["春花", "金英", "美芳", "土娇", "菊英", "月仙", "彩凤", "秀莲", "雪芬", "爱莲", "丽君", "樟娇"]
TUJIA_M = ["光明", "家福", "世华", "启贵", "茂林", "正权", "昌海", "泽军", "承志", "再兴", "光荣", "远福"]
TUJIA_F = ["秀英", "明芬", "翠萍", "素芬", "小琼", "桂英", "春燕", "远芬", "兴菊", "玉莲", "应芬", "小霞"]


def gen_name(rng, reg, sex, sur=None):
    k = reg["key"]
    r = rng.random()
    if sur:
        if k == "huzhu" and r < 0.3:
            r = 0.5
    else:
        sur = rng.choice(SURN[k])
    if k == "yuanyang" and r < 0.45:
        a, b = rng.sample(HANI_SYL, 2)
        if rng.random() < 0.3:
            return sur + a
        return sur + a + b
    if k == "longjing" and r < 0.75:
        return sur + rng.choice(KOR_M if sex == "男" else KOR_F)
    if k == "huzhu":
        if r < 0.3:
            g = rng.choice(TIB_M if sex == "男" else TIB_F)
            g2 = rng.choice(TIB_F if sex == "女" else TIB_M)
            return g if rng.random() < 0.3 else (g + g2 if g != g2 else g)
        if r < 0.75:
            return sur + rng.choice(TU_M if sex == "男" else TU_F)
    if k == "jingning" and r < 0.7:
        return sur + rng.choice(SHE_M if sex == "男" else SHE_F)
    if k == "youyang" and r < 0.7:
        return sur + rng.choice(TUJIA_M if sex == "男" else TUJIA_F)
    if rng.random() < 0.25:
        return sur + rng.choice(HAN_M if sex == "男" else HAN_F)
    return sur + rng.choice(HAN_M2 if sex == "男" else HAN_F2)


# ---------------------------------------------------------------------------
# personal-data value generators
# ---------------------------------------------------------------------------
MOB_PRE = [
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "157",
    "158",
    "159",
    "182",
    "183",
    "187",
    "188",
    "130",
    "131",
    "132",
    "155",
    "156",
    "185",
    "186",
    "133",
    "153",
    "180",
    "181",
    "189",
    "177",
    "173",
    "199",
    "198",
    "166",
    "175",
    "176",
    "191",
    "195",
]
BINS = [
    ("622848", 19, "中国农业银行"),
    ("622845", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622700", 19, "中国建设银行"),
    ("436742", 19, "中国建设银行"),
    ("622202", 19, "中国工商银行"),
    ("621226", 19, "中国工商银行"),
    ("622208", 19, "中国工商银行"),
    ("621098", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("601382", 19, "中国银行"),
    ("621661", 19, "中国银行"),
    ("621483", 16, "招商银行"),
    ("622588", 16, "招商银行"),
    ("622262", 19, "交通银行"),
]
# issuer prefixes that the self-check treats as "real card" prefixes; near-miss numbers never start so
ISSUER_RE = re.compile(r"^(?:62|60|4|5[1-5]|3[4-7]|9558|2[2-7])")


def make_id(rng, code, birth, sex):
    seq = "%02d" % rng.randint(0, 99)
    last = rng.choice("13579" if sex == "男" else "02468")
    s17 = code + birth.strftime("%Y%m%d") + seq + last
    return s17 + id_check(s17)


def make_id15(rng, code, birth, sex):
    return (
        code
        + birth.strftime("%y%m%d")
        + "%02d" % rng.randint(0, 99)
        + rng.choice("13579" if sex == "男" else "02468")
    )


def make_mobile_raw(rng):
    return rng.choice(MOB_PRE) + "".join(rng.choice("0123456789") for _ in range(8))


def fmt_mobile(rng, raw, style=None):
    style = style if style is not None else rng.choice(["p"] * 8 + ["s", "d", "+86", "+86s", "86"])
    if style == "p":
        return raw
    if style == "s":
        return raw[:3] + " " + raw[3:7] + " " + raw[7:]
    if style == "d":
        return raw[:3] + "-" + raw[3:7] + "-" + raw[7:]
    if style == "+86":
        return "+86 " + raw
    if style == "+86s":
        return "+86-" + raw[:3] + "-" + raw[3:7] + "-" + raw[7:]
    return "86" + raw if rng.random() < 0.3 else "(+86)" + raw


def landline_digits(rng, reg):
    n = 8 if reg["area"] in ("0516", "023") else 7
    first = rng.choice("2345678")
    return first + "".join(rng.choice("0123456789") for _ in range(n - 1))


def fmt_landline(rng, reg, num=None):
    num = num or landline_digits(rng, reg)
    st = rng.random()
    if st < 0.65:
        return reg["area"] + "-" + num
    if st < 0.8:
        return "(" + reg["area"] + ")" + num
    if st < 0.9:
        return reg["area"] + " " + num
    return reg["area"] + num


def make_card(rng, spaced=None):
    pre, ln, bank = rng.choice(BINS)
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    num = body + luhn_digit(body)
    if spaced is None:
        spaced = rng.random() < 0.3
    if spaced:
        num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    return num, bank


def make_order_no(rng, luhn=None):
    """16-19 digit transaction/order numbers without any issuer prefix."""
    ln = rng.randint(16, 19)
    st = rng.random()
    if st < 0.5:
        d = date(2022, 1, 1) + timedelta(days=rng.randint(0, 700))
        head = d.strftime("%Y%m%d")
    else:
        head = rng.choice(["1", "7", "8", "10", "13", "80", "88"])
    body = head + "".join(rng.choice("0123456789") for _ in range(ln - len(head) - 1))
    if luhn is None:
        luhn = rng.random() < 0.5
    last = luhn_digit(body) if luhn else str((int(luhn_digit(body)) + rng.randint(1, 9)) % 10)
    return body + last


PINY = [
    "li",
    "lu",
    "bai",
    "ma",
    "wang",
    "liu",
    "zhang",
    "jin",
    "piao",
    "cui",
    "ran",
    "tian",
    "peng",
    "qi",
    "lan",
    "lei",
    "zhong",
    "sun",
    "zhao",
    "xu",
    "han",
    "zheng",
]


def make_email(rng, mob=None):
    st = rng.random()
    if st < 0.35:
        return str(rng.randint(10000000, 2999999999)) + "@qq.com"
    if st < 0.45 and mob:
        return mob + "@139.com"
    h = rng.choice(PINY) + rng.choice(["", "_", "."]) + rng.choice(PINY + ["xm", "jh", "hua", "ming"])
    if rng.random() < 0.7:
        h += str(rng.choice([rng.randint(1960, 2005), rng.randint(1, 999)]))
    return (
        h
        + "@"
        + rng.choice(
            [
                "163.com",
                "126.com",
                "sina.com",
                "qq.com",
                "foxmail.com",
                "outlook.com",
                "hotmail.com",
                "yeah.net",
            ]
        )
    )


LETTERS_NO_IO = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_passport(rng):
    if rng.random() < 0.6:
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    return "E" + rng.choice(LETTERS_NO_IO) + "".join(rng.choice("0123456789") for _ in range(7))


def make_hk(rng):
    if rng.random() < 0.6:
        return "C" + "".join(rng.choice("0123456789") for _ in range(8))
    return "C" + rng.choice(LETTERS_NO_IO) + "".join(rng.choice("0123456789") for _ in range(7))


def make_tw(rng):
    return "L" + "".join(rng.choice("0123456789") for _ in range(8))


def make_plate(rng, reg):
    pre = reg["plate"]
    if rng.random() < 0.2:
        tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        chars = [rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5)]
        if sum(c.isalpha() for c in chars) > 2:
            chars = [c if c.isdigit() or i == 0 else rng.choice("0123456789") for i, c in enumerate(chars)]
        tail = "".join(chars)
    sep = rng.choice(["", "", "·", " "])
    return pre + sep + tail


def rdate(rng, y0=2022, y1=2024):
    d0 = date(y0, 1, 1)
    return d0 + timedelta(days=rng.randint(0, (date(y1, 12, 31) - d0).days))


def cdate(d, style=0):
    if style == 0:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    return d.strftime("%Y/%m/%d")


CN_NUM = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_NUM[int(c)] for c in str(y))


def mask_mobile(raw):
    return raw[:3] + "****" + raw[7:]


def mask_id(idn, rng):
    k = rng.choice([(6, 4), (2, 3), (6, 3), (3, 4)])
    return idn[: k[0]] + "*" * (18 - k[0] - k[1]) + idn[18 - k[1] :]


def mask_name(name, rng):
    st = rng.random()
    if st < 0.5:
        return name[0] + "某"
    if st < 0.7:
        return name[0] + "某某"
    if st < 0.85:
        return name[0] + "*" * (len(name) - 1)
    return name[0] + "*" + (name[2:] if len(name) > 2 else "")


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
def S(kind, text):
    return (kind, text)


def flat(cell):
    if cell is None:
        return []
    if isinstance(cell, str):
        return [(None, cell)] if cell else []
    if isinstance(cell, tuple):
        return [cell]
    out = []
    for c in cell:
        out.extend(flat(c))
    return out


def plain(cell):
    return "".join(t for _, t in flat(cell))


def dwidth(s):
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


class Person(object):
    pass


class Ctx(object):
    def __init__(self, rng, reg, pdf):
        self.rng = rng
        self.reg = reg
        self.pdf = pdf
        self.parts = []
        self.used = set()
        self.space2 = pdf and rng.random() < 0.7
        self.mob_style = rng.choice(["p"] * 6 + ["s", "d", "+86", None])
        self.card_spaced = rng.random() < 0.3
        self.id15_rate = rng.choice([0, 0, 0.1, 0.2])

    # -- output
    def add(self, *xs):
        for x in xs:
            self.parts.extend(flat(x))

    def line(self, *xs):
        self.add(*xs)
        self.parts.append((None, "\n"))

    def build(self):
        text, spans, pos = [], [], 0
        for kind, t in self.parts:
            if kind:
                spans.append([kind, pos, pos + len(t)])
            text.append(t)
            pos += len(t)
        return "".join(text), spans

    # -- names
    def fresh_name(self, sex, sur=None):
        for _ in range(200):
            n = gen_name(self.rng, self.reg, sex, sur if _ < 100 else None)
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        n = gen_name(self.rng, self.reg, sex)
        self.used.add(n)
        return n

    def official(self, sex=None):
        return self.fresh_name(sex or self.rng.choice("男男女"))

    def N(self, p):
        nm = p if isinstance(p, str) else p.name
        if self.space2 and len(nm) == 2:
            nm = nm[0] + "\u3000" + nm[1]
        return S("name", nm)

    # -- persons
    def person(self, sex=None, age=(20, 75), local=0.92, when=None, sur=None):
        rng = self.rng
        p = Person()
        p.sex = sex or rng.choice("男女")  # type: ignore[attr-defined]
        p.name = self.fresh_name(p.sex, sur)  # type: ignore[attr-defined]
        ref = when or date(2023, 6, 30)
        a = rng.randint(age[0], age[1])
        p.birth = ref - timedelta(days=int(a * 365.25) + rng.randint(1, 360))  # type: ignore[attr-defined]
        p.age = (ref - p.birth).days // 365  # type: ignore[attr-defined]
        code = self.reg["code"] if rng.random() < local else rng.choice(self.reg["near"])
        p.id = make_id(rng, code, p.birth, p.sex)  # type: ignore[attr-defined]
        p.id15 = make_id15(rng, code, p.birth, p.sex) if p.birth.year < 1985 else None  # type: ignore[attr-defined]
        p.mraw = make_mobile_raw(rng)  # type: ignore[attr-defined]
        p.mob = fmt_mobile(rng, p.mraw, self.mob_style)  # type: ignore[attr-defined]
        p.town = rng.choice(self.reg["towns"])  # type: ignore[attr-defined]
        p.village = rng.choice(self.reg["villages"])  # type: ignore[attr-defined]
        p.addr = self.home_addr(p)  # type: ignore[attr-defined]
        p.minzu = rng.choice(self.reg["minz"])  # type: ignore[attr-defined]
        return p

    def ID(self, p, allow15=True):
        if allow15 and p.id15 and self.rng.random() < self.id15_rate:
            return S("id_card_15", p.id15)
        return S("id_card", p.id)

    def MOB(self, p):
        return S("mobile", p.mob)

    def PHONE(self, p):
        if self.rng.random() < 0.12:
            return S("landline", fmt_landline(self.rng, self.reg))
        return S("mobile", p.mob)

    def CARD(self, spaced=None):
        num, bank = make_card(self.rng, self.card_spaced if spaced is None else spaced)
        return S("bank_card", num), bank

    def home_addr(self, p, urban=None, prefix=None):
        rng, reg = self.rng, self.reg
        if urban is None:
            urban = rng.random() < 0.35
        if prefix is None:
            prefix = rng.choice(["", "", "county", "county", "full"])
        pre = ""
        if prefix == "county":
            pre = reg["short"] if rng.random() < 0.5 else reg["county"]
        elif prefix == "full":
            pre = reg["prov"] + (reg["city"] if reg["city"] else "") + reg["county"]
        if urban:
            town = rng.choice([t for t in reg["towns"] if t.endswith("街道")] or reg["towns"][:2])
            st = rng.random()
            if st < 0.4:
                return (
                    pre
                    + town
                    + rng.choice(reg["comms"])
                    + "%d栋%d单元%d%02d室"
                    % (rng.randint(1, 28), rng.randint(1, 4), rng.randint(1, 18), rng.randint(1, 4))
                )
            if st < 0.7:
                return (
                    pre
                    + rng.choice(reg["roads"])
                    + "%d号%s%d%02d室"
                    % (
                        rng.randint(1, 399),
                        rng.choice(["", "%d幢" % rng.randint(1, 9), "%d栋" % rng.randint(1, 9)]),
                        rng.randint(1, 9),
                        rng.randint(1, 4),
                    )
                )
            if st < 0.85:
                return (
                    pre
                    + town
                    + rng.choice(reg["comms"])
                    + "%d-%d-%d%02d号"
                    % (rng.randint(1, 20), rng.randint(1, 3), rng.randint(1, 9), rng.randint(1, 4))
                )
            return pre + rng.choice(reg["roads"]) + "%d号" % rng.randint(1, 499)
        town = p.town
        vil = p.village
        style = reg["rural_style"]
        if style == "yn":
            vc = vil + ("村委会" if rng.random() < 0.7 else "村")
            g = rng.choice(reg["groups"])
            s = pre + town + vc + g + ("村民小组" if rng.random() < 0.6 else "")
            return (
                s + "%d号" % rng.randint(1, 120)
                if rng.random() < 0.75
                else s + ("组" if not s.endswith("组") else "")
            )
        if style == "qh":
            return (
                pre
                + town
                + vil
                + "村"
                + (
                    "%d社%d号" % (rng.randint(1, 9), rng.randint(1, 80))
                    if rng.random() < 0.6
                    else "%d组" % rng.randint(1, 9)
                )
            )
        if style == "jl":
            return (
                pre
                + town
                + vil
                + "村"
                + (
                    "%d组" % rng.randint(1, 8)
                    if rng.random() < 0.5
                    else "%d组%d号" % (rng.randint(1, 8), rng.randint(1, 60))
                )
            )
        if style == "cq":
            return (
                pre
                + town
                + vil
                + ("村" if not vil.endswith("村") else "")
                + (
                    "%d组%d号" % (rng.randint(1, 12), rng.randint(1, 150))
                    if rng.random() < 0.6
                    else "%d组" % rng.randint(1, 12)
                )
            )
        if style == "zj":
            return (
                pre
                + town
                + vil
                + "村"
                + rng.choice(
                    [
                        "%d号" % rng.randint(1, 200),
                        "%s%d号" % (rng.choice(["上村", "下村", "新村"]), rng.randint(1, 90)),
                    ]
                )
            )
        # js
        return (
            pre
            + town
            + vil
            + "村"
            + rng.choice(
                [
                    "%d组%d号" % (rng.randint(1, 15), rng.randint(1, 99)),
                    "%d号" % rng.randint(1, 300),
                    "%d组" % rng.randint(1, 15),
                ]
            )
        )

    def ADDR(self, p):
        return S("address", p.addr)

    def org_addr(self):
        rng, reg = self.rng, self.reg
        return (
            rng.choice([reg["short"], reg["county"], ""])
            + rng.choice([rng.choice(reg["towns"]) + rng.choice(reg["roads"]), rng.choice(reg["roads"])])
            + "%d号" % rng.randint(1, 300)
        )

    def office_tel(self, ext=None):
        t = self.reg["area"] + "-" + landline_digits(self.rng, self.reg)
        if ext or (ext is None and self.rng.random() < 0.15):
            t += self.rng.choice(["转", "-", " 转 "]) + str(self.rng.randint(800, 8999))
        return t

    def hotline(self, kind=None):
        return kind or self.rng.choice(["12345"])

    def gov_mail(self):
        return (
            self.rng.choice(["xxgk", "bgs", "zfxxgk", "mzj", "hbj", "wjw", "yjj", "cgj", "ggzx"])
            + "@"
            + self.reg["dom"]
        )

    def wenhao(self, dept, y=None):
        y = y or self.rng.choice([2022, 2023, 2024])
        return "%s%s〔%d〕%d号" % (self.reg["abbr"], dept, y, self.rng.randint(1, 160))

    def suoyin(self):
        cc = credit_code(self.rng, self.reg["code"], "11")
        return "%s/%d-%05d" % (cc, self.rng.choice([2022, 2023, 2024]), self.rng.randint(1, 3000))

    def masked_mobile(self):
        return mask_mobile(make_mobile_raw(self.rng))

    def masked_id(self):
        p = Person()
        b = date(1950, 1, 1) + timedelta(days=self.rng.randint(0, 20000))
        return mask_id(make_id(self.rng, self.reg["code"], b, self.rng.choice("男女")), self.rng)

    def masked_name(self):
        # a masked name of an unnamed third person; the surname alone is not personal
        return mask_name(gen_name(self.rng, self.reg, self.rng.choice("男女")), self.rng)

    def village_full(self, p=None):
        return (
            p.town + p.village
            if p
            else self.rng.choice(self.reg["towns"]) + self.rng.choice(self.reg["villages"])
        ) + "村"

    def dept(self):
        return self.reg["short"] if self.rng.random() < 0.5 else self.reg["county"]


# ---------------------------------------------------------------------------
# table / layout renderers
# ---------------------------------------------------------------------------
TABLE_STYLES = ["tab", "space", "md", "html", "csv", "cells", "kv", "kvblock"]


def csv_cell(cell):
    segs = flat(cell)
    txt = plain(segs)
    if "," in txt or '"' in txt or "\n" in txt:
        return ['"'] + [(k, t.replace('"', '""')) for k, t in segs] + ['"']
    return segs


def render_table(ctx, headers, rows, style, group=None, numbered_style=None):
    rng = ctx.rng
    out = []
    n = len(headers)
    if style == "tab":
        if group:
            g = []
            for lab, span in group:
                g += [lab] + [""] * (span - 1)
            out += ["\t".join(g), "\n"]
        out += ["\t".join(headers), "\n"]
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    out.append("\t")
                out.append(c)
            out.append("\n")
    elif style == "csv":
        if group:
            g = []
            for lab, span in group:
                g += [lab] + [""] * (span - 1)
            out += [",".join(g), "\n"]
        out += [",".join(headers), "\n"]
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    out.append(",")
                out.extend(csv_cell(c))
            out.append("\n")
    elif style == "space":
        widths = [dwidth(h) for h in headers]
        for r in rows:
            for i, c in enumerate(r):
                widths[i] = max(widths[i], dwidth(plain(c)))
        gap = rng.choice([2, 2, 3, 4])

        def emit(cells):
            for i, c in enumerate(cells):
                out.append(c)
                if i < n - 1:
                    out.append(" " * (widths[i] - dwidth(plain(c)) + gap))
            # strip trailing spaces: nothing appended after last cell
            out.append("\n")

        if group:
            g = []
            for lab, span in group:
                g += [lab] + [""] * (span - 1)
            emit(g)
        emit(headers)
        out += ["-" * min(120, sum(widths) + gap * (n - 1)), "\n"] if rng.random() < 0.5 else []
        for r in rows:
            emit(r)
    elif style == "md":
        if group:
            out += ["（" + "｜".join(lab for lab, _ in group) + "）", "\n"]
        out += ["| " + " | ".join(headers) + " |", "\n", "|" + "|".join(["---"] * n) + "|", "\n"]
        for r in rows:
            out.append("| ")
            for i, c in enumerate(r):
                if i:
                    out.append(" | ")
                out.append(c if plain(c) else "")
            out += [" |", "\n"]
    elif style == "html":
        out += ['<table border="1" cellspacing="0">', "\n"]
        if group:
            out.append("<tr>")
            sub = []
            for lab, span in group:
                if span > 1:
                    out.append('<th colspan="%d">%s</th>' % (span, lab))
                else:
                    out.append('<th rowspan="2">%s</th>' % lab)
            out += ["</tr>", "\n"]
            i = 0
            for lab, span in group:
                if span > 1:
                    sub += headers[i : i + span]
                i += span
            out += ["<tr>" + "".join("<th>%s</th>" % h for h in sub) + "</tr>", "\n"]
        else:
            out += ["<tr>" + "".join("<th>%s</th>" % h for h in headers) + "</tr>", "\n"]
        for r in rows:
            out.append("<tr>")
            for c in r:
                out += ["<td>", c, "</td>"]
            out += ["</tr>", "\n"]
        out += ["</table>", "\n"]
    elif style == "cells":
        keep_empty = rng.random() < 0.3
        if group:
            for lab, _ in group:
                out += [lab, "\n"]
            i = 0
            for lab, span in group:
                if span > 1:
                    for h in headers[i : i + span]:
                        out += [h, "\n"]
                i += span
        else:
            for h in headers:
                out += [h, "\n"]
        for r in rows:
            for c in r:
                if plain(c) or keep_empty:
                    out += [c, "\n"]
    elif style in ("kv", "kvblock"):
        colon = rng.choice(["：", ":", "："])
        sep = rng.choice(["，", "；", "  ", "，"])
        k = 0
        for r in rows:
            first = plain(r[0]) if r else ""
            if style == "kv":
                if first.isdigit():
                    k = int(first)
                    out.append(
                        "%d%s" % (k, rng.choice([". ", "、", "．"]))
                        if numbered_style is None
                        else numbered_style % k
                    )
                    cells = list(zip(headers[1:], r[1:]))
                else:
                    out.append("    ")
                    cells = list(zip(headers, r))
                items = [(h, c) for h, c in cells if plain(c)]
                for j, (h, c) in enumerate(items):
                    if j:
                        out.append(sep)
                    out += [h, colon, c]
                out.append("\n")
            else:
                for h, c in zip(headers, r):
                    if plain(c):
                        out += [h, colon, c, "\n"]
                out.append("\n")
    return out


def kv_lines(ctx, pairs, spaced_labels=None, colon=None):
    """label-value form lines; pairs: list of (label, value-cell) or (None, raw line)."""
    rng = ctx.rng
    colon = colon or rng.choice(["：", ":", "：", "： "])
    spaced = rng.random() < 0.35 if spaced_labels is None else spaced_labels
    out = []
    for lab, val in pairs:
        if lab is None:
            out += [val, "\n"]
            continue
        if spaced and len(lab) == 2:
            lab = lab[0] + "\u3000\u3000" + lab[1]
        elif spaced and len(lab) == 3:
            lab = lab[0] + "\u3000" + lab[1] + "\u3000" + lab[2]
        out += [lab, colon, val, "\n"]
    return out


# ---------------------------------------------------------------------------
# PDF-extraction transform
# ---------------------------------------------------------------------------
def apply_inserts(text, spans, inserts):
    inserts = sorted(inserts, key=lambda x: x[0])
    out, last = [], 0
    shift_at = []
    acc = 0
    for pos, s in inserts:
        out.append(text[last:pos])
        out.append(s)
        acc += len(s)
        shift_at.append((pos, acc))
        last = pos
    out.append(text[last:])
    new_spans = []
    for k, a, b in spans:
        sh = 0
        for pos, tot in shift_at:
            if pos <= a:
                sh = tot
            else:
                break
        new_spans.append([k, a + sh, b + sh])
    return "".join(out), new_spans


def pdfify(rng, text, spans, title):
    width = rng.randint(28, 40)
    inside = bytearray(len(text) + 1)
    for _, a, b in spans:
        for i in range(a + 1, b):
            inside[i] = 1
    inserts = []
    # hard wrap
    i = 0
    L = len(text)
    while i < L:
        j = text.find("\n", i)
        if j < 0:
            j = L
        col = i
        while j - col > width:
            cut = col + width
            while cut < j and inside[cut]:
                cut += 1
            if cut >= j:
                break
            # avoid leaving whitespace at cut edges
            inserts.append((cut, "\n"))
            col = cut
        i = j + 1
    text, spans = apply_inserts(text, spans, inserts)
    # page breaks
    lines_start = [0] + [m.end() for m in re.finditer("\n", text)]
    per = rng.randint(18, 40)
    inserts = []
    page = 1
    total = max(1, len(lines_start) // per + 1)
    hdr = rng.random()
    for k in range(per, len(lines_start), per):
        pos = lines_start[k]
        if pos >= len(text) or inside_any(spans, pos):
            continue
        if hdr < 0.35:
            s = "\n— %d —\n\n" % page
        elif hdr < 0.7:
            s = "第 %d 页 共 %d 页\n%s\n" % (page, total, title)
        else:
            s = "%d\n%s\n" % (page, title)
        inserts.append((pos, s))
        page += 1
    text, spans = apply_inserts(text, spans, inserts)
    if rng.random() < 0.5:
        text += "\n— %d —\n" % page if hdr < 0.35 else "\n第 %d 页 共 %d 页\n" % (page, total)
    return text, spans


def inside_any(spans, pos):
    return any(a < pos < b for _, a, b in spans)


# ---------------------------------------------------------------------------
# shared content helpers
# ---------------------------------------------------------------------------
DISEASES = [
    "尿毒症",
    "肝硬化",
    "急性白血病",
    "脑梗死后遗症",
    "肺癌",
    "乳腺癌",
    "精神分裂症",
    "慢性肾衰竭",
    "脑出血",
    "糖尿病肾病",
    "重症肌无力",
    "股骨头坏死",
    "肺结核",
    "癫痫",
    "冠心病",
    "类风湿关节炎",
    "慢性阻塞性肺疾病",
    "胃癌",
    "帕金森病",
    "系统性红斑狼疮",
]
DIS_CAT = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
DIS_GR = ["一级", "二级", "三级", "四级"]
DIS_CODE = {"视力": "1", "听力": "2", "言语": "3", "肢体": "4", "智力": "5", "精神": "6", "多重": "7"}


def disab(rng, long=None):
    c, g = rng.choice(DIS_CAT), rng.choice(DIS_GR)
    long = rng.random() < 0.4 if long is None else long
    return (c + "残疾" + g) if long else (c + g), c, g


def reason_cell(rng):
    r = rng.random()
    if r < 0.3:
        d = rng.choice(DISEASES)
        return ["因病（", S("health", d), "）"] if rng.random() < 0.6 else ["患", S("health", d)]
    if r < 0.5:
        return ["因残（", S("health", disab(rng)[0]), "）"]
    return rng.choice(
        ["缺乏劳动力", "因学", "因灾", "年老体弱", "无劳动能力", "缺技术", "家庭负担重", "单亲家庭"]
    )


RELS_SPOUSE = {"男": "妻子", "女": "丈夫"}


def family(ctx, head, nmax=4):
    """members other than head: list of (person, relation)"""
    rng = ctx.rng
    out = []
    fsur = None
    if (
        len(head.name) in (2, 3)
        and head.name[0] in SURN[ctx.reg["key"]]
        and (head.sex == "男" or rng.random() < 0.3)
    ):
        fsur = head.name[0]
    if rng.random() < 0.75 and head.age > 22:
        sp = ctx.person(
            sex="女" if head.sex == "男" else "男", age=(max(20, head.age - 8), min(90, head.age + 5))
        )
        out.append((sp, rng.choice([RELS_SPOUSE[head.sex], "配偶"])))
    for _ in range(rng.randint(0, nmax - 1)):
        if head.age > 38:
            c = ctx.person(age=(3, max(4, min(30, head.age - 20))), sur=fsur)
            out.append(
                (
                    c,
                    {
                        "男": rng.choice(["儿子", "长子", "次子", "子"]),
                        "女": rng.choice(["女儿", "长女", "次女", "女"]),
                    }[c.sex],
                )
            )
        elif head.age > 60 and rng.random() < 0.3:
            c = ctx.person(age=(3, 17), sur=fsur)
            out.append((c, "孙子" if c.sex == "男" else "孙女"))
    if head.age < 45 and rng.random() < 0.3:
        m = ctx.person(sex=rng.choice("男女"), age=(head.age + 20, min(95, head.age + 35)))
        out.append((m, "父亲" if m.sex == "男" else "母亲"))
    return out


def intro_notice(ctx, what, basis, days=None):
    rng, reg = ctx.rng, ctx.reg
    y = getattr(ctx, "year", None)
    d0 = rdate(rng, y, y) if y else rdate(rng)
    ctx.date = d0 - timedelta(days=rng.randint(0, 3))
    days = days or rng.choice([5, 7, 7, 10])
    d1 = d0 + timedelta(days=days + 2)
    return [
        "根据《%s》规定，经个人申请、村（居）民委员会初审、%s审核，现将%s予以公示。"
        % (basis, rng.choice(["乡镇人民政府（街道办事处）", "乡镇", "镇（乡）人民政府"]), what),
        "\n",
        "公示时间：%s至%s（%d个工作日）。公示期间，如有异议，请以书面或电话形式向%s反映。"
        % (cdate(d0), cdate(d1), days, rng.choice(["县民政局", "乡镇人民政府", "县纪委监委派驻纪检监察组"])),
        "\n",
    ]


def contact_footer(ctx, dept):
    rng = ctx.rng
    out = []
    r = rng.random()
    out += ["监督电话：", ctx.office_tel(), "（%s）" % dept]
    if r < 0.6:
        out += ["，", rng.choice(["政务服务便民热线：12345", "12345政务服务便民热线", "12345"])]
    if r < 0.3:
        out += ["，电子邮箱：", ctx.gov_mail()]
    out.append("\n")
    return out


def sign_block(ctx, org, d=None):
    d = d or rdate(ctx.rng)
    style = ctx.rng.random()
    if style < 0.5:
        return ["\n", " " * ctx.rng.randint(10, 24), org, "\n", " " * ctx.rng.randint(10, 24), cdate(d), "\n"]
    if style < 0.8:
        return ["\n", org, "\n", "%s年%s月%s日" % (cn_year(d.year), cn_month(d.month), cn_day(d.day)), "\n"]
    return ["\n", org, "（盖章）", "\n", cdate(d, 1), "\n"]


def cn_small(n):
    s = "十一二三四五六七八九"
    if n < 10:
        return "〇一二三四五六七八九"[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + s[n - 10]
    return s[n // 10] + "十" + (s[n % 10] if n % 10 else "")


def cn_month(m):
    return cn_small(m)


def cn_day(d):
    return cn_small(d)


def pick_style(ctx, allow=None):
    rng = ctx.rng
    st = allow or TABLE_STYLES
    if ctx.pdf:
        st = [s for s in st if s in ("cells", "space", "tab", "kv", "kvblock")] or st
    return rng.choice(st)


# ---------------------------------------------------------------------------
# family: roll (低保/特困/临时救助 花名册)
# ---------------------------------------------------------------------------
def fam_roll(ctx, sub):
    rng, reg = ctx.rng, ctx.reg
    y, m = rng.choice([2022, 2023, 2024]), rng.randint(1, 12)
    town = rng.choice(reg["towns"])
    what = {
        "dibao": rng.choice(["城乡居民最低生活保障", "农村最低生活保障", "城市最低生活保障", "低保"]),
        "tekun": rng.choice(["特困人员救助供养", "农村特困人员供养"]),
        "linshi": "临时救助",
    }[sub]
    title = "%s%s%d年%s%s资金发放花名册" % (
        reg["short"],
        town,
        y,
        rng.choice(["%d月" % m, "第%s季度" % "一二三四"[(m - 1) // 3]]),
        what,
    )
    mask_ids = rng.random() < 0.15
    ctx.line(title)
    ctx.line(
        "填报单位：%s人民政府（盖章）" % town,
        " " * rng.randint(2, 8),
        "单位：元、人",
        " " * rng.randint(2, 8),
        "填报日期：",
        cdate(date(y, m, rng.randint(1, 28)), rng.choice([0, 1, 2])),
    )
    style = pick_style(ctx)
    nrec = rng.randint(3, 9)
    rows = []
    group = None
    bank = rng.choice([b[2] for b in BINS] + ["农村信用合作社", "农村商业银行"])
    if sub == "dibao":
        with_members = rng.random() < 0.65 and style not in ("kv", "kvblock")
        cols = [
            "序号",
            "村（社区）",
            "户主姓名",
            "身份证号码",
            "保障人数",
            "保障类别",
            "月保障金",
            "银行卡号",
            "联系电话",
            "备注",
        ]
        if rng.random() < 0.4:
            cols[7], cols[8] = cols[8], cols[7]  # unusual column order
        if with_members:
            cols = cols[:5] + ["成员姓名", "与户主关系", "成员身份证号"] + cols[5:]
            group = [("序号", 1), ("村（社区）", 1), ("户主信息", 3), ("家庭成员情况", 3)] + [
                (c, 1) for c in cols[8:]
            ]
        for i in range(nrec):
            head = ctx.person(age=(25, 85))
            fam = family(ctx, head)
            card, _ = ctx.CARD()
            base = {
                "序号": str(i + 1),
                "村（社区）": head.village + rng.choice(["村", "村委会", "社区"]),
                "户主姓名": ctx.N(head),
                "身份证号码": ctx.masked_id() if mask_ids else ctx.ID(head),
                "保障人数": str(len(fam) + 1),
                "保障类别": rng.choice(["A类", "B类", "C类", "一类", "二类"]),
                "月保障金": "%d" % (rng.randint(3, 30) * 50) + rng.choice(["", ".00"]),
                "银行卡号": card,
                "联系电话": ctx.PHONE(head) if rng.random() < 0.8 else "",
                "备注": rng.choice(
                    ["", "", "", "新增", "金额调整", "续保", ["原户主", ctx.masked_name(), "已故"]]
                ),
            }
            if with_members:
                mem = fam[:]
                first = mem.pop(0) if mem else None
                r = [base[c] for c in cols[:5]]
                if first:
                    r += [ctx.N(first[0]), first[1], ctx.masked_id() if mask_ids else ctx.ID(first[0])]
                else:
                    r += ["", "", ""]
                r += [base[c] for c in cols[8:]]
                rows.append(r)
                for p, rel in mem:
                    rows.append(
                        ["", "", "", "", "", ctx.N(p), rel, ctx.masked_id() if mask_ids else ctx.ID(p)]
                        + [""] * (len(cols) - 8)
                    )
            else:
                rows.append([base[c] for c in cols])
    elif sub == "tekun":
        cols = [
            "序号",
            "姓名",
            "性别",
            "年龄",
            "身份证号",
            "所在村",
            "供养方式",
            "自理能力",
            "致困原因",
            "月供养金",
            "护理补贴",
            "银行账号",
            "备注",
        ]
        if rng.random() < 0.3:
            cols.remove("年龄")
        for i in range(nrec):
            p = ctx.person(age=(16, 92))
            card, _ = ctx.CARD()
            d = {
                "序号": str(i + 1),
                "姓名": ctx.N(p),
                "性别": p.sex,
                "年龄": str(p.age),
                "身份证号": ctx.masked_id() if mask_ids else ctx.ID(p),
                "所在村": p.village + "村",
                "供养方式": rng.choice(["分散供养", "分散供养", "集中供养"]),
                "自理能力": rng.choice(["全自理", "全自理", "半护理", "全护理"]),
                "致困原因": reason_cell(rng),
                "月供养金": str(rng.randint(10, 24) * 50),
                "护理补贴": rng.choice(["0", "100", "200", "300"]),
                "银行账号": card,
                "备注": rng.choice(["", "", "新增", "", "停发"]),
            }
            rows.append([d[c] for c in cols])
    else:
        cols = [
            "序号",
            "姓名",
            "身份证号",
            "家庭住址",
            "救助事由",
            "救助金额",
            "发放方式",
            "联系电话",
            "银行卡号",
        ]
        for i in range(nrec):
            p = ctx.person(age=(20, 85))
            card, _ = ctx.CARD()
            r = rng.random()
            if r < 0.45:
                reason = (
                    ["家庭成员患", S("health", rng.choice(DISEASES)), "，医疗支出大"]
                    if rng.random() < 0.5
                    else ["本人患", S("health", rng.choice(DISEASES)), "住院治疗"]
                )
            elif r < 0.6:
                reason = ["因残（", S("health", disab(rng)[0]), "）生活困难"]
            else:
                reason = rng.choice(
                    ["房屋失火", "遭受洪灾", "交通事故", "子女就学", "突发事件", "务工返乡生活无着"]
                )
            d = {
                "序号": str(i + 1),
                "姓名": ctx.N(p),
                "身份证号": ctx.masked_id() if mask_ids else ctx.ID(p),
                "家庭住址": ctx.ADDR(p),
                "救助事由": reason,
                "救助金额": str(rng.randint(5, 60) * 100),
                "发放方式": rng.choice(["社会化发放", "一卡通", "现金"]),
                "联系电话": ctx.PHONE(p),
                "银行卡号": card,
            }
            rows.append([d[c] for c in cols])
    ctx.add(render_table(ctx, cols, rows, style, group=group))
    # footer
    tot = rng.randint(5000, 90000)
    ctx.line("合计：", str(nrec), "户，金额", "%d.00" % tot, "元")
    if rng.random() < 0.5:
        ctx.line("批次号：", make_order_no(rng), "    代发银行：", bank)
    ctx.line("制表人：", ctx.official(), "    审核人：", ctx.official(), "    分管领导：", ctx.official())
    if rng.random() < 0.6:
        ctx.line(
            "备注：1. 资金通过惠民惠农财政补贴资金“一卡通”发放；2. 咨询电话：",
            ctx.office_tel(),
            "；3. 联系邮箱：",
            ctx.gov_mail(),
        )
    if rng.random() < 0.3:
        ctx.line("索引号：", ctx.suoyin())
    return title


# ---------------------------------------------------------------------------
# family: screen (孕前优生健康检查 / 两癌筛查)
# ---------------------------------------------------------------------------
YQ_ABN = [
    "乙肝表面抗原阳性",
    "梅毒螺旋体抗体阳性",
    "弓形虫IgM抗体阳性",
    "中度贫血",
    "甲状腺功能减退",
    "风疹病毒IgG抗体阴性（易感）",
    "地中海贫血携带",
    "巨细胞病毒IgM阳性",
    "淋球菌阳性",
    "高血压",
    "精液常规异常",
    "乙肝大三阳",
]
HPV_ABN = ["HPV16阳性", "HPV18阳性", "HPV52阳性", "HPV58阳性", "其他高危型HPV阳性", "HPV16、52阳性"]
TCT_ABN = ["ASC-US", "LSIL", "HSIL", "ASC-H", "CIN2", "CIN1", "宫颈鳞癌"]
BR_ABN = [
    "BI-RADS 3类",
    "BI-RADS 4A类",
    "BI-RADS 4B类",
    "BI-RADS 4类",
    "乳腺结节",
    "乳腺纤维腺瘤",
    "BI-RADS 5类",
]


def fam_screen(ctx, sub):
    rng, reg = ctx.rng, ctx.reg
    y = rng.choice([2022, 2023, 2024])
    town = rng.choice(reg["towns"])
    style = pick_style(ctx)
    nrec = rng.randint(3, 9)
    mask_ph = rng.random() < 0.15
    if sub == "yunqian":
        title = "%s%s%d年国家免费孕前优生健康检查%s" % (
            reg["short"],
            town,
            y,
            rng.choice(["名单", "人员名单", "结果汇总表", "目标人群花名册"]),
        )
        ctx.line(title)
        ctx.line(
            "填报单位：",
            rng.choice(["%s卫生院" % town, "%s妇幼保健院" % reg["short"], "%s卫生健康局" % reg["short"]]),
            "    填报时间：",
            cdate(rdate(rng, y, y), rng.choice([0, 1])),
        )
        sep_res = rng.random() < 0.5
        cols = ["序号", "丈夫姓名", "身份证号", "妻子姓名", "身份证号", "联系电话", "家庭住址", "检查日期"]
        cols += ["男方结果", "女方结果"] if sep_res else ["风险评估结果"]
        if rng.random() < 0.3:
            cols[1:3], cols[3:5] = cols[3:5], cols[1:3]
        rows = []
        for i in range(nrec):
            h = ctx.person(sex="男", age=(21, 38))
            w = ctx.person(sex="女", age=(20, 36))
            w.addr = h.addr
            dd = cdate(rdate(rng, y, y), rng.choice([1, 2, 3]))

            def res():
                if rng.random() < 0.6:
                    return rng.choice(["未见异常", "正常", "一般人群", "低风险"])
                return (
                    ["高风险（", S("health", rng.choice(YQ_ABN)), "）"]
                    if rng.random() < 0.6
                    else S("health", rng.choice(YQ_ABN))
                )

            d = {"丈夫姓名": ctx.N(h), "妻子姓名": ctx.N(w)}
            r = [str(i + 1)]
            idorder = []  # type: ignore[var-annotated]
            for c in cols[1:]:
                if c == "身份证号":
                    who = (
                        h
                        if not idorder and cols[1] == "丈夫姓名" or (idorder and cols[1] != "丈夫姓名")
                        else w
                    )
                    idorder.append(1)
                    r.append(ctx.ID(who, allow15=False))
                elif c in d:
                    r.append(d[c])
                elif c == "联系电话":
                    r.append(ctx.masked_mobile() if mask_ph else ctx.MOB(rng.choice([h, w])))
                elif c == "家庭住址":
                    r.append(ctx.ADDR(h) if rng.random() < 0.75 else h.village + "村")
                elif c == "检查日期":
                    r.append(dd)
                else:
                    r.append(res())
            rows.append(r)
        ctx.add(render_table(ctx, cols, rows, style))
        ctx.line("注：检查结果为“高风险”的，已由乡镇卫生院进行一对一咨询指导并转诊至县妇幼保健院。")
    else:
        title = "%s%d年农村适龄妇女“两癌”筛查%s（%s）" % (
            reg["short"],
            y,
            rng.choice(["结果登记表", "名单", "阳性病例随访表", "花名册"]),
            town,
        )
        ctx.line(title)
        cols = [
            "序号",
            "姓名",
            "年龄",
            "身份证号码",
            "住址",
            "联系电话",
            "HPV检测",
            "宫颈细胞学",
            "乳腺彩超",
            "处理意见",
        ]
        if rng.random() < 0.3:
            cols.remove("年龄")
        if rng.random() < 0.3:
            cols.remove("HPV检测")
        rows = []
        for i in range(nrec):
            p = ctx.person(sex="女", age=(35, 64))
            hpv = rng.random() < 0.35
            tct = rng.random() < 0.3
            br = rng.random() < 0.3
            d = {
                "序号": str(i + 1),
                "姓名": ctx.N(p),
                "年龄": str(p.age),
                "身份证号码": ctx.ID(p),
                "住址": ctx.ADDR(p) if rng.random() < 0.7 else p.town + p.village + "村",
                "联系电话": ctx.masked_mobile() if mask_ph else ctx.MOB(p),
                "HPV检测": S("health", rng.choice(HPV_ABN)) if hpv else "阴性",
                "宫颈细胞学": S("health", rng.choice(TCT_ABN))
                if tct
                else rng.choice(["NILM", "未见上皮内病变", "未见异常"]),
                "乳腺彩超": S("health", rng.choice(BR_ABN))
                if br
                else rng.choice(["BI-RADS 1类", "未见异常", "正常"]),
                "处理意见": rng.choice(["转诊阴道镜检查", "6个月后复查", "转上级医院", "定期复查"])
                if (hpv or tct or br)
                else "无需处理",
            }
            rows.append([d[c] for c in cols])
        ctx.add(render_table(ctx, cols, rows, style))
        n = rng.randint(800, 4000)
        ctx.line(
            "本年度共完成宫颈癌筛查%d人、乳腺癌筛查%d人，检出宫颈癌前病变%d例、乳腺癌%d例，早诊率%d%%。"
            % (n, n - rng.randint(10, 200), rng.randint(2, 20), rng.randint(0, 6), rng.randint(80, 98))
        )
    ctx.line("检查医生：", ctx.official(), "    填表人：", ctx.official(), "    联系电话：", ctx.office_tel())
    if rng.random() < 0.4:
        ctx.line("咨询热线：12320；邮箱：", ctx.gov_mail())
    return title


# ---------------------------------------------------------------------------
# family: penalty (行政处罚决定书)
# ---------------------------------------------------------------------------
PEN = {
    "env": dict(
        org="生态环境局",
        dept="环罚",
        hot="12369",
        facts=[
            "露天焚烧废旧轮胎及塑料垃圾",
            "未办理环评手续擅自建设砂石加工点并投入生产",
            "将养殖废水直排入附近沟渠",
            "在禁燃区内露天焚烧秸秆",
            "无危险废物经营许可证收集、贮存废机油",
            "夜间在居民区附近进行产生环境噪声污染的施工作业",
        ],
        law=[
            "《中华人民共和国大气污染防治法》第一百一十九条",
            "《中华人民共和国水污染防治法》第八十三条",
            "《中华人民共和国固体废物污染环境防治法》第一百一十二条",
            "《建设项目环境保护管理条例》第二十三条",
        ],
    ),
    "health": dict(
        org="卫生健康局",
        dept="卫医罚",
        hot="12320",
        facts=[
            "未取得《医疗机构执业许可证》擅自开展诊疗活动",
            "在住宅内为他人输液",
            "未取得卫生许可证从事美容美发经营",
            "非医师行医，为患者开具处方药品",
            "使用非卫生技术人员从事医疗卫生技术工作",
            "未依法取得公共场所卫生许可证经营旅店",
        ],
        law=[
            "《医疗机构管理条例》第四十三条",
            "《中华人民共和国医师法》第五十九条",
            "《公共场所卫生管理条例实施细则》第三十五条",
            "《中华人民共和国基本医疗卫生与健康促进法》第九十九条",
        ],
    ),
    "safety": dict(
        org="应急管理局",
        dept="应急罚",
        hot="12350",
        facts=[
            "在居住场所内非法储存烟花爆竹",
            "未取得烟花爆竹经营（零售）许可证销售烟花爆竹",
            "无证经营危险化学品（汽油）",
            "特种作业人员未取得操作资格证上岗作业",
            "未对从业人员进行安全生产教育培训",
            "在门面内违规储存液化石油气钢瓶",
        ],
        law=[
            "《烟花爆竹安全管理条例》第三十六条",
            "《危险化学品安全管理条例》第七十七条",
            "《中华人民共和国安全生产法》第九十七条",
            "《烟花爆竹经营许可实施办法》第三十一条",
        ],
    ),
    "urban": dict(
        org="综合行政执法局",
        dept="综执罚",
        hot="12319",
        facts=[
            "驾驶渣土运输车辆未密闭运输导致渣土沿途泄漏",
            "未经批准擅自搭建建筑物",
            "占用城市道路摆摊经营",
            "擅自在人行道设置户外广告牌",
            "随意倾倒建筑垃圾",
            "运输车辆带泥上路污染城市道路",
        ],
        law=[
            "《城市市容和环境卫生管理条例》第三十四条",
            "《中华人民共和国城乡规划法》第六十四条",
            "《城市建筑垃圾管理规定》第二十三条",
            "《城市道路管理条例》第四十二条",
        ],
    ),
}
DAXIE = {
    500: "伍佰元整",
    1000: "壹仟元整",
    2000: "贰仟元整",
    3000: "叁仟元整",
    5000: "伍仟元整",
    8000: "捌仟元整",
    10000: "壹万元整",
    20000: "贰万元整",
    30000: "叁万元整",
    50000: "伍万元整",
}
APPS = {
    "yuanyang": "一部手机办事通",
    "fengxian": "苏服办",
    "longjing": "吉事办",
    "youyang": "渝快办",
    "huzhu": "青松办",
    "jingning": "浙里办",
}
SHOPS = ["顺发", "兴旺", "鑫源", "福满", "宏达", "金鑫", "和顺", "平安", "永盛", "祥瑞", "佳佳", "惠民"]
SHOP_T = {
    "env": ["废品收购站", "砂石加工点", "养殖场", "汽车修理部"],
    "health": ["诊所", "美容美发店", "旅社", "推拿馆"],
    "safety": ["烟花爆竹经营部", "百货商店", "汽修店", "五金店"],
    "urban": ["渣土运输队", "烧烤店", "建材经营部", "小吃店"],
}


def fam_penalty(ctx, sub):
    rng, reg = ctx.rng, ctx.reg
    P = PEN[sub]
    org = ctx.dept() + P["org"]
    if sub == "env" and rng.random() < 0.5:
        org = (
            "红河州生态环境局元阳分局"
            if reg["key"] == "yuanyang"
            else "%s生态环境局%s分局" % (reg["short_city"] or "重庆市", reg["short"][:2])
        )
    y = rng.choice([2022, 2023, 2024])
    caseno = (
        "%s%s〔%d〕%d号" % (reg["abbr"], P["dept"], y, rng.randint(1, 220))
        if rng.random() < 0.7
        else "%s%s字〔%d〕第%03d号" % (reg["abbr"], P["dept"], y, rng.randint(1, 220))
    )
    title = org + "行政处罚决定书"
    ctx.line(org)
    ctx.line("行政处罚决定书")
    ctx.line(" " * rng.randint(0, 16), caseno)
    kind = rng.choices(["person", "getihu", "company"], [5, 4, 2])[0]
    p = ctx.person(age=(22, 70))
    fact = rng.choice(P["facts"])
    you = "你"
    colon = rng.choice(["：", ":"])
    pairs = []
    if kind == "person":
        pairs.append(("当事人", ctx.N(p)))
        if rng.random() < 0.5:
            pairs.append((None, ["性别：", p.sex, "    民族：", p.minzu, "    出生日期：", cdate(p.birth)]))  # type: ignore[arg-type]
        else:
            pairs.append(("性别", p.sex))
        pairs.append((rng.choice(["身份证号码", "公民身份号码", "身份证号"]), ctx.ID(p, allow15=False)))
        pairs.append((rng.choice(["住址", "住所", "家庭住址", "户籍地址"]), ctx.ADDR(p)))
        if rng.random() < 0.8:
            pairs.append((rng.choice(["联系电话", "电话", "联系方式"]), ctx.MOB(p)))
        if rng.random() < 0.15:
            pairs.append(("固定电话", S("landline", fmt_landline(rng, reg))))
    elif kind == "getihu":
        shop = reg["short"] + rng.choice(reg["towns"]) + rng.choice(SHOPS) + rng.choice(SHOP_T[sub])
        pairs.append(("当事人", shop + rng.choice(["（个体工商户）", ""])))
        pairs.append(("统一社会信用代码", credit_code(rng, reg["code"], "92")))
        pairs.append((rng.choice(["经营者", "经营者姓名", "负责人"]), ctx.N(p)))
        pairs.append(("经营场所", ctx.org_addr()))
        if rng.random() < 0.75:
            pairs.append((rng.choice(["身份证号码", "经营者身份证号"]), ctx.ID(p, allow15=False)))
        if rng.random() < 0.6:
            pairs.append((rng.choice(["住址", "经营者住址"]), ctx.ADDR(p)))
        pairs.append(("联系电话", ctx.MOB(p) if rng.random() < 0.85 else ctx.masked_mobile()))
        you = "你（单位）"
    else:
        comp = (
            reg["short"]
            + rng.choice(SHOPS)
            + rng.choice(
                ["建材有限公司", "商贸有限公司", "农业开发有限公司", "运输有限责任公司", "医疗器械有限公司"]
            )
        )
        pairs.append(("当事人", comp))
        pairs.append(("统一社会信用代码", credit_code(rng, reg["code"], "91")))
        pairs.append(("法定代表人", ctx.masked_name()))
        pairs.append(("住所", ctx.org_addr()))
        pairs.append(("联系电话", ctx.office_tel(ext=False)))
        you = "你单位"
    ctx.add(kv_lines(ctx, pairs, colon=colon))
    d0 = rdate(rng, y, y)
    o1, o2 = ctx.official(), ctx.official()
    place = ctx.org_addr() if kind != "person" else p.town + p.village + "村"
    body = [
        "%s，我局执法人员%s、%s（执法证号：%s、%s）对%s位于%s的"
        % (
            cdate(d0),
            o1,
            o2,
            "%s%05d" % (reg["code"], rng.randint(1, 99999)),
            "%s%05d" % (reg["code"], rng.randint(1, 99999)),
            you,
            place,
        ),
        rng.choice(["场所", "作业现场", "住所", "经营点"]),
        "进行现场检查，发现%s%s。" % (you, fact),
    ]
    plate = None
    if sub == "urban" and kind != "company" and rng.random() < 0.7:
        plate = make_plate(rng, reg)
        body += [
            "当事人驾驶的车牌号为",
            S("license_plate", plate),
            "的",
            rng.choice(["自卸货车", "重型自卸货车", "轻型厢式货车", "三轮汽车"]),
            "（车辆所有人：",
            ctx.N(p) if kind != "company" else "",
            "）现场被查获。",
        ]
    elif sub in ("safety", "env") and rng.random() < 0.3 and kind != "company":
        plate = make_plate(rng, reg)
        body += ["现场查获当事人用于运输的", S("license_plate", plate), "号面包车一辆。"]
    if rng.random() < 0.5:
        wit = ctx.person()
        body += ["现场检查时，见证人", ctx.N(wit), "（联系电话：", ctx.MOB(wit), "）在场。"]
    if rng.random() < 0.3:
        body += ["该案系群众通过12345政务服务便民热线举报（工单号：", make_order_no(rng), "）。"]
    ctx.line(*body)
    ctx.line(
        "以上事实有《现场检查（勘察）笔录》、《调查询问笔录》、现场照片%d张、%s身份证复印件等证据为证。"
        % (rng.randint(3, 16), "当事人" if kind != "company" else "营业执照及法定代表人")
    )
    d1 = d0 + timedelta(days=rng.randint(10, 40))
    hearing = rng.random() < 0.3
    ctx.line(
        "%s，我局向%s送达了《行政处罚事先告知书》（%s），告知%s拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩%s权利。%s"
        % (
            cdate(d1),
            you,
            "%s%s告字〔%d〕%d号" % (reg["abbr"], P["dept"][:-1], y, rng.randint(1, 200)),
            you,
            "、要求听证" if hearing else "",
            rng.choice(
                [
                    "%s在法定期限内未提出陈述、申辩。" % you,
                    "%s提出了陈述、申辩，经复核，不予采纳。" % you,
                    "%s放弃陈述、申辩权利。" % you,
                ]
            ),
        )
    )
    fine = rng.choice([500, 1000, 2000, 3000, 5000, 8000, 10000, 20000, 30000, 50000])
    ctx.line(
        "%s的上述行为违反了%s的规定。依据该法（条例）相关规定，并参照《%s行政处罚裁量基准》，我局决定对%s作出如下行政处罚："
        % (you, P["law"][P["facts"].index(fact) % len(P["law"])], reg["prov"][:2], you)
    )
    ctx.line(
        rng.choice(
            [
                "一、罚款人民币%s元（大写：%s）；"
                % ("{:,}".format(fine) if rng.random() < 0.3 else str(fine), "人民币" + DAXIE[fine]),
                "一、警告；二、罚款%d元；" % fine,
                "罚款%d.00元。" % fine,
            ]
        )
    )
    acct = "%02d-%s%04d" % (
        rng.randint(10, 80),
        "".join(rng.choice("0123456789") for _ in range(8)),
        rng.randint(0, 9999),
    )
    pay = [
        "限%s自收到本决定书之日起十五日内，" % you,
        rng.choice(
            [
                "持本决定书及《非税收入一般缴款书》（缴款码：%s）到%s缴纳罚款"
                % (
                    make_order_no(rng),
                    rng.choice(["农业银行", "农村商业银行", "工商银行"]) + reg["short"] + "支行",
                ),
                "将罚款缴至%s财政局非税收入汇缴结算户（开户行：%s%s支行，账号：%s）"
                % (reg["short"], rng.choice(["中国农业银行", "中国建设银行"]), reg["short"], acct),
                "通过“%s”APP或各代收银行网点缴纳罚款" % rng.choice(["云闪付", APPS[reg["key"]]]),
            ]
        ),
        "。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
    ]
    ctx.line(*pay)
    ctx.line(
        "如不服本处罚决定，可在收到本决定书之日起六十日内向%s人民政府申请行政复议，或者在六个月内向%s人民法院提起行政诉讼。申请行政复议或者提起行政诉讼的，行政处罚不停止执行。"
        % (reg["short"], reg["short"])
    )
    if kind == "person" and rng.random() < 0.3:
        ag = ctx.person()
        ctx.line(
            "委托代理人：",
            ctx.N(ag),
            "，",
            rng.choice(["系当事人之子", "系当事人之妻", "系当事人亲属", "律师"]),
            "，联系电话：",
            ctx.MOB(ag),
        )
    ctx.add(sign_block(ctx, org, d1 + timedelta(days=rng.randint(5, 30))))
    ctx.line(
        "（联系人：", ctx.official(), "    联系电话：", ctx.office_tel(), "    举报投诉：", P["hot"], "）"
    )
    if rng.random() < 0.3:
        ctx.line("索引号：", ctx.suoyin(), "    公开方式：主动公开")
    return title


# ---------------------------------------------------------------------------
# family: notice (公示名单)
# ---------------------------------------------------------------------------
FARM_IND = {
    "yuanyang": ["梯田红米", "稻渔综合种养", "香蕉", "中蜂养殖", "茶叶", "生猪养殖"],
    "fengxian": ["小麦", "蔬菜", "牛蒡", "红富士苹果", "肉鸭养殖", "芦笋"],
    "longjing": ["水稻", "苹果梨", "黑木耳", "黄牛养殖", "人参", "大豆"],
    "youyang": ["青花椒", "茶叶", "油茶", "中药材", "肉牛养殖", "蔬菜"],
    "huzhu": ["青稞", "马铃薯", "油菜", "八眉猪养殖", "中药材", "蔬菜"],
    "jingning": ["惠明茶", "高山蔬菜", "食用菌", "畲乡土鸡", "中药材", "茶叶"],
}
SCHOOLS = ["第一中学", "民族中学", "第二中学", "职业高级中学", "中等职业技术学校", "实验小学", "民族小学"]


def fam_notice(ctx, sub):
    rng, reg = ctx.rng, ctx.reg
    y = rng.choice([2022, 2023, 2024])
    town = rng.choice(reg["towns"])
    ctx.year = y
    nrec = rng.randint(3, 10)
    style = pick_style(ctx)
    mask_ids = rng.random() < 0.2
    mask_ph = rng.random() < 0.2
    rows = []

    def pid(p):
        return ctx.masked_id() if mask_ids else ctx.ID(p)

    def ph(p):
        return ctx.masked_mobile() if mask_ph else ctx.PHONE(p)

    if sub == "chaiqian":
        proj = rng.choice(
            [
                "城北片区棚户区改造项目",
                rng.choice(reg["roads"]) + "拓宽改造工程",
                "老旧小区改造（二期）项目",
                "县人民医院迁建项目",
                "%s集镇污水处理厂建设项目" % town,
                "高速公路连接线建设项目",
            ]
        )
        title = "%s%s房屋征收补偿安置%s" % (
            reg["short"],
            proj,
            rng.choice(["结果公示", "情况公示", "安置房分配公示"]),
        )
        ctx.line(title)
        ctx.line(
            "征收决定文号：", ctx.wenhao("政征"), "    征收部门：", reg["short"] + "房屋征收与补偿服务中心"
        )
        ctx.add(
            intro_notice(
                ctx,
                "%s被征收人补偿安置情况" % proj,
                rng.choice(
                    ["国有土地上房屋征收与补偿条例", "%s国有土地上房屋征收与补偿实施办法" % reg["prov"]]
                ),
            )
        )
        cols = [
            "序号",
            "被征收人",
            "身份证号码",
            "房屋坐落",
            "合法面积（㎡）",
            "补偿金额（元）",
            "安置方式",
            "安置房号",
            "联系电话",
        ]
        if rng.random() < 0.3:
            cols.remove("身份证号码")
        az = rng.choice(reg["comms"]) + rng.choice(["安置小区", "安置区", "安置点"])
        for i in range(nrec):
            p = ctx.person(age=(28, 85))
            cash = rng.random() < 0.4
            d = {
                "序号": str(i + 1),
                "被征收人": ctx.N(p)
                if rng.random() < 0.85
                else [ctx.N(p), "、", ctx.N(ctx.person(age=(28, 85)))],
                "身份证号码": pid(p),
                "房屋坐落": ctx.ADDR(p),
                "合法面积（㎡）": "%.2f" % (rng.randint(4000, 24000) / 100),
                "补偿金额（元）": str(rng.randint(80, 1800) * 1000),
                "安置方式": "货币补偿" if cash else "产权调换",
                "安置房号": "—"
                if cash
                else S(
                    "address",
                    "%s%d栋%d单元%d%02d室"
                    % (az, rng.randint(1, 12), rng.randint(1, 3), rng.randint(2, 18), rng.randint(1, 4)),
                ),
                "联系电话": ph(p),
            }
            rows.append([d[c] for c in cols])
        dept = "县房屋征收与补偿服务中心"
    elif sub == "farm":
        title = "%s%d年度%s家庭农场%s名单公示" % (
            reg["short"],
            y,
            rng.choice(["县级示范", "", "新认定"]),
            rng.choice(["认定", "拟认定"]),
        )
        ctx.line(title)
        ctx.add(intro_notice(ctx, "%d年度拟认定的家庭农场名单" % y, "%s家庭农场认定管理办法" % reg["short"]))
        cols = [
            "序号",
            "家庭农场名称",
            "经营者",
            "身份证号",
            "统一社会信用代码",
            "地址",
            "联系电话",
            "经营面积（亩）",
            "主要产业",
        ]
        if rng.random() < 0.4:
            cols.remove("统一社会信用代码")
        if rng.random() < 0.3:
            cols.remove("身份证号")
        for i in range(nrec):
            p = ctx.person(age=(25, 65))
            if rng.random() < 0.5:
                fname = [
                    reg["short"] + rng.choice(["", town]),
                    ctx.N(p) if not ctx.space2 else S("name", p.name),
                    "家庭农场",
                ]
            else:
                fname = (
                    reg["short"]
                    + rng.choice(reg["villages"])
                    + rng.choice(SHOPS + ["绿源", "丰收", "山里红", "青山"])
                    + "家庭农场"
                )
            d = {
                "序号": str(i + 1),
                "家庭农场名称": fname,
                "经营者": ctx.N(p),
                "身份证号": pid(p),
                "统一社会信用代码": credit_code(rng, reg["code"], "92"),
                "地址": ctx.ADDR(p) if rng.random() < 0.5 else p.town + p.village + "村",
                "联系电话": ph(p),
                "经营面积（亩）": str(rng.randint(30, 600)),
                "主要产业": rng.choice(FARM_IND[reg["key"]]),
            }
            rows.append([d[c] for c in cols])
        dept = "县农业农村局"
    elif sub == "elderly":
        title = "%s%s%d年%s高龄津贴%s" % (
            reg["short"],
            town,
            y,
            rng.choice(["%d月" % rng.randint(1, 12), "新增", "第二季度"]),
            rng.choice(["发放名单公示", "享受人员公示", "花名册"]),
        )
        ctx.line(title)
        ctx.add(intro_notice(ctx, "符合条件的高龄老人名单", "%s高龄津贴发放管理办法" % reg["prov"]))
        cols = [
            "序号",
            "姓名",
            "性别",
            "出生年月",
            "年龄",
            "身份证号码",
            "村（社区）",
            "发放标准（元/月）",
            "银行卡号",
            "备注",
        ]
        if rng.random() < 0.4:
            cols.remove("银行卡号")
        for i in range(nrec):
            p = ctx.person(age=(80, 101))
            card, _ = ctx.CARD()
            d = {
                "序号": str(i + 1),
                "姓名": ctx.N(p),
                "性别": p.sex,
                "出生年月": "%d.%02d" % (p.birth.year, p.birth.month),
                "年龄": str(p.age),
                "身份证号码": pid(p),
                "村（社区）": p.village + rng.choice(["村", "社区"]),
                "发放标准（元/月）": str(50 if p.age < 90 else (100 if p.age < 100 else 300)),
                "银行卡号": card,
                "备注": rng.choice(["", "", "新增", "", ["由", ctx.masked_name(), "代领"]]),
            }
            rows.append([d[c] for c in cols])
        dept = "乡镇民政办"
    elif sub == "disability":
        title = "%s%d年%s困难残疾人生活补贴和重度残疾人护理补贴%s" % (
            reg["short"],
            y,
            town,
            rng.choice(["发放名单公示", "新增对象公示", "花名册"]),
        )
        ctx.line(title)
        ctx.add(
            intro_notice(
                ctx,
                "残疾人两项补贴拟享受对象",
                "国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见",
            )
        )
        cols = [
            "序号",
            "姓名",
            "性别",
            "残疾证号",
            "残疾类别及等级",
            "补贴类别",
            "补贴标准（元/月）",
            "监护人",
            "联系电话",
            "所在村（社区）",
        ]
        for i in range(nrec):
            p = ctx.person(age=(6, 85))
            txt, c, g = disab(rng, long=False)
            gnum = str(DIS_GR.index(g) + 1)
            cz = (
                [S("id_card", p.id), DIS_CODE[c] + gnum]
                if not mask_ids
                else ctx.masked_id() + DIS_CODE[c] + gnum
            )
            guard = ctx.person(age=(30, 70)) if (p.age < 18 or rng.random() < 0.4) else None
            d = {
                "序号": str(i + 1),
                "姓名": ctx.N(p),
                "性别": p.sex,
                "残疾证号": cz,
                "残疾类别及等级": S(
                    "health", rng.choice([txt, c + "残疾" + g, c[0] + "残" + g, c + "（" + g + "）"])
                ),
                "补贴类别": rng.choice(["困难残疾人生活补贴", "重度残疾人护理补贴", "两项补贴"]),
                "补贴标准（元/月）": str(rng.choice([80, 90, 100, 110, 120, 150, 200])),
                "监护人": ctx.N(guard) if guard else "",
                "联系电话": ph(guard or p),
                "所在村（社区）": p.village + "村",
            }
            rows.append([d[c] for c in cols])
        dept = "县残疾人联合会"
    else:
        prog = rng.choice(
            [
                "国家助学金",
                "雨露计划职业教育补助",
                "生源地信用助学贷款",
                "春蕾计划",
                "普通高中建档立卡家庭学生免学杂费",
            ]
        )
        title = "%s%d年%s%s受助学生名单公示" % (
            reg["short"],
            y,
            rng.choice(["春季学期", "秋季学期", ""]),
            prog,
        )
        ctx.line(title)
        ctx.add(intro_notice(ctx, "%s受助学生名单" % prog, "%s学生资助资金管理办法" % reg["prov"]))
        cols = [
            "序号",
            "学生姓名",
            "性别",
            "学校",
            "年级",
            "身份证号",
            "家庭住址",
            "监护人",
            "联系电话",
            "困难类型",
            "资助金额",
            "银行卡号",
        ]
        if rng.random() < 0.4:
            cols.remove("家庭住址")
        if rng.random() < 0.3:
            cols.remove("银行卡号")
        for i in range(nrec):
            st = ctx.person(age=(7, 19))
            par = ctx.person(
                age=(st.age + 20, st.age + 40), sur=st.name[0] if st.name[0] in SURN[reg["key"]] else None
            )
            card, _ = ctx.CARD()
            d = {
                "序号": str(i + 1),
                "学生姓名": ctx.N(st),
                "性别": st.sex,
                "学校": reg["short"] + rng.choice(SCHOOLS),
                "年级": rng.choice(["高一", "高二", "高三", "七年级", "八年级", "2022级", "2023级"]),
                "身份证号": pid(st),
                "家庭住址": ctx.ADDR(st),
                "监护人": ctx.N(par),
                "联系电话": ph(par),
                "困难类型": rng.choice(
                    ["脱贫户", "低保家庭", "特困供养", "孤儿", "事实无人抚养儿童", "防止返贫监测户"]
                ),
                "资助金额": str(rng.choice([1000, 1500, 2000, 3000])),
                "银行卡号": card,
            }
            rows.append([d[c] for c in cols])
        dept = "县学生资助管理中心"
    ctx.add(render_table(ctx, cols, rows, style))
    if rng.random() < 0.5:
        ctx.line(
            "备注：",
            rng.choice(["本表按村（社区）排序；", "金额单位：元；", "以上人员资格已经%s审核；" % dept]),
            rng.choice(
                [
                    "资金由代发银行统一打卡发放。",
                    "公示期满无异议后按程序发放。",
                    "如有疑问请致电%s。" % ctx.office_tel(),
                ]
            ),
        )
    ctx.add(contact_footer(ctx, dept))
    ctx.add(
        sign_block(
            ctx,
            rng.choice([reg["short"] + dept.replace("县", ""), town + "人民政府", reg["county"] + "民政局"]),
            ctx.date,
        )
    )
    return title


# ---------------------------------------------------------------------------
# family: form (申请表)
# ---------------------------------------------------------------------------
def form_render(ctx, rows, title):
    """rows: list of (label, value) or ("##", section) ; rendered as kv, 2/4-col table or cells"""
    rng = ctx.rng
    st = (
        rng.choice(["kv", "kv", "html", "md", "tab", "cells"])
        if not ctx.pdf
        else rng.choice(["kv", "cells", "tab"])
    )
    out = []
    if st == "kv":
        pairs = []
        for lab, val in rows:
            if lab == "##":
                pairs.append(
                    (None, rng.choice(["【%s】", "%s", "一、%s", "■%s"]) % val if "%" not in val else val)
                )
            else:
                pairs.append((lab, val if plain(val) else "　"))
        return kv_lines(ctx, pairs)
    if st == "html":
        out += ['<table border="1">', "\n", '<tr><td colspan="4">%s</td></tr>' % title, "\n"]
        buf = []
        for lab, val in rows:
            if lab == "##":
                out += ['<tr><td rowspan="1">%s</td></tr>' % val, "\n"]
                continue
            buf.append((lab, val))
            if len(buf) == 2:
                out.append("<tr>")
                for l, v in buf:
                    out += ["<td>", l, "</td><td>", v, "</td>"]
                out += ["</tr>", "\n"]
                buf = []
        if buf:
            out += ["<tr><td>", buf[0][0], '</td><td colspan="3">', buf[0][1], "</td></tr>", "\n"]
        out += ["</table>", "\n"]
        return out
    if st == "md":
        out += ["| 项目 | 内容 |", "\n", "|---|---|", "\n"]
        for lab, val in rows:
            if lab == "##":
                out += ["| **%s** | |" % val, "\n"]
            else:
                out += ["| ", lab, " | ", val, " |", "\n"]
        return out
    if st == "tab":
        for lab, val in rows:
            if lab == "##":
                out += [val, "\t\t\t", "\n"]
            else:
                out += [lab, "\t", val, "\n"]
        return out
    for lab, val in rows:
        out += [lab if lab != "##" else val, "\n"]
        if lab != "##" and plain(val):
            out += [val, "\n"]
    return out


def fam_form(ctx, sub):
    rng, reg = ctx.rng, ctx.reg
    d = rdate(rng)
    rows = []
    if sub in ("xxgk_citizen", "xxgk_legal"):
        agency = ctx.dept() + rng.choice(
            ["人民政府办公室", "自然资源局", "民政局", "住房和城乡建设局", "生态环境局", "农业农村局"]
        )
        title = "%s政府信息公开申请表" % agency
        ctx.line(title)
        ctx.line("编号：", "%d-%03d" % (d.year, rng.randint(1, 300)), "    收件日期：", cdate(d))
        cit = sub == "xxgk_citizen"
        p = ctx.person(age=(22, 75))
        rows.append(("##", "申请人信息（公民）"))
        if cit:
            doc = rng.choices(
                ["居民身份证", "护照", "往来港澳通行证", "往来台湾通行证", "台湾居民来往大陆通行证"],
                [10, 4, 3, 2, 1],
            )[0]
            num = {
                "居民身份证": ctx.ID(p, allow15=False),
                "护照": S("passport", make_passport(rng)),
                "往来港澳通行证": S("hk_macau_permit", make_hk(rng)),
                "往来台湾通行证": S("tw_permit", make_tw(rng)),
                "台湾居民来往大陆通行证": S("tw_permit", "%08d" % rng.randint(0, 99999999)),
            }[doc]
            rows += [
                ("姓名", ctx.N(p)),
                (
                    "工作单位",
                    rng.choice(["", "个体", "无", reg["short"] + rng.choice(SHOPS) + "商贸有限公司"]),
                ),
                ("证件名称", doc),
                ("证件号码", num),
                ("通信地址", ctx.ADDR(p)),
                ("邮政编码", reg["post"]),
                ("联系电话", ctx.MOB(p)),
                ("电子邮箱", S("email", make_email(rng, p.mraw)) if rng.random() < 0.6 else ""),
            ]
            if rng.random() < 0.2:
                rows.append(("固定电话", S("landline", fmt_landline(rng, reg))))
        else:
            rows += [("姓名", ""), ("证件名称", ""), ("证件号码", ""), ("通信地址", ""), ("联系电话", "")]
        rows.append(("##", "申请人信息（法人或者其他组织）"))
        if not cit:
            lr = ctx.person(age=(30, 65))
            rows += [
                (
                    "名称",
                    reg["short"]
                    + rng.choice(SHOPS)
                    + rng.choice(["农业开发有限公司", "建筑工程有限公司", "种植专业合作社", "商贸有限公司"]),
                ),
                ("统一社会信用代码", credit_code(rng, reg["code"], rng.choice(["91", "93"]))),
                ("法定代表人", ctx.N(lr)),
                ("联系人姓名", ctx.N(p)),
                ("联系人电话", ctx.MOB(p)),
                ("联系人电子邮箱", S("email", make_email(rng)) if rng.random() < 0.6 else ""),
                ("通信地址", ctx.org_addr()),
                ("邮政编码", reg["post"]),
                ("办公电话", ctx.office_tel(ext=False)),
            ]
        else:
            rows += [
                ("名称", ""),
                ("统一社会信用代码", ""),
                ("法定代表人", ""),
                ("联系人姓名", ""),
                ("联系人电话", ""),
            ]
        rows.append(("##", "所需信息情况"))
        q = rng.random()
        if q < 0.35 and cit:
            desc = [
                "申请公开本人位于",
                ctx.ADDR(p),
                "的房屋征收补偿评估报告及补偿决定（",
                ctx.wenhao("政征"),
                "）的相关材料。",
            ]
        elif q < 0.6:
            rel = ctx.person(age=(50, 85))
            desc = [
                "申请公开",
                rng.choice(["本人父亲", "本人母亲", "本单位员工", "本人亲属"]),
                ctx.N(rel),
                "（身份证号：",
                ctx.ID(rel, allow15=False),
                "）%d年度低保资格认定及停发的相关文件。" % (d.year - 1),
            ]
        else:
            desc = [
                "申请公开%s%d年%s的相关信息（索引号："
                % (
                    reg["short"],
                    d.year - 1,
                    rng.choice(["土地征收成片开发方案", "乡村振兴衔接资金项目安排", "环境影响评价审批"]),
                ),
                ctx.suoyin(),
                "）。",
            ]
        rows += [
            ("所需信息的内容描述", desc),  # type: ignore[list-item]
            ("所需信息用途", rng.choice(["", "自用", "维护合法权益"])),
            ("提供方式", rng.choice(["纸质", "电子邮件", "光盘", "纸质、电子邮件"])),
            ("获取方式", rng.choice(["邮寄", "快递", "电子邮件", "当面领取"])),
            ("申请人签名（盖章）", ctx.N(p) if cit else [ctx.N(p), "（经办人）"]),  # type: ignore[list-item]
            ("申请时间", cdate(d, rng.choice([0, 1]))),
        ]
        rows += [("受理人", ctx.official()), ("受理机关电子邮箱", ctx.gov_mail())]
        ctx.add(form_render(ctx, rows, title))
        ctx.line("注：本表可在", agency, "政务服务窗口、政府门户网站下载；咨询电话：", ctx.office_tel(), "。")
    elif sub == "dibao_renew":
        title = "%s%s申请表" % (
            reg["short"],
            rng.choice(["最低生活保障年审（续保）", "城乡低保续保", "最低生活保障对象复核"]),
        )
        ctx.line(title)
        p = ctx.person(age=(30, 85))
        fam = family(ctx, p)
        card, bank = ctx.CARD()
        rows += [
            ("申请人姓名", ctx.N(p)),
            ("性别", p.sex),
            ("民族", p.minzu),
            ("出生年月", "%d年%d月" % (p.birth.year, p.birth.month)),
            ("身份证号码", ctx.ID(p)),
            ("户籍地址", ctx.ADDR(p)),
            ("现居住地址", rng.choice(["同户籍地址", S("address", ctx.home_addr(p, urban=True))])),
            ("联系电话", ctx.MOB(p)),
            ("开户银行", bank),
            ("银行账号", card),
        ]
        ctx.add(form_render(ctx, rows, title))
        ctx.line("家庭成员情况：")
        cols = ["姓名", "与申请人关系", "身份证号码", "健康状况", "劳动能力", "月收入（元）"]
        trs = []

        def hs():
            r = rng.random()
            if r < 0.55:
                return "健康"
            if r < 0.8:
                return S("health", rng.choice(DISEASES))
            return S("health", disab(rng)[0])

        ill = []
        for q, rel in [(p, "本人")] + fam:
            h = hs()
            if not isinstance(h, str):
                ill.append((q, h))
            trs.append(
                [
                    ctx.N(q),
                    rel,
                    ctx.ID(q),
                    h,
                    rng.choice(["有", "无", "部分丧失", "丧失"]),
                    str(rng.choice([0, 0, 300, 800, 1500])),
                ]
            )
        ctx.add(render_table(ctx, cols, trs, pick_style(ctx, ["tab", "space", "md", "html", "cells"])))
        reason = ["申请理由：本人家庭%d口人，" % (len(fam) + 1)]
        if ill:
            q, h = ill[0]
            reason += [ctx.N(q) if q is not p else "本人", "患有", S("health", plain(h)), "，常年需要治疗，"]
        reason += ["家庭收入低，生活困难，特申请继续享受最低生活保障。"]
        ctx.line(*reason)
        ctx.line("申请人（签字）：", ctx.N(p), "    ", cdate(d))
        ctx.line(
            "村（居）委会意见：情况属实，同意上报。    经办人：",
            ctx.official(),
            "    ",
            cdate(d + timedelta(days=3)),
        )
        ctx.line(
            "乡镇（街道）审核意见：经入户调查，符合条件。    审核人：",
            ctx.official(),
            "    联系电话：",
            ctx.office_tel(),
        )
    else:
        title = "%s困难群众医疗救助申请审批表" % reg["short"]
        ctx.line(title)
        p = ctx.person(age=(3, 85))
        app = p if p.age >= 18 and rng.random() < 0.6 else ctx.person(age=(max(20, p.age - 10), 75))
        card, bank = ctx.CARD()
        d1 = rdate(rng)
        rows += [
            ("患者姓名", ctx.N(p)),
            ("性别", p.sex),
            ("年龄", str(p.age)),
            ("身份证号码", ctx.ID(p, allow15=False)),
            (
                "救助对象类别",
                rng.choice(
                    ["低保对象", "特困人员", "低保边缘家庭成员", "因病致贫重病患者", "防止返贫监测对象"]
                ),
            ),
            ("家庭住址", ctx.ADDR(p)),
            ("联系电话", ctx.MOB(app)),
            ("疾病诊断", S("health", rng.choice(DISEASES))),
            (
                "就诊医院",
                rng.choice(
                    [
                        reg["short"] + "人民医院",
                        reg["short"] + "中医医院",
                        reg["short_city"] + "第一人民医院"
                        if reg["short_city"]
                        else "重庆医科大学附属第一医院",
                    ]
                ),
            ),
            ("住院时间", "%s至%s" % (cdate(d1, 1), cdate(d1 + timedelta(days=rng.randint(3, 40)), 1))),
            ("医疗总费用（元）", "%.2f" % (rng.randint(500000, 30000000) / 100)),
            ("基本医保报销（元）", "%.2f" % (rng.randint(200000, 9000000) / 100)),
            ("大病保险（元）", "%.2f" % (rng.randint(0, 3000000) / 100)),
        ]
        if app is not p:
            rel = (
                rng.choice(["父亲", "母亲", "监护人"])
                if p.age < 18
                else rng.choice(["配偶", "子女", "兄弟", "姐妹"])
            )
            rows += [("申请人", ctx.N(app)), ("与患者关系", rel)]
        rows += [
            ("收款人", ctx.N(app)),
            ("开户银行", bank),
            ("银行卡号", card),
            ("申请人签字", ctx.N(app)),
            ("村（居）委会意见", "属实"),
            ("经办人", ctx.official()),
            ("民政部门审批意见", "同意救助%d元" % (rng.randint(10, 200) * 100)),
            ("审批人", ctx.official()),
        ]
        ctx.add(form_render(ctx, rows, title))
        ctx.line(
            "说明：本表一式三份；附住院发票、费用清单、出院小结复印件。业务咨询：",
            ctx.office_tel(),
            "（",
            reg["short"],
            "医疗保障局），12345。",
        )
    return title


# ---------------------------------------------------------------------------
# family: minutes (会议纪要)
# ---------------------------------------------------------------------------
def names_list(ctx, people, sep="、", label=True):
    out = []
    for i, q in enumerate(people):
        if i:
            out.append(sep)
        out.append(ctx.N(q) if label else q)
    return out


def fam_minutes(ctx, sub):
    rng, reg = ctx.rng, ctx.reg
    d = rdate(rng)
    town = rng.choice(reg["towns"])
    vil = rng.choice(reg["villages"]) + "村"
    sec = ctx.official("男")
    cadres = [ctx.official() for _ in range(rng.randint(2, 5))]
    rec = ctx.official("女")
    if sub == "village":
        title = "%s%s村“两委”联席会议纪要" % (town, vil[:-1])
        ctx.line(title)
        ctx.line("（第%d期）" % rng.randint(1, 24))
        reps = [ctx.person(age=(35, 75)) for _ in range(rng.randint(2, 4))]
        ctx.add(
            kv_lines(
                ctx,
                [
                    ("时间", cdate(d) + rng.choice(["上午9:00", "下午2:30", "晚上7:30"])),
                    ("地点", vil + "委会会议室"),
                    ("主持人", [sec, "（村党总支书记、村委会主任）"]),
                    ("参会人员", "、".join(cadres)),
                    ("列席人员", ["村民代表"] + names_list(ctx, reps) + ["，驻村第一书记", ctx.official()]),
                    ("记录人", rec),
                ],
            )
        )
        ctx.line("会议议定事项如下：")
        k = 0
        nums = ["一", "二", "三", "四", "五"]
        a = ctx.person(age=(30, 80))
        sp = ctx.person(sex="女" if a.sex == "男" else "男", age=(30, 80))
        k += 1
        ctx.line(
            "%s、研究低保申请事项。" % nums[k - 1],
            "村民",
            ctx.N(a),
            "（身份证号：",
            ctx.ID(a),
            "，住",
            ctx.ADDR(a),
            "）申请纳入农村低保。经入户核查，其",
            RELS_SPOUSE[a.sex],
            ctx.N(sp),
            "患",
            S("health", rng.choice(DISEASES)),
            "，长期%s，家庭无稳定收入。会议同意将其家庭作为拟纳入对象，提交村民代表会议民主评议。"
            % rng.choice(["住院治疗", "服药", "透析", "卧床"]),
        )
        k += 1
        road = rng.choice(
            [
                "%s组至%s组通组道路硬化" % (rng.randint(1, 5), rng.randint(6, 9)),
                "村内饮水管网改造",
                "%s组排洪沟修建" % rng.choice(reg["groups"] or ["3", "5", "7"]),
                "人居环境整治",
            ]
        )
        ctx.line(
            "%s、讨论%s项目。" % (nums[k - 1], road),
            "驻村第一书记介绍了项目资金来源（%s）。" % ctx.wenhao("财农"),
        )
        r1 = reps[0]
        ctx.line(
            "村民代表",
            ctx.N(r1),
            "：",
            rng.choice(
                [
                    "希望尽快开工，雨季前完工。",
                    "路线经过我家承包地，补偿标准要公开。",
                    "施工队要优先用本村劳动力。",
                ]
            ),
        )
        if len(reps) > 1:
            if rng.random() < 0.4:
                ctx.line(
                    ctx.N(reps[1]),
                    "（村民代表）：建议成立村民监督小组，我愿意参加，电话",
                    ctx.MOB(reps[1]),
                    "。",
                )
            else:
                ctx.line(
                    ctx.N(reps[1]), "（村民代表）：", rng.choice(["同意。", "没有意见。", "要把账目公开。"])
                )
        if rng.random() < 0.35:
            o = ctx.person(age=(25, 60))
            ctx.line(
                "会议通报：村民",
                ctx.N(o),
                "的",
                rng.choice(["农用车", "小型货车", "面包车"]),
                "（",
                S("license_plate", make_plate(rng, reg)),
                "）长期占用%s村道，由%s负责劝导。" % (rng.choice(reg["villages"]), rng.choice(cadres)),
            )
        ctx.line(sec, "：%s" % rng.choice(["项目按“四议两公开”程序实施，会后公示。", "由村监委会全程监督。"]))
        if rng.random() < 0.6:
            k += 1
            b = ctx.person(age=(25, 60))
            ctx.line(
                "%s、审议村民" % nums[k - 1],
                ctx.N(b),
                "宅基地建房申请。申请人户籍地：",
                ctx.ADDR(b),
                "，联系电话：",
                ctx.MOB(b),
                "。会议同意上报%s人民政府审批。" % town,
            )
        if rng.random() < 0.5:
            k += 1
            ctx.line(
                "%s、其他：%s附近（%s组）垃圾清运点调整，由%s负责落实；已脱敏的历史信访件（来信人：%s，电话%s）转乡镇处理。"
                % (
                    nums[k - 1],
                    vil,
                    rng.randint(1, 8),
                    rng.choice(cadres),
                    ctx.masked_name(),
                    ctx.masked_mobile(),
                )
            )
        ctx.line("参会人员签字：", "、".join([sec] + cadres))
    elif sub == "dibao_review":
        title = "%s%s低保民主评议会议记录" % (town, vil)
        ctx.line(title)
        reps = [ctx.person(age=(30, 75)) for _ in range(rng.randint(3, 6))]
        town_off = [ctx.official() for _ in range(2)]
        n_exp = rng.randint(25, 45)
        n_act = n_exp - rng.randint(0, 6)
        ctx.add(
            kv_lines(
                ctx,
                [
                    ("时间", cdate(d)),
                    ("地点", vil + "委会"),
                    ("主持人", [town_off[0], "（%s民政办）" % town]),
                    (
                        "参加人员",
                        [
                            "乡镇干部",
                            town_off[0],
                            "、",
                            town_off[1],
                            "，村两委成员",
                            "、".join(cadres[:2]),
                            "，村民代表",
                            str(n_act),
                            "人（",
                        ]
                        + names_list(ctx, reps)
                        + ["等）"],
                    ),
                    ("记录人", rec),
                ],
            )
        )
        ctx.line(
            "主持人宣读了《%s最低生活保障审核确认办法》及评议纪律，申请人逐一陈述家庭情况，村民代表进行无记名投票。评议结果如下："
            % reg["prov"]
        )
        cols = [
            "序号",
            "申请人",
            "家庭人口",
            "家庭情况",
            "应到人数",
            "实到人数",
            "同意",
            "不同意",
            "弃权",
            "评议结果",
        ]
        rows = []
        for i in range(rng.randint(3, 7)):
            p = ctx.person(age=(25, 85))
            r = rng.random()
            if r < 0.4:
                situ = [
                    rng.choice(["本人", "配偶", "儿子", "母亲"]),
                    "患",
                    S("health", rng.choice(DISEASES)),
                    "，医疗支出大",
                ]
            elif r < 0.6:
                situ = ["本人", S("health", disab(rng)[0]), "，无劳动能力"]
            else:
                situ = rng.choice(
                    [
                        "缺乏劳动力，无稳定收入",
                        "子女就学支出大",
                        "老年人独居，无固定收入",
                        "家庭有车辆，收入较高",
                    ]
                )
            yes = rng.randint(0, n_act)
            no = rng.randint(0, n_act - yes)
            rows.append(
                [
                    str(i + 1),
                    ctx.N(p),
                    str(rng.randint(1, 6)),
                    situ,
                    str(n_exp),
                    str(n_act),
                    str(yes),
                    str(no),
                    str(n_act - yes - no),
                    "通过" if yes * 2 > n_act else "不通过",
                ]
            )
        ctx.add(
            render_table(ctx, cols, rows, pick_style(ctx, ["tab", "space", "md", "html", "csv", "cells"]))
        )
        ctx.line(
            "评议结果当场公布，并将在村务公开栏公示7天。对评议结果有异议的，可向%s民政办反映（电话：%s）或拨打12345。"
            % (town, ctx.office_tel())
        )
        ctx.line(
            "评议小组成员（签字）：",
            *names_list(ctx, reps[: rng.randint(2, len(reps))], sep=rng.choice(["、", "  ", " "])),
        )
        ctx.line("监督人：", town_off[1], "    记录人：", rec)
    else:
        proj = rng.choice(
            [
                "%s片区旧城改造项目" % rng.choice(reg["roads"]),
                "%s集镇建设项目" % town,
                "县城%s棚户区改造项目" % rng.choice(["北门", "南门", "东关", "西河"]),
            ]
        )
        title = "%s房屋征收补偿方案听证会纪要" % proj
        ctx.line(title)
        host = ctx.official()
        members = [ctx.official() for _ in range(2)]
        deps = [ctx.official() for _ in range(2)]
        ps = [ctx.person(age=(35, 80)) for _ in range(rng.randint(2, 4))]
        lawyer = ctx.person(age=(28, 55))
        ctx.add(
            kv_lines(
                ctx,
                [
                    ("听证事项", proj + "征收补偿方案"),
                    ("时间", cdate(d) + "上午9时30分"),
                    ("地点", reg["short"] + "人民政府第%d会议室（%s）" % (rng.randint(1, 4), ctx.org_addr())),
                    ("听证主持人", host),
                    ("听证员", "、".join(members)),
                    ("记录员", rec),
                    ("征收部门代表", ["%s房屋征收与补偿服务中心" % reg["short"], "、".join(deps)]),
                    ("被征收人代表", names_list(ctx, ps)),
                    (
                        "委托代理人",
                        [
                            ctx.N(lawyer),
                            "，%s%s律师事务所律师（受" % (reg["short_city"] or "重庆市", rng.choice(SHOPS)),
                            ctx.N(ps[0]),
                            "委托）",
                        ],
                    ),
                ],
            )
        )
        ctx.line(
            "一、征收部门代表",
            deps[0],
            "介绍了征收范围、补偿标准（货币补偿%d元/㎡，产权调换按1:1.%d）及安置房源情况。"
            % (rng.randint(2800, 7800), rng.randint(1, 3)),
        )
        ctx.line("二、被征收人代表发言：")
        for q in ps:
            st = rng.random()
            if st < 0.5:
                ctx.line(
                    ctx.N(q),
                    "：我家房屋位于",
                    ctx.ADDR(q),
                    "，%s"
                    % rng.choice(
                        [
                            "评估价格明显偏低，要求重新评估。",
                            "面积认定少算了%d平方米。" % rng.randint(8, 40),
                            "要求就近安置。",
                        ]
                    ),
                )
            elif st < 0.8:
                ctx.line(
                    ctx.N(q),
                    "：",
                    rng.choice(["家里老人", "我母亲", "我本人"]),
                    "患",
                    S("health", rng.choice(DISEASES)),
                    "，希望搬迁时间推后，并给予临时过渡费。联系电话",
                    ctx.MOB(q),
                    "。",
                )
            else:
                ctx.line(ctx.N(q), "：同意补偿方案，希望尽快签约。")
        if rng.random() < 0.5:
            ab = ctx.person(age=(30, 60))
            kind, num = rng.choice(
                [
                    ("护照号码", S("passport", make_passport(rng))),
                    ("往来港澳通行证号码", S("hk_macau_permit", make_hk(rng))),
                    ("往来台湾通行证号码", S("tw_permit", make_tw(rng))),
                ]
            )
            ctx.line(
                "被征收人",
                ctx.N(ab),
                "（%s，%s：" % (rng.choice(["在外务工", "长期在外", "现在境外"]), kind),
                num,
                "）书面提交意见，由其亲属",
                ctx.N(ctx.person(age=(30, 70))),
                "代为宣读：对评估结果有异议。",
            )
        ctx.line(
            "代理人",
            ctx.N(lawyer),
            "：补偿方案未明确",
            rng.choice(["停产停业损失", "装饰装修补偿", "搬迁奖励期限"]),
            "，建议补充。",
        )
        ctx.line(
            "三、征收部门代表",
            deps[1],
            "答复：对提出的问题将会同评估机构逐一复核，%s"
            % rng.choice(["10个工作日内书面答复。", "在方案修改稿中予以明确。"]),
        )
        ctx.line(
            "四、听证主持人",
            host,
            "总结：听证意见将如实报%s人民政府。本纪要经参加人核对无误。" % reg["short"],
        )
        ctx.line("联系人：", rec, "，电话：", ctx.office_tel(), "，邮箱：", ctx.gov_mail())
    return title


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def valid_id18(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[:6] not in KNOWN_CODES or not valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    if not (1900 <= int(s[6:10]) <= 2024):
        return False
    return id_check(s[:17]) == s[17]


def valid_kind(kind, t):
    if kind == "id_card":
        return valid_id18(t)
    if kind == "id_card_15":
        return (
            bool(re.fullmatch(r"\d{15}", t))
            and t[:6] in KNOWN_CODES
            and valid_date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
        )
    if kind == "mobile":
        d = re.sub(r"^(?:\+86|\(\+86\)|86)[ -]?", "", t)
        return bool(re.fullmatch(r"1[3-9]\d{9}", re.sub(r"[ -]", "", d))) and bool(
            re.fullmatch(r"1\d{2}([ -]?)\d{4}\1\d{4}", d)
        )
    if kind == "landline":
        return bool(re.fullmatch(r"(?:0\d{2,3}[- ]?|\(0\d{2,3}\))\d{7,8}", t))
    if kind == "bank_card":
        d = t.replace(" ", "")
        if " " in t and not re.fullmatch(r"(\d{4} )+\d{1,4}", t):
            return False
        return d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d) and any(d.startswith(b[0]) for b in BINS)
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9._]+@[a-z0-9]+\.(?:com|net)", t)) and "gov.cn" not in t
    if kind == "passport":
        return bool(re.fullmatch(r"E(?:\d{8}|[A-HJ-NP-Z]\d{7})", t))
    if kind == "hk_macau_permit":
        return bool(re.fullmatch(r"C(?:\d{8}|[A-HJ-NP-Z]\d{7})", t))
    if kind == "tw_permit":
        return bool(re.fullmatch(r"L\d{8}|\d{8}", t))
    if kind == "license_plate":
        return bool(re.fullmatch(r"[%s][A-HJ-NP-Z][· ]?[A-HJ-NP-Z0-9]{5,6}" % PLATE_PROV, t))
    if kind == "address":
        return bool(re.search(r"(号|室|组|栋|单元)$", t)) and len(t) >= 4
    if kind == "name":
        return bool(re.fullmatch(r"[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){1,4}", t))
    if kind == "health":
        return len(t) >= 2
    return False


MOB_SCAN = re.compile(r"(?<!\d)1[3-9]\d(?:[ -]?)\d{4}(?:[ -]?)\d{4}(?!\d)")
CARD_SCAN = re.compile(r"(?<![\d])\d(?:\d| (?=\d))*\d(?![\d])")


def check_doc(text, spans):
    last = 0
    for k, a, b in spans:
        if a < last or b <= a:
            return "order"
        t = text[a:b]
        if t != t.strip() or "\n" in t:
            return "edge " + k + " " + t
        if not valid_kind(k, t):
            return "invalid %s %r" % (k, t)
        last = b
    chars = list(text)
    for k, a, b in spans:
        for i in range(a, b):
            chars[i] = "#"
    masked = "".join(chars)
    m = MOB_SCAN.search(masked)
    if m:
        return "mobile left %r" % m.group()
    for m in re.finditer(r"\d{17,}[\dXx]?|\d{17}[Xx]", masked):
        s = m.group().upper()
        for i in range(0, len(s) - 17):
            if valid_id18(s[i : i + 18]):
                return "id left %r" % s
    for m in CARD_SCAN.finditer(masked):
        s = m.group()
        d = s.replace(" ", "")
        if 16 <= len(d) <= 19 and luhn_ok(d) and ISSUER_RE.match(d):
            if " " in s and not re.fullmatch(r"(\d{4} )+\d{1,4}", s):
                continue
            return "card left %r" % s
    names = set(text[a:b] for k, a, b in spans if k == "name")
    for n in list(names):
        names.add(n.replace("\u3000", ""))
    for n in names:
        if n in masked:
            return "name left %r" % n
    return None


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
FAMILIES = [
    ("roll", "dibao", fam_roll, 5),
    ("roll", "tekun", fam_roll, 3),
    ("roll", "linshi", fam_roll, 3),
    ("screen", "yunqian", fam_screen, 4),
    ("screen", "liangai", fam_screen, 4),
    ("penalty", "env", fam_penalty, 3),
    ("penalty", "health", fam_penalty, 3),
    ("penalty", "safety", fam_penalty, 3),
    ("penalty", "urban", fam_penalty, 3),
    ("notice", "chaiqian", fam_notice, 2),
    ("notice", "farm", fam_notice, 2),
    ("notice", "elderly", fam_notice, 2),
    ("notice", "disability", fam_notice, 2),
    ("notice", "edu", fam_notice, 2),
    ("form", "xxgk_citizen", fam_form, 3),
    ("form", "xxgk_legal", fam_form, 2),
    ("form", "dibao_renew", fam_form, 3),
    ("form", "medical_aid", fam_form, 3),
    ("minutes", "village", fam_minutes, 3),
    ("minutes", "dibao_review", fam_minutes, 3),
    ("minutes", "hearing", fam_minutes, 3),
]


def gen_doc(rng, fam_list):
    tot = sum(w for *_, w in fam_list)
    x = rng.random() * tot
    for fam, sub, fn, w in fam_list:
        x -= w
        if x <= 0:
            break
    reg = REGIONS[rng.choice(sorted(REGIONS))]
    pdf = rng.random() < 0.25
    ctx = Ctx(rng, reg, pdf)
    title = fn(ctx, sub)
    text, spans = ctx.build()
    if pdf:
        text, spans = pdfify(rng, text, spans, title)
    return "%s.%s%s" % (fam, sub, ".pdf" if pdf else ""), text, spans


def generate(n, seed, verbose=False):
    rng = random.Random(seed)
    docs = []  # type: ignore[var-annotated]
    fails = Counter()  # type: ignore[var-annotated]
    while len(docs) < n:
        st = rng.getstate()
        typ, text, spans = gen_doc(rng, FAMILIES)
        err = check_doc(text, spans)
        if err:
            fails[err.split()[0] + " " + err.split()[1] if len(err.split()) > 1 else err] += 1
            if verbose:
                print("redraw:", typ, err, file=sys.stderr)
            continue
        docs.append(
            {
                "type": typ,
                "text": text,
                "spans": [{"kind": k, "start": a, "end": b, "text": text[a:b]} for k, a, b in spans],
            }
        )
    return docs, fails


def print_decisions():
    doc = __doc__
    i = doc.index("DECISIONS")
    print(doc[i:].strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=181)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print_decisions()
        return
    docs, fails = generate(a.docs, a.seed, a.verbose)
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
    if a.stats:
        kinds = Counter(s["kind"] for d in docs for s in d["spans"])
        types = Counter(d["type"] for d in docs)
        fams = Counter(d["type"].split(".")[0] for d in docs)
        pdfn = sum(d["type"].endswith(".pdf") for d in docs)
        print(
            "documents: %d (pdf variants %d)  spans: %d" % (len(docs), pdfn, sum(kinds.values())),
            file=sys.stderr,
        )
        print("spans per kind:", file=sys.stderr)
        for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
            print("  %-16s %d" % (k, v), file=sys.stderr)
        print("documents per family:", file=sys.stderr)
        for k, v in sorted(fams.items()):
            print("  %-16s %d" % (k, v), file=sys.stderr)
        print("documents per type:", file=sys.stderr)
        for k, v in sorted(types.items()):
            print("  %-28s %d" % (k, v), file=sys.stderr)
        if fails:
            print("redraws: %s" % dict(fails), file=sys.stderr)


if __name__ == "__main__":
    main()
