"""Words that look like names in clinical text but are not: drugs, devices, units, calendar words.

:data:`MEDICAL_WORDS` counts as common vocabulary (a capitalised one needs a title or a header to be
a name); :data:`NOT_NAMES` never starts or continues a name found by the lists. Keys are folded.
"""

from __future__ import annotations

from egide.detect.calendar import MONTHS, WEEKDAYS, unaccented
from egide.detect.names.wordlist import words

#: Drug names (brands and molecules), devices and clinical words that also appear in surname lists
#: or are capitalised at the start of prescription lines.
MEDICAL_WORDS: frozenset[str] = words(
    """
    kardegic aspegic doliprane dafalgan efferalgan paracetamol lovenox innohep fragmine previscan
    coumadine sintrom xarelto eliquis pradaxa lixiana plavix brilique efient tahor crestor zocor
    elisor ezetrol inexium mopral lanzor ogast pariet inipomp lasilix burinex aldactone esidrex
    fludex coversyl triatec renitec lopril amlor loxen tenormine detensiel cardensiel kredex
    avlocardyl atarax lexomil xanax seresta temesta stilnox imovane tercian loxapac haldol risperdal
    zyprexa abilify deroxat seroplex prozac effexor cymbalta laroxyl tegretol depakine keppra
    lamictal rivotril valium tramadol topalgic contramal ixprim acupan nefopam skenan oxynorm
    actiskenan durogesic morphine augmentin clamoxyl orelox oflocet ciflox rocephine claforan
    tazocilline tienam meronem vancomycine gentamicine amikacine flagyl bactrim fosfocine monuril
    zithromax rovamycine pyostacine dalacine fucidine solupred cortancyl medrol celestene
    hydrocortisone ventoline bricanyl seretide symbicort spiriva atrovent pulmicort becotide
    singulair levothyrox euthyral neomercazole metformine glucophage stagid diamicron amarel januvia
    victoza trulicity ozempic lantus levemir novorapid humalog toujeo tresiba insuline calciparine
    heparine kayexalate resikali forlax movicol duphalac transipeg smecta tiorfan imodium spasfon
    debridat motilium primperan vogalene zophren gaviscon maalox uvedose dedrogyl calcidose cacit
    orocal tardyferon ferograd venofer ferinject speciafoldine neurontin lyrica izalgi lamaline
    dafalgan aerius clarityne zyrtec xyzall polaramine kestin celestamine ebastine doppler holter
    scanner irm echographie scintigraphie coronarographie picc port-a-cath portacath redon penrose
    gram garden glasgow apgar
    """
)

#: Microbes, acronyms, scales and devices of clinical notes that the name lists may contain.
MEDICAL_WORDS = MEDICAL_WORDS | words(
    """
    coli aureus pylori faecalis faecium pneumoniae epidermidis albicans difficile jirovecii candida
    klebsiella escherichia staphylococcus streptococcus pseudomonas clostridium clostridioides
    helicobacter enterococcus listeria salmonella shigella legionella mycoplasma chlamydia neisseria
    haemophilus proteus serratia enterobacter acinetobacter aspergillus mycobacterium borrelia
    treponema toxoplasma plasmodium giardia cryptococcus pneumocystis campylobacter citrobacter
    morganella stenotrophomonas bacteroides fusobacterium actinomyces nocardia brucella bordetella
    rickettsia coxiella bartonella leptospira yersinia vibrio moraxella prevotella veillonella ecbu
    aggir usic usc ssr had apa etp nfs crp irm tdm ecg eeg emg avc ait hta bpco idm sca tvp fevg
    vems mmse nihss moca gds iade ibode aide-soignante ehpad smur samu ide ase cmv ebv vih vhc vhb
    hpv covid sars timed tinetti optiflow airvo picc redon betadine bricanyl atrovent plavix
    bisoprolol ramipril prevenar boostrixtetra repevax infanrix hexyon gardasil comirnaty spikevax
    mag diffu-k folfox folfiri folfirinox xelox capox abvd beacopp chop r-chop vad vtd dara
    entresto jardiance forxiga cordarone digoxine keytruda opdivo herceptin avastin xeloda temodal
    glivec humira remicade stelara entyvio imurel pentasa tecfidera
    rea cardio pneumo neuro gastro ortho chir uro onco hemato nephro endoc derma rhumato psy pedia
    gyneco labo bloc radio kine kines
    tmax cmax cmin tmin vss auc atiii tih fivete icsi
    fast efast fat sat flair stir
    """
)
# A sample tube's additive (« tube violet EDTA ») and the rescue services a note says raised the alarm (« alerte
# donnée par le CROSS », « hélitreuillé par le PGHM », « le CODIS »): in capitals alone, nobody.
MEDICAL_WORDS = MEDICAL_WORDS | words("edta cross codis sdis pghm cossim")

#: The abbreviations of the liver's and the muscle's enzymes in a blood test (« transaminases ( ALAT et
#: ASAT ) », « SGOT, SGPT », « TGO », « GGT », « LDH », « CPK »): capitals with their vowels, which the
#: name model may read as a surname in capitals beside another (press11: QUAERO's leaflets).
MEDICAL_WORDS = MEDICAL_WORDS | words("asat alat sgot sgpt tgo tgp ggt gamma-gt ldh cpk")

#: The clipped words of imaging requests and dictation (« écho abdo », « radio pulm », « scanno TAP »),
#: which the name lists hold as rare names: in a lower-case note re-cased they read as one.
MEDICAL_WORDS = MEDICAL_WORDS | words("abdo pulm mammo scanno coro dopp")

#: Acronyms of social services, of psychiatric care under constraint and of hurried prescriptions that
#: a model reads as a surname in capitals (« dossier DALO déposé », « orientation SIAO », « ORDO : »).
MEDICAL_WORDS = MEDICAL_WORDS | words(
    """
    dalo daho siao cada chrs ccas crip mdph aeeh samsah esat evasan sdre spdre spdt sppi cglpl uhsa
    umd cdsp ordo
    """
)

#: Acronyms of procedures, syndromes, scales and devices in capitals that a model or the lists read as a
#: surname (« proposition de TAVI », « la lamotrigine dans le DRESS », « synthèse SBAR », « L'ETT
#: retrouve », « voie cœlioscopique (TAPP) », « GIR 2 »): the words of care, no person (a title before
#: one still makes a name of it).
MEDICAL_WORDS = MEDICAL_WORDS | words(
    """
    tavi tapp tep raac dress sbar saos ecmo acfa stemi nstemi bipap ett eto rcp gir aesh
    """
)

#: The emergency triage scales (« FRENCH : tri 2 », « CCMU 3 », « GEMSA 4 »), the acute coronary syndrome
#: (« RACS »), and the English words of a cardiac arrest's timeline (« no flow 3 min, low flow 18 min »),
#: which the lists hold as rare names.
MEDICAL_WORDS = MEDICAL_WORDS | words("french ccmu gemsa racs flow no-flow low-flow")

#: Acronyms of neonatal discharge letters that a model reads as a surname in capitals (« Pas d'ECUN »,
#: « MMH traitée par surfactant », « RCIU sévère »): the diseases of the premature newborn.
MEDICAL_WORDS = MEDICAL_WORDS | words("ecun mmh rciu dbp")

#: Acronyms of adult diseases that spell like a name in capitals and that the model reads as one
#: (« AOMI stentée en 2020 », « MICI connue », « SAHOS appareillé », « NASH »): the arteriopathy of the
#: legs, the inflammatory bowel diseases, sleep apnoea, the fatty liver diseases and their new names.
MEDICAL_WORDS = MEDICAL_WORDS | words("aomi mici sahos saos nash masld mafld mash")

#: Acronyms of care teams and of the associations that protect or represent a person, whose letters
#: also spell a first name, a surname or a word (« Addictologie (ELSA) », « Tuteur : UDAF de la
#: Somme », « orientée vers la PASS »): in capitals, an organisation, no person (a title before one
#: still makes a name of it, « Mme PASS »). Checked on words in capitals only: « Elsa » is a first name.
ORGANISATION_ACRONYMS: frozenset[str] = words(
    """
    elsa pass udaf udafs atmp apajh adapei unapei unafam umap emsp eqsp lisp emgp umg ucsa usmp smpr
    cume clic maia dac pta cpts caf msa mdpa
    """
)
# The cooperative groups that run the cancer and blood trials a report cites with its protocol (« essai
# H10 de l'EORTC / LYSA », « protocole GRAALL », « inclusion IFM »): their acronyms in capitals spell
# first names and surnames too (« LYSA », « FILO », « ALFA »).
ORGANISATION_ACRONYMS = ORGANISATION_ACRONYMS | words(
    "lysa lysarc gela ifct gortec ffcd gercor unicancer ifm goelams filo arcagy gineco eortc sfce gfm"
    " graall alfa"
)
# The legal forms of French companies before or after their name (« SARL Transports Muller », « SAS
# Dupont », « Cabinet Martin SELARL »): an employer's or a practice's company, the form no person (the
# lists hold « Sarl », « Scop » as surnames).
ORGANISATION_ACRONYMS = ORGANISATION_ACRONYMS | words(
    "sarl sas sasu eurl sci scop scp scm snc selarl selas selafa selca gie gaec earl scea"
)

#: The health insurance's programmes and exchange standards whose names in capitals also spell a
#: surname or a first name (« sortie avec le PRADO orthopédie », « transmission NOEMIE à la caisse »,
#: « programme SOPHIA »): a programme, no person, unless a name stands beside it in capitals (« MARTIN
#: NOEMIE » in a banner is a patient) or a title before it (checked where it is used).
INSURANCE_PROGRAMMES: frozenset[str] = words("prado noemie sophia")

#: Lab tests named in English, as the displays of LOINC codes in FHIR and HL7 results write them
#: (« "display": "Hemoglobin A1c" », « 2160-0^Creatinine^LN »).
MEDICAL_WORDS = MEDICAL_WORDS | words(
    """
    hemoglobin haemoglobin hematocrit haematocrit glucose creatinine potassium sodium chloride calcium
    magnesium phosphate platelets leukocytes erythrocytes neutrophils lymphocytes monocytes
    eosinophils cholesterol triglyceride triglycerides albumin bilirubin ferritin troponin lactate
    urea protein fibrinogen prothrombin thyrotropin cortisol insulin bicarbonate
    """
)

#: The clipped names of bedside measures and lab tests that nurses' handovers write before a value
#: (« glyc 2,1 à 22h », « HGT 1,42 », « dextro 0,6 », « créat 145 », « plaq 92 G/L »), which a model
#: reads as a surname when the line is read re-cased or the word opens a clause.
MEDICAL_WORDS = MEDICAL_WORDS | words(
    """
    glyc glyce glycem hgt dextro dextros creat plaq hemog hemato leuco leucos kali kaliem natrem natre
    calcem phosph albu bili tropo ferri lacta fibri fibrino protei diur
    """
)

#: Staging and grading systems written in capitals before their stage (« BPCO GOLD 3 », « FIGO IIIC »,
#: « KDIGO 2 », « BCLC B », « ISUP 2 », « CTCAE grade 3 », « GINA 4 »): a classification, no surname.
MEDICAL_WORDS = MEDICAL_WORDS | words("gold figo kdigo bclc isup ctcae recist gina ilae eular")

# Specialties, units and roles of a hospital, whose clipped forms notes write capitalised (« avis
# Diabéto », « HDJ Rhumato », « transmis à Coordo », « Passage Diét », « Dr Martin (Endoc) »).
_SPECIALTIES = words(
    """
    cardiologie diabetologie endocrinologie gastroenterologie hepatologie nephrologie neurologie
    pneumologie rhumatologie dermatologie ophtalmologie stomatologie oncologie hematologie gynecologie
    obstetrique pediatrie geriatrie psychiatrie addictologie allergologie immunologie infectiologie
    urologie orthopedie traumatologie reanimation anesthesie anesthesiste radiologie radiotherapie
    chirurgie coordination coordinatrice coordinateur coordonnateur coordonnatrice dieteticienne dieteticien dietetique ergotherapie
    ergotherapeute kinesitherapie kinesitherapeute psychomotricite psychomotricienne orthophonie
    orthophoniste podologie podologue gerontologie cancerologie nutrition anatomopathologie
    neurochirurgie pedopsychiatrie algologie angiologie phlebologie proctologie sexologie tabacologie
    toxicologie virologie bacteriologie neuroradiologie endoscopie neuropediatrie neuropsychologie
    psychologie secretariat neonatologie
    """
)
# Clips that are also first names or surnames of the lists (« Cardi », « Écho », « Géron »): left out.
_NAMED_CLIPS = words("cance cardi geron pharm diabe diete echo gero")


def _clips(specialties: frozenset[str]) -> frozenset[str]:
    """The clipped forms of ``specialties``: every beginning of four letters or more, short of the whole
    word, that ends in « o », the way French clips them (« diabéto », « coordo », « rhumato »). A cut
    after a consonant is a journal's abbreviation (« Gynecol Obstet Fertil ») more often: only the
    few that notes write are listed below."""
    clips = set()
    for word in specialties:
        for n in range(4, len(word)):
            if word[n - 1] == "o":
                clips.add(word[:n])
    return frozenset(clips - _NAMED_CLIPS)


#: Clipped names of specialties, units and roles (« diabeto », « coordo », « rhumato », « diet »).
CLIPPED_SPECIALTIES: frozenset[str] = _clips(_SPECIALTIES) | words("diet endoc anesth neurochir psychomot")
MEDICAL_WORDS = MEDICAL_WORDS | CLIPPED_SPECIALTIES

#: Calendar words: never part of a name, even after a title (« Mme Martin Lundi »).
CALENDAR: frozenset[str] = frozenset(unaccented(word) for word in (*MONTHS, *WEEKDAYS))

#: Capitalised words the lists must not take for names without a title (places found elsewhere).
NOT_NAMES: frozenset[str] = CALENDAR | frozenset(
    {"france", "paris", "lyon", "marseille", "europe", "afrique"}
    # greetings and sign-offs that open or close a letter or a message
    | {"bonjour", "bonsoir", "salut", "merci", "cordialement", "confraternellement", "amicalement"}
    # the greeting of a phone message (« Allô, c'est Mireille »)
    | {"allo"}
    # languages named in English, as prompts ask for a translation (« write in French », « into English »)
    | {"french", "english", "spanish", "german", "portuguese", "arabic"}
    | {"salutations", "respectueusement", "sincerement", "bien", "cher", "chere", "chers", "cheres"}
    | {"veuillez", "agreer", "recevez", "voici", "voila", "ci-joint", "ci-jointe"}
    # the same in the languages families and foreign colleagues write in (Breton, English, Spanish,
    # Portuguese, Italian, German, Dutch): capitalised at a line's start, some were read as names
    | words(
        """
        trugarez degemer regards sincerely thanks gracias saludos atentamente obrigado obrigada
        cumprimentos grazie saluti cordiali distinti danke grusse gruesse grussen gruessen bedankt groeten
        """
    )
    # whom a doctor's letter addresses, capitalised after « Cher », « Madame, » (« Madame, Cher
    # Confrère », « Chère Consœur », « Chers Collègues »): the model read it as a name after a title
    | {"confrere", "confreres", "consoeur", "consoeurs", "collegue", "collegues"}
    # the same in the letters of German, Swiss and Dutch colleagues (« Sehr geehrter Herr Kollege »,
    # « Liebe Frau Kollegin », « Geachte collega »), which a title opens as a name
    | {"kollege", "kollegen", "kollegin", "kolleginnen", "collega", "collegae"}
    # (« Sehr geehrte Damen und Herren », the German « Madame, Monsieur »)
    | {"damen", "herren"}
    # labels of identifiers, in capitals before their value (« IBAN : FR76 … »)
    | {"iban", "bic", "rib", "swift", "siret", "siren", "finess", "adeli", "rpps", "nir", "ins", "ipp", "nda"}
    # the identity's labels of interchange formats and of Belgium (« assigningAuthorityName="INS-NIR" »,
    # « NISS belge »), and the INS's status (« |VALI »)
    | {"ins-nir", "ins-nia", "niss", "vali"}
    # countries and regions patients come from or travel to: some are in the noisy first-name source
    | words(
        """
        maroc algerie tunisie senegal mali cameroun belgique suisse espagne portugal italie allemagne
        pologne roumanie turquie chine vietnam angleterre irlande canada bresil russie ukraine
        corse bretagne normandie alsace guadeloupe martinique reunion guyane mayotte
        liban syrie irak egypte libye mauritanie guinee comores madagascar haiti cambodge brasil
        """
    )
    # a national charity, the same in every town (« hébergé par la Croix-Rouge »)
    | {"croix-rouge"}
    # ECG leads (« sus-ST en DII DIII aVF »)
    | {"di", "dii", "diii", "avf", "avl", "avr"}
    # the household before its name (« Famille Çelik : », « FAMILLE PRÉSENTE »), a surname in the lists
    | {"famille", "familles"}
)
