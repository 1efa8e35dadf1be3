"""Copies of one publication (the same plan as PDF, DOCX and TXT): found, one kept, the others marked.

Two documents are copies of one publication when they have the same issuer, document type and years
(:func:`pipeline.store.publication_key`) and near-identical rows: the multisets of their rows' key figures
(a service's code, capacity and budget; a procurement's CPV code and value; a partner and date; a stated
total's amount…) overlap: at least :attr:`DuplicateSettings.min_overlap` of the smaller document's keys are
in the larger one (a poorer reading of the same file finds part of the rows), of the larger one's when the
smaller has fewer than :attr:`DuplicateSettings.min_rows_for_part`. Within a group
the kept original is the document in the preferred format (``--prefer pdf|docx|txt``) or, by default, the one
with the best coverage (most rows; then fewest row warnings; then a fixed format order; then doc_id). Each copy's
``documents.duplicate_of`` holds the kept original's doc_id (null for the original and for every document that
has no copy), and the example queries count a publication once by keeping ``duplicate_of is null``.

The marks depend on every document in the output folder, so they are recomputed at the end of each run for
the publications whose documents were added, re-read or dropped: the manifest notes each such publication
(``settings.pending_publications``) in the same save as the document's entry, so a run killed before the
update leaves the note to the next run; the update itself raises ``settings.duplicates_dirty`` while it
rewrites rows (a kill then makes the next run check every row), and a new preference redoes every group.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Iterable

from pipeline.manifest import Entry, Manifest

# Arrow and the writers are imported where they are used: the CLI imports this module (PREFER_CHOICES) for every
# verb, and `pipeline run` starts its worker processes before it loads Arrow (see pipeline.pool).

PREFER_CHOICES = ("coverage", "pdf", "docx", "txt")
# formats a --prefer choice stands for
PREFER_FORMATS = {"pdf": {"pdf", "pdf_ocr"}, "docx": {"docx", "odt"}, "txt": {"txt", "md", "html"}}
# the order among equally covered copies: the richest source first (a text layer beats OCR)
FORMAT_ORDER = ["docx", "odt", "pdf", "html", "md", "txt", "pdf_ocr"]

# the figures that identify a row, per dataset
ROW_KEYS = {
    "services": ("service_code", "service_name", "capacity", "budget_total_lei"),
    "procurements": ("cpv_code", "estimated_value_lei"),
    "subsidies": ("service_code", "amount_lei"),
    "trainings": ("staff_category", "persons", "budget_lei"),
    "activities": ("activity",),
    "partnerships": ("partner_id", "date_signed"),
    "totals": ("scope", "amount"),
    "indicators": ("indicator", "value", "year"),
}


@dataclass(frozen=True)
class DuplicateSettings:
    # share of the smaller document's row keys the larger must hold: copies of one publication read by two
    # readers differ in a few rows (a cell OCR misread, a row a layout split, a table a poorer reader missed,
    # so one copy's rows are mostly a part of the other's); two editions of a plan differ in many
    min_overlap: float = 0.8
    # below this many row keys, a part says little: the smaller must then match the larger as a whole
    min_rows_for_part: int = 5


def _norm(v: Any) -> str:
    return " ".join(str(v).lower().split()) if v is not None else ""


def row_keys(out: Path, doc_id: str) -> Counter:
    return _read_rows(out, doc_id)[0]


def _read_rows(out: Path, doc_id: str) -> tuple[Counter, int]:
    """A document's row keys (the multiset of :data:`ROW_KEYS` figures of its rows) and the number of warnings on
    those rows, from one read of each of its files, of those columns only."""
    import pyarrow.parquet as pq

    from pipeline.writers import PARTITION_KEY

    keys: Counter = Counter()
    warnings = 0
    for dataset, columns in ROW_KEYS.items():
        for path in (out / dataset).glob(f"{PARTITION_KEY}=*/{doc_id}.parquet"):
            file = pq.ParquetFile(path)
            names = file.schema_arrow.names
            present = [c for c in columns if c in names]
            table = file.read(columns=[*present, "warnings"] if "warnings" not in present else present)
            for row in table.select(present).to_pylist():
                keys[(dataset, *(_norm(row[c]) for c in present))] += 1
            warnings += sum(len(w or []) for w in table.column("warnings").to_pylist())
    return keys, warnings


def overlap(a: Counter, b: Counter, settings: "DuplicateSettings" = None) -> float:
    """Shared row keys over the smaller document's (over the larger's when the smaller is tiny)."""
    settings = settings or DuplicateSettings()
    small, large = sorted((sum(a.values()), sum(b.values())))
    if large == 0:
        return 1.0
    shared = sum((a & b).values())
    return shared / (small if small >= settings.min_rows_for_part else large)


def _rank(entry: Entry, prefer: str, warnings: int) -> tuple:
    preferred = prefer in PREFER_FORMATS and (entry.format or "") in PREFER_FORMATS[prefer]
    fmt = FORMAT_ORDER.index(entry.format) if entry.format in FORMAT_ORDER else len(FORMAT_ORDER)
    rows = sum(n for k, n in (entry.rows or {}).items() if k != "documents")
    return (not preferred, -rows, warnings, fmt, entry.doc_id)


def mark(out: Path, manifest: Manifest, members: Iterable[str], prefer: str = "coverage",
         settings: DuplicateSettings = DuplicateSettings()) -> dict[str, str | None]:
    """duplicate_of for each of ``members`` (doc_ids sharing one publication key)."""
    entries = [manifest.entries[d] for d in members]
    read = {e.doc_id: _read_rows(out, e.doc_id) for e in entries}
    keys = {d: k for d, (k, _) in read.items()}
    warned = {d: n for d, (_, n) in read.items()}
    ranked = sorted(entries, key=lambda e: _rank(e, prefer, warned[e.doc_id]))
    kept: list[str] = []
    result: dict[str, str | None] = {}
    for e in ranked:
        original = next((k for k in kept if overlap(keys[k], keys[e.doc_id], settings) >= settings.min_overlap), None)
        result[e.doc_id] = original
        if original is None:
            kept.append(e.doc_id)
    return result


def groups(manifest: Manifest) -> dict[tuple, list[str]]:
    by_key: dict[tuple, list[str]] = {}
    for doc_id, e in manifest.entries.items():
        if e.publication:
            by_key.setdefault(tuple(e.publication), []).append(doc_id)
    return by_key


def update(out: Path, manifest: Manifest, prefer: str | None = None, save: bool = True) -> int:
    """Recompute the marks for the publications whose documents changed since the last update (the manifest's
    ``pending_publications``; all of them after an interrupted update or with a new preference) and write the
    rows whose mark changed. Returns how many documents in the folder are copies. ``save=False``: the manifest's
    last save is left to the caller, which saves it next (a kill before that save leaves the update marked as
    interrupted or pending, and the next run does it again)."""
    from pipeline.store import rewrite_documents_row
    from pipeline.writers import in_parallel, sync_dirs

    prefer = prefer or manifest.settings.get("prefer") or "coverage"
    touched: set[tuple] | None = {tuple(k) for k in manifest.settings.get("pending_publications", [])}
    if prefer != manifest.settings.get("prefer", "coverage") or manifest.settings.get("duplicates_dirty"):
        touched = None
    by_key = groups(manifest)
    desired: dict[str, str | None] = {d: None for d, e in manifest.entries.items() if not e.publication}
    for key, members in by_key.items():
        if touched is not None and key not in touched:
            desired.update({d: manifest.entries[d].duplicate_of for d in members})
        elif len(members) == 1:
            desired[members[0]] = None
        else:
            desired.update(mark(out, manifest, sorted(members), prefer))
    changed = {d: v for d, v in desired.items() if manifest.entries[d].duplicate_of != v}
    recheck = touched is None  # after an interruption a row may hold a mark the manifest does not
    if changed or recheck or prefer != manifest.settings.get("prefer", "coverage"):
        manifest.settings["duplicates_dirty"] = True
        manifest.save()
        rewrite = [(doc_id, value) for doc_id, value in desired.items()
                   if doc_id in changed or (recheck and _row_mark(out, doc_id) != value)]
        dirs: set[Path] = set()  # the rows are rewritten at the same time, their folders fsynced once
        in_parallel([partial(rewrite_documents_row, out, doc_id, duplicate_of=value, dirs=dirs)
                     for doc_id, value in rewrite])
        sync_dirs(dirs)
        for doc_id, value in rewrite:
            manifest.entries[doc_id].duplicate_of = value
        manifest.settings["prefer"] = prefer
        manifest.settings.pop("duplicates_dirty", None)
        manifest.settings.pop("pending_publications", None)
        if save:
            manifest.save()
    elif manifest.settings.get("prefer") != prefer or "pending_publications" in manifest.settings:
        manifest.settings["prefer"] = prefer
        manifest.settings.pop("pending_publications", None)
        if save:
            manifest.save()
    return sum(1 for v in desired.values() if v)


def copies_of(manifest: Manifest, outcomes: Iterable[Any]) -> dict[str, str]:
    """Source path of each of these documents that is a copy of another publication's file -> the kept
    original's source path (what a run's summary names, so that it can say which files are one publication)."""
    found = {}
    for o in outcomes:
        entry = manifest.entries.get(o.doc_id)
        original = manifest.entries.get(entry.duplicate_of) if entry is not None and entry.duplicate_of else None
        if original is not None:
            found[o.source_path] = original.source_path
    return found


def _row_mark(out: Path, doc_id: str) -> str | None | object:
    import pyarrow.parquet as pq

    from pipeline.store import documents_file

    path = documents_file(out, doc_id)
    if path is None:
        return None
    table = pq.read_table(path)
    if "duplicate_of" not in table.column_names:
        return object()  # a row of an older version: rewrite it
    values = table.column("duplicate_of").to_pylist()
    return values[0] if values else None
