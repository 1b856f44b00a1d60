#!/usr/bin/env python3
"""holdout20.py -- blind labelled test set for the personal-information detector (holdout 20).

Standard library only, Python 3.12+ (runs on 3.11 too), deterministic for a seed.

    python holdout20.py --docs 400 --seed 79 -o out.jsonl            # write the set
    python holdout20.py --docs 400 --seed 79 -o out.jsonl --stats    # also span counts per kind on stderr
    python holdout20.py --decisions                                   # numbered labelling decisions

Each output line: {"type": "family.subkind[.pdf]", "text": ..., "spans": [{"kind", "start", "end", "text"}]}.
Documents are spread evenly over the five families; each document is set in one of six regions
(山西吕梁, 湖南湘西, 青海玉树, 黑龙江绥化, 海南琼中, 江苏盐城) whose counties, towns, villages, ID address
codes, area codes, plate prefixes and personal names follow that region (Tujia/Miao surnames in 湘西, Tibetan
two-element and short Amdo names in 玉树, Li names with 亚/妚 in 琼中, Manchu-flavoured surnames in 绥化).

Families
--------
dibao -- 低保 / 特困 / 临时救助.  roster: 花名册 with a randomly chosen set of columns and a head word drawn
  from 户主 / 保障对象 / 救助对象 / 申请人 / 享受人员 / 持卡人 …, optional family-member column
  ("王芳（妻）、…"), full or masked IDs, 致贫原因 with plain categories or named diseases.  payment: monthly
  发放 table with 一卡通 / 社保卡 numbers, 代领人 notes, totals and a Luhn-valid batch number.  changes: 新增
  / 停保 / 调标 prose lists (deaths, income over the line, a car found by plate).  tekun: 特困供养 list with
  自理能力, 照料人 and 照料人电话.  linshi: 临时救助 公示 as table or numbered list with 事由 (disease,
  injury, fire).  survey: 入户调查 record (label-value header, member table, property, plates, relatives
  abroad with passports / permits, neighbours' statements, signatures).  reply: approval / refusal letter to
  the applicant with 送达地址.
penalty -- 行政处罚 against individuals and 个体户 in eight domains (市场监管, 交通, 城管, 环保, 自然资源,
  公安治安, 农业渔政, 卫健).  decision: 决定书 with a 当事人 block in prose or one label per line, or a 个体户
  block (shop name, 92… credit code, 经营场所 not labelled, 经营者 labelled); facts with passengers,
  victims (injury + 伤情 grade), witnesses, patients, neighbours in 四至.  result_table: 双公示 rows as
  wide / narrow tables or label blocks, mixing 自然人, 个体工商户 and companies.  receipt: 送达回证 with
  代收人 / 见证人 / 留置送达.  notice_letter: 事先告知书 / 听证告知书 addressed to the person.
notice -- 公示 with objection clause and office contacts: subsidy (高龄津贴, 农机, 孤儿 with 监护人 …),
  recognition (拟认定 特困 / 低收入 / 事实无人抚养儿童 with parents and carers), land (征地补偿 with 地块编码
  and payment cards), disability (两项补贴, category/grade in one or two columns), housing (危房改造),
  homestead (宅基地 with family and 四至 neighbours), relocation (安置房 allocation: the flat is an address),
  employment (就业援助 subsidies; optional 先进个人 commendation), student_aid (雨露计划 / 助学 students and
  parents; optional 三好学生 honour).
form -- filled 申请表 / 审批表 / 登记表: label-value lines, 2-3 pairs per line, pipe grid, tab grid, or one
  cell per line (PDF); family-member tables; 申请人签字; 村 / 乡镇 / 县 审核意见 signed by officials.
  dibao_apply, disability_apply, homestead_apply (四至 neighbours + 相邻权利人签字), student_apply,
  registration (搬迁 / 危房 / 监测 登记 with plates and 出境 documents).
minutes -- village_rep (村民代表会议记录: 两委 names unlabelled, representatives labelled, speakers, votes,
  signatures), review (民主评议 vote table), summary (会议纪要 with 议定事项 about named villagers and their
  relatives), hearing (听证笔录 with 当事人, lawyer or relative as agent, witness, Q&A).

Layouts
-------
Tables come as tab-separated, space-aligned (ASCII or full-width padding), markdown pipe, HTML, quoted CSV,
"h：v；h：v。" rows, one cell per line, or space-joined PDF lines.  About a quarter of the documents carry a
".pdf" type: 2-character names (and some 3-character ones) spaced out with ASCII or full-width spaces,
lines hard-wrapped at 22-44 characters (an address may be broken by the wrap and then contains "\\n";
no other labelled span is broken), running titles / page numbers / form feeds between lines, and
sometimes pdfminer-style blank lines after every line.

Near-misses (never labelled)
----------------------------
GB 32100-valid credit codes (11… offices in 索引号, 92… 个体户, 91… companies); 文号, 案件编号, 执法证号,
批准文号, 受理编号; Luhn-valid batch / voucher / report numbers starting with 1-3 or 7-9; 18-digit 户编号 /
项目编号 that fail the ID check; 地块编码; 农机出厂编号; EMS numbers; government non-tax account numbers;
masked IDs (several patterns), masked phones, masked cards, 残疾人证号 built from a masked ID; office phones,
监督电话, 12345; gov.cn mailboxes and offices' own 163/126/qq mailboxes; postcodes; amounts, dates;
officials in role (调查人, 经办人, 审核人, 村两委, 包村干部, 执法人员, 听证主持人, 评定医生, 班主任), company
legal representatives, lawyers, the office contact person; commended people (先进个人, 三好学生);
organisation and place names containing surnames (王家坡村, 老张副食店, 彭记烩面馆); 经营场所 and office
addresses; bare village / town names in 所在村 columns; plain 致贫原因 categories (因病, 因残) and
"健康 / 良好 / 一般 / 正常 / 全自理" in health columns.

First contact (--docs 400 --seed 79, measured by the lead with the detector of 92b251b, after the
fixes for holdouts 2–19): name P 98.4 / R 70.6, address 88.8 / 88.9, health 91.2 / 87.3, id_card R 99.1
(IDs in a 双公示 table's 代码 column), email P 45.8 and landline P 46.8 (offices' 163/qq mailboxes and a
福利中心's phones, labelled as the office's), every other kind 100 / 100. The rules that read names by
their shape were made on this set (ccd3aad: name R 82.1).
"""

import argparse
import datetime
import json
import random
import re
import sys
from typing import Any, TextIO

# ----------------------------------------------------------------------------------------------
# checksums
# ----------------------------------------------------------------------------------------------
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
PROV_CODES = {
    "11",
    "12",
    "13",
    "14",
    "15",
    "21",
    "22",
    "23",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "41",
    "42",
    "43",
    "44",
    "45",
    "46",
    "50",
    "51",
    "52",
    "53",
    "54",
    "61",
    "62",
    "63",
    "64",
    "65",
    "71",
    "81",
    "82",
}
TODAY = datetime.date(2025, 6, 30)


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W, strict=False)) % 11]


def id_valid(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or s[:2] not in PROV_CODES:
        return False
    try:
        b = datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if b.year < 1890 or b > TODAY:
        return False
    return id_check(s[:17]) == s[17]


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_fill(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [pow(3, i, 31) for i in range(17)]


def org_code(rng, new=True):
    if new and rng.random() < 0.7:
        body = "MA" + "".join(rng.choice(CC) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))

    def val(c: str) -> int:
        return int(c) if c.isdigit() else ord(c) - 55

    s = sum(val(c) * w for c, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    c9 = 11 - s % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(rng, reg, area):
    s17 = reg + area + org_code(rng, new=reg[0] != "1")
    tot = sum(CC.index(c) * w for c, w in zip(s17, CC_W, strict=False))
    return s17 + CC[(31 - tot % 31) % 31]


# ----------------------------------------------------------------------------------------------
# regions
# ----------------------------------------------------------------------------------------------
REGIONS: dict[str, dict[str, Any]] = {
    "lvliang": {
        "label": "山西吕梁",
        "prov": "山西省",
        "city": "吕梁市",
        "area": "0358",
        "tel_len": 7,
        "plate": "晋J",
        "dom": "lvliang.gov.cn",
        "py": "ll",
        "postcode": "0332",
        "style": "shanxi",
        "counties": [
            ("离石区", "141102", "离", ["滨河街道", "凤山街道", "莲花池街道", "信义镇", "吴城镇", "枣林乡"]),
            (
                "临县",
                "141124",
                "临",
                ["临泉镇", "白文镇", "城庄镇", "兔坂镇", "克虎镇", "三交镇", "雷家碛乡"],
            ),
            ("兴县", "141123", "兴", ["蔚汾镇", "魏家滩镇", "瓦塘镇", "康宁镇", "高家村镇"]),
            ("柳林县", "141125", "柳", ["柳林镇", "穆村镇", "薛村镇", "庄上镇", "留誉镇"]),
            ("岚县", "141127", "岚", ["东村镇", "岚城镇", "普明镇", "界河口镇"]),
            ("方山县", "141128", "方", ["圪洞镇", "大武镇", "峪口镇", "北武当镇"]),
            ("石楼县", "141126", "石", ["灵泉镇", "罗村镇", "义牒镇", "小蒜镇"]),
            ("中阳县", "141129", "中", ["宁乡镇", "金罗镇", "枝柯镇", "暖泉镇"]),
            ("汾阳市", "141182", "汾", ["贾家庄镇", "杏花村镇", "峪道河镇", "三泉镇"]),
            ("孝义市", "141181", "孝", ["兑镇镇", "梧桐镇", "高阳镇", "下堡镇"]),
        ],
        "villages": [
            "南关村",
            "王家坡村",
            "刘家沟村",
            "高家塔村",
            "贺家庄村",
            "枣林村",
            "后湾村",
            "石门墕村",
            "寨则坪村",
            "曹家山村",
            "柳沟村",
            "车家湾村",
            "阳坡村",
            "前庄村",
            "水磨沟村",
            "圪台村",
            "杜家峁村",
            "碛口村",
        ],
        "roads": [
            "滨河北中路",
            "龙凤北大街",
            "永宁东路",
            "北川河东路",
            "吕梁大道",
            "凤山路",
            "东关街",
            "府前街",
        ],
        "estates": ["世纪花园", "锦绣华庭", "滨河小区", "龙凤苑", "永宁嘉园", "凤山御园", "学府佳苑"],
        "rivers": ["湫水河", "三川河", "黄河临县段", "岚河"],
    },
    "xiangxi": {
        "label": "湖南湘西",
        "prov": "湖南省",
        "city": "湘西土家族苗族自治州",
        "area": "0743",
        "tel_len": 7,
        "plate": "湘U",
        "dom": "xxz.gov.cn",
        "py": "xx",
        "postcode": "4160",
        "style": "tujia",
        "counties": [
            ("吉首市", "433101", "吉", ["乾州街道", "石家冲街道", "矮寨镇", "河溪镇", "马颈坳镇"]),
            ("凤凰县", "433123", "凤", ["沱江镇", "阿拉营镇", "山江镇", "禾库镇", "腊尔山镇"]),
            ("花垣县", "433124", "花", ["花垣镇", "边城镇", "双龙镇", "龙潭镇", "民乐镇"]),
            ("保靖县", "433125", "保", ["迁陵镇", "葫芦镇", "毛沟镇", "清水坪镇"]),
            ("永顺县", "433127", "永", ["灵溪镇", "芙蓉镇", "石堤镇", "松柏镇", "首车镇"]),
            ("龙山县", "433130", "龙", ["民安街道", "石羔街道", "里耶镇", "洗车河镇", "苗儿滩镇"]),
            ("泸溪县", "433122", "泸", ["白沙镇", "浦市镇", "潭溪镇", "武溪镇"]),
            ("古丈县", "433126", "古", ["古阳镇", "默戎镇", "红石林镇", "断龙山镇"]),
        ],
        "villages": [
            "十八洞村",
            "夯沙村",
            "排兄村",
            "老家寨村",
            "坪朗村",
            "捞车村",
            "双凤村",
            "司城村",
            "咱果村",
            "排碧村",
            "德夯村",
            "科技村",
            "竹子村",
            "长潭村",
            "马鞍村",
            "岩排溪村",
        ],
        "roads": ["人民北路", "武陵东路", "乾州世纪大道", "峒河路", "团结西路", "沱江南路"],
        "estates": ["峒河花园", "湘泉小区", "金龙名苑", "乾城佳苑", "沱江人家"],
        "rivers": ["酉水", "沅水", "峒河", "武水"],
    },
    "yushu": {
        "label": "青海玉树",
        "prov": "青海省",
        "city": "玉树藏族自治州",
        "area": "0976",
        "tel_len": 7,
        "plate": "青G",
        "dom": "yushuzhou.gov.cn",
        "py": "ys",
        "postcode": "8150",
        "style": "tibetan",
        "counties": [
            (
                "玉树市",
                "632701",
                "玉",
                ["结古街道", "新寨街道", "西杭街道", "隆宝镇", "下拉秀镇", "仲达乡", "巴塘乡", "安冲乡"],
            ),
            ("称多县", "632723", "称", ["称文镇", "歇武镇", "扎朵镇", "清水河镇", "珍秦镇"]),
            ("杂多县", "632722", "杂", ["萨呼腾镇", "昂赛乡", "结多乡", "阿多乡"]),
            ("治多县", "632724", "治", ["加吉博洛镇", "索加乡", "多彩乡", "立新乡"]),
            ("囊谦县", "632725", "囊", ["香达镇", "白扎乡", "吉曲乡", "娘拉乡", "毛庄乡", "东坝乡"]),
            ("曲麻莱县", "632726", "曲", ["约改镇", "巴干乡", "秋智乡", "叶格乡", "麻多乡"]),
        ],
        "villages": [
            "甘达村",
            "尕拉村",
            "布朗村",
            "当卡村",
            "代格村",
            "日啊村",
            "拉则村",
            "多拉村",
            "吉沙村",
            "前多村",
            "然也村",
            "莫云村",
            "改沙村",
            "红旗村",
        ],
        "roads": ["民主路", "红卫路", "胜利路", "团结路", "康巴路", "新建路"],
        "estates": ["团结社区安居小区", "红卫社区", "扎西大同安置区", "新寨嘉那小区", "德宁格统建区"],
        "rivers": ["通天河", "巴塘河", "扎曲", "子曲"],
    },
    "suihua": {
        "label": "黑龙江绥化",
        "prov": "黑龙江省",
        "city": "绥化市",
        "area": "0455",
        "tel_len": 7,
        "plate": "黑M",
        "dom": "suihua.gov.cn",
        "py": "sh",
        "postcode": "1520",
        "style": "dongbei",
        "counties": [
            (
                "北林区",
                "231202",
                "北",
                ["爱路街道", "东兴街道", "西直路街道", "秦家镇", "双河镇", "宝山镇", "津河镇"],
            ),
            ("望奎县", "231221", "望", ["望奎镇", "卫星镇", "惠七镇", "海丰镇"]),
            ("兰西县", "231222", "兰", ["兰西镇", "榆林镇", "临江镇", "平山镇"]),
            ("青冈县", "231223", "青", ["青冈镇", "中和镇", "祯祥镇", "永丰镇"]),
            ("庆安县", "231224", "庆", ["庆安镇", "民乐镇", "大罗镇", "平安镇"]),
            ("明水县", "231225", "明", ["明水镇", "兴仁镇", "通达镇", "崇德镇"]),
            ("绥棱县", "231226", "棱", ["绥棱镇", "上集镇", "四海店镇", "长山乡"]),
            ("安达市", "231281", "安", ["安虹街道", "昌德镇", "任民镇", "万宝山镇"]),
            ("肇东市", "231282", "肇", ["肇东镇", "昌五镇", "宋站镇", "五站镇"]),
            ("海伦市", "231283", "海", ["海伦镇", "海北镇", "伦河镇", "共合镇"]),
        ],
        "villages": [
            "东升村",
            "永安村",
            "红旗村",
            "前进村",
            "双胜村",
            "长发村",
            "富民村",
            "兴隆村",
            "太平村",
            "保安村",
            "新发村",
            "德胜村",
            "福合村",
            "宏伟村",
        ],
        "tun": ["前进屯", "后屯", "东窑屯", "西岗屯", "三合屯", "老韩屯", "腰屯", "新立屯"],
        "roads": ["中兴大街", "黄河南路", "长江路", "康庄路", "北二东路", "林机大街"],
        "estates": ["阳光嘉园", "学府小区", "金地花园", "东方明珠小区", "铁路局小区", "华辰名都"],
        "rivers": ["呼兰河", "通肯河", "诺敏河", "克音河"],
    },
    "qiongzhong": {
        "label": "海南琼中",
        "prov": "海南省",
        "city": "",
        "area": "0898",
        "tel_len": 8,
        "plate": "琼D",
        "dom": "qiongzhong.gov.cn",
        "py": "qz",
        "postcode": "5729",
        "style": "li",
        "counties": [
            (
                "琼中黎族苗族自治县",
                "469030",
                "琼中",
                [
                    "营根镇",
                    "湾岭镇",
                    "黎母山镇",
                    "和平镇",
                    "长征镇",
                    "红毛镇",
                    "中平镇",
                    "吊罗山乡",
                    "上安乡",
                    "什运乡",
                ],
            ),
        ],
        "villages": [
            "什寒村委会",
            "红岭村委会",
            "加钗村委会",
            "新寨村委会",
            "南茂村委会",
            "番响村委会",
            "毛贵村委会",
            "合老村委会",
            "长兴村委会",
            "什统村委会",
            "乘坡村委会",
            "南平村委会",
        ],
        "hamlets": [
            "什根村",
            "番道村",
            "大保村",
            "什托村",
            "加章村",
            "坡口村",
            "南丁村",
            "新村",
            "什奋村",
            "番阳村",
        ],
        "roads": ["海榆中线", "营根大道", "琼州路", "新兴路", "白沙路"],
        "estates": ["阳光百合小区", "民族苑", "营根新区安居房", "百花岭小区", "水韵花园"],
        "rivers": ["万泉河", "营根河", "乘坡河", "腰子河"],
    },
    "yancheng": {
        "label": "江苏盐城",
        "prov": "江苏省",
        "city": "盐城市",
        "area": "0515",
        "tel_len": 8,
        "plate": "苏J",
        "dom": "yancheng.gov.cn",
        "py": "yc",
        "postcode": "2240",
        "style": "jiangsu",
        "counties": [
            ("亭湖区", "320902", "亭", ["五星街道", "先锋街道", "文峰街道", "南洋镇", "黄尖镇", "盐东镇"]),
            ("盐都区", "320903", "盐都", ["潘黄街道", "大冈镇", "龙冈镇", "秦南镇", "郭猛镇"]),
            ("大丰区", "320904", "大丰", ["大中街道", "草堰镇", "白驹镇", "刘庄镇", "西团镇"]),
            ("响水县", "320921", "响", ["响水镇", "陈家港镇", "小尖镇", "运河镇"]),
            ("滨海县", "320922", "滨", ["东坎街道", "滨海港镇", "八巨镇", "天场镇"]),
            ("阜宁县", "320923", "阜", ["阜城街道", "益林镇", "东沟镇", "沟墩镇", "陈良镇"]),
            ("射阳县", "320924", "射", ["合德镇", "临海镇", "千秋镇", "四明镇", "海河镇"]),
            ("建湖县", "320925", "建", ["近湖街道", "钟庄街道", "上冈镇", "冈东镇", "庆丰镇"]),
            ("东台市", "320981", "东", ["东台镇", "溱东镇", "时堰镇", "富安镇", "安丰镇"]),
        ],
        "villages": [
            "陈洋村",
            "黄尖村",
            "新坍村",
            "沙港村",
            "兴桥村",
            "曹庄村",
            "周伙村",
            "洋桥村",
            "丰收村",
            "新河村",
            "跃进村",
            "三圩村",
            "民主村",
            "东灶村",
        ],
        "roads": ["解放南路", "开放大道", "人民中路", "建军东路", "青年路", "世纪大道", "迎宾路"],
        "estates": ["聚亨苑", "水榭华都", "紫薇花苑", "长亭苑", "和平嘉园", "盐渎公园小区"],
        "rivers": ["射阳河", "新洋港", "串场河", "斗龙港"],
    },
}
OTHER_COUNTIES = [
    "140105",
    "410105",
    "430104",
    "320106",
    "230103",
    "460106",
    "630102",
    "511102",
    "220102",
    "370211",
]

# ----------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------
SUR_COMMON = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
SUR_RARE = list(
    "庞樊兰殷施陶洪翟安颜倪严牛温季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐梅莫庄辛管祝左涂谷祁舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲游阳裴席卫屈鲍覃霍翁隋甘景单包司柏宁柯阮桂闵解强柴车冉房边吉饶刁瞿戚米池滕晋苑邬臧畅宫苟褚廉简娄符奚穆党燕郎冀谈姬屠连郜栾商蒙喻窦迟敖冷卓仇艾巩井仲虞卞竺原衣楚佟栗匡宗巫鞠桑荆银岑胥蔺"
)
SUR_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "公孙", "尉迟", "东方", "慕容"]
SUR_REGION = {
    "shanxi": list("王李张刘郝闫武贺任薛高白马冯赵杨郭温韩成曹秦梁段田申乔霍雷宋"),
    "dongbei": list("王李张刘赵孙于高杨徐郭马宋姜曲关付那佟富赫鲍隋栾邢丛衣初韩冯董吕崔邵宫"),
    "jiangsu": list("陈王张李徐周朱吴孙刘沈顾陆卞夏蔡唐丁仇姚季薛乔杨戴韦黄胥葛施祁缪"),
    "tujia": list("彭向田覃冉龙吴石麻杨施滕隆欧廖梁张王黄宋谭侯时符胡刘姚贾龙吴石杨田向彭"),
    "li": list("王黄陈符吉黎卓邢羊胡李林容钟蔡高王黄符吉"),
}
GIVEN_M = list(
    "伟强军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林峰磊东亮成建国文志海云庆春生福贵宝山忠义德荣祥喜有财旺兵红卫新利民江河胜全才金树长永富满顺占元宏振毅晨昊博轩睿泽航锋彬虎根铁柱锁堂"
)
GIVEN_F = list(
    "芳娜敏静丽艳娟霞秀英兰梅玲红燕萍华慧洁琴云莲凤珍琳雪婷颖倩月花翠巧桂荣香娥爱彩菊美淑玉妮欣怡佳悦琪涵萱雯蕾晶薇春冬秋"
)
GIVEN_EXTRA = {
    "shanxi": (list("锁旺栓拴"), list("改存粉换俊")),
    "dongbei": (list("宝立德福"), list("凤淑桂丽")),
    "tujia": (list("老满幺岩"), list("妹银金满")),
    "jiangsu": (list("仁锦如"), list("琴芹菊")),
}
TIB_M = [
    "才仁",
    "扎西",
    "尼玛",
    "索南",
    "达瓦",
    "格桑",
    "更嘎",
    "尕松",
    "白玛",
    "昂文",
    "巴桑",
    "旦增",
    "文德",
    "仁青",
    "桑周",
    "土登",
    "江永",
    "松保",
    "阿旺",
    "洛松",
    "多杰",
    "才让",
    "江才",
    "公保",
    "却加",
    "东周",
    "布加",
    "群培",
    "旦巴",
    "晋美",
    "求培",
    "次成",
    "久美",
    "闹布",
    "松吉",
    "才旦",
    "尕玛",
    "更松",
    "扎巴",
    "尼达",
    "根秋",
    "战斗",
    "然求",
    "丁增",
    "俄色",
]
TIB_F = [
    "卓玛",
    "拉毛",
    "求措",
    "央金",
    "拉姆",
    "周措",
    "永措",
    "措姆",
    "文措",
    "德吉",
    "拉措",
    "曲吉",
    "巴毛",
    "更措",
    "白毛",
    "松毛",
    "尼措",
    "才措",
    "旦措",
    "康卓",
]
TIB_3M = ["更尕才", "多杰才", "东知加", "完德加", "才让加", "索南加", "更登加", "昂文加"]
TIB_3F = ["拉毛措", "才让吉", "尕藏措", "卓玛吉", "才让措", "索南吉", "仁青措", "旦知措", "扎西吉"]
LI_GIVEN_F = [
    "亚妹",
    "妚英",
    "妚娇",
    "玉花",
    "亚娥",
    "妚香",
    "金花",
    "秀英",
    "亚英",
    "妚妹",
    "春梅",
    "亚兰",
    "玉梅",
    "美花",
    "亚香",
    "玉妹",
    "妚丽",
    "亚菊",
    "妚兰",
]
LI_GIVEN_M = [
    "亚弟",
    "亚保",
    "文光",
    "亚南",
    "文成",
    "亚龙",
    "德明",
    "亚军",
    "亚平",
    "成亮",
    "亚福",
    "国平",
    "春雷",
    "亚海",
    "文华",
    "照明",
    "开明",
    "亚三",
    "亚贵",
    "日新",
]
MIAO_HN_SUR = list("盘蒋邓赵李")


def han_given(rng, sex, style):
    pool = list(GIVEN_M if sex == "男" else GIVEN_F)
    ex = GIVEN_EXTRA.get(style)
    if ex:
        pool += ex[0 if sex == "男" else 1] * 2
    r = rng.random()
    if r < 0.25:
        return rng.choice(pool)
    if r < 0.28 and sex == "女":
        c = rng.choice(GIVEN_F)
        return c + c
    a = rng.choice(pool)
    b = rng.choice(pool)
    while b == a:
        b = rng.choice(pool)
    return a + b


def han_surname(rng, style):
    r = rng.random()
    if r < 0.025:
        if style == "shanxi" and rng.random() < 0.5:
            return "呼延"
        return rng.choice(SUR_COMPOUND)
    if style in SUR_REGION and r < 0.55:
        return rng.choice(SUR_REGION[style])
    if r < 0.88:
        return rng.choice(SUR_COMMON)
    return rng.choice(SUR_RARE)


def make_name(rng, style, sex, surname=None):
    if style == "tibetan" and surname is None and rng.random() < 0.85:
        a = rng.choice(TIB_M + (TIB_F if sex == "女" and rng.random() < 0.3 else []))
        b = rng.choice(TIB_F if sex == "女" else TIB_M)
        while b == a:
            b = rng.choice(TIB_F if sex == "女" else TIB_M)
        if rng.random() < 0.1:  # short three-character Amdo forms
            return rng.choice(TIB_3F if sex == "女" else TIB_3M)
        return a + b
    if style == "li" and rng.random() < 0.7:
        if rng.random() < 0.15:
            sur = surname or rng.choice(MIAO_HN_SUR)
            return sur + rng.choice(
                ["金凤", "春花", "月英", "秀梅", "桂香"]
                if sex == "女"
                else ["志明", "进财", "福生", "文贵", "金保"]
            )
        sur = surname or rng.choice(SUR_REGION["li"])
        return sur + rng.choice(LI_GIVEN_F if sex == "女" else LI_GIVEN_M)
    st = style if style != "tibetan" else "dongbei"
    sur = surname or han_surname(rng, st)
    if style == "tujia" and sex == "女" and rng.random() < 0.15:
        return sur + rng.choice(["二妹", "金妹", "满妹", "秀妹", "银妹", "幺妹", "春妹"])
    return sur + han_given(rng, sex, st)


def surname_of(name, style):
    if style == "tibetan" and len(name) >= 3 and name[:2] in TIB_M + TIB_F:
        return None
    if name[:2] in SUR_COMPOUND or name[:2] == "呼延":
        return name[:2]
    return name[0]


MOB_PRE = [
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
    "145",
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
]
CARD_BIN = [
    "621799",
    "622848",
    "621700",
    "622202",
    "623052",
    "621226",
    "621661",
    "622188",
    "621098",
    "623668",
    "622700",
    "621559",
    "628268",
    "622823",
    "621336",
    "625919",
]
CARD_BANK = {
    "621799": "中国邮政储蓄银行",
    "622848": "中国农业银行",
    "621700": "中国建设银行",
    "622202": "中国工商银行",
    "623052": "中国农业银行",
    "621226": "中国工商银行",
    "621661": "中国银行",
    "622188": "中国邮政储蓄银行",
    "621098": "中国邮政储蓄银行",
    "623668": "中国建设银行",
    "622700": "中国建设银行",
    "621559": "中国工商银行",
    "628268": "中国建设银行",
    "622823": "中国农业银行",
    "621336": "农村商业银行",
    "625919": "农村信用合作联社",
}
PINYIN = [
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "zhao",
    "huang",
    "zhou",
    "wu",
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "guo",
    "he",
    "lin",
    "luo",
    "gao",
    "zheng",
    "liang",
    "xie",
    "song",
    "tang",
    "han",
    "feng",
    "deng",
    "cao",
    "peng",
    "zeng",
    "xiao",
    "tian",
    "dong",
    "pan",
    "yuan",
    "cai",
    "jiang",
    "yu",
    "du",
    "ye",
    "cheng",
    "wei",
    "su",
    "ding",
    "ren",
    "yao",
    "shen",
    "zhong",
    "cui",
    "tan",
    "fan",
    "liao",
    "shi",
    "jin",
    "jia",
    "xia",
    "fu",
    "fang",
    "zou",
    "xiong",
    "bai",
    "meng",
    "qin",
    "hou",
    "yin",
    "xue",
    "yan",
    "duan",
    "lei",
    "long",
    "tao",
    "mao",
    "hao",
    "gu",
    "shao",
    "wan",
    "dai",
    "zhaxi",
    "nima",
    "zhuoma",
    "fu",
    "ya",
    "mei",
    "jun",
    "hong",
    "ming",
    "hua",
    "ping",
    "xin",
    "yong",
    "qiang",
    "li",
    "na",
    "fang",
    "lan",
    "ying",
    "xiu",
]
CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n <= 10:
        return "零一二三四五六七八九十"[n]
    if n < 20:
        return "十" + "零一二三四五六七八九"[n - 10]
    return "零一二三四五六七八九"[n // 10] + "十" + ("" if n % 10 == 0 else "零一二三四五六七八九"[n % 10])


def cn_date(dt):
    return (
        "".join(CN_DIG[int(c)] for c in str(dt.year)) + "年" + cn_num(dt.month) + "月" + cn_num(dt.day) + "日"
    )


def fmt_date(rng, dt, style=None):
    style = style if style is not None else rng.choice("aaaabcd")
    if style == "a":
        return f"{dt.year}年{dt.month}月{dt.day}日"
    if style == "b":
        return f"{dt.year}-{dt.month:02d}-{dt.day:02d}"
    if style == "c":
        return f"{dt.year}.{dt.month}.{dt.day}"
    if style == "d":
        return f"{dt.year}/{dt.month:02d}/{dt.day:02d}"
    return cn_date(dt)


def dispw(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


# ----------------------------------------------------------------------------------------------
# documents
# ----------------------------------------------------------------------------------------------
class Person:
    def __init__(self, name, sex, birth, code):
        self.name, self.sex, self.birth, self.code = name, sex, birth, code
        self.idno = None
        self.addr = None
        self.mob = None
        self.card = None
        self.rel = None


class Reject(Exception):
    pass


class Doc:
    def __init__(self, rng, rkey, pdf):
        self.rng = rng
        self.rkey = rkey
        self.R = REGIONS[rkey]
        self.pdf = pdf
        self.parts = []
        self.all_names = set()
        self.priv_names = set()
        self.office_mails = set()
        self.used_numbers = set()
        self.year = rng.choice((2021, 2022, 2023, 2023, 2024, 2024, 2025))
        c = rng.choice(self.R["counties"])
        self.county, self.ccode, self.abbr, towns = c
        self.town = rng.choice(towns)
        self.towns = towns
        self.village = self.vill()
        self.spaced_p = 0.0
        if pdf:
            self.spaced_p = rng.choice((0.0, 0.3, 0.6, 0.9))

    # -------------------------------------------------------------- plumbing
    def add(self, *items):
        for it in items:
            if isinstance(it, str):
                if it:
                    self.parts.append((it, None))
            else:
                self.parts.extend(it)
        return self

    def ln(self, *items):
        self.add(*items)
        self.parts.append(("\n", None))
        return self

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def vill(self):
        return self.choice(self.R["villages"])

    def date(self, month_lo=1, month_hi=12, year=None):
        y = year or self.year
        m = self.rng.randint(month_lo, month_hi)
        dmax = 28 if m == 2 else 30
        dt = datetime.date(y, m, self.rng.randint(1, dmax))
        return min(dt, TODAY)

    def fd(self, dt, style=None):
        return fmt_date(self.rng, dt, style)

    # -------------------------------------------------------------- people
    def _free(self, nm):
        return all(nm not in o and o not in nm for o in self.all_names)

    def _new_name(self, sex, surname=None):
        for _ in range(60):
            nm = make_name(self.rng, self.R["style"], sex, surname)
            if self._free(nm):
                return nm
        for _ in range(60):
            nm = make_name(self.rng, self.R["style"], sex, None)
            if self._free(nm):
                return nm
        raise Reject("names")

    def person(self, sex=None, age=(22, 80), surname=None, code=None, near=None):
        rng = self.rng
        sex = sex or rng.choice("男女")
        nm = self._new_name(sex, surname)
        self.all_names.add(nm)
        self.priv_names.add(nm)
        a = age if isinstance(age, int) else rng.randint(*age)
        by = self.year - a
        try:
            b = datetime.date(by, rng.randint(1, 12), rng.randint(1, 28))
        except ValueError:
            b = datetime.date(by, 1, 1)
        if b > TODAY:
            b = datetime.date(TODAY.year - 1, 3, 3)
        if code is None:
            if rng.random() < 0.06:
                code = rng.choice(OTHER_COUNTIES)
            elif rng.random() < 0.8:
                code = self.ccode
            else:
                code = rng.choice(self.R["counties"])[1]
        p = Person(nm, sex, b, code)
        if near is not None:
            p.addr = near.addr
        return p

    def official(self, sex=None):
        nm = self._new_name(sex or self.rng.choice("男男女"))
        self.all_names.add(nm)
        return nm

    def family(self, head, n, with_parent=False):
        """members other than head: list of (relation, Person)."""
        rng = self.rng
        st = self.R["style"]
        sur = surname_of(head.name, st)
        out: list[tuple[str, Person]] = []
        ha = self.year - head.birth.year
        if n <= 0:
            return out
        if ha > 24 and rng.random() < 0.8:
            sp = self.person(
                "女" if head.sex == "男" else "男", age=max(20, min(95, ha + rng.randint(-5, 4))), near=head
            )
            out.append(("配偶" if rng.random() < 0.5 else ("妻子" if sp.sex == "女" else "丈夫"), sp))
        kids = 0
        while len(out) < n:
            if with_parent and not any(r in ("母亲", "父亲") for r, _ in out) and ha < 60:
                ps = rng.choice("男女")
                pp = self.person(
                    ps, age=min(98, ha + rng.randint(22, 32)), surname=sur if ps == "男" else None, near=head
                )
                out.append(("父亲" if ps == "男" else "母亲", pp))
                continue
            ks = rng.choice("男女")
            ka = max(1, ha - rng.randint(20, 38))
            ksur = sur
            if head.sex == "女":
                sp_m = [m for r, m in out if m.sex == "男" and r in ("配偶", "丈夫")]
                ksur = surname_of(sp_m[0].name, st) if sp_m else (sur if rng.random() < 0.5 else None)
            kp = self.person(ks, age=ka, surname=ksur if rng.random() < 0.95 else None, near=head)
            kids += 1
            if ks == "男":
                rel = rng.choice(["长子", "儿子", "子"]) if kids == 1 else rng.choice(["次子", "儿子", "子"])
            else:
                rel = rng.choice(["长女", "女儿", "女"]) if kids == 1 else rng.choice(["次女", "女儿", "女"])
            if ka > 30 and ha > 60 and rng.random() < 0.3:
                kp2 = kp
                rel = rng.choice(["孙子", "孙女"]) if ka < 20 else rel
                kp = kp2
            out.append((rel, kp))
        return out

    # -------------------------------------------------------------- labelled renderers
    def N(self, p, spaced=None):
        nm = p if isinstance(p, str) else p.name
        self.priv_names.add(nm.replace(" ", "").replace("\u3000", ""))
        if spaced is None:
            spaced = self.rng.random() < self.spaced_p * (1.0 if len(nm) == 2 else 0.35) and len(nm) <= 3
        if spaced:
            sep = self.choice(["\u3000", " ", "\u3000"]) if len(nm) == 2 else self.choice([" ", "\u3000"])
            if len(nm) == 2 and sep == "\u3000" and self.chance(0.3):
                sep = "\u3000\u3000"
            nm = sep.join(nm)
        return [(nm, "name")]

    def Ns(self, people, sep="、"):
        out = []
        for i, p in enumerate(people):
            if i:
                out.append((sep, None))
            out += self.N(p)
        return out

    def idno(self, p):
        if p.idno is None:
            for _ in range(20):
                seq = self.rng.randint(0, 499) * 2 + (1 if p.sex == "男" else 0)
                s17 = p.code + p.birth.strftime("%Y%m%d") + f"{seq:03d}"
                idn = s17 + id_check(s17)
                if idn not in self.used_numbers:
                    break
            self.used_numbers.add(idn)
            if idn.endswith("X") and self.chance(0.1):
                idn = idn[:-1] + "x"
            p.idno = idn
        return p.idno

    def ID(self, p):
        return [(self.idno(p), "id_card")]

    def mask_id(self, p, style=None):
        s = self.idno(p)
        style = style or self.choice("abcd")
        if style == "a":
            return s[:6] + "********" + s[-4:]
        if style == "b":
            return s[:4] + "*" * 10 + s[-4:]
        if style == "c":
            return s[:3] + "***********" + s[-4:]
        return s[:10] + "****" + s[-4:]

    def mobile_raw(self, p=None):
        if p is not None and p.mob:
            return p.mob
        while True:
            m = self.choice(MOB_PRE) + "".join(self.choice("0123456789") for _ in range(8))
            if m not in self.used_numbers:
                break
        self.used_numbers.add(m)
        if p is not None:
            p.mob = m
        return m

    def MOB(self, p=None, fmt=None):
        m = self.mobile_raw(p)
        fmt = fmt or self.choice("aaaaaaabcdefg")
        if fmt == "b":
            m = f"{m[:3]} {m[3:7]} {m[7:]}"
        elif fmt == "c":
            m = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        elif fmt == "d":
            m = "+86 " + m
        elif fmt == "e":
            m = "+86-" + m
        elif fmt == "f":
            m = "86-" + m
        elif fmt == "g":
            m = "0086 " + m
        return [(m, "mobile")]

    def mask_mob(self, p=None):
        m = self.mobile_raw(p)
        return self.choice([m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], m[:7] + "****"])

    def tel_raw(self, private=True):
        n = self.R["tel_len"]
        first = self.choice("2345678") if private else self.choice("2378")
        num = first + "".join(self.choice("0123456789") for _ in range(n - 1))
        return self.R["area"], num

    def TEL(self, p=None):
        a, num = self.tel_raw()
        fmt = self.choice("aaabcd")
        s = {"a": f"{a}-{num}", "b": f"（{a}）{num}", "c": f"{a} {num}", "d": f"({a}){num}"}[fmt]
        return [(s, "landline")]

    def office_tel(self):
        a, num = self.tel_raw(private=False)
        return self.choice([f"{a}-{num}", f"{a}-{num}", f"（{a}）{num}", f"{a} {num}"])

    def card_raw(self, p=None):
        if p is not None and p.card:
            return p.card
        b = self.choice(CARD_BIN)
        ln = self.choice((19, 19, 19, 16, 18))
        c = luhn_fill(b + "".join(self.choice("0123456789") for _ in range(ln - len(b) - 1)))
        if p is not None:
            p.card = c
        return c

    def CARD(self, p=None, spaced=None):
        c = self.card_raw(p)
        if spaced is None:
            spaced = self.chance(0.2)
        if spaced:
            c = " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        return [(c, "bank_card")]

    def bank_of(self, p):
        return CARD_BANK.get(self.card_raw(p)[:6], "农村商业银行")

    def EMAIL(self):
        r = self.rng
        dom = r.choice(
            ["qq.com", "qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "hotmail.com"]
        )
        if dom == "qq.com" and r.random() < 0.7:
            u = str(r.randint(10000, 3999999999))
        else:
            u = r.choice(PINYIN) + r.choice(["", ".", "_"]) + r.choice(PINYIN) + str(r.randint(1, 2005))
        return [(u + "@" + dom, "email")]

    def office_mail(self, unit="mzj"):
        r = self.rng
        if r.random() < 0.55:
            m = f"{self.R['py']}{unit}@{self.R['dom']}"
        else:
            m = f"{self.R['py']}{self.abbr_py()}{unit}@{r.choice(['163.com', '126.com', 'qq.com'])}"
            self.office_mails.add(m)
        return m

    def abbr_py(self):
        return "".join(self.rng.choice("abcdefghjklmnpqrstwxyz") for _ in range(2))

    def plate(self):
        r = self.rng
        pre = self.R["plate"]
        if r.random() < 0.15:
            body = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            chars = [r.choice("0123456789") for _ in range(5)]
            for _ in range(r.choice((0, 1, 1, 2))):
                chars[r.randrange(5)] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            body = "".join(chars)
        sep = r.choice(["", "", "·", " "])
        return [(pre + sep + body, "license_plate")]

    def passport(self):
        r = self.rng
        if r.random() < 0.5:
            s = "E" + "".join(r.choice("0123456789") for _ in range(8))
        else:
            s = "E" + r.choice("ABCDEFGH") + "".join(r.choice("0123456789") for _ in range(7))
        return [(s, "passport")]

    def hkmo(self):
        r = self.rng
        s = "C" + r.choice(["", "A", "B", "D"])
        s += "".join(r.choice("0123456789") for _ in range(9 - len(s)))
        return [(s, "hk_macau_permit")]

    def twp(self):
        r = self.rng
        return [("L" + "".join(r.choice("0123456789") for _ in range(8)), "tw_permit")]

    def H(self, text):
        return [(text, "health")]

    # -------------------------------------------------------------- addresses
    def home(self, p, town=None, urban=None):
        """Assign (if needed) and return the address core: (prefix_levels, core)."""
        if p.addr is None:
            rng = self.rng
            R = self.R
            town = town or (self.town if rng.random() < 0.7 else rng.choice(self.towns))
            if urban is None:
                urban = rng.random() < 0.25
            if urban:
                road = rng.choice(R["roads"])
                est = rng.choice(R["estates"])
                st = rng.random()
                if st < 0.4:
                    core = (
                        f"{road}{rng.randint(1, 260)}号{est}{rng.randint(1, 22)}号楼{rng.randint(1, 6)}单元"
                        f"{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
                    )
                elif st < 0.7:
                    core = (
                        f"{est}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 9)}0"
                        f"{rng.randint(1, 4)}室"
                    )
                else:
                    core = f"{road}{rng.randint(1, 300)}号"
                    if rng.random() < 0.5:
                        core += (
                            f"{rng.randint(1, 12)}-{rng.randint(1, 6)}-{rng.randint(1, 18)}0"
                            f"{rng.randint(1, 4)}"
                        )
                p.addr = (town, None, core)
            else:
                vil = self.village if rng.random() < 0.6 else self.vill()
                if self.rkey == "qiongzhong":
                    core = f"{vil}{rng.choice(R['hamlets'])}{rng.randint(1, 160)}号"
                elif self.rkey == "suihua" and rng.random() < 0.5:
                    core = f"{vil}{rng.choice(R['tun'])}{rng.randint(1, 120)}号"
                elif self.rkey == "yushu" and rng.random() < 0.6:
                    core = f"{vil}{rng.choice('一二三四五六')}社"
                elif rng.random() < 0.55:
                    core = f"{vil}{rng.randint(1, 12)}组"
                else:
                    core = f"{vil}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
                p.addr = (town, vil, core)
        return p.addr

    def ADDR(self, p, level=None):
        town, vil, core = self.home(p)
        level = level if level is not None else self.choice("ttccpvv")
        R = self.R
        if level == "p":
            pre = R["prov"] + R["city"] + self.county + town
        elif level == "c":
            pre = self.county + town
        elif level == "t":
            pre = town
        else:  # village level only
            pre = "" if vil else town
        return [(pre + core, "address")]

    def OFFADDR(self):
        """an office / shop address: not labelled"""
        return f"{self.county}{self.town}{self.choice(self.R['roads'])}{self.rng.randint(1, 200)}号"

    # -------------------------------------------------------------- near misses
    def wenhao(self, mid):
        return f"{self.abbr}{mid}〔{self.year}〕{self.rng.randint(1, 180)}号"

    def gov_cc(self):
        return credit_code(self.rng, "11", self.ccode)

    def suoyin(self):
        return f"{self.gov_cc()}/{self.year}-{self.rng.randint(1, 3000):05d}"

    def fake18(self):
        """18-digit code that is not a valid ID"""
        while True:
            s = self.ccode + "".join(self.choice("0123456789") for _ in range(12))
            if not id_valid(s):
                return s

    def luhn_other(self, ln=None):
        ln = ln or self.choice((16, 18, 19, 20))
        first = self.choice("1237899")
        return luhn_fill(first + "".join(self.choice("0123456789") for _ in range(ln - 2)))

    def money(self, lo, hi, step=1):
        return self.rng.randrange(lo, hi + 1, step)


# ----------------------------------------------------------------------------------------------
# tables
# ----------------------------------------------------------------------------------------------
def _cell(x):
    if isinstance(x, (int, float)):
        x = str(x)
    return [(x, None)] if isinstance(x, str) else list(x)


def _pt(parts):
    return "".join(t for t, _ in parts)


def table(d, headers, rows, layout=None):
    rng = d.rng
    if layout is None:
        if d.pdf:
            layout = rng.choice(["cells", "space", "tab", "pdfline", "cells"])
        else:
            layout = rng.choice(["tab", "pipe", "html", "csv", "space", "kv", "tab"])
    H = [_cell(h) for h in headers]
    R = [[_cell(c) for c in r] for r in rows]
    out = []
    nl = ("\n", None)
    if layout in ("tab", "pdfline"):
        sep = "\t" if layout == "tab" else " "
        for row in [H, *R]:
            for j, c in enumerate(row):
                if j:
                    out.append((sep, None))
                out += c if _pt(c) or layout == "tab" else [("", None)]
            out.append(nl)
    elif layout == "space":
        pad = "\u3000" if d.pdf and rng.random() < 0.3 else " "
        w = [max(dispw(_pt(r[j])) for r in [H, *R]) for j in range(len(H))]
        for row in [H, *R]:
            for j, c in enumerate(row):
                out += c
                if j < len(row) - 1:
                    gap = w[j] - dispw(_pt(c)) + 2
                    out.append(((pad * (gap // 2 + 1)) if pad != " " else " " * gap, None))
            out.append(nl)
    elif layout == "pipe":
        for i, row in enumerate([H, *R]):
            out.append(("| ", None))
            for j, c in enumerate(row):
                if j:
                    out.append((" | ", None))
                out += c
            out.append((" |", None))
            out.append(nl)
            if i == 0:
                out.append(("|" + "---|" * len(H) + "\n", None))
    elif layout == "html":
        out.append(('<table border="1">\n', None))
        for i, row in enumerate([H, *R]):
            tg = "th" if i == 0 else "td"
            out.append(("<tr>", None))
            for c in row:
                out.append((f"<{tg}>", None))
                out += c
                out.append((f"</{tg}>", None))
            out.append(("</tr>\n", None))
        out.append(("</table>\n", None))
    elif layout == "csv":
        for row in [H, *R]:
            for j, c in enumerate(row):
                if j:
                    out.append((",", None))
                out.append(('"', None))
                out += c
                out.append(('"', None))
            out.append(nl)
    elif layout == "cells":
        for row in [H, *R]:
            for c in row:
                out += c
                out.append(nl)
    elif layout == "kv":
        for row in R:
            for j, c in enumerate(row):
                if j:
                    out.append(("；" if rng.random() < 0.8 else "，", None))
                out += H[j]
                out.append(("：", None))
                out += c
            out.append(("。\n", None))
    return out


def kvgrid(d, pairs, layout=None, per_line=None):
    """label-value form.  pairs: list of (label, value-parts)."""
    rng = d.rng
    if layout is None:
        layout = (
            rng.choice(["cells", "lines", "grid"])
            if d.pdf
            else rng.choice(["lines", "grid", "pipe", "tab", "multi"])
        )
    out = []
    if layout == "lines":
        for lab, v in pairs:
            out += [(lab + rng.choice(["：", "：", ":", "： "]), None), *_cell(v), ("\n", None)]
    elif layout == "cells":
        for lab, v in pairs:
            out += [(lab, None), ("\n", None), *_cell(v), ("\n", None)]
    elif layout in ("grid", "multi"):
        k = per_line or rng.choice((2, 3))
        for i in range(0, len(pairs), k):
            for j, (lab, v) in enumerate(pairs[i : i + k]):
                if j:
                    out.append((rng.choice(["    ", "\t", "  "]), None))
                out += [(lab + "：", None), *_cell(v)]
            out.append(("\n", None))
    elif layout == "pipe":
        k = 2
        for i in range(0, len(pairs), k):
            out.append(("|", None))
            for lab, v in pairs[i : i + k]:
                out += [(" " + lab + " | ", None), *_cell(v), (" |", None)]
            out.append(("\n", None))
    elif layout == "tab":
        for i in range(0, len(pairs), 2):
            for j, (lab, v) in enumerate(pairs[i : i + 2]):
                if j:
                    out.append(("\t", None))
                out += [(lab + "\t", None), *_cell(v)]
            out.append(("\n", None))
    return out


# ----------------------------------------------------------------------------------------------
# PDF / Word extraction imitation
# ----------------------------------------------------------------------------------------------
def pdfify(d, title):
    rng = d.rng
    chars, sid, kinds = [], [], {}
    k = 0
    for t, kind in d.parts:
        i = 0
        if kind:
            k += 1
            kinds[k] = kind
            i = k
        for ch in t:
            chars.append(ch)
            sid.append(i)
    if rng.random() < 0.65:
        W = rng.randint(22, 44)
        nc: list[str] = []
        ns: list[int] = []
        col = 0
        for ch, s in zip(chars, sid, strict=True):
            if ch == "\n":
                col = 0
            else:
                if col >= W:
                    prev = ns[-1] if ns else 0
                    inside = prev == s and s != 0
                    if not inside or kinds[s] == "address":
                        nc.append("\n")
                        ns.append(s if inside else 0)
                        col = 0
                col += 1
            nc.append(ch)
            ns.append(s)
        chars, sid = nc, ns
    # running titles / page numbers
    nlines = chars.count("\n")
    total_pages = max(1, nlines // 28 + 1)
    every = rng.randint(18, 34)
    mstyle = rng.choice("abcd")
    out_c, out_s = [], []
    line = 0
    page = 1
    for ch, s in zip(chars, sid, strict=True):
        out_c.append(ch)
        out_s.append(s)
        if ch == "\n" and s == 0:
            line += 1
            if line % every == 0:
                page += 1
                if mstyle == "a":
                    m = f"— {page - 1} —\n"
                elif mstyle == "b":
                    m = f"第 {page - 1} 页 共 {max(total_pages, page)} 页\n"
                elif mstyle == "c":
                    m = f"{page - 1}\n{title}\n"
                else:
                    m = f"- {page - 1} -\n\f"
                for c2 in m:
                    out_c.append(c2)
                    out_s.append(0)
    chars, sid = out_c, out_s
    if rng.random() < 0.2:  # pdfminer style: blank line after every line
        nc, ns = [], []
        for ch, s in zip(chars, sid, strict=True):
            nc.append(ch)
            ns.append(s)
            if ch == "\n" and s == 0:
                nc.append("\n")
                ns.append(0)
        chars, sid = nc, ns
    parts = []
    cur: list[str] = []
    cs: int | None = None
    for ch, s in zip(chars, sid, strict=True):
        if s != cs and cur:
            parts.append(("".join(cur), kinds[cs] if cs else None))
            cur = []
        cs = s
        cur.append(ch)
    if cur:
        parts.append(("".join(cur), kinds[cs] if cs else None))
    d.parts = parts


# ----------------------------------------------------------------------------------------------
# self check
# ----------------------------------------------------------------------------------------------
RE_ID = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
RE_MOB = re.compile(r"(?<![\d+])(?:\+86[- ]?|0086[- ]?|86-)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)")
RE_CARD = re.compile(r"(?<!\d)(?:\d{16,19}|\d{4}(?: \d{4}){3}(?: \d{1,3})?)(?!\d)")
RE_MAIL = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[A-Za-z]+")


def build(d):
    text_parts, spans = [], []
    pos = 0
    for t, kind in d.parts:
        if kind:
            spans.append({"kind": kind, "start": pos, "end": pos + len(t), "text": t})
        text_parts.append(t)
        pos += len(t)
    return "".join(text_parts), spans


def check(d, text, spans):
    owner = [-1] * len(text)
    for i, s in enumerate(spans):
        if text[s["start"] : s["end"]] != s["text"] or not s["text"] or s["text"] != s["text"].strip():
            raise Reject("offset/strip")
        for j in range(s["start"], s["end"]):
            if owner[j] != -1:
                raise Reject("overlap")
            owner[j] = i
        if s["kind"] == "id_card" and not id_valid(s["text"]):
            raise Reject("bad id")
        if s["kind"] == "bank_card" and not luhn_ok(s["text"].replace(" ", "")):
            raise Reject("bad card")

    def inside(a, b, kind=None):
        o = owner[a]
        if o == -1 or any(owner[j] != o for j in range(a, b)):
            return False
        return kind is None or spans[o]["kind"] == kind

    forms = set()
    for s in spans:
        if s["kind"] == "name":
            forms.add(s["text"])
            forms.add(re.sub(r"[\s\u3000]", "", s["text"]))
    for nm in d.priv_names | forms:
        for m in re.finditer(re.escape(nm), text):
            if not inside(m.start(), m.end(), "name"):
                raise Reject("name outside span: " + nm)
    for m in RE_ID.finditer(text):
        if id_valid(m.group()) and not inside(m.start(), m.end(), "id_card"):
            raise Reject("id outside")
    for m in RE_MOB.finditer(text):
        if not inside(m.start(), m.end()):
            raise Reject("mobile outside: " + m.group())
    for m in RE_CARD.finditer(text):
        g = m.group().replace(" ", "")
        cardlike = (
            (g.startswith("62") and 16 <= len(g) <= 19)
            or (g.startswith("4") and len(g) in (16, 19))
            or (re.match(r"5[1-5]", g) and len(g) == 16)
        )
        if cardlike and luhn_ok(g) and not inside(m.start(), m.end()):
            raise Reject("card outside")
    for m in RE_MAIL.finditer(text):
        g = m.group()
        if g.endswith("gov.cn") or g in d.office_mails:
            if inside(m.start(), m.end()):
                raise Reject("office mail labelled")
            continue
        if not inside(m.start(), m.end(), "email"):
            raise Reject("mail outside")


# ----------------------------------------------------------------------------------------------
# shared vocabulary
# ----------------------------------------------------------------------------------------------
DISEASES = [
    "尿毒症",
    "慢性肾衰竭",
    "脑梗塞后遗症",
    "脑出血后遗症",
    "乳腺癌",
    "肺癌",
    "胃癌",
    "肝硬化",
    "白血病",
    "糖尿病",
    "高血压三级",
    "冠心病",
    "精神分裂症",
    "癫痫",
    "类风湿性关节炎",
    "股骨头坏死",
    "帕金森病",
    "系统性红斑狼疮",
    "再生障碍性贫血",
    "慢性阻塞性肺疾病",
    "肺结核",
    "宫颈癌",
    "先天性心脏病",
    "脑瘫",
    "阿尔茨海默病",
    "双相情感障碍",
    "肾病综合征",
    "直肠癌",
    "食管癌",
    "鼻咽癌",
    "肝癌",
    "重症肌无力",
    "强直性脊柱炎",
    "慢性心力衰竭",
]
REGION_DISEASES = {
    "yushu": ["包虫病", "高原性心脏病", "大骨节病", "慢性高原病"],
    "qiongzhong": ["地中海贫血", "登革热后遗症"],
    "lvliang": ["尘肺病", "矽肺"],
    "suihua": ["克山病", "脑血栓后遗症"],
}
DIS_CAT = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
INJURIES = [
    "右腿骨折",
    "左腿胫腓骨粉碎性骨折",
    "颅脑损伤",
    "腰椎压缩性骨折",
    "右手掌离断伤",
    "大面积烧伤",
    "左臂尺骨骨折",
    "多发肋骨骨折",
    "骨盆骨折",
    "脾破裂",
    "颈椎损伤",
    "右眼球破裂伤",
]
NORMAL_HEALTH = ["健康", "健康", "良好", "一般", "正常"]
CAUSES_PLAIN = ["因病", "因残", "缺劳力", "因学", "年老体弱", "缺技术", "自身发展动力不足", "因灾"]
ETHN = {
    "lvliang": ["汉族"],
    "xiangxi": ["土家族", "苗族", "汉族", "土家族", "苗族"],
    "yushu": ["藏族"],
    "suihua": ["汉族", "汉族", "汉族", "满族"],
    "qiongzhong": ["黎族", "黎族", "苗族", "汉族"],
    "yancheng": ["汉族"],
}


def disease(d):
    return d.choice(DISEASES + REGION_DISEASES.get(d.rkey, []) * 2)


def disab(d, cat=None):
    cat = cat or d.choice(DIS_CAT)
    g = d.choice("一二三四")
    return d.choice([f"{cat}残疾{g}级", f"{cat}残疾{g}级", f"{g}级{cat}残疾", f"{cat}{g}级"])


def ethnic(d, p):
    if d.rkey == "yushu":
        return "藏族" if p.name[:2] in TIB_M + TIB_F else d.choice(["汉族", "藏族"])
    return d.choice(ETHN[d.rkey])


def townorg(d, town=None):
    t = town or d.town
    return t + ("办事处" if t.endswith("街道") else "人民政府")


def age_of(d, p):
    return d.year - p.birth.year


def meta_header(d, org, p=0.4):
    if d.chance(p):
        d.ln(f"索引号：{d.suoyin()}")
        d.ln(f"发布机构：{org}    发布日期：{d.fd(d.date(), 'b')}")
        if d.chance(0.4):
            d.ln(
                "主题分类："
                f"{d.choice(['民政、扶贫、救灾', '社会保障', '行政执法', '农业、林业、水利', '城乡建设'])}"
            )
        d.ln("")


def objection(d, office, start=None, days=None, unit="mzj"):
    rng = d.rng
    days = days or d.choice([5, 5, 7, 7, 7, 10])
    start = start or d.date()
    end = start + datetime.timedelta(days=days)
    t = rng.choice(
        [
            f"公示期为{d.fd(start, 'a')}至{d.fd(end, 'a')}，共{days}天。公示期间，如对公示对象有异议，"
            f"请以书面或电话形式向{office}反映。反映情况应实事求是，提倡署真实姓名。",
            f"现予以公示，公示时间{days}个工作日（{start.month}月{start.day}日—{end.month}月{end.day}日）。任何单位和个人如有异议，可在公示期内向{office}提出，逾期不予受理。",
            f"如对上述人员有异议，请于{d.fd(end, 'a')}前向{office}实名反映，"
            "我们将依法依规调查核实并予以答复。",
            f"公示期限：{d.fd(start, 'b')}至{d.fd(end, 'b')}。受理单位：{office}。",
        ]
    )
    d.ln(t)
    d.last_date = end
    off = d.official()
    d.ln(f"联系人：{off}    联系电话：{d.office_tel()}")
    if d.chance(0.6):
        d.ln(
            f"监督电话：{d.office_tel()}"
            + (f"；{d.choice(['12345', '12349', '12345政务服务便民热线'])}" if d.chance(0.4) else "")
        )
    if d.chance(0.4):
        d.ln(f"电子邮箱：{d.office_mail(unit)}")
    if d.chance(0.3):
        d.ln(f"来信地址：{d.OFFADDR()}（邮编：{d.R['postcode']}{rng.randint(0, 99):02d}）")


def sign(d, office, dt=None):
    dt = dt or getattr(d, "last_date", None) or d.date()
    if getattr(d, "last_date", None) and dt == d.last_date:
        dt = min(TODAY, dt - datetime.timedelta(days=d.rng.randint(7, 12)))
    d.ln("")
    d.ln(office)
    d.ln(d.fd(dt, d.choice("aaae")))


# ----------------------------------------------------------------------------------------------
# generic person columns
# ----------------------------------------------------------------------------------------------
def pcol(d, key, p, ctx=None):
    rng = d.rng
    if key == "sex":
        return p.sex
    if key == "age":
        return str(age_of(d, p))
    if key == "birth":
        return d.choice(
            [
                f"{p.birth.year}.{p.birth.month:02d}",
                f"{p.birth.year}年{p.birth.month}月",
                f"{p.birth.year}-{p.birth.month:02d}-{p.birth.day:02d}",
            ]
        )
    if key == "eth":
        return ethnic(d, p)
    if key == "id":
        return d.ID(p)
    if key == "idm":
        return d.mask_id(p, ctx)
    if key == "addr":
        return d.ADDR(p, d.choice("vvtc"))
    if key == "vil":
        town, vil, _core = d.home(p)
        return vil or town
    if key == "mob":
        return d.MOB(p, d.choice("aaaabc"))
    if key == "mobm":
        return d.mask_mob(p)
    if key == "card":
        return d.CARD(p)
    if key == "cardm":
        c = d.card_raw(p)
        return c[:4] + "*" * (len(c) - 8) + c[-4:]
    if key == "health":
        r = rng.random()
        if r < 0.35:
            return rng.choice(NORMAL_HEALTH)
        if r < 0.65:
            return d.H(disease(d))
        if r < 0.95:
            return d.H(disab(d))
        return d.H(rng.choice(INJURIES))
    raise KeyError(key)


def member_list(d, head, fam, style=None):
    style = style or d.choice("abc")
    out = []
    for i, (rel, m) in enumerate(fam):
        if i:
            out.append(("、" if style != "c" else "，", None))
        if style == "a":
            out += [*d.N(m), (f"（{rel}）", None)]
        elif style == "b":
            out += [(rel, None), *d.N(m)]
        else:
            out += [*d.N(m), (f"({rel})", None)]
    return out


# ----------------------------------------------------------------------------------------------
# family 1: dibao
# ----------------------------------------------------------------------------------------------
HEAD_WORDS = [
    "户主",
    "户主姓名",
    "保障对象",
    "救助对象",
    "申请人",
    "享受人员",
    "姓名",
    "户主（申请人）",
    "保障对象姓名",
    "领取人",
    "持卡人",
    "家庭户主",
    "对象姓名",
]


def dibao_roster(d):
    rng = d.rng
    prog = d.choice(
        ["城乡最低生活保障", "农村最低生活保障", "城市居民最低生活保障", "低保", "最低生活保障边缘家庭"]
    )
    per = d.choice(
        [
            f"{d.year}年{rng.randint(1, 12)}月份",
            f"{d.year}年第{cn_num(rng.randint(1, 4))}季度",
            f"{d.year}年度",
            "",
        ]
    )
    noun = d.choice(
        ["花名册", "对象名册", "保障对象花名册", "在保对象名单", "享受对象明细表", "对象公示名单"]
    )
    title = f"{d.town}{per}{prog}{noun}"
    meta_header(d, f"{d.county}民政局", 0.3)
    d.ln(title)
    if d.chance(0.5):
        d.ln(f"填报单位：{townorg(d)}（盖章）    单位：人、元")
    head = d.choice(HEAD_WORDS)
    optional = [
        "sex",
        "eth",
        "idcol",
        "pop",
        "cls",
        "amt",
        "addrcol",
        "cause",
        "members",
        "phone",
        "card",
        "age",
    ]
    cols = ["no", "name"] + [c for c in optional if rng.random() < 0.45]
    if "idcol" not in cols and rng.random() < 0.6:
        cols.append("idcol")
    if len(cols) < 5:
        cols += ["pop", "amt"]
    cols = [c for i, c in enumerate(cols) if c not in cols[:i]]
    order = {
        c: i
        for i, c in enumerate(
            [
                "no",
                "name",
                "sex",
                "age",
                "eth",
                "idcol",
                "addrcol",
                "pop",
                "members",
                "cls",
                "cause",
                "amt",
                "phone",
                "card",
            ]
        )
    }
    cols.sort(key=lambda c: order[c])
    masked = d.chance(0.3)
    addr_vil_only = d.chance(0.3)
    hdr = {
        "no": "序号",
        "name": head,
        "sex": "性别",
        "age": "年龄",
        "eth": "民族",
        "idcol": d.choice(["身份证号", "身份证号码", "公民身份号码", "证件号码"]),
        "addrcol": d.choice(
            ["所在村"] if addr_vil_only else ["家庭住址", "住址", "居住地址", "所在村组", "户籍地址"]
        ),
        "pop": d.choice(["保障人数", "家庭人口", "享受人数", "户人口数", "保障人口"]),
        "members": d.choice(["家庭成员", "共同生活家庭成员", "其他保障成员", "家庭成员（关系）"]),
        "cls": d.choice(["保障类别", "类别", "分类施保类别", "保障档次"]),
        "cause": d.choice(["致贫原因", "困难原因", "主要困难", "纳入原因"]),
        "amt": d.choice(["月保障金（元）", "月补差额", "保障金额", "月发放金额(元)", "月人均补差"]),
        "phone": d.choice(["联系电话", "电话", "联系方式"]),
        "card": d.choice(["银行卡号", "一卡通账号", "社保卡号", "惠农卡号", "账号"]),
    }
    rows = []
    total_pop = total_amt = 0
    for i in range(rng.randint(5, 15)):
        p = d.person(age=(24, 92))
        popn = rng.randint(1, 5)
        fam = d.family(p, min(popn - 1, 3)) if "members" in cols else []
        if "members" in cols:
            popn = len(fam) + 1
        amt = d.money(200, 2400, 10)
        total_pop += popn
        total_amt += amt
        row: list[Any] = []
        for c in cols:
            if c == "no":
                row.append(str(i + 1))
            elif c == "name":
                row.append(d.N(p))
            elif c == "idcol":
                row.append(d.mask_id(p) if masked else d.ID(p))
            elif c == "addrcol":
                row.append(pcol(d, "vil", p) if addr_vil_only else pcol(d, "addr", p))
            elif c == "pop":
                row.append(str(popn))
            elif c == "members":
                row.append(member_list(d, p, fam) if fam else "无")
            elif c == "cls":
                row.append(d.choice(["A类", "B类", "C类", "一类", "二类", "三类", "全额", "差额"]))
            elif c == "cause":
                r = rng.random()
                if r < 0.35:
                    row.append(d.choice(CAUSES_PLAIN))
                elif r < 0.7:
                    row.append(
                        [("因病（", None), *d.H(disease(d)), ("）", None)]
                        if d.chance(0.5)
                        else d.H(disease(d))
                    )
                else:
                    row.append(d.H(disab(d)))
            elif c == "amt":
                row.append(str(amt))
            elif c == "phone":
                row.append(d.mask_mob(p) if masked else (d.TEL(p) if d.chance(0.15) else d.MOB(p, "a")))
            elif c == "card":
                row.append(pcol(d, "cardm", p) if masked else d.CARD(p, False))
            else:
                row.append(pcol(d, c, p))
        rows.append(row)
    if d.chance(0.5):
        tot = [
            "合计" if c == "no" else str(total_pop) if c == "pop" else str(total_amt) if c == "amt" else ""
            for c in cols
        ]
        rows.append(tot)
    d.add(table(d, [hdr[c] for c in cols], rows))
    d.ln("")
    d.ln(f"制表人：{d.official()}    审核人：{d.official()}    联系电话：{d.office_tel()}")
    if d.chance(0.5):
        d.ln(f"{d.choice(['填报日期', '制表日期', '日期'])}：{d.fd(d.date())}")
    if d.chance(0.3):
        d.ln(
            f"注：本表依据《{d.R['prov']}最低生活保障办法》（{d.wenhao('政发')}）编制，身份证号码等个人信息仅供内部核对使用。"
        )
    return "roster"


def dibao_payment(d):
    rng = d.rng
    m = rng.randint(1, 12)
    prog = d.choice(["农村低保", "城市低保", "城乡低保", "特困供养金", "低保及特困"])
    d.ln(
        d.choice(
            [
                f"{d.county}{d.year}年{m}月{prog}资金发放明细表",
                f"{d.town}{prog}资金{d.year}年{m}月社会化发放花名册",
                f"{d.year}年{m}月份{prog}金发放表（{d.town}）",
            ]
        )
    )
    if d.chance(0.5):
        d.ln(
            f"发放批次号：{d.luhn_other(19)}    代发银行："
            f"{d.choice(['农村商业银行', '中国邮政储蓄银行', '农村信用合作联社'])}{d.county}支行"
        )
    head = d.choice(["户主姓名", "领款人", "持卡人姓名", "户主", "收款人", "保障对象"])
    cardh = d.choice(
        ["一卡通账号", "银行卡号", "社会保障卡金融账号", "惠民惠农一卡通卡号", "收款账号", "卡号"]
    )
    withbank = d.chance(0.5)
    withid = d.chance(0.45)
    hdrs = ["序号", d.choice(["村（社区）", "村别", "所在村", "村居"]), head]
    if withid:
        hdrs.append(d.choice(["身份证号码", "身份证号"]))
    hdrs += [
        d.choice(["保障人数", "人数"]),
        d.choice(["发放金额（元）", "本月金额", "应发金额", "实发金额(元)"]),
        cardh,
    ]
    if withbank:
        hdrs.append("开户行")
    hdrs.append("备注")
    rows = []
    tot = totp = 0
    for i in range(rng.randint(6, 16)):
        p = d.person(age=(25, 90))
        vil = d.vill()
        n = rng.randint(1, 5)
        a = d.money(180, 2600, 5)
        tot += a
        totp += n
        r = [str(i + 1), vil, d.N(p)]
        if withid:
            r.append(d.ID(p))
        r += [str(n), f"{a:.2f}" if d.chance(0.5) else str(a), d.CARD(p)]
        if withbank:
            r.append(d.bank_of(p))
        rr = rng.random()
        if rr < 0.12:
            q = d.person(age=(20, 50), surname=surname_of(p.name, d.R["style"]))
            r.append([("代领人：", None), *d.N(q), (f"（{d.choice(['子', '女', '儿媳', '孙子'])}）", None)])
        elif rr < 0.3:
            r.append(d.choice(["新增", "调标", "补发2个月", "提标补发", "停发"]))
        else:
            r.append("")
        rows.append(r)
    d.add(table(d, hdrs, rows))
    d.ln(f"合计：{totp}人，{tot}元（大写：{d.choice(['见附件', '略'])}）")
    d.ln(
        f"制表：{d.official()}    复核：{d.official()}    {d.choice(['分管领导', '主要领导', '审批'])}："
        f"{d.official()}"
    )
    if d.chance(0.4):
        d.ln(f"资金拨付凭证号：{d.luhn_other(20)}；支付文号：{d.wenhao('财社')}")
    return "payment"


def dibao_changes(d):
    rng = d.rng
    q = rng.randint(1, 4)
    office = f"{townorg(d)}"
    meta_header(d, office)
    d.ln(
        f"关于{d.year}年第{cn_num(q)}季度"
        f"{d.choice(['城乡低保动态调整', '最低生活保障对象动态管理', '低保新增及退出'])}情况的公示"
    )
    d.ln("")
    d.ln(
        f"根据《{d.R['prov']}最低生活保障工作规程》和{d.county}民政局《关于做好低保动态管理工作的通知》（{d.wenhao('民发')}）要求，"
        f"经本人申请、入户调查、民主评议和乡镇审核，现将本季度低保变动情况公示如下："
    )
    nums = ["1.", "2.", "3.", "4.", "5.", "6.", "7."]
    # new
    k = rng.randint(1, 4)
    d.ln(f"一、新增保障对象（{k}户）")
    for i in range(k):
        p = d.person(age=(30, 85))
        fam = d.family(p, rng.randint(0, 3))
        pieces = [(f"{nums[i]}", None), *d.N(p), (f"，{p.sex}，{p.birth.year}年生，", None)]
        pieces += [*d.ADDR(p, d.choice("tv")), ("人，", None)]
        pieces += [(f"家庭共{len(fam) + 1}人。", None)]
        if fam and d.chance(0.8):
            rel, m = d.choice(fam)
            pieces += [
                (f"其{rel}", None),
                *d.N(m),
                ("患", None),
                *d.H(disease(d)),
                (d.choice(["，长期治疗，", "，常年服药，", "，丧失劳动能力，"]), None),
            ]
        elif d.chance(0.6):
            pieces += [("本人系", None), *d.H(disab(d)), ("，", None)]
        pieces += [
            (
                f"家庭人均月收入{d.money(120, 480, 10)}元，拟按{d.choice(['一', '二', '三'])}"
                f"类标准纳入保障，月补差{d.money(200, 1800, 10)}元。",
                None,
            )
        ]
        d.ln(pieces)
    k2 = rng.randint(1, 3)
    d.ln(f"二、停保（退出）对象（{k2}户）")
    for i in range(k2):
        p = d.person(age=(30, 95))
        r = rng.random()
        if r < 0.35:
            d.ln(
                f"{nums[i]}",
                d.N(p),
                f"户（{rng.randint(1, 4)}人），户主",
                d.N(p),
                f"于{d.fd(d.date())}死亡，"
                + d.choice(["家庭其他成员收入超过保障标准，", "无其他共同生活成员，"])
                + f"自{d.year}年{rng.randint(1, 12)}月起停止保障。",
            )
        elif r < 0.7:
            q2 = d.person(age=(18, 45), surname=surname_of(p.name, d.R["style"]))
            d.ln(
                f"{nums[i]}",
                d.N(p),
                "户，家庭成员",
                d.N(q2),
                f"外出务工，月收入约{d.money(2500, 6000, 100)}元，家庭人均收入超过当地低保标准，予以退出。",
            )
        else:
            if d.chance(0.5):
                d.ln(
                    f"{nums[i]}",
                    d.N(p),
                    "户，经车辆信息比对，户主名下登记有小型轿车一辆（号牌",
                    d.plate(),
                    "），不符合保障条件，予以停保。",
                )
            else:
                d.ln(
                    f"{nums[i]}",
                    d.N(p),
                    f"户，经核查家庭拥有{d.choice(['商品房一套', '经营性车辆一辆', '个体工商户营业执照'])}，"
                    "不符合保障条件，予以停保。",
                )
    if d.chance(0.7):
        k3 = rng.randint(1, 3)
        d.ln(f"三、调整保障标准对象（{k3}户）")
        rows = []
        for i in range(k3):
            p = d.person(age=(30, 90))
            rows.append(
                [
                    str(i + 1),
                    d.N(p),
                    d.choice(["一类", "二类", "三类"]),
                    d.choice(["一类", "二类", "三类"]),
                    d.choice(["家庭成员新增重病", "家庭收入增加", "成员就业", "家庭人口减少"]),
                ]
            )
        d.add(
            table(
                d, ["序号", d.choice(["户主", "姓名", "保障对象"]), "原类别", "调整后类别", "调整原因"], rows
            )
        )
    d.ln("")
    objection(d, f"{townorg(d)}民政办（社会事务办）")
    sign(d, townorg(d))
    return "changes"


def dibao_tekun(d):
    rng = d.rng
    inst = d.choice(
        [
            f"{d.town}敬老院",
            f"{d.county}社会福利中心",
            f"{d.county}特困人员供养服务中心",
            f"{d.town}中心敬老院",
        ]
    )
    meta_header(d, f"{d.county}民政局", 0.3)
    d.ln(
        d.choice(
            [
                f"{d.county}{d.year}年特困人员救助供养对象名单",
                f"{d.town}特困供养人员花名册（{d.year}年）",
                f"{d.year}年度农村特困人员认定结果（{d.town}）",
            ]
        )
    )
    head = d.choice(["姓名", "供养对象", "特困人员姓名", "救助供养对象", "享受人员"])
    hdr = [
        "序号",
        head,
        "性别",
        d.choice(["年龄", "出生年月"]),
        d.choice(["供养方式", "供养形式"]),
        d.choice(["自理能力", "生活自理能力", "照料护理等级"]),
    ]
    cg = d.chance(0.6)
    if cg:
        hdr += [d.choice(["照料人", "委托照料人", "监护人/照料人"]), "照料人电话"]
    withid = d.chance(0.4)
    if withid:
        hdr.insert(3, "身份证号")
    hdr += [d.choice(["基本生活费（元/月）", "供养标准"]), "备注"]
    rows = []
    for i in range(rng.randint(4, 12)):
        p = d.person(age=(58, 96))
        way = d.choice(["分散供养", "分散供养", "集中供养"])
        cap = d.choice(["全自理", "全自理", "半失能", "全失能", "部分失能"])
        r = [str(i + 1), d.N(p), p.sex]
        if withid:
            r.append(d.ID(p))
        r.append(str(age_of(d, p)) if "年龄" in hdr[3 + withid] else pcol(d, "birth", p))
        r.append(way if way == "分散供养" else f"集中（{inst}）")
        r.append(cap if cap == "全自理" else d.H(cap))
        if cg:
            if way == "分散供养":
                c = d.person(age=(30, 70))
                r += [d.N(c), d.MOB(c, "a")]
            else:
                r += [inst, d.office_tel()]
        r.append(str(d.money(500, 1300, 10)))
        br = rng.random()
        if br < 0.25:
            r.append(d.H(disease(d)))
        elif br < 0.4:
            r.append(d.H(disab(d)))
        elif br < 0.5:
            r.append(d.choice(["新增", "本季度新认定", "五保户转入"]))
        else:
            r.append("")
        rows.append(r)
    d.add(table(d, hdr, rows))
    d.ln("")
    d.ln(
        "说明："
        + d.choice(
            [
                "生活自理能力按《特困人员生活自理能力评估办法》评估；",
                "照料护理标准按自理、半失能、全失能三档执行；",
            ]
        )
        + f"集中供养机构联系电话：{d.office_tel()}。"
    )
    if d.chance(0.5):
        objection(d, f"{d.county}民政局社会救助股")
    sign(d, f"{d.county}民政局" if d.chance(0.5) else townorg(d))
    return "tekun"


def temp_reason(d, p, fam):
    rng = d.rng
    r = rng.random()
    if r < 0.35:
        return [
            ("因", None),
            *d.H(disease(d)),
            (d.choice(["住院治疗，自付医疗费用较高", "在省人民医院住院，花费较大", "术后需长期治疗"]), None),
        ]
    if r < 0.55:
        return [
            (d.choice(["因交通事故致", "务工时意外致", "因摔伤致"]), None),
            *d.H(d.choice(INJURIES)),
            ("，家庭生活暂时困难", None),
        ]
    if r < 0.7 and fam:
        rel, m = d.choice(fam)
        return [(f"其{rel}", None), *d.N(m), ("突发", None), *d.H(disease(d)), ("，急需救治", None)]
    if r < 0.85:
        return [
            (
                d.choice(
                    ["房屋失火，家庭财产损失严重", "因暴雨房屋倒塌", "因洪灾致住房受损", "牲畜因雪灾大量死亡"]
                ),
                None,
            )
        ]
    return [
        (
            d.choice(["子女上学费用支出较大", "遭遇突发事件，基本生活陷入困境", "外出务工返乡途中财物被盗"]),
            None,
        )
    ]


def dibao_linshi(d):
    rng = d.rng
    office = d.choice([f"{d.county}民政局", townorg(d)])
    meta_header(d, office)
    d.ln(
        d.choice(
            [
                f"{d.town}{d.year}年{rng.randint(1, 12)}月临时救助对象公示",
                f"关于{d.year}年第{cn_num(rng.randint(1, 4))}批临时救助对象的公示",
                f"{d.county}临时救助审批结果公示（{d.year}年第{rng.randint(1, 12)}期）",
            ]
        )
    )
    d.ln("")
    d.ln(
        "根据《社会救助暂行办法》和"
        + f"《{d.R['prov']}临时救助实施办法》规定，经个人申请、乡镇（街道）审核、县民政局审批，"
        + d.choice(
            [
                "现将临时救助对象予以公示：",
                "以下人员符合临时救助条件，现予公示：",
                "拟对以下困难群众给予临时救助：",
            ]
        )
    )
    style = d.choice(["table", "list", "table"])
    hw = d.choice(["救助对象", "申请人", "姓名", "受助人", "户主"])
    people = []
    for _ in range(rng.randint(3, 10)):
        p = d.person(age=(18, 88))
        fam = d.family(p, rng.randint(0, 2))
        people.append((p, fam))
    if style == "table":
        rows = []
        for i, (p, fam) in enumerate(people):
            rows.append(
                [
                    str(i + 1),
                    d.N(p),
                    d.ADDR(p, d.choice("vt")) if d.chance(0.6) else pcol(d, "vil", p),
                    temp_reason(d, p, fam),
                    d.choice(["急难型", "支出型", "急难型", "生活无着"]),
                    str(d.money(500, 10000, 100)),
                ]
            )
        d.add(
            table(
                d,
                [
                    "序号",
                    hw,
                    d.choice(["家庭住址", "住址", "所在村组"]),
                    d.choice(["救助事由", "致困原因", "申请事由"]),
                    "救助类型",
                    d.choice(["救助金额（元）", "金额", "拟救助金额"]),
                ],
                rows,
            )
        )
    else:
        for i, (p, fam) in enumerate(people):
            d.ln(
                f"{i + 1}、",
                d.N(p),
                "，",
                d.ADDR(p, "t") if d.chance(0.6) else pcol(d, "vil", p),
                "，",
                temp_reason(d, p, fam),
                f"，给予{d.choice(['急难型', '支出型'])}临时救助{d.money(500, 8000, 100)}元。",
            )
    d.ln("")
    objection(d, office)
    sign(d, office)
    return "linshi"


def dibao_survey(d):
    rng = d.rng
    p = d.person(age=(28, 80))
    fam = d.family(p, rng.randint(1, 4), with_parent=d.chance(0.3))
    inv1, inv2 = d.official(), d.official()
    dt = d.date()
    prog = d.choice(["最低生活保障", "低保", "特困人员供养", "临时救助", "低保边缘家庭认定"])
    d.ln(
        d.choice(
            [f"{prog}入户调查记录", f"{d.county}{prog}家庭经济状况入户调查表", f"{prog}申请家庭入户核查笔录"]
        )
    )
    pdt = d.fd(dt)
    pairs = [
        ("调查时间", f"{pdt} {rng.randint(8, 17)}时{rng.choice(['00', '10', '20', '30', '40'])}分"),
        ("调查地点", d.choice([[("申请人家中（", None), *d.ADDR(p, "c"), ("）", None)], d.ADDR(p, "t")])),
        ("调查人", f"{inv1}、{inv2}（{d.town}民政办工作人员）"),
        ("被调查人", d.N(p)),
        ("性别", p.sex),
        ("身份证号", d.ID(p)),
        ("联系电话", d.MOB(p) if d.chance(0.8) else d.TEL(p)),
    ]
    if d.chance(0.3):
        pairs.append(("家庭固定电话", d.TEL()))
    d.add(kvgrid(d, pairs))
    d.ln("")
    d.ln(d.choice(["一、家庭成员情况", "家庭成员及健康状况：", "【家庭成员】"]))
    rows = [
        [
            "户主",
            d.N(p),
            p.sex,
            str(age_of(d, p)),
            pcol(d, "health", p),
            d.choice(["务农", "无业", "零工", "在家"]),
        ]
    ]
    for rel, m in fam:
        a = age_of(d, m)
        rows.append(
            [
                rel,
                d.N(m),
                m.sex,
                str(a),
                pcol(d, "health", m),
                "在校" if a < 18 else d.choice(["务农", "外出务工", "无业", "照料家人", "零工"]),
            ]
        )
    d.add(
        table(
            d, ["与户主关系", "姓名", "性别", "年龄", d.choice(["健康状况", "身体状况"]), "就业/就学"], rows
        )
    )
    d.ln("")
    d.ln("二、收入及财产情况")
    d.ln(
        f"家庭耕地{rng.randint(1, 15)}亩，"
        + d.choice(
            [
                "种植玉米、谷子",
                "种植水稻",
                "种植橡胶、槟榔",
                "放牧牦牛" + str(rng.randint(3, 30)) + "头",
                "种植大豆",
            ]
        )
        + f"，年纯收入约{d.money(2000, 15000, 100)}元；"
        + d.choice(["享受耕地地力补贴", "无其他经营性收入", "有少量养老金收入"])
        + "。"
    )
    r = rng.random()
    if r < 0.35:
        d.ln(
            "家庭拥有",
            d.choice(["农用三轮车", "二手面包车", "摩托车", "小型货车"]),
            "一辆，号牌号码",
            d.plate(),
            f"，购置于{d.year - rng.randint(3, 12)}年，估值约{d.money(2, 30)}千元。",
        )
    else:
        d.ln("经查询，家庭成员名下无机动车辆、无工商登记信息、无商品住房。")
    if d.chance(0.35):
        rel, m = d.choice(fam)
        kind = d.choice(["护照", "护照", "往来港澳通行证", "往来台湾通行证"])
        num = {"护照": d.passport, "往来港澳通行证": d.hkmo, "往来台湾通行证": d.twp}[kind]()
        place = {
            "护照": d.choice(["马来西亚", "迪拜", "日本", "新加坡"]),
            "往来港澳通行证": d.choice(["澳门", "香港"]),
            "往来台湾通行证": "台湾",
        }[kind]
        d.ln(
            f"其{rel}",
            d.N(m),
            f"在{place}务工，持{kind}（号码：",
            num,
            f"），据申请人陈述每年寄回约{d.money(3000, 12000, 500)}元。",
        )
    d.ln("")
    d.ln("三、邻里走访情况")
    for _ in range(rng.randint(1, 2)):
        nb = d.person(age=(30, 75))
        d.ln(
            d.choice(["走访邻居", "询问同组村民", "走访"]),
            d.N(nb),
            "（",
            d.ADDR(nb, "v"),
            "），其反映：“",
            d.N(p),
            d.choice(["家确实困难，", "家里就靠种地，", "一家人老实本分，"])
            + d.choice(["常年看病花钱多。”", "没有其他收入。”", "孩子还在上学。”"]),
        )
    d.ln("")
    d.ln("四、调查结论")
    d.ln(
        d.choice(
            [
                "经入户调查，申请人家庭收入、财产状况与申报情况基本一致，建议提交民主评议。",
                "申请人家庭人均收入低于当地低保标准，符合条件。",
                "申报情况属实，建议予以救助。",
            ]
        )
    )
    d.ln("")
    d.ln("被调查人签字（手印）：", d.N(p), f"    调查人签字：{inv1}  {inv2}")
    d.ln(f"日期：{pdt}")
    return "survey"


# ----------------------------------------------------------------------------------------------
# family 2: penalty
# ----------------------------------------------------------------------------------------------
AGENCIES = {
    "market": ("市场监督管理局", "市监", "市场监管"),
    "traffic": ("交通运输局", "交", "交通运输"),
    "urban": ("综合行政执法局", "综执", "城市管理"),
    "env": ("生态环境局", "环", "生态环境"),
    "land": ("自然资源局", "自然资", "自然资源"),
    "police": ("公安局", "公", "公安"),
    "fish": ("农业农村局", "农", "农业综合执法"),
    "health": ("卫生健康局", "卫", "卫生健康"),
}


DOM_FACTS = {
    "market": [
        "销售超过保质期的食品",
        "未按规定公示营业执照",
        "销售不合格电动自行车",
        "无照经营",
        "使用未经检定的计量器具",
    ],
    "traffic": [
        "未取得道路运输经营许可擅自从事道路运输经营",
        "超限运输",
        "出租汽车巡游揽客未使用计价器",
        "非法营运",
    ],
    "urban": ["占道经营", "未经批准擅自搭建建筑物", "随意倾倒建筑垃圾", "违规设置户外广告"],
    "env": ["露天焚烧秸秆", "露天焚烧垃圾", "未采取防尘措施堆放散装物料", "畜禽养殖废水直排"],
    "land": ["擅自占用耕地建住宅", "非法占用林地", "未经批准非法采砂"],
    "police": ["殴打他人", "故意损毁财物", "寻衅滋事", "赌博"],
    "fish": ["禁渔期内电鱼", "使用禁用渔具捕捞", "非法收购禁捕水产品"],
    "health": ["非法行医", "未取得医疗机构执业许可证擅自执业", "公共场所卫生许可证过期"],
}


def agency(d, dom):
    nm, ab, _ = AGENCIES[dom]
    if dom == "env":
        org = f"{d.R['city'] or '海南省'}生态环境局{d.county.replace('黎族苗族自治县', '')}分局"
    elif dom == "police":
        org = f"{d.county}公安局" + (
            d.choice(["", f"{d.town.replace('街道', '').replace('镇', '').replace('乡', '')}派出所"])
        )
    else:
        org = d.county + nm
    return org, ab


SHOP_KINDS = {
    "market": ["副食店", "便利店", "五金店", "农资经营部", "百货商店", "电动车行"],
    "health": ["诊所", "药店", "推拿馆"],
    "urban": ["烧烤店", "小吃店", "烩面馆", "水果店"],
    "env": ["汽修部", "养殖场", "废品收购站"],
}


def shop_name(d, p, dom=None):
    sur = surname_of(p.name, d.R["style"]) or d.choice(["格桑", "康巴", "雪域"])
    kind = d.choice(
        SHOP_KINDS.get(dom, ["副食店", "便利店", "烩面馆", "五金店", "小吃店", "汽修部", "百货商店"])
    )
    pre = d.choice([f"老{sur}", f"{sur}记", d.choice(["兴旺", "鑫源", "福顺", "阳光", "惠民", "康乐"])])
    return f"{d.county}{pre}{kind}"


def party_block(d, p, dom, is_shop):
    rng = d.rng
    lab = d.choice(["当事人", "当事人", "违法行为人" if dom == "police" else "被处罚人", "当事人姓名"])
    if is_shop:
        sn = shop_name(d, p, dom)
        cc = credit_code(rng, "92", d.ccode)
        lines = [
            [(f"当事人：{sn}", None)],
            [(f"主体资格证照名称：营业执照    统一社会信用代码：{cc}", None)],
            [(f"经营场所：{d.OFFADDR()}", None)],
            [
                (d.choice(["经营者：", "经营者姓名：", "负责人："]), None),
                *d.N(p),
                (f"，{p.sex}，{ethnic(d, p)}", None),
            ],
            [("身份证号码：", None), *d.ID(p)],
        ]
        if d.chance(0.6):
            lines.append([("住所：", None), *d.ADDR(p, "c")])
        if d.chance(0.7):
            lines.append([("联系电话：", None), *d.MOB(p)])
        return sn, lines
    style = d.choice("ab")
    if style == "a":
        pp = [
            (f"{lab}：", None),
            *d.N(p),
            (f"，{p.sex}，{ethnic(d, p)}，{p.birth.year}年{p.birth.month}月{p.birth.day}日出生，", None),
        ]
        pp += [(d.choice(["公民身份号码", "身份证号码", "身份证号"]) + "：", None), *d.ID(p), ("，", None)]
        pp += [(d.choice(["住址", "户籍地址", "现住址", "住"]) + "：", None), *d.ADDR(p, d.choice("pct"))]
        if d.chance(0.7):
            pp += [("，联系电话：", None)] + (d.MOB(p) if d.chance(0.8) else d.TEL(p))
        if d.chance(0.12):
            pp += [("，电子邮箱：", None), *d.EMAIL()]
        pp += [("。", None)]
        lines = [pp]
    else:
        lines = [
            [(f"{lab}：", None), *d.N(p)],
            [(f"性别：{p.sex}    民族：{ethnic(d, p)}", None)],
            [(d.choice(["身份证件号码：", "证件号码：", "身份证号："]), None), *d.ID(p)],
            [(d.choice(["住址：", "家庭住址：", "现住址："]), None), *d.ADDR(p, d.choice("pct"))],
        ]
        if d.chance(0.7):
            lines.append([("联系方式：", None), *d.MOB(p)])
        if d.chance(0.15):
            lines.append([("电子邮箱：", None), *d.EMAIL()])
    return None, lines


def facts(d, dom, p, sn):
    """returns list of paragraphs (parts lists), violated rule, fine"""
    rng = d.rng
    dt = d.date()
    o1, o2 = d.official(), d.official()
    when = d.fd(dt, "a")
    paras = []
    fine = d.money(200, 20000, 100)
    extra = []
    if dom == "market":
        goods = d.choice(
            ["超过保质期的饼干", "过期奶粉", "无中文标签的进口糖果", "不合格的散装白酒", "未经检疫的猪肉"]
        )
        paras.append(
            [
                (
                    f"{when}，本局执法人员{o1}、{o2}对{sn or '当事人经营场所'}进行检查，"
                    f"发现当事人经营的货架上摆放{goods}{rng.randint(3, 60)}"
                    f"{d.choice(['袋', '盒', '瓶', '公斤'])}，货值金额{d.money(80, 3000)}元，违法所得"
                    f"{d.money(10, 500)}元。",
                    None,
                )
            ]
        )
        rule = d.choice(
            [
                "《中华人民共和国食品安全法》第三十四条第（十）项",
                "《中华人民共和国产品质量法》第三十九条",
                "《中华人民共和国食品安全法》第一百二十四条",
            ]
        )
        wit = d.person(age=(20, 60))
        extra = [
            [
                ("上述事实有现场检查笔录、现场照片、当事人询问笔录及购买人", None),
                *d.N(wit),
                ("的证言等证据证实。", None),
            ]
        ]
    elif dom == "traffic":
        pax = d.person(age=(18, 70))
        paras.append(
            [
                (
                    f"{when}{rng.randint(7, 20)}时许，本局执法人员在{d.county}"
                    f"{d.choice(['汽车站', '高铁站出站口', '人民医院门口', '城区十字路口'])}检查时发现，",
                    None,
                ),
                *d.N(p),
                ("驾驶号牌为", None),
                *d.plate(),
                (f"的{d.choice(['白色', '黑色', '银灰色'])}小型轿车，未取得道路运输经营许可，搭载乘客", None),
                *d.N(pax),
                (f"从{d.county}前往{d.choice(d.towns)}，约定车费{d.money(20, 120)}元。", None),
            ]
        )
        rule = "《中华人民共和国道路运输条例》第六十三条"
        extra = [[("乘客", None), *d.N(pax), ("在询问笔录中对上述事实予以确认。", None)]]
        fine = d.money(5000, 30000, 1000)
    elif dom == "urban":
        if d.chance(0.5):
            paras.append(
                [
                    (
                        f"当事人于{when}起在{d.county}{d.choice(d.R['roads'])}人行道上占道经营"
                        f"{d.choice(['水果', '烧烤', '服装', '蔬菜'])}，经执法人员多次劝导仍不改正。",
                        None,
                    )
                ]
            )
            rule = f"《{d.R['prov']}城市市容和环境卫生管理条例》"
            fine = d.money(50, 500, 50)
        elif sn:
            paras.append(
                [
                    (
                        f"当事人在其经营的{sn}门前违规搭建彩钢棚约{rng.randint(10, 60)}平方米，"
                        "经责令限期拆除后逾期未拆除。",
                        None,
                    )
                ]
            )
            rule = "《城市市容和环境卫生管理条例》第三十六条"
        else:
            paras.append(
                [
                    ("当事人未取得建设工程规划许可证，擅自在", None),
                    *d.ADDR(p, "c"),
                    (f"自家宅院内新建砖混结构房屋，建筑面积约{rng.randint(20, 180)}平方米。", None),
                ]
            )
            rule = "《中华人民共和国城乡规划法》第六十四条"
    elif dom == "env":
        paras.append(
            [
                (
                    f"{when}，执法人员{o1}、{o2}巡查发现当事人在"
                    f"{(sn + '后院') if sn else d.town + d.village + d.choice(['耕地', '河滩', '路边空地'])}"
                    f"露天焚烧{d.choice(['秸秆', '废旧轮胎', '生活垃圾', '废塑料'])}，产生大量浓烟。",
                    None,
                )
            ]
        )
        rule = "《中华人民共和国大气污染防治法》第一百一十九条"
        fine = d.money(500, 5000, 100)
    elif dom == "land":
        ne, nw = d.person(age=(30, 80)), d.person(age=(30, 80))
        paras.append(
            [
                (
                    f"经查，当事人于{d.year - 1}年{rng.randint(1, 12)}月，未经批准擅自占用{d.town}"
                    f"{d.village}集体耕地{rng.randint(80, 900)}平方米建设住房。该地块四至：东至",
                    None,
                ),
                *d.N(ne),
                ("承包地，西至", None),
                *d.N(nw),
                (d.choice(["宅基地，南至村道，北至水渠。", "住宅，南至机耕路，北至荒坡。"]), None),
            ]
        )
        rule = "《中华人民共和国土地管理法》第七十八条"
        extra = [[(f"地块坐标及面积经{d.county}自然资源局测绘队实测，项目编号{d.fake18()}。", None)]]
    elif dom == "police":
        vic = d.person(age=(16, 75))
        inj = d.choice([*INJURIES[:8], "面部软组织挫伤", "左额部挫裂伤", "鼻骨骨折", "右前臂擦挫伤"])
        grade = d.choice(["轻微伤", "轻微伤", "轻伤二级"])
        paras.append(
            [
                (f"{when}{rng.randint(8, 23)}时许，", None),
                *d.N(p),
                (
                    f"在{d.town}{d.village}因{d.choice(['宅基地纠纷', '琐事', '浇地用水', '饮酒后口角'])}与",
                    None,
                ),
                *d.N(vic),
                ("发生争执，后用拳头殴打", None),
                *d.N(vic),
                ("，致", None),
                *d.N(vic),
                ("受伤。经鉴定，", None),
                *d.N(vic),
                ("的损伤为", None),
                *d.H(inj),
                ("，属", None),
                *d.H(grade),
                ("。", None),
            ]
        )
        rule = "《中华人民共和国治安管理处罚法》第四十三条第一款"
        fine = d.money(200, 500, 100)
        w = d.person(age=(18, 70))
        extra = [
            [
                ("以上事实有违法行为人陈述和申辩、被侵害人", None),
                *d.N(vic),
                ("陈述、证人", None),
                *d.N(w),
                ("证言、伤情鉴定意见书等证据证实。", None),
            ]
        ]
    elif dom == "fish":
        river = d.choice(d.R["rivers"])
        paras.append(
            [
                (
                    f"{when}{d.choice(['凌晨', '夜间', '傍晚'])}，本局渔政执法人员在{river}{d.town}"
                    f"段巡查时，发现当事人在禁渔期内使用{d.choice(['电鱼器具', '地笼网', '三层刺网'])}捕捞，"
                    f"现场查获渔获物{rng.randint(1, 30)}公斤。",
                    None,
                )
            ]
        )
        rule = "《中华人民共和国渔业法》第三十八条"
        fine = d.money(500, 5000, 100)
    else:  # health
        pat = d.person(age=(5, 80))
        paras.append(
            (
                [(f"当事人未取得《医疗机构执业许可证》，在其经营的{sn}内擅自开展诊疗活动。", None)]
                if sn
                else [
                    ("当事人未取得《医疗机构执业许可证》，在", None),
                    *d.ADDR(p, "c"),
                    ("家中擅自开展诊疗活动。", None),
                ]
            )
            + [(f"{when}，执法人员现场发现当事人正在为患者", None)]
            + d.N(pat)
            + [("进行静脉输液，该患者自述患", None)]
            + d.H(d.choice(["上呼吸道感染", "急性肠胃炎", "支气管炎", "腰椎间盘突出"]))
            + [("。", None)]
        )
        rule = "《医疗机构管理条例》第四十三条"
        fine = d.money(3000, 50000, 1000)
    return paras + extra, rule, fine


def penalty_decision(d):
    rng = d.rng
    dom = d.choice(list(AGENCIES))
    org, ab = agency(d, dom)
    is_shop = dom in ("market", "health", "urban", "env") and d.chance(0.4)
    p = d.person(age=(20, 70))
    no = f"{d.abbr}{ab}{d.choice(['罚决字', '处罚', '罚字', '行罚决字'])}〔{d.year}〕{rng.randint(1, 300)}号"
    if dom == "police":
        no = f"{d.abbr}公（{d.choice(['治', '刑'])}）行罚决字〔{d.year}〕{rng.randint(100, 9999)}号"
    meta_header(d, org, 0.3)
    d.ln(org)
    d.ln(
        d.choice(
            [
                "行政处罚决定书",
                "行 政 处 罚 决 定 书",
                "当场行政处罚决定书" if dom in ("traffic", "urban") else "行政处罚决定书",
            ]
        )
    )
    d.ln(no)
    d.ln("")
    sn, lines = party_block(d, p, dom, is_shop)
    for line in lines:
        d.ln(line)
    d.ln("")
    paras, rule, fine = facts(d, dom, p, sn)
    if d.chance(0.4):
        d.ln(
            f"本机关于{d.fd(d.date(1, 6))}对当事人涉嫌违法一案立案调查（案件编号：{d.abbr}{ab}立〔{d.year}〕"
            f"{rng.randint(1, 400)}号）。现已调查终结。"
        )
    d.ln("经查，" if d.chance(0.5) else "", paras[0])
    for ppp in paras[1:]:
        d.ln(ppp)
    d.ln(
        f"本机关认为，当事人的上述行为违反了{rule}的规定。"
        + d.choice(
            [
                f"本机关于{d.fd(d.date())}向当事人送达了《行政处罚告知书》，当事人在法定期限内未提出陈述、申辩意见。",
                "当事人在陈述申辩中表示认识到错误，愿意接受处罚。",
                "当事人未要求听证。",
            ]
        )
    )
    if d.chance(0.3):
        d.ln(
            "当事人",
            d.N(p),
            d.choice(["系初次违法且危害后果轻微，", "主动消除违法行为危害后果，"]),
            "依法从轻处罚。",
        )
    d.ln("依据" + rule + "的规定，本机关决定对当事人作出如下行政处罚：")
    pen = [f"罚款人民币{fine}元"]
    if dom == "police":
        pen = [f"行政拘留{rng.randint(3, 15)}日", f"并处罚款{fine}元"] if d.chance(0.5) else [f"罚款{fine}元"]
    elif dom == "market":
        pen.insert(0, "没收违法经营的商品")
    elif dom == "traffic" and d.chance(0.5):
        pen.append("暂扣车辆")
    for i, x in enumerate(pen):
        d.ln(f"{cn_num(i + 1)}、{x}；" if len(pen) > 1 else f"{x}。")
    bank = d.choice(["中国农业银行", "中国工商银行", "中国建设银行", "农村商业银行"])
    acct = "".join(rng.choice("0123456789") for _ in range(rng.choice((17, 20, 21))))
    acct = "1" + acct[1:]
    d.ln(
        f"当事人应当自收到本决定书之日起十五日内，持本决定书到{bank}{d.county}支行缴纳罚款（收款单位：{d.county}财政局非税收入专户，账号：{acct}）。"
        "到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
    )
    d.ln(
        f"当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向{d.county}人民政府申请行政复议，也可以在六个月内直接向{d.county}人民法院提起行政诉讼。"
        "申请行政复议或者提起行政诉讼的，行政处罚不停止执行。"
    )
    d.ln("")
    d.ln(f"{org}（印章）")
    d.ln(d.fd(d.date(), d.choice("aae")))
    if d.chance(0.35):
        d.ln(
            f"执法人员：{d.official()}（执法证号：{d.R['area'][1:]}{rng.randint(10000000, 99999999)}）  "
            f"{d.official()}（执法证号：{d.R['area'][1:]}{rng.randint(10000000, 99999999)}）"
        )
    if d.chance(0.3):
        d.ln(
            f"（本文书一式三份，一份送达当事人，一份归档，一份交{d.choice(['财政部门', '执行机构'])}。"
            f"联系电话：{d.office_tel()}）"
        )
    return "decision"


def penalty_table(d):
    rng = d.rng
    dom = d.choice(list(AGENCIES))
    org, ab = agency(d, dom)
    d.ln(
        d.choice(
            [
                f"{org}{d.year}年{rng.randint(1, 12)}月行政处罚结果公示",
                f"{org}行政处罚信息双公示（{d.year}年第{rng.randint(1, 40)}期）",
                f"{org}行政处罚案件信息公开表",
            ]
        )
    )
    layout = d.choice(["wide", "narrow", "blocks"])
    rows = []
    full_ids = d.chance(0.5)
    for i in range(rng.randint(3, 10)):
        kind = d.choice(["自然人", "自然人", "个体工商户", "法人及非法人组织"])
        no = f"{d.abbr}{ab}罚〔{d.year}〕{rng.randint(1, 400)}号"
        amt = d.money(1, 300) / 100 if d.chance(0.5) else d.money(100, 50000, 100)
        fact = d.choice(DOM_FACTS[dom])
        if kind == "自然人":
            p = d.person(age=(20, 70))
            nm = d.N(p)
            code = d.ID(p) if full_ids else d.mask_id(p)
            rep = ""
        elif kind == "个体工商户":
            p = d.person(age=(20, 70))
            nm = shop_name(d, p, dom)
            code = credit_code(rng, "92", d.ccode)
            rep = d.N(p)
        else:
            nm = (
                f"{d.R['city'] or '琼中'}{d.choice(['兴达', '顺通', '宏远', '金鼎', '泰和', '华康'])}"
                f"{d.choice(['商贸有限公司', '建材有限公司', '农业开发有限公司', '运输有限公司'])}"
            )
            code = credit_code(rng, "91", d.ccode)
            rep = d.official()
        rows.append((str(i + 1), nm, kind, code, rep, no, fact, amt))
    if layout == "blocks":
        for r in rows:
            items = [
                ("行政相对人名称", r[1]),
                ("行政相对人类别", r[2]),
                ("统一社会信用代码" if r[2] != "自然人" else "证件号码", r[3]),
            ]
            if r[4]:
                items.append(
                    (
                        "法定代表人"
                        if r[2] != "个体工商户"
                        else d.choice(["经营者", "法定代表人（经营者）"]),
                        r[4],
                    )
                )
            items += [
                ("处罚决定书文号", r[5]),
                ("违法行为类型", r[6]),
                ("处罚类别", "罚款"),
                ("罚款金额（万元）" if isinstance(r[7], float) else "罚款金额（元）", str(r[7])),
                ("处罚决定日期", d.fd(d.date(), "b")),
                ("处罚机关", org),
                ("处罚机关统一社会信用代码", d.gov_cc()),
            ]
            d.add(kvgrid(d, items, "lines" if not d.pdf else d.choice(["lines", "cells"])))
            d.ln("")
    else:
        hdr = [
            "序号",
            d.choice(["行政相对人名称", "被处罚人", "当事人名称/姓名", "相对人名称"]),
            "相对人类别",
            d.choice(["统一社会信用代码/身份证号", "证件号码", "代码"]),
            d.choice(["法定代表人/经营者", "负责人"]),
            "决定书文号",
            "违法事实",
            "处罚金额",
        ]
        rs = [[r[0], r[1], r[2], r[3], r[4], r[5], r[6], str(r[7])] for r in rows]
        if layout == "narrow":
            hdr = [hdr[0], hdr[1], hdr[3], hdr[5], hdr[6], hdr[7]]
            rs = [[r[0], r[1], r[3], r[5], r[6], r[7]] for r in rs]
        d.add(table(d, hdr, rs))
    d.ln("")
    d.ln(f"数据来源：{org}    公示期限：{d.choice(['三年', '自作出决定之日起三年', '一年'])}")
    if d.chance(0.5):
        d.ln(
            f"备注：根据有关规定，自然人{d.choice(['住址、联系方式等', '身份证号码中间位'])}信息不予公开；"
            f"如对公示内容有异议，请致电{d.office_tel()}。"
        )
    return "result_table"


def penalty_receipt(d):
    rng = d.rng
    dom = d.choice(list(AGENCIES))
    org, ab = agency(d, dom)
    p = d.person(age=(20, 75))
    d.ln(org)
    d.ln(d.choice(["送达回证", "送 达 回 证", "文书送达回证"]))
    docname = d.choice(["行政处罚决定书", "行政处罚告知书", "责令改正通知书", "听证告知书", "催告书"])
    wh = f"{d.abbr}{ab}{d.choice(['罚决', '罚告', '责改'])}〔{d.year}〕{rng.randint(1, 300)}号"
    way = d.choice(["直接送达", "直接送达", "留置送达", "邮寄送达", "委托送达"])
    o1, o2 = d.official(), d.official()
    dt = d.date()
    items = [
        (
            "案由",
            d.choice(
                [
                    "涉嫌销售过期食品案",
                    "涉嫌非法营运案",
                    "涉嫌违法建设案",
                    "涉嫌非法占地案",
                    "涉嫌殴打他人案",
                    "涉嫌非法捕捞案",
                ]
            ),
        ),
        ("送达文书名称及文号", f"《{docname}》（{wh}）"),
        ("受送达人", d.N(p)),
        ("送达地点", d.ADDR(p, d.choice("pct"))),
        ("送达方式", way),
    ]
    if way == "邮寄送达":
        items.append(("邮件号码", f"{rng.choice(['11', '10', '98'])}{rng.randint(10**10, 10**11 - 1)}"))
    items.append(("送达人", f"{o1}、{o2}"))
    items.append(("送达时间", f"{d.fd(dt)} {rng.randint(8, 18)}时{rng.randint(0, 59):02d}分"))
    d.add(kvgrid(d, items))
    if way == "留置送达" or (way != "邮寄送达" and d.chance(0.4)):
        rel = d.choice(["妻子", "丈夫", "儿子", "女儿", "母亲", "父亲"])
        q = d.person(
            age=(20, 80),
            surname=surname_of(p.name, d.R["style"]) if rel in ("儿子", "女儿", "父亲") else None,
        )
        if way == "留置送达":
            w1 = d.person(age=(25, 70))
            d.ln(
                "受送达人拒绝签收，送达人员邀请见证人",
                d.N(w1),
                "（",
                d.choice(["邻居", "同村村民", "村民"]),
                "）到场，将文书留置于受送达人住所。",
            )
            d.ln("见证人签名：", d.N(w1), "    联系电话：", d.MOB(w1))
            if d.chance(0.5):
                d.ln(
                    f"村（居）委会见证人：{d.official()}（{d.village}村委会"
                    f"{d.choice(['主任', '委员', '文书'])}）"
                )
        else:
            d.ln(
                "代收人：",
                d.N(q),
                f"（系受送达人之{rel}）",
                "    代收理由：受送达人",
                d.choice(["外出务工", "住院治疗", "不在家"]),
            )
            if d.chance(0.5):
                d.ln("代收人身份证号：", d.ID(q))
    else:
        d.ln("受送达人签名或盖章：", d.N(p), f"    {d.fd(dt)}")
    d.ln(
        "备注："
        + d.choice(
            ["无", "受送达人当场阅读文书内容并签收", "已电话告知受送达人", "受送达人拒绝签字，已拍照留存"]
        )
    )
    d.ln(f"{org}（印章）")
    return "receipt"


def penalty_notice(d):
    """行政处罚告知书 / 听证告知书 (prose letter addressed to the person)"""
    rng = d.rng
    dom = d.choice(list(AGENCIES))
    org, ab = agency(d, dom)
    p = d.person(age=(20, 70))
    hear = d.chance(0.4)
    d.ln(org)
    d.ln("行政处罚" + ("听证告知书" if hear else "事先告知书"))
    d.ln(f"{d.abbr}{ab}{'听告' if hear else '罚告'}〔{d.year}〕{rng.randint(1, 300)}号")
    d.ln("")
    d.ln(d.N(p), "：")
    paras, rule, fine = facts(d, dom, p, None)
    d.ln("经调查，", paras[0])
    for x in paras[1:]:
        d.ln(x)
    d.ln(f"你的上述行为违反了{rule}的规定。本机关拟对你作出罚款人民币{fine}元的行政处罚。")
    if hear:
        d.ln(
            "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有要求举行听证的权利。如要求听证，应当在收到本告知书之日起五日内向本机关提出。"
        )
    else:
        d.ln(
            "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你有权进行陈述和申辩。逾期视为放弃陈述和申辩的权利。"
        )
    d.ln(f"联系人：{d.official()}    联系电话：{d.office_tel()}    地址：{d.OFFADDR()}")
    d.ln("")
    d.ln(f"{org}")
    d.ln(d.fd(d.date()))
    if d.chance(0.6):
        d.ln("当事人签收：", d.N(p), "    联系电话：", d.MOB(p))
    return "notice_letter"


def dibao_reply(d):
    rng = d.rng
    p = d.person(age=(25, 85))
    ok = d.chance(0.4)
    office = d.choice([f"{d.county}民政局", townorg(d)])
    prog = d.choice(["最低生活保障", "特困人员救助供养", "临时救助", "低保边缘家庭"])
    d.ln(office)
    d.ln(f"{prog}{'审批' if ok else '不予批准'}{d.choice(['通知书', '告知书', '决定书'])}")
    d.ln(
        f"{d.abbr}{d.choice(['民救', '民保', '民'])}{'准' if ok else '不准'}字〔{d.year}〕第"
        f"{rng.randint(1, 400)}号"
    )
    d.ln("")
    d.ln(d.N(p), d.choice(["：", "（户主）：", "同志："]))
    d.ln(
        f"你于{d.fd(d.date(1, 6))}提出的{prog}申请收悉。经"
        f"{d.choice(['入户调查、家庭经济状况核对和民主评议', '审核调查及信息核对'])}，",
        d.choice([[("你家共同生活成员", None), (str(rng.randint(1, 5)), None), ("人，", None)], ""]),
    )
    if ok:
        d.ln(
            f"符合{prog}条件，决定自{d.year}年{rng.randint(1, 12)}月起给予保障，月保障金"
            f"{d.money(300, 2000, 10)}元，通过你本人社会保障卡（卡号",
            d.CARD(p),
            "）按月发放。",
        )
    else:
        q = d.person(age=(20, 50), surname=surname_of(p.name, d.R["style"]))
        if d.chance(0.6):
            d.ln(
                "你的",
                d.choice(["儿子", "女儿"]),
                d.N(q),
                f"在{d.choice(['苏州', '深圳', '西宁', '哈尔滨', '海口'])}务工，月工资约"
                f"{d.money(3000, 7000, 100)}元，"
                f"家庭月人均收入{d.money(600, 1500, 10)}元，高于本地低保标准，不符合条件，决定不予批准。",
            )
        else:
            d.ln(
                "你的",
                d.choice(["儿子", "女儿"]),
                d.N(q),
                "名下登记有小型轿车一辆（号牌",
                d.plate(),
                "），根据规定不符合条件，决定不予批准。",
            )
        d.ln(
            "如对本决定不服，可在收到本通知之日起六十日内向",
            f"{d.county}人民政府申请行政复议，或在六个月内向{d.county}人民法院提起行政诉讼。",
        )
    d.ln(f"咨询电话：{d.office_tel()}")
    d.ln("")
    d.ln(office + "（盖章）")
    d.ln(d.fd(d.date(6, 12)))
    d.ln("")
    d.ln(
        "送达地址：",
        d.ADDR(p, d.choice("pct")),
        "    收件人：",
        d.N(p),
        "    ",
        d.choice(
            [[("电话：", None), *d.MOB(p)], [("邮箱：", None), *d.EMAIL()], [("电话：", None), *d.TEL(p)]]
        ),
    )
    return "reply"


# ----------------------------------------------------------------------------------------------
# family 3: notice (公示)
# ----------------------------------------------------------------------------------------------
def notice_intro(d, what, basis):
    d.ln(
        d.choice(
            [
                f"根据{basis}等文件精神，按照“个人申请、村级评议、乡镇审核、县级审批”的程序，现将{what}予以公示：",
                f"依据{basis}，经村（居）委会初审、{d.town}审核，拟确定以下人员为{what}，现予公示。",
                f"按照{basis}要求，为确保公开、公平、公正，现将{what}公示如下：",
            ]
        )
    )


def notice_subsidy(d):
    rng = d.rng
    kind = d.choice(
        [
            "高龄津贴",
            "农机购置补贴",
            "耕地地力保护补贴",
            "生态护林员补助",
            "孤儿基本生活费",
            "独生子女父母奖励扶助金",
        ]
    )
    office = d.choice(
        [
            f"{d.county}民政局",
            townorg(d),
            f"{d.county}农业农村局",
            f"{d.county}林业和草原局",
            f"{d.county}卫生健康局",
        ]
    )
    meta_header(d, office)
    d.ln(f"{d.town}{d.year}年{kind}{d.choice(['发放对象', '享受对象', '补贴对象', '拟补助人员'])}公示")
    d.ln("")
    notice_intro(
        d,
        f"{d.year}年{kind}对象",
        f"《关于做好{kind}工作的通知》（{d.wenhao(d.choice(['民发', '农发', '财农', '卫发']))}）",
    )
    hdr = ["序号", d.choice(["姓名", "补贴对象", "申请人", "户主", "享受人"])]
    extra = d.choice(["idm", "id", "vil", "addr"])
    hdr.append({"idm": "身份证号", "id": "身份证号码", "vil": "所在村", "addr": "住址"}[extra])
    if kind == "农机购置补贴":
        hdr += ["机具品目", "出厂编号", "补贴金额（元）"]
    elif kind == "高龄津贴":
        hdr += ["出生年月", "年龄", "月津贴（元）"]
    elif kind == "孤儿基本生活费":
        hdr += [d.choice(["监护人", "监护人姓名"]), "与儿童关系", "月标准（元）"]
    else:
        hdr += ["性别", d.choice(["补贴面积（亩）", "人数", "年龄"]), "金额（元）"]
    rows = []
    for i in range(rng.randint(5, 14)):
        age = (80, 101) if kind == "高龄津贴" else (3, 16) if kind == "孤儿基本生活费" else (25, 85)
        p = d.person(age=age)
        r = [str(i + 1), d.N(p)]
        r.append(pcol(d, extra, p))
        if kind == "农机购置补贴":
            r += [
                d.choice(["轮式拖拉机", "谷物联合收割机", "旋耕机", "玉米收获机", "植保无人机"]),
                f"{d.choice(['LX', 'DF', 'SH', 'YT'])}{rng.randint(10**9, 10**10 - 1)}",
                str(d.money(800, 60000, 100)),
            ]
        elif kind == "高龄津贴":
            r += [pcol(d, "birth", p), str(age_of(d, p)), str(d.choice([50, 100, 200, 300, 500]))]
        elif kind == "孤儿基本生活费":
            g = d.person(age=(40, 80))
            r += [
                d.N(g),
                d.choice(["祖父", "祖母", "外祖母", "叔叔", "姑姑", "舅舅"]),
                str(d.money(1000, 1800, 10)),
            ]
        else:
            r += [p.sex, str(rng.randint(1, 30)), str(d.money(100, 12000, 10))]
        rows.append(r)
    d.add(table(d, hdr, rows))
    d.ln("")
    objection(d, office)
    sign(d, office)
    return "subsidy"


def notice_recognition(d):
    rng = d.rng
    what = d.choice(
        ["特困人员", "低收入人口", "事实无人抚养儿童", "防返贫监测对象", "低保边缘家庭", "支出型困难家庭"]
    )
    office = d.choice([f"{d.county}民政局", townorg(d), f"{d.county}乡村振兴局"])
    meta_header(d, office)
    d.ln(f"关于拟认定{d.choice([d.town, d.county])}{what}的公示")
    d.ln("")
    notice_intro(d, f"拟认定的{what}名单", f"《{d.R['prov']}{what}认定办法》")
    n = rng.randint(2, 7)
    style = d.choice(["list", "table", "list"])
    rows = []
    for i in range(n):
        p = d.person(age=(4, 16) if what == "事实无人抚养儿童" else (22, 92))
        if what == "事实无人抚养儿童":
            f1 = d.person("男", age=(30, 50), surname=surname_of(p.name, d.R["style"]))
            f2 = d.person("女", age=(28, 48))
            g = d.person(age=(55, 80))
            reason = [
                ("父亲", None),
                *d.N(f1),
                (d.choice(["服刑在押", "失联", "死亡"]), None),
                ("，母亲", None),
                *d.N(f2),
                ("为", None),
                *d.H(disab(d, d.choice(["精神", "智力", "肢体"]))),
                ("，由", None),
                *d.N(g),
                (f"（{d.choice(['祖母', '祖父', '外婆'])}）照料", None),
            ]
        else:
            rr = rng.random()
            if rr < 0.45:
                reason = [
                    ("本人患", None),
                    *d.H(disease(d)),
                    (d.choice(["，无劳动能力", "，长期治疗", "，医疗支出大"]), None),
                ]
            elif rr < 0.75:
                reason = [("本人", None), *d.H(disab(d)), ("，无法定赡养人", None)]
            else:
                reason = [
                    (
                        d.choice(
                            [
                                "年满60周岁，无劳动能力、无生活来源、无法定赡养抚养扶养义务人",
                                "因灾致困，住房损毁",
                                "家庭刚性支出过大",
                            ]
                        ),
                        None,
                    )
                ]
        if style == "list":
            d.ln(
                f"{i + 1}. ",
                d.N(p),
                f"，{p.sex}，{age_of(d, p)}岁，",
                d.ADDR(p, d.choice("tv")) if d.chance(0.7) else pcol(d, "vil", p),
                "。",
                reason,
                "。",
            )
        else:
            rows.append([str(i + 1), d.N(p), p.sex, str(age_of(d, p)), pcol(d, "vil", p), reason])
    if rows:
        d.add(
            table(
                d,
                [
                    "序号",
                    d.choice(["姓名", "拟认定对象", "对象姓名"]),
                    "性别",
                    "年龄",
                    "所在村（社区）",
                    d.choice(["认定理由", "主要困难", "家庭情况"]),
                ],
                rows,
            )
        )
    d.ln("")
    objection(d, office)
    sign(d, office)
    return "recognition"


def notice_land(d):
    rng = d.rng
    proj = (
        f"{d.choice(['G', 'S'])}{rng.randint(100, 350)}{d.choice(['线改扩建工程', '公路建设项目'])}"
        if d.chance(0.5)
        else d.choice(
            [
                "城区污水处理厂扩建项目",
                "产业园区标准化厂房项目",
                "易地扶贫搬迁安置点配套工程",
                "乡村振兴示范片区道路工程",
            ]
        )
    )
    office = d.choice([f"{d.county}人民政府", f"{d.county}自然资源局", townorg(d)])
    meta_header(d, office)
    d.ln(
        d.choice(
            [
                f"{proj}征收土地补偿安置方案公示",
                f"关于{proj}征地补偿费用分配情况的公示",
                f"{d.town}{d.village}被征地农户补偿明细公示",
            ]
        )
    )
    d.ln("")
    d.ln(
        f"根据《中华人民共和国土地管理法》第四十七条及{d.R['prov']}征地区片综合地价标准（{d.wenhao('政发')}"
        f"），{proj}拟征收{d.town}{d.village}集体土地{rng.randint(10, 300)}.{rng.randint(0, 99):02d}亩，"
        f"现将被征地农户补偿明细公示如下："
    )
    hdr = [
        "序号",
        d.choice(["被征地户", "户主", "承包户姓名", "权利人"]),
        d.choice(["地块编码", "地块号"]),
        "地类",
        "面积（亩）",
        d.choice(["土地补偿费（元）", "补偿金额"]),
        "地上附着物补偿（元）",
    ]
    withcard = d.chance(0.4)
    if withcard:
        hdr.append(d.choice(["收款账号", "银行卡号"]))
    rows = []
    for i in range(rng.randint(4, 12)):
        p = d.person(age=(30, 85))
        r = [
            str(i + 1),
            d.N(p),
            f"{d.ccode}{rng.randint(100, 999)}{d.choice(['JA', 'JB', 'JC'])}{rng.randint(10000, 99999)}",
            d.choice(["水田", "旱地", "林地", "园地", "坡耕地", "草地"]),
            f"{rng.randint(0, 9)}.{rng.randint(0, 99):02d}",
            str(d.money(2000, 180000, 10)),
            str(d.money(0, 30000, 10)),
        ]
        if withcard:
            r.append(d.CARD(p))
        rows.append(r)
    d.add(table(d, hdr, rows))
    d.ln("")
    d.ln("被征地农户对补偿标准有异议的，可在公示之日起30日内申请听证。")
    objection(d, office, days=30)
    sign(d, office)
    return "land"


def notice_disability(d):
    rng = d.rng
    office = d.choice([f"{d.county}残疾人联合会", f"{d.county}民政局", townorg(d)])
    meta_header(d, office)
    d.ln(
        f"{d.town}{d.year}年"
        f"{d.choice(['困难残疾人生活补贴和重度残疾人护理补贴', '残疾人两项补贴', '重度残疾人护理补贴'])}"
        f"{d.choice(['新增对象', '享受对象', '拟发放对象'])}公示"
    )
    d.ln("")
    notice_intro(
        d,
        "残疾人两项补贴对象",
        "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）",
    )
    sep_cols = d.chance(0.4)
    hdr = ["序号", d.choice(["姓名", "残疾人姓名", "补贴对象"]), "性别"]
    hdr += (
        ["残疾类别", "残疾等级"] if sep_cols else [d.choice(["残疾类别及等级", "残疾类别等级", "残疾情况"])]
    )
    hdr += [d.choice(["残疾证号", "残疾人证号"]), d.choice(["补贴类型", "享受类别"]), "月补贴（元）"]
    rows = []
    for i in range(rng.randint(4, 14)):
        p = d.person(age=(6, 88))
        cat = d.choice(DIS_CAT)
        g = d.choice("一二三四")
        r = [str(i + 1), d.N(p), p.sex]
        if sep_cols:
            r += [d.H(f"{cat}残疾" if d.chance(0.6) else cat), d.H(f"{g}级")]
        else:
            r.append(d.H(d.choice([f"{cat}{g}级", f"{cat}残疾{g}级", f"{g}级{cat}"])))
        s = d.idno(p)
        r.append(
            d.choice(
                [
                    s[:6] + "********" + s[-4:] + f"{DIS_CAT.index(cat) + 1}{'一二三四'.index(g) + 1}",
                    "已核验",
                    s[:4] + "**********" + s[-6:-2] + "**",
                ]
            )
        )
        r += [d.choice(["生活补贴", "护理补贴", "两项补贴"]), str(d.money(60, 200, 5))]
        rows.append(r)
    d.add(table(d, hdr, rows))
    d.ln("")
    objection(d, office, unit="cl")
    sign(d, office)
    return "disability"


def notice_housing(d):
    rng = d.rng
    office = d.choice([f"{d.county}住房和城乡建设局", townorg(d)])
    meta_header(d, office)
    d.ln(
        f"{d.town}{d.year}年农村"
        f"{d.choice(['危房改造', '低收入群体等重点对象住房安全保障', '危房改造和抗震改造'])}"
        f"{d.choice(['补助对象', '拟改造户', '对象'])}公示"
    )
    d.ln("")
    notice_intro(d, "农村危房改造对象", f"《{d.R['prov']}农村低收入群体等重点对象住房安全保障工作实施方案》")
    hdr = [
        "序号",
        d.choice(["户主姓名", "户主", "改造户"]),
        d.choice(["家庭住址", "地址", "所在村组"]),
        d.choice(["人口", "家庭人口"]),
        d.choice(["对象类别", "身份类别"]),
        d.choice(["危房等级", "鉴定等级"]),
        "改造方式",
        "补助金额（元）",
    ]
    rows = []
    for i in range(rng.randint(4, 12)):
        p = d.person(age=(30, 88))
        rows.append(
            [
                str(i + 1),
                d.N(p),
                d.ADDR(p, d.choice("vt")) if d.chance(0.75) else pcol(d, "vil", p),
                str(rng.randint(1, 6)),
                d.choice(
                    [
                        "低保户",
                        "分散供养特困人员",
                        "低保边缘家庭",
                        "防返贫监测户",
                        "未享受过住房保障的困难残疾人家庭",
                    ]
                ),
                d.choice(["C级", "D级"]),
                d.choice(["修缮加固", "拆除重建", "原址翻建"]),
                str(d.money(8000, 45000, 500)),
            ]
        )
    d.add(table(d, hdr, rows))
    d.ln("")
    objection(d, office, unit="zjj")
    sign(d, office)
    return "housing"


def notice_homestead(d):
    rng = d.rng
    office = townorg(d)
    meta_header(d, office)
    d.ln(
        d.choice(
            [
                f"{d.village}农村宅基地申请公示",
                f"{d.town}农村村民宅基地和建房申请审批公示（第{rng.randint(1, 20)}批）",
                "关于宅基地申请的公示",
            ]
        )
    )
    d.ln("")
    n = rng.randint(1, 4)
    d.ln(f"经本人申请，{d.village}村民小组会议讨论通过，现将以下{n}户宅基地申请情况予以公示：")
    for i in range(n):
        p = d.person(age=(24, 60))
        fam = d.family(p, rng.randint(1, 4))
        e, w = d.person(age=(30, 80)), d.person(age=(30, 80))
        d.ln(
            f"{cn_num(i + 1)}、申请人：",
            d.N(p),
            f"，{d.village}{rng.randint(1, 10)}组村民，家庭人口{len(fam) + 1}人（",
            member_list(d, p, fam, "a"),
            "）。",
        )
        d.ln(
            f"申请理由：{d.choice(['分户', '原住房为危房', '一户一宅，无宅基地', '子女成年需分户'])}。"
            f"拟建位置：{d.village}{rng.randint(1, 10)}组，"
            f"用地面积{rng.randint(90, 200)}平方米，建筑面积{rng.randint(100, 280)}平方米，"
            f"{d.choice(['两层', '一层', '三层'])}。"
        )
        d.ln(
            "四至：东至",
            d.N(e),
            "宅基地，西至",
            d.choice([d.N(w), [("村道", None)]]),
            f"，南至{d.choice(['水渠', '机耕路', '空地'])}，北至",
            d.choice([[("集体荒地", None)], d.N(d.person(age=(30, 80)))]),
            "。",
        )
        if d.chance(0.3):
            d.ln("原宅基地处置：", d.ADDR(p, "v"), d.choice(["旧宅退还村集体", "原住房交由父母居住"]), "。")
    d.ln("")
    objection(d, f"{office}农业农村办", days=d.choice([5, 7, 10]), unit="nyb")
    sign(d, f"{office}\n{d.village}村民委员会")
    return "homestead"


def notice_relocation(d):
    rng = d.rng
    office = d.choice([f"{d.county}发展和改革局", f"{d.county}乡村振兴局", townorg(d)])
    site = d.choice(
        [
            f"{d.town}集中安置区",
            f"{d.county}县城{d.choice(['幸福', '和谐', '安康', '同心'])}安置小区",
            f"{d.town}{d.choice(['民乐', '康居', '新村'])}安置点",
        ]
    )
    meta_header(d, office)
    d.ln(
        d.choice(
            [
                f"{site}易地扶贫搬迁安置房分配结果公示",
                f"{d.year}年易地搬迁{d.choice(['搬迁对象', '分房结果', '拟搬迁户'])}公示",
            ]
        )
    )
    d.ln("")
    d.ln(
        f"按照“公开抽签、公平分配”的原则，{d.fd(d.date())}在{site}现场组织了安置房抽签，"
        f"{d.choice(['县纪委监委', '公证处', '搬迁户代表'])}全程监督。结果公示如下："
    )
    hdr = [
        "序号",
        d.choice(["搬迁户", "户主", "户主姓名"]),
        d.choice(["迁出地", "原住址"]),
        "搬迁人口",
        "户型（㎡）",
        d.choice(["分配房号", "安置房源", "抽签房号"]),
    ]
    rows = []
    for i in range(rng.randint(5, 14)):
        p = d.person(age=(25, 80))
        d.home(p)
        n = rng.randint(1, 7)
        room = f"{site}{rng.randint(1, 20)}栋{rng.randint(1, 4)}单元{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
        room_cell = [(room, "address")]
        rows.append(
            [str(i + 1), d.N(p), pcol(d, "vil", p), str(n), str(d.choice([25, 50, 75, 100, 125])), room_cell]
        )
    d.add(table(d, hdr, rows))
    d.ln("")
    objection(d, office, unit="fgj")
    sign(d, office)
    return "relocation"


def notice_employment(d):
    rng = d.rng
    office = d.choice([f"{d.county}人力资源和社会保障局", f"{d.county}就业服务中心", townorg(d)])
    meta_header(d, office)
    d.ln(
        d.choice(
            [
                f"{d.year}年"
                + d.choice(
                    ["就业困难人员社会保险补贴", "公益性岗位补贴", "就业援助补贴", "一次性求职创业补贴"]
                )
                + "拟发放人员名单公示",
                f"{d.county}就业援助对象认定公示（第{rng.randint(1, 12)}批）",
            ]
        )
    )
    d.ln("")
    notice_intro(
        d, "就业援助补贴拟发放人员", f"《就业补助资金管理办法》（财社〔2017〕164号）和{d.wenhao('人社发')}"
    )
    hdr = [
        "序号",
        d.choice(["姓名", "申请人", "援助对象"]),
        "性别",
        d.choice(["身份证号", "公民身份号码"]),
        d.choice(["人员类别", "就业困难类型"]),
        d.choice(["补贴类型", "岗位"]),
        "补贴月数",
        "金额（元）",
    ]
    rows = []
    full = d.chance(0.35)
    for i in range(rng.randint(4, 12)):
        p = d.person(age=(20, 58))
        cat = d.choice(
            ["大龄失业人员", "零就业家庭成员", "低保家庭成员", "脱贫劳动力", "长期失业人员", "残疾人"]
        )
        if cat == "残疾人" and d.chance(0.6):
            cat = [("残疾人（", None), *d.H(disab(d)), ("）", None)]
        rows.append(
            [
                str(i + 1),
                d.N(p),
                p.sex,
                d.ID(p) if full else d.mask_id(p),
                cat,
                d.choice(["社保补贴", "公益性岗位补贴（保洁）", "公益性岗位补贴（护林）", "求职创业补贴"]),
                str(rng.randint(1, 12)),
                str(d.money(500, 12000, 10)),
            ]
        )
    d.add(table(d, hdr, rows))
    if d.chance(0.4):
        d.ln("")
        d.ln(
            f"另：经评选，{d.official()}、{d.official()}等同志被评为{d.year}年度全县就业援助工作先进个人，予以通报表扬。"
        )
    d.ln("")
    objection(d, office, unit="rsj")
    sign(d, office)
    return "employment"


def notice_student(d):
    rng = d.rng
    prog = d.choice(["雨露计划", "国家助学金", "生源地助学", "泛海助学", "春蕾计划", "教育帮扶补助"])
    office = d.choice([f"{d.county}教育局", f"{d.county}乡村振兴局", townorg(d), f"{d.county}第一中学"])
    meta_header(d, office)
    d.ln(
        f"{d.year}年{d.choice(['春季', '秋季', ''])}{prog}"
        f"{d.choice(['补助对象', '资助学生名单', '拟资助人员'])}公示"
    )
    d.ln("")
    notice_intro(d, f"{prog}资助对象", f"《{d.R['prov']}{prog}实施办法》")
    hdr = [
        "序号",
        d.choice(["学生姓名", "受助学生", "姓名"]),
        d.choice(["户主姓名", "家长姓名", "监护人"]),
        d.choice(["家庭住址", "所在村", "村（社区）"]),
        d.choice(["就读学校", "学校"]),
        "年级/专业",
        d.choice(["资助金额（元）", "补助标准"]),
    ]
    rows = []
    for i in range(rng.randint(4, 12)):
        par = d.person(age=(36, 60))
        kid = d.person(
            age=(15, 21), surname=surname_of(par.name, d.R["style"]) if d.chance(0.85) else None, near=par
        )
        rows.append(
            [
                str(i + 1),
                d.N(kid),
                d.N(par),
                d.ADDR(par, "v") if d.chance(0.5) else pcol(d, "vil", par),
                d.choice(
                    [
                        f"{d.R['city'] or '海南'}职业技术学院",
                        f"{d.county}职业中专",
                        f"{d.R['prov'][:-1]}交通职业技术学院",
                        f"{d.county}第一中学",
                        "西北农林科技大学",
                    ]
                ),
                d.choice(["一年级", "二年级", "2023级护理", "2024级汽修", "高二", "2022级会计"]),
                str(d.choice([1500, 2000, 3000, 1000, 2500])),
            ]
        )
    d.add(table(d, hdr, rows))
    if d.chance(0.4):
        d.ln("")
        d.ln(
            f"同时，{d.official()}、{d.official()}同学荣获{d.year}年度“"
            f"{d.choice(['自强之星', '优秀学生干部', '三好学生'])}”称号。"
        )
    d.ln("")
    objection(d, office, unit="jyj")
    sign(d, office)
    return "student_aid"


# ----------------------------------------------------------------------------------------------
# family 4: form
# ----------------------------------------------------------------------------------------------
def sig_block(d, applicant, kind="低保"):
    d.ln("")
    d.ln(
        d.choice(["申请人（签字、手印）：", "申请人签字：", "申请人（签名）："]),
        d.N(applicant) if d.chance(0.75) else "",
        f"    {d.fd(d.date())}",
    )
    vil_head = d.official()
    d.ln(
        d.choice(["村（居）民委员会意见：", "村委会初审意见："])
        + d.choice(["经民主评议，情况属实，同意上报。", "该户家庭情况属实，评议通过。", "经核实，同意推荐。"])
    )
    d.ln(f"负责人：{vil_head}（盖章）    {d.fd(d.date())}")
    d.ln(
        d.choice(["乡镇（街道）审核意见：", "乡镇人民政府审核意见："])
        + d.choice(
            [
                "经入户调查、信息核对，符合条件，拟同意。",
                "经审核，建议纳入保障。",
                "情况属实，报县民政局审批。",
            ]
        )
    )
    d.ln(f"经办人：{d.official()}    审核人：{d.official()}    {d.fd(d.date())}")
    d.ln(
        d.choice(["县级民政部门审批意见：", "审批机关意见："])
        + d.choice(["同意。", f"同意按{d.choice(['一', '二', '三'])}类标准给予保障。", "同意救助。"])
    )
    d.ln(f"审批人：{d.official()}    （{d.county}民政局 盖章）")


def family_table(d, head, fam, health=True, ids=True):
    hdr = ["姓名", d.choice(["与申请人关系", "与户主关系", "关系"]), "性别"]
    if ids:
        hdr.append(d.choice(["身份证号码", "公民身份号码"]))
    hdr.append(d.choice(["出生年月", "年龄"]))
    if health:
        hdr.append(d.choice(["健康状况", "身体状况", "健康状况（残疾、疾病）"]))
    hdr.append(d.choice(["职业/就学", "从业状况", "劳动能力"]))
    rows = []
    for rel, m in [("本人" if d.chance(0.5) else "户主", head), *fam]:
        r = [d.N(m), rel, m.sex]
        if ids:
            r.append(d.ID(m))
        r.append(pcol(d, "birth", m) if "出生" in hdr[3 + ids] else str(age_of(d, m)))
        if health:
            r.append(pcol(d, "health", m))
        a = age_of(d, m)
        if a < 7:
            r.append("学龄前")
        elif a < 16:
            r.append(d.choice(["在校学生", "在校", "小学在读", "初中在读"]))
        elif a < 23:
            r.append(d.choice(["在校学生", "务工", "有劳动能力"]))
        elif a >= 60:
            r.append(d.choice(["丧失劳动能力", "部分丧失劳动能力", "务农", "无"]))
        else:
            r.append(d.choice(["有劳动能力", "部分丧失劳动能力", "务农", "外出务工", "无"]))
        rows.append(r)
    return hdr, rows


def form_dibao(d):
    rng = d.rng
    prog = d.choice(["最低生活保障", "特困人员救助供养", "临时救助", "低保边缘家庭"])
    d.ln(
        d.choice([f"{d.R['prov']}{prog}申请审批表", f"{prog}申请审核审批表", f"{d.county}{prog}申请书（表）"])
    )
    d.ln(
        f"{d.choice(['编号', '受理编号', '档案号'])}：{d.abbr}{d.choice(['民', '救'])}{d.year}"
        f"{rng.randint(1, 9999):04d}    填表日期：{d.fd(d.date())}"
    )
    p = d.person(age=(28, 85))
    fam = d.family(p, rng.randint(0, 4))
    pairs = [
        ("申请人姓名", d.N(p)),
        ("性别", p.sex),
        ("民族", ethnic(d, p)),
        ("出生日期", pcol(d, "birth", p)),
        ("身份证号码", d.ID(p)),
        ("户籍所在地", d.ADDR(p, "c") if d.chance(0.5) else f"{d.county}{d.town}"),
        ("现居住地址", d.ADDR(p, "p") if d.chance(0.3) else d.ADDR(p, "c")),
        ("联系电话", d.MOB(p)),
    ]
    if d.chance(0.3):
        pairs.append(("固定电话", d.TEL(p)))
    if d.chance(0.15):
        pairs.append(("电子邮箱", d.EMAIL()))
    if d.chance(0.4):
        pairs.append(("开户银行", d.bank_of(p)))
        pairs.append(("银行账号", d.CARD(p)))
    pairs += [
        ("家庭人口", f"{len(fam) + 1}人"),
        ("家庭月总收入", f"{d.money(0, 2000, 10)}元"),
        ("申请类别", d.choice(["A类", "B类", "全额", "分类施保"])),
    ]
    d.add(kvgrid(d, pairs))
    d.ln("")
    d.ln(d.choice(["共同生活家庭成员情况", "家庭成员基本情况", "家庭成员"]))
    hdr, rows = family_table(d, p, fam, ids=d.chance(0.7))
    d.add(table(d, hdr, rows))
    d.ln("")
    d.ln(
        d.choice(["申请理由：", "申请事由（家庭困难情况）："]),
        d.N(p) if d.chance(0.3) else "本人",
        d.choice(["家中", "家", "一家"]),
        d.choice(["因病致贫，", "常年有病人，", "缺乏劳动力，"]),
        [("本人患", None), *d.H(disease(d)), ("，", None)] if d.chance(0.6) else "",
        d.choice(
            [
                "无固定收入，生活十分困难，特申请。",
                "治疗费用高，家庭无力承担，请求给予救助。",
                "无其他生活来源，恳请批准。",
            ]
        ),
    )
    d.ln(
        "家庭经济状况核对情况："
        + d.choice(
            [
                "无车辆、无商品房、无工商登记、存款低于规定标准。",
                "信息核对报告编号" + d.luhn_other(18) + "，未发现异常。",
            ]
        )
    )
    sig_block(d, p)
    return "dibao_apply"


def form_disability(d):
    p = d.person(age=(8, 85))
    d.ln(
        d.choice(
            [
                "困难残疾人生活补贴和重度残疾人护理补贴申请审批表",
                "残疾人两项补贴申请表",
                f"{d.R['prov']}残疾人护理补贴申请审批表",
            ]
        )
    )
    cat = d.choice(DIS_CAT)
    g = d.choice("一二三四")
    s = d.idno(p)
    pairs = [
        ("申请人", d.N(p)),
        ("性别", p.sex),
        ("出生年月", pcol(d, "birth", p)),
        ("身份证号", d.ID(p)),
        ("残疾人证号", s[:6] + "*" * 8 + s[-4:] + f"{DIS_CAT.index(cat) + 1}{'一二三四'.index(g) + 1}"),
        ("残疾类别", d.H(cat + "残疾")),
        ("残疾等级", d.H(g + "级")),
        ("户籍地址", d.ADDR(p, d.choice("ct"))),
        ("联系电话", d.MOB(p) if d.chance(0.7) else d.TEL(p)),
    ]
    if age_of(d, p) < 18 or d.chance(0.4):
        g1 = d.person(age=(30, 75), surname=surname_of(p.name, d.R["style"]) if d.chance(0.5) else None)
        rel = (
            d.choice(["父亲", "母亲", "祖母", "祖父"])
            if age_of(d, p) < 18
            else d.choice(["配偶", "儿子", "女儿", "兄弟"])
        )
        pairs += [("监护人（代理人）", d.N(g1)), ("与申请人关系", rel), ("监护人电话", d.MOB(g1))]
    pairs += [
        ("申请类别", d.choice(["生活补贴", "护理补贴", "两项补贴"])),
        ("是否低保", d.choice(["是", "否"])),
    ]
    if d.chance(0.5):
        pairs += [("发放账户", d.CARD(p))]
    d.add(kvgrid(d, pairs))
    d.ln("")
    d.ln(
        "主要疾病及诊断：",
        d.H(disease(d)) if d.chance(0.6) else "见残疾评定表",
        f"    评定医院：{d.county}人民医院（评定医生：{d.official()}）",
    )
    sig_block(d, p)
    return "disability_apply"


def form_homestead(d):
    rng = d.rng
    p = d.person(age=(24, 60))
    fam = d.family(p, rng.randint(1, 4))
    d.ln(
        d.choice(["农村宅基地和建房（规划许可）申请表", "农村村民宅基地使用申请表", "农村村民建房申请审批表"])
    )
    pairs = [
        ("申请户主", d.N(p)),
        ("身份证号", d.ID(p)),
        ("家庭住址", d.ADDR(p, d.choice("tcv"))),
        ("联系电话", d.MOB(p)),
        ("拟用地面积", f"{rng.randint(90, 200)}㎡"),
        ("拟建房层数", f"{rng.randint(1, 3)}层"),
        ("地类", d.choice(["建设用地", "未利用地", "农用地（需转用）"])),
        ("申请理由", d.choice(["分户新建", "拆旧建新", "危房重建"])),
    ]
    d.add(kvgrid(d, pairs))
    d.ln("")
    d.ln("家庭成员情况")
    hdr, rows = family_table(d, p, fam, health=False, ids=d.chance(0.6))
    d.add(table(d, hdr, rows))
    d.ln("")
    nb = [d.person(age=(30, 80)) for _ in range(3)]
    d.ln("拟建房屋四至：")
    d.add(
        kvgrid(
            d,
            [
                ("东", [("至", None), *d.N(nb[0]), ("住宅", None)]),
                ("南", "至村道"),
                ("西", [("至", None), *d.N(nb[1]), ("承包地", None)]),
                ("北", [("至", None), *d.N(nb[2]), ("宅基地", None)]),
            ],
            d.choice(["grid", "lines"]) if not d.pdf else "cells",
            per_line=2,
        )
    )
    d.ln("")
    d.ln("相邻权利人意见：同意。    签字：", d.Ns(nb, "  "))
    d.ln("申请户主签字：", d.N(p), f"    {d.fd(d.date())}")
    d.ln(f"村民小组意见：同意。组长：{d.official()}")
    d.ln(f"村集体经济组织或村民委员会意见：经村民代表会议讨论通过，同意上报。（盖章）负责人：{d.official()}")
    d.ln(f"乡镇自然资源所审查意见：符合国土空间规划。审查人：{d.official()}")
    d.ln(
        f"乡镇政府审批意见：同意。批准文号：{d.abbr}{d.choice(['宅批', '乡建'])}〔{d.year}〕"
        f"{rng.randint(1, 300)}号"
    )
    return "homestead_apply"


def form_student(d):
    rng = d.rng
    kid = d.person(age=(13, 21))
    d.ln(
        d.choice(["家庭经济困难学生认定申请表", "学生资助申请表", f"{d.R['prov']}家庭经济困难学生认定申请表"])
    )
    school = d.choice(
        [
            f"{d.county}第一中学",
            f"{d.county}职业中学",
            f"{d.R['city'] or '琼中'}民族中学",
            f"{d.county}{d.town}中学",
        ]
    )
    pairs = [
        ("学生姓名", d.N(kid)),
        ("性别", kid.sex),
        ("民族", ethnic(d, kid)),
        ("身份证号", d.ID(kid)),
        ("学校", school),
        ("班级", f"{d.choice(['高一', '高二', '高三', '初二', '初三', '2024级'])}（{rng.randint(1, 12)}）班"),
        ("家庭住址", d.ADDR(kid, d.choice("pct"))),
        ("家长联系电话", d.MOB()),
    ]
    if d.chance(0.25):
        pairs.append(("电子邮箱", d.EMAIL()))
    d.add(kvgrid(d, pairs))
    d.ln("")
    fam = []
    f1 = d.person("男", age=(38, 58), surname=surname_of(kid.name, d.R["style"]), near=kid)
    m1 = d.person("女", age=(36, 56), near=kid)
    fam = [("父亲", f1), ("母亲", m1)]
    if d.chance(0.5):
        fam.append(
            (
                d.choice(["弟弟", "妹妹", "姐姐", "哥哥"]),
                d.person(age=(6, 20), surname=surname_of(kid.name, d.R["style"])),
            )
        )
    if d.chance(0.4):
        fam.append((d.choice(["祖父", "祖母"]), d.person(age=(65, 88))))
    d.ln("家庭成员情况")
    rows = []
    for rel, m in fam:
        rows.append(
            [
                d.N(m),
                rel,
                str(age_of(d, m)),
                d.choice(["务农", "外出务工", "无业", "在读", "在家"]),
                pcol(d, "health", m),
            ]
        )
    d.add(table(d, ["姓名", "关系", "年龄", "工作（学习）单位", "健康状况"], rows))
    d.ln("")
    d.ln(
        "家庭经济困难情况：",
        d.choice(
            [
                [("父亲", None), *d.N(f1), ("患", None), *d.H(disease(d)), ("，长期治疗，", None)],
                [("母亲", None), *d.N(m1), ("系", None), *d.H(disab(d)), ("，", None)],
                "单亲家庭，",
            ]
        ),
        d.choice(["家庭收入主要靠务农，经济十分困难。", "享受农村低保。", "系脱贫户家庭。"]),
    )
    d.ln("学生本人签字：", d.N(kid), "    监护人签字：", d.N(f1 if d.chance(0.6) else m1))
    d.ln(f"班主任意见：情况属实。签字：{d.official()}")
    d.ln(
        f"学校资助工作领导小组意见：认定为{d.choice(['特别困难', '比较困难', '一般困难'])}。负责人："
        f"{d.official()}"
    )
    return "student_apply"


def form_registration(d):
    rng = d.rng
    what = d.choice(["易地扶贫搬迁对象", "农村危房改造对象", "防返贫监测对象", "残疾人基本状况", "困难群众"])
    d.ln(f"{what}{d.choice(['登记表', '信息登记表', '基本情况登记表'])}")
    d.ln(
        f"{d.choice(['户编号', '登记编号'])}：{d.fake18()}    {d.choice(['乡镇', '所属乡镇'])}：{d.town}    "
        f"村：{d.village}"
    )
    p = d.person(age=(25, 85))
    fam = d.family(p, rng.randint(0, 5))
    layout = d.choice(["one", "grid"])
    if layout == "one" or d.pdf:
        d.ln(
            "户主姓名",
            "：" if not d.pdf else "\n",
            d.N(p),
            "  身份证号",
            "：" if not d.pdf else "\n",
            d.ID(p),
        )
        d.ln("住址：", d.ADDR(p, d.choice("ct")), "  电话：", d.MOB(p))
    else:
        d.add(
            kvgrid(
                d,
                [
                    ("户主", d.N(p)),
                    ("证件号码", d.ID(p)),
                    ("现住址", d.ADDR(p, "c")),
                    ("手机", d.MOB(p)),
                    ("人口数", str(len(fam) + 1)),
                ],
                "pipe",
            )
        )
    if d.chance(0.3):
        d.ln("住宅电话：", d.TEL(p))
    d.ln("")
    hdr, rows = family_table(d, p, fam, ids=d.chance(0.5))
    d.add(table(d, hdr, rows))
    d.ln("")
    if what == "易地扶贫搬迁对象":
        d.ln(
            f"迁出地：{d.village}（{d.choice(['地质灾害隐患点', '深山区', '生态保护区'])}）    安置方式："
            f"{d.choice(['集中安置', '分散安置'])}"
        )
    elif what == "农村危房改造对象":
        d.ln(
            f"房屋结构：{d.choice(['土木', '砖木', '石木'])}    建造年代：{rng.randint(1960, 2000)}年    "
            f"鉴定等级：{d.choice(['C级', 'D级'])}    鉴定机构：{d.county}住建局房屋安全鉴定站"
        )
    else:
        d.ln(
            f"风险类型：{d.choice(['因病', '因残', '因意外事故', '因学'])}    识别时间：{d.fd(d.date(), 'b')}"
        )
    if d.chance(0.35):
        d.ln("车辆情况：", d.plate(), f"（{d.choice(['农用车', '摩托车', '二手轿车'])}）")
    if fam and d.chance(0.25):
        rel, m = d.choice(fam)
        k = d.choice(["护照", "往来港澳通行证", "往来台湾通行证"])
        d.ln(
            "出境务工成员：",
            d.N(m),
            f"（{rel}），证件：{k} ",
            {"护照": d.passport, "往来港澳通行证": d.hkmo, "往来台湾通行证": d.twp}[k](),
        )
    if d.chance(0.12):
        d.ln("联系邮箱：", d.EMAIL())
    d.ln(f"登记人：{d.official()}    审核人：{d.official()}    户主确认签字：", d.N(p))
    return "registration"


DECISIONS = [
    "个体工商户: the 经营者 / 负责人 (also when the column says 法定代表人) is a private person and is "
    "labelled; a company's 法定代表人 is not.  Shop names carry at most the surname (老张副食店) and are "
    "never labelled.",
    "个体户 经营场所, office addresses, 来信地址 and court / bank names are not addresses; the same person's "
    "住所 is.",
    "村民代表 attending, speaking, voting or signing are labelled (private villagers); 村两委 members, "
    "村文书, 包村干部, 驻村第一书记, 村务监督委员会主任 and 评议小组 officials are not.",
    "Relatives acting as 代收人, 委托代理人, 监护人 or 代领人 are labelled; a lawyer acting as 代理人 is "
    "not, and neither is the lawyer's name in a signature line.",
    "Neighbours named in 四至 (东至X宅基地) and 相邻权利人 signatures are labelled.",
    "Witnesses, passengers, victims, patients, 见证人 (when a villager) and neighbours giving statements in "
    "入户调查 are labelled; a 村委会 cadre acting as 见证人 is not.",
    "Students in 助学 / 雨露计划 lists and their parents are labelled (assistance, not honours); names under "
    "先进个人 / 三好学生 / 自强之星 are commendations and are not labelled.",
    "就业援助 subsidy recipients (社保补贴, 公益性岗位补贴) are labelled as assistance recipients, not as "
    "录用 results.",
    "Address span: from the first place name actually written (province, county, town or village) to the "
    "last house-level unit (组, 号, 栋, 单元, 室, and 社 for 玉树 pastoral 牧业社); 'X村委会Y村N号' in 琼中 "
    "is one span. Labels (住址：), '家中', '（' and '人' after it are outside.  A bare village or town is "
    "not labelled.",
    "易地搬迁 安置房 allocations ('…安置小区3栋2单元402室') are the household's home and are labelled as "
    "address.",
    "Health: a named disease, disability category + grade, injury, 伤情鉴定 grade (轻微伤 / 轻伤二级) and "
    "失能 levels (半失能 / 部分失能 / 全失能) of an identified person are labelled.  When category and grade "
    "sit in separate columns / fields (残疾类别：听力残疾 / 残疾等级：一级) both cells are labelled "
    "separately.",
    "Not health: 健康 / 良好 / 一般 / 正常 / 全自理, 劳动能力 statements (丧失劳动能力, 部分丧失劳动能力), "
    "致贫原因 categories (因病, 因残, 缺劳力), programme names (残疾人两项补贴, 重度残疾人护理补贴).  In "
    "'因病（尿毒症）' only '尿毒症' is labelled.",
    "A diseased / disabled relative mentioned only by relation (其妻子患X with the name given) is labelled; "
    "conditions of persons referred to only as 本人 / 配偶 / 子女 in an identified household row are "
    "labelled too.",
    "Deceased persons (停保 because the 户主 died) are labelled.",
    "Names spaced out by PDF extraction are one name span including the inner spaces (ASCII, U+3000, or two "
    "U+3000); a name is never wrapped across lines.",
    "'张三户' / '张三家' / '张三之子': only the name is labelled.",
    "Masked numbers (ID, phone, card, 残疾人证号) are never labelled, however little is masked.",
    "Mobile numbers with +86 / +86- / 86- / 0086 prefixes, inner spaces or dashes: the whole written number "
    "incl. prefix.",
    "家庭电话 / 固定电话 / 住宅电话 of a household or person is a landline span; office, 监督电话, 村委会, "
    "供养机构 and hotline numbers are not.",
    "Bank cards: the household's 一卡通 / 社保卡金融账号 / 银行卡号 are labelled (62 BIN, Luhn-valid, 16-19 "
    "digits, possibly in 4-digit groups).  Government 非税收入 / 国库 accounts and Luhn-valid batch or "
    "report numbers are not.",
    "Private mailboxes (qq, 163, 126, sina, foxmail, 139, hotmail) of persons are labelled; an office's own "
    "mailbox on the same providers and gov.cn mail are not.",
    "License plates of private vehicles (农用三轮车, a 非法营运 car, a household car found in 核对) are "
    "labelled, with or without '·' / space, including 8-character new-energy plates.",
    "Passport (E…), 往来港澳通行证 (C…), 往来台湾通行证 (L…) numbers of relatives working abroad are "
    "labelled.",
    "Officials are given distinct names from every private person in the same document, so that each string "
    "that is a labelled name is labelled at every occurrence.",
    "Ethnicity (土家族, 藏族, 黎族 …), sex, age and birth month are not labelled.",
    "18-digit 户编号 / 项目编号 beginning with the county code but failing GB 11643 are not labelled; the "
    "残疾人证号 (ID + 2 digits) is only ever shown masked.",
]


# ----------------------------------------------------------------------------------------------
# family 5: minutes
# ----------------------------------------------------------------------------------------------
def speaker(d, who, role=None, colon="："):
    if isinstance(who, str):
        return [(f"{who}{('（' + role + '）') if role else ''}{colon}", None)]
    return [*d.N(who), (f"（{role}）{colon}" if role else colon, None)]


def minutes_village(d):
    rng = d.rng
    dt = d.date()
    sec, clerk = d.official(), d.official()
    cadres = [d.official() for _ in range(rng.randint(1, 3))]
    bao = d.official()
    reps = [d.person(age=(30, 72)) for _ in range(rng.randint(5, 10))]
    absent = reps[: rng.randint(0, 2)]
    present = reps[len(absent) :]
    topic = d.choice(["低保", "宅基地", "临时救助", "危房改造", "土地调整"])
    subj = [d.person(age=(28, 85)) for _ in range(rng.randint(1, 3))]
    d.ln(
        d.choice(
            [
                f"{d.village}村民代表会议记录",
                f"{d.town}{d.village}村民代表大会会议记录",
                f"{d.village}“四议两公开”村民代表会议记录",
            ]
        )
    )
    d.ln(f"时间：{d.fd(dt)}{d.choice(['上午9时', '下午2时30分', '晚上7时', '上午10时'])}")
    d.ln(f"地点：{d.village}{d.choice(['村委会会议室', '党群服务中心二楼会议室', '村文化活动室'])}")
    d.ln(f"主持人：{sec}（村党支部书记{d.choice(['、村委会主任', ''])}）")
    d.ln(f"记录人：{clerk}")
    n_all = len(reps) + rng.randint(5, 20)
    d.ln(
        f"应到村民代表{n_all}人，实到{n_all - len(absent)}人。" + ("" if not absent else "缺席："),
        d.Ns(absent) if absent else "",
        f"（{d.choice(['外出务工', '请假', '生病住院'])}）" if absent else "",
    )
    d.ln(
        "参会人员：村两委成员" + "、".join(cadres) + "；村民代表", d.Ns(present), d.choice(["等", ""]) + "。"
    )
    d.ln(f"列席人员：{d.town}包村干部{bao}" + (f"、驻村第一书记{d.official()}" if d.chance(0.5) else ""))
    d.ln("")
    d.ln(
        "会议议题："
        + {
            "低保": "民主评议低保申请户",
            "宅基地": "审议村民宅基地申请",
            "临时救助": "评议临时救助申请",
            "危房改造": "评议危房改造对象",
            "土地调整": "讨论村民小组土地调整方案",
        }[topic]
    )
    d.ln("")
    d.ln("会议记录：")
    d.ln(
        speaker(d, sec),
        f"今天召集大家开会，主要是对{d.choice(['本季度', '近期'])}提出{topic}申请的",
        d.Ns(subj),
        f"等{len(subj)}户进行评议。请包村干部{bao}先介绍入户调查情况。",
    )
    d.ln(
        speaker(d, bao),
        d.choice(["经入户调查，", "我们和村干部一起走访了，"]),
        d.N(subj[0]),
        d.choice(["家共", "户家庭人口"]),
        f"{rng.randint(2, 6)}人，",
        d.choice(
            [
                [("妻子患", None), *d.H(disease(d)), ("，", None)],
                [("本人", None), *d.H(disab(d)), ("，", None)],
                [("去年因车祸", None), *d.H(d.choice(INJURIES)), ("，", None)],
            ]
        ),
        "家庭收入低，基本符合条件。",
    )
    spk = rng.sample(present, min(len(present), rng.randint(2, 4)))
    lines = [
        lambda s, t: [("我跟", None), *d.N(t), ("是一个组的，他家情况确实困难，我同意。", None)],
        lambda s, t: [("我有个意见，", None), *d.N(t), ("的儿子在外面打工，收入应该核实清楚。", None)],
        lambda s, t: [("同意。", None), *d.N(t), ("家房子都快塌了，大家都看到的。", None)],
        lambda s, t: [("我没意见，按政策来。", None)],
        lambda s, t: [("建议把", None), *d.N(t), ("家也再调查一下，去年他家养了二十几头牛。", None)],
    ]
    for s in spk:
        t = d.choice(subj)
        d.ln(
            speaker(d, s, d.choice(["村民代表", "", f"{rng.randint(1, 9)}组代表"]) or None),
            d.choice(lines)(s, t),
        )
    if d.chance(0.5):
        d.ln(
            speaker(d, subj[0], "申请人"),
            d.choice(
                ["我家的情况大家都清楚，请大家帮帮忙。", "我儿子打工一年也就挣一万来块，还要还看病的账。"]
            ),
        )
    d.ln("")
    d.ln("表决结果：")
    for s in subj:
        yes = rng.randint(len(present) // 2, len(present) + 10)
        no = rng.randint(0, 3)
        d.ln(
            d.N(s),
            f"户：同意{yes}票，反对{no}票，弃权{rng.randint(0, 2)}票，"
            + d.choice(["评议通过。", "同意上报。", "未通过。" if no > 2 else "通过。"]),
        )
    d.ln("")
    d.ln(
        "会议决定："
        + d.choice(
            [
                "将评议结果在村务公开栏公示7天，无异议后上报镇人民政府。",
                "评议通过的申请户名单报镇民政办审核。",
            ]
        )
    )
    d.ln("参会代表签字：", d.Ns(present, d.choice(["  ", "、", " "])))
    return "village_rep"


def minutes_review(d):
    rng = d.rng
    d.ln(
        d.choice(
            [
                f"{d.village}{d.year}年第{cn_num(rng.randint(1, 4))}季度低保民主评议会记录",
                f"{d.town}最低生活保障民主评议表",
                "民主评议会议记录",
            ]
        )
    )
    d.ln(f"评议时间：{d.fd(d.date())}    评议地点：{d.village}村委会")
    d.ln(
        f"评议小组成员：{d.official()}（组长，{d.town}民政办）、{d.official()}（包村干部）、{d.official()}（村支书）",
        "及村民代表",
        d.Ns([d.person(age=(30, 70)) for _ in range(rng.randint(3, 6))]),
        "。",
    )
    d.ln(f"参加评议人数：{rng.randint(12, 35)}人")
    d.ln("")
    rows = []
    for i in range(rng.randint(3, 9)):
        p = d.person(age=(25, 90))
        y = rng.randint(8, 30)
        n = rng.randint(0, 6)
        reason = d.choice(
            [
                [("本人", None), *d.H(disease(d))],
                [("配偶", None), *d.H(disab(d))],
                "缺劳力",
                "年老无收入",
                [("子女", None), *d.H(disease(d))],
            ]
        )
        rows.append(
            [
                str(i + 1),
                d.N(p),
                str(rng.randint(1, 6)),
                reason,
                str(y),
                str(n),
                str(rng.randint(0, 3)),
                "通过" if y > n * 2 else "不通过",
            ]
        )
    d.add(
        table(
            d,
            [
                "序号",
                d.choice(["被评议人", "申请人", "评议对象", "申请户主"]),
                "家庭人口",
                d.choice(["申请理由", "困难情况"]),
                "同意",
                "不同意",
                "弃权",
                "评议结果",
            ],
            rows,
        )
    )
    d.ln("")
    d.ln(
        d.choice(
            [
                "评议意见：经评议小组充分讨论，对评议通过的申请户按程序上报。",
                "备注：评议结果当场公布，未通过户已当面告知。",
            ]
        )
    )
    d.ln(f"记录人：{d.official()}    监督人：{d.official()}（村务监督委员会主任）")
    return "review"


def minutes_summary(d):
    rng = d.rng
    org = d.choice([townorg(d), f"{d.county}民政局", f"{d.county}人民政府"])
    kind = d.choice(
        ["党政联席会议纪要", "办公会议纪要", "局务会议纪要", "专题会议纪要", "社会救助联席会议纪要"]
    )
    d.ln(f"{org}{kind}")
    d.ln(f"〔{d.year}〕第{rng.randint(1, 40)}期")
    d.ln("")
    chair = d.official()
    att = [d.official() for _ in range(rng.randint(3, 6))]
    d.ln(
        f"{d.fd(d.date())}，{d.choice(['镇长', '局长', '副县长', '党委书记'])}{chair}主持召开{kind[:-2]}，"
        "研究社会救助及信访相关事项。现将会议议定事项纪要如下："
    )
    items = rng.randint(2, 4)
    for i in range(items):
        p = d.person(age=(20, 85))
        vil = d.vill()
        t = rng.random()
        d.ln(
            f"{cn_num(i + 1)}、",
            d.choice(["关于", "研究"]),
            f"{vil}村民",
            d.N(p),
            d.choice(["申请临时救助的事项", "低保申请复核的事项", "信访诉求的处理", "医疗救助申请"]),
        )
        if t < 0.4:
            kid = d.person(age=(3, 30), surname=surname_of(p.name, d.R["style"]))
            d.ln(
                "会议听取了民政办关于",
                d.N(p),
                "家庭情况的汇报。",
                d.N(p),
                "之",
                d.choice(["子", "女"]),
                d.N(kid),
                "患",
                d.H(disease(d)),
                f"，在{d.choice(['省人民医院', '州人民医院', '市第一人民医院'])}住院治疗，累计花费"
                f"{d.money(16, 40)}万元，经医保报销后自付{d.money(2, 15)}万元。"
                + (
                    f"会议同意给予临时救助{d.money(2000, 20000, 1000)}元，由民政办负责在{rng.randint(3, 10)}"
                    "个工作日内发放到位。"
                ),
            )
        elif t < 0.7:
            d.ln(
                "会议认为，",
                d.N(p),
                "反映其",
                d.choice(["母亲", "父亲"]),
                d.N(d.person(age=(60, 90))),
                d.choice(["低保被停发", "低保金额偏低"]),
                "一事，经复核，"
                + d.choice(
                    [
                        "停发原因系其子女收入核算有误，同意恢复保障",
                        "保障标准核定符合政策，由包村干部做好解释工作",
                    ]
                )
                + "。",
            )
            if d.chance(0.5):
                d.ln(
                    "信访人联系电话：",
                    d.MOB(p) if d.chance(0.7) else d.TEL(p),
                    "；现住址：",
                    d.ADDR(p, "t"),
                    "。",
                )
                if d.chance(0.3):
                    d.ln("信访人另通过电子邮件", d.EMAIL(), "反映相关情况。")
        else:
            d.ln(
                "会议研究决定，对",
                d.N(p),
                "（",
                d.H(disab(d)),
                f"）家庭纳入{d.choice(['低保', '特困供养', '防返贫监测'])}范围，从{d.year}年"
                f"{rng.randint(1, 12)}月起执行。",
            )
    d.ln("")
    d.ln("出席：" + "、".join(att))
    d.ln(f"列席：{d.official()}（民政办）、{d.official()}（{d.choice(['财政所', '信访办', '司法所'])}）")
    d.ln(f"记录：{d.official()}")
    d.ln(
        f"送：{d.county}{d.choice(['民政局', '人民政府办公室'])}    {d.choice(['发：各村（社区）', '存档'])}"
    )
    return "summary"


def minutes_hearing(d):
    rng = d.rng
    dom = d.choice(list(AGENCIES))
    org, _ab = agency(d, dom)
    p = d.person(age=(22, 70))
    host, mem, clerk = d.official(), d.official(), d.official()
    inv1, inv2 = d.official(), d.official()
    d.ln(d.choice(["听证笔录", "行政处罚听证会笔录", "听 证 笔 录"]))
    d.ln(
        "案由："
        + d.choice(
            [
                "涉嫌非法营运案",
                "涉嫌违法建设案",
                "涉嫌非法占用耕地案",
                "涉嫌销售不合格商品案",
                "涉嫌无证行医案",
            ]
        )
    )
    d.ln(
        f"听证时间：{d.fd(d.date())} {rng.randint(9, 15)}时{rng.choice(['00', '30'])}分至"
        f"{rng.randint(16, 17)}时{rng.choice(['00', '20'])}分"
    )
    d.ln(f"听证地点：{org}{d.choice(['听证室', '三楼会议室'])}")
    d.ln(f"听证主持人：{host}    听证员：{mem}    书记员：{clerk}")
    d.ln(f"案件调查人员：{inv1}、{inv2}")
    d.ln(
        "当事人：",
        d.N(p),
        f"，{p.sex}，{p.birth.year}年{p.birth.month}月生，身份证号码",
        d.ID(p),
        "，住",
        d.ADDR(p, d.choice("ct")),
        *(["，联系邮箱", d.EMAIL()] if d.chance(0.15) else []),
        *(["，电话", d.MOB(p)] if d.chance(0.4) else []),
        "。",
    )
    lawyer = d.chance(0.5)
    if lawyer:
        lw = d.official()
        d.ln(
            f"委托代理人：{lw}，{d.R['city'] or '海南'}{d.choice(['正义', '明德', '恒信', '金盾'])}"
            "律师事务所律师。"
        )
        agent_tag = [(f"代理人{lw}：" if d.chance(0.5) else "代理人：", None)]
    else:
        ag = d.person(age=(20, 60), surname=surname_of(p.name, d.R["style"]))
        d.ln(
            "委托代理人：",
            d.N(ag),
            f"，系当事人之{d.choice(['子', '女', '弟', '侄子'])}，联系电话",
            d.MOB(ag),
            "。",
        )
        agent_tag = speaker(d, ag, "代理人") if d.chance(0.5) else [("代理人：", None)]
    d.ln("")
    d.ln(f"主持人：现在开始听证。本次听证由{org}组织，当事人是否申请回避？")
    d.ln(d.choice([[("当事人：", None)], speaker(d, p)]), "不申请。")
    d.ln("主持人：请调查人员陈述案件事实、证据和处罚建议。")
    paras, rule, fine = facts(d, dom, p, None)
    d.ln(f"调查人员{inv1}：", paras[0])
    for x in paras[1:]:
        d.ln(x)
    d.ln(f"依据{rule}，拟处罚款{fine}元。")
    d.ln("主持人：当事人进行申辩。")
    d.ln(
        d.choice([[("当事人：", None)], speaker(d, p)]),
        d.choice(["我承认有这个事，但我家里困难，", "当时情况不是这样的，"]),
        d.choice(
            [
                [
                    ("我老伴", None),
                    *d.N(d.person(age=(40, 80))),
                    ("有", None),
                    *d.H(disease(d)),
                    ("，全靠我挣钱看病，请求减轻处罚。", None),
                ],
                [("我自己是", None), *d.H(disab(d)), ("，干不了别的活。", None)],
                [("罚款数额太高，我交不起。", None)],
            ]
        ),
    )
    d.ln(
        agent_tag,
        d.choice(
            [
                "当事人系初次违法，且已主动改正，请求依法从轻或减轻处罚。",
                "调查程序存在瑕疵，现场笔录未经当事人签字确认。",
            ]
        ),
    )
    if d.chance(0.5):
        w = d.person(age=(25, 70))
        d.ln("主持人：传证人", d.N(w), "到场。")
        d.ln(
            speaker(d, w, "证人"),
            d.choice(["那天我在现场，看到的情况和调查人员说的一样。", "我是他邻居，他家确实困难。"]),
        )
    d.ln(f"调查人员{inv2}：当事人所述家庭困难情况可在裁量时考虑，但违法事实清楚。")
    d.ln("主持人：听证结束。请当事人核对笔录后签字。")
    d.ln("")
    d.ln(
        "当事人签字：",
        d.N(p),
        "    代理人签字：",
        agent_tag[0][0].replace("代理人", "").strip("：") if lawyer else d.choice(["（已签）", ""]),
    )
    d.ln(f"主持人：{host}    书记员：{clerk}")
    return "hearing"


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
FAMILIES = {
    "dibao": [
        dibao_roster,
        dibao_roster,
        dibao_payment,
        dibao_changes,
        dibao_tekun,
        dibao_linshi,
        dibao_survey,
        dibao_reply,
    ],
    "penalty": [penalty_decision, penalty_decision, penalty_table, penalty_receipt, penalty_notice],
    "notice": [
        notice_subsidy,
        notice_recognition,
        notice_land,
        notice_disability,
        notice_housing,
        notice_homestead,
        notice_relocation,
        notice_employment,
        notice_student,
    ],
    "form": [form_dibao, form_dibao, form_disability, form_homestead, form_student, form_registration],
    "minutes": [minutes_village, minutes_village, minutes_review, minutes_summary, minutes_hearing],
}


def make_doc(seed, i, fam, verbose=False):
    base = random.Random(f"{seed}:{i}")
    rkey = base.choice(list(REGIONS))
    pdf = base.random() < 0.25
    fn = base.choice(FAMILIES[fam])
    for attempt in range(40):
        rng = random.Random(f"{seed}:{i}:{attempt}")
        d = Doc(rng, rkey, pdf)
        try:
            sub = fn(d)
            first = next((t for t, _ in d.parts if t.strip()), "").strip().split("\n")[0][:30]
            if pdf:
                pdfify(d, first)
            text, spans = build(d)
            check(d, text, spans)
        except Reject as e:
            if verbose:
                print(f"doc {i} attempt {attempt}: {e}", file=sys.stderr)
            continue
        typ = f"{fam}.{sub}" + (".pdf" if pdf else "")
        return {"type": typ, "region": REGIONS[rkey]["label"], "text": text, "spans": spans}
    raise RuntimeError(f"doc {i} failed")


def write_docs(out: TextIO, docs: list[dict[str, Any]]) -> None:
    for doc in docs:
        out.write(
            json.dumps({"type": doc["type"], "text": doc["text"], "spans": doc["spans"]}, ensure_ascii=False)
            + "\n"
        )


def main():
    ap = argparse.ArgumentParser(description="holdout 20 generator")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=79)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        for i, t in enumerate(DECISIONS, 1):
            print(f"{i}. {t}")
        return
    fams = list(FAMILIES)
    docs = [make_doc(a.seed, i, fams[i % len(fams)], a.verbose) for i in range(a.docs)]
    if a.out:
        with open(a.out, "w", encoding="utf-8") as out:
            write_docs(out, docs)
    else:
        write_docs(sys.stdout, docs)
    if a.stats:
        from collections import Counter

        kinds = Counter(s["kind"] for d in docs for s in d["spans"])
        types = Counter(d["type"].split(".")[0] for d in docs)
        subs = Counter(d["type"] for d in docs)
        regs = Counter(d["region"] for d in docs)
        chars = sum(len(d["text"]) for d in docs)
        nbytes = sum(len(d["text"].encode("utf-8")) for d in docs)
        print(f"docs: {len(docs)}   text chars: {chars}   text bytes (utf-8): {nbytes}", file=sys.stderr)
        print(
            "spans: "
            + "  ".join(f"{k}={v}" for k, v in kinds.most_common())
            + f"  total={sum(kinds.values())}",
            file=sys.stderr,
        )
        print("families: " + "  ".join(f"{k}={v}" for k, v in types.most_common()), file=sys.stderr)
        print("regions: " + "  ".join(f"{k}={v}" for k, v in regs.most_common()), file=sys.stderr)
        print("pdf-like: " + str(sum(1 for d in docs if d["type"].endswith(".pdf"))), file=sys.stderr)
        print("types: " + "  ".join(f"{k}={v}" for k, v in sorted(subs.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
