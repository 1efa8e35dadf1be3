"""Validation: recompute stated totals from the extracted rows and flag what does not add up.

A stated total whose recomputed sum differs by more than one leu (or one unit for counts) gets
``matches = False`` and every row it covers gets a ``total_mismatch`` warning: this is how a user learns that a
row was missed or misread.
"""
from __future__ import annotations

from decimal import Decimal

from extractors.records.base import Extraction

TOLERANCE = Decimal("1.00")


def recompute_totals(result: Extraction) -> None:
    for total in result.totals:
        if total.source_dataset is None or total.source_field is None or total.amount is None:
            continue
        rows = [r for r in getattr(result, total.source_dataset)
                if total.source_table is None or getattr(r, "table_seq", None) == total.source_table]
        values = [getattr(r, total.source_field, None) for r in rows]
        values = [v for v in values if v is not None]
        if not values:
            continue
        computed = sum((Decimal(v) for v in values), Decimal(0))
        total.computed = computed
        total.matches = abs(computed - total.amount) <= TOLERANCE
        if not total.matches:
            total.warnings.append("total_mismatch")
            for r in rows:
                if "total_mismatch" not in r.warnings:
                    r.warnings.append("total_mismatch")


# document warnings of a reader that could not read part of the file (a page, deeply nested markup)
PARTLY_READ = ("page_failed", "markup_nesting_too_deep")


def document_status(result: Extraction) -> str:
    """ok, or partial when part of the file could not be read or the document is a plan whose services tables
    yielded nothing."""
    doc = result.document
    if any(w.startswith(PARTLY_READ) for w in doc.warnings):
        return "partial"
    if doc.doc_type in ("plan_anual", "raport_plan_anual", "hotarare_aviz_plan") and not result.services:
        doc.warnings.append("no_services_found")
        return "partial"
    return "ok"


def validate(result: Extraction) -> None:
    """Recompute the stated totals, set the document's status and count the mismatches (on ``result``, the one
    object this stage completes)."""
    recompute_totals(result)
    result.document.status = document_status(result)
    mismatches = sum(1 for t in result.totals if t.matches is False)
    if mismatches:
        result.document.warnings.append(f"total_mismatch:{mismatches}")
