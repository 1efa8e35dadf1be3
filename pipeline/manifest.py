"""The manifest: what the output folder holds, keyed by doc_id (sha256 of the file's bytes).

Stored as ``<out>/_manifest.json`` and rewritten atomically (temporary file + fsync + rename) after each
document, so an interrupted run leaves a manifest that describes exactly the documents whose files are
complete. An entry is written only after the document's files are in place, and removed *before* its files
are replaced or deleted; files whose doc_id has no entry are therefore orphans of a killed run, which the next
run removes and redoes (:func:`pipeline.writers.clean_leftovers`).

A failed document keeps its entry (status ``failed``, ``reason``, ``message``): it is quarantined, i.e. not
retried by later runs unless its bytes change (a new doc_id) or ``--retry-failed`` is given. A file that could
not even be read to compute its hash is recorded under the pseudo doc_id ``unreadable:<source_path>``.
"""
from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path

MANIFEST_NAME = "_manifest.json"
UNREADABLE_PREFIX = "unreadable:"


@dataclass
class Entry:
    doc_id: str
    source_path: str
    status: str  # ok | partial | failed
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


@dataclass
class Manifest:
    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    runs: list[dict] = field(default_factory=list)
    recovered_from: str | None = None  # set when an unreadable manifest was moved aside

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
            entries = {k: Entry(**{f: x for f, x in v.items() if f in known}) for k, v in data.get("documents", {}).items()}
            runs = list(data.get("runs", []))
        except (ValueError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            if not repair:
                raise ValueError(f"{path} cannot be read: {exc}") from exc
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
            os.replace(path, aside)
            return cls(path=path, recovered_from=f"{aside.name}: {exc}")
        return cls(path=path, entries=entries, runs=runs)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"documents": {k: asdict(v) for k, v in sorted(self.entries.items())}, "runs": self.runs[-50:]}
        tmp = self.path.with_name(f".tmp-{self.path.name}.{uuid.uuid4().hex}")
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        finally:
            if tmp.exists():
                tmp.unlink()
        from pipeline.writers import fsync_dir

        fsync_dir(self.path.parent)

    def put(self, entry: Entry) -> None:
        entry.processed_at = entry.processed_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.entries[entry.doc_id] = entry

    def doc_ids_for_path(self, source_path: str) -> list[str]:
        return [k for k, e in self.entries.items() if e.source_path == source_path]

    def by_status(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for e in self.entries.values():
            counts[e.status] = counts.get(e.status, 0) + 1
        return dict(sorted(counts.items()))

    def failures(self) -> list[Entry]:
        return sorted((e for e in self.entries.values() if e.status == "failed"), key=lambda e: e.source_path)
