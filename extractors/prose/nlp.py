"""The spaCy pipeline prose is read with: a blank ``ro`` tokenizer that keeps the documents' abbreviations whole,
the lookup lemmas of counted nouns, and the Matcher's rules for counts, money and percentages (as lexeme flags).
Built once per process, by one thread at a time. The scanners that read its matches: :mod:`extractors.prose.figures`."""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from extractors.prose.vocab import COUNTED, FORMS, MONEY_SCALE, NUMBER_WORDS
from normalizers.text import fold_key

# Abbreviations printed in the documents: kept as one token so "jud." does not end a sentence.
ABBREVIATIONS = [
    "jud.", "Jud.", "mun.", "Mun.", "com.", "Com.", "str.", "Str.", "nr.", "Nr.", "NR.", "bl.", "sc.", "ap.",
    "et.", "tel.", "Tel.", "art.", "Art.", "alin.", "lit.", "pct.", "cca.", "aprox.", "ex.", "sect.", "cf.",
    "H.C.L.", "H.G.", "O.U.G.", "O.G.", "H.C.G.M.B.", "D.G.A.S.P.C.", "D.A.S.", "S.P.A.S.", "A.J.P.I.S.",
    "A.P.I.S.M.B.", "Ș.A.", "ș.a.", "S.A.", "S.R.L.", "S.C.", "P.F.A.", "O.N.G.", "I.S.U.", "benef.", "pers.",
    "mil.", "Dl.", "Dna.", "D-na", "D-l", "buc.", "mp.", "sos.", "Șos.", "Bd.", "bd.", "Cal.", "cod.",
]

_NUM_RE = r"^\d[\d.,]*$"
_nlp_cache: dict[str, Any] = {}
# spaCy is imported (with stand-ins put into sys.modules for a while, :func:`_import_spacy`) and the pipeline built
# by one thread at a time: documents extracted in threads of one process (a Dask worker's) raced there — one saw a
# half-imported spaCy ('no attribute blank'), two deadlocked on its module locks
_nlp_lock = threading.Lock()




def _counted_lemma(token) -> str | None:
    """The counted lemma of a token, else None; 'copii/tineri' counts as its first noun."""
    return counted_lemma_of(token.text)


@lru_cache(maxsize=16384)
def counted_lemma_of(text: str) -> str | None:
    """The counted lemma of a token's text (:func:`_counted_lemma`). Remembered per text: the Matcher asks it of
    every token of every text parsed (~28,000 tokens on the corpus PDFs, mostly the same words), and it reads
    only the text and fixed tables."""
    lemma = _lemma_lookup().get(text, text).lower()
    if lemma in COUNTED:
        return lemma
    return _counted_form(text.split("/")[0] if "/" in text.strip("/") else text)


def _counted_form(text: str) -> str | None:
    """The counted lemma of a surface form the lemma lookup misses ('copii', 'persoanele', 'voluntarii')."""
    form = fold_key(text)
    lemma = FORMS.get(form)
    if lemma is None and form.endswith("le"):
        lemma = FORMS.get(form[:-2])  # persoanele, dosarele
    if lemma is None and form.endswith("ii"):
        lemma = FORMS.get(form[:-1])  # voluntarii, beneficiarii
    return lemma


@lru_cache(maxsize=1)
def _lemma_lookup() -> dict[str, str]:
    """spaCy's lookup lemmatiser, as the plain dict it reads (``spacy-lookups-data``, ``lemma_lookup``): the lemma
    of a token is ``table.get(token.text, token.text)``, exactly what spaCy's ``Lemmatizer`` in lookup mode sets
    as ``token.lemma_``. Read as a dict rather than through the pipeline component because building spaCy's
    ``Lookups`` table (300,000 hashed entries and a Bloom filter) took most of a run's start-up, and the lemma
    is only needed for the few tokens a rule asks about. Only the entries that can change whether a token is a
    counted noun, the one question asked of a lemma (:mod:`extractors.prose.lemmas`). Empty when the lookups
    package is missing (every token is then its own lemma; the surface-form table still works)."""
    from extractors.prose.lemmas import counted_lemma_table

    return counted_lemma_table()


def _import_spacy() -> Any:
    """spaCy's package, imported without its command-line interface. ``spacy/__init__.py`` imports
    ``spacy.cli.info`` only to re-export ``spacy.info``, and that loads the whole CLI (typer, weasel, httpx, rich,
    jinja2): about a third of ``import spacy``'s time and ~18 MB, at every run's start-up, for code prose never
    calls. The two CLI modules are stood in for while the package imports, then removed, so a later
    ``import spacy.cli`` loads the real one; ``spacy.info`` imports the real function when called."""
    import sys
    import types

    if "spacy" in sys.modules:
        return sys.modules["spacy"]

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    stand_ins = {name: types.ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
    stand_ins["spacy.cli"].__path__ = []  # a package, so that spacy.cli.info resolves under it
    stand_ins["spacy.cli.info"].info = info
    placed = [name for name in stand_ins if name not in sys.modules]
    for name in placed:
        sys.modules[name] = stand_ins[name]
    try:
        import spacy
    except Exception:  # a spaCy whose package needs more of its CLI: drop the half import, import it whole
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy

        return spacy
    finally:
        for name in placed:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is stand_ins["spacy.cli"]:
        del spacy.cli
    return spacy


def get_nlp():
    """The spaCy tokenizer and matcher, built once per process (the lemmas: :func:`_lemma_lookup`)."""
    if "nlp" in _nlp_cache:
        return _nlp_cache["nlp"], _nlp_cache["matcher"]
    with _nlp_lock:
        if "nlp" not in _nlp_cache:
            _build_nlp()
    return _nlp_cache["nlp"], _nlp_cache["matcher"]


def _build_nlp() -> None:
    spacy = _import_spacy()
    from spacy.matcher import Matcher
    from spacy.symbols import ORTH

    nlp = spacy.blank("ro")
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    _lemma_lookup()
    flag = _word_flags(nlp.vocab)
    num = [{flag["number"]: True}, {flag["number_word"]: True}]
    matcher = Matcher(nlp.vocab, validate=False)  # the patterns' schema names attributes, not flag ids
    for n in num:
        matcher.add("COUNT", [[n, {"LOWER": "de", "OP": "?"}, {flag["counted"]: True}]])
        matcher.add("MONEY", [[n, {"LOWER": {"IN": list(MONEY_SCALE)}, "OP": "?"}, {"LOWER": {"IN": ["de", "."]}, "OP": "?"},
                               {"LOWER": {"REGEX": r"^(lei|ron)(/.*)?$"}}]])
        matcher.add("PCT", [[n, {"TEXT": "%"}], [n, {"LOWER": "la"}, {"LOWER": "sută"}]])
    matcher.add("PCT", [[{flag["percent"]: True}]])
    _nlp_cache["matcher"] = matcher
    _nlp_cache["nlp"] = nlp  # last: the unlocked check above reads "nlp" as "both are built"


# Lexeme flags spaCy leaves free (1-18 are its own IS_*/LIKE_* flags)
_FIRST_FREE_FLAG = 19
_NUMBER = re.compile(_NUM_RE)
_PERCENT = re.compile(r"^\d[\d.,]*%$")
_NUMBER_WORDS_1 = frozenset(w for w in NUMBER_WORDS if " " not in w)


def _is_number(text: str) -> bool:
    return _NUMBER.search(text) is not None


def _is_number_word(text: str) -> bool:
    return text.lower() in _NUMBER_WORDS_1  # spaCy's LOWER is the text's str.lower()


def _is_percent(text: str) -> bool:
    return _PERCENT.search(text) is not None


def _is_counted(text: str) -> bool:
    return counted_lemma_of(text) is not None


def _word_flags(vocab) -> dict[str, int]:
    """The Matcher's tests of a token's first step and counted noun, as lexeme flags (flag id by name). Each reads
    the token's text only, so spaCy computes it once per distinct word, when the word's lexeme is made, and the
    Matcher reads a bit. As REGEX/IN predicates and a ``_`` extension they were Python calls on every token of
    every text parsed (the extension also built an object per token): the Matcher took 0.17 s, now 0.05 s, over the
    1,418 texts of the corpus PDFs. The matches are the same: each flag is the predicate it replaces, on the same
    text."""
    free = (bit for bit in range(_FIRST_FREE_FLAG, 64) if bit not in vocab.lex_attr_getters)
    tests = {"number": _is_number, "number_word": _is_number_word, "percent": _is_percent, "counted": _is_counted}
    return {name: vocab.add_flag(test, flag_id=next(free)) for name, test in tests.items()}
