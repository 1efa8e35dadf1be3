"""PDF reader: ruled tables over pages, running headers and page numbers, paragraphs and list items, and what a page
break cuts."""
from __future__ import annotations

import pytest
from conftest import draw_ruled_grid

from extractors.model import Heading, ListItem, Table
from extractors.readers.pdf import read_pdf


def _tables(doc):
    return [b for b in doc.blocks if isinstance(b, Table)]


def test_ruled_table_split_across_pages(ruled_split_pdf):
    doc = read_pdf(ruled_split_pdf, "d1")
    assert doc.format == "pdf" and doc.pages == 2
    tables = _tables(doc)
    assert [t.page for t in tables] == [1, 2]  # one Table per page; the table layer stitches them
    first, second = tables
    assert first.n_cols == 5 and second.n_cols == 5
    grid = first.grid(fill_spans=False)
    assert grid[0][:3] == ["Nr.", "Cod serviciu", "Denumire"]
    assert grid[0][3] == "Bugetele estimate" and grid[1][3:] == ["Buget local", "Buget de stat"]
    span = first.rows[0].cells[3]
    assert (span.col, span.col_span) == (3, 2)
    # header cells left of the spanning one cover both header rows
    assert first.rows[0].cells[0].row_span == 2
    assert grid[2] == ["1", "8810-ID-I", "Îngrijire la domiciliu", "120.000", "-"]
    assert second.grid()[1] == ["4", "8730-CR-V-III", "Cămin pentru vârstnici", "1.200.000", "300.000"]
    # provenance
    assert first.bbox is not None and first.bbox[0] == pytest.approx(40, abs=1)
    assert all(r.page == 1 and r.line for r in first.rows)


def test_running_header_and_page_numbers_dropped(ruled_split_pdf):
    doc = read_pdf(ruled_split_pdf, "d1")
    texts = [b.text for b in doc.text_blocks()]
    assert not any("Primăria Comunei Test" in t for t in texts)
    assert not any(t.startswith("Pagina") for t in texts)
    assert any(w.startswith("dropped_running_header") for w in doc.warnings)
    assert any(w.startswith("dropped_page_number") for w in doc.warnings)
    heads = [b for b in doc.blocks if isinstance(b, Heading)]
    assert heads[0].text == "CAPITOLUL I: Administrarea serviciilor sociale" and heads[0].page == 1
    assert heads[0].line is not None and heads[0].bbox is not None
    # reading order: heading, section, table, (page 2) table, chapter II
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "heading", "table", "table", "heading"]


def test_rotated_page_reads_upright(rotated_pdf):
    doc = read_pdf(rotated_pdf, "d3")
    assert doc.blocks[0].text == "CAPITOLUL III: Programul de formare"
    (table,) = _tables(doc)
    assert table.grid() == [["Teme de interes", "Nr. de persoane", "Buget estimat"],
                            ["Asistență socială", "2", "100 lei"]]


def test_paragraph_lines_joined_and_list_items(gen_dir, pdf_font):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _FONT = pdf_font

    path = gen_dir / "para.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(_FONT, 11)
    lines = ["Începând cu data de 01 ianuarie 2011, plata ajutorului social, acordat conform prevederilor",
             "legale, se efectuează de către agenție. În prezent sunt 85 de dosare.",
             "- servicii de îngrijire la domiciliu;",
             "- centre de zi pentru copii."]
    y = 780
    for ln in lines:
        c.drawString(40, y, ln)
        y -= 14
    # a long line drawn to fix the right margin of the text column
    c.drawString(40, y - 20, "Text de referință pentru marginea din dreapta a coloanei de text din această pagină.")
    c.showPage()
    c.save()
    doc = read_pdf(path, "p")
    b = doc.blocks
    assert b[0].kind == "paragraph" and b[0].text.endswith("În prezent sunt 85 de dosare.")
    assert isinstance(b[1], ListItem) and b[1].marker == "-" and b[1].text == "servicii de îngrijire la domiciliu;"
    assert isinstance(b[2], ListItem)


def test_stacked_tables_split_and_page_cut_row_and_paragraph_joined(stacked_cut_pdf):
    doc = read_pdf(stacked_cut_pdf, "s")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    # two tables drawn one under the other keep their own columns
    assert [t.n_cols for t in tables[:2]] == [3, 4]
    assert tables[0].grid()[0] == ["Serviciul", "Activitatea", "Beneficiari"]
    assert tables[1].grid()[0] == ["Serviciul", "Alte activități", "Număr", "Sumă"]
    # the row cut by the page break is whole again, the rest of the page-2 part follows
    assert tables[1].grid()[-1][:2] == ["Serviciul de Evaluare", "Avizează planul individual de servicii."]
    assert tables[2].grid()[0] == ["Centrul C", "Transport", "3", "900 lei"]
    # the paragraph cut by the page break is joined
    paras = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.endswith("beneficiarii fiind adesea persoane vârstnice și copii.") for p in paras)
    assert "Un alt paragraf de text care încheie pagina a treia." in paras


def test_item_cut_by_page_break_joined_when_next_word_would_not_fit(gen_dir, pdf_font):
    """A list item whose last line on the page stops more than 2.5 font sizes short of the right edge, but
    with less room than the next page's first word needs, goes on at the top of the next page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    path = gen_dir / "item_cut.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    size = 11
    item = "· Fundația locală a oferit unui număr de 48 copii sprijin material și financiar,"
    ref = "Un rând lung de referință care fixează marginea din dreapta a coloanei de text."
    item_x1 = 40 + stringWidth(item, pdf_font, size)
    right = item_x1 + 3 * size  # 3 font sizes of room: not 'near the edge'
    c.setFont(pdf_font, size)
    c.drawString(right - stringWidth(ref, pdf_font, size), 780, ref)
    c.drawString(40, 740, item)
    c.showPage()
    c.setFont(pdf_font, size)
    nxt = "consilierea psihologică și sprijinul pentru susținerea familiei."
    assert stringWidth("consilierea", pdf_font, size) > 3 * size  # would not have fitted
    c.drawString(40, 800, nxt)
    c.drawString(40, 780, "· Alt element de listă.")
    c.showPage()
    c.save()
    doc = read_pdf(path, "p")
    items = [b for b in doc.blocks if isinstance(b, ListItem)]
    assert items[0].text.endswith("sprijin material și financiar, consilierea psihologică și sprijinul pentru "
                                  "susținerea familiei.")
    assert not any(b.text.startswith("consilierea") for b in doc.blocks)


def test_paragraph_in_narrow_text_column_joined(gen_dir, pdf_font):
    """A paragraph wrapped in a narrow frame (a one-cell box without rules) is one paragraph: its lines wrap
    at the frame's edge, far from the page's; a list of short lines next to it stays separate."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = gen_dir / "narrow.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 11)
    c.drawString(40, 800, "Un rând lung de referință care fixează marginea din dreapta a coloanei de text din pagină.")
    c.setFont(pdf_font, 8)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = ("Compartimentul derulează activități pentru comunitatea din Sectorul 2 - se încadrează în domeniul 2 - "
             "Starea Socială – Educație: Acord de Parteneriat încheiat între Primărie și Inspectoratul Școlar.").split()
    box = [""]
    for w in words:  # wrapped at 220 pt
        if box[-1] and stringWidth(box[-1] + " " + w, pdf_font, 8) > 220:
            box.append(w)
        else:
            box[-1] = (box[-1] + " " + w).strip()
    assert len(box) >= 3
    y = 760
    for ln in box:
        c.drawString(42, y, ln)
        y -= 9.2
    c.setFont(pdf_font, 11)
    for ln in ["Sursa de finanțare - buget local", "Stadiu - Realizat", "Termen - 2021"]:
        y -= 14
        c.drawString(40, y, ln)
    c.showPage()
    c.save()
    doc = read_pdf(path, "p")
    texts = [b.text for b in doc.blocks]
    assert "Compartimentul derulează activități pentru comunitatea din Sectorul 2 - se încadrează în domeniul 2 - " \
           "Starea Socială – Educație: Acord de Parteneriat încheiat între Primărie și Inspectoratul Școlar." in texts
    assert texts[-3:] == ["Sursa de finanțare - buget local", "Stadiu - Realizat", "Termen - 2021"]


def test_header_row_cut_by_page_break_joined_across_abbreviation(gen_dir, pdf_font):
    """A header row the page break cut in two is joined even though a cell's part on the first page is an
    abbreviation ending in a dot ("Nr." + "Crt."): a one-word abbreviation is not a finished sentence; and
    though a column rule is drawn 2.5 pt off on the second page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = gen_dir / "header_cut.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [40, 62, 102, 300]

    def grid(top, rows, xs=xs):
        draw_ruled_grid(c, xs, top, rows, pdf_font)

    c.setFont(pdf_font, 11)
    c.drawString(40, 800, "Structura instituțională")
    grid(60, [["Nr.", "Număr", "Principalele activități"]])
    c.showPage()
    grid(800, [["Crt.", "beneficiari", ""], ["1.", "55", "Îngrijire la domiciliu"]], xs=[40, 62, 104.5, 300])
    c.showPage()
    c.save()
    doc = read_pdf(path, "h")
    tables = _tables(doc)
    assert tables[0].grid()[0] == ["Nr. Crt.", "Număr beneficiari", "Principalele activități"]
    assert tables[-1].grid()[-1] == ["1.", "55", "Îngrijire la domiciliu"]


def test_paragraph_spacing_separates_paragraphs(gen_dir, pdf_font):
    """Where paragraphs are set apart by extra space, a paragraph whose last line is full does not run on
    into the next one (lines of one paragraph sit closer together)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    path = gen_dir / "spacing.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 11)
    words = ("Biroul asigură îndeplinirea atribuțiilor comisiei în materia protecției și promovării drepturilor "
             "copilului, prin activitatea pe care o desfășoară zilnic cu toate serviciile direcției generale, cu "
             "autoritățile locale, cu organizațiile neguvernamentale și cu familiile copiilor aflați în evidență.").split()
    item = "· anual, în data de 2 iunie celebrăm ziua adopției; în acest context se desfășoară campanii de"
    width = stringWidth(item, pdf_font, 11) + 5  # the text column's width
    lines = [""]
    for w in words:
        if lines[-1] and stringWidth(lines[-1] + " " + w, pdf_font, 11) > width:
            lines.append(w)
        else:
            lines[-1] = (lines[-1] + " " + w).strip()
    y = 800
    for para in ([item, "promovare."], lines, ["Rezultate obținute:"]):
        for ln in para:
            c.drawString(40, y, ln)
            y -= 12.6  # line spacing
        y -= 6  # paragraph spacing
    ref = "Un rând lung de referință care fixează marginea din dreapta a coloanei de text."
    c.drawString(40 + width - stringWidth(ref, pdf_font, 11), y - 20, ref)
    c.showPage()
    c.save()
    doc = read_pdf(path, "p")
    texts = [b.text for b in doc.blocks]
    assert len(lines) >= 3 and " ".join(lines) in texts
    assert "Rezultate obținute:" in texts


def test_paragraph_spacing_recognised_on_a_page_of_short_items(gen_dir, pdf_font):
    """On a page where most lines are one-line list items set apart by paragraph spacing, that spacing is not
    taken for the usual line spacing: a list item whose last line is full does not swallow the paragraph
    after it (whose own wrapped lines sit closer together)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    path = gen_dir / "short_items.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 11)
    item = "· anual, în data de 2 iunie celebrăm ziua adopției prin campanii."
    width = stringWidth(item, pdf_font, 11) + 2  # the text column's width: the item's line is full
    other = ["· în colaborare cu ANDPCA se desfășoară campanii de informare", "cu privire la procesul adopției."]
    assert stringWidth(other[0], pdf_font, 11) < width
    words = ("Biroul asigură îndeplinirea atribuțiilor comisiei în materia protecției și promovării drepturilor "
             "copilului, prin activitatea pe care o desfășoară zilnic cu toate serviciile direcției.").split()
    para = [""]
    for w in words:
        if para[-1] and stringWidth(para[-1] + " " + w, pdf_font, 11) > width:
            para.append(w)
        else:
            para[-1] = (para[-1] + " " + w).strip()
    assert len(para) >= 3
    y = 800
    blocks = [[f"· {k} dosare de monitorizare întocmite;"] for k in range(1, 9)] + [other, [item], para]
    blocks += [[f"- {k} ședințe ale comisiei;"] for k in range(1, 5)]
    for blk in blocks:
        for ln in blk:
            c.drawString(40, y, ln)
            y -= 12.6  # line spacing
        y -= 6  # paragraph spacing
    c.showPage()
    c.save()
    doc = read_pdf(path, "p")
    texts = [b.text for b in doc.blocks]
    assert " ".join(para) in texts
    assert item[2:] in texts


def test_row_cut_by_page_break_joined_when_the_grids_have_different_column_counts(gen_dir, pdf_font):
    """A cell spanning two columns at the foot of a three-column grid goes on at the top of the next page in
    a two-column grid (no rule for the column the span covers): the cells have the same edges, so the cut
    row is joined whatever the column counts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    path = gen_dir / "span_cut.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.7)
    x0, x1, x2, x3 = 40, 60, 200, 300
    words = ("Promovarea parteneriatelor cu organizații și alte instituții din comunitate în interesul copiilor "
             "incluși în programul de sprijin al centrului: Clubul Sportiv cursuri de înot Asociația").split()
    nxt_word = "EVRIMATRIX"

    def wrap(words):  # at the spanning cell's inner width
        lines = [""]
        for w in words:
            if lines[-1] and stringWidth(lines[-1] + " " + w, pdf_font, 9) > x3 - x1 - 6:
                lines.append(w)
            else:
                lines[-1] = (lines[-1] + " " + w).strip()
        return lines

    lines = wrap(words)
    while stringWidth(lines[-1] + " " + nxt_word, pdf_font, 9) <= x3 - x1 - 6:
        words.insert(-1, "și")  # fill the last line: the next page's first word would not fit after it
        lines = wrap(words)
    assert x3 - 3 - (x1 + 3 + stringWidth(lines[-1], pdf_font, 9)) < stringWidth(nxt_word, pdf_font, 9)
    c.setFont(pdf_font, 9)
    top = 200
    c.drawString(x1 + 3, top - 13, "Numărul programelor de intervenție")
    c.drawString(x2 + 3, top - 13, "158")
    mid = top - 20
    for k, ln in enumerate(lines):
        c.drawString(x1 + 3, mid - 13 - 11 * k, ln)
    bottom = mid - 11 * len(lines) - 8
    for y in (top, mid, bottom):
        c.line(x0, y, x3, y)
    for x in (x0, x1, x3):
        c.line(x, top, x, bottom)
    c.line(x2, top, x2, mid)  # the last row's cell spans the two right columns
    c.showPage()
    c.setLineWidth(0.7)
    c.setFont(pdf_font, 9)
    top = 800
    c.drawString(x1 + 3, top - 13, f"{nxt_word} KIDS ACADEMY - cursuri de informatică.")
    for y in (top, top - 20):
        c.line(x0, y, x3, y)
    for x in (x0, x1, x3):
        c.line(x, top, x, top - 20)
    c.showPage()
    c.save()
    doc = read_pdf(path, "s")
    tables = _tables(doc)
    assert len(tables) == 1
    assert tables[0].rows[-1].cells[-1].text == " ".join(lines) + f" {nxt_word} KIDS ACADEMY - cursuri de informatică."


def test_line_squeezed_between_two_grids_goes_back_into_the_upper_grids_last_cell(gen_dir, pdf_font):
    """A cell's overflow printed in the narrow gap right under its grid, with the next grid (same edges) right
    under it, is put back into the last filled cell of the upper grid's last row. A line set apart from the
    grids by ordinary spacing stays a paragraph."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = gen_dir / "squeezed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.7)
    xs = [40, 60, 200, 300]
    y = draw_ruled_grid(c, xs, 800, [["", "Activitate", "Număr"], ["", "Plasament la familii", "152 din care:"]], pdf_font)
    c.setFont(pdf_font, 11)
    c.drawString(40, y - 11, "126 copii în plasament familial și 26 de copii în tutelă")
    y = draw_ruled_grid(c, xs, y - 15, [["", "Atestare asistenți maternali", "44 persoane"]], pdf_font)
    c.setFont(pdf_font, 11)
    c.drawString(40, y - 25, "Tabelul de mai jos arată rapoartele")
    draw_ruled_grid(c, xs, y - 40, [["", "Monitorizare", "818 rapoarte"]], pdf_font)
    c.showPage()
    c.save()
    doc = read_pdf(path, "q")
    tables = _tables(doc)
    assert tables[0].grid()[-1][-1] == "152 din care: 126 copii în plasament familial și 26 de copii în tutelă"
    assert [b.text for b in doc.blocks if not isinstance(b, Table)] == ["Tabelul de mai jos arată rapoartele"]
