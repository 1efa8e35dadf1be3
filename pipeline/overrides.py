"""Reviewers' corrections that survive reruns: a versioned YAML file applied to every run's rows.

An override names its target by what does not change when a document is processed again — the document
(``doc_id``, the sha256 of its bytes) and the row's provenance (``page``, ``line``, ``table_seq``) plus a
field such as ``row_no_raw`` or ``service_name`` when provenance alone is not unique — never by row order.
Three kinds of target (docs/review.md shows each)::

    version: 1
    overrides:
      - id: s2-2022-telverde-code          # optional; a stable name makes reports easier to read
        doc_id: fed41b3bc648...            # full sha256, or a unique prefix of at least 12 hex digits
        dataset: services                  # any per-document dataset
        where: {table_seq: 1, line: 242, row_no_raw: "30."}
        set: {service_code: "8899 CZ-PN-V"}
        reason: code printed with a typo; checked against the nomenclator
      - doc_id: fed41b3bc648...
        dataset: tables                    # a table's kind (documents.table_kinds[table_seq - 1])
        where: {table_seq: 4}
        set: {kind: subsidies}
      - doc_id: fed41b3bc648...
        dataset: documents                 # the document row: issuer, uat, year, doc_type ...
        set: {issuer: "Direcția Generală de Asistență Socială și Protecția Copilului Sector 2"}

``where`` is compared with the values *as extracted* (before any override), so an override keeps matching on
every rerun of the same bytes. A matched row gets the new values, coerced to the contract's column types, and
``corrected:<field>`` in its ``warnings``. Derived columns follow: a corrected ``service_code`` refills
``caen``/``setting``/``beneficiary_group`` from the nomenclator (unless set too) and replaces ``code_status`` and
the warnings about the printed code (``repaired``, or ``unknown`` + ``code_not_in_nomenclator``), a corrected
budget source
recomputes ``budget_total_lei`` (unless set too), a corrected table kind relabels ``section`` of that table's
service rows. Stated totals keep the check made on the values as extracted (``computed``/``matches``): a
correction does not re-run it. An override that matches no row (the file changed, so its doc_id did; or the extractor now reads
the table differently) or more than one row (add a field to ``where``; or say ``many: true``) is not applied
and is reported by :func:`unmatched`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import yaml

from pipeline.schema import PER_DOCUMENT, SCHEMAS

FORMAT_VERSION = 1
TABLES = "tables"  # pseudo-dataset: a table's kind
TABLE_KINDS = ("services_existing", "services_proposed", "procurement", "subsidies", "trainings", "activities",
               "partnerships", "indicators", "other")
_SECTION_OF_KIND = {"services_existing": "existing", "services_proposed": "proposed"}
_BUDGET_SOURCES = ("budget_local_lei", "budget_county_lei", "budget_state_lei", "budget_beneficiaries_lei",
                   "budget_other_lei")
_PROVENANCE = ("page", "line", "table_seq")
# columns an override may not set: identity and the review trail itself
_FROZEN = {"doc_id", "warnings", "ingested_at", "pipeline_version"}


class OverridesError(ValueError):
    """The overrides file cannot be used as written (the message names the entry and the problem)."""


@dataclass
class Override:
    id: str
    doc_id: str
    dataset: str
    where: dict[str, Any]
    set: dict[str, Any]
    many: bool = False
    reason: str | None = None
    by: str | None = None
    index: int = 0  # position in the file (1-based), for messages

    def describe(self) -> str:
        where = ", ".join(f"{k}={v!r}" for k, v in self.where.items()) or "the document row"
        fields = ", ".join(self.set)
        return f"{self.id}: {self.dataset} of {self.doc_id[:12]} where {where} → set {fields}"


@dataclass
class Overrides:
    items: list[Override] = field(default_factory=list)
    path: Path | None = None
    # why an override was not applied in the last documents seen (id -> "matched no row" / "matched 3 rows")
    notes: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.items)

    def for_doc(self, doc_id: str) -> list[Override]:
        return [o for o in self.items if doc_id.startswith(o.doc_id)]


@dataclass
class Unmatched:
    override: Override
    why: str

    def __str__(self) -> str:
        return f"{self.override.describe()} — {self.why}"


def load_overrides(path: str | Path | None) -> Overrides:
    """Read and check an overrides file. A missing path (or None) means no overrides; a malformed file raises
    :class:`OverridesError` before any document is processed."""
    if path is None:
        return Overrides()
    path = Path(path)
    if not path.exists():
        return Overrides(path=path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise OverridesError(f"{path}: not valid YAML: {exc}") from None
    return parse_overrides(data, path)


def parse_overrides(data: Any, path: Path | None = None) -> Overrides:
    where_from = str(path) if path else "overrides"
    if data is None:
        return Overrides(path=path)
    if isinstance(data, list):
        data = {"overrides": data}
    if not isinstance(data, dict):
        raise OverridesError(f"{where_from}: expected a mapping with an `overrides` list")
    version = data.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise OverridesError(f"{where_from}: format version {version!r} not understood (expected {FORMAT_VERSION})")
    items: list[Override] = []
    seen: set[str] = set()
    for i, raw in enumerate(data.get("overrides") or [], start=1):
        ov = _parse_one(raw, i, where_from)
        if ov.id in seen:
            raise OverridesError(f"{where_from}: entry {i}: id {ov.id!r} used twice")
        seen.add(ov.id)
        items.append(ov)
    return Overrides(items=items, path=path)


def _parse_one(raw: Any, i: int, where_from: str) -> Override:
    def fail(msg: str) -> OverridesError:
        return OverridesError(f"{where_from}: entry {i}{' (' + str(raw.get('id')) + ')' if isinstance(raw, dict) and raw.get('id') else ''}: {msg}")

    if not isinstance(raw, dict):
        raise fail("expected a mapping")
    unknown = set(raw) - {"id", "doc_id", "dataset", "where", "set", "many", "reason", "by"}
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}")
    doc_id = str(raw.get("doc_id") or "").strip().lower()
    if len(doc_id) < 12 or any(c not in "0123456789abcdef" for c in doc_id):
        raise fail("doc_id must be the document's sha256 (or a prefix of at least 12 hex digits)")
    dataset = raw.get("dataset") or "documents"
    if dataset != TABLES and dataset not in PER_DOCUMENT:
        raise fail(f"dataset {dataset!r} is not one of {', '.join(PER_DOCUMENT + [TABLES])}")
    where = raw.get("where") or {}
    sets = raw.get("set") or {}
    if not isinstance(where, dict) or not isinstance(sets, dict):
        raise fail("`where` and `set` must be mappings")
    if not sets:
        raise fail("`set` is empty: nothing to correct")
    if dataset == TABLES:
        if set(where) != {"table_seq"} or not isinstance(where["table_seq"], int):
            raise fail("a table override needs `where: {table_seq: N}` and nothing else")
        if set(sets) != {"kind"} or sets["kind"] not in TABLE_KINDS:
            raise fail(f"a table override sets `kind` to one of {', '.join(TABLE_KINDS)}")
    else:
        columns = set(SCHEMAS[dataset].names)
        bad = [k for k in where if k not in columns]
        if bad:
            raise fail(f"`where` names columns {bad} that {dataset} does not have")
        bad = [k for k in sets if k not in columns or k in _FROZEN]
        if bad:
            raise fail(f"`set` names columns {bad} that cannot be set in {dataset}")
        if dataset != "documents" and not any(k in where for k in _PROVENANCE):
            raise fail("`where` must hold the row's provenance (page, line and/or table_seq)")
        for k, v in sets.items():
            try:
                _coerce(SCHEMAS[dataset].field(k).type, v)
            except (ValueError, TypeError, InvalidOperation) as exc:
                raise fail(f"value {v!r} for {k}: {exc or 'wrong type'}") from None
    oid = raw.get("id")
    if oid is None:
        key = f"{doc_id}|{dataset}|{sorted(where.items(), key=str)}|{sorted(sets)}"
        oid = f"{doc_id[:12]}-{dataset}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"
    return Override(id=str(oid), doc_id=doc_id, dataset=dataset, where=dict(where), set=dict(sets),
                    many=bool(raw.get("many", False)), reason=raw.get("reason"), by=raw.get("by"), index=i)


def _coerce(t: pa.DataType, v: Any) -> Any:
    if v is None:
        return None
    if pa.types.is_decimal(t):
        if isinstance(v, bool):
            raise TypeError("a number is expected")
        return Decimal(str(v)).quantize(Decimal("0.01"))
    if pa.types.is_integer(t):
        if isinstance(v, bool) or (isinstance(v, float) and not v.is_integer()):
            raise TypeError("an integer is expected")
        return int(v)
    if pa.types.is_floating(t):
        return float(v)
    if pa.types.is_boolean(t):
        if not isinstance(v, bool):
            raise TypeError("true or false is expected")
        return v
    if pa.types.is_date(t):
        return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))
    if pa.types.is_list(t):
        if not isinstance(v, list):
            raise TypeError("a list is expected")
        return [str(x) for x in v]
    if pa.types.is_string(t):
        return str(v)
    return v


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        try:
            return Decimal(str(a)) == Decimal(str(b))
        except InvalidOperation:
            return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return str(a) == str(b) if isinstance(a, str) or isinstance(b, str) else a == b


def _matches(row: dict[str, Any], where: dict[str, Any]) -> bool:
    return all(_same(row.get(k), v) for k, v in where.items())


def _mark(row: dict[str, Any], fields: Iterable[str]) -> None:
    warnings = list(row.get("warnings") or [])
    for f in fields:
        tag = f"corrected:{f}"
        if tag not in warnings:
            warnings.append(tag)
    row["warnings"] = warnings


def apply_overrides(doc_id: str, datasets: dict[str, list[dict]] | None, overrides: Overrides | None) -> list[str]:
    """Apply every override for ``doc_id`` to its freshly extracted rows (mutated in place). Returns the ids
    of the overrides applied; the others are noted in ``overrides.notes`` for :func:`unmatched`."""
    if not overrides or not datasets:
        return []
    mine = overrides.for_doc(doc_id)
    if not mine:
        return []
    applied: list[str] = []
    # match everything against the rows as extracted, then apply: overrides do not chain
    plan: list[tuple[Override, list[dict]]] = []
    for ov in mine:
        if ov.dataset == TABLES:
            docs = datasets.get("documents") or []
            kinds = (docs[0].get("table_kinds") or []) if docs else []
            seq = ov.where["table_seq"]
            targets = docs[:1] if 1 <= seq <= len(kinds) else []
            if not targets:
                overrides.notes[ov.id] = f"the document has {len(kinds)} tables, no table {seq}"
                continue
        else:
            targets = [r for r in datasets.get(ov.dataset) or [] if _matches(r, ov.where)]
            if not targets:
                overrides.notes[ov.id] = "matched no row"
                continue
            if len(targets) > 1 and not ov.many:
                overrides.notes[ov.id] = (f"matched {len(targets)} rows; add a field to `where` "
                                          "(row_no_raw, service_name …) or set `many: true`")
                continue
        plan.append((ov, targets))
    for ov, targets in plan:
        if ov.dataset == TABLES:
            _apply_table_kind(datasets, ov.where["table_seq"], ov.set["kind"])
        else:
            schema = SCHEMAS[ov.dataset]
            for row in targets:
                values = {k: _coerce(schema.field(k).type, v) for k, v in ov.set.items()}
                row.update(values)
                _mark(row, values)
                _derive(ov.dataset, row, set(values))
        overrides.notes.pop(ov.id, None)
        applied.append(ov.id)
    return applied


def _apply_table_kind(datasets: dict[str, list[dict]], seq: int, kind: str) -> None:
    doc = datasets["documents"][0]
    kinds = list(doc.get("table_kinds") or [])
    kinds[seq - 1] = kind
    doc["table_kinds"] = kinds
    _mark(doc, ["table_kind"])
    for row in datasets.get("tables") or []:  # the tables dataset says the corrected kind too
        if row.get("table_seq") == seq:
            row["kind"] = kind
    section = _SECTION_OF_KIND.get(kind)
    if section:
        for row in datasets.get("services") or []:
            if row.get("table_seq") == seq and row.get("section") != section:
                row["section"] = section
                _mark(row, ["section"])


_PRINTED_CODE_WARNINGS = {"code_not_in_nomenclator", "caen_mismatch", "code_unparsed", "code_ocr_repaired",
                          "code_alias", "code_repealed", "multiple_codes", "code_found_in_name"}


def _derive(dataset: str, row: dict[str, Any], changed: set[str]) -> None:
    if dataset != "services":
        return
    if "service_code" in changed and row.get("service_code"):
        from normalizers.codes import nomenclator

        entry = nomenclator().get(row["service_code"])
        if entry is not None:
            for col, value in (("caen", entry.caen), ("setting", entry.setting),
                               ("beneficiary_group", entry.beneficiary_group_ro)):
                if col not in changed:
                    row[col] = value
        # the status and warnings about the printed code no longer describe the corrected one
        if "code_status" not in changed:
            row["code_status"] = "repaired" if entry is not None else "unknown"
        kept = [w for w in row.get("warnings") or [] if w not in _PRINTED_CODE_WARNINGS]
        if entry is None:
            kept.append("code_not_in_nomenclator")
        elif entry.status == "repealed":
            kept.append("code_repealed")
        row["warnings"] = kept
    if changed & set(_BUDGET_SOURCES) and "budget_total_lei" not in changed:
        parts = [row.get(c) for c in _BUDGET_SOURCES if row.get(c) is not None]
        row["budget_total_lei"] = sum(parts, Decimal("0.00")) if parts else None


def unmatched(overrides: Overrides | None, applied_ids: Iterable[str], doc_ids: Iterable[str] | None = None
              ) -> list[Unmatched]:
    """Overrides that were not applied. ``applied_ids``: every id :func:`apply_overrides` returned in the run.
    ``doc_ids``: when given (e.g. the documents the run processed), only overrides of those documents are
    judged — an override of a document the run skipped as unchanged was simply not tried; without it every
    override not applied is reported (use after processing the whole corpus, e.g. with --force)."""
    if not overrides:
        return []
    done = set(applied_ids)
    docs = list(doc_ids) if doc_ids is not None else None
    out = []
    for ov in overrides.items:
        if ov.id in done:
            continue
        if docs is not None and not any(d.startswith(ov.doc_id) for d in docs):
            continue
        why = overrides.notes.get(ov.id, "no document with this doc_id was processed")
        out.append(Unmatched(ov, why))
    return out


def fingerprint(overrides: Overrides | None, doc_id: str) -> str | None:
    """A short hash of the overrides that concern ``doc_id`` (None when there are none). Store it with the
    document's manifest entry: when it differs on the next run, the document needs processing again even
    though its bytes did not change (a reviewer added or edited a correction)."""
    mine = overrides.for_doc(doc_id) if overrides else []
    if not mine:
        return None
    text = yaml.safe_dump([{"id": o.id, "dataset": o.dataset, "where": o.where, "set": o.set, "many": o.many}
                           for o in mine], sort_keys=True, allow_unicode=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
