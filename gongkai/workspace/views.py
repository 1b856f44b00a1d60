from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from gongkai.accounts.models import Membership
from gongkai.accounts.visibility import scope, visible_organisations
from gongkai.audit.models import Event
from gongkai.core.navigation import WORKSPACE_MODULES

from .decorators import staff_required


@staff_required
def home(request: HttpRequest) -> HttpResponse:
    memberships = Membership.objects.filter(user_id=request.user.pk or 0).select_related("organisation")
    return render(
        request,
        "workspace/home.html",
        {
            # The Django admin is for system admins only; others would meet its own login page.
            "modules": [
                m
                for m in WORKSPACE_MODULES
                if request.user.is_superuser or not m.url_name.startswith("admin:")
            ],
            "memberships": memberships,
            "organisations": visible_organisations(request.user).select_related("region"),
        },
    )


@staff_required
def audit(request: HttpRequest) -> HttpResponse:
    # Events without an organisation (system-level) are shown to system admins only: scope() drops them.
    events = scope(Event.objects.select_related("actor", "organisation"), request.user).order_by(
        "-created_at", "-id"
    )
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "workspace/audit.html", {"page": page})
