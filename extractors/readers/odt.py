"""ODT reader: ``content.xml`` read with lxml (``text:p`` / ``text:h`` / ``text:list``, ``table:table`` with
``number-columns-spanned`` / ``number-rows-spanned``), the package opened as a DOCX is."""
from __future__ import annotations

from pathlib import Path

from extractors.model import Block, Cell, Document, Heading, ListItem, Paragraph, ReaderError, Row, Table
from extractors.readers.blocks import text_block
from extractors.readers.office_package import open_package, parse_part
from normalizers.text import clean_text

ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
ODF_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
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
    with open_package(path, ("content.xml",)) as package:
        root = parse_part(package, package.main)
        letterhead = _letterhead(parse_part(package, "styles.xml", required=False))
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
    return Document(source_path=source_path, doc_id=doc_id, format="odt", blocks=blocks, pages=None,
                    warnings=list(package.warnings), letterhead=letterhead)


def _letterhead(styles) -> list[Block]:
    """The page header of the first master page that has one (``styles.xml``), a paragraph per line: where an
    institution prints its name over every page (as a DOCX's page header)."""
    if styles is None:
        return []
    for header in styles.iter(f"{{{ODF_STYLE}}}header-first", f"{{{ODF_STYLE}}}header"):
        lines = [clean_text(ln) for p in header.iter(T + "p", T + "h") for ln in _odf_text(p).split("\n")]
        if any(lines):
            return [Paragraph(text=ln) for ln in lines if ln]
    return []
