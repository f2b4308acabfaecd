"""Health establishments (ETABLISSEMENT): « CHU de Rouen », « CHU Grenoble-Alpes », « Hôpital Saint-Louis »,
« Clinique du Parc », « Centre hospitalier de Lens », « CH de Dax », « Hôpital européen Georges-Pompidou »,
« EHPAD Les Tilleuls », « GHU Paris », « Institut Curie », « Centre Léon Bérard », « AP-HP ».

A type of establishment followed by a capitalised proper name. Generic mentions stay in clear:
« l'hôpital », « la clinique », « le service de cardiologie », « hôpital de jour », « Centre de
Référence Maladies Rares » (a name made only of generic words is no name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.per_text import lowered
from egide.detect.places.atoms import CONNECT, TOKEN
from egide.detect.recognisers.fr.dates.base import word_starts

_ACRONYMS = (
    r"CHU|CHRU|CHR|CHIC|CHI|CHS|CHG|CHD|CH|GHU|GHT|GHI|GH|HIA|CLCC|SSR|USLD|EHPAD|Ehpad|HAD|CMPP|CMP|CATTP"
)
# Types that always mean an establishment, in any case (« hôpital Saint-Louis », « Clinique du Parc »).
_TYPES = (
    r"(?i:centre[ \t]+hospitalier(?:[ \t]+(?:universitaire|régional|intercommunal|spécialisé|général|"
    r"départemental))*|groupe(?:ment)?[ \t]+hospitalier(?:[ \t]+(?:universitaire|de[ \t]+territoire))?|"
    r"hôpitaux|hôpital|hopital|hospices?(?:[ \t]+civils)?|polyclinique|clinique)"
)
# Types that are also ordinary words (« au centre de Lyon »): only capitalised.
_CAPITALISED_TYPES = (
    r"Centre[ \t]+(?:[Mm]édical|de[ \t]+(?:[Rr]ééducation|[Rr]éadaptation|[Ss]oins|[Ss]anté|[Ll]utte[ \t]+contre"
    r"[ \t]+le[ \t]+[Cc]ancer))|Centre|CENTRE[ \t]+HOSPITALIER|HÔPITAL|HOPITAL|CLINIQUE|Institut|INSTITUT|"
    r"Fondation|Maternité|Maison[ \t]+de[ \t]+[Ss]anté|Maison[ \t]+de[ \t]+[Rr]etraite|Pôle[ \t]+de[ \t]+[Ss]anté"
)
_ADJECTIVES = (
    r"(?:privé|privée|public|publique|européen|universitaire|général|local|intercommunal|départemental|"
    r"régional|militaire|américain|franco-britannique|mutualiste|pédiatrique|psychiatrique|gériatrique|"
    r"d'instruction[ \t]+des[ \t]+armées|d['’]instruction[ \t]+des[ \t]+armées|spécialisé|médical|"
    r"hospitalier|universitaire)"
)
_LINK = r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|les|l['’]|La|Le|Les|L['’])"
_NAME = rf"{TOKEN}(?:{CONNECT}{TOKEN}){{0,5}}"

ESTABLISHMENT = re.compile(
    rf"""
    (?<![\w])
    (?P<type> {_ACRONYMS} | {_TYPES} | {_CAPITALISED_TYPES} )
    (?: [ \t]+ {_ADJECTIVES} ){{0,2}}
    (?: [ \t]* [-–] [ \t]* | [ \t]+ ) (?: {_LINK} (?:[ \t]+|(?<=['’])) )?
    (?P<name> {_NAME} )
    | (?<![\w\-]) (?P<group> AP-HP | APHP | AP-HM | APHM | HCL | Hospices[ \t]+Civils[ \t]+de[ \t]+Lyon ) (?![\w\-])
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(TOKEN, re.VERBOSE)
_WORD = re.compile(r"\b\w")
# Every type word, on the lower-cased text, followed by a non-letter.
_PREFILTER = re.compile(
    # grouped by first letter: a trie by hand, several times faster for ``re`` than a flat alternation
    r"[^a-zà-ÿ0-9_](?:c(?:hu|hru|hr|hic|hi|hs|hg|hd|h|lcc|mpp|mp|attp|entre|linique)|g(?:hu|ht|hi|h|roupement|roupe)"
    r"|h(?:ia|ad|ôpitaux|ôpital|opital|ospices|ospice|cl)|ssr|usld|ehpad|p(?:olyclinique|ôle)|institut|fondation"
    r"|m(?:aternité|aison)|a(?:p-hp|php|p-hm|phm))(?![a-zà-ÿ])"
)

# Hospitals that everyone names without « hôpital » (« suivie à Necker », « transféré à la Pitié-Salpêtrière »).
# Only names that are not also eponyms, streets or common surnames: « Cochin », « Tenon », « Trousseau »,
# « Bichat » alone are left out (« signe de Trousseau », « boule de Bichat »).
_FAMOUS_NAMES = (
    "Pitié-Salpêtrière", "Salpêtrière", "Necker-Enfants malades", "Necker", "HEGP", "Lariboisière", "Hôtel-Dieu",
    "Robert-Debré", "Henri-Mondor", "Purpan", "Rangueil", "Hautepierre", "Pontchaillou", "La Timone",
    "Croix-Rousse", "Lyon-Sud", "Édouard-Herriot", "Edouard-Herriot", "Charles-Nicolle", "Beaujon", "Bicêtre",
    "Jean-Verdier", "Ambroise-Paré", "Raymond-Poincaré", "Louis-Mourier", "Bichat-Claude-Bernard",
    "Gustave-Roussy", "Gustave Roussy",
)  # fmt: skip
# Plain literals first: ``re`` skips ahead on their first letters; the boundary before is checked in code.
FAMOUS = re.compile(
    "(?:" + "|".join(re.escape(n) for n in sorted(_FAMOUS_NAMES, key=len, reverse=True)) + r")(?![\w-])"
)

# Words that make a unit or a speciality, not a proper name (compared in lower case).
GENERIC = frozenset(
    [
        "jour",
        "nuit",
        "semaine",
        "santé",
        "soins",
        "soin",
        "référence",
        "ressources",
        "compétence",
        "compétences",
        "rééducation",
        "réadaptation",
        "réanimation",
        "urgence",
        "urgences",
        "chirurgie",
        "chirurgical",
        "chirurgicale",
        "médecine",
        "cardiologie",
        "pneumologie",
        "hospitalier",
        "hospitalière",
        "universitaire",
        "régional",
        "régionale",
        "médical",
        "médicale",
        "médicales",
        "médico",
        "psychologique",
        "social",
        "sociale",
        "ambulatoire",
        "anti",
        "cancer",
        "douleur",
        "dialyse",
        "imagerie",
        "radiologie",
        "prélèvement",
        "planification",
        "vaccination",
        "dépistage",
        "addictologie",
        "gériatrie",
        "pédiatrie",
        "psychiatrie",
        "maladies",
        "maladie",
        "rares",
        "rare",
        "sommeil",
        "mémoire",
        "brûlés",
        "grands",
        "traumatologie",
        "orthopédie",
        "neurologie",
        "oncologie",
        "hématologie",
        "néphrologie",
        "gastro",
        "entérologie",
        "gastro-entérologie",
        "endocrinologie",
        "diabétologie",
        "rhumatologie",
        "dermatologie",
        "ophtalmologie",
        "orl",
        "maternité",
        "obstétrique",
        "gynécologie",
        "néonatologie",
        "infectiologie",
        "explorations",
        "fonctionnelles",
        "consultations",
        "consultation",
        "accueil",
        "hospitalisation",
        "domicile",
        "long",
        "séjour",
        "moyen",
        "court",
        "suite",
        "suites",
        "palliatifs",
        "palliatif",
        "intensifs",
        "continus",
        "surveillance",
        "unité",
        "service",
        "pôle",
        "département",
        "bloc",
        "opératoire",
        "plateau",
        "technique",
        "laboratoire",
        "biologie",
        "pharmacie",
        "analyses",
        "anatomie",
        "pathologique",
        "cytologie",
        "nucléaire",
        "hygiène",
        "sécurité",
        "qualité",
        "direction",
        "administration",
        "recherche",
        "clinique",
        "cliniques",
        "investigation",
        "essais",
        "thérapeutiques",
        "centre",
        "hôpital",
        "public",
        "privé",
        "national",
        "nationale",
        "etat",
        "état",
        "armées",
        "spécialisé",
        "général",
        "générale",
        "gériatrique",
        "pédiatrique",
        "psychiatrique",
        "mutualiste",
        "expert",
        "experte",
        "coordination",
        "périnatal",
        "périnatale",
        "prévention",
        "information",
        "orientation",
        "évaluation",
        "diagnostic",
        "dépendance",
        "handicap",
        "autisme",
        "reference",
        "cmp",
        "cmpp",
        "smur",
        "samu",
        "sau",
        "usic",
        "usi",
        "uhcd",
        "ssr",
        "usld",
        "had",
        "entrée",
        "sortie",
        "formation",
        "éducation",
        "infirmiers",
        "infirmier",
        "infirmière",
        "enseignement",
        "lutte",
        "contre",
        "infections",
        "veille",
        "sanitaire",
        "vigilance",
        "promotion",
        "protection",
        "maternelle",
        "infantile",
        "enfance",
        "adolescence",
        "adolescents",
        "enfants",
        "adultes",
        "personnes",
        "âgées",
        "handicapées",
        "sourds",
        "aveugles",
    ]
)
# « examen clinique », « tableau clinique Typique »: « clinique » after these is an adjective.
_ADJECTIVE_USE = re.compile(
    r"(?i:examen|bilan|tableau|forme|signes?|essai|étude|recherche|évaluation|présentation|contexte|"
    r"diagnostic|stade|suivi|aspect|amélioration|état|situation|évolution|critères?|cas|pratique|"
    r"médecine|pharmacie|psychologie|biologie|infirmier|infirmière|réponse|rémission|surveillance|"
    r"données|recherches|intérêt|argument|arguments|examens)\s+$"
)


class EstablishmentRecogniser:
    """ETABLISSEMENT: a named hospital, clinic, nursing home or health centre."""

    name = "fr_establishment"

    def find(self, text: str) -> Iterator[Finding]:
        yield from self._typed(text)
        for m in FAMOUS.finditer(text):
            start = m.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_"):
                yield Finding(start, m.end(), Label.ETABLISSEMENT, 0.8, self.name)

    def _typed(self, text: str) -> Iterator[Finding]:
        """A type of establishment followed by a proper name."""
        low = lowered(text)
        starts = (
            word_starts(_PREFILTER, low) if low is not None else (m.start() for m in _WORD.finditer(text))
        )
        done = 0
        for start in starts:
            if start < done:
                continue
            m = ESTABLISHMENT.match(text, start)
            if m is None:
                continue
            if m["group"] is not None:
                done = m.end()
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.75, self.name)
                continue
            name_end = self._proper_name_end(text, m.start("name"), m.end("name"))
            if name_end is None or _ADJECTIVE_USE.search(text, max(0, m.start() - 24), m.start()):
                continue
            kind = m["type"]
            # Above a city's score, so that « CHU de Rouen » stays one establishment, not a city.
            score = 0.92 if kind[:1].isupper() else 0.9
            done = name_end
            yield Finding(m.start(), name_end, Label.ETABLISSEMENT, score, self.name)

    @staticmethod
    def _proper_name_end(text: str, start: int, end: int) -> int | None:
        """Where the proper name ends once trailing generic words are dropped; None if all are generic."""
        tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(text, start, end)]
        while tokens and text[tokens[-1][0] : tokens[-1][1]].lower() in GENERIC:
            tokens.pop()
        if not tokens:
            return None
        return tokens[-1][1]
