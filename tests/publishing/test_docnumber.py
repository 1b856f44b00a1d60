import pytest

from gongkai.publishing.docnumber import check


@pytest.mark.parametrize(
    "value",
    ["国办发〔2017〕47号", "国办公开办函〔2021〕30号", "穗公积金规字〔2023〕1号", "国务院令第711号", ""],
)
def test_valid_numbers_pass(value):
    assert check(value).ok


@pytest.mark.parametrize(
    ("value", "corrected", "problem"),
    [
        ("[2022]05号", "〔2022〕5号", "六角括号"),
        ("吴利政发[2022]05号", "吴利政发〔2022〕5号", "虚位"),
        ("吴利政发（2022）5号", "吴利政发〔2022〕5号", "六角括号"),
        ("吴利政发【2022】5号", "吴利政发〔2022〕5号", "六角括号"),
        ("吴利政发〔22〕5号", "吴利政发〔2022〕5号", "全称"),
        ("吴利政发〔2022〕第5号", "吴利政发〔2022〕5号", "第"),
        ("吴利政发〔2022〕5", "吴利政发〔2022〕5号", "号"),
    ],
)
def test_wrong_forms_are_flagged_with_the_correction(value, corrected, problem):
    result = check(value)
    assert not result.ok
    assert result.corrected == corrected
    assert problem in result.message
    assert result.message.endswith(f"应为{corrected}")


def test_unrecognisable_text_gets_the_pattern():
    assert "机关代字〔年份〕序号号" in check("随便写的").message
