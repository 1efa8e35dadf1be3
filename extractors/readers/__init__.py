"""Readers: one per format, all producing :class:`extractors.model.Document`.

``read_document`` picks the reader from the file's first bytes (a PDF named .txt is still a PDF) and falls
back on the extension. Each reader raises :class:`extractors.model.ReaderError` with a clear reason for a
file it cannot read.
"""
from __future__ import annotations

from pathlib import Path

from extractors.model import Document, ReaderError

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
SUPPORTED_SUFFIXES = {".pdf", ".docx", ".odt", *TEXT_SUFFIXES}


def sniff_format(path: Path, head: bytes) -> str:
    """pdf | docx | odt | txt | md | html, from magic bytes first, then the extension."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "odt" if suffix == ".odt" else "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".docx", ".odt"):
        return suffix[1:]
    return TEXT_SUFFIXES.get(suffix, "txt")


def read_document(path: Path, doc_id: str, source_path: str | None = None) -> Document:
    path = Path(path)
    source_path = source_path or str(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError as exc:
        raise ReaderError("unreadable", f"cannot open {path}: {exc.strerror or exc}") from exc
    if not head:
        raise ReaderError("empty_file", f"{path} is empty (0 bytes)")
    fmt = sniff_format(path, head)
    if fmt == "pdf":
        from extractors.readers.pdf import read_pdf

        return read_pdf(path, doc_id, source_path)
    if fmt in ("docx", "odt"):
        from extractors.readers.docx import read_docx

        return read_docx(path, doc_id, source_path)
    from extractors.readers.text import read_text

    return read_text(path, doc_id, source_path, fmt=fmt)
