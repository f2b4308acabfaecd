"""Person names on text nobody here wrote (issue 8, the seventeenth to nineteenth batches), each a family
tried on invented text, with traps beside it:

- names an OCR misread: digits in a word in one case after a title (« Mr W1LLEMETZ »), a leet name with
  its particle (« N'D1AYE »), a symbol for a letter (« Fr@nçoise »), a first name cut after its first
  letter (« Y annick ») or at a line's end (« Chris⏎tophe »), a name after a title broken into fragments
  of one or two characters (« Dr Ce c c a1 d i »), a surname in capitals cut by a hyphen at a line's end
  (« DEMAR-⏎CQ »);
- initials: one that signs a message after a closing formula or a dash (« Bises, T. », « faxée. — É. »),
  a small one before a name typed in lower case (« vu par t. boyer »), « M » glued to a surname in a
  table's cell (« | M.Técher | »), a first name's initial in a file's name
  (« ETT_ARROSSAMENA_M_20261202.pdf »);
- names in lower case or in records: a surname after « docteur » before the town of the practice (« au
  docteur fort à bourgueil »), a lower-case first name after a closing formula (« cordialement
  séverine »), a doctor's key in a record's line (« MED:HAMON »), a surname with its particle opening a
  row before a comma and the given name (« Le Floch, Yvonne | »);
- from the older batches: a practice named after its nurses (« cabinet Jaouen-Le Floch »), a given
  name of two letters found again after the rest of the name (« TRAN Thi Thu Hà » in a footer).
"""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline
from tests.detect.redteam.corpus import masked


@cache
def engine() -> Detector:
    return Detector()


def _masked(text: str) -> list[bool]:
    return masked(engine().detect(text), len(text))


def _assert_names_masked(marked: str) -> None:
    """Every marked name has all its letters and digits masked."""
    text, spans = parse_inline(marked)
    covered = _masked(text)
    for s, e, label in spans:
        assert all(covered[k] for k in range(s, e) if text[k].isalnum()), (
            f"{label} {text[s:e]!r} left in {text!r}"
        )


def _assert_left(text: str, *parts: str) -> None:
    """Each of ``parts`` is left in clear (none of its letters masked)."""
    covered = _masked(text)
    for part in parts:
        start = text.index(part)
        assert not any(covered[k] for k in range(start, start + len(part))), f"{part!r} masked in {text!r}"


@pytest.mark.parametrize(
    "marked",
    [
        # digits in a word in capitals after a title, a name no list holds
        "Objet : votre patiente Mme <NOM>B0UQUEMONT</NOM> <PRENOM>Odile</PRENOM>, vue le 3 mars.",
        "Courrier pour Mr <NOM>W1LLEMETZ</NOM> <PRENOM>Gérard</PRENOM> hospitalisé en USIC.",
        "Adressé par le Dr <NOM>Vaillanc0urt</NOM> pour avis.",
        # a leet name with its particle
        "Bon de sortie : patient <NOM>N'D1AYE</NOM> <PRENOM>Moussa</PRENOM>, né en 1970.",
        # a symbol for a letter
        "Hospitalisation de Mme Leclerc <PRENOM>Fr@nçoise</PRENOM> du 3 au 9 mai.",
        "Sa fille <PRENOM>Hél€ne</PRENOM> passera demain.",
        # a first name cut after its first letter, or at a line's end
        "Retour à domicile. Son fils <PRENOM>Y annick</PRENOM> passera chaque jour.",
        "Sa fille <PRENOM>M arguerite</PRENOM> viendra la chercher.",
        "ORDONNANCE\nDr Lamarque <PRENOM>Chris\ntophe</PRENOM> Médecin généraliste",
        # a name after a title broken into fragments
        "ECG : FA lente.\nDr <NOM>Ce c c a1 d i</NOM>",
        "Compte rendu dicté.\nDr <NOM>Pa o l i</NOM>",
        # a surname in capitals cut by a hyphen at a line's end
        "j'ai revu Monsieur <NOM>LAMBER-\nTIN</NOM> <PRENOM>Jean-Claude</PRENOM>, né le 3 mars 1945.",
        "Cher Confrère, j'ai vu Madame <NOM>VANDEWAL-\nLE</NOM> <PRENOM>Odette</PRENOM>, née en 1950.",
    ],
)
def test_names_an_ocr_misread_are_masked(marked: str) -> None:
    _assert_names_masked(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Salut Léa, le patient sort demain, peux-tu prévenir l'EHPAD ?\nBises, <PRENOM>T.</PRENOM>",
        "Merci pour le retour.\nCordialement,\n<PRENOM>R.</PRENOM>",
        "ordo du Dr Vidal expirée. refaite et faxée. — <PRENOM>É.</PRENOM>",
        "Ordonnance renouvelée, à récupérer à l'accueil ! – <PRENOM>N.</PRENOM>\nSuite demain.",
        "vu par <PRENOM>t.</PRENOM> <NOM>boyer</NOM> (interne) / Dr Abadie",
        "| 02:14 | Hoarau Kelly | 23 | douleur abdo | <PRENOM>M.</PRENOM><NOM>Técher</NOM> |",
        "Patient : <NOM>ETCHEVERRY</NOM> <PRENOM>Maddi</PRENOM>\n"
        "Fichier : ETT_<NOM>ETCHEVERRY</NOM>_<PRENOM>M</PRENOM>_20261202.pdf — exporté le 02/12",
        "Patient : <NOM>LARRALDE</NOM> <PRENOM>Iker</PRENOM>\nExport : IRM_<NOM>LARRALDE</NOM>_<PRENOM>I</PRENOM>.pdf",
    ],
)
def test_initials_in_a_structure_are_masked(marked: str) -> None:
    _assert_names_masked(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "ordonnance renouvelée point courrier au docteur <NOM>fort</NOM> à bourgueil point",
        "courrier adressé au docteur <NOM>blanc</NOM> à chinon pour suite",
        "dossier de liaison faxé. cordialement <PRENOM>séverine</PRENOM> (secrétariat dr <NOM>bouvet</NOM>)",
        "ok pour la sortie demain. bises <PRENOM>ghislaine</PRENOM>",
        "sortie de mme roux demain — ATTENTION elle ne rentre pas chez elle mais à l'ehpad : ehpad les"
        " tilleuls. dossier faxé. cordialement <PRENOM>maryse</PRENOM> (secrétariat dr <NOM>marty</NOM>)",
        "IPP:9400127734 NDA:V2611250088 UF:1410 MED:<NOM>HAMON</NOM> ADM:20261125",
        "NOM:<NOM>GARNIER</NOM> PRENOM:<PRENOM>Luc</PRENOM> DDN:19610303 IPP:5512003 UF:2210"
        " MED:<NOM>BOULANGER</NOM> ADM:20261201",
        "NOM:<NOM>ROUX</NOM> PRENOM:<PRENOM>Anne</PRENOM> IPP:5512003 UF:2210 MT:<NOM>GRIMAUD</NOM>"
        " ENTREE:20261201",
        "Gaz du sang — Urgences\n<NOM>Le Floch</NOM>, <PRENOM>Yvonne</PRENOM> | 1940-02-27 | 220915448",
        "Relevé\n<NOM>Le Gall</NOM>, <PRENOM>Maryvonne</PRENOM> | 1938-05-12 | box 4",
    ],
)
def test_names_in_lower_case_and_in_records_are_masked(marked: str) -> None:
    _assert_names_masked(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "IDE à domicile : cabinet <NOM>Kerhervé-Le Bihan</NOM>, Quimperlé, passage matin et soir.",
        "Pansements par le cabinet <NOM>Lagarrigue</NOM> à Rodez.",
        "Patiente : Mme <NOM>PHAM Thi Lan Vy</NOM> épouse <NOM>DO</NOM>\nCompte rendu.\n"
        "<NOM>PHAM</NOM> <PRENOM>Thi Lan Vy</PRENOM> — née le 02/03/1969 — page 1/1",
    ],
)
def test_older_batches_families_are_masked(marked: str) -> None:
    _assert_names_masked(marked)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # an initial that signs nothing: a list item, a temperature's abbreviation, a title opening a sentence
        ("Plan :\nA. Bilan biologique\nB. Imagerie", ("A.", "B.")),
        ("Fièvre à 39 °C. — T. 38,5 ce soir.", ("T.",)),
        ("Bises, T. 38,2 au coucher", ("T.",)),
        ("COMÉDIE. — M. Jacques jouera demain.", ("M.",)),
        # a closing formula before a word that is no first name
        ("cordialement rose et bleu", ("rose",)),
        ("merci beaucoup", ("beaucoup",)),
        # a title before a lower-case word that goes on the sentence
        ("le docteur passera à tours demain", ("passera",)),
        # a record's key alone, and a word with a symbol that is no name
        ("Résultat : 12 € TTC, contact anne@martin-avocats.fr", ("12 € TTC",)),
        ("Y compris la kinésithérapie, A domicile", ("Y compris", "A domicile")),
        # medicines and an eponym after a title-like word
        ("Dr Lamarque : Doliprane 1000 mg, Kardégic 75 mg", ("Doliprane", "Kardégic")),
        # « M. » a title in prose, glued
        ("vu ce jour avec M.Dupont et sa fille", ("vu ce jour",)),
        # a two-letter word after a name that is no part of it
        ("Dr Nguyen Van Ly\nParcelle de 12 ha, Nguyen Van Ly ha quitté", ("12 ha",)),
    ],
)
def test_traps_stay_in_clear(text: str, parts: tuple[str, ...]) -> None:
    _assert_left(text, *parts)
