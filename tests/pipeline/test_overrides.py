"""Reviewers' overrides: keyed by doc_id + provenance, applied on every run, reported when stale."""
import shutil
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from pipeline.manifest import Manifest
from pipeline.overrides import (OverridesError, apply_overrides, fingerprint, load_overrides, parse_overrides,
                                unmatched)
from pipeline.runner import plan_jobs, record_outcome
from pipeline.worker import process_job

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
DOC = "a" * 64


def datasets():
    return {
        "documents": [{"doc_id": DOC, "issuer": "Primăria X", "table_kinds": ["services_existing", "other"],
                       "warnings": []}],
        "services": [
            {"doc_id": DOC, "page": 2, "line": 10, "table_seq": 1, "row_no_raw": "1.", "service_name": "Centru A",
             "service_code": "8891 CZ-C-II", "section": "existing", "budget_local_lei": Decimal("10.00"),
             "budget_state_lei": Decimal("5.00"), "budget_total_lei": Decimal("15.00"), "warnings": []},
            {"doc_id": DOC, "page": 2, "line": 10, "table_seq": 1, "row_no_raw": "2.", "service_name": "Centru B",
             "service_code": None, "section": "existing", "warnings": ["code_not_in_nomenclator"]},
        ],
    }


def ovs(*entries):
    return parse_overrides({"version": 1, "overrides": list(entries)})


def test_field_fix_matched_by_provenance_and_disambiguating_field():
    o = ovs({"id": "b-code", "doc_id": DOC, "dataset": "services",
             "where": {"page": 2, "line": 10, "table_seq": 1, "row_no_raw": "2."},
             "set": {"service_code": "8810 ID-I"}})
    d = datasets()
    assert apply_overrides(DOC, d, o) == ["b-code"]
    row = d["services"][1]
    assert row["service_code"] == "8810 ID-I"
    # the warnings about the printed code go; the status says the code was fixed
    assert row["warnings"] == ["corrected:service_code"] and row["code_status"] == "repaired"
    assert row["caen"] == "8810" and row["setting"] == "la_domiciliu"  # derived from the nomenclator
    assert d["services"][0]["warnings"] == []
    assert unmatched(o, ["b-code"]) == []


def test_ambiguous_override_is_not_applied_and_reported():
    o = ovs({"id": "amb", "doc_id": DOC, "dataset": "services", "where": {"line": 10}, "set": {"capacity": 3}})
    d = datasets()
    assert apply_overrides(DOC, d, o) == []
    assert all("capacity" not in r for r in d["services"])
    (u,) = unmatched(o, [])
    assert "matched 2 rows" in u.why


def test_many_true_applies_to_every_match_and_money_is_decimal():
    o = ovs({"doc_id": DOC[:12], "dataset": "services", "where": {"table_seq": 1}, "many": True,
             "set": {"budget_local_lei": 12.5}})
    d = datasets()
    assert len(apply_overrides(DOC, d, o)) == 1
    first = d["services"][0]
    assert first["budget_local_lei"] == Decimal("12.50")
    assert first["budget_total_lei"] == Decimal("17.50")  # recomputed from the sources
    assert "corrected:budget_local_lei" in first["warnings"]


def test_table_kind_and_issuer():
    o = ovs({"doc_id": DOC, "dataset": "tables", "where": {"table_seq": 1}, "set": {"kind": "services_proposed"}},
            {"doc_id": DOC, "dataset": "documents", "set": {"issuer": "DGASPC Y"}})
    d = datasets()
    assert len(apply_overrides(DOC, d, o)) == 2
    doc = d["documents"][0]
    assert doc["table_kinds"] == ["services_proposed", "other"] and doc["issuer"] == "DGASPC Y"
    assert {"corrected:table_kind", "corrected:issuer"} <= set(doc["warnings"])
    assert all(r["section"] == "proposed" and "corrected:section" in r["warnings"] for r in d["services"])


def test_other_documents_untouched_and_stale_override_reported():
    o = ovs({"id": "gone", "doc_id": "b" * 64, "dataset": "documents", "set": {"issuer": "Z"}},
            {"id": "moved", "doc_id": DOC, "dataset": "services", "where": {"line": 99}, "set": {"capacity": 1}})
    d = datasets()
    assert apply_overrides(DOC, d, o) == []
    assert d == datasets()
    found = {u.override.id: u.why for u in unmatched(o, [])}
    assert found["moved"] == "matched no row" and "no document" in found["gone"]
    # judged only for the documents a run processed
    assert [u.override.id for u in unmatched(o, [], doc_ids=[DOC])] == ["moved"]


@pytest.mark.parametrize("entry, message", [
    ({"doc_id": "xyz", "set": {"issuer": "A"}}, "sha256"),
    ({"doc_id": DOC, "dataset": "nope", "set": {"issuer": "A"}}, "not one of"),
    ({"doc_id": DOC, "dataset": "services", "where": {"row_no_raw": "1."}, "set": {"capacity": 1}}, "provenance"),
    ({"doc_id": DOC, "dataset": "services", "where": {"line": 1}, "set": {"colour": 1}}, "cannot be set"),
    ({"doc_id": DOC, "dataset": "services", "where": {"line": 1}, "set": {"capacity": "many"}}, "capacity"),
    ({"doc_id": DOC, "dataset": "tables", "where": {"table_seq": 1}, "set": {"kind": "bananas"}}, "kind"),
    ({"doc_id": DOC, "dataset": "documents"}, "nothing to correct"),
])
def test_malformed_entries_are_refused_with_a_reason(entry, message):
    with pytest.raises(OverridesError, match=message):
        ovs(entry)


def test_missing_file_means_no_overrides(tmp_path):
    assert len(load_overrides(tmp_path / "none.yaml")) == 0
    assert len(load_overrides(None)) == 0


def test_fingerprint_changes_when_a_documents_overrides_change():
    a = ovs({"doc_id": DOC, "dataset": "documents", "set": {"issuer": "A"}})
    b = ovs({"doc_id": DOC, "dataset": "documents", "set": {"issuer": "B"}})
    assert fingerprint(a, DOC) != fingerprint(b, DOC)
    assert fingerprint(a, "c" * 64) is None


def _ingest(inp: Path, out: Path, overrides, force: bool) -> list[str]:
    """What `pipeline run` does once the overrides are wired in: extract, apply, write, record."""
    manifest = Manifest.load(out)
    jobs, _, _ = plan_jobs([inp], manifest, force=force, retry_failed=False)
    applied = []
    for job in jobs:
        outcome, ds, year = process_job(job)
        applied += apply_overrides(job.doc_id, ds, overrides)
        record_outcome(out, manifest, job, outcome, ds, year)
    manifest.save()
    return applied


def test_override_survives_reingestion_with_force(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(RAW / "sector2_plan_2022.txt", inp / "plan.txt")
    out = tmp_path / "out"
    _ingest(inp, out, None, force=False)
    services = pd.read_parquet(next((out / "services").rglob("*.parquet")))
    target = services[services["service_name"].str.startswith("Telefonul copilului", na=False)].iloc[0]
    doc_id = target["doc_id"]
    yaml_text = f"""version: 1
overrides:
  - id: telverde-code
    doc_id: {doc_id}
    dataset: services
    where: {{table_seq: {int(target['table_seq'])}, line: {int(target['line'])}, row_no_raw: "{target['row_no_raw']}"}}
    set: {{service_code: "8899 CZ-PN-V", capacity: 7}}
    reason: reviewer checked the printed code
  - id: issuer
    doc_id: {doc_id}
    dataset: documents
    set: {{issuer: "DGASPC Sector 2 (reviewed)"}}
"""
    (tmp_path / "overrides.yaml").write_text(yaml_text, encoding="utf-8")
    overrides = load_overrides(tmp_path / "overrides.yaml")
    for _ in range(2):  # first application, then the same bytes re-ingested with --force
        applied = _ingest(inp, out, overrides, force=True)
        assert sorted(applied) == ["issuer", "telverde-code"]
        services = pd.read_parquet(next((out / "services").rglob("*.parquet")))
        fixed = services[services["line"] == target["line"]]
        assert list(fixed["service_code"]) == ["8899 CZ-PN-V"] and list(fixed["capacity"]) == [7]
        assert "corrected:service_code" in list(fixed.iloc[0]["warnings"])
        assert sum("corrected:service_code" in list(w) for w in services["warnings"]) == 1
        docs = pd.read_parquet(next((out / "documents").rglob("*.parquet")))
        assert docs.loc[0, "issuer"] == "DGASPC Sector 2 (reviewed)"
    assert unmatched(overrides, applied) == []
    # the file changes: new bytes, new doc_id, the overrides no longer match anything and say so
    (inp / "plan.txt").write_text((inp / "plan.txt").read_text(encoding="utf-8") + "\n\nAnexă nouă\n", encoding="utf-8")
    applied = _ingest(inp, out, overrides, force=False)
    assert applied == []
    assert {u.override.id for u in unmatched(overrides, applied)} == {"issuer", "telverde-code"}
