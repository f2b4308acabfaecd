"""Person names: structure + lists + context + a statistical model + document-level propagation.

:class:`NameDetector` is what the engine calls. The pieces, each in its own module:

- :mod:`tokens` splits text into words with their case shape;
- :mod:`hl7_codes` keeps the routing, authority and location codes of an HL7 message from the lists
  and the model (« CHRN », « DPI », « GERIA »);
- :mod:`tables` reads the cells of columns headed « Nom », « Prénom », « Patient »…, and the columns the
  rows say are the names' (a bed board aligned with spaces too);
- :mod:`keyed_dumps` reads the values of a field dump's name keys (« PAT.NOM=LACOMBE|PAT.PNOM=Élodie »);
- :mod:`newborn_bands` reads a newborn's band (« TERIITAHI bébé de Vaimiti »);
- :mod:`rules` gathers :mod:`context` (titles, header labels, « épouse/née », kinship, care-note
  phrases) and :mod:`lists` (the word lists of :mod:`lexicon`, built by
  ``scripts/build_name_lists.py``), both reading names with :mod:`reader`;
- :mod:`cues`, :mod:`medical_words` hold the context words and the clinical words that are no names;
- :mod:`eponyms` keeps « maladie de Parkinson » or « signe de Babinski » in the text;
- :mod:`acronyms` keeps the abbreviations the text defines (« ( dite TIH ) ») from every rule but a
  title;
- :mod:`medicines` keeps medicines, substances and laboratories (« sous Tysabri ») from the lists
  and the model;
- :mod:`model` scores the capitalised words nothing else resolved (switched off by
  ``DetectConfig.use_model``);
- :mod:`middle_names` adds the given name after a Vietnamese middle name (« NGUYEN Thi Mai »);
- :mod:`hmong_names` adds the given name after a Hmong clan name (« Thao Pa Nhia »);
- :mod:`coordination` adds the other items of a list holding a name (« Glatigny, Cuzol, Gidel »);
- :mod:`arrow_lists` adds the other patients of a handover list (« Masson → TDM ; da silva → avis »);
- :mod:`country_codes` reads the athletes of a result before their country's code (« Pogacar (SLO) »);
- :mod:`drop_caps` adds the given name whose drop cap the OCR lost (« AUL LANGEVIN »);
- :mod:`inner_particles` makes one name of a given name, a particle and a surname (« Rose de Roquefer »);
- :mod:`propagate` finds, in every text of a conversation, the other occurrences of a name;
- :mod:`own_initials` reads the initials that sign a letter with a name the text gives in full (« TLN »).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.acronyms import defined_acronyms
from egide.detect.names.adjacent_parts import with_adjacent_parts
from egide.detect.names.after_indefinite_article import after_an_indefinite_article
from egide.detect.names.arrow_lists import arrow_list_names, may_hold_arrows
from egide.detect.names.before_age import names_before_age
from egide.detect.names.bracketed_credits import credited_in_brackets
from egide.detect.names.common_senses import is_common_sense
from egide.detect.names.country_codes import before_country_codes
from egide.detect.names.drop_caps import drop_cap_names, with_lost_drop_caps
from egide.detect.names.file_names import with_file_name_initials
from egide.detect.names.hl7_codes import code_spans
from egide.detect.names.hmong_names import with_hmong_given_name
from egide.detect.names.identifier_labels import without_identifier_labels, without_leading_header_label
from egide.detect.names.initial_after import with_initial_after
from egide.detect.names.initials_before import with_initials_before
from egide.detect.names.inner_particles import joined_by_particles, with_particles_seen
from egide.detect.names.keyed_dumps import dump_names
from egide.detect.names.lands_after_en import lands_after_en
from egide.detect.names.lexicon import is_first_name, is_surname
from egide.detect.names.lists import abbreviated_word, bypass_graft, value_letter
from egide.detect.names.medical_words import INSURANCE_PROGRAMMES, ORGANISATION_ACRONYMS
from egide.detect.names.medicines import MedicineVeto
from egide.detect.names.message_signatures import signing_names
from egide.detect.names.middle_names import with_given_name
from egide.detect.names.model import full_name
from egide.detect.names.newborn_bands import newborn_band_names
from egide.detect.names.next_label import without_next_label
from egide.detect.names.offices_after import with_offices_after
from egide.detect.names.own_initials import with_own_initials
from egide.detect.names.particles import with_opening_particle, with_particles
from egide.detect.names.propagate import propagate
from egide.detect.names.public_bodies import public_body_words
from egide.detect.names.role_signatures import names_before_roles
from egide.detect.names.role_span import with_role_titles
from egide.detect.names.roster_shifts import roster_contact_names, roster_names
from egide.detect.names.rules import Lexicon, Rules, Span
from egide.detect.names.section_abbreviations import section_abbreviations
from egide.detect.names.sign_offs import is_sign_off
from egide.detect.names.structures import is_firm_kin, is_structure_acronym
from egide.detect.names.tables import headerless_column_names, table_spans
from egide.detect.names.tokens import Token
from egide.detect.names.tokens import words as words  # (re-exported: the key of ``doc.shared``)
from egide.detect.names.weekday_labels import weekday_labels

# Findings of other recognisers that already cover a word: the word is not looked at again.
_NOT_NAME_LABELS = frozenset(
    {Label.EMAIL, Label.URL, Label.ADRESSE, Label.VILLE, Label.ETABLISSEMENT, Label.CODE_POSTAL}
)


class NameDetector:
    """Finds person names in normalised text. Everything is loaded once, here."""

    def __init__(self, config: DetectConfig) -> None:
        self.config = config
        self.lexicon = Lexicon()
        self.rules = Rules(self.lexicon)
        self.medicines = MedicineVeto(self.lexicon)
        self.model = None
        if config.use_model:
            from egide.detect.names.model import NameModel

            self.model = NameModel.load(self.lexicon)

    def find(self, doc: Document, known: Sequence[Finding]) -> list[Finding]:
        """Person names in a normalised document; ``known`` are the findings of the other recognisers."""
        toks = doc.shared(words)  # kept in the document for propagate(), which the engine calls next
        text = doc.text
        if not toks:
            return []
        spans, taken = self.before_model(text, toks, known)
        # « Bises, T. », « faxée. — É. », « cordialement séverine »: who signs a message at its end
        signed = signing_names(toks, taken, self.lexicon)
        signed.extend(names_before_roles(toks, taken, self.lexicon))  # « … réservée. Aude IDE »
        for s in signed:
            taken[s.first] = True
        spans.extend(signed)
        # « Nuit : Jégat »: the carers of a roster's shift line, a surname alone
        rostered = roster_names(toks, taken)
        for s in rostered:
            taken[s.first] = True
        spans.extend(rostered)
        # « TERIITAHI bébé de Vaimiti »: a newborn's band, the family name and the mother's
        banded = newborn_band_names(toks, taken, self.lexicon)
        for s in banded:
            taken[s.first] = True
        spans.extend(banded)
        # « CHU Limoges / mbappe jean-eudes 52a »: the lower-case name right before a short age
        aged = names_before_age(toks, taken)
        for s in aged:
            taken[s.first] = taken[s.first + 1] = True
        spans.extend(aged)
        if self.model is not None:
            named = [False] * len(toks)
            for s in spans:
                for k in range(s.first, s.last):
                    named[k] = True
            model = [
                s
                for s in self.model.find(toks, taken, named)
                if (full_name(toks, s, self.lexicon) or not self.rules.excluded(toks, s.first))
                # « dermabrasions genou G. Abdomen souple »: a side or a grade closing a clause, then the
                # next sentence's first word, no initial and surname (the lists read it so too)
                and not _after_a_value_letter(toks, s, self.lexicon)
                # « comme une Bérézina »: no person takes an indefinite article
                and not after_an_indefinite_article(toks, s)
            ]
            spans.extend(model)
            for s in model:
                for k in range(s.first, s.last):
                    taken[k] = True
        # « AUL LANGEVAL n'est plus »: a given name cut of its drop cap, then a surname nothing found
        dropped = drop_cap_names(toks, taken, self.lexicon)
        for s in dropped:
            taken[s.first : s.last] = [True] * (s.last - s.first)
        spans.extend(dropped)
        if spans:  # « Glatigny, Cuzol, Gidel », « Roux (Marie) »: around a name, more names
            # « (Yannick [Warlock]) »: the whole name first, for the lists and brackets that count names
            spans = with_adjacent_parts(toks, spans, taken, self.rules)
            spans.extend(self.rules.bracketed_first_names(toks, spans, taken))
            spans.extend(self.rules.bracketed_surnames(toks, spans, taken))
            spans.extend(self.rules.bracketed_lower_first_names(toks, spans, taken))
            # « Thrills (Ancliffe) ; My Lady Dainty (Hesse) »: a text that writes people in brackets
            spans.extend(credited_in_brackets(toks, spans, taken, self.rules))
            spans.extend(self.rules.coordinated(toks, spans, taken))
            if may_hold_arrows(text):  # « Masson → TDM OK ; da silva → avis »: a handover's patients
                spans.extend(arrow_list_names(toks, spans, taken))
            # « ADMISSION⇥rivière⇥Louise »: the column that holds names in the rows around
            spans.extend(headerless_column_names(text, toks, spans, taken, self.lexicon))
            # « Chir. dig. : Loup – 06 31 … »: the name alone where the roster's other lines name their carers
            spans.extend(roster_contact_names(text, toks, spans, taken, self.lexicon))
            # « de [Ben] Harrisson et »: again, beside the names the lists added
            spans = with_adjacent_parts(toks, spans, taken, self.rules)
            # « [Rose] de [Roquefer] », « [Anna] de Noailles »: a particle inside one name
            spans = joined_by_particles(toks, spans, taken, self.rules)
            # « AUL [LANGEVIN] n'est plus »: the given name whose drop cap the OCR lost
            spans = with_lost_drop_caps(toks, spans, self.lexicon)
        # « Nom : Durand | Prénom : Paul »: the next field's label ends a name and is none
        spans = [t for s in spans if (t := without_next_label(toks, s)) is not None]
        # « HADDOU Soukaina  IPP mère 8 0 0 … », « M⏎IPP 5400… »: a number's label ends a name and is none
        spans = [t for s in spans if (t := without_identifier_labels(toks, s)) is not None]
        # « internes : [PATIENT TEST] »: a header's label in capitals opening a name is none
        spans = [t for s in spans if (t := without_leading_header_label(toks, s)) is not None]
        # « CAARUD (boutique) », « Un PASA est proposé »: a kind of care structure, no person
        spans = [s for s in spans if not is_structure_acronym(toks, s)]
        # « Kieffer & Fils », « Bouchard et Frères »: the end of a family firm's name, no person
        spans = [s for s in spans if not is_firm_kin(toks, s)]
        # « Best regards, »: a foreign sign-off's first word, no person
        spans = [s for s in spans if not is_sign_off(toks, s)]
        # « Braden 13 », « planning de Noël », « une vraie Bérézina », « selon Te Linde », « 5 | libre »
        spans = [s for s in spans if not is_common_sense(toks, s)]
        named = [False] * len(toks)
        for s in spans:
            for k in range(s.first, s.last):
                named[k] = True
        return [
            _finding(
                toks,
                _with_trailing_initial(
                    toks, _with_initials(toks, _with_particles(toks, with_given_names(toks, s, named), named))
                ),
            )
            for s in spans
        ]

    def before_model(
        self, text: str, toks: list[Token], known: Sequence[Finding]
    ) -> tuple[list[Span], list[bool]]:
        """The names the tables, the context and the lists find, and the words nothing is to look at
        again (theirs and other recognisers'): what the model is then asked about. The training
        script reads its examples through here, so the model learns on the words it will be shown."""
        taken = _covered(toks, known)
        for k in _regions_of_places(text, toks, known):
            taken[k] = True
        if " en " in text:  # « vendanges en Champagne »: a land, which the lists read as a surname
            for k in lands_after_en(toks):
                taken[k] = True
        codes = _hl7_codes(text, toks)
        for k in codes:  # « MSH|…|LABO|CHR_NORD|DPI|CHRN| », « GERIA^212^1 »: a system's codes
            taken[k] = True
        # A column headed « Nom » says its cells are names, even where a place was read (« Rivière »)
        spans, labels = table_spans(text, toks, self.lexicon)
        for k in labels:  # « | Nom | Prénom | Âge | »: a table's headers and labels are no names
            taken[k] = True
        # « PAT.NOM=LACOMBE|PAT.PNOM=Élodie »: a field dump's keys are no names, its name keys' values are
        dumped, keys = dump_names(text, toks)
        for k in keys:
            taken[k] = True
        spans.extend(dumped)
        context = self.rules.by_context(toks)
        if codes:
            context = [
                s
                for s in context
                if not all(k in codes for k in range(s.first, s.last)) or s.source == "title"
            ]
        acronyms = defined_acronyms(toks)
        if acronyms:
            # « ( dite TIH ) », « de la transcriptase inverse ( INTI ) », then « des INTI »: the
            # abbreviation the text defines, no person (a title still makes one: « M. INTI »)
            context = [s for s in context if not _an_acronym(toks, s, acronyms)]
            for k, t in enumerate(toks):
                if t.text in acronyms:
                    taken[k] = True
        spans.extend(_outside(context, spans) if spans else context)
        for s in spans:
            for k in range(s.first, s.last):
                taken[k] = True
        self.medicines.mark(toks, taken)  # « sous Tysabri »: no list or model name, a title still is
        # « Lun  Dr J. Kempf », « Ven–Dim »: a roster's days; « Ant. | 12.06.2026 »: a section's heading;
        # « Conseil de la Vie Sociale »: a body of the home or of the public services
        for k in (*weekday_labels(toks), *section_abbreviations(toks), *public_body_words(toks)):
            taken[k] = True
        for k, t in enumerate(toks):
            if t.gap_after[:1] == "." and abbreviated_word(toks, k, k + 1):
                taken[k] = True  # « Méd. resp. »: a banner's label cut short, for the lists and the model
            elif t.shape == "U" and bypass_graft(t.key):
                taken[k] = True  # « pontage AMI-IVA »: a graft and its artery, for the model too
            elif t.shape == "U" and t.key in ORGANISATION_ACRONYMS:
                taken[k] = True  # « (ELSA) », « UDAF de la Somme »: a care team, an association
            elif t.shape == "U" and t.key in INSURANCE_PROGRAMMES and not _name_beside(toks, k, self.lexicon):
                taken[k] = True  # « via PRADO orthopédie », « flux NOEMIE »: the health insurance's
        spans.extend(self.rules.by_lists(toks, taken))
        for s in spans:
            for k in range(s.first, s.last):
                taken[k] = True
        if "(" in text:  # « 1. Pogacar (SLO) ; 2. Vingegaard (DEN) »: an athlete, then the country
            athletes = before_country_codes(toks, taken, self.lexicon)
            spans.extend(athletes)
            for s in athletes:
                for k in range(s.first, s.last):
                    taken[k] = True
        return spans, taken

    def propagate(self, docs: Sequence[Document], findings: list[list[Finding]]) -> list[list[Finding]]:
        """Add every other occurrence, in any of ``docs``, of a name found once; each started on the
        rank written before it (« général Campenon »)."""
        toks = [d.shared(words) for d in docs]
        found = propagate([d.text for d in docs], findings, self.rules, toks, self.config.min_score)
        found = with_particles_seen(toks, found)  # « général de Gaulle », then « protégé [de Gaulle] »
        # « TLN », « J.-B. O. » at a letter's end: the initials of a name the text gives in full
        # « VIGUIER P. », « Le Floch A. »: the given name's initial after a surname a list writes first
        # « [S. Exc. M. Buffard] », « l'[honorable M. X] »: an honorific before the name, with the ranks
        # « M. [Monier, juge d'instruction] »: an office after the name and a comma, masked with it
        return [
            with_offices_after(
                t,
                with_initial_after(
                    t,
                    with_own_initials(
                        d.text,
                        t,
                        with_file_name_initials(t, with_initials_before(t, with_role_titles(t, f))),
                    ),
                ),
            )
            for d, t, f in zip(docs, toks, found, strict=True)
        ]


def with_given_names(toks: list[Token], span: Span, named: list[bool]) -> Span:
    """The span with the given name that a Vietnamese middle name or a Hmong clan name ending it announces."""
    return with_hmong_given_name(toks, with_given_name(toks, span, named), named)


# A bracket right after a town, holding a word or two: its country or its region (« Koutaïssi (Géorgie) »,
# « Eymet (Dordogne) »).
_REGION_AFTER = re.compile(r"[ \t]*\([ \t]*[^\W\d_][^()\n\d]{1,30}\)")


def _regions_of_places(text: str, toks: list[Token], known: Sequence[Finding]) -> list[int]:
    """The words in a bracket right after a town that another recogniser found: the place's country
    or region, which the lists would read as a first name (« Géorgie »)."""
    starts = [t.start for t in toks]
    inside: list[int] = []
    for f in known:
        if f.label != Label.VILLE:
            continue
        m = _REGION_AFTER.match(text, f.end)
        if m is None:
            continue
        k = bisect.bisect_left(starts, f.end)
        words_inside = []
        while k < len(toks) and toks[k].end <= m.end():
            words_inside.append(k)
            k += 1
        # (« Lyon (Paul) »: a word both a first name and a surname may be a relative, and stays read)
        if len(words_inside) <= 3 and not any(
            is_first_name(toks[w].text) and is_surname(toks[w].text) for w in words_inside
        ):
            inside.extend(words_inside)
    return inside


def _hl7_codes(text: str, toks: list[Token]) -> set[int]:
    """The words inside the routing, authority and location codes of an HL7 v2 message."""
    spans = list(code_spans(text)) if "|" in text else []
    if not spans:
        return set()
    starts = [t.start for t in toks]
    inside: set[int] = set()
    for a, b in spans:
        k = bisect.bisect_left(starts, a)
        while k < len(toks) and toks[k].end <= b:
            inside.add(k)
            k += 1
    return inside


def _after_a_value_letter(toks: list[Token], s: Span, lexicon: Lexicon) -> bool:
    """The span opens on a side, a grade or a value closing a clause (« genou G. »), or right after one,
    on a word the lists hold as no name: the next sentence's first word (« Abdomen souple »)."""
    first = s.first + 1 if value_letter(toks, s.first) and s.last > s.first + 1 else s.first
    return first > 0 and value_letter(toks, first - 1) and not lexicon.in_lists(toks[first])


def _covered(toks: list[Token], known: Sequence[Finding]) -> list[bool]:
    """Words inside a finding of another recogniser that is not a name (an e-mail, an address)."""
    taken = [False] * len(toks)
    others = sorted((f.start, f.end) for f in known if f.label in _NOT_NAME_LABELS)
    if not others:
        return taken
    k = 0
    for start, end in others:
        while k < len(toks) and toks[k].end <= start:
            k += 1
        j = k
        while j < len(toks) and toks[j].start < end:
            if toks[j].start >= start and toks[j].end <= end:
                taken[j] = True
            j += 1
    return taken


def _an_acronym(toks: list[Token], span: Span, acronyms: frozenset[str]) -> bool:
    """The span is one of the text's defined acronyms, not after a title."""
    return span.last == span.first + 1 and toks[span.first].text in acronyms and span.source != "title"


def _outside(spans: list[Span], cells: list[Span]) -> list[Span]:
    """``spans`` but those inside one of ``cells`` (both in text order)."""
    covered = {k for c in cells for k in range(c.first, c.last)}
    return [s for s in spans if not all(k in covered for k in range(s.first, s.last))]


# What may stand right before an initial: a space, a bracket, a line end, the dot or hyphen of another
# initial, and the punctuation that OCR'd press glues to the next word (« Bernard,J. André », « ;P.
# Monteux », « ?J. Simonot », « journalis¬W. Churchill »: the space lost, or two columns side by side).
_BEFORE_INITIAL = frozenset({" ", "(", "\n", ".", "-", ",", ";", ":", "?", "!", "\u00ac"})


def _with_initials(toks: list[Token], span: Span) -> Span:
    """The span with the initials written right before it (« E. Dieudonné », « J.-H. Rosny »)."""
    k = span.first
    if _lower_initial_before(toks, k):
        return Span(k - 1, span.last, span.score, span.source)
    while (
        k > 0
        and span.first - k < 3
        and toks[k - 1].shape == "I"
        and toks[k].gap_before.strip(" ") in {".", ".-"}
        and "\n" not in toks[k].gap_before
        and (k - 1 == 0 or toks[k - 1].gap_before[-1:] in _BEFORE_INITIAL)
        # « M. Dupont »: a title, not an initial; glued to the surname, an initial (« | M.Técher | »)
        and (toks[k - 1].key not in {"m", "s"} or _glued_in_a_cell(toks, k - 1))
    ):
        k -= 1
    return span if k == span.first else Span(k, span.last, span.score, span.source)


# Letters that, small and with a dot, are no one's initial: a page, a metre, a saint, « c.-à-d. »,
# « e. coli », and the words « a », « y », « o ».
_NOT_LOWER_INITIALS = frozenset("aeyopmsc")


def _lower_initial_before(toks: list[Token], k: int) -> bool:
    """« vu par t. boyer (interne) »: a note typed all in lower case writes the first name's initial so
    too; a small letter and its dot, after a space or a line's start, right before a name found in
    lower case."""
    if k == 0 or toks[k].shape != "L" or toks[k].gap_before != ". ":
        return False
    initial = toks[k - 1]
    return (
        len(initial.text) == 1
        and initial.shape == "L"
        and initial.key not in _NOT_LOWER_INITIALS
        and (k - 1 == 0 or initial.gap_before[-1:] in {" ", "\n", "("})
    )


def _glued_in_a_cell(toks: list[Token], k: int) -> bool:
    """Token ``k`` is « M » glued by its dot to the name after it, opening a table's cell (« | M.Técher | »):
    the initial of a first name, as a register writes the staff (in prose « M.Dupont » is a title)."""
    return toks[k].text == "M" and toks[k + 1].gap_before == "." and toks[k].cell_start


# What may follow the initial that ends a field: the line's or text's end, a separator, a wide gap.
# Not a dot: « A. PICCARD W. GERLACH », the initial opens the next name. A dash between spaces ends a
# field too (« CHU — Orbis — ESCANDE L — 1/1 », a page footer or header that prints the user or the
# patient), and so does a number that is a date or a page (« PELTIER G 030545 » on a tube's label,
# « MOREL J 12/03/1950 », « GIRAUD P 2/3 »); not a bare number, which a sentence goes on with
# (« QUESNEL B 10 h »: a room, a time).
_AFTER_TRAILING_INITIAL = re.compile(
    r"(?:$|\n|[ \t]*[,;|)/]|[ \t]{2,}|[ \t][-–—][ \t]|[ \t](?:[0-9]{6}|[0-9]{8})(?![0-9])"
    r"|[ \t][0-9]{1,2}[/.][0-9])"
)
# The two letters French clips a given name to (« Ch. » Christophe, Charlotte; « Ph. » Philippe; « Th. »
# Thierry; « Fr. » François; « Cl. » Claude; « St. » Stéphane; « Gh. » Ghislaine), folded.
_CLIPPED_GIVEN = frozenset({"ch", "ph", "th", "fr", "cl", "st", "gh"})


def _with_trailing_initial(toks: list[Token], span: Span) -> Span:
    """The span with the first name's initial written after a surname in capitals, the way banners,
    exports and DICOM fields write it (« Médecin : DUBOIS M », « LEBRUN T », « DUBOIS^M »): one capital
    letter, one space after the surname, then the field ends."""
    k = span.last
    if k >= len(toks) or toks[k - 1].shape != "U" or len(toks[k - 1].text) < 2:
        return span
    initial = toks[k]
    if initial.gap_before != " ":
        return span
    if initial.shape == "C" and initial.key in _CLIPPED_GIVEN and initial.gap_after[:1] == ".":
        # « BRUNEAU Ch. », « MARCHAND Ph. »: a given name clipped to its first two letters and a dot, as
        # a dispensing register or a list writes it (not a room: no number follows)
        if _AFTER_TRAILING_INITIAL.match(initial.gap_after, 1):
            return Span(span.first, k + 1, span.score, span.source)
        return span
    if initial.shape != "I" or initial.key in {"a", "y", "o"}:
        return span
    if not _AFTER_TRAILING_INITIAL.match(initial.gap_after):
        return span
    return Span(span.first, k + 1, span.score, span.source)


def _with_particles(toks: list[Token], span: Span, named: list[bool]) -> Span:
    """The span with the particles written right before it (« dit van Luyten », « et Le Huéron »)."""
    first = with_particles(toks, span.first, named)
    if first == span.first:
        first = with_opening_particle(toks, span.first, span.last, named)
    return span if first == span.first else Span(first, span.last, span.score, span.source)


def _finding(toks: list[Token], span: Span) -> Finding:
    return Finding(toks[span.first].start, toks[span.last - 1].end, Label.NOM, span.score, span.source)


def _name_beside(toks: list[Token], k: int, lexicon: Lexicon) -> bool:
    """A word in capitals or capitalised, no common word, right beside token ``k`` on its line (one
    space between): « MARTIN NOEMIE » in a banner, where the programme's letters are a first name."""
    for j in (k - 1, k + 1):
        if not 0 <= j < len(toks):
            continue
        gap = toks[k].gap_before if j < k else toks[k].gap_after
        if gap == " " and toks[j].shape in "UC" and not lexicon.is_common(toks[j]):
            return True
    return False
