"""Names found by the word lists: a first name next to a surname-shaped word (« Jean DUPONT »,
« DUPONT Jean », « jean dupont »), a listed surname or first name that is no common word, an initial
(« D. Pannick »), a run of names followed by an age (« GOASDOUÉ - 80 ans »).

Lines in capitals, eponym and place contexts make the lists more careful (see each rule).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from egide.detect.names import cues
from egide.detect.names.allergy_reactions import on_an_allergy_line
from egide.detect.names.care_roles import ROLE_NOUNS
from egide.detect.names.clipped_labels import clipped_label
from egide.detect.names.eponyms import EPONYM_CONTEXT, EPONYMS, is_unambiguous_eponym
from egide.detect.names.formulas import measure_formula
from egide.detect.names.heading_phrases import heading_noun_phrase
from egide.detect.names.medical_words import CALENDAR, MEDICAL_WORDS, NOT_NAMES
from egide.detect.names.naming import role_after
from egide.detect.names.reader import (
    AFTER_DE,
    LOWER_PARTICLES,
    MAX_NAME_TOKENS,
    Lexicon,
    NameReader,
    Span,
    acronym,
    joinable,
    noun_phrase_follows,
    short_acronym,
)
from egide.detect.names.regnal import regnal_name
from egide.detect.names.signatures import signature_end
from egide.detect.names.subject import subject_of_person_verb
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words as _words

_AGE_GAP = re.compile(r"\s*[,(-]?\s*\d{1,3}\s*")
# Roles, titles and units of two letters written in capitals before a first name (« PH Marie », « AS
# Julie », « MT », « DR »): no surname.
_ROLE_LETTERS = _words("ph as mt dr pr me md rn cs ss sf ts ch gh ar mr")


# A phone number after a comma, inside the bracket that holds a first name: « (Olive, 06 14 … ».
_PHONE_AFTER_COMMA = re.compile(r", ?(?:\+|0)[0-9]")


_PATIENT_NOUNS = frozenset({"patient", "patiente", "malade", "résident", "résidente", "enfant", "défunt"})


def _of_the_patient(toks: list[Token], k: int) -> bool:
    """« du patient », « de la patiente » from token ``k``: what comes before is the patient's (a field's
    heading), no person."""
    if k < len(toks) and toks[k].text == "du":
        return k + 1 < len(toks) and toks[k + 1].text in _PATIENT_NOUNS
    return (
        k + 2 < len(toks)
        and toks[k].text == "de"
        and toks[k + 1].text == "la"
        and toks[k + 2].text in _PATIENT_NOUNS
    )


def _bracket_closes(gap: str) -> bool:
    """The bracket that opened before a word closes right after it, or holds only a phone number
    after it (« (Olive) », « (Olive, 06 14 92 30 77) »)."""
    return gap.startswith(")") or _PHONE_AFTER_COMMA.match(gap) is not None


def _place_preposition(toks: list[Token], i: int) -> bool:
    """Token ``i`` follows « à », « au », « en », « dans le »: where places are named."""
    if i == 0 or toks[i].gap_before != " ":
        return False
    prev = toks[i - 1].key
    if prev in {"a", "au", "aux", "en", "vers", "depuis"}:
        return True
    return prev in {"le", "la", "les", "l'"} and i > 1 and toks[i - 2].key in {"dans", "pres", "sur"}


# The letters of units written after a number (« 1,5 T. », « 220 V », « 2 L », « 5 A »): not initials.
_UNIT_LETTERS = frozenset("tvwaklnjg")


def _unit_after_number(toks: list[Token], i: int) -> bool:
    """Token ``i`` is one capital letter right after a number: a unit (« IRM 1,5 T.\nRésultats »),
    not the initial of a name."""
    t = toks[i]
    return t.shape == "I" and t.key in _UNIT_LETTERS and t.gap_before.rstrip(" ")[-1:].isdigit()


# Verbs of care notes right after their subject, as written (« a », not « à »).
# Indefinite pronouns that open a negation (« Personne ne », « Nul n'est »), some of which the first-name
# sources hold.
_NEGATIVE_PRONOUNS = frozenset({"personne", "nul", "nulle", "rien", "aucun", "aucune"})
_SUBJECT_VERBS = frozenset(
    {
        "a",
        "est",
        "était",
        "sera",
        "va",
        "ira",
        "ne",
        "n'",
        "se",
        "s'",
        "refuse",
        "refusait",
        "dort",
        "dormait",
        "mange",
        "mangeait",
        "boit",
        "reste",
        "pleure",
        "demande",
        "souhaite",
        "réclame",
        "sort",
        "rentre",
        "rentrera",
        "présente",
        "presente",
        "parle",
        "marche",
        "appelle",
        "veut",
        "peut",
        "semble",
        "paraît",
        "paraissait",
        "dit",
        "explique",
        "accepte",
        "signale",
    }
)
_DETERMINERS = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces"}
)


# The lower-case words after which a capital letter and its dot are a person's initial: a role, a
# relative, a title, a verb of care that names who acted (« l'interne C. Rivière », « sa fille A. Roux »,
# « vu par », « prévenu »).
_PERSON_BEFORE = (
    cues.TITLES
    | cues.KIN_WORDS
    | cues.RELATION_WORDS
    | ROLE_NOUNS
    | cues.FUNCTION_WORDS
    | _words(
        "vu vue vus vues recu recue prevenu prevenue contacte contactee appel appele appelee signe signee"
        " ecrit ecrite dicte dictee redige redigee relu relue valide validee avise avisee remplace remplacee"
    )
)


def value_letter(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a capital letter that closes a clause after a lower-case noun: a grade, a side or
    a value (« toilette C. Résultat : GIR 2 », « douleur hanche G. Appel du 15 », « déplacements
    intérieurs A. Évaluatrice : »), not the initial of the word that opens the next sentence. After a
    role, a relative, a title, a small word or a past participle (« l'interne C. », « par C. »,
    « signé C. », « adressée A. ») the letter stays an initial."""
    t = toks[i]
    if t.shape != "I" or i == 0 or t.gap_before != " " or not t.gap_after.startswith("."):
        return False
    prev = toks[i - 1]
    if prev.shape in "UC" and (prev.key in STAGING_SYSTEMS or is_unambiguous_eponym(prev.key)):
        return True  # « stade BCLC B. Varices », « Child B. Ascite »: the class of a staging system
    return (
        prev.shape == "L"
        and len(prev.key) > 2
        and prev.key not in _PERSON_BEFORE
        and not prev.text.endswith(("é", "ée", "és", "ées"))
    )


#: The arteries a coronary bypass joins, as an operative note writes them in capitals and pairs them
#: with a hyphen, the graft then the artery (« AMI-IVA », « AMG-Cx », « AMD-CD », « VS-RVP »): internal
#: mammary (left, right), radial, saphenous vein, gastroepiploic; interventricular, circumflex, right
#: coronary, its posterior branches, diagonal and marginal.
BYPASS_ARTERIES: frozenset[str] = _words(
    "ami amig amid amg amd ar vs vsi age iva ivp cx cd rvp rvg marg diag bissectrice mg"
)


# Titles a letter never initials (« D — Dr Tessier »); not « Mère », « Sœur » (« Ch. Méré » is a name).
_TITLE_ABBREVIATIONS = _words("dr drs pr prof mme mmes mlle mr me docteur professeur")


def bypass_graft(key: str) -> bool:
    """A folded word of arteries joined by hyphens (« ami-iva »): a coronary bypass, no person."""
    return "-" in key and all(p in BYPASS_ARTERIES for p in key.split("-"))


#: Staging and grading systems written as acronyms, whose class is a capital letter (« BCLC B »,
#: « GOLD D », « ASIA C », « FIGO A », « CTCAE »…): the letter then a dot closes the clause.
STAGING_SYSTEMS: frozenset[str] = _words(
    """
    bclc nyha gold asa tnm figo ecog oms who ctcae kdigo ckd birads bi-rads acr lugano iss r-iss ajcc
    isup nihss asia tirads ti-rads pirads pi-rads lirads li-rads gir ccs aha mrs kdoqi ceap fontaine
    child binet rai ann-arbor
    """
)


def _sentence_goes_on(toks: list[Token], j: int) -> bool:
    """A lower-case word follows token ``j - 1`` after a space (« Recherche des impuretés »)."""
    return j < len(toks) and toks[j].gap_before == " " and toks[j].shape == "L"


def _acronym_use(toks: list[Token], i: int) -> bool:
    """Word ``i`` in capitals is used the way an acronym is: alone in brackets right after the words
    it shortens (« Epivir ( INTI ) », « les inhibiteurs (INNTI) »), or after « de » not elided before
    its vowel (« le nom commun de INTI »; a name takes « d' »: « le fils d'Inti »)."""
    t = toks[i]
    if t.gap_before.rstrip(" ").endswith("(") and t.gap_after.lstrip(" ").startswith(")"):
        return i > 0 and toks[i - 1].shape in "LC"
    return i > 0 and toks[i - 1].key == "de" and t.key[:1] in "aeiouy"


# The labels of a list of tests, scales or scores (« Épreuves : ELO, BALE, Alouette », « Échelles : MMS,
# GDS, Dubois »): its items are tests named after words, acronyms or their authors, no persons. Folded.
_TEST_LABELS = frozenset(
    {"epreuve", "epreuves", "test", "tests", "echelle", "echelles", "score", "scores", "questionnaire",
     "questionnaires", "outils", "batterie", "bilans"}
)  # fmt: skip


def in_a_list_of_tests(toks: list[Token], i: int) -> bool:
    """Word ``i`` is an item of a comma list that a label of tests opens (« Épreuves : ELO, BALE, … »)."""
    k = i
    while k > 0 and toks[k].gap_before in (", ", ",") and i - k < 12:
        k -= 1
    return (
        k > 0
        and ":" in toks[k].gap_before
        and "\n" not in toks[k].gap_before
        and toks[k - 1].key in _TEST_LABELS
    )


# The three-letter codes of the amino acids, written glued to their position in a peptide (« [Leu1,
# Thr2]-hirudine », « Gly12 », « Arg-Gly-Asp »): « Leu », « Val » or « Ala » read as first names.
_AMINO_ACIDS = _words("ala arg asn asp cys gln glu gly his ile leu lys met phe pro ser thr trp tyr val")


def _amino_acid_residue(toks: list[Token], i: int, j: int) -> bool:
    """Run ``i``..``j`` is one amino acid's code glued to a number or to another code by a hyphen."""
    if j != i + 1 or toks[i].key not in _AMINO_ACIDS:
        return False
    after = toks[i].gap_after
    if after[:1].isdigit():
        return True
    before = toks[i].gap_before
    return (after == "-" and j < len(toks) and toks[j].key in _AMINO_ACIDS) or (
        before.endswith("-") and i > 0 and toks[i - 1].key in _AMINO_ACIDS
    )


# Articles and quantifiers before a word in capitals that make it a common noun's acronym.
_QUANTIFIERS = frozenset(
    {"des", "les", "un", "une", "autre", "autres", "aucun", "aucune", "ces", "plusieurs"}
)


# What OCR'd press glues before an initial that opens a name, the space lost (« fêtes).J.-H. Rosny »,
# « Bernard,J. André »): the end of a sentence or of a clause; and the cut mark « ¬ » after a word in lower
# case, where two columns meet (« journalis¬W. Churchill »)
_GLUED_BEFORE_INITIAL = frozenset(".,;:?!\u00ac")


# The little words of English that the name lists hold as first names or surnames (« Will », « May »,
# « Have », « Been »): in lower case inside a letter in English, they are auxiliaries and pronouns.
_ENGLISH_LITTLE = _words(
    "will would shall should may might can could must have has had been being did does was were are"
    " the and with from his her him their they them this that which who whom"
)


def _english_opener(toks: list[Token], i: int) -> bool:
    """Token ``i`` is an English pronoun or verb opening a sentence, a word in lower case after it
    (:data:`cues.ENGLISH_OPENERS`)."""
    t = toks[i]
    return (
        t.shape == "C"
        and t.sentence_start
        and t.key in cues.ENGLISH_OPENERS
        and i + 1 < len(toks)
        and toks[i + 1].gap_before == " "
        and toks[i + 1].shape == "L"
    )


def abbreviated_word(toks: list[Token], i: int, j: int) -> bool:
    """One capitalised word of three to five letters, its dot right after it, then a word in lower
    case cut short too (« Méd. resp. », « Pharm. hosp. », « Chir. dig. »): the abbreviations of a
    banner's labels, where the lists would read a first name (« Méd »)."""
    if j != i + 1 or j >= len(toks):
        return False
    t, u = toks[i], toks[j]
    return (
        t.shape == "C"
        and 3 <= len(t.key) <= 5
        and t.gap_after.rstrip(" ") == "."
        and u.shape == "L"
        and 2 <= len(u.key) <= 5
        and u.gap_after.startswith(".")
    )


def _glued_initial(toks: list[Token], i: int) -> bool:
    """Initial ``i`` follows a word and punctuation with no space (« fêtes).J.-H. Rosny »), and that
    word is no initial itself (« N.B. », « H.T.A. » are abbreviations)."""
    gap = toks[i].gap_before
    return (
        i > 0
        and gap[-1:] in _GLUED_BEFORE_INITIAL
        # the space French sets before « ? », « ! », « ; », « : » (« Pourquoi ?J. Simonard »), none after
        and " " not in gap.lstrip(" ")
        and "\n" not in gap
        and toks[i - 1].shape != "I"
        and len(toks[i - 1].key) > 1
    )


# How many words ``ListRules`` remembers whether they can join a run (bounded like ``fold``).
_RUN_WORDS_MEMO = 65536

# Number words (« deux mille dix-sept »): some are surnames (« Mille », « Sept »), but in a run of
# numbers, a date or an amount in words, they are no name (« le cinq avril deux mille dix-sept
# sylvie richard », typed in lower case or in capitals, where case no longer sets them apart).
_NUMBER_WORDS = _words(
    """
    un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
    vingt vingts trente quarante cinquante soixante cent cents mille zero
    """
)


def _number_word(key: str) -> bool:
    if "-" not in key:  # most words: one lookup, no generator
        return key in _NUMBER_WORDS if key else False
    return all(p in _NUMBER_WORDS for p in key.split("-"))


def _in_numbers(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is a number word written as part of a number: hyphenated (« dix-sept ») or beside
    another number word (« deux mille »), in lower case or capitals (« Mille » alone stays a name)."""
    t = toks[k]
    if t.shape not in "LU" or not _number_word(t.key):
        return False
    if "-" in t.key:
        return True
    return (k > 0 and _number_word(toks[k - 1].key) and toks[k].gap_before == " ") or (
        k + 1 < len(toks) and _number_word(toks[k + 1].key) and toks[k + 1].gap_before == " "
    )


# The articles some surnames open on (« Le Goff », « La Selve »), folded.
_ARTICLES = frozenset({"le", "la"})


class ListRules(NameReader):
    """Evidence 4: the lists, where no context word says a name follows."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self._run_words: dict[tuple[str, str], bool] = {}

    def _run_word_known(self, t: Token) -> bool:
        """``_run_word``, remembered per key and case shape (all it reads): the same words recur in
        every text, and a lookup costs half the tests."""
        memo = self._run_words
        known = memo.get((t.key, t.shape))
        if known is None:
            if len(memo) >= _RUN_WORDS_MEMO:
                memo.clear()
            known = memo[t.key, t.shape] = self._run_word(t)
        return known

    def _run_word(self, t: Token) -> bool:
        """A word that may be part of a run of name words found by the lists (reads its key and shape only)."""
        key = t.key
        if t.shape == "L" and key not in self.lex.first and key not in self.lex.surnames and key.isalpha():
            return False  # most words: lower case and in no list
        if len(key) < 3 or key in cues.FUNCTION_WORDS or key in cues.TITLES or key in NOT_NAMES:
            return False
        if key.endswith("'"):
            return False  # an elided word (« qu' », « jusqu' »)
        if key[1:2] in {"'", "’"} and key[0] in "ld" and key[2:] in MEDICAL_WORDS:
            return False  # « L'ETT retrouve », « d'ECMO »: the article elided before a word of care
        if key in cues.PLACE_WORDS or key in EPONYM_CONTEXT:
            return False
        if t.shape == "U" and bypass_graft(key):
            return False  # « pontage AMI-IVA », « AMD-CD »: a graft and the artery it feeds
        if t.shape in "UC":
            # a capitalised common word outside the lists (« Signe », « Examen ») starts no name
            return not self.lex.is_common(t) or self.lex.in_lists(t)
        return t.shape == "L" and self.lex.in_lists(t)

    def _article_surname(self, article: Token, t: Token) -> bool:
        """``article`` (« Le », « LA ») and ``t`` make a surname the lists hold only as two words (« Le
        Goff », « LE FLOCH »): ``t`` capitalised like the article, one space between, no common word
        alone (« Le Breton », « La Fontaine » stay words) and no word the lists know alone (those are
        read as names already)."""
        if t.gap_before != " " or t.shape not in "UC" or (article.shape == "U") != (t.shape == "U"):
            return False
        key = t.key
        if len(key) < 3 or key in NOT_NAMES or key in self.lex.surnames or key in self.lex.first:
            return False
        return f"{article.key} {key}" in self.lex.surnames and not self.lex.is_common(t)

    def by_lists(self, toks: list[Token], taken: list[bool]) -> list[Span]:
        spans: list[Span] = []
        n = len(toks)
        first, surnames = self.lex.first, self.lex.surnames
        # Most words are settled before anything else (see the first test of _run_word): lower-case
        # words of letters in no list of names. The others are picked out in one pass, and the loop
        # goes from one to the next (where it stands after a run, the next one at or after it).
        others = [
            k
            for k, t in enumerate(toks)
            if not (t.shape == "L" and t.key not in first and t.key not in surnames and t.key.isalpha())
        ]
        i = 0
        while True:
            at = bisect_left(others, i)
            if at == len(others):
                break
            i = others[at]
            t = toks[i]
            if t.shape == "I" and (end := signature_end(toks, i, self.lex)) > i and not any(taken[i:end]):
                spans.append(Span(i, end, 0.7, "signature"))  # « … locataires. G. R. Le calendrier »
                i = end
                continue
            if (
                t.shape in "UC"
                and t.key in _ARTICLES
                and i + 1 < n
                and not taken[i]
                and not taken[i + 1]
                and self._article_surname(t, toks[i + 1])
                # (a given name after it: the run of name words is read below, « Le Goff Yannick »)
                and not (i + 2 < n and toks[i + 2].gap_before == " " and toks[i + 2].shape in "UC")
            ):
                # « (LE GOFF) », « Le Floch : »: a surname that the lists hold with its article only
                spans.append(Span(i, i + 2, 0.7, "lists"))
                i += 2
                continue
            if t.shape in "UC" and len(t.key) == 2 and self._two_letter_surname(toks, i, taken):
                # « BA Ousmane », « LY Sophie », « — Vo Thanh Hương » opening a field
                spans.append(Span(i, i + 2, 0.8, "lists"))
                i += 2
                continue
            initial = (
                t.shape == "I"
                and (i == 0 or t.gap_before[-1:].isspace() or _glued_initial(toks, i))
                and i + 1 < n
                and toks[i + 1].gap_before.strip(" ") in {".", ".-", "-"}
            )
            leading = (
                (t.shape in "UC" and t.key in cues.LEADING_PARTICLES) or t.shape == "I"
            ) and self._particle(t, toks, i)
            if (
                taken[i]
                or not (self._run_word_known(t) or initial or leading)
                or _in_numbers(toks, i)
                or measure_formula(t)
            ):
                i += 1
                continue
            if i + 1 < n and not taken[i + 1] and regnal_name(toks, i, self.lex):
                spans.append(Span(i, i + 2, 0.75, "regnal"))  # « Louis XIV », not an eponym's grade
                i += 2
                continue
            # A run: words of one case family joined by spaces (particles and initials inside).
            j = i + 1
            while j < n and j - i < MAX_NAME_TOKENS and not taken[j] and joinable(toks[j - 1], toks[j]):
                u = toks[j]
                if _in_numbers(toks, j):
                    break
                if self._next_listed_name(toks, i, j):
                    break  # « A. PICCARD W. GERLACH »: each initial in capitals lists starts a name
                if regnal_name(toks, j, self.lex):
                    break  # « Salon Louis XV »: the sovereign is a name of its own
                if (
                    (self._run_word_known(u) and (u.shape == "L") == (t.shape == "L") and u.shape != "I")
                    or (j == i + 1 and self._surname_after_first(t, u))
                    or self._particle(u, toks, j)
                    or (u.shape == "I" and toks[j - 1].shape in "UCI")
                    or (u.shape in "UC" and toks[j - 1].shape == "I")  # « G. Regner »
                ):
                    j += 1
                else:
                    break
            while j > i + 1 and (
                (toks[j - 1].shape == "I" and not toks[j - 1].gap_after.startswith("."))
                or toks[j - 1].key in LOWER_PARTICLES
            ):
                j -= 1  # « Kelly B. » keeps its initial, « Dupont J » or « Martin de » do not
            start = i
            # « Merci Germaine », « Bonjour Paul »: a sentence's first word outside the lists is no name,
            # unless it is no word and a word that is only a first name follows (« — Ramanantsoa Fanja — »,
            # a surname no list holds; « Alcobendas Madrid » is an address: « Madrid » is a surname too)
            while (
                j - i > 1
                and toks[i].shape == "C"
                and toks[i].opens
                and not self.lex.in_lists(toks[i])
                and not self._unlisted_surname_before_first(toks[i], toks[i + 1])
            ):
                i += 1
            span = self._judge_run(toks, i, j)
            if span is None and self._age_follows(toks, i, j):
                span = Span(i, j, 0.8, "age")
            if span is None and self._role_follows(toks, i, j):
                span = Span(i, j, 0.75, "role")
            if span is not None:
                # « de VILLIERS Christophe »: a lower-case particle before an upper-case surname
                # (« de la FONTAINE Astrid » at the start of a line: the particles too)
                p = i
                while (
                    p > 0
                    and i - p < 2
                    and toks[i].shape == "U"
                    and (toks[p - 1].key in LOWER_PARTICLES or toks[p - 1].key in AFTER_DE)
                    and not taken[p - 1]
                    and joinable(toks[p - 1], toks[p])
                ):
                    p -= 1
                if p < i and toks[p].opens and toks[p].key in LOWER_PARTICLES:
                    span = Span(p, span.last, span.score, span.source)
                spans.append(span)
            i = max(j, start + 1)
        return spans

    def _two_letter_surname(self, toks: list[Token], i: int, taken: list[bool]) -> bool:
        """A surname of two letters (« BA », « LY », « Vo »), opening a field (a line, a table's cell),
        then a first name that is no word: « BA Ousmane », « Vo Thanh ». Two letters are too short for
        the runs of the lists (« PH », « AS », « DR » are roles and titles; they are left out here too)."""
        if i + 1 >= len(toks) or taken[i] or taken[i + 1]:
            return False
        t, u = toks[i], toks[i + 1]
        if t.key not in self.lex.surnames or t.key in _ROLE_LETTERS or t.key in cues.TITLES:
            return False
        if t.shape == "C" and (t.key in cues.FUNCTION_WORDS or t.key in cues.PARTICLES):
            return False  # « Le », « Da », « El » open a sentence or a particle name, not « Vo », « Ly »
        gap = t.gap_before
        # (a table's cell separator reaches the names as a comma: « 08h00⇥BA Ousmane » reads « 08h00, BA … »)
        if i and not ("\n" in gap or "\t" in gap or gap.rstrip()[-1:] in {"|", ";", ":", "-", "—", "/", ","}):
            return False
        return (
            u.shape == "C" and u.gap_before == " " and u.key in self.lex.first and not self.lex.is_common(u)
        )

    def _unlisted_surname_before_first(self, t: Token, u: Token) -> bool:
        """``t``, a capitalised word that no list holds and no dictionary either, then ``u``, a first name
        that is no surname and no word: « Ramanantsoa Fanja », a surname in the order of a banner."""
        lex = self.lex
        return (
            not lex.is_common(t)
            and u.shape == "C"
            and u.gap_before == " "
            and lex.first.get(u.key) in {"F", "M"}
            and not lex.is_surname(u)
            and not lex.is_common(u)
        )

    def _first_name_inside_sentence(self, toks: list[Token], i: int) -> bool:
        """A woman's first name that is also a word (« Marie », « Rose », « Claire »), capitalised
        inside a sentence after a word in lower case: a common word takes no capital there.

        « Urine Claire » (a heading in capitals), « la Marine » (an article), « à Nice » (a place),
        « Rose, » opening a sentence are not read so.
        """
        t = toks[i]
        if t.opens or t.loud or i == 0 or t.gap_before != " ":
            return False
        # Women's names only: the men's names of the lists that are words are mostly nouns that the
        # noisy first-name source holds (« Rat », « Poulet », « Jaune »)
        if self.lex.first.get(t.key) != "F" or t.key in MEDICAL_WORDS or t.key in NOT_NAMES:
            return False
        prev = toks[i - 1]
        if prev.shape != "L" or prev.key in _DETERMINERS or _place_preposition(toks, i):
            return False
        if i + 1 < len(toks) and toks[i + 1].shape in "UCX" and toks[i + 1].gap_before == " ":
            return False
        if _of_the_patient(toks, i + 1):
            return False  # « Identité du patient »: a form's heading, what is the patient's (a line above)
        return not self.excluded(toks, i)

    def _first_name_as_subject(self, toks: list[Token], i: int) -> bool:
        """A first name that is also a word (« Marie », « Rose », « Claire »), alone and capitalised,
        as the subject of a care-note verb: « Marie a bien dormi », « ce matin, Claire refuse ».

        « Rose et chaude », « Claire amélioration » or « à la Marine » are not followed by such a verb.
        """
        t = toks[i]
        if self.lex.first.get(t.key) not in {"F", "M"} or t.key in MEDICAL_WORDS:
            return False
        if i + 1 >= len(toks) or toks[i + 1].gap_before != " " or toks[i + 1].text not in _SUBJECT_VERBS:
            return False
        if t.key in _NEGATIVE_PRONOUNS and toks[i + 1].text in {"ne", "n'", "n’"}:
            return False  # « Personne ne nous a informés »: the pronoun of a negation, nobody
        if t.opens:
            return True
        prev = toks[i - 1]
        return prev.shape != "C" and prev.key not in _DETERMINERS and not self.excluded(toks, i)

    def _surname_after_first(self, t: Token, u: Token) -> bool:
        """« Louis Figuier », « Jean Roule »: a first name that is no word, then a capitalised word
        that is one; inside a sentence a common word takes no capital unless it is a name."""
        return (
            t.shape == "C"
            and u.shape == "C"
            and not u.opens
            and u.gap_before == " "
            and self.lex.first.get(t.key) in {"F", "M"}
            and not self.lex.is_common(t)
            and len(u.key) >= 3
            and u.key not in MEDICAL_WORDS
            and u.key not in NOT_NAMES
            and u.key not in cues.FUNCTION_WORDS
            and u.key not in cues.PLACE_WORDS
            and u.key not in CALENDAR
            and u.key not in EPONYM_CONTEXT
            and not is_unambiguous_eponym(u.key)
        )

    def _next_listed_name(self, toks: list[Token], i: int, j: int) -> bool:
        """Token ``j`` starts the next name of a list in capitals: « PICCARD W. GERLACH » (an initial
        between two words in capitals), « A. PICCARD MANNEBACK » (a word after « initial SURNAME »)."""
        u, prev = toks[j], toks[j - 1]
        if prev.shape != "U" or self._particle(prev, toks, j - 1):
            return False
        if u.shape == "I":
            k = j  # « PICCARD J. H. VAN VLECK »: the initials, then a word in capitals
            while k < len(toks) and toks[k].shape == "I" and toks[k].gap_after.startswith("."):
                k += 1
            return k > j and k < len(toks) and toks[k].shape == "U"
        return u.shape == "U" and toks[i].shape == "I" and not self._particle(u, toks, j)

    def _role_follows(self, toks: list[Token], i: int, j: int) -> bool:
        """« Bossus, conseiller municipal », « Grassin, marchand de vins », « Ferrand, interne »: a run
        of capitalised words that are no common words, then a comma and a person's role or trade."""
        if j >= len(toks) or toks[j].gap_before.strip() != "," or "\n" in toks[j].gap_before:
            return False
        if not role_after(toks, j) or toks[i].loud or self.excluded(toks, i):
            return False
        if i > 0 and (toks[i - 1].key in {"du", "des", "au", "aux"} or toks[i - 1].key in AFTER_DE):
            return False  # « ministère de la Justice, conseiller »: the complement of a noun
        for k in range(i, j):
            t = toks[k]
            if t.shape == "I" or self._particle(t, toks, k):
                continue
            if t.shape not in "UC" or short_acronym(t) or t.key in NOT_NAMES or t.key in cues.FUNCTION_WORDS:
                return False
            if self.lex.is_common(t) and not self.lex.in_lists(t):
                return False
        return True

    def _first_then_surnames(self, words: list[Token]) -> bool:
        """« Claire FORT », « Rose Blanc »: a first name that is also a word, then listed surnames that
        are words too. In capitals the surname says it; capitalised, only inside a sentence (« Rose
        Blanc » opening a line may be a heading)."""
        head = words[0]
        if head.shape != "C" or self.lex.first.get(head.key) not in {"F", "M"} or head.key in MEDICAL_WORDS:
            return False
        rest = words[1:]
        if not all(
            w.shape in "UC" and self.lex.is_surname(w) and w.key not in MEDICAL_WORDS and not acronym(w.key)
            for w in rest
        ):
            return False
        return all(w.shape == "U" for w in rest) or not head.opens

    def _age_follows(self, toks: list[Token], i: int, j: int) -> bool:
        """« DUPONT Jean, 72 ans », « Ch. 13 - GOASDOUÉ - 80 ans »: a run of names then an age."""
        if j >= len(toks) or toks[j].key != "ans" or len(toks[j].gap_before) > 16 or toks[i].loud:
            return False
        if not _AGE_GAP.fullmatch(toks[j].gap_before):
            return False
        if self.excluded(toks, i):
            return False
        for k in range(i, j):
            t = toks[k]
            if t.shape == "I" or self._particle(t, toks, k):
                continue
            if t.shape not in "UC" or short_acronym(t) or t.key in CALENDAR or t.key in cues.FUNCTION_WORDS:
                return False
            if self.lex.is_common(t) and not (t.shape == "U" and self.lex.in_lists(t)):
                return False
        return True

    def _judge_run(self, toks: list[Token], i: int, j: int) -> Span | None:
        lex = self.lex
        loud = toks[i].loud
        words = [
            toks[k] for k in range(i, j) if toks[k].shape != "I" and not self._particle(toks[k], toks, k)
        ]
        if not words:
            return None
        if _english_opener(toks, i):
            return None  # « She was discharged », « Thank you »: a sentence in English
        lower = toks[i].shape == "L"
        if lower and not (self.clear_lower_name(words[0]) if len(words) == 1 else words[0].key in lex.first):
            # Said first because it is cheap and settles most runs (« lobe droit », « deux fois »): in
            # lower case, only a name that is no word alone, or a first name opening a run, can pass
            # the rules below.
            return None
        if self.eponym_context(toks, i) or self._place_context(toks, i):
            return None
        firsts = [
            w
            for w in words
            if lex.is_first(w) and not (w.shape == "U" and acronym(w.key) and lex.first.get(w.key) == "X")
        ]
        # (an acronym of three capitals is no first name beside an eponym: « mélanome SSM Breslow »)
        clear_firsts = [
            w for w in firsts if not lex.is_common(w) and not (w.shape == "U" and len(w.key) <= 3)
        ]
        eponym = any(
            is_unambiguous_eponym(w.key) or any(is_unambiguous_eponym(p) for p in w.key.split("-"))
            for w in words
        )
        if eponym and (not clear_firsts or len(words) == 1) and toks[i].shape != "I":
            return None
        if eponym and len(words) >= 2 and toks[i].shape != "I" and all(w.key in EPONYMS for w in words):
            return None  # « (Ann Arbor, LDH, ECOG) »: every word an eponym's, a classification named after a town
        if len(words) == 2 and toks[i].shape == "C" and self._surname_after_first(words[0], words[1]):
            return Span(i, j, 0.75, "lists")  # « Louis Figuier », « Jean Roule »
        if len(words) >= 2:
            # « Jean DUPONT », « DUPONT Jean », « Marie-Claire Lefebvre », « jean dupont »
            unknown = [w for w in words if not lex.in_lists(w)]
            if lower:
                # « laurence marin » but not « ce matin dupont »: a first name that is no French word,
                # then words of the surname list
                head = words[0]
                if head.key in _ENGLISH_LITTLE or words[-1].key in _ENGLISH_LITTLE:
                    return None  # « He will have an echocardiogram »: a letter in English
                # (not a name that is a frequent word too, « berger », « boulanger »: the rule below, which
                # wants a surname that is no word after it, not « un berger allemand »)
                if (
                    head.key in lex.first
                    and not lex.is_common(head)
                    and head.key not in lex.name_words
                    and all(lex.is_surname(w) or lex.is_first(w) for w in words[1:])
                ):
                    return Span(i, j, 0.75, "lists")
                # « olive labbé »: a first name that is also a word, then a surname that is not one
                if (
                    lex.first.get(head.key) in {"F", "M"}
                    and (i == 0 or toks[i - 1].key not in cues.FUNCTION_WORDS)
                    and all(lex.is_surname(w) for w in words[1:])
                    and any(not lex.is_common(w) for w in words[1:])
                ):
                    return Span(i, j, 0.7, "lists")
                return None
            if firsts and len(unknown) <= (0 if lower or not clear_firsts else 1):
                anchor = clear_firsts[0] if clear_firsts else firsts[0]
                others = [
                    w
                    for w in words
                    if w is not anchor
                    and not (w.shape == "U" and acronym(w.key))
                    and (lex.is_surname(w) or not lex.is_common(w))
                ]
                if others and (
                    clear_firsts
                    or any(not lex.is_common(w) for w in others)
                    or self._first_then_surnames(words)
                ):
                    if loud and not (clear_firsts and all(lex.in_lists(w) for w in words)):
                        return None  # in capitals, only « JEAN DUPONT »: two listed names
                    return Span(i, j, 0.9 if not lower else 0.8, "lists")
            if lower or loud:
                return None
            # « PETIT Anne »: an upper-case surname then a capitalised first name, both from the lists
            if (
                len(words) == 2
                and words[0].shape == "U"
                and words[1].shape == "C"
                and lex.is_surname(words[0])
                and lex.is_first(words[1])
            ):
                return Span(i, j, 0.85, "lists")
            # Two capitalised words none of which is a first name: surnames without context.
            if all(lex.is_surname(w) and not lex.is_common(w) for w in words) and not toks[i].opens:
                return Span(i, j, 0.75, "lists")
            return None
        t = words[0]
        if abbreviated_word(toks, i, j):
            return None  # « Méd. resp. Dr … », « Pharm. hosp. »: a word cut short, then another
        if j == i + 1 and i > 0 and heading_noun_phrase(toks[i - 1], toks[i], lex):
            return None  # « FICHE D'AVIS »: a heading's noun phrase, no « Davis »
        if j == i + 1 and clipped_label(toks[i]):
            return None  # « Méd. : Dr … », « Adm. 02/12/26 », « N/Réf : »: a field's label clipped
        if (
            lower
            and self.clear_lower_name(t)
            and t.gap_before.endswith("(")
            and toks[j - 1].gap_after.startswith(")")
            and lex.first.get(t.key) in {"F", "M"}
            # « Allergie : Augmentin (rash) »: the reaction the allergen gave
            and not on_an_allergy_line(toks, i)
        ):
            # « (thomas) »: a first name alone in brackets, typed in lower case
            return Span(i, j, 0.7, "lists")
        if (
            lower
            and self.clear_lower_name(t)
            and lex.first.get(t.key) in {"F", "M"}
            and j < len(toks)
            and toks[j].gap_before.strip() == "("
            and toks[j].key in cues.HEADER_LABELS
        ):
            return Span(
                i, j, 0.7, "lists"
            )  # « kevin (interne) », « sophie (ide) »: a first name, then a role
        if (
            toks[i].shape == "I"
            and not _unit_after_number(toks, i)
            and t.shape == "U"
            and not lower
            and len(t.key) >= 3
            and not acronym(t.key)
            and t.key not in cues.FUNCTION_WORDS
            and t.key not in MEDICAL_WORDS
            and (lex.is_surname(t) or not lex.is_common(t))
        ):
            # « P. BLANC », « A. PICCARD W. GERLACH »: an initial and its dot make a surname of a word in
            # capitals, also on a line in capitals (a list of staff or of signatories)
            return Span(i, j, 0.75, "initial")
        if lower or loud:
            return None
        if (
            toks[i].shape == "I"
            and not _unit_after_number(toks, i)
            and t.shape == "C"
            and t.key not in MEDICAL_WORDS
            and t.key not in cues.FUNCTION_WORDS
            and t.key not in _TITLE_ABBREVIATIONS
            and not value_letter(toks, i)
            # « A. Contexte », « B. La procédure » are headings: a common word needs a mid-sentence
            # initial, and a name list that holds it or no lower-case word after it (« Pénicilline G.
            # Recherche des impuretés »: a sentence after a letter; « P. Blanc », « G. Regner, »)
            and (
                not lex.is_common(t)
                or (not toks[i].opens and (lex.in_lists(t) or not _sentence_goes_on(toks, j)))
            )
        ):
            return Span(i, j, 0.7, "initial")  # « D. Pannick »: an initial makes a surname of a word
        if (
            t.shape == "C"
            and t.gap_before.endswith("(")
            and _bracket_closes(toks[j - 1].gap_after)
            and lex.first.get(t.key) in {"F", "M"}
            and t.key not in MEDICAL_WORDS
        ):
            # « (Marine) »: a first name alone in brackets signs a note; « (Olive, 06 14 92 30 77) »:
            # a relative and the number to call her on
            return Span(i, j, 0.7, "lists")
        if j == i + 1 and t.shape == "C" and lex.is_common(t) and self._first_name_inside_sentence(toks, i):
            return Span(i, j, 0.6, "lists")  # « l'amour de Marie », « Mais Marie, Marie la bien-aimée »
        if j == i + 1 and t.shape == "C" and lex.is_common(t) and self._first_name_as_subject(toks, i):
            return Span(i, j, 0.6, "lists")  # « Ce matin, Marie a bien dormi », « Rose refuse son repas »
        if lex.is_common(t) or (t.shape == "U" and acronym(t.key)):
            return None
        # « contenant des INTI », « aucun autre INTI »: an acronym; a first name takes no article
        if (
            t.shape == "U"
            and not t.loud
            and not lex.is_surname(t)
            and i > 0
            and toks[i - 1].key in _QUANTIFIERS
        ):
            return None
        if t.shape == "U" and not t.loud and not lex.is_surname(t) and _acronym_use(toks, i):
            return None
        if _amino_acid_residue(toks, i, j):
            return None
        if lex.is_first(t):
            if t.opens and t.key in lex.name_words and not self._first_name_as_subject(toks, i):
                return None  # « Pierre vésiculaire », « Boucher le cathéter »: the word, not the name
            if t.opens and noun_phrase_follows(toks, j, lex.name_words, foreign=False):
                return None  # « Pierre de la vésicule », « Boucher le cathéter », « Nice to have »
            return Span(i, j, 0.75 if not t.opens else 0.65, "lists")
        if (
            toks[i].shape == "I"
            and t.shape == "C"
            and not _unit_after_number(toks, i)
            and not (value_letter(toks, i) and not lex.in_lists(t))
            # (« canal carpien D — Dr Tessier »: a side's letter, then the title of the next field)
            and t.key not in _TITLE_ABBREVIATIONS
        ):
            return Span(i, j, 0.75, "initial")  # « D. Pannick »: an initial then a capitalised word
        if lex.is_surname(t):
            if j == i + 1 and in_a_list_of_tests(toks, i):
                return None  # « Épreuves : ELO, BALE, Alouette »: a list of tests
            if _place_preposition(toks, i):
                return None  # « à Strasbourg », « dans le Devon »: a place, found by the place recognisers
            if t.opens and t.shape == "C" and j == i + 1 and subject_of_person_verb(toks, i, lex):
                return Span(i, j, 0.6, "subject")  # « Musset, qui haïssait »: a listed surname
            if t.opens:
                return Span(i, j, 0.55, "lists") if t.shape == "U" else None
            return Span(i, j, 0.7, "lists")
        if j == i + 1 and subject_of_person_verb(toks, i, lex) and not self.excluded(toks, i):
            return Span(i, j, 0.6, "subject")  # « Danglard eut un sourire », « Paderewski va prendre »
        return None
