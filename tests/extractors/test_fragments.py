"""Tables printed as fragments become one logical table (issue 16 item 4), and the model carries what table repair
found (issue 15 item 3): header/section flags on cells, one provenance item per fragment.

Every fixture is written here for the purpose: a DOCX with python-docx (one w:tbl per row, the header repeated; a
header over two rows with merged cells), text exports (the header line repeated before each row, in tab rows and
one cell per line; cells holding ``<p>`` markup) and a PDF with the variants' reportlab writer (a grid per row).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extractors.model import Table
from extractors.readers import read_document
from extractors.readers.text import parse_text
from extractors.tables import body_flags, repair_tables
from extractors.understanding.build import understand

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "variants"))
import make_variants as mv  # noqa: E402

HEADER = ["Nr. crt.", "Denumirea serviciului social", "Cod serviciu", "Capacitate", "Buget local (lei)"]
ROWS = [["1.", "Centrul de zi Speranța", "8891 CZ-C-II", "30", "120.000"],
        ["2.", "Cantina socială", "8899 CZ-PN-III", "100", "250.000"],
        ["3.", "Îngrijire la domiciliu", "8810 ID-I", "45", "90.000"]]
NAMES = [r[1] for r in ROWS]


def _services(path: Path):
    u = understand(read_document(path, "x"))
    tables = [t for t in u.tables if t.kind.startswith("services")]
    assert len(tables) == 1, [t.kind for t in u.tables]
    return tables[0]


def _fragments_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("A. Serviciile sociale existente", level=2)
    for row in ROWS:
        t = d.add_table(rows=2, cols=len(HEADER))
        for c, text in enumerate(HEADER):
            t.cell(0, c).text = text
        for c, text in enumerate(row):
            t.cell(1, c).text = text
        t.cell(1, 1).add_paragraph("(str. Libertății nr. 3)")  # a cell of two paragraphs
    d.add_paragraph("Text după tabel.")
    d.save(str(path))
    return path


def test_docx_one_table_per_row_under_a_repeated_header_is_one_table_with_a_part_per_fragment(tmp_path):
    t = _services(_fragments_docx(tmp_path / "frag.docx"))
    assert [r.cells[1] for r in t.rows] == [f"{n} (str. Libertății nr. 3)" for n in NAMES]
    assert t.columns == HEADER
    parts = t.table.prov
    assert len(parts) == 3 and [p.rows for p in parts] == [(0, 2), (2, 4), (4, 6)]
    # every logical row traces to the fragment it was printed in: its line lies in that fragment's rows
    lines = [p.line for p in parts]
    assert all(a < b for a, b in zip(lines, lines[1:]))
    for row, part, nxt in zip(t.rows, parts, lines[1:] + [10 ** 6]):
        assert part.line < row.line < nxt


def test_text_export_with_the_header_line_repeated_and_paragraph_markup_in_cells(tmp_path):
    text = "A. Serviciile sociale existente\n\n" + "".join(
        "\t".join(HEADER) + "\n" + "\t".join([r[0], f"<p>{r[1]}</p><p>(str. Mare 3)</p>"] + r[2:]) + "\n\n"
        for r in ROWS) + "Text după tabel.\n"
    path = tmp_path / "frag.txt"
    path.write_text(text, encoding="utf-8")
    t = _services(path)
    # two paragraphs of a cell stay two words apart, not glued ("Speranța(str.")
    assert [r.cells[1] for r in t.rows] == [f"{n} (str. Mare 3)" for n in NAMES]
    assert [r.line for r in t.rows] == [4, 7, 10]
    assert [(p.line, p.rows) for p in t.table.prov] == [(3, (0, 2)), (6, (2, 4)), (9, (4, 6))]


def test_one_cell_per_line_export_with_the_header_repeated_keeps_the_table_width(tmp_path):
    lines = ["A. Serviciile sociale existente", ""]
    for r in ROWS:
        for row in (HEADER, r):
            lines += ["\t" + c for c in row] + [""]
        lines.append("")
    path = tmp_path / "cells.txt"
    path.write_text("\n".join(lines) + "\nText după tabel.\n", encoding="utf-8")
    t = _services(path)
    assert t.table.n_cols == len(HEADER)
    assert [r.cells for r in t.rows] == ROWS
    assert len(t.table.prov) == 3


@pytest.mark.skipif(not mv.pdf_available(), reason="reportlab or the fonts are missing")
def test_pdf_a_grid_per_row_under_a_repeated_header_is_one_table(tmp_path):
    path = tmp_path / "frag.pdf"
    mv.write_pdf([mv.h("A. Serviciile sociale existente")] + [mv.table([HEADER, r]) for r in ROWS]
                 + [mv.p("Text după tabel.")], path)
    t = _services(path)
    assert [r.cells for r in t.rows] == ROWS
    assert [p.page for p in t.table.prov] == [1, 1, 1] and len({p.line for p in t.table.prov}) == 3
    assert [p.rows for p in t.table.prov] == [(0, 2), (2, 4), (4, 6)]


# a header over two rows (cells merged down, a budget label merged across), a group heading in the name column
MERGED_HEADER = [["Nr.", "Denumire serviciu", "Cod serviciu", "Bugetul estimat (lei)", mv.LEFT],
                 [mv.UP, mv.UP, mv.UP, "Buget local", "Buget de stat"]]
GROUPED = [["", "Servicii sociale cu cazare", "", "", ""],
           ["1.", "Centrul rezidențial Iris", "8790 CR-D-I", "100.000", "50.000"],
           ["2.", "Locuința protejată Mara", "8790 CR-D-VII", "80.000", "-"]]


def _merged_docx(path: Path, fragments: bool) -> Path:
    tables = [MERGED_HEADER + [r] for r in GROUPED] if fragments else [MERGED_HEADER + GROUPED]
    mv.write_docx([mv.h("A. Serviciile sociale existente")] + [mv.table(t, header_rows=2) for t in tables], path)
    return path


@pytest.mark.parametrize("fragments", [False, True], ids=["whole", "fragments"])
def test_merged_two_row_header_ends_before_a_group_heading_and_its_repeats_are_dropped(tmp_path, fragments):
    t = _services(_merged_docx(tmp_path / f"merged_{fragments}.docx", fragments))
    assert t.columns == ["Nr.", "Denumire serviciu", "Cod serviciu", "Bugetul estimat (lei) / Buget local",
                         "Bugetul estimat (lei) / Buget de stat"]
    named = [r for r in t.rows if r.cells[0]]
    assert [r.cells[1] for r in named] == ["Centrul rezidențial Iris", "Locuința protejată Mara"]
    assert not any(r.cells[0] == "Nr." for r in t.rows)  # no header printed again survives as a row
    assert len(t.table.prov) == (3 if fragments else 1)


def test_table_repair_flags_header_cells_row_numbers_and_group_headings():
    text = ("Nr. crt.\tDenumire\tCapacitate\tBuget\n"
            "Centre de zi\t\t\t\n"
            "1.\tCentrul A\t10\t100\n"
            "Nr. crt.\tDenumire\tCapacitate\tBuget\n"
            "2.\tCentrul B\t20\t200\n")
    repaired = repair_tables(parse_text(text))
    (rt,) = repaired.tables
    rows = rt.table.rows
    assert rt.table.header_rows() == 1 and len(rt.header_rows) == 1
    assert all(c.column_header for c in rows[0].cells) and rows[0].column_header
    assert rows[1].row_section and not rows[1].column_header
    assert [c.row_header for c in rows[2].cells] == [True, False, False, False]
    assert rows[3].column_header  # the header printed again over the second fragment
    assert body_flags(rt) == ["section", "", "header", ""]
    # the reader's document is left as read: flags are set on table repair's copy only
    reader_table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert not any(c.column_header for r in reader_table.rows for c in r.cells)


def test_flags_are_what_logical_rows_read():
    text = ("Nr. crt.\tDenumire\tCapacitate\tBuget\n"
            "Centre de zi\t\t\t\n"
            "1.\tCentrul A\t10\t100\n"
            "Nr. crt.\tDenumire\tCapacitate\tBuget\n"
            "2.\tCentrul B\t20\t200\n")
    u = understand(read_document_from_text(text))
    (t,) = u.tables
    assert [r.cells[1] for r in t.rows] == ["Centrul A", "Centrul B"]
    assert [r.category for r in t.rows] == ["Centre de zi", "Centre de zi"]
    assert "repeated_header_dropped" in t.warnings


def read_document_from_text(text: str):
    from extractors.model import Document

    return Document(source_path="x.txt", doc_id="x", format="txt", blocks=parse_text(text))


def _pieces_docx(path: Path, between: str) -> Path:
    """One numbered table the source cut after each row, the last cell's second paragraph printed between the
    pieces (as the corpus mayor's report's DOCX does with its structure tables)."""
    import docx

    d = docx.Document()
    d.add_paragraph("Structura instituțională")
    head = ["Nr. crt.", "Serviciu", "Număr salariați", "Principalele atribuții"]
    rows = [["1.", "Serviciul A", "18", "Înregistrează cererile."], ["2.", "Serviciul B", "6", "Redactează deciziile."]]
    for k, row in enumerate(rows):
        t = d.add_table(rows=2 if k == 0 else 1, cols=4)
        for r, cells in enumerate(([head] if k == 0 else []) + [row]):
            for c, text in enumerate(cells):
                t.cell(r, c).text = text
        if k == 0:
            d.add_paragraph(between)
    d.add_paragraph("Date statistice privind activitatea desfășurată")
    d.save(str(path))
    return path


def test_a_cells_paragraph_printed_between_two_pieces_of_a_numbered_table_goes_back_into_the_cell(tmp_path):
    doc = read_document(_pieces_docx(tmp_path / "pieces.docx", "Efectuează evaluarea complexă a adultului."), "x")
    u = understand(doc)
    (t,) = u.tables
    assert [r.cells for r in t.rows] == [
        ["1.", "Serviciul A", "18", "Înregistrează cererile. Efectuează evaluarea complexă a adultului."],
        ["2.", "Serviciul B", "6", "Redactează deciziile."]]
    assert not any(b.text.startswith("Efectuează") for b in u.blocks if not isinstance(b, Table))
    assert len(t.table.prov) == 2


def test_a_footnote_between_two_pieces_of_a_table_stays_text(tmp_path):
    doc = read_document(_pieces_docx(tmp_path / "footnote.docx", "* Date provizorii."), "x")
    u = understand(doc)
    (t,) = u.tables
    assert t.rows[0].cells[3] == "Înregistrează cererile."
    assert any("Date provizorii." in b.text for b in u.blocks if not isinstance(b, Table))


@pytest.mark.parametrize("fragments", [False, True], ids=["whole", "fragments"])
def test_group_heading_under_a_merged_header_names_the_rows_category(tmp_path, fragments):
    t = _services(_merged_docx(tmp_path / f"grouped_{fragments}.docx", fragments))
    assert [(r.cells[0], r.category) for r in t.rows] == [("1.", "Servicii sociale cu cazare"),
                                                          ("2.", "Servicii sociale cu cazare")]
    section = next(r for r in t.table.rows if any("cu cazare" in c.text for c in r.cells))
    assert section.row_section and not section.column_header


def test_a_group_heading_further_down_in_the_name_column_starts_a_new_category(tmp_path):
    rows = [["", "Servicii sociale cu cazare", "", "", ""],
            ["1.", "Centrul rezidențial Iris", "8790 CR-D-I", "100.000", "50.000"],
            ["2.", "Locuința protejată Mara", "8790 CR-D-VII", "80.000", "-"],
            ["", "Centre de zi", "", "", ""],
            ["3.", "Centrul de zi Speranța", "8891 CZ-C-II", "60.000", "-"],
            ["4.", "Centrul de zi Lumina", "8891 CZ-C-III", "40.000", "-"]]
    path = tmp_path / "groups.docx"
    mv.write_docx([mv.h("A. Serviciile sociale existente"), mv.table(MERGED_HEADER + rows, header_rows=2)], path)
    t = _services(path)
    assert [(r.cells[0], r.category) for r in t.rows] == [
        ("1.", "Servicii sociale cu cazare"), ("2.", "Servicii sociale cu cazare"),
        ("3.", "Centre de zi"), ("4.", "Centre de zi")]


def test_a_value_wrapped_onto_a_row_of_its_own_in_a_later_column_continues_its_row():
    text = ("Nr. crt.\tActivitatea\tPerioada\tOrganizator\n"
            "1.\tZiua persoanelor vârstnice\t01.10.2024\tCentrul de zi pentru persoane\n"
            "\t\t\tVârstnice SPERANȚA\n"
            "2.\tCampanie de informare\t15.11.2024\tDirecția de Asistență Socială\n"
            "3.\tTabără de vară\t01.07.2024\tAsociația Prietenii\n")
    (rt,) = repair_tables(parse_text(text)).tables
    assert body_flags(rt) == ["", "", "", ""]


def test_each_row_is_compared_with_the_header_once_when_flagging(monkeypatch):
    # whether a row repeats the header is asked once per row and header row, not again for the body, for the row
    # itself and as the row after the one before
    import extractors.tables.common as common

    n_rows = 40
    lines = ["Nr. crt.\tDenumire\tCapacitate\tBuget"] + [f"{k}.\tCentrul {k}\t{10 + k}\t{100 * k}"
                                                        for k in range(1, n_rows + 1)]
    lines.insert(21, lines[0])  # the header printed again over the second half
    compared = []
    ratio = common.fuzz.ratio

    class CountingFuzz:
        @staticmethod
        def ratio(a, b):
            compared.append((a, b))
            return ratio(a, b)

    monkeypatch.setattr(common, "fuzz", CountingFuzz)
    repaired = repair_tables(parse_text("\n".join(lines) + "\n"))
    (rt,) = repaired.tables
    assert body_flags(rt).count("header") == 1
    grid_rows = n_rows + 2
    # flagging: each row against the header as printed and as filled (2 rows); the rows' own reading compares
    # its body rows again (logical rows), once each
    assert len(compared) <= 3 * grid_rows
