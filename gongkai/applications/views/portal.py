"""Public pages: the online application form and the status lookup (no login)."""

from __future__ import annotations

import secrets

from django.core.cache import cache
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from gongkai.organisations.models import Organisation

from .. import conf
from ..forms import OnlineApplicationForm, StatusLookupForm, phone_digits
from ..models import Application
from ..services import TransitionError
from . import _bridge


def lookup_limit() -> tuple[int, int]:
    """(tries, seconds) per client IP for the status lookup; GONGKAI_STATUS_LOOKUP_LIMIT="TRIES/SECONDS"."""
    return conf.status_lookup_limit()


def _public_orgs() -> QuerySet[Organisation]:
    return Organisation.objects.filter(is_active=True)


def apply(request: HttpRequest) -> HttpResponse:
    """条例第二十九条: the written application, online (第三十一条第（三）项)."""
    if request.method != "POST":
        form = OnlineApplicationForm(organisations=_public_orgs())
        return render(request, "applications/apply.html", {"form": form})
    form = OnlineApplicationForm(request.POST, request.FILES, organisations=_public_orgs())
    if not form.is_valid():
        return render(request, "applications/apply.html", {"form": form}, status=400)
    data = form.cleaned_data
    token = data.get("submission_token") or secrets.token_urlsafe(24)
    try:
        app, _ = _bridge.idempotent(
            f"web:{token}",
            lambda: _bridge.submit_online(data["organisation"], data, files=data.get("attachments") or []),
        )
    except TransitionError as exc:
        form.add_error(None, exc.message)
        return render(request, "applications/apply.html", {"form": form}, status=400)
    except _bridge.StillProcessing:
        form.add_error(None, "您的申请正在提交中，请稍候刷新页面，不要重复提交")
        return render(request, "applications/apply.html", {"form": form}, status=409)
    return render(request, "applications/apply_done.html", {"app": app})


def _client_ip(request: HttpRequest) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is set by the client unless a trusted proxy rewrites it.
    return str(request.META.get("REMOTE_ADDR") or "unknown")


def _over_limit(request: HttpRequest) -> bool:
    tries, seconds = lookup_limit()
    key = f"gk:lookup:{_client_ip(request)}"
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        count = 1
    return count > tries


def status(request: HttpRequest) -> HttpResponse:
    """Tracking number + last 4 digits of the phone → status and dates only (no personal data)."""
    if request.method != "POST":
        return render(request, "applications/status.html", {"form": StatusLookupForm()})
    form = StatusLookupForm(request.POST)
    if _over_limit(request):
        form.errors.clear()
        return render(
            request,
            "applications/status.html",
            {"form": StatusLookupForm(), "limited": True, "minutes": lookup_limit()[1] // 60},
            status=429,
        )
    if not form.is_valid():
        return render(request, "applications/status.html", {"form": form}, status=400)
    app = (
        Application.objects.select_related("organisation")
        .filter(number=form.cleaned_data["number"])
        .only(
            "number",
            "status",
            "received_on",
            "due_on",
            "replied_on",
            "closed_on",
            "phone",
            "organisation__name",
        )
        .first()
    )
    if app is None or phone_digits(app.phone)[-4:] != form.cleaned_data["phone_last4"]:
        # The same answer for a wrong number and a wrong phone: the lookup must not confirm numbers.
        form.add_error(None, "未找到该申请：请核对受理编号和联系电话后 4 位")
        return render(request, "applications/status.html", {"form": form}, status=404)
    return render(request, "applications/status.html", {"form": StatusLookupForm(), "found": app})
