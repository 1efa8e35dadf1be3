"""The furniture layer: running headers/footers and page numbers stay in the model, out of the body blocks."""
from __future__ import annotations

from extractors.model import Table
from extractors.readers import read_document
from extractors.readers.text import parse_text
from extractors.understanding.build import understand


def test_running_lines_are_furniture_not_body(ruled_split_pdf):
    doc = read_document(ruled_split_pdf, "x")
    furniture = [(b.page, b.text) for b in doc.furniture]
    assert (1, "Primăria Comunei Test - Plan anual 2024") in furniture
    assert (2, "Primăria Comunei Test - Plan anual 2024") in furniture
    assert (1, "Pagina 1") in furniture and (2, "Pagina 2") in furniture
    assert all(b.line is not None and b.bbox is not None for b in doc.furniture)
    body = [b.text for b in doc.blocks if not isinstance(b, Table)]
    assert not any("Plan anual 2024" in t or t.startswith("Pagina") for t in body)
    # downstream reads the body only: the table still runs over both pages, one part per page
    (t,) = [t for t in understand(doc).tables if t.table.n_cols == 5]
    assert [p.page for p in t.table.prov] == [1, 2]


def test_bookmark_remnants_are_gone_from_every_block_the_text_reader_gives():
    text = ("[bookmark: _Toc1]Capitolul I\n\n"
            "- [bookmark: _Hlk2]Centre de zi\n\n"
            "Nr.\t[bookmark: _Hlk3]Denumire\tCapacitate\n1.\t[bookmark: _Toc4]Centrul A\t10\n\n"
            "\t[bookmark: _Hlk5]\tServiciul\n\tActivitatea\n\n")
    texts = []
    for b in parse_text(text):
        if isinstance(b, Table):
            texts += [c.text for r in b.rows for c in r.cells]
        else:
            texts.append(b.text)
    assert texts and not any("bookmark" in t for t in texts)
    assert "Centrul A" in texts and "Capitolul I" in texts


def test_a_number_under_the_first_line_of_a_page_is_text_not_a_page_number(gen_dir, pdf_font):
    # page 2 opens with a heading wrapped before the law's number ("… potrivit Legii nr." / "350/2005"): a line of
    # figures in the page's top band, but under the page's body, not at its edge; "Pagina N din 2" at the foot is
    # the page number
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = gen_dir / "number_under_first_line.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in (1, 2):
        c.setFont(pdf_font, 10)
        if page == 2:
            c.drawString(57, 775, "Programul de finanțare nerambursabilă a serviciilor sociale, potrivit Legii nr.")
            c.drawString(57, 762, "350/2005")
        c.drawString(57, 700, f"Textul paginii {page}, un paragraf obișnuit al documentului.")
        c.drawCentredString(297, 30, f"Pagina {page} din 2")
        c.showPage()
    c.save()
    doc = read_document(path, "n")
    assert [b.text for b in doc.furniture] == ["Pagina 1 din 2", "Pagina 2 din 2"]
    assert any(b.text.endswith("potrivit Legii nr. 350/2005") for b in doc.blocks)
