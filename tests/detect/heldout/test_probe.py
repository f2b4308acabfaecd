"""The held-out probe (issue 8), run through the whole engine.

In ``bench/corpus/heldout/`` (:mod:`bench.corpus.probe`), ``probe.txt``, ``probe2.txt`` and
``probe3.txt`` hold invented snippets in voices the engine was not written against (a DIM export, a secretary's letter, a nurse's transmission, an OCR'd form, an ambulance slip, HL7 and
CSV rows, an on-call list…); ``probe_traps.txt`` the same voices without any identifier. Unlike the
red-team set, a snippet is not asserted one by one: the probe measures families, and what it still
misses is reported (``pytest -s`` prints the recall per label and the misses). The floors below are
just under the figures measured once the fixes made for the probe landed; they may only rise.

``probe4.txt`` is held to floors of its own: it was written and measured before any engine change of
its session (94.5 % of spans, 76.8 % of snippets: the honest estimate of the hidden set), and the
floors below it are just under what it measures after the fixes of that session (98.3 %, 92.0 %): the
probe was fixed against and no longer measures anything new.

``probe5.txt`` likewise (80 snippets, 527 spans: paediatrics, obstetrics, anaesthesia, RCP, dialysis,
third-party psychiatric admissions, endoscopy, pathology, transfusion, overseas departments, prison
medicine, SAMU, hospital pharmacy, DICOM, semicolon exports…): first measured at 93.5 % of spans and
71.3 % of snippets (94.7 % / 77.5 % once « le » and « Cedex » were taken out of its spans as probe1-4
do), 97.7 % / 88.8 % after the fixes of its session.

``probe6.txt`` likewise (101 snippets, 715 spans: GP letters, dictation in words, ophthalmology, ENT,
dermatology, dental, occupational and school medicine, medico-legal certificates, OCR'd CERFA boxes,
MDPH, SSR, palliative care, home nurses, pharmacovigilance, patients' portal messages, tele-expertise,
two-column PDFs, Excel rows, e-mail threads): first measured at 94.3 % of spans and 70.3 % of snippets
before any engine change, 98.9 % / 95.0 % after the fixes of its session (NIR 24/24, IPP 19/20, NDA 15/15).

``probe7.txt`` likewise (104 snippets, 693 spans: structured identifiers pasted from systems — HL7 v2,
FHIR, CDA, CSV/TSV exports, DPI banners, bed lists, lab barcodes, labels, reminders, PMSI lines, INS and
carte Vitale screens, identity-vigilance merges, dictated and boxed numbers): first measured at 94.2 %
of spans and 74.0 % of snippets (NIR 86.7 %, IPP 95.9 %, NDA 98.3 %), before any engine change; 98.8 % /
93.3 % after the fixes of its session (NIR, IPP and NDA 100 %).

``probe8.txt`` likewise (114 snippets, 711 spans, six in ten of them names: emergency triage, radiology
and nuclear medicine, operating-room schedules and checklists, surgical reports, duty rosters, staff
e-mails, genetics family trees, death notices, guardianship, interpreted consultations; names of every
origin, names that are French or medical words, places abroad and hospitals by their short name): first
measured at 94.2 % of spans and 72.8 % of snippets, 99.0 % / 93.9 % after the fixes of its session.

``probe9.txt`` likewise (52 long, complete documents, 1,660 spans, 32 a document: letters with letterhead,
margin and footers, operative and consultation reports, prescriptions, forms, social-work and guardianship
letters, certificates, emergency sheets, multi-page OCR'd exports whose layout broke): first measured at
96.7 % of spans and 40.4 % of documents before any engine change of its session, 99.3 % / 80.8 % after
the fixes of its session (its 20 traps clean).

``probe10.txt`` likewise (112 snippets, 983 spans: psychiatric care under constraint with the préfet,
the mayor and the JLD, billing offices with AME, C2S, the Alsace-Moselle scheme and cross-border
workers, SMS and WhatsApp messages, voicemail transcripts, foreign families' letters, social services,
transport vouchers, lab sheets, vaccination and travel medicine, civil registration, organ donation,
research CRFs, nursing-home family meetings, badly OCR'd handwriting, Corsica, Brittany, Alsace and the
overseas territories): first measured at 88.5 % of spans and 48.2 % of snippets before any engine change
of its session, 95.6 % / 72.3 % after its fixes.

``probe11.txt`` (90 everyday documents across the whole hospital at the hidden set's density, 913 spans:
letters, short discharge summaries, consultation notes, nurses' handovers, prescriptions, lab and imaging
reports, admission forms and banners, OCR'd scans, exports, e-mails, social-work and administrative
letters) was written at the start of a session that fixed the engine against probe9 and probe10 only, and
first measured at its end, with no fix of its own (97.6 % of spans, 81.1 % of documents on main 252df00;
97.2 % / 77.8 % on the engine of the session's start, 10a7203); 100 % / 100 % after the fixes of its
families (words broken by OCR, dates without a day or a year, establishments and places no list holds,
Vietnamese given names, a first-name column of a quoted CSV), its traps clean.

``probe12.txt`` (113 snippets, 1,229 spans, as a CHU's data team would build an independent test set:
half ordinary clinical text, half the hard families of issue 8 — unlabelled numbers in banners and
tables, boxed digits, O/0 and l/1, label words inside sentences, separators, foreign addresses, short
hospital names, internal and foreign phones, initials and glued names) was written without reading the
engine and is the measurement of the session of 6 Dec 2026 that follows probe11's: nobody fixed against
it until that session measured it (96.1 % of spans, 74.3 % of documents on the engine of its start,
68cd3ef; 96.7 % / 79.6 % at 731375b, with the fixes made against probe9-11 and probe13 only); then its
families were fixed (establishments and places no list holds, places abroad, days with their month
alone, spaced numbers, banner columns): 100 % / 100 %, its traps clean throughout.

``probe13.txt`` (84 documents, 960 spans, in the voices the earlier batches used least: EHPAD, IME, ESAT,
MAS and FAM, SSIAD and hospital at home, CMP and CATTP, CSAPA and CAARUD, PMI and school health,
occupational health, private clinics, dental surgeries, pharmacies, laboratories, radiotherapy, dialysis,
SMR, ambulances, the mortuary, military hospitals, a prison unit, legal medicine, guardianship, CPAM, MSA,
CAF, a mutuelle, a notary) was written and committed before reading the engine's source, and measured
once before any engine change of its session (96.9 % of spans, 67.9 % of documents once its annotation
followed the earlier batches' conventions); its floors are just under what it measures after the fixes of
that session (98.8 %, 85.7 %), and its traps, clean since, are asserted with the others.

``probe14.txt`` (97 documents, 861 spans: everyday letters, summaries, notes, prescriptions, lab and
imaging reports, banners, forms, OCR'd scans, exports, e-mails and social work from every region, with
some of the hard families of issue 8 mixed in) was written without reading the engine's source or its
output, as an independent measurement of the engine at the end of the fourth session of 6 Dec 2026
(main e6a1f6c); nobody fixes against it in that session. Its traps are loaded apart and not asserted
clean (as probe12's were at first measurement); their findings are printed by the floors test. Its
families were then fixed (branch fix14: establishments no list holds told by their place — an acronym
before « de » and its town, after a speciality, after a move, after an establishment's name in a
letterhead, before its site —, a lab network and its region, a commune after an establishment, Paris,
Lyon and Marseille with an arrondissement, the usual short name of a large town, postcodes in brackets
and after a form's slash, a street line without number in an address block, a month after an event and
« de », a day alone after a stay's event, short dotted dates in a row's cell, dot leaders after a
date's label, the birth sign, an OCR's small l for I, lower-case surnames after a title and in a
column of names): 861/861, 97/97; its traps stayed clean (0/8) and are asserted with the others.

``probe16a.txt`` (56 prompts as typed into a chatbot, 501 spans: an instruction, then pasted DPI screens
whose layout broke, e-mails, OCR'd scans, spreadsheet rows, SMS, dictated notes) is half of the sixteenth
batch, written at the start of the fifth session of 6 Dec 2026 without reading the engine and split in two
before any engine change: this half may be fixed against; the other stays held out until the session's end.

``probe15.txt`` (100 everyday documents, 899 spans) and ``probe16b.txt`` (the other half of the sixteenth
batch, 44 prompts, 394 spans) were written at the start of the fifth session of 6 Dec 2026 without reading
the engine and measured at its end with nothing fixed against them: the estimates of that session's final
engine on text nobody here fixed against. Their traps are loaded, not asserted clean.

``probe17a.txt`` (50 everyday hospital documents, 500 spans) is half of the seventeenth batch, written at
the start of the sixth session of 6 Dec 2026 by an independent writer and split in two per kind before any
engine change: this half may be fixed against; the other stays held out until the session's end. Its
traps (``probe17_traps.txt``) are loaded and counted, not asserted clean.
``probe18a.txt`` (50 documents as a clinical data warehouse extracts them, 534 spans: letters, reports,
forms, banners, key=value and HL7 exports, OCR'd faxes, text from PDFs with repeated headers and footers
and broken lines) is half of the eighteenth batch, written at the start of the sixth session of 6 Dec 2026
without reading the engine and split in two per kind before any engine change: this half may be fixed
against; the other stays held out until the session's end. Its traps are loaded, not asserted clean.

``probe17b.txt``, ``probe18b.txt`` (the other halves of the seventeenth and eighteenth batches) and
``probe19.txt`` (100 everyday documents written during the sixth session) were held out until that
session's end and measured there with nothing fixed against them, then fixed against in the seventh
session; their floors follow. Their traps (``probe19_traps.txt``) are loaded, not asserted clean.

``probe20a.txt``/``probe20b.txt`` (100 everyday documents across the hospital and the médico-social sector)
and ``probe21a.txt``/``probe21b.txt`` (100 prompts with pasted material) were written blind at the start of
the seventh session of 6 Dec 2026 and split per kind before any fix: halves A fixed against, halves B held
out and measured at the session's start and end only; their floors are set at those measurements. Their
traps are loaded, not asserted clean.

``probe22a.txt``/``probe22b.txt`` (100 hospital documents as a data team collects them) and
``probe23a.txt``/``probe23b.txt`` (100 documents of specialties and settings) were written blind at the start
of the eighth session of 6 Dec 2026 and split per kind before any fix, in the same way: halves A may be fixed
against, halves B are held out until that session's end. Their traps are loaded, not asserted clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from egide.detect.engine import Detector
from tests.detect.redteam.corpus import Snippet, load, missed, summarise

HERE = Path(__file__).parents[3] / "bench" / "corpus" / "heldout"
SNIPPETS = load("probe.txt", HERE) + load("probe2.txt", HERE) + load("probe3.txt", HERE)
SNIPPETS4 = load("probe4.txt", HERE)
SNIPPETS5 = load("probe5.txt", HERE)
SNIPPETS6 = load("probe6.txt", HERE)
SNIPPETS7 = load("probe7.txt", HERE)
SNIPPETS8 = load("probe8.txt", HERE)
SNIPPETS9 = load("probe9.txt", HERE)
SNIPPETS10 = load("probe10.txt", HERE)
SNIPPETS11 = load("probe11.txt", HERE)
SNIPPETS12 = load("probe12.txt", HERE)
SNIPPETS13 = load("probe13.txt", HERE)
SNIPPETS14 = load("probe14.txt", HERE)
SNIPPETS16A = load("probe16a.txt", HERE)
SNIPPETS15 = load("probe15.txt", HERE)
SNIPPETS16B = load("probe16b.txt", HERE)
SNIPPETS17A = load("probe17a.txt", HERE)
SNIPPETS18A = load("probe18a.txt", HERE)
SNIPPETS17B = load("probe17b.txt", HERE)
SNIPPETS18B = load("probe18b.txt", HERE)
SNIPPETS19 = load("probe19.txt", HERE)
SNIPPETS20A = load("probe20a.txt", HERE)
SNIPPETS21A = load("probe21a.txt", HERE)
SNIPPETS20B = load("probe20b.txt", HERE)
SNIPPETS21B = load("probe21b.txt", HERE)
SNIPPETS22A = load("probe22a.txt", HERE)
SNIPPETS23A = load("probe23a.txt", HERE)
SNIPPETS22B = load("probe22b.txt", HERE)
SNIPPETS23B = load("probe23b.txt", HERE)
SNIPPETS24 = load("probe24.txt", HERE)
SNIPPETS25 = load("probe25.txt", HERE)
SNIPPETS26 = load("probe26.txt", HERE)
SNIPPETS27 = load("probe27.txt", HERE)
SNIPPETS28 = load("probe28.txt", HERE)
SNIPPETS29 = load("probe29.txt", HERE)
SNIPPETS30 = load("probe30.txt", HERE)
SNIPPETS31 = load("probe31.txt", HERE)
SNIPPETS32 = load("probe32.txt", HERE)
SNIPPETS35 = load("probe35.txt", HERE)
SNIPPETS33 = load("probe33.txt", HERE)
SNIPPETS34 = load("probe34.txt", HERE)
SNIPPETS36 = load("probe36.txt", HERE)
SNIPPETS37 = load("probe37.txt", HERE)
SNIPPETS38 = load("probe38.txt", HERE)
SNIPPETS39 = load("probe39.txt", HERE)
SNIPPETS40 = load("probe40.txt", HERE)
SNIPPETS41 = load("probe41.txt", HERE)
SNIPPETS42 = load("probe42.txt", HERE)
SNIPPETS43 = load("probe43.txt", HERE)
SNIPPETS44 = load("probe44.txt", HERE)
SNIPPETS45 = load("probe45.txt", HERE)
SNIPPETS46 = load("probe46.txt", HERE)
SNIPPETS47 = load("probe47.txt", HERE)
SNIPPETS48 = load("probe48.txt", HERE)
TRAPS = (
    load("probe_traps.txt", HERE)
    + load("probe4_traps.txt", HERE)
    + load("probe5_traps.txt", HERE)
    + load("probe6_traps.txt", HERE)
    + load("probe7_traps.txt", HERE)
    + load("probe8_traps.txt", HERE)
    # (probe9's traps: 7 of 20 had a finding when first measured, « Confrère », « Simpson », « PAPs »,
    # « Redon », « Boston », « FAST », « Leonetti-Claeys », « Nouveau-né », « Fat Sat », « 1,5 T. »)
    + load("probe9_traps.txt", HERE)
    + load("probe10_traps.txt", HERE)
    # (probe11's traps: 1 of 22 had a finding on main 252df00, « Cal0t » read as a name, 3 of 22 on
    # 10a7203; clean since the fixes of its families)
    + load("probe11_traps.txt", HERE)
    # (probe13's traps: 1 of 22 had a finding when first measured, « C. Résultat » at the end of an AGGIR
    # grid read as an initial and a surname; clean since the fixes of its session)
    + load("probe13_traps.txt", HERE)
    # (probe12's traps: 1 of 21 had a finding on the engine of its session's start, 68cd3ef; none at
    # its end, 731375b, before any fix against the batch)
    + load("probe12_traps.txt", HERE)
)
#: probe14's traps: loaded, counted in the floors test's summary and in the uniqueness check; NOT asserted
#: clean at first measurement (0/8 with a finding on e6a1f6c), asserted with the others since the fixes of
#: its families (branch fix14), through which they stayed clean.
TRAPS14 = load("probe14_traps.txt", HERE)
#: probe15's and probe16's traps: loaded, counted, NOT asserted clean (measurements, fixed against by nobody
#: in the session that wrote them; probe15's have one with a finding on the session's start and end engines).
TRAPS15 = load("probe15_traps.txt", HERE)
TRAPS16 = load("probe16_traps.txt", HERE)
#: probe17's traps: loaded, counted, NOT asserted clean (3/10 with a finding on the sixth session's start,
#: 0/10 after the fixes of branch fix17a).
TRAPS17 = load("probe17_traps.txt", HERE)
#: probe18's traps: loaded, counted, NOT asserted clean (3/10 with a finding on the session's start 4cf48df,
#: 1/10 after fix18a: « JNI de Montpellier », a large city after « de »).
TRAPS18 = load("probe18_traps.txt", HERE)
#: probe19's traps: loaded, counted, NOT asserted clean (1/10 with a finding at the sixth session's start and end).
TRAPS19 = load("probe19_traps.txt", HERE)
#: probe20's and probe21's traps: loaded, counted, NOT asserted clean (2/20 and 3/20 with a finding on the
#: seventh session's start 96c49d0: a device's brand and serial, a classification named after a city; time
#: ranges read as unexplained numbers, a law's date, a study's years, a region).
TRAPS20 = load("probe20_traps.txt", HERE)
TRAPS21 = load("probe21_traps.txt", HERE)
#: probe22's and probe23's traps: loaded, counted, NOT asserted clean (2/20 and 1/20 with a finding on the
#: eighth session's start: a month and year read as a date, a region read as a name and a place; a study's years).
TRAPS22 = load("probe22_traps.txt", HERE)
TRAPS23 = load("probe23_traps.txt", HERE)
#: probe24's traps: loaded, counted, NOT asserted clean (4/20 with a finding at its first measurement, 2dbb5a7).
TRAPS24 = load("probe24_traps.txt", HERE)
#: probe25's and probe26's traps: loaded, counted, NOT asserted clean (5/20 and 7/20 with a finding at the ninth
#: session's start, 8278836; probe26's 1/20 after the fixes of branch fix26, probe25's held out all session).
TRAPS25 = load("probe25_traps.txt", HERE)
TRAPS26 = load("probe26_traps.txt", HERE)
#: probe27's traps: loaded, counted, NOT asserted clean (6/20 with a finding at the tenth session's start,
#: c854a6e; 4/20 after the fixes of branch fix27: « Arrêt du Tahor », « Vichy » twice, « Code CCAM »).
TRAPS27 = load("probe27_traps.txt", HERE)
#: probe28's traps: loaded, counted, NOT asserted clean (4/20 with a finding at the tenth session's start and end;
#: held out all that session).
TRAPS28 = load("probe28_traps.txt", HERE)
#: probe29's traps: loaded, counted, NOT asserted clean (6/20 with a finding at the eleventh session's start, 22bfbb6;
#: 3/20 after fix29, « eau de Vittel » left to fix28's appellations).
TRAPS29 = load("probe29_traps.txt", HERE)
#: probe30's and probe31's traps: loaded, counted, NOT asserted clean (held out all the eleventh session; 2/20 and
#: 3/20 with a finding at its start).
TRAPS30 = load("probe30_traps.txt", HERE)
TRAPS31 = load("probe31_traps.txt", HERE)
#: probe32's traps: loaded, counted, NOT asserted clean (2/20 with a finding at the eleventh session's end).
TRAPS32 = load("probe32_traps.txt", HERE)
#: probe35's traps: loaded, counted, NOT asserted clean (3/20 with a finding on main b629b0d, 0/20 after fix35).
TRAPS35 = load("probe35_traps.txt", HERE)
#: probe33/34/36's traps: loaded, counted, NOT asserted clean (held out all the twelfth session; 6/20, 6/20 and
#: 7/20 with a finding at its end).
TRAPS33 = load("probe33_traps.txt", HERE)
TRAPS34 = load("probe34_traps.txt", HERE)
TRAPS36 = load("probe36_traps.txt", HERE)
#: probe37/38/39's traps: loaded, counted, NOT asserted clean (held out all the thirteenth session; 5/20, 5/20 and
#: 2/20 with a finding at its end).
TRAPS37 = load("probe37_traps.txt", HERE)
TRAPS38 = load("probe38_traps.txt", HERE)
TRAPS39 = load("probe39_traps.txt", HERE)
#: probe40/41/42's traps: loaded, counted, NOT asserted clean (held out all the fourteenth session; 4/20, 2/20 and
#: 2/20 with a finding at its start).
TRAPS40 = load("probe40_traps.txt", HERE)
TRAPS41 = load("probe41_traps.txt", HERE)
TRAPS42 = load("probe42_traps.txt", HERE)
#: probe43/44/45's traps: loaded, counted, NOT asserted clean (held out all the fifteenth session; 9/20, 6/20 and
#: 8/20 with a finding at its start).
TRAPS43 = load("probe43_traps.txt", HERE)
TRAPS44 = load("probe44_traps.txt", HERE)
TRAPS45 = load("probe45_traps.txt", HERE)
#: probe46/47/48's traps: loaded, counted, NOT asserted clean (held out all the sixteenth session; 2/20, 3/20 and
#: 1/20 with a finding at its start).
TRAPS46 = load("probe46_traps.txt", HERE)
TRAPS47 = load("probe47_traps.txt", HERE)
TRAPS48 = load("probe48_traps.txt", HERE)

#: Identifier spans fully masked, and snippets with nothing left visible, at least.
MIN_SPANS_MASKED = 0.995  # measured 839/840 = 0.999
MIN_SNIPPETS_CLEAN = 0.99  # measured 232/233 = 0.996
#: (Probes 4-6 and 8-10: raised after the fixes of the residual misses of the earlier batches, branch
#: « residual » of 6 Dec 2026, measured on main a39503c with it.)
#: The same for the fourth batch alone (first measured 0.945 / 0.768, before its fixes).
MIN_SPANS_MASKED_4 = 0.99  # measured 637/641 = 0.994 (630/641 = 0.983 after its session)
MIN_SNIPPETS_CLEAN_4 = 0.97  # measured 122/125 = 0.976 (115/125 = 0.920 after its session)
#: The same for the fifth batch alone (first measured 0.935 / 0.713 before its fixes, 0.947 / 0.775 once
#: its annotation followed probe1-4's conventions, still before any engine change).
MIN_SPANS_MASKED_5 = 0.985  # measured 521/527 = 0.989 (515/527 = 0.977 after its session)
MIN_SNIPPETS_CLEAN_5 = 0.945  # measured 76/80 = 0.950 (71/80 = 0.887 after its session)
#: The same for the sixth batch alone (first measured 0.943 / 0.703 before any engine change; its traps,
#: 4 of 25 with a finding then, are asserted clean since the fixes of its session).
MIN_SPANS_MASKED_6 = 0.995  # measured 712/715 = 0.996 (707/715 = 0.989 after its session)
MIN_SNIPPETS_CLEAN_6 = 0.975  # measured 99/101 = 0.980 (96/101 = 0.950 after its session)
#: The same for the seventh batch alone (first measured 0.942 / 0.740, before any engine change of its
#: session).
MIN_SPANS_MASKED_7 = 0.995  # measured 690/693 = 0.996 (685/693 = 0.988 after its session)
MIN_SNIPPETS_CLEAN_7 = 0.98  # measured 102/104 = 0.981 (97/104 = 0.933 after its session)
#: The same for the eighth batch alone (names and places; first measured 0.942 / 0.728 before its fixes).
MIN_SPANS_MASKED_8 = 0.995  # measured 709/711 = 0.997 (704/711 = 0.990 after its session)
MIN_SNIPPETS_CLEAN_8 = 0.98  # measured 112/114 = 0.982 (107/114 = 0.939 after its session)
#: The same for the ninth batch alone (long, complete documents; first measured 0.967 / 0.404 before its fixes).
MIN_SPANS_MASKED_9 = 0.995  # measured 1653/1660 = 0.996 (1648/1660 after its session)
MIN_SNIPPETS_CLEAN_9 = 0.88  # measured 46/52 = 0.885 (42/52 = 0.808 after its session; 32 spans a document)
#: The same for the tenth batch alone (first measured before any engine change of its session: see below).
MIN_SPANS_MASKED_10 = 0.975  # measured 963/983 = 0.980 (940/983 after its session, first 870/983)
MIN_SNIPPETS_CLEAN_10 = 0.86  # measured 97/112 = 0.866 (81/112 after its session, first 54/112)
#: The same for the eleventh batch alone (first 891/913 = 0.976, 73/90 = 0.811 on main 252df00, with no
#: fix of its own; 887/913 on 10a7203): measured 913/913, 90/90 after the fixes of its families (fix11).
MIN_SPANS_MASKED_11 = 0.995  # measured 913/913 = 1.000
MIN_SNIPPETS_CLEAN_11 = 0.97  # measured 90/90 = 1.000
#: The same for the twelfth batch alone (the measurement of its session, no fix of its own): just under its
#: figure on the engine of the session's start (main 68cd3ef, 6 Dec 2026 10:06 UTC): spans 1181/1229, documents
#: 84/113; fully masked / gold by label: NOM 294/296, PRENOM 215/215, DATE 205/216, VILLE 119/125,
#: ETABLISSEMENT 86/99, ADRESSE 47/51, CODE_POSTAL 48/51, DATE_NAISSANCE 47/51, TELEPHONE 53/56, NDA 19/21,
#: IPP 19/19, NIR 16/16, EMAIL 13/13; traps 1/21 with a finding.
MIN_SPANS_MASKED_12 = 0.995  # 1229/1229 after its fixes (start 1181/1229 = 0.961 on 68cd3ef; 1189/1229 = 0.967 at 731375b, no fix of its own)
MIN_SNIPPETS_CLEAN_12 = 0.99  # 113/113 after its fixes (start 84/113 = 0.743; 90/113 = 0.796 at 731375b)
#: The same for the thirteenth batch alone. FIRST MEASUREMENT, before any engine change of its session
#: (main 68cd3ef, batch 9dd9644, 445280d once rebased): 926/966 = 0.959 spans, 48/84 = 0.571 documents as
#: written; 930/960 = 0.969 and 57/84 = 0.679 once its annotation followed probe4–11's conventions (see
#: its header). After the fixes of its session, rebased on main b7ec2c4: 948/960 = 0.988, 72/84 = 0.857
#: (main b7ec2c4 alone: 932/960, 58/84).
MIN_SPANS_MASKED_13 = 0.99  # measured 955/960 = 0.995 (948/960 after its session, first 930/960 = 0.969)
MIN_SNIPPETS_CLEAN_13 = 0.935  # measured 79/84 = 0.940 (72/84 after its session, first 57/84 = 0.679)
#: The same for the fourteenth batch alone. FIRST MEASUREMENT on the engine at the end of the fourth session
#: of 6 Dec 2026 (main e6a1f6c, batch fd71b3c, no fix against it): spans 835/861, documents 72/97; fully
#: masked / gold by label: NOM 182/185, PRENOM 136/136, DATE 130/134, VILLE 87/91, ETABLISSEMENT 64/72,
#: ADRESSE 38/39, CODE_POSTAL 38/41, DATE_NAISSANCE 54/57, TELEPHONE 40/40, NDA 21/21, IPP 22/22,
#: NIR 16/16, EMAIL 7/7; its traps 0/8 with a finding.
#: After the fixes of its families (branch fix14, on main 7fea53e): 861/861 spans, 97/97 documents.
MIN_SPANS_MASKED_14 = 0.995  # measured 861/861 = 1.000 after its fixes (835/861 = 0.970 on e6a1f6c, first)
MIN_SNIPPETS_CLEAN_14 = 0.985  # measured 97/97 = 1.000 after its fixes (72/97 = 0.742 on e6a1f6c, first)
#: The same for the first half of the sixteenth batch. FIRST MEASUREMENT on the engine of the start of the
#: fifth session of 6 Dec 2026 (main 7fea53e, batch d1054d7 split in ba25fda, before any fix): spans 473/501,
#: documents 38/56.
#: After the fixes of its families (branch fix16a: glued cells, short and compound communes, addresses
#: without number, dictation, OCR, day hospitals and territory acronyms, events' days, Turkish addresses):
#: 501/501, 56/56.
MIN_SPANS_MASKED_16A = 0.995  # measured 501/501 = 1.000 (first 473/501 = 0.944 on 7fea53e)
MIN_SNIPPETS_CLEAN_16A = 0.98  # measured 56/56 = 1.000 (first 38/56 = 0.679 on 7fea53e)
#: The fifteenth batch and the held-out half of the sixteenth. FIRST MEASUREMENTS, nothing fixed against
#: them: on the session's start 7fea53e, probe15 870/899 spans, 83/100 documents, probe16b 352/394, 27/44;
#: on its final engine b3e0a98, probe15 872/899, 85/100, probe16b 352/394, 27/44 (see the files' headers).
#: After the fixes of their families (branch fix1516: glued DPI fields only): probe15 872/899, 85/100;
#: probe16b 357/394, 27/44. After fix1516b (key=value exports, HL7 names, box-drawing strokes, footer
#: accounts « surname.initial », four-digit codes after a street abroad): probe15 878/899, 88/100;
#: probe16b 361/394, 28/44.
MIN_SPANS_MASKED_15 = 0.99  # measured 895/899 = 0.996 after the sixth session's merges (878/899 after fix1516b) (first 872/899 = 0.970 on b3e0a98)
MIN_SNIPPETS_CLEAN_15 = 0.96  # measured 97/100 after the sixth session's merges (88/100 after fix1516b) (first 85/100 = 0.850 on b3e0a98)
MIN_SPANS_MASKED_16B = 0.975  # measured 385/394 = 0.977 after the sixth session's merges (361/394 after fix1516b) (first 352/394 = 0.893 on b3e0a98)
MIN_SNIPPETS_CLEAN_16B = 0.84  # measured 37/44 = 0.841 after the sixth session's merges (28/44 after fix1516b) (first 27/44 = 0.614 on b3e0a98)
#: The first half of the seventeenth batch. FIRST MEASUREMENT on the engine of the sixth session's start
#: (main 4cf48df, before any fix): spans 469/500, documents 23/50; fully masked / gold by label:
#: ETABLISSEMENT 33/47, VILLE 39/45, DATE 63/68, CODE_POSTAL 19/21, NDA 11/13, NOM 108/110, the rest whole.
#: After the fixes of its families (branch fix17a: practices, department centres, EFS, dotted and glued
#: acronyms, territory acronyms with compound towns, letterhead laboratories, stays at a named place;
#: datelines without « le », places of death, postcodes closing a street, arrondissements in lower case;
#: an exam « de » its year, OCR'd days, arrow ranges, note headings; accession numbers; two-letter
#: Vietnamese surnames; a sentence after « mm. », score acronyms, lists of tests, forms' next labels):
#: 492/500, 42/50; its traps 0/10.
MIN_SPANS_MASKED_17A = 0.985  # measured 493/500 = 0.986 after the sixth session's merges (492/500 on fix17a) (first 469/500 = 0.938 on 4cf48df)
MIN_SNIPPETS_CLEAN_17A = (
    0.86  # measured 43/50 after the sixth session's merges (42/50 on fix17a) (first 23/50 = 0.460 on 4cf48df)
)
#: The same for the first half of the eighteenth batch. FIRST MEASUREMENT on the engine of the start of the
#: sixth session of 6 Dec 2026 (main 4cf48df, batch split in d65095b, before any fix): spans 511/534, documents
#: 36/50; fully masked / gold by label: NOM 120/122, DATE 82/86, PRENOM 82/85, ETABLISSEMENT 55/58,
#: VILLE 39/45, DATE_NAISSANCE 33/34, CODE_POSTAL 21/23, ADRESSE 21/23, IPP 19/19, TELEPHONE 17/17,
#: NDA 16/16, NIR 5/5, EMAIL 1/1; its traps 3/10 with a finding.
#: After the fixes of its families (branch fix18a: places and establishments of the warehouse's extracts —
#: communes with their article, dwellings' kinds, labelled places, datelines and merged columns, LABM,
#: pharmacies and practices, where an establishment's name stops —, words cut with a hyphen at a line's
#: end, OCR'd days, form labels without colons, initials without dots, foreign diacritics, acronyms told
#: by their place, guideline years, file names): 533/534, 49/50 (left: « Morcenx », a commune merged into
#: « Morcenx-la-Nouvelle » that no list holds); its traps 1/10 with a finding.
MIN_SPANS_MASKED_18A = 0.995  # measured 533/534 = 0.998 after its fixes (first 511/534 = 0.957 on 4cf48df)
MIN_SNIPPETS_CLEAN_18A = 0.97  # measured 49/50 = 0.980 after its fixes (first 36/50 = 0.720 on 4cf48df)
#: The held-out halves and the nineteenth batch, HELD-OUT MEASUREMENT at the sixth session's end (main
#: after every merge, nothing fixed against them): probe17b 482/497, 42/50 (start 4cf48df: 479/497, 40/50);
#: probe18b 534/558, 32/50 (start 527/558, 28/50); probe19 1043/1081, 71/100 (start 1037/1081, 67/100).
#: Fixed against in the seventh session (their misses were read after that measurement; branches estab7,
#: names7, places7, dates7 of 6 Dec 2026): 497/497, 50/50; 558/558, 50/50; 1079/1081, 98/100.
MIN_SPANS_MASKED_17B = 0.995  # measured 497/497 after the seventh session's fixes (held out: 482/497)
MIN_SNIPPETS_CLEAN_17B = 0.98  # measured 50/50 after them (held out: 42/50)
MIN_SPANS_MASKED_18B = 0.995  # measured 558/558 after them (held out: 534/558)
MIN_SNIPPETS_CLEAN_18B = 0.98  # measured 50/50 after them (held out: 32/50)
MIN_SPANS_MASKED_19 = 0.995  # measured 1079/1081 after them (held out: 1043/1081)
MIN_SNIPPETS_CLEAN_19 = 0.97  # measured 98/100 after them (held out: 71/100)
#: The twentieth and twenty-first batches, written blind at the start of the seventh session and split per
#: kind before any fix: halves A fixed against, halves B held out (start 96c49d0: probe20a 577/598, 38/50;
#: probe21a 547/575, 35/50; probe20b 549/578, 29/50; probe21b 518/552, 30/50).
MIN_SPANS_MASKED_20A = 0.995  # 598/598 after its fixes (first 577/598 = 0.965 on 96c49d0)
MIN_SNIPPETS_CLEAN_20A = 0.98  # 50/50 after its fixes (first 38/50 on 96c49d0)
MIN_SPANS_MASKED_21A = 0.995  # 575/575 after its fixes (first 547/575 = 0.951 on 96c49d0)
MIN_SNIPPETS_CLEAN_21A = 0.98  # 50/50 after its fixes (first 35/50 on 96c49d0)
#: Halves B, HELD-OUT MEASUREMENT at the seventh session's end (main after every merge, nothing fixed against
#: them; two helpers saw a few of their miss lines by mistake, see the README): 557/578, 36/50; 526/552, 32/50.
#: Fixed against in the eighth session (branches estab8, dates8, places8, names8): 578/578, 50/50; 552/552, 50/50.
MIN_SPANS_MASKED_20B = (
    0.995  # 578/578 after the eighth session's fixes (held out: 557/578 = 0.964; start 549/578)
)
MIN_SNIPPETS_CLEAN_20B = 0.98  # 50/50 after them (held out: 36/50; start 29/50)
MIN_SPANS_MASKED_21B = 0.995  # 552/552 after them (held out: 526/552 = 0.953; start 518/552)
MIN_SNIPPETS_CLEAN_21B = 0.98  # 50/50 after them (held out: 32/50; start 30/50)
#: The twenty-second and twenty-third batches, written blind at the start of the eighth session (22:22–22:35
#: UTC) and split per kind before any fix: halves A may be fixed against, halves B are held out until the
#: session's end. Floors at their first measurement (main 308a0c8 / 7820978, nothing fixed against them) for
#: halves A; halves B, HELD-OUT MEASUREMENT at the session's end (main fee60d9): 583/614, 29/50 and 546/568,
#: 34/50, then fixed against in its last half hour (branches fix22b, fix23b).
MIN_SPANS_MASKED_22A = 0.995  # 622/622 after its fixes (first 604/622 = 0.971)
MIN_SNIPPETS_CLEAN_22A = 0.98  # 50/50 after its fixes (first 37/50)
MIN_SPANS_MASKED_23A = 0.995  # 544/544 after its fixes (first 533/544 = 0.9798)
MIN_SNIPPETS_CLEAN_23A = 0.98  # 50/50 after its fixes (first 40/50)
MIN_SPANS_MASKED_22B = (
    0.965  # 595/614 after fixes at the session's very end (held out: 583/614; start 580/614)
)
MIN_SNIPPETS_CLEAN_22B = 0.66  # 33/50 after them (held out: 29/50; start 26/50)
MIN_SPANS_MASKED_23B = 0.98  # 559/568 after them (held out: 546/568; start 546/568)
MIN_SNIPPETS_CLEAN_23B = 0.86  # 43/50 after them (held out: 34/50; start 34/50)
#: The twenty-fourth batch (100 documents at the hidden set's density, 7.8 spans each), written blind in the
#: middle of the eighth session: FIRST MEASUREMENT on main 2dbb5a7 (23:41 UTC), before any fix against it.
MIN_SPANS_MASKED_24 = 0.985  # 776/785 after its fixes (branch fix24; first 756/785 = 0.963)
MIN_SNIPPETS_CLEAN_24 = 0.93  # 94/100 after its fixes (first 79/100)
#: The twenty-fifth batch (100 documents, establishments and towns in many forms), written blind at the start
#: of the ninth session and HELD OUT all session: start 769/818, 67/100 (main 1d16189, engine of 8278836);
#: END MEASUREMENT 773/818, 69/100 on main dcabb79 (776/818, 70/100 with the opt-in place tagger).
MIN_SPANS_MASKED_25 = (
    0.97  # 795/818 = 0.972 after the tenth session's fixes (fix25); held out 773/818 = 0.945, start 769/818
)
MIN_SNIPPETS_CLEAN_25 = 0.83  # 84/100 after fix25; held out 69/100 (start 67/100)
#: The twenty-sixth batch (100 documents as hospital software exports them), written with it: FIRST
#: MEASUREMENT on 8278836 before any fix, 826/851, 82/100; then fixed against (branch fix26).
MIN_SPANS_MASKED_26 = 0.995  # 851/851 after its fixes (first 826/851 = 0.971)
MIN_SNIPPETS_CLEAN_26 = 0.98  # 100/100 after its fixes (first 82/100)
#: The twenty-seventh batch (100 prompts that health professionals paste into an AI assistant), written blind
#: at the start of the tenth session: FIRST MEASUREMENT on c854a6e before any fix, 807/841, 77/100; then fixed
#: against (branch fix27).
MIN_SPANS_MASKED_27 = 0.975  # 823/841 = 0.979 after its fixes (first 807/841 = 0.960)
MIN_SNIPPETS_CLEAN_27 = 0.87  # 88/100 after its fixes (first 77/100)
#: The twenty-eighth batch (100 documents of a hospital's information system in the hidden set's voice), written
#: blind at the start of the tenth session and held out for all of it: 883/899, 85/100 at its start (c854a6e)
#: and at its end, nothing fixed against it; fixed against in the eleventh session (branch fix28).
MIN_SPANS_MASKED_28 = 0.995  # 898/899 after fix28 (held out 883/899 = 0.982)
MIN_SNIPPETS_CLEAN_28 = 0.98  # 99/100 after fix28 (held out 85/100)
#: The twenty-ninth batch (100 documents of hospitals of the north, the east and Île-de-France outside AP-HP),
#: written blind at the start of the eleventh session: FIRST MEASUREMENT on 22bfbb6 before any fix, 1086/1113,
#: 77/100; then fixed against (branch fix29): 1109/1113, 97/100 (place tagger on, as main since 9fdd0c6).
MIN_SPANS_MASKED_29 = 0.995  # 1110/1113 = 0.997 merged (1109 on fix29 alone) (first 1086/1113 = 0.976)
MIN_SNIPPETS_CLEAN_29 = 0.97  # 98/100 merged (97 on fix29 alone) (first 77/100)
#: The thirtieth batch (100 documents of hospitals of the south-west and the west) and the thirty-first (100
#: snippets, a national mix with more structured identifiers), written blind at the start of the eleventh session
#: and HELD OUT for all of it: probe30 1119/1140, 82/100 at the start (8e11bcf), 1120/1140, 83/100 at the end (6bf9cfa); probe31 968/990, 84/100 on the start's engine 8e11bcf, 973/990, 87/100 at the end (6bf9cfa).
#: probe30 then fixed against (branch fix30, twelfth session): 1128/1140, 91/100, traps 0/20 with a finding.
MIN_SPANS_MASKED_30 = 0.999  # fixleft13 1139/1140 = 0.9991 (fix30 1128/1140; held-out end 1120/1140 = 0.982)
MIN_SNIPPETS_CLEAN_30 = 0.99  # fixleft13 99/100 (fix30 91/100; held-out end 83/100)
#: probe31 and probe32 opened to fixing in the twelfth session (branch fix3132): probe31 982/990, 92/100;
#: probe32 853/857, 97/100. Then the leftovers of the three (branch fixleft13): probe30 1139/1140, 99/100; probe31
#: 988/990, 98/100; probe32 855/857, 98/100; their traps 0/20 with a finding each.
MIN_SPANS_MASKED_31 = 0.997  # fixleft13 988/990 = 0.998 (fix3132 982/990; eleventh session 973/990)
MIN_SNIPPETS_CLEAN_31 = 0.98  # fixleft13 98/100 (fix3132 92/100; 87/100)
#: The thirty-second batch (100 short snippets at the hidden set's density), written blind in the eleventh session's
#: last hour and measured once at its end: 849/857, 93/100 (start engine 8e11bcf: 848/857, 92/100).
MIN_SPANS_MASKED_32 = 0.997  # fixleft13 855/857 = 0.9977 (fix3132 853/857; 849/857 = 0.991)
MIN_SNIPPETS_CLEAN_32 = 0.98  # fixleft13 98/100 (fix3132 97/100; 93/100)
#: The thirty-fifth batch (100 documents, towns and hospitals of the départements the batches saw least), written
#: blind on 7 Dec 2026 and measured before any fix (start engine 44e97fa 98.1 %, 85/100; main b629b0d 864/879,
#: 87/100), then fixed against (branch fix35): 879/879, 100/100.
MIN_SPANS_MASKED_35 = 0.999  # fix35 879/879 (main b629b0d 864/879 = 0.983)
MIN_SNIPPETS_CLEAN_35 = 1.0  # fix35 100/100 (87/100)
#: The thirty-third (100 documents from clinics, psychiatry, médico-social homes and abroad, 936 spans), thirty-fourth
#: (100 short snippets with identifiers without labels, 873 spans) and thirty-sixth batches (100 snippets in the
#: spirit of the hidden set's description, 870 spans), written blind in the twelfth session and HELD OUT for all of
#: it: measured at its start (44e97fa) and end (c1ddcec) only, totals only. Start: 892/936, 66/100; 844/873, 79/100;
#: 845/870, 80/100. End: 893/936, 67/100; 843/873, 79/100; 845/870, 80/100. Then all three opened to fixing:
#: probe33 (fix33: ISO week numbers, a day and month stamping a log line, short names of sites typed with spaces or
#: in lower case, a postcode before « ,⏎ » and its town or after « CP= »): 908/936, 78/100; probe34 and probe36
#: (fix3436): 851/873, 86/100; 847/870, 81/100.
#: Thirteenth session (hospitals14, lower14, rows14): 918/936, 84/100; 864/873, 92/100; 856/870, 88/100.
MIN_SPANS_MASKED_33 = 0.994  # 931/936 (fifteenth session; 921 in the fourteenth; held-out end 893/936)
MIN_SNIPPETS_CLEAN_33 = 0.95  # 95/100 (85 in the fourteenth) (fix33 78/100; held-out end 67/100)
MIN_SPANS_MASKED_34 = 0.990  # 865/873 = 0.9908 (864 before) (fix3436 851/873; end 843/873)
MIN_SNIPPETS_CLEAN_34 = 0.93  # 93/100 (92 before) (fix3436 86/100; end 79/100)
MIN_SPANS_MASKED_36 = (
    0.996  # 867/870 = 0.9966 (fifteenth; 858 in the fourteenth) (fix3436 847/870; end 845/870)
)
MIN_SNIPPETS_CLEAN_36 = 0.97  # 97/100 (90 in the fourteenth) (fix3436 81/100; end 80/100)
#: The thirty-seventh (100 dense documents in the spirit of the hidden set's description, 1,454 spans),
#: thirty-eighth (small hospitals, clinics, town practices, psychiatry, médico-social, overseas and border areas,
#: 1,339 spans) and thirty-ninth batches (a regional CHU's documents at the hidden set's density, 900 spans),
#: written blind in the thirteenth session and HELD OUT for all of it: measured at its start (b3e766f) and end
#: (f5c5cfe) only, totals only. Start: 1425/1454, 74/100; 1292/1339, 64/100; 885/900, 88/100. End: 1427/1454,
#: 75/100; 1293/1339, 64/100; 888/900, 91/100. The floors are the end figures.
MIN_SPANS_MASKED_37 = 0.999  # 1453/1454 once read (fourteenth session); held out 1427/1454
MIN_SNIPPETS_CLEAN_37 = 0.99  # 99/100 (held out 75/100)
MIN_SPANS_MASKED_38 = 0.998  # 1337/1339 with employers masked (fifteenth; 1321 before; held out 1293/1339)
MIN_SNIPPETS_CLEAN_38 = 0.98  # 98/100 (83 before; held out 64/100)
# 899/900 and 99/100 since the place tagger is trained on batches 1-42 (fifteenth session, tagger16): the
# span left is a patient's surname that is also a commune, in a bed list (gold NOM), which the weights trained
# on 1-29 masked as a town (0.996) and the names readers leave; trained on this batch, whose gold says it is
# no place, the tagger gives it 0.012. Left out of the training (leave-one-batch-out) it masks it as before.
MIN_SPANS_MASKED_39 = 0.998  # 899/900 once read (held out 888/900)
MIN_SNIPPETS_CLEAN_39 = 0.99  # 99/100 (held out 91/100)
#: probe40/41/42: written blind at the fourteenth session's start and held out for all of it; floors at their
#: first measurement (start engine 94e1c39), raised at the end if the session moved them.
MIN_SPANS_MASKED_40 = 0.997  # 890/892 once read (fifteenth); held out 881/892 = 0.9877
MIN_SNIPPETS_CLEAN_40 = 0.98  # 98/100 once read; held out 89/100
MIN_SPANS_MASKED_41 = 0.998  # 865/866 once read (fifteenth); held out 841/866 at its end (838 at its start)
MIN_SNIPPETS_CLEAN_41 = 0.99  # 99/100 once read; held out 82/100 (80 at the start)
MIN_SPANS_MASKED_42 = 0.997  # 915/917 once read (fifteenth); held out 897/917 at its end (896 at its start)
MIN_SNIPPETS_CLEAN_42 = 0.98  # 98/100 once read; held out 81/100
#: probe43/44/45: written blind at the fifteenth session's start and held out for all of it (start 1270/1313,
#: 69/100; 997/1031, 75/100; 1045/1072, 79/100; end 1273, 71; 999, 77; 1046, 80), then read in the sixteenth.
MIN_SPANS_MASKED_43 = 0.995  # 1307/1313 = 0.9954 once read (sixteenth session)
MIN_SNIPPETS_CLEAN_43 = 0.94  # 94/100 once read
MIN_SPANS_MASKED_44 = 0.995  # 1026/1031 = 0.9952 once read
MIN_SNIPPETS_CLEAN_44 = 0.95  # 95/100 once read
MIN_SPANS_MASKED_45 = 0.997  # 1069/1072 = 0.9972 once read
MIN_SNIPPETS_CLEAN_45 = 0.97  # 97/100 once read
#: probe46/47/48: written blind at the sixteenth session's start (8.4 to 8.9 spans a snippet, the hidden set's
#: density) and held out for all of it; floors at the session's end (start engine d85992a, 23:23 UTC; end
#: engine with the place tagger of 1–42 kept, 01:42 UTC), totals only.
MIN_SPANS_MASKED_46 = 0.993  # 886/892 = 0.9933 at the end; 884 at the start
MIN_SNIPPETS_CLEAN_46 = 0.94  # 94/100 at the end; 92 at the start
MIN_SPANS_MASKED_47 = 0.989  # 834/843 = 0.9893 at the end; 833 at the start
MIN_SNIPPETS_CLEAN_47 = 0.93  # 93/100 at the end; 92 at the start
MIN_SPANS_MASKED_48 = 0.977  # 816/835 = 0.9772 at the end; 817 at the start
MIN_SNIPPETS_CLEAN_48 = 0.84  # 84/100 at the end: one document fewer than the start's 85 (misses not read)


#: Each batch (or half-batch) with its floors: spans fully masked, snippets with nothing left visible.
FLOORS: dict[str, tuple[list[Snippet], float, float]] = {
    "probe1-3": (SNIPPETS, MIN_SPANS_MASKED, MIN_SNIPPETS_CLEAN),
    "probe4": (SNIPPETS4, MIN_SPANS_MASKED_4, MIN_SNIPPETS_CLEAN_4),
    "probe5": (SNIPPETS5, MIN_SPANS_MASKED_5, MIN_SNIPPETS_CLEAN_5),
    "probe6": (SNIPPETS6, MIN_SPANS_MASKED_6, MIN_SNIPPETS_CLEAN_6),
    "probe7": (SNIPPETS7, MIN_SPANS_MASKED_7, MIN_SNIPPETS_CLEAN_7),
    "probe8": (SNIPPETS8, MIN_SPANS_MASKED_8, MIN_SNIPPETS_CLEAN_8),
    "probe9": (SNIPPETS9, MIN_SPANS_MASKED_9, MIN_SNIPPETS_CLEAN_9),
    "probe10": (SNIPPETS10, MIN_SPANS_MASKED_10, MIN_SNIPPETS_CLEAN_10),
    "probe11": (SNIPPETS11, MIN_SPANS_MASKED_11, MIN_SNIPPETS_CLEAN_11),
    "probe12": (SNIPPETS12, MIN_SPANS_MASKED_12, MIN_SNIPPETS_CLEAN_12),
    "probe13": (SNIPPETS13, MIN_SPANS_MASKED_13, MIN_SNIPPETS_CLEAN_13),
    "probe14": (SNIPPETS14, MIN_SPANS_MASKED_14, MIN_SNIPPETS_CLEAN_14),
    "probe16a": (SNIPPETS16A, MIN_SPANS_MASKED_16A, MIN_SNIPPETS_CLEAN_16A),
    "probe15": (SNIPPETS15, MIN_SPANS_MASKED_15, MIN_SNIPPETS_CLEAN_15),
    "probe16b": (SNIPPETS16B, MIN_SPANS_MASKED_16B, MIN_SNIPPETS_CLEAN_16B),
    "probe17a": (SNIPPETS17A, MIN_SPANS_MASKED_17A, MIN_SNIPPETS_CLEAN_17A),
    "probe18a": (SNIPPETS18A, MIN_SPANS_MASKED_18A, MIN_SNIPPETS_CLEAN_18A),
    "probe17b": (SNIPPETS17B, MIN_SPANS_MASKED_17B, MIN_SNIPPETS_CLEAN_17B),
    "probe18b": (SNIPPETS18B, MIN_SPANS_MASKED_18B, MIN_SNIPPETS_CLEAN_18B),
    "probe19": (SNIPPETS19, MIN_SPANS_MASKED_19, MIN_SNIPPETS_CLEAN_19),
    "probe20a": (SNIPPETS20A, MIN_SPANS_MASKED_20A, MIN_SNIPPETS_CLEAN_20A),
    "probe21a": (SNIPPETS21A, MIN_SPANS_MASKED_21A, MIN_SNIPPETS_CLEAN_21A),
    "probe20b": (SNIPPETS20B, MIN_SPANS_MASKED_20B, MIN_SNIPPETS_CLEAN_20B),
    "probe21b": (SNIPPETS21B, MIN_SPANS_MASKED_21B, MIN_SNIPPETS_CLEAN_21B),
    "probe22a": (SNIPPETS22A, MIN_SPANS_MASKED_22A, MIN_SNIPPETS_CLEAN_22A),
    "probe23a": (SNIPPETS23A, MIN_SPANS_MASKED_23A, MIN_SNIPPETS_CLEAN_23A),
    "probe22b": (SNIPPETS22B, MIN_SPANS_MASKED_22B, MIN_SNIPPETS_CLEAN_22B),
    "probe23b": (SNIPPETS23B, MIN_SPANS_MASKED_23B, MIN_SNIPPETS_CLEAN_23B),
    "probe24": (SNIPPETS24, MIN_SPANS_MASKED_24, MIN_SNIPPETS_CLEAN_24),
    "probe25": (SNIPPETS25, MIN_SPANS_MASKED_25, MIN_SNIPPETS_CLEAN_25),
    "probe26": (SNIPPETS26, MIN_SPANS_MASKED_26, MIN_SNIPPETS_CLEAN_26),
    "probe27": (SNIPPETS27, MIN_SPANS_MASKED_27, MIN_SNIPPETS_CLEAN_27),
    "probe28": (SNIPPETS28, MIN_SPANS_MASKED_28, MIN_SNIPPETS_CLEAN_28),
    "probe29": (SNIPPETS29, MIN_SPANS_MASKED_29, MIN_SNIPPETS_CLEAN_29),
    "probe30": (SNIPPETS30, MIN_SPANS_MASKED_30, MIN_SNIPPETS_CLEAN_30),
    "probe31": (SNIPPETS31, MIN_SPANS_MASKED_31, MIN_SNIPPETS_CLEAN_31),
    "probe32": (SNIPPETS32, MIN_SPANS_MASKED_32, MIN_SNIPPETS_CLEAN_32),
    "probe35": (SNIPPETS35, MIN_SPANS_MASKED_35, MIN_SNIPPETS_CLEAN_35),
    "probe33": (SNIPPETS33, MIN_SPANS_MASKED_33, MIN_SNIPPETS_CLEAN_33),
    "probe34": (SNIPPETS34, MIN_SPANS_MASKED_34, MIN_SNIPPETS_CLEAN_34),
    "probe36": (SNIPPETS36, MIN_SPANS_MASKED_36, MIN_SNIPPETS_CLEAN_36),
    "probe37": (SNIPPETS37, MIN_SPANS_MASKED_37, MIN_SNIPPETS_CLEAN_37),
    "probe38": (SNIPPETS38, MIN_SPANS_MASKED_38, MIN_SNIPPETS_CLEAN_38),
    "probe39": (SNIPPETS39, MIN_SPANS_MASKED_39, MIN_SNIPPETS_CLEAN_39),
    "probe40": (SNIPPETS40, MIN_SPANS_MASKED_40, MIN_SNIPPETS_CLEAN_40),
    "probe41": (SNIPPETS41, MIN_SPANS_MASKED_41, MIN_SNIPPETS_CLEAN_41),
    "probe42": (SNIPPETS42, MIN_SPANS_MASKED_42, MIN_SNIPPETS_CLEAN_42),
    "probe43": (SNIPPETS43, MIN_SPANS_MASKED_43, MIN_SNIPPETS_CLEAN_43),
    "probe44": (SNIPPETS44, MIN_SPANS_MASKED_44, MIN_SNIPPETS_CLEAN_44),
    "probe45": (SNIPPETS45, MIN_SPANS_MASKED_45, MIN_SNIPPETS_CLEAN_45),
    "probe46": (SNIPPETS46, MIN_SPANS_MASKED_46, MIN_SNIPPETS_CLEAN_46),
    "probe47": (SNIPPETS47, MIN_SPANS_MASKED_47, MIN_SNIPPETS_CLEAN_47),
    "probe48": (SNIPPETS48, MIN_SPANS_MASKED_48, MIN_SNIPPETS_CLEAN_48),
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def test_the_probe_is_well_formed() -> None:
    assert len(SNIPPETS) >= 120 and len(SNIPPETS4) >= 100 and len(SNIPPETS5) >= 70
    assert len(SNIPPETS6) >= 100 and len(SNIPPETS7) >= 100 and len(SNIPPETS8) >= 100
    assert len(SNIPPETS9) >= 50 and len(SNIPPETS10) >= 100 and len(SNIPPETS11) >= 80
    assert len(SNIPPETS12) >= 100 and sum(len(s.gold) for s in SNIPPETS12) >= 1200
    assert len(SNIPPETS13) >= 80 and sum(len(s.gold) for s in SNIPPETS13) >= 950
    assert len(SNIPPETS14) >= 95 and sum(len(s.gold) for s in SNIPPETS14) >= 850
    assert len(TRAPS14) >= 8
    assert len(SNIPPETS16A) >= 55 and sum(len(s.gold) for s in SNIPPETS16A) >= 500
    assert len(SNIPPETS15) >= 100 and sum(len(s.gold) for s in SNIPPETS15) >= 890
    assert len(SNIPPETS16B) >= 44 and sum(len(s.gold) for s in SNIPPETS16B) >= 390
    assert len(SNIPPETS17A) >= 50 and sum(len(s.gold) for s in SNIPPETS17A) >= 500
    assert len(SNIPPETS18A) >= 50 and sum(len(s.gold) for s in SNIPPETS18A) >= 530
    assert len(SNIPPETS17B) >= 50 and len(SNIPPETS18B) >= 50 and len(SNIPPETS19) >= 100
    assert len(SNIPPETS20A) == len(SNIPPETS20B) == len(SNIPPETS21A) == len(SNIPPETS21B) == 50
    assert sum(len(s.gold) for s in SNIPPETS20A + SNIPPETS20B) == 1176
    assert sum(len(s.gold) for s in SNIPPETS21A + SNIPPETS21B) == 1127
    assert len(TRAPS20) == len(TRAPS21) == len(TRAPS22) == len(TRAPS23) == len(TRAPS24) == 20
    assert (
        len(TRAPS25)
        == len(TRAPS26)
        == len(TRAPS27)
        == len(TRAPS28)
        == len(TRAPS29)
        == len(TRAPS30)
        == len(TRAPS31)
        == len(TRAPS32)
        == len(TRAPS35)
        == len(TRAPS33)
        == len(TRAPS34)
        == len(TRAPS36)
        == len(TRAPS37)
        == len(TRAPS38)
        == len(TRAPS39)
        == len(TRAPS40)
        == len(TRAPS41)
        == len(TRAPS42)
        == len(TRAPS43)
        == len(TRAPS44)
        == len(TRAPS45)
        == len(TRAPS46)
        == len(TRAPS47)
        == len(TRAPS48)
        == 20
    )
    assert (
        len(SNIPPETS25)
        == len(SNIPPETS26)
        == len(SNIPPETS27)
        == len(SNIPPETS28)
        == len(SNIPPETS29)
        == len(SNIPPETS30)
        == len(SNIPPETS31)
        == len(SNIPPETS32)
        == len(SNIPPETS35)
        == len(SNIPPETS33)
        == len(SNIPPETS34)
        == len(SNIPPETS36)
        == len(SNIPPETS37)
        == len(SNIPPETS38)
        == len(SNIPPETS39)
        == len(SNIPPETS40)
        == len(SNIPPETS41)
        == len(SNIPPETS42)
        == len(SNIPPETS43)
        == len(SNIPPETS44)
        == len(SNIPPETS45)
        == len(SNIPPETS46)
        == len(SNIPPETS47)
        == len(SNIPPETS48)
        == 100
    )
    assert sum(len(s.gold) for s in SNIPPETS29) == 1113
    assert sum(len(s.gold) for s in SNIPPETS30) == 1140 and sum(len(s.gold) for s in SNIPPETS31) == 990
    assert sum(len(s.gold) for s in SNIPPETS32) == 857
    assert sum(len(s.gold) for s in SNIPPETS35) == 879
    assert sum(len(s.gold) for s in SNIPPETS33) == 936 and sum(len(s.gold) for s in SNIPPETS34) == 873
    assert sum(len(s.gold) for s in SNIPPETS36) == 870
    assert sum(len(s.gold) for s in SNIPPETS37) == 1454 and sum(len(s.gold) for s in SNIPPETS38) == 1339
    assert sum(len(s.gold) for s in SNIPPETS39) == 900
    assert sum(len(s.gold) for s in SNIPPETS40) == 892 and sum(len(s.gold) for s in SNIPPETS41) == 866
    assert sum(len(s.gold) for s in SNIPPETS42) == 917
    assert sum(len(s.gold) for s in SNIPPETS43) == 1313 and sum(len(s.gold) for s in SNIPPETS44) == 1031
    assert sum(len(s.gold) for s in SNIPPETS45) == 1072
    assert sum(len(s.gold) for s in SNIPPETS46) == 892 and sum(len(s.gold) for s in SNIPPETS47) == 843
    assert sum(len(s.gold) for s in SNIPPETS48) == 835
    assert sum(len(s.gold) for s in SNIPPETS27) == 841 and sum(len(s.gold) for s in SNIPPETS28) == 899
    assert sum(len(s.gold) for s in SNIPPETS25) == 818 and sum(len(s.gold) for s in SNIPPETS26) == 851
    assert len(SNIPPETS22A) == len(SNIPPETS22B) == len(SNIPPETS23A) == len(SNIPPETS23B) == 50
    assert sum(len(s.gold) for s in SNIPPETS22A + SNIPPETS22B) == 1236
    assert sum(len(s.gold) for s in SNIPPETS23A + SNIPPETS23B) == 1112
    assert len(SNIPPETS24) == 100 and sum(len(s.gold) for s in SNIPPETS24) == 785
    assert len(TRAPS15) >= 10 and len(TRAPS16) >= 9 and len(TRAPS17) >= 10 and len(TRAPS18) >= 10
    assert len(TRAPS) >= 100
    batches = [s for snippets, _, _ in FLOORS.values() for s in snippets]
    unasserted_traps = (
        TRAPS15
        + TRAPS16
        + TRAPS17
        + TRAPS18
        + TRAPS19
        + TRAPS20
        + TRAPS21
        + TRAPS22
        + TRAPS23
        + TRAPS24
        + TRAPS25
        + TRAPS26
        + TRAPS27
        + TRAPS28
        + TRAPS29
        + TRAPS30
        + TRAPS31
        + TRAPS32
        + TRAPS35
        + TRAPS33
        + TRAPS34
        + TRAPS36
        + TRAPS37
        + TRAPS38
        + TRAPS39
        + TRAPS40
        + TRAPS41
        + TRAPS42
        + TRAPS43
        + TRAPS44
        + TRAPS45
        + TRAPS46
        + TRAPS47
        + TRAPS48
    )
    every = batches + TRAPS + TRAPS14 + unasserted_traps
    assert len({s.id for s in every}) == len(every)
    assert all(s.gold for s in batches)
    assert not any(s.gold for s in TRAPS + TRAPS14 + unasserted_traps)


@pytest.mark.parametrize("snippet", TRAPS + TRAPS14, ids=lambda s: s.id)
def test_nothing_is_found_in_a_trap(detector: Detector, snippet: Snippet) -> None:
    found = detector.detect(snippet.text)
    assert not found, f"{snippet.id}: {[(f.label, snippet.text[f.start : f.end]) for f in found]}"


#: The batches held out during the current session: a failing floor prints their totals, never their misses, so
#: that no one fixes against them by reading a test's output.
HELD_OUT_NOW = frozenset({"probe46", "probe47", "probe48"})


@pytest.mark.parametrize(
    ("name", "snippets", "min_spans", "min_clean"), [(n, *f) for n, f in FLOORS.items()], ids=list(FLOORS)
)
def test_the_probe_holds_its_floors(
    detector: Detector, name: str, snippets: list[Snippet], min_spans: float, min_clean: float
) -> None:
    found = [detector.detect(s.text) for s in snippets]
    summary = summarise(snippets, found, TRAPS, [detector.detect(s.text) for s in TRAPS])
    print("\n" + "\n".join(summary.lines()))
    for snippet, fs in zip(snippets, found, strict=True):
        for s, e, label in missed(snippet, fs) if name not in HELD_OUT_NOW else ():
            print(f"  missed {snippet.id}: {label} {snippet.text[s:e]!r}")
    spans = sum(summary.found.values()) / sum(summary.gold.values())
    assert spans >= min_spans
    assert summary.clean_snippets / summary.snippets >= min_clean
