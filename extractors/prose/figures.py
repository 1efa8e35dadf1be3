"""Quantities in a text: the scanners that read the spaCy matches (:mod:`extractors.prose.nlp`) and the counts
written noun first, in brackets or after 'în număr de'. See :mod:`extractors.prose`."""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

from extractors.prose.nlp import _NUM_RE, _counted_lemma, get_nlp
from extractors.prose.vocab import (COUNTED, MONEY_SCALE, NUMBER_WORDS, PERSON_LEMMAS, REFERENCE_WORDS, WEAK_LEMMAS,
                                   YEAR_WORDS)
from normalizers.numbers import find_numbers
from normalizers.text import fold_key

_PCT_TOKEN = re.compile(r"^(\d[\d.,]*)%$")


@dataclass(frozen=True)
class ProseSettings:
    # a text longer than this is parsed in pieces cut at sentence ends; well under spaCy's max_length (1,000,000
    # characters, error E088) so that a long paragraph also stays within memory
    chunk_chars: int = 100_000


DEFAULT_PROSE = ProseSettings()


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


_LIMIT_WORDS = {"maximum", "maxim", "minimum", "minim"}  # folded words before a figure that make it a limit
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
        if key in YEAR_WORDS:
            # 'anul 2023', 'în cursul anului 2023': the year is no quantity; 'în cursul anului 40 de ajutoare' is
            return bool(re.fullmatch(r"(?:19|20)\d\d", tok.text))
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
    # the upper bound of a range: 'între 20 și 30', 'între 20 - 30', 'de la 20 la 30' — no exact figure; but the
    # figure a change ends at is one ('reducerea capacității de la 50 la 38 de locuri': 38 places after it)
    if prev is not None and i >= 3 and re.match(r"\d", doc[i - 2].text) and (
            prev.lower_ in ("și", "si", "-", "–") and doc[i - 3].lower_ in ("între", "intre")
            or prev.lower_ == "la" and doc[i - 3].lower_ == "la" and i >= 4 and doc[i - 4].lower_ == "de"
            and not _changed_before(doc, i - 4)):
        return True
    return False


# the noun or verb of a change of a quantity ('reducerea', 'mărirea', 'modificarea', 'a crescut', 's-a redus')
_CHANGE = re.compile(r"^(?:reduc|redus|cre[sș]t|cresc|mari|mări|modific|diminu|suplimen|sc[aă]d|sc[aă]z|major|extin)",
                     re.I)
_CHANGE_WINDOW = 4  # tokens before 'de la' ('reducerea capacității de la', 'a crescut numărul de locuri de la')


def _changed_before(doc, de: int) -> bool:
    """A word of change stands right before the 'de la X la Y' that starts at token ``de``."""
    return any(_CHANGE.match(fold_key(doc[k].text)) for k in range(max(0, de - _CHANGE_WINDOW), de))


_GENITIVE_ARTICLES = {"a", "al", "ai", "ale"}
_GENITIVE = re.compile(r"\w(?:ului|ei|lor)$")  # the definite genitive endings of a noun
_RELATIVE_CLAUSE_WORDS = 14  # a phrase qualified by a relative clause ('copii care au beneficiat de …') runs longer


def _coordinated_after_comma(doc, j: int) -> bool:
    """The comma at token ``j`` joins nouns of one coordination ('cazuri de abuz, neglijare și exploatare'): a word,
    then 'și' / 'sau' and a word, with no figure between."""
    return (j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].is_alpha and doc[j + 2].lower_ in ("și", "si", "sau")
            and doc[j + 3].is_alpha and doc[j + 1].lower_ not in _STOP_WORDS)


def _phrase_after(doc, k: int, limit: int = 9) -> str:
    """The noun phrase that starts with the counted noun at token ``k``, with a coordination of nouns and a
    relative clause ('care au beneficiat de …') that qualify it."""
    words = [doc[k].text]
    j = k + 1
    relative: int | None = None
    while j < len(doc) and len(words) < limit:
        t = doc[j]
        low = t.text.lower()
        if _coordinated_after_comma(doc, j):
            limit += 2  # the comma and the conjunction are no words of the phrase's length
            words.append(t.text)
            j += 1
            continue
        if low == "care" and j + 1 < len(doc) and doc[j + 1].is_alpha:
            limit = max(limit, len(words) + _RELATIVE_CLAUSE_WORDS)
            relative = len(words)  # where the clause starts
            words.append(t.text)
            j += 1
            continue
        bracket = _name_in_brackets(doc, j) if t.text == "(" and relative is None else 0
        if bracket:  # 'venit minim garantat (ajutor social)': another name of what is counted, part of the phrase
            words.extend(tok.text for tok in doc[j:bracket])
            j = bracket
            break
        if t.text == "/" and relative is None and j + 1 < len(doc) and doc[j + 1].is_alpha and words[-1][:1].isalpha():
            limit += 1  # 'supliment pentru energie / ajutor de încălzire': two names of one thing
            words.append(t.text)
            j += 1
            continue
        if t.is_punct or re.match(r"\d", t.text) or low in NUMBER_WORDS:
            break
        if relative is not None or (low in _GENITIVE_ARTICLES and j + 1 < len(doc) and _GENITIVE.search(doc[j + 1].lower_)):
            words.append(t.text)  # the clause's words, or a noun in the genitive ('a copilului', 'ale persoanelor')
            j += 1
            continue
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
    if relative is not None and len(words) >= limit and j < len(doc) and not doc[j].is_punct:
        words = words[:relative]  # a relative clause longer than the limit is kept whole or not at all
    while words and words[-1].lower() in _KEEP_AFTER | {"și", "sau", ","}:
        words.pop()
    return doc[k:k + len(words)].text


_BRACKET_WORDS = 6  # at most this many words in brackets that name the counted thing again


def _name_in_brackets(doc, j: int) -> int:
    """The token after the ')' closing the '(' at token ``j`` when the brackets hold a few words and no figure (another
    name of what is counted: '(ajutor social)', '(în locul asistentului personal)'); 0 otherwise."""
    for k in range(j + 1, min(len(doc), j + _BRACKET_WORDS + 2)):
        if doc[k].text == ")":
            return k + 1 if k > j + 1 else 0
        if re.match(r"\d", doc[k].text) or doc[k].text in ("(", ",", ";", ".", ":") or doc[k].lower_ in NUMBER_WORDS:
            return 0
    return 0


def analyse(text: str) -> list[Figure]:
    """Quantities in one text (a sentence, a bullet, a cell), in reading order, overlaps resolved."""
    if not text or not re.search(r"\d|zeci|zece|două|doua|doi|trei|patru|cinci|șase|sase|șapte|opt|nouă", text):
        return []
    if _remembered:
        memo = _remembered[-1]
        found = memo.get(text)
        if found is None:
            found = memo[text] = _analysed(text)
        return list(found)
    return list(_analysed(text))


# the texts analysed inside each open `remembering_analyses` block (innermost last)
_remembered: list[dict[str, tuple[Figure, ...]]] = []


@contextmanager
def remembering_analyses() -> Iterator[None]:
    """Every text analysed inside the block is parsed once, however many texts there are. A report table's cells
    are analysed in two passes over all its rows (the columns' nouns, then each cell's figure); on a table of
    more distinct cells than :func:`_analysed` keeps (a plan of hundreds of pages) the second pass found none of
    them left and parsed every cell again. The memo ends with the block, so it holds one table's texts at most."""
    _remembered.append({})
    try:
        yield
    finally:
        _remembered.pop()


@lru_cache(maxsize=4096)
def _analysed(text: str, settings: ProseSettings = DEFAULT_PROSE) -> tuple[Figure, ...]:
    # a table cell is analysed for its column's noun and again for its own figure: parse it once
    nlp, matcher = get_nlp()
    prepared = _GLUED.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
    out: list[Figure] = []
    for offset, piece in text_chunks(prepared, settings.chunk_chars):
        for f in _figures(nlp(piece), matcher):
            out.append(replace(f, start=f.start + offset, end=f.end + offset, num_start=f.num_start + offset)
                       if offset else f)
    return tuple(out)


_CHUNK_CUTS = (re.compile(r"[.!?;]\s+|\n"), re.compile(r"\s+"))


def text_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """``text`` in pieces of at most ``limit`` characters, each with its offset, cut after a sentence end (else at
    a space, else anywhere): spaCy refuses a text longer than its ``max_length`` (error E088), and a paragraph of
    a badly converted document can be a whole book."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for rx in _CHUNK_CUTS:
            ends = [m.end() for m in rx.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


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
            if first > 0 and fold_key(doc[first - 1].text) in _LIMIT_WORDS:
                continue  # 'maximum 72 de ore pe lună': a limit the rules set, not a count of what was done
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
    for f in (_parts_after_din_care(doc) + _parts_by_preposition(doc) + _parts_by_participle(doc) + _number_of_stated(doc) + _counts_in_numar_de(doc) + _count_in_brackets(doc)
              + _label_then_figure(doc)):
        if not any(f.num_start == g.num_start for g in out):
            out.append(f)
    out = [_with_where_they_are(doc.text, _with_what_was_received(doc.text, f)) for f in out]
    out.sort(key=lambda f: f.start)
    return out


# what the counted people received, named before their count: 'au beneficiat de consiliere socială 577 de
# persoane', 'DAS a acordat consiliere socială unui număr de 119 persoane' — without it the count says only 'persoane'
_RECEIVED = re.compile(
    r"\b(?:(?:au|a)\s+beneficiat\s+de|beneficiaz[aă]\s+de|(?:a|au)\s+(?:acordat|oferit|asigurat|furnizat|prestat))\s+"
    r"(?P<what>[^\W\d_][^\d,;:.()]{2,60}?)\s+(?:(?:unui|un)\s+num[aă]r\s+de\s+|pentru\s+)?$", re.IGNORECASE)


# 'Pentru ajutor social s-a plătit suma de 5.300 lei, pentru un număr mediu lunar de 23 beneficiari': the benefit
# the sentence opens with is what the counted people received
_PAID_FOR = re.compile(r"\s*pentru\s+(?P<what>[^\W\d_][^\d,;:()]{2,100}?)\s+s-(?:a|au)\s+(?:pl[aă]tit|acordat|achitat)\b",
                       re.IGNORECASE)


# 'a asigurat servicii pentru 30 de beneficiari': a word alone that names no particular help adds nothing
_SAYS_NOTHING_RECEIVED = {"servicii", "serviciile", "sprijin", "ajutor", "asistenta", "servicii sociale"}


def _with_what_was_received(text: str, f: Figure) -> Figure:
    """A count whose phrase is its bare noun, with what its people received when the clause names it before the
    figure ('persoane - consiliere socială')."""
    if f.kind != "count" or not f.phrase or " " in f.phrase.strip():
        return f
    clause = text[max(text.rfind(stop, 0, f.start) for stop in ".;:!?\n") + 1:f.start]  # back to the clause's start
    sentence = text[:f.start]
    sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n"), -1) + 1:]  # not a number's dots ('552.581')
    m = _RECEIVED.search(clause) or _PAID_FOR.match(sentence)
    if not m or fold_key(m.group("what")) in _SAYS_NOTHING_RECEIVED:
        return f
    return replace(f, phrase=f"{f.phrase} - {m.group('what').strip()}")


# where the counted are, stated before their count: 'în sistemul de protecție specială se aflau 885 copii', 'se
# aflau, cu măsură de protecție specială, 1.302 copii'
_WHERE = re.compile(
    r"(?:\b(?:în|in)\s+(?P<place>[^\W\d_][^\d,;:.()]{2,60}?)\s+se\s+(?:aflau|afla|află|găseau|gaseau|găsesc|gasesc)"
    r"|\bse\s+(?:aflau|afla|află|găseau|gaseau),\s*(?P<how>(?:cu|în|in)\s+[^\W\d_][^\d,;:.()]{2,60}?),)\s*$",
    re.IGNORECASE)


def _with_where_they_are(text: str, f: Figure) -> Figure:
    """A count whose phrase is its bare noun, with where its people are when the clause says it before the figure
    ('copii în sistemul de protecție specială')."""
    if f.kind != "count" or not f.phrase or " " in f.phrase.strip():
        return f
    clause = text[max(text.rfind(stop, 0, f.start) for stop in ";:!?\n") + 1:f.start]
    clause = clause[max(clause.rfind(". "), -1) + 1:]  # back to the sentence's start (not a date's dots)
    m = _WHERE.search(clause)
    if not m:
        return f
    where = f"în {m.group('place').strip()}" if m.group("place") else m.group("how").strip()
    return replace(f, phrase=f"{f.phrase} {where}")


def intro_noun(text: str) -> str | None:
    """The lemma of the first counted noun of a text that introduces a list ('Copii cu măsură de protecție
    specială la data de 31.12.2024:'), None when it names none."""
    nlp, _ = get_nlp()
    return next((lemma for lemma in map(_counted_lemma, nlp(text)) if lemma is not None), None)


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
# words between 'Numărul' and its counted noun: 'Numărul total de …', 'Numărul mediu lunar al beneficiarilor …'
_NUMBER_OF_QUALIFIERS = {"de", "total", "totalul", "mediu", "lunar", "anual", "al", "a", "ai", "ale"}


def _number_of_stated(doc) -> list[Figure]:
    """'Numărul beneficiarilor în cursul anului 2021 a fost de 206.', 'Număr total beneficiari: 87': 'Număr(ul)
    [de/total de] <counted noun> … a fost / este / s-a ridicat la N' or '…: N', the number ending the clause."""
    out: list[Figure] = []
    for i in range(len(doc) - 3):
        if fold_key(doc[i].text) not in ("numar", "numarul"):
            continue
        k = i + 1
        while k < len(doc) and doc[k].lower_ in _NUMBER_OF_QUALIFIERS:
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
        n = _past_inserted_clause(doc, j + 1)
        while n < len(doc) and doc[n].lower_ in ("de", "la", "aproximativ", "cca.", "circa"):
            n += 1
        if n >= len(doc) or not re.match(_NUM_RE, doc[n].text):
            continue
        after = doc[n + 1] if n + 1 < len(doc) else None
        value, is_word = _number_value(doc[n])
        # the figure ends the clause, or a note in brackets follows it ('de 1.912 (-3 față de 2023)')
        if value is None or (after is not None and after.text not in (".", ";", ",", "(")) \
                or _is_reference(doc, n) or _a_year(doc, n, value):
            continue
        # without the verb's auxiliaries and a preposition left open where the phrase was cut
        phrase = re.sub(r"(?:\s+(?:s-|s-a|s-au|a|au|nu|ale|al|ai|de|din|în|la|cu|pentru))+$", "",
                        doc[k:min(j, k + 9)].text)
        out.append(_noun_first(doc, i, n, lemma, value, is_word, phrase))
    return out


_INSERTED_CLAUSE_TOKENS = 8  # at most this many tokens between the commas of a clause set into a sentence


def _past_inserted_clause(doc, i: int) -> int:
    """The token after a clause set between commas at token ``i`` ('a fost, în anul 2023, de 206', 'era, la
    31.12.2024, de 60'): the verb's time or place, no part of the figure; ``i`` itself when none starts there."""
    if i >= len(doc) or doc[i].text != ",":
        return i
    for k in range(i + 1, min(len(doc), i + 2 + _INSERTED_CLAUSE_TOKENS)):
        if doc[k].text == ",":
            return k + 1 if k > i + 1 else i
        if doc[k].text in (".", ";", ":"):
            return i  # the sentence ends: no clause set in
    return i


_LABEL_MARKS = (":", "-", "–", "—", "=")
_LABEL_WORDS = 15  # at most this many tokens from the label's counted noun to its mark


def _label_then_figure(doc) -> list[Figure]:
    """'Anchete sociale efectuate: 735.', '- anchete sociale – 1.395;', 'Ajutoare de urgență acordate: 133, …': a
    text (a bullet, a line of a list) that opens with a counted noun, names what it counts, then gives the figure
    after a colon or a dash; the figure ends the clause (a following word is another thing: 'Cereri: 12 luni').
    Also after a sentence of the same text ('… sociale. Anchete sociale efectuate: 735.', a line a reader joined to
    the paragraph above) and after a semicolon (list items run together)."""
    i = 0
    while i < len(doc) and (doc[i].is_punct or re.fullmatch(r"[·•◦▪*]|\d{1,2}[.)]|[a-z][.)]", doc[i].text)):
        i += 1  # a list marker
    starts = [i] + [k + 1 for k in range(i, len(doc) - 1)
                    if doc[k].text == ";" or doc[k].text == "." and doc[k + 1].text[:1].isupper()]
    out = []
    for start in starts:
        fig = _label_at(doc, start)
        if fig is not None:
            out.append(fig)
    return out


def _label_at(doc, i: int) -> Figure | None:
    """The label-then-figure count whose label opens at token ``i`` (after a 'Total' naming it the whole: 'Total
    copii în sistemul de protecție specială: 1.064'), else None."""
    if i + 1 < len(doc) and fold_key(doc[i].text) in ("total", "totalul"):
        i += 1
    lemma = _counted_lemma(doc[i]) if i < len(doc) else None
    if lemma is None:
        return None
    j = i + 1
    while j < len(doc) and j - i <= _LABEL_WORDS and doc[j].text not in _LABEL_MARKS:
        if re.match(r"\d", doc[j].text) and _is_reference(doc, j):
            j += 1  # an act the label cites ('… acordat în baza Legii nr. 416/2001: 1.069;')
            continue
        if _coordinated_after_comma(doc, j):
            j += 1  # 'Cazuri de abuz, neglijare și exploatare …: 350'
            continue
        if doc[j].is_punct or re.match(r"\d", doc[j].text) or doc[j].lower_ in NUMBER_WORDS:
            return None  # a figure or a clause's end before the mark: not a label
        j += 1
    n = j + 1
    while n < len(doc) and doc[n].lower_ in ("aproximativ", "cca.", "circa"):
        n += 1
    if j >= len(doc) or doc[j].text not in _LABEL_MARKS or n >= len(doc) or not re.match(_NUM_RE, doc[n].text):
        return None
    after = doc[n + 1] if n + 1 < len(doc) else None
    value, is_word = _number_value(doc[n])
    # the figure ends the clause, or a note in brackets follows it ('– 2.606 (31,1% din total);')
    if value is None or value != value.to_integral_value() \
            or (after is not None and after.text not in (".", ";", ",", "(")) \
            or _is_reference(doc, n) or _a_year(doc, n, value):
        return None
    return _noun_first(doc, i, n, lemma, value, is_word, doc[i:j].text)


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


_PART_PREPOSITIONS = {"la", "în", "in", "cu", "din", "pe"}
_WHOLE_BACK = 16  # tokens back from 'din care' to the counted noun of the whole


def _counted_wholes(doc, tail: int):
    """Each 'din care' / 'dintre care' at least ``tail`` tokens before the end, with the counted whole of the parts
    after it: (its index, the whole's token index, the whole's lemma). The whole is the nearest counted noun after
    its figure ('885 copii', '1.302 de copii') at most :data:`_WHOLE_BACK` tokens back, past a comparison with the
    previous period ('885 copii, în creștere cu 2% față de 2023, dintre care')."""
    for i in range(1, len(doc) - tail):
        if doc[i].lower_ not in ("din", "dintre") or doc[i + 1].lower_ != "care":
            continue
        whole = next((k for k in range(i - 1, max(0, i - 1 - _WHOLE_BACK), -1)
                      if _counted_lemma(doc[k]) is not None
                      and re.match(_NUM_RE, doc[k - 1 - (doc[k - 1].lower_ == "de" and k >= 2)].text)), None)
        if whole is not None:
            yield i, whole, _counted_lemma(doc[whole])


def _parts_by_preposition(doc) -> list[Figure]:
    """'… 885 copii, dintre care: 648 la asistenți maternali profesioniști, 69 în plasament la rude și 71 în
    servicii de tip rezidențial': the parts of a counted whole written figure first, each named by the phrase after
    its preposition (where or how the part is: the preposition stays in it) and counting what the whole counts; each part ends at a comma, a
    semicolon, 'și' before the next figure or the sentence's end."""
    out: list[Figure] = []
    for i, whole, lemma in _counted_wholes(doc, 3):
        k = i + 2 + (1 if doc[i + 2].text == ":" else 0)
        while k + 2 < len(doc) and re.match(_NUM_RE, doc[k].text) and doc[k + 1].lower_ in _PART_PREPOSITIONS:
            value, is_word = _number_value(doc[k])
            if value is None or value != value.to_integral_value() or _is_reference(doc, k) or _a_year(doc, k, value):
                break
            end = k + 2
            while end < len(doc) and doc[end].text not in (",", ";", ".") and not (
                    doc[end].lower_ in ("și", "si") and end + 1 < len(doc) and re.match(_NUM_RE, doc[end + 1].text)):
                end += 1
            if end == k + 2:
                break
            out.append(Figure("count", value, COUNTED[lemma][1], doc[k].idx, doc[end - 1].idx + len(doc[end - 1].text),
                              doc[k].idx, lemma=lemma, phrase=doc[k + 1:end].text, number_word=is_word))
            k = end + 1
    return out


_PART_AUXILIARIES = {"au", "fost", "sunt", "s-au", "a", "fiind"}
# a participle closing a part: 'aprobate', 'respinse', 'soluționate favorabil' (Romanian feminine/plural endings)
_PARTICIPLE = re.compile(r"\w+(?:[aiuâ]te|se|[aiu]ți)$", re.I)


def _parts_by_participle(doc) -> list[Figure]:
    """'… 60 cereri pentru ajutor social, dintre care 51 au fost aprobate, iar 9 respinse': the parts of a counted
    whole named by what happened to them (a participle, after 'au fost' or alone); each counts what the whole counts,
    its phrase the whole's with the participle ('cereri pentru ajutor social - aprobate'). Parts run on after a
    comma, 'iar' or 'și'."""
    out: list[Figure] = []
    for i, whole, lemma in _counted_wholes(doc, 2):
        phrase = _phrase_after(doc, whole)
        k = i + 2 + (1 if i + 2 < len(doc) and doc[i + 2].text == ":" else 0)
        while k + 1 < len(doc) and re.match(_NUM_RE, doc[k].text):
            value, is_word = _number_value(doc[k])
            if value is None or value != value.to_integral_value() or _is_reference(doc, k) or _a_year(doc, k, value):
                break
            v = k + 1
            while v < len(doc) and doc[v].lower_ in _PART_AUXILIARIES:
                v += 1
            if v >= len(doc) or not doc[v].is_alpha or not _PARTICIPLE.match(doc[v].text) \
                    or _counted_lemma(doc[v]) is not None:
                break  # '… dintre care 12 copii': a part naming its own noun is read as a count of its own
            out.append(Figure("count", value, COUNTED[lemma][1], doc[k].idx, doc[v].idx + len(doc[v].text),
                              doc[k].idx, lemma=lemma, phrase=f"{phrase} - {doc[v].text}", number_word=is_word))
            k = v + 1
            while k < len(doc) and (doc[k].text == "," or doc[k].lower_ in ("iar", "și", "si")):
                k += 1
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
