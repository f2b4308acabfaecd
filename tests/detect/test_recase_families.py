"""Text typed all in lower case or all in capitals (issue 8), the re-cased reading continued: families
the first version missed, each with its traps (what must stay in clear).

Synthetic sentences only (invented names, numbers and places of the lists).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

# A title, then an initial or a surname that is also a French word.
TITLED_NAMES = [
    # an initial after the title, even « é. » (« e » is also a particle: « silva e costa »)
    "médecin traitant : dr. <NOM>é. loriot</NOM>",
    "elle est suivie par le professeur <NOM>j. gros</NOM> depuis deux ans",
    # « m. » after a number and a comma starts a sentence on a name, no metre
    "le <DATE>3 mai 2021</DATE>, m. <NOM>bourgeois</NOM> a pu rentrer chez lui",
    # a surname that is also a word, alone on its line or before a dash or a comma after a title
    "bien cordialement,\npr <NOM>laine</NOM>",
    "professeur <NOM>courtois</NOM> — rpps <RPPS>10630987153</RPPS>",
    "docteur <NOM>marchand</NOM>, service de pneumologie",
    # a plural title names two people, the second one no list knows whole
    "les demandes de mm. <NOM>garnier</NOM> et <NOM>vorel-martinez</NOM> ont été rejetées",
    # « me » before a word no list knows as a common one: a lawyer
    "ont été entendus m. <NOM>trechsel</NOM> et me <NOM>axelsson</NOM> ainsi que des agents",
    # a rank after its article, then a word no list knows as a common one
    "la retraite du général <NOM>vorlanges</NOM> a surpris la chambre",
    # a first name and a surname that is also a word, in either order, where the name ends
    "personne de confiance : son frère, m. <NOM>robert grenier</NOM>, <TELEPHONE>06-74-89-73-85</TELEPHONE>.",
    "copie à : pr <NOM>maréchal suzanne</NOM>, pr <NOM>j.-l. besnard</NOM>",
    "copie à : docteur <NOM>barre richard</NOM>, dr <NOM>michelle legendre</NOM>",
]

TITLED_TRAPS = [
    # a verb, an adjective after a title: the sentence goes on
    "le docteur passe demain, le professeur agrégé de cardiologie aussi.",
    "le docteur arrive.",
    # a weak title, a word and a first name that is also a word, the sentence going on: no name
    "le docteur barre claire la voie.",
    "madame va mieux, monsieur aussi.",
    "bilan fait, 3 m de marche ce matin",
    "il me dit que tout va bien, ça me fatigue, me voici revenu",
    "le président directeur général a signé, le maire adjoint aussi",
]


@pytest.mark.parametrize("marked", TITLED_NAMES)
def test_a_name_after_a_title_in_lower_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", TITLED_TRAPS)
def test_words_after_a_title_stay_readable(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label == "NOM"]
    assert not found, [text[f.start : f.end] for f in found]


# Communes that a large dictionary also knows as words (a verb's form, a cloth, a brandy), communes
# that are common words after a postcode or in a dateline, an article and its name.
COMMUNES = [
    "il travaille comme magasinier à <VILLE>vichy</VILLE> depuis vingt ans",
    "fait à <VILLE>rodez</VILLE>, le <DATE>06032019</DATE>.",
    "fait à <VILLE>sens</VILLE>, le <DATE>12 mai 2023</DATE>.",
    "<ADRESSE>12, rue des lilas</ADRESSE>, <CODE_POSTAL>76260</CODE_POSTAL> <VILLE>eu</VILLE>",
    "<ADRESSE>4 place de la mairie</ADRESSE>\n<CODE_POSTAL>16100</CODE_POSTAL> <VILLE>cognac</VILLE> cedex",
    "<ADRESSE>8 rue basse</ADRESSE>, <CODE_POSTAL>14130</CODE_POSTAL> <VILLE>pont-l'évêque</VILLE>",
    "fait à <VILLE>le havre</VILLE>, le <DATE>02052024</DATE>.",
]

COMMUNE_TRAPS = [
    "le port d'une orthèse est conseillé, à sens unique dans le couloir",
    "un verre de cognac le soir, pas de tabac",
    "la patiente a les yeux bleus, elle a eu une fracture",
]


@pytest.mark.parametrize("marked", COMMUNES)
def test_a_commune_in_lower_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", COMMUNE_TRAPS)
def test_words_named_like_communes_stay_readable(text: str) -> None:
    found = _DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


# Hospitals, clinics and nursing homes named in lower case: the acronym of the type in capitals, the
# name capitalised, for the establishments' reader.
ESTABLISHMENTS = [
    "<ETABLISSEMENT>ehpad les glycines</ETABLISSEMENT>\nservice de médecine gériatrique",
    "adressée aux urgences (<ETABLISSEMENT>clinique du verger</ETABLISSEMENT>) par son médecin",
    "transférée au <ETABLISSEMENT>chu de limoges</ETABLISSEMENT> pour une coronarographie",
    "<ETABLISSEMENT>ch de vannes</ETABLISSEMENT>\nservice de pneumologie",
    "lettre de sortie\n<ETABLISSEMENT>hôpital necker</ETABLISSEMENT>, service de néphrologie",
    "suivie à l'<ETABLISSEMENT>hôpital privé de vire</ETABLISSEMENT> depuis <DATE>2019</DATE>",
    "<ETABLISSEMENT>centre de rééducation les érables</ETABLISSEMENT>, service d'orthopédie",
    "<ETABLISSEMENT>centre henri-becquerel</ETABLISSEMENT>",
    # a name of common words after a type that is always an establishment, to the visible end
    "<ETABLISSEMENT>ehpad le clos fleuri</ETABLISSEMENT>\nservice de médecine interne",
    "adressé aux urgences (<ETABLISSEMENT>ehpad le clos fleuri</ETABLISSEMENT>) par le docteur",
    "transfert en <ETABLISSEMENT>ssr le bois joli</ETABLISSEMENT>.",
]

ESTABLISHMENT_TRAPS = [
    "l'examen clinique du patient est normal, hospitalisé à l'hôpital de jour",
    "retour à l'hôpital le lendemain, à l'hôpital les examens sont normaux",
    "il est au centre de la pièce, la clinique de la douleur le revoit",
    "transfert au chu pour avis, puis retour à l'hôpital de la ville",
    "retour au chu le matin même.",
    "amélioration clinique des symptômes sous traitement",
    "approche biologique et clinique des tremblements, la clinique du diabète insipide",
]


@pytest.mark.parametrize("marked", ESTABLISHMENTS)
def test_an_establishment_named_in_lower_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", ESTABLISHMENT_TRAPS)
def test_generic_mentions_of_hospitals_stay_readable(text: str) -> None:
    found = _DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


# In capitals every word looks like a name to the rules that want a capital after a cue (« VOTRE
# MÉDECIN PEUT », « SON PÈRE, FATIGUÉ »): the re-cased reading judges those made of common words.
CAPITAL_VERBS = [
    "SI VOUS ÊTES ENCEINTE, VOTRE MÉDECIN PEUT DEMANDER À VOIR VOTRE ENFANT APRÈS LA NAISSANCE.",
    "LE PATIENT EST SORTI CE MATIN. SON PÈRE, FATIGUÉ MAIS SOULAGÉ, EST VENU LE CHERCHER EN VOITURE.",
    "VOUS DEVEZ CONSULTER RÉGULIÈREMENT AFIN DE SURVEILLER LE DÉVELOPPEMENT DE SON ENFANT SOIT PAR UN PÉDIATRE.",
    # a span that opens on common words (« DÉSIGNATION DE »): a medicine no list knows, then spread
    "LE DOSSIER DE DÉSIGNATION DE BRELUMAX COMME MÉDICAMENT ORPHELIN EST DISPONIBLE. LE TRAITEMENT PAR "
    "BRELUMAX DOIT ÊTRE INSTAURÉ PAR UN MÉDECIN.",
    # a street type in a sentence, no house number: no street (« allée », « montée », « place »)
    "LA DURÉE DU TRAITEMENT EST ALLÉE D ’ UNE HEURE DE PERFUSION EN BOLUS À UNE UTILISATION CONTINUE.",
    "CHRONIQUE DE LA MONTÉE DU FASCISME DANS LE CORPS MÉDICAL DE CETTE ÉPOQUE TROUBLÉE.",
]

# … but not the names: after a kinship word, a title, or a listed name that is also a word.
CAPITAL_NAMES = [
    "LE PATIENT EST SORTI CE MATIN. SA FILLE <NOM>MARIE</NOM> EST VENUE LE CHERCHER EN VOITURE AVEC SON MARI.",
    "LE PATIENT EST SORTI CE MATIN. SON PÈRE, <NOM>KERBRAT</NOM>, EST VENU LE CHERCHER EN VOITURE.",
    "LA PATIENTE EST SUIVIE PAR LE DR <NOM>MARCHAND</NOM> POUR UNE INSUFFISANCE CARDIAQUE DEPUIS DEUX ANS.",
    # a street in capitals, with or without its number, stays a street
    "MME <NOM>JEANNE DUPONT</NOM> DEMEURANT <ADRESSE>12 RUE DES LILAS</ADRESSE> <CODE_POSTAL>69003</CODE_POSTAL> "
    "<VILLE>LYON</VILLE> ET SUIVIE AU CHU.",
    "MONSIEUR <NOM>PAUL MARTIN</NOM>, <ADRESSE>LIEU-DIT LA CROIX BLANCHE</ADRESSE>, <CODE_POSTAL>24290</CODE_POSTAL> "
    "<VILLE>MONTIGNAC</VILLE>, VU CE JOUR.",
]


@pytest.mark.parametrize("text", CAPITAL_VERBS)
def test_common_words_in_capitals_after_a_cue_are_no_names(text: str) -> None:
    found = _DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize("marked", CAPITAL_NAMES)
def test_names_in_capitals_after_a_cue_are_kept(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


# A date in words, then a name, in one case: the number words (some are surnames: « Mille », « Sept »)
# belong to the date, the name after it stays a name.
DATE_THEN_NAME = [
    "vu en consultation le <DATE>trois mars deux mille dix-neuf</DATE> <NOM>odile perrin</NOM>, 61 ans",
    "VU EN CONSULTATION LE <DATE>TROIS MARS DEUX MILLE DIX-NEUF</DATE> <NOM>ODILE PERRIN</NOM>, 61 ANS, POUR UNE TOUX.",
    # a number word alone is a surname as before
    "<NOM>josé mille</NOM> est venu en consultation",
]


@pytest.mark.parametrize("marked", DATE_THEN_NAME)
def test_number_words_belong_to_the_date_not_to_the_name(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


# A laboratory typed in lower case, whose name is also a surname: its company form, re-cased, keeps
# it from the names, here and wherever it recurs.
LABORATORIES = [
    "titulaire de l'autorisation\nmylan uk ltd\nfabricant\nmylan pharmaceuticals limited\n"
    "le flacon de mylan contient 10 ml",
    "fabricant\nmylan kutno s . a .\nolanzapine mylan, comprimé sécable",
]


@pytest.mark.parametrize("text", LABORATORIES)
def test_a_laboratory_in_lower_case_is_no_person(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label == "NOM"]
    assert not found, [text[f.start : f.end] for f in found]


# In capitals, « CLINIQUE » after a noun is an adjective, and the reading as written took any word
# after it for a name: the re-cased reading judges the establishments there, and keeps the named ones.
CAPITAL_ADJECTIVES = [
    # a commune that is a common word, in capitals: « CELLE » is a pronoun
    "L'EXPOSITION CHEZ L'ENFANT EST COMPARABLE À CELLE DE L'ADULTE, SELON LES DONNÉES DISPONIBLES.",
    "LE BÉNÉFICE CLINIQUE DE CE PASSAGE HÉMATO-MÉNINGÉ N'EST PAS CONNU CHEZ LES PATIENTS TRAITÉS.",
    "LA PERTINENCE CLINIQUE DE CETTE DIMINUTION DE L'EXPOSITION RESTE LIMITÉE SELON LES ÉTUDES.",
]

CAPITAL_ESTABLISHMENTS = [
    "LA PATIENTE A ÉTÉ TRANSFÉRÉE À LA <ETABLISSEMENT>CLINIQUE DU VERGER</ETABLISSEMENT> POUR UNE "
    "RÉÉDUCATION DE TROIS SEMAINES.",
    "IL A FAIT SES ÉTUDES À L'<ETABLISSEMENT>INSTITUT DE HARVARD</ETABLISSEMENT>, PUIS IL EST REVENU "
    "EN FRANCE.",
    "ELLE EST SUIVIE AU <ETABLISSEMENT>CHU DE LIMOGES</ETABLISSEMENT> POUR UNE INSUFFISANCE CARDIAQUE "
    "DEPUIS DES ANNÉES.",
]

# A large city that is also a word, after « À » in capitals: still a city.
CAPITAL_CITIES = [
    "LA PATIENTE TRAVAILLE À <VILLE>TOURS</VILLE> COMME COMPTABLE, ELLE EST MARIÉE ET A DEUX ENFANTS.",
]


@pytest.mark.parametrize("marked", CAPITAL_CITIES)
def test_large_cities_that_are_words_in_capitals(marked: str) -> None:
    text, spans = parse_inline(marked)
    found = [f for f in _DETECTOR.detect(text) if f.label == "VILLE"]
    for s, e, _label in spans:
        assert any(f.start <= s and e <= f.end for f in found), (text[s:e], found)


@pytest.mark.parametrize("text", CAPITAL_ADJECTIVES)
def test_clinical_in_capitals_is_no_establishment(text: str) -> None:
    found = _DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize("marked", CAPITAL_ESTABLISHMENTS)
def test_establishments_in_capitals_are_kept(marked: str) -> None:
    text, _ = parse_inline(marked)
    found = [f for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]
    _, spans = parse_inline(marked)
    for s, e, _label in spans:
        assert any(f.start <= s and e <= f.end for f in found), (text[s:e], found)


# A hurried note typed in lower case but for its acronyms and codes (issue 8, probe6): it is read as a
# note in lower case, its names found as there. Traps: the same notes without a name.
LOWER_WITH_ACRONYMS = [
    "pat vu ce matin, ECG ok, appeler la fille <NOM>sophie lemoine</NOM> au <TELEPHONE>0612345678</TELEPHONE>",
    "madame <NOM>le gall</NOM> virgule <NOM>annick</NOM> virgule entrée pour pneumopathie virgule IPP <IPP>20041877</IPP>",
    "patient transféré en USIC, épouse <NOM>martine</NOM> prévenue, fils <NOM>julien</NOM> en route",
    "retour EHPAD ce soir, ordo faite, cr envoyé au dr <NOM>morel</NOM> et à la fille <NOM>sandrine</NOM>",
    "TDM ok, pas de saignement, sortie avec <NOM>mathilde</NOM> sa nièce",
    # « clinique » after a time is the noun (« 18h clinique st vincent »), not « examen clinique »
    "rappeler mr <NOM>bouvet</NOM> pr son irm (18h <ETABLISSEMENT>clinique st vincent</ETABLISSEMENT>)",
]

LOWER_WITH_ACRONYMS_TRAPS = [
    "ok pr sortie, TA 13/8, ECG ras, IRM faite, appeler fille",
    "relais per os, CRP en baisse, ablation VVP demain, pas de fièvre, kiné ok",
    "bilan : HbA1c 7,2 %, SpO2 96 %, pH 7,38, DFG 54, pas de BNP",
    "vu en HDJ, EVA 2, reprise du travail, pas de Holter",
    "examen clinique du patient sans particularité, ECG normal",
    "J3 clinique stable, TA 12/7, pas de fièvre",
    # a sentence opened by an elided article in capitals is written in usual case (QUAERO titles)
    "L' anastomose porto-cave directe : quelques données techniques",
    "D' une adénopathie hilaire droite à une miliaire .",
    # a word in capitals in a lower-case line is an acronym, even one the name lists hold
    "ne devra être envisagée que dans les cas où aucun autre INTI actif n'est disponible",
]


@pytest.mark.parametrize("marked", LOWER_WITH_ACRONYMS)
def test_a_lower_case_note_with_acronyms(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", LOWER_WITH_ACRONYMS_TRAPS)
def test_a_lower_case_note_with_acronyms_and_no_name(text: str) -> None:
    found = _DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


def test_a_long_code_mixing_cases_is_no_acronym_of_a_note_in_lower_case() -> None:
    """A base64 blob or a key beside lower-case words is a code: the line is no hurried note, and its
    words are not re-cased into names (« url-safe » was read as a surname)."""
    from egide.detect.recase import _lower_but_acronyms

    assert not _lower_but_acronyms("url-safe TklSIDIgNjEgMDIgNzUgMTE1IDEyMyA0NQ==")
    assert _lower_but_acronyms("sat SpO2 94 %, HbA1c 7,2 %, ECG ok, appeler la fille sophie")


# A hurried note in lower case that keeps a capital or two its writer gave a street, a colleague or a
# town (issue 8, probe6 and probe10: SMS, voicemail transcripts, dictation): still a note in lower
# case, one capitalised word for ten in lower case. Traps: wrapped lines of a usual text, with one
# capitalised word and no identifier.
LOWER_WITH_A_FEW_CAPITALS = [
    'sms reçu 21h10 : "bjr c est sa fille, mon pere <NOM>gérard lemaitre</NOM> est rentré hier a <VILLE>bastia</VILLE>'
    ' chez ma soeur et il a plus son traitement on fait comment merci" — transmis au Dr <NOM>Collet</NOM>.',
    "appel de la voisine à 14h, son fils <NOM>thomas garnier</NOM> est passé, la patiente vit seule a"
    " <VILLE>figeac</VILLE>, rappeler la voisine pour les clés (<ADRESSE>rue Gambetta</ADRESSE>) avant la sortie",
    "conclusion deux points à revoir dans six mois avec une échographie le docteur <NOM>ferrand</NOM> est en"
    " copie ainsi que le docteur <NOM>Aubertin</NOM> à la <ETABLISSEMENT>clinique du parc de rodez</ETABLISSEMENT>",
    "message vocal transcrit : bonjour c est <NOM>martine roussel</NOM> je suis la voisine de mr <NOM>Benoit</NOM>,"
    " il est tombé dans la cour ce matin à <VILLE>quimperlé</VILLE>, il faudrait quelqu un",
    "programme de soins — mme <NOM>ferreira lucia</NOM> : <ETABLISSEMENT>cmp de Montluçon</ETABLISSEMENT> chaque"
    " mois, visite à domicile par l'infirmière, dépakote poursuivi, domicile chez son frère à <VILLE>commentry</VILLE>",
]

LOWER_WITH_A_FEW_CAPITALS_TRAPS = [
    "suite de la prise en charge habituelle, pas de fièvre ce matin, reprise de l'alimentation, Holter posé"
    " hier, bilan biologique à revoir demain avec le senior",
    "et la patiente sera revue en consultation par le service de Cardiologie dans trois mois avec une"
    " échographie de contrôle et un bilan lipidique complet",
    "puis relais par voie orale, surveillance de la kaliémie, traitement par Kardegic poursuivi, pas de"
    " saignement, pas de douleur, reprise de la marche avec le kiné",
    # a line opening on an elided article in capitals starts a sentence of a usual text (QUAERO titles)
    "L' anastomose porto-cave directe : quelques données techniques en facilitant l' exécution .",
]


@pytest.mark.parametrize("marked", LOWER_WITH_A_FEW_CAPITALS)
def test_a_lower_case_note_with_a_few_capitals(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", LOWER_WITH_A_FEW_CAPITALS_TRAPS)
def test_usual_lines_with_one_capital_stay_readable(text: str) -> None:
    found = _DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


def test_a_lower_case_word_after_a_name_its_writer_capitalised_is_no_part_of_it() -> None:
    """A dictation read again in lower case: the writer capitalised the surname, and would have
    capitalised a second word of the name; « fermez » is the dictation's command."""
    text = (
        "hospitalisé du premier au cinq mars à la clinique Bonnefon pour une chute ouvrez la parenthèse"
        " service du docteur Kerhervé fermez la parenthèse point"
    )
    found = [(f.label.value, text[f.start : f.end]) for f in _DETECTOR.detect(text)]
    assert ("NOM", "Kerhervé") in found, found
    assert all("fermez" not in value for _, value in found), found


def test_a_person_after_a_unit_is_no_establishment() -> None:
    text = "entrée en SSR de madame lecoq gisèle le 3 mars, adressée par le service de cardiologie"
    found = [(f.label.value, text[f.start : f.end]) for f in _DETECTOR.detect(text)]
    assert not any(label == "ETABLISSEMENT" for label, _ in found), found


@pytest.mark.parametrize(
    "marked",
    [
        "irm du 02/05/2025 — patiente : <NOM>blanc rose</NOM>, née le 14/09/1948",
        "patient : <NOM>petit marcel</NOM>, 81 ans, adressé par les urgences",
        "compte rendu\npatiente : <NOM>lebrun olive</NOM>\nindication : douleur thoracique",
    ],
)
def test_a_surname_that_is_a_word_then_a_first_name_after_patient_in_lower_case(marked: str) -> None:
    """« patiente : blanc rose, née le … »: a listed surname then a listed first name after
    « patient », where the name visibly ends, though both are words too (issue 8, lower case)."""
    text, spans = parse_inline(marked)
    findings = Detector().detect(text)
    for start, end, label in spans:
        assert any(f.label == label and f.start <= start and end <= f.end for f in findings), (
            text,
            [(f.label, text[f.start : f.end]) for f in findings],
        )


@pytest.mark.parametrize(
    "text",
    [
        "le patient : calme, marche seul.",
        "patiente : bien dormi, 3 réveils",
        "le patient marche seul, 3 fois par jour",
    ],
)
def test_no_name_after_patient_where_words_describe_the_patient(text: str) -> None:
    assert not any(f.label == "NOM" for f in Detector().detect(text)), text
