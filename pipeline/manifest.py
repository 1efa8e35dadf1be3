"""The manifest: what the output folder holds, keyed by doc_id (sha256 of the file's bytes).

Stored as ``<out>/_manifest.json`` (the snapshot, written atomically: temporary file + fsync + rename) plus
``<out>/_manifest.journal.jsonl``: each save appends one line with what changed since the last one (the entries
set or removed, the settings and run history when they changed) and fsyncs it, so a save costs what the batch
added, not the whole manifest (0.3 s of CPU a save at 10,000 entries when the snapshot was rewritten each time).
The journal is folded into a new snapshot (compaction) when it grows past the snapshot's size, at the end of
every run and when a run starts and finds one. A line holds whole values, never increments, and carries a
sequence number the snapshot records (``journal_seq``): a kill between a snapshot and the journal's removal
replays nothing twice, and a line cut by a kill (no newline) is a save that did not happen. Either way an
interrupted run leaves a manifest that describes exactly the documents whose files are complete. An entry is written only after the document's files are in place, and removed *before* its files
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

import copy
import hashlib
import json
import os
import time
from dataclasses import MISSING, dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.durable import append_durably, atomic_write_text

MANIFEST_NAME = "_manifest.json"
JOURNAL_NAME = "_manifest.journal.jsonl"
# the journal is folded into the snapshot once it is larger than the snapshot (and than this): the whole manifest
# is then rewritten once per its size in appended lines, so a save costs on average a small multiple of its line
JOURNAL_MIN_BYTES = 64 * 1024
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

    def __setattr__(self, name: str, value: Any) -> None:
        # a field set after the entry was saved makes it due in the next journal line (fields are replaced, never
        # changed in place: ``entry.locations = [...]``, not ``entry.locations.append``)
        object.__setattr__(self, name, value)
        self.__dict__["_changed"] = True


_ENTRY_FIELDS = tuple(f.name for f in fields(Entry))
_ENTRY_DEFAULTS = {f.name: f.default if f.default is not MISSING else f.default_factory
                   for f in fields(Entry) if f.default is not MISSING or f.default_factory is not MISSING}


def _entry(values: dict) -> Entry:
    """An entry from its stored fields (unknown ones, from a newer version, ignored), without ``__init__``: not
    marked changed, and ~4x cheaper for a manifest of thousands of entries."""
    entry = object.__new__(Entry)
    data = entry.__dict__
    for name, default in _ENTRY_DEFAULTS.items():
        data[name] = default() if callable(default) else default
    for name in _ENTRY_FIELDS:
        if name in values:
            data[name] = values[name]
    if "doc_id" not in data or "source_path" not in data or "status" not in data:
        raise TypeError(f"a manifest entry without doc_id, source_path or status: {sorted(values)[:5]}")
    return entry


def _fields(entry: Entry) -> dict:
    """An entry's fields for JSON: its own values, not the deep copy ``asdict`` makes (the same bytes are written;
    the whole manifest is written at every batch, so this is paid per entry per batch)."""
    return {name: getattr(entry, name) for name in _ENTRY_FIELDS}


class _Entries(dict):
    """The manifest's entries by doc_id; remembers the doc_ids set or removed since the last save."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.touched: set[str] = set(self)

    def __setitem__(self, key: str, value: Entry) -> None:
        super().__setitem__(key, value)
        self.touched.add(key)

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self.touched.add(key)

    def pop(self, key: str, *default: Any) -> Any:
        if key in self:
            self.touched.add(key)
        return super().pop(key, *default)

    def popitem(self) -> tuple[str, Entry]:
        key, value = super().popitem()
        self.touched.add(key)
        return key, value

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self.touched.add(key)
        return super().setdefault(key, default)

    def update(self, *args: Any, **kw: Any) -> None:
        other = dict(*args, **kw)
        super().update(other)
        self.touched.update(other)

    def clear(self) -> None:
        self.touched.update(self)
        super().clear()


@dataclass
class Manifest:
    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    runs: list[dict] = field(default_factory=list)
    recovered_from: str | None = None  # set when an unreadable manifest was moved aside
    # run-wide settings that later runs keep (e.g. the preferred format among copies of a publication)
    settings: dict = field(default_factory=dict)
    # what is on disk: the last journal line's sequence number, the saved settings and runs, the two files' sizes
    _seq: int = field(default=0, repr=False, compare=False)
    _saved_settings: dict | None = field(default=None, repr=False, compare=False)
    _saved_runs: list | None = field(default=None, repr=False, compare=False)
    _journal_bytes: int = field(default=0, repr=False, compare=False)
    _snapshot_bytes: int = field(default=0, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.entries, _Entries):
            self.entries = _Entries(self.entries)

    @property
    def journal_path(self) -> Path:
        return self.path.with_name(JOURNAL_NAME)

    @classmethod
    def load(cls, out: Path, repair: bool = True) -> "Manifest":
        """Read ``<out>/_manifest.json`` and replay its journal. A manifest that cannot be parsed (damaged by
        hand or by a disk fault; our own writes are atomic) is moved aside to ``_manifest.json.corrupt-<time>``
        (its journal too) and an empty one is returned: every file in the datasets then counts as an orphan and is
        redone, which is safe. A journal is replayed up to its first line that is cut or cannot be read (what
        follows it is redone the same way). Unless ``repair=False`` (read-only callers: a damaged manifest then
        raises ``ValueError``, and nothing is written), a journal found is folded into a new snapshot at once."""
        path = out / MANIFEST_NAME
        journal = path.with_name(JOURNAL_NAME)
        # the journal is read before the snapshot: a run folding it in meanwhile leaves lines the new snapshot
        # holds (skipped by their numbers), so a reader during a run never sees entries go missing
        try:
            journal_bytes: bytes | None = journal.read_bytes()
        except FileNotFoundError:
            journal_bytes = None
        if not path.exists():
            if repair and journal.exists():  # lines of a snapshot deleted by hand: they describe nothing now
                journal.unlink()
            return cls(path=path)
        try:
            text = path.read_text(encoding="utf-8")
            data = json.loads(text)
            entries = {k: _entry(v) for k, v in data.get("documents", {}).items()
                       if not k.startswith(LEGACY_UNREADABLE_PREFIX)}  # 0.1 kept no files for them: redone
            runs = list(data.get("runs", []))
            settings = dict(data.get("settings", {}))
            seq = int(data.get("journal_seq", 0))
        except (ValueError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            if not repair:
                raise ValueError(f"{path} cannot be read: {exc}") from exc
            stamp = time.strftime('%Y%m%dT%H%M%S')
            aside = path.with_name(f"{path.name}.corrupt-{stamp}")
            os.replace(path, aside)
            if journal.exists():
                os.replace(journal, journal.with_name(f"{journal.name}.corrupt-{stamp}"))
            return cls(path=path, recovered_from=f"{aside.name}: {exc}")
        manifest = cls(path=path, entries=entries, runs=runs, settings=settings, _seq=seq,
                       _snapshot_bytes=len(text.encode("utf-8")))
        replayed = manifest._replay(journal_bytes)
        manifest._mark_saved(list(manifest.entries))
        if repair and replayed is not None:
            manifest._compact()
        return manifest

    def _replay(self, raw: bytes | None) -> int | None:
        """Apply the journal's lines newer than the snapshot; None when there is no journal, else lines applied."""
        if raw is None:
            return None
        applied = 0
        lines = raw.split(b"\n")
        for line in lines[:-1]:  # the last piece has no newline: empty, or a line a kill cut short
            try:
                change = json.loads(line)
                seq = int(change["seq"])
                if seq <= self._seq:
                    continue  # already in the snapshot (a kill between a compaction and the journal's removal)
                puts = {k: _entry(v) for k, v in change.get("put", {}).items()}
            except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError):
                break  # damaged: what follows is not trusted; its documents' files are orphans, redone
            for doc_id in change.get("drop", []):
                self.entries.pop(doc_id, None)
            self.entries.update(puts)
            self.settings.update(change.get("settings", {}))
            for key, items in change.get("settings_append", {}).items():
                self.settings.setdefault(key, []).extend(items)
            for key in change.get("settings_drop", []):
                self.settings.pop(key, None)
            if "runs" in change:
                self.runs = list(change["runs"])
            self._seq = seq
            applied += 1
        self._journal_bytes = len(raw)
        return applied

    def save(self, compact: bool = False) -> None:
        """Make what changed since the last save durable: one journal line (appended, fsynced), or a new
        snapshot when ``compact``, when there is none yet, or when the journal has outgrown it. Nothing is
        written when nothing changed."""
        if compact or not self.path.exists() or self._journal_bytes > max(self._snapshot_bytes, JOURNAL_MIN_BYTES):
            self._compact()
            return
        dirty = set(self.entries.touched)
        dirty.update(k for k, e in self.entries.items() if e.__dict__.get("_changed"))
        change: dict[str, Any] = {}
        puts = {k: _fields(self.entries[k]) for k in sorted(dirty) if k in self.entries}
        drops = sorted(k for k in dirty if k not in self.entries)
        if puts:
            change["put"] = puts
        if drops:
            change["drop"] = drops
        change.update(self._settings_change())
        runs = self.runs[-50:]
        if runs != self._saved_runs:
            change["runs"] = runs
        if not change:
            return
        line = json.dumps({"seq": self._seq + 1, **change}, ensure_ascii=False) + "\n"
        self._journal_bytes += append_durably(self.journal_path, line.encode("utf-8"))
        self._seq += 1
        self._mark_saved(dirty)

    def save_runs(self) -> None:
        """Make only the run history durable (one journal line), not the entries changed since the last save: a run
        stopped by a signal records that it ran without saving what it was in the middle of. With no snapshot yet
        (a line without one is dropped when read), the whole manifest is saved instead."""
        if not self.path.exists():
            self.save()
            return
        runs = self.runs[-50:]
        if runs == self._saved_runs:
            return
        line = json.dumps({"seq": self._seq + 1, "runs": runs}, ensure_ascii=False) + "\n"
        self._journal_bytes += append_durably(self.journal_path, line.encode("utf-8"))
        self._seq += 1
        self._saved_runs = copy.deepcopy(runs)

    def _compact(self) -> None:
        """The whole manifest as a new snapshot; then the journal, all of it now in the snapshot, is removed."""
        data = {"documents": {k: _fields(v) for k, v in sorted(self.entries.items())}, "runs": self.runs[-50:],
                "settings": self.settings, "journal_seq": self._seq}
        text = json.dumps(data, ensure_ascii=False, indent=1)
        atomic_write_text(self.path, text)
        self._snapshot_bytes = len(text.encode("utf-8"))
        # a kill here leaves lines the snapshot holds: their sequence numbers say so, they are not replayed twice
        self.journal_path.unlink(missing_ok=True)
        self._journal_bytes = 0
        self._mark_saved(list(self.entries))

    def _settings_change(self) -> dict[str, Any]:
        """The settings that changed, by key; a list that only grew (the publications still to check, one per
        document recorded) gives only its new items, so a save stays the size of its batch. (Appending is safe to
        journal: each line is applied exactly once, after the snapshot it follows.)"""
        saved = self._saved_settings or {}
        changed: dict[str, Any] = {}
        appended: dict[str, list] = {}
        for key, value in self.settings.items():
            old = saved.get(key, MISSING)
            if old is not MISSING and old == value:
                continue
            if isinstance(value, list) and isinstance(old, list) and len(value) > len(old) \
                    and value[:len(old)] == old:
                appended[key] = value[len(old):]
            else:
                changed[key] = value
        dropped = sorted(k for k in saved if k not in self.settings)
        return {name: part for name, part in (("settings", changed), ("settings_append", appended),
                                              ("settings_drop", dropped)) if part}

    def _mark_saved(self, doc_ids: Any) -> None:
        for doc_id in doc_ids:
            entry = self.entries.get(doc_id)
            if entry is not None:
                entry.__dict__.pop("_changed", None)
        self.entries.touched.clear()
        # a list's items are replaced, never changed in place (pending publications): a shallow copy is enough
        self._saved_settings = {k: list(v) if isinstance(v, list) else copy.deepcopy(v)
                                for k, v in self.settings.items()}
        self._saved_runs = copy.deepcopy(self.runs[-50:])

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
