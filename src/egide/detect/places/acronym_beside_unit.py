"""ETABLISSEMENT: a hospital's acronym that no list holds, written beside the ward, the laboratory, the desk
or the speciality that belongs to it (« UF demandeuse : Hépato-gastro NHC », « LABO MICROBIO - HCC -
HEMOCULTURES », « Pédiatrie (AMH) », « nuit du 5 au 6 - gériatrie HCC - mr F. », « bureau des entrées NHC »,
« radiothérapie CHBA », « consult pedo-endoc JdF mardi », « Dr Braun, oncologue, HCC. », « MIR HTP box 12 »),
or signing an appointment's text message (« HCC: RDV le 09/12 10h30 Cs Rhumatologie »).

A hospital's team names its own hospital, and each of its sites, by two to five letters that only the town
knows (« NHC » Nouvel Hôpital Civil, « HTP » Hautepierre, « JdF » Jeanne de Flandre): no list can hold them
all. What they share is their place: right after a unit or a speciality (a ward's word, a clipped
speciality, a laboratory, a desk, a unit's own acronym such as « MIR » or « USIC »), in brackets after one,
after a practitioner's speciality and a comma, or before a dash and a unit (« NHC — Médecine interne B »), or after its listed hospital's acronym,
ending a label's item (« ÉTIQUETTE PRÉLÈVEMENT — HUS HTP »).
An acronym joined to one so found by a slash is the same chain's (« HUS / NHC »).

What stays in clear: the acronyms of medicine (examinations, scores, diseases, units' kinds: « IRM »,
« TDM », « BPCO », « HTA », « USIC », « HDJ », « SSR »), those of bodies and documents (« CPAM », « CRH »),
words in capitals (« SERVICE DE … », a line typed in capitals), and anything in the medical lexicon. An acronym
spelt with a capital after a small letter (« JdF ») must be three letters, its middle one small.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.names.medical_words import CLIPPED_SPECIALTIES, MEDICAL_WORDS
from egide.detect.names.medicines import laboratory_names, medicine_names
from egide.detect.places.acronym_with_site import NOT_AN_ESTABLISHMENT
from egide.detect.places.establishment import LISTED_ACRONYMS, STRUCTURE_ACRONYMS
from egide.detect.places.lexicon import commune_after, load_lexicon

SCORE = 0.75

# The acronym: two to five capitals, or a capital, a small letter and a capital (« JdF »).
_ACRONYM = r"(?:[A-Z]{2,5}|[A-Z][a-z][A-Z])"
# A ward's, a laboratory's or a desk's word, or a speciality written out or clipped (any case: a
# label's line is often typed in capitals). A kind after it may follow (« Médecine interne »,
# « chirurgie digestive »).
_UNIT = (
    # (no examination's ending, « -graphie », « -scopie »: an acronym in brackets after one is its own,
    # « photopléthysmographie (PPG) »)
    r"(?i:[\w-]*(?:logie|iatrie|urgie|th[ée]rapie|p[ée]die)"
    r"|urgences|urg|r[ée]a|r[ée]animation|maternit[ée]|m[ée]decine|chirurgie|chir|dialyse|h[ée]modialyse"
    r"|labo|laboratoire|microbio|bact[ée]rio|biochimie|h[ée]mato|viro|imagerie|pharmacie|bloc"
    r"|consult|consultations?|cs|secr[ée]tariat|accueil|admissions?|bureau[ \t]+des[ \t]+entr[ée]es"
    r"|salle[ \t]+de[ \t]+naissance|service|serv|unit[ée]|p[ôo]le|n[ée]onat|mater"
    r"|[a-zé]+-[a-zé]+)"  # a clipped compound (« hépato-gastro », « pedo-endoc »), checked in code
    # or a unit's own acronym (« MIR », « USIC », « SSR »)
    r"|MIR|USIC|USI|USC|UHCD|SSR|SMR|USLD|HDJ|UNV|SAU|SIR|ORL|HGE|CCV|RCP"
)
_KIND = r"(?:[ \t]+(?i:interne|polyvalente|g[ée]n[ée]rale|aigu[ëe]|adultes?|[a-zé]{3,}(?:ique|iques|ale|ales|ive|ives|aire|aires)))?"
# The unit, then a blank, a dash, a slash or an opening bracket, right before an acronym (read back from
# each acronym that may be a hospital's, on a few characters: no pass over the text per unit word).
_UNIT_BEFORE = re.compile(
    rf"(?<![\w\-])(?P<unit>{_UNIT}){_KIND}"
    # (or « du », « de l' »: « RCP de l'ICM », « urgences du HCC »)
    rf"(?P<sep>[ \t]+|[ \t]*[-–—/·][ \t]*|[ \t]*(?P<bracket>\()[ \t]*|[ \t]+(?i:du|de[ \t]+l['’])[ \t]*)\Z"
)
# The acronyms, each tried in turn (capitals are rare in a note: few tries).
_ACRONYM_AT = re.compile(rf"(?<![\w\-])(?P<acronym>{_ACRONYM})(?![\w\-'’])")
# A practitioner's speciality and a comma right before the acronym (« oncologue, HCC. »): where he works,
# the acronym ending its clause (``_CLAUSE_END_AFTER``).
_ROLE_BEFORE = re.compile(
    r"(?<![\w\-])(?i:[\w-]+(?:logue|iatre|chirurgien|chirurgienne)|interne|praticien)[ \t]*,[ \t]*\Z"
)
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.,;)\n]|\Z)")
# A dash, then a unit written out, after the acronym (« NHC — Médecine interne B »): a heading's chain.
_UNIT_AFTER = re.compile(
    r"[ \t]*[–—-][ \t]*"
    r"(?i:m[ée]decine|chirurgie|p[ée]diatrie|g[ée]riatrie|r[ée]animation|urgences|maternit[ée]|service"
    r"|laboratoire|[\w-]*(?:logie|iatrie|urgie))(?![\w])"
)
# A person's title before the acronym on its line (« Dr Pierre ROY — Cardiologie »): a surname in capitals.
_PERSON_BEFORE = re.compile(
    r"(?<![\w])(?:Dr|Pr|Docteur|Professeur|M\.|Mme|Mlle|Madame|Monsieur)\.?[ \t]+[^\n]{0,30}\Z"
)
# An appointment's text message signed by the hospital (« HCC: RDV le 09/12 »), at a line's or a cell's
# start.
_REMINDER_AFTER = re.compile(r"[ \t]*:[ \t]*(?i:rdv|rappel|votre[ \t]+(?:rdv|rendez-vous))(?![\w])")
# A listed hospital's acronym right before, the acronym ending its item (« ÉTIQUETTE — HUS HTP⏎ »): the
# site's after its hospital's, as a label prints them.
_HOSPITAL_BEFORE = re.compile(r"(?<![\w\-])(?P<acronym>[A-Z][A-Z\-]{1,5}[A-Z])[ \t]+\Z")
_ITEM_END_AFTER = re.compile(r"[ \t]*(?:\n|\Z|[–—|,;]|-[ \t])")
# Another acronym joined to one found by a slash (« HUS / NHC »): the same chain's.
_SLASHED_BEFORE = re.compile(rf"(?<![\w\-'’])(?P<acronym>{_ACRONYM})[ \t]*/[ \t]*\Z")
_SLASHED_AFTER = re.compile(rf"[ \t]*/[ \t]*(?P<acronym>{_ACRONYM})(?![\w\-'’])")

# Acronyms of medicine, care units, professions, bodies and documents that stand beside a unit's word in
# notes (« Cardiologie USIC », « Pneumologie HDJ », « dialyse DP », « radiothérapie IMRT »): none is a
# hospital's. (Compared in capitals.)
_MEDICAL_ACRONYMS = frozenset(
    """
    IRM TDM TEP ECG EEG EMG EFR ETT ETO RX ASP NFS CRP VS BNP PCT TSH INR TCA ECBU LCR PL FOGD TOGD
    BPCO HTA HTAP AVC AIT IDM SCA EP TVP IC ICA IRC IRA IRCT MRC DT DID DNID SEP SLA VIH VHB VHC VHA
    CHC OMS HAS ARS CPAM CNAM CNI MDPH CAF MSA CMU CSS AME ALD AT MP
    USIC USI USC UHCD UHTCD SSR SMR USLD HDJ HDS HC UNV UGA UCC UMG EMG EMSP EMASP USP UCSA UMD UMP
    SAU SAMU SMUR SDIS SOS PMI CMP CMPP CATTP HAD SSIAD EHPAD CSAPA CAARUD CMPR CRF MAS FAM IME ITEP
    ESAT UF UH PH CCA AHU IDE IBODE IADE IPA ASH AS AMP SF MR ARM PARM DR PR MT MG
    RCP CR CRO CRH CRU DMP DPI IPP NDA INS NIR RDV TEL FAX BIP
    ORL HGE CCV CMF CTCV MPR MCO SSPI DIM MIR SIR GHT CHU CHR CHRU CH GH
    IMRT VMAT SBRT RTE RCMI DP HD HDF EER FAV KT PICC PAC CVC VVP VVC
    ETP PCA PCEA APD ALR AG AL PENG FDG PPG
    ELSA EMPP EMGE EMSI ELIOS IDEC IDEL RPPS FINESS ADELI CEDEX BP CS FPU
    SDRA SDRC SAOS SAHOS IRAG OAP EI FA ACFA ICC IVG IVD IM IT RAO RM RT RP NSTEMI STEMI TC TCE PCI GCS
    NIHSS EVA EN VNI VAC VM OHD IOT SNG SAD SU PAS PAM FC FR SAT TA HBA LDL HDL TG AAP AVK AOD HBPM HNF
    ATB AINS IEC ARA BB DFG MDRD CKD PNN PNE GR GB HB HT VGM CCMH TCMH PLQ TP PSA ACE CA AFP LH FSH PTH
    GH ACTH ADH BU ECBC LBA PBR PBH EBUS EBV CMV HSV VZV VRS COVID IST MST TB BK BMR BHRE SARM SASM ERV
    EBLSE KPC SIDA HPV HHV LEMP SPA PPR LED SAPL GEM PAN EGFR ALK HER PDL TNM ECOG ASA NYHA DMLA GPAO
    OACR OVCR PIO AV OD OG ODG MAV RTU RTUP RTUV PTH PTG PTE LCA LLI DDB AEG PNP SGB CIDP MG DCI EPO
    TCC TSA TDAH TOC TED TCA TPB PTSD ESPT GHB THC LSD CBD DT IMC IMG IVG ISRS IRSNA ECT RTMS ETO
    UGA UMG UPG UHR UTEP UTIC USINV USIP USIN UMJ CUMP CRRA EMPR UCA UHSA UMO UAO UPOG UEROS SSIPR
    HDN HDT HTT CPRE CPRM PBD MICI RCH MC SII RGO UGD HH CHE NASH KT PICC DVE DVP
    DPCA DPA DPCC DPAC UAD UDM AD HDD HDL UHR HTO SMS
    DAN DU DIU MSP CPTS PTA DAC CLIC MAIA
    UE USA GB NB PS OK NON OUI
    """.replace("?", "").split()
)  # fmt: skip


@lru_cache(maxsize=4096)
def an_establishment_acronym(acronym: str) -> bool:
    """Whether ``acronym`` may be a hospital's: no acronym of medicine, of a body, no word (read by
    :mod:`egide.detect.places.establishments_again` too)."""
    key = acronym.upper()
    if key in _MEDICAL_ACRONYMS or key in STRUCTURE_ACRONYMS or key in NOT_AN_ESTABLISHMENT:
        return False
    low = acronym.lower()
    # (nor a laboratory's or a medicine's name: « GESTODENE-ETHINYLESTRADIOL TEVA », « L-THYROXINE SERB »)
    folded = fold(acronym)
    return not (
        low in MEDICAL_WORDS
        or low in CLIPPED_SPECIALTIES
        or is_common_word(low)
        or folded in laboratory_names()
        or folded in medicine_names()
    )


def _a_unit(unit: str) -> bool:
    """A clipped compound must be made of clipped specialities (« hépato-gastro », « pedo-endoc »), in
    capitals too (« HEPATO-GASTRO »; « GESTODENE-ETHINYLESTRADIOL », « L-THYROXINE » are medicines)."""
    if "-" not in unit:
        return True
    parts = fold(unit).split("-")
    return all(
        p in CLIPPED_SPECIALTIES or p in _CLIPPED_EXTRA or p.endswith(("logie", "iatrie", "urgie"))
        for p in parts
    )


# Clips that the shared list does not hold, as compounds write them (« pedo-endoc », « hépato-gastro »).
_CLIPPED_EXTRA = frozenset(
    {"hepato", "pedo", "pedia", "neuro", "endoc", "gastro", "onco", "hemato", "uro", "gyneco"}
)


class AcronymBesideUnitRecogniser:
    """ETABLISSEMENT: a hospital's unlisted acronym beside its unit, speciality or desk."""

    name = "fr_acronym_beside_unit"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        found: list[tuple[int, int]] = []
        for m in _ACRONYM_AT.finditer(text):
            acronym = m["acronym"]
            if not an_establishment_acronym(acronym):
                continue
            if _beside_a_unit(text, m.start(), m.end(), acronym) or _by_another_cue(text, m.start(), m.end()):
                found.append((m.start(), m.end()))
            elif (
                hospital := _HOSPITAL_BEFORE.search(text, max(0, m.start() - 10), m.start())
            ) is not None and (
                hospital["acronym"] in LISTED_ACRONYMS and _ITEM_END_AFTER.match(text, m.end())
            ):
                found.append((m.start(), m.end()))
                found.append((hospital.start("acronym"), hospital.end("acronym")))
        chained: list[tuple[int, int]] = []
        for start, end in found:
            before = _SLASHED_BEFORE.search(text, max(0, start - 12), start)
            if before is not None and an_establishment_acronym(before["acronym"]):
                chained.append((before.start("acronym"), before.end("acronym")))
            after = _SLASHED_AFTER.match(text, end)
            if after is not None and an_establishment_acronym(after["acronym"]):
                chained.append((after.start("acronym"), after.end("acronym")))
        lexicon = load_lexicon()
        for start, end in sorted(set(found) | set(chained)):
            # its site's town after it is the name's (« dialyse AUB Vannes »)
            if text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
                town = commune_after(lexicon, text, end + 1, min(len(text), end + 40))
                if town is not None and text[town[0] - 1].islower() and not town[1].ambiguous:
                    end = town[0]
            yield Finding(start, end, Label.ETABLISSEMENT, SCORE, self.name)


def _beside_a_unit(text: str, start: int, end: int, acronym: str) -> bool:
    """A unit's or a speciality's word right before the acronym (or before its bracket)."""
    unit = _UNIT_BEFORE.search(text, max(0, start - 48), start)
    if unit is None or not _a_unit(unit["unit"]):
        return False
    if unit["bracket"] and (
        not re.match(r"[ \t]*\)", text[end : end + 4]) or fold(unit["unit"])[:1] == acronym[:1].lower()
    ):
        return False  # (an unclosed bracket, or a definition: « addictologie (ALD) »)
    if acronym.isupper() and unit["unit"].isupper() and not _in_mixed_case(text, start):
        # a line typed in capitals: its words are capitals too (« BIOCHIMIE SANG »), unless the acronym
        # stands between dashes as an item of its own (« LABO MICROBIO - HCC - »)
        sep = unit["sep"].strip(" \t")
        next_mark = text[end : end + 3].strip(" \t")[:1]
        return bool(sep and sep in "-–—/" and next_mark and next_mark in "-–—/")
    return True


def _by_another_cue(text: str, start: int, end: int) -> bool:
    """A practitioner's speciality and a comma before, a dash and a unit after, or an appointment's
    reminder after at a line's or a cell's start."""
    if _ROLE_BEFORE.search(text, max(0, start - 40), start) and _CLAUSE_END_AFTER.match(text, end):
        return True
    if _UNIT_AFTER.match(text, end) and not _PERSON_BEFORE.search(text, max(0, start - 40), start):
        return True
    return (start == 0 or text[start - 1] in "\t\n") and _REMINDER_AFTER.match(text, end) is not None


def _in_mixed_case(text: str, at: int) -> bool:
    """The line of ``at`` holds small letters (a dozen within 80 characters): it is not typed in capitals."""
    line_start = text.rfind("\n", max(0, at - 80), at) + 1
    line_end = text.find("\n", at, at + 80)
    line = text[max(line_start, at - 80) : line_end if line_end >= 0 else at + 80]
    return sum(c.islower() for c in line) >= 12
