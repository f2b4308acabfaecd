"""Families of the thirty-first and thirty-second batches (a hospital's data team's documents), each with
invented text: a street whose number is filed after its name and the commune after a dash; a person's
town after an age and « de »; the day and month closing a note's heading or its last sentence; a surname
alone signing a letter after the closing formula's line; a year of birth after a compound given name or
in a pipe table's cell; a site in a table's « site »
column; a date of birth in boxes with the field's outer walls. And what must stay readable."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the number after the street's name, then a dash and the commune (with its article)
        ("Adresse : Chemin des Lataniers, 48 — Le Tampon\nTransport en VSL.", "Chemin des Lataniers, 48"),
        ("Adresse : Chemin des Lataniers, 48 — Le Tampon\nTransport en VSL.", "Le Tampon"),
        ("Domicile : rue des Songes, 7 - Saint-Pierre\nSuivi IDE.", "rue des Songes, 7"),
        ("Domicile : rue des Songes, 7 - Saint-Pierre\nSuivi IDE.", "Saint-Pierre"),
        # an age, then the person's town after « de », a town whose name is a word too
        ("Cher confrère, M. Alain Vautrin, 41 ans, d'Elbeuf, présente un diabète.", "Elbeuf"),
        ("Mme Odile Ferrand, 80 ans, de Vue, est revue ce jour.", "Vue"),
        # the day and month closing a note's heading on the text's first line
        ("consult gynéco maternité des Lilas 4/12\nmme X 31a G2P1", "4/12"),
        ("ordo sortie urgences CH Vallon 6/11\ndupont marc 19 ans : paracétamol", "6/11"),
        # the day and month closing the note's last sentence
        ("Famille présente ce soir. Rappeler le médecin de garde au poste 4 12 07. 3/12", "3/12"),
        # a surname alone on the line after a closing formula, ending the letter
        ("Cher ami,\nJe t'adresse Mme Rivoal pour avis.\nAmitiés,\nKerzérho", "Kerzérho"),
        ("Merci de la revoir.\nBien à vous. Cordialement,\nTrémeur", "Trémeur"),
        # the year of birth after a compound given name, and in a pipe table's cell
        ("Patient : Kieffer Jean-Claude, 1958 ; préleveur : Dr Wolf", "1958"),
        ("02/12 22:40 | Payet Jean-Marc | 1957 | Saint-Benoît → CHU Nord | SCA", "1957"),
        # a site in a table's « site » column, its short name or its acronym
        ("ipp\tnom\tsite\n6900114523\tROCHE\tHautval Nord\n6900227810\tChabert\tHVB", "Hautval Nord"),
        ("ipp\tnom\tsite\n6900114523\tROCHE\tHautval Nord\n6900227810\tChabert\tHVB", "HVB"),
        # a date of birth in boxes, one digit apart, the field's outer walls against it
        ("Date de naissance : |0 4|0 5|1 9 5 5|\nN° SS : 2 55 05 21 231 187", "0 4|0 5|1 9 5 5"),
    ],
)
def test_family_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a count after a street without any commune, a sentence after an age
        ("Il marche sans aide, 34 ans, de Bonne humeur ce matin.", "Bonne"),
        # a count in a note's first line after a label, a scale's value in a heading
        ("Note : il reste 7/12 cures\nRAS", "7/12"),
        ("Bilan : force 4/5\nRAS", "4/5"),
        ("Consultation : EVA 3/10\nRAS", "3/10"),
        ("Compte rendu de consultation, page — 3/12\nRAS", "3/12"),
        # a service's or a word's line after the closing formula
        ("Bien à vous.\nCordialement,\nSecrétariat", "Secrétariat"),
        ("Merci\nBonne journée", "Bonne"),
        # a table's « site » of a biopsy, words of the language
        ("Site | Résultat\nLobe droit | adénocarcinome\nApex | normal", "Lobe droit"),
        ("Site | Résultat\nLobe droit | adénocarcinome\nApex | normal", "Apex"),
        # a year in a pipe table after words, no person
        ("| Chambre Nord | 2019 |", "2019"),
    ],
)
def test_family_negative(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
