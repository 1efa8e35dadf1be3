"""One line or paragraph of text → a heading, list item or paragraph block.

Shared by every reader, so that a paragraph classifies the same way whichever format it came from. The
patterns are the plan template's: "CAPITOLUL I", section letters "A." … "H.", sub-items "a)" …, list markers.
"""
from __future__ import annotations

import re

from extractors.model import BBox, Block, Heading, ListItem, Paragraph
from normalizers.text import clean_text

HEADING_CHAPTER = re.compile(r"^\s*(CAPITOLUL|Capitolul|CAP\.|Cap\.|SECȚIUNEA|Secțiunea)\s+[IVXLC\d]+\b")
HEADING_SECTION = re.compile(r"^\s*([A-H])\s*[.)]\s*\S")
HEADING_SUB = re.compile(r"^\s*([a-h])\s*[.)]\s+\S")
LIST_MARKER = re.compile(
    r"^\s*(?P<marker>[-•·▪◦●*–]|\d{1,3}[.)](?!\d)|\d{1,2}\.\d{1,2}\.(?!\d)|[a-z]\)|[ivx]{1,4}\)|-\s*\d{1,3}\))\s+")
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def text_block(text: str, page: int | None = None, line: int | None = None, bbox: BBox | None = None) -> Block | None:
    text = text.strip()
    if not text:
        return None
    kw = dict(page=page, line=line, bbox=bbox)
    md = _MARKDOWN_HEADING.match(text)
    if md:
        return Heading(text=clean_text(md.group(2).strip("# ")), level=len(md.group(1)), **kw)
    if HEADING_CHAPTER.match(text) and len(text) < 300:
        return Heading(text=text, level=1, **kw)
    if HEADING_SECTION.match(text) and len(text) < 400 and not text.rstrip().endswith(";"):
        return Heading(text=text, level=2, **kw)
    m = LIST_MARKER.match(text)
    if m:
        marker = m.group("marker").strip()
        rest = text[m.end():].strip()
        if rest:
            if HEADING_SUB.match(text) and len(text) < 160:
                return Heading(text=text, level=3, **kw)
            return ListItem(text=rest, marker=marker, **kw)
    if len(text) < 120 and text.isupper() and any(ch.isalpha() for ch in text):
        return Heading(text=text, level=1, **kw)
    return Paragraph(text=text, **kw)
