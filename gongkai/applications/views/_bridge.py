"""The thin layer between the web/API side and part A's services: every write is a service call.

Idempotency (a double submit registers once) uses the Django cache: `cache.add()` is atomic on the
locmem and database backends, so with GONGKAI_CACHE=db it holds across server processes.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from django.core.cache import cache
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from gongkai.organisations.models import Organisation

from .. import services
from ..forms import ATTACHMENT_CONTENT_TYPES
from ..models import Application, Attachment

IDEMPOTENCY_TTL = 24 * 3600
_PENDING = 0

# Fields of the applicant form that register_application takes as **details.
DETAIL_FIELDS = tuple(sorted(services.REGISTRATION_FIELDS))


class StillProcessing(Exception):
    """The same submission token is being registered by another request right now."""


def registration_kwargs(data: dict[str, Any]) -> dict[str, Any]:
    """register_application() keyword arguments from a cleaned applicant/registration form."""
    kwargs: dict[str, Any] = {
        "applicant_kind": data["applicant_kind"],
        "applicant_name": data["applicant_name"],
        "information_sought": data["information_sought"],
    }
    for name in DETAIL_FIELDS:
        value = data.get(name)
        if value is not None and value != "":
            kwargs[name] = value
    return kwargs


def _save_attachments(app: Application, files: Iterable[UploadedFile[bytes]], actor: Any) -> None:
    for upload in files:
        name = upload.name or "附件"
        ext = name.rsplit(".", 1)[-1].lower()
        services.add_attachment(
            app,
            actor=actor,
            file=upload,
            kind=Attachment.Kind.APPLICATION_FORM,
            name=name[:255],
            content_type=ATTACHMENT_CONTENT_TYPES.get(ext, ""),
        )


def register(
    organisation: Organisation,
    data: dict[str, Any],
    *,
    actor: Any,
    dates: dict[str, date | None],
    channel: str,
    files: Iterable[UploadedFile[bytes]] = (),
) -> Application:
    """Register through the service, with the attachments in the same transaction."""
    # savepoint=False: when a caller already holds a transaction, a failure must undo all of it anyway.
    with transaction.atomic(savepoint=False):
        app = services.register_application(
            organisation,
            actor=actor,
            channel=channel,
            submitted_on=dates.get("submitted_on"),
            signed_on=dates.get("signed_on"),
            arrived_on=dates.get("arrived_on"),
            confirmed_on=dates.get("confirmed_on"),
            **registration_kwargs(data),
        )
        _save_attachments(app, files, actor)
    return app


def submit_online(
    organisation: Organisation, data: dict[str, Any], *, files: Iterable[UploadedFile[bytes]] = ()
) -> Application:
    """An application from the public online form: numbered now, received only when staff confirm it
    with the applicant (条例第三十一条第（三）项; services.confirm_receipt)."""
    with transaction.atomic():
        app = services.submit_online(
            organisation, arrived_on=timezone.localdate(), **registration_kwargs(data)
        )
        _save_attachments(app, files, None)
    return app


def idempotent(
    key: str, create: Callable[[], Application], *, wait: float = 10.0
) -> tuple[Application, bool]:
    """Run `create` once per key; later calls get the same application. Returns (app, created)."""
    cache_key = "gk:apply:" + hashlib.sha256(key.encode()).hexdigest()
    if cache.add(cache_key, _PENDING, IDEMPOTENCY_TTL):
        try:
            app = create()
        except BaseException:
            cache.delete(cache_key)
            raise
        cache.set(cache_key, app.pk, IDEMPOTENCY_TTL)
        return app, True
    deadline = time.monotonic() + wait
    while True:
        pk = cache.get(cache_key)
        if pk is None:  # the first attempt failed and released the key: try again as the first
            return idempotent(key, create, wait=max(0.0, deadline - time.monotonic()))
        if pk != _PENDING:
            return Application.objects.get(pk=pk), False
        if time.monotonic() > deadline:
            raise StillProcessing
        time.sleep(0.05)
