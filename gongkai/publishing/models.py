"""主动公开: the register of government information, its review trail, attachments with masked
derivatives, interpretations, gazette issues, key-area records, wording rules and editable pages.

Status and validity change only through services.py. The annual-report colleague aggregates this register
by SQL (queries.py, re-exported here as art20_counts / narrative_counts); keep the contract's field names:
organisation, title, doc_type, kind, signed_on, published_on, status, validity, validity_changed_on,
repealed_on, expires_on.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q

from . import taxonomy


class Status(models.TextChoices):
    DRAFT = "draft", "草稿"
    FIRST_REVIEW = "first_review", "待初审"
    SECOND_REVIEW = "second_review", "待复审"
    FINAL_REVIEW = "final_review", "待终审"
    PUBLISHED = "published", "已发布"


class Kind(models.TextChoices):
    RULE = "rule", "规章"
    NORMATIVE = "normative", "行政规范性文件"
    DOCUMENT = "document", "其他政府文件"
    INTERPRETATION = "interpretation", "政策解读"


class Validity(models.TextChoices):
    VALID = "valid", "有效"
    EXPIRED = "expired", "失效"
    REPEALED = "repealed", "废止"
    AMENDED = "amended", "已修改"


class Disclosure(models.TextChoices):
    PROACTIVE = "proactive", "主动公开"
    ON_REQUEST = "on_request", "依申请公开"
    NOT_PUBLIC = "not_public", "不予公开"


class InterpretationForm(models.TextChoices):
    TEXT = "text", "文字"
    GRAPHIC = "graphic", "图解"
    VIDEO = "video", "视频"
    AUDIO = "audio", "音频"
    QA = "qa", "问答"


DOC_TYPE_CHOICES = [(t, t) for t in taxonomy.DOC_TYPES]
ART20_CHOICES = [(n, f"第二十条{taxonomy.item_label(n)} {label}") for n, label in taxonomy.ART20_ITEMS]
ART21_CHOICES = [(a, a) for a in taxonomy.ART21_AREAS]
KEY_AREA_CHOICES = [(a, a) for a in taxonomy.KEY_AREAS]


class DocumentQuerySet(models.QuerySet["Document"]):
    def published(self) -> DocumentQuerySet:
        """What the public may see: published and 主动公开."""
        return self.filter(status=Status.PUBLISHED, disclosure=Disclosure.PROACTIVE)

    def in_force_on(self, day: date) -> DocumentQuerySet:
        return self.filter(in_force_q(day))

    def with_validity_as_of(self, day: date) -> DocumentQuerySet:
        """Annotate `effective_validity`: an expiry date in the past reads as 失效 even before the
        expire_documents job has run."""
        return self.annotate(
            effective_validity=models.Case(
                models.When(
                    Q(validity=Validity.VALID, expires_on__lt=day), then=models.Value(Validity.EXPIRED.value)
                ),
                default=models.F("validity"),
                output_field=models.CharField(),
            )
        )

    def effective_validity(self, value: str, day: date) -> DocumentQuerySet:
        if value == Validity.VALID:
            return self.filter(validity=Validity.VALID).exclude(expires_on__lt=day)
        if value == Validity.EXPIRED:
            return self.filter(Q(validity=Validity.EXPIRED) | Q(validity=Validity.VALID, expires_on__lt=day))
        return self.filter(validity=value)


def in_force_q(day: date, prefix: str = "") -> Q:
    """In force at the end of `day`: published by then, not yet repealed or expired."""
    p = prefix
    return (
        Q(**{f"{p}status": Status.PUBLISHED, f"{p}published_on__lte": day})
        & ~Q(
            **{f"{p}validity__in": [Validity.REPEALED, Validity.EXPIRED], f"{p}validity_changed_on__lte": day}
        )
        & (Q(**{f"{p}expires_on__isnull": True}) | Q(**{f"{p}expires_on__gte": day}))
    )


class Document(models.Model):
    """One item of government information (政府信息) in the register."""

    Status = Status
    Kind = Kind
    Validity = Validity
    Disclosure = Disclosure
    InterpretationForm = InterpretationForm

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name="发布机构",
        on_delete=models.PROTECT,
        related_name="documents",
    )
    co_organisations = models.ManyToManyField(
        "organisations.Organisation", verbose_name="联合发文机构", blank=True, related_name="joint_documents"
    )
    title = models.CharField("标题", max_length=300)
    summary = models.TextField("内容概述", blank=True)
    body = models.TextField("正文", blank=True)
    # Masked derivatives (froide style): the original is never overwritten; only an approved masked copy is
    # published in its place.
    title_redacted = models.CharField("标题（遮盖件）", max_length=300, blank=True)
    summary_redacted = models.TextField("内容概述（遮盖件）", blank=True)
    body_redacted = models.TextField("正文（遮盖件）", blank=True)
    redaction_approved = models.BooleanField("遮盖件已审核", default=False)
    redaction_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    index_number = models.CharField("索引号", max_length=60, editable=False)
    index_year = models.PositiveSmallIntegerField(editable=False)
    index_serial = models.PositiveIntegerField(editable=False)
    doc_number = models.CharField("文号", max_length=60, blank=True)
    kind = models.CharField("类别", max_length=20, choices=Kind.choices, default=Kind.DOCUMENT, db_index=True)
    doc_type = models.CharField("文种/体裁", max_length=20, choices=DOC_TYPE_CHOICES, default="通知")
    topic = models.CharField("主题分类", max_length=60, blank=True, db_index=True)
    art20_item = models.PositiveSmallIntegerField(
        "第二十条事项", choices=ART20_CHOICES, null=True, blank=True
    )
    art21_area = models.CharField("第二十一条事项", max_length=30, choices=ART21_CHOICES, blank=True)
    key_area = models.CharField("重点领域", max_length=30, choices=KEY_AREA_CHOICES, blank=True)
    disclosure = models.CharField(
        "公开属性", max_length=20, choices=Disclosure.choices, default=Disclosure.PROACTIVE
    )
    disclosure_basis = models.CharField(
        "不主动公开的依据",
        max_length=300,
        blank=True,
        help_text="依申请公开、不予公开时必填（如条例第十四条）",
    )

    signed_on = models.DateField("成文日期")
    changed_on = models.DateField("变更日期", null=True, blank=True)
    published_on = models.DateField("发布日期", null=True, blank=True, db_index=True)
    # Cache of the 条例第二十六条 deadline, recomputed by the services; never the source of truth.
    publish_due_on = models.DateField("公开期限", null=True, blank=True)

    status = models.CharField(
        "状态", max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    review_round = models.PositiveSmallIntegerField("审核轮次", default=1)

    validity = models.CharField("有效性", max_length=10, choices=Validity.choices, default=Validity.VALID)
    validity_changed_on = models.DateField("有效性变更日期", null=True, blank=True)
    repealed_on = models.DateField("废止日期", null=True, blank=True)
    expires_on = models.DateField("有效期至", null=True, blank=True)

    interprets = models.ForeignKey(
        "self",
        verbose_name="解读的政策",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="interpretations",
    )
    interpretation_form = models.CharField(
        "解读形式", max_length=10, choices=InterpretationForm.choices, blank=True
    )
    is_synchronous = models.BooleanField("同步解读", null=True, blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = "政府信息"
        verbose_name_plural = "政府信息"
        ordering = ["-published_on", "-signed_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "index_number"], name="publishing_index_unique"),
            models.UniqueConstraint(
                fields=["organisation", "index_year", "index_serial"], name="publishing_serial_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["organisation", "kind", "published_on"], name="publishing_org_kind_pub"),
            models.Index(fields=["status", "published_on"], name="publishing_status_pub"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("publishing:document", args=[self.pk])

    @property
    def public_title(self) -> str:
        return self.title_redacted if self.redaction_approved and self.title_redacted else self.title

    @property
    def public_summary(self) -> str:
        return self.summary_redacted if self.redaction_approved and self.summary_redacted else self.summary

    @property
    def public_body(self) -> str:
        return self.body_redacted if self.redaction_approved and self.body_redacted else self.body

    @property
    def is_draft(self) -> bool:
        return self.status == Status.DRAFT

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    @property
    def is_normative(self) -> bool:
        return self.kind in (Kind.RULE, Kind.NORMATIVE)

    def validity_on(self, day: date) -> str:
        if self.validity == Validity.VALID and self.expires_on and self.expires_on < day:
            return Validity.EXPIRED.value
        return self.validity


class IndexCounter(models.Model):
    """The last 索引号 serial per (organisation, year), locked with select_for_update."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="publishing_counter_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id}-{self.year}: {self.last}"


class ReviewStage(models.TextChoices):
    SUBMIT = "submit", "提交审核"
    FIRST = "first", "初审"
    SECOND = "second", "复审"
    FINAL = "final", "终审"


class ReviewDecision(models.TextChoices):
    SUBMITTED = "submitted", "提交"
    APPROVED = "approved", "通过"
    REJECTED = "rejected", "退回"


class ReviewStep(models.Model):
    """One step of 三审三校, append-only; `round` starts again at each rejection."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="review_steps")
    round = models.PositiveSmallIntegerField()
    stage = models.CharField(max_length=10, choices=ReviewStage.choices)
    decision = models.CharField(max_length=10, choices=ReviewDecision.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    comment = models.TextField("意见", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_stage_display()} {self.get_decision_display()}"


def _attachment_path(instance: Attachment, filename: str) -> str:
    return f"publishing/{instance.document.organisation_id}/{instance.document_id}/{filename}"


class Attachment(models.Model):
    """A DOCX/PDF (or other) file of a document. A masked copy is a second row with is_redacted=True,
    linked from the original's `redacted`; only an approved masked copy is ever public in its place."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField("文件", upload_to=_attachment_path, max_length=300)
    original_name = models.CharField("文件名", max_length=255)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    text = models.TextField("提取的文本", blank=True)
    redacted = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="original"
    )
    is_redacted = models.BooleanField("遮盖件", default=False)
    approved = models.BooleanField("已审核", default=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def is_public_version(self) -> bool:
        """The version the public gets: an approved masked copy, or an original that has none."""
        if self.is_redacted:
            return self.approved
        return self.redacted_id is None


class GazetteIssue(models.Model):
    """One issue of the 政府公报, its contents (documents of the register) and its PDF."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name="编辑机关",
        on_delete=models.PROTECT,
        related_name="gazettes",
    )
    year = models.PositiveSmallIntegerField("年份")
    number = models.PositiveSmallIntegerField("期号")
    title = models.CharField("标题", max_length=200)
    published_on = models.DateField("出版日期", null=True, blank=True)
    pdf = models.FileField("PDF", upload_to="gazette/", blank=True, max_length=300)
    documents = models.ManyToManyField(Document, through="GazetteEntry", related_name="gazette_issues")

    class Meta:
        ordering = ["-year", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year", "number"], name="publishing_gazette_unique"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("publishing:gazette_issue", args=[self.pk])


class GazetteEntry(models.Model):
    issue = models.ForeignKey(GazetteIssue, on_delete=models.CASCADE, related_name="entries")
    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["issue", "document"], name="publishing_entry_unique")]

    def __str__(self) -> str:
        return f"{self.issue_id}:{self.document_id}"


class KeyAreaItem(models.Model):
    """A light record of a 重点领域 item published in a column (counted, listed; no review)."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="+")
    area = models.CharField("重点领域", max_length=30, choices=KEY_AREA_CHOICES)
    title = models.CharField("标题", max_length=300)
    published_on = models.DateField("发布日期", db_index=True)
    url = models.URLField("链接", blank=True)

    class Meta:
        ordering = ["-published_on", "-id"]
        indexes = [models.Index(fields=["organisation", "area", "published_on"], name="publishing_keyarea")]

    def __str__(self) -> str:
        return self.title


class WordingRule(models.Model):
    """A banned or wrong expression the office maintains (e.g. 错误提法 → 规范提法)."""

    class Severity(models.TextChoices):
        BLOCK = "block", "禁止使用（阻止发布）"
        WARN = "warn", "提示更正"

    phrase = models.CharField("用语", max_length=100)
    suggestion = models.CharField("规范用语", max_length=100, blank=True)
    severity = models.CharField("处理", max_length=10, choices=Severity.choices, default=Severity.WARN)
    note = models.CharField("说明", max_length=200, blank=True)
    is_active = models.BooleanField("启用", default=True)

    class Meta:
        ordering = ["phrase"]
        constraints = [models.UniqueConstraint(fields=["phrase"], name="publishing_wording_unique")]

    def __str__(self) -> str:
        return self.phrase


class Page(models.Model):
    """Editable pages of the 公开专栏: 公开指南 (条例第十二条) and 公开制度."""

    class Slug(models.TextChoices):
        GUIDE = "guide", "政府信息公开指南"
        RULES = "rules", "政府信息公开制度"

    slug = models.CharField(max_length=20, choices=Slug.choices, unique=True)
    title = models.CharField("标题", max_length=200)
    body = models.TextField("内容")
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    def __str__(self) -> str:
        return self.title


class SearchEntry(models.Model):
    """The n-gram index row of a published document (PostgreSQL backend; GIN indexes in the migration).
    Written by the services in the same transaction as the change (search/__init__.py)."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="+")
    chunk = models.PositiveIntegerField(default=0)
    bigrams = models.TextField()
    unigrams = models.TextField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "chunk"], name="publishing_search_chunk")]

    def __str__(self) -> str:
        return str(self.document_id)


# The annual-report contract: reporting imports these two from gongkai.publishing.models.
from .queries import art20_counts, narrative_counts  # noqa: E402

__all__ = ["art20_counts", "narrative_counts"]
