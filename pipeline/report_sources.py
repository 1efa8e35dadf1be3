"""Links from the quality report to the source documents, and line-numbered HTML views of text and DOCX sources.

Where a document's file is: ``documents.source_uri`` (the absolute location stored when it was read) when the
datasets have it, else ``--source-root`` joined with ``source_path`` (the older way, which finds same-named
copies or nothing). A file that is not there, or whose bytes are no longer the document's (its sha256 is the
doc_id), gets no link and a note saying why, never a silent gap.

A link target is built once and escaped once: a relative path from the report's folder, each segment
percent-encoded (``a&b.txt`` → ``a%26b.txt``, ``javascript:x.txt`` → ``javascript%3Ax.txt``, which a browser
reads as a file name, not a scheme), or a ``file:``/``http(s):`` URL; anything else is refused
(:func:`safe_href`). The template's autoescaping then writes it into the attribute.

Text and DOCX/ODT sources have no page to jump to, so they are rendered as HTML pages beside the report
(``<report>_sources/<doc_id>.html``), one element per line with ``id="L<n>"``: ``#L42`` lands on the line the
datasets' ``line`` column names. The lines are those the readers count: a text export split as
:func:`extractors.readers.text.parse_text` splits it, a DOCX as its reader numbers paragraphs and table rows.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit
from urllib.request import url2pathname

from pipeline.discovery import real_path

ALLOWED_SCHEMES = ("", "file", "http", "https")
TEXT_FORMATS = ("txt", "md", "html")
DOCX_FORMATS = ("docx", "odt")
PAGED_FORMATS = ("pdf", "pdf_ocr")


@dataclass
class SourceLink:
    """How to reach one document's source: the file, and (text, DOCX) its line-numbered view."""
    file_href: str | None = None
    view_href: str | None = None
    local_path: Path | None = None  # the file on this machine, when found and unchanged
    paged: bool = False
    note: str | None = None  # why there is no link (or no view)

    def at(self, page: int | None = None, line: int | None = None) -> str | None:
        """The link for a row: its line in the view, its page in a PDF, else the file."""
        if self.view_href:
            return f"{self.view_href}#L{line}" if line else self.view_href
        if self.file_href and self.paged and page:
            return f"{self.file_href}#page={int(page)}"
        return self.file_href


def safe_href(href: str | None) -> str | None:
    """The href if its scheme is one a report may link to (none: a relative path; file; http; https)."""
    if not href:
        return None
    parts = urlsplit(href)
    if parts.scheme.lower() not in ALLOWED_SCHEMES or (not parts.scheme and href.startswith("//")):
        return None
    if any(ord(c) < 32 for c in href):
        return None
    return href


def relative_href(target: Path, report_dir: Path) -> str:
    """A relative URL from ``report_dir`` to ``target``, every segment percent-encoded (``:`` too, so a first
    segment can never read as a scheme); a ``file:`` URL where no relative path exists (another drive)."""
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError):  # a symbolic-link loop among the sources: link to where it was found
        resolved = Path(os.path.abspath(target))
    try:
        rel = os.path.relpath(resolved, report_dir.resolve())
    except ValueError:
        return resolved.as_uri()
    return "/".join(quote(part, safe="") for part in Path(rel).parts)


def locate(doc: dict, source_root: Path | None) -> tuple[Path | None, str | None, str | None]:
    """(local file, remote URL, note) for a documents row."""
    uri = doc.get("source_uri")
    if uri:
        parts = urlsplit(uri)
        if parts.scheme.lower() in ("http", "https"):
            return None, quote(uri, safe=":/?#[]@!$&'()*+,;=%~"), None
        if parts.scheme.lower() == "file":
            return Path(url2pathname(unquote(parts.path))), None, None
        if len(parts.scheme) > 1:  # a scheme we do not link to (a drive letter is one character)
            return None, None, f"source location {uri!r} is not a file or web address"
        return real_path(uri), None, None  # a file name that is not UTF-8 is stored with \xNN escapes
    if source_root is not None and doc.get("source_path"):
        return Path(source_root) / doc["source_path"], None, None
    if not doc.get("source_path"):
        return None, None, "no source path stored"
    return None, None, "no source location stored and no --source-root given"


def source_link(doc: dict, source_root: Path | None, report_dir: Path, views_dir: Path | None) -> SourceLink:
    fmt = (doc.get("format") or "").lower()
    link = SourceLink(paged=fmt in PAGED_FORMATS)
    path, url, note = locate(doc, source_root)
    if url:
        link.file_href = safe_href(url)
        return link
    if path is None:
        link.note = note
        return link
    if not path.is_file():
        link.note = f"source not found at {path}"
        return link
    link.file_href = safe_href(relative_href(path, report_dir))
    doc_id = doc.get("doc_id") or ""
    try:
        from pipeline.extraction import sha256_file  # one hash function for the pipeline; imported here, when needed

        unchanged = sha256_file(path) == doc_id
    except OSError as exc:
        link.note = f"source cannot be read: {exc.strerror or exc}"
        return link
    if not unchanged:
        link.note = f"{path} has changed since it was read: lines and pages may not match"
        return link
    link.local_path = path
    if views_dir is not None and fmt in TEXT_FORMATS + DOCX_FORMATS and doc.get("status") != "failed":
        link.view_href = safe_href(relative_href(views_dir / view_name(doc_id), report_dir))
    return link


def view_name(doc_id: str) -> str:
    return f"{doc_id[:16]}.html"


# ----------------------------------------------------------------------------------------------- the views
@dataclass
class ViewLine:
    no: int
    text: str = ""
    cells: list[str] | None = None  # a table row's cells (DOCX)


def text_lines(path: Path) -> list[ViewLine]:
    """The lines of a text export as the text reader numbers them (same decoding, same line breaks)."""
    from extractors.readers.text import decode_bytes

    text, _encoding, _warnings = decode_bytes(path.read_bytes())
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [ViewLine(i + 1, line) for i, line in enumerate(raw)]


def docx_lines(path: Path, doc_id: str) -> list[ViewLine]:
    """The blocks of a DOCX/ODT as its reader numbers them: one line per paragraph line, one per table row."""
    from extractors.model import Table
    from extractors.readers import read_document

    doc = read_document(path, doc_id)
    lines: list[ViewLine] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                lines.append(ViewLine(row.line or 0, cells=[c.text for c in row.cells]))
        else:
            marker = getattr(block, "marker", "") or ""
            lines.append(ViewLine(block.line or 0, f"{marker} {block.text}".strip()))
    return lines


def view_lines(doc: dict, path: Path) -> list[ViewLine]:
    if (doc.get("format") or "").lower() in DOCX_FORMATS:
        return docx_lines(path, doc["doc_id"])
    return text_lines(path)
