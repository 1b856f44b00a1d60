#!/usr/bin/env python3
# ruff: noqa: E501
"""Blind holdout set 33: labelled PII spans in synthetic county / township 政务公开 documents.

What it is
    A standalone, standard-library-only generator of a labelled evaluation set for a personal-information
    detector.  It was written blind (without reading the detector, its tests, docs or the other sets), so the
    score on it measures first contact generalisation.  Every document is synthetic: names, ID numbers,
    cards, phones and addresses are random but *format-valid* (GB 11643 checksums, Luhn, real county codes,
    real area codes and plate prefixes), so nothing in it belongs to a real person.

How to run
    python holdout33.py --docs 400 --seed 149 -o out.jsonl            # write the set
    python holdout33.py --docs 400 --seed 149 -o out.jsonl --stats    # + span counts per kind / family on stderr
    python holdout33.py --decisions                                    # the numbered labelling decisions
    Same --docs/--seed give byte-identical output: document i is drawn from its own
    random.Random(f"{seed}:{i}:{attempt}") (attempt = 0, 1, ... when a self-check fails and the document is
    redrawn); no hash(), no set iteration order, no clock, no global random.

Output format
    JSON Lines, one document per line:
      {"type": "family.subkind" or "family.subkind.pdf", "text": "...",
       "spans": [{"kind": ..., "start": ..., "end": ..., "text": ...}, ...]}
    start/end are Python str indices into text, text[start:end] == span text, spans are sorted and do not
    overlap.  Kinds: id_card, id_card_15, mobile, landline, bank_card, email, passport, hk_macau_permit,
    tw_permit, license_plate, address, name, health.

Regions (county code, area code, plate prefix, naming style)
    宁夏吴忠市利通区 640302 0953 宁C (Han, Hui) - weighted up;  宁夏固原市西吉县 640422 0954 宁D (Hui, Han);
    新疆喀什地区疏附县 653121 0998 新Q (Uyghur "given·father");  西藏日喀则市桑珠孜区 540202 0892 藏D (Tibetan,
    no surname);  四川凉山州昭觉县 513431 0834 川W (Yi four-character);  广西南宁市马山县 450124 0771 桂A
    (Zhuang, 屯 addresses);  内蒙古通辽市科尔沁左翼中旗 150521 0475 蒙G (Mongolian, 嘎查);  河南周口市郸城县
    411625 0394 豫P (Han, compound surnames);  四川南充市仪陇县 511324 0817 川R (Han, 社 addresses);  甘肃临夏州
    东乡族自治县 622926 0930 甘N (Dongxiang / Hui, 社);  山东菏泽市曹县 371721 0530 鲁R (Han, 村+门牌号).

Families (family = index mod 8) and sub-kinds (sub-kind = (index // 8) mod 3)
    1 sanitation             厕所革命 户厕改造 / 清洁取暖 煤改电:  accepted_list (验收合格户名单), subsidy_payout
                             (补助资金发放明细, 一卡通), inspection_form (入户核查表)
    2 work_relief            以工代赈 劳务报酬:  worker_roster (务工人员花名册), wage_notice (劳务报酬发放公示),
                             project_notice (项目监督公告, prose)
    3 eco_compensation       退耕还林 / 生态公益林 补偿兑现:  household_ledger (到户兑现清册), objection_reply
                             (公示异议处理说明), change_form (补助对象变更申请表)
    4 education_aid          雨露计划 / 两免一补:  student_list (拟补助学生名单), application_form (申请审批表),
                             fund_notice (资金到账通知)
    5 agri_insurance         种粮大户 / 农业保险理赔:  claim_notice (理赔到户公示), grower_subsidy (大户补贴名单),
                             loss_survey (查勘定损记录)
    6 collective_membership  农村集体经济组织成员身份确认:  member_register (成员名册), objection_decision
                             (异议处理决定), meeting_resolution (成员代表会议决议)
    7 family_doctor          家庭医生签约 / 乡村医生:  contract_list (签约居民名单), followup_record (随访记录),
                             doctor_subsidy (村医补助发放)
    8 disability_subsidy     残疾人两项补贴 / 机动轮椅车燃油补贴:  payout_list (发放名单), application_form
                             (申请审核表), adjustment_notice (动态调整公告)

Layouts
    label-value forms (one or two fields a line, full-width colon, spaced labels such as "姓　　名", tab
    forms, label and value on separate lines), prose (notices, letters, decisions, minutes), tab tables,
    space-aligned tables, markdown pipe tables, HTML <table>, CSV with quotes, one cell per line (Word table
    pasted as text), numbered lists, 、-separated name lists.  About 25% of documents are ".pdf" (text
    extraction): prose hard-wrapped at 28-40 characters (a break may fall inside an address span, which then
    contains the "\\n"; any other span is moved whole to the next line), two-character names in tables spaced
    with U+3000 ("吴　英", the span covers the space), page numbers ("- 2 -") and running titles repeated
    between table rows, single-space table rows.

Near-misses (present, never labelled)
    GB 32100-valid 统一社会信用代码 (checksum computed, GB 11714 organisation code inside), 文号, 索引号,
    case / batch / claim / ticket numbers (some 16-19 digits and Luhn-valid but with no bank prefix), 保单号,
    电表户号, 档案编号, amounts (also in 大写), dates, birth dates, ages, postcodes, office landlines and hotlines
    (12345, 12317, 95518 ...), gov.cn mailboxes and agency webmail boxes, masked values (138****5678,
    6403**********123X, 马*梅, 王某, 马某某), surname + 先生/女士, officials / staff / village cadres / doctors
    in their public role, addresses of agencies, clinics, schools, companies and public-works sites (even
    when written down to 组), bare village names, place names containing surnames (张庄村, 王民乡, 马家湖村,
    马山县), programme names containing disease words (慢性病管理, 残疾人两项补贴), service categories
    (65岁以上老年人, 孕产妇), vitals, symptoms and drug names.

Self-checks (per document; the document is redrawn with the next attempt on failure)
    text[start:end] == span text; spans sorted and non-overlapping; every id_card has a valid GB 11643
    checksum, a real birth date and a listed county code; every id_card_15 a real date and a listed code;
    every bank_card is Luhn-valid with a listed issuer prefix; no UNLABELLED substring looks like a mobile,
    a checksum-valid 18-digit ID, a 15-digit ID with a real date, or a Luhn-valid 16-19 digit card with a
    bank prefix (plain or space / dash grouped); a labelled name never also occurs unlabelled in the same
    document (spaced and unspaced forms), except inside a longer labelled span.
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

DECISIONS: list[str] = [
    "Private persons = natural persons who are the subject of the record: 户主, household members, applicants, beneficiaries, workers paid by 以工代赈, students and their guardians, insured farmers, 种粮大户 and the natural-person heads (负责人) of 家庭农场 / 合作社 listed for a subsidy, objectors and complainants, 代办人 / 代签人, villagers who attend and sign a members' meeting.",
    "Not private (never labelled): officials and staff acting in their role — 经办人, 审核人, 制表人, 联系人, 核查人员, 包村干部, 驻村第一书记, 镇长, 局长, 村(居)委会主任 / 书记 / 委员, 村务监督委员会主任, 集体经济组织理事长 when acting for the organisation, insurance 查勘员, school staff, 签约医生 / 随访医生 / 卫生院院长, project managers and legal representatives of companies named in their business role.",
    "乡村医生 (village doctors): when they act as service providers (签约医生, 随访医生, 团队长) they are staff and not labelled; in the 村医补助发放 list, which publishes their own ID numbers, cards and phones as recipients of personal payments, they are private persons and every piece is labelled.",
    "A name is labelled wherever it appears (tables, prose, signature lines such as 户主签字, 、-separated lists); 2-character names spaced with U+3000 in PDF tables are one span including the space.",
    "Masked names (马*梅), 某-names (王某, 马某某), surname + 先生/女士 are not labelled; neither are names inside business names (the set avoids person-named firms).",
    "Uyghur names are one span including the middle dot (· or •); Yi four-character names and Tibetan / Mongolian names without surname are one span.",
    "address = the home / house / plot location of a private person written down to a sub-village unit (组, 村民小组, 社, 屯, 嘎查 + 组, 门牌号, 号楼/栋, 单元, 室). One span from the first written place token (province, county, town or village, whichever is written first) to the last unit.",
    "A bare village or community name (田桥村, 所在村 column), a town, or a county is not an address and is not labelled; the '村' column next to a '户主' column is therefore unlabelled.",
    "Plot locations (退耕地块, 受灾地块, 种植地点) tied to a named household are addresses when written down to 组/社/屯; 小班号 and field names (东湾滩) are not part of the span.",
    "Addresses of agencies, village committees, clinics, schools, banks, companies, shops and public-works sites (e.g. 项目建设地点 田桥村三组至五组) are not labelled even when they reach 组 or 号.",
    "In PDF-wrapped prose a line break may fall inside an address span (the span then contains the newline); other spans are moved whole to the next line.",
    "mobile span covers +86 / 86- prefix and inner spaces or dashes; a mobile number used as an email local part is part of the email span only.",
    "landline is labelled only for a private person's own (home) phone; it covers the area code and its brackets or dash. Office, village committee, clinic, insurer and hotline numbers (12345, 12317, 95518) are never labelled, whatever their format.",
    "Officials' contact numbers are only office landlines / hotlines; the set never shows an official's mobile, so every unmasked mobile in the set belongs to a private person.",
    "bank_card = a private person's card / 一卡通 / 社保卡金融账户 number (Luhn-valid, real issuer prefix); spaced groups are one span. Corporate accounts of cooperatives and agencies and batch / voucher numbers are not labelled.",
    "id_card: the 18-digit number of a private person wherever it appears, including as 驾驶证号 (Chinese driving licences use the ID number) and inside a 全国学籍号 'G' + ID (span = the 18 digits, without the G).",
    "id_card_15: first-generation 15-digit numbers (old 退耕还林 ledgers, old registers, 证件类型 = 一代身份证).",
    "Masked IDs, cards and phones (6403**********123X, 6228 48** **** **** 123, 139****5678) and 残疾人证号 shown masked are not labelled.",
    "passport (E + 8 digits, E + letter + 7 digits), hk_macau_permit (往来港澳通行证 C…, 回乡证 H…/M…), tw_permit (台湾居民来往大陆通行证 8 digits, 大陆居民往来台湾通行证 L + 8 digits): the span is the number only, never the label.",
    "license_plate: plates of vehicles belonging to private persons (机动轮椅车, family car / 三轮车 in a household record); the span includes the separator dot or space if written.",
    "email: private mailboxes (qq, 163, 126, sina, 139, foxmail, outlook ...) of private persons. gov.cn mailboxes and the webmail boxes of township governments, village committees, clinics and companies are not labelled.",
    "health: a diagnosis, disease or disability category / grade attached to an identifiable person; the span is the term (肢体残疾二级, 2型糖尿病, 精神分裂症). Several diseases in one cell are separate spans.",
    "health is NOT labelled for: programme or form names (慢性病管理, 残疾人两项补贴, 严重精神障碍患者管理工作 in a heading), service categories (65岁以上老年人, 0-6岁儿童, 孕产妇, 脱贫人口), 健康 / 良好, vitals (血压 150/95mmHg), symptoms, drug names, 因病致贫, death.",
    "Socio-economic statuses (脱贫户, 监测户, 低保户, 特困供养) and ethnicity, gender, age, birth date are not labelled.",
    "A deceased person (原户主 in a change form, a member who died) is still a private person and is labelled.",
    "Minors (students) are private persons and labelled like adults.",
    "Village resolution signatories (成员代表) are private villagers and are labelled; the meeting's 主持人 / 记录人 (village cadres) are not.",
    "Birth dates, ages, 出生年月, dates and amounts are never labelled, even next to a name.",
    "Numbers that only look like PII (Luhn-valid 19-digit 流水号 starting with 20, 报案号, 档案编号, 电表户号, 林权证号) are left unlabelled; the generator guarantees none of them is a valid ID or a bank-prefixed card.",
    "Headings, running titles and page numbers never carry personal data in this set.",
    "A 证件号码 column may hold any document: the kind follows the document (18-digit ID, 15-digit ID, passport, permits), never the column header.",
    "户籍地址, 家庭住址, 现住址, 村组 (when it names a village and a 组/社/屯) and 所在村组 cells of a private person are addresses; 现居住地 given only as a country or region (香港, 台湾地区, 沙特阿拉伯) and 务工地 are not.",
    "Some ledgers carry first-generation 15-digit numbers in the 身份证号 column for older people; they are id_card_15, not id_card.",
    "A 家庭农场 / 合作社 name, its 统一社会信用代码 and its corporate account (对公) are not personal data; the land it farms (流转X村土地) is not an address. A natural-person 种粮大户's plot (X村X组) is.",
    "Project sites, a village's 村部, 卫生室, schools and a 村民委员会会议室 are never addresses; a 设备供应商 / 经销部 address is a shop address and is not labelled.",
    "Relations, 户编号, 小班号, 档案编号, 残疾等级 alone (一级) with no category are never labelled; a disability term is labelled with its grade when they are written together (肢体残疾二级, 听力四级).",
]

# ----------------------------------------------------------------------------- regions


@dataclass(frozen=True)
class Region:
    key: str
    prov: str
    pref: str
    county: str
    code: str
    area: str
    plate: str
    post: str
    abbr: str
    py: str
    domain: str
    styles: tuple[tuple[str, int], ...]
    towns: tuple[str, ...]
    villages: tuple[str, ...]
    unit: str
    hamlets: tuple[str, ...]
    compounds: tuple[str, ...]
    streets: tuple[str, ...]
    rural_bank: str
    court: str


REGIONS: tuple[Region, ...] = (
    Region(
        "litong",
        "宁夏回族自治区",
        "吴忠市",
        "利通区",
        "640302",
        "0953",
        "宁C",
        "751100",
        "利",
        "ltq",
        "wuzhong.gov.cn",
        (("han", 5), ("hui", 5)),
        (
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
        ),
        (
            "田桥村",
            "马家湖村",
            "秦渠村",
            "朝阳村",
            "涝河桥村",
            "塔湾村",
            "高闸村",
            "巴浪湖村",
            "五里坡村",
            "牛家坊村",
            "杨家湖村",
            "新华桥村",
            "早元村",
            "关渠村",
        ),
        "组",
        (),
        ("金积花园", "朝阳小区", "汇金苑", "利宁小区", "盛元名城", "富康家园"),
        ("裕民西街", "明珠路", "利宁街", "朔方路", "开元大道", "金积大街"),
        "宁夏黄河农村商业银行",
        "吴忠市利通区人民法院",
    ),
    Region(
        "xiji",
        "宁夏回族自治区",
        "固原市",
        "西吉县",
        "640422",
        "0954",
        "宁D",
        "756200",
        "西",
        "xjx",
        "nxxj.gov.cn",
        (("hui", 7), ("han", 3)),
        (
            "吉强镇",
            "兴隆镇",
            "平峰镇",
            "将台堡镇",
            "新营乡",
            "红耀乡",
            "田坪乡",
            "马建乡",
            "震湖乡",
            "兴平乡",
            "西滩乡",
            "王民乡",
            "什字乡",
            "马莲乡",
            "硝河乡",
            "偏城乡",
            "沙沟乡",
        ),
        (
            "龙王坝村",
            "单家集村",
            "下堡子村",
            "杨河村",
            "夏寨村",
            "苏堡村",
            "王岔村",
            "红旗村",
            "大庄村",
            "团结村",
            "芦子沟村",
            "火家集村",
        ),
        "组",
        (),
        ("西吉新城小区", "吉强家园", "滨河小区", "葫芦河花园"),
        ("西兰街", "文化路", "平峰路", "新区大道"),
        "宁夏黄河农村商业银行",
        "西吉县人民法院",
    ),
    Region(
        "shufu",
        "新疆维吾尔自治区",
        "喀什地区",
        "疏附县",
        "653121",
        "0998",
        "新Q",
        "844100",
        "疏",
        "sfx",
        "xjsf.gov.cn",
        (("uyghur", 9), ("han", 1)),
        (
            "托克扎克镇",
            "乌帕尔镇",
            "塔什米里克乡",
            "站敏乡",
            "布拉克苏乡",
            "铁日木乡",
            "萨依巴格乡",
            "木什乡",
            "吾库萨克镇",
            "兰干乡",
        ),
        (
            "库木巴格村",
            "英买里村",
            "阔纳协海尔村",
            "喀拉库勒村",
            "吐格曼贝希村",
            "阿克提坎村",
            "巴格拉村",
            "托万克村",
            "阿亚格曼干村",
            "色日克村",
        ),
        "组号",
        (),
        ("广州新城小区", "幸福家园", "团结小区"),
        ("广州路", "人民路", "解放南路", "乌帕尔路"),
        "新疆农村信用社",
        "疏附县人民法院",
    ),
    Region(
        "sangzhuzi",
        "西藏自治区",
        "日喀则市",
        "桑珠孜区",
        "540202",
        "0892",
        "藏D",
        "857000",
        "桑",
        "szz",
        "rkzszz.gov.cn",
        (("tibetan", 9), ("han", 1)),
        (
            "年木乡",
            "东嘎乡",
            "聂日雄乡",
            "甲措雄乡",
            "纳尔乡",
            "江当乡",
            "曲布雄乡",
            "曲美乡",
            "联乡",
            "边雄乡",
        ),
        (
            "帕热村",
            "德勒村",
            "夏鲁村",
            "强久村",
            "扎西岗村",
            "东嘎村",
            "查孜村",
            "仁青岗村",
            "达热村",
            "宗萨村",
        ),
        "组",
        (),
        ("上海新村", "珠峰小区", "吉祥苑"),
        ("上海中路", "青岛路", "珠峰路", "雪莲路"),
        "西藏银行",
        "日喀则市桑珠孜区人民法院",
    ),
    Region(
        "zhaojue",
        "四川省",
        "凉山彝族自治州",
        "昭觉县",
        "513431",
        "0834",
        "川W",
        "616150",
        "昭",
        "zjx",
        "zhaojue.gov.cn",
        (("yi", 8), ("han", 2)),
        (
            "新城镇",
            "谷曲镇",
            "比尔镇",
            "竹核镇",
            "四开镇",
            "解放乡",
            "三岔河镇",
            "地莫镇",
            "日哈乡",
            "支尔莫乡",
            "碗厂乡",
            "庆恒乡",
        ),
        (
            "火普村",
            "三河村",
            "阿并洛古村",
            "吉史里口村",
            "日都迪萨村",
            "好谷村",
            "拉一木村",
            "乃拖村",
            "补约村",
            "沐恩邸村",
        ),
        "组",
        (),
        ("沐恩邸社区", "城北感恩社区", "南坪小区"),
        ("建设路", "西街", "新城大道", "解放路"),
        "四川农村商业联合银行",
        "昭觉县人民法院",
    ),
    Region(
        "mashan",
        "广西壮族自治区",
        "南宁市",
        "马山县",
        "450124",
        "0771",
        "桂A",
        "530600",
        "马",
        "msx",
        "mashan.gov.cn",
        (("zhuang", 8), ("han", 2)),
        (
            "白山镇",
            "百龙滩镇",
            "林圩镇",
            "古零镇",
            "金钗镇",
            "周鹿镇",
            "永州镇",
            "乔利乡",
            "加方乡",
            "古寨瑶族乡",
            "里当瑶族乡",
        ),
        ("古朗村", "三甲村", "乔老村", "合作村", "兴隆村", "琴堂村", "内学村", "龙岩村", "古棠村", "乔利村"),
        "屯",
        (
            "那良屯",
            "弄怀屯",
            "板苏屯",
            "陇内屯",
            "那汉屯",
            "弄甲屯",
            "岜独屯",
            "古拉屯",
            "那瓦屯",
            "弄莫屯",
            "板定屯",
            "那桑屯",
        ),
        ("白山华庭", "恒大小区", "育才小区"),
        ("民主路", "人民路", "红星路", "乔利大道"),
        "广西农村信用社",
        "马山县人民法院",
    ),
    Region(
        "kezuozhong",
        "内蒙古自治区",
        "通辽市",
        "科尔沁左翼中旗",
        "150521",
        "0475",
        "蒙G",
        "029300",
        "科左中",
        "kzzq",
        "kzzq.gov.cn",
        (("mongol", 7), ("han", 3)),
        (
            "保康镇",
            "宝龙山镇",
            "舍伯吐镇",
            "巴彦塔拉镇",
            "门达镇",
            "架玛吐镇",
            "花吐古拉镇",
            "代力吉镇",
            "协代苏木",
            "敖包苏木",
            "希伯花镇",
        ),
        (
            "哈日努拉嘎查",
            "乌兰敖都嘎查",
            "查干哈达嘎查",
            "巴彦淖尔嘎查",
            "白音他拉嘎查",
            "塔拉艾勒嘎查",
            "双胜村",
            "东风村",
            "三合村",
            "宝力召嘎查",
        ),
        "组",
        (),
        ("保康新区小区", "草原明珠小区", "蒙府小区"),
        ("团结路", "胜利街", "哲里木大街", "科尔沁路"),
        "内蒙古农村信用社",
        "科尔沁左翼中旗人民法院",
    ),
    Region(
        "dancheng",
        "河南省",
        "周口市",
        "郸城县",
        "411625",
        "0394",
        "豫P",
        "477150",
        "郸",
        "dcx",
        "dancheng.gov.cn",
        (("han", 10),),
        (
            "宁平镇",
            "宜路镇",
            "钱店镇",
            "汲冢镇",
            "石槽镇",
            "胡集乡",
            "巴集乡",
            "李楼乡",
            "秋渠乡",
            "东风乡",
            "张完乡",
            "丁村乡",
            "双楼乡",
            "虎头岗乡",
            "南丰镇",
            "白马镇",
            "吴台镇",
        ),
        (
            "张庄村",
            "王楼村",
            "郑营村",
            "刘老家村",
            "徐寨村",
            "孙店村",
            "范庄村",
            "后张村",
            "前王村",
            "邓桥村",
            "李大庄村",
            "马营村",
        ),
        "组",
        (),
        ("郸城县丽景湾小区", "洺南花园", "世纪花园"),
        ("洺南路", "世纪大道", "东风路", "健康路"),
        "河南农村信用社",
        "郸城县人民法院",
    ),
    Region(
        "yilong",
        "四川省",
        "南充市",
        "仪陇县",
        "511324",
        "0817",
        "川R",
        "637600",
        "仪",
        "ylx",
        "scyilong.gov.cn",
        (("han", 10),),
        (
            "新政镇",
            "金城镇",
            "马鞍镇",
            "永乐镇",
            "日兴镇",
            "立山镇",
            "土门镇",
            "度门镇",
            "柳垭镇",
            "大寅镇",
            "赛金镇",
            "复兴镇",
        ),
        (
            "琳琅村",
            "天星村",
            "松林村",
            "周家坝村",
            "五龙村",
            "白鹤村",
            "花园村",
            "观音岩村",
            "石佛村",
            "张家湾村",
        ),
        "社",
        (),
        ("嘉陵江畔小区", "新政名都", "金城花园"),
        ("翠屏路", "嘉陵路", "朱德大道", "金城路"),
        "四川农村商业联合银行",
        "仪陇县人民法院",
    ),
    Region(
        "dongxiang",
        "甘肃省",
        "临夏回族自治州",
        "东乡族自治县",
        "622926",
        "0930",
        "甘N",
        "731400",
        "东",
        "dxx",
        "dxzzx.gov.cn",
        (("hui", 7), ("han", 3)),
        (
            "锁南镇",
            "达板镇",
            "那勒寺镇",
            "唐汪镇",
            "果园镇",
            "河滩镇",
            "龙泉镇",
            "春台乡",
            "柳树乡",
            "东塬乡",
            "高山乡",
        ),
        (
            "布楞沟村",
            "红庄村",
            "马巷村",
            "坪庄村",
            "韩则岭村",
            "红柳村",
            "汪家村",
            "赵家村",
            "白咀村",
            "沿岭村",
        ),
        "社",
        (),
        ("锁南新区小区", "东乡福苑", "民族团结小区"),
        ("锁南大街", "民族路", "团结路", "凤山路"),
        "甘肃农村商业银行",
        "东乡族自治县人民法院",
    ),
    Region(
        "caoxian",
        "山东省",
        "菏泽市",
        "曹县",
        "371721",
        "0530",
        "鲁R",
        "274400",
        "曹",
        "cx",
        "caoxian.gov.cn",
        (("han", 10),),
        (
            "庄寨镇",
            "大集镇",
            "青岗集镇",
            "普连集镇",
            "魏湾镇",
            "韩集镇",
            "砖庙镇",
            "桃源集镇",
            "古营集镇",
            "梁堤头镇",
            "楼庄乡",
        ),
        ("丁楼村", "张庄村", "孙庄村", "王集村", "刘堂村", "李寨村", "朱洼村", "周楼村", "耿庄村", "苏集村"),
        "号",
        (),
        ("曹县御景园", "青菏花园", "曹州府小区"),
        ("青菏路", "珠江路", "曹州路", "磐石路"),
        "山东省农村信用社",
        "曹县人民法院",
    ),
)
REGION_WEIGHTS = (3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)
LISTED_CODES = frozenset(r.code for r in REGIONS)

# ----------------------------------------------------------------------------- names

HAN_SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴孔向汤"
COMPOUND_SUR = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "公孙",
    "夏侯",
    "尉迟",
    "长孙",
    "宇文",
    "司徒",
    "端木",
    "南宫",
    "呼延",
    "独孤",
    "西门",
    "澹台",
)
HAN_M = "建国军华伟强明志文辉海东平刚勇杰涛斌鹏磊超波林峰俊飞宇浩宏德福贵生荣成忠兴龙春世永旺喜才保学亮新虎武"
HAN_F = "秀英兰芳梅霞玲燕娟红丽艳萍琴凤花桂珍云莲敏静婷雪娜慧巧月翠玉彩香娥瑶欣怡佳琳"
HUI_SUR = "马马马马马马马马杨李海纳撒丁金虎哈锁穆白冶妥田苏何者拜沙兰"
HUI_M = (
    "玉福",
    "成",
    "学军",
    "文礼",
    "建华",
    "志强",
    "尔撒",
    "木沙",
    "伊布拉",
    "海龙",
    "国林",
    "登科",
    "福财",
    "长顺",
    "耀武",
    "忠",
    "德明",
    "有林",
    "占山",
    "少华",
    "存福",
    "彦虎",
    "哈三",
    "尕西木",
)
HUI_F = (
    "秀兰",
    "玉梅",
    "法图麦",
    "阿依舍",
    "海燕",
    "小花",
    "金花",
    "麦燕",
    "赛麦",
    "凤英",
    "桂花",
    "翠兰",
    "玉霞",
    "兰英",
    "梅",
    "燕",
    "哈最",
    "素花",
    "秀珍",
    "尕麦",
)
UY_M = (
    "阿卜杜热合曼",
    "买买提",
    "艾力",
    "吐尔逊",
    "托合提",
    "阿布都拉",
    "依明",
    "努尔买买提",
    "艾合买提",
    "热合曼",
    "麦麦提敏",
    "阿不都外力",
    "肉孜",
    "买合木提",
    "伊力哈木",
    "卡迪尔",
    "吾斯曼",
    "亚森",
    "司马义",
    "吐尔洪",
    "赛买提",
    "玉素甫",
    "阿迪力",
    "艾则孜",
    "麦海提",
    "阿力木",
)
UY_F = (
    "古丽米热",
    "热依拉",
    "阿依古丽",
    "帕提古丽",
    "努尔尼沙",
    "热娜古丽",
    "布海丽其",
    "阿依努尔",
    "祖丽皮亚",
    "米热古丽",
    "萨迪古丽",
    "海力其古丽",
    "阿米娜",
    "再努尔",
    "排孜丽亚",
    "图尔荪古丽",
)
TIB_FIRST = (
    "扎西",
    "次仁",
    "尼玛",
    "达瓦",
    "格桑",
    "拉巴",
    "普布",
    "边巴",
    "旦增",
    "索朗",
    "白玛",
    "巴桑",
    "洛桑",
    "强巴",
    "米玛",
    "阿旺",
    "贡嘎",
    "德庆",
    "益西",
    "桑珠",
)
TIB_M2 = (
    "多吉",
    "次仁",
    "平措",
    "扎西",
    "顿珠",
    "旺堆",
    "朗杰",
    "罗布",
    "次旦",
    "群培",
    "仁增",
    "边巴",
    "普布",
)
TIB_F2 = ("卓玛", "央金", "曲珍", "拉姆", "玉珍", "德吉", "仓决", "琼达", "卓嘎", "次珍")
YI_CLAN = (
    "阿苦",
    "吉克",
    "沙马",
    "俄底",
    "阿尔",
    "吉伍",
    "勒格",
    "的日",
    "海来",
    "阿说",
    "木乃",
    "曲比",
    "吉木",
    "俄木",
    "马海",
    "阿的",
    "吉觉",
    "倮伍",
    "洛古",
    "瓦扎",
    "阿西",
    "日火",
    "比曲",
    "阿侯",
)
YI_M = (
    "曲布",
    "拉且",
    "木呷",
    "拉则",
    "伍呷",
    "阿且",
    "拉格",
    "约布",
    "日哈",
    "子洛",
    "伍沙",
    "阿牛",
    "尔古",
    "友呷",
    "莫色",
    "日子",
    "拉哈",
    "阿支",
    "体日",
    "日则",
    "伍加",
    "石哈",
)
YI_F = ("阿依", "阿果", "阿呷", "么作", "日果", "阿芝", "衣作", "拉莫", "阿各", "伍果", "阿妞", "曲莫")
ZH_SUR = "韦覃黄蒙陆农莫蓝梁岑潘卢班廖罗谭凌李"
ZH_M = (
    "德强",
    "日新",
    "永福",
    "志坚",
    "光荣",
    "达",
    "勇",
    "国宝",
    "金成",
    "海生",
    "文才",
    "正德",
    "绍林",
    "家宽",
    "汉明",
    "启",
)
ZH_F = (
    "美兰",
    "金凤",
    "秀英",
    "桂芳",
    "春梅",
    "海燕",
    "玉秀",
    "爱莲",
    "妹",
    "凤娇",
    "丽华",
    "月娥",
    "彩霞",
    "翠英",
    "美玲",
)
MN_M = (
    "巴特尔",
    "额尔敦",
    "乌力吉",
    "宝音",
    "朝鲁门",
    "图门",
    "孟和",
    "额尔德木图",
    "满都呼",
    "白音仓",
    "吉日嘎拉",
    "巴雅尔",
    "宝音图",
    "特木尔",
    "格日勒图",
    "哈斯",
    "敖特根",
    "阿木古楞",
    "布和",
    "那顺",
    "达来",
    "阿拉坦仓",
    "苏和",
    "青格勒",
)
MN_F = (
    "其木格",
    "萨仁",
    "斯琴高娃",
    "那仁满都拉",
    "苏日娜",
    "娜仁花",
    "乌云",
    "托娅",
    "阿拉坦其其格",
    "高娃",
    "塔娜",
    "额尔登花",
    "萨日娜",
    "其其格",
    "图雅",
    "琪琪格",
)
MN_SUR = ("包", "白", "吴", "韩", "陈", "鲍", "宝", "那")
ETHNIC = {
    "han": "汉族",
    "hui": "回族",
    "uyghur": "维吾尔族",
    "tibetan": "藏族",
    "yi": "彝族",
    "zhuang": "壮族",
    "mongol": "蒙古族",
}
PINYIN = {
    "王": "wang",
    "李": "li",
    "张": "zhang",
    "刘": "liu",
    "陈": "chen",
    "杨": "yang",
    "黄": "huang",
    "赵": "zhao",
    "吴": "wu",
    "周": "zhou",
    "马": "ma",
    "海": "hai",
    "韦": "wei",
    "覃": "qin",
    "蒙": "meng",
    "包": "bao",
    "白": "bai",
    "丁": "ding",
    "金": "jin",
    "苏": "su",
}
SYLL = (
    "xiao",
    "hong",
    "ying",
    "jun",
    "hua",
    "mei",
    "lan",
    "fang",
    "ling",
    "tao",
    "qiang",
    "ming",
    "jie",
    "hui",
    "yu",
    "xin",
    "yan",
    "ping",
    "gang",
    "bo",
    "lei",
    "jing",
    "rui",
    "yi",
    "long",
    "fu",
    "gui",
    "zhen",
    "feng",
    "cheng",
    "ayi",
    "gul",
    "dawa",
    "zhuoma",
    "bater",
    "tuya",
    "nur",
)
CN = (
    "零",
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
)

# ----------------------------------------------------------------------------- number formats

ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
BANKS: tuple[tuple[str, int, str], ...] = (
    ("622848", 19, "中国农业银行"),
    ("622202", 19, "中国工商银行"),
    ("621700", 19, "中国建设银行"),
    ("622700", 19, "中国建设银行"),
    ("621799", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"),
    ("621098", 19, "中国邮政储蓄银行"),
    ("623059", 19, "*"),
    ("622588", 16, "招商银行"),
)
BANK_PREFIXES = tuple(b[0] for b in BANKS)
MOBILE_PREFIXES = (
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
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
USC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)
UPPER_DIG = "零壹贰叁肆伍陆柒捌玖"
HEALTH_CHRONIC = (
    "高血压",
    "原发性高血压",
    "2型糖尿病",
    "糖尿病",
    "冠心病",
    "慢性阻塞性肺疾病",
    "脑梗死后遗症",
    "脑卒中",
    "慢性肾衰竭",
    "类风湿关节炎",
    "癫痫",
    "帕金森病",
    "尘肺病",
    "慢性乙型肝炎",
    "肺结核",
    "风湿性心脏病",
)
HEALTH_SERIOUS = ("肺癌", "胃癌", "乳腺癌", "食管癌", "白血病", "先天性心脏病", "尿毒症", "肝硬化", "脑瘫")
HEALTH_MENTAL = (
    "精神分裂症",
    "双相情感障碍",
    "偏执性精神病",
    "癫痫所致精神障碍",
    "分裂情感性障碍",
    "精神发育迟滞伴发精神障碍",
)
DIS_CAT = ("肢体", "视力", "听力", "言语", "智力", "精神", "多重")
DIS_GRADE = ("一级", "二级", "三级", "四级")


def id_check(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, ID_W, strict=True))
    return "10X98765432"[s % 11]


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def usc_check(body17: str) -> str:
    s = sum(USC_CHARS.index(c) * w for c, w in zip(body17, USC_W, strict=True))
    return USC_CHARS[(31 - s % 31) % 31]


def org_check(body8: str) -> str:
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ORG_W, strict=True))
    v = 11 - s % 11
    return "X" if v == 10 else "0" if v == 11 else str(v)


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2025


def id18_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return (
        s[:6] in LISTED_CODES
        and valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
        and id_check(s[:17]) == s[17]
    )


def id15_ok(s: str) -> bool:
    return (
        bool(re.fullmatch(r"\d{15}", s))
        and s[:6] in LISTED_CODES
        and valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    )


def upper_money(n: int) -> str:
    units = ("", "拾", "佰", "仟")

    def four(x: int) -> str:
        out, zero = "", False
        for i in (3, 2, 1, 0):
            d = (x // 10**i) % 10
            if d == 0:
                zero = zero or bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += UPPER_DIG[d] + units[i]
        return out

    if n == 0:
        return "零元整"
    wan, rest = divmod(n, 10000)
    s = four(wan) + "万" if wan else ""
    if rest:
        if wan and rest < 1000:
            s += "零"
        s += four(rest)
    return s + "元整"


def cwidth(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


# ----------------------------------------------------------------------------- document model

Part = str | tuple[str, str]


class Retry(Exception):
    """The document cannot be completed with this draw; redraw with the next attempt."""


def flat(items: Sequence[object]) -> list[Part]:
    out: list[Part] = []
    for it in items:
        if isinstance(it, str):
            if it:
                out.append(it)
        elif isinstance(it, tuple):
            kind, text = it
            assert isinstance(kind, str) and isinstance(text, str) and text
            out.append((kind, text))
        elif isinstance(it, list):
            out.extend(flat(it))
        else:
            raise TypeError(repr(it))
    return out


def ptext(parts: Sequence[Part]) -> str:
    return "".join(p if isinstance(p, str) else p[1] for p in parts)


def wrap(parts: list[Part], width: int) -> list[Part]:
    """Hard-wrap one prose line like a PDF extractor; only address spans may be cut."""
    out: list[Part] = []
    cur = 0
    for part in parts:
        kind, text = (None, part) if isinstance(part, str) else part
        if kind is None or kind == "address":
            if kind == "address" and cur >= width:
                out.append("\n")
                cur = 0
            buf: list[str] = []
            for ch in text:
                if cur >= width:
                    buf.append("\n")
                    cur = 0
                buf.append(ch)
                cur += 1
            out.append("".join(buf) if kind is None else (kind, "".join(buf)))
        else:
            if cur > 0 and cur + len(text) > width:
                out.append("\n")
                cur = 0
            out.append(part)
            cur += len(text)
    return out


class Doc:
    def __init__(self) -> None:
        self.lines: list[tuple[list[Part], bool]] = []

    def render(self, pdf: bool, width: int) -> tuple[str, list[dict[str, object]]]:
        chunks: list[str] = []
        spans: list[dict[str, object]] = []
        pos = 0
        for i, (parts, prose) in enumerate(self.lines):
            if i:
                chunks.append("\n")
                pos += 1
            for p in wrap(parts, width) if pdf and prose else parts:
                if isinstance(p, str):
                    chunks.append(p)
                    pos += len(p)
                else:
                    kind, t = p
                    spans.append({"kind": kind, "start": pos, "end": pos + len(t), "text": t})
                    chunks.append(t)
                    pos += len(t)
        return "".join(chunks), spans


# ----------------------------------------------------------------------------- persons


@dataclass
class Person:
    name: str
    surname: str
    given: str
    male: bool
    birth: dt.date
    style: str
    eth: str
    idno: str
    id15: str
    mobile: str
    landline: str
    use_landline: bool
    card: str
    bank: str
    email: str
    plate: str
    addr: str
    extra: dict[str, str] = field(default_factory=dict)


def make_name(
    rng: random.Random, style: str, male: bool, surname: str | None, father: str | None
) -> tuple[str, str, str]:
    if style in ("han", "zhuang"):
        if style == "han":
            s = (
                surname
                if surname is not None
                else (rng.choice(COMPOUND_SUR) if rng.random() < 0.07 else rng.choice(HAN_SUR))
            )
            pool = HAN_M if male else HAN_F
            g = rng.choice(pool) if rng.random() < 0.3 else rng.choice(pool) + rng.choice(pool)
            if len(g) == 2 and g[0] == g[1] and (male or rng.random() < 0.6):
                raise Retry
        else:
            s = surname if surname is not None else rng.choice(ZH_SUR)
            if rng.random() < 0.6:
                g = rng.choice(ZH_M if male else ZH_F)
            else:
                pool = HAN_M if male else HAN_F
                g = rng.choice(pool) + rng.choice(pool)
        return s + g, s, g
    if style == "hui":
        s = surname if surname is not None else rng.choice(HUI_SUR)
        if rng.random() < 0.6:
            g = rng.choice(HUI_M if male else HUI_F)
        else:
            pool = HAN_M if male else HAN_F
            g = rng.choice(pool) + rng.choice(pool)
        return s + g, s, g
    if style == "uyghur":
        g = rng.choice(UY_M if male else UY_F)
        f = father if father else rng.choice(UY_M)
        if f == g:
            raise Retry
        sep = "·" if rng.random() < 0.88 else "•"
        return f"{g}{sep}{f}", f, g
    if style == "tibetan":
        second = rng.choice(TIB_M2 if male else TIB_F2)
        if rng.random() < 0.18:
            return second, "", second
        first = rng.choice(TIB_FIRST)
        if first == second:
            raise Retry
        return first + second, "", first + second
    if style == "yi":
        s = surname if surname is not None else rng.choice(YI_CLAN)
        g = rng.choice(YI_M if male else YI_F)
        return s + g, s, g
    if style == "mongol":
        s = surname if surname is not None else (rng.choice(MN_SUR) if rng.random() < 0.25 else "")
        g = rng.choice(MN_M if male else MN_F)
        return s + g, s, g
    raise ValueError(style)


def make_id18(rng: random.Random, code: str, birth: dt.date, male: bool) -> str:
    seq = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    body = f"{code}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def make_id15(rng: random.Random, code: str, birth: dt.date, male: bool) -> str:
    seq = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    return f"{code}{birth:%y%m%d}{seq:03d}"


def make_card(rng: random.Random) -> tuple[str, str]:
    prefix, length, bank = rng.choices(BANKS, weights=(6, 3, 3, 1, 4, 1, 1, 4, 1))[0]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body), bank


def fmt_card(rng: random.Random, card: str) -> str:
    if rng.random() < 0.25:
        return " ".join(card[i : i + 4] for i in range(0, len(card), 4))
    return card


def make_mobile(rng: random.Random) -> str:
    num = rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))
    r = rng.random()
    if r < 0.70:
        return num
    if r < 0.80:
        return f"{num[:3]} {num[3:7]} {num[7:]}"
    if r < 0.87:
        return f"{num[:3]}-{num[3:7]}-{num[7:]}"
    if r < 0.92:
        return f"+86 {num}"
    if r < 0.95:
        return f"+86-{num}"
    if r < 0.97:
        return f"86-{num}"
    return f"+86 {num[:3]} {num[3:7]} {num[7:]}"


def make_landline(rng: random.Random, area: str) -> str:
    local = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(6))
    return rng.choice(
        (
            f"{area}-{local}",
            f"{area}-{local}",
            f"({area}){local}",
            f"（{area}）{local}",
            f"{area} {local}",
            f"{area}—{local}",
        )
    )


def make_plate(rng: random.Random, prefix: str) -> str:
    r = rng.random()
    letters = PLATE_LETTERS
    if r < 0.35:
        tail = "".join(rng.choice("0123456789") for _ in range(5))
    elif r < 0.65:
        tail = rng.choice(letters) + "".join(rng.choice("0123456789") for _ in range(4))
    elif r < 0.80:
        tail = (
            "".join(rng.choice("0123456789") for _ in range(2))
            + rng.choice(letters)
            + "".join(rng.choice("0123456789") for _ in range(2))
        )
    elif r < 0.92:
        tail = "".join(rng.choice("0123456789") for _ in range(4)) + rng.choice(letters)
    else:
        tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    sep = rng.choices(("", "·", " "), weights=(6, 3, 1))[0]
    return prefix + sep + tail


def make_email(rng: random.Random, surname: str) -> str:
    domain = rng.choices(
        (
            "qq.com",
            "163.com",
            "126.com",
            "sina.com",
            "139.com",
            "foxmail.com",
            "outlook.com",
            "yeah.net",
            "sohu.com",
        ),
        weights=(8, 6, 3, 2, 1, 1, 1, 1, 1),
    )[0]
    r = rng.random()
    if domain == "qq.com" and r < 0.6:
        local = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 9)))
    elif r < 0.06:
        local = rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))
    else:
        head = PINYIN.get(surname[:1], rng.choice(SYLL))
        local = head + "".join(rng.choice(SYLL) for _ in range(rng.randint(1, 2)))
        local += rng.choice(
            ("", str(rng.randint(1, 99)), str(rng.randint(1965, 2010)), "_" + str(rng.randint(10, 999)))
        )
    return f"{local}@{domain}"


def make_cert(rng: random.Random, kind: str) -> str:
    digits = "0123456789"
    if kind == "passport":
        if rng.random() < 0.6:
            return "E" + "".join(rng.choice(digits) for _ in range(8))
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(rng.choice(digits) for _ in range(7))
    if kind == "hk_macau_permit":
        r = rng.random()
        if r < 0.4:
            return "C" + "".join(rng.choice(digits) for _ in range(8))
        if r < 0.7:
            return (
                "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(rng.choice(digits) for _ in range(7))
            )
        return rng.choice("HHM") + "".join(rng.choice(digits) for _ in range(8))
    if kind == "tw_permit":
        if rng.random() < 0.55:
            return "".join(rng.choice(digits) for _ in range(8))
        return "L" + "".join(rng.choice(digits) for _ in range(8))
    raise ValueError(kind)


CERT_LABEL = {
    "id_card": ("居民身份证", "身份证"),
    "id_card_15": ("居民身份证（一代）", "身份证（15位）", "一代身份证"),
    "passport": ("护照", "普通护照", "中华人民共和国护照"),
}


def cert_label(rng: random.Random, kind: str, num: str) -> str:
    if kind == "hk_macau_permit":
        return (
            rng.choice(("往来港澳通行证", "港澳通行证")) if num.startswith("C") else "港澳居民来往内地通行证"
        )
    if kind == "tw_permit":
        return (
            "大陆居民往来台湾通行证"
            if num.startswith("L")
            else rng.choice(("台湾居民来往大陆通行证", "台胞证"))
        )
    return rng.choice(CERT_LABEL[kind])


# ----------------------------------------------------------------------------- context


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return f"{d:%Y-%m-%d}"
    if style == 2:
        return f"{d.year}.{d.month}.{d.day}"
    if style == 3:
        return f"{d:%Y年%m月%d日}"
    if style == 4:
        return f"{d:%Y/%m/%d}"
    digits = "〇一二三四五六七八九"
    y = "".join(digits[int(c)] for c in str(d.year))
    return f"{y}年{CN[d.month]}月{CN[d.day] if d.day <= 20 else ('二十' + CN[d.day - 20] if d.day < 30 else ('三十' + (CN[d.day - 30] if d.day > 30 else '')))}日"


class Ctx:
    def __init__(self, rng: random.Random, region: Region, pdf: bool) -> None:
        self.rng = rng
        self.r = region
        self.pdf = pdf
        self.doc = Doc()
        self.names: list[str] = []
        self.year = rng.choice((2022, 2023, 2024, 2024, 2025))
        self.town = rng.choice(region.towns)
        self.village = rng.choice(region.villages)
        self.width = rng.randint(28, 40)
        self.space_names = pdf and rng.random() < 0.85
        self.mask_id = rng.random() < 0.2
        self.old15 = rng.random() < 0.12
        self.mask_phone = rng.random() < 0.1
        self.mask_card = rng.random() < 0.12
        self.date_style = rng.choice((0, 0, 0, 1, 2, 3))
        self.running = ""
        self.page = 1
        self.cert_mix = False
        self.places = (
            region.prov,
            region.pref,
            region.county,
            *region.towns,
            *region.villages,
            *region.hamlets,
            *region.compounds,
            *region.streets,
        )
        self.cert_cache: dict[str, tuple[str, str]] = {}
        self.pub = dt.date(self.year, rng.randint(5, 12), rng.randint(1, 28))
        self.indent = "　　" if rng.random() < 0.85 else ""
        self.lay: str | None = None
        self.proj_village = ""

    # --- small helpers
    def pick[T](self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def coin(self, p: float) -> bool:
        return self.rng.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def date(self, m0: int | None = None, m1: int = 12, year: int | None = None) -> dt.date:
        if m0 is None and year is None:
            return self.pub - dt.timedelta(days=self.ri(3, 130))
        m0 = m0 or 1
        y = year or self.year
        m = self.ri(m0, m1)
        return dt.date(y, m, self.ri(1, 28))

    def ds(self, d: dt.date, style: int | None = None) -> str:
        return fmt_date(d, self.date_style if style is None else style)

    def money(self, x: float, comma: bool | None = None) -> str:
        if comma is None:
            comma = self.coin(0.3)
        return f"{x:,.2f}" if comma else f"{x:.2f}"

    # --- unique names
    def fresh(self, gen: Callable[[], tuple[str, str, str]]) -> tuple[str, str, str]:
        for _ in range(60):
            try:
                full, s, g = gen()
            except Retry:
                continue
            if any(full in o or o in full for o in self.names):
                continue
            if any(full in p for p in self.places):
                continue
            self.names.append(full)
            return full, s, g
        raise Retry

    def style(self) -> str:
        styles = [st for st, _ in self.r.styles]
        weights = [w for _, w in self.r.styles]
        return self.rng.choices(styles, weights=weights)[0]

    def official(self, style: str | None = None) -> str:
        st = style or (self.style() if self.coin(0.6) else "han")
        male = self.coin(0.65)
        return self.fresh(lambda: make_name(self.rng, st, male, None, None))[0]

    def person(
        self,
        *,
        male: bool | None = None,
        style: str | None = None,
        born: tuple[int, int] = (1950, 1990),
        surname: str | None = None,
        father: str | None = None,
        addr: str | None = None,
    ) -> Person:
        rng = self.rng
        st = style or self.style()
        m = rng.random() < 0.55 if male is None else male
        name, s, g = self.fresh(lambda: make_name(rng, st, m, surname, father))
        y = rng.randint(born[0], min(born[1], self.year - 1))
        mo = rng.randint(1, 12)
        birth = dt.date(y, mo, rng.randint(1, 28 if mo == 2 else 30))
        eth = ETHNIC[st]
        if st == "hui" and self.r.key == "dongxiang" and rng.random() < 0.6:
            eth = "东乡族"
        card, bank = make_card(rng)
        if bank == "*":
            bank = self.r.rural_bank
        return Person(
            name=name,
            surname=s,
            given=g,
            male=m,
            birth=birth,
            style=st,
            eth=eth,
            idno=make_id18(rng, self.r.code, birth, m),
            id15=make_id15(rng, self.r.code, birth, m),
            mobile=make_mobile(rng),
            landline=make_landline(rng, self.r.area),
            use_landline=rng.random() < 0.2,
            card=fmt_card(rng, card),
            bank=bank,
            email=make_email(rng, s or g),
            plate=make_plate(rng, self.r.plate),
            addr=addr or self.home_addr(),
        )

    def child_of(
        self, head: Person, spouse: Person | None, *, male: bool | None = None, born: tuple[int, int]
    ) -> Person:
        father = head if head.male else spouse
        st = head.style
        sur: str | None = None
        fgiven: str | None = None
        if father is not None and (
            st in ("han", "hui", "zhuang", "yi") or (st == "mongol" and father.surname)
        ):
            sur = father.surname
        if st == "uyghur" and father is not None:
            fgiven = father.given
        return self.person(male=male, style=st, born=born, surname=sur, father=fgiven, addr=head.addr)

    # --- places
    def unit(self) -> str:
        n = self.ri(1, 12)
        u = self.r.unit
        if u == "组":
            return self.pick((f"{CN[n]}组", f"{n}组", f"{CN[n]}组", f"第{CN[n]}村民小组", f"{n}组"))
        if u == "组号":
            return f"{n}组" + (f"{self.ri(1, 160)}号" if self.coin(0.7) else "")
        if u == "社":
            return self.pick((f"{CN[n]}社", f"{n}社", f"{CN[n]}社"))
        if u == "屯":
            return self.pick(self.r.hamlets) + (f"{self.ri(1, 90)}号" if self.coin(0.35) else "")
        return f"{self.ri(1, 420)}号"

    def village_unit(self, village: str | None = None) -> str:
        v = village or self.pick(self.r.villages)
        u = self.unit()
        if self.r.unit == "组" and self.coin(0.2) and not u.endswith("号"):
            u += f"{self.ri(1, 120)}号"
        return v + u

    def home_addr(self, village: str | None = None, town: str | None = None) -> str:
        r = self.r
        t = town or self.town
        if village is None and self.coin(0.08):
            comp = self.pick(r.compounds)
            b = self.pick(
                (
                    f"{self.ri(1, 28)}号楼{self.ri(1, 4)}单元{self.ri(1, 18)}0{self.ri(1, 4)}室",
                    f"{self.ri(1, 28)}栋{self.ri(1, 4)}单元{self.ri(1, 6)}0{self.ri(1, 4)}室",
                    f"{self.ri(1, 20)}号楼{self.ri(1, 6)}0{self.ri(1, 4)}室",
                )
            )
            core = comp + b
            lead = self.rng.choices(("", r.county, r.pref + r.county), weights=(5, 4, 1))[0]
            return lead + core
        core = self.village_unit(village)
        lead = self.rng.choices(
            ("", t, r.county + t, r.pref + r.county + t, r.prov + r.pref + r.county + t),
            weights=(5, 7, 3, 1, 1),
        )[0]
        return lead + core

    def plot_addr(self, village: str | None = None) -> str:
        v = village or self.pick(self.r.villages)
        u = self.unit()
        u = re.sub(r"\d+号$", "", u) if not u.endswith("组") or self.r.unit != "号" else u
        if self.r.unit == "号":
            u = (
                self.pick(("东地", "北洼", "南坡", "西湖")) + "组"
                if self.coin(0.5)
                else f"{CN[self.ri(1, 9)]}组"
            )
        if not u:
            u = f"{CN[self.ri(1, 9)]}组"
        lead = self.rng.choices(("", self.town), weights=(3, 1))[0]
        return lead + v + u

    def agency_addr(self) -> str:
        return self.pick(
            (
                f"{self.r.county}{self.pick(self.r.streets)}{self.ri(1, 300)}号",
                f"{self.r.county}{self.town}{self.pick(self.r.streets)}{self.ri(1, 99)}号",
                f"{self.r.county}政务服务中心{self.ri(2, 5)}楼",
                f"{self.town}人民政府院内{self.ri(1, 3)}号楼",
            )
        )

    def site_addr(self) -> str:
        v = self.proj_village or self.pick(self.r.villages)
        a, b = sorted(self.rng.sample(range(1, 10), 2))
        return self.pick(
            (
                f"{self.town}{v}{CN[a]}组至{CN[b]}组",
                f"{v}{CN[a]}组",
                f"{self.town}{v}{a}组、{b}组",
                f"{v}村部东侧",
                f"{self.town}{v}",
            )
        )

    def town_gov(self) -> str:
        return f"{self.r.county}{self.town}人民政府"

    # --- numbers
    def office_phone(self) -> str:
        local = self.pick("2345678") + "".join(self.pick("0123456789") for _ in range(6))
        a = self.r.area
        return self.pick((f"{a}-{local}", f"{a}-{local}", f"（{a}）{local}", f"{a} {local}", f"({a}){local}"))

    def hotline(self) -> str:
        return self.pick(
            (
                "12345",
                "12345",
                "12317",
                f"{self.r.area}-12345",
                "12345政务服务便民热线",
                "12317（乡村振兴监督举报电话）",
            )
        )

    def gov_mail(self, dept: str = "") -> str:
        dept = dept or self.pick(
            ("nyncj", "mzj", "wjj", "jyj", "cl", "fgj", "lcj", "czj", "zfb", "shswb", "xczx")
        )
        return f"{self.r.py}{dept}@{self.r.domain}"

    def agency_webmail(self) -> str:
        return f"{self.r.py}{self.pick(('zf', 'zfb', 'shsw', 'nyb', 'cwh', 'wsy'))}{self.ri(1, 99)}@{self.pick(('163.com', '126.com', 'qq.com'))}"

    def wenhao(self, kind: str = "政发") -> str:
        n = self.ri(1, 180)
        y = self.year
        return self.pick(
            (
                f"{self.r.abbr}{kind}〔{y}〕{n}号",
                f"{self.r.abbr}{kind}〔{y}〕{n}号",
                f"{self.r.abbr}{kind}[{y}]{n}号",
                f"{self.r.abbr}{kind}（{y}）{n}号",
            )
        )

    def nearmiss_num(self, length: int | None = None, luhn: bool | None = None) -> str:
        for _ in range(50):
            n = length or self.pick((16, 17, 18, 19, 19, 20, 22))
            lead = self.pick(("20", "30", "10", "90", "80", "71", "58", "40"))
            if lead == "20":
                lead = f"{self.year}{self.ri(1, 12):02d}{self.ri(1, 28):02d}"
            body = lead + "".join(self.pick("0123456789") for _ in range(n - len(lead) - 1))
            s = body + (
                luhn_digit(body)
                if (luhn if luhn is not None else self.coin(0.5))
                else self.pick("0123456789")
            )
            if len(s) == 18 and id_check(s[:17]) == s[17]:
                continue
            if len(s) == 15:
                continue
            return s
        raise Retry

    def usc(self, kind: str = "org") -> str:
        dept, typ = {
            "org": ("1", "1"),
            "inst": ("1", "2"),
            "firm": ("9", "1"),
            "coop": ("9", "3"),
            "collective": ("N", "2"),
            "ngo": ("5", "1"),
        }[kind]
        if kind in ("org", "inst"):
            body8 = "".join(self.pick("0123456789") for _ in range(8))
        else:
            body8 = "MA" + "".join(self.pick("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        org = body8 + org_check(body8)
        body17 = dept + typ + self.r.code + org
        code = body17 + usc_check(body17)
        assert len(code) == 18 and usc_check(code[:17]) == code[17]
        return code

    def index_no(self) -> str:
        if self.coin(0.5):
            return f"{self.usc('org')}/{self.year}-{self.ri(1, 9999):05d}"
        return f"{self.r.code}{self.ri(1, 30):03d}/{self.year}-{self.ri(1, 999):05d}"

    # --- PII parts
    def nm(self, p: Person) -> tuple[str, str]:
        return ("name", p.name)

    def idp(self, p: Person, force: bool = False) -> Part:
        if self.old15 and p.birth.year < 1984:
            return ("id_card_15", p.id15)
        if self.mask_id and not force:
            return self.pick(
                (
                    p.idno[:4] + "*" * 10 + p.idno[-4:],
                    p.idno[:6] + "********" + p.idno[-4:],
                    p.idno[:3] + "*" * 11 + p.idno[-4:],
                )
            )
        return ("id_card", p.idno)

    def phone(self, p: Person) -> Part:
        if p.use_landline:
            return ("landline", p.landline)
        if self.mask_phone:
            digits = re.sub(r"\D", "", p.mobile)[-11:]
            return digits[:3] + "****" + digits[-4:]
        return ("mobile", p.mobile)

    def cardp(self, p: Person) -> Part:
        if self.mask_card:
            c = p.card.replace(" ", "")
            return self.pick((c[:6] + "*" * (len(c) - 10) + c[-4:], c[:4] + " **** **** " + c[-4:]))
        return ("bank_card", p.card)

    def cert(self, p: Person) -> tuple[str, Part]:
        if p.name not in self.cert_cache:
            kinds = ["id_card"]
            weights = [1.0]
            if self.cert_mix:
                kinds += ["passport", "hk_macau_permit", "tw_permit"]
                weights = [0.26, 0.2, 0.2, 0.22]
                if p.birth.year < 1984:
                    kinds.append("id_card_15")
                    weights.append(0.13)
            kind = self.rng.choices(kinds, weights=weights)[0]
            if kind == "id_card":
                num = p.idno
            elif kind == "id_card_15":
                num = p.id15
            else:
                num = make_cert(self.rng, kind)
            self.cert_cache[p.name] = (kind, num)
        kind, num = self.cert_cache[p.name]
        label = cert_label(self.rng, kind, num)
        if kind == "id_card":
            return label, self.idp(p)
        return label, (kind, num)

    def honorific(self) -> str:
        """Surname + 先生/女士 (or 老人/大爷 forms): a near-miss, never labelled."""
        male = self.coin(0.5)
        s = self.pick(HAN_SUR) if self.coin(0.6) else self.pick(HUI_SUR)
        return s + (self.pick(("先生", "先生", "大爷")) if male else self.pick(("女士", "女士", "大妈")))

    def masked_name(self) -> str:
        st = self.style()
        male = self.coin(0.5)
        s, g = self.pick(HAN_SUR), self.pick(HAN_M if male else HAN_F)
        if st in ("hui", "zhuang"):
            _, s, g = make_name(self.rng, st, male, None, None)
        return self.pick(
            (
                s + ("先生" if male else "女士"),
                s + "*" + g[-1:],
                s + "某",
                s + "某某",
                s + "*" * len(g),
                s + "某" + ("（女）" if self.coin(0.3) else ""),
            )
        )

    def health_term(self, kind: str = "chronic") -> str:
        if kind == "disability":
            cat = self.pick(DIS_CAT)
            grade = self.pick(DIS_GRADE)
            return self.pick((f"{cat}残疾{grade}", f"{cat}{grade}", f"{cat}残疾{grade}"))
        if kind == "mental":
            return self.pick(HEALTH_MENTAL)
        if kind == "serious":
            return self.pick(HEALTH_SERIOUS)
        return self.pick(HEALTH_CHRONIC)

    # --- output primitives
    def line(self, *items: object) -> None:
        self.doc.lines.append((flat(items), False))

    def para(self, *items: object) -> None:
        self.doc.lines.append((flat(items), True))

    def blank(self) -> None:
        self.doc.lines.append(([], False))

    def ind(self) -> str:
        return self.indent

    def name_list(self, people: Sequence[Person], sep: str = "、") -> list[Part]:
        out: list[Part] = []
        for i, p in enumerate(people):
            if i:
                out.append(sep)
            out.append(self.nm(p))
        return out

    # --- headers / footers
    def header(self, issuer: str, title: str, wh_kind: str | None = "政发", topic: str = "") -> None:
        wh = self.wenhao(wh_kind) if wh_kind else ""
        pub = self.date()
        self.pub = pub
        st = self.ri(0, 4)
        if st == 0:
            self.line(f"索引号：{self.index_no()}")
            self.line(f"发布机构：{issuer}")
            self.line(f"发布日期：{self.ds(pub, 1)}")
            if wh:
                self.line(f"文　　号：{wh}")
            self.line(
                f"主题分类：{topic or self.pick(('农业、林业、水利', '民政、扶贫、救灾', '卫生、体育', '教育', '财政、金融、审计', '城乡建设、环境保护'))}"
            )
            self.blank()
            self.line(title)
        elif st == 1:
            self.line(title)
            if wh:
                self.line(wh)
        elif st == 2:
            self.line(issuer)
            if wh:
                self.line(wh)
            self.blank()
            self.line(title)
        elif st == 3:
            self.line(title)
            self.line(
                f"来源：{issuer}　　发布时间：{self.ds(pub, 1)} {self.ri(8, 18):02d}:{self.ri(0, 59):02d}　　浏览次数：{self.ri(12, 3000)}"
            )
        else:
            self.line(title)
        self.blank()
        self.running = title

    def contacts(self, dept: str = "", lines: int | None = None) -> None:
        opts: list[list[Part]] = [
            flat(
                [
                    f"联系人：{self.official()}",
                    self.pick(("　　", "，", "  ")),
                    f"联系电话：{self.office_phone()}",
                ]
            ),
            flat([f"监督举报电话：{self.hotline()}"]),
            flat(
                [
                    f"咨询电话：{self.office_phone()}（{dept or self.pick(('社会事务办', '农业农村办', '乡村振兴办', '便民服务中心', '财政所'))}）"
                ]
            ),
            flat([f"电子邮箱：{self.gov_mail()}"]),
            flat([f"来信来访地址：{self.agency_addr()}，邮编：{self.r.post}"]),
            flat([f"{self.town}人民政府邮箱：{self.agency_webmail()}"]),
        ]
        k = lines if lines is not None else self.ri(1, 4)
        for ln in self.rng.sample(opts, min(k, len(opts))):
            self.doc.lines.append((ln, False))

    def sign(self, issuer: str, d: dt.date | None = None) -> None:
        self.blank()
        if self.coin(0.3):
            self.line(f"{issuer}（盖章）" if self.coin(0.5) else issuer)
        else:
            self.line(issuer)
        self.line(self.ds(d or self.pub, self.pick((self.date_style, 5))))
        if self.pdf:
            self.blank()
            self.line(f"- {self.page} -" if self.coin(0.7) else f"第{self.page}页")

    # --- tables
    def layout(self) -> str:
        if self.lay is None:
            if self.pdf:
                self.lay = self.rng.choices(("space", "single", "cells"), weights=(4, 4, 2))[0]
            else:
                self.lay = self.rng.choices(
                    ("tab", "space", "pipe", "html", "csv", "cells", "numbered"),
                    weights=(5, 3, 3, 3, 3, 2, 3),
                )[0]
        return self.lay

    def space_cell(self, cell: list[Part]) -> list[Part]:
        if not self.space_names:
            return cell
        out: list[Part] = []
        for p in cell:
            if isinstance(p, tuple) and p[0] == "name" and len(p[1]) == 2:
                out.append(("name", p[1][0] + "\u3000" + p[1][1]))
            else:
                out.append(p)
        return out

    def page_break(self, header: list[str] | None, sep: str) -> None:
        self.page += 1
        if self.coin(0.5):
            self.line(f"- {self.page - 1} -")
        else:
            self.line(f"第 {self.page - 1} 页")
        if self.running and self.coin(0.8):
            self.line(self.running)
        if header is not None and self.coin(0.6):
            self.line(sep.join(header))

    def table(self, header: list[str], rows: list[list[object]], layout: str | None = None) -> None:
        lay = layout or self.layout()
        cells = [[flat([c]) for c in row] for row in rows]
        if self.pdf:
            cells = [[self.space_cell(c) for c in row] for row in cells]
        if lay == "tab":
            self.line("\t".join(header))
            for row in cells:
                items: list[Part] = []
                for j, c in enumerate(row):
                    if j:
                        items.append("\t")
                    items.extend(c)
                self.line(items)
        elif lay in ("space", "single"):
            widths = [max([cwidth(h)] + [cwidth(ptext(r[j])) for r in cells]) for j, h in enumerate(header)]
            gap = self.ri(2, 4)
            chunk = self.ri(7, 14)

            def padded(vals: list[list[Part]]) -> list[Part]:
                out: list[Part] = []
                for j, c in enumerate(vals):
                    if j:
                        out.append(
                            " "
                            if lay == "single"
                            else " " * (widths[j - 1] - cwidth(ptext(vals[j - 1])) + gap)
                        )
                    out.extend(c)
                return out

            self.line(padded([[h] for h in header]))
            for i, row in enumerate(cells):
                if self.pdf and i and i % chunk == 0:
                    self.page_break(header, " ")
                self.line(padded(row))
        elif lay == "pipe":
            self.line("| " + " | ".join(header) + " |")
            self.line("|" + "|".join(self.pick(("---", ":---:", "----")) for _ in header) + "|")
            for row in cells:
                items = ["| "]
                for j, c in enumerate(row):
                    if j:
                        items.append(" | ")
                    items.extend(c)
                items.append(" |")
                self.line(items)
        elif lay == "html":
            per_line = self.coin(0.4)
            self.line(
                self.pick(
                    (
                        '<table border="1" cellspacing="0" cellpadding="2">',
                        "<table>",
                        '<table class="MsoNormalTable" width="100%">',
                    )
                )
            )
            self.line("<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>")
            for row in cells:
                if per_line:
                    self.line("<tr>")
                    for c in row:
                        self.line("  <td>", c, "</td>")
                    self.line("</tr>")
                else:
                    items = ["<tr>"]
                    for c in row:
                        items.append("<td>")
                        items.extend(c)
                        items.append("</td>")
                    items.append("</tr>")
                    self.line(items)
            self.line("</table>")
        elif lay == "csv":
            allq = self.coin(0.5)

            def q(c: list[Part]) -> list[Part]:
                t = ptext(c)
                if allq or "," in t or " " in t:
                    return ['"', *c, '"']
                return c

            self.line(",".join(f'"{h}"' if allq else h for h in header))
            for row in cells:
                items = []
                for j, c in enumerate(row):
                    if j:
                        items.append(",")
                    items.extend(q(c))
                self.line(items)
        elif lay == "cells":
            for h in header:
                self.line(h)
            chunk = self.ri(6, 12)
            for i, row in enumerate(cells):
                if self.pdf and i and i % chunk == 0:
                    self.page_break(None, "")
                for c in row:
                    self.line(c if c else [" "])
        elif lay == "numbered":
            sep = self.pick(("，", "；", "  ", "，"))
            num_fmt = self.pick(("{}. ", "{}．", "（{}）", "{}、"))
            skip0 = header[0] in ("序号", "编号", "No.")
            for i, row in enumerate(cells, 1):
                items = [num_fmt.format(i)]
                first = True
                for j, c in enumerate(row):
                    if skip0 and j == 0:
                        continue
                    if not c:
                        continue
                    if not first:
                        items.append(sep)
                    first = False
                    items.append(f"{header[j]}：")
                    items.extend(c)
                items.append("。" if sep != "  " else "")
                self.para(items)
        else:
            raise ValueError(lay)

    def form(self, fields: list[tuple[str, object]], style: str | None = None) -> None:
        st = (
            style
            or self.rng.choices(("colon1", "colon2", "spaced", "cells", "tab"), weights=(4, 3, 3, 2, 2))[0]
        )
        items = [(lab, flat([v])) for lab, v in fields]

        def spaced(lab: str) -> str:
            if len(lab) == 2:
                return lab[0] + "\u3000\u3000" + lab[1]
            if len(lab) == 3:
                return lab[0] + "\u3000" + lab[1] + "\u3000" + lab[2]
            return lab

        colon = self.pick(("：", "：", ":"))
        if st == "colon1":
            for lab, v in items:
                self.line(f"{lab}{colon}", v if v else "")
        elif st == "spaced":
            for lab, v in items:
                self.line(f"{spaced(lab)}{colon}", v if v else "")
        elif st == "colon2":
            gap = self.pick(("　　", "    ", "\t", "  "))
            i = 0
            while i < len(items):
                lab, v = items[i]
                short = len(ptext(v)) <= 12
                if short and i + 1 < len(items) and len(ptext(items[i + 1][1])) <= 20:
                    lab2, v2 = items[i + 1]
                    self.line(f"{lab}{colon}", v, gap, f"{lab2}{colon}", v2)
                    i += 2
                else:
                    self.line(f"{lab}{colon}", v)
                    i += 1
        elif st == "cells":
            for lab, v in items:
                self.line(lab)
                self.line(v if v else " ")
        else:
            i = 0
            while i < len(items):
                lab, v = items[i]
                if i + 1 < len(items) and len(ptext(v)) <= 20:
                    lab2, v2 = items[i + 1]
                    self.line(lab, "\t", v, "\t", lab2, "\t", v2)
                    i += 2
                else:
                    self.line(lab, "\t", v)
                    i += 1


# ----------------------------------------------------------------------------- shared wording

PROV_SHORT = {
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "西藏自治区": "西藏",
    "四川省": "四川",
    "广西壮族自治区": "广西",
    "内蒙古自治区": "内蒙古",
    "河南省": "河南",
    "甘肃省": "甘肃",
    "山东省": "山东",
}
COMPANY_WORDS = (
    "鑫源",
    "恒通",
    "宏达",
    "瑞丰",
    "金盛",
    "昌隆",
    "华远",
    "兴业",
    "众诚",
    "博远",
    "塞上",
    "天成",
)
FARM_WORDS = ("丰源", "金穗", "绿野", "禾丰", "沃土", "富农", "嘉禾", "丰泽", "金田", "稻香")
RELATION_CHILD = {True: ("长子", "次子", "儿子", "长子"), False: ("长女", "次女", "女儿", "长女")}


def sex(p: Person) -> str:
    return "男" if p.male else "女"


def company(c: Ctx, kind: str = "建筑工程有限公司") -> str:
    return f"{c.r.pref}{c.pick(COMPANY_WORDS)}{kind}"


def obj_period(c: Ctx, before: bool = False) -> tuple[str, str]:
    if before:
        d2 = c.pub - dt.timedelta(days=c.ri(2, 20))
        d1 = d2 - dt.timedelta(days=c.pick((5, 7, 9, 10)))
    else:
        d1 = c.pub + dt.timedelta(days=c.ri(0, 3))
        d2 = d1 + dt.timedelta(days=c.pick((5, 7, 9, 10)))
    return c.ds(d1), c.ds(d2)


def objection_text(c: Ctx, who: str) -> str:
    a, b = obj_period(c)
    return c.pick(
        (
            f"公示期为{a}至{b}。公示期间，如对公示内容有异议，请以书面、电话或来访等形式向{who}反映，反映问题应实事求是，以单位名义反映的须加盖公章，以个人名义反映的提倡署真实姓名。",
            f"公示时间：{a}—{b}。对公示对象有异议的，可在公示期内向{who}提出，逾期不再受理。",
            f"本次公示{c.pick(('5', '7'))}个工作日（{a}至{b}），接受社会各界监督。",
            f"如有异议，请于{b}前向{who}反映。我们将对反映的问题及时调查核实，并予以答复。",
        )
    )


def phone_field(c: Ctx, p: Person) -> tuple[str, Part]:
    part = c.phone(p)
    lab = (
        "固定电话"
        if isinstance(part, tuple) and part[0] == "landline" and c.coin(0.4)
        else c.pick(("联系电话", "联系电话", "电话", "手机号码" if not p.use_landline else "联系电话"))
    )
    return lab, part


# ----------------------------------------------------------------------------- family 1: sanitation


def sanitation_prog(c: Ctx) -> tuple[bool, str, tuple[str, ...]]:
    if c.coin(0.4):
        prog = c.pick(
            ("冬季清洁取暖“煤改电”改造", "清洁取暖“电代煤”改造", "农村清洁取暖改造", "清洁取暖煤改电")
        )
        return (
            True,
            prog,
            ("空气源热泵", "碳晶电暖器", "蓄热式电暖器", "电热炕", "石墨烯电暖画", "直热式电暖器"),
        )
    prog = c.pick(("农村户厕改造", "农村卫生户厕新建改造", "“厕所革命”户厕改造", "农村改厕"))
    return (
        False,
        prog,
        (
            "三格化粪池式",
            "双瓮漏斗式",
            "完整下水道水冲式",
            "玻璃钢一体化三格式",
            "粪尿分集式",
            "双格化粪池式",
        ),
    )


def f1_list(c: Ctx) -> None:
    heat, prog, modes = sanitation_prog(c)
    issuer = c.town_gov() if c.coin(0.7) else f"{c.r.county}农业农村局"
    batch = CN[c.ri(1, 4)]
    title = c.pick(
        (
            f"{c.town}{c.year}年{prog}验收合格户名单公示（第{batch}批）",
            f"关于{c.r.county}{c.town}{c.year}年度{prog}验收合格户的公示",
            f"{c.year}年{c.town}{prog}项目验收合格户花名册",
            f"{c.r.county}{c.year}年{prog}验收合格农户名单（{c.town}）",
        )
    )
    c.header(issuer, title, "政发" if issuer.endswith("政府") else "农发")
    hh = [c.person(born=(1938, 1992)) for _ in range(c.ri(6, 15))]
    n = len(hh)
    plan = c.wenhao("政办发")
    c.para(
        c.ind(),
        c.pick(
            (
                f"根据《{c.r.county}{c.year}年{prog}实施方案》（{plan}）要求，{c.town}组织{c.pick(('农业农村办', '乡村振兴办', '村镇建设服务中心', '规划建设环保所'))}会同{c.pick(('第三方检测机构', '村“两委”', '区农业农村局技术人员', '施工单位'))}，对已完工的{n + c.ri(0, 4)}户逐户进行了验收，验收合格{n}户。现将验收合格户名单予以公示。",
                f"为确保{prog}工作公开透明，接受群众监督，经农户自愿申请、村级初审、{c.town}组织验收，{c.year}年度共有{n}户符合奖补条件，现予以公示，名单如下：",
                f"按照“先建后补、以奖代补”的原则，{c.town}{c.year}年共完成{prog}{n}户，经验收全部合格，现将名单公布如下：",
            )
        ),
    )
    mode_lab = "改造方式" if heat else c.pick(("改厕模式", "改厕类型", "户厕类型"))
    var = c.ri(0, 2)
    rows: list[list[object]] = []
    if var == 0:
        header = [
            "序号",
            c.pick(("户主姓名", "户主", "农户姓名")),
            c.pick(("家庭住址", "住址", "详细地址")),
            mode_lab,
            "验收时间",
            "验收结果",
        ]
        for i, p in enumerate(hh, 1):
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    ("address", p.addr),
                    c.pick(modes),
                    c.ds(c.date(), c.pick((1, 2))),
                    c.pick(("合格", "合格", "合格", "整改后合格")),
                ]
            )
    elif var == 1:
        c.cert_mix = c.coin(0.5)
        header = [
            "序号",
            "村（社区）",
            "户主",
            "证件号码" if c.cert_mix else "身份证号码",
            mode_lab,
            "联系电话",
            "备注",
        ]
        for i, p in enumerate(hh, 1):
            rows.append(
                [
                    str(i),
                    c.pick(c.r.villages),
                    c.nm(p),
                    c.cert(p)[1],
                    c.pick(modes),
                    c.phone(p),
                    c.pick(("", "", "", "脱贫户", "监测户", "五保户")),
                ]
            )
    else:
        header = ["序号", "户主", "家庭住址", "家庭人口（人）", mode_lab, "奖补金额（元）"]
        for i, p in enumerate(hh, 1):
            amt = c.pick((3500, 4200, 5000, 2800)) if heat else c.pick((1500, 2000, 2500, 3000))
            rows.append(
                [str(i), c.nm(p), ("address", p.addr), str(c.ri(1, 7)), c.pick(modes), c.money(amt, False)]
            )
    c.table(header, rows)
    if c.coin(0.45):
        bad = [c.person(born=(1940, 1990)) for _ in range(c.ri(1, 3))]
        c.para(
            c.ind(),
            "另有",
            c.name_list(bad),
            f"等{len(bad)}户因" if len(bad) > 1 else "户因",
            c.pick(("化粪池密封性不达标", "冲水设施未安装到位", "室内外管线未接通", "电力增容未完成")),
            "，暂不纳入本批次，待整改复验合格后另行公示。",
        )
    c.para(
        c.ind(),
        objection_text(c, c.pick((f"{c.town}农业农村办", f"{c.town}纪委", f"{c.r.county}农业农村局"))),
    )
    if c.coin(0.35):
        c.para(
            c.ind(),
            f"前期{c.pick(c.r.villages)}{c.honorific()}反映的{c.pick(('化粪池渗漏', '冲水不畅', '设备不制热', '电费补贴未到账'))}问题，已由施工单位于{c.ds(c.date())}上门处理完毕。",
        )
    c.contacts()
    c.sign(issuer)


def f1_pay(c: Ctx) -> None:
    heat, prog, _ = sanitation_prog(c)
    issuer = c.pick((c.town_gov(), f"{c.r.county}农业农村局", f"{c.r.county}财政局"))
    title = c.pick(
        (
            f"{c.town}{c.year}年{prog}补助资金发放明细表",
            f"{c.r.county}{c.year}年度{prog}奖补资金兑付花名册（“一卡通”发放）",
            f"关于{c.town}{prog}补助资金发放情况的公示",
            f"{c.year}年{prog}到户补助资金发放清单",
        )
    )
    c.header(issuer, title, "财发")
    hh = [c.person(born=(1940, 1990)) for _ in range(c.ri(6, 14))]
    src = c.pick(
        (
            "中央财政衔接推进乡村振兴补助资金",
            "自治区农村人居环境整治专项资金",
            "区级财政配套资金",
            "中央大气污染防治资金",
        )
    )
    c.para(
        c.ind(),
        c.pick(
            (
                f"根据{c.r.county}{c.pick(('农业农村局', '财政局'))}《关于下达{c.year}年{prog}补助资金的通知》（{c.wenhao('财发')}），现将{c.town}{prog}补助资金发放情况公示如下（资金来源：{src}）：",
                f"{c.year}年度{prog}补助资金已通过惠民惠农财政补贴资金“一卡通”系统发放到户，具体明细如下：",
                f"经验收合格，{c.town}{len(hh)}户{prog}补助资金{c.pick(('已拨付到位', '现予发放'))}，发放明细公示如下：",
            )
        ),
    )
    if c.coin(0.6):
        c.line(f"发放批次号：{c.nearmiss_num(c.pick((16, 18, 19)), True)}")
    if c.coin(0.4):
        c.line(f"代发机构：{hh[0].bank}{c.r.county}支行　　拨付日期：{c.ds(c.date())}")
    var = c.ri(0, 2)
    c.cert_mix = var == 2 and c.coin(0.6)
    rows: list[list[object]] = []
    total = 0
    for i, p in enumerate(hh, 1):
        amt = c.pick((2800, 3500, 4200, 5600)) if heat else c.pick((1000, 1500, 2000, 2400))
        total += amt
        if var == 0:
            rows.append([str(i), c.nm(p), c.idp(p), c.cardp(p), p.bank, c.money(amt, False), c.money(amt)])
        elif var == 1:
            rows.append(
                [str(i), c.nm(p), ("address", c.village_unit()), c.cardp(p), c.money(amt, False), c.phone(p)]
            )
        else:
            note: list[Part] = []
            if c.coin(0.2):
                sp = c.person(male=not p.male, style=p.style, born=(p.birth.year - 6, p.birth.year + 6))
                note = flat(["代领人：", c.nm(sp), "（配偶）"])
            rows.append([str(i), c.nm(p), c.cert(p)[1], c.cardp(p), c.money(amt), note])
    header = (
        [
            "序号",
            "户主姓名",
            "身份证号码",
            c.pick(("一卡通账号", "“一卡通”账号", "惠农一卡通卡号")),
            "开户银行",
            "补助标准（元）",
            "发放金额（元）",
        ],
        [
            "序号",
            "姓名",
            "所在村组",
            c.pick(("社会保障卡号", "一卡通账号", "银行卡号")),
            "补助金额（元）",
            "联系电话",
        ],
        ["编号", "收款人", "证件号码", "银行账号", "金额（元）", "备注"],
    )[var]
    c.table(header, rows)
    c.line(f"合计：{len(hh)}户，{c.money(total)}元（大写：人民币{upper_money(total)}）")
    if c.coin(0.6):
        c.line(f"制表人：{c.official()}　　审核人：{c.official()}　　分管领导：{c.official()}")
    c.para(
        c.ind(),
        objection_text(c, c.pick((f"{c.town}财政所", f"{c.town}人民政府", f"{c.r.county}财政局农业科"))),
    )
    c.contacts()
    c.sign(issuer)


def f1_form(c: Ctx) -> None:
    heat, prog, modes = sanitation_prog(c)
    base = prog[:-2] if prog.endswith("改造") else prog
    title = c.pick(
        (
            f"{c.town}{c.year}年{prog}入户核查表",
            f"{prog}入户核查登记表（{c.town}）",
            f"{c.r.county}{base}改造户信息核查表",
        )
    )
    c.header(c.town_gov(), title, None)
    style = c.rng.choices(("colon1", "colon2", "spaced", "cells", "tab"), weights=(4, 3, 3, 2, 2))[0]
    checkers = f"{c.official()}、{c.official()}"
    for k in range(c.ri(1, 3)):
        if k:
            c.blank()
            if c.pdf:
                c.line(f"- {k + 1} -")
            c.line(title)
        vil = c.pick(c.r.villages)
        p = c.person(born=(1940, 1990), addr=c.home_addr(village=vil))
        fields: list[tuple[str, object]] = [
            ("乡镇", c.town),
            ("行政村", vil),
            ("户主姓名", c.nm(p)),
            ("性别", sex(p)),
            ("民族", p.eth),
            ("身份证号", c.idp(p, force=True)),
        ]
        fields.append(phone_field(c, p))
        fields += [
            ("家庭住址", ("address", p.addr)),
            ("家庭人口", f"{c.ri(1, 7)}人"),
            ("户属性", c.pick(("一般农户", "脱贫户", "监测对象", "低保户"))),
        ]
        if heat:
            fields += [
                ("电表户号", "64" + "".join(c.pick("0123456789") for _ in range(8))),
                ("改造方式", c.pick(modes)),
                ("取暖面积", f"{c.ri(20, 120)}平方米"),
                ("设备型号", f"KFR-{c.ri(20, 72)}GW/BP{c.ri(1, 3)}"),
                (
                    "设备供应商",
                    f"{c.r.county}{c.pick(COMPANY_WORDS)}电器经销部（{c.town}{c.pick(c.r.streets)}{c.ri(1, 99)}号）",
                ),
            ]
        else:
            fields += [
                ("改厕模式", c.pick(modes)),
                ("化粪池容积", f"{c.pick(('1.5', '2.0', '2.5'))}立方米"),
                ("厕屋面积", f"{c.ri(2, 6)}平方米"),
            ]
        if c.coin(0.6):
            fields.append((c.pick(("家用车辆号牌", "家庭车辆", "机动车号牌")), ("license_plate", p.plate)))
        if c.coin(0.35):
            fields.append(("电子邮箱", ("email", p.email)))
        if c.coin(0.25):
            fields += abroad_fields(c, "户主")
        fields.append(
            (
                "核查情况",
                c.pick(
                    (
                        "已完工，使用正常",
                        "设施齐全，运行正常",
                        "冲水不畅，已要求施工方整改",
                        "已入户，暂未使用",
                        "设备已安装，待电网增容",
                    )
                ),
            )
        )
        fields.append(("核查结论", c.pick(("合格", "合格", "基本合格，限期整改", "不合格"))))
        fields.append(("核查人员", checkers))
        if c.coin(0.25):
            sp = c.person(male=not p.male, style=p.style, born=(p.birth.year - 6, p.birth.year + 6))
            fields.append(("户主签字", [c.nm(sp), "（代签，系户主配偶）"]))
        else:
            fields.append(("户主签字", c.nm(p)))
        fields.append(("核查日期", c.ds(c.date())))
        c.form(fields, style)
    if c.coin(0.5):
        c.blank()
        c.para(c.ind(), "说明：本表一式三份，镇、村、农户各留存一份；核查人员须逐户拍照留存影像资料。")
    c.contacts(lines=c.ri(0, 2))


# ----------------------------------------------------------------------------- family 2: work relief


def relief_project(c: Ctx) -> str:
    c.proj_village = c.pick(c.r.villages)
    return f"{c.town}{c.proj_village}{c.year}年以工代赈{c.pick(('农村道路硬化', '高标准农田配套灌渠', '小型水利设施修复', '产业路建设', '村庄环境整治', '防洪沟渠清淤', '牛棚圈舍配套', '田间道路'))}项目"


def f2_roster(c: Ctx) -> None:
    proj = relief_project(c)
    c.cert_mix = c.coin(0.7)
    issuer = c.pick((c.town_gov(), f"{c.r.county}发展和改革局"))
    title = c.pick(
        (f"{proj}务工人员花名册", f"{proj}务工群众登记表", f"以工代赈项目吸纳务工人员名单（{proj}）")
    )
    c.header(issuer, title, "发改发" if "发展" in issuer else "政发")
    c.line(f"项目名称：{proj}")
    c.line(f"建设地点：{c.site_addr()}")
    comp = company(c)
    if c.coin(0.7):
        c.line(f"施工单位：{comp}（统一社会信用代码：{c.usc('firm')}）")
    if c.coin(0.5):
        c.line(
            f"项目负责人：{c.official()}　　劳务报酬发放标准：{c.pick(('技工', '普工'))}{c.ri(150, 260)}元/天"
        )
    ws = [c.person(born=(1958, 2002)) for _ in range(c.ri(8, 17))]
    var = c.ri(0, 2)
    rows: list[list[object]] = []
    if c.cert_mix:
        mail = c.coin(0.35)
        header = [
            "序号",
            "姓名",
            "性别",
            "民族",
            "证件类型",
            "证件号码",
            "家庭住址",
            "联系电话",
            "人员类别",
        ] + (["电子邮箱"] if mail else [])
        for i, p in enumerate(ws, 1):
            lab, num = c.cert(p)
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    sex(p),
                    p.eth,
                    lab,
                    num,
                    ("address", p.addr),
                    c.phone(p),
                    c.pick(("脱贫户", "监测户", "一般农户", "脱贫户")),
                ]
                + (list[object]([("email", p.email) if c.coin(0.8) else "无"]) if mail else [])
            )
    elif var == 0:
        header = ["序号", "姓名", "性别", "出生年月", "身份证号码", "家庭住址", "联系电话", "务工岗位"]
        for i, p in enumerate(ws, 1):
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    sex(p),
                    f"{p.birth.year}.{p.birth.month:02d}",
                    c.idp(p),
                    ("address", p.addr),
                    c.phone(p),
                    c.pick(("普工", "技工", "钢筋工", "瓦工", "机械操作手", "安全员")),
                ]
            )
    elif var == 1:
        header = ["序号", "村组", "姓名", "身份证号", "是否脱贫户", "自带机械车辆"]
        for i, p in enumerate(ws, 1):
            veh: object = ""
            if c.coin(0.5):
                veh = [("license_plate", p.plate), c.pick(("（三轮车）", "（农用车）", "（轻型货车）", ""))]
            rows.append(
                [str(i), ("address", c.village_unit()), c.nm(p), c.idp(p), c.pick(("是", "否", "否")), veh]
            )
    else:
        header = ["序号", "姓名", "年龄", "家庭住址", "联系电话", "银行卡号", "开户行"]
        for i, p in enumerate(ws, 1):
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    str(c.year - p.birth.year),
                    ("address", p.addr),
                    c.phone(p),
                    c.cardp(p),
                    p.bank,
                ]
            )
    c.table(header, rows)
    c.para(
        c.ind(),
        c.pick(
            (
                f"注：以上务工人员共{len(ws)}人，均为项目所在地及周边农村劳动力，其中脱贫人口和监测对象优先安排。",
                "备注：务工人员实行实名制管理，考勤由村委会和施工单位共同记录，劳务报酬按月足额发放。",
                f"本花名册由{comp}编制，{c.town}人民政府审核，报{c.r.county}发展和改革局备案。",
            )
        ),
    )
    c.contacts(lines=c.ri(1, 3))
    c.sign(issuer)


def f2_wage(c: Ctx) -> None:
    proj = relief_project(c)
    issuer = c.pick((c.town_gov(), f"{c.pick(c.r.villages)}村民委员会", company(c)))
    mon = c.ri(3, 11)
    title = c.pick(
        (
            f"{proj}{mon}月份劳务报酬发放公示",
            f"关于{proj}劳务报酬发放情况的公示",
            f"{proj}务工人员工资发放表（第{CN[c.ri(1, 5)]}期）",
        )
    )
    c.header(issuer, title, None if "公司" in issuer or "村民" in issuer else "政发")
    ws = [c.person(born=(1958, 2002)) for _ in range(c.ri(7, 16))]
    c.para(
        c.ind(),
        c.pick(
            (
                f"为保障务工群众合法权益，现将{proj}{c.year}年{mon}月份劳务报酬发放情况公示如下：",
                f"根据务工人员考勤记录，经施工单位核算、村委会核实、{c.town}审核，{proj}本期应发劳务报酬情况如下：",
            )
        ),
    )
    var = c.ri(0, 2)
    c.cert_mix = var == 0 and c.coin(0.5)
    rows: list[list[object]] = []
    total = 0
    for i, p in enumerate(ws, 1):
        days = c.ri(6, 28)
        rate = c.pick((150, 160, 180, 200, 220, 260))
        amt = days * rate
        total += amt
        if var == 0:
            rows.append([str(i), c.nm(p), c.cert(p)[1], c.cardp(p), str(days), str(rate), c.money(amt)])
        elif var == 1:
            rows.append(
                [str(i), c.nm(p), c.cardp(p), p.bank, str(days), c.money(amt, False), c.money(amt, False)]
            )
        else:
            rows.append([str(i), c.nm(p), ("address", p.addr), c.idp(p), c.phone(p), str(days), c.money(amt)])
    header = (
        [
            "序号",
            "姓名",
            "证件号码" if c.cert_mix else "身份证号",
            c.pick(("银行卡号", "社保卡号", "工资卡号")),
            "出勤天数",
            "日工资（元）",
            "应发金额（元）",
        ],
        ["序号", "姓名", "银行卡号", "开户行", "出勤（天）", "应发（元）", "实发（元）"],
        ["序号", "务工人员", "家庭住址", "身份证号码", "联系电话", "工日", "报酬（元）"],
    )[var]
    c.table(header, rows)
    c.line(f"合计：{c.money(total)}元")
    c.para(
        c.ind(),
        f"本期劳务报酬已于{c.ds(c.date())}通过{c.pick(('农民工工资专用账户', '银行代发', '“直发”方式'))}全部发放至务工人员本人账户，代发流水号{c.nearmiss_num(19, True)}。",
    )
    if c.coin(0.5):
        p = ws[c.ri(0, len(ws) - 1)]
        c.para(
            c.ind(),
            "公示期间，务工人员",
            c.nm(p),
            "（联系电话：",
            c.phone(p),
            f"）反映其{mon}月份出勤天数少计{c.ri(1, 3)}天，经核对考勤表，情况属实，已予补发。",
        )
    if c.coin(0.4):
        c.para(c.ind(), f"另，务工人员{c.masked_name()}反映的工资卡无法入账问题，已协调银行重新办理。")
    c.para(c.ind(), objection_text(c, f"{c.town}人民政府或{c.r.county}发展和改革局"))
    c.contacts()
    c.sign(issuer)


def f2_notice(c: Ctx) -> None:
    proj = relief_project(c)
    issuer = c.pick((c.town_gov(), f"{c.r.county}发展和改革局"))
    title = c.pick((f"关于{proj}实施情况的公告", f"{proj}项目公示公告", f"{proj}建设及劳务报酬发放监督公告"))
    c.header(issuer, title, "发改发" if "发展" in issuer else "政发")
    inv = c.ri(80, 600)
    c.para(
        c.ind(), "为进一步加强以工代赈项目监督管理，保障群众知情权、参与权和监督权，现将有关情况公告如下："
    )
    c.line("一、项目基本情况")
    c.para(
        c.ind(),
        f"{proj}建设地点位于{c.site_addr()}，由{c.r.county}发展和改革局以{c.wenhao('发改发')}批复实施，总投资{inv}万元，其中中央以工代赈资金{inv - c.ri(5, 60)}万元，计划发放劳务报酬{c.ri(20, 120)}万元。项目施工单位为{company(c)}（统一社会信用代码：{c.usc('firm')}），项目经理{c.official()}；监理单位为{company(c, '工程监理有限公司')}。",
    )
    c.line("二、务工群众吸纳情况")
    ws = [c.person(born=(1960, 2000)) for _ in range(c.ri(2, 4))]
    n = c.ri(25, 90)
    c.para(
        c.ind(),
        f"项目共吸纳当地农村劳动力{n}人，其中脱贫人口和监测对象{c.ri(8, n // 2)}人，人均务工{c.ri(30, 70)}天。",
    )
    for p in ws:
        days = c.ri(20, 80)
        c.para(
            c.ind(),
            c.pick(
                (
                    [
                        "如家住",
                        ("address", p.addr),
                        "的",
                        c.nm(p),
                        f"，家中{c.pick(('有两名学生上学', '老人常年卧床', '劳动力不足', '收入来源单一'))}，在项目上务工{days}天，领取劳务报酬{days * 180}元。",
                    ],
                    [
                        "务工群众",
                        c.nm(p),
                        "（",
                        ("address", p.addr),
                        f"）在项目上从事{c.pick(('砌筑', '钢筋绑扎', '混凝土浇筑', '机械操作'))}工作，累计务工{days}天，报酬已全部打入其本人银行卡。",
                    ],
                    [
                        c.nm(p),
                        "，",
                        f"{c.year - p.birth.year}岁，",
                        ("address", p.addr),
                        f"人，项目务工{days}天，获得劳务报酬{c.money(days * 200, False)}元。",
                    ],
                    [
                        "家住",
                        ("address", p.addr),
                        "的",
                        c.nm(p),
                        "自带",
                        c.pick(("三轮车", "农用车", "小型货车")),
                        "（",
                        ("license_plate", p.plate),
                        f"）参与土方运输，累计{days}个台班，领取劳务及机械报酬{days * 300}元。",
                    ],
                )
            ),
        )
    if c.coin(0.5):
        reps = [c.person(born=(1960, 2000)) for _ in range(c.ri(3, 6))]
        c.para(c.ind(), "项目竣工验收时，邀请了务工群众代表", c.name_list(reps), "等参加。")
    c.line("三、监督方式")
    c.para(
        c.ind(),
        f"项目实施全过程接受社会监督。对项目建设质量、劳务报酬发放等方面的问题，可通过以下方式反映：监督电话{c.office_phone()}，{c.hotline()}；电子邮箱{c.gov_mail('fgj')}。",
    )
    if c.coin(0.6):
        p = c.person(born=(1960, 2000))
        c.para(
            c.ind(),
            f"{c.ds(c.date())}，群众",
            c.nm(p),
            "（联系电话：",
            c.phone(p),
            "）来电反映项目部分路段路基压实不足，经监理单位现场检测，已责令施工单位返工处理。",
        )
    if c.coin(0.3):
        c.para(
            c.ind(), f"{c.masked_name()}反映的劳务报酬拖欠问题，经查系银行账户信息错误所致，现已发放到位。"
        )
    c.sign(issuer)


# ----------------------------------------------------------------------------- family 3: eco compensation


def eco_prog(c: Ctx) -> str:
    return c.pick(
        ("新一轮退耕还林", "退耕还林", "生态公益林补偿", "前一轮退耕还林完善政策", "地方公益林生态效益补偿")
    )


def f3_ledger(c: Ctx) -> None:
    prog = eco_prog(c)
    old = c.coin(0.6)
    issuer = c.pick((c.town_gov(), f"{c.r.county}林业和草原局", f"{c.r.county}自然资源局"))
    title = c.pick(
        (
            f"{c.town}{c.year}年度{prog}补助资金兑现到户清册",
            f"{c.r.county}{c.year}年{prog}资金兑现公示（{c.town}）",
            f"{prog}补助兑现花名册",
        )
    )
    c.header(issuer, title, "林草发" if "林业" in issuer else "政发")
    std = c.pick((100, 120, 150, 160, 16, 10))
    c.para(
        c.ind(),
        c.pick(
            (
                f"根据{c.r.county}林业和草原局《关于{c.year}年{prog}补助资金兑现工作的通知》要求，经核查验收，{c.town}{prog}补助资金兑现情况如下，补助标准{std}元/亩。",
                f"现将{c.town}{c.year}年度{prog}补助资金兑现到户情况予以公示，请广大群众监督。",
            )
        ),
    )
    hh = [c.person(born=(1935, 1985) if old else (1945, 1992)) for _ in range(c.ri(6, 14))]
    var = c.ri(0, 2)
    rows: list[list[object]] = []
    total = 0.0
    for i, p in enumerate(hh, 1):
        area = round(c.rng.uniform(0.8, 25.0), 1)
        amt = round(area * std, 2)
        total += amt
        ident: Part = ("id_card_15", p.id15) if old and p.birth.year < 1984 else c.idp(p)
        xb = f"{c.ri(1, 48)}-{c.ri(1, 15)}"
        if var == 0:
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    ident,
                    ("address", c.plot_addr()),
                    xb,
                    f"{area}",
                    str(std),
                    c.money(amt, False),
                    c.cardp(p),
                ]
            )
        elif var == 1:
            rows.append(
                [
                    str(i),
                    ("address", c.plot_addr()),
                    c.nm(p),
                    ident,
                    c.pick(("东湾滩", "南梁", "后山坡", "沙窝地", "西大滩", "上台地", "阳坡")),
                    f"{area}",
                    c.money(amt, False),
                ]
            )
        else:
            rows.append([str(i), c.nm(p), ident, c.cardp(p), p.bank, f"{area}", c.money(amt)])
    header = (
        [
            "序号",
            "户主姓名",
            "身份证号码",
            "地块位置",
            "小班号",
            "面积（亩）",
            "补助标准（元/亩）",
            "兑现金额（元）",
            "一卡通账号",
        ],
        ["序号", "村组", "户主", "身份证号", "地块名称", "退耕面积（亩）", "兑现金额（元）"],
        ["序号", "姓名", "身份证号", "惠农一卡通账号", "开户行", "面积（亩）", "金额（元）"],
    )[var]
    c.table(header, rows)
    c.line(f"合计：{len(hh)}户，兑现金额{c.money(total)}元")
    if old:
        c.para(
            c.ind(),
            "注：部分农户身份证号码沿用2003年退耕还林原始档案登记信息，林权证号见档案（",
            f"{c.r.abbr}林证字（2008）第{c.ri(1000, 99999):07d}号",
            "等）。",
        )
    c.para(c.ind(), objection_text(c, f"{c.town}林业工作站"))
    c.contacts()
    c.sign(issuer)


def f3_reply(c: Ctx) -> None:
    prog = eco_prog(c)
    issuer = c.pick((c.town_gov(), f"{c.r.county}林业和草原局"))
    title = c.pick(
        (
            f"关于{c.town}{c.year}年{prog}补助兑现公示异议处理情况的说明",
            f"{prog}兑现公示期间群众异议处理结果",
            f"{c.town}{prog}公示异议核查处理情况通报",
        )
    )
    c.header(issuer, title, "政发" if issuer.endswith("政府") else "林草发")
    a, b = obj_period(c, before=True)
    k = c.ri(2, 4)
    c.para(
        c.ind(),
        f"{a}至{b}，{c.town}对{c.year}年度{prog}补助资金兑现情况在各村村务公开栏和{c.r.county}人民政府网站进行了公示。公示期间共收到群众异议{k + 1}件，经{c.town}林业工作站会同村委会逐一核实，现将处理情况说明如下：",
    )
    for j in range(k):
        p = c.person(born=(1940, 1990))
        area = round(c.rng.uniform(0.5, 12.0), 1)
        intro = c.pick(
            (
                [
                    (lambda v: v + ("牧民" if v.endswith("嘎查") else "村民"))(c.pick(c.r.villages)),
                    c.nm(p),
                    "（身份证号：",
                    c.idp(p),
                    "，联系电话：",
                    c.phone(p),
                    "）反映，",
                ],
                ["家住", ("address", p.addr), "的", c.nm(p), "来电（", c.phone(p), "）反映，"],
                [
                    c.nm(p),
                    "（",
                    ("address", p.addr),
                    "）到",
                    c.pick(("镇政府", "林业站", "便民服务中心")),
                    "来访反映，",
                ],
            )
        )
        which = c.ri(0, 3)
        issue = (
            ["其家中位于", ("address", c.plot_addr()), f"的{area}亩退耕地未纳入本次兑现范围。"],
            [f"其退耕面积公示为{area}亩，与实际面积不符。"],
            ["其补助资金被错误兑现至已去世的父亲名下。"],
            ["其一卡通账号已销户，补助资金无法到账。"],
        )[which]
        result = c.pick(
            (
                (
                    f"经实地核查，该地块在第二次国土调查中已调整为林地，符合兑现条件，已补录入兑现清册，补助资金{c.money(area * 150, False)}元将随下一批次发放。",
                    "经核实，该地块不在退耕还林小班范围内，不符合兑现条件，已当面向其解释政策。",
                ),
                (
                    "经查阅档案并实地测量，原登记面积有误，已按实测面积更正。",
                    "经核对小班档案，公示面积与验收面积一致，反映问题不属实，本人表示认可。",
                ),
                (
                    "经核实，情况属实，已按规定办理补助对象变更手续。",
                    "经核实，原户主已于去年去世，已指导其家属办理继承变更。",
                ),
                ("经核实，已协助其到银行重新办理一卡通，补助资金将随下一批次重新发放。",),
            )[which]
        )
        c.para(c.ind(), f"（{CN[j + 1]}）", intro, issue, "核查结果：" if c.coin(0.5) else "", result)
        if which == 3 and c.coin(0.7):
            c.para(c.ind(), "其新开立的", p.bank, "账户（卡号：", c.cardp(p), "）已登记备案。")
        elif c.coin(0.3):
            c.para(c.ind(), "处理结果已通过电子邮件（", ("email", p.email), "）及电话告知本人。")
    c.para(
        c.ind(),
        f"（{CN[k + 1]}）{c.pick(c.r.villages)}村民{c.masked_name()}反映他人冒领补助问题，经调查不属实，已向其反馈。",
    )
    c.para(
        c.ind(),
        "以上异议已全部办结。群众对处理结果仍有异议的，可向",
        f"{c.r.county}林业和草原局反映（电话：{c.office_phone()}）。",
    )
    c.sign(issuer)


def f3_change(c: Ctx) -> None:
    prog = eco_prog(c)
    title = c.pick(
        (
            f"{prog}补助对象变更申请表",
            f"{c.r.county}{prog}补助对象变更登记表",
            f"{prog}补助资金兑现对象变更审批表",
        )
    )
    c.header(c.town_gov(), title, None)
    orig = c.person(born=(1930, 1960), male=c.coin(0.8))
    heir = c.child_of(orig, None, born=(max(orig.birth.year + 20, 1950), min(orig.birth.year + 38, 1995)))
    rel = c.pick(RELATION_CHILD[heir.male])
    old_id: Part = ("id_card_15", orig.id15) if c.coin(0.5) else ("id_card", orig.idno)
    reason: list[Part] = flat(
        c.pick(
            (
                [
                    f"原补助对象于{c.ds(c.date(year=c.year - 1))}因",
                    ("health", c.health_term(c.pick(("chronic", "serious")))),
                    "病故，经家庭协商，由其",
                    rel,
                    "继承退耕地经营权。",
                ],
                [f"原补助对象已于{c.year - 1}年去世，退耕地由其{rel}继续管护。"],
                [f"原补助对象年迈（{c.year - orig.birth.year}岁），自愿将补助对象变更为其{rel}。"],
                ["分户后退耕地随户调整。"],
            )
        )
    )
    c.cert_mix = c.coin(0.55)
    lab, num = c.cert(heir)
    fields: list[tuple[str, object]] = [
        ("原补助对象姓名", c.nm(orig)),
        ("原身份证号码", old_id),
        ("原一卡通账号", ("bank_card", orig.card)),
        ("地块位置", ("address", c.plot_addr())),
        ("小班号", f"{c.ri(1, 40)}-{c.ri(1, 12)}"),
        ("退耕面积", f"{round(c.rng.uniform(1, 20), 1)}亩"),
        ("变更原因", reason),
        ("变更后补助对象", c.nm(heir)),
        ("与原补助对象关系", rel),
        ("证件类型", lab),
        ("证件号码", num),
        phone_field(c, heir),
        ("家庭住址", ("address", heir.addr)),
        ("一卡通账号", ("bank_card", heir.card)),
        ("开户银行", heir.bank),
    ]
    if c.coin(0.5):
        fields.append(("电子邮箱", ("email", heir.email)))
    fields += [
        ("申请人签字", c.nm(heir)),
        ("村委会意见", f"情况属实，同意变更。负责人：{c.official()}　{c.ds(c.date())}"),
        ("乡镇林业站意见", f"经核实，同意变更。经办人：{c.official()}"),
        ("乡镇人民政府意见", "同意。（盖章）"),
    ]
    c.form(fields)
    if c.coin(0.5):
        c.blank()
        c.para(
            c.ind(),
            "申请事由：本人",
            c.nm(heir),
            "系原补助对象",
            c.nm(orig),
            f"之{rel}，",
            reason,
            "现申请将上述退耕地补助对象变更为本人，所提供材料真实有效，如有虚假愿承担相应责任。",
        )
    c.blank()
    c.line("附：死亡证明（或户口注销证明）复印件、继承人身份证复印件、一卡通复印件各一份。")


# ----------------------------------------------------------------------------- family 4: education aid


def school_vocational(c: Ctx) -> str:
    ps = PROV_SHORT[c.r.prov]
    return c.pick(
        (
            f"{ps}职业技术学院",
            f"{ps}工业职业技术学院",
            f"{c.r.pref}职业技术学校",
            f"{ps}农业学校",
            f"{ps}卫生学校",
            f"{c.r.county}职业中学",
        )
    )


def school_basic(c: Ctx) -> str:
    return c.pick(
        (
            f"{c.town}中心小学",
            f"{c.r.county}第{CN[c.ri(1, 5)]}中学",
            f"{c.pick(c.r.villages)}小学",
            f"{c.town}中学",
            f"{c.r.county}实验小学",
        )
    )


def f4_list(c: Ctx) -> None:
    yulu = c.coin(0.55)
    term = c.pick(("春季", "秋季"))
    issuer = (
        c.pick((f"{c.r.county}乡村振兴局", f"{c.r.county}教育局", c.town_gov()))
        if yulu
        else c.pick((f"{c.r.county}教育局", f"{c.r.county}学生资助管理中心"))
    )
    if yulu:
        title = c.pick(
            (
                f"{c.year}年{term}学期雨露计划职业教育补助拟补助学生名单公示",
                f"{c.town}{c.year}年雨露计划补助对象公示",
                f"关于{c.year}年{term}学期“雨露计划”拟补助人员的公示",
            )
        )
    else:
        title = c.pick(
            (
                f"{c.year}年{term}学期义务教育阶段家庭经济困难学生生活补助名单",
                f"{school_basic(c)}{c.year}年“两免一补”受助学生名单公示",
            )
        )
    c.header(issuer, title, "教发" if "教育" in issuer else "政发")
    c.para(
        c.ind(),
        c.pick(
            (
                "根据学生申请、村级评议、乡镇审核，现将拟补助学生名单予以公示，接受社会监督。",
                f"按照“谁申请、谁受益”的原则，经学校初审、{c.r.county}复核，下列学生符合补助条件，拟予补助：",
                f"为确保资助资金精准发放，现将{c.year}年{term}学期资助名单公示如下：",
            )
        ),
    )
    rows: list[list[object]] = []
    n = c.ri(6, 14)
    email_col = yulu and c.coin(0.35)
    for i in range(1, n + 1):
        g = c.person(born=(1962, 1985))
        s = c.child_of(g, None, born=(c.year - 21, c.year - 15) if yulu else (c.year - 15, c.year - 6))
        rel = "父子" if g.male and s.male else "父女" if g.male else "母子" if s.male else "母女"
        if yulu:
            row: list[object] = [
                str(i),
                c.nm(s),
                sex(s),
                school_vocational(c),
                c.pick(("计算机应用", "汽车运用与维修", "护理", "学前教育", "电子商务", "农业机械", "会计")),
                c.pick(("一年级", "二年级", "三年级")),
                c.nm(g),
                rel,
                ("address", g.addr),
                "1500",
            ]
            if email_col:
                row.insert(9, ("email", s.email))
        else:
            xj: object = (
                ["G", ("id_card", s.idno)] if not c.mask_id else "G" + s.idno[:6] + "********" + s.idno[-4:]
            )
            row = [
                str(i),
                c.nm(s),
                xj,
                school_basic(c),
                f"{c.pick(('一', '二', '三', '四', '五', '六', '七', '八', '九'))}年级",
                c.nm(g),
                c.phone(g),
                c.pick(("500", "625", "1000", "1250")),
            ]
        rows.append(row)
    if yulu:
        header = [
            "序号",
            "学生姓名",
            "性别",
            "就读学校",
            "专业",
            "年级",
            "户主姓名",
            "与户主关系",
            "家庭住址",
            "补助金额（元）",
        ]
        if email_col:
            header.insert(9, "学生邮箱")
    else:
        header = [
            "序号",
            "学生姓名",
            "全国学籍号",
            "就读学校",
            "年级",
            "监护人",
            "联系电话",
            "补助金额（元）",
        ]
    c.table(header, rows)
    c.para(
        c.ind(),
        objection_text(c, c.pick((f"{c.r.county}乡村振兴局", f"{c.r.county}学生资助管理中心", "学校资助办"))),
    )
    c.contacts(dept="学生资助管理中心")
    c.sign(issuer)


def abroad_fields(c: Ctx, who: str) -> list[tuple[str, object]]:
    """A household member working outside the mainland: where, and the number of the travel document."""
    kind = c.rng.choices(("passport", "hk_macau_permit", "tw_permit"), weights=(5, 3, 2))[0]
    digits = "0123456789"
    if kind == "passport":
        return [
            (f"{who}务工地", c.pick(ABROAD)),
            (c.pick(("护照号码", "护照号")), (kind, make_cert(c.rng, kind))),
        ]
    if kind == "hk_macau_permit":
        num = (
            "C"
            + (c.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") if c.coin(0.4) else c.pick(digits))
            + "".join(c.pick(digits) for _ in range(7))
        )
        return [
            (f"{who}务工地", c.pick(("香港", "澳门"))),
            (c.pick(("往来港澳通行证号码", "港澳通行证号")), (kind, num)),
        ]
    return [
        (f"{who}现在地", "台湾地区"),
        ("大陆居民往来台湾通行证号码", (kind, "L" + "".join(c.pick(digits) for _ in range(8)))),
    ]


def f4_form(c: Ctx) -> None:
    yulu = c.coin(0.6)
    title = f"{c.year}年雨露计划职业教育补助申请表" if yulu else f"{c.year}年家庭经济困难学生资助申请审批表"
    c.header(c.pick((f"{c.r.county}乡村振兴局", f"{c.r.county}教育局")), title, None)
    g = c.person(born=(1962, 1985))
    sp = c.person(male=not g.male, style=g.style, born=(g.birth.year - 5, g.birth.year + 5), addr=g.addr)
    s = c.child_of(g, sp, born=(c.year - 21, c.year - 15) if yulu else (c.year - 15, c.year - 7))
    rel = c.pick(RELATION_CHILD[s.male])
    fields: list[tuple[str, object]] = [
        ("学生姓名", c.nm(s)),
        ("性别", sex(s)),
        ("民族", s.eth),
        ("出生日期", c.ds(s.birth, 3)),
        ("身份证号", ("id_card", s.idno)),
        ("就读学校", school_vocational(c) if yulu else school_basic(c)),
        (
            "专业" if yulu else "年级",
            c.pick(("护理", "数控技术", "畜牧兽医", "电子商务"))
            if yulu
            else f"{c.pick(('三', '五', '七', '八'))}年级",
        ),
        ("入学时间", f"{c.year - c.ri(0, 2)}年9月"),
        ("户主姓名", c.nm(g)),
        ("与学生关系", "父亲" if g.male else "母亲"),
        ("户主身份证号", ("id_card", g.idno)),
        phone_field(c, g),
        ("家庭住址", ("address", g.addr)),
    ]
    if c.coin(0.5):
        fields.append(("电子邮箱", ("email", s.email if yulu else g.email)))
    if c.coin(0.45):
        fields += abroad_fields(c, "户主")
    fields += [
        ("收款人", c.nm(g)),
        ("银行卡号", ("bank_card", g.card)),
        ("开户银行", g.bank),
        ("家庭类别", c.pick(("脱贫户", "监测户", "低保户", "特困供养"))),
    ]
    if c.coin(0.5):
        fields.append(
            (
                c.pick(("家庭车辆", "家庭拥有车辆情况", "机动车号牌")),
                [("license_plate", g.plate), c.pick(("（农用三轮车）", "（二手面包车）", "（摩托车）", ""))],
            )
        )
    c.form(fields)
    c.blank()
    c.line("家庭成员情况")
    members: list[tuple[Person, str]] = [(g, "户主"), (sp, "配偶"), (s, rel)]
    if c.coin(0.6):
        gpm = c.coin(0.5)
        gp = c.person(
            male=gpm,
            style=g.style,
            born=(1935, 1955),
            surname=g.surname if g.style in ("han", "hui", "zhuang", "yi") and gpm and g.surname else None,
            addr=g.addr,
        )
        members.append((gp, "父亲" if gp.male else "母亲"))
    rows: list[list[object]] = []
    for p, r in members:
        r2 = c.rng.random()
        if p is s:
            h: object = "健康"
        elif r2 < 0.45:
            h = "健康"
        elif r2 < 0.75:
            h = ["患病（", ("health", c.health_term(c.pick(("chronic", "serious")))), "）"]
        else:
            h = ["残疾（", ("health", c.health_term("disability")), "）"]
        age = c.year - p.birth.year
        work = (
            "在校学生"
            if p is s
            else c.pick(("在家务农", "无劳动能力", "务农"))
            if age >= 65
            else c.pick(("务农", "外出务工", "在家务农", "灵活就业"))
        )
        rows.append([c.nm(p), r, str(c.year - p.birth.year), h, work])
    c.table(
        ["姓名", "与户主关系", "年龄", "健康状况", "从业情况"],
        rows,
        layout=c.pick(("tab", "space", "cells", "pipe")) if not c.pdf else None,
    )
    c.blank()
    c.para(
        "村（居）委会意见：",
        c.pick(("情况属实，同意申报。", "经评议，该生家庭经济困难，同意推荐。")),
        f"负责人：{c.official()}（盖章）　{c.ds(c.date())}",
    )
    c.para(f"乡镇审核意见：同意。经办人：{c.official()}")
    c.para(
        f"县级审批意见：{c.pick(('同意补助1500元。', '同意。', '符合条件，予以资助。'))}审核人：{c.official()}"
    )


def f4_notice(c: Ctx) -> None:
    yulu = c.coin(0.6)
    term = c.pick(("春季", "秋季"))
    prog = "雨露计划职业教育补助" if yulu else "义务教育家庭经济困难学生生活补助"
    issuer = c.pick(
        (f"{c.r.county}乡村振兴局", f"{c.r.county}教育局", f"{c.r.county}学生资助管理中心", c.town_gov())
    )
    letter = c.coin(0.45)
    if letter:
        g = c.person(born=(1962, 1985))
        s = c.child_of(g, None, born=(c.year - 20, c.year - 15) if yulu else (c.year - 14, c.year - 7))
        c.line(c.pick(("资金到账通知书", f"{prog}到账告知书", "致受助学生家长的一封信")))
        c.blank()
        c.line(c.nm(g), c.pick(("家长：", "同志：", "（家长）：")))
        c.para(
            c.ind(),
            "您好！您的孩子",
            c.nm(s),
            f"（{school_vocational(c) if yulu else school_basic(c)}在读）申请的{c.year}年{term}学期{prog}，经审核符合条件，补助资金{c.pick(('1500', '1500', '625', '1000'))}元已于{c.ds(c.date())}打入",
            c.pick(
                (
                    ["户主", c.nm(g), "的“一卡通”账户（卡号：", c.cardp(g), "）"],
                    ["您本人", g.bank, "账户", c.cardp(g)],
                )
            ),
            "，请注意查收。",
        )
        c.para(
            c.ind(),
            "如发现资金未到账或金额不符，请携带户口簿、身份证及银行卡到",
            c.pick((f"{c.town}便民服务中心", "户籍所在乡镇乡村振兴办", "学校资助办")),
            f"查询，或拨打资助热线{c.office_phone()}。谨防以“发放补助”为名的电信诈骗，资助部门不会要求您转账或提供验证码。",
        )
        if c.coin(0.4):
            c.para(c.ind(), "您在申请表中预留的联系方式为", c.phone(g), "，如有变更请及时告知。")
    else:
        title = c.pick(
            (f"关于{c.year}年{term}学期{prog}资金到账的通知", f"{c.year}年{term}学期{prog}发放情况通报")
        )
        c.header(issuer, title, "教发" if "教育" in issuer else "政发")
        c.para(
            c.ind(),
            f"各乡镇、各学校：{c.year}年{term}学期{prog}资金已全部拨付到位。现将部分因账户问题退回、经重新核实后补发的学生名单通知如下：",
        )
        k = c.ri(3, 8)
        numfmt = c.pick(("{}. ", "{}、", "（{}）"))
        for i in range(1, k + 1):
            g = c.person(born=(1962, 1985))
            s = c.child_of(g, None, born=(c.year - 20, c.year - 15) if yulu else (c.year - 14, c.year - 7))
            c.para(
                numfmt.format(i),
                c.pick(
                    (
                        [
                            c.nm(s),
                            f"，{school_vocational(c) if yulu else school_basic(c)}，补助资金1500元已补发至监护人",
                            c.nm(g),
                            "的银行卡（",
                            c.cardp(g),
                            "）。",
                        ],
                        [
                            c.nm(s),
                            "（监护人：",
                            c.nm(g),
                            "，",
                            ("address", g.addr),
                            "），原账户已冻结，已改为发放至新卡",
                            c.cardp(g),
                            "。",
                        ],
                        [c.nm(s), "，监护人", c.nm(g), "，联系电话", c.phone(g), "，补助资金已到账。"],
                    )
                ),
            )
        c.para(c.ind(), "请各乡镇通知到户，确保每一名学生家长知晓资金到账情况。")
    c.contacts(dept="资助管理中心", lines=c.ri(1, 2))
    c.sign(issuer)


# ----------------------------------------------------------------------------- family 5: agricultural insurance / large grain growers

INSURERS = (
    ("中国人民财产保险股份有限公司", "95518"),
    ("中华联合财产保险股份有限公司", "95585"),
    ("国元农业保险股份有限公司", "95556"),
    ("中国太平洋财产保险股份有限公司", "95500"),
)


def policy_no(c: Ctx) -> str:
    return f"P{c.pick(('ZAB', 'YAA', 'NCB', 'ZNF'))}{c.year}{c.r.code}{c.ri(0, 99999999):08d}"


def f5_claim(c: Ctx) -> None:
    ins, hot = c.pick(INSURERS)
    branch = f"{ins}{c.r.county}支公司"
    crop = c.pick(("玉米", "小麦", "水稻", "马铃薯", "青稞", "枸杞", "葡萄", "甘蔗", "棉花"))
    disaster = c.pick(("冰雹", "暴雨洪涝", "干旱", "大风倒伏", "霜冻", "病虫害"))
    title = c.pick(
        (
            f"{branch}{c.year}年{crop}种植保险{c.town}理赔到户公示",
            f"{c.town}{c.year}年{crop}保险理赔结果公示",
            f"关于{c.year}年{crop}种植保险{disaster}灾害理赔情况的公示",
        )
    )
    c.header(branch, title, None)
    c.para(
        c.ind(),
        f"{c.ds(c.date(5, 9))}，{c.town}部分村组遭受{disaster}灾害，{crop}受损。接报案后，我公司会同{c.town}农业综合服务站及时开展查勘定损，现将理赔结果公示如下：",
    )
    c.line(f"保单号：{policy_no(c)}　　报案号：{c.nearmiss_num(c.pick((17, 19)), None)}")
    if c.coin(0.4):
        c.line(f"承保机构：{branch}（统一社会信用代码：{c.usc('firm')}）")
    rows: list[list[object]] = []
    var = c.ri(0, 2)
    c.cert_mix = var == 2 and c.coin(0.5)
    for i in range(1, c.ri(6, 15) + 1):
        p = c.person(born=(1950, 1990))
        ins_a = round(c.rng.uniform(3, 60), 1)
        dmg = round(ins_a * c.rng.uniform(0.2, 1.0), 1)
        rate = c.pick((30, 40, 50, 60, 70, 80, 100))
        pay = round(dmg * c.pick((400, 500, 600, 800)) * rate / 100, 2)
        if var == 0:
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    c.idp(p),
                    ("address", c.village_unit()),
                    f"{ins_a}",
                    f"{dmg}",
                    f"{rate}%",
                    c.money(pay),
                    c.cardp(p),
                ]
            )
        elif var == 1:
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    ("address", c.village_unit()),
                    f"{dmg}",
                    f"{rate}%",
                    c.money(pay, False),
                    c.phone(p),
                ]
            )
        else:
            rows.append([str(i), c.nm(p), c.cert(p)[1], f"{ins_a}", f"{dmg}", c.money(pay)])
    header = (
        [
            "序号",
            "被保险人",
            "身份证号码",
            "村组",
            "投保面积（亩）",
            "受灾面积（亩）",
            "损失率",
            "赔款金额（元）",
            "收款账号",
        ],
        ["序号", "农户姓名", "村组", "受损面积（亩）", "损失程度", "赔款（元）", "联系电话"],
        ["序号", "被保险人", "证件号码", "承保面积", "受灾面积", "赔付金额（元）"],
    )[var]
    c.table(header, rows)
    c.para(
        c.ind(),
        f"公示期内对理赔结果有异议的，请拨打客服电话{hot}，或联系查勘员{c.official()}（{c.office_phone()}）。赔款将于公示期满后{c.ri(3, 10)}个工作日内支付至农户“一卡通”账户。"
        + (f"来电咨询的{c.honorific()}等农户，我公司已逐一答复。" if c.coin(0.4) else ""),
    )
    c.sign(branch)


def f5_growers(c: Ctx) -> None:
    title = c.pick(
        (
            f"{c.r.county}{c.year}年种粮大户补贴资金发放名单公示",
            f"{c.year}年{c.town}种粮大户和家庭农场补贴对象公示",
            f"关于{c.year}年度规模种粮主体补贴发放情况的公示",
        )
    )
    issuer = c.pick((f"{c.r.county}农业农村局", c.town_gov()))
    c.header(issuer, title, "农发" if "农业" in issuer else "政发")
    std = c.pick((50, 80, 100, 120))
    c.para(
        c.ind(),
        f"根据《{c.r.county}{c.year}年支持粮食生产补贴实施方案》，对种植面积{c.pick((50, 100, 200))}亩以上的种粮大户、家庭农场和农民合作社给予补贴，标准为{std}元/亩。经申报、核实，现将补贴对象公示如下：",
    )
    rows: list[list[object]] = []
    c.cert_mix = c.coin(0.5)
    extra = c.pick(("", "email", "plate", "plate"))
    for i in range(1, c.ri(5, 12) + 1):
        p = c.person(born=(1960, 1992))
        area = c.ri(60, 1200)
        coop = c.coin(0.35)
        if coop:
            ent = f"{c.r.county}{c.pick(FARM_WORDS)}{c.pick(('种植专业合作社', '家庭农场', '农机专业合作社', '粮食种植合作社'))}"
            code: object = c.usc("coop" if "合作社" in ent else "firm")
            loc: object = f"流转{c.pick(c.r.villages)}土地"
            acct: object = c.nearmiss_num(c.pick((17, 18)), False) + "（对公）"
        else:
            ent = "种粮大户"
            code = c.cert(p)[1]
            loc = ("address", c.plot_addr())
            acct = c.cardp(p)
        row: list[object] = [
            str(i),
            ent,
            c.nm(p),
            code,
            loc,
            str(area),
            c.money(area * std, False),
            acct,
            c.phone(p),
        ]
        if extra == "email":
            row.append(
                ("email", p.email)
                if not coop or c.coin(0.5)
                else f"{c.r.py}{c.pick(FARM_WORDS) and 'hzs'}{c.ri(1, 99)}@163.com"
            )
        elif extra == "plate":
            row.append(("license_plate", p.plate) if not coop and c.coin(0.8) else "—")
        rows.append(row)
    c.table(
        [
            "序号",
            "经营主体",
            "负责人",
            "证件号码/统一社会信用代码" if c.cert_mix else "身份证号/统一社会信用代码",
            "种植地点",
            "面积（亩）",
            "补贴金额（元）",
            "收款账号",
            "联系电话",
        ]
        + (["电子邮箱"] if extra == "email" else ["运粮车辆号牌"] if extra == "plate" else []),
        rows,
    )
    if c.coin(0.4):
        p = c.person(born=(1960, 1990))
        c.para(
            c.ind(),
            "另：",
            c.nm(p),
            f"户申报面积{c.ri(120, 400)}亩，经卫星遥感核查实际种植{c.ri(40, 110)}亩，未达到补贴标准，不予补贴。其运粮车辆（",
            ("license_plate", p.plate),
            "）已登记备案，如有异议可申请复核。",
        )
    c.para(c.ind(), objection_text(c, f"{c.r.county}农业农村局种植业管理股"))
    c.contacts()
    c.sign(issuer)


def f5_survey(c: Ctx) -> None:
    ins, hot = c.pick(INSURERS)
    branch = f"{ins}{c.r.county}支公司"
    crop = c.pick(("玉米", "小麦", "水稻", "马铃薯", "枸杞", "设施蔬菜", "苹果"))
    title = c.pick(("农业保险查勘定损记录", f"{crop}种植保险查勘定损单", "种植险现场查勘记录表"))
    c.line(branch)
    c.line(title)
    c.blank()
    surveyor = c.official("han")
    for k in range(c.ri(1, 2)):
        if k:
            c.blank()
            c.line("——" * 6)
        p = c.person(born=(1955, 1990))
        area = round(c.rng.uniform(5, 80), 1)
        fields: list[tuple[str, object]] = [
            ("报案号", c.nearmiss_num(19, True)),
            ("保单号", policy_no(c)),
            ("被保险人", c.nm(p)),
            ("身份证号", ("id_card", p.idno)),
            phone_field(c, p),
            ("家庭住址", ("address", p.addr)),
            *([("电子邮箱", ("email", p.email))] if c.coin(0.3) else []),
            ("出险地点", ("address", c.plot_addr())),
            ("出险时间", c.ds(c.date(5, 9))),
            ("出险原因", c.pick(("冰雹", "暴雨", "干旱", "大风", "霜冻"))),
            ("投保面积", f"{area}亩"),
            ("受损面积", f"{round(area * c.rng.uniform(0.2, 1), 1)}亩"),
            ("损失程度", f"{c.ri(2, 10)}0%"),
            ("定损金额", f"{c.money(c.ri(800, 30000), False)}元"),
            ("收款账户", ("bank_card", p.card)),
            ("查勘人员", f"{surveyor}（查勘员）"),
            ("查勘时间", c.ds(c.date(5, 10))),
            ("被保险人确认", [c.nm(p), "（签字按印）"]),
            ("村委会证明人", f"{c.official()}（村委会主任）"),
        ]
        c.form(fields)
        c.para(
            c.ind(),
            "查勘情况说明：",
            c.pick(
                (
                    f"现场查看，{crop}叶片破损严重，部分植株倒伏，随机抽取{c.ri(3, 6)}个样方测产，平均减产{c.ri(20, 80)}%。",
                    f"受灾地块位于河滩低洼处，积水{c.ri(2, 5)}天，{crop}根系腐烂，基本绝收。",
                    "经与被保险人共同查勘，受灾情况与报案一致，被保险人对定损结果无异议。",
                )
            ),
        )
    c.para(
        f"客服热线：{hot}　　{c.r.county}{c.pick(('农业农村局', '农业综合服务中心'))}监督电话：{c.office_phone()}"
    )


# ----------------------------------------------------------------------------- family 6: collective membership

ABROAD = ("沙特阿拉伯", "马来西亚", "阿联酋", "新加坡", "哈萨克斯坦", "日本", "尼泊尔", "埃及")


def household(c: Ctx, village: str | None = None) -> list[tuple[Person, str]]:
    head = c.person(
        male=c.coin(0.8), born=(1945, 1985), addr=c.home_addr(village=village) if village else None
    )
    out: list[tuple[Person, str]] = [(head, "户主")]
    if c.coin(0.85):
        sp = c.person(
            male=not head.male,
            style=head.style,
            born=(head.birth.year - 5, head.birth.year + 6),
            addr=head.addr,
        )
        out.append((sp, "配偶"))
    else:
        sp = None
    kids: list[Person] = []
    for _ in range(c.ri(0, 3)):
        lo = head.birth.year + 20
        if lo >= c.year - 1:
            break
        kid = c.child_of(head, sp, born=(lo, min(head.birth.year + 38, c.year - 1)))
        if any(abs(kid.birth.year - k.birth.year) < 2 for k in kids):
            c.names.remove(kid.name)
            continue
        kids.append(kid)
    kids.sort(key=lambda k: k.birth)
    nth = {True: 0, False: 0}
    for ch in kids:
        nth[ch.male] += 1
        k = nth[ch.male]
        rel = (
            ("长子" if k == 1 else "次子" if k == 2 else "三子")
            if ch.male
            else ("长女" if k == 1 else "次女" if k == 2 else "三女")
        )
        out.append((ch, rel if c.coin(0.8) else ("儿子" if ch.male else "女儿")))
    if head.birth.year > 1968 and c.coin(0.4):
        pm = c.coin(0.4)
        par = c.person(
            male=pm,
            style=head.style,
            born=(head.birth.year - 32, head.birth.year - 20),
            surname=head.surname
            if head.style in ("han", "hui", "zhuang", "yi") and pm and head.surname
            else None,
            addr=head.addr,
        )
        out.append((par, "父亲" if par.male else "母亲"))
    return out


def member_cert(c: Ctx, p: Person, rel: str) -> Part:
    """Document of one member: heads hold ID cards, spouses may be HK / Macau / Taiwan residents, children may be abroad."""
    if not c.cert_mix:
        return c.idp(p)
    old = p.birth.year < 1984
    kinds: tuple[str, ...]
    weights: tuple[float, ...]
    if rel == "户主":
        kinds, weights = ("id", "id15"), (0.75, 0.25 if old else 0.0)
    elif rel == "配偶":
        kinds, weights = (
            ("id", "id15", "tw_res", "hk_res", "passport"),
            (0.4, 0.12 if old else 0.0, 0.22, 0.18, 0.08),
        )
    elif rel in ("父亲", "母亲"):
        kinds, weights = ("id", "id15"), (0.5, 0.5 if old else 0.0)
    else:
        kinds, weights = ("id", "passport", "hk_mainland", "tw_mainland"), (0.4, 0.25, 0.2, 0.15)
    k = c.rng.choices(kinds, weights=weights)[0]
    digits = "0123456789"
    if k == "id":
        return c.idp(p)
    if k == "id15":
        return ("id_card_15", p.id15)
    if k == "tw_res":
        return ("tw_permit", "".join(c.pick(digits) for _ in range(8)))
    if k == "tw_mainland":
        return ("tw_permit", "L" + "".join(c.pick(digits) for _ in range(8)))
    if k == "hk_res":
        return ("hk_macau_permit", c.pick("HHM") + "".join(c.pick(digits) for _ in range(8)))
    if k == "hk_mainland":
        return (
            "hk_macau_permit",
            "C"
            + (c.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") if c.coin(0.4) else c.pick(digits))
            + "".join(c.pick(digits) for _ in range(7)),
        )
    return ("passport", make_cert(c.rng, "passport"))


def f6_register(c: Ctx) -> None:
    c.cert_mix = c.coin(0.7)
    org = f"{c.village}{c.pick(('股份经济合作社', '经济合作社', '集体经济组织'))}"
    title = c.pick((f"{c.town}{org}成员名册", f"{org}成员身份确认结果公示", f"{c.year}年{org}成员登记表"))
    c.header(c.pick((f"{c.village}村民委员会", org, c.town_gov())), title, None)
    c.para(
        c.ind(),
        c.pick(
            (
                f"根据《{c.r.prov}农村集体经济组织成员身份确认指导意见》，经户内申报、村民小组初审、成员（代表）大会表决，现将{org}成员名单公示如下：",
                f"{org}成员身份确认工作已完成，共确认成员{c.ri(300, 1800)}人，现将第{CN[c.ri(1, 6)]}村民小组成员名册公布如下：",
            )
        ),
    )
    if c.coin(0.5):
        f6_cross(c, org)
        return
    houses = [household(c, c.village) for _ in range(c.ri(2, 5))]
    grouped = c.coin(0.5)
    hdr = [
        "序号",
        "姓名",
        "与户主关系",
        "性别",
        "出生年月",
        "证件号码" if c.cert_mix else "身份证号码",
        "取得方式",
        "备注",
    ]
    idx = 0
    flat_rows: list[list[object]] = []
    for h_i, hs in enumerate(houses, 1):
        head = hs[0][0]
        rows: list[list[object]] = []
        for p, rel in hs:
            idx += 1
            num = member_cert(c, p, rel)
            kind = num[0] if isinstance(num, tuple) else "masked"
            note: object = ""
            if kind == "hk_macau_permit":
                note = (
                    c.pick(("现居香港", "在澳门务工", "赴港务工"))
                    if isinstance(num, tuple) and num[1].startswith("C")
                    else (
                        "澳门居民，婚入"
                        if isinstance(num, tuple) and num[1].startswith("M")
                        else "香港居民，婚入"
                    )
                )
            elif kind == "passport":
                note = f"在{c.pick(ABROAD)}务工"
            elif kind == "tw_permit":
                note = (
                    "台湾居民，婚入"
                    if isinstance(num, tuple) and not num[1].startswith("L")
                    else "在台湾就读"
                )
            elif kind == "id_card_15":
                note = "一代证未换领"
            elif c.coin(0.18):
                age = c.year - p.birth.year
                opts = [f"已故（{c.year - c.ri(1, 3)}年）"] if age > 55 else []
                if 18 <= age <= 24:
                    opts.append("在校大学生")
                if p.male and 18 <= age <= 35:
                    opts += ["现役军人", "服役期间保留"]
                if not p.male and rel in ("长女", "次女", "三女", "女儿") and age >= 20:
                    opts.append("外嫁未迁户")
                note = c.pick(opts) if opts else ""
            way = (
                "法定取得"
                if rel in ("长子", "次子", "儿子", "三子", "长女", "次女", "女儿", "三女")
                else c.pick(("原始取得", "原始取得", "申请取得"))
            )
            rows.append(
                [str(idx), c.nm(p), rel, sex(p), f"{p.birth.year}年{p.birth.month}月", num, way, note]
            )
        if grouped:
            c.blank()
            c.line(
                f"第{h_i}户　户主：",
                c.nm(head),
                "　家庭住址：",
                ("address", head.addr),
                f"　户内人数：{len(hs)}人",
                ["　家庭车辆：", ("license_plate", head.plate)] if c.coin(0.5) else "",
            )
            c.table(hdr, rows)
        else:
            flat_rows.extend(rows)
    if not grouped:
        c.table(hdr, flat_rows)
    c.para(c.ind(), objection_text(c, f"{c.village}村务监督委员会"))
    c.contacts(lines=c.ri(1, 2))
    c.sign(org)


def f6_cross(c: Ctx, org: str) -> None:
    """Sub-layout of member_register: members living abroad, in Hong Kong / Macau or Taiwan."""
    c.para(
        c.ind(),
        c.pick(
            (
                "对户籍仍在本村、现长期在境外（港澳台地区或国外）居住、学习、务工的人员，经本人或其近亲属申报、成员（代表）大会表决，确认结果如下：",
                "以下人员因出国（境）务工、留学或婚姻关系，持有出入境证件，其成员身份经特别程序审核确认：",
            )
        ),
    )
    rows: list[list[object]] = []
    for i in range(1, c.ri(7, 15) + 1):
        p = c.person(born=(1955, 2004), addr=c.home_addr(village=c.village))
        kind = c.rng.choices(("passport", "hk_macau_permit", "tw_permit"), weights=(4, 4, 5))[0]
        num = make_cert(c.rng, kind)
        where = {
            "passport": c.pick(ABROAD),
            "hk_macau_permit": c.pick(("香港", "澳门", "香港特别行政区")),
            "tw_permit": "台湾地区",
        }[kind]
        keep: object = c.idp(p) if c.coin(0.6) else "—"
        rows.append(
            [
                str(i),
                c.nm(p),
                sex(p),
                ("address", p.addr),
                where,
                cert_label(c.rng, kind, num),
                (kind, num),
                keep,
                c.pick(("确认", "确认", "保留成员身份", "暂缓确认")),
            ]
        )
    c.table(
        ["序号", "姓名", "性别", "户籍地址", "现居住地", "证件类型", "证件号码", "身份证号码", "确认结果"],
        rows,
    )
    c.para(c.ind(), objection_text(c, f"{c.village}村务监督委员会"))
    c.contacts(lines=c.ri(1, 2))
    c.sign(org)


def f6_decision(c: Ctx) -> None:
    org = f"{c.village}股份经济合作社"
    p = c.person(male=c.coin(0.3), born=(1965, 1998), addr=c.home_addr(village=c.village))
    title = c.pick(
        (
            f"关于{c.nm(p)[1]}申请确认农村集体经济组织成员身份异议的处理决定",
            "农村集体经济组织成员身份确认异议处理决定书",
            f"{c.town}人民政府成员身份确认争议处理决定",
        )
    )
    if p.name in title:
        title = "农村集体经济组织成员身份确认异议处理决定书"
    c.header(c.town_gov(), title, "政决")
    c.cert_mix = c.coin(0.4)
    lab, num = c.cert(p)
    lab = "公民身份号码" if lab in ("居民身份证", "身份证") else lab + "号码"
    c.para(
        "申请人：",
        c.nm(p),
        f"，{sex(p)}，{p.eth}，{p.birth.year}年{p.birth.month}月{p.birth.day}日出生，{lab}",
        num,
        "，住",
        ("address", p.addr),
        "，联系电话",
        c.phone(p),
        ["，电子邮箱", ("email", p.email)] if c.coin(0.4) else "",
        "。",
    )
    if c.coin(0.5):
        ag = c.person(born=(1950, 1990))
        c.para(
            "委托代理人：",
            c.nm(ag),
            f"，系申请人之{c.pick(('父亲', '母亲', '兄长', '丈夫', '妻子'))}，住",
            ("address", ag.addr),
            "。",
        )
    c.para(f"被申请人：{org}，住所地{c.village}村民委员会办公楼，法定代表人{c.official()}，理事长。")
    sp = c.person(male=not p.male, born=(p.birth.year - 5, p.birth.year + 5))
    c.para(
        c.ind(),
        "申请人",
        c.nm(p),
        f"于{p.birth.year + c.ri(20, 26)}年与",
        ("address", c.village_unit(c.village)),
        "村民",
        c.nm(sp),
        f"登记结婚，户口于{c.year - c.ri(2, 10)}年迁入该村。{org}于{c.ds(c.date(1, 6))}召开成员代表大会，未将申请人确认为本集体经济组织成员。申请人不服，于{c.ds(c.date(6, 9))}向本机关提出异议。",
    )
    ok = c.coin(0.6)
    c.para(
        c.ind(),
        "本机关查明：",
        c.pick(
            (
                "申请人户口迁入后一直在该村生产生活，承包有集体土地，未在其他集体经济组织取得成员身份。",
                "申请人系因婚姻关系迁入，依法应当享有与其他成员同等的权利。",
            )
        )
        if ok
        else c.pick(
            (
                "申请人户籍虽已迁入，但其长期在外务工，原籍集体经济组织已确认其成员身份。",
                "申请人户籍系挂靠迁入，未在该村形成稳定的生产生活关系。",
            )
        ),
        "以上事实有户籍证明、婚姻登记证明、",
        org,
        "会议记录等证据证实。",
    )
    c.para(
        c.ind(),
        "本机关认为，根据《中华人民共和国农村集体经济组织法》第十一条、第十二条的规定，",
        "申请人的异议成立。" if ok else "申请人的异议理由不能成立。",
        "决定如下：",
    )
    c.para(
        c.ind(),
        [
            f"责令{org}于本决定送达之日起三十日内重新召开成员（代表）大会，确认",
            c.nm(p),
            "为本集体经济组织成员。",
        ]
        if ok
        else ["维持", org, "的确认结果，驳回", c.nm(p), "的异议申请。"],
    )
    c.para(
        c.ind(),
        f"如不服本决定，可自收到本决定书之日起六十日内向{c.r.county}人民政府申请行政复议，或者在六个月内向{c.r.court}提起行政诉讼。",
    )
    c.sign(c.town_gov())


def f6_resolution(c: Ctx) -> None:
    org = f"{c.village}股份经济合作社"
    title = c.pick(
        (
            f"{org}{c.year}年第{CN[c.ri(1, 4)]}次成员代表大会决议",
            f"{c.village}村民会议决议（成员身份确认）",
            f"{org}成员（代表）大会会议纪要",
        )
    )
    c.line(title)
    c.blank()
    host = c.official()
    rec = c.official()
    n = c.ri(25, 60)
    m = n - c.ri(0, 6)
    c.form(
        [
            ("会议时间", f"{c.ds(c.date())}上午{c.ri(8, 10)}时"),
            ("会议地点", f"{c.village}村民委员会{c.pick(('会议室', '党群服务中心二楼'))}"),
            ("主持人", f"{host}（理事长）"),
            ("记录人", rec),
            ("参会人数", f"应到成员代表{n}人，实到{m}人"),
        ],
        c.pick(("colon1", "colon2")),
    )
    c.para(
        c.ind(),
        f"会议审议了{c.village}第{CN[c.ri(1, 6)]}村民小组提交的成员身份确认初审名单及异议材料，经无记名投票表决，形成决议如下：",
    )
    yes = [c.person(born=(1940, 2015)) for _ in range(c.ri(3, 8))]
    c.para(
        c.ind(), f"一、确认以下{len(yes)}人为本社成员：", c.name_list(yes, c.pick(("、", "、", "，"))), "。"
    )
    no = [c.person(born=(1960, 2000)) for _ in range(c.ri(1, 3))]
    items: list[Part] = [c.ind(), f"二、以下{len(no)}人不予确认："]
    for i, p in enumerate(no):
        if i:
            items.append("；")
        items += flat(
            [
                c.nm(p),
                "（",
                c.pick(
                    (
                        f"户籍于{c.year - c.ri(3, 12)}年迁往{c.pick(('银川市', '乌鲁木齐市', '成都市', '郑州市', '南宁市', '呼和浩特市'))}，已在当地取得成员身份",
                        "系空挂户，未在本村生产生活",
                        "已享受国家公职人员待遇",
                    )
                ),
                "）",
            ]
        )
    items.append("。")
    c.para(items)
    if c.coin(0.6):
        q = c.person(born=(1950, 1995), addr=c.home_addr(village=c.village))
        c.para(
            c.ind(),
            "三、对",
            c.nm(q),
            "（",
            ("address", q.addr),
            "）提出的其子女成员身份异议，经复核，维持原确认结果，并由理事会向其书面答复。",
        )
    c.para(c.ind(), f"本次表决同意{m - c.ri(0, 3)}票，反对{c.ri(0, 2)}票，弃权{c.ri(0, 2)}票，决议通过。")
    signers = [c.person(born=(1950, 1990)) for _ in range(c.ri(5, 10))]
    c.line("参会成员代表签字：")
    sep = c.pick(("　", "  ", "、", " "))
    c.para(c.name_list(signers, sep))
    c.line(f"村务监督委员会主任：{c.official()}")
    c.sign(org)


# ----------------------------------------------------------------------------- family 7: family doctor


def categories(c: Ctx, p: Person) -> list[Part]:
    """重点人群 cell: diseases (labelled) and service categories (not labelled) consistent with age and sex."""
    age = c.year - p.birth.year
    cats: list[str] = ["脱贫人口", "计划生育特殊家庭"]
    if age >= 65:
        cats += ["65岁以上老年人"] * 3
    if age <= 6:
        cats = ["0-6岁儿童"] * 3
    if not p.male and 20 <= age <= 42:
        cats += ["孕产妇"] * 2
    kinds = (
        ["cat", "cat"]
        + (["chronic", "chronic", "chronic"] if age >= 30 else [])
        + (["mental"] if age >= 14 else [])
    )
    out: list[Part] = []
    used: list[str] = []
    for _ in range(c.ri(1, 2)):
        t = c.pick(kinds)
        term = c.pick(cats) if t == "cat" else c.health_term(t)
        if any(term in u or u in term for u in used):
            continue
        used.append(term)
        if out:
            out.append("、")
        out.append(term if t == "cat" else ("health", term))
    return out


def f7_list(c: Ctx) -> None:
    hosp = f"{c.town}卫生院"
    c.cert_mix = c.coin(0.4)
    title = c.pick(
        (
            f"{hosp}{c.year}年家庭医生签约服务重点人群签约名单",
            f"{c.town}家庭医生签约居民花名册（{c.pick(c.r.villages)}）",
            f"{c.year}年度家庭医生签约服务公示",
        )
    )
    c.header(hosp, title, None)
    c.para(
        c.ind(),
        c.pick(
            (
                "为落实家庭医生签约服务制度，现将签约居民名单公示如下，签约居民可凭签约协议享受健康咨询、慢病随访、预约转诊等服务。",
                f"截至{c.ds(c.date())}，我院家庭医生团队共签约重点人群{c.ri(800, 4000)}人，部分名单如下：",
            )
        ),
    )
    docs = [c.official() for _ in range(c.ri(2, 3))]
    rows: list[list[object]] = []
    var = 0 if c.coin(0.7) else 1
    for i in range(1, c.ri(7, 16) + 1):
        p = c.person(born=(1935, 2019))
        team = f"第{CN[c.ri(1, 4)]}团队"
        if var == 0:
            num = c.cert(p)[1]
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    sex(p),
                    str(c.year - p.birth.year),
                    num,
                    c.phone(p),
                    ("address", p.addr),
                    categories(c, p),
                    team,
                    c.pick(docs),
                    c.ds(c.date(), 1),
                ]
            )
        else:
            rows.append([str(i), c.nm(p), ("address", p.addr), categories(c, p), c.pick(docs), c.phone(p)])
    header = (
        [
            "序号",
            "姓名",
            "性别",
            "年龄",
            "证件号码" if c.cert_mix else "身份证号",
            "联系电话",
            "家庭住址",
            "重点人群类别",
            "签约团队",
            "签约医生",
            "签约日期",
        ],
        ["序号", "居民姓名", "住址", "人群分类", "责任医生", "联系电话"],
    )[var]
    c.table(header, rows)
    c.para(c.ind(), f"签约服务咨询电话：{c.office_phone()}（{hosp}公共卫生科）。")
    c.sign(hosp)


def f7_followup(c: Ctx) -> None:
    hosp = f"{c.town}卫生院"
    mental = c.coin(0.3)
    title = (
        c.pick(("重点人群随访服务记录表", "家庭医生签约居民随访记录", "慢性病患者随访服务记录表"))
        if not mental
        else c.pick(("患者随访服务记录表", "居家患者随访记录（个案）"))
    )
    c.line(hosp)
    c.line(title)
    c.blank()
    p = c.person(born=(1940, 1990))
    terms = [c.health_term("mental")] if mental else [c.health_term("chronic")]
    if not mental and c.coin(0.4):
        t2 = c.health_term("chronic")
        if t2 not in terms[0] and terms[0] not in t2:
            terms.append(t2)
    diag: list[Part] = []
    for i, t in enumerate(terms):
        if i:
            diag.append("、")
        diag.append(("health", t))
    doc = c.official()
    fields: list[tuple[str, object]] = [
        ("姓名", c.nm(p)),
        ("性别", sex(p)),
        ("出生日期", c.ds(p.birth, 1)),
        ("档案编号", f"{c.r.code}{c.ri(100, 199)}{c.ri(10000000, 99999999)}"),
        ("身份证号", ("id_card", p.idno)),
        phone_field(c, p),
        ("现住址", ("address", p.addr)),
        ("疾病诊断", diag),
    ]
    if mental:
        g = c.person(born=(1945, 1995))
        fields += [
            ("监护人姓名", c.nm(g)),
            ("与患者关系", c.pick(("父亲", "母亲", "配偶", "兄弟", "子女"))),
            ("监护人电话", c.phone(g)),
            ("危险性评估", f"{c.ri(0, 2)}级"),
            ("目前症状", c.pick(("无明显异常", "睡眠欠佳", "偶有自语"))),
        ]
    else:
        fields += [
            ("随访方式", c.pick(("门诊", "家庭", "电话"))),
            ("症状", c.pick(("无症状", "头痛头晕", "多饮多尿", "无"))),
            ("血压", f"{c.ri(118, 168)}/{c.ri(70, 102)}mmHg"),
            ("空腹血糖", f"{c.ri(48, 120) / 10}mmol/L"),
        ]
    fields += [
        ("服药依从性", c.pick(("规律", "间断", "不服药"))),
        (
            "用药情况",
            c.pick(
                ("利培酮片 2mg 每晚一次", "奥氮平片 5mg 每晚一次", "丙戊酸钠缓释片 0.5g 每日两次")
                if mental
                else (
                    "硝苯地平缓释片 10mg 每日两次",
                    "二甲双胍片 0.5g 每日三次",
                    "苯磺酸氨氯地平片 5mg 每日一次",
                    "阿司匹林肠溶片 100mg 每日一次",
                )
            ),
        ),
        ("此次随访分类", c.pick(("控制满意", "控制不满意", "不良反应"))),
        ("随访日期", c.ds(visit := c.date(), 1)),
        ("下次随访日期", c.ds(visit + dt.timedelta(days=c.pick((30, 60, 90))), 1)),
        ("随访医生签名", doc),
    ]
    c.form(fields)
    if c.coin(0.5):
        c.blank()
        c.line("近期随访记录")
        c.table(
            ["随访日期", "血压（mmHg）", "体重（kg）", "随访医生"],
            [
                [c.ds(c.date(), 1), f"{c.ri(120, 165)}/{c.ri(70, 100)}", str(c.ri(48, 90)), doc]
                for _ in range(c.ri(2, 4))
            ],
            layout=c.pick(("tab", "space", "pipe")) if not c.pdf else None,
        )
    if c.coin(0.4):
        c.para(
            c.ind(),
            "备注：患者",
            c.nm(p),
            "自述近",
            c.pick(("两周", "一个月")),
            "血压控制尚可。" if not mental else "病情稳定。",
            "已告知其家属如有异常及时拨打",
            c.office_phone(),
            "或前往",
            hosp,
            "就诊。",
        )


def f7_doctors(c: Ctx) -> None:
    issuer = c.pick((f"{c.r.county}卫生健康局", f"{c.town}卫生院"))
    title = c.pick(
        (
            f"{c.r.county}{c.year}年乡村医生基本公共卫生服务补助资金发放明细",
            f"{c.town}{c.year}年村医补助发放花名册",
            f"关于{c.year}年度乡村医生补助发放情况的公示",
        )
    )
    c.header(issuer, title, "卫健发" if "卫生健康" in issuer else None)
    c.para(
        c.ind(),
        c.pick(
            (
                f"根据乡村医生{c.year}年度绩效考核结果，现将基本公共卫生服务补助、基本药物制度补助发放情况公示如下：",
                "按照“钱随事走、按绩取酬”的原则，经卫生院考核，乡村医生补助发放如下：",
            )
        ),
    )
    rows: list[list[object]] = []
    total = 0
    mail = c.coin(0.4)
    for i in range(1, c.ri(5, 12) + 1):
        p = c.person(born=(1958, 1995))
        amt = c.ri(60, 260) * 100
        total += amt
        rows.append(
            [
                str(i),
                f"{c.pick(c.r.villages)}卫生室",
                c.nm(p),
                c.idp(p),
                c.pick(("乡村医生执业证书", "执业助理医师", "执业医师", "乡村全科执业助理医师")),
                str(c.ri(600, 2800)),
                f"{c.ri(78, 99)}.{c.ri(0, 9)}",
                c.money(amt, False),
                c.cardp(p),
                c.phone(p),
            ]
            + (list[object]([("email", p.email)]) if mail else [])
        )
    c.table(
        [
            "序号",
            "村卫生室",
            "村医姓名",
            "身份证号码",
            "执业资格",
            "服务人口（人）",
            "考核得分",
            "补助金额（元）",
            "银行卡号",
            "联系电话",
        ]
        + (["电子邮箱"] if mail else []),
        rows,
    )
    c.line(f"合计：{c.money(total)}元")
    c.line(f"审核人：{c.official()}（{c.town}卫生院院长）　　制表人：{c.official()}")
    c.para(c.ind(), objection_text(c, f"{c.r.county}卫生健康局基层卫生股"))
    c.contacts(dept="基层卫生股", lines=c.ri(1, 2))
    c.sign(issuer)


# ----------------------------------------------------------------------------- family 8: disability subsidies


def f8_list(c: Ctx) -> None:
    var = c.rng.choices((0, 1, 2), weights=(6, 2, 2))[0]
    issuer = c.pick((f"{c.r.county}残疾人联合会", f"{c.r.county}民政局", c.town_gov()))
    prog = ("残疾人机动轮椅车燃油补贴", "困难残疾人生活补贴", "重度残疾人护理补贴")[var]
    title = c.pick(
        (
            f"{c.r.county}{c.year}年度{prog}发放名单",
            f"{c.town}{c.year}年{c.ri(1, 12)}月{prog}发放花名册",
            f"关于{c.year}年{prog}发放情况的公示",
        )
    )
    c.header(issuer, title, "残联发" if "残疾" in issuer else "民发" if "民政" in issuer else "政发")
    c.para(
        c.ind(),
        c.pick(
            (
                f"根据《{c.r.prov}残疾人两项补贴制度实施办法》，现将{prog}发放情况公示如下：",
                f"经申请、审核，{c.year}年度{prog}发放对象及金额如下：",
            )
        ),
    )
    rows: list[list[object]] = []
    for i in range(1, c.ri(6, 15) + 1):
        p = c.person(born=(1940, 2015) if var else (1950, 1995))
        if var == 0:
            h = c.pick(("肢体残疾", "肢体")) + c.pick(("一级", "二级", "三级", "四级"))
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    sex(p),
                    ("health", h),
                    ("license_plate", p.plate),
                    c.idp(p),
                    c.pick(("300", "400", "480")),
                    c.cardp(p),
                ]
            )
        elif var == 1:
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    sex(p),
                    ("health", c.health_term("disability")),
                    ("address", p.addr),
                    str(std := c.pick((80, 90, 100, 120))),
                    str(months := c.ri(1, 12)),
                    c.money(std * months, False),
                ]
            )
        else:
            h = c.pick(DIS_CAT) + c.pick(("残疾一级", "残疾二级", "一级", "二级"))
            mcode = (
                p.idno[:6]
                + "*" * 8
                + p.idno[-4:]
                + str(DIS_CAT.index(h[:2]) + 1 if h[:2] in DIS_CAT else 1)
                + ("1" if "一级" in h else "2")
            )
            rows.append(
                [
                    str(i),
                    c.nm(p),
                    ("health", h),
                    mcode,
                    ("address", p.addr),
                    c.phone(p),
                    c.money(c.pick((80, 100, 120)) * 12, False),
                ]
            )
    header = (
        ["序号", "姓名", "性别", "残疾类别及等级", "车牌号码", "身份证号", "补贴金额（元）", "银行卡号"],
        [
            "序号",
            "姓名",
            "性别",
            "残疾类别等级",
            "家庭住址",
            "补贴标准（元/月）",
            "发放月数",
            "发放金额（元）",
        ],
        ["序号", "姓名", "残疾类别及等级", "残疾人证号", "住址", "联系电话", "全年发放（元）"],
    )[var]
    c.table(header, rows)
    c.para(c.ind(), objection_text(c, f"{c.r.county}残疾人联合会"))
    c.contacts(dept="残联康复部", lines=c.ri(1, 3))
    c.sign(issuer)


def kin(c: Ctx, p: Person, other: Person) -> str:
    """A plausible relation of `other` to `p` given their ages."""
    gap = p.birth.year - other.birth.year
    if gap >= 18:
        return "父亲" if other.male else "母亲"
    if gap <= -18:
        return c.pick(("儿子", "子女")) if other.male else c.pick(("女儿", "子女"))
    return c.pick(("丈夫" if other.male else "妻子", "兄弟姐妹", "配偶"))


def f8_form(c: Ctx) -> None:
    fuel = c.coin(0.5)
    title = (
        "残疾人机动轮椅车燃油补贴申请审核表"
        if fuel
        else c.pick(("困难残疾人生活补贴和重度残疾人护理补贴申请审批表", "残疾人两项补贴申请表"))
    )
    c.header(f"{c.r.county}残疾人联合会", title, None)
    p = c.person(born=(1945, 1995) if fuel else (1940, 2015))
    h = (
        c.pick(("肢体残疾二级", "肢体残疾三级", "肢体二级", "肢体残疾一级"))
        if fuel
        else c.health_term("disability")
    )
    fields: list[tuple[str, object]] = [
        ("申请人姓名", c.nm(p)),
        ("性别", sex(p)),
        ("民族", p.eth),
        ("出生日期", c.ds(p.birth, 3)),
        ("身份证号码", ("id_card", p.idno)),
        ("残疾人证号", p.idno[:6] + "*" * 8 + p.idno[-4:] + f"{c.ri(1, 7)}{c.ri(1, 4)}"),
        ("残疾类别及等级", ("health", h)),
        ("户籍地址", ("address", p.addr)),
        ("现居住地址", c.pick((("address", c.home_addr()), "同户籍地址"))),
        phone_field(c, p),
    ]
    if c.coin(0.3):
        fields.append(("电子邮箱", ("email", p.email)))
    if fuel:
        fields += [
            ("机动轮椅车号牌", ("license_plate", p.plate)),
            ("驾驶证号", ("id_card", p.idno)),
            ("准驾车型", "C5"),
        ]
    else:
        fields += [
            (
                "申请类别",
                c.pick(
                    (
                        "☑困难残疾人生活补贴　□重度残疾人护理补贴",
                        "□困难残疾人生活补贴　☑重度残疾人护理补贴",
                        "☑困难残疾人生活补贴　☑重度残疾人护理补贴",
                    )
                ),
            ),
            ("家庭经济状况", c.pick(("低保家庭", "低保边缘家庭", "特困供养", "一般家庭"))),
        ]
    if c.coin(0.6) or p.birth.year > c.year - 16:
        ag = c.person(born=(1950, 1995))
        fields += [
            ("代办人姓名", c.nm(ag)),
            ("与申请人关系", kin(c, p, ag)),
            ("代办人身份证号", ("id_card", ag.idno)),
            ("代办人电话", c.phone(ag)),
        ]
    fields += [("收款账号", ("bank_card", p.card)), ("开户银行", p.bank)]
    c.form(fields)
    c.blank()
    c.para(
        "村（居）委会初审意见：",
        c.pick(("情况属实，同意上报。", "经入户核查，符合条件。")),
        f"　签字：{c.official()}　{c.ds(c.date())}",
    )
    c.para(f"乡镇（街道）审核意见：同意。经办人：{c.official()}")
    c.para(
        f"{c.r.county}残联审定意见：",
        c.pick((f"同意，自{c.year}年{c.ri(1, 12)}月起发放。", "同意。", "材料不全，退回补充。")),
        f"审核人：{c.official()}",
    )


def f8_notice(c: Ctx) -> None:
    issuer = c.pick((f"{c.r.county}残疾人联合会", f"{c.r.county}民政局", c.town_gov()))
    q = c.ri(1, 4)
    title = c.pick(
        (
            f"关于{c.year}年第{CN[q]}季度残疾人两项补贴动态调整情况的公示",
            f"{c.town}{c.year}年残疾人补贴对象动态调整公告",
            f"{c.r.county}残疾人两项补贴新增及停发人员公示（{c.year}年{CN[q]}季度）",
        )
    )
    c.header(issuer, title, "残联发" if "残疾" in issuer else "政发")
    c.para(
        c.ind(),
        f"根据残疾人两项补贴动态管理规定，经乡镇审核、{c.r.county}残联审定，现将{c.year}年第{CN[q]}季度补贴对象调整情况公示如下：",
    )
    new = [c.person(born=(1940, 2015)) for _ in range(c.ri(2, 5))]
    c.line(f"一、新增享受对象（{len(new)}人）")
    for i, p in enumerate(new, 1):
        c.para(
            f"{i}. ",
            c.pick(
                (
                    [
                        c.nm(p),
                        f"，{sex(p)}，",
                        ("address", p.addr),
                        "，",
                        ("health", c.health_term("disability")),
                        f"，自{c.year}年{c.ri(1, 12)}月起享受{c.pick(('困难残疾人生活补贴', '重度残疾人护理补贴'))}，每月{c.pick((80, 90, 100, 120))}元。",
                    ],
                    [
                        c.nm(p),
                        "（",
                        ("health", c.health_term("disability")),
                        "），住",
                        ("address", p.addr),
                        f"，新增{c.pick(('护理补贴', '生活补贴'))}。",
                    ],
                    [
                        c.nm(p),
                        f"，{c.year - p.birth.year}岁，",
                        ("health", c.health_term("disability")),
                        "，身份证号",
                        c.idp(p),
                        "，新增生活补贴。",
                    ],
                )
            ),
        )
    if c.coin(0.6):
        fuelp = [c.person(born=(1950, 1995)) for _ in range(c.ri(1, 4))]
        for p in fuelp:
            c.para(
                f"{len(new) + fuelp.index(p) + 1}. ",
                c.nm(p),
                "，",
                ("health", c.pick(("肢体残疾二级", "肢体残疾一级", "肢体残疾三级", "下肢残疾二级"))),
                "，机动轮椅车号牌",
                ("license_plate", p.plate),
                f"，新增燃油补贴，每年{c.pick(('300', '400', '480'))}元。",
            )
    stop = [c.person(born=(1930, 1990)) for _ in range(c.ri(1, 4))]
    c.line(f"二、停发对象（{len(stop) + 1}人）")
    for i, p in enumerate(stop, 1):
        c.para(
            f"{i}. ",
            c.nm(p),
            c.pick((f"（{c.pick(c.r.villages)}）", "，", ["（", ("address", p.addr), "）"])),
            c.pick(
                (
                    f"于{c.ds(c.date(year=c.year))}死亡，自次月起停发。",
                    "户籍迁出本县，停发。",
                    "纳入特困人员集中供养，停发生活补贴。",
                    "残疾人证到期未换领，暂停发放。",
                )
            ),
        )
    c.para(f"{len(stop) + 1}. {c.masked_name()}（{c.pick(c.r.villages)}），经核查不符合条件，停发。")
    if c.coin(0.6):
        p = c.person(born=(1940, 2010))
        cat = c.pick(DIS_CAT)
        c.line("三、等级调整")
        c.para(
            "1. ",
            c.nm(p),
            "，残疾等级由",
            ("health", f"{cat}残疾二级"),
            "调整为",
            ("health", f"{cat}残疾一级"),
            f"，自{c.year}年{c.ri(1, 12)}月起按重度残疾人护理补贴标准发放。",
        )
    c.para(c.ind(), objection_text(c, f"{c.r.county}残疾人联合会"))
    c.contacts(dept="残联", lines=c.ri(1, 3))
    c.sign(issuer)


# ----------------------------------------------------------------------------- driver

FAMILIES: tuple[tuple[str, tuple[tuple[str, Callable[[Ctx], None]], ...]], ...] = (
    ("sanitation", (("accepted_list", f1_list), ("subsidy_payout", f1_pay), ("inspection_form", f1_form))),
    ("work_relief", (("worker_roster", f2_roster), ("wage_notice", f2_wage), ("project_notice", f2_notice))),
    (
        "eco_compensation",
        (("household_ledger", f3_ledger), ("objection_reply", f3_reply), ("change_form", f3_change)),
    ),
    ("education_aid", (("student_list", f4_list), ("application_form", f4_form), ("fund_notice", f4_notice))),
    (
        "agri_insurance",
        (("claim_notice", f5_claim), ("grower_subsidy", f5_growers), ("loss_survey", f5_survey)),
    ),
    (
        "collective_membership",
        (
            ("member_register", f6_register),
            ("objection_decision", f6_decision),
            ("meeting_resolution", f6_resolution),
        ),
    ),
    (
        "family_doctor",
        (("contract_list", f7_list), ("followup_record", f7_followup), ("doctor_subsidy", f7_doctors)),
    ),
    (
        "disability_subsidy",
        (("payout_list", f8_list), ("application_form", f8_form), ("adjustment_notice", f8_notice)),
    ),
)

MOBILE_RE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)")
ID18_RE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
ID15_RE = re.compile(r"(?<!\d)\d{15}(?!\d)")
CARD_RE = re.compile(r"(?<!\d)\d{16,19}(?!\d)")
CARD_GROUPED_RE = re.compile(r"(?<!\d)\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,4})?(?!\d)")


def bank_like(digits: str) -> bool:
    return (
        16 <= len(digits) <= 19
        and luhn_ok(digits)
        and (digits.startswith(BANK_PREFIXES) or digits.startswith("62"))
    )


def check(text: str, spans: list[dict[str, object]]) -> str | None:
    prev_end = 0
    masked = list(text)
    for s in spans:
        start, end, kind, st = s["start"], s["end"], s["kind"], s["text"]
        assert (
            isinstance(start, int) and isinstance(end, int) and isinstance(kind, str) and isinstance(st, str)
        )
        if text[start:end] != st:
            return "offset mismatch"
        if start < prev_end or end <= start:
            return "overlap/unsorted"
        if st != st.strip() or not st:
            return f"untrimmed span {st!r}"
        prev_end = end
        for i in range(start, end):
            masked[i] = "#"
        if kind == "id_card" and not id18_ok(st):
            return f"bad id {st}"
        if kind == "id_card_15" and not id15_ok(st):
            return f"bad id15 {st}"
        if kind == "bank_card":
            d = st.replace(" ", "")
            if not (d.isdigit() and luhn_ok(d) and d.startswith(BANK_PREFIXES)):
                return f"bad card {st}"
        if kind == "mobile" and not MOBILE_RE.fullmatch(st):
            return f"bad mobile {st}"
        if kind == "address" and "\n" in st.strip("\n") and st.startswith("\n"):
            return "address starts with newline"
    rest = "".join(masked)
    if m := MOBILE_RE.search(rest):
        return f"unlabelled mobile {m.group()}"
    for m in ID18_RE.finditer(rest):
        if id_check(m.group()[:17]) == m.group()[17].upper():
            return f"unlabelled id {m.group()}"
    for m in ID15_RE.finditer(rest):
        g = m.group()
        if valid_date(1900 + int(g[6:8]), int(g[8:10]), int(g[10:12])):
            return f"unlabelled id15 {g}"
    for m in CARD_RE.finditer(rest):
        if bank_like(m.group()):
            return f"unlabelled card {m.group()}"
    for m in CARD_GROUPED_RE.finditer(rest):
        if bank_like(re.sub(r"\D", "", m.group())):
            return f"unlabelled grouped card {m.group()}"
    labelled = [(s["start"], s["end"]) for s in spans]
    for s in spans:
        if s["kind"] != "name":
            continue
        st = s["text"]
        assert isinstance(st, str)
        base = st.replace("\u3000", "")
        forms = [base]
        if len(base) == 2:
            forms.append(base[0] + "\u3000" + base[1])
        for f in forms:
            pos = text.find(f)
            while pos >= 0:
                e = pos + len(f)
                if not any(
                    isinstance(a, int) and isinstance(b, int) and a <= pos and e <= b for a, b in labelled
                ):
                    return f"name {f} unlabelled at {pos}"
                pos = text.find(f, pos + 1)
    return None


def build(seed: int, index: int) -> tuple[dict[str, object], int]:
    fam_i = index % 8
    sub_i = (index // 8) % 3
    fam, subs = FAMILIES[fam_i]
    sub, fn = subs[sub_i]
    last = ""
    for attempt in range(400):
        rng = random.Random(f"{seed}:{index}:{attempt}")
        pdf = rng.random() < 0.25
        region = rng.choices(REGIONS, weights=REGION_WEIGHTS)[0]
        c = Ctx(rng, region, pdf)
        try:
            fn(c)
        except Retry:
            last = "retry"
            continue
        text, spans = c.doc.render(pdf, c.width)
        err = check(text, spans)
        if err is None:
            typ = f"{fam}.{sub}" + (".pdf" if pdf else "")
            return {"type": typ, "text": text, "spans": spans}, attempt
        last = err
    raise RuntimeError(f"document {index}: no valid draw ({last})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=149)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    args = ap.parse_args(argv)
    if args.decisions:
        for i, d in enumerate(DECISIONS, 1):
            print(f"{i:2d}. {d}")
        return 0
    kinds: Counter[str] = Counter()
    fam_kinds: Counter[tuple[str, str]] = Counter()
    types: Counter[str] = Counter()
    redraws = 0
    lines: list[str] = []
    for i in range(args.docs):
        doc, attempts = build(args.seed, i)
        redraws += attempts
        lines.append(json.dumps(doc, ensure_ascii=False))
        typ = doc["type"]
        assert isinstance(typ, str)
        types[typ] += 1
        spans = doc["spans"]
        assert isinstance(spans, list)
        for s in spans:
            kinds[s["kind"]] += 1
            fam_kinds[(typ.split(".")[0], s["kind"])] += 1
    out = "\n".join(lines) + "\n"
    if args.output == "-":
        sys.stdout.write(out)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(out)
    if args.stats:
        err = sys.stderr
        print(
            f"documents: {args.docs}  spans: {sum(kinds.values())}  redraws: {redraws}  pdf: {sum(v for k, v in types.items() if k.endswith('.pdf'))}",
            file=err,
        )
        print("spans per kind:", file=err)
        for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:16s} {v:6d}", file=err)
        all_kinds = sorted(kinds)
        print("spans per family and kind:", file=err)
        print("  " + "family".ljust(22) + "".join(k[:9].rjust(10) for k in all_kinds), file=err)
        for fam, _ in FAMILIES:
            print(
                "  " + fam.ljust(22) + "".join(str(fam_kinds[(fam, k)]).rjust(10) for k in all_kinds),
                file=err,
            )
        print("documents per type:", file=err)
        for k, v in sorted(types.items()):
            print(f"  {k:48s} {v:4d}", file=err)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
