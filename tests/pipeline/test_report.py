"""`pipeline report`: an honest page (checked totals apart from unchecked figures, warning levels, charts per
year and document), safe links to the sources (line views for text and DOCX), checked in headless Chromium at
1400 and 400 px.

The screenshots go to the test's temporary folder; with UPDATE_SCREENSHOT=1 they also replace docs/report.png
and docs/report-400.png (the pictures in the README)."""
import html
import os
import re
import shutil
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pipeline.extraction import sha256_file
from pipeline.glossary import LEVELS
from pipeline.report import collect, fmt_amount, fmt_lei, write_report
from pipeline.report_sources import safe_href, source_link
from pipeline.runner import run
from pipeline.writers import write_document

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
DOCX = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "neamt_aviz_dragomiresti_plan_2021.docx"
SCREENSHOTS = {1400: ROOT / "docs" / "report.png", 400: ROOT / "docs" / "report-400.png"}
TRICKY = ("a&b.txt", "javascript:x.txt")


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    """The sample documents, a DOCX, and two files whose names break naive links (distinct bytes: a file
    with the same bytes would be the same document)."""
    folder = tmp_path_factory.mktemp("sources") / "raw"
    shutil.copytree(RAW, folder)
    if DOCX.exists():
        shutil.copy(DOCX, folder)
    text = (RAW / "neamt_aviz_dragomiresti_plan_2021.txt").read_bytes()
    for i, name in enumerate(TRICKY):
        (folder / name).write_bytes(text + f"\n{i}\n".encode())
    return folder


@pytest.fixture(scope="module")
def processed(tmp_path_factory, sources) -> Path:
    """The documents processed, plus a `totals` fixture with one stated total that does not add up and one
    that does."""
    out = tmp_path_factory.mktemp("report") / "processed"
    summary = run([sources], out, workers=2, log_path=None)
    assert not summary.failed
    import pandas as pd

    docs = pd.concat(pd.read_parquet(p) for p in (out / "documents").rglob("*.parquet"))
    plan = docs[docs["source_path"] == "sector2_plan_2022.txt"].iloc[0]
    doc_id, year = plan["doc_id"], int(plan["year"])
    existing = pd.concat(pd.read_parquet(p) for p in (out / "totals").rglob(f"{doc_id}.parquet"))
    totals = existing.to_dict("records") + [
        {"doc_id": doc_id, "page": None, "line": 250, "scope": "Total servicii sociale existente",
         "amount": Decimal("123456789.00"), "unit": "lei", "raw": "TOTAL 123.456,789", "computed": Decimal("120000000.50"),
         "matches": False, "warnings": ["total_mismatch"]},
        {"doc_id": doc_id, "page": None, "line": 290, "scope": "Total servicii propuse", "amount": Decimal("1000.00"),
         "unit": "lei", "raw": "TOTAL 1", "computed": Decimal("1000.00"), "matches": True, "warnings": []},
    ]
    for t in totals:
        t["warnings"] = list(t["warnings"])
        t["page"] = None if pd.isna(t["page"]) else t["page"]
    write_document(out, doc_id, year, {"totals": totals})
    return out


@pytest.fixture(scope="module")
def ctx(processed, sources, tmp_path_factory):
    report_dir = tmp_path_factory.mktemp("ctx")
    return collect(processed, source_root=sources, report_dir=report_dir, views_dir=report_dir / "v")


def test_totals_checked_apart_from_unchecked_figures(ctx):
    ts = ctx["totals_summary"]
    assert ts["mismatch"] == 1 and ctx["totals"][0]["state"] == "mismatch"
    assert ctx["totals"][0]["diff"] == Decimal("3456788.50")
    assert all(t["state"] != "unchecked" for t in ctx["totals"])
    assert ts["unchecked"] == sum(len(g["rows"]) for g in ctx["unchecked"]) > ts["checked"] >= 2
    assert all(t["matches"] is None for g in ctx["unchecked"] for t in g["rows"])


def test_money_apart_from_counts():
    assert fmt_lei(Decimal("5585522.17")) == "5.585.522,17"
    assert fmt_lei(Decimal("-12")) == "-12,00" and fmt_lei(None) == ""
    assert fmt_amount(Decimal("211.00"), "persons") == "211" and fmt_amount(Decimal("1250"), "other") == "1.250"
    assert fmt_amount(Decimal("12.50"), "other") == "12,5" and fmt_amount(Decimal("12.50"), "lei") == "12,50"


def test_warning_kinds_carry_level_and_meaning_most_serious_first(ctx):
    kinds = ctx["warning_kinds"]
    ranks = [LEVELS.index(k["info"].level) for k in kinds]
    assert ranks == sorted(ranks)
    by_kind = {k["kind"]: k for k in kinds}
    assert by_kind["total_mismatch"]["info"].level == "check"
    assert by_kind["from_prose"]["info"].level == "info" and by_kind["from_prose"]["info"].meaning
    flagged_ranks = [LEVELS.index(r["level"]) for r in ctx["flagged"]]
    assert flagged_ranks == sorted(flagged_ranks)


def test_budget_charts_per_year_and_document_never_summed(ctx):
    charts = ctx["budget_charts"]
    assert charts and all(re.match(r"\d{4}: ", c.title) for c in charts)
    labels = [b.label for c in charts for b in c.bars]
    assert any(l.endswith("existing services") for l in labels) and any(l.endswith("proposed services") for l in labels)
    # one bar per document and section: no bar is the sum of two documents
    assert len(labels) == len(set((b.label, b.sublabel) for c in charts for b in c.bars))
    assert all(0 < s.pct <= 100 for c in charts for b in c.bars for s in b.segments)


def test_links_go_to_the_line_view_or_the_file(ctx, sources):
    docs = {d["source_path"]: d for d in ctx["documents"]}
    txt = docs["sector2_plan_2022.txt"]
    assert txt["view_href"].startswith("v/") and txt["href"].endswith("sector2_plan_2022.txt")
    row = next(r for r in ctx["flagged"] if r["source_path"] == "sector2_plan_2022.txt" and r["line"])
    assert row["href"] == f"{txt['view_href']}#L{row['line']}"
    assert docs["a&b.txt"]["href"].endswith("/a%26b.txt")
    assert docs["javascript:x.txt"]["href"].endswith("/javascript%3Ax.txt")


def test_source_uri_wins_over_the_source_root(tmp_path, sources):
    original = sources / "sector2_plan_2022.txt"
    other_root = tmp_path / "elsewhere"
    other_root.mkdir()
    (other_root / "sector2_plan_2022.txt").write_text("a same-named copy\n")
    doc = {"doc_id": sha256_file(original), "source_path": "sector2_plan_2022.txt", "format": "txt",
           "source_uri": str(original.resolve())}
    link = source_link(doc, other_root, tmp_path, tmp_path / "v")
    assert link.note is None and link.local_path.resolve() == original.resolve()
    assert (tmp_path / unquote(link.file_href)).resolve() == original.resolve()
    # without source_uri the same-named copy is found, and its bytes say it is not the document
    link = source_link({**doc, "source_uri": None}, other_root, tmp_path, tmp_path / "v")
    assert link.view_href is None and "changed since it was read" in link.note
    assert source_link({**doc, "source_uri": "https://example.org/p l.pdf"}, None, tmp_path, None).file_href \
        == "https://example.org/p%20l.pdf"
    bad = source_link({**doc, "source_uri": "javascript:alert(1)"}, None, tmp_path, None)
    assert bad.file_href is None and "not a file or web address" in bad.note


def _without_source_uri(processed: Path, tmp_path: Path) -> Path:
    """A copy of the output folder as an older run wrote it: no stored full source path, so links come from the
    --source-root alone."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(shutil.copytree(processed, tmp_path / "processed-no-uri"))
    for path in (out / "documents").rglob("*.parquet"):
        table = pq.read_table(path)
        if "source_uri" in table.column_names:
            i = table.column_names.index("source_uri")
            table = table.set_column(i, "source_uri", pa.nulls(len(table), pa.string()))
            pq.write_table(table, path)
    return out


def test_a_missing_source_root_is_said_not_silent(processed, tmp_path):
    processed = _without_source_uri(processed, tmp_path)
    ctx = collect(processed, source_root=tmp_path / "nowhere", report_dir=tmp_path)
    assert len(ctx["sources_missing"]) == len(ctx["documents"])
    assert all(d["link_note"].startswith("source not found at") for d in ctx["documents"])
    page = write_report(processed, tmp_path / "r.html", source_root=tmp_path / "nowhere").read_text(encoding="utf-8")
    assert 'id="card-sources"' in page and "source not found at" in page


def test_safe_href():
    assert safe_href("javascript:alert(1)") is None and safe_href("JaVaScRiPt:x") is None
    assert safe_href("data:text/html,x") is None and safe_href("//evil.example/x") is None
    assert safe_href("a%26b.txt") == "a%26b.txt" and safe_href("file:///tmp/x.pdf") == "file:///tmp/x.pdf"


def test_page_is_self_contained_and_escaped_once(processed, sources, tmp_path):
    page = write_report(processed, tmp_path / "r.html", source_root=sources).read_text(encoding="utf-8")
    assert "<script" not in page and not re.search(r"""(?:src|href)=["']https?://""", page)
    assert 'id="r-1"' in page and "#r-1" in page
    assert "a%26b.txt" in page and "&amp;amp;" not in page
    assert not re.search(r"""href=["']\s*javascript:""", page, re.I)


def test_line_views_put_each_row_on_its_line(processed, sources, tmp_path):
    import pandas as pd

    write_report(processed, tmp_path / "r.html", source_root=sources)
    services = pd.concat(pd.read_parquet(p) for p in (processed / "services").rglob("*.parquet"))
    docs = pd.concat(pd.read_parquet(p) for p in (processed / "documents").rglob("*.parquet"))
    formats = dict(zip(docs["doc_id"], docs["format"]))
    checked = set()
    for r in services[services["code_raw"].notna()].itertuples():
        view = tmp_path / "r_sources" / f"{r.doc_id[:16]}.html"
        text = view.read_text(encoding="utf-8")
        # a DOCX row is one line; a text row printed one cell per line starts on its line
        span = 1 if formats[r.doc_id] == "docx" else 12
        lines = [re.search(rf'<li id="L{n}">(.*?)</li>', text, re.S) for n in range(r.line, r.line + span)]
        assert lines[0] and any(m and r.code_raw.split()[0] in m.group(1) for m in lines), \
            (formats[r.doc_id], r.line, r.code_raw)
        checked.add(formats[r.doc_id])
    # a text view's line n is the file's line n
    view = (tmp_path / "r_sources").glob("*.html")
    plan = sources / "sector2_plan_2022.txt"
    raw = plan.read_text(encoding="utf-8").split("\n")
    text = (tmp_path / "r_sources" / f"{sha256_file(plan)[:16]}.html").read_text(encoding="utf-8")
    for n in (1, len(raw) // 2, len(raw)):
        m = re.search(rf'<li id="L{n}"><a class="n" href="#L{n}">{n}</a><span class="t">(.*?)</span></li>', text, re.S)
        assert m and html.unescape(m.group(1)) == raw[n - 1]
    assert "txt" in checked and ("docx" in checked or not DOCX.exists())


def test_cli_report(processed, sources, tmp_path, capsys, monkeypatch):
    from pipeline.cli import main

    out = tmp_path / "cli.html"
    assert main(["report", "--data", str(processed), "--out", str(out), "--source-root", str(sources)]) == 0
    assert "sector2_plan_2022.txt" in out.read_text(encoding="utf-8") and (tmp_path / "cli_sources").is_dir()
    # where it is, what is beside it and how to open it, whatever the working folder (it said `… to cli.html`)
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["report", "--data", str(processed), "--out", "cli.html", "--source-root", str(sources)]) == 0
    written, how = capsys.readouterr().out.splitlines()
    assert written.startswith(f"report written to {out} (with cli_sources/")
    assert how == f"open it in a browser: {out.as_uri()}"


def _chromium() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def test_report_in_headless_chromium_at_1400_and_400_px(processed, sources, tmp_path):
    found = _chromium()
    if found is None:
        pytest.skip("chromium / chromedriver not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (pip install '.[test]')")
    from selenium.webdriver.common.by import By

    browser, driver = found
    report = write_report(processed, tmp_path / "report.html", source_root=sources)
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1900", "--hide-scrollbars"):
        options.add_argument(arg)
    drv = webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver), options=options)
    url = report.resolve().as_uri()
    shots = {}
    try:
        for width in (1400, 400):
            drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": width, "height": 1900 if width > 400 else 1400, "deviceScaleFactor": 1,
                                 "mobile": width <= 400})
            drv.get(url)
            assert drv.title.startswith("Quality report")
            assert drv.execute_script("return window.innerWidth") == width
            card = drv.find_element(By.ID, "card-totals").text
            assert re.search(r"\d+ checked · 1 mismatch · \d+ unchecked", card), card
            levels = [e.text for e in drv.find_elements(By.CSS_SELECTOR, "#warnings tbody td:first-child .lvl")]
            assert levels and [LEVELS.index(x) for x in levels] == sorted(LEVELS.index(x) for x in levels)
            first_total = drv.find_element(By.CSS_SELECTOR, "#totals tbody tr").text
            assert "mismatch" in first_total and "123.456.789,00" in first_total and "3.456.788,50" in first_total
            tracks = drv.find_elements(By.CSS_SELECTOR, "#charts .bar-track .seg")
            assert tracks and all(t.size["width"] >= 1 for t in tracks[:20])
            # nothing wider than the screen: the page never scrolls sideways
            assert drv.execute_script("return document.documentElement.scrollWidth") <= width
            label = drv.find_element(By.CSS_SELECTOR, "#charts .bar-label")
            assert float(label.value_of_css_property("font-size").rstrip("px")) >= 11
            if width == 400:  # tables read as one card per row
                row = drv.find_element(By.CSS_SELECTOR, "#warnings tbody tr")
                assert row.value_of_css_property("display") == "block"
            shots[width] = tmp_path / f"report-{width}.png"
            assert drv.save_screenshot(str(shots[width]))
        # every link is a relative path or a file/http(s) URL; the tricky names resolve to their files
        hrefs = [a.get_attribute("href") for a in drv.find_elements(By.CSS_SELECTOR, "a[href]")]
        assert hrefs and all(urlsplit(h).scheme in ("file", "http", "https") for h in hrefs)
        for name in TRICKY:
            target = [h for h in hrefs if unquote(urlsplit(h).path).endswith("/" + name)]
            assert target and Path(unquote(urlsplit(target[0]).path)) == (sources / name).resolve()
        # a flagged row of a text document lands on its line in the view
        link = drv.find_element(By.CSS_SELECTOR, "#flagged td.src a[href*='_sources/']")
        href = link.get_attribute("href")
        drv.get(href)
        line = urlsplit(href).fragment
        target = drv.find_element(By.ID, line)
        assert target.is_displayed() and target.text.startswith(line[1:])
        # the anchor of a flagged row scrolls to it
        drv.get(url + "#r-1")
        assert drv.find_element(By.ID, "r-1").is_displayed()
    finally:
        drv.quit()
    for width, path in shots.items():
        assert path.stat().st_size > 10_000
        if os.environ.get("UPDATE_SCREENSHOT") == "1":
            shutil.copyfile(path, SCREENSHOTS[width])


def test_a_publication_read_from_two_files_is_counted_once(processed, sources, tmp_path):
    """With documents.duplicate_of (the kept original's doc_id on the copy), counts, lists and charts take
    each publication once; the copy shows in the documents table only."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(shutil.copytree(processed, tmp_path / "processed"))
    original = sha256_file(sources / "neamt_aviz_dragomiresti_plan_2021.txt")
    copy = sha256_file(sources / "a&b.txt")

    def mark(copy_of: dict[str, str]) -> None:  # documents.duplicate_of as given, every other document an original
        for path in (out / "documents").rglob("*.parquet"):
            table = pq.read_table(path)
            dup = pa.array([copy_of.get(d) for d in table.column("doc_id").to_pylist()], pa.string())
            if "duplicate_of" in table.column_names:
                table = table.set_column(table.column_names.index("duplicate_of"), "duplicate_of", dup)
            else:
                table = table.append_column("duplicate_of", dup)
            pq.write_table(table, path)

    mark({})  # the run itself finds a&b.txt a copy of the plan: start from a folder that marks none
    before = collect(out, source_root=sources, report_dir=tmp_path)
    mark({copy: original})
    ctx = collect(out, source_root=sources, report_dir=tmp_path)
    assert ctx["n_copies"] == 1 and ctx["n_publications"] == before["n_publications"] - 1
    copy_rows = next(d for d in before["documents"] if d["doc_id"] == copy)["rows"]
    assert ctx["rows_per_dataset"]["services"] == before["rows_per_dataset"]["services"] - copy_rows["services"]
    assert all(r["doc_id"] != copy for r in ctx["flagged"])
    assert all(b.sublabel != "a&b.txt" for c in ctx["budget_charts"] for b in c.bars)
    assert next(d for d in ctx["documents"] if d["doc_id"] == copy)["copy_of"] == "neamt_aviz_dragomiresti_plan_2021.txt"


def test_cli_report_names_the_sources_a_wrong_root_misses(processed, tmp_path):
    processed = _without_source_uri(processed, tmp_path)
    from pipeline.cli import main

    out = tmp_path / "r.html"
    assert main(["report", "--data", str(processed), "--out", str(out), "--source-root",
                 str(tmp_path / "nowhere")]) == 0
    page = out.read_text(encoding="utf-8")
    assert f"source not found at {tmp_path / 'nowhere'}" in page and 'id="card-sources"' in page
