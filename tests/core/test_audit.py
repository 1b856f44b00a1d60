import pytest
from django.db import transaction

from gongkai.accounts.services import grant_role, revoke_role
from gongkai.audit.events import NotInTransaction, record
from gongkai.audit.models import Event, EventKind, ImmutableError


def test_it_records_inside_a_transaction(cast):
    with transaction.atomic():
        e = record(
            EventKind.ORGANISATION_UPDATED,
            actor=cast.office_admin,
            organisation=cast.edu,
            obj=cast.edu,
            details={"field": "doc_code"},
        )
    e.refresh_from_db()
    assert e.object_type == "organisations.organisation"
    assert e.object_id == str(cast.edu.pk)
    assert e.details == {"field": "doc_code"}
    assert e.actor == cast.office_admin


def test_it_refuses_to_record_outside_a_transaction(transactional_db):
    with pytest.raises(NotInTransaction):
        record(EventKind.DEMO_LOADED)


def test_an_event_rolls_back_with_its_change(cast):
    before = Event.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        grant_role(cast.outsider, cast.edu, "liaison")
        raise RuntimeError("boom")
    assert Event.objects.count() == before
    assert not cast.outsider.memberships.exists()


def test_events_cannot_be_changed_or_deleted(cast):
    with transaction.atomic():
        e = record(EventKind.DEMO_LOADED)
    e.details = {"x": 1}
    with pytest.raises(ImmutableError):
        e.save()
    with pytest.raises(ImmutableError):
        e.delete()
    with pytest.raises(ImmutableError):
        Event.objects.filter(pk=e.pk).update(details={})
    with pytest.raises(ImmutableError):
        Event.objects.filter(pk=e.pk).delete()


def test_unknown_event_kinds_are_refused(db):
    with pytest.raises(ValueError), transaction.atomic():
        record("no.such.kind")  # type: ignore[arg-type]


def test_granting_and_revoking_roles_are_audited_once(cast):
    grant_role(cast.outsider, cast.edu, "liaison", actor=cast.admin)
    grant_role(cast.outsider, cast.edu, "liaison", actor=cast.admin)  # idempotent: no second event
    assert Event.objects.filter(kind=EventKind.ROLE_GRANTED, details__user="outsider").count() == 1
    assert revoke_role(cast.outsider, cast.edu, "liaison", actor=cast.admin)
    assert not revoke_role(cast.outsider, cast.edu, "liaison", actor=cast.admin)
    assert Event.objects.filter(kind=EventKind.ROLE_REVOKED).count() == 1


def test_the_admin_offers_no_way_to_edit_events(cast, client):
    client.force_login(cast.admin)
    assert client.get("/admin/audit/event/add/").status_code == 403
    assert client.get("/admin/audit/event/").status_code == 200


def test_the_audit_page_is_scoped(cast, client):
    with transaction.atomic():
        record(EventKind.ORGANISATION_UPDATED, organisation=cast.fin, obj=cast.fin, details={"n": "fin-only"})
    client.force_login(cast.edu_liaison)
    assert (
        "organisations.organisation " + str(cast.fin.pk)
        not in client.get("/workspace/audit/").content.decode()
    )
    client.force_login(cast.office_admin)
    assert (
        "organisations.organisation " + str(cast.fin.pk) in client.get("/workspace/audit/").content.decode()
    )
