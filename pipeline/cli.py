"""`pipeline` — Romanian social-services plans and reports → Parquet datasets.

One verb per job; `pipeline VERB --help` shows examples.
"""
from __future__ import annotations

import argparse
from functools import partial
import os
import sys
from pathlib import Path

from filelock import FileLock, Timeout

from pipeline.cli_common import (DEFAULT_DATA, EXIT_USAGE, LOCK_NAME, Parser, VersionAction, add_data_option,
                                 data_folder, not_output_folder, to_json, unknown_arguments_message, usage_error)
from pipeline.cli_status import cmd_status, collect_status  # noqa: F401  (collect_status: part of this interface)
from pipeline.duplicates import PREFER_CHOICES

EXIT_OK, EXIT_FAILED_DOCS, EXIT_LOCKED = 0, 1, 75
EXIT_IO = 74  # sysexits' EX_IOERR: the output folder could not be written (full disk, I/O error)
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM, as a shell reports them
DEFAULT_OUT = Path(DEFAULT_DATA)
DEFAULT_OVERRIDES = Path("data/overrides.yaml")

MAIN_EPILOG = """quick start:
  pipeline run                      # data/raw → data/processed (PDF, scanned PDF, DOCX, ODT, txt/md/html)
  pipeline status                   # what data/processed holds, failures with reasons
  pipeline query --list-examples    # ready-made SQL over the datasets (DuckDB)
  pipeline report                   # report.html: what was found and what looks wrong
  pipeline validate                 # data/processed against its datapackage.json (the published schema)
  pipeline export --format sqlite   # datasets.db (also csv, xlsx); from Python: from pipeline import extract, run

every verb that reads or writes the datasets takes the folder as --data DIR (default data/processed).

exit codes (every verb): 0 ok; 1 a document failed (still recorded in `documents` with its reason);
2 usage error (one line on stderr: bad option, missing input, a folder that is not an output folder);
75 another run holds the output folder's lock (nothing written).
`run` also: 74 the output folder could not be written (full disk, I/O error); 130 / 143 stopped by Ctrl-C /
SIGTERM (the documents recorded before are whole; the next run goes on).
"""

RUN_EPILOG = """examples:
  pipeline run                                   # every document under data/raw → data/processed
  pipeline run plans/ reports/2023 --data out/   # several inputs, another data folder
  pipeline run data/raw/plan.pdf --force         # re-process a document already in the manifest
  pipeline run --workers 2                       # two documents at a time
  pipeline run --nightly data/raw --data data/processed --wait 600  # the scheduled job (docs/nightly.md)

A second run over the same inputs rewrites nothing (documents are keyed by the sha256 of their bytes).
A document that failed is quarantined: later runs skip it until its bytes change or --retry-failed is given.
Each document runs in its own process, stopped at --timeout (reason timeout) or --max-memory
(reason out_of_memory). Every run appends JSON lines (started / finished with row counts / failed with
reason, seconds) to <data>/_log.jsonl; `pipeline status` shows what the data folder holds. The summary goes to
stdout, the progress bar and each failed document (once) to stderr.

Exit codes: 0 all processed documents ok; 1 a document failed (it is still recorded in `documents` with
status failed and the reason); 2 usage error; 74 the data folder could not be written (full disk, I/O error:
the run stopped, what it recorded is whole); 75 another run holds the lock <data>/.lock (nothing written);
130 / 143 stopped by Ctrl-C / SIGTERM (what it recorded is whole; the next run goes on).
"""

QUERY_EPILOG = """examples:
  pipeline query "select doc_type, count(*) from documents group by 1"
  pipeline query "select service_code, sum(budget_total_lei) from services group by 1 order by 2 desc limit 10"
  pipeline query --format csv "select * from totals where not matches"
  pipeline query --list-examples                 # named example queries
  pipeline query --example totals-not-adding-up --format csv

Every dataset is a view named after it: documents, services, procurements, subsidies, trainings, activities,
partnerships, totals, indicators, institutions.

Sandbox: by default only read-only statements run, DuckDB may read the data folder only, and the settings are
locked (no COPY … TO, ATTACH, read_text('/etc/…'), no network). --allow-file-access lifts it, for exports:
  pipeline query --allow-file-access "copy (select * from services) to 'services.csv'"
"""


# set by run_cli: this process is the command's own, not a program (or a test) calling main(); only then may a
# verb change what the process's libraries do for the rest of its life (Arrow without pandas, the quick exit)
_COMMAND_PROCESS = False

PRUNE_EPILOG = """examples:
  pipeline prune --dry-run                       # what would go
  pipeline prune --data out/
  pipeline run data/raw --prune                  # the same, after a run

An output folder keeps a document's rows after its file is deleted, moved or not given to a run (a folder
not mounted tonight must not erase data). Pruning forgets every recorded location whose file no longer
exists and drops the documents left without any location (their rows in every dataset). It takes the
output folder's lock like a run (exit code 75 if a run holds it).
"""


REPORT_EPILOG = """examples:
  pipeline report                                # data/processed → report.html
  pipeline report --data out/ --out out/report.html --source-root plans/

One HTML page, no network needed (text and DOCX sources are written beside it as line-numbered pages):
warning kinds with their level and meaning, stated totals checked · mismatch · unchecked, codes not in the
nomenclator, documents, charts per year and document, every flagged row with a link to its source (a PDF at
its page, a text or DOCX at its line). Sources are found from documents.source_uri, else --source-root.
docs/review.md explains how to correct what it shows with an overrides file.
"""


def _lock(out: Path, wait_s: float) -> FileLock:
    """The output folder's exclusive lock (an OS-level lock on ``<out>/.lock``: released by the kernel when
    the holder dies, even by kill -9, so a stale lock cannot block the next night)."""
    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(out / LOCK_NAME))
    lock.acquire(timeout=max(0.0, wait_s), poll_interval=0.2)
    return lock


def _prepare_out(out: Path) -> str | None:
    """Create the output folder; the reason it cannot be used, or None."""
    from pipeline.discovery import shown

    if shown(str(out)) != str(out):  # Arrow and DuckDB take paths as UTF-8 text: they could not write or read it
        return f"--data {shown(str(out))} is not a UTF-8 name; give a folder whose path is UTF-8"
    if out.exists() and not out.is_dir():
        return f"--data {out} is a file, not a folder"
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"--data {out} cannot be created: {exc.strerror or exc}"
    if not os.access(out, os.W_OK | os.X_OK):
        return f"--data {out} is not writable"
    return None


def _scheduler_problem(address: str) -> str | None:
    """A Dask scheduler address needs a host and a port (``tcp://host:8786`` or ``host:8786``)."""
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        port = parts.port
    except ValueError:
        port = None
    if not parts.hostname or port is None:
        return f"--scheduler {address!r} needs a host and a port, e.g. tcp://{parts.hostname or 'host'}:8786"
    return None


def _dask_executor(execute_dask, scheduler: str, timeout_s: float, jobs, emit):
    return execute_dask(jobs, scheduler, timeout_s, emit=emit)


def _lock_or_say(folder: Path, wait: float, consequence: str):
    """The data folder's lock, or None after saying on stderr that another run holds it (and what was not done)."""
    try:
        return _lock(folder, wait)
    except Timeout:
        print(f"error: another pipeline run holds the lock {folder / LOCK_NAME}{consequence}. "
              f"Exit code {EXIT_LOCKED}.", file=sys.stderr)
        return None


def cmd_run(args: argparse.Namespace) -> int:
    inputs = [Path(p) for p in (args.paths or ["data/raw"])]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        print(f"error: input not found: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    if args.timeout <= 0 or args.workers < 1 or args.wait < 0:
        return usage_error("--timeout and --workers must be positive, --wait not negative")
    if not args.scheduler:
        from pipeline.pool import prestart

        prestart(map(str, inputs))  # the fork server loads while this process plans (pipeline.pool)
    from pipeline.regex_cache import remembered

    with remembered("main"):  # this process's modules compile ~200 regular expressions (pipeline.regex_cache)
        from pipeline.progress import ProgressPrinter
        from pipeline.runner import run
        from pipeline.overrides import OverridesError, load_overrides

    if _COMMAND_PROCESS and not args.scheduler:
        from pipeline.writers import arrow_without_pandas

        arrow_without_pandas()  # the command's own process only writes Python values (pipeline.writers)

    if args.overrides and args.no_overrides:
        return usage_error("give --overrides FILE or --no-overrides, not both")
    overrides_path = Path(args.overrides) if args.overrides else DEFAULT_OVERRIDES
    if args.overrides and not overrides_path.is_file():
        return usage_error(f"--overrides {overrides_path} not found (no correction would be applied)")
    try:
        overrides = load_overrides(overrides_path) if overrides_path.is_file() and not args.no_overrides else None
    except OverridesError as exc:
        return usage_error(str(exc))
    executor = None
    if args.scheduler:
        if args.password:
            return usage_error("--password works with local workers only, not with --scheduler")
        problem = _scheduler_problem(args.scheduler)
        if problem:
            return usage_error(problem)
        from pipeline.distributed import execute_dask

        executor = partial(_dask_executor, execute_dask, args.scheduler, args.timeout)
    out, problem = data_folder(args, "--out")
    if problem:
        return usage_error(problem)
    problem = _prepare_out(out)
    if problem:
        return usage_error(problem)
    lock = _lock_or_say(out, args.wait, f" (waited {args.wait:g} s); nothing was written")
    if lock is None:
        return EXIT_LOCKED
    quiet = args.quiet or args.nightly
    from pipeline.distributed import SchedulerUnavailable

    stop_on_sigterm = _stop_on_sigterm()
    try:
        with ProgressPrinter(quiet=quiet) as progress:
            summary = run(inputs, out, force=args.force, workers=args.workers, retry_failed=args.retry_failed,
                          timeout_s=args.timeout, on_event=progress.event,
                          max_memory_mb=args.max_memory or None,
                          log_path=Path(args.log) if args.log else True, executor=executor,
                          overrides=overrides, prefer=args.prefer, prune=args.prune, password=args.password)
        if args.nightly:
            progress.nightly_summary(summary, out)
        else:
            progress.summary(summary, out)
    except SchedulerUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt as exc:  # Ctrl-C, or a scheduler stopping the service (SIGTERM)
        stopped_by = "SIGTERM" if isinstance(exc, Stopped) else "SIGINT (Ctrl-C)"
        code = EXIT_TERMINATED if isinstance(exc, Stopped) else EXIT_INTERRUPTED
        print(f"interrupted by {stopped_by}: the documents recorded before are whole, the others are not recorded; "
              f"the next run cleans up and goes on where this one stopped. Exit code {code}.", file=sys.stderr)
        return code
    except OSError as exc:  # the output folder could not be written: a full disk or quota, an I/O error
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: writing to {out} failed: {exc.strerror or exc}{where}. The run stopped; the documents "
              f"recorded before are whole. Free space (or fix the disk) and run again. Exit code {EXIT_IO}.",
              file=sys.stderr)
        return EXIT_IO
    finally:
        stop_on_sigterm()
        lock.release()
    return EXIT_FAILED_DOCS if summary.failed else EXIT_OK


class Stopped(KeyboardInterrupt):
    """SIGTERM (``systemctl stop``, a scheduler's time limit): stops a run as Ctrl-C does, at once, with what a
    kill leaves (whole documents only: pipeline.store's order of writes) and the workers stopped."""

    signal_name = "SIGTERM"  # recorded in the run history (pipeline.runner): the run was stopped by it


def _stop_on_sigterm():
    """Turn SIGTERM into :class:`Stopped` while a run goes on (the default ends the process without a word in the
    log or on stderr); returns what restores the previous handler."""
    import signal

    def stop(signum, frame):
        raise Stopped()

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (a program calling main() from a thread): left as it is
        return lambda: None
    return lambda: signal.signal(signal.SIGTERM, previous)


def cmd_prune(args: argparse.Namespace) -> int:
    from pipeline.datapackage import write_datapackage
    from pipeline.institutions import InstitutionFiles
    from pipeline.manifest import Manifest
    from pipeline.prune import prune
    from pipeline.writers import mark_empty_datasets

    data, problem = data_folder(args)
    problem = problem or not_output_folder(data)
    if problem:
        return usage_error(problem)
    lock = _lock_or_say(data, args.wait, "; nothing was changed")
    if lock is None:
        return EXIT_LOCKED
    try:
        from pipeline import duplicates

        manifest = Manifest.load(data)
        result = prune(data, manifest, dry_run=args.dry_run)
        if not args.dry_run and (result.dropped or result.relocated):
            InstitutionFiles(data, manifest).write_dataset()
            duplicates.update(data, manifest)
            mark_empty_datasets(data)
            write_datapackage(data)  # it lists the files: those of the dropped documents are gone
        if not args.dry_run:
            manifest.save(compact=True)  # the folder's whole manifest in _manifest.json, as after a run
    finally:
        lock.release()
    verb = "would drop" if args.dry_run else "dropped"
    for doc_id, path in result.dropped:
        print(f"{verb} {path} ({doc_id[:12]})")
    print(f"{verb} {len(result.dropped)} document(s) whose files are gone; {result.relocated} document(s) lost some "
          f"of their locations ({len(result.locations_removed)} location(s) forgotten)"
          + (f"; {result.unknown_location} entries of an older version have no recorded location"
             if result.unknown_location else ""))
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from pipeline import examples
    from pipeline.query import connect, execute, print_result

    if args.list_examples:
        return _list_examples(args.format)
    if (args.sql is None) == (args.example is None):
        print("error: give either SQL or --example NAME (pipeline query --list-examples)", file=sys.stderr)
        return EXIT_USAGE
    sql = args.sql
    if args.example is not None:
        try:
            sql = examples.get(args.example).sql
        except KeyError as exc:
            print(f"error: {exc.args[0]}", file=sys.stderr)
            return EXIT_USAGE
    data, problem = data_folder(args)
    problem = problem or not_output_folder(data)
    if problem:
        return usage_error(problem)
    sandbox = not args.allow_file_access
    con = connect(data, sandbox=sandbox)
    try:
        result = execute(con, sql, sandbox=sandbox)
    except Exception as exc:
        return usage_error(" ".join(str(exc).split()))
    print_result(result, args.format)
    return EXIT_OK


def _list_examples(fmt: str) -> int:
    from pipeline.examples import EXAMPLES

    if fmt == "json":
        print(to_json([{"name": e.name, "description": e.description, "sql": e.sql.strip()} for e in EXAMPLES]))
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(["name", "description"])
        writer.writerows([e.name, e.description] for e in EXAMPLES)
    else:
        width = max(len(e.name) for e in EXAMPLES)
        for e in EXAMPLES:
            print(f"{e.name:<{width}}  {e.description}")
        print("\nrun one: pipeline query --example NAME   (its SQL: pipeline query --list-examples --format json)")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report import write_report

    data, problem = data_folder(args)
    problem = problem or not_output_folder(data)
    if problem:
        return usage_error(problem)
    # a root that does not exist is passed on: the report names each source it could not find there
    source_root = Path(args.source_root) if args.source_root else None
    out = write_report(data, Path(args.out), source_root=source_root, max_rows=args.max_rows).absolute()
    from pipeline.report import views_dir_for

    views = views_dir_for(out)
    # where, with what beside it, and how to open it (it printed a bare relative name, `report written to report.html`)
    print(f"report written to {out}" + (f" (with {views.name}/, the line-numbered sources its links open: keep them "
                                        "together)" if views.is_dir() else ""))
    print(f"open it in a browser: {out.as_uri()}")
    return EXIT_OK


INSPECT_EPILOG = """examples:
  pipeline inspect data/raw/plan.pdf                # markdown: blocks, tables, mappings, rows kept and dropped
  pipeline inspect data/raw/plan.pdf --page 4       # only what is printed on page 4
  pipeline inspect data/raw/plan.pdf --page 4 --line 12   # the row printed there, its table, the records it gave
  pipeline inspect data/raw/plan.txt --line 242      # a text or DOCX source: lines of the whole document
  pipeline inspect data/raw/plan.docx --json > plan.json   # the same as JSON (docs/inspect.schema.json)
  pipeline inspect locked.pdf --password SECRET             # a password-protected PDF

Nothing is written: the document is read and understood in this process, as `pipeline run` does.
"""


def cmd_inspect(args: argparse.Namespace) -> int:
    from extractors.model import ReaderError
    from pipeline.inspect import inspect_file, render_md

    path = Path(args.file)
    if not path.is_file():
        print(f"error: no such file: {path}", file=sys.stderr)
        return EXIT_USAGE
    try:
        data = inspect_file(path, page=args.page, password=args.password, line=args.line)
    except ReaderError as exc:
        print(f"error: {path}: {exc.reason}: {exc}", file=sys.stderr)
        return EXIT_FAILED_DOCS
    if args.json:
        print(to_json(data))
    else:
        sys.stdout.write(render_md(data, max_rows=args.max_rows))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="pipeline", description=__doc__, epilog=MAIN_EPILOG,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="VERB")

    p = sub.add_parser("run", help="extract documents into the Parquet datasets", epilog=RUN_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", help="files or folders (default: data/raw)")
    add_data_option(p, legacy_positional=False, legacy_out=True)  # `--out DIR` before 0.2
    p.add_argument("--force", action="store_true", help="re-process documents the manifest already holds")
    p.add_argument("--retry-failed", action="store_true", help="retry documents that failed before")
    p.add_argument("--overrides", metavar="FILE",
                   help="reviewers' corrections applied to every run (default: data/overrides.yaml, if present; "
                        "a FILE given here must exist)")
    p.add_argument("--no-overrides", action="store_true", help="apply no corrections (not even data/overrides.yaml)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="send documents to a Dask cluster (e.g. tcp://host:8786; needs the [dask] extra)")
    p.add_argument("--password", metavar="SECRET",
                   help="password of protected PDFs (a protected PDF it does not open fails with encrypted_pdf)")
    p.add_argument("--workers", type=int, default=1, help="documents processed at once (processes)")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per document (default 600)")
    p.add_argument("--max-memory", type=float, default=2048.0, metavar="MB",
                   help="memory allowed per document, MB (default 2048; 0: no limit)")
    p.add_argument("--wait", type=float, default=0.0,
                   help="seconds to wait for another run's lock before exiting with code 75 (default 0)")
    p.add_argument("--log", metavar="FILE", help="JSON-lines event log (default: <out>/_log.jsonl)")
    p.add_argument("--nightly", action="store_true",
                   help="scheduled mode: no progress bar, one summary line; see docs/nightly.md")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--prefer", choices=list(PREFER_CHOICES),
                   help="which copy of a publication found in several formats is kept as the original (the others "
                        "get documents.duplicate_of); default: the one that gave the most rows; kept by later runs")
    p.add_argument("--prune", action="store_true",
                   help="afterwards drop the rows of documents whose files are all gone (see `pipeline prune`)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("prune", help="drop the rows of documents whose input files were deleted",
                       epilog=PRUNE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_data_option(p)
    p.add_argument("--dry-run", action="store_true", help="list what would be dropped, change nothing")
    p.add_argument("--wait", type=float, default=0.0, help="seconds to wait for a run's lock (default 0)")
    p.set_defaults(func=cmd_prune)

    p = sub.add_parser("query", help="run SQL (DuckDB) over the datasets", epilog=QUERY_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sql", nargs="?", help="the SQL to run (or use --example)")
    add_data_option(p, legacy_positional=False)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--example", metavar="NAME", help="run a named example query (see --list-examples)")
    p.add_argument("--list-examples", action="store_true", help="list the named example queries")
    p.add_argument("--allow-file-access", action="store_true",
                   help="lift the read-only sandbox (for COPY … TO exports or reading other files)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("report", help="write a self-contained HTML quality report of the datasets",
                       epilog=REPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_data_option(p)
    p.add_argument("--out", default="report.html", help="HTML file to write (default: report.html)")
    p.add_argument("--source-root", default="data/raw",
                   help="folder the documents were read from, for links to the sources (default: data/raw)")
    p.add_argument("--max-rows", type=int, default=2000, help="flagged rows listed at most (default 2000)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("status", help="what the manifest holds: documents per status, last run, failures",
                       epilog="examples:\n  pipeline status\n  pipeline status --data out/ --json\n",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_data_option(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("inspect", help="show how one document was understood: tables, kinds, mappings, rows",
                       epilog=INSPECT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", help="the document (PDF, DOCX, ODT, txt/md/html)")
    p.add_argument("--page", type=int, metavar="N", help="only the blocks and tables on page N")
    p.add_argument("--line", type=int, metavar="L",
                   help="only what is printed on line L (of page N for a PDF, as warnings name places: p4/l12): "
                        "the row there, its table and the records read from it")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON (docs/inspect.schema.json)")
    fmt.add_argument("--md", action="store_true", help="markdown (the default)")
    p.add_argument("--max-rows", type=int, default=60, help="rows listed per table in markdown (default 60)")
    p.add_argument("--password", metavar="SECRET",
                   help="password of a protected PDF (as for `run`; without it such a PDF fails with encrypted_pdf)")
    p.set_defaults(func=cmd_inspect)

    from pipeline.cli_data import add_data_commands

    add_data_commands(sub)  # validate, export
    return parser


def main(argv: list[str] | None = None) -> int:
    """The CLI, in this process: returns the exit code (a usage error is 2, --help and --version 0)."""
    parser = build_parser()
    try:
        args, extras = parser.parse_known_args(argv)
        if extras:
            verb = _verb_parser(parser, args.command)
            verb.error(unknown_arguments_message(extras, verb))
    except SystemExit as exc:  # argparse: a usage error (its message is on stderr), --help or --version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return args.func(args)
    except BrokenPipeError:
        # the reader of our output went away (`pipeline query … | head -1`): it has what it asked for. Point
        # stdout at /dev/null so the interpreter's final flush does not fail again, and end quietly.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_OK


def run_cli() -> None:
    """The process's entry point (the ``pipeline`` command, ``python -m pipeline``): :func:`main` on the command
    line, then the exit. After ``run``, the process ends without the interpreter's teardown (freeing every module
    and object one by one: ~0.15 s of CPU after the last file is written, with Arrow loaded): the exit handlers run
    (multiprocessing removes its temporary folder), the output streams are flushed, then the process exits. Every
    file of the run is closed and its lock released by then."""
    global _COMMAND_PROCESS
    _COMMAND_PROCESS = True
    code = main()
    if sys.argv[1:2] == ["run"]:
        _exit_now(code)
    sys.exit(code)


def _exit_now(code: int) -> None:
    import atexit

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None:  # not CPython: the ordinary exit
        sys.exit(code)
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # a closed pipe: nothing more can be said on it
            pass
    os._exit(code)


def _verb_parser(parser: argparse.ArgumentParser, verb: str | None) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and verb in action.choices:
            return action.choices[verb]
    return parser


if __name__ == "__main__":
    run_cli()
