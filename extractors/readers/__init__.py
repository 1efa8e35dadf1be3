"""Readers: one per format, all producing :class:`extractors.model.Document`.

``read_document`` picks the reader from the file's first bytes (a PDF named .txt is still a PDF; a PNG named
.txt is an image) and falls back on the extension; see :mod:`extractors.readers.sniff`. A file no reader takes
fails at once with a specific reason (``image_file``, ``unsupported_format``, ``binary_content``), and a
document a reader read but that holds no text at all fails too (``no_text``,
``no_text_layer_and_ocr_found_nothing``) instead of being recorded ``ok`` with no rows. Each reader raises
:class:`extractors.model.ReaderError` with a clear reason for a file it cannot read.

Old Word ``.doc`` and RTF are read through LibreOffice when it is installed (:mod:`extractors.readers.legacy`);
:data:`SUPPORTED_SUFFIXES` (what folder discovery picks up) includes them only then.
"""
from __future__ import annotations

from pathlib import Path

from extractors.model import Document, ReaderError
from extractors.readers import sniff as _sniff
from extractors.readers.legacy import conversion_available

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
LEGACY_SUFFIXES = {".doc", ".rtf"}
SUPPORTED_SUFFIXES = {".pdf", ".docx", ".odt", *TEXT_SUFFIXES} | (LEGACY_SUFFIXES if conversion_available() else set())
HEAD_BYTES = 2048
_HTML_START = (b"<!doctype html", b"<html")


def sniff_format(path: Path, head: bytes) -> str:
    """pdf | docx | odt | txt | md | html for what a reader takes; doc | rtf for what goes through LibreOffice;
    ``unsupported`` for a file no reader takes. From magic bytes first, then the extension."""
    suffix = path.suffix.lower()
    kind = _sniff.sniff(path, head)
    if kind is _sniff.TEXT and suffix in (".pdf", ".docx", ".odt"):
        return suffix[1:]  # no known signature: that format's reader says what is wrong with the file
    if kind is _sniff.PDF:
        return "pdf"
    if kind is _sniff.PACKAGE:
        return "odt" if suffix == ".odt" else "docx"
    if kind is _sniff.WORD_97:
        return "doc"
    if kind is _sniff.RTF:
        return "rtf"
    if kind.reader is None:
        return "unsupported"
    if suffix not in TEXT_SUFFIXES and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:14].lower().startswith(_HTML_START):
        return "html"  # a web page saved under another name (Word's "Save as .doc" of an HTML file)
    return TEXT_SUFFIXES.get(suffix, "txt")


def read_document(path: Path, doc_id: str, source_path: str | None = None, password: str | None = None) -> Document:
    """The document at ``path``, read by the reader its first bytes call for. ``password``: opens a
    password-protected PDF (other formats ignore it); a protected PDF without it, or with a wrong one, fails
    with ``encrypted_pdf``."""
    path = Path(path)
    source_path = source_path or str(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise ReaderError("unreadable", f"cannot open {path}: {exc.strerror or exc}") from exc
    if not head:
        raise ReaderError("empty_file", f"{path} is empty (0 bytes)")
    fmt = sniff_format(path, head)
    doc = _read(path, head, fmt, doc_id, source_path, password)
    _sniff.check_has_text(doc, path)
    return doc


def _read(path: Path, head: bytes, fmt: str, doc_id: str, source_path: str, password: str | None = None,
          ) -> Document:
    if fmt == "pdf":
        from extractors.readers.pdf import read_pdf

        return read_pdf(path, doc_id, source_path, password=password)
    if fmt in ("docx", "odt"):
        from extractors.readers.docx import read_docx

        return read_docx(path, doc_id, source_path)
    if fmt in ("doc", "rtf"):
        from extractors.readers.legacy import read_legacy

        kind = _sniff.WORD_97 if fmt == "doc" else _sniff.RTF
        return read_legacy(path, doc_id, source_path, kind.what, f".{fmt}")
    if fmt == "unsupported":
        kind = _sniff.sniff(path, head)
        hint = " (a scan must be given as a PDF to be OCR'd)" if kind.reason == "image_file" else ""
        raise ReaderError(kind.reason or "unsupported_format", f"{path.name} is {kind.what}, not a document the "
                          f"pipeline reads (PDF, DOCX, ODT, DOC, RTF, text, Markdown, HTML){hint}")
    from extractors.readers.text import read_text

    _sniff.check_text_sample(path)
    limit = _sniff.SETTINGS.max_markup_depth
    depth = _sniff.markup_depth(path, limit) if fmt == "html" or b"<" in head else 0
    if fmt == "html" and depth <= _sniff.SETTINGS.max_html_tree_depth:
        from extractors.readers.html import read_html

        doc = read_html(path, doc_id, source_path)
    else:  # a web page nested deeper than any real one is read as text, its tags stripped
        doc = read_text(path, doc_id, source_path, fmt=fmt)
    if depth > limit:
        doc.warnings.append(f"markup_nesting_too_deep: tags nested over {limit} levels deep")
    return doc
