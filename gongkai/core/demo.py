"""The demo data set: 吴忠市 → 利通区人民政府 with its office, departments, townships and a named cast.

Each app that has demo records provides `gongkai.<app>.demo.load(ctx)`; `gongkai demo` calls them in
DEMO_ORDER inside one transaction. Every loader is idempotent (get-or-create on natural keys), so the
command can run on every start.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gongkai.accounts.models import User
    from gongkai.organisations.models import Organisation, Region

DEMO_ORDER = ("organisations", "accounts", "publishing", "applications", "reporting")
DEMO_PASSWORD = "gongkai-demo"


@dataclass
class DemoContext:
    regions: dict[str, Region] = field(default_factory=dict)
    # by short name, e.g. "利通区政府", "教育局"
    orgs: dict[str, Organisation] = field(default_factory=dict)
    # by username
    users: dict[str, User] = field(default_factory=dict)
    # (username, role description) printed at the end
    accounts: list[tuple[str, str]] = field(default_factory=list)
    created: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def load_all(ctx: DemoContext) -> DemoContext:
    for app in DEMO_ORDER:
        try:
            module = importlib.import_module(f"gongkai.{app}.demo")
        except ModuleNotFoundError as exc:
            if exc.name in {f"gongkai.{app}", f"gongkai.{app}.demo"}:
                continue
            raise
        module.load(ctx)
    return ctx
