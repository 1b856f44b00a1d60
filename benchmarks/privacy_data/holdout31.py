#!/usr/bin/env python3
# ruff: noqa: E501
"""holdout31 -- BLIND labelled evaluation set for the gongkai personal-information detector.

WHAT IT IS
  A generator of synthetic but realistic county/township government documents (政务公开 pages,
  attachments and PDF/Word extractions) in which every personal datum is labelled with character
  offsets.  It was written without reading the detector, its tests, the other generators or
  docs/privacy.md, so the detector's score on it is a first-contact measure.  Standard library only.

HOW TO RUN
  python holdout31.py --docs 400 --seed 137 -o out.jsonl          # deterministic for a seed
  python holdout31.py --docs 400 --seed 137 -o out.jsonl --stats  # + span counts per kind (stderr)
  python holdout31.py --decisions                                 # numbered labelling decisions
  Output: JSON Lines {"type": "family.subkind[.pdf]", "text": ..., "spans": [{kind,start,end,text}]}
  Spans are recorded when each piece is appended (never found by searching afterwards).

KINDS
  id_card, id_card_15, mobile, landline (private households only), bank_card, email, passport,
  hk_macau_permit, tw_permit, license_plate (private vehicles), address (private home, one span, ends
  in 号/栋/单元/室/组/社/屯; may contain a PDF line break), name (private person), health.

REGIONS (each with its own county codes used in IDs, area code, plate prefix, postcode, village
  naming and name style)
  nx 宁夏吴忠 (640302 利通区, 640324 同心县, 640381 青铜峡市; 0953; 宁C; Hui + Han; 村X组)
  xj 新疆喀什 (653121 疏附县, 653122 疏勒县, 653129 伽师县; 0998; 新Q; Uyghur 名·父名; 村X组)
  gz 四川甘孜 (513301 康定市, 513334 理塘县, 513326 道孚县; 0836; 川V; Tibetan, no surname)
  ls 四川凉山 (513431 昭觉县, 513429 布拖县, 513436 美姑县; 0834; 川W; Yi 4-char names 吉克阿呷)
  gx 广西百色 (451024 德保县, 451026 那坡县, 451081 靖西市; 0776; 桂L; Zhuang; 村XX屯)
  nm 内蒙古锡林郭勒 (152522 阿巴嘎旗, 152529 正镶白旗, 152530 正蓝旗; 0479; 蒙H; Mongolian; 嘎查X组)
  sd 山东菏泽 (371721 曹县, 371725 郓城县, 371726 鄄城县; 0530; 鲁R; Han incl. compound surnames
     欧阳/司马/上官/诸葛/皇甫/令狐; villages 张庄/王屯/李集 hold surnames; 村X号)
  jx 江西赣州 (360730 宁都县, 360731 于都县, 360732 兴国县; 0797; 赣B; Hakka surnames; 村X组)
  cq 重庆 (500229 城口县, 500238 巫溪县, 500242 酉阳县; 023 8-digit; 渝D/渝H; Tujia/Han; 村X社)
  Workers in wage rosters may come from any region (their ID code is from their own region).

FAMILIES AND SUB-KINDS (equal shares, family = index mod 8)
  penalty   zhandi (非法占地建房 行政处罚决定书), caisha (非法采砂 处罚决定书 / 双公示 表),
            qushui (无证取水 责令限期改正通知书 + 送达回证)
  doorplate gonggao (门牌号 编制/变更 公告 with 户主 + 原址 + 新门牌), shenqing (门牌 申请表/审批表)
  wages     mingce (农民工工资 代发 名册: 工资专户, 班组, IDs, cards), tousu (欠薪投诉 处理 告知书)
  court     maishou (拍卖成交/买受人 确认书), xuanshang (执行 悬赏 公告), xiezhu (协助执行 通知书 冻结)
  permit    yanhua (烟花爆竹 零售 许可 公示), huishou (再生资源 回收 经营者 备案 公示/备案表)
  census    rhdj (入户 登记 表), mingdan (普查 对象 名单/摸底表), chufa (统计 违法 处罚 决定书)
  honour    wenminghu (文明户/星级户 评选 公示), jifen (垃圾分类 积分 兑换 名单)
  grid      duju (独居老人 走访 台账), zhongdian (重点人员 台账), liushou (留守儿童 台账)

LAYOUTS
  label-value forms (one or two fields a line), prose letters/notices, tab tables, space-aligned
  tables (CJK width aware), markdown pipe tables, HTML tables, CSV with quotes, one cell per line (Word
  table pasted as text), numbered lists, 、-separated name lists.  About 25% are PDF/Word extractions
  (type ends ".pdf"): prose hard-wrapped at 28-40 characters (an address span may contain the '\\n';
  no other span does), two-character names spaced with U+3000 in tables ("吴　英", span covers it),
  page numbers (— 2 — / 第 2 页 共 3 页) and running titles between table rows.

NEAR-MISSES (never labelled)
  GB 32100-valid 统一社会信用代码 of agencies (11…), companies (91…), 个体工商户 (92…); 索引号
  (code/年-序号); 文号 〔2024〕; court case numbers （2024）宁0302执123号; 12345 工单号, 竞买号,
  缴款码 and 16-digit ticket numbers (some Luhn-valid, never with a card prefix); agency and
  工资专户 bank accounts; 不动产权证号; 许可证编号 （宁）LS〔2024〕…; 统计用区划代码 (12 digits);
  amounts, areas, dates, postcodes; office landlines and hotlines (12345, 12336, 12333, 12368 …);
  gov.cn mailboxes; already-masked values (138****5678, 6403**********1234, 张*); officials and staff
  in their public role (执法人员, 经办人, 审核人, 承办人, 网格员, 普查员, 村支书/村主任 signing, 项目
  负责人/劳资专管员 of a company, 审判长); addresses of agencies, shops, companies, 经营场所 and the
  site of a violation; village-level places only (白寺滩村); place names holding surnames (张庄村,
  王屯村, 马家湖); generic census health categories (健康/基本健康).
"""

import argparse
import datetime
import json
import random
import re
import sys
from typing import NotRequired, TypedDict

# ---------------------------------------------------------------- checksums
W18 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W18, strict=False)) % 11]


def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x = x * 2 - 9 if x * 2 > 9 else x * 2
        t += x
    return t % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(rng, letters=False):
    if letters:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    v = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c = 11 - sum(a * b for a, b in zip(v, [3, 7, 9, 10, 5, 8, 4, 2], strict=False)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(rng, kind2, region6):
    body = kind2 + region6 + org_code(rng, letters=kind2 in ("91", "92"))
    s = sum(CC.index(c) * w for c, w in zip(body, CCW, strict=False))
    return body + CC[(31 - s % 31) % 31]


def credit_ok(code):
    if len(code) != 18 or any(c not in CC for c in code):
        return False
    s = sum(CC.index(c) * w for c, w in zip(code[:17], CCW, strict=False))
    return CC[(31 - s % 31) % 31] == code[17]


# ---------------------------------------------------------------- regions
class Region(TypedDict):
    prov: str
    city: str
    ab: str
    area: str
    plate: list[str]
    style: list[tuple[str, float]]
    counties: list[tuple[str, str, str]]  # (county code, county name, postcode)
    towns: list[str]
    villages: list[str]
    grp: str | None
    roads: list[str]
    estates: list[str]
    tun: NotRequired[list[str]]
    gacha: NotRequired[bool]


REGIONS: dict[str, Region] = {
    "nx": {
        "prov": "宁夏回族自治区",
        "city": "吴忠市",
        "ab": "宁",
        "area": "0953",
        "plate": ["宁C"],
        "style": [("hui", 0.6), ("han", 0.4)],
        "counties": [
            ("640302", "利通区", "751100"),
            ("640324", "同心县", "751300"),
            ("640381", "青铜峡市", "751600"),
        ],
        "towns": [
            "金星镇",
            "上桥镇",
            "古城镇",
            "东塔寺乡",
            "扁担沟镇",
            "豫海镇",
            "丁塘镇",
            "韦州镇",
            "叶盛镇",
            "瞿靖镇",
        ],
        "villages": [
            "白寺滩",
            "早元",
            "塔湾",
            "五里坡",
            "罗家湖",
            "杨马湖",
            "马家湖",
            "团结",
            "双桥",
            "李家河",
            "羊路",
            "蒋顶",
            "汉渠",
        ],
        "grp": "组",
        "roads": ["明珠路", "开元大道", "裕民街", "朝阳东街", "金积大道", "同心路"],
        "estates": ["金花园小区", "鸿福苑", "清馨园", "滨河家园"],
    },
    "xj": {
        "prov": "新疆维吾尔自治区",
        "city": "喀什地区",
        "ab": "新",
        "area": "0998",
        "plate": ["新Q"],
        "style": [("uyghur", 0.9), ("han", 0.1)],
        "counties": [
            ("653121", "疏附县", "844100"),
            ("653122", "疏勒县", "844200"),
            ("653129", "伽师县", "844300"),
        ],
        "towns": [
            "托克扎克镇",
            "乌帕尔镇",
            "站敏乡",
            "塔什米里克乡",
            "布拉克苏乡",
            "巴仁乡",
            "英阿瓦提乡",
            "克孜勒博依乡",
        ],
        "villages": [
            "阿亚格曼干",
            "阔纳协海尔",
            "英买里",
            "阿热买里",
            "库木鲁克",
            "苏盖提",
            "尤喀克恰克玛",
            "托万克",
        ],
        "grp": "组",
        "roads": ["友谊路", "团结路", "人民西路", "幸福路", "丝路大道"],
        "estates": ["天山花苑", "民生小区", "福源小区"],
    },
    "gz": {
        "prov": "四川省",
        "city": "甘孜藏族自治州",
        "ab": "川",
        "area": "0836",
        "plate": ["川V"],
        "style": [("tibetan", 0.85), ("han", 0.15)],
        "counties": [
            ("513301", "康定市", "626000"),
            ("513334", "理塘县", "627550"),
            ("513326", "道孚县", "626400"),
        ],
        "towns": ["炉城街道", "姑咱镇", "新都桥镇", "塔公镇", "高城镇", "甲洼镇", "鲜水镇", "八美镇"],
        "villages": ["瓦泽", "各卡", "日头", "营官", "甲根坝", "下瓦", "雅拉", "孔玉", "呷巴"],
        "grp": "组",
        "roads": ["向阳街", "团结路", "康巴大道", "折多路", "扎西路"],
        "estates": ["情歌花园", "阳光小区", "雅拉新村"],
    },
    "ls": {
        "prov": "四川省",
        "city": "凉山彝族自治州",
        "ab": "川",
        "area": "0834",
        "plate": ["川W"],
        "style": [("yi", 0.8), ("han", 0.2)],
        "counties": [
            ("513431", "昭觉县", "616150"),
            ("513429", "布拖县", "615350"),
            ("513436", "美姑县", "616450"),
        ],
        "towns": ["新城镇", "竹核镇", "四开镇", "比尔镇", "特木里镇", "拖觉镇", "巴普镇", "牛牛坝镇"],
        "villages": ["三河", "谷曲", "洒拉地坡", "尼地", "阿土列尔", "火普", "吉勒", "拉莫", "瓦吾"],
        "grp": "组",
        "roads": ["建设路", "南坛路", "火把广场路", "民族路"],
        "estates": ["沐恩邸社区", "阳光家园", "西城新居"],
    },
    "gx": {
        "prov": "广西壮族自治区",
        "city": "百色市",
        "ab": "桂",
        "area": "0776",
        "plate": ["桂L"],
        "style": [("zhuang", 1.0)],
        "counties": [
            ("451024", "德保县", "533700"),
            ("451026", "那坡县", "533900"),
            ("451081", "靖西市", "533800"),
        ],
        "towns": ["新靖镇", "湖润镇", "安德镇", "龙邦镇", "城厢镇", "百省乡", "都安乡", "燕峒乡", "龙光乡"],
        "villages": ["三联", "那敏", "百合", "弄汤", "念井", "大旺", "孟麻", "那布", "坡荷"],
        "tun": ["那隆", "板旺", "弄添", "岜立", "陇桃", "百怀", "那造", "上屯", "下屯", "板六"],
        "grp": "屯",
        "roads": ["城南路", "新华街", "鹅泉路", "龙潭大道", "照阳路"],
        "estates": ["壮乡苑", "龙潭小区", "阳光新城"],
    },
    "nm": {
        "prov": "内蒙古自治区",
        "city": "锡林郭勒盟",
        "ab": "蒙",
        "area": "0479",
        "plate": ["蒙H"],
        "style": [("mongol", 0.55), ("han", 0.45)],
        "counties": [
            ("152522", "阿巴嘎旗", "011400"),
            ("152529", "正镶白旗", "013800"),
            ("152530", "正蓝旗", "027200"),
        ],
        "towns": [
            "别力古台镇",
            "洪格尔高勒镇",
            "查干淖尔镇",
            "明安图镇",
            "上都镇",
            "桑根达来镇",
            "那仁宝拉格苏木",
            "伊和淖尔苏木",
        ],
        "villages": [
            "巴彦图嘎",
            "额尔敦高毕",
            "乌兰图嘎",
            "宝格都乌拉",
            "萨如拉塔拉",
            "哈登胡舒",
            "吉呼郎图",
        ],
        "grp": "组",
        "gacha": True,
        "roads": ["额尔敦路", "巴彦路", "那达慕大街", "宝力根路", "元上都大街"],
        "estates": ["草原明珠小区", "蓝天小区", "团结小区"],
    },
    "sd": {
        "prov": "山东省",
        "city": "菏泽市",
        "ab": "鲁",
        "area": "0530",
        "plate": ["鲁R"],
        "style": [("han_c", 1.0)],
        "counties": [
            ("371721", "曹县", "274400"),
            ("371725", "郓城县", "274700"),
            ("371726", "鄄城县", "274600"),
        ],
        "towns": ["庄寨镇", "青堌集镇", "倪集街道", "韩集镇", "黄集镇", "张鲁集镇", "李进士堂镇", "什集镇"],
        "villages": ["张庄", "王屯", "李集", "刘楼", "孙海", "赵寨", "程庄", "马坊", "陈集", "杨楼", "郭堂"],
        "grp": None,
        "roads": ["青菏路", "珠江路", "五台山路", "磐石路", "郓州大道"],
        "estates": ["曹州府小区", "水浒人家", "锦绣华庭"],
    },
    "jx": {
        "prov": "江西省",
        "city": "赣州市",
        "ab": "赣",
        "area": "0797",
        "plate": ["赣B"],
        "style": [("hakka", 1.0)],
        "counties": [
            ("360730", "宁都县", "342800"),
            ("360731", "于都县", "342300"),
            ("360732", "兴国县", "342400"),
        ],
        "towns": ["贡江镇", "罗坳镇", "银坑镇", "车溪乡", "潋江镇", "长冈乡", "梅江镇", "固村镇", "黄陂镇"],
        "villages": ["潭头", "上欧", "官田", "塘背", "坝脑", "长冈", "湖溪", "赖村", "黄石"],
        "grp": "组",
        "roads": ["长征大道", "红旗大道", "迎宾大道", "将军大道", "梅江路"],
        "estates": ["滨江花园", "长征新村", "水岸华庭"],
    },
    "cq": {
        "prov": "重庆市",
        "city": "",
        "ab": "渝",
        "area": "023",
        "plate": ["渝D", "渝H"],
        "style": [("tujia", 0.5), ("han", 0.5)],
        "counties": [
            ("500229", "城口县", "405900"),
            ("500238", "巫溪县", "405800"),
            ("500242", "酉阳土家族苗族自治县", "409800"),
        ],
        "towns": [
            "葛城街道",
            "修齐镇",
            "高观镇",
            "明中乡",
            "宁河街道",
            "菱角镇",
            "龙潭镇",
            "桃花源街道",
            "酉酬镇",
        ],
        "villages": ["岩湾", "新军", "东河", "观音", "中坝", "清泉", "红花", "堰塘", "柏杨"],
        "grp": "社",
        "roads": ["滨河路", "北大街", "柏杨大道", "桃花源大道", "春晖路"],
        "estates": ["江南新城", "阳光水岸", "金科世界城"],
    },
}
ALL_COUNTY = {c[0]: rk for rk, R in REGIONS.items() for c in R["counties"]}
NUMCH = "一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return NUMCH[n - 1]
    if n < 20:
        return "十" + NUMCH[n - 11]
    return NUMCH[n // 10 - 1] + "十" + (NUMCH[n % 10 - 1] if n % 10 else "")


# ---------------------------------------------------------------- names
SUR = list(
    "张王李赵刘陈杨孙周吴徐朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "东方", "夏侯", "公孙", "慕容"]
GM = [
    "建国",
    "建军",
    "志强",
    "国庆",
    "海军",
    "文斌",
    "永刚",
    "学文",
    "成林",
    "德明",
    "俊杰",
    "浩然",
    "子轩",
    "宇航",
    "明辉",
    "红军",
    "振华",
    "春生",
    "玉林",
    "福贵",
    "长青",
    "立新",
    "新民",
    "卫东",
    "向阳",
    "金宝",
    "天佑",
    "家豪",
    "晓东",
    "海涛",
    "光荣",
    "怀山",
    "守义",
    "世杰",
    "军",
    "伟",
    "强",
    "磊",
    "勇",
    "涛",
    "斌",
    "超",
    "鹏",
    "刚",
    "亮",
    "峰",
    "林",
    "彬",
]
GF = [
    "秀兰",
    "玉梅",
    "桂英",
    "淑珍",
    "海燕",
    "丽娟",
    "春燕",
    "晓红",
    "彩霞",
    "金凤",
    "秀英",
    "美兰",
    "慧敏",
    "雅婷",
    "欣怡",
    "梓涵",
    "红梅",
    "小芳",
    "玉兰",
    "凤英",
    "翠兰",
    "桂芳",
    "月娥",
    "巧云",
    "艳",
    "芳",
    "娟",
    "敏",
    "静",
    "丽",
    "霞",
    "燕",
    "萍",
    "琴",
]
HUI_SUR = ["马"] * 6 + [
    "杨",
    "丁",
    "海",
    "纳",
    "白",
    "金",
    "李",
    "拓",
    "冶",
    "哈",
    "穆",
    "虎",
    "锁",
    "田",
    "苏",
]
HAKKA_SUR = [
    "钟",
    "曾",
    "谢",
    "刘",
    "黄",
    "温",
    "赖",
    "邱",
    "廖",
    "李",
    "肖",
    "郭",
    "古",
    "陈",
    "罗",
    "胡",
    "康",
]
TUJIA_SUR = ["冉", "田", "白", "彭", "何", "杨", "石", "龙", "向", "覃", "黄", "陈", "王", "李"]
ZH_SUR = ["农", "黄", "韦", "覃", "陆", "蓝", "零", "岑", "梁", "李", "罗", "莫", "廖", "黎", "赵", "凌"]
UY_M = [
    "买买提",
    "艾力",
    "吐尔逊",
    "阿不都热合曼",
    "艾合买提",
    "努尔买买提",
    "依明",
    "肉孜",
    "玉素甫",
    "阿卜杜拉",
    "卡德尔",
    "麦麦提敏",
    "亚森",
    "吾斯曼",
    "伊力哈木",
    "艾尔肯",
    "热合曼",
    "买合木提",
    "阿布力孜",
    "托合提",
    "司马义",
    "喀迪尔",
]
UY_F = [
    "古丽娜尔",
    "阿依古丽",
    "热依拉",
    "布沙热木",
    "帕提古丽",
    "祖丽菲亚",
    "米热古丽",
    "阿孜古丽",
    "努尔比亚",
    "再努尔",
    "阿米娜",
    "热孜万古丽",
    "迪丽拜尔",
    "玛依拉",
    "古再丽努尔",
    "海丽其汗",
]
TIB1 = [
    "扎西",
    "次仁",
    "格桑",
    "泽仁",
    "四郎",
    "降措",
    "益西",
    "尼玛",
    "达瓦",
    "贡布",
    "阿旺",
    "洛绒",
    "丹增",
    "土登",
    "呷绒",
    "昂旺",
    "邓珠",
    "多吉",
    "降央",
]
TIB_M2 = [
    "多吉",
    "次仁",
    "扎西",
    "平措",
    "贡布",
    "尼玛",
    "降措",
    "拥忠",
    "泽翁",
    "彭措",
    "邓珠",
    "登真",
    "翁加",
]
TIB_F2 = ["卓玛", "拉姆", "央金", "曲珍", "志玛", "拥措", "翁姆", "青措", "德吉", "央宗", "措姆"]
YI_SUR = [
    "吉克",
    "阿西",
    "沙马",
    "曲比",
    "俄木",
    "吉木",
    "阿的",
    "马海",
    "海来",
    "勒格",
    "阿苦",
    "苏呷",
    "日火",
    "木乃",
    "吉伍",
    "阿尔",
    "的惹",
    "吉吉",
]
YI_M = [
    "阿呷",
    "拉且",
    "子哈",
    "日火",
    "尔古",
    "木呷",
    "伍各",
    "克惹",
    "石者",
    "拉哈",
    "友哈",
    "铁哈",
    "木果",
    "阿牛",
    "尔布",
]
YI_F = ["阿果", "么妞", "阿衣", "拉玛", "阿支", "阿各", "莫色", "阿嫫", "史玛", "依莫", "尔曲"]
MG_M = [
    "巴特尔",
    "苏和",
    "朝鲁门",
    "宝音",
    "阿拉坦仓",
    "布和",
    "孟克",
    "吉日嘎拉",
    "满都拉",
    "哈斯",
    "特木尔",
    "额尔敦巴雅尔",
    "毕力格",
    "那顺",
    "巴雅尔图",
    "乌力吉",
    "敖特根",
    "达来",
]
MG_F = [
    "乌日娜",
    "其木格",
    "娜仁高娃",
    "斯琴",
    "图雅",
    "萨仁",
    "敖登格日乐",
    "乌兰",
    "阿拉坦其其格",
    "高娃",
    "托娅",
    "萨如拉",
    "琪琪格",
    "格日勒",
]


def gen_name(rng, style, sex):
    def given():
        return rng.choice(GM if sex == "男" else GF)

    if style == "han":
        return rng.choice(SUR) + given()
    if style == "han_c":
        return (rng.choice(COMPOUND) if rng.random() < 0.12 else rng.choice(SUR)) + given()
    if style == "hui":
        return rng.choice(HUI_SUR) + given()
    if style == "hakka":
        return rng.choice(HAKKA_SUR) + given()
    if style == "tujia":
        return rng.choice(TUJIA_SUR) + given()
    if style == "zhuang":
        return rng.choice(ZH_SUR) + given()
    if style == "uyghur":
        return rng.choice(UY_M if sex == "男" else UY_F) + "·" + rng.choice(UY_M)
    if style == "tibetan":
        r = rng.random()
        if r < 0.15:
            return rng.choice(TIB_F2 if sex == "女" else TIB_M2)
        a = rng.choice(TIB1)
        b = rng.choice(TIB_F2 if sex == "女" else TIB_M2)
        return a + b if a != b else a + "平措"
    if style == "yi":
        return rng.choice(YI_SUR) + rng.choice(YI_M if sex == "男" else YI_F)
    if style == "mongol":
        return rng.choice(MG_M if sex == "男" else MG_F)
    raise ValueError(style)


NATION = {
    "han": "汉",
    "han_c": "汉",
    "hakka": "汉",
    "hui": "回",
    "uyghur": "维吾尔",
    "tibetan": "藏",
    "yi": "彝",
    "zhuang": "壮",
    "mongol": "蒙古",
    "tujia": "土家",
}

MOBILE_PRE = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
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
    "198",
    "199",
    "147",
]
CARD_PRE = {
    "622848": ("中国农业银行", 19),
    "621700": ("中国建设银行", 19),
    "622908": ("兴业银行", 18),
    "623059": ("农村信用社", 19),
    "621799": ("中国邮政储蓄银行", 19),
    "622188": ("中国邮政储蓄银行", 19),
    "622202": ("中国工商银行", 19),
    "621226": ("中国工商银行", 19),
}
HEALTH = [
    "高血压",
    "2型糖尿病",
    "脑梗死后遗症",
    "阿尔茨海默病",
    "慢性阻塞性肺疾病",
    "冠心病",
    "类风湿性关节炎",
    "帕金森病",
    "白内障",
    "肢体残疾二级",
    "视力残疾一级",
    "听力残疾三级",
    "肢体残疾四级",
    "智力残疾三级",
    "尿毒症",
    "肺结核",
    "乳腺癌术后",
    "股骨头坏死",
]
MENTAL = ["精神分裂症", "双相情感障碍", "偏执性精神病", "癫痫所致精神障碍", "精神发育迟滞伴发精神障碍"]
CHILD_HEALTH = ["先天性心脏病", "脑瘫", "癫痫", "自闭症", "听力残疾二级", "1型糖尿病"]


# ---------------------------------------------------------------- parts and documents
def S(kind, text):
    return (text, kind)


def flat(items, out=None):
    out = [] if out is None else out
    for it in items:
        if it is None:
            continue
        if isinstance(it, str):
            out.append((it, None))
        elif isinstance(it, tuple):
            out.append(it)
        else:
            flat(it, out)
    return out


def wrap(parts, width):
    """Hard-wrap like a PDF text extraction. Only address spans may contain the inserted break."""
    out, col = [], 0
    for text, kind in parts:
        if kind is None or kind == "address":
            buf = ""
            for i, ch in enumerate(text):
                if ch == "\n":
                    buf += ch
                    col = 0
                    continue
                if col >= width:
                    if kind == "address" and i == 0:
                        out.append(("\n", None))
                    else:
                        buf += "\n"
                    col = 0
                buf += ch
                col += 1
            out.append((buf, kind))
        else:
            if col > 0 and col + len(text) > width:
                out.append(("\n", None))
                col = 0
            out.append((text, kind))
            col += len(text)
    return out


def dwidth(s):
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def plain(parts):
    return "".join(t for t, _ in parts)


class Person:
    rk: str
    sex: str
    style: str
    name: str
    nation: str
    age: int
    birth: datetime.date
    county: tuple[str, str, str]
    id: str
    id15: str
    _mob: str
    card: str
    bank: str
    addr: str


class Doc:
    def __init__(self, rng, rk, pdf):
        self.rng, self.rk, self.R, self.pdf = rng, rk, REGIONS[rk], pdf
        self.parts, self.names = [], set()
        self.county = rng.choice(self.R["counties"])
        self.year = rng.choice([2020, 2021, 2022, 2023, 2023, 2024, 2024, 2024, 2025])
        self.width = rng.randint(28, 40)
        self.page = 1
        self.town = rng.choice(self.R["towns"])

    # -- composition
    def raw(self, *items):
        self.parts += flat(items)

    def line(self, *items):
        self.parts += [*flat(items), ("\n", None)]

    def para(self, *items):
        p = flat(items)
        if self.pdf:
            p = wrap(p, self.width)
        self.parts += [*p, ("\n", None)]

    def blank(self):
        self.parts.append(("\n", None))

    def render(self):
        _text, spans, pos = "", [], 0
        buf = []
        for t, k in self.parts:
            if k is not None and t:
                spans.append({"kind": k, "start": pos, "end": pos + len(t), "text": t})
            buf.append(t)
            pos += len(t)
        return "".join(buf), spans

    # -- values
    def uniq_name(self, style, sex):
        for _ in range(200):
            n = gen_name(self.rng, style, sex)
            if all(n not in m and m not in n for m in self.names):
                self.names.add(n)
                return n
        raise RuntimeError("names exhausted")

    def style(self, rk=None):
        R = REGIONS[rk or self.rk]
        r = self.rng.random()
        acc: float = 0
        for st, w in R["style"]:
            acc += w
            if r < acc:
                return st
        return R["style"][-1][0]

    def official(self, rk=None):
        st = self.style(rk)
        if st in ("uyghur", "tibetan", "yi", "mongol") and self.rng.random() < 0.5:
            st = "han"
        return self.uniq_name(st, self.rng.choice("男女"))

    def date(self, y=None, m0=1, m1=12):
        y = y or self.year
        return datetime.date(y, self.rng.randint(m0, m1), self.rng.randint(1, 28))

    def cdate(self, dt):
        return f"{dt.year}年{dt.month}月{dt.day}日"

    def office_tel(self, d=None):
        a = self.R["area"]
        n = 8 if a == "023" else 7
        num = str(self.rng.randint(2, 8)) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))
        f = self.rng.random()
        return f"{a}-{num}" if f < 0.7 else f"（{a}）{num}" if f < 0.85 else f"{a}{num}"

    def cname(self):  # county display name
        c = self.county[1]
        R = self.R
        return c if self.rng.random() < 0.6 or not R["city"] else R["city"] + c

    def agency(self, dept):
        return self.county[1] + dept

    def agency_code(self, kind="11"):
        return credit_code(self.rng, kind, self.county[0])

    def index_no(self, code):
        return f"{code}/{self.year}-{self.rng.randint(1, 2400):05d}"

    def village(self):
        return self.rng.choice(self.R["villages"]) + ("嘎查" if self.R.get("gacha") else "村")

    def grp(self):
        n = self.rng.randint(1, 12)
        R = self.R
        if R["grp"] == "屯":
            return self.rng.choice(R["tun"]) + "屯"
        if R["grp"] == "社":
            return f"{n}社"
        return (cn_num(n) if self.rng.random() < 0.6 else str(n)) + "组"

    def home_addr(self, county=None, level=None, town=None, urban=None):
        rng, R = self.rng, self.R
        county = county or self.county
        pre = rng.random()
        prefix = ""
        if pre < 0.25:
            prefix = (R["prov"] if rng.random() < 0.3 else "") + R["city"] + county[1]
        elif pre < 0.55:
            prefix = county[1]
        town = town or rng.choice(R["towns"])
        urban = rng.random() < 0.3 if urban is None else urban
        if urban:
            road = rng.choice(R["roads"])
            est = rng.choice(R["estates"])
            f = rng.random()
            if f < 0.4:
                tail = f"{road}{rng.randint(1, 260)}号{est}{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
            elif f < 0.7:
                tail = f"{est}{rng.randint(1, 30)}栋{rng.randint(1, 5)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
            elif f < 0.85:
                tail = f"{road}{rng.randint(1, 260)}号{rng.randint(1, 12)}栋"
            else:
                tail = f"{road}{rng.randint(1, 400)}号"
            return prefix + town + tail
        vil = rng.choice(R["villages"]) + ("嘎查" if R.get("gacha") else "村")
        if R["grp"] is None:
            return prefix + town + vil + f"{rng.randint(1, 380)}号"
        g = self.grp()
        tail = f"{rng.randint(1, 120)}号" if rng.random() < 0.4 else ""
        return prefix + town + vil + g + tail

    def person(self, rk=None, sex=None, age=(22, 70), style=None):
        rng = self.rng
        rk = rk or self.rk
        R = REGIONS[rk]
        p = Person()
        p.rk = rk
        p.sex = sex or rng.choice("男女")
        p.style = style or self.style(rk)
        p.name = self.uniq_name(p.style, p.sex)
        p.nation = NATION[p.style] if not (p.style == "tujia" and rng.random() < 0.5) else "汉"
        p.age = rng.randint(*age)
        y = self.year - p.age
        p.birth = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        p.county = self.county if rk == self.rk and rng.random() < 0.85 else rng.choice(R["counties"])
        seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if p.sex == "男" else [0, 2, 4, 6, 8])
        s17 = p.county[0] + p.birth.strftime("%Y%m%d") + f"{seq:03d}"
        p.id = s17 + id_check(s17)
        p.id15 = p.county[0] + p.birth.strftime("%y%m%d") + f"{seq:03d}"
        p._mob = rng.choice(MOBILE_PRE) + "".join(rng.choice("0123456789") for _ in range(8))
        pre = rng.choice(list(CARD_PRE))
        bank, ln = CARD_PRE[pre]
        if ln == 18:
            ln = rng.choice([16, 18])
        body = pre + "".join(rng.choice("0123456789") for _ in range(ln - 7))
        p.card = luhn_complete(body)
        p.bank = bank
        sub = self if rk == self.rk else Doc(rng, rk, False)
        p.addr = sub.home_addr(county=p.county)
        return p

    def mobile(self, p, fmt=None):
        m = p._mob
        r = self.rng.random() if fmt is None else fmt
        if r < 0.72:
            return m
        if r < 0.8:
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if r < 0.87:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if r < 0.92:
            return "+86 " + m
        if r < 0.96:
            return "86-" + m
        return f"+86 {m[:3]} {m[3:7]} {m[7:]}"

    def card(self, p):
        c = p.card
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4)) if self.rng.random() < 0.2 else c

    def masked_mobile(self):
        m = self.rng.choice(MOBILE_PRE) + "".join(self.rng.choice("0123456789") for _ in range(8))
        return m[:3] + "****" + m[7:]

    def masked_id(self, p):
        return p.id[:6] + "*" * 8 + p.id[14:] if self.rng.random() < 0.5 else p.id[:2] + "*" * 13 + p.id[15:]

    def plate(self, p=None):
        rng = self.rng
        pre = rng.choice(self.R["plate"])
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if rng.random() < 0.15:
            body = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
        else:
            body = "".join(rng.choice(L + "0123456789" * 3) for _ in range(5))
            if not any(c.isdigit() for c in body):
                body = body[:4] + "7"
        return pre + ("·" if rng.random() < 0.4 else "") + body

    def email(self, p):
        rng = self.rng
        if rng.random() < 0.35:
            return str(rng.randint(10**7, 10**9 * 3)) + "@qq.com"
        stem = rng.choice(
            [
                "mjg",
                "wangli",
                "zhx",
                "ldm",
                "hyx",
                "tashi",
                "dawa",
                "batu",
                "nong",
                "abdulla",
                "jike",
                "lzh",
                "xiaoyu",
                "ycq",
            ]
        )
        return (
            stem
            + rng.choice(["", "_", "."])
            + str(rng.randint(60, 2005))
            + "@"
            + rng.choice(["163.com", "126.com", "sina.com", "foxmail.com", "yeah.net"])
        )

    def landline(self):
        return self.office_tel()

    def nm(self, p, table=False):
        n = p.name
        if table and self.pdf and len(n) == 2:
            n = n[0] + "　" + n[1]
        return S("name", n)

    def amount(self, lo, hi, cents=True):
        v = self.rng.randint(lo, hi)
        if cents and self.rng.random() < 0.5:
            return f"{v:,}.{self.rng.randint(0, 99):02d}" if self.rng.random() < 0.5 else f"{v}.00"
        return str(v)


# ---------------------------------------------------------------- tables
PDF_LAYOUTS = ["tab", "space", "cells", "space"]
WEB_LAYOUTS = ["tab", "space", "md", "html", "csv", "cells", "numbered"]


def page_mark(d):
    d.page += 1
    f = d.rng.random()
    return (
        f"— {d.page} —"
        if f < 0.4
        else f"第 {d.page} 页"
        if f < 0.6
        else f"第{d.page}页 共{d.page + d.rng.randint(0, 2)}页"
        if f < 0.8
        else f"-{d.page}-"
    )


def table(d, header, rows, layout=None, title=None, sep_every=None):
    """rows: list of list of cells; a cell is a list of parts/str."""
    rng = d.rng
    layout = layout or rng.choice(PDF_LAYOUTS if d.pdf else WEB_LAYOUTS)
    rows = [[flat([c]) for c in r] for r in rows]
    hdr = [flat([h]) for h in header]
    every = sep_every or rng.randint(6, 14)
    running = title or ""

    def pdf_break(i):
        if d.pdf and i and i % every == 0:
            d.line(page_mark(d))
            if running and rng.random() < 0.7:
                d.line(running)
            if rng.random() < 0.5:
                return True
        return False

    if layout == "tab":
        d.line([x for i, h in enumerate(hdr) for x in ([("\t", None)] if i else []) + h])
        for ri, r in enumerate(rows):
            if pdf_break(ri):
                d.line([x for i, h in enumerate(hdr) for x in ([("\t", None)] if i else []) + h])
            d.line([x for i, c in enumerate(r) for x in ([("\t", None)] if i else []) + c])
    elif layout == "space":
        allr = [hdr, *rows]
        w = [max(dwidth(plain(r[i])) for r in allr) for i in range(len(hdr))]
        gap = rng.choice([2, 2, 3, 4])

        def fmt(r):
            out = []
            for i, c in enumerate(r):
                out += c
                if i < len(r) - 1:
                    out.append((" " * (w[i] - dwidth(plain(c)) + gap), None))
            return out

        d.line(fmt(hdr))
        for ri, r in enumerate(rows):
            if pdf_break(ri):
                d.line(fmt(hdr))
            d.line(fmt(r))
    elif layout == "md":
        d.line("| " + " | ".join(plain(h) for h in hdr) + " |")
        d.line("|" + "|".join("---" for _ in hdr) + "|")
        for r in rows:
            d.line(
                [x for i, c in enumerate(r) for x in [("| " if i == 0 else " | ", None), *c]] + [(" |", None)]
            )
    elif layout == "html":
        d.line('<table border="1">')
        d.line("<tr>" + "".join(f"<th>{plain(h)}</th>" for h in hdr) + "</tr>")
        for r in rows:
            d.line("<tr>", [[("<td>", None), *c, ("</td>", None)] for c in r], "</tr>")
        d.line("</table>")
    elif layout == "csv":
        allq = rng.random() < 0.5

        def q(c):
            s = plain(c)
            if allq or any(ch in s for ch in ',"\n'):
                return [('"', None)] + [(t.replace('"', '""'), k) for t, k in c] + [('"', None)]
            return c

        d.line([x for i, h in enumerate(hdr) for x in ([(",", None)] if i else []) + q(h)])
        for r in rows:
            d.line([x for i, c in enumerate(r) for x in ([(",", None)] if i else []) + q(c)])
    elif layout == "cells":
        for h in hdr:
            d.line(h)
        for ri, r in enumerate(rows):
            if pdf_break(ri):
                for h in hdr:
                    d.line(h)
            for c in r:
                d.line(c if plain(c) else " ")
    elif layout == "numbered":
        sep = rng.choice(["，", "；", "  "])
        for ri, r in enumerate(rows):
            items = []
            for i, (h, c) in enumerate(zip(hdr, r, strict=False)):
                if i == 0 or not plain(c).strip():
                    continue
                items.append(([*h, ("：", None), *c]) if i > 1 or rng.random() < 0.3 else c)
            d.line(
                f"{ri + 1}." if rng.random() < 0.5 else f"（{ri + 1}）",
                [x for i, it in enumerate(items) for x in ([(sep, None)] if i else []) + it],
            )
    return layout


def kv(d, pairs, per_line=None):
    """label-value form; pairs are (label, value-parts)."""
    rng = d.rng
    per_line = per_line or (2 if rng.random() < 0.4 else 1)
    colon = rng.choice(["：", "：", ":", "："])
    i = 0
    while i < len(pairs):
        chunk = pairs[i : i + per_line]
        i += per_line
        segs = []
        for j, (lab, val) in enumerate(chunk):
            if j:
                segs.append(("　　" if rng.random() < 0.6 else "    ", None))
            segs += flat([lab, colon, val])
        d.line(segs)


# ---------------------------------------------------------------- shared pieces
def gov_acct(rng):
    return rng.choice(["2906", "1509", "3100", "1029", "5300", "2200"]) + "".join(
        rng.choice("0123456789") for _ in range(rng.choice([12, 15]))
    )


def web_head(d, ag, code):
    if d.pdf or d.rng.random() < 0.4:
        return
    pub = d.date()
    f = d.rng.random()
    if f < 0.5:
        d.line(f"索引号：{d.index_no(code)}")
        d.line(f"发布机构：{ag}　　发布日期：{pub.isoformat()}")
    else:
        d.line(
            f"索引号: {d.index_no(code)}    信息分类: 行政执法    发布机构: {ag}    成文日期: {pub.year}-{pub.month:02d}-{pub.day:02d}"
        )
    d.blank()


def sign(d, ag, dt=None, contact=True):
    d.blank()
    d.line(("　" * d.rng.randint(6, 12)) + ag)
    d.line(("　" * d.rng.randint(6, 12)) + d.cdate(dt or d.date()))
    if contact and d.rng.random() < 0.7:
        d.line(f"（联系人：{d.official()}，联系电话：{d.office_tel()}）")


def party_block(d, p, role="当事人", fields=("sex", "nation", "birth", "id", "addr", "mob"), form=None):
    rng = d.rng
    form = form or ("prose" if rng.random() < 0.55 else "kv")
    if form == "prose":
        seq = [role, "：", d.nm(p)]
        if "sex" in fields:
            seq += ["，", p.sex]
        if "nation" in fields:
            seq += ["，", p.nation, "族"]
        if "birth" in fields:
            seq += ["，", d.cdate(p.birth), "出生"]
        if "id" in fields:
            seq += ["，", rng.choice(["公民身份号码：", "身份证号码：", "身份证号："]), S("id_card", p.id)]
        if "addr" in fields:
            seq += ["，", rng.choice(["住址：", "住", "户籍地址：", "现住"]), S("address", p.addr)]
        if "mob" in fields:
            seq += ["，", rng.choice(["联系电话：", "电话：", "手机："]), S("mobile", d.mobile(p))]
        seq.append("。")
        d.para(seq)
    else:
        pairs = [(role, [d.nm(p)])]
        if "sex" in fields:
            pairs.append(("性别", p.sex))
        if "nation" in fields:
            pairs.append(("民族", p.nation + "族"))
        if "birth" in fields:
            pairs.append(("出生日期", d.cdate(p.birth)))
        if "id" in fields:
            pairs.append(("身份证号码", [S("id_card", p.id)]))
        if "mob" in fields:
            pairs.append(("联系电话", [S("mobile", d.mobile(p))]))
        if "addr" in fields:
            pairs.append(("住址", [S("address", p.addr)]))
        kv(d, pairs)


def site(d):
    """place of a violation: village + group + parcel; NOT a home address (decision 9)."""
    rng = d.rng
    g = d.grp() if d.R["grp"] else ""
    return (
        d.town
        + d.village()
        + g
        + rng.choice(["东侧耕地", "北侧承包地", "（土名“后山坡”）", "以西空地", "河滩地", "南侧林地"])
    )


# ================================================================ 1. penalty
def penalty_zhandi(d):
    rng = d.rng
    ag = d.agency("自然资源局")
    code = d.agency_code()
    p = d.person(age=(28, 72))
    co = (
        d.person(sex="女" if p.sex == "男" else "男", age=(max(22, p.age - 6), p.age + 4))
        if rng.random() < 0.3
        else None
    )
    web_head(d, ag, code)
    d.line(ag)
    d.line("行政处罚决定书")
    no = rng.randint(3, 190)
    d.line(f"{d.county[1][:2]}自然资罚〔{d.year}〕{no}号")
    d.blank()
    party_block(d, p)
    if co:
        party_block(d, co, role="当事人", fields=("sex", "birth", "id"), form="prose")
    who = "你二人" if co else "你"
    yrs = d.year - rng.randint(1, 4)
    area = rng.randint(80, 900) + rng.randint(0, 99) / 100
    gd = round(area * rng.uniform(0.3, 0.9), 2)
    nb1 = d.person()
    nb2 = d.person()
    d.para(
        f"经查，{who}于{yrs}年{rng.randint(1, 12)}月未经批准，擅自占用",
        site(d),
        f"集体土地建设{rng.choice(['住宅', '砖混结构房屋', '彩钢瓦房', '二层楼房'])}，",
        f"占地面积{area:.2f}平方米，其中耕地{gd:.2f}平方米。该地块四至：东至",
        d.nm(nb1),
        "宅基地，西至村道，南至",
        d.nm(nb2),
        "承包地，北至沟渠。上述地块不符合",
        d.county[1],
        "国土空间总体规划。",
    )
    d.para("以上事实有下列证据证明：")
    for i, e in enumerate(
        [
            "当事人身份证明材料",
            "《询问笔录》",
            "现场勘测图及照片",
            "村民委员会出具的情况说明",
            "土地利用现状图",
        ][: rng.randint(3, 5)]
    ):
        d.line(f"{i + 1}.{e}；")
    d.para(
        f"{who}的行为违反了《中华人民共和国土地管理法》第四十四条、第六十二条的规定，属于非法占用土地建住宅的行为。依据《中华人民共和国土地管理法》第七十八条、",
        "《中华人民共和国土地管理法实施条例》第五十七条的规定，本机关决定对",
        who,
        "作出如下行政处罚：",
    )
    fine = round(area * rng.choice([10, 20, 30]), 2)
    d.para(
        f"一、责令退还非法占用的土地{area:.2f}平方米；二、限{rng.choice(['十五', '三十'])}日内自行拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状；",
        f"三、处以罚款人民币{fine:.2f}元。",
    )
    d.para(
        f"罚款自收到本决定书之日起十五日内缴至{d.county[1]}财政局非税收入汇缴结算户（开户行：{rng.choice(['中国农业银行', '农村商业银行', '中国建设银行'])}{d.county[1]}支行，账号：{gov_acct(rng)}）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
    )
    d.para(
        f"如不服本处罚决定，可以在收到本决定书之日起六十日内向{d.county[1]}人民政府申请行政复议，也可以在六个月内向{d.county[1]}人民法院提起行政诉讼。"
    )
    if rng.random() < 0.5:
        d.para(
            f"执法人员：{d.official()}（执法证号：{d.county[0][2:]}{rng.randint(1000, 9999)}）、{d.official()}（执法证号：{d.county[0][2:]}{rng.randint(1000, 9999)}）"
        )
    sign(d, ag)


def penalty_caisha(d):
    rng = d.rng
    ag = d.agency(rng.choice(["水务局", "水利局", "自然资源局"]))
    code = d.agency_code()
    p = d.person(sex="男", age=(25, 62))
    helper = d.person(sex="男", age=(20, 60)) if rng.random() < 0.6 else None
    pl = d.plate()
    river = rng.choice(
        [
            "黄河",
            "清水河",
            "苦水河",
            "鉴江",
            "右江",
            "梅江",
            "贡水",
            "锡林河",
            "任河",
            "大宁河",
            "鲜水河",
            "昭觉河",
        ]
    )
    vol = rng.randint(30, 2600)
    inc = rng.randint(800, 60000)
    fine = rng.choice([20000, 30000, 50000, 80000, 100000, 150000])
    wh = f"{d.county[1][:2]}水罚字〔{d.year}〕{rng.randint(1, 60)}号"
    if not d.pdf and rng.random() < 0.4:
        # 双公示 form pasted one cell per line (label, value, label, value...)
        d.line(f"{ag}行政处罚决定书（{wh}）")
        cells = [
            ("行政相对人名称", [d.nm(p)]),
            ("行政相对人类别", "自然人"),
            ("证件类型", "身份证"),
            ("证件号码", d.masked_id(p) if rng.random() < 0.5 else [S("id_card", p.id)]),
            ("行政处罚决定书文号", wh),
            ("违法行为类型", "未经许可在河道管理范围内采砂"),
            (
                "违法事实",
                [
                    f"当事人于{d.year}年{rng.randint(1, 9)}月在{river}",
                    d.village(),
                    "段河道管理范围内，未经许可使用挖掘机采挖河砂约",
                    str(vol),
                    "立方米，并使用",
                    S("license_plate", pl),
                    "自卸货车外运销售。",
                ],
            ),
            ("处罚依据", "《中华人民共和国水法》第三十九条、第七十二条，《河道管理条例》第四十四条"),
            ("处罚类别", "罚款；没收违法所得"),
            ("处罚内容", f"没收违法所得{inc}元，并处罚款{fine}元"),
            ("罚款金额（万元）", f"{fine / 10000:g}"),
            ("处罚决定日期", d.date().isoformat().replace("-", "/")),
            ("处罚机关", ag),
            ("处罚机关统一社会信用代码", code),
            ("数据来源单位", ag),
        ]
        sep = rng.choice(["\n", "\n|\n"])
        for lab, val in cells:
            d.raw(lab, sep, val, sep)
        d.blank()
        return
    web_head(d, ag, code)
    d.line(ag)
    d.line("行政处罚决定书")
    d.line(wh)
    d.blank()
    party_block(d, p)
    seq = [
        f"{d.year}年{rng.randint(1, 10)}月{rng.randint(1, 28)}日，我局执法人员在{river}",
        d.village(),
        "段巡查时发现，你未取得河道采砂许可证，",
        "擅自在河道管理范围内使用挖掘机采挖河砂",
    ]
    if helper:
        seq += ["，并雇用", d.nm(helper), "驾驶挖掘机作业"]
    seq += [
        "，所采砂石由",
        S("license_plate", pl),
        "号自卸货车（车主为当事人本人）运出销售。经测量，采砂坑面积约",
        str(rng.randint(100, 3000)),
        f"平方米，采砂量约{vol}立方米，违法所得{inc}元。",
    ]
    d.para(seq)
    d.para("上述事实有现场检查笔录、询问笔录、现场照片、测量报告等证据为证。")
    d.para(
        "你的行为违反了《中华人民共和国水法》第三十九条第一款和《河道管理条例》第二十五条的规定。依据《中华人民共和国水法》第七十二条、《",
        d.R["prov"],
        "河道采砂管理办法》相关规定，我局决定：",
    )
    d.para(
        f"1.责令立即停止违法采砂行为，限期平整砂坑；2.没收违法所得人民币{inc}元；3.处罚款人民币{fine}元（大写：{rng.choice(['叁万元整', '伍万元整', '壹拾万元整', '贰万元整', '捌万元整'])}）。"
    )
    d.para(
        f"请在收到本决定书之日起十五日内，持缴款码{rng.randint(10**15, 10**16 - 1)}到指定银行缴纳罚没款。逾期不缴纳的，每日按罚款数额的3%加处罚款。"
    )
    d.para(
        f"如不服本决定，可在收到本决定书之日起六十日内向{d.county[1]}人民政府申请行政复议，或者六个月内直接向人民法院提起行政诉讼。监督电话：12314。"
    )
    sign(d, ag)


def penalty_qushui(d):
    rng = d.rng
    ag = d.agency(rng.choice(["水务局", "水利局"]))
    d.agency_code()  # result unused; the call draws from rng, so it stays to keep the output the same
    p = d.person(age=(30, 70))
    use = rng.choice(["农田灌溉", "养殖场生产用水", "洗砂场生产", "大棚种植", "餐饮经营"])
    wh = f"{d.county[1][:2]}水责改字〔{d.year}〕{rng.randint(1, 40)}号"
    d.line(ag)
    d.line("责令限期改正通知书")
    d.line(wh)
    d.blank()
    d.para(d.nm(p), "：")
    dt = d.date(m0=3, m1=10)
    d.para(
        f"经查，你自{dt.year - 1}年起在",
        site(d),
        f"擅自开凿机井一眼（井深约{rng.randint(40, 260)}米），取用地下水用于{use}，",
        f"年取水量约{rng.randint(2000, 80000)}立方米，至今未依法取得取水许可证。",
        "你的行为违反了《中华人民共和国水法》第七条、第四十八条和《取水许可和水资源费征收管理条例》第二条的规定。",
    )
    d.para(
        f"根据《中华人民共和国水法》第六十九条的规定，现责令你于{d.cdate(dt + datetime.timedelta(days=rng.choice([10, 15, 30])))}前停止违法取水行为，",
        f"并到{d.county[1]}政务服务中心{rng.choice(['水务', '水利'])}窗口（{d.county[1]}{rng.choice(d.R['roads'])}{rng.randint(1, 99)}号）申请补办取水许可手续。逾期不改正的，我局将依法予以查处。",
    )
    if rng.random() < 0.5:
        d.para(
            "联系人：",
            d.official(),
            "，联系电话：",
            d.office_tel(),
            "，邮箱：",
            rng.choice(["slj", "swj", "szyk"]) + d.county[0][2:] + "@" + rng.choice(["163.com", "gov.cn"]),
        )
    sign(d, ag, dt, contact=False)
    d.blank()
    d.line("送 达 回 证")
    d.blank()
    rows = [
        ("送达文书", f"责令限期改正通知书（{wh}）"),
        ("受送达人", [d.nm(p, True)]),
        ("送达地点", [S("address", p.addr)]),
        ("送达方式", rng.choice(["直接送达", "留置送达"])),
        ("受送达人签收", [d.nm(p, True), "　", d.cdate(dt)]),
        ("送达人", f"{d.official()}、{d.official()}"),
        ("见证人（村委会工作人员）", d.official()),
    ]
    if d.pdf or rng.random() < 0.5:
        for lab, val in rows:
            d.line(lab)
            d.line(val)
    else:
        kv(d, rows, per_line=1)


# ================================================================ 2. doorplate
def door_new(d, road=None):
    return d.town + (road or d.rng.choice(d.R["roads"])) + f"{d.rng.randint(1, 300)}号"


def doorplate_gonggao(d):
    rng = d.rng
    ag = d.agency("民政局")
    code = d.agency_code()
    vil = d.village()
    road = rng.choice(d.R["roads"])
    n = rng.randint(5, 14)
    title = f"关于{d.town}{vil}门牌号{rng.choice(['编制', '变更', '编制（变更）'])}情况的公告"
    web_head(d, ag, code)
    d.line(title)
    d.blank()
    d.para(
        f"根据《地名管理条例》《{d.R['prov']}地名管理办法》和{d.county[1]}标准地址管理有关规定，经{d.town}人民政府申报、",
        f"{d.county[1]}民政局审核，对{vil}{rng.choice(['新建住房', '易地搬迁安置点', '原无门牌住户', '道路更名涉及住户'])}{n}户",
        f"统一编制门牌号（{road}，门牌号段1—{rng.randint(60, 300)}号）。现将有关情况公告如下：",
    )
    rows = []
    seen = set()
    for i in range(n):
        p = d.person(age=(25, 80))
        old = (
            d.home_addr(county=d.county, town=d.town, urban=False)
            if rng.random() < 0.6
            else vil + (d.grp() if d.R["grp"] else f"{rng.randint(1, 300)}号")
        )
        k = rng.randint(1, 300)
        while k in seen:
            k = rng.randint(1, 300)
        seen.add(k)
        new = d.town + road + f"{k}号"
        rows.append(
            [
                str(i + 1),
                [d.nm(p, True)],
                [S("address", old)],
                [S("address", new)],
                rng.choice(["新编", "变更", "补编", ""]),
            ]
        )
    table(d, ["序号", "户主姓名", "原住址", "新门牌号", "备注"], rows, title=title)
    d.para(
        f"公告期为{rng.choice(['7', '10', '15'])}日。如对上述门牌编制有异议，请于公告期内向{d.town}社会事务办或{d.county[1]}民政局区划地名股反映，",
        f"联系电话：{d.office_tel()}，电子邮箱：{rng.choice(['mzj', 'qhdm', 'dmb'])}{d.county[0][2:]}@{rng.choice(['163.com', 'gov.cn'])}。",
    )
    sign(d, ag, contact=False)


def doorplate_shenqing(d):
    rng = d.rng
    p = d.person(age=(25, 75))
    addr_now = p.addr if p.county == d.county else d.home_addr()
    if p.county != d.county:
        p.addr = addr_now
    new = door_new(d)
    d.line(f"{d.county[1]}门（楼）牌号{rng.choice(['申请表', '编制申请审批表'])}")
    d.line(f"编号：MP{d.year}{rng.randint(1, 999):04d}　　申请日期：{d.cdate(d.date())}")
    ll = d.landline()
    pairs = [
        ("申请人", [d.nm(p, True)]),
        ("性别", p.sex),
        ("民族", p.nation + "族"),
        ("身份证号码", [S("id_card", p.id)]),
        ("手机号码", [S("mobile", d.mobile(p))]),
    ]
    if rng.random() < 0.5:
        pairs.append(("固定电话", [S("landline", ll)]))
    if rng.random() < 0.25:
        pairs.append(("电子邮箱", [S("email", d.email(p))]))
    pairs += [
        ("房屋坐落", [S("address", p.addr)]),
        (
            "不动产权证号",
            f"{d.R['ab']}（{d.year - rng.randint(0, 5)}）{d.county[1]}不动产权第{rng.randint(1, 99999):07d}号",
        ),
        ("建筑面积", f"{rng.randint(60, 420)}.{rng.randint(0, 99):02d}㎡"),
        ("申请类型", rng.choice(["新编", "变更", "补办（遗失）"])),
    ]
    if d.pdf or rng.random() < 0.4:
        for lab, val in pairs:
            d.line(lab)
            d.line(val)
    else:
        kv(d, pairs)
    d.para(
        "申请理由：",
        rng.choice(
            [
                "新建住宅已竣工，申请编制门牌号码，用于办理户口登记。",
                "原门牌损毁遗失，申请补办。",
                "所在道路已更名，申请变更门牌号码。",
                "房屋翻建后需重新编制门牌，便于快递投递及不动产登记。",
            ]
        ),
    )
    rng.random()  # unused draw, kept so the random sequence (and the output) stays the same
    if rng.random() < 0.4:
        m = d.person(sex="女" if p.sex == "男" else "男", age=(max(22, p.age - 8), p.age + 6))
        d.para(
            "共同居住人：",
            d.nm(m),
            "（",
            rng.choice(["配偶", "母亲", "父亲"]) if m.age > p.age + 15 else "配偶",
            "），身份证号码：",
            S("id_card", m.id),
        )
    d.para(f"村（居）民委员会意见：情况属实，同意申请。（盖章）经办人：{d.official()}　{d.cdate(d.date())}")
    d.para(f"乡镇（街道）意见：经核实，同意上报。（盖章）负责人：{d.official()}")
    d.para(
        "县民政局审核意见：同意编制门牌号为",
        S("address", new),
        f"。审核人：{d.official()}　审批人：{d.official()}",
    )
    d.line(f"（本表一式三份，咨询电话：{d.office_tel()}）")


# ================================================================ 3. wages
TRADES = ["钢筋工", "木工", "砌筑工", "混凝土工", "架子工", "抹灰工", "电焊工", "普工", "水电工", "油漆工"]


def company(d):
    rng = d.rng
    n = rng.choice(["鑫达", "宏远", "恒泰", "华建", "盛鼎", "中联", "瑞丰", "金桥"]) + rng.choice(
        ["建筑工程有限公司", "建设集团有限公司", "劳务有限公司", "市政工程有限公司"]
    )
    return n, credit_code(rng, "91", d.county[0])


def wages_mingce(d):
    rng = d.rng
    cname, ccode = company(d)
    sub, _scode = company(d)
    proj = d.county[1] + rng.choice(
        [
            "第二中学教学楼建设项目",
            "城南安置小区二期工程",
            "人民医院门诊楼项目",
            f"{d.town}污水管网改造工程",
            "乡村振兴示范村道路硬化工程",
        ]
    )
    mon = rng.randint(1, 12)
    title = f"{proj}农民工工资代发名册（{d.year}年{mon}月）"
    d.line(title)
    kv(
        d,
        [
            ("施工总承包单位", cname),
            ("统一社会信用代码", ccode),
            ("劳务分包单位", sub),
            (
                "工资专用账户开户行",
                f"{rng.choice(['中国农业银行', '中国建设银行', '中国邮政储蓄银行'])}{d.county[1]}支行",
            ),
            ("工资专用账户账号", gov_acct(rng)),
            ("所属期", f"{d.year}年{mon}月"),
        ],
        per_line=rng.choice([1, 2]),
    )
    lead = None
    n = rng.randint(6, 13)
    rows = []
    masked = rng.random() < 0.2
    mobcol = rng.random() < 0.4
    for i in range(n):
        rk = d.rk if rng.random() < 0.6 else rng.choice(list(REGIONS))
        w = d.person(rk=rk, sex="男" if rng.random() < 0.85 else "女", age=(19, 60))
        if i == 0:
            lead = w
        days = rng.randint(12, 31)
        rate = rng.choice([180, 200, 220, 250, 280, 300, 350])
        pay = days * rate
        net = pay - rng.choice([0, 0, 0, 200, 500])
        r = [
            str(i + 1),
            [d.nm(w, True)],
            d.masked_id(w) if masked else [S("id_card", w.id)],
            rng.choice(TRADES),
            str(days),
            f"{pay:.2f}",
            f"{net:.2f}",
            w.bank,
            [S("bank_card", d.card(w))],
        ]
        if mobcol:
            r.append([S("mobile", d.mobile(w, fmt=0))] if rng.random() < 0.9 else "")
        r.append("")
        rows.append(r)
    d.line(f"班组：{rng.choice(['钢筋', '木工', '泥瓦', '综合', '水电'])}班组　　班组长：", d.nm(lead))
    hdr = (
        [
            "序号",
            "姓名",
            "身份证号码",
            "工种",
            "出勤天数",
            "应发工资（元）",
            "实发工资（元）",
            "开户银行",
            "工资卡号",
        ]
        + (["联系电话"] if mobcol else [])
        + ["本人签字"]
    )
    table(d, hdr, rows, title=title)
    total = sum(float(r[6]) for r in rows)
    d.line(f"合计：{n}人，实发金额{total:.2f}元")
    d.line(f"制表人：{d.official()}　　劳资专管员：{d.official()}　　项目负责人：{d.official()}")
    d.line(f"本名册已在施工现场公示三日。监督举报电话：12333、{d.office_tel()}")


def wages_tousu(d):
    rng = d.rng
    cname, ccode = company(d)
    ag = d.agency("人力资源和社会保障局")
    p = d.person(sex="男" if rng.random() < 0.8 else "女", age=(22, 60))
    mates = [
        d.person(sex="男" if rng.random() < 0.8 else "女", age=(20, 62)) for _ in range(rng.randint(2, 9))
    ]
    amt = rng.randint(8000, 360000)
    dt = d.date(m0=1, m1=11)
    d.line(f"{ag}劳动保障监察{rng.choice(['大队', '局'])}")
    d.line("欠薪投诉处理情况告知书")
    d.line(f"{d.county[1][:2]}人社监告字〔{d.year}〕{rng.randint(1, 300)}号")
    d.blank()
    d.para(d.nm(p), "：")
    chan = rng.choice(["12345政务服务便民热线", "12333人社服务热线", "国家根治欠薪线索反映平台", "来访"])
    seq = [f"你于{d.cdate(dt)}通过{chan}"]
    if "来访" not in chan:
        seq += [f"（工单编号：{d.year}{dt.month:02d}{dt.day:02d}{rng.randint(10000, 99999)}）"]
    seq += [
        "反映",
        cname,
        f"（统一社会信用代码：{ccode}）在",
        d.county[1],
        rng.choice(["某安置小区", "某道路改造", "某厂房"]),
        f"项目拖欠你及工友工资共计{amt}元一事。",
    ]
    d.para(seq)
    lst = [x for i, m in enumerate(mates) for x in (["、"] if i else []) + [d.nm(m)]]
    d.para(
        "经我大队调查核实：你与",
        lst,
        f"等{len(mates) + 1}人于{dt.year - rng.randint(0, 1)}年{rng.randint(3, 9)}月至{rng.randint(10, 12)}月在该项目从事",
        rng.choice(TRADES),
        "作业，",
        rng.choice([f"尚欠工资{amt}元属实。", f"经双方核对，实欠工资{amt - rng.randint(0, 5000)}元。"]),
    )
    d.para(
        rng.choice(
            [
                f"经我大队督促，该公司已于{d.cdate(dt + datetime.timedelta(days=rng.randint(5, 25)))}通过农民工工资专用账户将上述工资全额支付至你们本人银行卡，你的诉求已解决。",
                f"我大队已向该公司下达《劳动保障监察限期改正指令书》，责令其于{d.cdate(dt + datetime.timedelta(days=15))}前支付。逾期不支付的，将依法作出行政处理并纳入拖欠农民工工资失信联合惩戒对象名单。",
            ]
        )
    )
    if rng.random() < 0.5:
        d.para(
            "你的工资卡（", p.bank, "，卡号", S("bank_card", d.card(p)), "）已于到账日收到转账，请注意查收。"
        )
    d.para(
        f"如对处理结果有异议，可在收到本告知书之日起六十日内向{d.county[1]}人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。"
    )
    if rng.random() < 0.3:
        d.para(
            "投诉人联系电话：",
            S("mobile", d.mobile(p)),
            "，电子邮箱：",
            S("email", d.email(p)),
            "（已核实）。",
        )
    else:
        d.para("投诉人联系电话：", S("mobile", d.mobile(p)), "（已核实）。")
    sign(d, ag)


# ================================================================ 4. court
def court_name(d):
    return (d.R["city"] if d.rng.random() < 0.5 else "") + d.county[1] + "人民法院"


def case_no(d, t="执"):
    return f"（{d.year - d.rng.randint(0, 1)}）{d.R['ab']}{d.county[0][2:]}{t}{d.rng.randint(1, 3800)}号"


DISPUTES = [
    "民间借贷纠纷",
    "买卖合同纠纷",
    "金融借款合同纠纷",
    "机动车交通事故责任纠纷",
    "劳务合同纠纷",
    "租赁合同纠纷",
]


def court_maishou(d):
    rng = d.rng
    ct = court_name(d)
    buyer = d.person(age=(25, 65))
    debtor = d.person(age=(28, 70))
    credit_person = rng.random() < 0.5
    cred = d.person() if credit_person else None
    bank = (
        rng.choice(["中国邮政储蓄银行股份有限公司", "农村商业银行股份有限公司", "中国农业银行股份有限公司"])
        + d.county[1]
        + "支行"
    )
    d.line(ct)
    d.line(rng.choice(["拍卖成交确认裁定书", "网络司法拍卖成交确认书", "买受人确认书"]))
    d.line(case_no(d, "执") + "之" + rng.choice(["一", "二", "三"]))
    d.blank()
    party_block(d, cred, role="申请执行人") if cred else d.para(
        "申请执行人：",
        bank,
        "。住所地：",
        d.county[1],
        rng.choice(d.R["roads"]),
        f"{rng.randint(1, 200)}号。",
    )
    party_block(d, debtor, role="被执行人", fields=("sex", "birth", "nation", "id", "addr"))
    idt = rng.random()
    if idt < 0.6:
        party_block(d, buyer, role="买受人", fields=("sex", "birth", "id", "addr", "mob"))
    else:
        kind, num = (
            (
                ("passport", "护照", "E" + "".join(rng.choice("0123456789") for _ in range(8)))
                if idt < 0.75
                else (
                    "hk_macau_permit",
                    "往来港澳通行证",
                    "C" + "".join(rng.choice("0123456789") for _ in range(8)),
                )
                if idt < 0.88
                else (
                    "tw_permit",
                    "往来台湾通行证",
                    "L" + "".join(rng.choice("0123456789") for _ in range(8)),
                )
            )[0],
            None,
        )
        kn = {
            "passport": ("护照", "E"),
            "hk_macau_permit": ("往来港澳通行证", "C"),
            "tw_permit": ("往来台湾通行证", "L"),
        }[kind]
        num = kn[1] + "".join(rng.choice("0123456789") for _ in range(8))
        d.para(
            "买受人：",
            d.nm(buyer),
            f"，{buyer.sex}，{d.cdate(buyer.birth)}出生，证件类型：{kn[0]}，证件号码：",
            S(kind, num),
            "，联系电话：",
            S("mobile", d.mobile(buyer)),
            "。",
        )
    disp = rng.choice(DISPUTES)
    car = rng.random() < 0.35
    prop = (
        [S("address", debtor.addr if rng.random() < 0.5 else d.home_addr(urban=True))]
        if not car
        else [
            f"{rng.choice(['大众', '长城', '五菱', '丰田', '本田'])}牌小型{rng.choice(['轿车', '普通客车', '越野车'])}一辆（号牌号码：",
            S("license_plate", d.plate()),
            "）",
        ]
    )
    price = rng.randint(20000, 900000)
    d.para(
        "本院在执行申请执行人",
        [d.nm(cred)] if cred else bank,
        "与被执行人",
        d.nm(debtor),
        disp,
        "一案中，依法于",
        d.cdate(d.date()),
        f"10时至次日10时止在{rng.choice(['淘宝网', '京东网', '人民法院诉讼资产网', '公拍网'])}司法拍卖网络平台上公开拍卖被执行人名下",
        "位于" if not car else "",
        prop,
        f"。竞买号{rng.choice('ABCDKLMN')}{rng.randint(1000, 9999)}以最高价人民币{price}元竞得，已全额缴纳拍卖款。",
    )
    d.para(
        "依照《中华人民共和国民事诉讼法》第二百五十八条，《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十二条之规定，裁定/确认如下："
    )
    d.para(
        "一、上述拍卖标的物的所有权自本裁定送达买受人",
        d.nm(buyer),
        "时起转移；二、买受人可持本裁定到登记机构办理相关产权过户登记手续。",
    )
    d.para(f"审判长　{d.official()}")
    d.para(f"审判员　{d.official()}")
    d.line(d.cdate(d.date()))
    d.line(f"书记员　{d.official()}")


def court_xuanshang(d):
    rng = d.rng
    ct = court_name(d)
    n = 1 if rng.random() < 0.65 else rng.randint(2, 4)
    debtors = [d.person(age=(28, 66)) for _ in range(n)]
    cred = d.person()
    d.line(ct)
    d.line("执行悬赏公告")
    d.line(case_no(d))
    d.blank()
    owe = rng.randint(30000, 2000000)
    d.para(
        "本院在执行申请执行人",
        d.nm(cred),
        "与被执行人",
        [x for i, p in enumerate(debtors) for x in (["、"] if i else []) + [d.nm(p)]],
        rng.choice(DISPUTES),
        "一案中，",
        case_no(d, "民初"),
        f"民事判决书已经发生法律效力，被执行人至今未履行生效法律文书确定的义务，尚欠款项本息共计人民币{owe}元。",
        "经申请执行人申请，本院决定发布悬赏公告。凡向本院提供被执行人下落或者可供执行财产线索，经查证属实并执行到位的，",
        f"由申请执行人按实际执行到位金额的{rng.choice(['10%', '15%', '20%'])}给予举报人奖励。",
    )
    if n == 1 or rng.random() < 0.5:
        for p in debtors:
            pairs = [
                ("被执行人", [d.nm(p)]),
                ("性别", p.sex),
                ("出生日期", d.cdate(p.birth)),
                ("身份证号码", [S("id_card", p.id)] if rng.random() < 0.75 else d.masked_id(p)),
                ("户籍地址", [S("address", p.addr)]),
            ]
            if rng.random() < 0.4:
                pairs.append(("经常居住地", [S("address", d.home_addr(urban=True))]))
            if rng.random() < 0.4:
                pairs.append(("名下车辆", [S("license_plate", d.plate())]))
            kv(d, pairs)
    else:
        rows = [
            [str(i + 1), [d.nm(p, True)], p.sex, [S("id_card", p.id)], [S("address", p.addr)]]
            for i, p in enumerate(debtors)
        ]
        table(d, ["序号", "被执行人", "性别", "公民身份号码", "住址"], rows)
    d.para(
        f"悬赏期限：自公告之日起{rng.choice(['三个月', '六个月', '一年'])}。举报人应提供真实姓名及联系方式，本院对举报人信息予以保密。",
        f"举报电话：{d.office_tel()}（执行局）、12368。联系人：执行法官{d.official()}。",
    )
    d.blank()
    d.line("　" * 10 + ct)
    d.line("　" * 10 + d.cdate(d.date()))


def court_xiezhu(d):
    rng = d.rng
    ct = court_name(d)
    bankname = rng.choice([v[0] for v in CARD_PRE.values()])
    n = 1 if rng.random() < 0.6 else rng.randint(2, 3)
    ds = [d.person(age=(25, 68)) for _ in range(n)]
    pre = [k for k, v in CARD_PRE.items() if v[0] == bankname]
    for p in ds:
        p.bank = bankname
        pr = rng.choice(pre)
        p.card = luhn_complete(pr + "".join(rng.choice("0123456789") for _ in range(CARD_PRE[pr][1] - 7)))
    cred = d.person() if rng.random() < 0.6 else None
    d.line(ct)
    d.line("协助执行通知书")
    d.line(case_no(d))
    d.blank()
    d.para(bankname + d.county[1] + rng.choice(["支行", "营业部", "分理处"]) + "：")
    d.para(
        "关于申请执行人",
        [d.nm(cred)] if cred else (company(d)[0]),
        "与被执行人",
        [x for i, p in enumerate(ds) for x in (["、"] if i else []) + [d.nm(p)]],
        rng.choice(DISPUTES),
        "一案，本院作出的",
        case_no(d),
        "执行裁定书已经发生法律效力。依照《中华人民共和国民事诉讼法》第二百五十三条的规定，请协助执行下列事项：",
    )
    amt = rng.randint(5000, 600000)
    if n == 1:
        p = ds[0]
        d.para(
            "冻结被执行人",
            d.nm(p),
            "（公民身份号码：",
            S("id_card", p.id),
            "）在你行开立的账户（账号：",
            S("bank_card", d.card(p)),
            f"）内的存款人民币{amt}元，冻结期限为一年，自{d.cdate(d.date())}起计算。冻结期间不得支付。",
        )
    else:
        d.para(f"冻结下列被执行人在你行开立的账户内存款，合计以人民币{amt}元为限，冻结期限一年：")
        rows = [
            [
                str(i + 1),
                [d.nm(p, True)],
                [S("id_card", p.id)],
                [S("bank_card", d.card(p))],
                f"{rng.randint(1000, amt)}",
            ]
            for i, p in enumerate(ds)
        ]
        table(d, ["序号", "户名", "证件号码", "账号", "冻结金额（元）"], rows)
    if rng.random() < 0.4:
        d.para(
            f"如需扣划，请将款项划至本院执行款专户（户名：{ct}，开户行：{bankname}{d.county[1]}支行，账号：{gov_acct(rng)}），并注明案号。"
        )
    d.para(f"附：执行裁定书一份。承办人：{d.official()}，联系电话：{d.office_tel()}。")
    d.blank()
    d.line("　" * 10 + ct + "（院印）")
    d.line("　" * 10 + d.cdate(d.date()))


# ================================================================ 5. permit
def shop_name(d, kind):
    rng = d.rng
    return (
        d.town
        + rng.choice(
            ["兴旺", "福源", "顺达", "鑫鑫", "老街", "惠民", "佳佳", "吉祥", "平安", "金穗", "阳光", "宏发"]
        )
        + kind
    )


def biz_addr(d):
    rng = d.rng
    f = rng.random()
    if f < 0.5:
        return d.town + rng.choice(d.R["roads"]) + f"{rng.randint(1, 300)}号"
    if f < 0.75:
        return d.town + d.village() + rng.choice(["村委会对面", "集贸市场内", "村口", "街道北侧门面"])
    return (
        d.county[1]
        + rng.choice(["商贸城", "农贸市场", "物流园"])
        + f"{rng.choice('ABCD')}区{rng.randint(1, 60)}号商铺"
    )


def permit_yanhua(d):
    rng = d.rng
    ag = d.agency("应急管理局")
    code = d.agency_code()
    title = f"{d.county[1]}{d.year}年度烟花爆竹零售经营许可{rng.choice(['公示', '信息公开', '结果公告'])}"
    web_head(d, ag, code)
    d.line(title)
    d.blank()
    d.para(
        "根据《烟花爆竹安全管理条例》《烟花爆竹经营许可实施办法》规定，经现场核查，以下零售经营点符合安全条件，准予许可，现予公示。",
        f"许可期限自{d.year}年{rng.choice([1, 12])}月{rng.randint(1, 20)}日起至{d.year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日止。",
    )
    n = rng.randint(5, 13)
    rows = []
    mob = rng.random() < 0.55
    mmask = rng.random() < 0.3
    for i in range(n):
        p = d.person(age=(25, 65))
        r = [
            str(i + 1),
            shop_name(d, rng.choice(["日杂店", "便利店", "烟花爆竹零售点", "商店", "超市"])),
            credit_code(rng, "92", d.county[0]),
            [d.nm(p, True)],
            biz_addr(d),
            f"（{d.R['ab']}）LS〔{d.year}〕{d.county[0][2:]}{rng.randint(1, 300):03d}",
        ]
        if mob:
            r.append(d.masked_mobile() if mmask else [S("mobile", d.mobile(p, fmt=0))])
        rows.append(r)
    table(
        d,
        ["序号", "单位名称", "统一社会信用代码", "主要负责人", "经营场所地址", "许可证编号"]
        + (["联系电话"] if mob else []),
        rows,
        title=title,
    )
    d.para(
        f"公示期5个工作日。对公示内容有异议的，请向{ag}危化股反映，电话：{d.office_tel()}，安全生产举报电话：12350。"
    )
    sign(d, ag, contact=False)


def permit_huishou(d):
    rng = d.rng
    ag = d.agency(rng.choice(["商务局", "商务和投资促进局", "工业和信息化商务局"]))
    code = d.agency_code()
    kinds = ["废旧金属", "废纸", "废塑料", "废旧家电", "废玻璃", "废旧轮胎"]
    if rng.random() < 0.45:
        p = d.person(age=(28, 66))
        d.line(f"{d.R['prov']}再生资源回收经营者备案登记表")
        d.line(f"备案编号：{d.county[0]}ZS{d.year}{rng.randint(1, 999):03d}")
        pairs = [
            ("经营者类型", "个体工商户"),
            ("字号名称", shop_name(d, "废品回收站")),
            ("统一社会信用代码", credit_code(rng, "92", d.county[0])),
            ("经营者姓名", [d.nm(p, True)]),
            ("身份证号码", [S("id_card", p.id)]),
            ("住所", [S("address", p.addr)]),
            ("经营场所", biz_addr(d)),
            ("经营场所面积", f"{rng.randint(80, 2000)}平方米"),
            ("联系电话", [S("mobile", d.mobile(p))]),
        ]
        if rng.random() < 0.3:
            pairs.append(("电子邮箱", [S("email", d.email(p))]))
        if rng.random() < 0.3:
            pairs.append(("运输车辆号牌", [S("license_plate", d.plate())]))
        pairs += [("回收品种", "、".join(rng.sample(kinds, 3))), ("从业人员", f"{rng.randint(1, 6)}人")]
        if d.pdf or rng.random() < 0.4:
            for lab, val in pairs:
                d.line(lab)
                d.line(val)
        else:
            kv(d, pairs)
        d.para(f"备案机关意见：材料齐全，予以备案。经办人：{d.official()}　　备案日期：{d.cdate(d.date())}")
        d.line(
            f"（备案机关：{ag}，地址：{d.county[1]}{rng.choice(d.R['roads'])}{rng.randint(1, 99)}号，咨询电话：{d.office_tel()}）"
        )
        return
    title = f"{d.county[1]}再生资源回收经营者备案情况公示（{d.year}年第{rng.randint(1, 4)}批）"
    web_head(d, ag, code)
    d.line(title)
    d.para("依据《再生资源回收管理办法》第七条规定，现将已办理备案的再生资源回收经营者信息公示如下：")
    n = rng.randint(5, 16)
    rows = []
    idm = rng.random() < 0.35
    for i in range(n):
        p = d.person(age=(25, 66))
        rows.append(
            [
                str(i + 1),
                [d.nm(p, True)],
                d.masked_id(p) if idm else [S("id_card", p.id)],
                [S("address", p.addr)],
                biz_addr(d),
                "、".join(rng.sample(kinds, 2)),
                f"{d.county[0]}ZS{d.year}{i + rng.randint(1, 80):03d}",
                [S("mobile", d.mobile(p, fmt=0))],
            ]
        )
    table(
        d,
        ["序号", "经营者", "身份证号码", "住所", "经营场所", "回收品种", "备案编号", "联系电话"],
        rows,
        title=title,
    )
    d.para(f"监督电话：{d.office_tel()}；12345政务服务便民热线。")
    sign(d, ag, contact=False)


# ================================================================ 6. census
REL = ["配偶", "子", "女", "母亲", "父亲", "孙子", "孙女", "儿媳"]
EDU = ["小学", "初中", "高中", "大学专科", "大学本科", "未上过学"]


def census_rhdj(d):
    rng = d.rng
    kind = rng.choice(
        ["第七次全国人口普查", "全国1%人口抽样调查", "第三次全国农业普查", "人口变动情况抽样调查"]
    )
    head = d.person(age=(35, 70))
    d.line(f"{kind}住户登记表（{rng.choice(['短表', '长表', '住户表'])}）")
    qu = f"{d.county[0]}{rng.randint(100, 120)}{rng.randint(200, 230)}"
    kv(
        d,
        [
            ("普查区代码", qu),
            ("普查小区", f"{rng.randint(1, 30):03d}"),
            ("户编号", f"{rng.randint(1, 300):03d}"),
            ("户别", "家庭户"),
            ("户主姓名", [d.nm(head)]),
            ("本户地址", [S("address", head.addr)]),
            ("联系电话", [S("mobile", d.mobile(head))]),
        ],
        per_line=rng.choice([1, 2]),
    )
    mem = [(head, "户主")]
    sp = d.person(sex="女" if head.sex == "男" else "男", age=(max(20, head.age - 5), head.age + 3))
    mem.append((sp, "配偶"))
    for _ in range(rng.randint(0, 3)):
        c = d.person(age=(1, max(2, head.age - 22)))
        mem.append((c, "子" if c.sex == "男" else "女"))
    if rng.random() < 0.3:
        g = d.person(age=(head.age + 22, min(98, head.age + 35)))
        mem.append((g, "母亲" if g.sex == "女" else "父亲"))
    rows = []
    for i, (p, rel) in enumerate(mem):
        hl = "健康" if p.age < 60 else rng.choice(["健康", "基本健康", "不健康，但生活能自理"])
        note = []
        if p.age >= 60 and rng.random() < 0.35:
            note = [S("health", rng.choice(HEALTH))]
        idc = [S("id_card", p.id)]
        if p.age >= 75 and rng.random() < 0.4:
            idc = [S("id_card_15", p.id15), "（一代证）"]
        rows.append(
            [
                str(i + 1),
                [d.nm(p, True)],
                rel,
                p.sex,
                f"{p.birth.year}年{p.birth.month:02d}月",
                p.nation + "族",
                idc,
                rng.choice(EDU) if p.age > 6 else "—",
                hl,
                note,
            ]
        )
    table(
        d,
        [
            "序号",
            "姓名",
            "与户主关系",
            "性别",
            "出生年月",
            "民族",
            "公民身份号码",
            "受教育程度",
            "身体健康状况",
            "备注",
        ],
        rows,
    )
    d.line(
        f"普查员：{d.official()}　　普查指导员：{d.official()}　　登记日期：{d.cdate(d.date(m0=10, m1=12))}"
    )
    d.line(
        f"本表所填信息受《中华人民共和国统计法》保护，仅用于统计目的。咨询电话：{d.office_tel()}，统计举报电话12340。"
    )


def census_mingdan(d):
    rng = d.rng
    v = rng.random()
    if v < 0.4:
        title = f"{d.town}第五次全国经济普查个体经营户清查名单"
        hdr = ["序号", "经营者姓名", "个体户名称", "经营地址", "行业类别", "联系电话"]

        def mk(i, p):
            return [
                str(i + 1),
                [d.nm(p, True)],
                shop_name(d, rng.choice(["小吃店", "理发店", "五金店", "农资店", "修理部"])),
                biz_addr(d),
                rng.choice(["餐饮业", "居民服务业", "零售业", "机动车修理"]),
                [S("mobile", d.mobile(p, fmt=0))] if rng.random() < 0.8 else d.masked_mobile(),
            ]
    elif v < 0.7:
        title = f"{d.county[1]}农业普查规模经营户名单（{d.town}）"
        hdr = ["序号", "户主", "住址", "经营类型", "规模", "联系电话"]

        def mk(i, p):
            return [
                str(i + 1),
                [d.nm(p, True)],
                [S("address", p.addr)],
                rng.choice(["肉牛养殖", "肉羊养殖", "生猪养殖", "蔬菜种植", "枸杞种植", "脐橙种植"]),
                rng.choice([f"存栏{rng.randint(30, 900)}头（只）", f"{rng.randint(50, 800)}亩"]),
                [S("mobile", d.mobile(p, fmt=0))],
            ]
    else:
        title = f"{d.town}{d.village()}人口普查摸底登记名单"
        hdr = ["序号", "户主姓名", "现住址", "户籍人口", "常住人口", "备注"]

        def mk(i, p):
            return [
                str(i + 1),
                [d.nm(p, True)],
                [S("address", p.addr)],
                str(rng.randint(1, 7)),
                str(rng.randint(1, 6)),
                rng.choice(["", "", "人户分离", "外出务工", "空挂户"]),
            ]

    d.line(title)
    n = rng.randint(6, 15)
    rows = [mk(i, d.person(age=(25, 75))) for i in range(n)]
    table(d, hdr, rows, title=title)
    d.line(f"填报单位：{d.town}人民政府（普查办）　　审核人：{d.official()}　　填表人：{d.official()}")
    d.line(f"报送日期：{d.cdate(d.date())}")


def census_chufa(d):
    rng = d.rng
    ag = d.agency("统计局")
    code = d.agency_code()
    p = d.person(age=(28, 65))
    shop = shop_name(d, rng.choice(["家庭农场", "养殖场", "商贸部", "建材经营部"]))
    web_head(d, ag, code)
    d.line(ag)
    d.line("行政处罚决定书")
    d.line(f"{d.county[1][:2]}统罚决字〔{d.year}〕{rng.randint(1, 30)}号")
    d.blank()
    d.para(
        "被处罚人：",
        shop,
        f"（个体工商户），统一社会信用代码：{credit_code(rng, '92', d.county[0])}，经营场所：",
        biz_addr(d),
        "。",
    )
    party_block(d, p, role="经营者", fields=("sex", "id", "addr", "mob"))
    d.para(
        f"{d.year}年{rng.randint(3, 9)}月，我局在统计执法检查中发现，你单位报送的{d.year - 1}年{rng.choice(['规模以上服务业', '农业生产经营', '批发和零售业', '能源消费'])}统计报表中，",
        f"{rng.choice(['营业收入', '主营业务收入', '期末存栏'])}填报数与财务资料核对不符，虚报{rng.randint(50, 900)}万元，属于提供不真实统计资料的行为。",
    )
    d.para(
        "上述事实有现场检查笔录、询问笔录、统计报表及财务账册复印件等证据证实。你单位的行为违反了《中华人民共和国统计法》第七条的规定。",
        "依据《中华人民共和国统计法》第四十二条第二款，对个体工商户提供不真实统计资料的，由县级以上人民政府统计机构责令改正，给予警告，可以并处一万元以下的罚款。我局决定：",
        f"给予警告，并处罚款人民币{rng.choice([2000, 3000, 5000, 8000, 10000])}元。",
    )
    d.para(
        f"请于收到本决定书之日起十五日内到{d.county[1]}政务服务中心缴纳罚款。如不服本决定，可在收到之日起六十日内申请行政复议或在六个月内提起行政诉讼。"
    )
    sign(d, ag)


# ================================================================ 7. honour
def honour_wenminghu(d):
    rng = d.rng
    kind = rng.choice(["十星级文明户", "星级文明户", "文明家庭", "最美庭院", "五好家庭"])
    ag = d.town + rng.choice(["人民政府", "精神文明建设指导委员会办公室", "党委宣传办"])
    title = f"关于{d.year}年度{d.town}“{kind}”评选结果的公示"
    d.line(title)
    d.blank()
    d.para(
        f"根据《{d.town}{kind}评选活动实施方案》，经农户申报、村（社区）推荐、镇评审小组考评，拟评定以下农户为{d.year}年度“{kind}”，现予以公示。"
    )
    vils = rng.sample(d.R["villages"], rng.randint(2, 5))
    style = rng.random()
    if style < 0.5:
        for v in vils:
            ps = [d.person(age=(30, 80)) for _ in range(rng.randint(3, 6))]
            d.para(
                f"{v}{'嘎查' if d.R.get('gacha') else '村'}（{len(ps)}户）：",
                [x for i, p in enumerate(ps) for x in (["、"] if i else []) + [d.nm(p)]],
            )
    else:
        rows = []
        i = 0
        ph = rng.random() < 0.12
        for v in vils:
            for _ in range(rng.randint(2, 6)):
                p = d.person(age=(30, 80))
                i += 1
                r = [
                    str(i),
                    v + ("嘎查" if d.R.get("gacha") else "村"),
                    [d.nm(p, True)],
                    rng.choice(["十星", "九星", "五星", "示范户"] if "星" in kind else ["—"]),
                ]
                if ph:
                    r.append([S("mobile", d.mobile(p, fmt=0))])
                rows.append(r)
        table(d, ["序号", "所在村", "户主", "星级"] + (["联系电话"] if ph else []), rows, title=title)
    d.para(
        f"公示时间：{d.year}年{rng.randint(1, 12)}月{rng.randint(1, 20)}日至{rng.randint(21, 28)}日。公示期间如有异议，请以书面或电话形式向镇宣传办反映。",
        f"联系人：{d.official()}，电话：{d.office_tel()}。",
    )
    sign(d, ag, contact=False)


def honour_jifen(d):
    rng = d.rng
    urban = rng.random() < 0.5
    unit = (
        (d.town + rng.choice(d.R["estates"]).replace("小区", "") + "社区居民委员会")
        if urban
        else (d.town + d.village() + ("村民委员会" if not d.R.get("gacha") else "委员会"))
    )
    mon = rng.randint(1, 12)
    title = f"{unit.replace('居民委员会', '').replace('村民委员会', '').replace('嘎查委员会', '')}{d.year}年{mon}月垃圾分类积分兑换名单"
    d.line(title)
    if rng.random() < 0.6:
        d.para(
            f"为推进生活垃圾分类，本{'社区' if urban else '村'}实行“垃圾分类积分超市”制度，每月对分类准确的家庭给予积分，积分可兑换生活用品。本月兑换情况如下："
        )
    n = rng.randint(7, 16)
    rows = []
    est = rng.choice(d.R["estates"])
    ph = rng.random() < 0.3
    for i in range(n):
        p = d.person(age=(25, 85))
        if urban:
            ad = (
                d.town
                + est
                + f"{rng.randint(1, 24)}栋{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
                if rng.random() < 0.5
                else est
                + f"{rng.randint(1, 24)}栋{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
            )
        else:
            ad = d.home_addr(town=d.town, urban=False)
        got = rng.randint(20, 300)
        used = rng.randint(0, got)
        r = [
            str(i + 1),
            [d.nm(p, True)],
            [S("address", ad)],
            f"JF{d.county[0][2:]}{rng.randint(1000, 9999)}",
            str(got),
            rng.choice(["洗衣粉1袋", "食用油1桶", "大米5斤", "毛巾2条", "洗洁精2瓶", "—"]),
            str(used),
            str(got - used),
        ]
        if ph:
            r.append(d.masked_mobile())
        rows.append(r)
    table(
        d,
        ["序号", "户主", "住址", "积分卡号", "本月积分", "兑换物品", "消耗积分", "剩余积分"]
        + (["联系电话"] if ph else []),
        rows,
        title=title,
    )
    d.line(
        f"统计人：{d.official()}　　审核：{d.official()}（{rng.choice(['村支书', '社区书记', '村主任', '网格长'])}）"
    )
    d.line(f"{unit}　{d.cdate(d.date(m0=mon, m1=mon))}")


# ================================================================ 8. grid
def grid_ledger_head(d, what):
    unit = (
        d.town + rng_pick(d, d.R["estates"]).replace("小区", "") + "社区"
        if d.rng.random() < 0.5
        else d.town + d.village()
    )
    title = f"{unit}{what}（{d.year}年{'第' + cn_num(d.rng.randint(1, 4)) + '季度' if d.rng.random() < 0.5 else ''}）"
    return unit, title


def rng_pick(d, xs):
    return d.rng.choice(xs)


def health_cell(d, p, pool, p_sick):
    rng = d.rng
    if rng.random() < p_sick:
        hs = rng.sample(pool, rng.randint(1, 2))
        return [x for i, h in enumerate(hs) for x in (["、"] if i else []) + [S("health", h)]]
    return rng.choice(["良好", "基本健康", "健康"])


def grid_duju(d):
    rng = d.rng
    unit, title = grid_ledger_head(d, "独居老人走访台账")
    d.line(title)
    d.line(f"网格：第{rng.randint(1, 12)}网格　　网格员：{d.official()}　　联系电话：{d.office_tel()}")
    n = rng.randint(4, 12)
    if (rng.random() < 0.35 and not d.pdf) or (d.pdf and rng.random() < 0.5):
        # prose entries
        for i in range(n):
            p = d.person(age=(65, 94))
            kid = d.person(age=(35, 60))
            dt = d.date()
            seq = [
                f"{i + 1}. {dt.month}月{dt.day}日，入户走访独居老人",
                d.nm(p),
                f"（{p.sex}，{p.age}岁，住",
                S("address", p.addr),
                "）。",
            ]
            if rng.random() < 0.7:
                seq += [
                    "老人患有",
                    S("health", rng.choice(HEALTH)),
                    "，",
                    rng.choice(
                        ["按时服药，精神状态尚可", "行动不便，需定期上门", "近期血压偏高，已提醒就医"]
                    ),
                    "。",
                ]
            else:
                seq += ["老人身体状况良好，生活能自理。"]
            seq += [
                rng.choice(["其子", "其女", "紧急联系人"]),
                d.nm(kid),
                rng.choice(["在外务工", "住在县城", "在本村居住"]),
                "，联系电话",
                S("mobile", d.mobile(kid)),
                "。",
            ]
            if rng.random() < 0.3:
                seq += ["老人本人电话", S("mobile", d.mobile(p)), "。"]
            if rng.random() < 0.2:
                seq += ["家中座机", S("landline", d.landline()), "。"]
            d.para(seq)
    else:
        rows = []
        for i in range(n):
            p = d.person(age=(65, 94))
            kid = d.person(age=(35, 60))
            idc = [S("id_card_15", p.id15)] if rng.random() < 0.15 else [S("id_card", p.id)]
            rows.append(
                [
                    str(i + 1),
                    [d.nm(p, True)],
                    p.sex,
                    str(p.age),
                    idc,
                    [S("address", p.addr)],
                    [S("mobile", d.mobile(p, fmt=0))]
                    if rng.random() < 0.6
                    else [S("landline", d.landline())],
                    health_cell(d, p, HEALTH, 0.7),
                    [
                        d.nm(kid, True),
                        f"（{rng.choice(['子', '女', '侄', '孙'])}）",
                        S("mobile", d.mobile(kid, fmt=0)),
                    ],
                    f"{d.date().month}月{rng.randint(1, 28)}日",
                    rng.choice(["生活正常", "送米面油", "协助就医", "检查用电安全", "提醒防诈骗"]),
                ]
            )
        table(
            d,
            [
                "序号",
                "姓名",
                "性别",
                "年龄",
                "身份证号",
                "住址",
                "联系电话",
                "健康状况",
                "紧急联系人",
                "走访时间",
                "走访情况",
            ],
            rows,
            title=title,
        )
    d.line(f"填表人：{d.official()}　　{unit}（盖章）")


def grid_zhongdian(d):
    rng = d.rng
    _unit, title = grid_ledger_head(
        d, rng.choice(["严重精神障碍患者管理台账", "重点人员动态管控台账", "重点人群服务管理台账"])
    )
    d.line(title)
    n = rng.randint(3, 10)
    rows = []
    for i in range(n):
        p = d.person(age=(18, 75))
        g = d.person(age=(30, 78))
        cat = rng.choice(
            ["严重精神障碍患者", "严重精神障碍患者", "社区矫正对象", "刑满释放人员", "信访重点人员"]
        )
        diag = [S("health", rng.choice(MENTAL))] if cat == "严重精神障碍患者" else "—"
        risk = f"{rng.randint(0, 3)}级" if cat == "严重精神障碍患者" else rng.choice(["低", "中"])
        rows.append(
            [
                str(i + 1),
                [d.nm(p, True)],
                p.sex,
                [S("id_card", p.id)],
                [S("address", p.addr)],
                cat,
                diag,
                risk,
                [d.nm(g, True), f"（{rng.choice(['父', '母', '配偶', '兄', '姐'])}）"],
                [S("mobile", d.mobile(g, fmt=0))],
                d.official(),
            ]
        )
    table(
        d,
        [
            "序号",
            "姓名",
            "性别",
            "身份证号码",
            "现居住地",
            "人员类别",
            "诊断",
            "风险等级",
            "监护人",
            "监护人电话",
            "包联责任人",
        ],
        rows,
        title=title,
    )
    d.line(f"注：本台账为内部工作资料，按季度更新。{d.town}综治中心　{d.office_tel()}")


def grid_liushou(d):
    rng = d.rng
    _unit, title = grid_ledger_head(d, "农村留守儿童关爱服务台账")
    d.line(title)
    n = rng.randint(4, 14)
    rows = []

    def school():
        return d.town + rng.choice(["中心小学", "中学", "中心幼儿园", d.village() + "小学"])

    for i in range(n):
        c = d.person(age=(3, 15))
        g = d.person(age=(45, 78))
        rows.append(
            [
                str(i + 1),
                [d.nm(c, True)],
                c.sex,
                c.birth.isoformat(),
                [S("id_card", c.id)],
                school(),
                rng.choice(["一年级", "三年级", "五年级", "初二", "大班"]),
                [d.nm(g, True)],
                rng.choice(["祖父", "祖母", "外祖母", "外祖父"]),
                [S("mobile", d.mobile(g, fmt=0))],
                rng.choice(["广东东莞", "浙江宁波", "新疆乌鲁木齐", "福建晋江", "江苏苏州", "本县务工"]),
                [S("address", c.addr)],
                health_cell(d, c, CHILD_HEALTH, 0.15),
                d.official(),
            ]
        )
    table(
        d,
        [
            "序号",
            "儿童姓名",
            "性别",
            "出生日期",
            "身份证号",
            "就读学校",
            "年级",
            "监护人",
            "关系",
            "监护人电话",
            "父母务工地",
            "家庭住址",
            "健康状况",
            "帮扶责任人",
        ],
        rows,
        title=title,
    )
    d.line(f"儿童主任：{d.official()}　　联系电话：{d.office_tel()}　　未成年人保护热线：12355")


# ================================================================ registry
FAMILIES = [
    ("penalty", [("zhandi", penalty_zhandi), ("caisha", penalty_caisha), ("qushui", penalty_qushui)]),
    ("doorplate", [("gonggao", doorplate_gonggao), ("shenqing", doorplate_shenqing)]),
    ("wages", [("mingce", wages_mingce), ("tousu", wages_tousu)]),
    ("court", [("maishou", court_maishou), ("xuanshang", court_xuanshang), ("xiezhu", court_xiezhu)]),
    ("permit", [("yanhua", permit_yanhua), ("huishou", permit_huishou)]),
    ("census", [("rhdj", census_rhdj), ("mingdan", census_mingdan), ("chufa", census_chufa)]),
    ("honour", [("wenminghu", honour_wenminghu), ("jifen", honour_jifen)]),
    ("grid", [("duju", grid_duju), ("zhongdian", grid_zhongdian), ("liushou", grid_liushou)]),
]

# ================================================================ validation
ADDR_END = tuple("号栋元室组社屯")


def date_ok(y, m, dd):
    try:
        datetime.date(y, m, dd)
        return 1900 <= y <= 2025
    except ValueError:
        return False


def id18_ok(s):
    return (
        len(s) == 18
        and s[:17].isdigit()
        and s[:6] in ALL_COUNTY
        and date_ok(int(s[6:10]), int(s[10:12]), int(s[12:14]))
        and id_check(s[:17]) == s[17].upper()
    )


def id15_ok(s):
    return (
        len(s) == 15
        and s.isdigit()
        and s[:6] in ALL_COUNTY
        and date_ok(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    )


def card_ok(s):
    s = s.replace(" ", "")
    return s.isdigit() and 16 <= len(s) <= 19 and luhn_ok(s) and s[:6] in CARD_PRE


class Redraw(Exception):
    pass


def validate(text, spans):
    last = -1
    for sp in sorted(spans, key=lambda x: x["start"]):
        assert text[sp["start"] : sp["end"]] == sp["text"]
        assert sp["start"] >= last, "overlap"
        last = sp["end"]
        k, t = sp["kind"], sp["text"]
        if k != "address":
            assert "\n" not in t, sp
        if k == "id_card":
            assert id18_ok(t), t
        if k == "id_card_15":
            assert id15_ok(t), t
        if k == "bank_card":
            assert card_ok(t), t
        if k == "address":
            assert t.endswith(ADDR_END), t
        if k == "mobile":
            assert re.sub(r"\D", "", t)[-11:][:2] in ("13", "14", "15", "16", "17", "18", "19"), t
    # unlabelled look-alikes
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "■"
    m = "".join(chars)
    for run in re.finditer(r"(?<![0-9A-Za-z])\d[\d ]{9,22}[\dXx]?(?![0-9A-Za-z])", m):
        s = run.group().strip()
        digits = s.replace(" ", "")
        if re.fullmatch(r"1[3-9]\d{9}", digits):
            raise Redraw("mobile-like " + s)
        if (
            16 <= len(digits) <= 19
            and digits.isdigit()
            and luhn_ok(digits)
            and (digits[:2] == "62" or digits[:6] in CARD_PRE)
        ):
            raise Redraw("card-like " + s)
        for L, f in ((18, id18_ok), (15, id15_ok)):
            for i in range(len(digits) - L + 1):
                if f(digits[i : i + L]):
                    raise Redraw("id-like " + s)
    if re.search(r"(?<!\d)1[3-9]\d[- ]\d{4}[- ]\d{4}(?!\d)", m):
        raise Redraw("spaced mobile")
    # names: every occurrence of a labelled name must be labelled
    name_spans = [(s["start"], s["end"]) for s in spans if s["kind"] == "name"]
    for sp in spans:
        if sp["kind"] != "name":
            continue
        compact = sp["text"].replace("　", "").replace(" ", "")
        variants = {compact, sp["text"]}
        if len(compact) == 2:
            variants.add(compact[0] + "　" + compact[1])
        for v in variants:
            for mm in re.finditer(re.escape(v), text):
                if not any(a <= mm.start() and mm.end() <= b for a, b in name_spans):
                    raise Redraw("unlabelled name " + v)


# ================================================================ decisions
DECISIONS = """\
1. Every private natural person's name is labelled wherever it stands (party, neighbour in a 四至, co-worker in a 、 list,
   emergency contact, guardian, child, buyer at auction), whether or not its publication is lawful: the detector finds
   personal information; whether to publish is decided downstream by the disclosure officer.
2. People acting in a public or professional role are NOT labelled: 执法人员, 经办人, 审核人, 审批人, 承办人, 联系人 of an
   agency, judges/执行法官/书记员, 普查员/指导员, 网格员, 儿童主任, 包联责任人, 村支书/村主任/村委会工作人员 signing or
   witnessing, and a company's 项目负责人/劳资专管员/制表人. They are given office phones only.
3. 被执行人 in a 执行悬赏公告 and 买受人/被执行人 in auction papers are private persons: name, ID, address, plate labelled,
   although court rules allow publishing part of it (same rule as 1).
4. Honour lists (文明户/星级户/最美庭院 公示) are public by design and may be published, at village level, with names only.
   The names are still labelled (rule 1). Their village column ("白寺滩村") is not an address (rule 8).
5. 个体工商户 operators, fireworks-shop 主要负责人 and 再生资源 operators are natural persons: name, ID, mobile, 住所 labelled.
   The shop's name, its 92… credit code, its 经营场所 and its 许可证/备案编号 are business data and are NOT labelled, even
   when the 经营场所 is a 号-level address.
6. Landline: only a private household's phone (门牌申请表 固定电话, an old person's home phone) is labelled; every
   agency/court/hotline number is not, although it has the same form.
7. Address = a private household's home location, one span from where it starts (province, county, town or village)
   down to the finest unit 号/栋/单元/室/组/社/屯. The label before it (住址：) is outside. In 门牌 tables both the 原住址 and
   the 新门牌号 of a household are separate address spans. An auctioned flat of a 被执行人 is labelled.
8. A place given only to village/gacha level ("白寺滩村", "那敏村") is not labelled (it does not locate a household).
9. The site of a violation (占地、采砂、取水 地点, "…村三组东侧耕地") is the place of the offence, not a residence, and is
   NOT labelled even though it contains 组; agency, court, bank, school, company and shop addresses are not labelled.
10. Health: a named diagnosis or disability grade about a specific person ("高血压", "肢体残疾二级", "精神分裂症").
   Each diagnosis in a 、 list is its own span. Generic census categories ("健康", "基本健康", "不健康，但生活能自理")
   and "良好" are not labelled. Person categories (社区矫正对象, 刑满释放人员, 信访重点人员) are not health.
11. Masked values (138****5678, 6403********1234, 64*************123) are already de-identified: not labelled.
12. A mobile span includes its +86 / 86- prefix and inner spaces or dashes; a card span includes its group spaces.
13. ID span = the 18 (or 15) characters only; "（一代证）" after an old ID is outside.
14. Names spaced out in PDF tables ("吴　英") are one span including the U+3000.
15. Minors (留守儿童, children in a 住户登记表) get the same labels as adults; that they are minors is not a separate kind.
16. License plates are labelled when the vehicle belongs to a private person (采砂 truck of the party, 被执行人 car,
   回收 operator's truck). No agency vehicles appear.
17. Emails of private persons (including QQ mailboxes) are labelled; agency mailboxes (…@gov.cn, 局 163 mailboxes
   named after the office, e.g. slj0302@163.com) are not.
18. Credit codes, 索引号, 文号, case numbers, 竞买号, 工单编号, 缴款码, 积分卡号, 统计用区划代码, 不动产权证号, 执法证号 and
   agency/工资专户 accounts are not personal data and are never labelled; generation redraws a document if any unlabelled
   digit run could pass as a mobile (11 digits 1[3-9]), a card (16–19, Luhn, 62/issuer prefix) or an ID (GB 11643 with a
   listed county code and real date, or a 15-digit old ID).
19. Surnames inside place names (张庄村, 王屯村, 马家湖村) and shop names (…兴旺日杂店) are not names.
20. 班组长 in a wage roster is a worker (private), labelled; the 劳资专管员 is company staff in role (rule 2).
"""


# ================================================================ main
def make_doc(i, seed):
    fam, subs = FAMILIES[i % len(FAMILIES)]
    for attempt in range(80):
        rng = random.Random(f"{seed}:{i}:{attempt}")
        sub, fn = rng.choice(subs)
        pdf = rng.random() < 0.25
        rk = rng.choice(list(REGIONS))
        d = Doc(rng, rk, pdf)
        fn(d)
        text, spans = d.render()
        text = text.rstrip("\n") + "\n"
        try:
            validate(text, spans)
        except Redraw:
            continue
        return {"type": f"{fam}.{sub}" + (".pdf" if pdf else ""), "text": text, "spans": spans}
    raise RuntimeError(f"could not draw document {i}")


def main():
    ap = argparse.ArgumentParser(description="holdout31 blind personal-information evaluation set")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=137)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        print(DECISIONS)
        return
    if not a.out:
        ap.error("-o is required")
    counts: dict[str, int] = {}
    types: dict[str, int] = {}
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.docs):
            doc = make_doc(i, a.seed)
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
            types[doc["type"]] = types.get(doc["type"], 0) + 1
            for s in doc["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    if a.stats:
        for k in sorted(counts, key=lambda k: -counts[k]):
            print(f"{k}\t{counts[k]}", file=sys.stderr)
        print(
            f"total\t{sum(counts.values())}\tdocs\t{a.docs}\tpdf\t{sum(v for t, v in types.items() if t.endswith('.pdf'))}",
            file=sys.stderr,
        )
        for t in sorted(types):
            print(f"  {t}\t{types[t]}", file=sys.stderr)


if __name__ == "__main__":
    main()
