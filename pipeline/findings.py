"""What looks wrong in a run, for the analyst who just ran it: the warning kinds whose level in docs/warnings.md
says to look (``error``, ``check``; not the informational ones), each with how many rows carry it, the documents
behind it (the most flagged first, with the place of their first flagged row) and the command that shows more.

The kinds a document's rows carry are counted where the document is read (:func:`kinds_seen`, in the worker:
no glossary there); which of them look wrong is decided in the main process from the glossary's levels
(:func:`findings`), for the run summary, the nightly line, the JSON-lines log and the run history.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Iterable

from pipeline.jobs import KindSeen, Outcome

TROUBLE_LEVELS = ("error", "check")  # the glossary's levels a run summary names; empty and info rows are fine
# the next command for a kind whose glossary entry names none: how the document was read, at a place listed
# (`p4/l12` = --page 4 --line 12: a PDF's page and its line; `l204` = --line 204)
INSPECT_COMMAND = "pipeline inspect FILE [--page N] [--line L]"


@dataclass(frozen=True)
class SummarySettings:
    kinds_shown: int = 8  # kinds listed in the run summary (the rest counted in one line)
    documents_shown: int = 3  # documents named per kind
    nightly_kinds_shown: int = 5  # kinds on the nightly summary line


DEFAULT_SUMMARY = SummarySettings()
# where a warning's detail says it is: `table_not_understood:p3/l12`, `…:l40`, `page_failed: page 4 …`
_PLACE_IN_DETAIL = re.compile(r"\bp(\d+)(?:/l(\d+))?\b|\bl(\d+)\b|\bpage (\d+)\b")
# the command a glossary entry's "what to check" names, e.g. `pipeline query --example unknown-codes`
_COMMAND_IN_CHECK = re.compile(r"`(pipeline [a-z]+[^`]*)`")


# ---------------------------------------------------------------- in the worker: one document's rows

def _place(row: dict, warning: str) -> tuple[int, int, str] | None:
    """(page, line, text) of a flagged row: the row's own page/line, else the place its warning's detail names."""
    page, line = row.get("page"), row.get("line")
    if page is None and line is None:
        detail = warning.split(":", 1)[1] if ":" in warning else ""
        m = _PLACE_IN_DETAIL.search(detail)
        if m is None:
            return None
        page = m.group(1) or m.group(4)
        line = m.group(2) or m.group(3)
    text = "/".join(x for x in (f"p{page}" if page is not None else "", f"l{line}" if line is not None else "") if x)
    return int(page or 0), int(line or 0), text


def kinds_seen(datasets: dict[str, list[dict]]) -> dict[str, KindSeen]:
    """Every warning kind on a document's rows: the rows carrying it (a row counts once per kind) and its first
    place in the document (the lowest page, then line)."""
    rows: dict[str, int] = {}
    first: dict[str, tuple[int, int, str]] = {}
    for dataset_rows in datasets.values():
        for row in dataset_rows:
            seen_here: set[str] = set()
            for warning in row.get("warnings") or ():
                kind = warning.split(":", 1)[0].strip()
                if kind not in seen_here:
                    seen_here.add(kind)
                    rows[kind] = rows.get(kind, 0) + 1
                place = _place(row, warning)
                if place is not None and (kind not in first or place[:2] < first[kind][:2]):
                    first[kind] = place
    return {kind: KindSeen(n, first[kind][2] if kind in first else "") for kind, n in sorted(rows.items())}


# ---------------------------------------------------------------- in the main process: the run

@dataclass
class Finding:
    """One warning kind that looks wrong, over the documents of a run."""

    kind: str
    level: str
    documents: list[tuple[str, KindSeen]]  # (source path, what it holds), the most flagged document first
    next_command: str  # what shows more about it
    # source path of a copy of another publication's file (documents.duplicate_of) -> the kept original's path:
    # the same plan as txt, DOCX and PDF is three documents but one publication, and the summary says so
    copy_of: dict[str, str] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(seen.rows for _, seen in self.documents)

    @property
    def publications(self) -> int:
        """The publications behind the documents: a copy and its original count once."""
        return len({self.copy_of.get(path, path) for path, _ in self.documents})

    def count_text(self) -> str:
        """`4 row(s) in 2 document(s)`; with copies `114 row(s) in 6 document(s) = 2 publication(s) + 4 copies`."""
        text = f"{self.rows} row(s) in {len(self.documents)} document(s)"
        copies = len(self.documents) - self.publications
        return text + (f" = {self.publications} publication(s) + {copies} cop{'y' if copies == 1 else 'ies'}"
                       if copies else "")


def findings(outcomes: Iterable[Outcome], levels: tuple[str, ...] = TROUBLE_LEVELS,
             copy_of: dict[str, str] | None = None) -> list[Finding]:
    """The kinds at ``levels`` carried by the rows of these documents: the most serious level first, then the
    most rows. ``copy_of``: source path of each copy of a publication -> its kept original's source path."""
    copy_of = copy_of or {}
    from pipeline.glossary import LEVELS, warning_info

    by_kind: dict[str, list[tuple[str, KindSeen]]] = {}
    for outcome in outcomes:
        for kind, seen in outcome.warning_kinds.items():
            by_kind.setdefault(kind, []).append((outcome.source_path, seen))
    found = []
    for kind, documents in by_kind.items():
        info = warning_info(kind)
        if info.level not in levels:
            continue
        documents.sort(key=lambda d: (-d[1].rows, d[0]))
        command = _COMMAND_IN_CHECK.search(info.check)
        found.append(Finding(kind, info.level, documents, command.group(1) if command else INSPECT_COMMAND,
                             {path: copy_of[path] for path, _ in documents if path in copy_of}))
    return sorted(found, key=lambda f: (LEVELS.index(f.level) if f.level in LEVELS else 0, -f.rows, f.kind))


def _at(path: str, seen: KindSeen) -> str:
    return f"{path} {seen.first}".rstrip() + f" ({seen.rows})"


def _copy_name(copy: str, lead: str) -> str:
    """A copy named after the file it is listed with: `.pdf` when only the extension differs."""
    a, b = PurePath(copy), PurePath(lead)
    return a.suffix if (a.parent, a.stem) == (b.parent, b.stem) and a.suffix else copy


def where_text(documents: list[tuple[str, KindSeen]], shown: int, copy_of: dict[str, str] | None = None) -> str:
    """`a.pdf p4/l10 (2), b.txt l33 (1)` and `+N more` for the documents behind a finding; the copies of one
    publication are listed with their original, `plan.txt l9 (2) [copies: .docx l7 (2), .pdf p2/l3 (2)]`
    (``copy_of``: source path of a copy -> its original's), and ``shown`` counts publications."""
    copy_of = copy_of or {}
    by_publication: dict[str, list[tuple[str, KindSeen]]] = {}
    for path, seen in documents:  # the most flagged first, and so are the publications
        by_publication.setdefault(copy_of.get(path, path), []).append((path, seen))
    parts = []
    for original, members in list(by_publication.items())[:shown]:
        lead = next((m for m in members if m[0] == original), members[0])
        text = _at(*lead)
        if lead[0] != original:  # only copies of it were flagged: say whose copy this is
            text += f" [a copy of {_copy_name(original, lead[0])}]"
        copies = [_at(_copy_name(path, lead[0]), seen) for path, seen in members if path != lead[0]]
        if copies:
            text += f" [cop{'y' if len(copies) == 1 else 'ies'}: {', '.join(copies)}]"
        parts.append(text)
    more = len(by_publication) - shown
    return ", ".join(parts) + (f", +{more} more" if more > 0 else "")


def next_commands(found: list[Finding]) -> list[tuple[str, str]]:
    """(command, what it shows) for these findings: the quality report, the commands the glossary names for
    their kinds, `pipeline inspect` at the places listed, and the glossary itself."""
    commands: dict[str, list[str]] = {"pipeline report": ["every flagged row, linked to its page or line"]}
    for f in found:
        if f.next_command != INSPECT_COMMAND:
            commands.setdefault(f.next_command, []).append(f.kind)
    if any(f.next_command == INSPECT_COMMAND for f in found):
        commands[INSPECT_COMMAND] = ["the row at a place above (p4/l12: --page 4 --line 12), its table, its records"]
    commands["docs/warnings.md"] = ["what each kind means and what to check"]
    return [(command, ", ".join(why)) for command, why in commands.items()]


def counts(found: list[Finding]) -> dict[str, dict[str, int | str]]:
    """The findings as plain fields (the JSON-lines log, the run history): kind -> level, rows, documents,
    publications (the documents less the copies of another among them)."""
    return {f.kind: {"level": f.level, "rows": f.rows, "documents": len(f.documents),
                     "publications": f.publications} for f in found}


def nightly_text(found: list[Finding], settings: SummarySettings = DEFAULT_SUMMARY) -> str:
    """`to check (rows/documents): total_mismatch 10/1, table_not_understood 3/2` for the nightly line ("" if
    none); a kind found in copies of one publication says how many publications: `… 114/6 (2 publication(s))`."""
    if not found:
        return ""
    shown = found[:settings.nightly_kinds_shown]
    text = ", ".join(f"{f.kind} {f.rows}/{len(f.documents)}" + (
        f" ({f.publications} publication(s))" if f.publications < len(f.documents) else "") for f in shown)
    more = len(found) - len(shown)
    return f"to check (rows/documents): {text}" + (f", +{more} more kinds" if more > 0 else "")
