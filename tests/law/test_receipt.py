"""收到申请之日 by channel (条例第三十一条)."""

from datetime import date

import pytest

from gongkai.law.receipt import ALWAYS_ENABLED, CHANNELS, Channel, ReceiptError, fields_for, receipt_date

TODAY = date(2024, 10, 15)


def test_every_channel_has_a_spec_and_needs_its_receipt_field():
    assert set(CHANNELS) == set(Channel)
    for spec in CHANNELS.values():
        assert spec.receipt_field in spec.fields


def test_in_person_is_the_submission_day():
    assert receipt_date("in_person", submitted_on=date(2024, 10, 8), today=TODAY).received_on == date(
        2024, 10, 8
    )


def test_signed_mail_is_the_signing_day():
    got = receipt_date(
        Channel.SIGNED_MAIL, signed_on=date(2024, 10, 9), arrived_on=date(2024, 10, 1), today=TODAY
    )
    assert got.received_on == date(2024, 10, 9)


@pytest.mark.parametrize("channel", [Channel.ORDINARY_MAIL, Channel.FAX, Channel.ONLINE, Channel.EMAIL])
def test_unsigned_channels_use_the_confirmation_day(channel):
    got = receipt_date(channel, arrived_on=date(2024, 10, 8), confirmed_on=date(2024, 10, 9), today=TODAY)
    assert got.received_on == date(2024, 10, 9)
    assert "第（" in got.citation


def test_email_is_an_internet_channel():
    assert fields_for("email") == ("arrived_on", "confirmed_on")
    assert CHANNELS[Channel.EMAIL].citation == "条例第三十一条第（三）项"


@pytest.mark.parametrize(
    ("channel", "kwargs", "field_label"),
    [
        (Channel.IN_PERSON, {}, "当面提交日期"),
        (Channel.SIGNED_MAIL, {"arrived_on": date(2024, 10, 8)}, "签收日期"),
        (Channel.ORDINARY_MAIL, {"arrived_on": date(2024, 10, 8)}, "与申请人确认日期"),
        (Channel.ONLINE, {"confirmed_on": date(2024, 10, 8)}, "收到日期"),
    ],
)
def test_a_missing_date_is_named_in_chinese(channel, kwargs, field_label):
    with pytest.raises(ReceiptError, match=field_label):
        receipt_date(channel, today=TODAY, **kwargs)


def test_confirmation_before_arrival_is_refused():
    with pytest.raises(ReceiptError, match="早于"):
        receipt_date(Channel.FAX, arrived_on=date(2024, 10, 9), confirmed_on=date(2024, 10, 8), today=TODAY)


def test_a_future_date_is_refused():
    with pytest.raises(ReceiptError, match="晚于今天"):
        receipt_date(Channel.IN_PERSON, submitted_on=date(2024, 10, 16), today=TODAY)


def test_a_late_confirmation_of_an_ordinary_letter_is_noted():
    got = receipt_date(
        Channel.ORDINARY_MAIL, arrived_on=date(2024, 10, 8), confirmed_on=date(2024, 10, 10), today=TODAY
    )
    assert got.received_on == date(2024, 10, 10)
    assert any("当日确认" in note for note in got.notes)


def test_same_day_confirmation_has_no_note():
    got = receipt_date(
        Channel.ORDINARY_MAIL, arrived_on=date(2024, 10, 8), confirmed_on=date(2024, 10, 8), today=TODAY
    )
    assert got.notes == ()


def test_an_unknown_channel_is_refused():
    with pytest.raises(ReceiptError, match="未知"):
        receipt_date("pigeon", today=TODAY)


def test_in_person_and_post_are_always_enabled():
    assert {Channel.IN_PERSON, Channel.SIGNED_MAIL, Channel.ORDINARY_MAIL} == ALWAYS_ENABLED
