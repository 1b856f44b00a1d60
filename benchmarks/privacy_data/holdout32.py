#!/usr/bin/env python3
# ruff: noqa: E501
"""holdout32 -- blind, labelled evaluation set for a personal-information detector
working on Chinese county / township 政务公开 documents (project "gongkai").

WHAT IT IS
  A deterministic generator of synthetic but realistic published documents, each with
  character-offset labels for every personal datum of a PRIVATE natural person.  It was
  written without reading the detector, its tests or the other generators, so the
  detector's score on it is a first-contact measure.  Standard library only, Python 3.12+.

RUN
  python holdout32.py --docs 400 --seed 139 -o out.jsonl           # write the set
  python holdout32.py --docs 400 --seed 139 -o out.jsonl --stats   # + span counts on stderr
  python holdout32.py --decisions                                  # numbered labelling decisions
  Same --docs/--seed -> byte-identical output.  Each document is drawn from its own
  random.Random(f"{seed}:{index}:{attempt}"); a draw that fails a self-check is redrawn.

OUTPUT (JSON Lines)
  {"type": "family.subkind" or "family.subkind.pdf", "text": ...,
   "spans": [{"kind", "start", "end", "text"}]}   offsets are Python str indices.
  Kinds: id_card, id_card_15, mobile, landline, bank_card, email, passport,
  hk_macau_permit, tw_permit, license_plate, address, name, health.

REGIONS (county codes used in IDs; area code; plate prefix; naming style)
  nx  宁夏 吴忠市   640302 利通区 640381 青铜峡市 640324 同心县 | 0953 | 宁C | Hui (马 海 纳 丁 拜 锁 虎 ...), X村N组
  xj  新疆 阿克苏   652901 阿克苏市 652922 温宿县 652924 沙雅县 652926 拜城县 | 0997 | 新N |
                   Uyghur "given·father" (古丽娜尔·吐尔逊) + Han residents, X村N组 / 小区 X号楼X单元X室
  xz  西藏 拉萨     540102 城关区 540121 林周县 540122 当雄县 540124 曲水县 | 0891 | 藏A |
                   Tibetan, no surname (次仁卓玛, 达瓦), X村N组
  ls  四川 凉山州   513401 西昌市 513431 昭觉县 513429 布拖县 513432 喜德县 | 0834 | 川W |
                   Yi four-character clan+given (吉克曲布, 海来阿木), X村N组
  bs  广西 百色     451002 右江区 451022 田东县 451024 德保县 451026 那坡县 | 0776 | 桂L |
                   Zhuang surnames (韦 农 覃 岑 蒙 黄 ...), X村 那X屯 (屯 level)
  xl  内蒙古 锡林郭勒 152502 锡林浩特市 152522 阿巴嘎旗 152525 东乌珠穆沁旗 152526 西乌珠穆沁旗 |
                   0479 | 蒙H | Mongolian single names (额尔敦巴雅尔, 其其格) + 包/白 surnames, 嘎查N组
  jn  山东 济宁     370881 曲阜市 370883 邹城市 370826 微山县 370828 金乡县 | 0537 | 鲁H |
                   Han incl. compound surnames (欧阳 司马 公孙 ...), 张家庄村128号 style
  cq  重庆          500101 万州区 500235 云阳县 500236 奉节县 500229 城口县 | 023 (8-digit) | 渝F |
                   Han, X村N社 (社 level)
  xc  安徽 宣城     341802 宣州区 341821 郎溪县 341823 泾县 341825 旌德县 | 0563 | 皖P | Han, X村X组
  ID birth dates are real dates 1939-2006; 15-digit IDs only for births 1930-1975.

FAMILIES AND SUB-KINDS (equal shares, family = index mod 8)
  1 letter   领导信箱: .select 来信选登 (label-value form), .reply 回复函 (prose letter),
             .list 来信办理情况汇总表 (table)
  2 opinion  民意征集: .feedback 采纳情况反馈 (numbered list), .table 意见采纳情况表,
             .summary 征求意见情况说明 (prose with 、-separated 提出人 list)
  3 message  网民留言: .reply 留言及回复 (nickname or real name), .hotline 12345 工单办理回复,
             .list 留言办理情况公示 (table)
  4 consult  政策咨询: .qa 问答 (问/答), .table 咨询登记答复汇总, .reply 咨询答复函
  5 npc      代表建议/委员提案: .npc_reply 对X代表建议的答复, .cppcc_reply 对政协提案的答复,
             .table 办理情况汇总表
  6 hearing  听证: .result 参加人遴选结果公告 (table), .lottery 消费者参加人随机抽取结果
             (numbered list), .audit 旁听人员及参加人名单 (、-list + prose)
  7 foi      依申请公开 (third party's data): .reply 答复书, .consult 第三方意见征询函,
             .attach 答复书附件 (名册 table with ID and card numbers)
  8 mediate  调解: .people 人民调解协议书, .consumer 消费纠纷调解书 (party vs shop/company),
             .admin 行政调解书 (two villagers)

LAYOUTS
  label-value forms (one or two fields per line, full-width colon), prose letters/notices,
  tab tables, space-aligned tables, markdown pipe tables, HTML <table>, CSV with quotes,
  one-cell-per-line (Word table pasted as text), numbered lists, 、-separated name lists.
  ~25% are ".pdf" (PDF/Word extraction): prose hard-wrapped at 28-40 chars (only an address
  span may contain the inserted line break; other spans are moved whole to the next line),
  two-character names in tables spaced with U+3000 ("吴　英", span covers the space),
  page numbers ("- 2 -") and running titles repeated between table rows.

NEAR-MISSES (never labelled)
  GB 32100-valid 统一社会信用代码 of agencies and companies; 文号 (利政办发〔2023〕12号);
  索引号 (credit-code/2023-00123); 信件编号, 工单号, 案号, 订单号 (some 16-19 digit and Luhn-valid
  but without a bank prefix); amounts; dates and birth dates; postcodes; office landlines and
  hotlines (12345, 12315, 0953-2012345); gov.cn mailboxes and company service mailboxes;
  masked values (138****5678, 6403**********123X, 马*梅, 王某, 王某某); surname+先生/女士;
  nicknames; officials and staff in their public role (回复单位 staff, 经办人, 审核人, 调解员,
  村支书/村主任 signing, 人大代表, 政协委员, 专家, 经营者代表, 律师); addresses of agencies,
  shops, companies and public works sites; place names holding surnames (张家庄, 王屯, 马家湖);
  group health wording (慢性病患者, 残疾人两项补贴).

SELF-CHECKS (per document, redraw on failure; asserts for hard invariants)
  text[start:end] == span text; spans sorted and non-overlapping; every id_card passes
  GB 11643 with a real birth date and a county code listed above; id_card_15 has a real date
  and listed code; bank_card passes Luhn with a listed issuer prefix; no unlabelled substring
  looks like a mobile, an 18-digit checksum-valid ID, a 15-digit ID, or a Luhn-valid 62xxxx card;
  a labelled name never also occurs unlabelled in the same document.
"""

import argparse
import datetime as _dt
import json
import random
import re
import sys
from collections import Counter

# a text piece: plain text, or a (kind, text) labelled span
Piece = str | tuple[str, str]

DECISIONS = [
    "Only PRIVATE natural persons are labelled.  Officials and staff named in their public role "
    "(回复单位 staff, 经办人, 审核人, 承办人, 联系人 of an office, 调解员, 记录人, 信访局 staff, "
    "村支书/村主任/村委会 members signing for the village, 网格员) are not labelled.",
    "人大代表 and 政协委员 named as the author of a 建议/提案 are acting in a public role and are not "
    "labelled; the ordinary citizens they mention in it are labelled.",
    "听证会: 消费者代表 and 旁听人员 are private persons and ARE labelled, although the 听证办法 "
    "requires publishing the participant list -- lawful publication does not make the name less "
    "personal, and a checker must still surface it for review.  人大代表, 政协委员, 专家学者, "
    "经营者代表 (speaking for a company), 政府部门 and 社会组织 representatives are not labelled.",
    "Already de-identified forms are not labelled: 王某, 王某某, 马*梅, 张*, 138****5678, "
    "6403**********123X, and surname + 先生/女士/同志 without the given name.",
    "网民 nicknames and user IDs (网民“清风徐来”, 用户8823) are not names and are not labelled; a "
    "real name given by the 网民 is labelled.",
    "An address is labelled only when it reaches 组/社/屯/号/栋/单元/室 level and is where a private "
    "person lives (or owns a house/plot).  A bare 乡镇, 村, 社区 or 小区 name is not labelled.  The span "
    "runs from the first place token actually written (city, county, town or village) to the last unit, "
    "as ONE span; in .pdf documents it may contain the hard-wrap line break.",
    "Addresses of agencies, shops, companies and of public works sites (a road or canal in a village "
    "group, with no person said to live there) are not labelled.",
    "landline is labelled only for a private person's own/home number; office numbers, hotlines and "
    "a company's or shop's fixed line are not.  A mobile number is always personal and is labelled, "
    "even when it is given as a 个体工商户's contact.",
    "A company party's 法定代表人/负责人 and its 委托代理人 employee act for the company and are not "
    "labelled; a 个体工商户 operator who is himself the party is a natural person and is labelled; a "
    "practising lawyer acting as agent is not labelled; a relative acting as agent is labelled.",
    "health is labelled for a diagnosis or disability phrase about an identifiable person; the span is "
    'the diagnosis/disability term ("尿毒症", "肢体二级残疾"), not the verb (患有/确诊为).  Group '
    "wording (慢性病患者, 残疾人两项补贴), 低保/特困 status and '身体不好' are not labelled.",
    "Birth dates, ages, gender, ethnicity, occupation and employer are not labelled (no kind exists); "
    "they are personal only in combination and the name/ID carrying them is labelled.",
    "Case, order, ticket, letter and 工单 numbers are never labelled, even when 16-19 digits and "
    "Luhn-valid; only numbers with a real card issuer prefix in a card/account context are bank_card.",
    "Private mailboxes (qq.com, 163.com, 126.com, sina.com, foxmail.com) are labelled; gov.cn and "
    "company service mailboxes are not.",
    "Mobile spans include a +86 / 86- prefix and the internal spaces or dashes; a landline span includes "
    "its area code and brackets.",
    "Children (under 14) named in a letter are labelled like any private person.",
    'Names split by a full-width space in PDF tables ("吴　英") are labelled with the space inside the span.',
    "tw_permit covers both 大陆居民往来台湾通行证 (L + 8 digits) and 台湾居民来往大陆通行证 (8 digits); "
    "hk_macau_permit is the 往来港澳通行证 (C + 8 characters); passport is E + 8 characters.",
    "The 依申请公开 applicant is a private person and is labelled when named, as is the third party "
    "whose information was requested.",
    "A witness (见证人) or 村民代表 who attends a mediation as an ordinary villager is labelled; a 村委会 "
    "member attending ex officio is not.",
    "Village and 组 names that contain surnames (张家庄, 王屯, 马家湖) are part of place names, not names.",
]

# ----------------------------------------------------------------------------- checksums
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, IDW, strict=False)) % 11]


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = "".join(rng.choice("0123456789" if rng.random() < 0.7 else chars) for _ in range(8))
        s = sum(
            (int(c) if c.isdigit() else ord(c) - 55) * w
            for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2], strict=False)
        )
        ck = 11 - s % 11
        c9 = "X" if ck == 10 else ("0" if ck == 11 else str(ck))
        return body + c9


def credit_code(rng, prefix, county):
    while True:
        body = prefix + county + org_code(rng)
        if all(c in CC_CHARS for c in body):
            break
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body, CC_W, strict=False))
    return body + CC_CHARS[(31 - s % 31) % 31]


# ----------------------------------------------------------------------------- regions
HAN_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "公孙", "东方", "皇甫", "令狐", "夏侯", "慕容", "尉迟", "端木"]
GIVEN_M = list("伟强军磊勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊峰建国文成海龙林志兵东亮")
GIVEN_F = list("芳娟敏静丽艳娜秀英玲霞燕红梅琴云莲兰凤萍洁婷雪慧瑶桂珍花")
GIVEN2_M = [
    "建国",
    "志强",
    "国庆",
    "文学",
    "海军",
    "永福",
    "学军",
    "占仓",
    "有福",
    "少林",
    "福军",
    "国忠",
    "振华",
    "德明",
    "新民",
    "立新",
    "宏伟",
    "春生",
    "树林",
    "长青",
    "子豪",
    "浩然",
    "家豪",
    "俊杰",
    "晨阳",
]
GIVEN2_F = [
    "玉梅",
    "秀兰",
    "海燕",
    "桂英",
    "春花",
    "丽萍",
    "秀英",
    "晓燕",
    "雪梅",
    "淑芬",
    "翠兰",
    "红霞",
    "美玲",
    "欣怡",
    "梓涵",
    "雨萱",
    "慧敏",
    "晓丽",
    "凤英",
    "金花",
]
HUI_SUR = ["马"] * 6 + ["海", "纳", "丁", "拜", "锁", "虎", "白", "杨", "金", "冶", "者", "哈", "马"]
ZH_SUR = ["韦"] * 3 + [
    "农",
    "覃",
    "岑",
    "蒙",
    "黄",
    "陆",
    "卢",
    "梁",
    "潘",
    "零",
    "凌",
    "闭",
    "黎",
    "廖",
    "农",
    "韦",
]
UY_GIVEN_M = [
    "阿不都热合曼",
    "买买提",
    "艾力",
    "吐尔逊",
    "努尔买买提",
    "依明",
    "麦麦提",
    "阿卜杜拉",
    "肉孜",
    "卡地尔",
    "吾斯曼",
    "阿力木",
    "热合曼",
    "玉苏甫",
    "买尔旦",
    "图尔荪",
    "艾买尔",
    "赛买提",
    "阿迪力",
    "库尔班",
]
UY_GIVEN_F = [
    "古丽娜尔",
    "热依拉",
    "阿依古丽",
    "帕提古丽",
    "迪力拜尔",
    "如克亚",
    "布沙热木",
    "米日古丽",
    "阿依努尔",
    "祖丽胡玛尔",
    "海丽且木",
    "努尔尼沙",
    "再努尔",
    "阿孜古丽",
]
UY_FATHER = [
    "吐尔逊",
    "买买提",
    "艾合买提",
    "依明",
    "热合曼",
    "玉苏甫",
    "吾守尔",
    "阿不力孜",
    "克热木",
    "司马义",
    "托合提",
    "铁木尔",
    "尼亚孜",
    "卡斯木",
    "吐尔洪",
    "阿布都",
]
TB = [
    "次仁",
    "扎西",
    "格桑",
    "达瓦",
    "尼玛",
    "平措",
    "旺堆",
    "卓玛",
    "央金",
    "曲珍",
    "拉姆",
    "德吉",
    "普布",
    "边巴",
    "索朗",
    "白玛",
    "洛桑",
    "顿珠",
    "多吉",
    "措姆",
    "巴桑",
    "拉巴",
    "益西",
    "贡嘎",
    "仁增",
    "旦增",
    "琼达",
    "米玛",
]
YI_CLAN = [
    "吉克",
    "阿苦",
    "沙马",
    "吉木",
    "俄底",
    "马海",
    "海来",
    "阿西",
    "吉伍",
    "勒格",
    "阿尔",
    "曲比",
    "日火",
    "克其",
    "瓦其",
    "阿约",
    "俄木",
    "比曲",
]
YI_GIVEN = [
    "阿依",
    "日者",
    "拉毅",
    "布初",
    "伍各",
    "木呷",
    "阿木",
    "拉呷",
    "曲布",
    "石者",
    "尔古",
    "阿支",
    "莫色",
    "阿牛",
    "伍呷",
    "么且",
    "友作",
    "拉哈",
    "阿呷",
    "尔布",
]
MG = [
    "巴特尔",
    "其其格",
    "乌兰图雅",
    "额尔敦巴雅尔",
    "斯琴高娃",
    "苏和",
    "那顺",
    "阿拉坦仓",
    "宝音",
    "敖登",
    "萨仁",
    "图门",
    "朝鲁",
    "哈斯",
    "满都拉",
    "乌力吉",
    "孟克",
    "格日勒",
    "娜仁花",
    "呼和",
    "布和",
    "吉日木图",
    "查干",
    "乌云",
    "特木尔",
    "巴雅尔",
    "阿拉腾",
    "毕力格",
    "额日和木",
    "苏日娜",
]
MG_SUR = ["包", "白", "宝", "韩", "鲍"]


def c(code, name, towns, py):
    return {"code": code, "name": name, "towns": towns, "py": py}


REGIONS = {
    "nx": {
        "prov": "宁夏回族自治区",
        "city": "吴忠市",
        "area": "0953",
        "plate": "宁C",
        "post": "751100",
        "names": "hui",
        "counties": [
            c("640302", "利通区", ["金积镇", "金银滩镇", "高闸镇", "上桥镇", "古城镇", "东塔寺乡"], "litong"),
            c("640381", "青铜峡市", ["小坝镇", "大坝镇", "叶盛镇", "瞿靖镇", "峡口镇"], "qingtongxia"),
            c("640324", "同心县", ["豫海镇", "河西镇", "丁塘镇", "韦州镇", "下马关镇"], "tongxin"),
        ],
        "villages": [
            "田桥",
            "马家湖",
            "涝河桥",
            "塘坊梁",
            "团结",
            "新华",
            "丁家湾",
            "杨家湖",
            "陈袁滩",
            "秦渠",
            "巴浪湖",
            "早元",
        ],
        "streets": ["朝阳东街", "利宁街", "开元大道", "裕民西街", "世纪大道"],
        "xiaoqu": ["朝阳花园", "金水湾小区", "富康家园", "东城名苑", "滨河新村"],
        "rural": "组",
    },
    "xj": {
        "prov": "新疆维吾尔自治区",
        "city": "阿克苏地区",
        "area": "0997",
        "plate": "新N",
        "post": "843000",
        "names": "uy",
        "counties": [
            c("652901", "阿克苏市", ["英巴扎街道", "南城街道", "依干其乡", "拜什吐格曼乡"], "aks"),
            c("652922", "温宿县", ["温宿镇", "吐木秀克镇", "佳木镇", "托乎拉乡"], "wensu"),
            c("652924", "沙雅县", ["沙雅镇", "托依堡勒迪镇", "红旗镇", "英买力镇"], "xayar"),
            c("652926", "拜城县", ["拜城镇", "铁热克镇", "察尔齐镇", "赛里木镇"], "baicheng"),
        ],
        "villages": [
            "阿热勒",
            "阔什艾日克",
            "英阿瓦提",
            "喀拉玉尔滚",
            "托万克",
            "博孜墩",
            "塔格拉克",
            "琼巴格",
        ],
        "streets": ["解放中路", "英阿瓦提路", "天山路", "新华东路"],
        "xiaoqu": ["阳光花园", "多浪佳苑", "天山明珠小区", "红桥新村"],
        "rural": "组",
    },
    "xz": {
        "prov": "西藏自治区",
        "city": "拉萨市",
        "area": "0891",
        "plate": "藏A",
        "post": "850000",
        "names": "tb",
        "counties": [
            c("540102", "城关区", ["夺底乡", "娘热乡", "蔡公堂乡", "吉日街道"], "chengguan"),
            c("540121", "林周县", ["甘丹曲果镇", "春堆乡", "松盘乡", "卡孜乡"], "linzhou"),
            c("540122", "当雄县", ["当曲卡镇", "羊八井镇", "公塘乡", "乌玛塘乡"], "damxung"),
            c("540124", "曲水县", ["曲水镇", "达嘎镇", "聂当乡", "茶巴拉乡"], "qushui"),
        ],
        "villages": ["洛欧", "加木", "帕玛日", "色玛", "达东", "雪新", "江", "才纳", "白定"],
        "streets": ["北京中路", "江苏路", "林廓北路", "金珠西路"],
        "xiaoqu": ["仙足岛小区", "纳金安居小区", "扎基小区", "藏大新村"],
        "rural": "组",
    },
    "ls": {
        "prov": "四川省",
        "city": "凉山彝族自治州",
        "area": "0834",
        "plate": "川W",
        "post": "615000",
        "names": "yi",
        "counties": [
            c("513401", "西昌市", ["安宁镇", "川兴镇", "礼州镇", "樟木箐镇"], "xichang"),
            c("513431", "昭觉县", ["新城镇", "四开乡", "竹核乡", "谷曲乡", "解放乡"], "zhaojue"),
            c("513429", "布拖县", ["特木里镇", "拖觉镇", "补尔乡", "地洛乡"], "butuo"),
            c("513432", "喜德县", ["光明镇", "冕山镇", "两河口镇", "尼波镇"], "xide"),
        ],
        "villages": ["好谷", "洒拉地坡", "吉勒", "拉一木", "阿并洛古", "三河", "瓦吉木", "火普", "补约"],
        "streets": ["胜利路", "航天大道", "三岔口东路", "长安路"],
        "xiaoqu": ["彝海安置小区", "南坪新村", "阳光家园", "安宁花园"],
        "rural": "组",
    },
    "bs": {
        "prov": "广西壮族自治区",
        "city": "百色市",
        "area": "0776",
        "plate": "桂L",
        "post": "533000",
        "names": "zh",
        "counties": [
            c("451002", "右江区", ["龙景街道", "百城街道", "四塘镇", "龙川镇", "阳圩镇"], "youjiang"),
            c("451022", "田东县", ["平马镇", "祥周镇", "林逢镇", "思林镇"], "tiandong"),
            c("451024", "德保县", ["城关镇", "足荣镇", "隆桑镇", "那甲镇"], "debao"),
            c("451026", "那坡县", ["城厢镇", "平孟镇", "百省乡", "德隆乡"], "napo"),
        ],
        "villages": ["东笋", "那毕", "百兰", "弄怀", "平圩", "那坡", "坡荷", "六合", "那洪", "巴某"],
        "tun": ["那洪", "板桥", "弄立", "坡豪", "那马", "百合", "巴平", "弄拉", "那伏", "念井", "王"],
        "streets": ["中山二路", "城东大道", "向阳路", "龙景二路"],
        "xiaoqu": ["东盟花园", "百色花城", "右江明珠", "澄碧湖小区"],
        "rural": "屯",
    },
    "xl": {
        "prov": "内蒙古自治区",
        "city": "锡林郭勒盟",
        "area": "0479",
        "plate": "蒙H",
        "post": "026000",
        "names": "mg",
        "counties": [
            c("152502", "锡林浩特市", ["希日塔拉街道", "楚古兰街道", "宝力根苏木", "朝克乌拉苏木"], "xlht"),
            c("152522", "阿巴嘎旗", ["别力古台镇", "洪格尔高勒镇", "那仁宝拉格苏木"], "abag"),
            c("152525", "东乌珠穆沁旗", ["乌里雅斯太镇", "道特淖尔镇", "嘎达布其镇"], "dongwu"),
            c("152526", "西乌珠穆沁旗", ["巴拉嘎尔高勒镇", "巴彦花镇", "吉仁高勒镇"], "xiwu"),
        ],
        "villages": [
            "巴彦宝拉格嘎查",
            "额尔敦高毕嘎查",
            "伊和乌拉嘎查",
            "白音锡勒嘎查",
            "巴彦图嘎嘎查",
            "宝日胡舒嘎查",
        ],
        "streets": ["锡林大街", "额尔敦路", "团结大街", "那达慕大街"],
        "xiaoqu": ["额尔敦小区", "锡林花园", "民族家园", "贝子庙新村"],
        "rural": "组",
    },
    "jn": {
        "prov": "山东省",
        "city": "济宁市",
        "area": "0537",
        "plate": "鲁H",
        "post": "273100",
        "names": "han",
        "counties": [
            c("370881", "曲阜市", ["鲁城街道", "时庄街道", "吴村镇", "姚村镇", "陵城镇"], "qufu"),
            c("370883", "邹城市", ["钢山街道", "峄山镇", "香城镇", "城前镇"], "zoucheng"),
            c("370826", "微山县", ["夏镇街道", "韩庄镇", "两城镇", "马坡镇"], "weishan"),
            c("370828", "金乡县", ["金乡街道", "鸡黍镇", "羊山镇", "胡集镇"], "jinxiang"),
        ],
        "villages": ["张家庄", "王屯", "李家湾", "赵庄", "孔家村", "前刘", "后营", "西颜", "大柳"],
        "streets": ["静轩东路", "大成路", "春秋路", "鼓楼北街", "太平路"],
        "xiaoqu": ["书院小区", "杏坛花园", "孟子湖小区", "东方新城"],
        "rural": "号",
    },
    "cq": {
        "prov": "重庆市",
        "city": "",
        "area": "023",
        "plate": "渝F",
        "post": "404500",
        "names": "han",
        "counties": [
            c("500101", "万州区", ["高笋塘街道", "百安坝街道", "分水镇", "龙驹镇"], "wz"),
            c("500235", "云阳县", ["双江街道", "青龙街道", "南溪镇", "江口镇", "龙角镇"], "yunyang"),
            c("500236", "奉节县", ["永安街道", "鱼复街道", "草堂镇", "白帝镇"], "fengjie"),
            c("500229", "城口县", ["葛城街道", "复兴街道", "高观镇", "明通镇"], "chengkou"),
        ],
        "villages": ["桂林", "黄龙", "石碾", "青杠", "凤鸣", "三坪", "高阳", "永兴", "马家"],
        "streets": ["滨江路", "云江大道", "北滨大道", "人民路"],
        "xiaoqu": ["滨江花园", "云阳府", "三峡移民新村", "江山国际"],
        "rural": "社",
    },
    "xc": {
        "prov": "安徽省",
        "city": "宣城市",
        "area": "0563",
        "plate": "皖P",
        "post": "242000",
        "names": "han",
        "counties": [
            c("341802", "宣州区", ["澄江街道", "济川街道", "水东镇", "孙埠镇", "狸桥镇"], "xuanzhou"),
            c("341821", "郎溪县", ["建平镇", "十字镇", "梅渚镇", "飞鲤镇"], "langxi"),
            c("341823", "泾县", ["泾川镇", "茂林镇", "榔桥镇", "丁家桥镇"], "jingxian"),
            c("341825", "旌德县", ["旌阳镇", "蔡家桥镇", "三溪镇", "白地镇"], "jingde"),
        ],
        "villages": ["黄渡", "杨林", "新河", "南湖", "周王", "孙家埠", "丁桥", "桃岭"],
        "streets": ["叠嶂西路", "梅溪路", "鳌峰中路", "宛陵路"],
        "xiaoqu": ["锦城花园", "梅溪新村", "敬亭山居", "宛陵湖小区"],
        "rural": "组",
    },
}
ALL_CODES = {co["code"]: (rk, co["name"]) for rk, r in REGIONS.items() for co in r["counties"]}
ISSUERS = [
    ("622848", 19, "中国农业银行"),
    ("621700", 19, "中国建设银行"),
    ("622908", 18, "兴业银行"),
    ("623059", 19, "农村商业银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
]
ISSUER_PREFIXES = tuple(p for p, _, _ in ISSUERS)
MOBILE_PFX = [
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
]
CN_NUM = "一二三四五六七八九十"
HEALTH = [
    "尿毒症",
    "肢体二级残疾",
    "视力一级残疾",
    "智力三级残疾",
    "精神分裂症",
    "乳腺癌",
    "肺癌晚期",
    "脑梗死后遗症",
    "双下肢瘫痪",
    "先天性心脏病",
    "白血病",
    "肝硬化",
    "听力二级残疾",
    "帕金森病",
    "阿尔茨海默病",
    "股骨头坏死",
    "癫痫",
    "抑郁症",
    "糖尿病足",
    "慢性肾衰竭",
]
PAGE_FMT = ["- {} -", "—{}—", "第{}页", "{}", "第 {} 页 共 {} 页"]


def cn_num(n):
    if n <= 10:
        return CN_NUM[n - 1]
    return "十" + CN_NUM[n - 11] if n < 20 else str(n)


# ----------------------------------------------------------------------------- person
class Person:
    female: bool
    name: str
    style: str
    eth: str
    birth: _dt.date
    age: int
    id: str
    mobile: str
    addr: str
    sex: str


class Ctx:
    width: int  # set per document in make_doc
    page: int
    running: str

    def __init__(self, rng, idx):
        self.r = rng
        self.rk = rng.choice(list(REGIONS))
        self.R = REGIONS[self.rk]
        self.co = rng.choice(self.R["counties"])
        self.pdf = rng.random() < 0.25
        self.used = []
        self.year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
        self.gov = f"{self.co['name']}人民政府"
        self.place = (self.R["city"] or "") + self.co["name"]

    # --- basic draws
    def ch(self, seq):
        return self.r.choice(seq)

    def date(self, m0=1, m1=12, fmt=None):
        y = self.year
        m = self.r.randint(m0, m1)
        d = self.r.randint(1, 28)
        fmt = fmt or self.ch(["cn", "cn", "iso", "dot"])
        return {"cn": f"{y}年{m}月{d}日", "iso": f"{y}-{m:02d}-{d:02d}", "dot": f"{y}.{m}.{d}"}[fmt]

    def raw_name(self, style=None, female=None):
        r = self.r
        style = style or self.R["names"]
        if style in ("uy", "tb", "yi", "mg", "zh", "hui") and r.random() < 0.22:
            style = "han"  # mixed population
        self.last_style = style
        if female is None:
            female = r.random() < 0.5
        if style == "uy":
            g = r.choice(UY_GIVEN_F if female else UY_GIVEN_M)
            return g + "·" + r.choice([x for x in UY_FATHER if x != g])
        if style == "tb":
            a = r.choice(TB)
            return a if r.random() < 0.2 else a + r.choice([x for x in TB if x != a])
        if style == "yi":
            return r.choice(YI_CLAN) + r.choice(YI_GIVEN)
        if style == "mg":
            g = r.choice(MG)
            return r.choice(MG_SUR) + g if r.random() < 0.2 and len(g) <= 3 else g
        if style == "hui":
            sur = r.choice(HUI_SUR)
        elif style == "zh":
            sur = r.choice(ZH_SUR)
        else:
            sur = r.choice(COMPOUND) if r.random() < 0.06 else r.choice(HAN_SUR)
        if r.random() < 0.45:
            g = r.choice(GIVEN_F if female else GIVEN_M)
        else:
            g = r.choice(GIVEN2_F if female else GIVEN2_M)
        return sur + g

    def fresh(self, style=None, female=None):
        for _ in range(200):
            n = self.raw_name(style, female)
            if all(n not in u and u not in n for u in self.used):
                self.used.append(n)
                return n
        raise RuntimeError("names exhausted")

    def official(self, female=None):
        n = self.fresh(female=female)
        return n

    def sp(self, n):
        """unlabelled name in a PDF table cell gets the same spacing as labelled ones"""
        return n[0] + "\u3000" + n[1] if self.pdf and len(n) == 2 else n

    def honor(self, p):
        """surname + 先生/女士 only where the name has a Han surname; otherwise a masked form"""
        if p.style in ("han", "hui", "zh"):
            return p.name[: 2 if p.name[:2] in COMPOUND else 1] + ("女士" if p.female else "先生")
        return self.masked_name(p.name)

    def id18(self, birth, female, code=None):
        code = code or self.co["code"]
        seq = self.r.randint(0, 99) * 10 + self.r.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
        s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
        return s17 + id_check(s17)

    def mobile(self):
        r = self.r
        d = r.choice(MOBILE_PFX) + "".join(r.choice("0123456789") for _ in range(8))
        f = r.random()
        if f < 0.62:
            return d
        if f < 0.75:
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        if f < 0.85:
            return f"{d[:3]}-{d[3:7]}-{d[7:]}"
        if f < 0.93:
            return "+86 " + d
        return "86-" + d

    def landline(self):
        a = self.R["area"]
        n = self.r.randint(2, 8) * (10**7 if len(a) == 3 else 10**6) + self.r.randint(0, 999999)
        f = self.r.random()
        return f"{a}-{n}" if f < 0.6 else (f"（{a}）{n}" if f < 0.85 else f"{a} {n}")

    def office_phone(self):
        a = self.R["area"]
        n = self.r.choice([2, 3, 6, 8]) * (10**7 if len(a) == 3 else 10**6) + self.r.randint(10000, 99999)
        return f"{a}-{n}"

    def card(self):
        pfx, ln, bank = self.ch(ISSUERS)
        body = pfx + "".join(self.r.choice("0123456789") for _ in range(ln - 7))
        num = luhn_complete(body)
        if self.r.random() < 0.3:
            num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
        return num, bank

    def email(self, p=None):
        r = self.r
        dom = r.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "163.com", "qq.com"])
        if dom == "qq.com" and r.random() < 0.7:
            return str(r.randint(10**7, 3 * 10**9)) + "@qq.com"
        pin = r.choice(
            [
                "wangli",
                "mahai",
                "zxy",
                "liuyang",
                "tashi",
                "bater",
                "qiqige",
                "nyj",
                "hyt",
                "lhy",
                "sun_m",
                "jiekeqb",
                "wxf",
                "dawa",
            ]
        )
        return pin + str(r.randint(1, 9999)) + "@" + dom

    def addr(self, rural=None):
        R, r = self.R, self.r
        co = self.co if r.random() < 0.85 else r.choice(R["counties"])
        town = r.choice(co["towns"])
        pre = r.choice(["", co["name"], (R["city"] or R["prov"][:2]) + co["name"], co["name"]])
        rural = r.random() < 0.6 if rural is None else rural
        if rural and not town.endswith("街道"):
            v = r.choice(R["villages"])
            vil = v if v.endswith("嘎查") else v + "村"
            u = R["rural"]
            if u == "屯":
                tail = r.choice(R["tun"]) + "屯"
            elif u == "号":
                tail = f"{r.randint(1, 260)}号"
            elif u == "社":
                tail = f"{r.randint(1, 12)}社"
            else:
                tail = (cn_num(r.randint(1, 12)) if r.random() < 0.5 else str(r.randint(1, 12))) + "组"
            return pre + town + vil + tail
        if r.random() < 0.3:
            return pre + town + r.choice(R["streets"]) + f"{r.randint(1, 300)}号"
        xq = r.choice(R["xiaoqu"])
        b, u, fl = r.randint(1, 28), r.randint(1, 4), r.randint(1, 18)
        form = r.random()
        if town.endswith(("乡", "苏木")):
            town = ""
        if form < 0.5:
            return pre + town + xq + f"{b}号楼{u}单元{fl}0{r.randint(1, 4)}室"
        if form < 0.7:
            return pre + town + xq + f"{b}栋{u}单元{fl}0{r.randint(1, 4)}室"
        if form < 0.8:
            return pre + town + xq + f"{b}号楼{u}单元"
        return (pre or co["name"]) + xq + f"{b}栋{fl}0{r.randint(1, 4)}室"

    def person(self, style=None, old=False, minor=False, female=None):
        p = Person()
        r = self.r
        p.female = r.random() < 0.5 if female is None else female
        p.name = self.fresh(style, p.female)
        p.style = self.last_style
        p.eth = {
            "hui": "回族",
            "uy": "维吾尔族",
            "tb": "藏族",
            "yi": "彝族",
            "zh": "壮族",
            "mg": "蒙古族",
        }.get(p.style, "汉族")
        if minor:
            y = self.year - r.randint(5, 13)
        elif old:
            y = r.randint(1935, 1960)
        else:
            y = r.randint(1950, self.year - 19)
        p.birth = _dt.date(y, r.randint(1, 12), r.randint(1, 28))
        p.age = self.year - y
        p.id = self.id18(p.birth, p.female)
        p.mobile = self.mobile()
        p.addr = self.addr()
        p.sex = "女" if p.female else "男"
        return p

    # --- span constructors
    def N(self, p, table=False):
        n = p if isinstance(p, str) else p.name
        if table and self.pdf and len(n) == 2:
            n = n[0] + "\u3000" + n[1]
        return ("name", n)

    def id15(self, p):
        y = min(p.birth.year, 1975)
        b = p.birth.replace(year=y)
        seq = self.r.randint(0, 99) * 10 + (
            self.r.choice([0, 2, 4, 6, 8]) if p.female else self.r.choice([1, 3, 5, 7, 9])
        )
        return ("id_card_15", f"{self.co['code']}{b:%y%m%d}{seq:03d}")

    def masked_mobile(self):
        d = self.r.choice(MOBILE_PFX) + "".join(self.r.choice("0123456789") for _ in range(8))
        return d[:3] + "****" + d[7:]

    def masked_id(self):
        return (
            self.co["code"][: self.ch([2, 4, 6])].ljust(14, "*")
            + "".join(self.r.choice("0123456789") for _ in range(3))
            + self.ch("0123456789X")
        )

    def masked_name(self, n):
        r = self.r.random()
        if r < 0.35:
            return n[0] + "某某"
        if r < 0.6:
            return n[0] + "某"
        if r < 0.8 and len(n) >= 3 and "·" not in n:
            return n[0] + "*" + n[-1]
        return n[0] + "*" * (len(n) - 1) if "·" not in n else n.split("·")[0][0] + "**"

    def credit(self, kind="gov"):
        pfx = {"gov": "11", "co": "91", "inst": "12", "soc": "51"}[kind]
        return credit_code(self.r, pfx, self.co["code"])

    def wenhao(self, abbr):
        return f"{abbr}〔{self.year}〕{self.r.randint(1, 180)}号"

    def index_no(self):
        return f"{self.credit()}/{self.year}-{self.r.randint(1, 999):05d}"

    def caseno(self, luhn=None):
        r = self.r
        if luhn is None:
            luhn = r.random() < 0.5
        ln = r.choice([16, 17, 18, 19])
        body = (
            str(self.year)
            + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            + "".join(r.choice("0123456789") for _ in range(ln - 9))
        )
        return luhn_complete(body) if luhn else body + r.choice("0123456789")

    def post(self):
        return self.R["post"]

    def mailbox(self, dept="xf"):
        return f"{self.co['py']}{dept}@{self.r.choice(['', 'mail.'])}{self.co['py']}.gov.cn"

    def agency_addr(self):
        return self.co["name"] + self.ch(self.R["streets"]) + f"{self.r.randint(1, 200)}号"


# ----------------------------------------------------------------------------- layout helpers
NOHEAD = set("，。、；：！？）》”’,.;:!?)")


def dwidth(s):
    return sum(2 if ord(ch) > 0x2000 else 1 for ch in s)


def cell_text(cell):
    return "".join(x if isinstance(x, str) else x[1] for x in cell)


def wrap(items, width):
    out: list[Piece] = []
    col = 0
    for it in items:
        if isinstance(it, str):
            buf = []
            for ch in it:
                if ch == "\n":
                    buf.append(ch)
                    col = 0
                    continue
                if col >= width and ch not in NOHEAD:
                    buf.append("\n")
                    col = 0
                buf.append(ch)
                col += 1
            out.append("".join(buf))
        else:
            kind, txt = it
            if kind == "address":
                if col >= width:
                    out.append("\n")
                    col = 0
                buf = []
                for i, ch in enumerate(txt):
                    if col >= width and i > 0:
                        buf.append("\n")
                        col = 0
                    buf.append(ch)
                    col += 1
                out.append((kind, "".join(buf)))
            else:
                if col > 0 and col + len(txt) > width:
                    out.append("\n")
                    col = 0
                out.append((kind, txt))
                col += len(txt)
    return out


class Doc:
    def __init__(self, ctx):
        self.ctx = ctx
        self.parts = []
        self.n = 0
        self.spans = []

    def add(self, *items):
        for it in items:
            if isinstance(it, str):
                self.parts.append(it)
                self.n += len(it)
            else:
                kind, txt = it
                self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(txt), "text": txt})
                self.parts.append(txt)
                self.n += len(txt)

    def para(self, *items, indent=True):
        """A prose paragraph; hard-wrapped in PDF layouts."""
        seq: list[Piece] = list(items)
        if indent and self.ctx.r.random() < 0.6:
            seq = ["\u3000\u3000", *seq]
        if self.ctx.pdf:
            seq = wrap(seq, self.ctx.width)
        self.add(*seq, "\n")

    def line(self, *items):
        self.add(*items, "\n")

    def text(self):
        return "".join(self.parts)


def render_table(doc, header, rows, style=None, title=None):
    ctx = doc.ctx
    r = ctx.r
    if style is None:
        style = (
            r.choice(["cells", "space", "cells"])
            if ctx.pdf
            else r.choice(["tab", "space", "pipe", "html", "csv", "cells"])
        )
    if title:
        doc.line(title)
    if style == "cells":
        for h in header:
            doc.line(h)
        for i, row in enumerate(rows):
            if ctx.pdf and i and r.random() < 0.18:
                pg = ctx.page = ctx.page + 1
                doc.line(r.choice(PAGE_FMT).format(pg, pg + 2))
                if r.random() < 0.6:
                    doc.line(ctx.running)
            for cell in row:
                doc.add(*cell, "\n")
        return
    if style == "tab":
        doc.line("\t".join(header))
        for row in rows:
            for j, cell in enumerate(row):
                if j:
                    doc.add("\t")
                doc.add(*cell)
            doc.add("\n")
        return
    if style == "space":
        ws = [
            max([dwidth(header[j])] + [dwidth(cell_text(rw[j])) for rw in rows]) for j in range(len(header))
        ]
        doc.line("  ".join(h + " " * (ws[j] - dwidth(h)) for j, h in enumerate(header)).rstrip())
        for i, row in enumerate(rows):
            if ctx.pdf and i and r.random() < 0.15:
                pg = ctx.page = ctx.page + 1
                doc.line("")
                doc.line(r.choice(PAGE_FMT).format(pg, pg + 2))
                doc.line(ctx.running)
            for j, cell in enumerate(row):
                doc.add(*cell)
                if j < len(row) - 1:
                    doc.add(" " * (ws[j] - dwidth(cell_text(cell)) + 2))
            doc.add("\n")
        return
    if style == "pipe":
        doc.line("| " + " | ".join(header) + " |")
        doc.line("|" + "|".join("---" for _ in header) + "|")
        for row in rows:
            doc.add("| ")
            for j, cell in enumerate(row):
                if j:
                    doc.add(" | ")
                doc.add(*cell)
            doc.add(" |\n")
        return
    if style == "html":
        doc.line('<table border="1">')
        doc.line("<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>")
        for row in rows:
            doc.add("<tr>")
            for cell in row:
                doc.add("<td>", *cell, "</td>")
            doc.add("</tr>\n")
        doc.line("</table>")
        return
    if style == "csv":
        ctx.csvq = r.random() < 0.6
        doc.line(",".join(f'"{h}"' for h in header))
        for row in rows:
            for j, cell in enumerate(row):
                if j:
                    doc.add(",")
                q = ctx.csvq or any("," in (x if isinstance(x, str) else x[1]) for x in cell)
                esc = [x.replace('"', '""') if isinstance(x, str) else x for x in cell]
                doc.add(*(['"', *esc, '"'] if q else esc))
            doc.add("\n")
        return
    raise ValueError(style)


def C(*items):
    return list(items)


def kv(doc, pairs, two=None):
    """label-value form; pairs of (label, [items]); one or two fields per line"""
    ctx = doc.ctx
    if two is None:
        two = ctx.r.random() < 0.35
    sep = ctx.ch(["：", "：", ":"])
    i = 0
    while i < len(pairs):
        lab, val = pairs[i]
        doc.add(f"{lab}{sep}", *val)
        if two and i + 1 < len(pairs) and len(cell_text(val)) < 20 and len(cell_text(pairs[i + 1][1])) < 24:
            lab2, val2 = pairs[i + 1]
            doc.add(ctx.ch(["    ", "\u3000\u3000", "\t"]), f"{lab2}{sep}", *val2)
            i += 1
        doc.add("\n")
        i += 1


# ----------------------------------------------------------------------------- topic material
ISSUES = [
    # (title, dept, body-builder, reply text)
    (
        "小区路灯长期不亮",
        "住房和城乡建设局",
        "我住在{addr}，小区门口到主干道的一段路灯已经坏了两个多月，晚上老人孩子出门很不安全，多次向物业反映没有结果。",
        "经现场核实，该路段路灯线路老化，我局已安排施工单位于{d}完成线路更换，目前路灯已恢复照明。",
    ),
    (
        "低保申请迟迟没有结果",
        "民政局",
        "我家住{addr}，爱人{h}，常年吃药，家里只有我一个劳动力。今年三月向村里递交了低保申请，到现在还没有消息。",
        "经核查，您的低保申请已由{town}人民政府受理，入户调查和民主评议已完成，目前处于公示阶段，公示期满无异议后将按程序审批。",
    ),
    (
        "农民工工资被拖欠",
        "人力资源和社会保障局",
        "我在{co}承建的工地干了八个月木工，还有{amt}元工资没拿到，老板一直推说甲方没有拨款。我家住{addr}。",
        "我局劳动保障监察大队已对该项目立案调查，责令施工单位于{d}前支付拖欠工资，目前已支付到位。",
    ),
    (
        "村组道路破损严重",
        "交通运输局",
        "我们村到镇上的通村路去年被大车压坏，坑洼积水，下雨天根本走不了。我家就在{addr}，每天送孩子上学都要走这条路。",
        "该路段已列入今年农村公路养护计划，预计{d}前完成路面修复。",
    ),
    (
        "残疾人补贴没有到账",
        "残疾人联合会",
        "我儿子{child}，{h}，一直享受残疾人两项补贴，但从今年四月起补贴没有打到一卡通里。卡号是{card}。",
        "经与财政部门核对，因系统升级导致四至六月补贴发放延迟，已于{d}补发到位。",
    ),
    (
        "医保报销比例咨询",
        "医疗保障局",
        "我母亲{name2}，去年确诊{h}，在市医院住院花了{amt}元，报销后自己还要付很多。想问大病保险的报销比例是怎么算的。",
        "根据我市城乡居民大病保险政策，起付线以上部分按规定比例分段报销，具体情况可携带相关材料到医保服务大厅窗口咨询。",
    ),
    (
        "宅基地审批问题",
        "自然资源局",
        "我家老房子在{addr}，已经成了危房，想在原址翻建，向镇上交了申请半年没有批复。",
        "经核实，您的宅基地翻建申请材料中缺少村民小组意见，{town}人民政府已通知村委会协助补正，补正后将在二十个工作日内办结。",
    ),
    (
        "夜间施工噪音扰民",
        "生态环境局",
        "住在{addr}，旁边工地每天晚上十一点以后还在打桩，家里老人{h}，根本睡不着。",
        "我局执法人员已于{d}夜间到现场检查，对施工单位违规夜间施工行为立案查处，并要求其严格遵守作业时间。",
    ),
    (
        "自来水水质发黄",
        "水务局",
        "最近一个月我家（{addr}）的自来水放出来是黄色的，烧开后有沉淀，不敢给孩子喝。",
        "经水质检测，管网末端因冲洗不及时导致铁锈超标，供水公司已完成管网冲洗，复检合格。",
    ),
    (
        "小区车位被长期占用",
        "公安局交通管理大队",
        "我住在{addr}，楼下消防通道常年被一辆{plate}的私家车占用，我自己的车（{plate}）经常进不去，物业不管。",
        "经交警大队民警现场核查，已对占用消防通道车辆依法处罚，并督促物业设置隔离桩。",
    ),
    (
        "孩子入学学位问题",
        "教育局",
        "我是外地来{place}务工人员，在{addr}租房住了三年，孩子{child}今年该上一年级，学校说我们不在学区内不能报名。",
        "根据我区义务教育招生政策，随迁子女凭居住证和务工证明可在居住地统筹安排入学，已协调就近学校为您的孩子办理入学。",
    ),
]
COMPANIES = [
    "宏远建筑工程有限公司",
    "鑫达物业服务有限公司",
    "顺通劳务有限公司",
    "金诚置业有限公司",
    "华盛建设集团有限公司",
    "鼎盛商贸有限公司",
]
SHOPS = [
    "家乐福超市",
    "好又多生活超市",
    "国美电器专卖店",
    "鑫源家具城",
    "惠民手机卖场",
    "康乐健身会所",
    "金色童年教育培训中心",
    "美佳装饰",
]


def fill(ctx, tmpl, p, extra):
    """turn a template with {addr} {h} {card} {child} {name2} placeholders into items; spans recorded here."""
    out = []
    for piece in re.split(r"(\{\w+\})", tmpl):
        if not piece:
            continue
        m = re.fullmatch(r"\{(\w+)\}", piece)
        if not m:
            out.append(piece)
            continue
        k = m.group(1)
        if k == "addr":
            out.append(("address", p.addr))
        elif k == "h":
            out.append(("health", extra.setdefault("h", ctx.ch(HEALTH))))
        elif k == "plate":
            out.append(("license_plate", plate(ctx)))
        elif k == "card":
            out.append(("bank_card", ctx.card()[0]))
        elif k == "child":
            out.append(ctx.N(ctx.fresh()))
        elif k == "name2":
            out.append(ctx.N(ctx.fresh(female=True)))
        elif k == "d":
            out.append(ctx.date())
        elif k == "amt":
            out.append(f"{ctx.r.randint(3, 98) * 1000 + ctx.r.choice([0, 500, 360, 800]):,}")
        elif k == "co":
            out.append(ctx.ch(COMPANIES))
        elif k == "town":
            out.append(ctx.ch(ctx.co["towns"]))
        elif k == "place":
            out.append(ctx.place)
        else:
            raise KeyError(k)
    return out


def contact_tail(ctx, p, allow_land=True):
    """closing 'my phone is …' of a letter"""
    r = ctx.r.random()
    if r < 0.45:
        return [ctx.ch(["我的联系电话：", "联系电话", "我的手机号是", "电话："]), ("mobile", p.mobile), "。"]
    if r < 0.6 and allow_land:
        return ["家里座机", ("landline", ctx.landline()), "，手机", ("mobile", p.mobile), "。"]
    if r < 0.72:
        return ["有事请发邮件到", ("email", ctx.email()), "。"]
    return []


def header(doc, title, with_index=None):
    ctx = doc.ctx
    ctx.running = title if len(title) < 30 else title[:24] + "……"
    if with_index or (with_index is None and ctx.r.random() < 0.4):
        kv(
            doc,
            [
                ("索引号", [ctx.index_no()]),
                ("发布机构", [ctx.gov if ctx.r.random() < 0.5 else ctx.co["name"] + "人民政府办公室"]),
                ("发布日期", [ctx.date()]),
            ],
            two=ctx.r.random() < 0.5,
        )
        doc.line("")
    doc.line(title)
    doc.line("")


def sign(doc, org, date=None):
    doc.line("")
    doc.line(org)
    doc.line(date or doc.ctx.date(11, 12))


def staff_line(doc):
    ctx = doc.ctx
    a, b = ctx.official(), ctx.official()
    f = ctx.r.random()
    if f < 0.5:
        doc.line(f"经办人：{a}    审核人：{b}")
    elif f < 0.8:
        doc.line(f"承办人：{a}  联系电话：{ctx.office_phone()}")
    else:
        doc.line(f"（联系人：{a}，电话：{ctx.office_phone()}，邮箱：{ctx.mailbox()}）")


# ----------------------------------------------------------------------------- family 1: 领导信箱
def letter_body(ctx, p):
    iss = ctx.ch(ISSUES)
    extra: dict[str, str] = {}
    body = fill(ctx, iss[2], p, extra)
    if "{addr}" not in iss[2] and ctx.r.random() < 0.5:
        body += [ctx.ch(["我家住", "本人住址：", "我的住址是"]), ("address", p.addr), "。"]
    if ctx.r.random() < 0.55:
        body += contact_tail(ctx, p)
    if ctx.r.random() < 0.2:
        body += ["我的身份证号码", ("id_card", p.id), "，可以核实。"]
    return iss, body, extra


def f_letter(ctx, doc, sub):
    dept = None
    if sub == "select":
        p = ctx.person()
        iss, body, extra = letter_body(ctx, p)
        dept = ctx.co["name"] + iss[1]
        header(
            doc,
            ctx.ch(["来信选登", "领导信箱来信选登", "书记信箱 · 来信选登", "区长信箱办理情况"])
            + ctx.ch([f"：关于{iss[0]}的来信", f"：{iss[0]}", f"：反映{iss[0]}"]),
        )
        masked = ctx.r.random() < 0.15
        who = ctx.masked_name(p.name) if masked else ctx.N(p)
        kv(
            doc,
            [
                ("信件编号", [ctx.ch(["XX", "LD", "SJ"]) + ctx.caseno()]),
                ("来信人", [who]),
                (
                    "来信时间",
                    [ctx.date(1, 6, "iso") + f" {ctx.r.randint(8, 22):02d}:{ctx.r.randint(0, 59):02d}"],
                ),
                ("信件类型", [ctx.ch(["投诉", "求助", "咨询", "建议"])]),
            ],
        )
        doc.line("来信内容：")
        doc.para(*body)
        kv(doc, [("回复单位", [dept]), ("回复时间", [ctx.date(7, 12, "iso")])], two=False)
        doc.line("回复内容：")
        greet = [who, "同志：" if ctx.r.random() < 0.5 else "您好！"] if ctx.r.random() < 0.5 else ["您好！"]
        doc.para(
            *greet,
            "您反映的问题已收悉。",
            *fill(ctx, iss[3], p, extra),
            f"感谢您对我们工作的关心和支持。如有疑问，请拨打{dept}电话{ctx.office_phone()}。",
        )
        if ctx.r.random() < 0.5:
            staff_line(doc)
    elif sub == "reply":
        p = ctx.person()
        iss, body, extra = letter_body(ctx, p)
        dept = ctx.co["name"] + iss[1]
        header(
            doc,
            f"{dept}关于{ctx.co['name']}{ctx.ch(['书记信箱', '区长信箱', '县长信箱', '市长信箱'])}来信的回复",
        )
        doc.line(f"{ctx.wenhao(ctx.co['name'][:1] + ctx.ch(['建函', '民函', '人社函', '政信复']))}")
        doc.add(
            ctx.N(p),
            ctx.ch(["同志：\n", "先生：\n", "：\n"])
            if p.female is False
            else ctx.ch(["同志：\n", "女士：\n", "：\n"]),
        )
        doc.para(
            f"您于{ctx.date(1, 6)}通过{ctx.place}{ctx.ch(['领导信箱', '12345热线转办', '政府门户网站'])}反映“{iss[0]}”的来信收悉。您在来信中称：“",
            *body,
            "”",
        )
        doc.para("我局高度重视，立即安排专人调查核实。现答复如下：", *fill(ctx, iss[3], p, extra))
        if ctx.r.random() < 0.5:
            doc.para(
                f"如对本答复不服，可自收到本答复之日起30日内向{ctx.R['city'] or ctx.co['name']}信访局申请复查。"
            )
        sign(doc, dept)
        if ctx.r.random() < 0.6:
            staff_line(doc)
    else:  # list
        header(doc, f"{ctx.co['name']}{ctx.year}年{ctx.r.randint(1, 4)}季度领导信箱来信办理情况汇总表")
        doc.para(
            f"本季度共收到领导信箱来信{ctx.r.randint(20, 120)}件，已全部按期办结。现将部分来信办理情况公布如下："
        )
        rows = []
        with_addr = ctx.r.random() < 0.4
        for i in range(ctx.r.randint(3, 8)):
            p = ctx.person()
            iss = ctx.ch(ISSUES)
            f = ctx.r.random()
            tel = (
                [("mobile", p.mobile)]
                if f < 0.6
                else ([ctx.masked_mobile()] if f < 0.85 else [("landline", ctx.landline())])
            )
            who = [ctx.N(p, table=True)] if ctx.r.random() < 0.85 else [ctx.masked_name(p.name)]
            rows.append(
                [
                    C(str(i + 1)),
                    who,
                    tel,
                    C(iss[0]),
                    C(ctx.co["name"] + iss[1]),
                    C(ctx.ch(["已办结", "已答复", "已办结，群众满意"])),
                ]
            )
            if with_addr:
                rows[-1].insert(
                    3, [("address", p.addr)] if ctx.r.random() < 0.7 else [ctx.ch(ctx.co["towns"])]
                )
        render_table(
            doc,
            ["序号", "来信人", "联系电话"]
            + (["住址"] if with_addr else [])
            + ["反映问题", "承办单位", "办理结果"],
            rows,
        )
        sign(doc, ctx.co["name"] + "人民政府办公室")


# ----------------------------------------------------------------------------- family 2: 民意征集
DRAFTS = [
    "城区供热管理办法（征求意见稿）",
    "农村人居环境整治三年行动方案（征求意见稿）",
    "城市养犬管理规定（草案）",
    "老旧小区改造实施方案（征求意见稿）",
    "城区停车收费标准调整方案",
    "困难群众医疗救助实施细则（征求意见稿）",
    "农村集体经营性建设用地入市管理办法（征求意见稿）",
    "城乡公交线网优化方案",
]
OPINIONS = [
    "建议将供热期延长至次年4月上旬",
    "建议在老旧小区加装电梯时给予一楼住户适当补偿",
    "建议增加夜间公交班次",
    "建议对犬只登记实行免费办理",
    "建议提高困难群众门诊慢性病报销比例",
    "建议明确入市收益在集体成员间的分配办法",
    "建议在学校周边增设临时停车泊位",
    "建议垃圾清运增加到每天两次",
]


def f_opinion(ctx, doc, sub):
    draft = ctx.ch(DRAFTS)
    dept = ctx.co["name"] + ctx.ch(["发展和改革局", "住房和城乡建设局", "司法局", "民政局", "城市管理局"])
    n_total = ctx.r.randint(6, 40)
    if sub == "feedback":
        header(doc, f"关于《{draft}》公开征求意见采纳情况的反馈")
        doc.para(
            f"{ctx.date(1, 5)}至{ctx.date(6, 8)}，{dept}通过政府门户网站、微信公众号公开征求社会公众对《{draft}》的意见建议，"
            f"共收到意见建议{n_total}条。现将采纳情况反馈如下："
        )
        for i in range(ctx.r.randint(3, 7)):
            p = ctx.person()
            f = ctx.r.random()
            who = [ctx.N(p)] if f < 0.8 else [ctx.masked_name(p.name)]
            intro = ctx.ch(
                [
                    f"（{ctx.ch(ctx.co['towns'])}居民）",
                    "（网民）",
                    f"（{ctx.ch(['教师', '个体工商户', '退休职工', '村民'])}）",
                    "",
                ]
            )
            doc.line(f"{cn_num(i + 1)}、提出人：", *who, intro)
            op = [ctx.ch(OPINIONS), "。"]
            if ctx.r.random() < 0.25:
                op += [
                    "（联系方式：",
                    ("mobile", p.mobile) if ctx.r.random() < 0.7 else ctx.masked_mobile(),
                    "）",
                ]
            if ctx.r.random() < 0.2:
                op = ["本人家住", ("address", p.addr), "，", *op]
            doc.add("意见内容：")
            doc.para(*op, indent=False)
            doc.line(
                "采纳情况："
                + ctx.ch(
                    [
                        "已采纳，已在修改稿第八条中体现。",
                        "部分采纳。",
                        "未采纳，理由：与上位法规定不一致。",
                        "已吸收采纳。",
                        "不予采纳，该事项已由其他文件规定。",
                    ]
                )
            )
    elif sub == "table":
        header(doc, f"《{draft}》意见建议采纳情况表")
        rows = []
        for i in range(ctx.r.randint(4, 9)):
            p = ctx.person()
            who = [ctx.N(p, table=True)] if ctx.r.random() < 0.85 else [ctx.masked_name(p.name)]
            contact = ctx.r.random()
            ct = (
                [("mobile", p.mobile)]
                if contact < 0.35
                else (
                    [("email", ctx.email())]
                    if contact < 0.5
                    else ([ctx.masked_mobile()] if contact < 0.7 else ["—"])
                )
            )
            rows.append(
                [
                    C(str(i + 1)),
                    who,
                    ct,
                    C(ctx.ch(OPINIONS)),
                    C(ctx.ch(["采纳", "部分采纳", "未采纳", "已采纳"])),
                ]
            )
        render_table(doc, ["序号", "提出人", "联系方式", "意见建议", "采纳情况"], rows)
        doc.line("")
        doc.line(f"填报单位：{dept}    填报人：{ctx.official()}    联系电话：{ctx.office_phone()}")
    else:  # summary prose with 、 list
        header(doc, f"关于《{draft}》征求意见情况的说明")
        doc.para(
            f"为增强决策的科学性，{dept}于{ctx.date(1, 6)}起公开征求意见，期间共收到{n_total}条意见建议，"
            f"其中有效意见{n_total - ctx.r.randint(0, 5)}条。"
        )
        ps = [ctx.person() for _ in range(ctx.r.randint(3, 7))]
        items = ["提出意见的公众有"]
        for i, p in enumerate(ps):
            if i:
                items.append("、")
            items.append(ctx.N(p))
        items.append(f"等{len(ps) + ctx.r.randint(0, 9)}人。主要意见集中在以下方面：")
        doc.para(*items)
        for i in range(ctx.r.randint(2, 4)):
            p = ctx.ch(ps)
            extra = []
            if ctx.r.random() < 0.3:
                extra = ["（", ctx.N(p), "提出，其本人", ("health", ctx.ch(HEALTH)), "，希望简化办理流程）"]
            doc.para(
                f"（{cn_num(i + 1)}）{ctx.ch(OPINIONS)}",
                *extra,
                f"。{ctx.ch(['经研究予以采纳。', '已部分采纳。', '因涉及财政承受能力，暂不采纳。'])}",
            )
        doc.para(
            f"对未采纳的意见，我们已通过电话逐一向提出人说明理由。感谢社会各界的关心与支持！如有疑问，请拨打{ctx.office_phone()}或发送邮件至{ctx.mailbox('fzb')}。"
        )
        sign(doc, dept)


# ----------------------------------------------------------------------------- family 3: 网民留言
NICKS = [
    "清风徐来",
    "老张不慌",
    "追梦人2019",
    "一只小蜗牛",
    "向日葵",
    "夜行者",
    "平凡之路",
    "幸福一家人",
    "山里娃",
    "草原雄鹰",
    "阳光男孩",
    "开心就好",
]


def f_message(ctx, doc, sub):
    if sub == "reply":
        p = ctx.person()
        iss = ctx.ch(ISSUES)
        extra: dict[str, str] = {}
        header(doc, f"网民留言：{iss[0]}", with_index=False)
        nick = ctx.r.random() < 0.45
        if nick:
            kv(doc, [("留言人", [ctx.ch(NICKS)]), ("留言时间", [ctx.date(1, 6, "iso")])])
        else:
            kv(doc, [("留言人", [ctx.N(p)]), ("留言时间", [ctx.date(1, 6, "iso")])])
        doc.line("留言内容：")
        body = fill(ctx, iss[2], p, extra)
        if ctx.r.random() < 0.7:
            body += [
                "我叫",
                ctx.N(ctx.fresh()) if nick else ctx.N(p),
                "，电话",
                ("mobile", p.mobile),
                "，希望有关部门尽快处理。",
            ]
        if ctx.r.random() < 0.2:
            body += ["我的车（", ("license_plate", plate(ctx)), "）停在楼下经常被刮。"]
        doc.para(*body)
        doc.line(f"回复单位：{ctx.co['name']}{iss[1]}")
        doc.line("回复内容：")
        doc.para("网友您好！" if nick else "您好！", *fill(ctx, iss[3], p, extra), "感谢您的留言。")
        doc.line(f"回复时间：{ctx.date(7, 12, 'iso')}")
    elif sub == "hotline":
        p = ctx.person()
        iss = ctx.ch(ISSUES)
        extra = {}
        header(doc, "12345政务服务便民热线工单办理情况回复", with_index=False)
        kv(
            doc,
            [
                ("工单编号", [ctx.caseno(True)]),
                ("来电时间", [ctx.date(1, 8, "iso")]),
                ("来电人", [ctx.N(p) if ctx.r.random() < 0.8 else p.name[0] + ctx.ch(["女士", "先生"])]),
                ("来电号码", [("mobile", p.mobile)] if ctx.r.random() < 0.75 else [ctx.masked_mobile()]),
                ("承办单位", [ctx.co["name"] + iss[1]]),
                ("诉求类型", [ctx.ch(["投诉", "求助", "咨询"])]),
            ],
        )
        doc.line("诉求内容：")
        doc.para(
            "来电人反映：",
            *fill(ctx, iss[2].replace("我", "其").replace("其们", "他们"), p, extra),
            "请相关部门处理。",
        )
        doc.line("办理结果：")
        doc.para(
            *fill(ctx, iss[3], p, extra),
            f"已电话回访来电人，来电人{ctx.ch(['表示满意', '表示基本满意', '对结果表示认可'])}。",
        )
        doc.line(f"回访人：{ctx.official()}（{ctx.co['name']}12345热线中心）")
    else:
        header(doc, f"{ctx.co['name']}政府网站网民留言办理情况公示（{ctx.year}年第{ctx.r.randint(1, 12)}期）")
        rows = []
        for i in range(ctx.r.randint(4, 9)):
            iss = ctx.ch(ISSUES)
            p = ctx.person()
            f = ctx.r.random()
            who = (
                [ctx.ch(NICKS)]
                if f < 0.3
                else ([ctx.N(p, table=True)] if f < 0.85 else [ctx.masked_name(p.name)])
            )
            tel = [("mobile", p.mobile)] if ctx.r.random() < 0.5 else [ctx.masked_mobile()]
            rows.append(
                [
                    C(f"{ctx.year}{i + 101:04d}"),
                    who,
                    tel,
                    C(iss[0]),
                    C(ctx.ch(["已回复", "已办结", "办理中"])),
                    C(ctx.date(fmt="iso")),
                ]
            )
        render_table(doc, ["留言编号", "留言人", "联系电话", "留言主题", "办理状态", "回复日期"], rows)
        doc.para(f"网民可登录{ctx.co['py']}.gov.cn“政民互动”栏目查看回复全文，或拨打12345热线查询。")


def plate(ctx):
    r = ctx.r
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    pre = ctx.R["plate"]
    f = r.random()
    if f < 0.5:
        body = r.choice(L) + "".join(r.choice("0123456789" + L[:10]) for _ in range(4))
    elif f < 0.8:
        body = "".join(r.choice("0123456789") for _ in range(5))
    else:
        body = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
    return pre + (r.choice(["", "·", " "]) if f < 0.95 else "") + body


# ----------------------------------------------------------------------------- family 4: 政策咨询
QA = [
    (
        "退役军人优待证怎么办理？",
        "退役军人事务局",
        "持本人身份证、退役证件到户籍所在地乡镇（街道）退役军人服务站申请，审核通过后由县级退役军人事务局制发。",
    ),
    (
        "城乡居民养老保险断缴了还能补缴吗？",
        "人力资源和社会保障局",
        "年满60周岁时累计缴费不足15年的，可按规定补缴，补缴部分不享受政府缴费补贴。",
    ),
    (
        "农村危房改造补助标准是多少？",
        "住房和城乡建设局",
        "按照现行政策，C级危房加固每户补助1.5万元，D级危房重建每户补助3.5万元，具体以当年文件为准。",
    ),
    (
        "耕地地力保护补贴什么时候发放？",
        "农业农村局",
        "补贴资金一般于每年二季度通过“一卡通”直接发放到农户账户。",
    ),
    (
        "残疾人证办理需要什么材料？",
        "残疾人联合会",
        "需本人户口簿、身份证、近期免冠照片，到指定医院进行残疾评定后，由县残联审核发证。",
    ),
    (
        "灵活就业人员社保补贴怎么申请？",
        "人力资源和社会保障局",
        "符合条件的就业困难人员灵活就业后缴纳社会保险费的，可按规定申请社保补贴，补贴期限最长不超过3年。",
    ),
    (
        "个体工商户营业执照可以网上办理吗？",
        "市场监督管理局",
        "可以，登录省政务服务网“个体工商户登记”事项即可全程网办。",
    ),
    (
        "大学生创业担保贷款额度是多少？",
        "人力资源和社会保障局",
        "个人创业担保贷款额度最高30万元，期限不超过3年，按规定给予贴息。",
    ),
]


def f_consult(ctx, doc, sub):
    if sub == "qa":
        header(doc, f"{ctx.co['name']}政策咨询问答（{ctx.year}年第{ctx.r.randint(1, 24)}期）")
        for i, q in enumerate(ctx.r.sample(QA, ctx.r.randint(2, 5))):
            p = ctx.person()
            f = ctx.r.random()
            if f < 0.7:
                who = [ctx.N(p), f"（{ctx.ch(ctx.co['towns'])}）"]
            elif f < 0.85:
                who = [ctx.honor(p)]
            else:
                who = [ctx.masked_name(p.name)]
            doc.line(f"{i + 1}. 咨询人：", *who)
            qb: list[Piece] = ["问："]
            if ctx.r.random() < 0.35:
                qb += ["我是", ("address", ctx.addr(rural=True)), "的村民，"]
            elif ctx.r.random() < 0.3:
                h = ctx.ch(HEALTH)
                qb += [
                    f"本人{p.age}岁，",
                    "系" if h.endswith("残疾") else ctx.ch(["患有", "确诊为"]),
                    ("health", h),
                    "，",
                ]
            else:
                qb += ["我是", ctx.ch(["退休职工", "在外务工人员", "个体户", "在校大学生"]), "，"]
            qb.append(q[0])
            if ctx.r.random() < 0.3:
                qb += ["我的电话", ("mobile", p.mobile), "。"]
            doc.para(*qb, indent=False)
            doc.para(f"答：（{ctx.co['name']}{q[1]}）{q[2]}咨询电话：{ctx.office_phone()}。", indent=False)
    elif sub == "table":
        header(
            doc,
            f"{ctx.co['name']}{ctx.ch(['政务服务中心', '人力资源和社会保障局', '医疗保障局'])}政策咨询登记及答复情况",
        )
        rows = []
        for _ in range(ctx.r.randint(4, 8)):
            q = ctx.ch(QA)
            p = ctx.person()
            f = ctx.r.random()
            tel = (
                [("mobile", p.mobile)]
                if f < 0.55
                else ([("landline", ctx.landline())] if f < 0.65 else [ctx.masked_mobile()])
            )
            rows.append(
                [
                    C(ctx.date(fmt="iso")),
                    C(ctx.N(p, table=True)),
                    tel,
                    C(q[0]),
                    C(ctx.ch(["电话答复", "现场答复", "网上答复"])),
                    C(ctx.sp(ctx.official())),
                ]
            )
        render_table(doc, ["日期", "咨询人", "联系电话", "咨询内容", "答复方式", "答复人"], rows)
    else:
        q = ctx.ch(QA)
        p = ctx.person()
        dept = ctx.co["name"] + q[1]
        header(doc, f"关于{ctx.honor(p)}咨询“{q[0][:-1]}”的答复", with_index=True)
        doc.add(ctx.N(p), "：\n")
        extra = []
        if ctx.r.random() < 0.5:
            num = ctx.card()
            extra = ["您提供的", num[1], "账户", ("bank_card", num[0]), "已核对，"]
        doc.para(f"您于{ctx.date()}来电（来信）咨询的问题收悉。", *extra, f"现答复如下：{q[2]}")
        if ctx.r.random() < 0.4:
            doc.para(
                "经查询，您（身份证号",
                ("id_card", p.id) if ctx.r.random() < 0.8 else ctx.id15(p),
                f"）的参保缴费记录截至{ctx.date()}累计{ctx.r.randint(3, 20)}年。",
            )
        doc.para(
            f"如有疑问，请与{dept}联系，地址：{ctx.agency_addr()}，邮编：{ctx.post()}，电话：{ctx.office_phone()}。"
        )
        sign(doc, dept)


# ----------------------------------------------------------------------------- family 5: 人大建议 / 政协提案
TOPICS = [
    "关于加快农村饮水安全巩固提升工程的建议",
    "关于解决城区中小学上下学交通拥堵问题的建议",
    "关于加强农村留守老人关爱服务的建议",
    "关于规范城区夜市经营秩序的建议",
    "关于加大特色产业扶持力度的提案",
    "关于改善乡镇卫生院医疗条件的提案",
    "关于推进农村生活垃圾分类处理的提案",
    "关于提高重度残疾人护理补贴标准的建议",
]


def f_npc(ctx, doc, sub):
    topic = ctx.ch(TOPICS)
    if sub == "npc_reply":
        topic = topic[:-2] + "建议"
    elif sub == "cppcc_reply":
        topic = topic[:-2] + "提案"
    rep = ctx.official()
    dept = ctx.co["name"] + ctx.ch(
        ["民政局", "教育局", "水务局", "卫生健康局", "农业农村局", "市场监督管理局"]
    )
    if sub in ("npc_reply", "cppcc_reply"):
        npc = sub == "npc_reply"
        no = ctx.r.randint(1, 160)
        header(
            doc,
            f"{dept}对{ctx.co['name']}{'人大' if npc else '政协'}{cn_num(ctx.r.randint(1, 10))}届{cn_num(ctx.r.randint(1, 4))}次会议第{no}号{'建议' if npc else '提案'}的答复",
        )
        doc.line(
            ctx.wenhao(ctx.co["name"][:1] + ctx.ch(["民建复", "教提复", "水建复", "卫提复"]))
            + "    "
            + ctx.ch(["A类", "B类", "C类"])
        )
        doc.line("")
        doc.line(f"{rep}{'代表' if npc else '委员'}：")
        doc.para(f"您提出的《{topic}》收悉。现答复如下：")
        ps = [ctx.person(old=ctx.r.random() < 0.5) for _ in range(ctx.r.randint(1, 3))]
        p = ps[0]
        doc.para(
            f"您在{'建议' if npc else '提案'}中提到，",
            ctx.ch(["", ctx.ch(ctx.co["towns"])]),
            "村民",
            ctx.N(p),
            ctx.ch(["（", "（家住"]),
            ("address", p.addr),
            "）",
            ctx.ch(["常年患", f"自{ctx.r.randint(2012, ctx.year - 1)}年起患"]),
            ("health", ctx.ch(HEALTH)),
            "，家庭生活困难。经核实，该户已于",
            ctx.date(),
            "纳入",
            ctx.ch(["农村低保", "特困供养", "临时救助"]),
            "范围，月补助",
            f"{ctx.r.randint(3, 9) * 100}",
            "元。",
        )
        if len(ps) > 1:
            items: list[Piece] = ["另您反映的"]
            for i, q in enumerate(ps[1:]):
                items += (["、"] if i else []) + [ctx.N(q)]
            items += [
                "等户的困难情况，已转",
                ctx.ch(ctx.co["towns"]),
                "人民政府逐户走访，其中",
                ctx.N(ps[1]),
                "户联系电话",
                ("mobile", ps[1].mobile),
                "已登记在册，由网格员定期回访。",
            ]
            doc.para(*items)
        doc.para(
            f"下一步，我们将会同财政等部门，研究提高{ctx.ch(['重度残疾人护理补贴', '高龄津贴', '农村饮水工程维护资金'])}标准，并将辖区内慢性病患者、残疾人等群体纳入常态化监测。"
            f"{ctx.year}年已安排资金{ctx.r.randint(50, 900)}万元。"
        )
        doc.para("感谢您对我们工作的关心和支持！")
        sign(doc, dept)
        doc.line(f"联系人：{ctx.official()}  联系电话：{ctx.office_phone()}")
        if ctx.r.random() < 0.5:
            doc.line(f"抄送：{ctx.co['name']}人大常委会人代工委、{ctx.co['name']}人民政府督查室")
    else:
        header(doc, f"{ctx.co['name']}{ctx.year}年人大代表建议和政协委员提案办理情况汇总表")
        rows = []
        for i in range(ctx.r.randint(4, 8)):
            rp = ctx.official()
            role = ctx.ch(["人大代表", "政协委员"])
            tp = ctx.ch(TOPICS)
            tp = tp[:-2] + ("建议" if role == "人大代表" else "提案")
            rows.append(
                [
                    C(str(i + 1)),
                    C(ctx.sp(rp)),
                    C(role),
                    C(tp),
                    C(ctx.co["name"] + ctx.ch(["民政局", "教育局", "水务局", "交通运输局"])),
                    C(ctx.ch(["A", "B", "C"])),
                    C(ctx.ch(["满意", "基本满意"])),
                ]
            )
        render_table(doc, ["序号", "领衔人", "身份", "标题", "主办单位", "答复类别", "代表委员意见"], rows)
        doc.line("")
        p = ctx.person()
        doc.para(
            f"典型案例：{rows[0][1][0].replace(chr(0x3000), '')}{rows[0][2][0][-2:]}反映的",
            ctx.ch(ctx.co["towns"]),
            "群众",
            ctx.N(p),
            "（",
            ("address", p.addr),
            "）房屋因",
            ctx.ch(["山体滑坡", "地基沉降", "暴雨"]),
            "受损问题，经现场查勘，已纳入危房改造计划。",
        )
        doc.para(f"各承办单位联系电话详见附件。投诉监督电话：{ctx.office_phone()}，12345。")


# ----------------------------------------------------------------------------- family 6: 听证
HEAR = [
    "城区居民生活用水价格调整",
    "城区管道天然气销售价格调整",
    "城区集中供热价格调整",
    "城市公共交通票价调整",
    "城区污水处理费标准调整",
    "景区门票价格调整",
]


def f_hearing(ctx, doc, sub):
    topic = ctx.ch(HEAR)
    dept = ctx.co["name"] + ctx.ch(["发展和改革局", "发展和改革委员会"])
    if sub == "result":
        header(doc, f"关于{topic}听证会参加人遴选结果的公告")
        doc.para(
            f"根据《政府制定价格听证办法》规定，{dept}拟于{ctx.date(6, 12)}召开{topic}听证会。经自愿报名、随机抽取和有关单位推荐，"
            "现将听证会参加人名单公告如下："
        )
        rows = []
        for _ in range(ctx.r.randint(4, 9)):
            p = ctx.person()
            occ = ctx.ch(["退休职工", "个体工商户", "社区居民", "教师", "自由职业", "农民"])
            cont = ctx.r.random()
            ct = [("mobile", p.mobile)] if cont < 0.2 else ([ctx.masked_mobile()] if cont < 0.5 else ["—"])
            rows.append([C("消费者"), C(ctx.N(p, table=True)), C(p.sex), C(occ), ct])
        for cat, unit in [
            (
                "经营者",
                ctx.ch(["城市供水有限公司", "燃气有限公司", "热力有限公司", "公共交通有限公司"])
                + ctx.ch(["副总经理", "财务部经理"]),
            ),
            ("人大代表", "县人大代表"),
            ("政协委员", "县政协委员"),
            ("专家学者", ctx.ch(["职业技术学院副教授", "会计师事务所注册会计师"])),
            ("社会组织", "消费者协会秘书长"),
        ]:
            if ctx.r.random() < 0.8:
                fem = ctx.r.random() < 0.4
                rows.append(
                    [C(cat), C(ctx.sp(ctx.official(female=fem))), C("女" if fem else "男"), C(unit), C("—")]
                )
        render_table(doc, ["类别", "姓名", "性别", "职业/单位", "联系电话"], rows)
        doc.line("")
        doc.para(
            f"公告期{ctx.r.randint(3, 5)}个工作日。对参加人有异议的，请于{ctx.date(6, 12)}前向我局反映。联系电话：{ctx.office_phone()}，地址：{ctx.agency_addr()}。"
        )
        sign(doc, dept)
    elif sub == "lottery":
        header(doc, f"{topic}听证会消费者参加人随机抽取结果公示")
        doc.para(
            f"{ctx.date(4, 8)}上午，在{ctx.co['name']}公证处公证员现场监督下，{dept}采取计算机随机抽取方式，从{ctx.r.randint(15, 60)}名自愿报名者中抽取消费者参加人。"
            f"公证书编号：({ctx.year}){ctx.co['name'][:1]}证民字第{ctx.r.randint(100, 999)}号。抽取结果如下："
        )
        for i in range(ctx.r.randint(4, 9)):
            p = ctx.person()
            f = ctx.r.random()
            line = [
                f"{i + 1}. ",
                ctx.N(p),
                f"，{p.sex}，{p.age}岁，{ctx.ch(['退休教师', '社区居民', '个体工商户', '企业职工', '农民'])}",
            ]
            if f < 0.35:
                line += ["，住址：", ("address", p.addr)]
            elif f < 0.55:
                line += ["，身份证号：", ctx.masked_id()]
            elif f < 0.7:
                line += ["，身份证号：", ("id_card", p.id)]
            if ctx.r.random() < 0.3:
                line += ["，电话：", ("mobile", p.mobile)]
            doc.line(*line)
        bk = ctx.person()
        doc.para("备选人员：", ctx.N(bk), "（如正式参加人因故不能参加，由备选人员依次递补）。")
        doc.para(f"监督电话：{ctx.office_phone()}    监督邮箱：{ctx.mailbox('fgj')}")
        sign(doc, dept)
    else:
        header(doc, f"{topic}听证会参加人和旁听人员名单")
        ps = [ctx.person() for _ in range(ctx.r.randint(3, 7))]
        items = ["一、消费者参加人（" + str(len(ps)) + "名）：\n"]
        for i, p in enumerate(ps):
            items += (["、"] if i else []) + [ctx.N(p)]
        doc.add(*items, "\n")
        offs = [ctx.official() for _ in range(3)]
        doc.line(
            f"二、经营者参加人：{offs[0]}（{ctx.ch(['城市供水有限公司', '燃气有限公司', '热力有限公司'])}）"
        )
        doc.line(f"三、其他参加人：{offs[1]}（县人大代表）、{offs[2]}（县政协委员）")
        aud = [ctx.person() for _ in range(ctx.r.randint(2, 4))]
        items = ["四、旁听人员：", ctx.N(aud[0])]
        for p in aud[1:]:
            items += ["、", ctx.N(p)]
        doc.add(*items, "\n")
        doc.para(
            "听证会定于",
            ctx.date(6, 12),
            "在",
            ctx.agency_addr(),
            f"{ctx.r.randint(2, 6)}楼会议室举行。旁听人员",
            ctx.N(aud[0]),
            "因",
            ctx.ch(["病住院", "临时外出"]),
            "无法参加" if ctx.r.random() < 0.6 else "已申请退出",
            "，由候补人员递补。",
        )
        if ctx.r.random() < 0.5:
            doc.para(
                "请参加人于会前携带身份证原件到会场签到。会务联系人：",
                ctx.official(),
                "，电话：",
                ctx.office_phone(),
                "。",
            )
        sign(doc, dept)


# ----------------------------------------------------------------------------- family 7: 依申请公开
FOI_INFO = [
    "{t}的最低生活保障审批材料",
    "{t}的宅基地审批档案",
    "{t}的房屋征收补偿协议及补偿款发放记录",
    "{t}的残疾人两项补贴发放记录",
    "{t}享受农村危房改造补助的审批表",
    "{t}的林权证登记信息",
]


def f_foi(ctx, doc, sub):
    app = ctx.person()
    tp = ctx.person(old=ctx.r.random() < 0.4)
    dept = ctx.co["name"] + ctx.ch(["民政局", "自然资源局", "住房和城乡建设局", "农业农村局"])
    info_t = ctx.ch(FOI_INFO)
    pre, post_ = info_t.split("{t}")
    reqno = f"{ctx.co['name'][:1]}{ctx.ch(['民', '自然', '住建', '农'])}依申〔{ctx.year}〕{ctx.r.randint(1, 60)}号"
    if sub == "reply":
        header(doc, "政府信息公开申请答复书", with_index=ctx.r.random() < 0.5)
        doc.line(reqno)
        doc.add(ctx.N(app) if ctx.r.random() < 0.8 else ctx.masked_name(app.name), "：\n")
        doc.para(
            f"本机关于{ctx.date(1, 6)}收到您通过{ctx.ch(['信函', '政府网站在线申请', '当面'])}提交的政府信息公开申请，申请获取“",
            pre,
            ctx.N(tp),
            "（身份证号：",
            ("id_card", tp.id) if ctx.r.random() < 0.85 else ctx.id15(tp),
            "）",
            post_,
            "”。",
        )
        doc.para(
            "经审查，您申请获取的信息涉及第三方",
            ctx.N(tp),
            "的个人隐私。本机关于",
            ctx.date(6, 8),
            "书面征求第三方意见，第三方在规定期限内",
            ctx.ch(["明确表示不同意公开", "未提出意见"]),
            "。根据《中华人民共和国政府信息公开条例》第十五条、第三十二条的规定，决定不予公开。",
        )
        if ctx.r.random() < 0.5:
            doc.para(
                "经查，该户现住",
                ("address", tp.addr),
                "，",
                ctx.ch(["因", "户主"]),
                ctx.ch(["本人", "其配偶"]),
                ("health", ctx.ch(HEALTH)),
                "，符合相关条件，审批程序合法。",
            )
        if ctx.r.random() < 0.4:
            num = ctx.card()
            doc.para(
                "补助资金已通过",
                num[1],
                "账户（",
                ("bank_card", num[0]),
                "）发放，共计",
                f"{ctx.r.randint(2, 40) * 1000:,}",
                "元。",
            )
        doc.para(
            f"如对本答复不服，可以自收到本答复之日起60日内向{ctx.R['city'] or '重庆市'}人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。"
        )
        sign(doc, dept + "（盖章）")
        if ctx.r.random() < 0.5:
            doc.line("（联系人：" + ctx.official() + "  电话：" + ctx.office_phone() + "）")
    elif sub == "consult":
        header(doc, "政府信息公开第三方意见征询函", with_index=False)
        doc.line(reqno.replace("依申", "征询"))
        doc.add(ctx.N(tp), "：\n")
        doc.para(
            f"本机关于{ctx.date(1, 6)}收到",
            *(["申请人", ctx.N(app)] if ctx.r.random() < 0.7 else ["申请人"]),
            "的政府信息公开申请，申请获取“",
            pre,
            ctx.ch(["您", ctx.N(tp)]) if pre == "" else "您",
            post_,
            "”。因该信息可能涉及您的个人隐私，根据《中华人民共和国政府信息公开条例》第三十二条规定，现征求您的意见。",
        )
        doc.para(
            "请您自收到本函之日起15个工作日内提出书面意见，逾期未提出意见的，由本机关依照条例规定决定是否公开。"
        )
        doc.para(
            "本函送达地址：",
            ("address", tp.addr),
            "；送达方式：",
            ctx.ch(["邮寄", "直接送达"]),
            "。",
            *(["您的联系电话", ("mobile", tp.mobile), "已登记。"] if ctx.r.random() < 0.5 else []),
        )
        doc.para(
            f"回复地址：{ctx.agency_addr()}{dept[len(ctx.co['name']) :]}，邮编：{ctx.post()}，联系电话：{ctx.office_phone()}。"
        )
        sign(doc, dept)
        if ctx.r.random() < 0.6:
            doc.line(f"邮件号：{ctx.ch(['1', '9'])}{ctx.r.randint(10**11, 10**12 - 1)}")
    else:
        header(
            doc,
            f"附件：{pre.replace('的', '') or ''}{post_.strip('的')}名册（依申请公开答复附件）",
            with_index=False,
        )
        doc.para(
            "申请人",
            ctx.N(app),
            "申请的信息，经审查属于可以公开的政府信息。",
            ctx.ch(["现提供如下：", "相关信息如下："]),
        )
        rows = []
        amt_col = ctx.r.random() < 0.7
        for i in range(ctx.r.randint(3, 8)):
            p = tp if i == 0 else ctx.person()
            idc = [("id_card", p.id)] if ctx.r.random() < 0.7 else [ctx.masked_id()]
            num = ctx.card()
            cd = (
                [("bank_card", num[0])] if ctx.r.random() < 0.7 else [num[0][:4] + "**********" + num[0][-4:]]
            )
            row = [C(str(i + 1)), C(ctx.N(p, table=True)), idc, cd]
            if amt_col:
                row.append(C(f"{ctx.r.randint(10, 600) * 10}.00"))
            rows.append(row)
        render_table(doc, ["序号", "姓名", "身份证号", "账号"] + (["金额（元）"] if amt_col else []), rows)
        doc.line(f"制表：{ctx.official()}    审核：{ctx.official()}    {ctx.date()}")


# ----------------------------------------------------------------------------- family 8: 调解
def party_block(ctx, doc, role, p, style):
    info = [f"{role}：", ctx.N(p), f"，{p.sex}，"]
    info += [p.eth, f"，{p.birth.year}年{p.birth.month}月{p.birth.day}日出生，"]
    f = ctx.r.random()
    if f < 0.6:
        info += ["公民身份号码", ("id_card", p.id), "，"]
    elif f < 0.68 and p.birth.year <= 1975:
        info += ["身份证号", ctx.id15(p), "，"]
    elif f < 0.74:
        info += [
            "护照号码",
            ("passport", "E" + ctx.ch("0123456789ABCDEFGHJK") + f"{ctx.r.randint(10**6, 10**7 - 1)}"),
            "，",
        ]
    elif f < 0.79:
        info += ["往来港澳通行证号码", ("hk_macau_permit", "C" + f"{ctx.r.randint(10**7, 10**8 - 1)}"), "，"]
    elif f < 0.83:
        if ctx.r.random() < 0.5:
            info += [
                "大陆居民往来台湾通行证号码",
                ("tw_permit", "L" + f"{ctx.r.randint(10**7, 10**8 - 1)}"),
                "，",
            ]
        else:
            info += ["台湾居民来往大陆通行证号码", ("tw_permit", f"{ctx.r.randint(10**7, 10**8 - 1)}"), "，"]
    else:
        info += [ctx.masked_id(), "，"]
    info += [
        "住",
        ("address", p.addr),
        "，联系电话",
        ("mobile", p.mobile) if ctx.r.random() < 0.85 else ("landline", ctx.landline()),
        "。",
    ]
    if style == "kv":
        kv(
            doc,
            [
                (role, [ctx.N(p)]),
                ("性别", [p.sex]),
                ("出生日期", [f"{p.birth:%Y-%m-%d}"]),
                ("身份证号", [("id_card", p.id)]),
                ("住址", [("address", p.addr)]),
                ("联系电话", [("mobile", p.mobile)]),
            ],
        )
    else:
        doc.para(*info, indent=False)


DISPUTES = [
    ("邻里", "因房屋排水问题发生纠纷", "双方房屋相邻，{a}家屋檐滴水及生活污水排入{b}家院内，多次协商未果。"),
    (
        "宅基地",
        "因宅基地界址发生纠纷",
        "双方宅基地相邻，{a}翻建院墙时超出原界址约0.6米，{b}认为侵占其宅基地。",
    ),
    ("人身损害", "因饲养的犬只咬伤他人发生纠纷", "{a}饲养的犬只未拴养，将路过的{b}咬伤，{b}花去医疗费若干。"),
    ("土地承包", "因承包地流转费用发生纠纷", "{b}流转{a}承包地{n}亩用于种植，双方对流转费支付时间产生争议。"),
    (
        "交通事故",
        "因车辆剐蹭发生纠纷",
        "{a}驾驶{pa}小型轿车倒车时，与{b}停放的{pb}车辆发生剐蹭，双方对维修费用分担产生争议。",
    ),
    ("婚姻家庭", "因赡养老人发生纠纷", "{a}与{b}系同胞兄弟姐妹，双方对母亲的赡养费分担产生争议。"),
]


def f_mediate(ctx, doc, sub):
    a, b = ctx.person(), ctx.person()
    town = ctx.ch(ctx.co["towns"])
    if sub == "people":
        dp = ctx.ch(DISPUTES)
        header(doc, "人民调解协议书", with_index=False)
        doc.line(f"编号：{ctx.co['name'][:1]}{town[:2]}调字〔{ctx.year}〕第{ctx.r.randint(1, 99)}号")
        style = "kv" if ctx.r.random() < 0.4 else "prose"
        party_block(ctx, doc, "当事人（甲方）", a, style)
        party_block(ctx, doc, "当事人（乙方）", b, style)
        doc.line("纠纷简要情况：")
        fact = []
        for piece in re.split(r"(\{(?:a|b|n|pa|pb)\})", dp[2]):
            if piece == "{a}":
                fact.append(ctx.N(a))
            elif piece == "{b}":
                fact.append(ctx.N(b))
            elif piece in ("{pa}", "{pb}"):
                fact.append(("license_plate", plate(ctx)))
            elif piece == "{n}":
                fact.append(str(ctx.r.randint(2, 30)))
            elif piece:
                fact.append(piece)
        if dp[0] == "人身损害":
            fact += [
                "经",
                ctx.ch(["县人民医院", "乡镇卫生院"]),
                "诊断为",
                ("health", ctx.ch(["左小腿咬伤", "右手犬咬伤", "左腿软组织挫伤"])),
                "。",
            ]
        doc.para(*fact)
        doc.line("经调解，双方自愿达成如下协议：")
        amt = ctx.r.randint(5, 200) * 100
        kind_pay = {
            "人身损害": "医疗费及误工费",
            "交通事故": "车辆维修费",
            "婚姻家庭": "母亲赡养费",
            "土地承包": "土地流转费",
        }.get(dp[0], ctx.ch(["补偿款", "赔偿款"]))
        pay: list[Piece] = [f"1. 甲方于{ctx.date()}前一次性支付乙方{kind_pay}人民币{amt:,}元（大写略）"]
        if ctx.r.random() < 0.5:
            num = ctx.card()
            pay += ["，转入乙方", num[1], "账户", ("bank_card", num[0])]
        doc.para(*pay, "；", indent=False)
        doc.para("2. 乙方收到款项后，双方就此纠纷再无其他争议；", indent=False)
        doc.para("3. 本协议一式三份，双方当事人各执一份，人民调解委员会留存一份。", indent=False)
        if ctx.r.random() < 0.5:
            w = ctx.person()
            doc.line("见证人：", ctx.N(w), "（村民代表）")
        doc.line("当事人（签名）：" + ("    " if ctx.r.random() < 0.5 else "\n"), ctx.N(a), "    ", ctx.N(b))
        doc.line(f"人民调解员（签名）：{ctx.official()}    记录人：{ctx.official()}")
        doc.line(
            f"{town}{ctx.ch(['人民调解委员会', ctx.ch(ctx.R['villages']) + ('村' if not ctx.R['villages'][0].endswith('嘎查') else '') + '人民调解委员会'])}（印章）"
        )
        doc.line(ctx.date())
    elif sub == "consumer":
        shop = ctx.ch(SHOPS)
        indiv = ctx.r.random() < 0.45
        header(
            doc, f"{ctx.co['name']}{ctx.ch(['市场监督管理局', '消费者协会'])}消费纠纷调解书", with_index=False
        )
        doc.line(f"{ctx.co['name'][:1]}市监调〔{ctx.year}〕{ctx.r.randint(1, 300)}号")
        pairs = [
            ("申请人", [ctx.N(a)]),
            ("性别", [a.sex]),
            ("联系电话", [("mobile", a.mobile)]),
            ("住址", [("address", a.addr)]),
        ]
        if ctx.r.random() < 0.35:
            pairs.insert(2, ("身份证号", [("id_card", a.id)]))
        kv(doc, pairs)
        legal = ctx.official()
        if indiv:
            kv(
                doc,
                [
                    (
                        "被申请人",
                        [
                            f"{ctx.place if ctx.r.random() < 0.5 else ctx.co['name']}{town}{shop}（个体工商户）"
                        ],
                    ),
                    ("经营者", [ctx.N(b)]),
                    ("联系电话", [("mobile", b.mobile)]),
                    ("统一社会信用代码", [ctx.credit("co")]),
                    ("经营场所", [ctx.agency_addr()]),
                ],
            )
        else:
            kv(
                doc,
                [
                    (
                        "被申请人",
                        [f"{ctx.co['name'][:-1]}{shop}有限公司" if not shop.endswith("有限公司") else shop],
                    ),
                    ("统一社会信用代码", [ctx.credit("co")]),
                    ("法定代表人", [legal]),
                    ("住所", [ctx.agency_addr()]),
                    ("联系电话", [ctx.office_phone()]),
                ],
            )
        doc.line("")
        doc.para(
            f"申请人于{ctx.date(1, 6)}在被申请人处购买{ctx.ch(['冰箱一台', '手机一部', '沙发一套', '健身年卡一张', '课时包48节'])}，"
            f"支付价款{ctx.r.randint(8, 180) * 100}元（订单号{ctx.caseno()}）。使用中发现{ctx.ch(['质量问题', '与宣传不符', '经营者关门停业无法继续服务'])}，"
            "申请人要求退款，双方协商未果，申请人于",
            ctx.date(6, 8),
            "拨打12315投诉。",
        )
        if ctx.r.random() < 0.3:
            doc.para(
                "申请人称其家中老人",
                ctx.N(ctx.fresh()),
                ctx.ch(["系", "患有"]),
                ("health", ctx.ch(HEALTH)),
                "，急需使用该商品。",
            )
        doc.para(
            f"经调解，双方自愿达成如下协议：被申请人于{ctx.date(7, 9)}前退还申请人{ctx.r.randint(5, 150) * 100}元，"
            + ctx.ch(["通过微信转账支付。", "以现金方式支付。", "原路退回。"])
        )
        doc.line("申请人（签字）：", ctx.N(a))
        doc.line("被申请人（签章）：", *([ctx.N(b)] if indiv else [ctx.ch(["（公司盖章）", legal])]))
        doc.line(f"调解人员：{ctx.official()}、{ctx.official()}")
        doc.line(f"{ctx.co['name']}市场监督管理局{town[:2]}市场监督管理所    {ctx.date(7, 12)}")
    else:
        header(
            doc,
            f"{ctx.co['name']}人民政府{ctx.ch(['林地', '土地', '草场', '水利设施'])}权属争议行政调解书",
            with_index=False,
        )
        doc.line(ctx.wenhao(ctx.co["name"][:1] + ctx.ch(["政调", "自然调", "政调字"])))
        for role, p in (("申请人", a), ("被申请人", b)):
            party_block(ctx, doc, role, p, "prose")
        if ctx.r.random() < 0.4:
            ag = ctx.person()
            doc.para(
                "委托代理人：",
                ctx.N(ag),
                "，系申请人之",
                ctx.ch(["子", "女", "侄子"]),
                "，联系电话",
                ("mobile", ag.mobile),
                "。",
                indent=False,
            )
        elif ctx.r.random() < 0.4:
            doc.para(
                f"委托代理人：{ctx.official()}，{ctx.co['name'][:-1]}{ctx.ch(['正义', '明德', '天平'])}律师事务所律师。",
                indent=False,
            )
        v = ctx.ch(ctx.R["villages"])
        doc.para(
            f"申请人与被申请人因{town}{v}{'村' if not v.endswith('嘎查') else ''}{ctx.ch(['“大湾”', '“后山梁”', '“西沟”', '“东滩”'])}地块权属发生争议，申请人于{ctx.date(1, 5)}向本府申请调处。"
            f"本府受理后，由{ctx.co['name']}{ctx.ch(['自然资源局', '林业和草原局', '水务局'])}组织现场勘验，该地块面积{ctx.r.randint(2, 40)}.{ctx.r.randint(0, 9)}亩。"
            f"{town}{v}村党支部书记{ctx.official()}、村委会主任{ctx.official()}到场指界。"
        )
        doc.para(
            "经本府主持调解，双方当事人自愿达成如下协议：一、争议地块以现有田埂为界，东侧归申请人使用，西侧归被申请人使用；二、被申请人补偿申请人"
            f"地上附着物补偿款{ctx.r.randint(10, 300) * 100}元；三、双方今后不得再就该地块发生争议。"
        )
        if ctx.r.random() < 0.3:
            doc.para("被申请人", ctx.N(b), "因", ("health", ctx.ch(HEALTH)), "行动不便，由其家属代为签字。")
        doc.para("本调解书经双方当事人签收后即具有法律效力。")
        doc.line("申请人：", ctx.N(a), "    被申请人：", ctx.N(b))
        sign(doc, ctx.gov)


FAMILIES = [
    ("letter", f_letter, ["select", "reply", "list"]),
    ("opinion", f_opinion, ["feedback", "table", "summary"]),
    ("message", f_message, ["reply", "hotline", "list"]),
    ("consult", f_consult, ["qa", "table", "reply"]),
    ("npc", f_npc, ["npc_reply", "cppcc_reply", "table"]),
    ("hearing", f_hearing, ["result", "lottery", "audit"]),
    ("foi", f_foi, ["reply", "consult", "attach"]),
    ("mediate", f_mediate, ["people", "consumer", "admin"]),
]


# ----------------------------------------------------------------------------- checks
MOB_RE = re.compile(r"(?<![\d])(?:\+?86[- ]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)")
ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
ID15_RE = re.compile(r"(?<!\d)\d{15}(?!\d)")
CARD_RE = re.compile(r"(?<!\d)(?:\d{16,19}|\d{4}(?: \d{4}){3}(?: \d{1,4})?)(?!\d)")


def real_date(y, m, d):
    try:
        _dt.date(y, m, d)
        return True
    except ValueError:
        return False


def valid_id18(s):
    return (
        s[:6] in ALL_CODES
        and real_date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
        and id_check(s[:17]) == s[17].upper()
    )


def hard_asserts(text, spans):
    last = 0
    for sp in spans:
        assert text[sp["start"] : sp["end"]] == sp["text"], sp
        assert sp["start"] >= last, ("overlap", sp)
        last = sp["end"]
        k, t = sp["kind"], sp["text"]
        if k != "address":
            assert "\n" not in t, sp
        if k == "id_card":
            assert valid_id18(t), t
        elif k == "id_card_15":
            assert t[:6] in ALL_CODES and real_date(1900 + int(t[6:8]), int(t[8:10]), int(t[10:12])), t
        elif k == "bank_card":
            d = t.replace(" ", "")
            assert luhn_ok(d) and d.startswith(ISSUER_PREFIXES) and 16 <= len(d) <= 19, t


def soft_ok(text, spans):
    masked = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            masked[i] = "#"
    m = "".join(masked)
    if MOB_RE.search(m):
        return False
    for x in ID_RE.finditer(m):
        if id_check(x.group()[:17]) == x.group()[17].upper():
            return False
    for x in ID15_RE.finditer(m):
        s = x.group()
        if s[:6] in ALL_CODES or real_date(1900 + int(s[6:8]), int(s[8:10]) or 99, int(s[10:12]) or 99):
            return False
    for x in CARD_RE.finditer(m):
        d = x.group().replace(" ", "")
        if 16 <= len(d) <= 19 and luhn_ok(d) and d.startswith("62"):
            return False
    names = {sp["text"] for sp in spans if sp["kind"] == "name"}
    names |= {n.replace("\u3000", "") for n in names}
    return all(n not in m for n in names)


def make_doc(seed, i):
    fam, fn, subs = FAMILIES[i % len(FAMILIES)]
    for attempt in range(100):
        rng = random.Random(f"{seed}:{i}:{attempt}")
        ctx = Ctx(rng, i)
        ctx.width = rng.randint(28, 40)
        ctx.page = 1
        ctx.running = ""
        sub = rng.choice(subs)
        doc = Doc(ctx)
        fn(ctx, doc, sub)
        text = doc.text()
        hard_asserts(text, doc.spans)
        if soft_ok(text, doc.spans):
            t = f"{fam}.{sub}" + (".pdf" if ctx.pdf else "")
            return {"type": t, "text": text, "spans": doc.spans}
    raise RuntimeError(f"doc {i}: no clean draw")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=139)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        for num, dec in enumerate(DECISIONS, 1):
            print(f"{num}. {dec}")
        return
    if not a.out:
        ap.error("-o is required")
    kinds: Counter[str] = Counter()
    types: Counter[str] = Counter()
    fams: Counter[tuple[str, str]] = Counter()
    with open(a.out, "w", encoding="utf-8") as fh:
        for i in range(a.docs):
            d = make_doc(a.seed, i)
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
            types[d["type"]] += 1
            for sp in d["spans"]:
                kinds[sp["kind"]] += 1
                fams[(d["type"].split(".")[0], sp["kind"])] += 1
    if a.stats:
        print(f"docs: {a.docs}  seed: {a.seed}  spans: {sum(kinds.values())}", file=sys.stderr)
        for k, v in kinds.most_common():
            print(f"  {k:16s} {v}", file=sys.stderr)
        print("per family (name / numbers / address):", file=sys.stderr)
        for fam, _, _ in FAMILIES:
            nums = sum(fams[(fam, k)] for k in ("id_card", "id_card_15", "mobile", "landline", "bank_card"))
            print(
                f"  {fam:8s} name={fams[(fam, 'name')]:4d} numbers={nums:4d} address={fams[(fam, 'address')]:4d}",
                file=sys.stderr,
            )
        pdf = sum(v for t, v in types.items() if t.endswith(".pdf"))
        print(f"  pdf/word layouts: {pdf}/{a.docs}", file=sys.stderr)


if __name__ == "__main__":
    main()
