"""Forms of the blind holdouts 64 and 65 (benchmarks/privacy_data/holdout64.py, holdout65.py) that the
detector missed or misread on first contact."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_csv_id_behind_a_spreadsheet_s_text_marker(engine: str) -> None:
    # ',\t"4312…",': the tab keeps Excel from reading the ID as a number; the row's cells stay apart.
    text = (
        "序号,乡镇,村,姓名,性别,出生日期,身份证号,类别,健康状况,监护人,关系,电话,住址\n"
        '5,"县溪镇",恭城村,龙泽宇,男,2011年4月1日,\t"431230201104019699",孤儿,良好,吴国志,母亲,13187840753,'
        "县溪镇恭城村7组28号\n"
        '"6",独坡镇,上岩村,梁天泽,男,2012.05.29,\t"431230201205293398",重病儿童,先天性唇腭裂,粟翠莲,母亲,'
        '18924972289,"独坡镇上岩村12组"\n'
    )
    assert found(text, engine, "id_card") == ["431230201104019699", "431230201205293398"]
    assert "独坡镇上岩村12组" in found(text, engine, "address")


def test_an_id_in_groups_of_six_eight_four_broken_over_two_lines(engine: str) -> None:
    text = "儿童姓名：孙琪语，性别：女，身份证号：450124 20\n210626 9709，儿童类别：低保家庭儿童\n"
    assert found(text, engine, "id_card") == ["450124 20\n210626 9709"]
    # Groups of other widths are no ID's: an amount, then a count.
    assert found("金额：4501 20\n2106 26 9709\n", engine, "id_card") == []


def test_an_office_s_mailbox_under_its_complaints_line(engine: str) -> None:
    text = "监督电话：0771-6887921\n电子邮箱：ydmzj1489@163.com\n"
    assert found(text, engine, "email") == []
    text = "通信地址：新城镇解放沟村12组    邮政编码：616150\n电子邮箱：qji_pixz119@139.com\n"
    assert found(text, engine, "email") == ["qji_pixz119@139.com"]
