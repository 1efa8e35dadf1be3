"""HTML → document model: a plan published as a web page, or a Word document saved as one ("Save as Web Page").

Read with lxml's HTML parser (lxml is the DOCX reader's already; it recovers from the broken markup of real pages):
the body in document order — headings ``h1``–``h6``, tables (``colspan``/``rowspan`` on a grid, as the DOCX reader
computes it; a table nested in a cell is a table of its own, after its parent), list items (``li``: the level is the
lists' nesting), and every other run of text between block elements as a block classified like a text export's
line (:func:`extractors.readers.blocks.text_block`). ``<br>`` breaks a block into lines, as a line break does in a
DOCX. Scripts, styles, navigation, forms and the page's own footer are not the document; the page's own header (a
``<header>`` outside any ``article``/``main``/``section``: the site's banner, where an institution prints its name)
is its letterhead (``Document.letterhead``), read for the issuer as a DOCX's page header is. A ``<header>`` or
``<footer>`` inside sectioning content is that section's own: its title and notes are the document's text. ``line``
is the line of the HTML source an element starts on, for provenance. The bytes are decoded as a text export's
are."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from extractors.model import Block, Cell, Document, Heading, ListItem, ReaderError, Row, Table
from extractors.readers.blocks import text_block
from normalizers.text import clean_text

# elements whose content is not the document's text
_SKIPPED = {"script", "style", "noscript", "template", "nav", "form", "button", "select", "textarea", "svg",
            "iframe", "object", "head", "aside", "title", "meta", "link"}
# the page's own header and footer, told from a section's by their ancestors (module docstring)
_PAGE_FURNITURE = {"header", "footer"}
_SECTIONING = {"article", "main", "section"}
_HEADINGS = {f"h{k}": k for k in range(1, 7)}
_LISTS = {"ul", "ol", "dl", "menu"}
# elements that end the run of text before them and start a new one
_BLOCKS = {"p", "div", "section", "article", "main", "body", "center", "blockquote", "pre", "address", "figure",
           "figcaption", "caption", "fieldset", "details", "summary", "hr", "li", "dt", "dd", "table", "tr", "td",
           "th", "thead", "tbody", "tfoot", *_HEADINGS, *_LISTS}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_html(path: Path, doc_id: str, source_path: str) -> Document:
    from extractors.readers.text import read_decoded  # the text reader's decoding, shared

    text, encoding, warnings = read_decoded(path)
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text))
    except (etree.ParserError, ValueError) as exc:
        raise ReaderError("empty_file", f"{Path(path).name} holds no HTML content: {exc}") from exc
    reader = _HtmlReader()
    body = root.find("body")
    reader.walk(body if body is not None else root)
    reader.flush()
    if not reader.blocks:
        raise ReaderError("empty_file", f"{path} holds no text")
    return Document(source_path=source_path, doc_id=doc_id, format="html", blocks=reader.blocks, encoding=encoding,
                    warnings=warnings, letterhead=reader.letterhead)


@dataclass
class _HtmlReader:
    blocks: list[Block] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # the run of inline text being gathered
    pending_line: int | None = None
    list_level: int = 0
    letterhead: list[Block] = field(default_factory=list)  # blocks of the page's own <header>

    def walk(self, el) -> None:
        self.add_text(el.text, el)
        for child in el:
            self.element(child)
            self.add_text(child.tail, child)

    def element(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""  # comments and processing instructions have no text
        tag = tag.lower()
        if not tag or tag in _SKIPPED:
            return
        if tag == "br":
            self.pending.append("\n")
            return
        if tag in _PAGE_FURNITURE and not _in_sectioning(el):
            if tag == "header":
                self.page_header(el)
            return
        if tag not in _BLOCKS:
            self.walk(el)  # inline: its text joins the run
            return
        self.flush()
        if tag in _HEADINGS:
            text = clean_text(" ".join(_text(el).split("\n")))
            if text:
                self.blocks.append(Heading(text=text, level=_HEADINGS[tag], line=el.sourceline))
        elif tag == "table":
            self.table(el)
        elif tag in _LISTS:
            self.list_level += 1
            self.walk(el)
            self.flush()
            self.list_level -= 1
        elif tag == "li" and self.list_level:
            self.list_item(el)
        else:
            self.walk(el)
            self.flush()

    def add_text(self, text: str | None, el) -> None:
        if text and text.strip():
            if self.pending_line is None:
                self.pending_line = el.sourceline
            self.pending.append(text)

    def flush(self) -> None:
        """The run of inline text gathered so far as blocks, a block per line (``<br>``)."""
        for k, line in enumerate("".join(self.pending).split("\n")):
            b = text_block(clean_text(line), None, (self.pending_line or 0) + k if self.pending_line else None)
            if b is not None:
                self.blocks.append(b)
        self.pending.clear()
        self.pending_line = None

    def page_header(self, el) -> None:
        """The page's banner, read as the body is (its navigation left out), into the letterhead."""
        banner = _HtmlReader()
        banner.walk(el)
        banner.flush()
        self.letterhead += banner.blocks

    def list_item(self, li) -> None:
        nested = [c for c in li if isinstance(c.tag, str) and c.tag.lower() in _LISTS | {"table"}]
        own = clean_text(" ".join(_text(li, skip=set(nested)).split("\n")))
        if own:
            marker = "-" if li.getparent() is None or li.getparent().tag != "ol" else f"{_item_number(li)}."
            self.blocks.append(ListItem(text=own, marker=marker, level=self.list_level, line=li.sourceline))
        for sub in nested:
            self.element(sub)

    def table(self, el) -> None:
        nested: list = []
        table = _grid_table(el, nested)
        if table is not None:
            self.blocks.append(table)
        for inner in nested:
            self.table(inner)


def _in_sectioning(el) -> bool:
    return any(isinstance(a.tag, str) and a.tag.lower() in _SECTIONING for a in el.iterancestors())


def _item_number(li) -> int:
    parent = li.getparent()
    start = int(parent.get("start", "1")) if (parent.get("start") or "").isdigit() else 1
    return start + [c for c in parent if isinstance(c.tag, str) and c.tag.lower() == "li"].index(li)


def _text(el, skip: set | None = None) -> str:
    """The element's text, ``<br>`` as a line break, skipped elements and ``skip`` left out."""
    out: list[str] = []

    def walk(node) -> None:
        if node.text:
            out.append(node.text)
        for child in node:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag == "br":
                out.append("\n")
            elif tag and tag not in _SKIPPED and (skip is None or child not in skip) and not (
                    tag in _PAGE_FURNITURE and not _in_sectioning(child)):
                if tag in _BLOCKS and out and not out[-1].endswith((" ", "\n")):
                    out.append(" ")  # two paragraphs of a cell are two words apart
                walk(child)
            if child.tail:
                out.append(child.tail)

    walk(el)
    return "".join(out)


def _own_rows(table) -> list:
    """The rows of ``table`` itself (in thead, tbody, tfoot or directly), not those of tables nested in its cells."""
    rows = []
    for part in table:
        tag = part.tag.lower() if isinstance(part.tag, str) else ""
        if tag == "tr":
            rows.append(part)
        elif tag in ("thead", "tbody", "tfoot"):
            rows += [r for r in part if isinstance(r.tag, str) and r.tag.lower() == "tr"]
    return rows


def _span(cell, name: str) -> int:
    value = (cell.get(name) or "1").strip()
    return max(1, min(int(value), 1000)) if value.isdigit() else 1


def _grid_table(table, nested: list) -> Table | None:
    """The table's rows on a grid: a cell starts at the first column its row leaves free (rowspans from the rows
    above hold theirs); tables inside cells go to ``nested``."""
    rows: list[Row] = []
    taken: dict[tuple[int, int], bool] = {}
    n_cols = 0
    for r, tr in enumerate(_own_rows(table)):
        cells: list[Cell] = []
        col = 0
        for td in tr:
            tag = td.tag.lower() if isinstance(td.tag, str) else ""
            if tag not in ("td", "th"):
                continue
            while taken.get((r, col)):
                col += 1
            inner = [t for t in td.iter("table") if t is not td]
            outermost = [t for t in inner if not any(o is not t and t in set(o.iter("table")) for o in inner)]
            nested += outermost
            text = clean_text(" ".join(_text(td, skip=set(outermost)).split("\n")))
            row_span, col_span = _span(td, "rowspan"), _span(td, "colspan")
            for dr in range(row_span):
                for dc in range(col_span):
                    taken[(r + dr, col + dc)] = True
            cells.append(Cell(text=text, col=col, row_span=row_span, col_span=col_span, line=td.sourceline))
            col += col_span
        n_cols = max(n_cols, col)
        if any(c.text for c in cells):
            rows.append(Row(cells=cells, line=tr.sourceline))
    if not rows:
        return None
    return Table(rows=rows, n_cols=n_cols, line=rows[0].line)
