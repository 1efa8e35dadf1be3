"""Institution ids on the rows, and the ``institutions`` dataset.

The registry (``normalizers.registry.InstitutionRegistry``, pure: it matches names, it reads no file) is
seeded from the bundled file and grown by every run into ``<out>/_institutions.csv``; both files are read and
written here, at the pipeline's edge. Ids are assigned in the process that writes (one registry, one order), so
two spellings of one institution seen in different documents get one id.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from normalizers.registry import FIELDS, InstitutionRegistry
from pipeline.durable import atomic_write_text
from pipeline.writers import PARTITION_KEY, is_document_file

REGISTRY_NAME = "_institutions.csv"
# the canonical institutions bundled with the pipeline (data/institutions_README.md says where they came from)
SEED_PATH = Path(__file__).parent / "data" / "institutions_seed.csv"


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a registry file; [] when there is no such file (a folder no run has grown yet)."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except FileNotFoundError:
        return []


def read_registry(seed: Path = SEED_PATH, extra: Path | None = None) -> InstitutionRegistry:
    """The registry of the bundled seed (or ``seed``), then of the run-grown file ``extra`` when it exists."""
    return InstitutionRegistry.from_rows(read_rows(seed), read_rows(extra) if extra is not None else [])


def load_registry(out: Path) -> InstitutionRegistry:
    """The registry an output folder's runs grew, over the bundled seed."""
    return read_registry(extra=out / REGISTRY_NAME)


def save_registry(registry: InstitutionRegistry, path: Path) -> None:
    """Write the registry as CSV, atomically and durably (the Parquet rows refer to its ids)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(FIELDS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(registry.to_rows())
    atomic_write_text(path, buf.getvalue())


def assign_ids(datasets: dict[str, list[dict[str, Any]]], registry: InstitutionRegistry) -> None:
    """Fill ``documents.issuer_id`` and ``partnerships.partner_id`` (in place) from the names on the rows."""
    doc = (datasets.get("documents") or [{}])[0]
    county, uat = doc.get("county"), doc.get("uat")
    if doc.get("issuer"):
        doc["issuer_id"] = _resolve(registry, doc["issuer"], county, uat)
    for row in datasets.get("partnerships") or []:
        if row.get("partner") and not row.get("partner_id"):
            row["partner_id"] = _resolve(registry, row["partner"], county, uat)


def _resolve(registry: InstitutionRegistry, name: str, county: str | None, uat: str | None) -> str | None:
    try:
        return registry.resolve(name, county=county, uat=uat).institution_id
    except ValueError:  # a name that cleans to nothing
        return None


def referenced_ids(out: Path) -> set[str]:
    """Ids that rows in the output folder point to (issuers and partners)."""
    ids: set[str] = set()
    for dataset, column in (("documents", "issuer_id"), ("partnerships", "partner_id")):
        for path in (out / dataset).glob(f"{PARTITION_KEY}=*/*.parquet"):
            if path.name.startswith("."):
                continue
            table = pq.read_table(path, columns=[column])
            ids.update(v for v in table.column(column).to_pylist() if v)
    return ids


def institution_rows(registry: InstitutionRegistry, ids: set[str]) -> list[dict[str, Any]]:
    """One row per institution seen in the datasets, with every spelling seen."""
    rows = []
    for inst in registry.institutions():
        if inst.institution_id in ids:
            rows.append({"institution_id": inst.institution_id, "name": inst.name, "kind": inst.kind,
                         "uat": inst.uat, "county": inst.county, "siruta": inst.siruta,
                         "aliases": sorted(set(inst.aliases))})
    return sorted(rows, key=lambda r: r["institution_id"])


def ids_in(datasets: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The institution ids one document's rows point to."""
    ids = {r.get("issuer_id") for r in datasets.get("documents") or []}
    ids |= {r.get("partner_id") for r in datasets.get("partnerships") or []}
    return sorted(i for i in ids if i)


class InstitutionFiles:
    """The registry and the ``institutions`` dataset, kept in step with the documents written.

    :meth:`documents_written` runs after a batch of documents' files and before their manifest entries: the
    registry (with the names these documents added) and the dataset (every institution a held document points to) are
    replaced atomically, so after a kill every held document's ids are in both; a document a kill interrupts
    is an orphan the next run redoes, resolving its names again to the same ids."""

    def __init__(self, out: Path, manifest):
        self.out = out
        self.manifest = manifest
        self.registry = load_registry(out)
        legacy = [d for d, e in manifest.entries.items() if e.institution_ids is None and e.status != "failed"]
        if legacy:  # entries written before ids were kept in the manifest: read them from the rows once
            by_doc = referenced_ids_by_doc(out)
            for doc_id in legacy:
                manifest.entries[doc_id].institution_ids = sorted(by_doc.get(doc_id, set()))

    def documents_written(self, docs: list[tuple[str, dict[str, list[dict[str, Any]]] | None]]) -> list[list[str]]:
        """The side files of a batch of documents whose files are written (:func:`pipeline.store.record_outcomes`):
        the registry and the dataset are written once for all of them. Returns each document's institution ids."""
        ids = [ids_in(datasets) if datasets else [] for _, datasets in docs]
        if any(ids):
            save_registry(self.registry, self.out / REGISTRY_NAME)
        self.write_dataset(extra=[i for doc_ids in ids for i in doc_ids])
        return ids

    def referenced(self) -> set[str]:
        return {i for e in self.manifest.entries.values() for i in (e.institution_ids or [])}

    def write_dataset(self, extra: list[str] = ()) -> None:
        from pipeline.writers import write_dataset_file

        write_dataset_file(self.out, "institutions", institution_rows(self.registry, self.referenced() | set(extra)))


def referenced_ids_by_doc(out: Path) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {}
    for dataset, column in (("documents", "issuer_id"), ("partnerships", "partner_id")):
        for path in (out / dataset).glob(f"{PARTITION_KEY}=*/*.parquet"):
            if not is_document_file(path):
                continue
            table = pq.read_table(path, columns=[column])
            ids.setdefault(path.stem, set()).update(v for v in table.column(column).to_pylist() if v)
    return ids
