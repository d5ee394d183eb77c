"""Shared test helpers: named personas built once per test class, and small make_* helpers.

Personas (all in city "Hải Phòng" unless said):
  standing   Standing Committee member of commune A
  clerk      Party Office clerk of commune A
  officer_a  officer of agency A (the People's Committee) of commune A
  officer_b  officer of agency B (the Party-building board) of commune A
  inspector  Inspection Committee of commune A
  supervisor People's Council of commune A (reads; records the Council's supervisions)
  city       city viewer of Hải Phòng (communes A and B)
  outsider   clerk of commune C, in another city
  admin      site administrator
"""

from __future__ import annotations

import os
from pathlib import Path

from django.contrib.auth import get_user_model
from django.test import TestCase
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from hanhdong.orgs.models import Membership, Organization, OrgKind, Role
from hanhdong.programs.models import Program
from hanhdong.programs.services import program_load

PASSWORD = "test-password-1"
PERSONAS = (
    "admin",
    "standing",
    "clerk",
    "officer_a",
    "officer_b",
    "inspector",
    "supervisor",
    "city",
    "outsider",
)
REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The project's shared folder (seed documents), beside the checkout."""
    return Path(os.environ.get("HANHDONG_SHARED", REPO_ROOT.parent / "shared"))


def seed_path(name: str) -> Path:
    return shared_dir() / "seeds" / name


def make_org(name, kind, parent=None, **fields) -> Organization:
    org = Organization(name=name, kind=kind, parent=parent, **fields)
    if kind == OrgKind.COMMUNE:
        org.save()
        org.commune = org
    elif parent is not None:
        org.commune = parent.commune
    org.save()
    return org


def make_user(username, *roles, superuser=False):
    user = get_user_model().objects.create_user(
        username,
        password=PASSWORD,
        is_superuser=superuser,
        is_staff=superuser,
        first_name=username.capitalize(),
    )
    for org, role in roles:
        Membership.objects.create(user=user, organization=org, role=role)
    return user


def program_doc(**overrides) -> dict:
    """A small but complete ``hanhdong.program/1`` document."""
    doc = {
        "format": "hanhdong.program/1",
        "issuer": "Ban Chấp hành Đảng bộ xã A",
        "number": "01-CTr/ĐU",
        "title": "Chương trình hành động thử",
        "term": {"start": 2025, "end": 2030},
        "parts": [
            {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU", "items": ["Mục đích một."]},
            {
                "number": "II",
                "title": "NỘI DUNG",
                "children": [
                    {
                        "number": "1",
                        "title": "Xây dựng Đảng",
                        "children": [
                            {"number": "1.1", "title": "Tư tưởng", "items": ["Việc a", "Việc b"]},
                        ],
                    },
                    {"number": "2", "title": "Kinh tế", "items": ["Tăng thu ngân sách"]},
                    {"number": "3", "title": "Văn hóa", "items": []},
                ],
            },
        ],
        "key_tasks": [
            {
                "number": 1,
                "name": "Kết nạp đảng viên mới",
                "lead": "Ban Xây dựng Đảng",
                "partners": "Các chi bộ",
                "start": "Năm 2025",
                "end": "Năm 2030",
                "resources": "Ngân sách xã",
                "sections": ["II.1.1"],
            },
            {
                "number": 2,
                "name": "Chỉ đạo giải ngân vốn đầu tư công",
                "lead": "UBND xã",
                "partners": "Các cơ quan, đơn vị",
                "start": "Hằng năm",
                "end": "Hằng năm",
                "resources": "Ngân sách xã",
                "sections": ["II.2"],
            },
            {
                "number": 3,
                "name": "Bầu cử đại biểu HĐND",
                "lead": "Ủy ban nhân dân xã",
                "partners": "Ban Xây dựng Đảng",
                "start": "Quý III/2025",
                "end": "Quý I/2026",
                "resources": "",
                "sections": ["II.3"],
            },
            {
                "number": 4,
                "name": "Sáp nhập thôn",
                "lead": "Ủy ban nhân dân xã",
                "partners": "",
                "start": "Theo chỉ đạo của thành phố",
                "end": "",
                "resources": "",
                "sections": [],
            },
        ],
        "targets": [
            {
                "where": "appendix:2",
                "indicator": "tỷ lệ giải ngân",
                "value": 100,
                "unit": "%",
                "comparison": ">=",
                "year": None,
                "recurrence": "annual",
            },
            {
                "where": "II.2",
                "indicator": "doanh nghiệp",
                "value": 120,
                "unit": "doanh nghiệp",
                "comparison": ">=",
                "year": 2030,
                "recurrence": None,
            },
        ],
    }
    doc.update(overrides)
    return doc


def make_program(commune, **overrides) -> Program:
    return program_load(acting_user=None, commune=commune, data=program_doc(**overrides))


class BaseTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.hp = make_org("Thành phố Hải Phòng", OrgKind.CITY, code="hp")
        cls.commune = make_org("Xã A", OrgKind.COMMUNE, cls.hp, code="hp-a")
        cls.commune_b = make_org("Xã B", OrgKind.COMMUNE, cls.hp, code="hp-b")
        cls.other_city = make_org("Tỉnh Khác", OrgKind.CITY, code="tk")
        cls.commune_c = make_org("Xã C", OrgKind.COMMUNE, cls.other_city, code="tk-c")
        c = cls.commune
        cls.party = make_org("Đảng ủy xã A", OrgKind.PARTY_COMMITTEE, c)
        cls.btv = make_org("Ban Thường vụ Đảng ủy", OrgKind.STANDING_COMMITTEE, cls.party)
        cls.office = make_org("Văn phòng Đảng ủy", OrgKind.PARTY_OFFICE, cls.party)
        cls.agency_b = make_org(
            "Ban Xây dựng Đảng", OrgKind.PARTY_BOARD, cls.party, aliases="Ban XDĐ"
        )
        cls.ubkt = make_org("Ủy ban Kiểm tra Đảng ủy", OrgKind.INSPECTION_COMMITTEE, cls.party)
        cls.hdnd = make_org("Hội đồng nhân dân xã", OrgKind.PEOPLES_COUNCIL, c)
        cls.agency_a = make_org(
            "Ủy ban nhân dân xã", OrgKind.PEOPLES_COMMITTEE, c, short_name="UBND xã"
        )
        cls.office_c = make_org("Văn phòng Đảng ủy", OrgKind.PARTY_OFFICE, cls.commune_c)
        cls.standing = make_user("standing", (cls.btv, Role.STANDING))
        cls.clerk = make_user("clerk", (cls.office, Role.CLERK))
        cls.officer_a = make_user("officer_a", (cls.agency_a, Role.OFFICER))
        cls.officer_b = make_user("officer_b", (cls.agency_b, Role.OFFICER))
        cls.inspector = make_user("inspector", (cls.ubkt, Role.INSPECTOR))
        cls.supervisor = make_user("supervisor", (cls.hdnd, Role.SUPERVISOR))
        cls.city = make_user("city", (cls.hp, Role.CITY_VIEWER))
        cls.outsider = make_user("outsider", (cls.office_c, Role.CLERK))
        cls.admin = make_user("admin", superuser=True)
        cls.program = make_program(c)
        cls.tasks = {t.number: t for t in cls.program.key_tasks.all()}

    def login(self, user):
        """Log ``user`` in; a site administrator, who must give a second factor, as having
        given it (the second factor's own tests go through its pages)."""
        self.client.force_login(user)
        if user.is_superuser:
            device, _created = TOTPDevice.objects.get_or_create(
                user=user, confirmed=True, defaults={"name": "test"}
            )
            session = self.client.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()
