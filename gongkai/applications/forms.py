"""Forms of the disclosure-application pages: the public online form, staff registration by channel,
the public status lookup, the transition forms of the case page and the search box.

Forms validate and clean only; they never save. Views hand `cleaned_data` to the services.
"""

from __future__ import annotations

import re
import secrets
from datetime import date
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.db.models import QuerySet
from django.utils import timezone

from gongkai.law import receipt
from gongkai.lib.checksums import credit_code_error, is_valid_id_card
from gongkai.organisations.models import Organisation

from .models import ApplicantKindChoices, ChannelChoices, DeliveryMethod, IdType, InfoForm
from .workflow import Status

# Attachments on the public form (issue 3): type and size limited.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 5
# Extension → the magic bytes the file must start with (a renamed .exe is refused).
ATTACHMENT_TYPES: dict[str, tuple[bytes, ...]] = {
    "pdf": (b"%PDF",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "docx": (b"PK\x03\x04",),
}
ATTACHMENT_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

PHONE_RE = re.compile(r"^\+?[0-9][0-9\- ]{5,18}[0-9]$")
POSTCODE_RE = re.compile(r"^\d{6}$")

REQUIRED = "请填写此项"
CHOICE = "请从列表中选择"

CHANNEL_LABELS = {c.value: c.label for c in ChannelChoices}


def _msgs(required: str = REQUIRED, **extra: str) -> dict[str, str]:
    return {"required": required, "invalid_choice": CHOICE, **extra}


def clean_phone(value: str) -> str:
    value = value.strip()
    if not PHONE_RE.match(value):
        raise forms.ValidationError(
            "联系电话格式不正确：请填写手机号或带区号的固定电话，如 13900000000 或 0953-1234567"
        )
    return value


def phone_digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def check_attachment(upload: UploadedFile[bytes]) -> str:
    """The normalised extension of an acceptable upload; raises ValidationError with a Chinese message."""
    name = upload.name or ""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in ATTACHMENT_TYPES:
        raise forms.ValidationError(f"附件“{name}”类型不支持：仅接受 PDF、JPG、PNG、DOCX 文件")
    if upload.size is None or upload.size > MAX_ATTACHMENT_BYTES:
        raise forms.ValidationError(f"附件“{name}”超过 10 MB")
    if upload.size == 0:
        raise forms.ValidationError(f"附件“{name}”是空文件")
    head = upload.read(8)
    upload.seek(0)
    if not any(head.startswith(magic) for magic in ATTACHMENT_TYPES[ext]):
        raise forms.ValidationError(f"附件“{name}”的内容与扩展名 .{ext} 不符")
    return ext


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile[bytes]]:
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        if len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(f"附件最多 {MAX_ATTACHMENTS} 个")
        errors: list[forms.ValidationError] = []
        for f in files:
            if not isinstance(f, UploadedFile):
                errors.append(forms.ValidationError("附件上传不完整，请重新选择文件"))
                continue
            try:
                check_attachment(f)
            except forms.ValidationError as exc:
                errors.append(exc)
        if errors:
            raise forms.ValidationError(errors)
        return list(files)


class ApplicantForm(forms.Form):
    """The fields of 条例第二十九条第二款 shared by the public form, staff registration and the API."""

    organisation = forms.ModelChoiceField(
        label="受理机关（向哪个机关申请）",
        queryset=Organisation.objects.none(),
        empty_label="—— 请选择 ——",
        error_messages=_msgs("请选择受理机关", invalid_choice="所选受理机关不存在或不受理申请"),
    )
    applicant_kind = forms.ChoiceField(
        label="申请人类型",
        choices=ApplicantKindChoices.choices,
        error_messages=_msgs("请选择申请人类型"),
    )
    applicant_name = forms.CharField(
        label="姓名或单位名称",
        max_length=200,
        error_messages=_msgs("请填写申请人姓名或单位名称", max_length="姓名或名称不能超过 200 字"),
    )
    id_type = forms.ChoiceField(
        label="证件类型",
        choices=[("", "—— 请选择 ——"), *IdType.choices],
        required=False,
        error_messages=_msgs(),
    )
    id_number = forms.CharField(
        label="证件号码",
        max_length=40,
        required=False,
        error_messages=_msgs(max_length="证件号码不能超过 40 位"),
    )
    credit_code = forms.CharField(
        label="统一社会信用代码",
        max_length=18,
        required=False,
        help_text="法人或其他组织必填，18 位",
        error_messages=_msgs(max_length="统一社会信用代码应为18位"),
    )
    legal_representative = forms.CharField(
        label="法定代表人或负责人", max_length=100, required=False, error_messages=_msgs()
    )
    contact_person = forms.CharField(label="联系人", max_length=100, required=False, error_messages=_msgs())
    phone = forms.CharField(
        label="联系电话",
        max_length=40,
        error_messages=_msgs("请填写联系电话", max_length="联系电话过长"),
    )
    email = forms.EmailField(
        label="电子邮箱",
        required=False,
        error_messages=_msgs(invalid="电子邮箱格式不正确，如 name@example.com"),
    )
    address = forms.CharField(
        label="通信地址",
        max_length=300,
        required=False,
        error_messages=_msgs(max_length="地址不能超过 300 字"),
    )
    postcode = forms.CharField(label="邮政编码", max_length=10, required=False, error_messages=_msgs())
    information_sought = forms.CharField(
        label="所需政府信息的内容描述",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        error_messages=_msgs("请描述所需的政府信息", max_length="内容描述不能超过 5000 字"),
    )
    document_reference = forms.CharField(
        label="文件名称、文号或其他特征",
        max_length=300,
        required=False,
        error_messages=_msgs(max_length="不能超过 300 字"),
    )
    form_wanted = forms.ChoiceField(
        label="信息载体形式", choices=InfoForm.choices, error_messages=_msgs("请选择所需信息的载体形式")
    )
    delivery_method = forms.ChoiceField(
        label="获取信息的方式", choices=DeliveryMethod.choices, error_messages=_msgs("请选择获取信息的方式")
    )

    def __init__(self, *args: Any, organisations: QuerySet[Organisation] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        qs = organisations if organisations is not None else Organisation.objects.filter(is_active=True)
        field = self.fields["organisation"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = qs.order_by("sort_order", "name")

    def clean_applicant_name(self) -> str:
        return str(self.cleaned_data["applicant_name"]).strip()

    def clean_id_number(self) -> str:
        return re.sub(r"\s", "", str(self.cleaned_data.get("id_number") or "")).upper()

    def clean_credit_code(self) -> str:
        return re.sub(r"\s", "", str(self.cleaned_data.get("credit_code") or "")).upper()

    def clean_phone(self) -> str:
        value = str(self.cleaned_data.get("phone") or "")
        return clean_phone(value) if value or self.fields["phone"].required else ""

    def clean_postcode(self) -> str:
        value = str(self.cleaned_data.get("postcode") or "").strip()
        if value and not POSTCODE_RE.match(value):
            raise forms.ValidationError("邮政编码应为 6 位数字")
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("applicant_kind")
        if kind == ApplicantKindChoices.NATURAL_PERSON:
            self._clean_person(data)
        elif kind:
            # 法人或其他组织: the credit code is their 身份证明 (GB 32100).
            code = data.get("credit_code", "")
            if not code:
                self.add_error("credit_code", "法人或其他组织须填写统一社会信用代码")
            elif (error := credit_code_error(code)) is not None:
                self.add_error("credit_code", error)
            if not data.get("contact_person") and "contact_person" not in self.errors:
                self.add_error("contact_person", "法人或其他组织须填写联系人")
        method = data.get("delivery_method")
        if method == DeliveryMethod.EMAIL and not data.get("email") and "email" not in self.errors:
            self.add_error("email", "选择电子邮件方式获取信息的，须填写电子邮箱")
        if method == DeliveryMethod.POSTAL and not data.get("address"):
            self.add_error("address", "选择邮寄方式获取信息的，须填写通信地址")
        return data

    def _clean_person(self, data: dict[str, Any]) -> None:
        id_type, number = data.get("id_type"), data.get("id_number", "")
        if not id_type:
            self.add_error("id_type", "自然人须选择身份证明的证件类型")
            return
        if not number:
            self.add_error("id_number", "自然人须填写证件号码")
        elif id_type == IdType.RESIDENT_ID and not is_valid_id_card(number, today=timezone.localdate()):
            # GB 11643: 17 digits + check character, a real birth date, a known province code.
            self.add_error("id_number", "居民身份证号码无效：应为18位，且出生日期与第18位校验码须正确")


class OnlineApplicationForm(ApplicantForm):
    """The public online form (portal). `submission_token` makes a double submit register once."""

    attachments = MultipleFileField(
        label="附件（可选）",
        required=False,
        help_text="PDF、JPG、PNG、DOCX，每个不超过 10 MB，最多 5 个",
    )
    submission_token = forms.CharField(widget=forms.HiddenInput, max_length=64, required=False)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_token", secrets.token_urlsafe(24))

    def clean_submission_token(self) -> str:
        value = str(self.cleaned_data.get("submission_token") or "")
        if value and not re.fullmatch(r"[A-Za-z0-9_\-]{16,64}", value):
            raise forms.ValidationError("表单已失效，请刷新页面后重新提交")
        return value


class DateInput(forms.DateInput):
    input_type = "date"


def _date_field(name: str) -> forms.DateField:
    return forms.DateField(
        label=receipt.FIELD_LABELS[name],
        required=False,
        widget=DateInput(),
        error_messages={"invalid": "日期格式不正确，应为 YYYY-MM-DD"},
    )


class RegistrationForm(ApplicantForm):
    """Staff registration of an application received in person, by mail, fax or e-mail.

    The date fields the channel needs (条例第三十一条, gongkai.law.receipt) are required; the receipt
    date is computed here so that the page shows the legal rule next to the refusal.
    """

    channel = forms.ChoiceField(
        label="申请渠道", choices=ChannelChoices.choices, error_messages=_msgs("请选择申请渠道")
    )
    submitted_on = _date_field("submitted_on")
    signed_on = _date_field("signed_on")
    arrived_on = _date_field("arrived_on")
    confirmed_on = _date_field("confirmed_on")
    notes = forms.CharField(label="备注", widget=forms.Textarea(attrs={"rows": 2}), required=False)

    field_order = ["organisation", "channel", *receipt.FIELD_LABELS]

    def __init__(self, *args: Any, today: date | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        self.receipt: receipt.Receipt | None = None
        # 条例第二十九条 asks for a 联系方式, not a phone: a letter may give only an address.
        self.fields["phone"].required = False

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        contact = ("phone", "email", "address")
        if not any(data.get(n) for n in contact) and not any(n in self.errors for n in contact):
            self.add_error(
                "phone", "请至少填写一种联系方式（联系电话、电子邮箱或通信地址）（条例第二十九条）"
            )
        channel = data.get("channel")
        if not channel:
            return data
        needed = receipt.fields_for(channel)
        for name in needed:
            if data.get(name) is None and name not in self.errors:
                spec = receipt.CHANNELS[receipt.Channel(channel)]
                self.add_error(
                    name,
                    f"{spec.label}提交的申请须填写{receipt.FIELD_LABELS[name]}：{spec.rule}（{spec.citation}）",
                )
        if any(name in self.errors for name in needed):
            return data
        try:
            self.receipt = receipt.receipt_date(
                channel, today=self.today, **{name: data.get(name) for name in needed}
            )
        except receipt.ReceiptError as exc:
            self.add_error(needed[-1], str(exc))
            return data
        # Dates the channel does not use are not kept: they would contradict the receipt rule.
        for name in receipt.FIELD_LABELS:
            if name not in needed:
                data[name] = None
        data["received_on"] = self.receipt.received_on
        return data


class StatusLookupForm(forms.Form):
    number = forms.CharField(
        label="受理编号",
        max_length=60,
        error_messages=_msgs("请填写受理编号", max_length="受理编号过长"),
    )
    phone_last4 = forms.CharField(
        label="联系电话后 4 位",
        max_length=4,
        min_length=4,
        error_messages=_msgs(
            "请填写联系电话后 4 位", max_length="请填写 4 位数字", min_length="请填写 4 位数字"
        ),
    )

    def clean_number(self) -> str:
        return str(self.cleaned_data["number"]).strip()

    def clean_phone_last4(self) -> str:
        value = str(self.cleaned_data["phone_last4"]).strip()
        if not value.isdigit():
            raise forms.ValidationError("请填写 4 位数字")
        return value


class SearchForm(forms.Form):
    q = forms.CharField(label="受理编号、申请人或关键词", max_length=100, required=False)
    organisation = forms.ModelChoiceField(
        label="机关", queryset=Organisation.objects.none(), required=False, empty_label="全部可见机关"
    )
    view = forms.ChoiceField(
        label="队列",
        required=False,
        choices=[
            ("", "全部在办"),
            ("due_soon", "即将到期"),
            ("overdue", "已逾期"),
            ("awaiting_applicant", "等待申请人"),
            ("unconfirmed", "待确认（网上申请）"),
            ("all", "全部（含已办结）"),
        ],
    )

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organisations.order_by("sort_order", "name")


class ImportForm(forms.Form):
    file = forms.FileField(
        label="台账文件（.xlsx）",
        error_messages={"required": "请选择要导入的 .xlsx 文件", "empty": "文件为空"},
    )

    def clean_file(self) -> UploadedFile[bytes]:
        upload = self.cleaned_data["file"]
        name = (upload.name or "").lower()
        if not name.endswith(".xlsx"):
            raise forms.ValidationError("仅支持 .xlsx 格式的台账文件")
        if upload.size > MAX_ATTACHMENT_BYTES:
            raise forms.ValidationError("文件超过 10 MB")
        head = upload.read(4)
        upload.seek(0)
        if head != b"PK\x03\x04":
            raise forms.ValidationError("文件不是有效的 .xlsx 文件")
        assert isinstance(upload, UploadedFile)
        return upload


# --- the case page: one form per transition (gongkai.applications.workflow.Action) --------------------


def _on(label: str = "日期", required: bool = False) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        widget=DateInput(),
        help_text="" if required else "不填则为今天",
        error_messages={"invalid": "日期格式不正确，应为 YYYY-MM-DD", "required": f"请填写{label}"},
    )


def _text(label: str, required: bool = False, rows: int = 2) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={"required": f"请填写{label}", "max_length": f"{label}不能超过 5000 字"},
    )


class TransitionForm(forms.Form):
    """Base: `service_kwargs()` drops empty optional values so the service defaults apply."""

    def service_kwargs(self) -> dict[str, Any]:
        return {k: v for k, v in self.cleaned_data.items() if v is not None and v != ""}


class OnForm(TransitionForm):
    on = _on()


class ConfirmForm(TransitionForm):
    on = _on("与申请人确认日期")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["on"].help_text = "双方确认之日为收到申请之日（条例第三十一条第（三）项）；不填则为今天"


class DiscardForm(TransitionForm):
    reason = _text("理由（如垃圾信息、重复提交）", required=True)


class CorrectionRequestForm(TransitionForm):
    on = _on("告知日期")
    items = _text("需要补正的事项", required=True, rows=3)
    deadline = _on("补正期限")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["deadline"].help_text = "不填则按默认补正期限计算"


class CorrectionReceivedForm(TransitionForm):
    on = _on("收到补正日期")
    summary = _text("补正内容摘要")


class ConsultationForm(TransitionForm):
    on = _on("发出征求意见书日期")
    party = forms.CharField(
        label="被征求意见方",
        max_length=200,
        error_messages={"required": "请填写被征求意见的第三方或机关名称"},
    )
    party_kind = forms.ChoiceField(
        label="类型",
        choices=[("third_party", "第三方（条例第三十二条）"), ("agency", "共同制作机关（条例第三十四条）")],
        error_messages=_msgs("请选择被征求意见方类型"),
    )
    party_received_on = _on("对方收到日期")


class ConsultationEndForm(TransitionForm):
    on = _on("收到意见或期满日期")
    opinion = _text("意见")


class ExtendForm(TransitionForm):
    days = forms.IntegerField(
        label="延长工作日数",
        min_value=1,
        max_value=20,
        error_messages={
            "required": "请填写延长的工作日数",
            "invalid": "请填写整数",
            "min_value": "至少延长 1 个工作日",
            "max_value": "延长的期限最长不得超过20个工作日（条例第三十三条第二款）",
        },
    )
    approved_by = forms.CharField(
        label="同意延期的工作机构负责人",
        max_length=100,
        error_messages={"required": "请填写同意延期的负责人"},
    )
    approved_on = _on("负责人同意日期", required=True)
    notified_on = _on("告知申请人日期", required=True)
    reason = _text("延期理由", required=True)


class FeeNoticeForm(TransitionForm):
    on = _on("收费通知日期")
    pages = forms.IntegerField(
        label="页数（按量收费）",
        required=False,
        min_value=1,
        error_messages={"invalid": "请填写整数", "min_value": "页数至少为 1"},
    )
    nth_in_month = forms.IntegerField(
        label="本月第几件（按件收费）",
        required=False,
        min_value=1,
        error_messages={"invalid": "请填写整数", "min_value": "件次至少为 1"},
    )
    applicant_received_on = _on("申请人收到通知日期")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (data.get("pages") is None) == (data.get("nth_in_month") is None) and not self.errors:
            raise forms.ValidationError("按件或按量收费二选一：请只填写页数或本月件次中的一项")
        return data


class WithdrawForm(TransitionForm):
    on = _on("撤回日期")
    reason = _text("撤回理由")


class ReplyForm(TransitionForm):
    disposition = forms.ChoiceField(label="办理结果", choices=(), error_messages=_msgs("请选择办理结果"))
    legal_basis = forms.ChoiceField(label="答复依据", choices=(), required=False, error_messages=_msgs())
    on = _on("答复日期")
    text = _text("答复内容", rows=4)
    holding_agency = forms.CharField(label="负责公开的机关（非本机关信息时）", max_length=200, required=False)
    holding_agency_contact = forms.CharField(label="该机关联系方式", max_length=200, required=False)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        from .models import LEGAL_BASIS_CHOICES, DispositionChoices

        # 逾期不补正 / 逾期未缴费 have their own closing actions.
        own = {DispositionChoices.OTHER_NO_CORRECTION, DispositionChoices.OTHER_NO_FEE}
        disp = self.fields["disposition"]
        basis = self.fields["legal_basis"]
        assert isinstance(disp, forms.ChoiceField) and isinstance(basis, forms.ChoiceField)
        disp.choices = [c for c in DispositionChoices.choices if c[0] not in own]
        basis.choices = [("", "—— 按办理结果自动选择 ——"), *LEGAL_BASIS_CHOICES]


class DeliverForm(TransitionForm):
    on = _on("送达日期（直接送达为签收日，邮寄为交邮日）", required=True)
    method = forms.ChoiceField(
        label="送达方式",
        choices=[("", "—— 按申请人选择的获取方式 ——"), *DeliveryMethod.choices],
        required=False,
        error_messages=_msgs(),
    )


class ApiListForm(forms.Form):
    """Query parameters of GET /api/applications (a form, so NUL bytes and bad numbers are caught)."""

    status = forms.ChoiceField(
        required=False,
        choices=[("", ""), *Status.choices],
        error_messages={"invalid_choice": "未知的状态：%(value)s"},
    )
    number = forms.CharField(required=False, max_length=60, error_messages={"max_length": "受理编号过长"})
    q = forms.CharField(
        required=False, max_length=100, error_messages={"max_length": "关键词不能超过 100 字"}
    )
    limit = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=200,
        error_messages={
            "invalid": "limit 应为 1 至 200 的整数",
            "min_value": "limit 至少为 1",
            "max_value": "limit 最大为 200",
        },
    )
    offset = forms.IntegerField(
        required=False,
        min_value=0,
        max_value=10**9,
        error_messages={
            "invalid": "offset 应为非负整数",
            "min_value": "offset 应为非负整数",
            "max_value": "offset 过大",
        },
    )


# --- 告知书模板 (edited by an office admin; see notices.py) ---------------------------------------------


class NoticeTemplateForm(forms.Form):
    """One version of a notice template. The placeholders are checked by notices.check_template."""

    title = forms.CharField(
        label="标题",
        max_length=100,
        widget=forms.TextInput(attrs={"size": 60}),
        error_messages={"required": "标题不能为空", "max_length": "标题不能超过 100 字"},
    )
    body = forms.CharField(
        label="正文",
        max_length=10000,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 90}),
        help_text="每行一段。占位符写成 {名称}，如 {申请人}；字面的花括号写成 {{ 或 }}。"
        "某行的占位符为空且该行没有其他文字时，该段省略。",
        error_messages={"required": "正文不能为空", "max_length": "正文不能超过 10000 字"},
    )
    note = forms.CharField(
        label="修改说明",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"size": 60}),
        error_messages={"max_length": "修改说明不能超过 200 字"},
    )
    base_version = forms.IntegerField(
        widget=forms.HiddenInput,
        min_value=0,
        max_value=10**6,
        error_messages={"required": "请刷新页面后重试"},
    )

    def __init__(self, *args: Any, kind: str, variant: str, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.variant = variant

    def clean(self) -> dict[str, Any]:
        from .notices import check_template

        data = super().clean() or {}
        if "title" in data and "body" in data:
            for problem in check_template(self.kind, self.variant, data["title"], data["body"]):
                self.add_error(None, problem)
        return data
