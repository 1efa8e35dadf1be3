"""Vocabulary of ``report_social_benefits``: the benefits a town hall's social-assistance office administers, how its
reports name them, the laws and thresholds they cite, and the wordings of its titles and sentences."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Benefit", "BENEFITS", "MONTHS", "MONTHS_SHORT", "QUARTERS", "SERVICES", "TITLES", "LEGAL_BASIS",
           "THRESHOLDS", "CLOSINGS", "DIRECTORS"]


@dataclass(frozen=True)
class Benefit:
    """One benefit: its key, printed names (before / from 2024, when the VMI law replaced aid and allowance), the
    law printed beside it, the average monthly amount per beneficiary (lei), the range of monthly beneficiaries,
    whether the town hall pays it (False: it only prepares the files, another body pays), months it is paid in
    (None: all)."""

    key: str
    names_old: tuple[str, ...]
    names_new: tuple[str, ...]
    law_old: str
    law_new: str
    per_head: tuple[int, int]
    heads: tuple[int, int]
    paid_here: bool = True
    months: tuple[int, ...] | None = None
    short: str = ""

    def name(self, rnd, year: int) -> str:
        return rnd.choice(self.names_new if year >= 2024 else self.names_old)

    def law(self, year: int) -> str:
        return self.law_new if year >= 2024 else self.law_old


BENEFITS = [
    Benefit("vmi", ("ajutor social", "ajutorul social pentru asigurarea venitului minim garantat",
                    "venit minim garantat (ajutor social)"),
            ("venit minim de incluziune – componenta ajutor de incluziune", "ajutor de incluziune (VMI)",
             "venitul minim de incluziune"),
            "Legea nr. 416/2001", "Legea nr. 196/2016", (180, 420), (25, 160), short="ajutor social / VMI"),
    Benefit("asf", ("alocația pentru susținerea familiei", "alocație pentru susținerea familiei"),
            ("venit minim de incluziune – componenta ajutor pentru familia cu copii",
             "ajutor pentru familia cu copii (VMI)"),
            "Legea nr. 277/2010", "Legea nr. 196/2016", (120, 260), (20, 140), short="sprijin familie"),
    Benefit("alocatie", ("alocația de stat pentru copii – dosare întocmite", "dosare alocație de stat pentru copii"),
            ("alocația de stat pentru copii – dosare întocmite", "dosare alocație de stat pentru copii"),
            "Legea nr. 61/1993", "Legea nr. 61/1993", (0, 0), (3, 25), paid_here=False, short="alocație de stat"),
    Benefit("incalzire", ("ajutoare pentru încălzirea locuinței", "ajutor pentru încălzirea locuinței cu lemne"),
            ("ajutoare pentru încălzirea locuinței", "supliment pentru energie / ajutor de încălzire"),
            "O.U.G. nr. 70/2011", "Legea nr. 226/2021", (60, 260), (30, 220), months=(1, 2, 3, 11, 12),
            short="încălzire"),
    Benefit("urgenta", ("ajutoare de urgență", "ajutoare de urgență acordate din bugetul local"),
            ("ajutoare de urgență", "ajutoare de urgență acordate din bugetul local"),
            "art. 28 din Legea nr. 416/2001", "art. 41 din Legea nr. 196/2016", (400, 1500), (0, 6),
            short="urgență"),
    Benefit("inmormantare", ("ajutoare de înmormântare",), ("ajutoare de înmormântare",),
            "art. 28 alin. (3) din Legea nr. 416/2001", "art. 42 din Legea nr. 196/2016", (800, 1500), (0, 3),
            short="înmormântare"),
    Benefit("indemnizatie", ("indemnizații lunare pentru persoanele cu handicap grav",
                             "indemnizația lunară a persoanei cu handicap grav (în locul asistentului personal)"),
            ("indemnizații lunare pentru persoanele cu handicap grav",
             "indemnizația lunară a persoanei cu handicap grav (în locul asistentului personal)"),
            "art. 37 alin. (3) din Legea nr. 448/2006", "art. 37 alin. (3) din Legea nr. 448/2006",
            (1900, 2700), (10, 90), short="indemnizații handicap"),
    Benefit("asistenti", ("salariile asistenților personali ai persoanelor cu handicap grav",
                          "asistenți personali ai persoanelor cu handicap grav"),
            ("salariile asistenților personali ai persoanelor cu handicap grav",
             "asistenți personali ai persoanelor cu handicap grav"),
            "art. 35 din Legea nr. 448/2006", "art. 35 din Legea nr. 448/2006", (3200, 4200), (5, 60),
            short="asistenți personali"),
    Benefit("cantina", ("masa la cantina socială", "porții de hrană la cantina socială"),
            ("masa la cantina socială", "porții de hrană la cantina socială"),
            "Legea nr. 208/1997", "Legea nr. 208/1997", (250, 420), (20, 90), short="cantină socială"),
]

MONTHS = ["Ianuarie", "Februarie", "Martie", "Aprilie", "Mai", "Iunie", "Iulie", "August", "Septembrie",
          "Octombrie", "Noiembrie", "Decembrie"]
MONTHS_SHORT = ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec."]
QUARTERS = ["Trim. I", "Trim. II", "Trim. III", "Trim. IV"]

# social services a town hall runs: name pool, canonical code (Nomenclator), capacity range
SERVICES = [
    (("Serviciul de îngrijire la domiciliu pentru persoane vârstnice", "Unitatea de îngrijiri la domiciliu"),
     "8810 ID-I", (15, 60)),
    (("Cantina socială", "Cantina de ajutor social"), "8899 CPDH-I", (40, 150)),
    (("Centrul de zi pentru persoane vârstnice (club)", "Clubul pensionarilor"), "8810 CZ-V-II", (20, 80)),
    (("Centrul de zi pentru copii", "Centrul de zi pentru copii aflați în situație de risc"), "8891 CZ-C-II",
     (15, 50)),
    (("Serviciul de masă pe roți", "Masa pe roți pentru vârstnici"), "8899 CPDH-II", (10, 40)),
]

TITLES = {
    "anual": [
        "RAPORT privind activitatea de acordare a beneficiilor de asistență socială în anul {y}",
        "RAPORT ANUAL privind beneficiile de asistență socială acordate în anul {y}",
        "INFORMARE privind acordarea beneficiilor de asistență socială și a serviciilor sociale în anul {y}",
        "SITUAȚIA beneficiilor de asistență socială acordate de {who} în anul {y}",
    ],
    "semestrial": [
        "RAPORT privind acordarea beneficiilor de asistență socială în semestrul {s} al anului {y}",
        "INFORMARE privind activitatea de asistență socială în semestrul {s} {y}",
        "SITUAȚIA beneficiarilor de prestații sociale în semestrul {s} al anului {y}",
    ],
    "trimestrial": [
        "SITUAȚIA beneficiarilor de prestații sociale în trimestrul {q} al anului {y}",
        "INFORMARE privind acordarea beneficiilor de asistență socială în trimestrul {q} {y}",
        "RAPORT trimestrial privind beneficiile de asistență socială – trimestrul {q} {y}",
    ],
}

LEGAL_BASIS = [
    "Legea asistenței sociale nr. 292/2011, cu modificările și completările ulterioare",
    "Legea nr. 448/2006 privind protecția și promovarea drepturilor persoanelor cu handicap, republicată",
    "Legea nr. 208/1997 privind cantinele de ajutor social",
    "H.G. nr. 1.488/2022 pentru aprobarea Normelor metodologice de aplicare a Legii nr. 196/2016",
    "O.U.G. nr. 70/2011 privind măsurile de protecție socială în perioada sezonului rece",
    "Legea nr. 226/2021 privind stabilirea măsurilor de protecție socială pentru consumatorul vulnerabil de energie",
    "H.G. nr. 50/2011 pentru aprobarea Normelor metodologice de aplicare a Legii nr. 416/2001",
]

THRESHOLDS = [
    "Nivelul de referință al indicatorului social de referință (ISR) este de {isr} lei, iar venitul net lunar "
    "luat în calcul nu poate depăși 0,2 ISR pentru o persoană singură.",
    "Pragul de venit pentru acordarea ajutorului de încălzire este de {prag} lei/membru de familie.",
    "Cuantumul ajutorului de urgență stabilit prin H.C.L. nr. {hcl}/{date} este de maximum {max} lei/familie.",
    "Valoarea alocației zilnice de hrană la cantina socială este de {alloc} lei/persoană/zi.",
]

CLOSINGS = ["Întocmit,", "Șef serviciu,", "Director executiv,", "Inspector asistență socială,"]
DIRECTORS = ["Maria Popescu", "Ioana Dumitru", "Elena Stan", "Gheorghe Ionescu", "Mihaela Constantin",
             "Vasile Moldovan", "Adriana Munteanu", "Cristina Lungu"]
