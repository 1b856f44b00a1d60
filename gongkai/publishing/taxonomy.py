"""Catalogue vocabularies (rules.md §5) kept as data: 主题分类, 文种/体裁, 第二十条 items, 第二十一条 areas,
重点领域. Pure module: no Django import, so validators and the importer can use it anywhere.

The 22 gov.cn topics live in data/topics.json; a site may replace the file through the setting
GONGKAI_TOPICS_FILE (read in conf.py). Sub-topics such as "参事、文史" are single items: the list is data
and is never split on "、".
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

DEFAULT_TOPICS_FILE = Path(__file__).with_name("data") / "topics.json"
TOPIC_SEPARATOR = "\\"  # display form "一级\二级", e.g. "综合政务\政务公开"


@cache
def load_topics(path: str | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = json.loads(Path(path or DEFAULT_TOPICS_FILE).read_text(encoding="utf-8"))
    return tuple((str(first), tuple(str(s) for s in subs)) for first, subs in raw)


def topic_choices(path: str | None = None) -> list[tuple[str, str]]:
    """Flat choices "一级\\二级" (and the bare first level for topics without sub-topics)."""
    out: list[tuple[str, str]] = []
    for first, subs in load_topics(path):
        if not subs:
            out.append((first, first))
        out.extend((f"{first}{TOPIC_SEPARATOR}{s}", f"{first}{TOPIC_SEPARATOR}{s}") for s in subs)
    return out


def topic_error(value: str, path: str | None = None) -> str | None:
    """None if `value` is a known "一级\\二级" topic, else a Chinese message."""
    first, _, second = value.partition(TOPIC_SEPARATOR)
    topics = dict(load_topics(path))
    if first not in topics:
        return f"主题分类“{first}”不在主题分类表中"
    if not second and topics[first]:
        return f"主题分类“{value}”缺少二级分类，应写作“{first}{TOPIC_SEPARATOR}二级分类”"
    if second and second not in topics[first]:
        return f"“{second}”不是“{first}”的二级分类"
    return None


# 党政机关公文处理工作条例 第八条: the 15 statutory types, in order.
STATUTORY_TYPES: tuple[str, ...] = (
    "决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知",
    "通报", "报告", "请示", "批复", "议案", "函", "纪要",
)  # fmt: skip
# Site-local 体裁 (rules.md §5.3 [R]), kept apart from the 法定文种.
LOCAL_FORMS: tuple[str, ...] = (
    "规定",
    "办法",
    "细则",
    "规划",
    "计划",
    "方案",
    "解读",
    "公示",
    "年报",
    "其他",
)
DOC_TYPES: tuple[str, ...] = STATUTORY_TYPES + LOCAL_FORMS

# 条例第二十条 (一)…(十五), abbreviated labels for the catalogue.
ART20_ITEMS: tuple[tuple[int, str], ...] = (
    (1, "行政法规、规章和规范性文件"),
    (2, "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"),
    (3, "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
    (4, "国民经济和社会发展统计信息"),
    (5, "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果"),
    (6, "实施行政处罚、行政强制的依据、条件、程序以及行政处罚决定"),
    (7, "财政预算、决算信息"),
    (8, "行政事业性收费项目及其依据、标准"),
    (9, "政府集中采购项目的目录、标准及实施情况"),
    (10, "重大建设项目的批准和实施情况"),
    (11, "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况"),
    (12, "突发公共事件的应急预案、预警信息及应对情况"),
    (13, "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
    (14, "公务员招考的职位、名额、报考条件等事项以及录用结果"),
    (15, "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息"),
)
CHINESE_NUMERALS = "一二三四五六七八九十"


def item_label(n: int) -> str:
    """(一)…(十五) in the full-width form official texts use."""
    numeral = CHINESE_NUMERALS[n - 1] if n <= 10 else "十" + CHINESE_NUMERALS[n - 11]
    return f"（{numeral}）"


# 条例第二十一条: areas for 设区的市级、县级人民政府及其部门 and for 乡(镇).
ART21_AREAS: tuple[str, ...] = (
    "市政建设", "公共服务", "公益事业", "土地征收", "房屋征收", "治安管理", "社会救助",
    "农业农村政策", "农田水利工程建设运营", "农村土地承包经营权流转", "宅基地使用情况审核", "筹资筹劳",
)  # fmt: skip

# 重点领域信息公开 columns common on county sites.
KEY_AREAS: tuple[str, ...] = (
    "教育", "卫生健康", "生态环境", "乡村振兴", "财政资金", "公共资源交易", "社会救助", "食品药品",
    "安全生产", "就业创业", "保障性住房", "征地拆迁",
)  # fmt: skip
