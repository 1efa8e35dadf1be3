"""What a file really is, before a reader is chosen, and whether what a reader produced holds any text.

Two checks keep bad input from being recorded as a document that happened to have no rows:

* **before dispatch** (:func:`sniff`): the first bytes name the format whatever the file is called. Formats
  the pipeline reads (PDF, DOCX/ODT packages, text) go to their reader; old Word ``.doc`` (OLE2) and RTF go
  to the legacy converter; everything else with a known signature (images, spreadsheets, presentations,
  archives, executables, media, databases) fails at once with ``image_file`` or ``unsupported_format``
  naming what it is. A file with no known signature is taken for text only if it reads as text: a sample
  whose share of control characters (or bytes no Romanian code page defines) is above
  :attr:`SniffSettings.max_control_share` fails as ``binary_content``.
* **after reading** (:func:`check_has_text`): a document without a single letter or digit anywhere is not
  recorded ``ok`` with zero rows: it fails with ``no_text`` (nothing on any page, no image to OCR) or
  ``no_text_layer_and_ocr_found_nothing`` (its pages were scans and OCR read nothing).

Markup nested absurdly deep (a machine-made or hostile HTML file) is read, since the text reader does not
build a tree, but the document gets a ``markup_nesting_too_deep`` warning (:func:`markup_depth`).
"""
from __future__ import annotations

import codecs
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from extractors.model import Document, ReaderError


@dataclass(frozen=True)
class SniffSettings:
    # a text sample with more control characters than this share is binary data, not a text export; real
    # exports have none or a handful (a stray form feed, a DOS end-of-file mark), random bytes about 13 %
    max_control_share: float = 0.02
    # ... and at least this many of them, so that a two-line file ending in one stray byte still reads
    min_control_count: int = 4
    sample_bytes: int = 256 * 1024
    # deeper nesting than any exported document has (Word's HTML stays under 30 levels)
    max_markup_depth: int = 500
    # an HTML page nested deeper is read as text with its tags stripped, not as a tree (lxml's parser stops at 256
    # levels and the tree is walked recursively)
    max_html_tree_depth: int = 200


SETTINGS = SniffSettings()

def utf16_without_bom(data: bytes, sample_bytes: int = 65536, min_zero_share: float = 0.8,
                      max_stray_share: float = 0.01, min_space_share: float = 0.02) -> str | None:
    """``"utf-16-le"`` / ``"utf-16-be"`` for UTF-16 text without a byte-order mark, else None: each 2-byte unit of
    Latin-script text (Romanian's letters run to U+021B) has a zero high byte, so NUL bytes stand at every other
    position and nowhere else (some exporters write UTF-16 without a BOM)."""
    sample = data[:sample_bytes]
    half = len(sample) // 2
    if half < 8:
        return None
    evens, odds = sample[0:2 * half:2], sample[1:2 * half:2]
    even, odd = evens.count(0) / half, odds.count(0) / half
    if odd >= min_zero_share and even <= max_stray_share:  # a stray zero low byte: U+0100, U+2000 …
        encoding, low = "utf-16-le", evens
    elif even >= min_zero_share and odd <= max_stray_share:
        encoding, low = "utf-16-be", odds
    else:
        return None
    # and text has spaces between its words: a binary pattern of zeros and one other byte has none
    spaces = sum(low.count(b) for b in b" \n\t")
    return encoding if spaces >= min_space_share * half else None


# a run of zero bytes this long in a text file is a zeroed block (a damaged copy, a file allocated and never filled),
# not text in any encoding: UTF-16 without a BOM has lone NULs, an export glitch a few; the rest is judged without it
ZEROED_BLOCK = re.compile(rb"\x00{64,}")


@dataclass(frozen=True)
class Kind:
    """What the first bytes say. ``reader``: pdf | package | text | legacy, or None when no reader takes
    it (then ``reason`` and ``what`` say why: the failure to report)."""

    reader: str | None
    what: str = ""
    reason: str | None = None


PDF = Kind("pdf", "PDF")
PACKAGE = Kind("package", "DOCX/ODT package")
TEXT = Kind("text", "text")
WORD_97 = Kind("legacy", "an old Word document (.doc)")
RTF = Kind("legacy", "an RTF document")


def _image(what: str) -> Kind:
    return Kind(None, what, reason="image_file")


def _other(what: str) -> Kind:
    return Kind(None, what, reason="unsupported_format")


# (signature, offset, what the file is)
_SIGNATURES: list[tuple[bytes, int, Kind]] = [
    (b"\x89PNG\r\n\x1a\n", 0, _image("a PNG image")),
    (b"\xff\xd8\xff", 0, _image("a JPEG image")),
    (b"GIF87a", 0, _image("a GIF image")),
    (b"GIF89a", 0, _image("a GIF image")),
    (b"II*\x00", 0, _image("a TIFF image")),
    (b"MM\x00*", 0, _image("a TIFF image")),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", 0, _image("a JPEG 2000 image")),
    (b"8BPS", 0, _image("a Photoshop image")),
    (b"\x1f\x8b", 0, _other("a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", 0, _other("a 7-Zip archive")),
    (b"Rar!\x1a\x07", 0, _other("a RAR archive")),
    (b"\xfd7zXZ\x00", 0, _other("an xz archive")),
    (b"\x28\xb5\x2f\xfd", 0, _other("a zstd archive")),
    (b"ustar", 257, _other("a tar archive")),
    (b"\x7fELF", 0, _other("an executable program (ELF)")),
    (b"SQLite format 3\x00", 0, _other("an SQLite database")),
    (b"%!PS", 0, _other("a PostScript file")),
    (b"ID3", 0, _other("an MP3 audio file")),
    (b"OggS", 0, _other("an Ogg media file")),
    (b"fLaC", 0, _other("a FLAC audio file")),
    (b"\x1aE\xdf\xa3", 0, _other("a Matroska/WebM video")),
    (b"PAR1", 0, _other("a Parquet file")),
]
_RIFF = {b"WEBP": _image("a WebP image"), b"WAVE": _other("a WAV audio file"), b"AVI ": _other("an AVI video")}
_FTYP_IMAGES = (b"heic", b"heix", b"mif1", b"avif")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# names of the main stream of each OLE2 office format, as stored in the compound file's directory (UTF-16LE)
_OLE_STREAMS = [("WordDocument", WORD_97),
                ("Workbook", _other("an Excel workbook (.xls)")),
                ("Book", _other("an Excel workbook (.xls)")),
                ("PowerPoint Document", _other("a PowerPoint presentation (.ppt)")),
                ("__substg1.0_", _other("an Outlook message (.msg)"))]
_ODF_TEXT_MIMES = ("application/vnd.oasis.opendocument.text",)
_ZIP_KINDS = [("xl/", "an Excel workbook (.xlsx)"), ("ppt/", "a PowerPoint presentation (.pptx)"),
              ("visio/", "a Visio drawing"), ("META-INF/container.xml", "an e-book (EPUB)"),
              ("META-INF/MANIFEST.MF", "a Java archive")]


def sniff(path: Path, head: bytes) -> Kind:
    """The format ``head`` (the file's first bytes, 2 KiB or more) shows; see the module docstring."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(_OLE2):
        return _ole_kind(path)
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{\\rtf"):
        return RTF
    for sig, offset, kind in _SIGNATURES:
        if head[offset:offset + len(sig)] == sig:
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[4:8] == b"ftyp":
        return _image("a HEIF/AVIF image") if head[8:12] in _FTYP_IMAGES else _other("an MP4/QuickTime media file")
    if head.startswith(b"BM") and len(head) >= 26 and _bmp_size_matches(path, head):
        return _image("a BMP image")
    if head.startswith(b"MZ") and b"PE\x00\x00" in head[:1024]:
        return _other("a Windows program (.exe/.dll)")
    return TEXT


def _bmp_size_matches(path: Path, head: bytes) -> bool:
    """"BM" can start a line of text: a BMP also states its own file size in bytes 2-5."""
    try:
        return int.from_bytes(head[2:6], "little") == path.stat().st_size
    except OSError:
        return False


def _zip_kind(path: Path) -> Kind:
    """A word-processing package (DOCX, ODT) or another zip format. A zip too damaged to list goes to the
    package reader, which says what is wrong with it."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            mime = zf.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, RuntimeError, NotImplementedError, ValueError):
        return PACKAGE
    if "word/document.xml" in names or mime in _ODF_TEXT_MIMES or (not mime and "content.xml" in names):
        return PACKAGE
    if mime.startswith("application/vnd.oasis.opendocument."):
        return _other(f"an OpenDocument file of type {mime.rsplit('.', 1)[-1]}")
    for prefix, what in _ZIP_KINDS:
        if any(n.startswith(prefix) for n in names):
            return _other(what)
    if "[Content_Types].xml" in names:
        return PACKAGE  # an Office package missing its main part: the package reader reports that
    return _other("a zip archive (unpack it and give the documents inside)")


def _ole_kind(path: Path) -> Kind:
    """An OLE2 compound file: which office format, from the names of the streams in its directory."""
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    for name, kind in _OLE_STREAMS:
        if name.encode("utf-16-le") in data:
            return kind
    if path.suffix.lower() == ".doc":
        return WORD_97
    return _other("an OLE2 compound file that is not a Word document")


# ------------------------------------------------------------------------------------------ text or binary

# bytes no Romanian single-byte code page gives a character: C0 controls other than the whitespace ones
# (and ESC / SUB, which old exports do carry), DEL, and the five cp1250 gaps
_ALLOWED_C0 = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B}
_BAD_BYTES = bytes(b for b in range(0x20) if b not in _ALLOWED_C0) + bytes([0x7F, 0x81, 0x83, 0x88, 0x90, 0x98])


def control_share(sample: bytes) -> tuple[int, int]:
    """(control characters, characters) in a text sample, read the way that makes it look most like text:
    as UTF-8 (a multi-byte character is one character; an invalid sequence counts as a control), or byte
    by byte as a single-byte code page (see ``_BAD_BYTES``)."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = sample.decode("utf-16", errors="replace")
        return sum(1 for ch in text if _is_control(ch)), len(text)
    text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(sample.removeprefix(b"\xef\xbb\xbf"))
    as_utf8 = (sum(1 for ch in text if _is_control(ch)), len(text))
    as_bytes = (len(sample) - len(sample.translate(None, _BAD_BYTES)), len(sample))
    return min(as_utf8, as_bytes, key=lambda c: c[0] / c[1] if c[1] else 0.0)


def _is_control(ch: str) -> bool:
    if ch == "\ufffd":
        return True
    o = ord(ch)
    if o < 0x20:
        return o not in _ALLOWED_C0
    return o == 0x7F or (0x80 <= o < 0xA0) or unicodedata.category(ch) in ("Cs", "Co", "Cn")


def check_text_sample(path: Path, settings: SniffSettings = SETTINGS) -> None:
    """Raise ``binary_content`` when the start of a would-be text file is not text."""
    with open(path, "rb") as fh:
        raw = fh.read(settings.sample_bytes)
    if utf16_without_bom(raw):
        return
    sample = ZEROED_BLOCK.sub(b"", raw)
    if raw and not sample.strip(b"\x00"):
        raise ReaderError("binary_content", f"{path.name} is not text: its first {len(raw)} bytes are all zero "
                                            "(a file allocated and never written, or wiped)")
    # a few NUL bytes are a known export glitch the text reader removes; many fail there as binary_content
    bad, n = control_share(sample.replace(b"\x00", b"") if sample.count(b"\x00") * 10 <= len(sample) else sample)
    if n and bad >= settings.min_control_count and bad > settings.max_control_share * n:
        raise ReaderError("binary_content", f"{path.name} is not text: {bad} of the first {n} characters are "
                          f"control characters or bytes no text encoding uses ({100 * bad / n:.0f} %); "
                          "it looks like binary data with a text file's name")


# ------------------------------------------------------------------------------------------ after reading

_ALNUM = re.compile(r"\w")
_TAG = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
_VOID_TAGS = {b"br", b"hr", b"img", b"meta", b"link", b"input", b"col", b"area", b"base", b"wbr", b"source",
              b"param", b"embed", b"track"}


def has_text(doc: Document) -> bool:
    """True when any block or table cell holds a letter or a digit."""
    for blk in doc.blocks:
        rows = getattr(blk, "rows", None)
        if rows is None:
            if _ALNUM.search(blk.text):
                return True
            continue
        if any(_ALNUM.search(c.text) for r in rows for c in r.cells):
            return True
    return False


def check_has_text(doc: Document, path: Path) -> None:
    """Raise when the reader produced no text at all (see the module docstring)."""
    if has_text(doc):
        return
    failed = [w for w in doc.warnings if w.startswith("page_failed")]
    garbage = [w for w in doc.warnings if w.startswith("garbage_text_layer")]
    pages = "its page" if doc.pages == 1 else f"its {doc.pages} pages" if doc.pages else "the document"
    extra = f"; {len(failed)} page(s) could not be read ({failed[0]} …)" if failed else ""
    if garbage:
        extra += f"; {len(garbage)} page(s) have a text layer of unmapped glyphs, nothing readable ({garbage[0]} …)"
    if doc.format == "pdf_ocr":
        raise ReaderError("no_text_layer_and_ocr_found_nothing",
                          f"{path.name}: {pages} have no text layer, and OCR found no text on the scans{extra}")
    if doc.format == "pdf":
        raise ReaderError("no_text", f"{path.name}: no text and no picture to OCR on {pages} "
                          f"(blank, or drawings only){extra}")
    raise ReaderError("no_text", f"{path.name}: the {doc.format.upper()} document holds no text{extra}")


def markup_depth(path: Path, limit: int) -> int:
    """How deep the HTML/XML tags of a text file nest, counted up to ``limit + 1`` (unclosed void tags such
    as ``<br>`` do not count)."""
    depth = deepest = 0
    data = path.read_bytes()
    for m in _TAG.finditer(data):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if self_closing or name in _VOID_TAGS:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
    return deepest
