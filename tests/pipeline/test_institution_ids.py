"""Institution ids on rows: one id per institution across spellings and documents, none shared."""
from pathlib import Path

from pipeline.institutions import assign_ids, institution_rows, load_registry, save_registry


def datasets(issuer: str, partners: list[str], county: str = "București", uat: str = "Sector 2 București"):
    return {"documents": [{"issuer": issuer, "county": county, "uat": uat}],
            "partnerships": [{"partner": p} for p in partners]}


def test_spellings_across_documents_share_one_id_and_sectors_do_not(tmp_path: Path):
    registry = load_registry(tmp_path)
    a = datasets("D.G.A.S.P.C. Sector 2", ["Asociația „Maia”", "DGASPC Sector 3"])
    b = datasets("Direcția Generală de Asistență Socială și Protecția Copilului Sector 2",
                 ["Asociatia Maia", "Fundația Maia"])
    assign_ids(a, registry)
    assign_ids(b, registry)
    assert a["documents"][0]["issuer_id"] == b["documents"][0]["issuer_id"]
    assert a["partnerships"][0]["partner_id"] == b["partnerships"][0]["partner_id"]  # Asociația Maia
    assert b["partnerships"][1]["partner_id"] != b["partnerships"][0]["partner_id"]  # Fundația ≠ Asociația
    assert a["partnerships"][1]["partner_id"] != a["documents"][0]["issuer_id"]  # Sector 3 ≠ Sector 2
    ids = {a["documents"][0]["issuer_id"], a["partnerships"][0]["partner_id"]}
    rows = institution_rows(registry, ids)
    assert len(rows) == 2
    maia = next(r for r in rows if r["institution_id"] == a["partnerships"][0]["partner_id"])
    assert {"Asociația „Maia”", "Asociatia Maia"} <= set(maia["aliases"])


def test_registry_grown_by_a_run_is_reloaded(tmp_path: Path):
    registry = load_registry(tmp_path)
    d = datasets("Primăria Comunei Dragomirești", ["Asociația Necuvinte Sector 1"], county="Neamț",
                 uat="Comuna Dragomirești")
    assign_ids(d, registry)
    save_registry(registry, tmp_path / "_institutions.csv")
    again = datasets("Primăria Comunei Dragomirești", ["Asociația Necuvinte Sector 1"], county="Neamț",
                     uat="Comuna Dragomirești")
    assign_ids(again, load_registry(tmp_path))
    assert again == d
