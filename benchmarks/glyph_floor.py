"""The PDF reader's per-glyph floor: what pdfium's calls cost through ctypes, what another call path would give, and
what the whole per-glyph loop would take in compiled code.

    .venv/bin/python benchmarks/glyph_floor.py                      # the born-digital corpus PDFs
    .venv/bin/python benchmarks/glyph_floor.py FILE.pdf ... --rounds 5
    .venv/bin/python benchmarks/glyph_floor.py --compiled           # + the loop in C (needs cffi and a C compiler)

Every page's text page is loaded first (not timed); then, over all the glyphs of all the pages, CPU s (minimum of
``--rounds``):

- ``empty loop``: a Python loop over the glyph indexes, nothing else;
- ``ctypes, trivial C function``: the C library's ``abs`` called per glyph the way the reader calls pdfium (a
  handle with only the result type declared): the call mechanism alone;
- ``ctypes, <pdfium function>``: each per-glyph pdfium call of :func:`extractors.readers._pdf_chars.read_chars`;
  the text object's font size and angle are asked once per run of glyphs of one object, not here;
- ``cffi ABI, <pdfium function>``: the same functions through cffi's ABI mode (no compiler), when cffi is
  installed;
- ``read_chars`` and ``chars_to_words``: the reader's two per-glyph loops as they are;
- ``--compiled``: the per-glyph pdfium calls, font sizes and angles done by a C loop (cffi's API mode, built in a
  temporary folder), the character tuples then made by ``zip``: its output is compared with ``read_chars``'s
  (``same: yes`` when every page gives equal tuples) and timed. This is a measurement, not the reader: the project
  ships no compiled code.
"""
from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import math
import sys
import tempfile
import time
from itertools import repeat
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2 as pdfium  # noqa: E402
import pypdfium2.raw as R  # noqa: E402

from extractors.readers import _pdf_chars as chars_module  # noqa: E402
from extractors.readers._pdf_chars import Frame, chars_to_words, dominant_rotation, read_chars  # noqa: E402
from extractors.readers.pdf import _page_box  # noqa: E402  (the page box the reader's frame is made from)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def best_of(rounds: int, body: Callable[[], object]) -> float:
    best = math.inf
    for _ in range(rounds):
        start = time.process_time()
        body()
        best = min(best, time.process_time() - start)
    return best


def text_pages(files: list[Path]) -> list[tuple[object, object, object, int]]:
    """(document, page, text page, glyph count) of every page; kept open for the timings."""
    out = []
    for f in files:
        doc = pdfium.PdfDocument(str(f))
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            out.append((doc, page, textpage, R.FPDFText_CountChars(textpage.raw)))
    return out


def per_glyph(pages, call, handle, extra=None) -> Callable[[], None]:
    """A loop calling ``call(handle(text page), i[, extra])`` for every glyph of every page."""
    def body() -> None:
        for _doc, _page, textpage, n in pages:
            tp = handle(textpage)
            if extra is None:
                for i in range(n):
                    call(tp, i)
            else:
                for i in range(n):
                    call(tp, i, extra)
    return body


def cffi_abi(pages, rounds: int, report) -> None:
    try:
        import cffi
    except ImportError:
        print("  (cffi not installed: its ABI mode not measured)")
        return
    from pypdfium2_raw import bindings

    ffi = cffi.FFI()
    ffi.cdef("""typedef struct { float left, top, right, bottom; } FS_RECTF;
        int FPDFText_HasUnicodeMapError(void*, int); int FPDFText_GetLooseCharBox(void*, int, FS_RECTF*);
        void* FPDFText_GetTextObject(void*, int);""")
    lib = ffi.dlopen(bindings._libs["pdfium"]._name)  # the library already loaded: the same copy
    handle = lambda textpage: ffi.cast("void*", ctypes.cast(textpage.raw, ctypes.c_void_p).value)  # noqa: E731
    rect = ffi.new("FS_RECTF*")
    for name, extra in (("FPDFText_HasUnicodeMapError", None), ("FPDFText_GetLooseCharBox", rect),
                        ("FPDFText_GetTextObject", None)):
        report(f"cffi ABI, {name}", best_of(rounds, per_glyph(pages, getattr(lib, name), handle, extra)))


_C_DECL = """
typedef int (*err_fn)(void*, int);
typedef int (*box_fn)(void*, int, float*);
typedef void* (*obj_fn)(void*, int);
typedef double (*size_fn)(void*, int);
typedef float (*angle_fn)(void*, int);
int glyph_loop(void* tp, int n, const unsigned short* text, err_fn map_error, box_fn loose_box, obj_fn text_object,
               size_fn font_size, angle_fn angle, double box_em, double size_factor,
               double* ls, double* bs, double* rs, double* ts, double* sizes, int* quarters, int* kept);
"""
# read_chars' loop for a page whose text lines up with its characters: the same calls and arithmetic (glyph_size,
# quarter_of); a space gives the break tuple's zeros
_C_SOURCE = _C_DECL + r"""
#include <math.h>
static int is_space(unsigned short c) {
    return c == 0x20 || c == 0xa0 || c == 9 || c == 13 || c == 10 || c == 0x2002 || c == 0x2003 || c == 0x2009
        || c == 0x200b || c == 0x3000;
}
int glyph_loop(void* tp, int n, const unsigned short* text, err_fn map_error, box_fn loose_box, obj_fn text_object,
               size_fn font_size, angle_fn angle, double box_em, double size_factor,
               double* ls, double* bs, double* rs, double* ts, double* sizes, int* quarters, int* kept) {
    int unmapped = 0, q = 0, first = 1;
    void* obj = 0;
    double reported = 0;
    float r[4];
    for (int i = 0; i < n; i++) {
        unmapped += map_error(tp, i) == 1;
        kept[i] = !is_space(text[i]);
        ls[i] = bs[i] = rs[i] = ts[i] = sizes[i] = 0;
        quarters[i] = 0;
        if (!kept[i]) continue;
        loose_box(tp, i, r);
        void* o = text_object(tp, i);
        if (first || o == 0 || o != obj) {
            first = 0;
            obj = o;
            reported = font_size(tp, i);
            float a = angle(tp, i);
            if (a < 0) q = -1;
            else { q = ((int)nearbyint(a * (180.0 / M_PI) / 90.0)) % 4; if (q < 0) q += 4; }
        }
        ls[i] = r[0]; ts[i] = r[1]; rs[i] = r[2]; bs[i] = r[3];
        double h = (q == 1 || q == 3) ? (double)r[2] - (double)r[0] : (double)r[1] - (double)r[3];
        double size = reported;
        if (h > 0) {
            double from_box = h / box_em;
            if (reported <= 0 || !(from_box / size_factor <= reported && reported <= from_box * size_factor))
                size = from_box;
        }
        sizes[i] = size;
        quarters[i] = q;
    }
    return unmapped;
}
"""


def compiled(pages, rounds: int, report) -> None:
    try:
        import cffi
    except ImportError:
        print("  (cffi not installed: --compiled not measured)")
        return
    import array
    import importlib.util

    from pypdfium2_raw import bindings

    build = Path(tempfile.mkdtemp(prefix="glyph-floor-"))
    builder = cffi.FFI()
    builder.cdef(_C_DECL)
    builder.set_source("_glyph_loop", _C_SOURCE, extra_compile_args=["-O2"])
    try:
        built = builder.compile(tmpdir=str(build), verbose=False)
    except Exception as exc:  # no C compiler
        print(f"  (--compiled not measured: {exc})")
        return
    spec = importlib.util.spec_from_file_location("_glyph_loop", built)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ffi, lib = module.ffi, module.lib
    pdfium_lib = ctypes.CDLL(bindings._libs["pdfium"]._name, handle=bindings._libs["pdfium"]._handle)

    def fn(name: str, kind: str):
        return ffi.cast(kind, ctypes.cast(getattr(pdfium_lib, name), ctypes.c_void_p).value)

    calls = (fn("FPDFText_HasUnicodeMapError", "err_fn"), fn("FPDFText_GetLooseCharBox", "box_fn"),
             fn("FPDFText_GetTextObject", "obj_fn"), fn("FPDFText_GetFontSize", "size_fn"),
             fn("FPDFText_GetCharAngle", "angle_fn"))
    glyphs = chars_module.GLYPHS
    char_map = chars_module.CHAR_MAP

    def read_compiled(textpage) -> tuple[list[tuple], int] | None:
        n = R.FPDFText_CountChars(textpage.raw)
        if n <= 0:
            return [], 0
        buf = ctypes.create_string_buffer((n + 1) * 2)
        written = R.FPDFText_GetText(textpage.raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
        text = buf.raw[: n * 2].decode("utf-16-le", errors="replace")
        if not (written == n + 1 and len(text) == n):
            return None  # a page read_chars reads character by character: not this loop's case
        columns = [array.array("d", bytes(8 * n)) for _ in range(5)]
        quarters, kept = array.array("i", bytes(4 * n)), array.array("i", bytes(4 * n))
        tp = ffi.cast("void*", ctypes.cast(textpage.raw, ctypes.c_void_p).value)
        unmapped = lib.glyph_loop(tp, n, ffi.from_buffer("unsigned short[]", buf), *calls, glyphs.box_em,
                                  glyphs.size_factor, *(ffi.from_buffer("double[]", c) for c in columns),
                                  ffi.from_buffer("int[]", quarters), ffi.from_buffer("int[]", kept))
        texts = [c if k else " " for c, k in zip(text, kept)]
        if any(k in text for k in char_map):
            texts = [char_map.get(c, c) for c in texts]
        return list(zip(texts, *columns, quarters)), unmapped

    same = True
    skipped = 0
    for _doc, _page, textpage, _n in pages:
        got = read_compiled(textpage)
        if got is None:
            skipped += 1
            continue
        if got[1] != read_chars(textpage)[1] or not _equal(got[0], read_chars(textpage)[0]):
            same = False
    report(f"compiled loop + zip (same: {'yes' if same else 'NO'}; {skipped} page(s) not its case)",
           best_of(rounds, lambda: [read_compiled(tp) for _d, _p, tp, _n in pages]))


def _equal(a: list[tuple], b: list[tuple]) -> bool:
    """Equal character tuples, NaN equal to NaN."""
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y and not all(u == v or (isinstance(u, float) and math.isnan(u) and math.isnan(v))
                              for u, v in zip(x, y)):
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--compiled", action="store_true", help="also time the per-glyph loop in C (cffi, a C compiler)")
    args = ap.parse_args(argv)
    files = args.files or [f for f in sorted(CORPUS.glob("*.pdf")) if "_scan" not in f.name]
    pages = text_pages(files)
    glyphs = sum(n for *_rest, n in pages)
    print(f"{len(files)} PDF(s), {len(pages)} pages, {glyphs:,} glyphs; CPU s over all of them, min of {args.rounds}")

    def report(label: str, seconds: float) -> None:
        print(f"  {label:58s} {seconds:7.3f} s  {seconds / max(glyphs, 1) * 1e6:6.3f} µs/glyph")

    rounds = args.rounds
    report("empty loop", best_of(rounds, per_glyph(pages, lambda tp, i: None, lambda tp: None)))
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    trivial = libc.abs
    trivial.restype = ctypes.c_int
    api = chars_module._calls()
    handle = lambda textpage: api.handle(textpage.raw)  # noqa: E731
    report("ctypes, trivial C function (libc abs)", best_of(rounds, per_glyph(pages, trivial, handle)))
    rect = R.FS_RECTF()
    report("ctypes, FPDFText_HasUnicodeMapError", best_of(rounds, per_glyph(pages, api.map_error, handle)))
    report("ctypes, FPDFText_GetLooseCharBox",
           best_of(rounds, per_glyph(pages, api.loose_box, handle, ctypes.byref(rect))))
    report("ctypes, FPDFText_GetTextObject", best_of(rounds, per_glyph(pages, api.text_object, handle)))
    cffi_abi(pages, rounds, report)
    report("read_chars (as the reader runs it)", best_of(rounds, lambda: [read_chars(tp) for _d, _p, tp, _n in pages]))
    read = [(chars, Frame(_page_box(page), dominant_rotation(chars)))
            for chars, page in ((read_chars(tp)[0], page) for _d, page, tp, _n in pages)]
    report("chars_to_words", best_of(rounds, lambda: [chars_to_words(c, f) for c, f in read]))
    if args.compiled:
        compiled(pages, rounds, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
