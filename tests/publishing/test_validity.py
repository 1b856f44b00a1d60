from __future__ import annotations

from datetime import date

import pytest
from django.core.management import call_command

from gongkai.publishing import services, taxonomy
from gongkai.publishing.models import Document, Kind, Validity
from gongkai.publishing.queries import art20_counts, interpretation_stats


def _published(cast, org, n, **fields):
    rows = [{"title": f"规范性文件{i}", "kind": Kind.NORMATIVE, **fields} for i in range(n)]
    from django.db import transaction

    with transaction.atomic():
        return services.register_published(org, rows, actor=cast.admin)


def test_art20_counts_issued_repealed_in_force(cast):
    _published(cast, cast.edu, 32, signed_on=date(2020, 5, 1), published_on=date(2020, 5, 10))
    new = _published(cast, cast.edu, 6, signed_on=date(2022, 3, 1), published_on=date(2022, 3, 10))
    services.change_validity(new[0], actor=cast.edu_liaison, validity=Validity.REPEALED, on=date(2023, 2, 1))
    counts = art20_counts([cast.edu.pk], 2022)
    assert counts["normative_documents"] == {"issued": 6, "repealed": 0, "in_force": 38}
    assert counts["rules"] == {"issued": 0, "repealed": 0, "in_force": 0}
    assert art20_counts([cast.edu.pk], 2023)["normative_documents"] == {
        "issued": 0,
        "repealed": 1,
        "in_force": 37,
    }


def test_art20_counts_respects_organisations(cast):
    _published(cast, cast.edu, 2, signed_on=date(2022, 3, 1), published_on=date(2022, 3, 10))
    assert art20_counts([cast.fin.pk], 2022)["normative_documents"]["issued"] == 0


def test_expiry_date_reads_as_expired_before_the_job_runs(cast):
    (doc,) = _published(
        cast,
        cast.edu,
        1,
        signed_on=date(2020, 1, 1),
        published_on=date(2020, 1, 5),
        expires_on=date(2022, 6, 30),
    )
    assert art20_counts([cast.edu.pk], 2022)["normative_documents"]["in_force"] == 0
    assert art20_counts([cast.edu.pk], 2021)["normative_documents"]["in_force"] == 1
    assert doc.validity_on(date(2022, 7, 1)) == Validity.EXPIRED
    assert Document.objects.effective_validity(Validity.EXPIRED, date(2022, 7, 1)).count() == 1


def test_expire_documents_is_idempotent(cast):
    _published(
        cast,
        cast.edu,
        2,
        signed_on=date(2020, 1, 1),
        published_on=date(2020, 1, 5),
        expires_on=date(2022, 6, 30),
    )
    assert services.expire_documents(date(2022, 7, 1)) == 2
    assert services.expire_documents(date(2022, 7, 1)) == 0
    doc = Document.objects.get(pk=Document.objects.values_list("pk", flat=True)[0])
    assert doc.validity == Validity.EXPIRED
    assert doc.validity_changed_on == date(2022, 7, 1)


def test_expire_documents_command(cast, capsys):
    _published(
        cast,
        cast.edu,
        1,
        signed_on=date(2020, 1, 1),
        published_on=date(2020, 1, 5),
        expires_on=date(2021, 6, 30),
    )
    call_command("expire_documents")
    assert "1" in capsys.readouterr().out
    assert Document.objects.get().validity == Validity.EXPIRED


def test_only_normative_documents_have_validity(cast, make_doc, publish):
    doc = publish(make_doc())
    with pytest.raises(services.PublishingError, match="规范性文件"):
        services.change_validity(doc, actor=cast.edu_liaison, validity=Validity.REPEALED)


def test_interpretation_sync_and_ratios(cast, make_doc, publish):
    policy = publish(make_doc(kind=Kind.NORMATIVE), today=date(2022, 3, 1))
    quick = publish(
        make_doc(title="图解", kind=Kind.INTERPRETATION, interprets=policy, interpretation_form="graphic"),
        today=date(2022, 3, 2),
    )
    late = publish(
        make_doc(title="文字解读", kind=Kind.INTERPRETATION, interprets=policy, interpretation_form="text"),
        today=date(2022, 3, 30),
    )
    assert quick.is_synchronous is True
    assert late.is_synchronous is False
    assert set(policy.interpretations.all()) == {quick, late}
    stats = interpretation_stats([cast.edu.pk], 2022)
    assert stats["total"] == 2 and stats["graphic_ratio"] == 0.5 and stats["synchronous_ratio"] == 0.5


def test_interpretation_needs_its_policy(cast, make_doc):
    with pytest.raises(services.PublishingError, match="关联"):
        make_doc(kind=Kind.INTERPRETATION, interpretation_form="text")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"doc_number": "吴利教发[2022]05号"}, "应为吴利教发〔2022〕5号"),
        ({"topic": "综合政务\\不存在"}, "不是“综合政务”的二级分类"),
        ({"disclosure": "not_public"}, "法律依据"),
        ({"signed_on": date(2099, 1, 1)}, "成文日期"),
    ],
)
def test_bad_fields_are_refused_in_chinese(make_doc, fields, message):
    with pytest.raises(services.PublishingError) as exc:
        make_doc(**fields)
    assert message in str(exc.value.message)


def test_topics_are_not_split_on_the_enumeration_comma():
    choices = dict(taxonomy.topic_choices())
    assert "农业、林业、水利\\农业、畜牧业、渔业" in choices
    assert len(taxonomy.load_topics()) == 22
    assert taxonomy.topic_error("文化、广电、新闻出版\\广播、电影、电视") is None


def test_late_publication_is_flagged(cast, make_doc, publish):
    from gongkai.publishing.queries import timeliness_counts

    doc = publish(make_doc(signed_on=date(2022, 3, 1)), today=date(2022, 6, 1))
    assert doc.publish_due_on == date(2022, 3, 29)
    assert timeliness_counts([cast.edu.pk], 2022, date(2022, 12, 31))["late"] == 1
