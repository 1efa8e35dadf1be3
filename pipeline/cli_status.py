"""The verb `pipeline status`: what a data folder holds, from its manifest, as tables or JSON.

Kept apart from :mod:`pipeline.cli` (which only registers it): read-only, it never takes the lock and never writes.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.cli_common import EXIT_USAGE, LOCK_NAME, data_folder, not_output_folder, to_json, usage_error

EXIT_OK = 0


def collect_status(data: Path) -> dict:
    """What the output folder holds, from its manifest (read-only: never takes the lock, never writes)."""
    from pipeline.manifest import MANIFEST_NAME, Manifest
    from pipeline.runner import LOG_NAME
    from pipeline.table_summary import low_coverage
    from pipeline.writers import find_orphans

    try:
        manifest = Manifest.load(data, repair=False)
    except ValueError as exc:
        return {"data": str(data), "error": f"{exc}; the next run moves it aside and redoes every document"}
    rows: dict[str, int] = {}
    for e in manifest.entries.values():
        for k, v in (e.rows or {}).items():
            rows[k] = rows.get(k, 0) + v
    failures = [{"doc_id": e.doc_id, "source_path": e.source_path, "reason": e.reason, "message": e.message,
                 "processed_at": e.processed_at} for e in manifest.failures()]
    by_reason: dict[str, int] = {}
    for f in failures:
        by_reason[f["reason"] or "unknown"] = by_reason.get(f["reason"] or "unknown", 0) + 1
    orphans = find_orphans(data, manifest.entries.keys()) if data.exists() else []
    return {"data": str(data), "documents": len(manifest.entries), "by_status": manifest.by_status(),
            "rows": rows, "last_run": manifest.runs[-1] if manifest.runs else None, "runs_recorded": len(manifest.runs),
            "failures_by_reason": dict(sorted(by_reason.items())), "failures": failures,
            "pending_cleanup": len(orphans), "low_coverage": low_coverage(data) if data.exists() else [],
            "manifest": str(data / MANIFEST_NAME),
            "log": str(data / LOG_NAME), "lock": str(data / LOCK_NAME)}


def last_run_text(last: dict) -> str:
    """The last run of the history in words: when, what it did, whether a signal stopped it, what it flagged."""
    stopped = last.get("stopped")
    text = (f"last run: started {last.get('started_at')}, {last.get('seconds')} s, "
            + (f"STOPPED by {stopped} after " if stopped else "")
            + f"{last.get('processed')} processed, {last.get('failed')} failed, "
            f"{last.get('skipped')} unchanged skipped ({last.get('quarantined', 0)} quarantined)")
    if stopped:
        text += "; the documents it recorded are whole, the next run goes on with the others"
    to_check = last.get("to_check") or {}
    if to_check:
        text += ("; rows to check: " + ", ".join(f"{kind} {n}" for kind, n in to_check.items())
                 + " (`pipeline report`)")
    return text


def cmd_status(args: argparse.Namespace) -> int:
    data, problem = data_folder(args)
    problem = problem or not_output_folder(data)
    if problem:
        return usage_error(problem)
    status = collect_status(data)
    if args.json:
        print(to_json(status))
        return EXIT_USAGE if "error" in status else EXIT_OK
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text  # file names and messages as they are: `plan [draft].pdf` is no console markup

    console = Console()
    if "error" in status:
        console.print(f"[red]error[/] {status['error']}")
        return EXIT_USAGE
    table = Table("status", "documents", title=f"{status['documents']} documents in {data}")
    for k, v in status["by_status"].items():
        table.add_row(k, str(v))
    console.print(table)
    if status["rows"]:
        rows = Table("dataset", "rows", title="rows held")
        for k, v in status["rows"].items():
            rows.add_row(k, str(v))
        console.print(rows)
    if status["low_coverage"]:
        from pipeline.table_summary import DEFAULT_COVERAGE

        table = Table("coverage", "data tables unread", "tables", "source",
                      title=f"low coverage first (under {DEFAULT_COVERAGE.low:.0%} of data tables gave records; "
                            "`pipeline inspect FILE` shows why)")
        for d in status["low_coverage"]:
            table.add_row(f"{d['coverage']:.0%}", str(d["n_tables_unread"]), str(d["n_tables"]), Text(d["source_path"]))
        console.print(table)
    last = status["last_run"]
    if last:
        console.print(last_run_text(last), markup=False, highlight=False)
    else:
        console.print("no run recorded yet")
    if status["pending_cleanup"]:
        console.print(f"[yellow]{status['pending_cleanup']} document(s) have files but no manifest entry "
                      "(a run was interrupted); the next run removes and redoes them[/]")
    if status["failures"]:
        table = Table("source", "reason", "message", title="failures (quarantined until the file changes or "
                      "`pipeline run --retry-failed`)")
        for f in status["failures"]:
            # the whole message: its end often says what to do ("… cut short; fetch it again")
            table.add_row(Text(f["source_path"]), f["reason"] or "", Text(f["message"] or ""))
        console.print(table)
    console.print(f"log: {status['log']}   lock: {status['lock']}")
    return EXIT_OK
