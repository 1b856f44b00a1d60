"""Names in tables, rows and numbered lists; public lists and the office's contact (detect.py)."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig

from .conftest import make_id

ID1 = make_id("64030219840119397")
ID2 = make_id("64030219900305123")


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


# --- rows separated by a full-width comma ------------------------------------------------------------
def test_a_table_with_full_width_commas_has_its_name_column_read(engine):
    text = (
        "序号，姓名，身份证号，所在村组，改造方式\n"
        f"1，顾艳志，{ID1}，张家村2组，拆除重建\n2，摆雨花，{ID2}，李家村3组，修缮加固\n"
    )
    assert names(text, engine) == ["顾艳志", "摆雨花"]


def test_a_sentence_with_full_width_commas_is_no_table_header(engine):
    text = "申请人姓名，家庭住址，联系电话等信息已核实。\n张家村，李家村，王庄村均已完成。\n"
    assert names(text, engine) == []


# --- rows with an ID next to the name ------------------------------------------------------------------
def test_a_name_in_the_cell_before_an_id_is_found(engine):
    text = f"靖交罚〔2022〕561号 陈娜真 {ID1} 超载\n茂交罚〔2022〕71号 | 孟彬佳 | {ID2} |\n"
    assert names(text, engine) == ["陈娜真", "孟彬佳"]


def test_a_row_after_a_row_without_number_is_read(engine):
    text = f"东至渠，西至路，北至林带\n孙英立，{ID1}，12.5亩\n"
    assert "孙英立" in names(text, engine)


def test_a_rare_surname_next_to_an_id_is_kept_whole(engine):
    assert names(f"8、脱有，{ID1}，女\n", engine) == ["脱有"]


def test_a_word_before_an_invalid_id_is_no_name(engine):
    assert names("合计，640302198401193970，备注\n", engine) == []


# --- numbered lines without a heading ------------------------------------------------------------------
def test_a_numbered_line_with_a_personal_cue_names_its_first_cell(engine):
    text = "1．郑娃霞   东乡族自治县河滩镇张家村3组\n3.邓艳兴，身份证号码已核验\n"
    text += "（二）佘桂梓  韦州镇涝河桥村9组\n"
    assert names(text, engine) == ["郑娃霞", "邓艳兴", "佘桂梓"]


def test_a_numbered_heading_of_prose_is_no_name(engine):
    text = "1．高度重视，加强领导\n2、王庄镇 张家村3组道路硬化\n（三）严格程序，规范管理\n"
    assert names(text, engine) == []


# --- public lists ---------------------------------------------------------------------------------------
def test_names_in_a_recruitment_list_are_public(engine):
    text = (
        "海原县特岗教师拟聘用人员公示\n序号，姓名，性别，准考证号，身份证号\n"
        f"1，黄花艳，女，1064640552386，{ID1}\n2，向建源，男，1064640534694，{ID2}\n"
    )
    hits = detect(text, PrivacyConfig(engine=engine))
    assert [h.kind for h in hits] == ["id_card", "id_card"]


def test_the_same_table_under_a_relief_title_keeps_its_names(engine):
    text = (
        f"2023年临时救助对象公示\n序号，姓名，性别，准考证号，身份证号\n1，黄花艳，女，1064640552386，{ID1}\n"
    )
    assert names(text, engine) == ["黄花艳"]


def test_a_tab_table_under_a_title_two_lines_above_is_public(engine):
    text = "彭阳县公开招录公务员拟录用人员名单\n彭政发〔2023〕5号\n"
    text += "序号\t姓名\t性别\n1\t廖福刚\t女\n2\t范晶莲\t男\n"
    assert names(text, engine) == []


# --- the office's contact -------------------------------------------------------------------------------
def test_the_contact_at_the_foot_of_a_notice_acts_for_the_office(engine):
    text = (
        "如有异议，请在公示期内向县民政局反映。监督电话：0954-3045381\n"
        "联系人：崔波  联系电话：0954-3045380\n"
        "联系人：范萍林（党委书记）\n"
        "公示联系人：钟超彤，手机：15131102006\n"
    )
    assert names(text, engine) == []


def test_an_applicants_contact_is_a_private_person(engine):
    text = "申请人：王五\n联系人：张三  联系电话：13912345678\n"
    assert names(text, engine) == ["王五", "张三"]


def test_the_contact_a_notice_gives_for_questions_acts_for_the_office(engine):
    text = "公示期间如有异议，请联系：民政办，联系人：黄霞，电话：025-35615739。\n"
    assert names(text, engine) == []
    assert names("申请人：王五，联系人：黄霞，电话：13912345678\n", engine) == ["王五", "黄霞"]


# --- words read as names ----------------------------------------------------------------------------------
def test_kin_words_and_list_words_are_no_names(engine):
    text = "家庭成员：母亲 魏秀彦\n李家堡村临时救助对象花名册\n"
    found = names(text, engine)
    assert "母亲" not in found and "花名册" not in found


def test_the_foot_of_a_table_is_no_row(engine):
    text = "序号  姓名  身份证号码\n1  张三  " + ID1 + "\n制表人：监委会主任 陆花兰  审核：民政专干付永涛\n"
    assert names(text, engine) == ["张三"]


def test_an_auditor_in_the_name_column_of_a_csv_foot_is_no_name(engine):
    text = f"姓名,身份证号,金额\n张三,{ID1},500\n制表人：杜平林,审核人：孔爱,制表日期：2021年\n"
    assert names(text, engine) == ["张三"]
