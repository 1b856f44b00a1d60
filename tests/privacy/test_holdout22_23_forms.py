"""Forms of the blind holdouts 22 and 23 (benchmarks/privacy_data/holdout22.py, holdout23.py) that the
detector missed on first contact, each written as a general case: a person's 纳税人识别号, parties of
credit and tax lists, labels of insured farmers, proxies and hazard watchers, lists after a heading of
people, ages in brackets, welfare posts' columns, a header with a note in brackets."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_persons_taxpayer_number_is_their_id(engine: str) -> None:
    text = "被处罚人名称（姓名）：钟正权\n纳税人识别号：422801197707134216\n"
    assert found(text, engine, "id_card") == ["422801197707134216"]
    assert found(text, engine, "name") == ["钟正权"]
    # A company's is its credit code: never flagged.
    assert found("纳税人识别号：91441424MA47A0N87Y\n", engine, "id_card") == []


def test_the_subjects_of_a_credit_list(engine: str) -> None:
    text = (
        "序号  主体名称                  统一社会信用代码（身份证号码）  经营者/当事人  修复日期\n"
        "1     梅州嘉应建筑工程有限公司  91441424MA47A0N87Y              —              2023-03-20\n"
        "2     张晓琳                    441424197607177628              张晓琳         2022-11-15\n"
        "3     五华县横陂镇惠民餐馆      92441424MA7G89UH2D              李秀兰         2022-09-11\n"
    )
    assert found(text, engine, "name") == ["张晓琳", "张晓琳", "李秀兰"]
    # A body under a party's 名称 label is no name, whatever place its name begins with.
    assert found("二、经营者名称：贺兰于氏餐饮管理有限公司\n", engine, "name") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("被保险人：宫铁军　　身份证号码：210604196109", ["宫铁军"]),
        ("1．失信主体名称：侯敏，统一社会信用代码/身份证号码：4414", ["侯敏"]),
        ("委托人：沙新疆　　身份证号：654321\n受托人：李红梅", ["沙新疆", "李红梅"]),
        ("群测群防监测员：阿旺卓玛　　联系电话：18193555908", ["阿旺卓玛"]),
        ("班组：杂班组　　班组长：佘俊　　联系电话：176-2519-9732", ["佘俊"]),
        ("信息提供者：黄桂英\n与老人关系：长女", ["黄桂英"]),
    ],
)
def test_more_labels_of_people(engine: str, text: str, names: list[str]) -> None:
    assert found(text, engine, "name") == names


def test_people_listed_after_a_heading_of_people(engine: str) -> None:
    text = "　　另，以下农户住房一般损坏，按每户3000元给予维修补助：罗玉莲、\n谢金华、曾细妹、杨远华。\n"
    assert found(text, engine, "name") == ["罗玉莲", "谢金华", "曾细妹", "杨远华"]
    # Bodies after such a heading are not people.
    assert found("以下单位：某某局、某某公司、某某中心。\n", engine, "name") == []


def test_a_name_before_its_age_in_brackets(engine: str) -> None:
    text = (
        "以下老年人纳入居家养老服务补贴对象：\n"
        "烟袋村（8人）：吉伍阿西（93岁）、扎西此称（89岁）、杨光荣（81岁）\n"
    )
    assert found(text, engine, "name") == ["吉伍阿西", "扎西此称", "杨光荣"]


def test_a_welfare_posts_column(engine: str) -> None:
    text = "序号\t水库名称\t乡镇\t管护员\t身份证号\n1\t大坪水库\t甲洼镇\t贡布卓玛\t513334196301282161\n"
    assert found(text, engine, "name") == ["贡布卓玛"]


def test_an_addressee_as_sir_or_madam_and_a_role_before_the_id(engine: str) -> None:
    letter = "利川市监投告〔2025〕132号\n吴春梅 先生/女士：\n　　你于2025年5月18日通过全国12315平台投诉。\n"
    assert found(letter, engine, "name") == ["吴春梅"]
    pair = "刘从林（身份证号码：532526197007133155）、杨海仙（共同借款人，身份证号码：532526197206133150）："
    assert found(pair, engine, "name") == ["刘从林", "杨海仙"]


def test_an_animals_death_cause_is_no_persons_health(engine: str) -> None:
    claim = "投保人：滕艳红，耳标号：121060480021073，死亡数量（头/只）：2，死亡原因：疾病（猪丹毒）\n"
    assert found(claim, engine, "health") == []
    person = "逝者姓名：滕艳红，死亡原因：肝癌，申领人：李四\n"
    assert found(person, engine, "health") == ["肝癌"]


def test_a_grades_label_and_a_schemes_class_are_no_condition(engine: str) -> None:
    text = "9、吕素芝，性别：女，年龄：83岁，失能等级：中度失能，评估得分：17分\n"
    assert found(text, engine, "health") == ["中度失能"]
    text = "2、李银花，身份证号码：4228**********3007，提取类型：重大疾病，提取原因：本人患帕金森病\n"
    assert found(text, engine, "health") == ["患帕金森病"]


def test_an_elections_lists_are_published_by_design(engine: str) -> None:
    voters = (
        "某村第十一届村民委员会选举选民名单公告\n序号\t姓名\t性别\t出生年月\t所在组\n"
        "1\t张巧云\t女\t1957.09\t6组\n2\t王学义\t男\t1937.05\t4组\n"
    )
    assert found(voters, engine, "name") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("健康状况：健康，由其侄子李有福担任监护人（电话：13260156225）；", ["李有福"]),
        ("5 尼玛达瓦 7组 4 320 户主已故，由其妻登真泽珍代领", ["尼玛达瓦", "登真泽珍"]),
        ("2024-12-15  第7号   支付蓝建华安装路灯劳务费    850.00", ["蓝建华"]),
    ],
)
def test_a_guardian_a_stand_in_and_a_payee(engine: str, text: str, names: list[str]) -> None:
    assert found(text, engine, "name") == names


def test_an_insured_column_and_a_claims_words(engine: str) -> None:
    text = (
        "序号\t保单号\t被保险人\t身份证号\t出险原因\t损失程度\n"
        "1\tRQAF20258561632\t韩德明\t654321198701121331\t洪水\t严重损坏\n"
        "2\tRQAF20258561633\t赵国庆\t654321198007160912\t大风\t部分损失\n"
    )
    assert found(text, engine, "name") == ["韩德明", "赵国庆"]


def test_a_header_word_spaced_to_its_columns_width(engine: str) -> None:
    text = (
        "序号 户　主 所在组 分配人口 分配金额（元） 备　注\n1 魏兆兰 5组 3 150 —\n"
        "2 郭洪涛 3组 6 300 户主长期外出，打卡发放\n"
    )
    assert found(text, engine, "name") == ["魏兆兰", "郭洪涛"]


def test_a_certificate_numbered_by_its_holders_id(engine: str) -> None:
    # Holdout 24's 特种设备作业人员证 注销 notice: the 证件编号 is the holder's ID.
    text = "2.欧阳俊杰，证件编号：500242196905187931，作业项目：G3锅炉水处理\n"
    assert found(text, engine, "id_card") == ["500242196905187931"]
