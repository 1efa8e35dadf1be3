"""Progress bar while running (stderr) and the closing summary (stdout); each failed document is printed once, on
stderr: as it fails when the bar is shown, else with the summary."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from pipeline.findings import DEFAULT_SUMMARY, Finding, next_commands, nightly_text, where_text


class _RunningColumn(ProgressColumn):
    def __init__(self, printer: "ProgressPrinter"):
        super().__init__()
        self.printer = printer

    def render(self, task) -> Text:
        return Text(self.printer.running_text(), style="cyan")


class ProgressPrinter:
    """The run's progress on stderr: documents done of the total planned (known before the first document
    starts, from the ``planned`` event), elapsed time, an ETA from the pace so far, and the documents running now
    with how long each has been running and, during an OCR, its pages done of the document's pages (the
    ``pages`` event), so a long OCR shows as moving, not as a frozen bar."""

    def __init__(self, quiet: bool = False, console: Console | None = None, out: Console | None = None):
        self.console = console or Console(stderr=True)  # the bar, failures, warnings
        self.out = out or Console()  # the summary
        self.quiet = quiet
        self.reported: set[str] = set()  # doc_ids whose failure was printed
        self.progress = Progress(_RunningColumn(self), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                 console=self.console, disable=quiet, transient=True)
        self.task = None
        self.planned = False
        self.running: dict[str, float] = {}  # source path → when it started (monotonic)
        self.pages: dict[str, tuple[int, int | None]] = {}  # source path → (pages OCR'd, pages of the document)

    def __enter__(self) -> "ProgressPrinter":
        self.progress.__enter__()
        self.task = self.progress.add_task("documents", total=None)
        return self

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)

    @property
    def total(self) -> float | None:
        return self.progress.tasks[0].total

    @property
    def completed(self) -> float:
        return self.progress.tasks[0].completed

    def event(self, kind: str, job, outcome) -> None:
        if kind == "planned" and outcome is not None:
            self.planned = True
            self.progress.update(self.task, total=outcome.documents)
        elif kind == "started" and job is not None:
            self.running[job.source_path] = time.monotonic()
            if not self.planned:  # a caller that sends no plan: the total grows as documents start
                self.progress.update(self.task, total=(self.total or 0) + 1)
        elif kind == "pages" and job is not None and outcome is not None:
            self.pages[job.source_path] = (outcome.done, outcome.total)
        elif kind in ("finished", "failed"):
            if job is not None:
                self.running.pop(job.source_path, None)
                self.pages.pop(job.source_path, None)
            self.progress.advance(self.task)
            if kind == "failed" and not self.quiet:
                self._failed(outcome, self.progress.console)

    def _failed(self, outcome, console: Console) -> None:
        """Print a failed document on stderr, once however many times it is reported."""
        if outcome.doc_id in self.reported:
            return
        self.reported.add(outcome.doc_id)
        # file names and messages are printed as they are (a name like `plan [draft].pdf` is no markup), one line
        # each however narrow the terminal (a wrapped line in a log file or a mail reads as two)
        console.print(Text.assemble(("failed", "red"), f" {outcome.source_path}: {outcome.reason} — {outcome.message}"),
                      soft_wrap=True, highlight=False)

    def running_text(self) -> str:
        """The documents running now, each with its seconds so far and, during an OCR, its pages done of the
        document's pages (re-rendered by rich at every refresh)."""
        now = time.monotonic()
        names = [f"{Path(p).name[:32]} ({now - t:.0f} s{self._pages_text(p)})" for p, t in self.running.items()]
        more = f" +{len(names) - 2}" if len(names) > 2 else ""
        return ", ".join(names[:2]) + more if names else "documents"

    def _pages_text(self, source_path: str) -> str:
        if source_path not in self.pages:
            return ""
        done, total = self.pages[source_path]
        return f", OCR {done}/{total} pages" if total else f", OCR {done} pages"

    def summary(self, summary, out: Path) -> None:
        rows = summary.rows_per_dataset()
        n_ok = sum(1 for o in summary.outcomes if o.status == "ok")
        n_partial = sum(1 for o in summary.outcomes if o.status == "partial")
        self.out.print(Text.assemble(
            (str(len(summary.processed)), "bold"), f" documents processed ({n_ok} ok, {n_partial} partial, ",
            (f"{len(summary.failed)} failed", "red"), f"), {summary.skipped} unchanged skipped, "
            f"{summary.seconds:.1f} s → {out}"), soft_wrap=True, highlight=False)
        for line in notices(summary):
            self.out.print(Text(line, style="yellow"), soft_wrap=True, highlight=False)
        if rows:
            table = Table("dataset", "rows", title="rows written")
            for name, n in rows.items():
                table.add_row(name, str(n))
            self.out.print(table)
        self._findings(summary.findings(), sum(o.warnings for o in summary.outcomes))
        if summary.quarantined:
            self.out.print(f"{summary.quarantined} document(s) failed in an earlier run and are unchanged: "
                           "not retried (`pipeline status` lists them; --retry-failed retries them)")
        for o in summary.failed:
            self._failed(o, self.console)
        for item in summary.overrides_unmatched:
            self.console.print(Text.assemble(("override matched nothing", "yellow"), f" {item}"), soft_wrap=True,
                               highlight=False)

    def _findings(self, found: list[Finding], warnings: int) -> None:
        """What looks wrong: each warning kind of level error or check, its rows, the documents behind it (the most
        flagged first, at the place of its first flagged row), then the commands that show more."""
        settings = DEFAULT_SUMMARY
        if not found:
            if warnings:
                self.out.print(f"{warnings} warnings on rows, none of a level to check (docs/warnings.md; "
                               "`pipeline query --example warnings-by-kind` lists them)")
            return
        shown = found[:settings.kinds_shown]
        width = max(len(f.kind) for f in shown)
        self.out.print(f"what looks wrong: {len(found)} kind(s) of warning of level error or check "
                       f"({warnings} warnings on rows in all)", markup=False, highlight=False, soft_wrap=True)
        for f in shown:
            self.out.print(f"  {f.level:<5}  {f.kind:<{width}}  {f.count_text()}",
                           markup=False, highlight=False, soft_wrap=True)
            self.out.print(f"      {where_text(f.documents, settings.documents_shown, f.copy_of)}",
                           markup=False, highlight=False, soft_wrap=True)
        if len(found) > settings.kinds_shown:
            rest = found[settings.kinds_shown:]
            self.out.print(f"+{len(rest)} more kinds ({sum(f.rows for f in rest)} rows): "
                           "`pipeline query --example warnings-by-kind`")
        if any(f.copy_of for f in shown):
            self.out.print("  (a copy is the same publication in another file, documents.duplicate_of: its rows are "
                           "counted in each file; the example queries count each publication once)",
                           markup=False, highlight=False, soft_wrap=True)
        self.out.print("next:", markup=False)
        commands = next_commands(shown)
        width = max(len(command) for command, _ in commands)  # the explanations in one column
        for command, why in commands:
            self.out.print(f"  {command:<{width}}  {why}", markup=False, highlight=False, soft_wrap=True)

    def nightly_summary(self, summary, out: Path) -> None:
        """Plain lines for a scheduler's journal or a cron mail: one summary, then one line per failure."""
        rows = summary.rows_per_dataset()
        print(f"pipeline: {len(summary.processed)} processed, {len(summary.failed)} failed, "
              f"{summary.skipped} unchanged skipped ({summary.quarantined} quarantined), "
              f"rows {sum(rows.values())}, {summary.seconds:.1f} s, out {out}, log {summary.log_path}"
              + (f"; {text}" if (text := nightly_text(summary.findings())) else ""))
        for line in notices(summary):
            print(f"pipeline: {line}")
        for o in summary.failed:
            if o.doc_id not in self.reported:
                self.reported.add(o.doc_id)
                print(f"pipeline: failed {o.source_path}: {o.reason}: {o.message}", file=sys.stderr)
        for item in summary.overrides_unmatched:
            print(f"pipeline: override matched nothing: {item}", file=sys.stderr)


PARTIAL_SHOWN = 5  # partial documents named in the summary


def _partial_why(outcome) -> str:
    """`page_failed p4`: the codes that made a document partial, each at its first place."""
    codes = outcome.partial_reasons
    return ", ".join(f"{c} {outcome.warning_kinds[c].first}".strip() if c in outcome.warning_kinds else c
                     for c in codes) or "see documents.warnings"


def notices(summary) -> list[str]:
    """What a user must hear about besides the counts: inputs not read, documents replaced, copies, pruning."""
    lines = []
    if summary.unsupported:
        kinds = ", ".join(f"{suffix} ×{n}" for suffix, n in sorted(summary.unsupported.items(), key=lambda kv: (-kv[1], kv[0])))
        # The rows say status "failed" (nothing was read from them); the run itself did not fail, so they are
        # named apart from the failed count above, in the words the `documents` rows use.
        lines.append(f"not read, {sum(summary.unsupported.values())} unsupported: {kinds} "
                     "(in `documents` as status failed, reason unsupported_format; the run's exit code stays 0)")
    partial = [o for o in summary.outcomes if o.status == "partial"]
    if partial:
        shown = "; ".join(f"{o.source_path} ({_partial_why(o)})" for o in partial[:PARTIAL_SHOWN])
        lines.append(f"{len(partial)} document(s) partial: {shown}" + (" …" if len(partial) > PARTIAL_SHOWN else "")
                     + " (docs/warnings.md: what each reason means)")
    unread = summary.tables_not_understood()
    if unread:
        where = sum(1 for o in summary.outcomes if o.tables_not_understood)
        lines.append(f"{unread} table(s) holding service codes, CPV codes or money gave no record, in {where} "
                     "document(s) (`documents.warnings` table_not_understood:<page/line>; `pipeline inspect FILE` "
                     "shows how each table was read)")
    for location, old, new in summary.replaced:
        lines.append(f"replaced at {location}: document {old[:12]} by {new[:12]} (the file changed; the old rows "
                     "were removed)")
    if summary.duplicates:
        lines.append(f"{summary.duplicates} document(s) are copies of another publication (documents.duplicate_of; "
                     "the example queries count each publication once)")
    if summary.pruned:
        lines.append(f"pruned {len(summary.pruned)} document(s) whose files are gone: " + ", ".join(summary.pruned[:10])
                     + (" …" if len(summary.pruned) > 10 else ""))
    return lines
