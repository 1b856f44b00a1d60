"""Forms of the blind holdouts 27–30 (benchmarks/privacy_data/holdout27.py … holdout30.py) that the
detector missed on first contact, each written as a general case: a hire that is aid (its people's
circumstances stated), numbered items with masked IDs, a relative named after a role, lists of
households closed by their count, a driver's name before how he took fares, and form labels spaced out
or set in lenticular brackets."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


AID_HIRE = (
    "高城镇2025年乡村公益性岗位拟聘用人员公示\n\n"
    "　　经个人申请、村级推荐、乡镇审核，拟聘用以下{who}到乡村公益性岗位工作，聘期一年。现予公示：\n"
    "序号\t姓名\t性别\t年龄\t所在村\t拟聘岗位\n"
    "1\t何德明\t男\t56\t拉哈村\t水管员\n"
    "2\t李成\t男\t48\t榆林村\t保洁员\n"
)


def test_a_hire_of_poor_labour_is_aid_and_its_names_are_found(engine: str) -> None:
    # The names of a hire that says its people are 脱贫劳动力 reveal their households' circumstances.
    text = AID_HIRE.format(who="脱贫劳动力（含监测对象）")
    assert found(text, engine, "name") == ["何德明", "李成"]


def test_a_hire_that_says_no_circumstance_stays_a_published_list(engine: str) -> None:
    assert found(AID_HIRE.format(who="人员"), engine, "name") == []


def test_a_rangers_hire_whose_remarks_say_poor_household_is_aid(engine: str) -> None:
    text = (
        "色柯镇2023年草原管护员拟聘人员公示\n\n"
        "　　按照“个人申请、村级评议、乡镇审核”的程序，拟聘用以下草原管护员，现予公示：\n"
        "序号\t姓名\t性别\t出生年月\t管护区域\t备注\n"
        "1\t彭措措姆\t女\t1968.05\t吉泽村公益林22号管护区\t脱贫户\n"
        "2\t赵德明\t男\t1987.08\t洛若村公益林8号管护区\t续聘\n"
    )
    assert found(text, engine, "name") == ["彭措措姆", "赵德明"]


def test_numbered_items_with_masked_ids_after_a_long_heading(engine: str) -> None:
    # A masked ID holds fewer than 7 digits in a row: its line is a person's by the mask itself.
    text = (
        "　　经与公安、卫健、民政等部门数据比对，下列人员未在规定时间内完成2025年度待遇领取资格认证或存在"
        "不符合领取条件的情形，自2025年7月起暂停发放其城乡居民基本养老保险待遇。\n"
        "1. 廖发明，360731********5134，黄田村，未完成资格认证；\n"
        "2. 廖满秀，360731********1981，曾坑村，服刑；\n"
    )
    assert found(text, engine, "name") == ["廖发明", "廖满秀"]


def test_a_role_then_a_name_without_a_listed_surname_before_its_id(engine: str) -> None:
    text = "抽查运单号JT211467820044，寄件人托娅（身份证号码：150525199805082364；联系电话：13670944123）。\n"
    assert found(text, engine, "name") == ["托娅"]


def test_a_relative_named_after_a_role_and_before_the_relation(engine: str) -> None:
    text = (
        "决定对当事人不予行政处罚，责令其监护人塔娜（系当事人妻子，联系电话：180 4323 8650）严加看管。\n"
        "　　家属登真邓珠（儿子，联系电话：17725399773）可代为办理上门认证申请。\n"
    )
    assert found(text, engine, "name") == ["塔娜", "登真邓珠"]


def test_households_village_by_village_closed_by_their_count(engine: str) -> None:
    text = (
        "　　经嘎查（村）民代表会议评议，现对2022年度补奖对象进行公示。各嘎查（村）享受对象如下：\n\n"
        "然日卡村：邓珠泽仁、益西四郎、次仁德吉，共3户。\n"
        "巴彦图嘎嘎查：格日勒、吴海波、阿拉坦其其格，共3户。\n"
        "亚喀艾日克村：艾力·艾则孜、肉孜·依明，共2户。\n"
    )
    assert found(text, engine, "name") == [
        "邓珠泽仁", "益西四郎", "次仁德吉", "格日勒", "吴海波", "阿拉坦其其格", "艾力·艾则孜", "肉孜·依明",
    ]  # fmt: skip


def test_places_or_a_wrong_count_are_no_list_of_households(engine: str) -> None:
    text = "涉及：城关、新华，共2户。\n然日卡村：邓珠泽仁、益西四郎，共3户。\n"
    assert found(text, engine, "name") == []


def test_a_driver_named_before_how_he_took_fares(engine: str) -> None:
    text = "　　执法人员在淅川县汽车站查获小型轿车驾驶员宋春通过网络平台接单非法营运，当事人住淅川县。\n"
    assert found(text, engine, "name") == ["宋春"]


FORM = (
    "行政处罚决定书\n"
    "{l}被处罚人{r}余军\n{l}性别{r}男\n{l}身份证号码{r}411628197209184313\n"
    "{l}住址{r}鹿邑县太清宫镇魏湾村十组\n{l}联系电话{r}15052312557\n"
)


def test_form_labels_in_lenticular_brackets(engine: str) -> None:
    text = FORM.format(l="【", r="】")
    assert found(text, engine, "name") == ["余军"]
    assert found(text, engine, "address") == ["鹿邑县太清宫镇魏湾村十组"]


def test_a_form_label_of_two_characters_spaced_to_four(engine: str) -> None:
    text = "被处罚人：余军\n性　　别：男\n住　　址：鹿邑县太清宫镇魏湾村十组\n联系电话：15052312557\n"
    assert found(text, engine, "address") == ["鹿邑县太清宫镇魏湾村十组"]


def test_a_senders_bracket_is_no_label(engine: str) -> None:
    # An SMS opens with its sender in brackets: the greeting's name is still read as one.
    text = "【某县人社局】张三，您好，您的申请已受理。\n"
    assert found(text, engine, "name") == ["张三"]


def test_a_natural_village_below_a_village_is_a_home(engine: str) -> None:
    # A 屯 in Guangxi is a 组 elsewhere; a village named so ("王屯村") stays a village.
    text = "户主：农玉兰\n家庭住址：靖西市新靖镇龙怀村那坡屯\n"
    assert found(text, engine, "address") == ["靖西市新靖镇龙怀村那坡屯"]
    assert found("户主：农玉兰\n住址：鹿邑县王屯村\n", engine, "address") == []


def test_the_offices_seat_below_where_to_object_is_no_home(engine: str) -> None:
    text = (
        "　　公示期间，如有异议，请以书面形式向林逢镇人民政府反映。监督电话：0776-5810396；12345。\n"
        "地址：田东县林逢镇解放路104号，邮编：531564。\n"
    )
    assert found(text, engine, "address") == []
    agreement = "甲方：思林镇人民政府\n负责人：覃美连\n地址：田东县林逢镇团结路66号\n乙方：梁美芳\n"
    assert found(agreement, engine, "address") == []


def test_a_counted_list_that_a_pdf_wrapped(engine: str) -> None:
    text = (
        "经研究，以下人员符合政府安排工\n"
        "作条件：纳有财、付海、苏子轩、白国忠、\n"
        "拜占海、白德明，共6名。安置去向如下：\n"
        "然日卡村：邓珠泽仁、益西四郎、次仁德吉，共3\n户。\n"
    )
    assert found(text, engine, "name") == [
        "纳有财", "付海", "苏子轩", "白国忠", "拜占海", "白德明", "邓珠泽仁", "益西四郎", "次仁德吉",
    ]  # fmt: skip


def test_finders_owners_of_a_unit_and_stolen_identities(engine: str) -> None:
    text = (
        "捡拾人：黎欣怡，住址：江苏省宿迁市沭阳县章集街道韩圩村2组114号。\n"
        "起火单位（户主）：潘凯\n"
        "　　经查，患者巴特尔于2020年6月19日因胆囊结石在该院住院治疗。\n"
        "　　你与冒用达瓦曲珍（公民身份号码：513334198301216761）身份信息的女子办理了结婚登记。\n"
    )
    assert found(text, engine, "name") == ["黎欣怡", "潘凯", "巴特尔", "达瓦曲珍"]


def test_a_relocated_households_old_home_and_new_flat(engine: str) -> None:
    text = (
        "1．户主：谭海燕，家庭人口：7，迁出地：拉棠村坡莫屯，安置房号：7栋3单元103室，面积（㎡）：125。\n"
        "　　乙方已搬迁入住安康苑安置点（房号11栋4单元201室），经双方协商，达成如下协议：\n"
        "2．农户姓名：李福，村组：阔什布拉克村7组，地块名称：梁背后\n"
        "　　驾驶员韩金花通过网络平台接单非法营运，当事人住阿巴嘎旗洪格尔高勒镇额尔敦高毕嘎查10组。\n"
        "序号\t户主\t家庭人口\t迁出地\t安置房号\n1\t黄文光\t1\t龙洲村百合屯\t15栋4单元405室\n"
    )
    assert found(text, engine, "address") == [
        "拉棠村坡莫屯", "7栋3单元103室", "11栋4单元201室", "阔什布拉克村7组",
        "阿巴嘎旗洪格尔高勒镇额尔敦高毕嘎查10组", "龙洲村百合屯", "15栋4单元405室",
    ]  # fmt: skip


def test_the_registrars_column_is_staff(engine: str) -> None:
    text = (
        "光荣牌悬挂情况登记\n"
        "序号\t姓名\t家庭类别\t登记日期\t登记人\n"
        "1\t姜磊\t退役军人家庭\t2023-09-25\t武美丽\n"
        "2\t孟秀英\t退役军人家庭\t2023-09-26\t武美丽\n"
        "3\t付红\t烈士家庭\t2023-09-27\t武美丽\n"
    )
    assert found(text, engine, "name") == ["姜磊", "孟秀英", "付红"]


def test_a_contact_with_a_landline_above_the_signature_is_the_offices(engine: str) -> None:
    text = (
        "　　送达地址：岱山县东沙镇桥头社区东海路168号。本人联系电话：186-1580-4180。\n\n"
        "联系人：邹世荣，联系电话：0580-2192680。\n"
        "            舟山市住房公积金管理中心\n"
        "            2024年3月5日\n"
    )
    assert found(text, engine, "name") == []
    assert found(text, engine, "landline") == []
    # Inside a form, a 联系人 with a landline is a person's.
    form = "申请人：某某商贸有限公司\n联系人：邹世荣，联系电话：0580-2192680\n申请事项：营业执照变更\n"
    assert found(form, engine, "name") == ["邹世荣"]


def test_a_utilitys_customers_and_their_account_numbers(engine: str) -> None:
    text = (
        "中止供电告知书\n　　尊敬的用户孜巴古丽·买买提（户号：08653979869）：\n"
        "　　您位于民主路321号奥林花园24号楼3单元1303室的电费账户已欠费。\n"
        "2. 户号：01962579837，李勇，用电地址：向阳路111号百东新城2幢1306室，欠费时长：13个月；\n"
    )
    assert found(text, engine, "name") == ["孜巴古丽·买买提", "李勇"]
    # A customer number that begins with 0 is no landline.
    assert found(text, engine, "landline") == []
    assert found("尊敬的各位村民：\n", engine, "name") == []


def test_a_payment_returned_to_a_relatives_account(engine: str) -> None:
    text = "　　其补助结余款已退至家属王桂兰账户（6222024814210827820）。\n"
    assert found(text, engine, "name") == ["王桂兰"]


def test_who_proposed_or_asked_in_a_consultation(engine: str) -> None:
    text = (
        "三、提出人：上官晓丽\n意见内容：建议在学校周边增设临时停车泊位。\n"
        "1. 咨询人：崔秀兰（羊山镇）\n"
        "提出意见的公众有满都拉、公孙娟、包其其格、萨仁、哈斯、斯琴高娃等11人。主要意见集中在以下方面：\n"
    )
    assert found(text, engine, "name") == [
        "上官晓丽", "崔秀兰", "满都拉", "公孙娟", "包其其格", "萨仁", "哈斯", "斯琴高娃",
    ]  # fmt: skip


def test_labels_and_occupations_are_no_names(engine: str) -> None:
    text = (
        "　　我局已于2022年7月27日完成线路更换。已电话回访来电人，来电人表示基本满意。\n"
        "3. 农树林，男，33岁，农民，住址：百色市德保县那甲镇右江明珠27号楼3单元704室\n"
    )
    assert found(text, engine, "name") == ["农树林"]


def test_the_answerers_column_is_staff(engine: str) -> None:
    text = (
        "咨询日期\t咨询人\t联系电话\t咨询内容\t答复方式\t答复人\n"
        "2024-09-14\t尹秀兰\t13767926375\t耕地地力保护补贴什么时候发放？\t电话答复\t韩敏\n"
        "2024-03-12\t陆红\t18003240032\t城乡居民养老保险断缴了还能补缴吗？\t网上答复\t韩敏\n"
    )
    assert found(text, engine, "name") == ["尹秀兰", "陆红"]


def test_a_new_house_number_column_and_a_home_in_brackets(engine: str) -> None:
    text = (
        "序号\t户主姓名\t原住址\t新门牌号\t备注\n1\t贾小芳\t巴仁乡托万克村十二组\t巴仁乡丝路大道256号\t变更\n"
        "　　您在建议中提到，村民薛宇（重庆万州区百安坝街道云江大道2号）自2022年起患肢体二级残疾。\n"
        "　　来电人反映：最近一个月其家（城口县葛城街道云江大道125号）的自来水放出来是黄色的。\n"
        "　　请到县民政局（县城人民路12号）办理。\n"
    )
    assert found(text, engine, "address") == [
        "巴仁乡托万克村十二组",
        "巴仁乡丝路大道256号",
        "重庆万州区百安坝街道云江大道2号",
        "城口县葛城街道云江大道125号",
    ]


def test_households_named_before_an_uncounted_et_al(engine: str) -> None:
    text = "　　另您反映的如克亚·买买提、赛买提·阿不力孜等户的困难情况，已转温宿镇人民政府逐户走访。\n"
    assert found(text, engine, "name") == ["如克亚·买买提", "赛买提·阿不力孜"]
