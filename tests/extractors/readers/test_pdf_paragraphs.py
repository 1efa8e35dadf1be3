"""Paragraphs and list items from a PDF page's lines (:mod:`extractors.readers._pdf_paragraphs`)."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import ListItem
from extractors.readers.pdf import read_pdf


def test_a_wrapped_line_opening_with_a_dash_goes_on_with_its_numbered_item(gen_dir, pdf_font):
    # a numbered item filling its line to the margin mid-sentence, its last words "– total 126.720 lei;" wrapped onto
    # the next line, the dash first: the item's end, not an item of its own. A dash after a line ending a sentence
    # (an intro ending in ':', an item ending in ';') starts an item, and so does a dash in a list of dash items
    path = gen_dir / "dash_wrapped.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 9)
    item = ("2. Serviciul de masă pe roți (furnizor: Asociația Diakonia), pentru 44 beneficiari, în cuantum de 240 "
            "lei/beneficiar/lună, pe 12 luni")
    margin = 50 + c.stringWidth(item, pdf_font, 9) + 3  # the text's right edge: the item's line is full
    lines = ["1. Cămin pentru persoane vârstnice: 12 beneficiari/lună × 320 lei/lună × 12 luni = 46.080 lei;",
             item, "– total 126.720 lei;",
             "3. Cantina socială, pentru 94 beneficiari:", "– total 259.440 lei;", "- masă caldă;", "- pachete"]
    y = 780
    for text in lines:
        c.drawString(50, y, text)
        y -= 12
    c.drawString(50, y - 30, "Text de referință pentru marginea din dreapta a coloanei.")
    c.drawRightString(margin, y - 30, "margine")
    c.showPage()
    c.save()
    doc = read_pdf(path, "dw")
    items = [(b.marker, b.text) for b in doc.blocks if isinstance(b, ListItem)]
    assert items[1][0] == "2." and items[1][1].endswith("pe 12 luni – total 126.720 lei;")
    assert [m for m, _ in items] == ["1.", "2.", "3.", "–", "-", "-"]


def test_a_periods_second_date_wrapped_with_its_dash_goes_on_with_its_title(gen_dir, pdf_font):
    # a title naming its period, wrapped before the dash between the two dates ("… în perioada 01.07.2026" /
    # "– 31.12.2026"): one paragraph (the second date was a list item, and the document lost its year); a dash item
    # under a line that ends on no date is still an item
    path = gen_dir / "dash_period.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 12)
    first = "RAPORT privind activitatea asistenților personali în perioada 01.07.2026"
    margin = 50 + c.stringWidth(first, pdf_font, 12) + 3  # the title's first line is full
    c.drawString(50, 780, first)
    c.drawString(50, 765, "– 31.12.2026")
    c.setFont(pdf_font, 10)
    c.drawString(50, 730, "Activitățile desfășurate în semestru")
    c.drawString(50, 718, "– 2026 anchete sociale")
    c.drawRightString(margin, 690, "margine")
    c.showPage()
    c.save()
    doc = read_pdf(path, "period")
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "RAPORT privind activitatea asistenților personali în perioada 01.07.2026 – 31.12.2026"
    assert [(b.marker, b.text) for b in doc.blocks if isinstance(b, ListItem)] == [("–", "2026 anchete sociale")]
