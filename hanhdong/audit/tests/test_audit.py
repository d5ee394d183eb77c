import pytest
from django.db import transaction

from hanhdong.audit.models import AuditAction, AuditEntry
from hanhdong.audit.services import audit_record
from hanhdong.orgs.models import OrgKind
from hanhdong.orgs.services import organization_create


@pytest.mark.django_db(transaction=True)
def test_it_refuses_to_write_outside_a_transaction():
    with transaction.atomic():
        city = organization_create(acting_user=None, kind=OrgKind.CITY, name="TP", code="tp")
    with pytest.raises(RuntimeError):
        audit_record(actor=None, obj=city, action=AuditAction.UPDATE)


@pytest.mark.django_db(transaction=True)
def test_a_change_that_fails_leaves_no_audit_row():
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        organization_create(acting_user=None, kind=OrgKind.CITY, name="TP", code="tp")
        1 / 0  # noqa: B018 — the change fails after its audit row was written
    assert AuditEntry.objects.count() == 0
