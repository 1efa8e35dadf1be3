"""A malformed-input corpus generated here (#9, #14): each bad file ends with its own clear failure (or a correct
result), and every good document in the same run is still processed, exactly as in a run of the good documents
alone.

The corpus goes through the real CLI once (module fixture), and the good documents once more on their own; the
tests then read the manifests and datasets. :data:`BATCH` is a generated batch of bad files of many kinds (over
40 files, over 15 kinds), each with the failure reasons that are right for it: none may end ``ok``. Files whose
suffix folder discovery skips (images, spreadsheets, archives, programs) are given to the CLI by name.
"""
from __future__ import annotations

import io
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import EXIT_FAILED_DOCS
from pipeline.manifest import MANIFEST_NAME

REPO = Path(__file__).resolve().parents[2]
GOOD = REPO / "data" / "raw" / "neamt_aviz_dragomiresti_plan_2021.txt"

# the good plan, restricted to what every encoding under test can hold (ISO-8859-2 has no „ ” – …)
_ASCII_FOR = {"„": '"', "”": '"', "“": '"', "–": "-", "—": "-", "…": "...", "’": "'", "‘": "'", "«": '"', "»": '"',
              "\u00a0": " ", "•": "-"}


def _portable_text() -> str:
    text = GOOD.read_text(encoding="utf-8")
    text = "".join(_ASCII_FOR.get(ch, ch) for ch in text)
    return "".join(ch for ch in text if _encodable(ch))


def _encodable(ch: str) -> bool:
    ced = ch.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
    try:
        ced.encode("cp1250")
        ced.encode("iso-8859-2")
        return True
    except UnicodeEncodeError:
        return False


def _cedilla(text: str) -> str:
    return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


def _mixed(text: str) -> str:
    rng = random.Random(7)
    return "".join(_cedilla(ch) if ch in "șțȘȚ" and rng.random() < 0.5 else ch for ch in text)


def _pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref))
    return out.getvalue()


def _one_page_pdf(trailer_extra: bytes = b"", extra_objects: list[bytes] = ()) -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (Plan anual de actiune 2023) Tj ET"
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                 b"/Resources << /Font << /F1 5 0 R >> >> >>",
                 b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", *extra_objects], trailer_extra)


def _encrypted_pdf() -> bytes:
    enc = (b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 "
           b"/O <" + b"6a" * 32 + b"> /U <" + b"5c" * 32 + b"> >>")
    return _one_page_pdf(b"/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] ",
                         [enc])


def _zip_bomb_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(64):  # 64 MB of zeros in ~64 KB
                fh.write(chunk)
    return buf.getvalue()


BAD = {  # name -> (bytes or None for special, reasons accepted)
    "empty.txt": (b"", {"empty_file"}),
    "random_bytes.pdf": (random.Random(1).randbytes(5000), None),
    "truncated.pdf": (None, None),
    "encrypted.pdf": (_encrypted_pdf(), None),
    "not_a_zip.docx": (b"This is plain text pretending to be a Word document.\n" * 20, None),
    "zip_bomb.docx": (_zip_bomb_docx(), None),
    "nul_bytes_only.txt": (b"\x00" * 10000, {"binary_content"}),
}
GOOD_VARIANTS = {  # name -> bytes; each must give the same rows as the UTF-8 original
    "good_utf8.txt": lambda t: t.encode("utf-8"),
    "good_cp1250.txt": lambda t: _cedilla(t).encode("cp1250"),
    "good_iso8859_2.txt": lambda t: _cedilla(t).encode("iso-8859-2"),
    "good_mixed_diacritics.txt": lambda t: _mixed(t).encode("utf-8"),
    "good_with_nul.txt": lambda t: t.encode("utf-8").replace(b"\n", b"\n\x00", 3),
}


# ------------------------------------------------------------------ the generated batch (#14)

def _rand(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def _png(seed: int) -> bytes:
    raw = b"".join(b"\x00" + _rand(96, seed * 100 + y) for y in range(32))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 32, 32, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _zip(parts: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return buf.getvalue()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _blank_pdf(pages: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
                 *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * pages])


def _deep_array_pdf(depth: int) -> bytes:
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Junk " + b"[" * depth + b"]" * depth + b" >>"])


def _blank_scan() -> bytes:
    from PIL import Image

    img = Image.new("L", (100, 120), 255)  # 2 x 2.4 inches: quick to OCR
    rng = random.Random(4)
    for _ in range(40):  # scanner specks: nothing to read
        img.putpixel((rng.randrange(100), rng.randrange(120)), 90)
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=50)
    return buf.getvalue()


def _ole(stream: str) -> bytes:
    """The start of an OLE2 compound file naming its main stream (what .doc / .xls files are)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + stream.encode("utf-16-le") + _rand(3000, 9)


_BINARY = {"binary_content"}
_IMAGE = {"image_file"}
_UNSUPPORTED = {"unsupported_format"}
_NO_TEXT = {"no_text"}
_EMPTY = {"empty_file"}
_DOC = {"conversion_failed"} if shutil.which("soffice") or shutil.which("libreoffice") else _UNSUPPORTED

# kind -> ({file name: bytes}, reasons accepted). Names are unique across the batch (they key the manifest);
# a name whose suffix folder discovery skips is passed to the CLI by name.
BATCH: dict[str, tuple[dict[str, bytes], set[str]]] = {
    "random bytes under a text name": (
        {f"noise_{i}{ext}": _rand(4000 + 1000 * i, 20 + i) for i, ext in enumerate((".txt", ".md", ".html", ".htm"))},
        _BINARY),
    "NUL-padded data": ({"padded.txt": b"\x00\x01\x02\x03" * 3000, "zeros.md": bytes(5000)}, _BINARY),
    "PNG image": ({"scan.png": _png(1), "scan_png.txt": _png(2), "scan_png.pdf": _png(3)}, _IMAGE),
    "JPEG image": ({"photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _rand(3000, 4),
                    "photo_jpeg.txt": b"\xff\xd8\xff\xe1" + _rand(3000, 5)}, _IMAGE),
    "other images": ({"anim_gif.txt": b"GIF89a" + _rand(2000, 6), "fax_tiff.md": b"II*\x00" + _rand(2000, 7),
                      "web_webp.html": b"RIFF\x00\x10\x00\x00WEBPVP8 " + _rand(2000, 8)}, _IMAGE),
    "archives": ({"bundle.zip": _zip({"a.txt": "plan"}), "bundle_zip.docx": _zip({"notes/a.txt": "plan"}),
                  "bundle_gz.txt": b"\x1f\x8b\x08\x00" + _rand(2000, 10),
                  "bundle_7z.md": b"7z\xbc\xaf\x27\x1c" + _rand(2000, 11)}, _UNSUPPORTED),
    "spreadsheets and slides": ({"budget.xlsx": _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<w1/>"}),
                                 "budget_xlsx.docx": _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<w2/>"}),
                                 "slides_pptx.docx": _zip({"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>"}),
                                 "sheet_ods.odt": _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                                                        "content.xml": "<x/>"}),
                                 "budget_xls.doc": _ole("Workbook")}, _UNSUPPORTED),
    "programs and databases": ({"tool_elf.txt": b"\x7fELF\x02\x01\x01" + bytes(1000) + _rand(1000, 12),
                                "setup.exe": b"MZ\x90\x00" + bytes(60) + b"PE\x00\x00" + _rand(2000, 13),
                                "data_sqlite.txt": b"SQLite format 3\x00" + _rand(3000, 14)}, _UNSUPPORTED),
    "damaged old Word document": ({"council.doc": _ole("WordDocument\x001Table")}, _DOC),
    "blank PDF": ({"blank_1.pdf": _blank_pdf(1), "blank_2000.pdf": _blank_pdf(2000)}, _NO_TEXT),
    "PDF of deeply nested arrays": ({"nested_arrays.pdf": _deep_array_pdf(100_000)}, _NO_TEXT),
    "scan with nothing to read": ({"blank_scan.pdf": _blank_scan()},
                                  {"no_text_layer_and_ocr_found_nothing", "ocr_unavailable"}),
    "DOCX/ODT without text": ({"no_text.docx": _zip({"[Content_Types].xml": "<Types/>", "word/document.xml":
                                                     f'<w:document xmlns:w="{_W}"><w:body><w:p/></w:body></w:document>'}),
                               "no_text.odt": _zip({"mimetype": "application/vnd.oasis.opendocument.text",
                                                    "content.xml": f"<office:document-content {_ODF}><office:body>"
                                                    "<office:text><text:p/></office:text></office:body>"
                                                    "</office:document-content>"})}, _NO_TEXT),
    "empty or blank files": ({"spaces.md": b" " * 100, "crlf.txt": b"\r\n" * 30, "blank_lines.txt": b"\n \n\t\n" * 50,
                              "tags_only.html": b"<html><body><div><p></p></div></body></html>\n" * 20,
                              "nest_200k.html": b"<div>" * 200_000 + b"</div>" * 200_000}, _EMPTY),
    "damaged PDF": ({"cut_short.pdf": _one_page_pdf()[:150], "garbage_after_header.pdf": b"%PDF-1.7\n" + _rand(3000, 15)},
                    {"corrupt_pdf"}),
    "PDF without pages": ({"zero_pages.pdf": _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                                   b"<< /Type /Pages /Kids [] /Count 0 >>"])}, {"zero_pages"}),
    "damaged DOCX": ({"no_body.docx": _zip({"[Content_Types].xml": "<Types/>", "word/styles.xml": "<s/>"}),
                      "bad_xml.docx": _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document"}),
                      "cut_zip.docx": _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "x" * 3000})[:200]},
                     {"corrupt_docx", "not_a_zip"}),
}
BATCH_FILES = {name: (data, reasons, kind) for kind, (files, reasons) in BATCH.items()
               for name, data in files.items()}
GOOD_EXTRA = REPO / "data" / "raw" / "sector2_plan_2022.txt"


def _discovered(name: str) -> bool:
    from extractors.readers import SUPPORTED_SUFFIXES

    return Path(name).suffix.lower() in SUPPORTED_SUFFIXES


def _run_cli(inputs: list[Path], out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "run", *map(str, inputs), "--data", str(out), "--nightly",
                           "--timeout", "120", "--workers", "2"], cwd=REPO, capture_output=True, text=True,
                          timeout=900)


def _write_good(folder: Path) -> None:
    text = _portable_text()
    for name, encode in GOOD_VARIANTS.items():
        (folder / name).write_bytes(encode(text) + f"\nVarianta {name}.\n".encode())  # distinct doc_ids
    (folder / "original_plan.txt").write_bytes(GOOD.read_bytes())
    (folder / "sector2_plan.txt").write_bytes(GOOD_EXTRA.read_bytes())


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("malformed")
    src = root / "in"
    src.mkdir()
    for name, (data, _) in BAD.items():
        if data is not None:
            (src / name).write_bytes(data)
    (src / "truncated.pdf").write_bytes(_one_page_pdf()[:180])
    with open(src / "huge_50mb.txt", "wb") as fh:  # a 50 MB text file
        line = "Serviciul social de zi pentru persoane vârstnice, capacitate 40 locuri.\n".encode()
        fh.write(line * (50 * 2**20 // len(line) + 1))
    os.symlink(root / "missing-target.txt", src / "dangling_link.txt")  # unreadable (tests run as root)
    (src / "folder_named.txt").mkdir()  # a directory with a document's name: not a document
    _write_good(src)
    direct = root / "direct"  # files folder discovery skips: given by name
    direct.mkdir()
    for name, (data, _, _) in BATCH_FILES.items():
        if _discovered(name):
            (src / name).write_bytes(data)
        else:
            (direct / name).write_bytes(data)
    out = root / "out"
    proc = _run_cli([src, *sorted(direct.iterdir())], out)
    manifest = json.loads((out / MANIFEST_NAME).read_text())["documents"]
    by_path = {e["source_path"]: e for e in manifest.values()}
    return proc, out, by_path


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    """The good documents alone."""
    root = tmp_path_factory.mktemp("clean")
    src = root / "in"
    src.mkdir()
    _write_good(src)
    out = root / "out"
    proc = _run_cli([src], out)
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / MANIFEST_NAME).read_text())["documents"]
    return out, {e["source_path"]: e for e in manifest.values()}


def _rows(out: Path, dataset: str, doc_id: str) -> list[dict]:
    rows = []
    for path in out.glob(f"{dataset}/doc_year=*/{doc_id}.parquet"):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def test_run_completes_and_exits_1_because_documents_failed(corpus_run):
    proc, out, by_path = corpus_run
    assert proc.returncode == EXIT_FAILED_DOCS, proc.stderr
    assert "failed" in proc.stderr
    assert "folder_named.txt" not in by_path


@pytest.mark.parametrize("name", sorted(BAD) + ["truncated.pdf", "huge_50mb.txt", "dangling_link.txt"])
def test_each_bad_file_gets_its_own_clear_outcome(corpus_run, name):
    _, out, by_path = corpus_run
    entry = by_path[name]
    if entry["status"] == "failed":
        assert entry["reason"] and entry["reason"].replace("_", "").isalpha(), entry
        assert entry["message"], entry
        accepted = BAD.get(name, (None, None))[1]
        if accepted:
            assert entry["reason"] in accepted, entry
    else:  # a reader may legitimately read what is there
        assert entry["status"] in ("ok", "partial"), entry
    if name == "huge_50mb.txt":
        assert (entry["status"], entry["reason"]) == ("failed", "file_too_large")
    if name == "dangling_link.txt":
        assert (entry["status"], entry["reason"]) == ("failed", "unreadable")
    if name.endswith(".docx") or name.endswith(".pdf"):
        assert entry["status"] == "failed", entry  # none of these holds a readable plan
    if not entry["doc_id"].startswith("unreadable:"):
        docs = _rows(out, "documents", entry["doc_id"])
        assert len(docs) == 1 and docs[0]["status"] == entry["status"]


def test_failures_are_logged_with_reason_and_seconds(corpus_run):
    _, out, by_path = corpus_run
    events = [json.loads(line) for line in (out / "_log.jsonl").read_text().splitlines()]
    failed = {e["source_path"]: e for e in events if e["event"] == "failed"}
    assert set(failed) == {p for p, e in by_path.items() if e["status"] == "failed"}
    assert all(e["reason"] and "seconds" in e for e in failed.values())


@pytest.mark.parametrize("name", sorted(GOOD_VARIANTS))
def test_good_documents_in_the_same_run_are_processed_correctly(corpus_run, name):
    _, out, by_path = corpus_run
    reference = by_path["good_utf8.txt"]
    entry = by_path[name]
    assert entry["status"] in ("ok", "partial"), entry
    assert entry["rows"] == reference["rows"]
    assert entry["rows"]["services"] > 0

    def comparable(rows):
        return sorted(repr({k: v for k, v in r.items() if k not in ("doc_id", "warnings")}) for r in rows)

    assert comparable(_rows(out, "services", entry["doc_id"])) == comparable(_rows(out, "services", reference["doc_id"]))
    names = " ".join(r["service_name"] or "" for r in _rows(out, "services", entry["doc_id"]))
    assert "ş" not in names and "ţ" not in names  # comma-below diacritics, whatever the input spelled


def test_the_original_good_plan_is_processed(corpus_run):
    _, _, by_path = corpus_run
    assert by_path["original_plan.txt"]["status"] == "ok"
    assert by_path["original_plan.txt"]["rows"]["services"] > 0


# ------------------------------------------------------------------ the generated batch (#14)

def test_the_batch_is_large_and_varied():
    assert len(BATCH_FILES) >= 40 and len(BATCH) >= 15
    contents = [data for data, _, _ in BATCH_FILES.values()] + [data for data, _ in BAD.values() if data is not None]
    assert len(set(contents)) == len(contents)  # no two files are one document (same bytes)


@pytest.mark.parametrize("name", sorted(BATCH_FILES))
def test_every_bad_file_gets_a_documents_row_with_a_specific_reason(corpus_run, name):
    _, out, by_path = corpus_run
    _, reasons, kind = BATCH_FILES[name]
    entry = by_path.get(name)
    assert entry is not None, f"{name} ({kind}) has no manifest entry"
    assert (entry["status"], entry["reason"]) in {("failed", r) for r in reasons}, (kind, entry)
    assert entry["message"] and name in entry["message"] or Path(name).stem in entry["message"], entry
    docs = _rows(out, "documents", entry["doc_id"])
    assert len(docs) == 1, f"{name}: {len(docs)} documents rows"
    assert docs[0]["status"] == "failed" and docs[0]["source_path"] == name
    assert f"failed:{entry['reason']}" in docs[0]["warnings"] and docs[0]["error"] == entry["message"]


_VOLATILE = {"ingested_at", "source_uri", "locations"}  # when it ran, and the folder it read from


def _dataset_rows(out: Path, doc_id: str) -> dict[str, list[str]]:
    datasets = sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    return {ds: sorted(repr({k: v for k, v in r.items() if k not in _VOLATILE}) for r in _rows(out, ds, doc_id))
            for ds in datasets}


def test_good_documents_rows_equal_a_clean_run_of_them_alone(corpus_run, clean_run):
    _, out, by_path = corpus_run
    clean_out, clean_by_path = clean_run
    assert set(clean_by_path) <= set(by_path)
    for name, clean in clean_by_path.items():
        entry = by_path[name]
        assert entry["doc_id"] == clean["doc_id"] and entry["status"] == clean["status"] == "ok", (name, entry)
        assert entry["rows"] == clean["rows"], name
        assert _dataset_rows(out, entry["doc_id"]) == _dataset_rows(clean_out, clean["doc_id"]), name
