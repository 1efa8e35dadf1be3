"""Generator of NEW annual-plan / mayor's-report documents with known expected values.

The documents follow the template of HG 797/2017 (plan anual de acțiune privind serviciile sociale: Cap. I
A existing services, B proposed services, C contracting programme with CPV codes, D subsidies under Law
34/1998; Cap. II information activities; Cap. III training programme a)-d); partnership lists) and of a
mayor's yearly report, but for places, names and figures that appear in no corpus document.

One document is a list of *elements* rendered by one of four writers:

* ``txt_tsv``   — text export, one row per line, cells separated by tabs (as the corpus exports);
* ``txt_cells`` — text export, one cell per line prefixed by a tab, rows separated by blank lines;
* ``docx``      — python-docx, ruled tables with real merged cells (gridSpan / vMerge);
* ``pdf``       — reportlab, ruled tables, the header repeated on a table that runs over a page break;
* ``scan``      — one page drawn with Pillow, blurred and speckled, saved as an image-only PDF (OCR path).

Text exports may also be written in a legacy encoding (``cp1250``, ``iso-8859-2``: ș/ț become ş/ţ) and with
Windows line endings (``Variant.encoding`` / ``Variant.newline``).

Tables are grids of strings where ``"<"`` means "merged with the cell on the left" and ``"^"`` means
"merged with the cell above"; every writer turns those markers into its own form of merging.

Usage (writes every variant into a folder and prints the expected values as JSON)::

    python tests/variants/make_variants.py OUT_DIR
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

LEFT, UP = "<", "^"


# ----------------------------------------------------------------------------------------------- model

@dataclass
class Tbl:
    rows: list[list[str]]
    header_rows: int = 1
    widths: list[float] | None = None  # relative column widths (pdf)


@dataclass
class El:
    kind: str  # title | h | p | bullet | table | pagebreak
    text: str = ""
    table: Tbl | None = None


def title(t): return El("title", t)
def h(t): return El("h", t)
def p(t): return El("p", t)
def bullet(t): return El("bullet", t)
def table(rows, header_rows=1, widths=None): return El("table", table=Tbl(rows, header_rows, widths))
def pagebreak(): return El("pagebreak")


@dataclass
class Variant:
    name: str  # file stem
    fmt: str  # txt_tsv | txt_cells | docx | pdf
    elements: list[El]
    expected: dict = field(default_factory=dict)  # dataset -> list[dict] | document -> dict
    encoding: str = "utf-8"  # text exports: cp1250 / iso-8859-2 as old Windows tools write them
    newline: str = "\n"  # text exports: "\r\n" for Windows line endings

    @property
    def filename(self) -> str:
        ext = {"txt_tsv": "txt", "txt_cells": "txt", "docx": "docx", "pdf": "pdf", "scan": "pdf",
               "md": "md", "txt_fixed": "txt", "pdf3": "pdf", "docx3": "docx"}[self.fmt]
        return f"{self.name}.{ext}"


# ----------------------------------------------------------------------------------------------- writers

def _plain(cell: str) -> str:
    return "" if cell in (LEFT, UP) else cell


def write_txt_tsv(elements: list[El]) -> str:
    out: list[str] = []
    for el in elements:
        if el.kind == "pagebreak":
            continue
        if el.kind == "table":
            out.extend("\t".join(_plain(c) for c in row) for row in el.table.rows)
            out.append("")
        elif el.kind == "bullet":
            out.extend([f"- {el.text}", ""])
        else:
            out.extend([el.text, ""])
    return "\n".join(out) + "\n"


def write_txt_cells(elements: list[El]) -> str:
    """One cell per line, tab-prefixed; a merged cell is written once (as a word-processor export does)."""
    out: list[str] = []
    for el in elements:
        if el.kind == "pagebreak":
            continue
        if el.kind == "table":
            for row in el.table.rows:
                for c in row:
                    if c == LEFT:
                        continue
                    out.append("\t" + _plain(c))
                out.append("")
            out.append("")
        elif el.kind == "bullet":
            out.extend([f"- {el.text}", ""])
        else:
            out.extend([el.text, ""])
    return "\n".join(out) + "\n"


def fill_docx_table(t, rows: list[list[str]]) -> None:
    """Fill a python-docx table from rows where LEFT / UP mark a cell merged with its left / upper neighbour."""
    t.style = "Table Grid"
    ncols = len(rows[0])
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text not in (LEFT, UP):
                t.cell(r, c).text = text
    # merges: horizontal runs first, then vertical
    for r, row in enumerate(rows):
        c = 0
        while c < ncols:
            e = c
            while e + 1 < ncols and row[e + 1] == LEFT:
                e += 1
            if e > c:
                t.cell(r, c).merge(t.cell(r, e))
            c = e + 1
    for c in range(ncols):
        for r in range(len(rows)):
            if rows[r][c] in (LEFT, UP):
                continue
            e = r
            while e + 1 < len(rows) and rows[e + 1][c] == UP:
                e += 1
            if e > r:
                t.cell(r, c).merge(t.cell(e, c))


def write_docx(elements: list[El], path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2024, 1, 1)  # deterministic-ish metadata
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    for el in elements:
        if el.kind == "title":
            d.add_heading(el.text, level=1)
        elif el.kind == "h":
            d.add_heading(el.text, level=2)
        elif el.kind == "p":
            d.add_paragraph(el.text)
        elif el.kind == "bullet":
            d.add_paragraph(el.text, style="List Bullet")
        elif el.kind == "pagebreak":
            d.add_page_break()
        elif el.kind == "table":
            rows = el.table.rows
            fill_docx_table(d.add_table(rows=len(rows), cols=len(rows[0])), rows)
            d.add_paragraph("")
    d.save(str(path))


_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def pdf_available() -> bool:
    try:
        import reportlab  # noqa: F401
    except ImportError:
        return False
    return Path(_FONT).exists() and Path(_FONT_BOLD).exists()


def write_pdf(elements: list[El], path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", _FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", _FONT_BOLD))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9, leading=11)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=7.5, leading=9)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=4)
    ttl = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=13, leading=16, alignment=1, spaceAfter=8)

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    page_w = landscape(A4)[0] - 3 * cm
    story = []
    for el in elements:
        if el.kind == "title":
            story.append(Paragraph(esc(el.text), ttl))
        elif el.kind == "h":
            story.append(Paragraph(esc(el.text), head))
        elif el.kind == "p":
            story.append(Paragraph(esc(el.text), body))
            story.append(Spacer(1, 3))
        elif el.kind == "bullet":
            story.append(Paragraph("• " + esc(el.text), body))
        elif el.kind == "pagebreak":
            story.append(PageBreak())
        elif el.kind == "table":
            rows = el.table.rows
            ncols = len(rows[0])
            widths = el.table.widths or [1] * ncols
            tot = sum(widths)
            col_w = [page_w * w / tot for w in widths]
            data = [[Paragraph(esc(_plain(c)), cell) if _plain(c) else "" for c in row] for row in rows]
            cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    if text in (LEFT, UP):
                        continue
                    e_c = c
                    while e_c + 1 < ncols and row[e_c + 1] == LEFT:
                        e_c += 1
                    e_r = r
                    while e_r + 1 < len(rows) and rows[e_r + 1][c] == UP:
                        e_r += 1
                    if e_c > c or e_r > r:
                        cmds.append(("SPAN", (c, r), (e_c, e_r)))
            t = Table(data, colWidths=col_w, repeatRows=el.table.header_rows)
            t.setStyle(TableStyle(cmds))
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm, invariant=1,
                            title="Plan", author="generator")
    doc.build(story)


def legacy_text(text: str, encoding: str) -> bytes:
    """Encode as a legacy Windows/ISO export does: comma-below ș/ț do not exist in cp1250 / ISO-8859-2 and
    come out with a cedilla (ş ţ); ISO-8859-2 has no „ ” either (plain quotes)."""
    text = text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
    if encoding.replace("_", "-").lower() in ("iso-8859-2", "latin2"):
        text = text.translate(str.maketrans({"„": '"', "”": '"', "–": "-"}))
    return text.encode(encoding)


def write_scan(elements: list[El], path: Path, dpi: int = 200) -> None:
    """One A4 page drawn with Pillow (text + ruled tables), slightly blurred and speckled, saved as an
    image-only PDF: the pipeline has to OCR it. Deterministic (fixed noise seed)."""
    import random

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    px = lambda pt: int(pt * dpi / 72)  # noqa: E731
    f_body = ImageFont.truetype(_FONT, px(10.5))
    f_bold = ImageFont.truetype(_FONT_BOLD, px(11.5))
    f_cell = ImageFont.truetype(_FONT, px(9.5))
    margin = px(56)
    width = W - 2 * margin
    y = px(60)

    def wrap(text: str, font, max_w: int) -> list[str]:
        lines, cur = [], ""
        for word in text.split():
            cand = f"{cur} {word}".strip()
            if d.textlength(cand, font=font) <= max_w or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        return lines + ([cur] if cur else [])

    for el in elements:
        if el.kind in ("title", "h", "p", "bullet"):
            font = f_bold if el.kind in ("title", "h") else f_body
            text = ("• " + el.text) if el.kind == "bullet" else el.text
            for line in wrap(text, font, width):
                lw = d.textlength(line, font=font)
                x = margin + (width - lw) / 2 if el.kind == "title" else margin
                d.text((x, y), line, font=font, fill=0)
                y += int(font.size * 1.35)
            y += px(5)
        elif el.kind == "table":
            rows = el.table.rows
            ncols = len(rows[0])
            ws = el.table.widths or [1] * ncols
            col_w = [int(width * w / sum(ws)) for w in ws]
            xs = [margin]
            for cw in col_w:
                xs.append(xs[-1] + cw)
            pad = px(3)
            for row in rows:
                cells = [wrap(_plain(c), f_cell, col_w[i] - 2 * pad) for i, c in enumerate(row)]
                h_row = max(1, max(len(c) for c in cells)) * int(f_cell.size * 1.3) + 2 * pad
                for i, lines in enumerate(cells):
                    for k, line in enumerate(lines):
                        d.text((xs[i] + pad, y + pad + k * int(f_cell.size * 1.3)), line, font=f_cell, fill=0)
                d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
                for x in xs:
                    d.line([(x, y), (x, y + h_row)], fill=0, width=2)
                y += h_row
            d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
            y += px(12)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    rnd = random.Random(20240517)
    pix = img.load()
    for _ in range(W * H // 400):  # light speckle
        x, yy = rnd.randrange(W), rnd.randrange(H)
        pix[x, yy] = rnd.choice((90, 160, 200))
    img.save(str(path), "PDF", resolution=float(dpi))


def write_variant(v: Variant, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / v.filename
    if v.fmt in ("txt_tsv", "txt_cells"):
        text = write_txt_tsv(v.elements) if v.fmt == "txt_tsv" else write_txt_cells(v.elements)
        text = text.replace("\n", v.newline)
        path.write_bytes(text.encode("utf-8") if v.encoding == "utf-8" else legacy_text(text, v.encoding))
    elif v.fmt == "docx":
        write_docx(v.elements, path)
    elif v.fmt == "pdf":
        write_pdf(v.elements, path)
    elif v.fmt == "scan":
        write_scan(v.elements, path)
    elif v.fmt in ("md", "txt_fixed", "pdf3", "docx3"):
        import round3  # round 3 writers (see round3.py)

        round3.write(v, path)
    else:
        raise ValueError(v.fmt)
    return path


# ----------------------------------------------------------------------------------------------- content
# Money in expected values is in lei (float); None = not stated.

def _svc(section, name, code, capacity=None, local=None, county=None, state=None, benef=None, other=None,
         category=None, beneficiaries=None):
    return dict(section=section, service_name=name, service_code=code, capacity=capacity,
                beneficiaries=beneficiaries, budget_local_lei=local, budget_county_lei=county,
                budget_state_lei=state, budget_beneficiaries_lei=benef, budget_other_lei=other, category=category)


def poiana_mare_plan_2024() -> tuple[list[El], dict]:
    """Commune in Dolj; two header rows, 'lei' in every cell, codes printed with hyphens / without spaces,
    a TOTAL row that adds up, procurements with CPV, one subsidy, partnerships as a numbered list,
    trainings a)-d)."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL DOLJ"), p("PRIMĂRIA COMUNEI POIANA MARE"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Comunei Poiana Mare pentru anul 2024"),
        p("Planul a fost elaborat de Compartimentul de asistență socială din cadrul Primăriei Comunei Poiana Mare "
          "în conformitate cu prevederile art. 118 din Legea asistenței sociale nr. 292/2011 și ale H.G. nr. "
          "797/2017."),
        h("Acorduri de parteneriat / protocoale de colaborare încheiate:"),
        p("1. Protocol de colaborare nr. 214/07.02.2023 - Asociația Vatra Bunicilor Poiana Mare;"),
        p("2. Acord de parteneriat nr. 1.418/15.09.2023 - Fundația Sprijin pentru Oltenia;"),
        p("3. Convenție de colaborare nr. 77/11.01.2024 - Asociația Zâmbet de Copil Dolj."),
        h("CAPITOLUL I: Administrarea, înființarea și finanțarea serviciilor sociale"),
        h("A. Serviciile sociale existente la nivel local"),
        table([
            ["Nr. crt.", "Cod serviciu social, conform Nomenclatorului serviciilor sociale",
             "Denumirea serviciului social", "Capacitate", "Grad de ocupare",
             "Bugetele estimate pe surse de finanțare, pentru serviciile sociale existente", LEFT, LEFT, LEFT, LEFT],
            [UP, UP, UP, UP, UP, "Buget local", "Buget județean", "Buget de stat",
             "Contribuții persoane beneficiare", "Alte surse"],
            ["1.", "8810-ID-I", "Servicii de îngrijire la domiciliu pentru persoane vârstnice", "12", "11",
             "84.500 lei", "-", "-", "6.000 lei", "-"],
            ["2.", "8899CZ-PN-V", "Serviciul de asistență comunitară Poiana Mare", "40", "100%",
             "35.000 lei", "-", "-", "-", "-"],
            ["3.", "8899 CPDH-I", "Cantina socială „Sfântul Nicolae” Poiana Mare", "60", "52",
             "118.200 lei", "20.000 lei", "-", "9.800 lei", "-"],
            ["TOTAL", "", "", "112", "", "237.700 lei", "20.000 lei", "-", "15.800 lei", "-"],
        ], header_rows=2, widths=[0.5, 1.2, 3, 0.8, 0.8, 1, 1, 1, 1.2, 0.8]),
        h("B. Servicii sociale propuse spre a fi înființate"),
        table([
            ["Denumirea serviciului social", "Cod serviciu social", "Categorie beneficiari",
             "Capacitate necesară", "Buget local"],
            ["Centrul de zi pentru persoane vârstnice Tunarii", "8810 CZ-V-II", "Persoane vârstnice", "25",
             "60.000 lei"],
        ], widths=[3, 1.2, 1.5, 1, 1]),
        h("C. Programul anual de contractare a serviciilor sociale din fonduri publice"),
        table([
            ["Nr. crt.", "Tipul și obiectul contractului de achiziție publică", "Cod CPV",
             "Valoarea estimată (lei fără TVA)", "Sursa de finanțare", "Procedura stabilită"],
            ["1.", "Servicii de preparare și distribuire a hranei pentru cantina socială", "55321000-6",
             "96.400", "Buget local", "Procedură simplificată"],
            ["2.", "Servicii de îngrijire la domiciliu pentru persoane vârstnice", "85311100-3", "41.250",
             "Buget local", "Achiziție directă"],
        ], widths=[0.5, 3.5, 1.2, 1.2, 1.2, 1.5]),
        h("D. Programul de subvenționare a asociațiilor, fundațiilor și cultelor recunoscute de lege, în baza "
          "Legii nr. 34/1998"),
        p("1. Serviciile sociale eligibile pentru a primi subvenții de la bugetul local:"),
        table([
            ["Nr. crt.", "Unități de asistență socială", "Încadrarea în Nomenclatorul serviciilor sociale",
             "Suma estimată"],
            ["1.", "Centrul de zi pentru copii al Asociației Zâmbet de Copil Dolj", "8891 CZ-C-II", "45.000 lei"],
        ], widths=[0.5, 3, 2, 1]),
        p("3. Bugetul estimat al programului de subvenționare: 45.000 lei."),
        h("Capitolul II: Planificarea activităților de informare a publicului cu privire la serviciile sociale"),
        p("1. Revizuirea și actualizarea informațiilor publicate pe pagina de internet a primăriei - trimestrial."),
        h("Capitolul III: Programul de formare și îndrumare metodologică a personalului care lucrează în domeniul "
          "serviciilor sociale"),
        p("1. Propuneri de activități de formare profesională continuă:"),
        p("a) cursuri de perfecționare"),
        table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social", "1", "1.500 lei"],
            ["2.", "Îngrijitor la domiciliu", "3", "2.700 lei"],
        ]),
        p("b) cursuri de calificare"),
        table([
            ["Nr. crt.", "Meseria/ocupația", "Nr. persoane", "Buget estimat"],
            ["1.", "Lucrător social", "2", "3.000 lei"],
        ]),
        p("c) sesiuni de instruire pentru:"),
        table([
            ["Nr. crt.", "Tipuri de personal", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistenți personali ai persoanelor cu handicap grav", "8", "800 lei"],
        ]),
        p("d) organizarea de întâlniri de tip peer review:"),
        table([
            ["Teme de interes", "Nr. de persoane", "Buget estimat"],
            ["Prevenirea violenței domestice", "2", "200 lei"],
        ]),
        p("Primar,"), p("Ion Mărgărit"),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Comuna Poiana Mare", county="Dolj"),
        "services": [
            _svc("existing", "Servicii de îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", 12,
                 local=84500, benef=6000, beneficiaries=11),
            _svc("existing", "Serviciul de asistență comunitară Poiana Mare", "8899 CZ-PN-V", 40, local=35000),
            _svc("existing", "Cantina socială „Sfântul Nicolae” Poiana Mare", "8899 CPDH-I", 60, local=118200,
                 county=20000, benef=9800, beneficiaries=52),
            _svc("proposed", "Centrul de zi pentru persoane vârstnice Tunarii", "8810 CZ-V-II", 25, local=60000),
        ],
        "procurements": [
            dict(cpv_code="55321000-6", estimated_value_lei=96400.0),
            dict(cpv_code="85311100-3", estimated_value_lei=41250.0),
        ],
        "subsidies": [dict(service_code="8891 CZ-C-II", amount_lei=45000.0)],
        "trainings": [
            dict(training_kind="perfectionare", staff_category="Asistent social", persons=1, budget_lei=1500.0),
            dict(training_kind="perfectionare", staff_category="Îngrijitor la domiciliu", persons=3, budget_lei=2700.0),
            dict(training_kind="calificare", staff_category="Lucrător social", persons=2, budget_lei=3000.0),
            dict(training_kind="instruire", staff_category="Asistenți personali ai persoanelor cu handicap grav",
                 persons=8, budget_lei=800.0),
            dict(training_kind="other", staff_category="Prevenirea violenței domestice", persons=2, budget_lei=200.0),
        ],
        "partnerships": [
            dict(agreement_type="protocol", number_raw="214", date_signed="2023-02-07",
                 partner="Asociația Vatra Bunicilor Poiana Mare"),
            dict(agreement_type="acord", number_raw="1.418", date_signed="2023-09-15",
                 partner="Fundația Sprijin pentru Oltenia"),
            dict(agreement_type="conventie", number_raw="77", date_signed="2024-01-11",
                 partner="Asociația Zâmbet de Copil Dolj"),
        ],
        # 'Grad de ocupare' printed as a count (11, 52) is the number of beneficiaries, as in the corpus
        # the TOTAL row of table A: stated 237.700 lei local = 84.500 + 35.000 + 118.200
        "totals": [dict(amount=237700.0, matches=True)],
    }
    return els, exp


def turda_plan_2023() -> tuple[list[El], dict]:
    """Municipality; single header row with other wording and column order (name before code, 'Nr. locuri',
    'Bugetul local (lei)'), group-heading rows, plain numbers with thousands dots; partnerships as a table."""
    els = [
        p("MUNICIPIUL TURDA"), p("DIRECȚIA DE ASISTENȚĂ SOCIALĂ TURDA"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Municipiului Turda pentru anul 2023"),
        p("Direcția de Asistență Socială Turda, serviciu public de interes local cu personalitate juridică în "
          "subordinea Consiliului Local al Municipiului Turda, elaborează prezentul plan."),
        h("Parteneriate în derulare"),
        table([
            ["Nr. crt.", "Tipul actului", "Număr și dată", "Partener", "Perioada de valabilitate"],
            ["1.", "Protocol de colaborare", "nr. 3.310/21.03.2022", "Asociația Samaritenii Turzii", "21.03.2025"],
            ["2.", "Convenție de parteneriat", "nr. 905/02.11.2022", "Fundația Lumina Arieșului", "nedeterminată"],
        ]),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Denumirea serviciului social", "Cod serviciu social", "Nr. locuri", "Nr. beneficiari",
             "Bugetul local (lei)", "Bugetul de stat (lei)", "Contribuția beneficiarilor (lei)"],
            ["Centre de zi", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
            ["1.", "Centrul de zi pentru vârstnici „Dealul Florilor”", "8810 CZ-V-II", "45", "51", "412.300",
             "-", "18.400"],
            ["2.", "Centrul de zi pentru copii „Arieșul”", "8891 CZ-C-II", "30", "28", "287.950", "95.000", "-"],
            ["Servicii la domiciliu", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
            ["3.", "Îngrijire la domiciliu pentru persoane adulte cu dizabilități", "8810 ID-II", "20", "19",
             "133.600", "-", "-"],
        ]),
        h("B. Servicii sociale propuse spre a fi înființate"),
        p("Nu este cazul."),
        h("Capitolul III. Programul de formare a personalului"),
        p("a) cursuri de perfecționare"),
        table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Inspector de specialitate", "4", "3.600 lei"],
        ]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2023, uat="Municipiul Turda", county="Cluj"),
        "services": [
            _svc("existing", "Centrul de zi pentru vârstnici „Dealul Florilor”", "8810 CZ-V-II", 45,
                 local=412300, benef=18400, category="Centre de zi", beneficiaries=51),
            _svc("existing", "Centrul de zi pentru copii „Arieșul”", "8891 CZ-C-II", 30, local=287950,
                 state=95000, category="Centre de zi", beneficiaries=28),
            _svc("existing", "Îngrijire la domiciliu pentru persoane adulte cu dizabilități", "8810 ID-II", 20,
                 local=133600, category="Servicii la domiciliu", beneficiaries=19),
        ],
        "trainings": [dict(training_kind="perfectionare", staff_category="Inspector de specialitate", persons=4,
                           budget_lei=3600.0)],
        "partnerships": [
            dict(agreement_type="protocol", number_raw="3.310", date_signed="2022-03-21",
                 partner="Asociația Samaritenii Turzii"),
            dict(agreement_type="conventie", number_raw="905", date_signed="2022-11-02",
                 partner="Fundația Lumina Arieșului"),
        ],
    }
    return els, exp


def vaslui_dgaspc_plan_2025() -> tuple[list[El], dict]:
    """County DGASPC, docx: 'mii lei' in the header, three header rows with merged cells, group heading merged
    across the row, a service row split over two table rows, a TOTAL row that does NOT add up, partnerships
    as bullets under an intro sentence."""
    els = [
        p("CONSILIUL JUDEȚEAN VASLUI"),
        p("DIRECȚIA GENERALĂ DE ASISTENȚĂ SOCIALĂ ȘI PROTECȚIA COPILULUI VASLUI"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Județean Vaslui pentru anul 2025"),
        p("Direcția Generală de Asistență Socială și Protecția Copilului Vaslui a încheiat, pentru dezvoltarea "
          "serviciilor sociale, următoarele acorduri de parteneriat:"),
        bullet("Asociația Casa Speranței Bârlad - acord de parteneriat nr. 5.521/14.03.2023;"),
        bullet("Fundația Clipa de Bucurie Huși - protocol de colaborare nr. 6.032/02.05.2024;"),
        bullet("Asociația Ajutor pentru Vârstnici Negrești - convenție de colaborare nr. 118/20.01.2025."),
        h("CAPITOLUL I"),
        h("A. Serviciile sociale existente la nivel județean"),
        table([
            ["Nr. crt.", "Cod serviciu", "Denumirea serviciului social", "Capacitate (nr. locuri)",
             "Bugetele estimate pe surse de finanțare (mii lei)", LEFT, LEFT, LEFT],
            [UP, UP, UP, UP, "Bugetul județean", "Bugetul de stat", "Surse proprii", LEFT],
            [UP, UP, UP, UP, UP, UP, "Contribuții beneficiari", "Alte surse"],
            ["Centre rezidențiale pentru persoane adulte cu dizabilități", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
            ["1.", "8790 CR-D-I", "Centrul de îngrijire și asistență Codăești", "64", "3.215,5", "1.980", "412",
             "-"],
            ["2.", "8790 CR-D-VII", "Locuința protejată pentru persoane adulte cu dizabilități", "8", "402,75",
             "260", "-", "-"],
            ["", "", "„Casa Florilor” Zorleni", "", "", "", "", ""],
            ["Centre de zi pentru copii", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT],
            ["3.", "8891 CZ-C-III", "Centrul de zi de recuperare pentru copii cu dizabilități Vaslui", "35",
             "688", "-", "-", "12,5"],
            ["TOTAL", LEFT, LEFT, "107", "4.406", "2.240", "412", "12,5"],
        ], header_rows=3),
        h("C. Programul anual de contractare a serviciilor sociale din fonduri publice"),
        table([
            ["Nr. crt.", "Obiectul contractului / acordului-cadru", "Cod CPV", "Cod serviciu social",
             "Valoarea estimată (lei fără TVA)", "Sursa de finanțare", "Procedura de atribuire"],
            ["1.", "Servicii sociale cu cazare pentru persoane vârstnice dependente", "85311100-3", "8730 CR-V-I",
             "1.250.000", "Buget județean", "Procedură simplificată"],
            ["2.", "Servicii de asistență socială fără cazare pentru copii cu dizabilități", "85312000-9",
             "8891 CZ-C-III", "318.600,50", "Buget județean", "Achiziție directă"],
        ]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Județul Vaslui", county="Vaslui",
                         issuer_kind="DGASPC", currency_unit_main="mii lei"),
        "services": [
            _svc("existing", "Centrul de îngrijire și asistență Codăești", "8790 CR-D-I", 64, county=3215500,
                 state=1980000, benef=412000,
                 category="Centre rezidențiale pentru persoane adulte cu dizabilități"),
            _svc("existing", "Locuința protejată pentru persoane adulte cu dizabilități „Casa Florilor” Zorleni",
                 "8790 CR-D-VII", 8, county=402750, state=260000,
                 category="Centre rezidențiale pentru persoane adulte cu dizabilități"),
            _svc("existing", "Centrul de zi de recuperare pentru copii cu dizabilități Vaslui", "8891 CZ-C-III",
                 35, county=688000, other=12500, category="Centre de zi pentru copii"),
        ],
        "procurements": [
            dict(cpv_code="85311100-3", service_code="8730 CR-V-I", estimated_value_lei=1250000.0),
            dict(cpv_code="85312000-9", service_code="8891 CZ-C-III", estimated_value_lei=318600.5),
        ],
        "partnerships": [
            dict(agreement_type="acord", number_raw="5.521", date_signed="2023-03-14",
                 partner="Asociația Casa Speranței Bârlad"),
            dict(agreement_type="protocol", number_raw="6.032", date_signed="2024-05-02",
                 partner="Fundația Clipa de Bucurie Huși"),
            dict(agreement_type="conventie", number_raw="118", date_signed="2025-01-20",
                 partner="Asociația Ajutor pentru Vârstnici Negrești"),
        ],
        # TOTAL county budget stated 4.406 mii lei, rows add to 3.215,5 + 402,75 + 688 = 4.306,25 mii lei
        "totals": [dict(amount=4406000.0, matches=False)],
    }
    return els, exp


_ALBA_CENTRES = [
    # (name, printed code, canonical code, capacity, A local, B state, C beneficiaries)
    ("Centrul de zi pentru vârstnici Cetate", "8810 CZ V II", "8810 CZ-V-II", 40, "210.400", "-", "8.200"),
    ("Centrul de zi pentru vârstnici Partoș", "8810 CZ V II", "8810 CZ-V-II", 35, "188.750", "-", "6.100"),
    ("Clubul seniorilor Ampoi", "8810 CZ V I", "8810 CZ-V-I", 50, "96.300", "-", "-"),
    ("Îngrijire la domiciliu - echipa Cetate", "8810 ID I", "8810 ID-I", 25, "154.000", "-", "11.500"),
    ("Îngrijire la domiciliu - echipa Micești", "8810 ID I", "8810 ID-I", 18, "112.900", "-", "7.300"),
    ("Asistenți personali ai persoanelor cu handicap grav", "8810 ID IV", "8810 ID-IV", 210, "5.870.000",
     "-", "-"),
    ("Centrul de zi pentru copii „Ciresarii”", "8891 CZ C II", "8891 CZ-C-II", 30, "245.600", "61.000", "-"),
    ("Centrul de zi pentru copii „Prichindelul”", "8891 CZ C II", "8891 CZ-C-II", 25, "199.800", "52.000", "-"),
    ("Centrul de zi pentru copii cu dizabilități „Pași mici”", "8891 CZ C III", "8891 CZ-C-III", 20,
     "287.300", "74.500", "-"),
    ("Cantina socială Alba Iulia", "8899 CPDH I", "8899 CPDH-I", 120, "402.600", "-", "15.900"),
    ("Masa pe roți", "8899 CPDH II", "8899 CPDH-II", 45, "133.450", "-", "4.800"),
    ("Adăpost de noapte pentru persoane fără adăpost", "8790 CR PFA II", "8790 CR-PFA-II", 28, "356.000",
     "-", "-"),
    ("Centrul de consiliere pentru victimele violenței în familie", "8899 CZ VD I", "8899 CZ-VD-I", 15,
     "118.200", "40.000", "-"),
    ("Centrul de asistență destinat agresorilor", "8899 CZ VD III", "8899 CZ-VD-III", 10, "64.900", "-", "-"),
    ("Locuința protejată Lumina", "8790 CR D VII", "8790 CR-D-VII", 6, "241.000", "120.000", "9.600"),
    ("Centrul de zi pentru persoane adulte cu dizabilități Dealul Furcilor", "8899 CZ D I", "8899 CZ-D-I",
     24, "310.700", "88.000", "-"),
    ("Serviciul de asistență comunitară Bărăbanț", "8899 CZ PN V", "8899 CZ-PN-V", 60, "72.400", "-", "-"),
    ("Serviciul de asistență comunitară Oarda", "8899 CZ PN V", "8899 CZ-PN-V", 60, "69.800", "-", "-"),
    ("Serviciul de asistență comunitară Pâclișa", "8899 CZ PN V", "8899 CZ-PN-V", 50, "58.100", "-", "-"),
    ("Echipa mobilă de intervenție stradală", "8899 SIS I", "8899 SIS-I", 40, "97.650", "-", "-"),
    ("Centrul de zi pentru familii cu copii", "8899 CZ F I", "8899 CZ-F-I", 30, "143.250", "-", "-"),
    ("Centrul de informare pentru persoane vârstnice", "8810 CZ V I", "8810 CZ-V-I", 20, "47.300", "-", "-"),
    ("Căminul pentru persoane vârstnice Sf. Ana", "8730 CR V I", "8730 CR-V-I", 48, "1.420.000", "380.000",
     "612.000"),
    ("Centrul de îngrijiri paliative", "8710 CRMS II", "8710 CRMS-II", 12, "520.300", "150.000", "84.000"),
    ("Centrul de zi pentru adicții", "8899 CZ AD III", "8899 CZ-AD-III", 15, "88.900", "-", "-"),
    ("Centrul de criză pentru copii", "8790 CR C II", "8790 CR-C-II", 12, "402.500", "210.000", "-"),
    ("Serviciul de asistență și suport pentru adulți cu dizabilități", "8899 SC D I", "8899 SC-D-I", 30,
     "66.700", "-", "-"),
    ("Centrul de zi Respiro pentru vârstnici", "8810 CZ V II", "8810 CZ-V-II", 22, "131.400", "-", "5.500"),
]


def _lei(s: str) -> float | None:
    return None if s == "-" else float(s.replace(".", "").replace(",", "."))


def alba_iulia_plan_2023() -> tuple[list[El], dict]:
    """Municipality, PDF: a legend 'A - buget local, B - …' with letter columns, codes printed with blanks
    instead of hyphens ('8810 ID IV'), a services table long enough to run over the page break (header
    repeated by reportlab)."""
    rows = [["Nr. crt.", "Denumirea serviciului social", "Cod serviciu social", "Capacitate", "A", "B", "C"]]
    for i, (name, code, _c, cap, a, b, c) in enumerate(_ALBA_CENTRES, 1):
        rows.append([f"{i}.", name, code, str(cap), a, b, c])
    els = [
        p("MUNICIPIUL ALBA IULIA - DIRECȚIA DE ASISTENȚĂ SOCIALĂ ALBA IULIA"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Municipiului Alba Iulia pentru anul 2023"),
        p("Prezentul plan cuprinde serviciile sociale administrate de Direcția de Asistență Socială Alba Iulia, "
          "serviciu public de interes local aflat în subordinea Consiliului Local al Municipiului Alba Iulia."),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        p("Bugetele estimate pe surse de finanțare (lei): A - buget local, B - buget de stat, "
          "C - contribuții persoane beneficiare."),
        table(rows, widths=[0.5, 4, 1.3, 0.9, 1, 1, 1]),
        h("Capitolul III - Programul de formare și îndrumare metodologică"),
        p("a) cursuri de perfecționare"),
        table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social principal", "6", "7.200 lei"],
            ["2.", "Psiholog", "2", "3.400 lei"],
        ], widths=[0.5, 4, 1, 1]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2023, uat="Municipiul Alba Iulia", county="Alba"),
        "services": [
            _svc("existing", name, canon, cap, local=_lei(a), state=_lei(b), benef=_lei(c))
            for name, _code, canon, cap, a, b, c in _ALBA_CENTRES
        ],
        "trainings": [
            dict(training_kind="perfectionare", staff_category="Asistent social principal", persons=6,
                 budget_lei=7200.0),
            dict(training_kind="perfectionare", staff_category="Psiholog", persons=2, budget_lei=3400.0),
        ],
    }
    return els, exp


def bals_raport_primar_2023() -> tuple[list[El], dict]:
    """Mayor's yearly report of a town: figures in sentences, a bullet list, and a small activity table."""
    els = [
        title("RAPORTUL PRIMARULUI ORAȘULUI BALȘ privind starea economică, socială și de mediu a orașului "
              "în anul 2023"),
        p("Județul Olt"),
        h("Asistență socială"),
        p("În anul 2023 au fost acordate 1.245 de ajutoare de urgență familiilor aflate în situații de "
          "necesitate, în valoare totală de 311.250 lei."),
        p("Compartimentul de asistență socială al Primăriei Orașului Balș a efectuat 412 anchete sociale și a "
          "instrumentat 96 de dosare de alocație pentru susținerea familiei."),
        p("Prin cantina socială au fost servite zilnic mese calde pentru 138 de persoane vârstnice."),
        h("Parteneriate"),
        p("Orașul Balș a continuat colaborarea cu următorii parteneri:"),
        bullet("Asociația Balșul Solidar, în baza protocolului de colaborare nr. 2.206/12.04.2022;"),
        bullet("Fundația Ocrotiți Bătrânii Olteniei, în baza acordului de parteneriat nr. 731/30.08.2023."),
    ]
    exp = {
        "document": dict(doc_type="raport_primar", year=2023, uat="Orașul Balș", county="Olt"),
        "indicators": [
            dict(indicator="ajutoare", value=1245.0, year=2023),
            dict(indicator="anchete_sociale", value=412.0, year=2023),
            dict(indicator="dosare", value=96.0, year=2023),
            dict(indicator="persoane", value=138.0, year=2023),
        ],
        "partnerships": [
            dict(agreement_type="protocol", number_raw="2.206", date_signed="2022-04-12",
                 partner="Asociația Balșul Solidar"),
            dict(agreement_type="acord", number_raw="731", date_signed="2023-08-30",
                 partner="Fundația Ocrotiți Bătrânii Olteniei"),
        ],
    }
    return els, exp


# ----------------------------------------------------------------------------------------------- round 2
# Other towns, encodings, layouts and formats than round 1 (see README.md, "Round 2").

def deaccent(text: str) -> str:
    """What a document typed without diacritics prints: 'Județul Timiș' -> 'Judetul Timis'."""
    import unicodedata

    text = text.translate(str.maketrans({"„": '"', "”": '"', "“": '"'}))
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def deaccent_elements(els: list[El]) -> list[El]:
    out = []
    for el in els:
        if el.kind == "table":
            rows = [[c if c in (LEFT, UP) else deaccent(c) for c in row] for row in el.table.rows]
            out.append(El("table", table=Tbl(rows, el.table.header_rows, el.table.widths)))
        else:
            out.append(El(el.kind, deaccent(el.text)))
    return out


_PRINTED_KEYS = ("service_name", "category", "partner", "staff_category", "activity", "organizer", "unit_name")


def deaccent_expected(exp: dict) -> dict:
    """Printed text loses its diacritics; canonical values (document facts, codes, keys) keep theirs."""
    out = {}
    for ds, val in exp.items():
        if ds == "document":
            out[ds] = dict(val)
            continue
        out[ds] = [{k: deaccent(v) if k in _PRINTED_KEYS and isinstance(v, str) else v for k, v in r.items()}
                   for r in val]
    return out


def moinesti_raport_primar_2023() -> tuple[list[El], dict]:
    """Mayor's report of a municipality (Bacău), written as cp1250 with CRLF: counts in sentences of other
    shapes ('S-au acordat N', 'un număr de 1.024 de', 'Număr total beneficiari: 87'), money in millions and
    with decimals, a percentage 'din …', an activity table (Nr. | Activitatea | Număr) with group rows, and
    partnerships stated in sentences (no number, no date)."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL BACĂU"), p("PRIMĂRIA MUNICIPIULUI MOINEȘTI"),
        title("RAPORTUL PRIMARULUI MUNICIPIULUI MOINEȘTI privind starea economică, socială și de mediu a "
              "municipiului pentru anul 2023"),
        h("5. Asistență socială"),
        p("Direcția de Asistență Socială Moinești a gestionat în anul 2023 beneficiile sociale acordate din "
          "bugetul local și din bugetul de stat."),
        p("S-au acordat 312 ajutoare de urgență familiilor afectate de inundațiile din luna iunie."),
        p("Au fost efectuate un număr de 1.024 de anchete sociale la domiciliul solicitanților."),
        bullet("au fost înregistrate 57 de cereri pentru indemnizația de creștere a copilului;"),
        bullet("au fost emise 203 dispoziții de acordare sau încetare a drepturilor;"),
        p("Cantina socială Moinești - Număr total beneficiari: 87."),
        p("Bugetul total al direcției a fost de 2.345.678,50 lei, din care suma de 1,2 milioane lei a fost "
          "destinată plății asistenților personali."),
        p("Rata de soluționare a cererilor a fost de 96,4% din totalul solicitărilor înregistrate."),
        h("Activitatea compartimentelor"),
        table([
            ["Nr. crt.", "Activitatea", "Număr"],
            ["Compartimentul beneficii sociale", LEFT, LEFT],
            ["1.", "Dosare de ajutor pentru încălzirea locuinței", "466"],
            ["2.", "Dosare de alocație pentru susținerea familiei", "138"],
            ["Compartimentul protecția copilului", LEFT, LEFT],
            ["3.", "Anchete sociale pentru copiii cu părinți plecați la muncă în străinătate", "74"],
        ]),
        h("Parteneriate"),
        p("În anul 2023 a fost încheiat un protocol de colaborare cu Inspectoratul Școlar Județean Bacău pentru "
          "prevenirea abandonului școlar."),
        p("Direcția a semnat de asemenea un acord de parteneriat cu Asociația Speranța Trotușului, pentru "
          "servicii de consiliere a vârstnicilor."),
    ]
    exp = {
        "document": dict(doc_type="raport_primar", year=2023, uat="Municipiul Moinești", county="Bacău"),
        "indicators": [
            dict(indicator="ajutoare", value=312.0, year=2023),
            dict(indicator="anchete_sociale", value=1024.0, year=2023),
            dict(indicator="cereri", value=57.0, year=2023),
            dict(indicator="dispozitii", value=203.0, year=2023),
            dict(indicator="beneficiari", value=87.0, year=2023),
            dict(indicator="procent", value=96.4, year=2023),
            dict(indicator="dosare", value=466.0, year=2023),
            dict(indicator="dosare", value=138.0, year=2023),
            dict(indicator="anchete_sociale", value=74.0, year=2023),
        ],
        "totals": [dict(amount=2345678.5), dict(amount=1200000.0)],
        "partnerships": [
            dict(agreement_type="protocol", number_raw=None, date_signed=None,
                 partner="Inspectoratul Școlar Județean Bacău"),
            dict(agreement_type="acord", number_raw=None, date_signed=None,
                 partner="Asociația Speranța Trotușului"),
        ],
    }
    return els, exp


def tecuci_plan_2024() -> tuple[list[El], dict]:
    """Municipality (Galați): capacity printed '40 locuri', occupancy '35 benef. / 87,5%', a code cell merged
    over two rows (vMerge / span), table A continued in a second table without header after a paragraph, a
    'nu este cazul' row, section B with its own header."""
    head = ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Grad de ocupare",
            "Buget local (lei)", "Buget de stat (lei)", "Contribuția beneficiarilor (lei)"]
    w = [0.5, 1.2, 3, 0.9, 1.2, 1, 1, 1.2]
    els = [
        p("ROMÂNIA"), p("JUDEȚUL GALAȚI"), p("MUNICIPIUL TECUCI"), p("DIRECȚIA DE ASISTENȚĂ SOCIALĂ TECUCI"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Municipiului Tecuci pentru anul 2024"),
        h("CAPITOLUL I"),
        h("A. Serviciile sociale existente"),
        table([
            head,
            ["1.", "8810 CZ-V-II", "Centrul de zi pentru vârstnici „Siretul”", "40 locuri", "35 benef. / 87,5%",
             "265.000", "-", "4.200"],
            ["2.", "8891 CZ-C-II", "Centrul de zi pentru copii „Ghiocelul”", "30 locuri", "27 benef. / 90%",
             "198.400", "40.000", "-"],
            ["3.", UP, "Centrul de zi pentru copii „Brândușa” Tecuci", "25 locuri", "20 benef. / 80%",
             "176.900", "35.000", "-"],
        ], widths=w),
        p("Tabelul A (continuare)"),
        table([
            ["4.", "8810 ID-I", "Îngrijire la domiciliu pentru persoane vârstnice", "15 locuri",
             "15 benef. / 100%", "142.000", "-", "9.000"],
            ["5.", "-", "Servicii de cazare pentru persoane fără adăpost", "nu este cazul", LEFT, LEFT, LEFT, LEFT],
        ], header_rows=0, widths=w),
        h("B. Serviciile sociale propuse spre a fi înființate în anul 2024"),
        table([
            ["Nr.", "Serviciul social propus", "Cod conform Nomenclatorului", "Grup țintă",
             "Capacitate estimată (nr. locuri)", "Buget local estimat (lei)", "Termen de înființare"],
            ["1.", "Locuință protejată pentru victimele violenței domestice", "8790 CR-VD-III",
             "Victime ale violenței domestice", "8", "154.000", "trim. III 2024"],
        ], widths=[0.5, 3, 1.3, 1.5, 1, 1, 1]),
    ]

    def s(section, name, code, cap, ben, pct, local, state=None, benef=None):
        return dict(section=section, service_name=name, service_code=code, capacity=cap, beneficiaries=ben,
                    occupancy_pct=pct, budget_local_lei=local, budget_state_lei=state,
                    budget_beneficiaries_lei=benef)

    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Municipiul Tecuci", county="Galați"),
        "services": [
            s("existing", "Centrul de zi pentru vârstnici „Siretul”", "8810 CZ-V-II", 40, 35, 87.5, 265000,
              benef=4200),
            s("existing", "Centrul de zi pentru copii „Ghiocelul”", "8891 CZ-C-II", 30, 27, 90.0, 198400,
              state=40000),
            s("existing", "Centrul de zi pentru copii „Brândușa” Tecuci", "8891 CZ-C-II", 25, 20, 80.0, 176900,
              state=35000),
            s("existing", "Îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", 15, 15, 100.0, 142000,
              benef=9000),
            # row 5 'nu este cazul': the authority states it has no such service -> no services row
            s("proposed", "Locuință protejată pentru victimele violenței domestice", "8790 CR-VD-III", 8, None,
              None, 154000),
        ],
    }
    return els, exp


def pascani_plan_2025() -> tuple[list[El], dict]:
    """Municipality (Iași): procurements with CPV printed '85311000 - 2' or without check digit, values in
    'mii lei', months '03.2025' / 'iulie 2025'; a subsidies table in another layout (association and service
    columns, 'mii lei', a TOTAL); chapter II activities table; partnerships table
    'Nr. | Partener | Tip acord | Obiect | Perioada'."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL IAȘI"), p("MUNICIPIUL PAȘCANI"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Municipiului Pașcani pentru anul 2025"),
        h("Parteneriate pentru furnizarea serviciilor sociale"),
        table([
            ["Nr.", "Partener", "Tip acord", "Obiect", "Perioada"],
            ["1.", "Inspectoratul Școlar Județean Iași", "Protocol de colaborare", "Prevenirea abandonului școlar",
             "15.02.2024 – 15.02.2027"],
            ["2.", "Asociația Casa Luminii Pașcani", "Acord de parteneriat", "Centrul de zi pentru copii",
             "01.01.2024 – 31.12.2025"],
            ["3.", "Parohia Sfântul Nicolae Pașcani", "Convenție de colaborare", "Masa caldă pentru vârstnici",
             "nedeterminată"],
        ], widths=[0.5, 2.5, 1.5, 2.5, 1.5]),
        h("CAPITOLUL I"),
        h("A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Buget local (lei)"],
            ["1.", "8730 CR-V-I", "Căminul pentru persoane vârstnice „Sf. Ilie” Pașcani", "48", "1.850.000"],
            ["2.", "8899 CZ-F-I", "Centrul de consiliere pentru familie Pașcani", "30", "96.000"],
        ], widths=[0.5, 1.2, 3, 1, 1.2]),
        h("C. Programul anual de contractare a serviciilor sociale din fonduri publice"),
        table([
            ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată (mii lei, fără TVA)",
             "Sursa de finanțare", "Data estimată pentru inițierea procedurii",
             "Data estimată pentru atribuirea contractului", "Modalitatea de atribuire"],
            ["1.", "Servicii sociale cu cazare pentru persoane vârstnice", "85311000 - 2", "312,5", "Buget local",
             "03.2025", "iulie 2025", "Licitație deschisă"],
            ["2.", "Servicii de consiliere fără cazare pentru familii cu copii", "85312000", "48", "Buget local",
             "05.2025", "august 2025", "Procedură simplificată"],
        ], widths=[0.5, 3, 1.2, 1.2, 1, 1.1, 1.1, 1.2]),
        h("D. Programul de subvenționare a asociațiilor și fundațiilor, în baza Legii nr. 34/1998"),
        table([
            ["Nr. crt.", "Asociația / Fundația", "Serviciul social subvenționat", "Cod serviciu",
             "Nr. beneficiari", "Subvenția anuală (mii lei)"],
            ["1.", "Asociația Casa Luminii Pașcani", "Centrul de zi pentru copii „Curcubeu”", "8891 CZ-C-II", "25",
             "86,4"],
            ["2.", "Fundația Sfântul Ioan Iași", "Cantina socială Sfântul Ioan", "8899 CPDH-I", "60", "129,6"],
            ["TOTAL", LEFT, LEFT, LEFT, "85", "216"],
        ], widths=[0.5, 2, 2.5, 1.2, 1, 1.2]),
        h("Capitolul II. Planificarea activităților de informare a publicului cu privire la serviciile sociale"),
        table([
            ["Nr.", "Activitate", "Perioada", "Organizator", "Buget"],
            ["1.", "Campania „Nu ești singur” de informare a vârstnicilor privind îngrijirea la domiciliu",
             "martie – aprilie 2025", "Direcția de Asistență Socială Pașcani", "2.500 lei"],
            ["2.", "Ziua porților deschise la Centrul de zi pentru copii „Curcubeu”", "1 iunie 2025",
             "Asociația Casa Luminii Pașcani", "fără costuri"],
            ["3.", "Distribuirea de pliante privind prevenirea violenței domestice", "trimestrial",
             "Compartimentul protecția copilului", "1.200 lei"],
        ], widths=[0.5, 4, 1.5, 2, 1]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Municipiul Pașcani", county="Iași"),
        "services": [
            _svc("existing", "Căminul pentru persoane vârstnice „Sf. Ilie” Pașcani", "8730 CR-V-I", 48,
                 local=1850000),
            _svc("existing", "Centrul de consiliere pentru familie Pașcani", "8899 CZ-F-I", 30, local=96000),
        ],
        "procurements": [
            dict(cpv_code="85311000-2", estimated_value_lei=312500.0, procedure="Licitație deschisă"),
            dict(cpv_code="85312000-9", estimated_value_lei=48000.0, procedure="Procedură simplificată"),
        ],
        "subsidies": [
            dict(service_code="8891 CZ-C-II", amount_lei=86400.0),
            dict(service_code="8899 CPDH-I", amount_lei=129600.0),
        ],
        "totals": [dict(amount=216000.0, matches=True)],
        "activities": [
            dict(activity="Campania „Nu ești singur” de informare a vârstnicilor privind îngrijirea la domiciliu",
                 period_raw="martie – aprilie 2025", organizer="Direcția de Asistență Socială Pașcani",
                 budget_raw="2.500 lei"),
            dict(activity="Ziua porților deschise la Centrul de zi pentru copii „Curcubeu”",
                 period_raw="1 iunie 2025", organizer="Asociația Casa Luminii Pașcani", budget_raw="fără costuri"),
            dict(activity="Distribuirea de pliante privind prevenirea violenței domestice", period_raw="trimestrial",
                 organizer="Compartimentul protecția copilului", budget_raw="1.200 lei"),
        ],
        "partnerships": [
            dict(agreement_type="protocol", partner="Inspectoratul Școlar Județean Iași", number_raw=None,
                 date_signed="2024-02-15", valid_until_raw="15.02.2027"),
            dict(agreement_type="acord", partner="Asociația Casa Luminii Pașcani", number_raw=None,
                 date_signed="2024-01-01", valid_until_raw="31.12.2025"),
            dict(agreement_type="conventie", partner="Parohia Sfântul Nicolae Pașcani", number_raw=None,
                 date_signed=None, valid_until_raw="nedeterminată"),
        ],
    }
    return els, exp


def mizil_plan_2024_scan() -> tuple[list[El], dict]:
    """Town (Prahova): one scanned page (image-only PDF, 200 dpi, blur + speckle) with a small services table."""
    els = [
        p("ROMÂNIA - JUDEȚUL PRAHOVA - PRIMĂRIA ORAȘULUI MIZIL"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Mizil pentru anul 2024"),
        h("A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Buget local (lei)"],
            ["1.", "8810 ID-I", "Îngrijire la domiciliu pentru vârstnici Mizil", "20", "118.500"],
            ["2.", "8899 CPDH-I", "Cantina socială Mizil", "75", "236.400"],
            ["3.", "8891 CZ-C-II", "Centrul de zi pentru copii Licurici", "30", "204.700"],
        ], widths=[0.7, 1.4, 3.4, 1, 1.3]),
    ]
    exp = {
        "document": dict(format="pdf_ocr", doc_type="plan_anual", year=2024, uat="Orașul Mizil", county="Prahova"),
        "services": [
            _svc("existing", "Îngrijire la domiciliu pentru vârstnici Mizil", "8810 ID-I", 20, local=118500),
            _svc("existing", "Cantina socială Mizil", "8899 CPDH-I", 75, local=236400),
            _svc("existing", "Centrul de zi pentru copii Licurici", "8891 CZ-C-II", 30, local=204700),
        ],
    }
    return els, exp


def sannicolau_mare_plan_2024() -> tuple[list[El], dict]:
    """Town (Timiș): occupancy as a bare percentage under 'Grad de ocupare (%)', partnerships in sentences
    (one with number and date after the partner), trainings. Written as ISO-8859-2 + CRLF, and again
    without any diacritics."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL TIMIȘ"), p("ORAȘUL SÂNNICOLAU MARE"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Sânnicolau Mare pentru anul 2024"),
        p("În anul 2023 a fost încheiat un protocol de colaborare cu Inspectoratul Școlar Județean Timiș pentru "
          "consilierea elevilor din familii vulnerabile."),
        p("Primăria Orașului Sânnicolau Mare are în derulare un acord de parteneriat cu Asociația Prietenii "
          "Bătrânilor Banat, nr. 907/03.04.2023."),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Denumirea serviciului social", "Cod serviciu social", "Capacitate",
             "Grad de ocupare (%)", "Buget local (lei)", "Buget de stat (lei)"],
            ["1.", "Centrul de zi pentru persoane vârstnice Sânnicolau Mare", "8810 CZ-V-II", "35", "91,4",
             "221.300", "-"],
            ["2.", "Serviciul de îngrijire la domiciliu", "8810 ID-I", "18", "100", "96.750", "12.000"],
            ["3.", "Centrul de zi pentru copii Mureșul", "8891 CZ-C-II", "25", "88", "183.600", "48.000"],
        ]),
        h("Capitolul III. Programul de formare și îndrumare metodologică a personalului"),
        p("a) cursuri de perfecționare"),
        table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social", "2", "2.400 lei"],
            ["2.", "Îngrijitor la domiciliu", "4", "3.200 lei"],
        ]),
    ]

    def s(name, code, cap, pct, local, state=None):
        return dict(section="existing", service_name=name, service_code=code, capacity=cap, occupancy_pct=pct,
                    beneficiaries=None, budget_local_lei=local, budget_state_lei=state)

    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Orașul Sânnicolau Mare", county="Timiș"),
        "services": [
            s("Centrul de zi pentru persoane vârstnice Sânnicolau Mare", "8810 CZ-V-II", 35, 91.4, 221300),
            s("Serviciul de îngrijire la domiciliu", "8810 ID-I", 18, 100.0, 96750, 12000),
            s("Centrul de zi pentru copii Mureșul", "8891 CZ-C-II", 25, 88.0, 183600, 48000),
        ],
        "trainings": [
            dict(training_kind="perfectionare", staff_category="Asistent social", persons=2, budget_lei=2400.0),
            dict(training_kind="perfectionare", staff_category="Îngrijitor la domiciliu", persons=4,
                 budget_lei=3200.0),
        ],
        "partnerships": [
            dict(agreement_type="protocol", number_raw=None, date_signed=None,
                 partner="Inspectoratul Școlar Județean Timiș"),
            dict(agreement_type="acord", number_raw="907", date_signed="2023-04-03",
                 partner="Asociația Prietenii Bătrânilor Banat"),
        ],
    }
    return els, exp


def falticeni_raport_das_2024() -> tuple[list[El], dict]:
    """Yearly activity report of a directorate (Suceava), typed with cedilla diacritics (ş ţ): a report table
    'Serviciul | Activitatea | Indicator / Număr' whose service cell is merged down over its rows, the noun
    before the number ('în număr de 146'), a number word ('douăsprezece'), a percentage and money, and
    partnerships in sentences with the act (articled, 'acordul … nr. …') before the partner."""
    els = [
        p("MUNICIPIUL FĂLTICENI - JUDEŢUL SUCEAVA"),
        title("RAPORT DE ACTIVITATE al Direcţiei de Asistenţă Socială Fălticeni pentru anul 2024"),
        h("1. Activitatea serviciilor"),
        table([
            ["Serviciul", "Activitatea", "Indicator / Număr"],
            ["Serviciul beneficii sociale", "Dosare de venit minim de incluziune instrumentate", "342"],
            [UP, "Plăţi lunare efectuate pentru alocaţia de susţinere a familiei", "1.180"],
            ["Serviciul protecţia copilului", "Copii aflaţi în evidenţă cu părinţi plecaţi în străinătate", "219"],
            ["Compartimentul persoane vârstnice", "Beneficiari ai serviciului de îngrijire la domiciliu", "64"],
        ], widths=[2, 4, 1]),
        h("2. Alte date"),
        p("Persoanele cu handicap grav, în număr de 146, au beneficiat de asistent personal."),
        p("Au fost organizate douăsprezece campanii de informare în şcolile din municipiu."),
        p("Gradul de ocupare al Centrului de zi pentru vârstnici a fost de 87,5% din capacitate."),
        p("Cheltuielile cu ajutoarele pentru încălzirea locuinţei au însumat 412.560,75 lei."),
        h("3. Parteneriate"),
        p("În anul 2024 Direcţia a încheiat acordul de parteneriat nr. 1.275/18.03.2024 cu Fundaţia Sfântul "
          "Ioan cel Nou Suceava, pentru hrana vârstnicilor singuri."),
        p("De asemenea, este în vigoare protocolul de colaborare nr. 88/09.01.2024 cu Poliţia Municipiului "
          "Fălticeni."),
    ]
    exp = {
        "document": dict(year=2024, uat="Municipiul Fălticeni", county="Suceava"),
        "indicators": [
            dict(indicator="dosare", value=342.0, year=2024),
            dict(indicator="plati", value=1180.0, year=2024),
            dict(indicator="copii", value=219.0, year=2024),
            dict(indicator="beneficiari", value=64.0, year=2024),
            dict(indicator="persoane", value=146.0, year=2024),
            dict(indicator="campanii", value=12.0, year=2024),
            dict(indicator="procent", value=87.5, year=2024),
        ],
        "totals": [dict(amount=412560.75)],
        "partnerships": [
            dict(agreement_type="acord", number_raw="1.275", date_signed="2024-03-18",
                 partner="Fundația Sfântul Ioan cel Nou Suceava"),
            dict(agreement_type="protocol", number_raw="88", date_signed="2024-01-09",
                 partner="Poliția Municipiului Fălticeni"),
        ],
    }
    return els, exp


def round2_variants() -> list[Variant]:
    out: list[Variant] = []
    els, exp = moinesti_raport_primar_2023()
    out.append(Variant("moinesti_raport_primar_2023_cp1250", "txt_tsv", els, exp, encoding="cp1250",
                       newline="\r\n"))
    els, exp = tecuci_plan_2024()
    out.append(Variant("tecuci_plan_2024_docx", "docx", els, exp))
    out.append(Variant("tecuci_plan_2024_pdf", "pdf", els, exp))
    els, exp = pascani_plan_2025()
    out.append(Variant("pascani_plan_2025", "txt_tsv", els, exp))
    out.append(Variant("pascani_plan_2025_docx", "docx", els, exp))
    els, exp = mizil_plan_2024_scan()
    out.append(Variant("mizil_plan_2024_scan", "scan", els, exp))
    els, exp = sannicolau_mare_plan_2024()
    out.append(Variant("sannicolau_mare_plan_2024_latin2", "txt_tsv", els, exp, encoding="iso-8859-2",
                       newline="\r\n"))
    out.append(Variant("sannicolau_mare_plan_2024_fara_diacritice", "txt_cells", deaccent_elements(els),
                       deaccent_expected(exp)))
    els, exp = falticeni_raport_das_2024()
    out.append(Variant("falticeni_raport_das_2024_cells", "txt_cells", els, exp))
    out.append(Variant("falticeni_raport_das_2024_docx", "docx", els, exp))
    return out


def all_variants() -> list[Variant]:
    out: list[Variant] = []
    pm_els, pm_exp = poiana_mare_plan_2024()
    out.append(Variant("poiana_mare_plan_2024", "txt_tsv", pm_els, pm_exp))
    out.append(Variant("poiana_mare_plan_2024_docx", "docx", pm_els, pm_exp))
    out.append(Variant("poiana_mare_plan_2024_pdf", "pdf", pm_els, pm_exp))
    t_els, t_exp = turda_plan_2023()
    out.append(Variant("turda_plan_2023_cells", "txt_cells", t_els, t_exp))
    out.append(Variant("turda_plan_2023_docx", "docx", t_els, t_exp))
    v_els, v_exp = vaslui_dgaspc_plan_2025()
    out.append(Variant("vaslui_dgaspc_plan_2025", "docx", v_els, v_exp))
    out.append(Variant("vaslui_dgaspc_plan_2025_tsv", "txt_tsv", v_els, v_exp))
    a_els, a_exp = alba_iulia_plan_2023()
    out.append(Variant("alba_iulia_plan_2023", "pdf", a_els, a_exp))
    b_els, b_exp = bals_raport_primar_2023()
    out.append(Variant("bals_raport_primar_2023", "txt_tsv", b_els, b_exp))
    out.extend(round2_variants())
    import round3  # round 3: structure and format features (round3.py)

    out.extend(round3.round3_variants())
    import round4  # round 4: template wording of the annual plan (round4.py)

    out.extend(round4.round4_variants())
    import round5  # round 5: activity tables of reports → indicators (round5.py)

    out.extend(round5.round5_variants())
    return out


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1] if len(argv) > 1 else "variants_out")
    expected = {}
    for v in all_variants():
        if v.fmt in ("pdf", "pdf3", "scan") and not pdf_available():
            continue
        path = write_variant(v, out_dir)
        expected[path.name] = v.expected
    (out_dir / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    print(out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
