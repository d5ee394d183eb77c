import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from hanhdong.audit.models import AuditAction, AuditEntry
from hanhdong.audit.services import audit_changes, audit_record


@pytest.mark.django_db(transaction=True)
def test_it_refuses_to_write_outside_a_transaction():
    user = get_user_model().objects.create(username="u")
    with pytest.raises(RuntimeError):
        audit_record(actor=None, obj=user, action=AuditAction.UPDATE)
    assert AuditEntry.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_change_that_fails_leaves_no_audit_row():
    user = get_user_model().objects.create(username="u")
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        audit_record(actor=None, obj=user, action=AuditAction.UPDATE, changes={"x": [1, 2]})
        1 / 0  # noqa: B018 — the change fails after its audit row was written
    assert AuditEntry.objects.count() == 0


@pytest.mark.django_db
def test_only_what_changed_is_recorded():
    user = get_user_model().objects.create(username="u")
    with transaction.atomic():
        same = audit_changes(actor=None, obj=user, before={"a": 1}, after={"a": 1})
        entry = audit_changes(actor=None, obj=user, before={"a": 1, "b": 2}, after={"a": 1, "b": 3})
    assert same is None
    assert entry.changes == {"b": [2, 3]}
