"""Tracking numbers (受理编号): `<organisation short name>-<year>-<NNNN>`, unique per organisation and year,
never reused, safe under concurrency.

One NumberCounter row per (organisation, year) is created if missing and then locked with
SELECT … FOR UPDATE and incremented with F() inside the caller's transaction: two registrations at the
same moment queue on the row lock (PostgreSQL) or on the database write lock (SQLite, IMMEDIATE
transactions), so they can never get the same number. A rolled-back registration also rolls back its
increment, so no gap appears either.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F

from gongkai.organisations.models import Organisation

from .models import NumberCounter


def format_number(organisation: Organisation, year: int, sequence: int) -> str:
    return f"{organisation.short_name}-{year}-{sequence:04d}"


def next_sequence(organisation: Organisation, year: int) -> int:
    """Claim the next sequence number; must run inside the registering transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_sequence() must run inside transaction.atomic() with the registration")
    counter = NumberCounter.objects.select_for_update().filter(organisation=organisation, year=year).first()
    if counter is None:
        try:
            # A savepoint, so that losing the race to create the row does not break the outer transaction.
            with transaction.atomic():
                NumberCounter.objects.create(organisation=organisation, year=year, last=0)
        except IntegrityError:
            pass  # another registration created it first; lock theirs below
        counter = NumberCounter.objects.select_for_update().get(organisation=organisation, year=year)
    NumberCounter.objects.filter(pk=counter.pk).update(last=F("last") + 1)
    counter.refresh_from_db(fields=["last"])
    return counter.last
