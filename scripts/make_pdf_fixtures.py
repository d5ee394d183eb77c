"""Writes the PDFs of hanhdong/imports/tests/files/, each from a Word file made here, through
LibreOffice (soffice on PATH; python-docx):

- unruled_table.pdf: a short plan whose key-task table has no ruling (python-docx's plain
  table), with two group rows merged across the table and rows broken across pages;
- heading_tabs.pdf: a program whose headings and bullets put a tab after their number
  ("3-<tab>Về văn hóa"), which a PDF prints as a wide gap;
- hanging_bullets.pdf: Word's own bullets (a Symbol-font dot, the text hanging to its
  right over several lines), and the signature beside the recipients across a page break.

    python scripts/make_pdf_fixtures.py
"""

import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "hanhdong/imports/tests/files"
LONG = "Xây dựng kế hoạch chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả"
GROUPS = {1: "I. LĨNH VỰC KINH TẾ", 9: "II. LĨNH VỰC XÃ HỘI"}
QUARTERS = ["I", "II", "III", "IV"]


def unruled_table() -> docx.Document:
    d = docx.Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(12)
    for text in [
        "ĐẢNG ỦY XÃ THỬ",
        "Số 05-KH/ĐU",
        "KẾ HOẠCH",
        "Thực hiện nhiệm vụ năm 2026",
        "I. MỤC ĐÍCH",
        "- Cụ thể hóa các nhiệm vụ.",
        "II. NHIỆM VỤ",
        "- Phát triển kinh tế.",
        "Nơi nhận:",
        "- Lưu VP.",
        "T/M BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Nguyễn Văn A",
        "PHỤ LỤC",
    ]:
        d.add_paragraph(text)
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]]
    for i in range(1, 17):
        if i in GROUPS:
            rows.append([GROUPS[i]])
        name = f"{LONG} số {i}" if i % 2 else f"Làm đường thôn {i}"
        rows.append([str(i), name, "Ủy ban nhân dân xã", "Các thôn; Hội Phụ nữ xã"])
        rows[-1].append(f"Quý {QUARTERS[i % 4]}/2026")
    table = d.add_table(rows=len(rows), cols=5)
    for cells, row in zip(table.rows, rows, strict=True):
        if len(row) == 1:
            cells.cells[0].merge(cells.cells[4]).text = row[0]
            continue
        for cell, text in zip(cells.cells, row, strict=True):
            cell.text = text
    return d


def heading_tabs() -> docx.Document:
    d = docx.Document()
    for text in [
        "ĐẢNG ỦY XÃ THỬ",
        "Số 01-CTr/ĐU",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "thực hiện Nghị quyết, nhiệm kỳ 2025 - 2030",
        "I-\tMỤC ĐÍCH, YÊU CẦU",
        "1-\tMục đích",
        "-\tThống nhất nhận thức.",
        "2-\tYêu cầu",
        "-\tCụ thể hóa.",
        "II-\tNHIỆM VỤ",
        "1-\tVề kinh tế",
        "-\tPhát triển nông nghiệp.",
        "2-\tVề xã hội",
        "-\tChăm lo đời sống.",
        "3-\tVề văn hóa",
        "-\tXây dựng đời sống văn hóa.",
        "a)\tVề thể thao",
        "+\tPhát triển thể thao.",
        "Nơi nhận:",
        "- Lưu VP.",
        "T/M BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Nguyễn Văn A",
    ]:
        d.add_paragraph(text)
    return d


LONG_ITEM = (
    "Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp, "
    "phấn đấu đến năm 2030 trên địa bàn có 150 doanh nghiệp đang hoạt động hiệu quả"
)


def hanging_bullets() -> docx.Document:
    d = docx.Document()
    for text in [
        "ĐẢNG ỦY XÃ THỬ",
        "Số 02-CTr/ĐU",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "nhiệm kỳ 2025 - 2030",
    ]:
        d.add_paragraph(text)
    d.add_paragraph("I. NHIỆM VỤ")
    for number in range(1, 4):
        d.add_paragraph(f"{number}. Lĩnh vực {number}")
        for _ in range(3):
            d.add_paragraph(f"{LONG_ITEM} ở lĩnh vực {number}.", style="List Bullet")
    d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    for _ in range(14):
        d.add_paragraph(f"{LONG_ITEM}.", style="List Bullet")
    table = d.add_table(rows=1, cols=2)
    recipients = "\n".join(f"- Cơ quan nhận số {n};" for n in range(1, 9))
    table.rows[0].cells[0].text = f"Nơi nhận:\n{recipients}"
    table.rows[0].cells[1].text = "T/M BAN CHẤP HÀNH\nBÍ THƯ\n\n\nNguyễn Văn A"
    return d


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, make in (
            ("unruled_table", unruled_table),
            ("heading_tabs", heading_tabs),
            ("hanging_bullets", hanging_bullets),
        ):
            source = Path(folder) / f"{name}.docx"
            make().save(source)
            subprocess.run(
                ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(source)],
                check=True,
                capture_output=True,
            )


if __name__ == "__main__":
    main()
