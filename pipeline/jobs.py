"""What goes to a worker process and what comes back, without Arrow or YAML (the worker side imports only what
extraction needs, :mod:`pipeline.worker`): a :class:`Job`, its :class:`Outcome`, the rows of its records, and the
messages a worker sends before its result (:class:`PagesDone`)."""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

DEFAULT_MAX_TEXT_MB = 20  # a text export larger than this fails as file_too_large (a plan's text is well under 1 MB)
PAGES, RESULT = "pages", "result"  # the kinds of message a worker sends its main process

# (uri, source_path relative to its input)
Location = tuple[str, str]


@dataclass
class Job:
    path: Path
    source_path: str
    doc_id: str
    size: int
    locations: list[Location] = field(default_factory=list)
    # (size, modification time in ns, inode) of the file when the run planned it, before hashing it: the file read
    # later must still be that one (pipeline.plan.changed_since_planned); None for inputs not read
    stamp: tuple[int, int, int] | None = None


@dataclass(frozen=True)
class KindSeen:
    """One warning kind on one document's rows: how many rows carry it (any dataset, the ``documents`` row
    included) and where the first of them is printed (``p3/l12``, ``l40``; "" when unknown)."""

    rows: int
    first: str = ""


@dataclass
class Outcome:
    doc_id: str
    source_path: str
    status: str
    rows: dict[str, int] = field(default_factory=dict)
    reason: str | None = None
    message: str | None = None
    seconds: float = 0.0
    warnings: int = 0
    tables_not_understood: int = 0  # tables holding codes, CPV codes or money that gave no record
    warning_kinds: dict[str, KindSeen] = field(default_factory=dict)  # kind (the code before ':') -> where seen
    partial_reasons: list[str] = field(default_factory=list)  # a partial document: the codes that made it partial


@dataclass(frozen=True)
class PagesDone:
    """A long document's progress, sent by its worker while it runs (the ``pages`` event of a run): ``done``
    pages OCR'd so far of the ``total`` pages of the document (None when its page count could not be read)."""

    done: int
    total: int | None
    what: str = "ocr"


def sha256_file(path: Path) -> str:
    """A document's id: the sha256 of its bytes, hex."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _value(v: Any) -> Any:
    if isinstance(v, Decimal):
        return v.quantize(Decimal("0.01"))
    return v


def to_rows(records: Iterable[Any], doc_id: str | None = None) -> list[dict[str, Any]]:
    """Records (dataclasses or dicts) as row dicts; money to the cent; ``doc_id`` set on each when given."""
    rows = []
    for rec in records:
        row = {k: _value(v) for k, v in (dataclasses.asdict(rec) if dataclasses.is_dataclass(rec) else rec).items()}
        if doc_id is not None:
            row["doc_id"] = doc_id
        rows.append(row)
    return rows
