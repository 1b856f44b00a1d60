from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture
def make_doc(cast):
    from gongkai.publishing import services

    def make(org=None, actor=None, **fields):
        fields.setdefault("title", "关于做好2022年教育工作的通知")
        fields.setdefault("signed_on", date(2022, 3, 1))
        fields.setdefault("body", "各学校：现将有关事项通知如下。")
        return services.create_document(org or cast.edu, actor=actor or cast.edu_liaison, **fields)

    return make


@pytest.fixture
def publish(cast):
    """Take a draft through 三审 with three different reviewers."""
    from gongkai.publishing import services

    def run(doc, today=None):
        services.submit(doc, actor=cast.admin if doc.created_by is None else doc.created_by)
        services.approve(doc, actor=cast.reviewer1)
        services.approve(doc, actor=cast.reviewer2)
        services.approve(doc, actor=cast.reviewer3, today=today)
        doc.refresh_from_db()
        return doc

    return run


@pytest.fixture(autouse=True)
def _media_in_tmp(request, tmp_path):
    if "db" in request.fixturenames or "cast" in request.fixturenames:
        from django.conf import settings

        settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture(autouse=True)
def _empty_cache(request):
    # The catalog's browse lists are cached (locmem, process-wide): start every test without them.
    if "db" in request.fixturenames or "cast" in request.fixturenames or "client" in request.fixturenames:
        from django.core.cache import cache

        cache.clear()
