"""Text written all in capitals or all in lower case: another reading with the letter case restored.

A note typed in a hurry is all lower case (« mme jeanne dupuis présente une toux », « mr petit est
revenu »); an export, a banner or an old letter is all capitals (« MONSIEUR JEAN DUPONT NE LE… »).
The names reader, the places and some identifiers (« FR76 … », « AB-123-CD ») rely on capitals, and
in such a text capitals say nothing. So the engine reads those stretches again, re-cased as a usual
text would be written:

- common French words (the lists of :mod:`egide.detect.names.lexicon`, medicines and calendar
  words) in lower case, but the first word of a sentence;
- titles as they are abbreviated (« Mme », « Dr », « M. », « MM. ») and the name after a title
  capitalised (« mr petit » → « Mr Petit »; after « madame », « pr », « m » only a word that is no
  common word), with its initials (« dr c. morvan »);
- the listed first names and surnames that are no common words, of four letters or more (three are
  an acronym more often: « SMN », « cni »), and those that are also words beside them (« pierre
  martin »); communes as the list of communes writes them (« bourg-en-bresse »), and the name of a
  street after its number and its type (« 94, place beauvoisine » → « 94, place Beauvoisine »);
- codes of letters and digits in capitals (« fr76 » → « FR76 », « ts-288-hj » → « TS-288-HJ »);
- what no list knows: in lower case, left as written; in capitals, a word made like a French or a
  Latin word (« KÉRATOPLASTIE », « DOMESTICA ») in lower case, three letters or less left in
  capitals (« HTA »), anything else written as a usual text writes a proper noun (« Kerbrat »), for
  the names reader to judge as it would there.

Only the case of letters changes, one character for one (a letter whose other case is longer,
« ß » → « SS », « İ » → « i̇ », stays as it is), so offsets are the same in both readings.

The decision is made per stretch of lines, not per text: a note in usual case with one line in
capitals keeps its other lines as written. A stretch is a run of lines all in lower case, or all in
capitals (lines without letters join either). It is read again when re-casing gives a word inside it
a capital (a name, a title, a code, a commune): a lower-case line of usual prose (a wrapped
paragraph's next line) or a heading of common words changes nothing and costs nothing. A run in
capitals must also hold six words or more, or the whole text be in capitals: a short banner
(« PATIENT : DUPONT JEAN ») is read well as written.

Which recognisers read the re-cased text is decided by the engine (:mod:`egide.detect.engine`):
every recogniser but those that must read the text exactly as written (the site's own patterns),
and the names. Only the stretches are read again, each with the line before and the line after it
(:meth:`Recased.windows`); of that reading the engine keeps what falls on a re-cased stretch
(:meth:`Recased.merged`). The first reading, as written, is kept whole but for one kind of
finding: on a stretch in capitals, a name made only of words that re-casing wrote in lower case, no
listed name, not after a title, that the re-cased reading does not find (« VOTRE MÉDECIN PEUT »,
« SON PÈRE, FATIGUÉ »: the rules that want a capital after a cue see one on every word there)
(:meth:`Recased.unconfirmed`); and an establishment there that the re-cased reading does not find
(« LE BÉNÉFICE CLINIQUE DE CE PASSAGE »: in capitals any word after « clinique » looks like a name).

Hospitals typed in lower case get their acronym and name back (« ehpad les tilleuls » → « EHPAD Les
Tilleuls », « chu de rouen », « clinique du parc »); communes after a postcode or in a dateline, and
those the communes list marks as words only in another sense (« rodez », « vichy »), their capital.
Families read in their own modules: a hospital's acronym alone in its clause and a type before one
place word (:mod:`egide.detect.recase_hospitals`), localities after a word of residence, « grande rue »
and foreign streets (:mod:`egide.detect.recase_addresses`), communes alone in a bracket or after a comma
or a verb of residence (:mod:`egide.detect.recase_communes`), a surname that is a word before a first
name in a table's cell (:mod:`egide.detect.recase_cells`); a surname and a first name after a title or
before an age or a birth date, a name no list holds after a kinship noun or « bébé »
(:mod:`egide.detect.recase_identity`); initials without their dot after « dr », of two letters
(« ph. ») or of a compound first name (« j.-m. ») (:mod:`egide.detect.recase_initials`); a finding both
readings make keeps the surer score (:mod:`egide.detect.recase_scores`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import cues
from egide.detect.names.lexicon import (
    common_words,
    first_name_key,
    first_names,
    fold,
    name_words,
    surname_key,
    surnames,
)
from egide.detect.names.medical_words import CLIPPED_SPECIALTIES, MEDICAL_WORDS, NOT_NAMES
from egide.detect.names.medicines import COMPANY_FORMS
from egide.detect.names.naming import ROLE_KEYS
from egide.detect.names.wordlist import words as word_set
from egide.detect.places.establishment import (
    _FAMOUS_NAMES,
    _MEDICAL_H_ACRONYMS,
    _NOT_HOSPITAL_ACRONYMS,
    FAMOUS,
    GENERIC,
    SHORT_NAME,
)
from egide.detect.places.laboratory import network_names
from egide.detect.places.lexicon import load_lexicon
from egide.detect.places.regional_groups import regional_hospital_group
from egide.detect.places.regions import REGIONS
from egide.detect.recase_addresses import after_residence, foreign_streets, grande_rue, kind_after_residence
from egide.detect.recase_cells import surnames_in_cells
from egide.detect.recase_communes import communes_apart
from egide.detect.recase_hospitals import acronym_apart, compound_name, place_after_type
from egide.detect.recase_identity import (
    _unknown,
    identity_pairs,
    kin_unknown_names,
    names_before_phones,
    names_beside_roles,
    titled_pairs,
)
from egide.detect.recase_initials import _listed_form, bare_initials, dotted_initials
from egide.detect.recase_scores import surer
from egide.detect.recognisers.fr.dates.atoms import NUMBER_WORD

# Words: letters and digits, with inner hyphens and apostrophes (« jean-pierre », « n'diaye »,
# « ts-288-hj »).
_WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
# A chunk without spaces that is an address on the internet: its case is the machine's, left alone.
_MACHINE = re.compile(r"\S*(?:@|://|www\.)\S*", re.I)
# What every match of ``_MACHINE`` holds: a stretch without it holds none. ``_MACHINE`` is tried at
# every character (its ``\S*`` runs each word to its end first); this one skips to « @ », « : » or « w ».
_MACHINE_SIGN = re.compile(r"@|://|www\.", re.I)
_REGNAL = re.compile(r"[ivx]+|ier|ire")
# An ordinal (« 1er », « 1re », « 2e », « 3ème », « 2nd »).
_ORDINAL = re.compile(r"[0-9]{1,2}(?:er|re|e|eme|ème|nd|nde)")
# A number and its unit or a time (« 150mg », « 10h30 », « 2cp »): not a code.
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?[^\W\d_]{1,4}\d{0,2}")
# What ends a sentence between two words (as the names reader sees it: a line break too).
# (a dash between spaces, doubled or long as a typed header sets its items apart: « questionnaire -- clinique … »)
_SENTENCE_END = re.compile(r"[.!?:;\n•·*>|]|(?:^|\s)(?:--?|[–—])\s")

# Capitals of six words or more: a heading is shorter and is read well as written.
_LOUD_MIN_WORDS = 6

# Abbreviated titles: the next word is a name whatever it is (« mr petit », « mme blanc »).
_STRONG_TITLES = frozenset({"mme", "mmes", "mlle", "mlles", "melle", "mr", "dr"})
# The other titles of the names reader (« madame », « pr », also « pour » in a note, « m », also a
# metre, « lord »), and « épouse », « née »: the next word is capitalised only when it is no common
# word (« madame dupuis », not « madame est sortie »). « me » is a pronoun more often than a lawyer.
_WEAK_TITLES = (cues.TITLES | cues.RELATION_WORDS) - _STRONG_TITLES - {"me"}
# Titles written abbreviated: a capital in a usual text (« Mme », « Dr », « M. »; « MM. » all capitals).
_ABBREVIATED_TITLES = frozenset({"mme", "mmes", "mlle", "mlles", "melle", "mr", "dr", "pr", "m", "mm"})
# Every title the re-casing reads, strong or weak.
_TITLE_KEYS = _STRONG_TITLES | _WEAK_TITLES | _ABBREVIATED_TITLES
# Titles of several people: « mm. garnier et lhermitte ».
_PLURAL_TITLES = frozenset({"mm", "mmes", "messieurs", "mesdames", "mlles"})
# Particles between a title and a name (« m. de la fontaine »): written as they are, skipped.
_PARTICLES = cues.PARTICLES
_ELISIONS = frozenset({"l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})

_LOWER, _UPPER, _CAP, _FIRST = "lower", "upper", "cap", "first"

# Types of streets after a house number (« 12 rue … », « 109, place … »).
_STREET_TYPES = word_set(
    """
    rue avenue av boulevard bd bld place allee impasse chemin route quai cours square residence
    lotissement hameau voie sentier passage esplanade promenade faubourg cite villa parvis mail
    rond-point lieu-dit
    """
)

# Establishments (:mod:`egide.detect.places.establishment`), folded: the acronyms of their types,
# the nouns that always name one, the kinds of « centre », the adjectives and links before a name.
_ESTABLISHMENT_ACRONYMS = word_set(
    "chu chru chr chic chi chs chg chd ch ghu ght ghi gh hia clcc ssr usld ehpad cmpp cattp"
    # the médico-social homes and public centres of the establishments' reader (« chrs le relais »,
    # « cmp villeurbanne nord »), but those that are words too (« mas », « fam »)
    " cmp chrs cada csapa caarud itep esat samsah savs mecs ssiad marpa ehpa had pmi cpef cegidd clat"
    " camsp sessad usmp ucsa"
    # (the SSR's new name, the médico-educational institutes, the mental health establishments)
    " smr ime epsm"
)
_ESTABLISHMENT_NOUNS = word_set("hopital hopitaux polyclinique clinique hospices hop")
# Hospitals everyone names without their type (« suivie à bicêtre », « transféré à lariboisière »), one
# word each, as the establishments' list writes them: their case given back, letter for letter.
_FAMOUS_WORDS = {fold(n): n for n in _FAMOUS_NAMES if " " not in n}
_TO_A_HOSPITAL = word_set("a au aux vers de depuis pour")
# Types that the establishments' reader wants capitalised (« Institut Curie », « Fondation X »).
_CAPITALISED_TYPES = word_set("centre institut fondation")
_CENTRE_KINDS = (
    ("hospitalier",),
    ("de", "reeducation"),
    ("de", "readaptation"),
    ("de", "soins"),
    ("de", "sante"),
    ("medical",),
    # (« centre d'imagerie les cèdres », « centre de dialyse de la côte basque », « centre
    # ophtalmologique des capucins »: a centre of care that only an establishment is)
    ("d", "imagerie"),
    ("d", "hemodialyse"),
    ("de", "dialyse"),
    ("de", "radiologie"),
    ("ophtalmologique",),
)
# What an imaging or a senology practice's name says after « cabinet » (« cabinet de radiologie du lac »).
_PRACTICE_KINDS = (("de", "radiologie"), ("d", "imagerie"), ("d", "echographie"), ("de", "senologie"))
_ESTABLISHMENT_ADJECTIVES = word_set(
    """
    hospitalier universitaire regional intercommunal specialise general departemental prive privee
    public publique europeen local militaire americain mutualiste pediatrique psychiatrique
    geriatrique medical generale regionale specialisee departementale intercommunale medicale
    europeenne
    """
)
_LINKS = word_set("de du des d la le les l")
# Home-care services, whose names are brands made of generic words (« HAD Santé Service », « SSIAD
# Soins Service »), as the establishments' reader reads them.
_HOME_CARE_KEYS = word_set("had ssiad")
# The one word after « hôpital » that names a hospital on its own (« Hôpital Européen », « Hôpital
# Central », « Hôpital Nord-Ouest »); not « est », which is a verb as often.
_HOSPITAL_NAMING_WORDS = word_set(
    "europeen central nord sud ouest nord-ouest nord-est sud-ouest sud-est centre-ouest"
)
# No establishment's name: the units and specialities of :data:`GENERIC`, times, and what a
# hospital « de » also says (« l'hôpital de la ville », « de proximité », « de rattachement »).
_NOT_NAMES_BUT_GENERIC = word_set(
    """
    hier demain matin soir nuit lendemain veille midi semaine mois annee jour jours garde ville region
    secteur proximite rattachement quartier famille territoire reference secours premier recours
    """
)
_NOT_ESTABLISHMENT_NAMES = frozenset(fold(g) for g in GENERIC) | _NOT_NAMES_BUT_GENERIC

# What a pharmacy's link opens that is no name: a hospital's own pharmacy and its units, a pharmacy's
# kind or its duty (« pharmacie de l'hôpital », « pharmacie à usage intérieur », « pharmacie d'officine »).
_PHARMACY_UNITS = word_set(
    """
    hopital hopitaux etablissement service services officine usage urgence urgences clinique chu ch
    cardiologie oncologie pediatrie interieur reference retour dispensation delivrance
    """
)

# The company forms of :data:`COMPANY_FORMS` in lower case, of three letters or more (« ag », « nv »
# are words too often), to their usual writing.
_COMPANY_FORMS = {
    f.lower(): f for f in sorted(COMPANY_FORMS) if len(f) >= 3 and f.isalpha() and not f.isupper()
}

# Company forms written with dots, as :mod:`egide.detect.names.medicines` reads them (« S.A. », « N . V . »).
_DOTTED_FORMS = word_set("sa nv bv spa sro srl sas gmbh oy")

# Medicines, microbes, acronyms of care and calendar words that the name lists may hold: no names.
_NOT_NAMES = MEDICAL_WORDS | NOT_NAMES
# Endings of French words (derived nouns and adjectives, the terms of medicine) that no name has
# (the listed first names and surnames are looked up before): a word in capitals that no list
# knows and ends so is a word (« KÉRATOPLASTIE », « ALCOOLIQUES », « DÉAFFÉRENTÉ »).
_WORD_ENDINGS = re.compile(
    r"(?:ation|ition|tion|sion|ique|isme|iste|ite|ose|ement|ment|eux|euse|ienne|ee|oire|ible|able"
    r"|ogie|omie|athie|plastie|ectomie|algie|emie|urie|ome|ive)s?$"
)
# Latin epithets (« M. DOMESTICA », « FALCONIS »): no names either, even after « M. »
_LATIN = re.compile(r"(?:ica|icum|icus|alis|atum|atus|osum|osus|ensis|oides|iae|ii)$")


def _lowered_first(text: str, start: int, end: int) -> bool:
    """The re-cased ``text[start:end]`` opens on a word in lower case: a common word, where no name
    starts (« désignation de Prialt », « afin de discuter », « peut »)."""
    return next((c.islower() for c in text[start:end] if c.isalpha()), False)


@dataclass(frozen=True, slots=True)
class Recased:
    """The text with its single-case stretches re-cased, and where those stretches are."""

    text: str
    stretches: tuple[tuple[int, int], ...]
    loud: tuple[tuple[int, int], ...] = ()  # those of the stretches written in capitals
    original: str = ""  # the text as written

    def on_stretch(self, finding: Finding) -> bool:
        """Whether ``finding`` overlaps a re-cased stretch."""
        return any(start < finding.end and finding.start < end for start, end in self.stretches)

    def windows(self) -> list[tuple[int, int]]:
        """What to read again: each stretch with the line before and the line after it (a label,
        « Patient : », may stand there), overlapping windows merged."""
        merged: list[tuple[int, int]] = []
        for start, end in self.stretches:
            before = self.text.rfind("\n", 0, max(0, start - 1)) + 1
            after = self.text.find("\n", end + 1)
            after = len(self.text) if after < 0 else after
            if merged and before <= merged[-1][1]:
                merged[-1] = (merged[-1][0], after)
            else:
                merged.append((before, after))
        return merged

    def merged(self, found: list[Finding], read: Callable[[str], Iterable[Finding]]) -> list[Finding]:
        """``found`` (the reading as written) with what ``read`` finds on the re-cased windows: its
        findings on a re-cased stretch that the first reading has not made (same place, same label)
        are added, the first reading's :meth:`unconfirmed` ones dropped. Outside the stretches both
        readings read the same characters: the first one is enough there. A finding both readings
        make keeps the surer score (:func:`surer`)."""
        again = self.reread(read)
        seen = {(f.start, f.end, f.label) for f in found}
        dropped = {id(f) for f in self.unconfirmed(found, again)}
        kept = [f for f in found if id(f) not in dropped] if dropped else found
        kept = surer(kept, again)
        kept.extend(f for f in again if (f.start, f.end, f.label) not in seen and not self._as_written(f))
        return kept

    def _as_written(self, finding: Finding) -> bool:
        """A name that re-casing left as written (an acronym in a note in lower case, « aucun autre
        INTI actif »): the first reading, which read the same letters with the whole text around
        them (where « (INTI) » defines it), has judged it; the window read again has not."""
        return (
            finding.label is Label.NOM
            and bool(self.original)
            and self.text[finding.start : finding.end] == self.original[finding.start : finding.end]
        )

    def _unknown_acronym(self, finding: Finding) -> bool:
        """The finding is one word of three to eight capitals that re-casing wrote as a proper noun (and
        the number of its department after it: « SANTÉ AU TRAVAIL — AIST 87 »)."""
        written = self.original[finding.start : finding.end] if self.original else ""
        recased = self.text[finding.start : finding.end]
        head, space, number = written.partition(" ")
        if space and number.isdigit() and len(number) <= 3:
            written, recased = head, recased[: len(head)]
        return (
            3 <= len(written) <= 8
            and written.isalpha()
            and written.isupper()
            and recased[:1].isupper()
            and recased[1:].islower()
        )

    def reread(self, read: Callable[[str], Iterable[Finding]]) -> list[Finding]:
        """Every finding of ``read`` on the re-cased windows that falls on a re-cased stretch."""
        again: list[Finding] = []
        for start, end in self.windows():
            for f in read(self.text[start:end]):
                moved = f.shifted(f.start + start, f.end + start) if start else f
                if self.on_stretch(moved):
                    again.append(moved)
        return again

    def unconfirmed(self, found: Iterable[Finding], again: Iterable[Finding]) -> list[Finding]:
        """The findings of the reading as written to drop, on a stretch in capitals, where every word
        is capitalised: the establishments that the re-cased reading (``again``) does not find; the
        names that it does not find either, that open on a word re-casing wrote in lower case
        (common words: « VOTRE MÉDECIN PEUT », « SON ENFANT SOIT », « DÉSIGNATION DE PRIALT ») and
        hold no listed name. The names reader took a verb for a name there; only the re-cased
        reading can judge them."""
        if not self.loud:
            return []
        names = [(f.start, f.end) for f in again if f.label is Label.NOM]
        places = [(f.start, f.end) for f in again if f.label is Label.ETABLISSEMENT]
        cities = [(f.start, f.end) for f in again if f.label in (Label.VILLE, Label.ADRESSE)]
        streets = [(f.start, f.end) for f in again if f.label is Label.ADRESSE]
        # « LE BÉNÉFICE CLINIQUE DE CE PASSAGE »: in capitals, « clinique » takes any word after it
        # for a name; an establishment that the re-cased reading does not find is no establishment
        dropped = (
            [
                f
                for f in found
                if f.label is Label.ETABLISSEMENT
                and f.source == "fr_establishment"
                and any(s <= f.start and f.end <= e for s, e in self.loud)
                and not any(s < f.end and f.start < e for s, e in places)
                # (a hospital the lists name, « À L'HEGP », « À BICÊTRE », is one in any case)
                and not _listed_hospital(self.text, f.start, f.end)
                # (nor a hospital group named by its part of a region, « GROUPE HOSPITALIER SUD RÉUNION »)
                and not regional_hospital_group(self.original, f.start, f.end)
                # (so is an acronym alone that re-casing left a proper noun, no word of the lists: the
                # rules that found it read its place, a letterhead's first item, not a capital after a
                # type word; « GHXY — GROUPE HOSPITALIER … » re-cased is « Ghxy — groupe hospitalier … »)
                and not self._unknown_acronym(f)
                # (nor an acronym glued to its town by an underscore, « CHU_RENNES » in an HL7 message:
                # re-casing reads its two words apart)
                and not _GLUED_BY_UNDERSCORE.fullmatch(self.original, f.start, f.end)
            ]
            + [
                # « COMPARABLE À CELLE DE L'ADULTE », « DE PLUS DE 34 SEMAINES »: a commune that is a
                # common word, which re-casing wrote in lower case and the re-cased reading does not find
                f
                for f in found
                if f.label is Label.VILLE
                and any(s <= f.start and f.end <= e for s, e in self.loud)
                and not any(c.isupper() for c in self.text[f.start : f.end])
                and not any(s < f.end and f.start < e for s, e in cities)
            ]
            + [
                # « PLACE DE LA DUODÉNOGRAPHIE HYPOTONIQUE », « ALLÉE D'UNE HEURE DE PERFUSION »: in capitals,
                # a street type takes any words after it for a street's name; without a house number, a
                # street that the re-cased reading does not find is no street
                f
                for f in found
                if f.label is Label.ADRESSE
                and f.source == "fr_address"
                and not self.text[f.start].isdigit()
                and any(s <= f.start and f.end <= e for s, e in self.loud)
                and not any(s < f.end and f.start < e for s, e in streets)
            ]
        )
        dates = [(g.start, g.end) for g in again if g.label in (Label.DATE, Label.DATE_NAISSANCE)]
        split = [
            # « MME GUÉRIN LE QUATORZE SEPTEMBRE DEUX MILLE… »: after a title, every word in capitals
            # looks like the name's; the re-cased reading finds the name and then a date in it
            f
            for f in found
            if f.label is Label.NOM
            and any(s <= f.start and f.end <= e for s, e in self.loud)
            and any(f.start <= s and e <= f.end for s, e in names)
            and (
                any(f.start < s < f.end for s, _ in dates)
                # « LE DOCTEUR FONTAINE DU CENTRE HOSPITALIER DE DAX JE VOUS… »: « DU » and every word
                # after it looked like the name's; the re-cased reading finds the name, then a hospital
                or any(f.start < s < f.end for s, _ in places)
            )
        ]
        # « À AUBAGNE ET DE SA FILLE NOUR »: in capitals, the commune took every word up to a name for
        # its own; the re-cased reading finds the commune, then a person: the first reading's commune
        # is dropped, the second reading's findings kept
        swallowed = [
            f
            for f in found
            if f.label is Label.VILLE
            and any(s <= f.start and f.end <= e for s, e in self.loud)
            and any(f.start < s and e <= f.end for s, e in names)
            and any(f.start <= s and e < f.end for s, e in cities)
        ]
        return (
            dropped
            + swallowed
            + split
            + [
                f
                for f in found
                if f.label is Label.NOM
                and f.source != "title"  # (« MME D DE LARD »: a title is evidence in any case)
                and any(s <= f.start and f.end <= e for s, e in self.loud)
                and _lowered_first(self.text, f.start, f.end)
                and not any(s < f.end and f.start < e for s, e in names)
                # (« MARIE », « JEAN ROULE », « LE CITOYEN MAILLOT »: a listed name that is also a word is
                # the first reading's to judge)
                and not any(_listed(fold(m.group())) for m in _WORD.finditer(self.text, f.start, f.end))
            ]
        )


def _listed_hospital(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a hospital everyone names without its type (« HEGP », « Bicêtre »)."""
    name = text[start:end]
    return any(p.fullmatch(name) or p.fullmatch(name.upper()) for p in (FAMOUS, SHORT_NAME))


# A word written as a usual text writes a proper noun or a sentence's first word: a capital, then lower
# case only (« Dupont », « Mr », « Œdème », « Jean » of « Jean-Pierre »; not « SpO2 », « HbA1c », « pH »);
# an elided article in capitals (« L' anastomose », « D'une »); a capital alone opening the line (« À
# revoir »).
_UP = "A-ZÀ-ÖØ-ÞŒŸ"
_LOW = "a-zß-öø-ÿœ"
_CAPITALISED_WORD = re.compile(rf"(?<!\w)[{_UP}](?:[{_LOW}'’-]*[{_LOW}](?!\w)|['’])|^[^\w]*[{_UP}](?!\w)")
# Capitals of six letters or more: a surname or a heading in capitals, not an acronym.
_LONG_CAPITALS = re.compile(rf"(?<!\w)[{_UP}]{{6,}}(?!\w)")
# A long token mixing capitals and lower case: a base64 blob, a key, an identifier — a code, not the
# acronym of a note typed in lower case (short ones are units and lab codes: « SpO2 », « HbA1c »).
_LONG_MIXED = re.compile(rf"(?<![\w+/])(?=[\w+/]*[{_LOW}])(?=[\w+/]*[{_UP}])[\w+/]{{12,}}")
# What may come before a line's first word: most lines open on a capitalised one, which settles them.
_BEFORE_FIRST_WORD = " \t-–—•*>·0123456789/.:,;()[]|#°'\""


# A word opening on a lower-case letter, or capitalised (a compound counts once: « saint-pierre »,
# « Saint-Pierre »; an elided article, a letter alone count: « L' », « J. »).
_LOWER_WORD = re.compile(rf"(?<![\w'’-])[{_LOW}]")
_CAPITAL_WORD = re.compile(rf"(?<![\w'’-])[{_UP}](?:[{_LOW}'’]|(?!\w))")
# A hurried note may keep the capital its writer gave a street, a nurse or a town (« elle habite
# chemin des Lataniers a sainte-marie », « rappelé par IDE de nuit (Fanny) », « chez sa tante 12
# chemin Stéphanette »: an SMS, a dictation, a note typed on a phone): one capitalised word for ten
# words in lower case still leaves a note in lower case. A usual text capitalises every sentence's
# start and every name: a wrapped line of it holds more, or opens on one.
_LOWER_WORDS_PER_CAPITAL = 10


def _lower_but_acronyms(line: str) -> bool:
    """A line typed in lower case but for its acronyms and codes (« pat vu ce matin, ECG ok, appeler
    la fille sophie lemoine », « ipp 4418273, TA 13/8 »): a hurried note, read as one in lower case.
    It opens on a word in lower case; a word capitalised as a usual text writes a name or a sentence's
    start comes at most once for ten in lower case; none is a word of six capitals or more (a surname
    or a heading in capitals)."""
    head = line.lstrip(_BEFORE_FIRST_WORD)
    if len(head) < 2 or (head[0].isupper() and (head[1].islower() or head[1] in " \t'’")):
        # (str methods: no pattern for the many lines that open on a capitalised word, an elided article
        # or a letter alone: « L' anastomose porto-cave … », « À revoir … » start a sentence)
        return False
    if _CAPITALISED_WORD.search(line) is not None:
        capitalised = len(_CAPITAL_WORD.findall(line))
        if capitalised * _LOWER_WORDS_PER_CAPITAL > len(_LOWER_WORD.findall(line)):
            return False
    return (
        _LONG_CAPITALS.search(line) is None
        and _LONG_MIXED.search(line) is None
        and any(c.islower() for c in line)
    )


def recase(text: str) -> Recased | None:
    """``text`` with its single-case stretches re-cased, or None when there is none worth a reading.

    The usual text, with capitals and lower case on every line, pays one ``isupper``/``islower``
    per line.
    """
    whole_upper = text.isupper()
    lines = text.split("\n")
    starts: list[int] = []
    kinds: list[str] = []  # "U" capitals, "L" lower case, "" no letters, "M" mixed
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
        if line.isupper():
            kinds.append("U")
        elif line.islower() or _lower_but_acronyms(line):
            kinds.append("L")
        elif any(c.isalpha() for c in line):
            kinds.append("M")
        else:
            kinds.append("")
    if "U" not in kinds and "L" not in kinds:
        return None
    chars: list[str] | None = None
    stretches: list[tuple[int, int]] = []
    loud: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        kind = kinds[k]
        if kind not in ("U", "L"):
            k += 1
            continue
        # the run: lines of this kind, and lines without letters between them
        j = k + 1
        while j < len(lines) and kinds[j] in (kind, ""):
            j += 1
        while kinds[j - 1] == "":
            j -= 1
        start, end = starts[k], starts[j - 1] + len(lines[j - 1])
        forms = _forms(text, start, end, kind == "U", whole_upper)
        if forms is not None:
            if chars is None:
                chars = list(text)
            for s, e, form in forms:
                _apply(chars, text, s, e, form)
            stretches.append((start, end))
            if kind == "U":
                loud.append((start, end))
        k = j
    if chars is None:
        return None
    recased = "".join(chars)
    return Recased(recased, tuple(stretches), tuple(loud), text) if recased != text else None


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    key: str
    gap_before: str = ""
    cut: bool = False  # an apostrophe right after it: an elided word (« l' ») or a cut one
    form: str | None = None  # the case to give it; None: as written
    sentence_start: bool = False
    gap_after: str = ""  # of the last word of a stretch only: what follows it to the stretch's end


def _forms(
    text: str, start: int, end: int, upper: bool, whole_upper: bool
) -> list[tuple[int, int, str]] | None:
    """Where each word of ``text[start:end]`` changes case, and to what (``_LOWER``, ``_UPPER``,
    ``_CAP``: every part capitalised, ``_FIRST``: the first letter only); None when the stretch is
    not worth a second reading."""
    if (
        upper
        and not whole_upper
        and len(_WORD.findall(text, start, end))
        + text.count("'", start, end)
        + text.count("\u2019", start, end)
        < _LOUD_MIN_WORDS
    ):
        # A heading in capitals (« MODE DE VIE », « ANTÉCÉDENTS »: most stretches in capitals) is told
        # from the count below before its words are built: each match of ``_WORD`` makes one word, or
        # two where an apostrophe cuts it, so fewer matches and apostrophes than the count wants
        # settle it (the same answer, at the cost of one scan in C).
        return None
    machine = (
        [m.span() for m in _MACHINE.finditer(text, start, end)]
        if _MACHINE_SIGN.search(text, start, end)
        else []
    )
    words: list[_Word] = []
    previous_end = start
    for m in _WORD.finditer(text, start, end):
        if machine and any(s <= m.start() < e for s, e in machine):
            continue
        # A stretch is made of whole lines: its first word starts one.
        gap = text[previous_end : m.start()]
        starts_sentence = not words or (
            _SENTENCE_END.search(gap) is not None
            # the dot of an initial or an abbreviation ends no sentence (« U.R.S.S. PROBLÈMES »)
            and not (gap.strip() == "." and (len(words[-1].key) == 1 or words[-1].key in _ABBREVIATED_TITLES))
        )
        split = _split(m.start(), m.group(), starts_sentence)
        split[0].gap_before = gap
        # « DIAB' ÉTIQUE », « JUSQU' À »: a word the apostrophe cuts or elides is no name
        split[-1].cut = split[-1].cut or text[m.end() : m.end() + 1] in ("'", "\u2019")
        words.extend(split)
        previous_end = m.end()
    if not words:
        return None
    # Worth a second reading: in capitals, more than a heading (« PATIENT : DUPONT JEAN » is read
    # well as written), told before the words' forms are decided
    if upper and not whole_upper and sum(len(w.key) > 1 and w.key.isalpha() for w in words) < _LOUD_MIN_WORDS:
        return None
    words[-1].gap_after = text[previous_end:end]
    _decide(words, upper)
    forms = [(w.start, w.end, w.form) for w in words if w.form is not None]
    # and a stretch where a name, a title or a code gains its capital (a lower-case line of usual
    # prose, a heading in capitals made of common words gain nothing)
    if not whole_upper and not any(
        w.form not in (None, _LOWER, _FIRST) or (w.form == _FIRST and not w.sentence_start) for w in words
    ):
        return None
    return forms


def _split(start: int, word: str, sentence_start: bool) -> list[_Word]:
    """The word, or its elided article and the rest (« l'examen » → « l' » + « examen »)."""
    key = fold(word)
    head, sep, rest = word.replace("\u2019", "'").partition("'")
    # « L'EAU », « S'IL », « QU'OCCUPAIT » are split; « N'DIAYE », « D'ARCY » are names whole
    if (
        sep
        and rest
        and fold(head) in _ELISIONS
        and (_common(fold(rest)) or not _listed(key.replace("'", "")))
    ):
        cut = start + len(head) + 1
        return [
            _Word(start, cut, word[: len(head) + 1], fold(head), sentence_start=sentence_start, cut=True),
            _Word(cut, start + len(word), rest, fold(rest)),
        ]
    return [_Word(start, start + len(word), word, key, sentence_start=sentence_start)]


def _first_then_surname(words: list[_Word], first: int, surname: int) -> bool:
    """After a title, a listed first name and, next to it, a surname of the lists that is also a word,
    where the name visibly ends (« m. robert grenier, 06… », « pr maréchal suzanne, pr … »): both
    words are the name. Where nothing ends it, the word may start the sentence's verb phrase (« mme
    anne porte plainte ») and is left as a word."""
    last = max(first, surname)
    if last >= len(words) or abs(first - surname) != 1 or words[last].gap_before != " ":
        return False
    name, other = words[first], words[surname]
    if (
        not first_name_key(name.key, first_names())
        or not surname_key(other.key, surnames(), first_names())
        or other.key in cues.FUNCTION_WORDS
        or other.key in MEDICAL_WORDS
        or other.key in NOT_NAMES
        or not other.text.replace("-", "").isalpha()
    ):
        return False
    if last + 1 == len(words):
        return True
    after = words[last + 1]
    # (« m. paul marchand et son fils »: « et » joins another person or clause)
    return after.gap_before.strip(" \t") != "" or any(c.isdigit() for c in after.text) or after.key == "et"


def _listed(key: str) -> bool:
    """A first name or a surname of the lists (not a common word: checked by the caller)."""
    return first_name_key(key, first_names()) or surname_key(key, surnames(), first_names())


def _common(key: str) -> bool:
    if key in common_words() or key in cues.FUNCTION_WORDS or key in _NOT_NAMES:
        return True
    # « dix-sept », « anti-inflammatoire »: every part common
    return "-" in key and all(p in common_words() for p in key.split("-") if p)


def _decide(words: list[_Word], upper: bool) -> None:
    """Give each word the case a usual text would have (see the module's docstring)."""
    commons = common_words()
    names_too = name_words()
    after_title = 0  # how many more words may be the name a title announces
    strong = False
    doctor = False  # the title was « dr »
    plural = False  # the title was « mm. », « mmes »: a second name after « et »
    for i, w in enumerate(words):
        key = w.key
        if _ORDINAL.fullmatch(key):
            w.form = _LOWER  # « 1ER JANVIER », « 2E ÉTAGE »: an ordinal, no code
            after_title = 0
            continue
        if not w.text.isalpha() and any(c.isdigit() for c in w.text):
            # a code of letters and digits is written in capitals (« FR76 », « TS-288-HJ »); one that
            # mixes cases as written is a lab's or a unit's and keeps them (« PaCO2 », « SpO2 »: in
            # capitals, « PACO » would read as a name)
            if (
                not upper
                and any(c.isalpha() for c in w.text)
                and len(key) >= 4
                and not _MEASURE.fullmatch(key)
                and (w.text.islower() or w.text.isupper())
            ):
                w.form = _UPPER
            after_title = 0
            continue
        glued = _glued_title(w, words[i + 1] if i + 1 < len(words) else None)
        if glued is not None:
            w.form = glued  # « drmartin », « MMEDUBOIS »: a title typed against its name
            after_title = 0
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        previous = words[i - 1] if i else None
        if (
            key in _WEAK_TITLES
            and key in cues.TITLES
            and w.form is None
            and not w.cut
            and _first_then_surname(words, i + 2, i + 1)
        ):
            # « pr maréchal suzanne, », « docteur barre richard, »: a title, then a surname that is also a
            # word and a first name, where the name ends (a weak title alone wants no common word after it)
            w.form = _FIRST if key in _ABBREVIATED_TITLES or w.sentence_start else _LOWER
            words[i + 1].form = words[i + 2].form = _CAP
            after_title = 0
            continue
        if (
            (key in _STRONG_TITLES or key in _WEAK_TITLES or key == "me")
            and w.form is None  # (not in a street's name: « route du docteur roux »)
            and not w.cut
            and nxt is not None
            and _is_title(
                key,
                previous,
                w.gap_before,
                nxt,
                _name_alone(words, i + 1) or (key in _DOCTOR_TITLES and _surname_ends_clause(words, i + 1)),
            )
        ):
            w.form = (
                _UPPER
                if key == "mm"
                else _FIRST
                if key in _ABBREVIATED_TITLES or key == "me" or w.sentence_start
                else _LOWER
            )
            after_title = 1
            doctor = key in _DOCTOR_TITLES
            plural = key in _PLURAL_TITLES
            strong = key in _STRONG_TITLES or (
                key in {"m", "mm"} and _dot_before(nxt)
            )  # « m. » is as sure as « mr »
            continue
        if after_title:
            if len(key) == 1 and w.text.isalpha() and nxt is not None and _dot_before(nxt):
                # an initial (« dr c. petit », « dr é. masse »: a letter and its dot before the
                # particles, « e » is one): the word after it is the surname, common word or not
                # (« professeur j. gros »)
                w.form = _UPPER
                after_title = 1
                strong = True
                continue
            if key in _PARTICLES and nxt is not None and nxt.key not in cues.FUNCTION_WORDS - _PARTICLES:
                w.form = _LOWER  # « m. de la fontaine »: the particles, then the name…
                strong = False  # … which is no common word (« mme la directrice »)
                continue
            after_title -= 1
            if (
                key not in cues.FUNCTION_WORDS
                # (« dr guillemin, cmp villeurbanne », « dr moulin (chu grenoble alpes) »: an
                # establishment's acronym after a comma or a bracket ends the name)
                and not (key in _ESTABLISHMENT_ACRONYMS and w.gap_before != " ")
                # (after a strong title, a common word only when the lists know it as a name too:
                # « mr petit », « mme blanc »; « est mr stable », « mme confuse » describe the patient;
                # of three letters or more: « mr va mieux », a verb the lists hold as a short name)
                and (
                    (strong and _listed(key) and len(key) > 2)
                    or not _common(key)
                    or _listed_name(key)
                    or _name_alone(words, i)
                    or (doctor and _surname_ends_clause(words, i))
                )
                and (_listed(key) or _LATIN.search(key) is None)
            ):
                w.form = _CAP
                # a second word of the name: « mme jeanne dupuis », not « mr petit est revenu »; not
                # after a name its writer capitalised, who would have capitalised the next word too
                # (« professeur Mansourati fermez la parenthèse »: a dictation's command)
                after_title = (
                    1
                    if nxt is not None
                    and not _common(nxt.key)
                    and not (w.text[:1].isupper() and nxt.text[:1].islower())
                    # (« dr rey, polyclinique du beaujolais »: a comma ends the name; an
                    # establishment's noun opens no name's second word)
                    and "," not in nxt.gap_before
                    # (« dr jacquot (orl) »: an acronym in brackets after the name, a speciality's, is none
                    # of it; « m. ly kim seng (sophany) » names a person there)
                    and not ("(" in nxt.gap_before and len(nxt.key) <= 3 and not _listed(nxt.key))
                    and nxt.key not in _ESTABLISHMENT_NOUNS
                    else 0
                )
                strong = False
                if not after_title and nxt is not None and _first_then_surname(words, i, i + 1):
                    nxt.form = _CAP  # « m. robert grenier, »: a surname that is also a word, the name ending
                if plural and nxt is not None and nxt.key == "et" and i + 2 < len(words):
                    # « mm. pearson et feal-martinez »: a plural title names two people
                    last = words[i + 2]
                    if (
                        last.gap_before == " "
                        and not _common(last.key)
                        and last.text.replace("-", "").isalpha()
                    ):
                        last.form = _CAP
                continue
            after_title = 0
        # « le gall », « da silva »: a surname of two words whose first is a particle
        if nxt is not None and key in _PARTICLES and not _common(nxt.key):
            pair = f"{key} {nxt.key}"
            if pair in surnames():
                w.form = nxt.form = _CAP
                continue
        if (
            key in ROLE_KEYS
            and previous is not None
            and previous.key in {"le", "la", "du", "au"}
            and nxt is not None
            and nxt.gap_before == " "
            and nxt.text.isalpha()
            and len(nxt.key) >= 4
            and nxt.key not in cues.FUNCTION_WORDS
            and not _common(nxt.key)
        ):
            # « le général campenon », « du président pilsudski »: a rank, then a word no list knows
            # as a common one, capitalised as a usual text writes it, for the names reader's ranks
            nxt.form = _CAP
        if w.form is not None:  # given by the word before
            continue
        if grande_rue(words, i):
            continue  # « 9 grande rue »: the main street of a village, « 9 Grande Rue »
        if key in _STREET_TYPES and previous is not None and _house_number(words, i):
            # « 109, place de bretagne », « 204 route de la gare »: the name of a street after its
            # number and its type is a proper noun, common words too (« place de la Gare »)
            w.form = _FIRST if w.sentence_start else _LOWER
            for street in _street_name(words, i + 1):
                street.form = _CAP
            continue
        if key in _STREET_TYPES and (town := _street_then_commune(words, i)) is not None:
            # « place du marché à montluçon », « rue de la libération, montluçon », « avenue
            # désandrouin⏎59300 »: a street with no house number, its commune or postcode after it
            w.form = _FIRST if w.sentence_start else _LOWER
            for street in _street_name(words, i + 1):
                if street.form is None or street.form in (_LOWER, _FIRST):
                    street.form = _CAP
            if town:
                _place(words, town, load_lexicon().max_words)
            continue
        if (key in _UNNUMBERED_PLACES and _unnumbered_place(words, i)) or kind_after_residence(words, i):
            # « …, résidence les pins, bât. c », « vit au hameau de la forge », « lieu-dit kerhuel »:
            # a place named by its kind, no house number, opening a clause: its name is a proper noun
            w.form = _FIRST if w.sentence_start else _LOWER
            for street in _street_name(words, i + 1):
                street.form = _CAP
            continue
        if w.cut:
            w.form = _FIRST if w.sentence_start else _LOWER
        elif len(key) == 1 and nxt is not None and _dot_before(nxt) and w.text.isalpha():
            # an initial (« J. J. WELTI »), not « à » or « y »; in lower case, before a word no list
            # knows as a common one, an initial and its surname (« e. cadol »)
            # (not before a title, which opens the next name: « julien r., mme chevalier »)
            if not upper and nxt.text.isalpha() and not _common(nxt.key) and nxt.key not in _TITLE_KEYS:
                w.form = _UPPER
                nxt.form = _CAP
            else:
                w.form = None
        elif (
            key in _FAMOUS_WORDS
            and len(w.text) == len(_FAMOUS_WORDS[key])
            and previous is not None
            and (
                previous.key in _TO_A_HOSPITAL
                or (previous.key in {"la", "l"} and i > 1 and words[i - 2].key in _TO_A_HOSPITAL)
            )
        ):
            # (after « à », « de », « vers »: in lower case the name wants the cue a hospital has; « le
            # necker du cou » is a word typed wrong)
            w.form = "".join(
                c.upper() if n.isupper() else c.lower()
                for c, n in zip(w.text, _FAMOUS_WORDS[key], strict=True)
            )
        elif key in commons or key in cues.FUNCTION_WORDS:
            w.form = _FIRST if w.sentence_start else _LOWER
        elif (glued := _acronym_glued_to_commune(w.text)) is not None:
            w.form = glued  # « CHU-RENNES » (an HL7 assigning authority): the acronym, then its town
        elif (place := _commune(w.text)) is not None:
            w.form = place  # « bourg-en-bresse », « MARSEILLE »: as the list of communes writes it
        elif _common(key):
            w.form = _FIRST if w.sentence_start else _LOWER
        elif key in names_too:
            # « pierre », « paris »: a name only beside another name, settled below
            w.form = _FIRST if w.sentence_start else _LOWER
        elif key in _ESTABLISHMENT_ACRONYMS:
            pass  # « CHRS », « ehpad »: the establishments' pass below writes it if a name follows
        elif (
            _listed(key)
            and (len(key) > 3 or (len(key) == 3 and not w.text.isascii()))
            and (upper or not w.text.isupper())
        ):
            # (three letters are an acronym more often than a name: « SMN », « CEE », « mao », but
            # an acronym takes no accent: « zoé », « léa »; in a note in lower case, a word written in
            # capitals is an acronym: « aucun autre INTI actif »)
            w.form = _CAP
        elif upper:
            # Known by no list: a word made like a French word (« KÉRATOPLASTIE ») in lower case; an
            # acronym of three letters or less (« HTA ») in capitals; anything else as a usual text
            # writes a proper noun (« Kerbrat »), which the names reader then judges as it would there.
            if _made_like_a_word(key):
                w.form = _LOWER
            elif len(key) > 3:
                w.form = _CAP
        elif w.sentence_start and len(key) > 3:
            w.form = _FIRST  # (not an acronym of three letters: « cni présentée »)
    _communes_in_context(words, upper)
    if not upper:
        foreign_streets(words)
        communes_apart(words)
    _establishments(words)
    if not upper:
        _companies(words)
        _laboratories(words)
    _hospital_acronyms(words)
    _names_beside_names(words)
    if not upper:
        surnames_in_cells(words)
    _kin_names(words)
    # « pierre martin », « MARTIN PIERRE »: a name that is also a word, beside a listed name
    for i, w in enumerate(words):
        if w.key in names_too and w.form != _CAP:
            left = words[i - 1] if i > 0 and w.gap_before == " " else None
            # (after the name only: « mosquito way hatfield » is an English street)
            if left is not None and (
                (left.form == _CAP and _listed(left.key))
                # (« | lapeyre jean | », « 13:30 | chevrier olivier »: a listed surname that opens a cell
                # or a line, capitalised as its first word)
                or (left.form == _FIRST and _listed_name(left.key) and len(left.key) > 3)
            ):
                w.form = _CAP
    if not upper:
        titled_pairs(words)
        identity_pairs(words)
        kin_unknown_names(words)
        names_beside_roles(words)
        names_before_phones(words)
        _initials_after_names(words)
        bare_initials(words)
        dotted_initials(words)
    if not upper:
        for w in words:
            if w.form == _LOWER:
                w.form = None  # already so


# Titles a hurried hand types against the name, no space between (« mmedubois », « drmartin »): no
# French word opens on « mme », « mlle » or « mr »; many on « dr » and « pr » (« drain », « prise »),
# which are read so only before a listed name that is no common word.
_GLUED_ALWAYS = ("mlle", "melle", "mme", "mr")
_GLUED_BEFORE_LISTED = ("dr", "pr")


def _glued_title(w: _Word, nxt: _Word | None) -> str | None:
    """The form of a word that is a title glued to its name or its initial, written as a usual text
    would write it (« drmartin » → « DrMartin », « mmee. willmott » → « MmeE. willmott », for the names
    reader's glued titles), or None."""
    key = w.key
    if not w.text.isalpha() or len(key) < 4 or w.cut or _common(key) or _listed(key):
        return None
    for title in _GLUED_ALWAYS + _GLUED_BEFORE_LISTED:
        if key.startswith(title):
            rest = key[len(title) :]
            initial = len(rest) == 1 and title in _GLUED_ALWAYS and nxt is not None and _dot_before(nxt)
            if not initial and (
                len(rest) < 3
                or (title in _GLUED_BEFORE_LISTED and not (len(rest) >= 4 and _listed_name(rest)))
            ):
                return None
            cut = len(title)
            text = w.text
            return text[0].upper() + text[1:cut].lower() + text[cut].upper() + text[cut + 1 :].lower()
    return None


def _names_beside_names(words: list[_Word]) -> None:
    """Names that only a name beside them tells: a listed name of three letters after a listed name
    (« PHAM THI HOA », « NGUYEN BAO ANH », « fils noah et léo »: three letters are left as an acronym
    alone); a listed first name, then a surname that is also a word where the name visibly ends
    (« louise rivière, 34 ans »); after « patient », a listed surname before its date or age
    (« PATIENT ROUX, 01/01/1990 »)."""
    for i, w in enumerate(words):
        if w.form == _CAP or not w.text.isalpha() or _REGNAL.fullmatch(w.key):
            continue  # (« FRANCOIS IER », « LOUIS III »: a king's number)
        if len(w.key) == 3 and _listed(w.key) and not _common(w.key) and w.key not in _NOT_NAMES:
            left = words[i - 1] if i > 0 and w.gap_before == " " else None
            if left is not None and left.key == "et" and i > 1 and left.gap_before == " ":
                left = words[i - 2]
            # (after the name only: « mosquito way hatfield » is an English street)
            if left is not None and left.form == _CAP and _listed(left.key):
                w.form = _CAP
        elif (
            (
                i > 0
                and (
                    (words[i - 1].form == _CAP and _first_then_surname(words, i - 1, i))
                    or _after_patient(words, i)
                )
            )
            or _first_name_before_surname(words, i)
            or _unknown_after_first_name(words, i)
        ):
            w.form = _CAP
        elif _surname_then_first_name_after_patient(words, i):
            w.form = words[i + 1].form = _CAP


def _initials_after_names(words: list[_Word]) -> None:
    """« baptiste r. / externe : zoé l. », « martin c., petit s. », « par sonia p. (ide) »: in lower
    case, a letter and its dot right after a name is the initial of the other half of the name (the
    staff of a ward, a first name and the surname's initial), written in capitals as a usual text
    writes it. Not after a common word (« vit. c. », « ex. a. »)."""
    for i in range(1, len(words)):
        w, left = words[i], words[i - 1]
        nxt = words[i + 1] if i + 1 < len(words) else None
        dot = (nxt.gap_before if nxt is not None else w.gap_after).startswith(".")
        if (
            len(w.text) == 1
            and w.text.isalpha()
            and w.text.islower()
            and dot
            and w.gap_before == " "
            and w.form in (None, _LOWER)  # (« l », « a » are words elsewhere)
            and left.text.replace("-", "").isalpha()
            and not _common(left.key)
            and (
                (left.form in (_CAP, _FIRST) and (left.form == _CAP or _listed_name(left.key)))
                # (« 08:20 vernet c. », « par labarthe s.⏎ »: a surname the communes' list wrote, or one no
                # list holds, that opens its clause: « 08:00 aoudia k. (scanner) »; « plaie talon g. » is a
                # heel's side)
                or (
                    (_listed_form(left.form) or (left.form is None and _unknown(left)))
                    and _opens_clause(words, i - 1)
                )
            )
        ):
            w.form = _UPPER


def _opens_clause(words: list[_Word], i: int) -> bool:
    """``words[i]`` opens its line, cell or clause (a line break, a tab, a bar, a colon, a semicolon, a
    comma or a dash before it, a time: « 08:00 aoudia k. », or « par », « avec », « pour »)."""
    gap = words[i].gap_before
    if i == 0 or any(c in "\n\t|:;,—–(" for c in gap):
        return True
    return gap == " " and (words[i - 1].text.isdigit() or words[i - 1].key in {"par", "avec", "pour"})


# What makes the next word a noun (« ses fils noah », « un cousin »), not a surname (« par cousin alain »).
_DETERMINERS = cues.POSSESSIVES | word_set("le la les l un une des mon ma mes ton ta tes du au aux")


def _first_name_before_surname(words: list[_Word], i: int) -> bool:
    """« anne blanchard », « denis kuntz »: a first name that is also a word, right before a surname
    of the lists written as a name, is the name's first word."""
    if i + 1 >= len(words):
        return False
    w, nxt = words[i], words[i + 1]
    return (
        # (capitalised, or written as the communes' list writes it: « rose guérin »)
        (nxt.form == _CAP or (nxt.form not in (None, _LOWER, _UPPER, _FIRST) and nxt.form[:1].isupper()))
        and nxt.gap_before == " "
        and len(w.key) >= 3
        and w.key not in cues.FUNCTION_WORDS
        and w.key not in _NOT_NAMES
        and w.key not in _KIN_DESCRIPTIONS
        # (« ses fils noah et léo », « le docteur martin »: a kinship noun, a title or a rank before
        # the name is none of it)
        and not (w.key in cues.KIN_WORDS and i > 0 and words[i - 1].key in _DETERMINERS)
        and w.key not in cues.TITLES
        and w.key not in ROLE_KEYS
        and first_name_key(w.key, first_names())
        and surname_key(nxt.key, surnames(), first_names())
        and not _common(nxt.key)
    )


_ENGLISH_STREET_TYPES = word_set("lane road street way drive court park close grove hill")


def _unknown_after_first_name(words: list[_Word], i: int) -> bool:
    """« priya ramasamy », « nicolaï iouri »: in lower case, a word that no list knows, neither a
    common word nor a name, right after a listed first name that is no common word, is its surname
    (as a text in capitals writes such a word as a name)."""
    if i == 0:
        return False
    w, left = words[i], words[i - 1]
    return (
        w.form is None
        and left.form == _CAP
        and w.gap_before == " "
        and w.text.isalpha()
        and w.text.islower()
        and len(w.key) >= 4
        and not _common(w.key)
        and not _listed(w.key)
        and w.key not in cues.FUNCTION_WORDS
        and _LATIN.search(w.key) is None
        and _WORD_ENDINGS.search(w.key) is None
        and _listed_name(left.key)
        and first_name_key(left.key, first_names())
        # (« crockford lane basingstoke »: an English street's type that the first-name lists hold)
        and left.key not in _ENGLISH_STREET_TYPES
    )


# What follows a kinship noun and is no name, though the first-name lists hold some (« son fils aîné »).
_KIN_DESCRIPTIONS = word_set(
    "aine ainee cadet cadette unique majeur majeure mineur mineure adoptif adoptive present presente"
)
# After a word that is also a first name, what shows that it was one: the end of its clause, or a
# word that goes on after a name (« son fils denis à mirecourt », « sa fille mai, qui vit »).
_AFTER_KIN_NAME = word_set("a au aux qui et chez")


def _kin_names(words: list[_Word]) -> None:
    """« sa fille claire. », « son fils denis à mirecourt », « (sa fille mai, qui vit à montréal) »: a
    listed first name right after a possessive and a kinship noun is the person's, capitalised for the
    names reader's kinship rule (« sa fille Marie »); one that is a common word too only where its
    clause visibly ends or a word that follows a name comes (« sa fille rose de honte » stays)."""
    for i in range(2, len(words)):
        w, kin, possessive = words[i], words[i - 1], words[i - 2]
        if (
            w.form == _CAP
            or possessive.key not in cues.POSSESSIVES
            or kin.key not in cues.KIN_WORDS
            or w.gap_before != " "
            or kin.gap_before != " "
            or not w.text.isalpha()
            or len(w.key) < 3
            or w.key in _KIN_DESCRIPTIONS
            or w.key in _NOT_NAMES
            or w.key in cues.FUNCTION_WORDS
            or not first_name_key(w.key, first_names())
        ):
            continue
        if _common(w.key):
            nxt = words[i + 1] if i + 1 < len(words) else None
            gap = w.gap_after if nxt is None else nxt.gap_before
            if not (
                (nxt is None and not gap.strip())
                or any(c in gap for c in ",;.()[]—–\n")
                or (nxt is not None and gap == " " and nxt.key in _AFTER_KIN_NAME)
            ):
                continue
        w.form = _CAP


def _after_patient(words: list[_Word], i: int) -> bool:
    """« PATIENT ROUX, 01/01/1990 »: a listed surname that is no word, after « patient », before its
    date or age (« le patient marche, 3 fois par jour » is a verb)."""
    w = words[i]
    return (
        words[i - 1].key in {"patient", "patiente"}
        and w.gap_before == " "
        and surname_key(w.key, surnames(), first_names())
        and not _common(w.key)
        and w.key not in cues.FUNCTION_WORDS
        and w.key not in _NOT_NAMES
        and i + 1 < len(words)
        and words[i + 1].gap_before.strip() in {",", "("}
        and any(c.isdigit() for c in words[i + 1].text)
    )


def _surname_then_first_name_after_patient(words: list[_Word], i: int) -> bool:
    """« patiente : petit olive, née le … », « patient moulin kévin 24 ans »: after « patient », a
    listed surname then a listed first name where the name visibly ends (a comma, a bracket, the
    line's end, an age or a date), the order of a record's identity, though both are words too."""
    if i == 0 or i + 1 >= len(words) or words[i - 1].key not in {"patient", "patiente"}:
        return False
    w, given = words[i], words[i + 1]
    if w.gap_before.strip() not in {"", ":"} or "\n" in w.gap_before or given.gap_before != " ":
        return False
    after = words[i + 2] if i + 2 < len(words) else None
    ends = after is None or any(c in after.gap_before for c in ",(\n") or after.text[:1].isdigit()
    return (
        ends
        and w.text.isalpha()
        and given.text.replace("-", "").isalpha()
        and w.key not in cues.FUNCTION_WORDS
        and w.key not in _NOT_NAMES
        and given.key not in _NOT_NAMES
        and bool(surname_key(w.key, surnames(), first_names()))
        and bool(first_name_key(given.key, first_names()))
    )


def _made_like_a_word(key: str) -> bool:
    return len(key) >= 6 and (_WORD_ENDINGS.search(key) is not None or _LATIN.search(key) is not None)


# A house number in words, from « deux » to « quatre-vingt-dix-neuf » (« un », « une » are articles).
_NUMBER_IN_WORDS = re.compile(rf"(?!une?$)(?:{NUMBER_WORD})")


def _house_number(words: list[_Word], i: int) -> bool:
    """The street type ``words[i]`` follows a house number (« 12 », « 12 bis », « 12, »)."""
    k = i - 1
    if words[k].key in {"bis", "ter", "quater"} and k > 0:
        k -= 1
    if k > 0 and words[k - 1].text.isdigit() and words[k].gap_before in {",", "."}:
        return False  # « à 2,5 rue près »: a decimal
    # dictated, the number in words (« douze bis rue du docteur roux »)
    number = words[k].text.isdigit() or _NUMBER_IN_WORDS.fullmatch(words[k].key) is not None
    return number and "\n" not in words[k + 1].gap_before


# Places named by their kind that need no house number (« résidence les Pins », « lieu-dit Kerhuel »,
# « au moulin de Kerhuel »): kinds the address reader takes without a number, when a capital follows.
_UNNUMBERED_PLACES = word_set("residence lotissement lieu-dit lieudit hameau cite moulin")
# What opens the clause such a place starts: a comma, a colon, a bracket, a line break (« domicile :
# résidence … »), or « au » (« vit au hameau de … »).
_CLAUSE_GAP = re.compile(r"[,:;(\n]")
_ARTICLES_OF_PLACES = word_set("le la les l des du de d")


def _unnumbered_place(words: list[_Word], i: int) -> bool:
    """``words[i]`` is a kind of place that opens a clause, and the next word starts a name: an
    article (« résidence les pins ») or a word that no list knows as a common one (« lieu-dit
    kerhuel »). « résidence principale », « la cité », « en résidence secondaire » are no places."""
    if i + 1 >= len(words):
        return False
    previous, nxt = (words[i - 1] if i else None), words[i + 1]
    opens = (
        previous is None
        or _CLAUSE_GAP.search(words[i].gap_before) is not None
        or (previous.key in {"au", "aux"} and words[i].gap_before == " ")
    )
    return (
        opens
        and nxt.gap_before == " "
        and nxt.text.isalpha()
        and (nxt.key in _ARTICLES_OF_PLACES or not _common(nxt.key))
    )


_STREET_REACH = 6


def _street_then_commune(words: list[_Word], i: int) -> int | None:
    """``words[i]`` is a street's type, the next word starts a name (an article or a link, or a word
    no list knows as a common one: « route de lochrist », « boulevard baille »), and the street's
    commune or postcode comes right after its name: « à » and a commune, a comma and a commune, or a
    line break and a postcode (the address line of a letter's heading). « la route est longue » and
    « une place de parking à lyon » (no street in particular) say no place. Returns where the
    commune starts (0 for a postcode), or None."""
    if i + 1 >= len(words) or (i > 0 and words[i - 1].key in {"un", "une", "des"}):
        return None
    nxt = words[i + 1]
    if nxt.gap_before != " " or not nxt.text.isalpha() or not (nxt.key in _LINKS or not _common(nxt.key)):
        return None
    lexicon = load_lexicon()
    for j in range(i + 2, min(len(words), i + 2 + _STREET_REACH)):
        w = words[j]
        gap = w.gap_before
        if "\n" in gap:
            return 0 if len(w.text) == 5 and w.text.isdigit() else None
        if gap.strip(" ") == ",":
            if w.key in {"le", "la", "les"} and j + 1 < len(words) and words[j + 1].gap_before == " ":
                # (« chemin de la source, le bourg-d'oisans »: a commune opening on its article)
                commune = lexicon.commune(f"{w.text} {words[j + 1].text}")
                return j if commune is not None else None
            return j if w.text.replace("-", "").isalpha() and lexicon.commune(w.text) is not None else None
        if gap != " " and gap != "-" and not (gap == "" and words[j - 1].cut):
            return None  # (a dot, a bracket: the sentence goes elsewhere)
        if w.key == "a" and j + 1 < len(words) and words[j + 1].gap_before == " ":
            after = words[j + 1]
            return j + 1 if after.text.replace("-", "").isalpha() and lexicon.commune(after.text) else None
        if not w.text.replace("-", "").replace("'", "").isalpha():
            return None
    return None


def _street_name(words: list[_Word], first: int) -> list[_Word]:
    """The words of a street's name from ``first``, to a comma, a bracket or the end of the line;
    its particles and function words are left in lower case."""
    name: list[_Word] = []
    for w in words[first : first + 6]:
        if w is not words[first] and (w.gap_before.strip() or "\n" in w.gap_before):
            break
        if w.text.isdigit():
            break
        if w.key not in cues.FUNCTION_WORDS and w.key not in _PARTICLES and not w.cut:
            name.append(w)
    return name


# An establishment's acronym glued to a word by an underscore (« CHU_RENNES »: an HL7 message's facility).
_GLUED_BY_UNDERSCORE = re.compile(r"[A-Z]{2,5}_[A-Z][A-Z\-]+")


def _acronym_glued_to_commune(word: str) -> str | None:
    """An establishment's acronym glued by a hyphen to its town (« CHU-RENNES », « ch-vichy », the
    assigning authority of an HL7 identifier, a banner's site): the acronym in capitals, the town as the
    list of communes writes it; None if ``word`` is no such pair."""
    head, dash, rest = word.partition("-")
    if not dash or fold(head) not in _ESTABLISHMENT_ACRONYMS:
        return None
    town = _commune(rest, words_too=True)
    return None if town is None else head.upper() + "-" + town


def _commune(word: str, *, words_too: bool = False) -> str | None:
    """How the list of communes writes ``word``, when it is a commune that is no common word
    (« vesoul » → « Vesoul », « bourg-en-bresse » → « Bourg-en-Bresse »), letter for letter; with
    ``words_too``, also one that is (« eu », « sens » after a postcode).

    The list of communes marks as words names that a large dictionary knows in some other sense
    (« rodez », a verb's form, « vichy », a cloth, « cognac », « tulle »): a note says them as places;
    only the common words of the names' lists (« sens », « vannes », « tours ») wait for a context."""
    commune = load_lexicon().commune(word)
    if commune is None or len(commune.name) != len(word):
        return None
    if commune.is_word and not words_too and _common(fold(word)):
        return None
    if any(a != b and a.lower() != b.lower() for a, b in zip(word, commune.name, strict=True)):
        return None  # written otherwise (« mezieres » without its accent): left to the other rules
    return commune.name


def _communes_in_context(words: list[_Word], upper: bool) -> None:
    """Communes that are also words or start with an article, where a usual text would capitalise
    them: after a postcode on its line (« 76260 eu », « 89100 sens cedex »), in a letter's dateline
    (« fait à sens, le … »), and « le havre », « la rochelle » (an article and a name that is no
    common word, or a large city's)."""
    lexicon = load_lexicon()
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or "\n" in nxt.gap_before:
            continue
        if (
            len(w.text) == 5
            and w.text.isdigit()
            and nxt.gap_before.strip(" ,") == ""
            # (« 86210 bonneuil-matours »: a commune of hyphenated words too)
            and nxt.text.replace("-", "").replace("'", "").isalpha()
        ):
            # the longest commune of one to four words after the postcode, letter for letter
            _place(words, i + 1, lexicon.max_words)
            # (its commune after it: one of the list, or a word no list knows as a common one)
            if (nxt.form not in (None, _LOWER, _FIRST) or (len(nxt.key) >= 3 and not _common(nxt.key))) and (
                "," in w.gap_before
            ):
                _locality_before_postcode(words, i)
        elif (
            w.key == "a"
            and i > 0
            and words[i - 1].key == "fait"
            and nxt.form in (None, _LOWER)
            and (after := words[i + 2] if i + 2 < len(words) else None) is not None
            and after.gap_before.strip() == ","
        ):
            _place(words, i + 1, 1)  # « fait à sens, le 10 juin »
        elif (
            upper
            and w.key in {"a", "au", "de", "du", "en"}
            and nxt.gap_before == " "
            and nxt.text.isalpha()
            and (commune := lexicon.commune(nxt.text)) is not None
            and commune.population >= 100_000
        ):
            # « À TOURS », « DE RENNES »: in capitals the reading as written took them for the
            # cities they are most of the time there; a large city that is also a word stays one
            _place(words, i + 1, 1)
        elif (
            w.key in {"le", "la", "les"}
            and nxt.gap_before == " "
            and nxt.text.replace("-", "").replace("'", "").isalpha()
        ):
            commune = lexicon.commune(f"{w.text} {nxt.text}")
            if commune is not None and (not _common(nxt.key) or commune.population >= 100_000):
                _place(words, i, 2)
        elif w.key in _PLACE_CUES and (w.key not in _BORN or "é" in w.text.lower()):
            # (« né » with its accent: « ne » is the negation, « au cours de » no place)
            _commune_after_cue(words, i, lexicon.max_words)
        elif (
            w.key in _PUBLIC_OFFICES
            and nxt.key in {"de", "d"}
            and i + 2 < len(words)
            and words[i + 2].gap_before in (" ", "")
            and words[i + 2].text.isalpha()
        ):
            _place(words, i + 2, lexicon.max_words)  # « commissariat de vannes », « ccas de lamballe »
    return


# What opens the name of a locality with no house number: an article (« la bonnetière », « les quatre
# chemins ») or the kind of place (« lieu-dit kerven », « quartier les fonts du pouzin »).
_LOCALITY_OPENERS = word_set("le la les l lieu-dit lieudit quartier hameau domaine ferme mas")
# The links inside such a name, left in lower case (« la croix des landes »).
_LOCALITY_LINKS = word_set("de du des d la le les l")
_LOCALITY_MOST_WORDS = 5


def _locality_before_postcode(words: list[_Word], postcode: int) -> None:
    """« la bonnetière, 79200 parthenay », « les quatre chemins, 85110 chantonnay »: the clause right
    before a postcode and its commune, its own clause (after a comma, a colon, a bracket or a line
    break), opening on an article or a kind of place, of words only: the address line of a place with
    no house number, written as a usual text writes it (« La Bonnetière, 79200 Parthenay ») for the
    address reader. A clause that opens on anything else (« elle vit seule, 85110 … ») is left."""
    first = postcode - 1
    while (
        first > 0
        and words[first].gap_before in (" ", "-", "")
        and postcode - first < _LOCALITY_MOST_WORDS
        and not after_residence(words, first)
    ):
        if words[first].gap_before == "" and not words[first - 1].cut:
            return
        first -= 1
    if first < 0 or first >= postcode:
        return
    gap = words[first].gap_before
    # (or right after a word of residence: « demeurant la croix blanche, 86210 … »)
    if first > 0 and not any(c in gap for c in ",:;(\n—–") and not after_residence(words, first):
        return
    clause = words[first:postcode]
    if (
        len(clause) < 2
        or clause[0].key not in _LOCALITY_OPENERS
        or any(not x.text.replace("-", "").replace("'", "").isalpha() for x in clause)
        or any(x.key in cues.FUNCTION_WORDS and x.key not in _LOCALITY_LINKS for x in clause)
        or any(x.form == _CAP and _listed_name(x.key) for x in clause)  # (a person: « la fille de dupont »)
    ):
        return
    for k, x in enumerate(clause):
        if x.key in _LOCALITY_LINKS and k:
            continue
        x.form = _CAP


# Where a person was born, lives or works: the commune after « à » in the same clause is one, even
# a word (« exerce à vannes », « né le 3 mai 1950 à limoges »); after « naissance », also the one after
# the date and its comma (« lieu de naissance : 05/01/1950, limoges »).
_PLACE_CUES = word_set(
    """
    ne nee nes nees vit vivait habite habitait exerce exercait reside residait residant residante
    domicilie domiciliee demeurant demeurante installe installee originaire naissance commune village
    """
)
_BORN = word_set("ne nee nes nees")
# A place named by its kind: the commune follows « de » (« la commune de botkyrka »).
_PLACE_KINDS = word_set("commune village")
_KIND_LINKS = frozenset({"de", "d"})
_AT_LINKS = frozenset({"a", "au"})
_PUBLIC_OFFICES = word_set("commissariat gendarmerie mairie tribunal prefecture ccas")
_CUE_REACH = 8


def _commune_after_cue(words: list[_Word], cue: int, most: int) -> None:
    links = _KIND_LINKS if words[cue].key in _PLACE_KINDS else _AT_LINKS
    for j in range(cue + 1, min(len(words), cue + 1 + _CUE_REACH)):
        w = words[j]
        if "\n" in w.gap_before or _CLAUSE_ENDS.search(w.gap_before):
            return
        after_date = "," in w.gap_before and any(c.isdigit() for c in words[j - 1].text)
        if (after_date or words[j - 1].key in links) and w.text.isalpha():
            nxt = words[j + 1] if j + 1 < len(words) else None
            # the clause ends after it, or a function word follows (« habite à tours depuis 2015 »):
            # « vit à sens unique » is no commune
            ends = (
                nxt is None
                or nxt.gap_before.strip() != ""
                or "\n" in nxt.gap_before
                or nxt.key in cues.FUNCTION_WORDS
            )
            if ends and w.form in (None, _LOWER, _FIRST) and w.key not in cues.FUNCTION_WORDS:
                _place(words, j, most)
                if (
                    w.form is None
                    and len(w.key) >= 4
                    and not _common(w.key)
                    and load_lexicon().commune(w.text) is None
                ):
                    w.form = _CAP  # « réside à grödinge », « la commune de botkyrka »: a place no list holds
            return


_CLAUSE_ENDS = re.compile(r"[.;!?()]")


def _companies(words: list[_Word]) -> None:
    """A laboratory typed in lower case: its company form as the medicines' reader knows it, and up to
    three words before it on its line capitalised (« teva uk ltd » → « Teva Uk Ltd », « teva
    pharmaceutical works »), for that reader to keep it from the names (« Teva » is also a surname)."""
    for i, w in enumerate(words):
        form = _COMPANY_FORMS.get(w.text)
        letters = _dotted_form(words, i) if form is None else 0
        if letters:
            form = _UPPER  # « teva kutno s . a . » → « Teva Kutno S . A . »
        if form is None or i == 0 or (_common(w.key) and not letters) or w.gap_before != " ":
            continue
        for x in words[i + 1 : i + letters]:
            x.form = _UPPER
        before: list[_Word] = []
        k = i - 1
        while k >= 0 and len(before) < 3:
            b = words[k]
            if not b.text.isalpha() or b.key in cues.FUNCTION_WORDS or (_common(b.key) and len(b.key) > 2):
                break  # (« uk », « sa »: a country's or a form's letters, common for the lists)
            before.append(b)
            if b.gap_before != " ":
                break
            k -= 1
        if not before:
            continue
        w.form = form
        for b in before:
            b.form = _CAP
        # « pharmaceutical works »: the word after the form is the company's too
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.gap_before == " " and nxt.text.isalpha() and not _common(nxt.key):
            nxt.form = _CAP


def _dotted_form(words: list[_Word], i: int) -> int:
    """How many letters from ``words[i]`` spell a company form with dots (« s . a . », « n.v. »,
    « s.r.l. »), or 0."""
    letters = ""
    k = i
    while k < len(words) and len(words[k].key) == 1 and words[k].text.isalpha() and len(letters) < 4:
        after = words[k + 1].gap_before if k + 1 < len(words) else words[k].gap_after
        if not after.strip(" ").startswith("."):
            break
        letters += words[k].key
        k += 1
    return k - i if letters in _DOTTED_FORMS else 0


def _establishments(words: list[_Word]) -> None:
    """A hospital, a clinic or a nursing home named in lower case, written as a usual text writes
    it: the acronym of its type in capitals and its name capitalised (« ehpad les tilleuls » →
    « EHPAD Les Tilleuls », « chu de rouen » → « CHU de Rouen », « clinique du parc » → « clinique du
    Parc », « hôpital necker », « centre de rééducation les herbiers » → « Centre de rééducation Les
    Herbiers », « centre henri-becquerel »), for the establishments' reader to judge as there.

    The name is the words after the type, its adjectives (« privé », « universitaire ») and a link
    (« de », « du », « les »), to the end of the clause: a common word only right after a link
    (« du parc »; after « le », « la », « les » only for an acronym or a « centre de … »: « à
    l'hôpital les examens »),
    never a unit, a speciality, a time (« hôpital de jour », « clinique de la douleur », « à
    l'hôpital le lendemain »); the words after the first only when no common word (« hôpital
    necker enfants-malades », not « clinique pasteur suivi »)."""
    for i, w in enumerate(words):
        key = w.key
        acronym = key in _ESTABLISHMENT_ACRONYMS
        pharmacy = key == "pharmacie"
        if (
            not acronym
            and not pharmacy
            and key not in _ESTABLISHMENT_NOUNS
            and key not in _CAPITALISED_TYPES
            and key != "cabinet"
        ):
            continue
        if w.cut or w.form not in (None, _LOWER, _FIRST):
            continue
        previous = words[i - 1] if i else None
        k = i + 1
        if key == "centre":
            # « centre » alone is also the middle of a town: only « centre hospitalier », « centre
            # de rééducation », « centre médical » or « centre » before a first name
            rest = [x.key for x in words[k : k + 4]]
            kind = next(
                (n for n in _CENTRE_KINDS if rest[: len(n)] == list(n) and _same_clause(words, k, len(n))),
                None,
            )
            if kind is not None:
                k += len(kind)
            elif not (k < len(words) and first_name_key(words[k].key.split("-")[0], first_names())):
                continue
        elif key == "cabinet":
            # an imaging practice dictated or typed in lower case (« au cabinet de radiologie du lac »): only
            # with its speciality, which says a place of care (« cabinet médical », « cabinet du maire » no)
            rest = [x.key for x in words[k : k + 2]]
            kind = next(
                (n for n in _PRACTICE_KINDS if rest[: len(n)] == list(n) and _same_clause(words, k, len(n))),
                None,
            )
            if kind is None:
                continue
            k += len(kind)
        elif key == "clinique" and not (
            previous is None
            or (previous.key in cues.FUNCTION_WORDS and previous.key not in {"et", "ou"})
            or previous.cut
            or _SENTENCE_END.search(w.gap_before)
            or "(" in w.gap_before
            or "," in w.gap_before  # « préleveur : dr quéré, clinique pasteur, 32 rue … »
            # (after the unit's speciality clipped, as a handover names where the patient is: « ssr cardio
            # clinique des cèdres », « hdj psy clinique du château »; « examen cardio clinique » is rare)
            or (previous.key in CLIPPED_SPECIALTIES and i + 1 < len(words) and words[i + 1].key in _LINKS)
            or any(c.isdigit() for c in previous.text)  # « irm 19/3 18h clinique st vincent »: a time
            # (« rdv dr ferreira clinique du parc »: after a doctor's name and before a link, the
            # clinic where the doctor sees)
            or (
                previous.form == _CAP
                and i > 1
                and words[i - 2].key in cues.TITLES
                and i + 1 < len(words)
                and words[i + 1].key in _LINKS
            )
        ):
            continue  # « examen clinique du patient »: an adjective
        if (
            key in {"hopital", "hop"}
            and k < len(words)
            and words[k].key in _HOSPITAL_NAMING_WORDS
            and words[k].form in (None, _LOWER)
            and _same_clause(words, k, 1)
            and not _same_clause(words, k + 1, 1)
        ):
            # « hôpital européen, marseille », « chru de nancy, hôpital central⏎ », « hôpital nord-ouest »:
            # a hospital named by its quarter of the town or by what it serves, ending the clause
            # visibly, as a usual text writes it (« Hôpital Européen »); not « l'hôpital est fermé »
            words[k].form = _CAP
            continue
        # a type no sentence says otherwise: the article after it opens a name (« ehpad les
        # tilleuls », « centre de rééducation les érables »)
        sure = acronym or key in {"centre", "cabinet"}
        adjectives = k
        while k < len(words) and words[k].key in _ESTABLISHMENT_ADJECTIVES and _same_clause(words, k, 1):
            k += 1
        adjectives_end = k
        home = None
        if acronym and k < len(words) and words[k].key == "residence" and _same_clause(words, k, 1):
            home = words[k]  # « ehpad résidence le clos fleuri »: the home's name opens on « résidence »
            k += 1
        link = None
        if k < len(words) and words[k].key in _LINKS and _same_clause(words, k, 1):
            link = words[k].key
            k += 1
            if k < len(words) and words[k].key in {"la", "l"} and link == "de" and _same_clause(words, k, 1):
                k += 1
        if pharmacy and (
            link is None
            or link in {"le", "la", "les", "l"}
            or (k < len(words) and words[k].key in _PHARMACY_UNITS)
        ):
            # (« pharmacie du marché », « pharmacie de la glacière »: a pharmacy's name after a link;
            # not « pharmacie de garde », « pharmacie de l'hôpital », « la pharmacie le lendemain »)
            continue
        if key in {"clinique", "polyclinique"} and link == "les" and _plural_name_ends_clause(words, k):
            sure = True  # « à la clinique les lauriers. », « clinique les fontaines (melun) »
        name: list[_Word] = []
        branded = False
        if key in _HOME_CARE_KEYS and link is None and home is None:
            # « had santé service⏎ », « (HAD SANTÉ RELAIS DOMICILE) »: a home-care service's brand is
            # made of generic words, two or three to the visible end of the clause
            end = _name_to_clause_end(words, k, 3, brand=True)
            after = (words[end].gap_before if end < len(words) else words[-1].gap_after) if end else ""
            # (not before a dash, even on the next line: the establishments' reader would take the
            # capitalised words after it as one of its sites, « had santé service — patient martin »,
            # « had santé service⏎- m. martin »)
            visible = any(c in after for c in ",;()[]\n") and not any(c in after for c in "-—–")
            if end is not None and end - k >= 2 and visible:
                name.extend(words[k:end])
                k = end
                branded = True
        while not branded and k < len(words) and len(name) < 4 and _same_clause(words, k, 1):
            n = words[k]
            if not n.text.isalpha() and "-" not in n.text and "'" not in n.text:
                break
            if (
                n.key in _STREET_TYPES
                and sure
                and not name
                and link is not None
                and not _same_clause(words, k + 1, 1)
            ):
                # « centre d'imagerie du mail, angers »: a street's type alone after the link, ending
                # the clause, is the name a centre took from its street
                name.append(n)
                k += 1
                break
            if n.key in cues.FUNCTION_WORDS or n.key in _NOT_ESTABLISHMENT_NAMES or n.key in _STREET_TYPES:
                break
            common = _common(n.key) and not _listed(n.key) and not (not name and compound_name(n.key))
            if common and (name or link is None or (link in {"le", "la", "les", "l"} and not sure)):
                end = _name_to_clause_end(words, k, 4 - len(name)) if sure and name else None
                if acronym and not name and link is None and place_after_type(words, k):
                    # « chu guadeloupe — observation », « chd vendée, »: a place word alone names it
                    name.append(n)
                    k += 1
                    break
                if sure and not name and link is None:
                    # « centre hospitalier métropole savoie, », « chu cavale blanche⏎ »: right after a
                    # type that is always an establishment, two words or more to the visible end of
                    # the clause are its name (one may describe it: « l'ehpad voisin. »)
                    end = _name_to_clause_end(words, k, 4)
                    after = (
                        (words[end].gap_before if end < len(words) else words[-1].gap_after) if end else ""
                    )
                    # (the clause visibly ends: a comma, a bracket, a dash or the line's end, not the
                    # text's: « contact … arobase ch tiret vannes point fr » is dictated)
                    visible = any(c in after for c in ",;()[]—–\n")
                    end = end if end is not None and end - k >= 2 and visible else None
                if end is not None:
                    # « ehpad le clos fleuri⏎ », « (ehpad les jardins d'automne) »: after a type that is
                    # always an establishment, the words to the visible end of the clause are its name
                    name.extend(words[k:end])
                    k = end
                break
            name.append(n)
            k += 1
        if (
            name
            and not sure
            and _common(name[0].key)
            and k < len(words)
            and _same_clause(words, k, 1)
            and words[k].text.isalpha()
            and words[k].key not in cues.FUNCTION_WORDS
        ):
            # a word after it, as in « la clinique du diabète insipide »: a subject, not the name
            # (« clinique du parc », « hôpital de la mère et de l'enfant » end there)
            continue
        if not name:
            continue
        if home is not None:
            home.form = _FIRST
        if key in {"clinique", "polyclinique"} and adjectives_end > adjectives:
            # « clinique générale d'annecy »: a clinic's adjective is part of its name (« Clinique
            # Générale d'Annecy »), the establishments' reader wants both capitalised
            w.form = _FIRST
            for adjective in words[adjectives:adjectives_end]:
                adjective.form = _CAP
        if acronym or key == "hop":
            w.form = _UPPER  # (« hop tenon »: as the forms of a hospital's exports abbreviate it, « HOP »)
        elif key in _CAPITALISED_TYPES and not (
            previous is not None and previous.key in _LINKS and i > 1 and words[i - 2].form == _CAP
        ):
            w.form = _FIRST  # (« Centre de rééducation », « Institut »: its reader wants a capital)
            # (but after a name and « du »: « docteur Fontaine du centre hospitalier de Dax », where
            # « du Centre » would read as a particle and the rest of the name)
        for n in name:
            n.form = _commune(n.text, words_too=True) or _CAP  # « Pont-l'Évêque » as the list writes it


# The laboratory networks' brands of one word, folded, as their list writes them (« cerballiance » →
# « Cerballiance », « bio-lorraine » → « Bio-Lorraine »).
_LABORATORY_BRANDS = {fold(n): n for n in network_names() if " " not in n and not n.isupper()}
# The points of a compass and « centre » that close a laboratory's name (« Bio Ouest », « Bio Centre »).
_LABORATORY_QUARTERS = word_set("nord sud est ouest centre")


def _laboratories(words: list[_Word]) -> None:
    """A medical laboratory named in lower case (a lab report's header typed so, a note), written as
    its letterhead writes it for the laboratories' reader: a network's brand of its list as the list
    writes it (« laboratoire cerballiance saverne », « labo cerballiance », « eurofins biomnis »), and
    after « laboratoire » or « labo » a name made on « bio » (« laboratoire bio-armor », « laboratoire
    biolab normandie », « laboratoire bio ouest ») capitalised with the words no list knows after it,
    and its type too as a letterhead writes it (« Laboratoire Bio-Armor »).
    Not « laboratoire de biologie », « laboratoire d'analyses », « laboratoire bio » nothing after it."""
    for i, w in enumerate(words):
        if w.form not in (None, _LOWER, _FIRST) or w.cut:
            continue
        brand = _LABORATORY_BRANDS.get(w.key)
        if brand is not None and len(brand) == len(w.text):
            w.form = brand
            continue
        if w.key not in {"laboratoire", "labo"} or i + 1 >= len(words) or not _same_clause(words, i + 1, 1):
            continue
        name = words[i + 1]
        bare = name.key == "bio"
        if (
            not name.key.startswith("bio")
            or name.form not in (None, _LOWER)
            or not name.text.replace("-", "").isalpha()
        ):
            continue
        if not bare and _common(name.key):
            continue  # « laboratoire biologique », « biologie »
        rest: list[_Word] = []
        for k in range(i + 2, min(i + 4, len(words))):
            n = words[k]
            if (
                not _same_clause(words, k, 1)
                or not n.text.replace("-", "").isalpha()
                or n.form not in (None, _LOWER)
            ):
                break
            # (a region closes it too: « laboratoire biolab normandie »)
            if n.key in cues.FUNCTION_WORDS or (
                _common(n.key) and n.key not in _LABORATORY_QUARTERS and n.key not in REGIONS
            ):
                break
            rest.append(n)
        if bare and not rest:
            continue
        w.form = (
            _FIRST  # (« Laboratoire Bio-Armor »: its reader wants the type capitalised before such a name)
        )
        name.form = _CAP
        for n in rest:
            n.form = _CAP


# The shape of a hospital's own acronym that no list holds: « ch » or « gh » and one to three more
# letters, « h » and two to four (« chsf », « ghsr », « hcl », « hnfc »), as the establishments' reader
# reads them in capitals.
_HOSPITAL_ACRONYM = re.compile(r"(?:[cg]h[a-z]{1,3}|h[a-z]{2,4})")
# Where a patient goes, stays or comes from, right before it (« au », « aux », « à l' », « de l' »,
# « du », « vers le », « depuis l' »), or a bracket.
_GOES_TO = frozenset({"au", "aux", "du", "vers", "depuis", "via"})
_ELIDED_GOES_TO = frozenset({"l"})
# Medical and administrative acronyms of that shape, never a hospital's (as the establishments' reader
# lists them in capitals; « hdj », « hc » are units the reader judges).
_NOT_HOSPITAL_SHAPES = frozenset(a.lower() for a in (*_NOT_HOSPITAL_ACRONYMS, *_MEDICAL_H_ACRONYMS))


def _hospital_acronyms(words: list[_Word]) -> None:
    """A hospital's own acronym typed in lower case where a patient goes or stays (« opérée au chuv »,
    « l'enfant aux hcl (hfme) », « transféré à l'hegp »), written in capitals as a usual text writes
    it, for the establishments' reader to judge as there: no common word, no listed name, no medical
    acronym (« suivi de l'hta »). In a stretch in capitals, the same word is left in capitals (« OPÉRÉE
    AU CHUV »), not read as a proper noun the re-cased reading would not find."""
    for i, w in enumerate(words):
        # (in capitals, what no list knows was written as a proper noun, « Chuv »: an acronym there)
        # (or a sentence's first word, « chsf – urgences »: capitalised as an unknown word)
        if (
            w.form not in (None, _CAP, _FIRST)
            or not w.text.isalpha()
            or _HOSPITAL_ACRONYM.fullmatch(w.key) is None
        ):
            continue
        key = w.key
        if _common(key) or key in _NOT_HOSPITAL_SHAPES or key in _ESTABLISHMENT_ACRONYMS:
            continue
        # (a listed name has a vowel: « chm » alone in its clause is an acronym the lists hold by mistake)
        if _listed(key) and not (acronym_apart(words, i) and not any(c in "aeiouy" for c in key)):
            continue
        previous = words[i - 1] if i else None
        after_cue = previous is not None and (
            (previous.key in _GOES_TO and w.gap_before == " ")
            or (
                previous.key in _ELIDED_GOES_TO
                and previous.cut
                and i >= 2
                and words[i - 2].key in {"a", "de"}
            )
            or (previous.key in {"le", "l"} and i >= 2 and words[i - 2].key in {"vers", "depuis"})
        )
        # (or alone in its clause, as a letterhead or a banner names it: « chm – urgences », « ghpso creil »)
        if after_cue or w.gap_before.endswith("(") or acronym_apart(words, i):
            w.form = _UPPER


def _plural_name_ends_clause(words: list[_Word], k: int) -> bool:
    """After « clinique les », a plural noun or two that end the clause where it visibly ends (a
    full stop, a comma, a bracket, a dash (« - » between spaces too), the line's end) name the clinic, as most clinics are named
    (« Les Lauriers », « Les Fontaines », « Les Cèdres bleus »); not a sentence that goes on (« à la
    clinique les enfants sont reçus »)."""
    if k >= len(words) or not words[k].key.endswith(("s", "x")):
        return False
    end = _name_to_clause_end(words, k, 2)
    if end is None:
        return False
    after = words[end].gap_before if end < len(words) else words[-1].gap_after
    return any(c in after for c in ".,;()[]—–\n") or " - " in after


def _name_to_clause_end(words: list[_Word], k: int, most: int, *, brand: bool = False) -> int | None:
    """Where the clause ends if ``words[k:]`` holds at most ``most`` more words of a name before it
    (words of letters, no function word, no unit or speciality but in a ``brand``), else None."""
    end = k
    while end < len(words) and _same_clause(words, end, 1):
        n = words[end]
        if (
            end - k >= most
            or not n.text.replace("-", "").replace("'", "").isalpha()
            or n.key in cues.FUNCTION_WORDS
            or n.key in _NOT_NAMES_BUT_GENERIC
            or (not brand and (n.key in _NOT_ESTABLISHMENT_NAMES or n.key in _STREET_TYPES))
        ):
            return None
        end += 1
    return end if end > k else None


def _same_clause(words: list[_Word], k: int, count: int) -> bool:
    """The ``count`` words from ``words[k]`` follow the one before on the same line and clause."""
    if k + count > len(words):
        return False
    return all(
        words[j].gap_before in (" ", "-") or (words[j].gap_before == "" and words[j - 1].cut)
        for j in range(k, k + count)
    )


def _place(words: list[_Word], first: int, most: int) -> None:
    """Write the longest commune of ``most`` words or fewer from ``words[first]`` as the list writes it."""
    lexicon = load_lexicon()
    run = [words[first]]
    for w in words[first + 1 : first + most]:
        # (« la roche-sur-yon », « le bourg-d'oisans »: a word of hyphenated parts is one word here)
        if w.gap_before not in (" ", "-") or not w.text.replace("-", "").replace("'", "").isalpha():
            break
        run.append(w)
    for count in range(len(run), 0, -1):
        part = run[:count]
        name = "".join((w.gap_before if k else "") + w.text for k, w in enumerate(part))
        commune = lexicon.commune(name)
        if commune is None or len(commune.name) != len(name):
            continue
        # (letter for letter; a space where the list writes a hyphen, as a note typed fast writes it:
        # « ccas de vaulx en velin », « né à saint etienne du rouvray »)
        if any(
            a != b and a.lower() != b.lower() and not (a == " " and b == "-")
            for a, b in zip(name, commune.name, strict=True)
        ):
            continue
        offset = 0
        for k, w in enumerate(part):
            offset += len(w.gap_before) if k else 0
            w.form = commune.name[offset : offset + len(w.text)]
            offset += len(w.text)
        after = words[first + count] if first + count < len(words) else None
        if after is not None and after.key == "cedex" and after.gap_before == " ":
            after.form = _UPPER
        return


def _listed_name(key: str) -> bool:
    return key not in common_words() and _listed(key)


def _dot_before(word: _Word) -> bool:
    return word.gap_before.strip().startswith(".")


def _name_alone(words: list[_Word], i: int) -> bool:
    """``words[i]`` is an initial (« j. »), or a listed name of four letters or more, common word or
    not, that ends its line or its clause (« pr laine⏎ », « professeur marchand — rpps », « docteur
    barre, »): after a title, a name. A verb or an adjective after a title goes on (« le docteur
    passe demain », « professeur agrégé de … »); a dot may end a sentence on one (« le docteur
    arrive. »)."""
    if i >= len(words):
        return False
    w = words[i]
    after = words[i + 1] if i + 1 < len(words) else None
    if len(w.key) == 1 and w.text.isalpha():
        return after is not None and _dot_before(after)
    if len(w.key) < 4 or not w.text.isalpha() or w.key in cues.FUNCTION_WORDS or not _listed(w.key):
        return False
    gap = w.gap_after if after is None else after.gap_before
    if after is None and not gap.strip():
        return True  # the end of the stretch: of its line
    # (a hyphen between two words is a dash: inner hyphens are inside the words)
    return "\n" in gap or any(c in gap for c in ",;()[]—–-")


# A physician's title abbreviated: what follows it ending its clause is a surname, even one that is a
# word (not « pr », also « pour » in a note: « ok pr sortie, »; nor « docteur » written out, before a
# verb as often: « le docteur arrive. »).
_DOCTOR_TITLES = frozenset({"dr"})


def _surname_ends_clause(words: list[_Word], i: int) -> bool:
    """After « dr », ``words[i]`` ends its clause (a comma, a dot, a bracket, a dash or the line's end
    after it): a surname even when it is also a word (« validé par le dr tête. », « constaté par le dr
    mardé⏎ »); not a function word nor an adjective of a role, which end their clause there too
    (« le dr traitant. », « le dr de garde », « dr absent, »)."""
    if i >= len(words):
        return False
    w = words[i]
    if len(w.key) < 3 or not w.text.isalpha() or w.key in cues.FUNCTION_WORDS or w.key in _NOT_NAMES:
        return False
    if (
        w.key in ROLE_KEYS
        or w.key.endswith(("ant", "ent", "ants", "ents"))
        or w.key in _ESTABLISHMENT_ACRONYMS
    ):
        return False
    after = words[i + 1] if i + 1 < len(words) else None
    gap = w.gap_after if after is None else after.gap_before
    if after is None and not gap.strip():
        return True
    return "\n" in gap or any(c in gap for c in ",;.()[]—–")


def _is_title(key: str, previous: _Word | None, gap: str, nxt: _Word, alone: bool = False) -> bool:
    """Whether the word ``key``, between ``previous`` (``gap`` before it) and ``nxt``, is a title before
    a name; ``alone``: ``nxt`` is a name whole (:func:`_name_alone`)."""
    if any(c.isdigit() for c in nxt.text) or nxt.gap_before.strip() not in ("", "."):
        return False  # « oncostatine m ( osm ) »
    if key in {"m", "mm"}:
        # « m. dupont », « mm. fessy et henrion », « m garcia »; « 3 m de haut » is a metre, « ce m
        # édicament » a word cut
        # (a number, then a comma or a dot, then « m. »: a sentence on « le 9 mars 2018, m. petit »)
        if previous is not None and any(c.isdigit() for c in previous.text) and not gap.strip():
            return False
        return _dot_before(nxt) or _listed_name(nxt.key)
    if key in _STRONG_TITLES:
        return nxt.key not in cues.FUNCTION_WORDS - _PARTICLES or len(nxt.key) == 1
    if key == "me":
        # « me » is a pronoun before a verb (« il me dit »); a lawyer before a word no list knows as
        # a common one (« me axelsson »)
        return len(nxt.key) >= 4 and nxt.text.isalpha() and not _common(nxt.key)
    return not _common(nxt.key) or _listed_name(nxt.key) or alone


def _apply(chars: list[str], text: str, start: int, end: int, form: str) -> None:
    """Re-case ``text[start:end]`` in ``chars``, one character for one."""
    first = True
    for i in range(start, end):
        c = text[i]
        if form == _UPPER:
            new = c.upper()
        elif form == _LOWER:
            new = c.lower()
        elif form in (_FIRST, _CAP):  # the first letter; of every part for _CAP (« Jean-Pierre »)
            new = c.upper() if first else c.lower()
        else:  # the word as written elsewhere, letter for letter (« Bourg-en-Bresse »)
            new = form[i - start]
        if c.isalpha():
            first = False
        elif form == _CAP and c in "-'\u2019":
            first = True
        if len(new) == 1:
            chars[i] = new
