"""Words around a name that say a person is being named: titles, header labels, kinship, particles.

Keys are folded (lower case, no accents). Each set says why it exists; :mod:`rules` uses them.
"""

from __future__ import annotations

from egide.detect.names.wordlist import words

#: Titles of civility and of profession, followed by a name (« M. Dupont », « Pr LE GOFF »).
#: « M », « MM », « Me » and « Mr » must be written with a capital M: in lower case they are units
#: or a pronoun.
TITLES: frozenset[str] = words(
    """
    m mm mr mrs mme mmes mlle mlles melle monsieur messieurs madame mesdames mademoiselle
    mesdemoiselles dr drs dr. docteur docteurs doc pr prs professeur professeurs me maitre sr soeur
    frere pere mere sir lord lady dame mgr mgrs monseigneur
    prof
    herr herrn frau heer mevrouw mevr dhr signor signora sra
    """
)
#: Titles that need a capital (see above) and a capitalised or upper-case name after them.
CASE_SENSITIVE_TITLES: frozenset[str] = frozenset(
    # (« Prof. Meier », as Swiss, Belgian and German letters abbreviate « professeur »; « le prof de sport »)
    {
        "m",
        "mm",
        "mr",
        "mrs",
        "me",
        "sr",
        "soeur",
        "frere",
        "pere",
        "mere",
        "sir",
        "lord",
        "lady",
        "dame",
        "prof",
        # the German and Dutch ones (« Herr Schmitt », « Frau Weber », « Mevrouw Peeters », « Dhr. Claes »;
        # « Heer » after « de »), as cross-border letters write them
        "herr",
        "herrn",
        "frau",
        "heer",
        "mevrouw",
        "mevr",
        "dhr",
        "signor",
        "signora",
        "sra",
    }
)

#: Header labels followed by « : » (or « - ») then a name: « Patient : MARTIN Jeanne »; the user a
#: record screen's footer names when it is printed or pasted (« Utilisateur : MOUGIN C — Page 2 / 4 »);
#: the patient's label as a fast note shortens it (« pt : bastide julien 27 ans »).
HEADER_LABELS: frozenset[str] = words(
    """
    patient patiente patients nom noms prenom prenoms identite interne internes ide infirmier
    infirmiere infirmiers infirmieres externe externes medecin medecins praticien praticiens
    chirurgien chirurgiens operateur operateurs aide aides anesthesiste anesthesistes cadre cadres
    kine kinesitherapeute ergotherapeute psychologue dieteticien dieteticienne secretaire
    correspondant correspondants destinataire destinataires copie copies cc signataire redacteur
    auteur demandeur prescripteur responsable referent referente senior junior sage-femme pharmacien
    pharmacienne biologiste radiologue cardiologue contact tuteur tutrice curateur curatrice mere
    pere conjoint epoux epouse temoin pediatre gynecologue resident residant dr docteur signature
    objet signe signee concerne ibode iade panseuse panseur instrumentiste instrumentiste circulante
    orthophoniste orthoptiste podologue sophrologue neuropsychologue psychiatre medecins as
    ioa arm
    preleveur preleveuse declarant declarante defunt defunte
    vaccinateur vaccinatrice donneur donneuse receveur receveuse mandataire investigateur
    investigatrice arc
    utilisateur utilisatrice
    pt pte
    soussigne soussignee soussignes
    """
)
# The same labels as a scan reads them, « rn » for their « m » (« Norn : », « Prénorn : », « Rnédecin : »):
# a scanned form's labels, never a name.
HEADER_LABELS = HEADER_LABELS | frozenset(
    label[:i] + "rn" + label[i + 1 :] for label in HEADER_LABELS for i, c in enumerate(label) if c == "m"
)
#: Multi-word header labels, matched on the folded words before the colon.
HEADER_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "aide operatoire",
        "aide op",
        "nom de naissance",
        "nom d'usage",
        "nom marital",
        "nom de jeune fille",
        "nom usuel",
        # the same cut short by a banner or a form short of room (« Nom naiss. : », « Nom d'us. : »,
        # « Nom mar. : »)
        "nom naiss",
        "nom naissance",
        "nom d'us",
        "nom mar",
        "nom jf",
        "nom jeune fille",
        # the identity traits of the INS, as a record prints them (« Nom utilisé », « Premier prénom de
        # naissance », « Prénom utilisé »)
        "nom utilise",
        "prenom utilise",
        "premier prenom",
        "premier prenom de naissance",
        "prenom de naissance",
        "prenoms de naissance",
        "medecin traitant",
        "medecin referent",
        "medecin adresseur",
        "assistante sociale",
        "assistant social",
        "redige par",
        "valide par",
        "signe par",
        "dicte par",
        "saisi par",
        "personne de confiance",
        "personne a prevenir",
        "representant legal",
        "nom du patient",
        "nom de la patiente",
        "nom et prenom",
        "nom prenom",
        "prenom nom",
    )
)

#: Words after which a capitalised word is a person: « épouse Martin », « née Durand ».
RELATION_WORDS: frozenset[str] = frozenset(
    ["epouse", "ep", "ep.", "nee", "veuve", "divorcee", "dite", "dit", "alias"]
)

#: Kinship and role nouns after a possessive (« sa fille Marie », « son mari Paul »).
KIN_WORDS: frozenset[str] = words(
    """
    fille fils epouse epoux mari femme soeur frere niece neveu mere pere conjoint conjointe compagne
    compagnon ami amie voisin voisine petite-fille petit-fils belle-fille beau-fils belle-mere
    beau-pere belle-soeur beau-frere cousin cousine tante oncle grand-mere grand-pere aidant aidante
    tuteur tutrice curateur curatrice infirmiere infirmier medecin kine kinesitherapeute auxiliaire
    aide-soignante aide-soignant fillette garcon bebe enfant gendre bru concubin concubine
    parrain marraine filleul filleule demi-frere demi-soeur petit-neveu petite-niece grand-oncle
    grand-tante arriere-petit-fils arriere-petite-fille ex-mari ex-epoux ex-epouse ex-femme
    ex-compagnon ex-compagne papa maman
    """
)
POSSESSIVES: frozenset[str] = words("sa son ses leur leurs notre votre nos vos ma mon mes ta ton tes")


#: Particles inside names (« de la Fontaine », « Le Goff », « Van der Berg », « Ben Ahmed »).
PARTICLES: frozenset[str] = words(
    """
    de d' du des la le les van von der den ten ter ben bin ibn bent el al abd abdel abou abu da das
    do dos di del della dalla de' mac mc o' ould ait san santa st ste saint sainte y e
    """
)
#: Particles that can start a surname written with a capital (« Le Goff », « Da Silva »).
LEADING_PARTICLES: frozenset[str] = words(
    """
    le la de du des van von ben el al da dos di del della mac mc ould ait abd abdel abou saint
    sainte
    """
)

#: Words that are never names, whatever their case: articles, pronouns, prepositions, auxiliaries.
FUNCTION_WORDS: frozenset[str] = words(
    """
    le la les l un une des du de d au aux a à et ou ni mais donc or car que qu qui quoi dont ce cet
    cette ces se sa son ses mon ma mes ton ta tes leur leurs notre nos votre vos il elle ils elles
    on nous vous je j tu me te lui y en ne n pas plus par pour sur sous dans avec sans chez vers
    entre est sont etait ete a ont avait avoir etre fait sera selon apres avant depuis pendant lors
    puis comme si tres bien non oui ceci cela ca tout tous toute toutes aucun aucune meme autre
    autres deja encore aussi alors ici la-bas
    """
)

#: What a form or a note writes where a name would stand when there is none to give: an unknown or
#: absent person (« Père : Inconnu », « Conjoint : Néant », « Personne à prévenir : Aucune »,
#: « Mère : Décédée », « Médecin traitant : Non renseigné ») or nothing to report (« sa femme, RAS »).
#: Never the first word of a name, whatever the context (some are in the noisy first-name source:
#: « Ras », « Nc »).
ABSENT_VALUES: frozenset[str] = words(
    """
    inconnu inconnue inconnus inconnues neant aucun aucune decede decedee decedes decedees
    disparu disparue absent absente absents absentes anonyme anonymes ignore ignoree nc nr nd nsp ras
    rad sdf non
    """
)

#: Establishment and street words: a name right after them belongs to a place, found elsewhere.
# (with the scientific meetings named after the city that holds them: « congrès de Montpellier »)
PLACE_WORDS: frozenset[str] = words(
    """
    rue avenue av boulevard bd bld place allee impasse chemin route quai cours square residence
    lotissement hameau lieu-dit chu chru chr ch chi hopital hospitalier clinique centre ehpad
    institut fondation polyclinique groupe college lycee ecole universite faculte pavillon batiment
    service unite maison foyer cabinet pharmacie laboratoire gare aeroport pont parc stade eglise
    cathedrale hotel
    congres colloque colloques journees symposium seminaire assises rencontres
    """
)

#: English words that open a sentence of a letter or a note in English and that the name lists also
#: hold (« She », « He », « Thank »): at a sentence's start, before a word in lower case (« She was
#: discharged », « Thank you »), a pronoun or a verb, no name; before a capitalised word they may be
#: one (« Thank Nguyen »: rare, and the next word is read on its own).
ENGLISH_OPENERS: frozenset[str] = words("she he they we you it thank thanks please her his our their")
