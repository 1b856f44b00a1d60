"""Holdout 24: a blind labelled set of licence, occupational-disease, relief and lost-document notices,
written without reading the detector (gongkai/privacy).

Run (standard library only, Python 3.12+, deterministic for a seed):

    python holdout24.py --docs 400 --seed 101 -o out.jsonl            # write the set
    python holdout24.py --docs 400 --seed 101 -o out.jsonl --stats    # also span counts per kind on stderr
    python holdout24.py --decisions                                      # numbered labelling decisions

Each output line is {"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind", "start", "end",
"text"}]}, start/end being Python str offsets. Every span is recorded when its piece is appended, never
searched for afterwards; the generator asserts that each span's text is text[start:end], that spans do
not overlap, that IDs pass GB 11643 (real birth date and region code), bank cards pass Luhn, and that no
unlabelled string looks like an ID, a mobile or a card by accident (such a document is drawn again).

Regions (each with its own region codes, area code, plate prefix, surnames and naming style):
  河北张家口 (宣化/张北/蔚县/怀来, 0313, 冀G: northern Han names, 郝 武 贾 智 尉 蔚 …),
  福建三明 (三元/大田/宁化/永安, 0598, 闽G: 赖 巫 池 官 涂, 上官),
  重庆酉阳 (酉阳/黔江, 023, 渝H: Tujia and Miao surnames 冉 田 向 麻 滕 覃),
  新疆和田 (和田市/墨玉/洛浦/于田, 0903, 新R: Uyghur names with and without the dot, Han names),
  内蒙古鄂尔多斯 (东胜/伊金霍洛/乌审/准格尔, 0477, 蒙K: Mongolian names without surname, 奇 折 边),
  湖南怀化 (鹤城/通道/芷江/靖州, 0745, 湘N: Dong and Miao surnames 粟 龙 谌 瞿, 欧阳).

Families and sub-kinds:
  licence      drive_revoke (驾驶证 注销/吊销 名单), drive_letter (吊销/降级 公告送达 to one driver, with the
               plate), transport_cert (道路运输从业资格证 注销), special_equip (特种设备作业人员证 注销),
               guide (导游证 注销)
  occdisease   diagnosis (职业病 诊断/鉴定 结论 公示), pneumo_relief (尘肺病农民 救助 名单), exam_abnormal
               (职业健康检查 异常 通报)
  vagrant      seek_kin (流浪乞讨人员 寻亲 公告), settle (长期滞留人员 落户 公示), body (无人认领遗体 公告)
  socialsec    overpay (冒领 追回 通知), death_check (死亡未销户 核查 名单), cert_overdue (资格认证 逾期 名单)
  parole       commute (减刑/假释 公示: published by law), medical_parole (暂予监外执行 公示: disease and
               guarantor labelled), report_notice (社区矫正 报到 通知)
  specialedu   home_teach (送教上门), rehab (残疾儿童康复救助), inclusive (随班就读)
  foodhealth   unqualified (健康证明 不合格 通报), public_place (公共场所从业人员 体检 结果),
               morning_check (晨检)
  lostfound    found_docs (证件 招领), lost_statements (遗失声明 汇编),
               lost_property (失物招领, owner unknown)

Layouts: label–value forms (one a line, two a line, one cell a line, a pipe table), prose letters and
notices, tab tables, space-aligned tables, markdown pipe tables, HTML tables, CSV with quotes, one cell
per line (Word tables as text), numbered lists, 、-separated name lists, newspaper statements marked ◆.
About a quarter are PDF/Word extractions (type ends ".pdf"): prose hard-wrapped at 28–40 characters
(addresses may break, other spans never), two-character names spaced out in tables ("吴　英", "吴  英",
the span covering the spaces), page numbers ("- 2 -", "第 2 页 共 3 页") and running titles between rows.

Near-misses, never labelled: GB 32100-valid credit codes of employers and shops, 文号, 索引号 (a credit
code, a year and a serial), case and 决定书 numbers, 档案编号, 导游证号, 健康证编号, 出生医学证明 and
不动产权 numbers, order and 受理 numbers (some Luhn-valid, none with a card prefix), amounts, dates,
postcodes, office landlines and hotlines (12345, 12348, 监督电话), gov.cn mailboxes, IDs and phones
already masked, anonymised names (张某某, 冉*, 王女士, 李先生), officials, police, doctors, teachers and
prison staff in their public role, villages and shops containing surnames (杨家坡村, 老冉家豆花饭), the
prisoners of a 减刑/假释 公示 and of a 暂予监外执行 公示 (published by law), an institution's collective
household address.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Seg = tuple[str, str | None]
Cell = list[Seg]

DECISIONS = [
    "Holders in 驾驶证/从业资格证/特种设备作业人员证/导游证 注销 and 吊销 notices are private persons: names "
    "labelled (docs/privacy.md lists no such notice among the ones published by design).",
    "A 驾驶证号, 从业资格证号 or 特种设备作业人员证号 equal to the ID number is labelled id_card; "
    "the 12-digit 驾驶证档案编号 and the 导游证号 (D-xxxx-xxxxxx) are not labelled (no kind; near-misses).",
    "准驾车型 (C1, A2 …) and a statutory reason with no condition named ('身体条件不适合驾驶机动车') are not "
    "health; a named disease in the reason ('癫痫病') is.",
    "Occupational diseases are labelled as the whole diagnosis phrase "
    "('职业性矽肺贰期', '职业性噪声聋（轻度）'), not the words 诊断为/结论; a 疑似职业病 or a 职业禁忌证 "
    "finding is health; '目前未见异常' and '复查' are not.",
    "Employers, diagnosing institutions and the doctors who sign a diagnosis are not labelled (public role).",
    "A 救助站's 无名氏 and a physical description (身高、体态、衣着、口音) are not labelled; a suspected "
    "condition ('疑似精神障碍', '智力残疾', '言语障碍') is health; the place where a person was found "
    "is not an address (no home).",
    "The name a 救助站 gives a long-stayed person for 落户 is labelled as a name; the collective household "
    "address of the 救助站 or 福利院 is an institution's seat, not labelled.",
    "In a 无人认领遗体 notice a disease named as the cause of death is health; a known deceased's "
    "name, ID and home address are labelled (the deceased's relatives are still protected).",
    "A deceased insured person in a 冒领/未销户 notice is labelled like a living one (name, ID, card).",
    "Prisoners in 减刑/假释/暂予监外执行 公示 are not labelled (published by law), nor their crime, "
    "sentence, birth date or 籍贯 (no house number is given); the disease that grounds 暂予监外执行 is "
    "health; the "
    "guarantor's name, ID, phone and address are labelled.",
    "A person under 社区矫正 addressed in a 报到通知 (公告送达) is labelled: name, ID, address.",
    "Teachers who teach at home (送教教师), 资源教师, rehabilitation institutions and 康复 staff are not "
    "labelled (public role).",
    "A disability written in two columns ('智力残疾' | '二级') gives two health spans; written in "
    "one cell it is one span ('智力残疾二级'). A 康复项目 ('人工耳蜗植入') is not labelled.",
    "In 晨检 records the employee checked and the shop's staff who sign as 晨检人 are private persons and "
    "labelled; a symptom ('腹泻', '手部化脓性伤口', '发热') is health, '正常' is not; the body "
    "temperature is not labelled.",
    "Shops and companies named after a person ('老冉家豆花饭', '张北县郝氏建材有限公司') are not "
    "labelled; nor the 负责人 of a shop in a 通报 (public role of an operator).",
    "A 健康证编号, 出生医学证明 number, 不动产权证书 number and 社保卡 card number of 9 characters are not "
    "labelled; a 社会保障号码 (= ID) and the bank account of a 社保卡 are.",
    "In a 遗失声明 the ID inside a 20-digit 残疾人证号 is labelled id_card (the first 18 characters only); "
    "holding a 残疾人证 is not health by itself (no condition named).",
    "A 失物招领 whose owner is unknown has no personal datum; a card's '尾号3321' and '王女士' are "
    "not labelled; a finder given as '李女士' or '王某' is anonymised and not labelled.",
    "The 坐落 of a lost 不动产权证书 is labelled as an address (a home down to 号/室).",
    "The office's contact ('联系人：冉科长', '联系电话：023-…') and the police officer named in a notice are "
    "not labelled.",
]


# ----------------------------------------------------------------------------------------------- checksums

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W, strict=True)) % 11]


def id_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[17].upper() != id_check(s[:17]):
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return s[:6] in ALL_CODES and 1900 < int(s[6:10]) <= 2026


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def org_code(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(rng.choice(chars if i == 0 else "0123456789") for i in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(rng: random.Random, prefix: str, region: str) -> str:
    while True:
        body = prefix + region + org_code(rng)
        if "X" in body[8:] and rng.random() < 0.5:
            continue
        if any(c not in _CC_CHARS for c in body):
            continue
        s = sum(_CC_CHARS.index(c) * w for c, w in zip(body, _CC_W, strict=True))
        code = body + _CC_CHARS[(31 - s % 31) % 31]
        if not id_valid(code):
            return code


def cc_valid(s: str) -> bool:
    if len(s) != 18 or any(c not in _CC_CHARS for c in s):
        return False
    s17 = sum(_CC_CHARS.index(c) * w for c, w in zip(s[:17], _CC_W, strict=True))
    return _CC_CHARS[(31 - s17 % 31) % 31] == s[17]


# ------------------------------------------------------------------------------------------------- regions


@dataclass(frozen=True)
class County:
    code: str
    name: str
    towns: tuple[str, ...]
    villages: tuple[str, ...]
    streets: tuple[str, ...]


@dataclass(frozen=True)
class Region:
    key: str
    prov: str
    city: str
    area: str
    digits: int
    plate: str
    postcode: str
    domain: str
    counties: tuple[County, ...]
    surnames: tuple[str, ...]
    rare: tuple[str, ...]
    given2: tuple[str, ...]
    given1: tuple[str, ...]
    style: str = "han"
    hospital: str = ""
    nations: tuple[str, ...] = ("汉族",)


REGIONS: tuple[Region, ...] = (
    Region(
        "zjk",
        "河北省",
        "张家口市",
        "0313",
        7,
        "冀G",
        "075000",
        "zjk.gov.cn",
        (
            County(
                "130705",
                "宣化区",
                ("天泰寺街道", "皇城街道", "南关街道", "大仓盖镇"),
                ("东望山村", "王家湾村", "李家堡村", "西贾庄村"),
                ("钟楼大街", "长青路", "皇城桥路"),
            ),
            County(
                "130722",
                "张北县",
                ("张北镇", "公会镇", "二台镇", "大河乡"),
                ("西坊子村", "白庙滩村", "郝家营村", "三台村"),
                ("桦皮岭大街", "永春大街", "兴和路"),
            ),
            County(
                "130726",
                "蔚县",
                ("蔚州镇", "暖泉镇", "代王城镇", "西合营镇"),
                ("北官堡村", "西古堡村", "任家涧村", "上苏庄村"),
                ("玉泉路", "鼓楼南街"),
            ),
            County(
                "130730",
                "怀来县",
                ("沙城镇", "土木镇", "东花园镇", "存瑞镇"),
                ("新保安村", "夹河村", "燕家营村", "东八里村"),
                ("府前街", "燕京路", "长城北路"),
            ),
        ),
        (
            "王",
            "张",
            "李",
            "刘",
            "赵",
            "杨",
            "郝",
            "武",
            "贾",
            "高",
            "白",
            "闫",
            "郭",
            "霍",
            "智",
            "樊",
            "宿",
            "任",
            "段",
            "乔",
            "米",
            "安",
        ),
        ("尉", "蔚", "尉迟", "仉", "郏"),
        (
            "建军",
            "志刚",
            "丽娟",
            "秀英",
            "桂兰",
            "海龙",
            "俊峰",
            "晓燕",
            "玉芳",
            "利平",
            "建国",
            "二虎",
            "凤英",
            "永明",
            "文斌",
            "彩霞",
            "润生",
            "宝山",
            "金花",
            "有福",
            "春梅",
            "占海",
            "满仓",
            "雅琪",
        ),
        ("斌", "勇", "涛", "静", "霞", "鹏", "磊", "娜", "芳", "军"),
        hospital="张家口市职业病防治院",
    ),
    Region(
        "sm",
        "福建省",
        "三明市",
        "0598",
        7,
        "闽G",
        "365000",
        "sm.gov.cn",
        (
            County(
                "350404",
                "三元区",
                ("城关街道", "列东街道", "列西街道", "岩前镇"),
                ("忠山村", "吉口村", "黄砂村", "莘口村"),
                ("新市北路", "东新二路", "列东街"),
            ),
            County(
                "350425",
                "大田县",
                ("均溪镇", "石牌镇", "上京镇", "广平镇"),
                ("许思坑村", "桃源村", "林坂村", "东风村"),
                ("赤岩路", "凤山路", "均溪大道"),
            ),
            County(
                "350424",
                "宁化县",
                ("翠江镇", "石壁镇", "泉上镇", "安远镇"),
                ("石壁村", "陈塘村", "杨边村", "南田村"),
                ("北大路", "中环路", "翠园路"),
            ),
            County(
                "350481",
                "永安市",
                ("燕东街道", "燕西街道", "燕南街道", "贡川镇", "小陶镇"),
                ("集凤村", "吉山村", "罗坊村", "洪田村"),
                ("燕江中路", "五四路", "新安路"),
            ),
        ),
        (
            "陈",
            "林",
            "黄",
            "罗",
            "邓",
            "张",
            "赖",
            "巫",
            "伍",
            "廖",
            "池",
            "余",
            "邱",
            "肖",
            "曾",
            "吴",
            "郑",
            "谢",
            "魏",
            "官",
            "姜",
            "涂",
            "连",
            "刘",
        ),
        ("上官", "欧阳", "厍", "暨"),
        (
            "春生",
            "金水",
            "美华",
            "秀琴",
            "丽萍",
            "建华",
            "永福",
            "文彬",
            "荣辉",
            "玉清",
            "桂香",
            "志明",
            "福生",
            "炳坤",
            "爱珍",
            "雅婷",
            "梓涵",
            "宇轩",
            "瑞金",
            "火旺",
            "水莲",
            "德荣",
        ),
        ("鑫", "斌", "凤", "燕", "辉", "彬", "芳", "婷", "坤"),
        hospital="三明市第一医院职业病科",
    ),
    Region(
        "yy",
        "重庆市",
        "重庆市",
        "023",
        8,
        "渝H",
        "409800",
        "youyang.gov.cn",
        (
            County(
                "500242",
                "酉阳县",
                (
                    "桃花源街道",
                    "钟多街道",
                    "龙潭镇",
                    "麻旺镇",
                    "酉酬镇",
                    "大溪镇",
                    "兴隆镇",
                    "黑水镇",
                    "丁市镇",
                    "龚滩镇",
                    "后溪镇",
                    "可大乡",
                ),
                ("河湾村", "后溪村", "长潭村", "杨家坡村", "何家岩村", "梨耳村", "茶园村", "冉家坝村"),
                ("桃花源大道", "民族路", "环城路", "钟多路", "酉州大道"),
            ),
            County(
                "500114",
                "黔江区",
                ("城东街道", "正阳街道", "濯水镇", "石会镇"),
                ("双龙村", "蒲花村", "中塘村"),
                ("新华大道", "城西路"),
            ),
        ),
        (
            "冉",
            "田",
            "彭",
            "向",
            "杨",
            "白",
            "何",
            "石",
            "龙",
            "吴",
            "麻",
            "滕",
            "覃",
            "舒",
            "陈",
            "张",
            "刘",
            "黄",
            "罗",
            "邓",
            "姚",
            "简",
            "任",
            "付",
        ),
        ("欧阳", "司马", "仉", "扶"),
        (
            "光明",
            "德华",
            "秀珍",
            "昌富",
            "仕林",
            "小芳",
            "正兵",
            "海燕",
            "维忠",
            "孝英",
            "兴国",
            "春花",
            "朝贵",
            "明秀",
            "家兴",
            "应祥",
            "金莲",
            "世海",
            "胜强",
            "贵芬",
        ),
        ("军", "娟", "勇", "敏", "琴", "波", "俊", "英"),
        hospital="重庆市职业病防治院",
        nations=("土家族", "苗族", "汉族"),
    ),
    Region(
        "ht",
        "新疆维吾尔自治区",
        "和田地区",
        "0903",
        7,
        "新R",
        "848000",
        "xjht.gov.cn",
        (
            County(
                "653201",
                "和田市",
                ("古江巴格街道", "努尔巴格街道", "纳尔巴格街道", "吉亚乡"),
                ("依盖尔其村", "艾日克村", "阿克恰勒村"),
                ("北京西路", "乌鲁木齐南路", "杭州大道"),
            ),
            County(
                "653222",
                "墨玉县",
                ("喀拉喀什镇", "奎雅镇", "扎瓦镇", "阔依其乡"),
                ("库木巴格村", "托万阿热勒村", "阿亚格吾斯塘村"),
                ("文化路", "团结路"),
            ),
            County(
                "653224",
                "洛浦县",
                ("洛浦镇", "山普鲁镇", "杭桂乡"),
                ("布亚村", "喀什塔什村", "恰尔巴格村"),
                ("城北路", "迎宾路"),
            ),
            County(
                "653226",
                "于田县",
                ("木尕拉镇", "加依乡", "先拜巴扎镇"),
                ("托格日尕孜村", "巴格吉格代村", "喀鲁克村"),
                ("人民路", "团结西路"),
            ),
        ),
        ("王", "张", "李", "刘", "陈", "马", "赵", "孙"),
        ("欧阳",),
        ("建新", "海燕", "志强", "丽华", "新疆", "红梅", "卫东", "玉兰"),
        ("军", "静", "涛", "梅"),
        style="uyghur",
        hospital="和田地区人民医院",
        nations=("维吾尔族", "维吾尔族", "汉族"),
    ),
    Region(
        "ordos",
        "内蒙古自治区",
        "鄂尔多斯市",
        "0477",
        7,
        "蒙K",
        "017000",
        "ordos.gov.cn",
        (
            County(
                "150602",
                "东胜区",
                ("林荫街道", "交通街道", "富兴街道", "天骄街道", "泊江海子镇"),
                ("柴家梁村", "折家梁村", "王家坡村"),
                ("天骄北路", "伊煤路", "宝日陶亥东街"),
            ),
            County(
                "150627",
                "伊金霍洛旗",
                ("阿勒腾席热镇", "札萨克镇", "乌兰木伦镇"),
                ("门克庆嘎查", "新庙嘎查", "公尼召嘎查"),
                ("郡王府街", "成陵大道"),
            ),
            County(
                "150626",
                "乌审旗",
                ("嘎鲁图镇", "乌兰陶勒盖镇", "图克镇"),
                ("萨如拉嘎查", "巴音温都尔嘎查", "呼和芒哈嘎查"),
                ("乌审路", "萨拉乌素大街"),
            ),
            County(
                "150622",
                "准格尔旗",
                ("薛家湾镇", "沙圪堵镇", "大路镇"),
                ("柳树湾村", "房塔村", "郝家圪卜村"),
                ("鄂尔多斯路", "迎泽路"),
            ),
        ),
        ("王", "刘", "李", "张", "郝", "高", "韩", "杜", "贺", "乔", "奇", "边", "折", "包", "白"),
        ("尉迟", "宇文", "仉"),
        ("志刚", "建平", "秀兰", "二小", "玉梅", "海军", "利军", "春燕", "改珍", "永胜", "二女", "占林"),
        ("强", "慧", "峰", "霞", "军"),
        style="mongol",
        hospital="鄂尔多斯市职业病防治院",
        nations=("蒙古族", "汉族", "汉族"),
    ),
    Region(
        "hh",
        "湖南省",
        "怀化市",
        "0745",
        7,
        "湘N",
        "418000",
        "huaihua.gov.cn",
        (
            County(
                "431202",
                "鹤城区",
                ("城中街道", "迎丰街道", "城南街道", "坨院街道"),
                ("盈口村", "黄金坳村", "石门村"),
                ("迎丰中路", "鹤洲南路", "人民南路"),
            ),
            County(
                "431230",
                "通道侗族自治县",
                ("双江镇", "县溪镇", "坪坦乡", "牙屯堡镇"),
                ("芋头村", "皇都村", "坪坦村", "杨家团村"),
                ("民族路", "侗乡大道"),
            ),
            County(
                "431228",
                "芷江侗族自治县",
                ("芷江镇", "新店坪镇", "罗旧镇", "公坪镇"),
                ("五郎溪村", "杨家冲村", "碧河村"),
                ("和平路", "东门街"),
            ),
            County(
                "431229",
                "靖州苗族侗族自治县",
                ("渠阳镇", "甘棠镇", "三锹乡"),
                ("地笋村", "菜地村", "岩脚村"),
                ("飞山大道", "诚意路"),
            ),
        ),
        (
            "杨",
            "吴",
            "龙",
            "粟",
            "石",
            "姚",
            "蒋",
            "滕",
            "欧",
            "舒",
            "向",
            "谌",
            "瞿",
            "覃",
            "张",
            "李",
            "刘",
            "陈",
            "唐",
            "戴",
            "潘",
            "胡",
        ),
        ("欧阳", "扶", "濮", "操"),
        (
            "昌文",
            "光辉",
            "秀梅",
            "再兴",
            "金凤",
            "胜利",
            "远清",
            "喜妹",
            "德贵",
            "立春",
            "春兰",
            "兴旺",
            "银花",
            "志勇",
            "湘平",
            "红英",
            "通林",
            "老三",
            "妹崽",
            "梓豪",
        ),
        ("华", "斌", "芳", "勇", "莉", "强", "燕"),
        hospital="怀化市第一人民医院",
        nations=("侗族", "苗族", "汉族"),
    ),
)
ALL_CODES = {c.code for r in REGIONS for c in r.counties}

UY_M = (
    "买买提",
    "艾力",
    "阿卜杜拉",
    "吐尔逊",
    "库尔班",
    "艾买提",
    "麦麦提",
    "伊力哈木",
    "肉孜",
    "吾斯曼",
    "热合曼",
    "亚森",
    "图尔荪",
    "努尔买买提",
    "阿不都热依木",
    "艾尔肯",
    "如孜",
)
UY_F = (
    "阿依古丽",
    "热依汗古丽",
    "帕提古丽",
    "古丽努尔",
    "阿依努尔",
    "祖丽胡玛尔",
    "米热古丽",
    "布合力其汗",
    "阿米娜",
    "努尔尼沙",
    "萨迪古丽",
    "茹克亚",
)
MG_M = (
    "巴特尔",
    "额尔敦",
    "那顺乌日图",
    "宝音",
    "敖日格乐",
    "朝鲁门",
    "阿拉坦仓",
    "孟和",
    "呼和",
    "格日勒图",
    "布仁巴雅尔",
    "额尔德尼",
    "苏和",
    "那顺",
    "达来",
)
MG_F = (
    "苏日娜",
    "其木格",
    "斯琴高娃",
    "乌云其其格",
    "萨仁",
    "图雅",
    "娜仁花",
    "乌兰",
    "高娃",
    "萨如拉",
    "其其格",
)

GIVEN = (
    "国庆",
    "红霞",
    "卫国",
    "淑珍",
    "新民",
    "丽华",
    "振华",
    "桂芳",
    "德明",
    "玉莲",
    "宏伟",
    "秀梅",
    "晓东",
    "海霞",
    "志远",
    "翠花",
    "文军",
    "美玲",
    "子轩",
    "欣怡",
    "浩然",
    "诗琪",
    "俊杰",
    "佳怡",
    "天佑",
    "思雨",
    "家豪",
    "雨涵",
    "明亮",
    "桂珍",
    "永红",
    "爱国",
    "金生",
    "银凤",
    "长林",
    "小红",
)
FEMALE = set("丽娟秀英桂兰燕玉芳凤彩霞花梅琪静娜美琴萍香珍婷涵莲妹女慧红银春")
MOBILE_PREFIX = (
    "130",
    "131",
    "132",
    "133",
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
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
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
CARD_PREFIX = (
    ("622202", 19),
    ("621226", 19),
    ("622848", 19),
    ("621700", 19),
    ("622700", 19),
    ("621799", 19),
    ("622188", 19),
    ("622262", 19),
    ("621661", 19),
    ("623058", 19),
    ("622588", 16),
    ("621483", 16),
    ("622909", 18),
    ("623668", 19),
    ("456351", 16),
    ("524091", 16),
    ("438088", 16),
)
BANKS = {
    "6222": "中国工商银行",
    "6212": "中国工商银行",
    "6228": "中国农业银行",
    "6217": "中国建设银行",
    "6227": "中国建设银行",
    "62179": "中国邮政储蓄银行",
    "6221": "中国邮政储蓄银行",
    "6222 6": "交通银行",
    "6216": "中国银行",
    "6230": "平安银行",
    "6225": "招商银行",
    "6214": "招商银行",
    "6229": "兴业银行",
    "6236": "中国建设银行",
    "4563": "中国银行",
    "5240": "中国建设银行",
    "4380": "中国建设银行",
}


# -------------------------------------------------------------------------------------------------- people


@dataclass
class Person:
    name: str
    sex: str
    birth: dt.date
    id: str
    mobile: str
    county: County
    address: str
    town: str
    nation: str

    @property
    def age(self) -> int:
        return 2025 - self.birth.year


@dataclass
class World:
    rng: random.Random
    region: Region
    used: set[str] = field(default_factory=set)

    def r(self) -> random.Random:
        return self.rng

    def county(self) -> County:
        return self.rng.choice(self.region.counties)

    def name(self, sex: str) -> str:
        rg, rng = self.region, self.rng
        for _ in range(50):
            if rg.style == "uyghur" and rng.random() < 0.8:
                g = rng.choice(UY_M if sex == "男" else UY_F)
                f = rng.choice(UY_M)
                while f == g:
                    f = rng.choice(UY_M)
                n = f"{g}·{f}" if rng.random() < 0.75 else g + f
            elif rg.style == "mongol" and rng.random() < 0.45:
                n = rng.choice(MG_M if sex == "男" else MG_F)
            else:
                sur = rng.choice(rg.rare) if rng.random() < 0.1 else rng.choice(rg.surnames)
                pool = rg.given1 if rng.random() < 0.22 else rg.given2 if rng.random() < 0.6 else GIVEN
                fit = [x for x in pool if (any(ch in FEMALE for ch in x)) == (sex == "女")] or list(pool)
                g = rng.choice(fit)
                n = sur + g
            if n not in self.used and "某" not in n:
                self.used.add(n)
                return n
        raise AssertionError("names exhausted")

    def ident(self, code: str, birth: dt.date, sex: str) -> str:
        rng = self.rng
        seq = rng.randrange(0, 999)
        if (seq % 2 == 1) != (sex == "男"):
            seq = (seq + 1) % 1000
        body = f"{code}{birth:%Y%m%d}{seq:03d}"
        return body + id_check(body)

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIX) + f"{self.rng.randrange(10**8):08d}"

    def landline(self) -> str:
        rg = self.region
        n = self.rng.randrange(2, 9) * 10 ** (rg.digits - 1) + self.rng.randrange(10 ** (rg.digits - 1))
        return f"{rg.area}-{n}"

    def card(self) -> str:
        while True:
            pre, n = self.rng.choice(CARD_PREFIX)
            body = pre + "".join(str(self.rng.randrange(10)) for _ in range(n - len(pre) - 1))
            card = luhn_complete(body)
            if not id_valid(card) and not cc_valid(card):
                return card

    def address(self, c: County, town: str) -> str:
        rng = self.rng
        head = rng.choice(["", "", c.name, self.region.city + c.name])
        if not head:
            head = c.name
        if town.endswith("街道") or rng.random() < 0.2:
            st = rng.choice(c.streets)
            form = rng.randrange(4)
            if form == 0:
                tail = f"{st}{rng.randint(1, 399)}号"
            elif form == 1:
                tail = f"{st}{rng.randint(1, 260)}号{rng.randint(1, 12)}栋"
                tail += f"{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
            elif form == 2:
                tail = f"{st}{rng.choice(['幸福', '和谐', '锦绣', '阳光', '滨河'])}小区"
                tail += f"{rng.randint(1, 30)}栋{rng.randint(1, 20)}0{rng.randint(1, 6)}室"
            else:
                tail = f"{st}{rng.randint(1, 99)}号院{rng.randint(1, 9)}号楼"
                tail += f"{rng.randint(1, 3)}单元{rng.randint(1, 6)}0{rng.randint(1, 2)}"
                tail += "室"
            return head + town + tail
        v = rng.choice(c.villages)
        if v.endswith("嘎查"):
            return head + town + v + f"{rng.choice('一二三四五')}社{rng.randint(1, 60)}号"
        form = rng.randrange(3)
        if form == 0:
            return head + town + v + f"{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
        if form == 1:
            return head + town + v + f"{rng.randint(1, 9)}组"
        return head + town + v + f"{rng.randint(1, 200)}号"

    def person(self, sex: str | None = None, lo: int = 18, hi: int = 75) -> Person:
        rng = self.rng
        sex = sex or rng.choice("男女")
        c = self.county()
        y = 2025 - rng.randint(lo, hi)
        birth = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        town = rng.choice(c.towns)
        nat = rng.choice(self.region.nations)
        return Person(
            self.name(sex),
            sex,
            birth,
            self.ident(c.code, birth, sex),
            self.mobile(),
            c,
            self.address(c, town),
            town,
            nat,
        )

    def company(self, kind: str = "") -> str:
        rng, c = self.rng, self.county()
        sur = rng.choice(self.region.surnames)
        words = kind or rng.choice(
            ["矿业", "建材", "石材", "陶瓷", "机械制造", "煤业", "化工", "铸造", "木业"]
        )
        form = rng.randrange(3)
        if form == 0:
            return f"{c.name}{rng.choice(['鑫源', '宏达', '金鼎', '兴旺', '恒泰', '华丰'])}{words}有限公司"
        if form == 1:
            return f"{self.region.city}{sur}氏{words}有限责任公司"
        return f"{c.name}{rng.choice(c.towns)}{rng.choice(c.villages)}{words}厂"

    def shop(self) -> str:
        rng = self.rng
        sur = rng.choice(self.region.surnames)
        return rng.choice(
            [
                f"老{sur}家豆花饭",
                f"{sur}记米粉店",
                f"{self.county().name}{sur}姐餐馆",
                f"{rng.choice(['顺心', '好客', '福满'])}快餐店",
                f"{sur}氏羊肉馆",
                f"{rng.choice(['聚友', '悦来'])}宾馆",
                f"{rng.choice(['新潮', '靓丽'])}理发店",
                f"{rng.choice(['阳光', '向日葵'])}幼儿园食堂",
                f"{sur}师傅烧烤店",
            ]
        )

    def docno(self, dept: str) -> str:
        c = self.county().name.replace("县", "").replace("区", "").replace("旗", "").replace("市", "")
        c = c.replace("侗族自治", "").replace("苗族侗族自治", "")
        return f"{c[:2]}{dept}〔2025〕{self.rng.randint(2, 180)}号"

    def index_no(self) -> str:
        return f"{credit_code(self.rng, '11', self.county().code)}/2025-{self.rng.randint(1, 30000):05d}"

    def date(self, y0: int = 2024, y1: int = 2025) -> str:
        d = dt.date(self.rng.randint(y0, y1), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return f"{d.year}年{d.month}月{d.day}日"

    def office_phone(self) -> str:
        return self.landline()

    def official(self) -> str:
        return self.name(self.rng.choice("男女"))

    def plate(self) -> str:
        rng = self.rng
        tail = "".join(rng.choice("0123456789ABCDEFGHJK" if k == 1 else "0123456789") for k in range(4))
        if rng.random() < 0.15:
            return self.region.plate + rng.choice("DF") + rng.choice("ABCDEFGHJK0123456789") + tail
        return self.region.plate + rng.choice(["·", "", ""]) + rng.choice("ABCDEFHJKL") + tail


# ------------------------------------------------------------------------------------------------ document


class Doc:
    def __init__(self, rng: random.Random, pdf: bool) -> None:
        self.rng = rng
        self.pdf = pdf
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[dict[str, object]] = []
        self.width = rng.randint(28, 40)
        self.space_sep = rng.choice(["　", "  ", " ", "   "])
        self.page = 1

    def add(self, s: str, kind: str | None = None) -> None:
        if not s:
            return
        if kind:
            self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(s), "text": s})
        self.buf.append(s)
        self.n += len(s)

    def segs(self, segs: Iterable[Seg]) -> None:
        for s, k in segs:
            self.add(s, k)

    def line(self, *segs: Seg | str) -> None:
        for s in segs:
            if isinstance(s, str):
                self.add(s)
            else:
                self.add(s[0], s[1])
        self.add("\n")

    def para(self, segs: list[Seg], indent: str = "　　") -> None:
        if not self.pdf:
            self.add(indent)
            self.segs(segs)
            self.add("\n")
            return
        self.add(indent)
        col = len(indent)
        w = self.width
        for s, k in segs:
            if k is None or k == "address":
                if k and col >= w:
                    self.add("\n")
                    col = 0
                out: list[str] = []
                for ch in s:
                    if col >= w:
                        out.append("\n")
                        col = 0
                    out.append(ch)
                    col += 1
                self.add("".join(out), k)
            else:
                if col + len(s) > w and col > 0:
                    self.add("\n")
                    col = 0
                self.add(s, k)
                col += len(s)
        self.add("\n")

    def page_break(self, title: str) -> None:
        self.page += 1
        style = self.rng.randrange(3)
        if style == 0:
            self.add(f"- {self.page - 1} -\n")
        elif style == 1:
            self.add(f"第 {self.page - 1} 页 共 {self.page + self.rng.randint(0, 1)} 页\n")
        else:
            self.add(f"— {self.page - 1} —\n{title}\n")
        if self.rng.random() < 0.4:
            self.add(f"{title}\n")

    def spaced(self, cell: Cell) -> Cell:
        if not self.pdf:
            return cell
        out: Cell = []
        for s, k in cell:
            if k == "name" and len(s) == 2 and "·" not in s:
                out.append((s[0] + self.space_sep + s[1], k))
            else:
                out.append((s, k))
        return out

    def table(self, header: list[str], rows: list[list[Cell]], layout: str, title: str = "") -> None:
        rng = self.rng
        rows = [[self.spaced(c) for c in row] for row in rows] if self.pdf and layout != "numbered" else rows
        brk = rng.randint(5, 9) if self.pdf else 0

        def cell_text(c: Cell) -> str:
            return "".join(s for s, _ in c)

        if layout == "html":
            self.add("<table>\n<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>\n")
            for row in rows:
                self.add("<tr>")
                for c in row:
                    self.add("<td>")
                    self.segs(c)
                    self.add("</td>")
                self.add("</tr>\n")
            self.add("</table>\n")
            return
        if layout == "pipe":
            self.add("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n")
            for row in rows:
                self.add("| ")
                for i, c in enumerate(row):
                    if i:
                        self.add(" | ")
                    self.segs(c)
                self.add(" |\n")
            return
        if layout == "csv":
            self.add(",".join(header) + "\n")
            for row in rows:
                for i, c in enumerate(row):
                    if i:
                        self.add(",")
                    self.add('"')
                    self.segs(c)
                    self.add('"')
                self.add("\n")
            return
        if layout == "numbered":
            for i, row in enumerate(rows, 1):
                self.add(f"{i}{rng.choice(['．', '.', '、'])}")
                first = True
                for h, c in zip(header[1:], row[1:], strict=True):
                    if not cell_text(c):
                        continue
                    if not first:
                        self.add("，")
                    first = False
                    if h not in ("姓名", "受助人"):
                        self.add(f"{h}：")
                    self.segs(c)
                self.add("。\n")
            return
        widths = [max(len(h), *(len(cell_text(r[i])) for r in rows)) + 2 for i, h in enumerate(header)]
        if layout == "cell":
            for h in header:
                self.add(h + "\n")
        elif layout == "tab":
            self.add("\t".join(header) + "\n")
        else:
            self.add("".join(h + " " * (w - len(h)) for h, w in zip(header, widths, strict=True)).rstrip())
            self.add("\n")
        for j, row in enumerate(rows):
            if brk and j and j % brk == 0:
                self.page_break(title)
            for i, c in enumerate(row):
                if layout == "cell":
                    self.segs(c)
                    self.add("\n")
                elif layout == "tab":
                    if i:
                        self.add("\t")
                    self.segs(c)
                else:
                    self.segs(c)
                    if i < len(row) - 1:
                        self.add(" " * max(2, widths[i] - len(cell_text(c))))
            if layout != "cell":
                self.add("\n")

    def form(self, fields: list[tuple[str, Cell]], style: str) -> None:
        rng = self.rng
        if style == "pipe":
            self.add("| 项目 | 内容 |\n|---|---|\n")
            for lab, c in fields:
                self.add(f"| {lab} | ")
                self.segs(c)
                self.add(" |\n")
            return
        if style == "cells":
            for lab, c in fields:
                self.add(lab + "\n")
                self.segs(self.spaced(c))
                self.add("\n")
            return
        if style == "pairs":
            sep = rng.choice(["　　", "    ", "\t"])
            for i, (lab, c) in enumerate(fields):
                self.add(f"{lab}：")
                self.segs(c)
                self.add(sep if i % 2 == 0 and i < len(fields) - 1 else "\n")
            if len(fields) % 2 == 1:
                pass
            elif not self.text().endswith("\n"):
                self.add("\n")
            return
        for lab, c in fields:
            self.add(f"{lab}{rng.choice(['：', '：', ':'])}")
            self.segs(c)
            self.add("\n")

    def text(self) -> str:
        return "".join(self.buf)


def nm(name: str) -> Seg:
    return (name, "name")


def plain(s: str) -> Cell:
    return [(s, None)]


def pii(s: str, kind: str) -> Cell:
    return [(s, kind)]


def grouped(card: str, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return " ".join(card[i : i + 4] for i in range(0, len(card), 4))
    return card


def mask_id(s: str) -> str:
    return s[:6] + "********" + s[-4:]


def mask_mobile(s: str) -> str:
    return s[:3] + "****" + s[-4:]


def email(w: World, p: Person) -> str:
    rng = w.rng
    user = rng.choice(["zhang", "li", "wang", "yang", "chen", "ran", "tian", "long", "wu", "liu", "hao"])
    if rng.random() < 0.4:
        return f"{rng.randint(10**7, 10**10)}@qq.com"
    return (
        f"{user}{p.birth:%m%d}{rng.randint(1, 99)}@{rng.choice(['163.com', '126.com', 'sina.com', 'qq.com'])}"
    )


def anon(w: World) -> str:
    rng = w.rng
    sur = rng.choice(w.region.surnames)
    return rng.choice([f"{sur}某某", f"{sur}某", f"{sur}*", f"{sur}女士", f"{sur}先生", f"{sur}××"])


def footer(d: Doc, w: World, org: str, contact: bool = True) -> None:
    rng = w.rng
    if contact and rng.random() < 0.8:
        sur = rng.choice(w.region.surnames)
        d.line(
            f"联系人：{sur}{rng.choice(['科长', '股长', '主任', '老师', '同志'])}"
            f"　　联系电话：{w.office_phone()}"
        )
        if rng.random() < 0.3:
            d.line(
                f"电子邮箱：{rng.choice(['mzj', 'rsj', 'jtj', 'wjw', 'sfj', 'jyj', 'scjgj'])}"
                f"@{w.region.domain}"
            )
        if rng.random() < 0.3:
            d.line(f"监督电话：{rng.choice(['12345', w.office_phone(), '12348', '12315'])}")
        if rng.random() < 0.3:
            d.line(
                f"通讯地址：{w.county().name}{rng.choice(w.county().streets)}{rng.randint(1, 99)}号"
                f"{org}，邮编：{w.region.postcode}"
            )
    d.add("\n")
    d.line(org)
    d.line(w.date(2025, 2025))


def layouts(d: Doc, big: bool = True) -> str:
    if d.pdf:
        return d.rng.choice(["space", "tab", "cell", "space"])
    opts = ["tab", "space", "pipe", "html", "csv", "cell", "numbered"]
    return d.rng.choice(opts if big else ["tab", "space", "pipe", "html", "cell"])


def meta(d: Doc, w: World, org: str) -> None:
    if w.rng.random() < 0.5:
        d.line(f"索引号：{w.index_no()}　　发布机构：{org}")
        d.line(
            f"发布日期：{w.date(2025, 2025)}　　"
            f"文号：{w.docno(w.rng.choice(['民发', '人社发', '公交', '卫健', '司发']))}"
        )


# ------------------------------------------------------------------------------------------------ licence


def licence(w: World, d: Doc, sub: str) -> None:
    rng, rg = w.rng, w.region
    c = w.county()
    police = f"{rg.city}公安局交通警察{'支队' if rng.random() < 0.5 else '大队'}"
    if sub == "drive_revoke":
        act = rng.choice(["注销", "吊销", "注销"])
        title = f"关于{act}机动车驾驶证的公告"
        meta(d, w, police)
        d.line(title)
        d.line(f"（{w.docno('公交告')}）" if rng.random() < 0.5 else "")
        d.para(
            [
                (
                    f"根据《中华人民共和国道路交通安全法》及公安部《机动车驾驶证申领和使用规定》的有关规定，"
                    f"下列{rng.randint(8, 30)}名机动车驾驶人的驾驶证已被依法{act}，现予公告。自公告之日起，"
                    "上述驾驶证作废，被公告人继续驾驶机动车的，依法按无证驾驶处理。",
                    None,
                )
            ]
        )
        header = ["序号", "姓名", "驾驶证号", "准驾车型", "档案编号", f"{act}原因"]
        withplate = act == "吊销" and rng.random() < 0.5
        if withplate:
            header.insert(5, "涉案车辆号牌")
        rows: list[list[Cell]] = []
        for i in range(rng.randint(3, 12)):
            p = w.person(lo=20, hi=80)
            reason: Cell
            if act == "吊销":
                reason = plain(
                    rng.choice(
                        [
                            "醉酒驾驶机动车",
                            "饮酒后驾驶营运机动车",
                            "造成交通事故后逃逸",
                            "驾驶拼装机动车上道路行驶",
                            "一年内二次饮酒后驾驶",
                        ]
                    )
                )
            else:
                x = rng.randrange(6)
                if x == 0:
                    reason = [
                        ("身体条件不适合驾驶机动车（", None),
                        (rng.choice(["癫痫病", "器质性心脏病", "精神分裂症", "帕金森病"]), "health"),
                        ("）", None),
                    ]
                else:
                    reason = plain(
                        rng.choice(
                            [
                                "超过有效期一年以上未换证",
                                "驾驶人死亡",
                                "本人申请注销",
                                "身体条件不适合驾驶机动车",
                                "未按规定提交身体条件证明",
                                "超过有效期一年以上未换证",
                            ]
                        )
                    )
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(p.name)],
                    pii(p.id, "id_card"),
                    plain(rng.choice(["C1", "C2", "A2", "B2", "A1", "C1E", "D", "B1"])),
                    plain(f"{p.county.code[:4]}{rng.randrange(10**8):08d}"),
                    *([pii(w.plate(), "license_plate")] if withplate else []),
                    reason,
                ]
            )
        d.table(header, rows, layouts(d), title)
        d.para([(f"如对本公告有异议，请于公告之日起六十日内到{police}车辆管理所咨询。", None)])
        footer(d, w, police)
    elif sub == "drive_letter":
        p = w.person(lo=22, hi=60)
        down = rng.random() < 0.4
        d.line(f"{police}")
        d.line("机动车驾驶证" + ("降级" if down else "吊销") + "公告")
        d.line(f"{rng.choice(['公交决字', '公交罚决字'])}〔2025〕第{rng.randint(100, 9999)}号")
        d.line(nm(p.name), ("（驾驶证号：", None), (p.id, "id_card"), ("）：", None))
        plate = w.plate()
        vehicle = rng.choice(["小型轿车", "重型半挂牵引车", "中型普通客车", "轻型厢式货车"])
        if down:
            d.para(
                [
                    (
                        f"你持有的准驾车型为{rng.choice(['A2', 'B2', 'A1'])}的机动车驾驶证，"
                        "在一个记分周期内累计"
                        f"记满12分，且未按规定参加道路交通安全法律、法规和相关知识考试。依据《机动车驾驶证申领和使用"
                        "规定》第八十三条的规定，本机关决定将你的机动车驾驶证降级为C1准驾车型。",
                        None,
                    )
                ]
            )
        else:
            d.para(
                [
                    (f"你于{w.date(2024, 2025)}驾驶车牌号为", None),
                    (plate, "license_plate"),
                    (f"的{vehicle}行驶至{c.name}{rng.choice(c.streets)}路段时，", None),
                    ("经血液酒精含量检验，结果为", None),
                    (f"{rng.randint(81, 260)}mg/100ml", None),
                    (
                        "，属醉酒驾驶机动车。依据《中华人民共和国道路交通安全法》第九十一条第二款之规定，本机关决定"
                        "吊销你的机动车驾驶证，五年内不得重新取得机动车驾驶证。",
                        None,
                    ),
                ]
            )
        d.para(
            [
                ("因", None),
                nm(p.name),
                ("下落不明，无法直接送达，现依法公告送达。自公告之日起经过六十日，即视为送达。", None),
            ]
        )
        if rng.random() < 0.5:
            d.para(
                [
                    ("你的户籍登记住址为", None),
                    (p.address, "address"),
                    (
                        f"，如对本决定不服，可在收到本决定书之日起六十日内向{rg.city}人民政府申请行政复议。",
                        None,
                    ),
                ]
            )
        footer(d, w, police)
    elif sub == "transport_cert":
        org = f"{c.name}交通运输局"
        title = "关于注销道路运输从业人员从业资格证的公告"
        meta(d, w, org)
        d.line(title)
        d.para(
            [
                (
                    "根据《道路运输从业人员管理规定》第四十六条规定，经核查，下列人员的道路运输从业资格证符合注销"
                    "条件，我局依法予以注销，其持有的从业资格证件自公告之日起作废。",
                    None,
                )
            ]
        )
        header = ["序号", "姓名", "性别", "从业资格证号", "从业资格类别", "注销原因"]
        rows = []
        for i in range(rng.randint(3, 14)):
            p = w.person(lo=25, hi=64)
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(p.name)],
                    plain(p.sex),
                    pii(p.id, "id_card"),
                    plain(
                        rng.choice(
                            [
                                "道路旅客运输驾驶员",
                                "道路货物运输驾驶员",
                                "危险货物道路运输驾驶员",
                                "危险货物道路运输押运人员",
                                "出租汽车驾驶员",
                            ]
                        )
                    ),
                    plain(
                        rng.choice(
                            [
                                "超过有效期180日未申请换证",
                                "本人申请注销",
                                "年龄超过60周岁",
                                "机动车驾驶证被注销",
                                "持证人死亡",
                            ]
                        )
                    ),
                ]
            )
        d.table(header, rows, layouts(d), title)
        footer(d, w, org)
    elif sub == "special_equip":
        org = f"{rg.city}市场监督管理局" if rng.random() < 0.6 else f"{c.name}市场监督管理局"
        title = "特种设备作业人员证注销公告"
        meta(d, w, org)
        d.line(title)
        d.para(
            [
                (
                    "依据《特种设备作业人员监督管理办法》和《特种设备安全监督检查办法》，下列人员持有的《特种设备"
                    "安全管理和作业人员证》因逾期未申请复审等原因，予以注销。注销后，持证人不得继续从事相应作业。",
                    None,
                )
            ]
        )
        header = ["序号", "姓名", "证件编号", "作业项目", "用人单位", "注销原因"]
        rows = []
        for i in range(rng.randint(3, 10)):
            p = w.person(lo=22, hi=62)
            comp = w.company()
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(p.name)],
                    pii(p.id, "id_card"),
                    plain(
                        rng.choice(
                            [
                                "N1叉车司机",
                                "G1工业锅炉司炉",
                                "G3锅炉水处理",
                                "Q2起重机司机",
                                "R1快开门式压力容器操作",
                                "A特种设备安全管理",
                            ]
                        )
                    ),
                    plain(comp),
                    plain(rng.choice(["逾期未复审", "持证人死亡", "用人单位申请", "复审不合格"])),
                ]
            )
        d.table(header, rows, layouts(d), title)
        if rng.random() < 0.5:
            comp = w.company()
            d.para(
                [
                    (
                        f"另：{comp}（统一社会信用代码：{credit_code(rng, '91', c.code)}）"
                        "申请注销的作业人员证"
                        "已一并处理。",
                        None,
                    )
                ]
            )
        footer(d, w, org)
    else:  # guide
        org = f"{rg.prov}文化和旅游厅" if rng.random() < 0.5 else f"{rg.city}文化旅游广电局"
        d.line("关于注销部分导游证的公告")
        d.para(
            [
                (
                    "根据《导游管理办法》第十五条的规定，下列导游人员的导游证予以注销，其导游证自公告之日起失效，"
                    "不得继续执业。",
                    None,
                )
            ]
        )
        header = ["序号", "姓名", "导游证号", "语种", "注销原因"]
        rows = []
        for i in range(rng.randint(3, 12)):
            p = w.person(lo=22, hi=60)
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(p.name)],
                    plain(f"D-{rng.randint(1000, 9999)}-{rng.randrange(10**6):06d}"),
                    plain(rng.choice(["中文", "中文", "英语", "维吾尔语", "蒙古语"])),
                    plain(
                        rng.choice(
                            [
                                "与旅行社订立的劳动合同解除后3个月内未与其他旅行社订立劳动合同",
                                "本人申请注销",
                                "取得导游证后从未执业",
                                "死亡",
                            ]
                        )
                    ),
                ]
            )
        d.table(header, rows, layouts(d), "导游证注销公告")
        footer(d, w, org)


# --------------------------------------------------------------------------------------------- occdisease

DISEASES = (
    "职业性矽肺壹期",
    "职业性矽肺贰期",
    "职业性煤工尘肺叁期",
    "职业性尘肺病壹期（矽肺）",
    "职业性噪声聋（轻度）",
    "职业性噪声聋（中度）",
    "职业性慢性铅中毒",
    "职业性苯中毒",
    "职业性水泥尘肺壹期",
    "职业性电焊工尘肺贰期",
    "职业性慢性轻度汞中毒",
)


def occdisease(w: World, d: Doc, sub: str) -> None:
    rng, rg = w.rng, w.region
    c = w.county()
    if sub == "diagnosis":
        org = f"{c.name}卫生健康局" if rng.random() < 0.5 else rg.hospital
        title = rng.choice(["职业病诊断结论公示", "职业病鉴定结论公示", "职业病诊断证明书"])
        meta(d, w, org)
        d.line(title)
        many = rng.random() < 0.5
        if many:
            d.para(
                [
                    (
                        f"根据《职业病诊断与鉴定管理办法》，{rg.hospital}对以下劳动者作出职业病诊断结论，现予公示。"
                        "公示期为7个工作日。",
                        None,
                    )
                ]
            )
            header = ["序号", "姓名", "性别", "身份证号", "用人单位", "诊断结论", "诊断日期"]
            rows: list[list[Cell]] = []
            for i in range(rng.randint(2, 9)):
                p = w.person(lo=30, hi=68)
                rows.append(
                    [
                        plain(str(i + 1)),
                        [nm(p.name)],
                        plain(p.sex),
                        pii(p.id, "id_card"),
                        plain(w.company()),
                        pii(rng.choice(DISEASES), "health"),
                        plain(w.date()),
                    ]
                )
            d.table(header, rows, layouts(d), title)
        else:
            p = w.person(lo=30, hi=68)
            comp = w.company()
            fields: list[tuple[str, Cell]] = [
                ("姓名", [nm(p.name)]),
                ("性别", plain(p.sex)),
                ("年龄", plain(f"{p.age}岁")),
                ("身份证号", pii(p.id, "id_card")),
                ("联系电话", pii(p.mobile, "mobile")),
                *([("电子邮箱", pii(email(w, p), "email"))] if rng.random() < 0.3 else []),
                ("用人单位", plain(comp)),
                ("统一社会信用代码", plain(credit_code(rng, "91", c.code))),
                ("接触职业病危害因素", plain(rng.choice(["矽尘", "煤尘", "噪声", "电焊烟尘", "铅烟"]))),
                ("接害工龄", plain(f"{rng.randint(3, 28)}年")),
                ("诊断结论", pii(rng.choice(DISEASES), "health")),
                ("诊断机构", plain(rg.hospital)),
                ("诊断医师", plain("、".join(w.official() for _ in range(3)))),
                ("诊断证明书编号", plain(f"{rg.plate[0]}职诊〔2025〕{rng.randint(1, 300):03d}号")),
            ]
            if rng.random() < 0.5:
                fields.insert(5, ("家庭住址", pii(p.address, "address")))
            d.form(
                fields, rng.choice(["lines", "pairs", "cells", "pipe"] if not d.pdf else ["lines", "cells"])
            )
            d.para(
                [
                    ("当事人", None),
                    nm(p.name),
                    (
                        "或用人单位对诊断结论有异议的，可在接到诊断证明书之日起30日内，"
                        f"向{rg.city}卫生健康委员会申请鉴定。",
                        None,
                    ),
                ]
            )
        footer(d, w, org)
    elif sub == "pneumo_relief":
        org = f"{c.name}民政局" if rng.random() < 0.5 else f"{c.name}医疗保障局"
        title = f"{c.name}2025年度尘肺病农民救助名单"
        d.line(title)
        d.para(
            [
                (
                    "根据《关于做好尘肺病重点行动工作的通知》要求，经乡镇（街道）初审、县级复核，下列尘肺病患者符合"
                    "救助条件，现将名单公示如下（公示期5个工作日）：",
                    None,
                )
            ]
        )
        header = ["序号", "乡镇", "姓名", "身份证号", "家庭住址", "诊断期别", "救助金额（元）", "发放账号"]
        rows = []
        for i in range(rng.randint(3, 12)):
            p = w.person(lo=40, hi=80)
            stage = rng.choice(["尘肺病壹期", "尘肺病贰期", "尘肺病叁期", "矽肺壹期", "矽肺叁期"])
            rows.append(
                [
                    plain(str(i + 1)),
                    plain(p.town),
                    [nm(p.name)],
                    pii(p.id, "id_card"),
                    pii(p.address, "address"),
                    pii(stage, "health"),
                    plain(rng.choice(["3000", "5000", "8000", "2000"])),
                    pii(grouped(w.card(), rng), "bank_card"),
                ]
            )
        d.table(header, rows, layouts(d), title)
        d.para([(f"公示期内如有异议，请向{org}反映。举报电话：{w.office_phone()}。", None)])
        footer(d, w, org, contact=False)
    else:  # exam_abnormal
        org = f"{c.name}卫生健康局"
        comp = w.company()
        title = "关于职业健康检查结果异常情况的通报"
        meta(d, w, org)
        d.line(title)
        n = rng.randint(40, 300)
        d.para(
            [
                (
                    f"{w.date(2025, 2025)}，{rg.hospital}对{comp}"
                    f"（统一社会信用代码：{credit_code(rng, '91', c.code)}）"
                    f"接触职业病危害因素的{n}名劳动者进行了在岗期间职业健康检查，发现疑似职业病和职业禁忌证人员，"
                    "现将有关情况通报如下：",
                    None,
                )
            ]
        )
        header = ["序号", "姓名", "性别", "工种", "危害因素", "检查结论", "处理意见"]
        rows = []
        for i in range(rng.randint(3, 10)):
            p = w.person(lo=22, hi=58)
            x = rng.randrange(5)
            concl: Cell
            if x == 0:
                concl = pii(rng.choice(["疑似职业性噪声聋", "疑似职业性尘肺病", "疑似职业性矽肺"]), "health")
                adv = "送职业病诊断机构诊断"
            elif x == 1:
                concl = [
                    ("职业禁忌证（", None),
                    (rng.choice(["高血压病", "活动性肺结核", "慢性阻塞性肺病", "糖尿病"]), "health"),
                    ("）", None),
                ]
                adv = "调离原岗位"
            elif x == 2:
                concl = pii(rng.choice(["双耳高频听力下降", "肺部小阴影", "血铅超标"]), "health")
                adv = "复查"
            else:
                concl = plain(rng.choice(["目前未见异常", "复查未见异常"]))
                adv = "定期体检"
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(p.name)],
                    plain(p.sex),
                    plain(rng.choice(["破碎工", "凿岩工", "电焊工", "装载工", "球磨工", "铸造工"])),
                    plain(rng.choice(["矽尘", "噪声", "电焊烟尘", "铅烟"])),
                    concl,
                    plain(adv),
                ]
            )
        d.table(header, rows, layouts(d), title)
        d.para(
            [
                (
                    "请用人单位按照《中华人民共和国职业病防治法》第三十五条的规定，及时安排上述人员复查、诊断，"
                    "不得安排有职业禁忌的劳动者从事其所禁忌的作业。",
                    None,
                )
            ]
        )
        footer(d, w, org)


# ------------------------------------------------------------------------------------------------ vagrant


def vagrant(w: World, d: Doc, sub: str) -> None:
    rng, rg = w.rng, w.region
    c = w.county()
    station = f"{c.name}救助管理站"
    if sub == "seek_kin":
        title = "寻亲公告"
        d.line(f"{station}{title}")
        for k in range(rng.randint(1, 3)):
            sex = rng.choice("男女")
            known = rng.random() < 0.4
            head = "一二三"[k]
            if known:
                n = w.name(sex)
                d.line(f"{head}、受助人：", nm(n), f"（自述），{sex}")
            else:
                d.line(f"{head}、受助人：无名氏（{sex}）")
            town = rng.choice(c.towns)
            place = rng.choice(["汽车站附近", "农贸市场门口", "高速公路服务区", "桥洞下", "火车站候车室"])
            segs: list[Seg] = [
                (
                    f"该受助人年龄约{rng.randint(15, 75)}岁，身高约{rng.randint(150, 180)}cm，"
                    f"{rng.choice(['体型偏瘦', '体型中等', '体型偏胖'])}，"
                    f"{rng.choice(['短发', '光头', '长发', '头发花白'])}，"
                    f"操{rng.choice(['四川', '贵州', '河南', '本地', '不明'])}口音，"
                    f"于{w.date(2023, 2025)}在{c.name}{town}{place}被"
                    f"{town.replace('街道', '').replace('镇', '')}"
                    f"派出所民警发现并护送至我站。",
                    None,
                )
            ]
            x = rng.randrange(4)
            if x < 3:
                segs += [
                    ("经医院检查，该受助人", None),
                    (
                        rng.choice(
                            [
                                "疑似精神障碍",
                                "智力残疾",
                                "言语障碍",
                                "患有阿尔茨海默病",
                                "左下肢残疾",
                                "双耳失聪",
                            ]
                        ),
                        "health",
                    ),
                    ("，无法准确提供家庭住址及亲属信息。", None),
                ]
            else:
                segs += [("因其表达不清，无法提供家庭住址及亲属信息。", None)]
            if known:
                segs += [("据其本人自述名为", None), nm(n), ("，其余信息无法核实。", None)]
            d.para(segs)
            d.para([("（附照片）", None)])
        d.para([("请知情者或其亲属见公告后与我站联系。公告期满无人认领的，我站将按有关规定妥善安置。", None)])
        d.line(f"联系人：{rng.choice(rg.surnames)}站长　联系电话：{w.office_phone()}　（24小时求助热线）")
        footer(d, w, station, contact=False)
    elif sub == "settle":
        title = "长期滞留人员落户公示"
        org = f"{c.name}民政局"
        meta(d, w, org)
        d.line(f"关于{station}{title}")
        d.para(
            [
                (
                    "根据《民政部 公安部关于加强生活无着流浪乞讨人员身份查询和照料安置工作的意见》，"
                    "我站对以下长期"
                    "滞留人员通过DNA比对、人像比对、媒体寻亲等方式开展寻亲工作，均未找到其亲属。经研究，拟为其办理"
                    f"户籍登记，落户地址为{station}集体户"
                    f"（{c.name}{rng.choice(c.streets)}{rng.randint(1, 99)}号）。",
                    None,
                )
            ]
        )
        header = ["序号", "姓名", "性别", "估算出生年份", "入站时间", "健康状况", "安置方式"]
        rows: list[list[Cell]] = []
        for i in range(rng.randint(2, 8)):
            sex = rng.choice("男女")
            n = w.name(sex)
            h: Cell = (
                pii(
                    rng.choice(
                        ["智力残疾二级", "精神残疾一级", "精神分裂症", "言语残疾三级", "智力残疾一级", "癫痫"]
                    ),
                    "health",
                )
                if rng.random() < 0.8
                else plain("良好")
            )
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(n)],
                    plain(sex),
                    plain(f"{rng.randint(1950, 2000)}年"),
                    plain(w.date(2016, 2023)),
                    h,
                    plain(rng.choice(["站内照料", "托养机构", "社会福利院"])),
                ]
            )
        d.table(header, rows, layouts(d), title)
        d.para([(f"公示期为{rng.choice(['30', '15'])}日。如有知情者，请与我站联系。", None)])
        footer(d, w, station)
    else:  # body
        town0 = rng.choice(c.towns).replace("街道", "").replace("镇", "").replace("乡", "")
        org = f"{c.name}公安局{town0}派出所"
        if rng.random() < 0.5:
            org = f"{c.name}殡仪馆"
        d.line("无人认领遗体公告")
        sex = rng.choice("男女")
        known = rng.random() < 0.45
        segs = [
            (
                f"{w.date(2024, 2025)}，在{c.name}{rng.choice(c.towns)}"
                f"{rng.choice(['河道', '路边', '出租屋内', '废弃厂房', '公园长椅'])}发现一具{sex}性遗体。",
                None,
            )
        ]
        p = w.person(sex=sex, lo=40, hi=85)
        if known:
            segs += [
                ("经查，死者系", None),
                nm(p.name),
                ("，身份证号码", None),
                (p.id, "id_card"),
                ("，户籍地址", None),
                (p.address, "address"),
                ("。", None),
            ]
        else:
            segs += [
                (
                    f"死者年龄约{rng.randint(40, 80)}岁，身高约{rng.randint(150, 180)}厘米，"
                    f"上身穿{rng.choice(['蓝色', '黑色', '灰色'])}{rng.choice(['棉衣', '夹克', 'T恤'])}，"
                    f"下身穿{rng.choice(['黑色', '灰色'])}裤子，身份不明。",
                    None,
                )
            ]
        if rng.random() < 0.7:
            segs += [
                ("经法医鉴定，排除他杀，死亡原因为", None),
                (
                    rng.choice(["冠心病急性发作", "肝硬化晚期消化道出血", "肺部感染致呼吸衰竭", "脑出血"]),
                    "health",
                ),
                ("。", None),
            ]
        d.para(segs)
        if known:
            d.para(
                [
                    ("请", None),
                    nm(p.name),
                    (
                        f"的亲属自本公告发布之日起{rng.choice(['30', '60'])}日内到"
                        f"{c.name}殡仪馆办理遗体认领手续，逾期无人认领的，将依法火化处理。",
                        None,
                    ),
                ]
            )
        else:
            d.para(
                [
                    (
                        f"请知情者或死者家属自公告之日起{rng.choice(['30', '60'])}日内与我所联系。"
                        "逾期无人认领，将按"
                        "《殡葬管理条例》有关规定处理。",
                        None,
                    )
                ]
            )
        d.line(f"联系人：{rng.choice(rg.surnames)}警官　联系电话：{w.office_phone()}")
        footer(d, w, org, contact=False)


# ---------------------------------------------------------------------------------------------- socialsec


def socialsec(w: World, d: Doc, sub: str) -> None:
    rng, rg = w.rng, w.region
    c = w.county()
    org = f"{c.name}社会保险事业管理中心" if rng.random() < 0.5 else f"{c.name}人力资源和社会保障局"
    if sub == "overpay":
        dead = w.person(lo=62, hi=95)
        rel = w.person(lo=30, hi=65)
        relation = rng.choice(["儿子", "女儿", "配偶", "儿媳", "孙子"])
        d.line("社会保险待遇追回通知书")
        d.line(f"{rng.choice(['人社追', '社保追字'])}〔2025〕{rng.randint(1, 99)}号")
        if rng.random() < 0.5:
            d.line(nm(rel.name), ("（身份证号码：", None), (rel.id, "id_card"), ("）：", None))
        else:
            d.line(
                nm(rel.name),
                (
                    rng.choice(["同志：", "：", "女士："] if rel.sex == "女" else ["同志：", "：", "先生："]),
                    None,
                ),
            )
        amt = rng.randint(3000, 90000)
        card = w.card()
        d.para(
            [
                ("经核查，我县城乡居民基本养老保险参保人", None),
                nm(dead.name),
                ("（身份证号码：", None),
                (dead.id, "id_card"),
                (
                    f"）已于{w.date(2021, 2024)}死亡，其家属未按规定及时办理注销登记。"
                    f"{w.date(2021, 2024)}至{w.date(2025, 2025)}期间，社会保险经办机构继续"
                    "发放养老保险待遇共计",
                    None,
                ),
                (f"{amt}.00元", None),
                ("。经调查，上述待遇系你（", None),
                nm(dead.name),
                (f"之{relation}）通过", None),
                nm(dead.name),
                ("的社会保障卡金融账户（账号：", None),
                (grouped(card, rng), "bank_card"),
                ("）支取。", None),
            ]
        )
        d.para(
            [
                (
                    "依据《中华人民共和国社会保险法》第八十八条的规定，请你自收到本通知之日起15日内，将多领取的"
                    f"待遇{amt}.00元退回社会保险基金专户（户名：{org}，开户行：{rg.city}农村商业银行，账号："
                    f"{rng.randint(10**19, 10**20 - 1)}）。逾期不退回的，我单位将依法追缴。",
                    None,
                )
            ]
        )
        if rng.random() < 0.6:
            d.para(
                [
                    ("因无法直接送达，现予公告。你的住址：", None),
                    (rel.address, "address"),
                    ("，联系电话：", None),
                    (rel.mobile, "mobile"),
                    ("。", None),
                ]
            )
        footer(d, w, org)
    elif sub == "death_check":
        title = "疑似死亡未销户人员核查名单"
        meta(d, w, org)
        d.line(title)
        d.para(
            [
                (
                    "根据殡葬火化数据、公安户籍注销数据比对，以下参保人员疑似已死亡但仍在领取社会保险待遇。请各乡镇"
                    "（街道）社保所于" + w.date(2025, 2025) + "前完成入户核查，并通知其家属办理注销手续。",
                    None,
                )
            ]
        )
        header = [
            "序号",
            "乡镇（街道）",
            "姓名",
            "身份证号",
            "参保险种",
            "疑似死亡时间",
            "数据来源",
            "家属联系电话",
        ]
        rows: list[list[Cell]] = []
        for i in range(rng.randint(4, 14)):
            p = w.person(lo=60, hi=98)
            ph: Cell = pii(p.mobile, "mobile") if rng.random() < 0.6 else plain("")
            if rng.random() < 0.15:
                ph = pii(w.landline(), "landline")
            rows.append(
                [
                    plain(str(i + 1)),
                    plain(p.town),
                    [nm(p.name)],
                    pii(p.id, "id_card"),
                    plain(rng.choice(["城乡居民养老保险", "企业职工基本养老保险", "机关事业养老保险"])),
                    plain(w.date(2023, 2025)),
                    plain(rng.choice(["火化数据", "公安户籍注销", "医院死亡证明"])),
                    ph,
                ]
            )
        d.table(header, rows, layouts(d), title)
        footer(d, w, org)
    else:  # cert_overdue
        title = "退休人员待遇资格认证逾期未认证人员名单"
        meta(d, w, org)
        d.line(title)
        masked = rng.random() < 0.25
        d.para(
            [
                (
                    f"截至{w.date(2025, 2025)}，以下人员未在规定期限内完成"
                    f"{rng.choice(['2025', '2024'])}年度养老保险"
                    "待遇领取资格认证，自次月起暂停发放养老金。本人可通过“掌上12333”APP、社保服务网点完成认证，"
                    "认证后恢复发放并补发暂停期间待遇。",
                    None,
                )
            ]
        )
        header = ["序号", "姓名", "性别", "身份证号", "原工作单位", "居住地址", "联系电话"]
        rows = []
        for i in range(rng.randint(3, 12)):
            p = w.person(lo=60, hi=92)
            ph = plain("")
            if masked:
                ph = plain(mask_mobile(p.mobile))
            elif rng.random() < 0.2:
                ph = pii(w.landline(), "landline")
            else:
                ph = pii(p.mobile, "mobile")
            addr: Cell = plain(p.town) if masked else pii(p.address, "address")
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(p.name)],
                    plain(p.sex),
                    plain(mask_id(p.id)) if masked else pii(p.id, "id_card"),
                    plain(w.company(rng.choice(["煤业", "砖瓦", "农机", "水泥"]))),
                    addr,
                    ph,
                ]
            )
        d.table(header, rows, layouts(d), title)
        footer(d, w, org)


# ------------------------------------------------------------------------------------------------- parole

CRIMES = (
    "盗窃",
    "诈骗",
    "故意伤害",
    "交通肇事",
    "危险驾驶",
    "贩卖毒品",
    "非法吸收公众存款",
    "寻衅滋事",
    "抢劫",
    "开设赌场",
    "帮助信息网络犯罪活动",
)
PAROLE_DISEASE = (
    "尿毒症",
    "晚期肝癌",
    "肺癌晚期",
    "严重慢性心力衰竭",
    "恶性淋巴瘤",
    "脑梗死后遗症致偏瘫",
    "慢性肾功能衰竭尿毒症期",
    "糖尿病合并严重并发症",
)


def parole(w: World, d: Doc, sub: str) -> None:
    rng, rg = w.rng, w.region
    c = w.county()
    prison = rng.choice(
        [
            f"{rg.prov.replace('自治区', '').replace('省', '').replace('市', '')[:2]}"
            f"{rng.choice(['第一', '第二', '第三'])}监狱",
            f"{rg.city}看守所",
        ]
    )
    if sub == "commute":
        kind = rng.choice(["减刑", "假释", "减刑、假释"])
        title = f"关于提请罪犯{kind}的公示"
        d.line(prison)
        d.line(title)
        d.para(
            [
                (
                    f"根据《中华人民共和国刑法》《中华人民共和国监狱法》和最高人民法院《关于减刑、假释案件审理程序的"
                    f"规定》，经监区集体评议、刑罚执行科审查、减刑假释评审委员会评审，拟对下列罪犯提请{kind}，"
                    "现予公示：",
                    None,
                )
            ]
        )
        for i in range(rng.randint(2, 6)):
            sex = rng.choice(["男", "男", "男", "女"])
            n = w.name(sex)
            d.para(
                [
                    (
                        f"{i + 1}．罪犯{n}，{sex}，"
                        f"{rng.randint(1960, 2000)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
                        f"出生，{'汉族' if n[0] in rg.surnames else rg.nations[0]}，{c.name}人，"
                        f"因犯{rng.choice(CRIMES)}罪于{(jd := w.date(2016, 2023))}被"
                        f"{c.name}人民法院判处有期徒刑{rng.randint(2, 15)}年，刑期自{jd}起至"
                        f"{w.date(2026, 2030)}止。"
                        "该犯在服刑期间，认罪悔罪，遵守监规，接受教育改造，积极参加劳动，"
                        f"获表扬{rng.randint(2, 8)}次，确有悔改表现，拟提请"
                        f"{'减刑' + str(rng.randint(4, 12)) + '个月' if '减刑' in kind else '假释'}。",
                        None,
                    )
                ],
                indent="",
            )
        d.para(
            [
                (
                    f"公示期为五个工作日。如有异议，请向{prison}刑罚执行科反映，监督电话：{w.office_phone()}，"
                    f"驻监检察室电话：{w.office_phone()}。",
                    None,
                )
            ]
        )
        footer(d, w, prison, contact=False)
    elif sub == "medical_parole":
        title = "罪犯暂予监外执行公示"
        d.line(f"{prison}{title}")
        sex = rng.choice(["男", "男", "女"])
        n = w.name(sex)
        g = w.person(lo=25, hi=70)
        relation = rng.choice(["妻子", "丈夫", "儿子", "女儿", "父亲", "兄长", "姐姐"])
        fields: list[tuple[str, Cell]] = [
            ("罪犯姓名", plain(n)),
            ("性别", plain(sex)),
            ("出生日期", plain(f"{rng.randint(1950, 1990)}年{rng.randint(1, 12)}月")),
            ("罪名", plain(rng.choice(CRIMES))),
            ("原判刑期", plain(f"有期徒刑{rng.randint(2, 12)}年")),
            (
                "病情诊断",
                [
                    (f"经{rg.hospital}诊断，患有", None),
                    (rng.choice(PAROLE_DISEASE), "health"),
                    ("，符合《保外就医严重疾病范围》之规定", None),
                ],
            ),
            ("保证人", [nm(g.name), (f"（系罪犯之{relation}）", None)]),
            ("保证人身份证号", pii(g.id, "id_card")),
            ("保证人联系电话", pii(g.mobile, "mobile")),
            ("保证人住址", pii(g.address, "address")),
            ("拟执行地社区矫正机构", plain(f"{c.name}社区矫正管理局")),
        ]
        if d.pdf or rng.random() < 0.4:
            d.form(fields, rng.choice(["lines", "cells"]))
        else:
            d.form(fields, rng.choice(["lines", "pairs", "pipe"]))
        d.para(
            [
                (
                    f"以上情况经{prison}暂予监外执行评审委员会评审，拟提请{rg.prov}监狱管理局批准，现予公示，公示期"
                    "三个工作日。保证人",
                    None,
                ),
                nm(g.name),
                ("已签署保证书。", None),
            ]
        )
        footer(d, w, prison)
    else:  # report_notice
        p = w.person(lo=20, hi=65)
        org = f"{c.name}司法局"
        sentence = rng.choice(["有期徒刑一年，缓刑二年", "拘役六个月，缓刑一年", "有期徒刑三年，缓刑四年"])
        d.line(org)
        d.line("社区矫正报到通知（公告送达）")
        d.line(nm(p.name), ("：", None))
        case = f"（2025）{rg.plate[0]}{c.code[:4]}刑初{rng.randint(10, 600)}号"
        d.para(
            [
                (
                    f"{c.name}人民法院{case}刑事判决书判处你"
                    f"{sentence}"
                    "，"
                    "依照《中华人民共和国社区矫正法》第二十一条的规定，你应当自判决生效之日起十日内到",
                    None,
                ),
                (f"{org}社区矫正中心（{c.name}{rng.choice(c.streets)}{rng.randint(1, 99)}号）", None),
                ("报到。", None),
            ]
        )
        d.para(
            [
                ("经核实，你的身份证号码为", None),
                (p.id, "id_card"),
                ("，居住地为", None),
                (p.address, "address"),
                ("。因多次电话（", None),
                (p.mobile, "mobile"),
                ("）联系未果、上门未见本人，现依法公告送达。", None),
            ]
        )
        d.para([("逾期不报到的，将依法提请撤销缓刑。望", None), nm(p.name), ("见公告后及时报到。", None)])
        d.line(f"咨询电话：{w.office_phone()}")
        footer(d, w, org, contact=False)


# --------------------------------------------------------------------------------------------- specialedu

DISABILITY = ("智力残疾", "肢体残疾", "多重残疾", "精神残疾", "视力残疾", "听力残疾", "言语残疾")
GRADES = ("一级", "二级", "三级", "四级")


def child_name(w: World, sex: str) -> str:
    return w.name(sex)


def specialedu(w: World, d: Doc, sub: str) -> None:
    rng, rg = w.rng, w.region
    c = w.county()
    org = f"{c.name}教育局" if sub != "rehab" else f"{c.name}残疾人联合会"
    if sub == "home_teach":
        title = f"{c.name}{rng.choice(['2025年春季', '2025年秋季', '2024—2025学年'])}送教上门学生名单"
        meta(d, w, org)
        d.line(title)
        split = rng.random() < 0.4
        header = ["序号", "学生姓名", "性别", "年龄"] + (
            ["残疾类别", "残疾等级"] if split else ["残疾类别及等级"]
        )
        header += ["监护人", "联系电话", "家庭住址", "送教学校", "送教教师"]
        rows: list[list[Cell]] = []
        for i in range(rng.randint(3, 10)):
            sex = rng.choice("男女")
            ch = w.person(sex=sex, lo=6, hi=16)
            gd = w.person(lo=28, hi=60)
            dis = rng.choice(DISABILITY)
            gr = rng.choice(GRADES[:3])
            hc: list[Cell] = [pii(dis, "health"), pii(gr, "health")] if split else [pii(dis + gr, "health")]
            ph: Cell = pii(gd.mobile, "mobile") if rng.random() < 0.85 else pii(w.landline(), "landline")
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(ch.name)],
                    plain(sex),
                    plain(str(ch.age)),
                    *hc,
                    [nm(gd.name)],
                    ph,
                    pii(ch.address, "address"),
                    plain(f"{c.name}{rng.choice(['特殊教育学校', ch.town + '中心小学', ch.town + '中学'])}"),
                    plain(w.official()),
                ]
            )
        d.table(header, rows, layouts(d, big=False), title)
        d.para([("送教教师每月送教不少于2次，每次不少于2课时，做好送教记录。", None)])
        footer(d, w, org)
    elif sub == "rehab":
        title = "残疾儿童康复救助对象名单公示"
        meta(d, w, org)
        d.line(f"{c.name}{rng.choice(['2025年度', '2025年第二批'])}{title}")
        d.para(
            [
                (
                    "根据《残疾儿童康复救助制度》实施办法，经监护人申请、县残联审核，以下儿童纳入康复救助范围，"
                    "现予公示：",
                    None,
                )
            ]
        )
        header = [
            "序号",
            "儿童姓名",
            "性别",
            "身份证号",
            "残疾类型",
            "康复项目",
            "定点康复机构",
            "监护人",
            "联系电话",
        ]
        rows = []
        for i in range(rng.randint(3, 10)):
            sex = rng.choice("男女")
            ch = w.person(sex=sex, lo=1, hi=6)
            gd = w.person(lo=24, hi=45)
            kind = rng.choice(["孤独症", "脑瘫", "听力残疾", "智力残疾", "视力残疾", "肢体残疾"])
            proj = {
                "孤独症": "孤独症儿童康复训练",
                "脑瘫": "肢体康复训练",
                "听力残疾": "人工耳蜗植入",
                "智力残疾": "智力康复训练",
                "视力残疾": "辅助器具适配",
                "肢体残疾": "矫形器适配",
            }[kind]
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(ch.name)],
                    plain(sex),
                    pii(ch.id, "id_card"),
                    pii(kind, "health"),
                    plain(proj),
                    plain(f"{rg.city}{rng.choice(['儿童康复中心', '残疾人康复中心', '特殊教育学校'])}"),
                    [nm(gd.name)],
                    pii(gd.mobile, "mobile"),
                ]
            )
        d.table(header, rows, layouts(d), title)
        d.para([(f"公示期5个工作日，监督电话：{w.office_phone()}。", None)])
        footer(d, w, org, contact=False)
    else:  # inclusive
        title = "随班就读学生名单"
        school = f"{c.name}{rng.choice(c.towns)}中心小学"
        d.line(f"{school}{rng.choice(['2025年秋季学期', '2025年春季学期'])}{title}")
        if rng.random() < 0.5:
            d.line(f"资源教师：{w.official()}　　分管副校长：{w.official()}")
        header = ["序号", "年级", "班级", "学生姓名", "性别", "残疾类别", "监护人", "联系电话"]
        rows = []
        for i in range(rng.randint(3, 10)):
            sex = rng.choice("男女")
            ch = w.person(sex=sex, lo=6, hi=13)
            gd = w.person(lo=28, hi=55)
            rows.append(
                [
                    plain(str(i + 1)),
                    plain(rng.choice(["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"])),
                    plain(f"{rng.randint(1, 4)}班"),
                    [nm(ch.name)],
                    plain(sex),
                    pii(
                        rng.choice(
                            [
                                "学习障碍",
                                "轻度智力残疾",
                                "听力残疾三级",
                                "肢体残疾四级",
                                "孤独症谱系障碍",
                                "言语残疾",
                            ]
                        ),
                        "health",
                    ),
                    [nm(gd.name)],
                    pii(gd.mobile, "mobile"),
                ]
            )
        d.table(header, rows, layouts(d), title)
        if rng.random() < 0.5:
            names = [r[3][0][0] for r in rows[:3]]
            segs: list[Seg] = [("请班主任重点关注", None)]
            for j, n in enumerate(names):
                if j:
                    segs.append(("、", None))
                segs.append(nm(n))
            segs.append(("等同学的学习情况，制定个别化教育计划。", None))
            d.para(segs)
        footer(d, w, f"{c.name}教育局")


# --------------------------------------------------------------------------------------------- foodhealth

FOOD_BAD = (
    "活动性肺结核",
    "化脓性皮肤病",
    "渗出性皮肤病",
    "病毒性肝炎（甲型）",
    "戊型病毒性肝炎",
    "伤寒",
    "细菌性痢疾",
    "手部皮肤化脓",
)


def foodhealth(w: World, d: Doc, sub: str) -> None:
    rng, rg = w.rng, w.region
    c = w.county()
    if sub == "unqualified":
        org = f"{c.name}市场监督管理局" if rng.random() < 0.5 else f"{c.name}卫生健康局"
        title = "关于食品从业人员健康体检不合格情况的通报"
        meta(d, w, org)
        d.line(title)
        n = rng.randint(300, 3000)
        d.para(
            [
                (
                    f"{w.date(2025, 2025)}至{w.date(2025, 2025)}，"
                    f"全县共完成食品从业人员健康体检{n}人次，其中检出患有有碍"
                    "食品安全疾病的从业人员若干名。现将有关情况通报如下：",
                    None,
                )
            ]
        )
        header = ["序号", "姓名", "性别", "从业单位", "岗位", "体检结论", "处理情况"]
        rows: list[list[Cell]] = []
        for i in range(rng.randint(2, 8)):
            p = w.person(lo=18, hi=60)
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(p.name)],
                    plain(p.sex),
                    plain(w.shop()),
                    plain(rng.choice(["厨师", "配菜员", "服务员", "收银员", "面点师"])),
                    [("不合格（", None), (rng.choice(FOOD_BAD), "health"), ("）", None)]
                    if rng.random() < 0.5
                    else pii(rng.choice(FOOD_BAD), "health"),
                    plain(rng.choice(["已调离直接入口食品岗位", "暂停从业，治愈后复检"])),
                ]
            )
        d.table(header, rows, layouts(d), title)
        shop = w.shop()
        d.para(
            [
                (
                    f"检查中还发现，{shop}（负责人：{w.official()}）存在从业人员未取得健康证明即上岗的情况，已责令整改。"
                    f"{anon(w)}等人已按要求补办健康证明。",
                    None,
                )
            ]
        )
        footer(d, w, org)
    elif sub == "public_place":
        org = f"{c.name}疾病预防控制中心"
        title = "公共场所从业人员健康体检结果"
        d.line(f"{org}{title}（第{rng.randint(1, 40)}批）")
        header = ["序号", "姓名", "性别", "年龄", "身份证号", "从业单位", "体检日期", "结果", "健康证编号"]
        rows = []
        for i in range(rng.randint(4, 14)):
            p = w.person(lo=18, hi=60)
            bad = rng.random() < 0.3
            res: Cell = (
                [("不合格（", None), (rng.choice(FOOD_BAD[:6]), "health"), ("）", None)]
                if bad
                else plain("合格")
            )
            rows.append(
                [
                    plain(str(i + 1)),
                    [nm(p.name)],
                    plain(p.sex),
                    plain(str(p.age)),
                    pii(p.id, "id_card"),
                    plain(w.shop()),
                    plain(w.date(2025, 2025)),
                    res,
                    plain("" if bad else f"{rg.plate[0]}{c.code[-4:]}2025{rng.randint(1, 99999):05d}"),
                ]
            )
        d.table(header, rows, layouts(d), title)
        d.para([("体检合格人员请持本人身份证到我中心领取健康证明；不合格人员须治愈后复检。", None)])
        footer(d, w, org)
    else:  # morning_check
        shop = w.shop()
        title = f"{shop}从业人员晨检记录"
        d.line(title)
        d.line(f"记录月份：2025年{rng.randint(1, 12)}月")
        checker = w.name(rng.choice("男女"))
        staff = [w.person(lo=18, hi=58) for _ in range(rng.randint(3, 6))]
        header = ["日期", "姓名", "岗位", "体温（℃）", "健康状况", "处理措施", "晨检人"]
        rows = []
        for day in range(1, rng.randint(3, 6)):
            for p in staff:
                x = rng.random()
                temp = f"{rng.choice(['36.3', '36.5', '36.6', '36.8', '36.4'])}"
                hc: Cell = plain("正常")
                act = "—"
                if x < 0.12:
                    sym = rng.choice(["腹泻", "咳嗽", "手部化脓性伤口", "发热", "咽喉肿痛"])
                    if sym == "发热":
                        temp = "37.9"
                    hc = pii(sym, "health")
                    act = rng.choice(["暂停上岗", "调离接触直接入口食品岗位", "就医"])
                rows.append(
                    [
                        plain(f"{day}日"),
                        [nm(p.name)],
                        plain(rng.choice(["厨师", "切配", "服务员", "洗碗工"])),
                        plain(temp),
                        hc,
                        plain(act),
                        [nm(checker)],
                    ]
                )
        d.table(header, rows, layouts(d, big=False), title)
        d.line("食品安全管理员签字：", nm(checker))
        d.line(
            f"（{c.name}市场监督管理局{rng.choice(c.towns)}市场监管所监督检查时抽查，"
            f"检查人员：{w.official()}、{w.official()}）"
        )


# ---------------------------------------------------------------------------------------------- lostfound


def lostfound(w: World, d: Doc, sub: str) -> None:
    rng, rg = w.rng, w.region
    c = w.county()
    if sub == "found_docs":
        org = rng.choice(
            [
                f"{c.name}公安局{rng.choice(c.towns).replace('街道', '').replace('镇', '')}派出所",
                f"{c.name}政务服务中心",
                f"{rg.city}公共交通有限公司",
            ]
        )
        title = "证件招领公告"
        d.line(title)
        d.para(
            [
                (
                    f"近期，{org}收到群众拾获并上交的证件若干，请失主本人携带有效身份证明，于工作日到{org}"
                    "服务窗口认领。",
                    None,
                )
            ]
        )
        items: list[list[Seg]] = []
        for _ in range(rng.randint(3, 10)):
            p = w.person(lo=16, hi=80)
            x = rng.randrange(6)
            if x == 0:
                items.append([nm(p.name), ("，居民身份证，证号：", None), (p.id, "id_card")])
            elif x == 1:
                items.append(
                    [
                        nm(p.name),
                        ("，社会保障卡，社会保障号码：", None),
                        (p.id, "id_card"),
                        ("，金融账号：", None),
                        (grouped(w.card(), rng), "bank_card"),
                    ]
                )
            elif x == 2:
                items.append(
                    [
                        ("银行卡一张，户名：", None),
                        nm(p.name),
                        ("，卡号：", None),
                        (grouped(w.card(), rng), "bank_card"),
                    ]
                )
            elif x == 3:
                items.append([nm(p.name), ("，机动车驾驶证，证号：", None), (p.id, "id_card")])
            elif x == 4:
                num = "C" + (
                    rng.choice("LEM") + f"{rng.randrange(10**7):07d}"
                    if rng.random() < 0.4
                    else f"{rng.randrange(10**8):08d}"
                )
                items.append([nm(p.name), ("，往来港澳通行证，证号：", None), (num, "hk_macau_permit")])
            else:
                items.append(
                    [
                        nm(p.name),
                        ("，居民身份证（", None),
                        (rng.choice(["临时", "二代"]), None),
                        ("），证号：", None),
                        (p.id, "id_card"),
                    ]
                )
        for i, segs in enumerate(items, 1):
            d.add(f"{i}{rng.choice(['．', '、', '. '])}")
            d.segs(segs)
            d.add("\n")
        d.para([("证件保管期限为三个月，逾期未领取的，将移交户籍或发证机关处理。", None)])
        footer(d, w, org)
    elif sub == "lost_statements":
        paper = rng.choice([f"{rg.city}日报", f"{c.name}融媒体中心", f"{rg.city}晚报"])
        d.line(f"{paper}·遗失声明（{w.date(2025, 2025)}）")
        d.line(f"刊登热线：{w.office_phone()}")
        mark = rng.choice(["◆", "■", "●", ""])
        for _ in range(rng.randint(5, 14)):
            p = w.person(lo=18, hi=85)
            x = rng.randrange(12)
            segs = []
            if x <= 2:
                segs = [
                    nm(p.name),
                    ("遗失居民身份证，证号：", None),
                    (p.id, "id_card"),
                    ("，声明作废。", None),
                ]
            elif x == 3:
                segs = [
                    nm(p.name),
                    ("遗失", None),
                    (f"{c.name}人民医院", None),
                    ("出生医学证明一份，编号：", None),
                    (f"{rg.plate[0]}{rng.choice('NOPQ')}{rng.randrange(10**9):09d}", None),
                    ("，声明作废。", None),
                ]
            elif x == 4:
                comp = w.company()
                segs = [
                    (
                        f"{comp}遗失营业执照正副本，"
                        f"统一社会信用代码：{credit_code(rng, '91', c.code)}，声明作废。",
                        None,
                    )
                ]
            elif x == 5:
                segs = [
                    nm(p.name),
                    ("遗失普通护照，护照号码：", None),
                    ("E" + "".join(str(rng.randrange(10)) for _ in range(8)), "passport"),
                    ("，声明作废。", None),
                ]
            elif x == 6:
                segs = [
                    nm(p.name),
                    ("遗失往来港澳通行证，证件号码：", None),
                    ("C" + "".join(str(rng.randrange(10)) for _ in range(8)), "hk_macau_permit"),
                    ("，声明作废。", None),
                ]
            elif x == 7:
                segs = [
                    nm(p.name),
                    ("遗失台湾居民来往大陆通行证，号码：", None),
                    ("".join(str(rng.randrange(10)) for _ in range(8)), "tw_permit"),
                    ("，声明作废。", None),
                ]
            elif x == 8:
                cat, gr = rng.randint(1, 7), rng.randint(1, 4)
                segs = [
                    nm(p.name),
                    ("遗失中华人民共和国残疾人证，证号：", None),
                    (p.id, "id_card"),
                    (f"{cat}{gr}", None),
                    ("，声明作废。", None),
                ]
            elif x == 9:
                plate = (
                    rg.plate
                    + rng.choice("ABCDEFHJ")
                    + "".join(rng.choice("0123456789") for _ in range(4))
                    + rng.choice("0123456789ABC")
                )
                segs = [
                    nm(p.name),
                    ("遗失机动车行驶证，号牌号码：", None),
                    (plate, "license_plate"),
                    ("，声明作废。联系电话：", None),
                    (p.mobile, "mobile"),
                    ("。", None),
                ]
            elif x == 10:
                segs = [
                    nm(p.name),
                    (
                        f"遗失不动产权证书，"
                        f"证号：{rg.plate[0]}（{rng.randint(2016, 2023)}）{c.name}不动产权第"
                        f"{rng.randrange(10**7):07d}号，坐落：",
                        None,
                    ),
                    (p.address, "address"),
                    ("，声明作废。", None),
                ]
            elif p.birth.year < 1980:
                old = p.id[:6] + p.id[8:17]
                segs = [
                    nm(p.name),
                    ("遗失第一代居民身份证，15位号码：", None),
                    (old, "id_card_15"),
                    ("，声明作废。", None),
                ]
                if rng.random() < 0.5:
                    segs[-1] = ("，声明作废。联系邮箱：", None)
                    segs += [
                        (
                            f"{rng.choice(['zhang', 'li', 'wang', 'yang', 'chen', 'ran'])}"
                            f"{rng.randint(100, 99999)}@"
                            f"{rng.choice(['qq.com', '163.com', '126.com', 'sina.com'])}",
                            "email",
                        ),
                        ("。", None),
                    ]
            else:
                segs = [
                    nm(p.name),
                    ("遗失居民身份证，公民身份号码", None),
                    (p.id, "id_card"),
                    ("，特此声明。", None),
                ]
            if (
                segs[0][1] == "name"
                and not any(k in ("mobile", "email") for _, k in segs)
                and rng.random() < 0.25
            ):
                if rng.random() < 0.5:
                    segs += [("联系邮箱：", None), (email(w, p), "email"), ("。", None)]
                else:
                    segs += [("联系电话：", None), (p.mobile, "mobile"), ("。", None)]
            d.add(mark)
            if d.pdf:
                d.para(segs, indent="")
            else:
                d.segs(segs)
                d.add("\n")
        d.line("（以上声明内容由声明人自行负责）")
    else:  # lost_property
        org = rng.choice(
            [
                f"{c.name}政务服务中心",
                f"{rg.city}公共交通集团有限公司",
                f"{c.name}人民医院保卫科",
                f"{c.name}客运站",
            ]
        )
        d.line("失物招领启事")
        for i in range(rng.randint(2, 6)):
            item = rng.choice(
                [
                    "黑色双肩包一个，内有现金若干、钥匙一串",
                    "手机一部（华为牌，白色）",
                    f"钱包一个，内有银行卡一张（尾号{rng.randint(1000, 9999)}）"
                    f"及现金{rng.randint(20, 900)}元",
                    "雨伞一把、保温杯一个",
                    "电动车钥匙一串",
                    f"金手镯一只（约{rng.randint(10, 40)}克）",
                    "病历本一本（姓名处被水浸湿无法辨认）",
                ]
            )
            d.para(
                [
                    (
                        f"{i + 1}．{w.date(2025, 2025)}，{anon(w) if rng.random() < 0.5 else '工作人员'}在"
                        f"{rng.choice(['办事大厅', f'{rng.randint(1, 60)}路公交车上', '候车室', '门诊大厅'])}"
                        f"拾得{item}。"
                        f"登记编号：{rng.choice(['SW', 'ZL'])}2025{rng.randint(1, 9999):04d}。",
                        None,
                    )
                ],
                indent="",
            )
        n16 = luhn_complete("2025" + "".join(str(rng.randrange(10)) for _ in range(11)))
        d.para(
            [(f"请失主携带有效证件及能证明物品归属的材料前来认领（受理单号{n16}）。保管期限为六个月。", None)]
        )
        d.line(f"认领地点：{org}服务台　认领电话：{w.office_phone()}")
        footer(d, w, org, contact=False)


# ---------------------------------------------------------------------------------------------- generation

FAMILIES: dict[str, tuple[Callable[[World, Doc, str], None], tuple[str, ...]]] = {
    "licence": (licence, ("drive_revoke", "drive_letter", "transport_cert", "special_equip", "guide")),
    "occdisease": (occdisease, ("diagnosis", "pneumo_relief", "exam_abnormal")),
    "vagrant": (vagrant, ("seek_kin", "settle", "body")),
    "socialsec": (socialsec, ("overpay", "death_check", "cert_overdue")),
    "parole": (parole, ("commute", "medical_parole", "report_notice")),
    "specialedu": (specialedu, ("home_teach", "rehab", "inclusive")),
    "foodhealth": (foodhealth, ("unqualified", "public_place", "morning_check")),
    "lostfound": (lostfound, ("found_docs", "lost_statements", "lost_property")),
}

_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOB_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_CARD_RE = re.compile(r"(?<!\d)(?:62|4|5)\d{14,18}(?!\d)")


def check(text: str, spans: list[dict[str, object]]) -> bool:
    """Assert the labels are exact; return False when an unlabelled string looks personal by accident."""
    covered = [False] * len(text)
    last = -1
    for sp in sorted(spans, key=lambda s: int(str(s["start"]))):
        a, b = int(str(sp["start"])), int(str(sp["end"]))
        assert text[a:b] == sp["text"], sp
        assert a >= last, ("overlap", sp)
        assert a < b and text[a:b].strip() == text[a:b], sp
        last = b
        for i in range(a, b):
            covered[i] = True
        t = str(sp["text"])
        k = sp["kind"]
        if k == "id_card":
            assert id_valid(t), t
        elif k == "bank_card":
            digits = t.replace(" ", "")
            assert 16 <= len(digits) <= 19 and luhn_ok(digits), t
            assert not id_valid(digits) and not cc_valid(digits), t
        elif k == "mobile":
            assert re.fullmatch(r"1[3-9]\d{9}", t), t
        elif k == "id_card_15":
            assert re.fullmatch(r"\d{15}", t), t
            dt.date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
    for sp in spans:
        if sp["kind"] == "name":
            n = str(sp["text"])
            for m in re.finditer(re.escape(n), text):
                if not all(covered[m.start() : m.end()]):
                    return False  # a labelled person's name also stands unlabelled (an official's, a shop's)
    for rx, ok in ((_ID_RE, id_valid), (_MOB_RE, lambda s: True), (_CARD_RE, luhn_ok)):
        for m in rx.finditer(text):
            if not any(covered[m.start() : m.end()]) and ok(m.group()):
                return False
    return True


def make_doc(seed: int, i: int, family: str | None = None) -> dict[str, object]:
    for attempt in range(50):
        rng = random.Random(f"h24-{seed}-{i}-{attempt}")
        fam = family or list(FAMILIES)[i % len(FAMILIES)]
        fn, subs = FAMILIES[fam]
        sub = rng.choice(subs)
        pdf = rng.random() < 0.25
        w = World(rng, rng.choice(REGIONS))
        d = Doc(rng, pdf)
        fn(w, d, sub)
        text = d.text()
        if check(text, d.spans):
            return {"type": f"{fam}.{sub}{'.pdf' if pdf else ''}", "text": text, "spans": d.spans}
    raise AssertionError("could not draw a clean document")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    args = ap.parse_args(argv)
    if args.decisions:
        for k, s in enumerate(DECISIONS, 1):
            print(f"{k}. {s}")
        return 0
    docs = [make_doc(args.seed, i) for i in range(args.docs)]
    lines = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(lines)
    if args.stats:
        kinds: Counter[str] = Counter()
        fams: Counter[str] = Counter()
        types: Counter[str] = Counter()
        for doc in docs:
            t = str(doc["type"])
            fams[t.split(".")[0]] += 1
            types[t] += 1
            for sp in doc["spans"]:  # type: ignore[attr-defined]
                kinds[sp["kind"]] += 1
        print("spans per kind:", file=sys.stderr)
        for kind, cnt in kinds.most_common():
            print(f"  {kind:16} {cnt}", file=sys.stderr)
        print("docs per family:", file=sys.stderr)
        for fam, cnt in sorted(fams.items()):
            print(f"  {fam:16} {cnt}", file=sys.stderr)
        print(f"pdf-like docs: {sum(n for t, n in types.items() if t.endswith('.pdf'))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
