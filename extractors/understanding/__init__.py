"""The understanding stage: what the document is, in which template section every block stands, and for every
table its kind, its column → field mapping with the evidence for each column, and its logical rows.

Built once per document by :func:`extractors.understanding.build.understand` from the reader's
:class:`~extractors.model.Document` (table repair, classification, mapping); the result is frozen and record
extraction and prose are pure functions of it. This package's ``__init__`` imports nothing heavy: the table kind
specs (:mod:`.spec`) are imported by the record modules, which the builder in turn reads.
"""
