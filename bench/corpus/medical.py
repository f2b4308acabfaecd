"""Clinical content without any identifier: reasons for admission, history, examination, labs,
imaging, treatment lines. Shared by the documents (around the identifiers) and by the clean-prose
corpus that measures over-masking. Eponyms, doses, scores, blood pressure « 12/8 », ICD codes and
lab values are here on purpose: a detector must leave them alone.
"""

from __future__ import annotations

from bench.corpus.context import Ctx

REASONS = [
    "douleur thoracique constrictive", "dyspnée d'effort d'aggravation progressive", "chute à domicile",
    "altération de l'état général", "fièvre à 39 °C avec frissons", "confusion d'installation brutale",
    "hémiparésie droite", "douleurs abdominales de la fosse iliaque droite", "syncope", "hématémèse",
    "décompensation cardiaque globale", "crise convulsive généralisée", "lombalgie fébrile",
    "œdème du membre inférieur gauche", "hyperglycémie à 4,2 g/L", "troubles de la marche",
]  # fmt: skip
HISTORY = [
    "maladie de Parkinson évoluant depuis 8 ans", "diabète de type 2 sous metformine",
    "HTA traitée", "fibrillation atriale paroxystique sous apixaban", "BPCO stade GOLD 3",
    "syndrome de Guillain-Barré dans l'enfance", "maladie de Crohn iléale", "thyroïdite de Hashimoto",
    "maladie d'Alzheimer au stade modéré", "insuffisance rénale chronique stade 3b (DFG 38 mL/min)",
    "cardiopathie ischémique stentée", "maladie de Horton traitée par corticoïdes", "syndrome de Sjögren",
    "lymphome de Hodgkin en rémission", "maladie de Basedow", "sclérose en plaques rémittente",
    "syndrome de Cushing iatrogène", "tétralogie de Fallot opérée", "maladie de Paget osseuse",
    "cancer du sein gauche traité par tumorectomie et radiothérapie", "AVC ischémique sylvien gauche",
    "syndrome d'apnées du sommeil appareillé", "hernie hiatale", "tabagisme sevré (30 PA)",
    "canal lombaire étroit", "polyarthrite rhumatoïde séropositive", "maladie de Dupuytren",
]  # fmt: skip
EXAM = [
    "TA 12/8, FC 78/min, SpO2 96 % en air ambiant, température 37,2 °C.",
    "TA 145/90 mmHg, pouls à 102/min, FR 24/min, SpO2 91 % sous 2 L/min.",
    "Signe de Babinski à droite. Réflexes ostéotendineux vifs et symétriques.",
    "Auscultation cardiaque : souffle systolique 2/6 au foyer aortique. Pas de signe d'insuffisance cardiaque droite.",
    "Signe de Murphy positif. Abdomen souple par ailleurs.",
    "Signe de Lasègue à 40° à gauche. Pas de déficit moteur.",
    "Score de Glasgow à 15. Pas de syndrome méningé. Manœuvre de Barré négative.",
    "Crépitants bilatéraux des bases. Œdèmes des membres inférieurs prenant le godet.",
    "Signe de Homans négatif. Mollets souples.",
    "Examen neurologique : NIHSS à 4, paralysie faciale centrale droite.",
    "Poids 72 kg, taille 1,68 m, IMC 25,5 kg/m². Périmètre abdominal 98 cm.",
    "Test de Romberg positif. Marche ébrieuse.",
    "Pas d'adénopathie cervicale ni sus-claviculaire. Aires ganglionnaires libres.",
    "EVA à 7/10 au repos. Palpation de la fosse iliaque droite douloureuse, signe de Blumberg positif.",
]  # fmt: skip
LABS = [
    "Hb 10,2 g/dL, VGM 82 fL, plaquettes 245 G/L, leucocytes 12,4 G/L.",
    "CRP 128 mg/L, PCT 2,4 ng/mL.", "Créatinine 142 µmol/L, DFG selon CKD-EPI 41 mL/min/1,73 m².",
    "Na 131 mmol/L, K 5,6 mmol/L, HCO3- 19 mmol/L.", "Troponine Tc 86 ng/L puis 412 ng/L à H3.",
    "NT-proBNP 4 250 pg/mL.", "HbA1c 8,1 %. Glycémie à jeun 1,62 g/L.", "TSH 0,02 mUI/L, T4L 32 pmol/L.",
    "INR 3,4 sous AVK.", "D-dimères 2 300 µg/L.", "ASAT 3N, ALAT 5N, GGT 240 UI/L, bilirubine totale 28 µmol/L.",
    "Gaz du sang : pH 7,31, PaCO2 58 mmHg, PaO2 62 mmHg.", "Lactates 3,1 mmol/L.",
    "Ferritine 18 µg/L, CST 9 %.", "Vitamine B12 et folates normaux.", "ECBU : E. coli multisensible, 10^5 UFC/mL.",
]  # fmt: skip
IMAGING = [
    "Le scanner thoracique injecté ne retrouve pas d'embolie pulmonaire.",
    "L'ECG montre un rythme sinusal, un bloc de branche droit incomplet, sans trouble de la repolarisation.",
    "L'échographie cardiaque retrouve une FEVG à 35 %, une hypokinésie antéro-septale.",
    "L'IRM cérébrale montre un hypersignal diffusion dans le territoire sylvien superficiel gauche.",
    "La radiographie pulmonaire montre un foyer alvéolaire basal droit.",
    "Le doppler veineux objective une thrombose veineuse profonde fémoro-poplitée gauche.",
    "La coronarographie retrouve une sténose serrée de l'IVA proximale, traitée par un stent actif.",
    "L'échographie abdominale montre une vésicule lithiasique à paroi épaissie.",
    "Le scanner cérébral sans injection ne montre pas de saignement.",
    "L'EEG retrouve des anomalies lentes temporales gauches.",
]  # fmt: skip
CONCLUSIONS = [
    "pneumopathie franche lobaire aiguë droite (CIM-10 J18.1)", "syndrome coronarien aigu ST+ (I21.0)",
    "insuffisance cardiaque à FEVG altérée", "AVC ischémique sylvien gauche", "pyélonéphrite aiguë",
    "embolie pulmonaire segmentaire", "cholécystite aiguë lithiasique", "hyponatrémie sur SIADH",
    "exacerbation de BPCO", "syndrome confusionnel sur rétention aiguë d'urine",
    "fracture du col du fémur droit Garden III", "anémie ferriprive sur angiodysplasies",
]  # fmt: skip
DRUGS = [
    "Paracétamol 1 g, 1 comprimé 3 fois par jour si douleur, maximum 4 g/24 h",
    "Amoxicilline-acide clavulanique 1 g/125 mg, 1 sachet matin, midi et soir pendant 7 jours",
    "Bisoprolol 2,5 mg, 1 cp le matin", "Ramipril 5 mg, 1 cp le soir", "Furosémide 40 mg, 1 cp le matin",
    "Apixaban 5 mg, 1 cp matin et soir", "Atorvastatine 40 mg, 1 cp le soir", "Kardégic 75 mg, 1 sachet par jour",
    "Metformine 1000 mg, 1 cp matin et soir au cours des repas", "Insuline glargine 18 UI le soir",
    "Lévothyroxine 75 µg, 1 cp à jeun", "Oméprazole 20 mg, 1 gélule le matin", "Lévodopa/bensérazide 100/25 mg, 1 gélule 4 fois par jour",
    "Enoxaparine 4 000 UI anti-Xa, 1 injection sous-cutanée par jour pendant 10 jours",
    "Prednisone 20 mg, 1 cp le matin pendant 5 jours", "Macrogol 4000, 1 sachet par jour",
    "Kinésithérapie : rééducation à la marche, 15 séances", "Soins infirmiers à domicile : pansement 1 jour sur 2",
]  # fmt: skip
FOLLOW_UP = [
    "Les suites ont été simples.", "L'évolution a été favorable sous antibiothérapie.",
    "Apyrexie obtenue à J3.", "Reprise de la marche avec déambulateur à J5.",
    "La patiente a bénéficié d'une évaluation gériatrique standardisée (MMSE 22/30, ADL 4/6).",
    "Le patient a été transfusé de 2 CGR.", "Relais per os de l'antibiothérapie à J4.",
    "Surveillance scopée de 48 heures sans trouble du rythme.", "Pas de récidive douloureuse.",
    "Bilan martial à contrôler dans 3 mois.", "Consultation de suivi à prévoir dans 6 semaines avec bilan biologique.",
    "Score de CHA2DS2-VASc à 4, HAS-BLED à 2 : anticoagulation poursuivie.",
]  # fmt: skip
OPERATIONS = [
    "cholécystectomie par cœlioscopie", "prothèse totale de hanche droite par voie postéro-latérale",
    "colectomie gauche avec anastomose colorectale", "appendicectomie par cœlioscopie",
    "ostéosynthèse par clou gamma", "cure de hernie inguinale selon Lichtenstein",
    "pontage fémoro-poplité sus-articulaire", "thyroïdectomie totale", "intervention de Whipple (duodénopancréatectomie céphalique)",
]  # fmt: skip


#: Sentences full of eponymous scores, signs and classifications, and brand names in capitals.
EPONYM_SENTENCES = [
    "Score de Glasgow à 14 (Y4 V4 M6). Score de Rankin modifié à 2.",
    "Cirrhose Child-Pugh B8, score de MELD à 14.", "Artériopathie stade II de Leriche et Fontaine.",
    "Adénocarcinome prostatique Gleason 7 (3+4), stade de Ann Arbor non applicable.",
    "Pancréatite aiguë Balthazar C. Ulcère bulbaire Forrest IIb.", "Infarctus Killip 1, classification de Lown non applicable.",
    "Escarre sacrée, score de Braden à 12, échelle de Norton à 11.", "Indice de Karnofsky à 70 %, score de Charlson à 5.",
    "Manœuvre de Valsalva sans effet. Test de Schirmer positif.", "Critères de Duke non remplis.",
    "Score de Wells à 4,5 : probabilité intermédiaire.", "Réflexe de Hoffmann présent à gauche. Signe de Lhermitte.",
    "Syndrome de Gougerot-Sjögren primitif. Phénomène de Raynaud.", "Maladie de Waldenström en surveillance.",
    "Sarcome de Kaposi cutané. Maladie d'Addison substituée.", "Maladie de Wilson : céruléoplasmine basse.",
    "Fracture de Pouteau-Colles. Classification de Garden III.", "Score d'Apgar 8/10/10. Indice de Breslow 1,2 mm.",
    "Échelle de Hamilton à 22. MMS de Folstein à 24/30.", "Coloration de Gram : cocci Gram positif en amas.",
    "Traitement par DOLIPRANE 1 g et KARDEGIC 75 mg, LASILIX 40 mg le matin.",
    "Relais par ELIQUIS 5 mg matin et soir. INEXIUM 20 mg le soir.", "SERESTA 10 mg au coucher, LOVENOX 4 000 UI.",
    "Bilan selon les recommandations de la HAS et de l'ESC 2023.", "Avis de l'équipe mobile de gériatrie et de l'EMSP.",
]  # fmt: skip


def history_list(ctx: Ctx, n: int) -> list[str]:
    return ctx.rng.sample(HISTORY, n)


def paragraph(ctx: Ctx, age: int | None = None, female: bool | None = None) -> str:
    """A paragraph of clinical prose with no identifier (ages under 90 are not identifiers)."""
    if female is None:
        female = ctx.chance(0.5)
    if age is None:
        age = ctx.rng.randrange(18, 89)
    who = "Patiente" if female else "Patient"
    ante = ", ".join(history_list(ctx, ctx.rng.randrange(2, 5)))
    sentences = [
        f"{who} de {age} ans, aux antécédents de {ante}, admis{'e' if female else ''} pour {ctx.pick(REASONS)}.",
        ctx.pick(EXAM),
        ctx.pick(LABS) + " " + ctx.pick(LABS),
        ctx.pick(EPONYM_SENTENCES),
        ctx.pick(IMAGING),
        f"Au total, {ctx.pick(CONCLUSIONS)}.",
        ctx.pick(FOLLOW_UP),
    ]
    return " ".join(sentences)
