"""Scans that try a pattern only where a match can start must find what ``finditer`` finds.

The e-mail, URL and IPv6 recognisers, the English dates' windows, the street lines without number,
the glued dates' prefilter, the short names of hospitals in lower case and the line breaks of the second reading skip the places where their
pattern cannot match (issue 8: the 2,000-character prompt's time). Each shortcut is checked against
the plain scan on texts made of the pieces that matter to it, glued at random (seeded: the same
texts every run), and on a few written ones; no names of real people.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator

import pytest

from egide.detect import wrapped
from egide.detect.document import Document
from egide.detect.first_characters import finditer, led
from egide.detect.names import tables
from egide.detect.needles import Needles
from egide.detect.normalise import glued_fields
from egide.detect.places import (
    city,
    establishment,
    foreign_postcode_after_town,
    practice_by_department,
    unnumbered_line,
)
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.unnumbered_line import (
    _BLOCK_STREET_LINE,
    LINE_BEFORE_CODE,
    UnnumberedLineRecogniser,
    block_street_lines,
)
from egide.detect.recognisers.fr import atoms, unexplained
from egide.detect.recognisers.fr.dates import appointment_day, birth, english, glued_caps, years
from egide.detect.recognisers.fr.dates.base import matches_at, windowed_finditer
from egide.detect.recognisers.fr.email import _EMAIL, _SEPARATOR, _email_starts
from egide.detect.recognisers.fr.ip_address import _IPV6, _ipv6_candidates
from egide.detect.recognisers.fr.url import _URL, _url_matches


def _texts(pieces: list[str], seed: int, count: int = 4000, longest: int = 14) -> Iterator[str]:
    draw = random.Random(seed)
    for _ in range(count):
        yield "".join(draw.choice(pieces) for _ in range(draw.randint(0, longest)))


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


WRITTEN = [
    "",
    "Contact : jean.dupont@chu-exemple.fr ou j.dupont [at] exemple.fr (voir https://exemple.fr/x).",
    "Patient : Mme Test, IPP : 123. Serveur fe80::1ff:fe23:4567:890a%eth0 et 2001:db8::8a2e:370:7334.",
    "Revu le 12/08/2022. Born March 14, 1950 ; vue le 3rd May 2020 ; Marie, 2021 ; www.Exemple.com.",
    "a@b.c  x @ y.fr  z(AT)w.org  adresse@ exemple.fr  " + "x" * 70 + ".fr  " + "y" * 63 + ".fr",
]


def test_ipv6_candidates_are_finditer() -> None:
    pieces = ["0", "1", "ab", "ABCD", "fe80", ":", "::", " ", "\n", "%", "eth0", "_", "g", "é", ".", "z"]
    for text in [*WRITTEN, *_texts(pieces, seed=1)]:
        assert _spans(_ipv6_candidates(text)) == _spans(_IPV6.finditer(text)), text


def test_prefixed_foreign_postcodes_are_finditer() -> None:
    # the code with its country's letters after a town (« Arlon, B-6700 »): tried at the gap before each
    # dash and four digits only, both of the recogniser's passes reading the one list
    pieces = ["C", "H", "B", "E", "L", "U", "A", "-", "1", "0", "9", "4", " ", "\t", ",", ".", ")", "\n"]
    pieces += ["x", "é", "_", "CH-4123", "B-6700", "BE-1000", "LU-1234", "A-1010", " , ", "Arlon", "12345"]
    written = ["Domicile : Allschwil CH-4123.", "Arlon , B-6700, puis Namur  BE-5000", "x-1234 ,L-1234"]
    scan = foreign_postcode_after_town._PREFIXED_CODE.finditer
    for text in [*WRITTEN, *written, *_texts(pieces, seed=9, count=20000, longest=24)]:
        expected = [(m.span(), m.span("code")) for m in scan(text)]
        got = [(m.span(), m.span("code")) for m in foreign_postcode_after_town._prefixed_codes(text)]
        assert got == expected, text


def test_practices_by_department_are_finditer() -> None:
    # « Radiologie de l'Aisne », « LABO Bio Vendée »: tried at the first letters of a practice's words
    regex = practice_by_department._PRACTICE
    assert led(regex) is not None
    pieces = ["Radiologie", "IMAGERIE", "Labo", "BIO", "Bio", "IRM", "Échographie", "Cabinet de radiologie"]
    pieces += [
        " ",
        "\t",
        "\n",
        "-",
        "x",
        "de la ",
        "du ",
        "d'",
        "Médicale ",
        "Aisne",
        "Vendée",
        "et",
        "_",
        "é",
    ]
    for text in [*WRITTEN, *_texts(pieces, seed=10, count=6000, longest=16)]:
        expected = [(m.span(), m.group("area")) for m in regex.finditer(text)]
        assert [(m.span(), m.group("area")) for m in finditer(regex, text)] == expected, text


def test_birth_cells_are_finditer() -> None:
    # a table row's sex cell (« | F | », « ;homme; », « DUPONT  M  »): scanned from the first separator or
    # double space, none when the text has neither
    pieces = [
        "|",
        "\t",
        ";",
        " ",
        "  ",
        "m",
        "f",
        "h",
        "homme",
        "femme",
        "masculin",
        "féminin",
        "x",
        "_",
        "2",
        "\n",
    ]
    for text in [*WRITTEN, *_texts(pieces, seed=11, count=20000, longest=16)]:
        expected = _spans(birth._CELL_PREFILTER.finditer(text))
        cells = birth._cell_hits(text)
        assert (_spans(cells) if cells is not None else []) == expected, text
        if cells is None:
            assert not expected


def test_specimens_sent_to_open_on_their_words() -> None:
    # « anapath à Cypex », « envoyé au labo chez Biomnis »: every match opens on one of the words the scan
    # starts at the first of
    regex = establishment._SPECIMEN_SENT_TO
    pieces = ["anapath", "anatomopathologie", "ACP", "labo", "laboratoire", "envoi", "envoyées", "adressé"]
    pieces += [
        "transmise",
        "adresse",
        " ",
        "\t",
        "à ",
        "a ",
        "chez ",
        "par ",
        "Cypex",
        "BIOMNIS",
        "x",
        "é",
        "-",
    ]
    for text in [*WRITTEN, *_texts(pieces, seed=12, count=8000, longest=12)]:
        expected = _spans(regex.finditer(text))
        firsts = [at for at in map(text.find, establishment._SPECIMEN_WORDS) if at >= 0]
        assert (_spans(regex.finditer(text, min(firsts))) if firsts else []) == expected, text


def test_event_days_are_finditer() -> None:
    pieces = [
        "hospitalisées", "Transféré", "OPÉRÉE", "admise", "sorti", "depuis", "DEPUIS", " ", "   ", "\t",
        " le ", "le", "LE", "Le", " le 3", " le 12", "1er", "3", "12", "45", ",", ".", ";", "\n", " à",
        " pour", " mars", " h", "x", "-", " jours", " et le", " au 5", "é" * 30, "a b " * 8,
    ]  # fmt: skip
    for text in [*WRITTEN, *_texts(pieces, seed=14, count=8000, longest=24)]:
        ours = _spans(appointment_day._event_days(text))
        assert ours == _spans(appointment_day.EVENT_DAY.finditer(text)), text


def test_glued_fields_seams_are_the_alternation() -> None:
    # the seam as it was found: the character before it, then a look-ahead at the one after
    alternation = re.compile(
        r"[a-zß-öø-ÿ](?=[A-ZÀ-ÖØ-Þ])|[^\W\d_](?=\d)|\d(?=[A-ZÀ-ÖØ-Þ])|[A-ZÀ-ÖØ-Þ](?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])"
    )
    pieces = [
        "a",
        "Z",
        "é",
        "É",
        "ß",
        "1",
        "9",
        "٣",
        " ",
        "-",
        "_",
        "Ω",
        "ω",
        "ж",
        "Ж",
        "\n",
        "PatientRAHARISON",
        "MDate",
        "AB",
    ]
    for text in [*WRITTEN, *_texts(pieces, seed=16, count=8000)]:
        seams = [m.start() for m in glued_fields._SEAM.finditer(text)]
        assert seams == [m.end() for m in alternation.finditer(text)], text


@pytest.mark.parametrize(
    ("ours", "as_written", "pieces"),
    [
        (
            unnumbered_line._PLACE_BEFORE_COMMUNE,
            unnumbered_line._PLACE_BEFORE_COMMUNE.pattern.replace(
                f",(?<=[{LOWER}{UPPER}],)", f"(?<=[{LOWER}{UPPER}]),", 1
            ),
            ["Couderc Albert", ", ", ",", "La Grange Haute", "Les Hauts", " Champs", " de la ", "Ussel", "1",
             " ", "\t", "\n", "é", "L'Ile", "Le", "a", "Z"],
        ),
        (
            establishment._HOSPITAL_ACRONYM,
            r"(?<![\w\-])(?:CH[A-Z]{1,4}|GH[A-Z]{1,4}|H[A-Z]{2,4})(?![\w\-])",
            ["C", "G", "H", "CH", "GH", "HTA", "A", "Z", "x", "-", "_", " ", "É", "1", "\n", "CHLS", "GHRM", "(", ")"],
        ),
        (
            establishment._ACRONYM_OF_A_TOWN,
            r"(?<![\w\-])(?P<acronym>[A-Z]{2,6})[ \t]+(?:de|d['’]|du)[ \t]*(?=[A-ZÀ-Þ])",
            ["C", "H", "CMCO", "IRR", "A", "x", "-", "_", " ", "\t", "de", " de ", "d'", "du ", "Lyon", "É", "\n"],
        ),
        (
            city._CITY_WITH_ARRONDISSEMENT,
            r"(?<![\w\-])(?P<city>Paris|PARIS|Lyon|LYON|Marseille|MARSEILLE)"
            r"(?=[ \t]+(?:[0-9]|[IVX]{1,5}(?:e|ème|er)))",
            ["Paris", "PARIS", "Lyon", "LYON", "Marseille", "MARSEILLE", "P", "L", "M", "aris", "yon", " ",
             "\t", "15", "8", "XVI", "e", "ème", "-", "x", "\n", "Pyon", "Maris"],
        ),
    ],
)  # fmt: skip
def test_patterns_opening_on_a_class_are_the_look_behinds(
    ours: re.Pattern[str], as_written: str, pieces: list[str]
) -> None:
    # the pattern as it was written, opening on a look-behind: the same matches and groups
    written = re.compile(as_written)
    for text in [*WRITTEN, *_texts(pieces, seed=17, count=8000)]:
        found = [(m.span(), m.groupdict()) for m in ours.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in written.finditer(text)], text


def test_url_matches_are_finditer() -> None:
    pieces = [
        "http", "https", "HTTPS", "ftp", "file", "://", "www", "WWW", ".", "..", "fr", "com", "gouv",
        "sante", "a", "b-c", "-", "@", " ", "\n", "/x", "?q=1", ":8080", "é", "_", "'", "«", "1", "(",
        ")", "x" * 63, "y" * 64,
    ]  # fmt: skip
    for text in [*WRITTEN, *_texts(pieces, seed=2)]:
        assert _spans(_url_matches(text)) == _spans(_URL.finditer(text)), text


def test_email_starts_hold_every_match() -> None:
    pieces = [
        "jean", ".", "dupont", "@", "@@", " ", "\n", "\u00a0", "[at]", "(AT)", "[arobase]", "(dot)",
        "[point]", "exemple", "fr", "com", "-", "é", "É", "'", "_", "%", "+", "1", ". ", "(", "[", "at",
    ]  # fmt: skip
    for text in [*WRITTEN, *_texts(pieces, seed=3)]:
        assert _spans(matches_at(_EMAIL, text, _email_starts(text))) == _spans(_EMAIL.finditer(text)), text


@pytest.mark.parametrize("before, after", [(24, 1), (6, 3)])
def test_english_windows_without_a_month_hold_no_date(before: int, after: int) -> None:
    pieces = [
        "March", "Mar", "May", "Sept", "September", "Sep.", "Marie", "Dec", "December", " ", "  ", "\t",
        "\n", "3", "14", "31", "1st", "3rd", ", ", "1950", "2020", "2019", "of", "le", "12/08/2022", "x",
    ]  # fmt: skip

    def scan(text: str, needed: re.Pattern[str] | None) -> list[tuple[int, int]]:
        hits = years._PREFILTER.finditer(text)
        return _spans(
            windowed_finditer(english.ENGLISH_DATE, text, hits, before=before, after=after, needed=needed)
        )

    for text in [*WRITTEN, *_texts(pieces, seed=4)]:
        assert scan(text, english._MONTH_START) == scan(text, None), text


def test_soft_breaks_are_finditer() -> None:
    # every white space that ``\s`` and ``str.isspace`` read, around line breaks and carriage returns
    pieces = ["a", "É", "1", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2028", "\x0c", "\x1c", "\x85"]
    written = ["", "\n", "a\nb", "a \t\r\nb", "a\n\nb", "a\n \nb", "a\r\rb", "\na", "a\n", "a \n \u00a0b"]
    for text in [*WRITTEN, *written, *_texts(pieces, seed=5, count=8000)]:
        assert list(wrapped._soft_breaks(text)) == _spans(wrapped._SOFT_BREAK.finditer(text)), text


def test_street_lines_without_number_are_finditer() -> None:
    pieces = [
        "La", "Ville", "Oger", "de", "la", "Les", "Quatre", " ", "\t", "\n", ",", ", ", ":", "(", "–",
        "22400", "12345", "1234", " Lamballe", "lamballe", "é", "Ab", "a",
    ]  # fmt: skip
    written = [
        "La Ville Oger, 22400 Lamballe-Armor\nLes Quatre Chemins, 85110 Chantonnay",
        "Adresse : Ferme de la Forge, 21000 Dijon, puis Le Bourg, 21000\nDijon",
    ]
    for text in [*WRITTEN, *written, *_texts(pieces, seed=6)]:
        found = _spans(UnnumberedLineRecogniser._matches(text))
        assert found == _spans(LINE_BEFORE_CODE.finditer(text)), text


def test_block_street_lines_are_finditer() -> None:
    pieces = [
        "Immeuble Le Diamant, ", "Résidence du Parc, bât. C, ", "Les Jardins ", "cours Napoléon", "Rue",
        "place du Marché", " allée des Pins", " Pins", "Oger", " ", "\t", "\n", "\n\n", ",", "\n20000 Ajaccio",
        "\n 13090 Aix", "\n1234 Aix", "20000 ", "ajaccio", "é", "a",
    ]  # fmt: skip
    written = [
        "Immeuble Le Diamant, cours Napoléon\n20000 Ajaccio",
        "place du Marché\n46100 Figeac\nrue des Pins\n13090 Aix\n13090 Aix",
    ]
    for text in [*WRITTEN, *written, *_texts(pieces, seed=15, count=8000, longest=18)]:
        found = _spans(block_street_lines(text))
        assert found == _spans(_BLOCK_STREET_LINE.finditer(text)), text


def test_glued_dates_prefilter_is_the_alternation() -> None:
    caps = glued_caps._CAPS
    alternation = re.compile(rf"{caps}{{2}}\d{{1,2}}/|/\d{{4}}{caps}{{2}}")
    pieces = ["A", "B", "É", "b", "1", "12", "2025", "\u0663", "/", " ", "\n", "AU", "DU", "BERNARD"]
    for text in [*WRITTEN, *_texts(pieces, seed=7, count=8000)]:
        assert (glued_caps._GLUE.search(text) is None) == (alternation.search(text) is None), text


def _readable(text: str, at: int) -> bool:
    """No letter, digit, « _ » or « - » right before ``at``: where a listed name can be read."""
    return not (at and (text[at - 1].isalnum() or text[at - 1] in "-_"))


def _at_every_readable_start(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The plain reading: the pattern tried at every position a name can be read, left to right."""
    every = (at for at in range(len(text)) if _readable(text, at))
    return [m.span() for m in matches_at(regex, text, every)]


def _at(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> list[tuple[int, int]]:
    readable = (at for at in starts if _readable(text, at))
    return [m.span() for m in matches_at(regex, text, readable)]


def test_lower_case_short_names_are_found_where_a_search_per_name_finds_them() -> None:
    """The names in lower case that can be read (no letter, digit, « _ » or « - » before them), tried at
    the words whose key opens one (:func:`establishment._name_starts`), are those a substring search for
    every name finds, in order."""
    names = establishment._lower_short_names()
    needles = Needles(names)

    def searched(text: str) -> list[tuple[int, int]]:
        return _at(establishment.LOWER_SHORT_NAME, text, needles.starts(text))

    def looked_up(text: str) -> list[tuple[int, int]]:
        return _at(establishment.LOWER_SHORT_NAME, text, establishment._name_starts(Document(text))[2])

    pieces = [*names[:30], " ", "-", "_", "a", "1", "\n", "é", "st ", "saint-", "\u0663", "ª", "(", "'"]
    for text in [*WRITTEN, "transférée à tenon puis à st joseph, urg de st-antoine", *_texts(pieces, seed=8)]:
        assert looked_up(text) == searched(text), text


def test_hospital_names_are_found_where_finditer_finds_them_in_both_readings() -> None:
    """The famous names, the short names and the short names in lower case, tried where the shared
    lookup says one may start (:func:`establishment._name_starts`), are what the patterns find tried at
    every position a name can be read, in the text and in its second reading (line breaks read as
    spaces) alike: the starts read off the text as written serve both (``doc.shared_by_readings``)."""
    famous = ["Gustave Roussy", "GUSTAVE ROUSSY", "La Timone", "Necker-Enfants malades", "Necker", "HEGP"]
    short = [*[n for n in establishment._short_names() if " " in n][:6], *establishment._short_names()[:20]]
    lower = [*[n for n in establishment._lower_short_names() if " " in n][:6], "tenon", "bichat", "la"]
    pieces = [*famous, *short, *lower, " ", "\n", "\r\n", "-", "_", "a", "1", "(", "'", "é", "X"]

    def readings(text: str) -> list[str]:
        unwrapped = wrapped.unwrap(text)
        return [text] if unwrapped is None else [text, unwrapped.text]

    for text in [*WRITTEN, "à Gustave\nRoussy puis à la\ntimone, urg de st\njoseph", *_texts(pieces, seed=9)]:
        found, short_at, lower_at = establishment._name_starts(Document(text))
        for t in readings(text):
            for regex, at in (
                (establishment.FAMOUS, found),
                (establishment.SHORT_NAME, short_at),
                (establishment.LOWER_SHORT_NAME, lower_at),
            ):
                assert _at(regex, t, at) == _at_every_readable_start(regex, t), t


def test_comma_rows_are_the_search_of_the_pattern() -> None:
    """A line of comma-separated cells, read with string methods, where the pattern finds one."""
    pieces = [",", ", ", ",,", "\n", "\r\n", "a", " ", "1", "\t", ";"]
    for text in [*WRITTEN, "41007745,2025-04-22,consultation", *_texts(pieces, seed=10)]:
        assert tables.has_comma_row(text) == (tables.COMMA_ROW.search(text) is not None), text


def test_email_separators_are_the_alternation() -> None:
    """« @ » or « [at] », « (arobase) »: the separator opening on a class finds what the alternation finds."""
    plain = re.compile(r"@|[\[(](?i:at|arobase)[\])]")
    pieces = ["@", "[", "(", "]", ")", "at", "AT", "arobase", "a", " ", "x@y", "[at]", "(AROBASE)"]
    for text in [*WRITTEN, *_texts(pieces, seed=11)]:
        assert _spans(_SEPARATOR.finditer(text)) == _spans(plain.finditer(text)), text


def test_digit_runs_of_the_second_reading_are_its_own() -> None:
    """The runs of digits of a second reading, taken from the text as written where no line break read
    as a space stands between digits, are those its own scan finds."""
    pieces = ["1", "23", "456", "2A", "2b", " ", "  ", "\n", "\r\n", " \n", "\n ", ".", "-", "a", "x"]
    for text in [
        *WRITTEN,
        "tél 01 23 45\n67 89 et 1 85 05 2A\r\n006 084 91",
        *_texts(pieces, seed=12, longest=24),
    ]:
        unwrapped = wrapped.unwrap(text)
        if unwrapped is None:
            continue
        second = Document(unwrapped.text, written=Document(text))
        assert atoms.digit_runs(second) == atoms._digit_runs(Document(unwrapped.text)), text


def test_letters_before_a_number_are_the_search_of_the_pattern() -> None:
    """The letters glued before a long number (or a capitals prefix and its dash), read backwards in
    Python, start where ``_LETTERS_BEFORE`` searched over the twenty characters before finds them."""

    def searched(text: str, start: int) -> int:
        found = unexplained._LETTERS_BEFORE.search(text, max(0, start - 20), start)
        return start if found is None else found.start()

    pieces = [
        "IPP", "ipp", "R", "AB", "ABCD", "é", "É", "ª", "²", "\u0663", "_", "-", "--", " ", "\n", "1",
        "2025", "x" * 12, "Z" * 5, "(", ":", "'", "E-", "NDA-", "Ⅻ", "ANTI-", "RDV-GE-",
    ]  # fmt: skip
    for text in [*WRITTEN, *_texts(pieces, seed=9)]:
        for start in range(len(text) + 1):
            assert unexplained._letters_before(text, start) == searched(text, start), (text, start)


def test_letter_and_word_classes_are_the_string_tests() -> None:
    """What ``_letters_before`` relies on, for every character: ``[^\\W\\d_]`` is ``isalnum() and not
    isdecimal()``, ``[\\w\\-]`` is ``isalnum()`` or « _ » or « - »."""
    letter, word = re.compile(r"[^\W\d_]"), re.compile(r"[\w\-]")
    for c in map(chr, range(0x110000)):
        assert (letter.match(c) is not None) == (c.isalnum() and not c.isdecimal()), hex(ord(c))
        assert (word.match(c) is not None) == (c.isalnum() or c in "_-"), hex(ord(c))
