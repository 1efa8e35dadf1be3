"""Vocabulary of the staff-training family (``training_plan.py``): staff categories, kinds of training, themes,
providers, periods, durations and the legal basis a directorate's annual training plan cites.

Written blind (from what a directorate's human-resources office prints, not from the pipeline's vocabulary). Every
pool lists forms that mean ONE thing, so a document built from any member has the same expected values.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Staff", "STAFF_DGASPC", "STAFF_DAS", "KIND_WORDS", "KIND_HEADINGS", "KIND_COLUMN", "THEMES",
           "PROVIDERS", "PERIODS", "QUARTERS", "LEGAL_BASIS", "SOURCES"]


@dataclass(frozen=True)
class Staff:
    """A staff category as plans print it (plural, lower case inside a cell), with its COR occupation code."""

    plural: str
    cor: str

    @property
    def heading(self) -> str:  # "Asistenți sociali"
        return self.plural[:1].upper() + self.plural[1:]


# a county DGASPC's staff (child protection and adults with disabilities)
STAFF_DGASPC = [Staff("asistenți sociali", "263501"), Staff("psihologi", "263411"),
                Staff("educatori specializați", "234204"), Staff("asistenți maternali profesioniști", "531101"),
                Staff("infirmiere", "532103"), Staff("personal de îngrijire", "532201"),
                Staff("kinetoterapeuți", "226405"), Staff("asistenți medicali", "325901"),
                Staff("consilieri juridici", "261103"), Staff("inspectori de specialitate", "242203"),
                Staff("personal de conducere", "112029"), Staff("pedagogi de recuperare", "235903")]
# a municipal DAS's / a town SPAS's staff (benefits, home care, personal assistants)
STAFF_DAS = [Staff("asistenți sociali", "263501"), Staff("psihologi", "263411"),
             Staff("îngrijitori la domiciliu", "532201"), Staff("asistenți personali profesioniști", "532203"),
             Staff("asistenți personali ai persoanelor cu handicap grav", "532204"),
             Staff("referenți", "331309"), Staff("inspectori de specialitate", "242203"),
             Staff("lucrători sociali", "341201"), Staff("mediatori sanitari", "325904"),
             Staff("educatori", "234201"), Staff("personal administrativ", "411001")]

# the contract's training_kind -> the words a cell prints for it ("other": specialisation, initiation,
# supervision, conferences — forms of training the contract's list does not name)
KIND_WORDS = {
    "perfectionare": ["perfecționare", "curs de perfecționare", "program de perfecționare", "Perfecționare"],
    "calificare": ["calificare", "curs de calificare", "program de calificare profesională", "Calificare"],
    "instruire": ["instruire", "instruire internă", "sesiune de instruire", "Instruire la locul de muncă"],
    "other": ["specializare", "curs de specializare", "inițiere", "curs de inițiere", "supervizare",
              "supervizare profesională", "conferință", "seminar", "atelier de lucru (workshop)"],
}
# a section heading naming the kind of the courses under it
KIND_HEADINGS = {
    "perfectionare": ["Programe de perfecționare profesională", "Cursuri de perfecționare",
                      "Perfecționarea personalului de specialitate"],
    "calificare": ["Cursuri de calificare", "Programe de calificare profesională"],
    "instruire": ["Instruiri interne", "Sesiuni de instruire organizate cu formatori proprii",
                  "Instruirea personalului la locul de muncă"],
    "other": ["Supervizare profesională", "Cursuri de specializare", "Conferințe, seminarii și ateliere de lucru",
              "Cursuri de inițiere"],
}
# a column of head counts per kind
KIND_COLUMN = {"perfectionare": ["Perfecționare", "Nr. pers. perfecționare", "Cursuri de perfecționare"],
               "calificare": ["Calificare", "Nr. pers. calificare", "Cursuri de calificare"],
               "instruire": ["Instruire", "Nr. pers. instruire", "Instruiri interne"],
               "other": ["Specializare", "Cursuri de specializare", "Supervizare"]}

THEMES = {
    "perfectionare": ["Managementul de caz în protecția copilului", "Prevenirea și combaterea violenței domestice",
                      "Evaluarea complexă a persoanelor adulte cu dizabilități", "Etica și deontologia profesiei de "
                      "asistent social", "Standarde minime de calitate pentru serviciile sociale",
                      "Intervenția în situații de abuz, neglijare și exploatare a copilului",
                      "Consilierea familiei în situații de criză", "Protecția datelor cu caracter personal (GDPR)",
                      "Elaborarea planului individualizat de protecție"],
    "calificare": ["Îngrijitor bătrâni la domiciliu", "Infirmier(ă)", "Lucrător social", "Asistent maternal "
                   "profesionist", "Îngrijitoare copii", "Mediator sanitar", "Bucătar"],
    "instruire": ["Prim ajutor", "Securitate și sănătate în muncă", "Situații de urgență (PSI)",
                  "Procedurile operaționale ale serviciului", "Utilizarea aplicației informatice de gestiune a "
                  "dosarelor", "Prevenirea riscurilor de sufocare și cădere la persoanele imobilizate",
                  "Regulamentul intern și codul de conduită"],
    "other": ["Supervizare de grup pentru specialiștii din centrele rezidențiale", "Terapie ocupațională",
              "Tehnici de comunicare cu copilul cu tulburări din spectrul autist", "Conferința națională a "
              "asistenților sociali", "Managementul stresului și prevenirea epuizării profesionale (burnout)",
              "Abilitare și reabilitare", "Limbaj mimico-gestual"],
}

PROVIDERS = ["Colegiul Național al Asistenților Sociali din România – Filiala {county}",
             "furnizor autorizat ANC (autorizația seria {letters} nr. {n:06d})",
             "formatori interni ai direcției", "Asociația pentru Formare Continuă {nick}",
             "Universitatea din {county} – Departamentul de Asistență Socială", "formatori proprii",
             "furnizor de formare profesională autorizat, selectat prin achiziție directă",
             "Agenția Județeană pentru Ocuparea Forței de Muncă {county}"]

QUARTERS = ["Trimestrul I", "Trimestrul II", "Trimestrul III", "Trimestrul IV"]
PERIODS = ["trim. I", "trim. II", "trim. III", "trim. IV", "martie–aprilie {year}", "mai {year}",
           "septembrie {year}", "octombrie–noiembrie {year}", "semestrul I", "semestrul II",
           "pe parcursul anului", "iunie {year}"]
DURATIONS = ["40 ore", "24 ore", "5 zile", "3 zile", "16 ore (2 zile)", "60 ore", "8 ore", "120 ore", "2 zile"]
CREDITS = ["15 credite", "20 credite", "10 credite", "-", "5 credite", "25 credite"]

LEGAL_BASIS = [
    "Legea nr. 53/2003 – Codul muncii, republicată, cu modificările și completările ulterioare, art. 192–198;",
    "Legea asistenței sociale nr. 292/2011, cu modificările și completările ulterioare;",
    "Legea nr. 466/2004 privind Statutul asistentului social, potrivit căreia asistentul social are obligația de a "
    "acumula anual un număr minim de credite de formare profesională continuă;",
    "Legea nr. 272/2004 privind protecția și promovarea drepturilor copilului, republicată, și H.G. nr. 679/2003 "
    "privind condițiile de obținere a atestatului de asistent maternal profesionist (formarea obligatorie a "
    "asistenților maternali);",
    "H.G. nr. 867/2015 pentru aprobarea Nomenclatorului serviciilor sociale;",
    "Ordonanța Guvernului nr. 129/2000 privind formarea profesională a adulților, republicată;",
    "Legea nr. 188/1999 privind Statutul funcționarilor publici și O.U.G. nr. 57/2019 privind Codul administrativ, "
    "art. 458;",
    "Ordinul ANC nr. 353/5202/2003 pentru aprobarea Metodologiei de autorizare a furnizorilor de formare "
    "profesională a adulților;",
]

SOURCES = ["buget propriu", "bugetul local", "bugetul județean", "fonduri externe nerambursabile",
           "buget propriu (titlul 20, art. 20.13)", "sponsorizări"]
