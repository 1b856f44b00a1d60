"""Tables of holdout16 that are not a plain space-separated text: an HTML table flattened one cell a
paragraph (<p>), a table pasted one cell a line, rows whose cells wrap onto the next line, and rows
whose applicant is followed by the relatives who apply with them."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def paragraphs(*cells: str) -> str:
    """An HTML page's table flattened to one paragraph a cell, one paragraph a line."""
    return "\n".join(f"<p>{c}</p>" for c in cells)


# --- HTML: one cell a paragraph ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "addresses"),
    [
        # The header's cells, an empty paragraph, then each row's cells.
        (
            paragraphs(
                "2023年倒房重建补助对象名单公示", "",
                "序号", "户主", "身份证号码", "家庭住址", "补助资金（元）", "",
                "1", "黄志强", "430524****0823****", "城关镇红星村七组", "20000",
                "2", "欧阳秀兰", "430524****0805****", "城关镇新华村18号", "30000",
            ),
            ["黄志强", "欧阳秀兰"],
            ["城关镇红星村七组", "城关镇新华村18号"],
        ),
        # An empty paragraph between two rows too.
        (
            paragraphs(
                "序号", "姓名", "性别", "家庭住址", "", "1", "林国栋", "男", "龙山镇前进村3组12号", "",
                "2", "赵小梅", "女", "龙山镇东湖村9组",
            ),
            ["林国栋", "赵小梅"],
            ["龙山镇前进村3组12号", "龙山镇东湖村9组"],
        ),
        # The same shape, whose cells are an office and a village: no person.
        (
            paragraphs(
                "序号", "单位名称", "所在村", "补助资金（元）", "", "1", "城关镇人民政府", "红星村", "20000"
            ),
            [],
            [],
        ),
    ],
)  # fmt: skip
def test_paragraph_cells(text: str, names: list[str], addresses: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names
    assert of_kind(text, engine, "address") == addresses
