"""Table repair edits copies of the reader's tables (``extractors.tables.copy_table``), never the reader's own."""
from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from extractors.model import Table
from extractors.readers import read_document
from extractors.readers.text import parse_text
from extractors.tables import copy_table, repair_tables

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
DOCUMENTS = [CORPUS / "sector2_plan_2022.txt", CORPUS / "sector2_plan_2022.pdf",
             CORPUS / "bucuresti_cgmb_plan_2023.docx"]

TEXT = """Nr. crt.\tCod serviciu social\tDenumirea serviciului social\tCapacitate
1.\t8730 CR-V-I\tCămin pentru persoane vârstnice\t42

2.\t8891 CZ-C-II\tCentru de zi pentru copii\t30
"""


def _tables(blocks) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def _mutable_ids(obj, seen: set[int] | None = None) -> set[int]:
    """ids of every list, dict, set and model object reachable from obj."""
    seen = set() if seen is None else seen
    if isinstance(obj, (list, dict, set)) or hasattr(obj, "__dict__"):
        if id(obj) in seen:
            return seen
        seen.add(id(obj))
        items = obj.values() if isinstance(obj, dict) else vars(obj).values() if hasattr(obj, "__dict__") else obj
        for item in items:
            _mutable_ids(item, seen)
    elif isinstance(obj, tuple):
        for item in obj:
            _mutable_ids(item, seen)
    return seen


def _check_copy(table: Table) -> None:
    copied = copy_table(table)
    assert pickle.dumps(copied) == pickle.dumps(copy.deepcopy(table))
    assert not (_mutable_ids(copied) & _mutable_ids(table))  # nothing an edit could reach is shared


def test_copy_table_is_a_deep_copy_of_a_text_table():
    (table,) = _tables(parse_text(TEXT))
    _check_copy(table)


def test_attributes_outside_the_model_are_not_shared():
    (table,) = _tables(parse_text(TEXT))
    table.rows[0].cells[0].notes = ["a list a reader might add"]
    table.rows[0].extra = {"k": [1]}
    table.extra = [[1, 2]]
    table.rows[0].cells[1].bbox = [0.0, 1.0, 2.0, 3.0]  # a box given as a list
    _check_copy(table)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_repair_leaves_the_readers_tables_as_they_were(path: Path):
    if not path.is_file():
        pytest.skip("no shared corpus on this machine")
    doc = read_document(path, "0" * 64, path.name)
    tables = _tables(doc.blocks)
    assert tables
    before = pickle.dumps(tables)
    repaired = repair_tables(doc.blocks)
    assert pickle.dumps(tables) == before
    for table in tables:
        _check_copy(table)
    kept = {id(b) for b in repaired.blocks}
    assert not any(id(t) in kept for t in tables)
