"""`gongkai api_token create|revoke|list`: API tokens for staff systems (see gongkai.applications.tokens)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gongkai.accounts.models import User
from gongkai.applications import tokens
from gongkai.applications.models import ApiToken


class Command(BaseCommand):
    help = "管理 API 令牌：create 新建（令牌只显示一次）、revoke 吊销、list 列出"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="为用户新建令牌，令牌以该用户的身份和权限访问 API")
        create.add_argument("--user", required=True, help="用户名")
        create.add_argument("--name", required=True, help="令牌名称，如“12345热线”")
        revoke = sub.add_parser("revoke", help="吊销令牌")
        revoke.add_argument("--user", required=True, help="用户名")
        revoke.add_argument("--name", help="令牌名称；省略时吊销该用户的全部令牌")
        listing = sub.add_parser("list", help="列出令牌（不显示令牌本身）")
        listing.add_argument("--user", help="只列出该用户的令牌")

    def _user(self, username: str) -> User:
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"没有用户名为 {username!r} 的用户")
        return user

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "create":
            user = self._user(options["user"])
            if not user.is_active:
                raise CommandError(f"用户 {user.username} 已停用，不能为其新建令牌")
            try:
                row, raw = tokens.create(user, options["name"])
            except tokens.TokenError as exc:
                raise CommandError(str(exc)) from None
            self.stderr.write(f"已为 {user.username} 新建令牌“{row.name}”。令牌只显示这一次，请妥善保存：")
            self.stdout.write(raw)
        elif action == "revoke":
            user = self._user(options["user"])
            qs = ApiToken.objects.filter(user=user)
            if options.get("name"):
                qs = qs.filter(name=options["name"])
            found = list(qs)
            if not found:
                raise CommandError("没有找到符合条件的令牌")
            count = tokens.revoke(found)
            self.stdout.write(f"已吊销 {count} 个令牌")
        else:
            qs = ApiToken.objects.select_related("user").order_by("user__username", "name")
            if options.get("user"):
                qs = qs.filter(user=self._user(options["user"]))
            for t in qs:
                state = "已吊销" if t.revoked else "有效"
                used = t.last_used_at.isoformat(timespec="seconds") if t.last_used_at else "从未使用"
                self.stdout.write(f"{t.user.username}\t{t.name}\t{state}\t最近使用：{used}")
