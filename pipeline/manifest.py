"""The manifest: what the output folder holds, keyed by doc_id (sha256 of the file's bytes).

Stored as ``<out>/_manifest.json`` and rewritten atomically (temporary file + fsync + rename) after each
document, so an interrupted run leaves a manifest that describes exactly the documents whose files are
complete. An entry is written only after the document's files are in place, and removed *before* its files
are replaced or deleted; files whose doc_id has no entry are therefore orphans of a killed run, which the next
run removes and redoes (:func:`pipeline.writers.clean_leftovers`).

A failed document keeps its entry (status ``failed``, ``reason``, ``message``): it is quarantined, i.e. not
retried by later runs unless its bytes change (a new doc_id) or ``--retry-failed`` is given.

Identity: a document is its content (the doc_id) *and* the places it was found: ``locations`` lists every
absolute location (``uri``, with the ``path`` relative to the input it was found under) where these bytes were
seen, so the same bytes under several names are one document with several locations, and two different files
with the same relative name under two inputs are two documents. A location belongs to one document at a time:
when a file changes, the new content takes its location over and the old document, left without a location,
is replaced. An input that was not read — a broken symbolic link, a loop, an unsupported format, a file that
cannot be opened — has no content hash: it is recorded under ``loc-<sha256 of its location>``
(:func:`location_id`).
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path

from pipeline.durable import atomic_write_text

MANIFEST_NAME = "_manifest.json"
LEGACY_UNREADABLE_PREFIX = "unreadable:"  # 0.1: pseudo ids of unreadable files, without a documents row
LOCATION_ID_PREFIX = "loc-"


def location_id(uri: str) -> str:
    """The doc_id of an input that was not read (no bytes to hash): derived from its location."""
    return LOCATION_ID_PREFIX + hashlib.sha256(uri.encode("utf-8")).hexdigest()


@dataclass
class Entry:
    doc_id: str
    source_path: str
    status: str  # ok | partial | failed | skipped
    year: int | None = None
    reason: str | None = None  # failure reason code (e.g. timeout, corrupt_pdf)
    message: str | None = None
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float | None = None
    processed_at: str = ""
    size: int | None = None
    # the reviewers' overrides for this document when it was processed: a new or changed override makes an
    # unchanged document due again
    overrides_fp: str | None = None
    # every place these bytes were found: [{"uri": absolute location, "path": relative to its input}], sorted
    locations: list[dict] = field(default_factory=list)
    format: str | None = None
    # what makes two documents the same publication (issuer, doc_type, year, year_end), when all are known
    publication: list | None = None
    duplicate_of: str | None = None  # the kept original, for a copy of the same publication
    institution_ids: list[str] | None = None  # issuers and partners its rows point to

    @property
    def uris(self) -> list[str]:
        return [loc["uri"] for loc in self.locations]


_ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


def _fields(entry: Entry) -> dict:
    """An entry's fields for JSON: its own values, not the deep copy ``asdict`` makes (the same bytes are written;
    the whole manifest is written at every batch, so this is paid per entry per batch)."""
    return {name: getattr(entry, name) for name in _ENTRY_FIELDS}


@dataclass
class Manifest:
    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    runs: list[dict] = field(default_factory=list)
    recovered_from: str | None = None  # set when an unreadable manifest was moved aside
    # run-wide settings that later runs keep (e.g. the preferred format among copies of a publication)
    settings: dict = field(default_factory=dict)

    @classmethod
    def load(cls, out: Path, repair: bool = True) -> "Manifest":
        """Read ``<out>/_manifest.json``. A manifest that cannot be parsed (damaged by hand or by a disk
        fault; our own writes are atomic) is moved aside to ``_manifest.json.corrupt-<time>`` and an empty one
        is returned: every file in the datasets then counts as an orphan and is redone, which is safe.
        With ``repair=False`` (read-only callers) a damaged manifest raises ``ValueError`` instead."""
        path = out / MANIFEST_NAME
        if not path.exists():
            return cls(path=path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known = {f.name for f in fields(Entry)}
            entries = {k: Entry(**{f: x for f, x in v.items() if f in known}) for k, v in data.get("documents", {}).items()
                       if not k.startswith(LEGACY_UNREADABLE_PREFIX)}  # 0.1 kept no files for them: redone
            runs = list(data.get("runs", []))
            settings = dict(data.get("settings", {}))
        except (ValueError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            if not repair:
                raise ValueError(f"{path} cannot be read: {exc}") from exc
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
            os.replace(path, aside)
            return cls(path=path, recovered_from=f"{aside.name}: {exc}")
        return cls(path=path, entries=entries, runs=runs, settings=settings)

    def save(self) -> None:
        data = {"documents": {k: _fields(v) for k, v in sorted(self.entries.items())}, "runs": self.runs[-50:],
                "settings": self.settings}
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1))

    def put(self, entry: Entry) -> None:
        entry.processed_at = entry.processed_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.entries[entry.doc_id] = entry

    def touch_publication(self, entry: Entry | None) -> None:
        """Note that the copies of ``entry``'s publication must be worked out again (saved with the next
        save, so a run stopped before doing it leaves the note for the next run)."""
        if entry is not None and entry.publication:
            pending = self.settings.setdefault("pending_publications", [])
            if list(entry.publication) not in pending:
                pending.append(list(entry.publication))

    def owner_of(self) -> dict[str, str]:
        """location uri -> the doc_id found there."""
        return {uri: doc_id for doc_id, e in self.entries.items() for uri in e.uris}

    def legacy_at(self, source_path: str) -> list[str]:
        """Entries of a 0.1 manifest (no locations recorded) for this relative path."""
        return [k for k, e in self.entries.items() if not e.locations and e.source_path == source_path]

    def by_status(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for e in self.entries.values():
            counts[e.status] = counts.get(e.status, 0) + 1
        return dict(sorted(counts.items()))

    def failures(self) -> list[Entry]:
        return sorted((e for e in self.entries.values() if e.status == "failed"), key=lambda e: e.source_path)
