"""Scanned PDF pages read by OCR: each page rendered and read (:func:`extractors.readers.ocr.ocr_image`), one page
per core (``OMP_THREAD_LIMIT=1`` so Tesseract does not oversubscribe).

A page is rendered with pypdfium2 (grayscale, /Rotate applied) at the resolution of its picture, between
``MIN_DPI`` and ``DPI`` (see :data:`MIN_DPI`); a page too big for that (:data:`MAX_MEGAPIXELS`) at the resolution
that fits, with an ``ocr_resolution_capped`` warning.

A page that fails is returned with ``failed`` saying why: ``timeout`` (over ``timeout`` seconds),
``out_of_memory`` (a ``MemoryError``, or Tesseract / OpenCV / the system refusing memory), ``ocr_unavailable``
(Tesseract missing), else ``error (…)``; the reader goes on with the other pages and warns with the page
number. When every page of the document needed OCR and all of them failed for want of memory (or of Tesseract),
the document fails with that reason (``out_of_memory``, ``ocr_unavailable``) rather than as a damaged PDF.
"""
from __future__ import annotations

import errno
import multiprocessing as mp
import os
import threading
from pathlib import Path

from extractors.model import ReaderError
from extractors.readers import page_progress
from extractors.readers._pdf_layout import PageContent
from extractors.readers.ocr import ocr_image

DPI = int(os.environ.get("OCR_DPI", "300"))
# A page bigger than a sheet of A2 (a poster, a plan drawn on one huge page, a wrong /MediaBox) is rendered at
# less than DPI so that it stays under this many pixels: at 300 dpi a 5000 pt square page is 434 million pixels,
# more memory than a worker has, while 25 million still give print-sized letters 20+ px tall on an A1 sheet.
MAX_MEGAPIXELS = float(os.environ.get("OCR_MAX_MEGAPIXELS", "25"))
MAX_SIDE_PX = 30000  # Leptonica refuses images over 32767 pixels on a side
# A scanned page is rendered at the resolution of its picture, within [MIN_DPI, DPI]. By default both are 300:
# rendering a 200 dpi scan at its own resolution makes 2.25 times fewer pixels and Tesseract ~30 % faster
# (benchmarks/bench_ocr.py: 2.5 instead of 3.5 CPU s a page of the corpus scan), but misread a figure of it
# ("35.000" as "32.000") that the 300 dpi rendering reads right: OCR_MIN_DPI=200 trades that for speed.
MIN_DPI = int(os.environ.get("OCR_MIN_DPI", "300"))


def picture_dpi(page) -> float | None:
    """The resolution of the biggest picture on a pypdfium2 page (a scan's page image), None without one."""
    import pypdfium2.raw as R

    best, dpi = 0.0, None
    for obj in page.get_objects(filter=[R.FPDF_PAGEOBJ_IMAGE]):
        try:
            x0, y0, x1, y1 = obj.get_bounds()
            meta = obj.get_metadata()
        except Exception:
            continue
        area = abs(x1 - x0) * abs(y1 - y0)
        if area > best and meta.horizontal_dpi > 0 and meta.vertical_dpi > 0:
            best, dpi = area, min(meta.horizontal_dpi, meta.vertical_dpi)
    return dpi


def render_scale(width_pt: float, height_pt: float, native_dpi: float | None = None) -> float:
    """Pixels per point to render a page of this size at: ``DPI``, or the resolution of its picture between
    :data:`MIN_DPI` and ``DPI``; less for a page too big for :data:`MAX_MEGAPIXELS` or :data:`MAX_SIDE_PX`."""
    dpi = DPI if not native_dpi else max(min(MIN_DPI, DPI), min(DPI, round(native_dpi)))
    scale = dpi / 72.0
    area = max(1.0, width_pt * height_pt)
    if area * scale * scale > MAX_MEGAPIXELS * 1e6:
        scale = (MAX_MEGAPIXELS * 1e6 / area) ** 0.5
    return min(scale, MAX_SIDE_PX / max(1.0, width_pt, height_pt))


# pdfium is not thread-safe: the pages OCR'd in threads are rendered one at a time (a tenth of a page's time)
_PDFIUM = threading.Lock()


def _ocr_page_worker(args) -> PageContent:
    path, index, timeout = args
    import pypdfium2 as pdfium

    warnings: list[str] = []
    with _PDFIUM:
        gray, scale = _render(pdfium.PdfDocument(path), index, warnings)
    width, height = gray.shape[1] / scale, gray.shape[0] / scale
    try:
        words, edges = ocr_image(gray, scale, timeout=timeout)
    except RuntimeError as exc:  # either engine raises RuntimeError on its timeout
        if "timeout" in str(exc).lower():
            return PageContent(index + 1, width, height, [], [], ocr=True, failed="timeout")
        raise
    pc = PageContent(index + 1, width, height, words, edges, ocr=True, warnings=warnings)
    if not words:
        pc.warnings.append(f"ocr_no_text: page {index + 1}")
    return pc


def _render(doc, index: int, warnings: list[str]):
    """The page as a grayscale numpy image, and its pixels per point."""
    import numpy as np

    try:
        page = doc[index]
        native = picture_dpi(page)
        scale = render_scale(*page.get_size(), native)
        wanted = render_scale(1, 1, native)
        if scale < wanted:
            w_pt, h_pt = page.get_size()
            warnings.append(f"ocr_resolution_capped: page {index + 1} OCR'd at {scale * 72:.0f} dpi instead of "
                            f"{wanted * 72:.0f} (the page is {w_pt / 72 * 2.54:.0f} x {h_pt / 72 * 2.54:.0f} cm)")
        bitmap = page.render(scale=scale, grayscale=True)
        # the bitmap's bytes copied out as they are (one byte a pixel): no image object between
        gray = np.array(bitmap.to_numpy(), dtype=np.uint8).reshape(bitmap.height, bitmap.width)
        page.close()
    finally:
        doc.close()
    return gray, scale


# how Tesseract (std::bad_alloc), OpenCV (cv::Exception "Insufficient memory") and the C library word
# a failed allocation, lower-cased
_OOM_WORDS = ("bad_alloc", "out of memory", "cannot allocate memory", "insufficient memory", "failed to allocate")
# failures that would hit every page alike: when all pages fail with one of them, the document fails with it
DOCUMENT_FAILURES = {
    "out_of_memory": "ran out of memory during OCR (the limit is --max-memory)",
    "ocr_unavailable": "could not be OCR'd: Tesseract is not installed or lacks its language data (`make install`)",
}


def page_failure(exc: BaseException) -> str:
    """Why a page's OCR failed, as the ``failed`` value of its :class:`PageContent`."""
    if isinstance(exc, MemoryError) or (isinstance(exc, OSError) and exc.errno == errno.ENOMEM):
        return "out_of_memory"
    text = str(exc).lower()
    if any(w in text for w in _OOM_WORDS):
        return "out_of_memory"
    if type(exc).__name__ == "TesseractNotFoundError" or "failed loading language" in text:
        return "ocr_unavailable"
    if "timeout" in text:
        return "timeout"
    return f"error ({type(exc).__name__}: {exc})" if str(exc) else f"error ({type(exc).__name__})"


def _check_whole_document(path: Path, pages: list[PageContent]) -> None:
    """Raise the document's failure when every page needed OCR and all failed alike (see the docstring)."""
    causes = {p.failed for p in pages}
    if len(causes) != 1 or not causes <= DOCUMENT_FAILURES.keys():
        return
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        try:
            n_pages = len(doc)
        finally:
            doc.close()
    except Exception:
        return
    if len(pages) == n_pages:
        cause = causes.pop()
        said = f"{Path(path).name}: {'its only page' if n_pages == 1 else f'all {n_pages} pages'} {DOCUMENT_FAILURES[cause]}"
        if cause == "out_of_memory":
            raise ReaderError("out_of_memory", said)
        raise ReaderError("ocr_unavailable", said)


def _ocr_guarded(job) -> PageContent:
    try:
        return _ocr_page_worker(job)
    except Exception as exc:  # a page that cannot be OCR'd does not stop the others
        return PageContent(job[1] + 1, 0, 0, [], [], ocr=True, failed=page_failure(exc))
    finally:
        page_progress.page_done()  # the run's progress display counts pages done (pipeline.worker listens)


def _ocr_in_threads(jobs: list, n: int) -> list[PageContent]:
    if n == 1:
        return [_ocr_guarded(job) for job in jobs]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(n, thread_name_prefix="ocr-page") as pool:
        return list(pool.map(_ocr_guarded, jobs))


def _one_thread_each() -> None:
    """Tesseract and OpenCV on one thread: the pages are already read one per core, and their own threads would
    only fight the other pages for the cores (OpenCV's threads cost ~20 % more CPU for the ruling lines)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"  # inherited by every tesseract started from here
    try:
        import cv2

        cv2.setNumThreads(1)
    except ImportError:  # OpenCV missing: the page fails with a clear reason when it is needed
        pass


def _init_worker():
    _one_thread_each()


def ocr_pages(path: Path, indices: list[int], timeout: float = 180, processes: int | None = None) -> list[PageContent]:
    """OCR the given 0-based pages of a PDF, one Tesseract per core (``OMP_THREAD_LIMIT=1``: Tesseract's own
    threads would only fight the other pages for the cores); pages past the limit come back failed.

    In a process of its own, the pages go to a pool of processes. Inside a pipeline worker (a daemon process,
    which may not have children of its own) they go to a pool of threads: each thread's page spends its time in
    the Tesseract program it runs and in OpenCV / pdfium calls that release the interpreter, so the threads keep
    one core each busy as processes would (they used to be read one after the other there, on one core)."""
    if not indices:
        return []
    _one_thread_each()
    jobs = [(str(path), i, timeout) for i in indices]
    n_proc = max(1, min(processes or os.cpu_count() or 1, len(jobs)))
    if n_proc == 1 or mp.current_process().daemon:
        out = _ocr_in_threads(jobs, n_proc)
        _check_whole_document(path, out)
        return out
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    out: list[PageContent] = []
    with ctx.Pool(n_proc, initializer=_init_worker) as pool:
        pending = [(job, pool.apply_async(_ocr_page_worker, (job,))) for job in jobs]
        for job, res in pending:
            try:
                out.append(res.get(timeout=timeout + 60))
            except mp.TimeoutError:
                out.append(PageContent(job[1] + 1, 0, 0, [], [], ocr=True, failed="timeout"))
            except Exception as exc:
                out.append(PageContent(job[1] + 1, 0, 0, [], [], ocr=True, failed=page_failure(exc)))
        pool.terminate()
    _check_whole_document(path, out)
    return out
