"""Names read from their structure in text nobody here wrote (issues 8 and 13): a title then an
initial without its dot, a first name then a surname that is a common word, a title glued to its
name, lower-case names after a title, naming phrases, ranks, an OCR'd word cut by « ¬ ».

Every family has its traps: real words, doses, scores, units and services next to the same cues.
"""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


def _check(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "marked",
    [
        # a title, an initial without its dot, a surname
        "Vu par le Dr <NOM>P Roy</NOM> ce jour.",
        "Avis du Pr <NOM>J.-M. Lefort</NOM> demandé.",
        "Courrier au Dr <NOM>A BERNARDIN</NOM> (cardiologue).",
        # lists of staff: initials and surnames in capitals, common words included
        "Équipe : <NOM>A. FERRAND</NOM>, <NOM>L. MOREAU</NOM>, <NOM>P. BLANC</NOM>",
        "Présents : <NOM>C. PETIT</NOM>, <NOM>J. ROUX</NOM>",
        "SIGNATAIRES <NOM>A. PICCARD</NOM> <NOM>W. GERLACH</NOM> <NOM>J. H. VAN VLECK</NOM> <NOM>A. COTTON</NOM>",
        # a first name, then a surname that is also a word
        "Patiente <NOM>Louise Rivière</NOM>, 45 ans.",
        "Adressé par <NOM>Claire FORT</NOM> pour bilan.",
        "Appel de <NOM>Rose BLANC</NOM> (fille) ce matin.",
        "Je vous adresse <NOM>Paul Blanc</NOM> pour avis.",
        "Ce jour, <NOM>Marie Petit</NOM> a été revue.",
        "une pièce de <NOM>Louis Figuier</NOM> jouée hier",
        "Il nous est apparu que <NOM>Jean Roule</NOM> était là.",
        # a title and a first name, then a surname that is a French word no list holds as a name
        "Vu Mme <NOM>Anne Demeurer</NOM> ce jour.",
        "Courrier du Dr <NOM>Paul CHASSE</NOM>, chirurgien.",
        "Pr <NOM>Jean Grand</NOM>, chef de service",
        # ... but a month, a place word or an acronym after the first name ends the name
        "Vue par Mme <NOM>Claire</NOM> Septembre dernier.",
        "Dr <NOM>Marie</NOM> Hôpital Nord, service de pneumologie",
        "avis Dr <NOM>Paul</NOM> HTA sévère",
        # lower case after a title and a first name
        "Revu par Mme <NOM>claire fort</NOM> ce matin.",
        "vu avec le Dr <NOM>jean rivière</NOM>",
        "mme <NOM>rose blanc</NOM> appelle pour son père",
        "Vu par le Dr <NOM>Jean dupont</NOM> ce jour.",
        "M. <NOM>Paul lemarchand</NOM>, 72 ans",
        "Mme <NOM>Andersson</NOM> estima que non.",
        "M. <NOM>Paul</NOM> prescrit du repos.",
        # a title glued to its name
        "Dr.<NOM>Martin</NOM> a validé.",
        "Mme<NOM>Dupont</NOM> est sortie.",
        "Vu par Dr<NOM>LEFEBVRE</NOM> hier.",
        # rare surnames in lower case after « m. », « mme »
        "revu m. <NOM>vaucheret</NOM> ce matin, vu avec mme <NOM>lemarchand</NOM>",
        # naming phrases
        "son nom de famille est <NOM>Rivière</NOM>.",
        "Elle s'appelle <NOM>Claire Fort</NOM>.",
        "il s'appelle <NOM>vaucheret</NOM> depuis son mariage",
        "Son nom de famille est <NOM>lemarchand</NOM>.",
        "nom de jeune fille <NOM>Blanc</NOM>, née en Bretagne",
        "son nom est <NOM>fort</NOM>, son prénom est <NOM>claire</NOM>",
        "un autre des conspirateurs, nommé <NOM>Allsop</NOM>, est en fuite",
        # ranks, nobility, clergy (press, case law)
        "le <NOM>général Pilsudski</NOM> s'efforce de s'entendre",
        "au <NOM>colonel Bouscat</NOM> et au <NOM>maréchal Foch</NOM>",
        "le <NOM>comte de la Guairinière</NOM> résolut",
        "les paroles du <NOM>président Daladier</NOM>",
        "Mgr <NOM>Dupanloup</NOM> a parlé.",
        # a name, a comma, a role or a trade
        # (an elected office after the name is masked with it: offices_after)
        "et <NOM>Frossard, conseiller municipal de Paris</NOM>, a parlé",
        "<NOM>Grassin</NOM>, marchand de vins, rue Ordener.",
        "Transmissions de <NOM>Ferrand</NOM>, interne de garde.",
        # a word cut by the OCR at a line end
        "Elle ne veut pas parler à <NOM>Phi¬lippe</NOM> de cela.",
        "la pièce de M. <NOM>Gan¬dillot</NOM> a du succès.",
        "un speaker : <NOM>Jac--ques Bridaris</NOM>. Quel speaker",
    ],
)
def test_names_found_by_their_structure(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "text",
    [
        # an initial without a dot that is no name
        "Dr A est de garde.",
        "Vitamine D 1000 UI par jour.",
        # initials before capitals that are germs, acronyms or headings
        "Culture : E. COLI, S. AUREUS, K. PNEUMONIAE",
        "N.B. CONTRÔLE À PRÉVOIR",
        "H. PYLORI NÉGATIF",
        # common words capitalised: headings, colours, adjectives
        "Rose et chaude, la cicatrice est propre.",
        "Claire amélioration clinique.",
        "Rose Pâle à la palpation.",
        "Urine Claire, Selles Normales",
        "Service Pierre Fabre, lycée Jean Moulin, rue Paul Bert",
        "Marie. Blanc de l'œil normal.",
        # a title then a lower-case word that is a word
        "Mme est calme, M. est sorti.",
        "mme rose de la cicatrice",
        "3 m. plus loin, la patiente chute.",
        "revu m. ttt inchangé",
        # services after « adressé par »
        "Adressé par Urgences pour douleur thoracique.",
        "adressée par SOS Médecins",
        # naming phrases with no name
        "Il s'appelle comment ?",
        "son nom est inconnu à ce jour",
        "le syndrome s'appelle ainsi depuis 1950",
        # ranks before common words, acronyms, numbers
        "le président de la CME a validé le protocole",
        "le général en chef",
        "le président Directeur général",
        "un signe cardinal de la maladie",
        # a common word, a place, an acronym, a drug before a role
        "Cardiologie, interne de garde : Dr absent",
        "Paris, avocat général près la cour",
        "HTA, âgée de 45 ans, sans antécédent",
        "Doliprane, pharmacien prévenu",
        # PrEP is no glued title
        "PrEP débutée en 2021, MrX non.",
        "Drépanocytose connue.",
    ],
)
def test_traps_next_to_the_same_cues(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        # a surname no list holds, opening its field, before a word that is only a first name
        "IRM lombaire — n° 7100452 — <NOM>Ramanantsoa Fanja</NOM> — demandée par le service",
        "Patient :\n<NOM>Andrianjafy Hery</NOM>\nné en 1961",
    ],
)
def test_an_unlisted_surname_opens_the_name_before_a_first_name(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("Merci Germaine pour tout.", "Merci"),  # a word opening the sentence
        ("Avda . de la Industria , 30\nAlcobendas Madrid", "Alcobendas"),  # « Madrid » is a surname too
        ("Tysabri Marie", "Tysabri"),
    ],
)
def test_an_opening_word_before_a_first_name_that_stays(text: str, opener: str) -> None:
    assert [n for n in names(text) if opener in text[n.start : n.end]] == []


@pytest.mark.parametrize(
    "marked",
    [
        # a surname of two letters in capitals opening a field, then a first name that is no word
        "08h30\t<NOM>MAILLOT Chantal</NOM>\t0612458833\n09h00\t<NOM>BA Ousmane</NOM>\t0768213390",
        "Chambre 12 | <NOM>LY Sophie</NOM> | 67 ans",
    ],
)
def test_a_two_letter_surname_before_a_first_name(marked: str) -> None:
    _check(marked)


def test_two_letters_of_a_role_before_a_first_name_stay() -> None:
    text = "Équipe\nPH Marie, AS Julie\nDR Paul"
    assert [
        text[n.start : n.end] for n in names(text) if text[n.start : n.end][:2] in {"PH", "AS", "DR"}
    ] == []
