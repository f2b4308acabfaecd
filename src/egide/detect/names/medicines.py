"""Medicines, substances, laboratories and countries: words the lists and the model must not take
for people.

« sous Tysabri depuis 2019 », « relais par Eliquis », « Eli Lilly Nederland », « Lietuva »: a word
that the public medicine database names as a medicine, an active substance or a laboratory, or a
country, is never a person found by the word lists or the model. A title or another person cue
still makes it one (« M. Doliprane », « Dr Lasilix »): those rules (:mod:`context`) run before and
are not vetoed. Four rules, all marking words as taken before the lists and the model read them:

1. a phrase of the lists (« eli lilly », « pierre fabre », « united kingdom », and the whole names
   of medicines and substances: « Coca Boiron », « Chardon Marie », « Fer Arrow »): always;
2. a word of the lists that no name list holds (« tysabri », « biogaran », « deutschland »): always;
   one that a name list also holds (« Diane », « Teva », « Italia ») only next to a vetoed word or a
   company form (« Lilly Deutschland », « Teva Pharma »), or where the text says it is a medicine;
3. a company: up to three capitalised words before a company form (« Genesis Pharma », « Medison
   Pharma », « Allphar Ltd ») or after « Laboratoires »;
4. a medicine that the database does not know (a newer or a veterinary one): a capitalised word
   that the text itself calls a medicine (« Refludan est un médicament », « traitement par
   Quixidar », « Ionsys 40 µg »), then every other occurrence of it in the text.

A study or a trial named in capitals right after its noun (« l'enquête MONICA », « l'essai
ACCORD ») is no person either.

The lists are built by ``scripts/build_medicine_lists.py`` from the ANSM's « base de données
publique des médicaments » (Licence Ouverte, Etalab) and the ISO 3166 country names, and shipped in
``data/medicines.txt.gz``.
"""

from __future__ import annotations

import re
from functools import cache

from egide.detect.names import cues
from egide.detect.names.lexicon import data_lines, fold
from egide.detect.names.reader import Lexicon, dose_follows
from egide.detect.names.species import mark_species
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words as _words

_FILE = "medicines.txt.gz"
# The longest phrase looked for, in words (« bristol myers squibb », « czech republic », « arnica
# montana teinture mere boiron »: the names of the database are kept up to six words).
_MAX_PHRASE = 6
# How many capitalised words a company name has before its form (« Genesis Pharma Cyprus »).
_MAX_COMPANY = 3

#: Company forms, as written (case matters: « AG », « Ltd », not « ag » or « ltd »).
COMPANY_FORMS = _words(
    """
    Pharma PHARMA Farma FARMA Pharmaceuticals PHARMACEUTICALS Pharmaceutical Pharmaceutica Ltd LTD
    Limited GmbH GMBH AG BV B.V NV Inc INC Plc PLC plc Oy Kft Lda SpA Srl Healthcare HEALTHCARE
    Laboratories LABORATORIES Corporation Biotech Biologicals Pharmaceutique Pharmaceutiques
    Arzneimittel Generics Generiques Génériques ApS Health
    """
)
#: Company forms written with dots, read as their letters (« S.A. », « N . V . », « s.r.o. »).
_DOTTED_FORMS = _words("sa nv bv spa sro srl sl sas gmbh ag ab as oy")
#: Contact labels of address lists (« Brussels Tel .: + 32 … »), before a colon or a dot.
_CONTACT_LABELS = _words("tel tél fax telephone telefon phone")
#: Words before a company name (« Laboratoires Servier », « Laboratorios Cinfa »).
_COMPANY_BEFORE = _words("laboratoires laboratorios laboratorio laboratori laboratoria")

# What the text says of a medicine right after its name (folded words, the first one is looked up).
# Classes of medicines: « X est un anticoagulant », « X est une hormone ».
_CLASSES = _words(
    """
    medicament vaccin antibiotique antiviral antiretroviral anticoagulant antalgique analgesique
    anti-inflammatoire antidepresseur antipsychotique neuroleptique anxiolytique hypnotique
    antiepileptique anticonvulsivant antihypertenseur diuretique hormone anticorps immunosuppresseur
    inhibiteur antagoniste agoniste antihistaminique antiemetique antifongique antiparasitaire
    antiagregant bronchodilatateur corticoide insuline cytotoxique anticancereux chimiotherapie
    solution suspension
    """
)
_AFTER = tuple(
    tuple(p.split())
    for p in (
        *(f"est {a} {c}" for a in ("un", "une") for c in sorted(_CLASSES)),
        "est indique",
        "est indiquee",
        "est-il indique",
        "est reserve",
        "est reservee",
        "est contre-indique",
        "est utilise",
        "est-il utilise",
        "est-elle utilisee",
        "est administre",
        "est-il administre",
        "contient",
        "se presente sous",
        "agit-il",
        "fonctionne-t-il",
        # a treatment stopped, started or changed (« Noctran arrêté », « Xeplion débuté en mai »): the
        # participle of a prescription's change after the medicine's name
        *(
            f"{v}{e}"
            for v in ("arrete", "suspendu", "introduit", "instaure", "debute", "majore", "stoppe", "relaye")
            for e in ("", "e")
        ),
        # what a note says of a treatment (« Kardegic à poursuivre », « Tobi à arrêter »)
        *(
            f"a {v}"
            for v in (
                "poursuivre",
                "continuer",
                "arreter",
                "reprendre",
                "suspendre",
                "augmenter",
                "diminuer",
                "renouveler",
            )
        ),
    )
)
# By first word, then by length: the words of the text are looked up as one tuple per length (« de »
# ends fourteen phrases of two or three words: two lookups instead of fourteen comparisons).
_AFTER_BY_FIRST: dict[str, dict[int, set[tuple[str, ...]]]] = {}
for _p in _AFTER:
    _AFTER_BY_FIRST.setdefault(_p[0], {}).setdefault(len(_p), set()).add(_p)
# What comes before a medicine's name (the last word is looked up first).
_BEFORE = tuple(
    tuple(p.split())
    for p in (
        "traitement par",
        "traite par",
        "traitee par",
        "traites par",
        "traitees par",
        "relais par",
        "sous",
        "principe actif de",
        "principe actif du",
        "comprimes de",
        "gelules de",
        "injection de",
        "perfusion de",
        "arret du",
        "arret de",
        "introduction du",
        "introduction de",
        "posologie de",
        "posologie du",
        "utilisation de",
        "utilisation du",
        # what a note says of a treatment (« bonne efficacité de X », « reprise du X »)
        *(
            f"{n} {p}"
            for n in (
                "efficacite",
                "tolerance",
                "reprise",
                "poursuite",
                "majoration",
                "diminution",
                "prescription",
                "relais",
            )
            for p in ("de", "du")
        ),
    )
)
# Labels of a list of medicines, before a colon (« Traitement : LEELOO », « Ordonnance : CASSIS »).
_LABELS = frozenset({"traitement", "traitements", "ordonnance", "prescription", "prescriptions"})
_BEFORE_BY_LAST: dict[str, dict[int, set[tuple[str, ...]]]] = {}
for _p in _BEFORE:
    _BEFORE_BY_LAST.setdefault(_p[-1], {}).setdefault(len(_p), set()).add(_p)


@cache
def _entries_by_kind() -> dict[str, frozenset[str]]:
    """The entries of the medicine file by kind (``M``, ``L``, ``C``, ``P``: see its header), read once
    for the three views below."""
    by_kind: dict[str, set[str]] = {}
    for line in data_lines(_FILE):
        kind, _, entry = line.partition("\t")
        by_kind.setdefault(kind, set()).add(entry)
    return {kind: frozenset(entries) for kind, entries in by_kind.items()}


@cache
def medicine_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """``(words, phrases, places, countries)``: folded words of medicines, substances, laboratories
    and countries; the names of several words (« pierre fabre », « eli lilly », « united kingdom »);
    the words of laboratory names and the countries (« lilly », « luxembourg »); the countries."""
    single: set[str] = set()
    phrases: set[str] = set()
    labs: set[str] = set()
    countries: set[str] = set()
    for kind, entries in _entries_by_kind().items():
        for entry in entries:
            if kind == "L":
                # « biogen » of « biogen netherlands »: a laboratory's distinctive word alone
                labs.update(w for w in entry.split() if len(w) > 3 or w == entry)
            if " " in entry:
                phrases.add(entry)
            else:
                single.add(entry)
                if kind == "C":
                    labs.add(entry)
                    countries.add(entry)
    return frozenset(single | labs), frozenset(phrases), frozenset(labs), frozenset(countries)


def phrase_key(keys: list[str]) -> str:
    """Words as the phrases of the lists are written: hyphens as spaces, an elided article glued to
    its word."""
    return " ".join(keys).replace("-", " ").replace("' ", "'")


@cache
def medicine_phrases() -> frozenset[str]:
    """The whole names of medicines and substances of several words (« coca boiron », « chardon
    marie »), apart from the laboratories and countries of several words."""
    return _entries_by_kind().get("P", frozenset())


@cache
def laboratory_names() -> frozenset[str]:
    """Folded laboratory names (« eli lilly », « biogen netherlands », « pfizer »): a company's name
    on the line of an address (:mod:`egide.detect.organisations`)."""
    return _entries_by_kind().get("L", frozenset())


@cache
def medicine_names() -> frozenset[str]:
    """Folded single words that name a medicine or an active substance in the public medicine
    database (« amoxicilline », « doliprane »): the assistant highlights them in answers."""
    return frozenset(e for e in _entries_by_kind().get("M", frozenset()) if " " not in e)


# Nouns that a study, a trial or a register names in capitals right after them (« l'étude SPRINT »,
# « l'essai ACCORD », « la cohorte CONSTANCES », « l'observatoire STATIMED »).
_STUDY_NOUNS = _words(
    """
    etude etudes essai essais enquete enquetes observatoire registre cohorte programme projet reseau
    trial study
    """
)


def _mark_studies(toks: list[Token], taken: list[bool]) -> None:
    """Set ``taken`` on the name in capitals of a study, a trial or a register, right after its noun
    written in lower case (not on a line in capitals, where every word is), and on the other names of
    the list it opens (« les essais ARISTOTLE (apixaban), RE-LY (dabigatran) et ROCKET AF »)."""
    for k in range(1, len(toks)):
        t = toks[k]
        if (
            t.shape in "UX"
            and len(t.key) >= 3
            and not t.loud
            and not taken[k]
            and (
                (t.gap_before == " " and toks[k - 1].key in _STUDY_NOUNS and toks[k - 1].shape in "LC")
                or _study_noun_labels(toks, k)
            )
        ):
            taken[k] = True
            _mark_listed_studies(toks, taken, k)


def _study_noun_labels(toks: list[Token], k: int) -> bool:
    """« Essais de référence : DAPA-HF, … », « Étude : ESPRIT-PAD »: the study's noun labels the field
    whose value is the name (its lower-case complement between), on the same line."""
    if toks[k].gap_before.strip() != ":":
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        if toks[j].key in _STUDY_NOUNS and toks[j].shape in "LC":
            return True
        if toks[j].shape != "L" or "\n" in toks[j + 1].gap_before:
            return False
    return False


# What stands between two names of a list of studies: a number, the medicine tested in brackets (in lower
# case), then a comma, « et », « ou », or a space inside one name (« ROCKET AF », « AF-TIMI 48 »).
_BETWEEN_STUDIES = re.compile(r"(?: [0-9]{1,3})?(?: ?\([^()A-Z\n]{1,40}\))?(?: ?[,;/] ?| et | ou | )")
_MAX_STUDY_REACH = 4


def _mark_listed_studies(toks: list[Token], taken: list[bool], k: int) -> None:
    """From the study at token ``k``, the next names in capitals of its list."""
    n = len(toks)
    while True:
        m = k + 1
        while m < n and m - k <= _MAX_STUDY_REACH and toks[m].shape not in "UX":
            m += 1
        if m >= n or m - k > _MAX_STUDY_REACH or toks[m].loud:
            return
        between = "".join(toks[j].gap_before + (toks[j].text if j < m else "") for j in range(k + 1, m + 1))
        if _BETWEEN_STUDIES.fullmatch(between) is None:
            return
        taken[m] = True
        k = m


def phrase_gap(prev: Token, gap: str) -> bool:
    """What may separate two words of a medicine's name: spaces, a hyphen, or the dot of an
    abbreviation of one or two letters (« Hypophysine L.a. Boiron », « T.r.e. Boiron »), not a
    sentence's end (« … Coca. Boiron est venu »). One line break too: a name wrapped by a narrow
    column (« Olanzapine⏎Teva ») is the same medicine."""
    stripped = gap.strip(" \t-")
    return stripped in ("", "\n", "\r\n") or (stripped == "." and len(prev.key) <= 2)


_PHRASE_WORD = re.compile(r"[^\W\d_]+(?:'(?=[^\W\d_]))?")


def ends_a_medicine_name(before: str, name: str, maker: bool = False) -> bool:
    """``name`` (« Belloc », « AP-HP ») ends the name of a medicine that ``before`` starts, as the
    database writes it (« Charbon de Belloc », « Méthadone AP-HP »): the maker, not a place or a
    hospital. ``before`` is the text just before the name (its last few words are read). With
    ``maker``, a medicine word right before is enough (« Pediaven AP-HP G20 »)."""
    words = [fold(w) for w in _PHRASE_WORD.findall(before[-48:])]
    tail = " ".join(fold(w) for w in _PHRASE_WORD.findall(name))
    if not words or not tail:
        return False
    if maker and words[-1] in medicine_names():
        return True  # « PEDIAVEN AP-HP G20 »: right after a medicine, its maker
    phrases = medicine_lists()[1]
    for k in range(max(0, len(words) - _MAX_PHRASE + 1), len(words)):
        if " ".join([*words[k:], tail]).replace("' ", "'") in phrases:
            return True
    return False


class MedicineVeto:
    """Marks the words of a text that name a medicine, a substance, a laboratory or a country."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        # labs: laboratories and countries
        self.words, self.phrases, self.labs, self.countries = medicine_lists()
        heads = {p.split(" ", 1)[0] for p in self.phrases}
        # « d'oxybuprocaine … » starts with the token « d' » when the case split the article off
        self.heads = frozenset(heads | {h.split("'", 1)[0] + "'" for h in heads if "'" in h[:-1]})
        self._either = self.words | self.heads  # one lookup per word of the text
        self._starts = COMPANY_FORMS | _COMPANY_BEFORE | _CONTACT_LABELS

    def mark(self, toks: list[Token], taken: list[bool]) -> None:
        """Set ``taken`` on the medicine, laboratory and country words of ``toks`` (the lists and
        the model skip taken words)."""
        vetoed = [False] * len(toks)
        self._listed(toks, taken, vetoed)
        self._coordinated(toks, taken, vetoed)
        self._companies(toks, taken, vetoed)
        self._said_medicines(toks, taken, vetoed)
        self._tails(toks, taken, vetoed)
        for k, v in enumerate(vetoed):
            if v:
                taken[k] = True
        mark_species(toks, taken, self.lex)  # « Bacillus licheniformis », « Psittacidae »
        _mark_studies(toks, taken)  # « l'enquête MONICA », « l'observatoire STATIMED »

    def _listed(self, toks: list[Token], taken: list[bool], vetoed: list[bool]) -> None:
        """Rules 1 and 2: phrases and words of the lists."""
        words, heads, either = self.words, self.heads, self._either
        named: list[int] = []  # listed words that a name list also holds
        for k in [k for k, t in enumerate(toks) if t.key in either or ("-" in t.key and self._part(t))]:
            if taken[k] or vetoed[k]:
                continue
            t = toks[k]
            if t.key not in either:
                vetoed[k] = True  # « Biogen-Dompé »: a laboratory's word inside a compound
                continue
            if t.key in heads:
                end = self._phrase_end(toks, k)
                if end > k and self._named_phrase(toks, k, end):
                    continue  # « CHARDON Marie, 72 ans », « PIN Sylvestre »: a person may bear it
                if end > k:
                    for m in range(k, end):
                        vetoed[m] = True
                    continue
            if t.key in words:
                if self.lex.in_lists(t):
                    named.append(k)
                else:
                    vetoed[k] = True
        places = self.labs
        for k in named:
            # « Lilly Deutschland », « España Lilly », « Teva Pharma »: next to a vetoed word
            if _beside(toks, k, vetoed) or _said_medicine(toks, k):
                vetoed[k] = True
        for k in named:
            # « au Gabon », « du Liban »: a country after the article of a country (« à Maurice »,
            # « Jordan » alone may be people)
            if (
                toks[k].key in self.countries
                and k > 0
                and toks[k - 1].key in _COUNTRY_ARTICLES
                and toks[k].gap_before == " "
                and not _named_beside(toks, k, vetoed)
            ):
                vetoed[k] = True
            elif toks[k].key in self.countries and self._country_beside(toks, k, vetoed):
                vetoed[k] = True  # « Lietuva, Polska, Eesti »: a list of countries
            elif (
                toks[k].key in self.countries
                and self.lex.first.get(toks[k].key) is None
                and not _named_beside(toks, k, vetoed)
                and not _name_follows(toks, k, vetoed)
            ):
                # « Marburg, Germany », « Biogen Idec (Ireland) Ltd », « Oyem, Gabon »: a country that
                # is a surname but no first name, alone: the country (« Mme Gabon » is read by its title)
                vetoed[k] = True
        for k in named:
            # « Luxembourg / Luxemburg », « Lilly Italia »: laboratories and countries side by side
            # (not medicine words: « Olivier Faure » is a name)
            if toks[k].key in places and (
                (k > 0 and toks[k - 1].key in places and toks[k].gap_before in _JOINING_GAPS)
                or (k + 1 < len(toks) and toks[k + 1].key in places and toks[k].gap_after in _JOINING_GAPS)
            ):
                vetoed[k] = True

    def _coordinated(self, toks: list[Token], taken: list[bool], vetoed: list[bool]) -> None:
        """A capitalised word that no list holds, joined by « ou » or « et » to a medicine of the lists
        (« Kayexalate ou Lokelma », « Xarelto et Lixiana »): the other medicine of the choice, which the
        French database may not hold (a newer one, one sold abroad); not a word of the name lists."""
        words = self.words
        n = len(toks)
        for k in [k for k, t in enumerate(toks) if t.key in _OR_AND and t.gap_before == " "]:
            if k == 0 or k + 1 >= n or toks[k + 1].gap_before != " ":
                continue
            before, after = toks[k - 1], toks[k + 1]
            for listed, other, m in ((before, after, k + 1), (after, before, k - 1)):
                if (
                    listed.key in words
                    and vetoed[k - 1 if m == k + 1 else k + 1]
                    and other.shape == "C"
                    and not taken[m]
                    and not self.lex.in_lists(other)
                    and not self.lex.is_common(other)
                ):
                    vetoed[m] = True

    def _named_phrase(self, toks: list[Token], k: int, end: int) -> bool:
        """The phrase ``toks[k:end]`` is made of name-list words only (« Chardon Marie », « Pin
        Sylvestre », « Hoang Nan »), does not end with a laboratory (« Coca Boiron » does) and no
        medicine cue stands around it: it may be a person's name, left to the name rules."""
        if toks[end - 1].key in self.labs or not all(self.lex.in_lists(toks[m]) for m in range(k, end)):
            return False
        if phrase_key([t.key for t in toks[k:end]]) not in medicine_phrases():
            return False  # a laboratory or a country (« Pierre Fabre », « Hong Kong »): always
        return not (_said_medicine(toks, k) or _said_medicine(toks, end - 1))

    def _country_beside(self, toks: list[Token], k: int, vetoed: list[bool]) -> bool:
        """A vetoed country is next to token ``k``, maybe after a comma."""
        countries = self.countries
        t = toks[k]
        if k > 0 and t.gap_before in _LIST_GAPS and vetoed[k - 1] and toks[k - 1].key in countries:
            return True
        nxt = k + 1
        return nxt < len(toks) and t.gap_after in _LIST_GAPS and vetoed[nxt] and toks[nxt].key in countries

    def _part(self, t: Token) -> bool:
        """A compound (« Biogen-Dompé ») with a listed word that no name list holds, or a country
        written with a hyphen (« Viêt-nam »)."""
        if t.key.replace("-", "") in self.countries:
            return True
        return any(
            p in self.words and p not in self.lex.first and p not in self.lex.surnames
            for p in t.key.split("-")
        )

    def _phrase_end(self, toks: list[Token], k: int) -> int:
        """End (exclusive) of the longest phrase of the lists starting at token ``k``, or ``k``."""
        found = k
        parts = [toks[k].key]
        for m in range(k + 1, min(k + _MAX_PHRASE, len(toks))):
            if not phrase_gap(toks[m - 1], toks[m].gap_before):
                break
            parts.append(toks[m].key)
            if phrase_key(parts) in self.phrases:
                found = m + 1
        return found

    def _companies(self, toks: list[Token], taken: list[bool], vetoed: list[bool]) -> None:
        """Rule 3: « Genesis Pharma », « Elanco Valquimica S.A. », « Laboratoires Servier », « Biogen
        Idec »: the capitalised words with a company form, after « Laboratoires » or with a
        laboratory of the lists; contact labels (« Brussels Tel .: »)."""
        n = len(toks)
        starts, labs = self._starts, self.labs
        for k in [k for k, t in enumerate(toks) if t.text in starts or t.key in starts or t.key in labs]:
            t = toks[k]
            if t.key in _CONTACT_LABELS:
                if t.capitalised and t.gap_after.strip(" ")[:1] in {".", ":"}:
                    vetoed[k] = True
                continue
            if t.key in _COMPANY_BEFORE:
                m = k + 1
                while m < n and m - k <= _MAX_COMPANY and toks[m].capitalised and toks[m].gap_before == " ":
                    vetoed[m] = not taken[m]
                    m += 1
                continue
            if t.text in COMPANY_FORMS:
                _veto_run(toks, k, taken, vetoed)
            elif vetoed[k] and not self.lex.is_common(t):
                # « Biogen Idec Belgium »; not a name-list word alone (rule 2) nor a French word
                # that a laboratory is named after (« Accord », « Alter »)
                _veto_run(toks, k, taken, vetoed)
        # « Valquimica S . A . », « Dompé s . r . l . »: the letters of a form, with dots
        for k in [k for k, t in enumerate(toks) if t.shape == "I" and t.gap_after.strip(" ") == "."]:
            letters = ""
            m = k
            while m < n and len(toks[m].key) <= 2 and len(letters) < 4:
                letters += toks[m].key
                if not toks[m].gap_after.strip(" ").startswith("."):
                    break
                m += 1
            if letters in _DOTTED_FORMS and k > 0 and toks[k - 1].capitalised and toks[k - 1].shape != "I":
                _veto_run(toks, k - 1, taken, vetoed)
                for f in range(k, min(m + 1, n)):  # the letters of the form are no initials either
                    if not taken[f] and len(toks[f].key) <= 2:
                        vetoed[f] = True

    def _tails(self, toks: list[Token], taken: list[bool], vetoed: list[bool]) -> None:
        """Rule 5: the capitalised words after a medicine name its maker or its form (« Bisoprolol
        Bgr », « Diclofenac Eg Labo Conseil », « Noradrénaline (tartrate) Renaudin », « Hypophysine
        L.a. Boiron »), through a slash, a bracket or an initial."""
        n = len(toks)
        labs = self.labs
        lex = self.lex
        for k in [k for k, v in enumerate(vetoed) if v and toks[k].key not in labs and toks[k].shape in "UC"]:
            t = toks[k]
            if t.key in cues.FUNCTION_WORDS:
                continue  # « Mais Madeleine »
            m = k + 1
            while (
                m < n
                and m - k <= _MAX_TAIL
                and (
                    toks[m].gap_before in _TAIL_GAPS
                    or (toks[m - 1].shape == "I" and _VITAMIN_GAP.fullmatch(toks[m].gap_before) is not None)
                )
            ):
                t = toks[m]
                if t.key not in self.words and lex.first.get(t.key) in {"F", "M"}:
                    break  # « sous Kardegic Jean Dupont »: a first name starts a person, not a maker
                if "." in t.gap_before and toks[m - 1].shape != "I":
                    break  # a dot ends the sentence, except after the initial of a form (« L.a. »)
                if t.capitalised:
                    if not taken[m] and t.shape != "I":
                        vetoed[m] = True
                elif not t.gap_before.endswith("("):
                    break  # a lower-case word outside brackets: the sentence goes on
                m += 1

    def _said_medicines(self, toks: list[Token], taken: list[bool], vetoed: list[bool]) -> None:
        """Rule 4: a capitalised word the text calls a medicine, then its other occurrences."""
        said: set[str] = set()
        n = len(toks)
        # The cue words and the numbers of a dose are found first (one pass); then the capitalised
        # word beside each is looked at.
        cues_at = [k for k, t in enumerate(toks) if t.key in _CUE_WORDS or t.gap_before[1:2].isdigit()]
        for c in cues_at:
            for k in (c - 1, c + 1):
                if not 0 <= k < n or taken[k]:
                    continue
                t = toks[k]
                if not t.capitalised or len(t.key) <= 3 or t.key in said:
                    continue
                if _said_medicine(toks, k) and not self.lex.in_lists(t):
                    said.add(t.key)
        if not said:
            return
        for k, t in enumerate(toks):
            if t.key in said and not taken[k]:
                vetoed[k] = True


# The words that join two medicines of a choice (``MedicineVeto._coordinated``).
_OR_AND = frozenset({"ou", "et"})
# Words next to which a medicine may be named (the first word after it, the last one before it).
_CUE_WORDS = frozenset(_AFTER_BY_FIRST) | frozenset(_BEFORE_BY_LAST) | _LABELS | {"d'"}
# How far the maker's name and the form after a medicine go, in words, and what joins them.
_MAX_TAIL = 5
# « Vitamine B12 Chauvin », « Vitamine D3 Teva »: the number of a letter
_VITAMIN_GAP = re.compile(r"\d{1,2} ")
_TAIL_GAPS = frozenset({" ", "/", " / ", "(", " (", ") ", ". ", "."})
# Gaps in a list of countries (« Lietuva, Polska »).
_LIST_GAPS = frozenset({" ", " / ", "/", " - ", ", ", " , "})
# Articles and prepositions before a country's name, not before a person's.
_COUNTRY_ARTICLES = frozenset({"au", "aux", "en", "du"})
# Gaps between the words of a company's name or of a list of countries (« België / Belgique »).
_JOINING_GAPS = frozenset({" ", " / ", "/", " - ", "-"})


def _beside(toks: list[Token], k: int, vetoed: list[bool]) -> bool:
    """Token ``k`` is next to a vetoed word or a company form."""
    t = toks[k]
    if k > 0 and t.gap_before in _JOINING_GAPS and (vetoed[k - 1] or toks[k - 1].text in COMPANY_FORMS):
        return True
    nxt = k + 1
    return (
        nxt < len(toks) and t.gap_after in _JOINING_GAPS and (vetoed[nxt] or toks[nxt].text in COMPANY_FORMS)
    )


def _named_beside(toks: list[Token], k: int, vetoed: list[bool]) -> bool:
    """A capitalised word that is not vetoed is joined to token ``k`` by a space."""
    t = toks[k]
    if k > 0 and t.gap_before == " " and toks[k - 1].capitalised and not vetoed[k - 1]:
        return True
    nxt = k + 1
    return nxt < len(toks) and t.gap_after == " " and toks[nxt].capitalised and not vetoed[nxt]


# What separates the items of a list or the cells of a row (« Palau, Ketty », « Palau | Ketty »).
_LIST_SEPARATORS = frozenset({",", ";", "|", "\t"})


def _name_follows(toks: list[Token], k: int, vetoed: list[bool]) -> bool:
    """A capitalised word that is not vetoed follows token ``k`` after a comma, a cell's bar or a tab:
    a list of people (« (Palau, Ketty de Bedts, Sémery) »), not of places (« Oyem, Gabon (A.E.F.) »)."""
    nxt = k + 1
    return (
        nxt < len(toks)
        and toks[k].gap_after.strip(" ") in _LIST_SEPARATORS
        and toks[nxt].shape == "C"
        and not vetoed[nxt]
    )


def _veto_run(toks: list[Token], k: int, taken: list[bool], vetoed: list[bool]) -> None:
    """Veto token ``k`` and the capitalised words joined to it by spaces (at most
    ``_MAX_COMPANY`` on each side)."""
    first = k
    while (
        first > 0
        and k - first < _MAX_COMPANY
        and toks[first].gap_before == " "
        and toks[first - 1].capitalised
    ):
        first -= 1
    last = k
    while (
        last + 1 < len(toks)
        and last - k < _MAX_COMPANY
        and toks[last + 1].gap_before == " "
        and toks[last + 1].capitalised
    ):
        last += 1
    for m in range(first, last + 1):
        if not taken[m] and toks[m].shape != "I":
            vetoed[m] = True


def _said_medicine(toks: list[Token], k: int) -> bool:
    """Token ``k`` is called a medicine by the words around it (« X est un médicament », « sous
    X », « traitement par X », « X 50 mg »)."""
    n = len(toks)
    if k + 1 < n:
        nxt = toks[k + 1]
        phrases = _AFTER_BY_FIRST.get(nxt.key)
        if phrases is not None and nxt.gap_before == " ":
            for length, options in phrases.items():
                if k + 1 + length <= n and tuple(t.key for t in toks[k + 1 : k + 1 + length]) in options:
                    return True
        # a dose (« Ionsys 40 µg »): only then the full test
        if nxt.gap_before[1:2].isdigit() and dose_follows(toks, k):
            return True
    if k > 0 and toks[k - 1].key in _LABELS and toks[k].gap_before.strip(" ") == ":":
        return True  # « Traitement : LEELOO, une boîte »
    if k > 0 and toks[k].gap_before.strip(" ") == "":
        phrases = _BEFORE_BY_LAST.get(_elided(toks[k - 1].key))
        if phrases is not None:
            # the words before, read once for the longest phrase; each length takes its end
            before = [_elided(t.key) for t in toks[max(0, k - max(phrases)) : k]]
            for length, options in phrases.items():
                if length <= len(before) and tuple(before[len(before) - length :]) in options:
                    return True
    return False


def _elided(key: str) -> str:
    """« d' » reads as « de » (« principe actif d'Atripla »)."""
    return "de" if key == "d'" else key
