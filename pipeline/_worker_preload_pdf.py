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
    # the layout's steps that import these modules where they are used (they build on the layout module): without
    # them here each PDF's worker still imported pdfplumber, pdfminer and cryptography (72 modules) itself
    import extractors.readers._pdf_columns  # noqa: F401
    import extractors.readers._pdf_labels  # noqa: F401
    import extractors.readers._pdf_ruled  # noqa: F401
except Exception:  # a broken PDF library: each PDF document's worker reports it as before
    pass
