"""告知书模板 pages (staff workspace): the office admin edits the wording of the notices, as versions,
for a region (the 政府办公室's region-wide default) or for one unit (an override). Anyone else gets 403.

Who may edit (gongkai.accounts.visibility.acts_as is the authority):
- a unit's templates: whoever acts as 公开办管理员 for that unit (the office admin of its region or above);
- a region's defaults: whoever acts as 公开办管理员 for a 政府办公室 of that region.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from gongkai.accounts.models import Membership, Role, User
from gongkai.accounts.visibility import acts_as
from gongkai.organisations.models import Organisation, Region
from gongkai.workspace.decorators import staff_required

from .. import notices
from ..forms import NoticeTemplateForm
from ..models import NoticeKind, NoticeTemplate

NO_VARIANT = "-"  # the URL segment for kinds that have a single template


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def can_edit(user: User, scope: notices.Scope) -> bool:
    if scope.organisation is not None:
        return acts_as(user, Role.OFFICE_ADMIN, scope.organisation)
    offices = Organisation.objects.filter(region=scope.region, kind=Organisation.Kind.OFFICE)
    return any(acts_as(user, Role.OFFICE_ADMIN, office) for office in offices)


def editable_scopes(user: User) -> list[notices.Scope]:
    """The regions and units whose templates the user may edit, regions first."""
    if user.is_superuser:
        region_ids: set[int] = set(Region.objects.values_list("pk", flat=True))
    else:
        region_ids = set()
        rows = Membership.objects.filter(user=user, role=Role.OFFICE_ADMIN).select_related(
            "organisation__region"
        )
        for membership in rows:
            region_ids |= membership.organisation.region.descendant_ids()
    office_regions = set(
        Organisation.objects.filter(region_id__in=region_ids, kind=Organisation.Kind.OFFICE).values_list(
            "region_id", flat=True
        )
    )
    scopes = [notices.Scope(region=r) for r in Region.objects.filter(pk__in=office_regions).order_by("code")]
    orgs = Organisation.objects.filter(region_id__in=region_ids).select_related("region")
    scopes += [notices.Scope(organisation=o) for o in orgs]
    # acts_as stays the authority: the list only saves the user from guessing.
    return [s for s in scopes if can_edit(user, s)] if not user.is_superuser else scopes


def _rows(scope: notices.Scope) -> list[dict[str, Any]]:
    own = {
        (row.kind, row.variant): row
        for row in NoticeTemplate.objects.filter(**scope.filter()).order_by("kind", "variant", "version")
    }
    out = []
    for kind in NoticeKind:
        for variant, label in notices.variants_for(kind):
            mine = own.get((kind.value, variant))
            out.append(
                {
                    "kind": kind,
                    "variant": variant,
                    "segment": variant or NO_VARIANT,
                    "label": label,
                    "own": mine,
                    "effective": notices.resolve(scope, kind, variant),
                }
            )
    return out


@staff_required
def index(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    scopes = editable_scopes(user)
    if not scopes:
        return render(request, "workspace/forbidden.html", status=403)
    chosen = scopes[0]
    if key := request.GET.get("scope"):
        parsed = notices.parse_scope(key)
        if parsed is None or not can_edit(user, parsed):
            return render(request, "workspace/forbidden.html", status=403)
        chosen = parsed
    return render(
        request,
        "applications/notice_templates.html",
        {"scopes": scopes, "scope": chosen, "rows": _rows(chosen)},
    )


def _target(request: HttpRequest, scope_key: str, kind: str, segment: str) -> tuple[notices.Scope, str, str]:
    variant = "" if segment == NO_VARIANT else segment
    if kind not in NoticeKind.values or variant not in dict(notices.variants_for(kind)):
        raise Http404("未知的文书类型")
    scope = notices.parse_scope(scope_key)
    if scope is None:
        raise Http404("未知的机关或区划")
    return scope, kind, variant


@staff_required
def edit(request: HttpRequest, scope_key: str, kind: str, segment: str) -> HttpResponse:
    user = _user(request)
    scope, kind, variant = _target(request, scope_key, kind, segment)
    if not can_edit(user, scope):
        return render(request, "workspace/forbidden.html", status=403)
    current = notices.latest(scope, kind, variant)
    inherited = notices.resolve(scope, kind, variant, skip_own=True)
    base = current.version if current else 0
    preview: list[str] | None = None
    status = 200
    if request.method == "POST":
        form = NoticeTemplateForm(request.POST, kind=kind, variant=variant)
        if "restore" in request.POST:
            try:
                notices.save_template(
                    scope,
                    kind,
                    variant,
                    title="",
                    body="",
                    actor=user,
                    active=False,
                    base_version=_int(request.POST.get("base_version")),
                    note="恢复使用上级或内置模板",
                )
            except notices.TemplateError as exc:
                messages.error(request, "；".join(exc.messages))
            else:
                messages.success(request, f"已恢复使用上级或内置模板（{inherited.source}）")
            return redirect("applications:notice-template", scope.key, kind, segment)
        if form.is_valid():
            data = form.cleaned_data
            if "save" in request.POST:
                try:
                    row = notices.save_template(
                        scope,
                        kind,
                        variant,
                        title=data["title"],
                        body=data["body"],
                        note=data["note"],
                        actor=user,
                        base_version=data["base_version"],
                    )
                except notices.TemplateError as exc:
                    for problem in exc.messages:
                        form.add_error(None, problem)
                else:
                    messages.success(request, f"已保存为第{row.version}版")
                    return redirect("applications:notice-template", scope.key, kind, segment)
            else:
                preview = notices.preview(kind, data["title"], data["body"], scope)
        if not form.is_valid() or form.errors:
            status = 400
    else:
        source = current if current is not None and current.active else None
        form = NoticeTemplateForm(
            initial={
                "title": source.title if source else inherited.title,
                "body": source.body if source else inherited.body,
                "base_version": base,
            },
            kind=kind,
            variant=variant,
        )
    history = NoticeTemplate.objects.filter(**scope.filter(), kind=kind, variant=variant).select_related(
        "created_by"
    )
    required = set(notices.REQUIRED.get(kind, ()))
    return render(
        request,
        "applications/notice_template_edit.html",
        {
            "scope": scope,
            "kind": NoticeKind(kind),
            "variant_label": notices.variant_label(kind, variant),
            "segment": segment,
            "form": form,
            "current": current,
            "inherited": inherited,
            "effective": notices.resolve(scope, kind, variant),
            "base_version": base,
            "placeholders": [(p, p.name in required) for p in notices.placeholders_for(kind)],
            "history": history.order_by("-version"),
            "preview": preview,
        },
        status=status,
    )


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() and len(value) < 8 else None
