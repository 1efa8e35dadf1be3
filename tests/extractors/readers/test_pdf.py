from __future__ import annotations

from pathlib import Path

import pytest
from conftest import draw_ruled_grid

from extractors.model import Heading, ListItem, ReaderError, Table
from extractors.readers import pdf as pdf_reader
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


def test_random_bytes_is_corrupt(tmp_path):
    p = tmp_path / "junk.pdf"
    p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    with pytest.raises(ReaderError) as e:
        read_pdf(p, "x")
    assert e.value.reason == "corrupt_pdf"


def test_truncated_pdf_is_corrupt(tmp_path, ruled_split_pdf):
    data = Path(ruled_split_pdf).read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[: len(data) // 3])
    with pytest.raises(ReaderError) as e:
        read_pdf(p, "x")
    assert e.value.reason == "corrupt_pdf" and "ends early" in str(e.value)


def test_encrypted_pdf(encrypted_pdf):
    p = encrypted_pdf
    with pytest.raises(ReaderError) as e:
        read_pdf(p, "x")
    assert e.value.reason == "encrypted_pdf"


def test_zero_pages(zero_page_pdf):
    p = zero_page_pdf
    with pytest.raises(ReaderError) as e:
        read_pdf(p, "x")
    assert e.value.reason == "zero_pages"


def test_page_time_limit(monkeypatch, ruled_split_pdf):
    import time

    real = pdf_reader.read_born_digital_page

    def slow(doc, index):
        if index == 1:
            time.sleep(2)
        return real(doc, index)

    monkeypatch.setattr(pdf_reader, "read_born_digital_page", slow)
    monkeypatch.setattr(pdf_reader, "PAGE_TIMEOUT", 0.3)
    doc = read_pdf(ruled_split_pdf, "t")
    assert any(w.startswith("page_failed: page 2") for w in doc.warnings)
    assert [t.page for t in _tables(doc)] == [1]

    def always_slow(doc, index):
        time.sleep(2)

    monkeypatch.setattr(pdf_reader, "read_born_digital_page", always_slow)
    with pytest.raises(ReaderError) as e:
        read_pdf(ruled_split_pdf, "t")
    assert e.value.reason == "page_timeout"


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


def test_a_word_wider_than_its_cell_is_glued_back_also_in_capitals():
    from extractors.readers._pdf_layout import Word, cell_text
    box = (100.0, 0.0, 124.0, 40.0)  # a narrow 'Nr. crt.' cell, 24 pt wide
    broken = [Word("TOTA", 102.0, 2.0, 122.5, 12.0), Word("L", 102.0, 14.0, 107.0, 24.0)]
    assert cell_text(broken, box) == "TOTAL"
    # two words that each fit stay two words
    two = [Word("SC", 102.0, 2.0, 112.0, 12.0), Word("ALFA", 102.0, 14.0, 122.0, 24.0)]
    assert cell_text(two, box) == "SC ALFA"


# ------------------------------------------------------------------------------------------ unruled tables, columns


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


def test_ruled_narrow_cells_glue_back_words_and_figures_broken_for_lack_of_room(gen_dir, pdf_font):
    """A word processor's table (reportlab's: cells padded 6 pt, words wider than the cell split where the line is
    full): a header word broken with a little more room left than 0.45 of the type size but less than its next
    letter ("Capacitat" / "e"), one whose two pieces exceed the cell by less than half a point ("be" / "neficiari"),
    and a money figure broken at its decimal comma ("4.415.600" / ",00", no word starts with a comma) are read
    whole: the capacity column kept its header, the TOTAL its figure."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table as RLTable, TableStyle

    path = gen_dir / "ruled_narrow.pdf"
    size = 7.5
    cell = ParagraphStyle("cell", fontName=pdf_font, fontSize=size, leading=9)
    head = "Capacitatea / Categoriile de beneficiari"
    # the header cell just too narrow for "Capacitatea" and for "beneficiari" (the word processor's own test: a
    # word wider than the line is split), the budget cell too narrow for the figure with its decimals
    inner = stringWidth("beneficiari", pdf_font, size) - 0.1
    assert stringWidth("Capacitat", pdf_font, size) + 0.45 * size < inner < stringWidth("Capacitate", pdf_font, size)
    money = stringWidth("4.415.600", pdf_font, size) + 1.0
    assert money < stringWidth("4.415.600,", pdf_font, size)
    data = [[Paragraph(t, cell) for t in ("Nr.", "Denumirea serviciului", head, "Buget local (lei)")],
            [Paragraph(t, cell) for t in ("1.", "Centru de zi", "116 locuri / Persoane vârstnice", "4.415.600,00")]]
    table = RLTable(data, colWidths=[30, 120, inner + 12, money + 12])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    (t,) = _tables(read_pdf(path, "narrow"))
    assert t.grid()[0][2] == head
    assert t.grid()[1][3] == "4.415.600,00"


def test_two_words_wrapped_in_a_narrow_cell_with_less_room_than_a_letter_stay_two_words():
    from extractors.readers._pdf_layout import Word, cell_text
    box = (425.1, 528.05, 467.2, 562.65)  # padded 1.5 pt on the left; the right margin may be wider
    lines = [Word("Contribuții", 426.6, 530.0, 461.7, 538.0, 8.0, first=4.0),
             Word("persoane", 426.6, 539.0, 455.02, 547.0, 8.0, first=4.4),
             Word("beneficiare", 426.6, 548.0, 462.11, 556.0, 8.0, first=4.4)]
    assert cell_text(lines, box) == "Contribuții persoane beneficiare"
    # a stub of a letter or two left over is a word's end: glued with less room than its first letter
    stub = [Word("Capacitat", 394.87, 286.0, 430.71, 294.0, 7.5, first=4.7),
            Word("e", 394.87, 295.0, 399.5, 303.0, 7.5, first=4.6)]
    assert cell_text(stub, (388.87, 284.5, 440.19, 326.5)) == "Capacitate"


def test_a_name_of_two_capitalised_parts_broken_at_its_hyphen_is_joined_without_a_space():
    """"Popești-" / "Leordeni" in a narrow cell: one place name; a dash set apart ("zi -" / "Soare") keeps its
    space, a code broken after its hyphen is joined as before."""
    from extractors.readers._pdf_layout import join_lines

    assert join_lines(["Str. Morii nr. 50, Popești-", "Leordeni"]) == "Str. Morii nr. 50, Popești-Leordeni"
    assert join_lines(["Centrul de zi -", "Soare"]) == "Centrul de zi - Soare"
    assert join_lines(["8790 CR-", "D-VII"]) == "8790 CR-D-VII"
