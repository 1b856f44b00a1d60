"""Staff pages (workspace): queue, search, case page with one form per allowed transition, registration
by channel, Excel export and import. Every queryset goes through gongkai.accounts.visibility.scope().

Another unit's case is a 404 (its existence is not revealed); a visible case the user may not change
(an inspector) is a 403 on any action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import quote

from django import forms as djforms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from gongkai.accounts.models import Role, User
from gongkai.accounts.visibility import (
    can_write,
    has_role,
    scope,
    visible_organisations,
    writable_organisations,
)
from gongkai.law import clock as law_clock
from gongkai.workspace.decorators import staff_required

from .. import clock, conf, excel, services
from ..forms import (
    ConfirmForm,
    ConsultationEndForm,
    ConsultationForm,
    CorrectionReceivedForm,
    CorrectionRequestForm,
    DeliverForm,
    DiscardForm,
    ExtendForm,
    FeeNoticeForm,
    ImportForm,
    OnForm,
    RegistrationForm,
    ReplyForm,
    SearchForm,
    TransitionForm,
    WithdrawForm,
)
from ..models import Application, Attachment, Notice
from ..workflow import (
    OPEN_STATUSES,
    REPLY_PENDING_STATUSES,
    Action,
    Status,
    TransitionError,
    allowed_actions,
    check_transition,
)
from . import _bridge

ACTION_FORMS: dict[Action, type[TransitionForm]] = {
    Action.CONFIRM_RECEIPT: ConfirmForm,
    Action.DISCARD_SUBMISSION: DiscardForm,
    Action.START_PROCESSING: OnForm,
    Action.REQUEST_CORRECTION: CorrectionRequestForm,
    Action.RECEIVE_CORRECTION: CorrectionReceivedForm,
    Action.ABANDON_FOR_NO_CORRECTION: OnForm,
    Action.START_CONSULTATION: ConsultationForm,
    Action.END_CONSULTATION: ConsultationEndForm,
    Action.EXTEND: ExtendForm,
    Action.SEND_FEE_NOTICE: FeeNoticeForm,
    Action.RECORD_FEE_PAYMENT: OnForm,
    Action.CLOSE_FOR_UNPAID_FEE: OnForm,
    Action.WITHDRAW: WithdrawForm,
    Action.REPLY: ReplyForm,
    Action.DELIVER: DeliverForm,
    Action.ARCHIVE: OnForm,
}
AWAITING_APPLICANT = (Status.AWAITING_CORRECTION, Status.AWAITING_FEE)


def service_for(action: Action) -> Callable[..., Application]:
    # services.py has one function per Action, named after it.
    func: Callable[..., Application] = getattr(services, action.value)
    return func


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def filtered(user: User, form: SearchForm, *, today: date | None = None) -> QuerySet[Application]:
    """The queue/search queryset (also what the export writes)."""
    qs = scope(Application.objects.select_related("organisation"), user)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    now = today or timezone.localdate()
    view = data.get("view") or ""
    if view == "overdue":
        qs = qs.filter(status__in=REPLY_PENDING_STATUSES, due_on__lt=now)
    elif view == "due_soon":
        horizon = law_clock.add_working_days(now, conf.reminder_days_before(), conf.calendar())
        qs = qs.filter(status__in=REPLY_PENDING_STATUSES, due_on__gte=now, due_on__lte=horizon)
    elif view == "awaiting_applicant":
        qs = qs.filter(status__in=AWAITING_APPLICANT)
    elif view == "unconfirmed":
        qs = qs.filter(status=Status.SUBMITTED)
    elif view != "all":
        # Unconfirmed online submissions are work too: they need a call to the applicant.
        qs = qs.filter(status__in=OPEN_STATUSES | {Status.SUBMITTED})
    if org := data.get("organisation"):
        qs = qs.filter(organisation=org)
    if q := (data.get("q") or "").strip():
        qs = qs.filter(
            Q(number__icontains=q)
            | Q(applicant_name__icontains=q)
            | Q(information_sought__icontains=q)
            | Q(document_reference__icontains=q)
        )
    return qs.order_by("due_on", "received_on", "id") if view not in ("all",) else qs


def per_organisation(user: User, *, today: date | None = None) -> list[dict[str, Any]]:
    """Work per visible organisation: overdue, due soon, awaiting the applicant, unconfirmed, open."""
    now = today or timezone.localdate()
    horizon = law_clock.add_working_days(now, conf.reminder_days_before(), conf.calendar())
    pending = Q(status__in=REPLY_PENDING_STATUSES)
    rows = (
        scope(Application.objects.all(), user)
        .values("organisation_id", "organisation__name", "organisation__short_name")
        .annotate(
            overdue=Count("id", filter=pending & Q(due_on__lt=now)),
            due_soon=Count("id", filter=pending & Q(due_on__gte=now, due_on__lte=horizon)),
            awaiting_applicant=Count("id", filter=Q(status__in=AWAITING_APPLICANT)),
            unconfirmed=Count("id", filter=Q(status=Status.SUBMITTED)),
            open=Count("id", filter=Q(status__in=OPEN_STATUSES)),
        )
        .order_by("organisation__name")
    )
    return [dict(r) for r in rows if r["open"] or r["unconfirmed"]]


@staff_required
def queue(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = SearchForm(request.GET or None, organisations=visible_organisations(user))
    qs = filtered(user, form)
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    today = timezone.localdate()
    return render(
        request,
        "applications/queue.html",
        {
            "form": form,
            "page": page,
            "today": today,
            "query": request.GET.urlencode(),
            "can_register": writable_organisations(user).exists(),
            "can_edit_templates": has_role(user, Role.OFFICE_ADMIN),
            "pending": REPLY_PENDING_STATUSES,
            "summary": per_organisation(user, today=today),
            # Due dates after this year are 暂定 (no 节假日安排 yet: docs/calendar.md).
            "last_known_year": max(conf.calendar().years),
        },
    )


def _case(request: HttpRequest, pk: int, *, write: bool = False) -> Application:
    user = _user(request)
    app = get_object_or_404(scope(Application.objects.select_related("organisation"), user), pk=pk)
    if write and not can_write(user, app.organisation):
        raise PermissionError
    return app


def _case_context(
    app: Application, user: User, bound: tuple[Action, djforms.Form] | None = None
) -> dict[str, Any]:
    writable = can_write(user, app.organisation)
    actions: list[tuple[Action, djforms.Form]] = []
    if writable:
        for action in allowed_actions(app.status):
            if action not in ACTION_FORMS:  # an action without a form yet is not offered
                continue
            if bound is not None and bound[0] == action:
                actions.append(bound)
            else:
                actions.append((action, ACTION_FORMS[action](prefix=action.value)))
    return {
        "app": app,
        "events": _with_pairs(app.events.select_related("actor")),
        "attachments": app.attachments.all(),
        "notices": app.notices.select_related("template").order_by("created_at", "id"),
        # An unconfirmed online submission has no receipt date, hence no clock yet.
        "clock": clock.case_clock(app) if app.received_on is not None else None,
        "actions": actions,
        "writable": writable,
    }


def _with_pairs(events: Any) -> list[Any]:
    # `details.items` in a template would look up the key "items" (the 补正事项 of a correction event)
    # before the dict method: hand the template the pairs instead.
    out = list(events)
    for event in out:
        event.pairs = list(event.details.items()) if isinstance(event.details, dict) else []
    return out


@staff_required
def case(request: HttpRequest, pk: int) -> HttpResponse:
    app = _case(request, pk)
    return render(request, "applications/case.html", _case_context(app, _user(request)))


@staff_required
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    user = _user(request)
    try:
        app = _case(request, pk, write=True)
    except PermissionError:
        return render(request, "workspace/forbidden.html", status=403)
    try:
        chosen = Action(action)
    except ValueError:
        raise Http404("未知的操作") from None
    if chosen not in ACTION_FORMS:
        raise Http404("未知的操作")
    form = ACTION_FORMS[chosen](request.POST, prefix=chosen.value)
    if form.is_valid():
        try:
            service_for(chosen)(app, actor=user, **form.service_kwargs())
        except TransitionError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, f"已{chosen.label}")
            return redirect("applications:case", pk=app.pk)
    app.refresh_from_db()
    context = _case_context(app, user, bound=(chosen, form))
    if chosen not in allowed_actions(app.status):
        # Not offered from this status: show the refusal on top of the page.
        try:
            check_transition(chosen, app.status)
        except TransitionError as exc:
            context["refused"] = exc.message
    return render(request, "applications/case.html", context, status=400)


@staff_required
def attachment(request: HttpRequest, pk: int, attachment_id: int) -> HttpResponse:
    app = _case(request, pk)
    item = get_object_or_404(Attachment, pk=attachment_id, application=app)
    # Attachments are at most 10 MB (forms.MAX_ATTACHMENT_BYTES): read whole, so the decorator's
    # HttpResponse type holds (FileResponse is a streaming response).
    with item.file.open("rb") as fh:
        body = fh.read()
    response = HttpResponse(body, content_type=item.content_type or "application/octet-stream")
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(item.original_name)}"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@staff_required
def notice(request: HttpRequest, pk: int, notice_id: int) -> HttpResponse:
    """An issued 告知书 (.docx), as stored."""
    app = _case(request, pk)
    item = get_object_or_404(Notice, pk=notice_id, application=app)
    try:
        with item.file.open("rb") as fh:
            body = fh.read()
    except FileNotFoundError:
        raise Http404("告知书文件不存在") from None
    name = f"{app.number}-{item.get_kind_display()}-{item.pk}.docx"
    response = HttpResponse(
        body, content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@staff_required
def register(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    orgs = writable_organisations(user)
    if not orgs.exists():
        return render(request, "workspace/forbidden.html", status=403)
    form = RegistrationForm(request.POST or None, organisations=orgs)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            dates = {
                name: data.get(name) for name in ("submitted_on", "signed_on", "arrived_on", "confirmed_on")
            }
            try:
                app = _bridge.register(
                    data["organisation"], data, actor=user, dates=dates, channel=data["channel"]
                )
            except TransitionError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, f"已登记，受理编号 {app.number}，收到申请之日 {app.received_on}")
                if form.receipt and form.receipt.notes:
                    for note in form.receipt.notes:
                        messages.warning(request, note)
                return redirect("applications:case", pk=app.pk)
        status = 400
    return render(request, "applications/register.html", {"form": form}, status=status)


@staff_required
def export(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = SearchForm(request.GET or None, organisations=visible_organisations(user))
    data = excel.export_register(filtered(user, form).iterator(chunk_size=500))
    name = f"依申请公开台账-{timezone.localdate().isoformat()}.xlsx"
    response = HttpResponse(
        data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return response


@staff_required
def import_register(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    orgs = writable_organisations(user)
    if not orgs.exists():
        return render(request, "workspace/forbidden.html", status=403)
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            result = excel.validate(form.cleaned_data["file"], organisations=orgs)
            errors = result.errors
            if not errors:
                try:
                    created = excel.import_rows(result, actor=user)
                except excel.ImportFailed as exc:
                    errors = [exc.message]
                else:
                    messages.success(request, f"已导入 {len(created)} 件申请")
                    return redirect("applications:queue")
    return render(request, "applications/import.html", {"form": form, "errors": errors}, status=status)
