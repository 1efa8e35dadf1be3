"""Partnership and collaboration agreements → :class:`PartnershipRecord` rows, one row per partner.

Agreements are printed three ways; tables are read here, lists and sentences in
:mod:`extractors.records.partnership_lists`:

* tables (``Denumirea actului | Părțile semnatare | Perioada de valabilitate | Obiect``, or columns for the
  number, the date and the partner) — :func:`extract_partnerships`;
* numbered or bulleted lists: ``1) Convenție de colaborare nr. 5615/11.01.2019/ 11.01.2023 - Asociația X;`` —
  type, number, signing date, validity, then the partner(s) after the dash;
* sentences: ``Acordul de parteneriat nr. 1137/05.03.2019, încheiat între Primăria … și Școala …, având ca
  scop …`` — the parties after 'între' except the first (the author of the document);
* lists of bare names under a sentence that names the agreements ('au mai fost încheiate acorduri cadru …,
  după cum urmează:');
* the partner first, the agreement after a dash ('Asociația X – protocol de colaborare nr. 5/12.03.2021;'), or the
  agreement first and the partner the subject after the comma ('În baza acordului de parteneriat nr. 643/…,
  Școala Y sprijină …');
* collaborations stated in the cells of other tables (a report's measure '1 protocol cu ISJ X (nr. 412/…)').

Several partners of one agreement ('A / B', 'A, B și C') give one row each.
"""
from __future__ import annotations

import re

from extractors.model import Table
from extractors.records.base import PartnershipRecord
from extractors.records.common import is_total_label, not_applicable, row_text
from extractors.records.fields import cell, row_no
from extractors.records.services import name_without_address
from extractors.understanding.spec import PARTNERSHIPS, ROW_NO_RULE, FieldRule, TableKindSpec
from normalizers.dates import find_dates
from normalizers.institutions import institution_kind, nominative_head
from normalizers.text import clean_text, fold_key

HEADER_VOCAB = (("denumirea actului", 3), ("partile semnatare", 3), ("perioada de valabilitate", 3), ("partener", 2),
                ("protocol", 1), ("acord de parteneriat", 2), ("conventie", 1),
                # the columns of an agreements table worded after the collaboration itself
                ("forma de colaborare", 2), ("tipul acordului", 2), ("obiectul colaborarii", 1))
CONTEXT = ("acorduri de parteneriat", "protocoale de colaborare", "parteneriat cooperare", "acord de parteneriat")
# a title worded freely that opens with the partnerships ('Parteneriate', 'Parteneriate încheiate', 'Colaborări și
# parteneriate', 'Colaborarea cu societatea civilă', 'Protocoale de colaborare', 'Acorduri și convenții'), numbered
# with or without its dot ('7. Parteneriate', '7 Parteneriate' as a reader may give it) or as a chapter, a section or
# an annex ('CAPITOLUL IV. Parteneriate', 'Cap. 7 – Colaborări …', 'Secțiunea a V-a …', 'Anexa nr. 7 – Acorduri …'):
# the section of the partners, whatever chapter came before (titles are folded: no punctuation, no diacritics)
TITLES = (r"^(?:(?:capitolul|cap|sectiunea|partea|anexa(?:\s+nr)?)\s+(?:a\s+)?[a-z0-9]{1,4}(?:\s+a)?\s+)?"
          r"(?:[a-z0-9]{1,4}\s*[.)]\s*|(?:\d{1,2}|[ivx]{1,4})\s+)?(?:parteneriat\w*|colaborari|colaborarea|"
          r"colaborari si parteneriat\w*|protocoale|acorduri|conventii)\b",
          # a title naming the partners themselves: an annex's 'Tabel cu organizațiile partenere', 'Lista
          # partenerilor', 'Partenerii cu care se încheie acorduri-cadru de colaborare'
          r"^(?:(?:tabel(?:ul)?|lista|situatia)\s+(?:cu\s+|a\s+|privind\s+)?)?(?:(?:organizatiil|institutiil)\w*\s+)?"
          r"partener(?:ii|ilor|e)\b")

PARTNERSHIP_RULES = (
    ROW_NO_RULE,
    FieldRule("act", ("denumirea actului", "tipul actului", "tip act", "tipul acordului", "denumire act",
                      "actul", "tip document", "document", "forma de colaborare", "forma colaborarii",
                      "tipul colaborarii")),
    FieldRule("parties", ("partile semnatare", "parti semnatare", "partile", "semnatari")),
    # 'Obiectul parteneriatului' / 'Scopul parteneriatului' name what the agreement is for, not who it is with
    FieldRule("partner", ("partener", "parteneri", "institutia parteneră", "organizatia", "denumire partener",
                          "cu cine"), exclude=("obiect", "scop")),
    FieldRule("number", ("numar", "nr inregistrare", "nr si data", "nr data", "numarul", "nr act", "nr actului"),
              exclude=("nr crt", "persoane")),
    # … not 'Nr. și data încheierii', the number and the date in one cell (the number's column, which reads both)
    FieldRule("date", ("data semnarii", "data incheierii", "data"), exclude=("valabil", "nr si data", "numar si data",
                                                                             "numarul si data")),
    # a period printed in two columns under one label ('Perioada de valabilitate' over 'de la' | 'până la'): the
    # validity is the second, the first where it names both ('Perioada (de la – până la)')
    FieldRule("validity", ("perioada de valabilitate", "valabilitate", "perioada", "durata", "valabil pana"),
              exclude=("de la",)),
    FieldRule("valid_from", ("de la",)),
    FieldRule("object", ("obiect", "scop", "obiectul")),
)

_PUBLIC = {"DGASPC", "DGASMB", "DAS", "SPAS", "primarie", "consiliu_local", "consiliu_judetean"}

# agreement words of the template and of local practice; the first one printed names the type
# 'acordarea' (granting) and 'contractarea' (procuring) are not agreements
_TYPE_RX = re.compile(r"\b(protoco\w*|conven[tțţ]i\w*|acord(?![aăâ]|[ae]r)\w*|contract(?![aăâ]|[ae]r)\w*|memorand\w*|"
                      r"parteneriat\w*)", re.I)
_TYPE_OF = (("protoco", "protocol"), ("conven", "conventie"), ("acord", "acord"), ("contract", "contract"),
            ("memorand", "other"), ("parteneriat", "acord"))
# a registration number: '214', '7A', '1.418' (thousands dot), '12-B'
_REG_NO = r"(?:\d{1,3}(?:\.\d{3})+(?![\d.])|[0-9][0-9A-Za-z]*)"
_NUMBER = re.compile(rf"\bnr\s*\.?\s*:?\s*({_REG_NO}(?:[-/][0-9A-Za-z]+)*?)(?=\s*(?:/|din\b|,|;|\s|$))", re.I)
# words that start an organisation's name: where one party ends and the next begins
ORG_HEAD = (r"(?:Asocia[tțţ]i[ae]|Funda[tțţ]i[ae]|[SȘŞ]coal[ae]|Liceul|Colegiul|Universitatea|Gr[aă]dini[tțţ]a|"
            r"Postul|Poli[tțţ]ia|Inspectoratul|Direc[tțţ]i[ae]|D\.?\s?G\.?\s?A\.?\s?S|DGASPC|DGASMB|Prim[aă]ri[ae]|"
            r"Consiliul|Spitalul|Institutul|Agen[tțţ]ia|Centrul|Parohia|Biserica|Arhiepiscopia|Societatea|"
            r"Organiza[tțţ]ia|Clubul|Club|Clinica|Compania|Autoritatea|Parchetul|Serviciul|Teatrul|Ministerul|"
            r"Casa|Federa[tțţ]ia|Uniunea|Camera|Tribunalul|Judec[aă]toria|Jandarmeria|Penitenciarul|Fundatia|"
            r"Asociatia|S\.?C\.?\s|UNICEF|Cabinetul|Patronatul|Sindicatul|Cantina|Academia|Muzeul|Biblioteca|Ambasada|"
            r"Administra[tțţ]ia|Oficiul|Cooperativa|Re[tțţ]eaua|Coali[tțţ]ia|Alian[tțţ]a|Platforma|Complexul|Crucea|Banca|"
            # cultural institutions, partners of a town's culture chapter
            r"Ansamblul|Corul|Filarmonica|Orchestra|Palatul|C[aă]minul\s+Cultural|"
            # another administrative-territorial unit, party to an association ('între Orașul X și Comuna Y')
            r"Comuna|Ora[sșş]ul|Municipiul|Jude[tțţ]ul)")
_PARTY_SPLIT = re.compile(r"\s*/\s*(?=[A-ZĂÂÎȘȚŞŢ\"„“”])|\s*(?:[,;]\s*|\s+(?:și|şi|si|ȘI|SI)\s+)(?=[A-ZĂÂÎȘȚŞŢ])(?=(?i:"
                          + ORG_HEAD + r"))")
# a semicolon ends a list item's partners unless an organisation's name follows ('… - Asociația X; Director
# executiv,': the signature under the list read into its last item)
_ITEM_END = re.compile(r"\s*;(?!\s*[\"„“”]?(?:" + ORG_HEAD + r")).*$", re.I | re.S)
# where the parties of 'între A și B' end: a clause of purpose, term or basis after a comma ('…, având ca obiect',
# '…, până la data de', '…, conform anexei'), or a purpose's words without one
PARTIES_END = (r",\s*(?:av[aâ]nd|cu\s+scopul|[îi]n\s+vederea|privind|care|pentru|prin\s+care|p[aâ]n[aă]\s+la|conform)\b"
               r"|\s+(?:av[aâ]nd|cu\s+scopul|[îi]n\s+vederea|privind)\b"
               # the council's preamble a PDF reader joined onto a decision's title ('… și Parohia X Consiliul Local al
               # Orașului Y, întrunit în ședința ordinară …')
               r"|\s+(?=Consiliul\s+(?:Local|Jude[tțţ]ean|General)\b[^,;]{0,80},\s*[îi]ntrunit\b)")
_BETWEEN = re.compile(r"\b(?:[îi]ncheiat[aăe]?\s+)?[îi]ntre\s+(.+?)(?=" + PARTIES_END + r"|[;:]|$)", re.I)
_NUMBER_THEN_DATE = re.compile(rf"\s*({_REG_NO})\s*(?:/|\bdin\b)\s*\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\s*$", re.I)
_ITEM_NO = re.compile(r"^\s*(\d{1,3}\s*[.)]|[a-z]\s*\))\s*")
_DASH_SEP = re.compile(r"\s+[-–—]\s*|\s*[-–—]\s+")


# a contract that says it is one of collaboration ('contract de parteneriat / colaborare / asociere / cooperare')
_COLLABORATION = re.compile(r"colabor|parteneriat|asociere|cooperare", re.I)
# a contract for social services ('contractul de servicii sociale', 'de prestare a serviciilor sociale'): a provider
# that runs a service of the social-assistance system for the authority, as the template's partners do
_SOCIAL_SERVICES = re.compile(r"\bservicii(?:lor)?\s+sociale\b", re.I)
# ... unless it is worded as a purchase: a public procurement, works, goods
_PURCHASE = re.compile(r"achizi[tțţ]i|lucr[aă]ri|bunuri|furnizare\s+(?:de\s+)?produse", re.I)


def contract_is_agreement(text: str, partners_section: bool = False) -> bool:
    """A contract is a partnership when its words say so ('contract de colaborare'), when it is one for social
    services and not worded as a purchase ('contractul de servicii sociale nr. … încheiat cu Asociația X'), or when
    it is listed under the title of a partnerships section ('Capitolul IV. Parteneriate': whatever the act is
    called, the section lists agreements with partners); anywhere else a bare 'contract nr. …' is one for goods,
    works or services, a procurement."""
    return partners_section or bool(_COLLABORATION.search(text)) or bool(
        _SOCIAL_SERVICES.search(text) and not _PURCHASE.search(text))


def _agreement_kind(act: str, partners_section: bool = False) -> str | None:
    """The document an agreement phrase names (protocol, conventie, acord, contract; a memorandum of understanding,
    an agreement of no type the contract names: other); a contract only when it is one of collaboration or listed
    under a partnerships section's title (a contract for goods or services is a procurement)."""
    kind = document_type(act[:60])
    if kind is None and fold_key(act).startswith("memorand"):
        return "other"
    if kind == "contract" and not contract_is_agreement(act[:80], partners_section):
        return None
    return kind


# an act approving agreements with the partners an annex lists ('Se aprobă încheierea de acorduri de parteneriat
# între DGASPC X și partenerii prevăzuți în anexa nr. 1'): the annex's list of organisations names them
_ANNEXED_PARTNERS = re.compile(r"\b(?:[îi]ncheier(?:ea|ii)|semnarea)\s+(?:de\s+|a\s+|unor\s+)?(?P<act>[^.;]{0,80}?)\s+"
                               r"[îi]ntre\s+[^.;]{0,200}?\bpartener(?:ii|ilor)\s+(?:prev[aă]zu[tțţ]i|cuprin[sșş]i|"
                               r"men[tțţ]iona[tțţ]i|enumera[tțţ]i)\s+[îi]n\s+anex", re.I)


def annexed_type(text: str, partners_section: bool = False) -> str | None:
    """The agreement type of an act approving agreements with the partners listed in an annex, else None."""
    m = _ANNEXED_PARTNERS.search(clean_text(text))
    return _agreement_kind(m.group("act"), partners_section) if m else None


def _plain(text: str) -> str:
    """The text without emphasis marks, whitespace tidied (bookmark remnants are the reader's to strip)."""
    return clean_text(re.sub(r"\*\*|__", "", text))


def _item_body(text: str) -> str:
    """A list item's text without its number ('12)', 'b)') and bullet."""
    t = _plain(text)
    m = _ITEM_NO.match(t)
    if m:
        t = t[m.end():]
    return t.lstrip("-–—•·*▪ ")


def agreement_type(text: str | None) -> str | None:
    """protocol | conventie | acord | contract | other — the first agreement word printed ('Act adițional la
    Protocolul …' is a protocol; a memorandum is other)."""
    if not text:
        return None
    for m in _TYPE_RX.finditer(text):
        word = fold_key(m.group(1))
        for stem, kind in _TYPE_OF:
            if word.startswith(stem):
                return kind
    return None


def display_name(raw: str) -> str | None:
    """The partner as printed, tidied: bullets, trailing separators and the issuer's 'DGASMB/' prefix go;
    quotes and spelling stay as printed."""
    s = clean_text(raw)
    s = re.sub(r"^(?:[-–—•·*▪]|\d{1,3}[.)])\s+", "", s)
    s = re.sub(r"^\*+|\*+$", "", s).strip()
    # an abbreviation or a dotted acronym keeps its last dot ("Sf.", "S.R.L.", "C.M.B.R.A.E.")
    s = re.sub(r"\s*[;,:.]+\s*$", "", s) if not re.search(r"\b(?:Jr|Dr|Sf|nr|S\.A|S\.R\.L|S\.C\.S)\.$"
                                                      r"|(?-i:(?:\b[A-ZĂÂÎȘȚ]\.){3,})$", s, re.I) else s
    s = s.strip(" -–—")
    # nor its fiscal code: 'Fundația X (CIF 16160704)', 'Asociația Y, CUI RO123456'
    s = re.sub(r"\s*(?:,\s*|\(\s*)(?:CIF|CUI|C\.I\.F\.|C\.U\.I\.|cod fiscal)\s*:?\s*(?:RO\s*)?\d{2,10}\s*\)?", "", s,
               flags=re.I)
    # a place printed after the name is not part of it: 'Asociația X, Sector 1- București'
    s = re.sub(r",\s*sector(?:ul)?\s*[1-6]\b.*$", "", s, flags=re.I)
    # a note after a dash, in lower case, is no part of the name: '… Sector 1- asistentul maternal locuiește în …'
    s = re.sub(r"(?<=\w)\s*[-–—]\s+(?=[a-zăâîșț]{3,}\s+[a-zăâîșț])(?!(?:de|din|pentru|al|ale|și)\s).*$", "", s)
    # the council decision an agreement was renewed by, printed before the partner: 'Hotărârea C.L. nr. 267/2021- X'
    s = re.sub(r"^(?:H\.?\s?C\.?\s?L\.?|Hot[aă]r[aâ]rea\b[^–—-]*?)\s*nr\.?\s*[\d/.]+\s*[-–—]\s*(?=[A-ZĂÂÎȘȚ])", "",
               s)
    # a quote pair opened with a closing mark ('” Universul …”') is normalised to straight quotes
    s = re.sub(r"(^|\s)”\s*([^”“„\"]+?)\s*”", lambda m: f'{m.group(1)}"{m.group(2)}"', s)
    s = re.sub(r'(^|\s)([„“"])\s+(?=\w)', r"\1\2", s)
    return nominative_head(s) or None


def split_parties(text: str) -> list[str]:
    """'A / B', 'A, B și C' → ['A', 'B', 'C'] — split only where an organisation's name begins."""
    parts = [p for p in _PARTY_SPLIT.split(clean_text(text)) if p and p.strip(" ,;/-")]
    return [p.strip(" ,;/") for p in parts]


def _is_issuer_like(name: str) -> bool:
    try:
        return institution_kind(name) in _PUBLIC
    except Exception:
        return False


# the plural of an act's name: several agreements, one per partner ('încheierea unor protocoale de colaborare între A
# și B, C'), where the singular names one agreement of all the parties (a tripartite one)
_PLURAL_ACT = re.compile(r"^(?:protocoale|acorduri|conventii|contracte|memorandumuri)")


def _names_several_acts(text: str) -> bool:
    """The first act the text names is in the plural: several agreements."""
    m = _TYPE_RX.search(text)
    return bool(m) and _PLURAL_ACT.match(fold_key(m.group(1))) is not None


def partners_of_act(names: list[str], act: str) -> list[str]:
    """The partners of the act(s) ``act`` names, one entry per agreement: the partners of one agreement (a tripartite
    one) joined by '; ', as the corpus gold writes them; one per partner when the act is in the plural."""
    return ["; ".join(names)] if len(names) > 1 and not _names_several_acts(act) else names


def _records_for(parties: list[str], base: dict, warnings: list[str], act: str | None = None) -> list[PartnershipRecord]:
    """A record per partner; with ``act``, the text naming the agreement(s), a record per agreement
    (:func:`partners_of_act`)."""
    out = []
    seen = set()
    names = []
    for raw in parties:
        name = display_name(raw)
        if not name or len(name) < 3 or len(re.findall(r"[^\W\d_]", name)) < 2:
            continue
        key = fold_key(name)
        if key in seen:
            continue
        seen.add(key)
        names.append(name)
    for name in partners_of_act(names, act) if act is not None else names:
        rec = PartnershipRecord(partner=name,  # partner_id: resolved by the run's registry (pipeline.institutions)
                                warnings=list(warnings), **base)
        if len(parties) > 1:
            rec.warnings.append("multi_party_agreement")
        out.append(rec)
    return out


def _dates_and_validity(text: str | None) -> tuple[object, str | None]:
    """(date signed, validity as printed) from a period cell: '19.07.2021 - 19.07.2023', '13.09.2022-prelungire
    …', 'Este în vigoare … până la 10.02.2026'."""
    if not text:
        return None, None
    t = clean_text(text)
    dates = find_dates(t)
    if not dates:
        return None, t
    first, start, end = dates[0]
    if t[:start].strip(" -–—/:") == "":
        rest = t[end:].strip(" -–—/:;,")
        # a date alone under the validity is its end ('31.12.2026'), not a signing date
        return (first, rest) if rest else (None, t[start:end])
    return None, t[start:].strip() if len(dates) == 1 else t


# how long an agreement runs, as a text states it: 'pe o perioadă de 3 ani', 'pe durată nedeterminată', '(valabil)
# până la (data de) 31.12.2029', '… se prelungește până la data de 31.12.2027', 'până la data de 24 de luni'
_STATED_VALIDITY = re.compile(
    r"\bpe\s+(?:o\s+)?(?:perioad[aă]|durat[aă])\s+(?:de\s+)?(?P<span>\d{1,2}\s+(?:de\s+)?(?:ani|an|luni|lun[aă]))\b"
    r"|\b(?:pe\s+(?:o\s+)?)?(?:perioad[aă]|durat[aă])\s+(?P<open>nedeterminat[aă])"
    r"|\bp[aâ]n[aă]\s+la\s+(?:data\s+de\s+(?P<after>\d{1,2}\s+(?:de\s+)?(?:ani|luni))\b|(?:data\s+de\s+)?"
    r"(?P<until>\d{1,2}\.\d{1,2}\.\d{4}))", re.I)


def stated_validity(text: str) -> str | None:
    """The validity a text states for the agreement it names ('3 ani', 'nedeterminată', '31.12.2029'), else None."""
    m = _STATED_VALIDITY.search(clean_text(text))
    if not m:
        return None
    return next(v for v in (m.group("span"), m.group("open"), m.group("after"), m.group("until")) if v)


# the clause of an agreement's text saying how long it runs: 'Prezentul act se încheie pe o perioadă de 3 ani',
# 'Durata acordului-cadru de colaborare se prelungește până la data de 31.12.2027'
_DURATION_CLAUSE = re.compile(r"^(?:art\.?\s*\d+\.?\s*)?(?:prezent(?:ul|a)\s+(?:act|acord|protocol|contract|"
                              r"conven[tțţ]ie)|durata\s+(?:acord|protocol|contract|conven[tțţ]i|act))", re.I)


def duration_clause(blocks) -> str | None:
    """The validity the first duration clause of the document states, else None."""
    for block in blocks:
        if isinstance(block, Table):
            continue
        text = clean_text(getattr(block, "text", "") or "")
        if len(text) < 400 and _DURATION_CLAUSE.match(text):
            valid = stated_validity(text)
            if valid:
                return valid
    return None


# ---------------------------------------------------------------- tables

def _only_a_date(text: str) -> bool:
    """The cell holds a date and nothing else ('05.08.2024' under 'Nr. / data'): no registration number."""
    dates = find_dates(text)
    return len(dates) == 1 and not (text[:dates[0][1]] + text[dates[0][2]:]).strip(" .;,")


# a cell of a number and its date only: digits, dots, slashes, spaces ('9524/09.01.202 6')
_NUMBER_AND_DATE_ONLY = re.compile(r"\s*\d[\d./\s]*/[\d./\s]*\d\s*")


# a number's thousands dot a narrow column broke the line after: 'nr. 13. 191/19.07.2020'
_WRAPPED_THOUSANDS = re.compile(r"(?<=\d\.)\s+(?=\d{3}\s*/)")


def _unwrapped(text: str | None) -> str | None:
    """A 'Nr./data' cell a narrow column wrapped inside its figures ('9524/09.01.202 6', '18819/14. 03.2022',
    '16449/14.02. 2021'): one number and one date, the spaces being the line breaks a reader joined."""
    return re.sub(r"\s+", "", text) if text and _NUMBER_AND_DATE_ONLY.fullmatch(text) else text


def extract_partnerships(rt) -> tuple[list[PartnershipRecord], list]:
    """Records of one understood partnerships table (:class:`extractors.understanding.TableUnderstanding`)."""
    mapping, row_no_col, rows = rt.mapping.fields, rt.mapping.row_no_col, rt.rows
    # a table without a column of acts whose header names them ('Obiectul acordului', 'Durata protocolului'): the
    # annex of partners of one kind of agreement
    header_type = document_type(" | ".join(rt.resolved.columns)) if mapping.get("act") is None else None
    out: list[PartnershipRecord] = []
    for row in rows:
        text = row_text(row.cells)
        if not text or (not_applicable(text) and len(text) < 60):
            continue
        act = cell(row.cells, mapping, "act")
        party_text = cell(row.cells, mapping, "parties")
        partner_text = cell(row.cells, mapping, "partner")
        if not party_text and not partner_text or is_total_label(partner_text or party_text):
            continue  # the TOTAL row of a register sums its contributions: no agreement
        base = dict(page=row.page, line=row.line,
                    row_no_raw=row_no(row.cells, row_no_col))
        # no act in the row: the type the decision approving the annex's partners named, then the header's word
        base["agreement_type"] = agreement_type(act) or agreement_type(text) or rt.announced or header_type or "other"
        num_text = _unwrapped(cell(row.cells, mapping, "number")) or act or ""
        num_text = _WRAPPED_THOUSANDS.sub("", num_text)
        m = _NUMBER.search(num_text)
        # a 'Nr./data' cell without 'nr.': '256/26.04.2015', '1.204 din 03.02.2021' → the number before the date
        dated = _NUMBER_THEN_DATE.match(num_text) if mapping.get("number") is not None else None
        base["number_raw"] = m.group(1) if m else dated.group(1) if dated else (
            clean_text(num_text) if mapping.get("number") is not None
            and re.fullmatch(r"\s*\d[\d/.\- ]*", num_text or "") and not _only_a_date(num_text) else None)
        date_cell = cell(row.cells, mapping, "date")
        validity = cell(row.cells, mapping, "validity") or cell(row.cells, mapping, "valid_from")
        signed, valid = _dates_and_validity(validity)
        # the signing date from its own column, else from a 'Număr și dată' cell ('nr. 3.310/21.03.2022'); then
        # a lone date in the validity column is the end of validity, not a second signing date
        stated = find_dates(date_cell) if date_cell else find_dates(num_text) if mapping.get("number") is not None else []
        if stated:
            if signed is not None and valid is None:
                valid = clean_text(validity)
            signed = stated[0][0]
        elif signed is None and act:
            dates = find_dates(act)
            signed = dates[0][0] if dates else None
        base["date_signed"] = signed
        base["valid_until_raw"] = valid
        # the partner's address printed after its name in the cell ('Fundația X, Str. Y nr. 42, Vale') is no part of it
        named, address_warnings = name_without_address(partner_text or party_text)
        parties = split_parties(named)
        if not partner_text and len(parties) > 1 and _is_issuer_like(parties[0]):
            parties = parties[1:]  # the first signatory is the author of the plan
        out.extend(_records_for(parties, base, list(row.warnings) + address_warnings))
    return out, []


# ---------------------------------------------------------------- lists and sentences

_LIST_HEAD = re.compile(
    r"^(?P<act>[^\d]{0,120}?)\bnr\s*\.?\s*(?P<num>" + _REG_NO + r")\s*(?:/|din\b)\s*(?P<date>\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4})"
    r"\s*(?:/\s*(?P<valid>.+?))?\s*(?:[-–—]\s+|\s+[-–—]\s*)(?P<rest>\S.*)$", re.I)
_INTRO = re.compile(r"(protocoal|protocol|conven[tțţ]i|acord(?![aăâ]|[ae]r)|contract(?![aăâ]|[ae]r)|parteneriat)\w*[^.]{0,200}"
                    r"(?:urmeaz[aă]|urm[aă]toare\w*|:)\s*$", re.I)


def parse_agreement(text: str, partners_section: bool = False) -> tuple[dict, list[str]] | None:
    """One list item or sentence → (fields, parties) or None when it states no agreement; ``partners_section``:
    the text is listed under a partnerships section's title (a bare contract there is an agreement)."""
    t = _plain(text)
    row_no = None
    m = _ITEM_NO.match(t)
    if m:
        row_no = m.group(1).replace(" ", "")
        t = t[m.end():]
    atype = agreement_type(t[:160])
    if atype is None:
        return None
    head = _LIST_HEAD.match(t)
    if head and agreement_type(head.group("act")):
        dates = find_dates(head.group("date").replace(" ", ""))
        fields = dict(row_no_raw=row_no, agreement_type=agreement_type(head.group("act")), number_raw=head.group("num"),
                      date_signed=dates[0][0] if dates else None,
                      valid_until_raw=clean_text(head.group("valid")) or None if head.group("valid") else None)
        rest = _ITEM_END.sub("", head.group("rest"))
        between = _BETWEEN.search(rest)
        if between:
            parties = split_parties(between.group(1))[1:]
        else:
            parties = split_parties(rest)
        return fields, parties
    between = _BETWEEN.search(t)
    if between and between.start() < 260:
        act = t[:between.start()]
        if agreement_type(act) is None:
            return None
        word = _TYPE_RX.search(act)
        if agreement_type(act) == "contract" and not contract_is_agreement(act, partners_section):
            return None  # a contract for goods or services is a procurement, not a partnership
        num = _NUMBER.search(act[word.start():])  # the agreement's number, not that of the decision citing it
        dates = find_dates(act)
        parties = split_parties(between.group(1))
        if len(parties) < 2:
            return None
        fields = dict(row_no_raw=row_no, agreement_type=agreement_type(act), number_raw=num.group(1) if num else None,
                      date_signed=dates[0][0] if dates else None, valid_until_raw=None)
        return fields, parties[1:]
    return None


# the name of a row is its parties (or partner) cell; no other column stands in for it
SPEC = TableKindSpec(kind=PARTNERSHIPS, family=PARTNERSHIPS, context=CONTEXT, title_patterns=TITLES,
                     header_vocab=HEADER_VOCAB,
                     rules=PARTNERSHIP_RULES, name_fields=("parties", "partner"), legend=False, name_fallback=None,
                     record=PartnershipRecord, dataset="partnerships", extract=extract_partnerships,
                     announces=annexed_type)


def document_type(text: str) -> str | None:
    """protocol | conventie | acord | contract when the text names such a document (a partnership or a
    memorandum is not one)."""
    for m in _TYPE_RX.finditer(text):
        if fold_key(m.group(1)).startswith(("parteneriat", "memorand")):
            continue
        kind = agreement_type(m.group(1))
        if kind in ("protocol", "conventie", "acord", "contract"):
            return kind
    return None
