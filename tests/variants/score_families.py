"""Generate seeds of the document families, run the CLI once over them and print F1 per family × rendering ×
dataset (the mean over the documents of score.py's per-document F1).

usage (from the project root):
    python tests/variants/score_families.py --seeds 1000-1049            # the tuning range
    python tests/variants/score_families.py --seeds 9000-9049 --held-out # the held-out range: figures only
    python tests/variants/score_families.py --seeds 1000-1004 --families plan_commune --renderings rows,docx \
        --misses                                                          # what differs, tuning seeds only
    python tests/variants/score_families.py --seeds 1000-1049 --renderings office,office_plain  # opt-in: the
                                                 # DOCX printed to PDF by LibreOffice (needs `soffice`)

Options: --out DIR keeps the documents, gold folders (``gold/<family>_<seed>/``), Parquet output and
``scores.json`` (default: a temporary folder, removed); --workers N is passed to ``pipeline run``.
Held-out discipline (README.md "Families × seeds"): --misses is refused on held-out seeds.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import famscore  # noqa: E402
import families  # noqa: E402
from families import office  # noqa: E402

COLS = ("documents",) + famscore.DATASETS


def parse_seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def generate(seeds, fams, renderings, folder: Path) -> list[tuple[str, int, str, Path]]:
    unknown = [r for r in renderings if r not in families.RENDERINGS and r not in office.OFFICE_RENDERINGS]
    if unknown:
        raise SystemExit(f"unknown rendering(s) {unknown}: one of {sorted(families.RENDERINGS)} or the opt-in "
                         f"{sorted(office.OFFICE_RENDERINGS)}")
    # the opt-in office renderings are printed to PDF by one LibreOffice process at the end
    batch = office.OfficeBatch() if any(r in office.OFFICE_RENDERINGS for r in renderings) else None
    docs = []
    try:
        for fam in fams:
            for seed in seeds:
                g = families.generate(fam, seed)
                families.write_gold(g, folder / "gold")
                for r in renderings:
                    docs.append((fam, seed, r, families.write_rendering(g, r, folder / "in", batch)))
        if batch is not None:
            batch.convert()
    finally:
        if batch is not None:
            batch.close()
    return docs


def run_cli(folder: Path, workers: int | None) -> None:
    cmd = [sys.executable, "-m", "pipeline", "run", str(folder / "in"), "--data", str(folder / "out"), "--quiet",
           "--no-overrides"]
    if workers:
        cmd += ["--workers", str(workers)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):  # 1: some document failed; it is scored as empty
        raise SystemExit(f"pipeline run failed ({proc.returncode}): {proc.stderr[-2000:]}")


def _frames(out: Path) -> dict:
    import pandas as pd

    frames = {}
    for ds in ("documents",) + famscore.DATASETS:
        d = out / ds
        files = sorted(d.rglob("*.parquet")) if d.is_dir() else []
        frames[ds] = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True) if files else pd.DataFrame()
    return frames


def score(folder: Path, docs) -> list[dict]:
    import hashlib

    frames = _frames(folder / "out")
    by_doc = {ds: ({k: g.to_dict("records") for k, g in df.groupby("doc_id")} if len(df) else {})
              for ds, df in frames.items()}
    results = []
    for fam, seed, rendering, path in docs:
        doc_id = hashlib.sha256(path.read_bytes()).hexdigest()
        drow = by_doc["documents"].get(doc_id, [None])[0]
        preds = {ds: by_doc[ds].get(doc_id, []) for ds in famscore.DATASETS}
        s = famscore.score_document(folder / "gold" / families.gold_name(fam, seed), preds, drow)
        results.append({"family": fam, "seed": seed, "rendering": rendering, "file": path.name,
                        "status": (drow or {}).get("status", "missing"), "scores": s})
    return results


def table(results: list[dict]) -> str:
    """Mean F1 per (family, rendering) and dataset, then per rendering over all families."""
    cells: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in results:
        for key in ((r["family"], r["rendering"]), ("ALL", r["rendering"]), ("ALL", "all")):
            for ds, s in r["scores"].items():
                cells[key][ds].append(s["f1"])
            cells[key]["overall"].append(sum(s["f1"] for s in r["scores"].values()) / max(1, len(r["scores"])))
            cells[key]["n"].append(1)
    head = f"{'family':28s} {'rendering':12s} {'n':>4s} " + " ".join(f"{c[:8]:>8s}" for c in COLS + ("overall",))
    lines = [head, "-" * len(head)]
    for (fam, rend), d in sorted(cells.items(), key=lambda kv: (kv[0][0] == "ALL", kv[0])):
        vals = " ".join(f"{(sum(d[c]) / len(d[c])):8.3f}" if d.get(c) else f"{'-':>8s}" for c in COLS + ("overall",))
        lines.append(f"{fam:28s} {rend:12s} {len(d['n']):4d} {vals}")
    return "\n".join(lines)


def misses(results: list[dict], limit: int) -> str:
    lines = []
    for r in results:
        for ds, s in r["scores"].items():
            for m in s.get("misses", [])[:limit]:
                lines.append(f"{r['file']:48s} {ds:12s} {m.get('field')}: gold={m.get('gold')!r} pred={m.get('pred')!r}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", required=True, help="e.g. 1000-1049 or 1000,1003-1005")
    ap.add_argument("--families", default=",".join(families.FAMILIES))
    ap.add_argument("--renderings", default=",".join(families.RENDERINGS),
                    help=f"default: all of {','.join(families.RENDERINGS)}; opt-in: "
                         f"{','.join(office.OFFICE_RENDERINGS)} (LibreOffice)")
    ap.add_argument("--out", help="keep everything in this folder")
    ap.add_argument("--workers", type=int)
    ap.add_argument("--held-out", action="store_true", help="say that these are held-out seeds (figures only)")
    ap.add_argument("--misses", action="store_true", help="list what differs (tuning seeds only)")
    a = ap.parse_args(argv)
    seeds = parse_seeds(a.seeds)
    held = [s for s in seeds if s in families.HELD_OUT]
    if a.misses and held:
        raise SystemExit("--misses on held-out seeds is refused: nobody looks at held-out failures (README.md)")
    if held and not a.held_out:
        print(f"note: {len(held)} held-out seeds: report these figures separately, do not debug them", file=sys.stderr)
    fams, rends = a.families.split(","), a.renderings.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(a.out) if a.out else Path(tmp)
        docs = generate(seeds, fams, rends, folder)
        run_cli(folder, a.workers)
        results = score(folder, docs)
        if a.out:
            (folder / "scores.json").write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str),
                                                encoding="utf-8")
    print(f"seeds {a.seeds} ({'HELD-OUT' if held else 'tuning'}), scorer: {famscore.SOURCE}")
    print(table(results))
    if a.misses:
        print(misses(results, 20))
    return 0


if __name__ == "__main__":
    sys.exit(main())
