from __future__ import annotations

from typing import Any

from django import forms

from gongkai.accounts.visibility import scope
from gongkai.organisations.models import Organisation

from . import conf, taxonomy
from .models import Document, Kind, Validity


class SearchForm(forms.Form):
    q = forms.CharField(label="检索词", required=False, max_length=100)
    organisation = forms.ModelChoiceField(
        label="发布机构", queryset=Organisation.objects.none(), required=False
    )
    topic = forms.ChoiceField(label="主题分类", required=False)
    doc_type = forms.ChoiceField(label="文种/体裁", required=False)
    year = forms.IntegerField(label="年份", required=False, min_value=1949, max_value=2100)
    validity = forms.ChoiceField(label="有效性", required=False, choices=[("", "全部"), *Validity.choices])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(is_active=True)  # type: ignore[attr-defined]
        self.fields["topic"].choices = [("", "全部"), *taxonomy.topic_choices(conf.topics_file())]  # type: ignore[attr-defined]
        self.fields["doc_type"].choices = [("", "全部"), *((t, t) for t in taxonomy.DOC_TYPES)]  # type: ignore[attr-defined]


class DocumentForm(forms.ModelForm[Document]):
    """The register's edit form; `user` limits which policies an interpretation may point to."""

    topic = forms.ChoiceField(label="主题分类", required=False)
    co_organisations = forms.ModelMultipleChoiceField(
        label="联合发文机构", queryset=Organisation.objects.filter(is_active=True), required=False
    )

    class Meta:
        model = Document
        fields = [
            "title", "doc_number", "kind", "doc_type", "topic", "art20_item", "art21_area", "key_area",
            "disclosure", "disclosure_basis", "signed_on", "changed_on", "expires_on", "interprets",
            "interpretation_form", "summary", "body",
        ]  # fmt: skip
        widgets = {
            "signed_on": forms.DateInput(attrs={"type": "date"}),
            "changed_on": forms.DateInput(attrs={"type": "date"}),
            "expires_on": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", "—"), *taxonomy.topic_choices(conf.topics_file())]  # type: ignore[attr-defined]
        if self.instance.pk:
            self.fields["co_organisations"].initial = list(self.instance.co_organisations.all())
        # Only policies the user may see: published ones, and drafts within their own scope.
        visible = Document.objects.published() | scope(Document.objects.all(), user)
        self.fields["interprets"].queryset = visible.exclude(kind=Kind.INTERPRETATION)  # type: ignore[attr-defined]


class ReviewForm(forms.Form):
    comment = forms.CharField(label="审核意见", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class UploadForm(forms.Form):
    file = forms.FileField(label="附件（DOCX、PDF、TXT）")

    def clean_file(self) -> Any:
        f = self.cleaned_data["file"]
        if not f.name.lower().endswith((".docx", ".pdf", ".txt")):
            raise forms.ValidationError("只接受 DOCX、PDF 或 TXT 文件")
        if f.size > 20 * 1024 * 1024:
            raise forms.ValidationError("文件不能超过20MB")
        return f
