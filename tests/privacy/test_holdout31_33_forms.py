"""Forms of the blind holdouts 31–33 (benchmarks/privacy_data/holdout31.py … holdout33.py) that the
detector missed on first contact, each written as a general case: a name's label heading a column, a
carer's column holding a home, a table's note below it, wage complaints' fellows, offices' mailboxes,
members confirmed after "以下N人", signatures on the lines below their label, a name opening an item
before the home in brackets, and citizens who called or whose home comes first."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


OPINIONS = (
    "《城乡公交线网优化方案》意见建议采纳情况表\n\n"
    "序号\n{who}\n联系方式\n意见建议\n采纳情况\n"
    "1\n韦志\n198****7170\n建议垃圾清运增加到每天两次\n未采纳\n"
    "2\n梁花\n186****7676\n建议增加夜间公交班次\n部分采纳\n"
)


def test_a_names_label_heads_a_column_of_names_one_cell_a_line(engine: str) -> None:
    assert found(OPINIONS.format(who="提出人"), engine, "name") == ["韦志", "梁花"]


def test_a_column_no_rule_knows_is_not_read_as_names(engine: str) -> None:
    assert found(OPINIONS.format(who="意见类别"), engine, "name") == []


CARERS = (
    "昂赛乡特困供养人员花名册\n\n"
    "序号\n供养对象\n性别\n供养形式\n照料人\n照料人电话\n备注\n"
    "1\n松毛卓玛\n女\n分散供养\n公保白玛\n18312225886\n\n"
    "2\n扎西吉\n女\n集中（昂赛乡敬老院）\n昂赛乡敬老院\n0976-8535174\n\n"
    "\n说明：照料护理标准按自理、半失能、全失能三档执行；集中供养机构联系\n电话：0976-2125487。\n"
)


def test_a_carers_column_names_the_carer_and_a_homes_number_is_the_homes(engine: str) -> None:
    assert found(CARERS, engine, "name") == ["松毛卓玛", "公保白玛", "扎西吉"]
    assert found(CARERS, engine, "mobile") == ["18312225886"]
    # The care home's number, in its row and in the note below the table, is no one's own.
    assert found(CARERS, engine, "landline") == []
    # The note below the table is not a row's cell: its words of care levels are about no one.
    assert found(CARERS, engine, "health") == []


def test_a_wage_complaints_fellows_before_their_count(engine: str) -> None:
    text = (
        "经我大队调查核实：你与冶晓东、纳强、李怀山、马红军、拓海涛等6人于2022年7月至12月在该项目"
        "从事砌筑工作业，经双方核对，尚欠工资86167元。"
    )
    assert found(text, engine, "name") == ["冶晓东", "纳强", "李怀山", "马红军", "拓海涛"]
    two = "经我大队调查核实：你与木乃木呷、吉克尔布等3人于2023年9月至12月在该项目从事砌筑工作业。"
    assert found(two, engine, "name") == ["木乃木呷", "吉克尔布"]


def test_places_before_a_count_are_no_names(engine: str) -> None:
    assert found("本次调查了城关镇、新华乡、红星村等3个地方。", engine, "name") == []
    assert found("他们包括新华乡、红星村等3个地方。", engine, "name") == []


def test_an_offices_mailbox_by_its_label_is_not_flagged(engine: str) -> None:
    text = (
        "公示期间如有异议，请向昭觉县学生资助管理中心反映。\n"
        "三岔河镇人民政府邮箱：zjxwsy43@163.com\n"
        "咨询电话：0834-3583825（社会事务办）\n"
    )
    assert found(text, engine, "email") == []
    person = "申请人：张建福\n电子邮箱：zjf1980@163.com\n"
    assert found(person, engine, "email") == ["zjf1980@163.com"]


def test_members_confirmed_after_their_count_and_those_refused(engine: str) -> None:
    text = (
        "形成决议如下：\n"
        "一、确认以下4人为本社成员：邱峰春、苏小花、冶福才、尉迟世涛。\n"
        "二、以下2人不予确认：郭佳雪（户籍于2017年迁往银川市）；张玉兰（已享受国家公职人员待遇）。\n"
    )
    assert found(text, engine, "name") == ["邱峰春", "苏小花", "冶福才", "尉迟世涛", "郭佳雪", "张玉兰"]
    assert found("以下3个村：红星村、新华村、东风村。", engine, "name") == []


def test_signatures_on_the_lines_below_their_label(engine: str) -> None:
    text = (
        "本次表决同意29票，反对1票，弃权2票，决议通过。\n"
        "参会成员代表签字：\n"
        "马秀珍  高荣生  锁贵兴  马伊布拉\n"
        "徐丽婷  闫伟\n"
        "村务监督委员会主任：何德喜\n"
    )
    assert found(text, engine, "name") == ["马秀珍", "高荣生", "锁贵兴", "马伊布拉", "徐丽婷", "闫伟"]


def test_a_name_opening_an_item_before_the_home_in_brackets(engine: str) -> None:
    text = (
        "二、停发对象（2人）\n"
        "1. 唐鹏亮（利通区高闸镇巴浪湖村五组）残疾人证到期未换领，暂停发放。\n"
        "2. 董飞德（秦渠村八组）纳入特困人员集中供养，停发生活补贴。\n"
        "务工群众俄底阿果（乃拖村5组）在项目上从事机械操作工作。\n"
    )
    assert found(text, engine, "name") == ["唐鹏亮", "董飞德", "俄底阿果"]
    assert found(text, engine, "address") == ["利通区高闸镇巴浪湖村五组", "秦渠村八组", "乃拖村5组"]


def test_a_wrapped_sentence_before_a_bracket_opens_no_name(engine: str) -> None:
    text = (
        "经我中心年度资格复核，你的妻子于2023年在三堡街道购置商品\n"
        "房一套（坐落于黄河路297号院4号楼2单元1604室），你家庭已不再符合保障条件。\n"
    )
    assert found(text, engine, "name") == []


def test_citizens_who_called_and_whose_home_comes_first(engine: str) -> None:
    text = (
        "2022年4月7日，群众熊萍玲（联系电话：17632991219）来电反映项目部分路段路基压实不足。\n"
        "（二）家住新营乡下堡子村七组的者伊布拉来电反映，其一卡通账号已销户。\n"
        "家住兴隆村板苏屯57号的凌旺喜自带三轮车参与土方运输。\n"
    )
    assert found(text, engine, "name") == ["熊萍玲", "者伊布拉", "凌旺喜"]
    assert found("群众来电反映路灯不亮，家住本村的群众来电反映。", engine, "name") == []


def test_a_notices_place_of_service_is_the_partys_home(engine: str) -> None:
    text = "受送达人：李秀英\n送达地点：同心县瞿靖镇汉渠村十一组\n送达方式：直接送达\n"
    assert found(text, engine, "address") == ["同心县瞿靖镇汉渠村十一组"]


def test_a_mobile_in_groups_right_after_a_masked_id_in_a_table_parted_by_single_spaces(engine: str) -> None:
    text = (
        "序号 姓名 性别 年龄 身份证号 联系电话 家庭住址\n"
        "1 贺　丽 女 48 640302********1308 19348107603 巴浪湖村8组\n"
        "2 郝　建 男 40 640302********5956 132-6181-5148 早元村11组\n"
        "3 李凤莲 女 72 640***********6205 199 4889 9287 马莲渠乡新华桥村五组\n"
    )
    assert found(text, engine, "mobile") == ["19348107603", "132-6181-5148", "199 4889 9287"]


def test_a_value_below_its_label_with_a_note_in_brackets(engine: str) -> None:
    text = "核查人员\n夏巧佳、秦红\n户主签字\n农永福（代签，系户主配偶）\n核查日期\n2024年2月26日\n"
    assert found(text, engine, "name") == ["农永福"]
    assert found("核查结论\n合格（已整改）\n核查日期\n2024年2月26日\n", engine, "name") == []


def test_numbered_items_that_open_with_a_person_and_their_village(engine: str) -> None:
    text = (
        "二、停发对象（3人）\n"
        "1. 郭月婷（张家湾村）纳入特困人员集中供养，停发生活补贴。\n"
        "2. 倮伍阿妞（好谷村）纳入特困人员集中供养，停发生活补贴。\n"
        "3. 敖特根（哈日努拉嘎查）户籍迁出本县，停发。\n"
    )
    assert found(text, engine, "name") == ["郭月婷", "倮伍阿妞", "敖特根"]
    places = "1. 红星村（张家湾村）道路硬化\n2. 新建小学（东风社区）\n3. 卫生室（东风村）\n"
    assert found(places, engine, "name") == []


def test_a_bodys_service_mailbox_on_its_own_domain_is_not_flagged(engine: str) -> None:
    text = (
        "物业服务企业：阳光物业服务有限公司，24小时服务电话0999-2171411，邮箱kefu@wy79.cn。\n"
        "机构联系人：苏晓琳　电话：（0731）39866153　邮箱：info@px691.com.cn\n"
    )
    assert found(text, engine, "email") == []
    # On a public provider, or with a person's local part, a mailbox may be anyone's.
    person = "投诉人：张三，邮箱：kefu2008@163.com；李四，邮箱：lisi@wy79.cn\n"
    assert found(person, engine, "email") == ["kefu2008@163.com", "lisi@wy79.cn"]


def test_the_code_opening_a_numbered_item_is_no_card(engine: str) -> None:
    text = (
        "现将结案的法律援助案件予以公示：\n"
        "1. 6531226298471414；海力其古丽·肉孜；166 1457 7346；刑事辩护；阿卜杜拉·麦麦提敏；判决。\n"
    )
    assert found(text, engine, "bank_card") == []
    card = "1. 张三；银行卡号：6228480402564890018；补助金额1200元。\n"
    assert found(card, engine, "bank_card") == ["6228480402564890018"]


def test_a_household_addressed_and_a_relative_who_signed(engine: str) -> None:
    text = (
        "关于房屋安全鉴定结论的通知\n"
        "周志强户：\n"
        "  经宁夏德隆建设工程质量检测有限公司于2023年11月20日对你（户）位于某村的房屋鉴定，结论为D级。\n"
        "家属苏亮（电话186-0141-6384）已于当日签收本决定书副本。\n"
    )
    assert found(text, engine, "name") == ["周志强", "苏亮"]
