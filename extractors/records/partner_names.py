"""Organisation names in running prose: where a partner's name starts and ends in a sentence ('în parteneriat cu
Asociația Zi de Bine și ANES, …'), and whether a run of capitalised words is an organisation, not a person, a
generic word or a topic. Read by :mod:`extractors.records.partnership_lists`."""
from __future__ import annotations

import re

from extractors.records.partnerships import ORG_HEAD, split_parties
from normalizers.institutions import GENITIVE_HEAD

_UP = "A-ZĂÂÎȘȚŞŢ"
_CAP_TOKEN = rf"[„“”\"«]?[{_UP}][\w.&’'\-]*[”“\"»]?"
_CONNECTOR = r"(?:de|din|pentru|fără|fara|al|ale|a|și|şi|si|pe|lângă|langa|lîngă|la|în|cel|cea|cei|of|for|and|the|du|Prof\.?|prof\.?|dr\.?|Dr\.?|lui|sub)"
# the genitive 'lui' ('Valea lui Mihai', 'Casa lui Ioan') and the 'sub' of a place ('Poienile de sub Munte') join two
# capitalised words of one name (both in _CONNECTOR); 'cu' does too ('Malu cu Flori', 'Pas cu Pas'), but only before
# a word that opens no organisation of its own — 'X cu Asociația Y', 'X cu DGASPC Y' name two parties
_CU_INSIDE = rf"\s+cu\s+(?!(?i:{ORG_HEAD})\b)(?![{_UP}]{{2,}}\b)(?=[„“”\"«]?[{_UP}][a-zăâîșțşţ])"
# a name: capitalised words, joined by lower-case connectors, numbers ('Nr. 3', 'Sector 1', a school's 'nr. 9' —
# not an act's 'nr. 5/2020') or a dash between two capitalised words ('Așezământ pentru Bătrâni – Asociația
# Istrița', '”CFR Călători – S.A.')
_NAME = re.compile(rf"{_CAP_TOKEN}(?:(?:\s+{_CONNECTOR})*\s+(?:{_CAP_TOKEN}|\d{{1,3}}\b)|{_CU_INSIDE}{_CAP_TOKEN}|\s+[-–]\s+(?=[{_UP}]){_CAP_TOKEN}"
                   rf"|\s+nr\.?\s*\d{{1,3}}\b(?![/.,]\d)|\s*\([{_UP}][{_UP}.\s\-]*\))*")
_LEGAL_FORM = re.compile(r"(?<!\w)(?:S\.?\s?R\.?\s?L|S\.?\s?A|S\.?\s?C\.?\s?S|S\.?\s?C|SRL|ONG|I\.?I|P\.?F\.?A)\.?(?!\w)")
_ACRONYM = re.compile(rf"(?<![\w.])[{_UP}]{{3,}}(?![\w.\-])|(?<!\w)(?:[{_UP}]\.){{3,}}")
_TITLE_BEFORE = re.compile(r"(?:domnul|doamna|dl|dna|d-na|d-l|dnul|prof|dr|lector|psiholog|medic|părintele|preot|"
                           r"pr|av|ing)\.?\s*$", re.I)
_PERSON_SURNAME = re.compile(r"(?:escu|eanu|anu|iuc|uc|ache|oiu|aru|ică)$", re.I)
_GENERIC = re.compile(r"-(?:uri|urile|urilor)\b|^(?:ONG|Primăria|Primaria|Consiliul|Școala|Şcoala|Scoala|Asociația|"
                      r"Asociaţia|Fundația|Fundaţia|Poliția|Poliţia|Biserica|Parohia|Spitalul|Liceul|Centrul|Direcția|"
                      r"Direcţia|Instituția|Instituţia|Instituțiile|Comunitatea|România|Ministerul|Statul|Uniunea Europeană)$")
_ORG_START = re.compile(rf"(?=[{_UP}])(?i:{ORG_HEAD})")
# a part of a document named by its number ('Anexa nr. 7', 'Capitolul IV', 'Secțiunea a 2-a'): a title's opening,
# never an organisation ('Anexa nr. 7 – Acorduri de parteneriat' names a section, not a partner)
_DOCUMENT_PART = re.compile(r"^(?:anex[aei]i?|capitol(?:ul)?|cap\.|sec[tțţ]iunea|partea|tabel(?:ul)?|articolul|art\.)"
                            r"(?:\s|$)", re.I)


def _trim_name(name: str) -> str:
    # a full stop after a word ends the sentence: 'Fundația X. Precizăm …' (not 'S.A.', 'Sf.', 'Prof.')
    stop = re.search(r"\b(?!(?:Prof|Str|Jud|Sect)\.)[^\W\d_]{4,}[.]\s", name)
    if stop:
        name = name[:stop.end() - 2]
    # the sentence's full stop, after a word in either case ('… cu Fundația Speranța.', '… cu SALVAȚI COPIII
    # ROMÂNIA.'; not the stop of 'S.R.L.', 'S.A.', 'SF.')
    name = re.sub(r"(?:\.{3}|…)$", "", name.strip())  # an ellipsis after the name ends a list of examples
    name = re.sub(rf"(?<=[a-zăâîșțşţ]{{3}})[.]$|(?<=[{_UP}]{{3}})[.]$", "", name)
    name = re.sub(rf"(?:\s+{_CONNECTOR})+$", "", name)
    return name.strip(" -–,;:")


# words that end an organisation's name when they follow it in lower case: verbs, relatives, prepositions opening a
# clause ('Asociația X a desfășurat', '… care oferă', '… în cadrul proiectului', '… prin programul')
_CLAUSE_WORD = (r"(?:a|au|are|avea|care|ce|cu|și|şi|si|sau|în|in|la|prin|privind|este|e|sunt|fiind|s-a|s-au|se|pe|"
                r"cadrul|vederea|baza|urma|scopul|conform|unde|cât|cat|iar|dar|ca|să|sa|va|vor|nu|o|un|una|unei|unui)")
_LOWER_WORD = rf"(?!{_CLAUSE_WORD}\b)(?!{_CONNECTOR}\b)[a-zăâîșțşţ][a-zăâîșțşţ\-]*"
# an organisation's name goes on in lower case ('Patronatul pentru Antreprenoriatul social din România', 'Compania
# Națională de Administrare a Infrastructurii rutiere.', 'Asociația pentru sprijinul copiilor;'): after its last
# word, lower-case words either bridging to more capitalised words of the name after a connector, or running to the
# end of the item — one or two words right after a capitalised one, or a head word's whole name ('Asociația pentru
# …'; after a proper name, 'pentru …' is the agreement's purpose: 'cu Asociația Alfa pentru sprijinirea copiilor.');
# never over a word that opens a clause
_LOWER_BRIDGE = re.compile(rf"(?:\s+{_LOWER_WORD}){{1,2}}(?=(?:\s+{_CONNECTOR})+\s+{_CAP_TOKEN})")
_ITEM_END = r"(?=\s*(?:[.;]|…|$))"
_LOWER_TAIL = re.compile(rf"(?:\s+{_LOWER_WORD}){{1,2}}{_ITEM_END}")
_HEAD_ONLY_TAIL = re.compile(rf"(?:(?:\s+(?:de|din|pentru))?\s+{_LOWER_WORD}){{1,4}}{_ITEM_END}")


def _with_lower_case_words(text: str, pos: int, name: str) -> str:
    """``name`` (which starts at ``pos``) with the lower-case words its organisation's name goes on with."""
    while True:
        end = pos + len(name)
        bridge = _LOWER_BRIDGE.match(text, end)
        if bridge:
            more = re.match(rf"(?:\s+{_CONNECTOR})+\s+", text[bridge.end():])
            longer = _NAME.match(text, bridge.end() + more.end())
            if longer:
                name = text[pos:longer.end()]
                continue
        tail = (_HEAD_ONLY_TAIL if " " not in name.strip() else _LOWER_TAIL).match(text, end)
        if tail and not re.search(r"\b\d", tail.group(0)):
            name = text[pos:tail.end()]
        return name


def name_at(text: str, pos: int = 0) -> str | None:
    """The organisation name that starts at ``pos`` (capitalised words and their connectors), or None."""
    m = _NAME.match(text, pos)
    if not m:
        return None
    name = m.group(0)
    # 'Cantina socială „Șansa Ta”', 'Centrul de zi pentru copii școlari „Sf. Treime”': a head word, a few
    # lower-case words, then the proper name
    if _ORG_START.match(name):
        head = re.match(rf"\S+((?:\s+(?!(?:a|au|are|care|cu|și|şi|si|sau|în|la|prin|privind|este|sunt|fiind|"
                        rf"s-a|se|ce|pe)\b)[a-zăâîșțşţ][\w\-]*){{1,5}})\s+(?=[„“”\"{_UP}])", text[pos:])
        if head:
            longer = _NAME.match(text, pos + head.end())
            if longer and len(head.group(0)) + len(longer.group(0)) > len(name):
                name = text[pos:pos + head.end() + len(longer.group(0))]
        name = _with_lower_case_words(text, pos, name)
    return _trim_name(name) or None


def names_from(text: str, pos: int = 0, in_sentence: bool = False) -> list[str]:
    """The organisation names listed from ``pos``: 'ANA, DGPMB și Școala X' → three names (each one must look
    like an organisation; the list stops at the first that does not). ``in_sentence``: see :func:`is_org_name`."""
    out: list[str] = []
    while True:
        name = name_at(text, pos)
        if not name:
            break
        end = pos + len(name)
        if out and not is_org_name(name, after=text[end:] or ";", in_sentence=in_sentence):
            break
        out.append(name)
        nxt = re.match(rf"\s*(?:,\s*|\s+(?:și|şi|si)\s+)(?=[„“”\"{_UP}])", text[end:])
        if not nxt:
            break
        pos = end + nxt.end()
    return out


def is_org_name(name: str | None, before: str = "", after: str = "", in_sentence: bool = False) -> bool:
    """An organisation, not a person, a generic word or a topic: an institution head word, a legal form, an
    acronym, or several capitalised words printed as the actor of a verb ('X a oferit', 'X care …').

    ``in_sentence``: the name follows an agreement phrase of a sentence in lower-case words ('a încheiat un
    protocol de colaborare cu SALVAȚI COPIII ROMÂNIA.'), so a name in capitals is the partner's, not a heading."""
    if not name or len(name) < 3:
        return False
    if _DOCUMENT_PART.match(name):
        return False
    if _TITLE_BEFORE.search(before):
        return False  # 'în colaborare cu doamna Ionescu'
    words = name.split()
    if _GENERIC.search(name) and len(words) == 1:
        return False
    if _LEGAL_FORM.search(name):
        return True
    if name.upper() == name and len(words) >= 2 and not _ORG_START.match(name) and not re.match(r"\s*\w", after) \
            and not in_sentence:
        return False  # a heading in capitals ('SERVICII REZIDENȚIALE'), not a name
    if _ACRONYM.search(name):
        return True
    if _ORG_START.match(name) or (len(words) >= 3 and _ORG_START.search(name)):
        return len(words) >= 2
    if len(words) in (2, 3) and _PERSON_SURNAME.search(words[-1]) and all(w[:1].isupper() for w in words):
        return False  # 'Maria Ionescu'
    if len(words) >= 2 and re.match(r"\s*(?:,?\s*care\b|a\s+(?!fost\b)[a-zăâîșț]|au\s+[a-zăâîșț]|oferă\b|asigură\b|[-–(]|[;.]?\s*$)", after):
        return True
    return False


# 'Proiectul Senior Card al Asociației X': the organisation is the owner named in the genitive
_OWNER = re.compile(r"\s(?:al|ale|a|ai)\s+(?=" + GENITIVE_HEAD.pattern + r")")
# 'Asociația X și Kaufland România', '… și Alfa S.R.L.': a second name that is a company by its form (at most three
# capitalised words ending in the country or a legal form), so the 'și' joins two organisations, not two words
_AND_COMPANY = re.compile(rf"\s+(?:și|şi|si)\s+(?=(?:[{_UP}][\w&.\-]*\s+){{0,2}}(?:Rom[aâ]nia|ROM[AÂ]NIA|"
                          r"S\.?\s?R\.?\s?L\.?|S\.?\s?A\.?)(?:\s|$|[,;.]))")


def _split_names(name: str) -> list[str]:
    """'Asociația Zi de Bine și ANES' → two names: split where an institution head word, an acronym or a
    company follows; 'Proiectul X al Asociației Y' → 'Asociației Y' (its owner)."""
    owner = _OWNER.search(name)
    if owner and not _ORG_START.match(name):
        name = name[owner.end():]
    parts = split_parties(name)
    out = []
    for p in parts:
        out.extend(x for x in re.split(rf"\s+(?:și|şi|si)\s+(?=[{_UP}]{{3,}}(?:\s|$|[,;.]))|{_AND_COMPANY.pattern}", p)
                   if x)
    # 'DGASPC Sector 1 și Sector 3' → 'DGASPC Sector 1', 'DGASPC Sector 3'
    final = []
    for p in out:
        m = re.match(r"^(.+?)\s+((?:Sector(?:ul)?|Jude[tțţ]ul|Municipiul|Ora[sș]ul|Comuna)\s+\S+)"
                     r"((?:\s*(?:,|și|şi|si)\s*\2?(?:Sector(?:ul)?|Jude[tțţ]ul|Municipiul|Ora[sș]ul|Comuna)\s+\S+)+)$", p)
        if m:
            final.append(f"{m.group(1)} {m.group(2)}")
            final.extend(f"{m.group(1)} {x.strip()}" for x in re.split(r"\s*(?:,|și|şi|si)\s*", m.group(3)) if x.strip())
        else:
            final.append(p)
    return final
