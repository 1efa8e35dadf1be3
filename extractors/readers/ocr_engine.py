"""Tesseract called in this process, through its C API (``libtesseract``), instead of as a program per image.

Running the ``tesseract`` program costs, on every call, the start of a process and the loading of its model
(~0.1 CPU s), writing the image to a file and Leptonica reading it back (0.15 CPU s for a page at 300 dpi, one
pixel per ``fread``), and writing and parsing the TSV (Tesseract's TSV writer walks the page's results again for
every line: 0.15 CPU s on a dense page). A page is read twice (the page, then the cells read again), so that was
~0.6 CPU s a page of ~3. Here each thread keeps one engine (model loaded once), hands it the numpy image's own
memory and walks the words with Tesseract's result iterator: the same words, boxes and confidences as the TSV
(``tests/extractors/readers/test_ocr_engine.py`` compares the two).

Where ``libtesseract`` cannot be loaded, :func:`available` is False and the reader runs the program (pytesseract).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import threading
import time

# Tesseract's iterator levels (tesseract/publictypes.h: PageIteratorLevel)
RIL_BLOCK, RIL_PARA, RIL_TEXTLINE, RIL_WORD = 0, 1, 2, 3


@functools.lru_cache(maxsize=1)
def _lib():
    """``libtesseract`` with the signatures used here, or None when it cannot be loaded."""
    name = ctypes.util.find_library("tesseract") or "libtesseract.so.5"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    sigs = {
        "TessBaseAPICreate": ([], vp),
        "TessBaseAPIInit3": ([vp, cp, cp], ci),
        "TessBaseAPISetVariable": ([vp, cp, cp], ci),
        "TessBaseAPISetPageSegMode": ([vp, ci], None),
        "TessBaseAPISetImage": ([vp, vp, ci, ci, ci, ci], None),
        "TessBaseAPIRecognize": ([vp, vp], ci),
        "TessBaseAPIGetIterator": ([vp], vp),
        "TessBaseAPIClear": ([vp], None),
        "TessBaseAPIEnd": ([vp], None),
        "TessBaseAPIDelete": ([vp], None),
        "TessResultIteratorGetPageIterator": ([vp], vp),
        "TessResultIteratorGetUTF8Text": ([vp, ci], vp),
        "TessResultIteratorConfidence": ([vp, ci], ctypes.c_float),
        "TessResultIteratorNext": ([vp, ci], ci),
        "TessResultIteratorDelete": ([vp], None),
        "TessPageIteratorBoundingBox": ([vp, ci] + [ctypes.POINTER(ci)] * 4, ci),
        "TessPageIteratorIsAtBeginningOf": ([vp, ci], ci),
        "TessDeleteText": ([vp], None),
        "TessMonitorCreate": ([], vp),
        "TessMonitorSetDeadlineMSecs": ([vp, ci], None),
        "TessMonitorDelete": ([vp], None),
    }
    try:
        for fn, (args, res) in sigs.items():
            f = getattr(lib, fn)
            f.argtypes, f.restype = args, res
    except AttributeError:  # a Tesseract without the C API (older than 4)
        return None
    return lib


def available() -> bool:
    return _lib() is not None


class Engine:
    """One Tesseract engine (not thread-safe: one per thread, see :func:`engine`)."""

    def __init__(self, lang: str) -> None:
        lib = _lib()
        if lib is None:
            raise OSError("libtesseract could not be loaded")
        self.lib, self.lang = lib, lang
        self.handle = lib.TessBaseAPICreate()
        if lib.TessBaseAPIInit3(self.handle, None, lang.encode()) != 0:
            lib.TessBaseAPIDelete(self.handle)
            self.handle = None
            raise RuntimeError(f"Tesseract: failed loading language '{lang}'")
        lib.TessBaseAPISetVariable(self.handle, b"preserve_interword_spaces", b"1")
        # its notes ("Estimating resolution as 300") went to the program's stderr; here they would be ours
        lib.TessBaseAPISetVariable(self.handle, b"debug_file", b"/dev/null")

    def __del__(self) -> None:
        if getattr(self, "handle", None):
            self.lib.TessBaseAPIEnd(self.handle)
            self.lib.TessBaseAPIDelete(self.handle)
            self.handle = None

    def words(self, img, psm: int, timeout: float = 0) -> list[dict]:
        """The words of a grayscale numpy image: text, confidence, pixel box (x, y, w, h) and the (block,
        paragraph, line) they belong to, numbered from 1 as in Tesseract's TSV."""
        import numpy as np

        lib, h = self.lib, self.handle
        img = np.ascontiguousarray(img, dtype=np.uint8)
        rows, cols = img.shape
        lib.TessBaseAPISetPageSegMode(h, psm)
        # no resolution given: Tesseract estimates it from the size of the text, as the program does for an image
        # file without one (a crop's "resolution" would mislead its size filters)
        lib.TessBaseAPISetImage(h, img.ctypes.data, cols, rows, 1, cols)
        monitor = lib.TessMonitorCreate()
        start = time.monotonic()
        try:
            if timeout:
                lib.TessMonitorSetDeadlineMSecs(monitor, max(1, int(timeout * 1000)))
            if lib.TessBaseAPIRecognize(h, monitor) != 0:
                if timeout and time.monotonic() - start >= timeout:
                    raise RuntimeError("Tesseract process timeout")
                raise RuntimeError("Tesseract could not read the image")
        finally:
            lib.TessMonitorDelete(monitor)
        out: list[dict] = []
        it = lib.TessBaseAPIGetIterator(h)
        if not it:  # nothing found on the image
            lib.TessBaseAPIClear(h)
            return out
        pi = lib.TessResultIteratorGetPageIterator(it)
        block = par = line = 0
        box = [ctypes.c_int() for _ in range(4)]
        try:
            while True:
                if lib.TessPageIteratorIsAtBeginningOf(pi, RIL_BLOCK):
                    block, par, line = block + 1, 0, 0
                if lib.TessPageIteratorIsAtBeginningOf(pi, RIL_PARA):
                    par, line = par + 1, 0
                if lib.TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE):
                    line += 1
                ptr = lib.TessResultIteratorGetUTF8Text(it, RIL_WORD)
                if ptr:
                    text = ctypes.string_at(ptr).decode("utf-8", "replace")
                    lib.TessDeleteText(ptr)
                    if lib.TessPageIteratorBoundingBox(pi, RIL_WORD, *(ctypes.byref(b) for b in box)):
                        x0, y0, x1, y1 = (b.value for b in box)
                        out.append({"text": text, "conf": float(lib.TessResultIteratorConfidence(it, RIL_WORD)),
                                    "x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0, "key": (block, par, line)})
                if not lib.TessResultIteratorNext(it, RIL_WORD):
                    break
        finally:
            lib.TessResultIteratorDelete(it)
            lib.TessBaseAPIClear(h)
        return out


_local = threading.local()


def engine(lang: str) -> Engine:
    """This thread's engine for ``lang`` (made on first use: the model is loaded once per thread)."""
    eng = getattr(_local, "engines", {}).get(lang)
    if eng is None:
        eng = Engine(lang)
        _local.__dict__.setdefault("engines", {})[lang] = eng
    return eng
