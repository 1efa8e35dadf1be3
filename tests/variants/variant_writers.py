"""The writers of generated documents (see make_variants.py): one document's elements as a text export (tabs
between cells, or one cell per line), a DOCX with merged cells, a ruled PDF, or a blurred scan as an image-only
PDF; :func:`write_variant` picks the writer of a :class:`Variant`'s format (round 3's formats: round3_writers.py).
"""
from __future__ import annotations

from pathlib import Path

from variant_model import LEFT, UP, El, Variant


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
