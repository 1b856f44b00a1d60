"""Atom feeds per column (django.contrib.syndication)."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from .models import Document, GazetteIssue, Kind


def _dt(day: Any) -> datetime | None:
    return timezone.make_aware(datetime.combine(day, time(9))) if day else None


class CatalogFeed(Feed):  # type: ignore[type-arg]
    feed_type = Atom1Feed
    title = "政府信息公开目录"
    link = reverse_lazy("publishing:catalog")
    subtitle = "最新主动公开的政府信息"

    def items(self) -> Any:
        return (
            Document.objects.published().exclude(kind=Kind.INTERPRETATION).select_related("organisation")[:50]
        )

    def item_title(self, item: Document) -> str:
        return item.public_title

    def item_description(self, item: Document) -> str:
        return f"{item.organisation.name} {item.doc_number} {item.public_summary}".strip()

    def item_pubdate(self, item: Document) -> datetime | None:
        return _dt(item.published_on)


class InterpretationFeed(CatalogFeed):
    title = "政策解读"
    link = reverse_lazy("publishing:interpretations")

    def items(self) -> Any:
        return (
            Document.objects.published().filter(kind=Kind.INTERPRETATION).select_related("organisation")[:50]
        )


class GazetteFeed(Feed):  # type: ignore[type-arg]
    feed_type = Atom1Feed
    title = "政府公报"
    link = reverse_lazy("publishing:gazette")

    def items(self) -> Any:
        return GazetteIssue.objects.filter(
            published_on__isnull=False, published_on__lte=timezone.localdate()
        )[:50]

    def item_title(self, item: GazetteIssue) -> str:
        return item.title

    def item_description(self, item: GazetteIssue) -> str:
        return f"{item.year}年第{item.number}期"

    def item_pubdate(self, item: GazetteIssue) -> datetime | None:
        return _dt(item.published_on)
