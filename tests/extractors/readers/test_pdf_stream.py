"""Tables without ruling lines: rows and columns from the whitespace of the whole table."""
from __future__ import annotations

import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from extractors.model import Heading, Paragraph, Table
from extractors.readers.pdf import read_pdf

# column left edges of the test table and its right edge
XS = [50, 80, 250, 310, 380, 450, 530]
SIZE, LEADING, PAD = 8.0, 9.6, 7.0


def _tables(doc):
    return [b for b in doc.blocks if isinstance(b, Table)]


def _row(c, font, top: float, cells: dict[int, str], xs=XS, right=(), span: dict[int, int] | None = None) -> float:
    """One row without rules from y=top down: cell k holds lines split at "/", set vertically centred in the
    row (as word processors do), figures right-aligned for columns in ``right``. Returns the row's bottom."""
    span = span or {}
    n = max(len(t.split("/")) for t in cells.values())
    height = n * LEADING + 2 * PAD
    c.setFont(font, SIZE)
    for k, text in cells.items():
        parts = text.split("/")
        first = top - PAD - (height - 2 * PAD - len(parts) * LEADING) / 2 - SIZE
        for i, part in enumerate(parts):
            y = first - i * LEADING
            if k in right:
                c.drawRightString(xs[k + span.get(k, 1)] - 4, y, part)
            elif k in span:
                mid = (xs[k] + xs[k + span[k]]) / 2
                c.drawCentredString(mid, y, part)
            else:
                c.drawString(xs[k] + 4, y, part)
    return top - height


HEADER_1 = {0: "Nr./crt.", 1: "Denumirea serviciului social", 2: "Capacitate", 3: "Bugetele estimate pe surse de finanțare (lei)"}
HEADER_2 = {3: "Buget/local", 4: "Buget de/stat", 5: "Alte/surse"}


def _header(c, font, top: float) -> float:
    y = _row(c, font, top, HEADER_1, span={3: 3})
    return _row(c, font, y, HEADER_2)


def _make(path, font) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 11)
    c.drawString(50, 800, "A. Serviciile sociale existente")
    y = _header(c, font, 790)
    y = _row(c, font, y, {0: "Servicii sociale cu cazare"})
    y = _row(c, font, y, {0: "1.", 1: "Centre de îngrijire și/asistență pentru persoane/vârstnice Lunca", 2: "40",
                          3: "1.250", 5: "30"}, right=(2, 3, 4, 5))
    y = _row(c, font, y, {0: "2.", 1: "Locuințe protejate", 2: "12", 3: "300", 4: "75"}, right=(2, 3, 4, 5))
    y = _row(c, font, y, {0: "Servicii de zi"})
    y = _row(c, font, y, {0: "3.", 1: "Centre de zi pentru copii/Lunca", 2: "25", 3: "410", 4: "1.100", 5: "-"},
             right=(2, 3, 4, 5))
    c.showPage()
    # the table goes on at the top of the next page, with a group label first
    y = _row(c, font, 800, {0: "Servicii la domiciliu"})
    y = _row(c, font, y, {0: "4.", 1: "Îngrijire la domiciliu", 2: "60", 3: "2.000", 4: "-", 5: "-"},
             right=(2, 3, 4, 5))
    c.setFont(font, 11)
    c.drawString(50, y - 30, "B. Programul de formare a personalului")
    xs = [50, 90, 300, 400, 500]
    y = _row(c, font, y - 40, {0: "Nr./crt.", 1: "Categoria de personal", 2: "Nr./persoane", 3: "Buget/estimat"}, xs)
    y = _row(c, font, y, {0: "1.", 1: "Asistent social", 2: "4", 3: "4.000 lei"}, xs, right=(2, 3))
    y = _row(c, font, y, {0: "2.", 1: "Îngrijitor", 2: "11", 3: "12.500 lei"}, xs, right=(2, 3))
    c.setFont(font, 11)
    c.drawString(50, y - 30, "C. Subvenții acordate asociațiilor")
    # the header alone at the foot of the page, the rows on the next
    _row(c, font, 80, {0: "Nr./crt.", 1: "Asociația", 2: "Serviciul social", 3: "Suma/acordată"}, xs)
    c.showPage()
    y = _row(c, font, 800, {0: "1.", 1: "Asociația Speranța", 2: "Centru de zi", 3: "92.000 lei"}, xs, right=(3,))
    _row(c, font, y, {0: "2.", 1: "Fundația Lumina", 2: "Cantină socială", 3: "40.500 lei"}, xs, right=(3,))
    c.setFont(font, 10)
    c.drawString(50, 600, "Bugetul total al subvențiilor este de 132.500 lei, aprobat prin hotărârea consiliului local.")
    c.showPage()
    c.save()


def test_ruleless_table_header_groups_wrapped_cells_labels_and_continuation(gen_dir, pdf_font):
    path = gen_dir / "ruleless.pdf"
    _make(path, pdf_font)
    doc = read_pdf(path, "rl")
    first, cont, training, subsidies = _tables(doc)
    assert first.n_cols == 6 and first.page == 1
    g = first.grid(fill_spans=False)
    # header cells wrapped over two lines are one cell; the group header spans its three sub-columns
    assert g[0][:4] == ["Nr. crt.", "Denumirea serviciului social", "Capacitate", "Bugetele estimate pe surse de finanțare (lei)"]
    span = first.rows[0].cells[3]
    assert (span.col, span.col_span) == (3, 3)
    assert g[1] == ["", "", "", "Buget local", "Buget de stat", "Alte surse"]
    assert first.rows[2].cells[0].text == "Servicii sociale cu cazare" and first.rows[2].cells[0].col_span == 6
    # a name wrapped over three lines, set around the row's one-line cells, is one cell of that row
    assert g[3] == ["1.", "Centre de îngrijire și asistență pentru persoane vârstnice Lunca", "40", "1.250", "",
                    "30"]
    assert g[4] == ["2.", "Locuințe protejate", "12", "300", "75", ""]
    assert g[6] == ["3.", "Centre de zi pentru copii Lunca", "25", "410", "1.100", "-"]
    # the next page goes on in the same columns, its group label included
    assert cont.page == 2 and cont.n_cols == 6
    assert cont.grid(fill_spans=False) == [["Servicii la domiciliu", "", "", "", "", ""],
                                           ["4.", "Îngrijire la domiciliu", "60", "2.000", "-", "-"]]
    # the heading between two tables stays a heading; the second table has its own columns
    heads = [b.text for b in doc.blocks if isinstance(b, (Heading, Paragraph))]
    assert "B. Programul de formare a personalului" in heads
    assert training.grid() == [["Nr. crt.", "Categoria de personal", "Nr. persoane", "Buget estimat"],
                               ["1.", "Asistent social", "4", "4.000 lei"],
                               ["2.", "Îngrijitor", "11", "12.500 lei"]]
    # a header left alone at the foot of page 2 heads the rows at the top of page 3
    assert subsidies.pages == [2, 3]
    assert subsidies.grid() == [["Nr. crt.", "Asociația", "Serviciul social", "Suma acordată"],
                                ["1.", "Asociația Speranța", "Centru de zi", "92.000 lei"],
                                ["2.", "Fundația Lumina", "Cantină socială", "40.500 lei"]]
    assert doc.blocks[-1].text.startswith("Bugetul total al subvențiilor")


def test_list_with_markers_is_not_a_table(gen_dir, pdf_font):
    path = gen_dir / "list_markers.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    for k, text in enumerate(["Acord de parteneriat nr. 12/2020 - Fundația Casa Bucuriei;",
                              "Protocol de colaborare nr. 7/2021 - Asociația Seniorilor;",
                              "Convenție nr. 3/2019 - Spitalul Orășenesc;"]):
        c.drawString(50, 780 - 20 * k, f"{k + 1})")
        c.drawString(70, 780 - 20 * k, text)
    c.showPage()
    c.save()
    doc = read_pdf(path, "lm")
    assert not _tables(doc)
    assert [b.kind for b in doc.blocks] == ["list_item"] * 3


def _two_pages(path, font, last_name: str, top_rows: list[tuple[float, dict[int, str]]]) -> None:
    """A ruleless table ending page 1 with a row whose name is ``last_name`` (lines split at "/"; the first row's
    name wraps where the column's text stops), then page 2 with ``top_rows``: (y, {column: text}) lines drawn as
    they are."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 11)
    c.drawString(50, 800, "A. Serviciile sociale existente")
    y = _header(c, font, 790)
    y = _row(c, font, y, {0: "1.", 1: "Centre de îngrijire și asistență pentru/persoane vârstnice Lunca", 2: "12",
                          3: "300", 4: "75"}, right=(2, 3, 4, 5))
    _row(c, font, y, {0: "2.", 1: last_name, 2: "25", 3: "410", 4: "1.100", 5: "-"}, right=(2, 3, 4, 5))
    c.showPage()
    c.setFont(font, SIZE)
    for y, cells in top_rows:
        for k, text in cells.items():
            if k >= 2:
                c.drawRightString(XS[k + 1] - 4, y, text)
            else:
                c.drawString(XS[k] + 4, y, text)
    c.showPage()
    c.save()


def test_name_centred_over_a_row_at_the_top_of_a_page_stays_in_that_row(gen_dir, pdf_font):
    """The table goes on at the top of page 2 with a row whose name wraps over three lines set around the row's
    one-line cells: its first line, at the very top, is that row's, not the end of page 1's last row (whose one-line
    name stops far short of where the column's lines wrap: nothing of it was left for the next page)."""
    path = gen_dir / "ruleless_top_row.pdf"
    _two_pages(path, pdf_font, "Cantină socială Lunca", [
        (800, {1: "Centre de zi pentru orientarea, supravegherea"}),
        (800 - LEADING, {0: "3.", 1: "și sprijinirea reintegrării sociale a copilului", 2: "30", 3: "510", 4: "-"}),
        (800 - 2 * LEADING, {1: "Primăvara"}),
        (800 - 3 * LEADING - 2 * PAD, {0: "4.", 1: "Cantină socială", 2: "40", 3: "120", 4: "-"}),
    ])
    first, cont = _tables(read_pdf(path, "tr"))
    assert first.grid(fill_spans=False)[-1][:2] == ["2.", "Cantină socială Lunca"]
    assert cont.page == 2
    assert cont.grid(fill_spans=False) == [
        ["3.", "Centre de zi pentru orientarea, supravegherea și sprijinirea reintegrării sociale a copilului "
         "Primăvara", "30", "510", "-", ""],
        ["4.", "Cantină socială", "40", "120", "-", ""]]


def test_name_cut_by_the_page_break_goes_on_at_the_top_of_the_next(gen_dir, pdf_font):
    """Page 1's last row ends its name on a full line mid-sentence: the line at the top of page 2, above the next
    row, is the rest of that name (a row of its own here, for the table layer to join to the row it continues)."""
    path = gen_dir / "ruleless_cut_row.pdf"
    _two_pages(path, pdf_font, "Servicii de îngrijire la domiciliu pentru/persoanele vârstnice din comuna Lunca", [
        (800, {1: "și satele aparținătoare"}),
        (800 - LEADING - 2 * PAD, {0: "3.", 1: "Cantină socială", 2: "40", 3: "120", 4: "-"}),
    ])
    first, cont = _tables(read_pdf(path, "cr"))
    assert cont.page == 2
    assert cont.grid(fill_spans=False) == [["", "și satele aparținătoare", "", "", "", ""],
                                           ["3.", "Cantină socială", "40", "120", "-", ""]]


def test_grid_of_column_rules_only_gives_one_row_per_line(gen_dir, pdf_font):
    """A statistical table ruled only between its columns (and above and below its header): each column's figures
    stand in one tall grid cell, one figure a line; the labels are led to their figures by dot leaders. Its rows
    are read from the text, one per line, the leader with its label, a label wrapped over two lines with the figures
    of its second (sub-items indented under their group)."""
    path = gen_dir / "column_rules.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs, top, lead = [50, 210, 290, 370], 760, 8.0
    rows = [("Total", 0, ["1,250.4", "830.1", "420.3"]), ("Violent crime", 0, ["467.9", "69.1", "398.8"]),
            ("Murder and nonnegligent", 6, None), ("manslaughter", 9, ["10.0", "0.9", "9.1"]),
            ("Robbery", 6, ["102.1", "25.5", "76.6"]), ("Arson", 0, ["9.8", "–", "5.5"])]
    c.setFont(pdf_font, 7)
    for k, head in enumerate(["Offense charged", "Total", "Male", "Female"]):
        c.drawString(xs[k] + 3, top - 10, head)
    y = top - 26
    for label, indent, figs in rows:
        c.drawString(xs[0] + 3 + indent, y, label)
        if figs is not None:
            x = xs[0] + 3 + indent + pdfmetrics.stringWidth(label, pdf_font, 7) + 4
            while x < xs[1] - 8:
                c.drawString(x, y, ".")
                x += 4
            for k, f in enumerate(figs):
                c.drawRightString(xs[k + 2] - 4 if k < 2 else xs[3] + 76, y, f)
        y -= lead
    c.setLineWidth(0.5)
    for yy in (top, top - 16, y + 2):
        c.line(xs[0], yy, xs[3] + 80, yy)
    for x in xs[1:]:
        c.line(x, top, x, y + 2)
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "cr"))
    g = [[re.sub(r"(?:\s*\.)+$", "", cell) for cell in row] for row in table.grid(fill_spans=False)]
    assert g[0] == ["Offense charged", "Total", "Male", "Female"]
    assert g[1:] == [["Total", "1,250.4", "830.1", "420.3"], ["Violent crime", "467.9", "69.1", "398.8"],
                     ["Murder and nonnegligent manslaughter", "10.0", "0.9", "9.1"],
                     ["Robbery", "102.1", "25.5", "76.6"], ["Arson", "9.8", "–", "5.5"]]
