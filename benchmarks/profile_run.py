"""Where the time of a whole run goes: ``pipeline run`` in one process under cProfile, imports included.

    .venv/bin/python benchmarks/profile_run.py FILE_OR_FOLDER... [--top 30] [--sort tottime] [--dump run.prof]
    .venv/bin/python benchmarks/profile_run.py --plan 200      # a generated 200-page plan (as bench_e2e makes)
    .venv/bin/python benchmarks/profile_run.py --preload       # the fork server's load, step by step (CPU s)

The documents go through :func:`pipeline.runner.run` exactly as the CLI sends them, except that each one is
extracted in this process instead of a worker process (a profiler does not follow forks), so the figures are the
work of a run: imports, planning (sha256), reading, understanding, records and prose, validation, Parquet
writing, the copies check and the datapackage. Worker start-up is not in it (see ``bench_e2e.py --parts startup``).

Prints the wall time, the share of the stages (cumulative time of the functions that start each stage; a stage
called inside another is counted in both), then the top functions. ``--dump`` keeps the raw profile for
``snakeviz`` / ``pstats``.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (label, file suffix, function name): the functions whose cumulative time is a stage of a run
STAGES = [
    ("imports (first use of each module)", "<frozen importlib._bootstrap>", "_find_and_load"),
    ("planning: discovery, sha256", "pipeline/plan.py", "make_plan"),
    ("extraction of one document (all)", "pipeline/worker.py", "process_job"),
    ("  reading (readers)", "extractors/readers/__init__.py", "read_document"),
    ("  understanding (repair, classify, map)", "extractors/understanding/build.py", "understand"),
    ("  records, prose, validation", "pipeline/extraction.py", "extract_understood"),
    ("  prose (spaCy)", "extractors/prose/driver.py", "extract_prose"),
    ("    spaCy pipeline set-up", "extractors/prose/figures.py", "get_nlp"),
    ("  validation", "pipeline/validate.py", "validate"),
    ("  tables summary", "pipeline/table_summary.py", "summarise_tables"),
    ("writing (Parquet, manifest)", "pipeline/store.py", "record_outcomes"),
    ("copies of one publication", "pipeline/duplicates.py", "update"),
    ("datapackage.json", "pipeline/datapackage.py", "write_datapackage"),
]


def _in_process(jobs, emit):
    from pipeline.worker import process_job

    for job in jobs:
        emit("started", job, None)
        yield job, process_job(job)


def stage_times(stats: pstats.Stats) -> list[tuple[str, float]]:
    found: dict[str, float] = {}
    for (filename, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for label, suffix, name in STAGES:
            if func == name and filename.endswith(suffix):
                if label.startswith("imports"):
                    found[label] = max(found.get(label, 0.0), ct)  # recursive: the outermost call holds the rest
                else:
                    found[label] = found.get(label, 0.0) + ct
    return [(label, found.get(label, 0.0)) for label, _, _ in STAGES]


def preload_steps() -> list[tuple[str, float, float]]:
    """The fork server's load (pipeline._worker_preload) cut into its steps, each timed in CPU seconds in turn, in
    this process, with the collector off as there, with the growth of the process's RSS (MB) over each step. Run
    it in a fresh process: an import already done costs 0."""
    import gc

    import psutil

    gc.disable()
    proc = psutil.Process()
    steps: list[tuple[str, float, float]] = [("interpreter and this script", time.process_time(),
                                              proc.memory_info().rss / 2**20)]
    last, last_rss = time.process_time(), proc.memory_info().rss

    def step(name: str) -> None:
        nonlocal last, last_rss
        now, rss = time.process_time(), proc.memory_info().rss
        steps.append((name, now - last, (rss - last_rss) / 2**20))
        last, last_rss = now, rss

    from pipeline.regex_cache import remembered

    with remembered():  # as the server loads: regular expressions from the cache of the last load
        _preload_steps(step)
    gc.enable()
    gc.freeze()
    return steps


def _preload_steps(step) -> None:
    import pipeline.worker

    step("import pipeline.worker (the extraction modules)")
    from extractors.prose.nlp import _import_spacy

    _import_spacy()  # as prose imports it: without spaCy's command-line interface
    step("import spacy (without its CLI)")
    from extractors.prose.figures import _lemma_lookup, get_nlp

    _lemma_lookup()
    step("lemma table (spacy-lookups-data)")
    get_nlp()
    step("spacy.blank('ro'), tokenizer cases, Matcher")
    from normalizers.places import _siruta

    _siruta()
    step("SIRUTA (its cached parse, else sirutalib)")
    pipeline.worker.warm_up()
    step("rest of the warm-up extraction")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--preload", action="store_true", help="time the fork server's load step by step instead")
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--plan", type=int, help="profile a generated plan of this many pages instead")
    parser.add_argument("--top", type=int, default=30, help="functions listed (default 30)")
    parser.add_argument("--sort", default="cumulative", help="pstats order: cumulative (default), tottime, …")
    parser.add_argument("--dump", type=Path, help="write the raw profile here")
    args = parser.parse_args()
    if args.preload:
        steps = preload_steps()
        for name, seconds, mb in steps:
            print(f"  {name:50s} {seconds:6.3f} s CPU  {mb:+7.1f} MB RSS")
        print(f"  {'total (after the interpreter)':50s} {sum(s for _, s, _ in steps[1:]):6.3f} s CPU  "
              f"{sum(m for _, _, m in steps):7.1f} MB RSS")
        return 0
    with tempfile.TemporaryDirectory(prefix="profile-run-") as t:
        tmp = Path(t)
        inputs = list(args.inputs)
        if args.plan:
            from bench_e2e import write_long_plan  # noqa: PLC0415  (a sibling script)

            pdf = tmp / f"plan_{args.plan}.pdf"
            write_long_plan(pdf, args.plan)
            inputs.append(pdf)
        if not inputs:
            parser.error("give files or folders, or --plan N")
        out = tmp / "out"
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        from pipeline.runner import run  # imported under the profiler: start-up imports are part of a run

        summary = run(inputs, out, force=True, workers=1, executor=_in_process, log_path=None)
        profiler.disable()
        wall = time.perf_counter() - started
        shutil.rmtree(out, ignore_errors=True)
    if args.dump:
        profiler.dump_stats(str(args.dump))
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    print(f"{len(summary.outcomes)} documents, wall {wall:.2f} s under the profiler (profiled time {total:.2f} s)")
    print("\nstages (cumulative s, share of the wall time):")
    for label, seconds in stage_times(stats):
        print(f"  {label:42s} {seconds:8.2f}  {100 * seconds / wall:5.1f} %")
    buf = io.StringIO()
    pstats.Stats(profiler, stream=buf).sort_stats(args.sort).print_stats(args.top)
    print("\n" + "\n".join(line for line in buf.getvalue().splitlines() if line.strip())[:20000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
