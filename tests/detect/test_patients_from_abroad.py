"""Identifiers of patients from abroad and from the border areas (issue 8, forty-third to forty-fifth
batches), with invented text: street lines in the order of Germany, Switzerland, Belgium, the Netherlands
and Britain, their postcode and town set apart by a space or a line; a town and « CP » and its code; the
towns after German and Dutch residence words or an examination done abroad; Belgian phone numbers with
their slash; Catalan, Spanish, Italian and German dates with their weekday; Catalan and Spanish compound
surnames joined by « i » or « y »; Belgian mutuality and national register numbers; a Catalan farm; Flemish, Dutch, German and Swiss hospitals. And what must stay
readable: countries, nationalities, German and English prose, medicines, doses and scores."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a street named with a glued type that is a word of names too, before its postcode and town
        ("Praxis Dr. Keller\nMattenring 41\nCH-4132 Muttenz\n\nSehr geehrte Frau Kollegin,", "Mattenring 41"),
        ("domicile Strandlaan 77 8430 Middelkerke (Belgique)", "Strandlaan 77"),
        ("domicile Noorddijk 12, 4331 Middelburg", "Noorddijk 12"),
        ("Adresse : Lindenallee 4\n79539 Lörrach", "Lindenallee 4"),
        # the postcode and the town on the line after a German street, the country after a dash
        ("Herrn Jonas Weber\n      Hauptstraße 8\n      76437 Rastatt – ALLEMAGNE", "76437"),
        ("Herrn Jonas Weber\n      Hauptstraße 8\n      76437 Rastatt – ALLEMAGNE", "Rastatt"),
        # a British street whose type is a seafront, a row, a hill
        ("Facture : Mrs BROWN Emily, 9 Royal Parade, Hastings TN34 1QD, Angleterre", "9 Royal Parade"),
        ("Facture : Mrs BROWN Emily, 9 Royal Parade, Hastings TN34 1QD, Angleterre", "TN34 1QD"),
        ("Adresse : 3 Castle Hill, Windsor SL4 1PD", "3 Castle Hill"),
        # a town, « CP » and its code
        ("M. PEETERS Jan (Belge, Wervik, CP 8940), 61 ans", "Wervik"),
        ("M. PEETERS Jan (Belge, Wervik, CP 8940), 61 ans", "8940"),
        # the town after a German or Dutch residence word, after an examination done abroad
        ("Patientin: Weber, Anna, wohnhaft Forbach (F)", "Forbach"),
        ("IRM réalisée à Luxembourg le 3/11, sans particularité.", "Luxembourg"),
        # Belgian phone numbers
        ("joignable sur son GSM 0475/61.22.84", "0475/61.22.84"),
        ("Médecin traitant à Mons : 065/33.45.21", "065/33.45.21"),
        # dates with a Catalan, Spanish or German weekday
        ("Perpinyà\n\ndimecres 2 de desembre 2026\n\nBenvolgut doctor,", "dimecres 2 de desembre 2026"),
        ("SMS : Recordatorio cita martes 15/12 a las 9h", "martes 15/12"),
        ("Saarbrücken, Freitag, 4. Dezember 2026", "Freitag, 4. Dezember 2026"),
        ("carta del 14 de novembre 2026", "14 de novembre 2026"),
        # compound surnames joined by « i » or « y », in capitals too
        ("Patiente : Mme Núria Puig i Ferrer, 70 ans", "Puig i Ferrer"),
        ("Patient : FONT I SERRA Joan — domicile Céret", "FONT I SERRA"),
        # a Belgian mutuality's member number, a national register number
        ("Mutualité : Partenamut – n° d'affiliation : 217/440917/33", "217/440917/33"),
        ("NISS : 72.11.04-215.09", "72.11.04-215.09"),
        # a hospital across the border named in its language
        ("Rééducation prévue à l'AZ Delta de Roeselare.", "AZ Delta"),
        ("Transfert au Klinikum Saarbrücken pour coronarographie.", "Klinikum Saarbrücken"),
        ("suivi au Kantonsspital Baselland depuis 2019", "Kantonsspital Baselland"),
        ("Opéré au Jan Yperman Ziekenhuis en 2021.", "Jan Yperman Ziekenhuis"),
        # a Catalan farm named alone after its article
        ("Accès difficile : chemin de terre jusqu'au Mas Serrallonga.", "Mas Serrallonga"),
        # a surname after a German or Dutch title
        ("Überweisung von Herrn Schmitt an Frau Dr. Weber", "Schmitt"),
        ("Overleg met Mevrouw Peeters, huisarts", "Peeters"),
    ],
)
def test_abroad_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a surname and a number, a score's name, a medicine and its count: no street without a town
        ("Le Pr Rosenberg 12 patients inclus.", "12"),
        ("Score de Goldberg 12 points", "12"),
        ("Nuvaring 1 anneau par mois", "Nuvaring"),
        # French words that are British street types
        ("à court terme, 3 Court séjour prévu", "Court"),
        ("Parade nuptiale des oiseaux, 2 Walk test", "Walk"),
        # « CP » for a tablet after a medicine, a country before « CP »
        ("Doliprane, CP 1000.", "Doliprane"),
        ("Belgique, CP 7700.", "Belgique"),
        # a study done abroad, no one's examination
        ("Une étude faite à Boston a montré un bénéfice.", "Boston"),
        # « lunes » and a count, a weekday word alone, « de » between a number and a word
        ("les lunes 3 fois", "lunes 3"),
        ("30 de large, 2 de plus", "30 de large"),
        ("le 31 de febrero, martes 31/11", "31 de febrero"),
        ("le 31 de febrero, martes 31/11", "martes 31/11"),
        # « i » or « y » between a name and a word
        ("Dr Martin y est allé", "y est"),
        # numbers after words that look like a field's
        ("membre de la famille 3/4", "3/4"),
        ("Affiliation : 2 ans", "2 ans"),
        # fractions and dates that look like a Belgian number
        ("posologie 0,5/12.5 ; INR 02/12.15", "02/12.15"),
        # a country and a nationality, German and English prose
        ("Sehr geehrter Herr Kollege, wir berichten über Ihren Patienten.", "wir berichten"),
        ("Sehr geehrter Herr Kollege, wir berichten über Ihren Patienten.", "Kollege"),
        ("Sehr geehrte Damen und Herren, anbei der Befund.", "Damen"),
        ("Sehr geehrte Damen und Herren, anbei der Befund.", "Herren"),
        # the field of a German doctorate after « Dr. »
        ("Praxis Dr. med. Ulrike Brandt, Saarbrücken", "med"),
        ("ressortissant belge, Royaume-Uni, Allemagne", "Royaume-Uni"),
        # a farm's word without its name
        ("le mas est isolé, le Mas Blanc des Alpilles est vendu", "est vendu"),
        # a hospital's kind without its name, an antibiotic's letters
        ("Klinik für Kardiologie, la Klinik", "Klinik"),
        ("AZ 500 mg pendant 3 jours", "AZ"),
    ],
)
def test_abroad_negative(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
