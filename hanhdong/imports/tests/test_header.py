"""The header and the signature of other bodies' documents: Party and State layouts, from a
commune to a ministry."""

import textwrap

import pytest
from django.utils import translation

from hanhdong.imports.parse.document import parse
from hanhdong.imports.parse.lines import from_text

BODY = """\

KẾ HOẠCH
Thực hiện nhiệm vụ năm 2026

I. MỤC ĐÍCH

1. Cụ thể hóa các nhiệm vụ.

Nơi nhận:
- Lưu: VT.

{sign}
Nguyễn Văn An
"""


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def read(header: str, sign: str = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH") -> dict:
    text = textwrap.dedent(header) + BODY.format(sign=sign)
    return parse(from_text(text), source="t").data


@pytest.mark.parametrize(
    ("header", "sign", "issuer", "number", "on_behalf_of", "role"),
    [
        (
            "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 123/KH-BNNMT\n",
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG",
            "Bộ Nông nghiệp và Môi trường",
            "123/KH-BNNMT",
            "KT. Bộ trưởng",
            "Thứ trưởng",
        ),
        (
            "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSỐ: 617/KH-UBND\n",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Ủy ban nhân dân tỉnh Hà Tĩnh",
            "617/KH-UBND",
            "TM. Ủy ban nhân dân",
            "Phó Chủ tịch",
        ),
        (
            "UBND TỈNH NGHỆ AN\nSỞ NỘI VỤ\nSố: 45/KH-SNV\n",
            "GIÁM ĐỐC",
            "Sở Nội vụ",
            "45/KH-SNV",
            None,
            None,
        ),
        (
            "ĐẢNG BỘ TỈNH NINH BÌNH\nHUYỆN ỦY KIM SƠN\n*\nSố 12-KH/HU\n",
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ",
            "Ban Thường vụ Huyện ủy Kim Sơn",
            "12-KH/HU",
            "T/M Ban Thường vụ",
            "Phó Bí thư",
        ),
        (
            "ĐẢNG BỘ TỈNH ĐẮK LẮK\nĐẢNG ỦY XÃ EA KAO\n*\nSố 03-KH/ĐU\n",
            "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG",
            "Ban Thường vụ Đảng ủy xã Ea Kao",
            "03-KH/ĐU",
            "T/L Ban Thường vụ",
            "Chánh Văn phòng",
        ),
        (
            "ĐẢNG BỘ TỈNH GIA LAI\nTỈNH ỦY\n*\nSố 09-CT/TU\n",
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC",
            "Ban Thường vụ Tỉnh ủy Gia Lai",
            "09-CT/TU",
            "T/M Ban Thường vụ",
            "Phó Bí thư Thường trực",
        ),
    ],
)
def test_it_names_the_issuer_the_number_and_the_signer(
    header, sign, issuer, number, on_behalf_of, role
):
    data = read(header, sign)
    assert (data["issuer"], data["number"]) == (issuer, number)
    if on_behalf_of:
        assert (data["signed_by"]["on_behalf_of"], data["signed_by"]["role"]) == (
            on_behalf_of,
            role,
        )


def test_a_date_in_the_title_is_no_year_of_the_plan():
    from hanhdong.imports.parse.header import term

    title = "Kế hoạch thực hiện Chỉ thị số 19/CT-TTg ngày 12 tháng 8 năm 2025 của Thủ tướng"
    assert term(title, "") is None  # no span stated: the importer proposes one
    assert term("Kế hoạch phát triển nhà ở năm 2026", "") == (2026, 2026)


def test_a_title_over_line_breaks_ends_with_the_plans_own_stage():
    """A Word title broken by manual line breaks is one title; of the spans it names, the
    last is the plan's own (the term before it is the resolution's it carries out)."""
    from hanhdong.imports.parse.header import term, title
    from hanhdong.imports.parse.lines import Line

    preamble = [
        Line("KẾ HOẠCH", 1, blank_before=True),
        Line("Thực hiện Chương trình hành động số 04-CTr/ĐU của Ban Chấp hành", 2, True),
        Line("Đảng bộ phường thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường,", 2),
        Line("nhiệm kỳ 2025 - 2030, giai đoạn 2026 - 2030", 2),
        Line(
            "Thực hiện Chương trình hành động số 04-CTr/ĐU, Ủy ban nhân dân phường ban hành.",
            3,
            True,
        ),
    ]
    found = title(preamble, "")
    assert found.endswith("nhiệm kỳ 2025 - 2030, giai đoạn 2026 - 2030")
    assert term(found, "") == (2026, 2030)
