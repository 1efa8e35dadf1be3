"""Every warning code the pipeline can write is documented in docs/warnings.md.

The collector reads the source as text (no import) and takes the string literals used as warnings:

* ``warnings.append("code")`` / ``warnings.append(f"code: {detail}")`` — any list named ``*warnings``;
* ``warnings.extend(["a", "b"])``;
* ``warnings=["a"]`` (keyword argument), ``body_warnings=[["a"] …]`` and ``"warnings": [f"failed:{reason}"]``;
* ``warnings + ["a"]``, ``[…] + ["a"]`` (a list of warnings concatenated to another);
* a list literal passed as the last argument of a call: ``Money(None, unit, raw, ["a"])``,
  ``_missing(raw, ["a"])``, ``_records_for(…, ["a"])``, ``… else ["a"]))``.

A literal whose code is built at run time (``f"{fld}_unparsed"``) must be listed in ``DYNAMIC``, and codes
written in any other way in ``BUILT_ELSEWHERE``. A value such as ``page_failed: page 3 …`` or
``encoding_detected:cp1250`` is documented under the part before the colon.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = ("extractors", "normalizers", "pipeline")
DOC = ROOT / "docs" / "warnings.md"

_LIT = re.compile(r'f?"([^"\n]*)"')
_PATTERNS = [
    re.compile(r"warnings\.append\(\s*(f?\"[^\"\n]*\")"),
    re.compile(r"warnings\.extend\(\s*\[([^\]]*)\]"),
    re.compile(r"warnings\"?\s*[=:]\s*\[+([^\]]*)\]"),
    re.compile(r"(?:warnings|\])\s*\+\s*\[\s*(f?\"[^\]]*)\]"),
    re.compile(r"(?:,|\belse)\s*\[\s*(f?\"[^\]]*)\]\s*\)"),
]
# calls whose list literal is no warning code: pipeline/overrides.py _mark(row, ["table_kind"]) takes field names
# and writes corrected:<field> (listed in BUILT_ELSEWHERE as "corrected")
_IGNORED_CALLS = re.compile(r"\b_mark\([^()]*\)")
# literals whose code is computed: literal as written in the source → the codes it can produce
DYNAMIC = {
    "{fld}_unparsed": {"start_month_unparsed", "award_month_unparsed"},  # extractors/records/procurements.py
}
# codes put into warnings without a literal the patterns above see
BUILT_ELSEWHERE = {
    "table_fragments_joined",  # extractors/tables.py: for w in ("table_stitched", "table_fragments_joined"): …append(w)
    "corrected",  # pipeline/overrides.py: tag = f"corrected:{f}" for each field an override set
}
# failure reasons, written as documents.warnings = ["failed:<reason>"]
_REASON_PATTERNS = [
    re.compile(r"ReaderError\(\s*\"([a-z_]+)\""),
    re.compile(r"\b_?failed\(\s*(?:job,\s*)?\"([a-z_]+)\""),
    re.compile(r"\breason=\"([a-z_]+)\""),
]


def _sources() -> list[Path]:
    return sorted(p for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))


def _code_of(literal: str) -> str | None:
    """'page_failed: page {i + 1} …' → 'page_failed'; 'encoding_detected:{enc}' → 'encoding_detected';
    a literal that starts with a placeholder → None (see DYNAMIC)."""
    if literal in DYNAMIC or literal.startswith("{"):
        return None
    return re.split(r"[:\s{]", literal, maxsplit=1)[0]


def collect_codes() -> tuple[set[str], set[str]]:
    """(codes, unresolved literals) over the source tree."""
    codes: set[str] = set(BUILT_ELSEWHERE)
    unresolved: set[str] = set()
    for path in _sources():
        text = _IGNORED_CALLS.sub("", path.read_text(encoding="utf-8"))
        for pattern in _PATTERNS:
            for m in pattern.finditer(text):
                for literal in _LIT.findall(m.group(1)):
                    if not literal.strip():
                        continue
                    code = _code_of(literal)
                    if code is None:
                        if literal in DYNAMIC:
                            codes |= DYNAMIC[literal]
                        else:
                            unresolved.add(f"{path.relative_to(ROOT)}: {literal!r}")
                    else:
                        codes.add(code)
    return codes, unresolved


def collect_failure_reasons() -> set[str]:
    reasons: set[str] = set()
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        for pattern in _REASON_PATTERNS:
            reasons |= set(pattern.findall(text))
    return reasons


def _first_column_codes(markdown: str) -> set[str]:
    """Backticked codes in the first column of the tables ('| `code` |', '| `a`, `b` |', '| `failed:<reason>` |')."""
    out: set[str] = set()
    for line in markdown.splitlines():
        if not line.startswith("|"):
            continue
        first = line.split("|")[1]
        for token in re.findall(r"`([^`]+)`", first):
            out.add(re.split(r"[:\s<]", token, maxsplit=1)[0])
    return out


REASONS_HEADING = "## Why a document failed"


def _section(markdown: str, heading: str) -> tuple[str, str]:
    """(the section under ``heading``, the rest of the page)."""
    start = markdown.index(heading)
    end = markdown.find("\n## ", start + len(heading))
    end = len(markdown) if end == -1 else end
    return markdown[start:end], markdown[:start] + markdown[end:]


def documented_codes() -> set[str]:
    return _first_column_codes(_section(DOC.read_text(encoding="utf-8"), REASONS_HEADING)[1])


def documented_reasons() -> set[str]:
    return _first_column_codes(_section(DOC.read_text(encoding="utf-8"), REASONS_HEADING)[0])


def test_collector_finds_the_known_codes():
    """The collector itself works: codes written each way are found (and no literal is left unresolved)."""
    codes, unresolved = collect_codes()
    assert not unresolved, f"warning literals built at run time; list them in DYNAMIC: {sorted(unresolved)}"
    for code in ("row_joined_across_page", "total_mismatch", "code_not_in_nomenclator", "amount_not_numeric",
                 "code_unparsed", "table_split_at_header", "row_realigned", "from_prose", "mentioned_in_table",
                 "listed_without_details", "failed", "page_failed", "encoding_detected", "start_month_unparsed"):
        assert code in codes, code
    assert len(codes) >= 50


def test_every_warning_code_is_documented():
    codes, _ = collect_codes()
    documented = documented_codes()
    missing = sorted(codes - documented)
    assert not missing, f"warning codes emitted by the pipeline but not documented in docs/warnings.md: {missing}"


def test_no_documented_code_is_stale():
    codes, _ = collect_codes()
    documented = documented_codes()
    stale = sorted(documented - codes)
    assert not stale, f"docs/warnings.md documents codes the pipeline no longer emits: {stale}"


def test_every_failure_reason_is_documented():
    reasons = collect_failure_reasons()
    assert {"corrupt_pdf", "timeout", "empty_file"} <= reasons
    documented = documented_reasons()
    missing = sorted(reasons - documented)
    assert not missing, f"failure reasons (failed:<reason>) not documented in docs/warnings.md: {missing}"
    stale = sorted(documented - reasons)
    assert not stale, f"docs/warnings.md documents failure reasons the pipeline no longer uses: {stale}"


def test_docs_link_to_the_glossary():
    assert "docs/warnings.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "warnings.md" in (ROOT / "docs" / "DATASETS.md").read_text(encoding="utf-8")
