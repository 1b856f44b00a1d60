"""The one function that writes audit events."""

from __future__ import annotations

from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction

from .models import Event, EventKind


class NotInTransaction(RuntimeError):
    """An event written outside a transaction could survive the change it records rolling back."""


def record(
    kind: EventKind,
    *,
    actor: Any = None,
    organisation: Any = None,
    obj: models.Model | None = None,
    details: dict[str, Any] | None = None,
    using: str = "default",
) -> Event:
    """Append an event. Must be called inside the transaction.atomic() block of the change."""
    if not transaction.get_connection(using).in_atomic_block:
        raise NotInTransaction(
            "audit.record() must run inside transaction.atomic() with the change it records"
        )
    if not isinstance(kind, EventKind):
        kind = EventKind(kind)
    # Round-trip through the JSON encoder so dates and Decimals are stored as text, identically on
    # SQLite and PostgreSQL.
    import json

    clean = json.loads(json.dumps(details or {}, cls=DjangoJSONEncoder, ensure_ascii=False))
    event = Event(
        kind=kind,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        organisation=organisation,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        details=clean,
    )
    event.save(using=using)
    return event
