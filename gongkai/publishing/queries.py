"""Aggregate queries for the annual report and the workspace: pure SQL (aggregate with filtered Counts),
no Python loop over rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db.models import Count, F, Q

from .models import Disclosure, Document, GazetteIssue, InterpretationForm, Kind, Status, Validity, in_force_q

ART20_KINDS = {"rules": Kind.RULE, "normative_documents": Kind.NORMATIVE}


def art20_counts(organisation_ids: Iterable[int], year: int) -> dict[str, dict[str, int]]:
    """Table 二, 第二十条第（一）项: per kind, 本年制发件数 (published, 成文 in the year), 本年废止件数
    (repealed in the year) and 现行有效件数 (in force on 31 December), by dates, so a past year's figures do
    not drift when a document is repealed later."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    qs = Document.objects.filter(organisation_id__in=list(organisation_ids), kind__in=ART20_KINDS.values())
    aggregates: dict[str, Any] = {}
    for key, kind in ART20_KINDS.items():
        k = Q(kind=kind)
        aggregates[f"{key}__issued"] = Count(
            "pk", filter=k & Q(status=Status.PUBLISHED, signed_on__gte=start, signed_on__lte=end)
        )
        aggregates[f"{key}__repealed"] = Count(
            "pk",
            filter=k
            & Q(status=Status.PUBLISHED, validity=Validity.REPEALED, repealed_on__gte=start)
            & Q(repealed_on__lte=end),
        )
        aggregates[f"{key}__in_force"] = Count("pk", filter=k & in_force_q(end))
    raw = qs.aggregate(**aggregates)
    out: dict[str, dict[str, int]] = {key: {} for key in ART20_KINDS}
    for name, value in raw.items():
        key, field = name.split("__")
        out[key][field] = int(value or 0)
    return out


def narrative_counts(organisation_ids: Iterable[int], year: int) -> dict[str, int]:
    """Figures the report's text quotes: documents published, interpretations, gazette issues."""
    ids = list(organisation_ids)
    start, end = date(year, 1, 1), date(year, 12, 31)
    published = Q(status=Status.PUBLISHED, published_on__gte=start, published_on__lte=end)
    raw = Document.objects.filter(organisation_id__in=ids).aggregate(
        documents_published=Count("pk", filter=published & ~Q(kind=Kind.INTERPRETATION)),
        interpretations=Count("pk", filter=published & Q(kind=Kind.INTERPRETATION)),
    )
    gazettes = GazetteIssue.objects.filter(organisation_id__in=ids, published_on__gte=start).filter(
        published_on__lte=end
    )
    return {
        "documents_published": int(raw["documents_published"] or 0),
        "interpretations": int(raw["interpretations"] or 0),
        "gazette_issues": gazettes.count(),
    }


def interpretation_stats(organisation_ids: Iterable[int], year: int) -> dict[str, Any]:
    """Per-year count of interpretations, of 图解 and 同步 ones, and their ratios."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    raw = Document.objects.filter(
        organisation_id__in=list(organisation_ids),
        kind=Kind.INTERPRETATION,
        status=Status.PUBLISHED,
        published_on__gte=start,
        published_on__lte=end,
    ).aggregate(
        total=Count("pk"),
        graphic=Count("pk", filter=Q(interpretation_form=InterpretationForm.GRAPHIC)),
        video=Count("pk", filter=Q(interpretation_form=InterpretationForm.VIDEO)),
        synchronous=Count("pk", filter=Q(is_synchronous=True)),
    )
    total = int(raw["total"] or 0)
    out: dict[str, Any] = {k: int(v or 0) for k, v in raw.items()}
    out["graphic_ratio"] = round(out["graphic"] / total, 4) if total else None
    out["synchronous_ratio"] = round(out["synchronous"] / total, 4) if total else None
    return out


def timeliness_counts(organisation_ids: Iterable[int], year: int, today: date) -> dict[str, int]:
    """条例第二十六条: items published in the year, how many late; and items still unpublished past due."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    qs = Document.objects.filter(organisation_id__in=list(organisation_ids), disclosure=Disclosure.PROACTIVE)
    raw = qs.aggregate(
        published=Count(
            "pk", filter=Q(status=Status.PUBLISHED, published_on__gte=start, published_on__lte=end)
        ),
        late=Count(
            "pk",
            filter=Q(status=Status.PUBLISHED, published_on__gte=start, published_on__lte=end)
            & Q(published_on__gt=F("publish_due_on")),
        ),
        overdue_unpublished=Count(
            "pk", filter=~Q(status=Status.PUBLISHED) & Q(publish_due_on__lt=today, signed_on__lte=end)
        ),
        # No due date (no 成文日期, or no calendar for its year): neither on time nor late.
        no_due_date=Count(
            "pk",
            filter=Q(status=Status.PUBLISHED, published_on__gte=start, published_on__lte=end)
            & Q(publish_due_on__isnull=True),
        ),
    )
    return {k: int(v or 0) for k, v in raw.items()}
