"""Planning a run: which inputs to read, which documents only gained a location, what is recorded unread.

A document is identified by its content (doc_id, the sha256 of its bytes) *and* its locations (see
:mod:`pipeline.manifest`). For every input found (:mod:`pipeline.discovery`):
- bytes the manifest does not hold (or holds as failed, with ``retry_failed``; or any, with ``force``; or whose
  reviewers' overrides changed) become a :class:`Job` carrying every location of those bytes in this run;
- bytes it holds, found at a location it did not list, become a *relocation* (the ``documents`` row gains it);
- an input that is not read (unsupported format, broken link, loop, unreadable) becomes a recorded outcome
  without extraction, keyed by its location (:func:`pipeline.manifest.location_id`).
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.discovery import DANGLING, FILE, LOOP, UNSUPPORTED, Found, discover
from pipeline.jobs import Job, Location, Outcome, sha256_file  # noqa: F401  (this module's interface)
from pipeline.manifest import Entry, Manifest, location_id
from pipeline.overrides import Overrides, fingerprint


# failures that say nothing about the document (its file moved or changed while it was read): read again by the
# next run instead of quarantined
RETRIED_REASONS = frozenset({"vanished", "changed_during_run", "worker_stopped"})


@dataclass
class Plan:
    jobs: list[Job] = field(default_factory=list)
    unread: list[tuple[Job, Outcome]] = field(default_factory=list)  # recorded without extraction
    relocations: dict[str, list[Location]] = field(default_factory=dict)  # unchanged doc_id -> all its locations
    skipped: int = 0  # unchanged documents (quarantined failures included)
    quarantined: int = 0
    unsupported: Counter = field(default_factory=Counter)  # suffix -> files found in this run


def merge_locations(*groups) -> list[Location]:
    """Locations, one per uri, sorted by uri (the first is the document's main location)."""
    seen: dict[str, str] = {}
    for group in groups:
        for uri, rel in group:
            seen.setdefault(uri, rel)
    return sorted(seen.items())


def entry_locations(entry: Entry | None) -> list[Location]:
    return [(loc["uri"], loc["path"]) for loc in entry.locations] if entry is not None else []


def _unread_outcome(found: Found, doc_id: str) -> Outcome:
    if found.kind == UNSUPPORTED:
        return Outcome(doc_id, found.source_path, "skipped", reason="unsupported_format",
                       message=f"{found.suffix or 'a file without suffix'}: not a format the pipeline reads "
                               "(PDF, DOCX, ODT, text, Markdown, HTML); convert it to one of them")
    if found.kind == LOOP:
        return Outcome(doc_id, found.source_path, "failed", reason="symlink_loop", message=found.detail)
    return Outcome(doc_id, found.source_path, "failed", reason="unreadable", message=found.detail)


def make_plan(paths: list[Path], manifest: Manifest, force: bool = False, retry_failed: bool = False,
              overrides: Overrides | None = None) -> Plan:
    """What a run over ``paths`` does; the manifest's folder (the output) is never taken for an input."""
    plan = Plan()
    first: dict[str, tuple[Found, int, tuple | None]] = {}  # doc_id -> where it was first found, its size and stamp
    found_at: dict[str, list[Location]] = {}
    unread: dict[str, Outcome] = {}
    seen_uris: set[str] = set()
    for found in discover(paths, skip=[manifest.path.parent]):
        if found.uri in seen_uris:  # two inputs overlap (a folder and its subfolder): one location
            continue
        seen_uris.add(found.uri)
        if found.kind == UNSUPPORTED:
            plan.unsupported[found.suffix or "(no suffix)"] += 1
        stamp = None
        if found.kind == FILE:
            try:
                stamp = file_stamp(found.path)  # before hashing: a change while hashing shows at the end
                doc_id, size = sha256_file(found.path), stamp[0]
            except OSError as exc:
                found = Found(found.path, found.source_path, found.uri, DANGLING if found.path.is_symlink()
                              else "unreadable", f"cannot read {found.path}: {exc.strerror or exc}")
        if found.kind != FILE:
            doc_id, size = location_id(found.uri), 0
            unread[doc_id] = _unread_outcome(found, doc_id)
        first.setdefault(doc_id, (found, size, stamp))
        found_at.setdefault(doc_id, []).append((found.uri, found.source_path))

    for doc_id, (found, size, stamp) in first.items():
        entry = manifest.entries.get(doc_id)
        locations = merge_locations(entry_locations(entry), found_at[doc_id])
        # read from where it was found in this run (an older location may be gone); the rows name the main one
        job = Job(path=found.path, source_path=found.source_path, doc_id=doc_id, size=size, locations=locations,
                  stamp=stamp)
        if _wanted(entry, force, retry_failed, overrides, doc_id, plan):
            if doc_id in unread:
                plan.unread.append((job, unread[doc_id]))
            else:
                plan.jobs.append(job)
        elif [u for u, _ in locations] != entry.uris:
            plan.relocations[doc_id] = locations
    return plan


def file_stamp(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns, st.st_ino


def changed_since_planned(job: Job, outcome: Outcome) -> Outcome | None:
    """The outcome to record instead of ``outcome`` when the file was not the same while it was read: it vanished
    (deleted or moved: reason ``vanished``, when its reading failed; rows read before it went are kept) or it
    changed (``changed_during_run``: rows read from other bytes than the doc_id's, or a failure caused by a copy
    still being written). Neither is quarantined (:data:`RETRIED_REASONS`). None when the file is as planned."""
    if job.stamp is None:
        return None
    try:
        now = file_stamp(job.path)
    except FileNotFoundError:
        if outcome.status != "failed":
            return None
        return Outcome(job.doc_id, job.source_path, "failed", reason="vanished", seconds=outcome.seconds,
                       message="the file was deleted or moved while the run read it; the next run reads it where "
                               f"it is then (the reading said: {outcome.message})")
    except OSError:
        return None
    if now == job.stamp:
        return None
    return Outcome(job.doc_id, job.source_path, "failed", reason="changed_during_run", seconds=outcome.seconds,
                   message="the file changed while the run read it (a copy still being written?): nothing of it is "
                           "kept; the next run reads it again")


def _wanted(entry: Entry | None, force: bool, retry_failed: bool, overrides, doc_id: str, plan: Plan) -> bool:
    if entry is None or force or (entry.status == "failed" and (retry_failed or entry.reason in RETRIED_REASONS)):
        return True
    if entry.status not in ("failed", "skipped") and entry.overrides_fp != fingerprint(overrides, doc_id):
        return True  # a reviewer's correction for it was added or changed
    if entry.status != "skipped":  # unsupported inputs are counted apart (Plan.unsupported)
        plan.skipped += 1
        plan.quarantined += entry.status == "failed"
    return False
