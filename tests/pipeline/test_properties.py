"""Property-based tests (#9): no exception escapes the text reader or any normaliser, whatever the input.

A night's input is whatever landed in the folder; the pipeline must turn any bytes into either a result or a
clear ``ReaderError``, never a crash. Every public function of ``normalizers/*.py`` is called on arbitrary
text (biased towards the vocabulary of the documents: digits with Romanian separators, codes, diacritics in
both spellings, markup remnants, control characters).
"""
from __future__ import annotations

import importlib
import inspect
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.model import ReaderError
from extractors.readers.text import clean_inline, decode_bytes, parse_text

FRAGMENTS = ["8730 CR-V-I", "8899CZ-VD-III", "8810 ID IV", "8790- CR-D-VII", "85311200-4", "5.443", "5.585.522,17",
             "126,1%", "mii lei", "lei", "-", "|", "| --- |", "\t", "\n", "\r\n", "  ", "1.", "a)", "CAPITOLUL I",
             "A. Servicii", "ș", "ş", "ț", "ţ", "Ă", "î", "<b>", "</td>", "&amp;", "**", "[x](y)", "\x00", "\ufeff",
             "31.12.2023", "ianuarie 2022", "Sector 2", "județul Neamț", "DGASPC", "Primăria", "Nr. crt."]
ro_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30).map("".join)
any_text = st.one_of(st.text(max_size=200), ro_text)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------- text reader

@SETTINGS
@given(st.binary(max_size=2000))
def test_decode_bytes_returns_text_or_a_reader_error(data):
    try:
        text, encoding, warnings = decode_bytes(data)
    except ReaderError as exc:
        assert exc.reason == "binary_content"
        return
    assert isinstance(text, str) and isinstance(encoding, str) and isinstance(warnings, list)
    assert "\x00" not in text or encoding in ("utf-16", "utf-8-sig")


@SETTINGS
@given(st.one_of(st.binary(max_size=2000), ro_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                 ro_text.map(lambda t: t.encode("cp1250", "replace"))))
def test_decode_then_parse_never_raises_anything_but_reader_error(data):
    try:
        text, _, _ = decode_bytes(data)
    except ReaderError:
        return
    blocks = parse_text(text)
    assert isinstance(blocks, list)


@SETTINGS
@given(any_text)
def test_parse_text_never_raises_and_keeps_line_numbers_in_range(text):
    blocks = parse_text(text)
    n_lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for block in blocks:
        line = getattr(block, "line", None)
        assert line is None or 1 <= line <= n_lines


@SETTINGS
@given(any_text)
def test_clean_inline_never_raises(text):
    assert isinstance(clean_inline(text), str)


# ---------------------------------------------------------------- every normaliser

MODULES = ["cells", "codes", "content", "cpv", "dates", "institutions", "issuer", "numbers", "places", "text"]


def _public_functions():
    for name in MODULES:
        module = importlib.import_module(f"normalizers.{name}")
        for fname, fn in sorted(vars(module).items()):
            plain = inspect.unwrap(fn) if callable(fn) else fn  # a remembered normaliser (lru_cache) is one too
            if fname.startswith("_") or not inspect.isfunction(plain) or plain.__module__ != module.__name__:
                continue
            yield f"{name}.{fname}", fn


# arguments other than "one piece of text", by function
SPECIAL: dict[str, st.SearchStrategy] = {
    "cpv.cpv_check_digit": st.tuples(st.text(alphabet="0123456789", min_size=8, max_size=8)),
    "numbers.format_ro": st.tuples(st.decimals(allow_nan=False, allow_infinity=False, places=4,
                                               min_value=Decimal("-1e15"), max_value=Decimal("1e15")),
                                   st.integers(0, 4), st.booleans()),
    "numbers.parse_money": st.tuples(any_text, st.sampled_from([None, "lei", "mii lei", "x"])),
    "places.resolve_uat": st.tuples(any_text, st.one_of(st.none(), any_text), st.one_of(st.none(), any_text)),
    "issuer.canonical_issuer": st.tuples(any_text, st.none()),
    "institutions.directorate_name": st.tuples(any_text, st.none()),
}


def _arguments(qualname: str, fn) -> st.SearchStrategy | None:
    if qualname in SPECIAL:
        return SPECIAL[qualname]
    required = [p for p in inspect.signature(fn).parameters.values()
                if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if not required:
        return None  # a loader (nomenclator(), county_names()): nothing to vary
    accepts_none = all("None" in str(p.annotation) for p in required)
    one = st.one_of(st.none(), any_text) if accepts_none else any_text
    return st.tuples(*[one for _ in required])


FUNCTIONS = [(q, f) for q, f in _public_functions() if _arguments(q, f) is not None]


def test_every_public_normaliser_is_covered():
    names = {q for q, _ in FUNCTIONS}
    assert {"numbers.parse_money", "codes.normalize_service_code", "text.clean_text", "dates.parse_date",
            "cpv.normalize_cpv", "places.find_place", "institutions.clean_partner_name", "content.content_type"} <= names
    assert len(names) >= 25


@pytest.mark.parametrize("qualname,fn", FUNCTIONS, ids=[q for q, _ in FUNCTIONS])
def test_normaliser_never_raises_on_arbitrary_input(qualname, fn):
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_arguments(qualname, fn))
    def check(args):
        fn(*args)

    check()
