"""Forms of the blind holdouts 60 and 61 (benchmarks/privacy_data/holdout60.py, holdout61.py) that the
detector missed or misread on first contact."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_the_treasury_s_account_is_no_card_whatever_its_digits_pass(engine: str) -> None:
    text = "罚款限于十五日内缴至昭觉县非税收入汇缴结算户（账号：55322508108996726），逾期不缴纳的。\n"
    assert found(text, engine, "bank_card") == []


def test_a_second_number_in_a_phone_field_that_a_hard_wrap_broke(engine: str) -> None:
    text = "住址：上犹县寺下村10组96号\n联系电话：0797 7251397（座机）；1875011464\n7\n家庭成员：配偶朱伟\n"
    assert found(text, engine, "mobile") == ["1875011464\n7"]


def test_a_province_s_certificate_number_is_no_card(engine: str) -> None:
    text = (
        "序号  姓名      性别  乡镇      村            类别      优待证号\n"
        "1     尖措角巴  男    泽曲镇    滨河社区      退役士兵  青2323202432544854\n"
    )
    assert found(text, engine, "bank_card") == []
    assert found("银行卡号：6228480402564890018\n", engine, "bank_card") == ["6228480402564890018"]


def test_a_legal_aid_list_and_a_grid_worker_s_notes(engine: str) -> None:
    text = (
        "序号\t受援人\t案由\t承办单位\t承办人\t指派日期\n"
        "1\t张三丰\t赡养纠纷\t青海诚正律师事务所\t娘毛毛\t2023.9.19\n"
        "2\t阿的阿呷\t机动车交通事故责任纠纷\t青海众和律师事务所\t央金毛\t2023.9.26\n"
    )
    assert found(text, engine, "name") == ["张三丰", "阿的阿呷"]
    text = "走访情况：出租房屋一间，租户肖宸系台湾居民，台胞证号码02922412；其子赖铭宇计划办理出国务工。\n"
    assert found(text, engine, "name") == ["肖宸", "赖铭宇"]
    assert found("湟中区上新庄镇康川村8组\n4\n出租户\n无异常\n", engine, "name") == []
