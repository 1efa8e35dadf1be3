"""PDF reader: tables without rules read from the alignment of their columns, and prose set in two columns."""
from __future__ import annotations

from extractors.model import Heading, ListItem
from extractors.readers.pdf import read_pdf
from pdf_rows_kit import tables_of as _tables


def test_unruled_table_from_alignment(unruled_pdf):
    doc = read_pdf(unruled_pdf, "d2")
    tables = _tables(doc)
    assert len(tables) == 1
    g = tables[0].grid()
    assert g[0] == ["", "Nr. de persoane", "Buget estimat"]
    assert g[1] == ["Personalul de specialitate", "4", "4.000 lei"]
    assert g[2] == ["Consilieri de asistență socială", "2", "1.500 lei"]
    assert isinstance(doc.blocks[0], Heading) and doc.blocks[0].text == "a) cursuri de perfecționare"
    assert doc.blocks[-1].kind == "paragraph"


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = [""]
    for w in text.split():
        if lines[-1] and stringWidth(lines[-1] + " " + w, font, size) > width:
            lines.append(w)
        else:
            lines[-1] = (lines[-1] + " " + w).strip()
    return lines


def _draw_unruled_row(c, font, y, cells, xs, right=(), size=7.5, leading=9.0):
    """One table row without rules: ``cells`` of lines ("a/b" = two lines), column k starting at xs[k] + 6
    (aligned right at xs[k + 1] - 6 when k in ``right``)."""
    c.setFont(font, size)
    for k, text in enumerate(cells):
        for n, part in enumerate(text.split("/") if text else []):
            if k in right:
                c.drawRightString(xs[k + 1] - 6, y - n * leading, part)
            else:
                c.drawString(xs[k] + 6, y - n * leading, part)


def test_unruled_table_with_header_cells_wrapped_over_two_lines(gen_dir, pdf_font):
    """A table without rules whose header cells wrap over two lines ("Nr./crt.", "Buget local/(lei)") and whose
    gutters are narrower than a wide word gap: the two header lines are one header row, every column found."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = gen_dir / "unruled_wrapped_header.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(57, 780, "A. Serviciile sociale existente")
    xs = [51, 85, 157, 345, 400, 466, 532]
    _draw_unruled_row(c, pdf_font, 750, ["Nr./crt.", "Cod serviciu/social", "Denumirea serviciului social",
                                         "Capacitate", "Buget local/(lei)", "Buget de stat/(lei)"], xs)
    rows = [["1.", "8810 ID-I", "Îngrijire la domiciliu Strehaia", "24", "131.800", "-"],
            ["2.", "8899 CPDH-I", "Cantina socială Motru Sec", "55", "204.350", "36.000"],
            ["3.", "8891 CZ-C-II", "Centrul de zi pentru copii", "30", "177.000", "52.500"]]
    for r, row in enumerate(rows):
        _draw_unruled_row(c, pdf_font, 726 - 15 * r, row, xs, right=(3, 4, 5))
    c.showPage()
    c.save()
    tables = _tables(read_pdf(path, "u"))
    assert len(tables) == 1
    g = tables[0].grid()
    assert g[0] == ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate",
                    "Buget local (lei)", "Buget de stat (lei)"]
    assert g[1:] == rows


def test_unruled_table_right_aligned_figures_and_row_on_next_page(gen_dir, pdf_font):
    """Figures set right under a header set left (not overlapping it) belong to that header's column; the
    table's last row printed alone at the top of the next page is read as the table's continuation."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = gen_dir / "unruled_right_aligned.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 9)
    c.drawString(57, 780, "a) cursuri de perfecționare")
    xs = [51, 94, 384, 457, 544]
    _draw_unruled_row(c, pdf_font, 760, ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"], xs)
    _draw_unruled_row(c, pdf_font, 745, ["1.", "Asistent social", "2", "2.900 lei"], xs, right=(2, 3))
    c.showPage()
    _draw_unruled_row(c, pdf_font, 780, ["2.", "Îngrijitor la domiciliu", "5", "4.250 lei"], xs, right=(2, 3))
    c.setFont(pdf_font, 9)
    c.drawString(57, 740, "Capitolul IV. Alte prevederi")
    c.showPage()
    c.save()
    doc = read_pdf(path, "r")
    tables = _tables(doc)
    assert [t.page for t in tables] == [1, 2]
    assert tables[0].grid() == [["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
                                ["1.", "Asistent social", "2", "2.900 lei"]]
    assert tables[1].n_cols == 4 and tables[1].grid() == [["2.", "Îngrijitor la domiciliu", "5", "4.250 lei"]]
    assert not any(isinstance(b, ListItem) for b in doc.blocks)


def test_two_column_prose_read_column_by_column(gen_dir, pdf_font):
    """A page of prose in two columns (a heading at the top of the left column, the columns' lines side by side):
    the left column is read top to bottom, then the right one, as paragraphs; no table, nothing glued across the
    gutter; a sentence the column break cuts is joined back."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = gen_dir / "two_columns.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 12)
    c.drawCentredString(297, 790, "RAPORTUL PRIMARULUI privind starea economică și socială pentru anul 2024")
    filler = ("Activitatea compartimentului s-a desfășurat în strânsă legătură cu instituțiile din oraș, cu "
              "unitățile de învățământ și cu organizațiile neguvernamentale active în domeniul social.")
    cut = ("Prin programul de masă caldă au fost sprijinite în cursul anului trecut peste 150 de persoane "
           "vârstnice singure din cartierele orașului și din satele aparținătoare.")
    last = ("Costul mediu de întreținere în centrul de zi a fost de 1.240 lei pe lună pentru fiecare "
            "beneficiar al serviciului.")
    width, size, lead = 223, 9, 11
    cut_lines = _wrap(cut, pdf_font, size, width)
    left = [("h", ["Asistență socială"])] + [("p", _wrap(filler, pdf_font, size, width))] * 4 \
        + [("p", cut_lines[:2])]
    right = [("p", cut_lines[2:]), ("p", _wrap(last, pdf_font, size, width)),
             ("p", _wrap(filler, pdf_font, size, width))]
    for x0, column in ((57, left), (57 + width + 35, right)):
        y = 740
        for kind, lines in column:
            c.setFont(pdf_font, 10 if kind == "h" else size)
            for ln in lines:
                c.drawString(x0, y, ln)
                y -= 13 if kind == "h" else lead
            y -= 3
    c.showPage()
    c.save()
    doc = read_pdf(path, "t")
    assert not _tables(doc)
    texts = [b.text for b in doc.blocks]
    assert "Asistență socială" in texts
    assert texts.count(filler) == 5
    assert cut in texts and last in texts
    assert texts.index("Asistență socială") < texts.index(cut) < texts.index(last)
    assert texts[-1] == filler
