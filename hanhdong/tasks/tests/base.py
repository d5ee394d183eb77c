import datetime as dt

from hanhdong.tasks import services
from hanhdong.tasks.models import DocKind, Origin
from hanhdong.test import BaseTestCase

ISSUED = dt.date(2026, 4, 27)  # a Monday (the Hùng Kings' day, observed)


class TasksTestCase(BaseTestCase):
    """The shared personas and a higher body's directive of commune A, with helpers."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.directive = cls.make_directive()

    @classmethod
    def make_directive(cls, **fields):
        fields = {
            "origin": Origin.HIGHER,
            "kind": DocKind.CONCLUSION,
            "number": "30-TB/TU",
            "issued_on": ISSUED,
            "issuer_name": "Ban Thường vụ Thành ủy",
            "title": "Thông báo kết luận về chuyển đổi số",
            **fields,
        }
        return services.directive_create(acting_user=cls.clerk, commune=cls.commune, **fields)

    @classmethod
    def make_task(cls, directive=None, partners=(), **fields):
        fields = {
            "title": "Xây dựng kế hoạch chuyển đổi số năm 2026",
            "lead": cls.agency_a,
            "responsible": "Đồng chí Chủ tịch UBND xã",
            "due_text": "30/06/2026",
            "product": "Kế hoạch được ban hành",
            **fields,
        }
        return services.task_add(
            acting_user=cls.clerk,
            directive=directive or cls.directive,
            partners=list(partners),
            **fields,
        )
