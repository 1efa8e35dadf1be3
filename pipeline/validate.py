"""Validation: recompute stated totals from the extracted rows and flag what does not add up.

A stated total whose recomputed sum differs by more than one leu (or one unit for counts) gets
``matches = False`` and every row it covers gets a ``total_mismatch`` warning: this is how a user learns that a
row was missed or misread.

Validation reads the records the earlier stages produced and never changes them: :func:`validate` returns a new
:class:`Extraction` whose totals, flagged rows and document are new records (``dataclasses.replace``); every
record it did not need to change is shared with its input.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any

from extractors.records.base import DocumentRecord, Extraction, TotalRecord

TOLERANCE = Decimal("1.00")
MISMATCH = "total_mismatch"

# document warnings of a part of the file that could not be read (a page, deeply nested markup) or whose records
# could not be made (a record stage that failed: pipeline.extraction)
PARTLY_READ = ("page_failed", "markup_nesting_too_deep", "extraction_stage_failed", "package_truncated",
               "package_part_damaged", "zeroed_blocks_removed", "pictures_not_read")
# document types whose services tables must give records (a plan without any was not read right)
_NEEDS_SERVICES = ("plan_anual", "raport_plan_anual", "hotarare_aviz_plan")


@dataclass(frozen=True)
class TotalCheck:
    """A stated total recomputed: the sum of the rows it covers and whether it matches; ``rows`` are the records
    it covers (flagged when it does not match)."""

    computed: Decimal
    matches: bool
    rows: tuple[Any, ...]


def check_total(result: Extraction, total: TotalRecord) -> TotalCheck | None:
    """The recomputation of one stated total, or None when it names nothing to recompute it from."""
    if total.source_dataset is None or total.source_field is None or total.amount is None:
        return None
    rows = tuple(r for r in getattr(result, total.source_dataset)
                 if total.source_table is None or getattr(r, "table_seq", None) == total.source_table)
    values = [v for v in (getattr(r, total.source_field, None) for r in rows) if v is not None]
    if not values:
        return None
    computed = sum((Decimal(v) for v in values), Decimal(0))
    return TotalCheck(computed, abs(computed - total.amount) <= TOLERANCE, rows)


def recompute_totals(result: Extraction) -> Extraction:
    """``result`` with every checkable total's ``computed``/``matches`` filled, and ``total_mismatch`` on a total
    that does not add up and on every row it covers (new records; ``result`` is left as it was)."""
    totals: list[TotalRecord] = []
    flagged: set[int] = set()  # id() of the rows a mismatched total covers
    for total in result.totals:
        check = check_total(result, total)
        if check is None:
            totals.append(total)
            continue
        if check.matches:
            warnings = list(total.warnings)
        else:
            warnings = [*total.warnings, "total_mismatch"]
        totals.append(replace(total, computed=check.computed, matches=check.matches, warnings=warnings))
        if not check.matches:
            flagged.update(id(r) for r in check.rows)
    changes: dict[str, Any] = {"totals": totals}
    if flagged:
        for f in fields(result):
            rows = getattr(result, f.name)
            if f.name == "totals" or not isinstance(rows, list) or not any(id(r) in flagged for r in rows):
                continue
            changes[f.name] = [_flag(r) if id(r) in flagged else r for r in rows]
    return replace(result, **changes)


def _flag(row: Any) -> Any:
    return row if MISMATCH in row.warnings else replace(row, warnings=[*row.warnings, "total_mismatch"])


# what document_status below adds to a plan whose services tables gave nothing (it writes the literal code, which
# tests/test_docs_warnings.py reads there)
NO_SERVICES = "no_services_found"


def partial_reasons(warnings: list[str]) -> list[str]:
    """The codes of the document warnings that make a document partial (see :func:`document_status`), once each."""
    codes = (w.split(":", 1)[0] for w in warnings if w.startswith(PARTLY_READ) or w == NO_SERVICES)
    return list(dict.fromkeys(codes))


def document_status(result: Extraction) -> tuple[str, list[str]]:
    """(status, warnings to add to the document): ok, or partial when part of the file could not be read or the
    document is a plan whose services tables yielded nothing (``no_services_found``)."""
    doc = result.document
    if any(w.startswith(PARTLY_READ) for w in doc.warnings):
        return "partial", []
    if doc.doc_type in _NEEDS_SERVICES and not result.services:
        warnings = ["no_services_found"]
        return "partial", warnings
    return "ok", []


def validate(result: Extraction) -> Extraction:
    """A new extraction: the stated totals recomputed, the document's status set and the mismatches counted on
    the document (``total_mismatch:<n>``). ``result`` itself is not changed."""
    checked = recompute_totals(result)
    status, warnings = document_status(checked)
    mismatches = sum(1 for t in checked.totals if t.matches is False)
    if mismatches:
        warnings.append(f"total_mismatch:{mismatches}")
    document: DocumentRecord = replace(checked.document, status=status,
                                       warnings=[*checked.document.warnings, *warnings])
    return replace(checked, document=document)
