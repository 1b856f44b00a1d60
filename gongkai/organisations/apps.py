from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "gongkai.organisations"
    verbose_name = "机构"
