"""Regions (行政区划) and the organisations that disclose information in them.

A deployment hosts many organisations: a county platform its government, office, departments and
townships; a city platform its counties as well. Visibility (gongkai.accounts.visibility) follows the
region tree.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models

from gongkai.lib.checksums import credit_code_error


def validate_credit_code(value: str) -> None:
    # GB 32100-2015: reject a code whose check character is wrong (rules.md §6.3).
    message = credit_code_error(value)
    if message:
        raise ValidationError(message, code="credit_code")


class Region(models.Model):
    """A 行政区划 with its GB/T 2260 six-digit code."""

    class Level(models.TextChoices):
        PROVINCE = "province", "省级"
        CITY = "city", "地级"
        COUNTY = "county", "县级"
        TOWNSHIP = "township", "乡级"

    code = models.CharField(
        "区划代码",
        max_length=12,
        unique=True,
        validators=[RegexValidator(r"^\d{6}(\d{3})?$", "区划代码应为GB/T 2260的6位数字（乡级为9位）")],
        help_text="GB/T 2260 行政区划代码，如 640302（利通区）",
    )
    name = models.CharField("名称", max_length=50)
    level = models.CharField("层级", max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="上级区划",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    class Meta:
        verbose_name = "行政区划"
        verbose_name_plural = "行政区划"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name}（{self.code}）"

    def descendant_ids(self) -> set[int]:
        """This region and every region below it (the tree is shallow: a handful of queries)."""
        ids = {self.pk}
        frontier = [self.pk]
        while frontier:
            frontier = list(Region.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
            ids.update(frontier)
        return ids


class Organisation(models.Model):
    """A 行政机关 (or 乡镇/街道) that publishes information and receives applications."""

    class Kind(models.TextChoices):
        GOVERNMENT = "government", "人民政府"
        OFFICE = "office", "政府办公室"
        DEPARTMENT = "department", "政府部门"
        TOWNSHIP = "township", "乡镇人民政府"
        STREET = "street", "街道办事处"

    name = models.CharField("全称", max_length=100, unique=True)
    short_name = models.CharField(
        "简称", max_length=30, unique=True, help_text="用于受理编号等，如“利通区政府”"
    )
    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    region = models.ForeignKey(
        Region, verbose_name="所属行政区划", on_delete=models.PROTECT, related_name="organisations"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="上级机关",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="政府办公室、部门和乡镇的上级为本级人民政府",
    )
    credit_code = models.CharField(
        "统一社会信用代码", max_length=18, unique=True, validators=[validate_credit_code]
    )
    doc_code = models.CharField(
        "机关代字", max_length=20, blank=True, help_text="发文字号中的机关代字，如“吴利政发”"
    )
    sort_order = models.PositiveIntegerField("排序", default=100)
    is_active = models.BooleanField("启用", default=True)

    class Meta:
        verbose_name = "机构"
        verbose_name_plural = "机构"
        ordering = ["region__code", "sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_government(self) -> bool:
        # 第四十九条: a people's government's own report is due by 3月31日, a department's by 1月31日.
        return self.kind == self.Kind.GOVERNMENT
