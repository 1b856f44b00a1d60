"""Detection of personal information in text (rules.md §6).

Design, for speed: one combined scan per text finds the *lines* that contain a trigger of some
family (digits, '@', a plate prefix, a name label, …). hyperscan does that scan when it can be
imported; otherwise a pure-`re` pass over the same trigger patterns finds the same lines. Only
those lines (plus the rows of tables and name lists that a triggered header line opens) go through
the Python analysers and checksum validators, so both engines give identical results. Each
analyser runs once per block of consecutive triggered lines, and its patterns begin with a
character class so that `re` skips to candidates in C: on 名单 with personal data on every line,
per-line and per-character Python work would otherwise dominate.

Some rules need the whole document's findings and run after the analysers: names in tables of a
list published by design, or in a document whose title confers an honour, are dropped; a landline
is kept only where its line (or the form above it) is about a person; a name found in context is
looked for again later in the same document.

Python's `\\b` sees no boundary between a Chinese character and a digit ("号6222…"), so boundaries
are explicit ASCII look-arounds.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from gongkai.lib.checksums import (
    CREDIT_CODE_ALPHABET,
    PROVINCE_CODES,
    id_card_birth_date,
    is_valid_credit_code,
    is_valid_id_card_15,
)
from gongkai.privacy.mask import mask_value
from gongkai.privacy.model import Hit, PrivacyConfig
from gongkai.privacy.vocab import (
    AMDO_NAME_CHARS,
    COMPOUND_SURNAMES,
    GIVEN_NAME_CHARS,
    NAME_STOPS,
    NOT_NAMES,
    PLATE_PROVINCES,
    SURNAMES,
    TITLES,
    TRANSLITERATION_CHARS,
    WEAK_SURNAMES,
    YI_CLANS,
)

# --- trigger families -------------------------------------------------------------------------------
# Each pattern must mean the same to hyperscan (UTF-8 mode) and to `re`, and must not match "\n".
NAME_LABELS = (
    "申请人", "户主", "联系人", "当事人", "被处罚人", "被申请人", "委托代理人", "代理人", "监护人",
    "收款人", "持卡人", "家庭成员", "举报人", "投诉人", "受助人", "救助对象", "领取人", "患者",
    "受害人", "被害人", "被检查人", "经营者", "户名", "姓名",
    # Subjects of 低保/救助 lists and of penalties, as 公示 and 处罚决定书 name them.
    "低保对象", "保障对象", "特困对象", "供养对象", "补助对象", "资助对象", "公示对象", "处罚对象",
    # The households a 妇联, a 帮扶 or a 民主评议 record is about.
    "帮扶对象", "慰问对象", "走访对象", "评议对象",
    "被执行人", "违法行为人", "违法嫌疑人", "被举报人", "被投诉人", "被监护人", "法定代理人", "驾驶人",
    "车主", "房主", "死者", "证人",
    # Parties of enforcement, vehicle and adoption notices.
    "申请执行人", "车辆所有人", "机动车所有人", "收养人", "送养人",
    # Owners and tenants of homes, boats and dogs; a passer-by or the injured of an incident report.
    "业主", "承租人", "购房人", "船主", "犬主", "路人", "伤者", "共有人",
    # Petitioners, and the relatives a petition or an application names ("其妻子李四患有…").
    "来访人", "来信人", "反映人", "信访人", "上访人", "求助人", "被征收人", "承包方代表",
    "妻子", "丈夫", "儿子", "女儿", "其妻子", "其丈夫", "其妻", "其夫", "配偶", "父亲", "母亲", "长子",
    "其母", "其父", "其母亲", "其父亲",
    "次子", "长女", "次女", "儿媳", "女婿",
    # Payees of a village's accounts, pupils and parents, buyers at an auction, co-applicants.
    "领款人", "报销人", "经手人", "学生", "家长", "买受人", "竞得人", "竞买人", "共同申请人", "借款人",
    "住户", "村民", "近亲属", "甲方", "乙方",
    # A labour contractor who owes the wages a petition is about, a caller a hotline's order names
    # ("包工头张三（电话…）拒不支付", "市民李四反映").
    "包工头", "市民",
    # Who a 法律援助 case is for ("受援人张三，住…，赡养费纠纷一案").
    "受援人",
    # A tenant a grid worker's visit notes ("出租房屋一间，租户张三系台湾居民").
    "租户",
    # A witness an accident's report names ("现场目击者张三立即拨打120"); a relative a lost person names
    # ("自称其母亲名叫张三，").
    "目击者", "名叫",
    # A daughter married out of the village whose share a 征地补偿 list includes ("含外嫁女张三1人份").
    "外嫁女",
    # A farmer whose livestock died ("某村养殖户张三于…上报病死牛"); a premarital or pre-pregnancy
    # check's examinee ("受检者：张三  证件号码：…").
    "养殖户", "受检者", "受检人",
    # A rented home's landlord, a loan's guarantor ("房东：张三", "担保人：李四").
    "房东", "出租人", "担保人", "保证人",
    # Who applies for another, whom a letter is sent to, a utility's customer and their signature, a
    # blood donor and the relative the blood was for ("献血者张三（献血证号…）之配偶李四").
    "代办人", "收件人", "用户名称", "用户签收", "献血者", "用血者", "受送达人",
    # An injured worker of a 工伤 decision, a guest's host in a lodging register, a message's writer, a
    # child's name given at birth or on adoption ("分娩一名女婴，取名张三", "捡拾男婴一名，现取名李四").
    "受伤害职工", "留宿人", "留言人", "取名",
    # More relatives a visit's record or a pupil's file names ("其外祖母李四对…", "随哥哥王五外出"),
    # and who collects a payment for another ("代领人：张三", "代领：李四").
    "祖母", "祖父", "外祖母", "外祖父", "哥哥", "姐姐", "弟弟", "妹妹", "孙子", "孙女", "侄子", "侄女",
    "代领人", "代领：", "代领:",
    # Cousins and a nephew a 特困 person's file names as the guardian ("由其堂弟张三担任监护人").
    "堂弟", "堂兄", "堂哥", "堂姐", "堂妹", "表弟", "表哥", "表姐", "表妹", "外甥",
    # The deceased of an estate's notarisation, a vaccinee, the accused of a court's request to a 司法局
    # ("申请办理被继承人张三遗产继承公证", "受种者：李四", "对被告人王五开展社区矫正调查评估").
    "被继承人", "受种者", "被告人",
    # The person a 入户调查 or an interview record is about ("被调查人签字：张三", "被询问人：李四").
    "被调查人", "被询问人",
    # A shop's or a canteen's food-safety manager signing its own record ("食品安全管理员签字：张三").
    "食品安全管理员",
    # A household whose land is taken ("被征地户：张三"), a family a homestead or a relief list names.
    "被征地户", "被征地农户", "被拆迁人", "被拆迁户",
    # A forest or a land lease's villager who lets the land ("出让方：张三", "流出方姓名：李四").
    "出让方", "流出方", "转出方",
    # Who claims a payment for the deceased ("逝者姓名：…，申领人：张三，与逝者关系：女儿"), an insured
    # person a pension office names ("参保人张三（公民身份号码…）于2021年2月死亡").
    "申领人", "参保人",
    # Who found a foundling or lost property ("捡拾人：张三，住址：…"); a citizen who proposed, asked or
    # suggested in a public consultation or a Q&A ("提出人：张三（某镇居民）", "咨询人：李四（某乡）").
    "捡拾人", "拾得人", "提出人", "咨询人", "建议人", "提问人",
    # Who bought a machine a subsidy is applied for ("购机者　李四"), a lost deed's co-owner
    # ("该不动产共有人为张三（其女）").
    "购机者", "购机人", "共有人为",
    # People a list names by what befell them or what they are ("死亡人员：张三；乡镇：…", "同住人员：李四
    # （承租人女儿）", "应登记人员：王五；公民身份号码：…"), a parcel's neighbours signing ("东邻：赵六"), a
    # private donor, who took a served paper for the party ("代收人：孙七（系受送达人之丈夫）").
    "死亡人员", "同住人员", "入伍人员", "见习人员", "应登记人员", "补贴对象", "东邻", "西邻", "南邻", "北邻",
    "捐赠方", "代收人", "旅客", "乘客",
    # An insured farmer, a debtor a credit list names, a voter's proxy and the voter, a work team's
    # leader on a payroll, a village's hazard watcher (a post like 护林员), who informed an assessment.
    "被保险人", "失信主体", "委托人", "受托人", "班组长", "群测群防员", "群测群防监测员", "信息提供者",
    # The victim a public-order penalty names ("被侵害人：张三，住…"); a roster's note on a new head of
    # household ("备注：户主变更为李四").
    "被侵害人", "受侵害人", "户主变更为",
    # The relative a 低保 household survey holds liable for support ("赡养（抚养）义务人：张三，女儿，…").
    "赡养义务人", "抚养义务人", "扶养义务人", "赡养（抚养）义务人", "赡养(抚养)义务人", "赡养人",
)  # fmt: skip
ADDRESS_LABELS = (
    "家庭住址", "家庭地址", "居住地址", "现住址", "现居住地", "住址", "户籍地址", "户籍所在地", "户籍地",
    "住所地", "住所", "家住", "现住", "居住于", "居住在", "居住地", "住在", "通讯地址", "联系地址",
    "送达地址", "送达地点", "地址", "现居住在", "现居住于", "现居住", "现居于", "现居在", "现居",
    # "张三家在某镇某村3组" (a 名单's or a meeting's words); "不动产坐落：…" (a person's property).
    "家在", "坐落：", "坐落:",
    # A 12345 ticket's place of complaint ("市民反映：某小区…室楼上漏水", "反映其居住的某村8组…").
    "反映：", "反映:", "居住的",
    # A notice to a household about its house ("致张三：你户位于某村二组的房屋…").
    "你户位于", "您户位于",
    # A notice served on an owner about their house ("你位于某街74巷35号的房屋在征收范围内").
    "你位于", "您位于",
    # A reply that opens with where its addressee lives ("你（住某街道某路3幢703室）于…通过来信…").
    "你（住", "您（住",
    # A household's village and group, a dwelling allocated to it (the value is checked to be a home).
    "所在村组：", "所在村组:", "配租房源：", "配租房源:", "安置地址：", "安置地址:",
    # A relocated household's old home and the flat it is given ("迁出地：某村3组，安置房号：5栋2单元602室",
    # "（房号11栋4单元201室）"), a farm household's group ("村组：某村7组"), a party's home in a case's
    # narrative ("当事人住某镇某嘎查10组").
    "迁出地", "安置房号", "房号", "村组：", "村组:", "当事人住",
    # A 12345 caller's home as the ticket reports it ("来电人称其住某镇某村9组，楼上漏水"), a party's house
    # in a mediation's facts ("乙方在其房屋（某乡某村一组36号）东侧修建围墙").
    "称其住", "其房屋（",
    # A household register's move ("迁往某县某镇某村四组"), a lost deed's property ("，坐落某小区…室").
    "户口所在地", "迁往", "迁至", "，坐落", ",坐落",
    # A household's dwelling ("原宅基地坐落于某村3组72号"); a neighbour's house in a complaint ("你家
    # 邻居张三在其位于某小区…室的房屋"). Not "学校坐落于黄河东岸": a dwelling's, down to a house number.
    "坐落于", "坐落在", "其位于",
    # A utility's customer: the home its gas or water is installed in ("安装地址：某县解放路304号").
    "用户地址", "安装地址",
    # Where a homestead's applicant will build ("拟建房位置：某乡某村第八村民小组"), where a party agrees to
    # be served ("送达地址确认：某县某乡某村8组68号").
    "拟建房位置", "建房位置", "拟建地点", "建房地点", "送达地址确认",
    # A deceased person's last home in an estate's notice ("被继承人张三（…）生前住某小区3栋502室").
    "生前住",
    # A party served by notice who moved ("张三（原住某街9号）："), a citizen's letter ("我住某小区…室",
    # "来信称：您住…").
    "原住", "我住", "您住", "本人住",
    # A public rental flat and the tenant's row ("承租人张三，承租房屋：某小区3-1-704室").
    "承租房屋：", "承租房屋:",
    # Where a household or a party built or did what a notice or an agreement is about ("你（户）在某村
    # 1组23号未取得建设工程规划许可…", "乙方在某村8组建房"): down to a house number only (_NARRATIVE_LABELS).
    "你（户）在", "你户在", "乙方在", "甲方在",
)  # fmt: skip
HEALTH_TRIGGERS = (
    "残", "患", "病", "症", "瘫", "失能", "智障", "HIV", "艾滋", "癌", "肿瘤", "植物人", "脑", "肝硬化",
    "劳动能力", "卧床", "癫痫", "聋", "失明", "截肢", "健康状况", "身体状况",
    # Ends of disease names without the words above (_DISEASE), and a disability written as type and
    # grade without 残疾 ("其子达磊为肢体四级").
    "阳性", "携带", "贫血", "易感", "减退", "亢进", "坏死", "结核", "狼疮", "骨折", "外伤", "衰竭", "炎",
    "无力", "瘤", "突出", "血压", "(?:肢体|视力|听力|言语|智力|精神|多重)[/／]?(?:[一二三四]|[1-4])级",
    "梗死", "梗塞", "伤残", "术后", "感染", "血肿", "破裂", "内障", "疝", "过伸伤", "载明", "受伤",
    "多发伤", "出血",
    # An injury ("左膝半月板损伤" in a 工伤认定 list), a surgery a person had ("做完膝关节置换手术").
    "损伤", "手术",
    "超重", "肥胖", "消瘦", "营养不良", "视力不良", "偏高", "偏低", "龋齿", "沙眼", "色弱", "杂音", "侧弯",
    "晚期",
    # A medical examination's findings and their cues (_DISEASE).
    "诊断为", "不合格", "既往有", "障碍", "异常", "失常", "结石", "近视", "缺失", "迟缓", "综合征", "挫伤",
    "裂伤", "离断伤", "撕脱伤", "震荡", "色盲", "扁平足", "听力下降", "听力损失", "咬伤", "扭伤", "烧伤",
    "烫伤", "离断",
    # A vaccine's adverse reactions ("过敏性休克", "热性惊厥", "过敏性紫癜"), an asthma.
    "休克", "惊厥", "紫癜", "哮喘",
    # Wounds ("左前臂刀刺伤", "左手掌割伤").
    "刺伤", "割伤", "刀伤", "砍伤", "划伤", "灼伤", "冻伤",
    # A veteran's disabled part ("左眼视力丧失"), a child's birth defect ("唇腭裂").
    "丧失", "腭裂", "唇裂",
    # The fields of a screening's or a conscript's medical check ("初筛结果：宫颈息肉").
    "初筛结果", "筛查结论", "初检结论", "初检结果", "复查结论",
)  # fmt: skip
# Labels that say what a number is. The nearest one before a number decides.
_NEGATIVE_LABELS = (
    "订单", "流水", "单号", "编号", "文号", "索引号", "合同", "发票", "注册号", "许可证", "案号", "交易",
    "批次", "税号", "登记号", "批准", "备案", "凭证", "序列号", "条码", "工号", "学号", "准考证", "信用代码",
    "机构代码", "邮编", "邮政编码", "金额", "价格", "数量", "总计", "合计", "人口", "识别号", "运单",
    "快递", "代码", "ID", "No", "NO", "编码", "档案号", "证书号", "项目", "票据", "单据", "受理号", "登记",
    "参考号", "回执", "查询码", "验证码", "批号", "型号", "货号", "会员",
    # A utility's customer number ("户号：03583173007"), which may begin with 0 as an area code does.
    "户号",
    # An inspector's 执法证号 is public (the officer acts in a public role) and may look like a mobile.
    "执法证",
    # The code a penalty is paid with ("持缴款码3032…到农业银行缴纳罚款"): the treasury's, no one's card.
    "缴款码", "缴款书",
)  # fmt: skip
_POSITIVE_LABELS = (
    "身份证", "证件", "公民身份", "电话", "手机", "联系方式", "座机", "固话", "卡号", "账号", "帐号",
    "银行", "开户", "Tel", "TEL", "tel", "传真", "手机号", "护照", "通行证", "台胞证", "回乡证",
    # A certificate numbered by its holder's ID ("证件编号：5002…" of a 特种设备作业人员证).
    "证件编号",
)  # fmt: skip
_DOC_LABELS = {
    "护照": "passport",
    "港澳通行证": "hk_macau_permit",
    "往来港澳": "hk_macau_permit",
    "回乡证": "hk_macau_permit",
    "港澳居民来往内地": "hk_macau_permit",
    "港澳居民居住证": "hk_macau_permit",
    "台胞证": "tw_permit",
    "台湾通行证": "tw_permit",
    "台湾居民来往大陆": "tw_permit",
    "往来台湾": "tw_permit",
    "大陆居民往来台湾": "tw_permit",
}
DOOR = "[0-9〇一二三四五六七八九十](?:号|栋|幢|单元|室|组|队|村民小组|村民组)"
# "张三、李四等3户": a count that closes a list of names.
_COUNT_WORDS = "(?:等[0-9一二三四五六七八九十两]+|两)(?:户|人|名)"
# Words of a table header (_NAME_HEADER, _ADDR_HEADER, _HEALTH_HEADER).
_HEADER_TRIGGERS = (
    "姓名", "户主", "住址", "地址", "残疾", "病", "申请人", "联系人", "当事人", "被处罚人", "成员", "监护人",
    "收款人", "户名", "持卡人", "领取人", "对象", "享受人", "住所", "居住地", "户籍", "被征收人", "承包方",
    "受助", "坐落",
    # Name columns of enforcement and vehicle lists ("被执行人", "车辆所有人"), which no word above opens;
    # a legal aid list's ("受援人").
    "执行人", "所有人", "受援人",
    # A loan's debtors and guarantors, a rental check's landlords.
    "借款人", "担保人", "房东",
    # Vehicle owners, blood donors and recipients, complainants, a utility's customers (_NAME_HEADER).
    "车主", "献血者", "用血者", "受血者", "投诉人", "举报人", "用户名称", "被保险人", "投保人",
    # A 信访 register's petitioners; a parcel's neighbours, a column per side.
    "信访人", "来信人", "来访人", "反映人", "上访人", "诉求人", "来电人", "留言人", "四至", "东至", "西至",
    # A marriage register's couples ("男方  身份证号  女方"), a water subsidy's users, an ambulance log's
    # callers.
    "男方", "女方", "用水户", "呼救人", "养殖户",
    # Drivers, donors, trainees, households moved or assessed, travellers (_NAME_HEADER, _PARTY_HEADER).
    "驾驶人", "捐赠人", "捐赠者", "捐款人", "学员", "搬迁户", "被评议人", "旅客", "乘客", "住宿人员",
    "入住人员", "管护员", "护林员", "保洁员", "巡河员", "护路员", "管水员", "监测员", "群测群防员",
)  # fmt: skip
_HAN_CLASS = "\u4e00-\u9fff"
# The characters a name may begin with: a surname, or the first of a compound one ("司 徒 彪").
_SURNAME_FIRSTS = "".join(sorted(SURNAMES | WEAK_SURNAMES | {c[0] for c in COMPOUND_SURNAMES}))
# The words a form's label in brackets holds (_BRACKET_LABEL).
_FORM_WORDS = (
    *NAME_LABELS, *ADDRESS_LABELS, *_POSITIVE_LABELS, "性别", "民族", "年龄", "出生", "单位", "关系", "职业",
)  # fmt: skip
_BRACKET_LABEL_WORDS = "|".join(
    sorted({re.escape(w.rstrip("：:")) for w in _FORM_WORDS}, key=len, reverse=True)
)
FAMILIES: dict[str, tuple[str, ...]] = {
    "num": (
        r"[0-9]{7}",
        r"[0-9]{3}[ \-][0-9]{4}",
        r"[0-9]{4}[ \-][0-9]{3}",
        # A labelled number a hard wrap broke into two short parts ("联系电话：15512⏎621280"; the match
        # ends with the line's "\n", as "wrap"'s: the same line for both engines).
        r"(?:电话|手机|号码|卡号|账号|号为)[：:]?[ \t　]*[0-9]{1,17}\n",
    ),
    "email": ("@",),
    "plate": (
        f"[{PLATE_PROVINCES}][A-HJ-NP-Z]",
        # A plate a narrow cell wrapped ("（辽⏎        A·30741）"; the match ends with the line's "\n", as
        # "wrap"'s: the same line for both engines) (_WRAPPED_PLATE).
        f"[（(][{PLATE_PROVINCES}][A-HJ-NP-Z0-9·• ]{{0,7}}\n",
    ),
    "name": (
        *NAME_LABELS,
        "姓[ 　]+名",
        "户[ 　]+主[:：]",
        "[，,（(][男女][，,）)]",
        "[；;][男女][；;]",
        # A household named by its head in a compensation list: "3．张三户，84.65亩，补偿…", and a
        # numbered household's item ("1．李四户，房屋坐落：…", "2．王五户（3人），某村，房屋倒塌3间").
        "户[，,][ \t　]*[0-9.]+亩",
        "[0-9][.、．][ \t　]*[\u4e00-\u9fff·]{2,10}户(?:[，,]|[（(][0-9])",
        # "（一）张三户（2人），某村，…": an item numbered in Chinese numerals, found from the household's
        # size.
        "户[（(][0-9]{1,2}人[)）]",
        # "一、张三户（某村十一组），家庭人口1人": a household named by its head, its group in brackets.
        "户[（(][^（()）\n]{2,30}(?:组|社|队)[)）]",
        # A relief list by village: "王家沟村（6户）：张三、李四、…" (_village_households).
        "户[)）][:：]",
        # A subsidy's numbered buyers: "（一）张三，某镇某村，购置旋耕机1台" (_row_names).
        "(?:村|嘎查|社区|组)[，,]购[置买]",
        # A cooling-off list's numbered couples: "2．张三、李四，受理日期…" (_row_names).
        "[，,]受理(?:日期|号|编号|时间)",
        # A masked ID in brackets after a name ("张三（4101**********1234）"), a list's later item ("另：").
        "[（(][1-9][0-9]{2,5}[*]{4}",
        # Or as a numbered item's field ("3. 张三，360731********1981，某村，服刑；"): a masked ID holds
        # fewer than the 7 digits in a row the number family needs, so its line needs a cue of its own.
        "[，,；;\t][1-9][0-9]{1,5}[*]{4}",
        "另：",
        "[，,（(]户主[，,）)]",
        "[（(](?:房东|承租人|租户|出租人)[，,）)]",
        "[（(，,]身份证",
        "[（(]公民身份",
        "[（(](?:护照|往来港澳|港澳居民来往|台湾居民来往|往来台湾|台胞证|回乡证|原号牌)",
        # A relation in brackets after a name ("李四（子）", "王五（儿媳）"): _KIN_BRACKET.
        "[（(](?:子|女|妻|夫|儿子|女儿|儿媳|女婿|配偶|子女|孙子|孙女|侄子|侄女|外甥|外甥女)[）)]",
        "[（(](?:丈夫|妻子|父亲|母亲|兄|姐|弟|妹|父|母|哥哥|姐姐|弟弟|妹妹|祖父|祖母|爷爷|奶奶|外公|外婆)[）)]",
        "[（(](?:儿子|女儿|儿媳|女婿|配偶|子女|孙子|孙女|侄子|侄女|外甥|外甥女|丈夫|妻子|父亲|母亲)[，,]",
        "[（(]系(?:当事人|申请人|户主|被处罚人)",
        # _COUNT_WORDS as a pattern and plain words: `re` finds plain words in one pass (_ReEngine).
        "等[0-9一二三四五六七八九十两]+(?:户|人|名)",
        "两户",
        "等户的",
        "两人",
        "两名",
        # "停发人员：张三、李四，共2人": a list closed by its total (_listed_total).
        "[，,]共[0-9一二三四五六七八九十]+(?:人|名|户)",
        "[，,]共[0-9一二三四五六七八九十]{1,3}\n",
        # A letter to a citizen ("张三同志："), a party introduced in narrative ("张三系…村民").
        "同志：",
        "同志:",
        "先生：",
        "先生:",
        "女士：",
        "女士:",
        "村民",
        "居民",
        # "家庭人口：4人（张三、李四）": the household's members.
        "家庭人口",
        "共同居住人",
    ),
    # Heads of lists: "名单", and "下列家庭：" / "以下人员：" before numbered items.
    "list": ("名单", "花名册", "下列", "以下", "如下", "解聘人员"),
    # (A registration's destination may end in a 社 or a 嘎查, which DOOR leaves out: "迁入某村2社，准迁证…".)
    # (A group named, not numbered, by its own word: "某村梨园村民小组".)
    "addr": (*ADDRESS_LABELS, DOOR, "村民小组", "[，,]住", "[，,]准迁证", "[房屋]（位于"),
    # The conditions, and the cues and form labels of _health (which are no condition themselves: a
    # 致困原因 cell holding "人员类别" is not a health finding, so they stay out of _HEALTH_WORD).
    "health": (
        *HEALTH_TRIGGERS,
        "户因",
        "人员类别",
        "困难类别",
        "困难类型",
        "监测结果",
        "检查结果",
        "体检",
        "筛查",
        # A follow-up's diagnosis and its patient's complaint, a screening's finding, a household's
        # member with a condition (_HEALTH_LABEL, _DISEASE).
        "诊断",
        "自诉",
        "检查发现",
        "户内有",
        # A victim's injury by its appraised degree ("经鉴定为轻微伤", "伤情构成轻伤二级") (_INJURY_DEGREE).
        "(?:鉴定为|构成|评定为|程度为)(?:轻微伤|轻伤|重伤)",
    ),
    "table": _HEADER_TRIGGERS,  # plus the number labels, below
    # The key words of _welfare_prose's rules, which run on the blocks of these lines only.
    "welfare": (
        *("护林员", "护路员", "保洁员", "巡河员", "管水员", "由其", "住院", "另，", "另,", "户新生儿"),
        "户户主",
        *("结婚", "村，", "嘎查，", "社区，", "反映", "我和", "共有人", "申请人", "购机", "伙同", "经营者"),
        *("其儿", "其女", "其丈夫", "其妻子", "其孙", "遗失", "户口迁", "）因", "\\)因", "，身份", ",身份"),
        *("，公民身份", "申领人", "班组负责人", "工人", "是我工友", "证人", "保证", "担保", "追回"),
    ),
    # Cues of names in running prose (_prose_names): their own family, so that the lines of other
    # families do not pay for these rules.
    "prose": (
        "纠纷",
        # A payment moved to another household's account ("备注：转入张三户") (_TRANSFERRED).
        "转入[\u4e00-\u9fff·]{2,10}户",
        # An accident's dead and injured ("…冒顶，致杜磊当场死亡，冼敏婷受伤") (_CASUALTY).
        "致[\u4e00-\u9fff·]{2,10}(?:当场死亡|经抢救无效死亡|死亡|受伤|重伤)",
        "见公告",
        "见本公告",
        # A utility's letter to its customer ("尊敬的用户张三（户号：…）："), a payment returned to a relative
        # ("已退至家属李四账户（622…）"), a customer between an account's field and the home's
        # ("户号：0196…，王五，用电地址：…") (_prose_names).
        "尊敬的",
        "家属",
        # A petition's reply restating whose case it was ("你反映刘正华在某医院…").
        "你反映",
        "[，,](?:用电|用水|用气|家庭|居住|户籍|送达)?(?:地址|住址)[：:]",
        # A case's plaintiff named before its defendant ("案号：…，张三，被告：某镇人民政府，案由：…").
        "[，,]被告[：:]",
        # A register's record whose person follows its number unlabelled ("登记编号：2024-001，陈燕，…").
        "编号[：:][^，,\n]{1,24}[，,][^，,：:\n]{2,16}[，,][^，,：:\n]{2,8}[：:]",
        # The first of the people or households a title or a sentence counts ("关于某村张三等3户…的公示").
        "等[0-9一二三四五六七八九十]{1,3}(?:户|人|名)",
        "以下[0-9一二三四五六七八九十]{1,3}(?:户|人|名)",
        # A numbered item that opens with a person and their village ("3. 张三（某村）纳入…") (_ITEM_PERSON).
        # (Not "村（社区）", the word for villages and communities.)
        "[^（(\n](?:村|嘎查|社区)[）)]",
        # A numbered item that opens with a person and a year ("1．张三于2008年在某公证处办理的…").
        "[0-9][.、．][ \t　]*[^\n，。、]{2,40}于(?:19|20)[0-9]{2}年",
        "同意",
        "家住",
        "家在",
        # A citizen who called ("群众张三（联系电话：…）来电反映") (_CALLER).
        "来电",
        "[（(]联系电话",
        "岁",
        "您好",
        "东至",
        "西至",
        "南至",
        "北至",
        "：至",
        ":至",
        "[；;][东西南北][：:]",
        "户内",
        # A household's size, a villager a record is about, who speaks for a relative (_HOUSEHOLD_SIZE,
        # _VILLAGER, _REPORTS_KIN); a household's vote after a colon ("张三户：同意11票").
        "[家户]共[0-9一二三四五六七八九十]",
        "[家户]家庭人口",
        "[，,]家庭人口[0-9一二三四五六七八九十]",
        "户[0-9]{1,2}人[0-9]",
        "[村会组议]村民",
        "反映其",
        "户[：:]同意",
        # A meeting's attendees, speakers and signatures ("实到35人，其中：张三、李四等。", "二、代表发言：",
        # "参会代表签字：张三  李四").
        "其中：",
        "其中:",
        "发言：",
        "代表签字",
        "代表签名",
        # A review panel's signatures ("评议小组成员（签字）：张三 李四").
        *("成员（签字）", "成员签字", "成员（签名）", "成员签名"),
        "村民代表",
        "居民代表",
        "群众代表",
        "代表[\u4e00-\u9fff·]{2,6}(?:提出|发言|说|表示|认为|建议|提议|问|指出)",
        "参会人员签字",
        "与会人员签字",
        "参会人员签名",
        "与会人员签名",
        # "代表王五：同意", "代表李　文：…": a delegate opening a line of the minutes.
        "代表[\u4e00-\u9fff·]{2,4}[：:]",
        "代表[\u4e00-\u9fff][ 　]{1,3}[\u4e00-\u9fff][：:]",
        # An agreement's or a judgment's payee ("支付至张三名下…账户", "支付李四补偿款").
        "名下",
        # A grid worker's log ("到某村八组张三家走访"), a proxy collecting a payment ("委托李四代领").
        "家走访",
        # An offender's accomplices ("违法行为人张三伙同李四、王五等人在…赌博").
        "伙同",
        "委托[\u4e00-\u9fff][ 　\u4e00-\u9fff]{1,4}代[领签办收]",
        "夫妇",
        "子女",
        "补偿款",
        "赔偿款",
        "转包给",
        # A household named by its head in an application's subject ("“张三户（住某村…）宅基地审批档案”",
        # "申请公开“某村李四户危房改造补助资金发放情况”").
        "户[（(]住",
        "户危房",
        "户宅基地",
        "户土地",
        # A village's accounts paying a household ("付5组张三户房屋租金…", "土地流转租金：李四，3800元").
        "户房屋",
        "户务工",
        "户公益",
        "租金：",
        "流转费",
        "新生儿",
        "护林员",
        "护路员",
        "保洁员",
        "巡河员",
        "管水员",
        "邻居",
        "邻户",
        "原告",
        "被告",
        "第三人",
        "第三方[\u4e00-\u9fff·]{2,10}的个人",
        "征求",
        "回访",
        "告知",
        "诉求人",
        "来电人",
        "权利人",
        "其子",
        "其女",
        "甲方",
        "乙方",
        "请[\u4e00-\u9fff·]{2,10}(?:本人|及时)",
        # Plain words rather than classes: `re` finds all plain words of a family in one pass.
        *(f"{p}{w}" for p in "你您" for w in ("于", "在", "反映", "提出", "所")),
        # The body of a letter to a citizen ("本机关于…收到您…的政府信息公开申请"): its addressee
        # heads the letter on a line of their own ("张三：").
        "收到您",
        "收到你",
        # A notice served on a party who cannot be found ("张三：⏎因你下落不明，本机关依法向你公告送达…").
        "因你下落",
        "因您下落",
        *(f"（{x}{c}" for x in "男女" for c in "，,"),
        r"\([男女][，,]",
        # A worker or a conscript a decision names ("职工张三（…）", "同班组工友李四", "应征青年王五"), a
        # child an application names ("因子女张三患…"); a demolition notice's body ("你户位于…").
        # 职工 with the name's delimiter: "兼职工作人员", "职工基本医疗保险" are common words.
        "职工[\u4e00-\u9fff·]{2,4}[（(，,、]",
        "工友",
        "应征青年",
        "子女",
        "孩子",
        "你户",
        # A reply's body that opens with the addressee's particulars ("你（住址：…，联系电话：…）于…").
        "你（",
        "您（",
        "您户",
        "执行人",
        # A vehicle list's owner after the vehicle's type ("宁E23988，小型汽车，张三，未登记"); the person
        # an incident report begins with ("2024年3月28日15时许，张三在某公司车间作业时…").
        *(f"{w}{c}" for w in ("汽车", "型车", "摩托车", "时许") for c in "，,"),
        # A person an incident or a household's file names ("配偶张三患…", "张三驾驶宁C…", "张三，女，").
        *("配偶", "伤者", "死者", "伤员", "驾驶", "乘车人", "行人", "路人", "遗失", "作废", "之子", "之女"),
        "造成",
        # "申请人之妻李四于…", "献血者张三（…）之公公王五": a relative named after the relation.
        *(
            f"之{k}"
            for k in ("妻", "夫", "父", "母", "兄", "弟", "姐", "妹", "孙", "侄", "公公", "婆婆", "岳")
        ),
        # A consumer named with their own number or mail in brackets: "张三（139…）投诉某店".
        *(re.escape(f"{b}{v}") for b in "）)" for v in ("投诉", "举报")),
        # "转入张三的账户", village accounts ("支付村民张三…", "收到李四缴纳…"), a pupil, a household.
        *("转入", "支付", "收到", "同学", "户因", "户享受"),
        # A contract's party, an auction's buyer, a shop's keeper, a pupil's parent, a landlord and
        # a tenant (_NAME_CUE; "村民", common in prose, is looked for on lines other cues trigger).
        *("承包方", "买受人", "经营者", "家长", "房东", "出租给", "承租人"),
        # A villager or a representative who speaks in minutes ("村民代表张三提出：“…”", "代表李四说："),
        # or who is named with a mobile ("农民工代表王五（139…）"); a case or a household as a meeting's
        # topic ("一、关于张三户临时救助问题", "二、关于李四反映宅基地纠纷问题").
        "(?:代表|村民|居民|群众)[\u4e00-\u9fff·]{2,16}(?:提出|发言|说|表示|认为|建议)[ \t　]*[:：]",
        "代表[\u4e00-\u9fff·]{2,16}[（(]",
        "关于[\u4e00-\u9fff·]{2,16}(?:户|反映)",
        "关于[\u4e00-\u9fff·]{2,10}申请",
        "关于调整[\u4e00-\u9fff·]{2,8}承包地",
        "该户[\u4e00-\u9fff·]{2,4}因",
        # A penalty's victim, the party punished ("与张三发生口角", "殴打李四", "决定对王五处以…").
        *("发生口角", "发生争执", "殴打", "处以"),
        # The victim of a 治安 case ("因琐事与张三争吵", "与⏎李四发生纠纷", "经鉴定，张三的损伤程度为轻微伤").
        *("争吵", "发生纠纷", "的损伤程度", "被损毁"),
        # Whom a representative acts for, who reads for an absent party ("（受张三委托）", "其亲属李四代为").
        # (Literals: a class before "委托" would have hyperscan run an automaton over every byte. A caller
        # or a neighbour before what they did, "来电人李四咨询", "被邻居王五占用": "来电人" and "邻居" above.)
        *("委托）", re.escape("委托)"), "代为"),
        # A consumer whose complaint began a case ("根据消费者张三（联系电话：…）的投诉举报").
        "消费者",
        # A company's employee present at an inspection ("公司员工张三（联系电话…）在场").
        "员工[\u4e00-\u9fff·]{2,4}[（(，,、]",
        # A self-introduction in an application ("申请理由：我叫张三，…", "本人李四，因患…").
        *("我叫", "：本人", ":本人", ": 本人"),
        # A holder of a travel document or an ID (_HOLDER).
        *(
            f"持{w}"
            for w in ("普通护照", "护照", "往来", "港澳", "台湾", "台胞证", "回乡证", "居民身份证", "身份证")
        ),
        # An old 15-digit card's holder ("张三持第一代居民身份证，号码…").
        *("持第一代", "持第二代"),
        # A person's own home line, the sentence opening with them ("张三家庭电话0771-…").
        "家庭电话[0-9（(]",
        "电子邮箱[0-9A-Za-z]",
        # A finder of lost property (_FINDER).
        *("拾到", "拾得", "捡到", "捡拾"),
        # A couple whose marriage record is asked for or found (_COUPLES).
        *("的婚姻", "办理结婚登记", "办理离婚登记"),
        *(re.escape(f"{a}{x}{b}") for a in "，," for x in "男女" for b in "，,；;）)"),
    ),
    # Artefacts of a PDF's layout (_layout_view): a name spaced out ("姚 平 轩"), which begins with a
    # surname; a page's number ("— 2 —", "第 3 页", "1/4"), "•" inside a transliterated name, a CSV
    # export's quotes.
    "spaced": (f"[{_SURNAME_FIRSTS}][ 　]{{1,3}}[{_HAN_CLASS}]",),
    "layout": (
        "第[ \t　]*[0-9]{1,3}[ \t　]*页",
        "\n\n[0-9]{1,3}\n",
        "[-—–－][ \t　]*[0-9]{1,3}[ \t　]*[-—–－]",
        "[0-9]{1,3}[ \t　]*[/／][ \t　]*[0-9]{1,3}",
        # (A transliterated name's dot typed as "•" or as a full stop: "阿依古丽•买买提", "阿依努尔.卡德尔".)
        f"[{_HAN_CLASS}][•∙・‧.．][{_HAN_CLASS}]",
        '","',
        # (A CSV cell quoted for its line break: '1,八江镇,…,"已退役⏎2020年9月"'.)
        ',"[\u4e00-\u9fff]',
        # A form's label spaced out or in brackets (_SPACED_LABEL, _BRACKET_LABEL).
        # (Found from the spaces and the label's last character, the scan's cheapest start: a pattern
        # that opens with any Chinese character costs the scan on every line.)
        "[ 　](?:址|别|名|族|龄|话|码|主|业|位|系|号|人|所|地)[ \t　]*[:：]",
        f"(?:{_BRACKET_LABEL_WORDS})[^】\n]{{0,4}}】",
    ),
}
FAMILIES["table"] += tuple(re.escape(w) for w in (*_POSITIVE_LABELS, *_DOC_LABELS))
# The labels of numbers that are no one's ("数量", "金额", "订单号"): a header with such a column is read
# (its numbers then carry the label), but nothing else a line needs looks for them, so the row rules
# do not run on a line that holds only these (an annual report's tables of statistics).
FAMILIES["header"] = tuple(
    re.escape(w) for w in _NEGATIVE_LABELS if w not in (*_POSITIVE_LABELS, *_DOC_LABELS)
)
# Labels that a hard wrap may cut ("监护⏎人张三"), read across the line break by _wrapped_labels. Only
# labels that no common phrase shares (not 申请人: "申请⏎人民法院强制执行").
_WRAPPED_LABELS = ("监护人", "被监护人", "申请执行人", "被执行人", "承租人", "被申请人", "委托代理人")
# A line that ends in a character a cut label or relation may leave ("监护⏎人", "监护人⏎张三", "其儿子⏎张三"):
# marked by the scan that finds the triggers anyway, instead of a scan of its own for a class of
# characters (`re` tests a class at every character). Its match ends with the "\n" of the line it marks.
FAMILIES["wrap"] = (
    "[" + "".join(sorted({c for w in _WRAPPED_LABELS for c in w} | set("子夫儿偶亲媳婿"))) + "][ \t　]*\n",
)
# Words whose absence from the whole text skips a rule (_detect, _welfare_prose): found by the same
# scan, not by an `in` over the whole text each (which on plain prose cost as much as the scan's own
# Python). A family's bit on any line says the word is in the text ("户\n中" ends on the line after).
FAMILIES["households"] = ("户中", "户\n中")
FAMILIES["commended"] = ("表扬", "表彰")
FAMILIES["agent"] = ("代理人",)
FAMILIES["proxy"] = ("代领",)
FAMILIES["spoken_to"] = ("你",)
# The seats a meeting's record lists villagers by (_representatives).
FAMILIES["seated"] = (
    *("村民代表", "群众代表", "党员代表", "户代表", "居民代表", "被征收人代表", "被拆迁人代表"),
    *("缺席", "请假"),
    # "村民⏎代表31人（张三、…）": the seat's word a PDF's line broke.
    "代表[0-9]{1,3}[人名][（(]",
)
# A sex in a cell of its own: after a name in a row typeset with blanks ("3 麻艳雪 女 69 分散供养"), on a
# line of its own in a table flattened to one cell a line ("史国⏎男⏎72") (_cells_before_sex). (The
# match ends with the line's "\n", as "wrap"'s: the same line for both engines.)
FAMILIES["sexcell"] = ("[男女][ \t　]*\n", "[ \t　|｜][男女][ \t　|｜]+[0-9]")
# A list of people after a colon that a heading of people opens ("以下农户…给予维修补助：张三、李四。"), a
# person's age in brackets after the name ("张三（93岁）、李四（89岁）") (_listed_after_colon, _aged).
FAMILIES["listed"] = (
    "以下[^\n：:]{0,40}[：:]",
    "下列[^\n：:]{0,40}[：:]",
    # A line that ends on a heading of people, their names on the lines below ("本批入伍新兵：⏎张三　李四").
    "(?:人员|对象|新兵|学生|成员|名单)[：:][ \t　]*\n",
    # ("现将临时救助对象名单公示如下：⏎石峡村：魏明、何有福、漆永福": the names by village.)
    "名单[^\n：:]{0,6}如下[：:][ \t　]*\n",
    # A count of people, then as many names ("大林镇（4人）：陈冬梅、李丽华、包秀云、敖登").
    "[（(][0-9]{1,3}[人户名][）)][：:]",
)
# A hire that says its people are 脱贫劳动力, 监测对象 or 就业困难人员, in its opening or in a column
# ("拟聘用以下脱贫劳动力（含监测对象）到乡村公益性岗位工作", a 护林员 list's 备注 "脱贫户"), is aid, not
# a recruitment's results: its names reveal the households' circumstances, as a 低保 list's do (h25's,
# h27's and h30's authors flagged them). A 公益性岗位 or 护林员 hire that says no more is left public, as
# h14's and h18's authors did.
_AID_WORDS = ("脱贫劳动力", "脱贫户", "监测对象", "监测户", "就业困难人员", "零就业家庭", "托底安置")
FAMILIES["aid"] = _AID_WORDS
FAMILIES["aged"] = ("[（(][0-9]{1,3}岁[）)]",)
# An official's office in brackets after the name, a list of officials so closed (_drop_officials).
_OFFICES = ("书记", "主任", "文书", "会计", "报账员", "委员", "村长", "干部", "工作队员", "网格员", "出纳")
FAMILIES["official"] = (
    *(re.escape(f"{office}{bracket}") for office in _OFFICES for bracket in "）)"),
    "（以上",
    r"\(以上",
    # A meeting's chair and recorder ("主 持 人：张三", "记录人：李四"): its cadres or the office's staff.
    "主[ 　]*持[ 　]*人[ 　]*[：:]",
    # A committee's members by their title ("参会人员：村务监督委员会委员张三、李四，村民代表…").
    "委员会委员",
    "监委会委员",
    "记[ 　]*录[ 　]*[人员][ 　]*[：:]",
)
FAMILY_NAMES = tuple(FAMILIES)
_FAMILY_BIT = {name: 1 << i for i, name in enumerate(FAMILY_NAMES)}
_LAYOUT_BITS = _FAMILY_BIT["spaced"] | _FAMILY_BIT["layout"]

# --- numeric candidates ------------------------------------------------------------------------------
# A digit group: [+|00][(0591)]digits[-digits…][X][转123], not inside a longer token. Written to
# begin with a character class, which lets `re` skip ahead to the next candidate in C instead of
# trying the pattern at every position; the first character is then re-examined by look-behinds
# ("+", "(", "00" prefix or a plain digit), in the order the plain form of the pattern tries them.
# Groups shorter than 7 characters are never personal data: the look-ahead over the characters a
# group can hold skips most of them (dates, amounts) without building a match. Inside a run of
# such characters that is too short no later start can give a longer group, so the groups of 7 or
# more characters found are those of the pattern without it.
_AREA_PAREN = r"[(（]0[0-9]{2,3}[)）] ?"
_NUM_GROUP = re.compile(
    r"[+(（0-9](?<![0-9A-Za-z_@].)(?<![0-9]\..)(?=[0-9+()（） \-－Xx转分机ext.]{6})"
    rf"(?:(?<=\+)(?:{_AREA_PAREN})?[0-9]+"
    r"|(?<=[(（])0[0-9]{2,3}[)）] ?[0-9]+"
    rf"|(?<=0)0(?:{_AREA_PAREN})?[0-9]+"
    r"|(?<=[0-9])[0-9]*)"
    r"(?:[ \-－][0-9]+)*(?:[Xx](?:[1-7][1-4](?![0-9]))?)?"
    r"(?:(?:转|分机|ext\.?) ?[0-9]{1,6})?"
    r"(?![0-9A-Za-z_@])(?!\.[0-9])"
)
_DIGIT_PART = re.compile(r"[0-9]+[Xx]?")
_NOT_ID_CHAR = re.compile(r"[^0-9Xx]")
_NOT_DIGIT = re.compile(r"[^0-9]")
_ASCII_KEPT = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-+_")
# ../shared/docs/rules.md §6: "1[3-9]\d{9}". Segments not (yet) allocated (140–144, 154, 179, 194 …) are
# kept: numbering plans grow, and a gate that misses a new segment's numbers fails open.
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# The first three digits of the mobiles _MOBILE accepts.
_MOBILE_PREFIXES = frozenset(p for p in map(str, range(100, 200)) if _MOBILE.fullmatch(p + "00000000"))
_AREA = re.compile(r"0(?:10|2[0-9]|[3-9][0-9]{2})")
_LOCAL = re.compile(r"[2-9][0-9]{6,7}")
# Card-issuer prefixes seen on cards issued in China: UnionPay 62/60/65/68/69/94/95, Visa 4,
# Mastercard 51–55 and 2221–2720, JCB 35, Amex 34/37, Diners 30/36/38.
_CARD_PREFIX = re.compile(
    r"(?:6[025689]|9[45]|4|5[1-5]|2(?:22[1-9]|2[3-9][0-9]|[3-6][0-9]{2}|7[01][0-9]|720)|3[04-8])"
)
_UNIT_AFTER = re.compile(
    r" ?(?:元|万|亿|人|户|次|件|吨|千克|公斤|平方|亩|册|份|个|%|％|米|公里|套|间|台|辆|页|字节|KB|MB)"
)
# The first characters of _UNIT_AFTER's units, after its optional space.
_UNIT_FIRST = frozenset("元万亿人户次件吨千公平亩册份个%％米套间台辆页字KM")
# (?<![0-9A-Za-z])(?:[A-Z]{1,2}[0-9]{7,10}|[0-9]{8,10})(?![0-9A-Za-z]), begun with a class:
# [0-9A-Z] at the start of a run of letters and digits, then _DOC_BODY.
# Nine digits as well: a foreign passport's number (the US, Russia) where 护照 names the document.
_DOC_BODY = r"(?:(?<=[A-Z])[A-Z]?[0-9]{7,10}|(?<=[0-9])[0-9]{7,9})(?![0-9A-Za-z])"
_DOC = re.compile(rf"[0-9A-Z](?<![0-9A-Za-z].){_DOC_BODY}")
# What _documents scans with: a match of _DOC (group 1 set), or else the run and the runs after it
# that begin none (group 1 unset). `re` would try _DOC at every digit of an ID or a phone; the
# possessive loop tries it once per run, and stops before the next run that begins a match.
_DOC_SCAN = re.compile(
    rf"[0-9A-Z](?<![0-9A-Za-z].)(?:({_DOC_BODY})"
    rf"|[0-9A-Za-z]*(?:[^0-9A-Za-z]++(?![0-9A-Z]{_DOC_BODY})[0-9A-Za-z]+)*+)"
)
_DOC_FORMATS = {
    "passport": re.compile(r"(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[GDSP][0-9]{7,8}|[DSP]E[0-9]{7}|K[0-9]{8})"),
    "hk_macau_permit": re.compile(r"(?:C[0-9]{8}|C[A-HJ-NP-Z][0-9]{7}|[HM][0-9]{8}(?:[0-9]{2})?|W[0-9]{8})"),
    "tw_permit": re.compile(r"(?:[TL][0-9]{8}|[0-9]{8}|[0-9]{10})"),
}


def _by_first_character(words: list[str]) -> str:
    """The alternation of words (longest first, so the longest word at a position matches) grouped by
    their first character: `re` then tries one group at a candidate position, not every word."""
    groups: dict[str, list[str]] = {}
    for word in sorted(dict.fromkeys(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_LABEL_RE = re.compile(_by_first_character([*_NEGATIVE_LABELS, *_POSITIVE_LABELS, *_DOC_LABELS]))
_DOC_LABEL_RE = re.compile("|".join(re.escape(w) for w in _DOC_LABELS))
# A form's document type chosen by a tick in a row of boxes ("□身份证 ☑护照 □港澳通行证").
_CHECKED_DOC = re.compile(
    "[☑☒■✓✔√][ 　]*(" + "|".join(re.escape(w) for w in sorted(_DOC_LABELS, key=len, reverse=True)) + ")"
)
_NEGATIVE = frozenset(_NEGATIVE_LABELS)
_ID_LABELS = frozenset({"身份证", "公民身份"})
_PHONE_LABELS = frozenset({"电话", "手机", "联系方式", "座机", "固话", "Tel", "TEL", "tel", "传真", "手机号"})

# --- other candidates --------------------------------------------------------------------------------
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,12}(?![A-Za-z0-9])"
)
_PLATE = re.compile(
    rf"[{PLATE_PROVINCES}][A-HJ-NP-Z][·• ]?"
    r"(?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳])(?![A-Za-z0-9])"
)
_HAN = "\u4e00-\u9fff"
_HAN_RUN = re.compile(rf"[{_HAN}·]{{1,12}}")
# A name's run of characters: two to ten, or a transliterated name with "·" up to eighteen
# ("努尔艾力·阿布都热依木"). A pattern without a left anchor takes the dotted form only with its dot:
# a longer plain run would swallow the words before a name ("…安置方案及张三户").
_NAME_RUN = rf"(?:[{_HAN}]{{1,8}}·[{_HAN}·]{{1,10}}|[{_HAN}·]{{2,10}})"
_NAME_RUN_LAZY = rf"(?:[{_HAN}]{{1,8}}·[{_HAN}·]{{1,10}}?|[{_HAN}·]{{2,10}}?)"
# (The labels grouped by their first character: at each candidate character `re` tries the labels
# that begin with it, not all 140; the same matches as the plain alternation, longest label first.)
_NAME_LABEL = re.compile(
    "(?:"
    + _by_first_character(list(NAME_LABELS))
    # ("被处罚人名称（姓名）：张三", "失信主体名称：李四": a party's label that a person or a body fills.)
    + r"|姓[ 　]+名|户[ 　]+主(?=[:：]))"
    # A unit's label that a household's head fills: "起火单位（户主）：张三". (Behind the label's words:
    # a branch that opens with a look-behind would stop `re` skipping to a label's first character.)
    + r"(?:(?<=[（(]户主)[）)](?=[:：]))?"
    + r"(?:名称)?(?:姓名)?(?:[（(][^）)\n]{0,10}[）)])?"
    # A private applicant's signature on a form: "申请人签名或者盖章：张三", "申请人签字（捺印）：李四".
    r"(?:签名|签字|签章|签收)?(?:或者?盖章|或捺印|[（(](?:盖章|捺印|手印)[）)])?"
    # "联系人及电话：张三 139…": the label names the person's phone as well.
    r"(?:及(?:联系)?电话|及联系方式|[/、](?:联系)?电话)?[ \t　]*[:：]?[ \t　]*"
    # A form drawn as a Markdown grid: "| 姓名 | 张三 | 性别 | 男 |", "|姓名|张三|", the value in the next
    # cell.
    r"(?:[|｜][ \t　]*)?"
)
# "张三，男，" and "张三（身份证号：3501…）": the run of Chinese characters before the mark ends in a name.
_SEX_MARK = re.compile(
    # (One class first, each branch's own marks checked behind it: `re` then skips to a mark in C.)
    r"[，,；;（(](?:(?=(?:[男女]|户主|申请人)[，,；;）)])"
    # A landlord or a tenant named in a rental check: "发现张三（房东，联系电话…）".
    r"|(?<=[（(])(?=(?:房东|承租人|租户|出租人)[，,）)])"
    r"|(?<=[，,（(])(?=(?:公民)?身份证(?:号码|号)?[：:]?[ \t　]*[0-9]{15})"
    # "李四（身份证号4101**********1234）", "王五（往来港澳通行证C12345678）": a masked ID or a
    # travel document in brackets after the name.
    r"|(?<=[（(])(?=(?:公民)?身份证(?:号码|号)?[：:]?[ \t　]*[0-9]{4}[0-9*]{10,13}[0-9Xx]"
    r"|护照|往来港澳|港澳居民来往|台湾居民来往|往来台湾|台胞证|回乡证"
    # "因车辆已报废注销，张三（原号牌宁A C2ZYP）": the holder of a vehicle that a subsidy list drops.
    r"|原号牌))"
)
_KIN_NOTE = re.compile(r"[（(][^）)\n]{1,6}[）)]")
_HAN_TAIL = re.compile(rf"([{_HAN}·]{{2,4}})$")
# A name in Latin letters: two to four words, each capitalised or all capitals, then no more letters.
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'\-]{1,20}(?: [A-Z][A-Za-z'\-]{1,20}){1,3}(?![A-Za-z0-9])")
_DOTTED_TAIL = re.compile(rf"(?<![{_HAN}·])([{_HAN}]+·[{_HAN}·]+)$")
_LIST_START = re.compile(r"(?:名单|花名册)(?:如下|公示如下|见下表)?[:：]?")
_TOKEN_ENUM = re.compile(r"(?:[0-9]+[)）]|[（(][0-9一二三四五六七八九十]+[)）])")
_TRAILING_NOTE = re.compile(r"[（(][^）)]*[）)]$")
_ENUM = re.compile(r"^(?:[0-9]+[.、．)）]|[（(][0-9一二三四五六七八九十]+[)）])\s*")
# A number then a house-level unit. A match takes the whole run of numerals (no unit is one), so
# the run is possessive: retrying shorter runs inside a long digit run (an ID) is quadratic.
_NUMERAL = "[0-9〇一二三四五六七八九十百零]"
# (One numeral first, the second branch's checks behind it: `re` then skips to a numeral in C.)
_DOOR = re.compile(
    # (Not 百 or 零 alone, a place's word: "百楼村", "零号".)
    rf"{_NUMERAL}(?<![百零])(?:{_NUMERAL}*+[A-Za-z]?(?:号楼|号院|号|栋|幢|座|单元|层|楼|室|组|户|社|村民小组|村民组|队)"
    # "3栋1202": a flat number after the building, but not the next part's numeral ("25栋2单元").
    r"(?:[0-9]+(?:[-－][0-9]+)*(?:室|号)?(?!单元|栋|幢|层|楼|号|室))?"
    # "樊集村4社" (a 组 in 甘肃, 四川), "第九村民小组", "早元村一队" (a 生产队, the 组 of 宁夏 and
    # 甘肃 villages); "世纪家园28-1-802": building, unit and flat
    # written as numbers only.
    r"|(?<=[0-9])(?<![0-9\-].)[0-9]{0,2}-[0-9]{1,2}-[0-9]{3,4}(?![0-9\-])(?:室|号)?)"
    # A group named, not numbered, as villages in 云南 and 贵州 name theirs ("龙塘村福登村民小组",
    # "金凤村委会大龙场村民小组"): a 组 all the same.
    rf"|村(?:委会)?[{_HAN}]{{1,4}}?(?:村民小组|村民组)"
    # Or "某村杨家坪组", "某社区覃家沟组" (not a committee's working group: "村评议组", "社区网格组").
    rf"|(?:村|社区)(?!民|委|两委|干部|集体)[{_HAN}]{{2,3}}?(?<!评议|调解|工作|专班|领导|网格|监督|治保|帮扶|巡查|督查|考核|审核|核查|调查)(?<!小)组(?![长员织成别])"
)
_ADDR_LABEL = re.compile(
    "(?:" + _by_first_character(list(ADDRESS_LABELS)) + r"|住(?<=[，,]住)"
    # A dwelling a judgment or an agreement disposes of: "位于某小区2栋1301室的房屋归原告所有",
    # "拆除其在某村3组162号院内搭建的…"; not an office's seat ("本局位于…").
    # (A hard wrap may fall anywhere in it: "承租位于⏎某小区1幢1101室的公共租⏎赁住房".)
    r"|位于(?=[^，。；]{4,60}?(?:的[^，。；]{0,7}?(?:房屋|住房|住宅|房产)|院内))|其在(?=[^\n，。；]{4,60}?院内)"
    # A household registration cancelled ("注销你在某村147号的常住户口").
    r"|在(?<=[你其]在)(?=[^\n，。；]{4,60}?的常住户口)"
    # A household's homestead a demolition notice names ("经查，你户在某镇某村5组宅基地外擅自搭建…"), and
    # where a person's registration moves ("由投靠配偶迁入某镇某村2社，准迁证编号…").
    r"|在(?<=你户在)(?=[^\n，。；]{4,60}?宅基地)|迁入(?=[^\n，。；]{4,60}?[，,]准迁证)"
    # A homestead a meeting approves ("同意张三在某村12组163号原宅基地翻建住房"), a household's house the
    # record places in brackets ("张三户住房（位于某村弄英屯）经鉴定为C级危房").
    r"|在(?=[^\n，。；]{4,40}?[0-9]号原?宅基地)|位于(?<=[房屋]（位于)"
    # A person's home in brackets after the name ("经多次联系，张三（住某镇某村4组110号，联系电话：…）").
    r"|住(?<=[（(]住)(?![所址房宅院])"
    # A 12345 caller's home, the trouble in it ("反映某路110号某小区12号楼3单元601室楼上漏水").
    r"|反映(?!其|他|她|本人)(?=[^\n，。；\t|]{4,60}?[0-9][室号]?(?:楼上|楼下|隔壁|家中|屋内|门前|门口))"
    # A label a hard wrap broke: "住⏎址：某乡某村十组", "住址⏎：某镇某村3组".
    r"|址(?<=住\n址)(?=[ \t　]*[:：]))"
    r"(?:地址|址)?(?:[（(][^）)\n]{0,8}[）)])?(?:\n(?=[ \t　]*[:：]))?[ \t　]*[:：]?[ \t　]*"
    # A form drawn as a Markdown grid: "| 现住址 | 某镇某路224号 |", the value in the next cell.
    r"(?:[|｜][ \t　]*)?"
)
_ADDR_SEGMENT = re.compile(rf"[{_HAN}0-9A-Za-z\-－#·]+")
# A bare "地址" may be an office's; only a residential address below 乡镇/街道 counts then.
# 乡/镇 end a township's name, not begin or sit inside a county's ("镇平县", "东乡族自治县").
# Each branch opens with a plain character (镇 and 乡 each with its own lookahead), which lets `re` skip
# to the next such character in C: _addresses searches it on every numbered item.
_TOWNSHIP_NAME = rf"(?![{_HAN}]{{0,2}}(?:县|市|族))"
_RESIDENTIAL = re.compile(
    rf"街道|镇{_TOWNSHIP_NAME}|乡{_TOWNSHIP_NAME}|村|社区|小区|室|单元|栋|幢|组|队|苑|花园(?![路街巷道])|公寓"
)
# An office's seat: an address inside a government building ("…号政务服务中心3楼302室", "…号行政中心A座"),
# or one that an office's name ends right before the label ("被申请人：同心县民政局，住所地…").
_OFFICE_SEAT = re.compile(r"政务服务|行政中心|服务中心|人民政府|办公楼|机关|大楼|局(?!家属)")
_OFFICE_NAME_END = re.compile(
    r"(?:局|委员会|政府|办事处|办公室|法院|检察院|派出所|中心|服务站)[，,、 \t　]*$"
)
# "通讯地址：彭阳县团结路236号  邮编：463900": a street address with a postcode heads an office's letter.
_POSTCODE_AFTER = re.compile(r"[ \t　，,；;（(]*(?:邮编|邮政编码)")
_SHAPE_TAIL = rf"[{_HAN}0-9\-]{{1,24}}?(?:村|社区|小区|居委会|新村)"
# A residential address by its shape: divisions, a 街道/镇/乡, a village, house-level parts
# ("广东省深圳市南山区粤海街道东风村11组"). The run of Chinese characters it opens with is taken from its
# first character (`re` then skips to Chinese characters in C), and a lookahead finds a 街道/镇/乡 with a
# village after it before the costly splits of the run into divisions are tried, from the second
# character on, in the same order as from the first.
_DIVISION = "(?:省|自治区|市|州|盟|县|区|旗)"
_ADDR_SHAPE = re.compile(
    rf"[{_HAN}](?<![{_HAN}].)(?=[{_HAN}]*?(?:街道|镇|乡){_SHAPE_TAIL})"
    rf"(?:[{_HAN}]{{1,5}}?{_DIVISION}(?:[{_HAN}]{{2,6}}?{_DIVISION})*[{_HAN}]{{1,8}}?|[{_HAN}]{{0,7}}?)(?:街道|镇|乡)"
    rf"[{_HAN}0-9\-]{{1,24}}?(?:村|社区|小区|居委会|新村)[{_HAN}0-9\-]{{0,12}}?"
    r"(?:第?[0-9〇一二三四五六七八九十百零]+[A-Za-z]?(?:号楼|号院|号|栋|幢|座|单元|层|楼|室|组|户|队|社|村民小组|村民组))+"
)
# A numbered item of a list of households typed as text: "4.", "5、", "（二）", "2，", then a name
# (2–4 characters, or a minority name with "·"), a note ("（户主）") and a separator.
# Written to begin with a character class (see _NUM_GROUP); _addresses tries it only after a line's
# leading blanks (_item_leads).
_ITEM_ADDR = re.compile(
    r"[0-9（(](?<![^\n \t　].)"
    r"(?:(?<=[0-9])[0-9]{0,2}[.、．，,)）]|(?<=[（(])[0-9一二三四五六七八九十]{1,3}[)）])[ \t　]*"
    rf"(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,8}}·[{_HAN}·]{{1,10}})(?:[（(][^）)\n]{{1,6}}[）)])?[ \t　，,]+"
)
# A line whose blanks are followed by a numbered item's number ("4.", "（二）": how _ITEM_ADDR opens), and
# the blanks.
_ITEM_LINE = re.compile(r"\n[^\S\n]*+(?=[0-9]{1,3}[.、．，,)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）])")
_LEAD_BLANK = re.compile(r"[^\S\n]*+")
# The size of a household after its address ("，5人", " 1人"), and the place words of such an address.
_HOUSEHOLD = re.compile(r"[0-9一二三四五六七八九十]+(?:人|口人)")
_ITEM_PLACE = re.compile(rf"{_RESIDENTIAL.pattern}|路|街|巷|大道")
# A flat written whole, building, unit (and flat) after a run of place words that follows no Chinese
# character: "明珠路东方花城2号楼4单元1704室", "阳光水岸9号楼3单元1503室". Building and unit make it
# a dwelling; the run begins after a separator so that a name glued before it is not taken.
_FLAT_SHAPE = re.compile(
    # (Its first character before the check behind it: `re` then skips to a Chinese character in C.)
    rf"[{_HAN}](?<![{_HAN}A-Za-z0-9\-].)[{_HAN}0-9\-]{{1,40}}?[0-9]+(?:号楼|栋|幢)[0-9]+单元(?:[0-9]+室?)?"
)
# A part every _ADDR_SHAPE or _FLAT_SHAPE match contains: one cheap pass over a block finds the lines
# to try the costly patterns on. Each branch begins with a word, which keeps `re`'s skip to candidates
# (a shared leading group would lose it).
_SHAPE_KEY = rf"街道{_SHAPE_TAIL}|镇{_SHAPE_TAIL}|乡{_SHAPE_TAIL}"
_ADDR_HINT = re.compile(rf"单元|{_SHAPE_KEY}")
_SHAPE_HINT = re.compile(_SHAPE_KEY)  # the part _ADDR_SHAPE needs
# Cues of a complaint's place in a 12345 ticket ("市民反映：", "反映其居住的"), read as address labels.
_NARRATIVE_LABELS = ("反映", "居住的", "你（户）在", "你户在", "乙方在", "甲方在")
_ORGANISATION = re.compile(
    r"公司|合作社|商行|经营部|门市部|工作室|事务所|集团|协会|学校|医院|幼儿园|中心|银行|分行|支行|服务单位|实施单位"
    # (Each branch opens with a plain character, so `re` skips ahead to one in C.)
    r"|厂(?:[，,（(]|$)|店(?:[，,（(]|$)|馆(?:[，,（(]|$)"
)
_OFFICE_BEFORE = (
    "办公", "单位", "机关", "注册", "经营", "公司", "企业", "机构", "窗口", "受理", "大厅", "工作",
)  # fmt: skip
_OFFICE_WORD = re.compile("|".join(_OFFICE_BEFORE))
# _HEALTH's every branch begins with one plain character, which lets `re` skip to the next such
# character in C; optional leading words and classes are written out as branches ("(?:A)?X" as
# "AX|X"), in the order `re` tries them, so the matches are those of the plain alternation.
_GRADE = "(?:一|二|三|四|[1-4])"
_DISABILITY_TYPES = ("肢体", "视力", "听力", "言语", "智力", "精神", "多重")
_DISABILITY_WORDS = (*_DISABILITY_TYPES, "重度", "轻度", "中度")
# Not a benefit named after its recipients ("重度残疾人护理补贴").
_DISABLED = rf"残疾(?:人)?(?:[（(]?{_GRADE}级[）)]?)?(?!人?(?:护理|生活补贴|两项|康复|就业|托养|补贴))"
_TEN = "一二三四五六七八九十"
# Not a count ("新增确诊病例3例（男2例、女1例）"): that is a statistic about no one.
_NOT_A_COUNT = "(?![0-9〇一二三四五六七八九十百]|例|数|人)"
_HEALTH_WORDS = "|".join(
    (
        *(f"{grade}级(?:{'|'.join(_DISABILITY_WORDS)}){_DISABLED}" for grade in "一二三四"),
        *(word + _DISABLED for word in _DISABILITY_WORDS),
        # A limb's disability with its grade ("下肢残疾三级"); "下肢残疾人" alone is whom a benefit
        # is for.
        *(f"{limb}肢残疾[（(]?{_GRADE}级[）)]?" for limb in ("双上", "双下", "上", "下")),
        rf"残疾(?:等级|类别)?[:：]?{_GRADE}级",
        # "言语三级残疾", "其子为肢体四级": type and grade, 残疾 after them or left out.
        *(f"{kind}[/／]?{_GRADE}级(?:残疾)?" for kind in _DISABILITY_TYPES),
        # "困境儿童 重残 张三": a child's severe disability (重度残疾), as a list's field.
        "重残(?!人员|儿童|人|补贴|护理|家庭)",
        r"患有?[\u4e00-\u9fff]{1,8}?(?:病|症|癌|瘤|炎|血压|梗塞|梗死|梗|瘫|障碍|损伤|衰竭)",
        # A 老年人能力评估's grade ("中度失能") is the condition whole.
        # (Not "失能等级：…": the label of the grade, which the grade follows.)
        "尿毒症|白血病|癌症|恶性肿瘤|精神分裂症|抑郁症|艾滋病|HIV阳性|瘫痪|偏瘫|截瘫|失能(?!等级|评估|程度)|半失能|智障|植物人"
        "|轻度失能|中度失能|重度失能",
        "脑瘫|脑梗塞|脑梗|脑溢血|肝硬化|先天性心脏病|重大疾病|慢性病|大病(?!保险|救助|医疗|补充)|重病|因病致贫"
        "|因残致贫|持证残疾人",
        # An appraised loss of the capacity to work, by its degree. Bare "丧失劳动能力" is a welfare form's
        # 劳动能力 status ("淋巴瘤，丧失劳动能力，月收入0元"), which says what the condition does, not
        # what it is: the condition beside it is the finding.
        *(f"{degree}丧失劳动能力" for degree in ("完全", "大部分", "部分")),
        "长期卧床|精神病|癫痫|聋哑|失明|截肢|独生子女伤残",
        # A work injury's grade ("鉴定申请人为伤残九级", "工伤八级伤残").
        f"工伤[{_TEN}]{{1,2}}级伤残",
        *(f"{n}[{_TEN}]?级伤残" for n in _TEN),
        f"伤残[{_TEN}]{{1,2}}级",
        # A person's infection in an epidemic notice (流调通报): "系新冠病毒无症状感染者",
        # "核酸检测结果阳性".
        *(f"{w}无症状感染者{_NOT_A_COUNT}" for w in ("新冠病毒", "新冠肺炎", "")),
        *(f"{w}确诊病例(?:[（(][^）)\n0-9]{{1,4}}[）)])?{_NOT_A_COUNT}" for w in ("新冠肺炎", "")),
        *(f"{test}(?:检测)?(?:结果)?(?:呈)?阳性" for test in ("核酸", "抗原")),
    )
)
# The branches that begin with a digit ("2级肢体残疾") make `re` try all the others at each digit of a
# list's IDs and phone numbers: a block without "1级"…"4级" is read without them (_HEALTH_BUT_DIGITS).
_DIGIT_GRADE = re.compile("级(?<=[1-4]级)")  # (found from its 级, rarer than a digit)
_HEALTH_BUT_DIGITS = re.compile(_HEALTH_WORDS)
_HEALTH = re.compile(
    "|".join((*(f"{grade}级(?:{'|'.join(_DISABILITY_WORDS)}){_DISABLED}" for grade in "1234"), _HEALTH_WORDS))
)
# Every branch opens with a plain character, which lets `re` skip to the next such character in C (it
# is searched on every line of a list): fifteen digits are written as one branch per first digit, and
# an age's 岁 is found before the digit behind it is checked.
_PERSON_CUE = re.compile(
    r"户主|本人|患者|其(?:妻|夫|子|女|父|母|丈夫|儿|孙)|该户|家庭成员|男|女|姓名|申请人|当事人|"
    + "|".join(f"{digit}[0-9]{{14}}" for digit in "0123456789")
    # A family table's row ("之孙  15岁"), a household's home ("某某户，家住…").
    + r"|投诉人|举报人"  # "投诉人反映其食用…后出现食物中毒症状": a consumer
    r"|之(?:子|女|孙|母|父|妻|夫|媳)|岁(?<=[0-9]岁)(?!以上|以下|及|至|[-－—~])|家住|家在"
    # A child's birth date ("被收养人：张三，女，2016年3月⏎9日出生，唇腭裂；").
    r"|出生(?<=[日月]出生)(?![的后前])"
)

# Patterns used inside the per-hit rules, compiled once rather than looked up in re's cache per call.
_CODE_CHAR = re.compile(r"[A-Za-z/\-]")
_LIST_TOKEN = re.compile(r"[^、，,；;。.\s　]+")
_WS_CELL = re.compile(r"[^\s　]+")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_OFFICE_END = re.compile(r"(?:局|委|办|院|所|厅|中心|政府|公司)$")
_NAME_SEP = re.compile(r"[、，,；; 　]")

# Kinds ranked for overlap resolution: a number that is an ID is never also a bank card.
_PRIORITY = {
    k: i
    for i, k in enumerate(
        ("id_card", "id_card_15", "bank_card", "mobile", "passport", "hk_macau_permit", "tw_permit",
         "landline", "email", "license_plate", "address", "name", "health")
    )
}  # fmt: skip


# A table row: its cells (start, end) and the header of each column, in order.
_Row = tuple[list[tuple[int, int]], list[str]]


# What parts a value from the label of an earlier cell.
_CELL_BREAK = re.compile(r"[，,；;\t。|｜　]|  ")
# A value written after a label, then a blank: the label is the value's, not the next number's.
_VALUE_GIVEN = re.compile(r"[0-9][ \t]")


@dataclass
class _Ctx:
    """The analysis state of one text: what the table pass learnt about rows and columns."""

    text: str
    config: PrivacyConfig
    rows: dict[int, _Row]
    found: list[tuple[int, int, int, str, int]]
    # Rows of tables without personal columns, split into cells only when a number needs its header.
    lazy_rows: dict[int, tuple[list[str], str]] = field(default_factory=dict)
    # config.public_role_labels as a tuple for str.startswith/endswith, built once per text.
    public_roles: tuple[str, ...] = ()
    # The date as YYYYMMDD: no birth date of an ID lies after it.
    today: str = ""
    # Whether the text is a web page's view (its tables' cells marked, not laid out by columns).
    html: bool = False
    # Starts of the names found, sorted: built once the name analysis is done, for _health.
    name_starts: list[int] | None = None
    # Spans of tables whose names are public by design (a 拟聘用 or 表彰 list): no name is kept there.
    public_tables: list[tuple[int, int]] = field(default_factory=list)
    # The blocks of lines of the number family (_blocks), for a rule that needs a run of digits.
    num_blocks: list[tuple[int, int]] = field(default_factory=list)
    # Starts of the addresses found, sorted: built once the address analysis is done, for _health.
    addr_starts: list[int] | None = None
    # The names found so far, as text, for _health: a later mention makes a line a person's.
    name_texts: frozenset[str] | None = None
    # _column_role by (header, public list): a table's header repeats on each of its pages.
    column_roles: dict[tuple[str, bool], str | None] = field(default_factory=dict)
    # _header_shape by a line's text, _table_roles by (line, public list), _continuation by (line, separator,
    # cut, last word): see _table and _header_continued.
    header_shapes: dict[str, _Shape] = field(default_factory=dict)
    header_roles: dict[tuple[str, bool], list[str | None] | None] = field(default_factory=dict)
    continuations: dict[tuple[str, str, bool, str], list[tuple[int, int]]] = field(default_factory=dict)
    # _sub_header's columns named by a header's second row, by the two rows' text.
    sub_headers: dict[tuple[str, tuple[str, ...]], list[tuple[int, str]]] = field(default_factory=dict)
    # Starts of the conditions of a listing field or column found without their 患 (_condition_items).
    listed: set[int] = field(default_factory=set)
    # config.published_lists, unless the text is a list of aid (_AID_WORDS, the "aid" family of the scan).
    published: bool = True

    def is_row(self, line_start: int) -> bool:
        return line_start in self.rows or line_start in self.lazy_rows

    def add(self, kind: str, start: int, end: int) -> None:
        if kind in self.config.kinds and end > start:
            # Stored as the sort key of _resolve: position, longest first, then rank.
            self.found.append((start, start - end, _PRIORITY[kind], kind, end))

    def cell_at(self, line_start: int, pos: int) -> tuple[int, int, str] | None:
        """The cell (start, end, header) of a table row that holds pos."""
        row = self.rows.get(line_start)
        if row is None:
            if line_start not in self.lazy_rows:
                return None
            headers, sep = self.lazy_rows.pop(line_start)
            row = (_split_cells(self.text, line_start, _line_end(self.text, line_start), sep), headers)
            self.rows[line_start] = row
        cells, headers = row
        # The cells lie in order and apart (their starts and ends increase, a blank cell's end lies
        # before its start): only the last that starts at or before pos may hold it.
        k = bisect.bisect_left(cells, (pos + 1,)) - 1
        if 0 <= k < len(headers) and pos <= cells[k][1]:
            return cells[k][0], cells[k][1], headers[k]
        return None

    def label_before(self, line_start: int, pos: int) -> str | None:
        """The nearest label in the 16 characters before pos, else the table column's header."""
        text = self.text
        # A negative label in an earlier cell ("家庭人口减少，6236…": 人口 is part of a value) is not
        # this number's; a positive one may be ("开户行及账号：某银行，6222…").
        # search, not finditer: most numbers have no label before them (a table's), and one search
        # costs less than setting up an iterator.
        last = last_positive = None
        m = _LABEL_RE.search(text, max(line_start, pos - 16), pos)
        while m is not None:
            label, end = m.group(), m.end()
            if label not in _NEGATIVE:
                last = last_positive = label
            elif _CELL_BREAK.search(text, end, pos) is None and not (
                # "资助金额（元）：300 13220823193": the amount's value came first, the number after is
                # the row's next cell.
                label in _AMOUNT_LABELS and _VALUE_GIVEN.search(text, end, pos)
            ):
                last = label
            m = _LABEL_RE.search(text, end, pos)
        if last in _NEGATIVE and _EITHER_LABEL.search(text, max(0, pos - 28), pos):
            # "身份证号码/统一社会信用代码：": a field for either; the number's own checksum tells which
            # (the label may be broken over lines: "身份证号码/统⏎一社会信用代码：").
            last = last_positive
        if last is None:
            cell = self.cell_at(line_start, pos)  # None outside a table
            return _header_label(cell[2]) if cell else None
        return last


@functools.lru_cache(maxsize=1024)
def _header_label(header: str) -> str | None:
    """The label a column's header gives its numbers (cached: each row of a table asks again)."""
    if header.endswith(_DATE_HEADER_ENDS):
        return None  # "原登记时间": a date's column gives a number that drifted into it no label
    labels = _LABEL_RE.findall(header)
    positive = [label for label in labels if label not in _NEGATIVE]
    if positive and len(positive) < len(labels):
        labels = positive
    return labels[-1] if labels else None


_DATE_HEADER_ENDS = ("时间", "日期", "年月", "年限")


# An ID label and a code label joined by "/" or "或" name one field that holds either.
_EITHER_LABEL = re.compile(
    r"(?:身份证|证件)(?:号码|号)?[/／或、]\n?(?:统\n?一\n?社\n?会\n?)?"
    r"(?:信用代码|机构代码|代码)[:：]?[ \t　]*$"
)


# --- engines -----------------------------------------------------------------------------------------
# A triggered line: (start, end, family bits); start/end are character offsets, end at its "\n".
Line = tuple[int, int, int]


def _lines_from(by_line: dict[int, int], newlines: list[int], size: int) -> list[Line]:
    """Spans of the lines whose index is a key of by_line, given the offsets of every "\n"."""
    last = len(newlines)
    return [
        (newlines[i - 1] + 1 if i else 0, newlines[i] if i < last else size, bits)
        for i, bits in sorted(by_line.items())
    ]


class _Engine:
    def triggered_lines(self, text: str) -> list[Line]:
        """Every line that holds a trigger, in order, with the bit set of its families."""
        raise NotImplementedError

    def full_width(self, text: str) -> bool:
        """Whether text holds a full-width digit, letter or "＠" (read as ASCII), or a box rule "│"."""
        return _HAS_FULL_WIDTH.search(text) is not None


class _ReEngine(_Engine):
    def __init__(self) -> None:
        # `re` skips ahead in C only to a character that can begin the pattern, which it knows for
        # an alternation of plain words but not once one alternative begins with a class ("[，,]住"):
        # each family's plain words make one pattern, each other pattern its own. A line holds a
        # match of the family if and only if it holds one of some part. (The words grouped by their
        # first character: at a candidate character `re` then tries one group, not every word.)
        self.families: list[tuple[int, re.Pattern[str]]] = []
        for name, pats in FAMILIES.items():
            words = [p for p in pats if re.escape(p) == p]
            parts = [_by_first_character(words)] if words else []
            parts += [p for p in pats if re.escape(p) != p]
            self.families += [(_FAMILY_BIT[name], re.compile(part)) for part in parts]

    def triggered_lines(self, text: str) -> list[Line]:
        newlines = [m.start() for m in _NEWLINE.finditer(text)]
        by_line: dict[int, int] = {}
        for bit, pattern in self.families:
            last_line = -1
            for m in pattern.finditer(text):
                i = bisect.bisect_left(newlines, m.start())
                if i != last_line:
                    last_line = i
                    by_line[i] = by_line.get(i, 0) | bit
        return _lines_from(by_line, newlines, len(text))


_NEWLINE = re.compile("\n")


# hyperscan reports every end offset, so "[0-9]{7}" fires once per digit beyond the sixth of each
# run (12 times per ID number). Anchoring the run's start reports it once and finds the same lines.
# A class before a one-byte literal (the spaced name's "[姓…][ 　]{1,3}") makes hyperscan run an
# automaton over every byte (a third of its scan of plain prose); the same matches written as a
# surname and its first space as literals, one expression per count of spaces, are found by its
# literal matcher.
_SPACED_FIRST = "|".join(re.escape(c) + space for c in _SURNAME_FIRSTS for space in " 　")
_HS_REWRITE: dict[str, tuple[str, ...]] = {
    r"[0-9]{7}": (r"(?:^|[^0-9])[0-9]{7}",),
    FAMILIES["spaced"][0]: tuple(
        f"(?:{_SPACED_FIRST}){more}[{_HAN_CLASS}]" for more in ("", "[ 　]", "[ 　][ 　]")
    ),
}


class _HyperscanEngine(_Engine):
    def __init__(self) -> None:
        import hyperscan

        # One expression per distinct pattern, with the bits of every family that lists it: a word
        # such as "姓名" that triggers two families is then reported once, not twice.
        by_pattern: dict[bytes, int] = {}
        for name, pats in FAMILIES.items():
            for p in pats:
                for expression in _HS_REWRITE.get(p, (p,)):
                    key = expression.encode("utf-8")
                    by_pattern[key] = by_pattern.get(key, 0) | _FAMILY_BIT[name]
        expressions = list(by_pattern)
        self.bits: list[int] = list(by_pattern.values())
        self.shift = max(1, len(expressions).bit_length())
        # The last text encoded and its bytes: full_width and triggered_lines read the same bytes.
        self._encoded: tuple[str, bytes] | None = None
        self.db = hyperscan.Database()
        self.db.compile(
            expressions=expressions,
            ids=list(range(len(expressions))),
            elements=len(expressions),
            flags=[hyperscan.HS_FLAG_UTF8] * len(expressions),
        )

    def _utf8(self, text: str) -> bytes:
        encoded = self._encoded  # (read once: another thread may replace it)
        if encoded is not None and encoded[0] is text:
            return encoded[1]
        data = text.encode("utf-8")
        self._encoded = (text, data)
        return data

    def full_width(self, text: str) -> bool:
        # On the bytes, whose search skips to each "\xef" in C; `re` on the text tests a class at
        # every character.
        data = self._utf8(text)
        # (The box rules "│┃" by a search of the text of their own, a fast one for a rare character: in
        # the pattern, it would no longer skip to each "\xef" in C.)
        return _FULL_WIDTH_UTF8.search(data) is not None or "│" in text or "┃" in text

    def triggered_lines(self, text: str) -> list[Line]:
        data = self._utf8(text)
        self._encoded = None
        # Each match as one int, its end offset above the expression's id: no tuple per match (PII-dense
        # text has one match every 25 bytes), and the sort compares ints.
        ends: list[int] = []
        append = ends.append
        shift, low = self.shift, (1 << self.shift) - 1

        def on_match(pid: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            append(to << shift | pid)

        self.db.scan(data, match_event_handler=on_match)
        if not ends:
            return []
        ends.sort()  # (hyperscan reports in order of end offset; the sort then costs one pass)
        # Line numbers from the byte offsets: the "\n"s counted from one matched line to the next (in
        # C, without listing every "\n" of the bytes); the same line numbers then give character
        # offsets without decoding anything.
        by_line: dict[int, int] = {}
        bits = self.bits
        count, find = data.count, data.find
        line, line_bits, counted = 0, 0, 0
        limit = -1  # the encoded value of the last possible match on the current line
        for value in ends:
            if value > limit:  # past the current line: look further on
                if line_bits:
                    by_line[line] = line_bits
                to = value >> shift
                line += count(b"\n", counted, to - 1)
                counted = to - 1
                line_end = find(b"\n", counted)
                if line_end < 0:
                    line_end = len(data)
                # (A "wrap" match ends with the line's "\n": one past line_end is still this line.)
                limit = (line_end + 1) << shift | low
                line_bits = 0
            line_bits |= bits[value & low]
        by_line[line] = line_bits
        newlines = [m.start() for m in _NEWLINE.finditer(text)]
        return _lines_from(by_line, newlines, len(text))


_ENGINES: dict[str, _Engine] = {}


def hyperscan_available() -> bool:
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


def get_engine(name: str = "auto") -> _Engine:
    if name == "auto":
        name = "hyperscan" if hyperscan_available() else "re"
    if name not in _ENGINES:
        if name == "hyperscan":
            _ENGINES[name] = _HyperscanEngine()
        elif name == "re":
            _ENGINES[name] = _ReEngine()
        else:
            raise ValueError(f"unknown engine {name!r}")
    return _ENGINES[name]


# --- the analysis ------------------------------------------------------------------------------------
# Full-width digits, letters and a few signs, mapped one character to one (offsets stay valid).
# A form drawn with box rules ("│通信地址│某县某镇某村3组│") reads as one drawn with "|": the rules
# of pipe tables and forms apply.
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c - 0xFEE0) in _ASCII_KEPT} | {
    ord("│"): ord("|"),
    ord("┃"): ord("|"),
}
_HAS_FULL_WIDTH = re.compile("[０-９Ａ-Ｚａ-ｚ＠│┃]")
# The same characters in UTF-8: "０-９＠Ａ-Ｚ" are EF BC 90-99, A0-BA; "ａ-ｚ" are EF BD 81-9A.
_FULL_WIDTH_UTF8 = re.compile(rb"\xef(?:\xbc[\x90-\x99\xa0-\xba]|\xbd[\x81-\x9a])")


def detect(text: str, config: PrivacyConfig | None = None) -> list[Hit]:
    """All findings in `text`, sorted by position, non-overlapping."""
    config = config or PrivacyConfig()
    html = _HTML_HINT.search(text) is not None
    view = _html_view(text) if html else text
    if "&nbsp;" in view:
        # A web page's blanks left as entities in its copied text ("1&nbsp;&nbsp;张三&nbsp;&nbsp;女"): read
        # as the blanks they stand for, the same length (a finding over one is dropped below).
        view = view.replace("&nbsp;", "      ")
    # "１３８…" is read as "138…"; the hits keep the original characters.
    engine = get_engine(config.engine)
    plain = view.translate(_FULL_WIDTH) if engine.full_width(view) else view
    if _double_spaced(plain):
        plain = _BLANK_RUNS.sub(_halve_blank_run, plain)
    lines = engine.triggered_lines(plain)
    layout = _layout_view(plain, lines) if any(bits & _LAYOUT_BITS for _, _, bits in lines) else None
    if layout is not None:
        packed, runs = layout
        found = _detect(packed, config, engine.triggered_lines(packed), html)
        hits = [_unpack(view, h, runs, config) for h in found]
    elif plain is not view:
        hits = [_restore_width(view, h) for h in _detect(plain, config, lines, html)]
    else:
        hits = _detect(view, config, lines, html)
    if view is not text:
        hits = [h for h in hits if text[h.start : h.end] == h.text]  # none may straddle a tag
    return hits


# Text copied out of some PDF viewers has a blank line after every line ("1\t唐晶\t女\n\n2\t符亚菊…"):
# a table's rows would each be a block of their own. Such text is read through a view of the same
# length in which each run of line breaks is halved, the rest becoming spaces at the end of the line
# above ("唐晶\t女 \n2\t符亚菊"; a paragraph's break, four line breaks, stays a blank line). Told by
# its counts alone (C speed): nearly every line break is one of a pair, and the lines are short, as a
# page's are (a text of long paragraphs parted by blank lines is left as it is).
_BLANK_RUNS = re.compile(r"\n{2,}")


def _double_spaced(text: str) -> bool:
    # (The head first: most text is not, and a page's worth says so without counting a whole file.)
    head = text[:4000]
    if len(text) > 4000 and 20 * head.count("\n\n") < 9 * head.count("\n"):
        return False
    breaks = text.count("\n")
    return breaks >= 12 and 20 * text.count("\n\n") >= 9 * breaks and len(text) <= 40 * breaks


def _halve_blank_run(m: re.Match[str]) -> str:
    n = len(m.group())
    return " " * (n // 2) + "\n" * (n - n // 2)


# HTML pasted as text (a 名单 copied from a web page): read through a view of the same length in
# which <tr> and block tags end lines, <td>/<th> separate cells by a tab, other tags, whitespace
# between tags and line breaks inside a table row are spaces, so the table rules see rows and
# offsets stay those of the original. Line breaks elsewhere stay: plain text around a stray tag
# keeps its lines.
_HTML_HINT = re.compile(r"<(?:td|th|tr|p|div|br|li|table)\b", re.I)
_HTML_TAG = re.compile(
    r"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|<[!?/]?([A-Za-z][A-Za-z0-9]*)[^>]*>",
    re.S | re.I,
)
_HTML_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody",
     "tfoot", "section", "article", "title", "blockquote", "pre", "dt", "dd", "hr", "caption"}
)  # fmt: skip
_LAYOUT_SPACE = str.maketrans("\n\r\t\f\v", "     ")


def _html_view(text: str) -> str:
    out: list[str] = []
    pos = 0
    cells = 0
    in_row = False
    # Whether the line being built holds text: a block that opens on a line of its own ("</p>\n<p>")
    # starts no second line, so paragraphs ("<p>户主</p>\n<p>身份证号码</p>", a table flattened one
    # cell a paragraph) lie on consecutive lines; an empty one ("<p></p>") still leaves a blank line.
    filled = False
    for m in _HTML_TAG.finditer(text):
        chunk = text[pos : m.start()]
        if in_row or chunk.isspace():
            out.append(chunk.translate(_LAYOUT_SPACE))
            filled = filled or not chunk.isspace()
        elif chunk:
            out.append(chunk)
            filled = not chunk[chunk.rfind("\n") + 1 :].isspace()
        pos = m.end()
        size = m.end() - m.start()
        name = (m.group(1) or "").lower()
        closing = m.group()[1] == "/"
        if name == "tr":
            # A row is one line: only its opening tag breaks the line (a "</tr>" line break would
            # leave an empty line between rows, which ends a table).
            cells, in_row = 0, not closing
            out.append((" " if closing else "\n") + " " * (size - 1))
            filled = filled and closing
        elif name in ("td", "th") and not closing:
            out.append(("\t" if cells else " ") + " " * (size - 1))
            cells += 1
        elif name in _HTML_BLOCKS and (not in_row or name == "table"):
            in_row = False
            if closing or filled or name in ("br", "hr"):
                out.append("\n" + " " * (size - 1))
                filled = False
            else:
                out.append(" " * size)
        else:
            out.append(" " * size)
    out.append(text[pos:])
    return "".join(out)


# Text extracted from a PDF keeps the page's layout: a name spaced out to a column's width ("姚 平 轩",
# "乌  日  娜"), the page's number and the site's running header between two rows of a table ("— 2 —",
# "第 3 页 共 5 页", "某某区人民政府信息公开"), "•" for the "·" of a transliterated name
# ("阿依古丽•买买提"), and a CSV export's quotes ('"1","张三","男"'). The rules read a view of the same
# length in which a spaced name is packed, its spaces moved after it ("姚平轩  "), page lines are
# joined to the line above as trailing spaces, "•" is "·" and the quotes are spaces; _unpack maps
# the hits back onto the original characters.
# (The same blank between each pair: "王　月 顾海志" is a spaced name, then the next cell.)
_SPACED_RUN = re.compile(rf"([ 　])(?<=[{_HAN}][ 　])([ 　]{{0,2}})[{_HAN}](?:\1\2[{_HAN}]){{0,2}}")
# A form's labels as some offices typeset them: two characters spaced to the width of four ("住　　址：",
# "性　　别："), read as "住址　　："; a label in lenticular brackets before its value ("【住址】某镇某村3组",
# "【被处罚人】张三"), read as " 住址：". Both keep the text's length. (Not any bracketed word: an SMS
# opens with its sender's, "【某局】张三，您好".)
# (Not the last two of three spaced characters, "联 系 人：", which the rules read as they stand.)
_SPACED_LABEL = re.compile(
    rf"(?:^|(?<=[ \t　]))(?<![{_HAN}][ 　])([{_HAN}])([ 　]{{1,4}})([{_HAN}])"
    # A label of three characters spaced to the width of five ("现　住　址：", "住　所　地："), read as
    # "现住址　　：" when it is a known label (_SPACED_LABEL_WORDS).
    rf"(?:([ 　]{{1,4}})([{_HAN}]))?(?=[ \t　]*[:：])",
    re.M,
)
# (Not "联 系 人：", read as it stands: whose contact it is, an office's or a person's, its own rules tell.)
_SPACED_LABEL_WORDS = frozenset(w for w in (*ADDRESS_LABELS, *NAME_LABELS) if len(w) == 3) - {"联系人"}
_BRACKET_LABEL = re.compile(
    rf"(?:^|(?<=[ \t　]))【((?=[^】\n]{{0,10}}?(?:{_BRACKET_LABEL_WORDS}))[^】【\n]{{1,12}})】"
    r"(?=[^ \t　\n】【])",
    re.M,
)
_PAGE_LINE = re.compile(
    r"\n[ \t　]*(?:[-—–－]+[ \t　]*[0-9]{1,3}[ \t　]*[-—–－]+|[0-9]{1,3}[ \t　]*[/／][ \t　]*[0-9]{1,3}"
    # (The site's running title may share the number's line: "某某县政府信息公开    第2页".)
    r"|(?:[^\n：:。，,]{2,30}?(?:信息公开|政务公开|门户网站)[ \t　]+)?"
    r"第[ \t　]*[0-9]{1,3}[ \t　]*页(?:[ \t　]*[，,/／]?[ \t　]*共[ \t　]*[0-9]{1,3}[ \t　]*页)?"
    # A bare number after a blank line, the next page's running title below it ("…⏎⏎1⏎某某花名册").
    r"|(?<=\n\n)[0-9]{1,3}(?=[ \t　]*\n[^\n]{2,40}(?:名册|名单|明细|公示|表)[ \t　]*\n))"
    r"[ \t　]*(?=\n|$)"
)
# A running header or footer next to a page's number: the site's name stamped on each page ("某某县人民
# 政府门户网站"), or the document's title.
_RUNNING_LINE = re.compile(r"[^\n：:。，,]{2,30}(?:信息公开|政务公开|门户网站)(?:网)?[ \t　]*")
# The next page's head below its number: the site's or the document's kind ("某某名单", "公示"), the
# title repeated with its year and batch and marked continued ("某某2024年第10批…核发名单（续）"), any
# title so marked ("信访事项办理台账（续）").
_RUNNING_HEAD = re.compile(
    rf"[ \t　]*[{_HAN}（）()]{{2,30}}(?:[0-9]{{1,4}}[{_HAN}（）()]{{1,30}}){{0,3}}"
    # ("对账表", "汇总表": a table's kind.)
    r"(?:(?:信息公开|政务公开|公开网|公示|名单|名册|明细|公告|通报|通知|清单|表)(?:[（(]续表?[）)])?"
    r"|[（(]续表?[）)])[ \t　]*"
)
# (The bullet first, the character before it behind: `re` then skips to each bullet in C, not testing a
# class at every character.)
# (A full-width full stop too, "库尔曼别克．艾力"; not a heading's numeral, "一．基本情况", "十二.其他".)
_DOTTED_BULLET = re.compile(
    rf"[•∙・‧.．](?<=[{_HAN}].)(?=[{_HAN}])"
    r"(?<![\n \t　][一二三四五六七八九十].)(?<![\n \t　][一二三四五六七八九十]{2}.)"
)
_QUOTED_ROW = re.compile(r'^[ \t]*"[^\n]*","[^\n]*$', re.M)
# The header of such rows, left unquoted ("序号,姓名,导游证号⏎"1","张三","D-…""): its commas become tabs too.
_BARE_HEADER = re.compile(r'^[^\n",]+(?:,[^\n",]+)+$(?=\n[ \t]*"[^\n]*",")', re.M)


def _csv_split(line: str) -> tuple[list[int], list[int]] | None:
    """The separating commas and the quotes of a CSV line ('"1",张三,"4116…"'), or None if it is none."""
    seps: list[int] = []
    quotes: list[int] = []
    i, n = 0, len(line)
    while True:
        # (A spreadsheet's text marker before the quote: ',\t"431230…",' keeps an ID from turning into
        # a number.)
        while i < n and line[i] in " \t" and line[i:].lstrip(" \t").startswith('"'):
            i += 1
        if i < n and line[i] == '"':
            close = line.find('"', i + 1)
            if close < 0 or (close + 1 < n and line[close + 1] != "," and not line[close + 1 :].isspace()):
                return None  # an unclosed quote, or text after a closing one: not a CSV cell
            quotes += (i, close)
            i = close + 1
            if i < n and line[i] != ",":
                return seps, quotes  # the line's last cell, blanks after it (a page's number moved there)
        else:
            comma = line.find(",", i)
            if '"' in line[i : comma if comma >= 0 else n]:
                return None
            i = comma if comma >= 0 else n
        if i >= n:
            return seps, quotes
        seps.append(i)
        i += 1


def _csv_tabs(view: str) -> str:
    """The view with each CSV table that quotes some cells ("1,张三,\"4116…\"", the header unquoted) read
    with tabs between its cells and spaces for its quotes; the text's length kept. A table is a run of
    lines with as many cells as its first, one of them with a quoted cell."""
    # A quoted cell that holds a line break ('1,"14村⏎10组",张三,…') makes one record of its lines.
    lines: list[str] = []
    rest = view.split("\n")
    k = 0
    while k < len(rest):
        line = rest[k]
        k += 1
        if line.count('"') % 2 and "," in line:
            for last in range(k, min(k + 2, len(rest))):
                if rest[last].count('"') % 2:
                    line = "\n".join(rest[k - 1 : last + 1])
                    k = last + 1
                    break
        lines.append(line)
    parsed = [_csv_split(line) if "," in line else None for line in lines]
    i = 0
    while i < len(lines):
        first = parsed[i]
        if first is None or not first[0]:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and parsed[j] is not None and len(parsed[j][0]) == len(first[0]):  # type: ignore[index]
            j += 1
        if j - i >= 2 and any(parsed[k][1] for k in range(i, j)):  # type: ignore[index]
            for k in range(i, j):
                seps, quotes = parsed[k]  # type: ignore[misc]
                chars = list(lines[k])
                for at in seps:
                    chars[at] = "\t"
                for at in quotes:
                    chars[at] = " "
                # (A line break inside a quoted cell is a blank of the cell's: the record one line.)
                lines[k] = "".join(chars).replace("\n", " ")
        i = j
    return "\n".join(lines)


# (start in the view, end of the run, original offsets of the packed characters)
_Run = tuple[int, int, tuple[int, ...]]


_GLUED_LABEL = re.compile(rf"[{_HAN}]{{2,7}}[:：]")


def _spaced_name(text: str, start: int, end: int, gap: int) -> bool:
    """Whether the spaced run text[start:end] is a name on its own, not part of a longer spaced line
    ("童  福  利  资  金" in a title) or a table row's one-character cells ("男  女")."""
    chars = text[start : end : gap + 1]
    if any(c in "男女" for c in chars) or (_surname_len(chars) == 0 and chars[0] not in WEAK_SURNAMES):
        return False
    before = text[max(0, start - gap - 1) : start]
    after = text[end : end + gap + 1]
    if after[:1] in _ASCII_KEPT and after[:1]:
        return False  # "面包车 豫P·W5233": a word before a plate or a number, not a name
    glued = (start > 0 and _HAN_CHAR.match(text, start - 1) is not None) + (
        _HAN_CHAR.match(text, end) is not None
    )
    if (
        len(chars) == 2
        and (glued == 2 or (glued and gap > 1))
        # A name's label glued to it is no word's end: "经营者刘  红，身份证号…".
        and not (glued == 1 and text.endswith(NAME_LABELS, max(0, start - 6), start))
    ):
        # "杨梅  性别", "纳爱华  徐丽德", "一年级（6）班  消瘦": the ends of two words or cells, not a
        # spaced name ("房东呼 和（…", "承租人：杜  梅").
        return False
    # The run goes on with another spaced character on either side: a spaced line. A word after the
    # same spaces is the next field ("乌  日  娜  电话：…").
    left, right = start - gap - 1, end + gap
    return not (
        (
            len(before) == gap + 1
            and not before[1:].strip(" 　")
            and _HAN_CHAR.match(before)
            and not (left > 0 and _HAN_CHAR.match(text, left - 1))
            and not (left > 0 and text[left - 1].isdigit())  # "…418号  孙  龙  鑫": a number's cell
        )
        or (
            len(after) == gap + 1
            and not after[:-1].strip(" 　")
            and _HAN_CHAR.match(after, gap)
            and not _HAN_CHAR.match(text, right + 1)
            and after[gap] not in "男女"  # "魏 凤 霞 女": the next cell, the sex
        )
    )


def _layout_view(text: str, lines: list[Line]) -> tuple[str, list[_Run]] | None:
    runs: list[_Run] = []
    out: list[str] = []
    pos = 0
    spaced_bit = _FAMILY_BIT["spaced"]
    for ls, le, bits in lines:
        if not bits & spaced_bit:
            continue
        for m in _SPACED_RUN.finditer(text, ls, le):
            gap = len(m.group(2)) + 1
            start, end = m.start() - 1, m.end()
            if start > 0 and text[start - 1].isdigit() and end - start >= 3 + 2 * gap:
                start += gap + 1  # "…〕418号  孙  龙  鑫": the end of a number's cell, then the name
            if (end - start == 4 + 3 * gap and _HAN_CHAR.match(text, end)) or (
                end - start == 3 + 2 * gap and _GLUED_LABEL.match(text, end - 1)
            ):
                # "乌  日  娜  电话：…", "夏　龙　调查人员签字：…": the last character begins the next
                # field's label, not a name's.
                end -= gap + 1
            elif text[end - 1] in "男女" and end - start >= 3 + 2 * gap:
                end -= gap + 1  # "1 魏 凤 霞 女 4414…": the sex's cell after the name, as spaced
            if start < pos or not _spaced_name(text, start, end, gap):
                continue
            positions = tuple(range(start, end, gap + 1))
            out.append(text[pos:start])
            packed = "".join(text[i] for i in positions)
            out.append(packed + " " * (end - start - len(packed)))
            runs.append((start, start + len(packed), positions))
            pos = end
    view = "".join(out) + text[pos:] if runs else text
    if any(bits & _FAMILY_BIT["layout"] for _, _, bits in lines):
        pages = _PAGE_LINE.search(view)
        if pages is not None:
            view = _join_page_lines(view, pages.start())
        if "•" in view or "・" in view or "∙" in view or "‧" in view or "." in view or "．" in view:
            view = _DOTTED_BULLET.sub("·", view)
        if ',"' in view or '",' in view:
            # A CSV table with quoted cells: the quotes become spaces and the commas between cells tabs,
            # so that a quoted amount's commas ("1,059,823") part no cells.
            view = _csv_tabs(view)
            if '","' in view:
                # A quoted row a PDF's width broke in two ('"张三","2年级",⏎"1769…"'), outside any table
                # of like rows: each line read alone, its header (unquoted, right above) too.
                view = _BARE_HEADER.sub(lambda q: q.group().replace(",", "\t"), view)
                view = _QUOTED_ROW.sub(lambda q: q.group().replace('","', " \t ").replace('"', " "), view)
        view = _form_labels(view, lines)
    return None if view is text else (view, runs)


def _form_labels(view: str, lines: list[Line]) -> str:
    """The view with its spaced and bracketed labels read plainly (_SPACED_LABEL, _BRACKET_LABEL), on the
    lines that the scan marked only: a pattern that may begin anywhere costs too much on a whole text."""
    layout_bit = _FAMILY_BIT["layout"]
    edits: list[tuple[int, str]] = []
    for ls, le, bits in lines:
        if bits & layout_bit:
            edits += ((b.start(), f" {b.group(1)}：") for b in _BRACKET_LABEL.finditer(view, ls, le))
            for b in _SPACED_LABEL.finditer(view, ls, le):
                if b.group(5) is None:
                    edits.append((b.start(), b.group(1) + b.group(3) + b.group(2)))
                elif b.group(1) + b.group(3) + b.group(5) in _SPACED_LABEL_WORDS:
                    edits.append((b.start(), b.group(1) + b.group(3) + b.group(5) + b.group(2) + b.group(4)))
    if not edits:
        return view
    out: list[str] = []
    pos = 0
    for at, new in sorted(edits):
        if at >= pos:
            out += (view[pos:at], new)
            pos = at + len(new)
    return "".join(out) + view[pos:]


def _join_page_lines(text: str, first: int) -> str:
    """The text with each page-number line, and a running line beside it, turned into spaces at the
    end of the line above: a table's rows on either side of a page break stay one table."""
    chars = list(text)
    for m in _PAGE_LINE.finditer(text, first):
        lo, hi = m.start(), m.end()
        # The running header or footer just above or below the number.
        prev_ls = text.rfind("\n", 0, lo) + 1
        if prev_ls > 0 and _running_line(text, prev_ls, lo):
            lo = prev_ls - 1
        # (A blank line may part the page's last row from the number: joined too, the rows on either
        # side of the break are not parted by a blank line.)
        while lo > 0 and not text[text.rfind("\n", 0, lo) + 1 : lo].strip(" \t　"):
            lo = text.rfind("\n", 0, lo)
            if lo < 0:
                lo = 0
                break
        if hi < len(text):
            next_ls = hi + 1
            # (A blank line may part the number from the next page's head.)
            while next_ls < len(text) and not text[next_ls : _line_end(text, next_ls)].strip(" \t　"):
                next_ls = _line_end(text, next_ls) + 1
            next_le = _line_end(text, next_ls)
            # Below the number, the next page's head may be the document's kind ("某某名单", "公示"), or
            # two lines of it (the site's running header, then the title repeated).
            for _ in range(2):
                if next_ls < len(text) and (
                    _running_line(text, next_ls, next_le) or _RUNNING_HEAD.fullmatch(text, next_ls, next_le)
                ):
                    hi = next_le
                    next_ls = next_le + 1
                    next_le = _line_end(text, next_ls)
                else:
                    break
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _running_line(text: str, ls: int, le: int) -> bool:
    line = text[ls:le].strip()
    if not line or len(line) > 30 or "：" in line:
        return False
    if _RUNNING_LINE.fullmatch(line):
        return True
    # The document's title repeated at the head of each page (a cell's value, "某某村", repeats too).
    # Not a row's serial number ("2") that the title's year happens to hold.
    head = _lines_ahead(text, _TITLE_LINES)
    return ls > head and _HAN_CHAR.search(line) is not None and text.find(line, 0, head) >= 0


def _run_start(run: _Run) -> int:
    return run[0]


def _unpack(original: str, hit: Hit, runs: list[_Run], config: PrivacyConfig) -> Hit:
    """A hit on the layout view, on the original characters (a packed name covers its spaces)."""
    start, end = hit.start, hit.end
    i = bisect.bisect_right(runs, end - 1, key=_run_start) - 1
    moved = False
    while i >= 0 and runs[i][0] < end:
        a, b, positions = runs[i]
        if a <= end - 1 < b:
            end, moved = positions[end - 1 - a] + 1, True
        if a <= start < b:
            start, moved = positions[start - a], True
        if runs[i][1] <= hit.start:
            break
        i -= 1
    source = original[start:end]
    if not moved and source == hit.text:
        return hit
    if not moved:
        return _restore_width(original, hit)
    return Hit(hit.kind, start, end, source, mask_value(hit.kind, source, config), hit.page)


def _restore_width(original: str, hit: Hit) -> Hit:
    source = original[hit.start : hit.end]
    masked = hit.masked
    if len(masked) == len(source):
        masked = "".join(o if m == p else m for o, m, p in zip(source, masked, hit.text, strict=True))
    return Hit(hit.kind, hit.start, hit.end, source, masked, hit.page)


def _detect(text: str, config: PrivacyConfig, lines: list[Line], html: bool = False) -> list[Hit]:
    ctx = _Ctx(
        text=text,
        config=config,
        rows={},
        found=[],
        public_roles=tuple(config.public_role_labels),
        today=dt.date.today().strftime("%Y%m%d"),
        html=html,
    )
    aid_bit = _FAMILY_BIT["aid"]
    ctx.published = config.published_lists and not any(bits & aid_bit for _, _, bits in lines)
    table_bit, list_bit = _FAMILY_BIT["table"] | _FAMILY_BIT["header"], _FAMILY_BIT["list"]
    present = 0  # the families found anywhere in the text
    for start, end, bits in lines:
        present |= bits
        if bits & table_bit and not ctx.is_row(start) and end - start <= 300:
            line = text[start:end]
            # A header row is short and has no "label：value" pairs or sentences.
            if "：" not in line and "。" not in line:
                _table(ctx, start, end)
    for start, _end, bits in lines:
        if bits & list_bit:
            _name_list(ctx, start)
    # Each analyser runs once per block of consecutive triggered lines, not once per line: on text
    # with personal data on every line the per-call cost would dominate. No analysed pattern
    # matches across a "\n", so the results are those of a line-by-line run.
    if "name" in config.kinds:
        _addressee_after_number(ctx)
        if present & _FAMILY_BIT["households"]:
            _households_among(ctx)
        _wrapped_labels(ctx, lines)
        if present & _FAMILY_BIT["proxy"]:
            _proxies(ctx, _blocks(lines, _FAMILY_BIT["proxy"]))
        _welfare_prose(ctx, _blocks(lines, _FAMILY_BIT["welfare"]), (present & _FAMILY_BIT["spoken_to"]) != 0)
    num_bit = _FAMILY_BIT["num"]
    ctx.num_blocks = _blocks(lines, num_bit) if present & num_bit else []
    for bit, analyse in _ANALYSERS:
        if not present & bit:
            continue  # a family no line has (prose has no number, mail or plate): no pass over the lines
        for block_start, block_end in ctx.num_blocks if bit == num_bit else _blocks(lines, bit):
            analyse(ctx, block_start, block_end)
    if "name" in config.kinds:
        _name_guesses(
            ctx,
            _blocks(lines, _FAMILY_BIT["seated"]) if present & _FAMILY_BIT["seated"] else [],
            _blocks(lines, _FAMILY_BIT["sexcell"]) if present & _FAMILY_BIT["sexcell"] else [],
            _blocks(lines, _FAMILY_BIT["listed"] | _FAMILY_BIT["aged"])
            if present & (_FAMILY_BIT["listed"] | _FAMILY_BIT["aged"])
            else [],
        )
    if ctx.public_tables:
        _drop_public_names(ctx)
    head_end = _lines_ahead(text, 5)
    published = ctx.published
    if published and _HONOUR_TITLE.search(text, 0, head_end) and text.find("不予", 0, head_end) < 0:
        # A document that confers an honour or an appointment names its people by design (the honour
        # is the public act); their numbers and addresses stay personal. Not the people of a later
        # part that removes or reproves ("二、拟解聘人员", "二、批评。"): no honour is conferred there.
        revoked = _REVOKED_PART.search(text)
        limit = revoked.start() if revoked else len(text)
        ctx.found = [f for f in ctx.found if f[3] != "name" or f[0] >= limit]
    if published and _BY_LAW_TITLE.search(text, 0, head_end):
        _drop_prisoners(ctx)
    if published and present & _FAMILY_BIT["commended"]:
        _drop_commended(ctx)
    if "name" in config.kinds:
        if present & _FAMILY_BIT["table"]:
            _centred_rows(ctx)
        _repeated_names(ctx)
        _short_table_names_again(ctx)
        if present & _FAMILY_BIT["agent"]:
            _drop_professional_agents(ctx)
        committee = _COMMITTEE_TITLE.search(text, 0, _line_end(text, 0)) is not None
        if (present & _FAMILY_BIT["official"] or committee) and any(f[3] == "name" for f in ctx.found):
            _drop_officials(ctx, _blocks(lines, _FAMILY_BIT["official"]), committee)
    if any(f[3] == "landline" for f in ctx.found):
        _keep_personal_landlines(ctx)
    if "health" in config.kinds:
        _conditions_after_names(ctx)
    _health_after_names(ctx)
    _join_health_notes(ctx)
    if any(f[3] == "address" and text.startswith(_COMMERCIAL, f[4]) for f in ctx.found):
        # "某路11号门面", "某小区6栋商铺122": a shop or a stall, not a home.
        ctx.found = [f for f in ctx.found if f[3] != "address" or not text.startswith(_COMMERCIAL, f[4])]
    return _resolve(ctx)


_COMMERCIAL = ("门面", "商铺", "摊位", "门市", "铺面", "厂房", "仓库", "车库", "写字楼", "办公楼")


def _blocks(lines: list[Line], bit: int) -> list[tuple[int, int]]:
    """Spans of the runs of consecutive lines that have a family of bit."""
    blocks: list[tuple[int, int]] = []
    block_start, block_end = -1, -2
    for start, end, bits in lines:
        if bits & bit:
            if start == block_end + 1:
                block_end = end
                continue
            if block_start >= 0:
                blocks.append((block_start, block_end))
            block_start, block_end = start, end
    if block_start >= 0:
        blocks.append((block_start, block_end))
    return blocks


def _join_health_notes(ctx: _Ctx) -> None:
    """A condition and the note in brackets after it are one finding: "多重残疾（肢体二级）",
    "重病（脑性瘫痪）", "重残（智力残疾（二级））", not the condition and the note's own condition."""
    text = ctx.text
    health = sorted(f for f in ctx.found if f[3] == "health")
    if len(health) < 2:
        return
    # A listing field's condition found without its 患 ("患骨质疏松症，言语残疾一级") is found with it as
    # well, from the cue: the item, the condition alone, is the finding.
    listed = ctx.listed
    doubles = {f for f in health if text[f[0]] == "患" and (f[0] + 1 in listed or f[0] + 2 in listed)}
    if doubles:
        ctx.found = [f for f in ctx.found if f not in doubles]
        health = [f for f in health if f not in doubles]
    joined: list[tuple[int, int, int, str, int]] = []
    dropped: set[tuple[int, int, int, str, int]] = set()
    i = 0
    while i < len(health):
        f = health[i]
        j = i + 1
        close = _bracket_end(text, f[4]) if text[f[4] : f[4] + 1] in "（(" else 0
        if close:
            end = close
            while j < len(health) and health[j][0] < close:
                end = max(end, health[j][4])
                dropped.add(health[j])
                j += 1
            if j > i + 1:
                dropped.add(f)
                joined.append((f[0], f[0] - end, f[2], "health", end))
        i = j
    if joined:
        ctx.found = [f for f in ctx.found if f not in dropped] + joined


def _bracket_end(text: str, pos: int) -> int:
    """The end of the bracketed note opening at pos ("（肢体残疾（二级））"), within 24 characters of
    one line, or 0."""
    depth = 0
    for k in range(pos, min(len(text), pos + 24)):
        c = text[k]
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
            if depth == 0:
                return k + 1
        elif c == "\n":
            return 0
    return 0


# A disability in brackets right after a person's name ("一、李福友（肢体一级残疾）申请…"), whichever
# rule found the name, and whether or not it was found before the health rules ran.
_BRACKETED_DISABILITY = re.compile(
    rf"[（(]((?:{'|'.join(_DISABILITY_TYPES)})(?:残疾)?{_GRADE}级(?:残疾)?"
    rf"|{_GRADE}级(?:{'|'.join(_DISABILITY_TYPES)})残疾)[）)]"
)


def _conditions_after_names(ctx: _Ctx) -> None:
    text = ctx.text
    for f in [f for f in ctx.found if f[3] == "name"]:
        if text.startswith(("（", "("), f[4]):
            m = _BRACKETED_DISABILITY.match(text, f[4])
            if m is not None:
                ctx.add("health", m.start(1), m.end(1))


def _health_after_names(ctx: _Ctx) -> None:
    """A condition read back over a person's name ("致路人张三左小腿咬伤") starts after the name: the
    name is its own finding, masked, and the condition is flagged for review."""
    names = sorted((f[0], f[4]) for f in ctx.found if f[3] == "name")
    if not names:
        return
    starts = [s for s, _ in names]
    changed = False
    found = []
    for f in ctx.found:
        if f[3] == "health":
            # (A name at the condition's very start counts: "配偶李四2型糖尿病" read back from its cue.)
            i = bisect.bisect_left(starts, f[0])
            # The last name that starts inside the condition and ends before its end.
            j = bisect.bisect_left(starts, f[4]) - 1
            if j >= i and names[j][1] < f[4] - 1:
                start = names[j][1]
                found.append((start, start - f[4], f[2], "health", f[4]))
                changed = True
                continue
        found.append(f)
    if changed:
        ctx.found = found


# The title of a document whose names are public by design: 见义勇为 confirmations, commendations,
# appointments and recruitment results (read from its first lines). Not a refusal ("不予确认见义勇为
# 决定书"): it confers nothing, and its applicant is a private person.
_HONOUR_TITLE = re.compile(
    "见义勇为|表彰|嘉奖|通报表扬|荣誉称号|先进个人|拟录用|拟聘用|任免|任职前公示"
    # People chosen for a public office: 人民陪审员 选任 and 抽选, 人民调解员 聘任.
    "|陪审员|调解员聘任|聘任[^\n]{0,12}调解员|委员会组成人员"
)


# A prison's 公示 of the prisoners it proposes for 减刑, 假释 or 暂予监外执行: their names are published as
# the rules require (最高人民法院《关于减刑、假释案件审理程序的规定》, 《暂予监外执行规定》: articles not
# checked here, hence a policy, PrivacyConfig.published_lists, not a constant);
# the guarantor who signs for one (保证人) is a private person, and so are their numbers and home.
_BY_LAW_TITLE = re.compile(r"(?:减刑|假释)[^\n。]{0,16}公示|暂予监外执行[^\n。]{0,8}公示")
_SIGNS_FOR = re.compile("保证人|担保人|监护人|家属|亲属|近亲属")


def _drop_prisoners(ctx: _Ctx) -> None:
    """Forget the names of a 减刑/假释/暂予监外执行 公示 (_BY_LAW_TITLE), but a guarantor's."""
    text = ctx.text
    kept = []
    for f in ctx.found:
        # (The label may stand on the line above: "保证人⏎巫　坤（系罪犯之姐姐）".)
        if f[3] == "name" and not _SIGNS_FOR.search(text, max(0, f[0] - 12), f[0]):
            continue
        kept.append(f)
    ctx.found = kept


def _drop_commended(ctx: _Ctx) -> None:
    """Names on a line that commends them ("一、表扬。某村护林员张三、李四等同志巡护到位，…予以通报表扬。"):
    published by design, as a commendation's whole document is (_HONOUR_TITLE)."""
    text = ctx.text
    praised: dict[int, bool] = {}
    kept = []
    for f in ctx.found:
        if f[3] == "name":
            ls = text.rfind("\n", 0, f[0]) + 1
            if ls not in praised:
                praised[ls] = _PRAISE.search(text, ls, _line_end(text, ls)) is not None
            if praised[ls]:
                continue
        kept.append(f)
    ctx.found = kept


_PRAISE = re.compile(
    "予以(?:通报)?表扬|予以表彰|通报表扬|受到表彰|^[ \t　]*[一二三四五六七八九十]、表扬", re.M
)


# A part's heading about people removed or reproved, on a line of its own (after a number, at most).
_REVOKED_PART = re.compile(
    r"\n[ \t　]*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）]|[0-9]{1,2}[.、．])?"
    r"[ \t　]*(?:拟解聘|解聘|批评|取消|清退|辞退|除名|撤销|不予)[^\n。]{0,12}(?:\n|。|：|:)"
)


def _lines_ahead(text: str, n: int) -> int:
    """The end of the first n lines of text."""
    end = -1
    for _ in range(n):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


# What makes a landline a person's: a household's own line ("家庭电话", "座机", "固话"), or a line about a
# person. Citizens give mobiles; a landline in a notice is nearly always an office's ("如有疑问请致电
# 0953-…", "联系人：王科长  联系电话：…", the foot of a 公示), and those are public (条例第十二条).
_HOME_PHONE = re.compile(r"家庭|住宅|宅电|座机|固话|固定电话|本人")
_FORM_PHONE_FIELD = re.compile(r"[ \t　]*(?:联系方式|联系电话|电话|电话号码)[:：][ \t　]*$")
_PERSONAL_KINDS = frozenset({"name", "address", "id_card", "id_card_15", "bank_card", "health"})


_SIGN_OFF = re.compile(r"(?:核对人|复核人|审核人|审批人|经办人|承办人|制表人|填表人|填报人|调查人)[：:]")
# What follows an office's number, never a household's: its hours ("0797-3571318（办公时间）", "（工作日）"),
# another public line to call instead ("，或拨打12345政务服务便民热线").
_OFFICE_NUMBER_NOTE = re.compile(
    r"[ \t　]*(?:[（(](?:工作日|工作时间|办公时间|上班时间|周一至周五)|[，,；;]?[ \t　]*或(?:拨打|致电))"
)
# A line about a person by a role or a sex mark, before the number: "房东：张三  电话：0479-…",
# "监护人电话：…", "5．张三，男，…，祖母，（0834）…" (a name there may be spaced out or rare).
# (A hotline's caller, named or not: "诉求人：尤先生    联系电话：0468…".)
_PERSON_ROLE = re.compile(r"房东|房主|监护人|户主|承租人|诉求人[：:]|来电人[：:]|[，,（( ][男女][，,）) ]")


# A prose line broken by a hard wrap: it holds a sentence's punctuation and runs on without any at its end
# ("如有异议，请向某局反映，联系⏎电话：…").
_WRAPPED_PROSE = re.compile(rf"[^\n]*[，,。；;][^\n]*[{_HAN}][ \t　]*")


def _wrapped_prose(text: str, ls: int) -> bool:
    """Whether the line above ls is prose that a hard wrap broke at its end (_WRAPPED_PROSE)."""
    return _WRAPPED_PROSE.fullmatch(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1) is not None


def _value_line(text: str, ls: int, end: int) -> bool:
    """Whether the number is all its line holds: a cell of a form or a table written one cell a line."""
    return not text[end : _line_end(text, end)].strip()


# A form written one cell a line puts the label on the line above ("固定电话⏎(0972)3542445"); a
# table written so puts the number a row or two below the person's name ("袁某某⏎儿子⏎（0972）…").
_CELL_LABEL = re.compile(
    r"[ \t　]*(?:联系方式|联系电话|电话|电话号码|家庭电话|住宅电话|宅电|座机|固话|固定电话)[ \t　]*$"
)


# A household's phone label that ends the line above, its value wrapped below by a PDF's line width
# ("联系电话：+86 195…　家庭电话：⏎05587667104").
_HOME_LABEL_END = re.compile(r"(?:家庭电话|住宅电话|宅电|座机|固话|固定电话)[:：]?[ \t　]*$")


def _own_cell(text: str, ls: int, person_above: Callable[[int], bool]) -> bool:
    prev = text.rfind("\n", 0, ls - 1) + 1
    if _HOME_PHONE.search(text, prev, ls - 1) and (
        _CELL_LABEL.match(text, prev, ls - 1) or _HOME_LABEL_END.search(text, prev, ls - 1)
    ):
        return True
    # Cells one a line hold no "label：value" pair: a number below "联系人：…（信贷部）  联系电话：" (a
    # page's footer between) ends a prose line, which the rules above judge.
    above = _lines_back(text, ls, 3)
    return ":" not in text[above:ls] and "：" not in text[above:ls] and person_above(ls)


# A footer's or an office's number, not a note in a person's row.
_NOT_ROW_NOTE = re.compile("。|监督|咨询|办公|举报|服务|投诉|热线")


def _person_in_cells_above(text: str, ls: int, about_a_person: Callable[[int], bool]) -> bool:
    """Whether one of the cells above, up to the row's blank line (eight at most), is about a person."""
    for _ in range(8):
        if ls == 0:
            return False
        ls = text.rfind("\n", 0, ls - 1) + 1
        if not text[ls : _line_end(text, ls)].strip():
            return False
        if about_a_person(ls):
            return True
    return False


_BODY_END = "(?:敬老院|福利院|养老院|中心|医院|卫生院|卫生室|公司|局|政府|委员会|学校|幼儿园|服务站|派出所)"
# A body's name in the cell right before a number: the number is the body's.
_BODY_CELL_BEFORE = re.compile(
    # (The whole cell a body's name: not a sentence that ends with one, "…转诊至某肿瘤防治中心".)
    rf"(?:^|(?<=[\t|｜\"])|(?<=  )|(?<=　))[ \t　“]*[{_HAN}（）()]{{0,30}}{_BODY_END}"
    r"(?:[\"”]?[ \t　]*(?:[\t|｜][ \t　]*|\",\"|[ 　]{2,}))?$"
    # A body's contact, the number after: "单位联系人：张三  联系电话：…", "分娩机构：某医院；联系人：李四".
    r"|单位联系人|(?:机构|单位)[：:][^\n；;]{2,30}[；;][ \t　]*联系人"
)

_BODY_CELL = re.compile(rf"[ \t　]*[{_HAN}（）()]{{0,30}}{_BODY_END}[ \t　]*")


def _keep_personal_landlines(ctx: _Ctx) -> None:
    text = ctx.text
    # Starts of the personal findings, sorted: a line holds one if the first start at or after the
    # line's start lies before its end.
    starts = sorted(f[0] for f in ctx.found if f[3] in _PERSONAL_KINDS)
    last = len(starts)

    def about_a_person(ls: int) -> bool:
        i = bisect.bisect_left(starts, ls)
        return i < last and starts[i] < _line_end(text, ls)

    def person_above(ls: int) -> bool:
        """Whether one of the three lines above, up to a blank line, is about a person."""
        for _ in range(3):
            if ls == 0:
                return False
            prev = text.rfind("\n", 0, ls - 1) + 1
            if not text[prev : ls - 1].strip():
                return False  # a blank line ends the form
            if _SIGN_OFF.search(text, prev, ls - 1):
                return False  # "核对人：…  复核人：…⏎联系电话：…": the office's sign-off and number
            if text[prev : ls - 1].rstrip(" \t　").endswith("。"):
                return False  # "…等方式反映问题。⏎联系电话：…": a notice's foot below the table
            if about_a_person(prev):
                return True
            ls = prev
        return False

    dropped: set[tuple[int, int, int, str, int]] = set()
    for f in ctx.found:
        if f[3] != "landline":
            continue
        ls = text.rfind("\n", 0, f[0]) + 1
        # The label's end, before a cell's padding ("固定电话     \t   0851-…" in a form's HTML).
        label_end = f[0]
        while label_end > ls and text[label_end - 1] in " \t　":
            label_end -= 1
        if _OFFICE_NUMBER_NOTE.match(text, f[4]):
            dropped.add(f)
            continue
        if _BODY_CELL_BEFORE.search(text, max(ls, label_end - 60), label_end) or (
            # The same, one cell a line ("某敬老院⏎0898-81131184").
            label_end == ls and ls > 0 and _BODY_CELL.fullmatch(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1)
        ):
            # "集中（某敬老院）	某敬老院	0898-81131184": a carer's column holding the home that cares, its
            # number the home's.
            dropped.add(f)
            continue
        if (
            about_a_person(ls)
            or _HOME_PHONE.search(text, max(ls, label_end - 12), label_end)
            # A role in the number's own sentence: not "请该儿童的生父母或其他监护人…认领。…依法安置。
            # 联系电话：0998-…" (whom the notice addresses, then the office's number).
            or _PERSON_ROLE.search(text, max(ls, text.rfind("。", ls, f[0]) + 1), f[0])
        ):
            continue
        # A form's later field ("住址：…⏎工作单位：…⏎联系电话：0953-…") is about the same person. A label
        # hard-wrapped in prose ("…，患者诊断为…，联系⏎电话：（0739）…") is its sentence's, above: not a
        # notice's foot ("…向某局反映。监督⏎电话：0998-…").
        if ls > 0 and _FORM_PHONE_FIELD.match(text, ls, f[0]):
            if _wrapped_prose(text, ls):
                if about_a_person(text.rfind("\n", 0, ls - 1) + 1):
                    continue
            elif person_above(ls):
                continue
        if label_end == ls and ls > 0 and _value_line(text, ls, f[4]) and _own_cell(text, ls, person_above):
            continue
        row = ctx.rows.get(ls)
        if (
            row is not None
            and len(row[0]) == 1
            and not _NOT_ROW_NOTE.search(text, ls, _line_end(text, ls))
            and _person_in_cells_above(text, ls, about_a_person)
        ):
            continue  # a note in a person's row of a table one cell a line ("外出，联系电话0312-…")
        dropped.add(f)
    if dropped:
        ctx.found = [f for f in ctx.found if f not in dropped]


# How far after a name found in context its later bare mentions ("张三对上述事实无异议") are looked
# for: about a document's length, not a whole file of many documents.
_MENTION_WINDOW = 3000
# Earlier bare mentions too, as far: a meeting's attendee list names the people its signatures at the
# end name again.
_MENTION_BEFORE = 3000


def _repeated_names(ctx: _Ctx) -> None:
    """Later mentions of a name found in context, in the same document, are the same person's."""
    text = ctx.text
    size = len(text)
    rows, lazy_rows = ctx.rows, ctx.lazy_rows  # (ctx.is_row, inline: it runs for every name)
    names = sorted((f[0], f[4]) for f in ctx.found if f[3] == "name")
    searched: dict[str, int] = {}
    row_names: set[str] = set()
    for start, end in names:
        name = text[start:end]
        ls = text.rfind("\n", 0, start) + 1
        if ls in rows or ls in lazy_rows:
            # A table's names are its rows'; looking for each again costs more than it finds, but
            # for the lines that open with one of them (_LINE_SUBJECT) and for the row's own summary
            # of what it paid the person for ("记-006,支付张三值守误工费19天,张三,1507…").
            row_names.add(name)
            le = text.find("\n", end)
            le = size if le < 0 else le
            # (A table one cell a line: the summary is the row's line above the payee's.)
            lo = ls
            if ls > 0 and len(rows.get(ls, ((), ()))[0]) == 1:
                above = text.rfind("\n", 0, ls - 1) + 1
                if above in rows:
                    lo = above
            at = text.find(name, lo, le)
            while at >= 0:
                if at != start and text.endswith(_PAID_FOR, max(lo, at - 4), at):
                    ctx.add("name", at, at + len(name))
                at = text.find(name, at + len(name), le)
            continue
        if name in _KIN:
            continue  # "母亲" taken for a name in a garbled row is no reason to mark every 母亲
        # Earlier mentions too ("…，张三的个人隐私，经征求张三意见"): the window opens before the
        # first name found, not at it.
        lo = max(start - _MENTION_BEFORE, searched.get(name, 0))
        hi = min(size, end + _MENTION_WINDOW)
        if lo >= hi:
            continue
        searched[name] = hi
        at = text.find(name, lo, hi)
        while at >= 0:
            after = at + len(name)
            if at != start and _plain_mention(ctx, at, after):  # (the name itself is found already)
                ctx.add("name", at, after)
            at = text.find(name, after, hi)
    if row_names:
        for m in _LINE_SUBJECT.finditer(text):
            if m.group(1) in row_names and not ctx.is_row(m.start() + 1):
                ctx.add("name", m.start(1), m.end(1))


# The verbs of a ledger's summary that name whom the money went to ("支付张三误工费", "租用李四农用车").
_PAID_FOR = ("支付", "租用", "付给", "支付给", "发放给", "雇用", "聘请", "借用", "补助", "慰问")


# A table's person named again at the start of a later line, the subject of what it says about them
# ("更正内容：⏎张三，面积由…更正为…", "李四申请权利人身份证号码由…更正为…", "王五：房屋已灭失").
_LINE_SUBJECT = re.compile(rf"\n[ \t　]*([{_HAN}·]{{2,16}}?)(?=[，,：:]|申请)")


# A table of up to this many names (a household's members, a case's parties) is short enough that the
# text after it is searched for each ("…家庭成员表…⏎二、核对结果⏎1、银行存款：李四名下…").
_SHORT_TABLE = 8


# A fixed-width header that opens with its serial column ("序号  被征收人    身份证号码  房屋坐落 …").
_LAYOUT_HEADER = re.compile(r"[ ]*序号[ ]+[^\n]*?[^ \n][ ]{2,}[^\n]*?[^ \n][ ]{2,}[^\n]*")
_LAYOUT_WORD = re.compile(r"[^ \n]+")
_LAYOUT_CELL = re.compile(r"[^ \n](?:[^ \n]| (?! ))*")
_LAYOUT_SERIAL = re.compile(r"[ ]*[0-9]{1,4}(?=[ ]{2,}|$)")


def _plain_header(word: str) -> bool:
    """A header's word as such ("家庭住址", "（亩）"), not a value that header patterns also match."""
    return word in _HEADER_WORDS or word in _LABEL_HEADERS or word.startswith(("（", "("))


def _centred_rows(ctx: _Ctx) -> None:
    """A fixed-width (`pdftotext -layout`) table whose long cells wrap onto lines above and below their
    row's line, the short cells centred on it ("      努尔麦麦提            伊斯拉木阿瓦提乡⏎   1        6532…
    砖木 …⏎      ·艾则孜              阔纳巴扎村8组"), or below it when set at the row's top: each part lies
    under its column, on the row's lines. The lines between two rows' lines are shared: the upper half is
    the row above's, the rest the row below's (all of them the row above's when the first row has nothing
    above its line). A name's, a home's or a condition's parts standing under each other, read together,
    make a name, a house-level address or a condition; then each part is flagged (the cells between them
    are not)."""
    text = ctx.text
    if ctx.html:
        return  # a web page's table: its cells are marked, not laid out by columns
    serial_at = text.find("序号 ")
    while serial_at >= 0:
        # (Found by its literal, C speed: a pattern anchored at each line's start would test them all.)
        header = _LAYOUT_HEADER.match(text, text.rfind("\n", 0, serial_at) + 1)
        serial_at = text.find("序号 ", serial_at + 3)
        if header is None:
            continue
        hs, he = header.span()
        # (Its words' parts above and below its line read with it: "村（社⏎…乡镇  姓名…⏎区）".)
        wrapped_header = _wrapped_header(text, hs, he)
        # The table's lines: to a blank line, a page's foot or a line no column holds.
        table: list[tuple[int, int, bool]] = []  # (start, end, a row's line)
        pos = he + 1 if wrapped_header is None else wrapped_header[1] + 1
        while pos < len(text):
            end = _line_end(text, pos)
            line = text[pos:end]
            if not line.strip() or (not line.startswith(" ") and not _LAYOUT_SERIAL.match(line)):
                break
            if not _LAYOUT_SERIAL.match(line) and "  " not in line.strip() and len(line.strip()) > 20:
                break  # a paragraph below the table ("    备注：1.地类和面积以…")
            if line.lstrip().startswith(("序号", "合计", "小计", "总计")):
                break  # the header again on the next page (its own table), or the table's foot
            table.append((pos, end, _LAYOUT_SERIAL.match(line) is not None))
            pos = end + 1
        while (
            table
            and not table[0][2]
            and any(
                _plain_header(cell.group()) for cell in _LAYOUT_CELL.finditer(text, table[0][0], table[0][1])
            )
        ):
            # A header's second row ("农户        组      （亩）   土地补偿费"), not a row's part.
            table.pop(0)
        if all(serial for _, _, serial in table):
            continue  # no row wraps (most tables): their other readers have them
        # Words parted by single blanks where a header's words hold none ("序号 姓名   年龄 身份证号"): then
        # the rows' cells are parted so too.
        after = hs + header.group().find("序号") + 2
        single = text[after : after + 2].startswith(" ") and text[after + 1 : after + 2] != " "
        cells = _LAYOUT_WORD if single else _LAYOUT_CELL
        columns = (
            [(_display_width(text, hs, c.start()), c.group()) for c in cells.finditer(text, hs, he)]
            if wrapped_header is None
            else wrapped_header[0]
        )
        roles = [_column_role(ctx, word, False) for _, word in columns]
        wanted = [i for i, role in enumerate(roles) if role in ("name", "address", "health")]
        if not wanted:
            continue
        anchors = [i for i, (_, _, serial) in enumerate(table) if serial]
        if not anchors:
            continue  # no numbered row
        owner = [0] * len(table)
        # Cells set at their row's top when the first row has no part above its line: then every line
        # down to the next row's is the row's.
        top = anchors[0] == 0
        for n, a in enumerate(anchors):
            low = 0 if n == 0 else anchors[n] if top else (anchors[n - 1] + a) // 2 + 1
            high = (
                len(table) - 1
                if n == len(anchors) - 1
                else anchors[n + 1] - 1
                if top
                else (a + anchors[n + 1]) // 2
            )
            for i in range(low, high + 1):
                owner[i] = n
        parts: dict[tuple[int, int], list[tuple[int, int]]] = {}
        lefts: dict[tuple[int, int], list[int]] = {}
        for i, (ls, le, _serial) in enumerate(table):
            for cell in cells.finditer(text, ls, le):
                at = _display_width(text, ls, cell.start())
                col = max((c for c, (x, _) in enumerate(columns) if x <= at + 1), default=-1)
                if col in wanted:
                    parts.setdefault((owner[i], col), []).append(cell.span())
                    lefts.setdefault((owner[i], col), []).append(at)
        for key, spans in parts.items():
            col = key[1]
            if len(spans) < 2:
                continue  # a cell on one line: the table's other readers have it
            if max(lefts[key]) - min(lefts[key]) > 2:
                continue  # parts a wrap sets under each other, not cells of other columns
            values = [text[a:b] for a, b in spans]
            if any(
                v in _KIN or v in ("男", "女") or _plain_header(v) or _DATE_SHAPE.match(v) for v in values
            ):
                continue  # another column's cell, shifted: no part of one value
            if roles[col] == "name":
                # (Not a note in brackets after the name: "尔麦麦提（⏎已故）".)
                keep: list[tuple[int, int]] = []
                for (a, _), v in zip(spans, values, strict=True):
                    cut = min((v.find(c) for c in "（(" if c in v), default=len(v))
                    if cut and not (v.endswith(("）", ")")) and cut == len(v)):
                        keep.append((a, a + cut))
                joined = "".join(text[a:b] for a, b in keep).replace("•", "·")
                if 2 <= len(joined) <= _DOTTED_MAX and (
                    ("·" in joined and _pick_name(joined) == len(joined))
                    or (_pick_name(joined, True) == len(joined) and _valid_name(ctx, joined))
                    or _minority_name(ctx, joined)
                ):
                    for a, b in keep:
                        ctx.add("name", a, b)
            elif roles[col] == "health":
                # A condition wrapped in its narrow column ("妊娠期高血⏎压", "双胎妊娠、⏎子痫前期"): each
                # part.
                trimmed = [v.rstrip("、，,；;") for v in values]
                if not any(v in _NOT_HEALTH or not _HAN_CHAR.search(v) for v in trimmed):
                    # (Each part no "健康", "无": not the rows of a household's members, one a line.)
                    for (a, _), v in zip(spans, trimmed, strict=True):
                        ctx.add("health", a, a + len(v))
            else:
                joined = "".join(values)
                if any(True for _ in _DOOR.finditer(joined)) and not _OFFICE_SEAT.search(joined):
                    if all(not text[b:a].strip() for (_, b), (a, _) in itertools.pairwise(spans)):
                        # The line's last cell on each line: one span, as a hard wrap's (the blanks between
                        # its parts hide nothing of another cell).
                        ctx.add("address", spans[0][0], spans[-1][1])
                        continue
                    for a, b in spans:
                        ctx.add("address", a, b)


def _short_table_names_again(ctx: _Ctx) -> None:
    """Later mentions, outside tables, of the names of a short table: _repeated_names leaves rows'
    names alone (on a long 名单 the search costs more than it finds)."""
    text = ctx.text
    rows = [(f[0], f[4]) for f in ctx.found if f[3] == "name" and ctx.is_row(text.rfind("\n", 0, f[0]) + 1)]
    if not rows or len(rows) > _SHORT_TABLE:
        return
    for name in {text[s:e] for s, e in rows}:
        if name in _KIN or len(name) < 2:
            continue
        at = text.find(name, rows[0][0])
        while at >= 0:
            after = at + len(name)
            if not ctx.is_row(text.rfind("\n", 0, at) + 1) and _plain_mention(ctx, at, after):
                ctx.add("name", at, after)
            at = text.find(name, after)


# An agent who acts for a party in a profession or an office ("委托代理人：张三，某律师事务所律师",
# "委托代理人：李四，该公司员工", "…，该院医务科科长"): a public role, named wherever the document names them.
_PROFESSIONAL_AGENT = re.compile(
    # "委托代理人张三，某律师事务所律师", "委托代理人李四（律师）".
    rf"代理人[ \t　]*[:：]?[ \t　]*({_NAME_RUN})(?:[，,][^\n。；;]{{0,30}}?|[（(])"
    r"(?:律师|法律服务|法律工作者|该公司|该院|该单位|该局|员工|职员|工作人员|科长|主任|经理)"
)


# An official named with the office they hold ("主持人：张三（村党支部书记）", "记录人：李四（村文书）"), or a
# list of them so closed ("张三、李四、王五（以上为村干部）"): in their public role, named wherever the
# document names them (the chair who speaks, who signs).
_OFFICIAL_ROLE = (
    r"(?:村|社区|居委会|村委会|乡|镇|街道|乡镇|驻村)?(?:党支部|党总支|党委|两委|纪委|监委会)?"
    r"(?:书记|副书记|主任|副主任|文书|会计|报账员|委员|村长|干部|第一书记|工作队员|网格员|妇联主席|出纳)"
)
# (Searched from the bracket, which `re` skips to in C; the name is the run of characters before it.)
_OFFICIAL_NOTE = re.compile(rf"[（(]{_OFFICIAL_ROLE}(?:[、，,]{_OFFICIAL_ROLE})*[）)]")
_OFFICIALS_NOTE = re.compile(
    r"[（(]以上(?:为|均为|是)?[^）)\n]{0,8}(?:干部|工作人员|两委|班子成员|成员)[）)]"
)
_NAME_IN_LIST = re.compile(rf"{_NAME_RUN}")
_CHAIR_OR_RECORDER = re.compile(
    r"^[ \t　]*(?:主[ 　]*持[ 　]*人|记[ 　]*录[ 　]*[人员])[ 　]*[：:][ \t　]*"
    rf"({_NAME_RUN_LAZY})(?=[（(，,；;\s]|$)",
    re.M,
)
# The members at a village committee's own meeting ("某村“两委”联席会议纪要 … 参会人员：张三、李四"): its
# cadres; villagers sit in as 列席人员.
_COMMITTEE_TITLE = re.compile("两委|支委会|党支部(?:委员会)?会议")
# A committee's members after their title, up to the next group ("村务监督委员会委员张三、李四，村民代表…").
_TITLED_MEMBERS = re.compile(
    rf"(?:委员会|监委会)委员[:：]?[ \t　]*((?:[{_HAN}·]{{2,12}}、)*[{_HAN}·]{{2,12}}?)(?=[，,；;。\n（(]|$)",
    re.M,
)
_MEMBERS_PRESENT = re.compile(r"(?:参会|出席|参加|与会)人员[:：][ \t　]*([^\n]{2,80})")


def _drop_officials(ctx: _Ctx, blocks: list[tuple[int, int]], committee: bool) -> None:
    """Drop the names of officials in their role (_OFFICIAL_NOTE, _OFFICIALS_NOTE, a committee's own
    meeting), wherever the document names them; blocks are the lines the "official" family triggered."""
    text = ctx.text
    officials: set[str] = set()
    for block_start, block_end in blocks:
        for m in _OFFICIAL_NOTE.finditer(text, block_start, block_end):
            run = _RUN_BEFORE.search(text, max(0, m.start() - 10), m.start())
            if run is not None:
                officials.add(run.group())
        for m in _OFFICIALS_NOTE.finditer(text, block_start, block_end):
            ls = text.rfind("\n", 0, m.start()) + 1
            officials.update(n.group() for n in _NAME_IN_LIST.finditer(text, ls, m.start()))
        officials.update(m.group(1) for m in _CHAIR_OR_RECORDER.finditer(text, block_start, block_end))
        for m in _TITLED_MEMBERS.finditer(text, block_start, block_end):
            officials.update(m.group(1).split("、"))
    if committee:
        for m in _MEMBERS_PRESENT.finditer(text):
            if "代表" not in m.group(1) and "村民" not in m.group(1):  # (an enlarged meeting's villagers)
                officials.update(n.group() for n in _NAME_IN_LIST.finditer(m.group(1)))
    if officials:
        ctx.found = [f for f in ctx.found if f[3] != "name" or text[f[0] : f[4]] not in officials]


def _drop_professional_agents(ctx: _Ctx) -> None:
    agents = {m.group(1) for m in _PROFESSIONAL_AGENT.finditer(ctx.text)}
    if agents:
        text = ctx.text
        ctx.found = [f for f in ctx.found if f[3] != "name" or text[f[0] : f[4]] not in agents]


def _plain_mention(ctx: _Ctx, start: int, end: int) -> bool:
    text = ctx.text
    if (
        end - start == 2
        and _HAN_CHAR.match(text, start - 1 if start else 0, start)
        and _HAN_CHAR.match(text, end)
        and not text.startswith(NAME_STOPS, end)
        and not text.endswith(NAME_LABELS, max(0, start - 5), start)
    ):
        # Two characters inside a longer word: "高峰" in "用电高峰期"; not after a label ("对被告人
        # 王五开展调查评估").
        return False
    if (text[end : end + 1] in _PLACE_END and not _MENTION_VERB.match(text, end)) or text[
        start - 1 : start
    ] in _PLACE_END:
        return False  # "金花村", a place named like the person
    rest = _HAN_RUN.match(text, end, end + 12)
    # Only the words before the first verb or particle can name an organisation: "张三丰餐饮有限公司"
    # is one, "张三已被转运至定点医院" is a person.
    # ("张三名下招商银行账户": what the person holds, after 名下, is not their name's.)
    if rest and _ORGANISATION.search(_CLAUSE_VERB.split(rest.group().split("名下", 1)[0], maxsplit=1)[0]):
        return False
    ls = text.rfind("\n", 0, start) + 1
    return not _public_role_before(ctx, ls, start)


# A county or a city that opens a body's name ("石柱土家族自治县华盛农资有限公司").
# (Not "妻子张三在毕节市某公司务工": a person, then where they work.)
_PLACE_HEAD = re.compile(
    rf"[ \t　]*(?:(?![在于到从向系为是的和与])[{_HAN}]){{1,9}}?(?:自治县|自治州|自治旗|县|市|旗)"
)
# "张三所提诉求", "张三站在…": a verb after the name, not a place's last character.
_MENTION_VERB = re.compile("所(?:提|述|说|称|诉|反映|申请|报|患)|站(?:在|于)")
_CLAUSE_VERB = re.compile("[已被在于对向将因为是到从把让给经未均系曾于及和与的所并也又就才还都]")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line holding pos."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _line_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl


# Hit's own __init__ sets each field through object.__setattr__ (it is frozen): twice the cost of
# setting the slots directly, which matters with thousands of hits per page of a 名单.
_SET_HIT_FIELDS = tuple(getattr(Hit, f).__set__ for f in ("kind", "start", "end", "text", "masked", "page"))


def _resolve(ctx: _Ctx) -> list[Hit]:
    # The findings sort by position, longest first, then rank (ctx.add stores them so): of findings
    # that overlap, the first is kept, which is also the best ranked of those on one span. A finding
    # added twice sorts next to itself and is dropped as an overlap, so no set() is needed.
    found = ctx.found
    found.sort()
    text, config = ctx.text, ctx.config
    set_kind, set_start, set_end, set_text, set_masked, set_page = _SET_HIT_FIELDS
    new = object.__new__
    hits: list[Hit] = []
    taken_end = -1
    for start, _, _, kind, end in found:
        if start < taken_end:
            continue
        taken_end = end
        value = text[start:end]
        hit = new(Hit)
        set_kind(hit, kind)
        set_start(hit, start)
        set_end(hit, end)
        set_text(hit, value)
        set_masked(hit, mask_value(kind, value, config))
        set_page(hit, None)
        hits.append(hit)
    return hits


# --- checksums ---------------------------------------------------------------------------------------
# gongkai.lib.checksums, specialised for the detector's hot path: the callers have already checked
# the characters ([0-9]{17}[0-9Xx] for an ID), and the weighted sums run in C (int() in a base whose
# powers are the weights, modulo the checksum's prime), not per digit in Python.
_ID_CHECK = "10X98765432"
# Every month-day of a leap year; 0229 is checked against the year.
_MONTH_DAYS = frozenset(
    f"{d.month:02d}{d.day:02d}" for d in (dt.date(2000, 1, 1) + dt.timedelta(i) for i in range(366))
)
_DOUBLED = str.maketrans("0123456789", "0246813579")  # Luhn: 2d, minus 9 when above 9


def _is_id_card(digits: str, today: str) -> bool:
    """GB 11643 as is_valid_id_card, for 17 ASCII digits and a final [0-9Xx]; today is YYYYMMDD."""
    if digits[:2] not in PROVINCE_CODES:
        return False
    born = digits[6:14]
    if born < "1880" or born > today or born[4:] not in _MONTH_DAYS:
        return False
    if born[4:] == "0229":
        year = int(born[:4])
        if year % 4 or (year % 100 == 0 and year % 400):
            return False
    # The weights are 2**(17-i) mod 11 and 13 = 2 (mod 11): the weighted sum is, mod 11, twice the
    # first 17 digits read in base 13, which int() works out in C.
    return _ID_CHECK[2 * int(digits[:17], 13) % 11] == digits[17].upper()


def _luhn(digits: str) -> bool:
    """luhn_ok for ASCII digits."""
    doubled = digits[-2::-2].translate(_DOUBLED)
    return (sum(digits[-1::-2].encode()) + sum(doubled.encode()) - 48 * len(digits)) % 10 == 0


def _classify_digits(digits: str, seps: str, today: str) -> str | None:
    """What a run of [0-9] (and a final X) is; seps is the text it was taken from."""
    # Decided by the length first: each length has few candidates (an 11-digit number is a mobile
    # or a landline, never an ID or a card), in the order of the checks below.
    n = len(digits)
    if n == 11:
        # _MOBILE.fullmatch without a regex call: the digits are [0-9] and perhaps a final X.
        if digits[:3] in _MOBILE_PREFIXES and digits.isdigit():
            return "mobile"
        return _landline(digits)
    if n == 18:
        if _is_id_card(digits, today):
            return "id_card"
        if _credit_code_in_digits(digits) and digits[2:4] in _REGISTRATION_PROVINCES:
            # 统一社会信用代码 (GB 32100) written with digits only: its 3rd–8th digits are the
            # registering office's region. One card in 31 passes the same checksum; then the label
            # decides (_accept_number).
            return "card_or_code" if _bank_card(digits, today) else None
        return _bank_card(digits, today)
    if n <= 10:
        if n == 10:
            return _landline(digits)
        return "local" if n in (7, 8) and _LOCAL.fullmatch(digits) else None
    if n == 15:
        if "-" not in seps and is_valid_id_card_15(digits):
            return "id_card_15"
        return "mobile" if digits.startswith("0086") and _MOBILE.fullmatch(digits, 4) else None
    if n == 13:
        return "mobile" if digits.startswith("86") and _MOBILE.fullmatch(digits, 2) else None
    if n == 12:
        return _landline(digits)
    if not 16 <= n <= 19:
        return None
    kind = _bank_card(digits, today)
    if kind is None and digits[0] == "5" and n != 18 and _CARD_PREFIX.match(digits) and _luhn(digits):
        # A Mastercard-range number of a length Mastercard does not issue ("5525…", 19 digits): a
        # card only where a card's label names it ("招商银行账户（5525…）"), as _accept_number asks.
        return "card_or_code"
    return kind


# What _classify_digits's own kinds are reported as.
_KIND_FOUND = {"local": "landline", "card_or_code": "bank_card"}
# A credit code's region: a province's, or "10" for an office of the State Council's level.
_REGISTRATION_PROVINCES = frozenset(PROVINCE_CODES) | {"10"}
_CARD_LABELS = frozenset({"卡号", "账号", "帐号", "银行", "开户"})


def _is_digit_credit_code(digits: str) -> bool:
    """is_valid_credit_code for 17 ASCII digits and a final [0-9Xx] (upper-cased), which always
    have its format. Its weights are 3**i mod 31, so the weighted sum is, mod 31, the digits read
    right to left in base 34 (34 = 3 mod 31): int() does it in C."""
    return CREDIT_CODE_ALPHABET[-int(digits[16::-1], 34) % 31] == digits[17].upper()


def _credit_code_in_digits(digits: str) -> bool:
    """A 统一社会信用代码 written in digits only: its checksum, and a registering department and kind."""
    return digits[:2] in _CREDIT_CODE_TYPES and _is_digit_credit_code(digits)


# GB 32100's registering department and kind of body, its first two characters, where both are digits
# (11 机关 … 93 农民专业合作社). An ID that passes the checksum by chance (1 in 31) under a "代码" column
# is a person's when its first two digits name no such pair ("36…": 司法行政 has no kind 6).
_CREDIT_CODE_TYPES = frozenset(
    {"11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "39", "41", "49", "51", "52", "53",
     "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92", "93"}
)  # fmt: skip


def _landline(digits: str) -> str | None:
    """A 10- to 12-digit number: an area code and a local number, or nothing."""
    if digits[0] == "0":
        area = _AREA.match(digits)
        if area and _LOCAL.fullmatch(digits, area.end()):
            return "landline"
    return None


def _bank_card(digits: str, today: str) -> str | None:
    """A 16- to 19-digit number: a card by issuer and Luhn, or nothing."""
    if not (digits.isdigit() and _CARD_PREFIX.match(digits)):
        return None
    if digits[0] in "2345" and len(digits) not in (16, 19 if digits[0] == "4" else 16):
        # Visa (16, 19), Mastercard and JCB (16): "350921202469970500", a 居住证号 that begins with
        # 福建's 35 and passes Luhn, is no JCB card (UnionPay's 62… come in every length). A bank's
        # own debit numbers do not keep to that ("账号：4367…", 18 digits): a card where a card's
        # label names it (_accept_number).
        return "card_or_code" if digits[0] == "4" and _luhn(digits) else None
    # An 18-digit number shaped like an ID (province, real birth date) is an ID with a wrong
    # check digit, not a card that happens to pass Luhn (checked first: most 18-digit numbers
    # that get here are such IDs).
    # A card whose digits happen to hold a province and a real date far off ("622908 21830311…",
    # year 2183) is not ID-shaped: the date must be a birth date.
    if (
        len(digits) == 18
        and digits[:2] in PROVINCE_CODES
        and "1880" <= digits[6:14] <= today
        and id_card_birth_date(digits) is not None
    ):
        return None
    return "bank_card" if _luhn(digits) else None


def _numbers(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text, today, add = ctx.text, ctx.today, ctx.add
    for m in _NUM_GROUP.finditer(text, block_start, block_end):
        raw = m.group()
        if len(raw) < 7:
            continue
        start, end = m.span()
        if raw.isascii() and (raw.isdigit() or (raw[-1] in "Xx" and raw[:-1].isdigit())):
            # One plain run of digits, or an ID ending in X (most groups): the general loop below
            # would try just this.
            kind = _classify_digits(raw, raw, today)
            if kind is None and len(raw) == 20 and _is_disability_card(raw, today):
                kind, end = "id_card", start + 18
            if kind is not None:
                ls = text.rfind("\n", 0, start) + 1
                if _accept_number(ctx, ls, kind, start, end, raw):
                    add(_KIND_FOUND.get(kind, kind), start, end)
            continue
        ls = text.rfind("\n", 0, start) + 1
        _split_number(ctx, ls, start, end)
    # (From the line before the block to the line after it: either part of a number a line broke may
    # be too short to trigger its line, "身份证号45⏎1224…", "…15349⏎6497".)
    after = _line_end(text, block_end + 1) if block_end < len(text) else block_end
    before = text.rfind("\n", 0, block_start - 1) + 1 if block_start > 1 else 0
    for m in _DIGIT_AT_BREAK.finditer(text, before, after):
        _number_across_break(ctx, m)
    if text.find("G", block_start, block_end) >= 0:
        # A pupil's 全国学籍号 is "G" and the pupil's ID ("G532301201606114539"): the ID is found.
        for m in _STUDENT_NUMBER.finditer(text, block_start, block_end):
            if _is_id_card(m.group(1).upper(), today):
                add("id_card", m.start(1), m.end(1))


_PHONE_BEFORE = re.compile("电话|手机|联系方式")
# The office's contact by a title, not a name ("联系人：何老师", "联系人：滕桂（民政专干）").
_OFFICER_CONTACT = re.compile(
    rf"[ \t　]*(?:[0-9]+[.．、][ \t　]*)?联系人[：:][ \t　]*[{_HAN}]{{1,4}}?"
    r"(?:站长|老师|主任|同志|科长|股长|所长|专干|干事|[（(][^）)\n]{1,8}[）)])[ \t　]*(?:电话[：:]?[ \t　]*)?"
)
_CADRE_BEFORE = re.compile(
    "村两委|两委成员|村委会主任|村委会委员|党支部书记|村监委会|监委会主任|监委会成员|驻村第一书记|驻村干部|驻村工作队"
    "|监督电话|监督员|村委会联系人|村委联系人"
)
# A line's end before a line that opens with a digit (past its indent); _number_across_break asks for a
# digit before it. (From the "\n": `re` skips to it in C, not to every digit of a roster.)
_DIGIT_AT_BREAK = re.compile(r"\n(?=[ \t　]*[0-9])")
# A number's digits back from a line's end, and on from the next line's start, in groups of digits
# parted by single spaces ("6222 6212 0739 ⏎8520 654").
_HEAD_DIGITS = re.compile(r"(?<![0-9A-Za-z*＊\-])[0-9](?:[0-9]| (?=[0-9])){0,22}$")
_TAIL_DIGITS = re.compile(r"[ \t　]*((?:[0-9]| (?=[0-9])){0,21}[0-9Xx])(?![0-9A-Za-z*＊])")


# A card's label right before a number ("卡号为62⏎2848…", "账号：6⏎2170…"): its first part may be short.
_CARD_LABEL_BEFORE = re.compile(r"(?:卡号|账号|帐号)(?:为|是)?[：:]?[ \t　]*$")


def _number_across_break(ctx: _Ctx, m: re.Match[str]) -> None:
    """An ID or a card a narrow cell or a PDF's line broke ("522228194108043⏎838", "6222 6212 0739 ⏎
    8520 654"): the digits before the break and after it, read as one. Only an 18-digit ID (or the ID
    of a 20-digit 残疾人证号) or a card whose first part is no number of its own: a cell's number
    above the next cell's is two numbers."""
    text, today = ctx.text, ctx.today
    nl = m.start()
    last = nl - 1 if text[nl - 1 : nl] == " " else nl
    if not "0" <= text[last - 1 : last] <= "9":
        return
    # (The line's own start: its checks read the line, "罚款缴至非税收入汇缴账户" or a label; a start
    # looked for only near the break was the text's on a long line, and a "财政" anywhere above turned
    # every card of a wide table into the treasury's.)
    ls = text.rfind("\n", 0, nl) + 1
    head = _HEAD_DIGITS.search(text, max(ls, last - 24), last)
    tail = _TAIL_DIGITS.match(text, nl + 1)
    if head is None or tail is None:
        return
    groups = head.group().split(" ")
    if (
        len(groups) > 1
        and any(len(g) != 4 for g in groups[:-1])
        # (Or an ID's groups, six then eight: "450124 20⏎210626 9709".)
        and not (len(groups[0]) == 6 and all(len(g) == 8 for g in groups[1:-1]))
    ):
        return  # spaced, only as a card's groups of four: "95 3302…" is an age, then an ID
    first = "".join(groups)
    rest = tail.group(1).replace(" ", "")
    last_part = tail
    if 12 <= len(first) + len(rest) <= 16 and text.startswith("\n", tail.end(1)) and rest.isdigit():
        # A card broken over three lines of a narrow cell ("62305243⏎93772816⏎560"), when the first two
        # parts are no card.
        third = _TAIL_DIGITS.match(text, tail.end(1) + 1)
        if (
            third is not None
            and third.group(1).isdigit()
            and 16 <= len(first) + len(rest) + len(third.group(1)) <= 19
            and first.isdigit()
            and len(first) >= 6
            # (Not a mobile between an amount and a count: "3000⏎18879955708⏎4".)
            and _classify_digits(rest, rest, today) in (None, "local")
            and _bank_card(first + rest, today) is None
            and _bank_card(first + rest + third.group(1), today) is not None
        ):
            rest += "\n" + third.group(1)
            last_part = third

    # A phone's label just before, or before the list the number ends ("联系电话：0903-…、156422785⏎39").
    def labelled() -> bool:
        return _PHONE_BEFORE.search(text, max(ls, head.start() - 8), head.start()) is not None or (
            # The field's second number ("联系电话：0797 7251397（座机）；1875011464⏎7").
            text[head.start() - 1 : head.start()] in ("、", "；", ";", "，", ",", "/")
            and _PHONE_BEFORE.search(text, max(ls, head.start() - 40), head.start()) is not None
        )

    if (
        (len(rest) < 2 and len(first) < 15 and not (len(first) == 10 and labelled()))
        or (len(first) < 6 and len(rest) < 12 and len(first) + len(rest) != 11)
        or text.startswith(("/", "-", "年", ".", "．"), tail.end(1))
    ):
        # One digit after a short part, a short part before a short one, a date's rest ("230421293137⏎
        # 2023/04/21"): the next cell's, not the number's. (A label's line may end one digit into an ID:
        # "身份证号4⏎51224…".)
        return
    digits = first + rest.replace("\n", "")
    n = len(digits)
    if n == 20 and digits[:-1].isdigit() and _is_disability_card(digits, today):
        n = 18
        kind: str | None = "id_card"
    elif n == 18:
        kind = "id_card" if _is_id_card(digits.upper(), today) else None
        if kind is None and digits.isdigit() and _classify_digits(first, first, today) is None:
            kind = _bank_card(digits, today)
    elif (
        16 <= n <= 19
        and (len(first) >= 4 or _CARD_LABEL_BEFORE.search(text, max(ls, head.start() - 8), head.start()))
        and digits.isdigit()
    ):
        # (Not when the first part is a number of its own, unless an 8-digit local number that a card's
        # issuer's prefix opens: "62258851⏎95197009", cut at a narrow cell's width.)
        alone = _classify_digits(first, first, today)
        kind = (
            _bank_card(digits, today) if alone is None or (alone == "local" and first[:2] == "62") else None
        )
    elif (
        n == 11
        and digits[:3] in _MOBILE_PREFIXES
        and digits.isdigit()
        # Both parts three digits or more, or a phone's label before ("电话1⏎6669194689"): a count's or a
        # serial's cell is one or two digits.
        and (min(len(first), len(rest)) >= 3 or labelled())
    ):
        kind = "mobile"
    else:
        kind = None
    if kind not in ("id_card", "bank_card", "mobile"):
        return
    # The end: the n-th digit, counted on into the next line.
    if last_part is not tail:
        end = last_part.end(1)
    else:
        end, need = tail.start(1), n - len(first)
        while need:
            if text[end] != " ":
                need -= 1
            end += 1
    if _accept_number(ctx, ls, kind, head.start(), end, digits[:n]):
        ctx.add(kind, head.start(), end)


# "G" + an 18-digit ID: the national student number (全国学籍号). A temporary one ("L…") holds no ID.
_STUDENT_NUMBER = re.compile(r"G(?<![0-9A-Za-z_]G)([1-9][0-9]{16}[0-9Xx])(?![0-9A-Za-z])")


def _split_number(ctx: _Ctx, ls: int, group_start: int, group_end: int) -> None:
    """The numbers in a group with separators: the longest run of its parts that is one, in turn."""
    text, today = ctx.text, ctx.today
    # Split the group into parts at separators and at an extension marker.
    parts = [p.span() for p in _DIGIT_PART.finditer(text, group_start, group_end)]
    for k in range(1, len(parts)):
        if text[parts[k][0]] in "12" and _DATE_PART.match(text, parts[k][0]):
            # "621121215049 2022-12-01": a number, then a date in the next column; the year is not
            # the number's last group.
            parts = parts[:k]
            break
    # Digits from the start of the group to the end of each part: no number has fewer than 7, so a
    # run of parts with fewer is not tried.
    upto: list[int] = []
    for s, e in parts:
        upto.append((upto[-1] if upto else 0) + e - s)
    i = 0
    while i < len(parts):
        before, next_i = upto[i - 1] if i else 0, i + 1
        for j in range(len(parts) - 1, i - 1, -1):
            if upto[j] - before < 7:
                break  # nor are the shorter runs from i
            s, e = parts[i][0], parts[j][1]
            chunk = text[s:e]
            digits = _NOT_ID_CHAR.sub("", chunk)
            if "X" in digits[:-1].upper():
                continue
            kind = _classify_digits(digits, chunk, today)
            if kind is None and text[s] == "0" and j <= i + 2:
                # An area code and a local number, or a landline and its extension (each begins with 0).
                if j == i + 1:
                    if (
                        j == len(parts) - 1
                        and _is_extension(text, parts, i)
                        and _classify_digits(_NOT_DIGIT.sub("", text[s : parts[i][1]]), "", today)
                        == "landline"
                    ) or _is_area_local(text, parts, i):
                        kind = "landline"
                elif j == i + 2 and _is_area_local(text, parts, i) and _is_extension(text, parts, i + 1):
                    kind = "landline"  # (one part alone, j == i, is no area code and local number)
            if kind == "local" and _card_from(text, parts, i + 1, today):
                # Not a local number but a cell's last digits before a card in groups ("…136****7408
                # 6216 6105 0887 6482 498": a masked phone's end, then the card).
                break
            if kind is not None:
                start = group_start if i == 0 else s  # keep a leading "+", "00" or "(0591)"
                if _accept_number(ctx, ls, kind, start, e, digits):
                    ctx.add(_KIND_FOUND.get(kind, kind), start, e)
                elif kind == "card_or_code" or (kind == "local" and i == 0 and s and text[s - 1] in "*＊"):
                    # No card's label: the parts may hold another number ("5132…4876 4 …"). Nor is an
                    # unlabelled local number's: its digits may end a masked ID before a mobile in groups
                    # ("640302********5956 132-6181-5148").
                    continue
                next_i = j + 1
                break
        i = next_i


def _card_from(text: str, parts: list[tuple[int, int]], k: int, today: str) -> bool:
    """Whether the parts from the k-th on begin a bank card of 16–19 digits."""
    digits = ""
    for s, e in parts[k:]:
        digits += text[s:e]
        if len(digits) > 19:
            return False
        if len(digits) >= 16 and digits.isdigit() and _bank_card(digits, today):
            return True
    return False


_DATE_PART = re.compile(r"(?:19|20)[0-9]{2}[-/.](?:0?[1-9]|1[0-2])(?![0-9])")


def _is_disability_card(number: str, today: str) -> bool:
    """A 残疾人证号 (第二代残疾人证): the holder's 公民身份号码 followed by one digit for the 残疾类别
    (1–7) and one for the 等级 (1–4). The ID inside identifies the person: it is reported as an
    id_card, and the two digits after it say nothing more about who it is."""
    return number[18] in "1234567" and number[19] in "1234" and _is_id_card(number[:18], today)


def _is_area_local(text: str, parts: list[tuple[int, int]], i: int) -> bool:
    area = text[parts[i][0] : parts[i][1]]
    local = text[parts[i + 1][0] : parts[i + 1][1]]
    return bool(_AREA.fullmatch(area) and _LOCAL.fullmatch(local))


def _is_extension(text: str, parts: list[tuple[int, int]], i: int) -> bool:
    between = text[parts[i][1] : parts[i + 1][0]]
    ext = text[parts[i + 1][0] : parts[i + 1][1]]
    return len(ext) <= 6 and between.strip() in ("-", "－", "转", "分机", "ext", "ext.")


_DASHED_DATE = re.compile(r"(?:19|20)[0-9]{2}[-－][01]?[0-9][-－][0-3]?[0-9]")


# An ID, whole or masked, as a row's cell right before a number.
_ID_CELL_BEFORE = re.compile(r"(?:[0-9]{17}[0-9Xx]|[0-9]{1,6}[*＊]{6,14}[0-9]{0,4}[0-9Xx])[ \t　]+$")


_ITEM_CODE_BEFORE = re.compile(r"[ \t　]*[0-9]{1,3}[.、．][ \t　]*")


def _accept_number(ctx: _Ctx, ls: int, kind: str, start: int, end: int, digits: str) -> bool:
    text = ctx.text
    after = text[end : end + 1]
    spaced = after == " "
    if spaced:
        after = text[end + 1 : end + 2]
    if (
        after in _UNIT_FIRST
        and _UNIT_AFTER.match(text, end)
        # (Not a card's, an ID's or a mobile's cell before the next cell's word: "…6215929332517730944
        # 户主骨折", "177 9073 1394 人身损害赔偿": no count or amount has so many digits.)
        and not (spaced and kind in ("id_card", "bank_card", "card_or_code", "mobile"))
    ):
        return False
    label = ctx.label_before(ls, start)
    if label in _NEGATIVE and not (
        # A 双公示 table's "代码" column holds a company's credit code or a natural person's ID: a number
        # that is a valid ID and no valid GB 32100 code is the person's.
        (kind == "id_card" and label in _CODE_LABELS and not _credit_code_in_digits(digits.upper()))
        or
        # A column of amounts holds no 16–19 digit number: in a table aligned by single spaces, the
        # row's cells have drifted from their headers ("…  八级 2810 5590 6221…" under "发放金额"). Nor
        # does a column of codes hold a valid ID but a person's: a row a PDF wrapped puts the mother's ID
        # under the first column ("证明编号"), an ID opens a 学籍号 or a 社保卡号.
        (
            (label in _AMOUNT_LABELS or kind == "id_card")
            and kind in ("id_card", "bank_card", "mobile")
            and _LABEL_RE.search(text, max(ls, start - 16), start) is None
            # (A mobile written as one: "138-8895-7333", not two amounts glued, "171820 19970".)
            and (kind != "mobile" or _MOBILE_WRITTEN.fullmatch(text, start, end) is not None)
        )
    ):
        return False
    if kind == "id_card":
        return True  # none of the checks below is an ID's
    if kind in ("bank_card", "card_or_code") and text.startswith(("（对公", "(对公"), end):
        return False  # "40124854040050483（对公）": a body's account, not a person's card
    if (
        kind in ("bank_card", "card_or_code")
        and start
        and text[start - 1] in PLATE_PROVINCES
        and label not in _CARD_LABELS
    ):
        return False  # "青2323202432544854": a province's certificate number (优待证号), not a card
    if kind == "card_or_code":
        # "一卡通账号：6212…": a card, though its digits pass GB 32100; not the treasury's (below).
        return label in _CARD_LABELS and _PUBLIC_ACCOUNT.search(text, ls, start) is None
    if label in _ID_LABELS and kind != "id_card_15":
        if (
            kind == "bank_card"
            and len(digits) != 18
            and _LABEL_RE.search(text, max(ls, start - 16), start) is None
        ):
            # A card's 16 or 19 digits in a row whose cells drifted under the "身份证号码" column of a
            # table a PDF wrapped ("…一卡通⏎账号": the header's cells are fewer than the row's).
            return True
        # (Not a mobile alone on its line in a table flattened to one cell a line: an ID has no 11 digits,
        # the header read for it is another column's.)
        return kind == "mobile" and (
            _alone_on_line(text, ls, start, end)
            # A row a PDF wrapped whose cells drifted under the ID's column (no label of its own): an ID
            # has no 11 digits.
            or (
                _LABEL_RE.search(text, max(ls, start - 16), start) is None
                and _MOBILE_WRITTEN.fullmatch(text, start, end) is not None
            )
            # Or right after the row's ID, whose column the header read for it is ("640302********5956
            # 132-6181-5148" in a table parted by single spaces): the next column's.
            or _ID_CELL_BEFORE.search(text, max(ls, start - 24), start) is not None
        )
    if kind == "local" and label not in _PHONE_LABELS:
        return False  # a number without an area code is a phone only where a label says so
    if kind in ("landline", "local") and text[start - 1 : start] in ("*", "＊"):
        return False  # "133****4607 450": a masked mobile's tail and the next cell's amount
    if kind in ("mobile", "landline", "local"):
        plain = digits if digits.isdigit() else _NOT_DIGIT.sub("", digits)
        allowed = ctx.config.phone_allowed
        if allowed(plain) or (len(plain) > 11 and allowed(plain[-11:])):
            return False
        if kind == "mobile" and not ctx.config.official_mobiles_public:
            return True  # every mobile flagged: an office that treats a work mobile as personal
        if kind == "mobile":
            # A village cadre's number in their role ("4  莫祥晨  村两委成员  177…" on a sign-in sheet,
            # "村级监督员：王五（村监委会主任） 156…", "监督电话138…（郝某）"): a public contact.
            # (On a 监督电话 line, past the office's landline and its officer too: "监督电话：（0941）
            # 7677026（李梅梅）  131…".)
            if _OFFICER_CONTACT.fullmatch(text, ls, start) and _signed_below(
                text, _line_end(text, start) + 1
            ):
                # "联系人：罗站长  135…⏎某镇人民政府⏎2025年5月7日": the office's contact at its foot.
                return False
            return _CADRE_BEFORE.search(text, max(ls, start - 24), start) is None and not text.startswith(
                "监督电话", ls
            )
        if _OFFICE_PHONE.search(text, max(ls, start - 12), start) or _office_line(text, ls, start):
            return False  # "监督电话：0953-…" is an office's number, published as such (条例第十二条)
        # "于2024-07-25通过…": a date written with dashes is no number to dial.
        return kind == "landline" or not _DASHED_DATE.fullmatch(text, start, end)
    if (
        kind in ("bank_card", "card_or_code")
        and text[start - 1 : start] == "第"
        and text[end : end + 1] == "号"
    ):
        return False  # "作出第3607312023447428号《道路交通事故认定书》": a document's number
    if (
        kind == "bank_card"
        and label not in _CARD_LABELS
        and _ITEM_CODE_BEFORE.fullmatch(text, ls, start)
        and text[end : end + 1] in ("；", ";")
    ):
        # The code that opens a numbered item, its fields parted by "；" ("1. 3531556639797102；张三；
        # 工伤保险待遇纠纷；…" in a 法律援助 closure list): a case's number (one in ten passes Luhn).
        return False
    if kind == "bank_card" and _PUBLIC_ACCOUNT.search(text, ls, start):
        return (
            False  # "罚款缴至非税收入汇缴账户，…账号：3579…": the treasury's account, published for payment
        )
    if kind == "id_card_15" and label not in ("身份证", "证件", "公民身份"):
        # A first-generation number has no check digit: demand that nothing else explains it.
        return label is not None or not _looks_like_code_context(text, ls, start)
    return True


# A mobile as people write one: whole, or in groups of 3-4-4 ("138-8895-7333", "+86 138 8895 7333").
_MOBILE_WRITTEN = re.compile(r"(?:\+?86[ \-]?)?1[3-9][0-9](?:[ \-]?[0-9]{4}){2}")


def _alone_on_line(text: str, ls: int, start: int, end: int) -> bool:
    return not text[ls:start].strip(" \t　") and not text[end : _line_end(text, end)].strip(" \t　")


# (A natural person's 纳税人识别号 is their ID number, a company's its credit code.)
_CODE_LABELS = frozenset({"代码", "信用代码", "编码", "识别号", "税号"})
_AMOUNT_LABELS = frozenset({"金额", "数量", "合计", "总计", "价格", "人口"})
# An account named as the state's ("罚款缴至非税收入汇缴账户", "国库", "财政专户"): an office's, published for
# payment, not a person's card ("罚款缴入账户：6222…" names no owner and stays).
_PUBLIC_ACCOUNT = re.compile("非税收入|汇缴|国库|财政")
# Labels of a public line (a hotline by another name) or an office's number ("办公电话"), not a
# person's: the number follows them directly. Landlines only (a citizen's mobile stays flagged).
_OFFICE_PHONE = re.compile(
    r"(?:监督|咨询|举报|投诉|值班|服务|热线|受理|求助|办公室?)(?:电话|热线|专线)(?:号码)?[:：]?[ \t　]*$"
    # "请联系村委会（0312-6019321）": the village committee's number a notice gives.
    r"|联系(?:村委会|居委会|村民委员会|社区)[（(：:]?[ \t　]*$"
)
# Who a landline on a line belongs to: the last cue before it decides. Citizens give mobiles; a
# landline after an official role ("经办人：…  联系电话", "帮扶责任人：李四（县农业农村局干部）  联系电话")
# or after the foot of a 公示 ("请在公示期内向某某局反映。联系电话：") is the office's. A personal cue
# after it ("户主电话…，家庭固话", "申请人…住址…，联系电话") gives the number back to the person.
_OFFICE_ROLE = re.compile(
    r"经办人|承办人|承办单位|帮扶责任人|帮扶干部|包户干部|责任单位|公示单位|受理单位"
    r"|向[^，。；;\n]{2,30}?(?:反映|咨询|举报|投诉)(?![^，。；;\n]*(?:户主|申请人|当事人|本人|家庭))"
)
_PERSONAL_ROLE = re.compile(
    r"户主|申请人|当事人|被处罚人|本人|家庭|住址|现住|家住|身份证|公民身份|[，,][男女][，,]"
)


def _office_line(text: str, ls: int, start: int) -> bool:
    """Whether the last role named before a landline on its line is an office's (_OFFICE_ROLE)."""
    last = None
    for office in _OFFICE_ROLE.finditer(text, ls, start):
        last = office
    return last is not None and _PERSONAL_ROLE.search(text, last.end(), start) is None


def _looks_like_code_context(text: str, ls: int, start: int) -> bool:
    before = text[max(ls, start - 3) : start]
    return bool(_CODE_CHAR.search(before))


def _documents(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    ls, line_end, labelled = 0, -1, False
    for m in _DOC_SCAN.finditer(text, block_start, block_end):
        if m.lastindex is None:
            continue  # runs that begin no document number
        start, number = m.start(), m.group()
        if start > line_end:
            ls, line_end = _line_at(text, start)
            # _doc_label looks no further than this span (or a column header).
            labelled = (
                ctx.is_row(ls)
                or _DOC_LABEL_RE.search(text, max(0, ls - 40), line_end) is not None
                or _ID_FIELD.search(text, ls, line_end) is not None
                or text.find("通行证", ls, line_end) >= 0
            )
        if not labelled:
            continue
        kind = _doc_label(ctx, ls, start) or _doc_by_shape(ctx, ls, start, number)
        if kind and (
            _DOC_FORMATS[kind].fullmatch(number)
            or (
                kind == "passport"
                and _FOREIGN_PASSPORT.fullmatch(number) is not None
                and _passport_named(text, ls, start)
            )
        ):
            ctx.add(kind, start, m.end())


# A foreigner's passport (a 境外人员临时住宿登记表, a rental register's 证件类型 column): other states'
# numbers are one or two letters and seven or eight digits (Korea M12345678, Japan TK1234567, Vietnam
# C1234567, Pakistan AB1234567) or nine digits (the US, Russia), which the Chinese formats do not take.
# Read so only where 护照 itself names the number (_passport_named): a generic 证件号码 may hold any
# certificate's number.
_FOREIGN_PASSPORT = re.compile(r"[A-Z]{1,2}[0-9]{7,8}|[0-9]{9}")
# What may stand between 护照 and its number: the generic field's label ("证件种类：普通护照　证件号码："),
# a register's cell break ("护照\tE1234567", '"护照","E1234567"', "护照</td><td>"), one line break.
_GAP_PART = r"(?:[^0-9A-Za-z\n<]|<[^>\n]{0,20}>){0,30}"
_PASSPORT_GAP = re.compile(rf"{_GAP_PART}(?:\n{_GAP_PART})?")
# Labels of the generic field itself; any other label in the gap names another number (证书编号, 准考证号,
# 联系电话, 签证号码).
_PASSPORT_GAP_LABELS = frozenset({"证件", "编号", "护照"})
# A certificate other than the passport named in the gap: 证书, 准考证, 签证, 身份证, 执法证.
_OTHER_CERTIFICATE = re.compile("证(?!件)")


def _passport_named(text: str, ls: int, pos: int) -> bool:
    """Whether 护照, on the line or the line above, names the number at pos, no other label between."""
    at = text.rfind("护照", max(0, ls - 40), pos)
    if at < 0:
        return False
    gap = _PASSPORT_GAP.fullmatch(text, at + 2, pos)
    return (
        gap is not None
        and _OTHER_CERTIFICATE.search(gap.group()) is None
        and all(m.group() in _PASSPORT_GAP_LABELS for m in _LABEL_RE.finditer(gap.group()))
    )


# A field for any identity document ("证件号码", "身份证号" in a list where some hold a passport).
# (A driving licence's number is its holder's ID, or a 港澳/台湾 resident's permit: "驾驶证号  H16767666".)
_ID_FIELD = re.compile(r"证件号码|证件号|身份证件号码|身份证号码|身份证号|公民身份号码|驾驶证号")
# The document a number in such a field is, by its letter: passports E/G/D/S/P/K, 港澳 permits
# C/H/M/W, 台湾 permits T/L.
_DOC_BY_LETTER = {
    **dict.fromkeys("EGDSPK", "passport"),
    **dict.fromkeys("CHMW", "hk_macau_permit"),
    **dict.fromkeys("TL", "tw_permit"),
}


def _doc_by_shape(ctx: _Ctx, ls: int, pos: int, number: str) -> str | None:
    """The document a number in a generic identity field is, when its label names none."""
    cell = ctx.cell_at(ls, pos)
    if cell is not None:
        field = _ID_FIELD.search(cell[2]) is not None
    else:
        end = _cell_padding(ctx.text, ls, pos)
        field = _ID_FIELD.search(ctx.text, max(ls, end - 12), end) is not None
    if not field:
        return None
    if number[0].isdigit():
        # Eight digits in an identity field: a 台湾居民来往大陆通行证 (an ID has 18, or 15).
        return "tw_permit" if len(number) == 8 else None
    return _DOC_BY_LETTER.get(number[0])


def _cell_padding(text: str, ls: int, pos: int) -> int:
    """Where the padding before pos begins: a form's HTML cell pads its label ("证件号码</td><td>")."""
    while pos > ls and text[pos - 1] in " \t　":
        pos -= 1
    return pos


def _doc_label(ctx: _Ctx, ls: int, pos: int) -> str | None:
    end = _cell_padding(ctx.text, ls, pos)
    window = ctx.text[max(ls, end - 24) : end]
    cell = ctx.cell_at(ls, pos)
    if cell is not None:
        window = cell[2] + " " + window
    if "通行证" in window and not any(label in window for label in _DOC_LABELS):
        # "居住香港，通行证号C1234…": a bare 通行证 whose holder lives in 香港/澳门 or 台湾.
        if "香港" in window or "澳门" in window or "港澳" in window:
            return "hk_macau_permit"
        if "台湾" in window:
            return "tw_permit"
    if ls > 0 and not any(label in window for label in _DOC_LABELS):
        # Forms put the document type on the line before the number ("证件类型：护照"); a PDF's line may
        # break the type's word ("往来台⏎湾通行证号码：").
        above = ctx.text[max(0, ls - 40) : ls].rstrip("\n")
        glued = _HAN_CHAR.match(above[-1:]) is not None and _HAN_CHAR.match(window[:1]) is not None
        window = above + ("" if glued else " ") + window
    checked = _CHECKED_DOC.search(window)
    if checked is not None:
        # "证件名称：□身份证 ☑护照 □港澳通行证⏎证件号码：…": the document ticked, not the last named.
        return _DOC_LABELS.get(checked.group(1))
    best: tuple[int, str] | None = None
    for label, kind in _DOC_LABELS.items():
        at = window.rfind(label)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, kind)
    return best[1] if best else None


# --- email, plates -----------------------------------------------------------------------------------
_MAIL_WRAP = re.compile(r"([.\-]?[A-Za-z0-9.\-]*)[ \t]*\n[ \t　]*([A-Za-z0-9.\-]*[A-Za-z0-9])")


# The local parts of a body's functional mailboxes, and the public providers where anyone may hold one.
_ROLE_MAILBOX = re.compile(
    r"(?:kefu|service|services|info|office|wuye|admin|contact|support|hr|webmaster|postmaster|noreply"
    r"|no-reply|bangong|zhaopin|jubao|tousu|xinfang)[0-9]{0,3}",
    re.I,
)
_FREE_MAIL = frozenset(
    {"163.com", "126.com", "yeah.net", "qq.com", "foxmail.com", "sina.com", "sina.cn", "sohu.com", "139.com",
     "189.cn", "aliyun.com", "outlook.com", "hotmail.com", "gmail.com", "yahoo.com", "live.com", "tom.com",
     "21cn.com", "wo.cn"}
)  # fmt: skip


def _emails(ctx: _Ctx, block_start: int, block_end: int) -> None:
    allowed = ctx.config.allow_email_domains
    for m in _EMAIL.finditer(ctx.text, block_start, block_end):
        domain = m.group().rpartition("@")[2].lower()
        if any(domain == d or domain.endswith("." + d) for d in allowed):
            continue
        wrap = _MAIL_WRAP.match(ctx.text, m.end())
        if wrap:
            # A PDF's line broke the domain ("xfj@zhaojue.gov.⏎cn"): the allow-list reads it whole.
            whole = (domain + wrap.group(1) + wrap.group(2)).lower()
            if any(whole == d or whole.endswith("." + d) for d in allowed):
                continue
        if _ROLE_MAILBOX.fullmatch(m.group(), 0, m.group().index("@")) and domain not in _FREE_MAIL:
            continue  # "kefu@某物业.com", "info@某学校.com.cn": a body's service mailbox on its own domain
        if _office_mailbox(ctx.text, m.start(), m.end()):
            continue
        ctx.add("email", m.start(), m.end())


# An office's own mailbox on a public provider, in the contacts at a notice's foot: "电子邮箱：xxmzj@163.com"
# alone on its line, or after the office's public line ("查询电话：0578-…；邮箱：…"), with the office's
# signature and the date just below. A citizen's mail stands beside their name or in a letter's head.
_MAILBOX_FIELD = re.compile(
    # (A page's form feed may open the line.)
    r"[ \t　\f\v]*(?:[^\n]*?(?:监督|查询|咨询|办公|举报|投诉|服务|值班)电话[^\n]*?[；;，,　 \t])?"
    r"(?:电子邮箱|电子信箱|监督邮箱|投诉邮箱|来信邮箱|邮箱|信箱|E-?mail|邮件地址)[：:][ \t　]*",
    re.I,
)
_SIGNATURE_LINE = re.compile(
    rf"[ \t　]*[{_HAN}（）()]{{2,30}}(?:局|委员会|政府|办事处|办公室|法院|检察院|派出所|中心|服务站"
    r"|会|院|所|站|厅|委|办|队|学|校|馆)[ \t　]*"
)
_DATE_LINE = re.compile(r"[ \t　]*(?:[0-9]{4}[-年./]|二[〇○零][一二三四五六七八九〇○零]{2}年)")


# A person's fields on the lines above a mailbox: a form's, not a notice's foot.
# (A mobile written in groups too: "联系电话：+86 133 7451 4590⏎车辆号牌：…⏎电子邮箱：…".)
_PERSON_ABOVE = re.compile(
    r"(?<![0-9])(?:\+?86[ \-]?)?1[3-9][0-9](?:[ \-]?[0-9]{4}){2}(?![0-9])"
    r"|住址|身份证|出生|性别|姓名[：:]|当事人[：:]|申请人[：:]|证件号码|通信地址|通讯地址"
)


# A body's mailbox by its label: "某镇人民政府邮箱：xxx@163.com", "区民政局电子信箱：…".
_BODY_MAILBOX = re.compile(
    rf"[ \t　]*[{_HAN}（）()]{{1,30}}"
    r"(?:政府|局|委员会|村委会|居委会|办事处|办公室|中心|站|所|院|委|办|合作社|机关)"
    r"(?:电子|公共|公务|监督|来信)?(?:邮箱|信箱)(?:地址)?[：:][ \t　]*"
)
# A mailbox the form itself says is the office's: "…@163.com（本机关公务邮箱）".
_OFFICE_MAIL_NOTE = re.compile(
    r"[ \t　]*[（(](?:本|我)?(?:机关|单位|部门|局|政府)?(?:公务|官方|工作)邮箱[）)]"
)


def _office_mailbox(text: str, start: int, end: int) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    if _BODY_MAILBOX.fullmatch(text, ls, start) or _OFFICE_MAIL_NOTE.match(text, end):
        return True
    # A disclosure office's box by its name ("zfxxgk@126.com": 政府信息公开), or in the sentence that
    # gives the office's contacts ("注：受理机关地址：…，咨询电话…，电子邮箱…@163.com。", wrapped or not).
    if "xxgk" in text[start:end].lower():
        return True
    if ls > 1 and text[_lines_back(text, ls, 1) : ls - 1].rstrip(" \t　").endswith(_OFFICE_MAIL_LABELS):
        return True  # "监督邮箱：⏎…@163.com": an office's box for complaints about it, its value below
    if (
        ls > 1
        and _MAILBOX_FIELD.fullmatch(text, ls, start)
        and _OFFICE_LINE.match(text, _lines_back(text, ls, 1))
    ):
        return True  # "监督电话：0771-…⏎电子邮箱：…@163.com": the office's contacts, one a line
    if text[max(ls, start - 8) : start].rstrip(" \t　").endswith(_OFFICE_MAIL_LABELS):
        return True  # "举报邮箱：…@qq.com" under a 公示: where to report, the office's
    # The same label spaced or wrapped by the extraction ("单位邮 箱 ：", "单⏎位邮箱："), the address's
    # head cut onto the line above ("单位邮箱：hyx⏎fj@163.com").
    before = "".join(text[max(0, start - 16) : start].split()).rstrip(_MAIL_HEAD_CHARS)
    if before.endswith(_OFFICE_MAIL_LABELS):
        return True
    if _CONTACT_NOTE.search(text, max(ls, start - 80), start):
        return True  # "（联系人：谭老师，联系电话：0718 7640685，电子邮箱：…）" under a reply: the office's
    if _MAIL_LABEL_BEFORE.search(text, max(ls, start - 12), start) and (
        # "联系人：付老师  联系邮箱：…": its staff by their title.
        _TITLED_CONTACT.match(text, ls, start)
        # "…，邮政编码362600，联系电话：0595 23879555。电子信箱：…": the office's address, its post code and
        # its landline before.
        or (_POSTCODE_BEFORE.search(text, ls, start) and _LANDLINE_BEFORE.search(text, ls, start))
        # "联系人：张三　联系电话：0932-7091994　电子邮箱：…" at a notice's foot (a line or two above its
        # signature).
        or (
            _OFFICE_CONTACT_FIELDS.match(text, ls, start)
            and any(_signed_below(text, at) for at in _next_line_starts(text, end, 3))
        )
    ):
        return True
    # The sentence the mailbox ends: where to object or to send papers, with the office's landline
    # ("…反映，联系电话：0530-42⏎41709，电子邮箱：…。") or the office as the receiver ("如需补充材料，请将
    # 材料发送至…"); not a person's fields ("申请人：张三，住址…，电话：0571-…，邮箱：…").
    sentence = max(text.rfind("。", 0, start), text.rfind("\n\n", 0, start)) + 1
    if (
        start - sentence <= 200
        and (
            (
                _MAIL_LABEL_BEFORE.search(text, max(sentence, start - 12), start)
                and _LANDLINE_BEFORE.search(text, sentence, start)
            )
            or (_SENT_TO.search(text, max(sentence, start - 8), start) and "材料" in text[sentence:start])
        )
        and (
            _OFFICE_CUE.search(text, sentence, start)
            # A sentence of the contacts alone right after where to object ("…如有异议，请实名向区教育局
            # 反映。电话：029-…；邮箱：…。").
            or (
                text.startswith(("电话", "联系电话"), sentence)
                and _OFFICE_CUE.search(text, max(0, text.rfind("。", 0, sentence - 1) + 1), sentence)
            )
        )
        and not (_PERSON_ABOVE.search(text, sentence, start) or _TO_YOU.search(text, sentence, start))
    ):
        return True
    if _POSTCODE_AFTER.match(text, end) and _signed_below(text, _line_end(text, end) + 1):
        return True  # "联系人：…　电子邮箱：…@126.com　邮编：221200⏎⏎某局": a letter's foot, the office's
    sentence = max(text.rfind("。", 0, start), _lines_back(text, ls, 1) - 1) + 1
    if text.find("您", sentence, start) < 0 and (
        _OFFICE_SENTENCE.search(text, max(sentence, ls), start)
        or (sentence < ls and text.find("受理机关", sentence, ls) >= 0)
    ):
        return True
    if not _MAILBOX_FIELD.fullmatch(text, ls, start):
        return False
    above = _lines_back(text, ls, 1)
    if not _OFFICE_CONTACT_FIELDS.match(text, above, ls) and _PERSON_ABOVE.search(
        text, _lines_back(text, ls, 3), ls
    ):
        # (The office's contact line right above, "联系人：张三，电话：0834-…", is the office's: what
        # lies above it is the record's.)
        return False
    return _signed_below(text, _line_end(text, end) + 1)


# An office's contact line ("监督电话：…", "通讯地址：…（某县民政局）") right above a mailbox's own line.
# (An address line only with the office named in brackets: an applicant's own 通信地址 is above theirs.)
_OFFICE_LINE = re.compile(
    r"[ \t　]*(?:(?:监督电话|举报电话|投诉电话|咨询电话|服务热线|办公电话)[:：][^\n]*[0-9]"
    r"|(?:通讯地址|通信地址)[:：][^\n]*[（(][^\n]*(?:局|政府|办|中心|委员会)[）)])[ \t　]*$",
    re.M,
)
_OFFICE_MAIL_LABELS = (
    "监督邮箱：", "监督邮箱:", "投诉邮箱：", "投诉邮箱:", "举报邮箱：", "举报邮箱:",
    # The office's own, by the label's word: "单位邮箱：fpxfj@163.com" at a reply's foot.
    "单位邮箱：", "单位邮箱:", "机关邮箱：", "机关邮箱:",
    "公务邮箱：", "公务邮箱:", "官方邮箱：", "官方邮箱:",
    "政务邮箱：", "政务邮箱:", "政务信箱：", "政务信箱:",
    # Where the office takes applications: "受理邮箱：nbxzfb@163.com".
    "受理邮箱：", "受理邮箱:",
)  # fmt: skip
_MAIL_HEAD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-"
# An office's contact in brackets at a letter's foot: its staff, a landline.
_CONTACT_NOTE = re.compile(r"[（(]联系人[：:][^）)\n]{0,24}?电话[：:]?[ \t　]*[（(]?0[0-9]{2,3}")
# (Not "本机关于…收到您…（电子邮箱…）": the applicant's, in the office's words.)
# ("补正材料可邮寄至本机关，或发送至电子邮箱…": the office's own.)
# ("如对办理结果有异议，请拨打12345或…，邮箱：…": where to object, the office's.)
_OFFICE_SENTENCE = re.compile("受理机关|本机关|(?:咨询|监督|举报|投诉)电话|有异议|请拨打")


# (Not "本告知书已同时发送至您的电子邮箱：…": the citizen's own, as the office writes to them.)
_TO_YOU = re.compile("[您你]")
_OFFICE_CUE = re.compile("异议|反映|咨询|监督|举报|投诉|受理|如需")
_SENT_TO = re.compile(r"(?:发送至|发送到|发至|寄至)[ \t　]*\Z")
_MAIL_LABEL_BEFORE = re.compile(r"(?:邮箱|信箱|E-?mail)[：:][ \t　]*\Z", re.I)
_TITLED_CONTACT = re.compile(
    rf"[ \t　]*联[ 　]*系[ 　]*人[：:][ \t　]*[{_HAN}]{{1,2}}"
    "(?:老师|主任|科长|站长|所长|局长|干事|同志|女士|先生)"
)
_POSTCODE_BEFORE = re.compile(r"(?:邮政编码|邮编)[：:]?[ \t　]*[0-9]{6}(?![0-9])")
_LANDLINE_BEFORE = re.compile(r"电话[：:]?[ \t　]*[（(]?0[0-9]{2,3}")


def _next_line_starts(text: str, pos: int, count: int) -> list[int]:
    """The starts of the `count` lines after the line holding pos."""
    starts: list[int] = []
    for _ in range(count):
        pos = _line_end(text, pos) + 1
        if pos >= len(text):
            break
        starts.append(pos)
    return starts


# An office's contact before its address on a letter's last line: a landline, not a mobile.
_OFFICE_CONTACT_FIELDS = re.compile(
    r"[ \t　]*联[ 　]*系[ 　]*人[：:][^\n]{1,12}?(?:联系)?电话[：:][ \t　]*[（(]?0[0-9]{2,3}"
)


def _office_contact_line(text: str, ls: int, at: int, le: int) -> bool:
    return _OFFICE_CONTACT_FIELDS.match(text, ls, at) is not None and _signed_below(text, le + 1)


def _signed_below(text: str, pos: int) -> bool:
    """Whether the lines from pos on are a document's end: its signature (one or two bodies, a village's
    committee under its town) within a few lines, then the date or the text's end."""
    signed = False
    for _ in range(7):
        while pos < len(text) and not text[pos : _line_end(text, pos)].strip(" \t　"):
            pos = _line_end(text, pos) + 1
        if pos >= len(text):
            return signed
        le = _line_end(text, pos)
        if _SIGNATURE_LINE.fullmatch(text, pos, le):
            signed = True
        elif (pos > 0 and _PAGE_LINE.match(text, pos - 1) is not None) or (
            signed and _RUNNING_HEAD.fullmatch(text, pos, le)
        ):
            pass  # a page's number and the next page's head between the signature and the date
        elif signed:
            return _DATE_LINE.match(text, pos) is not None
        pos = le + 1
    return False


# A plate in brackets that a narrow cell wrapped after its province or within its serial: "车辆（辽⏎
# A·30741）", "（鄂A 1705⏎   3）". Read whole with the line's break and the next line's indent taken out.
_WRAPPED_PLATE = re.compile(
    rf"(?<=[（(])[{PLATE_PROVINCES}][A-HJ-NP-Z0-9·• ]{{0,7}}\n[ \t　]*[A-HJ-NP-Z0-9·• ]{{1,8}}(?=[）)])"
)


def _plates(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    # (Into the line after the block: the wrapped rest triggers nothing of its own.)
    for w in _WRAPPED_PLATE.finditer(text, block_start, _line_end(text, min(len(text), block_end + 1))):
        plate = "".join(w.group().split())
        if _PLATE.fullmatch(plate) and any(c.isdigit() for c in plate):
            ctx.add("license_plate", w.start(), w.end())
    for m in _PLATE.finditer(text, block_start, block_end):
        body = m.group()[2:]
        # A plate of letters only is not issued (GA 36 serials hold digits), but one is still a
        # plate where a vehicle is named at it ("驾驶赣BVKPBQ号货车", "车辆一辆（湘J·LTLAK）", a
        # 车牌号 column): elsewhere such a run is a code or an abbreviation.
        if _PUBLIC_VEHICLE.search(text, max(block_start, m.start() - 12), m.start()):
            continue  # "校车乘车学生名单（甘P·D1240）": a school's or an office's vehicle, no one's
        if any(c.isdigit() for c in body) or _vehicle_at(ctx, block_start, m.start(), m.end()):
            ctx.add("license_plate", m.start(), m.end())


def _vehicle_at(ctx: _Ctx, block_start: int, start: int, end: int) -> bool:
    text = ctx.text
    if _VEHICLE_BEFORE.search(text, max(block_start, start - 10), start) or _VEHICLE_AFTER.match(text, end):
        return True
    ls = text.rfind("\n", 0, start) + 1
    cell = ctx.cell_at(ls, start) if ctx.is_row(ls) else None
    return cell is not None and any(w in cell[2] for w in ("车牌", "号牌", "车号"))


_PUBLIC_VEHICLE = re.compile(
    r"(?:校车|公交车?|公务用车|公务车|警车|执法车|消防车|救护车|单位车辆)[^，。；\n]{0,8}$"
)
_VEHICLE_BEFORE = re.compile(r"(?:车辆|车牌|号牌|牌照|驾驶|轿车|货车|摩托车)[^，。；\n]{0,6}$")
_VEHICLE_AFTER = re.compile(r"号?(?:[小中大重轻]型)?(?:普通)?(?:货车|轿车|客车|汽车|摩托车|车|挂车)")


# --- names -------------------------------------------------------------------------------------------
def _surname_len(s: str) -> int:
    if s[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if s[:1] in SURNAMES else 0


_NUMERAL_CHARS = frozenset("一二三四五六七八九十零〇两")
# Characters of a masked or placeholder name ("张某", "李*"), after its first.
_MASK_IN_NAME = re.compile("[某*×ＸX]")


# The ends of words no name has.
_WORD_ENDS = ("结果", "补贴", "人士", "情况", "意见", "原因", "类别", "标准", "难型", "困型", "出型", "损失",
              "损坏")  # fmt: skip


def _valid_name(ctx: _Ctx, name: str) -> bool:
    # (Every candidate of every rule is checked here: the cheap tests first, _surname_len inline.)
    if not 2 <= len(name) <= (_DOTTED_MAX if "·" in name else 4) or name in NOT_NAMES or name in _LABEL_WORDS:
        return False  # (A label is no name: "已电话回访来电人，来电人表示…".)
    if "护照" in name:
        return False  # "持有德国护照（护照号码…）": the document, not its holder
    if len(name) > 2 and name.endswith(_WORD_ENDS):
        return False  # a cell's word that reads as a surname and a name: "评议结果", "生活补贴", "爱心人士"
    if name[-1] in "族被" or (name[-1] in "县市区乡镇村局费" and len(name) > 2):
        # The end of a 民族 ("男，蒙古族，…" read from its end: "古族"), a passive ("申请人向被申请人
        # 提出…": 向 is a surname), a place or an office ("被申请人：隆回县自然资源局": 自 is a stop).
        return False
    return (
        # No surname is a numeral: "二年级" before a pupil's ID is a grade. (But 零 is a Zhuang surname:
        # "零世新" where a name stands, its given name of name characters; not "零就业", "零售商".)
        (name[0] not in _NUMERAL_CHARS or (name[0] == "零" and len(name) == 3 and _given_name(name[1:])))
        and (name[2:] if name[:2] in COMPOUND_SURNAMES else name[1:]) not in TITLES
        and not _MASK_IN_NAME.search(name, 1)
        and name not in ctx.config.public_names
    )


def _given_name(chars: str) -> bool:
    return all(c in GIVEN_NAME_CHARS for c in chars)


_DOTTED_MAX = 16
_LABEL_WORDS = frozenset((*NAME_LABELS, "来电人", "诉求人", "网民"))
# NAME_STOPS by their first character: str.startswith with the whole tuple tries each of its ~90
# words in turn, and _pick_name asks at every length of every candidate.
_STOPS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _stop in NAME_STOPS:
    _STOPS_BY_FIRST[_stop[0]] = (*_STOPS_BY_FIRST.get(_stop[0], ()), _stop)


def _stop_at(s: str, pos: int) -> bool:
    """Whether one of NAME_STOPS begins at pos (s.startswith(NAME_STOPS, pos), faster)."""
    stops = _STOPS_BY_FIRST.get(s[pos : pos + 1])
    return stops is not None and s.startswith(stops, pos)


def _dotted_start(run: str) -> int:
    """Where the dotted name that a run ends with begins: back from its first dot to a character that
    ends the words before such a name and is in none ("负责人亚森·亚森" → 3, "由米日古丽·吐尔逊" → 1)."""
    dot = run.find("·")
    i = dot
    while i > 0 and dot - i < 8 and run[i - 1] not in _BEFORE_DOTTED:
        i -= 1
    return i if 0 < i < dot else 0


# Last characters of the words before a dotted name: a role ("负责人", "村民", "网格员", "代表"), a relation
# ("生母", "侄子"), a particle ("由", "系", "之"). Transliterations use none of them.
_BEFORE_DOTTED = frozenset("人民母父亲子女孙妻夫媳婿哥姐弟妹叔姨舅由系员表的与和及被将为是在对给向从之")


def _pick_name(run: str, relaxed: bool = False) -> int:
    """Length of the name at the start of a run of Chinese characters, or 0."""
    if "·" in run:  # minority names such as 阿卜杜·热合曼
        if run.startswith("·") or run.find("·") > 8:
            return 0  # no name's first part is longer: "某村村民艾力·吐尔逊" holds words before it
        # "艾力·吐尔逊为…", "迪丽娜尔·卡德尔患有…": the name ends where a stop word follows its last
        # part. Transliterated names run long: "努尔艾力·阿布都热依木" has eleven characters.
        for length in range(run.rfind("·", 0, _DOTTED_MAX) + 2, min(len(run), _DOTTED_MAX) + 1):
            if length == len(run) or _stop_at(run, length):
                return length
        return 0
    if run[:2] in COMPOUND_SURNAMES:
        sl = 2
    elif run[:1] in SURNAMES or relaxed:
        sl = 1
    else:
        return 0
    size = len(run)
    for length in range(sl + 1, min(4 if sl == 2 else 3, size) + 1):
        if length == size:
            return length
        stops = _STOPS_BY_FIRST.get(run[length])
        if stops is not None and run.startswith(stops, length):
            return length
    return 0


_DUTY = ("应于", "应当", "应在", "应按", "应自")
# A household member's relation written before the name with a colon or a space ("妻：李四", "子 张三").
_KIN_BEFORE_NAME = re.compile(
    r"(?:妻子|丈夫|儿子|女儿|儿媳|女婿|孙子|孙女|父亲|母亲|配偶|长子|次子|长女|次女|妻|夫|子|女|父|母)"
    r"(?:[:：][ \t　]*|[ \t　]+)(?=[\u4e00-\u9fff])"
)


# (Its first characters: most names follow no relation, and a slice's test costs less than a match.)
_KIN_BEFORE_FIRST = frozenset("妻丈儿女孙父母配长次夫子")


def _names_at(ctx: _Ctx, pos: int, end: int, relaxed: bool = False) -> Iterator[tuple[int, int]]:
    """Names starting at pos, including a list "张三、李四" that follows."""
    text = ctx.text
    listed = False
    while True:
        kin = _KIN_BEFORE_NAME.match(text, pos, end) if text[pos : pos + 1] in _KIN_BEFORE_FIRST else None
        if kin:
            pos = kin.end()  # "家庭成员：妻 李四、子：张三": the relation, then the name
        m = _HAN_RUN.match(text, pos, end)
        if not m:
            return
        if kin and _kin_item_name(ctx, m.group()):
            # "家庭成员：妻：格桑卓玛，": a relation written out says a person follows, whatever the
            # surname, and a Tibetan or Yi name has none from the list.
            yield pos, m.end()
            sep = _NAME_SEP.match(text, m.end(), end)
            if not sep:
                return
            pos = sep.end()
            continue
        if listed and m.group()[0] in _KIN_END and _pick_name(m.group()[1:]) == len(m.group()) - 1:
            pos += 1  # "孙子：张三、妻李四": the next member's relation, then the name
            m = _HAN_RUN.match(text, pos, end)
            if m is None:
                return
        length = _pick_name(m.group(), relaxed or listed)
        if length and "·" in m.group()[:length] and (cut := _dotted_start(m.group()[:length])) > 0:
            pos, length = pos + cut, length - cut  # "被收养人系由生母买买提·吾守尔（…）"
        name = text[pos : pos + length]
        if length and name in _KIN:  # "家庭成员：母亲 付明，妻子 李四": the relation, then the name
            sep = _NAME_SEP.match(text, pos + length, end)
            if not sep:
                return
            pos = sep.end()
            continue
        if not length or not _valid_name(ctx, name) or text.startswith(_DUTY, pos):
            return  # "被处罚人应于收到本决定书之日起…": a duty, not a person named 应
        if text[pos + length : pos + length + 1] == "〇":
            return  # "被申请人于二〇二四年…": a date in numerals (〇 is outside the run), not 于二
        if text[pos + length : pos + length + 1] in ("*", "＊"):
            return  # "配偶余琼、长子阿*日": a name masked already, the list's rest is not looked at
        yield pos, pos + length
        note = _KIN_NOTE.match(text, pos + length, end)  # "林小海（子）、陈美（妻）"
        sep = _NAME_SEP.match(text, note.end() if note else pos + length, end)
        if not sep or (
            sep.group() in ("，", ",", " ", "　") and not relaxed and not _list_follows(ctx, sep.end(), end)
        ):
            return
        # "莫浩、剡花侵占…": a name's fellow in a list joined by "、" is one, whatever the surname.
        listed = sep.group() == "、"
        pos = sep.end()


# A household's members, each after their relation to its head, in a list ("长女郝莲丽、父亲旦增曲珍、
# 子次仁多吉、妻 孙敏琳"): two such items joined by "、" are people whatever their surnames. Longer
# relations first: "孙女阙兰月" is 孙女 and 阙兰月, "子女" is no relation and a name.
_KIN_WORD = (
    "(?:外孙女|外孙子|外孙|孙子|孙女|儿子|女儿|儿媳|女婿|妻子|丈夫|父亲|母亲|配偶|长子|次子|三子|长女|次女|三女"
    "|祖父|祖母|哥哥|姐姐|弟弟|妹妹|子女|父母|妻|夫|子|女|父|母)"
)
_KIN_ITEM = re.compile(
    rf"{_KIN_WORD}(?:[:：][ \t　]*|[ \t　]+)?([{_HAN}·]{{2,16}})(?=[、，,；;。\t|｜ 　]|$)", re.M
)
_KIN_ITEM_BEFORE = re.compile(
    rf"(?:^|(?<=[、，,；;：:\t |｜　]))(?<![{_HAN}·]){_KIN_WORD}"
    rf"(?:[:：][ \t　]*|[ \t　]+)?([{_HAN}·]{{2,16}})$"
)
_KIN_JOIN = re.compile(r"、(?=外|孙|儿|女|妻|丈|父|母|配|长|次|三|祖|哥|姐|弟|妹|子|夫)")


def _kin_item_name(ctx: _Ctx, value: str) -> bool:
    """Whether the value after a written relation ("妻：", "长女") is a name."""
    if value in _KIN or all(c in _KIN_END for c in value) or value.startswith(("的", "之")):
        return False
    if "·" in value:
        return _pick_name(value) == len(value) and _valid_name(ctx, value)
    if len(value) > 4:
        return _transliterated_name(ctx, value)  # "图门吉日嘎拉，次子，": a Mongolian name
    if len(value) == 4:
        return (_surname_len(value) == 2 or _four_character_name(value)) and _valid_name(ctx, value)
    return 2 <= len(value) <= 3 and value[-1] not in _PLACE_END and _name_token(ctx, value, True)


def _kin_items(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    for join in _KIN_JOIN.finditer(text, block_start, block_end):
        pos = join.start()
        after = _KIN_ITEM.match(text, pos + 1, block_end)
        if after is None or not _kin_item_name(ctx, after.group(1)):
            continue
        ls = text.rfind("\n", 0, pos) + 1
        before = _KIN_ITEM_BEFORE.search(text, max(ls, pos - 24), pos)
        if before is None or not _kin_item_name(ctx, before.group(1)):
            continue
        if any(len(v) == 2 and _pick_name(v) != 2 for v in (before.group(1), after.group(1))):
            # Two characters glued to a relation need a listed surname: "子女教育、父母赡养" are
            # a household's burdens, not two people.
            continue
        ctx.add("name", before.start(1), before.end(1))
        ctx.add("name", after.start(1), after.end(1))


def _list_follows(ctx: _Ctx, pos: int, end: int) -> bool:
    m = _HAN_RUN.match(ctx.text, pos, end)
    return m is not None and _pick_name(m.group()) in (2, 3, 4) and len(m.group()) <= 4


def _public_role_before(ctx: _Ctx, ls: int, pos: int) -> bool:
    before = ctx.text[max(ls, pos - 6) : pos]
    if before.endswith(ctx.public_roles):
        return True
    return ctx.text.startswith("联系人", pos) and _office_contact(ctx, ls, pos)


# What the office's own contact line holds besides the name: the office's numbers, a title.
_OFFICE_CONTACT_CUE = re.compile(
    r"办公电话|监督电话|举报电话|咨询电话|投诉电话|干部|网格员|负责人"
    # A landline in the next column ("联系人：李四  联系电话：0953-…"); not after a comma, which
    # a sentence or a private person's line uses as well ("联系人：张三，联系电话：0953-…").
    r"|(?:  |\t|　)[^，,]*电话[:：]?[ \t　]*"
    r"(?:0[0-9]{2,3}[-－—– ]|[(（]0[0-9]{2,3}[)）]|0[0-9]{9,11}(?![0-9]))"
)
# (After a comma: a landline above the notice's signature, _office_contact.)
_COMMA_LANDLINE = re.compile(
    r"[，,][ \t　]*(?:联系)?电话[:：]?[ \t　]*(?:0[0-9]{2,3}[-－—– ]|[(（]0[0-9]{2,3}[)）])"
)
# "（联系人：张三，电话：0953-…）" as a line of its own: the foot of an office's letter, in brackets,
# with a landline (a private person gives a mobile).
_BRACKETED_CONTACT = re.compile(
    rf"[:：][ \t　]*[{_HAN}·]{{2,16}}[，,；; \t　]+(?:联系)?电话[:：][ \t　]*"
    r"(?:0[0-9]{2,3}[-－ ]?[0-9]{7,8}|[(（]0[0-9]{2,3}[)）][0-9]{7,8})[ \t　]*[)）][ \t　]*$",
    re.M,
)
# The foot of a 公示 or of a decision, which the office's contact line follows.
# "如有异议，请联系：民政办，联系人：…": the contact a notice gives for questions is the office's.
_CONTACT_ASKED = re.compile(r"请联系|请与|异议|咨询|疑问|(?:办|局|站|所|中心|委员会|政府)[，,、 　]*$")
# The contact's department in brackets after the name: "联系人：李四（信贷部）", "（社会救助股）".
_CONTACT_UNIT_NOTE = re.compile(
    rf"[:：][ \t　]*[{_HAN}·]{{2,4}}[（(][{_HAN}]{{0,10}}"
    r"(?:部|办|科|股|处|所|站|局|中心|办公室|委员会|大队|中队|服务站)[）)]"
)
_NOTICE_FOOT = re.compile(r"异议|反映。|诉讼。|复议。|视为送达|监督电话|举报电话|咨询电话")
_GOV_MAILBOX = re.compile(r"@[A-Za-z0-9.\-]*\bgov\.cn\b")


_OFFICE_PHONE_NEXT = re.compile(
    r"[ \t　]*(?:(?:监督|咨询|举报|投诉|办公)电话|(?:联系)?电话[:：][ \t　]*(?:0[0-9]{2,3}[-－ ]|[(（]0))"
)


def _office_contact(ctx: _Ctx, ls: int, pos: int) -> bool:
    """Whether "联系人：" at pos names the office's contact, who acts for it, not a private person.

    The office's contact line is the foot of a notice laid out in columns: "公示联系人：…", or a
    联系人 that begins the line or a column ("公示单位：民政局  联系人：…") with the office's landline,
    a title or another office label beside it ("联系人：李四  联系电话：0953-…", "联系人：李四（党委
    书记）"), or right under the notice's "如有异议…监督电话" line. An applicant's 联系人 in a form
    gives a mobile and no title; one inside a sentence ("，联系人：张三，电话：…") is left to the name
    rules.
    """
    text = ctx.text
    before = text[ls:pos]
    if before.endswith("公示") or _CONTACT_ASKED.search(before):
        return True
    # "（联系人：张三，电话：0953-…）" as a line of its own, or ending a notice's last sentence ("公示期7天。
    # （联系人：…）"): the foot of a decision or a notice, in brackets.
    bracketed = before.strip(" \t　") in ("（", "(")
    if before.rstrip(" \t　").endswith(("（", "(")) and _BRACKETED_CONTACT.match(text, pos + 3):
        return True
    if before.endswith(("机关", "执法单位", "承办单位", "办案单位", "执法部门", "承办部门")):
        return True  # "（执法机关联系人：张三  联系电话：…）": the office's, by the label's own word
    if before and not before.endswith(("  ", "\t", "　")) and not bracketed:
        return False
    le = _line_end(text, pos)
    rest = text[pos + 3 : le]
    if _OFFICE_CONTACT_CUE.search(rest) or any(role in rest for role in ctx.public_roles):
        return True
    if "gov.cn" in rest and _GOV_MAILBOX.search(rest):
        return True  # "联系人：张三，电话：023-…，邮箱：hbj@某县.gov.cn": a government mailbox, the office's
    if _CONTACT_UNIT_NOTE.match(rest):
        return True  # "联系人：仉鹏永（信贷部）": the office's department in brackets
    if _OFFICE_PHONE_NEXT.match(text, le + 1):
        return True  # "联系人：王五⏎监督电话：0953-…": the foot of a notice, the office's contact
    if _COMMA_LANDLINE.search(rest) and _signed_below(text, le + 1):
        # "联系人：张三，联系电话：0580-…。⏎⏎某中心⏎2024年3月5日": a landline on the notice's last line,
        # above its signature, is the office's.
        return True
    return ls > 0 and _NOTICE_FOOT.search(text, text.rfind("\n", 0, ls - 1) + 1, ls) is not None


# A label that is a word of a sentence: another label after a conjunction ("真实姓名和联系方式"), or a
# contract's party then what it does ("甲方支付…", "乙方相撞", "甲方承担").
_LABEL_IN_PHRASE = re.compile(
    "[和及与或、](?:联系|电话|身份|住址|地址|手机|证件|性别|年龄|签名|签字|印章|指纹)"
)
_PARTY_VERB = re.compile(
    "(?:支付|相撞|承担|赔偿|赔付|同意|负责|应当|应|于|向|在|已|将|自愿|放弃|履行|收到|一次性|对|不得|须|保证)"
)


_FOUNDLING_NAME = re.compile(rf"[{_HAN}]{{2,3}}(?=[。，,；;）)]|$)", re.M)


def _names(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    rows, lazy_rows, public_roles = ctx.rows, ctx.lazy_rows, ctx.public_roles
    ls = le = -1
    for m in _NAME_LABEL.finditer(text, block_start, block_end):
        start, end = m.span()
        label = m.group()
        if start > le:  # the label's line, once per line (a form's line may hold several labels)
            ls = text.rfind("\n", 0, start) + 1
            le = _line_end(text, start)
        # Tests of the label's words by its first character: most labels need none of them.
        first = label[0]
        contact = first == "联" and label.startswith("联系人")
        # (_public_role_before, inline: it runs for every label.)
        if text.endswith(public_roles, max(ls, start - 6), start) or (
            contact and _office_contact(ctx, ls, start)
        ):
            continue
        if first in "女户监":
            if first == "女" and text[start - 1 : start] == "妇":
                continue  # "妇女儿童工作": no 女儿 there
            if label.startswith("户名") and text.startswith("单", start + 2):
                continue  # "逾期未整改用户名单": 用户 and 名单, no 户名 there
            if label.startswith("监护人") and text[start - 1 : start] == "的":
                _ward(ctx, ls, start - 1)
        elif first == "市" and text.startswith("政", end):
            continue  # "康定市民政局": a city's 民政局, no 市民 there
        cell = ctx.cell_at(ls, start) if ls in rows or ls in lazy_rows else None
        if cell is not None and text[cell[0] : cell[1]] == cell[2]:
            continue  # a table header cell ("与户主关系"), handled by the table pass
        if cell is not None and _other_column(ctx, ls, end):
            continue  # "父亲\t宫颈癌": a relation's cell, then the diagnosis's
        if label == "租户" and text[start - 1 : start] == "出":
            continue  # "出租户": a household that lets rooms, no tenant named
        if label in ("其父", "其母") and text[end : end + 1] in ("父", "母"):
            continue  # "其父母均已去世": both parents, no one named
        if _LABEL_IN_PHRASE.match(text, end) or (first in "甲乙" and _PARTY_VERB.match(text, end)):
            continue  # "提供真实姓名和联系方式", "甲方支付3,874元", "与乙方相撞": words, no name after
        # Every rule below but _value_below reads a run of Chinese characters right after the label.
        value = _HAN_RUN.match(text, end, le)
        if (
            value is not None
            and ("名称" in label or _PLACE_HEAD.match(text, end))
            and _ORGANISATION.search(text, end, min(le, end + 30))
        ):
            # "经营者名称：贺兰于氏餐饮管理有限公司", "被申请人：石柱土家族自治县华盛农资有限公司": a body,
            # whose name begins with a place.
            continue
        named = False
        if value is None and not contact and "A" <= text[end : end + 1] <= "Z":
            # A foreigner's name in Latin letters ("姓名：BATBAYAR GANBOLD  性别：男").
            latin = _LATIN_NAME.match(text, end, le)
            if latin is not None:
                ctx.add("name", end, latin.end())
                named = True
        after = end if label[-1] in "：:" else end + 1 if text[end : end + 1] in "：:" else -1
        if after > 0 and "、" in text[end:le]:
            # "受助学生：李　艳、徐燕平、…、⏎张　秀、…": a list after the label, a PDF's line may break it.
            listed = _COLON_LIST.match(text, after)
            if listed is not None:
                for s, e in _shaped_items(ctx, listed.group(1), listed.start(1), 2):
                    ctx.add("name", s, e)
                    named = True
        if not named and value is not None:
            for s, e in _names_at(ctx, end, le):
                ctx.add("name", s, e)
                named = True
            if not named and not contact:
                # "患者米玛群培之儿子", "申请执行人达瓦德吉与你…纠纷", "你的配偶格桑卓嘎于…": a Tibetan, Yi or
                # Mongolian name of four or more characters right after the label, up to a stop.
                # Only names whose characters say so: a run of four ordinary characters after a label
                # is as often words ("名单如下", "应当自收").
                run = value.group()
                cut = next((i for i in range(4, min(len(run), 11)) if _stop_at(run, i)), len(run))
                if 4 <= cut <= 10 and _minority_name(ctx, run[:cut]):
                    ctx.add("name", end, end + cut)
                    named = True
                elif (
                    len(run) > 3
                    and _stop_at(run, 3)
                    and all(c in TRANSLITERATION_CHARS for c in run[:3])
                    and _valid_name(ctx, run[:3])
                ):
                    # "患者琪琪格于…": a Mongolian or Tibetan name of three, its characters say so.
                    ctx.add("name", end, end + 3)
                    named = True
            given = _FOUNDLING_NAME.match(text, end, le) if not named and label == "取名" else None
            if given is not None:
                # "代为抚养，取名福玲慧。": a welfare home's name for a foundling, its surname the home's
                # own choice (福, 国, 民, 党), which no list of surnames holds.
                ctx.add("name", end, given.end())
                named = True
            if not contact and (not named or label == "患者"):
                # (After 患者 too when a name was found: "患者巴图孟和（…）" is longer than "巴图孟".)
                named = _item_label_name(ctx, label, ls, start, end, le) or named
        # An office's 联系人 is common and not private: a rare surname needs the stronger labels.
        last = label.rstrip(" \t　")[-1:]
        if last in "|｜" and _header_cell_at(ctx, end, le):
            continue  # "| 姓名 | 性别 | 年龄 |": a grid's header, not a form's value
        if last in "：:|｜" and not contact:
            # "姓名：", "户主：", "监护人：" hold a person's name, never a business's ("被处罚人：鑫盛歌厅").
            if value is not None:
                _colon_names(ctx, end, le, not label.startswith(_LIST_LABELS))
        elif not named and end == le and not contact:
            _value_below(ctx, le)  # "申请人姓名⏎张三⏎性别⏎男": a form one field a line
        elif not named and value is not None:
            if label in _RELATIONS:
                _name_before_condition(ctx, end, le)  # "丈夫次仁多吉系四级言语残疾"
            run = value.group()
            longest = _DOTTED_MAX if "·" in run else 4
            if ("姓" in label or label.endswith("\t")) and 2 <= len(run) <= longest:
                _delimited_name(ctx, label, end, le)
            if 2 <= len(run) <= 3 and "·" not in run:
                _kin_noted_name(ctx, end, le)
            if not contact and len(run) >= 2:
                _described_name(ctx, end, le)
    # Rules below are skipped on a block without the words they need: `in` on the block's text costs
    # far less than a pattern's scan, and most blocks hold a form's labels only.
    block = text[block_start:block_end]
    if "另：" in block or "另:" in block:
        for m in _FURTHER_ITEM.finditer(text, block_start, block_end):
            name = m.group(1)
            if _name_token(ctx, name, len(name) == 3) or (
                _four_character_name(name) and _valid_name(ctx, name)
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "监护人）" in block or "监护人)" in block:
        _guardian_pairs(ctx, block_start, block_end)
    household = "户，" in block or "户," in block or "户（" in block or "户(" in block
    if household and "亩" in block:
        for area in _HOUSEHOLD_AREA.finditer(text, block_start, block_end):
            _household_head(ctx, area.start())
    brackets = "（" in block or "(" in block
    if brackets and ("家庭" in block or "共同" in block):
        after = _line_end(text, block_end + 1) if block_end < len(text) else block_end
        for members in _MEMBERS_PAREN.finditer(text, block_start, after):
            for part in _LIST_PART.finditer(text, members.start(1), members.end(1)):
                # Each member after their relation ("（配偶乌云、女宝苏日娜、子伊敏·艾买提）").
                relation = next((k for k in _KIN_PREFIXES if part.group().startswith(k)), "")
                rest = part.group()[len(relation) :]
                if (not relation or "·" not in rest) and _name_token(ctx, part.group(), True):
                    ctx.add("name", part.start(), part.end())
                    continue
                if relation and (
                    _name_token(ctx, rest, True)
                    or ("·" in rest and _pick_name(rest) == len(rest))
                    or _minority_name(ctx, rest)
                ):
                    ctx.add("name", part.start() + len(relation), part.end())
    if brackets:
        for kin in _KIN_BRACKET.finditer(text, block_start, block_end):
            _kin_bracketed_name(ctx, kin.start())
    colon = "：" in block or ":" in block
    if colon and ("同志" in block or "先生" in block or "女士" in block):
        for sal in _SALUTATION.finditer(text, block_start, block_end):
            _salutation(ctx, sal.start())
    if ("村民" in block or "居民" in block) and "系" in block:
        for mark in _RESIDENT_MARK.finditer(text, block_start, block_end):
            _resident(ctx, mark.start())
    if "等" in block or "两" in block:
        for count in _COUNT_AFTER.finditer(text, block_start, block_end):
            _names_before_count(ctx, count.start())
    if "，共" in block or ",共" in block:
        # (Past the block's end by the two characters a total cut by the line's end needs: "共6⏎户".)
        for total in _LISTED_TOTAL.finditer(text, block_start, block_end + 2):
            _listed_total(ctx, total)
    if "户）" in block or "户)" in block:
        for head in _VILLAGE_HOUSEHOLDS.finditer(text, block_start, block_end):
            _village_households(ctx, head)
    for item in _HOUSEHOLD_ITEM.finditer(text, block_start, block_end) if household else ():
        name = item.group(2)
        if item.group(1) is None and not any(
            text.find(w, item.end(), _line_end(text, item.end())) >= 0 for w in _HOUSEHOLD_FACTS
        ):
            continue  # unnumbered, only a vote's or a household's line: not "养殖户，…"
        if name[-1] not in _PLACE_END and (
            _name_token(ctx, name, len(name) > 2 or "·" in name)
            or (_four_character_name(name) and _valid_name(ctx, name) and not _HOUSEHOLD_TYPE.search(name))
            or _transliterated_name(ctx, name)  # "6．额尔敦毕力格户，房屋坐落：…"
            or (
                len(name) == 2 and item.group(1) is not None and all(c in TRANSLITERATION_CHARS for c in name)
            )
        ):
            ctx.add("name", item.start(2), item.end(2))
    for mark in _SEX_MARK.finditer(text, block_start, block_end):
        # The run of 2–4 Chinese characters right before "，男，" (what a leftmost search for
        # _SEX_AFTER finds), looked for from the mark: marks are rare, Chinese characters are not.
        at = _before_padding(text, mark.start())
        tail = _HAN_TAIL.search(text, max(block_start, at - 4), at)
        if tail is None:
            continue
        if "·" in tail.group(1) or text[tail.start() - 1 : tail.start()] == "·":
            # "5、艾力·吐尔逊（户主）": a minority name is longer than the tail; it is the whole run
            # after a delimiter.
            dotted = _DOTTED_TAIL.search(text, max(block_start, at - 11), at)
            name = dotted.group(1) if dotted else ""
            cut = _dotted_start(name) if dotted else 0  # "系由生母买买提·吾守尔，女，"
            name = name[cut:]
            if dotted and _pick_name(name) == len(name) and _valid_name(ctx, name):
                ctx.add("name", dotted.start(1) + cut, dotted.end(1))
            continue
        run = tail.group(1)
        if run[-1] == "户" and mark.group() in ("（", "("):
            _household_noted(ctx, tail.end(1) - 1)  # "张三户（女，84岁，…）同意26票": the head, not "三户"
            continue
        if len(run) == 4 and all(c in TRANSLITERATION_CHARS for c in run) and _long_name_before(ctx, at):
            continue  # "申请人乌云其其格，女，": longer than the tail
        if (
            mark.group() in ("（", "(")
            and text[tail.start(1) - 1 : tail.start(1)] in _ITEM_BEFORE
            and run not in _KIN
            and not (run[0] in _BEFORE_NAME and _name_token(ctx, run[1:], False))  # "对张三（…）"
            and (_name_token(ctx, run, True) or (_four_character_name(run) and _valid_name(ctx, run)))
        ):
            # "、斯琴高娃（往来港澳通行证…）", "、脱荣（身份证号…）": a whole item of a list that an ID
            # or a travel document in brackets follows is a person, whatever the surname.
            ctx.add("name", tail.start(1), tail.end(1))
            continue
        # The name is the end of the run: "当事人张三，男" is covered above; "经查张三，男" is not.
        for length in (4, 3, 2):
            cand = run[-length:] if len(run) >= length else ""
            if (
                cand
                and _surname_len(cand)
                and _valid_name(ctx, cand)
                # "发现一名迷路人员，女，": a group or a role, not a name.
                and cand[-1] not in _GROUP_END
                # "由生母姚军（身份证号…": 母 ends the relation, it does not begin the name.
                and text[tail.end(1) - length - 1 : tail.end(1) - length + 1] not in _KIN_WORDS
                and (length > 2 or _surname_len(cand) == 1)
            ):
                if length == 4 and _surname_len(cand) != 2:
                    continue
                ctx.add("name", tail.end(1) - length, tail.end(1))
                break
        else:
            # "舍帆建，男，现住…" opening a line: the whole run is the name, whatever the surname (three
            # characters: two are as often a word, "其中，男，女各半").
            # Four characters, a Tibetan's or a Yi's, before an ID: "    鲁茸多吉，身份证号…" opening a
            # loss notice's paragraph.
            ls = text.rfind("\n", 0, tail.start(1)) + 1
            if (
                (
                    (len(run) == 3 and _LINE_ENUM.fullmatch(text, ls, tail.start(1)))
                    or (
                        len(run) == 4
                        and not text[ls : tail.start(1)].strip(" \t　")
                        and text.startswith(("，身份证", "，公民身份"), mark.start())
                    )
                )
                and mark.group() in ("，", ",")
                and not any(p.search(run) for p in _HEADER_WORD_PATTERNS)
                and (_name_token(ctx, run, True) if len(run) == 3 else _minority_name(ctx, run))
            ):
                ctx.add("name", tail.start(1), tail.end(1))


# The whole run of characters before a sex mark, from the previous separator or the line's start.
_LONG_TAIL = re.compile(rf"(?<![{_HAN}·])([{_HAN}]{{5,20}})$")
# A person's label that may open that run; the longest first ("被申请人" before "申请人").
_LABELS_LONGEST_FIRST = tuple(sorted(NAME_LABELS, key=len, reverse=True))


def _long_name_before(ctx: _Ctx, at: int) -> bool:
    """Adds a name of five to seven characters written without a dot that ends at `at`, alone or
    after a person's label ("申请人乌云其其格，女"); whether there was one."""
    run = _LONG_TAIL.search(ctx.text, max(0, at - 20), at)
    if run is None:
        return False
    name, start = run.group(1), run.start(1)
    for label in _LABELS_LONGEST_FIRST:
        if name.startswith(label):
            name, start = name[len(label) :], start + len(label)
            break
    if not _transliterated_name(ctx, name):
        return False
    ctx.add("name", start, at)
    return True


# A list's later item about one person, after "另：" ("另：张三经劳动能力鉴定为…", "另：领取期间李四已于…
# 死亡", "另：王五申请的…暂缓认定").
_FURTHER_ITEM = re.compile(
    rf"另[:：](?:[{_HAN}]{{1,4}}期间)?([{_HAN}·]{{2,16}}?)(?=经|已于|已经|申请|因|于[0-9]|的申请|自[0-9])"
)
# "备注：张三的监护人李四因失能，…": the ward before 的监护人, a person whatever the surname.
_WARD = re.compile(rf"(?:^|(?<=[:：，,。；;\t 　]))([{_HAN}·]{{2,16}})$")


def _ward(ctx: _Ctx, ls: int, pos: int) -> None:
    m = _WARD.search(ctx.text, max(ls, pos - 16), pos)
    if m is None:
        return
    name = m.group(1)
    if name not in _KIN and (
        _name_token(ctx, name, len(name) == 3 or "·" in name)
        or (_four_character_name(name) and _valid_name(ctx, name))
    ):
        ctx.add("name", m.start(1), m.end(1))


# An item of a compensation list that names a household by its head and gives its land: "一、张三户，
# 94.48亩，补偿1417.17元" (生态公益林, 退耕还林). The item is the whole line up to "户".
_HOUSEHOLD_AREA = re.compile(r"户[，,][ \t　]*[0-9.]+亩")
_ITEM_HEAD = re.compile(
    rf"[ \t　]*(?:[0-9]{{1,3}}[.、．，,)）]|[（(]?[0-9一二三四五六七八九十]{{1,3}}[)）、．.]"
    rf"|[0-9]{{1,3}}(?=[ \t　]))?[ \t　]*([{_HAN}·]{{2,16}})"
)


def _household_head(ctx: _Ctx, pos: int) -> None:
    text = ctx.text
    ls = text.rfind("\n", 0, pos) + 1
    m = _ITEM_HEAD.fullmatch(text, ls, pos)
    if m is None:
        return
    name = m.group(1)
    # Three characters or a dotted name whatever the surname; two need a listed one ("养殖户" is none).
    relaxed = len(name) == 3 or "·" in name
    if len(name) == 4 and _surname_len(name) != 2:
        return
    if name not in _KIN and name[-1] not in _PLACE_END and _name_token(ctx, name, relaxed):
        ctx.add("name", m.start(1), m.end(1))


def _before_padding(text: str, pos: int) -> int:
    """Where the spaces before pos begin, when a Chinese character precedes them: the layout view
    packs a spaced name and pads it after ("罗 芳 琴（…" reads "罗芳琴  （…")."""
    start = pos
    while start > pos - 4 and text[start - 1 : start] in (" ", "　"):
        start -= 1
    return start if start < pos and _HAN_CHAR.match(text, start - 1) else pos


# What may open a line before its first field: an item's number ("三、", "（2）", "4.").
_LINE_ENUM = re.compile(
    r"(?:[ \t　]*(?:[0-9]{1,3}[.、．，,)）]|[（(]?[0-9一二三四五六七八九十]{1,3}[)）、．]))?"
)
_ITEM_BEFORE = frozenset(("、", "，", ",", "：", ":", "；", ";", "\n", ""))


# A list of people after a colon, closed by its total: "停止领取失业保险金人员：张三、李四，共2人。".
# Or households ("巴音嘎查：宝音、苏和、图门，共3户。": a subsidy's payees village by village). Found from the
# total, then the colon looked for behind it: a PDF's line may break the list after a "、" ("…熊晶、⏎拜占海、
# 白福林，共12名。") and the total itself ("，共6⏎户。"), and the list's first line may hold no cue.
_LISTED_TOTAL = re.compile(r"[，,]共([0-9一二三四五六七八九十]{1,3})\n?(?:人|名|户)")
_LIST_SPAN = 160
# A numbered item of a 公示 or of minutes that names a household by its head: "3.张三户，某村二组，家庭
# 人口2人", "一、李四户，李四，女，85岁，…"; unnumbered, a vote's line ("王五户，家庭人口2人，同意16票").
_HOUSEHOLD_ITEM = re.compile(
    r"^[ \t　]*(?:([0-9]{1,3}[.、．，,)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}[、．.])"
    rf"[ \t　]*)?({_NAME_RUN_LAZY})户(?:[，,]|[（(][0-9]{{1,2}}人[)）]"
    # "一、张三户（某村十一组），家庭人口1人" (the group is the household's home, _home_in_brackets).
    r"|[（(](?=[^（()）\n]{2,30}(?:组|社|队)[)）]))",
    re.M,
)
_HOUSEHOLD_FACTS = ("家庭人口", "票")


def _listed_total(ctx: _Ctx, total: re.Match[str]) -> None:
    """Every item of the list is a name (any surname for three characters), and as many as the total
    says when it is in digits: "本月停发人员：张三、李四，共2人"; not "涉及：城关、新华，共2人"."""
    text = ctx.text
    lo = max(0, total.start() - _LIST_SPAN)
    colon = max(text.rfind("：", lo, total.start()), text.rfind(":", lo, total.start()))
    if colon < 0 or total.start() - colon < 3:
        return
    listed = text[colon + 1 : total.start()]
    if "。" in listed or "\n\n" in listed:
        return
    items = listed.split("、")
    # (A line may break only after a "、": the item then opens with it.)
    starts = []
    pos = colon + 1
    for i, item in enumerate(items):
        if item.startswith("\n") and i > 0:
            pos, item = pos + 1, item[1:]
            items[i] = item
        if "\n" in item:
            return
        starts.append(pos)
        pos += len(item) + 1
    count = total.group(1)
    if count.isdigit() and int(count) != len(items):
        return
    # (A count in digits that the items match lets a name without a listed surname count: a Tibetan,
    # Mongolian or Uyghur one, "邓珠泽仁", "额尔德尼", "亚森·吾斯曼".)
    counted = count.isdigit() and len(items) > 1
    if not all(
        item[-1:] not in _PLACE_END
        and (
            _name_token(ctx, item, len(item) > 2)
            or (counted and ("·" in item or _minority_name(ctx, item) or _four_character_name(item)))
        )
        for item in items
    ):
        return
    for start, item in zip(starts, items, strict=True):
        ctx.add("name", start, start + len(item))


# A relief list by village, its households counted: "　　王家沟村（6户）：张三、李四（帕金森病）、…。"; a
# PDF may break it after any "、".
# (Or by the kind of aid: "一、实物配租（9户）：张三、…".)
_VILLAGE_HOUSEHOLDS = re.compile(
    rf"^[ \t　]*(?:[一二三四五六七八九十]{{1,3}}、)?[{_HAN}0-9]{{1,12}}?[（(]([0-9]{{1,3}})户[)）][:：]", re.M
)
_ITEM_NOTE = re.compile(r"[（(][^（()）\n]{1,16}[)）]$")


def _village_households(ctx: _Ctx, head: re.Match[str]) -> None:
    """Each household's head after its village and their count, when the items are as many as counted
    and each reads as a name (any surname: the count says they are people)."""
    text = ctx.text
    stop = text.find("。", head.end(), head.end() + _LIST_SPAN)
    if stop < 0 or "\n\n" in text[head.end() : stop]:
        return
    spans = []
    pos = head.end()
    for part in text[head.end() : stop].split("、"):
        lead = len(part) - len(part.lstrip(" \t　\n"))
        item = part.strip(" \t　\n")
        note = _ITEM_NOTE.search(item)
        name = item[: note.start()] if note else item
        if "\n" in name or not (
            _name_token(ctx, name, True)
            or ("·" in name and _pick_name(name) == len(name))
            or (2 <= len(name) <= 4 and _valid_name(ctx, name) and name[-1] not in _PLACE_END)
            or _minority_name(ctx, name)
        ):
            return
        spans.append((pos + lead, pos + lead + len(name)))
        pos += len(part) + 1
    if len(spans) != int(head.group(1)):
        return
    for s, e in spans:
        ctx.add("name", s, e)


_GROUP_END = frozenset("员者们人")
_KIN_WORDS = frozenset(
    {"生母", "生父", "养母", "养父", "其母", "其父", "之母", "之父", "祖母", "祖父", "继母", "继父"}
)  # fmt: skip


# "当事人：脱玉花，身份证号…", "权利人：胡英建、剡子秀  证件号码…": after a label and a colon, values
# of two or three characters that each end at a delimiter are names whatever their surname (脱, 厍,
# 仉 … are rarer than the list's). Not a unit's name: "联系人：办公室，".
_COLON_VALUE = re.compile(rf"([{_HAN}]{{2,3}}|[{_HAN}·]{{3,16}})(?=[，,、；;（()） \t　]|$)", re.M)
_UNIT_END = frozenset("村镇乡区县市组街路社委局办所站院校厂店司室科部处队会")
# "家庭成员：儿子 薛金": a relation, not a name.
_KIN = frozenset(
    (
        *NAME_LABELS,
        "孙子",
        "孙女",
        "外孙",
        "爷爷",
        "奶奶",
        "哥哥",
        "姐姐",
        "弟弟",
        "妹妹",
        "公公",
        "婆婆",
        "兄弟",
        # A child's guardians in a 困境儿童 or a pupils' list ("额尔敦，祖父，138…").
        *("祖父", "祖母", "外祖父", "外祖母", "外公", "外婆", "曾祖父", "曾祖母", "外孙女"),
        *("伯父", "伯母", "叔叔", "叔父", "婶婶", "姑姑", "姑父", "姑妈", "舅舅", "舅妈", "姨妈", "姨父"),
        *("姨母", "继父", "继母", "养父", "养母", "岳父", "岳母", "嫂子", "兄长", "哥嫂", "姐夫"),
    )
)


# A four-character value after a person's label is a Tibetan or Yi name ("诉求人：扎西顿珠"), but a
# household's list may hold other things ("家庭成员：子女教育、父母赡养").
_LIST_LABELS = ("家庭成员", "成员", "家属")


def _colon_names(ctx: _Ctx, pos: int, le: int, four: bool = True) -> None:
    text = ctx.text
    while True:
        run = _COLON_VALUE.match(text, pos, le)
        if run is None:
            return
        value, start = run.group(1), run.start(1)
        if value[-1] in _UNIT_END or value in _KIN:
            return
        if value[0] in _KIN_END and len(value) > 2 and _name_token(ctx, value[1:], False):
            value, start = value[1:], start + 1  # "孙子：蒙平平、夫凌平存": the next member's relation
        if "·" in value and (cut := _dotted_start(value)) > 0:
            # "流出方：某村村民艾力·吐尔逊、…": the dotted name after the village's words.
            value, start = value[cut:], start + cut
        # "姓名：尼玛次仁", "监护人：曲比拉哈": a Tibetan or Yi name has no surname from the list.
        tibetan = four and _four_character_name(value) and _valid_name(ctx, value)
        if not tibetan and not _name_token(ctx, value, True) and not _transliterated_name(ctx, value):
            return
        ctx.add("name", start, run.end(1))
        if text[run.end() : run.end() + 1] != "、":
            return
        pos = run.end() + 1


# (Or households without their number: "您反映的张三、李四等户的困难情况".)
_COUNT_AFTER = re.compile(_COUNT_WORDS + "|等户(?=的|，|,)")
# A form's value cell ends at a tab, two spaces, a full-width space or the end of the line.
_CELL_END = re.compile(r"\t|  |　|$", re.M)


# "监护人脱俊（祖父）", "联系人纳梅（母亲）": a relation in brackets after the value says it is a person,
# whatever the surname.
_KIN_END = frozenset("父母亲爷奶兄姐哥弟妹叔姑舅姨伯婶嫂子女夫妻")


def _kin_noted_name(ctx: _Ctx, pos: int, le: int) -> None:
    text = ctx.text
    run = _HAN_RUN.match(text, pos, le)
    if run is None or "·" in run.group() or not 2 <= len(run.group()) <= 3:
        return
    note = _KIN_NOTE.match(text, run.end(), le)
    if note is None or not 1 <= len(note.group()) - 2 <= 3 or note.group()[-2] not in _KIN_END:
        return
    name = run.group()
    if name not in _KIN and _name_token(ctx, name, True):
        ctx.add("name", run.start(), run.end())


# A family relation in brackets after a name ("江荣（儿子） 5226…", "田  毅（配偶）、尉迟洁（子女）"):
# an application's co-applicants and a household's members, wherever the list stands.
_KIN_RELATION = (
    "(?:配偶|子女|儿子|女儿|长子|次子|三子|长女|次女|三女|之子|之女|丈夫|妻子|父亲|母亲|儿媳|女婿"
    "|孙子|孙女|外孙|外孙女|哥哥|姐姐|弟弟|妹妹|兄弟|姐妹|公公|婆婆|岳父|岳母|子|女|妻|夫"
    # A released prisoner's or an addict's relative in a 帮教 ledger: "叶海涛（兄）", "拉巴嘎玛（父亲）".
    "|兄|姐|弟|妹|父|母|祖父|祖母|外祖父|外祖母|爷爷|奶奶|外公|外婆|叔叔|伯父|姑姑|舅舅|嫂子|姐夫|妹夫"
    # A 特困 person's guardian is often a nephew or a niece: "张三（侄子），电话…", "李四（外甥女）".
    "|侄子|侄女|外甥|外甥女|侄孙|侄孙女)"
)
# The relation to the party may be spelt out, more following: "共同建设人：张三（系当事人配偶，身份证号…）".
# Or a relation of two characters and the person's phone: "家属张三（儿子，联系电话：…）".
_KIN_BRACKET = re.compile(
    rf"[（(](?:{_KIN_RELATION}[）)]|系(?:当事人|申请人|户主|被处罚人)(?:之|的)?{_KIN_RELATION}[）)，,]"
    rf"|(?={_KIN_RELATION}[，,])[{_HAN}]{{2,3}}[，,](?:联系)?(?:电话|手机))"
)
# The role a relative is named with, run into the name ("责令其监护人张三（系当事人妻子，…）",
# "家属李四（儿子，…）"): the name begins after it.
_KIN_ROLE = re.compile("监护人|家属|亲属|近亲属|保证人|代理人|代办人|联系人")
# The value before it, from the previous separator: a name, or a name padded to a column's width.
# (A spaced name is packed by _layout_view, its spaces after it: "田毅  （配偶）".)
_BEFORE_KIN = re.compile(
    # (Or a bracket: the first of the members a household's size opens, "家庭人口3人（刘志俊（丈夫）、…）".)
    # (A CSV's quote and a markdown table's bar part cells too: '"詹爱华（姐）"', "| 王五（父亲） |".)
    rf"(?:^|(?<=[、，,；;：:\t 　（(\"|\n]))([{_HAN}·]{{2,16}}|[{_HAN}][ 　]{{1,3}}[{_HAN}])[ 　]{{0,3}}$"
)


def _kin_bracketed_name(ctx: _Ctx, bracket: int) -> None:
    text = ctx.text
    ls = text.rfind("\n", 0, bracket) + 1
    m = _BEFORE_KIN.search(text, max(ls, bracket - 18), bracket)
    if m is None:
        return
    name, start = m.group(1), m.start(1)
    if text[start - 1 : start] == "\n" and name[0] in "人者员" and len(name) > 2:
        # "…，监护⏎人覃春（父亲）": a label a PDF's line cut, its last character opening the line.
        name, start = name[1:], start + 1
    roles = list(_KIN_ROLE.finditer(name)) if len(name) > 4 else []
    if roles and len(name) - roles[-1].end() >= 2:
        name, start = name[roles[-1].end() :], start + roles[-1].end()
    plain = name.replace(" ", "").replace("　", "")
    if (
        plain not in _KIN
        and (_pick_name(plain, True) == len(plain) or _four_character_name(plain) or "·" in plain)
        and _valid_name(ctx, plain)
    ):
        ctx.add("name", start, m.end(1))


# After a person's label, a value that a sex, a home or an ID follows ("当事人禤梅，女，", "车辆所有人
# 摆彤，住所…"), or a couple ("收养人脱明、许佳怡夫妇"), is a person whatever the surname.
_DESCRIBED = re.compile(
    rf"([{_HAN}]{{2,4}})(?:[，,](?=[男女][，,]|住|现住|家住|公民身份|身份证)|、([{_HAN}]{{2,3}})夫妇"
    # "房东旦增旺堆（联系电话…）", "房东呼 和（…": the person's own number in brackets, after the sex
    # too ("申请人仉新学（男，公民身份号码：…）").
    r"|[ 　]{0,3}[（(](?=(?:[男女][，,])?(?:(?:联系)?电话|手机|联系方式|身份证|公民身份)))"
)


def _described_name(ctx: _Ctx, pos: int, le: int) -> None:
    m = _DESCRIBED.match(ctx.text, pos, le)
    if m is None:
        return
    groups = [g for g in (1, 2) if m.group(g) and m.group(g) != "你"]
    if all(m.group(g) not in _KIN and _kin_item_name(ctx, m.group(g)) for g in groups):
        for g in groups:
            ctx.add("name", m.start(g), m.end(g))


_NOTED_VALUE = re.compile(rf"([^（(]{{2,{_DOTTED_MAX}}})[（(][^\n]*[）)]")


def _value_below(ctx: _Ctx, le: int) -> None:
    """The value of a label alone on its line, alone on the next line: a name whatever the surname,
    a Tibetan or Yi name of four characters too; not the next label ("姓名⏎性别") nor a relation."""
    text = ctx.text
    end = _line_end(text, le + 1)
    start = le + 1 + len(text[le + 1 : end]) - len(text[le + 1 : end].lstrip(" \t　"))
    value = text[start:end].rstrip(" \t　")
    noted = _NOTED_VALUE.fullmatch(value)
    if noted is not None:
        value = noted.group(1)  # a note on the value ("户主签字⏎张三（代签，系户主配偶）")
    if 2 <= len(value) <= _DOTTED_MAX and not _known_header(value) and _slot_name(ctx, value):
        ctx.add("name", start, start + len(value))


def _header_cell_at(ctx: _Ctx, pos: int, le: int) -> bool:
    """Whether the grid cell at pos holds a header's word ("性别", "联系电话"), not a value."""
    run = _HAN_RUN.match(ctx.text, pos, le)
    if run is None:
        return False
    if ctx.text[run.end() : run.end() + 1].isdigit():
        return False  # "竹核乡石门村3组7号": a value with a house number, whatever words it holds
    if _PLACE_CHAIN.search(run.group()):
        return False  # "某县某镇院子村石板组": a county, a township, a village, no header's words
    return any(p.search(run.group()) for p in _HEADER_WORD_PATTERNS)


# (Or a township, a village and its group: "白崖台乡乔沟村河边组".)
_PLACE_CHAIN = re.compile(
    rf"[县市区旗][{_HAN}]{{1,12}}?[乡镇][{_HAN}]{{1,12}}?村|[乡镇][{_HAN}]{{1,12}}?村[{_HAN}]{{0,4}}组$"
)


def _delimited_name(ctx: _Ctx, label: str, pos: int, le: int) -> None:
    """After "姓名" or a label ending its cell ("申请人\t"), a value that fills its cell is a name
    even when its surname is not in the list (纳, 拜 … are rarer than the list's)."""
    text = ctx.text
    if "姓" not in label and not label.endswith("\t"):
        return
    run = _HAN_RUN.match(text, pos, le)
    if run is None or not 2 <= len(run.group()) <= (_DOTTED_MAX if "·" in run.group() else 4):
        return
    if not _CELL_END.match(text, run.end()):
        return
    name = run.group()
    if any(p.search(name) for p in _HEADER_WORD_PATTERNS):
        return  # "姓名\t职务\t…": a header row, not a form's value
    if _other_column(ctx, text.rfind("\n", 0, pos) + 1, run.start()):
        return
    short = len(name) <= 3 and "·" not in name
    if _valid_name(ctx, name) and (
        (short and _pick_name(name, True) == len(name))
        # After "姓名" itself, a Mongolian, Tibetan or Uyghur name filling its cell ("姓　　名\t吴乌力吉",
        # "姓名\t艾力·吐尔逊").
        or ("姓" in label and "·" in name and _pick_name(name) == len(name))
        or ("姓" in label and _four_character_name(name))
    ):
        ctx.add("name", run.start(), run.end())


def _other_column(ctx: _Ctx, ls: int, pos: int) -> bool:
    """Whether pos lies in a row's cell whose column holds a diagnosis or an address: "子女\t宫颈癌"
    is the relation's column, then the diagnosis's, not a relative's name."""
    cell = ctx.cell_at(ls, pos) if ctx.is_row(ls) else None
    return cell is not None and _column_role(ctx, cell[2], False) in (
        "health",
        "health_reason",
        "finding",
        "risk",
        "address",
    )


# The members a form lists after the household's size: "家庭人口：4人（张三、李四、王五）".
_MEMBERS_PAREN = re.compile(
    r"(?:家庭人口|家庭成员|共同居住人|共同申请人)[:：]?[ \t　]*[0-9一二三四五六七八九十]+(?:人|口)"
    # (A PDF's line may break the list: "（配偶张三、女⏎李四）".)
    r"[（(]([^（()）\n]{2,80}(?:\n[^（()）\n]{1,80})?)[)）]"
)
_LIST_PART = re.compile(rf"[{_HAN}·]{{2,16}}(?=[、，,；; ]|$)")
_KIN_PREFIXES = (
    "配偶", "妻子", "丈夫", "儿子", "女儿", "儿媳", "女婿", "孙子", "孙女", "父亲", "母亲", "长子", "次子",
    "长女", "次女", "妻", "夫", "子", "女", "父", "母",
)  # fmt: skip


# "张三同志：" heading a letter: the addressee, a citizen (officials speak as "张三同志指出").
_SALUTATION = re.compile(r"(?:同志|先生|女士)[:：]")


def _salutation(ctx: _Ctx, pos: int) -> None:
    text = ctx.text
    ls = text.rfind("\n", 0, pos) + 1
    start = ls
    while start < pos and text[start] in " \t　":
        start += 1
    end = pos
    while end > start and text[end - 1] == " ":
        end -= 1  # a spaced name read packed and padded: "苏 和同志：" as "苏和 同志："
    name = text[start:end]
    # A known surname: "各位同志：", "全体先生：" address no one in particular; or a Tibetan, Yi or
    # Mongolian name ("桑珠卓玛同志：").
    if _HAN_RUN.fullmatch(name) and (
        (_pick_name(name) == len(name) and _valid_name(ctx, name)) or _minority_name(ctx, name)
    ):
        ctx.add("name", start, end)


# "经查，张三系青云村村民": a party introduced by what he is, without a label.
_RESIDENT_MARK = re.compile(rf"系(?=[{_HAN}0-9]{{0,24}}?(?:村民|居民))")
_PLACE_END = frozenset("村镇乡区县市组街路社委局办所站院校厂店司")


def _resident(ctx: _Ctx, pos: int) -> None:
    text = ctx.text
    for length in (3, 2):
        start = pos - length
        if start < 0 or (start > 0 and _HAN_CHAR.match(text, start - 1)):
            continue  # the name must begin after punctuation: "经查张三系" is left alone
        name = text[start:pos]
        if (
            _HAN_RUN.fullmatch(name)
            and _surname_len(name)
            and _pick_name(name + "系") == length
            and name[-1] not in _PLACE_END
            and _valid_name(ctx, name)
        ):
            ctx.add("name", start, pos)
            return


_NOT_BEFORE_NAME = frozenset("和与及将对给向把经由为是有同意")


def _roled_item(ctx: _Ctx, token: str) -> bool:
    """Whether an item of a list that a role opens ("村民张三、李四") is a name, whatever its surname."""
    return (
        _HAN_RUN.fullmatch(token) is not None
        and token not in _KIN
        and (_pick_name(token, True) == len(token) or _four_character_name(token))
        and _valid_name(ctx, token)
    )


def _listed_item(ctx: _Ctx, token: str, between: bool) -> bool:
    """An item of a list of names: three characters whatever the surname, a Tibetan, Mongolian or Yi name
    of four or more; two need a listed surname ("妇女、儿童等20人" are no names). Between two names, any
    four characters that read as a name ("包娜仁花")."""
    if len(token) == 2:
        return _name_token(ctx, token, False)
    if len(token) == 3:
        return _name_token(ctx, token, True)
    if between and len(token) == 4 and _four_character_name(token) and _valid_name(ctx, token):
        return True
    return _minority_name(ctx, token)


# The words a list of households' heads follows in a sentence ("同意改造的有张三、…", "包括：李四、…").
# (And the addressee's fellows: "你与阿拉坦仓、任福贵等3人于…务工", a wage complaint's reply.)
_LIST_LEAD = ("有", "：", ":", "包括", "你与", "您与")


def _glued_minority_name(ctx: _Ctx, token: str) -> int:
    """The length of a Tibetan, Mongolian or Yi name at the end of a list's first token, right after the
    words that lead the list ("…同意改造的有扎西多吉"), or 0."""
    for length in range(min(10, len(token) - 1), 3, -1):
        if token.endswith(_LIST_LEAD, 0, len(token) - length):
            name = token[-length:]
            if _HAN_RUN.fullmatch(name) and _minority_name(ctx, name):
                return length
            # (A nearer lead may follow: "核实：你与木乃木呷".)
    return 0


def _list_wrapped_from(text: str, ls: int) -> int:
    """The start of a list of names that hard wraps break after "、" ("张三、⏎李四等3户"): up to three lines
    above ls whose ends are a list's "、"."""
    for _ in range(3):
        if ls < 2:
            break
        above = text.rfind("\n", 0, ls - 1) + 1
        if not text[above : ls - 1].rstrip(" \t　").endswith("、"):
            break
        ls = above
    return ls


def _names_before_count(ctx: _Ctx, pos: int) -> None:
    text = ctx.text
    line_start = text.rfind("\n", 0, pos) + 1
    ls = _list_wrapped_from(text, line_start)
    tokens = text[max(ls, pos - 60 if ls == line_start else pos - 200) : pos].split("、")
    if len(tokens) < 2:
        return
    names: list[tuple[int, int]] = []
    end = pos
    # "张三、巴图孟和、包娜仁花等294户": households named by their heads take any name (not "等5名同志",
    # an appointment's).
    count = _COUNT_AFTER.match(text, pos)
    if count is not None and text.startswith("同志", count.end()):
        return  # "决定聘任张三、李四等8名同志为人民调解员": an appointment, public by design
    households = count is not None and count.group().endswith("户")
    pending: tuple[int, int] | None = None
    # "某村村民张三、李四、王五等7户": after a role the items are people whatever their surnames.
    roles = list(_ROLE_PREFIX.finditer(tokens[0]))
    role = roles[-1] if roles and _roled_item(ctx, tokens[0][roles[-1].end() :]) else None
    for i, raw in enumerate(reversed(tokens)):
        # A hard wrap after "、" leaves the next item at a line's start ("、⏎张三"); the first item may
        # open a line of its own ("同意改造的有⏎张三、").
        token = raw.lstrip(" \t　\n")
        if "\n" in token:
            token = token[token.rfind("\n") + 1 :].lstrip(" \t　")
        if "·" in token and (cut := _dotted_start(token)) > 0:
            token = token[cut:]  # "您反映的如克亚·买买提、…等户": the words before a dotted name
        last = i == len(tokens) - 1 or raw[: len(raw) - len(token)].strip(" \t　\n") != ""
        first = last or (i == len(tokens) - 2 and tokens[0].strip(" \t　\n") in _TEN)
        if first and len(token) >= 3 and token[0] in "对将把向由给" and role is None:
            token = token[1:]  # "对廖建伟、朴明哲两户…": the list's preposition, then its first name
        start = end - len(token)
        if role is not None:
            lead = role.end() if last else 0
            if not _roled_item(ctx, token[lead:]):
                break
            names.append((start + lead, end))
        elif _HAN_RUN.fullmatch(token) and (
            (_pick_name(token) == len(token) and _valid_name(ctx, token)) or _minority_name(ctx, token)
        ):
            names.append((start, end))  # "张三、巴图孟和、哈斯巴根等294户"
        elif households and not last and (names or len(token) > 2) and _listed_item(ctx, token, bool(names)):
            names.append((start, end))  # "张三、包娜仁花、苏日娜等202户": an item between two names
        elif (
            count is not None
            and len(names) > 1
            and not last
            and _HAN_RUN.fullmatch(token)
            and 2 <= len(token) <= 4
            and token[-1] not in _PLACE_END
            and _valid_name(ctx, token)
        ):
            # Of people too, once two names close the list: "…萨仁、哈斯、斯琴高娃等11人".
            names.append((start, end))
        elif (
            count is not None
            and i == 0
            and not last
            and _HAN_RUN.fullmatch(token)
            and 2 <= len(token) <= 4
            and token[-1] not in _PLACE_END
            and token not in NOT_NAMES
        ):
            # The item right before the count, whose surname no list holds ("…、马红军、拓海涛等9人"): a
            # name if the items before it are names.
            pending = (start, end)
        else:
            glued = (
                _glued_minority_name(ctx, token)
                if last and (households or len(names) > 1 or (count is not None and names))
                else 0
            )
            if glued:
                names.append((end - glued, end))  # "同意改造的有扎西多吉、…"
                break
            # The first name is glued to the words before it ("同意张三"): take the longest name
            # at the end of the token, unless it would start with such a word.
            for length in (4, 3, 2):
                cand = token[-length:]
                if (
                    len(token) > length
                    and _HAN_RUN.fullmatch(cand)
                    and _pick_name(cand) == length
                    and _valid_name(ctx, cand)
                    and cand[0] not in _NOT_BEFORE_NAME
                ):
                    names.append((end - length, end))
                    break
            break
        if last:
            break
        end = end - len(raw) - 1  # the "、"
    if len(names) >= 2:
        if pending is not None:
            names.append(pending)
        for s, e in names:
            ctx.add("name", s, e)


# Words before a name in prose that make it a private person's: a relative or neighbour ("户内张三为
# 一级残疾", "与邻居李四因…"), a party to a case ("原告张三诉被告李四…", "第三人：王五"), a citizen a
# petition or a hotline ticket names ("诉求人：", "来电人："), and the person an office asked,
# told or called back ("经征求张三意见", "已告知张三…", "电话回访张三，").
_NAME_CUE = re.compile(
    r"(?:户内|其(?:儿媳|女婿|侄子|侄女|儿子|女儿|丈夫|妻子|子|女|孙子|孙女)|邻居|原告|被告|第三人|第三方|征求|回访|告知|诉求人|来电人|权利人"
    # The parties of a 人民调解协议书 (a company as 甲方 has no surname-led name and is left alone).
    r"|甲方|乙方"
    # A worker, a colleague or a conscript named in a decision ("职工张三（公积金账号…）", "公司员工王五
    # （联系电话…）在场", "同班组工友
    # 李四（电话…）", "应征青年王五（…）"), a child in an application ("因子女张三患…").
    r"|职工|员工|工友|应征青年|子女|孩子"
    # The people an incident or a household's file names: "配偶张三患…", "伤者李四，女，", "驾驶员王五".
    r"|配偶|伤者|死者|伤员|驾驶员|乘车人|行人|路人"
    # "遗失之子张三的出生医学证明", "转入张三的银行账户".
    r"|之子女|之子|之女|转入"
    # "申请人之妻李四于…", "献血者张三（…）之岳母王五，因…": a relative named after the relation.
    r"|之(?:妻|夫|父亲|母亲|父|母|兄|弟|姐|妹|孙子|孙女|侄子|侄女|侄|公公|婆婆|岳父|岳母)"
    # A contract's or a sale's party, a shop's keeper, a pupil's parent, a farmer named by his
    # village ("承包方张三，年租金…", "送达买受人李四时起", "经营者王五对违法事实无异议", "请家长赵六于…",
    # "同组村民孙七侵占…").
    r"|承包方|买受人|经营者|家长|村民"
    # A rental check's landlord and tenants ("房东张三（联系电话…），出租给李四（身份证号…）").
    r"|房东|出租给|承租人"
    # A neighbouring household a demolition or a dispute names ("邻户张三（139…）陈述…"); a household's
    # newborn ("某户新生儿张三（2024年3月16日出生）").
    r"|邻户|新生儿"
    # Hired from poor households to a public-welfare post, named in a 考核 or a 解聘 ("某村护林员张三6月以来
    # 巡护轨迹造假"): the post says their household's need.
    r"|护林员|护路员|保洁员|巡河员|管水员)"
    r"[ \t　]*[:：]?[ \t　]*(?!成员|人口|人员|家庭|代表|委员|小组|自治|会议)"
)
# A person named first, then a relative of theirs, at the start of an item or a clause: "（一）汪军成之女
# 赵杰贵（…出生）", "李涛海之母景花琴于…去世", "，系王五之配偶".
_LOST_WORD = re.compile("(?:不慎)?遗失")
_SIBLING_AFTER = re.compile(rf"出生[）)]和({_NAME_RUN_LAZY})(?=[。，,；;（(]|$)", re.M)
_OF_KIN = re.compile("之(?:父亲|母亲|配偶|长子|次子|长女|次女|孙子|孙女|父|母|子|女|妻|夫|兄|弟|姐|妹)")
# (Searched in the few characters before such a relation: `re` skips to 之 in C, then this looks back.)
_NAME_BEFORE_KIN = re.compile(
    # (An item may open with a newspaper's bullet: "■张三遗失居民身份证", "◆李四之子…".)
    r"(?:^|[\n，,；;：:（(、。])[ \t　]*(?:[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[①-⑳]"
    r"|[■◆●★▲◇□○◎※►•][ \t　]*)?"
    rf"[ \t　]*(?:系|为|是)?(?:本人|患者|村民|居民|申请人|户主)?({_NAME_RUN})\Z"
)
_PRONOUN_FIRST = frozenset("他她其本该我你您各每")
# Cues that name a person right after them, never after a gap.
_BARE_CUE = re.compile("承包方|买受人|经营者|家长|村民|房东|出租给|承租人")
# Cues that can only be followed by a person: any surname will do.
_PERSON_WORD = re.compile("邻居|邻户|工友|承包方|买受人|房东|出租给")
# A mobile, not an office's line: "职工食堂（电话0951-…）" is a place.
_OWN_NUMBER = re.compile(
    rf"([{_HAN}]{{2,4}})[（(](?=[^）)\n]{{0,6}}?(?:(?:账号|身份证|公民身份|手机|证号)[^）)\n]{{0,4}}?[0-9]|电话[:：]?1[3-9]))"
)
# Cues whose name is found even with a surname outside the list (the cue alone says "a person"):
# a household's vote or decision ("张三户同意35票", "不同意李四户的申请"), a list of households
# agreed to ("同意张三，李四2户纳入…"), a speaker and where the family lives ("代表甲：张三家住…"),
# a line opening with a name and an age ("张三，77岁，"), an SMS greeting ("【某局】张三，您好"),
# the neighbours bounding a land parcel ("东至张三，西至路").
_HOUSEHOLD_VOTE = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=[及和与对将]))(?:不?同意)?({_NAME_RUN_LAZY})户"
    # "张三户同意35票", "不同意李四户的申请", "…安置方案及王五户安置补偿…".
    # "其中，张三户因肺癌长期治疗": a household's cause.
    r"(?=[：:]?同意[0-9]+票|[：:]?赞成[0-9]+票|的申请|的(?:安置|征收|拆迁|房屋|补偿)|(?:安置|征收|拆迁)补偿|因)"
)
# A run that begins after punctuation or at a line's start.
_RUN_START = r"(?:^|(?<=[：:，,。；;\t 　]))"
# A village's accounts: the payee of a payment, the payer of a fee ("支付村民张三防汛值守补助",
# "收到李四缴纳集体土地承包费").
_PURPOSE = "|".join(
    ("防汛", "清理", "购买", "修路", "垃圾", "土地", "务工", "慰问", "缴纳", "劳务", "误工", "临时", "补助",
     "运输", "材料", "工资", "报酬", "租金", "承包", "流转", "交纳", "上缴", "青苗", "补偿", "安装", "修补",
     "修建", "维修", "修缮", "搬运", "看护", "巡护", "打扫", "水渠", "清淤", "护林", "保洁", "巡河", "护路",
     "环卫", "绿化",
     # Hire of a machine with its driver ("支付村民张三挖掘机台班费").
     "挖掘机", "铲车", "机械", "台班")
)  # fmt: skip
_PAYEE = re.compile(
    # (Not "拒不支付劳动报酬罪": 劳 is a surname.)
    rf"(?:支付(?:村民|农户|给)?|收到(?:村民)?)(?!{_PURPOSE}|上级|资金|款项|费用|劳动|劳务)({_NAME_RUN_LAZY})(?={_PURPOSE})"
)
# A notice to parents names a pupil: "特别提醒：张三同学沙眼，请家长…".
_PUPIL = re.compile(rf"{_RUN_START}({_NAME_RUN_LAZY})同学(?![们会])", re.M)
_AGREED_LIST = re.compile(
    rf"同意(?:将|把|对|给)?({_NAME_RUN}(?:[、，,]{_NAME_RUN})*?)(?:等)?[0-9一二三四五六七八九十两]+(?:户|人|名)"
    r"(?=纳入|享受|列入|为|的)"
)
# A household by its head and its size, as a survey or a meeting's record gives it ("走访了，张三家共6人",
# "李四户家庭人口4人").
_HOUSEHOLD_SIZE = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=[了对把将和与跟是]))({_NAME_RUN_LAZY})[家户]"
    # (A dividend's list: "张三户3人360元".)
    r"(?=共[0-9一二三四五六七八九十]+[人口]|家庭人口|(?<=户)[0-9一二三四五六七八九十]{1,2}人[0-9])"
)
# A household a township's review lists by its village ("二、张湾村：常治国，川口社人，家庭人口3人。",
# "一、某村：降措，阿木柯河村人，家庭人口4人。").
_VILLAGE_HOUSEHOLD = re.compile(
    rf"(?<=[村区屯组社])[：:][ \t　]*({_NAME_RUN_LAZY})[，,](?=[^，,。；;\n]{{1,12}}[，,]家庭人口)"
)
# A villager a meeting's record or a reply is about ("研究某村村民张三医疗救助申请", "某村委会村民李四的信访
# 诉求"): the villager, then what is theirs. (Not "村民代表", "村民小组": no person.)
_VILLAGER = re.compile(
    # (Or the item a meeting examines: "三、审议村民张三宅基地建房申请".)
    r"(?<=[村会组议]村民)(?!代表|小组|委员|会议|自治|大会|议事|理事|监督|说事|建房|自建|住房|宅基地)"
    rf"({_NAME_RUN_LAZY})(?=的|之|低保|医疗|临时|信访|申请|反映|家|户|宅基地|[（(，,。；;])"
)
# Who speaks for a relative ("会议认为，张三反映其母亲李四低保金额偏低一事"): the first run, a person.
_REPORTS_KIN = re.compile(
    rf"{_RUN_START}(?!市民|群众|居民|村民|网民|农户|住户|家属|来电人|诉求人|该户)({_NAME_RUN_LAZY})(?=反映其)",
    re.M,
)
# An item's number opens the speaker's line too: "3．张三家住…".
_LIVES_AT = re.compile(rf"(?:^|(?<=[：:，,。；;．]))[ \t　]*({_NAME_RUN_LAZY})(?=家住|家在)", re.M)
_AGE_LINE = re.compile(rf"^[ \t　]*([{_HAN}·]{{2,16}})(?=[，,（(][0-9]{{1,3}}岁)", re.M)
# A household's members, one a line: name, relation to the head, age ("  曾秀  之母  60岁  务工").
_MEMBER_LINE = re.compile(
    rf"^[ \t　]*([{_HAN}·]{{2,16}})"
    rf"(?=[ \t　]+(?:之[母父子女孙妻夫媳婿]|配偶|户主|本人|儿媳|女婿)[ \t　]+[0-9]{{1,3}}岁)",
    re.M,
)
_GREETING = re.compile(rf"(?<=】)([{_HAN}·]{{2,16}}?)(?=(?:户主)?[，,]?您好)")
# "东至张三，", "南至李四承包地", "西至王五家。", "北至赵六地": a neighbour, or the neighbour's parcel.
_SIDE_END = r"(?:[，,；;。 \t　/]|$)"
_OWNED = "承包地|宅基地|责任田|自留地|耕地|林地|菜地|住宅|房屋|墙脚|菜园|院墙|房后|老宅"
# (A form may put the side as a label, "东：至张三住宅", and say who lives there, "西至邻居李四承包地".)
# (Or "北至：张三承包地"; or the side and a colon alone in a list of sides, "东：路；南：李四家地".)
_BOUNDARY = re.compile(
    rf"(?:[东西南北](?:[：:][ \t　]*)?至(?:[：:][ \t　]*)?"
    rf"|(?:(?<=[；;])|(?<=四至[：:]))[东西南北][：:][ \t　]*)"
    rf"(?:邻居|邻户)?([{_HAN}·]{{2,16}}?)"
    rf"(?={_SIDE_END}|(?:家)?(?:{_OWNED})|家?[地宅]{_SIDE_END}|家{_SIDE_END})",
    re.M,
)
# A neighbour spaced out by full-width spaces to a table's width: "东至范　桂林地", "东至邹　伟　全家".
_SPACED_BOUNDARY = re.compile(
    rf"[东西南北]至([{_HAN}])　{{1,2}}([{_HAN}])(?:　{{1,2}}([{_HAN}]))?"
    # (With the owner's words only: two spaced characters alone may be a place, "国　有".)
    rf"(?=(?:家)?(?:{_OWNED})|[家地宅]{_SIDE_END})"
)
# The neighbour's own words after the name in a 四至 cell: "张三家", "李四承包地", "王五地", "赵六宅".
_OWNER_SUFFIX = re.compile(f"(?:家|的)?(?:{_OWNED})$|家?[地宅]$|家$")
# The owner's words after a neighbour's name (not a bare 地: "东至荒地").
_OWNER_WORDS = ("家", "宅", *_OWNED.split("|"))
# What a side may border that no name rule can tell from a name without a listed surname: works,
# public land and bodies ("水利设施", "国有林场", "村集体").
_NOT_NEIGHBOUR = re.compile("荒|设施|水|公路|铁路|国有|集体|公共|空|单位|学校|公司|厂|站|井|坟|墓|电|线")
# What a parcel borders when it is not a neighbour: roads, water, land, a village's boundary.
_LAND_WORD = re.compile(r"[路渠沟河界地田林带山坡埂墙房院道坝场沙滩湖塘堤梁村镇乡组队庄街巷园区岭崖垭洼]")
_BOUNDARY_PART = re.compile(rf"(?:[东西南北]至)?([{_HAN}·]{{2,16}})(?=[/／、，,；; ]|$)")
# A meeting's attendees after its count ("应到代表36人，实到35人，其中：张三、李四、王五等。"), its
# members' signatures ("参会代表签字：张三  李四  王五……"), and the heading of its speeches.
_ATTENDEES = re.compile(r"(?:实到|到会|参会|出席|参加)[^\n]{0,16}?其中[:：][ \t　]*")
# A numbered item that opens with a person and their village ("3. 张三（某村）纳入特困人员集中供养").
_ITEM_PERSON = re.compile(
    rf"^[ \t　]*[0-9]{{1,3}}[.、．][ \t　]*([{_HAN}·]{{2,12}})[（(][^）)\n]{{1,20}}(?:村|嘎查|社区)[）)]",
    re.M,
)
# People a sentence counts, then lists after a colon ("确认以下7人为本社成员：张三、李四。").
_LISTED_BELOW = re.compile(r"以下[0-9一二三四五六七八九十]{1,3}(?:人|户|名)[^\n：:。]{0,14}[:：][ \t　]*")
# (Not "调查人员签字：": the office's staff.)
_SIGNATURES = re.compile(
    r"(?:代表|参会人员|与会人员|村民|群众|户主|小组成员)[（(]?签[字名][）)]?[:：][ \t　]*"
)
# A villagers' delegate speaking at a hearing or a meeting ("村民代表张三：申请人家庭确实困难").
# (Or "代表王五：" opening its line; a PDF may space the name: "村民代表李　文：".)
_DELEGATE_SPEAKS = re.compile(
    rf"(?:村民|居民|群众|户|党员)?代表([{_HAN}·]{{2,10}}?|[{_HAN}][ 　]{{1,3}}[{_HAN}])"
    r"(?:说|发言|提出|提问|问|表示|指出|认为|答|称|建议)?[ 　]{0,3}[:：]"
)
_SPEECHES_HEAD = re.compile(r"发言[:：][ \t　]*$", re.M)
_SIGNATURE_LINES = 30
# A speaker's line: "    张三：我同意", "    李四（4组）：…", "    王五（9组代表）：…".
_SPEAKER_LINE = re.compile(rf"[ \t　]*([{_HAN}·]{{2,10}})(?:[（(][^）)\n]{{1,10}}[)）])?[:：]")
_SERIES_ITEM = re.compile(rf"[{_HAN}·]{{2,10}}")


def _name_series(ctx: _Ctx, pos: int, end: int, seps: str) -> None:
    """Names listed one after another up to "等", "……" or the line's end: all of them, when most items
    read as names (a list of units or villages is left alone)."""
    _add_series(ctx, _series_items(ctx, pos, end, seps))


def _add_series(ctx: _Ctx, items: list[tuple[int, int]]) -> None:
    """The names among items (end -1: not one), when there are two or more and two in three are."""
    good = sum(1 for _, e in items if e > 0)
    if len(items) >= 2 and good * 3 >= len(items) * 2:
        for s, e in items:
            if e > 0:
                ctx.add("name", s, e)


def _series_items(ctx: _Ctx, pos: int, end: int, seps: str) -> list[tuple[int, int]]:
    """The items of a series (_name_series): (start, end) of each that reads as a name, else (start, -1)."""
    text = ctx.text
    items: list[tuple[int, int]] = []
    while pos < end:
        while pos < end and text[pos] in seps:
            pos += 1
        m = _SERIES_ITEM.match(text, pos, end)
        if m is None:
            break
        s, e = m.span()
        if text[e - 1] == "等" and e - s > 2:
            e -= 1  # "…、易雪凤等。": the list's close
        items.append((s, e) if _slot_name(ctx, text[s:e]) else (s, -1))
        pos = m.end()
        if pos < end and text[pos] in "（(":
            close = text.find("）" if text[pos] == "（" else ")", pos, end)
            if close < 0:
                break
            pos = close + 1  # a note on the item ("赵六（户籍已迁出）；孙七…")
        if pos >= end or text[pos] not in seps:
            break
    return items


def _speeches(ctx: _Ctx, pos: int) -> None:
    """The speakers below a meeting's "代表发言：" heading, one a line, up to the next heading."""
    text = ctx.text
    for _ in range(_SPEECH_LINES):
        if pos >= len(text):
            return
        end = _line_end(text, pos)
        if _PART_HEAD.match(text, pos, end):
            return  # "三、表决结果：…": the next part of the minutes
        m = _SPEAKER_LINE.match(text, pos, end)
        if m is not None and _slot_name(ctx, m.group(1)):
            ctx.add("name", m.start(1), m.end(1))
        pos = end + 1


_PART_HEAD = re.compile(
    r"[ \t　]*(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十]{1,3}[)）])"
)
_SPEECH_LINES = 40


# A person and their age in brackets after a word that opens a clause or names a person: "独居老人张三
# （94岁）患有…", "发现李四（64岁，家住…）不慎落水".
_AGE_BRACKET = re.compile(r"[（(][0-9]{1,3}岁")
_AGE_ROLE = re.compile("老人|村民|居民|群众|路人|儿童|老汉|妇女|发现")
# A couple and their child in a childcare subsidy's notice: "张三与李四夫妇，于…生育第三个子女王五，",
# "为子女赵六提交的育儿补贴申请", "其子女孙七出生于…".
_SPOUSES_AND_CHILDREN = re.compile(
    rf"与({_NAME_RUN_LAZY})夫妇"
    rf"|(?:生育第[一二三四五六七八九十]个子女|为子女|其子女)({_NAME_RUN_LAZY})"
    r"(?=[，,。；;（(]|出生|提交|的)"
)
_REPORTED_ABOUT = re.compile(
    rf"你反映((?:[{_HAN}]{{1,8}}[·•][{_HAN}]{{1,10}}?|[{_HAN}]{{2,4}}?))(?=在|因|于|的)"
)
# The household a grid worker visited, after its home or the verb: "到某村八组张三家走访", "…32号李四家走访".
_VISITED = re.compile(rf"(?:[，,号组室村屯社到]|^)({_NAME_RUN_LAZY})家走访", re.M)
# An offender's accomplices, listed after 伙同 up to "等人" ("伙同李四、王五等人在某村赌博").
_ACCOMPLICES = re.compile(rf"伙同({_NAME_RUN_LAZY}(?:、{_NAME_RUN_LAZY})*)等[0-9一二三四五六七八九十]*人")
# Who collects a payment for the payee: "委托张三代领", "委托古　静代领".
_PROXY = re.compile(rf"委托((?:[{_HAN}·]{{2,10}}?|[{_HAN}][ 　]{{1,3}}[{_HAN}]))代[领签办收]")
# The payee of an agreement or a judgment: "支付至张三名下中国建设银行账户", "一次性支付李四补偿款",
# "将承包地转包给王五耕种".
_PAID_TO = re.compile(
    rf"(?:支付至|支付给|转账至|转入|汇入|打入|存入|支付|偿还|转包给|出租给|转让给)({_NAME_RUN_LAZY})"
    r"(?=名下|的账户|补偿款|赔偿款|耕种|经营)"
)
# A village's accounts paying a villager: "付9组张三户土地流转租金7900元", "青苗补偿款：李四，7200元",
# "支付王五公益性岗位补贴2100元".
_VILLAGE_PAYEE = re.compile(
    rf"付[0-9一二三四五六七八九十]{{1,3}}[组社队]({_NAME_RUN_LAZY}) *户"
    rf"|(?:款|租金|补贴|工资)[:：][ \t　]*({_NAME_RUN_LAZY}) *[，,][ \t　]*[0-9]"
    rf"|支付(?:村民|居民|牧民|农户)?({_NAME_RUN_LAZY}) *(?=公益性岗位|土地流转|房屋租金|务工工资|劳务费|青苗)"
)
# A party of a judgment named again by its role, then what the party did or is owed: "原告张三通过其…
# 账户", "被告李四负事故全部责任", "支付原告王五各项工伤保险待遇". Not "被告人" (a criminal case's).
_PARTY_MENTION = re.compile(
    rf"(?:原告|被告(?!人)|第三人)({_NAME_RUN_LAZY})"
    r"(?=诉称|辩称|述称|向本院|通过|负事故|负主要|负次要|负全部|负担|承担|对上述|支付|偿还|各项|借款|的诉讼"
    r"|于本判决|于[0-9一二])"
)
# The other party of a dispute: "受援人张三与李四因机动车交通事故责任纠纷…", "与邻居王五发生相邻纠纷".
_DISPUTE_PARTY = re.compile(
    rf"与([{_HAN}·]{{2,4}}?)(?=因[^\n，。]{{0,24}}?纠纷|发生[^\n，。]{{0,10}}?纠纷|之间[^\n，。]{{0,10}}?纠纷)"
)
# A court's notice names the parties before the cause of the case ("原告张三诉被告李四离婚纠纷一案").
_CASE_CAUSE = (
    r"(?=诉|与被告|与被执行人|(?:离婚|买卖|借款|民间借贷|劳务|劳动|合同|侵权|房屋|土地"
    r"|机动车|赡养|抚养|抚育|继承|物业|租赁|债务|追索|排除妨害|相邻|健康权|生命权|人身|财产|不当得利|婚约)"
    r"[^\n，。]{0,12}?纠纷)"
)
_COURT_PARTY = re.compile(rf"(?:原告|被告|申请执行人|被执行人)([{_HAN}·]{{2,16}}?){_CASE_CAUSE}")
# Several parties on one side ("被告张巧荔、李朋若买卖合同纠纷", "被告綦岩、秦蓉薇、某保险公司…纠纷"):
# each before "、" is a party, the last one before the cause.
_PARTY_LIST = re.compile(rf"(?:原告|被告)(?=[{_HAN}·]{{2,16}}、)")
_PARTY_ITEM = re.compile(rf"([{_HAN}·]{{2,16}}?)(?:、|{_CASE_CAUSE})")


def _party_list(ctx: _Ctx, pos: int, end: int) -> None:
    text = ctx.text
    while (item := _PARTY_ITEM.match(text, pos, end)) is not None:
        name = item.group(1)
        # A company among the parties is no person; the list's context says "a person" for any
        # surname of two or three characters.
        if not _ORGANISATION.search(name) and _name_token(ctx, name, len(name) <= 4):
            ctx.add("name", item.start(1), item.end(1))
        if text[item.end(1) : item.end(1) + 1] != "、":
            return
        pos = item.end()


# The owner named after a vehicle's type in a numbered list of plates ("1．宁E23988，小型汽车，张三，
# 未登记，2025-07-09"), as 逾期未处理 and 强制报废 notices write their rows.
_VEHICLE_OWNER = re.compile(rf"(?:汽车|型车|摩托车)[，,]([{_HAN}·]{{2,16}})(?=[，,])")
# An incident report opens with the hour and the person ("2023年10月5日12时许，张三在…车间作业").
_ACTORS = frozenset(
    {"司机", "保安", "民警", "交警", "辅警", "医生", "护士", "老师", "村民", "居民", "群众", "家属"}
)
_INCIDENT_PERSON = re.compile(rf"时许[，,]([{_HAN}·]{{2,16}}?)(?=在|驾驶|骑|与|因)")
# A notice of loss: "张三不慎遗失…", "本人李四将…遗失", "王五遗失机动车行驶证".
_LOST = re.compile(
    # (After an item's number too: "(1)张三遗失居民身份证，…".)
    rf"(?:^|(?<=[：:，,。；;\t 　)）．])|(?<=本人))(?!本人)({_NAME_RUN_LAZY})"
    r"(?=(?:于?近日)?(?:不慎)?遗失|将[^\n。]{1,60}?(?:遗失|作废))",
    re.M,
)
_LOST_DOCUMENT = re.compile(
    r"(?:于?近日)?(?:不慎)?(?:遗失|将)[^\n。，]{0,16}?(?:证|卡|证书|执照|存折|护照|通行证|驾驶证|行驶证)"
)
# "事发时，张三驾驶宁C·F58806号货车": whoever drives a plated vehicle is a person.
# (And the other party of a collision: "你驾驶…时，与张三驾驶的桂L…号小型普通客车相撞".)
_DRIVER = re.compile(rf"{_RUN_START}与?({_NAME_RUN_LAZY})驾驶的?(?=[{PLATE_PROVINCES}][ ·]?[A-Z])", re.M)
# Who an accident hurt: "造成张三受伤（右胫腓骨骨折）", "造成李四当场死亡".
_HURT = re.compile(rf"造成({_NAME_RUN_LAZY})(?=受伤|轻伤|重伤|死亡|当场死亡|经抢救无效)")
# "病例3：张三，女，53岁", "BM2023…，张三，男，": a run a sex follows is a person.
_SEXED = re.compile(rf"{_RUN_START}({_NAME_RUN_LAZY})(?=[，,（(][男女][，,）)；;])", re.M)
# The sex _SEXED needs after the name, from the sex: a block is looked for one before _SEXED runs.
_SEX_CELL = re.compile("[男女](?<=[，,（(].)[，,）)；;]")


# A person who holds a travel document or an ID ("政审备注：张三持往来台湾通行证（号码…）",
# "李四持普通护照出境").
_HOLDER = re.compile(
    rf"{_RUN_START}({_NAME_RUN_LAZY})持有?(?=(?:普通)?护照|往来(?:港澳|台湾)|(?:港澳|台湾)居民来往|台胞证|回乡证"
    r"|(?:第[一二]代)?(?:居民)?身份证)",
    re.M,
)
# Whose home line a sentence gives, opening with the person ("张三家庭电话0771-…，电子邮箱…").
# Or their own e-mail ("另：张三电子邮箱zhangsan@…，其持有…").
_HOME_PHONE_OWNER = re.compile(
    rf"(?:^|(?<=[：:。；;]))[ \t　]*({_NAME_RUN_LAZY})(?:家庭电话(?=[0-9（(])|电子邮箱(?=[0-9A-Za-z]))", re.M
)
# A couple in a marriage record's query or its answer: "申请查询张三与李四的婚姻登记档案", "经查，张三与李四
# 于1985年在本机关办理结婚登记", "本机关未检索到张三的婚姻登记档案". (A name may be spaced out, "梁　妹　花",
# or wrapped by a PDF's line after "与".)
_COUPLE_NAME = rf"[{_HAN}·](?:[ 　]{{0,2}}[{_HAN}·]){{1,15}}?"
_COUPLE_TAIL = (
    rf"(?:[ 　]*\n?与\n?[ 　]*({_COUPLE_NAME}))?"
    rf"(?=[ 　]*\n?(?:的婚姻\n?(?:登记|档案)|于[^\n。，]{{0,24}}?办理(?:结婚|离婚)登记))"
)
# (After the words that ask or find, and after punctuation or at a line's start: two patterns, so that a
# run from a line's start that is no name does not hide the name after "检索到" in it.)
_COUPLES = (
    # ("查询你与李四的婚姻登记档案": the addressee and their spouse.)
    re.compile(rf"(?:查询|检索到|查到)(你|{_COUPLE_NAME}){_COUPLE_TAIL}"),
    re.compile(rf"(?:[，,。：:；;>]|^)[ \t　]*({_COUPLE_NAME}){_COUPLE_TAIL}", re.M),
)
# A finder a lost-property notice names ("群众张三在某路拾到钱包一个", "市民李四于…捡到").
_FINDER = re.compile(
    rf"(?:群众|市民|村民|居民|学生|游客|乘客)({_NAME_RUN_LAZY})(?=(?:在|于)[^，,。；;\n]{{1,30}}?(?:拾到|拾得|捡到|捡拾))"
)
# A suspect a detention notice names with their sex ("将涉嫌盗窃的张三（男，出生日期…）刑事拘留"), a Yi,
# Tibetan or Uyghur name too.
_SUSPECT = re.compile(rf"涉嫌[^，,。；;\n（(的]{{1,16}}的({_NAME_RUN_LAZY})(?=[（(][男女][，,])")
# A notice asking a person to act ("请张三本人到县妇幼保健院复查", "请李四及时接受咨询指导").
_PLEASE = re.compile(rf"请([{_HAN}·]{{2,16}}?)(?=本人|及时)")
# The body of a letter to one citizen ("你于2023年8月17日通过网上信访反映…") or of a court's notice
# to a party ("（男，1997年11月27日出生…"): the line before it is the addressee ("李花莲：").
# A notice to a household ("致张三：⏎你户位于…") is a letter too.
_LETTER_BODY = re.compile(
    r"^[ \t　]*(?:你|您)(?:于|在|反映|提出|所|户|（)|^[ \t　]*[（(][男女][，,]"
    # An office's reply: "张三：⏎    本机关于2024年5月9日收到您…的政府信息公开申请".
    r"|^[ \t　]*本(?:机关|局|单位|院|委|办)于[^\n]{0,40}?收到(?:您|你)",
    re.M,
)
_ADDRESSEE = re.compile(
    rf"[ \t　]*(?:致|尊敬的)?(?:市民|网友)?([{_HAN}·]{{2,16}}?)(?:女士|先生|户)?(?:您好|你好)?"
    # A notice served on a party who moved: "张三（原住某县某街9号）：". (A spaced name, "齐  福  勇：",
    # is read packed and padded: "齐福勇    ：".)
    r" {0,8}(?:[（(][^）)\n]{0,60}[)）])?[:：][ \t　]*"
)
# The first line of a letter's body, which speaks to the addressee within its first words.
_LETTER_OPENING = re.compile(r"^[ \t　]*(?:[^\n]{0,30}?[你您]|[（(][男女][，,])", re.M)


# A villager or a representative who speaks in minutes ("村民代表张三提出：“…”", "代表平措顿珠说："), or
# who is named with a mobile ("农民工代表李四（139…）多次反映"): the role says a person follows.
_SPEAKER = re.compile(
    rf"(?:村民代表|居民代表|群众代表|代表|村民|居民|群众)({_NAME_RUN_LAZY})"
    r"(?:(?:提出|发言|说|表示|认为|建议|问|指出)[ \t　]*[:：]|(?=[（(](?:\+?86[ -]?)?1[3-9][0-9])"
    # "代表张三建议公积公益金比例降到20%": a proposal in the minutes' words.
    r"|(?=建议|提议))"
)
# Words of a group or a meeting, not a speaker's name: "代表们一致认为：", "村民代表会议上说：".
_NOT_SPEAKER = re.compile("[们会议都均也等纷普]")
# A case or a household as a meeting's topic: "一、关于张三户临时救助问题", "二、关于李四反映宅基地纠纷问题".
# A meeting's agenda item too: "一、关于张三申请临时救助的议题", "关于李四户纳入危房改造对象的议题",
# "关于调整王五承包地的议题"; and the case it states, "该户张三因尿毒症丧失劳动能力".
_HOUSEHOLD_BENEFIT = re.compile(rf"(?:村|嘎查|社区|组)\n?({_NAME_RUN_LAZY})户\n?享受")
_TOPIC = re.compile(
    rf"关于({_NAME_RUN_LAZY})(?:户(?=[^\n，。；]{{0,16}}?(?:问题|申请|情况|事宜|议题))|(?=反映)"
    r"|(?=申请[^\n，。；]{1,16}?(?:议题|问题|事项|事宜)))"
    rf"|关于调整({_NAME_RUN_LAZY})(?=户?承包地)"
    rf"|该户({_NAME_RUN_LAZY})(?=因)"
)
# A penalty's victim and the party punished: "因琐事与张三发生口角", "后用拳头殴打李四面部", "决定对王五处以
# 行政拘留5日".
_VICTIM = re.compile(
    rf"与\n?({_NAME_RUN_LAZY})(?=发生(?:口角|争执|争吵|冲突|厮打|推搡|纠纷)|争吵)"
    rf"|鉴定[，,]\n?(?![该其此本涉被受])({_NAME_RUN_LAZY})(?=的损伤程度|被损毁)"
    rf"|殴打({_NAME_RUN_LAZY})(?=[，,。；;]|面部|头部|身体|胸|腹|背|腿|手|脸|眼|[左右致])"
    rf"|对({_NAME_RUN_LAZY})(?=处以|予以(?:行政)?(?:拘留|警告|罚款))"
    # Whom a representative acts for, who reads a statement for an absent party ("律师（受张三委托）",
    # "由其亲属李四代为宣读").
    rf"|受({_NAME_RUN_LAZY})(?=委托)"
    rf"|其(?:亲属|家属)({_NAME_RUN_LAZY})(?=代为|代理)"
    # A caller named before what they asked ("来电人李四咨询…"), a neighbour in a dispute ("被邻居王五占用").
    rf"|来电人({_NAME_RUN_LAZY})(?=咨询|反映|称|表示|投诉|举报|诉求|要求)"
    rf"|邻居\n?({_NAME_RUN_LAZY})(?=占用|侵占|建房|家)"
    # A consumer whose complaint began a case ("根据消费者张三（联系电话：…）的投诉举报").
    rf"|消费者\n?({_NAME_RUN_LAZY})(?=[（(](?:联系)?(?:电话|方式|手机)|的投诉|投诉|举报)"
)
# (What a block holds when _VICTIM may match in it: a test in C before the pattern runs.)
_VICTIM_WORDS = (
    "发生", "殴打", "处以", "予以", "争吵", "鉴定", "委托", "亲属", "家属", "来电人", "邻居", "消费者"
)  # fmt: skip
# An applicant introducing themselves: "申请理由：我叫张三，…", "申请理由：本人李四，因患…".
_SELF_NAMED = re.compile(rf"(?:我叫|(?<=[:：])[ \t　]*本人)({_NAME_RUN_LAZY})(?=[，,])")
# What an applicant declares rather than a name after "本人": "本人承诺，", "本人自愿，".
_DECLARED = ("承诺", "同意", "自愿", "声明", "保证", "确认", "申请", "郑重", "特此", "愿意", "已", "现")
_NOT_SELF = (*_DECLARED, *NAME_STOPS)


# A relative's condition right after the name: "配偶张三一级多重残疾", "丈夫次仁多吉系四级言语残疾",
# "配偶李四2型糖尿病". No stop word parts the name from it, so the name is the run it follows.
_CONDITION_AFTER = re.compile(
    r"系|患|因[病残]|[一二三四五六七八1-8]级|听力|视力|肢体|智力|精神|言语|多重|[0-9]型|双相|瘫痪|长期卧床"
)
_RELATIONS = frozenset(
    {"配偶", "妻子", "丈夫", "儿子", "女儿", "其妻子", "其丈夫", "其妻", "其夫", "父亲", "母亲", "长子",
     "次子", "长女", "次女", "儿媳", "女婿", "其母", "其父", "其母亲", "其父亲"}
)  # fmt: skip


# The words each of these rules needs, looked for in a block before its scan (户 and 家 alone are in
# most lines of a 公示).
_HOUSEHOLD_VOTE_KEY = re.compile("户[：:]?(?:同意|赞成)|户(?:的|安置|征收|拆迁|因)")
_HOUSEHOLD_SIZE_KEY = re.compile("[家户](?:共[0-9一二三四五六七八九十]|家庭人口)|户[0-9]{1,2}人[0-9]")
_HOUSEHOLD_PEOPLE_KEY = re.compile("[，,]家庭人口")
_VILLAGER_KEY = re.compile("[村会组议]村民")
_REPORTS_KIN_KEY = re.compile("反映其")
_LIVES_AT_KEY = re.compile("家[住在]")
# Who called or came, after the word for a citizen ("群众张三（联系电话：…）来电反映…").
_CALLER = re.compile(
    rf"(?<=群众|村民|居民|市民|农户|牧民|家属)({_NAME_RUN_LAZY})(?=[（(](?:联系)?电话|[（(]手机|来电|来访)"
)
_CALLER_KEY = re.compile("来电|来访|[（(](?:联系)?电话|[（(]手机")
# Who lives where, the home first ("家住某村七组的李四来电反映…", "家住某屯57号的王五自带三轮车…").
_HOME_THEN_NAME = re.compile(
    rf"家住[^\n，,。；;的]{{4,30}}?(?:[组社号室屯]|村民小组|村民组)的({_NAME_RUN_LAZY})"
    r"(?=来电|来访|反映|自带|[，,（(]|在|于|因|家|从事|是|系)"
)
_AGE_KEY = re.compile("岁")
_GREETING_KEY = re.compile("您好")
_LETTER_KEY = re.compile("[你您]|[（(][男女][，,]")
_HOLDER_KEY = re.compile("持有?(?:普通护照|护照|往来|港澳|台湾|台胞证|回乡证|居民身份证|身份证|第[一二]代)")
_DRIVER_KEY = re.compile(f"驾驶的?[{PLATE_PROVINCES}][ ·]?[A-Z]")
_BOUNDARY_KEY = re.compile("[东西南北](?:[：:][ \t　]*)?至|[；;][东西南北][：:]")


# A household named by its head as the subject of an application or a file: "“张三户（住某村3组）宅基地
# 审批档案”", "申请公开“新四村李四户危房改造补助资金发放情况”". The run before 户 begins after
# punctuation or a village's name.
_SUBJECT_HOUSEHOLD = re.compile(
    rf"(?:^|(?<=[“”\"「（(：:，,、；;\s]))([{_HAN}·]{{2,24}}?)户"
    r"(?=[（(]住|危房|宅基地|土地|房屋|承包地)",
    re.M,
)
_VILLAGE_BEFORE = re.compile(rf"[{_HAN}]{{1,10}}?(?:村|组|社|嘎查)")
# Kinds of household that a run before 户 may name instead of its head ("低收入户", "困难户危房").
_HOUSEHOLD_KIND = re.compile(
    "贫|困|低保|五保|监测|边缘|散居|分散|农|收入|危房|残|孤|独居|空巢|一般|重点|示范|专业"
)


# A household named by its head after a word that says a person ("及邻居张三户（住…）的协议").
_HELD_HOUSEHOLD = re.compile(rf"({_NAME_RUN_LAZY})户(?=[（(，,、；;。的])")


def _name_before_condition(ctx: _Ctx, pos: int, le: int) -> None:
    """After a relation, the name that a condition follows (_CONDITION_AFTER), whatever the surname."""
    text = ctx.text
    for length in (2, 3, 4):
        if pos + length >= le or not _CONDITION_AFTER.match(text, pos + length):
            continue
        name = text[pos : pos + length]
        # Two characters too whatever the surname: the relation before and the condition after.
        if (
            _HAN_RUN.fullmatch(name)
            and not name.startswith(NAME_STOPS)
            and not _CONDITION_AFTER.match(name)  # "女儿精神一级": the condition itself
            and (_slot_name(ctx, name) or (length == 2 and _name_token(ctx, name, True) and name not in _KIN))
        ):
            ctx.add("name", pos, pos + length)
        return


def _item_name(ctx: _Ctx, name: str) -> bool:
    """_slot_name, but four characters only as a compound surname's or a minority's name: the run before
    "遗失" or "之女" may hold a verb ("万莺遗失之女…")."""
    if len(name) == 4 and _surname_len(name) != 2:
        return _minority_name(ctx, name)
    return _slot_name(ctx, name)


def _couple(ctx: _Ctx, m: re.Match[str]) -> None:
    """The one or two people of a marriage record (_COUPLES), each a whole name once packed."""
    groups = [g for g in (1, 2) if m.group(g) and m.group(g) != "你"]
    names = [re.sub("[ 　]", "", m.group(g)) for g in groups]
    # (The first run may open with the words before it: "经查本机关…" has no 与 and no record.)
    if all(_slot_name(ctx, n) and "与" not in n and not _ORGANISATION.search(n) for n in names):
        for g in groups:
            ctx.add("name", m.start(g), m.end(g))


def _slot_name(ctx: _Ctx, name: str) -> bool:
    """A whole run in a slot that only a person fills: two characters need a listed surname, three or a
    dotted name any, four a compound surname or a Tibetan, Yi or Mongolian name ("平措顿珠")."""
    if name in _ACTORS or name in _KIN or ("·" not in name and _NOT_SPEAKER.search(name)):
        return False
    if len(name) == 4 and _surname_len(name) != 2:
        return _four_character_name(name) and _valid_name(ctx, name)
    if len(name) > 4 and "·" not in name:
        return _transliterated_name(ctx, name)  # "努尔阿依古丽": a Uyghur name without its dot
    return _name_token(ctx, name, len(name) > 2 or "·" in name)


def _name_token(ctx: _Ctx, name: str, relaxed: bool) -> bool:
    """Whether a whole run of Chinese characters is one name (any surname when relaxed)."""
    if "·" in name:
        return _pick_name(name) == len(name) and _valid_name(ctx, name)
    return (
        _HAN_RUN.fullmatch(name) is not None
        and _pick_name(name, relaxed) == len(name)
        and _valid_name(ctx, name)
        and (_surname_len(name) > 0 or (relaxed and not _HOUSEHOLD_TYPE.search(name)))
        and name[-1] not in _ROLE_END
    )


# A role or a group, not a name, when a run without a listed surname ends so: "信访人家住…", "该户".
_ROLE_END = frozenset("人户者员属们家甲乙丙丁村组")
# Characters of the kinds of household ("贫困户", "低保户", "五保户", "监测户"), which vote forms name too.
_HOUSEHOLD_TYPE = re.compile("贫|困|低保|五保|监测|边缘|散居|分散|农")


# The last character of a relation among _NAME_CUE's words ("其女", "之妻", "配偶", "子女").
_KIN_CUE_END = frozenset("子女妻夫父母兄弟姐妹偶")


# "关于六合村廖敏等3户农村村民宅基地申请的公示", "对张三等5人": the run before "等" ends in the name, after
# the place or the word that opens it (_ET_AL_AFTER).
# (Not staff counted by their role: "由张三等4名教师每周送教上门".)
_ET_AL = re.compile(
    rf"([{_HAN}·]{{2,24}})等[0-9一二三四五六七八九十]{{1,3}}(?:户|人|名)"
    r"(?!教师|老师|医生|医护|护士|干部|工作人员|民警|辅警|党员|志愿者|专家|律师|网格员|队员|委员|代表)"
)
_ET_AL_AFTER = (
    *("关于", "村", "嘎查", "社区", "组", "屯", "镇", "乡", "街道", "对", "将", "把", "和", "与", "向", "由"),
    *("同意", "批准", "确定", "认定"),
    # Who complained ("接到张三等16名农民工举报").
    "接到",
)
# A register's record: its number, then its person without a label, then the next labelled field
# ("登记编号：2024-001，陈燕，申请方式：…"); a name by its shape only.
_NUMBERED_RECORD = re.compile(
    rf"编号[：:][^，,\n]{{1,24}}[，,][ \t　]*({_NAME_RUN})[，,][{_HAN}]{{2,8}}[：:]"
)
# A ledger's plaintiff, between the case number and the defendant (a company there is no name).
_PLAINTIFF = re.compile(rf"[号，,][ \t　]*({_NAME_RUN})[，,][ \t　]*被告[：:]")
_APPOINTED = re.compile("聘任|任命|聘请|选聘|推选|表彰|授予|评为")
_ITEM_DATED = re.compile(
    rf"^[ \t　]*(?:[0-9]{{1,3}}[.、．]|[（(][0-9]{{1,3}}[)）])[ \t　]*({_NAME_RUN})"
    r"(?:[（(][^）)\n]{1,30}[）)])?于(?:19|20)[0-9]{2}年",
    re.M,
)
_SERVED_BY_NOTICE = re.compile(rf"望({_NAME_RUN_LAZY})(?:自|在|于)?见本?公告")


# (The rules of _prose_names on the words "尊敬的", "家属" and a field before a home's label.)
_DEAR_CUSTOMER = re.compile(
    rf"尊敬的(?:用户|客户|居民|村民|群众)?({_NAME_RUN_LAZY})(?=[（(][^）)\n]{{0,24}}[）)][：:]|[：:])"
)
_RELATIVES_ACCOUNT = re.compile(
    rf"家属({_NAME_RUN_LAZY})(?=的?(?:银行|社保卡|一卡通)?(?:账户|帐户|账号|卡)[（(：:]?)"
)
_FIELD_BEFORE_HOME = re.compile(
    rf"[，,]([{_HAN}·]{{2,4}})[，,](?=(?:用电|用水|用气|家庭|居住|户籍|送达)?(?:地址|住址)[：:])"
)


# An accident's dead or injured after what caused it ("支护失效发生冒顶，致杜磊当场死亡"), and the
# injured named next ("，易福兵、侯德林受伤").
_CASUALTY = re.compile(rf"(?<=[，,])致({_NAME_RUN_LAZY})(?=当场死亡|经抢救无效死亡|死亡|受伤|重伤)")
# (Not "转入甲方账户：622…": an account, whoever's.)
_TRANSFERRED = re.compile(rf"转入(?![甲乙丙丁本其该])({_NAME_RUN_LAZY})(?<![账帐])户(?![口籍主名头：:])")
_INJURED_TOO = re.compile(
    rf"[^，,。\n]{{0,8}}[，,]((?:[{_HAN}·]{{2,10}}、)*[{_HAN}·]{{2,10}}?)(?=受伤|重伤|轻伤)"
)


def _prose_names(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    # Each rule's scan runs only on blocks that hold its key word: `in` costs far less than a pattern
    # scan, and most triggered blocks hold none of them.
    block = text[block_start:block_end]
    if "转入" in block:
        for moved in _TRANSFERRED.finditer(text, block_start, block_end):
            if _name_token(ctx, moved.group(1), True) or _minority_name(ctx, moved.group(1)):
                ctx.add("name", moved.start(1), moved.end(1))
    if "致" in block:
        for dead in _CASUALTY.finditer(text, block_start, block_end):
            if _name_token(ctx, dead.group(1), True) or _minority_name(ctx, dead.group(1)):
                ctx.add("name", dead.start(1), dead.end(1))
                # The injured named after the dead ("，易福兵、侯德林受伤").
                more = _INJURED_TOO.match(text, dead.end())
                if more is not None:
                    at = more.start(1)
                    for name in more.group(1).split("、"):
                        if _name_token(ctx, name, True) or _minority_name(ctx, name):
                            ctx.add("name", at, at + len(name))
                        at += len(name) + 1
    if "尊敬的" in block:
        for cue in _DEAR_CUSTOMER.finditer(text, block_start, block_end):
            name = cue.group(1)
            if _name_token(ctx, name, True) or ("·" in name and _pick_name(name) == len(name)):
                ctx.add("name", cue.start(1), cue.end(1))
    if "你反映" in block:
        # A petition's reply restating whose case it was ("你反映刘正华在某医院住院期间…的问题").
        for cue in _REPORTED_ABOUT.finditer(text, block_start, block_end):
            name = cue.group(1).replace("•", "·")
            if name[0] in "你我他她其该本":
                continue  # "你反映你家位于…", "你反映其邻居…": the petitioner's own words, no name
            if _name_token(ctx, name, True) or ("·" in name and _pick_name(name) == len(name)):
                ctx.add("name", cue.start(1), cue.end(1))
    if "家属" in block:
        for cue in _RELATIVES_ACCOUNT.finditer(text, block_start, block_end):
            name = cue.group(1)
            if _name_token(ctx, name, len(name) > 2) or _minority_name(ctx, name):
                ctx.add("name", cue.start(1), cue.end(1))
    if "址" in block:
        for cue in _FIELD_BEFORE_HOME.finditer(text, block_start, block_end):
            name = cue.group(1)
            if _name_token(ctx, name, False) or ("·" in name and _pick_name(name) == len(name)):
                ctx.add("name", cue.start(1), cue.end(1))
    if "遗失" in block:
        # "①王香遗失居民身份证，证号…，声明作废": a loss notice's item opens with its owner.
        for lost in _LOST_WORD.finditer(text, block_start, block_end):
            m = _NAME_BEFORE_KIN.search(text, max(block_start - 1, lost.start() - 20, 0), lost.start())
            # (Not what was lost: "，将证书遗失", "身份证遗失".)
            if (
                m is not None
                and m.group(1)[0] not in "将把被"
                and m.group(1)[-1] not in "证书卡照"
                and _item_name(ctx, m.group(1))
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "编号" in block:
        for m in _NUMBERED_RECORD.finditer(text, block_start, block_end):
            name = m.group(1)
            if _name_shaped(ctx, name) or ("·" in name and _pick_name(name) == len(name)):
                ctx.add("name", m.start(1), m.end(1))
    if "被告" in block:
        for m in _PLAINTIFF.finditer(text, block_start, block_end):
            name = m.group(1)
            if ("·" in name and _pick_name(name) == len(name)) or _item_name(ctx, name):
                ctx.add("name", m.start(1), m.end(1))
    if "等" in block:
        for m in _ET_AL.finditer(text, block_start, block_end):
            run = m.group(1)
            cut = max((run.rfind(w) + len(w) for w in _ET_AL_AFTER if w in run), default=0)
            name = run[cut:]
            # (Four characters only as a compound surname's or a minority's name: "同意张三" is no name.)
            if _APPOINTED.search(text, max(block_start, m.start() - 30), m.start(1) + cut):
                continue  # "决定聘任张三、李四等5名同志为人民调解员": an appointment names them by design
            if name and (("·" in name and _pick_name(name) == len(name)) or _item_name(ctx, name)):
                ctx.add("name", m.start(1) + cut, m.end(1))
    if "于19" in block or "于20" in block:
        for m in _ITEM_DATED.finditer(text, block_start, block_end):
            name = m.group(1)
            if ("·" in name and _pick_name(name) == len(name)) or _slot_name(ctx, name):
                ctx.add("name", m.start(1), m.end(1))
    if "见公告" in block or "见本公告" in block:
        # A notice served by publication bids its addressee come: "望张三见公告后及时报到".
        for m in _SERVED_BY_NOTICE.finditer(text, block_start, block_end):
            if _slot_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    if "出生）和" in block or "出生)和" in block:
        # "婚后生育长女张三（2020年5月6日出生）和李四。": the second child, after the first's birth date.
        for m in _SIBLING_AFTER.finditer(text, block_start, block_end):
            if _item_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    if "之" in block:
        for kin in _OF_KIN.finditer(text, block_start, block_end):
            m = _NAME_BEFORE_KIN.search(text, max(block_start - 1, kin.start() - 20, 0), kin.start())
            if m is not None and _item_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    for m in _NAME_CUE.finditer(text, block_start, block_end):
        ls, le = _line_at(text, m.start())
        if _public_role_before(ctx, ls, m.start()):
            continue
        if m.group().startswith("驾驶员") and "照管员" in text[ls:le]:
            continue  # "驾驶员：张三　照管员：李四": a school bus's staff, in their role
        if _other_column(ctx, ls, m.end()):
            continue
        if m.group()[-1] in " \t　" and _BARE_CUE.match(m.group()):
            continue  # "买受人\t成交价（元）": a table's header, not a person's role
        if m.group() in ("甲方", "乙方") and _PARTY_VERB.match(text, m.end()):
            continue  # "甲方支付3,874元", "与驾驶二轮摩托车的乙方相撞"
        named = False
        for s, e in _names_at(ctx, m.end(), le):
            ctx.add("name", s, e)
            named = True
        if not named and _PERSON_WORD.search(m.group()):
            # "你家邻居阿拉坦仓在…", "工友勒格尔古、…": the word says a person follows, whatever the
            # surname, a Tibetan, Mongolian or Yi name of four characters too.
            four = text[m.end() : m.end() + 4]
            if _four_character_name(four) and text.startswith(
                (*NAME_STOPS, "、", "，", "（", "("), m.end() + 4
            ):
                ctx.add("name", m.end(), m.end() + 4)
                named = True
            else:
                last = -1
                for s, e in _names_at(ctx, m.end(), le, relaxed=True):
                    if (named and text[last] != "、") or text[s] in _PRONOUN_FIRST:
                        break  # "承包方张三，年租金…": a list goes on by "、" only; "出租给他人"
                    ctx.add("name", s, e)
                    named, last = True, e
        if not named and m.group().startswith(("之", "其")) and m.group() != "之子女":
            # "扎西次里之子扎西央宗（…出生）": a relative's Tibetan, Mongolian or Yi name of four (not
            # "之子患乳腺癌": the name's characters must say so).
            four = text[m.end() : m.end() + 4]
            stop = text.startswith((*NAME_STOPS, "、", "，", "（", "("), m.end() + 4)
            if stop and _minority_name(ctx, four):
                ctx.add("name", m.end(), m.end() + 4)
                named = True
        if not named and _PERSON_WORD.search(m.group()):
            # "及邻居张三户（住某村…）的协议": a neighbour's household, named by its head.
            held = _HELD_HOUSEHOLD.match(text, m.end(), le)
            if held and _slot_name(ctx, held.group(1)):
                ctx.add("name", held.start(1), held.end(1))
                named = True
        if not named and m.group().rstrip(" \t　:：")[-1:] in _KIN_CUE_END:
            # "变更为其女贡保才让，身份证号…": a relative's Tibetan, Mongolian or Yi name of four.
            four = text[m.end() : m.end() + 4]
            if _minority_name(ctx, four) and text.startswith(
                (*NAME_STOPS, "、", "，", "（", "("), m.end() + 4
            ):
                ctx.add("name", m.end(), m.end() + 4)
                named = True
        if not named and m.group() in _RELATIONS:
            _name_before_condition(ctx, m.end(), le)
        if not named:
            # "职工脱涛彪（公积金账号…）", "工友舍志刚（电话…）": a person's own number in brackets.
            own = _OWN_NUMBER.match(text, m.end(), le)
            if own and (_name_token(ctx, own.group(1), True) or _minority_name(ctx, own.group(1))):
                ctx.add("name", own.start(1), own.end(1))
        # "诉求人：厍红斌，…": after a colon, delimited values are names whatever their surname.
        if m.group().rstrip(" \t　")[-1:] in "：:":
            _colon_names(ctx, m.end(), le)
    if "代表" in block or "村民" in block or "居民" in block or "群众" in block:
        for m in _SPEAKER.finditer(text, block_start, block_end):
            if _slot_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
        for m in _REPRESENTATIVE_SAYS.finditer(text, block_start, block_end) if "代表" in block else ():
            if not m.group(1).endswith(_SPEECH_VERBS) and _slot_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    if "之" in block:
        _items_of_kin(ctx, block_start, block_end)
    if "户享受" in block:
        # An application's subject, a household by its head after its village ("申请获取“某镇某村张三户享受
        # 农村低保的审批材料”").
        for m in _HOUSEHOLD_BENEFIT.finditer(text, block_start, block_end):
            if _name_token(ctx, m.group(1), True) or _minority_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    if "关于" in block or "该户" in block:
        for m in _TOPIC.finditer(text, block_start, block_end):
            group = m.lastindex or 1
            name = m.group(group)
            if (
                len(name) == 4
                and (group == 3 or text.startswith("申请", m.end(group)))
                and not (_surname_len(name) == 2 or name[:2] in YI_CLANS)
                # A Hui or Dongxiang name: a surname and a transliterated given name ("妥苏来曼").
                and not (_surname_len(name) == 1 and all(c in TRANSLITERATION_CHARS for c in name[1:]))
            ):
                continue  # "关于开展低保申请工作的议题": four characters there are seldom a name
            if _slot_name(ctx, name):
                ctx.add("name", m.start(group), m.end(group))
    if any(w in block for w in _VICTIM_WORDS):
        # (Into the line after the block: the name a line's end wrapped, "被邻居⏎王五占用".)
        after = _line_end(text, block_end + 1) if block_end < len(text) else block_end
        for m in _VICTIM.finditer(text, block_start, after):
            group = m.lastindex or 1
            name = m.group(group)
            if group >= 5 and not _name_shaped(ctx, name):
                continue  # "受县政府委托": an office acts for others too; only a name by its shape
            if not _ORGANISATION.search(name) and _slot_name(ctx, name):
                ctx.add("name", m.start(group), m.end(group))
    if "我叫" in block or "本人" in block:
        for m in _SELF_NAMED.finditer(text, block_start, block_end):
            # "本人患尿毒症，": a condition, not a name ("患", "系", "因" open no name here).
            name = m.group(1)
            if not name.startswith(_NOT_SELF) and _slot_name(ctx, name):
                ctx.add("name", m.start(1), m.end(1))
    if "请" in block and ("本人" in block or "及时" in block):
        for m in _PLEASE.finditer(text, block_start, block_end):
            if _name_token(ctx, m.group(1), False):
                ctx.add("name", m.start(1), m.end(1))
    for key, pattern in (
        (_HOUSEHOLD_VOTE_KEY, _HOUSEHOLD_VOTE),
        (_HOUSEHOLD_SIZE_KEY, _HOUSEHOLD_SIZE),
        (_HOUSEHOLD_PEOPLE_KEY, _VILLAGE_HOUSEHOLD),
        (_VILLAGER_KEY, _VILLAGER),
        (_REPORTS_KIN_KEY, _REPORTS_KIN),
        (_LIVES_AT_KEY, _LIVES_AT),
        (_LIVES_AT_KEY, _HOME_THEN_NAME),
        (_CALLER_KEY, _CALLER),
        (_AGE_KEY, _AGE_LINE),
        (_AGE_KEY, _MEMBER_LINE),
        (_GREETING_KEY, _GREETING),
    ):
        if key.search(block) is None:
            continue
        for m in pattern.finditer(text, block_start, block_end):
            # A speaker after "，" needs a listed surname ("经查，刘家住…"); one opening a line or
            # after "代表甲：" need not.
            relaxed = pattern is not _LIVES_AT or (text[m.start() - 1] if m.start() else "\n") in "\n：:．"
            name = m.group(1)
            # A Tibetan or Yi name opening the line lives somewhere too ("2．强巴平措家住…").
            # (A place's last character may end a name that only a person's slot holds: "村民姚林的…".)
            placed = pattern in (
                _VILLAGER,
                _HOUSEHOLD_SIZE,
                _VILLAGE_HOUSEHOLD,
                _REPORTS_KIN,
                _HOME_THEN_NAME,
                _CALLER,
            )
            tibetan = (
                relaxed
                and (placed or pattern is _LIVES_AT)
                and _four_character_name(name)
                and _valid_name(ctx, name)
            )
            # (A Yi name may end as a place does: "阿西伍沙家住…".)
            yi = tibetan and name[:2] in YI_CLANS
            if (tibetan or _name_token(ctx, name, relaxed)) and (
                yi or placed or not _LAND_WORD.search(name[-1])
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "同意" in block:
        for m in _AGREED_LIST.finditer(text, block_start, block_end):
            tokens = re.split("[、，,]", m.group(1))
            # One word before a count is no list: "同意高新区3户纳入试点"; but one name before "1户" is
            # ("同意达瓦欧珠1户纳入…"). A Tibetan or Yi name has four characters and no listed surname.
            count = text[m.end(1) : m.end(1) + 2].lstrip("等")[:1]
            if (len(tokens) > 1 or (count == "1" and tokens[0][-1] not in _PLACE_END)) and all(
                _name_token(ctx, t, True) or (_four_character_name(t) and _valid_name(ctx, t)) for t in tokens
            ):
                pos = m.start(1)
                for t in tokens:
                    ctx.add("name", pos, pos + len(t))
                    pos += len(t) + 1
    if _LETTER_KEY.search(block):
        for m in _LETTER_OPENING.finditer(text, block_start, block_end):
            if m.start() == 0:
                continue
            prev = _ADDRESSEE.fullmatch(text, text.rfind("\n", 0, m.start() - 1) + 1, m.start() - 1)
            # A Tibetan or Yi name of four characters too ("曲比拉哈："); not "田文同志：", "全体居民：".
            if (
                prev is None
                or prev.group(1)[-1] in _PLACE_END
                or prev.group(1)[2:] in TITLES
                or prev.group(1).startswith(("全体", "各位"))
            ):
                continue
            name = prev.group(1)
            # A body that opens by speaking to the addressee ("你于…", "（男，…") says a person is
            # addressed, whatever the surname; one that speaks to them later ("本院受理原告李四诉你…",
            # "经检查，你（…）") needs a name that only a person has.
            if _kin_item_name(ctx, name) if _LETTER_BODY.match(text, m.start()) else _slot_name(ctx, name):
                ctx.add("name", prev.start(1), prev.end(1))
    if "车，" in block or "车," in block:
        for m in _VEHICLE_OWNER.finditer(text, block_start, block_end):
            ls = text.rfind("\n", 0, m.start()) + 1
            name = m.group(1)
            # Not the vehicle's colour or status ("蓝色", "未年检", "已报废", "非营运").
            if (
                _PLATE.search(text, ls, m.start())
                and name[-1] not in "色检废运期"
                and name[0] not in "未非已无逾超"
                # Any surname for three characters: two are as often a status ("正常", "查封").
                and _name_token(ctx, name, len(name) > 2)
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "时许" in block:
        for m in _INCIDENT_PERSON.finditer(text, block_start, block_end):
            # Any surname for three characters; "民警", "司机", "群众" are two, and no names.
            name = m.group(1)
            if (
                name not in _ACTORS
                and name[-1] not in _PLACE_END
                and _name_token(ctx, name, len(name) > 2 or "·" in name)
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "遗失" in block or "作废" in block:
        for m in _LOST.finditer(text, block_start, block_end):
            name = m.group(1)
            # Any surname at a line's start or after "本人"; a listed one elsewhere.
            start = m.start(1)
            relaxed = (
                start == 0
                or text[start - 1] == "\n"
                or text.startswith("本人", start - 2)
                or (
                    text[start - 1] in ")）．"
                    and _LINE_ENUM.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
                )
            )
            # Two characters need a listed surname unless the notice names what was lost ("佴美将
            # 第二代居民身份证…作废", "图雅遗失身份证"); a Tibetan or Uyghur name has none.
            strong = relaxed and (len(name) > 2 or _LOST_DOCUMENT.match(text, m.end(1)) is not None)
            if (
                name not in _ACTORS
                and "不" not in name  # "如不慎遗失证件": a condition, not a person
                and not name.startswith(("如", "若", "凡", "因", "现", "已", "本", "该", "我"))
                and (
                    _name_token(ctx, name, strong)
                    or (strong and _four_character_name(name) and _valid_name(ctx, name))
                )
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "支付" in block or "收到" in block:
        for m in _PAYEE.finditer(text, block_start, block_end):
            name = m.group(1)
            if _ORGANISATION.search(text, m.end(1), min(len(text), m.end(1) + 12)):
                continue  # "支付某某劳务有限责任公司水泥款": a company's name opens with its place
            if name not in _ACTORS and (
                _name_token(ctx, name, len(name) > 2 or "·" in name) or _four_character_name(name)
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "婚姻" in block or "婚登记" in block:
        # (From the line above to the line below: "张三与李四⏎于2009年…办理结婚登记", "…的婚姻⏎登记档案"
        # wrapped by a PDF's line.)
        above = text.rfind("\n", 0, max(block_start - 1, 0)) + 1
        below = _line_end(text, block_end + 1) if block_end < len(text) else block_end
        for pattern in _COUPLES:
            for m in pattern.finditer(text, above, below):
                _couple(ctx, m)
    if "拾到" in block or "拾得" in block or "捡到" in block or "捡拾" in block:
        for m in _FINDER.finditer(text, block_start, block_end):
            if _slot_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    if "涉嫌" in block:
        for m in _SUSPECT.finditer(text, block_start, block_end):
            if _slot_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    if "家庭电话" in block or "电子邮箱" in block:
        for m in _HOME_PHONE_OWNER.finditer(text, block_start, block_end):
            name = m.group(1)
            # A listed surname: "本单位", "村委会" open such a sentence too.
            if (
                name not in _ACTORS
                and name not in _KIN
                and name[-1] not in "会委局办院所厅站处科部室府校"  # "管委会", "派出所": an office's line
                and not _ORGANISATION.search(name)
                and (_name_token(ctx, name, False) or _four_character_name(name))
            ):
                ctx.add("name", m.start(1), m.end(1))
    if _HOLDER_KEY.search(block):
        for m in _HOLDER.finditer(text, block_start, block_end):
            name = m.group(1)
            # Any surname after a colon or at a line's start; a listed one after a comma.
            relaxed = (text[m.start() - 1] if m.start() else "\n") in "\n：:"
            if name not in _ACTORS and (
                _name_token(ctx, name, relaxed) or (relaxed and _four_character_name(name))
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "同学" in block:
        for m in _PUPIL.finditer(text, block_start, block_end):
            if _name_token(ctx, m.group(1), len(m.group(1)) > 2):
                ctx.add("name", m.start(1), m.end(1))
    if _DRIVER_KEY.search(block):
        for m in _DRIVER.finditer(text, block_start, block_end):
            name = m.group(1)
            if name not in _ACTORS and (
                _name_token(ctx, name, len(name) > 2 or "·" in name)
                # (A Tibetan, Yi or Mongolian name of four characters: "与索朗普赤驾驶的藏D…".)
                or (len(name) == 4 and _four_character_name(name) and _valid_name(ctx, name))
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "造成" in block:
        for m in _HURT.finditer(text, block_start, block_end):
            name = m.group(1)
            if name not in _ACTORS and _slot_name(ctx, name):
                ctx.add("name", m.start(1), m.end(1))
    sex = _SEX_CELL.search(block)
    if sex is not None:
        # From the line of the first sex: _SEXED tries every character, and no line before has one.
        for m in _SEXED.finditer(text, text.rfind("\n", 0, block_start + sex.start()) + 1, block_end):
            name = m.group(1)
            # Any surname after a colon or at a line's start ("病例3：仉莉轩，女，"); a listed one
            # after a comma, where a run may be a word ("经查，患者，男，").
            # Two characters need a listed surname anywhere: "其中，男，女各半".
            relaxed = (text[m.start() - 1] if m.start() else "\n") in "\n：:\t" and len(name) > 2
            if name not in _KIN and name not in _ACTORS and _name_token(ctx, name, relaxed):
                ctx.add("name", m.start(1), m.end(1))
    if "原告" in block or "被告" in block or "执行人" in block:
        for m in _COURT_PARTY.finditer(text, block_start, block_end):
            name = m.group(1)
            # "原告公保东周诉…", "原告努尔阿依古丽诉…": a Tibetan, Yi or Uyghur name has no listed surname.
            if _name_token(ctx, name, False) or (len(name) >= 4 and _slot_name(ctx, name)):
                ctx.add("name", m.start(1), m.end(1))
        for m in _PARTY_LIST.finditer(text, block_start, block_end):
            _party_list(ctx, m.end(), block_end)
    if "）投" in block or "）举" in block or ")投" in block or ")举" in block:
        _complainants(ctx, block_start, block_end)
    if "户（住" in block or "户(住" in block or "户危房" in block or "户宅基地" in block or "户土地" in block:
        for m in _SUBJECT_HOUSEHOLD.finditer(text, block_start, block_end):
            name, start = m.group(1), m.start(1)
            village = _VILLAGE_BEFORE.match(name)
            if village:
                name, start = name[village.end() :], start + village.end()
            if not _HOUSEHOLD_KIND.search(name) and _slot_name(ctx, name):
                ctx.add("name", start, m.end(1))
    if "其中" in block:
        for m in _ATTENDEES.finditer(text, block_start, block_end):
            _name_series(ctx, m.end(), _line_end(text, m.end()), "、，,")
    if "代表" in block:
        for m in _DELEGATE_SPEAKS.finditer(text, block_start, block_end):
            ls = text.rfind("\n", 0, m.start()) + 1
            name = m.group(1).replace(" ", "").replace("　", "")
            if not text[ls : m.start()].strip(" \t　") and _slot_name(ctx, name):
                ctx.add("name", m.start(1), m.end(1))
    if "签字" in block or "签名" in block:
        for m in _SIGNATURES.finditer(text, block_start, block_end):
            le = _line_end(text, m.end())
            if text[m.end() : le].strip(" \t　"):
                _name_series(ctx, m.end(), le, " \t　、，,")
                continue
            # The names on the lines below ("参会成员代表签字：⏎张三  李四⏎王五"), up to the next field;
            # one a line, as a signature sheet copied from a PDF has them ("参会代表签名：⏎张三⏎李四⏎…").
            signed: list[tuple[int, int]] = []
            for _ in range(_SIGNATURE_LINES):
                pos, le = le + 1, _line_end(text, le + 1)
                if pos >= len(text) or _CELL_STOP.search(text, pos, le) or not text[pos:le].strip():
                    break
                signed.extend(_series_items(ctx, pos, le, " \t　、，,"))
            _add_series(ctx, signed)
    if "）" in block or ")" in block:  # (the trigger: "某村）", "某嘎查）", "某社区）")
        for m in _ITEM_PERSON.finditer(text, block_start, block_end):
            name = m.group(1)
            if name[-1] in _PLACE_END or name[-1] in _TRADE_END or name[-1] == "室":
                continue  # "卫生室（某村）", "文化广场（某社区）": a place in the village
            # (Four characters or more: a Tibetan, Yi or Mongolian name, not "新建小学（某社区）".)
            if (
                (
                    _slot_name(ctx, name)
                    if len(name) <= 3 or _surname_len(name) == 2
                    else _minority_name(ctx, name)
                )
                if "·" not in name
                else _name_token(ctx, name, True)
            ):
                ctx.add("name", m.start(1), m.end(1))
    if "以下" in block:
        # "确认以下7人为本社成员：张三、李四、王五。", "以下2人不予确认：赵六（已迁出）；孙七（…）。"
        for m in _LISTED_BELOW.finditer(text, block_start, block_end):
            _name_series(ctx, m.end(), _line_end(text, m.end()), "、，,；;")
    if "发言：" in block or "发言:" in block:
        for m in _SPEECHES_HEAD.finditer(text, block_start, block_end):
            _speeches(ctx, m.end() + 1)
    if "岁" in block:
        for m in _AGE_BRACKET.finditer(text, block_start, block_end):
            # The run before the bracket, from punctuation or from the last word that names a person.
            before = _RUN_BEFORE.search(text, max(block_start, m.start() - 24), m.start())
            if before is None:
                continue
            start = before.start()
            for role in _AGE_ROLE.finditer(text, before.start(), m.start()):
                start = role.end()
            if start == before.start() and start > 0 and _HAN_CHAR.match(text, start - 1):
                continue  # the run began inside a longer one
            if _listed_owner(ctx, text[start : m.start()]):
                ctx.add("name", start, m.start())
    if "夫妇" in block or "子女" in block:
        for m in _SPOUSES_AND_CHILDREN.finditer(text, block_start, block_end):
            group = 1 if m.group(1) else 2
            name = m.group(group)
            # The slot holds a person whatever the name: "与格桑夫妇", a Tibetan or Mongolian name of two.
            plain = len(name) == 2 and all(c in TRANSLITERATION_CHARS for c in name) and name not in NOT_NAMES
            if plain or _listed_owner(ctx, name):
                ctx.add("name", m.start(group), m.end(group))
    if "伙同" in block:
        for m in _ACCOMPLICES.finditer(text, block_start, block_end):
            pos = m.start(1)
            for part in m.group(1).split("、"):
                if _slot_name(ctx, part):
                    ctx.add("name", pos, pos + len(part))
                pos += len(part) + 1
    if "家走访" in block:
        for m in _VISITED.finditer(text, block_start, block_end):
            if _slot_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    if "委托" in block:
        for m in _PROXY.finditer(text, block_start, block_end):
            if _slot_name(ctx, m.group(1).replace(" ", "").replace("　", "")):
                ctx.add("name", m.start(1), m.end(1))
    if "名下" in block or "补偿款" in block or "赔偿款" in block or "转包给" in block:
        for m in _PAID_TO.finditer(text, block_start, block_end):
            if _slot_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    if "付" in block or "：" in block:
        for m in _VILLAGE_PAYEE.finditer(text, block_start, block_end):
            group = m.lastindex or 1
            name = m.group(group)
            if "集体" not in name and name[-1] not in "组社队村" and _slot_name(ctx, name):
                ctx.add("name", m.start(group), m.end(group))
    if "原告" in block or "被告" in block or "第三人" in block:
        for m in _PARTY_MENTION.finditer(text, block_start, block_end):
            name = m.group(1)
            if _name_token(ctx, name, False) or (len(name) >= 4 and _slot_name(ctx, name)):
                ctx.add("name", m.start(1), m.end(1))
    if "纠纷" in block:
        for m in _DISPUTE_PARTY.finditer(text, block_start, block_end):
            if _name_token(ctx, m.group(1), False):
                ctx.add("name", m.start(1), m.end(1))
    if _BOUNDARY_KEY.search(block):
        for m in _BOUNDARY.finditer(text, block_start, block_end):
            # (A spaced name, "李  林  海林地", is read with its spaces moved behind it.)
            after = (
                m.end(1) + len(text[m.end(1) : m.end(1) + 6]) - len(text[m.end(1) : m.end(1) + 6].lstrip(" "))
            )
            if _neighbour(ctx, m.group(1), text.startswith(_OWNER_WORDS, after)):
                ctx.add("name", m.start(1), m.end(1))
        if "　" in block:
            for m in _SPACED_BOUNDARY.finditer(text, block_start, block_end):
                name = m.group(1) + m.group(2) + (m.group(3) or "")
                if _name_token(ctx, name, False) and _neighbour(ctx, name, True):
                    ctx.add("name", m.start(1), m.end(3) if m.group(3) else m.end(2))


def _household_noted(ctx: _Ctx, pos: int) -> None:
    """A household's head at a line's start, its 户 at pos and the head's sex and age in brackets after
    it ("评议结果如下：⏎张三户（女，84岁，患…）同意26票", "2．吉伍依火户（女，79岁，…）")."""
    text = ctx.text
    ls = text.rfind("\n", 0, pos) + 1
    lead = _LINE_ENUM.match(text, ls, pos)
    blank = _LEAD_BLANK.match(text, lead.end() if lead else ls, pos)
    start = blank.end() if blank else pos
    name = text[start:pos]
    if (
        2 <= len(name) <= 16
        and _HAN_RUN.fullmatch(name)
        and name[0] not in _NOT_HEAD_FIRST
        and _slot_person(ctx, name)
        and not _HOUSEHOLD_TYPE.search(name)
    ):
        ctx.add("name", start, pos)


def _slot_person(ctx: _Ctx, name: str) -> bool:
    """A whole run in a slot that a person's label or role marks: any surname for two or three
    characters, a compound surname or a Tibetan, Mongolian or Yi name for four, a transliterated name
    for more (_kin_item_name without its four-character words: "被执行人予以公布")."""
    if len(name) == 4 and "·" not in name:
        return (
            name not in _KIN
            and (_surname_len(name) == 2 or _minority_name(ctx, name))
            and _valid_name(ctx, name)
        )
    return _kin_item_name(ctx, name) or _transliterated_name(ctx, name)


# --- Letters and notices served on one person -------------------------------------------------------
# A notice served on one party heads its body with the addressee on a line of their own, right after
# the title and the document's number: "（2024）某0302执3113号⏎⏎张三：⏎本院于…", "某征通〔2023〕73号⏎
# 李四（身份证号：…）：⏎因…", "某公户告字〔2025〕243号⏎王五：⏎你于…". The number line is looked for in
# the document's first lines only.
_HEAD_LINES = 12
_NUMBER_LINE = re.compile(
    r"^[ \t　]*[^\n，。：:；;]{0,20}?[〔\[（(【](?:19|20)[0-9]{2}[〕\]）)】]"
    r"[^\n，。：:；;]{0,20}?号[ \t　]*\n"
    r"(?:[ \t　]*\n)*",
    re.M,
)
# Or, a notice without a number, right after its title: "限制消费令⏎⏎张三：⏎本院于…".
_NOTICE_TITLE = re.compile(
    r"^[ \t　]*[^\n，。：:；;]{0,40}?(?:公告|通知书|决定书|消费令|告知书|意见书|答复书|答复意见|催告书)"
    r"[ \t　]*\n"
    r"(?:[ \t　]*\n)*",
    re.M,
)
_TITLE_END = re.compile(r"(?:公告|通知书|决定书|消费令|告知书|意见书|答复书|答复意见|催告书)[ \t　]*\n")
# The year of a document's number, which the number's line is looked for from.
_YEAR_BRACKET = re.compile(r"[〔\[（(【](?:19|20)[0-9]{2}[〕\]）)】]")
_ADDRESSEE_LINE = re.compile(
    # (A name spaced out by full-width spaces, "李　秋　凤：", is read packed.)
    rf"[ \t　]*(?:致|尊敬的)?([{_HAN}·](?:　{{0,2}}[{_HAN}·]){{1,15}}?)(?:同志|先生|女士)?"
    r" {0,8}(?:[（(][^）)\n]{0,80}[)）])?[:：][ \t　]*(?=\n|$)"
)
# The body speaks to one person: "与你…纠纷", "因你下落不明", "你于…"; not to an office or a firm ("你单位",
# "你公司") nor to many ("你们").
_SPOKEN_TO = re.compile(
    "你(?!们|单位|公司|司|厂|店|局|部|社|校|院|处|所|委|村|镇|乡|中心)|您(?!们|单位|公司)"
)
_BODY_SPAN = 400


def _addressee_after_number(ctx: _Ctx) -> None:
    """The addressee of a notice served on one person, on its own line after the document's number."""
    text = ctx.text
    head_end = _lines_ahead(text, _HEAD_LINES) + 1
    # (Each pattern only where its key word is: most documents' heads hold neither.)
    number = None
    for year in _YEAR_BRACKET.finditer(text, 0, head_end) if text.find("号", 0, head_end) >= 0 else ():
        found = _NUMBER_LINE.match(text, text.rfind("\n", 0, year.start()) + 1, head_end)
        if found is not None:
            number = number or found
            # A portal's own number may come first ("某政〔2023〕128号⏎发布日期：…⏎某公（治）拘通字
            # 〔2025〕716号⏎张三："): the number the addressee follows is the notice's.
            if _ADDRESSEE_LINE.match(text, found.end()):
                number = found
                break
    for title in _TITLE_END.finditer(text, 0, head_end) if number is None else ():
        number = _NOTICE_TITLE.match(text, text.rfind("\n", 0, title.start()) + 1, head_end)
        if number is not None:
            break
    if number is None:
        return
    line = _ADDRESSEE_LINE.match(text, number.end())
    if line is None:
        return
    if text.startswith(("尊敬的", "用户", "客户"), line.start(1)) or text.endswith(
        "尊敬的", 0, line.start(1)
    ):
        # "尊敬的用户张三（户号：…）：": the salutation's words are not the name (_DEAR_CUSTOMER reads it).
        return
    name = line.group(1).replace("　", "")
    if (
        name.startswith(("全体", "各", "有关"))
        or _OFFICE_END.search(name)
        or _ORGANISATION.search(name)
        or (
            _SPOKEN_TO.search(text, line.end(), line.end() + _BODY_SPAN) is None
            # A notice to a detainee's family ("拘留通知书（家属联）"): the body speaks of the detainee.
            and "家属" not in text[: number.end()]
        )
    ):
        return
    if _kin_item_name(ctx, name) or _transliterated_name(ctx, name):
        ctx.add("name", line.start(1), line.end(1))


# --- A person's label in a numbered item --------------------------------------------------------------
# "4. 患者者山俊（双相情感障碍），监护人海来子哈（配偶）", "2. 承租人拓鑫建，承租房屋：…": in an item of a
# numbered list, a person's label and the run it heads up to the item's next field is a name whatever
# the surname (a Hui, Yi or Mongolian one is often missing from the list).
_ITEM_LABELS = frozenset({"患者", "监护人", "承租人", "申请人", "户主", "被执行人", "申请执行人", "被监护人"})
_CONDITION_NOTE = re.compile(rf"([{_HAN}·]{{2,16}}?)(?=[（(][^）)\n]{{0,20}}(?:{'|'.join(HEALTH_TRIGGERS)}))")
_ITEM_VALUE = re.compile(rf"([{_HAN}·]{{2,16}})(?=[，,（(；;])")
# "系患者李四之配偶", "患者托娅之儿子": the run between a label and a relation is the label's person.
_VALUE_OF_KIN = re.compile(rf"([{_HAN}·]{{2,16}}?)[之的]{_KIN_WORD}")
# "申请执行人张三与被执行人李四…纠纷", "申请执行人王五与你…": a case's party, then the other.
_PARTY_LABELS = frozenset({"申请执行人", "被执行人", "原告", "被告", "申请人", "被申请人"})
_PARTY_BEFORE_OTHER = re.compile(rf"([{_HAN}·]{{2,16}}?)与(?:被执行人|申请执行人|被告|原告|被申请人|你)")
# An item's next field that only a person has ("，承租房屋：", "，身份证号：").
_LABELLED_FIELD = re.compile(
    r"[，,](?:承租房屋|房屋坐落|家庭住址|现住址|住址|联系电话|身份证号码?|公民身份号码|性别|年龄|民族|出生日期)[：:]"
)
_CLAUSE_FIRST = frozenset("已被在于对向将因为是到从把让给经未均系曾及和与的所并也又就才还都无不诊病死")


def _item_label_name(ctx: _Ctx, label: str, ls: int, start: int, end: int, le: int) -> bool:
    """The name after a person's label in a numbered item, or after 患者 and before "之配偶"."""
    text = ctx.text
    note = None
    of_kin = _VALUE_OF_KIN.match(text, end, le)
    party = _PARTY_BEFORE_OTHER.match(text, end, le) if label in _PARTY_LABELS else None
    if of_kin is not None:
        m: re.Match[str] | None = of_kin
    elif party is not None:
        m = party
    elif label == "患者" and (note := _CONDITION_NOTE.match(text, end, le)) is not None:
        m = note  # "其中患者朝鲁门（乳腺癌病史）": the bracket holds the patient's condition
    elif label in _ITEM_LABELS and _ITEM_ENUM.match(text, ls) is not None:
        m = _ITEM_VALUE.match(text, end, le)
        before = text[start - 1 : start]
        if before not in "，,；;" and _ITEM_ENUM.fullmatch(text, ls, start) is None:
            return False  # the label must open the item or one of its fields
    else:
        return False
    if m is None:
        return False
    name = m.group(1)
    if name[0] in _CLAUSE_FIRST or name in _KIN or _CONDITION_AFTER.search(name):
        return False
    if len(name) == 2 and "·" not in name:
        # Two characters are as often a word ("患者病故，"): a listed surname, or a Mongolian name.
        # Any surname when the item's next field is a person's ("2. 承租人者宝，承租房屋：…").
        ok = (
            _pick_name(name) == 2
            or all(c in TRANSLITERATION_CHARS for c in name)
            or _LABELLED_FIELD.match(text, m.end(1)) is not None
        )
        if not (ok and _valid_name(ctx, name) and name[-1] not in _ROLE_END):
            return False
    elif not (_slot_person(ctx, name) or (m is note and _kin_item_name(ctx, name))):
        return False  # (a condition in brackets after a patient: any four characters that read as a name)
    ctx.add("name", m.start(1), m.end(1))
    return True


# "2、张三（监护人）——李四（患者，男，41岁）；": an item that pairs a guardian and their ward, each
# followed by their role in brackets. Both are people whatever their surnames.
_GUARDIAN_PAIR = re.compile(
    rf"([{_HAN}·]{{2,16}})[（(]监护人[）)][ \t　]*[—－\-]{{1,2}}[ \t　]*"
    rf"([{_HAN}·]{{2,16}})[（(](?:患者|被监护人)"
)


def _guardian_pairs(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    for m in _GUARDIAN_PAIR.finditer(text, block_start, block_end):
        ls = text.rfind("\n", 0, m.start()) + 1
        if _LINE_ENUM.fullmatch(text, ls, m.start()) is None:
            continue  # the pair opens its item
        for group in (1, 2):
            name = m.group(group)
            if name not in _KIN and name[-1] not in _UNIT_END and _slot_person(ctx, name):
                ctx.add("name", m.start(group), m.end(group))


# "未签字同意的3户中，张三户提出过渡费标准异议": the households that a survey's result singles out, each
# named by its head. A hard wrap may break the sentence anywhere ("的4户⏎中，李四⏎户提出…").
_BREAK = "[ \t　]*\n?[ \t　]*"  # (_WRAP, defined further down)
_HOUSEHOLDS_AMONG = re.compile(
    rf"户{_BREAK}中[，,]{_BREAK}((?:[{_HAN}·]{{2,16}}?{_BREAK}户[、和及]{_BREAK}){{0,5}}?[{_HAN}·]{{2,16}}?){_BREAK}户"
    r"(?=提出|反映|表示|要求|认为|对|因|不同意|尚未|未)"
)
# One household of several ("张三户、李四户提出…").
_AMONG_PART = re.compile(rf"([{_HAN}·]{{2,16}}?){_BREAK}(?:户[、和及]{_BREAK}|$)")


_NOT_HEAD_FIRST = frozenset("个部少多其余该此各每他她一二两三四五六七八九十")


# Who collected a payment for its payee ("陈晨毅代领", "户主已故，由妻萨仁代领", "由其父亲刘涛代领"): a
# relative or a neighbour, a private person.
_COLLECTOR = re.compile(rf"([{_HAN}·]{{2,10}})代领(?!人)")
_COLLECTOR_LEAD = re.compile(
    "^(?:由其?|其)(?:父亲|母亲|妻子|丈夫|儿子|女儿|儿媳|女婿|孙子|孙女|配偶|家属|亲属|妻|夫|子|女)"
    "|^(?:由|委托)|^(?:父亲|母亲|妻子|丈夫|儿子|女儿|儿媳|女婿|孙子|孙女|配偶|家属|亲属)"
)


def _proxies(ctx: _Ctx, blocks: list[tuple[int, int]]) -> None:
    text = ctx.text
    for block_start, block_end in blocks:
        for m in _COLLECTOR.finditer(text, block_start, block_end):
            run = m.group(1)
            lead = _COLLECTOR_LEAD.match(run)
            name = run[lead.end() :] if lead else run
            start = m.end(1) - len(name)
            if (
                2 <= len(name) <= 4
                and name not in _KIN
                and "代领" not in run
                and name not in ("他人", "本人", "家人", "亲属", "家属", "亲友", "邻居", "其他人", "村干部")
                and _PLACE_WORD_IN.search(name) is None
                and name[-1] not in "组社户"
                and (_pick_name(name, True) == len(name) or _four_character_name(name) or "·" in name)
                and _valid_name(ctx, name)
            ):
                ctx.add("name", start, m.end(1))


def _households_among(ctx: _Ctx) -> None:
    text = ctx.text
    for m in _HOUSEHOLDS_AMONG.finditer(text):
        for part in _AMONG_PART.finditer(text, m.start(1), m.end(1)):
            name = part.group(1)
            if name[0] in _NOT_HEAD_FIRST:
                break  # "个别户提出…", "其余户对…"
            # A slot only a household's head fills: a Tibetan or Mongolian name of four characters too.
            if name not in _KIN and (_kin_item_name(ctx, name) or _transliterated_name(ctx, name)):
                ctx.add("name", part.start(1), part.end(1))


# A representative's words in minutes, after a colon ("村民代表张三：申请人家庭确实困难，…").
_REPRESENTATIVE_SAYS = re.compile(rf"(?:村民|居民|群众)代表({_NAME_RUN_LAZY})[:：]")
# (The words _SPEAKER reads: "村民代表张三说：" is 张三's, not "张三说".)
_SPEECH_VERBS = ("说", "发言", "提出", "问", "表示", "认为", "建议", "指出", "答", "称")


# An item that opens with a person and names their relative ("（一）张三之女李四（2023年1月22日出生），
# 新增1人", "2．王五之父赵六于2024年12月2日因病去世，核减1人"): both are people whatever their surnames.
_ITEM_OF_KIN = re.compile(
    r"^[ \t　]*(?:[0-9]{1,3}[.、．)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}、)"
    rf"[ \t　]*([{_HAN}·]{{2,16}}?)之{_KIN_WORD}([{_HAN}·]{{2,16}}?)(?=[（(，,]|于|因|在)",
    re.M,
)


def _items_of_kin(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    for m in _ITEM_OF_KIN.finditer(text, block_start, block_end):
        if all(_slot_person(ctx, m.group(g)) and m.group(g)[-1] not in _UNIT_END for g in (1, 2)):
            ctx.add("name", m.start(1), m.end(1))
            ctx.add("name", m.start(2), m.end(2))


# A person's label that a hard wrap breaks ("…，监护⏎人张三（父亲）", "立案执行申请执行⏎人李四与你…") or
# that ends a line, its name opening the next ("监护人⏎白玛朗杰（配偶）"): _WRAPPED_LABELS, with the
# family "wrap" that marks the lines where one may be cut.
_WRAPPED_LABEL = re.compile(
    "|".join(
        sorted(
            {f"{w[:i]}[ \\t　]*\\n[ \\t　]*{w[i:]}" for w in _WRAPPED_LABELS for i in range(1, len(w) + 1)},
            key=len,
            reverse=True,
        )
    )
)
# A relative's word that ends a prose line, the name opening the next ("，其儿子⏎张三因双相情感障碍…").
_WRAPPED_KIN = re.compile(r"[，,其](?:妻子|丈夫|儿子|女儿|配偶|父亲|母亲|儿媳|女婿)[ \t　]*\n[ \t　]*")
_WRAPPED_VALUE = re.compile(rf"([{_HAN}·]{{2,16}}?)(?=[（(，,；;、]|与)")


# --- Prose of welfare notices, loans and hearings (holdout 18) -------------------------------------------
# A name as prose writes it: plain, or spaced out one character apart by the typesetter ("郑 英 桂").
_SPREAD_NAME = rf"[{_HAN}](?:[ 　]{{0,2}}[{_HAN}]){{1,3}}?"
_PROSE_NAME = rf"(?:{_SPREAD_NAME}|{_NAME_RUN_LAZY})"
# (Led by "\n", a literal the scan skips to, not by ^: a document's first line is its title, never an item.)
_ITEM_MARK = (
    r"\n[ \t　]*(?:[0-9]{1,3}[.、．)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}、|[①-⑳])[ \t　]*"
)
# A welfare post's holder reproved for what they did ("某村护林员张三骑摩托车…吸烟", "…护林员李四3月以来
# 巡护轨迹造假", "…长期外出务工，予以解聘"): the post says their household's need. Commended lines are
# dropped later (_drop_commended).
_POST_DEED = re.compile(
    rf"(?:护林员|护路员|保洁员|巡河员|管水员)({_PROSE_NAME})[ 　]*"
    r"(?=骑|长期|[0-9]{1,2}月(?:以来|份)|代为|因|未按|未履行|擅自|无故|多次|连续)"
)
# Who stands in for a sick holder ("暂由其丈夫王五代为巡护"), and the sick holder ("另，张三因…住院治疗").
_STAND_IN = re.compile(
    # (A 特困 person's guardian: "由其侄子张三担任监护人".)
    r"由其(?:丈夫|妻子|儿子|女儿|儿媳|女婿|父亲|母亲|孙子|孙女|哥哥|弟弟|姐姐|妹妹|妻|夫|侄子|侄女|外甥女|外甥"
    rf"|堂弟|堂兄|堂哥|堂姐|堂妹|表弟|表哥|表姐|表妹)({_PROSE_NAME})[ 　]*"
    r"(?=代为|代领|代办|照料|担任|作为|负责)"
)
_ALSO_SICK = re.compile(rf"另[，,]({_PROSE_NAME})[ 　]*因[^\n。，]{{1,24}}?住院")
_SENTENCE_START = frozenset("\n。；; \t　")
# A migrants' register's changes: "（四）张三户新生儿李四（2024年…出生）", "①王五户户主赵六于…去世",
# "（二）外村嫁入人员何七与本村移民户主孙八登记结婚".
_HOUSEHOLD_CHANGE = re.compile(
    rf"{_ITEM_MARK}({_PROSE_NAME})[ 　]*户(?:新生儿|户主)({_PROSE_NAME})[ 　]*(?=[（(，,]|于|因)"
)
_MARRIED_IN = re.compile(
    rf"(?:嫁入|入赘|迁入)人员({_PROSE_NAME})[ 　]*与(?:本村)?(?:移民|村民)?(?:户主)?"
    rf"({_PROSE_NAME})[ 　]*(?:登记)?结婚"
)
# A numbered list of people by their village ("①张三，某苏木某嘎查，购置…", "2．李四（15****557），某村，
# 年度考核不合格"): a person, then where they live.
_ITEM_PERSON_PLACE = re.compile(
    rf"{_ITEM_MARK}({_PROSE_NAME})[ 　]*(?:[（(][^）)\n]{{0,24}}[)）])?"
    rf"[，,][{_HAN}]{{1,24}}?(?:村|嘎查|社区)[，,]"
)
# A letter's matter ("你…来信反映的关于张三未纳入…"), a witness's words ("我和李四一起在…"), a
# co-owner ("该不动产共有人为王五（其女）"), a case's applicant ("受理申请人赵六与你单位劳动争议一案").
_MATTER_OF = re.compile(rf"你于[^。\n]{{0,60}}\n?反映的?关于({_PROSE_NAME})[ 　]*(?=未|不|被|的|户)")
# A buyer who cheated a subsidy, named again in the decision ("与购机户张三（身份证号…）", "伙同李四（…）",
# "打入王五本人在…开立的账户", "追回赵六违规获得的补贴资金").
_SUBSIDY_CHEAT = re.compile(
    rf"(?:购机户|购机者|伙同)({_PROSE_NAME})[ 　]*(?=[（(])"
    rf"|打入({_PROSE_NAME})[ 　]*本人|追回({_PROSE_NAME})[ 　]*违规"
)
# A relative, an operator or a lost document's owner spaced out ("其女儿刘  鹏未按规定申报",
# "经营者刘  红，身份证号…", "⑥顾  国  新遗失林权证"), or an item opening with a person and their ID
# ("①  张三（证件号码…）因…", "④某某（65****178）遗失普通护照").
_SPACED_AFTER = re.compile(
    rf"其(?:儿子|女儿|儿媳|女婿|丈夫|妻子|孙子|孙女)({_SPREAD_NAME}|{_NAME_RUN_LAZY})[ 　]*(?=[，,（(]|未|因)"
    # (An operator's name only when spaced out, which leaves blanks after it: "经营者张三已于…" is 张三's.)
    rf"|经营者({_SPREAD_NAME})[ 　]+(?=[，,（(])"
)
_ITEM_OWNER = re.compile(
    rf"{_ITEM_MARK}({_PROSE_NAME})[ 　]*"
    rf"(?:[（(](?:[^）)\n]{{0,8}}[0-9*]{{6}}[^）)\n]{{0,16}})[)）](?:不慎)?(?:遗失|因|户口迁)"
    rf"|(?<!不慎)(?:不慎)?遗失)"
)
# A witness or a guarantor named in a hearing or a loan's notice ("是我工友张三。", "证人张三：我和…",
# "该笔贷款由李四（身份证号：…）提供连带责任保证").
_WITNESS = re.compile(rf"是我工友({_PROSE_NAME})[ 　]*(?=[。，,；;])|\n证人({_PROSE_NAME})[ 　]*[:：]")
_GUARANTOR = re.compile(rf"由({_PROSE_NAME})[ 　]*[（(](?:公民身份号码|身份证号)")
# A labour team's leader who owes wages, named with their ID ("该项目劳务班组负责人张三（公民身份号码：…）
# 拖欠…工资"): a private contractor the notice holds liable, not an office's or a firm's 负责人; and a
# worker hurt on the site ("其中工人李四在施工中受伤").
_GANG_LEADER = re.compile(
    rf"班组负责人({_PROSE_NAME})[ 　]*\n?[（(](?:公民身份号码|身份证号)"
    rf"|工人({_PROSE_NAME})[ 　]*(?=在施工|在作业|在工作|因工)"
)
# A form's label and value parted by blanks on a line of their own ("申领人　萨仁高娃",
# "购机者　张三　　性别　男").
_BLANK_FORM_VALUE = re.compile(
    rf"\n[ \t　]*(?:申领人|购机者|购机人)[ \t　]+({_PROSE_NAME})[ 　]*(?=\n|$|[ \t　]{{2,}}性别)"
)
# (Found from the ID's label, then the line's start looked at: a scan from every line's start costs more.)
_ID_AFTER_COMMA = re.compile(r"[，,](?:公民)?身份(?:证号码?|号码)[:：]?[0-9]")
_OWNER_WITH_ID = re.compile(rf"[ \t　]*({_PROSE_NAME})[ 　]*")
_WITH_ME = re.compile(rf"我和({_PROSE_NAME})[ 　]*一起")
_CO_OWNER = re.compile(rf"共有人为?({_PROSE_NAME})[ 　]*(?=[（(，,。、])")
_APPLICANT_VS = re.compile(rf"申请人({_PROSE_NAME})[ 　]*与(?:你|被申请人)")
# An addressee spaced out, or with a role in brackets, on a line of its own ("陈 勇 林（借款人）：",
# "苏 和同志：", "那顺乌日图（公民身份号码…）：").
_SPACED_ADDRESSEE = re.compile(
    rf"^[ \t　]*(?:致|尊敬的)?({_SPREAD_NAME}|[{_HAN}·]{{2,10}}?)[ 　]*(?:同志|先生|女士)?"
    r"(?:[（(][^）)\n]{0,80}[)）])?[:：][ \t　]*$",
    re.M,
)


def _prose_person(ctx: _Ctx, name: str) -> bool:
    """A name in one of these slots: any surname, or a Tibetan, Mongolian or Yi name whose spelling may
    hold one character that transliterations seldom use ("鲁茸顿珠", "那顺乌日图"): the slot says a person."""
    compact = name.replace(" ", "").replace("　", "")
    if compact[-1] in _UNIT_END or compact[-1] == "户" or _ORGANISATION.search(compact) is not None:
        return False
    if compact in _KIN or (compact[0] in _PRONOUN_FIRST and compact[1:] in _KIN):
        return False  # "该不动产共有人为其配偶": a relation, no name
    if "·" in compact and _dotted_start(compact) > 0:
        return False  # "由生母买买提·吾守尔（…）": the relation, then the name
    if _slot_person(ctx, compact):
        return True
    odd = sum(c not in TRANSLITERATION_CHARS for c in compact)
    if len(compact) == 4 and _surname_len(compact) != 2:
        return odd <= 2 and _four_character_name(compact) and _valid_name(ctx, compact)
    return (
        5 <= len(compact) <= 10
        and odd <= 1
        and compact[-1] not in _ROLE_END
        and "嘎查" not in compact
        and not compact.endswith("苏木")
        and compact not in ctx.config.public_names
    )


def _welfare_prose(ctx: _Ctx, blocks: list[tuple[int, int]], spoken_to: bool) -> None:
    """Holdout 18's prose forms: welfare posts reproved, household changes, letters, witnesses."""
    text = ctx.text
    # Each rule's key words, found in the lines the scan marked; the rules run on those lines' blocks
    # (from the "\n" before each: some open with it).
    # (And the line after each: a wrapped rule's value, "…负责人张三⏎（公民身份号码：…）".)
    spans = [(max(0, s - 1), _line_end(text, min(e + 1, len(text)))) for s, e in blocks]
    keys = {k for s, e in spans for k in _WELFARE_KEYS.findall(text, s, e)}

    def each(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return (m for s, e in spans for m in pattern.finditer(text, s, e))

    found: list[re.Match[str]] = []
    if keys & {"护林员", "护路员", "保洁员", "巡河员", "管水员"}:
        found += each(_POST_DEED)
    if "由其" in keys:
        found += each(_STAND_IN)
    if "住院" in keys and ("另，" in keys or "另," in keys):
        found += (m for m in each(_ALSO_SICK) if m.start() == 0 or text[m.start() - 1] in _SENTENCE_START)
    if "户新生儿" in keys or "户户主" in keys:
        found += each(_HOUSEHOLD_CHANGE)
    if "结婚" in keys:
        found += each(_MARRIED_IN)
    if keys & {"村，", "嘎查，", "社区，"}:
        found += each(_ITEM_PERSON_PLACE)
    if "反映" in keys:
        found += each(_MATTER_OF)
    if "我和" in keys:
        found += each(_WITH_ME)
    if "共有人" in keys:
        found += each(_CO_OWNER)
    if "申请人" in keys:
        found += each(_APPLICANT_VS)
    if "购机" in keys or "伙同" in keys:
        found += each(_SUBSIDY_CHEAT)
    if keys & {"经营者", "其儿", "其女", "其丈夫", "其妻子", "其孙", "由其"}:
        found += each(_SPACED_AFTER)
    if keys & {"遗失", "户口迁", "）因", ")因"}:
        found += each(_ITEM_OWNER)
    for label in each(_ID_AFTER_COMMA) if keys & {"，身份", ",身份", "，公民身份"} else ():
        ls = text.rfind("\n", 0, label.start()) + 1
        if ls > 0 and (owner := _OWNER_WITH_ID.fullmatch(text, ls, label.start())) is not None:
            found.append(owner)
    if "申领人" in keys or "购机" in keys:
        found += each(_BLANK_FORM_VALUE)
    if "班组负责人" in keys or "工人" in keys:
        found += each(_GANG_LEADER)
    if "是我工友" in keys or "\n证人" in keys:
        found += each(_WITNESS)
    if "保证" in keys or "担保" in keys:
        found += each(_GUARANTOR)
    for m in found:
        ls = text.rfind("\n", 0, m.start()) + 1
        if _PRAISED.search(text, ls, _line_end(text, m.start())):
            continue  # commended, published by design
        for g in range(1, (m.lastindex or 1) + 1):
            if m.group(g) is not None and _prose_person(ctx, m.group(g)):
                ctx.add("name", m.start(g), m.end(g))
    # (The head is looked for only in a document that speaks to someone: "你" in the text.)
    head_end = _lines_ahead(text, _HEAD_LINES) + 1 if spoken_to else 0
    for m in _SPACED_ADDRESSEE.finditer(text, 0, head_end) if head_end else ():
        if _SPOKEN_TO.search(text, m.end(), m.end() + _BODY_SPAN) is not None and _prose_person(
            ctx, m.group(1)
        ):
            ctx.add("name", m.start(1), m.end(1))


_PRAISED = re.compile("表扬|表彰|先进|优秀")
_WELFARE_KEYS = re.compile(
    "护林员|护路员|保洁员|巡河员|管水员|由其|住院|另，|另,|户新生儿|户户主|结婚|村，|嘎查，|社区，|反映|我和|共有人"
    "|申请人|购机|伙同|经营者|其儿|其女|其丈夫|其妻子|其孙|遗失|户口迁|）因|\\)因|，身份|,身份|，公民身份|申领人"
    "|班组负责人|工人|是我工友|\n证人|保证|担保"
)


def _wrapped_labels(ctx: _Ctx, lines: list[Line]) -> None:
    text = ctx.text
    # Where a label or a relation may be cut: a line that ends in one of their characters (the family
    # "wrap"); each such line and the next are then read for the labels themselves. (Every match holds
    # one line break, the one at the end of its window's first line: no match is found twice.)
    wrap_bit = _FAMILY_BIT["wrap"]
    windows = [(ls, _line_end(text, le + 1)) for ls, le, bits in lines if bits & wrap_bit]
    for m in (m for ws, we in windows for m in _WRAPPED_KIN.finditer(text, max(ws - 1, 0), we)):
        # "其儿子⏎张三因…": a listed surname only, the relation's words being common.
        for s, e in _names_at(ctx, m.end(), _line_end(text, m.end())):
            ctx.add("name", s, e)
    for m in (m for ws, we in windows for m in _WRAPPED_LABEL.finditer(text, ws, we)):
        start, end = m.span()
        le = _line_end(text, end)
        if text.startswith("民", end) or _public_role_before(ctx, text.rfind("\n", 0, start) + 1, start):
            continue  # "被申请⏎人民政府": no label there
        named = False
        for s, e in _names_at(ctx, end, le):
            ctx.add("name", s, e)
            named = True
        if named:
            continue
        value = _WRAPPED_VALUE.match(text, end, le)
        if value is None:
            continue
        name = value.group(1)
        if name[0] not in _CLAUSE_FIRST and _slot_person(ctx, name):
            ctx.add("name", value.start(1), value.end(1))


def _neighbour(ctx: _Ctx, name: str, owned: bool = False) -> bool:
    """Whether a side of a parcel's 四至, its owner's words taken off, is a neighbour's name. `owned`:
    the owner's words were there ("李亮山承包地", "张三家"), so a land word inside is the name's."""
    # The first character may be a surname that is also a land word: "林兰立", "田玉".
    if name.startswith(("公共", "集体", "空")) or name[-1] == "家" or "嘎查" in name or "苏木" in name:
        return False
    if not owned and _LAND_WORD.search(name, 1) and name[:2] not in YI_CLANS:
        return False  # "东至后山", but "南至曲比伍沙地": a Yi clan, then a name that holds 沙
    if _name_token(ctx, name, len(name) == 3 or "·" in name):
        return True
    # A Yi, Tibetan, Mongolian or Uyghur neighbour has no surname from the list: "南至海来阿呷",
    # "东至吾买尔阿依古丽地", "东至朝鲁，西至萨仁家".
    return not _NOT_NEIGHBOUR.search(name) and (
        (_four_character_name(name) and _valid_name(ctx, name))
        or _transliterated_name(ctx, name)
        or (2 <= len(name) <= 4 and all(c in TRANSLITERATION_CHARS for c in name) and _valid_name(ctx, name))
    )


# A consumer named with their own number or mail in brackets, then the complaint: "2024-04-13，张三
# （139…）投诉某店", "李四（li@qq.com）举报…". An office's number follows its name ("中心（电话…）").
_COMPLAINANT = re.compile(
    rf"{_RUN_START}({_NAME_RUN_LAZY})[（(](?=[^（()）\n]{{0,6}}?[0-9A-Za-z][^（()）\n]{{4,40}}[）)](?:投诉|举报))",
    re.M,
)


def _complainants(ctx: _Ctx, block_start: int, block_end: int) -> None:
    for m in _COMPLAINANT.finditer(ctx.text, block_start, block_end):
        name = m.group(1)
        if name[-1] not in _PLACE_END and _name_token(ctx, name, len(name) > 2 or "·" in name):
            ctx.add("name", m.start(1), m.end(1))


# Lists whose names are public by design or officials' in their public role: commendations
# (the honour is the public act, and reveals no protected circumstance), appointments, attendance.
_PUBLIC_LIST = re.compile(
    # Not 奖励: "计划生育家庭奖励扶助", "草原生态保护补助奖励", "种粮大户奖励资金" are benefits paid to
    # households, which reveal their circumstances; a commendation says 表彰, 先进, 荣誉 … as well.
    # ("分工": a leadership's division of work, not "部分工单".)
    "表彰|先进|优秀|荣誉|称号|授予|获奖|表扬|模范|最美|标兵|任免|任命|免去|任职|参会|出席|列席|(?<!部)分工(?!单)"
    # An honour a decision confers on households ("关于命名2023年度“美丽庭院”示范户的决定").
    "|命名|示范户"
    # Results of recruitment: "拟录用人员公示", "拟聘用人员名单", "招录公务员" (published by design).
    "|录用|聘用|招录|招聘|拟引进"
    # A village committee's election: the voters' list and the candidates are posted as the 村民委员会组织法
    # requires (published by design; their IDs and phones are still found).
    "|选民名单|选民榜|候选人|当选"
    # Results of qualifications, 公示 by rule: "职称评审结果公示", "教师资格认定通过人员名单",
    # "普通话水平测试等级证书领取通知" (the IDs in them are still found).
    "|任职资格|职称评审|教师资格|普通话水平测试"
    # A placement by ranking, 公示 like a recruitment's: "退役士兵安排工作岗位选择结果公示".
    "|岗位选择|选岗结果"
)
# How far above a table's header its title is looked for (a 文号 or a sentence may lie between).
_TITLE_LINES = 3
# "下列家庭：", "以下人员：": a heading of numbered items that each begin with a person.
# (Or a sentence that ends its line: "下列导游人员的导游证予以注销，其导游证自公告之日起失效。")
_ENUM_HEAD = re.compile(r"(?:下列|以下|如下)(?:[^\n]{0,30}?[:：]|[^\n]{0,40}?。)[ \t　]*$", re.M)
# A part's heading that names the people listed below it: "二、拟解聘人员", "拟解聘人员名单及原因如下：".
_PEOPLE_PART = re.compile(
    r"[ \t　]*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])?[ \t　]*"
    r"[^\n，。,]{0,8}解聘人员(?:名单)?(?:及原因)?(?:如下)?[:：]?[ \t　]*"
)
_PERSON_HEAD = re.compile("家庭|人员|对象|户|村民|居民|群众|申请人|当事人|同志")
_ITEM_ENUM = re.compile(r"[ \t　]*(?:[0-9]{1,3}[.、．)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）])[ \t　]*")
_ITEM_NAME = re.compile(rf"([{_HAN}·]{{2,16}})(?=[，,：:（( \t；;])")
_ITEM_PART = re.compile(r"[，,]([^，,；;。\n]{3,40})")


def _name_list(ctx: _Ctx, ls: int) -> None:
    """Names listed after a 名单/花名册 heading, on the same line and on the following lines."""
    text = ctx.text
    le = _line_end(text, ls)
    m = _LIST_START.search(text, ls, le)
    if ctx.published and _PUBLIC_LIST.search(text, ls, le):
        return
    if not m or _PEOPLE_PART.fullmatch(text, ls, le):
        head = _ENUM_HEAD.search(text, ls, le) or _PEOPLE_PART.fullmatch(text, ls, le)
        if head and _PERSON_HEAD.search(text, ls, le):
            _enum_list(ctx, le + 1)
        return
    found = _list_line(ctx, m.end(), le)
    pos = le + 1
    while pos < len(text):
        end = _line_end(text, pos)
        if ctx.is_row(pos) or not text[pos:end].strip():
            if found or (not text[pos:end].strip() and pos == le + 1):
                pos = end + 1
                if found:
                    break
                continue
            break
        n = _list_line(ctx, pos, end)
        if n == 0:
            break
        found += n
        pos = end + 1


# A row that begins with a person: "1，张三，540102…", "3、李四 身份证号码…", "（二）王五  某镇某村9组",
# "靖交罚〔2022〕561号 陈六 620421…". Its cell is the name, next to the person's ID or other data.
_ROW_ENUM = (
    r"(?:[0-9]{1,3}[.、．，,)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    r"|[①-⑳⑴-⒇⒈-⒛])"
)
_ROW_NAME = re.compile(
    rf"(?P<n>[{_HAN}·](?<![{_HAN}·].)[{_HAN}·]{{1,15}}+)(?:[ \t　]*[，,|\t ][ \t　|]*|[ \t　]*[（(])"
    r"(?P<id>[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z]))?"
)
_ROW_START = re.compile(rf"[ \t　]*{_ROW_ENUM}[ \t　]*$|[ \t　]*$")
# A masked ID ("210105********1839", "2101051979****7562") and a parcel's code (宗地代码 or 不动产
# 单元号, "350582018011JC24771F56147607": an owner's row) are a person's too.
_ROW_CUE = re.compile(
    r"身份证|公民身份|[，,；;（(\t ][男女][，,；;）)\t ]|户主|之[母父子女妻夫儿姐妹兄弟孙侄配丈哥]"
    r"|[0-9]{17}[0-9Xx]"
    # A person's household registration ("1．张三，户籍迁往某市，…", "2．李四，户籍地某镇，2022年退役").
    r"|[，,]户籍"
    # An item's applicants and their case ("2．张三、李四，受理日期…，受理号…": a divorce's cooling-off list).
    r"|[，,]受理(?:日期|号|编号|时间)"
    # An item's person and their home ("1．张三，住某镇某村2组，房屋倒塌"); not 住房, 住建, 住院.
    r"|[，,](?:现|家)?住(?![房宅院所建])"
    # An item's person and their age or household ("1、张三，96岁，…", "2. 李四，家庭人口4人，…").
    r"|[，,][0-9]{1,3}岁[，,]|[，,]家庭人口[0-9]"
    r"|[1-9][0-9]{2,9}\*{4,14}[0-9]{0,7}[0-9Xx]|[0-9]{12}[GJZ][A-Z][0-9]{5}"
    # A disability and its grade ("肢体残疾（四级）", "四级肢体残疾", "肢体/一级").
    r"|(?:残疾|肢体|视力|听力|言语|智力|精神)[^，,；;\n]{0,6}?[一二三四1-4]级|[一二三四1-4]级[^，,；;\n]{0,4}?残疾"
)
_CELL_BEFORE = frozenset(" \t　|｜，,")
# "2．张三，系患者李四之配偶，住…": an item's person, then whose relative they are; a Tibetan or Yi name
# of four characters too.
_AGE_FIELD = re.compile(r"[，,][0-9]{1,3}岁[，,]")
_RELATIVE_AFTER = re.compile(rf"[，,]系[^，,；;。\n]{{1,24}}?[之的]{_KIN_WORD}")


# Found from their anchors, not from every run of Chinese characters before a comma (which prose is
# full of): an ID number, rare outside rows, and a line that begins with a number.
_ROW_ID = re.compile(r"[1-9](?<![0-9A-Za-z].)[0-9]{16}[0-9Xx](?![0-9A-Za-z])")
# A full-width space parts cells too ("（二）万花　锁南镇罗家湖村九队").
# "；" parts the fields of a numbered item too ("（4）张三；女；2013-02-10；…").
_ROW_SEP = r"(?:[ \t　]*[，,；;|｜\t 　][ \t　|｜]*|[ \t　]*[（(])"
_NAME_BEFORE_ID = re.compile(rf"(?<![{_HAN}·])([{_HAN}·]{{2,16}}){_ROW_SEP}$")
# The first cell of a numbered row; a row whose name is followed by an ID is _ROW_ID's (and skipped
# when that ID fails its check).
_ENUM_ROW_BODY = (
    # "1 张三 女 24 …": a typeset row numbered without a mark (it needs a cue after the name, below).
    # Co-owners share an item: "3、张三、李四，某市某小区2栋…".
    # (A spaced name is read packed and padded: "罗国 、莫花爱 ，".)
    rf"[ \t　]*(?:{_ROW_ENUM}|[0-9]{{1,3}}(?=[ \t　]))[ \t　]*((?>{_NAME_RUN}))"
    rf"(?: {{0,4}}、((?>{_NAME_RUN})))?"
    rf"(?={_ROW_SEP})"
    rf"(?!{_ROW_SEP}[1-9][0-9]{{16}}[0-9Xx](?![0-9A-Za-z]))"
)
# Begun with "\n", which `re` skips to in C; a block's first line is tried on its own.
_ENUM_ROW = re.compile("\n" + _ENUM_ROW_BODY)
_ENUM_ROW_FIRST = re.compile(_ENUM_ROW_BODY)


# A person followed by their ID in brackets: "借款人者燕士（411621199506287532）", "某村6队农户喇茜
# （身份证号622921********4109）", "邓林（公民身份号码6401…）" (an ID, masked or not).
# Found from the bracket (rare), then the run of characters before it: a scan for runs that a
# bracket follows would try every Chinese character of a page.
_ID_IN_BRACKETS = re.compile(
    # (A PDF's line may break inside the label, or after it: "（公民身份号⏎码4510…）", "（证件号码：⏎4201…".)
    # (The person's role may come first: "、李四（共同借款人，身份证号码：…）".)
    r"[（(](?:[^，,（()）\n]{1,8}[，,])?"
    r"(?:(?:身份证号?码?|公民身份号码?|证件号码|驾驶证号?码?)?\n?码?[:：]?[ ]?\n?"
    r"(?:[1-9][0-9]{5}[0-9*]{8,11}|[1-9][0-9]{2}[*]{8,14}[0-9]{0,4})[0-9Xx*]"
    # A guest's or a traveller's document, its kind named first ("（证件类型：普通护照，号码：G7389…").
    r"|证件类型[：:][^，,）)\n]{1,8}[，,](?:证件)?号码[：:][ ]?[0-9A-Z]{8,18})"
    # The bracket may go on with more about the person ("（证件号码：…，621房）").
    r"[）)，,；;]"
)
_RUN_BEFORE = re.compile(rf"[{_HAN}·]{{2,24}}$")
# Words that may stand right before a name: "对张三…", "由李四…".
_BEFORE_NAME = frozenset("对向由给与经将把被为请让")
_HOUSE_END = frozenset("号室组队栋幢")
# The role that may open such a run: the name is what follows it.
_ROLE_PREFIX = re.compile(
    "农户|村民|借款人|购机者|申请人|当事人|户主|家属|居民|职工|对象"
    # A pension's holder, a claimant, a deceased, a lessor ("参保人毕力格（公民身份号码…）").
    "|参保人|被保险人|申领人|领取人|逝者|死者|权利人|出让方|购机户|伙同"
    # A parcel's sender a 寄递 check names, a minor a hotel let stay ("寄件人张三（身份证号码：…）").
    "|寄件人|收件人|未成年人"
    # Whose identity was stolen ("你与冒用张三（公民身份号码…）身份信息的女子…登记结婚").
    "|冒用"
    # Guests and tenants a police check names, drivers, victims.
    "|旅客|乘客|住客|承租人|租户|驾驶人|驾驶员|被侵害人|被害人|受害人"
)


def _row_names(ctx: _Ctx, block_start: int, block_end: int) -> None:
    """Names in rows of data: the cell right before a person's ID, or the first cell of a numbered
    row that holds a personal cue (an ID, "身份证", a sex, "户主") or a residential address."""
    text = ctx.text
    rows, lazy_rows = ctx.rows, ctx.lazy_rows
    # An ID holds 7 digits in a row: only the block's lines of the number family can. Those blocks
    # lie inside this one, one after the other from the first that starts in it.
    num_blocks = ctx.num_blocks
    i = bisect.bisect_left(num_blocks, (block_start, block_start))
    while i < len(num_blocks) and num_blocks[i][0] < block_end:
        num_start, num_end = num_blocks[i]
        i += 1
        for m in _ROW_ID.finditer(text, num_start, num_end):
            start = m.start()
            ls = text.rfind("\n", 0, start) + 1
            if ls in rows or ls in lazy_rows:
                continue  # a table's row: its header says which cell is a name (_table)
            cell = _NAME_BEFORE_ID.search(text, max(ls, start - 40), start)
            if cell is None or not _is_id_card(m.group().upper(), ctx.today):
                continue
            s, e = cell.span(1)
            name = cell.group(1)
            if len(name) > 4 and "·" not in name:
                continue
            lead = text[s - 1] if s > ls else ""
            if lead and lead not in _CELL_BEFORE and not _ROW_START.fullmatch(text, ls, s):
                continue
            if _row_name_ok(ctx, name, strong=True, four=True):
                ctx.add("name", s, e)
                ctx.name_starts = None
    # Rules below are skipped on a block without the words they need (`in` costs less than a scan).
    block = text[block_start:block_end]
    for bracket in (
        _ID_IN_BRACKETS.finditer(text, block_start, block_end) if "（" in block or "(" in block else ()
    ):
        at = _before_padding(text, bracket.start())
        if text[at - 1 : at] == "\n" and at - 1 > block_start:
            at = _before_padding(
                text, at - 1
            )  # a PDF's line broke before the bracket: "申兴辉⏎（身份证号…）"
        before = _RUN_BEFORE.search(text, max(block_start, at - 24), at)
        if before is None:
            continue
        run, start = before.group(), before.start()
        roles = list(_ROLE_PREFIX.finditer(run))
        if roles:
            start += roles[-1].end()
            run = run[roles[-1].end() :]
            if len(run) < 2:
                continue  # the role alone before the bracket: "交由借款人（身份证号…）"
        if (
            not roles
            and len(run) > 4
            and (by := run.find("由", len(run) - 5, len(run) - 2)) > 0
            # (Not a relation after 由: "系由生母张三（…）", which the relation's rule reads.)
            and run[by + 1 : by + 3] not in _KIN_WORDS
            and run[by + 1 : by + 3] not in _KIN
            and (
                _name_token(ctx, run[by + 1 :], False)
                or _four_character_name(run[by + 1 :])
                or all(c in TRANSLITERATION_CHARS for c in run[by + 1 :])  # "由其木格（…）"
            )
        ):
            start, run = start + by + 1, run[by + 1 :]  # "该笔贷款由张三（公民身份号码…）作为担保人"
        if "·" in run and (cut := _dotted_start(run)) > 0:
            start, run = start + cut, run[cut:]  # "该项目劳务班组负责人亚森·亚森（身份证号…）"
        elif not roles and len(run) > 4 and "·" not in run:
            # No role to tell where the name begins, but a word that may stand before one: "该笔贷款由
            # 张三（公民身份号码…）".
            cut = max(run.rfind(c, 0, len(run) - 1) for c in _BEFORE_NAME)
            rest = run[cut + 1 :]
            if cut < 0 or not (_name_token(ctx, rest, False) or _minority_name(ctx, rest)):
                continue
            start, run = start + cut + 1, run[cut + 1 :]
        elif run[0] in _BEFORE_NAME and _name_token(ctx, run[1:], False):
            start, run = start + 1, run[1:]  # "对张三（…）给予救助"
        elif run[0] in _HOUSE_END and text[start - 1 : start].isdigit() and len(run) > 2:
            start, run = start + 1, run[1:]  # a home, then its owner: "后岗村73号马娥珍（…）"
        # "5组村民尼玛拉巴（身份证号…）": a role, then a Tibetan or Yi name; or an item's number
        # ("（一）勒格莫色（5134…）").
        ls = text.rfind("\n", 0, start) + 1
        tibetan = (
            (
                roles
                or run != before.group()
                or _ROW_START.fullmatch(text, ls, start) is not None
                or text[start - 1 : start] in ("，", ",")  # "…142号，瓦扎达体（公民身份号码…）"
            )
            and _four_character_name(run)
            and _valid_name(ctx, run)
        )
        if (
            run not in _KIN
            and run[-1:] not in _PLACE_END
            # (Any surname after a role: "寄件人托娅（身份证号码：…）", a Mongolian name.)
            and (tibetan or _name_token(ctx, run, bool(roles) or len(run) > 2 or "·" in run))
        ):
            ctx.add("name", start, start + len(run))
    # (A field holds no separator, so the one before it is the only field that can end at a separator.)
    for sep in _MOBILE_AFTER_SEP.finditer(text, block_start, block_end):
        contact = _FIELD_BEFORE_SEP.search(text, max(block_start, sep.start() - 5), sep.end())
        if contact is not None:
            _contact_field(ctx, contact)
    for m in _RELATION_FIELD.finditer(text, block_start, block_end):
        field = _FIELD_BEFORE_RELATION.search(text, max(block_start, m.start() - 24), m.start())
        if field is not None:
            _relation_field(ctx, field)
    if "监护" in block:
        for m in _GUARDED_BY.finditer(text, block_start, block_end):
            if _kin_item_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    if "、" in block:
        _kin_items(ctx, block_start, block_end)
    # (Or "岁": a member's line whose "家庭成员" heading a page break left in the block before.)
    members = "成员" in block
    if members or "岁" in block:
        for m in _MEMBER_ROW.finditer(text, block_start, block_end):
            # Without the heading, a one-character relation may be a sex ("死者张三，女，57岁").
            if not members and len(m.group(2)) < 2:
                continue
            if not ctx.is_row(m.start()) and _kin_item_name(ctx, m.group(1)):
                ctx.add("name", m.start(1), m.end(1))
    first = _ENUM_ROW_FIRST.match(text, block_start, block_end)
    for m in ([first] if first else []) + list(_ENUM_ROW.finditer(text, block_start, block_end)):
        s, e = m.span(1)
        name = m.group(1)
        # A Mongolian or Tibetan name of five to ten characters, written without a dot, counts with a
        # person's cue in the row ("②阿拉坦其其格，某苏木某嘎查，购置…"); not "1、低保户，…", a kind of
        # household.
        long = len(name) > 4 and "·" not in name
        if (long and not _transliterated_name(ctx, name)) or name[-1] == "户":
            continue
        ls = text.rfind("\n", 0, s) + 1
        if ctx.is_row(ls):
            continue
        le = _line_end(text, e)
        # An address alone counts in a row laid out in columns ("1．张三   某镇某村3组"), not
        # in a clause ("1. 张三，青云村3组。"), which one item of a list may be.
        cue = _ROW_CUE.search(text, e, le) is not None or _RELATIVE_AFTER.match(text, e) is not None
        if not cue:
            if not _ROW_ENUM_AT.match(text, ls):
                continue  # "3 工作要求  青云村…": a number without a mark needs a person's cue
            if _BUYER_HOME.match(text, e):
                cue = True  # a subsidy's buyer: "（一）张三，某镇某村，购置旋耕机1台，补贴…元"
            else:
                home = _RESIDENTIAL.search(text, e, min(le, e + 50))
                if home is None:
                    continue
                # A household's row: a home, then its size or its hardship ("2．汪才有 ，某村8组，5人
                # 因残"), whatever the surname.
                cue = _HOUSEHOLD_FIELD.search(text, home.end(), le) is not None
                if not cue and not (_COLUMN_GAP.match(text, e) and home.start() < e + 30):
                    continue
        if long:
            if cue and m.group(2) is None:
                ctx.add("name", s, e)
            elif cue and _row_name_ok(ctx, m.group(2), True):
                # A couple, the first a Mongolian or Tibetan name ("2．宝音德力格尔、包玉梅，受理日期…").
                ctx.add("name", s, e)
                ctx.add("name", m.start(2), m.end(2))
                ctx.name_starts = None
            continue
        if m.group(2) is not None:
            # Two owners: both names, and a person's cue in the row.
            other = m.group(2)
            if cue and _row_name_ok(ctx, name, True) and _row_name_ok(ctx, other, True):
                ctx.add("name", s, e)
                ctx.add("name", m.start(2), m.end(2))
                ctx.name_starts = None
        elif _row_name_ok(
            ctx,
            name,
            strong=cue,
            four=_SEX_NEXT.match(text, e) is not None
            or _RELATIVE_AFTER.match(text, e) is not None
            or _AGE_FIELD.match(text, e) is not None
            # (A household's registration or size after it: only a minority's name, _row_name_ok.)
            or (text.startswith(("，家庭人口", ",家庭人口"), e) and _minority_name(ctx, name)),
        ):
            ctx.add("name", s, e)
            ctx.name_starts = None
            if cue:
                _guardian_field(ctx, e, le)


# A later field of a person's row that is a name right before the home address: a list of pupils
# gives the guardian so ("1．张三，男，某中学，一年级，张四，某镇某村3组，139…"). Not the words such
# a row's fields hold that read as a surname and a name.
_ROW_FIELD = re.compile(rf"[，,\t]([{_HAN}]{{2,3}})(?=[，,\t])")
_FIELD_WORDS = frozenset(
    {
        "初中", "高中", "中专", "大专", "党员", "团员", "农民", "居民", "村民", "牧民", "学生", "群众",
        "务农", "务工", "在校", "在读", "健康", "良好", "已婚", "未婚", "离异", "丧偶", "本人",
    }
)  # fmt: skip


_ID_FIELD_END = re.compile(r"[0-9]{17}[0-9Xx]$")


def _guardian_field(ctx: _Ctx, pos: int, le: int) -> None:
    text = ctx.text
    for m in _ROW_FIELD.finditer(text, pos, le):
        name = m.group(1)
        after = m.end() + 1
        # Any surname right after the pupil's ID ("一年级，6403…，保子豪，某村八组").
        relaxed = _ID_FIELD_END.search(text, max(pos, m.start() - 19), m.start()) is not None
        if (
            name not in _FIELD_WORDS
            and name[-1] not in _PLACE_END
            and name[-1] != "族"  # "汉族", "回族": the pupil's ethnicity
            and _pick_name(name, relaxed) == len(name)
            and _valid_name(ctx, name)
            and _RESIDENTIAL.search(text, after, min(le, after + 30))
            and not _ROW_FIELD.match(text, m.end(), le)
        ):
            ctx.add("name", m.start(1), m.end(1))
            return


# A field right before a mobile number in a person's row ("1、五年级(7)班，陈可馨，女，…，龋齿，
# 索朗措姆，185…"): the contact the row gives for the person, a parent or a relative.
# Found from the separator the mobile follows (separators are many, those before a mobile few), then
# the field of two to four characters between it and the separator before.
_MOBILE_AFTER_SEP = re.compile(r"[，,；;\t](?=(?:\+?86[- ]?)?1[3-9][0-9])")
_FIELD_BEFORE_SEP = re.compile(rf"[，,；;\t]([{_HAN}]{{2,4}})[，,；;\t]$")


def _contact_field(ctx: _Ctx, m: re.Match[str]) -> None:
    text = ctx.text
    start, end = m.span(1)
    ls = text.rfind("\n", 0, m.start()) + 1
    if ctx.is_row(ls) or not _SEX_MARK.search(text, ls, m.start()):
        return  # a table's row has its header; a row with no person's sex or ID is no person's
    if text[start:end] in _KIN:
        # "…，额尔敦，祖父，138…": the contact's relation; the contact is the field before it.
        before = _FIELD_BEFORE_KIN.search(text, max(ls, m.start() - 20), m.start())
        if before is None:
            return
        start, end = before.span(1)
    name = text[start:end]
    if name in _FIELD_WORDS or name in _KIN or name[-1] in _PLACE_END or name[-1] == "族":
        return
    if (_pick_name(name, True) == len(name) if len(name) < 4 else _four_character_name(name)) and _valid_name(
        ctx, name
    ):
        ctx.add("name", start, end)


# A row's field that the person's relation to the subject follows ("…，重残，沙桂娟，母亲，600，…",
# "…；曲比阿依；祖母；…"): a child's guardian in a 困境儿童 list, whatever the surname or the number.
_GUARDIAN_WORD = (
    "(?:外祖父|外祖母|祖父|祖母|外公|外婆|爷爷|奶奶|父亲|母亲|伯父|伯母|叔叔|叔父|婶婶|姑姑|姑父|姑妈|舅舅|舅妈"
    "|姨妈|姨父|姨母|姨|哥哥|姐姐|兄长|继父|继母|养父|养母)"
)
# Found from the relation (rare), then the field before it.
_RELATION_FIELD = re.compile(rf"{_GUARDIAN_WORD}(?=[，,；;\t 　]|$)", re.M)
_FIELD_BEFORE_RELATION = re.compile(
    rf"(?<=[，,；;\t 　])([{_HAN}·]{{2,16}})(?:[ 　]*[，,；;\t][ \t　]*|[ 　]+)$"
)
# "由舅舅张三监护": the guardian a child's item names.
_GUARDED_BY = re.compile(rf"由{_GUARDIAN_WORD}([{_HAN}·]{{2,16}}?)监护")


def _relation_field(ctx: _Ctx, m: re.Match[str]) -> None:
    text = ctx.text
    ls = text.rfind("\n", 0, m.start()) + 1
    if ctx.is_row(ls) or not (_SEX_MARK.search(text, ls, m.start()) or _ROW_CUE.search(text, ls, m.start())):
        return  # a row with no person's sex or ID is no person's
    name = m.group(1)
    if name in _FIELD_WORDS or name[-1] == "族" or not _kin_item_name(ctx, name):
        return
    ctx.add("name", m.start(1), m.end(1))


_FIELD_BEFORE_KIN = re.compile(rf"[，,；;\t]([{_HAN}]{{2,4}})$")
# Under "家庭成员", one member a line: name, relation, then a mobile or an ID ("张三，女儿，139…",
# "李四\t配偶\t3301…", "王五 孙子 153 …").
_MEMBER_ROW = re.compile(
    rf"^[ \t　]*([{_HAN}·]{{2,16}})[ \t　]*[，,；;\t ][ \t　]*({_KIN_WORD})"
    r"[ \t　]*[，,；;\t ][ \t　]*(?:\+?86[- ]?)?[0-9]",
    re.M,
)


_COLUMN_GAP = re.compile(r" ?(?:  |\t|　)")
# A buyer's village, then what they bought, after the name of a subsidy's numbered item.
_BUYER_HOME = re.compile(r"[ \t　]*[，,][^，,；;\n]{2,24}?(?:村|嘎查|社区|组|队)[，,][ \t　]*购[置买]")
_HOUSEHOLD_FIELD = re.compile(
    r"[0-9一二三四五六七八九十]{1,2}(?:人|口人)(?![民员])|因病|因残|因灾|因学|缺(?:技术|资金|劳动力|劳力)|元/月"
)
# A row's field right after the name that says it is a person's: a sex, a masked ID.
_SEX_NEXT = re.compile(rf"{_ROW_SEP}(?:[男女](?:{_ROW_SEP}|$)|[1-9][0-9]{{3}}[0-9*]{{10,13}}[0-9Xx])", re.M)
_ROW_ENUM_AT = re.compile(rf"[ \t　]*{_ROW_ENUM}")


def _row_name_ok(ctx: _Ctx, name: str, strong: bool, four: bool = False) -> bool:
    if name in _KIN:
        return False  # "2，郝鹏兴，配偶，5116…": the member's relation, the cell before the ID
    if "·" in name:
        return _pick_name(name) == len(name) and _valid_name(ctx, name)
    if name[-1] in _PLACE_END or any(p.search(name) for p in _HEADER_WORD_PATTERNS):
        return False
    if len(name) == 4 and _surname_len(name) != 2:
        # "高度重视": four characters with a one-character surname read as words; a row's first field
        # that a sex or an ID follows is a Tibetan or Yi name ("3．阿拉坦仓；男；…").
        # With a person's cue in the row, a name of a transliteration's characters or a Yi clan's
        # ("2．次旦罗布，户籍地某镇，2024年退役").
        return (four and _four_character_name(name) and _valid_name(ctx, name)) or (
            strong and _minority_name(ctx, name)
        )
    if _pick_name(name) == len(name):
        return _valid_name(ctx, name)
    # A surname rarer than the list's ("摆雨花", "脱有"): the whole cell, next to an ID or a sex.
    return strong and len(name) <= 3 and _pick_name(name, True) == len(name) and _valid_name(ctx, name)


# A field's own label in an item ("现住址：", "家庭住址:").
_PART_LABEL = re.compile(rf"[{_HAN}]{{1,6}}[：:][ \t　]*")


def _enum_list(ctx: _Ctx, pos: int) -> None:
    """Numbered items after a "下列家庭：" heading: "1. 张三，青云村3组，家庭人口3人；". The item's
    first word is the name; a residential address may follow it."""
    text = ctx.text
    items: list[tuple[int, int, int]] = []  # name start, name end, line end
    misses = 0  # items in a row whose first word reads as no name
    shaped: list[tuple[int, int]] = []  # of those, the names by their shape alone
    while pos < len(text):
        end = _line_end(text, pos)
        enum = _ITEM_ENUM.match(text, pos, end)
        if enum is None:
            break
        m = _ITEM_NAME.match(text, enum.end(), end)
        if m is None:
            break
        name = m.group(1)
        if name in NAME_LABELS and text.startswith(("：", ":"), m.end(1)):
            # "1．申请人：瓦扎曲布，…": the label's value is the item's person, whatever the surname.
            m = _ITEM_NAME.match(text, m.end(1) + 1, end)
            if m is None or not _slot_name(ctx, m.group(1)):
                break
            items.append((m.start(1), m.end(1), end))
            pos = end + 1
            continue
        if len(name) >= 4 and _surname_len(name) != 2 and _minority_name(ctx, name):
            items.append((m.start(1), m.end(1), end))  # "（一）阿依古丽艾力，兰干村，…"
            pos = end + 1
            continue
        if (
            _pick_name(name) != len(name)
            or not _valid_name(ctx, name)
            # "高度重视": four characters with a one-character surname read as words
            or (len(name) == 4 and _surname_len(name) != 2)
        ):
            if not misses and text.startswith(("，", ","), m.end(1)):
                # In a list of people, one item of the same shape whose name no rule reads
                # ("布合力其汗艾力，导游证号…") is not taken for the list's end; it is a name if it reads
                # as one by its shape once the list is known.
                misses = 1
                if _name_shaped(ctx, name):
                    shaped.append((m.start(1), m.end(1)))
                pos = end + 1
                continue
            break
        misses = 0
        items.append((m.start(1), m.end(1), end))
        pos = end + 1
    if len(items) < 2:
        return  # one item is not a list: "如下：1. 范围，…" reads as a clause
    for s, e in shaped:
        ctx.add("name", s, e)
    for s, e, le in items:
        ctx.add("name", s, e)
        part = _ITEM_PART.match(text, e, le)
        if part and _RESIDENTIAL.search(part.group(1)):
            # "2、申请人：祝桂月，现住址：城关镇…2单元": the address begins after its label.
            label = _PART_LABEL.match(part.group(1))
            start = part.start(1) + (label.end() if label else 0)
            # A village alone ("4、蔡怡，东兴村，557.96，…") is no home address: a house number is.
            door = _last_door_end(text, start, part.end(1))
            if door - start >= 3:
                ctx.add("address", start, door)


def _list_line(ctx: _Ctx, start: int, end: int) -> int:
    text = ctx.text
    enum = _ENUM.match(text, start, end)
    if enum:
        start = enum.end()
    names: list[tuple[int, int]] = []
    for t in _LIST_TOKEN.finditer(text, start, end):
        token = t.group()
        ts = t.start()
        # (_TOKEN_ENUM and _TRAILING_NOTE tried only where their first or last character is.)
        if token[0] in _TOKEN_ENUM_FIRST:
            lead = _TOKEN_ENUM.match(token)
            if lead:  # "(1)张三"
                ts, token = ts + lead.end(), token[lead.end() :]
        if token.endswith(("）", ")")):
            token = _TRAILING_NOTE.sub("", token)  # "张三（青云村）"
        if token and (
            (_pick_name(token) == len(token) and _valid_name(ctx, token)) or _transliterated_name(ctx, token)
        ):
            names.append((ts, ts + len(token)))
        elif not _ENUM.fullmatch(token + " ") and not token.isdigit():
            return 0  # not a plain list of names
    for s, e in names:
        ctx.add("name", s, e)
    return len(names)


_TOKEN_ENUM_FIRST = frozenset("0123456789（(")


# --- tables ------------------------------------------------------------------------------------------
_NAME_HEADER = re.compile(
    r"姓名|^(?:户主|申请人|联系人|当事人|被处罚人|家庭成员|成员|监护人|收款人|户名|持卡人|领取人|救助对象|享受人|保障对象"
    r"|被征收人|承包方代表|承包方|承包户|受助学生|受助人|权利人|产权人|所有权人|参保人|车辆所有人|机动车所有人|驾驶人"
    r"|家长|收养人|申领人|领款人|受益人|承包人|受援人|经营者|死者|逝者|补贴对象|扶助对象|业主|承租人|购房人|船主|犬主"
    # A court's list of 失信被执行人 names its debtors (persons, or companies, which no name rule reads).
    r"|被执行人|申请执行人"
    # Co-applicants, payees of a village's accounts, pupils and buyers at an auction.
    r"|共同申请人|报销人|经手人|学生|买受人|竞得人|竞买人|借款人|购机者|购机人|来电人|诉求人"
    # A court's list of hearings names the parties.
    r"|原告|被告|第三人|上诉人|被上诉人|被申请人|近亲属|购机户"
    # A rental check's landlords, a loan's guarantors.
    r"|房东|出租人|担保人|保证人"
    # A vehicle's owner, a blood donor and the relative the blood was for, a consumer who complained,
    # a utility's customer (a household, or a shop: _table leaves a business's row alone).
    r"|车主|献血者|用血者|受血者|投诉人|举报人|用户名称|被保险人|投保人"
    # A 信访 register and a 12345 工单 table name the petitioner; a care subsidy's list its patients.
    r"|信访人|来信人|来访人|反映人|上访人|诉求人|来电人|留言人|患者"
    # A vaccine injury's compensation list names the vaccinated child (受种者) beside the guardian.
    r"|受种者|受种人"
    # The co-owners of a home a 征收 list names beside its 被征收人.
    r"|共有人|共有权人"
    # A marriage register names each couple in two columns ("男方", "女方"); a water price subsidy its
    # users (用水户), an ambulance's dispatch log the caller (呼救人) beside the patient.
    r"|男方|女方|男方姓名|女方姓名|用水户|呼救人|求救人"
    # A livestock subsidy's farmers ("养殖户  村  畜种  数量(头/只)  耳标号").
    r"|养殖户|养殖户姓名"
    # Households moved or assessed ("搬迁户", "被评议人", "申请户主"), trainees, travellers a hotel or a
    # bus check names.
    r"|搬迁户|申请户主|家庭户主|评议对象|被评议人|学员|见习学员|培训学员|旅客|乘客|住宿人员|入住人员"
    # People hired to a welfare post, the post saying their household's need (a 水库管护员 list).
    r"|管护员|护林员|生态护林员|保洁员|巡河员|护路员|管水员|监测员|群测群防员"
    # Who signs for a served paper, who cares for a 特困 person ("照料服务人": a relative or a neighbour).
    r"|签收人|照料服务人|照料人|紧急联系人|照料护理人|护理人|照护人|赡养人|扶养人|抚养人"
    # Who applies for a 司法救助 or a subsidy ("救助申请人": a victim's relative).
    r"|救助申请人|补助申请人|补贴申请人|申请救助人"
    # A 帮教 or 戒毒 ledger's relative to call ("亲属联系人": "叶海涛（兄）"; "家属及电话": "段宏伟 180…"),
    # a vehicle's owner in a notice of unpaid fines ("所有人").
    r"|(?:亲属|家属|家庭)(?:联系人)?(?:姓名)?(?:及(?:联系)?电话)?|所有人)$"
)
_ADDR_HEADER = re.compile(
    # "居住证地址/房产地址", "现居住地址": any column whose header ends in 地址 (an office's, by
    # its first word, is left out in _column_role).
    r"住址|住所|居住地|户籍地|户籍所在地|户口所在地|迁移去向|迁入地|迁出地|地址$|通讯地址|联系地址|^现居|^(?:所在|所属)?村(?:组|别|居)?$|^所在村组$"
    # A household's group ("所在组": "谦六村第三村民小组").
    r"|^(?:所在|所属)组$"
    r"|^(?:原|现)?(?:房屋|宅基地|住房|住宅|不动产)?坐落(?:位置|地址)?$|^房屋(?:地址|位置)$"
    # A village's column that a household's group may fill ("村（社区）": "松林村第十一村民小组").
    r"|^(?:所在|所属)?村[（(](?:社区|居)[）)]$"
    # The home a household is given ("配租房源", "安置地址") and an owner's flat ("房号": "20幢104室").
    r"|^(?:安置|配租)(?:地址|房源|房号|住房)$|^房(?:屋)?号$"
    # A household's house number as a 门牌 notice gives it ("新门牌号": "某乡丝路大道256号").
    r"|^(?:新|原|现|编制)?门牌(?:号|号码|地址)?$"
    # Where a household will build its home ("拟建地点": "比尔村8组").
    r"|^(?:拟建|建房|新建)(?:地点|位置|地址)$"
)
# A row's value ("因病（冠心病）", "患风湿性心脏病", "听力三级残疾") is not a header, though it has the
# same words.
# Not a number's column: "残疾人证号" holds the certificate's number (an id_card), not a status.
_HEALTH_HEADER = re.compile(
    # Nor a count's ("安排残疾人数", "残疾人比例"): a statistic about an employer, not a person.
    # Nor a relation's ("与残疾人关系", "与患者关系"): a payee's kinship to the person, no condition.
    r"^(?!因[病残]|患(?!病)|.*[一二三四1-4]级|.*证号|.*(?:人数|比例|关系)$).*?(?:残疾|病|健康|原因|身体状况)"
)
# A 致贫原因 column mixes health ("因病") with other causes ("因学", "缺劳力"): only the former count.
_HEALTH_WORD = re.compile("|".join(HEALTH_TRIGGERS))
_GENERIC_HEADER = re.compile(
    r"序号|性别|年龄|民族|备注|金额|人口|人数|关系|类别|等级|日期|职业|标准|户数|编号|单位|职务|时间|数量|村|组"
    # A pupil's class and grade, an aid's tier, an owner's vote, a shop's assessed turnover.
    r"|班级|年级|档次|意见|经营额|营业额"
    # An inspection's finding ("验收结论", "审核结果"), a case's stage.
    r"|结论|结果|状态"
)
# A row's value: a sex, a number, an age ("扎西次仁，次子，23岁，冠心病，在外务工": a member's line).
_VALUE_CELL = re.compile(r"[男女]|[0-9]{1,3}岁?")
# (Each branch opens with a plain character, which lets `re` skip to the next such character in C.)
_NOT_HEADER = re.compile("|".join(f"{digit}[0-9]{{2}}" for digit in "0123456789") + rf"|@|:(?<=[{_HAN}]:)")
# A name's label heads a column of names too ("提出人" in a consultation's table of opinions).
_LABEL_HEADERS = frozenset(
    w for w in NAME_LABELS if not w.endswith(("：", ":")) and w not in ("取名", "共有人为")
)
_HEADER_WORDS = frozenset(
    {"关系", "金额", "单位", "时间", "年龄", "人口", "人数", "户数", "职务", "类别", "备注", "标准", "成员",
     # The township or village a row's person lives in ("序号  购机者姓名  乡镇  村 …"), no value
     # after a name.
     "乡镇", "乡镇（街道）", "乡（镇）", "乡镇(街道)", "街道", "苏木（乡镇）", "苏木", "嘎查", "社区", "村组",
     "镇村", "村名",
     # A 民主评议's vote, a review table's last columns ("应到人数  实到人数  同意  不同意  弃权  评议结果").
     "应到人数", "实到人数", "同意", "不同意", "弃权", "评议结果", "表决结果", "得票数", "票数",
     # A case's kind in a legal aid or a court's list ("受援人  案由  承办单位"): 案 is a surname.
     "案由"}
)  # fmt: skip
_NOT_HEALTH = frozenset(
    {
        "",
        "无",
        "健康",
        "良好",
        "正常",
        "否",
        "-",
        "/",
        "—",
        "无残疾",
        "非残疾",
        "一般",
        "在读",
        "较好",
        "好",
        "低风险",
        "未见异常",
        "无异常",
        "未见明显异常",
        "无明显异常",
        "未发现异常",
        "阴性",
        "合格",
        # A 劳动能力鉴定 list's grade when the injury reaches none, a history with nothing in it.
        "未达级",
        "未达到等级",
        "未构成伤残",
        "不构成伤残",
        "无特殊",
        # An old person's health or self-care when nothing is wrong: "基本健康", "生活能自理", a 老年人能力
        # 评估's "能力完好".
        "基本健康",
        "身体健康",
        "健康良好",
        "生活能自理",
        "生活可自理",
        "生活自理",
        "能自理",
        "完全自理",
        "基本自理",
        "能力完好",
    }
)
# What a header cell says (_delimited_name): a value reading like one is not a name.
_HEADER_WORD_PATTERNS = (_GENERIC_HEADER, _LABEL_RE, _NAME_HEADER, _ADDR_HEADER, _HEALTH_HEADER)


# A cell longer than 14 characters once trimmed: it begins and ends with neither space nor separator.
# Not across a "/": a column may hold two headers' values ("身份证号码/统一社会信用代码" in a
# 失信被执行人 list), each short.
_SEPARATORS = (
    ("\t", "\t"), ("|", "|"), ("｜", "｜"), (",", ","), ("，", "，"), ("、", "、"), ("ws", r"\s　"),
)  # fmt: skip
# (A note in brackets does not count: "统一社会信用代码（身份证号码）" is one header, the column of either.)
_LONG_CELL = {
    sep: re.compile(rf"[^\s{chars}/（）()][^{chars}/（）()]{{13,}}[^\s{chars}/（）()]")
    for sep, chars in _SEPARATORS
}
_HEADER_NOTE = re.compile(r"[（(][^（）()]{1,10}[）)]")


# A typeset table whose header parts its columns by two spaces or more: a row's cell may hold one
# space ("183 3288 6129", "甘N F47520", a bank card in groups), which does not end it.
_WS2_CELL = re.compile(r"[^\s　]+(?: [^\s　]+)*")
_ONE_SPACE = re.compile(r"[^\s] [^\s]")


# A character with a blank on both sides (or the end after it): past the first cell, a cell of one
# character (_WS_CELL's or _WS2_CELL's) is one.
_LONE_CHAR = re.compile(r"\S(?<!\S.)(?!\S)")


def _join_spaced_names(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A two- or three-character name padded to a column's width ("石   亮", "李　俊") is one cell."""
    if len(cells) < 2 or (
        cells[0][1] - cells[0][0] != 1 and not _LONE_CHAR.search(text, cells[1][0], cells[-1][1])
    ):
        return cells  # the usual row: no cell of one character to join
    joined: list[tuple[int, int]] = []
    i = 0
    while i < len(cells):
        s, e = cells[i]
        if (
            e - s == 1
            and i + 1 < len(cells)
            and text[s] in SURNAMES
            and text[s] not in "男女"
            and 1 <= cells[i + 1][1] - cells[i + 1][0] <= 2
            and cells[i + 1][0] - e <= 4
            and _HAN_RUN.fullmatch(text, cells[i + 1][0], cells[i + 1][1])
        ):
            joined.append((s, cells[i + 1][1]))
            i += 2
            continue
        joined.append((s, e))
        i += 1
    return joined


def _split_cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    if sep in ("ws", "ws2"):
        cell = _WS_CELL if sep == "ws" else _WS2_CELL
        return _join_spaced_names(text, [m.span() for m in cell.finditer(text, start, end)])
    line = text[start:end]
    if sep == "," and '"' in line:
        # A CSV export quotes its cells, and a quoted amount holds commas ("1,059,823"): split at the
        # commas between cells only.
        return _unquote(text, _csv_cells(text, start, end))
    piped = sep in ("|", "｜")
    stripped = line.strip() if piped else ""
    if stripped.startswith(sep):  # "| 张三 | 女 |": a Markdown row, each cell padded
        start += line.index(sep) + 1
        parts = stripped[1:].rstrip(sep).split(sep)
    else:
        parts = line.split(sep)
    cells: list[tuple[int, int]] = []
    s = start  # a part's start: after the parts before it and their separators
    if piped or _BLANK_BUT[sep].search(line):
        for part in parts:
            # Trimmed of its spaces (a blank cell's end then lies before its start).
            size = len(part)
            cells.append((s + size - len(part.lstrip()), s + len(part.rstrip())))
            s += size + 1
    else:
        for part in parts:  # no cell has spaces to trim (the usual TSV/CSV row)
            e = s + len(part)
            cells.append((s, e))
            s = e + 1
    return _unquote(text, cells) if '"' in line else cells


# A blank in a line other than the separator itself: a cell to trim.
_BLANK_BUT = {sep: re.compile(r"[^\S\t]" if sep == "\t" else r"\s") for sep in ("\t", ",", "，", "、")}


def _csv_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a CSV line, a quoted cell whole whatever commas it holds."""
    cells: list[tuple[int, int]] = []
    pos = start
    while True:
        after = pos
        quote = pos
        while quote < end and text[quote] in " \t":
            quote += 1
        if text.startswith('"', quote):
            close = text.find('"', quote + 1, end)
            after = close + 1 if close >= 0 else pos
        comma = text.find(",", after, end)
        cell_end = end if comma < 0 else comma
        cells.append((pos, cell_end))
        if comma < 0:
            return cells
        pos = comma + 1


def _unquote(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A CSV export quotes each cell ("\"1\",\"张三\",\"某村3组\""): the value is inside the quotes."""
    return [(s + 1, e - 1) if e - s >= 2 and text[s] == text[e - 1] == '"' else (s, e) for s, e in cells]


# A parcel's table with a column for each side.
_SIDE_HEADERS = frozenset({*"东南西北", *(f"{s}至" for s in "东南西北"), *(f"{s}邻" for s in "东南西北")})
_CODE_CELL = re.compile(r"[A-Za-z0-9\-]{4,24}")


def _column_role(ctx: _Ctx, header: str, public_list: bool) -> str | None:
    """What a column holds, by its header: "name", "boundary", "address", "health", "health_reason"."""
    key = (header, public_list)
    if key in ctx.column_roles:
        return ctx.column_roles[key]
    # (A typeset header spaces its words to the column's width: "户　主" is 户主.)
    plain = header.replace("　", "").replace(" ", "") if "　" in header or " " in header else header
    role = _header_role(ctx, plain, public_list)
    if role is None and plain.endswith(("）", ")")) and 0 < plain.find("（" if "（" in plain else "(") <= 6:
        # A header with its kind in brackets ("伤残等级（性质）"): what the word before them holds.
        role = _header_role(ctx, plain[: plain.find("（" if "（" in plain else "(")], public_list)
    ctx.column_roles[key] = role
    return role


def _header_role(ctx: _Ctx, header: str, public_list: bool) -> str | None:
    public = public_list or header.startswith(ctx.public_roles)
    if not public and (
        _NAME_HEADER.search(header)
        or header in _LABEL_HEADERS
        or (
            # "原告/申请人", "原告（上诉人）": two names for one party.
            ("/" in header or "（" in header or "(" in header)
            # Every part a party ("拜进涵（户主）" is a row's value, not a header).
            and all(_NAME_HEADER.search(part) for part in _HEADER_PARTS.split(header) if part)
        )
    ):
        return "name"
    if _PARTY_HEADER.match(header) and not public:
        return "party"  # a person, a shop or a company: _party_cell tells
    if (header.startswith("四至") or header in _SIDE_HEADERS) and not public:
        return "boundary"  # "四至（东/西/南/北）", "东至": the neighbours of a parcel
    if _ADDR_HEADER.search(header) and not header.startswith(_OFFICE_BEFORE):
        return "address"
    if header in ("安置方式", "补偿安置方式", "安置房屋", "安置房号"):
        return "resettlement"  # money, or a flat in a resettlement estate: "产权调换：某小区9栋3单元1401室"
    if header in _FINDING_HEADERS or (header.endswith(_FINDING_ENDS) and len(header) <= 10):
        # A check's conclusion or a follow-up: a condition, or none ("复查未见异常", "失访"); the result of
        # one screening of several ("宫颈癌筛查结果": "宫颈息肉", "未见异常").
        return "finding"
    if header in _RISK_HEADERS:
        return "risk"  # a pre-pregnancy check's grade, its reason in brackets: "高风险（甲状腺功能减退）"
    if header in _SCREENING_HEADERS:
        return "health"  # a pupil's or a patient's finding ("超重", "心脏杂音"); "正常" is none
    if ("/" in header or "／" in header) and _INJURY_HEADER.fullmatch(_HEADER_PARTS.split(header, 1)[0]):
        # "伤残等级/性质": "因战六级", "因病十级"; read by its values (a shifted row may put a category
        # there).
        return "health_reason"
    if _INJURY_HEADER.fullmatch(header):
        return "health"  # a worker's injury ("左膝半月板损伤") or its grade ("八级") in a 工伤 list
    if header in _HARDSHIP_HEADERS:
        return "health_reason"  # "残疾人", "长期患病（帕金森病）" among "零就业家庭", "大龄失业人员"
    if _HEALTH_HEADER.search(header):
        # A 致贫/救助原因 column mixes health ("因病") with other causes ("因学").
        return "health_reason" if "原因" in header else "health"
    return None


# A 双公示 penalty list's punished party ("行政相对人名称"): a company, a shop, or a natural person.
_PARTY_HEADER = re.compile(
    r"(?:行政)?相对人(?:名称|姓名)?$|(?:当事人|被处罚人|处罚对象)名称$"
    # A credit list's subject and a tax list's taxpayer: a person, a shop or a company.
    r"|(?:失信)?主体(?:名称)?$|纳税人(?:名称|姓名)$|(?:被执行人|当事人)名称$"
    # A donor, or a driver or the company the vehicle is registered to ("驾驶人/所属单位").
    r"|捐(?:赠|款|物)(?:人|者|方)(?:[（(/](?:单位|企业)[）)]?)?$|(?:驾驶人|当事人|车主)[/／](?:所属)?(?:单位|企业|公司)$"
    # A land or forest lease's lessor: a villager, or a village's collective (_party_cell tells).
    r"|(?:出让方|流出方|转出方)(?:名称|姓名)?$"
    # A farm a pollution check lists: a household, or a cooperative ("养殖户（场）": "何玉兰", "某某合作社").
    r"|养殖户[（(]场[）)](?:名称)?$|养殖(?:场|主体)(?:名称)?$"
)
_SCREENING_HEADERS = frozenset(
    {"监测结果", "检查结果", "体检结果", "体检异常", "异常情况", "筛查结果", "异常项目", "检查发现",
     # A hospital's diagnosis of the patient a row names (a blood donor's relative, a claimant).
     "诊断", "诊断结果", "临床诊断", "出院诊断", "诊断结论",
     # A pregnant woman's high-risk factor in a 孕产妇 roster ("瘢痕子宫"; "无" is none).
     "高危因素",
     # A relief list's disease.
     "病种", "确诊疾病", "病情"}
)  # fmt: skip
_HEADER_PARTS = re.compile(r"[/／（）()]")
# A screening's or a conscript's medical check and its follow-up: "宫颈息肉", "鼻中隔偏曲", "不合格（色盲）",
# "已确诊乳腺癌，已手术"; or no finding at all ("复查未见异常", "失访（外出务工）", "合格").
_FINDING_HEADERS = frozenset(
    {"初筛结果", "筛查结论", "初检结论", "初检结果", "复查结论", "复查结果", "体检结论", "随访结果"}
)
_FINDING_ENDS = ("筛查结果", "筛查结论", "检查结论", "检测结果")
_RISK_HEADERS = frozenset({"风险评估", "风险评估结果", "风险等级", "风险分级", "评估结果"})
_NO_FINDING = re.compile(
    "未见|无异常|正常|合格$|失访|外出|^复查$|待复查|未复查|^无$|拒[绝检]|转[出入]|迁[出入]"
    # A breast screening's grade 1, nothing found ("BI-RADS 1类").
    r"|^BI-?RADS[ -]?1(?![0-9])"
)
_UNFIT = re.compile(r"(?:不合格|高风险|异常|阳性)[（(]([^（()）]{2,20})[）)]")
# A 工伤认定 list's injury ("受伤部位及伤情": "左膝半月板损伤") and a 劳动能力鉴定 list's grade ("伤残等级":
# "八级"), which no word of _HEALTH_HEADER names. Such a table has a name column (_table, _vertical_table):
# a compensation schedule's "伤残等级" column is none.
# A 评残 list's "伤残情况" ("右上肢功能障碍") and "致残部位" are the veteran's injury.
_INJURY_HEADER = re.compile(
    r"(?:受伤|伤害)?部位(?:及|和|与|、)伤情|受伤部位|伤情(?:诊断|鉴定)?|伤残(?:等级|级别|程度|情况|部位)|劳动能力(?:鉴定)?等级"
    r"|致残部位"
)
# A grade's column named without what it grades ("评定等级"): a disability's grade ("八级") when the
# table is about one (a 伤残情况 or 伤残性质 column beside it), else a credit's or a contest's.
_GRADE_HEADERS = frozenset({"评定等级", "鉴定等级", "等级", "拟评定等级", "调整等级", "调整后等级"})
# A 伤残性质 column's "因病" says how a veteran was disabled, not what the disability is.
_NATURE_HEADER = re.compile("(?:伤残|致残|残疾)(?:性质|原因|类型)$")


def _grade_roles(headers: list[str], roles: list[str | None]) -> list[str | None]:
    """roles, with a grade column (_GRADE_HEADERS) health in a table about disabilities."""
    if any(h in _GRADE_HEADERS for h in headers) and any("伤残" in h or "致残" in h for h in headers):
        return ["health" if h in _GRADE_HEADERS else role for role, h in zip(roles, headers, strict=True)]
    # A bare "等级" right after a 残疾类别 column grades the disability ("残疾类别 | 等级": "肢体 | 二级");
    # not a house's "鉴定等级" beside a resident's 残疾类别 ("D级").
    return [
        "health" if h == "等级" and i and headers[i - 1].startswith("残疾类") else role
        for i, (role, h) in enumerate(zip(roles, headers, strict=True))
    ]


def _agent_roles(headers: list[str], roles: list[str | None]) -> list[str | None]:
    """roles, with a staff's column (_STAFF_HEADER) a name's where the table holds that person's own ID
    or their kinship: a relative who claimed a benefit ("经办人 | 与逝者关系 | 经办人身份证号"), no
    official."""
    out = roles
    for i, h in enumerate(headers):
        if (
            roles[i] is None
            and 2 <= len(h) <= 5
            and _STAFF_HEADER.search(h)
            and (
                (i + 1 < len(headers) and headers[i + 1].endswith("关系"))
                or any(o.startswith(h) and ("身份证" in o or "证件号" in o) for o in headers)
            )
        ):
            out = out if out is not roles else list(roles)
            out[i] = "name"
    return out


# Columns of the kind of hardship a benefit is for, which a disability or an illness may be.
# A veteran's disability grade with its cause ("因战六级", "因公九级", "因病十级").
_DISABILITY_GRADE = re.compile("因[战公病][一二三四五六七八九十]级")
_HARDSHIP_HEADERS = frozenset(
    {"就业困难类别", "就业困难类型", "人员类别", "困难类型", "困难类别", "致困原因", "困境情形", "困境类型",
     # (Not an 优抚 roster's category, "残疾军人", "带病回乡退伍军人", nor a 计划生育特别扶助 list's, "伤残",
     # "手术并发症": the status the benefit is for, which h25's, h29's, h37's, h47's and h53's authors
     # left alone and only h57's flagged.)
    }
)  # fmt: skip


def _join_spaced_words(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A typeset header's two-character words spaced out to a column's width by a full-width space ("户　主",
    "备　注"), one cell each, not two."""
    out: list[tuple[int, int]] = []
    for s, e in cells:
        if (
            out
            and e - s == 1
            and out[-1][1] - out[-1][0] == 1
            and text[out[-1][1] : s].strip("　") == ""
            and 1 <= s - out[-1][1] <= 2
            and _HAN_CHAR.match(text, s)
            and _HAN_CHAR.match(text, out[-1][0])
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# What _table makes of a header line by its words alone: no header (""), a vertical table's or an
# order note's line ("vertical", "ordered"), or its separator, its cells (offsets from the line's
# start) and their words. (A pure function of the line's text: no rule looks before a line's start.)
_Shape = str | tuple[str, list[tuple[int, int]], list[str]]


def _header_shape(text: str, ls: int, le: int) -> _Shape:
    line = text[ls:le]
    if len(line) > 300 or "：" in line or "。" in line:
        return ""  # a header row is short and has no "label：value" pairs or sentences
    if _NOT_HEADER.search(line):
        # No match of _NOT_HEADER can hold a separator, so it lies in some cell: reject before
        # splitting, the common case on form lines such as "证件号码\t3501…".
        return ""
    # "序号，姓名，性别，…": a table typed in a word processor, cells separated by a full-width comma.
    sep = (
        "\t"
        if "\t" in line
        else "|"
        if "|" in line
        else "｜"
        if "｜" in line
        else ","
        if "," in line
        else "，"
        if "，" in line
        # "序号、姓名、性别、…": cells parted by an enumeration comma (a header's cells are short and
        # labelled, which a sentence listing things is not).
        else "、"
        if "、" in line
        else "ws"
    )
    # A typeset header padded to its columns' width ("序号  姓名        性别  残疾人证号 …") may be
    # long; the cell checks below still tell it from prose.
    if sep == "ws" and len(line) > 200:
        return ""
    if _LONG_CELL[sep].search(line):
        return ""  # a cell of more than 14 characters, found without splitting (the check below)
    cells = _split_cells(text, ls, le, sep)
    if sep == "ws" and "　" in line:
        cells = _join_spaced_words(text, cells)
    headers = [text[s:e] for s, e in cells]
    if len(cells) == 1 and sep == "ws":
        return "vertical"
    if sep == "、":
        if line.lstrip().startswith(("（", "(")) or "顺序" in line:
            # "（按户主姓名、身份证号码…顺序排列）" describes the rows below; it has no cells.
            return "ordered"
        if (
            "姓名" not in line
            and not line.lstrip().startswith("序号")
            and not (len(line) <= 60 and any(_NAME_HEADER.fullmatch(c.strip()) for c in line.split("、")))
        ):
            return ""  # a sentence listing things; a header parted by "、" has 序号, 姓名 or a party
    # (No cell holds "：" or a match of _NOT_HEADER: the whole line has none.)
    if len(cells) < 2:
        return ""
    if sep in ("，", "、") and line.rstrip().endswith(sep):
        return ""  # "…退出现役，现为残疾军人，因病致残，": hard-wrapped prose goes on below; a header ends
    if len(cells) == 2 and (_DISEASE_ITEM.fullmatch(headers[1]) or _HEALTH.fullmatch(headers[1])):
        return ""  # "| 疾病诊断 | 偏执性精神病 |": a form's label and its value, one field a line
    for h in headers:
        size = len(_HEADER_NOTE.sub("", h)) if len(h) > 14 else len(h)
        if (size > 14 and not (len(h) <= 20 and "/" in h)) or (len(h) <= 4 and _VALUE_CELL.fullmatch(h)):
            return ""  # a long cell; "凌丽，女，53，城镇职工，银屑病": a row's values, not a header
    return sep, [(s - ls, e - ls) for s, e in cells], headers


def _table_roles(ctx: _Ctx, sep: str, headers: list[str], public_list: bool) -> list[str | None] | None:
    """The roles of a header's columns, or None when the line is no table's header (a form's line)."""
    roles = _agent_roles(headers, _grade_roles(headers, [_column_role(ctx, h, public_list) for h in headers]))
    labelled = [
        role is not None or _LABEL_RE.search(h) is not None for role, h in zip(roles, headers, strict=True)
    ]
    if public_list:
        # A public list's 姓名 column has no role, yet it makes the line a header: the table is read, and
        # the names any rule finds in its rows are dropped (_drop_public_names).
        labelled = [
            ok or _column_role(ctx, h, False) is not None for ok, h in zip(labelled, headers, strict=True)
        ]
    if (
        not any(labelled)
        or (len(headers) == 2 and not all(labelled))
        or (
            sep == "ws"
            and sum(1 for ok, h in zip(labelled, headers, strict=True) if ok or _GENERIC_HEADER.search(h)) < 2
        )
    ):
        return None  # "证件类型\t护照" is a form line (label, value), not a table header
    if "name" in roles and _values_after_name(ctx, roles, headers):
        return None
    return roles


def _table(ctx: _Ctx, ls: int, le: int) -> None:
    text = ctx.text
    line = text[ls:le]
    # What the line's words make of it is worked out once per text: a table's header repeats on each
    # of its pages, and most lines the header family triggers are no header at all.
    shape = ctx.header_shapes.get(line)
    if shape is None:
        shape = ctx.header_shapes[line] = _header_shape(text, ls, le)
    if isinstance(shape, str):
        if shape == "vertical":
            _vertical_table(ctx, ls)
        elif shape == "ordered":
            order = _ORDER_NOTE.fullmatch(text, ls, le)
            if order:
                _ordered_rows(ctx, order, le)
        return
    sep, offsets, words = shape
    # A fixed-width header whose words wrap above and below its line: its columns by display position.
    x_columns: list[int] | None = None
    header_end = le
    if sep == "ws" and not ctx.html and line.startswith("    "):
        below = text[le + 1 : _line_end(text, le + 1)] if le < len(text) else ""
        if below.lstrip(" ").startswith("序号 ") and _header_parts(text, ls, le):
            # The parts above a header's line ("   村（社     残疾  残疾"): the line below is the header.
            return
    if sep == "ws" and not ctx.html and words[0] == "序号":
        wrapped_header = _wrapped_header(text, ls, le)
        if wrapped_header is not None:
            words = [w for _, w in wrapped_header[0]]
            header_end = wrapped_header[1]
            if wrapped_header[2]:
                # Columns the line has no word for: a row's cells are read by where they stand.
                x_columns = [x for x, _ in wrapped_header[0]]
    if (
        x_columns is None
        and sep == "ws"
        and words[0] == "序号"
        and len(words) >= 4
        and text.startswith("1\n", le + 1)
        and _serial_rows(text, le + 1, len(words))
    ):
        # One line of words above rows one cell a line ("序号 户主 人口 迁出地 安置房号⏎1⏎蔡美⏎3⏎…").
        _vertical_table(ctx, ls, (list(words), [(s + ls, e + ls) for s, e in offsets]))
        return
    if le + 1 < len(text) and text.startswith(words[0], le + 1):
        # A header of two rows, the first merging columns ("序号\t村\t户主信息\t\t\t家庭成员情况…" over
        # "序号\t村\t户主姓名\t身份证号码\t保障人数\t成员姓名…"): the second names the columns; it is read
        # as the header when its own line comes.
        below_end = _line_end(text, le + 1)
        below = text[le + 1 : below_end]
        below_shape = ctx.header_shapes.get(below)
        if below_shape is None:
            below_shape = ctx.header_shapes[below] = _header_shape(text, le + 1, below_end)
        if (
            not isinstance(below_shape, str)
            and below_shape[0] == sep
            and len(below_shape[2]) >= len(words)
            and below_shape[2][0] == words[0]
        ):
            return
    # The names of a list published by design ("拟聘用人员公示" a few lines above) are not flagged.
    public_list = (
        ctx.published and _PUBLIC_LIST.search(text, _lines_back(text, ls, _TITLE_LINES), ls) is not None
    )
    key = (line if header_end == le else "\t".join(words), public_list)
    if key in ctx.header_roles:
        known_roles = ctx.header_roles[key]
    else:
        known_roles = ctx.header_roles[key] = _table_roles(ctx, sep, words, public_list)
    if known_roles is None:
        return
    # (Copies: a header broken over lines gets its last word and its columns added below.)
    cells = [(s + ls, e + ls) for s, e in offsets]
    headers, roles = list(words), list(known_roles)
    ctx.rows[ls] = (cells, headers if header_end == le else list(shape[2]))
    row_sep = "ws2" if sep == "ws" and not _ONE_SPACE.search(line) else sep
    pos = header_end + 1
    if x_columns is not None:
        _rows_by_position(ctx, pos, x_columns, headers, roles, row_sep)
        return
    if sep in ("\t", ",") and "" in headers and text.startswith(sep, pos):
        # (Only under a header with merged cells, the empty cells after a group's word; a CSV export's
        # too: "序号,村（社区）,户主信息,,,,⏎,,户主姓名,身份证号码,…".)
        _sub_header(ctx, pos, headers, roles, public_list, sep)
    elif sep == "ws" and text.startswith("        ", pos):
        spread = _spaced_sub_header(ctx, ls, pos, cells, headers, public_list)
        if spread is not None:
            headers, roles = spread
    cut = _cut_header(line, sep, headers[-1])
    for _ in range(4):
        # A header broken over lines (a PDF's line width): the next lines hold the last columns, the
        # first of them the end of a word cut at the line's end ("…| 借⏎款日期 | 到期日期 |").
        more = _header_continued(ctx, pos, sep, cut, headers[-1])
        if not more:
            break
        words = [text[s:e] for s, e in more]
        opens = _SEP_FIRST.match(text, pos)
        if (cut and not (opens and opens.group().endswith(sep))) or not _known_header(words[0]):
            headers[-1] += words.pop(0)
            roles[-1] = _column_role(ctx, headers[-1], public_list)
            more = more[1:]
        ctx.rows[pos] = (more, words)
        headers = headers + words
        roles += [_column_role(ctx, w, public_list) for w in words]
        end = _line_end(text, pos)
        cut = _cut_header(text[pos:end], sep, headers[-1])
        pos = end + 1
    role_columns = [(i, role) for i, role in enumerate(roles) if role is not None]
    # Columns no rule knows whose header may name people ("男方", "乘车学生", "受检者"): their values
    # decide at the table's end (_guessed_names).
    guessed: dict[int, list[tuple[int, int]]] = (
        {}
        # (Only in a table about people: a column of a known role, or a header of a person's number;
        # a report's tables of figures are left lazy.)
        if public_list or not (role_columns or _PERSON_COLUMN.search(line))
        else {
            i: []
            for i, (role, h) in enumerate(zip(roles, headers, strict=True))
            if role is None and _may_name(ctx, h)
        }
    )
    lazy = not role_columns and not guessed and sep in ("\t", ",", "，")
    # A row broken over lines (a PDF's line width, a page's footer between): under a 序号 column, a
    # line that does not open with a serial number goes on with the row above, from the column after
    # that row's last cell ("1  张三  6401…  某镇⏎    某村3组  因病").
    serial = headers[0] == "序号"
    carried = 0
    width = len(headers)
    typed_with_commas = sep in ("，", ",", "、")
    # A row's 住所地 is left alone next to a company (below): only worth looking for with an address.
    addresses = any(role == "address" for _, role in role_columns)
    holder_columns = (
        [
            i
            for i, (role, h) in enumerate(zip(roles, headers, strict=True))
            if role == "name" or h.endswith("名称")
        ]
        if addresses
        else []
    )
    size = len(text)
    wrapped = False  # the line above was the wrapped rest of a cell (_wrapped_rest)
    head_indent = len(line) - len(line.lstrip(" \t　"))
    below_header = pos  # the line under the header: it may hold the end of its last word ("计（元）")
    tab_col, tab_open = 0, False  # where a tab row broken over lines goes on (no serial column)
    pipe_col = -1  # the column a Markdown row broken over lines left open
    while pos < size:
        end = text.find("\n", pos)
        if end < 0:
            end = size
        row_line = text[pos:end]
        stop = _ROW_STOP.match(row_line)
        if stop:
            if stop.lastgroup == "rule" and row_line.strip():
                pos = end + 1  # a Markdown rule under the header
                continue
            if not row_line.strip() and serial and _full_row_at(text, end + 1, row_sep, width):
                pos = end + 1  # a blank line between rows (a page copied with one after each line)
                continue
            # A blank line; "制表人：…  审核：…": the table's foot, signed by officials; "二、核对结果": the
            # next section's heading. None is a row.
            break
        if typed_with_commas and "。" in row_line and (sep != "," or row_line.count(sep) + 1 != width):
            # "本批次共2辆，合计…元。": a sentence under a table typed with commas. (A CSV row with as many
            # cells as the header may hold one: a 12345 ledger's "诉求内容".)
            break
        if lazy:
            # Nothing to find in the cells themselves: count them cheaply, split them later if needed.
            if not 2 <= row_line.count(sep) + 1 <= len(cells):
                break
            ctx.lazy_rows[pos] = (headers, sep)
            pos = end + 1
            continue
        row = _split_cells(text, pos, end, row_sep)
        if (
            sep == "ws"
            and len(row) != width
            and (not 0 < carried < width or _SERIAL_FIRST.match(text, pos, end))
        ):
            # (Not the rest of a row broken over lines: its cells are the columns after the row's.)
            row = _fit_spaced_row(text, pos, end, row, row_sep, width)
        if (
            row_sep == "ws2"
            and len(row) < width
            and row
            and " " in text[row[0][0] : row[0][1]]
            and _LABEL_FIRST.match(text, *row[0]) is None  # "账户: 某银行  户名：…": a form's line
        ):
            # A row typeset with one space between its cells under a header spaced wider ("1 张三 女
            # 1963.07 …", or "1 张三   某村3组 …" once a spaced name is packed): one space after its
            # first cell, one space parts its cells too, when that makes no more cells than the header
            # has.
            single = _split_cells(text, pos, end, "ws")
            if len(single) > width:
                single = _fit_cells(text, single, width)
            if len(row) < len(single) <= width:
                row = single
        elif row_sep in ("ws", "ws2") and len(row) > width:
            row = _fit_cells(text, row, width)
        while len(row) > width and row[-1][0] == row[-1][1]:
            row.pop()  # "1\t张三\t4\t34000\t": a separator after the last cell opens no column
        if len(row) == len(cells) + 1 and _CODE_CELL.fullmatch(text, *row[0]):
            # A row one cell longer, opening with a code the header has no column for ("BM2023…，
            # 张三，女，…" under "学生姓名，性别，…"): the header's columns are the rest.
            row = row[1:]
        if row and text[row[0][0] : row[0][1]] == headers[0] and [text[a:b] for a, b in row] == headers:
            # The header repeated at the top of the next page (once _join_page_lines has moved the page's
            # number and running head away): its words are no row's values.
            ctx.rows[pos] = (row, headers)
            pos = end + 1
            continue
        offset = 0
        if (
            0 < carried < width
            and row
            # (A number alone on its line is a cell's, "40.48⏎    136": a row has a serial and more.)
            and (len(row) == 1 or not _SERIAL.fullmatch(text, *row[0]))
            and not _NOT_CONTINUED.search(row_line)  # "审核人：…", a sentence: the table's foot
        ):
            # A word cut at the line's end ("…  困⏎境儿童  重残"): no space on either side of the
            # break, the first cell ends the last cell of the line above.
            joined = int(text[pos] not in _GAP and text[pos - 2 : pos - 1] not in _GAP)
            offset = min(carried - joined, width)
            carried += len(row) - joined - _open_cell(row)
        elif (
            sep == "ws"
            and 1 < len(row) < width == len(cells)
            and row[0][0] - pos >= 4
            and (aligned := _aligned_column(text, ls, cells, pos, row)) > 0
        ):
            # A fixed-width roster's member row, its first cells blank: each cell stands under its own
            # column ("                李军正        配偶        男    640…" under "序号  户主姓名  家庭成员
            # 姓名  与户主关系  性别  身份证号").
            offset = aligned
        elif (
            sep == "ws"
            and not wrapped
            and (
                (len(row) < 2 and (_wrapped_rest(text, pos, end) or (pos == below_header and end - pos <= 8)))
                # "…  15000  合⏎格⏎2  董文强 …": a word's last characters, the next row numbered below.
                or (serial and len(row) == 1 and end - pos <= 3 and _SERIAL_FIRST.match(text, end + 1))
                or (
                    not serial
                    and len(row) < width
                    and _LEAD_BLANK.match(text, pos).end() - pos >= head_indent + 4  # type: ignore[union-attr]
                )
            )
        ):
            # "〕418号", "        -05-13", "（元/㎡）": the rest of a cell the line above wrapped, no row;
            # so is a line set under the last columns ("            危房改造  已办结").
            wrapped = True
            pos = end + 1
            continue
        elif (
            carried == 0
            and row
            and (
                (
                    row_sep in ("ws", "ws2")  # a typeset table's (a tab's or a comma's cell never wraps)
                    and len(row) <= max(1, width // 2)
                    and _wrapped_cells(text, pos, row, cells[min(2, len(cells) - 1)][0] - ls)
                )
                or _wrapped_number(ctx, pos, row, headers[0])
            )
        ):
            pos = end + 1  # the rest of cells of the row above, wrapped: the table goes on below
            continue
        elif (
            pipe_col >= 0
            and row
            and not row_line.lstrip(" \t　").startswith(sep)
            and pipe_col + len(row) - (row[-1][0] == row[-1][1]) <= width
        ):
            # A Markdown row broken by a PDF's line width: a line not opening with "|" goes on with the
            # cell the line above left open ("| 某店 | 9251…⏎2905 | 张三 | 某路109号 |"); the "|" that
            # closes the row opens no cell.
            if len(row) > 1 and row[-1][0] == row[-1][1]:
                row = row[:-1]
            offset = pipe_col
        elif pipe_col >= 0 and row_line.strip(" \t　") == sep:
            pipe_col = -1  # the "|" that closes the row above, wrapped alone to its line
            pos = end + 1
            continue
        elif (
            pipe_col >= 0
            and row
            and row_line.lstrip(" \t　").startswith(sep)
            and pipe_col + 1 + len(row) <= width
        ):
            # The same, the "|" that closed the cell wrapped to the next line ("| 某店 | 9265…G⏎ | 张三 |
            # 某路228号 |"): its cells are the next columns'.
            offset = pipe_col + 1
        elif (
            tab_col
            and len(row) < width
            and (tab_open or row[0][0] == row[0][1])
            and tab_col + len(row) - (row[0][0] == row[0][1]) <= width
        ):
            # A tab row broken by a PDF's line width without a serial column: a line opening with a tab
            # ("\t就地救治"), or any line after one ending with a tab, holds the columns after the
            # row's last.
            if row[0][0] == row[0][1]:
                row = row[1:]
            offset = tab_col
            tab_col += len(row) - _open_cell(row)
            tab_open = bool(_open_cell(row))
            if tab_col >= width:
                tab_col = 0
        elif len(row) < 2 or len(row) > width:
            if (
                serial
                and len(row) > width
                and _SERIAL_FIRST.match(text, pos, end)
                and _full_row_at(text, end + 1, row_sep, width)
            ):
                # A numbered row with a cell too many (two names where one goes), rows of the header's
                # width below: the row is no one's to guess, the table goes on.
                pos = end + 1
                continue
            break
        else:
            carried = len(row) - _open_cell(row) if serial and len(row) < width else 0
            if sep == "\t" and not serial and len(row) < width:
                tab_col, tab_open = len(row) - _open_cell(row), bool(_open_cell(row))
            else:
                tab_col = 0
        wrapped = False
        if sep in ("|", "｜") and line.lstrip(" \t　").startswith(sep):
            # (Only in a grid whose rows open with "|": a row that does not is a wrapped one.)
            pipe_col = offset + len(row) - 1 if not row_line.rstrip(" \t　").endswith(sep) else -1
        ctx.rows[pos] = (row, headers[offset:] if offset else headers)
        # A 被执行人 list holds companies too: such a row's 住所地 is the company's, not a home. So does
        # a 名称 column ("用户名称": a household or "嘉禾火锅店"; "单位名称"), whatever its role.
        cells_in_row = len(row)
        company = False
        if addresses:
            for i in holder_columns:
                if 0 <= i - offset < cells_in_row and _ORGANISATION.search(text, *row[i - offset]):
                    company = True
                    break
        for i, role in role_columns:
            if 0 <= i - offset < cells_in_row and not (company and role == "address"):
                s, e = row[i - offset]
                if e > s:
                    _table_cell(ctx, role, s, e)
        for i, spans in guessed.items():
            if 0 <= i - offset < cells_in_row:
                s, e = row[i - offset]
                if e > s:
                    spans.append((s, e))
        pos = end + 1
    for i, spans in guessed.items():
        _guessed_names(ctx, headers[i], spans)
    if public_list:
        ctx.public_tables.append((ls, pos))


def _rows_by_position(
    ctx: _Ctx, pos: int, x_columns: list[int], headers: list[str], roles: list[str | None], sep: str
) -> None:
    """The numbered rows under a header whose words wrap above and below its line (_wrapped_header): each
    cell on a row's line read under the column it stands in, as a fixed-width font sets it (its short
    cells centred on the line, so fewer than the columns). The lines between hold the parts of long
    cells: _centred_rows reads them."""
    text = ctx.text
    size = len(text)
    while pos < size:
        end = _line_end(text, pos)
        row_line = text[pos:end]
        if _ROW_STOP.match(row_line) or (not row_line.startswith(" ") and not _SERIAL_FIRST.match(row_line)):
            break
        if row_line.lstrip().startswith(("序号", "合计", "小计", "总计")):
            break
        if _SERIAL_FIRST.match(row_line):
            row = _split_cells(text, pos, end, sep)
            columns = [
                max(bisect.bisect_right(x_columns, _display_width(text, pos, a) + 1) - 1, 0) for a, _ in row
            ]
            ctx.rows[pos] = (row, [headers[c] for c in columns])
            for (a, b), c in zip(row, columns, strict=True):
                role = roles[c]
                if role is not None and b > a:
                    _table_cell(ctx, role, a, b)
        pos = end + 1


# Headers of columns that hold officials and staff, whose names are public in their role, and of columns
# that hold things, places and numbers: no guess is made for them (_may_name).
_STAFF_HEADER = re.compile(
    "经办|审核|审批|复核|核查|核实|调查|记录|填表|填报|制表|签发|录入|操作|受理|承办|监督|执法|检查|评议|包村|包片"
    "|包户|帮扶|驻村|责任|负责|领导|干部|书记|主任|站长|所长|局长|村医|医生|医师|护士|教师|老师|网格|民警|法官|审判"
    "|检察|律师|代理|工作人员|专管员|联络员|协管员|信息员|管理员|指导员|辅导员|讲解员|委员|接待|回访|派单|处理人|承办人"
    # The cadre who visited a veteran or a household on a holiday's visit ("走访人", "慰问人").
    "|走访人|慰问人"
    # The staff who registered a row ("登记人" of a 光荣牌 register), not its person ("被登记人"), who
    # answered a question ("答复人").
    "|登记人|答复"
    # A vaccine register's nurse ("接种人"; not "被接种人", the child).
    "|(?<!被)接种人"
)
_THING_HEADER = re.compile(
    "(?:名称|单位|机构|部门|企业|公司|村|社区|组|乡镇|镇|乡|街道|地点|地址|住址|住所|品种|畜种|作物|项目|类别|类型|等级"
    "|年级|班级|学校|民族|性别|关系|职务|职称|岗位|专业|站点|站|路线|线路|车型|品牌|型号|原因|结果|情况|备注|意见|内容"
    "|方式|标准|用途|状态|号|码|数|额|率|期|间|日|量|价|费|款|分|龄|业|级|所|地|点|况|注|因)$"
)


# A fixed-width header's words wrapped above and below its line, centred on it as its rows' cells are
# ("        村（社       残疾  残疾" over "序号  乡镇        姓名  …" over "        区）       类别  等级"):
# short words alone, no digit, no label's colon.
_HEADER_PART_LINE = re.compile(r"[ ]{4,}[^\s0-9：:]{1,6}(?:[ ]{2,}[^\s0-9：:]{1,6})*[ ]*")
_HEADER_PART = re.compile(r"[^\s]+")


def _wrapped_header(text: str, ls: int, le: int) -> tuple[list[tuple[int, str]], int, bool] | None:
    """The columns (display position, header) of the fixed-width header on the line ls..le, read with
    its words' parts on the line above and the line below, where the header ends, and whether a part
    makes a column of its own; None when neither line holds such parts (most headers)."""
    above_end = ls - 1
    above_start = text.rfind("\n", 0, max(above_end, 0)) + 1 if ls else ls
    below_start = le + 1
    below_end = _line_end(text, below_start) if below_start < len(text) else below_start
    top = [] if not ls else _header_parts(text, above_start, above_end)
    bottom = _header_parts(text, below_start, below_end)
    if not top:
        # Parts below alone: not a header broken over lines at a page's width, as its rows are then
        # ("序号  申请人  家庭情况⏎<spaces>应到人数  实到人数⏎弃权  评议结果", "1     杨娜  园地 …⏎6227…
        # 翁牛特旗农村信用合作联社"): the rows right under the parts, their cells' wrapped rests set under
        # their columns.
        if not bottom or not _SERIAL_FIRST.match(text, below_end + 1):
            return None
        second = _line_end(text, below_end + 1) + 1
        if second < len(text) and text[second] not in " \n" and not _SERIAL_FIRST.match(text, second):
            return None
    # (Each part stands under a word of the line, or apart from them: "义务兵姓⏎名", "发放金额（⏎元）".)
    # [start, end, header] of each column: the line's own words, then those only the parts make.
    own = [
        (_display_width(text, ls, c.start()), _display_width(text, ls, c.end()), c.group())
        for c in _LAYOUT_CELL.finditer(text, ls, le)
    ]
    starts, ends, words = [c[0] for c in own], [c[1] for c in own], [c[2] for c in own]
    mine = len(own)
    for parts, above in ((top, True), (bottom, False)):
        for x0, x1, word in parts:
            # (A part over or under a word of the line, or over or under a part already met: one header.)
            k = next((i for i in range(len(words)) if x0 < ends[i] and starts[i] < x1), -1)
            if k < 0:
                starts.append(x0)
                ends.append(x1)
                words.append(word)
                continue
            if k < mine and (
                not (starts[k] - 1 <= x0 and x1 <= ends[k] + 1) or (len(word) > 3 and not _known_header(word))
            ):
                # Not a word's cut rest within the word it meets: a row's cell wrapped under the header
                # ("户籍地址⏎<spaces>四川省南充市"), the header's next words ("姓名  性别⏎    户籍地址").
                return None
            words[k] = word + words[k] if above else words[k] + word
            if k >= mine:
                starts[k], ends[k] = min(x0, starts[k]), max(x1, ends[k])
    columns = sorted(zip(starts, words, strict=True))
    return columns, below_end if bottom else le, len(words) > mine


def _header_parts(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    if end <= start or not _HEADER_PART_LINE.fullmatch(text, start, end):
        return []
    return [
        (_display_width(text, start, m.start()), _display_width(text, start, m.end()), m.group())
        for m in _HEADER_PART.finditer(text, start, end)
    ]


_PERSON_COLUMN = re.compile(r"身份|证件|对象|手机|电话|联系|卡号|账号|账户|[人者户方主](?=[\s|｜,，、\"<]|$)")


def _may_name(ctx: _Ctx, header: str) -> bool:
    """Whether a column whose header no rule reads may hold people's names (its values decide)."""
    return (
        1 < len(header) <= 8
        and not header.startswith(ctx.public_roles)
        # (Not "被评议人", "评议对象": the people a staff's word is done to.)
        and (_STAFF_HEADER.search(header) is None or header.startswith("被") or header.endswith("对象"))
        and _THING_HEADER.search(header) is None
    )


# Headers that end as a word for people do ("男方", "受检者", "乘车学生"): half their values suffice.
# (A signature's column, "用户签字", holds the names that signed, or a note: "代领", "新增".)
_PEOPLE_HEADER = re.compile(
    "(?:人|者|户|方|对象|成员|人员|学生|幼儿|儿童|患者|孕妇|产妇|老人|家属|子女|配偶|名字|签字|签名)$"
)


# Words a cell may hold that read as a surname and a given name: a country, a category, a grade.
_NOT_GUESSED = frozenset(
    {"韩国", "智力", "高龄", "高中", "初中", "高龄津贴", "孤儿", "单亲", "留守", "文盲", "金融"}
)
# Mongolian places ("宝力根嘎查", "那日图苏木") are written with the characters of Mongolian names.
_PLACE_WORDS = ("嘎查", "苏木", "浩特", "诺尔", "布拉格", "村", "乡", "镇", "县", "旗", "盟")


def _name_shaped(ctx: _Ctx, value: str) -> bool:
    """Whether a cell reads as a name by itself: a surname and one or two characters of given names, a
    dotted name, a Tibetan, Yi, Mongolian or Uyghur name."""
    if _SPACED_THREE.fullmatch(value) or _SPACED_NAME.fullmatch(value):
        value = value.replace(" ", "").replace("　", "")
    if not _HAN_RUN.fullmatch(value) or _MASK_IN_NAME.search(value, 1):
        return False  # (nor "杨某某某", a name masked already)
    if "·" in value:
        return _pick_name(value) == len(value)
    size = len(value)
    if 2 <= size <= 4:
        sl = _surname_len(value)
        if sl and 1 <= size - sl <= 2 and all(c in GIVEN_NAME_CHARS for c in value[sl:]):
            return value not in _NOT_GUESSED and _valid_name(ctx, value)
    if 4 <= size <= 14 and value not in NOT_NAMES and not value.endswith(_PLACE_WORDS):
        # "扎西多吉", "巴特尔朝克图", "吉克石布": every character one of transliterated names, or a Yi clan's
        # name first (what _four_character_name takes of any four characters is too loose for a guess).
        return (
            all(c in TRANSLITERATION_CHARS for c in value.replace("阿不都", "阿都"))
            or (size == 4 and value[:2] in YI_CLANS)
            or (
                size == 4
                and sum(c in TRANSLITERATION_CHARS for c in value) >= 2
                and all(c in TRANSLITERATION_CHARS or c in AMDO_NAME_CHARS for c in value)
            )
        )
    return False


# A cell of a row: a run of characters between separators a table's cells have (a tab, two spaces or a
# full-width one, "|", an HTML cell's tags, a CSV's quotes and commas).
_GUESS_CELL = re.compile(
    rf"(?:^|(?<=[\t|｜>\"])|(?<=  )|(?<=　))[ 　]?([{_HAN}·]{{2,10}})[ 　]?(?=$|[\t|｜<\"]|  |　)", re.M
)
_PERSON_NUMBERS = frozenset({"id_card", "mobile", "bank_card"})
# Findings that make a line about a person: an item of a list that opens with names before them is a
# list of those people ("⑤李小子、王丽龙，受理日期…，身份证…", "(5)勒格阿衣，住新城镇…62号").
_PERSON_FINDINGS = frozenset(
    {
        "id_card",
        "id_card_15",
        "mobile",
        "bank_card",
        "address",
        "landline",
        "passport",
        "hk_macau_permit",
        "tw_permit",
    }
)
# An item's mark, then one name or several parted by "、", then a comma or a bracket.
_ITEM_NAMES = re.compile(
    rf"[ \t　]*(?:[①-⑳]|[0-9]{{1,3}}[.、．]|[（(][0-9一二三四五六七八九十]{{1,3}}[)）])[ \t　]*"
    rf"([{_HAN}·]{{2,10}}(?:、[{_HAN}·]{{2,10}})*)(?=[，,（(])"
)
# A name as a cell holds it: a run of characters, or a name spaced out by a PDF ("李 涵 杰").
_NAME_CELL = rf"(?:[{_HAN}·]{{2,10}}|[{_HAN}](?:[ 　]{{1,3}}[{_HAN}]){{1,2}})"
# A line that is one cell (a table flattened to one cell a line).
_LONE_CELL = re.compile(rf"[ \t　]*({_NAME_CELL})[ \t　]*")
# A letter's addressee alone on its line ("齐燕玉：", "李 涵 杰：").
_LONE_ADDRESSEE = re.compile(rf"[ \t　]*({_NAME_CELL})[ 　]*(?:先生/女士|女士/先生|先生|女士)?[：:][ \t　]*")
# A meeting's villagers by their seat ("村民代表叶财庆、乔凤悦等", "缺席：伍满花、程春玉（外出务工）"):
# representatives the villagers elected hold no public office; the 村两委 and 包村干部 before them do.
_REPRESENTATIVES = re.compile(
    # (A name spaced out by a PDF is packed by _layout_view, its spaces after it: "董建超  、东方雪倩".)
    # (Parted by commas or spaces too, after a bracket: "评议小组成员（村民代表、党员代表）：张三　李四".)
    # (Not the meeting itself: "召开村民代表大会，张三（镇长）主持".)
    # (Or counted, the names in brackets: "村民代表39人（张三、李四、王五等）".)
    rf"(?:村民代表|群众代表|党员代表|户代表|居民代表|被征收人代表|被拆迁人代表|(?<=[村居群][民众]\n)代表|缺席|请假)"
    r"(?!大会|会议|联席|议事)"
    # (A PDF may break the line right after the seat: "村民代表⏎张三、李四、…".)
    rf"(?:[0-9]{{1,3}}[人名][（(]|[）)]?[：:]?[ 　]?\n?)"
    # (A signature sheet parts them by tabs, its second line indented: "村民代表：张三\t李四⏎　　　　王五".)
    rf"({_NAME_CELL}(?:(?:[ 　]*[、，,][ 　]*\n?[ 　]*|　+| {{1,3}}\n?|\t+|[ \t　]*\n[ \t　]{{2,}})"
    rf"{_NAME_CELL})*)"
    # (One name alone is a seat's only when its note or the list's end follows: "缺席：张三（外出务工）".)
    r"(?=[ \t　]*(?:[（(、，,。；;]|等|$))",
    re.M,
)
Span = tuple[int, int]


def _name_guesses(ctx: _Ctx, seated: list[Span], sexed: list[Span], listed: list[Span]) -> None:
    """Names read by their own shape (_name_shaped) where the context only says that a person is there,
    unless something is found there already (a health note "智力", a name a rule read)."""
    text = ctx.text
    # (Not the rows of a list published by design, its title says so: "…选岗结果公示".)
    published = ctx.published
    public = published and _PUBLIC_LIST.search(text, 0, _lines_ahead(text, 2)) is not None
    guesses = sorted(
        {
            *(() if public else _cells_beside_numbers(ctx)),
            # (A one-cell-a-line table's title may stand a few lines up, below an index's fields.)
            *(
                ()
                if public or (published and _PUBLIC_LIST.search(text, 0, _lines_ahead(text, 5)))
                else (g for block in sexed for g in _cells_before_sex(ctx, *block))
            ),
            *_addressee_guess(ctx),
            *(g for block in seated for g in _representatives(ctx, *block)),
            *(() if public else (g for block in listed for g in _listed_after_colon(ctx, *block))),
        }
    )
    if not guesses:
        return
    # Any finding overlaps (s, e) that starts before e and ends after s: over the findings sorted by
    # start, the largest end among those starting before e tells.
    found = sorted((f[0], f[4]) for f in ctx.found)
    starts = [a for a, _ in found]
    reach = list(itertools.accumulate((b for _, b in found), max))
    last = -1
    for s, e in guesses:
        i = bisect.bisect_left(starts, e)
        if s < last or (i and reach[i - 1] > s):
            continue
        ctx.add("name", s, e)
        last = e
    ctx.name_starts = None


def _cells_beside_numbers(ctx: _Ctx) -> Iterator[Span]:
    """Names on the lines of a person's numbers, whatever header, if any, the detector read: a cell that
    reads as a name by itself in a row that holds a person's ID, mobile or card; the names that open a
    numbered item about a person; in a table flattened to one cell a line, a name's line among the lines
    of numbers alone."""
    text = ctx.text
    done: set[int] = set()
    found = list(ctx.found)
    named: set[int] | None = None  # the lines that hold a name found (worked out when a row asks)
    for start, _neg, _rank, kind, end in found:
        if kind not in _PERSON_FINDINGS:
            continue
        ls = text.rfind("\n", 0, start) + 1
        if ls in done:
            continue
        done.add(ls)
        le = _line_end(text, ls)
        item = _ITEM_NAMES.match(text, ls, le)
        if item is not None:
            pos = item.start(1)
            for part in item.group(1).split("、"):
                if _name_shaped(ctx, part):
                    yield pos, pos + len(part)
                pos += len(part) + 1
        row = ctx.is_row(ls)
        if row:
            # A table's row: its header tells which cells hold names (_table, _guessed_names). Unless
            # no name was read on it and it holds an ID: a PDF's row whose cells slid from under their
            # columns ("5  李月娥  妻子  3311…" under "保障人数  成员姓名  与户主关系…", the header wrapped).
            if kind not in ("id_card", "id_card_15", "mobile"):
                continue
            if named is None:
                named = {text.rfind("\n", 0, f[0]) + 1 for f in found if f[3] == "name"}
            if ls in named:
                continue
        elif kind not in _PERSON_NUMBERS:
            continue
        before = text[ls:start].strip(" \t　")
        if (before in _KIN or (before == "" and not row)) and text[end:le].strip(" \t　") == "":
            # (Or after a relation alone: "李红霞⏎    女儿    3311…", the member's name wrapped above. Not
            # a one-cell-a-line table read as rows: its header placed its names.)
            # The number alone on its line: the lines around may be the row's other cells.
            a = ls
            for _ in range(3):
                if a == 0:
                    break
                a = text.rfind("\n", 0, a - 1) + 1
                cell = _LONE_CELL.fullmatch(text, a, _line_end(text, a))
                if cell is not None and _name_shaped(ctx, cell.group(1)):
                    yield cell.span(1)
                    break
            continue
        if row:
            # Only the cell right before the ID, or before the relation before it or a mobile (a
            # guardian's: "徐正荣  外祖父  131…"): the row's other cells may be its officials' (签发人,
            # 帮教责任人), or a mobile's a volunteer's, in a public role.
            cells = _CELL_RUN.findall(text, ls, start)
            kin = bool(cells) and cells[-1] in _KIN
            if kin:
                cells.pop()
            if (kin or kind != "mobile") and cells and _name_shaped(ctx, cells[-1]):
                at = text.rfind(cells[-1], ls, start)
                yield at, at + len(cells[-1])
            continue
        for m in _GUESS_CELL.finditer(text, ls, le):
            s, e = m.span(1)
            if _name_shaped(ctx, text[s:e]) and not text.endswith(ctx.public_roles, max(ls, s - 8), s):
                yield s, e
    if "****" in text:
        # The same for an ID masked already, alone on its line, in a table flattened one cell a line
        # ("二组⏎潘绍华⏎33*************558⏎8.18"): the name is on the line right above.
        for m in _LONE_MASKED_ID.finditer(text):
            ls = m.start() + 1
            if m.end() - ls not in (15, 18) or ls in done or ctx.is_row(ls):
                continue  # (Not a masked mobile, "189****7362": a volunteer's or an official's too.)
            a = text.rfind("\n", 0, ls - 1) + 1
            cell = _LONE_CELL.fullmatch(text, a, ls - 1) if a < ls - 1 else None
            if cell is not None and _name_shaped(ctx, cell.group(1)):
                yield cell.span(1)


_CELL_RUN = re.compile(r"[^ \t　]+")
# A masked ID alone on its line ("⏎33*************558⏎", "⏎6404231961****0331⏎").
_LONE_MASKED_ID = re.compile(r"\n[1-9][0-9]{1,9}\*{4,16}(?:[0-9]{0,3}[0-9Xx])?(?=\n)")


# A cell before a sex, then a number (an age, an ID), in a row typeset with blanks or pipes.
_SEX_IN_ROW = re.compile(rf"(?:^|(?<=[ \t　|｜]))({_NAME_CELL})[ \t　|｜]+[男女](?=[ \t　|｜]+[0-9])", re.M)
_SEX_ALONE = re.compile(r"[ \t　]*[男女][ \t　]*")


def _cells_before_sex(ctx: _Ctx, block_start: int, block_end: int) -> Iterator[Span]:
    """A person's name by where it stands: before a sex cell in a row whose header the detector did not
    read, or on the line above a sex alone on its line (a table flattened to one cell a line)."""
    text = ctx.text
    ls = block_start
    while ls <= block_end:
        le = _line_end(text, ls)
        if _SEX_ALONE.fullmatch(text, ls, le):
            a = ls
            while a > 0:
                a = text.rfind("\n", 0, a - 1) + 1
                if text[a : _line_end(text, a)].strip(" \t　"):
                    break  # the line above that is not blank
            cell = _LONE_CELL.fullmatch(text, a, _line_end(text, a)) if a < ls else None
            if cell is not None and _name_shaped(ctx, cell.group(1)):
                yield cell.span(1)
        elif not ctx.is_row(ls):
            for m in _SEX_IN_ROW.finditer(text, ls, le):
                if _name_shaped(ctx, m.group(1)):
                    yield m.span(1)
        ls = le + 1


# The heading before the colon, within its sentence: "以下农户住房一般损坏，按每户3000元给予维修补助：".
_LIST_HEAD = re.compile(r"(?:以下|下列)[^\n：:。]{0,40}[：:]")
# A count of people, then their names ("大林镇（4人）：陈冬梅、李丽华、包秀云、敖登").
# Or households ("拦隆口镇（4户）："), parted by full-width spaces too; a name may carry the person's age
# ("吉镇辛店村（7人）：惠丽娟、高小平（88岁）、…").
_COUNTED_ITEM = rf"{_NAME_CELL}(?:[（(][0-9]{{1,3}}岁[）)])?"
_COUNTED_LIST = re.compile(
    rf"[（(]([0-9]{{1,3}})[人户名][）)][：:][ \t　]*"
    rf"({_COUNTED_ITEM}(?:(?:[ 　]*\n?、\n?[ \t　]*|　+|[ \t]{{2,}}){_COUNTED_ITEM})*)"
    r"[ \t　]*(?=[。；;，,]|\n|$)"
)
_COUNTED_SEP = re.compile(r"[ 　]*\n?、\n?[ \t　]*")
_COUNTED_SPACE = re.compile(r"　+|[ \t]{2,}")
# The names after it, parted by "、" (a PDF's line may break after one), up to the sentence's end.
_COLON_LIST = re.compile(
    rf"[ \t　]*({_NAME_CELL}(?:[ 　]*、\n?[ \t　]*{_NAME_CELL})+)[ \t　]*(?=[。；;，,]|\n|$)"
)
# A name, then the person's age in brackets ("吉伍阿西（93岁）"), after a separator or a colon.
_AGED = re.compile(rf"(?:^|(?<=[、，,：:；; \t　]))({_NAME_CELL})(?=[（(][0-9]{{1,3}}岁[）)])", re.M)


# A heading of people that ends its line ("本批入伍新兵：", "参训人员名单："): its names on the lines below.
_PEOPLE_HEAD_LINE = re.compile(
    r"^[^\n：:。]{0,60}(?:(?:人员|对象|新兵|学生|成员|名单)|名单[^\n：:。]{0,6}如下)[：:][ \t　]*$", re.M
)
# A village or a 社区 opening a line of names below such a heading ("石峡村：魏明、何有福、漆永福").
_PLACE_OPENING = re.compile(rf"[ \t　]*[{_HAN}]{{1,10}}(?:村|社区|居委会|组|屯|嘎查)[：:][ \t　]*")
_NAMES_LINE = re.compile(
    rf"[ \t　]*{_NAME_CELL}(?:(?:[ \t　]*[、，,；;][ \t　]*|[ \t　]+){_NAME_CELL})*[ \t　]*[。；;]?"
)
_NAMES_LINE_PART = re.compile(rf"[{_HAN}·]+")


def _names_below_head(ctx: _Ctx, block_start: int, block_end: int) -> Iterator[Span]:
    """The names on the lines below a heading of people (_PEOPLE_HEAD_LINE), parted by "、" or by
    spaces: each that reads as a name by its shape, or, where half do, each that could be one."""
    text = ctx.text
    for head in _PEOPLE_HEAD_LINE.finditer(text, block_start, block_end):
        pos = head.end() + 1
        spans: list[Span] = []
        for _ in range(4):
            end = _line_end(text, pos)
            place = _PLACE_OPENING.match(text, pos, end) if pos < len(text) else None
            first = place.end() if place is not None else pos
            if pos >= len(text) or not _NAMES_LINE.fullmatch(text, first, end):
                break
            spans.extend(m.span() for m in _NAMES_LINE_PART.finditer(text, first, end))
            pos = end + 1
        names = [text[s:e] for s, e in spans]
        shaped = [_name_shaped(ctx, n) for n in names]
        listed = len(names) >= 3 and 2 * sum(shaped) >= len(names)
        for (s, e), name, ok in zip(spans, names, shaped, strict=True):
            if ok or (listed and ((2 <= len(name) <= 4 and _valid_name(ctx, name)) or _slot_name(ctx, name))):
                yield s, e


def _listed_after_colon(ctx: _Ctx, block_start: int, block_end: int) -> Iterator[Span]:
    """The people a heading of people lists after its colon ("以下农户…：张三、李四。"), and names before an
    age in brackets ("张三（93岁）、李四（89岁）"): each a name by its shape, or the rest of a list that half
    reads so."""
    text = ctx.text
    yield from _names_below_head(ctx, block_start, block_end)
    if text.find("人", block_start, block_end) >= 0:
        # (Into the lines after the block: a PDF may wrap the list, "…、王国华、⏎吴天佑、马冬梅。".)
        end = block_end
        for _ in range(3):
            if end < len(text):
                end = _line_end(text, end + 1)
        for counted in _COUNTED_LIST.finditer(text, block_start, end):
            if counted.start() >= block_end:
                break
            items = counted.group(2)
            sep = _COUNTED_SEP if "、" in items else _COUNTED_SPACE
            bounds = [0, *(b for m in sep.finditer(items) for b in m.span()), len(items)]
            if len(bounds) // 2 != int(counted.group(1)):
                continue
            # As many names as the count says: each item is a person, whatever its shape.
            for a, b in zip(bounds[::2], bounds[1::2], strict=True):
                name = items[a:b].strip(" \t　\n")
                name = name.split("（")[0].split("(")[0]  # "高小平（88岁）"
                plain = name.replace(" ", "").replace("　", "")
                if _HAN_RUN.fullmatch(plain) and 2 <= len(plain) <= 16 and not _MASK_IN_NAME.search(plain, 1):
                    start = counted.start(2) + items.index(name, a)
                    yield start, start + len(name)
    for head in _LIST_HEAD.finditer(text, block_start, block_end):
        if not _PERSON_HEAD.search(text, head.start(), head.end()):
            continue
        m = _COLON_LIST.match(text, head.end())
        if m is not None:
            yield from _shaped_items(ctx, m.group(1), m.start(1), 2)
    if text.find("岁", block_start, block_end) >= 0:
        for m in _AGED.finditer(text, block_start, block_end):
            name = m.group(1).replace(" ", "").replace("　", "")
            if _name_shaped(ctx, name) or (_four_character_name(name) and _valid_name(ctx, name)):
                yield m.span(1)


def _shaped_items(ctx: _Ctx, items: str, pos: int, least: int, sep: str = "、") -> Iterator[Span]:
    """The names of a "、" list (its items may be parted by a line's break, the last may end in 等): each
    that reads as a name by its shape, and, in a list of `least` or more that half reads so, each other
    that could be a name, of a shape the vocabulary lacks ("…、卓玉梅、羊妚娇")."""
    parts = items.split(sep)
    names = [p.strip(" \t　\n") for p in parts]
    names = [n[:-1] if n.endswith("等") else n for n in names]
    shaped = [_name_shaped(ctx, n) for n in names]
    listed = len(names) >= least and 2 * sum(shaped) >= len(names)
    for part, name, ok in zip(parts, names, shaped, strict=True):
        plain = name.replace(" ", "").replace("　", "")
        if name and (ok or (listed and 2 <= len(plain) <= 4 and _valid_name(ctx, plain))):
            start = pos + part.index(name)
            yield start, start + len(name)
        pos += len(part) + 1


# Each addressee of a notice served by publication, a part of its own ("一、张三（身份证号：…）：⏎  你于…").
_SERVED_PART = re.compile(
    rf"^[ \t　]*[一二三四五六七八九十]{{1,3}}、({_NAME_CELL})(?:[（(][^）)\n]{{0,40}}[）)])?[：:][ \t　]*$",
    re.M,
)


def _addressee_guess(ctx: _Ctx) -> Iterator[Span]:
    """The addressee of a letter, notice or decision sent to a person: a name alone with its colon on one
    of the first lines, the body below ("齐燕玉：⏎    根据…，我局已于…"); each part's addressee of a
    notice served by publication (公告送达)."""
    text = ctx.text
    if text.find("送达", 0, _lines_ahead(text, 5)) >= 0:
        for part in _SERVED_PART.finditer(text):
            name = part.group(1).replace(" ", "").replace("　", "")
            if _name_shaped(ctx, name) or _slot_name(ctx, name):
                yield part.span(1)
    head_end = _lines_ahead(text, 12)
    pos = 0
    while pos < head_end:
        end = _line_end(text, pos)
        m = _LONE_ADDRESSEE.fullmatch(text, pos, end)
        if m is not None and _name_shaped(ctx, m.group(1)) and end < len(text):
            yield m.span(1)
        pos = end + 1


_SPACE_PARTED = re.compile(r"[^ 　\t\n]+")


def _representatives(ctx: _Ctx, block_start: int, block_end: int) -> Iterator[Span]:
    """The villagers listed at a meeting (_REPRESENTATIVES), each a name by its shape."""
    # (Into the lines after the block: a PDF may wrap the list, "…：王　月 顾海志 ⏎李祥志 姜务略", and a
    # signature sheet indents its next lines.)
    end = block_end
    for _ in range(4):
        if end < len(ctx.text):
            end = _line_end(ctx.text, end + 1)
    for m in _REPRESENTATIVES.finditer(ctx.text, block_start, end):
        items = m.group(1)
        if "、" in items:
            for comma in ("，", ","):
                if comma in items and items.index(comma) > items.index("、"):
                    # "村民代表张三、李四，驻村第一书记王五": the comma ends the list parted by "、".
                    items = items[: items.index(comma)]
        if "、" in items or "，" in items or "," in items:
            sep = "、" if "、" in items else ("，" if "，" in items else ",")
            yield from _shaped_items(ctx, items, m.start(1), 3, sep)
        else:
            # "参会村民代表：陈平　刘成涛　黄萍云": parted by spaces (a name spaced out is lost here). A list
            # of three or more that reads as names by a third is all names ("村民代表巴桑普赤 央宗 德吉
            # 扎西 晋美索朗等8人": Tibetan names of two characters have no surname to read).
            parts = [p.span() for p in _SPACE_PARTED.finditer(items)]
            # A name of two characters set out by a space, as the others' width ("金云秋　韩　红　幸静"):
            # two single characters in a row are one name.
            k = 0
            while k + 1 < len(parts):
                (a, b), (c, d) = parts[k], parts[k + 1]
                if b - a == 1 and d - c == 1:
                    parts[k : k + 2] = [(a, d)]
                k += 1
            names = [items[a:b].replace(" ", "").replace("　", "").removesuffix("等") for a, b in parts]
            shaped = [
                _name_shaped(ctx, n) or (2 <= len(n) <= 4 and all(c in TRANSLITERATION_CHARS for c in n))
                for n in names
            ]
            listed = len(names) >= 3 and 3 * sum(shaped) >= len(names)
            for (a, b), name, ok in zip(parts, names, shaped, strict=True):
                if ok or (listed and 2 <= len(name) <= 4 and _valid_name(ctx, name)):
                    spaced = " " in items[a:b] or "　" in items[a:b]
                    yield m.start(1) + a, m.start(1) + (b if spaced else a + len(name))


def _guessed_names(ctx: _Ctx, header: str, spans: list[tuple[int, int]]) -> None:
    """Names in a column whose header no rule knows, when its values read as names: nearly all of them,
    or half under a header that ends as a word for people does."""
    if not spans:
        return
    text = ctx.text
    shaped = [text[s:e] for s, e in spans if _name_shaped(ctx, text[s:e])]
    if _PEOPLE_HEADER.search(header):
        enough = 2 * len(shaped) >= len(spans)
    else:
        enough = (
            len(spans) >= 3 and 5 * len(shaped) >= 4 * len(spans) and 5 * len(set(shaped)) >= 3 * len(shaped)
        )
    if enough:
        for s, e in spans:
            _table_cell(ctx, "name", s, e)


_NOT_CONTINUED = re.compile("[:：。]")


# The rows of a typeset table copied from a PDF do not keep the header's spacing: single spaces in
# one row, three in the next ("1 张集镇 向荣军 男 …" under "序号   乡镇   姓名   性别 …"), a phone or
# a bank card in groups ("0834 8738079") that splitting at single spaces parts.
_DIGIT_GROUP = re.compile(r"[0-9*]+")
# A row's serial number as its first cell, whatever blank follows ("3 棉洋镇 …", "3   棉洋镇").
_SERIAL_FIRST = re.compile(r"[ \t　]*[0-9]{1,4}[ \t　]")


def _fit_spaced_row(
    text: str, start: int, end: int, row: list[tuple[int, int]], row_sep: str, width: int
) -> list[tuple[int, int]]:
    """The cells of a row under a header parted by spaces, split the way that gives the header's
    count of columns if one does, else as split."""
    if _NOT_CONTINUED.search(text, start, end) and not _SERIAL_FIRST.match(text, start, end):
        # "户名：张三  账号：6230…", a sentence: a form's line or the table's foot, no row. A numbered
        # row's cell may hold a relation's label ("2 44 曹玉 丈夫：黄波飞 …").
        return row
    if row_sep == "ws":
        other = _split_cells(text, start, end, "ws2")
        if len(other) == width:
            return other
    merged = _fine_cells(text, row, False)
    if len(merged) == width:
        return merged  # "3     其　木　格      女 …": a name spaced out by full-width spaces, one cell
    tokens = [m.span() for m in _WS_CELL.finditer(text, start, end)]
    # Split at single spaces only if they part most of the row's words, not if a cell holds one
    # ("2    海铭晨    6401…    女 虎花雨    某村7组41号").
    single = sum(1 for (_, a), (b, _) in itertools.pairwise(tokens) if b - a == 1 and text[a] == " ")
    if 2 * single <= len(tokens) - 1:
        return row
    fine = _fine_cells(text, tokens, False)
    if len(fine) != width and len(fine) > width - 3:
        # A number in groups: "0834 8738079", "6221 8801 3390 4984" (not "800 6214…", an amount and a
        # card, unless that gives the columns' count).
        joined = _fine_cells(text, tokens, True)
        if len(joined) == width:
            return joined
    if len(fine) > width:
        # A cell of several words ("丈夫：黄波飞，女 孔宇航", "配偶 史月；儿子 许全"): the first word that
        # holds a list's punctuation opens it, and it holds as many words as the columns are too few.
        extra = len(fine) - width
        for i, (s, e) in enumerate(fine[: width - 1]):
            if _LIST_MARK.search(text, s, e):
                return [*fine[:i], (s, fine[i + extra][1]), *fine[i + extra + 1 :]]
        return row
    # (Fewer cells than columns: a blank cell, or a row the next line goes on with.)
    return fine if len(fine) == width or len(row) < len(fine) < width else row


_LIST_MARK = re.compile("[，,；;、：:]")


def _blank_width(text: str, start: int, end: int) -> int:
    """The width of the blank text[start:end] as typeset: a full-width space is two."""
    return end - start + text.count("　", start, end)


def _fine_cells(text: str, tokens: list[tuple[int, int]], groups: bool) -> list[tuple[int, int]]:
    """The cells of a row parted by single spaces, from its blank-parted tokens: a name spaced out
    evenly is one cell ("邹 伟 全", "冶  娟  雅 邹 涛": the blank changes between two names), and with
    groups a number in groups of digits."""
    cells: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        s, e = tokens[i]
        if groups and 3 <= e - s <= 4 and _DIGIT_GROUP.fullmatch(text, s, e):
            k = _number_groups(text, tokens, i)
            if k > i + 1:
                cells.append((s, tokens[k - 1][1]))
                i = k
                continue
        # A run of one-character words: two or three of them after the same blank are a name.
        k = i
        while k < n and k - i < 3 and _spaced_char(text, *tokens[k]):
            if k > i + 1 and _blank_width(text, tokens[k - 1][1], tokens[k][0]) != _blank_width(
                text, tokens[i][1], tokens[i + 1][0]
            ):
                break
            k += 1
        if k - i >= 2 and _spaced_run(text, tokens, i, k):
            cells.append((s, tokens[k - 1][1]))
            i = k
            continue
        cells.append((s, e))
        i += 1
    return cells


# The indentation from which a line of short pieces under a whole row is that row's wrapped cells
# ("3  张三  某镇前进村109号  山体滑  15000⏎<spaces>坡致住房损毁"), not a paragraph (indented 2 to 4).
_WRAP_INDENT = 8


# One space parts a typeset row's cells, but also the groups of a number ("0834 8738079", "6259 6524 9843
# 0571") and a relation from the relative's name ("丈夫：黄波飞，女 孔宇航").
_NUMBER_GROUP = re.compile(r"[0-9]{3,8}")
_LABEL_FIRST = re.compile(rf"[{_HAN}（）()]{{1,12}}[:：]")
_KIN_LAST = re.compile(rf"[^\n]*[，,；;、：:]{_KIN_WORD}")  # (a relation alone may be a column's)
_KIN_FIRST = re.compile(rf"{_KIN_WORD}[:：]?[{_HAN}]{{2,4}}")
_KIN_WORD_RE = re.compile(_KIN_WORD)
_GIVEN_NAME = re.compile(rf"[{_HAN}]{{2,4}}")
_GROUPED_CARD = re.compile(r"(?:[0-9]{4} ){3,4}[0-9]{1,4}")


def _grouped_number(text: str, cells: list[tuple[int, int]], i: int) -> int:
    """The end (exclusive index) of the run of cells from i that are the groups of one phone number or
    bank card, else i."""
    j = i
    while j < len(cells) and j - i < 5 and _NUMBER_GROUP.fullmatch(text, *cells[j]):
        j += 1
    while j - i >= 2:
        value = text[cells[i][0] : cells[j - 1][1]]
        digits = value.replace(" ", "")
        if (
            _MOBILE.fullmatch(digits)
            or (j - i == 2 and _AREA.fullmatch(text, *cells[i]) and _LOCAL.fullmatch(text, *cells[i + 1]))
            or (16 <= len(digits) <= 19 and _GROUPED_CARD.fullmatch(value))
        ):
            return j
        j -= 1
    return i


def _fit_cells(text: str, row: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """A typeset row split at every space into more cells than its header has, with the groups of a
    number and a relation and its relative's name joined again (while still too many)."""
    cells = list(row)
    i = 0
    while len(cells) > width and i < len(cells) - 1:
        j = _grouped_number(text, cells, i)
        if j > i:
            cells[i:j] = [(cells[i][0], cells[j - 1][1])]
        elif (_KIN_LAST.fullmatch(text, *cells[i]) and _GIVEN_NAME.fullmatch(text, *cells[i + 1])) or (
            _KIN_WORD_RE.search(text, *cells[i]) and _KIN_FIRST.fullmatch(text, *cells[i + 1])
        ):
            cells[i : i + 2] = [(cells[i][0], cells[i + 1][1])]
            continue  # the joined cell may take the next relative too
        i += 1
    return cells


# How many digits a phone (with its area code) or a bank card has.
_NUMBER_LENGTHS = frozenset({10, 11, 12, 16, 17, 18, 19})


def _number_groups(text: str, tokens: list[tuple[int, int]], i: int) -> int:
    """The end of the tokens from i that spell one number in groups parted by single spaces ("0931
    8812345", "139 1234 5679", "6221 8801 3390 4984 200"): the longest run as long as a phone or a
    card, not the amount beside it ("… 5679 1200"); i when none."""
    total, best, k = 0, i, i
    while k < len(tokens):
        s, e = tokens[k]
        if (k > i and (s - tokens[k - 1][1] != 1 or not 3 <= e - s <= 8)) or not _DIGIT_GROUP.fullmatch(
            text, s, e
        ):
            break
        total += e - s
        k += 1
        if total in _NUMBER_LENGTHS:
            best = k
    return best


def _spaced_char(text: str, start: int, end: int) -> bool:
    return end - start == 1 and _HAN_CHAR.match(text, start) is not None and text[start] not in "男女"


def _spaced_run(text: str, tokens: list[tuple[int, int]], i: int, k: int) -> bool:
    """Whether tokens[i:k], one character each after the same blank, spell a name: it opens with a
    surname, or the blanks around it are wider than the one inside ("2　其 木 格　某公司")."""
    if text[tokens[i][0]] in SURNAMES:
        return True
    if (
        k - i == 2
        and text[tokens[i][1] : tokens[i + 1][0]] == "　"
        and (not i or "　" not in text[tokens[i - 1][1] : tokens[i][0]])
        and (k == len(tokens) or "　" not in text[tokens[k - 1][1] : tokens[k][0]])
    ):
        return True  # "7 宝　梅 4 …": a full-width space pads a two-character name among ASCII blanks
    inner = _blank_width(text, tokens[i][1], tokens[i + 1][0])
    before = _blank_width(text, tokens[i - 1][1], tokens[i][0]) if i else inner + 1
    after = _blank_width(text, tokens[k - 1][1], tokens[k][0]) if k < len(tokens) else inner + 1
    return before > inner and after > inner


# The rest of a cell that a PDF's column width wrapped onto a line of its own: the end of a 文号
# ("〕418号", "2024〕276号"), of a number ("952", "-05-13"), or of a word, under its column
# ("        牲军人遗属", "        ，经鉴定为D级危房"); the end of a header's word ("     （元/㎡）") too.
# One token, short, indented or opening as a number's or a bracket's rest does (not "（盖章）"); or a
# 文号's start, the row going on below ("华征补〔2024〕⏎418号  孙龙鑫  …").
_WRAPPED_REST = re.compile(
    r"(?:[ \t　]+[^\s　：:。]{1,16}|[0-9A-Za-z〔〕）)\]】\-－—.,*/#][^\s　：:。，]{0,15}"
    r"|[^\s　：:。，]{1,8}〔[0-9]{0,4}〕?)[ \t　]*"
)


def _wrapped_rest(text: str, start: int, end: int) -> bool:
    return _WRAPPED_REST.fullmatch(text, start, end) is not None


# A document's number (文号) in a row's first cell: "某征补〔2024〕418号".
_DOC_NUMBER = re.compile(rf"[{_HAN}]{{1,8}}[〔［\[（(][0-9]{{4}}[〕］\]）)][0-9]{{1,6}}号")


_CODE_PART = re.compile(r"[A-Z0-9\-]{1,20}")


def _wrapped_number(ctx: _Ctx, pos: int, row: list[tuple[int, int]], first: str) -> bool:
    """Whether the line at pos, one cell, ends the number that opens the row above, cut by its column's
    width: a document's ("某征补〔2024⏎〕418号", "某征补⏎〔2024〕150号"), or a code under a "…编号" column
    ("202⏎50016")."""
    if len(row) != 1:
        return False
    above = ctx.text.rfind("\n", 0, pos - 1) + 1
    row_above = ctx.rows.get(above)
    if row_above is None or not row_above[0]:
        return False
    head, rest = ctx.text[slice(*row_above[0][0])], ctx.text[slice(*row[0])]
    if _DOC_NUMBER.fullmatch(head + rest):
        return True
    return (
        first.endswith("号")
        and not first.endswith("序号")  # a serial number is short: "1⏎1" is a row, then a page's number
        and len(head) >= 3
        and _CODE_PART.fullmatch(head) is not None
        and _CODE_PART.fullmatch(rest) is not None
        and len(head) + len(rest) <= 24
    )


def _display_width(text: str, start: int, end: int) -> int:
    """Columns text[start:end] takes in a fixed-width font: two for a Chinese or full-width character."""
    part = text[start:end]
    return len(part) + sum(c >= "\u2e80" for c in part)


def _aligned_column(
    text: str, ls: int, header: list[tuple[int, int]], pos: int, row: list[tuple[int, int]]
) -> int:
    """The header column the row's first cell stands under, when each of the row's cells stands under
    the next column in turn (within one column of its start, as a fixed-width font sets them), else -1."""
    starts = [_display_width(text, ls, s) for s, _ in header]
    first = _display_width(text, pos, row[0][0])
    k = next((i for i, col in enumerate(starts) if abs(col - first) <= 1), -1)
    if k < 0 or k + len(row) > len(starts):
        return -1
    for i in range(1, len(row)):
        if abs(_display_width(text, pos, row[i][0]) - starts[k + i]) > 1:
            return -1
    return k


def _wrapped_cells(text: str, pos: int, row: list[tuple[int, int]], third: int) -> bool:
    """Whether the line at pos holds only the wrapped rests of cells of the whole row above (a PDF's
    cell too narrow for its value: "411****⏎<spaces>*******4914", "山体滑⏎<spaces>坡致住房损毁"): it
    opens far right, under the header's third column or further, where no row's first cells lie."""
    s = row[0][0]
    return (
        s - pos >= max(_WRAP_INDENT, third)
        and all(b - a <= 24 for a, b in row)
        and _NOT_CONTINUED.search(text, s, row[-1][1]) is None
    )


# A line under a table's header that is no row: a Markdown rule ("|---|---|", group "rule", which a
# blank line matches too), the table's foot ("制表人：…") or the next section's heading ("二、核对结果").
# One match at the line's start tells them apart.
_ROW_STOP = re.compile(
    r"(?P<rule>[\s|｜:\-+\u2500-\u257f]*\Z)"
    rf"|[ \t　]*(?:[{_HAN}]{{2,6}}[:：]|[一二三四五六七八九十]{{1,3}}[、．.])"
)


def _full_row_at(text: str, start: int, sep: str, width: int) -> bool:
    """Whether the line at start is a table's whole row: numbered, as many cells as the header has
    columns (the table goes on past a blank line or a misshapen row above it)."""
    if start >= len(text) or not _SERIAL_FIRST.match(text, start):
        return False
    return len(_split_cells(text, start, _line_end(text, start), sep)) == width


def _open_cell(row: list[tuple[int, int]]) -> int:
    """1 when a broken row's line ends with a separator ("…\t下岗待业\t⏎1334…\t2000"): the empty cell
    after it is the one the next line fills, not a column of its own."""
    return int(len(row) > 1 and row[-1][0] == row[-1][1])


_GAP = frozenset(" \t　|｜,，")


_SEP_FIRST = re.compile(r"[ \t　]*[|｜,，\t]?")
_HAN_FIRST = re.compile(rf"[ \t　|｜,，]*[{_HAN}]")


def _values_after_name(ctx: _Ctx, roles: list[str | None], headers: list[str]) -> bool:
    """Whether a line of cells is a form with values, not a table header: "姓名\t张三\t性别\t男"."""
    for i, role in enumerate(roles):
        if role != "name" or i + 1 == len(headers):
            continue
        h = headers[i + 1]
        if (
            roles[i + 1] is None
            and h not in _HEADER_WORDS
            # A role ("申领人", "经办人") or a number's header ("车牌号", "房号"), not a value.
            and not h.endswith(("人", "者", "号", "码"))
            and _pick_name(h) == len(h)
            and _valid_name(ctx, h)
        ):
            # A value that reads as a name after a name's label. "序号\t班级\t姓名" is a header
            # ("班级" reads as one, after none).
            return True
    # "户主姓名\t禤俊\t性别\t男": the same, with a surname not in the list.
    return any(
        role == "name" and i + 3 < len(headers) and _form_pairs(headers[i + 1 : i + 4])
        for i, role in enumerate(roles)
    )


def _cut_header(line: str, sep: str, last: str) -> bool:
    """Whether a header line may end in a word cut by the line's width: a table drawn with "|" on
    both sides that lacks its closing one ("|序号|借款人|借款日期"), or a last word of one or two
    characters ("… | 贷款合同号 | 借"); or a last word whose bracket the next line closes ("… 补助资金（⏎元）
    验收结论")."""
    if last.count("（") + last.count("(") > last.count("）") + last.count(")"):
        return True
    if sep in ("ws", "、") or line.rstrip().endswith(sep):
        return False
    return line.lstrip().startswith(sep) or len(last) <= 2


def _sub_header(
    ctx: _Ctx, pos: int, headers: list[str], roles: list[str | None], public_list: bool, sep: str = "\t"
) -> None:
    """A tab header's second row under its merged cells ("…\t监护人情况\t\t\t家庭住址" over
    "\t\t…\t姓名\t关系\t联系电话\t\t"): its words name the columns they stand under, in place of the
    merged cell's word or its empty cells. The row is the header's (no person's row)."""
    text = ctx.text
    end = _line_end(text, pos)
    # (Worked out once per text for each pair of rows: a header repeats on each page.)
    key = (text[pos:end], tuple(headers))
    named = ctx.sub_headers.get(key)
    cells = _split_cells(text, pos, end, sep) if named is None or named else []
    if named is None:
        filled = [(i, text[s:e].strip(" 　")) for i, (s, e) in enumerate(cells) if text[s:e].strip(" 　")]
        ok = (
            filled
            and len(cells) <= len(headers) + 1
            and filled[-1][0] < len(headers)
            # (Under a merged cell: the group's word, then empty cells. A header that a PDF's width
            # wrapped, "序号\t姓名\t…⏎\t资助金额\t银行卡号", goes on after its last column:
            # _header_continued.)
            and all(not headers[i] or (i + 1 < len(headers) and not headers[i + 1]) for i, _ in filled)
            # (Most of its words known: "保障人口", "月保障金（元）" under "户主信息" are a roster's too.)
            and 2 * sum(1 for _, w in filled if _known_header(w) or _column_role(ctx, w, public_list))
            > len(filled)
        )
        named = ctx.sub_headers[key] = filled if ok else []
    if not named:
        return
    for i, word in named:
        headers[i] = word
        roles[i] = _column_role(ctx, word, public_list)
    ctx.rows[pos] = (cells, headers)


def _spaced_sub_header(
    ctx: _Ctx, ls: int, pos: int, cells: list[tuple[int, int]], headers: list[str], public_list: bool
) -> tuple[list[str], list[str | None]] | None:
    """A fixed-width header's second row, set under a merged cell ("…  健康状况  监护人情况      家庭住址"
    over "<spaces>姓名  关系  联系电话"): the words that stand under one column, two or more, take its
    place. The new headers and their roles, or None."""
    text = ctx.text
    end = _line_end(text, pos)
    key = (text[pos:end], tuple(headers))
    if key in ctx.sub_headers:
        named = ctx.sub_headers[key]
    else:
        named = []
        words = _split_cells(text, pos, end, "ws")
        starts = [_display_width(text, ls, s) for s, _ in cells]
        groups: dict[int, list[str]] = {}
        for s, e in words:
            col = _display_width(text, pos, s)
            j = bisect.bisect_right(starts, col) - 1
            word = text[s:e]
            if (
                j < 0
                # (Within the column: "序号  村名  户主⏎<spaces>人数  原因" is a header wrapped, not split.)
                or (j + 1 < len(starts) and col + _display_width(text, s, e) > starts[j + 1])
                or not (_known_header(word) or _column_role(ctx, word, public_list))
            ):
                groups = {}
                break
            groups.setdefault(j, []).append(word)
        if groups and len(cells) == len(headers) and all(len(g) >= 2 for g in groups.values()):
            named = [(j, w) for j, g in sorted(groups.items()) for w in g]
        ctx.sub_headers[key] = named
    if not named:
        return None
    spread: list[str] = []
    for j, header in enumerate(headers):
        under = [w for i, w in named if i == j]
        spread.extend(under or [header])
    ctx.rows[pos] = (_split_cells(text, pos, end, "ws"), [w for _, w in named])
    return spread, [_column_role(ctx, w, public_list) for w in spread]


def _header_continued(ctx: _Ctx, pos: int, sep: str, cut: bool, last: str) -> list[tuple[int, int]]:
    """The cells of the line at pos if it goes on with a header broken over lines: header words only
    ("   恢复原因    恢复时间    社保卡金融账号"; the first may end a word cut, "款日期", or the
    header's last word, "残疾类别及等⏎级"), else []."""
    text = ctx.text
    if pos >= len(text) or ctx.is_row(pos):
        return []
    end = _line_end(text, pos)
    # (Worked out once per text for each line and header end: a header repeats on each page.)
    key = (text[pos:end], sep, cut, last)
    offsets = ctx.continuations.get(key)
    if offsets is None:
        more = _continuation(ctx, pos, end, sep, cut, last)
        offsets = ctx.continuations[key] = [(s - pos, e - pos) for s, e in more]
    return [(s + pos, e + pos) for s, e in offsets]


def _continuation(ctx: _Ctx, pos: int, end: int, sep: str, cut: bool, last: str) -> list[tuple[int, int]]:
    """_header_continued on the line from pos to end, by its text alone."""
    text = ctx.text
    if (
        end - pos > 120
        or not _HAN_FIRST.match(text, pos, end)  # a row opens with its serial number, a header with a word
        or _NOT_HEADER.search(text, pos, end)
        or "：" in text[pos:end]
    ):
        return []
    more = [(s, e) for s, e in _split_cells(text, pos, end, sep) if e > s]
    if not more or not all(e - s <= 14 and _HAN_CHAR.match(text, s) for s, e in more):
        return []
    cut = cut or (more[0][1] - more[0][0] <= 2 and _known_header(last + text[slice(*more[0])]))
    rest = more[1:] if cut else more
    if (
        cut
        and last.count("（") > last.count("）")
        and text[slice(*more[0])].endswith("）")
        and all(e - s <= 8 for s, e in rest)
    ):
        return more  # "补助资金（⏎元） 验收结论": the bracket the header's last word left open is closed
    if not rest:
        return more if cut and _HAN_RUN.fullmatch(text, *more[0]) else []
    # Most of the words are known headers ("车牌号码" is not, "补贴金额（元）" is), or one at least
    # after a word cut at the line's end ("…| 借⏎款日期 | 到期日期 | 逾期本金（元） | 担保人").
    known = [_known_header(text[s:e]) for s, e in rest]
    # Under a header parted by spaces, an indented line of words is the header's last columns set
    # under the first ("    补偿金额合计（元）  补偿方式"): half of them known will do.
    half = sep == "ws" and text[pos] in " 　" and 2 * sum(known) == len(rest)
    if not (sum(known) >= 1 if cut else 2 * sum(known) > len(rest) or half):
        return []
    # A row's values are no header: "张三,妻子,李四,青云村3组" under "户主姓名,…".
    if any(
        not k and _pick_name(text[s:e]) == e - s and _valid_name(ctx, text[s:e])
        for (s, e), k in zip(rest, known, strict=True)
    ):
        return []
    return more


def _drop_public_names(ctx: _Ctx) -> None:
    """Forget the names found inside a public list's table, whichever rule found them ("1，张三，女，")."""
    spans = ctx.public_tables
    ctx.found = [f for f in ctx.found if f[3] != "name" or not any(s <= f[0] < e for s, e in spans)]


def _lines_back(text: str, ls: int, n: int) -> int:
    """Start of the line n lines above the line starting at ls (or 0)."""
    for _ in range(n):
        if ls <= 0:
            return 0
        ls = text.rfind("\n", 0, ls - 1) + 1
    return ls


_SPACED_NAME = re.compile(rf"[{_HAN}][ 　]{{1,3}}[{_HAN}]")
_SPACED_THREE = re.compile(rf"[{_HAN}]([ 　]{{1,2}})[{_HAN}]\1[{_HAN}]")


def _form_pairs(cells: list[str]) -> bool:
    """Whether cells after a name label read value, label, value ("禤俊", "性别", "男")."""
    value, label, other = cells

    def headerish(cell: str) -> bool:
        return any(p.search(cell) for p in _HEADER_WORD_PATTERNS)

    return (
        _HAN_RUN.fullmatch(value) is not None
        and 2 <= len(value) <= 3
        and value not in _HEADER_WORDS
        and not headerish(value)
        and headerish(label)
        and not headerish(other)
    )


# "（按户主姓名、身份证号码、住址…顺序排列）": the order of the fields of the numbered rows below
# ("1、张三，6401…，某村3组，…").
_ORDER_NOTE = re.compile(
    r"[ \t　]*[（(]?(?:按|依次为|以下依次为)([^（）()\n]{4,80}?)(?:的)?(?:顺序)?排列[）)]?[。:：]?[ \t　]*"
)
_ROW_LEAD = re.compile(rf"[ \t　]*(?:{_ROW_ENUM})?[ \t　]*")


def _ordered_rows(ctx: _Ctx, order: re.Match[str], le: int) -> None:
    text = ctx.text
    headers = [h.strip() for h in order.group(1).split("、")]
    roles = [_column_role(ctx, h, False) for h in headers]
    if len(headers) < 3 or not any(r is not None for r in roles):
        return
    pos = le + 1
    while pos < len(text):
        end = _line_end(text, pos)
        lead = _ROW_LEAD.match(text, pos, end)
        start = lead.end() if lead else pos
        line = text[start:end]
        sep = "，" if "，" in line else "," if "," in line else None
        if sep is None or not line.strip():
            break
        cells = _split_cells(text, start, end, sep)
        if len(cells) < 3:
            break
        ctx.rows[pos] = (cells, headers[: len(cells)])
        for (s, e), role in zip(cells, roles, strict=False):
            if role is not None and e > s:
                # A row's last cell ends with the row's "；" or "。".
                while e > s and text[e - 1] in "；;。":
                    e -= 1
                _table_cell(ctx, role, s, e)
        pos = end + 1


# A table copied from a PDF or a web page one cell a line: the header's words, then each row's
# values, as many lines a row as the header has ("序号⏎姓名⏎身份证号码⏎住址⏎1⏎张三⏎6401…⏎某村3组").
# A unit in Latin letters may close it: "身高（cm）", "建筑面积(m²)", "体温（℃）".
# A column of one character, "村" or "组" beside "乡镇", is a header word too.
_ONE_WORD = re.compile(
    rf"[ \t　]*([{_HAN}（）()/㎡%％]{{2,14}}(?:[（(][A-Za-z²³/℃]{{1,4}}[)）])?|[村组])[ \t　]*"
)
_SERIAL = re.compile(r"[ \t　]*[0-9]{1,4}[ \t　]*")


# A column of one character: the village ("村") or the group ("组") of a household in a rural list.
_ONE_CHAR_HEADERS = frozenset({"村", "组"})


def _header_word(text: str, ls: int, le: int) -> str | None:
    m = _ONE_WORD.fullmatch(text, ls, le)
    if m is None:
        word = text[ls:le].strip(" \t　")
        return word if word in _ONE_CHAR_HEADERS else None
    return m.group(1)


@functools.lru_cache(maxsize=4096)
def _known_header(word: str) -> bool:
    return (
        word == "序号"
        or word in _HEADER_WORDS
        or word in _LABEL_HEADERS
        or word in _SCREENING_HEADERS  # "高危因素", "检查结果": a finding's column
        or any(p.search(word) for p in _HEADER_WORD_PATTERNS)
        # How a thing is done, a column of a compensation or a payment list: "补偿方式", "发放方式".
        or (word.endswith("方式") and len(word) <= 6)
    )


def _next_filled(text: str, pos: int) -> int:
    """The start of the first line from pos on that is not blank."""
    while pos < len(text) and not text[pos : _line_end(text, pos)].strip():
        pos = _line_end(text, pos) + 1
    return pos


def _serial_rows(text: str, pos: int, width: int) -> bool:
    """Whether the one-cell lines from pos on begin with row "1" and, a header's width on (less
    a row's last empty cells, left blank, or plus a few lines of cells a narrow column wrapped), row "2"."""
    pos = _next_filled(text, pos)
    if text[pos : _line_end(text, pos)].strip() != "1":
        return False
    for n in range(1, width + 5):
        pos = _next_filled(text, _line_end(text, pos) + 1)
        if text[pos : _line_end(text, pos)].strip() == "2":
            return n >= width - 2
    return False


# A row's number that is a code: a prefix of letters, then digits ("LH2024-0003", "XF20250149").
_CODED_SERIAL = re.compile(r"[ \t　]*([A-Z]{1,4})[0-9]{2,10}(?:[-－][0-9]{1,6})?[ \t　]*")
# Or a work order's number under "工单编号": digits after the year ("2024062200691"; no ID opens with 20).
_DATED_SERIAL = re.compile(r"[ \t　]*()20[0-9]{2}[0-9]{8,14}[ \t　]*")


def _coded_rows(text: str, pos: int, width: int, codes: re.Pattern[str] = _CODED_SERIAL) -> bool:
    """Whether the one-cell lines from pos on open with a coded number (_CODED_SERIAL) and, a header's
    width on (less a row's last empty cells, or plus a few lines of wrapped cells), another with the same
    letters."""
    pos = _next_filled(text, pos)
    first = codes.fullmatch(text, pos, _line_end(text, pos))
    if first is None:
        return False
    for n in range(1, width + 5):
        pos = _next_filled(text, _line_end(text, pos) + 1)
        again = codes.fullmatch(text, pos, _line_end(text, pos))
        if again is not None and again.group(1) == first.group(1):
            return n >= width - 2
    return False


def _header_again(text: str, pos: int, headers: list[str]) -> int:
    """The position after the header's words, one a line, repeated from pos on (a page's top, blank lines
    between them too); else 0."""
    for word in headers:
        pos = _next_filled(text, pos)
        end = _line_end(text, pos)
        if text[pos:end].strip() != word:
            return 0
        pos = end + 1
    return pos


def _next_number(text: str, pos: int, number: str, numbers: re.Pattern[str]) -> bool:
    """Whether the line at pos holds the number of the row after row `number` ("3" after "2"; any code
    of a coded table): not a count in a cell ("核定人数" 3 in row 1)."""
    value = text[pos : _line_end(text, pos)].strip()
    if numbers is _SERIAL:
        return value.isdigit() and number.isdigit() and int(value) == int(number) + 1
    return numbers.fullmatch(value) is not None


def _blank_cells(text: str, pos: int, headers: list[str], numbers: re.Pattern[str]) -> bool:
    """Whether the row from its number at pos to the next row's holds blank lines that are its empty
    cells: blank lines between its values, which counted with them are no more than the header's width
    ("1⏎某公司⏎⏎⏎9132…⏎…⏎2", "2⏎⏎郝秀⏎妻⏎1306…⏎⏎⏎3")."""
    width = len(headers)
    number = text[pos : _line_end(text, pos)].strip()
    values: list[str] = []
    while pos < len(text) and len(values) <= width + 1:
        end = _line_end(text, pos)
        if values and (_next_number(text, pos, number, numbers) or text[pos:end].strip() == headers[0]):
            break
        values.append(text[pos:end].strip())
        pos = end + 1
    while values and not values[-1]:
        values.pop()
    return len(values) <= width and "" in values


def _cells_ahead(text: str, pos: int, width: int) -> bool:
    """Whether a whole row of short one-cell lines follows pos (a blank line between a table's rows,
    not its end: the next paragraph is a sentence)."""
    for _ in range(width):
        end = _line_end(text, pos)
        value = text[pos:end].strip()
        if not value or len(value) > 30 or _CELL_STOP.search(value):
            return False
        pos = end + 1
    return True


_CELL_STOP = re.compile("[：:。]")


def _first_row_at(ctx: _Ctx, words: list[str], nxt: int = -1) -> int:
    """Where a header without a serial column ends and its first row begins, when the row's first
    words read as words too ("姓名⏎与申请人关系⏎身份证号码⏎…⏎张三⏎长子⏎3201…"): the first number, which
    ended the words, lies under its column, and the row's name under the name column. 0 if none."""
    name = next((i for i, w in enumerate(words) if _NAME_HEADER.search(w)), -1)
    if name < 0:
        return 0
    if name + 1 < len(words) and "关系" in words[name + 1]:
        # A member's name, then their relation, under "姓名⏎与申请人关系" ("…⏎就业/就学情况⏎黄杰⏎次子⏎13⏎…"):
        # the row begins there, whatever number follows.
        for at in range(2 * name + 2, len(words) - 1):
            value = words[at]
            if (
                words[at + 1] in _KIN
                and not _known_header(value)
                and (_pick_name(value, True) == len(value) or _four_character_name(value) or "·" in value)
            ):
                return at - name
    if nxt >= 0 and not _ROW_NUMBER.search(ctx.text, nxt, _line_end(ctx.text, nxt)):
        # The line that ended the words is no number ("02-23 19:32" under "时间⏎呼救人⏎呼救电话⏎…⏎送往"):
        # the words are all the header's.
        return 0
    # (The first number's column is the first of the number labels that gives a row with a name:
    # "证件类型⏎证件号码": the type, "居民身份证", is a word, the number lies under 证件号码.)
    for number in (i for i, w in enumerate(words) if _LABEL_RE.search(w)):
        cut = len(words) - number
        if cut <= max(number, name, 2) or cut + name >= len(words):
            continue
        value = words[cut + name]
        if value in _KIN or _known_header(value):
            continue
        if _pick_name(value, True) == len(value) or _four_character_name(value) or "·" in value:
            return cut
    return 0


_ROW_NUMBER = re.compile(r"[0-9*＊]{6}")


def _periodic_cut(ctx: _Ctx, words: list[str], lines: list[tuple[int, int]]) -> int:
    """Where a header without a serial column ends when the first row's first cells read as words
    too ("村⏎用水户⏎节水面积(亩)⏎…⏎补贴金额(元)⏎半月里村⏎林英⏎4.6⏎…⏎大京村⏎蓝梅"): the cut c after
    which the next rows' first cells, c lines apart, end as the first row's does, and the row's cell
    under the name column reads as a name. 0 if none."""
    text = ctx.text
    name = next((i for i, w in enumerate(words) if _NAME_HEADER.search(w)), -1)
    if name < 0:
        return 0
    for cut in range(len(words) - 1, 2, -1):
        if cut + name >= len(words) or name >= cut:
            continue
        first, value = words[cut], words[cut + name]
        if not (_pick_name(value, True) == len(value) or _four_character_name(value)) or _known_header(value):
            continue
        pos, ok = lines[cut][0], 0
        for _ in range(2):
            for _ in range(cut):
                pos = _line_end(text, pos) + 1
            if pos >= len(text):
                break
            cell = text[pos : _line_end(text, pos)].strip()
            if not cell or cell[-1] != first[-1] or abs(len(cell) - len(first)) > 3:
                return 0
            ok += 1
        if ok:
            return cut
    return 0


def _rows_confirm(text: str, pos: int, headers: list[str], roles: list[str | None]) -> bool:
    """Whether the rows below a header of words it does not all know show the table: the first three rows,
    a header's width of filled lines each, open with cells of one shape ("1日", "2日"; "1", "2") and hold a
    name under the name column ("日期⏎姓名⏎岗位⏎体温（℃）⏎…⏎晨检人⏎1日⏎王浩然⏎服务员⏎…")."""
    if "name" not in roles:
        return False
    name, width = roles.index("name"), len(headers)
    firsts: list[str] = []
    named = 0
    for _ in range(3):
        cells: list[str] = []
        for _ in range(width):
            end = _line_end(text, pos)
            value = text[pos:end].strip()
            if not value or len(value) > 30 or pos >= len(text):
                return False
            cells.append(value)
            pos = end + 1
        value = cells[name]
        if _known_header(value):
            return False
        # (A transliterated name written without its dot, "阿不都热依木如孜", may read as none: two of three.)
        named += _pick_name(value, True) == len(value) or _four_character_name(value) or "·" in value
        firsts.append(cells[0])
    shapes = {re.sub("[0-9]+", "0", first) for first in firsts}
    return named >= 2 and len(shapes) == 1 and not _known_header(firsts[0])


def _vertical_table(ctx: _Ctx, ls: int, given: tuple[list[str], list[tuple[int, int]]] | None = None) -> None:
    """A table one cell a line below its header: the header's words one a line, or (given) one line of
    words above rows one cell a line ("序号 户主 人口 迁出地 安置房号⏎1⏎蔡美⏎3⏎…")."""
    text = ctx.text
    headers: list[str]
    lines: list[tuple[int, int]]
    if given is not None:
        headers, lines = list(given[0]), list(given[1])
        start, pos = ls, _line_end(text, ls) + 1
    else:
        # The header's first line: walk up over header words.
        start = ls
        while start > 0:
            prev = text.rfind("\n", 0, start - 1) + 1
            if _header_word(text, prev, start - 1) is None:
                break
            start = prev
        headers, lines = [], []
        pos = start
        while pos < len(text):
            end = _line_end(text, pos)
            word = _header_word(text, pos, end)
            rest = text[pos:end].strip()
            if (
                word is None
                and headers
                and headers[-1].count("（") > headers[-1].count("）")
                and _UNIT_REST.fullmatch(rest)
            ):
                # A word a narrow column wrapped before its unit's bracket closed ("月保障金（元⏎）").
                headers[-1] += rest
                lines[-1] = (lines[-1][0], end)
                pos = end + 1
                continue
            if word is None:
                break
            headers.append(word)
            lines.append((pos, end))
            pos = end + 1
    if "序号" in headers:
        # The serial column opens the header: a short title above it is not a column.
        first = headers.index("序号")
        headers, lines = headers[first:], lines[first:]
        start = lines[0][0]
    elif given is None and "姓名" in headers[1:]:
        # A form's table of members one cell a line ("…⏎困难类型⏎因灾⏎家庭成员情况⏎姓名⏎与申请人关系⏎年龄⏎…"):
        # the form's labels and values above its 姓名 are not columns, when known words follow it.
        first = headers.index("姓名", 1)
        if not _known_header(headers[first - 1]) and all(
            _known_header(h) for h in headers[first : first + 3]
        ):
            headers, lines = headers[first:], lines[first:]
            start = lines[0][0]
    if headers and "序号" not in headers:
        if (
            len(headers) > 3
            and len(headers[0]) > 4
            # (A section's title may hold a header's word: "家庭成员情况" above "姓名", "与申请人关系".)
            and (not _known_header(headers[0]) or headers[0].endswith("情况"))
            and _known_header(headers[1])
        ):
            headers, lines = headers[1:], lines[1:]  # a title above the header ("家庭成员基本情况")
            start = lines[0][0]
        nxt = _next_filled(text, pos)
        # A row's coded number right below the words ("LH2024-0003") ends the header there.
        cut = (
            0
            if _CODED_SERIAL.fullmatch(text, nxt, _line_end(text, nxt))
            else _first_row_at(ctx, headers, nxt)
        )
        cut = cut or _periodic_cut(ctx, headers, lines)
        if cut:
            headers, lines, pos = headers[:cut], lines[:cut], lines[cut][0]
    public_list = (
        ctx.published and _PUBLIC_LIST.search(text, _lines_back(text, start, _TITLE_LINES), start) is not None
    )
    roles = _agent_roles(headers, _grade_roles(headers, [_column_role(ctx, h, public_list) for h in headers]))
    serial = bool(headers) and headers[0].endswith("序号")  # "序号", "摇号序号"
    # Rows numbered "1", "2" a header's width apart show the table, whatever its other headers say
    # ("不动产坐落", "单元号", "用途" are not words the header rules know).
    counted = serial and _serial_rows(text, pos, len(headers))
    # Or numbered by a code under a "…号" column ("轮候号": "LH2024-0003", "LH2024-0004").
    coded = bool(headers) and headers[0].endswith("号") and _coded_rows(text, pos, len(headers))
    numbers = _CODED_SERIAL if coded else _SERIAL
    if not coded and bool(headers) and headers[0].endswith("编号"):
        coded = _coded_rows(text, pos, len(headers), _DATED_SERIAL)
        numbers = _DATED_SERIAL if coded else _SERIAL
    serial = serial or coded
    counted = counted or coded
    if any(
        roles[i - 1] == "name"
        and not _known_header(h)
        and not h.endswith(("人", "者", "号", "码"))
        and ((_pick_name(h) == len(h) and _valid_name(ctx, h)) or _four_character_name(h))
        and h not in _KIN
        for i, h in enumerate(headers)
        if i
    ):
        # "代理人姓名⏎张三⏎代理人电话", "申请人⏎哈斯巴根⏎性别": a form's label and its value, one a line
        return
    if (
        len(headers) < 3
        or (
            sum(1 for h in headers if _known_header(h)) < (2 if counted else max(3, len(headers) // 2 + 1))
            and not _rows_confirm(text, pos, headers, roles)
        )
        or not any(r in ("name", "address", "party") for r in roles)
        or ctx.is_row(start)
    ):
        return
    if serial:
        nxt = _next_filled(text, pos)
        nxt_end = _line_end(text, nxt)
        if not numbers.fullmatch(text, nxt, nxt_end) and not (
            _SERIAL_FIRST.match(text, nxt, nxt_end)
            and len(_split_cells(text, nxt, nxt_end, "ws")) == len(headers)
        ):
            return  # a list of words, not a header above numbered rows (one a line, or whole on a line)
    if given is not None:
        ctx.rows[ls] = (lines, headers)
    else:
        for (s, e), h in zip(lines, headers, strict=True):
            ctx.rows[s] = ([(s, e)], [h])
    # A column whose header no rule knows ("晨检人"): names if its values read so (_guessed_names).
    guessed: dict[int, list[tuple[int, int]]] = (
        {}
        if public_list
        else {
            i: []
            for i, (role, h) in enumerate(zip(roles, headers, strict=True))
            if role is None and _may_name(ctx, h)
        }
    )
    blank_cells = False
    number = ""  # the row's serial number
    col = 0
    while pos < len(text):
        end = _line_end(text, pos)
        value = text[pos:end].strip()
        if not value:
            if serial:
                nxt = _next_filled(text, pos)
                nxt_end = _line_end(text, nxt)
                if col and blank_cells and not _next_number(text, nxt, number, numbers):
                    # An empty cell inside a row (a person's 法定代表人, a member's 户主): the next value
                    # is the next column's.
                    col = (col + 1) % len(headers)
                elif col and numbers.fullmatch(text, nxt, nxt_end):
                    col = 0  # a row whose last cells are empty, then the next row's number
                elif col == 1 and text[nxt:nxt_end].strip() != headers[0] and _cells_ahead(text, nxt, 1):
                    # An empty cell right after the row's number: a household member's 户主 cell
                    # ("2⏎⏎张三⏎妻⏎…"). (Elsewhere a blank line may be a page break's.)
                    col += 1
            elif col or not _cells_ahead(text, end + 1, len(headers)):
                break  # without a serial column, a blank line ends the table (unless whole rows follow)
            pos = end + 1
            continue
        if value == headers[0]:
            after = _header_again(text, pos, headers)
            if after:
                pos, col = after, 0  # the header repeated at the top of the next page: rows go on below
                continue
        if col == 0 and serial and not numbers.fullmatch(text, pos, end):
            row = _split_cells(text, pos, end, "ws") if _SERIAL_FIRST.match(text, pos, end) else []
            if len(row) != len(headers):
                break  # the next heading ("三、停保户"), not a row's serial number
            # A row whole on its line, its cells parted by blanks, among rows one cell a line (a PDF's
            # text copied a row at a time, some rows at least).
            ctx.rows[pos] = (row, headers)
            for (cs, ce), role in zip(row, roles, strict=True):
                if role is not None:
                    _table_cell(ctx, role, cs, ce)
            pos = end + 1
            continue
        if col == 0 and serial:
            number = value
            blank_cells = _blank_cells(text, pos, headers, numbers)
            if not blank_cells:
                cells = _row_cells(text, pos, headers, number, numbers)
                if cells is not None:
                    # A row whose cells wrapped or vanished: each cell read whole, under its column.
                    for i, (cell, header, role) in enumerate(zip(cells, headers, roles, strict=True)):
                        if cell is None:
                            continue
                        cs, ce = cell
                        line_at = text.rfind("\n", 0, cs) + 1
                        while line_at <= ce:  # each line the cell spans is the cell's
                            ctx.rows[line_at] = ([(cs, ce)], [header])
                            line_at = _line_end(text, line_at) + 1
                        if role is not None:
                            _table_cell(ctx, role, cs, ce)
                        elif i in guessed and "\n" not in text[cs:ce]:
                            guessed[i].append((cs, ce))
                    pos = max(cell[1] for cell in cells if cell is not None) + 1
                    continue
        if (len(value) > 60 and not (serial and col and len(value) <= 200)) or _TABLE_FOOT.match(value):
            # Not a cell: a paragraph, or the table's note ("说明：…", "填报单位：…"). (Inside a numbered
            # row, a long cell is the row's: a 12345 order's 诉求内容.)
            break
        if (col == 0 and not serial and value.endswith(_FORM_PART_ENDS)) or (
            "：" in value and ("  " in value or "　" in value)
        ):
            # The form's next part below its table of members ("申请理由", "审核意见"), or its fields side
            # by side ("申请人签字：周俊杰    日期：…"), not a cell.
            break
        if len(value) >= 6 and value.endswith(_FORM_TITLE_ENDS):
            break  # the form's title again at the top of its next page ("郧西县最低生活保障审批表")
        lead = len(text[pos:end]) - len(text[pos:end].lstrip())
        cs, ce = pos + lead, pos + lead + len(value)
        ctx.rows[pos] = ([(cs, ce)], [headers[col]])
        role = roles[col]
        if role is not None:
            _table_cell(ctx, role, cs, ce)
        elif col in guessed:
            guessed[col].append((cs, ce))
        col = (col + 1) % len(headers)
        pos = end + 1
    for i, spans in guessed.items():
        _guessed_names(ctx, headers[i], spans)


_FORM_TITLE_ENDS = ("审批表", "申请表", "登记表", "审核表", "花名册", "台账")
_FORM_PART_ENDS = ("理由", "意见", "情况说明", "审核", "审批")
_TABLE_FOOT = re.compile("(?:说明|注|附注|填表说明|填报说明|填报单位|制表单位|制表人|填表人)[：:]")
_UNIT_REST = re.compile("[元㎡%％/月人户亩天]{0,3}）")


def _row_cells(
    text: str, pos: int, headers: list[str], number: str, numbers: re.Pattern[str]
) -> list[tuple[int, int] | None] | None:
    """The cells of the row numbered at pos, read whole to the next row's number, when it holds more or
    fewer lines than the header has words. More: a narrow column wrapped some cells ("泸水市六库街道穿城路
    245号滨江⏎花园16栋1单元104室", "43092319900128⏎1110"), and the lines that continue the line above
    (_continues) are joined to it, as many as the row has lines too many. Fewer: empty cells vanished, and
    the values are put under the columns they fit (_aligned_cells; None for an empty cell). None when the
    row has as many lines as words, or cannot be told so (then it is read one cell a line)."""
    width = len(headers)
    lines: list[tuple[int, int]] = []
    ended = last = False
    p = pos
    while p < len(text) and len(lines) <= width + 4:
        e = _line_end(text, p)
        value = text[p:e].strip()
        if (
            value
            and len(lines) >= width - 3
            and (
                value == headers[0]
                or (
                    _next_number(text, p, number, numbers)
                    # (Before a row's last cells, only when it opens a row: _early_row_end.)
                    and (
                        len(lines) >= width - 1 or _early_row_end(text, e + 1, value, numbers, lines, headers)
                    )
                )
            )
        ):
            ended = True
            break
        if (
            not value
            or len(value) > 60
            or _TABLE_FOOT.match(value)
            or "。" in value
            or _FOOT_LABEL.match(value)
            or text.startswith("　　", p)
            # (A foot's fields side by side: "殡仪馆：兴国县殡仪馆  咨询电话：0797-…".)
            or ("：" in value and "  " in value)
        ):
            ended = True  # the table's end, its foot or the next paragraph: its last row ends here
            last = True
            break
        if lines and value.isdigit() and number.isdigit() and int(value) < int(number):
            # A page's number between two rows, the running title below it ("…⏎1⏎某公司2024年第四季度…
            # 台账…⏎8"): not the row's.
            title_at = e + 1
            title = text[title_at : _line_end(text, title_at)].strip()
            if (len(title) > 8 and title in text[: _lines_ahead(text, 3)]) or title.endswith("…"):
                p = _line_end(text, title_at) + 1
                continue
        lines.append(
            (p + len(text[p:e]) - len(text[p:e].lstrip()), e - (len(text[p:e]) - len(text[p:e].rstrip())))
        )
        p = e + 1
    extra = len(lines) - width
    if p >= len(text):
        ended = last = True
    if -3 <= extra <= 0 and ended:
        # A number a narrow column broke ("430923********5⏎07X") in a row whose empty cells vanished: the
        # line count alone does not show it.
        broken = {
            i
            for i in range(2, len(lines))
            if _continues(text, lines[i - 1], lines[i], 0) >= 5
            and _NUMBERISH.fullmatch(text, *lines[i])
            # (Masked, or an ID whole once joined: not a 15-digit ID and an age, "522732240713810⏎100".)
            and (
                "*" in text[lines[i - 1][0] : lines[i][1]]
                or (
                    lines[i - 1][1] - lines[i - 1][0] + lines[i][1] - lines[i][0] == 18
                    and _is_id_card(
                        text[lines[i - 1][0] : lines[i - 1][1]] + text[lines[i][0] : lines[i][1]], "99991231"
                    )
                )
            )
        }
        if broken:
            joined: list[tuple[int, int]] = []
            for i, (ls, le) in enumerate(lines):
                joined.append((joined.pop()[0], le) if i in broken else (ls, le))
            lines = joined
            extra = len(lines) - width
    if -3 <= extra < 0 and ended:
        return _aligned_cells(text, lines, headers)
    if extra <= 0 or extra > 4 or not ended:
        return None
    # A narrow column wraps its long cells at its width: the widest lines of the row are the likeliest cut.
    widest = max(_display_width(text, ls, le) for ls, le in lines)
    scored = sorted(
        ((_continues(text, lines[i - 1], lines[i], widest), i) for i in range(2, len(lines))), reverse=True
    )
    # (The table's last row, whose end no next number marks, only by surer joins: the lines below may
    # be a foot the rules above did not tell.)
    if (
        headers[1].endswith("姓名")
        and not headers[2].endswith("姓名")
        and _HAN_RUN.fullmatch(text, *lines[1])
        and 2 <= lines[1][1] - lines[1][0] <= 3
        and _HAN_RUN.fullmatch(text, *lines[2])
        and lines[2][1] - lines[2][0] <= 2
        and text[lines[2][0] : lines[2][1]] not in _NOT_NAME_REST
        and not text[lines[2][0] : lines[2][1]].endswith("族")
    ):
        # A four-character name the narrow name column cut ("索南措⏎吉", "欧阳艳⏎婷"), not the next
        # column's sex, relation or nation.
        scored = sorted([*(item for item in scored if item[1] != 2), (2, 2)], reverse=True)
    joins = {i for score, i in scored[:extra] if score > (1 if last else 0)}
    if len(joins) < extra:
        return None
    cells: list[tuple[int, int]] = []
    for i, (ls, le) in enumerate(lines):
        if i in joins:
            cells[-1] = (cells[-1][0], le)
        else:
            cells.append((ls, le))
    return list(cells)


def _early_row_end(
    text: str,
    pos: int,
    number: str,
    numbers: re.Pattern[str],
    lines: list[tuple[int, int]],
    headers: list[str],
) -> bool:
    """Whether the next row's number, found before the row has all its cells (empty ones vanished), opens
    the next row and is no count in a cell: the lines after it begin as this row's do (a village, a
    name, an ID), or, failing that, no amount follows it ("工日" 7 in row 6, then the pay, "1050.00"),
    the row it opens is no longer than the header is wide and the number does not stand again where
    this row would be whole ("2⏎某村⏎刘丽娟⏎6107…⏎3⏎户籍迁出⏎3⏎某村⏎周志强": 人数 3, then row 3)."""
    width = len(headers)
    ahead: list[str] = []
    p = pos
    while p < len(text) and len(ahead) < 3:
        end = _line_end(text, p)
        ahead.append(_value_kind(text[p:end].strip()))
        p = end + 1
    if len(lines) >= 4 and ahead == [_value_kind(text[ls:le]) for ls, le in lines[1:4]]:
        return True
    return (
        not _AMOUNTISH.fullmatch(text[pos : _line_end(text, pos)].strip() or "0")
        and width - 3 <= _row_length(text, pos, number, headers[0], numbers) <= width
        and not _again_at(text, pos, number, width - 1 - len(lines), width + 4 - len(lines))
    )


def _again_at(text: str, pos: int, value: str, low: int, high: int) -> bool:
    """Whether `value` fills a line from pos on, between the low-th and the high-th line (1 the first)."""
    for n in range(1, high + 1):
        if pos >= len(text):
            return False
        end = _line_end(text, pos)
        if n >= low and text[pos:end].strip() == value:
            return True
        pos = end + 1
    return False


def _row_length(text: str, pos: int, number: str, first: str, numbers: re.Pattern[str]) -> int:
    """How many lines the row numbered `number` would hold, from pos (after its number) to the next
    row's number or the table's end, counted with its number; -1 when it runs on too far (the number
    was a count in a cell: "1⏎某村⏎张三⏎2⏎一类⏎…⏎2⏎某村⏎李四…")."""
    count = 1
    while pos < len(text) and count <= 40:
        end = _line_end(text, pos)
        value = text[pos:end].strip()
        if (
            value == first
            or not value
            or "。" in value
            or _FOOT_LABEL.match(value)
            or _next_number(text, pos, number, numbers)
        ):
            return count
        count += 1
        pos = end + 1
    return count if pos >= len(text) else -1


def _value_kind(value: str) -> str:
    """What a cell holds, roughly: "id", "card", "phone", "num", "date", "grade", "place" or "text"."""
    if (
        value.isdigit()
        and 16 <= len(value) <= 19
        and not (len(value) == 18 and _is_id_card(value, "99991231"))
    ):
        return "card"  # (an 18-digit card, "622908833990315044", is no ID)
    if _ROW_ID_SHAPE.fullmatch(value):
        return "id"
    if _CARD_SHAPE.fullmatch(value):
        return "card"
    if _PHONE_SHAPE.fullmatch(value):
        return "phone"
    if _DATE_SHAPE.fullmatch(value):
        return "date"
    if _AMOUNTISH.fullmatch(value):
        return "num"
    if _GRADE_SHAPE.fullmatch(value):
        return "grade"
    if _PLACE_SHAPE.search(value):
        return "place"
    return "text"


def _column_kind(header: str) -> str:
    """What a column's cells hold, by its header (the kinds of _value_kind; "any" for a note's)."""
    for kind, pattern in _COLUMN_KINDS:
        if pattern.search(header):
            return kind
    return "text"


_ROW_ID_SHAPE = re.compile(r"[0-9]{6}[0-9*＊]{8,11}[0-9Xx*＊](?:[0-9]{2})?")
_CARD_SHAPE = re.compile(r"[0-9*＊]{4}(?:[ ]?[0-9*＊]{2,4}){3,4}[0-9]{0,3}")
_PHONE_SHAPE = re.compile(
    r"(?:\+?86[- ]?)?1[3-9][0-9][- ]?[0-9*＊]{4}[- ]?[0-9*＊]{4}|0[0-9]{2,3}[-－— ]?[0-9]{7,8}"
)
_DATE_SHAPE = re.compile(r"[0-9]{4}[-./年][0-9]{1,2}(?:[-./月][0-9]{1,2}日?)?")
_LOOSE_KINDS = frozenset({"text", "place", "grade"})
_GRADE_SHAPE = re.compile("[一二三四五六七八九十]{1,2}级|[1-9]级|[一二三四]等")
_PLACE_SHAPE = re.compile("(?:[镇乡村组社屯]|社区|街道|嘎查|[0-9]号)$")
_COLUMN_KINDS = (
    ("any", re.compile("备注|说明|其他|原因")),
    ("grade", re.compile("等级|级别")),
    ("place", re.compile("乡镇|乡（镇）|村|社区|街道|住址|地址|住所|户籍地|居住地")),
    ("id", re.compile("身份证|证件号|证号|身份号")),
    ("card", re.compile("账号|卡号|账户")),
    ("phone", re.compile("电话|手机|联系方式")),
    ("date", re.compile("日期|时间")),
    (
        "num",
        re.compile("金额|[（(]元|标准|人数|人口|面积|工日|数$|年龄|岁|费$|费用|[（(]㎡|[（(]亩|合计|小计"),
    ),
)


def _aligned_cells(
    text: str, lines: list[tuple[int, int]], headers: list[str]
) -> list[tuple[int, int] | None]:
    """A row with fewer values than the header has words (empty cells vanished from a PDF's text, a merged
    cell's group word above its sub-headers): each value put under the column whose kind it fits
    (_value_kind, _column_kind), in order, by the best alignment; the serial number under the first."""
    # (The row's number under the first column, always: the rest aligned under the others.)
    first, lines = lines[0], lines[1:]
    values = [_value_kind(text[ls:le].replace("\n", "")) for ls, le in lines]
    columns = [_column_kind(h) for h in headers[1:]]
    n, w = len(values), len(columns)
    # best[i][j]: the score of the first i values under the first j columns.
    low = -1e9
    best = [[low] * (w + 1) for _ in range(n + 1)]
    back: list[list[int]] = [[0] * (w + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(1, w + 1):
            skip = best[i][j - 1] - (0.1 if columns[j - 1] == "any" else 0.5)
            take = low
            if i:
                value, column = values[i - 1], columns[j - 1]
                # A value of a column's kind fits; text under a place's or a grade's column (or a place
                # or a grade under a text column) fits less well; any other pair is a misfit.
                fit = (
                    2.0
                    if value == column or column == "any"
                    else 0.5
                    if "text" in (value, column) and {value, column} <= _LOOSE_KINDS
                    else -2.0
                )
                take = best[i - 1][j - 1] + fit
            if take >= skip:
                best[i][j], back[i][j] = take, 1
            else:
                best[i][j], back[i][j] = skip, 0
    cells: list[tuple[int, int] | None] = [None] * w
    i, j = n, w
    while j:
        if back[i][j] and i:
            cells[j - 1] = lines[i - 1]
            i -= 1
        j -= 1
    return [first, *cells]


# A table's foot: its officials and the office's contacts ("填报人：某某    联系电话：0797-…").
_FOOT_LABEL = re.compile(
    "(?:联系人|联系电话|监督电话|咨询电话|举报电话|联系地址|通讯地址|地址|审核人|审批人|填报人|经办人|负责人|制表|合计|小计|总计)"
    "[：:]"
)
# The ends of a place's unit, which a wrapped address's last line closes with ("…滨江⏎花园16栋1单元104室").
_WRAP_UNIT_END = frozenset("号室组栋幢村社屯队")
_UNIT_START = re.compile("[室号栋幢组附]|单元|[0-9]+[室号栋幢组]|[）)]")


def _continues(text: str, above: tuple[int, int], line: tuple[int, int], widest: int) -> int:
    """How surely `line` is the wrapped rest of the cell on the line above (0: not at all); widest is the
    display width of the row's widest line."""
    a, b = text[above[0] : above[1]], text[line[0] : line[1]]
    if len(a) < 4 or "：" in b or ":" in b:
        return 0
    digits = a.replace(" ", "")
    if (
        # (Masked too: "360732**********6X⏎24", a 残疾人证号's grade digits cut off.)
        (
            digits.isdigit()
            or ("*" in digits and _MASKED_HEAD.fullmatch(digits) is not None and len(digits) + len(b) == 20)
        )
        and _ID_TAIL.fullmatch(b)
        and (
            15 <= len(digits) + len(b) <= 20
            or (len(digits) + len(b) == 11 and digits[0] == "1" and digits[1] in "3456789" and b.isdigit())
        )
    ):
        # An ID, a 残疾人证号, a card or a mobile broken in two ("52222819610518⏎****", "1788174⏎0659"),
        # not a mobile whole and the next cell's amount ("17954260327⏎2000").
        mobile_whole = len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789"
        if not mobile_whole or (len(digits) + len(b) == 18 and digits[:2] in PROVINCE_CODES):
            return 5
    if (
        ("*" in a or "＊" in a or (b[0] in "*＊" and len(digits) >= 6))  # (not an amount: "2000⏎****")
        and not _PHONE_SHAPE.fullmatch(a)  # (a phone whole, then the next cell: "191****2209⏎800")
        and _MASKED_PART.fullmatch(a)
        and _MASKED_PART.fullmatch(b)
        and not _PHONE_SHAPE.fullmatch(b)  # (the next cell: "****801⏎178****3469")
        and len(digits) + len(b.replace(" ", "")) <= 20
    ):
        # A masked ID or card a narrow column broke ("362133****⏎****1661", "621799**⏎*******0⏎897");
        # surest when the parts make an ID's length, its county code unmasked.
        return 5 if len(digits) + len(b) in (18, 20) and digits[:6].isdigit() else 4
    if _NUMBERISH.fullmatch(a) or _NUMBERISH.fullmatch(b):
        return 0  # a number is a cell of its own ("5206271983****5172⏎沿河土家族自治县夹")
    if a.count("（") + a.count("(") > a.count("）") + a.count(")"):
        return 5  # a bracket left open: "高危型HPV阳性（其他12⏎型）"
    if a[-1] in "、，,；;":
        return 4  # a list of names or members: "罗美英（配偶）、⏎罗翠仙（女儿）"
    if a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return 3  # a Latin word cut ("BI-RAD⏎S 3类")
    if b.startswith(("阳性", "阴性")) and not a.endswith(("阳性", "阴性")) and not _PLACE_WORD_IN.search(a):
        return 3  # a test's result under it ("HPV18型⏎阳性")
    place = _PLACE_WORD_IN.search(a) is not None
    if _UNIT_START.match(b) and (a[-1].isdigit() or place):
        return 3  # "…李家坪组⏎27号", "…3单元1401⏎室"
    if place and a[-1] in _WRAP_UNIT_END:
        return 0  # an address whole ("…6栋2单元802室"): the next line is the next cell
    if b[-1] in _WRAP_UNIT_END and place:
        return 3  # an address: its unit on the next line
    if place and _HOUSE_WORD.search(b):
        return 2  # "家族自治县和平街道⏎沙坨路219号锦江苑1"
    width = _display_width(text, *above)
    if width >= 12 and len(b) <= len(a) and not (len(b) <= 4 and _pick_name(b) == len(b)):
        # (Not before a name, a cell of its own: "用户拒绝整改，已书面告知⏎蓝勇".)
        # A long cell, then a line no longer: a wrapped word ("城镇低保住房困⏎难家庭"), a long address
        # cut at the column's width ("贵州省铜仁市沿河土⏎家族自治县黑水镇大⏎坝村新寨组").
        return 2 if width >= widest - 1 else 1
    return 0


_NOT_NAME_REST = frozenset(
    {
        "男",
        "女",
        "本人",
        "户主",
        "配偶",
        "妻",
        "夫",
        "子",
        "女儿",
        "儿子",
        "之子",
        "之女",
        "母亲",
        "父亲",
        "汉",
    }
)
_HOUSE_WORD = re.compile("[0-9][号栋幢室]|[村组]")


# (A 残疾人证号 is an ID and two digits: its X may stand third from the end, "…25217X33".)
_ID_TAIL = re.compile("[0-9*＊]+[0-9Xx*＊](?:[0-9]{2})?")
_NUMBERISH = re.compile("[0-9*＊Xx×]+")
_MASKED_PART = re.compile("[0-9*＊ ]*[0-9*＊][0-9Xx*＊]?")
_MASKED_HEAD = re.compile("[0-9]{6}[0-9*＊]{11}[0-9Xx*＊]")
_AMOUNTISH = re.compile("[-+0-9.,，*＊Xx×%％ ]+(?:元|万元|人|户|天|个月|月)?")
_PLACE_WORD_IN = re.compile("[省市县区镇乡村]|街道|社区|小区|花园|路|街")
_NOTED_NAME = rf"[{_HAN}·]{{2,16}}[（(][^）)]{{1,6}}[）)]"
_NOTED_LIST = re.compile(rf"{_NOTED_NAME}(?:[、，,；;]{_NOTED_NAME})*")
_NOTED_PART = re.compile(rf"([{_HAN}·]{{2,16}})[（(]")


# The last character of a shop's trade name (字号: "鑫盛歌厅", "何记民宿"), which a 个体户's penalty
# names where a person's name would stand.
_TRADE_END = frozenset("店馆厅宿坊铺吧市行社城庄园阁楼堂厂场部屋")


def _transliterated_name(ctx: _Ctx, value: str) -> bool:
    """A Mongolian, Tibetan or Uyghur name of five to ten characters written without a dot
    ("巴特尔朝克图", "乌云其其格"), where a slot holds a name: longer than any name _valid_name takes."""
    return (
        5 <= len(value) <= 10
        # "阿不都热合曼": 不 only in the Uyghur 阿不都 (Abdu), never alone (a word's).
        and all(c in TRANSLITERATION_CHARS for c in value.replace("阿不都", "阿都"))
        # Places of Inner Mongolia are spelt alike: "宝力根苏木" (a township), "朝克乌拉嘎查" (a village).
        and "嘎查" not in value
        and not value.endswith("苏木")
        and value not in ctx.config.public_names
    )


def _listed_owner(ctx: _Ctx, part: str) -> bool:
    """One of several names in a cell ("吉克子哈、吉克阿呷"): a plain name, no relation before it."""
    if _LIST_OWNER.fullmatch(part) is None:
        return False
    if "·" in part:
        return _pick_name(part) == len(part) and _valid_name(ctx, part)
    return _name_token(ctx, part, False) or _minority_name(ctx, part)


_LIST_OWNER = re.compile(rf"[{_HAN}·]{{2,16}}")


def _minority_name(ctx: _Ctx, value: str) -> bool:
    """A Yi name opening with its clan ("吉克么么"), or a Tibetan, Mongolian or Uyghur one of four to ten
    characters that transliterations use ("米玛群培", "达瓦德吉", "艾克拜尔买买提")."""
    if len(value) == 4 and value[:2] in YI_CLANS:
        return _four_character_name(value) and _valid_name(ctx, value)
    if len(value) == 4:
        return (
            all(c in TRANSLITERATION_CHARS for c in value)
            and _four_character_name(value)
            and _valid_name(ctx, value)
        )
    return _transliterated_name(ctx, value)


def _four_character_name(value: str) -> bool:
    """A Tibetan or Yi name ("普布次仁", "吉克石布"), where a slot holds a name: no surname list helps."""
    if len(value) == 4 and value[:2] in YI_CLANS and _HAN_RUN.fullmatch(value) is not None:
        # "俄底石者": a Yi clan, then the given name, which may end as a role does (者); not a place
        # ("阿克陶县").
        return value not in NOT_NAMES and value[-1] not in _PLACE_END and value[-1] not in _TRADE_END
    return (
        len(value) == 4
        and _HAN_RUN.fullmatch(value) is not None
        and "的" not in value  # "原告崔欣雪的诉讼请求"
        and value[-1] not in _ROLE_END
        and value[-1] not in _PLACE_END
        and value[-1] not in _TRADE_END
        and value not in NOT_NAMES
        and not any(p.search(value) for p in _HEADER_WORD_PATTERNS)
    )


# The rest of a row's last cell that a PDF wrapped onto the next line, under the cell's own column:
# "…  大安镇太平村⏎<padding>一组10号" (the padding at least as wide as the cell's column start).
_WRAPPED_CELL = re.compile(r"([ \t　]+)([^\s　]{1,24})[ \t　]*$", re.M)


# A person's home in brackets right after their name or their family's ("村民张三（某镇某村11组）常年患…",
# "其家（某县某街道云江大道125号）的自来水…"); a PDF's line may break it.
# (A person's sex may open it: "2. 张三（女，某村梨园村民小组）：…".)
_BRACKETED_HOME = re.compile(
    rf"[（(](?:[男女][，,、])?((?:[{_HAN}0-9A-Za-z\-－#·]|\n(?=[{_HAN}0-9])){{4,48}}?)[）)]"
)
_AGED_VILLAGER = re.compile(rf"岁[，,]([{_HAN}0-9\-]{{3,40}}?)(?:村民|居民)(?![代小组委])")
_HOME_BEFORE = re.compile(r"(?:[其我你您他她]家|家中|住在|住家)$")
# (Or a villager named in prose, whose name a later pass reads: "村民张三（…）".)
_VILLAGER_BEFORE = re.compile(rf"(?:村民|群众|居民|牧民|农户|老人|患者|户主)([{_HAN}·]{{2,12}})$")


# What may stand right before a name that opens an item or a clause.
_ITEM_OPENERS = frozenset("\n。；;，,：:、）). \t　")
_ROLE_PREFIX_BEFORE_HOME = re.compile("务工群众|群众|村民|居民|牧民|农户|申请人|对")


_DOCUMENT_ABOVE = re.compile("证件号码|身份证号|公民身份号码|护照号码")


def _home_in_brackets(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    name_ends: set[int] | None = None
    # (Past the block's ends: a PDF's line may break the bracket, whose 组 or 号 alone triggered the block.)
    lo = text.rfind("\n", 0, max(0, block_start - 1)) + 1
    for m in _BRACKETED_HOME.finditer(text, lo, min(len(text), block_end + 50)):
        if m.start() >= block_end:
            break
        if m.end() <= block_start:
            continue
        s, e = m.span(1)
        door_end = _last_door_end(text, s, e) or _last_place_end(text, s, e, _HOME_PLACE)
        if door_end != e or not _RESIDENTIAL.search(text, s, e) or _OFFICE_SEAT.search(text, s, e):
            continue
        if name_ends is None:
            name_ends = {f[4] for f in ctx.found if f[3] == "name"}
        villager = _VILLAGER_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if (
            m.start() in name_ends
            # "一、张三户（某村十一组），家庭人口1人": the home of the household its head names.
            or (text[m.start() - 1 : m.start()] == "户" and m.start() - 1 in name_ends)
            or _HOME_BEFORE.search(text, max(0, m.start() - 3), m.start())
            or (
                villager is not None
                and (_name_token(ctx, villager.group(1), True) or "·" in villager.group(1))
            )
        ):
            ctx.add("address", s, e)
            continue
        # A name that opens an item or a clause, then the home ("2. 董飞德（秦渠村八组）纳入…",
        # "（三）帕提古丽·艾力（某小区7栋1单元404室）到林业站来访反映", "务工群众俄底阿果（某村5组）").
        run = _RUN_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if run is None or (run.start() > 0 and text[run.start() - 1] not in _ITEM_OPENERS):
            continue
        if run.start() > 1 and text[run.start() - 1] == "\n" and text[run.start() - 2] not in _ITEM_OPENERS:
            continue  # a PDF's line wrapped mid-sentence ("购置商品⏎住房一套（坐落于…）")
        name_start = run.start()
        role = _ROLE_PREFIX_BEFORE_HOME.match(text, name_start, m.start())
        if role is not None:
            name_start = role.end()
        name = text[name_start : m.start()]
        if _slot_name(ctx, name) if "·" not in name else _name_token(ctx, name, True):
            ctx.add("name", name_start, m.start())
            ctx.add("address", s, e)


def _cell_parts_below(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The wrapped rest of a fixed-width table's cell text[s:e] that other cells follow on its line
    ("折家坪镇高家圪崂村  TSH偏高  已复查⏎                 5组"): the lines below holding one word at the
    cell's column, when the cell and they make a house-level address ending in them, else []."""
    nl = text.find("\n", e)
    if nl < 0 or not text.startswith((" ", "\t", "　"), nl + 1) or not text[e:nl].strip(" \t　"):
        # No indented line below; or the line's last cell, which _wrapped_door_end reads as one span.
        return []
    ls = text.rfind("\n", 0, s) + 1
    column = _display_width(text, ls, s)
    parts: list[tuple[int, int]] = []
    pos = nl + 1
    while len(parts) < 3:
        wrapped = _WRAPPED_CELL.match(text, pos)
        if (
            wrapped is None
            or wrapped.start() != pos
            or abs(_display_width(text, pos, wrapped.start(2)) - column) > 2
        ):
            break
        parts.append(wrapped.span(2))
        pos = wrapped.end() + 1
    if not parts:
        return []
    joined = text[s:e] + "".join(text[ps:pe] for ps, pe in parts)
    door = 0
    for match in _DOOR.finditer(joined):
        door = match.end()
    if door <= e - s:
        return []
    kept: list[tuple[int, int]] = []
    at = e - s
    for ps, pe in parts:
        if at >= door:
            break
        kept.append((ps, min(pe, ps + door - at)))
        at += pe - ps
    return kept


_CUT_DOOR = re.compile("[0-9]\n(?:号楼|号院|号|栋|幢|单元|室|组|社|村民小组|村民组|队)")


def _wrapped_door_end(text: str, s: int, e: int) -> int:
    """The end of the house number on the line after a last cell that has none, if that line holds
    only the cell's wrapped rest, else 0."""
    nl = text.find("\n", e)
    if nl < 0 or text[e:nl].strip(" \t　"):
        return 0  # not the line's last cell
    wrapped = _WRAPPED_CELL.match(text, nl + 1)
    if wrapped is None or len(wrapped.group(1)) < s - text.rfind("\n", 0, s) - 2:
        return 0
    return _last_door_end(text, wrapped.start(2), wrapped.end(2))


# An animal's death or illness in a livestock insurance claim or a culling list ("死亡原因：疾病（猪丹毒）"):
# the row's or the form's words say that animals are counted.
# (The words that count animals, which a row naming a cattle farm has not, stand alone in _ANIMAL_COUNT.)
_ANIMAL_COUNT_WORDS = "耳标|头/只|头（只）|存栏|出栏|病死"
_ANIMAL_WORDS = re.compile(f"{_ANIMAL_COUNT_WORDS}|养殖场|养殖户|牲畜|畜禽|生猪|母猪|肉牛|奶牛|肉羊|家禽")
_ANIMAL_COUNT = re.compile(_ANIMAL_COUNT_WORDS)


def _animal_columns(ctx: _Ctx, ls: int) -> bool:
    """Whether the row at ls counts animals: by its table's header, or by a cell of its own that is an
    animal's kind ("肉羊,3130624…等,2,疾病")."""
    if _animal_header(ctx, ls):
        return True
    le = _line_end(ctx.text, ls)
    return bool(_ANIMAL_COUNT.search(ctx.text, ls, le) or _ANIMAL_CELL.search(ctx.text, ls, le))


def _animal_header(ctx: _Ctx, ls: int) -> bool:
    """Whether the row at ls is under a header that counts animals ("耳标号", "死亡数量（头/只）")."""
    row = ctx.rows.get(ls)
    return row is not None and any(_ANIMAL_WORDS.search(h) for h in row[1])


_ANIMAL_CELL = re.compile(
    r"(?:^|(?<=[,，\t|]))[ 　\"]*(?:生猪|母猪|育肥猪|能繁母猪|肉牛|奶牛|肉羊|山羊|绵羊|牦牛|家禽)"
    r"[ 　\"]*(?=[,，\t|])",
    re.M,
)


def _about_animals(ctx: _Ctx, pos: int) -> bool:
    """Whether the row or the form field at pos is about animals (_ANIMAL_WORDS on its line or the table's
    header)."""
    text = ctx.text
    ls = text.rfind("\n", 0, pos) + 1
    return _ANIMAL_WORDS.search(text, ls, _line_end(text, pos)) is not None or _animal_header(ctx, ls)


_BARE_GROUP = re.compile("第?[0-9一二三四五六七八九十]{1,3}(?:组|社|队|村民小组|村民组)")


def _table_cell(ctx: _Ctx, role: str, s: int, e: int) -> None:
    value = ctx.text[s:e]
    if role in ("health", "health_reason") and _about_animals(ctx, s):
        return
    if role in ("health", "health_reason") and "name" in ctx.config.kinds:
        member = _MEMBER_IN_REASON.search(value)
        if (
            member is not None
            and not member.group(1).startswith(_NOT_MEMBER_NAME)
            and (
                _name_token(ctx, member.group(1), True)
                or _four_character_name(member.group(1))  # "家庭成员马者乃拜（…）": a Dongxiang name
            )
        ):
            # "其子柯毅患股骨头坏死", "子女李浩鹏外出务工收入超标": the member the reason is about, named
            # after the relation; the condition follows.
            ctx.add("name", s + member.start(1), s + member.end(1))
            s, value = s + member.end(1), value[member.end(1) :]
            if value[:1] in "（(" and value[-1:] in "）)":
                s, e, value = s + 1, e - 1, value[1:-1]  # the condition without its brackets
    if role == "name":
        if value in _KIN or value.endswith(_WORD_ENDS) or "某" in value or "*" in value:
            # (Or a name masked already: "公孙某某", "李*".)
            # "长子" under 姓名: a row whose empty 户主 cell shifted its cells (a one-cell-a-line table).
            return
        if ("：" in value or ":" in value) and not _KIN_BEFORE_NAME.match(value):
            # "审核人：李四" in the name column: the table's footer, signed by its officials. Not a
            # household's members, each after the relation ("子 张三、配偶：李四").
            return
        if _HAN_RUN.fullmatch(value) and _pick_name(value, True) == len(value) and _valid_name(ctx, value):
            ctx.add("name", s, e)  # the usual cell, one name: what _names_at would find
            return
        if _four_character_name(value) or _transliterated_name(ctx, value):
            ctx.add("name", s, e)  # a Tibetan or Yi name in a name column: "普布次仁", "吉克石布"
            return
        if _LATIN_NAME.fullmatch(value):
            ctx.add("name", s, e)  # a foreigner's, in a register: "MUHAMMAD ASIF"
            return
        spaced = _SPACED_THREE.fullmatch(value)
        if spaced:
            # "脱 东 虎": a three-character name spaced out evenly in a typeset list.
            name = value[:: len(spaced.group(1)) + 1]
            if _pick_name(name, True) == 3 and _valid_name(ctx, name):
                ctx.add("name", s, e)
            return
        if _SPACED_NAME.fullmatch(value):
            # "王  伟": a two-character name padded to the width of three in a typeset list.
            name = value[0] + value[-1]
            if _pick_name(name, True) == 2 and _valid_name(ctx, name):
                ctx.add("name", s, e)
            return
        if "、" in value and all(
            # (A Mongolian or Tibetan name among them as alone in the column: "额尔敦毕力格、乌兰图雅";
            # not a relation before a name, "父亲妥正".)
            _listed_owner(ctx, p)
            or (p[:1] not in _KIN_BEFORE_FIRST and (_four_character_name(p) or _transliterated_name(ctx, p)))
            for p in value.split("、")
        ):
            # "吉克子哈、吉克阿呷": co-owners in one cell, each a name.
            pos = s
            for owner in value.split("、"):
                ctx.add("name", pos, pos + len(owner))
                pos += len(owner) + 1
            return
        if _NOTED_LIST.fullmatch(value):
            # "杜杰晨（配偶）、杜波志（子女）": co-applicants, each with the relation in brackets.
            for part in _NOTED_PART.finditer(ctx.text, s, e):
                name = part.group(1)
                if (
                    (_pick_name(name, True) == len(name) and _valid_name(ctx, name))
                    or _transliterated_name(ctx, name)
                    or _minority_name(ctx, name)  # "俄木木呷（邻居）": a Yi name of four characters
                ):
                    ctx.add("name", part.start(1), part.end(1))  # "敖特根巴雅尔（父亲）" too
            return
        for ns, ne in _names_at(ctx, s, e, relaxed=True):
            # "长沙市于氏建材有限责任公司" in a 被执行人 column: a place, then a company, not a name.
            if ctx.text[ne - 1] not in _PLACE_END or _surname_len(ctx.text[ns:ne]):
                ctx.add("name", ns, ne)
    elif role == "party":
        _party_cell(ctx, value, s, e)
    elif role == "resettlement":
        # "产权调换：滨江花园9栋3单元1401室": the flat a household is given for its house, its next home
        # (not "货币补偿", nor an estate without its flat, "产权调换：黄沙坪安置小区").
        colon = max(value.find("："), value.find(":"))
        door_end = _last_door_end(ctx.text, s + colon + 1, e)
        if door_end and _FLAT_DOOR.search(ctx.text, s + colon + 1, door_end):
            ctx.add("address", s + colon + 1, door_end)
    elif role == "address":
        if _BARE_GROUP.fullmatch(value.strip()):
            cell = ctx.cell_at(ctx.text.rfind("\n", 0, s) + 1, s)
            if cell is not None and cell[2].endswith("组"):
                return  # "5组" under "所在组": a group of the village the table is about, no home
        door_end = _last_door_end(ctx.text, s, e)
        if not door_end and "\n" in ctx.text[s:e]:
            # A cell one a line whose number and unit a narrow column cut apart ("白鹿村11⏎社").
            for door in _CUT_DOOR.finditer(ctx.text, s, e):
                door_end = door.end()
        parts = _cell_parts_below(ctx.text, s, e)
        if parts:
            # A fixed-width table's cell wrapped under its column while the row's next cells stand on:
            # each part is the address's, the row's other cells between them are not.
            for ps, pe in [(s, e), *parts]:
                ctx.add("address", ps, pe)
            return
        if not door_end:
            door_end = _wrapped_door_end(ctx.text, s, e)
        if not door_end:
            # No house number ("青云村"): still below 乡镇/街道, which alone may stay in a 住址 column.
            # A 所在村(组) column says which village a household belongs to: a bare village there is
            # a locality shared by hundreds, not an address.
            places = (
                _PLACE if ctx.config.village_address or _GOES_ON_BELOW.match(ctx.text, e) else _HOME_PLACE
            )
            door_end = _last_place_end(ctx.text, s, e, places)
            if door_end - s < 3 or ctx.text[door_end:e].strip() in ("社区", "居委会", "村委会", "居民委员会"):
                return  # (a community named after its estate: "锦江花园社区")
            cell = ctx.cell_at(ctx.text.rfind("\n", 0, s) + 1, s)
            if cell is not None and _LOCALITY_HEADER.search(cell[2]) and ctx.text[door_end - 1] != "屯":
                # (A 屯 is a 组's level, as "平林村3组" under the same header: "平林村坡报屯".)
                return
            if (
                not _TOWN_WORD.search(ctx.text, s, door_end - 2)
                and ctx.text[door_end - 1] != "屯"  # "某村百合屯": a natural village, a 组's level
                and not ctx.text[door_end:e].strip()
                and not _CELL_GOES_ON.match(ctx.text, _line_end(ctx.text, door_end))
            ):
                # A village alone ("溪南村", "金龙社区"), no township above it: a locality shared by
                # hundreds too, the household's home left unsaid (unless a PDF's cell goes on below:
                # "阿什贡村⏎          10社89号").
                return
        if door_end:
            ctx.add("address", s, door_end)
    elif role == "health":
        if value.strip() not in _NOT_HEALTH and _HAN_CHAR.search(value):
            cell = ctx.cell_at(ctx.text.rfind("\n", 0, s) + 1, s)
            items = (
                _condition_items(ctx.text, s, e)
                if cell is not None and _LISTING_HEADER.search(cell[2])
                else None
            )
            if items is None or len(items) < 2:
                ctx.add("health", s, e)  # one condition: the cell whole, as a field's value
                return
            for item in items:
                ctx.add("health", *item)
                ctx.listed.add(item[0])
    elif role == "health_reason" and (
        _HEALTH_WORD.search(value.replace("病故", "")) or _DISABILITY_GRADE.fullmatch(value)
    ):
        # (Not "病故军人遗属": a soldier's death, no one's condition.)
        ctx.add("health", s, e)
    elif role == "risk":
        unfit = _UNFIT.search(value)
        if unfit is not None:
            ctx.add("health", s + unfit.start(1), s + unfit.end(1))
    elif role == "finding":
        unfit = _UNFIT.search(value)
        if unfit is not None:
            ctx.add("health", s + unfit.start(1), s + unfit.end(1))  # "不合格（色盲）": the reason
        elif value.strip() not in _NOT_HEALTH and _HAN_CHAR.search(value) and not _NO_FINDING.search(value):
            ctx.add("health", s, e)
    elif role == "boundary":
        # "张三/山脊/沟/李四", "东至张三、西至路": each side is a neighbour or a piece of land; a column
        # of one side ("东") holds "张三", "张三家", "李四承包地" or "道路".
        for part in _BOUNDARY_PART.finditer(ctx.text, s, e):
            name = part.group(1)
            suffix = _OWNER_SUFFIX.search(name, 2)
            if suffix is not None:
                name = name[: suffix.start()]
            if _neighbour(ctx, name, suffix is not None and suffix.group() != "地"):
                ctx.add("name", part.start(1), part.start(1) + len(name))


# Words a reason's member may be followed by that are no name ("子女外出务工", "家庭成员长期患病").
_NOT_MEMBER_NAME = (
    "外出", "在外", "务工", "就业", "已经", "因病", "均", "长期", "常年", "身体", "年老", "多人", "无",
)  # fmt: skip
# A household member named after the relation at the start of a reason's cell.
_MEMBER_IN_REASON = re.compile(
    rf"(?:其子|其女|其妻|其夫|其母|其父|子女|儿子|女儿|儿媳|女婿|配偶|丈夫|妻子|孙子|孙女|家庭成员)([{_HAN}]{{2,4}}?)"
    # (Or the condition in brackets after the member: "家庭成员张三（肢体残疾一级）"; or the household's
    # other reason, "本人已故，家庭成员李四收入超标".)
    r"(?=患|因|外出|已|考取|系|在|于|务工|就业|参军|入伍|死亡|去世|病故|收入|[（(])"
)


def _party_cell(ctx: _Ctx, value: str, s: int, e: int) -> None:
    """The punished party of a penalty list when it is a person: the whole cell reads as a name
    ("祖丽胡玛尔·努尔麦麦提", "何 才 旭"); never a part of a shop's or a company's name ("某县鑫源商行")."""
    if (
        _ORGANISATION.search(value)
        or value[-1:] in _TRADE_END
        or len(value) > _DOTTED_MAX
        or value.endswith(_WORD_ENDS)  # "爱心人士"
    ):
        return
    if (
        (_HAN_RUN.fullmatch(value) and _pick_name(value, True) == len(value) and _valid_name(ctx, value))
        or _four_character_name(value)
        or _SPACED_THREE.fullmatch(value)
        or _SPACED_NAME.fullmatch(value)
        or _transliterated_name(ctx, value)  # "图门吉日嘎拉"
    ):
        _table_cell(ctx, "name", s, e)


# --- addresses ---------------------------------------------------------------------------------------
_CELL_GOES_ON = re.compile(r"\n[ \t　]{8,}[0-9一二三四五六七八九十]")
# A county, a township or a street above a village in a 住址 cell ("洪田镇青云村").
_TOWN_WORD = re.compile("[省市县旗乡镇区]|街道|苏木")
_LOCALITY_HEADER = re.compile(r"^(?:所在|所属)?(?:乡镇)?村(?:组|别|居|社区)?$|^所在村组$")
# Residential places below 乡镇/街道 that end an address without a house number ("青云村"). Not
# roads: "地址：某某路" without a number is an office's more often than a person's.
_PLACE = re.compile(r"村|社区|小区|组|苑|花园|公寓|大院|居委会")
# The same without villages and 社区 (PrivacyConfig.village_address off): a group or a residential compound.
# A 屯 below a village ("某村板旺屯"), a natural village of Guangxi as a 组 is elsewhere; not a village
# named so ("王屯村").
_HOME_PLACE = re.compile(rf"小区|组|苑|花园|公寓|大院|村[{_HAN}]{{1,3}}?屯(?![村镇乡])")
# A value that goes on below, cut by a PDF's line ("某镇五里村⏎七组72号", "金桥社区光明巷108⏎号2栋…"): the
# village is then the visible part of a home's address.
# (Not a number alone, the next cell of a table one cell a line: "托万克村⏎500".)
_GOES_ON_BELOW = re.compile(
    r"[ \t　]*\n[ \t　|]*(?:[0-9一二三四五六七八九十]{1,4}[号栋组室单社队幢巷弄]|[号栋组室单社队幢])"
)


_NOT_IN_PLACE = re.compile(
    "|".join(re.escape(w) for w in (*NAME_LABELS, *ADDRESS_LABELS, *_POSITIVE_LABELS, *_NEGATIVE_LABELS))
)


def _last_place_end(text: str, start: int, end: int, places: re.Pattern[str]) -> int:
    """End of the last place below 乡镇/街道 (a match of places) in text[start:end] if what precedes it
    reads as an address (short, no label words), else 0."""
    last = 0
    for place in places.finditer(text, start, min(end, start + 30)):
        last = place.end()
    if last and _NOT_IN_PLACE.search(text, start, last):
        return 0
    return last


_FLAT_DOOR = re.compile("[栋幢]|单元|室|号楼")


def _last_door_end(text: str, start: int, end: int) -> int:
    """End of the last house-level part (号/栋/单元/室/组) in text[start:end], or 0."""
    last = 0
    for door in _DOOR.finditer(text, start, end):
        last = door.end()
    return last


# A notice's foot before an address label: where to object or ask, with the office's landline.
_OFFICE_FOOT_BEFORE = re.compile(
    r"(?:反映|咨询|举报|异议|投诉)[^\n]{0,60}?电话[:：]?[ \t　]*"
    r"(?:[（(]0[0-9]{2,3}[)）]|0[0-9]{2,3}[-－—]?[0-9]{7,8})"
)


# An office's phone for objections or questions in the lines above a bare "地址：" (a PDF may wrap the
# sentence, "…反映。监⏎督电话：0479-…"), or its 负责人 on the line right above.
_FOOT_OBJECTION = re.compile("反映|异议|咨询|举报|投诉|监督")
_FOOT_PHONE = re.compile(r"电话[:：]?[ \t　]*(?:[（(]0[0-9]{2,3}[)）]|0[0-9]{2,3}[-－—]?[0-9]{7,8})")


def _office_foot_above(text: str, ls: int) -> bool:
    above = text.rfind("\n", 0, ls - 1) + 1
    if _LEGAL_REP.match(text, above, ls):
        return True
    top = _lines_back(text, ls, 3)
    return _FOOT_PHONE.search(text, top, ls) is not None and _FOOT_OBJECTION.search(text, top, ls) is not None


# A sentence's punctuation before an address's label: the label's line is prose, not a form's field.
_PROSE_BEFORE = re.compile("[，,。；;（(]")
# What follows a home's place in a lost deed's notice.
_DEED_AFTER = ("的不动产权证", "的房屋所有权证", "的不动产证", "的房产证")
# A shop's seat, which a 个体户's notice gives beside its keeper ("经营者张三（…），经营场所某镇某街38号"):
# never a person's home.
_SHOP_SEAT = re.compile("经营场所|经营地址|营业场所|经营地点")


# An office named in brackets right after an address: the office's seat.
_OFFICE_AFTER = re.compile(
    rf"[ \t　]*[（(](?:[{_HAN}]{{2,24}}"
    r"(?:局|政府|委员会|法院|检察院|卫生院|医院|保健院|联合会|中心|派出所|办事处|服务站)"
    # ("送达地址确认：某县胜利街51号（本机关）": the office's own, where it is served.)
    r"|本(?:机关|局|院|单位|部门|委|办))[）)]"
)
# The office's contact right above ("联系人：张三（书记员）", "监督电话：…", "联系电话：0776-…  邮编：…").
_OFFICE_CONTACT_ABOVE = re.compile(
    r"[（(](?:书记员|仲裁员|审判员|法官|工作人员|经办人|承办人)[）)]|(?:监督|咨询|举报|投诉)电话"
    r"|电话[：:][ \t　]*[（(]?0[0-9]{2,3}[^\n]*邮编"
)
# A record's code just before its 住所 (a 失信被执行人 list: "身份证号码/统一社会信用代码：…⏎住所地：…").
_CODE_BEFORE = re.compile(
    r"(?:信用代码|证件号码|身份证号码)[:：]?[ \t　\n]*([0-9A-Z]{18})[，,；;。 \t　\n]*"
    # (Its representative's line between: "…信用代码：9313…⏎法定代表人：张三⏎住所：…".)
    r"(?:(?:法定代表人|负责人)[:：][^\n，,；;。]{1,20}[，,；;。 \t　\n]+)?$"
)


_MAIL_WORDS = ("通信", "通讯", "送达")
_BODY_ABOVE = re.compile(
    r"(?:受送达人|单位名称|(?<![证件])名称)[：:\t 　]*[^\n]{0,30}?(?:公司|合作社|厂|商行|中心|协会)"
    r"|统一社会信用代码[：:\t 　]*[0-9A-Z]{18}"
)


def _company_code_before(text: str, at: int) -> bool:
    """Whether the label at `at` follows a company's 统一社会信用代码 (not a person's ID in its field)."""
    label = text.rfind("住", max(0, at - 8), at)
    m = _CODE_BEFORE.search(text, max(0, at - 60), label if label >= 0 else at)
    return m is not None and is_valid_credit_code(m.group(1)) and not _is_id_card(m.group(1), "99991231")


def _addresses(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    labelled: set[int] = set()
    labels: Iterable[re.Match[str]] = _ADDR_LABEL.finditer(text, block_start, block_end)
    if block_start > 1 and text[max(0, block_start - 8) : block_start - 1].rstrip(" \t　").endswith(
        _CUT_LABELS
    ):
        # "…承租位于⏎某小区1幢1101室的公共租⏎赁住房": a label that a hard wrap left at the end of the line
        # above (its look-ahead reads on past the block).
        cut = _ADDR_LABEL.search(
            text, text.rfind("\n", 0, block_start - 1) + 1, min(len(text), block_end + 80)
        )
        if cut is not None and cut.start() < block_start:
            labels = itertools.chain((cut,), labels)
    for m in labels:
        at = m.start()
        ls, le = _line_at(text, at)
        label = m.group()
        before = text[max(ls, at - 4) : at]
        if before.endswith(_OFFICE_BEFORE) or (label.startswith("地址") and _office_context(before)):
            continue
        if _CONTACT_US.search(text, max(ls, at - 6), at):
            continue  # "请与县发展和改革局联系（地址：…，电话：…）": the office's own address
        if _OFFICE_FOOT_BEFORE.search(text, ls, at):
            continue  # "…可向某司法局反映。联系电话：0892-…，通讯地址：…": where to write, the office's
        if label.rstrip(" \t　")[-1:] in "|｜" and (
            _header_cell_at(ctx, m.end(), le) or _LOCALITY_HEADER.match(text, m.end(), le)
        ):
            continue  # "| 家庭住址 | 所在村 |": a grid's header, not a form's value
        if label.startswith("地址") and _OFFICE_BRACKET.search(text, max(ls, at - 16), at):
            continue  # "请到某派出所户籍室反映（地址：…，电话：…）": where to go, the office's seat
        if label.startswith(("住所", "地址", "位于")) and _ORGANISATION.search(text, max(ls, at - 40), at):
            # "当事人：某某有限公司，住所：…", "拍卖某某有限公司名下位于…的住宅": a company's seat or
            # property, not a person's home.
            continue
        if _OFFICE_NAME_END.search(text, max(ls, at - 30), at):
            continue
        if (
            label.startswith(_MAIL_WORDS) or text.endswith(_MAIL_WORDS, max(ls, at - 2), at)
        ) and _BODY_ABOVE.search(text, _lines_back(text, ls, 4), ls):
            # "受送达人：某某有限公司⏎送达地址：…", a 法人's application form ("名称  某某有限公司  统一社会
            # 信用代码  9153…⏎…⏎通信地址  …"): where to write to the body.
            continue
        if label.startswith("坐落") and before.endswith(("地块", "土地", "林地", "耕地", "草地", "承包地")):
            continue  # "（地块坐落：某村7组，小地名河坝头）": land, whatever the group, not a home
        if label.startswith("住所") and _company_code_before(text, at):
            continue  # "…信用代码：91341524MAD6AEE678⏎住所地：…": the seat of the company the code is of
        if label.startswith("地址") and _LEGAL_REP.search(text, ls, at):
            continue  # "负责人：张三　　地址：…": a decision's unit, its representative and its seat
        if label.startswith("地址") and ls > 0 and _office_foot_above(text, ls):
            # "…如有异议，请向某镇人民政府反映。监督电话：0717-…⏎地址：某镇建设路65号，邮编：…": the office's
            # seat below where to object; "甲方：某镇人民政府⏎负责人：张三⏎地址：…": the unit's.
            continue
        if m.end() > le:
            le = _line_end(text, m.end())  # "住址⏎：某镇某村3组": a wrapped label, its value on its last line
        if m.end() == le and le < len(text):
            # A form one field a line ("现居住地址⏎某县某镇某村56号"): the value fills the next line.
            le = _line_end(text, le + 1)
            seg = _ADDR_SEGMENT.fullmatch(text, m.end() + 1, le)
            if seg is None and (
                label.startswith(_CUT_LABELS)
                or "，" in text[ls : m.end()]
                or _PROSE_BEFORE.search(text, ls, at)
            ):
                # A sentence's place wrapped below ("（坐落于⏎某小区15号楼3单元1304室），", "…，住⏎某路5号
                # 康居苑27号楼3单元103室。", "…，你位于⏎某街74巷35号的房屋"): its start, past the indent.
                blank = _LEAD_BLANK.match(text, m.end() + 1, le)
                seg = _ADDR_SEGMENT.match(text, blank.end() if blank else m.end() + 1, le)
        else:
            seg = _ADDR_SEGMENT.match(text, m.end(), le)
        if not seg or _OFFICE_SEAT.search(seg.group()):
            continue
        # A complaint's place ("市民反映：某小区6-2-1101室楼上漏水", "反映其居住的某村8组附近…"): only
        # down to a house number, the words after such a cue are more often a road or a project.
        narrative = label.startswith(_NARRATIVE_LABELS)
        seg_start, seg_end = seg.span()
        door_end = _last_door_end(text, seg_start, seg_end)
        if seg_end == le and le - ls >= 16 and le + 1 < len(text) and not _FOOT_PHONE.search(text, ls, at):
            # A sentence's address a hard wrap cut ("…，住在湖南省益阳市安化县烟溪镇⏎烟溪村新寨组。"): its
            # rest opens the next line, down to a house-level part. (Not after an office's landline:
            # "联系电话：0753-5466015，通讯地址：某县五华⏎大道75号。")
            rest = _ADDR_SEGMENT.match(text, le + 1, _line_end(text, le + 1))
            rest_door = _last_door_end(text, rest.start(), rest.end()) if rest else 0
            if rest is not None and rest_door > door_end:
                seg_end, door_end, le = rest.end(), rest_door, _line_end(text, le + 1)
        if not door_end:
            # No house number ("住址：燕西街道青云村"): still below 乡镇/街道, which alone may stay.
            # Not a parcel of land's place ("地块坐落：某镇某村河湾"): a field, not a home.
            parcel = label.startswith("坐落") and before.endswith(_LAND_PARCEL)
            bare = narrative or parcel or label.startswith(("坐落于", "坐落在", "其位于"))
            places = (
                _PLACE if ctx.config.village_address or _GOES_ON_BELOW.match(text, seg_end) else _HOME_PLACE
            )
            door_end = 0 if bare else _last_place_end(text, seg_start, seg_end, places)
            if door_end - seg_start < 3:
                continue
        elif door_end - seg_start < 4:
            continue
        if label.startswith("居住的"):
            # Where the caller lives may be a street address.
            if not _ITEM_PLACE.search(text, seg_start, door_end):
                continue
        elif label.startswith(("地址", "联系地址")) and _office_contact_line(text, ls, at, le):
            continue  # "联系人：张三  联系电话：0976-…  地址：某县某镇团结路35号⏎⏎某局⏎2025年…": the office's
        elif (
            (
                label.startswith(("地址", "联系地址", "反映", "其位于", "坐落于", "坐落在"))
                or _POSTCODE_AFTER.match(text, seg_end, le)
                or _letterhead(text, ls, door_end, seg_end)
            )
            and not _RESIDENTIAL.search(text, seg_start, door_end)
            # A person's lost deed names its home by the street ("将坐落于某市某路299号的不动产权证书").
            and not (label.startswith("坐落") and text.startswith(_DEED_AFTER, door_end))
            # An application form's address, its postcode beside, below the applicant's document number
            # ("证件号码│4512…│联系电话│…⏎通信地址│某县某镇民族路85号│邮政编码│530800").
            and not (
                text.endswith(("通信", "通讯"), max(ls, at - 2), at)
                and _DOCUMENT_ABOVE.search(text, _lines_back(text, ls, 2), ls)
            )
        ):
            continue
        if _OFFICE_AFTER.match(text, door_end) or (
            label.startswith(("地址", "通讯地址", "通信地址", "联系地址"))
            and _POSTCODE_AFTER.match(text, seg_end, le)
            and (
                _OFFICE_CONTACT_ABOVE.search(text, _lines_back(text, ls, 2), ls)
                or _signed_below(text, le + 1)
            )
            # (Not an applicant's, under their document number, though the office signs the letter
            # below: "证件号码：1509…⏎通信地址：…    邮政编码：…⏎联系电话：…⏎某县民政局".)
            and not (
                (label.startswith(("通讯", "通信")) or text.endswith(("通信", "通讯"), max(ls, at - 2), at))
                and _DOCUMENT_ABOVE.search(text, _lines_back(text, ls, 2), ls)
            )
        ):
            # "通讯地址：某镇平山路16号（某县乡村振兴局）", "联系人：张三（书记员）  联系电话：…⏎地址：…
            # 邮编：…⏎某县人民法院": where to write to the office, at a notice's foot.
            continue
        ctx.add("address", seg_start, door_end)
        labelled.add(ls)
    if (
        "（" in text[block_start:block_end] or "(" in text[block_start:block_end]
    ) and "name" in ctx.config.kinds:
        _home_in_brackets(ctx, block_start, block_end)
    if "岁" in text[block_start:block_end]:
        # "四、赵六，女，69岁，三星村七组村民。": a person's age, then the group they live in.
        for m in _AGED_VILLAGER.finditer(text, block_start, block_end):
            s, e = m.span(1)
            if (
                _last_door_end(text, s, e) == e
                # Not "本村5组村民": a group of the village the minutes are of, not a home named.
                and text[s] not in "本该同"
                and _RESIDENTIAL.search(text, s, e)
                and not _OFFICE_SEAT.search(text, s, e)
            ):
                ctx.add("address", s, e)
    # Lines without a labelled address: the shape of a residential address, or a flat written whole
    # (building, unit, flat: "4.孔英云（户主）　某街道明珠路东方花城2号楼4单元1704室"), if a person is
    # named or the line is a numbered item of a list of households ("4.田娃  锁南镇海家湾村十二队，2人").
    done = -1
    for hint in _ADDR_HINT.finditer(text, block_start, block_end):
        ls, le = _line_at(text, hint.start())
        if ls == done or ls in labelled:
            continue
        done = ls
        if not _PERSON_CUE.search(text, ls, le) and not _item_at(text, ls, le):
            continue
        # (A line's first hint is its leftmost: after a first "单元" only a later part may be a shape's.)
        shape = hint.group()[0] != "单" or _SHAPE_HINT.search(text, hint.end(), le) is not None
        for m in _ADDR_SHAPE.finditer(text, ls, le) if shape else ():
            if not _OFFICE_WORD.search(text, max(ls, m.start() - 6), m.start()):
                ctx.add("address", m.start(), m.end())
                labelled.add(ls)
        if ls in labelled or text.find("单元", ls, le) < 0:  # (every _FLAT_SHAPE holds a 单元)
            continue
        for m in _FLAT_SHAPE.finditer(text, ls, le):
            if not _OFFICE_WORD.search(text, max(ls, m.start() - 6), m.start()) and not _ORGANISATION.search(
                m.group()
            ):
                ctx.add("address", m.start(), m.end())
                labelled.add(ls)
    # A numbered item of a list of households: name, then the address as the next field ("（三）严英忠
    # （户主），朝阳村6组 1人", "2.邓贵宏　黄河东路167号，5人"), down to a house-level part.
    # (Tried at the lines' first characters only, not at every numeral of the block.)
    for ls, lead_end in _item_leads(text, block_start, block_end):
        item = _ITEM_ADDR.match(text, lead_end, block_end)
        if item is None or ls in labelled:
            continue
        le = _line_end(text, lead_end)
        if not (_PERSON_CUE.search(text, ls, le) or _HOUSEHOLD.search(text, item.end(), le)):
            continue
        seg = _ADDR_SEGMENT.match(text, item.end(), le)
        door_end = _last_door_end(text, seg.start(), seg.end()) if seg else 0
        if seg and door_end - seg.start() >= 4 and _ITEM_PLACE.search(text, seg.start(), door_end):
            ctx.add("address", seg.start(), door_end)
            labelled.add(ls)
    # A whole field of a row or a numbered item about a person that is a dwelling down to its house
    # number: "一、某小区21-4-2102室，房东张三（联系电话…）", "（1）张三；6401…；塔桥村九组；…",
    # "3 | 李四 | 1525…| 某小区31幢401室". Found from the field's end (a house-level part before a
    # separator) and read back to its start.
    for door_start, end in (
        door
        for lo, hi in _lines_but(text, labelled, block_start, block_end)
        for door in _field_doors(text, lo, hi)
    ):
        ls = text.rfind("\n", 0, end) + 1
        low = max(ls, end - 60)
        # The last separator before the field's end.
        sep = _LAST_FIELD_SEP.search(text, low, end)
        start = sep.start() if sep else low - 1
        if start < ls:
            start = ls
        elif start < low:
            continue  # no field's start within 60 characters: prose, not a list's field
        else:
            start += 1
        if (
            not _FIELD_ADDR.fullmatch(text, start, end)  # (first: it turns most fields down)
            or text[ls:start].rstrip(" \t　").endswith((":", "："))
            or _ADDR_LABEL.search(text, start, end)
        ):
            continue  # a labelled value is the label's (an office's "地址：…", "住所地…" is not flagged)
        if (
            not (_FIELD_PLACE.search(text, start, door_start) or _FIELD_FLAT.search(text, start, end))
            or _OFFICE_SEAT.search(text, start, end)
            or _SHOP_SEAT.match(text, start)
            or any(w in text[start:end] for w in _COMMERCIAL)  # "某小区商铺31号": a shop
            or _INSTITUTION.search(text, ls, _line_end(text, end))  # a company's or a hospital's row
        ):
            continue
        le = _line_end(text, end)
        if (
            _about_person(ctx, ls, le)
            # An item broken over lines: the line above or below names the person ("4．张三；男；…⏎
            # ；600；某小区…室", "一、某小区…室⏎，房东张三（…").
            or (
                ls > 0
                and not _ITEM_ENUM.match(text, ls, le)
                and _about_person(ctx, text.rfind("\n", 0, ls - 1) + 1, ls - 1)
            )
            or (
                le < len(text)
                and not _ITEM_ENUM.match(text, le + 1)
                and _about_person(ctx, le + 1, _line_end(text, le + 1))
            )
            # A table flattened to one cell a line: the field alone on its line, the row's ID a few
            # lines up ("330226197205017299⏎许家村⏎分散供养⏎…⏎1540⏎宁海县长街镇双峰村新村路2号").
            or (
                not text[ls:start].strip(" \t　")
                and not text[end:le].strip(" \t　")
                and _ID_SHAPE.search(text, _lines_back(text, ls, 12), ls) is not None
            )
        ):
            ctx.add("address", start, end)


_ID_SHAPE = re.compile(r"(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])")


# The labels of a place inside a sentence, which a hard wrap may leave at a line's end.
_CUT_LABELS = ("位于", "坐落于", "坐落在")
_LEAD_SPACE = re.compile(r"[ \t　]+")
# The end of a field that is a dwelling: a house-level part then a separator or the line's end. Its
# last character: a unit after a numeral, or a flat written as numbers ("28-1-802") from its first "-"
# (`re` skips to these in C; a pattern that opens with a numeral is entered at every digit of a list's
# IDs and phone numbers). _field_doors reads the number back to its start.
_FIELD_DOOR_END = re.compile(
    rf"[号室组队\-](?:(?<=[号室组队])(?<={_NUMERAL}.)|(?<=-)[0-9]{{1,2}}-[0-9]{{3,4}}室?)"
    r"(?=[，,；;|｜\t\"”。 　]|$)",
    re.M,
)
_NUMERALS = "0123456789〇一二三四五六七八九十百零"  # _NUMERAL's characters


def _field_doors(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Start and end of the house numbers in text[start:end] that end a field: a whole run of numerals
    then 号/室/组/队 ("12号", "三组"), or a flat written as numbers, building, unit and flat
    ("28-1-802", "3-2-1101室"), each from its leftmost possible start (what a regex's scan finds)."""
    for m in _FIELD_DOOR_END.finditer(text, start, end):
        door_start = door_end = m.end()
        dash = m.start()
        if text[dash] == "-":
            # Up to three digits before the first "-": "12-1-802", and "345-1-802" in "2345-1-802".
            at = dash
            while at > start and dash - at < 3 and "0" <= text[at - 1] <= "9":
                at -= 1
            if at < dash:
                door_start = at
        at = door_end - 2
        if door_start == door_end and at >= start and text[at + 1] in "号室组队" and text[at] in _NUMERALS:
            # The whole run of numerals before the unit, unless it begins before start.
            while at > start and text[at - 1] in _NUMERALS:
                at -= 1
            if at == 0 or text[at - 1] not in _NUMERALS:
                door_start = at
        if door_start < door_end:
            yield door_start, door_end


_FIELD_SEPS = '，,；;|｜\t"“ 　、'
_LAST_FIELD_SEP = re.compile(rf"[{_FIELD_SEPS}][^{_FIELD_SEPS}]*+\Z")
_FIELD_ADDR = re.compile(rf"[{_HAN}][{_HAN}0-9\-－#·]{{3,59}}")
# Who a dwelling of a row belongs to, by role or by an ID (masked or not: "2312241967****4229").
_DWELLER = re.compile(
    r"房东|房主|业主|承租人|租户|户主|借款人|监护人|家庭成员|村民|[0-9]{2,10}\*{4,12}[0-9]{1,4}[0-9Xx]"
)
# Place words of a dwelling before its house number (a 嘎查 is a village of 内蒙古), or a flat.
# Not a street alone ("某路39号" is as often an office's or a company's).
_FIELD_PLACE = re.compile(r"村|社区|小区|居委会|室|单元|栋|幢|组|队|苑|花园|公寓|弄|家园|嘎查|庄")
_INSTITUTION = re.compile(r"公司|合作社|商行|经营部|门市部|工作室|事务所|集团|协会|学校|医院|卫生院|幼儿园")
_FIELD_FLAT = re.compile(r"[0-9](?:栋|幢|单元|号楼)|[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}")


def _lines_but(text: str, lines: set[int], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the runs of whole lines of text[start:end] (start is a line's start) that leave out
    the lines that begin at lines."""
    at = start
    for ls in sorted(lines):
        if ls > at:
            yield at, ls - 1
        at = _line_end(text, ls) + 1
    if at < end:
        yield at, end


def _item_leads(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Start and end of the leading blanks of the lines of text[start:end] (start is a line's start)
    that may open with a numbered item (_ITEM_ADDR): the first line, and those _ITEM_LINE finds."""
    first = _LEAD_BLANK.match(text, start, end)
    yield start, first.end() if first else start
    for lead in _ITEM_LINE.finditer(text, start, end):
        yield lead.start() + 1, lead.end()


def _about_person(ctx: _Ctx, ls: int, le: int) -> bool:
    """Whether the line is about a person: a cue, a role, an ID, a table's row, a name found so far
    (the name rules run before the address rules)."""
    return (
        _PERSON_CUE.search(ctx.text, ls, le) is not None
        or _DWELLER.search(ctx.text, ls, le) is not None
        or ctx.is_row(ls)
        or any(f[3] == "name" and ls <= f[0] < le for f in ctx.found)
    )


_LEGAL_REP = re.compile("法定代表人|负责人")
_LAND_PARCEL = ("地块", "土地", "林地", "耕地", "草地", "宗地", "承包地")


def _item_at(text: str, ls: int, le: int) -> bool:
    """Whether the line is a numbered item of a list of households (_ITEM_ADDR)."""
    lead = _LEAD_SPACE.match(text, ls, le)
    return _ITEM_ADDR.match(text, lead.end() if lead else ls, le) is not None


_CONTACT_US = re.compile(r"(?:局|委|办|院|厅|中心|政府|室|处|科)联系[（(]?$")
# An office, a few words, then the bracket that gives its seat: "到某派出所户籍室反映（地址：…".
# Not "户籍所在地（地址：…": 所 there is part of 所在.
_OFFICE_BRACKET = re.compile(r"(?:局|委|办|院|厅|中心|政府|室|处|科|站|所(?!在))[^，,。；;（(\n]{0,6}[（(]$")
# An office's name after its street address ("通讯地址：某市某路173号某县残疾人联合会").
_SEAT_OWNER = re.compile(r"[\u4e00-\u9fff]{2,}(?:局|委|办|院|所|厅|中心|政府|公司|委员会|联合会|处|站)$")
_POSTCODE = re.compile("邮编|邮政编码")


def _letterhead(text: str, ls: int, door_end: int, seg_end: int) -> bool:
    """Whether an address is an office's letterhead: the office's name follows its house number, or
    the line above gives a postcode ("咨询电话：…  邮政编码：751600⏎通讯地址：某市某路210号")."""
    if seg_end - door_end >= 4 and _SEAT_OWNER.match(text, door_end, seg_end):
        return True
    return ls > 0 and _POSTCODE.search(text, text.rfind("\n", 0, ls - 1) + 1, ls) is not None


def _office_context(before: str) -> bool:
    return bool(_OFFICE_END.search(before))


# --- health ------------------------------------------------------------------------------------------
# A hard wrap's break, with the indents around it.
_WRAP = "[ \t　]*\n?[ \t　]*"


def _wrapped(words: str) -> str:
    """A pattern of words that a hard-wrapped letter may break at any character ("致残部⏎位为")."""
    return _WRAP.join(words)


# A form's or a list's title ("慢性病患者随访服务记录表", "严重精神障碍患者花名册"): its words name the
# kind of patient the form is for, no one's condition.
_FORM_TITLE = re.compile(r"[ \t　]*[^\n0-9：:，,。]{2,30}(?:记录表|登记表|服务表|花名册|名单|台账)[ \t　]*")
# A form's health field: "身体状况：言语残疾四级", "健康状况\t患脑梗塞". The value is a person's status
# wherever the form is, whether or not the line also names the person.
_HEALTH_LABEL = re.compile(
    r"(?:健康状况|身体状况|残疾类别(?:及?等级)?|残疾等级|残疾情况|疾病名称|所患疾病|患病情况|病情况(?=[:：\t])|病情(?!况)"
    # A 门诊慢特病 list's field: "认定病种：2型糖尿病". (Written out: each branch begins with a plain
    # character, and `re` then skips to the next such character in C.)
    r"|认定病种|申请病种|申报病种|确诊病种|病种(?=[ \t]*[:：])"
    # A screening's or a conscript's medical check: "初筛结果：宫颈息肉", "初检结论：鼻中隔偏曲".
    r"|初筛结果|筛查结论|初检结论|初检结果|复查结论"
    # A claim's or a hospital's diagnosis: "疾病诊断：宫颈癌" (a blood donor's relative), "出院诊断：肺恶性
    # 肿瘤" (a 医疗救助 or 大病保险 reimbursement form).
    r"|疾病诊断|诊断结果|临床诊断|出院诊断|入院诊断|门诊诊断"
    # A follow-up form's "诊断：高血压" (the label alone, a colon or a full-width space after it).
    # (Not the end of a longer label, "出院诊断", whose own branch has its checks.)
    r"|诊(?<![院床疾]诊)断(?=[ \t]*[:：]|　)"
    # A pre-pregnancy check's finding: "检查发现：风疹IgG抗体阴性，建议…" (a clean one is in _NOT_HEALTH).
    r"|检查发现(?=[:：])"
    # A veteran's or a worker's disability and its cause: "伤残情况：因战致听力残疾二级".
    r"|伤残情况"
    # A 门诊慢特病 application's history: "既往病史：冠心病" ("既往病史：无" is none).
    r"|既往病史|既往史"
    # A 殡葬 subsidy's form: "死亡原因：肝癌" (the deceased's data are labelled as a living person's).
    r"|死亡原因|死因"
    # A veteran's disabled part, in a reply to a request to reassess it: "致残部位为右上肢功能障碍",
    # hard-wrapped as the letter is ("致残部位⏎为脊髓损伤").
    rf"|{_wrapped('致残部位为')})"
    # ("| 疾病诊断 | 精神分裂症 |": a form typed as a Markdown grid pads its cells.)
    r"[ \t　]*[:：\t|｜]?[ \t　]*"
    r"([^\t\n，,；;。 　|｜]{1,20})"
)


# A disease named in a health context: after a cue ("因…住院", "患有", "诊断为", "查出", "得了", "检查发现",
# "风险因素：", "一直是", "造成"), or a whole field of a row about a person ("之孙  15岁  宫颈癌",
# "姓名 身份证号 手机号 风疹病毒易感"). A disease name is read by its shape, a run ending in one of the
# words diseases end in, rather than from a list of names: "系统性红斑狼疮", "地中海贫血基因携带",
# "乙肝表面抗原阳性", "2型糖尿病", "妊娠糖尿病史". The run takes no "在/于" ("因肺癌在某医院住院").
_DISEASE_WORDS = (
    "病|症|癌|瘤|炎|衰竭|贫血|血压|阳性|携带|易感|后遗症|坏死|结核|狼疮|减退|亢进|骨折|外伤|损伤|无力|突出"
    "|梗死|梗塞|出血|瘫痪|瘫|痫|咬伤|扭伤|烧伤|烫伤|离断伤|离断"
    # Findings of a medical examination (征兵体检, 工伤认定): defects and injuries.
    "|障碍|异常|失常|结石|近视|缺失|迟缓|综合征|挫伤|裂伤|离断伤|撕脱伤|震荡|色盲|扁平足|听力下降|听力损失"
    # Findings of a hospital's record and of a medical dispute.
    "|术后|感染|血肿|脾破裂|肝破裂|肾破裂|脏破裂|膜破裂|管破裂|内障|疝|过伸伤|多发伤"
    # A pupil's screening: "轻度视力不良", "血压偏高", "龋齿", "心脏杂音".
    "|超重|肥胖|消瘦|营养不良|视力不良|偏高|偏低|龋齿|沙眼|色弱|杂音|侧弯|晚期|失代偿期"
    # A vaccine's adverse reactions (预防接种异常反应) and an asthma.
    "|休克|惊厥|紫癜|哮喘"
    # Wounds a rescuer or a party of a fight took ("左前臂刀刺伤", "左手掌割伤"); not the way one was hurt
    # ("被机器挤伤", "将张三撞伤").
    "|刺伤|割伤|刀伤|砍伤|划伤|灼伤|冻伤"
    # A worker's injury of a 工伤 or an arbitration ("右手掌挤压伤", "左眼角膜穿通伤"), a stroke ("脑溢血").
    "|挤压伤|穿通伤|溢血"
    # A veteran's disabled part ("左小腿截肢", "双耳神经性耳聋", "左眼视力丧失"), a child's birth defect
    # ("唇腭裂").
    "|截肢|耳聋|失明|视力丧失|听力丧失|腭裂|唇裂"
)
_DISEASE_END = f"(?:{_DISEASE_WORDS})(?:史)?"
# End words that name a condition alone ("不合格（色盲）"); "异常", "感染" alone say nothing.
_DISEASE_ALONE = (
    "(?:色盲|扁平足|听力下降|听力损失|近视|结石|骨折|贫血|癫痫|白内障|疝"
    "|超重|肥胖|消瘦|营养不良|龋齿|沙眼|色弱"
    # What a follow-up's patient reports ("患者自诉头晕"): symptoms, after a cue only.
    "|头晕|头痛|胸闷|心悸|视物模糊|下肢浮肿|浮肿|水肿|肢体麻木|乏力|肝硬化)"
)
# "右足第2、3跖骨骨折": a "、" between two digits numbers bones, toes or ribs, and is no list's break.
_RUN_CHAR = rf"(?:(?![在于和并的患是为得])[{_HAN}0-9A-Za-z]|、(?<=[0-9]、)(?=[0-9]))"
_DISEASE_RUN = rf"(?:{_RUN_CHAR}{{1,18}}{_DISEASE_END}|贫血|多发伤)"
_DISEASE = re.compile(
    # Cues that say whose illness it is: a household's cause ("因病（冠心病）"), a screening's finding,
    # an injury caused to someone, a speaker's words about a person ("本人类风湿性关节炎").
    r"(?:因(?:病|残)[（(]|风险因素[:：]|检查发现[:：]?|经检查存在|造成|得了|一直是|(?:本人|自述)(?:是|患有?)?"
    # A household's member with a condition ("户内有高血压患者"), a follow-up's complaint ("患者自诉头晕").
    r"|户内有|自诉"
    # A notice to one household: "如确因肺结核等原因无法耕种，请联系村委会".
    r"|确因(?=[^，。；\n]{2,20}?等原因)"
    # A doctor's finding is always someone's: "经某医院诊断为：右桡骨远端骨折", "体检不合格（高度近视）".
    r"|诊断为[:：]|鉴定为|不合格[（(]|既往有|术后出现|记录载明"
    # A 见义勇为 notice's injury to the rescuer: "在施救过程中受伤面部烧伤", "…过程中致吸入性肺炎"; a visit
    # record's finding: "存在问题：脑梗死后遗症需定期复查".
    r"|受伤(?:[（(]|(?=[左右双头颈腰胸腹面颜眼鼻耳手足脚腿膝臂肩背颅脑肋]))|过程中致|存在问题[:：]"
    # A household's or a relative's illness: "张三户因肺癌长期治疗", "子女乳腺癌治愈后…".
    r"|(?<=[户你您其])因|(?:子女|配偶|家庭成员)(?:患有?)?|身患有?"
    # A reply's addressee's own illness: "你反映的股骨颈骨折不属于因战因公致残的范围".
    r"|[你您]所?反映的"
    # A form's value after its label, hard-wrapped or not: "身体状况：患有⏎脑性瘫痪", "况：患有先天性白内障"
    # (the label itself broken over lines).
    rf"|[:：]患有?{_WRAP}"
    # An accident's injury: "从高处坠落致腰椎骨折", "遭遇交通事故致颅脑损伤".
    r"|(?:坠落|事故|摔倒|跌倒|车祸|撞击|摔伤)致"
    # A letter's writer about a relative at home: "家里老人心脏病犯了好几次", "家中老伴患有糖尿病".
    r"|(?:家里|家中|我家)的?(?:老人|老伴|父亲|母亲|老父亲|老母亲|孩子|小孩|爱人|妻子|丈夫)(?:有|患有?|得了)?)"
    # After these cues the condition may be its end word alone: "不合格（色盲）", "（扁平足）".
    rf"({_DISEASE_RUN}|{_DISEASE_ALONE}|(?<=鉴定为)(?:完全|大部分|部分)?丧失劳动能力)"
    # Cues that policy text uses as well ("患有严重精神障碍的"): only on a line about a person.
    # "经评审认定为2型糖尿病门诊慢特病": a benefit's determination names the person's disease.
    # "在某医院住院治疗终末期肾病的大病保险报销明细": an application's subject.
    # "患者诊断⏎为癫痫所致精神障碍": a hard-wrapped line may break the cue.
    rf"|(?:因|患有|患(?!者)|诊断{_WRAP}[为是]{_WRAP}|确诊为?|查出|长期|认定为|住院治疗)"
    rf"({_DISEASE_RUN})"
    # "致贫原因：因残", "风险类型：因病": a household's cause as a form's value.
    r"|[:：](因病|因残)(?=[\t\n ，,|　；;。]|$)"
    # A complaint's harm: "食用后出现食物中毒症状", "出现过敏性皮炎症状" (not "出现相关症状").
    rf"|出现(?!相关|类似|上述|以上|此类|同样|轻微|不同|多种|各种)([{_HAN}]{{2,8}}?)症状"
)
# Where a _DISEASE match may begin: the first character of each of its cues, the rest of the cue
# checked ahead: with one plain character first in each branch `re` skips to these in C, while _DISEASE,
# whose branches open with groups, is tried at every character of a block. (Keep it in step with
# _DISEASE's cues.)
_DISEASE_CUE = re.compile(
    r"因|风(?=险因素)|检(?=查发现)|经(?=检查存在)|造(?=成)|得(?=了)|一(?=直是)|本(?=人)|自(?=述)"
    rf"|诊(?=断{_WRAP}[为是])|鉴(?=定为)|不(?=合格)|既(?=往有)|术(?=后出现)|记(?=录载明)|受(?=伤)|过(?=程中致)"
    r"|存(?=在问题)"
    r"|户(?=内有)|自(?=诉)"
    r"|子(?=女)|配(?=偶)|家(?=庭成员|里|中)|我(?=家)|你(?=所?反映的)|您(?=所?反映的)|:(?=患)|：(?=患)"
    r"|坠(?=落致)|事(?=故致)|摔(?=[倒伤]致)|跌(?=倒致)|车(?=祸致)|撞(?=击致)|身(?=患)"
    r"|患|确(?=诊|因)|查(?=出)|长(?=期)|认(?=定为)|住(?=院治疗)|:(?=因[病残])|：(?=因[病残])|出(?=现)"
)


def _diseases(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of _DISEASE.finditer(text, start, end), tried only where a cue begins."""
    after = start
    for cue in _DISEASE_CUE.finditer(text, start, end):
        if cue.start() >= after:
            m = _DISEASE.match(text, cue.start(), end)
            if m is not None:
                yield m
                after = m.end()


# A whole field of a row, after a separator: "之孙  15岁  宫颈癌", "3人，因病  623元/月". Found from its
# end (a disease's last word before a separator, rarer than the separators) and read back to the field's
# start, which costs less than trying a run after every space and comma of a block.
# (One flat alternation of words, as _DISEASE_WORDS is: a nested group would cost `re` its skip to
# candidates.)
_DISEASE_FIELD_END = re.compile(rf"(?:{_DISEASE_WORDS}|因病|因残)(?:史)?(?=[\t\n ，,|　；;）)]|$)")
# (Or a bracket: "否（右腿骨折，无法胜任巡护）", a row's reason for its verdict.)
_FIELD_BEFORE = re.compile(r"[\t ，,|　；;（(]([^\t ，,|　；;\n（(]{2,20})$")
_DISEASE_FIELD = re.compile(rf"{_DISEASE_RUN}|因病|因残")
# Words that end like a disease but name a scheme or a service: "大病保险" is no one's illness.
# "未见异常" is a clean result, not a finding.
# ("慢病患者": a family doctor's group of patients, which names no condition.)
_NOT_DISEASE = re.compile(
    r"大病|重病|慢性病|慢病|病(?:房|区|床|历)|疫病|防病|(?:复查|复检|检查)?(?:未见|未发现|无)[^\n]{0,4}异常"
    # A site's or a firm's failing, no one's body ("临边防护缺失", "安全管理制度缺失").
    r"|[^\n]*(?:防护|措施|制度|管理|设施|标志|警示|护栏)缺失"
)


# The same as a form's field: "就业困难类别：长期患病（帕金森病）", "致困原因:配偶患偏执性精神病".
_HARDSHIP_LABEL = re.compile(
    r"(?:就业困难类别|就业困难类型|人员类别|困难类型|困难类别|致困原因|困境情形|困境类型)[:：]?[ \t　]*"
    r"([^\t\n，,；;。 　]{2,24})"
)
# A screening's finding as a form's field, after a colon: "检查结果：轻度视力不良" ("未见异常" is none).
_SCREENING_LABEL = re.compile(
    r"(?:监测结果|检查结果|体检结果|体检异常|异常情况|筛查结果)[:：\t][ \t　]*([^\t\n，,；;。 　]{2,20})"
)
_DISEASE_ITEM = re.compile(rf"{_DISEASE_RUN}|{_DISEASE_ALONE}")
# An injury caused to someone or diagnosed: "碰撞，致林彬炎左膝半月板损伤", "致原告右桡骨远端骨折",
# "住院治疗，诊断为右眼角膜挫伤". An injury is always a body's, so no person cue is needed on the line; the
# run ends in a word only injuries end in (not "致贫", "致病菌"), and after the person (a name found
# there, or a party word, both dropped) it begins with a part of the body (not "暴雨导致设备损伤").
_INJURY_END = (
    "骨折|损伤|挫伤|裂伤|挫裂伤|离断伤|撕脱伤|震荡|血肿|脾破裂|肝破裂|肾破裂|脏破裂|膜破裂|外伤|烧伤|烫伤"
    "|咬伤|扭伤|多发伤|过伸伤|截瘫|偏瘫|刺伤|割伤|刀伤|砍伤|划伤|灼伤|冻伤"
    # A disability a soldier's duty caused: "在执行实弹射击任务中致右手拇指缺失", "…致右上肢功能障碍".
    "|功能障碍|缺失|截肢|耳聋|失明|视力丧失|听力丧失"
)
_INJURY = re.compile(
    # (A PDF's line may end right after 诊断为: "乙方经某医院诊断为⏎左肱骨外科颈骨折".)
    rf"(?:致(?![使富贫力死])|诊断为\n?)((?:[{_HAN}0-9·]|、(?<=[0-9]、)(?=[0-9])){{2,24}}?(?:{_INJURY_END}))"
)
_INJURED_PARTY = re.compile(r"原告|被告|其|他|她|受害人|伤者|对方|本人|申请人|被申请人|第三人")
_BODY_PART = re.compile(
    r"[左右双头颈腰胸腹面颜眼鼻口唇耳手足脚腿膝臂肩背颅脑颌齿牙肋骨盆脊椎趾指腕踝肘髋臀躯]"
    r"|四肢|上肢|下肢|全身|多处|多发|软组织"
)
# A surgery a person had: "我本人刚做完膝关节置换手术" (the operation, not 手术, is the finding).
_SURGERY = re.compile(
    rf"做(?:完|了|过)了?([{_HAN}]{{1,10}}?(?:置换|切除|摘除|移植|修复|搭桥|支架植入|植入|固定|矫正|重建|成形))手术"
)
# A work injury's grade after its appraisal: "经鉴定为八级伤残", "原告构成十级伤残" (the line names no one).
# Not a rule's class of people: "被鉴定为七级至十级伤残的", "构成十级伤残的".
_APPRAISED = ("经鉴定为", "构成", "评定为")
# An injury's appraised degree (人体损伤程度鉴定标准): a victim's, as a 治安 penalty or a mediation states it.
# Not a rule's class ("构成轻伤以上的").
_INJURY_DEGREE = re.compile(
    r"(?:鉴定为|构成|评定为|程度为)[：:]?\n?(轻微伤|轻伤[一二]级|重伤[一二]级|轻伤|重伤)(?!的|以上|以下|及|或|至)"
)
_NOT_APPRAISED_AFTER = ("的", "至", "以上", "以下", "及", "或")


# A veteran's or a worker's grade after its label, in prose or a form: "拟评定伤残等级为十级（因公）",
# "残疾军人，因公致残，伤残等级十级；", a reply's "原评定伤残等级为八⏎级" hard-wrapped. The grade is the
# finding (the 因战/因公 after it says how, not what). Not a rule's class ("伤残等级为一级至四级的",
# "伤残等级为五级、六级的"). Nor a remark's grade before the disability it grades ("备注：伤残等级七级，
# 右手拇指缺失"): the remark names one finding, the disability, which is flagged (_diseases).
_GRADED = re.compile(
    rf"(?:{_wrapped('伤残等级')}|{_wrapped('残疾等级')}){_WRAP}(?:为|是|[:：])?{_WRAP}"
    rf"([{_TEN}]{{1,2}}级)(?!的|至|到|以上|以下|及|或|和|、)"
)
# A veteran's grade as a field of a row that no table header splits (a PDF's columns, spaced unevenly;
# a paragraph a row): "右上肢功能障碍 六级 因公", "残疾军人  七级  因战  980", "残疾军人 八级 2810". The
# grade stands alone between separators after the disability or the 优抚类别 "残疾军人", or before the
# 伤残性质 (因战/因公/因病) that only a disability's grade has.
_GRADE_FIELD = re.compile(rf"(?:^|(?<=[ \t　|｜,，]))([{_TEN}]{{1,2}}级)(?=[ \t　|｜,，]|$)", re.M)
_FIELD_GAP = "[ \t　|｜,，]+"
_NATURE_AFTER = re.compile(rf"{_FIELD_GAP}因[战公病](?:致残)?(?:[ \t　|｜,，]|$)", re.M)
_DISABLED_BEFORE = re.compile(rf"(?:残疾军人|伤残军人|伤残人民警察|伤残民兵民工){_FIELD_GAP}$")
_FIELD_BEHIND = re.compile(rf"([^ \t　|｜,，\n]{{2,20}}){_FIELD_GAP}$")
_CAUSED_BY = ("因战致", "因公致", "因病致")
# A form one field a line: the label above its value ("伤残情况⏎因战致听力残疾二级").
_HEALTH_LABEL_LINE = re.compile(r"[ \t　]*(?:伤残情况|健康状况|身体状况|残疾类别|残疾等级|残疾情况)[ \t　]*")


# A field or a column that lists a person's state or a hospital's diagnosis, one condition after another:
# "健康状况：慢性支气管炎、腰椎间盘突出症", "出院诊断：食管癌、老年痴呆症", a 健康状况 cell's "患骨质疏松症，
# 言语残疾一级". Each condition of a list is a finding of its own, without the 患 before it (a field of
# one condition stays whole: "健康状况\t患乳腺癌"). Not a 门诊慢特病 determination's 认定病种 ("A、B" is
# one determination), nor a 患病情况 field's "患有A、B" (one statement about the person).
_LISTING_LABEL = ("健康状况", "身体状况", "出院诊断", "入院诊断", "门诊诊断")
_LISTING_HEADER = re.compile(r"健康状况|身体状况|诊断")
# The field the list is in: up to a cell's or a clause's end ("出院诊断：A、B  医疗总费用：…").
_FIELD_EXTENT = re.compile(r"[^\t\n；;。|｜　 ]+")
# One item: up to a "、" or a comma ("右足第2、3跖骨骨折": a "、" between digits numbers bones).
_LISTED_ITEM = re.compile(r"(?:[^、，,]|、(?<=[0-9]、)(?=[0-9]))+")


def _condition_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The conditions listed from start to end, each without a leading 患/患有, up to the first item
    that is none ("患高血压，需长期服药": only "高血压"). Empty when the first item is none."""
    items: list[tuple[int, int]] = []
    for m in _LISTED_ITEM.finditer(text, start, end):
        s, e = m.span()
        if text.startswith("患", s):
            s += 2 if text.startswith("患有", s) else 1
        condition = _DISEASE_ITEM.fullmatch(text, s, e) or _HEALTH.fullmatch(text, s, e)
        if not condition or _NOT_DISEASE.fullmatch(text, s, e):
            break
        items.append((s, e))
    return items


# The column of the group a welfare list's person belongs to ("类别": 空巢, 独居, 高龄, 失能, 重残, 计划
# 生育特殊家庭 in a 特殊困难老年人 roster): the scheme's class, named by the rule that defines it, not the
# person's condition, which its own column (健康状况) gives. A grade ("中度失能") is an assessment.
# So is a withdrawal's or a benefit's type ("提取类型：重大疾病"), which the reason beside it details.
_CATEGORY_HEADER = re.compile("(?:老人|对象|服务对象|关爱对象)?类别|(?:提取|申请|救助|补助)?类型")
_CATEGORY_VALUES = frozenset({"失能", "半失能", "重残", "重大疾病"})
_CATEGORY_FIELD = re.compile("(?:类别|类型)[：:][ \t　]*$")


def _category_cell(ctx: _Ctx, ls: int, start: int, end: int) -> bool:
    """Whether start..end is the whole cell of a category column (_CATEGORY_HEADER)."""
    if ctx.text[start:end] not in _CATEGORY_VALUES:
        return False
    if _CATEGORY_FIELD.search(ctx.text, max(ls, start - 12), start):
        return True  # "提取类型：重大疾病，提取原因：…"
    cell = ctx.cell_at(ls, start)
    return cell is not None and cell[:2] == (start, end) and _CATEGORY_HEADER.fullmatch(cell[2]) is not None


# What parts a form's label from its value (_HEALTH_LABEL).
_LABEL_SEPS = frozenset(":：\t|｜ 　")
# A grade as a value: "三级" (a disability's), "八级" (a veteran's 伤残等级).
_GRADE_VALUE = re.compile(f"[{_TEN}]{{1,2}}级|[1-4]级")


def _condition_at(text: str, pos: int) -> bool:
    """Whether a condition or a grade begins at pos ("右上肢功能障碍", "肢体残疾", "三级")."""
    return (
        _DISEASE_ITEM.match(text, pos) is not None
        or _HEALTH.match(text, pos) is not None
        or _GRADE_VALUE.match(text, pos) is not None
    )


_CLAUSE_EXTENT = re.compile(r"[^\t\n，,、；;。|｜　 ]{1,20}")


def _condition_field(text: str, pos: int) -> bool:
    """Whether the field from pos to a separator is a condition ("右手拇指缺失", "左眼视力残疾"), not a
    label before one ("致残部位为左小腿截肢")."""
    field = _CLAUSE_EXTENT.match(text, pos)
    return field is not None and (
        _condition_at(text, pos)
        # "左眼视力残疾": a part of the body before the disability's type.
        or (_BODY_PART.match(text, pos) is not None and _HEALTH.search(text, pos, field.end()) is not None)
    )


def _health_label_above(text: str, ls: int) -> bool:
    return ls > 0 and _HEALTH_LABEL_LINE.fullmatch(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1) is not None


def _health(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    # (Each label holds one of these words: a plain search skips a block without them faster.)
    screening = any(text.find(w, block_start, block_end) >= 0 for w in ("结果", "异常"))
    for label in _SCREENING_LABEL.finditer(text, block_start, block_end) if screening else ():
        value = label.group(1)
        if (
            value not in _NOT_HEALTH
            and not _NOT_DISEASE.fullmatch(value)
            and not ctx.is_row(_line_at(text, label.start())[0])
        ):
            ctx.add("health", label.start(1), label.end(1))
    hardship = any(text.find(w, block_start, block_end) >= 0 for w in ("困", "人员类别"))
    for label in _HARDSHIP_LABEL.finditer(text, block_start, block_end) if hardship else ():
        if _HEALTH_WORD.search(label.group(1)) and not ctx.is_row(_line_at(text, label.start())[0]):
            ctx.add("health", label.start(1), label.end(1))
    for label in _HEALTH_LABEL.finditer(text, block_start, block_end):
        value, start = label.group(1), label.start(1)
        if label.group().startswith(("死亡原因", "死因")) and _about_animals(ctx, start):
            continue  # "耳标号：…，死亡原因：疾病（猪丹毒）": an animal's
        if text[start - 1] not in _LABEL_SEPS and not _condition_at(text, start):
            # "关于调整残疾等级的申请收悉", "残疾等级评定对象公示": the label's words run on in a sentence or
            # a title; with nothing between them, only a condition is the label's value ("残疾等级三级").
            continue
        if value.startswith(_CAUSED_BY) and len(value) > 4:
            value, start = value[3:], start + 3  # "因战致听力残疾二级": the cause is no condition
        if label.group().startswith(_LISTING_LABEL):
            field_end = _FIELD_EXTENT.match(text, start)
            items = _condition_items(text, start, field_end.end()) if field_end else []
            if len(items) > 1 and not ctx.is_row(_line_at(text, label.start())[0]):
                for s, e in items:
                    ctx.add("health", s, e)
                    ctx.listed.add(s)
                continue
        if (
            value not in _NOT_HEALTH
            and value not in ("患", "患有")  # "身体状况：患有⏎脑性瘫痪": _DISEASE's cue finds the condition
            # "2型糖尿病": a disease's name may begin with a digit.
            and (_HAN_CHAR.match(value) or _DISEASE_ITEM.fullmatch(value))
            and not value.startswith(("及", "等级", "和"))  # "残疾类别及等级": a header, no value
            and "：" not in value  # "出院诊断：  医疗总费用：…": an empty field, then the next label
            and ":" not in value
            # "｜残疾类别及等级｜现居住地｜": a grid's next header, no value
            and not (text[label.start(1) - 1] in "|｜" and _known_header(value))
            and not value.endswith(("医院", "卫生院", "诊所"))  # "疾病诊断  就诊医院": the next header
            and not ctx.is_row(_line_at(text, label.start())[0])
        ):
            ctx.add("health", start, label.end(1))
    if text.find("级", block_start, block_end) >= 0:
        for m in _GRADED.finditer(text, block_start, block_end):
            if not (text[m.end() : m.end() + 1] in ("，", ",") and _condition_field(text, m.end() + 1)):
                ctx.add("health", m.start(1), m.end(1))
    if text.find("级", block_start, block_end) >= 0:
        _grade_fields(ctx, block_start, block_end)
    line_start, personal = -1, False
    health = _HEALTH if _DIGIT_GRADE.search(text, block_start, block_end) else _HEALTH_BUT_DIGITS
    for m in health.finditer(text, block_start, block_end):
        ls, le = _line_at(text, m.start())
        if ls != line_start:
            # A policy sentence about 残疾人 in general is not a person's status.
            line_start = ls
            personal = not _FORM_TITLE.fullmatch(text, ls, le) and (
                ctx.is_row(ls)
                or _PERSON_CUE.search(text, ls, le) is not None
                or _health_label_above(text, ls)
                or _names_on_line(ctx, ls, le)
                or _addresses_on_line(ctx, ls, le)  # "3、谢梓  某小区…  1人  因残（…）"
            )
        if personal and _category_cell(ctx, ls, m.start(), m.end()):
            continue
        if personal or (
            "伤残" in m.group()
            and text.endswith(_APPRAISED, ls, m.start())
            and not text.startswith(_NOT_APPRAISED_AFTER, m.end())
        ):
            ctx.add("health", m.start(), m.end())
    if text.find("伤", block_start, block_end) >= 0:
        for m in _INJURY_DEGREE.finditer(text, block_start, block_end):
            ctx.add("health", m.start(1), m.end(1))
    if text.find("手术", block_start, block_end) >= 0:
        for m in _SURGERY.finditer(text, block_start, block_end):
            ctx.add("health", m.start(1), m.end(1))
    cued: set[int] = set()
    lines: dict[int, bool] = {}  # line start: whether the line is about a person
    for m in _diseases(text, block_start, block_end):
        group = m.lastindex or 1
        start, end = m.span(group)
        if not _NOT_DISEASE.fullmatch(text, start, end) and (
            group == 1
            or _personal_line(ctx, start, lines)
            # (The cue's line, when a hard wrap parts it from the condition: "，患者诊断⏎为…".)
            or (text.find("\n", m.start(), start) >= 0 and _personal_line(ctx, m.start(), lines))
        ):
            if m.group().startswith((":", "：")) and text.startswith(("的", "等"), end):
                continue  # "条件：患有严重精神障碍的": a rule's class, not a form's value
            ctx.add("health", start, end)
            cued.add(end)
            # The rest of a list: "患有高血压、糖尿病、腰椎间盘突出", "诊断为脑震荡、颈椎过伸伤".
            while text[end : end + 1] in ("、", "和", "及") and end + 1 < block_end:
                item = _DISEASE_ITEM.match(text, end + 1, block_end)
                if item is None or _NOT_DISEASE.fullmatch(text, item.start(), item.end()):
                    break
                start, end = item.span()
                ctx.add("health", start, end)
                cued.add(end)
    if text.find("致", block_start, block_end) >= 0 or text.find("诊断为", block_start, block_end) >= 0:
        # (Their ends are cued: "，致原告右桡骨远端骨折，" is not a field's condition as well.)
        cued |= _injuries(ctx, block_start, block_end)
    if text.find("患者", block_start, block_end) >= 0:
        _patient_categories(ctx, block_start, block_end)
        _patient_notes(ctx, block_start, block_end)
    for m in _DISEASE_FIELD_END.finditer(text, block_start, block_end):
        end = m.end()
        if end in cued:
            continue  # "，因肺癌，": found after its cue
        ls = text.rfind("\n", 0, end) + 1
        field = _FIELD_BEFORE.search(text, max(ls, m.start() - 21), end)
        if field is None:
            continue
        start = field.start(1)
        if (
            _DISEASE_FIELD.fullmatch(text, start, end)
            and not _NOT_DISEASE.fullmatch(text, start, end)
            and _personal_line(ctx, start, lines)
            and not _is_header_row(ctx, ls)
            # "2  邱绍炎  男": a name that ends like a disease, found as the name it is or followed by
            # the person's sex (a commendation list's, whose names are not flagged).
            and not _name_found_at(ctx, start)
            and _SEX_NEXT.match(text, end) is None
            and not _nature_cell(ctx, ls, start)
            # "肉羊,…,2,疾病,3084.00": a claim for a farm's sheep, by its table's header (a row's words may
            # name a cattle farm a pupil's parent works at).
            and not _animal_columns(ctx, ls)
        ):
            ctx.add("health", start, end)


# A patient's diagnosis in brackets after the name, in a 严重精神障碍 list's item: "患者向晓红（双相情感
# 障碍），监护人…". Not a note that is no condition ("孔轩博（患者，男，55岁）", "（已故）").
_PATIENT_NOTE = re.compile(rf"患者[{_HAN}·]{{2,16}}?[（(]([^（()）\n，,、；;]{{2,24}})[）)]")


def _grade_fields(ctx: _Ctx, block_start: int, block_end: int) -> None:
    """A disability's grade as a row's field (_GRADE_FIELD), on a line about a person."""
    text = ctx.text
    lines: dict[int, bool] = {}
    for m in _GRADE_FIELD.finditer(text, block_start, block_end):
        start, end = m.span(1)
        ls = text.rfind("\n", 0, start) + 1
        before = _FIELD_BEHIND.search(text, max(ls, start - 24), start)
        if (
            _NATURE_AFTER.match(text, end) is not None
            or _DISABLED_BEFORE.search(text, max(ls, start - 12), start) is not None
            or (before is not None and _condition_field(text, before.start(1)))
        ) and _personal_line(ctx, start, lines):
            ctx.add("health", start, end)


def _patient_notes(ctx: _Ctx, block_start: int, block_end: int) -> None:
    text = ctx.text
    for m in _PATIENT_NOTE.finditer(text, block_start, block_end):
        start, end = m.span(1)
        if (
            _DISEASE_ITEM.fullmatch(text, start, end) or _HEALTH.fullmatch(text, start, end)
        ) and not _NOT_DISEASE.fullmatch(text, start, end):
            ctx.add("health", start, end)


def _injuries(ctx: _Ctx, block_start: int, block_end: int) -> set[int]:
    """An injury caused to someone or diagnosed (_INJURY), the injured person's name or party word left
    out of it, and the other items of its list ("经诊断为：A、B" is _DISEASE's); the ends found."""
    text = ctx.text
    ends: set[int] = set()
    for m in _INJURY.finditer(text, block_start, block_end):
        start, end = m.span(1)
        name_end = _name_end_at(ctx, start)
        if name_end is not None and name_end < end:
            start = name_end
        else:
            party = _INJURED_PARTY.match(text, start, end)
            if party is not None:
                start = party.end()
        if end - start < 2 or not _BODY_PART.match(text, start) or _NOT_DISEASE.fullmatch(text, start, end):
            continue
        if (start, start - end, _PRIORITY["health"], "health", end) in ctx.found:
            continue  # found after _DISEASE's cue: twice would read as a condition and its note
        ctx.add("health", start, end)
        ends.add(end)
        while text[end : end + 1] in ("、", "和", "及") and end + 1 < block_end:
            item = _DISEASE_ITEM.match(text, end + 1, block_end)
            if item is None or _NOT_DISEASE.fullmatch(text, item.start(), item.end()):
                break
            start, end = item.span()
            ctx.add("health", start, end)
            ends.add(end)
    return ends


def _name_end_at(ctx: _Ctx, pos: int) -> int | None:
    """The end of a name found at pos, or of one found elsewhere that the text at pos repeats ("与林彬炎
    发生碰撞，致林彬炎…": the later mention is found only after _health)."""
    for f in ctx.found:
        if f[0] == pos and f[3] == "name":
            return f[4]
    if ctx.name_texts is None:
        ctx.name_texts = frozenset(ctx.text[f[0] : f[4]] for f in ctx.found if f[3] == "name")
    ends = [pos + len(name) for name in ctx.name_texts if ctx.text.startswith(name, pos)]
    return max(ends) if ends else None


# The separators before an item of a row's cell ("\t高血压患者、冠心病患者").
_ITEM_SEPS = "\t ，,、；;|｜　"


def _patient_categories(ctx: _Ctx, block_start: int, block_end: int) -> None:
    """A row's category that names the person's illness: "高血压患者、冠心病患者" in a family doctor's
    list (签约类别), the condition without 患者. Only in a table's row: "为高血压患者提供随访" is policy,
    and "老年人", "0-6岁儿童" are categories that no disease word ends."""
    text = ctx.text
    at = text.find("患者", block_start, block_end)
    while at >= 0:
        ls = text.rfind("\n", 0, at) + 1
        if ctx.is_row(ls) and not _is_header_row(ctx, ls):
            low = max(ls, at - 20)
            start = max(text.rfind(c, low, at) for c in _ITEM_SEPS) + 1
            if not start and low == ls:
                start = ls  # the row's first cell
            if (
                start
                and _DISEASE_FIELD.fullmatch(text, start, at)
                and not _NOT_DISEASE.fullmatch(text, start, at)
            ):
                ctx.add("health", start, at)
        at = text.find("患者", at + 2, block_end)


# "七级 因病": the 伤残性质 after a grade (_GRADE_FIELD), how the veteran was disabled.
_GRADE_BEHIND = re.compile(rf"[{_TEN}]级{_FIELD_GAP}$")


def _nature_cell(ctx: _Ctx, ls: int, pos: int) -> bool:
    """Whether pos lies in a 伤残性质 column (_NATURE_HEADER) or after a grade: "因病" there is how the
    veteran was disabled, not what the disability is."""
    if not ctx.text.startswith("因", pos):
        return False
    if _GRADE_BEHIND.search(ctx.text, max(ls, pos - 8), pos) is not None:
        return True  # "七级 因病" in a row no header splits
    cell = ctx.cell_at(ls, pos)
    return cell is not None and _NATURE_HEADER.search(cell[2]) is not None


def _is_header_row(ctx: _Ctx, ls: int) -> bool:
    """Whether the line is a table's header ("姓名  异常类型  门诊慢特病"): its cells are its headers."""
    row = ctx.rows.get(ls)
    return row is not None and [ctx.text[s:e] for s, e in row[0]] == row[1]


def _personal_line(ctx: _Ctx, pos: int, known: dict[int, bool]) -> bool:
    """Whether the line holding pos is about a person: a table row, a person cue, a name or a person's
    address found on it ("4．邱宏  某村三组  3人，因病（冠心病）"). known caches the answer per line."""
    ls, le = _line_at(ctx.text, pos)
    answer = known.get(ls)
    if answer is None:
        answer = known[ls] = (
            ctx.is_row(ls)
            or _PERSON_CUE.search(ctx.text, ls, le) is not None
            or _names_on_line(ctx, ls, le)
            or _addresses_on_line(ctx, ls, le)
            or _named_again_on_line(ctx, ls, le)
        )
    return answer


def _named_again_on_line(ctx: _Ctx, ls: int, le: int) -> bool:
    """Whether a name found elsewhere in the text is on the line ("受种者：张三⏎张三于…接种…，经某医院
    诊断为…"): later mentions are found only after _health, so the names are looked for as text."""
    if ctx.name_texts is None:
        ctx.name_texts = frozenset(ctx.text[f[0] : f[4]] for f in ctx.found if f[3] == "name")
    line = ctx.text[ls:le]
    return any(name in line for name in ctx.name_texts)


def _name_found_at(ctx: _Ctx, pos: int) -> bool:
    """Whether a name was found that starts at pos."""
    if ctx.name_starts is None:
        ctx.name_starts = sorted(f[0] for f in ctx.found if f[3] == "name")
    i = bisect.bisect_left(ctx.name_starts, pos)
    return i < len(ctx.name_starts) and ctx.name_starts[i] == pos


def _names_on_line(ctx: _Ctx, ls: int, le: int) -> bool:
    """Whether a name was found on the line ("1. 张三，青云村3组，患尿毒症")."""
    if ctx.name_starts is None:
        ctx.name_starts = sorted(f[0] for f in ctx.found if f[3] == "name")
    i = bisect.bisect_left(ctx.name_starts, ls)
    return i < len(ctx.name_starts) and ctx.name_starts[i] < le


def _addresses_on_line(ctx: _Ctx, ls: int, le: int) -> bool:
    """Whether a person's address was found on the line ("4．邱宏  某村三组  3人，因病（…）")."""
    if ctx.addr_starts is None:
        ctx.addr_starts = sorted(f[0] for f in ctx.found if f[3] == "address")
    i = bisect.bisect_left(ctx.addr_starts, ls)
    return i < len(ctx.addr_starts) and ctx.addr_starts[i] < le


_ANALYSERS: tuple[tuple[int, Callable[[_Ctx, int, int], None]], ...] = (
    (_FAMILY_BIT["num"], _numbers),
    (_FAMILY_BIT["num"], _documents),
    (_FAMILY_BIT["email"], _emails),
    (_FAMILY_BIT["plate"], _plates),
    (_FAMILY_BIT["name"], _names),
    (_FAMILY_BIT["prose"], _prose_names),
    (_FAMILY_BIT["addr"], _addresses),
    (_FAMILY_BIT["health"], _health),
    # Rows: an ID (num), "身份证" (table), a sex mark (name) or a village's 组 (addr) triggers them.
    (_FAMILY_BIT["num"] | _FAMILY_BIT["name"] | _FAMILY_BIT["table"] | _FAMILY_BIT["addr"], _row_names),
)
