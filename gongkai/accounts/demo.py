"""The demo cast — the same people the tests use (tests/cast.py mirrors these roles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gongkai.core.demo import DEMO_PASSWORD

from .models import Role, User
from .services import grant_role

if TYPE_CHECKING:
    from gongkai.core.demo import DemoContext

# username, display name, [(organisation short name, role)], description
CAST: list[tuple[str, str, list[tuple[str, Role]], str]] = [
    ("gkb", "王公开", [("利通区政府办", Role.OFFICE_ADMIN)], "公开办管理员（利通区全部机构）"),
    ("jyj", "李教育", [("教育局", Role.LIAISON)], "单位联络员（教育局）"),
    ("czj", "赵财政", [("财政局", Role.LIAISON)], "单位联络员（财政局）"),
    ("shenhe1", "陈初审", [("利通区政府办", Role.REVIEWER)], "审核人（初审）"),
    ("shenhe2", "刘复审", [("利通区政府办", Role.REVIEWER)], "审核人（复审）"),
    ("shenhe3", "周终审", [("利通区政府办", Role.REVIEWER)], "审核人（终审）"),
    ("baomi", "吴保密", [("利通区政府办", Role.PRIVACY_REVIEWER)], "保密审查员"),
    ("ducha", "孙督查", [("吴忠市政府", Role.INSPECTOR)], "督查（吴忠市，只读）"),
]


def load(ctx: DemoContext) -> None:
    admin, created = User.objects.get_or_create(
        username="admin", defaults={"display_name": "系统管理员", "is_superuser": True, "is_staff": True}
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save(update_fields=["password"])
        ctx.created += 1
    ctx.users["admin"] = admin
    ctx.accounts.append(("admin", "系统管理员（/admin/）"))
    for username, display, roles, description in CAST:
        user, created = User.objects.get_or_create(username=username, defaults={"display_name": display})
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            ctx.created += 1
        for short, role in roles:
            grant_role(user, ctx.orgs[short], role)
        ctx.users[username] = user
        ctx.accounts.append((username, description))
