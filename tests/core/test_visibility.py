from django.contrib.auth.models import AnonymousUser

from gongkai.accounts import visibility as v
from gongkai.organisations.models import Organisation


def names(qs):
    return {o.short_name for o in qs}


def test_office_admin_sees_every_unit_of_the_district(cast):
    litong_units = names(Organisation.objects.filter(region__code="640302"))
    assert len(litong_units) == 25
    assert names(v.visible_organisations(cast.office_admin)) == litong_units
    assert "吴忠市政府" not in names(v.visible_organisations(cast.office_admin))


def test_liaison_sees_only_its_own_unit(cast):
    assert names(v.visible_organisations(cast.edu_liaison)) == {"教育局"}
    assert names(v.visible_organisations(cast.fin_liaison)) == {"财政局"}
    assert not v.can_view(cast.edu_liaison, cast.fin)
    assert not v.can_write(cast.edu_liaison, cast.fin)
    assert v.can_write(cast.edu_liaison, cast.edu)


def test_inspector_sees_the_city_but_writes_nothing(cast):
    seen = names(v.visible_organisations(cast.inspector))
    assert {"吴忠市政府", "利通区政府", "教育局", "金积镇"} <= seen
    assert names(v.writable_organisations(cast.inspector)) == set()
    assert not v.can_write(cast.inspector, cast.edu)


def test_outsider_and_anonymous_see_nothing(cast):
    assert names(v.visible_organisations(cast.outsider)) == set()
    assert names(v.visible_organisations(AnonymousUser())) == set()
    assert not v.is_staff_member(cast.outsider)
    assert not v.is_staff_member(AnonymousUser())


def test_system_admin_sees_everything(cast):
    assert v.visible_organisations(cast.admin).count() == Organisation.objects.count()


def test_scope_filters_any_organisation_owned_queryset(cast):
    from gongkai.accounts.models import Membership

    qs = Membership.objects.all()
    assert {m.organisation.short_name for m in v.scope(qs, cast.edu_liaison)} == {"教育局"}
    assert v.scope(qs, cast.outsider).count() == 0
    assert v.scope(qs, cast.inspector, write=True).count() == 0


def test_a_deactivated_user_sees_nothing(cast):
    cast.office_admin.is_active = False
    cast.office_admin.save()
    assert names(v.visible_organisations(cast.office_admin)) == set()


def test_has_role(cast):
    assert v.has_role(cast.reviewer1, "reviewer")
    assert v.has_role(cast.reviewer1, "reviewer", cast.orgs["利通区政府办"])
    assert not v.has_role(cast.reviewer1, "reviewer", cast.edu)
    assert not v.has_role(cast.edu_liaison, "reviewer")


def test_region_wide_visibility_costs_a_fixed_number_of_queries(cast, django_assert_max_num_queries):
    # memberships, the organisations in reach (recursive CTE over the region tree), the final list —
    # whatever the tree depth.
    with django_assert_max_num_queries(3):
        ids = list(v.visible_organisations(cast.inspector).values_list("pk", flat=True))
    assert len(ids) == 26


def test_office_reviewers_reach_every_unit_of_the_region_and_nothing_beyond(cast):
    litong = names(Organisation.objects.filter(region__code="640302"))
    assert names(v.visible_organisations(cast.reviewer1)) == litong
    assert names(v.visible_organisations(cast.privacy_reviewer)) == litong
    assert v.acts_as(cast.reviewer1, "reviewer", cast.edu)
    assert v.acts_as(cast.privacy_reviewer, "privacy_reviewer", cast.edu)
    assert not v.acts_as(cast.reviewer1, "privacy_reviewer", cast.edu)
    assert not v.acts_as(cast.edu_liaison, "reviewer", cast.edu)
    assert not v.acts_as(cast.reviewer1, "reviewer", cast.orgs["吴忠市政府"])


def test_a_reviewer_of_a_department_reaches_only_that_department(cast):
    from gongkai.accounts.services import grant_role

    grant_role(cast.outsider, cast.edu, "reviewer")
    assert names(v.visible_organisations(cast.outsider)) == {"教育局"}
    assert not v.acts_as(cast.outsider, "reviewer", cast.fin)
