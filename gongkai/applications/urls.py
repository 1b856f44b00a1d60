from django.urls import URLPattern, URLResolver, path

from . import api
from .views import notice_templates, portal, staff

app_name = "applications"
urlpatterns: list[URLPattern | URLResolver] = [
    # public
    path("apply/", portal.apply, name="apply"),
    path("apply/status/", portal.status, name="status"),
    # staff workspace
    path("workspace/applications/", staff.queue, name="queue"),
    path("workspace/applications/register/", staff.register, name="register"),
    path("workspace/applications/export.xlsx", staff.export, name="export"),
    path("workspace/applications/import/", staff.import_register, name="import"),
    path("workspace/applications/<int:pk>/", staff.case, name="case"),
    path("workspace/applications/<int:pk>/act/<str:action>/", staff.act, name="act"),
    path(
        "workspace/applications/<int:pk>/attachments/<int:attachment_id>/",
        staff.attachment,
        name="attachment",
    ),
    path(
        "workspace/applications/<int:pk>/notices/<int:notice_id>/",
        staff.notice,
        name="notice",
    ),
    path("workspace/applications/notice-templates/", notice_templates.index, name="notice-templates"),
    path(
        "workspace/applications/notice-templates/<str:scope_key>/<str:kind>/<str:segment>/",
        notice_templates.edit,
        name="notice-template",
    ),
    # JSON API
    path("api/openapi.json", api.openapi, name="api-openapi"),
    path("api/applications", api.applications, name="api-applications"),
    path("api/applications/<int:pk>", api.application, name="api-application"),
    path("api/applications/<int:pk>/status", api.application_status, name="api-status"),
    path("api/applications/<int:pk>/events", api.application_events, name="api-events"),
]
