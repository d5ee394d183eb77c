"""The API keeps its own contract: schemathesis generates requests from the OpenAPI document
— valid ones and malformed ones — for every operation, sends them to the app in-process
with a Party Office clerk's token, and checks every answer: no server error, a status the
document describes, a body that matches the document's schema. Bounded in count, and so in
time; the same requests each run, so a failure can be replayed (unless more are asked for,
at random: HANHDONG_API_EXAMPLES)."""

import os

import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings

from hanhdong.orgs.models import Role
from hanhdong.orgs.services import api_token_create
from hanhdong.reports.services import calendar_setup
from hanhdong.tasks import services as task_services
from hanhdong.test import BaseTestCase, make_user

# per operation: 30 in every run (some 8 s for the whole API here); more, and at random,
# with HANHDONG_API_EXAMPLES=500
EXAMPLES = int(os.environ.get("HANHDONG_API_EXAMPLES", "0"))


class ApiContractTest(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        calendar_setup(acting_user=None, program=cls.program, quarterly=True)
        # an assigned task, so that its operations answer more than "not found"
        directive = task_services.directive_create(
            acting_user=None, commune=cls.commune, origin="higher", kind="TB", title="TB"
        )
        task_services.task_add(
            acting_user=None,
            directive=directive,
            title="Rà soát",
            lead=cls.agency_a,
            responsible="Chủ tịch",
            due_text="Năm 2030",
            product="Báo cáo",
        )
        task_services.directive_issue(acting_user=None, directive=directive)
        clerk = make_user("contract", (cls.office, Role.CLERK))
        _token, cls.key = api_token_create(acting_user=None, user=clerk, name="contract")

    def setUp(self):
        # as Django's test client does: the requests run inside this test's transaction, so
        # the end of one must not close the database connection
        for signal in (request_started, request_finished):
            signal.disconnect(close_old_connections)
            self.addCleanup(signal.connect, close_old_connections)

    def test_every_operation_keeps_the_contract(self):
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
        headers = {"Authorization": f"Bearer {self.key}"}
        operations = [result.ok() for result in schema.get_all_operations()]
        self.assertGreaterEqual(len(operations), 11)
        self.cases = 0
        for operation in operations:

            @given(case=operation.as_strategy())
            @settings(
                max_examples=EXAMPLES or 30,
                deadline=None,
                derandomize=not EXAMPLES,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def keeps_it(case):
                self.cases += 1
                case.call_and_validate(headers=headers)

            with self.subTest(operation=operation.label):
                keeps_it()
        print(f"\nschemathesis: {self.cases} requests over {len(operations)} operations")
