"""Finding an organisation by what a person types: full name, short name, 统一社会信用代码, or a
unique part of the full name (“利通区人民政府” finds “吴忠市利通区人民政府”)."""

from __future__ import annotations

from gongkai.organisations.models import Organisation


class OrganisationNotFound(LookupError):
    pass


def resolve(text: str) -> Organisation:
    text = text.strip()
    if not text:
        raise OrganisationNotFound("机构名称为空")
    exact = Organisation.objects.filter(name=text) | Organisation.objects.filter(short_name=text)
    exact = exact | Organisation.objects.filter(credit_code=text.upper())
    found = list(exact.distinct()[:2])
    if len(found) == 1:
        return found[0]
    for lookup in ("name__endswith", "name__contains"):
        matches = list(Organisation.objects.filter(**{lookup: text})[:3])
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            names = "、".join(m.name for m in matches)
            raise OrganisationNotFound(f"“{text}”不唯一，可能是：{names}…；请用全称或统一社会信用代码")
    raise OrganisationNotFound(f"找不到机构“{text}”（可用全称、简称或统一社会信用代码）")
