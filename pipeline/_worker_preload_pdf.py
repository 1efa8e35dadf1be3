"""Imported by the fork server before :mod:`pipeline._worker_preload` when a run's inputs hold a PDF
(:func:`pipeline.pool.prestart`): the PDF reader and its libraries (pypdfium2, pdfplumber, pdfminer), which each
PDF document's worker would otherwise import at its start. The collector stays off from here: the common load that
follows enables it and freezes everything loaded, this too."""
import gc

from pipeline.pool import die_with_parent

die_with_parent()
gc.disable()
try:
    import extractors.readers.pdf  # noqa: F401
except Exception:  # a broken PDF library: each PDF document's worker reports it as before
    pass
