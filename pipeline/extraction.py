"""One document, end to end in memory: read → understand → records and prose → validate.

The understanding stage (:mod:`extractors.understanding`) repairs the tables, classifies them and the document,
and maps every table's columns, once; record extraction and prose are pure functions of it. No file is written
here; :mod:`pipeline.runner` takes the :class:`Extraction` and writes it.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from extractors.model import Document
from extractors.prose import extract_prose
from extractors.readers import read_document
from extractors.records import DATASET_OF_KIND, TABLE_EXTRACTORS, TEXT_EXTRACTORS
from extractors.records.base import DocumentRecord, Extraction, TotalRecord
from extractors.records.services import services_unit
from extractors.understanding.build import understand
from extractors.understanding.model import TableUnderstanding, Understanding
from extractors.understanding.spec import OTHER, SERVICES_EXISTING, SERVICES_PROPOSED
from pipeline.version import PIPELINE_VERSION
from pipeline.jobs import sha256_file  # noqa: F401  (this module's interface)
from pipeline.table_summary import RecordIndex, looks_like_data, summarise_tables, table_records
from pipeline.validate import validate

# the text extractors in the order their records are kept: lists, stated totals, then prose
_TEXT_STAGES = (*TEXT_EXTRACTORS, extract_prose)


def extract_file(path: Path, source_path: str, doc_id: str | None = None, password: str | None = None,
                 ) -> Extraction:
    """``password``: for a password-protected PDF (see :func:`extractors.readers.read_document`)."""
    doc_id = doc_id or sha256_file(path)
    doc = read_document(path, doc_id, source_path, password=password)
    return extract_document(doc)


def extract_document(doc: Document) -> Extraction:
    u = understand(doc)
    return extract_understood(u)


def extract_understood(u: Understanding) -> Extraction:
    """Records of an understood document, validated."""
    doc, facts = u.document, u.facts
    record = DocumentRecord(
        doc_id=doc.doc_id, source_path=doc.source_path, format=doc.format, doc_type=facts.doc_type,
        title=facts.title, year=facts.year, year_end=facts.year_end, issuer=facts.issuer,
        issuer_kind=facts.issuer_kind, uat=facts.uat, county=facts.county, siruta=facts.siruta, pages=doc.pages,
        n_tables=len(u.tables), warnings=list(doc.warnings) + list(facts.warnings),
        pipeline_version=PIPELINE_VERSION, encoding=doc.encoding,
        ingested_at=datetime.now(timezone.utc))  # when it was processed: set here, never on a later stage's record
    result = Extraction(document=record)
    readings: list[list[TotalRecord]] = []  # the totals each extractor read, for one_per_figure
    for table in u.tables:
        extractor = TABLE_EXTRACTORS.get(table.kind)
        if extractor is None:
            continue
        try:
            records, totals = extractor(table)
        except MemoryError:
            raise  # the worker reports the document as out of memory
        except Exception as exc:  # a defect reading one table costs that table's rows, not the document's
            record.warnings.append(f"extraction_stage_failed:{table.kind}:{table_location(table)}:{error_text(exc)}")
            continue
        getattr(result, DATASET_OF_KIND[table.kind]).extend(records)
        readings.append(list(totals))
    for text_extractor in _TEXT_STAGES:
        try:
            found = text_extractor(u)
        except MemoryError:
            raise
        except Exception as exc:  # the same for a stage reading the text (lists, stated totals, prose)
            stage = getattr(text_extractor, "__name__", "text")
            record.warnings.append(f"extraction_stage_failed:{stage}:{error_text(exc)}")
            continue
        for dataset, records in found.items():
            if dataset == "totals":
                readings.append(list(records))
            else:
                getattr(result, dataset).extend(records)
    result.totals = one_per_figure(*readings)
    record.warnings.extend(table_warnings(u, result))
    record.currency_unit_main = _main_unit(u, result)
    record.table_kinds = [table.kind or OTHER for table in u.tables]
    validated = validate(result)
    # what became of each table (the `tables` dataset, the documents' coverage): read off u and the records
    return replace(validated, tables=summarise_tables(u, validated))


def error_text(exc: Exception) -> str:
    """An error as a record stage's failure warning carries it (``extraction_stage_failed:<stage>[:<where>]:<error>``):
    its type and the start of its message, on one line — the rest of the document's rows are kept, and the loss is
    said and counted (the document is ``partial``), never silent."""
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:120]}"


def table_location(table: TableUnderstanding) -> str:
    """'p3/l12' (the page left out for input without pages): where a table starts."""
    page, line = table.table.page, table.table.line
    return "/".join(x for x in (f"p{page}" if page is not None else "", f"l{line}" if line is not None else "") if x)


def table_warnings(u: Understanding, result: Extraction) -> list[str]:
    """Document warnings about tables: a column whose header contradicts its content
    (``column_content_contradicts_header:<field>:<where>``), and a table holding service codes, CPV codes or money
    that yielded no record from any extractor (``table_not_understood:<where>``) — nothing dropped silently."""
    warnings: list[str] = []
    index = RecordIndex(result)
    for table in u.tables:
        where = table_location(table)
        warnings.extend(f"{w}:{where}" for w in table.warnings if w.startswith("column_content_contradicts_header"))
        if looks_like_data(table) and not table_records(table, result, index):
            warnings.append(f"table_not_understood:{where}")
    return warnings


def one_per_figure(*readings: list[TotalRecord]) -> list[TotalRecord]:
    """Each stated figure once, however many extractors or cells read it; the first reading wins (tables, then
    sections and stated totals, then prose: the more specific extractor first). The one place totals are
    de-duplicated. ``readings``: what each extractor read (one table's extractor, one text stage), in that order.

    A figure is known by where it is printed: its page, line and amount (a plan section's stated budget is also
    a sentence prose reads; a report-table row repeated by the sentence after it). One extractor's readings of
    the same amount on one line under different scopes are different figures, all kept: the sums of two columns
    of one TOTAL row that happen to be equal, '2 au fost parțial realizate, iar 2 nu au fost realizate'. A sum
    written as a sentence inside a table cell (``TotalRecord.in_cell``) is also known by its amount and unit
    alone, in the whole document: a merged cell repeats its sentence on every row it spans, and the project's
    budget restated in the next cell is the same figure. A total without an amount says nothing to compare and
    is always kept."""
    prior: set[tuple] = set()  # the figures earlier extractors read
    kept = []
    for group in readings:
        mine: set[tuple] = set()  # the figures this extractor read, under their scopes (and sums read in cells)
        read: set[tuple] = set()  # the figures this extractor read
        for total in group:
            if total.amount is None:
                kept.append(total)
                continue
            where = (total.page, total.line, total.amount.quantize(Decimal("0.01")))
            keys = {where} | ({("in_cell", total.amount, total.unit)} if total.in_cell else set())
            own = {(*where, total.scope)} | (keys - {where})
            if not keys & prior and not own & mine:
                kept.append(total)
            mine |= own
            read |= keys
        prior |= read
    return kept


def _main_unit(u: Understanding, result: Extraction) -> str | None:
    for table in u.tables:
        if table.kind in (SERVICES_EXISTING, SERVICES_PROPOSED):
            unit = services_unit(table)
            if unit:
                return unit
    if result.services or result.totals or result.procurements or result.subsidies:
        return "lei"
    return None
