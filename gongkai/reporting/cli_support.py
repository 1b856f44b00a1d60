"""Argument checks shared by the report_* management commands (exit code 2 on bad input)."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import CommandError
from django.utils import timezone

from gongkai.organisations.models import Organisation

from .orgs import OrganisationNotFound, resolve

FIRST_YEAR = 2008  # 条例 in force since 2008-05-01: no report before the 2008 reporting year


def organisation(text: str) -> Organisation:
    try:
        return resolve(text)
    except OrganisationNotFound as exc:
        raise CommandError(str(exc), returncode=2) from None


def year(text: str) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        raise CommandError(f"年度“{text}”不是整数", returncode=2) from None
    latest = timezone.localdate().year
    if not FIRST_YEAR <= value <= latest:
        raise CommandError(f"年度 {value} 超出范围（{FIRST_YEAR}–{latest}）", returncode=2)
    return value


def write(data: bytes, output: str | None, *, binary: bool) -> None:
    if output:
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise CommandError(f"无法写入 {output}：{exc.strerror or exc}", returncode=2) from None
        return
    if binary:
        raise CommandError("二进制格式须用 -o FILE 指定输出文件", returncode=2)
    sys.stdout.write(data.decode("utf-8"))
