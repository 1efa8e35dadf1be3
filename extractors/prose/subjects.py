"""What a figure is about: section and unit titles, services named in the text, the label before a figure, the
subject a figure counts. See :mod:`extractors.prose`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.model import Heading, Paragraph, Table
from extractors.prose.figures import Figure
from extractors.prose.vocab import (DOCUMENT_WORDS, GENERIC_SERVICE_HEADS, PERSON_LEMMAS, SERVICE_HEADS,
                                    SERVICE_NAME_JOINERS, UNIT_NAME_STOPS, UNIT_WORDS)
from normalizers.dates import find_years
from normalizers.text import clean_text, fold_key

# ------------------------------------------------------------------------------------------- sections

# a list marker; the letter 'o' (Word's second-level bullet) only as a mark of its own, not a word's first letter
# ('octombrie')
_BULLET = re.compile(r"^(?:[\s·•◦▪\-–—*]|o(?=\s))+(?=\S)")
_ENUM = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[a-z]\)|[IVX]+\.)\s+")


def _clean(text: str) -> str:
    return _BULLET.sub("", clean_text(text)).strip()


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
    # all-capitals line ("TOTAL GENERAL") is no acronym, nor a title's first word ("RAPORT privind …")
    if first[0] not in UNIT_WORDS and not (_ACRONYM_START.match(t) and not t.isupper()
                                           and first[0] not in DOCUMENT_WORDS):
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
        if re.fullmatch(r"\(\S+\)", raw):
            return None  # "(SASP)": the last line of a name in a table's cell, cut from it, heads nothing
        return _unit_title(block.text) or t
    if isinstance(block, Paragraph):
        return _unit_title(block.text)
    return None


# Plan sections that belong to the plan-section extractors (contracting, subsidies, trainings).

# ------------------------------------------------------------------------------------------- records

def _year(text: str, default: int | None) -> int | None:
    # 'în anul 2020', 'pentru 2021', 'la sfârșitul anului 2021', 'în cursul anului 2020'; not the year a figure is
    # compared with ('a fost de 37, față de 39 în anul 2019')
    text = _COMPARED_WITH.sub("", text)
    m = re.search(r"\b(?:anul|anului|an|în|in|pe|pentru)\s+(?:anul\s+)?((?:19|20)\d\d)\b(?!\s*[-–/])", text)
    if m:
        ys = [y for y in find_years(m.group(0))]
        if ys:
            return ys[0]
    return default


_COMPARED_WITH = re.compile(r"\bfa[țţt][ăa]\s+de\b[^,;()]*", re.I)


_LABEL_TRIM = re.compile(
    r"(?:,?\s*(?:au|a|s-au|s-a)\s+fost\s+(?:de)?|\s+în\s+valoare\s+(?:totală\s+)?de|\s+în\s+sumă\s+de|"
    r"\s+(?:suma|sumă)\s+(?:totală\s+)?de|\s+este\s+de|\s+sunt\s+de|\s+de|\s*[-–—:=]+|\s+aproximativ|\s+cca\.?|"
    r"\s+respectiv|\s+totală|\s+se\s+ridică\s+la|\s+la)\s*$", re.I)


def _label_before(text: str, pos: int) -> str:
    """The words before a figure, within its clause: what the amount is."""
    head = text[:pos]
    # a clause ends at '.' or ';' — not at the abbreviation of a number ('Locuința protejată nr. 6 Deta')
    head = re.split(r"(?<!\b[Nn]r)(?<=[a-zăâîșț\)])[.;](?=\s)|;|\(\s*$|\bdin care\b|\bdintre care\b", head,
                    flags=re.I)[-1]
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
    # the unit whose letterhead or title line the document carries (a report's author): the service of figures
    # under chapters that name none
    author: str | None = None
    # units the document introduces with an acronym in brackets: {'SASP': 'Serviciul … Pantelimon (SASP)'}
    acronyms: dict[str, str] = field(default_factory=dict)


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
            if upper and parts and not pending and _ENUMERATED.match(text, j) and not _enumerated_head(text, j):
                parts[-1] += ","  # 'Compartimentul Secretariat, Registratură și Relații cu Publicul'
                i = j + 1
                continue
            w = _WORD.match(text, j)
            if not w or j == i and parts + pending:
                break
            word = w.group(0)
            bare = word.rstrip(".")
            if bare and (bare[0].isupper() or re.match(r"^\d{1,2}$", bare) and parts + pending
                         and fold_key((parts + pending)[-1]) in ("sector", "sectorul", "nr")):
                if not upper and not quoted and not bare.isupper():
                    break  # "centrului Sector 2": a lower-case head takes only a quoted name
                if pending and fold_key(bare) in SERVICE_HEADS:
                    break  # "Centrul de Zi Beta și Clubul Gama": another service, not the name's next word
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


# a comma inside a unit's name that enumerates its domains, the last after 'și': ', Registratură și Relații …',
# ', Cultură și Sport' — capitalised words that are not another unit's head
_CAP = r"[A-ZĂÂÎȘȚŞŢ][^\s,;:()]*"
_ENUMERATED = re.compile(r",\s+(?=(?:" + _CAP + r"(?:\s+" + _CAP + r")*,\s+)*" + _CAP + r"(?:\s+" + _CAP +
                         r")*\s+(?:și|şi)\s+" + _CAP + ")")


def _enumerated_head(text: str, pos: int) -> bool:
    """The word after the comma at ``pos`` is another service's head ('Centrul A, Centrul B și Centrul C')."""
    w = _WORD.match(text, pos + 1 + len(text[pos + 1:]) - len(text[pos + 1:].lstrip()))
    return bool(w) and fold_key(w.group(0)) in SERVICE_HEADS


_DESCRIPTION_STOP = {"care", "a", "au", "are", "este", "sunt", "era", "fost", "s-a", "s-au", "se", "prin", "ce",
                     "iar", "fiind", "unde", "sau", "ori", "că", "ca", "nu", "va", "vor"}


# the words of a nomenclator service's description ('Centrul de primire în regim de urgență pentru victimele
# violenței domestice „X”' runs to ten, '… pentru copilul abuzat, neglijat și exploatat X' to twelve)
_DESCRIPTION_WORDS = 16
# a service's code printed right after its name (', cod 8899 CZ-VD-I', ' (cod 8810 ID-I)'): the name ends there
_CODE_AFTER = re.compile(r"\s*[,(]?\s*cod(?:ul)?\b[^\d\n]{0,25}\d{4}", re.I)
# a designation by number inside a name ('Locuința protejată nr. 2', 'Creșa nr. 6')
_NUMBER_DESIGNATION = re.compile(r"(nr\.?)\s*(\d{1,3})\b", re.I)


def _described_name(text: str, pos: int) -> tuple[list[str], int] | None:
    """After a capitalised head, a lower-case description ending in a proper name: "de îngrijire și asistență
    pentru persoane adulte cu dizabilități Leonida" → (its words, end), a name by number ("protejată nr. 2") or
    a description its nomenclator code follows ("de masă pe roți, cod 8899 CPDH-II"). At most sixteen words, no
    verb, no punctuation but the commas of an enumeration; None when no capitalised name, number or code ends the
    run."""
    words: list[str] = []
    i = pos
    while len(words) < _DESCRIPTION_WORDS:
        j = i
        while j < len(text) and text[j] in " \t":
            j += 1
        q = _quoted_at(text, j) if words else None
        if q:  # "de zi pentru copii „Anotimpuri”": the quoted name ends the description
            return words + [f"„{q[1]}”"], q[0]
        if words and _CODE_AFTER.match(text, i) and fold_key(words[-1]) not in _JOINER_KEYS:
            return words, i  # "de masă pe roți, cod 8899 CPDH-II": the code ends the name
        n = _NUMBER_DESIGNATION.match(text, j) if words else None
        if n:  # "protejată nr. 2": a name by number, a capitalised place may follow ("nr. 2 Caracal")
            words += [n.group(1), n.group(2)]
            i = n.end()
            nxt = re.match(r"[ \t]+([A-ZĂÂÎȘȚŞŢ][^\s,;:()\[\].]*)", text[i:])
            if nxt and fold_key(nxt.group(1)) not in SERVICE_HEADS:
                words.append(nxt.group(1))
                i += nxt.end()
            return words, i
        if words and re.match(r",[ \t]+[a-zăâîșțşţ]", text[i:]):
            # the nomenclator's enumerations ('pentru copilul abuzat, neglijat și exploatat Câmpina')
            words[-1] += ","
            i += 1
            continue
        w = _WORD.match(text, j)
        if not w or (j == i and words):
            return None
        word = w.group(0)
        if word[:1].isupper():
            # 'Serviciul social Centrul de zi …': the head of another service's name, which follows as its own
            if not words or word.endswith(".") or fold_key(word) in SERVICE_HEADS:
                return None
            return words + [word], j + len(word)
        if fold_key(word) in _DESCRIPTION_STOP or not word.isalpha():
            return None
        words.append(word)
        i = j + len(word)
    return None


# a sentence's end; the abbreviation of a number ('nr. 6'), of an address ('Str. Morii', 'Bd. Unirii', 'tel.') or of
# a reference ('art. 3', 'alin. (2)', 'lit. a)') is none
_SENTENCE_END = re.compile(r"(?<!\b[Nn]r)(?<!\b[Ss]tr)(?<!\b[Bb]d)(?<!\b[Tt]el)(?<!\b[Aa]rt)(?<!\b[Aa]lin)(?<!\b[Ll]it)"
                           r"(?<=[a-zăâîșțşţ\)”\"’'])[.!?](?=\s+\S)")


# a council's act renaming a service: '… schimbarea denumirii serviciului social X în Serviciul de masă pe roți, cu
# păstrarea codului … și a capacității de 35 de locuri' — the new name opens with a capital after 'în' and runs to
# the comma; the figures after it are that service's, whatever words its name is written in
_RENAMING = re.compile(r"(?i:schimbarea\s+denumirii)\b")
_NEW_NAME = re.compile(r"\s[îi]n\s+([A-ZĂÂÎȘȚŞŢ][^,;]{2,120}?)\s*[,;]")


def _new_name(before: str) -> str | None:
    """The new name of a service a sentence renames, when the figure follows it (``before``: the sentence up to the
    figure)."""
    m = _RENAMING.search(before)
    if not m:
        return None
    names = list(_NEW_NAME.finditer(before, m.end()))
    return names[-1].group(1).strip() if names else None


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
_ACTED_ON = re.compile(r"\b(?:[îi]nfiin[țţt]\w*|reorganiz\w*|desfiin[țţt]\w*)\s+(?:a\s+)?(?:serviciului\s+social\s+)?$",
                       re.I)
_PARENT_BEFORE = re.compile(r"\b(?:[îi]n|din)\s+(?:structura|subordinea|coordonarea)\s*$", re.I)
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
    if re.search(r"[,;:()+=]|[.!?](?:\s|$)", gap) or len(gap.split()) > 6:
        return False  # another clause, or the next sentence ('… 51 de beneficiari. Centrul X are …')
    return bool(_CONTEXT_BEFORE.search(gap)) or len(gap.split()) <= 2


def _pick_named(cands: list[_Named], f: Figure, text: str, section: str | None, s0: int = 0,
                figures: list[Figure] = ()) -> _Named | None:
    """The service a figure is about among those named in its sentence: one attached to the counted phrase
    ("22 beneficiari ai Centrului X"), else the nearest named before it, else the first after it that the
    sentence places the activity in ("… derulate în cadrul Centrului de Zi X"); a proper name wins over a
    lower-case service, anything wins over the directorate."""
    cands = [n for n in cands if _usable(n, text, s0)]
    # the body a service is set up in ('… înființarea Centrului X, în structura Direcției Y, cu o capacitate de 30
    # de locuri'): the figure is the service's, the body only where the sentence names nothing else
    own = [n for n in cands if not _PARENT_BEFORE.search(text[max(s0, n.start - 30):n.start])]
    cands = own or cands
    if section:
        cands = [n for n in cands if fold_key(n.name) not in fold_key(section)]
    if not cands:
        return None
    for n in cands:
        if n.head not in GENERIC_SERVICE_HEADS and _attached(n, f, text):
            return n
    # the service a council's act sets up, reorganises or closes ('Se aprobă înființarea Centrului X, …, în cadrul
    # Direcției Y, având o capacitate de 30 de locuri'): what the sentence is about, whatever body it names after it
    for n in cands:
        if n.end <= f.num_start and _ACTED_ON.search(text[max(s0, n.start - 40):n.start]):
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
    """A list entry "Label – N things – M beneficiari" or "Label: N things": the label before the dashes (the colon)
    is what the figure is about. Entries of one line are separated by ";" or by a comma after an entry's figures."""
    head = text[:f.num_start]
    # "locuitori - cca. 372.913 de cetățeni": an approximation may stand between the dash and the figure
    head = re.sub(r"(?i)(?<=\s[-–—]\s)\s*(?:cca\.?|circa|aprox\.?|aproximativ|peste)\s*$", "", head)
    colon = re.search(r"[^\W\d_)]\)?:\s*$", head) is not None and ":" not in head[:-1].rstrip()[:-1]
    if not (re.search(r"\s[-–—]\s*$", head) or colon):
        return None
    head = head.rstrip()[:-1] + " - " if colon else head  # the colon of a one-label entry reads as its dash
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
    # (or a longer head naming a benefit with no verb: "alocație pentru susținerea familiei – 85 beneficiari")
    short_head = clause_start == 0 and (len(label.split()) <= 3 or len(label.split()) <= 10 and not re.search(
        r"(?i)(?:^|\s)(?:a|au|s-a|s-au|se|este|sunt|fost|care)(?=\s|$)", label)) and not re.match(
        r"(?i)(?:a|au|s-a|s-au|se|din|dintre|care|de|in|în|la|cu|pe|si|și)\b", label)
    if sum(ch.isalpha() for ch in label) < 4 or len(label) > 160 or not (
            short_head or re.match(r"^[\"„“”'A-ZĂÂÎȘȚŞŢ]", label)):
        return None
    return label


# what may stand before the service a paragraph opens with: an article's number and its title ('Art. 2. —
# Identificarea serviciului social. Serviciul social Centrul X, cod …' in a regulation), a paragraph's number ('(2)'),
# the apposition 'serviciul social', 'la nivelul' / 'în cadrul'
_TOPIC_LEAD = re.compile(r"(?:art(?:icolul)?\.?\s*\d+\.?\s*[-–—:]?\s*(?:[A-ZĂÂÎȘȚ][^.\d]{0,60}\.\s+)?)?(?:\(\d+\)\s*)?"
                         r"(?:serviciul\s+social\s+(?=[A-ZĂÂÎȘȚ]))?(?:(?:la nivelul|[îi]n cadrul)\s+)?", re.I)


def _topic_of(text: str) -> str | None:
    """A paragraph or list item that opens with a named service ("Biroul X are misiunea …", "La nivelul
    Direcției Y, …"), with a unit named in lower-case words up to its verb ("Compartimentul de asistență socială
    funcționează …"), or with the administrative unit itself ("Orașul Vale are o suprafață …") → that name."""
    lead = _TOPIC_LEAD.match(text).end()
    named = _named_services(text[:lead + 200])
    if named and named[0].start == lead and named[0].capitalised:
        return named[0].name
    if lead == 0:
        return _lower_case_unit(text) or _administrative_unit(text)
    return None


def _lower_case_unit(text: str) -> str | None:
    """'Compartimentul de asistență socială funcționează …' → 'Compartimentul de asistență socială': a capitalised
    unit head opening the paragraph, then lower-case words up to the verb (an auxiliary, a verb in -ează / -ește,
    or a preposition of where the unit sits); at least two words, at most seven."""
    m = re.match(r"([A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ]+)", text)
    if not m or fold_key(m.group(1)) not in SERVICE_HEADS or fold_key(m.group(1)) in GENERIC_SERVICE_HEADS:
        return None
    words: list[str] = []
    for w in re.finditer(r"\s+([^\s]+)", text[m.end():m.end() + 120]):
        word = w.group(1)
        key = fold_key(word)
        if key in UNIT_NAME_STOPS or re.search(r"(?:eaza|este)$", key) or len(words) == 7:
            break
        if not re.fullmatch(r"[a-zăâîșțşţ-]+", word):  # a capital, a figure or punctuation: not this kind of name
            return None
        words.append(word)
    if len(words) < 2 or fold_key(words[-1]) in _JOINER_KEYS:
        return None
    return " ".join([m.group(1)] + words)


_ADMIN_UNIT = re.compile(r"(?:Comuna|Orașul|Oraşul|Municipiul)(?:\s+(?:[A-ZĂÂÎȘȚŞŢ][\w-]*|de|din|lui|la|pe)){1,4}|"
                         r"Sectorul\s+[1-6]\b")


def _administrative_unit(text: str) -> str | None:
    """'Orașul Vale are o suprafață …' → 'Orașul Vale': the paragraph is about the administrative unit."""
    m = _ADMIN_UNIT.match(text)
    if not m:
        return None
    name = m.group(0)
    while name.split()[-1] in ("de", "din", "lui", "la", "pe"):
        name = name.rsplit(" ", 1)[0]
    return name if len(name.split()) > 1 else None


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
    renamed = _new_name(text[s0:f.num_start])
    if renamed:
        return renamed
    opener = _topic_of(text)
    if opener:  # the paragraph opens with the heading's own service: the heading, not an older topic
        return opener if not ctx.section or fold_key(opener) not in fold_key(ctx.section) else ctx.section
    return unit_in_charge(ctx)


def unit_in_charge(ctx: _Ctx) -> str | None:
    """The service of a figure its sentence and paragraph name none for: the topic a recent paragraph set, else the
    heading when it names a unit, else the unit of the document's letterhead or title line (docs/indicators.md: the
    nearest heading or title line naming an organisational unit), else the heading."""
    if ctx.topic:
        return ctx.topic
    if ctx.author and not (ctx.section and _unit_title(ctx.section)):
        return ctx.author
    return ctx.section


# the title line of a report or of an act, under the letterhead
_TITLE_OPENING = re.compile(r"^(?:raport\w*|hotarare\w*|informare\w*|dispozitia?)\b")
# bodies that adopt acts rather than carry out the work a report counts
_DELIBERATIVE = {"consiliul", "consiliului"}
_LETTERHEAD_BLOCKS = 12


def letterhead_unit(blocks) -> str | None:
    """The organisational unit a document's letterhead names above its title (the last, most specific line:
    'PRIMĂRIA COMUNEI X' over 'Compartimentul Asistență Socială'), else the one a report's title names ('Raportul …
    asistenților personali angajați de Direcția de Asistență Socială a Municipiului X'); a council's letterhead is
    the act's, not the unit's. None when neither names one."""
    found = None
    for block in blocks[:_LETTERHEAD_BLOCKS]:
        if isinstance(block, Table):
            break
        text = _clean(getattr(block, "text", "") or "")
        key = fold_key(text)
        if _TITLE_OPENING.match(key):
            break
        unit = _unit_title(text)
        if unit and key.split()[0] not in _DELIBERATIVE:
            found = unit
        elif len(text) > 160:  # prose: the letterhead is over
            break
    if found:
        return found
    for block in blocks:
        if isinstance(block, Table):
            continue
        text = _clean(getattr(block, "text", "") or "")
        if fold_key(text).startswith("raport"):
            named = [n.name for n in _named_services(text) if n.capitalised
                     and fold_key(n.name).split()[0] not in _DELIBERATIVE]
            return named[0] if named else None
    return None
