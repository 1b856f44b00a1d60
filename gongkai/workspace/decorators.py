from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from gongkai.accounts.visibility import is_staff_member

View = Callable[..., HttpResponse]


def staff_required(view: View) -> View:
    """Logged in and holding at least one role (or superuser); otherwise login or a 403 page."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff_member(request.user):
            return render(request, "workspace/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper
