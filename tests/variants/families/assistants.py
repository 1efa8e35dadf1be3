"""Family ``report_personal_assistants``: the semester report on the activity of the personal assistants of
persons with a severe disability (Law 448/2006, art. 40 para. (2)), which the employer — a commune's or town's
town hall through its social-assistance compartment, a town's SPAS, a municipality's DAS, a Bucharest sector's
DGASPC — presents to the local council each semester; sometimes printed after the council's decision that takes
note of it or approves it ("HCL nr. … privind aprobarea Raportului semestrial privind activitatea desfășurată de
asistenții personali ai persoanelor cu handicap grav, pe semestrul II al anului 2023"). Written blind by an
eleventh author (session 16), from the contract (../shared/contract/DATASETS.md), DESIGN.md, docs/indicators.md,
the corpus documents and their gold and what a document writer knows of Romanian public administration, without
reading the extractors, normalisers or pipeline; vocabulary of this module and ``assistants_base.py``.

What a seed varies: the issuer (commune / town / municipality / sector; DAS, SPAS, DGASPC or the mayor's own
compartment), semester I or II, the council's decision in front or not (the decision of semester II's report is
adopted the next year), prose only or prose + tables (assistants and indemnities by beneficiary category, with the
previous semester as a column or not; social inquiries and monitoring visits per month; the training sessions),
no training, one session in a sentence or several sessions (list or table), budget figures or none, small counts as
words ("trei asistenți personali", "două contracte").

Assumptions where the contract is silent (the gold follows the contract and the corpus gold):

* documents: the report is no annual plan, no report on one, no mayor's yearly report, no decision wrapping a plan
  and no strategy: ``doc_type`` ``other``. ``year`` = ``year_end`` = the year of the semester reported on (never
  the year the decision is adopted in, nor a law's or a previous decision's year). ``issuer``: the body writing the
  report (DAS / SPAS / DGASPC, or the Primăria for the mayor's compartment, printed short forms accepted with
  ``||``); when the council's decision is in front, the council (``consiliu_local``), as the corpus gold and the
  other decision families take the body that adopts the decision. ``uat`` / ``county`` as the contract writes
  them. ``currency_unit_main``: not asserted (no services table).
* indicators (recall): every count of THIS semester stated with a counted noun of docs/indicators.md, in
  sentences or in report tables — the personal assistants employed at the start and at the end of the semester
  (``asistenti``), the contracts made and ended (``contracte``), the adults and children with a severe disability
  (``persoane`` / ``copii``), the persons who chose the monthly indemnity or the indemnities paid (``persoane`` /
  ``indemnizatii``), requests filed (``cereri``), social inquiries (``anchete_sociale``), monitoring visits
  (``vizite``), checks (``verificari``), written warnings (``avertismente``), the assistants trained in a
  training stated in a sentence (``asistenti``), the sessions (``sesiuni``). ``subject`` = "<unit> - <what>"
  (docs/indicators.md): the unit writing the report, for every figure of it (the report is about what that unit
  did; its chapters name no other; any printed form of its name, ``||``), and the counted noun phrase as printed
  after the number, its head kept where it runs on (``verificări`` …); for a row of a table, the row's label
  (beneficiary category, month).
  ``year`` = the report's year. NOT indicators: the previous semester's figures ("față de 81 la 30.06…", a
  column "Semestrul I" in semester II's report), the reasons a contract ended when the noun is elided
  ("2 ca urmare a decesului beneficiarului"), article / decision / register numbers, dates, ages, percentages,
  degrees of disability or kinship, salary grades, the minimum wage, hours of a working day or week or of a
  training, phone numbers, TOTAL rows (they are totals).
* totals (recall): the money paid stated in sentences (salaries of the assistants, indemnities, their sum), in
  lei; the TOTAL row of every count table (a count). The minimum wage and a salary are no totals.
* trainings (F1): a training stated as a table of sessions (date, theme, hours, assistants trained, who trained
  them) is the employer's training programme of its staff carried out: one row per session,
  ``training_kind`` ``instruire`` (the report calls it "instruirea asistenților personali", the contract's word),
  ``staff_category`` "asistenți personali", ``persons`` the assistants trained, no budget (none is printed). One
  session told in a sentence, or sessions told as bullets of prose, are counts (``asistenti`` per session,
  ``sesiuni``), not programme rows (as ``activity.py``); no training → no rows.
* services, procurements, subsidies, partnerships: none in such a report (asserted empty; the body that trained
  the assistants — a DGASPC, an NGO, a training firm — is no partnership: no act is named).
* activities: not asserted.
"""
from __future__ import annotations

import random

import make_variants as mv

from .assistants_base import MIN_WAGE, MONTHS, NAMES, Doc, Employer, count_text, pick_employer
from .fmt import group

__all__ = ["report_personal_assistants"]

_THEMES = ["Drepturile și obligațiile asistentului personal potrivit Legii nr. 448/2006",
           "Acordarea primului ajutor și prevenirea accidentelor la domiciliu",
           "Comunicarea cu persoana cu dizabilități și sprijinul pentru viața independentă",
           "Îngrijirea persoanei imobilizate la pat, igienă și prevenirea escarelor",
           "Prevenirea abuzului, neglijării și exploatării persoanelor cu dizabilități",
           "Securitatea și sănătatea în muncă; situații de urgență",
           "Alimentația persoanei cu nevoi speciale și administrarea medicației",
           "Planul individual de servicii și colaborarea cu echipa de asistență socială"]
_TRAINERS = ["specialiștii Direcției Generale de Asistență Socială și Protecția Copilului {county}",
             "asistentul social al compartimentului", "un medic de familie din localitate",
             "Asociația „Sprijin și Speranță” {county}", "un formator autorizat al firmei SC Educatio Consult SRL",
             "personalul de specialitate al serviciului, cu sprijinul Crucii Roșii Române – Filiala {county}"]


def _date_words(rnd: random.Random, year: int, month_i: int) -> tuple[str, str]:
    """('14.11.2024', '14 noiembrie 2024')."""
    day = rnd.randint(2, 27)
    return f"{day:02d}.{month_i:02d}.{year}", f"{day} {MONTHS[month_i - 1]} {year}"


# ------------------------------------------------------------------------------------------------ the decision


def _decision(d: Doc) -> None:
    rnd, e, yr = d.rnd, d.emp, d.year
    adopt_year = yr if d.semester == 1 else yr + 1
    month = rnd.randint(7, 9) if d.semester == 1 else rnd.randint(1, 3)
    dnum, dwords = _date_words(rnd, adopt_year, month)
    number = rnd.randint(4, 210)
    d.p("ROMÂNIA")
    d.p(f"JUDEȚUL {e.county.upper()}" if e.level != "sector" else "MUNICIPIUL BUCUREȘTI")
    d.p(e.council.upper())
    verb = rnd.choice(["privind aprobarea", "privind luarea act de", "pentru aprobarea"])
    subject = rnd.choice([
        f"Raportului semestrial privind activitatea desfășurată de asistenții personali ai persoanelor cu handicap "
        f"grav, pe semestrul {d.roman} al anului {yr}",
        f"Raportului privind activitatea asistenților personali ai persoanelor cu handicap grav angajați la nivelul "
        f"{e.genitive}, pentru semestrul {d.roman} {yr}",
        f"informării privind activitatea asistenților personali ai persoanelor cu handicap grav în semestrul "
        f"{d.roman} al anului {yr}"])
    kind = rnd.choice(["HOTĂRÂREA", "HOTĂRÂRE", "HOTĂRÂREA NR."])
    no = f"nr. {number}" if kind != "HOTĂRÂREA NR." else str(number)
    d.title(f"{kind} {no} din {rnd.choice([dnum, dwords])} {verb} {subject}")
    d.p(f"{e.council}, întrunit în ședința ordinară din data de {dwords},")
    d.p("Având în vedere:")
    ref = rnd.randint(1200, 48000)
    mayor_gen = e.mayor_title.replace("Primarul", "Primarului", 1)
    items = [f"referatul de aprobare nr. {ref}/{dnum} al {mayor_gen}",
             f"raportul de specialitate nr. {ref + rnd.randint(3, 90)}/{dnum} întocmit de {e.unit}",
             f"avizul comisiei de specialitate nr. {rnd.randint(2, 5)} a Consiliului Local",
             "prevederile art. 40 alin. (2) din Legea nr. 448/2006 privind protecția și promovarea drepturilor "
             "persoanelor cu handicap, republicată, cu modificările și completările ulterioare",
             "prevederile Hotărârii Guvernului nr. 268/2007 pentru aprobarea Normelor metodologice de aplicare a "
             "prevederilor Legii nr. 448/2006",
             "prevederile Legii asistenței sociale nr. 292/2011, cu modificările și completările ulterioare"]
    for it in items:
        (d.b if rnd.random() < 0.6 else d.p)(it + ";")
    if adopt_year > 2019 or month > 7:
        d.p("În temeiul art. 129 alin. (2) lit. d) și alin. (7) lit. b), al art. 139 alin. (1) și al art. 196 alin. "
            "(1) lit. a) din Ordonanța de urgență a Guvernului nr. 57/2019 privind Codul administrativ, cu "
            "modificările și completările ulterioare,")
    else:
        d.p("În temeiul art. 36 alin. (2) lit. d) și alin. (6) lit. a) pct. 2, al art. 45 alin. (1) și al art. 115 "
            "alin. (1) lit. b) din Legea nr. 215/2001 a administrației publice locale, republicată,")
    d.p("HOTĂRĂȘTE:")
    act = "Se ia act de" if "act" in verb else "Se aprobă"
    d.p(f"Art. 1. {act} Raportul semestrial privind activitatea desfășurată de asistenții personali ai persoanelor "
        f"cu handicap grav pe semestrul {d.roman} al anului {yr}, prevăzut în anexa care face parte integrantă din "
        "prezenta hotărâre.")
    d.p(f"Art. 2. Cu ducerea la îndeplinire a prezentei hotărâri se încredințează {e.mayor_title} prin "
        f"{e.unit}.")
    prefect = f"Județul {e.county}" if e.level != "sector" else "Municipiul București"
    d.p(f"Art. 3. Prezenta hotărâre se comunică Instituției Prefectului – {prefect} și se aduce la cunoștință "
        "publică.")
    chair, secretary = rnd.sample(NAMES, 2)
    d.p(rnd.choice(["PREȘEDINTE DE ȘEDINȚĂ,", "Președinte de ședință,"]) + " " + chair)
    d.p(rnd.choice(["CONTRASEMNEAZĂ,", "Contrasemnează pentru legalitate,"]) + " Secretar general, " + secretary)
    votes = rnd.randint(9, 19)
    d.p(f"Hotărârea a fost adoptată cu {votes} voturi „pentru”, 0 voturi „împotrivă” și "
        f"{rnd.randint(0, 2)} abțineri.")
    d.p(rnd.choice(["ANEXĂ", "Anexa la HCL nr. " + str(number), "Anexă la Hotărârea nr. " + f"{number}/{dnum}"]))


# ------------------------------------------------------------------------------------------------ the report


def _heading(d: Doc, scheme: str, i: int, text: str) -> None:
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][i - 1]
    d.h({"roman": f"{roman}. {text}", "arabic": f"{i}. {text}", "cap": f"CAPITOLUL {roman} – {text.upper()}",
         "plain": text}[scheme])


def _report_title(d: Doc, with_decision: bool) -> None:
    rnd, e = d.rnd, d.emp
    if not with_decision:
        d.p("ROMÂNIA")
        d.p(f"JUDEȚUL {e.county.upper()}" if e.level != "sector" else "MUNICIPIUL BUCUREȘTI")
        d.p(e.letterhead)
        if e.unit_kind == "primarie":
            d.p(e.unit.split(" din cadrul")[0])
        d.p(f"Nr. {rnd.randint(900, 32000)}/{rnd.randint(1, 28):02d}.{(1 if d.semester == 2 else 7):02d}."
            f"{d.year + (1 if d.semester == 2 else 0)}")
    sem = rnd.choice([f"semestrul {d.roman} al anului {d.year}", f"semestrul {d.roman} {d.year}",
                      f"perioada {d.start_date} – {d.end_date}"])
    text = rnd.choice([
        f"RAPORT SEMESTRIAL privind activitatea desfășurată de asistenții personali ai persoanelor cu handicap grav, "
        f"pe {sem}",
        f"RAPORT privind activitatea asistenților personali ai persoanelor cu handicap grav în {sem}",
        f"Raportul semestrial privind activitatea asistenților personali angajați de {e.unit}, {sem}"])
    (d.h if with_decision else d.title)(text)


def _legal(d: Doc, scheme: str) -> None:
    rnd = d.rnd
    _heading(d, scheme, 1, rnd.choice(["Cadrul legal", "Temeiul legal", "Prevederi legale"]))
    d.p("Potrivit art. 35 alin. (1) din Legea nr. 448/2006, persoana cu handicap grav are dreptul, în baza "
        "evaluării socio-psihomedicale, la un asistent personal. Conform art. 40 alin. (2), angajatorul prezintă "
        "semestrial consiliului local un raport privind activitatea asistenților personali.")
    wage = MIN_WAGE[d.year]
    d.p(rnd.choice([
        f"Asistentul personal are un program de lucru de 8 ore pe zi, respectiv 40 de ore pe săptămână, și este "
        f"salarizat la nivelul salariului de bază minim brut pe țară garantat în plată, de {group(wage)} lei lunar.",
        f"Salariul de bază al asistentului personal nu poate fi mai mic decât salariul minim brut pe țară "
        f"({group(wage)} lei), la care se adaugă sporul de vechime, conform Legii-cadru nr. 153/2017, anexa nr. II, "
        f"clasa de salarizare {rnd.randint(14, 19)}.",
        "Asistentul personal beneficiază de concediu de odihnă anual de 21 de zile lucrătoare; pe perioada "
        "concediului angajatorul asigură un înlocuitor sau, la cerere, plata indemnizației către persoana cu "
        "handicap grav."]))
    if rnd.random() < 0.5:
        d.p("Persoana cu handicap grav sau reprezentantul ei legal poate opta, în condițiile art. 42 alin. (4) din "
            "lege, între asistent personal și indemnizația lunară, cu excepția persoanelor cu handicap grav cu "
            "deficiențe vizuale, care primesc ambele drepturi.")


def _staff(d: Doc, scheme: str, n: int) -> int:
    """Chapter 2: the assistants at the start and end of the semester, contracts made and ended and why; returns
    the number at the end."""
    rnd, e = d.rnd, d.emp
    _heading(d, scheme, n, rnd.choice(["Situația asistenților personali", "Evidența asistenților personali",
                                       "Numărul asistenților personali și mișcarea de personal"]))
    size = {"comuna": (10, 55), "oras": (20, 130), "municipiu": (60, 420), "sector": (380, 1400)}[e.level]
    start = rnd.randint(*size)
    made = rnd.randint(2, max(3, start // 12))
    reasons = [("decesul beneficiarului", "ca urmare a decesului persoanei cu handicap grav"),
               ("demisie", "prin demisie"),
               ("mutare", "ca urmare a schimbării domiciliului beneficiarului în altă localitate"),
               ("certificat expirat", "ca urmare a expirării certificatului de încadrare în grad de handicap"),
               ("opțiune indemnizație", "prin opțiunea beneficiarului pentru indemnizația lunară")]
    chosen = rnd.sample(reasons, rnd.randint(2, 4))
    parts = [rnd.randint(1, max(1, min(4, start // 8))) for _ in chosen]
    ended = sum(parts)
    end = start + made - ended
    prev = start + rnd.randint(-6, 6)  # the previous semester's figure a report may compare with
    if prev == start:
        prev += 2
    noun = rnd.choice(["asistenți personali", "asistenți personali angajați"])
    s1 = (f"La data de {d.start_date}, {e.unit} avea încheiate contracte individuale de muncă cu "
          f"{count_text(rnd, start, False)} {noun} ai persoanelor cu handicap grav")
    if rnd.random() < 0.4:
        s1 += f" (față de {prev} la începutul semestrului precedent)"
    d.p(s1 + ".")
    d.indicator("asistenti", f"{noun} ai persoanelor cu handicap grav", start, "persoane", s1)
    s2 = (f"În cursul semestrului {d.roman} au fost încheiate {count_text(rnd, made, True)} contracte individuale "
          f"de muncă noi, în urma cererilor depuse și a anchetelor sociale efectuate")
    d.p(s2 + ".")
    d.indicator("contracte", "contracte individuale de muncă noi", made, "contracte", s2)
    if rnd.random() < 0.5:
        ended_noun = "contracte individuale de muncă"
        lead = f"Au încetat {count_text(rnd, ended, True)} {ended_noun}, din care:"
    else:
        ended_noun = "contracte de muncă"
        lead = f"În aceeași perioadă au încetat {count_text(rnd, ended, True)} {ended_noun}, după cum urmează:"
    d.p(lead)
    d.indicator("contracte", ended_noun, ended, "contracte", lead)
    for (_, why), k in zip(chosen, parts):
        d.b(f"{k} {why};" if rnd.random() < 0.6 else f"{why} – {k};")
    s3 = (f"Astfel, la data de {d.end_date} își desfășurau activitatea {count_text(rnd, end, False)} {noun}, "
          f"dintre care {rnd.randint(55, 90)}% sunt rude de gradul I sau II cu persoana asistată")
    d.p(s3 + ".")
    d.indicator("asistenti", noun, end, "persoane", s3)
    if rnd.random() < 0.5:
        req = rnd.randint(2, 14)
        s4 = (f"La sfârșitul semestrului se aflau în analiză {count_text(rnd, req, True)} cereri de angajare ca "
              f"asistent personal, înregistrate la registratura instituției, tel. 02{rnd.randint(30, 69)} "
              f"{rnd.randint(100, 999)} {rnd.randint(100, 999)}")
        d.p(s4 + ".")
        d.indicator("cereri", "cereri de angajare", req, "cereri", s4)
    return end


def _beneficiaries(d: Doc, scheme: str, n: int, assistants: int) -> int:
    """Chapter 3: adults and children with a severe disability, the monthly indemnity chosen instead; returns the
    number of monthly indemnities."""
    rnd = d.rnd
    _heading(d, scheme, n, rnd.choice(["Beneficiarii", "Persoanele cu handicap grav asistate",
                                       "Situația beneficiarilor"]))
    children = rnd.randint(2, max(3, assistants // 3))
    adults = assistants - children
    ind_adults = rnd.randint(3, max(4, assistants))
    ind_children = rnd.randint(2, max(3, assistants // 4))
    table = rnd.random() < 0.55
    if not table:
        s = (f"Asistenții personali îngrijesc {count_text(rnd, adults, True)} persoane adulte cu handicap grav și "
             f"{count_text(rnd, children, False)} copii cu handicap grav, cu vârste cuprinse între 2 și 17 ani")
        d.p(s + ".")
        d.indicator("persoane", "persoane adulte cu handicap grav", adults, "persoane", s)
        d.indicator("copii", "copii cu handicap grav", children, "copii", s)
        s = (f"Un număr de {count_text(rnd, ind_adults + ind_children, True, 0.0)} persoane cu handicap grav sau reprezentanții lor legali au "
             f"optat pentru indemnizația lunară prevăzută de art. 37 alin. (3) din Legea nr. 448/2006")
        d.p(s + ".")
        d.indicator("persoane", "persoane cu handicap grav sau reprezentanții lor legali",
                    ind_adults + ind_children, "persoane", s)
        return ind_adults + ind_children
    with_prev = rnd.random() < 0.35
    prev_sem = "Semestrul I" if d.semester == 2 else "Semestrul II"
    prev_year = d.year if d.semester == 2 else d.year - 1
    h_assist = rnd.choice(["Nr. asistenți personali", "Număr asistenți personali"])
    h_ind = rnd.choice([("Nr. indemnizații lunare", "indemnizatii", "indemnizații"),
                        ("Nr. persoane care au optat pentru indemnizație", "persoane", "persoane")])
    d.p(rnd.choice(["Situația pe categorii de beneficiari se prezintă astfel:",
                    f"Tabelul nr. 1 – Asistenți personali și indemnizații lunare, pe categorii, la {d.end_date}"]))
    label = rnd.choice(["Categoria de beneficiari", "Categoria", "Beneficiari cu handicap grav"])
    rows: list[list[str]]
    if with_prev:
        rows = [[label, f"{prev_sem} {prev_year}", mv.LEFT, f"Semestrul {d.roman} {d.year}", mv.LEFT],
                [mv.UP, h_assist, h_ind[0], h_assist, h_ind[0]]]
    else:
        rows = [[label, h_assist, h_ind[0]]]
    cats = [(rnd.choice(["Adulți cu handicap grav", "Persoane adulte"]), adults, ind_adults),
            (rnd.choice(["Copii cu handicap grav", "Copii"]), children, ind_children)]
    for cat, a, i in cats:
        cells = [cat]
        if with_prev:
            cells += [str(max(0, a + rnd.randint(-5, 5))), str(max(0, i + rnd.randint(-4, 4)))]
        cells += [str(a), str(i)]
        rows.append(cells)
        raw = " | ".join(cells)
        d.indicator("asistenti", cat, a, "persoane", raw)
        d.indicator(h_ind[1], cat, i, h_ind[2], raw)
    tot = ["TOTAL"]
    if with_prev:
        tot += [str(int(rows[-2][1]) + int(rows[-1][1])), str(int(rows[-2][2]) + int(rows[-1][2]))]
    tot += [str(adults + children), str(ind_adults + ind_children)]
    rows.append(tot)
    d.table(rows, 2 if with_prev else 1)
    d.total(f"TOTAL {h_assist}", adults + children, "persons", tot[-2])
    d.total(f"TOTAL {h_ind[0]}", ind_adults + ind_children, "persons", tot[-1])
    return ind_adults + ind_children


def _monitoring(d: Doc, scheme: str, n: int) -> None:
    """Chapter 4: social inquiries, monitoring visits at the beneficiaries' homes, findings."""
    rnd = d.rnd
    _heading(d, scheme, n, rnd.choice(["Monitorizarea activității asistenților personali",
                                       "Controlul și monitorizarea activității",
                                       "Anchete sociale și vizite la domiciliu"]))
    per_month = [(rnd.randint(3, 30), rnd.randint(4, 40)) for _ in d.months]
    inq, vis = sum(a for a, _ in per_month), sum(v for _, v in per_month)
    if rnd.random() < 0.45:
        d.p("Activitatea de monitorizare, pe luni, se prezintă astfel:")
        h1 = rnd.choice(["Nr. anchete sociale", "Nr. anchete sociale efectuate"])
        h2 = rnd.choice(["Nr. vizite de monitorizare", "Nr. vizite la domiciliu"])
        rows = [["Luna", h1, h2]]
        for month, (a, v) in zip(d.months, per_month):
            label = month.capitalize() if rnd.random() < 0.5 else month
            rows.append([label, str(a), str(v)])
            raw = f"{label} | {a} | {v}"
            d.indicator("anchete_sociale", month, a, "anchete", raw)
            d.indicator("vizite", month, v, "vizite", raw)
        rows.append([rnd.choice(["TOTAL", "Total semestru"]), str(inq), str(vis)])
        d.table(rows)
        d.total(f"TOTAL {h1}", inq, "other", str(inq))
        d.total(f"TOTAL {h2}", vis, "other", str(vis))
    else:
        s = (f"În semestrul {d.roman} al anului {d.year} au fost efectuate {count_text(rnd, inq, True)} anchete "
             f"sociale și {count_text(rnd, vis, True)} vizite de monitorizare la domiciliul persoanelor cu handicap "
             "grav")
        d.p(s + ".")
        d.indicator("anchete_sociale", "anchete sociale", inq, "anchete", s)
        d.indicator("vizite", "vizite de monitorizare", vis, "vizite", s)
    checks = rnd.randint(5, 60)
    s = (f"Cu ocazia celor {checks} de verificări" if checks >= 20 else f"Cu ocazia celor {checks} verificări")
    s += (" privind modul în care asistenții personali își îndeplinesc atribuțiile din contract și din planul de "
          "recuperare, s-a constatat că persoanele cu handicap grav beneficiază de îngrijire corespunzătoare")
    d.p(s + ".")
    d.indicator("verificari", "verificări",
                checks, "verificări", s)
    if rnd.random() < 0.5:
        warn = rnd.randint(2, 5)
        s = (f"Pentru neîndeplinirea corespunzătoare a obligațiilor au fost aplicate {count_text(rnd, warn, True)} "
             "avertismente scrise, conform art. 248 alin. (1) lit. a) din Codul muncii")
        d.p(s + ".")
        d.indicator("avertismente", "avertismente scrise", warn, "avertismente", s)
    d.p(rnd.choice([
        "Nu au fost înregistrate sesizări privind nerespectarea drepturilor persoanelor asistate.",
        "Asistenții personali au prezentat, conform art. 38 lit. d) din lege, raportul semestrial de activitate.",
        f"Vârsta medie a asistenților personali este de {rnd.randint(41, 56)} de ani, iar {rnd.randint(60, 85)}% "
        "dintre aceștia sunt femei."]))


def _training(d: Doc, scheme: str, n: int, assistants: int) -> None:
    """Chapter 5: the training the employer owes its assistants (art. 38 lit. b): none, one session, or several."""
    rnd, e = d.rnd, d.emp
    shape = rnd.choices(["none", "sentence", "list", "table"], [15, 35, 20, 30])[0]
    _heading(d, scheme, n, rnd.choice(["Instruirea asistenților personali", "Formarea asistenților personali",
                                       "Instruire și formare profesională"]))
    if shape == "none":
        d.p(f"În semestrul {d.roman} nu au fost organizate sesiuni de instruire; instruirea anuală este programată "
            f"pentru semestrul {'II' if d.semester == 1 else 'I'}.")
        return
    county = e.county if e.level != "sector" else f"Sector {e.uat.split()[1]}"
    trainer = rnd.choice(_TRAINERS).format(county=county)
    months = list(range(1, 7)) if d.semester == 1 else list(range(7, 13))
    if shape == "sentence":
        dnum, dwords = _date_words(rnd, d.year, rnd.choice(months))
        k = rnd.randint(max(2, assistants // 2), assistants)  # those not on leave
        s = (f"În data de {rnd.choice([dnum, dwords])} a avut loc instruirea asistenților personali, cu tema "
             f"„{rnd.choice(_THEMES)}”, cu o durată de {rnd.choice([4, 6, 8])} ore; au participat "
             f"{count_text(rnd, k, False)} asistenți personali")
        d.p(s + ".")
        d.p(f"Instruirea a fost realizată de {trainer}.")
        d.indicator("asistenti", "asistenți personali instruiți", k, "persoane", s)
        return
    sessions = rnd.randint(2, 4)
    picked = sorted(rnd.sample(months, sessions))
    themes = rnd.sample(_THEMES, sessions)
    rows = []
    for i, (m, th) in enumerate(zip(picked, themes), 1):
        dnum, _ = _date_words(rnd, d.year, m)
        k = rnd.randint(max(2, assistants // 4), assistants)
        rows.append((f"{i}.", dnum, th, str(rnd.choice([2, 3, 4, 6, 8])), str(k), rnd.choice(_TRAINERS).format(
            county=county)))
        d.trainings.append({"training_kind": "instruire", "row_no_raw": f"{i}.", "staff_category": "asistenți personali",
                            "persons": k})
    s = (f"În semestrul {d.roman} au fost organizate {count_text(rnd, sessions, True)} sesiuni de instruire a "
         "asistenților personali")
    d.p(s + (":" if shape == "list" else "."))
    d.indicator("sesiuni", "sesiuni de instruire", sessions, "sesiuni", s)
    if shape == "list":
        for no, date, th, hours, k, who in rows:
            d.b(f"{date} – „{th}” ({hours} ore) – {k} asistenți personali instruiți; instruirea a fost "
                f"realizată de {who};")
        d.trainings.clear()  # a list of sessions in prose: counts, not programme rows
        for no, date, th, hours, k, who in rows:
            d.indicator("asistenti", "asistenți personali instruiți", int(k), "persoane",
                        f"{date} – „{th}” … {k} asistenți personali instruiți")
        return
    head = ["Nr. crt.", "Data", rnd.choice(["Tema instruirii", "Tematica"]), "Durata (ore)",
            rnd.choice(["Nr. asistenți personali instruiți", "Număr asistenți personali participanți"]),
            rnd.choice(["Instruirea realizată de", "Formator"])]
    d.table([head] + [list(r) for r in rows])


def _money(d: Doc, scheme: str, n: int, assistants: int, indemnities: int) -> None:
    """Chapter 6: salaries of the assistants and indemnities paid in the six months, in lei."""
    rnd = d.rnd
    _heading(d, scheme, n, rnd.choice(["Aspecte financiare", "Cheltuieli", "Finanțarea activității"]))
    wage = MIN_WAGE[d.year]
    salaries = int(assistants * wage * 6 * rnd.uniform(1.02, 1.3))  # with seniority bonuses and employer dues
    indemn = int(indemnities * wage * 0.6 * 6 * rnd.uniform(0.92, 1.08))  # the indemnity follows the net wage
    cents = rnd.random() < 0.4

    def lei(v: int, c: int) -> str:
        return group(v) + (f",{c:02d}" if cents else "") + " lei"

    c1, c2 = rnd.randint(0, 99), rnd.randint(0, 99)
    v1, v2 = salaries + (c1 / 100 if cents else 0), indemn + (c2 / 100 if cents else 0)
    s = (f"Pentru plata drepturilor salariale ale asistenților personali s-a cheltuit în semestrul {d.roman} suma de "
         f"{lei(salaries, c1)}, iar pentru plata indemnizațiilor lunare suma de {lei(indemn, c2)}")
    d.p(s + ".")
    d.total("drepturi salariale asistenți personali", round(v1, 2), "lei", lei(salaries, c1))
    d.total("indemnizații lunare", round(v2, 2), "lei", lei(indemn, c2))
    if rnd.random() < 0.6:
        tot = round(v1 + v2, 2)
        whole, frac = int(tot), round((tot - int(tot)) * 100)
        t = group(whole) + (f",{frac:02d}" if cents else "") + " lei"
        d.p(f"Cheltuielile totale, de {t}, au fost suportate din bugetul local, din sume defalcate din taxa pe "
            "valoarea adăugată, potrivit legii bugetului de stat.")
        d.total("cheltuieli totale", tot, "lei", t)
    d.p(f"Față de semestrul precedent, cheltuielile au crescut cu {rnd.randint(2, 14)}%, ca efect al majorării "
        f"salariului minim brut la {group(MIN_WAGE[d.year])} lei.")


def _closing(d: Doc, scheme: str, n: int) -> None:
    rnd, e = d.rnd, d.emp
    _heading(d, scheme, n, rnd.choice(["Probleme identificate și măsuri propuse", "Concluzii", "Măsuri"]))
    d.b("asigurarea unui înlocuitor pe perioada concediului de odihnă al asistentului personal;")
    d.b("reevaluarea periodică a situației persoanelor cu handicap grav a căror stare s-a schimbat;")
    d.b(f"informarea persoanelor interesate la sediul instituției, program luni – vineri, 8:00 – 16:00, tel. "
        f"0{rnd.randint(230, 369)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}.")
    d.p(rnd.choice(["Director executiv,", "Șef serviciu,", "Întocmit,", "Inspector,"]) + " " + rnd.choice(NAMES))
    if e.unit_kind == "primarie" and rnd.random() < 0.5:
        d.p("PRIMAR, " + rnd.choice(NAMES))


# ------------------------------------------------------------------------------------------------ family


def report_personal_assistants(rnd: random.Random, year: int) -> tuple[list, dict]:
    emp: Employer = pick_employer(rnd)
    semester = rnd.choice([1, 2])
    d = Doc(rnd, year, semester, emp)
    with_decision = rnd.random() < 0.4
    if with_decision:
        _decision(d)
    _report_title(d, with_decision)
    scheme = rnd.choice(["roman", "arabic", "cap", "plain"])
    _legal(d, scheme)
    end = _staff(d, scheme, 2)
    indemnities = _beneficiaries(d, scheme, 3, end)
    _monitoring(d, scheme, 4)
    _training(d, scheme, 5, end)
    n = 6
    if rnd.random() < 0.7:
        _money(d, scheme, n, end, indemnities)
        n += 1
    _closing(d, scheme, n)
    title = next(e.text for e in d.els if e.kind == "title")
    issuer, kind = (emp.council_alts, "consiliu_local") if with_decision else (emp.unit_alts, emp.unit_kind)
    doc = {"doc_type": "other", "title": title, "year": year, "year_end": year, "issuer": issuer,
           "issuer_kind": kind, "uat": emp.uat, "county": emp.county, "currency_unit_main": None}
    exp = {"document": doc, "services": [], "procurements": [], "subsidies": [], "trainings": d.trainings,
           "partnerships": [], "totals": d.totals, "indicators": d.indicators}
    return d.els, exp
