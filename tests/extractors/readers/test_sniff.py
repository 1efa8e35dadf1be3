"""Bad input gets a specific reason at the reader level (#14 item 6): a file is judged by its bytes before a
reader is chosen, and a document that yields no text at all fails instead of being read as an empty document.

Every input is generated here; each case below was recorded ``ok`` (or with a misleading reason) before.
"""
from __future__ import annotations

import io
import random
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from extractors.model import ReaderError
from extractors.readers import read_document
from extractors.readers.sniff import SETTINGS, control_share


def _read(path: Path):
    return read_document(path, "d" * 64, path.name)


def _reason(path: Path) -> tuple[str, str]:
    with pytest.raises(ReaderError) as info:
        _read(path)
    return info.value.reason, str(info.value)


def png(side: int = 64, seed: int = 1) -> bytes:
    """A real PNG of noise (compressed pixel data: few NUL bytes, like a photo or a scan)."""
    rng = random.Random(seed)
    raw = b"".join(b"\x00" + rng.randbytes(side * 3) for _ in range(side))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def blank_pdf(pages: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
                *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * pages])


def deep_array_pdf(depth: int = 100_000) -> bytes:
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Junk " + b"[" * depth + b"]" * depth + b" >>"])


def xlsx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return buf.getvalue()


def empty_docx() -> bytes:
    buf = io.BytesIO()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body><w:p/><w:p><w:r><w:t>  </w:t>'
                                         "</w:r></w:p></w:body></w:document>")
    return buf.getvalue()


@pytest.mark.parametrize("name", ["random.txt", "random.md", "random.html", "random.markdown"])
def test_random_binary_with_a_text_name_is_binary_content(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(random.Random(3).randbytes(20_000))  # about 80 NUL bytes: under the old 10 % NUL test
    reason, message = _reason(path)
    assert reason == "binary_content"
    assert "control characters" in message


def test_a_text_with_a_zeroed_block_goes_to_the_text_reader(tmp_path):
    data = bytearray(("Planul anual de acțiune privind serviciile sociale, capacitate 30 de locuri.\n" * 300).encode())
    data[2000:2000 + 4096] = bytes(4096)
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(data))
    doc = _read(path)
    assert doc.format == "txt" and any(w.startswith("zeroed_blocks_removed") for w in doc.warnings)


def test_random_bytes_after_a_zeroed_block_are_still_binary_content(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(4096) + random.Random(5).randbytes(20_000))
    assert _reason(path)[0] == "binary_content"


@pytest.mark.parametrize("name", ["scan.png", "scan.txt", "scan.jpg"])
def test_a_png_is_an_image_file_whatever_its_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(png())
    reason, message = _reason(path)
    assert reason == "image_file"
    assert "PNG image" in message and "PDF" in message


@pytest.mark.parametrize("data,what", [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8, "JPEG image"),
    (b"GIF89a" + bytes(range(256)) * 4, "GIF image"),
    (b"II*\x00" + bytes(range(256)) * 4, "TIFF image"),
    (b"RIFF\x00\x10\x00\x00WEBPVP8 " + bytes(range(256)) * 4, "WebP image"),
])
def test_other_images_are_image_files(tmp_path, data, what):
    path = tmp_path / "picture.txt"
    path.write_bytes(data)
    reason, message = _reason(path)
    assert reason == "image_file" and what in message


@pytest.mark.parametrize("name,data,what", [
    ("table.docx", xlsx(), "Excel workbook"),
    ("notes.txt", zlib.compress(b"x" * 1000) and b"\x1f\x8b\x08\x00" + random.Random(2).randbytes(3000), "gzip"),
    ("tool.txt", b"\x7fELF\x02\x01\x01" + bytes(2000), "ELF"),
    ("db.txt", b"SQLite format 3\x00" + bytes(range(256)) * 8, "SQLite"),
])
def test_known_formats_no_reader_takes_are_unsupported_and_named(tmp_path, name, data, what):
    path = tmp_path / name
    path.write_bytes(data)
    reason, message = _reason(path)
    assert reason == "unsupported_format" and what in message


def test_a_2000_page_blank_pdf_has_no_text(tmp_path):
    path = tmp_path / "blank.pdf"
    path.write_bytes(blank_pdf(2000))
    reason, message = _reason(path)
    assert reason == "no_text"
    assert "2000 pages" in message


def test_a_pdf_of_deeply_nested_arrays_has_no_text(tmp_path):
    path = tmp_path / "nested.pdf"
    path.write_bytes(deep_array_pdf())
    assert _reason(path)[0] == "no_text"


def test_a_docx_without_text_has_no_text(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(empty_docx())
    assert _reason(path)[0] == "no_text"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_scan_where_ocr_finds_nothing(tmp_path):
    from PIL import Image

    path = tmp_path / "blank_scan.pdf"
    rng = random.Random(4)
    img = Image.new("L", (850, 1100), 255)
    for _ in range(300):  # scanner specks, nothing to read
        img.putpixel((rng.randrange(850), rng.randrange(1100)), 90)
    img.save(str(path), "PDF", resolution=100)
    reason, message = _reason(path)
    assert reason == "no_text_layer_and_ocr_found_nothing"
    assert "OCR" in message


def test_html_nested_200k_deep_is_read_with_a_warning(tmp_path):
    path = tmp_path / "nest.html"
    path.write_bytes(b"<div>" * 200_000 + b"Plan anual de actiune 2023" + b"</div>" * 200_000)
    doc = _read(path)
    assert "Plan anual" in doc.plain_text()
    assert any(w.startswith("markup_nesting_too_deep") for w in doc.warnings)


def test_html_nested_200k_deep_without_text_fails(tmp_path):
    path = tmp_path / "nest.html"
    path.write_bytes(b"<div>" * 200_000 + b"</div>" * 200_000)
    with pytest.raises(ReaderError):
        _read(path)


# ------------------------------------------------------------------ what must still read as before

_PLAN = ("PLAN ANUAL DE ACȚIUNE\nServicii sociale în anul 2023, județul Neamț: îngrijire la domiciliu, "
         "cămin pentru persoane vârstnice, centru de zi.\n") * 40
_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")  # what the single-byte code pages hold


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    lambda t: t.encode("utf-16"),
    lambda t: t.translate(_CEDILLA).encode("cp1250"),
    lambda t: t.translate(_CEDILLA).encode("iso-8859-2"),
    lambda t: t.encode("utf-8") + b"\xff" + t.encode("utf-8"),  # one invalid byte in UTF-8 text
    lambda t: t.encode("utf-8").replace(b"\n", b"\f\n", 5) + b"\x1a",  # form feeds, a DOS end-of-file mark
], ids=["utf8", "utf8-bom", "utf16", "cp1250", "iso8859-2", "utf8-one-bad-byte", "form-feeds"])
def test_real_text_in_any_encoding_still_reads(tmp_path, encode):
    path = tmp_path / "plan.txt"
    path.write_bytes(encode(_PLAN))
    doc = _read(path)
    assert "persoane v" in doc.plain_text()


def test_control_share_counts_characters_not_bytes_in_utf8():
    text = ("ăâîșț ĂÂÎȘȚ " * 500).encode("utf-8")  # continuation bytes 0x83, 0x98 … are no controls
    bad, n = control_share(text)
    assert bad == 0 and n == 6000
    bad, n = control_share(random.Random(5).randbytes(10_000))
    assert bad > SETTINGS.max_control_share * n
