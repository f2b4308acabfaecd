"""The detection engine: normalise, run every recogniser, find names, resolve overlaps.

Each text is read as written and, when it has line breaks between lines of text, a second time with
them as spaces (:mod:`egide.detect.wrapped`; only the paragraphs such a break joins): an entity
wrapped over two lines is found whole. Each
reading is a :class:`~egide.detect.document.Document`, made for this call and handed to every
recogniser: what they share (lower case, digit runs, words) lives in it and goes with it, so no
module-level cache or thread-local keeps a prompt after its call. When a text has stretches written
all in capitals or all in lower case, they are read once more with the letter case a usual text
would have (:mod:`egide.detect.recase`), by every recogniser but the site's own patterns
(:attr:`Detector.recased_readers`).

The gateway, the command line and batch jobs all call :meth:`Detector.detect` (one text) or
:meth:`Detector.detect_many` (a conversation or a document in parts, with names propagated across
parts). Everything heavy (the statistical model, the word lists) is loaded once, in ``__init__``.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Sequence

from egide.detect.appellations import drop_appellations
from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.document_years import drop_document_years
from egide.detect.finding import Finding
from egide.detect.legal_dates import drop_legal_dates
from egide.detect.name_birth_years import birth_years_after_names
from egide.detect.names import NameDetector, words
from egide.detect.names.before_birth_cue import names_before_birth_cues
from egide.detect.names.staff_initial import with_staff_initials
from egide.detect.names.tagger import NameTagger
from egide.detect.nobody import drop_nobodys_words
from egide.detect.normalise import Normalised, normalise
from egide.detect.organisations import drop_organisation_contacts
from egide.detect.overlap import resolve
from egide.detect.places import build_place_recognisers
from egide.detect.places.arrondissement import with_arrondissements
from egide.detect.places.department_number_after import department_numbers
from egide.detect.places.establishments_again import establishments_again
from egide.detect.places.letterhead_chain import chain_items
from egide.detect.places.postcode_after_address import postcodes_after_addresses
from egide.detect.places.residence_before_building import with_residence_names
from egide.detect.places.site_articles import with_site_articles
from egide.detect.places.specialty_only import drop_specialty_establishments
from egide.detect.places.tagger import PlaceTagger
from egide.detect.places.town_after_address import towns_after_addresses
from egide.detect.places.town_lists import towns_in_lists
from egide.detect.recase import recase
from egide.detect.recogniser import Recogniser
from egide.detect.recognisers.fr import build_recognisers
from egide.detect.recognisers.fr.site_patterns import SitePatternRecogniser
from egide.detect.row_birth_years import birth_years_in_rows
from egide.detect.study_periods import drop_study_periods
from egide.detect.weekday_ranges import drop_weekday_ranges
from egide.detect.wrapped import Unwrapped, unwrap
from egide.errors import DetectionError, DetectionTimeout

#: The recognisers that find numbers only: digits, and separators between them (spaces, dots, dashes,
#: slashes, brackets, a plus sign, the letters of a Corsican département, a NIR's « clé »). A number
#: they find across a line break read as a space is cut there between two of its groups, and the
#: group after the break opens on a digit (or a bracket, a plus sign, « clé »), or the one before it
#: ends on a digit and no word follows; the second reading does not ask them when no line break is
#: such a cut (:attr:`Unwrapped.joins_digits`). (Not a plate: « 1234⏎AB 75 ».)
DIGITS_ONLY = frozenset(
    {
        "fr.nir",
        "fr.rpps",
        "fr.adeli",
        "fr.finess",
        "fr.siret",
        "fr.bank_card",
        "fr.ipv4",
        "fr.phone",
        "fr.six_digit_phone",
        "fr.unexplained",
        "fr_date_numeric",
    }
)


#: The sources of the findings made after the rules' readings (which drop nobody's words themselves).
_LATE_SOURCES = frozenset({"propagation", "tagger", "place-tagger"})
_PLACE_LABELS = frozenset({"VILLE", "CODE_POSTAL"})


def _late_nobodys(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the late findings (propagation, taggers) that name nobody
    (:mod:`egide.detect.nobody`, :mod:`egide.detect.appellations`); the places found go with them as
    context (« Bettembourg (Luxembourg) »)."""
    late = [f for f in found if f.source in _LATE_SOURCES]
    if not late:
        return found
    kept = drop_nobodys_words(
        doc.text, drop_appellations(doc, [*late, *(f for f in found if f.label in _PLACE_LABELS)])
    )
    if len(kept) == len(late) + sum(1 for f in found if f.label in _PLACE_LABELS):
        return found
    left = {id(f) for f in kept}
    return [f for f in found if f.source not in _LATE_SOURCES or id(f) in left]


class Detector:
    """Finds what identifies a patient in French clinical text."""

    def __init__(self, config: DetectConfig | None = None) -> None:
        self.config = config or DetectConfig()
        self.recognisers: list[Recogniser] = [
            *build_recognisers(self.config),
            *build_place_recognisers(self.config),
        ]
        # What reads the re-cased text: the names and every recogniser but the establishment's own
        # patterns, written for its text as written (and bounded in time on it).
        self.recased_readers: list[Recogniser] = [
            r for r in self.recognisers if not isinstance(r, SitePatternRecogniser)
        ]
        self.names = NameDetector(self.config)
        # Each recogniser's ``may_match`` (see :func:`~egide.detect.recogniser.may_match`), or None:
        # looked up once here (a failed ``getattr`` raises and catches an exception each time).
        self._may_match = [getattr(r, "may_match", None) for r in self.recognisers]
        self._disabled = set(self.config.disabled_labels)
        self._digits_only = {k for k, r in enumerate(self.recognisers) if r.name in DIGITS_ONLY}
        # The trained second opinion on names (off by default). A weights file that cannot be read
        # does not stop the engine from starting: every detection then fails (closed), see detect_many.
        self.tagger: NameTagger | None = None
        self._tagger_error: Exception | None = None
        if self.config.use_tagger:
            try:
                self.tagger = NameTagger.load(self.config.tagger_threshold)
            except Exception as exc:  # a missing, truncated or malformed file
                self._tagger_error = exc
        # The trained second opinion on establishments and towns, likewise.
        self.place_tagger: PlaceTagger | None = None
        if self.config.use_place_tagger:
            try:
                self.place_tagger = PlaceTagger.load(self.config.place_tagger_threshold)
            except Exception as exc:
                self._tagger_error = exc

    def detect(self, text: str) -> list[Finding]:
        """Findings in ``text``, offsets in the original characters, sorted, overlaps resolved."""
        return self.detect_many([text])[0]

    def detect_many(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings for each text; a name found in one text is found in all of them.

        Raises :class:`DetectionTimeout` past the configured budget and :class:`DetectionError` when
        any part of the engine fails, so that callers can fail closed.
        """
        deadline = time.monotonic() + self.config.timeout_ms / 1000.0
        if self._tagger_error is not None:
            raise DetectionError(f"un marqueur entraîné est illisible ({type(self._tagger_error).__name__})")
        try:
            normalised = [normalise(t) for t in texts]
            docs = [Document(n.text) for n in normalised]
            per_text: list[list[Finding]] = []
            for doc in docs:
                wrapped = unwrap(doc.text)
                # The recognisers whose prefilter rules out the text and its second reading alike
                # (:func:`~egide.detect.recogniser.may_match`) are not asked in either.
                absent: set[int] | None = None if wrapped is None else set()
                found = self._read(doc, deadline, absent=absent)
                if wrapped is not None:
                    again = self._read_wrapped(doc, wrapped, deadline, absent)
                    found.extend(
                        wrapped.new_findings(
                            again,
                            found,
                            self.config.min_score,
                            lambda lines: self._read(Document(lines), deadline),
                        )
                    )
                recased = recase(doc.text)
                if recased is not None:
                    found = recased.merged(
                        found, lambda part: self._read(Document(part), deadline, self.recased_readers)
                    )
                per_text.append(found)
            per_text = self.names.propagate(docs, per_text)
            if self.tagger is not None:
                # after the rules and their propagation: it asks only about the words they left
                kept = self.config.min_score
                for doc, found in zip(docs, per_text, strict=True):
                    found.extend(self.tagger.find(doc.shared(words), [f for f in found if f.score >= kept]))
            if self.place_tagger is not None:
                kept = self.config.min_score
                for doc, found in zip(docs, per_text, strict=True):
                    added = self.place_tagger.find(
                        doc.shared(words), [f for f in found if f.score >= kept], doc.text
                    )
                    if added:
                        # a town in a company's contact (« Laboratoires Servier SA , … 92284 Suresnes »)
                        # is the company's, as the rules' findings there are: asked only when the
                        # tagger marked something, which few texts give it
                        left = set(drop_organisation_contacts(doc, [*found, *added], kept))
                        found.extend(f for f in added if f in left)
            # an establishment found once is found again by its own name (« EHPAD Les Tilleuls », then « l'IDEC
            # des Tilleuls »), across the texts as names are; then a site named by its place takes its article
            # (« à la Timone »)
            texts_read = [doc.text for doc in docs]
            per_text = establishments_again(texts_read, per_text, self.config.min_score)
            per_text = with_site_articles(texts_read, per_text, self.config.min_score)
            # the trained taggers and the propagation read after the rules: their findings too (and the
            # appellations' cheeses and waters, which the place tagger may read as towns)
            per_text = [_late_nobodys(doc, found) for doc, found in zip(docs, per_text, strict=True)]
        except DetectionError:
            raise
        except Exception as exc:  # any failure inside detection must fail closed, never pass text raw
            raise DetectionError(f"la détection a échoué ({type(exc).__name__})") from exc
        return self._mapped(normalised, per_text)

    def _read_wrapped(
        self, doc: Document, wrapped: Unwrapped, deadline: float, absent: set[int] | None
    ) -> list[Finding]:
        """The second reading of ``doc``: its paragraphs that hold a soft break, read with their line
        breaks as spaces (:meth:`Unwrapped.paragraphs`).

        Not asked there: the recognisers that the first reading ruled out (``absent``), those whose
        prefilter rules out these paragraphs, and, when no break has a digit beside it, those that
        read numbers only (:data:`DIGITS_ONLY`: a number they find across a line break is cut by it
        next to a digit).
        """
        paragraphs = wrapped.paragraphs(doc.text)
        skip = set(absent or ())
        if not wrapped.joins_digits:
            skip.update(self._digits_only)
        reading = Document(paragraphs.text, written=Document(paragraphs.written))
        return paragraphs.placed(self._read(reading, deadline, skip=skip, absent=set()))

    def _read(
        self,
        doc: Document,
        deadline: float,
        recognisers: Sequence[Recogniser] | None = None,
        *,
        absent: set[int] | None = None,
        skip: set[int] | None = None,
    ) -> list[Finding]:
        """The findings of ``recognisers`` (by default all of them) and the names in one reading of a
        normalised text.

        ``absent``: a set to which the positions (in :attr:`recognisers`) of the recognisers that
        cannot match this text nor its second reading are added, instead of asking them; ``skip``:
        such a set, from the first reading, when this is the second (their answer would be nothing).
        """
        found: list[Finding] = []
        for k, recogniser in enumerate(self.recognisers if recognisers is None else recognisers):
            if skip is not None and k in skip:
                continue
            if absent is not None and (check := self._may_match[k]) is not None and not check(doc):
                absent.add(k)
                continue
            found.extend(recogniser.find(doc))
            if time.monotonic() > deadline:
                raise DetectionTimeout("la détection a dépassé le délai imparti")
        # the other items of a letterhead's chain around an establishment found (its acronym, its site,
        # its town), before the names: they are no person's
        found.extend(chain_items(doc, found, self.config.min_score))
        # the département's number that closes an establishment's name (« GHT Atlantique 17 »)
        found.extend(department_numbers(doc, found, self.config.min_score))
        found.extend(self.names.find(doc, found))
        # « Bandeau : rouchaud kevin — né le … »: a name in lower case before a birth's cue
        found = names_before_birth_cues(doc.text, found)
        # « M. Coudert, cadre de santé »: « M. » before a carer's name, the first name's initial
        found = with_staff_initials(doc.text, found)
        # « B1  AZOULAY Sarah 1987  douleur abdo »: the year after a name opening its row, its birth
        found = birth_years_in_rows(doc, found)
        # « Mme LOPES Fernanda, 1940⏎ », « NGUYEN T.H. F 1947 »: the year after a patient's name, its birth
        found = birth_years_after_names(doc, found)
        # « 12 traverse des Lilas 13009⏎ »: the postcode alone closing an address; « PARIS 12E »
        found = with_arrondissements(doc.text, postcodes_after_addresses(doc.text, found))
        # « Les Hauts de Mazargues, bât 3, 84 av. … », « Lotissement …, rte de San Martinu »
        found = with_residence_names(doc.text, found)
        # « …, appt 24, Le Havre. »: the town closing an address's phrase after a comma
        found = towns_after_addresses(doc.text, found)
        # « Antennes : Millau · Decazeville »: a field's value that lists only towns
        found = towns_in_lists(doc.text, found)
        if time.monotonic() > deadline:
            raise DetectionTimeout("la détection a dépassé le délai imparti")
        # The date of a law or a decree, the years of a study or of a protocol's revision that name
        # nobody, are nobody's.
        found = drop_study_periods(doc, drop_legal_dates(doc, found), self.config.min_score)
        found = drop_document_years(doc, found)
        # A food named after its place (« fromage de Cantal », « eau de Vichy ») is nobody's.
        found = drop_appellations(doc, found)
        # A scale's name before its value, a guideline's society and years, a feast, a place said
        # figuratively, a classification named after its town, a product's batch: nobody's.
        found = drop_nobodys_words(doc.text, found)
        # A roster's range of days (« Mer–Jeu : … ») is nobody.
        found = drop_weekday_ranges(doc, found)
        # A company's telephone and address in a leaflet's list of representatives are nobody's.
        return drop_organisation_contacts(doc, found, self.config.min_score)

    def _mapped(self, normalised: Sequence[Normalised], per_text: list[list[Finding]]) -> list[list[Finding]]:
        """Findings kept by score and label, overlaps resolved, mapped back to the original text."""
        results: list[list[Finding]] = []
        for norm, found in zip(normalised, per_text, strict=True):
            kept = [f for f in found if f.score >= self.config.min_score and f.label not in self._disabled]
            # a unit said by its speciality (« – ORL », « LABORATOIRE DE BIOCHIMIE »), whoever took it for
            # an establishment, is nobody's
            kept = drop_specialty_establishments(norm.text, kept)
            mapped = []
            for f in resolve(kept):
                start, end = norm.to_original(f.start, f.end)
                if start == f.start and end == f.end:
                    mapped.append(f)  # the usual case: nothing was deleted before or inside it
                elif end > start:
                    mapped.append(f.shifted(start, end))
            # Two findings side by side in the normalised text can meet inside one original group
            # (« douze » read as « 12 », one finding on each digit): resolve them again, as written.
            if any(a.end > b.start for a, b in itertools.pairwise(mapped)):
                mapped = resolve(mapped)
            results.append(mapped)
        return results
