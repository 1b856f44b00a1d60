"""JSON API for staff systems (plain Django views, ApiToken auth — see tokens.py).

    GET  /api/openapi.json                       the OpenAPI 3 document (OPENAPI below)
    GET  /api/applications                        list (scoped to the token's user), ?status= ?number= ?q=
    POST /api/applications                        register (same validation as staff registration)
    GET  /api/applications/<id>                   one application
    GET  /api/applications/<id>/status            status and dates only
    GET  /api/applications/<id>/events            the case's legal history

Errors are JSON: 400 {"errors": {field: [messages]}} for bad input (malformed JSON included), 401 without
a valid token, 403 when the user may not register for that organisation, 404 for anything outside the
token user's scope (its existence is not revealed). `Idempotency-Key` on POST makes a retry safe.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from gongkai.accounts.models import User
from gongkai.accounts.visibility import scope, writable_organisations
from gongkai.organisations.models import Organisation

from . import tokens
from .forms import ApiListForm, RegistrationForm
from .models import Application, InfoForm
from .services import TransitionError
from .tokens import user_for_token
from .views import _bridge
from .workflow import Status

MAX_LIMIT = 200
DATE_FIELDS = ("submitted_on", "signed_on", "arrived_on", "confirmed_on")

ApiView = Callable[..., HttpResponse]


def _error(status: int, message: str, **extra: Any) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status, json_dumps_params={"ensure_ascii": False})


def _json(data: Any, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})


def token_required(*methods: str) -> Callable[[ApiView], ApiView]:
    def decorate(view: ApiView) -> ApiView:
        @csrf_exempt
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method not in methods:
                response = _error(405, f"不支持的请求方法 {request.method}，允许：{', '.join(methods)}")
                response["Allow"] = ", ".join(methods)
                return response
            header = request.headers.get("Authorization", "")
            scheme, _, token = header.partition(" ")
            user = user_for_token(token.strip()) if scheme.lower() in ("bearer", "token") else None
            if user is None:
                response = _error(401, "缺少或无效的 API 令牌（Authorization: Bearer <token>）")
                response["WWW-Authenticate"] = "Bearer"
                return response
            request.user = user
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def _api_user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def status_data(app: Application) -> dict[str, Any]:
    return {
        "id": app.pk,
        "number": app.number,
        "status": app.status,
        "status_label": Status(app.status).label,
        "received_on": app.received_on,
        "due_on": app.due_on,
        "replied_on": app.replied_on,
        "delivered_on": app.delivered_on,
        "closed_on": app.closed_on,
        "disposition": app.disposition or None,
    }


def application_data(app: Application) -> dict[str, Any]:
    data = status_data(app)
    data.update(
        {
            "organisation": {"id": app.organisation_id, "name": app.organisation.name},
            "channel": app.channel,
            **{name: getattr(app, name) for name in DATE_FIELDS},
            "applicant_kind": app.applicant_kind,
            "applicant_name": app.applicant_name,
            "id_type": app.id_type,
            "id_number": app.id_number,
            "credit_code": app.credit_code,
            "contact_person": app.contact_person,
            "phone": app.phone,
            "email": app.email,
            "address": app.address,
            "postcode": app.postcode,
            "information_sought": app.information_sought,
            "document_reference": app.document_reference,
            "form_wanted": app.form_wanted,
            "delivery_method": app.delivery_method,
            "legal_basis": app.legal_basis or None,
        }
    )
    return data


def _scoped(request: HttpRequest) -> Any:
    return scope(Application.objects.select_related("organisation"), _api_user(request))


@token_required("GET", "POST")
def applications(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _create(request)
    params = ApiListForm(request.GET)
    if not params.is_valid():
        return _json({"errors": {k: [str(m) for m in v] for k, v in params.errors.items()}}, status=400)
    data = params.cleaned_data
    limit: int = data["limit"] or 50
    offset: int = data["offset"] or 0
    qs = _scoped(request)
    if data["status"]:
        qs = qs.filter(status=data["status"])
    if data["number"]:
        qs = qs.filter(number=data["number"])
    if q := data["q"]:
        qs = qs.filter(Q(applicant_name__icontains=q) | Q(information_sought__icontains=q))
    total = qs.count()
    items = [application_data(a) for a in qs.order_by("id")[offset : offset + limit]]
    return _json({"count": total, "limit": limit, "offset": offset, "results": items})


def _form_value(name: str, value: Any) -> tuple[str | None, str | None]:
    """(value as form text, error)."""
    if value is None:
        return None, None
    if isinstance(value, bool | list | dict):
        return None, "应为字符串"
    if isinstance(value, int | float):
        return str(value), None
    if isinstance(value, str):
        # PostgreSQL text cannot hold NUL; the form would refuse it, but a name is looked up first.
        return (None, "不能包含空字符（NUL）") if "\x00" in value else (value, None)
    return None, "类型不正确"  # pragma: no cover - json.loads yields only the types above


def _create(request: HttpRequest) -> HttpResponse:
    user = _api_user(request)
    try:
        body = json.loads(request.body or b"")
    except RequestDataTooBig:
        return _error(413, "请求体过大")
    except (ValueError, UnicodeDecodeError):
        return _json({"errors": {"__all__": ["请求体不是有效的 JSON"]}}, status=400)
    if not isinstance(body, dict):
        return _json({"errors": {"__all__": ["请求体应为 JSON 对象"]}}, status=400)
    data: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    allowed = set(RegistrationForm.base_fields)
    for key, value in body.items():
        if key not in allowed:
            errors.setdefault(str(key), []).append("未知字段")
            continue
        text, problem = _form_value(key, value)
        if problem:
            errors.setdefault(key, []).append(problem)
        elif text is not None:
            data[key] = text
    org_ref = data.get("organisation", "")
    if org_ref and not org_ref.isdigit():
        # A name is resolved among the organisations the token may write for: short names repeat
        # across counties (every county has a 教育局).
        orgs = writable_organisations(user)
        match = orgs.filter(Q(name=org_ref) | Q(short_name=org_ref)).first()
        data["organisation"] = str(match.pk) if match else "0"
    if errors:
        return _json({"errors": errors}, status=400)
    # The form looks the organisation up by primary key among all of them (one cheap query) and the
    # token's right to write for it is checked once, afterwards, with the same visibility rules.
    form = RegistrationForm(data, organisations=Organisation.objects.all())
    valid = form.is_valid()
    out = {k: [str(m) for m in v] for k, v in form.errors.items()}
    chosen = form.cleaned_data.get("organisation")
    if ("organisation" in out and data.get("organisation")) or (
        isinstance(chosen, Organisation) and not tokens.may_write(user, chosen.pk)
    ):
        out["organisation"] = ["受理机关不存在，或此令牌无权为其登记申请"]
        valid = False
    if not valid:
        return _json({"errors": out}, status=400)
    clean = form.cleaned_data
    dates = {name: clean.get(name) for name in DATE_FIELDS}

    def create() -> Application:
        return _bridge.register(
            clean["organisation"], clean, actor=user, dates=dates, channel=clean["channel"]
        )

    key = request.headers.get("Idempotency-Key", "").strip()
    try:
        if key:
            if len(key) > 200:
                return _json({"errors": {"Idempotency-Key": ["不能超过 200 个字符"]}}, status=400)
            app, created = _bridge.idempotent(f"api:{user.pk}:{key}", create)
        else:
            app, created = create(), True
    except TransitionError as exc:
        return _json({"errors": {"__all__": [exc.message]}}, status=400)
    except _bridge.StillProcessing:
        return _error(409, "同一 Idempotency-Key 的请求正在处理中，请稍后重试")
    response = _json(application_data(app), status=201 if created else 200)
    response["Location"] = f"/api/applications/{app.pk}"
    return response


def _get(request: HttpRequest, pk: int) -> Application | None:
    found: Application | None = _scoped(request).filter(pk=pk).first()
    return found


@token_required("GET")
def application(request: HttpRequest, pk: int) -> HttpResponse:
    app = _get(request, pk)
    return _json(application_data(app)) if app else _error(404, "未找到该申请")


@token_required("GET")
def application_status(request: HttpRequest, pk: int) -> HttpResponse:
    app = _get(request, pk)
    return _json(status_data(app)) if app else _error(404, "未找到该申请")


@token_required("GET")
def application_events(request: HttpRequest, pk: int) -> HttpResponse:
    app = _get(request, pk)
    if app is None:
        return _error(404, "未找到该申请")
    events = [
        {"kind": e.kind, "label": e.get_kind_display(), "on": e.on, "details": e.details}
        for e in app.events.all()
    ]
    return _json({"id": app.pk, "number": app.number, "events": events})


def _schema_ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


_ERRORS = {
    "400": {"description": "输入有误", "content": {"application/json": {"schema": _schema_ref("Errors")}}},
    "401": {
        "description": "缺少或无效的令牌",
        "content": {"application/json": {"schema": _schema_ref("Error")}},
    },
    "404": {
        "description": "不存在或不在令牌可见范围内",
        "content": {"application/json": {"schema": _schema_ref("Error")}},
    },
}
_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
_DATE = {"type": "string", "format": "date", "nullable": True}

OPENAPI: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {
        "title": "gongkai 依申请公开 API",
        "version": "1.0",
        "description": (
            "供省级平台、12345 热线等工作系统登记和查询政府信息公开申请。"
            "令牌：Authorization: Bearer <token>，由管理员用 gongkai api_token create 签发，"
            "以所属用户的身份和机关范围访问。"
        ),
    },
    "servers": [{"url": "/"}],
    "security": [{"bearer": []}],
    "paths": {
        "/api/openapi.json": {
            "get": {
                "summary": "本文档",
                "security": [],
                "responses": {"200": {"description": "OpenAPI 文档"}},
            }
        },
        "/api/applications": {
            "get": {
                "summary": "申请列表（仅令牌用户可见机关）",
                "parameters": [
                    {
                        "name": "status",
                        "in": "query",
                        "schema": {"type": "string", "enum": list(Status.values)},
                    },
                    {"name": "number", "in": "query", "schema": {"type": "string"}},
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
                    },
                    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                ],
                "responses": {
                    "200": {
                        "description": "列表",
                        "content": {"application/json": {"schema": _schema_ref("Page")}},
                    },
                    **_ERRORS,
                },
            },
            "post": {
                "summary": "登记申请（收到申请之日按条例第三十一条由渠道和日期确定）",
                "parameters": [
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "schema": {"type": "string", "maxLength": 200},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _schema_ref("NewApplication")}},
                },
                "responses": {
                    "201": {
                        "description": "已登记",
                        "content": {"application/json": {"schema": _schema_ref("Application")}},
                    },
                    "200": {
                        "description": "同一 Idempotency-Key 已登记过",
                        "content": {"application/json": {"schema": _schema_ref("Application")}},
                    },
                    "409": {"description": "同一 Idempotency-Key 正在处理"},
                    **_ERRORS,
                },
            },
        },
        "/api/applications/{id}": {
            "get": {
                "summary": "申请详情",
                "parameters": [_ID],
                "responses": {
                    "200": {
                        "description": "申请",
                        "content": {"application/json": {"schema": _schema_ref("Application")}},
                    },
                    **_ERRORS,
                },
            }
        },
        "/api/applications/{id}/status": {
            "get": {
                "summary": "办理状态与日期",
                "parameters": [_ID],
                "responses": {
                    "200": {
                        "description": "状态",
                        "content": {"application/json": {"schema": _schema_ref("Status")}},
                    },
                    **_ERRORS,
                },
            }
        },
        "/api/applications/{id}/events": {
            "get": {
                "summary": "办理记录",
                "parameters": [_ID],
                "responses": {
                    "200": {
                        "description": "办理记录",
                        "content": {"application/json": {"schema": _schema_ref("Events")}},
                    },
                    **_ERRORS,
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
            "Errors": {
                "type": "object",
                "properties": {
                    "errors": {
                        "type": "object",
                        "additionalProperties": {"type": "array", "items": {"type": "string"}},
                    }
                },
            },
            "Status": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "number": {"type": "string"},
                    "status": {"type": "string", "enum": list(Status.values)},
                    "status_label": {"type": "string"},
                    "received_on": {"type": "string", "format": "date"},
                    "due_on": _DATE,
                    "replied_on": _DATE,
                    "delivered_on": _DATE,
                    "closed_on": _DATE,
                    "disposition": {"type": "string", "nullable": True},
                },
            },
            "Application": {
                "allOf": [
                    _schema_ref("Status"),
                    {
                        "type": "object",
                        "additionalProperties": True,
                        "description": "另含申请人、所需信息等全部登记字段",
                    },
                ]
            },
            "NewApplication": {
                "type": "object",
                "required": [
                    "organisation",
                    "channel",
                    "applicant_kind",
                    "applicant_name",
                    "phone",
                    "information_sought",
                    "form_wanted",
                    "delivery_method",
                ],
                "properties": {
                    "organisation": {
                        "description": "机关 id、全称或简称",
                        "oneOf": [{"type": "integer"}, {"type": "string"}],
                    },
                    "channel": {
                        "type": "string",
                        "enum": ["in_person", "signed_mail", "ordinary_mail", "fax", "online", "email"],
                    },
                    "submitted_on": {
                        "type": "string",
                        "format": "date",
                        "description": "当面提交（in_person 必填）",
                    },
                    "signed_on": {
                        "type": "string",
                        "format": "date",
                        "description": "签收日（signed_mail 必填）",
                    },
                    "arrived_on": {
                        "type": "string",
                        "format": "date",
                        "description": "收到日（平信、传真、网络、邮件必填）",
                    },
                    "confirmed_on": {
                        "type": "string",
                        "format": "date",
                        "description": "与申请人确认日（平信、传真、网络、邮件必填）",
                    },
                    "applicant_kind": {
                        "type": "string",
                        "enum": [
                            "natural_person",
                            "commercial",
                            "research",
                            "social_welfare",
                            "legal_service",
                            "other_org",
                        ],
                    },
                    "applicant_name": {"type": "string"},
                    "id_type": {"type": "string"},
                    "id_number": {"type": "string"},
                    "credit_code": {"type": "string"},
                    "legal_representative": {"type": "string"},
                    "contact_person": {"type": "string"},
                    "phone": {"type": "string"},
                    "email": {"type": "string"},
                    "address": {"type": "string"},
                    "postcode": {"type": "string"},
                    "information_sought": {"type": "string"},
                    "document_reference": {"type": "string"},
                    "form_wanted": {"type": "string", "enum": list(InfoForm.values)},
                    "delivery_method": {
                        "type": "string",
                        "enum": ["direct", "postal", "email", "online", "fax"],
                    },
                    "notes": {"type": "string"},
                },
            },
            "Page": {
                "type": "object",
                "properties": {
                    "count": {"type": "integer"},
                    "limit": {"type": "integer"},
                    "offset": {"type": "integer"},
                    "results": {"type": "array", "items": _schema_ref("Application")},
                },
            },
            "Events": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "number": {"type": "string"},
                    "events": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "kind": {"type": "string"},
                                "label": {"type": "string"},
                                "on": {"type": "string", "format": "date"},
                                "details": {"type": "object"},
                            },
                        },
                    },
                },
            },
        },
    },
}


def openapi(request: HttpRequest) -> HttpResponse:
    return _json(OPENAPI)
