from django.urls import URLPattern, URLResolver, path

from . import views

app_name = "reporting"
urlpatterns: list[URLPattern | URLResolver] = [
    path("reports/", views.public_list, name="public_list"),
    path("reports/check/", views.checker, name="checker"),
    path("reports/<int:pk>/", views.public_detail, name="public_detail"),
    path("reports/<int:pk>/v<int:number>.<str:fmt>", views.download, name="download"),
    path("workspace/reports/", views.workspace, name="workspace"),
    path("workspace/reports/start/", views.start, name="start"),
    path("workspace/reports/stats/", views.stats, name="stats"),
    path("workspace/reports/rollup/", views.rollup_view, name="rollup"),
    path("workspace/reports/<int:pk>/", views.edit, name="edit"),
    path("workspace/reports/<int:pk>/publish/", views.publish, name="publish"),
]
