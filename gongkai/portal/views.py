from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from gongkai.core.navigation import PORTAL_SECTIONS
from gongkai.organisations.models import Organisation


def home(request: HttpRequest) -> HttpResponse:
    organisations = Organisation.objects.filter(is_active=True).select_related("region")
    return render(request, "portal/home.html", {"sections": PORTAL_SECTIONS, "organisations": organisations})
