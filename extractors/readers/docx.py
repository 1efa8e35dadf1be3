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
ODT: ``content.xml`` (``text:p``/``text:h``/``text:list``, ``table:table`` with
``number-columns-spanned``/``number-rows-spanned``).
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from extractors.model import Block, Cell, Document, Heading, ListItem, ReaderError, Row, Table
from extractors.readers.blocks import text_block
from extractors.readers.text_lines import strip_html_tags
from normalizers.text import clean_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = f"{{{W}}}"
_ALT_CONTENT = f"{{{MC}}}AlternateContent"
_CHOICE = f"{{{MC}}}Choice"
_FALLBACK = f"{{{MC}}}Fallback"

MAX_PART_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_SIZE = 2 * 1024 * 1024  # small parts compress well legitimately

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _q(tag: str) -> str:
    return WP + tag


# ------------------------------------------------------------------------------------------ package


def _open_package(path: Path, main_parts: tuple[str, ...]) -> tuple[zipfile.ZipFile, str]:
    if not zipfile.is_zipfile(path):
        raise ReaderError("not_a_zip", f"{path.name} is not a DOCX/ODT package (not a zip archive)")
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReaderError("not_a_zip", f"{path.name} is a damaged zip archive: {exc}") from exc
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (info.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO):
            zf.close()
            raise ReaderError("zip_bomb", f"{path.name}: part {info.filename} would expand to "
                                          f"{info.file_size} bytes (ratio {ratio:.0f}:1); refusing to read it")
    if total > 4 * MAX_PART_BYTES:
        zf.close()
        raise ReaderError("zip_bomb", f"{path.name}: package would expand to {total} bytes")
    names = {i.filename for i in infos}
    main = next((p for p in main_parts if p in names), None)
    if main is None:
        zf.close()
        raise ReaderError("corrupt_docx", f"{path.name} has no {main_parts[0]} (not a Word/ODF document)")
    return zf, main


def _parse_part(zf: zipfile.ZipFile, name: str, path: Path, required: bool = True):
    try:
        data = zf.read(name)
    except KeyError:
        if required:
            raise ReaderError("corrupt_docx", f"{path.name}: part {name} missing")
        return None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:  # CRC errors, truncated members
        raise ReaderError("corrupt_docx", f"{path.name}: part {name} is damaged: {exc}") from exc
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        if required:
            raise ReaderError("corrupt_docx", f"{path.name}: {name} is not well-formed XML: {exc}") from exc
        return None


# ------------------------------------------------------------------------------------------ styles & numbering

_HEADING_STYLE = re.compile(r"^(?:heading|titlu|titre|berschrift|ttulo|título)\s*(\d)$", re.I)


class _Styles:
    def __init__(self, root):
        self.level: dict[str, int] = {}
        self.num: dict[str, tuple[str, int]] = {}  # style -> (numId, ilvl) of a list style
        if root is None:
            return
        based: dict[str, str] = {}
        names: dict[str, str] = {}
        outline: dict[str, int] = {}
        for st in root.iter(_q("style")):
            sid = st.get(_q("styleId")) or ""
            name_el = st.find(_q("name"))
            names[sid] = (name_el.get(_q("val")) if name_el is not None else "") or ""
            b = st.find(_q("basedOn"))
            if b is not None:
                based[sid] = b.get(_q("val"))
            npr = st.find(f"{_q('pPr')}/{_q('numPr')}")
            if npr is not None:
                nid, il = npr.find(_q("numId")), npr.find(_q("ilvl"))
                if nid is not None and nid.get(_q("val")) not in (None, "0"):
                    self.num[sid] = (nid.get(_q("val")), int(il.get(_q("val")) or 0) if il is not None else 0)
            ol = st.find(f"{_q('pPr')}/{_q('outlineLvl')}")
            if ol is not None and (ol.get(_q("val")) or "").isdigit():
                outline[sid] = int(ol.get(_q("val"))) + 1
        for sid in names:
            lvl = self._direct(sid, names[sid], outline)
            cur, seen = sid, set()
            while lvl is None and cur in based and cur not in seen:
                seen.add(cur)
                cur = based[cur]
                lvl = self._direct(cur, names.get(cur, ""), outline)
            if lvl is not None:
                self.level[sid] = lvl

    @staticmethod
    def _direct(sid: str, name: str, outline: dict[str, int]) -> int | None:
        for s in (name, sid):
            m = _HEADING_STYLE.match(s.replace(" ", "") if s else "") or _HEADING_STYLE.match(s or "")
            if m:
                return max(1, min(9, int(m.group(1))))
            if s and s.lower() in ("title", "titlu"):
                return 1
            if s and s.lower() in ("subtitle", "subtitlu"):
                return 2
        if sid in outline and outline[sid] <= 9:
            return outline[sid]
        return None


def _roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _letter(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def _fmt_number(fmt: str, n: int) -> str:
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class _Numbering:
    """Rebuilds list markers: numId -> abstractNum levels (format, level text, start), with counters."""

    def __init__(self, root):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(_q("abstractNum")):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iter(_q("lvl")):
                il = int(lvl.get(_q("ilvl")) or 0)
                fmt = lvl.find(_q("numFmt"))
                txt = lvl.find(_q("lvlText"))
                start = lvl.find(_q("start"))
                lv[il] = (fmt.get(_q("val")) if fmt is not None else "decimal",
                          txt.get(_q("val")) if txt is not None else "%1.",
                          int(start.get(_q("val")) or 1) if start is not None else 1)
            abstract[an.get(_q("abstractNumId"))] = lv
        for num in root.iter(_q("num")):
            a = num.find(_q("abstractNumId"))
            if a is not None and a.get(_q("val")) in abstract:
                self.levels[num.get(_q("numId"))] = abstract[a.get(_q("val"))]

    def marker(self, num_id: str, ilvl: int) -> str:
        lv = self.levels.get(num_id)
        if not lv:
            return "-"
        fmt, text, start = lv.get(ilvl, ("decimal", "%1.", 1))
        if fmt == "bullet":
            return "•" if not text or not text.isprintable() or ord(text[0]) >= 0xE000 else ("-" if text in "-–" else text)
        if fmt == "none":
            return ""
        cnt = self.counters.setdefault(num_id, [0] * 10)
        cnt[ilvl] = (cnt[ilvl] or start - 1) + 1 if cnt[ilvl] else start
        for deeper in range(ilvl + 1, 10):
            cnt[deeper] = 0

        def repl(m):
            k = int(m.group(1)) - 1
            f, _, st = lv.get(k, ("decimal", "", 1))
            return _fmt_number(f, cnt[k] or st)

        return re.sub(r"%(\d)", repl, text).strip()


# ------------------------------------------------------------------------------------------ text


def _run_text(el) -> list[str]:
    """Text of a paragraph element as pieces; "\n" marks a line break."""
    out: list[str] = []
    for node in el.iter():
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if tag == _q("t"):
            if not _in_skipped(node, el):
                out.append(node.text or "")
        elif tag in (_q("tab"), _q("ptab")):
            if not _in_skipped(node, el):
                out.append(" ")
        elif tag in (_q("br"), _q("cr")):
            if node.get(_q("type")) in (None, "textWrapping") and not _in_skipped(node, el):
                out.append("\n")
        elif tag == _q("noBreakHyphen"):
            if not _in_skipped(node, el):
                out.append("-")
        elif tag == _q("sym"):
            if not _in_skipped(node, el):
                out.append("•")
    return out


def _in_skipped(node, stop) -> bool:
    p = node.getparent()
    while p is not None and p is not stop:
        t = p.tag
        if t in (_q("del"), _q("moveFrom"), _FALLBACK, _q("tbl"), _q("txbxContent")):
            return True
        p = p.getparent()
    return False


def _para_lines(p) -> list[str]:
    """The paragraph's own lines (text boxes anchored in it are not part of them: see :func:`_text_boxes`).
    HTML tags typed as text (``<p>…</p>`` left by a conversion) are removed as the text reader removes them."""
    text = "".join(_run_text(p))
    if "<" in text:
        text = strip_html_tags(text)
    return [clean_text(s) for s in text.split("\n")]


def _text_boxes(el) -> list:
    """The ``w:txbxContent`` elements anchored in ``el`` (not those inside another text box, which belong to
    that box's paragraphs), one copy per ``mc:AlternateContent``: the first Choice that holds a text box,
    else the Fallback."""
    out: list = []

    def walk(n):
        for c in n:
            t = c.tag
            if not isinstance(t, str) or t in (_q("del"), _q("moveFrom")):
                continue
            if t == _q("txbxContent"):
                out.append(c)
            elif t == _ALT_CONTENT:
                branches = [x for x in c if x.tag in (_CHOICE, _FALLBACK)]
                pick = next((x for x in branches if x.tag == _CHOICE and _has_text_box(x)), None)
                if pick is None:
                    pick = next((x for x in branches if x.tag == _FALLBACK), None)
                if pick is not None:
                    walk(pick)
            else:
                walk(c)

    walk(el)
    return out


def _has_text_box(el) -> bool:
    return next(el.iter(_q("txbxContent")), None) is not None


# ------------------------------------------------------------------------------------------ tables


def _val_int(el, tag: str, default: int = 0) -> int:
    e = el.find(tag)
    if e is None:
        return default
    v = e.get(_q("val"))
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def _cell_text(tc, nested: list | None = None) -> str:
    """Text of a cell's paragraphs (and of text boxes anchored in them). A nested table that stands alone
    (:func:`_stands_alone`) is left out and appended to ``nested`` when a list is given; other nested
    tables are flattened into the text."""
    parts: list[str] = []
    for child in tc:
        if child.tag == _q("p"):
            parts.append(" ".join(s for s in _para_lines(child) if s))
            for box in _text_boxes(child):
                parts.append(_cell_text(box, nested))
        elif child.tag == _q("tbl"):
            if nested is not None and _stands_alone(child):
                nested.append(child)
                continue
            for tr in _rows_of(child):
                for tc2 in _cells_of(tr):
                    parts.append(_cell_text(tc2, nested))
        elif child.tag in (_q("sdt"), _q("customXml")):
            content = child.find(_q("sdtContent")) if child.tag == _q("sdt") else child
            if content is not None:
                parts.append(_cell_text(content, nested))
    return clean_text(" ".join(p for p in parts if p))


def _children(elem, tag: str):
    """Child elements named ``tag``, looking through content controls (w:sdt) and custom XML wrappers."""
    for child in elem:
        if child.tag == _q(tag):
            yield child
        elif child.tag in (_q("sdt"), _q("customXml")):
            content = child.find(_q("sdtContent")) if child.tag == _q("sdt") else child
            if content is not None:
                yield from _children(content, tag)


def _rows_of(tbl):
    return _children(tbl, "tr")


def _cells_of(tr):
    return _children(tr, "tc")


def _stands_alone(tbl) -> bool:
    """A nested table read as a table of its own: more than one cell, or a one-cell frame around such a
    table."""
    cells = [tc for tr in _rows_of(tbl) for tc in _cells_of(tr)]
    if len(cells) > 1:
        return True
    return any(_stands_alone(t) for tc in cells for t in _children(tc, "tbl"))


def read_table(tbl, nested: list | None = None) -> Table | None:
    """The table's grid. With a ``nested`` list, nested tables that stand alone are collected there (in
    document order) instead of being flattened into their cells."""
    grid = tbl.find(_q("tblGrid"))
    n_grid = len(grid.findall(_q("gridCol"))) if grid is not None else 0
    rows: list[Row] = []
    # for vertical merges: (col) -> the Cell that is open at that grid column
    open_cells: dict[int, Cell] = {}
    max_col = 0
    for tr in _rows_of(tbl):
        trpr = tr.find(_q("trPr"))
        col = _val_int(trpr, _q("gridBefore")) if trpr is not None else 0
        cells: list[Cell] = []
        touched: set[int] = set()
        for tc in _cells_of(tr):
            tcpr = tc.find(_q("tcPr"))
            span = max(1, _val_int(tcpr, _q("gridSpan"), 1)) if tcpr is not None else 1
            vm = tcpr.find(_q("vMerge")) if tcpr is not None else None
            hm = tcpr.find(_q("hMerge")) if tcpr is not None else None  # legacy horizontal merge
            if hm is not None and hm.get(_q("val")) != "restart" and cells:
                prev = cells[-1]
                prev.col_span += span
                extra = _cell_text(tc, nested)
                if extra:
                    prev.text = clean_text(prev.text + " " + extra)
                col += span
                continue
            if vm is not None and vm.get(_q("val")) != "restart":
                owner = open_cells.get(col)
                if owner is not None:
                    touched.add(col)
                    owner.row_span += 1
                    extra = _cell_text(tc, nested)
                    if extra:
                        owner.text = clean_text(owner.text + " " + extra)
                    col += span
                    continue
            cell = Cell(text=_cell_text(tc, nested), col=col, col_span=span)
            cells.append(cell)
            for c in range(col, col + span):
                open_cells.pop(c, None)
            if vm is not None:
                open_cells[col] = cell
                touched.add(col)
            col += span
        # a vertical merge ends where a row does not continue it
        for c in list(open_cells):
            if c not in touched:
                open_cells.pop(c, None)
        max_col = max(max_col, col)
        rows.append(Row(cells=cells))
    if not rows:
        return None
    n_cols = max(n_grid, max_col)
    if n_cols == 0:
        return None
    return Table(rows=rows, n_cols=n_cols)


# ------------------------------------------------------------------------------------------ body


def _iter_body(el):
    for child in el:
        t = child.tag
        if t in (_q("p"), _q("tbl")):
            yield child
        elif t == _q("sdt"):
            content = child.find(_q("sdtContent"))
            if content is not None:
                yield from _iter_body(content)
        elif t == _q("customXml"):
            yield from _iter_body(child)


def _paragraph_blocks(p, styles: _Styles, numbering: _Numbering) -> list[Block]:
    lines = [s for s in _para_lines(p) if s]
    ppr = p.find(_q("pPr"))
    style = None
    num = None
    if ppr is not None:
        ps = ppr.find(_q("pStyle"))
        style = ps.get(_q("val")) if ps is not None else None
        numpr = ppr.find(_q("numPr"))
        if numpr is not None:
            nid = numpr.find(_q("numId"))
            il = numpr.find(_q("ilvl"))
            if nid is not None and nid.get(_q("val")) not in (None, "0"):
                num = (nid.get(_q("val")), int(il.get(_q("val")) or 0) if il is not None else 0)
        ol = ppr.find(_q("outlineLvl"))
    else:
        ol = None
    if not lines:
        return []
    if num is None and style in styles.num:
        num = styles.num[style]
    level = styles.level.get(style) if style else None
    if level is None and ol is not None and (ol.get(_q("val")) or "").isdigit() and int(ol.get(_q("val"))) < 9:
        level = int(ol.get(_q("val"))) + 1
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

    def __init__(self, styles: _Styles, numbering: _Numbering):
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.lineno = 1

    def container(self, el) -> None:
        for child in _iter_body(el):
            if child.tag == _q("p"):
                self.paragraph(child)
            else:
                self.table(child)

    def paragraph(self, p) -> None:
        for k, b in enumerate(_paragraph_blocks(p, self.styles, self.numbering)):
            b.line = self.lineno + k
            self.blocks.append(b)
        self.lineno += max(1, len(_para_lines(p)))
        for box in _text_boxes(p):
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
        for tr in _rows_of(tbl):
            for tc in _cells_of(tr):
                self.layout_content(tc)

    def layout_content(self, el) -> None:
        parts: list[str] = []

        def flush():
            if any(parts):
                self.text(" ".join(parts))
            parts.clear()

        for child in el:
            if child.tag == _q("p"):
                parts.append(" ".join(s for s in _para_lines(child) if s))
                boxes = _text_boxes(child)
                if boxes:
                    flush()
                    for box in boxes:
                        self.container(box)
            elif child.tag == _q("tbl"):
                if _stands_alone(child):
                    flush()
                    self.table(child)
                else:
                    parts.append(" ".join(_cell_text(tc) for tr in _rows_of(child) for tc in _cells_of(tr)))
            elif child.tag in (_q("sdt"), _q("customXml")):
                content = child.find(_q("sdtContent")) if child.tag == _q("sdt") else child
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
    zf, main = _open_package(path, ("word/document.xml", "content.xml"))
    try:
        if main == "content.xml":
            zf.close()
            return read_odt(path, doc_id, source_path)
        root = _parse_part(zf, main, path)
        styles = _Styles(_parse_part(zf, "word/styles.xml", path, required=False))
        numbering = _Numbering(_parse_part(zf, "word/numbering.xml", path, required=False))
    finally:
        zf.close()
    body = root.find(_q("body"))
    if body is None:
        raise ReaderError("corrupt_docx", f"{path.name}: word/document.xml has no body")
    reader = _BodyReader(styles, numbering)
    reader.container(body)
    return Document(source_path=source_path, doc_id=doc_id, format="docx", blocks=reader.blocks, pages=None)


# ------------------------------------------------------------------------------------------ ODT

ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
T = f"{{{ODF_TEXT}}}"
TB = f"{{{ODF_TABLE}}}"


def _odf_text(el) -> str:
    out: list[str] = []

    def walk(n):
        tag = n.tag
        if tag == T + "s":
            out.append(" " * int(n.get(T + "c") or 1))
        elif tag == T + "tab":
            out.append(" ")
        elif tag == T + "line-break":
            out.append("\n")
        elif tag in (T + "note", T + "tracked-changes", T + "deletion"):
            pass
        else:
            if n.text:
                out.append(n.text)
            for c in n:
                walk(c)
        if n is not el and n.tail:
            out.append(n.tail)

    walk(el)
    return "".join(out)


def _odf_cell_text(cell) -> str:
    parts = []
    for n in cell.iter(T + "p", T + "h"):
        parts.append(_odf_text(n))
    return clean_text(" ".join(parts))


def _odf_table(tbl) -> Table:
    """Rows of an ODF table; covered cells are skipped, positions taken by row spans from above are
    stepped over."""
    rows: list[Row] = []
    n_cols = 0
    occupied: set[tuple[int, int]] = set()
    r = 0
    for tr in tbl.iter(TB + "table-row"):
        if _odf_owner_table(tr) is not tbl:
            continue
        col = 0
        cells = []
        for tc in tr:
            if tc.tag != TB + "table-cell":
                continue
            rep = min(int(tc.get(TB + "number-columns-repeated") or 1), 256)
            cs = int(tc.get(TB + "number-columns-spanned") or 1)
            rs = int(tc.get(TB + "number-rows-spanned") or 1)
            text = _odf_cell_text(tc)
            for _ in range(rep):
                while (r, col) in occupied:
                    col += 1
                cells.append(Cell(text=text, col=col, col_span=cs, row_span=rs))
                for dr in range(rs):
                    for dc in range(cs):
                        occupied.add((r + dr, col + dc))
                col += cs
        n_cols = max(n_cols, col, max((c for rr, c in occupied if rr == r), default=-1) + 1)
        rows.append(Row(cells=cells))
        r += 1
    return Table(rows=rows, n_cols=n_cols)


def _odf_owner_table(el):
    p = el.getparent()
    while p is not None and p.tag != TB + "table":
        p = p.getparent()
    return p


def read_odt(path: Path, doc_id: str, source_path: str) -> Document:
    zf, main = _open_package(path, ("content.xml",))
    try:
        root = _parse_part(zf, main, path)
    finally:
        zf.close()
    body = root.find(f"{{{ODF_OFFICE}}}body/{{{ODF_OFFICE}}}text")
    if body is None:
        raise ReaderError("corrupt_docx", f"{path.name}: content.xml has no office:text body")
    blocks: list[Block] = []

    def walk(el, list_level=0):
        for child in el:
            tag = child.tag
            if tag == T + "h":
                text = clean_text(_odf_text(child))
                if text:
                    blocks.append(Heading(text=text, level=int(child.get(T + "outline-level") or 1)))
            elif tag == T + "p":
                for ln in _odf_text(child).split("\n"):
                    ln = clean_text(ln)
                    if not ln:
                        continue
                    if list_level:
                        blocks.append(ListItem(text=ln, marker="-", level=list_level))
                    else:
                        b = text_block(ln, None, None)
                        if b is not None:
                            blocks.append(b)
            elif tag == T + "list":
                walk(child, list_level + 1)
            elif tag in (T + "list-item", T + "list-header", T + "section"):
                walk(child, list_level)
            elif tag == TB + "table":
                blocks.append(_odf_table(child))

    walk(body)
    return Document(source_path=source_path, doc_id=doc_id, format="odt", blocks=blocks, pages=None)
