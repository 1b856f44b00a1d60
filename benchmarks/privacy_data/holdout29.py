#!/usr/bin/env python3
# ruff: noqa: E501
"""holdout29 -- blind labelled evaluation set for the gongkai personal-information detector.

WHAT IT IS
    A generator of synthetic but realistic county/township government documents of the kind
    published under 政府信息公开 (notices, 公示 lists, 决定书 served by 公告, 台账 pasted from
    Word/Excel).  Every personal datum is labelled with character offsets.  It was written
    without reading the detector, its tests, the other generators or docs/privacy.md, so the
    detector's score on it is a first-contact measure.  Standard library only, Python 3.12+.

RUN
    python holdout29.py --docs 400 --seed 127 -o out.jsonl           # deterministic for a seed
    python holdout29.py --docs 400 --seed 127 -o out.jsonl --stats   # span counts on stderr
    python holdout29.py --decisions                                  # numbered labelling decisions

OUTPUT (JSON Lines, one document a line)
    {"type": "family.subkind[.pdf]", "text": "...",
     "spans": [{"kind": k, "start": i, "end": j, "text": text[i:j]}, ...]}
    kinds: id_card id_card_15 mobile landline bank_card email passport hk_macau_permit tw_permit
           license_plate address name health
    Spans are recorded while each piece is appended (Doc.build), never by searching afterwards.

FAMILIES AND SUB-KINDS (families get equal shares; the sub-kind is drawn inside the family)
    police   公安户籍与治安  hukou   注销户口公告 (table) / 户口迁移公示 / 迁移证明作废公告
                            juzhu   居住证领取名单 (some with masked IDs/mobiles) / 居住登记表 form
                            qishi   认尸启事 (unknown body; sometimes a name+mobile on a note) / 寻人启事
                            chufa   治安管理处罚决定书 公告送达 (victim named; injury; plate)
    fire     消防            rending 火灾事故认定书 (home fire at the owner's address, or a car fire)
                            chufa   消防行政处罚决定书 to an individual operator (个体户 shop + 92... code)
                            jiuzhu  火灾受灾户救助名单 (ID, home address, 一卡通/社保卡 card)
    funeral  殡葬            butie   惠民殡葬补贴发放名单 (deceased + 申领人 + card; some 15-digit IDs)
                            qianfen 迁坟公告 (坟主 deceased, 联系人 relative + mobile; project company)
                            tuzang  违规土葬整治告知书 (户主, deceased relative, village secretary signs)
    veterans 退役军人        fuxu    优抚对象定期抚恤补助名单 (category, disability grade, card)
                            guangrong 光荣牌悬挂登记 (household table, or one-household form)
                            anzhi   退役士兵安置报到通知 (、-list + table, or one person by 公告)
    injury   工伤            rending 认定工伤决定书 (worker, employer + credit code, diagnosis;
                                    commuting accident with the other driver and plate)
                            gongwang 工亡待遇核定 (statutory amounts by year, dependants, cards)
    medical  医疗纠纷        xieyi   人民调解协议书 (patient, relative/agent, hospital side, payment card)
                            dafu    投诉处理答复 (complainant, patient relative, diagnosis, 12345/12320)
    school   控辍保学        quanfan 劝返台账 (minor students, guardians, mobiles, homes, illness)
                            paiwei  积分入学/派位结果公示 (students, sometimes guardians; some lists masked)
    marriage 婚姻收养        shouyang 收养登记公告 (child found, illness, 捡拾人, 收养人)
                            chexiao 撤销婚姻登记决定 公告送达 (party by passport / 港澳 / 台湾 permit / ID,
                                    the person whose identity was used, alias)

REGIONS (county codes are real GB/T 2260 codes; IDs use them; each region has its own
area code, plate prefix, postcode, towns, villages and naming style)
    宁夏吴忠 (利通区640302 青铜峡市640381 同心县640324; 0953; 宁C; Hui names 马/海/纳/撒…)
    新疆喀什 (疏附县653121 喀什市653101 疏勒县653122; 0998; 新Q; Uyghur names with ·)
    四川甘孜 (康定市513301 + old 513321, 理塘县513334 甘孜县513328; 0836; 川V; Tibetan names
              without surname; addresses end in 社)
    四川凉山 (昭觉县513431 布拖县513429 美姑县513436; 0834; 川W; Yi clan names 吉克/阿西/沙马…)
    广西百色 (田东县451022 田阳区451003 + old 451021, 靖西市451081; 0776; 桂L; Zhuang surnames
              黄/韦/农/覃; addresses end in 屯)
    内蒙古通辽 (科左中旗150521 科左后旗150522 库伦旗150524; 0475; 蒙G; Mongolian names with
              or without a surname; 嘎查 villages)
    河南周口 (郸城县411625 太康县411627 鹿邑县411628; 0394; 豫P; Han + compound surnames;
              villages named after surnames: 张庄 王屯 李楼)
    江苏宿迁 (沭阳县321322 泗阳县321323; 0527 with 8-digit numbers; 苏N; urban 栋/单元/室)
    Migrants (居住证, 户口迁移, 冒名 victims) carry IDs and addresses of their home region.
    Relatives share the family name where the naming system has one (Han, Hui, Zhuang, Yi clan),
    Uyghur children carry the father's name after the ·.

LAYOUTS
    label-value forms (one or two fields a line; "姓　　名：", "【姓名】" styles), prose notices
    and letters, tab tables, space-aligned tables (CJK width aware), markdown pipe tables, HTML
    tables, CSV (quoted or not), one cell per line (Word table pasted as text), numbered lists
    (1. / 1、 / （1） / 一、), 、-separated name lists, gov.cn metadata headers (索引号, 发文字号).
    About a quarter are PDF/Word extractions (type ends ".pdf"): prose hard-wrapped at 28-40
    characters (an address may break across lines and its span then holds the "\n"; any other
    span moves whole to the next line), tables without markup, two-character names spaced
    ("吴　英", "吴 英"; the span covers the space), page numbers ("— 2 —", "第 2 页") and
    running titles with repeated header rows between table rows.

NEAR-MISSES (present, never labelled)
    GB 32100-valid 统一社会信用代码 (11 agencies, 12 hospitals, 91 companies, 92 个体户) and
    索引号 built on them; 文号 and 决定书 numbers; 案件编号, 工单编号, 报名号, 受理编号,
    缴款码 (some 16/18-digit Luhn-valid numbers that start with a year, not a card BIN);
    结婚证字号, 光荣牌编号; amounts (with 大写), dates, postcodes; office landlines, 值班电话,
    监督电话, 12345/12320/110/119; x@<city>.gov.cn mailboxes; masked values (138****5678,
    6403********123X, 马*, 阿依*·*); officials in public role (联系人, 登记民警, 调解员,
    法定代表人 of a hospital, 医务科 staff, 村党支部书记, 劝返责任人, 登记人); addresses of
    agencies, hospitals, companies and shops; place names holding surnames (张庄村, 王屯,
    马家湾, 王集乡); grave and burial locations; village-level places of events.

CHECKS (a document that fails a soft check is redrawn)
    text[start:end] == span text; no overlaps; only address spans may contain "\n";
    id_card passes GB 11643 with a real date and a listed county code; id_card_15 has a
    listed county code and a real date; bank_card is 16-19 digits, Luhn-valid, listed BIN;
    no unlabelled string looks like an ID (18 or 15), a mobile or a card with a card BIN;
    a labelled name never also appears unlabelled (spaced or not) in the same document.
"""

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from typing import Any

# ----------------------------------------------------------------------------
# Checksums and number makers
# ----------------------------------------------------------------------------
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check_char(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W, strict=False)) % 11]


def real_date(y, m, d):
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def id_ok(s, codes):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[:6] not in codes:
        return False
    if not real_date(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return id_check_char(s[:17]) == s[17]


def luhn_ok(num):
    digits = [int(c) for c in num]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_PREFIXES = [
    "622848",
    "621700",
    "622908",
    "623059",
    "621799",
    "622188",
    "621226",
    "622202",
    "621661",
    "622700",
]

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [pow(3, i, 31) for i in range(17)]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for c, wi in zip(code8, w, strict=False):
        v = int(c) if c.isdigit() else ord(c) - 55
        s += v * wi
    c9 = 11 - s % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def credit_check(s17):
    s = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W, strict=False))
    return CC_CHARS[(31 - s % 31) % 31]


def credit_ok(s):
    return (
        len(s) == 18
        and all(c in CC_CHARS for c in s)
        and credit_check(s[:17]) == s[17]
        and org_check(s[8:16]) == s[16]
    )


# ----------------------------------------------------------------------------
# Regions (GB/T 2260 county codes that really exist; old codes kept where a
# county was renamed, because IDs issued before keep the old code)
# ----------------------------------------------------------------------------
REGIONS: dict[str, dict[str, Any]] = {
    "wuzhong": {
        "prov": "宁夏回族自治区",
        "city": "吴忠市",
        "area": "0953",
        "plate": "宁C",
        "post": "751100",
        "style": "hui",
        "vill_suffix": "村",
        "unit": "组",
        "counties": [
            (
                "利通区",
                "640302",
                [
                    "金积镇",
                    "金银滩镇",
                    "高闸镇",
                    "扁担沟镇",
                    "上桥镇",
                    "古城镇",
                    "东塔寺乡",
                    "板桥乡",
                    "马莲渠乡",
                    "郭家桥乡",
                ],
            ),
            ("青铜峡市", "640381", ["小坝镇", "大坝镇", "青铜峡镇", "叶盛镇", "瞿靖镇", "峡口镇"]),
            ("同心县", "640324", ["豫海镇", "河西镇", "韦州镇", "下马关镇", "预旺镇", "王团镇", "丁塘镇"]),
        ],
        "extra_codes": [],
        "villages": [
            "马家湾",
            "杨马湖",
            "秦坝关",
            "早元",
            "塔湾",
            "牛家坊",
            "团结",
            "新华",
            "陈袁滩",
            "丁家塘",
            "罗家湖",
            "双渠口",
            "花寺",
            "涝河桥",
            "金星",
            "高桥",
        ],
        "streets": ["开元大道", "朝阳街", "明珠路", "利宁街", "世纪大道", "裕民街", "文卫路"],
        "estates": ["滨河家园", "古城湾小区", "金积新村", "东方花园", "裕西小区", "清真寺巷安居小区"],
        "mail": "wuzhong",
    },
    "kashi": {
        "prov": "新疆维吾尔自治区",
        "city": "喀什地区",
        "area": "0998",
        "plate": "新Q",
        "post": "844000",
        "style": "uyghur",
        "vill_suffix": "村",
        "unit": "组",
        "counties": [
            (
                "疏附县",
                "653121",
                ["托克扎克镇", "乌帕尔镇", "塔什米里克乡", "站敏乡", "布拉克苏乡", "萨依巴格乡"],
            ),
            ("喀什市", "653101", ["恰萨街道", "亚瓦格街道", "浩罕乡", "色满乡", "多来特巴格乡"]),
            ("疏勒县", "653122", ["疏勒镇", "罕南力克镇", "巴仁乡", "洋大曼乡", "英尔力克乡"]),
        ],
        "extra_codes": [],
        "villages": [
            "阿亚格曼干",
            "库木巴格",
            "托万克",
            "喀拉巴格",
            "英买里",
            "阿克提坎",
            "博斯坦",
            "兰干",
            "亚喀艾日克",
            "尤喀克库木",
        ],
        "streets": ["人民东路", "解放北路", "色满路", "克孜都维路", "天南路"],
        "estates": ["东湖小区", "帕哈太克里小区", "滨河花苑", "幸福家园"],
        "mail": "kashi",
    },
    "ganzi": {
        "prov": "四川省",
        "city": "甘孜藏族自治州",
        "area": "0836",
        "plate": "川V",
        "post": "626000",
        "style": "tibetan",
        "vill_suffix": "村",
        "unit": "社",
        "counties": [
            ("康定市", "513301", ["炉城镇", "姑咱镇", "新都桥镇", "塔公镇", "孔玉乡", "麦崩乡"]),
            ("理塘县", "513334", ["高城镇", "甲洼镇", "禾尼乡", "君坝乡", "濯桑乡"]),
            ("甘孜县", "513328", ["甘孜镇", "来马镇", "拖坝乡", "生康乡", "查龙乡"]),
        ],
        "extra_codes": ["513321"],
        "villages": ["瓦泽", "下木雅", "然尼巴", "雅拉", "日头", "布绒", "格西", "冷谷", "热柯", "德西"],
        "streets": ["向阳街", "光明路", "东大街", "团结路", "雅拉河路"],
        "estates": ["跑马山小区", "城东安居苑", "阳光小区"],
        "mail": "gzz",
    },
    "liangshan": {
        "prov": "四川省",
        "city": "凉山彝族自治州",
        "area": "0834",
        "plate": "川W",
        "post": "616150",
        "style": "yi",
        "vill_suffix": "村",
        "unit": "组",
        "counties": [
            ("昭觉县", "513431", ["新城镇", "谷曲乡", "竹核乡", "四开乡", "解放乡", "碗厂乡"]),
            ("布拖县", "513429", ["特木里镇", "拖觉镇", "火烈乡", "补尔乡", "地洛乡"]),
            ("美姑县", "513436", ["巴普镇", "牛牛坝乡", "洪溪镇", "依果觉乡", "拉木阿觉乡"]),
        ],
        "extra_codes": [],
        "villages": ["阿土勒尔", "火普", "三河", "瓦吾", "补约", "洛觉", "吉列", "特口甲谷", "日哈", "尔古"],
        "streets": ["胜利路", "建设路", "沙马拉达街", "团结路", "南坛路"],
        "estates": ["沐恩邸社区", "易地扶贫搬迁安置点", "阳光家园"],
        "mail": "lsz",
    },
    "baise": {
        "prov": "广西壮族自治区",
        "city": "百色市",
        "area": "0776",
        "plate": "桂L",
        "post": "531500",
        "style": "zhuang",
        "vill_suffix": "村",
        "unit": "屯",
        "counties": [
            ("田东县", "451022", ["平马镇", "祥周镇", "林逢镇", "思林镇", "印茶镇", "作登瑶族乡"]),
            ("田阳区", "451003", ["田州镇", "那坡镇", "坡洪镇", "百育镇", "头塘镇"]),
            ("靖西市", "451081", ["新靖镇", "化峒镇", "湖润镇", "安德镇", "龙邦镇"]),
        ],
        "extra_codes": ["451021"],
        "villages": ["那王", "百渡", "六联", "定律", "坡塘", "那拔", "龙怀", "陇穷", "百峰", "巴某"],
        "tun": ["那坡", "弄怀", "板旺", "百立", "那贯", "陇内", "那六", "弄谷", "板岜", "那务"],
        "streets": ["城东路", "右江路", "东宁路", "龙山大道", "南华路"],
        "estates": ["右江花园", "锦绣城", "阳光小区", "东宁家园"],
        "mail": "baise",
    },
    "tongliao": {
        "prov": "内蒙古自治区",
        "city": "通辽市",
        "area": "0475",
        "plate": "蒙G",
        "post": "029300",
        "style": "mongol",
        "vill_suffix": "嘎查",
        "unit": "组",
        "counties": [
            (
                "科尔沁左翼中旗",
                "150521",
                ["保康镇", "宝龙山镇", "舍伯吐镇", "花吐古拉镇", "巴彦塔拉镇", "门达镇", "腰林毛都镇"],
            ),
            ("科尔沁左翼后旗", "150522", ["甘旗卡镇", "吉尔嘎朗镇", "朝鲁吐镇", "努古斯台镇", "阿古拉镇"]),
            ("库伦旗", "150524", ["库伦镇", "扣河子镇", "额勒顺镇", "白音花镇"]),
        ],
        "extra_codes": [],
        "villages": [
            "哈日干吐",
            "白音塔拉",
            "巴彦敖包",
            "乌兰敖都",
            "西伯花",
            "毛都",
            "宝力召",
            "好力保",
            "胡力斯台",
            "查干",
        ],
        "streets": ["民族路", "团结街", "建国路", "诺恩吉雅大街", "和平路"],
        "estates": ["龙源小区", "幸福家园", "祥和小区", "草原明珠小区"],
        "mail": "tongliao",
    },
    "zhoukou": {
        "prov": "河南省",
        "city": "周口市",
        "area": "0394",
        "plate": "豫P",
        "post": "477150",
        "style": "han",
        "vill_suffix": "村",
        "unit": "组",
        "counties": [
            ("郸城县", "411625", ["汲冢镇", "石槽镇", "宁平镇", "胡集乡", "虎岗乡", "秋渠乡", "城郊乡"]),
            ("太康县", "411627", ["城关回族镇", "常营镇", "逊母口镇", "老冢镇", "朱口镇", "王集乡"]),
            ("鹿邑县", "411628", ["真源街道", "玄武镇", "太清宫镇", "辛集镇", "王皮溜镇"]),
        ],
        "extra_codes": [],
        "villages": [
            "张庄",
            "王屯",
            "李楼",
            "刘营",
            "赵寨",
            "孙庄",
            "后杨楼",
            "前李庄",
            "郭店",
            "谢集",
            "范楼",
            "魏湾",
        ],
        "streets": ["建设路", "世纪大道", "洺南路", "谷阳路", "紫气大道"],
        "estates": ["东方明珠小区", "建业森林半岛", "金色家园", "锦绣华庭"],
        "mail": "zhoukou",
    },
    "suqian": {
        "prov": "江苏省",
        "city": "宿迁市",
        "area": "0527",
        "plate": "苏N",
        "post": "223600",
        "style": "han",
        "vill_suffix": "村",
        "unit": "组",
        "counties": [
            ("沭阳县", "321322", ["沭城街道", "章集街道", "胡集镇", "韩山镇", "扎下镇", "钱集镇", "马厂镇"]),
            ("泗阳县", "321323", ["众兴街道", "爱园镇", "王集镇", "裴圩镇", "新袁镇"]),
        ],
        "extra_codes": [],
        "villages": ["周圩", "张圩", "陈庄", "王庄", "高墩", "大兴", "徐沟", "新河", "韩圩"],
        "streets": ["人民中路", "上海路", "北京路", "众兴中路", "沭河路"],
        "estates": ["天成花园", "金陵名府", "恒大绿洲", "锦绣江南", "梦溪花园"],
        "mail": "suqian",
    },
}
for _k, _r in REGIONS.items():
    _r["key"] = _k
    _r["codes"] = [c for _, c, _ in _r["counties"]] + _r["extra_codes"]
ALL_CODES = {c for r in REGIONS.values() for c in r["codes"]}

# ----------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------
HAN_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
)
COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "令狐",
    "尉迟",
    "公孙",
    "司徒",
    "慕容",
    "夏侯",
    "端木",
    "长孙",
]
GIVEN_M = list("伟强军平刚勇杰涛明超辉华鹏斌飞宇浩凯健俊帆峰磊亮成龙兵林波志国建新文海东永")
GIVEN_F = list("芳娜敏静丽艳娟霞秀英玲桂兰萍红梅琳燕雪倩婷慧洁莉颖琴蓉凤晶荣爱")
GIVEN2_M = [
    "建国",
    "卫东",
    "志强",
    "海涛",
    "国庆",
    "红军",
    "振华",
    "德胜",
    "永福",
    "家豪",
    "子轩",
    "浩然",
    "宇航",
    "俊杰",
    "文博",
    "明辉",
    "保林",
    "长青",
    "学军",
    "少华",
]
GIVEN2_F = [
    "秀英",
    "桂兰",
    "玉兰",
    "春花",
    "丽萍",
    "金凤",
    "爱珍",
    "淑芬",
    "美丽",
    "晓燕",
    "雨涵",
    "梓萱",
    "欣怡",
    "诗琪",
    "一诺",
    "佳怡",
    "海燕",
    "素梅",
    "月娥",
    "巧云",
]
HUI_SUR = ["马"] * 8 + ["杨", "丁", "海", "纳", "撒", "哈", "虎", "金", "锁", "白", "拜", "穆", "田", "苏"]
HUI_GIVEN_M = [
    "福林",
    "少华",
    "学军",
    "志明",
    "占海",
    "有财",
    "永祥",
    "国忠",
    "文龙",
    "成贵",
    "万福",
    "德明",
    "建军",
    "小龙",
    "进财",
]
HUI_GIVEN_F = ["玉兰", "秀英", "梅花", "凤琴", "海燕", "兰花", "春梅", "燕", "玉梅", "小花", "素花", "桂花"]
UY_M = [
    "阿卜杜热依木",
    "买买提",
    "艾力",
    "吐尔逊",
    "艾合买提",
    "热合曼",
    "阿布都拉",
    "麦麦提敏",
    "努尔麦麦提",
    "亚森",
    "伊力哈木",
    "卡迪尔",
    "玉苏甫",
    "艾尔肯",
    "吾斯曼",
    "阿不力孜",
    "肉孜",
    "托合提",
]
UY_F = [
    "古丽努尔",
    "阿依古丽",
    "热依拉",
    "帕提古丽",
    "布茹麦尔耶姆",
    "祖丽菲亚",
    "米热古丽",
    "阿瓦汗",
    "热孜婉古丽",
    "阿米娜",
    "萨拉",
    "努尔比亚",
    "迪丽努尔",
    "海丽其汗",
]
TIB_M = [
    "扎西",
    "次仁",
    "多吉",
    "泽仁",
    "格桑",
    "洛绒",
    "四郎",
    "降措",
    "益西",
    "尼玛",
    "达瓦",
    "贡布",
    "呷绒",
    "泽郎",
    "登珠",
    "曲批",
]
TIB_FIRST = [
    "扎西",
    "次仁",
    "泽仁",
    "格桑",
    "洛绒",
    "四郎",
    "尼玛",
    "达瓦",
    "益西",
    "多吉",
    "降央",
    "呷绒",
    "仁青",
    "索朗",
]
TIB_F = ["卓玛", "拉姆", "央金", "曲珍", "翁姆", "志玛", "拥措", "泽珍", "达珍", "德吉", "措姆", "巴姆"]
YI_CLAN = [
    "吉克",
    "阿西",
    "沙马",
    "俄底",
    "吉木",
    "阿说",
    "海来",
    "曲比",
    "马海",
    "阿苦",
    "勒格",
    "吉伍",
    "木乃",
    "日火",
    "阿的",
    "吉色",
    "瓦其",
    "俄木",
    "阿尔",
    "吉巴",
]
YI_M = [
    "木呷",
    "拉毅",
    "伍各",
    "子洛",
    "日者",
    "拉哈",
    "伍呷",
    "拉者",
    "尔古",
    "石布",
    "日哈",
    "阿木",
    "约布",
    "么体",
]
YI_F = ["阿依", "阿卓", "阿果", "阿芝", "伍果", "石莫", "阿呷", "么作", "日作", "拉莫"]
ZH_SUR = (
    ["黄"] * 4
    + ["韦"] * 4
    + ["农"] * 3
    + ["覃"] * 2
    + ["陆", "蓝", "梁", "莫", "罗", "李", "潘", "岑", "凌", "闭", "零", "黎", "班", "滕"]
)
ZH_GIVEN_M = [
    "志强",
    "日新",
    "德光",
    "达",
    "勇",
    "光明",
    "成林",
    "文华",
    "金福",
    "克勤",
    "永恒",
    "宏",
    "福",
    "建宁",
    "海宁",
]
ZH_GIVEN_F = [
    "秀英",
    "美丽",
    "玉兰",
    "春花",
    "金凤",
    "爱珍",
    "丽萍",
    "月英",
    "凤梅",
    "秋菊",
    "小妹",
    "美芳",
    "桂芝",
]
MG_M = [
    "巴特尔",
    "宝音",
    "乌力吉",
    "额尔敦",
    "那顺乌日图",
    "吉日嘎拉",
    "特木尔",
    "阿拉坦仓",
    "额日德木图",
    "白音仓",
    "朝鲁",
    "孟和",
    "布和",
    "苏和",
]
MG_F = [
    "其其格",
    "斯琴高娃",
    "乌云",
    "苏日娜",
    "萨仁高娃",
    "高娃",
    "塔娜",
    "娜仁花",
    "托娅",
    "琪琪格",
    "乌兰",
    "图雅",
]
MG_SUR = ["包", "白", "吴", "韩", "鲍", "宝", "佟", "海", "额", "梁"]


# ----------------------------------------------------------------------------
# Document assembly.  A document is a list of items: a str is plain text,
# a (kind, text) tuple is a labelled span.  Offsets are recorded while the
# items are concatenated in build(); nothing is searched afterwards.
# ----------------------------------------------------------------------------
NO_LINE_START = set("，。、；：）》”！？,.;:)")


def wrap_items(items, width):
    """Hard-wrap one paragraph the way a PDF/Word extraction does.
    Only an address span may be broken (the line break then belongs to it);
    any other span moves as a whole to the next line."""
    out: list[tuple[str, str | None, int | None]] = []  # (text, kind, sid)
    col = 0
    for sid, it in enumerate(items):
        if isinstance(it, str):
            for ch in it:
                if ch == "\n":
                    out.append(("\n", None, None))
                    col = 0
                    continue
                if col >= width and ch not in NO_LINE_START:
                    out.append(("\n", None, None))
                    col = 0
                out.append((ch, None, None))
                col += 1
        else:
            kind, txt = it
            if kind == "address":
                for j, ch in enumerate(txt):
                    if col >= width:
                        out.append(("\n", kind if j else None, sid if j else None))
                        col = 0
                    out.append((ch, kind, sid))
                    col += 1
            else:
                if col + len(txt) > width and col > 0:
                    out.append(("\n", None, None))
                    col = 0
                out.append((txt, kind, sid))
                col += len(txt)
    res: list[str | tuple[str | None, str]] = []
    cur_sid: int | str | None = "none"  # "none": no run started yet
    buf: list[str] = []
    cur_kind: str | None = None
    for txt, kind, run_sid in out:
        if run_sid != cur_sid and buf:
            res.append("".join(buf) if cur_sid is None else (cur_kind, "".join(buf)))
            buf = []
        if run_sid != cur_sid:
            cur_sid, cur_kind = run_sid, kind
        buf.append(txt)
    if buf:
        res.append("".join(buf) if cur_sid is None else (cur_kind, "".join(buf)))
    return res


class Doc:
    def __init__(self, pdf, width):
        self.items = []
        self.pdf = pdf
        self.width = width

    def add(self, *items):
        for it in items:
            if isinstance(it, list):
                self.items.extend(it)
            elif it is not None and it != "":
                self.items.append(it)

    def ln(self, *items):
        self.add(*items)
        self.items.append("\n")

    def para(self, *items, indent=True):
        flat = []
        for it in items:
            if isinstance(it, list):
                flat.extend(it)
            elif it is not None and it != "":
                flat.append(it)
        if indent:
            flat = ["　　" if not self.pdf else "", *flat]
        if self.pdf:
            flat = wrap_items(flat, self.width)
        self.add(*flat)
        self.items.append("\n")

    def build(self):
        parts, spans, pos = [], [], 0
        for it in self.items:
            if isinstance(it, str):
                parts.append(it)
                pos += len(it)
            else:
                kind, txt = it
                assert txt, it
                spans.append({"kind": kind, "start": pos, "end": pos + len(txt), "text": txt})
                parts.append(txt)
                pos += len(txt)
        return "".join(parts), spans


def plain(cell):
    return "".join(c if isinstance(c, str) else c[1] for c in cell)


def dwidth(s):
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def as_cell(x):
    if isinstance(x, list):
        return x
    if isinstance(x, tuple):
        return [x]
    return [str(x)]


CN_NUM = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_NUM[int(c)] for c in str(y))


def cn_small(n):
    if n <= 10:
        return ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def cn_date(d):
    return f"{cn_year(d.year)}年{cn_small(d.month)}月{cn_small(d.day)}日"


def fdate(rng, d, style=None):
    style = style or rng.choice(["cn", "cn", "cn0", "dash", "dot"])
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dash":
        return d.isoformat()
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    return cn_date(d)


DAXIE = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    n = int(n)
    units = ["", "拾", "佰", "仟"]
    if n == 0:
        return "零元整"
    wan, rest = divmod(n, 10000)

    def four(x, lead):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = (x // 10**i) % 10
            if d == 0:
                zero = bool(s) or lead
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DAXIE[d] + units[i]
        return s

    s = ""
    if wan:
        s += four(wan, False) + "万"
        if rest and rest < 1000:
            s += "零"
        s += four(rest, False) if rest else ""
    else:
        s = four(rest, False)
    return s + "元整"


def money(rng, v, style=None):
    style = style or rng.choice(["plain", "comma", "dec"])
    if style == "plain":
        return f"{v}"
    if style == "comma":
        return f"{v:,}"
    return f"{v:.2f}"


# ----------------------------------------------------------------------------
# Per-document context: region, people, numbers, layouts
# ----------------------------------------------------------------------------
MOBILE_PFX = [
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
    "198",
    "199",
]
TABLE_LAYOUTS = ["tab", "space", "md", "html", "csv", "cellline"]


class G:
    def __init__(self, rng, region, pdf, year=None):
        self.rng = rng
        self.R = region
        self.county, self.code, self.towns = rng.choice(region["counties"])
        self.pdf = pdf
        self.doc = Doc(pdf, rng.randint(28, 40))
        self.year = year or rng.randint(2019, 2024)
        self.used = set()

    # -- dates ---------------------------------------------------------------
    def day(self, year=None, m0=1, m1=12):
        y = year or self.year
        m = self.rng.randint(m0, m1)
        return dt.date(y, m, self.rng.randint(1, 28))

    def fd(self, d, style=None):
        return fdate(self.rng, d, style)

    def pub_date(self):
        if not hasattr(self, "_pub"):
            self._pub = self.day(m0=2)
        return self._pub

    # -- names ---------------------------------------------------------------
    def _raw_name(self, sex, style):
        """Return (name, surname or None, ethnicity)."""
        r = self.rng
        if style == "hui" and r.random() < 0.75:
            sur = r.choice(HUI_SUR)
            return sur + r.choice(HUI_GIVEN_M if sex == "男" else HUI_GIVEN_F), sur, "回族"
        if style == "uyghur" and r.random() < 0.85:
            return r.choice(UY_M if sex == "男" else UY_F) + "·" + r.choice(UY_M), None, "维吾尔族"
        if style == "tibetan" and r.random() < 0.85:
            second = r.choice(TIB_M if sex == "男" else TIB_F)
            if r.random() < 0.12:
                return second, None, "藏族"
            first = r.choice([x for x in TIB_FIRST if x != second])
            return first + second, None, "藏族"
        if style == "yi" and r.random() < 0.85:
            sur = r.choice(YI_CLAN)
            return sur + r.choice(YI_M if sex == "男" else YI_F), sur, "彝族"
        if style == "zhuang" and r.random() < 0.85:
            sur = r.choice(ZH_SUR)
            return sur + r.choice(ZH_GIVEN_M if sex == "男" else ZH_GIVEN_F), sur, "壮族"
        if style == "mongol" and r.random() < 0.6:
            g = r.choice(MG_M if sex == "男" else MG_F)
            if r.random() < 0.5:
                return g, None, "蒙古族"
            sur = r.choice(MG_SUR)
            return sur + g, sur, "蒙古族"
        sur = r.choice(COMPOUND) if r.random() < 0.06 else r.choice(HAN_SUR)
        if r.random() < 0.45:
            return sur + r.choice(GIVEN_M if sex == "男" else GIVEN_F), sur, "汉族"
        return sur + r.choice(GIVEN2_M if sex == "男" else GIVEN2_F), sur, "汉族"

    def _free(self, n):
        return n not in self.used and not any(n in u or u in n for u in self.used)

    def name(self, sex=None, style=None, meta=False):
        sex = sex or self.rng.choice("男女")
        style = style or self.R["style"]
        for _ in range(200):
            n, sur, eth = self._raw_name(sex, style)
            if self._free(n):
                self.used.add(n)
                return (n, sur, eth) if meta else n
        raise Redraw("names")

    def official(self):
        """A staff member acting in a public role (not labelled)."""
        return self.name(self.rng.choice("男女"))

    def person(self, sex=None, born=(1950, 2000), region=None, old_id=False):
        R = region or self.R
        sex = sex or self.rng.choice("男女")
        y = self.rng.randint(*born)
        b = dt.date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))
        if self.rng.random() < 0.3:
            b = dt.date(
                y,
                b.month,
                self.rng.randint(1, 31 if b.month in (1, 3, 5, 7, 8, 10, 12) else 30 if b.month != 2 else 28),
            )
        code = self.code if R is self.R and self.rng.random() < 0.7 else self.rng.choice(R["codes"])
        if R["key"] == "ganzi" and code == "513301" and y < 2010:
            code = self.rng.choice(["513321", "513301"])
        seq = self.rng.randint(1, 998)
        if (seq % 2 == 1) != (sex == "男"):
            seq += 1
        s17 = f"{code}{b:%Y%m%d}{seq:03d}"
        pid = s17 + id_check_char(s17)
        if pid[-1] == "X" and self.rng.random() < 0.1:
            pid = pid[:-1] + "x"
        n, sur, eth = self.name(sex, R["style"], meta=True)
        p = {
            "name": n,
            "sur": sur,
            "eth": eth,
            "sex": sex,
            "birth": b,
            "id": pid,
            "region": R,
            "id15": f"{code}{b:%y%m%d}{seq:03d}" if old_id else None,
        }
        return p

    MALE_REL = {"父亲", "祖父", "外祖父", "儿子", "孙子", "丈夫", "侄子", "哥哥", "弟弟"}
    FEMALE_REL = {"母亲", "祖母", "外祖母", "女儿", "孙女", "妻子", "儿媳", "姐姐", "妹妹"}

    def relative(self, p, rel, born=None):
        """A relative of p whose sex, age and (where the naming system has one) family name fit the relation."""
        y = p["birth"].year
        if rel in self.MALE_REL:
            sex = "男"
        elif rel in self.FEMALE_REL:
            sex = "女"
        elif rel == "配偶":
            sex = "女" if p["sex"] == "男" else "男"
        else:
            sex = self.rng.choice("男女")
        if born is None:
            if rel in ("父亲", "母亲"):
                born = (y - 40, y - 20)
            elif rel in ("祖父", "祖母", "外祖父", "外祖母"):
                born = (y - 70, y - 45)
            elif rel in ("儿子", "女儿", "儿媳"):
                born = (y + 20, min(y + 38, 2005))
            elif rel in ("孙子", "孙女"):
                born = (y + 45, min(y + 65, 2010))
            else:
                born = (y - 6, y + 6)
        if born[0] > born[1]:
            born = (born[1], born[1])
        q = self.person(sex=sex, born=born, region=p["region"])
        share = rel in ("父亲", "祖父") or (rel in ("儿子", "女儿", "孙子", "孙女") and p["sex"] == "男")
        new = None
        if share and p.get("sur") and q.get("sur"):
            new = p["sur"] + q["name"][len(q["sur"]) :]
            q["sur"] = p["sur"]
        elif share and "·" in p["name"] and "·" in q["name"]:
            if rel == "父亲":
                new = p["name"].split("·")[1] + "·" + q["name"].split("·")[1]
            elif rel in ("儿子", "女儿"):
                new = q["name"].split("·")[0] + "·" + p["name"].split("·")[0]
        if new and new != q["name"]:
            self.used.discard(q["name"])
            if self._free(new):
                q["name"] = new
            self.used.add(q["name"])
        return q

    def before(self, lo=3, hi=200):
        return self.pub_date() - dt.timedelta(days=self.rng.randint(lo, hi))

    def after(self, lo=5, hi=60):
        return self.pub_date() + dt.timedelta(days=self.rng.randint(lo, hi))

    def age(self, p, at=None):
        at = at or self.pub_date()
        b = p["birth"]
        return at.year - b.year - ((at.month, at.day) < (b.month, b.day))

    # -- labelled values -----------------------------------------------------
    def N(self, p):
        return ("name", p["name"] if isinstance(p, dict) else p)

    def ID(self, p):
        if p.get("id15"):
            return ("id_card_15", p["id15"])
        return ("id_card", p["id"])

    def mobile(self):
        r = self.rng
        n = r.choice(MOBILE_PFX) + f"{r.randint(0, 99999999):08d}"
        st = r.random()
        if st < 0.62:
            s = n
        elif st < 0.72:
            s = f"{n[:3]} {n[3:7]} {n[7:]}"
        elif st < 0.8:
            s = f"{n[:3]}-{n[3:7]}-{n[7:]}"
        elif st < 0.88:
            s = "+86 " + n
        elif st < 0.94:
            s = "86-" + n
        else:
            s = "+86-" + n
        return ("mobile", s)

    def landline_digits(self):
        area = self.R["area"]
        n = 8 if area == "0527" else 7
        return area, str(self.rng.randint(2, 8)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def home_phone(self):
        a, n = self.landline_digits()
        return ("landline", self.rng.choice([f"{a}-{n}", f"{a}-{n}", f"({a}){n}", f"{a} {n}"]))

    def office_phone(self):
        a, n = self.landline_digits()
        return self.rng.choice([f"{a}-{n}", f"{a}-{n}", f"{a}－{n}", f"（{a}）{n}"])

    def card(self):
        r = self.rng
        L = r.choice([16, 19, 19, 19, 18])
        body = r.choice(CARD_PREFIXES) + "".join(str(r.randint(0, 9)) for _ in range(L - 7))
        n = luhn_complete(body)
        if r.random() < 0.3:
            n = " ".join(n[i : i + 4] for i in range(0, len(n), 4))
        return ("bank_card", n)

    def email(self, p=None):
        r = self.rng
        if r.random() < 0.5:
            u = str(r.randint(10000, 3999999999))
            dom = "qq.com"
        else:
            u = "".join(r.choice("abcdefghjklmnpqrstwxyz") for _ in range(r.randint(3, 7))) + str(
                r.randint(70, 2005)
            )
            dom = r.choice(["163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com"])
        return ("email", f"{u}@{dom}")

    def gov_mail(self):
        abbr = "".join(self.rng.choice("abcdefghjklmnpqrstwxyz") for _ in range(self.rng.randint(4, 7)))
        return f"{abbr}@{self.R['mail']}.gov.cn"

    def plate(self):
        r = self.rng
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if r.random() < 0.2:
            s = self.R["plate"] + r.choice("DF") + f"{r.randint(0, 99999):05d}"
        else:
            tail = [r.choice(L + "0123456789") for _ in range(2)] + [str(r.randint(0, 9)) for _ in range(3)]
            r.shuffle(tail)
            s = self.R["plate"] + "".join(tail)
        if r.random() < 0.15:
            s = s[:2] + "·" + s[2:]
        return ("license_plate", s)

    def passport(self):
        r = self.rng
        if r.random() < 0.5:
            return ("passport", "E" + f"{r.randint(0, 99999999):08d}")
        return ("passport", "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + f"{r.randint(0, 9999999):07d}")

    def hk_permit(self):
        r = self.rng
        c = r.random()
        if c < 0.4:
            return ("hk_macau_permit", "C" + r.choice("ABCDEFGHJKLMN") + f"{r.randint(0, 9999999):07d}")
        if c < 0.7:
            return ("hk_macau_permit", "C" + f"{r.randint(0, 99999999):08d}")
        return ("hk_macau_permit", r.choice("HM") + f"{r.randint(0, 99999999):08d}")

    def tw_permit(self):
        r = self.rng
        return ("tw_permit", f"{r.randint(0, 99999999):08d}")

    # -- addresses -------------------------------------------------------------
    def addr(self, region=None, urban=None, prefix=None, town=None):
        R = region or self.R
        r = self.rng
        if R is self.R:
            county, towns = self.county, self.towns
        else:
            county, _, towns = r.choice(R["counties"])
        town = town or r.choice(towns)
        if prefix is None:
            prefix = r.choice(["county", "county", "full", "city", "town"])
        pre = {
            "county": county,
            "full": R["prov"] + R["city"] + county,
            "city": R["city"] + county,
            "town": "",
        }[prefix]
        urban = r.random() < 0.3 if urban is None else urban
        if urban:
            st = r.random()
            if st < 0.4:
                s = f"{pre}{r.choice(R['streets'])}{r.randint(1, 399)}号"
            elif st < 0.75:
                s = f"{pre}{r.choice(R['estates'])}{r.randint(1, 30)}栋{r.randint(1, 6)}单元{r.randint(1, 18)}{r.randint(1, 4):02d}室"
            else:
                s = f"{pre}{town}{r.choice(R['estates'])}{r.randint(1, 20)}号楼{r.randint(1, 5)}单元{r.randint(1, 6)}{r.randint(1, 4):02d}室"
            return ("address", s)
        pre = town if pre == "" else pre + town
        vil = r.choice(R["villages"]) + R["vill_suffix"]
        unit = R["unit"]
        if unit == "屯":
            tail = r.choice(R["tun"]) + "屯" + (f"{r.randint(1, 80)}号" if r.random() < 0.3 else "")
        elif unit == "社":
            tail = (
                f"{r.choice(['一', '二', '三', '四', '五'])}社"
                if r.random() < 0.6
                else f"{r.randint(1, 8)}组{r.randint(1, 60)}号"
            )
        else:
            c = r.random()
            if c < 0.35:
                tail = f"{cn_small(r.randint(1, 12))}组"
            elif c < 0.6:
                tail = f"{r.randint(1, 12)}组"
            elif c < 0.85:
                tail = f"{r.randint(1, 12)}组{r.randint(1, 120)}号"
            else:
                tail = f"{r.randint(1, 260)}号"
        return ("address", pre + vil + tail)

    def agency_addr(self):
        return f"{self.county}{self.rng.choice(self.R['streets'])}{self.rng.randint(1, 200)}号"

    # -- non-personal identifiers (near misses) ---------------------------------
    def credit(self, kind="agency"):
        r = self.rng
        pfx = {"agency": "11", "inst": "12", "company": "91", "ind": "92", "coop": "93"}[kind]
        for _ in range(100):
            if kind == "agency" and r.random() < 0.5:
                body = "".join(str(r.randint(0, 9)) for _ in range(8))
            elif kind in ("agency", "inst"):
                body = "MB" + "".join(r.choice("0123456789") for _ in range(6))
            else:
                body = "MA" + "".join(r.choice(CC_CHARS) for _ in range(6))
            c9 = org_check(body)
            s17 = pfx + self.code + body + c9
            if all(ch in CC_CHARS for ch in s17):
                s = s17 + credit_check(s17)
                assert credit_ok(s)
                return s
        raise Redraw("credit")

    def index_no(self, agency_credit=None):
        cc = agency_credit or self.credit("agency")
        return f"{cc}/{self.pub_date().year}-{self.rng.randint(1, 2000):05d}"

    def luhn_number(self, n=16):
        """Luhn-valid business number that carries no card issuer prefix."""
        r = self.rng
        body = str(self.pub_date().year) + "".join(str(r.randint(0, 9)) for _ in range(n - 5))
        return luhn_complete(body)

    def masked_mobile(self):
        r = self.rng
        return r.choice(MOBILE_PFX) + "****" + f"{r.randint(0, 9999):04d}"

    def masked_id(self):
        r = self.rng
        return (
            r.choice(self.R["codes"])[: r.choice([2, 6])]
            + "*" * 8
            + f"{r.randint(0, 999):03d}"
            + r.choice("0123456789X")
        )

    def masked_name(self, sex=None):
        n = self._raw_name(sex or self.rng.choice("男女"), self.R["style"])[0]
        if "·" in n:
            return n.split("·")[0][:2] + "*·" + "*"
        if len(n) == 2:
            return n[0] + "*"
        return n[0] + "*" + n[2:] if self.rng.random() < 0.5 else n[0] + "*" * (len(n) - 1)

    # -- header / footer ----------------------------------------------------------
    def meta_header(self, agency, title, docno=None, cc=None):
        d, r = self.doc, self.rng
        if r.random() < 0.55:
            cc = cc or self.credit("agency")
            if r.random() < 0.5:
                d.ln(f"索引号：{self.index_no(cc)}")
                d.ln(f"发布机构：{agency}")
                d.ln(f"发布日期：{self.pub_date().isoformat()}")
                if docno:
                    d.ln(f"文号：{docno}")
            else:
                d.ln(
                    f"索 引 号：{self.index_no(cc)}\t信息分类：{r.choice(['公告公示', '其他', '行政执法', '社会救助'])}"
                )
                d.ln(f"发文机关：{agency}\t成文日期：{self.fd(self.pub_date(), 'dash')}")
                d.ln("标    题：", as_cell(title))
                if docno:
                    d.ln(f"发文字号：{docno}\t有 效 性：有效")
            d.ln("")
        d.ln(as_cell(title))
        if docno and r.random() < 0.6:
            d.ln(docno)
        if not self.pdf and r.random() < 0.3:
            d.ln("")

    def footer(self, agency, contact=True):
        d, r = self.doc, self.rng
        if contact and r.random() < 0.8:
            who = f"联系人：{self.official()}　" if r.random() < 0.5 else ""
            d.ln(f"{who}联系电话：{self.office_phone()}")
            if r.random() < 0.35:
                d.ln(f"监督电话：{self.office_phone()}、{r.choice(['12345', '12345政务服务便民热线'])}")
            if r.random() < 0.3:
                d.ln(f"电子邮箱：{self.gov_mail()}")
            if r.random() < 0.3:
                d.ln(f"地址：{self.agency_addr()}　邮编：{self.R['post']}")
        if not self.pdf:
            d.ln("")
        d.ln(agency)
        d.ln(self.fd(self.pub_date(), r.choice(["cn", "cn", "cnu"])))
        if self.pdf and r.random() < 0.6:
            d.ln(r.choice(["— 1 —", "- 2 -", "第 1 页 共 1 页", "2"]))

    # -- tables ---------------------------------------------------------------
    def layout(self):
        return "pdf" if self.pdf else self.rng.choice(TABLE_LAYOUTS)

    def table(self, headers, rows, layout=None, title=None):
        d, r = self.doc, self.rng
        layout = layout or self.layout()
        rows = [[as_cell(c) for c in row] for row in rows]
        if layout == "pdf":
            rows = [[self._spaced(c) for c in row] for row in rows]
        allrows = [[[h] for h in headers], *rows]
        self._colw = [max(dwidth(plain(row[j])) for row in allrows) + 2 for j in range(len(headers))]
        if layout == "pdf":
            sub = r.choice(["space", "tab", "cellline"])
            per = r.randint(6, 14)
            short = title or ""
            for i in range(0, len(rows), per):
                if i:
                    page = i // per + 1
                    d.ln(r.choice([f"— {page} —", f"- {page} -", f"第 {page} 页", f"{page}"]))
                    if short and r.random() < 0.7:
                        d.ln(short)
                    if r.random() < 0.6:
                        self._emit(sub, headers, [], header_only=True)
                self._emit(sub, headers if i == 0 else None, rows[i : i + per])
            return
        self._emit(layout, headers, rows)

    def _spaced(self, cell):
        out = []
        for it in cell:
            if (
                isinstance(it, tuple)
                and it[0] == "name"
                and len(it[1]) == 2
                and "·" not in it[1]
                and self.rng.random() < 0.75
            ):
                out.append(("name", it[1][0] + self._sp + it[1][1]))
            else:
                out.append(it)
        return out

    @property
    def _sp(self):
        if not hasattr(self, "_spc"):
            self._spc = self.rng.choice(["　", "　", " ", "  "])
        return self._spc

    def _emit(self, layout, headers, rows, header_only=False):
        d, r = self.doc, self.rng
        if layout == "tab":
            if headers:
                d.ln("\t".join(headers))
            for row in rows:
                for j, c in enumerate(row):
                    if j:
                        d.add("\t")
                    d.add(c)
                d.ln()
        elif layout == "space":
            allrows = ([[[h] for h in headers]] if headers else []) + rows
            wds = self._colw
            for row in allrows:
                for j, c in enumerate(row):
                    d.add(c)
                    if j < len(row) - 1:
                        d.add(" " * max(2, wds[j] - dwidth(plain(c))))
                d.ln()
        elif layout == "md":
            d.ln("| " + " | ".join(headers) + " |")
            d.ln("|" + "|".join(["---"] * len(headers)) + "|")
            for row in rows:
                d.add("| ")
                for j, c in enumerate(row):
                    if j:
                        d.add(" | ")
                    d.add(c)
                d.ln(" |")
        elif layout == "html":
            d.ln('<table border="1" cellspacing="0">')
            d.ln("<tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>")
            for row in rows:
                d.add("<tr>")
                for c in row:
                    d.add("<td>", c, "</td>")
                d.ln("</tr>")
            d.ln("</table>")
        elif layout == "csv":
            q = r.random() < 0.5

            def cell_out(c):
                txt = plain(c)
                need = q or any(ch in txt for ch in ',"\n')
                items = []
                for it in c:
                    if isinstance(it, str):
                        items.append(it.replace('"', '""'))
                    else:
                        items.append(it)
                return ['"', *items, '"'] if need else items

            d.ln(",".join(f'"{h}"' if q else h for h in headers))
            for row in rows:
                for j, c in enumerate(row):
                    if j:
                        d.add(",")
                    d.add(cell_out(c))
                d.ln()
        elif layout == "cellline":
            if headers:
                for h in headers:
                    d.ln(h)
            for row in rows:
                for c in row:
                    d.ln(c)
        else:
            raise ValueError(layout)

    def form(self, pairs, two=None):
        """Label-value form, one or two fields a line."""
        d, r = self.doc, self.rng
        two = (r.random() < 0.4) if two is None else two
        style = r.choice(["colon", "colon", "pad", "bracket"])

        def lab(s):
            if style == "pad" and len(s) == 2:
                return s[0] + "　　" + s[1] + "："
            if style == "bracket":
                return f"【{s}】"
            return s + r.choice(["：", "：", ":"]) if style == "colon" else s + "："

        i = 0
        pairs = [p for p in pairs if p is not None]
        while i < len(pairs):
            lbl, v = pairs[i]
            d.add(lab(lbl), as_cell(v))
            if two and i + 1 < len(pairs) and dwidth(plain(as_cell(v))) < 24:
                l2, v2 = pairs[i + 1]
                d.add("\t" if r.random() < 0.5 else "　　　", lab(l2), as_cell(v2))
                i += 1
            d.ln()
            i += 1

    def numbered(self, recs, style=None):
        d, r = self.doc, self.rng
        style = style or r.choice(["1.", "1、", "（1）", "(1)", "一、"])
        for i, rec in enumerate(recs, 1):
            pre = style.replace("1", str(i)) if "1" in style else style.replace("一", cn_small(i))
            if self.pdf:
                d.para(pre, rec, indent=False)
            else:
                d.ln(pre, rec)

    def sexword(self, p):
        return p["sex"]


class Redraw(Exception):
    pass


# ----------------------------------------------------------------------------
# Family 1: 公安户籍与治安
# ----------------------------------------------------------------------------
def pcs_name(g, town=None, with_town=False):
    town = town or g.rng.choice(g.towns)
    core = town[:-2] if town.endswith("街道") else town[:-1]
    name = f"{g.county}公安局{core}派出所"
    return (name, town) if with_town else name


def police_hukou(g):
    r, d = g.rng, g.doc
    pcs, ptown = pcs_name(g, with_town=True)
    n = r.randint(3, 14)
    year = g.pub_date().year
    if r.random() < 0.6:
        people = []
        for _ in range(n):
            reason = r.choice(["死亡", "死亡", "死亡", "出国（境）定居", "重复户口", "加入外国国籍"])
            born = (1925, 1960) if reason == "死亡" else (1960, 2005)
            people.append((g.person(born=born), reason))
        first = people[0][0]
        title = r.choice([["关于注销", g.N(first), f"等{n}人户口的公告"], [f"{pcs}注销户口公告"]])
        docno = f"{g.county[0]}公户告〔{year}〕{r.randint(1, 60)}号"
        g.meta_header(pcs, title, docno)
        d.para(
            f"根据《中华人民共和国户口登记条例》《{g.R['prov']}常住户口登记管理规定》有关规定，经调查核实，下列人员符合注销户口条件，现予以注销。"
            f"如对注销决定有异议，请自本公告发布之日起{r.choice(['十五', '三十', '15', '30'])}日内持有效证件到{pcs}户籍窗口提出，逾期视为无异议。"
        )
        if r.random() < 0.5:
            d.para("依据《中华人民共和国居民身份证法》第十一条之规定，被注销人员的居民身份证同时作废。")
        heads = ["序号", "姓名", "性别", "公民身份号码", "户籍地址", "注销原因"]
        rows = []
        for i, (p, why) in enumerate(people, 1):
            rows.append(
                [str(i), g.N(p), p["sex"], g.ID(p), g.addr(town=ptown if r.random() < 0.8 else None), why]
            )
        if r.random() < 0.4:
            heads.append("注销日期")
            for row in rows:
                row.append(g.fd(g.before(5, 90), "dash"))
        g.table(heads, rows, title=f"{pcs}注销户口公告")
        g.footer(pcs)
        return
    # variant B: 户口迁移 公示 / 迁移证明作废
    title = r.choice(["户口迁移公示", "关于户口迁移情况的公示", "户口迁移证明作废公告"])
    g.meta_header(pcs, title)
    k = r.randint(1, 4)
    for i in range(k):
        p = g.person(born=(1945, 2004))
        reason = r.choice(["投靠子女", "婚姻迁移", "购房落户", "随迁子女", "投靠配偶"])
        src = g.addr(region=r.choice(list(REGIONS.values())))
        dst = g.addr(town=ptown)
        lead = f"{cn_small(i + 1)}、" if k > 1 else ""
        if "作废" in title:
            d.para(
                lead,
                g.N(p),
                "（公民身份号码：",
                g.ID(p),
                f"）于{g.fd(g.before(3, 150))}在{pcs}办理的户口迁移证明（编号：",
                f"{r.randint(0, 99999999):08d}",
                "）因遗失，现声明作废。原迁出地址：",
                src,
                "。",
            )
        else:
            d.para(
                lead,
                g.N(p),
                f"，{p['sex']}，",
                r.choice(["公民身份号码", "身份证号"]),
                "：",
                g.ID(p),
                "，原户籍地址：",
                src,
                f"，因{reason}申请将户口迁入",
                dst,
                "。经审核，符合迁移条件，现予公示。",
            )
    d.para(f"公示期为{r.choice(['7', '七', '5'])}个工作日。如有异议，请在公示期内向{pcs}反映。")
    g.footer(pcs)


def police_qishi(g):
    r, d = g.rng, g.doc
    bureau = f"{g.county}公安局"
    if r.random() < 0.45:
        title = r.choice(["认尸启事", "认尸公告", "无名尸体认领启事"])
        g.meta_header(bureau, title)
        sex = r.choice(["男", "男", "女"])
        when = g.before(3, 150)
        place = r.choice(
            [
                f"G{r.randint(100, 350)}国道K{r.randint(10, 900)}+{r.randint(100, 900)}处路边",
                f"{r.choice(g.towns)}{r.choice(['河道', '水渠', '林带', '废弃砖厂'])}内",
                f"{r.choice(g.towns)}{r.choice(g.R['villages'])}{g.R['vill_suffix']}附近{r.choice(['河道', '荒地', '桥下'])}",
            ]
        )
        d.para(
            f"{g.fd(when, 'cn')}{r.randint(6, 20)}时许，{bureau}{pcs_name(g)[len(bureau) :]}接群众报警，在{place}发现一具无名{sex}尸。经法医检验，已排除刑事案件。为尽快查明死者身份，现发布认尸启事。"
        )
        feats = [
            f"年龄约{r.randint(25, 75)}岁",
            f"身高约{r.randint(150, 182)}厘米",
            r.choice(["体型偏瘦", "体型中等", "体型偏胖"]),
            r.choice(["短发", "平头", "长发扎马尾", "头发花白"]),
            f"上穿{r.choice(['灰色夹克', '深蓝色羽绒服', '黑色T恤', '红色毛衣'])}，下穿{r.choice(['黑色长裤', '牛仔裤', '灰色运动裤'])}，脚穿{r.choice(['黑色布鞋', '白色运动鞋', '拖鞋'])}",
        ]
        if r.random() < 0.4:
            feats.append(r.choice(["左前臂有一处陈旧性疤痕", "右手腕戴红绳", "左耳有耳洞", "上门牙缺失一颗"]))
        if g.pdf or r.random() < 0.5:
            d.para("死者特征：", "，".join(feats), "。")
        else:
            d.ln("死者特征：")
            g.numbered(["；".join([f]) + "。" for f in feats])
        if r.random() < 0.35:
            p = g.person(born=(1955, 1995))
            d.para(
                "死者衣袋内有一张纸条，上书“",
                g.N(p),
                " ",
                g.mobile(),
                "”字样，经拨打无人接听。请认识",
                g.N(p),
                "或知情者与我局联系。",
            )
        d.para(
            f"请知情者或死者家属见启事后，速与{bureau}刑事侦查大队联系。对提供有效线索者，我局将予以保密。"
        )
        d.ln(f"联系人：{g.official()}（{r.choice(['刑侦大队', '技术室'])}）")
        d.ln(f"联系电话：{g.office_phone()}　报警电话：110")
        if r.random() < 0.4:
            d.ln(
                f"案件编号：A{g.code}{r.randint(0, 999999):06d}{when.year}{when.month:02d}{r.randint(1, 9999):04d}"
            )
        g.footer(bureau, contact=False)
        return
    title = r.choice(["寻人启事", "协助查找走失人员的启事", "寻人公告"])
    agency = pcs_name(g)
    g.meta_header(agency, title)
    p = g.person(born=(1938, 2012))
    age = g.age(p)
    if age >= 55:
        rel = r.choice(["儿子", "女儿", "儿子"])
    elif age < 18:
        rel = r.choice(["父亲", "母亲"])
    else:
        rel = r.choice(["丈夫" if p["sex"] == "女" else "妻子", "父亲", "母亲"])
    fam = g.relative(p, rel)
    lost = g.before(3, 150)
    pieces = [g.N(p), f"，{p['sex']}，{p['eth']}，{age}岁，", "身份证号：", g.ID(p), "，家住", g.addr(), "。"]
    d.para(*pieces)
    health = None
    if age >= 60 and r.random() < 0.7:
        health = r.choice(["阿尔茨海默病", "老年痴呆症", "脑梗死后遗症", "帕金森病"])
    elif r.random() < 0.5:
        health = r.choice(["精神分裂症", "智力残疾二级", "双相情感障碍", "癫痫"])
    if health:
        d.para(
            g.N(p),
            f"于{g.fd(lost, 'cn')}{r.randint(6, 20)}时许从家中出走，至今未归。",
            g.N(p),
            "患有",
            ("health", health),
            f"，{r.choice(['记忆力差', '语言表达不清', '需按时服药'])}，走失时身穿{r.choice(['黑色棉衣', '蓝色外套', '灰色中山装'])}。",
        )
    else:
        d.para(
            g.N(p),
            f"于{g.fd(lost)}在{r.choice(g.towns)}集市走失，",
            *(["走失时驾驶号牌为", g.plate(), "的电动三轮车，"] if r.random() < 0.4 else []),
            f"走失时身穿{r.choice(['黑色棉衣', '蓝色外套', '灰色中山装'])}，身高约{r.randint(145, 180)}厘米。",
        )
    d.para(
        "如有知情者，请与其",
        rel,
        "",
        g.N(fam),
        "联系（电话：",
        g.mobile() if r.random() < 0.8 else g.home_phone(),
        "），或拨打",
        agency,
        f"值班电话{g.office_phone()}，或拨打110。",
    )
    if r.random() < 0.4:
        d.para(f"对提供线索帮助找到者，家属愿酬谢人民币{r.choice([2000, 3000, 5000, 10000])}元。")
    g.footer(agency, contact=False)


def police_juzhu(g):
    r, d = g.rng, g.doc
    agency = r.choice([f"{g.county}公安局人口与出入境管理大队", pcs_name(g)])
    year = g.pub_date().year
    if r.random() < 0.55:
        title = r.choice(
            [
                f"{year}年第{r.randint(1, 12)}批居住证领取通知",
                "居住证制证完成人员名单公示",
                "关于领取居住证的通知",
            ]
        )
        g.meta_header(agency, title)
        d.para(
            f"以下人员申领的居住证已制作完成，请本人携带受理回执于工作日到{agency}户籍窗口领取。委托他人代领的，代领人须持本人身份证及委托书。超过{r.choice(['三', '六'])}个月未领取的，将统一退回制证中心。"
        )
        mask = r.random() < 0.3
        heads = ["序号", "姓名", "性别", "身份证号码", "居住地址", "受理编号"]
        if r.random() < 0.4:
            heads.insert(5, "联系电话")
        rows = []
        for i in range(r.randint(5, 18)):
            home = r.choice(list(REGIONS.values()))
            p = g.person(born=(1960, 2005), region=home)
            idc = g.masked_id() if mask else g.ID(p)
            row = [str(i + 1), g.N(p), p["sex"], idc, g.addr(urban=r.random() < 0.7)]
            if "联系电话" in heads:
                row.append(g.masked_mobile() if mask else g.mobile())
            row.append(
                f"JZZ{g.code}{year}{r.randint(0, 99999):05d}"
                if r.random() < 0.5
                else f"{year}{r.randint(0, 9999999999):010d}"
            )
            rows.append(row)
        g.table(heads, rows, title=title)
        g.footer(agency)
        return
    title = r.choice(["居住登记信息表", "流动人口居住登记表", "居住证申领登记表"])
    g.meta_header(agency, title)
    home = r.choice(list(REGIONS.values()))
    p = g.person(born=(1965, 2003), region=home)
    emp = f"{g.county}{r.choice(['鑫源', '顺达', '金诚', '兴旺', '恒通'])}{r.choice(['商贸有限公司', '建筑劳务有限公司', '餐饮店', '物流有限公司'])}"
    pairs = [
        ("姓名", g.N(p)),
        ("性别", p["sex"]),
        ("出生日期", g.fd(p["birth"], "cn0")),
        ("公民身份号码", g.ID(p)),
        ("户籍地址", g.addr(region=home)),
        ("居住地址", g.addr(urban=True)),
        ("联系电话", g.mobile()),
        ("服务处所", emp),
        ("统一社会信用代码", g.credit("company")) if r.random() < 0.5 else None,
        ("机动车号牌", g.plate()) if r.random() < 0.5 else None,
        ("电子邮箱", g.email()) if r.random() < 0.5 else None,
        ("居住事由", r.choice(["务工", "经商", "就学", "投亲"])),
        ("登记日期", g.fd(g.before(3, 150), "dash")),
        ("登记民警", g.official()),
        ("受理单位", agency),
    ]
    g.form(pairs)
    d.para("本人承诺以上信息真实有效。", indent=False)
    d.ln("申请人签名：", g.N(p))
    g.footer(agency, contact=False)


def police_chufa(g):
    r, d = g.rng, g.doc
    bureau = f"{g.county}公安局"
    year = g.pub_date().year
    docno = f"{g.county[0]}公（{r.choice(['治', '治', '刑'])}）行罚决字〔{year}〕{r.randint(100, 4999)}号"
    p = g.person(sex=r.choice("男男男女"), born=(1965, 2004))
    title = r.choice(["公告送达书", f"{bureau}行政处罚决定书公告送达", "关于公告送达行政处罚决定书的公告"])
    g.meta_header(bureau, title)
    d.para(g.N(p), "：", indent=False)
    d.para(
        f"因你下落不明，采用其他方式无法送达，根据《公安机关办理行政案件程序规定》第三十七条的规定，现向你公告送达{bureau}《行政处罚决定书》（{docno}）。主要内容如下："
    )
    pairs = [
        ("违法行为人", g.N(p)),
        ("性别", p["sex"]),
        ("出生日期", g.fd(p["birth"], "cn")),
        ("身份证件种类及号码", ["居民身份证 ", g.ID(p)])
        if r.random() < 0.8
        else ("往来港澳通行证号码", g.hk_permit()),
        ("现住址", g.addr()),
        ("工作单位", r.choice(["无", "无业", "务农", "个体"])),
    ]
    if g.pdf or r.random() < 0.5:
        for lbl, v in pairs:
            d.para(lbl, "：", as_cell(v), indent=False)
    else:
        g.form(pairs)
    v = g.person(born=(1960, 2003))
    when = g.before(3, 150)
    place = r.choice(
        [
            f"{g.county}{r.choice(g.R['streets'])}{r.choice(['农贸市场', '夜市', '广场', '一烧烤店'])}",
            f"{r.choice(g.towns)}集市",
            f"{g.county}汽车站",
        ]
    )
    kind = r.random()
    if kind < 0.35:
        facts = [
            "现查明：",
            f"{g.fd(when, 'cn')}{r.randint(8, 23)}时许，",
            g.N(p),
            f"在{place}因琐事与",
            g.N(v),
            "发生口角，继而殴打",
            g.N(v),
            "，致其",
            ("health", r.choice(["鼻骨骨折", "左眼眶软组织挫伤", "头皮裂伤", "右手第五掌骨骨折"])),
            "。经鉴定，",
            g.N(v),
            "所受损伤为轻微伤。",
        ]
        law = "《中华人民共和国治安管理处罚法》第四十三条第一款"
    elif kind < 0.6:
        facts = [
            "现查明：",
            f"{g.fd(when)}，",
            g.N(p),
            f"在{place}盗窃",
            g.N(v),
            f"停放的电动自行车一辆，价值人民币{r.randint(8, 30) * 100}元。",
        ]
        law = "《中华人民共和国治安管理处罚法》第四十九条"
    else:
        facts = [
            "现查明：",
            f"{g.fd(when)}，",
            g.N(p),
            "驾驶号牌为",
            g.plate(),
            f"的小型汽车，在{place}附近因停车纠纷，故意损毁",
            g.N(v),
            "的车辆后视镜。",
        ]
        law = "《中华人民共和国治安管理处罚法》第四十九条"
    d.para(*facts)
    d.para(
        f"以上事实有{r.choice(['违法行为人陈述和申辩、被侵害人陈述、证人证言、视听资料', '现场笔录、证人证言、监控视频'])}等证据证实。"
    )
    d.para(
        f"根据{law}之规定，现决定对",
        g.N(p),
        f"处以行政拘留{r.choice(['五', '七', '十', '十五'])}日{r.choice(['', '，并处罚款五百元', '，并处罚款二百元'])}。",
    )
    d.para(
        f"自公告之日起经过六十日，即视为送达。如不服本决定，可以在收到本决定书之日起六十日内向{g.county}人民政府申请行政复议，或者在六个月内依法向{g.county}人民法院提起行政诉讼。"
    )
    g.footer(bureau)


# ----------------------------------------------------------------------------
# Family 2: 消防
# ----------------------------------------------------------------------------
def fire_rending(g):
    r, d = g.rng, g.doc
    agency = f"{g.county}消防救援大队"
    year = g.pub_date().year
    docno = f"{g.county[0]}消火认字〔{year}〕第{r.randint(1, 60):04d}号"
    title = r.choice(["火灾事故认定书", "火灾事故认定书（公告送达）", f"{agency}火灾事故认定书公告"])
    g.meta_header(agency, title, docno)
    p = g.person(born=(1950, 1995))
    when = g.before(10, 120)
    home = g.addr()
    hh = f"{r.randint(0, 23)}时{r.randint(0, 59)}分"
    if r.random() < 0.3:
        d.para(g.N(p), "：", indent=False)
        d.para(f"因无法直接送达，根据《火灾事故调查规定》，现将{docno}火灾事故认定书公告送达。内容如下：")
    if r.random() < 0.7:
        pairs = [
            ("起火单位（户主）", g.N(p)),
            ("起火地址", home),
            ("起火时间", f"{g.fd(when, 'cn')}{hh}"),
            ("联系电话", g.mobile()) if r.random() < 0.6 else None,
            ("直接财产损失", f"{r.randint(2, 300) * 100}元"),
            ("人员伤亡", r.choice(["无", "无人员伤亡"])),
        ]
        if g.pdf:
            for pr in [x for x in pairs if x]:
                d.para(pr[0], "：", as_cell(pr[1]), indent=False)
        else:
            g.form(pairs)
        cause = r.choice(
            [
                "电动自行车锂离子蓄电池故障引燃周围可燃物",
                "电气线路短路引燃周围可燃物",
                "厨房灶台用火不慎引燃可燃物",
                "烟头等遗留火种引燃可燃物",
                "取暖炉烟道过热引燃屋顶木质结构",
            ]
        )
        d.para(
            f"{g.fd(when, 'cn')}{hh}，{agency}接{r.choice(['119指挥中心调度', '群众报警'])}，位于",
            home,
            "的",
            g.N(p),
            f"家{r.choice(['自建房', '住宅', '平房', '厨房'])}发生火灾。火灾烧毁{r.choice(['房屋两间', '厨房及部分生活用品', '电动自行车一辆及杂物', '屋顶及衣物家具'])}，过火面积约{r.randint(5, 120)}平方米，无人员伤亡。",
        )
        d.para(
            f"经调查询问、现场勘验，认定起火部位位于{r.choice(['院内东侧车棚', '客厅北侧', '厨房西侧', '卧室南侧'])}，起火原因为{cause}。"
        )
    else:
        plate = g.plate()
        d.para(
            f"{g.fd(when, 'cn')}{hh}，停放于{g.county}{r.choice(g.R['streets'])}{r.choice(['农贸市场东侧停车场', '一加油站附近路边', '某小区地面停车位'])}的",
            plate,
            "小型轿车发生火灾，车辆所有人为",
            g.N(p),
            "（联系电话：",
            g.mobile(),
            f"）。火灾烧毁车辆发动机舱及驾驶室，直接财产损失约{r.randint(20, 150) * 1000}元。",
        )
        d.para(
            f"经调查，起火部位位于该车发动机舱，起火原因为{r.choice(['发动机舱内电气线路故障', '车辆油路泄漏遇高温部件'])}。"
        )
    d.para(
        f"当事人如对本火灾事故认定有异议，可以自火灾事故认定书送达之日起十五日内，向{g.R['city']}消防救援支队提出书面复核申请。火灾报警电话：119。"
    )
    g.footer(agency)


def fire_chufa(g):
    r, d = g.rng, g.doc
    agency = f"{g.county}消防救援大队"
    year = g.pub_date().year
    docno = f"{g.county[0]}消行罚决字〔{year}〕{r.randint(1, 300):04d}号"
    p = g.person(born=(1960, 1998))
    shop = f"{g.county}{r.choice(g.towns)}{p['name'][0] if '·' not in p['name'] else ''}{r.choice(['记', '家', '氏', '鑫'])}{r.choice(['牛肉面馆', '百货超市', '五金建材店', '烧烤店', '电动车维修部', '网吧'])}"
    shop_addr = f"{g.county}{r.choice(g.R['streets'])}{r.randint(1, 300)}号"
    title = r.choice(["行政处罚决定书", "消防行政处罚决定书", "行政处罚决定书（公告送达）"])
    g.meta_header(agency, title, docno)
    pairs = [
        ("被处罚人", g.N(p)),
        ("性别", p["sex"]),
        ("身份证号码", g.ID(p)),
        ("住址", g.addr()),
        ("联系电话", g.mobile()) if r.random() < 0.5 else None,
        ("单位名称", shop),
        ("统一社会信用代码", g.credit("ind")),
        ("经营场所", shop_addr),
    ]
    if g.pdf:
        for pr in [x for x in pairs if x]:
            d.para(pr[0], "：", as_cell(pr[1]), indent=False)
    else:
        g.form(pairs)
    chk = g.before(3, 150)
    viol = r.choice(
        [
            "占用、堵塞疏散通道",
            "消防设施未保持完好有效",
            "在人员密集场所使用易燃可燃材料装修",
            "擅自停用消防设施",
            "电动自行车在室内充电且未采取防火措施",
        ]
    )
    d.para(
        f"{g.fd(chk)}，我大队消防监督检查人员对位于{shop_addr}的{shop}进行消防监督检查时，发现该场所存在{viol}的违法行为。以上事实有现场检查记录、现场照片、当事人陈述等证据证实。经营者",
        g.N(p),
        "对违法事实无异议。",
    )
    fine = r.choice([500, 800, 1000, 2000, 5000, 6000, 10000])
    d.para(
        "根据《中华人民共和国消防法》第六十条第一款之规定，决定对",
        g.N(p),
        f"处罚款人民币{daxie(fine)}（¥{fine}.00）。",
    )
    d.para(
        f"执行方式和期限：被处罚人应自收到本决定书之日起十五日内，持缴款码（{r.randint(10**19, 10**20 - 1)}）通过{g.R['prov'][:2]}非税收入缴款平台缴纳。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
    )
    d.para(
        f"如不服本决定，可在收到本决定书之日起六十日内依法向{g.county}人民政府申请行政复议，或者在六个月内依法向{g.county}人民法院提起行政诉讼。"
    )
    g.footer(agency)


def fire_jiuzhu(g):
    r, d = g.rng, g.doc
    town = r.choice(g.towns)
    agency = r.choice([f"{town}人民政府", f"{g.county}应急管理局", f"{g.county}民政局"])
    year = g.pub_date().year
    nh = r.randint(3, 12)
    title = r.choice(
        [
            f"{town}{year}年火灾受灾群众临时救助名单公示",
            f"关于{year}年度火灾受灾户救助资金发放情况的公示",
            "火灾受灾户生活救助名单公示",
        ]
    )
    g.meta_header(agency, title)
    d.para(
        f"根据《社会救助暂行办法》和{g.R['city']}受灾人员冬春生活救助有关规定，经本人申请、村（社区）评议、{town}审核，对下列{nh}户火灾受灾家庭给予临时生活救助。现将名单予以公示，公示期{r.choice(['5', '7'])}个工作日。"
    )
    heads = ["序号", "户主姓名", "身份证号码", "家庭住址", "受灾情况", "家庭人口", "救助金额（元）"]
    card = r.random() < 0.55
    if card:
        heads.append(r.choice(["一卡通账号", "社保卡号", "银行账号"]))
    rows = []
    total = 0
    for i in range(nh):
        p = g.person(born=(1940, 1990))
        amt = r.choice([1000, 1500, 2000, 3000, 5000, 8000])
        total += amt
        row = [
            str(i + 1),
            g.N(p),
            g.ID(p),
            g.addr(urban=False, town=town),
            r.choice(["房屋烧毁2间", "厨房烧毁", "住房全部烧毁", "屋顶烧塌", "家具衣物烧毁", "牲畜棚烧毁"]),
            str(r.randint(1, 7)),
            str(amt),
        ]
        if card:
            row.append(g.card())
        rows.append(row)
    g.table(heads, rows, title=title)
    d.ln(f"合计：{total}元")
    d.para(f"公示期间，如有异议，请向{town}民政办或{g.county}民政局反映。")
    g.footer(agency)


# ----------------------------------------------------------------------------
# Family 3: 殡葬
# ----------------------------------------------------------------------------
def funeral_butie(g):
    r, d = g.rng, g.doc
    agency = f"{g.county}民政局"
    pq = (g.pub_date().month - 1) // 3 + 1
    year, q = (g.pub_date().year, pq - 1) if pq > 1 else (g.pub_date().year - 1, 4)
    title = r.choice(
        [
            f"{year}年第{cn_small(q)}季度惠民殡葬补贴发放名单公示",
            f"{g.county}{year}年基本殡葬服务费用减免名单",
            "惠民殡葬政策补贴资金发放公示",
        ]
    )
    g.meta_header(
        agency, title, f"{g.county[0]}民发〔{year}〕{r.randint(5, 120)}号" if r.random() < 0.4 else None
    )
    d.para(
        f"根据《{g.R['city']}惠民殡葬政策实施办法》，对{year}年{3 * q - 2}月至{3 * q}月期间去世、实行火化（生态安葬）的本县户籍居民发放惠民殡葬补贴，标准为每人{r.choice([1000, 1200, 1500, 2000, 3000])}元。现将发放名单公示如下："
    )
    heads = [
        "序号",
        "逝者姓名",
        "性别",
        "身份证号码",
        "死亡日期",
        "补贴项目",
        "金额（元）",
        "申领人",
        "与逝者关系",
    ]
    acct = r.random() < 0.5
    if acct:
        heads.append("申领人账号")
    rows = []
    for i in range(r.randint(4, 16)):
        dead = g.person(born=(1926, 1965), old_id=r.random() < 0.12)
        rel = r.choice(["儿子", "女儿", "配偶", "孙子", "儿子", "女儿", "侄子"])
        kin = g.relative(dead, rel)
        died = g.day(year, 3 * q - 2, 3 * q)
        row = [
            str(i + 1),
            g.N(dead),
            dead["sex"],
            g.ID(dead),
            g.fd(died, "dash"),
            r.choice(["基本殡葬服务费减免", "火化补贴", "生态安葬奖补", "骨灰公益性公墓安葬补贴"]),
            str(r.choice([1000, 1200, 1500, 2000])),
            g.N(kin),
            rel,
        ]
        if acct:
            row.append(g.card())
        rows.append(row)
    g.table(heads, rows, title=title)
    d.para(
        f"公示时间为{g.fd(g.pub_date())}起{r.choice(['7', '5'])}个工作日。对公示名单有异议的，可向{agency}社会事务股反映。"
    )
    g.footer(agency)


def funeral_qianfen(g):
    r, d = g.rng, g.doc
    town = r.choice(g.towns)
    proj = r.choice(
        [
            f"{g.county}{r.choice(['城东', '工业园区', '产业园'])}{r.choice(['道路建设', '标准化厂房', '污水处理厂'])}项目",
            f"G{r.randint(100, 350)}线{g.county}段改扩建工程",
            f"{town}高标准农田建设项目",
        ]
    )
    agency = r.choice([f"{town}人民政府", f"{proj}征迁工作指挥部"])
    title = r.choice([f"关于{proj}用地范围内坟墓迁移的公告", "迁坟公告", f"{proj}迁坟通告"])
    g.meta_header(agency, title)
    vils = r.sample(g.R["villages"], 2)
    co = f"{g.R['city'][:2]}{r.choice(['城投', '交投', '宏远', '永盛'])}{r.choice(['建设开发有限公司', '实业有限公司', '路桥工程有限公司'])}"
    d.para(
        f"因{proj}建设需要，经{g.county}人民政府批准，需对项目用地范围内的坟墓进行迁移。项目建设单位为{co}（统一社会信用代码：{g.credit('company')}）。迁移范围：东至{vils[0]}{g.R['vill_suffix']}{r.choice(['排水沟', '生产路', '林带'])}，西至{vils[1]}{g.R['vill_suffix']}{r.choice(['机耕路', '渠', '村界'])}，南至{r.choice(['县道', '干渠', '铁路'])}，北至{r.choice(['河堤', '林场', '乡道'])}。"
    )
    dl = g.after(7, 60)
    d.para(
        f"请坟主亲属自本公告发布之日起至{g.fd(dl)}前，持有效证件到{town}{r.choice(['征迁办', '民政办', '项目指挥部'])}办理迁坟登记手续，并在规定期限内自行迁移。迁坟补偿标准为单穴{r.choice([1500, 2000, 2500, 3000])}元、双穴{r.choice([3000, 3500, 4000, 5000])}元。逾期未登记迁移的，按无主坟墓依法处理。"
    )
    if r.random() < 0.75:
        d.para("经前期摸底，已确认坟主信息如下：" if r.random() < 0.5 else "已登记坟墓情况：")
        heads = ["序号", "坟主姓名", "坟墓数量", "联系人", "联系电话", "位置"]
        rows = []
        for i in range(r.randint(3, 12)):
            dead = g.person(born=(1900, 1960))
            kin = g.relative(dead, r.choice(["儿子", "儿子", "孙子", "女儿", "侄子"]))
            loc = f"{r.choice(vils)}{g.R['vill_suffix']}{r.choice(['东地', '北坡', '南沟', '西侧耕地', '老坟地'])}"
            rows.append([str(i + 1), g.N(dead), r.choice(["1", "1", "2", "3"]), g.N(kin), g.mobile(), loc])
        g.table(heads, rows, title=title)
    d.ln(f"联系人：{g.official()}（{town}）　电话：{g.office_phone()}")
    g.footer(agency, contact=False)


def funeral_tuzang(g):
    r, d = g.rng, g.doc
    town = r.choice(g.towns)
    agency = f"{town}人民政府"
    title = r.choice(["违规土葬整治告知书", "关于限期整改违规土葬行为的告知书", "责令限期改正通知书"])
    year = g.pub_date().year
    docno = f"{town[:2]}政告字〔{year}〕第{r.randint(1, 40):03d}号"
    g.meta_header(agency, title, docno)
    head = g.person(born=(1950, 1985))
    dead = g.relative(head, r.choice(["父亲", "母亲", "祖母", "祖父"]))
    d.para(g.N(head), "（户主）：", indent=False)
    if r.random() < 0.6 and not g.pdf:
        g.form(
            [
                ("住址", g.addr(town=town)),
                ("身份证号码", g.ID(head)),
                ("联系电话", g.mobile()) if r.random() < 0.7 else None,
            ],
            two=False,
        )
    else:
        d.para("住址：", g.addr(town=town), "；身份证号码：", g.ID(head), indent=False)
    when = g.before(3, 150)
    loc = f"{r.choice(g.R['villages'])}{g.R['vill_suffix']}{r.choice(['北侧耕地', '东山坡', '自家承包地', '林地'])}"
    d.para(
        f"经查，你户于{g.fd(when)}将已故亲属",
        g.N(dead),
        f"的遗体在{loc}进行土葬，该地区属于{g.R['prov'][:2]}划定的火葬区。你户的行为违反了《殡葬管理条例》第四条、第二十条的规定。",
    )
    d.para(
        f"请你户于{g.fd(g.after(7, 60))}前自行整改：将遗体起出火化，或将坟墓迁入{r.choice(['本镇公益性公墓', '县城公墓', '村级公益性骨灰堂'])}。逾期未整改的，由{g.county}民政局依法责令改正，拒不改正的，依法强制执行，费用由你户承担。"
    )
    d.ln(f"村民委员会意见：情况属实。村党支部书记：{g.official()}（签字）")
    d.ln(f"告知单位：{agency}（盖章）")
    d.ln("被告知人（签字）：", g.N(head))
    d.ln(f"送达日期：{g.fd(g.pub_date())}")
    g.footer(agency, contact=r.random() < 0.5)


# ----------------------------------------------------------------------------
# Family 4: 退役军人
# ----------------------------------------------------------------------------
FUXU_CAT = [
    "在乡复员军人",
    "带病回乡退伍军人",
    "烈士遗属",
    "因公牺牲军人遗属",
    "病故军人遗属",
    "残疾军人",
    "残疾军人",
    "参战退役人员",
    "农村籍退役士兵",
]
DIS_GRADE = ["因战五级", "因战六级", "因公七级", "因公八级", "因病九级", "因公十级", "因战八级", "因公六级"]


def vet_fuxu(g):
    r, d = g.rng, g.doc
    agency = f"{g.county}退役军人事务局"
    year = g.pub_date().year
    title = r.choice(
        [
            f"{year}年优抚对象定期抚恤补助金发放名单公示",
            f"{g.county}{year}年{r.choice(['上半年', '下半年', '第一季度', '第三季度'])}优抚对象抚恤补助发放情况",
            "重点优抚对象定期抚恤补助名单",
        ]
    )
    g.meta_header(agency, title)
    d.para(
        f"根据《军人抚恤优待条例》和{g.R['prov']}有关规定，现将{year}年优抚对象定期抚恤补助发放情况公示如下。公示期间如有异议，请向{agency}优抚安置股反映。"
    )
    heads = ["序号", "乡镇", "姓名", "性别", "优抚类别", "伤残等级", "月标准（元）", "发放金额（元）"]
    withid = r.random() < 0.35
    acct = r.random() < 0.4
    if withid:
        heads.insert(4, "身份证号码")
    if acct:
        heads.append("发放账号")
    rows = []
    for i in range(r.randint(5, 18)):
        cat = r.choice(FUXU_CAT)
        born = (1925, 1945) if cat in ("在乡复员军人",) else (1935, 1998)
        p = g.person(
            sex="男"
            if cat not in ("烈士遗属", "病故军人遗属", "因公牺牲军人遗属") or r.random() < 0.3
            else "女",
            born=born,
            old_id=r.random() < 0.08,
        )
        std = r.choice([1050, 1280, 1580, 1890, 2130, 2650, 3170])
        grade = ("health", r.choice(DIS_GRADE)) if cat == "残疾军人" else "—"
        row = [
            str(i + 1),
            r.choice(g.towns),
            g.N(p),
            p["sex"],
            cat,
            grade,
            str(std),
            str(std * r.choice([3, 6, 12])),
        ]
        if withid:
            row.insert(4, g.ID(p))
        if acct:
            row.append(g.card())
        rows.append(row)
    g.table(heads, rows, title=title)
    g.footer(agency)


def vet_guangrong(g):
    r, d = g.rng, g.doc
    town = r.choice(g.towns)
    agency = r.choice([f"{town}退役军人服务站", f"{g.county}退役军人事务局"])
    title = r.choice(["光荣牌悬挂登记表", f"{town}光荣牌悬挂情况登记", "光荣之家悬挂光荣牌花名册"])
    g.meta_header(agency, title)
    if r.random() < 0.65:
        d.para(
            f"根据《关于为烈属、军属和退役军人等家庭悬挂光荣牌工作的实施办法》，{town}对辖区内符合条件的家庭悬挂光荣牌情况进行登记，具体如下："
        )
        heads = ["序号", "户主姓名", "光荣牌类别", "家庭住址", "联系电话", "悬挂日期", "登记人"]
        reg = g.official()
        rows = []
        for i in range(r.randint(4, 15)):
            p = g.person(born=(1940, 2000))
            phone = g.mobile() if r.random() < 0.8 else g.home_phone()
            rows.append(
                [
                    str(i + 1),
                    g.N(p),
                    r.choice(
                        ["退役军人家庭", "退役军人家庭", "现役军人家庭", "烈士家庭", "因公牺牲军人家庭"]
                    ),
                    g.addr(town=town),
                    phone,
                    g.fd(g.before(3, 150), "dash"),
                    reg,
                ]
            )
        g.table(heads, rows, title=title)
        g.footer(agency)
        return
    p = g.person(sex="男", born=(1945, 2000))
    enl = r.randint(max(1963, p["birth"].year + 17), min(2020, p["birth"].year + 22))
    g.form(
        [
            ("姓名", g.N(p)),
            ("性别", p["sex"]),
            ("公民身份号码", g.ID(p)),
            ("入伍时间", f"{enl}年{r.randint(1, 12)}月"),
            ("退役时间", f"{enl + r.choice([2, 3, 5, 8, 12])}年{r.randint(1, 12)}月"),
            ("服役部队", f"{r.choice(['陆军', '武警', '空军', '海军'])}某部"),
            ("家庭住址", g.addr(town=town)),
            ("联系电话", g.mobile()),
            ("电子邮箱", g.email()) if r.random() < 0.3 else None,
            ("光荣牌编号", f"{g.code}{r.randint(0, 999999):06d}"),
            ("悬挂日期", g.fd(g.before(3, 150), "dash")),
            ("服务站经办人", g.official()),
        ]
    )
    d.ln("户主签字：", g.N(p))
    g.footer(agency, contact=False)


def vet_anzhi(g):
    r, d = g.rng, g.doc
    agency = f"{g.county}退役军人事务局"
    year = g.pub_date().year
    units = [
        f"{g.county}{x}"
        for x in [
            "公安局",
            "消防救援大队",
            "供电公司",
            "邮政分公司",
            "城市管理局",
            "应急管理局",
            "水务局",
            "自然资源局",
            f"{r.choice(g.towns)}人民政府",
        ]
    ]
    if r.random() < 0.55:
        title = r.choice(
            [
                f"{year}年度退役士兵安置报到通知",
                "关于符合政府安排工作条件退役士兵报到的通知",
                f"{g.county}{year}年退役士兵安置去向公示",
            ]
        )
        g.meta_header(
            agency,
            title,
            f"{g.county[0]}退役军人发〔{year}〕{r.randint(3, 50)}号" if r.random() < 0.5 else None,
        )
        people = [
            g.person(sex="男" if r.random() < 0.9 else "女", born=(1994, 2003))
            for _ in range(r.randint(4, 12))
        ]
        d.para(
            f"根据《退役士兵安置条例》和{g.R['prov']}{year}年退役士兵安置工作实施意见，经{g.county}退役士兵安置工作领导小组研究，以下人员符合政府安排工作条件：",
            *[x for p in people for x in (g.N(p), "、")][:-1],
            f"，共{len(people)}名。安置去向如下：",
        )
        heads = ["序号", "姓名", "身份证号", "原服役部队", "安置单位", "报到时间"]
        rows = []
        for i, p in enumerate(people, 1):
            rows.append(
                [
                    str(i),
                    g.N(p),
                    g.ID(p),
                    f"{r.choice(['陆军', '武警', '火箭军', '空军'])}{r.randint(31000, 96999)}部队"
                    if r.random() < 0.5
                    else "某部",
                    r.choice(units),
                    g.fd(g.after(7, 60), "dash"),
                ]
            )
        g.table(heads, rows, title=title)
        d.para(
            f"请以上人员持《退出现役证》《安置介绍信》及身份证原件，在规定时间内到安置单位报到。无正当理由超过规定时间30日不报到的，视为放弃安排工作待遇。咨询电话：{g.office_phone()}。"
        )
        g.footer(agency, contact=False)
        return
    p = g.person(sex="男", born=(1994, 2003))
    unit = r.choice(units)
    title = r.choice(["退役士兵安置报到通知书", "安置报到通知（公告送达）"])
    g.meta_header(agency, title)
    d.para(g.N(p), "同志：", indent=False)
    out = g.before(60, 300)
    d.para(
        f"你于{out.year}年{out.month}月退出现役，经{g.county}退役士兵安置工作领导小组研究，安排你到{unit}工作。因多次电话联系未果，现以公告方式送达本通知。请你于{g.fd(g.after(7, 60))}前，持本人身份证（",
        g.ID(p),
        "）原件、《退出现役证》到{unit}人事部门报到。".replace("{unit}", unit),
    )
    d.para(
        "你的户籍登记地址为",
        g.addr(),
        "，预留联系电话",
        g.mobile(),
        "已停机。如已变更联系方式，请及时告知我局。",
    )
    g.footer(agency)


# ----------------------------------------------------------------------------
# Family 5: 工伤
# ----------------------------------------------------------------------------
INJ = [
    "右手中指末节离断伤",
    "左胫腓骨骨折",
    "腰1椎体压缩性骨折",
    "右桡骨远端骨折",
    "左手拇指近节指骨骨折",
    "右额叶脑挫裂伤",
    "左足跟骨粉碎性骨折",
    "右眼角膜穿通伤",
    "左侧多发肋骨骨折",
    "左肩锁关节脱位",
    "右手示指、中指挤压伤",
    "L2椎体爆裂性骨折",
    "右股骨干骨折",
    "头皮裂伤、脑震荡",
    "左手环指、小指离断伤",
]
NO_INJ_WORKERS = [
    "操作工",
    "电焊工",
    "搬运工",
    "驾驶员",
    "保洁员",
    "建筑工人",
    "钢筋工",
    "厨师",
    "装卸工",
    "养殖工",
]


def company(g):
    r = g.rng
    name = f"{g.R['city'][:2]}{r.choice(['宏达', '鑫盛', '永丰', '伊品', '塞上', '天山', '金河', '瑞丰', '华源', '新能'])}{r.choice(['建材有限公司', '建筑工程有限公司', '食品有限公司', '牧业有限公司', '物流有限公司', '物业服务有限公司', '矿业有限公司'])}"
    return (
        name,
        g.credit("company"),
        f"{g.county}{r.choice(g.R['streets'])}{r.randint(1, 400)}号"
        if r.random() < 0.5
        else f"{g.county}{r.choice(['工业园区', '经济开发区'])}{r.choice(['纬一路', '经二路', '创业路'])}{r.randint(1, 80)}号",
    )


def injury_rending(g):
    r, d = g.rng, g.doc
    agency = r.choice([f"{g.R['city']}人力资源和社会保障局", f"{g.county}人力资源和社会保障局"])
    year = g.pub_date().year
    docno = f"{g.county[0]}人社工伤认字〔{year}〕{r.randint(1, 800):04d}号"
    title = r.choice(["认定工伤决定书", "工伤认定决定书", "工伤认定决定书（公告送达）"])
    g.meta_header(agency, title, docno)
    p = g.person(born=(1965, 2002))
    cname, ccode, caddr = company(g)
    appl = r.random() < 0.5
    when = g.before(60, 400)
    commute = r.random() < 0.3
    if "公告" in title:
        d.para(cname, "：", indent=False)
        d.para(
            f"因无法直接送达，现依法向你单位公告送达{docno}《认定工伤决定书》。自公告之日起满三十日，即视为送达。"
        )
    pairs = [
        ("申请人", g.N(p) if appl else cname),
        ("职工姓名", g.N(p)),
        ("性别", p["sex"]),
        ("出生日期", g.fd(p["birth"], "cn")),
        ("身份证号码", g.ID(p)),
        ("家庭住址", g.addr()) if r.random() < 0.6 else None,
        ("联系电话", g.mobile()) if r.random() < 0.4 else None,
        ("用人单位", cname),
        ("统一社会信用代码", ccode),
        ("单位地址", caddr),
        ("职业（工种）", r.choice(NO_INJ_WORKERS)),
        ("事故时间", g.fd(when)),
        ("事故地点", "上下班途中" if commute else f"{cname}{r.choice(['生产车间', '仓库', '工地', '厂区'])}"),
        ("诊断时间", g.fd(when + dt.timedelta(days=r.choice([0, 0, 1, 2])))),
        ("受伤害部位", r.choice(["右手", "左下肢", "腰部", "头部", "右上肢", "左足"])),
    ]
    if g.pdf:
        for pr in [x for x in pairs if x]:
            d.para(pr[0], "：", as_cell(pr[1]), indent=False)
    else:
        g.form(pairs)
    diag = r.choice(INJ)
    hosp = f"{g.county}{r.choice(['人民医院', '中医医院', '第二人民医院'])}"
    if commute:
        other = g.person(born=(1960, 2000))
        d.para(
            f"受伤害经过、医疗救治的基本情况和诊断结论：{g.fd(when, 'cn')}{r.randint(17, 19)}时许，",
            g.N(p),
            "下班驾驶电动自行车沿",
            f"{r.choice(g.R['streets'])}回家途中，与",
            g.N(other),
            "驾驶的",
            g.plate(),
            f"小型轿车相撞受伤。经{g.county}公安局交通警察大队认定，",
            g.N(p),
            "负事故次要责任。经",
            hosp,
            "诊断为：",
            ("health", diag),
            "。",
        )
        law = "第十四条第（六）项"
    else:
        d.para(
            f"受伤害经过、医疗救治的基本情况和诊断结论：{g.fd(when, 'cn')}{r.randint(8, 16)}时许，",
            g.N(p),
            f"在{cname}{r.choice(['生产车间', '工地', '仓库'])}从事{r.choice(['设备清理', '物料搬运', '钢筋切割', '高处作业', '车辆装卸'])}作业时，{r.choice(['不慎被机器卷入', '被掉落的物料砸伤', '从脚手架上坠落', '被铁板划伤'])}，当即被送往",
            hosp,
            "救治，经诊断为：",
            ("health", diag),
            "。",
        )
        law = "第十四条第（一）项"
    d.para(
        f"{agency}认为，",
        g.N(p),
        f"受到的事故伤害，符合《工伤保险条例》{law}之规定，属于工伤认定范围，现予以认定为工伤。",
    )
    gov = g.county if agency.startswith(g.county) else g.R["city"]
    d.para(
        f"如对本工伤认定决定不服，可自收到本决定书之日起60日内向{gov}人民政府申请行政复议，或者自收到本决定书之日起6个月内向{g.county}人民法院提起行政诉讼。"
    )
    g.footer(agency)


def injury_gongwang(g):
    r, d = g.rng, g.doc
    agency = f"{g.county}社会保险事业管理中心" if r.random() < 0.5 else f"{g.R['city']}工伤保险服务中心"
    g.pub_date()  # fixes the publication date (and its draws) as the other kinds do
    base = None
    title = r.choice(
        ["工亡职工供养亲属抚恤金及工亡待遇核定通知", "因工死亡职工一次性工亡补助金核定公示", "工亡待遇核定表"]
    )
    g.meta_header(agency, title)
    p = g.person(sex="男" if r.random() < 0.85 else "女", born=(1965, 1995))
    cname, ccode, _ = company(g)
    died = g.before(60, 330)
    base = {
        2018: 847180,
        2019: 847180,
        2020: 876680,
        2021: 948240,
        2022: 985660,
        2023: 1036420,
        2024: 1036420,
    }[died.year]
    diag = r.choice(
        ["重型颅脑损伤", "多发伤、失血性休克", "高处坠落致颅脑损伤", "急性心肌梗死", "胸腹联合伤"]
    )
    d.para(
        f"{cname}（统一社会信用代码：{ccode}）职工",
        g.N(p),
        "（身份证号：",
        g.ID(p),
        f"）于{g.fd(died)}因工作原因受到事故伤害，经抢救无效死亡，死亡原因：",
        ("health", diag),
        f"。经{g.county}人力资源和社会保障局认定为工亡（{g.county[0]}人社工伤认字〔{died.year}〕{r.randint(1, 600):04d}号）。根据《工伤保险条例》第三十九条规定，核定工亡待遇如下：",
    )
    monthly = r.randint(5200, 8800)
    items = [
        f"一次性工亡补助金：{base:,}元（上一年度全国城镇居民人均可支配收入的20倍）",
        f"丧葬补助金：{monthly * 6:,}元（6个月的统筹地区上年度职工月平均工资）",
        "供养亲属抚恤金：按月发放，标准见下表",
    ]
    g.numbered(items, style=r.choice(["1.", "（1）", "一、"]) if r.random() < 0.5 else None)
    heads = ["供养亲属姓名", "与工亡职工关系", "身份证号码", "供养比例", "月抚恤金（元）", "领取账号"]
    wage = r.randint(3800, 7200)
    rows = []
    kin = [("配偶", (p["birth"].year - 5, p["birth"].year + 5), 0.4)]
    if r.random() < 0.8:
        kin.append(("子女", (max(died.year - 17, p["birth"].year + 20), died.year - 1), 0.3))
    if r.random() < 0.5:
        kin.append(("父亲", (p["birth"].year - 32, p["birth"].year - 22), 0.3))
    if r.random() < 0.5:
        kin.append(("母亲", (p["birth"].year - 30, p["birth"].year - 20), 0.3))
    for rel, born, ratio in kin:
        if rel == "子女":
            rel = r.choice(["儿子", "女儿"])
        k = g.relative(p, rel, born=born)
        rows.append(
            [
                g.N(k),
                rel,
                g.ID(k),
                f"{int(ratio * 100)}%",
                f"{wage * ratio:.2f}",
                g.card() if r.random() < 0.7 else "与配偶同一账户",
            ]
        )
    g.table(heads, rows, title=title)
    d.para(
        f"供养亲属抚恤金总额不得超过工亡职工生前本人工资（{wage}元/月）。以上待遇自{g.fd(dt.date(died.year, died.month, 1) if died.month < 12 else dt.date(died.year, 12, 1))}起计发。对核定结果有异议的，可自收到本通知之日起60日内申请行政复议。"
    )
    g.footer(agency)


# ----------------------------------------------------------------------------
# Family 6: 医疗纠纷
# ----------------------------------------------------------------------------
MED_DIAG = [
    "急性阑尾炎",
    "2型糖尿病",
    "子宫肌瘤",
    "胆囊结石伴慢性胆囊炎",
    "右股骨颈骨折",
    "急性心肌梗死",
    "新生儿缺血缺氧性脑病",
    "脑出血",
    "社区获得性肺炎",
    "腰椎间盘突出症",
    "剖宫产术后切口感染",
    "甲状腺结节",
    "左侧腹股沟斜疝",
    "急性胰腺炎",
]


def medical_xieyi(g):
    r, d = g.rng, g.doc
    agency = f"{g.county}医疗纠纷人民调解委员会"
    year = g.pub_date().year
    title = r.choice(["人民调解协议书", "医疗纠纷人民调解协议书"])
    docno = f"{g.county[0]}医调字〔{year}〕第{r.randint(1, 90):03d}号"
    g.meta_header(agency, title, docno)
    pt = g.person(born=(1940, 2005))
    a0 = g.age(pt)
    rel = (
        r.choice(["儿子", "女儿", "配偶"])
        if a0 >= 50
        else (r.choice(["父亲", "母亲"]) if a0 < 25 else r.choice(["配偶", "父亲", "母亲"]))
    )
    kin = g.relative(pt, rel)
    hosp = f"{g.county}{r.choice(['人民医院', '中医医院', '妇幼保健院', '第二人民医院'])}"
    d.ln("当事人：")
    pairs0 = [
        ("甲方（患方）", g.N(pt)),
        ("性别", pt["sex"]),
        ("年龄", f"{g.age(pt)}岁"),
        ("身份证号", g.ID(pt)),
        ("住址", g.addr()),
        ("联系电话", g.mobile()),
        ("电子邮箱", g.email()) if r.random() < 0.3 else None,
    ]
    pairs = [x for x in pairs0 if x is not None]
    pairs2 = [
        ("委托代理人", g.N(kin)),
        ("与患者关系", rel),
        ("联系电话", g.mobile() if r.random() < 0.8 else g.home_phone()),
    ]
    if r.random() < 0.15:
        pairs2.append(("护照号码", g.passport()))
    staff = g.official()
    pairs3 = [
        ("乙方（医方）", hosp),
        ("统一社会信用代码", g.credit("inst")),
        ("住所地", g.agency_addr()),
        ("法定代表人", g.official()),
        ("委托代理人", f"{staff}（医务科科长）"),
    ]
    if g.pdf:
        for pr in pairs + pairs2 + pairs3:
            d.para(pr[0], "：", as_cell(pr[1]), indent=False)
    else:
        g.form(pairs)
        g.form(pairs2)
        g.form(pairs3)
    adm = g.before(90, 400)
    diag = r.choice(MED_DIAG)
    d.ln("纠纷简要情况：")
    d.para(
        "患者",
        g.N(pt),
        f"于{g.fd(adm)}因“{r.choice(['腹痛', '胸闷', '发热咳嗽', '摔伤后疼痛'])}{r.randint(1, 10)}天”到乙方就诊，入院诊断为",
        ("health", diag),
        f"，{r.choice(['行手术治疗', '予以对症治疗', '行介入治疗'])}。{g.fd(adm + dt.timedelta(days=r.randint(2, 20)))}患者出现{r.choice(['术后出血', '感染加重', '病情恶化', '神经功能障碍'])}，甲方认为乙方在诊疗过程中存在{r.choice(['术前告知不充分', '观察病情不及时', '用药不当'])}等过错，双方发生纠纷，于{g.fd(adm + dt.timedelta(days=r.randint(25, 60)))}申请本委员会调解。",
    )
    amt = r.randint(8, 300) * 1000
    d.ln("经调解，自愿达成如下协议：")
    d.para(
        f"一、乙方一次性补偿甲方各项损失共计人民币{amt:,}元（大写：{daxie(amt)}），于本协议签订之日起{r.choice(['十五', '七', '三十'])}日内转入甲方指定账户（户名：",
        g.N(pt if r.random() < 0.5 else kin),
        "，开户行：",
        r.choice(["中国农业银行", "中国建设银行", "中国邮政储蓄银行", "农村商业银行"]),
        f"{r.choice(g.towns)}支行，账号：",
        g.card(),
        "）。",
    )
    d.para("二、本协议履行完毕后，甲方不再以任何理由就此事向乙方主张权利，不得到乙方及其他场所滋事。")
    d.para(
        f"三、本协议一式{r.choice(['三', '四'])}份，双方当事人各执一份，调解委员会留存一份，自双方签字盖章之日起生效。"
    )
    d.ln("甲方（签字）：", g.N(pt) if r.random() < 0.5 else g.N(kin), "　　乙方（盖章）：", hosp)
    d.ln(f"人民调解员：{g.official()}　{g.official()}")
    g.footer(agency, contact=False)


def medical_dafu(g):
    r, d = g.rng, g.doc
    agency = r.choice([f"{g.county}卫生健康局", f"{g.county}卫生健康委员会", f"{g.R['city']}卫生健康委员会"])
    g.pub_date()  # fixes the publication date (and its draws) as the other kinds do
    c = g.person(born=(1955, 1998))
    rel = r.choice(["母亲", "父亲", "儿子", "女儿", "配偶"])
    pt = g.relative(c, rel)
    if rel == "配偶":
        rel = "妻子" if c["sex"] == "男" else "丈夫"
    hosp = f"{g.county}{r.choice(['人民医院', '中医医院', '妇幼保健院'])}"
    title = (
        ["关于", g.N(c), "投诉事项的处理答复"]
        if r.random() < 0.5
        else [r.choice(["投诉处理答复书", "信访事项处理意见书", "12345热线工单办理答复"])]
    )
    g.meta_header(agency, title)
    if r.random() < 0.5:
        d.ln(f"工单编号：{g.luhn_number(r.choice([16, 18]))}")
    d.para(g.N(c), "：", indent=False)
    ch = r.choice(["通过12345政务服务便民热线", "来信", "通过国家卫生健康委投诉平台", "来访"])
    diag = r.choice(MED_DIAG)
    d.para(
        f"你于{g.fd(g.before(40, 150))}{ch}反映，你的{rel}",
        g.N(pt),
        f"在{hosp}就诊期间，{r.choice(['医生态度生硬', '收费不合理', '诊断延误', '病历记录与实际不符'])}，要求调查处理并赔偿损失。",
    )
    d.para(
        f"收到投诉后，我{'局' if '局' in agency else '委'}医政科会同{hosp}进行了调查核实，调取了门诊病历、住院病历及收费清单。经查，患者",
        g.N(pt),
        f"于{g.fd(g.before(60, 300))}因",
        ("health", diag),
        f"在该院住院治疗{r.randint(3, 21)}天，诊疗过程基本符合诊疗规范；但该院在{r.choice(['费用告知', '医患沟通', '病历书写'])}方面存在不足，已责令其整改，并对相关责任人进行了批评教育。",
    )
    d.para(
        f"关于赔偿诉求，属于医疗损害责任纠纷，可通过{g.county}医疗纠纷人民调解委员会申请调解（电话：{g.office_phone()}），也可依法向人民法院提起诉讼。"
    )
    if r.random() < 0.5:
        d.para(
            "你在来电中留下的联系电话为",
            g.mobile(),
            "，我们已于",
            g.fd(g.before(3, 30)),
            "电话告知处理情况。",
        )
    if r.random() < 0.35:
        d.para("本答复同时发送至你预留的电子邮箱", g.email(), "。")
    d.para(
        f"如对本答复不服，可自收到之日起30日内向{g.R['city']}卫生健康委员会请求复查。医疗服务投诉电话：12320。"
    )
    g.footer(agency)


# ----------------------------------------------------------------------------
# Family 7: 控辍保学
# ----------------------------------------------------------------------------
def school_quanfan(g):
    r, d = g.rng, g.doc
    agency = r.choice([f"{g.county}教育局", f"{g.county}教育体育局", f"{r.choice(g.towns)}中心学校"])
    year = g.pub_date().year
    title = r.choice(
        [
            f"{year}年秋季学期控辍保学劝返复学台账",
            f"{g.county}疑似辍学学生劝返工作台账",
            "辍学学生劝返复学登记表",
        ]
    )
    g.meta_header(agency, title)
    d.para(
        f"根据《中华人民共和国义务教育法》和{g.R['prov']}控辍保学工作要求，现将{year}年{r.choice(['春季', '秋季'])}学期疑似辍学学生劝返复学情况汇总如下："
    )
    heads = [
        "序号",
        "学生姓名",
        "性别",
        "身份证号",
        "就读学校",
        "年级",
        "监护人",
        "关系",
        "联系电话",
        "家庭住址",
        "辍学原因",
        "劝返责任人",
        "劝返情况",
    ]
    if r.random() < 0.4:
        heads.remove("身份证号")
    rows = []
    for i in range(r.randint(3, 12)):
        st = g.person(born=(year - 15, year - 8))
        grel = r.choice(["父亲", "母亲", "父亲", "祖父", "祖母"])
        gu = g.relative(st, grel)
        age = year - st["birth"].year
        grade = (
            f"{['一', '二', '三', '四', '五', '六'][min(5, max(0, age - 7))]}年级"
            if age <= 12
            else f"初{['一', '二', '三'][min(2, age - 13)]}"
        )
        school = f"{r.choice(g.towns)}{'中心小学' if age <= 12 else '初级中学'}"
        if r.random() < 0.25:
            reason = [
                "因病（",
                (
                    "health",
                    r.choice(["癫痫", "先天性心脏病", "孤独症谱系障碍", "肢体残疾二级", "重度听力障碍"]),
                ),
                "）",
            ]
        else:
            reason = r.choice(["厌学", "随父母外出务工", "学习困难", "早婚早育", "家庭困难", "沉迷网络"])
        resp = f"{g.official()}（{r.choice(['校长', '班主任', '包村干部', '驻村第一书记'])}）"
        row = [
            str(i + 1),
            g.N(st),
            st["sex"],
            g.ID(st),
            school,
            grade,
            g.N(gu),
            grel,
            g.mobile(),
            g.addr(urban=False),
            reason,
            resp,
            r.choice(["已劝返复学", "已劝返复学", "送教上门", "劝返中", "已转入职业学校"]),
        ]
        if "身份证号" not in heads:
            del row[3]
        rows.append(row)
    g.table(heads, rows, title=title)
    d.para(f"对经劝返仍拒不送适龄子女入学的监护人，由{r.choice(g.towns)}人民政府依法下达《限期入学通知书》。")
    g.footer(agency)


def school_paiwei(g):
    r, d = g.rng, g.doc
    agency = r.choice([f"{g.county}教育局", f"{g.county}教育体育局"])
    year = g.pub_date().year
    kind = r.choice(["积分入学", "义务教育阶段招生电脑派位", "随迁子女积分入学"])
    title = f"{year}年{g.county}{kind}结果公示"
    g.meta_header(agency, title)
    d.para(
        f"根据《{g.county}{year}年义务教育阶段学校招生入学工作方案》，经资格审核、积分核定（或电脑随机派位），现将{kind}结果予以公示。公示期{r.choice(['3', '5', '7'])}天，如有异议，请在公示期内向{agency}基础教育股反映，联系电话：{g.office_phone()}。"
    )
    masked = r.random() < 0.35
    heads = ["序号", "报名号", "学生姓名", "性别", "积分" if "积分" in kind else "派位序号", "录取学校"]
    if r.random() < 0.3 and not masked:
        heads.insert(4, "监护人")
    rows = []
    for i in range(r.randint(6, 20)):
        st = (
            g.person(born=(year - 7, year - 6)) if r.random() < 0.7 else g.person(born=(year - 13, year - 12))
        )
        nm = g.masked_name(st["sex"]) if masked else g.N(st)
        row = [
            str(i + 1),
            f"{year}{r.randint(0, 99999999):08d}" if r.random() < 0.5 else g.luhn_number(16),
            nm,
            st["sex"],
            str(r.randint(60, 180)) if "积分" in kind else str(r.randint(1, 400)),
            f"{g.county}{r.choice(['第一', '第二', '第三', '实验', '城关'])}{'小学' if st['birth'].year >= year - 7 else '初级中学'}",
        ]
        if "监护人" in heads:
            row.insert(4, g.N(g.relative(st, r.choice(["父亲", "母亲"]))))
        rows.append(row)
    g.table(heads, rows, title=title)
    if r.random() < 0.4:
        extra = g.person(born=(year - 7, year - 6))
        d.para(
            "另：",
            g.N(extra),
            f"同学因户籍与房产信息不一致，积分待核定，请监护人于{g.fd(g.after(7, 60))}前补交材料。",
        )
    g.footer(agency)


# ----------------------------------------------------------------------------
# Family 8: 婚姻收养
# ----------------------------------------------------------------------------
def marriage_shouyang(g):
    r, d = g.rng, g.doc
    agency = f"{g.county}民政局" if r.random() < 0.7 else f"{g.R['city']}民政局"
    year = g.pub_date().year
    title = r.choice(["收养登记公告", "查找弃婴生父母公告", "关于查找被收养人生父母的公告"])
    g.meta_header(agency, title)
    inst = f"{g.R['city']}儿童福利院" if r.random() < 0.6 else f"{g.county}社会福利院"
    n = r.randint(1, 4)
    d.para(
        f"{inst}向本机关申请送养下列查找不到生父母的儿童。根据《中华人民共和国民法典》和《中国公民收养子女登记办法》的规定，现予以公告。请被收养人的生父母或其他监护人自公告之日起60日内持有效证件到{inst}认领。逾期无人认领的，被收养人将被视为查找不到生父母的儿童，依法办理收养登记。"
    )
    recs = []
    for _ in range(n):
        ch = g.person(born=(year - 6, year - 1))
        found = g.day(ch["birth"].year, ch["birth"].month, 12) if ch["birth"].month < 12 else ch["birth"]
        place = r.choice(
            [
                f"{g.county}{r.choice(['人民医院门诊楼', '汽车站候车室', '火车站出站口'])}",
                f"{r.choice(g.towns)}{r.choice(['卫生院门口', '集市路边', '派出所门口'])}",
            ]
        )
        h = (
            [
                "，经检查患有",
                (
                    "health",
                    r.choice(
                        ["先天性心脏病（室间隔缺损）", "唇腭裂", "脑性瘫痪", "唐氏综合征", "先天性马蹄内翻足"]
                    ),
                ),
                "，",
            ]
            if r.random() < 0.5
            else ["，"]
        )
        rec = [
            "被收养人",
            g.N(ch),
            f"，{ch['sex']}，约{ch['birth'].year}年{ch['birth'].month}月{ch['birth'].day}日出生",
            *h,
            f"于{g.fd(found)}在{place}被捡拾，捡拾时身穿{r.choice(['粉色棉衣', '蓝色襁褓', '白色连体衣'])}，身边有{r.choice(['奶粉一罐', '写有出生日期的纸条', '小被子一条'])}。",
        ]
        if r.random() < 0.4:
            finder = g.person(born=(1950, 1995))
            rec += ["捡拾人：", g.N(finder), "，住址：", g.addr(), "。"]
        if r.random() < 0.5:
            a1 = g.person(sex="男", born=(1975, 1992))
            a2 = g.relative(a1, "配偶")
            rec += ["收养人：", g.N(a1), "、", g.N(a2), "。"]
        recs.append(rec)
    if n == 1:
        d.para(*recs[0])
    else:
        g.numbered(recs)
    d.ln(f"认领地址：{inst}（{g.agency_addr()}）")
    d.ln(f"联系电话：{g.office_phone()}")
    g.footer(agency, contact=False)


def marriage_chexiao(g):
    r, d = g.rng, g.doc
    agency = f"{g.county}民政局"
    year = g.pub_date().year
    title = r.choice(["撤销婚姻登记决定书公告送达", "关于撤销婚姻登记的公告", "撤销婚姻登记决定公告"])
    docno = f"{g.county[0]}民婚撤字〔{year}〕{r.randint(1, 12)}号"
    g.meta_header(agency, title, docno)
    a = g.person(sex="男", born=(1970, 1998))
    b = g.person(sex="女", born=(1975, 2000))
    v = g.person(sex="女", born=(1975, 2000), region=r.choice(list(REGIONS.values())))
    who = r.choice(["passport", "hk", "tw", "id"])
    idval = {
        "passport": ("护照号码", g.passport()),
        "hk": ("往来港澳通行证号码", g.hk_permit()),
        "tw": ("台湾居民来往大陆通行证号码", g.tw_permit()),
        "id": ("公民身份号码", g.ID(a)),
    }[who]
    d.para(g.N(a), "（", idval[0], "：", idval[1], "）：", indent=False)
    regd = g.before(700, 3000)
    cert = f"J{g.code}-{regd.year}-{r.randint(1, 3000):06d}"
    d.para(
        f"{g.fd(regd)}，你与冒用",
        g.N(v),
        "（公民身份号码：",
        g.ID(v),
        "）身份信息的女子在本机关婚姻登记处办理了结婚登记，结婚证字号为",
        cert,
        "。",
        g.N(v),
        f"向本机关申请撤销该婚姻登记，并提交了{g.county}公安局出具的身份信息被冒用的调查结论。",
    )
    d.para(
        "根据《最高人民法院 最高人民检察院 公安部 民政部关于妥善处理以冒名顶替或者弄虚作假的方式办理婚姻登记问题的指导意见》，本机关经调查核实，决定撤销该婚姻登记，并宣告结婚证作废。"
    )
    if r.random() < 0.6:
        d.para(
            "因你长期",
            r.choice(["在境外居住", "下落不明", "在外务工且联系方式失效"]),
            "，其他方式无法送达，现依法公告送达。你的原登记住址为",
            g.addr(),
            "。自公告之日起满60日，即视为送达。",
        )
    if who != "id" and r.random() < 0.5:
        d.para("你在境外期间曾通过电子邮箱", g.email(), "与本机关联系，本公告同时发送至该邮箱。")
    if r.random() < 0.3:
        d.para("冒名登记的女子自称", g.N(b), "，如知其下落，请与本机关联系。")
    d.para(
        f"如不服本决定，可以在知道该决定之日起60日内向{g.county}人民政府申请行政复议，或者在6个月内向{g.county}人民法院提起行政诉讼。"
    )
    g.footer(agency)


DECISIONS = [
    "Officials and staff acting in their public role are not labelled: agency 联系人, 登记民警, 经办/登记人, "
    "人民调解员, 村党支部书记 signing, 劝返责任人 (teachers, cadres), a hospital's 法定代表人 and its 医务科 "
    "agent. They are only ever given office landlines, so every mobile number in the set is a private one.",
    "Every private natural person is labelled even where the list itself must be published (优抚, 殡葬补贴, "
    "救助, 积分入学 公示): the detector has to find the data; whether to mask it is decided later.",
    "Deceased persons (逝者, 坟主, 工亡职工, 土葬 relatives, 注销户口 for death) are labelled with their names "
    "and IDs: 个人信息保护法 第四十九条 and 民法典 protect them through their close relatives.",
    "Minors (students, abandoned children named by the 福利院) are labelled like adults; masked names such as "
    "马*花 or 阿依*·* are already de-identified and not labelled.",
    "address = a private person's home, 户籍 or 居住 address that reaches 门牌 level (组/社/屯/号/栋/单元/室). "
    "The span starts at the first administrative unit written (province, city, county or town) and ends at "
    "the last unit. Village-level mentions (XX村, XX嘎查) and places of events (集市, 路边, 医院门口) are not labelled.",
    "Addresses of agencies, hospitals, companies and shops are not labelled, even for a 个体工商户 whose operator "
    "is labelled: the 经营场所 is published business information.",
    "Grave and burial locations (XX村北坡, 老坟地, 自家承包地) are not homes and are not labelled.",
    "A fire in a private home: the home address is labelled (起火地址 and in the prose).",
    'health covers only the diagnosis or disability phrase ("精神分裂症", "右桡骨远端骨折", "肢体残疾二级"), '
    'not 患有/诊断为. A disabled veteran\'s grade ("因战六级") is labelled as health; statutory categories '
    "(带病回乡退伍军人, 残疾军人), an injured body part alone (右手) and non-medical 辍学原因 (厌学) are not.",
    "Features of an unidentified body in a 认尸启事 (height, clothes, scar) are not labelled: no identified "
    "person and no diagnosis. A name and mobile written on a note found on the body are labelled.",
    "landline is labelled only for a private household's number (family contact, 光荣牌 household, patient's "
    "agent); 值班电话, 监督电话, agency numbers and 12345/12320/110/119 are not.",
    "mobile spans include a +86 / 86- / +86- prefix and inner spaces or dashes.",
    "bank_card spans include inner spaces. Luhn-valid business numbers that start with a year (工单编号, 报名号, "
    "缴款码) and all credit codes and 索引号 are near-misses and never labelled.",
    "Mainland 往来港澳通行证 (C...) and 港澳居民来往内地通行证 (H/M...) are both hk_macau_permit; the 8-digit "
    "台湾居民来往大陆通行证 number is tw_permit; E-series numbers are passport.",
    "All plates in the set belong to private persons (offender, car-fire owner, other driver, missing person, "
    "居住登记) and are labelled, including new-energy plates and the · separator.",
    "Sex, ethnicity, birth dates, ages and benefit amounts are personal but are not among the kinds and are "
    "not labelled; nor are document numbers (结婚证字号, 光荣牌编号, 迁移证明编号, 案件编号).",
    "A name in a title (关于注销马福林等5人户口的公告, 关于XX投诉事项的处理答复) is labelled like anywhere else; "
    "an alias (冒名登记的女子自称XX) is labelled as a name.",
    "A PDF/Word line break may fall inside an address, and the span keeps it; every other span moves whole "
    "to the next line. Unlabelled numbers (文号, 缴款码) may be broken by the wrap.",
    "In PDF tables a two-character name may be spaced (吴　英, 吴 英); the span covers the space.",
    "Both sides of a 冒名 marriage are private: the registered party (with passport/permit/ID), the person whose "
    "identity was used (name and ID) and the impostor's alias are labelled.",
    "Lists that already mask IDs or mobiles (居住证 lists, some 入学 lists) carry no labels for those columns, "
    "but the unmasked names beside them are labelled.",
]

# ----------------------------------------------------------------------------
# Registry, validation, CLI
# ----------------------------------------------------------------------------
SUBS = {
    "police": {"hukou": police_hukou, "juzhu": police_juzhu, "qishi": police_qishi, "chufa": police_chufa},
    "fire": {"rending": fire_rending, "chufa": fire_chufa, "jiuzhu": fire_jiuzhu},
    "funeral": {"butie": funeral_butie, "qianfen": funeral_qianfen, "tuzang": funeral_tuzang},
    "veterans": {"fuxu": vet_fuxu, "guangrong": vet_guangrong, "anzhi": vet_anzhi},
    "injury": {"rending": injury_rending, "gongwang": injury_gongwang},
    "medical": {"xieyi": medical_xieyi, "dafu": medical_dafu},
    "school": {"quanfan": school_quanfan, "paiwei": school_paiwei},
    "marriage": {"shouyang": marriage_shouyang, "chexiao": marriage_chexiao},
}
KINDS = [
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
]

RE_ID18 = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
RE_ID15 = re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
RE_MOB = re.compile(r"(?<![\d])1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")
RE_CARD = re.compile(r"(?<![\d])\d{4}(?: ?\d{4}){2} ?\d{4,7}(?!\d)")


def validate(text, spans):
    last = 0
    for s in sorted(spans, key=lambda x: x["start"]):
        assert s["kind"] in KINDS, s
        assert text[s["start"] : s["end"]] == s["text"], s
        assert s["start"] >= last, ("overlap", s)
        last = s["end"]
        t = s["text"]
        assert t.strip() == t and t, s
        if "\n" in t:
            assert s["kind"] == "address", s
        k = s["kind"]
        if k == "id_card":
            assert id_ok(t, ALL_CODES), t
        elif k == "id_card_15":
            assert (
                re.fullmatch(r"\d{15}", t)
                and t[:6] in ALL_CODES
                and real_date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12]))
            ), t
        elif k == "bank_card":
            n = t.replace(" ", "")
            assert 16 <= len(n) <= 19 and n.isdigit() and luhn_ok(n) and n[:6] in CARD_PREFIXES, t
        elif k == "mobile":
            n = re.sub(r"^(\+86|86)[ -]?", "", t).replace(" ", "").replace("-", "")
            assert re.fullmatch(r"1[3-9]\d{9}", n), t
        elif k == "address":
            assert t.replace("\n", "")[-1] in "号栋元室组社屯", t
    # unlabelled look-alikes
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "#"
    rest = "".join(chars)
    for m in RE_ID18.finditer(rest):
        if id_ok(m.group(), ALL_CODES):
            raise Redraw("unlabelled id " + m.group())
    for m in RE_ID15.finditer(rest):
        t = m.group()
        if t[:6] in ALL_CODES and real_date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12])):
            raise Redraw("unlabelled id15")
    for m in RE_MOB.finditer(rest):
        raise Redraw("unlabelled mobile " + m.group())
    for m in RE_CARD.finditer(rest):
        n = m.group().replace(" ", "")
        if 16 <= len(n) <= 19 and luhn_ok(n) and (n[:2] == "62" or n[:1] in "345"):
            raise Redraw("unlabelled card " + n)
    # a labelled name must not stand unlabelled elsewhere
    nsp = [(s["start"], s["end"]) for s in spans if s["kind"] == "name"]
    for s in spans:
        if s["kind"] != "name":
            continue
        core = s["text"].replace("　", "").replace(" ", "")
        forms = {core}
        if len(core) == 2:
            forms |= {core[0] + sp + core[1] for sp in ("　", " ", "  ")}
        for f in forms:
            for m in re.finditer(re.escape(f), text):
                if not any(a <= m.start() and m.end() <= b for a, b in nsp):
                    raise Redraw("unlabelled name " + f)


REDRAWS: Counter[str] = Counter()


def make_doc(seed, i):
    for attempt in range(50):
        rng = random.Random(f"holdout29|{seed}|{i}|{attempt}")
        fam = list(SUBS)[i % len(SUBS)] if i >= 0 else rng.choice(list(SUBS))
        subs = list(SUBS[fam])
        sub = subs[(i // len(SUBS)) % len(subs)]
        region = REGIONS[rng.choice(list(REGIONS))]
        pdf = rng.random() < 0.25
        g = G(rng, region, pdf)
        try:
            SUBS[fam][sub](g)
            text, spans = g.doc.build()
            text = text.rstrip("\n") + "\n"
            validate(text, spans)
        except Redraw as e:
            REDRAWS[str(e).split(" ")[0] + " " + str(e).split(" ")[1] if " " in str(e) else str(e)] += 1
            continue
        return {"type": f"{fam}.{sub}" + (".pdf" if pdf else ""), "text": text, "spans": spans}
    raise RuntimeError(f"could not draw document {i}")


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Blind hold-out set for the gongkai personal-information detector."
    )
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=127)
    ap.add_argument("-o", "--output")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args(argv)
    if a.decisions:
        for num, line in enumerate(DECISIONS, 1):
            print(f"{num}. {line}")
        return 0
    if not a.output:
        ap.error("-o is required unless --decisions is given")
    order = list(range(a.docs))
    random.Random(f"order|{a.seed}").shuffle(order)
    docs = [make_doc(a.seed, j) for j in order]
    with open(a.output, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.stats:
        kc = Counter(s["kind"] for d in docs for s in d["spans"])
        tc = Counter(d["type"].split(".")[0] for d in docs)
        sc = Counter(d["type"].removesuffix(".pdf") for d in docs)
        pdfn = sum(d["type"].endswith(".pdf") for d in docs)
        print(f"documents: {len(docs)} (pdf/word layouts: {pdfn}); redraws: {dict(REDRAWS)}", file=sys.stderr)
        print("spans per kind:", file=sys.stderr)
        for k in KINDS:
            print(f"  {k:16s} {kc.get(k, 0)}", file=sys.stderr)
        print(f"  {'TOTAL':16s} {sum(kc.values())}", file=sys.stderr)
        print(
            "documents per family: " + ", ".join(f"{k}={v}" for k, v in sorted(tc.items())), file=sys.stderr
        )
        print(
            "documents per sub-kind: " + ", ".join(f"{k}={v}" for k, v in sorted(sc.items())), file=sys.stderr
        )
        fk = Counter((d["type"].split(".")[0], s["kind"]) for d in docs for s in d["spans"])
        for f in SUBS:
            print(f"  {f:9s} " + " ".join(f"{k}={fk[(f, k)]}" for k in KINDS if fk[(f, k)]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
