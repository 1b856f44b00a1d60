"""告知书: generated per step, with the legal basis, applicant, dates and seal block; stored immutably."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document

from gongkai.applications import notices, services
from gongkai.applications.models import Application, Notice
from gongkai.applications.workflow import TransitionError
from gongkai.audit.models import Event, EventKind

from .conftest import on_day


def text_of(notice: Notice) -> str:
    with notice.file.open("rb") as handle:
        doc = Document(io.BytesIO(handle.read()))
    return "\n".join(p.text for p in doc.paragraphs)


@pytest.fixture
def app(register) -> Application:  # type: ignore[no-untyped-def]
    created: Application = register(date(2024, 9, 27))
    return created


def test_correction_notice_states_items_deadline_and_article(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请写明道路名称")
        notice = notices.generate(app, Notice.Kind.CORRECTION, actor=cast.office_admin)
    text = text_of(notice)
    assert "请写明道路名称" in text
    assert "2024年10月29日前" in text  # the default 补正期限 (see test_lifecycle)
    assert "第三十条" in text
    assert "张三：" in text
    assert "吴忠市利通区人民政府\n（盖章）\n2024年10月9日" in text


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
        notice = notices.generate(app, Notice.Kind.REPLY, actor=cast.office_admin)
    text = text_of(notice)
    assert "《中华人民共和国政府信息公开条例》第三十六条第（五）项" in text
    assert "吴忠市自然资源局利通分局负责公开，联系方式：0953-1234567" in text
    # 行政复议法第二十四条: 利通区政府's 复议机关 is the next higher government.
    assert "向吴忠市人民政府申请行政复议" in text
    assert notice.disposition == "unable_not_held"


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
        app = services.reply(app, actor=cast.office_admin, disposition=disposition, legal_basis=basis)
        text = text_of(notices.generate(app, Notice.Kind.REPLY, actor=cast.office_admin))
    assert phrase in text


def test_fee_notice_shows_amount_and_payment_due(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 14)):
        app = services.send_fee_notice(app, actor=cast.office_admin, pages=50)
        text = text_of(notices.generate(app, Notice.Kind.FEE, actor=cast.office_admin))
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
        text = text_of(notices.generate(app, Notice.Kind.EXTENSION, actor=cast.office_admin))
    assert "延长10个工作日" in text
    assert "2024年11月13日前" in text


def test_consultation_letter_is_addressed_to_the_third_party(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.start_consultation(app, actor=cast.office_admin, party="某建设有限公司")
        text = text_of(notices.generate(app, Notice.Kind.CONSULTATION, actor=cast.office_admin))
    assert text.splitlines()[2] == "某建设有限公司："
    assert "第三十二条" in text
    assert "2024年10月29日前" in text


def test_a_notice_for_a_step_not_taken_is_refused(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TransitionError):
        notices.generate(app, Notice.Kind.REPLY, actor=cast.office_admin)
    with pytest.raises(TransitionError):
        notices.generate(app, Notice.Kind.CORRECTION, actor=cast.office_admin)


def test_regenerating_keeps_the_first_file_and_digest(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请写明道路名称")
        first = notices.generate(app, Notice.Kind.CORRECTION, actor=cast.office_admin)
        second = notices.generate(app, Notice.Kind.CORRECTION, actor=cast.office_admin)
    assert first.file.name != second.file.name
    assert notices.verify(first)
    assert notices.verify(second)
    assert Event.objects.for_object(app).filter(kind=EventKind.APPLICATION_NOTICE).count() == 2


def test_a_departments_appeal_goes_to_the_district_government(register, cast) -> None:  # type: ignore[no-untyped-def]
    app = register(date(2024, 9, 27), org=cast.edu)
    with on_day(date(2024, 10, 18)):
        app = services.reply(app, actor=cast.edu_liaison, disposition="granted", legal_basis="art36_2")
        text = text_of(notices.generate(app, Notice.Kind.REPLY, actor=cast.edu_liaison))
    # 行政复议法第二十四条: the 本级人民政府 reviews its departments.
    assert "向吴忠市利通区人民政府申请行政复议" in text
    assert "吴忠市利通区教育局\n（盖章）" in text
