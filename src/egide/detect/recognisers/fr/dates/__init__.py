"""Dates, dates of birth and ages of 90 and over, one recogniser per file.

- ``numeric``: 03/02/1961, 3-2-61, 1961-02-03, 02/1961, 03/02, 23022018;
- ``month_names``: « 3 février 1961 », « 1er mars 2020 », « février 2019 », « 05nov2019 »;
- ``words``: « deux janvier mille neuf cent soixante-dix-huit »;
- ``day_words``: « le vingt-deux », a day in words alone after « le »;
- ``absence_day``: « en congés jusqu'au 14 », the day alone that ends an absence;
- ``meeting_day``: « staff du 25 : », the day alone heading a meeting's or a shift's list;
- ``week_numbers``: « prévue en S49 », « semaine S49 », « (S46) », an ISO week's number;
- ``month_phrases``: « fin octobre », « mi-janvier », « de mars à avr », « novembre 88 »;
- ``glued_caps``: « BERNARD12/02/1949 », « 03/03/2025AU08/03/2025 », « CONSULT11/03 »;
- ``english``: « March 14, 1950 », « 14 March 1950 »;
- ``english_weekday_day``: « on Saturday 28th », an English weekday and its day;
- ``foreign_months``: « 7 de mayo de 2008 », « em fevereiro », « 10. Februar 2025 », « January 12 »;
- ``iberian_dates``: « dilluns 30 de novembre 2026 », « lunes 07/12 », « Freitag, 4. Dezember 2026 »,
  « segunda-feira 7 de dezembro », « maandag 7/12 », a foreign weekday before its date;
- ``hijri_months``: « 3 rabi' al-awwal », « 27 ramadan 1446 », a day of the Hijri calendar;
- ``misspelt_months``: « le 20 djanvier », « 14 juilet », « 2 septenbre 2023 »;
- ``years``: « en 2019 », « depuis 1998 », « (2015) »;
- ``word_years``: « en deux mille dix-neuf », « depuis mille neuf cent quatre-vingt-dix »;
- ``dictated_short_dates``: « du cinq douze vingt-six », a date in figures read aloud, its year short;
- ``unpadded``: « le 2 2 1 9 4 9 », « né le 2111944 », a day or a month without its leading zero;
- ``birth``: DATE_NAISSANCE after « né(e) le », « DDN », « date de naissance »;
- ``age``: AGE, « 92 ans » (90 and over only).

All are built from the atoms in ``atoms.py``.
"""

from __future__ import annotations

from egide.detect.config import DetectConfig
from egide.detect.recogniser import Recogniser
from egide.detect.recognisers.fr.dates.absence_day import AbsenceDayRecogniser
from egide.detect.recognisers.fr.dates.age import AgeRecogniser
from egide.detect.recognisers.fr.dates.appointment_day import AppointmentDayRecogniser
from egide.detect.recognisers.fr.dates.birth import BirthDateRecogniser
from egide.detect.recognisers.fr.dates.day_words import DayWordRecogniser
from egide.detect.recognisers.fr.dates.dictated_short_dates import DictatedShortDateRecogniser
from egide.detect.recognisers.fr.dates.english import EnglishDateRecogniser
from egide.detect.recognisers.fr.dates.english_weekday_day import EnglishWeekdayDayRecogniser
from egide.detect.recognisers.fr.dates.foreign_months import ForeignMonthDateRecogniser
from egide.detect.recognisers.fr.dates.glued_caps import GluedCapsDateRecogniser
from egide.detect.recognisers.fr.dates.hijri_months import HijriDateRecogniser
from egide.detect.recognisers.fr.dates.iberian_dates import IberianDateRecogniser
from egide.detect.recognisers.fr.dates.meeting_day import MeetingDayRecogniser
from egide.detect.recognisers.fr.dates.misspelt_months import MisspeltMonthDateRecogniser
from egide.detect.recognisers.fr.dates.month_names import MonthNameDateRecogniser
from egide.detect.recognisers.fr.dates.month_phrases import MonthPhraseRecogniser
from egide.detect.recognisers.fr.dates.numeric import NumericDateRecogniser
from egide.detect.recognisers.fr.dates.unpadded import UnpaddedDateRecogniser
from egide.detect.recognisers.fr.dates.week_numbers import WeekNumberRecogniser
from egide.detect.recognisers.fr.dates.weekday_day import WeekdayDayRecogniser
from egide.detect.recognisers.fr.dates.word_years import WordYearRecogniser
from egide.detect.recognisers.fr.dates.words import WordDateRecogniser
from egide.detect.recognisers.fr.dates.years import YearRecogniser


def build_date_recognisers(config: DetectConfig) -> list[Recogniser]:
    """Every date, date-of-birth and age recogniser (the configuration does not change them yet)."""
    return [
        NumericDateRecogniser(),
        GluedCapsDateRecogniser(),
        MonthNameDateRecogniser(),
        WeekdayDayRecogniser(),
        WeekNumberRecogniser(),
        MonthPhraseRecogniser(),
        EnglishDateRecogniser(),
        EnglishWeekdayDayRecogniser(),
        ForeignMonthDateRecogniser(),
        IberianDateRecogniser(),
        HijriDateRecogniser(),
        MisspeltMonthDateRecogniser(),
        WordDateRecogniser(),
        AppointmentDayRecogniser(),
        DayWordRecogniser(),
        MeetingDayRecogniser(),
        AbsenceDayRecogniser(),
        YearRecogniser(),
        WordYearRecogniser(),
        DictatedShortDateRecogniser(),
        UnpaddedDateRecogniser(),
        BirthDateRecogniser(),
        AgeRecogniser(),
    ]
