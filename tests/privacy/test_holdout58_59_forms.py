"""Forms and phrasings of the blind holdouts 58 and 59 (benchmarks/privacy_data/holdout58.py,
holdout59.py) that the detector missed or misread on first contact."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_numbers_a_hard_wrap_broke_into_two_short_parts(engine: str) -> None:
    text = "经多次联系，普布玉珍（住某镇解放路66号附3号，联系电话：15512\n621280）至今未退回。\n"
    assert found(text, engine, "mobile") == ["15512\n621280"]
    text = "来电人反映其2023年度产业奖补未到账，其中国农业银行卡号为62\n28483257314683。\n"
    assert found(text, engine, "bank_card") == ["62\n28483257314683"]
    # A count and a year at a line's end are no phone's parts.
    assert found("共计发放资金\n2023年度\n", engine, "mobile") == []


def test_an_accident_s_dead_injured_and_witness(engine: str) -> None:
    text = (
        "4时许，满都呼带领作业人员在塔吊平台作业时，临边防护缺失，致逯志当场死亡，易福兵、侯德林受伤。"
        "现场目击者袁国立即拨打120和110报警。\n"
    )
    assert found(text, engine, "name") == ["逯志", "易福兵", "侯德林", "袁国"]
    assert found(text, engine, "health") == []  # a site's failing, no one's condition
    assert found("因车辆失控，致使2人死亡。\n", engine, "name") == []


def test_a_foundling_s_given_name_and_a_lost_person_s_relative(engine: str) -> None:
    text = "2021年7月18日，群众张三在察隅县人民医院捡拾男婴一名。该儿童现由福利院代为抚养，取名福玲慧。\n"
    assert found(text, engine, "name") == ["张三", "福玲慧"]
    text = "基本情况：该受助人员自称其母亲名叫姜江玉，经公安机关人像比对，疑似为廖勇。\n"
    assert found(text, engine, "name")[:1] == ["姜江玉"]
    assert found("该村名叫石门村。\n", engine, "name") == []
    assert found("身体状况：无明显异常\n", engine, "health") == []


def test_a_supervisory_committee_s_members_by_their_title(engine: str) -> None:
    text = (
        "主持人：秦成斌（村务监督委员会主任）\n"
        "参会人员：村务监督委员会委员许龙洙、于生剑，村民代表方英淑、张丽燕\n"
        "议定事项：\n"
        "一、李福友（肢体一级残疾）申请重度残疾人护理补贴，经审核符合条件，同意上报。\n"
        "二、对廖建伟、朴明哲两户因务工收入增加拟退出低保的情况进行了核实。\n"
        "参会人员签字：秦成斌  许龙洙  于生剑  方英淑  张丽燕\n"
    )
    names = found(text, engine, "name")
    assert "许龙洙" not in names and "于生剑" not in names and "秦成斌" not in names
    assert {"方英淑", "张丽燕", "李福友", "廖建伟", "朴明哲"} <= set(names)
    assert "对廖建伟" not in names
    assert found(text, engine, "health") == ["肢体一级残疾"]


def test_a_payment_moved_to_another_household(engine: str) -> None:
    text = "序号,户名,金额,账号,备注\n8,张大山,1030.50,6228487125080939,转入毛红珍户\n"
    assert found(text, engine, "name") == ["张大山", "毛红珍"]
    assert found("转入户籍地；转入贫困户名单\n", engine, "name") == []


def test_a_hotline_s_figures_are_no_name_and_leave_its_table_alone(engine: str) -> None:
    text = (
        "    2023年10月，县12345热线共受理群众诉求931件，回访满意率91.9%。现将部分工单回访情况通报如下：\n"
        "  工单编号          来电人   联系电话        诉求地址                 诉求类型\n"
        "  HL2023100900809   郑春花   18357189936     龙城镇高岭村12组         供水\n"
    )
    assert found(text, engine, "name") == ["郑春花"]


def test_a_natural_village_under_a_group_s_header_and_a_house_s_site(engine: str) -> None:
    text = (
        "序号  户主      村组            面积（亩）  补偿金额（元）\n"
        "1     龙秀      平林村坡报屯    29          1798.50\n"
        "2     韦玉妹    平林村3组       22          1125.00\n"
    )
    assert found(text, engine, "address") == ["平林村坡报屯", "平林村3组"]
    assert found("一、熊英户住房（位于大水村弄英屯）经鉴定为C级危房\n", engine, "address") == ["大水村弄英屯"]
    text = "一、同意曲比伍呷在瓦吉村12组163号原宅基地翻建住房，占地83平方米。\n"
    assert found(text, engine, "address") == ["瓦吉村12组163号"]
    assert found("本单位房屋（位于城关镇民主路）\n", engine, "address") == []
    # An account, whoever's, is no household.
    assert found("赔偿款转入甲方账户：6222025025190539538（中国工商银行）\n", engine, "name") == []


def test_a_household_s_group_column_and_a_home_in_brackets_after_the_name(engine: str) -> None:
    text = (
        '"序号","户主","身份证号","所在组","禁牧面积（亩）","补奖资金（元）"\n'
        '"1","刘娜阿","530828196109181564","谦六村第三村民小组","0","3,265.75"\n'
        '"2","索朗","530828196109181564","5组","0","3,265.75"\n'
    )
    assert found(text, engine, "address") == ["谦六村第三村民小组"]  # not a bare group
    text = "经多次联系，孟军（住康家会镇康家会村4组110号，联系电话：132-5087-2768）至今未退回。\n"
    assert found(text, engine, "address") == ["康家会镇康家会村4组110号"]
    assert found("当事人：某某有限公司（住所：某镇人民路5号）\n", engine, "address") == []
