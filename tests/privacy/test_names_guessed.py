"""Names found by their own shape where no rule reads their context: a column whose header no rule knows,
a row holding a person's number, the names opening a numbered item about a person, a table flattened to
one cell a line, a letter's addressee alone on its line. Each guess needs a surname and characters of
given names (vocab.GIVEN_NAME_CHARS), or a dotted or transliterated name."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


def test_a_column_no_rule_knows_holds_names_when_its_values_read_as_names(engine):
    text = (
        "补领结婚证登记情况\n"
        "接收人\t身份证号\t陪同者\t补领日期\n"
        "李光玉\t130630198505253860\t赵淑志\t2024年3月\n"
        "杨兰辉\t623027199411257097\t雷燕然\t2024年5月\n"
        "缪金佳\t350921198604242084\t蓝小\t2024年6月\n"
    )
    assert names(text, engine) == ["李光玉", "赵淑志", "杨兰辉", "雷燕然", "缪金佳", "蓝小"]


def test_a_column_of_things_is_not_guessed(engine):
    # 玉米 and 黄豆 begin with a surname, but 米 and 豆 are no characters of given names.
    text = (
        "种植户\t身份证号\t品名\t面积\n"
        "李光玉\t130630198505253860\t玉米\t3.5\n"
        "杨兰辉\t623027199411257097\t黄豆\t2.0\n"
        "缪金佳\t350921198604242084\t高粱\t1.5\n"
    )
    assert names(text, engine) == ["李光玉", "杨兰辉", "缪金佳"]


def test_a_staff_column_is_not_guessed(engine):
    # The official who visited is named in a public role (条例第二十条(二)).
    text = (
        "老人\t身份证号\t走访干部\n"
        "李光玉\t130630198505253860\t赵志强\n"
        "杨兰辉\t623027199411257097\t赵志强\n"
        "缪金佳\t350921198604242084\t王海明\n"
    )
    assert names(text, engine) == ["李光玉", "杨兰辉", "缪金佳"]


def test_a_column_named_only_by_its_values_needs_most_of_them(engine):
    text = (
        "登记\t身份证号\t备用\n"
        "李光玉\t130630198505253860\t甲\n"
        "杨兰辉\t623027199411257097\t乙\n"
        "缪金佳\t350921198604242084\t丙\n"
    )
    assert names(text, engine) == ["李光玉", "杨兰辉", "缪金佳"]


def test_a_name_cell_in_a_row_with_an_id_under_no_header(engine):
    text = "补领结婚证\n附件：\n| 赵淑志 | 130630198505253860 | 郭婷 |\n"
    assert names(text, engine) == ["赵淑志", "郭婷"]


def test_a_category_beside_an_id_is_no_name(engine):
    # 智 is a surname and 力 a given name's character; "智力" is a disability's kind here.
    found = [
        (h.kind, h.text)
        for h in detect("肖娥\t女\t623027199411257097\t智力\t三级\n", PrivacyConfig(engine=engine))
    ]
    assert ("name", "智力") not in found


def test_names_opening_a_numbered_item_about_a_person(engine):
    text = "离婚冷静期届满名单：\n⑥李小子、王丽龙，受理日期2024-07-14，男方身份证号623027199411257097\n"
    assert names(text, engine) == ["李小子", "王丽龙"]


def test_a_name_line_among_one_cell_lines_of_numbers(engine):
    text = "儿童健康管理花名册\n阿尔么日\n18998070815\n火普村\n正常\n王 华 光\n18785642033\n拉一木村\n"
    assert names(text, engine) == ["阿尔么日", "王 华 光"]


def test_a_letters_addressee_alone_on_its_line(engine):
    text = (
        "拘留通知书（家属联）\n涞源公（刑）拘通字〔2024〕284号\n\n齐燕玉：\n"
        "    根据《中华人民共和国治安管理处罚法》规定，我局已于2024年12月7日将涉嫌盗窃的人员刑事拘留。\n"
    )
    assert names(text, engine) == ["齐燕玉"]


def test_a_heading_with_a_colon_is_no_addressee(engine):
    text = "关于做好春耕工作的通知\n各乡镇：\n    现将有关事项通知如下。\n"
    assert names(text, engine) == []


def test_a_list_published_by_design_stays_public(engine):
    # A placement's results are 公示 by rule: the guesses keep off a document whose title says so.
    text = (
        "退役士兵安排工作岗位选择结果公示\n序号\n姓名\n"
        "1\n戴豪河\n653121199603131071\n2\n蔡彩\n653121200109107904\n"
    )
    assert names(text, engine) == []


def test_villagers_listed_at_a_meeting_by_their_seat(engine):
    text = (
        "参会人员：村两委成员龚静琴、张海；村民代表叶财庆、乔凤悦、赵堂福等。\n"
        "缺席：伍满花、程春玉（外出务工）\n"
        "列席人员：灵泉镇包村干部田旺军\n"
    )
    # The 村两委 members and the 包村干部 hold their seats by office; the representatives do not.
    assert names(text, engine) == ["叶财庆", "乔凤悦", "赵堂福", "伍满花", "程春玉"]


def test_a_name_found_late_marks_its_mentions_far_above(engine):
    text = (
        "村民代表会议记录\n参加人：叶财庆\n"
        + "会议就本村道路硬化工程的资金筹措、施工组织和质量监督进行了讨论。\n" * 12
        + "户主：叶财庆\n"
    )
    assert names(text, engine) == ["叶财庆", "叶财庆"]


def test_a_masked_name_is_no_guess(engine):
    assert names("3　   杨某某某　　 622202103123456789\n", engine) == []


def test_the_household_a_support_record_is_about(engine):
    text = "【1】帮扶对象：禹明淑    年龄：46    帮扶措施：联系技能培训\n"
    assert names(text, engine) == ["禹明淑"]
