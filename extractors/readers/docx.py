"""DOCX (and ODT) reader: the package XML read directly with lxml.

Why not python-docx's object model: ``Row.cells`` repeats a merged cell in every grid position it covers
and hides ``w:gridBefore``; the grid here is computed from ``w:tblGrid``, ``w:gridBefore``, ``w:gridSpan``
and ``w:vMerge`` so that each cell appears once, in its first row, with ``col``/``col_span``/``row_span``.

- Body order of ``w:p`` and ``w:tbl`` (also inside ``w:sdt`` content controls and ``w:customXml``).
- Paragraph styles Heading N / Titlu N / Title (or an outline level) -> :class:`Heading` with that level;
  other paragraphs are classified with the same line patterns as the text and PDF readers.
- Numbered paragraphs (``w:numPr``) -> :class:`ListItem` with the marker rebuilt from numbering.xml
  ("1.", "a)", "-", ...).
- Tracked changes: inserted text (``w:ins``) is kept, deleted text (``w:del``) skipped.
- Nested tables: a table of more than one cell inside a cell becomes a :class:`Table` block of its own (its
  text is left out of the parent cell); a one-cell nested table (a frame) is flattened into the parent cell.
  A one-column table holding such a table (a layout wrapper, e.g. a frame with a caption and the table) is
  read as its content in order: the cell text as a paragraph block, the nested table as a table block.
  Any other table holding nested tables is emitted first, its nested tables right after it (an outer table
  left with no text at all is dropped).
- Text boxes (``w:txbxContent`` in ``wps:txbx`` or VML ``v:textbox``): their paragraphs and tables are read
  as body content right after the paragraph anchoring them, once per ``mc:AlternateContent`` (the first
  Choice holding a text box, else the Fallback copy). Inside a table cell their text joins the cell text.
- Line breaks inside a paragraph split it into separate blocks (as the text export shows them).
- HTML tags typed as text (``<p>…</p>``, ``<br>`` left by a conversion) are removed, ``<br>`` as a line break,
  as the text reader does.
- A table of one row and one cell (a framed paragraph) becomes that cell's text block, as in the text export.
- ``line``: the line each block starts on in the body's text (a paragraph line each, a table row each), so
  that equal figures stated in different places stay distinct downstream, as in the text export.

Errors: ``not_a_zip``, ``zip_bomb`` (declared uncompressed size or ratio of a part too large, checked
before reading), ``corrupt_docx`` (no main document part, damaged zip member, malformed XML).
ODT files are read by :mod:`extractors.readers.odt`.

Parts: the package (:mod:`.office_package`), styles and numbering (:mod:`.docx_styles`), paragraph text and
text boxes (:mod:`.docx_text`), table grids (:mod:`.docx_tables`); this module reads the body in order.
"""
from __future__ import annotations

from pathlib import Path

from extractors.model import Block, Document, Heading, ListItem, Paragraph, ReaderError, Table
from extractors.readers.blocks import text_block
from extractors.readers.docx_styles import Numbering, Styles
from extractors.readers.docx_tables import cell_text, cells_of, read_table, rows_of, stands_alone
from extractors.readers.docx_text import para_lines, text_boxes
from extractors.readers.odt import read_odt
from extractors.readers.docx_pictures import PagePicture, PictureRef, page_picture, picture_refs, read_page_pictures
from extractors.readers.office_package import (PART_DAMAGE, R_NS, Package, open_package, parse_part, q,
                                               relationship_targets)
from normalizers.text import clean_text

def _iter_body(el):
    for child in el:
        t = child.tag
        if t in (q("p"), q("tbl")):
            yield child
        elif t == q("sdt"):
            content = child.find(q("sdtContent"))
            if content is not None:
                yield from _iter_body(content)
        elif t == q("customXml"):
            yield from _iter_body(child)


def _paragraph_blocks(p, styles: Styles, numbering: Numbering) -> list[Block]:
    lines = [s for s in para_lines(p) if s]
    ppr = p.find(q("pPr"))
    style = None
    num = None
    if ppr is not None:
        ps = ppr.find(q("pStyle"))
        style = ps.get(q("val")) if ps is not None else None
        numpr = ppr.find(q("numPr"))
        if numpr is not None:
            nid = numpr.find(q("numId"))
            il = numpr.find(q("ilvl"))
            if nid is not None and nid.get(q("val")) not in (None, "0"):
                num = (nid.get(q("val")), int(il.get(q("val")) or 0) if il is not None else 0)
        ol = ppr.find(q("outlineLvl"))
    else:
        ol = None
    if not lines:
        return []
    if num is None and style in styles.num:
        num = styles.num[style]
    level = styles.level.get(style) if style else None
    if level is None and ol is not None and (ol.get(q("val")) or "").isdigit() and int(ol.get(q("val"))) < 9:
        level = int(ol.get(q("val"))) + 1
    blocks: list[Block] = []
    if level is not None:
        text = clean_text(" ".join(lines))
        return [Heading(text=text, level=level)]
    if num is not None:
        marker = numbering.marker(num[0], num[1])
        first = lines[0]
        blocks.append(ListItem(text=first, marker=marker, level=num[1] + 1))
        lines = lines[1:]
    for ln in lines:
        b = text_block(ln, None, None)
        if b is not None:
            b.page = None
            blocks.append(b)
    return blocks


class _BodyReader:
    """Blocks of a body-like container (the body, a text box, the cell of a layout table) in document order;
    ``lineno`` is the line the next element starts on in the body's text (one per paragraph line, one per
    table row)."""

    def __init__(self, styles: Styles, numbering: Numbering):
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.lineno = 1
        self.pictures: list[PictureRef] = []

    def container(self, el) -> None:
        for child in _iter_body(el):
            if child.tag == q("p"):
                self.paragraph(child)
            else:
                self.table(child)

    def paragraph(self, p) -> None:
        for k, b in enumerate(_paragraph_blocks(p, self.styles, self.numbering)):
            b.line = self.lineno + k
            self.blocks.append(b)
        self.pictures.extend(picture_refs(p, len(self.blocks)))
        self.lineno += max(1, len(para_lines(p)))
        for box in text_boxes(p):
            self.container(box)

    def text(self, text: str) -> None:
        b = text_block(clean_text(text), None, self.lineno)
        if b is not None:
            self.blocks.append(b)
        self.lineno += 1

    def table(self, tbl) -> None:
        nested: list = []
        t = read_table(tbl, nested)
        if nested and t is not None and all(c.col == 0 and c.col_span >= t.n_cols
                                            for r in t.rows for c in r.cells):
            self.layout(tbl)
            return
        if t is not None and (not nested or any(c.text for r in t.rows for c in r.cells)):
            self.emit_table(t)
        for inner in nested:
            self.table(inner)

    def layout(self, tbl) -> None:
        """A one-column table holding tables: each cell's content in order, runs of text as one block."""
        for tr in rows_of(tbl):
            for tc in cells_of(tr):
                self.layout_content(tc)

    def layout_content(self, el) -> None:
        parts: list[str] = []

        def flush():
            if any(parts):
                self.text(" ".join(parts))
            parts.clear()

        for child in el:
            if child.tag == q("p"):
                parts.append(" ".join(s for s in para_lines(child) if s))
                boxes = text_boxes(child)
                if boxes:
                    flush()
                    for box in boxes:
                        self.container(box)
            elif child.tag == q("tbl"):
                if stands_alone(child):
                    flush()
                    self.table(child)
                else:
                    parts.append(" ".join(cell_text(tc) for tr in rows_of(child) for tc in cells_of(tr)))
            elif child.tag in (q("sdt"), q("customXml")):
                content = child.find(q("sdtContent")) if child.tag == q("sdt") else child
                if content is not None:
                    flush()
                    self.layout_content(content)
        flush()

    def emit_table(self, t: Table) -> None:
        for k, row in enumerate(t.rows):
            row.line = self.lineno + k
            for c in row.cells:
                c.line = row.line
        t.line = self.lineno
        self.lineno += max(1, len(t.rows))
        if len(t.rows) == 1 and len(t.rows[0].cells) == 1:
            # a one-cell box (a framed paragraph): its text, as the text export gives it
            b = text_block(t.rows[0].cells[0].text, None, t.line)
            if b is not None:
                self.blocks.append(b)
        else:
            self.blocks.append(t)


def read_docx(path: Path, doc_id: str, source_path: str | None = None) -> Document:
    path = Path(path)
    source_path = source_path or str(path)
    if path.suffix.lower() == ".odt":
        return read_odt(path, doc_id, source_path)
    with open_package(path, ("word/document.xml", "content.xml")) as package:
        if package.main == "content.xml":
            return read_odt(path, doc_id, source_path)
        root = parse_part(package, package.main)
        styles = Styles(parse_part(package, "word/styles.xml", required=False))
        numbering = Numbering(parse_part(package, "word/numbering.xml", required=False))
        body = root.find(q("body"))
        if body is None:
            raise ReaderError("corrupt_docx", f"{path.name}: word/document.xml has no body")
        reader = _BodyReader(styles, numbering)
        reader.container(body)
        rels = parse_part(package, "word/_rels/document.xml.rels", required=False)
        pictures = _page_pictures(package, reader.pictures, relationship_targets(rels, "image"))
        letterhead = _letterhead(package, body, relationship_targets(rels, "header"))
    blocks, warnings = reader.blocks, list(package.warnings)
    if pictures:
        placed, picture_warnings = read_page_pictures(pictures, doc_id, source_path)
        blocks = _spliced(blocks, placed)
        warnings += picture_warnings
    return Document(source_path=source_path, doc_id=doc_id, format="docx", blocks=blocks, pages=None,
                    warnings=warnings, letterhead=letterhead)


def _letterhead(package: Package, body, headers: dict[str, str]) -> list[Block]:
    """The first section's page headers (Word's "first page" header, then its default one), a paragraph per
    line: where an institution prints its name over every page of a document."""
    sect = next(body.iter(q("sectPr")), None)  # the first section's properties: in its last paragraph, or the body's
    if sect is None:
        return []
    refs = sorted(sect.iter(q("headerReference")), key=lambda r: r.get(q("type")) != "first")
    out: list[Block] = []
    for ref in refs:
        part = headers.get(ref.get(f"{{{R_NS}}}id", ""))
        root = parse_part(package, part, required=False) if part else None
        if root is None:
            continue
        for p in root.iter(q("p")):
            out += [Paragraph(text=line) for line in para_lines(p) if line]
    return out


def _page_pictures(package: Package, refs: list[PictureRef], parts: dict[str, str]) -> list[PagePicture]:
    """The pictures of printed pages among the body's pictures (a picture used twice is read once)."""
    if not refs:
        return []
    out: list[PagePicture] = []
    seen: set[str] = set()
    for ref in refs:
        part = parts.get(ref.rel_id)
        if part is None or part in seen:
            continue
        seen.add(part)
        try:
            data = package.read(part)
        except (KeyError, *PART_DAMAGE):
            continue  # a picture missing or damaged: the text around it is read as usual
        picture = page_picture(ref, data)
        if picture is not None:
            out.append(picture)
    return out


def _spliced(blocks: list[Block], placed: list[tuple[int, list[Block]]]) -> list[Block]:
    """``blocks`` with each picture's blocks inserted at its position (positions index the original list)."""
    out: list[Block] = []
    at = 0
    for position, picture_blocks in sorted(placed, key=lambda item: item[0]):
        out += blocks[at:position]
        out += picture_blocks
        at = max(at, position)
    return out + blocks[at:]

