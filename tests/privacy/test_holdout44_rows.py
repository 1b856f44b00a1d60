"""Forms of the blind holdout44 (benchmarks/privacy_data/holdout44.py) that the detector missed on
first contact, each written as a general case: a roster drawn with box rules and a rule line under its
header, village groups named rather than numbered, households named by their head in minutes, relief
lists by village, and a meeting's representatives on a signature sheet."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_roster_drawn_with_box_rules_and_a_rule_under_its_header(engine: str) -> None:
    text = (
        "│序号│户主姓名│家庭成员姓名│与户主关系│性别│身份证号          │所在村组        │\n"
        "├────┼────────┼────────────┼──────────┼────┼──────────────────┼────────────────┤\n"
        "│1   │鲍磊德  │鲍磊德      │户主      │男  │150526*****7365   │白音花嘎查第三村民小组│\n"
        "│    │        │李娥菊      │配偶      │女  │150526********5980│                │\n"
        "└────┴────────┴────────────┴──────────┴────┴──────────────────┴────────────────┘\n"
    )
    assert found(text, engine, "name") == ["鲍磊德", "鲍磊德", "李娥菊"]
    assert found(text, engine, "address") == ["白音花嘎查第三村民小组"]


def test_a_village_group_named_not_numbered(engine: str) -> None:
    text = (
        "序号  姓名      年龄  身份证号            现住址                        联系电话\n"
        "3     蔡珍      59    533325196408108822  弩弓村委会梨园村民小组    13232069433\n"
        "2     于秀敏    38    533325198512277246  龙塘村福登村民小组        18216102191\n"
    )
    assert found(text, engine, "address") == ["弩弓村委会梨园村民小组", "龙塘村福登村民小组"]
    # In brackets after a person's sex, in a relief notice's item.
    text = "2. 陈秋婷（女，兰坪县金顶镇下甸村梨园村民小组）：家中房屋于11月遭受洪灾，损失严重。\n"
    assert found(text, engine, "address") == ["兰坪县金顶镇下甸村梨园村民小组"]
    # A group's leader is no home.
    assert found("会议由龙塘村村民小组组长主持。\n", engine, "address") == []


def test_a_household_named_by_its_head_with_its_group_in_brackets(engine: str) -> None:
    text = (
        "　　一、孙敏红户（龙塘村十一组），家庭人口1人。其母患先天性心脏病，常年服药。\n"
        "　　二、刘妹云户（龙塘村福登村民小组），家庭人口6人。评议结果：同意（11票）。\n"
    )
    assert found(text, engine, "name") == ["孙敏红", "刘妹云"]
    assert found(text, engine, "address") == ["龙塘村十一组", "龙塘村福登村民小组"]


def test_a_persons_age_then_the_group_they_live_in(engine: str) -> None:
    text = "　　四、赵婉佳，女，69岁，三星村七组村民。\n本人系智力残疾二级，无固定收入。\n"
    assert found(text, engine, "address") == ["三星村七组"]
    # "本村5组" names no village: the minutes' own, which their readers know anyway.
    text = "3．江菊莲，女，58岁，本村5组村民，患脑梗死，家庭2口人。\n"
    assert found(text, engine, "address") == []


def test_a_relief_list_by_village_with_its_households_counted(engine: str) -> None:
    text = (
        "　　具体名单如下：\n\n"
        "　　王家沟村（3户）：韦春贵、邓元磊（帕金森病）、赵杰明。\n"
        "　　亚喀艾日克村（3户）：阿卜杜拉·卡德尔、古丽米热·买买提、\n"
        "逄丽（脑瘫）。\n"
        "　　白音花嘎查（2户）：包苏和、额尔敦毕力格。\n"
    )
    assert found(text, engine, "name") == [
        "韦春贵", "邓元磊", "赵杰明", "阿卜杜拉·卡德尔", "古丽米热·买买提", "逄丽", "包苏和", "额尔敦毕力格",
    ]  # fmt: skip
    # Fewer items than counted: not such a list.
    assert found("　　涉及村组（3户）：城关、新华。\n", engine, "name") == []


def test_representatives_on_a_signature_sheet_and_after_a_wrapped_seat(engine: str) -> None:
    text = (
        "参会人员签字：\n"
        "村民代表：李慧欣\t范云霞\t于旭轩\t李翠婷\t廖娟萍\n"
        "　　　　　朱敏香\t卢杰航\t欧阳悦\t孟仁\n"
        "记录人：唐婷妹\n"
    )
    assert found(text, engine, "name") == [
        "李慧欣", "范云霞", "于旭轩", "李翠婷", "廖娟萍", "朱敏香", "卢杰航", "欧阳悦", "孟仁",
    ]  # fmt: skip
    text = "参会人员：村“两委”成员缪菊、王顺，村民代表\n张涵萍、郭佳、邸萍菊、罗翠（应到6人，实到6人）\n"
    assert found(text, engine, "name") == ["张涵萍", "郭佳", "邸萍菊", "罗翠"]


def test_a_speakers_dotted_name_ends_before_what_they_did(engine: str) -> None:
    text = "　　村民代表吐尔逊·伊敏提出，评议应张榜公示。\n"
    assert found(text, engine, "name") == ["吐尔逊·伊敏"]


def test_a_fixed_width_rosters_member_rows_under_their_columns(engine: str) -> None:
    text = (
        "序号  户主姓名  家庭成员姓名  与户主关系  性别  身份证号            健康状况      所在村组\n"
        "1     马香月    马香月        户主        女    640423********3681  良好          陈家庄村7组\n"
        "                李军正        配偶        男    640***********8558  良好\n"
        "                王  文        子          男    640423********5031  健康\n"
        "2     刘红金    刘红金        户主        男    640***********0611  健康          叶家河村8组\n"
    )
    assert found(text, engine, "name") == ["马香月", "马香月", "李军正", "王  文", "刘红金", "刘红金"]
    # Cells that stand under no column of their own are no row: a note set under the table.
    text = (
        "序号  户主姓名  家庭成员姓名  与户主关系  性别  身份证号            所在村组\n"
        "1     马香月    马香月        户主        女    640423********3681  陈家庄村7组\n"
        "             李军正  审核   王五\n"
    )
    assert "李军正" not in found(text, engine, "name")


def test_a_form_names_a_mongolian_applicant_of_four_characters(engine: str) -> None:
    assert found("姓　　名\t吴乌力吉\t工作单位\t务农\n", engine, "name") == ["吴乌力吉"]
    assert found("姓名\t艾力·吐尔逊\t性别\t男\n", engine, "name") == ["艾力·吐尔逊"]
    assert found("姓名\t性别\t年龄\t工作单位\n", engine, "name") == []


def test_a_consumer_whose_complaint_began_a_case(engine: str) -> None:
    text = "本局执法人员陈春伟根据消费者欧阳梅（联系电话：17608536352）的投诉举报，检查发现…\n"
    assert found(text, engine, "name") == ["欧阳梅"]
    text = "依据《中华人民共和国消费者权益保护法》第五十六条，消费者投诉举报电话12315。\n"
    assert found(text, engine, "name") == []


def test_two_character_names_spaced_out_on_a_signature_sheet(engine: str) -> None:
    text = "村民代表：金云秋　韩　红　幸静　周武辉\n　　　　　邓宇东　贺　斌　上官武睿\n记录人：陆怡\n"
    assert found(text, engine, "name") == [
        "金云秋", "韩　红", "幸静", "周武辉", "邓宇东", "贺　斌", "上官武睿",
    ]  # fmt: skip


def test_household_members_after_their_relation_in_brackets(engine: str) -> None:
    text = "户籍地址：某镇某嘎查1组，家庭人口4人（配偶乌云、女宝苏日娜、女包塔娜），申请理由：原址翻建\n"
    assert found(text, engine, "name") == ["乌云", "宝苏日娜", "包塔娜"]
    text = (
        "家庭人口4人（配偶阿瓦汗·买买提、子伊敏·艾买提、女\n"
        "帕提古丽·阿不都热依木、女沙地古丽·吐逊），申请理由：异地新建\n"
    )
    assert found(text, engine, "name") == [
        "阿瓦汗·买买提",
        "伊敏·艾买提",
        "帕提古丽·阿不都热依木",
        "沙地古丽·吐逊",
    ]


def test_a_disclosure_offices_own_mailbox_on_a_public_provider(engine: str) -> None:
    text = (
        "注：受理机关地址：某县某镇团结路16号，邮编029100，咨询\n电话0475-3972907，电子邮箱zltmzj@163.com。\n"
    )
    assert found(text, engine, "email") == []
    assert found("政府信息公开邮箱为cqqjzfxxgk@126.com。\n", engine, "email") == []
    # The applicant's, in the office's words, or a person's beside a consultation line above.
    text = "本机关于2024年1月6日收到您以电子邮件方式（1508884401@qq.com）提交的申请。\n"
    assert found(text, engine, "email") == ["1508884401@qq.com"]
    text = "主检医师：蓝金晓　咨询电话：0593-6649770\n雷金秀家庭电话0593-4752456，电子邮箱yyknq1887@126.com\n"
    assert found(text, engine, "email") == ["yyknq1887@126.com"]


def test_a_screenings_results_by_disease_and_a_risk_grades_reason(engine: str) -> None:
    text = (
        "序号\t姓名\t年龄\t身份证号\t宫颈癌筛查结果\t乳腺癌筛查结果\t处理意见\n"
        "1\t钱欣悦\t59\t500110196308083206\t宫颈息肉\tBI-RADS 1类\t定期复查\n"
        "2\t王翠慧\t40\t500110198208166900\t未见异常\t乳腺增生\t无\n"
    )
    assert found(text, engine, "health") == ["宫颈息肉", "乳腺增生"]
    text = (
        "序号,姓名,身份证号,检查日期,风险评估\n"
        "1,高秋秀,500110199701227708,2024-10-24,高风险（多囊卵巢综合征）\n"
        "2,严秋,500110198208166900,2024-10-24,一般人群\n"
    )
    assert found(text, engine, "health") == ["多囊卵巢综合征"]


def test_a_villages_column_that_a_households_group_fills(engine: str) -> None:
    text = (
        "序号  村（社区）    户主姓名  身份证号码          家庭人口\n"
        "1     马家洼村      陈琴花    640423194912020148  5\n"
        "2     松林村第十一村民小组      张三丰    640423194912020148  5\n"
        "3     百楼村        李四光    640423194912020148  3\n"
    )
    # A village alone is a locality hundreds share; its group is a home; "百楼" is no house number.
    assert found(text, engine, "address") == ["松林村第十一村民小组"]


def test_a_signature_sheets_third_line_and_a_household_an_application_asks_about(engine: str) -> None:
    text = (
        "村民代表：万涛　和峰生　罗洋洋\n"
        "　　　　　和花彩　黄雨秋　和超华\n"
        "　　　　　靳娟　字　斌　肖　仁\n"
        "记录人：张云\n"
    )
    assert found(text, engine, "name")[-3:] == ["靳娟", "字　斌", "肖　仁"]
    text = (
        "申请获取“嘎亥图镇巴彦塔拉嘎查石旭户享受农村低保的审批材料”\n"
        "申请获取“城关镇何家沟村慕容涛生户享受农村低保的审批材料”\n"
        "申请获取“城关镇何家沟村低保户享受政策情况”\n"
    )
    assert found(text, engine, "name") == ["石旭", "慕容涛生"]
