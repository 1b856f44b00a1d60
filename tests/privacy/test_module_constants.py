"""The detector's patterns are module constants; two of one name silently shadow each other."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import gongkai.privacy.detect as detect_module


def test_no_module_constant_is_assigned_twice() -> None:
    # _FIELD_BEFORE once stood for two patterns: the later one, the health rules', replaced the one
    # _contact_field was written for. Each pattern now has its own name.
    tree = ast.parse(Path(detect_module.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name) and target.id.startswith("_") and target.id.isupper()
    )
    assert [name for name, n in names.items() if n > 1] == []
