"""Where a whole run's CPU goes, process by process, and what that gives on an idle 2-core machine.

    .venv/bin/python benchmarks/run_timeline.py $(ls ../shared/corpus/*.pdf | grep -v _scan) --workers 1
    .venv/bin/python benchmarks/run_timeline.py FILES --workers 2 --runs 3 --compare /tmp/before

Runs ``pipeline run FILES --workers N`` (into a fresh folder, ``--force``) and reads every process of its tree
every 5 ms with psutil: the main process, the fork server, the resource tracker and each document's worker. It
prints, in CPU seconds (user + system):

- the main process before the first worker started (its own start: CLI, Arrow, the registry, planning), while
  workers ran, and after the last worker ended (the last document's files, the end of the run);
- the fork server before it forked the first worker (its load: imports, spaCy, the warm-up);
- each worker (one per document, in the order they started).

On a machine shared with other work, wall times say how much of the machine the run got; these CPU figures move
much less. From them it works out the wall time the run would take on an idle machine with ``--cores`` cores
(the *model* lines): the fork server's load, then the workers' CPU laid out in the order they started (each on
the first free slot, ``--workers`` slots), the main process's CPU while workers ran shared with them when there is
no free core, then the main process's tail. The model leaves out what is not CPU (fsync waits, reading files), so
on an idle machine it is a lower bound. On a loaded one every process's CPU time is inflated too (shared caches,
other processes' memory traffic: 1.1-1.4x a quiet machine's figures here), and so is the model's figure: compare
its ratios (one against two workers, one checkout against another), not its seconds.

With ``--workers 1`` it also prints the *bound* (:func:`bound`): the best wall time ``--cores`` workers could give
from the same CPU figures, and the largest start before the first document (the fork server's load) that would
still give ``--target`` times the one-worker run (default 1.8).
"""
from __future__ import annotations

import argparse
import heapq
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Timeline:
    wall: float = 0.0
    main_before: float = 0.0  # main process's CPU when the first worker appeared
    main_during: float = 0.0  # … from then until the last worker ended
    main_after: float = 0.0  # … after the last worker ended
    server_load: float = 0.0  # fork server's CPU when it forked the first worker
    server_after: float = 0.0  # the fork server's CPU after that (forking, serving)
    tracker: float = 0.0
    workers: list[float] = field(default_factory=list)  # CPU of each worker, in the order they started
    first_fork_at: float = 0.0  # wall time of the first worker's appearance
    last_end_at: float = 0.0

    @property
    def total(self) -> float:
        return (self.main_before + self.main_during + self.main_after + self.server_load + self.server_after
                + self.tracker + sum(self.workers))


def _cpu(p: psutil.Process) -> float | None:
    try:
        t = p.cpu_times()
        return t.user + t.system
    except psutil.Error:
        return None


def measure(files: list[str], workers: int, checkout: Path, out: Path) -> Timeline:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(checkout)
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "pipeline", "run", *files, "--out", str(out), "--force", "--quiet",
           "--workers", str(workers)]
    start = time.perf_counter()
    main = psutil.Popen(cmd, cwd=checkout, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    role: dict[int, str] = {}
    cpu: dict[int, float] = {}
    order: list[int] = []  # workers in the order they appeared
    tl = Timeline()
    main_cpu = 0.0
    running_workers: set[int] = set()
    while main.poll() is None:
        now = time.perf_counter() - start
        try:
            tree = main.children(recursive=True)
        except psutil.Error:
            tree = []
        seen_workers = set()
        for p in tree:
            if p.pid not in role:
                try:
                    parent = p.ppid()
                    line = " ".join(p.cmdline())
                except psutil.Error:
                    continue
                if parent == main.pid:
                    if "forkserver" in line:
                        role[p.pid] = "server"
                    elif "resource_tracker" in line:
                        role[p.pid] = "tracker"
                    # else: forked, not yet running its own program (its command line is still the main's)
                else:
                    role[p.pid] = "worker"
                    order.append(p.pid)
                    if len(order) == 1:
                        tl.first_fork_at = now
                        tl.main_before = main_cpu
                        server = next((q for q, r in role.items() if r == "server"), None)
                        tl.server_load = cpu.get(server, 0.0) if server else 0.0
            c = _cpu(p)
            if c is not None:
                cpu[p.pid] = c
                if role.get(p.pid) == "worker":
                    seen_workers.add(p.pid)
        if running_workers - seen_workers:  # a worker ended since the last reading
            tl.last_end_at = now
            tl.main_during = main_cpu - tl.main_before
        running_workers = seen_workers
        c = _cpu(main)
        if c is not None:
            main_cpu = c
        time.sleep(0.005)
    tl.wall = time.perf_counter() - start
    if main.returncode not in (0, 1):
        raise SystemExit(f"command failed ({main.returncode}): {' '.join(cmd)}")
    final_main = main_cpu  # its last reading: the process is reaped when poll() sees it end
    tl.main_after = max(0.0, final_main - tl.main_before - tl.main_during)
    server_total = sum(c for p, c in cpu.items() if role.get(p) == "server")
    tl.server_after = max(0.0, server_total - tl.server_load)
    tl.tracker = sum(c for p, c in cpu.items() if role.get(p) == "tracker")
    tl.workers = [cpu.get(p, 0.0) for p in order]
    return tl


def model(tl: Timeline, workers: int, cores: int) -> float:
    """Wall time on an idle machine from the CPU figures (see the module's docstring)."""
    slots = [0.0] * workers  # every slot is free when the fork server's load ends
    for w in tl.workers:
        heapq.heapreplace(slots, slots[0] + w)  # the slot that frees first takes the next document
    span = max(slots)
    # the main process (writing the ended documents) and the fork server (forking) while workers ran: on the
    # cores the workers leave idle, else shared with them
    beside = tl.main_during + tl.server_after
    idle = max(0.0, span * cores - sum(tl.workers)) if workers < cores else 0.0
    shared = max(0.0, beside - idle) / cores
    # the main process's own start runs beside the fork server's load (one core each)
    return max(tl.server_load, tl.main_before) + span + shared + tl.main_after


def bound(tl: Timeline, cores: int, target: float) -> tuple[float, float, float]:
    """From a one-worker run's figures: (the best wall time ``cores`` workers could give, the one-worker model's
    wall time over it, the largest start before the first document that would still give ``target``×).

    A one-worker run already has the other cores for the main process's start (beside the fork server's load) and
    for its writing (beside the worker): its wall is the start, the workers one after the other, then the tail.
    More workers divide only the workers' CPU and what the main process and the server do while they run (a
    document is never split: no less than the largest one); the start and the tail stay whole."""
    one = model(tl, 1, cores)
    start = max(tl.server_load, tl.main_before)
    divided = max(max(tl.workers, default=0.0),
                  (sum(tl.workers) + tl.main_during + tl.server_after) / cores) + tl.main_after
    best = start + divided
    # (start' + one - start) / (start' + divided) = target, solved for start'
    needed = ((one - start) - target * divided) / (target - 1)
    return best, one / best if best else 0.0, needed


def show(label: str, runs: list[Timeline], workers: int, cores: int, target: float = 1.8) -> None:
    med = lambda f: statistics.median(f(t) for t in runs)  # noqa: E731
    print(f"\n{label}: {len(runs)} run(s), --workers {workers}, medians, CPU s")
    print(f"  wall (this machine, loaded)            {med(lambda t: t.wall):7.2f}")
    print(f"  CPU of the tree                        {med(lambda t: t.total):7.2f}")
    print(f"  main process: before the first worker  {med(lambda t: t.main_before):7.2f}")
    print(f"  … while workers ran                    {med(lambda t: t.main_during):7.2f}")
    print(f"  … after the last worker ended          {med(lambda t: t.main_after):7.2f}")
    print(f"  fork server: load, before its 1st fork {med(lambda t: t.server_load):7.2f}")
    print(f"  … after                                {med(lambda t: t.server_after):7.2f}")
    print(f"  resource tracker                       {med(lambda t: t.tracker):7.2f}")
    print(f"  workers, in all                        {med(lambda t: sum(t.workers)):7.2f}")
    n = min(len(t.workers) for t in runs)
    print("  each worker, in start order            " + " ".join(
        f"{statistics.median(t.workers[i] for t in runs):.2f}" for i in range(n)))
    print(f"  model: wall on an idle {cores}-core machine   {med(lambda t: model(t, workers, cores)):7.2f}")
    if workers == 1 and cores > 1:
        bounds = [bound(t, cores, target) for t in runs]
        print(f"  bound: {cores} workers at best                {statistics.median(b[0] for b in bounds):7.2f}"
              f"  ({statistics.median(b[1] for b in bounds):.2f}x this run)")
        needed = statistics.median(b[2] for b in bounds)
        print(f"  … for {target:g}x, the start before the 1st document at most "
              + (f"{needed:.2f}" if needed > 0 else "— (out of reach even with none)"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--cores", type=int, default=2, help="cores of the idle machine of the model (default 2)")
    ap.add_argument("--compare", type=Path, metavar="CHECKOUT", help="another checkout, run in turn with this one")
    ap.add_argument("--target", type=float, default=1.8,
                    help="with --workers 1: the speed-up of --cores workers the bound line is worked out for")
    args = ap.parse_args()
    checkouts = {"this checkout": ROOT}
    if args.compare:
        checkouts[str(args.compare)] = args.compare.resolve()
    files = [str(Path(f).resolve()) for f in args.inputs]
    results: dict[str, list[Timeline]] = {k: [] for k in checkouts}
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory(prefix="timeline-") as tmp:
        for _ in range(args.runs):
            for label, checkout in checkouts.items():
                results[label].append(measure(files, args.workers, checkout, Path(tmp) / "out"))
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    for label, runs in results.items():
        show(label, runs, args.workers, args.cores, args.target)


if __name__ == "__main__":
    main()
