"""Build small documents from blocks, for record-extractor tests (no file format involved)."""
from __future__ import annotations

from extractors.model import Cell, Document, Heading, ListItem, Paragraph, Row, Table
from pipeline.extraction import extract_document


def table(rows: list[list[str]], line: int = 100) -> Table:
    n = max(len(r) for r in rows)
    return Table(rows=[Row(cells=[Cell(text=t, col=i, line=line + k) for i, t in enumerate(r)], line=line + k)
                       for k, r in enumerate(rows)], n_cols=n, line=line)


def doc(*blocks) -> Document:
    out = []
    for i, b in enumerate(blocks, start=1):
        if isinstance(b, str):
            b = Paragraph(text=b, line=i * 10)
        elif getattr(b, "line", None) is None:
            b.line = i * 10
        out.append(b)
    return Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=out)


def run(*blocks):
    return extract_document(doc(*blocks))


__all__ = ["table", "doc", "run", "Heading", "Paragraph", "ListItem"]
