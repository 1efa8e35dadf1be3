"""The manifest: what the output folder holds, keyed by doc_id (sha256 of the file's bytes).

Stored as ``<out>/_manifest.json`` and rewritten atomically (temporary file + rename) after each document, so
an interrupted run leaves a manifest that describes exactly the documents whose files are complete.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

MANIFEST_NAME = "_manifest.json"


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


@dataclass
class Manifest:
    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    runs: list[dict] = field(default_factory=list)

    @classmethod
    def load(cls, out: Path) -> "Manifest":
        path = out / MANIFEST_NAME
        if not path.exists():
            return cls(path=path)
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = {k: Entry(**v) for k, v in data.get("documents", {}).items()}
        return cls(path=path, entries=entries, runs=data.get("runs", []))

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"documents": {k: asdict(v) for k, v in sorted(self.entries.items())}, "runs": self.runs[-50:]}
        tmp = self.path.with_name(f".tmp-{self.path.name}.{uuid.uuid4().hex}")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def put(self, entry: Entry) -> None:
        entry.processed_at = entry.processed_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.entries[entry.doc_id] = entry

    def doc_ids_for_path(self, source_path: str) -> list[str]:
        return [k for k, e in self.entries.items() if e.source_path == source_path]
