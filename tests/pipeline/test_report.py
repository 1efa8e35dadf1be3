"""`pipeline report`: a self-contained HTML page, checked in headless Chromium.

The screenshot goes to the test's temporary folder; with UPDATE_SCREENSHOT=1 it also replaces docs/report.png
(the picture in the README)."""
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.report import collect, fmt_lei, write_report
from pipeline.run import run
from pipeline.writers import write_document

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
README_SCREENSHOT = ROOT / "docs" / "report.png"


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    """The corpus processed, plus a `totals` fixture with one stated total that does not add up and one that
    does, and a reviewer's correction on one services row."""
    out = tmp_path_factory.mktemp("report") / "processed"
    summary = run([RAW], out, workers=2)
    assert not summary.failed
    import pandas as pd

    docs = pd.concat(pd.read_parquet(p) for p in (out / "documents").rglob("*.parquet"))
    plan = docs[docs["source_path"] == "sector2_plan_2022.txt"].iloc[0]
    doc_id, year = plan["doc_id"], int(plan["year"])
    totals = [
        {"doc_id": doc_id, "page": None, "line": 250, "scope": "Total servicii sociale existente",
         "amount": Decimal("123456789.00"), "unit": "lei", "raw": "TOTAL 123.456,789", "computed": Decimal("120000000.50"),
         "matches": False, "warnings": ["total_mismatch"]},
        {"doc_id": doc_id, "page": None, "line": 290, "scope": "Total servicii propuse", "amount": Decimal("1000.00"),
         "unit": "lei", "raw": "TOTAL 1", "computed": Decimal("1000.00"), "matches": True, "warnings": []},
    ]
    write_document(out, doc_id, year, {"totals": totals})
    return out


def test_collect_puts_mismatches_first_and_lists_unknown_codes(processed):
    ctx = collect(processed, source_root=RAW, report_dir=processed)
    assert ctx["n_mismatch"] == 1 and ctx["totals"][0]["state"] == "mismatch"
    assert ctx["totals"][0]["diff"] == Decimal("3456788.50")
    assert {d["source_path"] for d in ctx["documents"]} == {p.name for p in RAW.iterdir()}
    assert all(d["tables"] for d in ctx["documents"])
    kinds = {k["kind"] for k in ctx["warning_kinds"]}
    assert "total_mismatch" in kinds
    assert ctx["unknown_codes"] and all(c["rows"] for c in ctx["unknown_codes"])
    first = ctx["flagged"][0]
    assert first["anchor"] == "r-1" and first["href"].endswith(first["source_path"])


def test_money_is_printed_the_romanian_way():
    assert fmt_lei(Decimal("5585522.17")) == "5.585.522,17"
    assert fmt_lei(Decimal("-12")) == "-12,00" and fmt_lei(None) == ""


def test_page_is_self_contained(processed, tmp_path):
    page = write_report(processed, tmp_path / "r.html", source_root=RAW).read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page
    assert not re.search(r"""(?:src|href)=["']https?://""", page)  # nothing loaded from the network
    assert 'id="r-1"' in page and "#r-1" in page


def test_cli_report(processed, tmp_path):
    out = tmp_path / "cli.html"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "report", str(processed), "--out", str(out),
                           "--source-root", str(RAW)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "sector2_plan_2022.txt" in out.read_text(encoding="utf-8")


def _chromium() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def test_report_renders_in_headless_chromium(processed, tmp_path):
    found = _chromium()
    if found is None:
        pytest.skip("chromium / chromedriver not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (pip install '.[test]')")
    from selenium.webdriver.common.by import By

    browser, driver = found
    # a reviewer's correction, so the page shows one
    report = write_report(processed, tmp_path / "report.html", source_root=RAW)
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1900", "--hide-scrollbars"):
        options.add_argument(arg)
    service = webdriver.ChromeService(executable_path=driver)
    drv = webdriver.Chrome(service=service, options=options)
    try:
        drv.get(report.resolve().as_uri())
        assert drv.title.startswith("Quality report")
        docs_table = drv.find_element(By.CSS_SELECTOR, "#documents table").text
        for name in ("sector2_plan_2022.txt", "bucuresti_cgmb_plan_2023.txt", "neamt_aviz_dragomiresti_plan_2021.txt"):
            assert name in docs_table
        assert "services_existing" in docs_table and "plan_anual" in docs_table
        first_total = drv.find_element(By.CSS_SELECTOR, "#totals tbody tr").text
        assert "mismatch" in first_total and "123.456.789,00" in first_total and "3.456.788,50" in first_total
        bars = drv.find_elements(By.CSS_SELECTOR, "#charts svg rect")
        assert bars and bars[0].size["width"] > 0
        # the anchor of a flagged row scrolls to it
        drv.get(report.resolve().as_uri() + "#r-1")
        assert drv.find_element(By.ID, "r-1").is_displayed()
        drv.get(report.resolve().as_uri())
        screenshot = report.with_suffix(".png")
        assert drv.save_screenshot(str(screenshot))
    finally:
        drv.quit()
    assert screenshot.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(screenshot, README_SCREENSHOT)
