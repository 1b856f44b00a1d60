"""Health first met in holdout 18: a worker's injury in an arbitration, a cause of death on a 殡葬 form,
an illness a person states or is told about."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def health(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "health"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "申请人：我于2023年入职。2025年1月17日干活时受伤，诊断是右腿胫骨骨折，公司只付了医药费。\n",
            ["右腿胫骨骨折"],
        ),
        (
            "申请人在工作中受伤，经诊断为左眼角膜穿通伤，经劳动能力鉴定委员会鉴定为七级。\n",
            ["左眼角膜穿通伤"],
        ),
        ("申请人在工作中受伤，经诊断为右手掌挤压伤。\n", ["右手掌挤压伤"]),
        ("逝者姓名：张三\n死亡原因：肝癌\n火化证明编号：阜火字20251967\n", ["肝癌"]),
        ("死亡日期：2023年6月3日　　死亡原因：突发脑溢血\n", ["突发脑溢血"]),
        ("经核查，你因右足跟骨骨折离职，裁决某公司支付工资。\n", ["右足跟骨骨折"]),
        ("陈某到案后如实供述，并表示其身患胃癌晚期，请求从轻处理。\n", ["胃癌晚期"]),
    ],
)
def test_injuries_and_causes_of_death(engine, text, expected):
    assert health(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        "死亡原因：自然死亡\n",
        "三、工伤认定的程序：诊断是认定工伤的依据之一。\n",
        "被机器挤伤的，按工伤处理。\n",
    ],
)
def test_words_about_health_that_name_no_condition(engine, text):
    assert health(text, engine) == []
