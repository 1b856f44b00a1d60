from django.contrib import admin
from django.urls import include, path

from gongkai.core.views import healthz

admin.site.site_header = "gongkai 系统管理"
admin.site.site_title = "gongkai"

urlpatterns = [
    path("", include("gongkai.portal.urls")),
    path("workspace/", include("gongkai.workspace.urls")),
    path("accounts/", include("gongkai.accounts.urls")),
    path("", include("gongkai.applications.urls")),
    path("", include("gongkai.publishing.urls")),
    path("", include("gongkai.reporting.urls")),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
]
