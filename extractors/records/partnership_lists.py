"""Partnerships written in text → :class:`PartnershipRecord` rows: numbered or bulleted lists of agreements, sentences
naming an agreement and its parties, lists of bare names under a sentence that names the agreements, partners
mentioned in passing (read by :mod:`extractors.records.partnership_mentions`) and 'Organisation - activity' lines
(see :mod:`extractors.records.partnerships` for the table form and the agreement fields).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.model import Heading, ListItem, Paragraph, Table
from extractors.records.base import PartnershipRecord
from extractors.records.common import not_applicable
from extractors.records.partner_names import _OWNER, _UP, _split_names, is_org_name, name_at
from extractors.records.partnership_mentions import prose_mentions
from extractors.records.partnerships import (_INTRO, _ITEM_NO, _NUMBER, _TYPE_RX, ORG_HEAD, _agreement_kind,
                                             _is_issuer_like, _item_body, _plain, _records_for, agreement_type,
                                             annexed_type, document_type, duration_clause, parse_agreement,
                                             stated_validity)
from extractors.understanding.spec import PARTNERSHIPS
from normalizers.dates import find_dates
from normalizers.institutions import institution_kind, match_key
from normalizers.text import clean_text, fold_key


# words that announce partners: a cell or paragraph with one may list them as 'Organisation - activity'
# ('în colaborare cu X', 'în parteneriat cu X' name the one partner of an event: prose_mentions reads those)
_PARTNER_CONTEXT = re.compile(r"(?<!în )(?<!in )\b(?:parteneri\w*|colabor[aă]ri\w*|protoco\w*|conven[tțţ]i\w*|"
                              r"sponsoriz\w*)", re.I)
# an organisation's head word as a whole word, nominative ('Centrului' is the genitive: a name's owner, not a name)
_HEAD_WORD = re.compile(rf"(?<![\w.])(?=[{_UP}])(?i:{ORG_HEAD})(?![^\W\d_])")
# 'PALESTRA-cursuri înot': a name and its activity glued by a hyphen (not an inflection: 'ONG-urilor')
_GLUED_DASH = re.compile(r"(?<=[A-ZĂÂÎȘȚŞŢ0-9”\")])-(?!(?:ul|ului|uri|urile|urilor|lui|ilor|ii|le|a)\b)(?=[a-zăâîșțşţ])")


def dash_listed(text: str, context_type: str | None = None) -> list[tuple[str, str]]:
    """(type, partner) for organisations printed beside a dash, each with what was done with it: 'Club Sportiv X-
    cursuri înot Asociația Y - cursuri de engleză', '„Eroii internetului” – Asociația Z - 1 eveniment'.

    Such a list is partners only where partnership is the topic: ``context_type`` says the block follows a line
    that announced them ('Colaborări/ parteneriate:'); otherwise the text itself must name partnerships, and only
    what follows that word counts."""
    t = _GLUED_DASH.sub(" - ", _plain(text))
    start = 0
    if context_type is None:
        ctx = _PARTNER_CONTEXT.search(t)
        if not ctx:
            return []
        start = ctx.end()
    atype = context_type or document_type(t) or "other"
    out: list[tuple[str, str]] = []
    pos = start
    for m in _HEAD_WORD.finditer(t, start):
        if m.start() < pos:
            continue  # inside the previous name
        name = name_at(t, m.start())
        if not name:
            continue
        end = m.start() + len(name)
        before, after = t[:m.start()], t[end:]
        if not (re.search(r"[-–—]\s*$", before) or re.match(r"\s*[-–—]", after)):
            continue
        if re.search(r"(?:,|\s(?:și|şi|si))\s*$", before):
            continue  # the last of an enumeration ('cu A, B și C – 25 acțiuni'): the phrase before governs it
        if not is_org_name(name, before=before, after=after or ";"):
            continue
        pos = end
        out.extend((atype, part) for part in _split_names(name) if is_org_name(part, after=";"))
    return out


def item_partners(text: str, intro_type: str | None, partners_section: bool = False) -> list[tuple[str, str]]:
    """(type, partner) for one item of a list under a sentence that announces partnerships: a bare name
    ('Fundația X (1 protocol)'), a name that acts ('Asociația X a desfășurat …'), or a collaboration phrase
    ('S-a colaborat cu X', '… în colaborare cu Asociația Y')."""
    t = _item_body(text)
    if not_applicable(t):
        return []
    mentions = prose_mentions(t, partners_section=partners_section)
    if mentions:
        return [(atype if atype != "other" else document_type(t) or atype, name) for atype, name, _ in mentions]
    atype = document_type(t) or intro_type or "other"
    paren = re.search(r"\s*\(([^()]*)\)\s*[;.]?\s*$", t)
    if paren and agreement_type(paren.group(1)):  # 'Fundația X (1 Protocol, 1 act adițional)'
        atype = agreement_type(paren.group(1))
        t = t[:paren.start()]
    name = name_at(t)
    if not name or not is_org_name(name, after=t[len(name):]):
        # 'Campania de vaccinare a Asociației X': the partner printed as the owner of what the item names
        owner = _OWNER.search(t)
        name = name_at(t, owner.end()) if owner else None
        if not name or not is_org_name(name, after=";"):
            return []
    names = _split_names(name)
    return [(atype, n) for n in names if institution_kind(n) not in ("primarie", "consiliu_local")]


_HEADED_ITEM = re.compile(r"^(?:protocoa?l\w*|conven[tțţ]i\w*|acord\w*|parteneriat\w*|colabor[aă]r\w*)\b", re.I)


def headed_item(text: str, partners_section: bool = False) -> list[tuple[str, str]]:
    """An item that starts with the agreement and ends with its partners: 'Parteneriate care au ca obiect …:
    A S.A., B S.R.L., C S.R.L.' or 'Parteneriat privind … – Asociația X'."""
    t = _item_body(text)
    if not _HEADED_ITEM.match(t) or not_applicable(t):
        return []
    atype = document_type(t[:80]) or "other"
    mentions = prose_mentions(t, partners_section=partners_section)
    if mentions:  # 'Protocol … nr. 4.276/19.01.2018 cu Crucea Roșie Română - Filiala Bihor': the name after 'cu'
        return [(a if a != "other" else atype, n) for a, n, _ in mentions]
    colon = re.search(r":\s+(?=[„“”\"A-ZĂÂÎȘȚŞŢ])", t)
    if colon:
        names = []
        for piece in re.split(r"\s*[,;]\s+(?=[„“”\"A-ZĂÂÎȘȚŞŢ])", t[colon.end():]):
            name = name_at(piece)
            if name and is_org_name(name, after=piece[len(name):] or ";"):
                names.append(name)
        if names:
            return [(atype, n) for n in names]
    for dash in re.finditer(r"\s[-–—]\s*(?=[„“”\"A-ZĂÂÎȘȚŞŢ])", t):
        rest = t[dash.end():]
        name = name_at(rest)
        if name and is_org_name(name, after=rest[len(name):] or ";"):
            return [(atype, n) for n in _split_names(name)]
    return []


_AGREEMENT_WORD = r"(?:protoco|conven[tțţ]i|acord(?![aăâ]|[ae]r)|contract(?![aăâ]|[ae]r)|memorand)\w*\b"
# 'Asociația X – protocol de colaborare nr. 5/…': the partner first, the agreement after a dash
_PARTNER_FIRST = re.compile(rf"^(?P<name>.+?)\s*[-–—]\s*(?P<act>{_AGREEMENT_WORD}.*)$", re.I)
# '- Asociația X, în baza acordului de parteneriat nr. 2.698/05.02.2019 – obiectul …': the partner first, the
# agreement it works under after the comma (what follows the dash is the object, not a partner)
_PARTNER_ON_BASIS = re.compile(rf"^(?P<name>[^,;]{{3,200}}?),\s*(?:[îi]n\s+baza|conform|potrivit)\s+(?:(?:unui|unei)\s+)?"
                               rf"(?P<act>{_AGREEMENT_WORD}[^;–—]*)", re.I)
# 'În baza acordului de parteneriat nr. 643/04.09.2017, Școala X sprijină …': the agreement first, its partner the
# subject of the clause after the comma
_ACT_THEN_SUBJECT = re.compile(rf"^(?:[îi]n\s+baza|conform|potrivit|prin)\s+(?:(?:unui|unei)\s+)?"
                               rf"(?P<act>{_AGREEMENT_WORD}[^,;]{{0,160}}?)"
                               r",\s*(?P<rest>\S.*)$", re.I)


# the verb of the author working with its partner, right after the author's name
_WORKS_WITH = re.compile(r"^\S[^,;]{0,80}?\s(?:colaboreaz[aă]|coopereaz[aă]|conlucreaz[aă]|lucreaz[aă])\s+cu\s+", re.I)


# the title of an agreement's model printed as an annex ('MODEL – ACORD DE PARTENERIAT', 'Model-cadru – Protocol …'):
# the agreement's text to come, no partner
_MODEL = re.compile(r"^model(?:ul)?(?:\s*cadru)?$")


_CITED_ACT_START = re.compile(r"^(?:hotarar|legea|legii|ordin|decizi|dispozi|referat|raport|avizul)")


def named_then_agreement(text: str, partners_section: bool = False) -> tuple[str, str, dict] | None:
    """(type, partner, number and date) of an item or sentence that names the partner and the agreement in one
    of two orders: 'Asociația X – protocol de colaborare nr. 5/12.03.2021;' (partner first, the agreement after
    a dash) or 'În baza convenției de colaborare nr. 4.217/09.03.2017, Școala Y sprijină …' (the agreement first,
    the partner the subject after the comma); None for anything else."""
    t = _item_body(text)
    m = _PARTNER_ON_BASIS.match(t)
    if m:
        kind, name = _agreement_kind(m.group("act"), partners_section), m.group("name").strip()
        found = name_at(name)
        if kind and found and len(found) >= len(name) - 1 and is_org_name(found, after=";") \
                and not _is_issuer_like(found):
            return kind, found, _details_after_name(m.group("act"))
    m = _PARTNER_FIRST.match(t)
    if m:
        kind, act = _agreement_kind(m.group("act"), partners_section), m.group("act")
        name = m.group("name").strip(" ,;:")
        found = name_at(name)
        if kind is None or not found or len(found) < len(name) - 1 or not is_org_name(found, after=";") \
                or _MODEL.match(fold_key(found)):
            return None
        return kind, found, _details_after_name(act)
    m = _ACT_THEN_SUBJECT.match(t)
    if m:
        kind, act, rest = _agreement_kind(m.group("act"), partners_section), m.group("act"), m.group("rest")
        if re.match(r"\w+(?:lor)\b", act):
            return None  # 'În baza convențiilor/protocoalelor …': agreements in general, no one partner
        found = name_at(rest)
        if found and _is_issuer_like(found):
            # the author is the subject and the partner the one it works with ('În baza unui protocol …, DGASPC X
            # colaborează cu Asociația Y …')
            partner = _WORKS_WITH.search(rest)
            found = name_at(rest[partner.end():]) if partner else None
            rest = rest[partner.end():] if partner else rest
        if kind is None or not found or not is_org_name(found, after=rest[len(found):] or ";") \
                or _is_issuer_like(found):
            return None  # the subject is the author ('…, D.G.A.S.P.C. Sector 2 desfășoară …'), not a partner
        return kind, found, _details_after_name(act)
    return None


def _block_text(block) -> str:
    """A block's text; a list item's number kept apart as its marker ('1.', 'b)') is put back before it, so that
    the item's row number is read as printed (a bullet is no number)."""
    text = getattr(block, "text", "") or ""
    marker = (getattr(block, "marker", "") or "").strip()
    if isinstance(block, ListItem) and _ITEM_NO.fullmatch(marker) and not _ITEM_NO.match(text):
        return f"{marker} {text}"
    return text


def _intro_type(text: str) -> str | None:
    """The type announced by a sentence that introduces a list of partners, or None when it is no such
    sentence ('au fost încheiate parteneriate/convenții, din care amintim:', 'Colaborarea cu ONG-uri …:')."""
    t = clean_text(text)
    if len(t) >= 400 or not_applicable(t):
        return None
    m = _INTRO.search(t)
    if m:
        return document_type(m.group(0)) or "other"
    # a short heading-like line that names collaborations or partners and opens a list
    m = re.match(r"^[^.:]{0,60}\b(?:colabor\w*|parteneri(?:at\w*|i)?)\b[^.:]{0,120}:\s*$", t, re.I)
    return "other" if m else None


def _records(base: dict, found: list[tuple[str, str]], warnings: list[str]) -> list[PartnershipRecord]:
    out = []
    for atype, name in found:
        out.extend(_records_for([name], dict(base, agreement_type=atype), warnings))
    if len(found) > 1:
        for rec in out:
            rec.warnings.append("multi_party_agreement")
    return out


_CITED_ACT = re.compile(r"\b(?:leg(?:e|ea|ii)|h\.?\s?g|h\.?\s?c\.?\s?l|o\.?\s?u\.?\s?g|o\.?\s?g|ordin\w*|hot[aă]r[aâ]r\w*|decizi\w*)\.?\s*$",
                        re.I)


def _details_after_name(text: str) -> dict:
    """Number and signing date of an agreement named after its partner ('Asociația X - acord de parteneriat nr.
    118/20.01.2025', 'Asociația Y, în baza protocolului de colaborare nr. 2.206 din 12.04.2022'), else {}."""
    word = _TYPE_RX.search(text)
    if not word or (agreement_type(word.group(1)) not in ("protocol", "conventie", "acord", "contract")
                    and not fold_key(word.group(1)).startswith("memorand")):  # a memorandum is numbered as an act
        return {}
    # the first number after the agreement word that is not a law's or a decision's ('beneficiarii Legii nr.
    # 448/2006' is no agreement number)
    num = next((m for m in _NUMBER.finditer(text, word.end()) if not _CITED_ACT.search(text[max(0, m.start() - 16):m.start()])),
               None)
    if not num:
        return {}
    dates = find_dates(text[num.end():num.end() + 24])
    return {"number_raw": num.group(1), "date_signed": dates[0][0] if dates else None}


# a sentence ends at a full stop followed by a capital; an abbreviation ('Sf. Ilie', 'nr. 5') may cut one too
# early, then the partner's name is in no single piece and nothing is read from it
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-ZĂÂÎȘȚŞŢ])")


def _without_names(text: str, names: list[str], keep: str | None = None) -> str:
    """The text with the partners' names blanked out, so that a number inside a name ('Școala Gimnazială nr. 6')
    is not taken for the agreement's; ``keep`` is written back as a bare mark so that it can still be found."""
    for name in sorted(set(names), key=len, reverse=True):
        text = text.replace(name, "§" if name == keep else "Partenerul")
    return text


def _sentence_details(text: str, name: str) -> dict:
    """Number and date of the agreement named in the one sentence of ``text`` that names ``name`` and holds a
    single agreement number, else {}. The name is marked before the text is cut into sentences, so that an
    abbreviation inside it ('Asociația Sf. Ilie') cuts nothing."""
    marked = _without_names(text, [name], keep=name)
    for piece in _SENTENCE_END.split(marked):
        if "§" in piece and len(_NUMBER.findall(piece)) == 1:
            return _details_after_name(piece)
    return {}


def _sentence_partners(text: str, name: str, names: list[str]) -> int:
    """How many of ``names`` the sentence of ``text`` that names ``name`` names (the parties of its agreement)."""
    marked = _without_names(text, names, keep=name)
    piece = next((p for p in _SENTENCE_END.split(marked) if "§" in p), "")
    return piece.count("§") and 1 + piece.count("Partenerul")


def _unique(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One (type, partner) per partner of a block: a partner named twice in it ('… – Asociația X – 1 eveniment,
    … – Asociația X – 2 evenimente') is one partnership."""
    seen: set[str] = set()
    out = []
    for atype, name in found:
        if fold_key(name) not in seen:
            seen.add(fold_key(name))
            out.append((atype, name))
    return out


def _announces_partners(text: str) -> str | None:
    """The agreement type announced by a text that ends by introducing partners ('23 Colaborări/ parteneriate/
    convenții colaborare:', 'Promovarea parteneriatelor cu ONG-uri …: Club X - …'), else None."""
    t = clean_text(text)
    if not _PARTNER_CONTEXT.search(t) or not_applicable(t):
        return None
    return document_type(t) or "other"


def _announced_in_last_row(table: Table) -> str | None:
    """The type announced by the table's last row — or by the row before it when the last one only finishes its
    text (a row cut by a page break: 'cursuri de' | 'dans pentru 12 copii')."""
    for row in reversed(table.rows[-3:]):
        text = " ".join(c.text for c in row.cells if c.text.strip())
        announced = _announces_partners(text)
        if announced or not re.match(r"\s*(?:[a-zăâîșțşţ]|\d+\s*$)", text):
            return announced
    return None


# where one sentence of a paragraph ends: a full stop or semicolon after a word of small letters ('… serviciilor
# sociale. În baza …'), a year or a closing quote or parenthesis, then a capital; not after an abbreviation ('Sf.
# Ana', 'Dr. Ion' start with a capital; 'str. Mare', 'jud. Olt' are listed) nor a number ('nr. 6 Codlea')
_SENTENCE_STOP = re.compile(r"(?:(?<=[a-zăâîșțşţ]{2}[.;])|(?<=\d\d[.;])|(?<=[)”\"][.;]))"
                            r"(?<!\b[sS]tr\.)(?<!\b[jJ]ud\.)(?<!\b[mM]un\.)(?<!\b[cC]om\.)(?<!\b[sS]ect\.)(?<!\b[bB]d\.)"
                            r"(?<!\b[pP]rof\.)\s+(?=[„“\"A-ZĂÂÎȘȚŞŢ])")
_FULL_STOP = re.compile(_SENTENCE_STOP.pattern.replace("[.;]", "[.]"))
_AGREEMENT_CUE = re.compile(r"protoco|conven[tțţ]i|acord|contract|parteneriat|colabor", re.I)


def _states_agreement(sentence: str, partners_section: bool = False) -> bool:
    """The sentence names an agreement and its partner, in one of the forms this module reads."""
    return bool(parse_agreement(sentence, partners_section) or named_then_agreement(sentence, partners_section)
                or prose_mentions(sentence, partners_section=partners_section))


def agreement_sentences(text: str, partners_section: bool = False) -> list[str]:
    """The pieces of a block read one by one: its sentences when two or more of them name agreements or
    collaborations and one at least states an agreement with a partner (sentences a PDF reader joined into one
    paragraph: 'În baza protocolului nr. 466/…, Agenția X sprijină … . Instituția are încheiat un acord … cu Y, nr.
    332/…', or a one-off action 'În colaborare cu X a fost organizată …' before 'Colaborarea cu Y s-a desfășurat în
    baza acordului-cadru …'), or its sentences ended by a full stop when one of them states an agreement; else the
    block's text whole."""
    if len(text) >= 3000 or len(_AGREEMENT_CUE.findall(text)) < 2:
        return [text]
    sentences = [p for p in _SENTENCE_STOP.split(clean_text(text)) if p.strip()]
    if sum(bool(_AGREEMENT_CUE.search(p)) for p in sentences) >= 2 \
            and any(_states_agreement(p, partners_section) for p in sentences):
        return sentences
    # one sentence names the agreement, after an event's ('Cu ocazia …, împreună cu X, a fost organizată …'): the
    # sentences a full stop ends (a semicolon there goes on with the partners of one item: 'nr. 12 - A; B;')
    sentences = [p for p in _FULL_STOP.split(clean_text(text)) if p.strip()]
    if len(sentences) >= 2 and any(_states_agreement(p, partners_section) for p in sentences):
        return sentences
    return [text]


@dataclass
class _Reading:
    """What the blocks read so far say about the next one."""

    loose: bool  # no table of agreements in the document: partners named in passing count
    # the folded text of the document's tables of agreements: a partner they list, named again in a sentence, is the
    # same partnership
    tabled: str = ""
    intro_type: str | None = None  # a sentence announced a list of partners (of this agreement type)
    item_marker: str | None = None  # 'number' or 'bullet': how the items of that list are marked so far
    dash_type: str | None = None  # a text announced partners: 'Organisation - activity' lines follow
    # the block is printed under the title of a partnerships section ('CAPITOLUL IV. Parteneriate', 'Anexa nr. 7 –
    # Acorduri de parteneriat'): every act it lists is an agreement, a bare contract included
    partners_section: bool = False
    # an act approved agreements (of this type) with the partners its annex lists; 'listing' once its list began
    annexed_type: str | None = None
    annex_listing: bool = False


_EMPTY = dict(row_no_raw=None, number_raw=None, date_signed=None, valid_until_raw=None)


def extract_listed_partnerships(u) -> dict[str, list]:
    out: list[PartnershipRecord] = []
    listed = {id(rt.table) for rt in u.tables if rt.kind == PARTNERSHIPS}
    # a table block stitched onto an earlier one (page break, fragments) has its rows there already
    stitched_away = {id(b) for b in u.blocks if isinstance(b, Table)} - {id(rt.table) for rt in u.tables}
    # a document with a table of its agreements (a plan's template) lists them there; a partner named in passing
    # elsewhere ('programul … coordonat în parteneriat cu X') is narrative, not a further agreement
    state = _Reading(loose=not listed, tabled=fold_key(" ".join(
        c.text for rt in u.tables if rt.kind == PARTNERSHIPS for row in rt.table.rows for c in row.cells)))

    for block in u.blocks:
        if isinstance(block, Table):
            state.intro_type = None
            # a list announced in the last row may go on below the table (and below its continuation on the next page)
            state.dash_type = _announced_in_last_row(block) or (state.dash_type if id(block) in stitched_away else None)
            if id(block) in listed:
                state.annexed_type = None  # the annex lists its partners in this table
            if id(block) in listed or id(block) in stitched_away or not state.loose:
                continue
            out.extend(_table_mentions(block))
            continue
        text = _block_text(block)
        if not text.strip():
            continue
        state.partners_section = u.section_of(block).heading_kind == PARTNERSHIPS
        pieces = agreement_sentences(text, state.partners_section)
        seen: set[str] = set()
        for piece in pieces:
            found = _text_records(block, piece, state)
            valid = stated_validity(piece) if found and len(piece) < 1000 else None
            for r in found:  # the validity the text states for its agreement ('…, pe o perioadă de 5 ani;')
                r.valid_until_raw = r.valid_until_raw or valid
            if len(pieces) > 1:  # a partner named again in a later sentence of the paragraph is the same partnership
                found = [r for r in found if fold_key(r.partner) not in seen]
                seen.update(fold_key(r.partner) for r in found)
            out.extend(r for r in found if not _tabled_again(r, state.tabled))
    out = _one_per_agreement(_without_passing_repeats(out))
    if len(out) == 1 and out[0].valid_until_raw is None:
        # a decision approving one agreement, its text annexed: the duration clause is that agreement's
        out[0].valid_until_raw = duration_clause(u.blocks)
    return {"partnerships": out} if out else {}


def _one_per_agreement(records: list[PartnershipRecord]) -> list[PartnershipRecord]:
    """An agreement named again (a decision's title, its article, its annex: the same type, partner and number, or
    no number each time) is one row, with the details any of its mentions gives. Collaborations named by no act
    (type 'other' without a number) may be several with one partner (a report's chapters each stating one): kept
    apart."""
    kept: list[PartnershipRecord] = []
    for r in records:
        # an act of type other is one only when it is numbered (a memorandum 'nr. 8783/…' named in a title and an
        # article); collaborations named by no act may be several
        same = None if r.agreement_type is None or (r.agreement_type == "other" and not r.number_raw) else next(
            (k for k in kept if k.agreement_type == r.agreement_type and k.partner and r.partner
             and _same_partner(k.partner, r.partner) and fold_key(k.number_raw or "") == fold_key(r.number_raw or "")),
            None)
        if same is None:
            kept.append(r)
            continue
        for name in ("date_signed", "valid_until_raw", "row_no_raw"):
            if getattr(same, name) is None and getattr(r, name) is not None:
                setattr(same, name, getattr(r, name))
    return kept


def _same_partner(a: str, b: str) -> bool:
    """One organisation, printed with or without its place ('Fundația X' / 'Fundația X din România')."""
    short, long_ = sorted((match_key(a), match_key(b)), key=len)
    return short == long_ or long_.startswith(short + " din ")


def _without_passing_repeats(records: list[PartnershipRecord]) -> list[PartnershipRecord]:
    """A partner named in passing in a sentence or a table's cell ('… în baza colaborării cu X': no agreement type,
    number or date of its own) whose partnership the document states elsewhere with a type or details is that
    partnership again: one row. An item of a list of partnerships is one the list states, kept."""
    def stated(r: PartnershipRecord) -> bool:
        return r.agreement_type not in (None, "other") or bool(r.number_raw) or r.date_signed is not None

    kept = []
    for r in records:
        in_passing = not stated(r) and "listed_without_details" not in r.warnings
        if in_passing and r.partner and any(o is not r and stated(o) and o.partner and _same_partner(r.partner, o.partner)
                                               for o in records):
            continue
        kept.append(r)
    return kept


def _tabled_again(rec: PartnershipRecord, tabled: str) -> bool:
    """The agreement a sentence states is one the document's table of agreements lists: its partner is in the table
    and its number, if it prints one, too ('Protocolul de colaborare cu Asociația X a fost prelungit' under a table
    that lists Asociația X)."""
    return bool(tabled) and fold_key(rec.partner) in tabled and (
        not rec.number_raw or re.search(rf"(?<!\w){re.escape(fold_key(rec.number_raw))}(?!\w)", tabled) is not None)


# a measure's status or result saying it was not realised: 'Nerealizat', 'nu a fost încheiat (niciun acord)'
# … or that the act is not signed yet ('în curs de semnare'; a measure 'în curs de realizare' may have concluded it)
_NOT_CONCLUDED = re.compile(r"^(?:ne\s?realizat\w*|nu\s+(?:a|au)\s+fost\s+(?:incheiat|semnat|realizat)\w*"
                            r"|in\s+curs\s+de\s+(?:semnare|incheiere|aprobare))(?:\s|$)")


def _table_mentions(block: Table) -> list[PartnershipRecord]:
    """Partners named in the cells of a table that is no table of agreements: '… în baza colaborării cu X'."""
    out: list[PartnershipRecord] = []
    seen: set[tuple[str, str]] = set()
    for row in block.rows:
        if any(_NOT_CONCLUDED.match(fold_key(c.text)) for c in row.cells):
            continue  # a measure to conclude an agreement that was not realised names no agreement
        for c in row.cells:
            if len(c.text) >= 3000:
                continue
            found = list(prose_mentions(c.text, standing_only=True))
            found += [(a, n, None) for a, n in dash_listed(c.text)]
            # one agreement named in the cell with one number: its number and date ('1 protocol de
            # colaborare cu X (nr. 412/05.03.2023)', a collaboration stated as a measure of a report); with no
            # number in the cell, the one agreement of the same kind the row's other cells number (the measure's
            # result: 'Realizat – protocol de colaborare nr. 2413/28.03.2023')
            # (a number inside the partner's name, 'Școala Gimnazială nr. 2', is no agreement's)
            bare = _without_names(clean_text(c.text), [found[0][1]]) if len(found) == 1 else c.text
            details = _details_after_name(bare) if len(found) == 1 and len(_NUMBER.findall(bare)) == 1 else {}
            if len(found) == 1 and not _NUMBER.search(bare):
                details = _row_details(row, c, found[0][0])
            for atype, name, num in found:
                key = (fold_key(name), atype)
                if key in seen:
                    continue
                seen.add(key)
                out.extend(_records_for([name], dict(_EMPTY, page=c.page or row.page or block.page,
                                                     line=c.line or row.line, agreement_type=atype,
                                                     number_raw=num or details.get("number_raw"),
                                                     date_signed=details.get("date_signed")),
                                        ["mentioned_in_table"]))
    return out


def _row_details(row, named_in, atype: str) -> dict:
    """Number and date of the one agreement the row's other cells number, if it is of type ``atype``, else {}."""
    stated: list[tuple[str, dict]] = []
    for c in row.cells:
        text = clean_text(c.text)
        if c is named_in or len(text) >= 600 or len(_NUMBER.findall(text)) != 1:
            continue
        details = _details_after_name(text)
        if details:  # found after an agreement word, so the word is there
            stated.append((agreement_type(_TYPE_RX.search(text).group(1)), details))
    return stated[0][1] if len(stated) == 1 and stated[0][0] == atype else {}


def _end_of_list(block, text: str, state: _Reading) -> None:
    """A list announced by a sentence ('… acorduri încheiate cu:') ends at a title ('4. CULTURĂ, SPORT ȘI TINERET' as a
    heading) or at an item marked otherwise than its items so far (a numbered chapter after bulleted partners)."""
    numbered = _ITEM_NO.match(clean_text(text))
    if not state.intro_type or not (isinstance(block, (ListItem, Heading)) or numbered):
        return
    kind = "number" if numbered else "bullet"
    if isinstance(block, Heading) or (state.item_marker and kind != state.item_marker):
        state.intro_type = state.item_marker = None
    else:
        state.item_marker = kind


def _annexed_list(block, text: str, state: _Reading) -> None:
    """Follow an act that approves agreements with the partners of its annex: the first list after it (items
    marked or numbered) is theirs, read as a list that a sentence announced; the list ends at the first block that
    is no item."""
    item = isinstance(block, ListItem) or bool(_ITEM_NO.match(clean_text(text)))
    if state.annexed_type and item and not state.intro_type and not state.annex_listing:
        # the list of the annex opens with an organisation, not with the act's preamble ('Hotărârea Consiliului
        # … nr. 148/2020 privind …', 'referatul de aprobare …' cited before the articles)
        found = item_partners(text, state.annexed_type, state.partners_section)
        item = bool(found) and not _CITED_ACT_START.match(fold_key(found[0][1]))
    if state.annexed_type and item and not state.intro_type:
        state.intro_type, state.annex_listing = state.annexed_type, True
    elif state.annex_listing and not item:
        state.annexed_type, state.annex_listing = None, False
    announced = annexed_type(text, state.partners_section)
    if announced:
        state.annexed_type, state.annex_listing = announced, False


def _text_records(block, text: str, state: _Reading) -> list[PartnershipRecord]:
    """The partnerships one text (a block's text, or one sentence of it) states; ``state`` is read and updated."""
    out: list[PartnershipRecord] = []
    base = dict(_EMPTY, page=block.page, line=block.line)
    within = state.partners_section
    _end_of_list(block, text, state)
    _annexed_list(block, text, state)
    # the partner first, the agreement it works under after the comma: read before the forms that take the words
    # after a dash for the partner
    on_basis = named_then_agreement(text, within) if len(text) < 600 and _PARTNER_ON_BASIS.match(_item_body(text)) \
        else None
    parsed = parse_agreement(text, within) if len(text) < 3000 and not on_basis else None
    if parsed:
        fields, parties = parsed
        state.intro_type = state.dash_type = None
        return _records_for(parties, dict(base, **fields), [], act=text)
    named = named_then_agreement(text, within) if len(text) < 600 else None
    if named:
        atype, name, details = named
        numbered = _ITEM_NO.match(clean_text(text))
        return _records_for([name], dict(base, agreement_type=atype, **details,
                                         row_no_raw=numbered.group(1).replace(" ", "") if numbered else None), [])
    found = headed_item(text, within) if len(text) < 3000 else []
    if found:
        # one partner and one agreement number in the item: that agreement's number and date
        plain = _without_names(clean_text(text), [n for _, n in found])
        details = _details_after_name(plain) if len(found) == 1 and len(_NUMBER.findall(plain)) == 1 else {}
        numbered = _ITEM_NO.match(clean_text(text))
        return _records(dict(base, **details, row_no_raw=numbered.group(1).replace(" ", "") if numbered else None),
                        found, [])
    t = clean_text(text)
    numbered = _ITEM_NO.match(t)
    if state.intro_type and (isinstance(block, ListItem) or numbered):
        row_no = numbered.group(1).replace(" ", "") if numbered else None
        found = item_partners(text, state.intro_type, within)
        # the agreement's number, not one inside a partner's name ('Școala Gimnazială nr. 3 Vale')
        details = _details_after_name(_without_names(t, [n for _, n in found]))
        return _records(dict(base, row_no_raw=row_no, **details), found,
                        [] if prose_mentions(text, partners_section=within) or details else ["listed_without_details"])
    dashed = dash_listed(text, state.dash_type) if state.loose and len(text) < 3000 else []
    # a text under a line announcing partners ('Colaborări/ parteneriate/ convenții colaborare:') is listed among them
    announced = within or state.dash_type is not None
    mentions = prose_mentions(text, partners_section=announced) if len(text) < 3000 else []
    if not state.loose:
        # a document with a table of its agreements: a partner named in passing ('în parteneriat cu X') is narrative,
        # but an agreement named as a document concluded with a partner ('Primăria a încheiat Acordul de parteneriat
        # nr. … cu X', 'S-a încheiat un protocol de colaborare cu Y') is one wherever the report states it — unless
        # the table lists that partner already
        mentions = [m for m in mentions if m[0] != "other"]
    found = [(a, n) for a, n, _ in mentions]
    found = _unique(dashed + found)
    if found:
        # one partner and one agreement number in the text: it is that agreement's ('acordul … nr.
        # 907/03.04.2023 cu X'); several partners — a paragraph of several sentences (lines a PDF reader
        # joined), or one agreement's parties — each the number of its own sentence
        plain = _without_names(t, [n for _, n in found])
        if numbered:  # a numbered item ('2. Contract de parteneriat încheiat cu X – …'): its number as printed
            base = dict(base, row_no_raw=numbered.group(1).replace(" ", ""))
        if len(found) == 1 and len(_NUMBER.findall(plain)) == 1:
            out.extend(_records(dict(base, **_details_after_name(plain)), found, []))
        else:
            for atype, name in found:
                shared = _sentence_partners(t, name, [n for _, n in found]) > 1
                out.extend(_records(dict(base, **_sentence_details(t, name)), [(atype, name)],
                                    ["multi_party_agreement"] if shared else []))
    if isinstance(block, (Paragraph, ListItem, Heading)):
        state.intro_type, state.item_marker = _intro_type(text), None
    else:
        state.intro_type = None
    # the run of 'Organisation - activity' lines goes on while each names one
    state.dash_type = state.dash_type if dashed else (_announces_partners(text) if t.endswith(":") else None)
    return out
