"""`gongkai remind`: e-mail staff about reply deadlines (safe to run every few minutes)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gongkai.applications.management.reminders import run
from gongkai.law.clock import ClockError


class Command(BaseCommand):
    help = "发送依申请公开答复期限提醒（到期前3个工作日、逾期当日各一次；可反复运行）"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", help="以该日期（YYYY-MM-DD）为今天，用于补发或测试")

    def handle(self, *args: Any, **options: Any) -> None:
        today = None
        if options.get("today"):
            try:
                today = date.fromisoformat(options["today"])
            except ValueError:
                raise CommandError(f"--today 应为 YYYY-MM-DD 格式的日期：{options['today']!r}") from None
        try:
            result = run(today)
        except ClockError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"检查 {result.examined} 件，发送提醒 {result.sent} 封")
