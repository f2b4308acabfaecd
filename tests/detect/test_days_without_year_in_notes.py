"""Days written without their year, or with a separator the date readers did not expect, where a note's
shape says they are days (issue 8, probe43–45 misses):

- the day closing a note's heading before the doctor who writes it (« consult ORL brabois 1/12 dr hocquard »);
- « date » and the event's word without its preposition (« date exam 4/12 »);
- a team's shift right before the day (« équipe matin 02.12 », « relève de nuit 6/12 — »);
- two days linked by an arrow, then the month (« UHCD – 6→7/12 »): a night;
- a full date after a number and a separator that hid it (« bloc 3 / 04-12-2026 »);
- a weekday in a foreign language before its day and month (« lunes 07/12 », « dilluns 30 de novembre »).

With traps: scores, doses, fractions, pressures, vertebrae and ratios stay readable.
"""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("consult ORL brabois 1/12 dr hocquard\nmme B., 44 ans, acouphènes", "1/12"),
        ("consult cardio 14/11 Dr Martin\nPatient vu pour dyspnée", "14/11"),
        ("pat: kabongo esther 56a  ipp 77120934  date exam 4/12\nendoscopiste", "4/12"),
        ("Date prélèvement 28/11 : hémocultures positives", "28/11"),
        ("EHPAD Les Pins (Anglet) – équipe matin 02.12\n- M. E. : toilette complète", "02.12"),
        ("Service de gériatrie – relève de nuit 6/12 — agitation vers 2h", "6/12"),
        ("Transmissions IDE nuit – UHCD – 6→7/12\nBox 3 – agité", "6→7/12"),
        ("Planning – 30->1/12\nDeux entrées", "30->1/12"),
        ("CRO chir digestive / bloc 3 / 04-12-2026\n\nMme A., 46 ans", "04-12-2026"),
        ("Recordatorio: resonancia lunes 07/12 11h30.", "lunes 07/12"),
        ("HAD Catalogne\n\ndilluns 30 de novembre 2026\n\nCher Docteur,", "dilluns 30 de novembre 2026"),
        ("Termin am Montag, den 7. Dezember 2026", "Montag, den 7. Dezember 2026"),
        ("consulta na segunda-feira 7 de dezembro", "segunda-feira 7 de dezembro"),
    ],
)
def test_the_day_is_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part), ENGINE.detect(text)


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("MMS 24/30, rappel 5 mots 6/10, horloge 3/7.", "6/10"),
        ("MMS 24/30, rappel 5 mots 6/10, horloge 3/7.", "3/7"),
        ("Prendre 1/2 cp le soir, puis 3/4 de la dose", "1/2"),
        ("Prendre 1/2 cp le soir, puis 3/4 de la dose", "3/4"),
        ("Score de Glasgow 6/8 au réveil", "6/8"),
        ("TA 158/92, FC 84", "158/92"),
        ("DDD 60/130 au lit, hernie L4/L5", "60/130"),
        ("DDD 60/130 au lit, hernie L4/L5", "L4/L5"),
        ("Force 3→4/5 au membre supérieur droit", "3→4/5"),
        ("douleur EVA 6→7/10 à la mobilisation", "6→7/10"),
        ("équipe matin 1/2 cp si douleur", "1/2"),
        ("consult 3/4 des cas dr Martin", "3/4"),
        ("Domingo 3 comprimés par jour, sabato 3 mg", "3 comprimés"),
        ("Sabado 3 de la mañana, lunes 14 h", "lunes 14 h"),
    ],
)
def test_scores_doses_and_ratios_stay_readable(text: str, readable: str) -> None:
    assert not ENGINE.touches(text, readable), ENGINE.detect(text)
