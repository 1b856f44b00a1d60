"""Demo register for 利通区: the 2022 documents behind the seed annual report, and a current year.

2022 (利通区政府): 6 行政规范性文件 issued, 38 in force at year end (32 older ones still valid), 87 区政府
（办）公文, 52 政策解读 (3 视频), 4 期政府公报, 2127 重点领域 light records. Idempotent: each block is skipped
when its first record exists; bulk inserts keep it fast.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from django.utils import timezone

from . import services, taxonomy
from .models import (
    Document,
    GazetteEntry,
    GazetteIssue,
    InterpretationForm,
    KeyAreaItem,
    Kind,
    Page,
    WordingRule,
)

if TYPE_CHECKING:
    from gongkai.core.demo import DemoContext

TOPICS = [
    "综合政务\\政务公开", "财政、金融、审计\\财政", "科技、教育\\教育", "卫生、体育\\卫生",
    "城乡建设、环境保护\\环境监测、保护与治理", "农业、林业、水利\\农业、畜牧业、渔业",
    "劳动、人事、监察\\社会保障", "民政、扶贫、救灾\\扶贫", "市场监管、安全生产监管\\安全生产监管",
]  # fmt: skip
SUBJECTS = [
    "乡村振兴重点工作", "义务教育学校招生", "城乡居民医疗保障", "农村人居环境整治", "安全生产专项整治",
    "优化营商环境", "财政预算管理", "最低生活保障", "黄河流域生态保护", "清真食品产业发展", "就业创业扶持",
    "老旧小区改造",
]  # fmt: skip
DOC_TYPES = ["通知", "意见", "办法", "方案", "通告", "决定", "批复", "函", "规划", "报告"]
FORMS = ["text"] * 30 + ["graphic"] * 16 + ["qa"] * 3 + ["video"] * 3  # 52, 3 of them video


def _d(year: int, n: int, spread: int = 360) -> date:
    return date(year, 1, 3) + timedelta(days=(n * 37) % spread)


def load(ctx: DemoContext) -> None:
    org = ctx.orgs["利通区政府"]
    actor = ctx.users.get("admin")
    if not Document.objects.filter(organisation=org, index_year=2022).exists():
        _load_2022(ctx, org, actor)
    _load_current(ctx, actor)
    if not Page.objects.filter(slug="guide").exists():
        Page.objects.create(
            slug="guide",
            title="吴忠市利通区人民政府信息公开指南",
            body="一、公开的主体和范围\n本指南适用于吴忠市利通区人民政府及其工作部门。\n\n"
            "二、主动公开\n通过本平台“政府信息公开目录”“政策解读”“政府公报”等栏目公开。\n\n"
            "三、依申请公开\n申请人可当面、邮寄或在线提交申请。\n\n"
            "四、工作机构\n利通区人民政府办公室（政务公开办），办公时间：工作日 9:00–12:00，14:30–18:00。",
        )
        ctx.created += 1
    for phrase, suggestion, severity in (
        ("中华民国", "", WordingRule.Severity.BLOCK),
        ("回教", "伊斯兰教", WordingRule.Severity.WARN),
        ("农民工子弟", "进城务工人员随迁子女", WordingRule.Severity.WARN),
    ):
        _, created = WordingRule.objects.get_or_create(
            phrase=phrase, defaults={"suggestion": suggestion, "severity": severity}
        )
        ctx.created += created


def _load_2022(ctx: DemoContext, org: object, actor: object) -> None:
    code = getattr(org, "doc_code", "") or "吴利政发"
    older = [
        {
            "title": f"利通区{SUBJECTS[i % len(SUBJECTS)]}管理办法（{2016 + i % 6}年修订）",
            "kind": Kind.NORMATIVE,
            "doc_type": "办法",
            "doc_number": f"{code}〔{2016 + i % 6}〕{i + 1}号",
            "topic": TOPICS[i % len(TOPICS)],
            "art20_item": 1,
            "signed_on": _d(2016 + i % 6, i),
            "published_on": _d(2016 + i % 6, i) + timedelta(days=6),
            "index_year": 2016 + i % 6,
            "body": f"为规范{SUBJECTS[i % len(SUBJECTS)]}，结合本区实际，制定本办法。",
        }
        for i in range(32)
    ]
    normative = [
        {
            "title": f"关于印发《利通区{SUBJECTS[i]}实施办法》的通知",
            "kind": Kind.NORMATIVE,
            "doc_type": "通知",
            "doc_number": f"{code}〔2022〕{i + 1}号",
            "topic": TOPICS[i % len(TOPICS)],
            "art20_item": 1,
            "signed_on": _d(2022, i * 9),
            "published_on": _d(2022, i * 9) + timedelta(days=5),
            "expires_on": date(2027, 12, 31),
            "body": (
                f"各乡镇人民政府、街道办事处，区直各部门：现将《利通区{SUBJECTS[i]}实施办法》印发给你们，"
                "请认真贯彻执行。"
            ),
        }
        for i in range(6)
    ]
    documents = [
        {
            "title": (
                f"利通区人民政府办公室关于{SUBJECTS[i % len(SUBJECTS)]}"
                f"的{DOC_TYPES[i % len(DOC_TYPES)]}（{i + 1}）"
            ),
            "kind": Kind.DOCUMENT,
            "doc_type": DOC_TYPES[i % len(DOC_TYPES)],
            "doc_number": f"吴利政办发〔2022〕{i + 1}号",
            "topic": TOPICS[i % len(TOPICS)],
            "art20_item": [3, 5, 7, 11, 12, 13, 15][i % 7],
            "key_area": taxonomy.KEY_AREAS[i % len(taxonomy.KEY_AREAS)],
            "signed_on": _d(2022, i),
            "published_on": _d(2022, i) + timedelta(days=3 + i % 5),
            "body": (
                f"各有关单位：为推进{SUBJECTS[i % len(SUBJECTS)]}工作，现就有关事项通知如下。"
                "一、提高认识；二、压实责任；三、加强督查。"
            ),
        }
        for i in range(87)
    ]
    policies = services.register_published(org, older + normative + documents, actor=actor)  # type: ignore[arg-type]
    targets = policies[32:]
    interpretations = [
        {
            "title": f"图文解读：{targets[i].title}"
            if FORMS[i] == InterpretationForm.GRAPHIC
            else f"政策解读：{targets[i].title}",
            "kind": Kind.INTERPRETATION,
            "doc_type": "解读",
            "topic": targets[i].topic,
            "interprets": targets[i],
            "interpretation_form": FORMS[i],
            "signed_on": targets[i].signed_on,
            "published_on": (targets[i].published_on or targets[i].signed_on)
            + timedelta(days=0 if i % 4 else 10),
            "is_synchronous": bool(i % 4),
            "body": f"一、出台背景；二、主要内容；三、适用范围。本解读针对{targets[i].title}。",
        }
        for i in range(52)
    ]
    services.register_published(org, interpretations, actor=actor)  # type: ignore[arg-type]
    ctx.created += len(policies) + len(interpretations)
    for n in range(1, 5):
        issue = GazetteIssue.objects.create(
            organisation=org,  # type: ignore[misc]
            year=2022,
            number=n,
            title=f"吴忠市利通区人民政府公报 2022年第{n}期",
            published_on=date(2022, 3 * n, 28),
        )
        GazetteEntry.objects.bulk_create(
            [
                GazetteEntry(issue=issue, document=d, position=p)
                for p, d in enumerate(policies[32 + (n - 1) * 10 : 32 + n * 10])
            ]
        )
        ctx.created += 1
    KeyAreaItem.objects.bulk_create(
        [
            KeyAreaItem(
                organisation=org,  # type: ignore[misc]
                area=taxonomy.KEY_AREAS[i % len(taxonomy.KEY_AREAS)],
                title=f"{taxonomy.KEY_AREAS[i % len(taxonomy.KEY_AREAS)]}领域信息公开（第{i + 1}条）",
                published_on=_d(2022, i),
            )
            for i in range(2127)
        ],
        batch_size=1000,
    )
    ctx.created += 2127


def _load_current(ctx: DemoContext, actor: object) -> None:
    edu = ctx.orgs["教育局"]
    liaison = ctx.users.get("jyj")
    year = timezone.localdate().year
    if Document.objects.filter(organisation=edu, index_year=year).exists() or liaison is None:
        return
    today = timezone.localdate()
    services.create_document(
        edu, actor=liaison, title=f"关于{year}年义务教育阶段学校招生入学工作的通知", doc_type="通知",
        doc_number=f"吴利教发〔{year}〕3号", topic="科技、教育\\教育", art20_item=11, key_area="教育",
        signed_on=today - timedelta(days=2), body="各中小学：现将招生入学工作有关事项通知如下。",
    )  # fmt: skip
    services.create_document(
        edu, actor=liaison, title="关于公布学生资助受助名单的公示", doc_type="公示", topic="科技、教育\\教育",
        key_area="教育", signed_on=today - timedelta(days=1),
        body="受助学生：马小明，联系电话13912345678，家庭住址利通区金积镇某村5组12号。",
    )  # fmt: skip
    ctx.created += 2
