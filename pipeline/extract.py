"""One document, end to end in memory: read → tables → classify → records → normalise → validate.

No file is written here; :mod:`pipeline.run` takes the :class:`Extraction` and writes it.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from extractors.classify import SERVICES_EXISTING, SERVICES_PROPOSED, classify_document, classify_tables
from extractors.model import Document
from extractors.readers import read_document
from extractors.records import DATASET_OF_KIND, TABLE_EXTRACTORS, TEXT_EXTRACTORS
from extractors.records.base import DocumentRecord, Extraction, TotalRecord
from extractors.records.services import services_unit
from extractors.tables import resolve_tables
from normalizers.institutions import canonical_issuer
from normalizers.places import find_place
from pipeline.schema import PIPELINE_VERSION
from pipeline.validate import validate


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract_file(path: Path, source_path: str, doc_id: str | None = None) -> Extraction:
    doc_id = doc_id or sha256_file(path)
    doc = read_document(path, doc_id, source_path)
    return extract_document(doc)


def extract_document(doc: Document) -> Extraction:
    tables = resolve_tables(doc.blocks)
    classify_tables(doc, tables)
    facts = classify_document(doc)
    opening = doc.plain_text(limit=8000)
    place = find_place(opening)
    issuer = canonical_issuer(opening, place)
    record = DocumentRecord(
        doc_id=doc.doc_id, source_path=doc.source_path, format=doc.format, doc_type=facts.doc_type,
        title=facts.title, year=facts.year, year_end=facts.year_end,
        issuer=issuer[0] if issuer else None, issuer_kind=issuer[1] if issuer else None,
        uat=place.uat if place else None, county=place.county if place else None,
        siruta=place.siruta if place else None, pages=doc.pages, n_tables=len(tables),
        warnings=list(doc.warnings) + facts.warnings, pipeline_version=PIPELINE_VERSION, encoding=doc.encoding)
    result = Extraction(document=record)
    for rt in tables:
        extractor = TABLE_EXTRACTORS.get(rt.kind or "")
        if extractor is None:
            continue
        records, totals = extractor(rt)
        getattr(result, DATASET_OF_KIND[rt.kind]).extend(records)
        result.totals.extend(totals)
    for text_extractor in TEXT_EXTRACTORS:
        for dataset, records in text_extractor(doc, tables).items():
            getattr(result, dataset).extend(records)
    result.totals = _one_per_figure(result.totals)
    record.currency_unit_main = _main_unit(tables, result)
    record.table_kinds = [rt.kind or "other" for rt in tables]
    validate(result, tables)
    return result


def _one_per_figure(totals: list[TotalRecord]) -> list[TotalRecord]:
    """A figure read by two extractors (a plan section's stated budget is also a sentence) is kept once: the
    first reading, from the more specific extractor (tables, then sections, then prose), wins."""
    seen: set[tuple] = set()
    kept = []
    for total in totals:
        key = (total.page, total.line, None if total.amount is None else total.amount.quantize(Decimal("0.01")))
        if total.amount is None or key not in seen:
            seen.add(key)
            kept.append(total)
    return kept


def _main_unit(tables, result: Extraction) -> str | None:
    for rt in tables:
        if rt.kind in (SERVICES_EXISTING, SERVICES_PROPOSED):
            unit = services_unit(rt)
            if unit:
                return unit
    if result.services or result.totals or result.procurements or result.subsidies:
        return "lei"
    return None
