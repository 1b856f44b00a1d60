"""Forms of the blind holdout37 (benchmarks/privacy_data/holdout37.py) that the detector missed on first
contact, each written as a general case: a village meeting's agenda items about a household, a wrapped
table whose header's bracket or a row's last word is cut by a PDF's line width, a two-character name
padded by a full-width space among ASCII blanks, a 低保 survey's liable relative, and the south's given
names that open with 阿."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_meetings_agenda_items_about_a_household(engine: str) -> None:
    text = (
        "会议内容：\n"
        "一、关于麦阿平申请临时救助的议题。该户麦阿平因多重残疾一级丧失劳动能力，经讨论，全票通过。\n"
        "二、关于谢军申请宅基地建房的议题。经讨论，同意上报镇政府审批。\n"
        "三、关于卓阿福户纳入危房改造对象的议题。\n"
        "四、关于调整冯春燕承包地的议题。\n"
        "五、关于妥苏来曼申请宅基地建房的议题。\n"
    )
    assert found(text, engine, "name") == ["麦阿平", "麦阿平", "谢军", "卓阿福", "冯春燕", "妥苏来曼"]
    # The office's own items are no one's.
    for item in ("关于开展低保申请工作的议题", "关于农户申请宅基地的议题", "关于加强救助申请审核的议题",
                 "关于调整土地承包地的议题", "该户家庭因病致贫"):  # fmt: skip
        assert found(item, engine, "name") == [], item


def test_a_wrapped_tables_header_bracket_and_a_rows_last_word(engine: str) -> None:
    text = (
        "下列农户危房改造项目验收合格，现予公示：\n"
        "序号 户主姓名 家庭人口 房屋地址 对象类别 改造方式 补助资金（\n"
        "元） 验收结论\n"
        "1 卓阿四 4 雅星镇三都村二组 残疾人家庭 统建 15000 合\n"
        "格\n"
        "2 董文强 4 雅星镇松鸣村下沟56号 分散供养特困人员 修缮加固\n"
        " 25000 合格\n"
        "3 王亚三 5 雅星镇加老村11号 低保边缘家庭 统建 25000\n"
        " 合格\n"
    )
    assert found(text, engine, "name") == ["卓阿四", "董文强", "王亚三"]
    assert found(text, engine, "address") == ["雅星镇三都村二组", "雅星镇松鸣村下沟56号", "雅星镇加老村11号"]


def test_a_two_character_name_padded_by_a_full_width_space_among_ascii_blanks(engine: str) -> None:
    text = (
        "序号 户主姓名 家庭人口 房屋地址 对象类别 改造方式 补助资金（元） 验收结论\n"
        "6 阿拉坦仓 2 富荣镇喇嘛沟村 因病因灾致贫户 修缮加固 25000 合格\n"
        "7 宝　梅 4 富荣镇梁家营子村52号 低保边缘家庭 拆除重建 20000 合格\n"
        "8 包振宇 4 富荣镇西板村四组 因病因灾致贫户 拆除重建 25000 合格\n"
    )
    assert found(text, engine, "name") == ["阿拉坦仓", "宝　梅", "包振宇"]


def test_a_surveys_liable_relative(engine: str) -> None:
    text = "赡养（抚养）义务人：何振宇，女儿，在广东东莞务工，联系电话18141952404。\n"
    assert found(text, engine, "name") == ["何振宇"]
    assert found("赡养义务人：那仁满都拉，长子\n", engine, "name") == ["那仁满都拉"]
    assert found("其法定赡养义务人均已去世。\n", engine, "name") == []


def test_names_whose_given_name_opens_with_a(engine: str) -> None:
    text = "参会群众代表：邢阿兴  林阿弟  麦亚平  羊阿福  黎强\n"
    assert found(text, engine, "name") == ["邢阿兴", "林阿弟", "麦亚平", "羊阿福", "黎强"]
