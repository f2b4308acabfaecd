"""An organisation named as a person's own: the words and the reading its recognisers share.

Product decision (issue 8, fifteenth session): an ORGANISATION named as somebody's own (an employer,
a workplace, an intérim agency, a child's crèche, a sports club, a care provider's business: a taxi, an
audioprosthetist, a home-care company) is a quasi-identifier. With an age and a town it singles a patient
out (CNIL and HAS count it among the « données indirectement identifiantes »), so it is masked under
the existing label ETABLISSEMENT: in French administration an « établissement » is also a business's
site, the unit a SIRET numbers. No new label.

Four cues say a capitalised name is such an organisation (one recogniser each):

* ``employer_field``: the value of a form's « Employeur » field, or « Raison sociale », « Entreprise »,
  « Société », « Lieu de travail » (« Employeur : Scierie Vosgienne Perrin, Gérardmer »);
* ``company_legal_form``: a French company's legal form before or after capitalised words (« SARL
  Couvertures Lemoine », « Garnier Peinture EURL »), or « & Fils » / « et Frères » closing them;
* ``organisation_by_kind``: the kind of a business or of a child's or a club's place before its name
  (« Carrosserie Vidal », « la crèche Les Petits Mousses », « au club Lons Handball », « agence
  IntéRhône »);
* ``workplace_after_work_word``: a trade or a work word before « chez » or « pour » and a name
  (« magasinier chez Brico Dépôt », « travaille pour Airbus »), a noun of employment before « de »
  (« salariée de Lactalis »), a verb of work before « au » / « à la » (« travaille au Crédit Mutuel »).

What is read here: the organisation's name itself, capitalised words (internal capitals, hyphens and
apostrophes allowed: « MediRenfort », « Ledoux-Marchal », « P'tits ») joined by blanks, « & » and the
small words of a name (« de », « du », « des », « de la », « d' », « et »). It stops where a clause
goes on: a comma, a bracket, a dot, a lower-case word (« à Dole », a verb), a number, a field's label
(« SIRET », « Tél »), a column's gap. It names an organisation when one of its words is no common
French word (« Couvertures Lemoine », not « Société Française de Cardiologie ») and no public body or
insurer is named (« CPAM », « MGEN », « CAF », « MDPH », « France Travail » stay readable: they name
no patient). A medicine's maker (« Servier », « Pfizer ») named after a firm's kind stays readable: in
a drug's context it is the drug's, not the patient's; named as the patient's employer (a form's field,
a work word) it is masked.
"""

from __future__ import annotations

import re
from functools import cache

from egide.detect.names.cues import KIN_WORDS, POSSESSIVES, TITLES
from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.names.medicines import laboratory_names
from egide.detect.names.wordlist import words as _words
from egide.detect.places.atoms import LOWER, UPPER

# A word of a name: capitalised, maybe with capitals inside, hyphens and an apostrophe (« MediRenfort »,
# « Ledoux-Marchal », « P'tits », « L'Oréal »); « & » joins two of them.
_WORD = rf"[{UPPER}][{LOWER}{UPPER}0-9]*(?:['’-][{UPPER}{LOWER}][{LOWER}{UPPER}0-9]*)*"
# The small words between a name's words, in either case (« Compagnie des Guides », « DU LAURAGAIS »).
# (one or two blanks: three or a tab are a column's gap, « TRANSPORTS NORMANDS SARL    N° SIRET »)
_JOIN = (
    r"(?:[ ]{1,2}(?:de[ ]la|de[ ]l['’]|de|du|des|d['’]|et|&|DE[ ]LA|DE[ ]L['’]|DE|DU|DES|D['’]|ET)"
    r"(?:[ ]{1,2}|(?<=['’]))|[ ]{1,2}|[ ]?&[ ]?)"
)
MAX_WORDS = 7
#: A name: up to seven words (bounded: linear on any input).
NAME = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,{MAX_WORDS - 1}}}"
_NAME_WORD = re.compile(_WORD)

# Words that end a name as labels of the next field or item (« … DU LAURAGAIS SIRET 412 … »), folded.
_STOPS = _words("siret siren rcs ape naf tel tél fax adresse bp cedex cs mail email courriel contact n°")
# Months and weekdays: a date after the name (« Menuiserie Gaudin Lundi »).
_DATE_WORDS = _words(
    """
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout
    septembre octobre novembre decembre
    """
)
# Public bodies, insurers, funds and agencies of the State: they hold a patient's file, they are nobody's
# workplace in a clinical note (« CPAM », « MGEN », « Pôle emploi », « France Travail »), folded.
PUBLIC_BODIES = _words(
    """
    cpam cram carsat cgss caf msa mdph mgen mgp mnh mfp urssaf ars has ansm cnam cnav cnamts ameli
    pole france travail emploi securite assurance maladie sncf ratp edf apec cap regionale nationale
    departementale publique
    """
)
# What opens a person's mention, not an organisation's (« chez Mme Roussel », « chez sa fille »), folded.
_PERSON_OPENERS = TITLES | KIN_WORDS | POSSESSIVES | _words("lui elle eux elles moi toi soi nous vous")


def words_of(name: str) -> list[str]:
    """The capitalised words of a name read by :data:`NAME`."""
    return _NAME_WORD.findall(name)


def trim(text: str, start: int, end: int) -> int:
    """The end of a name read from ``start`` to ``end``, before a field's label, a date's word or a
    trailing small word (« TRANSPORTS DU LAURAGAIS SIRET » → « TRANSPORTS DU LAURAGAIS »)."""
    for m in _NAME_WORD.finditer(text, start, end):
        if m.start() > start and (fold(m[0]) in _STOPS or fold(m[0]) in _DATE_WORDS):
            end = m.start()
            break
    return start + len(text[start:end].rstrip(" \t&-").removesuffix(" et").removesuffix(" de").rstrip())


def _a_name_word(word: str) -> bool:
    """A word that names: no common French word, no medical word, or capitals inside a word in lower
    case (« MediRenfort »)."""
    key = fold(word)
    if len(key) < 2 or (word.isupper() and len(word) <= 4 and word.isalpha()):
        return False  # (an acronym in capitals is as often a care word: « Taxi VSL », « SAS PPC »)
    if any(c.isupper() for c in word[1:]) and any(c.islower() for c in word):
        return True
    return not is_common_word(key) and key not in MEDICAL_WORDS


# The article that opens a place's own name after its kind (« crèche Les Lucioles », « club La Vaillante »,
# « EHPAD Les Tilleuls »): capitalised in the middle of a sentence, it says a name follows, of common words.
_ARTICLES = _words("les la le l aux")


def names_an_organisation(
    name: str, *, kind_in_name: bool = False, article_names: bool = False, capitals_name: bool = False
) -> bool:
    """The words read name an organisation: the first opens no person's mention, no public body is
    named, and one word (past the firm's kind when it opens the name) names; with ``article_names``, a
    capitalised article before a capitalised word names too (« Les Petits Mousses »); with
    ``capitals_name``, where the cue before says a name follows (a legal form, « travaille chez », a
    crèche), a capitalised word of three letters or more names whatever it means (« EARL des Trois
    Chênes », « travaille chez Décathlon », « crèche Pirouette »)."""
    found = words_of(name)
    if not found:
        return False
    keys = [fold(w) for w in found]
    if keys[0] in _PERSON_OPENERS or any(k in PUBLIC_BODIES for k in keys):
        return False
    if keys[0] in _DATE_WORDS:
        return False
    rest = found[1:] if kind_in_name else found
    if capitals_name and any(len(w) >= 3 and w[0].isupper() and w[1:].islower() for w in rest):
        return True
    if article_names and len(rest) >= 2 and fold(rest[0].split("'")[0].split("’")[0]) in _ARTICLES:
        return True
    return any(_a_name_word(w) for w in rest)


@cache
def _makers() -> frozenset[str]:
    """The makers named in one word that is no common word (« servier », « sanofi », not « accord »)."""
    return frozenset(n for n in laboratory_names() if " " not in n and not is_common_word(n))


def a_medicine_maker(name: str) -> bool:
    """The name is a medicine's maker of the public database (« Servier », « Eli Lilly »)."""
    found = words_of(name)
    makers = _makers()
    return " ".join(fold(w) for w in found) in laboratory_names() or any(fold(w) in makers for w in found)
