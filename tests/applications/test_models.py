"""The model vocabularies mirror the pure legal modules exactly (the annual report counts by these keys)."""

from __future__ import annotations

import pytest

from gongkai.applications.models import (
    ApplicantKindChoices,
    ChannelChoices,
    DispositionChoices,
    ImmutableNotice,
    Notice,
)
from gongkai.law.dispositions import DISPOSITION_KEYS, ApplicantKind
from gongkai.law.receipt import Channel


def test_dispositions_are_the_21_table_rows_in_order() -> None:
    assert list(DispositionChoices.values) == list(DISPOSITION_KEYS)
    assert len(DispositionChoices.values) == 21


def test_applicant_kinds_are_the_6_table_columns() -> None:
    assert list(ApplicantKindChoices.values) == [k.value for k in ApplicantKind]


def test_channels_match_the_receipt_module() -> None:
    assert list(ChannelChoices.values) == [c.value for c in Channel]


@pytest.mark.django_db
def test_a_saved_notice_cannot_be_saved_again(register, cast) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from django.core.files.base import ContentFile

    app = register(date(2024, 9, 27))
    notice = Notice(application=app, kind=Notice.Kind.REPLY, sha256="0" * 64, issued_on=date(2024, 9, 27))
    notice.file.save("x.docx", ContentFile(b"x"), save=False)
    notice.save()
    with pytest.raises(ImmutableNotice):
        notice.save()


@pytest.mark.django_db
def test_the_database_refuses_a_disposition_outside_table_three(register) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from django.db import IntegrityError, transaction

    from gongkai.applications.models import Application

    app = register(date(2024, 9, 27))
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=app.pk).update(disposition="approved")


@pytest.mark.django_db
def test_the_database_refuses_a_decided_appeal_without_a_date(cast) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from django.db import IntegrityError, transaction

    from gongkai.applications.models import Appeal

    with pytest.raises(IntegrityError), transaction.atomic():
        Appeal.objects.create(
            organisation=cast.litong, kind="reconsideration", result="upheld", filed_on=date(2024, 1, 2)
        )
