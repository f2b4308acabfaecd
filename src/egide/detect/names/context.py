"""Names found by the structure of clinical text: titles, header labels, « épouse / née », kinship,
care-note phrases (« vu par », « transmis à », « merci de recevoir ») and case law (« l'affaire X »).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from egide.detect.names import cues
from egide.detect.names.care_roles import ROLE_ABBREVIATIONS, care_role_before_name
from egide.detect.names.care_roles import TRIGGERS as CARE_ROLES
from egide.detect.names.compound_surnames import compound_with_a_surname
from egide.detect.names.epithets import EPITHETS, epithet_before_name
from egide.detect.names.filled_field import IDENTITY_BOX_LABELS, value_before_break
from egide.detect.names.medical_words import (
    CALENDAR,
    CLIPPED_SPECIALTIES,
    MEDICAL_WORDS,
    NOT_NAMES,
    ORGANISATION_ACRONYMS,
)
from egide.detect.names.medicines import laboratory_names, medicine_names
from egide.detect.names.naming import (
    DEMONYMS,
    HOUSEHOLD,
    HOUSEHOLD_ARTICLES,
    ROLE_KEYS,
    TRADE_KEYS,
    TRADE_PHRASE_ENDS,
    demonym_before_name,
    naming_phrase,
    no_name_answer,
    role_title,
    trade_before_name,
)
from egide.detect.names.naming import ROLE_NOUNS as NAMING_ROLE_NOUNS
from egide.detect.names.next_label import FIELD_WORDS
from egide.detect.names.reader import (
    LOWER_PARTICLES,
    MAX_NAME_TOKENS,
    NameReader,
    Span,
    a_post,
    care_unit,
    in_place_of,
    joinable,
    short_acronym,
)
from egide.detect.names.regnal import with_ordinal
from egide.detect.names.relative_in_brackets import relative_in_brackets
from egide.detect.names.speech import SAYING_VERBS, SPEECH_VERBS, speaker_before, speaker_follows
from egide.detect.names.structures import structure_acronym
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words
from egide.detect.places.lexicon import load_lexicon

_PLURAL_TITLES = frozenset(
    {"mm", "mmes", "mlles", "drs", "prs", "messieurs", "mesdames", "docteurs", "professeurs"}
)
_PHRASE_ENDS = frozenset(p[-1] for p in cues.HEADER_PHRASES)
# Words that make a header label a unit's (« Service demandeur : », « UF responsable : »).
_UNIT_LABELS = frozenset({"service", "unite", "uf", "pole", "etablissement", "structure"})
# After a header label, what is no person: a reply's or a transfer's prefix of an e-mail's subject
# (« Objet : RE: … », « Objet : TR: … »), and an office written with what it is of (« Copie : Juge des
# contentieux de la protection », « Copie : Tribunal judiciaire de Tours », « Copie : Maire de Brest »).
_REPLY_PREFIXES = frozenset({"re", "tr", "fw", "fwd", "rep"})
_OFFICES = frozenset({"juge", "tribunal", "prefet", "prefete", "prefecture", "procureur", "maire", "mairie"})


def _office_or_reply(toks: list[Token], first: int, end: int) -> bool:
    """The header's value ``toks[first:end]`` is an e-mail's prefix or an office, not a person."""
    t = toks[first]
    if t.key in _REPLY_PREFIXES and first + 1 < len(toks) and toks[first + 1].gap_before.startswith(":"):
        return True
    return (
        end == first + 1
        and (t.key in _OFFICES or t.key in NAMING_ROLE_NOUNS)
        and end < len(toks)
        and toks[end].shape == "L"
        and toks[end].gap_before == " "
    )


# Field names of forms and headers: after « Sexe : M » or « Mme » comes the next field, not a name.
_FORM_LABELS = words(
    """
    age sexe date ddn ne nee lit chambre tel telephone adresse service uf ipp nda nir ins poids taille
    motif entree sortie nom noms prenom prenoms naissance nationalite initiales profession domicile
    ville cp courriel mail email portable mobile
    """
)
# Titles that need a capital, also read in lower case before a word that is only a name.
_LOWER_TITLES = frozenset({"m", "mr"})
# Titles after which a lower-case word that is also a common word (« mr petit », « mme blanc ») is
# still a surname when a room or a bed follows it (« ch 8 », « lit 4 »): no word but a name sits there.
_ROOM_TITLES = frozenset({"m", "mr", "mme", "mlle", "monsieur", "madame"})
_ROOM_WORDS = frozenset({"ch", "chb", "chbre", "chambre", "lit", "box", "bx"})
# A bed's or a room's number between the word and its occupant (« lit 2 Pape », « ch. 12 : Roi »).
_ROOM_NUMBER = re.compile(r"[ .:°n]{1,3}[0-9]{1,4}[ ]?[:\-–—]?[ ]")
# Religious titles that are also nouns in apposition: « Mère Marie » is a title, « teinture mère »,
# « maison mère », « cellule mère » are not.
_KIN_TITLES = frozenset({"mere", "pere", "soeur", "frere"})


def _apposition(toks: list[Token], i: int, firsts: Mapping[str, str]) -> bool:
    """Token ``i`` (« Mère », « Sœur ») follows a noun it qualifies (« Teinture Mère Boiron »,
    « solution mère », « cellules sœurs »): a word that is no function word, one space before, and
    no first name after (« Appeler Sœur Marie » is the title)."""
    if toks[i].key not in _KIN_TITLES or i == 0 or toks[i].gap_before != " ":
        return False
    if i + 1 < len(toks) and toks[i + 1].key in firsts:
        return False
    prev = toks[i - 1]
    return len(prev.key) > 2 and prev.key not in cues.FUNCTION_WORDS and prev.key not in cues.TITLES


_MONTH_KEYS = frozenset({"janvier", "fevrier", "avril", "mai", "juin", "juillet", "aout"})


def _month_as_first_name(toks: list[Token], k: int) -> bool:
    """Token ``k`` is a month that is also a first name (« Mai », « Avril », « Juin »), capitalised,
    after a relative's noun and with no day or year beside it (« sa fille Mai, qui vit … »; « sa fille
    mai 2020 » is a date)."""
    t = toks[k]
    if t.shape != "C" or t.key not in _MONTH_KEYS:
        return False
    return not any(c.isdigit() for c in t.gap_after[:3])


def _initials_end(toks: list[Token], k: int) -> int:
    """End of the initials that go on at token ``k`` after a first one (« J.-P. M. », « A. B. »): each
    one capital letter after a dot (and maybe a hyphen), followed by its own dot, on the same line."""
    end = k
    while (
        end < len(toks)
        and end - k < 3
        and toks[end].shape == "I"
        and toks[end].gap_before.strip(" ") in {".", ".-"}
        and "\n" not in toks[end].gap_before
        and toks[end].gap_after.startswith(".")
    ):
        end += 1
    return end


# Whose initials a form's label says before its colon (« Initiales du patient : », « initiales patiente : »).
_INITIALS_OWNERS = words("du de la le patient patiente malade enfant")


def _after_initials_qualifier(toks: list[Token], i: int) -> int:
    """The token after the bracket or the words that say which initials a form wants (« Initiales (nom /
    prénom) : L / P », « Initiales (NP) : LP », « Initiales du patient : R / M »), when a colon follows
    within a few words; else the token after « initiales » (token ``i``)."""
    if i + 1 >= len(toks):
        return i + 1
    if "(" in toks[i + 1].gap_before:
        for k in range(i + 2, min(i + 6, len(toks))):
            if ")" in toks[k].gap_before:
                if ":" in toks[k].gap_before.split(")", 1)[1]:
                    return k
                # (no colon, the initials straight after the bracket: « Patient : initiales (nom,
                # prénom) R. M., sexe F »; the caller still wants the patient's word before « initiales »)
                return k if toks[k].shape == "I" and toks[k].gap_after.startswith(".") else i + 1
        return i + 1
    for k in range(i + 1, min(i + 4, len(toks))):
        if k > i + 1 and ":" in toks[k].gap_before:
            return k
        if toks[k].key not in _INITIALS_OWNERS or ":" in toks[k].gap_before:
            break
    return i + 1


def _slashed_initials_end(toks: list[Token], end: int) -> int:
    """The end of initials given one per name, a slash between them (« L / P », « J.-M. / D. »)."""
    while (
        end < len(toks)
        and end > 0
        and toks[end].shape in ("U", "I")
        and len(toks[end].key) <= 2
        and toks[end].gap_before.strip(" .") == "/"
        and "\n" not in toks[end].gap_before
    ):
        end += 1
    return end


def _room_follows(toks: list[Token], k: int) -> bool:
    """Token ``k`` is « ch », « chambre », « lit » or « box » followed by a number (« ch 8 », « lit 12 »)."""
    if k >= len(toks):
        return False
    t = toks[k]
    return (
        t.key in _ROOM_WORDS and t.gap_before.strip(" (,") == "" and t.gap_after.lstrip(" .:°")[:1].isdigit()
    )


# The greetings that open a message or a letter quoted after a label: no name.
_GREETINGS = words("bonjour bonsoir salut coucou hello cher chere chers cheres madame monsieur")


_SEX_FIELDS = frozenset({"sexe", "genre", "sex"})


def _sex_value(toks: list[Token], i: int) -> bool:
    """Token ``i`` is the value of a form's sex field (« Sexe : M   Date de naissance … », « Sexe M »):
    a sex, no « M. » before a name, whatever the next field's label is."""
    return i > 0 and toks[i].text == "M" and toks[i - 1].key in _SEX_FIELDS and "\n" not in toks[i].gap_before


# The field of a German doctorate after « Dr. », abbreviated (« Dr. med. », « Dr. med. dent. », « Dr. rer.
# nat. », « Dr. phil. »): no name.
_GERMAN_DEGREES = frozenset({"med", "rer", "phil", "dent", "vet", "jur", "nat", "habil", "univ"})
# The colleague a letter addresses after a title, in French, German and Dutch (« Herr Kollege », « Frau
# Kollegin », « Dr Confrère »): no one's name.
_ADDRESSED_PEERS = frozenset(
    {"collegue", "collegues", "confrere", "confreres", "consoeur", "consoeurs", "kollege", "kollegen", "kollegin",
     "kolleginnen", "collega", "collegae"}
)  # fmt: skip


def _is_title(t: Token, nxt: Token | None, nxt_gap_after: str = "") -> bool:
    if t.key not in cues.TITLES or nxt is None:
        return False
    if nxt.gap_before.strip(" ") not in {"", "."}:
        return False  # « M6 », « Dr: », « Mme, » are not followed by a name
    if nxt.key in _FORM_LABELS and ":" in nxt_gap_after:
        return False  # « Sexe : M   Âge : 66 ans »: the next field of a form, not a name
    if nxt.key in _GERMAN_DEGREES and nxt.text.islower() and nxt_gap_after.startswith("."):
        return False  # « Dr. med. Vogelsang », « Dr. rer. nat. »: the doctorate's field, the name after it
    if nxt.key in _ADDRESSED_PEERS and nxt_gap_after.strip(" ") != "":
        # « Sehr geehrter Herr Kollege, »: whom a letter addresses, no name after it (« Frau Kollegin
        # Meier » goes on to one)
        return False
    if t.key in cues.CASE_SENSITIVE_TITLES:
        if t.gap_before[-1:].isdigit():
            return False  # « [99M TC] », « 12M »: a number's letter (an isotope, months), no « M. »
        if t.loud:
            return False  # on a line in capitals « MM » is millimetres, « M » metres
        if not t.text[0].isupper():
            # « mr garcia », « m nguyen » typed without capitals: « m » is a unit, so only a word
            # that can be nothing but a name follows it (checked by the caller, see _lower_title)
            return t.key in _LOWER_TITLES and nxt.shape == "L"
        if not (nxt.capitalised or nxt.key in LOWER_PARTICLES):  # « M. de KERGUELEN »
            # « M. mercier »: with its capital and its dot, « M. » is a title before a surname typed in
            # lower case (which the caller reads only where the name's place ends)
            return nxt.shape == "L" and nxt.gap_before.startswith(".")
    return True


# Words before a name in care notes: « vu par », « transmis à », « merci de recevoir », « dossier de ».
_BEFORE_PAR = words(
    """
    vu vue revu revue examine examinee valide validee signe signee redige redigee dicte dictee suivi
    suivie opere operee accompagne accompagnee remplace remplacee adresse adressee
    """
)
_BEFORE_A = words(
    """
    transmis transmise signale signalee explique expliquee telephone annonce annoncee presente
    presentee dire dit demander demande rappeler repondre ecrire confie confiee
    """
)
# « merci de recevoir X », and the words of case law (« l'affaire Sauvé », « le juge McLachlin »)
_BEFORE_ANY = words(
    "recevoir affaire arret juge parte requerant requerante nomme nommee denomme denommee surnomme surnommee"
)
# Verbs whose object is often a person (« Appeler Tromeur demain », « prévenir Marie »), but also a
# service (« Appeler Cardio », « Prévenir Réa »): the word after them must be in the name lists.
# Header labels that are also items of an assessment grid (« Contact : bon, adapté »).
_GRID_LABELS = words("contact aide aides objet concerne")
# The labels of a letter's or an e-mail's subject.
_SUBJECT_LABELS = words("objet concerne")
# Header labels of the patient's identity: whatever follows them is the patient's name.
_IDENTITY_LABELS = words("patient patiente patients nom noms prenom prenoms identite")
_BEFORE_LISTED = words("appeler rappeler contacter recontacter prevenir joindre")
# « adressé par X »: a person, or a service (« par Urgences »), so the word must not be a common one
_SENT_BY = frozenset({"adresse", "adressee"})
# « sonner chez Agopian », « hébergée chez Martin »: where a person lives or is visited (« travaille chez
# Renault » is a company's: not after these verbs).
_BEFORE_CHEZ = words(
    """
    sonner sonnez habite habitent vit vivant heberge hebergee loge logee reside residant domicilie domiciliee
    demeurant installe installee accueilli accueillie place placee
    """
)
# « œuvres de Weber », « chansons de Delmet », « comédie de Sacha Guitry », « un film de Carné »: a
# work, then its author (a newspaper's programme of the radio, the theatres, the exhibitions).
_WORKS = words(
    """
    oeuvre oeuvres musique musiques chanson chansons melodie melodies comedie comedies drame drames
    tragedie roman romans film films tableau tableaux toile toiles poeme poemes piece pieces opera
    operas operette operettes symphonie symphonies concerto concertos sonate sonates ballet ballets
    livre livres recit recits essai essais scenario fables vaudeville revue sketch chronique
    œuvre œuvres
    """
)
# (« œuvres » as printed: the fold of the lists keeps the ligature, so both spellings are listed)
_BEFORE_AVEC = frozenset(
    ["vu", "vue", "discute", "discutee", "staff", "entretien", "rdv", "rendez-vous", "echange"]
)


# Whose initials a form gives after « initiales » without a colon (« Patient : initiales J.-M. D. »).
_PATIENT_WORDS = frozenset({"patient", "patiente", "malade", "enfant", "victime", "sujet"})


def _introduces_person(toks: list[Token], i: int) -> bool:
    key = toks[i].key
    if key in _BEFORE_ANY or key in _BEFORE_LISTED:
        return True
    if i == 0 or toks[i].gap_before != " ":
        return False
    prev = toks[i - 1].key
    if key == "par":
        return prev in _BEFORE_PAR
    if key == "a":
        return prev in _BEFORE_A
    if key == "avec":
        return prev in _BEFORE_AVEC
    if key == "de":
        if prev == "place" and in_place_of(toks, i - 1):
            return True  # « à la place de Nockel », « prendre la place de Solomin »: instead of a person
        if prev in _WORKS:  # « comédie de M. Gandillot »: the title reads its name
            if i > 1 and toks[i - 2].key == "en":
                return False  # « la mise en œuvre de Parcoursup »: no work, a locution
            return i + 1 < len(toks) and toks[i + 1].key not in cues.TITLES
        return prev in {"dossier", "appel"}
    if key == "chez":
        return prev in _BEFORE_CHEZ
    return False


# Roles named with an article, then a name between commas (« l'interne, Romane, »).
_ROLE_NOUNS = (cues.HEADER_LABELS | cues.KIN_WORDS) - {
    "nom",
    "noms",
    "prenom",
    "prenoms",
    "objet",
    "copie",
    "copies",
}
_ARTICLES = frozenset({"l'", "le", "la", "notre", "votre", "un", "une"})
#: Shops and small firms named after their owner (« boulangerie Marchand », « pharmacie Lebon », « taxi
#: Benali », « Ambulances Durand », « PF Kerjean »): the owner's surname names a person, the trade's word
#: itself is no name (the model is not asked about it).
SHOPS = words(
    """
    boulangerie boucherie charcuterie epicerie pharmacie garage taxi taxis ambulance ambulances pf
    transports menuiserie plomberie maconnerie cabinet
    """
)
# « Famille Çelik », « la famille Le Goff », « familles Quéméner et Guéguen »: a household by its name.
_FAMILY = frozenset({"famille", "familles"})
# The newborn's words in a maternity or neonatal note, which name the baby without a possessive.
_NEWBORN = frozenset({"bebe", "nouveau-ne", "nouveau-nee", "nourrisson"})
# A birth weight's number before its unit: « 3180 g », « 3 180 g », « 2,9 kg ».
_BIRTH_WEIGHT_GAP = re.compile(r" (?:[1-5] ?[0-9]{3}|[1-5][.,][0-9]{1,3}) ?")


def _birth_weight_at(toks: list[Token], k: int) -> bool:
    """Token ``k`` is the unit of a newborn's weight (« 3180 g », « 2,9 kg »)."""
    return (
        k < len(toks)
        and toks[k].key in {"g", "kg"}
        and _BIRTH_WEIGHT_GAP.fullmatch(toks[k].gap_before) is not None
    )


# Every word after which by_context() may find a name (header labels need a colon, checked apart).
#: The label of a form's first-name field (« Prénom », « Prénoms »).
_FORM_FIRST_NAME_LABELS = frozenset({"prenom", "prenoms"})


_TRIGGERS = (
    cues.TITLES
    | cues.RELATION_WORDS
    | cues.KIN_WORDS
    | _ROLE_NOUNS
    | _BEFORE_ANY
    | _BEFORE_LISTED
    | ROLE_KEYS
    | TRADE_KEYS
    | TRADE_PHRASE_ENDS
    | {"par", "a", "avec", "de", "chez", "appelle", "appelait", "famille", "fille", "naissance", "usage"}
    | _FORM_FIRST_NAME_LABELS
    | _FAMILY
    | HOUSEHOLD
    | DEMONYMS
    | EPITHETS
    | {"marital", "nom", "prenom", "prenomme", "prenommee", "initiales"}
    | SPEECH_VERBS
    | SAYING_VERBS
    | CARE_ROLES
    | _ROOM_WORDS
    | SHOPS
)


def _a_medicine(t: Token) -> bool:
    """A medicine, a substance or a laboratory of the public medicine database (one word)."""
    return t.key in medicine_names() or t.key in laboratory_names()


def _origin_after_dit(t: Token, nxt: Token) -> bool:
    """« dit du Siam », « dite des Indes », « dit de Provence »: « dit » then a preposition names a
    kind by its origin (a substance, a variety: « benjoin du Laos, dit du Siam »), not a person's
    nickname (« dit le Grand », « dite Mimi »)."""
    return t.key in {"dit", "dite", "dits", "dites"} and nxt.key in {"du", "des", "de", "d'"}


def _surname_label_before(toks: list[Token], i: int) -> int:
    """Where a « Nom » label stands, capitalised or in capitals, a few words before ``i`` on the
    same line, or -1."""
    k = i
    while k > 0 and i - k < 6 and "\n" not in toks[k].gap_before:
        k -= 1
        if toks[k].key == "nom" and toks[k].shape in "CU":
            return k
    return -1


def _surname_between_labels(toks: list[Token], label: int, first_name_label: int) -> bool:
    """The words between a form's « Nom » and « Prénom » labels without their colons are the
    surname, whatever its length or lists: one to three capitalised words, spaces only around them
    (« Nom Vo   Prénom Lan », « NOM LE GOFF PRÉNOM ANNE »; a two-letter surname that no list holds is
    read by its place as the first name after « Prénom » is)."""
    words = toks[label + 1 : first_name_label]
    return (
        1 <= len(words) <= 3
        and all(
            t.shape in "CU" and t.key not in cues.HEADER_LABELS and t.key not in FIELD_WORDS for t in words
        )
        and all(t.gap_before.strip(" ") == "" for t in (*words, toks[first_name_label]))
    )


# The titles of a doctor, folded: the one a dictation spells out and its abbreviations.
_DOCTOR_TITLES = frozenset({"docteur", "dr", "pr", "professeur"})
_CIVILITIES = frozenset({"m", "mme", "mlle", "melle", "madame", "monsieur", "mademoiselle", "mr"})


def _given_name_after_doctor(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a capitalised kin title (« Pere ») right after a doctor's title (« Dr Pere »), or
    a civility's (« Mme PÉRÉ Fabienne », « M. Mère Paul »: nobody is « Madame Père »; the surname)."""
    t = toks[i]
    return (
        i > 0
        and t.key in _KIN_TITLES
        and (
            (t.shape == "C" and t.gap_before == " " and toks[i - 1].key in _DOCTOR_TITLES)
            or (
                t.shape in "CU"
                and t.gap_before in (" ", ". ")
                and toks[i - 1].key in _CIVILITIES
                and toks[i - 1].text[:1].isupper()
            )
        )
    )


def _practice_town_follows(toks: list[Token], k: int) -> bool:
    """« à » then a commune that is no French word follow at token ``k`` (« … fort à bourgueil »): where
    the doctor named in lower case before them practises."""
    if (
        k + 1 >= len(toks)
        or toks[k].text != "à"
        or toks[k].gap_before != " "
        or toks[k + 1].gap_before != " "
    ):
        return False
    commune = load_lexicon().commune(toks[k + 1].text)
    return commune is not None and not commune.is_word


# The keys a record's line (an HL7-like export, a wristband's data) gives the doctor under, folded.
_RECORD_DOCTOR_KEYS = frozenset({"med", "medt", "mt", "medresp", "presc", "prescr", "resp"})
# How far along the line the other keyed fields are looked for, in words.
_RECORD_REACH = 8


def _keyed_record_line(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a key in capitals among other keys in capitals on its line, each glued to its colon
    (« IPP:9400127734 NDA:V2611250088 UF:1410 MED:HAMON »): a record's fields, no sentence."""
    keys = 0
    for k in range(max(0, i - _RECORD_REACH), min(len(toks), i + _RECORD_REACH)):
        if k != i and toks[k].shape == "U" and toks[k].gap_after[:1] == ":" and _same_line(toks, i, k):
            keys += 1
    return keys >= 2


def _same_line(toks: list[Token], i: int, k: int) -> bool:
    a, b = (i, k) if i < k else (k, i)
    return not any("\n" in toks[j].gap_before for j in range(a + 1, b + 1))


# A blank line after a label's colon: the paragraph after it is pasted under an instruction (« le logiciel a
# mal compris les noms) :⏎⏎compte rendu de… », « la fiche ARM :⏎⏎Appel 07/12… »), no field's value.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


# An age right after a name, in the gap before the next word (numbers are no words): « 81 ans », « 79a »,
# « 81 a », « 81 an » (a hurried note's ways).
_AGE_GAP = re.compile(r" [0-9]{1,3} ?")


def _age_right_after(toks: list[Token], k: int) -> bool:
    """The word at ``k`` is followed by an age, one space after it (« odile 81 ans », « odile 79a »)."""
    return (
        k + 1 < len(toks)
        and _AGE_GAP.fullmatch(toks[k].gap_after) is not None
        and toks[k + 1].key in {"ans", "an", "a"}
    )


class ContextRules(NameReader):
    """Evidence 1-3: a title, a header label, a relation or kinship word, a care-note phrase."""

    def _word_after_kin(self, t: Token) -> bool:
        """``t`` is a common word that no name list holds: the noun of a heading after a line
        without its full stop (« demandez à votre médecin ⏎ Récupérateur de seringues »), not the
        name of « sa fille Rose » or « son fils Blanc »."""
        # (« … de mon père⏎Bonjour, »: a greeting opening the message after a subject's line; a month
        # stays a first name there, « sa fille Mai », and so does a word in brackets after the relative,
        # « son mari (France) »)
        return (self.lex.is_common(t) and not self.lex.in_lists(t)) or (
            t.key in NOT_NAMES and t.key not in CALENDAR and "(" not in t.gap_before
        )

    def by_context(self, toks: list[Token]) -> list[Span]:
        spans: list[Span] = []
        n = len(toks)
        i = 0
        # Most words start nothing. Those that may (a trigger word, or a colon after the word) are
        # picked out in one comprehension, and the loop goes from one to the next.
        triggers = _TRIGGERS
        for k in [k for k, t in enumerate(toks) if t.key in triggers or ":" in t.gap_after]:
            if k < i:
                continue  # inside the name found last
            i = k
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < n else None
            found: Span | None = None
            after = toks[i + 2].gap_before if i + 2 < n else ""
            value = _after_initials_qualifier(toks, i) if t.key == "initiales" else i + 1
            if value < n and value != i + 1:
                nxt = toks[value]  # « Initiales (nom / prénom) : L / P »: the value after the bracket
            if (
                nxt is not None
                and t.key == "initiales"
                and (nxt.shape == "I" or (nxt.shape == "U" and len(nxt.key) <= 4))
                and (":" in nxt.gap_before or (i > 0 and toks[i - 1].key in _PATIENT_WORDS))
            ):
                # « Patient : initiales J.-M. D. », « Initiales : JMD »: a pharmacovigilance form's way
                # to name the patient (a field, or the patient's: « initiales J. P. M. en bas de page »
                # is an instruction)
                end = _initials_end(toks, value + 1) if nxt.shape == "I" else value + 1
                end = _slashed_initials_end(toks, end)
                found = Span(value, end, 0.9, "header")
            elif nxt is not None and t.key in _ROOM_TITLES and self._lower_name_before_room(toks, i):
                found = Span(i + 1, i + 2, 0.85, "title")  # « mr petit ch 8 », « Mme blanc (lit 4) »
            elif (
                nxt is not None
                and _is_title(t, nxt, after)
                and not _sex_value(toks, i)
                and not _apposition(toks, i, self.lex.first)
                and not a_post(toks, i + 1)
            ):
                allow_lower = t.key not in cues.CASE_SENSITIVE_TITLES
                if t.shape == "L" and not allow_lower:
                    # « m garcia », « revu m. vaucheret », not « 3 m plus »
                    end = (
                        i + 2
                        if self.clear_lower_name(nxt)
                        or self._rare_after_m(toks, i)
                        or self._rare_after_mr(toks, i)
                        else i + 1
                    )
                    if end == i + 2 and self._lower_first_name_closing(toks, i + 2):
                        end = i + 3  # « mr ozturk mehmet, douleur »: the first name after the surname
                else:
                    end = self.read_name(toks, i + 1, allow_lower)
                    if end == i + 1:
                        end = self._after_title(toks, i + 1, allow_lower)
                    if end == i + 1 and self._surname_typed_in_lower_case(toks, i):
                        end = i + 2
                if end > i + 1:
                    # « Dr Pere Llobet », « Dr Mere … »: after a doctor's title, a kin title is a given
                    # name (the Catalan « Pere »), part of the name
                    first = i if _given_name_after_doctor(toks, i) else i + 1
                    found = Span(first, end, 0.95 if toks[i + 1].capitalised else 0.85, "title")
                elif nxt.shape == "I" and nxt.gap_after.startswith("."):
                    # « Mme T. », « M. X. »: an initial alone; « Dr J.-P. M. »: initials only
                    found = Span(i + 1, _initials_end(toks, i + 2), 0.8, "title")
            elif nxt is not None and (k := naming_phrase(toks, i)) >= 0:
                end = self._named(toks, k)
                if end > k and not self.excluded(toks, k):
                    found = Span(k, end, 0.85, "naming")  # « s'appelle X », « nom de famille est X »
            elif (
                nxt is not None
                and (
                    # « Plantago Major Boiron »: a rank before a laboratory names no one (a plant's
                    # Latin name, then the homeopathic maker)
                    (t.key in ROLE_KEYS and role_title(t) and not _a_medicine(nxt))
                    # « le pharmacien Biogaran »: a trade before a medicine or a laboratory names no one
                    or (trade_before_name(toks, i) and not _a_medicine(nxt))
                    # « le célèbre Tornadour », « le très catholique Tallandier »
                    or (epithet_before_name(toks, i) and not _a_medicine(nxt))
                    or demonym_before_name(toks, i)
                )
                and self._role_name_follows(toks, i + 1)
            ):
                # after a rank, an ordinal is a sovereign's, not an eponym's grade (« le tsar Nicolas II »)
                end, sovereign = with_ordinal(toks, i + 1, self.read_name(toks, i + 1, False))
                if end > i + 1 and (sovereign or not self.excluded(toks, i + 1)):
                    found = Span(i + 1, end, 0.8, "role")  # « le général Pilsudski », « le tsar Nicolas II »
            elif nxt is not None and t.key in SPEECH_VERBS and speaker_follows(toks, i):
                end = self.read_name(toks, i + 1, False)
                if end > i + 1 and not self.excluded(toks, i + 1):
                    found = Span(i + 1, end, 0.8, "speech")  # « … », répondit Kervadec
            elif (
                speaker_before(toks, i, self.lex)
                and not (spans and spans[-1].last >= i)
                and not self.excluded(toks, i - 1)
            ):
                spans.append(Span(i - 1, i, 0.75, "speech"))  # « Lemarquis déclare que »
            elif (
                nxt is not None
                and t.key in _FORM_FIRST_NAME_LABELS
                and t.shape in "CU"
                and nxt.gap_before.strip(" ") == ""
                and len(nxt.gap_before) <= 2
                and nxt.shape in "CU"
                and nxt.key not in cues.HEADER_LABELS
                and nxt.key not in FIELD_WORDS
                and (label := _surname_label_before(toks, i)) >= 0
            ):
                # « Nom PASQUIER Prénom Claire »: a printed form's labels without their colons, the
                # surname's on the same line before; the word after « Prénom » is the first name
                end = self.read_name(toks, i + 1, False)
                if end > i + 1:
                    found = Span(i + 1, end, 0.85, "header")
                    if _surname_between_labels(toks, label, i) and not (spans and spans[-1].last > label):
                        spans.append(Span(label + 1, i, 0.85, "header"))
            elif (
                nxt is not None
                and ":" in nxt.gap_before
                and not _BLANK_LINE.search(nxt.gap_before)
                # « IPP destinataire : 33082164⏎Pièces : »: the field's value on its line, the next
                # line's label after it
                and not value_before_break(nxt.gap_before)
                and self._header(toks, i)
            ):
                # « Préleveur : IDE », « Opérateur : IBODE Léa »: the field gives the profession, in
                # capitals, and the name after it when there is one
                first = i + 2 if nxt.shape == "U" and nxt.key in ROLE_ABBREVIATIONS else i + 1
                if nxt.key in IDENTITY_BOX_LABELS and nxt.shape == "C" and ":" not in nxt.gap_after:
                    # « Résident : Nom [KERDRAON] »: the label of the form's box, the name after it
                    first = i + 2
                end = self.read_name(toks, first, True) if first < n else first
                if (
                    end > first
                    and not self._assessment_value(toks, i, end)
                    and not self._subject_phrase(toks, i, first)
                    and not self._act_after_role(toks, i, end)
                    and not _office_or_reply(toks, first, end)
                    # « Tuteur : UDAF de la Somme »: an association protects the person
                    and not (toks[first].shape == "U" and toks[first].key in ORGANISATION_ACRONYMS)
                    # « SMS envoyé au patient : « Bonjour M. … »: a message quoted, its greeting no name
                    and toks[first].key not in _GREETINGS
                    # « DEMANDEUR : URGENCES, DR ABITBOL »: the requesting unit, then its doctor
                    and not (end == first + 1 and care_unit(toks[first].key))
                    # « Signature du patient :      Signature de la personne de confiance : »: the next
                    # field's label, its colon further on the line
                    and not (first == i + 1 and _label_of_a_next_field(toks, first))
                ):
                    found = Span(first, end, 0.9, "header")
            elif nxt is not None and care_role_before_name(toks, i) and self._staff_name_follows(toks, i + 1):
                end = self.read_name(toks, i + 1, False)
                if end > i + 1:
                    found = Span(i + 1, end, 0.8, "care role")  # « IOA Gaëtan », « interne Chanthavong »
            elif nxt is not None and t.key in _ROOM_WORDS and self._occupant_follows(toks, i):
                end = self.read_name(toks, i + 1, False)
                if end > i + 1:
                    found = Span(i + 1, end, 0.75, "room")  # « lit 2 Pape (intox. OH) », « ch 12 Roi »
            elif nxt is not None and t.key in SHOPS and self._owner_follows(toks, i + 1):
                end = self.read_name(toks, i + 1, False)
                if end > i + 1:
                    found = Span(i + 1, end, 0.75, "shop")  # « boulangerie Marchand », « Ambulances Durand »
            elif nxt is not None and (
                (t.key in _FAMILY and self._family_name_follows(toks, i + 1))
                or (
                    t.key in HOUSEHOLD
                    and i > 0
                    and toks[i - 1].key in HOUSEHOLD_ARTICLES
                    and self._household_name_follows(toks, i + 1)
                )
            ):
                end = self.read_name(toks, i + 1, False)
                if end > i + 1:
                    found = Span(i + 1, end, 0.8, "family")  # « Famille Çelik : », « la famille Le Goff »
            elif (
                nxt is not None
                and t.key in cues.RELATION_WORDS
                and nxt.capitalised
                and i > 0
                and not _origin_after_dit(t, nxt)
                # « Née : 17|06|1931⏎Entrée : », « née 2/2/1929, GIR 2 », « épouse, 02 37 … ⏎Bilan »: a
                # date or a number after the word, the word after them opens the next field, no name
                and not _has_digit(nxt.gap_before)
                # « (épouse)| Tél | », « (époux) Portable »: the bracket closed on the relation, the next
                # word opens the next field
                and ")" not in nxt.gap_before
            ):
                end = self.read_name(toks, i + 1, False)
                if end > i + 1:
                    found = Span(i + 1, end, 0.9, "relation")
            elif (
                nxt is not None
                and t.key in cues.KIN_WORDS
                and (
                    (i > 0 and toks[i - 1].key in cues.POSSESSIVES)
                    # a maternity note names the newborn without a possessive (« bébé Ekaitz 3180 g »,
                    # « nouveau-né Lina, Apgar 10 »): a capitalised word, a first name or no French word
                    or (
                        t.key in _NEWBORN
                        and nxt.gap_before.strip() == ""
                        and nxt.shape == "C"
                        and (not self.lex.is_common(nxt) or self.lex.first.get(nxt.key) in {"F", "M"})
                    )
                    # a form's or a note's field: « (fille : Anne) », « Épouse : Monique »
                    or (
                        nxt.gap_before.strip() == ":"
                        and nxt.capitalised
                        and (not self.lex.is_common(nxt) or self.lex.first.get(nxt.key) in {"F", "M"})
                    )
                    # a note's relative named in brackets (« fille (Kavitha) appelée »)
                    or relative_in_brackets(t, nxt, self.lex.is_common(nxt))
                )
                and nxt.gap_before.strip() in {"", ",", "(", ":"}
                and (
                    nxt.capitalised
                    or (self.clear_lower_name(nxt) and not _elided_verb(nxt))
                    or relative_in_brackets(t, nxt, self.lex.is_common(nxt))
                )
                and not self._label_acronym(nxt)
                and not self._word_after_kin(nxt)
            ):
                # « sa fille Marie », « Sa fille, claude de montmorency, », « son mari (Paul) »
                # (not « sa mère (IPP 6200418) »: an acronym no list knows as a name is a label)
                end = self.read_name(toks, i + 1, not nxt.capitalised)
                if end == i + 1 and _month_as_first_name(toks, i + 1):
                    end = i + 2  # « sa fille Mai, qui vit à Montréal », « son fils Avril »
                if end > i + 1 and (
                    not self.eponym_context(toks, i + 1)
                    # (« bébé Ekaitz 3180 g »: the baby's weight, no drug's dose)
                    or (t.key in _NEWBORN and _birth_weight_at(toks, end))
                ):
                    found = Span(i + 1, end, 0.85, "kinship")
            elif (
                nxt is not None
                and t.key in _ROLE_NOUNS
                and i > 0
                and toks[i - 1].key in _ARTICLES
                and nxt.gap_before.strip() == ","
                and nxt.shape == "C"
            ):
                # « L'interne, Romane, a prévenu », « le kiné, Paul Martin, passera »: a name in apposition
                end = self.read_name(toks, i + 1, False)
                if end > i + 1 and end < n and toks[end].gap_before.strip().startswith(","):
                    found = Span(i + 1, end, 0.8, "apposition")
            elif (
                nxt is not None
                and _introduces_person(toks, i)
                and nxt.gap_before.strip() in {"", "("}
                and ((nxt.capitalised and not short_acronym(nxt)) or self.clear_lower_name(nxt))
            ):
                # « vu par DUPONT », « transmis à Odette », « recevoir brigitte le goff »
                end = self.read_name(toks, i + 1, not nxt.capitalised)
                if t.key in _BEFORE_LISTED and not self._listed_person(nxt):
                    end = i + 1
                if toks[i - 1].key in _SENT_BY and self.lex.is_common(nxt) and not self.lex.in_lists(nxt):
                    end = i + 1  # « adressé par Urgences », « adressée par SOS Médecins »: a service
                if nxt.key in CLIPPED_SPECIALTIES and not self.lex.in_lists(nxt):
                    end = i + 1  # « transmis à Coordo », « appel de Diabéto »: a unit or a role, clipped
                if t.key == "arret" and (nxt.key in MEDICAL_WORDS or nxt.key in medicine_names()):
                    end = i + 1  # « Arrêt Kardegic non nécessaire »: a treatment stopped, no court's ruling
                if toks[i - 1].key == "place" and (
                    _a_medicine(nxt)
                    or nxt.key in MEDICAL_WORDS
                    or (self.lex.is_common(nxt) and not self.lex.in_lists(nxt))
                ):
                    end = i + 1  # « à la place de Doliprane »: a treatment replaced, no person
                if (
                    (nxt.loud or (nxt.shape == "U" and t.shape in "UI"))
                    and self.lex.is_common(nxt)
                    and not self.lex.in_lists(nxt)
                ):
                    end = i + 1  # « DOSSIER DE LIAISON D'URGENCE »: a heading in capitals, no person
                if (
                    nxt.shape == "U"
                    and t.shape == "U"
                    and i > 0
                    and toks[i - 1].shape == "U"
                    and self.lex.is_common(toks[i - 1])
                    and self.lex.is_common(nxt)
                    and nxt.gap_after[:1] != ","
                ):
                    # « TABLEAU DE GARDE », « CERTIFICAT DE PASSAGE »: a heading's words in capitals, a
                    # noun then « DE » and a noun, even one a list holds as a surname too
                    end = i + 1
                if end > i + 1 and not self.excluded(toks, i + 1):
                    found = Span(i + 1, end, 0.8, "context")
            if found is not None:
                spans.append(found)
                if found.source == "title" and t.key in _PLURAL_TITLES:
                    found = self._more_names(toks, found, spans)
                i = found.last
        return spans

    def _after_title(self, toks: list[Token], j: int, allow_lower: bool) -> int:
        """End of a name after a title that :meth:`read_name` did not read, else ``j``.

        « Dr P Roy »: an initial without its dot; « Mme claire fort »: a lower-case first name that
        is also a word, then a listed surname.
        """
        n = len(toks)
        t = toks[j]
        if j + 1 >= n or not joinable(t, toks[j + 1]) or toks[j + 1].gap_before != " ":
            return j
        nxt = toks[j + 1]
        if t.shape == "I" and nxt.shape in "UC" and len(nxt.key) >= 2:
            end = self.read_name(toks, j + 1, False)
            return end if end > j + 1 else j
        if (
            allow_lower
            and t.shape == "L"
            and nxt.shape == "L"
            and self.lex.first.get(t.key) in {"F", "M"}
            and t.key not in MEDICAL_WORDS
            and len(nxt.key) >= 3
            and nxt.key not in cues.FUNCTION_WORDS
            and self.lex.is_surname(nxt)
        ):
            return j + 2
        return j

    def _surname_typed_in_lower_case(self, toks: list[Token], i: int) -> bool:
        """« Bonjour M. mercier, votre RDV », « Mme rivière Louise »: after a title (« M » written with its
        capital and its dot), a surname typed in a hurry in lower case, even one that is a French word,
        where the name's place ends: a punctuation mark, the line's end, or a capitalised first name.
        Not a verb or a function word (« M. est sorti », « Mme va mieux »: no listed surname, or no
        end)."""
        t, nxt = toks[i], toks[i + 1]
        if t.key in cues.CASE_SENSITIVE_TITLES and not (
            t.text[:1].isupper() and nxt.gap_before.startswith(".")
        ):
            return False
        if (
            nxt.shape != "L"
            or len(nxt.key) < 4
            or nxt.key in cues.FUNCTION_WORDS
            or nxt.key in cues.TITLES
            or nxt.key in MEDICAL_WORDS
            or not (self.lex.is_surname(nxt) or self.clear_lower_name(nxt))
        ):
            return False
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is not None and after.shape == "C" and nxt.gap_after == " " and self.lex.is_first(after):
            return True  # « Mme rivière Louise »: the first name follows
        if t.key in _DOCTOR_TITLES and _practice_town_follows(toks, i + 2):
            return True  # « courrier au docteur fort à bourgueil »: a doctor and the town of his practice
        gap = nxt.gap_after
        if not (gap[:1] in (",", ";", ":", "!", "?", ")", "\n") or gap.startswith(". ") or gap in ("", ".")):
            return False
        # the name's place ends: a word that can only be a name (« M. dupont, »), or a surname that is a
        # word too after a greeting (« Bonjour M. mercier, »: not « Madame marche. », a verb)
        return not self.lex.is_common(nxt) or (i > 0 and toks[i - 1].key in _GREETINGS)

    def _rare_after_m(self, toks: list[Token], i: int) -> bool:
        """« revu m. vaucheret »: « m. » then a lower-case word that is no French word.

        The dot makes « m. » a title and not the metre of « 3 m plus loin »; no number before it.
        """
        t, nxt = toks[i], toks[i + 1]
        return (
            nxt.gap_before == ". "
            and nxt.shape == "L"
            and not any(c.isdigit() for c in t.gap_before)
            and self._no_french_word(nxt, 4)
        )

    def _rare_after_mr(self, toks: list[Token], i: int) -> bool:
        """« transfert de mr irigoyen »: « mr » typed in lower case, then a lower-case word that is no
        French word. Unlike « m » (a metre), « mr » abbreviates nothing else in a note, but a number
        before it may make it a unit (« 3 mr »)."""
        t, nxt = toks[i], toks[i + 1]
        return (
            t.text == "mr"
            and nxt.gap_before == " "
            and not any(c.isdigit() for c in t.gap_before)
            and nxt.key not in CALENDAR
            and self._no_french_word(nxt, 3)
        )

    def _lower_first_name_closing(self, toks: list[Token], k: int) -> bool:
        """Token ``k``, right after a lower-case surname read after a lower-case title, is a first name
        in lower case that closes the item (« mr ozturk mehmet, », « mme lefort odile : »): a hurried
        note writes the surname, then the first name, then a comma or the line's end. A first name that
        is a French word (« rose », « pierre ») or a clinical word is left to the words after it."""
        if k >= len(toks):
            return False
        t = toks[k]
        if t.shape != "L" or t.gap_before != " " or self.lex.first.get(t.key) not in {"F", "M"}:
            return False
        if len(t.key) < 3 or t.key in MEDICAL_WORDS or t.key in cues.FUNCTION_WORDS:
            return False
        if _room_follows(toks, k + 1):
            # « mr arnaud serge lit 14 », « mme pujol irène ch 3 »: the patient's bed follows, which no
            # word of a sentence is followed by (a first name that is a word too, « serge », passes)
            return True
        if self.lex.is_common(t):
            return False
        if _age_right_after(toks, k):
            return True  # « mr lopez andré 81 ans, », « mme roux odile 79a »: the patient's age follows
        return k + 1 == len(toks) or toks[k + 1].gap_before.strip(" ")[:1] in {
            ",",
            ";",
            ":",
            ".",
            ")",
            "(",
            "\n",
            "-",
        }

    def _no_french_word(self, t: Token, min_letters: int) -> bool:
        """A word of letters only, with a vowel, that is neither a function word nor a French word:
        what a lower-case surname after a title typed in haste looks like (« vaucheret », « irigoyen »)."""
        return (
            len(t.key) >= min_letters
            and t.key.isalpha()
            and any(c in "aeiouy" for c in t.key)
            and t.key not in cues.FUNCTION_WORDS
            and not self.lex.is_common(t)
        )

    def _label_acronym(self, t: Token) -> bool:
        """A short word in capitals that no list knows as a first name or a surname (« IPP », « NDA »)."""
        return short_acronym(t) and not self.lex.is_first(t) and not self.lex.is_surname(t)

    def _role_name_follows(self, toks: list[Token], k: int) -> bool:
        """A capitalised surname after a rank (« le général Pilsudski », « le comte de Frémeuil »):
        not a common word (« le président Directeur »), not an acronym (« le président de la CME »)."""
        t = toks[k]
        if t.gap_before != " ":
            return False
        # « Vte DE CHEVILLY »: a name in capitals writes its particle so too
        in_capitals = t.shape == "U" and k + 1 < len(toks) and toks[k + 1].shape == "U"
        if t.key in {"de", "d'", "du"} and (t.shape == "L" or in_capitals) and k + 1 < len(toks):
            k += 1
            if toks[k].key in {"la", "l'"} and k + 1 < len(toks):
                k += 1  # « le comte de la Guairinière »
            t = toks[k]  # « le comte de Frémeuil »: a capitalised word right after the particle
            if t.shape != ("U" if in_capitals else "C") or self.lex.is_common(t):
                return False  # « le président de la Cour », « le président DE LA RÉPUBLIQUE »
        if t.shape not in "UC" or short_acronym(t) or t.key in CALENDAR or t.key in cues.FUNCTION_WORDS:
            return False
        if with_ordinal(toks, k, k + 1)[1] and self.lex.first.get(t.key) in {"F", "M"}:
            return True  # « le pape Pie XI »: a first name that is also a word, and its ordinal
        return not self.lex.is_common(t) or (self.lex.is_surname(t) and t.key not in MEDICAL_WORDS)

    def _named(self, toks: list[Token], k: int) -> int:
        """End of the name after a naming phrase: any case, even a common word (« s'appelle fort »)."""
        end = self.read_name(toks, k, True)
        if end > k:
            # « je m'appelle Roger sauvageot »: a capitalised first name, then the surname typed in lower
            # case, no French word (the name's reader stops at the case's change)
            while (
                end < len(toks)
                and end - k < 3
                and toks[end].shape == "L"
                and joinable(toks[end - 1], toks[end])
                and len(toks[end].key) >= 3
                and toks[end].key.replace("-", "").isalpha()
                and toks[end].key not in cues.FUNCTION_WORDS
                and toks[end].key not in CALENDAR
                and toks[end].key not in MEDICAL_WORDS
                and not self.lex.is_common(toks[end])
            ):
                end += 1
            return end
        m = k
        while m < len(toks) and m - k < 3:
            t = toks[m]
            if m > k and not joinable(toks[m - 1], t):
                break
            if t.shape in "IX" or len(t.key) < 2 or not t.key.replace("-", "").isalpha():
                break
            if t.key in cues.FUNCTION_WORDS or t.key in CALENDAR or no_name_answer(t):
                break
            if m > k and t.shape == "L" and self.lex.is_common(t) and not self.lex.in_lists(t):
                break  # « s'appelle claire fort », not « … fort difficile »
            m += 1
        return m

    def _lower_name_before_room(self, toks: list[Token], i: int) -> bool:
        """Title ``i`` is followed by a lower-case listed surname or first name, then a room or a bed."""
        t, nxt = toks[i], toks[i + 1]
        return (
            not t.loud
            and nxt.shape == "L"
            and nxt.gap_before in {" ", ". "}
            and len(nxt.key) >= 3
            and nxt.key not in cues.FUNCTION_WORDS
            and nxt.key not in _ROOM_WORDS
            and self.lex.in_lists(nxt)
            and _room_follows(toks, i + 2)
        )

    def _occupant_follows(self, toks: list[Token], i: int) -> bool:
        """« lit 2 Pape (intox. OH) », « ch 12 Roi Ange »: after a bed or a room and its number, a
        capitalised surname of the lists, even one that is a word, is the bed's occupant; not a
        title (« lit 4 Mme … » is the title's), a unit, a month or a word going on in lower case
        (« lit 1 Côté fenêtre », « box 3 Déchocage »)."""
        t, nxt = toks[i], toks[i + 1]
        if t.shape == "U" or not _ROOM_NUMBER.fullmatch(nxt.gap_before) or nxt.shape not in "UC" or nxt.loud:
            return False
        key = nxt.key
        if key in cues.TITLES or key in cues.FUNCTION_WORDS or key in CALENDAR or key in MEDICAL_WORDS:
            return False
        if key in cues.PLACE_WORDS or care_unit(key) or short_acronym(nxt):
            return False
        # (« lit 5 Bergeron-Haure »: a compound surname, one part in the lists)
        if not self.lex.in_lists(nxt) and not compound_with_a_surname(nxt.text):
            return False
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is not None and after.gap_before == " " and after.shape == "L":
            return False
        return not self.excluded(toks, i + 1)

    def _owner_follows(self, toks: list[Token], k: int) -> bool:
        """After a shop or a small firm (:data:`SHOPS`), token ``k`` is its owner's surname: one space,
        capitalised, a surname of the lists or no common word (« pharmacie Lebon », « garage Petit »),
        not a quality or a place (« Pharmacie Centrale », « pharmacie du Marché », « taxi Parisien »)."""
        t = toks[k]
        if t.gap_before != " " or t.shape not in "UC" or t.loud or short_acronym(t):
            return False
        if t.key in cues.FUNCTION_WORDS or t.key in CALENDAR or t.key in MEDICAL_WORDS or care_unit(t.key):
            return False
        if self.lex.is_common(t) and not self.lex.is_surname(t):
            return False
        return not self.eponym_context(toks, k)

    def _family_name_follows(self, toks: list[Token], k: int) -> bool:
        """After « famille », token ``k`` is a surname (« Famille Çelik », « famille Le Goff »): one
        space, capitalised, no common word (« famille Nombreuse », « Famille d'accueil ») unless a
        surname in capitals, not on a line in capitals."""
        t = toks[k]
        if t.gap_before != " " or t.shape not in "UC" or t.loud:
            return False
        if t.shape == "C" and self._particle(t, toks, k):  # « famille Le Goff »
            return not self.lex.is_common(toks[k + 1]) or self.lex.is_surname(toks[k + 1])
        if t.key in cues.FUNCTION_WORDS or t.key in CALENDAR or t.key in MEDICAL_WORDS or short_acronym(t):
            return False
        if self.lex.is_common(t) and not (t.shape == "U" and self.lex.is_surname(t)):
            return False
        return not self.excluded(toks, k)

    def _household_name_follows(self, toks: list[Token], k: int) -> bool:
        """After « la femme », « les frères », token ``k`` is a surname: one space, capitalised inside
        the sentence, no French word unless the lists hold it as a surname (« la femme Enceinte »), not
        on a line in capitals, no month, medical word, eponym's or place's word."""
        t = toks[k]
        if t.gap_before != " " or t.shape != "C" or t.loud or toks[k - 1].loud:
            return False
        if t.key in cues.FUNCTION_WORDS or t.key in CALENDAR or t.key in MEDICAL_WORDS:
            return False
        if self.lex.is_common(t) and not self.lex.is_surname(t):
            return False
        return not self.excluded(toks, k)

    def _staff_name_follows(self, toks: list[Token], k: int) -> bool:
        """After a care role (:mod:`care_roles`), token ``k`` opens a person's name: no common word
        unless a first name (« IDE Prune »), no shift, speciality or quality (« IDE Matin », « interne
        Cardio », « IDE Référente »), not on a line in capitals, not an eponym's or a place's word."""
        t = toks[k]
        if t.loud or toks[k - 1].loud:
            return False
        if t.shape == "C" and self._particle(t, toks, k):  # « IADE Le Meur »
            after = toks[k + 1]
            return not self.lex.is_common(after) or self.lex.is_surname(after)
        if t.key in cues.FUNCTION_WORDS or t.key in CALENDAR or care_unit(t.key) or t.key in MEDICAL_WORDS:
            return False
        if short_acronym(t) and not self.lex.in_lists(t):
            return False  # « IDE HAD », « AS SSR »: a unit
        if structure_acronym(t):
            return False  # « Sophie IDE FAM : »: the home she works in, a listed surname too (« Fam »)
        if self.lex.is_common(t) and not self._listed_person(t):
            return False
        if toks[k - 1].shape == "U" and not self.lex.in_lists(t):
            return False  # « AS Tlf », « A/S Tlf »: after an abbreviation (also a company form), listed names only
        return not self.excluded(toks, k)

    def _listed_person(self, t: Token) -> bool:
        """In the lists and no word (« Durand »), or a first name that is a word (« Marie »), not a
        service (« Réa », « Cardio »)."""
        if not self.lex.in_lists(t) or t.key in MEDICAL_WORDS:
            return False
        return not self.lex.is_common(t) or self.lex.first.get(t.key) in {"F", "M"}

    def _more_names(self, toks: list[Token], found: Span, spans: list[Span]) -> Span:
        """« MM. Pearson et Feal-Martinez », « Drs Martin, Durand et Petit »: the rest of the list."""
        n = len(toks)
        k = found.last
        for _ in range(MAX_NAME_TOKENS):
            if k >= n:
                break
            if toks[k].key == "et" and toks[k].gap_before == " ":
                k += 1
            elif toks[k].gap_before.strip(" ") != ",":
                break
            if k >= n or not toks[k].capitalised:
                break
            end = self.read_name(toks, k, False)
            if end == k:
                break
            found = Span(k, end, found.score, "title")
            spans.append(found)
            k = end
        return found

    def _assessment_value(self, toks: list[Token], i: int, end: int) -> bool:
        """« Contact : Froid », « Aide : Partielle », « Objet : Urgent »: a label that is also an item of
        a nursing or psychiatric grid, then one common word, is an assessment."""
        value = toks[i + 1]
        if toks[i].key not in _GRID_LABELS or end != i + 2 or not self.lex.is_common(value):
            return False
        # a word that is also a first name (« Bon », « Léger ») only inside a grid: another « Item : »
        # follows on the line (« Contact : Bon. Sommeil : Léger. »)
        return not self.lex.is_first(value) or (
            end + 1 < len(toks)
            and "\n" not in toks[end].gap_before
            and toks[end].gap_before.strip() in {".", ",", ";", "-", "/"}
            and ":" in toks[end + 1].gap_before
        )

    def _subject_phrase(self, toks: list[Token], i: int, first: int) -> bool:
        """« Objet : Audience JLD », « Objet : Demande de RDV », « Concerne : Synthèse RCP »: a letter's or
        an e-mail's subject that opens on a common word no list knows as a name is what the message is
        about (« Objet : M. BENOIT Rémy », « Objet : Garnier Odile » still name the patient)."""
        value = toks[first]
        return (
            toks[i].key in _SUBJECT_LABELS
            and value.shape == "C"
            and self.lex.is_common(value)
            and not self.lex.in_lists(value)
        )

    def _act_after_role(self, toks: list[Token], i: int, end: int) -> bool:
        """« IDE : VVP posée », « AS : ECBU fait », « Interne : NFS à recontrôler »: after a role's label,
        a short word in capitals no list knows as a name, then the sentence going on in lower case
        (or a medical acronym alone), is what the role did, not who they are. The labels of the
        patient's identity keep every value (« Nom : OKBA »)."""
        if end != i + 2 or toks[i].key in _IDENTITY_LABELS or not self._label_acronym(toks[i + 1]):
            return False
        if toks[i + 1].key in MEDICAL_WORDS:
            return True
        return end < len(toks) and toks[end].shape == "L" and toks[end].gap_before == " "

    def _header(self, toks: list[Token], i: int) -> bool:
        """Token ``i`` ends a header label (the colon is in the next token's gap)."""
        if toks[i].key in {"e", "s", "es"} and i > 0 and toks[i].gap_before.endswith("("):
            i -= 1  # « Patient(e) : », « Médecin(s) : »
        if toks[i].key in cues.HEADER_LABELS:
            # « Service demandeur : Gériatrie », « Unité responsable : … »: the label of a unit
            return not (i > 0 and toks[i - 1].key in _UNIT_LABELS and toks[i].gap_before == " ")
        if toks[i].key in _CARER_ABBREVIATIONS and toks[i].shape in "UC" and i + 1 < len(toks):
            # « SF : Vial », « ASH : Morvan »: a handover signs its carers by their role's abbreviation;
            # « SF » is the symptoms' heading too (« SF : Dyspnée d'effort »), so a listed name or a word
            # no dictionary holds must follow
            return self.lex.in_lists(toks[i + 1]) or not self.lex.is_common(toks[i + 1])
        if toks[i].key in _RECORD_DOCTOR_KEYS and toks[i].shape == "U" and _keyed_record_line(toks, i):
            return True  # « … UF:1410 MED:HAMON ADM:20261125 »: the doctor's field of a record's line
        if toks[i].key in _ROLE_QUALIFIERS and i > 0 and toks[i - 1].key in cues.HEADER_LABELS:
            # « psychiatre réf. : oukili », « pédiatre traitant : Morel »: a care role's label, then the
            # word that says the person follows the patient (abbreviated or not), then the name
            return True
        if toks[i].key not in _PHRASE_ENDS:
            return False
        for phrase in cues.HEADER_PHRASES:
            m = len(phrase)
            if i + 1 >= m and tuple(t.key for t in toks[i + 1 - m : i + 1]) == phrase:
                return True
        return False

    # -- evidence 4: lists ---------------------------------------------------------------------


# The words after a care role's label that say whose carer it is (« psychiatre réf. », « pédiatre traitant »).
_ROLE_QUALIFIERS = frozenset({"ref", "traitant", "traitante", "referent", "referente"})


# The abbreviations of carers' roles a handover signs them by, as header labels (« SF » the midwife,
# « ASH » the hospital services agent, « puér. » the paediatric nurse, « IPA » the advanced practice
# nurse): kept out of ``cues.HEADER_LABELS``, which a glued field would split (« SFAR »).
_CARER_ABBREVIATIONS = frozenset({"sf", "ash", "puer", "ipa", "ergo", "psychomot", "eide"})


def _label_of_a_next_field(toks: list[Token], first: int) -> bool:
    """Word ``first`` is a header label or a field's (« Signature », « Médecin », « Date ») whose phrase
    ends on a colon on the same line (« Signature de la personne de confiance : »): the next field, no name."""
    if toks[first].key not in cues.HEADER_LABELS and toks[first].key not in FIELD_WORDS:
        return False
    for k in range(first, min(len(toks), first + 8)):
        gap = toks[k].gap_after
        if ":" in gap:
            return True
        if "\n" in gap:
            return False
    return False


def _has_digit(gap: str) -> bool:
    """``gap`` (the characters between two words) holds a digit: a date or a number stands between."""
    return any(c.isdigit() for c in gap)


# « n'a », « l'a », « s'est », « m'a »: a pronoun or a negation elided onto a verb, in lower case after a
# relative (« ma tante n'a pas de sécurité sociale »), no name.
_ELISIONS = frozenset({"n'", "l'", "s'", "m'", "t'", "j'", "qu'", "c'", "d'"})


def _elided_verb(t: Token) -> bool:
    key = t.key.replace("\u2019", "'")
    cut = key.find("'")
    return cut > 0 and key[: cut + 1] in _ELISIONS
