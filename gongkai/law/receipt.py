"""收到申请之日 by channel (条例第三十一条; rules.md §1.5–1.6).

(一) 当面提交: the day of submission.
(二) 邮寄: the day the agency signs for it (签收); an ordinary letter (平信, no signature) is confirmed with
     the applicant on the day it arrives, and the confirmation day is the receipt day.
(三) 互联网渠道 (online form, e-mail) or the office's fax: the day both sides confirm (双方确认之日).
     E-mail is an 互联网渠道: the 2015 guidance (国办公开办函〔2015〕207号, "自电子邮件系统接收之日")
     predates the 2019 text, and 第三十一条 governs.

The registration form asks for `fields_for(channel)`; `receipt_date()` turns them into the receipt date
and raises `ReceiptError` (Chinese message) when a needed date is missing or illogical.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ReceiptError(ValueError):
    """A missing or illogical date on the registration form; the message is Chinese and names the field."""


class Channel(StrEnum):
    IN_PERSON = "in_person"
    SIGNED_MAIL = "signed_mail"
    ORDINARY_MAIL = "ordinary_mail"
    FAX = "fax"
    ONLINE = "online"
    EMAIL = "email"


# The registration form's date fields, with the labels shown to staff.
FIELD_LABELS: dict[str, str] = {
    "submitted_on": "当面提交日期",
    "signed_on": "签收日期",
    "arrived_on": "收到日期",
    "confirmed_on": "与申请人确认日期",
}


@dataclass(frozen=True)
class ChannelSpec:
    channel: Channel
    label: str
    citation: str
    fields: tuple[str, ...]  # every field is required for this channel
    receipt_field: str  # the field whose date is the receipt date
    rule: str  # the rule, as shown next to the form


CHANNELS: dict[Channel, ChannelSpec] = {
    spec.channel: spec
    for spec in (
        ChannelSpec(
            Channel.IN_PERSON,
            "当面",
            "条例第三十一条第（一）项",
            ("submitted_on",),
            "submitted_on",
            "申请人当面提交的，以提交之日为收到申请之日",
        ),
        ChannelSpec(
            Channel.SIGNED_MAIL,
            "邮寄签收",
            "条例第三十一条第（二）项",
            ("signed_on",),
            "signed_on",
            "以邮寄方式提交的，以行政机关签收之日为收到申请之日",
        ),
        ChannelSpec(
            Channel.ORDINARY_MAIL,
            "平信",
            "条例第三十一条第（二）项",
            ("arrived_on", "confirmed_on"),
            "confirmed_on",
            "以平常信函等无需签收的邮寄方式提交的，应当于收到申请的当日与申请人确认，确认之日为收到申请之日",
        ),
        ChannelSpec(
            Channel.FAX,
            "传真",
            "条例第三十一条第（三）项",
            ("arrived_on", "confirmed_on"),
            "confirmed_on",
            "通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日",
        ),
        ChannelSpec(
            Channel.ONLINE,
            "网络",
            "条例第三十一条第（三）项",
            ("arrived_on", "confirmed_on"),
            "confirmed_on",
            "通过互联网渠道提交的，以双方确认之日为收到申请之日",
        ),
        ChannelSpec(
            Channel.EMAIL,
            "电子邮件",
            "条例第三十一条第（三）项",
            ("arrived_on", "confirmed_on"),
            "confirmed_on",
            "通过电子邮件（互联网渠道）提交的，以双方确认之日为收到申请之日",
        ),
    )
}

# 国办公开办函〔2017〕19号: 当面提交 and 邮政寄送 are the basic channels an agency may never refuse; the
# others bind it only if its 政府信息公开指南 announces them (rules.md §1.5).
ALWAYS_ENABLED: frozenset[Channel] = frozenset(
    {Channel.IN_PERSON, Channel.SIGNED_MAIL, Channel.ORDINARY_MAIL}
)


def fields_for(channel: Channel | str) -> tuple[str, ...]:
    """The date fields the registration form must ask for on this channel (all required)."""
    return CHANNELS[Channel(channel)].fields


@dataclass(frozen=True)
class Receipt:
    received_on: date
    channel: Channel
    citation: str
    # Things staff should know but that do not change the date (e.g. a late confirmation).
    notes: tuple[str, ...] = ()


def receipt_date(
    channel: Channel | str,
    *,
    today: date,
    submitted_on: date | None = None,
    signed_on: date | None = None,
    arrived_on: date | None = None,
    confirmed_on: date | None = None,
) -> Receipt:
    """The receipt date (收到申请之日) for `channel`; dates not asked for on that channel are ignored."""
    try:
        spec = CHANNELS[Channel(channel)]
    except ValueError:
        raise ReceiptError(f"未知的申请渠道：{channel!r}") from None
    given = {
        "submitted_on": submitted_on,
        "signed_on": signed_on,
        "arrived_on": arrived_on,
        "confirmed_on": confirmed_on,
    }
    values: dict[str, date] = {}
    for name in spec.fields:
        value = given[name]
        if value is None:
            raise ReceiptError(
                f"{spec.label}提交的申请须填写{FIELD_LABELS[name]}：{spec.rule}（{spec.citation}）"
            )
        if value > today:
            raise ReceiptError(
                f"{FIELD_LABELS[name]} {value.isoformat()} 晚于今天 {today.isoformat()}，请核对"
            )
        values[name] = value
    notes: list[str] = []
    arrived, confirmed = values.get("arrived_on"), values.get("confirmed_on")
    if arrived is not None and confirmed is not None:
        if confirmed < arrived:
            raise ReceiptError(
                f"{FIELD_LABELS['confirmed_on']} {confirmed.isoformat()} 早于{FIELD_LABELS['arrived_on']} "
                f"{arrived.isoformat()}：不能在收到申请之前与申请人确认"
            )
        if spec.channel is Channel.ORDINARY_MAIL and confirmed > arrived:
            notes.append(
                f"平信于 {arrived.isoformat()} 收到、{confirmed.isoformat()} 才与申请人确认："
                "条例第三十一条第（二）项要求收到当日确认"
            )
    return Receipt(values[spec.receipt_field], spec.channel, spec.citation, tuple(notes))
