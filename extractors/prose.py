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
    BUDGET_STEMS, COUNTED, FORMS, MONEY_SCALE, NUMBER_WORDS, PERSON_LEMMAS, REFERENCE_WORDS, UNIT_WORDS,
    WEAK_LEMMAS,
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
    lemma = token.lemma_.lower()
    if lemma in COUNTED:
        return lemma
    form = fold_key(token.text)
    lemma = FORMS.get(form)
    if lemma is None and form.endswith("le"):
        lemma = FORMS.get(form[:-2])  # persoanele, dosarele
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
    nlp, matcher = get_nlp()
    doc = nlp(_GLUED.sub(lambda m: (m.group(1) or m.group(2)) + " ", text))
    return _figures(doc, matcher)


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
            fig = Figure("count", value, COUNTED[lemma][1], span.start_char, span.end_char, tok.idx, lemma=lemma,
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
    out.sort(key=lambda f: f.start)
    return out


# ------------------------------------------------------------------------------------------- sections

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]\s*")
_BULLET = re.compile(r"^[\s·•◦▪\-–—*o]+(?=\S)")
_ENUM = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[a-z]\)|[IVX]+\.)\s+")


def _clean(text: str) -> str:
    text = _BOOKMARK.sub("", clean_text(text))
    return _BULLET.sub("", text).strip()


def _unit_title(text: str) -> str | None:
    """``text`` is a short title naming an organisational unit or service → the title, else None."""
    t = _ENUM.sub("", _clean(text)).strip(" :")
    if not t or len(t) > 140 or len(t.split()) > 16 or t.endswith((".", ";", ",")):
        return None
    if re.search(r"\d[\d.,]*\s+(?:de\s+)?[a-zăâîșț]{3,}|:\s*\d", t) or sum(ch.isdigit() for ch in t) > 6:
        return None  # "Centrul X: 1 caz", "Pachet 265 obiective": a figure, not a title
    first = fold_key(t).split()
    if not first or first[0] not in UNIT_WORDS or not t[0].isupper():
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


def _subject(ctx: _Ctx, phrase: str, extra: str | None = None) -> str:
    parts = [p for p in (ctx.section, extra) if p]
    head = " - ".join(parts)
    if not phrase:
        return head or ""
    if head and fold_key(phrase) in fold_key(head):
        return head
    return f"{head} - {phrase}" if head else phrase


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
            if breakdown or re.search(r"\btotal\w*( de)?$|=$", before + ("=" if text[:f.num_start].rstrip().endswith("=") else "")) \
                    or re.match(r"(?:total|in total)\b", after):
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
            sctx = _Ctx(ctx.doc_type, ctx.year, org.group(1).strip(" -,")) if org else ctx
            out["indicators"].append(IndicatorRecord(
                indicator=key, value=float(f.value), unit=f.unit, raw=text[:400], subject=_subject(sctx, f.phrase),
                year=year, page=block.page, line=block.line, confidence=conf))
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
    alt = re.search(r"(benef\w*|persoane|copii)\s*/\s*(\w+)", strip_diacritics(header).lower())
    if alt and not alt.group(2).startswith(("pers", "benef", "copi", "famil")):
        return ("numar", header.split("/")[-2].split()[-1].lower() + "/" + header.split("/")[-1].strip().lower())
    for stem, key in (("salariat", ("personal", "persoane")), ("angajat", ("personal", "persoane")),
                      ("personal", ("personal", "persoane")), ("benef", ("beneficiari", "persoane")),
                      ("cazuri", ("cazuri", "cazuri")), ("persoane", ("persoane", "persoane")),
                      ("copii", ("copii", "copii")), ("dosare", ("dosare", "dosare")), ("locuri", ("capacitate_locuri", "locuri")),
                      ("capacitat", ("capacitate_locuri", "locuri")), ("cereri", ("cereri", "cereri"))):
        if stem in h:
            return key
    if re.search(r"\b(?:nr|numar|total|rezultat|realizat)\b", h):
        return ("numar", "unități")
    return None


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
    section = ctx.section
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
    for cells, line, page in rows:
        cells = [_clean(c or "") for c in cells]
        if not any(cells):
            continue
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
            if unit in ("lei", "mii lei", "mil lei") or (_MONEY_HEADER.search(header) and not _COUNT_HEADER.search(header)):
                money = parse_money(c, unit or "lei")
                if money.amount_lei is not None:
                    money_cells.append((money, c))
                continue
            figs = analyse(c)
            fig = figs[0] if figs and figs[0].kind == "count" else None
            value = fig.value if fig else find_numbers(c)[0][0]
            if value != value.to_integral_value() or (1990 <= value <= 2100 and not fig):
                continue
            if fig:
                key, u = COUNTED[fig.lemma]
                phrase = fig.phrase if fig.phrase != c[fig.start:].split()[-1] else ""
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
            row_key_here = _label_key(near) or row_key
            hk = _header_key(header)
            issued = bool(re.match(r"^(?:nr\b|num[aă]r|redact|elibera|emite|[iî]ntocmi)", fold_key(near)))
            if not fig and row_key_here and (issued or not hk or hk[0] not in ("beneficiari", "persoane", "copii")):
                key, u = row_key_here
            subj_bits = [b for b in (near, phrase) if b] if key != "personal" else []
            if len(numeric) > 1 and header and fold_key(header) not in fold_key(near):
                subj_bits.append(header.split(" / ")[-1][:80])  # several count columns: the column says whose
            if unit_col is not None and j - unit_col > 4:
                local = _Ctx(ctx.doc_type, ctx.year, section)  # a far column: the row's unit does not reach it
            else:
                local = _Ctx(ctx.doc_type, ctx.year, row_section)
            out["indicators"].append(IndicatorRecord(
                indicator=key, value=float(value), unit=u, raw=" | ".join(x for x in cells if x)[:400],
                subject=_subject(local, " - ".join(subj_bits)), year=_year(header, ctx.year), page=page,
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


_LABEL_NOUN = re.compile(r"^(?:nr\s*\.?|num[aă]r(?:ul)?)\s*(?:de\s+|total\s+(?:de\s+)?)?(\S+)", re.I)
_ACTION_NOUN = re.compile(r"^(?:redactarea|redactare|eliberarea|eliberare|emiterea|emitere|[iî]nregistrarea|"
                          r"[iî]nregistreaz[aă]|[iî]ntocmirea|[iî]ntocmire|instrumentarea|solu[tț]ionarea|"
                          r"efectuarea|efectuare|preluarea|primirea)\s+(\S+)", re.I)


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
        words = label.split()[1:6]
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
    return None


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
    for block in doc.blocks:
        if isinstance(block, Table):
            rt = by_table.get(id(block))
            if rt is not None and not is_plan:
                _report_table(rt, ctx, out)
            prev_text = None
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
            prev_text = None
            continue
        if skipping:
            continue
        if isinstance(block, (Paragraph, ListItem, Heading)):
            text = _clean(block.text)
            m = re.match(r"^(\d[\d.]*)\s*,\s*([^\d;]{3,120})", text)
            if after_breakdown and m and not is_plan and len(find_numbers(m.group(1))) == 1:
                out["totals"].append(TotalRecord(scope=_scope(ctx, m.group(2).strip(" ;."), None),
                                                 amount=find_numbers(m.group(1))[0][0], unit="other", raw=m.group(0),
                                                 page=block.page, line=block.line, warnings=["from_prose"]))
            elif not m:
                after_breakdown = bool(re.search(r"\b(?:din|dintre) care\s*:?\s*$", fold_key(text) + " ")) or \
                    bool(re.search(r"(?:din|dintre) care\s*:\s*$", text))
            _text_block(block, prev_text, ctx, is_plan, out)
            prev_text = _clean(block.text) if not re.search(r"\d", block.text) or len(block.text) > 20 else prev_text
    _dedupe(out)
    _drop_stated_elsewhere(doc, tables, out)
    return out


def _drop_stated_elsewhere(doc: Document, tables: list[Any], out: dict[str, list]) -> None:
    """Totals the plan-section/stated-totals extractor already emits (same line, same amount) are not repeated."""
    try:
        from extractors.records.totals import extract_stated_totals
        theirs = extract_stated_totals(doc, tables).get("totals", [])
    except Exception:
        return
    seen = {(t.line, t.page, Decimal(t.amount).quantize(Decimal("0.01"))) for t in theirs if t.amount is not None}
    seen_amounts = {k[2] for k in seen}
    keep = []
    for t in out["totals"]:
        amount = Decimal(t.amount).quantize(Decimal("0.01"))
        if (t.line, t.page, amount) in seen or (t.line is None and amount in seen_amounts):
            continue
        keep.append(t)
    out["totals"] = keep


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
