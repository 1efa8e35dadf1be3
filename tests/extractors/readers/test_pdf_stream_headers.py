"""Ruleless tables whose header is set from the top of its row, as a grid's two header rows would be: tall cells
wrapped over many lines in narrow columns beside a group cell ("Bugetul estimat (lei)") whose sub-columns start on
the group cell's next line, their lines beside the tall cells' wrapped lines (the families' borderless rendering)."""
from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import Table
from extractors.readers.pdf import read_pdf

SIZE, LEADING, ROW_GAP = 7.5, 9.0, 9.0

XS = [50, 75, 200, 265, 315, 380, 445, 510]
TALL = {0: "Nr.", 1: "Denumirea serviciului social", 2: "Capacitatea|serviciului|(locuri)", 3: "Grad de|ocupare|(%)"}
GROUP = "Bugetul estimat (lei)"
SUBS = {4: "Buget|local", 5: "Buget de|stat", 6: "Alte|surse"}
HEADER_ROW = ["Nr.", "Denumirea serviciului social", "Capacitatea serviciului (locuri)", "Grad de ocupare (%)", GROUP, GROUP,
              GROUP]
SUB_ROW = ["", "", "", "", "Buget local", "Buget de stat", "Alte surse"]


def _lines(c, font, top: float, xs: list[float], cells: dict[int, str], right=(), first_line: int = 0) -> int:
    """Each cell's lines (split at "|") from line ``first_line`` of a row starting at y=top; figures right-aligned
    in the columns ``right``. Returns the number of lines the row takes."""
    c.setFont(font, SIZE)
    n = 0
    for k, text in cells.items():
        parts = text.split("|")
        for i, part in enumerate(parts):
            y = top - SIZE - (first_line + i) * LEADING
            if k in right:
                c.drawRightString(xs[k + 1] - 4, y, part)
            else:
                c.drawString(xs[k] + 3, y, part)
        n = max(n, first_line + len(parts))
    return n


def _header(c, font, top: float, group: str = GROUP) -> float:
    """The two header rows set from the top: the tall cells and the group cell on the first line, the group's
    sub-columns from the second line on. Returns where the next row starts."""
    n = _lines(c, font, top, XS, TALL)
    c.drawString(XS[4] + 3, top - SIZE, group)
    n = max(n, _lines(c, font, top, XS, SUBS, first_line=1))
    return top - n * LEADING - ROW_GAP


def _row(c, font, top: float, cells: dict[int, str]) -> float:
    return top - _lines(c, font, top, XS, cells, right=(2, 3, 4, 5, 6)) * LEADING - ROW_GAP


def _tables(doc) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def test_header_set_from_the_top_gives_a_grids_two_header_rows(gen_dir, pdf_font):
    """The tall cells' lines are one cell each, the group cell spans its sub-columns, the sub-columns (set beside
    the tall cells' wrapped lines) are the second header row."""
    path = gen_dir / "top_header_levels.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = _header(c, pdf_font, 790)
    y = _row(c, pdf_font, y, {0: "1.", 1: "Centru de zi|Lunca", 2: "40", 3: "72,5", 4: "1.250", 5: "300", 6: "-"})
    _row(c, pdf_font, y, {0: "2.", 1: "Cantină socială", 2: "25", 3: "90,0", 4: "410", 6: "12"})
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "levels"))
    g = table.grid()
    assert g[0] == HEADER_ROW
    assert g[1] == SUB_ROW
    assert g[2] == ["1.", "Centru de zi Lunca", "40", "72,5", "1.250", "300", "-"]
    assert g[3] == ["2.", "Cantină socială", "25", "90,0", "410", "", "12"]
    assert len(g) == 4


def test_group_label_printed_as_a_fragment_of_its_own_is_its_row(gen_dir, pdf_font):
    """Tables printed one row each under a repeated header: the fragment whose one row is a group label keeps it
    (it was read as a paragraph between two tables, and the services under it lost their category)."""
    path = gen_dir / "label_fragment.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = _header(c, pdf_font, 790)
    y = top = _row(c, pdf_font, y, {1: "Servicii sociale cu|cazare"})
    y = _header(c, pdf_font, y - ROW_GAP)
    _row(c, pdf_font, y, {0: "1.", 1: "Centru rezidențial", 2: "40", 3: "72,5", 4: "1.250", 5: "300", 6: "-"})
    c.showPage()
    c.save()
    doc = read_pdf(path, "label")
    assert "Servicii sociale cu cazare" not in [getattr(b, "text", "") for b in doc.blocks]
    first, second = _tables(doc)
    assert first.grid() == [HEADER_ROW, SUB_ROW, ["", "Servicii sociale cu cazare", "", "", "", "", ""]]
    assert second.grid()[2][:3] == ["1.", "Centru rezidențial", "40"]
    assert top > 0


def test_header_left_at_the_page_foot_joins_the_next_page_with_both_rows(gen_dir, pdf_font):
    """The header ends page 1 (its code cell's last line "15)", the end of "867/2015)" broken for lack of room, in
    the third column is no row number); the body starts page 2: one table, the two header rows over its rows."""
    path = gen_dir / "header_levels_foot.pdf"
    tall = dict(TALL)
    tall[2] = "Cod|serviciu|(HG nr.|867/20|15)"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "A. Serviciile sociale existente la nivel local")
    n = _lines(c, pdf_font, 160, XS, tall)
    c.drawString(XS[4] + 3, 160 - SIZE, GROUP)
    assert max(n, _lines(c, pdf_font, 160, XS, SUBS, first_line=1)) * LEADING < 100
    c.showPage()
    y = _row(c, pdf_font, 800, {0: "1.", 1: "Centru de zi|Lunca", 2: "40", 3: "72,5", 4: "1.250", 5: "300", 6: "-"})
    _row(c, pdf_font, y, {0: "2.", 1: "Cantină socială", 2: "25", 3: "90,0", 4: "410", 6: "12"})
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "foot"))
    g = table.grid()
    assert g[0][:2] == ["Nr.", "Denumirea serviciului social"] and g[0][3:] == ["Grad de ocupare (%)"] + [GROUP] * 3
    assert g[0][2].startswith("Cod serviciu (HG nr. 867/20")
    assert g[1] == SUB_ROW
    assert g[2] == ["1.", "Centru de zi Lunca", "40", "72,5", "1.250", "300", "-"]
    assert len(g) == 4


def test_one_row_header_wrapped_over_lines_with_a_label_fragment(gen_dir, pdf_font):
    """The same without a group cell: a header of one row wrapped over three lines (one line of cells alone does
    not make a table) and a label under it are a table of their own."""
    path = gen_dir / "label_fragment_one_row.pdf"
    head = {**TALL, **SUBS}
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790 - _lines(c, pdf_font, 790, XS, head) * LEADING - ROW_GAP
    y = _row(c, pdf_font, y, {1: "Servicii sociale cu cazare"}) - ROW_GAP
    y = y - _lines(c, pdf_font, y, XS, head) * LEADING - ROW_GAP
    _row(c, pdf_font, y, {0: "1.", 1: "Centru rezidențial", 2: "40", 3: "72,5", 4: "1.250", 5: "300", 6: "-"})
    c.showPage()
    c.save()
    doc = read_pdf(path, "label1")
    first, second = _tables(doc)
    assert first.grid() == [["Nr.", "Denumirea serviciului social", "Capacitatea serviciului (locuri)",
                             "Grad de ocupare (%)", "Buget local", "Buget de stat", "Alte surse"],
                            ["", "Servicii sociale cu cazare", "", "", "", "", ""]]
    assert second.grid()[1][:3] == ["1.", "Centru rezidențial", "40"]


def test_header_three_rows_deep_stays_one_table(gen_dir, pdf_font):
    """A group cell over "Surse publice" and "Surse private", the latter over two sub-columns of its own set an
    empty line lower (a row of its own): the three header rows and the body are one table."""
    path = gen_dir / "three_header_rows.pdf"
    xs = [50, 75, 200, 265, 330, 395, 460]
    group = "Bugetele estimate pe surse de finanțare"
    c = canvas.Canvas(str(path), pagesize=A4)
    n = _lines(c, pdf_font, 790, xs, {0: "Nr.", 1: "Denumirea serviciului", 2: "Capacitatea|serviciului|(locuri)"})
    c.drawString(xs[3] + 3, 790 - SIZE, group)
    n = max(n, _lines(c, pdf_font, 790, xs, {3: "Surse|publice", 4: "Surse private de finanțare"}, first_line=1))
    y = 790 - n * LEADING - ROW_GAP
    y -= _lines(c, pdf_font, y, xs, {3: "Buget|județean", 4: "Contribuția|beneficiarilor", 5: "Alte|surse"}) * LEADING
    y -= ROW_GAP
    y -= _lines(c, pdf_font, y, xs, {0: "1.", 1: "Centru de zi|Lunca", 2: "40", 3: "1.250", 4: "300", 5: "-"},
                right=(2, 3, 4, 5)) * LEADING + ROW_GAP
    _lines(c, pdf_font, y, xs, {0: "2.", 1: "Cantină socială", 2: "25", 3: "410", 5: "12"}, right=(2, 3, 4, 5))
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "deep"))
    g = table.grid()
    assert g[0] == ["Nr.", "Denumirea serviciului", "Capacitatea serviciului (locuri)", group, group, group]
    assert g[1][3:] == ["Surse publice", "Surse private de finanțare", "Surse private de finanțare"]
    assert g[2][3:] == ["Buget județean", "Contribuția beneficiarilor", "Alte surse"]
    assert g[3] == ["1.", "Centru de zi Lunca", "40", "1.250", "300", "-"]
    assert len(g) == 5


def test_prose_at_the_top_of_the_next_page_is_no_part_of_the_table(gen_dir, pdf_font):
    """A table ends page 1; page 2 starts with a justified paragraph (its words set apart, a line of many
    "cells"): text, not a header row of the table going on."""
    path = gen_dir / "prose_after_table.pdf"
    xs = [50, 80, 250, 330, 420]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790 - _lines(c, pdf_font, 790, xs, {0: "Nr.", 1: "Categoria", 2: "Instruire", 3: "Perfecționare"}) * LEADING
    for k in range(1, 4):
        y -= ROW_GAP + _lines(c, pdf_font, y - ROW_GAP, xs, {0: f"{k}.", 1: "Lucrător social", 2: str(20 + k),
                                                               3: str(k)}, right=(2, 3)) * LEADING
    c.showPage()
    c.setFont(pdf_font, 9)
    words = "În perioada 2019–2020 a fost în derulare o convenție de colaborare cu Asociația Primăvara, nr.".split()
    x, gap = 50.0, (545 - 50 - sum(c.stringWidth(w, pdf_font, 9) for w in words)) / (len(words) - 1)
    for w in words:  # justified: the spaces stretched to the right margin
        c.drawString(x, 780, w)
        x += c.stringWidth(w, pdf_font, 9) + gap
    c.drawString(50, 769, "803/25.01.2018.")
    c.showPage()
    c.save()
    doc = read_pdf(path, "prose")
    assert [t.page for t in _tables(doc)] == [1]
    assert any(b.text.startswith("În perioada 2019–2020") for b in doc.blocks if not isinstance(b, Table))


def test_header_row_of_one_cell_between_header_rows(gen_dir, pdf_font):
    """A group cell, an empty line lower a one-cell row "Surse publice (bugete)", then the sub-columns, set left over
    figures set right (not under their header): the sub-columns are a header row, not a row of the body (they
    made a column of their own beside their figures)."""
    path = gen_dir / "one_cell_header_row.pdf"
    xs = [50, 80, 250, 340, 410, 480, 550]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790
    for cells in ({0: "Nr.", 1: "Serviciul social", 2: "Codul|serviciului", 3: "Bugetele estimate pe surse"},
                  {3: "Surse publice (bugete)"}, {3: "Bugetul local", 4: "Buget CJ", 5: "Buget de|stat"}):
        y -= _lines(c, pdf_font, y, xs, cells) * LEADING + ROW_GAP
    for cells in ({0: "1.", 1: "Centru de zi", 2: "8899 CZ-C-II", 3: "611,3", 4: "144,6", 5: "-"},
                  {0: "2.", 1: "Cantină socială", 2: "8899 CZ-C-II", 3: "406,6", 4: "-", 5: "12,0"}):
        y -= _lines(c, pdf_font, y, xs, cells, right=(3, 4, 5)) * LEADING + ROW_GAP
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "onecell"))
    g = table.grid()
    assert table.n_cols == 6
    # a header cell over the budgets, not a group label across the table (it joined every column's header)
    assert g[1][:4] == ["", "", "", "Surse publice (bugete)"]
    assert g[2][3:] == ["Bugetul local", "Buget CJ", "Buget de stat"]
    assert g[3] == ["1.", "Centru de zi", "8899 CZ-C-II", "611,3", "144,6", "-"]


def test_name_cell_ending_in_a_phone_number_stays_in_its_row(gen_dir, pdf_font):
    """A name cell set from the top of its row whose last line is the end of a phone number ("755") alone: a
    wrapped line of the cell, not a row of figures (the cell's lines were left as rows of their own)."""
    path = gen_dir / "phone_end.pdf"
    xs = [50, 200, 280, 340, 420]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790 - _lines(c, pdf_font, 790, xs, {0: "Denumirea serviciului", 1: "Cod", 2: "Capacitate",
                                            3: "Buget CJ"}) * LEADING - ROW_GAP
    for cells in ({0: "Cămine pentru persoane|vârstnice „Casa Soarelui”, Str.|Libertății nr. 45, tel. 0239 282|755",
                   1: "8730 -|CR-V-I", 2: "61", 3: "1.865"},
                  {0: "Centre de zi „Primăvara”", 1: "8899 CZ-PN-III", 2: "39", 3: "1.700"}):
        y -= _lines(c, pdf_font, y, xs, cells, right=(1, 2, 3)) * LEADING + ROW_GAP
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "phone"))
    assert table.grid()[1] == ["Cămine pentru persoane vârstnice „Casa Soarelui”, Str. Libertății nr. 45, tel. "
                               "0239 282 755", "8730 - CR-V-I", "61", "1.865"]
    assert len(table.grid()) == 3


def test_row_number_broken_for_lack_of_room_keeps_its_row_whole(gen_dir, pdf_font):
    """A narrow number column breaks "10." into "1" / "0." and a figure into "2.494," / "1", in a table whose
    rows wrap two cells over several lines: the second line is the row's (the number's end, not a row of
    figures of its own)."""
    path = gen_dir / "number_broken.pdf"
    xs = [50, 62, 170, 260, 320, 380]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790 - _lines(c, pdf_font, 790, xs, {0: "Nr", 1: "Denumirea", 2: "Categorie", 3: "Locuri", 4: "Buget"}) * LEADING
    for k, (nr, budget) in enumerate((("8.", "379,8"), ("9.", "2.460,|9"), ("1|0.", "2.494,|1"))):
        cells = {0: nr, 1: "Centru de zi|pentru copii|din familii|vulnerabile", 2: "Copii din|familii|vulnerabile",
                 3: str(11 + k), 4: budget}
        y -= ROW_GAP + _lines(c, pdf_font, y - ROW_GAP, xs, cells, right=(3, 4)) * LEADING
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "number"))
    g = table.grid()
    assert g[3][:2] == ["10.", "Centru de zi pentru copii din familii vulnerabile"] and g[3][3] == "13"
    assert g[3][4].startswith("2.494,") and g[3][4].endswith("1")  # (a wide column: glued with a space)
    assert len(g) == 4


YEAR_HEAD = {0: "Nr.", 1: "Denumirea serviciului social", 2: "Nr.|locuri", 3: "Beneficiari|în anul|2020",
             4: "Bugetul|local 2020", 5: "Buget de|stat|(lei)", 6: "Alte|surse"}


def test_a_year_wrapped_alone_in_a_header_cell_is_no_row_of_figures(gen_dir, pdf_font):
    """A header cell whose year wraps onto a line of its own ("Beneficiari" / "în anul" / "2020") is a header
    line, not a row of figures: the header is read whole, and a fragment whose one row is a group label set from
    the table's left edge over several columns is a table (its header's first line was left as a paragraph, the
    label too, and the services under it lost their category)."""
    path = gen_dir / "year_in_header.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "1. Servicii sociale existente")
    y = 760 - _lines(c, pdf_font, 760, XS, YEAR_HEAD) * LEADING - ROW_GAP
    c.setFont(pdf_font, SIZE)
    c.drawString(XS[0] + 3, y - SIZE, "Servicii sociale pentru copii și familie")
    y = y - LEADING - ROW_GAP
    y = y - _lines(c, pdf_font, y, XS, YEAR_HEAD) * LEADING - ROW_GAP
    _row(c, pdf_font, y, {0: "1.", 1: "Centru de zi|Lunca", 2: "40", 3: "38", 4: "1.250", 5: "300", 6: "-"})
    c.showPage()
    c.save()
    doc = read_pdf(path, "year")
    assert [b.text for b in doc.blocks if not isinstance(b, Table)] == ["Servicii sociale existente"]
    first, second = _tables(doc)
    head = ["Nr.", "Denumirea serviciului social", "Nr. locuri", "Beneficiari în anul 2020", "Bugetul local 2020",
            "Buget de stat (lei)", "Alte surse"]
    assert first.grid()[0] == head
    assert first.grid()[1][0].startswith("Servicii sociale pentru copii") and len(first.grid()) == 2
    assert second.grid() == [head, ["1.", "Centru de zi Lunca", "40", "38", "1.250", "300", "-"]]


def test_a_sub_column_that_is_a_group_cell_of_its_own_gives_a_third_header_row(gen_dir, pdf_font):
    """A header set from the top of its row, three rows deep in one block: the group cell over "Surse publice"
    and "Surse private", "Surse publice" over "Buget județean" / "Buget de stat" (set on lines of their own under
    it, beside the tall cells' wrapped lines; "Surse publice" is wider than its first sub-column and reaches over
    the second). "Surse publice" spans its two sub-columns; the sub-columns are the
    third header row (they were read with "Surse publice" as one cell over both columns)."""
    path = gen_dir / "nested_groups.pdf"
    xs = [50, 75, 200, 265, 305, 360, 420]
    group = "Bugetele estimate pe surse de finanțare"
    c = canvas.Canvas(str(path), pagesize=A4)
    n = _lines(c, pdf_font, 790, xs, {0: "Nr.", 1: "Denumirea serviciului", 2: "Capacitatea|serviciului|(locuri)|"
                                      "și categorii|de|beneficiari"})
    c.drawString(xs[3] + 3, 790 - SIZE, group)
    _lines(c, pdf_font, 790, xs, {5: "Surse|private"}, first_line=1)
    c.drawString(xs[3] + 3, 790 - SIZE - LEADING, "Surse publice")
    n = max(n, _lines(c, pdf_font, 790, xs, {3: "Buget|județean", 4: "Buget de|stat", 5: "Alte|surse"},
                      first_line=3))
    y = 790 - n * LEADING - ROW_GAP
    y -= _lines(c, pdf_font, y, xs, {0: "1.", 1: "Centru de zi|Lunca", 2: "40", 3: "1.250", 4: "300", 5: "-"},
                right=(2, 3, 4, 5)) * LEADING + ROW_GAP
    _lines(c, pdf_font, y, xs, {0: "2.", 1: "Cantină socială", 2: "25", 3: "410", 5: "12"}, right=(2, 3, 4, 5))
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "nested"))
    g = table.grid()
    assert g[0][3:] == [group, group, group]
    assert g[1][3:5] == ["Surse publice", "Surse publice"]
    assert g[2][3:5] == ["Buget județean", "Buget de stat"]
    assert g[3] == ["1.", "Centru de zi Lunca", "40", "1.250", "300", "-"]
    assert len(g) == 5


def test_years_heading_columns_of_counts_set_right_are_the_header(gen_dir, pdf_font):
    """"Activitatea" | "2025" | "2026": the years set left in wide columns, each year's counts set right, under no
    year: the years are the header (a row of figures before, so the header was taken for the body and the years
    made columns of their own, apart from their counts)."""
    path = gen_dir / "year_header.pdf"
    xs = [50, 215, 380, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, SIZE)
    y = 790
    c.drawString(xs[0] + 3, y, "Activitatea")
    c.drawString(xs[1] + 6, y, "2025")
    c.drawString(xs[2] + 6, y, "2026")
    for name, a, b in (("Dosare de ajutor pentru încălzire", "203", "470"), ("Adeverințe eliberate", "776", "32"),
                       ("Planuri de servicii întocmite", "32", "531")):
        y -= 15
        c.drawString(xs[0] + 3, y, name)
        c.drawRightString(xs[2] - 6, y, a)
        c.drawRightString(xs[3] - 6, y, b)
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "years"))
    assert table.grid() == [["Activitatea", "2025", "2026"], ["Dosare de ajutor pentru încălzire", "203", "470"],
                            ["Adeverințe eliberate", "776", "32"], ["Planuri de servicii întocmite", "32", "531"]]


def _numbered_row(c, font, top: float, cells: dict[int, str], xs: list[float] = XS) -> float:
    """A row whose number is set right in its column, as its figures are."""
    return top - _lines(c, font, top, xs, cells, right=(0, len(xs) - 2)) * LEADING - ROW_GAP - 6


def _top_row_header(c, font, top: float, xs: list[float], cells: dict[int, str]) -> float:
    """A header of one row set from its top; returns where the next row starts."""
    return top - _lines(c, font, top, xs, cells) * LEADING - ROW_GAP


def test_a_page_starting_with_the_carried_tables_header_again_reads_it_as_a_header(gen_dir, pdf_font, monkeypatch):
    """A table printed one row per part under a repeated header (tall cells beside a group cell's sub-columns):
    page 2 starts with the header again. That part is read like the others, its header as a header set from the
    top of its row (it was read as rows going on in the previous page's columns, each header line a row of its
    own: "Bugetul", narrower than its first sub-column, fits those columns)."""
    path = gen_dir / "header_again_next_page.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 180
    for n in (1, 2):
        y = _header(c, pdf_font, y, group="Bugetul")
        y = _numbered_row(c, pdf_font, y, {0: f"{n}.", 1: "Centru de zi|Lunca", 2: "40", 3: "72,5", 4: "1.250",
                                           5: "300", 6: "-"})
    c.showPage()
    y = 800
    for n in (3, 4):
        y = _header(c, pdf_font, y, group="Bugetul")
        y = _numbered_row(c, pdf_font, y, {0: f"{n}.", 1: "Cantină socială", 2: "25", 3: "90,0", 4: "410",
                                           6: "12"})
    c.showPage()
    c.save()
    import extractors.readers._pdf_paragraphs as paragraphs

    found = []

    def record(*args, **kwargs):
        out = find(*args, **kwargs)
        found.extend(out)
        return out

    find = paragraphs.find_stream_tables
    monkeypatch.setattr(paragraphs, "find_stream_tables", record)
    tables = _tables(read_pdf(path, "again"))
    assert len(tables) == 4
    # page 2's first part is a part of its own under its header, not the previous page's table going on
    assert [f.layout.carried for f in found] == [False] * 4
    head = HEADER_ROW[:4] + ["Bugetul Buget local", "Buget de stat", "Alte surse"]
    assert [t.grid() for t in tables[2:]] == [[head, ["3.", "Cantină socială", "25", "90,0", "410", "", "12"]],
                                             [head, ["4.", "Cantină socială", "25", "90,0", "410", "", "12"]]]


def test_a_group_labels_fragment_wrapped_in_the_name_column_is_one_row(gen_dir, pdf_font):
    """Parts printed under a repeated header wrapped over five lines; a group label's part, the label wrapped over
    three lines in the name column ("Persoane" / "adulte cu" / "dizabilități"): one row (the header's lines were
    counted as rows of cells, the number column held one of them only, so the label's lines were taken to start
    at the table's left edge and each made a row)."""
    path = gen_dir / "wrapped_label_fragment.pdf"
    xs = [50, 80, 140, 230, 320, 400, 470, 545]
    head = {0: "Nr.", 1: "Denumirea|serviciului|social", 2: "Codul|serviciului|(conform|Nomenclat|orului)",
            3: "Furnizorul|serviciului|(date de|contact)", 4: "Capacitate|(nr. locuri)", 5: "Nr.|licență",
            6: "Fonduri|de la|bugetul|local|(lei)"}
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790
    for row in ({1: "Persoane|adulte cu|dizabilități"},
                {0: "1.", 1: "Echipa|mobilă", 2: "8810 ID-VI", 3: "Fundația|Speranța", 4: "29", 5: "nr. 57",
                 6: "734.700"}):
        y = _numbered_row(c, pdf_font, _top_row_header(c, pdf_font, y, xs, head), row, xs=xs)
    c.showPage()
    c.save()
    tables = _tables(read_pdf(path, "wrapped_label"))
    assert len(tables) == 2
    assert tables[0].grid()[-1] == ["", "Persoane adulte cu dizabilități", "", "", "", "", ""]
    assert tables[0].grid()[0][2] == "Codul serviciului (conform Nomenclat orului)"


def test_a_group_labels_fragment_set_far_above_the_next_header_is_one_row(gen_dir, pdf_font):
    """A group label's part wrapped over many lines of a narrow name column ("Servicii" / "pentru" / … /
    "dizabilități"), set further above the next copy of the header than rows are ever apart (a word processor's
    spacing after the part): the part's one row (its lines were left as a paragraph, and the services under it lost
    their category)."""
    path = gen_dir / "label_fragment_far_above.pdf"
    xs = [50, 80, 140, 230, 320, 400, 470, 545]
    head = {0: "Nr.", 1: "Denumirea|serviciului", 2: "Codul|serviciului", 3: "Furnizorul", 4: "Capacitate",
            5: "Nr.|licență", 6: "Buget|(lei)"}
    c = canvas.Canvas(str(path), pagesize=A4)
    y = _top_row_header(c, pdf_font, 790, xs, head)
    y = _numbered_row(c, pdf_font, y, {1: "Servicii|pentru|copii|cu|dizabilități"}, xs=xs) - 40
    _numbered_row(c, pdf_font, _top_row_header(c, pdf_font, y, xs, head),
                  {0: "1.", 1: "Echipa|mobilă", 2: "8810 ID-VI", 3: "Fundația|Speranța", 4: "29", 5: "nr. 57",
                   6: "734.700"}, xs=xs)
    c.showPage()
    c.save()
    doc = read_pdf(path, "label_far_above")
    tables = _tables(doc)
    assert len(tables) == 2
    assert tables[0].grid()[-1] == ["", "Servicii pentru copii cu dizabilități", "", "", "", "", ""]
    assert not any("dizabilități" in b.text for b in doc.blocks if not isinstance(b, Table))


def test_a_group_cell_set_left_and_narrower_than_its_sub_columns_heads_them_all(gen_dir, pdf_font):
    """A group cell set left, shorter than its first sub-column ("Surse" over "Buget local" / "Buget de stat" /
    "Alte surse"), its sub-columns a blank line under it: it spans them all and they are the second header row,
    also over a row that leaves the later sub-columns empty and over a group label's part with no row of figures
    (the sub-columns' labels were one cell, the part had a column fewer than its neighbours, and table repair
    stitched the budgets one column off)."""
    path = gen_dir / "narrow_group.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)

    def header(top: float) -> float:
        n = _lines(c, pdf_font, top, XS, TALL)
        c.drawString(XS[4] + 3, top - SIZE, "Surse")
        n = max(n, _lines(c, pdf_font, top, XS, SUBS, first_line=2))
        return top - n * LEADING - ROW_GAP

    y = _row(c, pdf_font, header(790), {1: "Servicii sociale cu|cazare"})
    _row(c, pdf_font, header(y - ROW_GAP), {0: "1.", 1: "Centru rezidențial", 2: "40", 3: "72,5", 4: "1.250"})
    c.showPage()
    c.save()
    first, second = _tables(read_pdf(path, "narrow"))
    head = HEADER_ROW[:4] + ["Surse"] * 3
    assert first.grid() == [head, SUB_ROW, ["", "Servicii sociale cu cazare", "", "", "", "", ""]]
    assert second.grid() == [head, SUB_ROW, ["1.", "Centru rezidențial", "40", "72,5", "1.250", "", ""]]


def test_a_header_line_over_row_numbers_set_right_is_no_group_cell(gen_dir, pdf_font):
    """A one-line header over rows whose numbers are set right, beside the names: "Nr. crt." stands over one
    cell of the row under it only, and is no group cell over the name column (a group cell set left and narrower
    than its sub-columns is read among a header's own rows only)."""
    path = gen_dir / "numbers_set_right.pdf"
    xs = [50, 110, 200, 290, 380, 480]
    c = canvas.Canvas(str(path), pagesize=A4)
    head = ["Nr. crt.", "Partener", "Documentul încheiat", "Nr. / data", "Obiectul colaborării"]
    y = 790 - _lines(c, pdf_font, 790, xs, dict(enumerate(head))) * LEADING - ROW_GAP
    for number, cells in (("1.", {1: "Direcția Generală de|Asistență Socială", 2: "Acord de colaborare",
                                  3: "302/26.04.2018", 4: "pentru distribuirea de|alimente"}),
                          ("2.", {1: "Inspectoratul Școlar|Județean", 2: "Contract de|parteneriat", 3: "-",
                                  4: "în domeniul protecției|copilului"})):
        c.drawRightString(xs[1] - 4, y - SIZE, number)
        y -= _lines(c, pdf_font, y, xs, cells, right=(3,)) * LEADING + ROW_GAP
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "numbers"))
    g = table.grid()
    assert g[0] == head
    assert g[1] == ["1.", "Direcția Generală de Asistență Socială", "Acord de colaborare", "302/26.04.2018",
                    "pentru distribuirea de alimente"]


@pytest.mark.parametrize("cell", ["Beneficiari|la 31.1|2.2021", "Beneficiari|la|31.12.2|021"])
def test_a_date_broken_over_two_lines_of_a_narrow_header_cell_is_no_row_of_figures(gen_dir, pdf_font, cell):
    """A tall header cell whose date is broken for lack of room ("Beneficiari" / "la 31.1" / "2.2021") beside the
    group cell's sub-columns: a header line, not a row of figures; the header is the grid's two rows, each tall
    cell whole in the first (its first two lines were a header row of their own, the rest a second, and "Capacitatea
    serviciului" was read as "Capacitatea / serviciului")."""
    path = gen_dir / f"broken_date_header_{cell.count('|')}.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    tall = {**TALL, 3: cell}
    n = _lines(c, pdf_font, 790, XS, tall)
    c.drawString(XS[4] + 3, 790 - SIZE, GROUP)
    n = max(n, _lines(c, pdf_font, 790, XS, SUBS, first_line=1))
    y = 790 - n * LEADING - ROW_GAP
    y = _row(c, pdf_font, y, {0: "1.", 1: "Centru de zi|Lunca", 2: "40", 3: "38", 4: "1.250", 5: "300", 6: "-"})
    _row(c, pdf_font, y, {0: "2.", 1: "Cantină socială", 2: "25", 3: "24", 4: "410", 6: "12"})
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "broken_date"))
    g = table.grid()
    # (the date's two parts in one cell; whether they are glued is the column's width's to tell)
    assert g[0][:3] == ["Nr.", "Denumirea serviciului social", "Capacitatea serviciului (locuri)"]
    assert g[0][3].replace(" ", "") == "Beneficiarila31.12.2021"
    assert g[1] == SUB_ROW
    assert g[2:] == [["1.", "Centru de zi Lunca", "40", "38", "1.250", "300", "-"],
                     ["2.", "Cantină socială", "25", "24", "410", "", "12"]]


def test_a_figure_wrapped_between_words_of_a_narrow_header_cell_is_no_row_of_figures(gen_dir, pdf_font):
    """A tall header cell wrapped in a narrow column with a figure alone on one of its lines, text above and below
    it ("Cost" / "HG" / "426/20" / "20" / "(lei/an)", a decree's year broken): a header line, not a row of figures
    (the header stopped at "20", was read as rows of the body, and every row's wrapped lines came apart)."""
    path = gen_dir / "figure_inside_header_cell.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    tall = {**TALL, 3: "Cost|HG|426/20|20|(lei/an)"}
    n = _lines(c, pdf_font, 790, XS, tall)
    c.drawString(XS[4] + 3, 790 - SIZE, GROUP)
    # (a sub-column's lines beside the figure's: the line holding it is a band of two cells)
    n = max(n, _lines(c, pdf_font, 790, XS, {**SUBS, 5: "Buget|de|stat|(lei)"}, first_line=1))
    # (one row under the header, as a table printed a row at a time: its gaps alone tell no rows from lines)
    _row(c, pdf_font, 790 - n * LEADING - ROW_GAP,
         {0: "Cen|tru|de|zi", 1: "Centru de zi|pentru copii|Lunca", 2: "40|locuri", 3: "38", 4: "1.250", 5: "300",
          6: "-"})
    c.showPage()
    c.save()
    (table,) = _tables(read_pdf(path, "figure_in_header"))
    g = table.grid()
    assert g[0][:3] == ["Nr.", "Denumirea serviciului social", "Capacitatea serviciului (locuri)"]
    assert g[0][3].replace(" ", "") == "CostHG426/2020(lei/an)"  # (glued or not: the width's to tell)
    assert g[1] == ["", "", "", "", "Buget local", "Buget de stat (lei)", "Alte surse"]
    assert len(g) == 3 and g[2][1:] == ["Centru de zi pentru copii Lunca", "40 locuri", "38", "1.250", "300", "-"]


def test_a_header_with_a_group_cell_printed_alone_over_a_wide_group_label_is_read_as_a_header(gen_dir, pdf_font):
    """A template printing its header over each fragment (a word processor's table per row): the header alone
    over the group label, the label as wide as a line of prose (read as a paragraph). The header is read as the
    grid's two header rows, the same as over the rows, not as one row per line (its sub-columns' lines hold more
    cells than its first line: it was no header alone), so that the parts stitch into one table."""
    path = gen_dir / "header_alone_group_cell.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = _header(c, pdf_font, 790)
    c.setFont(pdf_font, SIZE)
    c.drawString(XS[0] + 3, y - SIZE, "Servicii sociale destinate protecției copilului și familiei, servicii de zi "
                                      "și rezidențiale")
    y = _header(c, pdf_font, y - 3 * LEADING)
    _row(c, pdf_font, y, {0: "1.", 1: "Centru rezidențial", 2: "40", 3: "72,5", 4: "1.250", 5: "300", 6: "-"})
    c.showPage()
    c.save()
    first, second = _tables(read_pdf(path, "alone"))
    assert first.grid() == [HEADER_ROW, SUB_ROW]
    assert second.grid()[:2] == [HEADER_ROW, SUB_ROW]
