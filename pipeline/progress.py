"""Progress bar while running and the closing summary (rich), on stderr so stdout stays clean."""
from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table


class ProgressPrinter:
    def __init__(self, quiet: bool = False):
        self.console = Console(stderr=True)
        self.quiet = quiet
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=self.console, disable=quiet, transient=True)
        self.task = None

    def __enter__(self) -> "ProgressPrinter":
        self.progress.__enter__()
        self.task = self.progress.add_task("documents", total=None)
        return self

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)

    def event(self, kind: str, job, outcome) -> None:
        if kind == "started" and job is not None:
            total = self.progress.tasks[0].total or 0
            self.progress.update(self.task, total=total + 1, description=f"[cyan]{Path(job.source_path).name[:40]}")
        elif kind in ("finished", "failed"):
            self.progress.advance(self.task)
            if kind == "failed" and not self.quiet:
                self.progress.console.print(f"[red]failed[/] {outcome.source_path}: {outcome.reason} — {outcome.message}")

    def summary(self, summary, out: Path) -> None:
        rows = summary.rows_per_dataset()
        n_ok = sum(1 for o in summary.outcomes if o.status == "ok")
        n_partial = sum(1 for o in summary.outcomes if o.status == "partial")
        self.console.print(
            f"[bold]{len(summary.processed)}[/] documents processed ({n_ok} ok, {n_partial} partial, "
            f"[red]{len(summary.failed)} failed[/]), {summary.skipped} unchanged skipped, "
            f"{summary.seconds:.1f} s → {out}")
        for line in notices(summary):
            self.console.print(f"[yellow]{line}[/]")
        if rows:
            table = Table("dataset", "rows", title="rows written")
            for name, n in rows.items():
                table.add_row(name, str(n))
            self.console.print(table)
        warnings = sum(o.warnings for o in summary.outcomes)
        if warnings:
            self.console.print(f"{warnings} warnings on rows (see the `warnings` columns; `pipeline query` to list them)")
        for o in summary.failed:
            self.console.print(f"[red]failed[/] {o.source_path}: {o.reason} — {o.message}")
        if summary.quarantined:
            self.console.print(f"{summary.quarantined} document(s) failed in an earlier run and are unchanged: "
                               "not retried (`pipeline status` lists them; --retry-failed retries them)")
        for item in summary.overrides_unmatched:
            self.console.print(f"[yellow]override matched nothing[/] {item}")

    def nightly_summary(self, summary, out: Path) -> None:
        """Plain lines for a scheduler's journal or a cron mail: one summary, then one line per failure."""
        rows = summary.rows_per_dataset()
        print(f"pipeline: {len(summary.processed)} processed, {len(summary.failed)} failed, "
              f"{summary.skipped} unchanged skipped ({summary.quarantined} quarantined), "
              f"rows {sum(rows.values())}, {summary.seconds:.1f} s, out {out}, log {summary.log_path}",
              file=sys.stderr)
        for line in notices(summary):
            print(f"pipeline: {line}", file=sys.stderr)
        for o in summary.failed:
            print(f"pipeline: failed {o.source_path}: {o.reason}: {o.message}", file=sys.stderr)
        for item in summary.overrides_unmatched:
            print(f"pipeline: override matched nothing: {item}", file=sys.stderr)


def notices(summary) -> list[str]:
    """What a user must hear about besides the counts: inputs not read, documents replaced, copies, pruning."""
    lines = []
    if summary.unsupported:
        kinds = ", ".join(f"{suffix} ×{n}" for suffix, n in sorted(summary.unsupported.items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(f"skipped {sum(summary.unsupported.values())} unsupported: {kinds} "
                     "(listed in `documents` with reason unsupported_format)")
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
