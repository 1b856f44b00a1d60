"""Public 政府信息公开 columns and the staff workspace of the register."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, F, Q, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.accounts.models import Membership, Role
from gongkai.accounts.visibility import can_view, has_role, scope, writable_organisations
from gongkai.audit.models import Event, EventKind
from gongkai.organisations.models import Organisation
from gongkai.workspace.decorators import staff_required

from . import conf, search, services, taxonomy
from .forms import DocumentForm, ReviewForm, SearchForm, UploadForm
from .models import Attachment, Disclosure, Document, GazetteIssue, KeyAreaItem, Kind, Page, Status, Validity

DEFAULT_PAGES = {
    "guide": (
        "政府信息公开指南",
        "本指南依据《中华人民共和国政府信息公开条例》第十二条编制，说明政府信息的分类、编排体系、获取方式，"
        "以及政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码和互联网联系方式。"
        "公开办管理员可在工作台编辑本页。",
    ),
    "rules": ("政府信息公开制度", "本机关政府信息公开的规章制度（公开办管理员可在工作台编辑本页）。"),
}


def _page(request: HttpRequest, qs: Any) -> Any:
    return Paginator(qs, conf.page_size()).get_page(request.GET.get("page"))


def page(request: HttpRequest, slug: str) -> HttpResponse:
    obj = Page.objects.filter(slug=slug).first()
    title, body = (obj.title, obj.body) if obj else DEFAULT_PAGES[slug]
    return render(request, "publishing/page.html", {"title": title, "body": body, "obj": obj, "slug": slug})


def statutory(request: HttpRequest) -> HttpResponse:
    published = Document.objects.published()
    counts = dict(
        published.filter(art20_item__isnull=False)
        .values_list("art20_item")
        .annotate(n=Count("pk"))
        .values_list("art20_item", "n")
    )
    items = [(n, taxonomy.item_label(n), label, counts.get(n, 0)) for n, label in taxonomy.ART20_ITEMS]
    selected = request.GET.get("item")
    docs = None
    if selected and selected.isdigit():
        docs = _page(request, published.filter(art20_item=int(selected)).select_related("organisation"))
    areas = dict(
        published.exclude(key_area="")
        .values_list("key_area")
        .annotate(n=Count("pk"))
        .values_list("key_area", "n")
    )
    light = dict(
        KeyAreaItem.objects.values_list("area").annotate(n=Count("pk")).order_by().values_list("area", "n")
    )
    key_areas = [(a, quote(a), areas.get(a, 0), light.get(a, 0)) for a in taxonomy.KEY_AREAS]
    return render(
        request,
        "publishing/statutory.html",
        {"items": items, "docs": docs, "selected": selected, "key_areas": key_areas},
    )


def _issued_by(org: Organisation) -> Q:
    """Documents the organisation issued, alone or jointly. Joint documents are few, so their ids are read
    first: a join to the through table (with DISTINCT) made PostgreSQL give up the date-ordered walk and
    read every match of a common search term (8 s at 1,000,000 documents; docs/search.md)."""
    through = Document.co_organisations.through.objects
    joint = list(through.filter(organisation=org).values_list("document_id", flat=True))
    return Q(organisation=org) | Q(pk__in=joint) if joint else Q(organisation=org)


def catalog(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    qs = Document.objects.published().exclude(kind=Kind.INTERPRETATION).select_related("organisation")
    query = ""
    error = ""
    if form.is_valid():
        d = form.cleaned_data
        if d["organisation"]:
            qs = qs.filter(_issued_by(d["organisation"]))
        if d["topic"]:
            qs = qs.filter(topic=d["topic"])
        if d["doc_type"]:
            qs = qs.filter(doc_type=d["doc_type"])
        if d["year"]:
            qs = qs.filter(published_on__year=d["year"])
        if d["validity"]:
            qs = qs.effective_validity(d["validity"], timezone.localdate())
        query = d["q"].strip()
    key_area = request.GET.get("key_area", "")
    if key_area in taxonomy.KEY_AREAS:
        qs = qs.filter(key_area=key_area)
    docs: Any
    if query:
        try:
            docs = search.search_page(qs, query, request.GET.get("page"), conf.page_size())
        except search.QueryError as exc:
            error = str(exc)
            docs = _page(request, qs.none())
    else:
        docs = _page(request, qs)
    rows = [
        (
            doc,
            search.highlight(doc.public_title, query) if query else doc.public_title,
            search.snippet(doc.public_body, query) if query else None,
        )
        for doc in docs
    ]
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "publishing/catalog.html",
        {
            "form": form,
            "docs": docs,
            "rows": rows,
            "query": query,
            "error": error,
            "params": params.urlencode(),
            "facets": _facets(),
        },
    )


FACETS_CACHE_KEY = search.CATALOG_CACHE_KEYS[0]


def _facets() -> dict[str, list[tuple[str, str, int]]]:
    # Four GROUP BYs over the whole register (~0.3 s at 200,000 documents): cached, and dropped whenever the
    # public register changes (search.index_document / remove_document).
    facets: dict[str, list[tuple[str, str, int]]] | None = cache.get(FACETS_CACHE_KEY)
    if facets is None:
        facets = _compute_facets()
        cache.set(FACETS_CACHE_KEY, facets, 600)
    return facets


def _compute_facets() -> dict[str, list[tuple[str, str, int]]]:
    """Browse lists (label, query string, count) by organisation, 主题, 文种 and year: GROUP BY queries."""
    base = Document.objects.published().exclude(kind=Kind.INTERPRETATION).order_by()
    orgs = base.values("organisation", "organisation__short_name", "organisation__sort_order").annotate(
        n=Count("pk")
    )
    years = base.values("published_on__year").annotate(n=Count("pk")).order_by("-published_on__year")
    types = base.values("doc_type").annotate(n=Count("pk")).order_by("-n")
    topics = base.exclude(topic="").values("topic").annotate(n=Count("pk")).order_by("-n")[:30]
    return {
        "发布机构": [
            (o["organisation__short_name"], f"organisation={o['organisation']}", o["n"])
            for o in orgs.order_by("organisation__sort_order")
        ],
        "主题分类": [(t["topic"], f"topic={quote(t['topic'])}", t["n"]) for t in topics],
        "文种/体裁": [(t["doc_type"], f"doc_type={quote(t['doc_type'])}", t["n"]) for t in types],
        "年份": [(str(y["published_on__year"]), f"year={y['published_on__year']}", y["n"]) for y in years],
    }


def in_force(request: HttpRequest) -> HttpResponse:
    """现行有效目录: 规章 and 行政规范性文件 in force at the end of a year (or today for the current year)."""
    today = timezone.localdate()
    try:
        year = int(request.GET.get("year") or today.year)
    except ValueError:
        year = today.year
    year = max(1949, min(year, today.year))
    day = today if year == today.year else date(year, 12, 31)
    docs = (
        Document.objects.filter(kind__in=[Kind.RULE, Kind.NORMATIVE], disclosure=Disclosure.PROACTIVE)
        .in_force_on(day)
        .select_related("organisation")
        .order_by("organisation__sort_order", "-signed_on", "-id")
    )
    organisation = request.GET.get("organisation", "")
    if organisation.isdigit():
        docs = docs.filter(organisation_id=int(organisation))
    return render(
        request,
        "publishing/in_force.html",
        {
            "docs": _page(request, docs),
            "day": day,
            "year": year,
            "years": range(today.year, today.year - 10, -1),
            "params": f"year={year}" + (f"&organisation={organisation}" if organisation.isdigit() else ""),
        },
    )


def document(request: HttpRequest, pk: int) -> HttpResponse:
    doc = get_object_or_404(Document.objects.published().select_related("organisation", "interprets"), pk=pk)
    today = timezone.localdate()
    return render(
        request,
        "publishing/document.html",
        {
            "doc": doc,
            "validity": Validity(doc.validity_on(today)).label if doc.is_normative else "",
            "attachments": [a for a in doc.attachments.all() if a.is_public_version],
            "interpretations": doc.interpretations.filter(
                status=Status.PUBLISHED, disclosure=Disclosure.PROACTIVE
            ),
            "co_organisations": doc.co_organisations.all(),
            "gazettes": doc.gazette_issues.filter(published_on__isnull=False),
        },
    )


def attachment(request: HttpRequest, pk: int) -> FileResponse:
    att = get_object_or_404(Attachment.objects.select_related("document"), pk=pk)
    doc = att.document
    # Only the public version of a published document's file: never an original that has a masked copy.
    if not (att.is_public_version and doc.is_published and doc.disclosure == doc.Disclosure.PROACTIVE):
        raise Http404
    return FileResponse(att.file.open("rb"), as_attachment=True, filename=att.original_name)


def interpretations(request: HttpRequest) -> HttpResponse:
    qs = (
        Document.objects.published()
        .filter(kind=Kind.INTERPRETATION)
        .select_related("organisation", "interprets")
    )
    form = request.GET.get("form", "")
    if form in Document.InterpretationForm.values:
        qs = qs.filter(interpretation_form=form)
    return render(
        request,
        "publishing/interpretations.html",
        {"docs": _page(request, qs), "forms": Document.InterpretationForm.choices, "selected": form},
    )


def _public_gazettes() -> QuerySet[GazetteIssue]:
    return GazetteIssue.objects.filter(published_on__isnull=False, published_on__lte=timezone.localdate())


def gazette(request: HttpRequest) -> HttpResponse:
    return render(request, "publishing/gazette.html", {"issues": _page(request, _public_gazettes())})


def gazette_issue(request: HttpRequest, pk: int) -> HttpResponse:
    issue = get_object_or_404(_public_gazettes(), pk=pk)
    entries = issue.entries.filter(
        document__status=Status.PUBLISHED, document__disclosure=Disclosure.PROACTIVE
    )
    return render(
        request,
        "publishing/gazette_issue.html",
        {"issue": issue, "entries": entries.select_related("document")},
    )


def gazette_pdf(request: HttpRequest, pk: int) -> FileResponse:
    issue = get_object_or_404(_public_gazettes(), pk=pk)
    if not issue.pdf:
        raise Http404
    return FileResponse(issue.pdf.open("rb"), filename=f"{issue.title}.pdf", content_type="application/pdf")


class DocumentSitemap(Sitemap):  # type: ignore[type-arg]
    changefreq = "weekly"

    def items(self) -> Any:
        return Document.objects.published().only("pk", "updated_at").order_by("pk")

    def lastmod(self, item: Document) -> Any:
        return item.updated_at


class GazetteSitemap(Sitemap):  # type: ignore[type-arg]
    def items(self) -> Any:
        return _public_gazettes().order_by("pk")


def sitemap_view(request: HttpRequest) -> HttpResponse:
    return sitemap(request, {"documents": DocumentSitemap, "gazette": GazetteSitemap})


# --- workspace -----------------------------------------------------------------------------------------


def _reviewable(user: Any) -> QuerySet[Document]:
    """Documents waiting for a reviewer who may review them (their unit or the region office's)."""
    if user.is_superuser:
        return Document.objects.filter(status__in=services.REVIEW_STATUSES)
    memberships = Membership.objects.filter(user_id=user.pk, role=Role.REVIEWER).select_related(
        "organisation"
    )
    q = Q(pk__in=[])
    for m in memberships:
        q |= Q(organisation=m.organisation_id)
        if m.organisation.kind == Organisation.Kind.OFFICE:
            q |= Q(organisation__region_id=m.organisation.region_id)
    return Document.objects.filter(q, status__in=services.REVIEW_STATUSES)


def _visible(user: Any) -> QuerySet[Document]:
    return Document.objects.filter(
        Q(pk__in=scope(Document.objects.all(), user).values("pk")) | Q(pk__in=_reviewable(user).values("pk"))
    )


@staff_required
def workspace(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    qs = _visible(request.user).select_related("organisation")
    status = request.GET.get("status", "")
    if status in Status.values:
        qs = qs.filter(status=status)
    late = qs.filter(
        Q(status=Status.PUBLISHED, published_on__gt=F("publish_due_on"))
        | (~Q(status=Status.PUBLISHED) & Q(publish_due_on__lt=today))
    )
    return render(
        request,
        "publishing/workspace.html",
        {
            "docs": _page(request, qs.order_by("-updated_at")),
            "queue": _reviewable(request.user).select_related("organisation")[:50],
            "late_ids": set(late.values_list("pk", flat=True)[:1000]),
            "statuses": Status.choices,
            "status": status,
            "today": today,
            "can_edit_pages": request.user.is_superuser or has_role(request.user, Role.OFFICE_ADMIN),
        },
    )


def _get_visible(request: HttpRequest, pk: int) -> Document:
    doc = get_object_or_404(Document.objects.select_related("organisation"), pk=pk)
    if not (can_view(request.user, doc.organisation) or services.may_review(request.user, doc)):
        raise Http404
    return doc


@staff_required
def ws_detail(request: HttpRequest, pk: int) -> HttpResponse:
    doc = _get_visible(request, pk)
    scan = (
        Event.objects.for_object(doc)
        .filter(kind=EventKind.PRIVACY_SCAN)
        .order_by("-created_at", "-id")
        .first()
    )
    return render(
        request,
        "publishing/ws_detail.html",
        {
            "doc": doc,
            "steps": doc.review_steps.select_related("actor"),
            "attachments": doc.attachments.all(),
            "scan": scan.details if scan else None,
            "review_form": ReviewForm(),
            "upload_form": UploadForm(),
            "may_review": services.may_review(request.user, doc),
            "validities": Validity.choices,
        },
    )


@staff_required
def ws_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    doc = _get_visible(request, pk) if pk else None
    orgs = writable_organisations(request.user)
    form = DocumentForm(request.POST or None, instance=doc, user=request.user)
    org_id = request.POST.get("organisation") or (doc.organisation_id if doc else None)
    if request.method == "POST" and form.is_valid():
        fields = dict(form.cleaned_data)
        fields["topic"] = fields.get("topic") or ""
        co_organisations = list(fields.pop("co_organisations", None) or [])
        try:
            if doc is None:
                org = orgs.filter(pk=org_id).first() if org_id else orgs.first()
                if org is None:
                    raise services.PublishingError("请选择您有权编辑的机构")
                doc = services.create_document(
                    org, actor=request.user, co_organisations=co_organisations, **fields
                )
            else:
                # A fresh copy: ModelForm validation has already written the new values onto `doc`, and the
                # service must see what changed.
                doc = services.update_document(
                    Document.objects.get(pk=doc.pk),
                    actor=request.user,
                    co_organisations=co_organisations,
                    **fields,
                )
        except services.PublishingError as exc:
            for field, errs in exc.errors.items():
                for e in errs:
                    form.add_error(field if field in form.fields else None, e)
            if not exc.errors:
                form.add_error(None, exc.message)
        else:
            messages.success(request, "已保存")
            return redirect("publishing:ws_detail", pk=doc.pk)
    return render(
        request, "publishing/ws_edit.html", {"form": form, "doc": doc, "orgs": orgs, "org_id": org_id}
    )


@staff_required
@require_POST
def ws_action(request: HttpRequest, pk: int) -> HttpResponse:
    doc = _get_visible(request, pk)
    action = request.POST.get("action", "")
    comment = request.POST.get("comment", "")
    user = request.user
    try:
        if action == "submit":
            services.submit(doc, actor=user)
        elif action == "approve":
            services.approve(doc, actor=user, comment=comment)
        elif action == "reject":
            services.reject(doc, actor=user, comment=comment)
        elif action == "scan":
            report = services.run_gate(doc, actor=user)
            messages.info(request, "检查通过" if report.may_publish else "发现须处理的问题，见下方检查结果")
        elif action == "mask":
            services.make_masked_copy(doc, actor=user)
        elif action == "approve_mask":
            services.approve_masked_copy(doc, actor=user)
        elif action == "validity":
            services.change_validity(doc, actor=user, validity=request.POST.get("validity", ""))
        elif action == "upload":
            form = UploadForm(request.POST, request.FILES)
            if not form.is_valid():
                raise services.PublishingError(
                    "；".join(str(e) for errs in form.errors.values() for e in errs)
                )
            f = form.cleaned_data["file"]
            services.add_attachment(doc, actor=user, name=f.name, content=f.read())
        else:
            raise services.PublishingError("未知操作")
    except services.GateBlocked as exc:
        messages.error(request, exc.message)
    except (services.PublishingError, ValueError) as exc:
        messages.error(request, getattr(exc, "message", "") or "操作无效")
    else:
        messages.success(request, "操作成功")
    doc.refresh_from_db()
    if not (can_view(request.user, doc.organisation) or services.may_review(request.user, doc)):
        # A region-office reviewer sees a unit's document only while it waits for review.
        return redirect("publishing:workspace")
    return redirect("publishing:ws_detail", pk=doc.pk)


@staff_required
def ws_page(request: HttpRequest, slug: str) -> HttpResponse:
    if slug not in DEFAULT_PAGES:
        raise Http404
    obj = Page.objects.filter(slug=slug).first()
    title, body = (obj.title, obj.body) if obj else DEFAULT_PAGES[slug]
    error = ""
    if request.method == "POST":
        title, body = request.POST.get("title", ""), request.POST.get("body", "")
        try:
            services.save_page(slug, actor=request.user, title=title, body=body)
        except services.PublishingError as exc:
            error = exc.message
        else:
            messages.success(request, "已保存")
            return redirect(f"publishing:{slug}")
    return render(
        request, "publishing/ws_page.html", {"title": title, "body": body, "error": error, "slug": slug}
    )


@staff_required
def ws_import(request: HttpRequest) -> HttpResponse:
    """Import an existing site's published documents (XLSX/CSV): all rows or none, errors by row."""
    from .importer import import_file

    orgs = writable_organisations(request.user)
    errors: list[str] = []
    if request.method == "POST":
        org = orgs.filter(pk=request.POST.get("organisation") or 0).first()
        upload = request.FILES.get("file")
        if org is None:
            errors = ["请选择您有权编辑的机构"]
        elif upload is None:
            errors = ["请选择要导入的 XLSX 或 CSV 文件"]
        elif upload.size and upload.size > 20 * 1024 * 1024:
            errors = ["文件不能超过20MB"]
        else:
            result = import_file(org, upload.name or "", upload.read(), actor=request.user)
            errors = result.errors
            if not errors:
                messages.success(request, f"已导入 {result.created} 条信息")
                return redirect("publishing:workspace")
    return render(request, "publishing/ws_import.html", {"orgs": orgs, "errors": errors})


@staff_required
def ws_wording(request: HttpRequest) -> HttpResponse:
    from .models import WordingRule

    error = ""
    if request.method == "POST":
        try:
            if request.POST.get("delete"):
                rule = get_object_or_404(WordingRule, pk=request.POST["delete"])
                services.delete_wording_rule(rule, actor=request.user)
            else:
                services.save_wording_rule(
                    actor=request.user,
                    phrase=request.POST.get("phrase", ""),
                    suggestion=request.POST.get("suggestion", ""),
                    severity=request.POST.get("severity", ""),
                )
        except services.PublishingError as exc:
            error = exc.message
        else:
            messages.success(request, "已保存")
            return redirect("publishing:ws_wording")
    return render(
        request,
        "publishing/ws_wording.html",
        {"rules": WordingRule.objects.all(), "severities": WordingRule.Severity.choices, "error": error},
    )


@staff_required
def ws_gazette(request: HttpRequest) -> HttpResponse:
    from datetime import date as date_cls

    orgs = writable_organisations(request.user)
    candidates = scope(Document.objects.published(), request.user).order_by("-published_on")[:300]
    error = ""
    if request.method == "POST":
        p = request.POST
        try:
            org = orgs.filter(pk=p.get("organisation") or 0).first()
            if org is None:
                raise services.PublishingError("请选择您有权编辑的机构")
            try:
                year, number = int(p.get("year", "")), int(p.get("number", ""))
                published_on = date_cls.fromisoformat(p["published_on"]) if p.get("published_on") else None
            except ValueError:
                raise services.PublishingError("年份、期号应为数字，出版日期应为 2022-03-28 格式") from None
            ids = [int(i) for i in p.getlist("documents") if i.isdigit()]
            docs = list(scope(Document.objects.published(), request.user).filter(pk__in=ids))
            upload = request.FILES.get("pdf")
            pdf = (upload.name or "gazette.pdf", upload.read()) if upload else None
            issue = services.create_gazette_issue(
                org, actor=request.user, year=year, number=number, title=p.get("title", ""),
                published_on=published_on, documents=docs, pdf=pdf,
            )  # fmt: skip
        except services.PublishingError as exc:
            error = exc.message
        else:
            messages.success(request, f"已创建公报：{issue.title}")
            return redirect("publishing:workspace")
    return render(
        request,
        "publishing/ws_gazette.html",
        {"orgs": orgs, "candidates": candidates, "error": error, "issues": GazetteIssue.objects.all()[:20]},
    )


@staff_required
def ws_attachment(request: HttpRequest, pk: int) -> HttpResponse:
    """Staff download of any version (original or masked) of an attachment they may see."""
    att = get_object_or_404(Attachment.objects.select_related("document__organisation"), pk=pk)
    _get_visible(request, att.document_id)
    response: HttpResponse = FileResponse(att.file.open("rb"), as_attachment=True, filename=att.original_name)  # type: ignore[assignment]
    return response
