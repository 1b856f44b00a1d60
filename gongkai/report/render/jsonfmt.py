"""JSON in the report-format.md keys; canonical (sorted keys) so that its sha256 is reproducible."""

from __future__ import annotations

import json

from gongkai.report.model import Report


def render_json(report: Report, *, indent: int | None = 2) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=indent, sort_keys=True) + "\n"
