"""Demo applications, entered as cases through the services (so their events, numbers and due dates
are real), never as totals.

- 2022, 利通区政府: the 11 applications behind the seed annual report (seed/litong-2022-annual-report.txt,
  table 三): all from natural persons, all received and concluded (reply delivered) in 2022, every one
  in time: 8 予以公开 (granted), 3 本机关不掌握 (unable_not_held), nothing carried over.
- the current year, 利通区政府 and 教育局: one case in every state (registered … archived, the three
  ways of closing without a reply, a due-soon, an overdue and an extended case) and one appeal, dated
  backwards from today in working days.

Idempotent: each case carries a marker in `notes` and is skipped when it exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from gongkai.law import clock as law_clock

from . import conf, services
from .models import Appeal, Application

if TYPE_CHECKING:
    from gongkai.core.demo import DemoContext
    from gongkai.organisations.models import Organisation

MARK = "〔演示数据〕"


@dataclass(frozen=True)
class Case2022:
    key: str
    received: date
    channel: str
    name: str
    sought: str
    disposition: str
    basis: str
    reply_after: int  # working days after receipt
    correction: tuple[int, int] | None = None  # (notice, 补正 received) in working days after receipt


# Realistic requests to a district government; dates avoid holidays only where the law does.
CASES_2022: tuple[Case2022, ...] = (
    Case2022(
        "01",
        date(2022, 3, 8),
        "in_person",
        "马建国",
        "2021年利通区老旧小区改造项目清单",
        "granted",
        "art36_2",
        12,
    ),
    Case2022(
        "02",
        date(2022, 3, 22),
        "online",
        "杨秀英",
        "金积镇某村土地征收补偿安置方案",
        "granted",
        "art36_2",
        15,
    ),
    Case2022(
        "03",
        date(2022, 4, 12),
        "signed_mail",
        "丁志强",
        "利通区2021年度城乡低保资金发放情况",
        "granted",
        "art36_1",
        9,
    ),
    Case2022(
        "04",
        date(2022, 5, 17),
        "online",
        "李梅",
        "某路段拓宽工程的规划许可文件",
        "granted",
        "art36_2",
        14,
        correction=(2, 6),
    ),
    Case2022(
        "05",
        date(2022, 6, 21),
        "email",
        "王宏",
        "1998年某厂改制时的职工安置批复",
        "unable_not_held",
        "art36_4",
        17,
    ),
    Case2022(
        "06",
        date(2022, 7, 5),
        "in_person",
        "海燕",
        "利通区2022年义务教育招生划片方案",
        "granted",
        "art36_1",
        6,
    ),
    Case2022(
        "07",
        date(2022, 8, 9),
        "online",
        "周国华",
        "高铁站片区控制性详细规划",
        "unable_not_held",
        "art36_5",
        11,
    ),
    Case2022(
        "08",
        date(2022, 9, 13),
        "signed_mail",
        "马玉兰",
        "2022年农村人居环境整治资金分配文件",
        "granted",
        "art36_2",
        16,
    ),
    Case2022(
        "09", date(2022, 10, 18), "online", "张伟", "利通区城市供热价格调整听证材料", "granted", "art36_2", 13
    ),
    Case2022(
        "10",
        date(2022, 11, 8),
        "in_person",
        "金花",
        "某小区不动产首次登记资料",
        "unable_not_held",
        "art36_5",
        10,
    ),
    Case2022(
        "11",
        date(2022, 11, 22),
        "online",
        "刘强",
        "利通区2022年重大行政决策事项目录",
        "granted",
        "art36_1",
        8,
    ),
)


def _receipt_dates(channel: str, received: date) -> dict[str, date]:
    # The receipt date (第三十一条) is the confirmation day for online/e-mail, the signing day for mail.
    if channel == "in_person":
        return {"submitted_on": received}
    if channel == "signed_mail":
        return {"signed_on": received}
    return {"arrived_on": received, "confirmed_on": received}


def _exists(org: Organisation, marker: str) -> bool:
    return Application.objects.filter(organisation=org, notes=marker).exists()


def _load_2022(ctx: DemoContext) -> None:
    org = ctx.orgs["利通区政府"]
    actor = ctx.users.get("gkb")
    cal = conf.calendar()
    for case in CASES_2022:
        marker = f"{MARK}2022-{case.key}"
        if _exists(org, marker):
            continue
        app = services.register_application(
            org,
            actor=actor,
            channel=case.channel,
            applicant_kind="natural_person",
            applicant_name=case.name,
            information_sought=case.sought,
            delivery_method="postal" if case.channel == "signed_mail" else "email",
            email="" if case.channel == "signed_mail" else f"applicant{case.key}@example.cn",
            address="宁夏吴忠市利通区",
            notes=marker,
            today=case.received,
            **_receipt_dates(case.channel, case.received),
        )

        def day(n: int, start: date = case.received) -> date:
            return law_clock.add_working_days(start, n, cal)

        restart = case.received
        app = services.start_processing(app, actor=actor, on=day(1))
        if case.correction is not None:
            notice_after, received_after = case.correction
            app = services.request_correction(
                app, actor=actor, on=day(notice_after), items="请明确路段名称和文件年份"
            )
            restart = day(received_after)
            app = services.receive_correction(app, actor=actor, on=restart)
        app = services.reply(
            app,
            actor=actor,
            disposition=case.disposition,
            legal_basis=case.basis,
            on=day(case.reply_after, restart),
            holding_agency="吴忠市自然资源局利通分局" if case.basis == "art36_5" else "",
        )
        assert app.replied_on is not None and app.due_on is not None and app.replied_on <= app.due_on
        services.deliver(app, actor=actor, on=day(1, app.replied_on))
        ctx.created += 1


def _back(today: date, n: int) -> date:
    """The day n working days before today (between(result, today) == n), itself a working day."""
    cal = conf.calendar()
    day = today
    counted = 0
    while counted < n:
        day = date.fromordinal(day.toordinal() - 1)
        if cal.is_working_day(day):
            counted += 1
    return day


Step = Callable[[Application, Any, Callable[[int], date]], Application]


def _current_cases() -> list[tuple[str, int, str, Step]]:
    """(key, received n working days ago, information sought, what happened since)."""
    s = services

    def registered(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        return a

    def in_progress(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        return s.start_processing(a, actor=u, on=b(4))

    def due_soon(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        return s.start_processing(a, actor=u, on=b(17))

    def overdue(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        return s.start_processing(a, actor=u, on=b(22))

    def correction(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        return s.request_correction(a, actor=u, on=b(4), items="请写明所需文件的名称或文号")

    def consulting(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        a = s.start_processing(a, actor=u, on=b(11))
        return s.start_consultation(a, actor=u, on=b(5), party="宁夏某建设工程有限公司")

    def awaiting_fee(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        a = s.start_processing(a, actor=u, on=b(9))
        return s.send_fee_notice(a, actor=u, on=b(3), pages=80)

    def extended(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        a = s.start_processing(a, actor=u, on=b(24))
        return s.extend(
            a,
            actor=u,
            days=15,
            approved_by="王公开",
            approved_on=b(7),
            notified_on=b(6),
            reason="需调取历年档案",
        )

    def replied(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        a = s.start_processing(a, actor=u, on=b(14))
        return s.reply(a, actor=u, disposition="granted", legal_basis="art36_2", on=b(1))

    def delivered(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        a = s.start_processing(a, actor=u, on=b(29))
        a = s.reply(a, actor=u, disposition="partially_granted", legal_basis="art37", on=b(12))
        return s.deliver(a, actor=u, on=b(11))

    def abandoned(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        a = s.request_correction(a, actor=u, on=b(43), items="请写明所需信息的时间范围")
        return s.abandon_for_no_correction(a, actor=u, on=b(20))

    def withdrawn(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        return s.withdraw(a, actor=u, on=b(6), reason="申请人已通过其他途径获取")

    def unpaid(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        a = s.start_processing(a, actor=u, on=b(48))
        a = s.send_fee_notice(a, actor=u, on=b(45), pages=260)
        return s.close_for_unpaid_fee(a, actor=u, on=b(20))

    def archived(a: Application, u: Any, b: Callable[[int], date]) -> Application:
        a = s.start_processing(a, actor=u, on=b(58))
        a = s.reply(a, actor=u, disposition="unable_not_held", legal_basis="art36_4", on=b(45))
        a = s.deliver(a, actor=u, on=b(44))
        return s.archive(a, actor=u, on=b(40))

    return [
        ("registered", 1, "本单位2025年度部门决算", registered),
        ("in_progress", 5, "辖区学校食堂食品安全检查结果", in_progress),
        ("due_soon", 18, "某小区配套幼儿园移交协议", due_soon),
        ("overdue", 23, "2025年校舍维修项目招标文件", overdue),
        ("correction", 6, "有关拆迁的文件", correction),
        ("consulting", 12, "某工程项目施工合同", consulting),
        ("awaiting_fee", 10, "近十年教师招聘公告及录用名单", awaiting_fee),
        ("extended", 25, "历年校车采购合同", extended),
        ("replied", 15, "2026年民生实事项目清单", replied),
        ("delivered", 30, "某项目环境影响评价审批文件", delivered),
        ("abandoned", 45, "相关补偿标准", abandoned),
        ("withdrawn", 8, "2026年第一季度财政收支情况", withdrawn),
        ("unpaid", 50, "2016年以来全部会议纪要", unpaid),
        ("archived", 60, "1990年某企业土地划拨文件", archived),
    ]


def _load_current(ctx: DemoContext, today: date) -> None:
    for short, username in (("利通区政府", "gkb"), ("教育局", "jyj")):
        org = ctx.orgs[short]
        actor = ctx.users.get(username)
        for i, (key, received_ago, sought, step) in enumerate(_current_cases()):
            marker = f"{MARK}{today.year}-{key}"
            if _exists(org, marker):
                continue
            received = _back(today, received_ago)
            app = services.register_application(
                org,
                actor=actor,
                channel="online" if i % 2 else "in_person",
                applicant_kind=("natural_person", "commercial", "legal_service", "research")[i % 4],
                applicant_name=("马小红", "宁夏某商贸有限公司", "宁夏某律师事务所", "某大学法学院")[i % 4],
                information_sought=sought,
                delivery_method="email" if i % 2 else "postal",
                email=f"demo{i}@example.cn",
                notes=marker,
                today=today,
                **_receipt_dates("online" if i % 2 else "in_person", received),
            )
            step(app, actor, lambda n: _back(today, n))
            ctx.created += 1
        # Online submissions not yet confirmed (条例第三十一条第（三）项): one waiting, one discarded.
        for key in ("submitted", "discarded"):
            marker = f"{MARK}{today.year}-{key}"
            if _exists(org, marker):
                continue
            app = services.submit_online(
                org,
                applicant_kind="natural_person",
                applicant_name="网上申请人",
                information_sought="2026年城乡居民医保缴费标准文件" if key == "submitted" else "测试",
                email="online@example.cn",
                delivery_method="email",
                notes=marker,
                arrived_on=today,
            )
            if key == "discarded":
                services.discard_submission(app, actor=actor, reason="重复提交")
            ctx.created += 1
    org = ctx.orgs["利通区政府"]
    closed = Application.objects.filter(organisation=org, notes=f"{MARK}{today.year}-delivered").first()
    if closed is not None and not Appeal.objects.filter(application=closed).exists():
        services.record_appeal(
            org,
            actor=ctx.users.get("gkb"),
            kind=Appeal.Kind.RECONSIDERATION,
            filed_on=closed.closed_on or today,
            application=closed,
            case_number=f"吴政复〔{today.year}〕12号",
            authority="吴忠市人民政府",
        )
        ctx.created += 1


def load(ctx: DemoContext, today: date | None = None) -> None:
    _load_2022(ctx)
    _load_current(ctx, today or timezone.localdate())
