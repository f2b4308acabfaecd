"""Person names in clinical sentences: every form, eponym negatives, propagation."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.names import NameDetector
from tests.detect.inline import assert_finds, parse_inline


@cache
def detector(use_model: bool = True) -> NameDetector:
    return NameDetector(DetectConfig(use_model=use_model))


def _propagate(d: NameDetector, texts: list[str]) -> list[list[Finding]]:
    docs = [Document(t) for t in texts]
    return d.propagate(docs, [d.find(doc, []) for doc in docs])


def names(text: str, use_model: bool = True) -> list[Finding]:
    d = detector(use_model)
    return d.propagate([Document(text)], [d.find(Document(text), [])])[0]


@pytest.mark.parametrize(
    "marked",
    [
        # titles
        "M. <NOM>Jean DUPONT</NOM>, 72 ans, est suivi pour une HTA.",
        "Revu par le Dr <NOM>Martin</NOM> ce jour.",
        "Avis du Pr. <NOM>LE GOFF</NOM> demandé.",
        "Mme <NOM>Dupont</NOM> épouse <NOM>Martin</NOM>, née <NOM>Durand</NOM>.",
        "Docteur <NOM>Blanc</NOM> et Professeur <NOM>Marchand</NOM> présents.",
        "Adressée par le Dr <NOM>Leroy</NOM>, vue chez M. <NOM>Morel</NOM>.",
        "Mlle <NOM>Petit</NOM> est sortie.",
        "Madame <NOM>Roux</NOM> est revue en consultation.",
        "Mme <NOM>de la Fontaine</NOM> et M. <NOM>Saint-Martin</NOM> sont arrivés.",
        "Mme <NOM>N'Diaye</NOM>, M. <NOM>Ben Ahmed</NOM>, M. <NOM>D'Alembert</NOM>.",
        "Dr <NOM>Ange Du Pont</NOM>, médecin attaché.",
        "M. <NOM>de KERGUELEN</NOM> a pu regagner son domicile.",
        "dr <NOM>martin</NOM> prévenu par téléphone.",
        # headers and signatures
        "Patient : <NOM>Martin Jeanne</NOM>\nDate de naissance : inconnue",
        "Patient(e) : <NOM>françoise de kerguelen</NOM>\n",
        "Interne : <NOM>Paul Girard</NOM>\nIDE : <NOM>Claire</NOM>\n",
        "Aide opératoire : <NOM>VALLÉE Océane</NOM>\n",
        "Dr <NOM>Sophie Lambert</NOM>, cardiologue\n",
        "Nom : <NOM>DUPONT</NOM>\nPrénom : <NOM>Jean</NOM>\n",
        # lists, capitals, lower case, initials
        "Liste : <NOM>MARTIN Paul</NOM>, <NOM>BERNARD Luc</NOM>, <NOM>PETIT Anne</NOM>.",
        "<NOM>DUPONT Jean</NOM>, 72 ans, chambre 12.",
        "<NOM>jean dupont</NOM> a appelé le service.",
        "Vu avec <NOM>dupont</NOM> ce matin, il va mieux.",
        "Transmis à <NOM>Odette</NOM>. Vue par <NOM>GOSSELIN Alexandrie</NOM> (interne).",
        "Merci de bien vouloir recevoir <NOM>brigitte le goff</NOM> (DN 1996-05-28).",
        "Sa fille, <NOM>claude de montmorency</NOM>, peut être jointe au téléphone.",
        "Appel de son mari (<NOM>Paul</NOM>) à 14 h.",
        "Ch. 13 - <NOM>GOASDOUÉ</NOM> - 80 ans - entrée le 3 mai",
        "<NOM>D. Pannick</NOM> QC, conseil.",
        "Professeur <NOM>Pierre d'Arcy</NOM>\nN° RPPS : 109895171",
        "Mme <NOM>Andersson</NOM> estima toutefois que son fils était guéri.",
        # letters, signatures, copies, staff notes
        "Patient adressé par le Docteur <NOM>Nguyen Van Thanh</NOM> pour avis.",
        "Chère Consœur, chère <NOM>Sophie</NOM>, je vous remercie.",
        "Madame, Monsieur, veuillez trouver ci-joint le compte rendu.",
        "Monsieur le Professeur <NOM>Jean-Louis MARTIN-DELORME</NOM>",
        "Signé électroniquement par Dr <NOM>M. Benali</NOM>",
        "Interne : Dr <NOM>Kévin N'Guessan</NOM>",
        "Cadre de santé : Mme <NOM>Fatima Zahra El Idrissi</NOM>",
        "Personne de confiance : son fils <NOM>Karim</NOM>",
        "Je soussigné, Docteur <NOM>Paul Roche</NOM>, certifie avoir examiné M. <NOM>Antoine Lopez</NOM>.",
        "Patient connu du service (cf. CRH Dr <NOM>Vidal</NOM> 2019).",
        "Copie : Dr <NOM>Laurent GIRAUD</NOM> (cardiologue), Dr <NOM>Élodie Perrin</NOM>",
        "Patiente : Mme <NOM>KOWALSKA Agnieszka</NOM>, née <NOM>SZYMANSKA</NOM>",
        "Opérateur : Pr <NOM>Ahmed Ben Youssef</NOM> ; Aide : Dr <NOM>Jean-Baptiste Tran</NOM>",
        "Bonjour Docteur, je vous adresse Mme <NOM>Rousseau</NOM> pour suivi.",
        # case law (the ECHR reports) and glued or bare initials
        "Dans l'affaire <NOM>Sauvé</NOM> c. Canada, le juge <NOM>McLachlin</NOM> a statué.",
        "Étaient présents M. <NOM>Dupont</NOM> et <NOM>G. Regner</NOM>, sous-secrétaire, et <NOM>MmeF. Krause</NOM>, conseil,",
        "A. Le contexte. B. La procédure devant la Cour.",
        "M. et Mme <NOM>T</NOM>. ont saisi le juge.",
        "Au nom de MM. <NOM>Pearson</NOM> et <NOM>Feal-Martinez</NOM>, requérants.",
        "Copie aux Drs <NOM>Martin</NOM>, <NOM>Kowarzik</NOM> et <NOM>Petit</NOM>.",
        "Hémocultures à E. coli, H. pylori négatif.",
        # care notes: a nurse's first name in brackets, lower-case names typed in a hurry
        "R : EVA 2/10 à 1 h. (<NOM>Margot</NOM>)",
        "Transmissions ciblées - ch. 7 - <NOM>olive labbé</NOM> - 07/12/21",
        "<NOM>J. Dupont</NOM> est d'accord pour la sortie.",
        "Ch. 12 - <NOM>RAMOS Zacharie</NOM> - 44 ans",
        "<NOM>LE FLOCH Anne-Sophie</NOM>, née le 14/10/1994",
        # first names alone, kinship
        "<NOM>Jeanne</NOM> est revue en consultation.",
        "Sa fille <NOM>Marie</NOM> l'accompagne. Son mari, <NOM>Paul</NOM>, est présent.",
    ],
)
def test_names_in_clinical_sentences(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "Patiente de 67 ans aux antécédents de maladie de Parkinson, admise pour chute.",
        "Signe de Babinski à droite. Syndrome de Guillain-Barré dans l'enfance. Lasègue positif.",
        "Maladie d'Alzheimer, maladie de Crohn, lymphome de Hodgkin, syndrome de Down.",
        "Syndrome de Cushing, maladie de Basedow, syndrome de Raynaud, maladie de Horton, Kaposi.",
        "Score d'Apgar à 10, score de Glasgow à 15, coloration de Gram, Ziehl négatif.",
        "Doppler veineux normal, Holter ECG sans trouble du rythme, sonde de Foley, Swan-Ganz retiré.",
        "Maladie de Dupuytren, test de Romberg, signe de Homans négatif, intervention de Whipple.",
        "Artériopathie stade II de Leriche et Fontaine. Ulcère bulbaire Forrest IIb. Pancréatite Balthazar C.",
        "Kardégic 75 mg, 1 sachet par jour. Macrogol 4000, 1 sachet par jour.",
        "Gaz du sang : pH 7,31, PaCO2 58 mmHg. HbA1c 8,1 %. L'IRM cérébrale est normale.",
        "Score de Glasgow à 14 (Y4 V4 M6). Score de Rankin modifié à 2.",
        "EXAMEN CLINIQUE D'ENTRÉE\nTA 12/8, FC 78/min. EVA à 7/10. Checklist HAS vérifiée.",
        "Hospitalisé au CHU de Rouen, service de cardiologie, rue Victor Hugo.",
    ],
)
@pytest.mark.parametrize("use_model", [True, False])
def test_eponyms_and_clinical_words_are_not_names(text: str, use_model: bool) -> None:
    found = [text[f.start : f.end] for f in names(text, use_model)]
    assert found == []


def test_a_name_found_once_is_found_everywhere_in_a_conversation() -> None:
    d = detector()
    texts = [
        "Patient : DUPONT Jean\nMotif : douleur thoracique.",
        "Ce matin dupont va mieux. Jean souhaite rentrer.",
        "Message pour M. Dupont : rendez-vous confirmé.",
    ]
    found = _propagate(d, texts)
    got = [[t[f.start : f.end] for f in sorted(fs)] for t, fs in zip(texts, found, strict=True)]
    assert got[0] == ["DUPONT Jean"]
    assert got[1] == ["dupont", "Jean"]
    assert got[2] == ["Dupont"]
    # lower-case « dupont » alone is found only because the header named him
    assert [f.source for f in sorted(found[1]) if texts[1][f.start : f.end] == "dupont"] == ["propagation"]


def test_propagation_keeps_common_words_in_lower_case_and_eponyms() -> None:
    d = detector()
    texts = ["Mme Claire Parkinson", "Urine claire. Maladie de Parkinson. Claire est partie."]
    found = _propagate(d, texts)
    later = [texts[1][f.start : f.end] for f in sorted(found[1])]
    assert later == ["Claire"]


def test_findings_inside_other_places_are_left_to_them() -> None:
    text = "Domicile : 12 rue Victor Hugo. Vu par Mme Hugo."
    known = [Finding(11, 29, "ADRESSE", 0.9, "address")]
    got = [text[f.start : f.end] for f in detector().find(Document(text), known)]
    assert got == ["Hugo"]


def test_use_model_switch_is_honoured() -> None:
    assert detector(True).model is not None
    assert detector(False).model is None


def test_model_finds_an_unknown_name_in_a_weak_context() -> None:
    # « Kowarzik » is in no list; only the model can tell it is a name here.
    text = "Dossier discuté en staff avec le Dr Lenoir et Kowarzik ce matin."
    with_model = [text[f.start : f.end] for f in names(text, True)]
    without = [text[f.start : f.end] for f in names(text, False)]
    assert "Lenoir" in with_model and "Lenoir" in without
    assert "Kowarzik" in with_model
    assert "Kowarzik" not in without


#: Clinical prose without any name, full of capitalised drugs, microbes, scales, devices and eponyms.
CLEAN_PROSE = [
    "Relais de l'héparine par Xarelto 20 mg le soir, puis Eliquis 5 mg matin et soir en cas d'insuffisance rénale.",
    "Lovenox 4000 UI en sous-cutané, Augmentin 1 g trois fois par jour, Tazocilline 4 g toutes les 8 heures.",
    "Spasfon et Doliprane si douleurs. Inexium 40 mg. Seresta 10 mg au coucher. Lasilix 40 mg le matin.",
    "Hémocultures positives à Escherichia coli, Staphylococcus aureus sensible à la méticilline et Klebsiella pneumoniae.",
    "Recherche d'Helicobacter pylori négative. Toxine de Clostridium difficile positive. Candida albicans sur l'ECBU.",
    "Pose d'une PICC line le 3e jour, retrait du drain de Redon à J2, Port-a-cath fonctionnel.",
    "Transfert en USIC puis en SSR, retour à domicile avec HAD et passage infirmier.",
    "MMSE à 24/30, NIHSS à 3, Rankin modifié à 1, échelle de Braden à 14, score de Norton à 12.",
    "Score CHA2DS2-VASc à 4 et HAS-BLED à 2. Mutation BRCA1 recherchée, JAK2 négatif.",
    "Bilan : NFS, ionogramme, CRP. Follow-up en hôpital de jour. Checklist sécurité du patient au bloc opératoire.",
    "Traitement per os, lésion in situ, ad integrum, en post-opératoire immédiat.",
    "Syndrome de Korsakoff, encéphalopathie de Gayet-Wernicke, maladie de Charcot, chorée de Huntington.",
    "Fracture de Pouteau-Colles, luxation acromio-claviculaire, maladie d'Osgood-Schlatter, syndrome de Tietze.",
    "Test de Schirmer, manœuvre de Dix-Hallpike, épreuve de Romberg, signe de Kernig et de Brudzinski.",
    "Prothèse de Bentall, intervention de Hartmann, anastomose selon Roux-en-Y, montage de Lichtenstein.",
    "Coloration de Ziehl-Neelsen, culture sur milieu de Löwenstein-Jensen, test de Coombs direct négatif.",
    "Classification de Gustilo III, stade de Tanner 4, score de Gleason 7, indice de Breslow 1,2 mm.",
    "Cholangio-IRM, échographie Doppler des troncs supra-aortiques, Holter tensionnel des 24 heures.",
    "Ventilation par Optiflow puis Airvo, aérosols de Bricanyl et d'Atrovent, kinésithérapie respiratoire.",
    "Avis du psychiatre de liaison, passage de l'assistante sociale, demande d'APA et d'EHPAD.",
    "Mise sous Kardégic et Plavix après angioplastie, introduction de Bisoprolol et de Ramipril.",
    "Examen sous AG, patient installé en décubitus dorsal, badigeonnage à la Bétadine, champage stérile.",
    "Vaccination contre la grippe et le Covid-19 à jour, Prevenar 20 réalisé, Boostrixtetra à prévoir.",
    "La patiente bénéficie d'une rééducation selon la méthode Mézières et d'un programme d'ETP.",
    "Echelle de Morse, grille AGGIR GIR 3, Timed Up and Go à 18 secondes, test de Tinetti à 20/28.",
]


@pytest.mark.parametrize("line", CLEAN_PROSE)
@pytest.mark.parametrize("use_model", [True, False])
def test_clinical_prose_without_names_is_left_alone(line: str, use_model: bool) -> None:
    assert [line[f.start : f.end] for f in names(line, use_model)] == []


def test_prose_in_capitals_is_left_alone() -> None:
    # On lines written in capitals, case says nothing: only titles, headers and listed name pairs count.
    text = "\n".join(line.upper() for line in CLEAN_PROSE)
    assert [text[f.start : f.end] for f in names(text)] == []


@pytest.mark.parametrize(
    "marked",
    [
        "PATIENT : MME <NOM>DUPONT JEANNE</NOM>, VUE PAR LE DR <NOM>MARTIN</NOM> POUR UNE MALADIE DE PARKINSON.",
        "COMPTE RENDU DU DOCTEUR <NOM>JEAN MARTIN</NOM> POUR MONSIEUR <NOM>PAUL DURAND</NOM> ET SA FILLE",
        "HYPOKINÉSIE ANTÉRO-SEPTALE, STÉNOSE DE 10 MM. LA CORONAROGRAPHIE RETROUVE UNE STÉNOSE SERRÉE",
    ],
)
def test_names_on_lines_in_capitals(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


def test_parts_of_a_hyphenated_surname_are_propagated_not_those_of_a_first_name() -> None:
    d = detector()
    texts = [
        "Patiente : Mme Jean-Pierre DUPONT-MARTIN",
        "Ce matin dupont va mieux, une pierre rénale est visible.",
    ]
    found = _propagate(d, texts)
    assert [(texts[1][f.start : f.end], f.source) for f in found[1]] == [("dupont", "propagation")]


@pytest.mark.parametrize(
    "marked",
    [
        # a common word no name list holds after a kinship word: the heading of the next line
        "Si vous avez d'autres questions, demandez à votre médecin\nRécupérateur de seringues : ne les jetez pas.",
        # names stay names
        "Elle vit avec sa fille\n<NOM>Marie</NOM> qui passe tous les jours.",
        "Vu avec son fils <NOM>Blanc</NOM> ce matin, et sa fille <NOM>Rose</NOM>.",
    ],
)
def test_a_common_word_after_a_kinship_word_is_no_name(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
