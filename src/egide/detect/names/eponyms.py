"""Medical eponyms: names of people that are not about anybody and must stay in the text.

Two rules, both applied before a capitalised word is taken for a name:

1. A word right after an eponym context (« maladie de », « signe de », « score de », « selon »,
   « manœuvre de », « sonde de »…) is an eponym, known or not: « maladie de Dupuytren », « test de
   Romberg », « intervention de Whipple »; and so is a device's brand after the device (« bande
   Biflex », « pansement Urgostart », « matelas Nimbus »).
2. A word of :data:`EPONYMS` is an eponym wherever it stands (« Parkinson », « Doppler »,
   « Holter »), unless a title or a header puts a person before it (« Dr Parkinson »).

Keys are folded (lower case, no accents).
"""

from __future__ import annotations

import re

from egide.detect.names.wordlist import words

#: Nouns after which « de X », « d'X », « du X » or a bare « X » name a disease, sign or tool.
EPONYM_CONTEXT: frozenset[str] = words(
    """
    maladie maladies syndrome syndromes signe signes score scores test tests epreuve manoeuvre
    manoeuvres sonde sondes classification classifications echelle echelles stade stades critere
    criteres triade reflexe reflexes phenomene loi lois cellule cellules canal canaux corps ligament
    muscle nerf noyau tubercule tube tache taches operation intervention technique procede methode
    incision voie voies point points angle fracture fractures luxation lesion lesions ulcere
    ulceration tumeur lymphome sarcome carcinome anemie thyroidite encephalopathie encephalite
    myopathie neuropathie dystrophie paralysie chorée choree ataxie demence purpura formule equation
    indice index regle regles protocole position positions coloration colorations respiration bruit
    souffle goitre kyste nodule anneau aiguille pince valve valvule plaque plaques cercle cercles
    polygone artere veine membrane gaine glande ganglion tetralogie pentalogie cure montage prothese
    agrafe classe grade grades debit selon pseudo mal drain drains lame lames dysplasie hernie
    diverticule anevrisme greffon nevralgie sclerose atrophie malformation angiome granulome
    pityriasis reaction reactions appareil implant implants clip deficit milieu milieux gelose tumeurs
    attelle attelles broche broches trocart trocarts clou clous ecarteur ecarteurs canule canules
    curette curettes orthese ortheses corset corsets ballon ballonnet tige tiges cupule lambeau
    lambeaux suture sutures sangle
    bande bandes pansement pansements compresse compresses collier matelas coussin catheter catheters
    seringue pompe capteur drainage procedure consensus
    amendement amendements
    systeme systemes
    hemoglobine hemoglobines hb
    naevus nevus naevi tetiere
    cul-de-sac faisceau faisceaux ampoule ampoules sphincter sphincters trompe trompes ilot ilots
    fascia plexus fossette fossettes
    onde ondes bacille bacilles
    encoche encoches empreinte empreintes sillon sillons repli replis
    doigts strie stries triangle triangles espace espaces fosse fosses trou
    trigone trigones bourrelet bourrelets nodosite nodosites hiatus foramen orifice orifices
    ostium zone zones bandelette bandelettes diaphragme nodule nodules tubercules crete cretes
    anse anses valvules septum cordage cordages pilier piliers bulbe arcade arcades
    automate automates analyseur analyseurs lait laits
    lampe lampes stigmate stigmates buvard buvards biopsie biopsies prise prises
    gallia guigoz modilac nidal bledilait enfamil nutriben novalac physiolac picot nutramigen neocate
    alfare pepticate milumel
    """
)
# (the last words: an analyser after its noun, « automate STA-R Max »; a lamp, a sign, a blotting paper,
# a biopsy and a socket named after their author or maker, « lampe de Wood », « stigmates de Bourneville »,
# « buvard Guthrie », « biopsies Sydney », « prise Legrand »; the brands of infant formulas, then their range,
# « Gallia Calisma », « Modilac Riz »)
#: Nouns of a test or a chart named after its author (« sérologie de Wright », « bâtonnets d'Auer »,
#: « table de Lund et Browder »), also a heading's word at a line's end (« … — Sérologies ⏎ Dorival,
#: Jean-Claude »): eponym contexts on their own line only.
SAME_LINE_EPONYM_CONTEXT: frozenset[str] = words(
    "serologie serologies batonnet batonnets table tables abaque abaques"
)
EPONYM_CONTEXT = EPONYM_CONTEXT | SAME_LINE_EPONYM_CONTEXT
# The same nouns written with the ligature, as French types them (« manœuvre de Pringle », « cœlio »): a
# folded key keeps « œ », which no decomposition splits.
EPONYM_CONTEXT = EPONYM_CONTEXT | frozenset(w.replace("oe", "œ") for w in EPONYM_CONTEXT if "oe" in w)
#: Nouns after which a capitalised word, one space away, names a pathogen by the place it was found in
#: (« virus Marburg », « fièvre West Nile », « fièvre de Lassa »): read so only right after them (« Malgré
#: la fièvre, Paul est venu » names a person).
PATHOGEN_NOUNS: frozenset[str] = words("virus fievre fievres")
# A definition or a set of criteria named after the town where a conference wrote it (« SDRA selon la
# définition de Berlin », as « critères de Rome »): no person.
EPONYM_CONTEXT = EPONYM_CONTEXT | words("definition definitions")
# Nouns of pathology by their ending (« myotonie de Steinert », « kératodermie de Siemens »,
# « épithéliome de Malherbe », « carcinome de Lewis »): any of them heads an eponym.
_DISEASE_ENDINGS = (
    "ome", "omes", "oma", "omas", "pathie", "pathies", "plasie", "trophie", "dermie", "tonie", "iasis",
    "algie", "emie",
)  # fmt: skip
# Adjectives between such a noun and « de » (« carcinome pulmonaire de Lewis », « épithéliomas
# momifiés de Malherbe », « kératodermie palmoplantaire diffuse de Siemens »), by their ending.
_ADJECTIVE_ENDINGS = (
    "ique", "iques", "aire", "aires", "al", "ale", "ales", "aux", "eux", "euse", "euses", "if", "ive",
    "ives", "ifs", "e", "ee", "es", "ees", "use", "oide", "oides", "ien", "ienne", "el", "elle",
)  # fmt: skip
# A grade or a type in Roman numerals between the noun and « de » (« stade II de Fontaine »).
# (or a letter, a wave's or a sign's: « onde J d'Osborn », « onde T de Pardee »)
_GRADE = re.compile(r"[ivx]{1,4}[a-c]?|[a-z]")
# Of these, the endings of a past participle or an adjective only when the word is long enough
# (« rosé », « momifiés »; not « de », « les »).
_SHORT_ENDINGS = frozenset({"e", "ee", "es", "ees", "el", "al", "if"})


def _adjective(key: str) -> bool:
    if key in _NOT_ADJECTIVES:
        return False
    for end in _ADJECTIVE_ENDINGS:
        if key.endswith(end):
            return len(key) >= 4 or end not in _SHORT_ENDINGS
    return False


def _eponym_noun(key: str) -> bool:
    return key in EPONYM_CONTEXT or (len(key) > 5 and key.endswith(_DISEASE_ENDINGS))


def heads_eponym(before: list[str]) -> bool:
    """The words before « de X » (folded, nearest last; the caller gives only lower-case words after
    the first) say that X is an eponym: a noun of :data:`EPONYM_CONTEXT` or of pathology, then at
    most three adjectives or complements with « en » (« carcinome pulmonaire de Lewis », « déficit
    en lactose de Lapp », « implant en silastic de Swanson »)."""
    k = len(before) - 1
    for _ in range(4):
        if k < 0:
            return False
        key = before[k]
        if _eponym_noun(key):
            return True
        if k >= 1 and before[k - 1] == "en":
            k -= 2  # « en lactose », « en silastic »
        elif _GRADE.fullmatch(key):
            k -= 1  # « stade II de Fontaine », « type 1 de … »
        elif _adjective(key):
            k -= 1
        else:
            return False
    return False


# Words with an adjective's ending that are nouns or function words of a sentence going on
# (« la fille de X », « le frère de X », « une visite de X »): they stop the walk back.
_NOT_ADJECTIVES = words(
    """
    fille femme frere soeur mere pere oncle tante personne famille visite chambre equipe epouse veuve
    cousine voisine amie ce cette une elle le la les des que qui se ne me te de du
    """
)

#: Eponyms common in French clinical text (diseases, signs, scores, tools, eponymous drugs).
EPONYMS: frozenset[str] = words(
    """
    parkinson parkinsonien parkinsonienne alzheimer babinski guillain barre guillain-barre lasegue
    crohn hodgkin down cushing basedow raynaud horton kaposi apgar glasgow gram ziehl ziehl-neelsen
    doppler holter foley swan swan-ganz hashimoto sjogren sjögren paget dupuytren fallot murphy
    homans romberg blumberg whipple lichtenstein garden kerley mallory mallory-weiss wegener behcet
    charcot charcot-marie-tooth marie-tooth creutzfeldt creutzfeldt-jakob jakob huntington wilson
    addison conn graves verneuil ménière meniere bell quincke forestier dressler kawasaki kussmaul
    cheyne-stokes stokes adams stokes-adams wernicke korsakoff broca willis hartmann hartmann
    gilbert lyme epstein-barr epstein barr barrett zollinger zollinger-ellison ellison still
    takayasu buerger leriche fontaine rutherford nyha killip forrest child child-pugh pugh meld
    ranson glasgow-blatchford blatchford rockall wells geneve genève caprini padua hamilton beck
    folstein mmse karnofsky breslow clark gleason bosniak birads bi-rads tirads ti-rads lugano ann
    arbor binet rai durie-salmon salmon salter salter-harris harris neer weber lauge-hansen gustilo
    pauwels tscherne schatzker denis magerl frankel asia sharp larsen steinbrocker kellgren lawrence
    ahlback outerbridge insall mcmurray lachman thompson finkelstein phalen tinel jobe patte
    yergason neer hawkins speed trendelenburg duchenne erb lasegue leri mingazzini barre hoffmann
    rossolimo westphal argyll argyll-robertson horner claude brown-sequard wallenberg parinaud
    babinski-nageotte guyon volkmann sudeck dejerine roussy dejerine-roussy klippel feil
    klippel-feil arnold chiari arnold-chiari dandy walker dandy-walker sturge weber-sturge
    recklinghausen bourneville turner klinefelter noonan marfan ehlers danlos ehlers-danlos prader
    willi prader-willi angelman rett williams digeorge edwards patau lennox lennox-gastaut gastaut
    west dravet tourette asperger korotkoff laennec corvisart auenbrugger traube austin flint
    austin-flint graham steell carey coombs duroziez musset quincke corrigan osler janeway roth
    libman sacks libman-sacks kerckring treitz oddi vater wirsung santorini glisson calot morison
    douglas retzius bartholin skene cowper lieberkuhn brunner peyer kupffer langerhans sertoli
    leydig purkinje betz schwann ranvier nissl golgi meissner pacini ruffini merkel krause volkmann reil
    havers sharpey achille eustache fallope wharton stensen stenon hunter scarpa poupart hesselbach
    cooper gimbernat spiegel petit grynfeltt morgagni bochdalek larrey zenker killian meckel
    hirschsprung ladd kasai soave duhamel swenson nissen toupet dor heller billroth roux roux-en-y
    finney whipple frey beger puestow hartmann miles milligan morgan milligan-morgan ferguson longo
    delorme altemeier shouldice bassini mcvay stoppa rives lichtenstein kugel bankart latarjet
    bristow putti-platt seldinger swan-ganz fogarty foley pezzer malecot mallecot levin salem
    blakemore sengstaken minnesota linton dormia kehr redon jost mickulicz penrose kocher allis
    babcock pean halsted mayo metzenbaum kelly rochester bier bonnet mallampati cormack lehane
    cormack-lehane aldrete ramsay richmond rass braden norton waterlow barthel katz lawton iadl adl
    mna apfel ramsay snellen monoyer parinaud ishihara amsler schirmer goldmann tono weber rinne
    valsalva epley dix-hallpike hallpike halmagyi romberg unterberger fukuda heimlich sellick
    trendelenburg fowler rose rose-waaler waaler-rose widal felix ziehl koch hansen nicolas-favre
    favre besnier boeck schaumann besnier-boeck-schaumann mantoux elisa western southern northern
    sanger pcr bence jones bence-jones tamm horsfall tamm-horsfall schilling coombs kleihauer betke
    kleihauer-betke ham dacie donath landsteiner donath-landsteiner rhesus levey jennings westgard
    friedewald cockcroft gault cockcroft-gault mdrd ckd-epi henderson hasselbalch
    henderson-hasselbalch starling frank frank-starling laplace poiseuille fick bernoulli ohm nernst
    goldman hodgkin-huxley huxley harvey hippocrate hippocratique galien vesale pasteur lister
    semmelweis lugol dakin betadine bouin giemsa may-grunwald-giemsa papanicolaou perls grocott
    warthin-starry warthin congo ehrlich wright leishman romanowsky hartmann ringer lactate kaplan
    meier kaplan-meier cox fisher student wilcoxon mann whitney mann-whitney kruskal wallis
    kruskal-wallis pearson spearman bland altman bland-altman youden fagan bayes leriche balthazar
    rankin ranson epworth bishop manning silverman zarit fagerstrom charlson wexner bristol metavir
    montgomery asberg montgomery-asberg mcgill
    mcburney rovsing kernig brudzinski chvostek kell duffy kidd rh-kel rh-kel1 lutheran
    beth-vincent simonin simonin-michon
    kapandji kuntscher hasson pfannenstiel blair-donati donati
    simpson boston leonetti claeys leonetti-claeys
    deauville
    creton ottawa montreal
    """
)
# Eponyms of signs, diseases, classifications, operations and devices that name nobody in French
# clinical text (« nodosités d'Heberden », « score de Fazekas », « intervention de Bentall », « fixateur
# d'Ilizarov », « syndrome de Mirizzi »), checked against the name lists: none is a listed first name,
# and none a surname a French patient commonly bears (« Lallemand », « Froment », « Fontan » were left
# to rule 1).
EPONYMS = EPONYMS | words(
    """
    heberden koplik lewy disse reed-sternberg sternberg virchow gerota denonvilliers toldt hinchey
    baveno ortolani galeazzi monteggia tillaux osgood osgood-schlatter perthes legg-calve-perthes
    scheuermann kummell bechterew sezary waldenstrom kahler burkitt wilms fuhrman aschoff curschmann
    howell-jolly pappenheimer dohle pelger-huet tzanck nikolsky koebner auspitz westermark
    fleischner chilaiditi rigler kausch heineke-mikulicz ramstedt fredet ravitch bentall blalock
    taussig jatene rastelli tsuge bunnell silfverskiold trillat hill-sachs lapidus ilizarov schanz
    letournel pipkin langenskiold dukes wolff-parkinson-white brugada lown mobitz wenckebach bazett
    sokolow sokolow-lyon einthoven spurling adson wartenberg kienbock quervain bartter gitelman
    fanconi alport goodpasture churg-strauss churg castleman rosai-dorfman erdheim-chester letterer-
    siwe niemann-pick tay-sachs krabbe refsum menkes zellweger hurler morquio maroteaux-lamy
    friedreich strumpell lambert-eaton miller-fisher bickerstaff marchiafava binswanger moyamoya
    monro-kellie foville millard-gubler adie marcus-gunn tolosa-hunt melkersson-rosenthal meige
    landau-kleffner fazekas scheltens koedam buschke stroop hamman boerhaave mirizzi grey-turner
    charcot-leyden durozier glasgow-imrie imrie sgarbossa tietze trousseau-lallemand virchow-robin
    robin-virchow
    schizas pfirrmann meyerding modic greulich mueller-hinton kirby-bauer lowenstein-jensen
    """
)

#: Eponyms that are also common first names or surnames in France: only rule 1 (context) and an
#: explicit medical collocation protect them, never the bare word. « Petit », « Roux », « Claude »,
#: « Rose », « Denis », « Fontaine », « Ann »… are far more often people.
AMBIGUOUS_EPONYMS: frozenset[str] = words(
    """
    petit roux claude rose denis fontaine ann morgan kelly thompson harris walker williams edwards
    west brown wilson adams bell gilbert still graham lawrence wright mayo hunter douglas cooper
    frank fisher pearson student koch hansen nicolas felix henderson harvey larrey bonnet richmond
    norton braden ramsay weber salmon jones morison clark child forrest beck hamilton lister
    ferguson fowler bishop manning montgomery
    """
)


def is_unambiguous_eponym(folded: str) -> bool:
    """True for an eponym that is not also a common French name."""
    return folded in EPONYMS and folded not in AMBIGUOUS_EPONYMS
