"""Small builders and a JSON Schema subset validator for the report tests."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from gongkai.report.model import (
    APPEAL_COLUMN_KEYS,
    APPEAL_GROUP_KEYS,
    APPLICANT_COLUMNS,
    DISPOSITION_ROWS,
    REQUEST_COLUMN_LABELS,
    REQUEST_COLUMNS,
    REQUEST_ROW_KEYS,
    REQUEST_ROWS,
    DocCounts,
    Report,
)

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "gongkai" / "report" / "schema" / "report.schema.json"


def consistent_report(year: int = 2022) -> Report:
    """A small report where every rule holds."""
    r = Report(organisation="测试区人民政府", year=year, level="government")
    for row in REQUEST_ROW_KEYS:
        for col in REQUEST_COLUMNS:
            r.requests[row][col] = 0
    for col, n in (("natural_person", 5), ("commercial", 2)):
        r.requests["new"][col] = n
        r.requests["granted"][col] = n - 1
        r.requests["total_handled"][col] = n - 1
        r.requests["carried_forward"][col] = 1
    for row in ("new", "granted", "total_handled", "carried_forward"):
        r.requests[row]["total"] = sum(r.requests[row][c] or 0 for c in APPLICANT_COLUMNS)
    for group in APPEAL_GROUP_KEYS:
        for col in APPEAL_COLUMN_KEYS:
            r.appeals[group][col] = 0
    r.appeals["reconsideration"].update(upheld=2, corrected=1, total=3)
    r.art20.rules = DocCounts(0, 0, 3)
    r.art20.normative_documents = DocCounts(6, 1, 40)
    r.art20.licensing.decisions = 10
    r.art20.penalty.decisions = 5
    r.art20.enforcement.decisions = 0
    r.art20.fees.amount_10k_yuan = Decimal("12.5")
    return r


def render_tsv(r: Report) -> str:
    """The report's tables as tab-separated text, the way web pages convert."""
    a = r.art20
    lines = [
        f"{r.organisation}{r.year}年政府信息公开工作年度报告",
        "一、总体情况",
        "本年度工作概述。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        f"规章\t{a.rules.issued}\t{a.rules.repealed}\t{a.rules.in_force}",
        f"行政规范性文件\t{a.normative_documents.issued}\t{a.normative_documents.repealed}\t"
        f"{a.normative_documents.in_force}",
        "第二十条第（五）项",
        "信息内容\t本年处理决定数量",
        f"行政许可\t{a.licensing.decisions}",
        "第二十条第（六）项",
        f"行政处罚\t{a.penalty.decisions}",
        f"行政强制\t{a.enforcement.decisions}",
        "第二十条第（八）项",
        f"行政事业性收费\t{a.fees.amount_10k_yuan}",
        "三、收到和处理政府信息公开申请情况",
        "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况",
        "\t自然人\t" + "\t".join(REQUEST_COLUMN_LABELS[c] for c in REQUEST_COLUMNS[1:]),
    ]
    for row in REQUEST_ROW_KEYS:
        label = REQUEST_ROWS[row].split(" ", 1)[-1]
        cells = "\t".join(str(r.requests[row][c]) for c in REQUEST_COLUMNS)
        lines.append(f"{label}\t{cells}")
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼"]
    lines.append("\t".join(str(r.appeals[g][c]) for g in APPEAL_GROUP_KEYS for c in APPEAL_COLUMN_KEYS))
    lines += [
        "五、存在的主要问题及改进情况",
        "队伍建设有待加强，政策解读形式单一，下一步将加强培训。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]
    return "\n".join(lines) + "\n"


def render_markdown(r: Report) -> str:
    text = render_tsv(r)
    out = []
    for line in text.splitlines():
        if "\t" in line:
            cells = line.split("\t")
            out.append("| " + " | ".join(cells) + " |")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def validate(
    instance: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, path: str = "$"
) -> list[str]:
    """The JSON Schema subset the published schema uses: $ref, oneOf, type, enum, const, properties,
    required, additionalProperties, items, minimum, pattern."""
    import re

    root = root or schema
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return validate(instance, target, root, path)
    errors: list[str] = []
    if "oneOf" in schema:
        matches = [s for s in schema["oneOf"] if not validate(instance, s, root, path)]
        if len(matches) != 1:
            errors.append(f"{path}: matches {len(matches)} of oneOf")
        return errors
    types = schema.get("type")
    if types is not None:
        names = types if isinstance(types, list) else [types]
        checks: dict[str, type] = {"object": dict, "array": list, "string": str, "null": type(None)}
        ok = False
        for name in names:
            if name == "integer":
                ok = ok or (isinstance(instance, int) and not isinstance(instance, bool))
            else:
                ok = ok or isinstance(instance, checks[name])
        if not ok:
            return [f"{path}: {instance!r} is not {names}"]
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{path}: {instance!r} not in {schema['enum']}")
    if "const" in schema and instance != schema["const"]:
        errors.append(f"{path}: {instance!r} != {schema['const']!r}")
    if "minimum" in schema and isinstance(instance, int) and instance < schema["minimum"]:
        errors.append(f"{path}: {instance} < {schema['minimum']}")
    if "pattern" in schema and isinstance(instance, str) and not re.search(schema["pattern"], instance):
        errors.append(f"{path}: {instance!r} does not match {schema['pattern']}")
    if isinstance(instance, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in instance:
                errors.append(f"{path}: missing {key}")
        for key, value in instance.items():
            if key in props:
                errors.extend(validate(value, props[key], root, f"{path}.{key}"))
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected key {key}")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors.extend(validate(value, schema["additionalProperties"], root, f"{path}.{key}"))
    if isinstance(instance, list) and "items" in schema:
        for i, value in enumerate(instance):
            errors.extend(validate(value, schema["items"], root, f"{path}[{i}]"))
    return errors


def load_schema() -> dict[str, Any]:
    return dict(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


__all__ = [
    "DISPOSITION_ROWS",
    "consistent_report",
    "load_schema",
    "render_markdown",
    "render_tsv",
    "validate",
]
