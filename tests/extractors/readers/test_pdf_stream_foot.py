"""Ruleless tables at a page's foot: a header, a first row or a group label left there goes with the next
page's table; a header at the foot of two pages is no running footer."""
from __future__ import annotations

import pytest

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import Table
from extractors.readers.pdf import read_pdf
from pdf_rows_kit import LEADING, SIZE, tables_of, top_row


def test_header_at_one_page_foot_and_the_next_page_top_is_no_running_line(gen_dir, pdf_font):
    """A table's header left at the foot of page 1 and repeated at the top of page 2 (one table per row under a
    repeated header) is read, not dropped as a running header or footer: those keep to one band of the page."""
    path = gen_dir / "header_foot_top.pdf"
    xs = [50, 120, 300, 420, 545]
    head = {0: "Nr. crt.", 1: "Tipuri de personal", 2: "Nr. persoane", 3: "Costuri estimate"}
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Planul anual de acțiune privind serviciile sociale.")
    y = top_row(c, pdf_font, 70, xs, head)
    top_row(c, pdf_font, y, xs, {0: "1.", 1: "Mediator sanitar", 2: "19", 3: "4.900"}, right=(2, 3))
    c.showPage()
    y = top_row(c, pdf_font, 800, xs, head)
    y = top_row(c, pdf_font, y, xs, {0: "2.", 1: "Consilier juridic", 2: "30", 3: "7.000"}, right=(2, 3))
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 40, "Parteneriate încheiate cu organizații neguvernamentale din județ.")
    c.showPage()
    c.save()
    doc = read_pdf(path, "foot")
    assert not doc.furniture
    rows = [r for t in tables_of(doc) for r in t.grid()]
    assert rows.count(["Nr. crt.", "Tipuri de personal", "Nr. persoane", "Costuri estimate"]) == 2
    assert ["1.", "Mediator sanitar", "19", "4.900"] in rows and ["2.", "Consilier juridic", "30", "7.000"] in rows


def test_fragment_with_a_tall_header_at_the_page_foot_keeps_its_rows(gen_dir, pdf_font):
    """One row under its header (a fragment), the last thing on its page: a header wrapped over seven lines in
    narrow columns and a row wrapped over four. Only the gap between them is a row gap (nothing follows the
    row): the header's many lines do not make it a list set line by line; header and row are one row each."""
    path = gen_dir / "tall_header_foot.pdf"
    xs = [50, 75, 115, 235, 275, 315, 355]
    head = {0: "Nr.|crt.", 1: "Cod|no|mencl|ator", 2: "Denumirea|serviciului|social", 3: "Capa|citate|/|Cat|egorii|de|benef",
            4: "Grad|de|ocup|are", 5: "Buge|t|local|UAT"}
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Servicii sociale la domiciliu")
    y = top_row(c, pdf_font, 200, xs, head)
    top_row(c, pdf_font, y, xs, {0: "6.", 1: "8810|ID-I", 2: "Unități de îngrijire|la domiciliu „Raza|de Soare”",
                                  3: "194|locuri|/ Pers|oane", 4: "54,2%", 5: "592.|700,|00"}, right=(1, 3, 4, 5))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "tall"))
    g = table.grid()
    assert len(g) == 2 and table.n_cols == 6
    assert g[1][:3] == ["6.", "8810 ID-I", "Unități de îngrijire la domiciliu „Raza de Soare”"]


def test_header_wrapped_over_lines_at_the_page_foot_heads_the_next_pages_rows(gen_dir, pdf_font):
    """A header whose cells wrap over three lines, left alone at the foot of a page; its rows on the next page,
    figures set right: the header's lines are one header row, on top of the next page's table."""
    path = gen_dir / "wrapped_header_foot.pdf"
    xs = [50, 90, 180, 330, 430, 545]
    head = {0: "Nr. de|ordine", 1: "CPV", 2: "Tipul și obiectul|contractului de|achiziție publică",
            3: "Valoarea estimată|(lei fără TVA)", 4: "Surse de|finanțare"}
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Planul anual de acțiune privind serviciile sociale.")
    top_row(c, pdf_font, 80, xs, head)
    c.showPage()
    y = top_row(c, pdf_font, 800, xs, {0: "1.", 1: "60130000-8", 2: "Servicii de transport", 3: "43.700",
                                        4: "Buget local"}, right=(0, 1, 3))
    top_row(c, pdf_font, y, xs, {0: "2.", 1: "85311100-3", 2: "Servicii de îngrijire", 3: "12.500",
                                  4: "Buget local"}, right=(0, 1, 3))
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 80, "Parteneriate încheiate cu organizații neguvernamentale din județ.")
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "wrapped_foot"))
    assert table.grid() == [
        ["Nr. de ordine", "CPV", "Tipul și obiectul contractului de achiziție publică",
         "Valoarea estimată (lei fără TVA)", "Surse de finanțare"],
        ["1.", "60130000-8", "Servicii de transport", "43.700", "Buget local"],
        ["2.", "85311100-3", "Servicii de îngrijire", "12.500", "Buget local"]]


def test_header_at_the_foot_of_two_pages_with_a_row_under_one_is_no_running_footer(gen_dir, pdf_font):
    """A table printed one row each under a repeated header: the header falls at the foot of page 1 (its row on
    page 2) and again near the foot of page 2, with the table's total under it. A running footer is the last text
    of its page (a page number aside): a line with the page's text under it is the page's body, so the header is
    read on both pages, not dropped as a footer seen twice."""
    path = gen_dir / "header_foot_twice.pdf"
    xs = [50, 120, 300, 420, 545]
    head = {0: "Nr. crt.", 1: "Serviciul social", 2: "Capacitate", 3: "Beneficiari"}
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in (1, 2, 3):
        c.setFont(pdf_font, 10)
        c.drawCentredString(300, 30, f"Pagina {page} din 3")
        if page == 1:
            c.drawString(50, 780, "Situația serviciilor sociale la 31 decembrie 2025")
            top_row(c, pdf_font, 75, xs, head)
        elif page == 2:
            y = top_row(c, pdf_font, 800, xs, {0: "1.", 1: "Centre de zi", 2: "14", 3: "10"}, right=(2, 3))
            y = top_row(c, pdf_font, y, xs, head)
            y = top_row(c, pdf_font, y, xs, {0: "2.", 1: "Locuințe protejate", 2: "65", 3: "42"}, right=(2, 3))
            y = top_row(c, pdf_font, 75, xs, head)
            top_row(c, pdf_font, y, xs, {1: "TOTAL GENERAL", 2: "79", 3: "52"}, right=(2, 3))
        else:
            c.drawString(50, 780, "Execuția bugetară a fost de 82.425,48 mii lei.")
        c.showPage()
    c.save()
    doc = read_pdf(path, "foot_twice")
    assert [b.text for b in doc.furniture] == ["Pagina 1 din 3", "Pagina 2 din 3", "Pagina 3 din 3"]
    rows = [r for t in tables_of(doc) for r in t.grid()]
    assert ["1.", "Centre de zi", "14", "10"] in rows and ["", "TOTAL GENERAL", "79", "52"] in rows


def test_a_first_row_left_alone_at_the_page_foot_goes_on_the_next_pages_table(gen_dir, pdf_font):
    """A label | value sheet under each service's name, one ending the page with its first row alone ("Licență de
    funcționare | nr. 5619/11.02.2022"), its other rows on the next page: the row is that table's first (it was
    read as a paragraph, and the next page's rows as a table of no service). A line of cells alone at a page's
    foot whose next page starts no table in its columns stays text."""
    path = gen_dir / "row_at_foot.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)

    def sheet(y: float, rows: list[tuple[str, str]]) -> float:
        c.setFont(pdf_font, 7.5)
        for label, value in rows:
            c.drawString(57, y, label)
            c.drawRightString(538, y, value)
            y -= 15
        return y

    c.setFont(pdf_font, 10)
    c.drawString(57, 800, "1. Centre de zi „Lumina”")
    sheet(780, [("Licență de funcționare", "nr. 5299/02.01.2023"), ("Cod serviciu social", "8899 CZ-D-I"),
                ("Capacitate", "20 locuri"), ("Grad de ocupare", "95%")])
    c.setFont(pdf_font, 10)
    c.drawString(57, 90, "2. Centre de primire în regim de urgență „Căsuța Veselă”")
    sheet(70, [("Licență de funcționare", "nr. 5619/11.02.2022")])
    c.drawCentredString(300, 30, "Pagina 1 din 3")
    c.showPage()
    sheet(780, [("Cod serviciu social", "8790-CR-VD-I"), ("Capacitate", "9 locuri"), ("Grad de ocupare", "44,4%")])
    c.setFont(pdf_font, 10)
    c.drawString(57, 700, "Capitolul IV – Resurse financiare")
    sheet(70, [("Buget aprobat", "84.260,98 mii lei")])
    c.drawCentredString(300, 30, "Pagina 2 din 3")
    c.showPage()
    c.setFont(pdf_font, 10)
    c.drawString(57, 780, "Execuția bugetară a fost de 82.425,48 mii lei, din care venituri proprii 3.120,57 mii lei.")
    c.drawCentredString(300, 30, "Pagina 3 din 3")
    c.showPage()
    c.save()
    doc = read_pdf(path, "row_foot")
    grids = [t.grid() for t in tables_of(doc)]
    assert grids[1] == [["Licență de funcționare", "nr. 5619/11.02.2022"], ["Cod serviciu social", "8790-CR-VD-I"],
                        ["Capacitate", "9 locuri"], ["Grad de ocupare", "44,4%"]]
    assert len(grids) == 2
    assert "Buget aprobat 84.260,98 mii lei" in [b.text for b in doc.blocks if not isinstance(b, Table)]


_GROUP_HEADER_XS = [50, 120, 260, 330, 400, 470, 545]


def _group_header_at_foot(c, pdf_font: str) -> None:
    """A page ending with a table's header: a group cell over sub-columns set a row's gap under it."""
    xs = _GROUP_HEADER_XS
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Planul anual de acțiune privind serviciile sociale.")
    y = top_row(c, pdf_font, 110, xs, {0: "Codul|serviciului", 1: "Serviciul social", 2: "Grad de|ocupare",
                                        3: "Bugetele estimate pe surse de finanțare"})
    top_row(c, pdf_font, y, xs, {3: "Bugetul local|(mii lei)", 4: "Buget|județean", 5: "Contribuții|beneficiari"})
    c.showPage()


def test_a_header_with_a_group_cell_over_sub_columns_at_the_page_foot_heads_the_next_page(gen_dir, pdf_font):
    """A header left alone at the foot of a page whose group cell ("Bugetele estimate pe surse de finanțare") stands
    over sub-columns set from the top of a row of their own, a row's gap under it: still a header left there, the
    table at the top of the next page goes on under it (the header was a table of its own, the rows a table of no
    header)."""
    path = gen_dir / "group_header_foot.pdf"
    xs = _GROUP_HEADER_XS
    c = canvas.Canvas(str(path), pagesize=A4)
    _group_header_at_foot(c, pdf_font)
    y = top_row(c, pdf_font, 800, xs, {0: "8899 CZ-PFA-I", 1: "Centre de zi pentru|informare și consiliere",
                                        2: "74,7%", 3: "339,7", 5: "12,5"}, right=(2, 3, 4, 5))
    top_row(c, pdf_font, y, xs, {0: "8730 CR-V-III", 1: "Locuințe protejate", 2: "45,3%", 3: "233,1", 4: "826,7",
                                  5: "-"}, right=(2, 3, 4, 5))
    c.setFont(pdf_font, 10)
    c.drawString(50, 600, "Parteneriate încheiate cu organizații neguvernamentale din județ.")
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "group_foot"))
    g = table.grid()
    assert g[-2:] == [["8899 CZ-PFA-I", "Centre de zi pentru informare și consiliere", "74,7%", "339,7", "", "12,5"],
                      ["8730 CR-V-III", "Locuințe protejate", "45,3%", "233,1", "826,7", "-"]]
    assert g[0][0] == "Codul serviciului" and "Bugetul local (mii lei)" in [" ".join(r[3] for r in g[:-2]).strip(),
                                                                              g[1][3]]


def test_a_group_label_left_at_the_page_foot_ends_its_table(gen_dir, pdf_font):
    """Tables printed one row each under a repeated header: the header and the first group's label ("Servicii pentru
    victimele violenței domestice", across the name and code columns) end page 1, the group's rows are on page 2
    under the header again. The label is the last row of page 1's table (it was read as a paragraph, and the rows on
    page 2 lost their group)."""
    path = gen_dir / "label_foot.pdf"
    xs = [50, 120, 220, 300, 380, 460, 545]
    head = {0: "Nr. crt.", 1: "Tipul și denumirea|serviciului social", 2: "Cod serviciu", 3: "Capacitate",
            4: "Beneficiari", 5: "Grad de|ocupare"}
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Capitolul III – Serviciile sociale furnizate")
    y = top_row(c, pdf_font, 110, xs, head)
    top_row(c, pdf_font, y, xs, {0: "Servicii pentru victimele violenței domestice"})
    c.showPage()
    y = top_row(c, pdf_font, 800, xs, head)
    y = top_row(c, pdf_font, y, xs, {0: "1.", 1: "Centre de consiliere|„Floare de Colț”", 2: "8899 CZ-VD-I",
                                      3: "53", 4: "46", 5: "86,8"}, right=(3, 4, 5))
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 30, "Capitolul IV – Resurse financiare")
    c.showPage()
    c.save()
    doc = read_pdf(path, "label_foot")
    first = tables_of(doc)[0]
    assert first.page == 1 and first.grid()[-1][0] == "Servicii pentru victimele violenței domestice"
    assert "Servicii pentru victimele violenței domestice" not in [b.text for b in doc.blocks if not isinstance(b, Table)]


def test_a_header_left_at_the_foot_with_no_table_after_it_keeps_all_its_rows_as_text(gen_dir, pdf_font):
    """A header with a group cell over sub-columns left at the foot of the last page, no table on a next page: it is
    read as text, its sub-columns' row too (only its first row was kept)."""
    path = gen_dir / "group_header_alone.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _group_header_at_foot(c, pdf_font)
    c.save()
    text = " ".join(b.text for b in read_pdf(path, "alone").blocks if not isinstance(b, Table))
    # ("Contribuții" / "beneficiari": two lines exactly as wide as their column, the only ones in it, read as a word
    # broken for lack of room: the geometry cannot tell)
    assert "Serviciul social" in text and "Buget județean" in text and "beneficiari" in text


def test_a_group_label_at_the_page_foot_before_rows_going_on_without_header_ends_its_table(gen_dir, pdf_font):
    """A table going on over a page break, its header not repeated: rows, then the next group's label ("Alte
    categorii de persoane vulnerabile") alone at the foot of page 1, that group's rows at the top of page 2. The
    label is page 1's table's last row (it was read as a paragraph after the table, so the rows on page 2 were no
    part going on from it, and lost their group)."""
    path = gen_dir / "label_foot_no_header.pdf"
    xs = [50, 120, 220, 300, 380, 460, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Capitolul III – Serviciile sociale furnizate")
    y = top_row(c, pdf_font, 200, xs, {0: "Nr. crt.", 1: "Tipul și denumirea|serviciului social", 2: "Cod serviciu",
                                        3: "Capacitate", 4: "Beneficiari", 5: "Grad de|ocupare"})
    y = top_row(c, pdf_font, y, xs, {0: "Persoane vârstnice"})
    for nr, name, code in (("1.", "Centrul de zi|„Sf. Maria”", "8810 CZ-V-I"), ("2.", "Cămin pentru|vârstnici",
                                                                               "8730 CR-V-I")):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: name, 2: code, 3: "25", 4: "24", 5: "96,0"}, right=(3, 4, 5))
    top_row(c, pdf_font, y, xs, {0: "Alte categorii de persoane vulnerabile"})
    c.showPage()
    y = 800
    for nr, name, code in (("3.", "Adăpost de|noapte", "8790 CR-PFA-II"), ("4.", "Cantina|socială", "8899 CPDH-I")):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: name, 2: code, 3: "35", 4: "34", 5: "97,1"}, right=(3, 4, 5))
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 30, "Capitolul IV – Resurse financiare")
    c.showPage()
    c.save()
    doc = read_pdf(path, "label_foot_no_header")
    first = tables_of(doc)[0]
    assert first.page == 1 and first.grid()[-1][0] == "Alte categorii de persoane vulnerabile"
    assert "Alte categorii de persoane vulnerabile" not in [b.text for b in doc.blocks if not isinstance(b, Table)]


def test_a_group_label_in_the_name_column_at_the_page_foot_ends_its_table(gen_dir, pdf_font):
    """Group labels set in the name column ("Centre rezidențiale", a row of one cell there): the next group's label
    alone at the foot of page 1, its rows going on at the top of page 2 without the header. The label is page 1's
    table's last row, in the name column (it was read as a paragraph: the label started no row at the table's left
    edge, and its group's rows lost their category)."""
    path = gen_dir / "name_column_label_foot.pdf"
    xs = [50, 80, 160, 300, 380, 460, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Capitolul III – Serviciile sociale furnizate")
    y = top_row(c, pdf_font, 200, xs, {0: "Nr.", 1: "Cod serviciu", 2: "Tipul și denumirea|serviciului social",
                                        3: "Capacitate", 4: "Beneficiari", 5: "Grad de|ocupare"})
    y = top_row(c, pdf_font, y, xs, {2: "Centre rezidențiale"})
    for nr, code, name in (("1.", "8730 CR-V-I", "Cămine pentru|persoane vârstnice"),
                           ("2.", "8790 CR-D-VI", "Centre respiro")):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: code, 2: name, 3: "25", 4: "24", 5: "96,0"}, right=(3, 4, 5))
    top_row(c, pdf_font, y, xs, {2: "Servicii sociale de zi"})
    c.showPage()
    y = 800
    for nr, code, name in (("3.", "8899 CZ-PN-IV", "Centre de zi de|integrare"), ("4.", "8891 CZ-C-VI",
                                                                                "Centre de zi|„Sf. Ana”")):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: code, 2: name, 3: "35", 4: "34", 5: "97,1"}, right=(3, 4, 5))
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 30, "Capitolul IV – Resurse financiare")
    c.showPage()
    c.save()
    doc = read_pdf(path, "name_column_label_foot")
    first = tables_of(doc)[0]
    assert first.page == 1 and first.grid(fill_spans=False)[-1] == ["", "", "Servicii sociale de zi", "", "", ""]
    assert "Servicii sociale de zi" not in [b.text for b in doc.blocks if not isinstance(b, Table)]


def test_a_group_label_wrapped_in_the_name_column_at_the_page_foot_ends_its_table(gen_dir, pdf_font):
    """The next group's label left at the foot of page 1 wrapped over five lines of the name column (where the
    table's group labels stand), its rows going on at the top of page 2 without the header: the label is page 1's
    table's last row, one cell (its lines were read as five paragraphs, and the rows on page 2 as a table of no
    header)."""
    path = gen_dir / "wrapped_label_foot.pdf"
    xs = [50, 80, 160, 230, 310, 390, 470, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Capitolul III – Serviciile sociale furnizate")
    y = top_row(c, pdf_font, 240, xs, {0: "Nr.", 1: "Cod serviciu", 2: "Denumirea|serviciului", 3: "Sediul",
                                        4: "Capacitate", 5: "Beneficiari", 6: "Buget|(mii lei)"})
    y = top_row(c, pdf_font, y, xs, {2: "A. Centre|rezidențiale"})
    for nr, code, name in (("1.", "8730 CR-V-I", "Cămine pentru|vârstnici"), ("2.", "8790 CR-D-VI", "Centre|respiro")):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: code, 2: name, 3: "Str. Mare|nr. 5", 4: "25", 5: "24",
                                         6: "1.249"}, right=(4, 5, 6))
    top_row(c, pdf_font, y, xs, {2: "B. Servicii|sociale pentru|persoane fără|adăpost și|alte categorii"})
    c.showPage()
    y = 800
    for nr, code, name in (("3.", "8790 CR-PFA-II", "Adăpost de|noapte"), ("4.", "8899 CPDH-I", "Cantina|socială")):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: code, 2: name, 3: "Str. Mică|nr. 2", 4: "35", 5: "34",
                                         6: "677"}, right=(4, 5, 6))
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 30, "Capitolul IV – Resurse financiare")
    c.showPage()
    c.save()
    doc = read_pdf(path, "wrapped_label_foot")
    first = tables_of(doc)[0]
    label = "B. Servicii sociale pentru persoane fără adăpost și alte categorii"
    assert first.page == 1 and first.grid(fill_spans=False)[-1] == ["", "", label, "", "", "", ""]
    assert not any("B. Servicii" in b.text or "adăpost" in b.text for b in doc.blocks if not isinstance(b, Table))


def test_a_fragments_header_at_the_top_of_pages_and_in_their_body_is_no_running_header(gen_dir, pdf_font):
    """A table printed one row per part under a repeated header: the header starts pages 2 and 3 and is printed
    again lower on every page. It is the table's, not a running header (its first lines were dropped from the
    top of each page, and the part under them lost its header)."""
    path = gen_dir / "fragments_header_top.pdf"
    xs = [50, 120, 300, 420, 545]
    head = {0: "Cod|serviciu", 1: "Denumire serviciu social", 2: "Capacitate", 3: "Buget|județean"}
    c = canvas.Canvas(str(path), pagesize=A4)
    n = 0
    for page in range(3):
        y = 800
        if page == 0:
            c.setFont(pdf_font, 10)
            c.drawString(50, y, "Planul anual de acțiune privind serviciile sociale.")
            y -= 40
        for _ in range(2):
            n += 1
            y = top_row(c, pdf_font, y, xs, head)
            y = top_row(c, pdf_font, y, xs, {0: f"8790|CR-{n}", 1: f"Centrul nr. {n}", 2: "25", 3: f"{n}00.000"},
                        right=(2, 3)) - 20
        c.showPage()
    c.save()
    doc = read_pdf(path, "fragments_top")
    tables = tables_of(doc)
    assert len(tables) == 6
    assert all(t.grid()[0] == ["Cod serviciu", "Denumire serviciu social", "Capacitate", "Buget județean"]
               for t in tables)


def _header_left_at_the_foot(path, pdf_font, head: dict[int, str], row: dict[int, str], right: tuple[int, ...]):
    """The grid of a table whose two-line header ends page 1 (alone at its foot) and whose one row opens page 2."""
    xs = [50, 80, 150, 300, 390, 470, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Planul anual de acțiune privind serviciile sociale.")
    top_row(c, pdf_font, 90, xs, head)
    c.showPage()
    y = top_row(c, pdf_font, 800, xs, row, right=right)
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 80, "Parteneriate încheiate cu organizații neguvernamentale din județ.")
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, path.stem))
    return table.grid()


_HEAD = {0: "Nr.", 1: "Cod", 2: "Furnizorul|serviciului", 4: "Buget de|stat", 5: "Alte|surse"}
_ROW = {0: "3.", 1: "8810|CZ-V-II", 2: "Direcția de|Asistență Socială", 3: "11", 4: "793.000", 5: "-"}


def test_header_with_a_year_on_a_line_of_its_own_at_the_page_foot_heads_the_next_pages_row(gen_dir, pdf_font):
    """A header left at the foot of a page whose cell's year wraps alone onto its last line ("Beneficiari" /
    "în anul" / "2020"), beside another cell's last line: a header line, not a row of figures; its row on the next
    page, the provider's address set right, is read in the header's columns (it was read in eleven columns)."""
    g = _header_left_at_the_foot(gen_dir / "year_header_foot.pdf", pdf_font,
                                 {**_HEAD, 3: "Beneficiari|în anul|2020", 4: "Buget de|stat|(lei)"},
                                 {**_ROW, 2: "Direcția de|Asistență Socială,|str. Tudor|nr. 34"}, right=(2, 3, 4, 5))
    assert g[0] == ["Nr.", "Cod", "Furnizorul serviciului", "Beneficiari în anul 2020", "Buget de stat (lei)",
                    "Alte surse"]
    assert g[1] == ["3.", "8810 CZ-V-II", "Direcția de Asistență Socială, str. Tudor nr. 34", "11", "793.000", "-"]


@pytest.mark.parametrize("name,cell,header", [
    # the year in brackets ("Beneficiari" / "asistați" / "(2019)"): a header line too (the header was read as a
    # table of its own, each line a row, and the row on the next page lost its header)
    ("bracket_year", "Beneficiari|asistați|(2019)", "Beneficiari asistați (2019)"),
    # a date ending a header cell ("Număr" / "beneficiari la" / "31.12.2022") is a header line as a year is
    ("date", "Număr|beneficiari la|31.12.2022", "Număr beneficiari la 31.12.2022"),
])
def test_header_ending_in_a_dated_line_at_the_page_foot_heads_the_next_pages_row(gen_dir, pdf_font, name, cell,
                                                                                 header):
    g = _header_left_at_the_foot(gen_dir / f"{name}_header_foot.pdf", pdf_font, {**_HEAD, 3: cell}, _ROW,
                                 right=(3, 4, 5))
    assert g[0] == ["Nr.", "Cod", "Furnizorul serviciului", header, "Buget de stat", "Alte surse"]
    assert g[1] == ["3.", "8810 CZ-V-II", "Direcția de Asistență Socială", "11", "793.000", "-"]


def test_a_heading_at_the_page_foot_under_a_table_is_no_group_label_of_it(gen_dir, pdf_font):
    """A table ends near the foot of page 1, then a section heading in a larger type starting at the table's left
    edge; page 2 starts with the section's table in much the same columns: the heading stays a heading (it was
    taken for a group label left at the foot, a row of the table above)."""
    path = gen_dir / "heading_foot.pdf"
    xs = [50, 120, 300, 420, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "I. Serviciile sociale administrate")
    y = top_row(c, pdf_font, 120, xs, {0: "Nr. crt.", 1: "Serviciul social", 2: "Nr. locuri", 3: "Buget local"})
    top_row(c, pdf_font, y, xs, {0: "TOTAL", 3: "4.403.400,00"}, right=(3,))
    c.setFont(pdf_font, 10)
    c.drawString(50, 50, "II. Stadiul înființării serviciilor sociale propuse")
    c.showPage()
    y = top_row(c, pdf_font, 800, xs, {0: "Nr. crt.", 1: "Serviciul social propus", 2: "Capacitate", 3: "Termen"})
    top_row(c, pdf_font, y, xs, {0: "1.", 1: "Centru de zi", 2: "15 locuri", 3: "31.12.2019"})
    c.showPage()
    c.save()
    doc = read_pdf(path, "heading_foot")
    assert any(b.text.endswith("Stadiul înființării serviciilor sociale propuse") for b in doc.blocks
               if not isinstance(b, Table))
    first = tables_of(doc)[0]
    assert first.grid()[-1][0] == "TOTAL"


_ACROSS = {0: "A. Servicii sociale pentru persoane vârstnice"}


@pytest.mark.parametrize("label, col, group", [(_ACROSS, 0, "Buget 2025 (lei)"),
                                               ({2: "A. Servicii|sociale pentru|persoane|vârstnice"}, 2,
                                                "Buget 2025 (lei)"),
                                               (_ACROSS, 0, "Buget")])
def test_a_header_with_its_first_groups_label_at_the_page_foot_heads_the_next_pages_rows(gen_dir, pdf_font, label,
                                                                                          col, group):
    """A header left at the foot of a page with its first group's label a row's gap under it (across the table
    from its left edge, or wrapped inside the name column), the group's rows at the top of the next page without
    the header: the header, the label and the rows are one table (the label was read as a heading and the header
    as a table of no row, so the rows on the next page had no header). The header's group cell ("Buget 2025 (lei)",
    or "Buget" set left, over its first sub-column only) stands over four sub-columns printed on its third line,
    beside the code and name columns' last words: that line has more cells than the first."""
    path = gen_dir / f"header_label_foot_{col}_{len(group)}.pdf"
    xs = [50, 80, 150, 250, 310, 370, 430, 490, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Anexa nr. 1 – Bugetul serviciilor sociale pe anul 2025")
    y = top_row(c, pdf_font, 100, xs, {0: "Nr.|crt.", 1: "Codul|serviciului|(HG 867)", 2: "Denumirea|serviciului|social",
                                       3: "Capacitate"})
    c.drawString(xs[4] + 4, 100 - SIZE, group)
    for k, sub in enumerate(("Local", "Stat", "Contrib.", "Total")):
        c.drawString(xs[4 + k] + 4, 100 - SIZE - 2 * LEADING, sub)
    top_row(c, pdf_font, y, xs, label)
    c.showPage()
    y = 800
    for row in (("1.", "8730 CR-V-I", "Căminul|„Pinocchio”", "83", "1.878,10", "778,70", "302,00", "2.958,80"),
                ("2.", "8810 CZ-V-II", "Centrul de zi|„Curcubeul”", "59", "448,30", "79,00", "-", "527,30")):
        y = top_row(c, pdf_font, y, xs, dict(enumerate(row)), right=(3, 4, 5, 6, 7))
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 40, "Anexa nr. 2 face parte integrantă din prezenta hotărâre.")
    c.showPage()
    c.save()
    doc = read_pdf(path, "header_label_foot")
    (table,) = tables_of(doc)
    g = table.grid()
    assert g[0][:4] == ["Nr. crt.", "Codul serviciului (HG 867)", "Denumirea serviciului social", "Capacitate"]
    assert ["", "", "", "", "Local", "Stat", "Contrib.", "Total"] in g[:3]
    assert [r[col] for r in g if r[col].startswith("A.")] == ["A. Servicii sociale pentru persoane vârstnice"]
    assert g[-2:] == [["1.", "8730 CR-V-I", "Căminul „Pinocchio”", "83", "1.878,10", "778,70", "302,00", "2.958,80"],
                      ["2.", "8810 CZ-V-II", "Centrul de zi „Curcubeul”", "59", "448,30", "79,00", "-", "527,30"]]
    assert not any(b.text.startswith("A. Servicii") for b in doc.blocks if not isinstance(b, Table))


def test_a_group_label_wrapped_at_the_page_foot_and_going_on_under_the_next_pages_header_ends_its_table(
        gen_dir, pdf_font):
    """A table printed with its header repeated on each page, rows breaking across pages: the next group's label
    starts at the foot of page 1 wrapped over lines of the name column ("Servicii" / "sociale"), its rest under the
    header at the top of page 2 ("pentru copii", a row of one cell in that column). No label stood in that column on
    page 1 before it, but page 2's part has one: the lines at the foot are page 1's table's last row, one cell (they
    were a paragraph, and the group's rows lost their category)."""
    path = gen_dir / "wrapped_label_foot_next_header.pdf"
    xs = [50, 80, 160, 230, 310, 390, 470, 545]
    head = {0: "Nr.", 1: "Cod serviciu", 2: "Denumirea|serviciului", 3: "Sediul", 4: "Capacitate", 5: "Beneficiari",
            6: "Buget|(mii lei)"}
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Capitolul III – Serviciile sociale furnizate")
    y = top_row(c, pdf_font, 240, xs, head)
    for nr, code, name in (("1.", "8730 CR-V-I", "Cămine pentru|vârstnici"), ("2.", "8790 CR-D-VI", "Centre|respiro")):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: code, 2: name, 3: "Str. Mare|nr. 5", 4: "25", 5: "24",
                                         6: "1.249"}, right=(4, 5, 6))
    top_row(c, pdf_font, y, xs, {2: "Servicii|sociale"})
    c.showPage()
    y = top_row(c, pdf_font, 800, xs, head)
    y = top_row(c, pdf_font, y, xs, {2: "pentru copii"})
    for nr, code, name in (("3.", "8790 CR-C-II", "Casa de tip|familial"), ("4.", "8891 CZ-C-II", "Centrul de|zi")):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: code, 2: name, 3: "Str. Mică|nr. 2", 4: "35", 5: "34",
                                         6: "677"}, right=(4, 5, 6))
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 30, "Capitolul IV – Resurse financiare")
    c.showPage()
    c.save()
    doc = read_pdf(path, "wrapped_label_foot_next_header")
    first, second = tables_of(doc)[:2]
    assert first.page == 1 and first.grid(fill_spans=False)[-1] == ["", "", "Servicii sociale", "", "", "", ""]
    assert second.grid(fill_spans=False)[1] == ["", "", "pentru copii", "", "", "", ""]
    assert not any("Servicii sociale" in b.text for b in doc.blocks if not isinstance(b, Table))
