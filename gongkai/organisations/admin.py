from django.contrib import admin

from .models import Organisation, Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin[Region]):
    list_display = ["code", "name", "level", "parent"]
    search_fields = ["code", "name"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    list_display = ["name", "short_name", "kind", "region", "credit_code", "doc_code"]
    list_filter = ["kind", "region"]
    search_fields = ["name", "short_name", "credit_code"]
