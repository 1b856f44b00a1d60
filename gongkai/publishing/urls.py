from django.urls import URLPattern, URLResolver, path

from . import feeds, views

app_name = "publishing"
urlpatterns: list[URLPattern | URLResolver] = [
    path("xxgk/guide/", views.page, {"slug": "guide"}, name="guide"),
    path("xxgk/rules/", views.page, {"slug": "rules"}, name="rules"),
    path("xxgk/statutory/", views.statutory, name="statutory"),
    path("xxgk/in-force/", views.in_force, name="in_force"),
    path("xxgk/catalog/", views.catalog, name="catalog"),
    path("xxgk/catalog/feed/", feeds.CatalogFeed(), name="catalog_feed"),
    path("xxgk/doc/<int:pk>/", views.document, name="document"),
    path("xxgk/interpretations/", views.interpretations, name="interpretations"),
    path("xxgk/interpretations/feed/", feeds.InterpretationFeed(), name="interpretations_feed"),
    path("xxgk/gazette/", views.gazette, name="gazette"),
    path("xxgk/gazette/feed/", feeds.GazetteFeed(), name="gazette_feed"),
    path("xxgk/gazette/<int:pk>/", views.gazette_issue, name="gazette_issue"),
    path("xxgk/gazette/<int:pk>/pdf/", views.gazette_pdf, name="gazette_pdf"),
    path("xxgk/attachment/<int:pk>/", views.attachment, name="attachment"),
    path("sitemap.xml", views.sitemap_view, name="sitemap"),
    path("workspace/publishing/", views.workspace, name="workspace"),
    path("workspace/publishing/new/", views.ws_edit, name="ws_new"),
    path("workspace/publishing/<int:pk>/", views.ws_detail, name="ws_detail"),
    path("workspace/publishing/<int:pk>/edit/", views.ws_edit, name="ws_edit"),
    path("workspace/publishing/<int:pk>/action/", views.ws_action, name="ws_action"),
    path("workspace/publishing/page/<slug:slug>/", views.ws_page, name="ws_page"),
    path("workspace/publishing/import/", views.ws_import, name="ws_import"),
    path("workspace/publishing/attachment/<int:pk>/", views.ws_attachment, name="ws_attachment"),
    path("workspace/publishing/wording/", views.ws_wording, name="ws_wording"),
    path("workspace/publishing/gazette/", views.ws_gazette, name="ws_gazette"),
]
