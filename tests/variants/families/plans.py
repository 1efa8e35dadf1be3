"""Plan families: a commune's plan, a town's or municipality's directorate plan, a county DGASPC plan and a
council decision that wraps a plan as its annex. Each returns (elements, expected) for one seed."""
from __future__ import annotations

import random

from make_variants import El, h, p, title

from . import pools
from .places import issuer_for, pick_county, pick_place
from .programmes import contracting, information, partnerships, subsidies, trainings
from .services import Ctx, existing_services, proposed_services

__all__ = ["plan_commune", "plan_municipality_das", "plan_county_dgaspc", "council_decision_with_plan"]


def _plan_title(rnd: random.Random, payer: str, year: int) -> list[El]:
    """The template's title in its printed forms; `payer` is 'Consiliului Local al Comunei X' etc."""
    form = rnd.randrange(4)
    if form == 0:
        return [title(f"PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
                      f"{payer} pentru anul {year}")]
    if form == 1:
        return [title("PLANUL ANUAL DE ACȚIUNE"),
                p(f"privind serviciile sociale administrate și finanțate din bugetul {payer} pentru anul {year}")]
    if form == 2:
        return [title(f"PLAN ANUAL DE ACȚIUNE PENTRU ANUL {year}"),
                p(f"privind serviciile sociale administrate și finanțate din bugetul {payer}")]
    return [title(f"Planul anual de acțiune privind serviciile sociale administrate și finanțate de {payer} "
                  f"pe anul {year}")]


def _plan_body(ctx: Ctx, allow_annex: bool, partners_first: bool) -> tuple[list[El], dict]:
    """Cap. I–III and the partnerships; expected datasets (no 'document')."""
    rnd = ctx.rnd
    exp: dict = {"services": [], "procurements": [], "subsidies": [], "trainings": [], "partnerships": [],
                 "totals": []}
    els: list[El] = []
    p_els, exp["partnerships"] = partnerships(ctx)
    if partners_first:
        els += p_els
    ctx.scheme = rnd.choice([k for k in pools.SECTIONS if allow_annex or k != "annex"])
    els.append(h(rnd.choice(pools.S_CHAPTER1)))
    els.append(h(ctx.section("existing")))
    a_els, a_gold, a_tot, _ = existing_services(ctx)
    els += a_els
    exp["services"] += a_gold
    exp["totals"] += a_tot
    els.append(h(ctx.section("proposed")))
    b_els, b_gold, _ = proposed_services(ctx)
    els += b_els
    exp["services"] += b_gold
    c_els, c_gold, _ = contracting(ctx)
    els += c_els
    exp["procurements"] = c_gold
    d_els, d_gold, d_tot = subsidies(ctx)
    els += d_els
    exp["subsidies"] = d_gold
    exp["totals"] += d_tot
    els += information(ctx)
    t_els, t_gold, t_tot = trainings(ctx)
    els += t_els
    exp["trainings"] = t_gold
    exp["totals"] += t_tot
    if not partners_first:
        els += p_els
    return els, exp


def _document(doc_type: str, year: int, issuer: str, kind: str, uat: str, county: str, unit: str) -> dict:
    return dict(doc_type=doc_type, year=year, year_end=year, issuer=issuer, issuer_kind=kind, uat=uat,
                county=county, currency_unit_main=unit)


def _signature(rnd: random.Random, who: str) -> list[El]:
    first = rnd.choice(["Ion", "Maria", "Gheorghe", "Elena", "Vasile", "Ana", "Mihai", "Ioana"])
    last = rnd.choice(["Popescu", "Ionescu", "Munteanu", "Stan", "Dumitru", "Lazăr", "Ciobanu", "Rusu"])
    return [p(f"{who},"), p(f"{first} {last}")]


def plan_commune(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    town = pick_place(rnd, ("comuna",))
    ctx = Ctx(rnd, town, town.county, year, "lei")
    compartment = rnd.random() < 0.5
    head = [p("ROMÂNIA"), p(f"JUDEȚUL {town.county.upper()}"), p(f"PRIMĂRIA {town.genitive.upper()}")]
    if compartment:
        head.append(p("Compartimentul de asistență socială"))
    payer = rnd.choice([f"Consiliului Local al {town.genitive}", f"{town.genitive}", f"Consiliului Local {town.name}"])
    els = head + _plan_title(rnd, payer, year)
    els.append(p(f"Planul a fost elaborat de Compartimentul de asistență socială din cadrul Primăriei {town.genitive} "
                 f"în conformitate cu prevederile art. 118 din Legea asistenței sociale nr. 292/2011 și ale H.G. nr. "
                 f"797/2017."))
    body, exp = _plan_body(ctx, allow_annex=True, partners_first=rnd.random() < 0.5)
    els += body + _signature(rnd, "Primar")
    issuer = f"{issuer_for('primarie', town)} || {issuer_for('compartiment', town)}"
    exp["document"] = _document("plan_anual", year, issuer, "primarie || SPAS", town.uat, town.county, "lei")
    return els, exp


def plan_municipality_das(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    town = pick_place(rnd, ("oras", "municipiu", "municipiu"))
    unit = rnd.choice(["lei", "lei", "mii lei"])
    ctx = Ctx(rnd, town, town.county, year, unit)
    kind = "DAS" if town.kind == "municipiu" and rnd.random() < 0.8 else "SPAS"
    issuer = issuer_for(kind, town)
    if rnd.random() < 0.5:
        head = [p("ROMÂNIA"), p(f"{town.uat.upper()}"), p(issuer.split(" a ")[0].split(" al ")[0].upper())]
    else:
        head = [p(f"JUDEȚUL {town.county.upper()}"), p(issuer.upper())]
    payer = f"Consiliului Local al {town.genitive}"
    els = head + _plan_title(rnd, payer, year)
    els.append(p(f"{issuer} elaborează prezentul plan în conformitate cu strategia locală de dezvoltare a serviciilor "
                 f"sociale și cu prevederile Legii nr. 292/2011 a asistenței sociale."))
    body, exp = _plan_body(ctx, allow_annex=True, partners_first=rnd.random() < 0.4)
    els += body + _signature(rnd, "Director executiv")
    exp["document"] = _document("plan_anual", year, issuer, kind, town.uat, town.county, unit)
    return els, exp


def plan_county_dgaspc(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    county = pick_county(rnd)
    unit = rnd.choice(["mii lei", "mii lei", "lei"])
    ctx = Ctx(rnd, None, county, year, unit, county_level=True)
    issuer = issuer_for("DGASPC", county=county)
    head = [p("ROMÂNIA"), p(f"CONSILIUL JUDEȚEAN {county.upper()}"), p(issuer.upper())]
    els = head + _plan_title(rnd, f"Consiliului Județean {county}", year)
    els.append(p(f"Prezentul plan a fost elaborat de {rnd.choice([issuer, f'D.G.A.S.P.C. {county}'])} în baza "
                 f"Ordinului nr. 1086/2018 privind aprobarea modelului-cadru al Planului anual de acțiune."))
    body, exp = _plan_body(ctx, allow_annex=True, partners_first=False)
    els += body + _signature(rnd, "Director general")
    exp["document"] = _document("plan_anual", year, issuer, "DGASPC", f"Județul {county}", county, unit)
    return els, exp


def council_decision_with_plan(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    town = pick_place(rnd, ("comuna", "comuna", "oras"))
    ctx = Ctx(rnd, town, town.county, year, "lei")
    number = rnd.randint(5, 140)
    day, month = rnd.randint(1, 28), rnd.choice(["ianuarie", "februarie", "martie", "aprilie"])
    plan_ref = (f"Planul anual de acțiune privind serviciile sociale administrate și finanțate din bugetul "
                f"{town.genitive} pentru anul {year}")
    if rnd.random() < 0.5:  # the local council approves its plan
        els = [p("ROMÂNIA"), p(f"JUDEȚUL {town.county.upper()}"), p(f"CONSILIUL LOCAL AL {town.genitive.upper()}"),
               title(f"HOTĂRÂREA nr. {number} din {day} {month} {year}"), p(f"privind aprobarea {plan_ref}"),
               p(f"Consiliul Local al {town.genitive}, întrunit în ședință ordinară;"),
               p("Având în vedere prevederile art. 118 din Legea asistenței sociale nr. 292/2011 și ale H.G. nr. "
                 "797/2017 privind aprobarea regulamentelor-cadru de organizare și funcționare a serviciilor publice "
                 "de asistență socială;"),
               p("HOTĂRĂȘTE:"),
               p(f"Art. 1. Se aprobă {plan_ref}, prevăzut în anexa nr. 1, care face parte integrantă din prezenta "
                 f"hotărâre."),
               p(f"Art. 2. Cu ducerea la îndeplinire a prezentei hotărâri se încredințează Primarul {town.genitive}."),
               p("PREȘEDINTE DE ȘEDINȚĂ,"), p("CONTRASEMNEAZĂ SECRETARUL GENERAL,")]
    else:  # the county council's advisory opinion on the commune's plan
        els = [p("ROMÂNIA"), p(f"JUDEȚUL {town.county.upper()}"), p("CONSILIUL JUDEȚEAN"), title("HOTĂRÂRE"),
               p(f"cu privire la emiterea avizului consultativ pentru {plan_ref}"),
               p(f"Consiliul Județean {town.county};"),
               p("Având în vedere prevederile art. 118 alin. (1) și (3) din Legea asistenței sociale nr. 292/2011 și "
                 "Ordinul nr. 1086/2018;"),
               p("HOTĂRĂȘTE:"),
               p(f"Art. 1. Se emite avizul consultativ favorabil pentru {plan_ref}, prevăzut în anexa care face parte "
                 f"integrantă din prezenta hotărâre."),
               p("PREȘEDINTE"), p(f"Nr. {number} din {day} {month} {year}")]
    els.append(p(rnd.choice(["Anexa nr. 1", f"Anexa la Hotărârea nr. {number}/{year}", "ANEXA"])))
    els += _plan_title(rnd, f"Consiliului Local al {town.genitive}", year)
    body, exp = _plan_body(ctx, allow_annex=False, partners_first=rnd.random() < 0.5)
    els += body
    issuer = " || ".join([issuer_for("primarie", town), issuer_for("consiliu_local", town),
                          issuer_for("compartiment", town)])
    exp["document"] = _document("hotarare_aviz_plan", year, issuer, "primarie || consiliu_local || SPAS", town.uat,
                                town.county, "lei")
    return els, exp
