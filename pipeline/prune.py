"""Dropping the rows of inputs that were deleted (opt-in: ``pipeline prune`` or ``pipeline run --prune``).

By default an output folder keeps every document it ever read, even when its file is gone (a run over
another folder, a disk not mounted tonight, a file moved away must not erase data). Pruning checks every
location the manifest holds: a location whose file no longer exists is forgotten; a document left without any
location is dropped — its manifest entry first, then its files, as for a replaced document. A document that
still exists elsewhere keeps its rows and lists its remaining locations. Entries written by 0.1 (no locations
recorded) are left alone and counted.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.discovery import real_path
from pipeline.manifest import Manifest
from pipeline.store import rewrite_documents_row
from pipeline.writers import remove_document


@dataclass
class PruneResult:
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, source_path)
    relocated: int = 0  # documents that lost some locations but keep others
    locations_removed: list[str] = field(default_factory=list)
    unknown_location: int = 0  # 0.1 entries without locations: not checked


def gone(uri: str) -> bool:
    """Nothing at the location any more (a broken link still counts as there: it is still reported)."""
    return not os.path.lexists(real_path(uri))


def prune(out: Path, manifest: Manifest, dry_run: bool = False) -> PruneResult:
    result = PruneResult()
    keep: dict[str, list[dict]] = {}
    for doc_id, entry in sorted(manifest.entries.items()):
        if not entry.locations:
            result.unknown_location += 1
            continue
        left = [loc for loc in entry.locations if not gone(loc["uri"])]
        if len(left) == len(entry.locations):
            continue
        result.locations_removed += [loc["uri"] for loc in entry.locations if gone(loc["uri"])]
        if left:
            keep[doc_id] = left
        else:
            result.dropped.append((doc_id, entry.source_path))
    result.relocated = len(keep)
    if dry_run:
        return result
    for doc_id, left in keep.items():  # the row first: a kill before the manifest save makes the next prune redo it
        rewrite_documents_row(out, doc_id, [(loc["uri"], loc["path"]) for loc in left])
    for doc_id, left in keep.items():
        manifest.entries[doc_id].locations = left
        manifest.entries[doc_id].source_path = left[0]["path"]
    for doc_id, _ in result.dropped:
        manifest.touch_publication(manifest.entries.pop(doc_id))
    if keep or result.dropped:
        manifest.save()
    for doc_id, _ in result.dropped:
        remove_document(out, doc_id)
    return result
