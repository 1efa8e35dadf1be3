"""The README's own query examples (DuckDB and pandas, section "Querying") run as printed on a folder holding one
publication in two files: each publication counted once. They summed every copy (the same plan as txt and DOCX
gave twice its budget) while the README told users to keep `duplicate_of is null`."""
from __future__ import annotations

import re
import shlex
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipeline.cli import main as cli_main

README = Path(__file__).resolve().parents[2] / "README.md"
PLAN = """DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI BACĂU
PLAN ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE pentru anul 2023

A. Servicii sociale existente

Nr. crt.\tCod serviciu social\tDenumirea serviciului social\tCapacitate\tBuget local (lei)
1.\t8730 CR-V-I\tCămin pentru persoane vârstnice\t42\t1.234,50
2.\t8891 CZ-C-II\tCentru de zi pentru copii\t30\t5.443,00
"""
# a few figures in sentences: the README's example reads the indicators dataset too (a dataset no document gave
# a row has no folder, so it must hold one)
FIGURES = ("Prezentare generală a Sectorului 2\nSituat în partea de nord-est, sectorul 2 are:\n"
           "· locuitori - cca. 372.913 de cetățeni;\n· 149.000 de locuințe;\n")
ONE_COPY = Decimal("6677.50")


def _querying_section() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("\n## Querying", 1)[1].split("\n## ", 1)[0]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A working folder whose data/processed holds one plan as txt and as md (one publication, two documents)."""
    root = tmp_path_factory.mktemp("readme")
    src = root / "in"
    src.mkdir()
    (src / "plan.txt").write_text(PLAN, encoding="utf-8")
    (src / "plan.md").write_text(PLAN + "\n", encoding="utf-8")
    (src / "figures.txt").write_text(FIGURES, encoding="utf-8")
    assert cli_main(["run", str(src), "--data", str(root / "data" / "processed"), "--quiet"]) == 0
    return root


def test_the_pandas_example_counts_each_publication_once(folder, monkeypatch):
    [block] = re.findall(r"```python\n(import pandas.*?)```", _querying_section(), re.S)
    monkeypatch.chdir(folder)
    scope: dict = {}
    exec(compile(block, "README.md", "exec"), scope)
    assert len(scope["docs"]) == 3 and len(scope["indicators"]) == 2  # the two copies are there
    assert scope["per_county"].to_dict() == {"Bacău": ONE_COPY}


def test_the_duckdb_example_counts_each_publication_once(folder, monkeypatch):
    [command] = re.findall(r'^duckdb -c (".*?")$', _querying_section(), re.S | re.M)
    [sql] = shlex.split(command.replace("\n", " "))
    monkeypatch.chdir(folder)
    rows = duckdb.sql(sql).fetchall()
    assert sum(total for _, total in rows) == ONE_COPY
