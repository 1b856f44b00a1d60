"""Names in prose forms first met in holdout 16: the addressee of a notice served on one person, items of
a numbered list that open with a person or a guardian and their ward, labels a hard wrap breaks, lists
of households' heads that wrap over lines, and the households a survey's result singles out."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A court's order, the addressee alone on the line after the case number.
        (
            "某县人民法院\n限制消费令\n（2023）甘1126执2071号\n\n禄海涛：\n"
            "    本院于2023年5月9日立案执行申请执行人"
            "某建材有限公司与你买卖合同纠纷一案，因你未按执行通知书指定的期间履行…\n",
            ["禄海涛"],
        ),
        # A Uyghur name without its dot, the same party named again in the body.
        (
            "某县人民法院\n公　告\n（2021）新3101执882号\n\n买买提吐尔逊：\n本院受理申请执行人某某与被执行人"
            "买买提吐尔逊民间借贷纠纷一案，因你下落不明，依照…\n",
            ["买买提吐尔逊", "买买提吐尔逊"],
        ),
        # An ID in brackets after the addressee; a notice served by publication ("你位于…的房屋").
        (
            "关于送达《房屋征收补偿决定书》的公告\n某征发〔2021〕18号\n\n仝建平（身份证号：略）：\n因老城片区棚户区改造"
            "项目建设需要，县人民政府于2021年3月2日作出《房屋征收决定》，你位于解放路12号的房屋在征收范围内。\n",
            ["仝建平"],
        ),
        # A letter laid out as HTML paragraphs, a Mongolian name.
        (
            "<p>关于注销户口的公告</p>\n<p>某公户告字〔2024〕17号</p>\n<p></p>\n<p>巴雅尔：</p>\n"
            "<p>    你于2021年3月5日经批准赴澳门定居，所持…</p>\n",
            ["巴雅尔"],
        ),
        # "致" and "同志" around the name.
        (
            "限期拆除违法建设通知书\n某综执拆字〔2022〕9号\n\n致隗秀芝：\n    你户位于某镇某村三组的…\n",
            ["隗秀芝"],
        ),
    ],
)
def test_the_addressee_after_the_document_number(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "某县自然资源局公告\n\n吉克阿木：\n因你下落不明，本机关依法向你公告送达《责令改正通知书》。\n",
            ["吉克阿木"],
        ),
        (
            "某县人民法院\n限制消费令\n\n郇志强：\n    本院于2024年3月5日立案执行申请执行人某某与你…\n",
            ["郇志强"],
        ),
        # An office addressed after a title: no person.
        ("某县自然资源局公告\n\n某某矿业有限公司：\n因你公司下落不明，本机关依法向你公司公告送达…\n", []),
    ],
)
def test_the_addressee_after_a_notices_title(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An office or a firm addressed ("你单位", "你公司"), many addressees, a line that is no addressee.
        "责令整改通知书\n某应急责改〔2024〕12号\n\n某某建材有限公司：\n    经查，你公司存在以下问题…\n",
        "整改通知\n某环函〔2024〕3号\n\n县交通运输局：\n    经检查，你单位在…\n",
        "关于做好防汛工作的通知\n某政办发〔2024〕21号\n\n各乡镇人民政府：\n    为做好今年防汛工作，请你们…\n",
        "答复书\n某退役函〔2024〕5号\n\n全体居民：\n    你们反映的问题…\n",
        # A heading after the number, not a person: the body speaks to no one.
        "工作方案\n某办发〔2024〕8号\n\n工作目标：\n    全面完成改造任务。\n",
    ],
)
def test_no_addressee_that_is_no_person(engine, text):
    assert names(text, engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An item that opens with a relative, then whose relative they are.
        (
            "现予公示：\n1．阿牛阿呷，系患者阿牛木果之女儿，住某乡某村12号，患者诊断为癫痫所致精神障碍；\n",
            ["阿牛阿呷", "阿牛木果"],
        ),
        (
            "现予公示：\n2．苟丽萍，系患者宁德忠之配偶，住某镇某村7号；\n3．巴特尔，系患者其木格之丈夫，住某嘎查；\n",
            ["苟丽萍", "宁德忠", "巴特尔", "其木格"],
        ),
        ("现予公示：\n1．曲比阿果，系患者曲比拉哈的女儿，住某乡某村12号；\n", ["曲比阿果", "曲比拉哈"]),
        # A guardian and their ward, each with their role in brackets.
        (
            "现予公示：\n2、乌日娜（监护人）——朝格（患者，男，41岁）；\n3、曲木阿果（监护人）——曲木拉哈（患者，女，35岁）；\n",
            ["乌日娜", "朝格", "曲木阿果", "曲木拉哈"],
        ),
        # A patient's or a tenant's label opening an item, a rare surname or a Yi name after it.
        (
            "现予公示：\n4. 患者仉立新（双相情感障碍），监护人仉霞（母亲），新庄村，600元；\n",
            ["仉立新", "仉霞"],
        ),
        (
            "拟取消其保障资格：\n1. 承租人果基石者，承租房屋：城东安居小区3-1-704室，取消原因：擅自转租；\n"
            "2. 承租人脱永春，承租房屋：西城公租房小区14-2-201室，取消原因：擅自转租；\n",
            ["果基石者", "脱永春"],
        ),
        (
            "拟取消其保障资格：\n2. 承租人者宝，承租房屋：城东公租房小区6号楼2单元302室，取消原因：转租；\n",
            ["者宝"],
        ),
        # A case's party before the other party, a Mongolian name of two characters.
        ("本院受理申请执行人苏和与被执行人孙海离婚后财产纠纷一案，因你下落不明", ["苏和", "孙海"]),
        # A household numbered in Chinese numerals, then its size.
        (
            "现予公示：\n（一）吉克阿依户（2人），长乐村，房屋严重损坏；\n（二）郝宝柱户（3人），新村，圈舍倒塌；\n",
            ["吉克阿依", "郝宝柱"],
        ),
        # A person whose household registration moved ("1. 张三，户籍迁往…").
        (
            "二、停发对象（1人）\n1. 阿西阿果，户籍迁往成都市武侯区，自2024年4月起转移抚恤关系。\n",
            ["阿西阿果"],
        ),
    ],
)
def test_items_that_open_with_a_person(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The same shapes holding a condition, a duty, a role or a place.
        "公示如下：\n1. 申请人视力四级，符合保障条件。\n",
        "公示如下：\n2. 患者病故，停发补助。\n",
        "公示如下：\n1. 承租人变更，变更原因：家庭成员去世；\n",
        "公示如下：\n3. 承租人家属，承租房屋：某小区，取消原因：擅自转租；\n",
        "现予公示：\n1、村委会（监护人）——患者（患者，男，41岁）；\n",
        "本院受理申请执行人某县农村信用合作联社与被执行人某某公司借款合同纠纷一案",
    ],
)
def test_item_shapes_without_a_person(engine, text):
    assert names(text, engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The label broken by the line's width; the name on the next line.
        ("3. 患者扎西卓玛（精神分裂症），监护\n人覃春（父亲），三合村，1000元；\n", ["扎西卓玛", "覃春"]),
        (
            "4. 患者尼玛次仁（精神分裂症），监护人\n格桑朗杰（配偶），黄泥村，1000元；\n",
            ["尼玛次仁", "格桑朗杰"],
        ),
        ("本院于2024年4月17日立案执行申请执行\n人禹海生与你追索劳动报酬纠纷一案，因\n", ["禹海生"]),
    ],
)
def test_labels_a_hard_wrap_breaks(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 申请人 is no wrapped label ("申请⏎人民法院强制执行"), nor is a label before 人民.
        "逾期不履行的，本机关将依法申请\n人民法院强制执行。\n",
        "被执行\n人民政府的决定…\n",
        "因被执行\n人未履行生效法律文书确定的义务\n",
    ],
)
def test_wrapped_words_that_are_no_label(engine, text):
    assert names(text, engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list of households' heads that hard wraps break after "、", the first item glued to the words
        # before it.
        (
            "经入户征询，片区内同意改造的有次仁旺堆、\n巴桑卓玛、洛桑曲珍、多吉次仁等282户，同意率91.7%。\n",
            ["次仁旺堆", "巴桑卓玛", "洛桑曲珍", "多吉次仁"],
        ),
        (
            "经入户征询，同意改造的有冯建华、乌云其木格、\n包其其格、额尔敦等202户，同意率98.1%。\n",
            ["冯建华", "乌云其木格", "包其其格", "额尔敦"],
        ),
        # The households that did not agree, each named by its head, the sentence wrapped anywhere.
        ("未签字同意的3户⏎中，⏎萨仁图雅户提出过渡费标准异议，工作组已入户解释。", ["萨仁图雅"]),
        ("未签字同意的2户中，伍建军户提出房屋面积认定异议。", ["伍建军"]),
        ("未签字同意的2户中，伍建军户、达瓦次仁⏎户提出房屋面积认定异议。", ["伍建军", "达瓦次仁"]),
        # An appointment names its people by design.
        ("决定聘任温建国、那仁满都拉、额尔敦等5名同志为人民调解员。", []),
    ],
)
def test_lists_of_households_heads(engine, text, expected):
    assert names(text.replace("⏎", "\n"), engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        "未签字同意的3户中，个别户提出过渡费标准异议。",
        "经入户征询，同意改造的有老城区、北关片区、南关片区等3个片区。",
        "其中低保户、特困户、\n边缘户等12户纳入救助。",
        "走访慰问妇女、儿童、\n老人等20人。",
        "排查留守儿童、困境儿童、\n孤儿等30人。",
    ],
)
def test_lists_that_hold_no_heads(engine, text):
    assert names(text, engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A patient whose condition the bracket after the name gives.
        (
            "经查，当事人为患者王某某等人提供输液服务，其中患者巴图孟和（高血压病史）陈述其就诊3次。",
            ["巴图孟和"],
        ),
        # A claimant of a funeral subsidy.
        (
            "1、逝者姓名：略，死亡日期：2024年3月2日，申领人：谭秀芬，与逝者关系：女儿，补贴金额：1200",
            ["谭秀芬"],
        ),
        # A reply to a citizen's letter: "尊敬的市民" before the name.
        (
            "关于郜秀芳来信反映问题的答复意见\n\n尊敬的市民郜秀芳：\n"
            "    您于2024年9月11日通过留言板反映的问题收悉。",
            ["郜秀芳", "郜秀芳"],
        ),
        # Numbered items whose first field is a person's age or household's size.
        (
            "以下对象纳入特困供养保障范围：\n1、仇德海，96岁，330106291023977，北滩村，分散供养，月供养标准890元。\n",
            ["仇德海"],
        ),
        ("公示如下：\n1. 曲比阿依，家庭人口1人，某镇某村五组，房屋鉴定为C级，拆除重建。\n", ["曲比阿依"]),
        # A household's head with their sex and age in brackets, a Yi name ending as a place does.
        ("评议结果如下：\n仇秀兰户（女，84岁，患慢性阻塞性肺疾病）同意26票，反对3票。\n", ["仇秀兰"]),
        ("表决：同意17票。\n3．吉克伍沙家住某县某镇某村18号，患肝硬化。\n", ["吉克伍沙"]),
    ],
)
def test_more_prose_people(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A representative's words after a colon; the speech verb is not the name's.
        ("听证记录\n村民代表简秀梅：申请人家庭确实困难。\n", ["简秀梅"]),
        ("三、代表发言：\n村民代表鲁婷芳说：“情况属实。”\n", ["鲁婷芳"]),
        # A relative's word that ends a wrapped line, the name at the next line's start.
        ("2．某某家住某社区建设路95号，其儿子\n邬超永因双相情感障碍长期治疗。\n", ["邬超永"]),
        # A household member named again before what they hold ("名下…银行账户" is no organisation's name).
        (
            "核对对象：宓晓燕（户主）家庭\n二、核对结果\n1、银行存款：宓晓燕名下招商银行账户（卡号略）余额6625元。\n",
            ["宓晓燕", "宓晓燕"],
        ),
        # A company's employee with their own number, a Tibetan name.
        ("现场检查时，公司员工次仁顿珠（联系电话15271220078）在场。", ["次仁顿珠"]),
        # A lost document's holder after an item's number, a Yi name.
        ("遗失作废声明汇总\n(1)吉克阿支遗失居民身份证，证号略，声明作废。\n", ["吉克阿支"]),
        # A guarantor after "由", their ID in brackets.
        ("该笔贷款由闵秀霞（公民身份号码130624195709051901）作为担保人。", ["闵秀霞"]),
        # An item that opens with a person and names their relative.
        ("公示如下：\n（一）汪建成之女汪慧（2023年01月22日出生），新增1人。\n", ["汪建成", "汪慧"]),
        ("公示如下：\n2．芮丽之父芮广才于2024年12月2日去世，核减1人。\n", ["芮丽", "芮广才"]),
        # A patient's four-character name before their condition in brackets; a relative's Tibetan name.
        ("其中患者格日勒图（帕金森病病史）陈述其先后就诊4次。", ["格日勒图"]),
        ("经家庭成员协商一致，承包方代表变更为其女央金卓玛，身份证号略。", ["央金卓玛"]),
        # Not the group itself.
        ("村民代表大会：\n会议决定如下。\n", []),
    ],
)
def test_representatives_and_wrapped_relatives(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        "其中患者病情（高血压病史）稳定。",
        "评议结果如下：\n低保户（女，3人）同意26票。\n",
        "以下对象纳入保障范围：\n1、敬老院，96岁以上老人集中供养。\n",
        "奖励对象如下：\n1．独生子女之父母，每人每月发放奖励扶助金。\n（二）烈士之子女，按规定优待。\n",
        "(1)如不慎遗失居民身份证，应及时挂失。\n",
    ],
)
def test_more_prose_shapes_without_a_person(engine, text):
    assert names(text, engine) == []


def addresses(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "address"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An address's label that a hard wrap leaves at a line's end; the value opens the next line.
        (
            "因老街棚户区改造项目建设需要，县人民政府作出《房屋征收决定》，你位于\n西街道裕民街14巷5号的房屋（建\n筑面积90平方米）在征收范围内。",
            ["西街道裕民街14巷5号"],
        ),
        (
            "被执行人：缪某，男，1987年8月7日出生，汉族，住\n水寨镇新城路5号康居苑7号楼3单元103室。\n",
            ["水寨镇新城路5号康居苑7号楼3单元103室"],
        ),
    ],
)
def test_address_labels_a_hard_wrap_leaves_at_a_lines_end(engine, text, expected):
    assert addresses(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An office's seat after a wrapped label, a company's.
        "如有疑问，请到县行政服务中心咨询，地址：\n县人民政府办公楼三楼，电话略。",
        "申请人某某有限公司，住所：\n某工业园区8号。",
    ],
)
def test_wrapped_address_labels_of_offices(engine, text):
    assert addresses(text, engine) == []
