"""The writers of round 3 of the generated variants (round3.py): document STRUCTURE and FORMAT features rounds 1-2
did not cover, as new elements and four formats (``Variant.fmt``):

* ``md``        — markdown export: ``#`` headings, pipe tables with a ``|:---|---:|`` rule, ``**bold**``
                  cells, ``<br>`` inside a cell;
* ``txt_fixed`` — text export whose tables are fixed-width columns aligned with spaces (no tabs), a dashed
                  rule under the header (what ``pdftotext -layout`` or a mainframe report prints);
* ``pdf3``      — reportlab on portrait A4 with page templates: a running header with the institution and a
                  footer "Pagina N din M" on every page, tables with or without ruling lines (``Tbl3.grid``),
                  a table whose header rows end page 1 and whose body starts page 2 (``split_header``), a
                  landscape page stored as a portrait page with ``/Rotate 90`` (``rotated_table``) and prose
                  set in two columns (``twocol``);
* ``docx3``     — python-docx plus raw XML: headings as bold Normal paragraphs (``bold``), Word numbering
                  (``w:numPr`` in the paragraph, the "1." only in numbering.xml: ``numbered``), a table nested
                  inside the cell of a layout table (``nested_table``) and a table inside a text box
                  (``textbox_table``, ``mc:AlternateContent`` with a VML fallback as Word writes it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from variant_model import LEFT, UP, El, Tbl
from variant_writers import _FONT, _FONT_BOLD, _plain, fill_docx_table

# ----------------------------------------------------------------------------------------------- elements


@dataclass
class Tbl3(Tbl):
    grid: bool = True  # ruling lines (pdf3); False = columns only by alignment
    split_header: bool = False  # pdf3: header rows at the end of a page, body on the next (not repeated)
    right_cols: tuple = ()  # pdf3: columns aligned right (figures)


def table3(rows, header_rows=1, widths=None, **kw) -> El:
    return El("table", table=Tbl3(rows, header_rows, widths, **kw))


def bold(t) -> El:  # a heading typed as a bold Normal paragraph (docx3); plain line elsewhere
    return El("bold", t)


def numbered(t) -> El:  # Word-numbered list item (docx3: w:numPr, no typed "1."); "N. text" elsewhere
    return El("numbered", t)


def nested_table(rows, caption="") -> El:  # docx3: table inside the one cell of a layout table
    return El("nested_table", caption, table=Tbl(rows))


def textbox_table(rows) -> El:  # docx3: table inside a text box
    return El("textbox_table", table=Tbl(rows))


def rotated_table(rows, header_rows=1, widths=None) -> El:  # pdf3: own page, landscape via /Rotate 90
    return El("rotated_table", table=Tbl3(rows, header_rows, widths))


def twocol() -> El:  # pdf3: the following paragraphs are set in two columns
    return El("twocol")


def _numbered_texts(elements: list[El]) -> list[El]:
    """For writers without Word numbering: type the numbers ("1. ")."""
    out, n = [], 0
    for el in elements:
        if el.kind == "numbered":
            n += 1
            out.append(El("p", f"{n}. {el.text}"))
            continue
        n = 0
        if el.kind == "bold":
            out.append(El("p", el.text))
        elif el.kind in ("nested_table", "textbox_table", "rotated_table"):
            if el.text:
                out.append(El("p", el.text))
            out.append(El("table", table=el.table))
        elif el.kind == "twocol":
            continue
        else:
            out.append(el)
    return out


# ----------------------------------------------------------------------------------------------- text writers

_FIGURE = re.compile(r"[\d.,\s*-]+(?: lei)?")  # a figure cell: aligned right by the writers

def write_md(elements: list[El]) -> str:
    out: list[str] = []
    for el in _numbered_texts(elements):
        if el.kind == "pagebreak":
            continue
        if el.kind == "title":
            out += [f"# {el.text}", ""]
        elif el.kind == "h":
            out += [f"## {el.text}", ""]
        elif el.kind == "bullet":
            out += [f"- {el.text}", ""]
        elif el.kind == "table":
            rows = el.table.rows
            hr = max(1, el.table.header_rows)
            for i, row in enumerate(rows):
                out.append("| " + " | ".join(_plain(c) for c in row) + " |")
                if i == hr - 1:
                    rule = []
                    for k in range(len(row)):
                        body = [r[k] for r in rows[hr:] if _plain(r[k])]
                        numeric = body and all(_FIGURE.fullmatch(c) for c in body)
                        rule.append("---:" if numeric and k > 0 else ":---")
                    out.append("|" + "|".join(rule) + "|")
            out.append("")
        else:
            out += [el.text, ""]
    return "\n".join(out) + "\n"


def write_txt_fixed(elements: list[El]) -> str:
    """Tables as fixed-width columns aligned with spaces; a merged header cell is printed in its first column."""
    out: list[str] = []
    for el in _numbered_texts(elements):
        if el.kind == "pagebreak":
            continue
        if el.kind == "table":
            rows = [[_plain(c) for c in r] for r in el.table.rows]
            ncols = len(rows[0])
            w = [max(len(r[k]) for r in rows) for k in range(ncols)]
            right = [k > 0 and all(_FIGURE.fullmatch(r[k]) or r[k] in ("", "-")
                                   for r in rows[el.table.header_rows:]) for k in range(ncols)]
            for i, r in enumerate(rows):
                cells = [(r[k].rjust(w[k]) if right[k] and i >= el.table.header_rows else r[k].ljust(w[k]))
                         for k in range(ncols)]
                out.append("   ".join(cells).rstrip())
                if i == el.table.header_rows - 1:
                    out.append("   ".join("-" * w[k] for k in range(ncols)))
            out.append("")
        elif el.kind == "bullet":
            out += [f"- {el.text}", ""]
        else:
            out += [el.text, ""]
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------- pdf3

def write_pdf3(elements: list[El], path: Path, running_header: str | None = None) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    pdfmetrics.registerFont(TTFont("DejaVu", _FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", _FONT_BOLD))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9, leading=11, alignment=4)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=7.5, leading=9)
    cell_r = ParagraphStyle("cellr", parent=cell, alignment=2)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=4)
    ttl = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=12, leading=15, alignment=1, spaceAfter=8)
    W, H = A4
    M = 1.8 * cm

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def make_table(t: Tbl, width: float, rows=None, header_rows=None):
        rows = t.rows if rows is None else rows
        hr = t.header_rows if header_rows is None else header_rows
        ncols = len(rows[0])
        ws = t.widths or [1] * ncols
        col_w = [width * x / sum(ws) for x in ws]
        right = getattr(t, "right_cols", ())
        data = [[Paragraph(esc(_plain(c)), cell_r if (k in right and r >= hr) else cell) if _plain(c) else ""
                 for k, c in enumerate(row)] for r, row in enumerate(rows)]
        grid = getattr(t, "grid", True)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text in (LEFT, UP):
                    continue
                e_c, e_r = c, r
                while e_c + 1 < ncols and row[e_c + 1] == LEFT:
                    e_c += 1
                while e_r + 1 < len(rows) and rows[e_r + 1][c] == UP:
                    e_r += 1
                if e_c > c or e_r > r:
                    cmds.append(("SPAN", (c, r), (e_c, e_r)))
        tb = Table(data, colWidths=col_w, repeatRows=hr if grid and not getattr(t, "split_header", False) else 0)
        tb.setStyle(TableStyle(cmds))
        return tb

    rotated: dict[int, El] = {}

    def build(total: int) -> int:
        def decorate(canv, doc, rot=False):
            canv.saveState()
            canv.setFont("DejaVu", 7.5)
            if rot:  # draw in the landscape system of a /Rotate 90 page
                canv.translate(W, 0)
                canv.rotate(90)
                pw, ph = H, W
            else:
                pw, ph = W, H
            if running_header:
                canv.drawString(M, ph - 1.1 * cm, running_header)
                canv.line(M, ph - 1.25 * cm, pw - M, ph - 1.25 * cm)
            canv.drawCentredString(pw / 2, 0.9 * cm, f"Pagina {doc.page} din {total}")
            canv.restoreState()

        def on_normal(canv, doc):
            decorate(canv, doc)

        def on_rotated(canv, doc):
            el = rotated[doc.page]
            canv.saveState()
            canv.translate(W, 0)
            canv.rotate(90)  # landscape (X, Y) -> portrait user space (W - Y, X)
            tb = make_table(el.table, H - 2 * M)
            _w, th = tb.wrapOn(canv, H - 2 * M, W - 2 * M)
            tb.drawOn(canv, M, W - M - 0.6 * cm - th)
            canv.restoreState()
            decorate(canv, doc, rot=True)

        full = Frame(M, M, W - 2 * M, H - 2 * M, id="full")
        gap = 0.8 * cm
        cw = (W - 2 * M - gap) / 2
        top_h = 3.2 * cm
        title_frame = Frame(M, H - M - top_h, W - 2 * M, top_h, id="ttl")
        c1 = Frame(M, M, cw, H - 2 * M - top_h, id="c1")
        c2 = Frame(M + cw + gap, M, cw, H - 2 * M - top_h, id="c2")
        c1b = Frame(M, M, cw, H - 2 * M, id="c1b")
        c2b = Frame(M + cw + gap, M, cw, H - 2 * M, id="c2b")
        templates = [
            PageTemplate("normal", [full], onPage=on_normal),
            PageTemplate("twocol_first", [title_frame, c1, c2], onPage=on_normal),
            PageTemplate("twocol", [c1b, c2b], onPage=on_normal),
            PageTemplate("rotated", [Frame(M, M, 5 * cm, 5 * cm, id="rot")], onPage=on_rotated,
                         pagesize=(H, W)),  # with rotation 90 reportlab writes MediaBox [0 0 W H] (portrait)
        ]
        templates[-1].rotation = 90  # /Rotate 90 on that page (platypus reads the template's attribute)
        has_twocol = any(el.kind == "twocol" for el in elements)
        doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                              invariant=1, title="Document", author="generator", pageTemplates=templates)
        if has_twocol:
            doc.pageTemplates = [templates[1], templates[2], templates[0], templates[3]]
        story = []
        if has_twocol:
            story.append(NextPageTemplate("twocol"))
        page_guess = 1
        for el in elements:
            if el.kind == "title":
                story.append(Paragraph(esc(el.text), ttl))
            elif el.kind == "twocol":
                story.append(FrameBreak())
            elif el.kind in ("h", "bold"):
                story.append(Paragraph(esc(el.text), head))
            elif el.kind in ("p", "numbered"):
                story.append(Paragraph(esc(el.text), body))
                story.append(Spacer(1, 3))
            elif el.kind == "bullet":
                story.append(Paragraph("• " + esc(el.text), body))
            elif el.kind == "pagebreak":
                story.append(PageBreak())
                page_guess += 1
            elif el.kind == "rotated_table":
                page_guess += 1
                rotated[page_guess] = el
                story += [NextPageTemplate("rotated"), PageBreak(), Spacer(1, 1), NextPageTemplate("normal"),
                          PageBreak()]
                page_guess += 1
            elif el.kind == "table":
                t = el.table
                if getattr(t, "split_header", False):
                    story.append(make_table(t, W - 2 * M, t.rows[:t.header_rows], t.header_rows))
                    story.append(PageBreak())
                    page_guess += 1
                    story.append(make_table(t, W - 2 * M, t.rows[t.header_rows:], 0))
                else:
                    story.append(make_table(t, W - 2 * M))
                story.append(Spacer(1, 8))
        doc.build(story)
        return doc.page

    n = build(0)
    build(n)


# ----------------------------------------------------------------------------------------------- docx3

def write_docx3(elements: list[El], path: Path) -> None:
    import copy

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2024, 1, 1)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    fill = fill_docx_table

    W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    for el in elements:
        if el.kind == "title":
            para = d.add_paragraph()
            para.alignment = 1
            run = para.add_run(el.text)
            run.bold = True
            run.font.size = Pt(13)
        elif el.kind == "h":
            d.add_heading(el.text, level=2)
        elif el.kind == "bold":
            d.add_paragraph().add_run(el.text).bold = True
        elif el.kind == "p":
            d.add_paragraph(el.text)
        elif el.kind == "bullet":
            d.add_paragraph(el.text, style="List Bullet")
        elif el.kind == "numbered":
            para = d.add_paragraph(el.text)
            ppr = para._p.get_or_add_pPr()
            ppr.insert(0, parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>'))
        elif el.kind == "pagebreak":
            d.add_page_break()
        elif el.kind == "table":
            rows = el.table.rows
            fill(d.add_table(rows=len(rows), cols=len(rows[0])), rows)
            d.add_paragraph("")
        elif el.kind == "nested_table":
            outer = d.add_table(rows=1, cols=1)
            outer.style = "Table Grid"
            oc = outer.cell(0, 0)
            oc.paragraphs[0].add_run(el.text).bold = True
            rows = el.table.rows
            fill(oc.add_table(rows=len(rows), cols=len(rows[0])), rows)
            oc.add_paragraph("")  # a cell must end with a paragraph
            d.add_paragraph("")
        elif el.kind == "textbox_table":
            rows = el.table.rows
            inner = d.add_table(rows=len(rows), cols=len(rows[0]))
            fill(inner, rows)
            tbl = inner._tbl
            tbl.getparent().remove(tbl)
            anchor_p = d.add_paragraph()
            xml = (
                f'<w:r xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
                'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
                'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                'xmlns:v="urn:schemas-microsoft-com:vml">'
                '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
                'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                '<wp:extent cx="5900000" cy="1500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
                '<wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
                '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
                '<a:ext cx="5900000" cy="1500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                '</wps:spPr><wps:txbx><w:txbxContent/></wps:txbx><wps:bodyPr/></wps:wsp>'
                '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict><v:shape id="tb1" style="width:465pt;height:118pt" type="#_x0000_t202">'
                '<v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict></mc:Fallback>'
                '</mc:AlternateContent></w:r>')
            run = parse_xml(xml)
            contents = run.findall(".//" + qn("w:txbxContent"))
            for k, tc in enumerate(contents):
                t = tbl if k == 0 else copy.deepcopy(tbl)
                tc.append(t)
                tc.append(parse_xml(f'<w:p xmlns:w="{W_NS}"/>'))
            anchor_p._p.append(run)
            d.add_paragraph("")
        else:
            raise ValueError(el.kind)
    d.save(str(path))
