"""Tracking numbers (受理编号): `<organisation short name>-<year>-<NNNN>`, unique per organisation and year,
never reused, safe under concurrency.

One NumberCounter row per (organisation, year). A single statement creates it or increments it and
returns the new value — `INSERT … ON CONFLICT (organisation, year) DO UPDATE SET last = last + 1
RETURNING last` (PostgreSQL ≥ 9.5, SQLite ≥ 3.35) — inside the caller's transaction. The upsert takes the
row lock (PostgreSQL) or the database write lock (SQLite), so two registrations at the same moment queue
and can never get the same number; a rolled-back registration also rolls back its increment, so no gap
appears either. One round trip instead of lock/insert-savepoint/update/re-read: intake throughput.
"""

from __future__ import annotations

from django.db import connection, models, transaction

from gongkai.organisations.models import Organisation

from .models import NumberCounter


def format_number(organisation: Organisation, year: int, sequence: int) -> str:
    return f"{organisation.short_name}-{year}-{sequence:04d}"


def _column(name: str) -> str:
    field = NumberCounter._meta.get_field(name)
    assert isinstance(field, models.Field) and field.column
    return connection.ops.quote_name(field.column)


def _upsert_sql() -> str:
    table = connection.ops.quote_name(NumberCounter._meta.db_table)
    org, year, last = _column("organisation"), _column("year"), _column("last")
    return (
        f"INSERT INTO {table} ({org}, {year}, {last}) VALUES (%s, %s, 1) "
        f"ON CONFLICT ({org}, {year}) DO UPDATE SET {last} = {table}.{last} + 1 "
        f"RETURNING {last}"
    )


def next_sequence(organisation: Organisation, year: int) -> int:
    """Claim the next sequence number; must run inside the registering transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_sequence() must run inside transaction.atomic() with the registration")
    with connection.cursor() as cursor:
        cursor.execute(_upsert_sql(), [organisation.pk, year])
        row = cursor.fetchone()
    if row is None:  # pragma: no cover - RETURNING always yields the row
        raise RuntimeError("tracking number counter did not return a value")
    return int(row[0])
