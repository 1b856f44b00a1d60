"""Service functions: registration, validation messages, audit trail, conditional updates."""

from __future__ import annotations

from datetime import date

import pytest

from gongkai.applications import services
from gongkai.applications.models import Appeal, Application, CaseEvent
from gongkai.applications.workflow import Status, TransitionError
from gongkai.audit.models import Event, EventKind

from .conftest import on_day


def test_ordinary_mail_is_received_on_the_confirmation_day(cast) -> None:  # type: ignore[no-untyped-def]
    # 条例第三十一条第（二）项: a letter arriving Friday 09-27, confirmed with the applicant Monday 09-30.
    with on_day(date(2024, 9, 30)):
        app = services.register_application(
            cast.litong,
            actor=cast.office_admin,
            channel="ordinary_mail",
            arrived_on=date(2024, 9, 27),
            confirmed_on=date(2024, 9, 30),
            submitted_on=date(2024, 9, 1),  # not asked for on this channel: dropped
            applicant_kind="natural_person",
            applicant_name="李四",
            information_sought="某文件",
        )
    assert app.received_on == date(2024, 9, 30)
    assert app.submitted_on is None
    assert app.events.get().kind == CaseEvent.Kind.RECEIVED


def test_missing_receipt_date_is_refused_in_chinese(cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 9, 30)), pytest.raises(TransitionError) as err:
        services.register_application(
            cast.litong,
            actor=cast.office_admin,
            channel="signed_mail",
            applicant_kind="natural_person",
            applicant_name="李四",
            information_sought="某文件",
        )
    assert "签收日期" in err.value.message


def test_numbers_count_per_organisation_and_year(register, cast) -> None:  # type: ignore[no-untyped-def]
    first = register(date(2024, 9, 27))
    second = register(date(2024, 9, 30))
    other_org = register(date(2024, 9, 30), org=cast.edu)
    next_year = register(date(2025, 1, 6))
    assert first.number == "利通区政府-2024-0001"
    assert second.number == "利通区政府-2024-0002"
    assert other_org.number == "教育局-2024-0001"
    assert next_year.number == "利通区政府-2025-0001"


def test_registration_and_transitions_are_audited(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with on_day(date(2024, 9, 30)):
        services.start_processing(app, actor=cast.office_admin)
    kinds = list(Event.objects.for_object(app).values_list("kind", flat=True))
    assert kinds == [EventKind.APPLICATION_REGISTERED, EventKind.APPLICATION_TRANSITION]
    last = Event.objects.for_object(app).last()
    assert last is not None
    assert last.details["from"] == "registered"
    assert last.details["to"] == "in_progress"


def test_a_refused_step_leaves_no_trace(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with on_day(date(2024, 10, 8)), pytest.raises(TransitionError):
        services.deliver(app, actor=cast.office_admin, on=date(2024, 10, 8))
    assert app.events.count() == 1
    assert Event.objects.for_object(app).count() == 1


def test_a_stale_instance_cannot_repeat_a_transition(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    stale = Application.objects.get(pk=app.pk)
    with on_day(date(2024, 9, 30)):
        services.start_processing(app, actor=cast.office_admin)
        with pytest.raises(TransitionError) as err:
            services.start_processing(stale, actor=cast.office_admin)
    assert "状态已变为“办理中”" in err.value.message


def test_future_dates_are_refused(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with on_day(date(2024, 9, 30)), pytest.raises(TransitionError) as err:
        services.withdraw(app, actor=cast.office_admin, on=date(2024, 10, 8))
    assert "晚于今天" in err.value.message


def test_a_step_dated_before_the_receipt_is_refused(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with on_day(date(2024, 9, 30)), pytest.raises(TransitionError) as err:
        services.withdraw(app, actor=cast.office_admin, on=date(2024, 9, 26))
    assert "早于收到申请之日" in err.value.message


def test_reply_basis_must_fit_the_disposition(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with on_day(date(2024, 10, 8)), pytest.raises(TransitionError) as err:
        services.reply(app, actor=cast.office_admin, disposition="granted", legal_basis="art15_third_party")
    assert "不符" in err.value.message


def test_reply_fills_in_a_single_possible_basis(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with on_day(date(2024, 10, 8)):
        app = services.reply(app, actor=cast.office_admin, disposition="withheld_third_party")
    assert app.legal_basis == "art15_third_party"


def test_no_fee_disposition_is_only_set_by_its_service(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with on_day(date(2024, 10, 8)), pytest.raises(TransitionError):
        services.reply(app, actor=cast.office_admin, disposition="other_no_fee")


def test_not_held_reply_names_the_holding_agency(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with on_day(date(2024, 10, 8)):
        app = services.reply(
            app,
            actor=cast.office_admin,
            disposition="unable_not_held",
            legal_basis="art36_5",
            holding_agency="吴忠市自然资源局利通分局",
        )
    assert app.holding_agency == "吴忠市自然资源局利通分局"
    last = app.events.last()
    assert last is not None and last.details["holding_agency"] == "吴忠市自然资源局利通分局"


def test_direct_delivery_closes_on_the_signature_day(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27), delivery_method="direct")
    with on_day(date(2024, 10, 8)):
        app = services.reply(app, actor=cast.office_admin, disposition="granted", legal_basis="art36_2")
    with on_day(date(2024, 10, 10)):
        app = services.deliver(app, actor=cast.office_admin, on=date(2024, 10, 9))
    assert app.closed_on == date(2024, 10, 9)
    last = app.events.last()
    assert last is not None and "签收" in last.details["rule"]


def test_case_events_are_append_only(register) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with pytest.raises(TypeError):
        CaseEvent.objects.filter(application=app).update(on=date(2024, 9, 28))


def test_appeal_recorded_then_decided(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27))
    with on_day(date(2024, 12, 2)):
        appeal = services.record_appeal(
            cast.litong,
            actor=cast.office_admin,
            kind="reconsideration",
            filed_on=date(2024, 12, 2),
            application=app,
        )
        assert appeal.result == Appeal.Result.PENDING
        appeal = services.decide_appeal(
            appeal, actor=cast.office_admin, result="upheld", decided_on=date(2024, 12, 2)
        )
        assert appeal.result == Appeal.Result.UPHELD
        with pytest.raises(TransitionError):
            services.decide_appeal(
                appeal, actor=cast.office_admin, result="corrected", decided_on=date(2024, 12, 2)
            )


def test_unknown_registration_field_is_refused(cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 9, 27)), pytest.raises(TransitionError):
        services.register_application(
            cast.litong,
            actor=cast.office_admin,
            channel="in_person",
            submitted_on=date(2024, 9, 27),
            applicant_kind="natural_person",
            applicant_name="李四",
            information_sought="某文件",
            status=Status.CLOSED,
        )


def submit(cast, day: date) -> Application:  # type: ignore[no-untyped-def]
    with on_day(day):
        return services.submit_online(
            cast.litong,
            applicant_kind="natural_person",
            applicant_name="网上申请人",
            information_sought="某文件",
            email="a@example.cn",
        )


def test_an_online_submission_is_numbered_but_not_received(cast) -> None:  # type: ignore[no-untyped-def]
    app = submit(cast, date(2024, 9, 27))
    assert app.status == Status.SUBMITTED
    assert app.number == "利通区政府-2024-0001"
    assert app.received_on is None and app.due_on is None


def test_confirmation_day_is_the_receipt_day(cast) -> None:  # type: ignore[no-untyped-def]
    # Arrived Friday 09-27, confirmed Monday 09-30 (第三十一条第（三）项). 20 working days after 09-30:
    # 10-08..10-11 1–4, 10-12 (Sat, 调休) 5, 10-14..18 6–10, 10-21..25 11–15, 10-28..11-01 16–20.
    app = submit(cast, date(2024, 9, 27))
    with on_day(date(2024, 9, 30)):
        app = services.confirm_receipt(app, actor=cast.office_admin)
    assert app.status == Status.REGISTERED
    assert app.received_on == date(2024, 9, 30)
    assert app.due_on == date(2024, 11, 1)


def test_only_a_confirmed_application_can_be_handled(cast) -> None:  # type: ignore[no-untyped-def]
    app = submit(cast, date(2024, 9, 27))
    with on_day(date(2024, 9, 30)), pytest.raises(TransitionError) as err:
        services.request_correction(app, actor=cast.office_admin, items="请明确")
    assert "待确认" in err.value.message


def test_a_discarded_submission_is_never_received(cast) -> None:  # type: ignore[no-untyped-def]
    app = submit(cast, date(2024, 9, 27))
    with on_day(date(2024, 9, 30)):
        app = services.discard_submission(app, actor=cast.office_admin, reason="重复提交")
    assert app.status == Status.DISCARDED
    assert app.received_on is None and app.disposition == "" and app.closed_on is None


def test_in_person_applications_are_not_submitted_online(cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 9, 27)), pytest.raises(TransitionError):
        services.submit_online(
            cast.litong,
            channel="in_person",
            applicant_kind="natural_person",
            applicant_name="张三",
            information_sought="某文件",
        )


def test_an_attachment_is_kept_with_size_and_digest(register, cast) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from django.core.files.base import ContentFile

    app = register(date(2024, 9, 27))
    content = "申请表内容".encode()
    attachment = services.add_attachment(
        app, actor=cast.office_admin, file=ContentFile(content, name="申请表.pdf"), kind="application_form"
    )
    assert attachment.size == len(content)
    assert attachment.sha256 == hashlib.sha256(content).hexdigest()
    assert attachment.original_name == "申请表.pdf"
    with attachment.file.open("rb") as handle:
        assert handle.read() == content


def test_nth_in_month_counts_the_same_applicant_in_the_same_month(register, cast) -> None:  # type: ignore[no-untyped-def]
    first = register(date(2024, 10, 8), id_type="resident_id", id_number="640302199001011234")
    register(date(2024, 10, 9), applicant_name="别人", id_number="640302199202022345")
    second = register(date(2024, 10, 9), id_type="resident_id", id_number="640302199001011234")
    november = register(date(2024, 11, 1), id_type="resident_id", id_number="640302199001011234")
    assert [services.nth_in_month(a) for a in (first, second, november)] == [1, 2, 1]
