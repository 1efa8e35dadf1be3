"""An institution that prints its name and place only in the page header of its document (a Word header part, a
running header on every PDF page) is the document's issuer: the readers keep that letterhead, understanding reads
it before the body."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.readers.docx import read_docx
from extractors.readers.pdf import read_pdf
from extractors.understanding.build import document_facts

LETTERHEAD = ["ROMÂNIA, JUDEȚUL VRANCEA, MUNICIPIUL FOCȘANI", "DIRECȚIA DE ASISTENȚĂ SOCIALĂ FOCȘANI"]
TITLE = "PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE PENTRU ANUL 2025"


def _docx(tmp_path: Path, first_page_header: bool) -> Path:
    from docx import Document

    doc = Document()
    section = doc.sections[0]
    if first_page_header:  # Word's "different first page": the letterhead only there
        section.different_first_page_header_footer = True
        header = section.first_page_header
        section.header.paragraphs[0].text = "Planul anual 2025 – pagina următoare"
    else:
        header = section.header
    header.paragraphs[0].text = LETTERHEAD[0]
    header.add_paragraph(LETTERHEAD[1])
    doc.add_heading(TITLE, 1)
    doc.add_paragraph("Planul cuprinde serviciile sociale existente și propuse.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def _pdf(tmp_path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    try:
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    except Exception:  # noqa: BLE001 - reportlab raises its own TTFError or OSError
        pytest.skip("DejaVu Sans not installed")
    path = tmp_path / "plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(3):
        c.setFont("DejaVu", 9)
        for k, line in enumerate(LETTERHEAD):
            c.drawString(72, 800 - 12 * k, line)
        c.setFont("DejaVu", 11)
        c.drawString(72, 720, TITLE if page == 0 else f"Activitățile planificate, partea {page + 1}.")
        c.drawString(280, 40, f"Pagina {page + 1} din 3")
        c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("first_page_header", [False, True], ids=["header", "first-page-header"])
def test_the_issuer_printed_in_a_docx_page_header_is_the_issuer(tmp_path: Path, first_page_header: bool):
    doc = read_docx(_docx(tmp_path, first_page_header), "x")
    assert [b.text for b in doc.letterhead][:2] == LETTERHEAD
    assert all(LETTERHEAD[1] not in b.text for b in doc.blocks)  # not body text
    facts = document_facts(doc)
    assert facts.issuer == "Direcția de Asistență Socială a Municipiului Focșani"
    assert (facts.uat, facts.county, facts.siruta) == ("Municipiul Focșani", "Vrancea", 174744)


def test_the_issuer_printed_in_a_pdf_running_header_is_the_issuer(tmp_path: Path):
    doc = read_pdf(_pdf(tmp_path), "x")
    assert [b.text for b in doc.letterhead] == LETTERHEAD  # the first page's; the page number is at the foot
    assert all(LETTERHEAD[1] not in b.text for b in doc.blocks)
    facts = document_facts(doc)
    assert facts.issuer == "Direcția de Asistență Socială a Municipiului Focșani"
    assert (facts.uat, facts.county) == ("Municipiul Focșani", "Vrancea")


def test_a_document_without_a_letterhead_reads_its_issuer_from_its_body(tmp_path: Path):
    from docx import Document

    doc = Document()
    for line in LETTERHEAD + [TITLE]:
        doc.add_paragraph(line)
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    read = read_docx(path, "x")
    assert read.letterhead == []
    assert document_facts(read).issuer == "Direcția de Asistență Socială a Municipiului Focșani"


def test_the_issuer_printed_in_an_odt_page_header_is_the_issuer(tmp_path: Path):
    import zipfile

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')
    content = (f'<office:document-content {ns}><office:body><office:text>'
               f'<text:h text:outline-level="1">{TITLE}</text:h><text:p>Planul cuprinde serviciile sociale.</text:p>'
               '</office:text></office:body></office:document-content>')
    styles = (f'<office:document-styles {ns}><office:master-styles><style:master-page style:name="Standard">'
              f'<style:header><text:p>{LETTERHEAD[0]}</text:p><text:p>{LETTERHEAD[1]}</text:p></style:header>'
              '</style:master-page></office:master-styles></office:document-styles>')
    path = tmp_path / "plan.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
        zf.writestr("styles.xml", styles)
    doc = read_docx(path, "x")
    assert doc.format == "odt" and [b.text for b in doc.letterhead] == LETTERHEAD
    assert document_facts(doc).issuer == "Direcția de Asistență Socială a Municipiului Focșani"
