"""The scorer of the families: ``../shared/tools/score.py`` when it is there (the project's yardstick), else a
compact copy of its rules (same pairing, same field comparisons, same F1) so the tests run on any checkout.

Only the pieces the families need are exposed: ``score_document(gold_dir, preds, doc_id)`` where ``preds`` maps a
dataset to its rows (already filtered to the document), and ``DATASETS``.
"""
from __future__ import annotations

import csv
import importlib.util
import math
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("FAMILIES_SCORER", ROOT.parent / "shared" / "tools" / "score.py"))
DATASETS = ("services", "procurements", "subsidies", "trainings", "partnerships", "totals", "indicators")


def _load_shared():
    if not SHARED.is_file():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", SHARED)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_S = _load_shared()
SOURCE = str(SHARED) if _S else "tests/variants/famscore.py (compact copy of score.py's rules)"


if _S is None:  # ------------------------------------------------------------------ compact copy of the rules
    from rapidfuzz import fuzz

    def _empty(v) -> bool:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return True
        try:
            import pandas as pd

            if pd.isna(v):
                return True
        except (TypeError, ValueError):
            pass
        return isinstance(v, str) and not v.strip()

    def _text(v) -> str:
        s = str(v).translate(str.maketrans("şţŞŢ", "șțȘȚ"))
        return " ".join(s.lower().split())

    def _num(v) -> float:
        if isinstance(v, (int, float)):
            return float(v)
        s = str(v).strip().replace(" ", "")
        if "," in s and "." in s:
            s = s.replace(".", "").replace(",", ".")
        elif "," in s:
            s = s.replace(",", ".")
        return float(s)

    def _same_num(g, p) -> bool:
        try:
            g, p = _num(g), _num(p)
        except (TypeError, ValueError):
            return False
        return abs(g - p) <= (max(1.0, abs(g) * 0.005) if abs(g) >= 200 else max(0.01, abs(g) * 0.005))

    def _code(v) -> str:
        return "".join(ch for ch in str(v).upper() if ch.isalnum())

    _BASE = {"num": _same_num, "exact": lambda g, p: _text(g) == _text(p), "code": lambda g, p: _code(g) == _code(p),
             "name": lambda g, p: fuzz.token_set_ratio(_text(g), _text(p)) >= 85,
             "loose": lambda g, p: fuzz.partial_ratio(_text(g), _text(p)) >= 80}
    KINDS = {k: (lambda f: lambda g, p: any(f(a.strip(), p) for a in str(g).split(" || ")))(f) for k, f in _BASE.items()}

    def _ts(a, b, k):
        return fuzz.token_set_ratio(_text(a.get(k, "")), _text(b.get(k, "")))

    def _sn(a, b, k):
        return _same_num(a.get(k) or "nan", b.get(k) or "nan")

    SPECS = {
        "services": {"fields": {"section": "exact", "service_name": "name", "service_code": "code", "capacity": "num",
                                "beneficiaries": "num", "occupancy_pct": "num", "category": "loose", "provider": "loose",
                                "budget_local_lei": "num", "budget_county_lei": "num", "budget_state_lei": "num",
                                "budget_beneficiaries_lei": "num", "budget_other_lei": "num"},
                     "gold_alias": {"provider": "provider_raw"}, "min_pair": 55,
                     "pair": lambda g, p: 0.6 * _ts(g, p, "service_name") + 25 * (
                         _code(g.get("service_code", "")) == _code(p.get("service_code", ""))
                         and not _empty(g.get("service_code"))) + 15 * (_text(g.get("section", "")) == _text(p.get("section", "")))},
        "procurements": {"fields": {"contract_object": "name", "cpv_code": "code", "estimated_value_lei": "num",
                                    "funding_source": "loose", "procedure": "loose"}, "min_pair": 55,
                         "pair": lambda g, p: 0.7 * _ts(g, p, "contract_object") + 30 * _sn(g, p, "estimated_value_lei")},
        "subsidies": {"fields": {"unit_name": "name", "service_code": "code", "amount_lei": "num"}, "min_pair": 55,
                      "pair": lambda g, p: 0.7 * _ts(g, p, "unit_name") + 30 * _sn(g, p, "amount_lei")},
        "trainings": {"fields": {"training_kind": "exact", "staff_category": "name", "persons": "num", "budget_lei": "num"},
                      "min_pair": 55, "pair": lambda g, p: 0.6 * _ts(g, p, "staff_category") + 20 * _sn(g, p, "persons")
                      + 20 * _sn(g, p, "budget_lei")},
        "partnerships": {"fields": {"partner": "name", "agreement_type": "exact", "number_raw": "code"}, "min_pair": 60,
                         "pair": lambda g, p: 0.7 * _ts(g, p, "partner") + 30 * (
                             _code(g.get("number_raw", "")) == _code(p.get("number_raw", "")) and not _empty(g.get("number_raw")))},
        "totals": {"subset": True, "fields": {"amount": "num"}, "min_pair": 99, "pair": lambda g, p: 100 * _sn(g, p, "amount")},
        "indicators": {"subset": True, "fields": {"value": "num", "subject": "loose", "year": "num"}, "min_pair": 80,
                       "pair": lambda g, p: 60 * _sn(g, p, "value") + 0.4 * _ts(g, p, "subject")},
    }
    DOC_FIELDS = {"doc_type": "exact", "year": "num", "year_end": "num", "issuer": "name", "issuer_kind": "exact",
                  "uat": "name", "county": "exact", "currency_unit_main": "exact"}

    def score_rows(name, gold, pred):
        spec, alias, fields = SPECS[name], SPECS[name].get("gold_alias", {}), SPECS[name]["fields"]
        cands = sorted(((spec["pair"](g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                        if spec["pair"](g, p) >= spec["min_pair"]), reverse=True)
        gmatch, used = {}, set()
        for _s, gi, pi in cands:
            if gi not in gmatch and pi not in used:
                gmatch[gi] = pi
                used.add(pi)
        g_stated = correct = 0
        misses = []
        for gi, g in enumerate(gold):
            p = pred[gmatch[gi]] if gi in gmatch else None
            for f, kind in fields.items():
                gv = g.get(alias.get(f, f))
                if _empty(gv):
                    continue
                g_stated += 1
                pv = None if p is None else p.get(f)
                if p is not None and not _empty(pv) and KINDS[kind](gv, pv):
                    correct += 1
                else:
                    misses.append({"row": gi, "field": f, "gold": gv, "pred": None if _empty(pv) else str(pv)})
        p_stated = sum(1 for p in pred for f in fields if not _empty(p.get(f)))
        rec = correct / g_stated if g_stated else 1.0
        prec = correct / p_stated if p_stated else (1.0 if not g_stated else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if spec.get("subset"):
            f1 = rec
        return {"gold_rows": len(gold), "pred_rows": len(pred), "rows_paired": len(gmatch), "recall": round(rec, 4),
                "f1": round(f1, 4), "misses": misses}
else:
    KINDS, SPECS, DOC_FIELDS, score_rows = _S.KINDS, _S.SPECS, _S.DOC_FIELDS, _S.score_rows
    _empty = _S.empty


def _read_gold(path: Path) -> list[dict] | None:
    if not path.exists():
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return [dict(r) for r in csv.DictReader(f)]


def score_document(gold_dir: Path, preds: dict[str, list[dict]], document: dict | None) -> dict:
    """Per-dataset F1 of one document, as score.py computes it (``document``: its row of `documents`)."""
    out: dict = {}
    gdoc = _read_gold(gold_dir / "document.csv")
    if gdoc:
        p = document or {}
        det = {f: (not _empty(p.get(f)) and KINDS[k](gdoc[0][f], p.get(f)))
               for f, k in DOC_FIELDS.items() if not _empty(gdoc[0].get(f))}
        out["documents"] = {"f1": round(sum(det.values()) / len(det), 4) if det else 1.0,
                            "misses": [{"field": f, "gold": gdoc[0][f], "pred": p.get(f)} for f, ok in det.items() if not ok]}
    for name in DATASETS:
        gold = _read_gold(gold_dir / f"{name}.csv")
        if gold is None:
            continue
        if name == "totals":
            gold = [g for g in gold if not _empty(g.get("amount"))]
        pred = preds.get(name, [])
        if not gold and not pred:
            continue
        out[name] = score_rows(name, gold, pred)
    return out
