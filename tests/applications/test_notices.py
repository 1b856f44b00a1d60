"""告知书: issued by the service of each step, in its transaction, with the legal basis, applicant, dates
and seal block; stored immutably with the template version it came from."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.db import transaction
from docx import Document

from gongkai.applications import notices, services
from gongkai.applications.models import Application, CaseEvent, Notice
from gongkai.applications.workflow import Status, TransitionError
from gongkai.audit.models import Event, EventKind

from .conftest import on_day


def text_of(notice: Notice) -> str:
    with notice.file.open("rb") as handle:
        doc = Document(io.BytesIO(handle.read()))
    return "\n".join(p.text for p in doc.paragraphs)


def issued(app: Application, kind: str) -> Notice:
    """The one notice of `kind` the service issued (fails if there is none, or more than one)."""
    return Notice.objects.get(application=app, kind=kind)


@pytest.fixture
def app(register) -> Application:  # type: ignore[no-untyped-def]
    created: Application = register(date(2024, 9, 27))
    return created


def test_correction_notice_states_items_deadline_and_article(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请写明道路名称")
    notice = issued(app, Notice.Kind.CORRECTION)
    text = text_of(notice)
    assert "请写明道路名称" in text
    assert "2024年10月29日前" in text  # the default 补正期限 (see test_lifecycle)
    assert "第三十条" in text
    assert "张三：" in text
    assert "吴忠市利通区人民政府\n（盖章）\n2024年10月9日" in text
    assert notice.issued_on == date(2024, 10, 9)
    assert notice.template is None and notice.template_version.startswith("builtin-")


def test_reply_notice_cites_the_basis_and_the_appeal_body(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 18)):
        app = services.reply(
            app,
            actor=cast.office_admin,
            disposition="unable_not_held",
            legal_basis="art36_5",
            holding_agency="吴忠市自然资源局利通分局",
            holding_agency_contact="0953-1234567",
        )
    notice = issued(app, Notice.Kind.REPLY)
    text = text_of(notice)
    assert "《中华人民共和国政府信息公开条例》第三十六条第（五）项" in text
    assert "吴忠市自然资源局利通分局负责公开，联系方式：0953-1234567" in text
    # 行政复议法第二十四条: 利通区政府's 复议机关 is the next higher government.
    assert "向吴忠市人民政府申请行政复议" in text
    assert notice.disposition == "unable_not_held"


def test_an_empty_optional_paragraph_is_left_out(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 18)):
        app = services.reply(
            app, actor=cast.office_admin, disposition="unable_not_held", legal_basis="art36_4"
        )
    lines = text_of(issued(app, Notice.Kind.REPLY)).splitlines()
    assert "" not in lines[:-4]  # only the blank line before the seal block
    assert not any("负责公开" in line for line in lines)


@pytest.mark.parametrize(
    ("disposition", "basis", "phrase"),
    [
        ("granted", "art36_2", "予以公开"),
        ("withheld_third_party", "art15_third_party", "不予公开"),
        ("rejected_repeat", "art36_6", "不予处理"),
        ("partially_granted", "art37", "区分处理"),
    ],
)
def test_reply_notice_per_disposition(app: Application, cast, disposition, basis, phrase) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 18)):
        app = services.reply(
            app, actor=cast.office_admin, disposition=disposition, legal_basis=basis, text="附件：招标文件"
        )
    text = text_of(issued(app, Notice.Kind.REPLY))
    assert phrase in text
    assert "附件：招标文件" in text


def test_fee_notice_shows_amount_and_payment_due(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 14)):
        app = services.send_fee_notice(app, actor=cast.office_admin, pages=50)
    text = text_of(issued(app, Notice.Kind.FEE))
    assert "按量计收" in text
    assert "200.00元" in text
    assert "2024年11月11日前" in text
    assert "国办函〔2020〕109号" in text


def test_extension_notice_shows_the_new_due_date(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 29)):
        app = services.extend(
            app,
            actor=cast.office_admin,
            days=10,
            approved_by="王主任",
            approved_on=date(2024, 10, 28),
            notified_on=date(2024, 10, 29),
            reason="需调取档案",
        )
    text = text_of(issued(app, Notice.Kind.EXTENSION))
    assert "延长10个工作日" in text
    assert "2024年11月13日前" in text
    assert "因需调取档案" in text


def test_consultation_letter_is_addressed_to_the_third_party(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.start_consultation(app, actor=cast.office_admin, party="某建设有限公司")
    text = text_of(issued(app, Notice.Kind.CONSULTATION))
    assert text.splitlines()[2] == "某建设有限公司："
    assert "第三十二条" in text
    assert "2024年10月29日前" in text
    assert "张三" not in text  # the applicant's name is not told to the third party


def test_a_co_producing_agencys_silence_is_consent(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.start_consultation(
            app, actor=cast.office_admin, party="吴忠市利通区财政局", party_kind="agency"
        )
    text = text_of(issued(app, Notice.Kind.CONSULTATION))
    # 条例第三十四条: 逾期未提出意见的视为同意公开.
    assert "第三十四条" in text
    assert "视为同意公开" in text


def test_no_correction_closes_with_its_notice(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请明确")
    with on_day(date(2024, 10, 30)):
        app = services.abandon_for_no_correction(app, actor=cast.office_admin)
    text = text_of(issued(app, Notice.Kind.NO_CORRECTION))
    assert "终止处理告知书" in text
    assert "逾期未作出补正" in text
    assert "申请行政复议" in text
    assert issued(app, Notice.Kind.NO_CORRECTION).issued_on == date(2024, 10, 30)


def test_unpaid_fee_closes_with_its_notice(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 14)):
        app = services.send_fee_notice(app, actor=cast.office_admin, pages=120)
    with on_day(date(2024, 11, 12)):
        app = services.close_for_unpaid_fee(app, actor=cast.office_admin)
    text = text_of(issued(app, Notice.Kind.NO_FEE))
    assert "逾期未按收费通知要求缴纳信息处理费" in text
    assert "申请行政复议" in text


def test_steps_without_a_notice_issue_none(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 8)):
        app = services.start_processing(app, actor=cast.office_admin)
        app = services.withdraw(app, actor=cast.office_admin, reason="不需要了")
    assert not Notice.objects.filter(application=app).exists()


def test_a_failing_notice_undoes_the_step(app: Application, cast, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(*args: object, **kwargs: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(notices, "render", broken)
    with on_day(date(2024, 10, 9)), pytest.raises(OSError):
        services.request_correction(app, actor=cast.office_admin, items="请写明道路名称")
    app.refresh_from_db()
    assert app.status == Status.REGISTERED
    assert not CaseEvent.objects.filter(application=app, kind="correction_requested").exists()
    assert not Notice.objects.exists()
    assert not Event.objects.filter(kind=EventKind.APPLICATION_TRANSITION).exists()


def test_a_rolled_back_step_leaves_no_notice_row_and_a_retry_reuses_the_file(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    class Abort(Exception):
        pass

    with on_day(date(2024, 10, 9)):
        with pytest.raises(Abort), transaction.atomic():
            services.request_correction(app, actor=cast.office_admin, items="请写明道路名称")
            name = Notice.objects.get().file.name
            raise Abort
        assert not Notice.objects.exists()
        app.refresh_from_db()
        assert app.status == Status.REGISTERED
        # The file written before the rollback stays (content-addressed); the retry writes the same
        # bytes under the same name instead of a second copy.
        app = services.request_correction(app, actor=cast.office_admin, items="请写明道路名称")
    notice = issued(app, Notice.Kind.CORRECTION)
    assert notice.file.name == name
    assert notices.verify(notice)


@pytest.mark.django_db(transaction=True)
def test_issue_outside_a_transaction_is_refused(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请写明道路名称")
        with pytest.raises(RuntimeError):
            notices.issue(app, Notice.Kind.CORRECTION, actor=cast.office_admin, issued_on=date(2024, 10, 9))


def test_a_notice_for_a_step_not_taken_is_refused(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TransitionError):
        notices.generate(app, Notice.Kind.REPLY, actor=cast.office_admin)
    with pytest.raises(TransitionError):
        notices.generate(app, Notice.Kind.CORRECTION, actor=cast.office_admin)
    with pytest.raises(TransitionError):
        notices.generate(app, "nonsense", actor=cast.office_admin)


def test_regenerating_adds_a_notice_and_keeps_the_first(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请写明道路名称")
        first = issued(app, Notice.Kind.CORRECTION)
        second = notices.generate(app, Notice.Kind.CORRECTION, actor=cast.office_admin)
    assert first.pk != second.pk
    assert notices.verify(first)
    assert notices.verify(second)
    assert Event.objects.for_object(app).filter(kind=EventKind.APPLICATION_NOTICE).count() == 2
    with pytest.raises(Exception, match="不可修改"):
        first.save()


def test_a_tampered_file_fails_verification(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请写明道路名称")
    notice = issued(app, Notice.Kind.CORRECTION)
    with open(notice.file.path, "ab") as handle:
        handle.write(b"x")
    assert not notices.verify(notice)


def test_a_departments_appeal_goes_to_the_district_government(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27), org=cast.edu)
    with on_day(date(2024, 10, 18)):
        app = services.reply(app, actor=cast.edu_liaison, disposition="granted", legal_basis="art36_2")
    text = text_of(issued(app, Notice.Kind.REPLY))
    # 行政复议法第二十四条: the 本级人民政府 reviews its departments.
    assert "向吴忠市利通区人民政府申请行政复议" in text
    assert "吴忠市利通区教育局\n（盖章）" in text
