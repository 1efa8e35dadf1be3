"""PDF reader: born-digital pages through pypdfium2, pages without a usable text layer through OCR.

Why pypdfium2 and not pdfplumber for the characters: pdfium reads characters with their boxes and the
drawn paths about 20x faster than pdfminer on the corpus. pdfplumber's *table geometry* (edge merging,
intersections, cells, tables) is reused in :mod:`extractors.readers._pdf_ruled` (one step of it recomputed there
faster, with the same results), fed with the edges read here, so ruled tables come out as pdfplumber would find
them.

Per page:
- characters (pdfium's text page: unicode, loose box, font size, angle) -> words (split at spaces and gaps;
  :mod:`extractors.readers._pdf_chars`, the reader's hot loop);
- path objects -> horizontal/vertical edges (each straight axis-parallel segment; thin filled rectangles);
- the page is turned upright from the dominant character angle (covers /Rotate and sideways text);
- a page with no text layer, or a garbage one (mostly non-letters / unmapped glyphs), and with something
  drawn on it is sent to OCR (:mod:`extractors.readers.ocr_pages`), which returns the same words + edges.

Errors: ``corrupt_pdf`` (not a PDF, truncated, damaged), ``encrypted_pdf`` (needs a password),
``zero_pages``. A page that exceeds the per-page time limit (``PAGE_TIMEOUT`` seconds) or fails is skipped
with a ``page_failed`` warning; if no page at all could be read the document fails with ``page_timeout``
(or ``corrupt_pdf``).
"""
from __future__ import annotations

import ctypes
import os
import re
import signal
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as R

from extractors.model import Block, Document, Paragraph, ReaderError
from extractors.readers._pdf_areas import NO_AREAS, TableSettings, claim_areas
from extractors.readers._pdf_chars import GLYPHS, GlyphSettings, glyph_size  # noqa: F401  (part of this API)
from extractors.readers._pdf_chars import Frame as _Frame
from extractors.readers._pdf_chars import chars_to_words, dominant_rotation, read_chars
from extractors.readers._pdf_joins import join_across_pages
from extractors.readers._pdf_layout import (
    PageContent,
    Placed,
    analyse_page,
    drop_running_lines,
    group_lines,
    make_edge,
)
from extractors.readers._pdf_paragraphs import page_blocks, page_carry
from extractors.readers._pdf_vocabulary import vocabulary
from extractors.readers.pdf_pictures import Box, add_picture_text, pictures_to_read

PAGE_TIMEOUT = float(os.environ.get("PDF_PAGE_TIMEOUT", "60"))
OCR_PAGE_TIMEOUT = float(os.environ.get("OCR_PAGE_TIMEOUT", "180"))

class _Timeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float):
    """SIGALRM-based limit (main thread only; elsewhere no limit is enforced)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def handler(signum, frame):
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# ------------------------------------------------------------------------------------------ opening


def open_pdf(path: Path, password: str | None = None) -> pdfium.PdfDocument:
    try:
        doc = pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError as exc:
        # pdfium's last-error code is not reset by every failure: confirm what it says from the file itself
        err = getattr(exc, "err_code", None)
        if err is None:
            err = R.FPDF_GetLastError()
        if err in (R.FPDF_ERR_PASSWORD, R.FPDF_ERR_SECURITY) and _has_encrypt_dict(path):
            if password:
                raise ReaderError("encrypted_pdf", f"{path.name} is encrypted and the password given does not "
                                                   "open it") from exc
            raise ReaderError("encrypted_pdf", f"{path.name} is encrypted (password protected): give its "
                                               "password to read it") from exc
        if _ends_early(path):
            raise ReaderError("corrupt_pdf", f"{path.name} ends early: no end-of-file mark (%%EOF) at its end, as in "
                                             "a download or copy cut short; fetch it again") from exc
        if _pdfminer_page_count(path) == 0:
            # pdfium declines a document without pages without saying why
            raise ReaderError("zero_pages", f"{path.name} has no pages") from exc
        raise ReaderError("corrupt_pdf", f"{path.name} is not a readable PDF (damaged, truncated or not a PDF): {exc}") from exc
    n = len(doc)
    if n == 0:
        doc.close()
        raise ReaderError("zero_pages", f"{path.name} has no pages")
    return doc


def _has_encrypt_dict(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 65536))
            tail = fh.read()
            fh.seek(0)
            head = fh.read(65536)
    except OSError:
        return False
    return b"/Encrypt" in tail or b"/Encrypt" in head


def _ends_early(path: Path, tail_bytes: int = 2048) -> bool:
    """Whether a file pdfium could not open lacks the %%EOF mark every PDF writer ends with (within the last
    ``tail_bytes``: some servers append a little junk after it)."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, 2)
            fh.seek(max(0, fh.tell() - tail_bytes))
            tail = fh.read()
    except OSError:
        return False
    return b"%%EOF" not in tail


def _pdfminer_page_count(path: Path) -> int | None:
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        with open(path, "rb") as fh:
            return sum(1 for _ in PDFPage.create_pages(PDFDocument(PDFParser(fh))))
    except Exception:
        return None


# ------------------------------------------------------------------------------------------ geometry


def _page_box(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    try:
        l, b, r, t = page.get_cropbox()
    except Exception:
        l, b, r, t = page.get_mediabox()
    if r - l <= 1 or t - b <= 1:
        l, b, r, t = page.get_mediabox()
    return l, b, r, t


def _matmul(m1, m2):
    # PdfMatrix-like tuples (a, b, c, d, e, f): apply m1 then m2
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _apply(m, x, y):
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _obj_matrix(obj) -> tuple:
    m = R.FS_MATRIX()
    if R.FPDFPageObj_GetMatrix(obj, m):
        return (m.a, m.b, m.c, m.d, m.e, m.f)
    return (1, 0, 0, 1, 0, 0)


def _is_white_fill_only(obj) -> bool:
    fill = ctypes.c_int()
    stroke = ctypes.c_int()
    if not R.FPDFPath_GetDrawMode(obj, fill, stroke):
        return False
    if stroke.value:
        return False
    if not fill.value:
        return True  # neither filled nor stroked: a clip or invisible path
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if R.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return (r.value > 240 and g.value > 240 and b.value > 240) or a.value == 0
    return False


RULE_WIDTH = 2.0  # pt: a filled shape thinner than this one way is a rule drawn as a rectangle


def _is_fill_only(obj) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    return bool(R.FPDFPath_GetDrawMode(obj, fill, stroke)) and bool(fill.value) and not stroke.value


def _shaded_area(segs: list[tuple[float, float, float, float]]) -> bool:
    """A filled shape wider and taller than a rule: its outline bounds a shaded area, it draws no line."""
    xs = [v for sg in segs for v in (sg[0], sg[2])]
    ys = [v for sg in segs for v in (sg[1], sg[3])]
    return max(xs) - min(xs) > RULE_WIDTH and max(ys) - min(ys) > RULE_WIDTH


def _path_subpaths(obj, m) -> list[list[tuple[float, float, float, float]]]:
    """Straight segments (x0, y0, x1, y1) of a path in page space, per subpath (each starts at a move)."""
    n = R.FPDFPath_CountSegments(obj)
    if n <= 0 or n > 2000:
        return []
    subs: list[list[tuple[float, float, float, float]]] = []
    x = y = sx = sy = None
    fx, fy = ctypes.c_float(), ctypes.c_float()
    for i in range(n):
        seg = R.FPDFPath_GetPathSegment(obj, i)
        if not R.FPDFPathSegment_GetPoint(seg, fx, fy):
            continue
        px, py = _apply(m, fx.value, fy.value)
        typ = R.FPDFPathSegment_GetType(seg)
        if typ == R.FPDF_SEGMENT_MOVETO or not subs:
            subs.append([])
        if typ == R.FPDF_SEGMENT_MOVETO:
            sx, sy = px, py
        elif typ == R.FPDF_SEGMENT_LINETO and x is not None:
            subs[-1].append((x, y, px, py))
        x, y = px, py
        if R.FPDFPathSegment_GetClose(seg) and sx is not None:
            subs[-1].append((x, y, sx, sy))
            x, y = sx, sy
    return [sp for sp in subs if sp]


def _read_edges(page: pdfium.PdfPage, frame: _Frame) -> tuple[list[dict], float, list[Box]]:
    """Horizontal and vertical edges from path objects; also the share of the page covered by images, and their
    boxes in upright page points."""
    edges: list[dict] = []
    img_area = 0.0
    page_area = max(frame.W * frame.H, 1.0)
    image_boxes: list[Box] = []

    def walk(container_raw, count_fn, get_fn, parent_m):
        nonlocal img_area
        for i in range(count_fn(container_raw)):
            obj = get_fn(container_raw, i)
            typ = R.FPDFPageObj_GetType(obj)
            if typ == R.FPDF_PAGEOBJ_FORM:
                m = _matmul(_obj_matrix(obj), parent_m)
                walk(obj, R.FPDFFormObj_CountObjects, R.FPDFFormObj_GetObject, m)
            elif typ == R.FPDF_PAGEOBJ_IMAGE:
                l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
                if R.FPDFPageObj_GetBounds(obj, l, b, r, t):
                    img_area += max(0.0, r.value - l.value) * max(0.0, t.value - b.value)
                    image_boxes.append(frame.box(*_transformed_bounds((l.value, b.value, r.value, t.value),
                                                                      parent_m)))
            elif typ == R.FPDF_PAGEOBJ_PATH:
                if _is_white_fill_only(obj):
                    continue
                m = _matmul(_obj_matrix(obj), parent_m)
                subs = _path_subpaths(obj, m)
                if _is_fill_only(obj):
                    # a shaded background (a banded row, a coloured header) draws no rule; judged shape by shape,
                    # as one path may fill the shading and the thin rectangles of the rules around it
                    subs = [sp for sp in subs if not _shaded_area(sp)]
                segs = [sg for sp in subs for sg in sp]
                for (xa, ya, xb, yb) in segs:
                    x0, top, x1, bottom = frame.box(min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))
                    w, h = x1 - x0, bottom - top
                    if h <= 1.0 and w > 1.0:
                        y = (top + bottom) / 2
                        edges.append(make_edge(x0, y, x1, y, "h"))
                    elif w <= 1.0 and h > 1.0:
                        x = (x0 + x1) / 2
                        edges.append(make_edge(x, top, x, bottom, "v"))
                # a thin filled rectangle drawn as a rule
                if not segs:
                    continue

    walk(page.raw, R.FPDFPage_CountObjects, R.FPDFPage_GetObject, (1, 0, 0, 1, 0, 0))
    # thin rectangles give two parallel edges < 1pt apart: pdfplumber's snapping merges them later
    return edges, img_area / page_area, image_boxes


def _transformed_bounds(bounds: tuple[float, float, float, float], m: tuple) -> tuple[float, float, float, float]:
    """Bounds inside a form XObject, in page space (the form's matrix applied to its corners)."""
    if m == (1, 0, 0, 1, 0, 0):
        return bounds
    a, b, c, d, e, f = m
    l, bo, r, t = bounds
    xs, ys = [], []
    for x, y in ((l, bo), (l, t), (r, bo), (r, t)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class TextLayerSettings:
    # share of the visible glyphs that are broken (unmapped, private-use, control, U+FFFD, "(cid:N)", or
    # symbols that are neither letters, digits nor the punctuation of text and figures) above which the text
    # layer is a broken encoding rather than text
    broken_share: float = 0.3
    min_glyphs: int = 10  # fewer visible glyphs than this: no text layer to speak of
    image_share: float = 0.3  # a picture covering this much of the page may hold the text OCR can read


TEXT_LAYER = TextLayerSettings()
_CID = re.compile(r"\(cid:\d+\)")
_CHAR_TEXT = itemgetter(0)  # a character's text (see extractors.readers._pdf_chars)
# what text and tables of figures are made of besides letters and digits
_TEXT_PUNCT = set(" .,;:!?%-–—+/\\()[]{}<>'\"„“”‘’«»*&#@$€£=_|~^°§•▪➢✓❖·…→≤≥±×÷")


def judge_text_layer(chars, unmapped: int, s: TextLayerSettings = TEXT_LAYER) -> str:
    """``"text"``, ``"broken"`` or ``"empty"``: what the page's text layer is, judged by the glyphs
    themselves, not by their share of letters (a page of a budget table is mostly figures)."""
    vis = "".join(map(_CHAR_TEXT, chars)).replace(" ", "")  # a space is only ever a whole character here
    if len(vis) < s.min_glyphs:
        return "empty"
    cid = sum(len(m) for m in _CID.findall(vis))
    # each distinct glyph judged once (a page has a few hundred distinct glyphs among thousands)
    bad = sum(k for ch, k in Counter(_CID.sub("", vis)).items()
              if ch == "\ufffd" or 0xE000 <= ord(ch) <= 0xF8FF or ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0
              or not (ch.isalnum() or ch in _TEXT_PUNCT))
    return "broken" if (bad + unmapped + cid) > s.broken_share * len(vis) else "text"


def read_born_digital_page(doc: pdfium.PdfDocument, index: int) -> tuple[PageContent | None, bool]:
    """(content, needs_ocr). ``content`` is None when the page must be OCR'd."""
    page = doc[index]
    try:
        box = _page_box(page)
        textpage = page.get_textpage()
        try:
            chars, unmapped = read_chars(textpage)
        finally:
            textpage.close()
        rot = dominant_rotation(chars)
        frame = _Frame(box, rot if rot else (page.get_rotation() if not chars else 0))
        edges, img_share, image_boxes = _read_edges(page, frame)
        layer = judge_text_layer(chars, unmapped)
        if layer != "text" and img_share > TEXT_LAYER.image_share:
            return None, True
        if layer == "broken":
            # a broken encoding without a picture under it: nothing OCR could read either
            pc = PageContent(index + 1, frame.width, frame.height, [], edges)
            pc.warnings.append(f"garbage_text_layer: page {index + 1} (glyphs without a usable unicode "
                               "mapping)")
            return pc, False
        words = chars_to_words(chars, frame)
        pc = PageContent(index + 1, frame.width, frame.height, words, edges)
        if image_boxes and frame.rot == 0 and page.get_rotation() == 0:
            pc.pictures_to_read = pictures_to_read(page, frame.width, frame.height, words, image_boxes)
        return pc, bool(pc.pictures_to_read)
    finally:
        page.close()


# ------------------------------------------------------------------------------------------ reader


def extract_pages(path: Path, doc: pdfium.PdfDocument, warnings: list[str],
                  protected: bool = False) -> list[PageContent]:
    """Words and edges of every page (OCR for the pages that need it). ``protected``: the document was opened
    with a password, so the OCR (which opens the file itself) reads a copy saved without the protection."""
    n = len(doc)
    pages: list[PageContent | None] = [None] * n
    need_ocr: list[int] = []  # pages to OCR whole (no usable text layer)
    with_pictures: list[int] = []  # pages with a text layer and pictures of print on them
    for i in range(n):
        try:
            with _time_limit(PAGE_TIMEOUT):
                pc, ocr = read_born_digital_page(doc, i)
        except _Timeout:
            pages[i] = PageContent(i + 1, 0, 0, [], [], failed="page_timeout")
            warnings.append(f"page_failed: page {i + 1} exceeded the {PAGE_TIMEOUT:g}s page time limit")
            continue
        except pdfium.PdfiumError as exc:
            pages[i] = PageContent(i + 1, 0, 0, [], [], failed="corrupt_page")
            warnings.append(f"page_failed: page {i + 1} could not be read ({exc})")
            continue
        if pc is not None:
            pages[i] = pc
            warnings.extend(pc.warnings)
        if ocr and pc is None:
            need_ocr.append(i)
        elif ocr:
            with_pictures.append(i)
    if need_ocr:
        from extractors.readers.ocr_pages import ocr_pages

        with _unprotected_copy(doc, path, protected) as source:
            for pc in ocr_pages(source, need_ocr, timeout=OCR_PAGE_TIMEOUT):
                pages[pc.number - 1] = pc
                if pc.failed:
                    warnings.append(f"page_failed: page {pc.number} OCR {pc.failed}")
                warnings.extend(pc.warnings)
    if with_pictures:
        with _unprotected_copy(doc, path, protected) as source:
            _read_pictures(source, [pages[i] for i in with_pictures], warnings)
    return [p for p in pages if p is not None]


def _read_pictures(source: Path, pages: list[PageContent], warnings: list[str]) -> None:
    """OCR the pictures of print on pages that have a text layer (:mod:`.pdf_pictures`); a failure costs the
    pictures only (``pictures_not_read``), never the page's own text."""
    from extractors.readers.ocr_pages import ocr_pages

    by_number = {pc.number: pc for pc in pages}
    try:
        scanned = ocr_pages(source, [pc.number - 1 for pc in pages], timeout=OCR_PAGE_TIMEOUT)
    except ReaderError as exc:  # every page's OCR failed alike (no Tesseract, out of memory)
        scanned = [PageContent(pc.number, 0, 0, [], [], ocr=True, failed=exc.reason) for pc in pages]
    for sc in scanned:
        pc = by_number[sc.number]
        n = len(pc.pictures_to_read)
        if sc.failed:
            warnings.append(f"pictures_not_read: page {pc.number}: {n} picture(s) of print could not be OCR'd "
                            f"({sc.failed}); what they show is missing")
            continue
        words = add_picture_text(pc, sc)
        warnings.append(f"pictures_read_by_ocr: page {pc.number}: {n} picture(s) of print on a page with a text "
                        f"layer read by OCR ({words} words)")


@contextmanager
def _unprotected_copy(doc: pdfium.PdfDocument, path: Path, protected: bool):
    """The path the OCR may open: the file itself, or for a document opened with its password a temporary
    copy saved without the protection (deleted afterwards)."""
    if not protected:
        yield path
        return
    import tempfile

    fd, tmp = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        doc.save(tmp, flags=R.FPDF_REMOVE_SECURITY)
        yield Path(tmp)
    finally:
        os.unlink(tmp)


def build_document(pages: list[PageContent], doc_id: str, source_path: str, fmt: str,
                   warnings: list[str], n_pages: int, tables: TableSettings = NO_AREAS) -> Document:
    # the document's words, known before its tables: they tell a word broken for lack of room from two
    vocab = vocabulary([ln for pc in pages if not pc.failed for ln in group_lines(pc.words)])
    for pc in pages:
        if not pc.failed:
            analyse_page(pc, vocab)
            claim_areas(pc, tables)
    furniture = drop_running_lines(pages, warnings)  # kept as the document's furniture layer, not as text
    per_page: list[list[Placed]] = []
    carry = None  # the unruled table that ends the previous page
    for pc in pages:
        if pc.failed:
            continue
        blks = page_blocks(pc, carry, vocab)
        carry = page_carry(blks)
        per_page.append(blks)
    # blocks a page break cut in two, joined back from where their text stood on the page (:mod:`._pdf_joins`)
    join_across_pages(per_page, vocab)
    blocks = [p.block for blks in per_page for p in blks]
    return Document(source_path=source_path, doc_id=doc_id, format=fmt, blocks=blocks, pages=n_pages,
                    warnings=warnings, furniture=furniture, letterhead=_letterhead(pages, furniture))


def _letterhead(pages: list[PageContent], furniture: list[Paragraph]) -> list[Block]:
    """The running lines over the first page read (the upper half of it: a footer is at the foot)."""
    first = next((pc for pc in pages if not pc.failed), None)
    if first is None:
        return []
    return [b for b in furniture if b.page == first.number and b.bbox is not None and b.bbox[3] <= first.height / 2]


def read_pdf(path: Path, doc_id: str, source_path: str | None = None, password: str | None = None,
             tables: TableSettings = NO_AREAS) -> Document:
    """Read a PDF. ``password``: the user (or owner) password of a protected PDF; without it such a file fails
    with ``encrypted_pdf``. ``tables``: areas of the pages known to hold a table, and their column boundaries
    (:class:`TableSettings`; by default every table is found from the page's rules and text)."""
    path = Path(path)
    source_path = source_path or str(path)
    doc = open_pdf(path, password)
    try:
        n = len(doc)
        warnings: list[str] = []
        pages = extract_pages(path, doc, warnings, protected=bool(password) and _has_encrypt_dict(path))
    finally:
        doc.close()
    good = [p for p in pages if not p.failed]
    if not good:
        reasons = {p.failed for p in pages}
        if "page_timeout" in reasons or "timeout" in reasons:
            raise ReaderError("page_timeout", f"{path.name}: no page could be read within the time limit")
        raise ReaderError("corrupt_pdf", f"{path.name}: no page could be read")
    fmt = "pdf_ocr" if any(p.ocr for p in pages) else "pdf"
    return build_document(pages, doc_id, source_path, fmt, warnings, n, tables)
