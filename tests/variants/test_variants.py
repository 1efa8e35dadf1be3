"""Generated documents for places, years and layouts the corpus does not hold, run through the real CLI.

Every document of ``make_variants.all_variants()`` is written to a tmp folder, the CLI runs once over the
folder, and each (document, dataset) pair is compared with the generator's expected values. A pair the
pipeline gets wrong today is marked ``xfail(strict=True)`` with the reason; see README.md next to this file
for minimal reproductions.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_variants as mv  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ("services", "procurements", "subsidies", "trainings", "activities", "partnerships", "totals", "indicators")


# (variant name, dataset) -> reason the pipeline fails it today (strict xfail: a fix turns it red -> remove it)
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _variants() -> list[mv.Variant]:
    return [v for v in mv.all_variants() if v.fmt not in ("pdf", "pdf3") or mv.pdf_available()]


@pytest.fixture(scope="session")
def extracted(tmp_path_factory) -> dict[str, dict[str, pd.DataFrame]]:
    base = tmp_path_factory.mktemp("variants")
    inp = base / "in"
    for v in _variants():
        mv.write_variant(v, inp)
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(inp), "--data", str(base / "out"),
                           "--quiet", "--no-overrides"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = base / "out"
    docs = pd.read_parquet(out / "documents")
    result: dict[str, dict[str, pd.DataFrame]] = {}
    frames = {ds: (pd.read_parquet(out / ds) if (out / ds).is_dir() and any((out / ds).rglob("*.parquet"))
                   else pd.DataFrame()) for ds in DATASETS}
    for _, d in docs.iterrows():
        stem = Path(d["source_path"]).stem
        per = {"document": d.to_frame().T.reset_index(drop=True)}
        for ds, df in frames.items():
            sub = df[df["doc_id"] == d["doc_id"]] if len(df) else df
            if len(sub):
                sort = [c for c in ("page", "line") if c in sub.columns]
                sub = sub.sort_values(sort, kind="stable", na_position="last")
            per[ds] = sub.reset_index(drop=True)
        result[stem] = per
    return result


def _norm(v):
    if v is None:
        return None
    if isinstance(v, float) and pd.isna(v):
        return None
    if v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, (dt.date, pd.Timestamp)):
        return v.isoformat()[:10]
    if hasattr(v, "item"):  # numpy scalar
        return _norm(v.item())
    if isinstance(v, str):
        return " ".join(v.split())
    if isinstance(v, int) and not isinstance(v, bool):
        return float(v)
    return v


def _project(df: pd.DataFrame, keys: list[str]) -> list[dict]:
    rows = []
    for _, r in df.iterrows():
        rows.append({k: _norm(r[k]) if k in r.index else "<missing column>" for k in keys})
    return rows


def _cases():
    for v in _variants():
        for ds in ("document", *DATASETS):
            if ds not in v.expected:
                continue
            marks = []
            reason = KNOWN_FAILURES.get((v.name, ds))
            if reason:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            yield pytest.param(v, ds, id=f"{v.name}-{ds}", marks=marks)


@pytest.mark.parametrize("variant,dataset", list(_cases()))
def test_variant(extracted, variant: mv.Variant, dataset: str):
    got = extracted.get(variant.name)
    assert got is not None, f"{variant.filename} produced no documents row"
    exp = variant.expected[dataset]
    if dataset == "document":
        row = _project(got["document"], list(exp))[0]
        assert row == {k: _norm(v) for k, v in exp.items()}
        return
    keys = sorted({k for e in exp for k in e})
    want = [{k: _norm(e.get(k)) for k in keys} for e in exp]
    df = got.get(dataset, pd.DataFrame())
    if dataset == "totals":
        # only the stated totals named in the expectation must be there (other figures may be read too)
        have = _project(df, keys) if len(df) else []
        missing = [w for w in want if w not in have]
        assert not missing, f"missing totals {missing}; extracted: {have}"
        return
    has = [k for k in keys if k.endswith("_has")]  # "subject_has": text the column must contain
    cols = [k for k in keys if k not in has] + [k[: -len("_has")] for k in has]
    have = _project(df, cols) if len(df) else []
    for row, w in zip(have, want):
        for k in has:
            got_text, part = row.pop(k[: -len("_has")]), w[k]
            row[k] = part if part is None or (got_text and part.lower() in got_text.lower()) else got_text
    for row in have[len(want):]:
        for k in has:
            row[k] = row.pop(k[: -len("_has")])
    assert have == want
