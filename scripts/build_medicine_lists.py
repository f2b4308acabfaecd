"""Build ``src/egide/detect/names/data/medicines.txt.gz``: the words that name a medicine, a substance
or a laboratory, so that the name detector leaves them readable (run once, at build time).

Source (read here, never at run time): the ANSM's public medicine database (« ANSM – base de données
publique des médicaments », Licence Ouverte / Open Licence Etalab), ``CIS_bdpm.txt`` (medicines: name
with strength and form, holder) and ``CIS_COMPO_bdpm.txt`` (active substances).

What is kept, folded (lower case, no accents, like every key of the name lists):

- ``M``: the words of a medicine's name before its strength and form (« DOLIPRANE 1000 mg, comprimé »
  → « doliprane »; « AMLODIPINE BIOGARAN 5 mg » → « amlodipine », « biogaran ») and of its substances
  (« PARACÉTAMOL » → « paracetamol »; « CHLORHYDRATE DE VÉRAPAMIL » → « verapamil »);
- ``L``: a laboratory or manufacturer (the holder column), without its legal form, country or
  generic words (« LES LABORATOIRES SERVIER » → « servier »; « PIERRE FABRE MEDICAMENT » →
  « pierre fabre »), as a phrase of one or more words;
- ``P``: a medicine's whole name before its strength and form, or a substance's, when it has two to
  six words, every word kept, as the name detector reads them (« ARNICA MONTANA TEINTURE MERE
  BOIRON » → « arnica montana teinture mere boiron », « FER ARROW » → « fer arrow », « CHLORHYDRATE
  D'OXYBUPROCAINE THEA » → « chlorhydrate d' oxybuprocaine thea »): a name that a name list also holds
  (« Boiron », « Marie ») is a medicine's inside it (« Chardon Marie », « Coca Boiron »). Its words are
  the name detector's keys (``egide.detect.names.tokens``), hyphens read as spaces.

A name of one word of three letters (« YAZ ») is kept whole. Otherwise words of three letters or less, words with a digit and the generic vocabulary of forms, routes,
strengths and company names (« comprimé », « solution », « laboratoires », « santé », « France »)
are left out: they name no medicine. The output is sorted, so that a rebuild from the same files
gives the same bytes.

    .venv/bin/python scripts/build_medicine_lists.py [BDPM_DIR]
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "egide" / "detect" / "names" / "data" / "medicines.txt.gz"
# ``../shared/data/bdpm`` next to the repository (or next to the worktrees' folder)
DEFAULT_BDPM = next(
    (
        p
        for p in (ROOT.parent / "shared" / "data" / "bdpm", ROOT.parent.parent / "shared" / "data" / "bdpm")
        if p.is_dir()
    ),
    ROOT.parent / "shared" / "data" / "bdpm",
)


def _split(text: str) -> set[str]:
    return set(text.split())


# Words of medicine names that are forms, routes, strengths, units, packaging, qualifiers or the
# grammar of a name (« pour », « sans »): in the name of many medicines, the name of none.
GENERIC = _split(
    """
    comprime comprimes pellicule pellicules secable secables gelule gelules capsule capsules molle
    molles dure dures solution solutions injectable injectables buvable buvables suspension emulsion
    poudre poudres solvant granules granule sirop sachet sachets ampoule ampoules flacon flacons
    collyre pommade creme gel lotion spray nasal nasale orale oral cutane cutanee cutanes rectale
    rectal vaginal vaginale ovule ovules suppositoire suppositoires dispersible dispersibles
    effervescent effervescente effervescents orodispersible orodispersibles gastro-resistant
    gastro-resistante gastro-resistantes liberation prolongee prolongees modifiee retard lyophilisat
    perfusion diluer pret emploi stylo prerempli preremplie seringue seringues cartouche cartouches
    recipient unidose multidose dose doses mousse vernis shampooing pansement dispositif inhalation
    inhaler inhale pressurise pressurisee bain bouche collutoire pastille pastilles gomme macher
    sublinguale sublingual buccal buccale transdermique patch emplatre implant trousse radiopharma
    preparation preparations homeopathique homeopathiques degre dilution compris entre teinture mere
    adulte adultes enfant enfants nourrisson nourrissons sans sucre sucres edulcore edulcoree
    aromatise aromatisee arome gout menthe citron orange fraise vanille framboise cerise pour avec
    usage parenteral intraveineuse intramusculaire sous-cutanee forte fort faible mite junior bebe
    vaccin vivant inactive adsorbe conjugue humain humaine recombinant facteur antigene antigenes
    acide sodium potassium calcium magnesium chlorhydrate chlorure sulfate phosphate citrate acetate
    maleate fumarate tartrate succinate bromure iodure nitrate carbonate oxyde hydroxyde base sel
    sels anhydre monohydrate dihydrate trihydrate hexahydrate hemihydrate sesquihydrate dihydrate
    extrait sec fluide huile essence essentielle poudre racine feuille feuilles fleur fleurs fruit
    graine ecorce plante plantes vitamine vitamines conseil conseils generique generiques
    """
)

# Words of a holder that say what a company is, where, and in which form: not its name.
COMPANY_WORDS = _split(
    """
    laboratoire laboratoires labo lab labs laboratories laboratory laboratorios laboratorio
    pharma pharmaceutical pharmaceuticals pharmaceutique pharmaceutiques pharmaceutica
    pharmaceutici pharmazeutische pharmaceutique pharmacie pharmacia farma farmaceutici farmaceutica
    sante health healthcare medical medicale medicament medicaments industrie industries
    international internationale europe european europharm france francaise generiques generics
    generic holding holdings registration group groupe societe company limited ltd limite sas sasu
    sarl gmbh ag bv nv ab as oy spa srl kg co inc corp corporation plc eeig ireland kft zrt doo
    unipessoal lda sl sa se ehf aps a/s as hf gie biotech biologics biotechnology biosciences
    research produits division distribution services consumer care deutschland arzneimittel
    manufacturing product products pharmaceutiques abrege cooperation des les the and et de du la le
    von van der
    """
)

# Countries named in brackets after a holder (« TEVA (PAYS-BAS) »): dropped with the brackets.
_BRACKETS = re.compile(r"\([^)]*\)")
_STRENGTH = re.compile(r"\d")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]")
# Country names are also written in Greek and Cyrillic letters (« Ελλάδα », « България »).
_ANY_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_SUBSTANCE_HEAD = re.compile(r"\bpour preparations homeopathiques\b")
# « ACHE DES MARAIS POUR PRÉPARATIONS HOMÉOPATHIQUES »: the substance is the name before it
_HOMEOPATHY = re.compile(r"\s+pour\s+pr[ée]parations\s+hom[ée]o?pathiques\b.*$", re.IGNORECASE)


def fold(word: str) -> str:
    """Lower case, no accents, ASCII apostrophe: the key of every name list."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\u2019", "'")


_ELIDED = re.compile(r"^(?:d|l|qu)'")


def _words(text: str) -> list[str]:
    """Folded words, without an elided article (« D'ÉSÉRIDINE » → « eseridine »)."""
    return [_ELIDED.sub("", w) for w in _WORD.findall(fold(text))]


def _kept(word: str) -> bool:
    return len(word) > 3 and word not in GENERIC and word not in COMPANY_WORDS


def medicine_words(name: str) -> set[str]:
    """The words of a medicine's name before its strength and form."""
    head = name.split(",", 1)[0]
    match = _STRENGTH.search(head)
    if match is not None:
        head = head[: match.start()]
    words: set[str] = set()
    for w in _words(head.replace("/", " ")):
        # « CAPTOPRIL/HYDROCHLOROTHIAZIDE », « ACIDE ACETYLSALICYLIQUE/VITAMINE C »
        words.update(p for p in [w, *w.split("-")] if _kept(p))
    return words


def short_name(name: str) -> set[str]:
    """A medicine named by one word of three letters (« YAZ 0,02 mg/3 mg, comprimé » → « yaz »)."""
    head = _STRENGTH_START.split(name.split(",", 1)[0].split("(", 1)[0], maxsplit=1)[0]
    words = _words(head)
    if len(words) == 1 and len(words[0]) == 3 and words[0] not in GENERIC | COMPANY_WORDS:
        return {words[0]}
    return set()


def substance_words(substance: str) -> set[str]:
    """The words of an active substance (« CHLORHYDRATE DE VÉRAPAMIL » → « verapamil »)."""
    text = _SUBSTANCE_HEAD.sub(" ", fold(_BRACKETS.sub(" ", substance)))
    return {w for w in _words(text) if _kept(w)}


# The longest medicine name kept as a phrase, in words (``medicines._MAX_PHRASE`` reads as long).
MAX_PHRASE = 6
_STRENGTH_START = re.compile(r"\s\d")
# Digits glued to a word then a space: a product code that opens the name (« NP100 PREMATURES AP-HP »,
# « B12 »), read as its letters (``medicines.ends_a_medicine_name`` reads words without digits) so
# that the rest of the name, its maker included, is a phrase too.
_GLUED_CODE = re.compile(r"\d+ ?")


def name_phrase(name: str, through_codes: bool = False) -> str | None:
    """A medicine's or a substance's name of two to six words as the name detector reads it (folded
    keys joined by spaces, hyphens read as spaces), up to its strength, its form or a bracket; with
    ``through_codes``, past the digits glued to a word (« NP100 PREMATURES AP-HP »)."""
    from egide.detect.names.medicines import phrase_gap, phrase_key
    from egide.detect.names.tokens import tokenise

    head = name.split(",", 1)[0].split("(", 1)[0]
    match = _STRENGTH_START.search(head)
    if match is not None:
        head = head[: match.start()]
    keys: list[str] = []
    toks = tokenise(head)
    for k, t in enumerate(toks):
        if (
            keys
            and not phrase_gap(toks[k - 1], t.gap_before)
            and not (through_codes and _GLUED_CODE.fullmatch(t.gap_before))
        ):
            break  # « B6 », « D3 », « / »: the name goes no further as a phrase
        keys.append(t.key)
    if not 2 <= len(keys) <= MAX_PHRASE:
        return None
    return phrase_key(keys)


def laboratory(holder: str) -> str:
    """A holder without brackets, legal form, country or generic words: « pierre fabre »."""
    words = [w for w in _words(_BRACKETS.sub(" ", holder).replace("&", " ")) if w not in COMPANY_WORDS]
    return " ".join(w for w in words if len(w) > 2 or words == [w])


# The European Economic Area, Switzerland and the United Kingdom: the countries of the address lists
# of European leaflets (« België/Belgique/Belgien », « Lietuva », « Ελλάδα »), named in every
# language of the area; the other countries are named in French and English.
EUROPE = [
    "AT",
    "BE",
    "BG",
    "CH",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GB",
    "GR",
    "HR",
    "HU",
    "IE",
    "IS",
    "IT",
    "LI",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "NO",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
]
LANGUAGES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "is",
    "it",
    "lt",
    "lv",
    "mt",
    "nb",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
]


def countries() -> set[str]:
    """Folded country names (« lietuva », « united kingdom », « ceska republika »), from the ISO 3166
    names of the iso-codes project and their translations, read through ``pycountry`` (dev extra)."""
    import gettext

    import pycountry  # type: ignore[import-untyped]

    names: set[str] = set()
    for lang in LANGUAGES:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for c in pycountry.countries:
            if lang not in {"fr", "en"} and c.alpha_2 not in EUROPE:
                continue
            for name in {c.name, getattr(c, "official_name", c.name), getattr(c, "common_name", c.name)}:
                local = tr.gettext(name) if lang != "en" else name
                folded = " ".join(_ANY_WORD.findall(fold(local.split(",")[0])))
                if len(folded) > 3 and "(" not in local:
                    names.add(folded)
    return names


def build(bdpm: Path) -> list[str]:
    medicines: set[str] = set()
    labs: set[str] = set()
    phrases: set[str] = set()
    with (bdpm / "CIS_bdpm.txt").open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 11:
                continue
            medicines |= medicine_words(cols[1])
            medicines |= short_name(cols[1])
            for through_codes in (False, True):
                phrase = name_phrase(cols[1], through_codes)
                if phrase is not None:
                    phrases.add(phrase)
            for holder in cols[10].split(";"):
                lab = laboratory(holder)
                if len(lab) > 2:
                    labs.add(lab)
    with (bdpm / "CIS_COMPO_bdpm.txt").open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) > 3:
                medicines |= substance_words(cols[3])
                phrase = name_phrase(_HOMEOPATHY.sub("", cols[3]))
                if phrase is not None:
                    phrases.add(phrase)
    # « AMLODIPINE BIOGARAN », « PASSIFLORE RICHARD »: the laboratory's words in a medicine's name
    # name the laboratory (kept as such, in its phrase), not a medicine
    lab_words = {w for lab in labs for w in lab.split()}
    medicines -= lab_words
    lines = sorted(f"M\t{w}" for w in medicines) + sorted(f"L\t{lab}" for lab in labs)
    lines += sorted(f"P\t{p}" for p in phrases)
    return lines + sorted(f"C\t{c}" for c in countries())


HEADER = """\
# Medicines, active substances and laboratories of the French public medicine database.
# Source: ANSM – base de données publique des médicaments (CIS_bdpm.txt, CIS_COMPO_bdpm.txt),
# Licence Ouverte / Open Licence (Etalab): https://base-donnees-publique.medicaments.gouv.fr
# Built by scripts/build_medicine_lists.py. One entry a line: kind<TAB>folded words.
# M = a word of a medicine's name or of an active substance; L = a laboratory or manufacturer.
# P = a medicine's or a substance's whole name of two to six words (« fer arrow »).
# C = a country, in French, in English and in the languages of Europe (the address lists of
# leaflets): ISO 3166 names of the iso-codes project (Debian), translations read through pycountry.
"""


def main() -> None:
    bdpm = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BDPM
    lines = build(bdpm)
    data = (HEADER + "".join(line + "\n" for line in lines)).encode("utf-8")
    # mtime=0 and no file name: the same lists give the same bytes
    with OUT.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(data)
    kinds = {k: sum(1 for line in lines if line.startswith(k + "\t")) for k in "MLCP"}
    print(
        f"{OUT.relative_to(ROOT)}: {kinds['M']} medicine words, {kinds['P']} medicine names of several "
        f"words, {kinds['L']} laboratories, "
        f"{kinds['C']} country names, {len(data)} bytes"
    )


if __name__ == "__main__":
    main()
