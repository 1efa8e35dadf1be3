"""Figures written in sentences, bullet lists and report activity tables → indicators and totals rows.

A blank Romanian spaCy pipeline (the trained ones are not installable here) with

* tokenizer exceptions for the abbreviations the documents use (jud., mun., com., str., nr., H.C.L. …),
* the lookup lemmatiser from ``spacy-lookups-data`` (``copiii`` → ``copil``, ``dosarele`` → ``dosar``),
* :class:`spacy.matcher.Matcher` rules for quantities: a number (Romanian format or a number word such as
  ``zece``) followed by a counted noun, money (``… lei``, ``mii lei``) and percentages.

Act numbers (``292/2011``, ``nr. 5615/11.01.2019``), dates, phone numbers, article numbers and ranges
(``2017-2021``) are not quantities: the number tokens are read with :func:`normalizers.numbers.find_numbers`
(which refuses dates) and a number right after a reference word (``nr.``, ``art.``, ``Legea`` …) or glued to
``/`` or to a range dash is dropped.

What becomes what (see ``docs/indicators.md``):

* reports (``raport_primar``, ``raport_plan_anual`` and other non-plans): a count → an ``indicators`` row,
  a budget figure in a sentence or bullet (``Cheltuieli … - 775.443,69 lei``, ``label ⏎ amount``) → a
  ``totals`` row; report tables whose cells are counts (activity → number of beneficiaries) → indicators.
* plans: figures in the sentences of the benefits/figures paragraphs → ``totals`` rows (people counts
  with unit persons/beneficiaries, money in lei). Text inside plan sections C (contracting), D (subsidies)
  and chapter III (trainings) and all plan tables are left to the plan-section extractors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from typing import Any, Iterable

from extractors.model import Document, Heading, ListItem, Paragraph, Table
from extractors.prose_vocab import (
    BUDGET_STEMS, COUNTED, FORMS, GENERIC_SERVICE_HEADS, MONEY_SCALE, NUMBER_WORDS, PERSON_LEMMAS,
    REFERENCE_WORDS, SERVICE_HEADS, SERVICE_NAME_JOINERS, UNIT_WORDS, WEAK_LEMMAS,
)
from normalizers.dates import find_years
from normalizers.numbers import find_numbers, parse_money, unit_from_text
from normalizers.text import clean_text, fold_key, strip_diacritics

__all__ = ["Figure", "analyse", "extract_prose", "get_nlp", "PLAN_TYPES"]

PLAN_TYPES = {"plan_anual", "hotarare_aviz_plan", "strategie"}

# Abbreviations printed in the documents: kept as one token so "jud." does not end a sentence.
ABBREVIATIONS = [
    "jud.", "Jud.", "mun.", "Mun.", "com.", "Com.", "str.", "Str.", "nr.", "Nr.", "NR.", "bl.", "sc.", "ap.",
    "et.", "tel.", "Tel.", "art.", "Art.", "alin.", "lit.", "pct.", "cca.", "aprox.", "ex.", "sect.", "cf.",
    "H.C.L.", "H.G.", "O.U.G.", "O.G.", "H.C.G.M.B.", "D.G.A.S.P.C.", "D.A.S.", "S.P.A.S.", "A.J.P.I.S.",
    "A.P.I.S.M.B.", "Ș.A.", "ș.a.", "S.A.", "S.R.L.", "S.C.", "P.F.A.", "O.N.G.", "I.S.U.", "benef.", "pers.",
    "mil.", "Dl.", "Dna.", "D-na", "D-l", "buc.", "mp.", "sos.", "Șos.", "Bd.", "bd.", "Cal.", "cod.",
]

_NUM_RE = r"^\d[\d.,]*$"
_PCT_TOKEN = re.compile(r"^(\d[\d.,]*)%$")
_nlp_cache: dict[str, Any] = {}


def _is_counted(token) -> bool:
    return _counted_lemma(token) is not None


def _counted_lemma(token) -> str | None:
    """The counted lemma of a token, else None; 'copii/tineri' counts as its first noun."""
    lemma = token.lemma_.lower()
    if lemma in COUNTED:
        return lemma
    return _counted_form(token.text.split("/")[0] if "/" in token.text.strip("/") else token.text)


def _counted_form(text: str) -> str | None:
    """The counted lemma of a surface form the lemma lookup misses ('copii', 'persoanele', 'voluntarii')."""
    form = fold_key(text)
    lemma = FORMS.get(form)
    if lemma is None and form.endswith("le"):
        lemma = FORMS.get(form[:-2])  # persoanele, dosarele
    if lemma is None and form.endswith("ii"):
        lemma = FORMS.get(form[:-1])  # voluntarii, beneficiarii
    return lemma


def get_nlp():
    """The spaCy pipeline and matcher, built once per process."""
    if "nlp" in _nlp_cache:
        return _nlp_cache["nlp"], _nlp_cache["matcher"]
    import spacy
    from spacy.matcher import Matcher
    from spacy.symbols import ORTH
    from spacy.tokens import Token

    nlp = spacy.blank("ro")
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except Exception:  # lookups missing: the surface-form table still works
        pass
    if not Token.has_extension("counted"):
        Token.set_extension("counted", getter=_is_counted)
    num = [{"TEXT": {"REGEX": _NUM_RE}}, {"LOWER": {"IN": [w for w in NUMBER_WORDS if " " not in w]}}]
    matcher = Matcher(nlp.vocab)
    for n in num:
        matcher.add("COUNT", [[n, {"LOWER": "de", "OP": "?"}, {"_": {"counted": True}}]])
        matcher.add("MONEY", [[n, {"LOWER": {"IN": list(MONEY_SCALE)}, "OP": "?"}, {"LOWER": {"IN": ["de", "."]}, "OP": "?"},
                               {"LOWER": {"REGEX": r"^(lei|ron)(/.*)?$"}}]])
        matcher.add("PCT", [[n, {"TEXT": "%"}], [n, {"LOWER": "la"}, {"LOWER": "sută"}]])
    matcher.add("PCT", [[{"TEXT": {"REGEX": r"^\d[\d.,]*%$"}}]])
    _nlp_cache["nlp"], _nlp_cache["matcher"] = nlp, matcher
    return nlp, matcher


@dataclass
class Figure:
    """One quantity found in a text."""

    kind: str  # count | money | pct
    value: Decimal
    unit: str
    start: int  # char offsets of the whole match in the analysed text
    end: int
    num_start: int
    lemma: str | None = None  # counted noun's lemma
    phrase: str = ""  # the noun phrase the count is about ("copii și tineri în plasament familial")
    per_unit: bool = False  # "269 lei/lună/beneficiar"
    number_word: bool = False


_STOP_WORDS = {"care", "iar", "dintre", "din", "au", "a", "sunt", "este", "fost", "fiind", "respectiv", "precum",
               "având", "avand", "pentru", "s-au", "s-a", "însumând", "totalizând", "reprezentând", "cu", "în", "la", "de"}
_KEEP_AFTER = {"în", "cu", "de", "pentru", "la", "din"}  # allowed inside a noun phrase when a noun follows


def _number_value(token) -> tuple[Decimal | None, bool]:
    text = token.text
    low = text.lower()
    if low in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[low]), True
    if len(text) > 1 and text.startswith("0") and not re.match(r"^0[.,]\d", text):
        return None, False  # 021, 0744: phone numbers and codes
    found = find_numbers(text.rstrip("%"))
    if len(found) != 1 or found[0][1] != 0 or found[0][2] != len(text.rstrip("%")):
        return None, False  # dates, malformed groups
    return found[0][0], False


def _is_reference(doc, i: int) -> bool:
    """The number token at ``i`` is an act/article/phone/street number or part of a range/act number."""
    tok = doc[i]
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if prev is not None:
        key = fold_key(prev.text)
        if key in REFERENCE_WORDS:
            return True
        if prev.text in ("/", "-", "–", "—") and i >= 2 and re.match(r"\d", doc[i - 2].text) \
                and not doc[i - 2].whitespace_ and not prev.whitespace_:
            return True
        if prev.text.endswith("/"):
            return True
    if nxt is not None and nxt.text in ("/", "-", "–") and i + 2 < len(doc) and re.match(r"\d", doc[i + 2].text) \
            and not tok.whitespace_ and not nxt.whitespace_:
        return True
    if "/" in tok.text:
        return True
    # the upper bound of a range: 'între 20 și 30', 'între 20 - 30', 'de la 20 la 30' — no exact figure
    if prev is not None and i >= 3 and re.match(r"\d", doc[i - 2].text) and (
            prev.lower_ in ("și", "si", "-", "–") and doc[i - 3].lower_ in ("între", "intre")
            or prev.lower_ == "la" and doc[i - 3].lower_ == "la" and i >= 4 and doc[i - 4].lower_ == "de"):
        return True
    return False


def _phrase_after(doc, k: int, limit: int = 9) -> str:
    """The noun phrase that starts with the counted noun at token ``k``."""
    words = [doc[k].text]
    j = k + 1
    while j < len(doc) and len(words) < limit:
        t = doc[j]
        low = t.text.lower()
        if t.is_punct or re.match(r"\d", t.text) or low in NUMBER_WORDS:
            break
        if low in _STOP_WORDS:
            if low in _KEEP_AFTER and j + 1 < len(doc) and doc[j + 1].is_alpha and not doc[j + 1].text.lower() in _STOP_WORDS:
                words.append(t.text)
                j += 1
                continue
            break
        if low == "și":
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is None or re.match(r"\d", nxt.text) or nxt.text.lower() in NUMBER_WORDS or nxt.text.lower() in ("de", "un", "o"):
                break
        words.append(t.text)
        j += 1
    while words and words[-1].lower() in _KEEP_AFTER | {"și", "sau"}:
        words.pop()
    return " ".join(words)


def analyse(text: str) -> list[Figure]:
    """Quantities in one text (a sentence, a bullet, a cell), in reading order, overlaps resolved."""
    if not text or not re.search(r"\d|zeci|zece|două|doua|trei|patru|cinci|șase|sase|șapte|opt|nouă", text):
        return []
    return list(_analysed(text))


@lru_cache(maxsize=4096)
def _analysed(text: str) -> tuple[Figure, ...]:
    # a table cell is analysed for its column's noun and again for its own figure: parse it once
    nlp, matcher = get_nlp()
    doc = nlp(_GLUED.sub(lambda m: (m.group(1) or m.group(2)) + " ", text))
    return tuple(_figures(doc, matcher))


# "-13.542,20 lei", "a)4.712.542": a dash or bracket glued before a number is a separator, not a sign.
_GLUED = re.compile(r"(?<![\w/.,-])([-–—])(?=\d)|(\))(?=\d)")


def _figures(doc, matcher) -> list[Figure]:
    out: list[Figure] = []
    taken: set[int] = set()
    matches = sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    for match_id, s, e in matches:
        if s in taken:
            continue
        label = doc.vocab.strings[match_id]
        tok = doc[s]
        if label == "PCT" and _PCT_TOKEN.match(tok.text):
            value = find_numbers(tok.text[:-1])
            if len(value) != 1:
                continue
            out.append(Figure("pct", value[0][0], "%", tok.idx, tok.idx + len(tok.text), tok.idx))
            taken.add(s)
            continue
        value, is_word = _number_value(tok)
        if value is None or _is_reference(doc, s):
            continue
        span = doc[s:e]
        first = s
        if is_word and 1 <= value <= 9 and s >= 2 and doc[s - 1].lower_ in ("și", "si") \
                and NUMBER_WORDS.get(doc[s - 2].lower_, 0) in (20, 30, 40, 50, 60, 70, 80, 90):
            first = s - 2  # 'douăzeci și cinci de copii': tens and units
            value += NUMBER_WORDS[doc[s - 2].lower_]
        if label == "COUNT":
            noun = doc[e - 1]
            lemma = _counted_lemma(noun)
            if lemma is None:
                continue
            if value != value.to_integral_value():
                continue  # 2,5 persoane: not a count
            if value <= 1 and lemma not in PERSON_LEMMAS and lemma != "beneficiar":
                continue  # "(1 Protocol, 1 Act adițional)": a listing, not an indicator
            nxt = doc[e] if e < len(doc) else None
            if lemma in WEAK_LEMMAS and (nxt is None or fold_key(nxt.text) in ("nr", "din") or re.match(r"\d", nxt.text)):
                continue
            if 1990 <= value <= 2100 and s > 0 and fold_key(doc[s - 1].text) in ("in", "anul", "din", "pana"):
                continue
            fig = Figure("count", value, COUNTED[lemma][1], doc[first].idx, span.end_char, doc[first].idx, lemma=lemma,
                         phrase=_phrase_after(doc, e - 1), number_word=is_word)
        elif label == "MONEY":
            low = span.text.lower()
            unit = "lei"
            for w, u in MONEY_SCALE.items():
                if re.search(r"\b" + w + r"\b", low):
                    unit = u
            if unit is None:
                continue
            scale = {"lei": 1, "mii lei": 1000, "mil lei": 1_000_000}[unit]
            last = doc[e - 1].text.lower()
            fig = Figure("money", value * scale, "lei", span.start_char, span.end_char, tok.idx,
                         per_unit="/" in last or (e < len(doc) and doc[e].text == "/"))
        else:
            fig = Figure("pct", value, "%", span.start_char, span.end_char, tok.idx)
        out.append(fig)
        taken.update(range(s, e))
    for f in _parts_after_din_care(doc) + _number_of_stated(doc) + _counts_in_numar_de(doc) + _count_in_brackets(doc):
        if not any(f.num_start == g.num_start for g in out):
            out.append(f)
    out.sort(key=lambda f: f.start)
    return out


def _noun_first(doc, head: int, num: int, lemma: str, value: Decimal, is_word: bool, phrase: str) -> Figure:
    """A count written noun first: the figure runs from token ``head`` to the number at token ``num``."""
    return Figure("count", value, COUNTED[lemma][1], doc[head].idx, doc[num].idx + len(doc[num].text), doc[num].idx,
                  lemma=lemma, phrase=phrase, number_word=is_word)


def _clause_start(doc, end: int, limit: int) -> int:
    """The first token of the clause ending before token ``end``: after the last punctuation, at most ``limit``
    tokens back."""
    start = end
    while start > 0 and end - start < limit and not doc[start - 1].is_punct:
        start -= 1
    return start


def _a_year(doc, i: int, value: Decimal) -> bool:
    return 1990 <= value <= 2100 and doc[i].text.isdigit()


_STATED_VERBS = {"fost", "este", "era", "ridicat", "ajuns", "totalizat"}


def _number_of_stated(doc) -> list[Figure]:
    """'Numărul beneficiarilor în cursul anului 2021 a fost de 206.', 'Număr total beneficiari: 87': 'Număr(ul)
    [de/total de] <counted noun> … a fost / este / s-a ridicat la N' or '…: N', the number ending the clause."""
    out: list[Figure] = []
    for i in range(len(doc) - 3):
        if fold_key(doc[i].text) not in ("numar", "numarul"):
            continue
        k = i + 1
        while k < len(doc) and doc[k].lower_ in ("de", "total", "totalul"):
            k += 1
        lemma = _counted_lemma(doc[k]) if k < len(doc) else None
        if lemma is None:
            continue
        j = k + 1
        while j < len(doc) and j - k <= 15 and doc[j].text not in (".", ";", ":", "-", "–", "=") \
                and doc[j].lower_ not in _STATED_VERBS:
            j += 1
        # 'a fost de N' / 'este N', or a label and its figure: 'Număr total beneficiari: 87', '… – 87'
        if j >= len(doc) or not (doc[j].lower_ in _STATED_VERBS or doc[j].text in (":", "-", "–", "=")):
            continue
        n = j + 1
        while n < len(doc) and doc[n].lower_ in ("de", "la", "aproximativ", "cca.", "circa"):
            n += 1
        if n >= len(doc) or not re.match(_NUM_RE, doc[n].text):
            continue
        after = doc[n + 1] if n + 1 < len(doc) else None
        value, is_word = _number_value(doc[n])
        if value is None or (after is not None and after.text not in (".", ";", ",")) or _is_reference(doc, n) \
                or _a_year(doc, n, value):
            continue
        phrase = re.sub(r"(?:\s+(?:s-|s-a|s-au|a|au|nu))+$", "", doc[k:min(j, k + 9)].text)
        out.append(_noun_first(doc, i, n, lemma, value, is_word, phrase))
    return out


def _parts_after_din_care(doc) -> list[Figure]:
    """'…, din care certificate de naștere 9.097, certificate de deces 8.538.': the parts of a breakdown
    written noun first, each '<counted noun> [a few words] N' ended by a comma, a semicolon, 'și' or the sentence
    (a year is no part: 'din care dosare 2021')."""
    out: list[Figure] = []
    starts = [i + 2 for i in range(len(doc) - 1)
              if doc[i].lower_ in ("din", "dintre") and doc[i + 1].lower_ == "care"]
    for i in starts:
        k = i + (1 if i < len(doc) and doc[i].text == ":" else 0)
        while k < len(doc):
            lemma = _counted_lemma(doc[k])
            end = k + 1
            while end < len(doc) and end - k <= 4 and not doc[end].is_punct and not re.match(r"\d", doc[end].text):
                end += 1
            if lemma is None or end >= len(doc) or not re.match(_NUM_RE, doc[end].text):
                break
            after = doc[end + 1] if end + 1 < len(doc) else None
            value, is_word = _number_value(doc[end])
            if value is None or (after is not None and after.lower_ not in (",", ";", ".", "și", "si")) \
                    or _is_reference(doc, end) or _a_year(doc, end, value):
                break
            out.append(_noun_first(doc, k, end, lemma, value, is_word, doc[k:end].text))
            k = end + 2  # past the number and its comma
    return out


def _count_in_brackets(doc) -> list[Figure]:
    """'beneficiari ai venitului minim de incluziune (123);': a clause headed by a counted noun whose figure is
    given in brackets at its end."""
    out: list[Figure] = []
    for i in range(1, len(doc) - 1):
        if doc[i - 1].text != "(" or doc[i + 1].text != ")" or not re.match(_NUM_RE, doc[i].text):
            continue
        after = doc[i + 2] if i + 2 < len(doc) else None
        if after is not None and after.text not in (".", ";", ",", ":"):
            continue
        value, is_word = _number_value(doc[i])
        if value is None or value != value.to_integral_value() or _a_year(doc, i, value) or \
                (i >= 2 and fold_key(doc[i - 2].text) in REFERENCE_WORDS):
            continue
        start = _clause_start(doc, i - 1, 11)
        lemma = _counted_lemma(doc[start])
        if lemma is None:
            continue  # the counted noun must head the clause
        out.append(_noun_first(doc, start, i, lemma, value, is_word, doc[start:i - 1].text))
    return out


def _counts_in_numar_de(doc) -> list[Figure]:
    """'Animalele, în număr de aproximativ 541, …', 'Persoanele cu handicap grav, în număr de 146, …': the counted
    noun comes first, a few words before 'în număr de'."""
    out: list[Figure] = []
    for i in range(1, len(doc) - 3):
        if doc[i].lower_ not in ("în", "in") or fold_key(doc[i + 1].text) != "numar" or doc[i + 2].lower_ != "de":
            continue
        n = i + 3
        while n < len(doc) and doc[n].lower_ in ("aproximativ", "aprox.", "cca.", "cca", "circa", "peste"):
            n += 1
        if n >= len(doc) or not re.match(_NUM_RE, doc[n].text) or _is_reference(doc, n):
            continue
        value, is_word = _number_value(doc[n])
        end = i - 1 if doc[i - 1].text == "," else i  # the noun phrase ends before the comma
        # the phrase's head: its first counted noun ('Copiii din familii defavorizate' counts children)
        noun = next((k for k in range(_clause_start(doc, end, 7), end) if _counted_lemma(doc[k]) is not None), None)
        if value is None or value != value.to_integral_value() or noun is None:
            continue
        out.append(_noun_first(doc, noun, n, _counted_lemma(doc[noun]), value, is_word, doc[noun:end].text))
    return out


# ------------------------------------------------------------------------------------------- sections

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]\s*")
_BULLET = re.compile(r"^[\s·•◦▪\-–—*o]+(?=\S)")
_ENUM = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[a-z]\)|[IVX]+\.)\s+")


def _clean(text: str) -> str:
    text = _BOOKMARK.sub("", clean_text(text))
    return _BULLET.sub("", text).strip()


_ACRONYM_START = re.compile(r"^(?:[A-ZĂÂÎȘȚ]\.?){3,7}(?=[\s,:–-]|$)")


def _unit_title(text: str) -> str | None:
    """``text`` is a short title naming an organisational unit or service → the title, else None."""
    t = _ENUM.sub("", _clean(text)).strip(" :")
    if not t or len(t) > 140 or len(t.split()) > 16 or t.endswith((".", ";", ",")):
        return None
    if re.search(r"\d[\d.,]*\s+(?:de\s+)?[a-zăâîșț]{3,}|:\s*\d", t) or sum(ch.isdigit() for ch in t) > 6:
        return None  # "Centrul X: 1 caz", "Pachet 265 obiective": a figure, not a title
    first = fold_key(t).split()
    if not first or not t[0].isupper():
        return None
    # a unit's head word, or an institution's acronym before a name ("DGASPC Sector 3", "D.G.A.S.P.C. Neamț"); an
    # all-capitals line ("TOTAL GENERAL") is no acronym
    if first[0] not in UNIT_WORDS and not (_ACRONYM_START.match(t) and not t.isupper()):
        return None
    return t


def _is_heading_text(block) -> str | None:
    if isinstance(block, Heading):
        raw = _clean(block.text)
        t = _ENUM.sub("", raw).strip(" :")
        if sum(ch.isalpha() for ch in t) < 4 or len(t) > 160 or re.match(r"^[a-z]\s?\)", raw):
            return None  # "a) 4.712.542 lei", "b) hrană": list items the reader took for headings
        if re.search(r"[-–:=]\s*\d[\d.,]*\s*(?:lei)?\s*[.;]?$", t):
            return None  # "Total sancțiuni aplicate - 245"
        return _unit_title(block.text) or t
    if isinstance(block, Paragraph):
        return _unit_title(block.text)
    return None


# Plan sections that belong to the plan-section extractors (contracting, subsidies, trainings).
_PLAN_SKIP = re.compile(r"programul? (?:anual )?de contractare|subventionare|program(?:ul)? de formare|"
                        r"perfectionar|capitolul iii|cap iii|\biii\b.*formare|instruire a personalului")
_PLAN_RESUME = re.compile(r"\bcap(?:itolul)? (?:i|ii|iv|v)\b|beneficii|prestatii|informare|buget(?:ul)? ")


# ------------------------------------------------------------------------------------------- records

def _year(text: str, default: int | None) -> int | None:
    m = re.search(r"\b(?:anul|an|în|in|pe|pentru)\s+(?:anul\s+)?((?:19|20)\d\d)\b(?!\s*[-–/])", text)
    if m:
        ys = [y for y in find_years(m.group(0))]
        if ys:
            return ys[0]
    return default


_LABEL_TRIM = re.compile(
    r"(?:,?\s*(?:au|a|s-au|s-a)\s+fost\s+(?:de)?|\s+în\s+valoare\s+(?:totală\s+)?de|\s+în\s+sumă\s+de|"
    r"\s+(?:suma|sumă)\s+(?:totală\s+)?de|\s+este\s+de|\s+sunt\s+de|\s+de|\s*[-–—:=]+|\s+aproximativ|\s+cca\.?|"
    r"\s+respectiv|\s+totală|\s+se\s+ridică\s+la|\s+la)\s*$", re.I)


def _label_before(text: str, pos: int) -> str:
    """The words before a figure, within its clause: what the amount is."""
    head = text[:pos]
    head = re.split(r"(?<=[a-zăâîșț\)])[.;](?=\s)|;|\(\s*$|\bdin care\b|\bdintre care\b", head, flags=re.I)[-1]
    head = _BULLET.sub("", head).strip()
    for _ in range(4):
        new = _LABEL_TRIM.sub("", head).strip(" ,:-–")
        if new == head:
            break
        head = new
    return head[-200:].strip()


def _person_unit(lemma: str | None) -> str:
    if lemma == "beneficiar":
        return "beneficiaries"
    if lemma in PERSON_LEMMAS:
        return "persons"
    return "other"


@dataclass
class _Ctx:
    doc_type: str
    year: int | None
    section: str | None = None
    topic: str | None = None  # a service named at the start of a recent paragraph under the same heading


# ------------------------------------------------------------------------------------------- named services

_OPEN_QUOTES = (",,", "„", "\"", "“", "”", "«", "''", "‚‚", "’’", "‘‘")
_CLOSE_QUOTE = re.compile(r"''|’’|‘‘|”|\"|“|»|’|‚‚|,,")
_WORD = re.compile(r"[^\s,;:()\[\]]+")


@dataclass
class _Named:
    start: int
    end: int
    name: str
    head: str  # folded head word
    capitalised: bool  # a proper name (capitalised words or a quoted name), not "în cadrul centrelor de zi"


def _quoted_at(text: str, i: int) -> tuple[int, str] | None:
    """A quoted name starting at ``i`` → (end offset, inner text)."""
    for q in _OPEN_QUOTES:
        if text.startswith(q, i):
            m = _CLOSE_QUOTE.search(text, i + len(q))
            if m and 0 < m.start() - (i + len(q)) <= 70 and "\n" not in text[i + len(q):m.start()]:
                return m.end(), text[i + len(q):m.start()].strip()
            return None
    return None


_JOINER_KEYS = {fold_key(x) for x in SERVICE_NAME_JOINERS}


def _named_services(text: str) -> list[_Named]:
    """Named services and institutions in a text: a head noun (Centrul, Serviciului, Asociația …) followed by
    its name, quoted ("Centrul Maternal „Maria”") or in capitalised words ("Biroul Monitorizare Relații
    Familiale"); and, after "în/din cadrul", a lower-case service with its qualifiers ("în cadrul locuințelor
    protejate pentru persoane adulte cu handicap")."""
    out: list[_Named] = []
    for m in re.finditer(r"(?<![\w-])([A-Za-zĂÂÎȘȚŞŢăâîșțşţ]+)", text):
        head = fold_key(m.group(1))
        if head not in SERVICE_HEADS:
            continue
        if out and m.start() < out[-1].end:
            continue
        upper = m.group(1)[0].isupper()
        i = m.end()
        parts: list[str] = []
        pending: list[str] = []
        quoted = None
        capital_words = 0
        while i < len(text) and len(parts) < 14:
            j = i
            while j < len(text) and text[j] in " \t":
                j += 1
            q = _quoted_at(text, j)
            if q:
                quoted = q[1]
                parts += pending
                pending = []
                parts.append(f"„{q[1]}”")
                i = q[0]
                break
            w = _WORD.match(text, j)
            if not w or j == i and parts + pending:
                break
            word = w.group(0)
            bare = word.rstrip(".")
            if bare and (bare[0].isupper() or re.match(r"^\d{1,2}$", bare) and parts
                         and fold_key(parts[-1]) in ("sector", "sectorul", "nr")):
                if not upper and not quoted and not bare.isupper():
                    break  # "centrului Sector 2": a lower-case head takes only a quoted name
                parts += pending
                pending = []
                parts.append(bare)
                capital_words += 1
                i = j + len(bare)
                if word != bare and not re.match(r"^(?:Nr|[A-Z])$", bare):
                    break  # sentence end
                if word != bare:
                    parts[-1] = word
                    i = j + len(word)
                continue
            if word.lower() in SERVICE_NAME_JOINERS:
                pending.append(word)
                i = j + len(word)
                continue
            described = _described_name(text, j) if upper and not parts else None
            if described:  # "Centrului de îngrijire … cu dizabilități Leonida"
                parts += pending + described[0]
                pending = []
                capital_words += 1
                i = described[1]
                continue
            break
        if quoted is None and capital_words == 0:
            continue
        if not upper and quoted is None:
            continue
        name = " ".join([SERVICE_HEADS[head]] + parts)
        out.append(_Named(m.start(), i, name, head, True))
    for m in re.finditer(r"\b(?:în|in|din)\s+cadrul\s+(?:a\s+)?(\w+)((?:\s+[^\s,;:.()]+){1,9})", text):
        head = fold_key(m.group(1))
        if head not in SERVICE_HEADS or m.group(1)[0].isupper() or head in GENERIC_SERVICE_HEADS:
            continue
        if any(n.start <= m.start(1) < n.end for n in out):
            continue
        words = []
        for w in m.group(2).split():
            w = w.strip("\"„“”'’‘«»")
            if not w or re.match(r"\d", w) or fold_key(w) in ("care", "si", "iar", "unde", "prin", "sau", "fiind", "aflate",
                                                      "aflat", "aflati", "ce"):
                break
            words.append(w)
        while words and fold_key(words[-1]) in _JOINER_KEYS:
            words.pop()
        if not words:
            continue
        name = " ".join([SERVICE_HEADS[head]] + words)
        out.append(_Named(m.start(1), m.start(1) + len(m.group(1)) + len(m.group(2)), name, head, False))
    out.sort(key=lambda n: n.start)
    return out


_DESCRIPTION_STOP = {"care", "a", "au", "are", "este", "sunt", "era", "fost", "s-a", "s-au", "se", "prin", "ce",
                     "iar", "fiind", "unde", "sau", "ori", "că", "ca", "nu", "va", "vor"}


def _described_name(text: str, pos: int) -> tuple[list[str], int] | None:
    """After a capitalised head, a lower-case description ending in a proper name: "de îngrijire și asistență
    pentru persoane adulte cu dizabilități Leonida" → (its words, end). At most nine words, no verb, no
    punctuation; None when no capitalised name ends the run."""
    words: list[str] = []
    i = pos
    while len(words) < 9:
        j = i
        while j < len(text) and text[j] in " \t":
            j += 1
        w = _WORD.match(text, j)
        if not w or (j == i and words):
            return None
        word = w.group(0)
        if word[:1].isupper():
            if not words or word.endswith("."):
                return None
            return words + [word], j + len(word)
        if fold_key(word) in _DESCRIPTION_STOP or not word.isalpha():
            return None
        words.append(word)
        i = j + len(word)
    return None


_SENTENCE_END = re.compile(r"(?<=[a-zăâîșțşţ\)”\"’'])[.!?](?=\s+\S)")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.end()
            break
    return start, end


_PARTNER_BEFORE = re.compile(r"(?:(?<!de )\bc[ăa]tre|\bcu|\bspre|\bpartener\w*|\bsprijinul)\s*$", re.I)
_CONTEXT_BEFORE = re.compile(r"(?:\b(?:[îi]n|din) cadrul(?: a)?|\bai|\bal|\bale|\bla nivelul|\bde la|\bde c[ăa]tre|"
                             r"\bla)\s*$", re.I)


def _usable(n: _Named, text: str, s0: int) -> bool:
    """A service named as a partner ("în colaborare cu Asociația X") is not what the figure is about; the
    directorate counts only where the sentence is about it ("La nivelul Direcției X", sentence start)."""
    before = text[max(s0, n.start - 30):n.start]
    if _PARTNER_BEFORE.search(before):
        return False
    if n.head in GENERIC_SERVICE_HEADS:
        return not text[s0:n.start].strip(" ,·-–") or bool(re.search(r"\bla nivelul\s*$", before, re.I))
    return True


def _attached(n: _Named, g: Figure, text: str) -> bool:
    """``n`` follows figure ``g``'s counted phrase: "22 beneficiari ai Centrului X", "15 cazuri active Centrul X"."""
    if n.start < g.end:
        return False
    gap = text[g.end:n.start]
    if re.search(r"[,;:()+=]", gap) or len(gap.split()) > 6:
        return False
    return bool(_CONTEXT_BEFORE.search(gap)) or len(gap.split()) <= 2


def _pick_named(cands: list[_Named], f: Figure, text: str, section: str | None, s0: int = 0,
                figures: list[Figure] = ()) -> _Named | None:
    """The service a figure is about among those named in its sentence: one attached to the counted phrase
    ("22 beneficiari ai Centrului X"), else the nearest named before it, else the first after it that the
    sentence places the activity in ("… derulate în cadrul Centrului de Zi X"); a proper name wins over a
    lower-case service, anything wins over the directorate."""
    cands = [n for n in cands if _usable(n, text, s0)]
    if section:
        cands = [n for n in cands if fold_key(n.name) not in fold_key(section)]
    if not cands:
        return None
    for n in cands:
        if n.head not in GENERIC_SERVICE_HEADS and _attached(n, f, text):
            return n
    # a service attached to another figure of the sentence belongs to that figure, and one before an earlier
    # entry of a list ("X – 20 beneficiari, Y – 25 beneficiari") belongs to that entry
    cands = [n for n in cands if not any(g is not f and _attached(n, g, text) for g in figures)
             and not any(n.end <= g.start and g.end <= f.num_start and re.search(r"[,;]", text[g.end:f.num_start])
                         for g in figures if g is not f)]
    for tier in (lambda n: n.capitalised and n.head not in GENERIC_SERVICE_HEADS,
                 lambda n: n.head not in GENERIC_SERVICE_HEADS, lambda n: True):
        before = [n for n in cands if n.end <= f.num_start and tier(n)]
        if before:
            return before[-1]
        after = [n for n in cands if n.start >= f.end and tier(n) and _CONTEXT_BEFORE.search(text[f.end:n.start])]
        if after:
            return after[0]
    return None


def _dash_label(text: str, f: Figure, figures: list[Figure]) -> str | None:
    """A list entry "Label – N things – M beneficiari": the label before the dashes is what the figure is about.
    Entries of one line are separated by ";" or by a comma after an entry's figures."""
    head = text[:f.num_start]
    # "locuitori - cca. 372.913 de cetățeni": an approximation may stand between the dash and the figure
    head = re.sub(r"(?i)(?<=\s[-–—]\s)\s*(?:cca\.?|circa|aprox\.?|aproximativ|peste)\s*$", "", head)
    if not re.search(r"\s[-–—]\s*$", head):
        return None
    clause_start = 0
    for m in re.finditer(r"[;]|,|(?<=[a-zăâîșț\)”])[.](?=\s)", head):
        if m.group(0) != "," or any(clause_start <= g.start and g.end <= m.start() for g in figures):
            clause_start = m.end()
    clause = head[clause_start:]
    for g in sorted(figures, key=lambda g: -g.start):
        if g is not f and clause_start <= g.start and g.end <= f.num_start:
            clause = clause[:g.start - clause_start] + clause[g.end - clause_start:]
    label = re.sub(r"(?:\s*[-–—]\s*(?:\d+\s*[a-zăâîșț]+)?)+$", "", clause).strip(" ,-–—")  # "– 2 excursii –"
    label = re.sub(r"\s*[-–—]\s*[-–—]\s*", " - ", label)
    # an entry's label is capitalised, or is the whole head of the entry in at most three words ("locuitori –
    # 372.913"); "din care: - 136 copii", "a instrumentat fiecare dosar – 145 cazuri" are no entry labels
    short_head = clause_start == 0 and len(label.split()) <= 3 and not re.match(
        r"(?i)(?:a|au|s-a|s-au|se|din|dintre|care|de|in|în|la|cu|pe|si|și)\b", label)
    if sum(ch.isalpha() for ch in label) < 4 or len(label) > 160 or not (
            short_head or re.match(r"^[\"„“”'A-ZĂÂÎȘȚŞŢ]", label)):
        return None
    return label


def _topic_of(text: str) -> str | None:
    """A paragraph or list item that opens with a named service ("Biroul X are misiunea …", "La nivelul
    Direcției Y, …") → that service."""
    lead = re.match(r"^(?:(?:la nivelul|[îi]n cadrul)\s+)?", text, re.I).end()
    named = _named_services(text[:lead + 200])
    if named and named[0].start == lead and named[0].capitalised:
        return named[0].name
    return None


def _subject(ctx: _Ctx, phrase: str, extra: str | None = None) -> str:
    parts = [p for p in (ctx.section, extra) if p]
    head = " - ".join(parts)
    if not phrase:
        return head or ""
    if head and fold_key(phrase) in fold_key(head):
        return head
    return f"{head} - {phrase}" if head else phrase


def _where(text: str, f: Figure, named: list[_Named], ctx: _Ctx, figures: list[Figure] = ()) -> str | None:
    """Which service a count in prose is about, most specific first: a service named in its sentence, then
    the one its paragraph or list item opens with, then the one a recent paragraph under the same heading
    opened with, then the heading."""
    s0, s1 = _sentence_bounds(text, f.num_start)
    inside = [n for n in named if s0 <= n.start and n.end <= s1]
    pick = _pick_named(inside, f, text, ctx.section, s0, figures)
    if pick is not None:
        return pick.name
    opener = _topic_of(text)
    if opener:  # the paragraph opens with the heading's own service: the heading, not an older topic
        return opener if not ctx.section or fold_key(opener) not in fold_key(ctx.section) else ctx.section
    return ctx.topic or ctx.section


def _text_block(block, prev_text: str | None, ctx: _Ctx, is_plan: bool, out: dict[str, list]) -> None:
    text = _clean(block.text)
    if not is_plan:
        _bare_total(text, block, ctx, out)
    figures = analyse(text)
    if not figures:
        return
    year = _year(text, ctx.year)
    folded = fold_key(text)
    breakdown = bool(_BREAKDOWN.search(folded))
    named = _named_services(text) if not is_plan else []
    for f in figures:
        raw = text[f.start:f.end]
        if f.kind == "count":
            key = COUNTED[f.lemma][0]
            if is_plan:
                out["totals"].append(TotalRecord(
                    scope=_scope(ctx, _label_before(text, f.num_start) or f.phrase, f.phrase),
                    amount=f.value, unit=_person_unit(f.lemma), raw=raw, page=block.page, line=block.line,
                    warnings=["from_prose"]))
                continue
            before = fold_key(text[max(0, f.num_start - 25):f.num_start])
            after = fold_key(text[f.end:f.end + 30])
            # a stated total: in a breakdown ('din care'), named so ('total', '='), or a count that opens a list
            # ('Pachet 265 obiective:' and the items below)
            if breakdown or re.search(r"\btotal\w*( de)?$|=$", before + ("=" if text[:f.num_start].rstrip().endswith("=") else "")) \
                    or re.match(r"(?:total|in total)\b", after) or re.fullmatch(r"[^\d]{0,60}:\s*", text[f.end:]):
                out["totals"].append(TotalRecord(
                    scope=_scope(ctx, f.phrase, None), amount=f.value, unit=_person_unit(f.lemma), raw=raw,
                    page=block.page, line=block.line, warnings=["from_prose"]))
            conf = 0.65 if f.number_word else 0.8
            head = text[:f.num_start]
            if head.count("(") > head.count(")"):  # "Asociația X (2 acorduri cadru, …)": X is the subject
                bracketed = re.split(r"[;:]", head[:head.rfind("(")])[-1].strip(" ,-–")
                org = (_ORG_HEAD.match(bracketed) or (re.match(r"(.{3,60})$", bracketed) if not re.search(r"\d", bracketed)
                       and bracketed[:1].isupper() else None)) if bracketed else None
            else:
                org = _ORG_HEAD.match(_label_before(text, f.num_start))
            label = None if org else _dash_label(text, f, figures)
            if org:
                where = org.group(1).strip(" -,")
            elif label:
                where = ctx.topic or ctx.section
            else:
                where = _where(text, f, named, ctx, figures)
            sctx = _Ctx(ctx.doc_type, ctx.year, where)
            out["indicators"].append(IndicatorRecord(
                indicator=key, value=float(f.value), unit=f.unit, raw=text[:400],
                subject=_subject(sctx, f.phrase, label), year=year, page=block.page, line=block.line,
                confidence=conf))
        elif f.kind == "money":
            label = _label_before(text, f.num_start)
            if not label and prev_text:
                label = _label_before(prev_text, len(prev_text))
            lf = fold_key(label)
            if re.search(r"\bpana la\b|\bvenit (?:net )?(?:lunar )?pe membru|\bplafon", fold_key(text[max(0, f.num_start - 60):f.num_start])):
                continue  # thresholds of eligibility, not figures
            if f.per_unit or re.search(r"\b(?:cost\w*|medie|mediu|lunar\w*)\b", lf) and re.search(r"\b(?:lun\w*|zi|animal|beneficiar|persoana)\b", fold_key(text[f.num_start:f.end + 25]) + " " + lf):
                if is_plan:
                    continue
                out["indicators"].append(IndicatorRecord(
                    indicator="cost_mediu", value=float(f.value), unit="lei", raw=text[:400],
                    subject=_subject(ctx, label), year=year, page=block.page, line=block.line, confidence=0.6))
                continue
            if is_plan and not any(s in folded for s in BUDGET_STEMS):
                continue
            if not label:
                continue
            out["totals"].append(TotalRecord(scope=_scope(ctx, label, None), amount=f.value.quantize(Decimal("0.01")),
                                             unit="lei", raw=raw, page=block.page, line=block.line,
                                             warnings=["from_prose"]))
        # percentages: kept only in reports, as a share of what follows "din"
        elif f.kind == "pct" and not is_plan:
            m = re.match(r"\s*din\s+(?:totalul\s+)?([^,.;()]{3,80})", text[f.end:])
            if not m:
                continue
            out["indicators"].append(IndicatorRecord(
                indicator="procent", value=float(f.value), unit="%", raw=text[:400],
                subject=_subject(ctx, m.group(1).strip()), year=year, page=block.page, line=block.line,
                confidence=0.6))


_ORG_HEAD = re.compile(r"^((?:Asocia[tț]ia|Funda[tț]ia|Societatea|Organiza[tț]ia|Federa[tț]ia|Uniunea|Parohia|"
                       r"S\.C\.|SC|ONG|Clubul)\b[^,;–-]{2,80})")
_BREAKDOWN = re.compile(r"\b(?:din care|dintre care|defalcat\w*|structurat\w* astfel)\b")
_BARE_TOTAL = re.compile(r"^\s*(total\b[^0-9]{2,120}?)\s*[-–:=]\s*(\d[\d.,]*)\s*(?:[;.]|$)", re.I)


def _bare_total(text: str, block, ctx: _Ctx, out: dict[str, list]) -> None:
    """'Total sancțiuni aplicate - 245': a stated total without a counted noun after the number."""
    m = _BARE_TOTAL.match(text)
    if not m:
        return
    nums = find_numbers(m.group(2))
    if len(nums) != 1:
        return
    out["totals"].append(TotalRecord(scope=_scope(ctx, m.group(1).strip(), None), amount=nums[0][0], unit="other",
                                     raw=m.group(0).strip(), page=block.page, line=block.line, warnings=["from_prose"]))


def _scope(ctx: _Ctx, label: str, phrase: str | None) -> str:
    label = label.strip()
    if phrase and fold_key(phrase) not in fold_key(label):
        label = f"{label} ({phrase})" if label else phrase
    if ctx.section and fold_key(ctx.section) not in fold_key(label):
        return f"{ctx.section}: {label}"
    return label


# ------------------------------------------------------------------------------------------- tables

_ROWNO = re.compile(r"^\s*(?:\d{1,3}\.?|[a-z]\)|[IVX]+\.?)\s*$")
_COUNT_HEADER = re.compile(r"\b(?:nr|numar|număr|total|beneficiar\w*|cazuri|persoane|copii|rezultat\w*|realizat\w*)\b", re.I)
_MONEY_HEADER = re.compile(r"\b(?:suma|sumă|sume|valoare|lei|cost|buget|plăți|plati|cheltuieli)\b", re.I)
_NOT_COUNT_HEADER = re.compile(r"\b(?:crt|cod|telefon|adresa|adresă|an|data|perioada|cnp|cpv)\b", re.I)


def _header_key(header: str) -> tuple[str, str] | None:
    h = fold_key(header)
    alt = re.search(r"(benef\w*|persoane|copii)\s*/\s*(\w+)", strip_diacritics(header), re.I)
    if alt and alt.group(2).isupper() and len(alt.group(2)) >= 2:
        alt = None  # "Număr beneficiari / CZPVB": the column's centre, not a second counted thing
    if alt and not alt.group(2).lower().startswith(("pers", "benef", "copi", "famil")):
        return ("numar", header.split("/")[-2].split()[-1].lower() + "/" + header.split("/")[-1].strip().lower())
    for stem, key in (("salariat", ("personal", "persoane")), ("angajat", ("personal", "persoane")),
                      ("personal", ("personal", "persoane")), ("benef", ("beneficiari", "persoane")),
                      ("cazuri", ("cazuri", "cazuri")), ("persoane", ("persoane", "persoane")),
                      ("copii", ("copii", "copii")), ("dosare", ("dosare", "dosare")), ("locuri", ("capacitate_locuri", "locuri")),
                      ("capacitat", ("capacitate_locuri", "locuri")), ("cereri", ("cereri", "cereri"))):
        if stem in h:
            return key
    named = _label_key(header.split(" / ")[-1].strip())  # "Nr. anchete" → anchete_sociale (the vocabulary)
    if named and named[0] != "numar":
        return named
    if re.search(r"\b(?:nr|numar|total|rezultat|realizat)\b", h):
        return ("numar", "unități")
    return None


def _header_year(header: str, default: int | None) -> int | None:
    """A column headed by a year ("2022", "Anul 2023", "… / 2022") counts that year."""
    m = re.fullmatch(r"(?:an(?:ul)?\s+)?((?:19|20)\d\d)", header.split(" / ")[-1].strip(), re.I)
    return int(m.group(1)) if m else _year(header, default)


def _table_rows(rt) -> Iterable[tuple[list[str], int | None, int | None]]:
    if rt.body:
        for cells, line, page in zip(rt.body, rt.body_lines or [None] * len(rt.body), rt.body_pages or [None] * len(rt.body)):
            yield cells, line, page
    else:
        for row in rt.rows:
            yield row.cells, row.line, row.page


def _report_table(rt, ctx: _Ctx, out: dict[str, list]) -> None:
    """Activity tables of a report: every count cell → an indicator; a lone amount next to a label → a total."""
    columns = list(rt.columns or [])
    section = ctx.topic or ctx.section  # a table right under "Biroul X asigură …" is Biroul X's
    head0 = _unit_title(columns[0].split(" / ")[-1]) if columns else None
    if head0 and len(head0.split()) >= 2:
        section = head0
    n_rows = 0
    carried: str | None = None
    rows = list(_table_rows(rt))
    if columns and any(unit_from_text(c) in ("lei", "mii lei") and find_numbers(c) for c in columns) and rt.header_rows:
        # the "header" is the first data row ("Asistență socială …  590.999 lei")
        rows.insert(0, (list(rt.header_rows[-1]), rt.table.line, rt.table.page))
        columns = [""] * len(columns)
    column_nouns = _column_nouns(rows)
    numbered_col0 = bool(columns) and bool(re.search(r"\b(?:nr|crt)\b", fold_key(columns[0])))
    for cells, line, page in rows:
        cells = [_clean(c or "") for c in cells]
        if not any(cells):
            continue
        if columns and not numbered_col0 and 2 < len(cells) <= len(columns) and _ROWNO.match(cells[0]) \
                and not columns[len(cells) - 1].strip() and cells[-1]:
            cells = cells[1:] + [""]  # a row number in front of rows continuing a table without that column
        n_rows += 1
        texts: list[tuple[int, str]] = []
        numeric: list[tuple[int, str]] = []
        for j, c in enumerate(cells):
            if not c:
                continue
            if j > 0 and cells[j] == cells[j - 1]:
                continue  # span filled
            if _ROWNO.match(c) and j == 0:
                continue
            nums = find_numbers(c)
            lead = nums and nums[0][1] <= 2 and not c[: nums[0][1]].strip(" ~") and len(c) <= 60
            if lead and (len(nums) == 1 or unit_from_text(c)):
                numeric.append((j, c))
            else:
                texts.append((j, c))
        # the row's subject: a unit-like first cell, then the longest remaining text
        unit_col = next((j for j, t in texts if _unit_title(t) and j <= 1), None)
        unit_cell = next((t for j, t in texts if j == unit_col), None)
        if unit_cell:
            carried = unit_cell if not any(_header_key(columns[j] if j < len(columns) else "") == ("personal", "persoane")
                                           for j, _ in numeric) else None
        elif texts and texts[0][0] > 0 and n_rows > 1:
            unit_cell = carried  # the unit column is merged down / left blank under its first row
        activity = max((t for j, t in texts if t != unit_cell), key=len, default="")
        activity = activity[:160]
        row_section = unit_cell or section
        row_key = None
        local = _Ctx(ctx.doc_type, ctx.year, row_section)
        counts_in_row = 0
        money_cells = []
        is_total_row = bool(texts) and fold_key(texts[0][1]).startswith("total")
        for k, (jk, tk) in enumerate(texts):
            if fold_key(tk) in ("total", "total general") and k + 1 < len(texts) and k > 0:
                nums = find_numbers(texts[k + 1][1])
                if nums and nums[0][1] == 0:
                    out["totals"].append(TotalRecord(
                        scope=_scope(local, columns[jk] if jk < len(columns) and columns[jk] else tk, None),
                        amount=nums[0][0], unit="other", raw=texts[k + 1][1][:nums[0][2]], page=page, line=line,
                        warnings=["from_prose_table"]))
        if not numeric and is_total_row and len(texts) > 1:
            nums = find_numbers(texts[1][1])
            if nums and nums[0][1] == 0:
                numeric = [(texts[1][0], texts[1][1][:nums[0][2]])]
        for j, c in numeric:
            header = columns[j] if j < len(columns) else ""
            left = [t for jj, t in texts if jj < j and t != unit_cell and not _unit_title(t)
                    and sum(ch.isalpha() for ch in t) >= 3]
            near = left[-1] if left else activity
            if is_total_row:
                money = parse_money(c, unit_from_text(header))
                amount = money.amount_lei if unit_from_text(c) or unit_from_text(header) in ("lei", "mii lei") else find_numbers(c)[0][0]
                if amount is not None:
                    out["totals"].append(TotalRecord(
                        scope=_scope(local, f"{near} ({header})" if header and near != header else near, None),
                        amount=amount, unit="lei" if unit_from_text(c) or unit_from_text(header) else "other",
                        raw=c, page=page, line=line, warnings=["from_prose_table"]))
                continue
            if _NOT_COUNT_HEADER.search(header) and not _COUNT_HEADER.search(header):
                continue
            unit = unit_from_text(c) or (unit_from_text(header) if _MONEY_HEADER.search(header) else None)
            if "%" in c:
                continue
            # "Indicator | Valoare": a bare "Valoare" next to a label naming a counted thing ("Număr copii …") is a count
            counted_label = not unit and re.fullmatch(r"valoare\w*", fold_key(header).strip()) and _label_key(near)
            if unit in ("lei", "mii lei", "mil lei") or (_MONEY_HEADER.search(header) and not _COUNT_HEADER.search(header)
                                                         and not counted_label):
                money = parse_money(c, unit or "lei")
                if money.amount_lei is not None:
                    money_cells.append((money, c))
                continue
            figs = analyse(c)
            fig = figs[0] if figs and figs[0].kind == "count" else None
            value = fig.value if fig else find_numbers(c)[0][0]
            if value != value.to_integral_value() or (1990 <= value <= 2100 and not fig):
                continue
            cell_lemma = None if fig else _cell_noun(c)
            if fig:
                key, u = COUNTED[fig.lemma]
                phrase = fig.phrase if fig.phrase != c[fig.start:].split()[-1] else ""
            elif cell_lemma:  # "194 planuri": a noun the prose rules want qualified, alone in its cell
                key, u = COUNTED[cell_lemma]
                phrase = ""
            elif _label_key(near) and (re.match(r"^(?:nr\.?|num[aă]r|redact|elibera|emite|[iî]ntocmi)", fold_key(near))
                                       or (_header_key(header) or ("",))[0] not in ("beneficiari", "persoane", "copii")):
                key, u = _label_key(near)
                phrase = ""
            else:
                hk = _header_key(header)
                if hk is None:
                    continue
                key, u = hk
                phrase = ""
                if hk == ("numar", "unități") and column_nouns.get(j):
                    key, u = COUNTED[column_nouns[j]]  # the column's other cells say what it counts
            row_key_here = _label_key(near) or row_key
            hk = _header_key(header)
            issued = bool(re.match(r"^(?:nr\b|num[aă]r|redact|elibera|emite|[iî]ntocmi)", fold_key(near)))
            if not fig and not cell_lemma and row_key_here and (issued or not hk or hk[0] not in ("beneficiari", "persoane", "copii")):
                key, u = row_key_here
            subj_bits = [b for b in (near, phrase) if b] if key != "personal" else []
            label = header.split(" / ")[-1][:80]
            if len(numeric) > 1 and header and fold_key(header) not in fold_key(near) \
                    and fold_key(label) not in ("numar", "nr", "total", "valoare", "cantitate"):
                subj_bits.append(label)  # several count columns: the column says whose (a bare 'Număr' says nothing)
            if unit_col is not None and j - unit_col > 4:
                local = _Ctx(ctx.doc_type, ctx.year, section)  # a far column: the row's unit does not reach it
            else:
                local = _Ctx(ctx.doc_type, ctx.year, row_section)
            out["indicators"].append(IndicatorRecord(
                indicator=key, value=float(value), unit=u, raw=" | ".join(x for x in cells if x)[:400],
                subject=_subject(local, " - ".join(subj_bits)), year=_header_year(header, ctx.year), page=page,
                line=line, confidence=0.75 if fig or _header_key(header) else 0.5))
            counts_in_row += 1
        for money, c in money_cells:
            if counts_in_row:
                out["indicators"].append(IndicatorRecord(
                    indicator="suma_platita", value=float(money.amount_lei), unit="lei", raw=c[:400],
                    subject=_subject(local, activity), year=ctx.year, page=page, line=line, confidence=0.7))
            elif activity or unit_cell:
                out["totals"].append(TotalRecord(
                    scope=_scope(_Ctx(ctx.doc_type, ctx.year, section if activity else None), activity or unit_cell, None), amount=money.amount_lei, unit="lei", raw=c, page=page,
                    line=line, warnings=["from_prose_table"]))
        # prose inside a long cell ("932 plăți ... pentru un număr de 159 beneficiari")
        if not numeric:
            for j, t in texts:
                if len(t) > 20 and re.search(r"\d", t):
                    blk = Paragraph(t, page=page, line=line)
                    _text_block(blk, None, local, False, out)


def _cell_noun(cell: str) -> str | None:
    """A cell "194 planuri" / "682 evaluări": the counted noun right after the number."""
    m = re.match(r"^\s*\d[\d.]*\s+(?:de\s+)?([^\W\d_][\w-]*)", cell)
    if not m:
        return None
    lemma = FORMS.get(fold_key(m.group(1)))
    return lemma if lemma in COUNTED else None


def _column_nouns(rows) -> dict[int, str]:
    """Column → the counted noun most of its cells state ("351 de copii", "39 copii", "22 copii evaluați"),
    for the bare numbers of the same column under a header that says only "Număr"."""
    from collections import Counter

    per: dict[int, Counter] = {}
    for cells, _line, _page in rows:
        for j, c in enumerate(cells):
            c = _clean(c or "")
            if not c or not re.match(r"^\s*\d", c):
                continue
            lemma = _cell_noun(c)
            if lemma is None:
                figs = analyse(c[:80])
                lemma = figs[0].lemma if figs and figs[0].kind == "count" and figs[0].num_start <= 2 else None
            per.setdefault(j, Counter())[lemma] += 1
    out = {}
    for j, counter in per.items():
        named = [(n, k) for n, k in counter.most_common() if n]
        if named and named[0][1] >= 2 and named[0][1] * 2 >= sum(counter.values()):
            out[j] = named[0][0]
    return out


_LABEL_NOUN = re.compile(r"^(?:nr\s*\.?|num[aă]r(?:ul)?)\s*(?:de\s+|total\s+(?:de\s+)?)?(\S+)", re.I)
_ACTION_NOUN = re.compile(r"^(?:redactarea|redactare|eliberarea|eliberare|emiterea|emitere|[iî]nregistrarea|"
                          r"[iî]nregistreaz[aă]|[iî]ntocmirea|[iî]ntocmire|instrumentarea|solu[tț]ionarea|"
                          r"efectuarea|efectuare|preluarea|primirea|transmiterea|transmitere)[\s,]+(\S+)", re.I)


@lru_cache(maxsize=4096)
def _label_key(label: str) -> tuple[str, str] | None:
    """A row label that names what its number counts: "Nr. anchete sociale …", "Redactarea certificatelor …"."""
    if not label:
        return None
    m = _LABEL_NOUN.match(label)
    first = FORMS.get(fold_key(label.split()[0])) if label.split() else None
    if first is None and label.split() and fold_key(label.split()[0]).endswith("le"):
        first = FORMS.get(fold_key(label.split()[0])[:-2])
    if first:
        return COUNTED[first]
    if m:
        words = [m.group(1)]
    elif _ACTION_NOUN.match(label):
        words = label.replace(",", " ").split()[1:7]
    else:
        return None
    nlp, _ = get_nlp()
    for w in words:
        w = w.strip(".,;:()/")
        if not w:
            continue
        tok = nlp(w)
        if not len(tok):
            continue
        word = fold_key(tok[0].text)
        lemma = FORMS.get(word) or (_counted_lemma(tok[0]) if m else None)  # plural forms only after a verb noun
        if lemma is None:
            for suffix, repl in (("elor", "e"), ("ilor", "i"), ("urilor", "uri"), ("lor", "")):
                if word.endswith(suffix):  # genitive plural: certificatelor → certificate, dosarelor → dosare
                    lemma = FORMS.get(word[: -len(suffix)] + repl)
                    break
        if lemma:
            return COUNTED[lemma]
    if m and words:
        return _label_noun(label)
    return None


_NOT_A_NOUN = {"de", "total", "crt", "curent", "ul", "mediu", "estimat", "anual", "lunar", "maxim", "minim"}


def _label_noun(label: str) -> tuple[str, str] | None:
    """"Nr. sesiuni …", "Număr procese verbale …": the counted noun of a row label outside the vocabulary →
    (``numar``, the noun as printed); a two-word form in the vocabulary ("procese verbale") → its key."""
    m = re.match(r"^(?:nr\s*\.?|num[aă]r(?:ul)?)\s*(?:de\s+|total\s+(?:de\s+)?)?([^\W\d_]+)(?:\s+([^\W\d_]+))?", label, re.I)
    if not m:
        return None
    first = m.group(1)
    if m.group(2):
        two = FORMS.get(f"{fold_key(first)} {fold_key(m.group(2))}")
        if two:
            return COUNTED[two]
    if len(first) < 3 or fold_key(first) in _NOT_A_NOUN or not first[0].isalpha():
        return None
    return ("numar", first.lower())


# ------------------------------------------------------------------------------------------- driver

def _doc_facts(doc: Document) -> tuple[str, int | None]:
    from extractors.classify import classify_document

    try:
        facts = classify_document(doc)
        return facts.doc_type or "other", facts.year
    except Exception:
        return "other", None


def extract_prose(doc: Document, tables: list[Any]) -> dict[str, list]:
    """TEXT_EXTRACTORS entry: indicators and totals from sentences, bullets and report activity tables."""
    doc_type, year = _doc_facts(doc)
    is_plan = doc_type in PLAN_TYPES
    ctx = _Ctx(doc_type, year)
    out: dict[str, list] = {"indicators": [], "totals": []}
    by_table = {id(rt.table): rt for rt in tables}
    skipping = False
    prev_text: str | None = None
    after_breakdown = False
    money_breakdown = False  # inside 'N lei total din care: a) … lei b) … c) 266.862': a bare item amount is lei
    for block in doc.blocks:
        if isinstance(block, Table):
            rt = by_table.get(id(block))
            if rt is not None and not is_plan:
                _report_table(rt, ctx, out)
            prev_text = None
            last = [c.text for c in block.rows[-1].cells if c.text.strip()] if block.rows else []
            money_breakdown = bool(last) and _opens_money_breakdown(_clean(last[-1]))
            continue
        title = _is_heading_text(block)
        if is_plan and (isinstance(block, Heading) or _looks_like_plan_heading(block)):
            key = fold_key(block.text)
            if _PLAN_SKIP.search(key):
                skipping = True
            elif _PLAN_RESUME.search(key):
                skipping = False
        if title:
            ctx.section = title
            ctx.topic = None
            prev_text = None
            continue
        if skipping:
            continue
        if isinstance(block, (Paragraph, ListItem, Heading)):
            text = _clean(block.text)
            item = _ENUM_AMOUNT.match(text)
            if money_breakdown and item and not is_plan:
                if unit_from_text(text) is None and len(find_numbers(item.group(2))) == 1:
                    out["totals"].append(TotalRecord(
                        scope=_scope(ctx, item.group(1), None), amount=find_numbers(item.group(2))[0][0], unit="lei",
                        raw=text, page=block.page, line=block.line, warnings=["from_prose", "unit_from_breakdown"]))
                    continue
            else:
                money_breakdown = _opens_money_breakdown(text)
            m = re.match(r"^(\d[\d.]*)\s*,\s*([^\d;]{3,120})", text)
            if after_breakdown and m and not is_plan and len(find_numbers(m.group(1))) == 1:
                out["totals"].append(TotalRecord(scope=_scope(ctx, m.group(2).strip(" ;."), None),
                                                 amount=find_numbers(m.group(1))[0][0], unit="other", raw=m.group(0),
                                                 page=block.page, line=block.line, warnings=["from_prose"]))
            elif not m:
                after_breakdown = bool(re.search(r"\b(?:din|dintre) care\s*:?\s*$", fold_key(text) + " ")) or \
                    bool(re.search(r"(?:din|dintre) care\s*:\s*$", text))
            topic = None if is_plan or isinstance(block, ListItem) or re.match(r"^\s*[·•◦▪*\-–—]", block.text) \
                else _topic_of(text)
            if topic and (not ctx.section or fold_key(topic) not in fold_key(ctx.section)):
                ctx.topic = topic
            _text_block(block, prev_text, ctx, is_plan, out)
            prev_text = _clean(block.text) if not re.search(r"\d", block.text) or len(block.text) > 20 else prev_text
    _dedupe(out)
    return out


# 'd) 266.862', 'f)36.797', 'c) 283.811 lei': an enumerated item that is only an amount
_ENUM_AMOUNT = re.compile(r"^\s*([a-z]\)|[a-z]\.|\d{1,2}\))\s*(\d[\d.,]*(?:\s*(?:lei|mii lei))?)\s*[;.]?\s*$", re.I)


def _opens_money_breakdown(text: str) -> bool:
    """'6.992.077 lei total din care:' — an amount in lei whose parts are listed next."""
    return bool(re.search(r"(?:din|dintre) care\s*:\s*$", text)) and unit_from_text(text) in ("lei", "mii lei")


def _looks_like_plan_heading(block) -> bool:
    t = _clean(block.text)
    return len(t) < 160 and not t.endswith(".") and bool(re.match(r"^(?:[A-DIVX]+[.)]|cap|capitolul|sec)", t, re.I))


def _dedupe(out: dict[str, list]) -> None:
    seen = set()
    keep = []
    for r in out["indicators"]:
        k = (r.line, r.page, r.indicator, r.value, r.subject)
        if k not in seen:
            seen.add(k)
            keep.append(r)
    out["indicators"] = keep
    seen = set()
    keep = []
    for r in out["totals"]:
        k = (r.line, r.page, r.amount)
        if k not in seen:
            seen.add(k)
            keep.append(r)
    out["totals"] = keep


# Imported last on purpose: ``extractors.records`` registers :func:`extract_prose` at the end of its
# ``__init__``, so whichever of the two modules is imported first, the other finds what it needs.
from extractors.records.base import IndicatorRecord, TotalRecord  # noqa: E402
