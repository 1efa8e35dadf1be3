"""Small documents generated on the fly for the reader tests (reportlab for PDFs, python-docx for DOCX)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

_FONT = "Helvetica"
for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
    if Path(cand).exists():
        pdfmetrics.registerFont(TTFont("TestSans", cand))
        _FONT = "TestSans"
        break

HEADER = ["Nr.", "Cod serviciu", "Denumire", "Buget local", "Buget de stat"]
ROWS_P1 = [["1", "8810-ID-I", "Îngrijire la domiciliu", "120.000", "-"],
           ["2", "8899-CZ-PN-V", "Asistență comunitară", "35.000", "10.000"]]
ROWS_P2 = [["3", "8891-CZ-C-II", "Centru de zi", "90.500", "-"],
           ["4", "8730-CR-V-III", "Cămin pentru vârstnici", "1.200.000", "300.000"]]
COLS = [40, 80, 180, 330, 420, 510]  # x of the vertical rules


def _running(c, page_no: int, height: float) -> None:
    c.setFont(_FONT, 9)
    c.drawString(40, height - 30, "Primăria Comunei Test - Plan anual 2024")
    c.drawCentredString(300, 30, f"Pagina {page_no}")


def _ruled_rows(c, rows, top: float, row_h: float = 22, header_span: bool = False) -> float:
    """Draw rows of a ruled table from y=top downwards; return the bottom y."""
    y = top
    c.setFont(_FONT, 10)
    for row in rows:
        for i, text in enumerate(row):
            c.drawString(COLS[i] + 3, y - 15, text)
        y -= row_h
    # rules
    c.setLineWidth(0.7)
    for k in range(len(rows) + 1):
        c.line(COLS[0], top - k * row_h, COLS[-1], top - k * row_h)
    for x in COLS:
        c.line(x, top, x, y)
    return y


@pytest.fixture(scope="session")
def gen_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("readers")


def make_ruled_split_pdf(path: Path) -> Path:
    """Two pages: a heading, then a ruled table whose header has a cell spanning the two budget columns;
    the table continues on page 2 (two rows each page). Running header and page numbers on both pages."""
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    _running(c, 1, h)
    c.setFont(_FONT, 12)
    c.drawString(40, h - 70, "CAPITOLUL I: Administrarea serviciilor sociale")
    c.setFont(_FONT, 10)
    c.drawString(40, h - 90, "A. Serviciile sociale existente la nivel local")
    top = h - 110
    # two header rows: "Bugetele estimate" spans the last two columns, the other header cells span both rows
    c.setFont(_FONT, 10)
    c.setLineWidth(0.7)
    for i, text in enumerate(HEADER[:3]):
        c.drawString(COLS[i] + 3, top - 15, text)
    c.drawString(COLS[3] + 3, top - 15, "Bugetele estimate")
    c.drawString(COLS[3] + 3, top - 37, HEADER[3])
    c.drawString(COLS[4] + 3, top - 37, HEADER[4])
    c.line(COLS[0], top, COLS[-1], top)
    c.line(COLS[3], top - 22, COLS[-1], top - 22)  # only under the spanning cell
    c.line(COLS[0], top - 44, COLS[-1], top - 44)
    for x in COLS:
        if x == COLS[4]:
            c.line(x, top - 22, x, top - 44)
        else:
            c.line(x, top, x, top - 44)
    _ruled_rows(c, ROWS_P1, top - 44)
    c.showPage()
    _running(c, 2, h)
    _ruled_rows(c, ROWS_P2, h - 60)
    c.setFont(_FONT, 10)
    c.drawString(40, h - 150, "Capitolul II: Informarea publicului")
    c.showPage()
    c.save()
    return path


def make_unruled_pdf(path: Path) -> Path:
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(_FONT, 10)
    c.drawString(40, h - 60, "a) cursuri de perfecționare")
    rows = [["", "Nr. de persoane", "Buget estimat"],
            ["Personalul de specialitate", "4", "4.000 lei"],
            ["Consilieri de asistență socială", "2", "1.500 lei"]]
    xs = [40, 260, 400]
    y = h - 90
    for row in rows:
        for x, text in zip(xs, row):
            if text:
                c.drawString(x, y, text)
        y -= 16
    c.drawString(40, y - 20, "Activitățile se vor desfășura pe parcursul anului în funcție de bugetul aprobat "
                              "de consiliul local.")
    c.showPage()
    c.save()
    return path


def make_rotated_pdf(path: Path) -> Path:
    """A page with /Rotate 90 whose content is drawn turned, so that it reads upright on screen."""
    w, h = A4  # portrait media box; displayed landscape
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setPageRotation(90)
    c.translate(0, 0)
    c.rotate(90)  # user space now runs along the long side; y grows towards x=0 of the media box
    # in rotated space: origin at media (0,0), x along media +y, y along media -x; draw at negative y
    c.setFont(_FONT, 11)
    c.drawString(50, -60, "CAPITOLUL III: Programul de formare")
    c.setFont(_FONT, 10)
    xs = [50, 250, 400]
    y = -100
    for row in (["Teme de interes", "Nr. de persoane", "Buget estimat"], ["Asistență socială", "2", "100 lei"]):
        for x, text in zip(xs, row):
            c.drawString(x + 3, y - 14, text)
        y -= 20
    for k in range(3):
        c.line(50, -100 - 20 * k, 550, -100 - 20 * k)
    for x in xs + [550]:
        c.line(x, -100, x, -140)
    c.showPage()
    c.save()
    return path


def make_scanned_pdf(src_pdf: Path, path: Path, dpi: int = 200) -> Path:
    """An image-only PDF from the first page of ``src_pdf`` (what a scanner produces)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(src_pdf))
    img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    doc.close()
    img.save(str(path), "PDF", resolution=dpi)
    return path


def make_encrypted_pdf(path: Path) -> Path:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("secret-user", "secret-owner", canPrint=0)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=enc)
    c.drawString(40, 800, "Confidential plan")
    c.showPage()
    c.save()
    return path


def _zero_page_pdf() -> bytes:
    objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


ZERO_PAGE_PDF = _zero_page_pdf()


def make_docx(path: Path) -> Path:
    """Heading, numbered list, and a table with a vertically merged code cell and a horizontally merged
    header cell."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("CAPITOLUL I: Administrarea serviciilor sociale", level=1)
    d.add_paragraph("Planul cuprinde:")
    d.add_paragraph("Date privind administrarea serviciilor", style="List Number")
    d.add_paragraph("Planificarea activităților de informare", style="List Number")
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    texts = [["Cod", "Denumire", "Bugete", ""],
             ["", "", "Buget local", "Buget de stat"],
             ["8899-CZ-PN-V", "Asistență comunitară", "35.000", "-"],
             ["", "Centru de zi", "12.000", "5.000"]]
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            if text:
                t.cell(r, c).text = text
    t.cell(0, 2).merge(t.cell(0, 3))  # horizontal: "Bugete" over two columns
    t.cell(0, 0).merge(t.cell(1, 0))  # vertical: "Cod" over the two header rows
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(2, 0).merge(t.cell(3, 0))  # vertical: one code for two rows
    d.add_paragraph("Text după tabel.")
    d.save(str(path))
    return path


def make_zip_bomb(path: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<" + b" " * (8 * 1024 * 1024) + b"/>")
    path.write_bytes(buf.getvalue())
    return path


@pytest.fixture(scope="session")
def ruled_split_pdf(gen_dir) -> Path:
    return make_ruled_split_pdf(gen_dir / "ruled_split.pdf")


@pytest.fixture(scope="session")
def unruled_pdf(gen_dir) -> Path:
    return make_unruled_pdf(gen_dir / "unruled.pdf")


@pytest.fixture(scope="session")
def rotated_pdf(gen_dir) -> Path:
    return make_rotated_pdf(gen_dir / "rotated.pdf")


@pytest.fixture(scope="session")
def scanned_pdf(gen_dir, ruled_split_pdf) -> Path:
    return make_scanned_pdf(ruled_split_pdf, gen_dir / "scanned.pdf")


@pytest.fixture(scope="session")
def merged_docx(gen_dir) -> Path:
    return make_docx(gen_dir / "merged.docx")


@pytest.fixture(scope="session")
def encrypted_pdf(gen_dir) -> Path:
    return make_encrypted_pdf(gen_dir / "encrypted.pdf")


@pytest.fixture(scope="session")
def zero_page_pdf(gen_dir) -> Path:
    p = gen_dir / "zero.pdf"
    p.write_bytes(ZERO_PAGE_PDF)
    return p


@pytest.fixture(scope="session")
def zip_bomb_docx(gen_dir) -> Path:
    return make_zip_bomb(gen_dir / "bomb.docx")


@pytest.fixture(scope="session")
def pdf_font() -> str:
    return _FONT


def make_stacked_and_cut_pdf(path: Path) -> Path:
    """Page 1: a 3-column ruled table with a 4-column ruled table drawn right under it (sharing the rule),
    the second table's last row cut by the page break (its cells stop on full lines mid-sentence).
    Page 2: the rest of the row, then a paragraph whose last line is full, cut by the page break too.
    Page 3: the paragraph's end."""
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4

    def grid(xs, top, rows):
        return draw_ruled_grid(c, xs, top, rows, _FONT)

    a_cols = [40, 160, 400, 520]
    b_cols = [40, 130, 300, 420, 520]
    y = grid(a_cols, 800, [["Serviciul", "Activitatea", "Beneficiari"], ["Centrul A", "Consiliere", "12"]])
    y = grid(b_cols, y, [["Serviciul", "Alte activități", "Număr", "Sumă"], ["Centrul B", "Decontări", "7", "1.500 lei"],
                         ["Serviciul de", "Avizează planul individual de", "194", "2.000 lei"]])
    c.showPage()
    y = grid(b_cols, 800, [["Evaluare", "servicii.", "", ""], ["Centrul C", "Transport", "3", "900 lei"]])
    c.setFont(_FONT, 10)
    para = ["Prin proiectul derulat în parteneriat cu asociația locală au fost sprijinite familiile aflate în",
            "dificultate din cartierele marginalizate ale sectorului doi, beneficiarii fiind adesea persoane"]
    yy = y - 30
    for ln in para:
        c.drawString(40, yy, ln)
        yy -= 13
    c.showPage()
    c.setFont(_FONT, 10)
    c.drawString(40, 800, "vârstnice și copii.")
    c.drawString(40, 780, "Un alt paragraf de text care încheie pagina a treia.")
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="session")
def stacked_cut_pdf(gen_dir) -> Path:
    return make_stacked_and_cut_pdf(gen_dir / "stacked_cut.pdf")


def draw_ruled_grid(c, xs: list[float], top: float, rows: list[list[str]], font: str, row_h: float = 20) -> float:
    """Draw a table with full ruling on a reportlab canvas: column rules at ``xs``, one ``row_h`` row per entry
    of ``rows`` from ``top`` down. Returns the y of its bottom rule."""
    c.setFont(font, 9)
    y = top
    for row in rows:
        for i, text in enumerate(row):
            c.drawString(xs[i] + 3, y - 13, text)
        y -= row_h
    for k in range(len(rows) + 1):
        c.line(xs[0], top - k * row_h, xs[-1], top - k * row_h)
    for x in xs:
        c.line(x, top, x, y)
    return y
