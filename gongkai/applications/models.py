"""依申请公开: applications, their per-case legal history (CaseEvent), attachments, notices, reminders,
appeals (复议/诉讼) and the tracking-number counter.

Status changes and CaseEvents are written only by services.py (one function per transition). The
annual-report colleague aggregates Application and Appeal by SQL: keep the field names of the contract
(organisation, number, applicant_kind, received_on, status, disposition, closed_on, due_on; Appeal:
organisation, application, kind, result, filed_on, decided_on).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from gongkai.law.dispositions import BASES

from .workflow import Status


class ApplicantKindChoices(models.TextChoices):
    """The 6 applicant columns of table 三 (= gongkai.law.dispositions.ApplicantKind; a test pins this)."""

    NATURAL_PERSON = "natural_person", "自然人"
    COMMERCIAL = "commercial", "商业企业"
    RESEARCH = "research", "科研机构"
    SOCIAL_WELFARE = "social_welfare", "社会公益组织"
    LEGAL_SERVICE = "legal_service", "法律服务机构"
    OTHER_ORG = "other_org", "其他组织"


class DispositionChoices(models.TextChoices):
    """The 21 rows of table 三 (= gongkai.law.dispositions.DISPOSITIONS; a test pins this)."""

    GRANTED = "granted", "予以公开"
    PARTIALLY_GRANTED = "partially_granted", "部分公开"
    WITHHELD_STATE_SECRET = "withheld_state_secret", "不予公开：属于国家秘密"
    WITHHELD_PROHIBITED_BY_LAW = "withheld_prohibited_by_law", "不予公开：其他法律行政法规禁止公开"
    WITHHELD_SECURITY_STABILITY = "withheld_security_stability", "不予公开：危及“三安全一稳定”"
    WITHHELD_THIRD_PARTY = "withheld_third_party", "不予公开：保护第三方合法权益"
    WITHHELD_INTERNAL_AFFAIRS = "withheld_internal_affairs", "不予公开：属于三类内部事务信息"
    WITHHELD_PROCESS_INFO = "withheld_process_info", "不予公开：属于四类过程性信息"
    WITHHELD_ENFORCEMENT_FILE = "withheld_enforcement_file", "不予公开：属于行政执法案卷"
    WITHHELD_INQUIRY_MATTER = "withheld_inquiry_matter", "不予公开：属于行政查询事项"
    UNABLE_NOT_HELD = "unable_not_held", "无法提供：本机关不掌握相关政府信息"
    UNABLE_NEEDS_CREATION = "unable_needs_creation", "无法提供：没有现成信息需要另行制作"
    UNABLE_STILL_UNCLEAR = "unable_still_unclear", "无法提供：补正后申请内容仍不明确"
    REJECTED_PETITION = "rejected_petition", "不予处理：信访举报投诉类申请"
    REJECTED_REPEAT = "rejected_repeat", "不予处理：重复申请"
    REJECTED_PUBLICATION = "rejected_publication", "不予处理：要求提供公开出版物"
    REJECTED_EXCESSIVE = "rejected_excessive", "不予处理：无正当理由大量反复申请"
    REJECTED_CONFIRMATION = "rejected_confirmation", "不予处理：要求行政机关确认或重新出具已获取信息"
    OTHER_NO_CORRECTION = "other_no_correction", "其他处理：逾期不补正"
    OTHER_NO_FEE = "other_no_fee", "其他处理：逾期未缴纳信息处理费"
    OTHER_OTHER = "other_other", "其他处理：其他"


class ChannelChoices(models.TextChoices):
    """= gongkai.law.receipt.Channel (a test pins this)."""

    IN_PERSON = "in_person", "当面提交"
    SIGNED_MAIL = "signed_mail", "邮寄（签收）"
    ORDINARY_MAIL = "ordinary_mail", "平常信函"
    FAX = "fax", "传真"
    ONLINE = "online", "网络平台"
    EMAIL = "email", "电子邮件"


LEGAL_BASIS_CHOICES: list[tuple[str, str]] = [(b.key, f"{b.citation} {b.summary}") for b in BASES.values()]


class IdType(models.TextChoices):
    RESIDENT_ID = "resident_id", "居民身份证"
    PASSPORT = "passport", "护照"
    HK_MACAO_TAIWAN = "hmt_permit", "港澳台居民居住证/通行证"
    FOREIGN_PERMANENT = "foreign_permanent", "外国人永久居留身份证"
    OTHER = "other", "其他"


class InfoForm(models.TextChoices):
    """所需信息的指定提供载体形式 (条例第二十九条第二款第（三）项)."""

    PAPER = "paper", "纸质"
    ELECTRONIC = "electronic", "电子文档"
    EMAIL = "email", "电子邮件"
    DISC = "disc", "光盘"
    # 条例第四十条: where the requested form cannot be given, the office may arrange 查阅 or 抄录 instead.
    INSPECTION = "inspection", "查阅/抄录"
    OTHER = "other", "其他"


class DeliveryMethod(models.TextChoices):
    """获取信息的方式; the delivery date rule follows it (国办公开办函〔2016〕235号)."""

    DIRECT = "direct", "当面领取/直接送达"  # the applicant's signature date
    POSTAL = "postal", "邮寄"  # the posting date (交邮之日)
    EMAIL = "email", "电子邮件"
    ONLINE = "online", "网上申请平台"
    FAX = "fax", "传真"


class Application(models.Model):
    """One application for disclosure (政府信息公开申请)."""

    Status = Status
    ApplicantKind = ApplicantKindChoices
    Disposition = DispositionChoices
    Channel = ChannelChoices

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name="受理机关",
        on_delete=models.PROTECT,
        related_name="applications",
    )
    number = models.CharField("受理编号", max_length=60, editable=False)
    year = models.PositiveSmallIntegerField("编号年度", editable=False)
    sequence = models.PositiveIntegerField("年度序号", editable=False)

    # 收到申请之日 (条例第三十一条) and the raw dates it was derived from (gongkai.law.receipt).
    channel = models.CharField("申请渠道", max_length=20, choices=ChannelChoices.choices)
    submitted_on = models.DateField("当面提交日期", null=True, blank=True)
    signed_on = models.DateField("签收日期", null=True, blank=True)
    arrived_on = models.DateField("收到日期", null=True, blank=True)
    confirmed_on = models.DateField("与申请人确认日期", null=True, blank=True)
    # Null only while an online submission awaits confirmation (status submitted/discarded).
    received_on = models.DateField("收到申请之日", null=True, blank=True, db_index=True)

    # 申请人 (条例第二十九条第二款第（一）项)
    applicant_kind = models.CharField("申请人类型", max_length=20, choices=ApplicantKindChoices.choices)
    applicant_name = models.CharField("申请人姓名或名称", max_length=200)
    id_type = models.CharField("证件类型", max_length=20, choices=IdType.choices, blank=True)
    id_number = models.CharField("证件号码", max_length=40, blank=True)
    credit_code = models.CharField("统一社会信用代码", max_length=18, blank=True)
    legal_representative = models.CharField("法定代表人或负责人", max_length=100, blank=True)
    contact_person = models.CharField("联系人", max_length=100, blank=True)
    phone = models.CharField("联系电话", max_length=40, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    address = models.CharField("通信地址", max_length=300, blank=True)
    postcode = models.CharField("邮政编码", max_length=10, blank=True)

    # 所需信息 (第二十九条第二款第（二）、（三）项)
    information_sought = models.TextField("申请公开的政府信息内容描述")
    document_reference = models.CharField("文件名称、文号或其他特征", max_length=300, blank=True)
    form_wanted = models.CharField(
        "信息载体形式", max_length=20, choices=InfoForm.choices, default=InfoForm.PAPER
    )
    delivery_method = models.CharField(
        "获取方式", max_length=20, choices=DeliveryMethod.choices, default=DeliveryMethod.POSTAL
    )

    status = models.CharField(
        "状态", max_length=24, choices=Status.choices, default=Status.REGISTERED, db_index=True
    )
    # Set by reply (or by the closing services: other_no_correction, other_no_fee, other_other).
    disposition = models.CharField(
        "办理结果", max_length=40, choices=DispositionChoices.choices, blank=True, db_index=True
    )
    legal_basis = models.CharField("答复依据", max_length=40, choices=LEGAL_BASIS_CHOICES, blank=True)
    reply_text = models.TextField("答复内容", blank=True)
    # 条例第三十六条第（五）项: the agency that holds the information, told to the applicant.
    holding_agency = models.CharField("负责公开的机关", max_length=200, blank=True)
    holding_agency_contact = models.CharField("该机关联系方式", max_length=200, blank=True)
    replied_on = models.DateField("答复日期", null=True, blank=True)
    delivered_on = models.DateField("送达日期", null=True, blank=True)
    closed_on = models.DateField("办结日期", null=True, blank=True, db_index=True)
    archived_on = models.DateField("归档日期", null=True, blank=True)

    # 信息处理费 (国办函〔2020〕109号): one method, one amount.
    fee_method = models.CharField("收费方式", max_length=20, blank=True)
    fee_quantity = models.PositiveIntegerField("计费数量", null=True, blank=True)
    fee_amount = models.DecimalField("收费金额（元）", max_digits=10, decimal_places=2, null=True, blank=True)

    # A cache of clock.reply_due(); recomputed by every service. Never the source of truth.
    due_on = models.DateField("答复期限", null=True, blank=True, db_index=True)

    notes = models.TextField("备注", blank=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="登记人",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField("登记时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "依申请公开"
        verbose_name_plural = "依申请公开"
        ordering = ["-received_on", "-id"]
        constraints = [
            # The annual report aggregates these columns by SQL: only the closed vocabularies may appear.
            models.CheckConstraint(
                condition=models.Q(status__in=Status.values), name="applications_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(disposition__in=[*DispositionChoices.values, ""]),
                name="applications_disposition_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(applicant_kind__in=ApplicantKindChoices.values),
                name="applications_applicant_kind_valid",
            ),
            # Only an unconfirmed online submission lacks a receipt date (条例第三十一条).
            models.CheckConstraint(
                condition=models.Q(received_on__isnull=False)
                | models.Q(status__in=[Status.SUBMITTED, Status.DISCARDED]),
                name="applications_received_on_set",
            ),
            models.UniqueConstraint(
                fields=["organisation", "year", "sequence"], name="applications_seq_unique"
            ),
            models.UniqueConstraint(fields=["organisation", "number"], name="applications_number_unique"),
        ]
        indexes = [
            models.Index(fields=["organisation", "received_on"], name="applications_org_received"),
            models.Index(fields=["organisation", "closed_on"], name="applications_org_closed"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.applicant_name}"

    @property
    def is_open(self) -> bool:
        from .workflow import OPEN_STATUSES

        return self.status in OPEN_STATUSES


class NumberCounter(models.Model):
    """The last tracking number issued per (organisation, year); locked with select_for_update."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "受理编号计数器"
        verbose_name_plural = "受理编号计数器"
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="applications_counter_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id}-{self.year}: {self.last}"


class CaseEventKind(models.TextChoices):
    SUBMITTED = "submitted", "网上提交"
    DISCARDED = "discarded", "作无效提交处理"
    RECEIVED = "received", "收到申请"
    PROCESSING_STARTED = "processing_started", "开始办理"
    CORRECTION_REQUESTED = "correction_requested", "告知补正"
    CORRECTION_RECEIVED = "correction_received", "收到补正"
    ABANDONED = "abandoned", "逾期未补正视为放弃"
    CONSULTATION_STARTED = "consultation_started", "发出征求意见"
    CONSULTATION_ENDED = "consultation_ended", "收到意见/征求意见结束"
    EXTENDED = "extended", "延期答复"
    FEE_NOTICE = "fee_notice", "收费通知"
    FEE_PAID = "fee_paid", "缴费"
    FEE_UNPAID = "fee_unpaid", "逾期未缴费"
    WITHDRAWN = "withdrawn", "撤回申请"
    REPLIED = "replied", "作出答复"
    DELIVERED = "delivered", "送达"
    ARCHIVED = "archived", "归档"


class CaseEventQuerySet(models.QuerySet["CaseEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise TypeError("case events are append-only")


class CaseEvent(models.Model):
    """One legally relevant step of a case, dated with the legal date it happened (`on`), not the day it
    was typed in. The clock (clock.py) is derived from these rows alone."""

    Kind = CaseEventKind

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField("事项", max_length=30, choices=CaseEventKind.choices)
    on = models.DateField("日期")
    details = models.JSONField("详情", default=dict, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CaseEventQuerySet.as_manager()

    class Meta:
        verbose_name = "办理记录"
        verbose_name_plural = "办理记录"
        ordering = ["on", "id"]
        indexes = [models.Index(fields=["application", "kind"], name="applications_event_kind")]

    def __str__(self) -> str:
        return f"{self.on} {self.get_kind_display()}"


def _attachment_path(instance: Attachment, filename: str) -> str:
    return f"applications/{instance.application.organisation_id}/{instance.application_id}/{filename}"


class Attachment(models.Model):
    """A file kept with the case (the application form, ID copy, 补正 material …). Type and size are
    checked by the upload form."""

    class Kind(models.TextChoices):
        APPLICATION_FORM = "application_form", "申请表"
        IDENTITY = "identity", "身份证明"
        CORRECTION = "correction", "补正材料"
        CONSULTATION = "consultation", "征求意见材料"
        REPLY_MATERIAL = "reply_material", "提供的信息"
        DELIVERY_PROOF = "delivery_proof", "送达回证/邮寄凭证"
        OTHER = "other", "其他"

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField("类型", max_length=20, choices=Kind.choices, default=Kind.OTHER)
    file = models.FileField("文件", upload_to=_attachment_path, max_length=300)
    original_name = models.CharField("原文件名", max_length=255)
    size = models.PositiveBigIntegerField("大小（字节）", default=0)
    content_type = models.CharField("类型", max_length=100, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "附件"
        verbose_name_plural = "附件"
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.original_name


class NoticeKind(models.TextChoices):
    CORRECTION = "correction", "补正告知书"
    EXTENSION = "extension", "延期答复告知书"
    CONSULTATION = "consultation", "征求意见书"
    FEE = "fee", "收费通知书"
    REPLY = "reply", "答复告知书"
    NO_CORRECTION = "no_correction", "终止处理告知书（逾期未补正）"
    NO_FEE = "no_fee", "终止处理告知书（逾期未缴费）"


class ImmutableNotice(Exception):
    """A notice, once generated, is kept as issued."""


def _notice_path(instance: Notice, filename: str) -> str:
    return f"notices/{instance.application.organisation_id}/{instance.application_id}/{filename}"


class NoticeTemplateQuerySet(models.QuerySet["NoticeTemplate"]):
    def update(self, **kwargs: Any) -> int:
        raise ImmutableNotice("告知书模板的版本不可修改，请保存为新版本")


class NoticeTemplate(models.Model):
    """One version of the wording of a 告知书, for one organisation (a unit's override) or one region (the
    region-wide default set by the 政府办公室's office admin). Versions are never changed: editing adds a
    version, and a Notice records the version it was produced from. The latest version of a scope is the
    one in use; a latest version with `active` false means "no override here" (use the next level).
    Validation of the placeholders lives in notices.check_template (the only writer is notices.save_template).
    """

    Kind = NoticeKind

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name="机关",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    region = models.ForeignKey(
        "organisations.Region",
        verbose_name="行政区划（全区默认）",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    kind = models.CharField("文书类型", max_length=20, choices=NoticeKind.choices)
    # "" for every kind but the reply; for the reply a disposition group ("group_withheld") or a
    # disposition key ("withheld_state_secret") — the more specific one wins within one scope.
    variant = models.CharField("适用的办理结果", max_length=40, blank=True, default="")
    version = models.PositiveIntegerField("版本")
    active = models.BooleanField("启用", default=True)
    title = models.CharField("标题", max_length=100, blank=True)
    body = models.TextField("正文", blank=True)
    note = models.CharField("修改说明", max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField("保存时间", auto_now_add=True)

    objects = NoticeTemplateQuerySet.as_manager()

    class Meta:
        verbose_name = "告知书模板"
        verbose_name_plural = "告知书模板"
        ordering = ["kind", "variant", "-version"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=True, region__isnull=False)
                | models.Q(organisation__isnull=False, region__isnull=True),
                name="applications_noticetemplate_one_scope",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=NoticeKind.values), name="applications_noticetemplate_kind"
            ),
            # Two admins saving at once: the second gets an IntegrityError instead of a silent overwrite.
            models.UniqueConstraint(
                fields=["organisation", "kind", "variant", "version"],
                condition=models.Q(organisation__isnull=False),
                name="applications_noticetemplate_org_version",
            ),
            models.UniqueConstraint(
                fields=["region", "kind", "variant", "version"],
                condition=models.Q(region__isnull=False),
                name="applications_noticetemplate_region_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.variant} 第{self.version}版"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ImmutableNotice("告知书模板的版本不可修改，请保存为新版本")
        super().save(*args, **kwargs)


class Notice(models.Model):
    """A generated 告知书 (.docx), stored as issued: never overwritten (a correction is a new notice)."""

    Kind = NoticeKind

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="notices")
    kind = models.CharField("文书类型", max_length=20, choices=NoticeKind.choices)
    disposition = models.CharField("办理结果", max_length=40, blank=True)
    file = models.FileField("文件", upload_to=_notice_path, max_length=300)
    sha256 = models.CharField(max_length=64)
    issued_on = models.DateField("文书日期")
    # The wording it was produced from: a NoticeTemplate version, or (template empty) the built-in text,
    # identified by `template_version` = "builtin-" + the first 12 hex digits of its SHA-256.
    template = models.ForeignKey(
        NoticeTemplate,
        verbose_name="模板",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="notices",
    )
    template_version = models.CharField("模板版本", max_length=40, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "告知书"
        verbose_name_plural = "告知书"
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.issued_on}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ImmutableNotice("告知书生成后不可修改，如需更正请重新生成")
        super().save(*args, **kwargs)


class Reminder(models.Model):
    """A claimed reminder: at most one per (application, kind, due date), so two `remind` workers never
    send the same e-mail twice. A new due date (extension, 补正) makes a new reminder possible."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", "即将到期"
        OVERDUE = "overdue", "已逾期"
        # The other clocks of a case (条例第三十条 补正期限, the fee payment period, 第三十二条 the
        # third party's 15 working days): one reminder each, on the due day or after it.
        CORRECTION_DUE = "correction_due", "补正期限届满"
        FEE_DUE = "fee_due", "缴费期限届满"
        OPINION_DUE = "opinion_due", "第三方意见期限届满"

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    due_on = models.DateField()
    claimed_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    recipients = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = "期限提醒"
        verbose_name_plural = "期限提醒"
        constraints = [
            models.UniqueConstraint(
                fields=["application", "kind", "due_on"], name="applications_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.application_id} {self.kind} {self.due_on}"


class AppealKind(models.TextChoices):
    RECONSIDERATION = "reconsideration", "行政复议"
    LITIGATION_DIRECT = "litigation_direct", "未经复议直接起诉"
    LITIGATION_AFTER_RECONSIDERATION = "litigation_after_reconsideration", "复议后起诉"


class AppealResult(models.TextChoices):
    UPHELD = "upheld", "结果维持"
    CORRECTED = "corrected", "结果纠正"
    OTHER = "other", "其他结果"
    PENDING = "pending", "尚未审结"


class Appeal(models.Model):
    """行政复议 or 行政诉讼 against the handling of an application (table 四 of the annual report)."""

    Kind = AppealKind
    Result = AppealResult

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name="被申请人/被告",
        on_delete=models.PROTECT,
        related_name="appeals",
    )
    application = models.ForeignKey(
        Application,
        verbose_name="所涉申请",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="appeals",
    )
    kind = models.CharField("类型", max_length=40, choices=AppealKind.choices)
    result = models.CharField(
        "结果", max_length=20, choices=AppealResult.choices, default=AppealResult.PENDING
    )
    filed_on = models.DateField("提起日期")
    decided_on = models.DateField("审结日期", null=True, blank=True)
    case_number = models.CharField("案号", max_length=100, blank=True)
    authority = models.CharField("复议机关/法院", max_length=200, blank=True)
    notes = models.TextField("备注", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "复议诉讼"
        verbose_name_plural = "复议诉讼"
        ordering = ["-filed_on", "-id"]
        indexes = [models.Index(fields=["organisation", "filed_on"], name="applications_appeal_filed")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=AppealKind.values), name="applications_appeal_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(result__in=AppealResult.values), name="applications_appeal_result_valid"
            ),
            # A decided appeal has its decision date; a pending one has none.
            models.CheckConstraint(
                condition=models.Q(result="pending", decided_on__isnull=True)
                | (~models.Q(result="pending") & models.Q(decided_on__isnull=False)),
                name="applications_appeal_decided_on",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.case_number or self.pk}"


class ApiToken(models.Model):
    """A token for a staff system (a provincial platform, the 12345 hotline). It acts as `user`, whose
    memberships decide what it may see and change (accounts.visibility), so scope it by giving that user
    roles in the right organisations only. Only the SHA-256 digest is stored: the token itself is shown
    once, by `gongkai api_token create`."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField("名称", max_length=100)
    digest = models.CharField("SHA-256", max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "API 令牌"
        verbose_name_plural = "API 令牌"
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="applications_apitoken_name")]

    def __str__(self) -> str:
        return f"{self.name} ({self.user_id}{', 已吊销' if self.revoked else ''})"
